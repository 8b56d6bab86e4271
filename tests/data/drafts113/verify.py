#!/usr/bin/env python3
"""Verify the n113 set.

1. labels.jsonl: one line per case file, clean cases have no expected findings, every
   label value occurs in its case (and not in the clean draft), each of the 13 codes of
   errors.md §A occurs at least twice.
2. Each error case differs from its clean draft in exactly one contiguous place.
3. Every clean draft is arithmetically consistent: generic checks of the sub-project table,
   the funds block and the indicator table of the 自评表 (sums, rates, weights, scores,
   score rule, 完成率, units, 小计 rows), grade band, years; plus explicit per-project checks
   of every figure in the text (parts and totals, text = table, balances, averages,
   per-unit costs, leverage ratios, survey rates, growth rates).
4. Every error case breaks at least one of those checks.
Prints OK at the end when everything holds.  `-v` lists the failing checks per error case.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
VERBOSE = "-v" in sys.argv


# ---------------------------------------------------------------- numbers
def num(s):
    s = str(s).strip().replace(",", "").replace("，", "").rstrip("%")
    return D(s)


def ndec(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated (string as written) agrees with computed within half a unit of its last decimal."""
    v, d = num(stated), ndec(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def pct(a, b):
    return D(a) / D(b) * 100


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "合格": "中",
              "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- tables
def md_tables(text):
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            cur.append(cells)
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def col(header, *names, prefix=False):
    for i, c in enumerate(header):
        for n in names:
            if c == n or (prefix and c.startswith(n)):
                return i
    raise KeyError(names)


def parse_value(s):
    """-> (direction, value, unit) or ('date', (y, m, d), None)."""
    s = s.strip()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?", s)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))), "date")
    direction = "eq"
    if s and s[0] in "≥＞>":
        direction, s = "gte", s[1:]
    elif s and s[0] in "≤＜<":
        direction, s = "lte", s[1:]
    elif s and s[0] in "=＝":
        s = s[1:]
    m = re.fullmatch(r"([\d,]*\.?\d+)\s*(.*)", s)
    if not m:
        raise ValueError(f"cannot read value {s!r}")
    return (direction, num(m.group(1)), m.group(2))


class Checker:
    def __init__(self, name, text):
        self.name, self.t = name, text
        self.results = []  # (label, ok)
        self.year = int(re.search(r"-(\d{4})-", name + "-").group(1))

    def ok(self, label, fn):
        try:
            res = bool(fn())
        except Exception as exc:  # a missing or unreadable figure counts as a failed check
            res = False
            label = f"{label} [{type(exc).__name__}: {exc}]"
        self.results.append((label, res))
        return res

    def g(self, pat, grp=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise LookupError(f"{pat!r} matched {len(ms)} times")
        return ms[0].group(grp)

    def gn(self, pat, grp=1):
        return num(self.g(pat, grp))

    def all_n(self, pat, grp=1):
        return [m.group(grp) for m in re.finditer(pat, self.t)]

    # ------------------------------------------------------------ generic tables
    def tables(self):
        self.sub = self.funds = self.ind = None
        for tb in md_tables(self.t):
            head = tb[0]
            if "实施主体" in head and "执行率" in head:
                self.sub = tb
            elif any(r and r[0] == "年度资金总额" for r in tb):
                self.funds = tb
            elif "三级指标" in head and "分值" in head and "得分" in head:
                self.ind = tb
        self.ok("tables found", lambda: self.sub and self.funds and self.ind)

    def check_sub(self):
        tb = self.sub
        h = tb[0]
        ib = col(h, "财政补助", "安排资金", "财政资金", "预算安排")
        isp, ir, iso = col(h, "实际支出"), col(h, "执行率"), col(h, "带动社会投资")
        rows = [r for r in tb[1:] if r[0] != "合计"]
        tot = [r for r in tb[1:] if r[0] == "合计"]
        self.ok("sub: one 合计 row", lambda: len(tot) == 1)
        tot = tot[0]
        for r in rows:
            lab = f"sub row {r[0]} {r[2]}"
            b, s = num(r[ib]), num(r[isp])
            if b == 0:
                self.ok(lab + ": zero base prints —", lambda r=r: r[ir] == "—")
            else:
                self.ok(lab + ": 执行率", lambda r=r, b=b, s=s: close(r[ir], pct(s, b)))
                self.ok(lab + ": 执行率 <= 100%", lambda r=r: num(r[ir]) <= 100)
            self.ok(lab + ": spent <= budget", lambda b=b, s=s: s <= b)
        B = sum(num(r[ib]) for r in rows)
        S = sum(num(r[isp]) for r in rows)
        SO = sum(num(r[iso]) for r in rows if r[iso] not in ("—", "-", ""))
        self.ok("sub: Σ budget = 合计", lambda: B == num(tot[ib]))
        self.ok("sub: Σ spent = 合计", lambda: S == num(tot[isp]))
        self.ok("sub: Σ social investment = 合计", lambda: SO == num(tot[iso]))
        self.ok("sub: 合计 执行率", lambda: close(tot[ir], pct(num(tot[isp]), num(tot[ib]))))
        self.sub_budget, self.sub_spent, self.sub_social = num(tot[ib]), num(tot[isp]), num(tot[iso])
        self.sub_rows = {r[2]: (num(r[ib]), num(r[isp]), r[ir], r[iso]) for r in rows}

    def check_funds(self):
        tb = self.funds
        hi = next(i for i, r in enumerate(tb) if r[0].startswith("项目资金"))
        h = tb[hi]
        i0 = col(h, "年初预算数", prefix=True)
        i1 = col(h, "全年预算数", prefix=True)
        i2 = col(h, "全年执行数", prefix=True)
        ir = col(h, "执行率", prefix=True)
        iw = col(h, "分值") if "分值" in h else None
        isc = col(h, "得分") if "得分" in h else None
        rows = {r[0]: r for r in tb[hi + 1:]}
        tot = rows["年度资金总额"]
        parts = [rows[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
        for i, nm in ((i0, "年初"), (i1, "全年"), (i2, "执行")):
            self.ok(f"funds: 总额 {nm} = Σ parts", lambda i=i: num(tot[i]) == sum(num(p[i]) for p in parts))
        for r in [tot] + parts:
            if num(r[i1]) == 0:
                self.ok(f"funds: {r[0]} zero base prints —", lambda r=r: r[ir] == "—")
            else:
                self.ok(f"funds: {r[0]} 执行率", lambda r=r: close(r[ir], pct(num(r[i2]), num(r[i1]))))
                self.ok(f"funds: {r[0]} 执行率 <= 100%", lambda r=r: num(r[ir]) <= 100)
        self.f_initial, self.f_annual, self.f_spent = num(tot[i0]), num(tot[i1]), num(tot[i2])
        self.f_rate = tot[ir]
        self.f_weight = self.f_score = D(0)
        if iw is not None:
            self.f_weight, self.f_score = num(tot[iw]), num(tot[isc])
            rate = min(D(1), self.f_spent / self.f_annual)
            self.ok("funds: 执行率 score = 10 × rate",
                    lambda: close(tot[isc], self.f_weight * rate) or close(tot[isc], self.f_weight * num(tot[ir]) / 100))
            self.ok("funds: 0 <= score <= weight", lambda: 0 <= self.f_score <= self.f_weight)

    def check_ind(self):
        tb = self.ind
        h = tb[0]
        it, ia = col(h, "年度指标值"), col(h, "实际完成值")
        ic = col(h, "完成率") if "完成率" in h else None
        iw, isc = col(h, "分值"), col(h, "得分")
        tot = [r for r in tb[1:] if r[0] in ("总分", "合计")]
        self.ok("ind: one total row", lambda: len(tot) == 1)
        tot = tot[0]
        subs = [r for r in tb[1:] if len(r) > 1 and r[1] == "小计"]
        rows = [r for r in tb[1:] if r not in subs and r is not tot]
        W = sum(num(r[iw]) for r in rows) + self.f_weight
        S = sum(num(r[isc]) for r in rows) + self.f_score
        self.ok("ind: Σ weights = 100", lambda: W == 100)
        self.ok("ind: total row weight = 100", lambda: num(tot[iw]) == 100)
        self.ok("ind: Σ scores = total", lambda: close(tot[isc], S))
        self.total_str = tot[isc]
        for sr in subs:
            grp = [r for r in rows if r[0] == sr[0]]
            self.ok(f"ind: 小计 {sr[0]} weight", lambda sr=sr, grp=grp: num(sr[iw]) == sum(num(r[iw]) for r in grp))
            self.ok(f"ind: 小计 {sr[0]} score", lambda sr=sr, grp=grp: close(sr[isc], sum(num(r[isc]) for r in grp)))
        self.ind_rows = {}
        for r in rows:
            lab = f"ind {r[2]}"
            self.ind_rows[r[2]] = r
            w, s = num(r[iw]), num(r[isc])
            self.ok(lab + ": 0 <= score <= weight", lambda w=w, s=s: 0 <= s <= w)

            def rule(r=r, w=w):
                tdir, tv, tu = parse_value(r[it])
                adir, av, au = parse_value(r[ia])
                if tdir == "date":
                    if au != "date":
                        raise ValueError("date target, non-date actual")
                    comp = D(1) if av <= tv else D(0)
                else:
                    if tu != au:
                        raise ValueError(f"units {tu!r} vs {au!r}")
                    if tdir == "lte":
                        comp = D(1) if av <= tv else tv / av
                    else:
                        comp = av / tv
                return comp
            self.ok(lab + ": units of target and actual agree", lambda: rule() is not None)
            self.ok(lab + ": score follows the rule", lambda r=r, w=w: close(r[isc], w * min(D(1), rule())))
            if ic is not None:
                self.ok(lab + ": 完成率", lambda r=r: close(r[ic], rule() * 100))
            if "满意度" in r[2] or r[ia].endswith("%"):
                self.ok(lab + ": percentage <= 100%", lambda r=r: parse_value(r[ia])[1] <= 100)

    def check_grade_year(self):
        total = num(self.total_str)
        for s in self.all_n(r"得分(\d+(?:\.\d+)?)分"):
            self.ok(f"text total {s} = table total", lambda s=s: num(s) == total)
        grades = self.all_n(r"等级(?:为|：)[“\"]?(优秀|良好|优|良|中等|中|合格|差)")
        self.ok("a grade is stated", lambda: len(grades) >= 1)
        for gname in grades:
            self.ok(f"grade {gname} fits {total}", lambda gname=gname: GRADE_NORM[gname] == grade_of(total))
        head = "\n".join(self.t.split("\n")[:4])
        self.ok("title names the evaluation year", lambda: re.findall(r"(20\d\d)年度", head)
                and all(int(y) == self.year for y in re.findall(r"(20\d\d)年度", head)))
        for pat in (r"（(20\d\d)年度）", r"开展(20\d\d)年度", r"(20\d\d)年度项目支出绩效自评表"):
            for y in self.all_n(pat):
                self.ok(f"{pat} {y} = evaluation year", lambda y=y: int(y) == self.year)
        for y in self.all_n(r"结转(20\d\d)年"):
            self.ok(f"结转{y}年 after the evaluation year", lambda y=y: int(y) > self.year)
        for y in self.all_n(r"截至(20\d\d)年12月31日"):
            self.ok(f"截至{y}年12月31日", lambda y=y: int(y) == self.year)
        for m in re.finditer(r"(20\d\d)年(\d{1,2})月提前下达", self.t):
            self.ok(f"advance {m.group(0)}", lambda m=m: int(m.group(1)) == self.year - 1 and m.group(2) == "12")

    def check_common_links(self):
        """Figures that every draft states in text and tables."""
        self.ok("funds 全年 = sub-project 合计 budget", lambda: self.f_annual == self.sub_budget)
        self.ok("funds 执行 = sub-project 合计 spent", lambda: self.f_spent == self.sub_spent)
        self.ok("funds rate = sub-project 合计 rate",
                lambda: close(self.f_rate, pct(self.sub_spent, self.sub_budget)))
        if "当年省级财政资金与社会投资" not in self.t:  # xuwen states the ratio on the current-year money only
            self.ok("leverage 1:x = social / fiscal",
                    lambda: close(self.g(r"1:(\d+\.\d+)"), self.sub_social / self.f_annual))

    def run_generic(self):
        self.tables()
        for step in (self.check_sub, self.check_funds, self.check_ind, self.check_grade_year,
                     self.check_common_links):
            try:
                step()
            except Exception as exc:
                self.results.append((f"{step.__name__} crashed [{type(exc).__name__}: {exc}]", False))

    def cell(self, ind_name, column):
        h = self.ind[0]
        return self.ind_rows[ind_name][col(h, column)]


# ---------------------------------------------------------------- per-project checks
def p_changshan(c):
    ok, gn, g = c.ok, c.gn, c.g
    ok("年初 900 = 省级 700 + 县级 200", lambda: gn(r"年初预算安排园区建设资金([\d.,]+)万元")
       == gn(r"省级现代农业园区补助资金([\d.,]+)万元") + gn(r"县级配套资金([\d.,]+)万元"))
    ok("全年 = 年初 + 追加", lambda: gn(r"调整后全年预算为([\d.,]+)万元")
       == gn(r"年初预算安排园区建设资金([\d.,]+)万元") + gn(r"追加园区建设补助资金([\d.,]+)万元"))
    ok("text 年初/全年 = 自评表", lambda: gn(r"年初预算安排园区建设资金([\d.,]+)万元") == c.f_initial
       and gn(r"调整后全年预算为([\d.,]+)万元") == c.f_annual)
    ok("text 实际支出 = table", lambda: gn(r"项目实际支出([\d.,]+)万元") == c.f_spent)
    ok("text 执行率", lambda: close(g(r"项目实际支出[\d.,]+万元，预算执行率([\d.]+)%"), pct(c.f_spent, c.f_annual)))
    ok("未支出 = 全年 − 支出", lambda: gn(r"未支出([\d.,]+)万元") == c.f_annual - c.f_spent)
    ok("text social = table 合计", lambda: gn(r"投入社会资本([\d.,]+)万元") == c.sub_social)
    ok("基地 900 = 600 + 300", lambda: gn(r"完成胡柚标准化示范基地提升(\d+)亩")
       == gn(r"金柚果业专业合作社(\d+)亩") + gn(r"太公山村股份经济合作社(\d+)亩"))
    ok("基地 text = table", lambda: gn(r"完成胡柚标准化示范基地提升(\d+)亩")
       == parse_value(c.cell("胡柚标准化基地提升面积", "实际完成值"))[1])
    ok("冷链 完成率 = 2400/2000", lambda: close(g(r"库容(\d+)吨，完成率"), parse_value(c.cell("新增冷链仓储能力", "实际完成值"))[1])
       and close(g(r"完成率(\d+)%，超出"), pct(gn(r"库容(\d+)吨，完成率"), parse_value(c.cell("新增冷链仓储能力", "年度指标值"))[1])))
    ok("完工率 90 of 95 = 94.74%", lambda: close(g(r"为目标值95%的([\d.]+)%"), pct(gn(r"年度建设任务完工率为(\d+)%"), 95))
       and gn(r"年度建设任务完工率为(\d+)%") == parse_value(c.cell("年度建设任务完工率", "实际完成值"))[1])
    ok("总投资 4200 = 1000 + 3200", lambda: gn(r"项目总投资([\d.,]+)万元") == c.f_annual + c.sub_social)
    ok("财政补助占比 23.81%", lambda: close(g(r"总投资[\d.,]+万元的([\d.]+)%"), pct(c.f_annual, gn(r"项目总投资([\d.,]+)万元")))
       and g(r"总投资[\d.,]+万元的([\d.]+)%") + "%" == c.cell("财政补助占项目总投资比例", "实际完成值"))
    ok("产值 growth 11.50%", lambda: close(g(r"11.3亿元增长([\d.]+)%"), (gn(r"产值达到([\d.]+)亿元，较") / D("11.3") - 1) * 100))
    ok("产值 text = table", lambda: gn(r"产值达到([\d.]+)亿元，较") == parse_value(c.cell("园区胡柚全产业链产值", "实际完成值"))[1])
    m = r"亩产分别为(\d+)公斤、(\d+)公斤、(\d+)公斤、(\d+)公斤和(\d+)公斤"
    ok("平均亩产 = mean of five", lambda: gn(r"平均亩产(\d+)公斤，比") == sum(gn(m, i) for i in range(1, 6)) / 5)
    ok("亩产 growth 10.82%", lambda: close(g(r"提高([\d.]+)%"), (gn(r"平均亩产(\d+)公斤，比") / gn(r"平均亩产(\d+)公斤提高") - 1) * 100))
    ok("户均增收 text = table", lambda: gn(r"园区农户户均增收(\d+)元。") == parse_value(c.cell("带动园区农户户均增收", "实际完成值"))[1])
    ok("社会投资 table = text", lambda: parse_value(c.cell("带动社会投资", "实际完成值"))[1] == c.sub_social)
    ok("满意度 187/200", lambda: close(g(r"满意度([\d.]+)%。"), pct(gn(r"基本满意(\d+)份"), gn(r"回收有效问卷(\d+)份")))
       and g(r"满意度([\d.]+)%。") + "%" == c.cell("园区经营主体及农户满意度", "实际完成值"))


def p_gutian(c):
    ok, gn, g = c.ok, c.gn, c.g
    ok("全年 = 中央 + 县级", lambda: gn(r"项目全年预算([\d.,]+)万元") == gn(r"其中中央财政农业产业融合发展资金([\d.,]+)万元")
       + gn(r"、县级配套资金([\d.,]+)万元。"))
    ok("中央 = 提前 + 其余", lambda: gn(r"其中中央财政农业产业融合发展资金([\d.,]+)万元") == gn(r"中央资金中([\d.,]+)万元于")
       + gn(r"其余([\d.,]+)万元于"))
    ok("年初 = 提前 + 县级", lambda: gn(r"年初预算为([\d.,]+)万元") == gn(r"中央资金中([\d.,]+)万元于")
       + gn(r"含县级配套资金([\d.,]+)万元"))
    ok("text 年初/全年 = 自评表", lambda: gn(r"年初预算为([\d.,]+)万元") == c.f_initial
       and gn(r"调整后全年预算为([\d.,]+)万元") == c.f_annual == gn(r"项目全年预算([\d.,]+)万元"))
    ok("text 实际支出 = table", lambda: gn(r"全年实际支出([\d.,]+)万元") == c.f_spent)
    ok("text 执行率", lambda: close(g(r"预算执行率([\d.]+)%，年末"), pct(c.f_spent, c.f_annual)))
    ok("结余 = 全年(全部到位) − 支出", lambda: gn(r"年末结余([\d.,]+)万元") == c.f_annual - c.f_spent)
    ok("text social = table 合计", lambda: gn(r"投入社会资本([\d.,]+)万元") == c.sub_social
       and gn(r"共带动社会投资([\d.,]+)万元") == c.sub_social)
    rooms = lambda: parse_value(c.cell("改造标准化菇房", "实际完成值"))[1]
    ok("菇房 text = table (×3)", lambda: gn(r"完成标准化银耳菇房改造(\d+)间") == rooms() == gn(r"，改造(\d+)间，")
       == gn(r"标准化银耳菇房改造(\d+)间 \|"))
    ok("每间补助 = 280 / 126", lambda: close(g(r"每间补助([\d.]+)万元"), c.sub_rows["古田县桥兴银耳专业合作社"][0] / rooms())
       and gn(r"菇房改造财政补助([\d.,]+)万元") == c.sub_rows["古田县桥兴银耳专业合作社"][0]
       and g(r"每间补助([\d.]+)万元") + "万元" == c.cell("菇房改造每间补助", "实际完成值"))
    ok("冷链 完成率 = 1200/1500", lambda: close(g(r"完成率([\d.]+)%，二期"), pct(gn(r"完成库容(\d+)吨"),
       parse_value(c.cell("新增冷链库容", "年度指标值"))[1])) and gn(r"完成库容(\d+)吨") == parse_value(c.cell("新增冷链库容", "实际完成值"))[1])
    ok("抽检合格率 248/250", lambda: close(g(r"抽检合格率([\d.]+)%。"), pct(gn(r"合格(\d+)批次"), gn(r"抽检银耳产品(\d+)批次")))
       and g(r"抽检合格率([\d.]+)%。") + "%" == c.cell("银耳产品抽检合格率", "实际完成值"))
    ok("按期完工率 4/5 and 88.89%", lambda: close(g(r"按期完工率(\d+)%，为"), pct(gn(r"个子项目中(\d+)个按期"), gn(r"除已取消的子项目外，(\d+)个子项目")))
       and close(g(r"为目标值的([\d.]+)%"), pct(gn(r"按期完工率(\d+)%，为"), 90))
       and g(r"按期完工率(\d+)%，为") + "%" == c.cell("子项目按期完工率", "实际完成值"))
    ok("产值/就业/菌渣 text = table", lambda: gn(r"产业产值([\d.]+)亿元，超过") == parse_value(c.cell("全镇银耳产业产值", "实际完成值"))[1]
       and gn(r"带动当地农民就业(\d+)人") == parse_value(c.cell("带动就业人数", "实际完成值"))[1]
       and gn(r"资源化利用率达到(\d+)%") == parse_value(c.cell("菌渣资源化利用率", "实际完成值"))[1])
    ok("社会投资 table = text", lambda: parse_value(c.cell("带动社会投资", "实际完成值"))[1] == c.sub_social)
    ok("满意度 456/482", lambda: close(g(r"满意度([\d.]+)%。"), pct(gn(r"其中满意(\d+)份"), gn(r"回收有效问卷(\d+)份")))
       and g(r"满意度([\d.]+)%。") + "%" == c.cell("种植户满意度", "实际完成值"))


def p_xuwen(c):
    ok, gn, g = c.ok, c.gn, c.g
    ok("全年 = 当年 + 结转", lambda: gn(r"调整后全年预算([\d.,]+)万元") == gn(r"其中当年省级资金([\d.,]+)万元")
       + gn(r"、上年结转资金([\d.,]+)万元。"))
    ok("年初 = 当年省级资金", lambda: gn(r"年初预算([\d.,]+)万元，为") == gn(r"其中当年省级资金([\d.,]+)万元") == c.f_initial)
    ok("text 全年/支出 = table", lambda: gn(r"调整后全年预算([\d.,]+)万元") == c.f_annual and gn(r"全年实际支出([\d.,]+)万元") == c.f_spent)
    ok("text 执行率", lambda: close(g(r"预算执行率([\d.]+)%。其中"), pct(c.f_spent, c.f_annual)))
    ok("当年 spent = total − 结转 spent", lambda: gn(r"当年省级资金支出([\d.,]+)万元") == c.f_spent - gn(r"上年结转资金([\d.,]+)万元全部支出"))
    ok("当年 执行率", lambda: close(g(r"当年省级资金支出[\d.,]+万元，执行率([\d.]+)%"), pct(gn(r"当年省级资金支出([\d.,]+)万元"), 2000)))
    ok("当年 执行率 restated", lambda: g(r"当年省级资金执行率仅为([\d.]+)%") == g(r"当年省级资金支出[\d.,]+万元，执行率([\d.]+)%"))
    ok("结余 = 全年 − 支出", lambda: gn(r"年末结余([\d.,]+)万元") == c.f_annual - c.f_spent)
    ok("结转 row = 冷链 sub-project", lambda: gn(r"上年结转资金([\d.,]+)万元全部支出") == c.sub_rows["徐闻县南岭冷链物流有限公司"][0])
    ok("5,200,000元 = 曲界 520.00万元", lambda: gn(r"合作社的([\d,]+)(?:万)?元补助资金")
       * (1 if g(r"合作社的([\d,]+(?:万)?元)补助资金").endswith("万元") else D("0.0001"))
       == c.sub_rows["徐闻县曲界丰收菠萝专业合作社"][0])
    ok("social parts add up", lambda: gn(r"共带动社会投资([\d.,]+)万元") == gn(r"加工企业投入([\d.,]+)万元")
       + gn(r"合作社及农户投入([\d.,]+)万元") + gn(r"协会会员企业投入([\d.,]+)万元"))
    ok("social parts = table", lambda: gn(r"加工企业投入([\d.,]+)万元") == num(c.sub_rows["广东南珠菠萝食品有限公司"][3])
       + num(c.sub_rows["徐闻县南岭冷链物流有限公司"][3])
       and gn(r"合作社及农户投入([\d.,]+)万元") == num(c.sub_rows["徐闻县曲界丰收菠萝专业合作社"][3])
       + num(c.sub_rows["徐闻县前山镇南山村股份经济合作联社"][3])
       and gn(r"协会会员企业投入([\d.,]+)万元") == num(c.sub_rows["徐闻县菠萝产业协会"][3]))
    ok("social text = table 合计 (×2)", lambda: gn(r"共带动社会投资([\d.,]+)万元") == c.sub_social
       == gn(r"可持续影响。带动社会投资([\d.,]+)万元"))
    ok("1:3.2 on 当年省级资金", lambda: close(g(r"1:(\d+\.\d+)"), c.sub_social / gn(r"其中当年省级资金([\d.,]+)万元")))
    ok("基地 3200 and 106.67%", lambda: gn(r"共新建标准化种植基地(\d+)亩") == parse_value(c.cell("新建标准化种植基地", "实际完成值"))[1]
       and close(g(r"基地\d+亩，完成率([\d.]+)%"), pct(gn(r"共新建标准化种植基地(\d+)亩"), 3000)))
    ok("冷库 text = table", lambda: gn(r"新增产地冷库库容(\d+)吨，") == parse_value(c.cell("新增产地冷库库容", "实际完成值"))[1])
    ok("培训 16/20 = 80%", lambda: close(g(r"人次，完成率(\d+)%"), pct(gn(r"全年开展种植技术培训(\d+)期"), 20))
       and gn(r"全年开展种植技术培训(\d+)期") == parse_value(c.cell("开展种植技术培训", "实际完成值"))[1])
    ok("优质果率 text = table", lambda: g(r"核心区菠萝优质果率(\d+)%") + "%" == c.cell("菠萝优质果率", "实际完成值"))
    ok("完工率 5/6 and 92.59%", lambda: close(g(r"子项目年度完工率([\d.]+)%，"), pct(gn(r"6个子项目中(\d+)个"), 6))
       and close(g(r"完成年度目标的([\d.]+)%"), pct(gn(r"子项目年度完工率([\d.]+)%，"), 90))
       and g(r"子项目年度完工率([\d.]+)%，") + "%" == c.cell("子项目年度完工率", "实际完成值"))
    ok("亩均补助 = (520+310)万 / 3200亩", lambda: gn(r"种植基地两个子项目财政补助([\d.,]+)万元")
       == c.sub_rows["徐闻县曲界丰收菠萝专业合作社"][0] + c.sub_rows["徐闻县前山镇南山村股份经济合作联社"][0]
       and close(g(r"亩均财政补助([\d,.]+)元"), gn(r"种植基地两个子项目财政补助([\d.,]+)万元") * 10000 / gn(r"新建基地(\d+)亩"))
       and gn(r"新建基地(\d+)亩") == gn(r"共新建标准化种植基地(\d+)亩")
       and gn(r"亩均财政补助([\d,.]+)元") == parse_value(c.cell("种植基地亩均财政补助", "实际完成值"))[1])
    ok("四镇平均亩产", lambda: gn(r"四镇平均亩产([\d.]+)吨") == sum(gn(r"分别为([\d.]+)吨、([\d.]+)吨、([\d.]+)吨、([\d.]+)吨", i)
                                                         for i in range(1, 5)) / 4)
    ok("产值/农户/化肥 text = table", lambda: gn(r"全产业链产值([\d.]+)亿元。") == parse_value(c.cell("产业园菠萝全产业链产值", "实际完成值"))[1]
       and gn(r"产业园带动农户([\d.]+)万户") == parse_value(c.cell("带动农户数", "实际完成值"))[1]
       and gn(r"化肥使用量较上年减少([\d.]+)%。") == parse_value(c.cell("化肥使用量较上年减少", "实际完成值"))[1])
    ok("满意度 text = table", lambda: g(r"经营主体满意度(\d+)%") + "%" == c.cell("经营主体满意度", "实际完成值")
       and g(r"种植农户满意度(\d+)%") + "%" == c.cell("种植农户满意度", "实际完成值"))


def p_panan(c):
    ok, gn, g = c.ok, c.gn, c.g
    ok("全年 = 中央 + 县级", lambda: gn(r"项目全年预算([\d.,]+)万元") == gn(r"中央财政农业产业融合发展资金([\d.,]+)万元、")
       + gn(r"、县级配套资金([\d.,]+)万元。"))
    ok("中央 = 提前 + 剩余", lambda: gn(r"中央财政农业产业融合发展资金([\d.,]+)万元、") == gn(r"其中中央资金([\d.,]+)万元由")
       + gn(r"下达剩余资金([\d.,]+)万元"))
    ok("年初 = 提前 + 县级", lambda: gn(r"年初预算合计([\d.,]+)万元") == gn(r"其中中央资金([\d.,]+)万元由")
       + gn(r"与县级配套资金([\d.,]+)万元一并"))
    ok("text 年初/全年/支出 = 自评表", lambda: gn(r"年初预算合计([\d.,]+)万元") == c.f_initial
       and gn(r"项目全年预算([\d.,]+)万元") == c.f_annual and gn(r"全年实际支出([\d.,]+)万元") == c.f_spent)
    ok("text 执行率 (×2)", lambda: close(g(r"预算执行率([\d.]+)%。未支出"), pct(c.f_spent, c.f_annual))
       and g(r"预算执行率仅([\d.]+)%") == g(r"预算执行率([\d.]+)%。未支出"))
    ok("未支出 = 全年 − 支出", lambda: gn(r"未支出资金([\d.,]+)万元") == c.f_annual - c.f_spent)
    ok("渥川 结余 = 预算 − 支出", lambda: gn(r"浙贝母专业合作社子项目预算([\d.,]+)万元，实际支出([\d.,]+)万元，结余([\d.,]+)万元", 3)
       == gn(r"浙贝母专业合作社子项目预算([\d.,]+)万元", 1) - gn(r"子项目预算[\d.,]+万元，实际支出([\d.,]+)万元", 1))
    ok("渥川 text = table", lambda: (gn(r"浙贝母专业合作社子项目预算([\d.,]+)万元"), gn(r"子项目预算[\d.,]+万元，实际支出([\d.,]+)万元"))
       == c.sub_rows["磐安县渥川浙贝母专业合作社"][:2])
    ok("text social = table 合计 (×2)", lambda: gn(r"撬动企业、合作社和农户投资([\d.,]+)万元") == c.sub_social
       == gn(r"项目带动社会投资([\d.,]+)万元，初加工"))
    ok("基地 850 = 500 + 350", lambda: gn(r"新建道地药材标准化基地(\d+)亩，") == gn(r"后岭村浙贝母基地(\d+)亩") + gn(r"轮作基地(\d+)亩；")
       and gn(r"后岭村浙贝母基地(\d+)亩") == gn(r"浙贝母标准化种植基地(\d+)亩 \|") and gn(r"轮作基地(\d+)亩；") == gn(r"白术轮作基地(\d+)亩 \|")
       and gn(r"新建道地药材标准化基地(\d+)亩，") == parse_value(c.cell("新建道地药材标准化基地", "实际完成值"))[1])
    ok("仓储 text = table", lambda: gn(r"形成仓储能力(\d+)吨") == parse_value(c.cell("新增仓储能力", "实际完成值"))[1])
    ok("抽检 36/36 = 100%", lambda: gn(r"样品(\d+)批次，全部合格") > 0 and g(r"全部合格，合格率(\d+)%") + "%" == c.cell("药材质量抽检合格率", "实际完成值")
       and gn(r"全部合格，合格率(\d+)%") == 100)
    ok("按期完成率 60% (3 of 5)", lambda: close(g(r"，按期完成率(\d+)%。"), pct(3, gn(r"(\d+)个子项目中，")))
       and g(r"，按期完成率(\d+)%。") + "%" == c.cell("子项目按期完成率", "实际完成值"))
    ok("亩均补助 = 380万 / 850亩", lambda: gn(r"两个基地子项目财政资金([\d.,]+)万元") == c.sub_rows["磐安县新渥街道后岭村股份经济合作社"][0]
       + c.sub_rows["磐安县渥川浙贝母专业合作社"][0]
       and close(g(r"亩均财政补助([\d.]+)元"), gn(r"两个基地子项目财政资金([\d.,]+)万元") * 10000 / gn(r"建设基地(\d+)亩"))
       and g(r"亩均财政补助([\d.]+)元") + "元" == c.cell("基地亩均财政补助", "实际完成值"))
    ok("产值/农户 text = table", lambda: gn(r"中药材产业产值([\d.]+)亿元，受") == parse_value(c.cell("全街道中药材产业产值", "实际完成值"))[1]
       and gn(r"带动药农(\d+)户，") == parse_value(c.cell("带动药农户数", "实际完成值"))[1])
    ok("平均亩产 = mean of three", lambda: gn(r"平均亩产(\d+)公斤") == sum(gn(r"分别为(\d+)公斤、(\d+)公斤、(\d+)公斤", i) for i in (1, 2, 3)) / 3)
    ok("社会投资 table = text", lambda: parse_value(c.cell("带动社会投资", "实际完成值"))[1] == c.sub_social)
    ok("自评表 heading year", lambda: g(r"项目支出绩效自评表\n（(\d{4})年度）") == str(c.year))


def p_yingde(c):
    ok, gn, g = c.ok, c.gn, c.g
    ok("全年 = 中央 + 市级", lambda: gn(r"项目全年预算([\d.,]+)万元") == gn(r"其中中央财政农业产业融合发展资金([\d.,]+)万元")
       + gn(r"英德市级配套资金([\d.,]+)万元"))
    ok("中央 = 提前 + 剩余", lambda: gn(r"其中中央财政农业产业融合发展资金([\d.,]+)万元") == gn(r"中央资金([\d.,]+)万元于2024")
       + gn(r"下达剩余资金([\d.,]+)万元"))
    ok("年初 = 提前 + 市级", lambda: gn(r"年初预算([\d.,]+)万元；") == gn(r"中央资金([\d.,]+)万元于2024") + gn(r"英德市级配套资金([\d.,]+)万元"))
    ok("text 年初/全年/支出 = 自评表", lambda: gn(r"年初预算([\d.,]+)万元；") == c.f_initial
       and gn(r"调整后全年预算([\d.,]+)万元") == c.f_annual == gn(r"项目全年预算([\d.,]+)万元")
       and gn(r"全年实际支出([\d.,]+)万元") == c.f_spent)
    ok("text 执行率", lambda: close(g(r"预算执行率([\d.]+)%。其中"), pct(c.f_spent, c.f_annual)))
    ok("by source: 中央 + 市级 = total spent", lambda: gn(r"中央资金支出([\d.,]+)万元") + gn(r"市级配套资金支出([\d.,]+)万元") == c.f_spent)
    ok("中央 执行率", lambda: close(g(r"中央资金支出[\d.,]+万元，执行率([\d.]+)%"), pct(gn(r"中央资金支出([\d.,]+)万元"),
                                                                             gn(r"其中中央财政农业产业融合发展资金([\d.,]+)万元"))))
    ok("市级 执行率", lambda: close(g(r"市级配套资金支出[\d.,]+万元，执行率([\d.]+)%"), pct(gn(r"市级配套资金支出([\d.,]+)万元"),
                                                                               gn(r"英德市级配套资金([\d.,]+)万元"))))
    ok("结余 = 全年 − 支出", lambda: gn(r"年末结余([\d.,]+)万元") == c.f_annual - c.f_spent)
    ok("text social = table 合计 (×2)", lambda: gn(r"全年项目带动社会投资([\d.,]+)万元") == c.sub_social
       == gn(r"可持续影响。带动社会投资([\d.,]+)万元"))
    area = lambda: parse_value(c.cell("生态茶园提质改造面积", "实际完成值"))[1]
    ok("茶园 420亩 text = goal table = table", lambda: gn(r"塘坑村完成生态茶园提质改造(\d+)亩") == area()
       == gn(r"\| 完成生态茶园提质改造(\d+)亩，"))
    ok("亩均补助 = 180万 / 420亩", lambda: gn(r"茶园改造财政补助([\d.,]+)万元") == c.sub_rows["英红镇塘坑村股份经济合作联社"][0]
       and close(g(r"亩均财政补助([\d,.]+)元"), gn(r"茶园改造财政补助([\d.,]+)万元") * 10000 / area())
       and gn(r"亩均财政补助([\d,.]+)元") == parse_value(c.cell("茶园改造亩均财政补助", "实际完成值"))[1])
    ok("初制所 5/6 = 83.33%", lambda: close(g(r"初制所改造(\d+)个，完成率([\d.]+)%", 2), pct(gn(r"初制所改造(\d+)个，完成率"), 6))
       and gn(r"初制所改造(\d+)个，完成率") == parse_value(c.cell("改造茶叶初制所", "实际完成值"))[1]
       and g(r"初制所改造\d+个，完成率([\d.]+)%") + "%" == c.cell("改造茶叶初制所", "完成率"))
    ok("完工日期 text = table", lambda: "于" + c.cell("项目完工时间", "实际完成值") + "前通过验收" in c.t)
    ok("产值/就业/游客 text = table", lambda: gn(r"综合产值([\d.]+)亿元。") == parse_value(c.cell("英红镇茶产业综合产值", "实际完成值"))[1]
       and gn(r"各子项目带动茶农就业(\d+)人") == parse_value(c.cell("带动茶农就业", "实际完成值"))[1]
       and gn(r"接待游客(\d+)万人次") == parse_value(c.cell("茶旅融合游客接待量", "实际完成值"))[1])
    ok("平均亩产 = mean of four", lambda: gn(r"平均亩产(\d+)公斤") == sum(gn(r"分别为(\d+)公斤、(\d+)公斤、(\d+)公斤、(\d+)公斤", i)
                                                                   for i in range(1, 5)) / 4)
    ok("满意度 text = table", lambda: g(r"茶农满意度(\d+)%") + "%" == c.cell("茶农满意度", "实际完成值")
       and g(r"游客满意度([\d.]+)%") + "%" == c.cell("游客满意度", "实际完成值"))

    def levels():
        rows = c.ind_rows.values()
        h = c.ind[0]
        iw, isc = col(h, "分值"), col(h, "得分")
        by = {}
        for r in rows:
            by[r[0]] = by.get(r[0], D(0)) + num(r[isc])
        return by
    ok("level scores in the text", lambda: gn(r"预算执行([\d.]+)分") == levels()["预算执行率"]
       and gn(r"产出指标([\d.]+)分") == levels()["产出指标"] and gn(r"效益指标([\d.]+)分") == levels()["效益指标"]
       and gn(r"满意度指标([\d.]+)分") == levels()["满意度指标"]
       and gn(r"预算执行([\d.]+)分") + gn(r"产出指标([\d.]+)分") + gn(r"效益指标([\d.]+)分") + gn(r"满意度指标([\d.]+)分")
       == gn(r"自评得分([\d.]+)分"))


SPECIFIC = {
    "changshan-huyouyuanqu-2019": p_changshan,
    "gutian-daqiaozhen-2020": p_gutian,
    "xuwen-boluoyuan-2022": p_xuwen,
    "panan-xinwo-2023": p_panan,
    "yingde-yinghongzhen-2025": p_yingde,
}


def run_checks(src, text):
    c = Checker(src, text)
    c.run_generic()
    try:
        SPECIFIC[src](c)
    except Exception as exc:
        c.results.append((f"specific checks crashed [{type(exc).__name__}: {exc}]", False))
    return c.results


# ---------------------------------------------------------------- main
def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl does not list exactly the case files")
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    codes = Counter()
    for rec in labels:
        src = rec["source"]
        clean = texts.get(f"{src}-clean.txt")
        text = texts.get(rec["case"])
        if text is None or clean is None:
            problems.append(f"{rec['case']}: missing file")
            continue
        if rec["clean"]:
            if rec["expected"] or rec["case"] != f"{src}-clean.txt":
                problems.append(f"{rec['case']}: clean case with expectations")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{rec['case']}: length {len(text)} outside 3000–9000")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected must hold exactly one error")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{rec['case']}: bad code/severity {exp}")
            if exp["value"] not in text:
                problems.append(f"{rec['case']}: value {exp['value']!r} not in case")
            if exp["value"] in clean:
                problems.append(f"{rec['case']}: value {exp['value']!r} also in the clean draft")
        # one contiguous difference
        if text == clean:
            problems.append(f"{rec['case']}: identical to the clean draft")
        else:
            p = 0
            while p < min(len(text), len(clean)) and text[p] == clean[p]:
                p += 1
            s = 0
            while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
                s += 1
            changed_new, changed_old = text[p:len(text) - s], clean[p:len(clean) - s]
            if len(changed_new) > 200 or len(changed_old) > 200:
                problems.append(f"{rec['case']}: difference is not one small place")
            if exp["value"] and not any(
                    i <= len(text) - s and i + len(exp["value"]) >= p
                    for i in [m.start() for m in re.finditer(re.escape(exp["value"]), text)]):
                problems.append(f"{rec['case']}: value does not overlap the change")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} occurs {codes[code]} times (< 2)")

    # arithmetic of the clean drafts
    n_checks = 0
    for rec in labels:
        if not rec["clean"]:
            continue
        res = run_checks(rec["source"], texts[rec["case"]])
        n_checks += len(res)
        for label, ok in res:
            if not ok:
                problems.append(f"{rec['case']}: check failed: {label}")
    # every error case breaks something
    for rec in labels:
        if rec["clean"]:
            continue
        res = run_checks(rec["source"], texts[rec["case"]])
        failed = [label for label, ok in res if not ok]
        if VERBOSE:
            print(f"{rec['case']} [{rec['expected'][0]['code']}]: {len(failed)} failing check(s)")
            for f in failed:
                print("    " + f)
        if not failed:
            problems.append(f"{rec['case']}: no arithmetic check fails")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} labelled errors, {n_checks} checks on the clean drafts")
    print("OK")


if __name__ == "__main__":
    main()
