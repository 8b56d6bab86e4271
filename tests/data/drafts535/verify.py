#!/usr/bin/env python3
"""Independent arithmetic check of drafts535 (standard library + decimal only).

For every case the figures are read back from the text (HTML tags, &nbsp;, tabs and [bookmark] residue are
turned into cell separators first), and every identity of rules.md §7 that the draft states is recomputed with
the tolerance of rules.md §8.  A clean draft must pass every check; an error case must fail exactly the
labelled code (warnings such as score_rule_mismatch are reported but do not count).  The labels are checked too:
value occurs once, one contiguous edit of at most 40 characters against the clean draft overlapping the value,
every errors.md §A code used at least twice.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EPS = D("1e-9")
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN_CODES = {"score_rule_mismatch"}
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
FACTORS = [D(10000), D("0.0001"), D(10 ** 8), D("1e-8")]


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- reading
def normalise(text):
    t = re.sub(r"\[bookmark:[^\]]*\]", "", text)
    t = t.replace("&nbsp;", " ")
    t = re.sub(r"<[^>]*>", "|", t)
    return t.replace("\t", "|")


S = r"[|\s]+"                       # cell separator (at least one)
NUM = r"(\d[\d,]*(?:\.\d+)?)"
TOK = r"([^|\s]+)"


def one(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise ParseError(f"pattern matched {len(ms)} times: {pat}")
    return ms[0]


class Q:
    """A stated number: value normalised (money -> 万元), tolerance from its decimals (rules §8)."""

    def __init__(self, raw, unit=""):
        self.raw, self.unit = raw, unit
        s = raw.replace(",", "")
        self.num = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0
        f = MONEY.get(unit)
        self.money = f is not None
        self.f = f if f is not None else D(1)
        self.v = self.num * self.f
        self.tol = D(5) * D(10) ** (-self.d - 1) * self.f

    def __repr__(self):
        return f"{self.raw}{self.unit}"


def pct(raw):
    """'94.37%' / '94.37' (under a (%) header) -> Q in percent; '—' -> a dash (no rate stated)."""
    if raw in ("—", "-", "－"):
        q = Q("0")
        q.dash = True
        return q
    q = Q(raw.rstrip("%"))
    q.dash = False
    return q


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# ---------------------------------------------------------------- check helpers
class Checker:
    def __init__(self, year):
        self.year = year
        self.res = []          # (code, ok, message)

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def arith(self, code, msg, stated, fn, ins):
        """stated (Q) must equal fn(values of ins); on failure try a 10^4 / 10^8 rescale of one money figure."""
        c = fn(*[q.v for q in ins])
        if abs(c - stated.v) <= stated.tol + EPS:
            self.add(code, True, msg)
            return
        qs = [stated] + list(ins)
        for i, q in enumerate(qs):
            if not q.money:
                continue
            for f in FACTORS:
                vals = [x.v * (f if j == i else 1) for j, x in enumerate(qs)]
                tol = stated.tol * (f if i == 0 else 1)
                try:
                    c2 = fn(*vals[1:])
                except ArithmeticError:
                    continue
                if abs(c2 - vals[0]) <= tol + EPS:
                    self.add("unit_mismatch", False, f"{msg}: {q} off by a power of ten")
                    return
        self.add(code, False, f"{msg}: stated {stated}, computed {c}")

    def rate(self, msg, stated, num, den, code="rate_mismatch"):
        dash = getattr(stated, "dash", False)
        if den.v == 0:
            self.add("implausible_rate", dash or stated.num == 0, f"{msg}: rate {stated.raw} on a zero base")
            return
        if dash:
            return
        self.arith(code, msg, stated, lambda a, b: a / b * 100, [num, den])
        self.add("implausible_rate", stated.num <= 100, f"{msg}: rate {stated}% must be <= 100%")

    def same(self, msg, qs):
        """All statements of one quantity agree (conflicting_values; unit_mismatch when a rescale reconciles)."""
        base = qs[0]
        for q in qs[1:]:
            tol = max(base.tol, q.tol)
            if abs(base.v - q.v) <= tol + EPS:
                self.add("conflicting_values", True, msg)
                continue
            code = "conflicting_values"
            if base.money and q.money:
                for f in FACTORS:
                    if abs(base.v - q.v * f) <= max(base.tol, q.tol * f) + EPS:
                        code = "unit_mismatch"
            self.add(code, False, f"{msg}: {base} vs {q}")

    def avg(self, msg, stated, items):
        self.arith("average_mismatch", msg, stated, lambda *xs: sum(xs) / len(xs), items)

    def total(self, msg, stated, parts):
        self.arith("sum_mismatch", msg, stated, lambda *xs: sum(xs), parts)

    def aux(self, msg, ok):
        self.add("aux", ok, msg)

    def years(self, t):
        for m in re.finditer(r"(20\d\d)年度", t):
            self.add("year_mismatch", int(m.group(1)) == self.year, f"'{m.group(0)}' in a {self.year} report")
        for m in re.finditer(r"截至(20\d\d)年12月31日", t):
            self.add("year_mismatch", int(m.group(1)) == self.year, f"'{m.group(0)}' in a {self.year} report")
        for m in re.finditer(r"结转至(20\d\d)年", t):
            self.add("year_mismatch", int(m.group(1)) > self.year, f"'{m.group(0)}' in a {self.year} report")

    # ------------------------------------------------------------ funds table
    def funds(self, t, rows, total_name, cols, rate_col="执行率", amount_cols=None):
        """rows: source row names; cols: column names in order (amount columns then the rate column)."""
        ncol = len(cols)
        data = {}
        for name in rows + [total_name]:
            pat = re.escape(name) + "".join(S + NUM for _ in range(ncol - 1)) + S + TOK
            m = one(t, pat)
            vals = m.groups()
            data[name] = {c: (Q(v, "万元") if c != rate_col else pct(v)) for c, v in zip(cols, vals)}
        for c in cols:
            if c == rate_col:
                continue
            self.total(f"funds column {c}: sources vs {total_name}", data[total_name][c], [data[r][c] for r in rows])
        for name in rows + [total_name]:
            cell = data[name][rate_col]
            self.rate(f"funds row {name} 执行率", cell, data[name]["全年执行数"], data[name]["全年预算数"])
        return data

    # ------------------------------------------------------------ indicator table
    def indicators(self, t, spec, order, totals, grades):
        """spec: list of (name, kind) with kind in {'q', 'exec', 'ach', 'part'};
        order: column names after the row name, among target/actual/comp/weight/score;
        totals: list of (Q or None) stated total scores; grades: list of stated grade labels."""
        rows = []
        for name, kind in spec:
            pat = re.escape(name) + "".join(S + TOK for _ in order)
            m = one(t, pat)
            cells = dict(zip(order, m.groups()))
            rows.append((name, kind, cells))
        wsum = D(0)
        ssum = D(0)
        for name, kind, c in rows:
            w, s = Q(c["weight"]), Q(c["score"])
            wsum += w.v
            ssum += s.v
            self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{name}: score {s} vs weight {w}")
            if kind in ("ach", "part"):
                lo, hi = (D("0.8"), D(1)) if kind == "ach" else (D("0.6"), D("0.8"))
                ratio = s.v / w.v if w.v else D(0)
                okb = lo <= ratio <= hi if kind == "ach" else lo <= ratio < hi
                self.add("score_rule_mismatch", okb, f"{name}: qualitative score {s}/{w}")
                self.add("completion_mismatch", c["comp"] in ("—", "-"), f"{name}: qualitative completion cell")
                continue
            mt = re.fullmatch(r"(≥|≤|=|＞|＜)?" + NUM + r"(.*)", c["target"])
            ma = re.fullmatch(NUM + r"(.*)", c["actual"])
            if not mt or not ma:
                raise ParseError(f"{name}: cannot read target/actual {c}")
            sign, T, tu = mt.group(1) or "=", Q(mt.group(2)), mt.group(3)
            A, au = Q(ma.group(1)), ma.group(2)
            if tu != au:
                self.add("unit_mismatch", False, f"{name}: target unit '{tu}' vs actual unit '{au}'")
                continue
            self.add("unit_mismatch", True, name)
            if tu == "%":
                self.add("implausible_rate", A.v <= 100, f"{name}: rate {A}% must be <= 100%")
            direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq"}[sign]
            if direction == "lte":
                comp = D(1) if A.v <= T.v else T.v / A.v
            elif T.v == 0:
                comp = D(1) if A.v <= 0 else D(0)
            else:
                comp = A.v / T.v
            stated_comp = pct(c["comp"])
            self.add("completion_mismatch", abs(comp * 100 - stated_comp.v) <= stated_comp.tol + EPS,
                     f"{name}: completion stated {c['comp']}, computed {comp * 100}")
            exp1 = r2(w.v * min(comp, D(1)))
            exp2 = r2(w.v * min(stated_comp.v / 100, D(1)))
            ok = any(abs(e - s.v) <= s.tol + EPS for e in (exp1, exp2))
            self.add("score_rule_mismatch", ok, f"{name}: score {s}, rule gives {exp1}")
            if kind == "exec":
                self.exec_row = (name, A)
        self.add("weight_sum_mismatch", wsum == 100, f"sum of weights {wsum} (must be 100)")
        for tw in totals.get("weight", []):
            self.add("weight_sum_mismatch", abs(tw.v - wsum) <= tw.tol + EPS, f"stated weight total {tw} vs {wsum}")
        for ts in totals.get("score", []):
            self.add("score_sum_mismatch", abs(ts.v - ssum) <= ts.tol + EPS, f"stated total {ts} vs sum {ssum}")
        for ts in totals.get("score", []):
            band = "优" if ts.v >= 90 else "良" if ts.v >= 80 else "中" if ts.v >= 60 else "差"
            for g in grades:
                self.add("grade_mismatch", g[0] == band, f"grade {g} vs total {ts} (band {band})")
        return {name: c for name, kind, c in rows}


def cell_q(cell):
    m = re.fullmatch(r"(?:≥|≤|=)?" + NUM + r"(.*)", cell)
    if not m:
        raise ParseError(f"not a number: {cell}")
    unit = m.group(2)
    return Q(m.group(1), unit if unit in MONEY else "")


# ---------------------------------------------------------------- per project
def p_zhengyang(t, ck):
    f = ck.funds(t, ["中央奖励资金", "上年结转资金", "其他资金"], "合计",
                 ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "执行率"])
    tot = f["合计"]
    m = one(t, r"分别为" + NUM + r"万头、" + NUM + r"万头、" + NUM + r"万头，年均" + NUM + r"万头")
    ck.avg("2016—2018 调出量 年均", Q(m.group(4)), [Q(m.group(i)) for i in (1, 2, 3)])
    m = one(t, r"(20\d\d)年12月，省财政厅提前下达我县(20\d\d)年中央财政生猪调出大县奖励资金" + NUM + r"(万元|元)")
    ck.add("year_mismatch", int(m.group(1)) == ck.year - 1 and int(m.group(2)) == ck.year, "advance issue dates")
    ck.same("中央奖励资金 年初", [f["中央奖励资金"]["年初预算数"], Q(m.group(3), m.group(4))])
    m = one(t, r"加上年结转资金" + NUM + r"(万元|元)，全年预算" + NUM + r"(万元|元)")
    ck.same("上年结转", [f["上年结转资金"]["全年预算数"], Q(m.group(1), m.group(2))])
    ck.same("全年预算", [tot["全年预算数"], Q(m.group(3), m.group(4))])
    m = one(t, r"资金到位率" + NUM + "%")
    ck.rate("资金到位率 (text)", pct(m.group(1)), tot["实际到位数"], tot["全年预算数"])
    m = one(t, r"全年实际支出" + NUM + r"(万元|元)（" + NUM + r"(万元|元)），预算执行率" + NUM + "%")
    spent_text = Q(m.group(1), m.group(2))
    ck.same("全年执行数 (table, text, 元 restatement)", [tot["全年执行数"], spent_text, Q(m.group(3), m.group(4))])
    ck.rate("预算执行率 (text)", pct(m.group(5)), tot["全年执行数"], tot["全年预算数"])
    m = one(t, r"粪污处理设施补助" + NUM + r"(万元|元)，良种引进补贴" + NUM + r"(万元|元)（引进种猪" + NUM +
            r"头，每头补贴" + NUM + r"元），动物防疫及检测" + NUM + r"(万元|元)，生猪保险保费补贴" + NUM + r"(万元|元)")
    parts = [Q(m.group(1), m.group(2)), Q(m.group(3), m.group(4)), Q(m.group(7), m.group(8)),
             Q(m.group(9), m.group(10))]
    ck.total("支出构成 vs 全年实际支出", spent_text, parts)
    heads, per = Q(m.group(5)), Q(m.group(6), "元")
    ck.aux("良种 2,605头 x 1,200元 = 312.60万元", abs(heads.v * per.v - parts[1].v) <= parts[1].tol + EPS)
    m = one(t, r"未支出的" + NUM + r"(万元|元)")
    ck.arith("balance_mismatch", "未支出/结转", Q(m.group(1), m.group(2)), lambda a, b: a - b,
             [tot["实际到位数"], tot["全年执行数"]])
    ck.years(t)
    ind = ck.indicators(t, [("预算执行率", "exec"), ("补助粪污处理设施养殖场", "q"), ("引进良种猪", "q"),
                            ("生猪出栏量", "q"), ("规模养殖场粪污综合利用率", "q"), ("补助资金兑付周期", "q"),
                            ("良种猪引进补贴标准", "q"), ("带动养殖户增收", "q"), ("生猪调出量", "q"),
                            ("病死猪无害化处理率", "q"), ("粪污设施长效运行机制", "ach"), ("养殖户满意度", "q")],
                        ["target", "actual", "comp", "weight", "score"],
                        totals=_totals(t, table=True, text=r"综合得分" + NUM + "分"),
                        grades=[one(t, r"评价等级为“(.)”").group(1)])
    ck.same("执行率 (自评表 vs funds table)", [tot["执行率"], pct(ind["预算执行率"]["actual"])])
    m = one(t, r"全年补助" + NUM + r"个规模养殖场建设粪污处理设施，引进良种猪" + NUM + r"头；全县生猪出栏" + NUM +
            r"万头（2018年为" + NUM + r"万头），调出" + NUM + r"万头")
    ck.same("补助养殖场数", [cell_q(ind["补助粪污处理设施养殖场"]["actual"]), Q(m.group(1))])
    ck.same("引进良种猪", [cell_q(ind["引进良种猪"]["actual"]), Q(m.group(2)), heads])
    ck.same("生猪出栏", [cell_q(ind["生猪出栏量"]["actual"]), Q(m.group(3))])
    ck.same("生猪调出", [cell_q(ind["生猪调出量"]["actual"]), Q(m.group(5))])
    m = one(t, r"养殖户满意度" + NUM + r"%，未达到" + NUM + "%的目标")
    ck.same("满意度", [cell_q(ind["养殖户满意度"]["actual"]), Q(m.group(1))])
    ck.same("满意度目标", [cell_q(ind["养殖户满意度"]["target"]), Q(m.group(2))])
    m = one(t, r"补助规模养殖场粪污处理设施不少于" + NUM + r"个，引进良种猪不少于" + NUM + r"头，全县生猪出栏不低于" + NUM +
            r"万头、调出不低于" + NUM + r"万头，规模养殖场粪污综合利用率达到" + NUM + r"%以上，病死猪无害化处理率" + NUM + "%")
    for i, row in enumerate(["补助粪污处理设施养殖场", "引进良种猪", "生猪出栏量", "生猪调出量", "规模养殖场粪污综合利用率",
                             "病死猪无害化处理率"], start=1):
        ck.same(f"目标 {row}", [cell_q(ind[row]["target"]), Q(m.group(i))])
    ck.same("良种补贴标准", [cell_q(ind["良种猪引进补贴标准"]["target"]), cell_q(ind["良种猪引进补贴标准"]["actual"]),
                         Q(per.raw)])


def p_qidong(t, ck):
    f = ck.funds(t, ["中央财政奖励资金", "上年结转资金", "其他资金"], "合计",
                 ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "执行率"])
    tot = f["合计"]
    m = one(t, r"(20\d\d)年12月，省财政厅提前下达我县(20\d\d)年中央财政生猪调出大县奖励资金" + NUM + r"(万元|元)（" + NUM +
            r"(万元|元)），(20\d\d)年6月追加" + NUM + r"(万元|元)，全年中央奖励资金" + NUM + r"(万元|元)；另有上年结转资金" +
            NUM + r"(万元|元)")
    ck.add("year_mismatch", int(m.group(1)) == ck.year - 1 and int(m.group(2)) == ck.year and
           int(m.group(7)) == ck.year, "advance / 追加 dates")
    adv, adv_yuan = Q(m.group(3), m.group(4)), Q(m.group(5), m.group(6))
    add, year_c = Q(m.group(8), m.group(9)), Q(m.group(10), m.group(11))
    ck.same("提前下达 (万元, 元, 年初)", [f["中央财政奖励资金"]["年初预算数"], adv, adv_yuan])
    ck.total("提前下达 + 追加 = 全年中央奖励资金", year_c, [adv, add])
    ck.same("全年中央奖励资金", [f["中央财政奖励资金"]["全年预算数"], year_c])
    ck.same("上年结转", [f["上年结转资金"]["全年预算数"], Q(m.group(12), m.group(13))])
    m = one(t, r"全年预算" + NUM + r"(万元|元)，实际到位" + NUM + r"(万元|元)，资金到位率" + NUM + r"%；全年支出" + NUM +
            r"(万元|元)，执行率" + NUM + r"%，年末结余" + NUM + r"(万元|元)")
    budget, recv, spent = Q(m.group(1), m.group(2)), Q(m.group(3), m.group(4)), Q(m.group(6), m.group(7))
    ck.same("全年预算", [tot["全年预算数"], budget])
    ck.same("实际到位", [tot["实际到位数"], recv])
    ck.same("全年支出", [tot["全年执行数"], spent])
    ck.rate("资金到位率 (text)", pct(m.group(5)), recv, budget)
    ck.rate("执行率 (text)", pct(m.group(8)), spent, budget)
    ck.arith("balance_mismatch", "年末结余", Q(m.group(9), m.group(10)), lambda a, b: a - b, [recv, spent])
    m = one(t, r"标准化猪舍新建改造补助" + NUM + r"(万元|元)（" + NUM + r"万平方米，每平方米补助" + NUM + r"元），良种母猪引进补助" +
            NUM + r"(万元|元)（" + NUM + r"头，每头" + NUM + r"元），动物防疫物资及服务" + NUM + r"(万元|元)，粪污资源化利用" +
            NUM + r"(万元|元)")
    p1, area, per1 = Q(m.group(1), m.group(2)), Q(m.group(3)), Q(m.group(4), "元")
    p2, heads, per2 = Q(m.group(5), m.group(6)), Q(m.group(7)), Q(m.group(8), "元")
    p3, p4 = Q(m.group(9), m.group(10)), Q(m.group(11), m.group(12))
    ck.total("支出构成 vs 全年支出", spent, [p1, p2, p3, p4])
    ck.aux("3.24万平方米 x 160元", abs(area.v * 10000 * per1.v - p1.v) <= p1.tol + EPS)
    ck.aux("1,620头 x 2,000元", abs(heads.v * per2.v - p2.v) <= p2.tol + EPS)
    ck.years(t)
    ind = ck.indicators(t, [("预算执行率", "exec"), ("新建改造标准化猪舍", "q"), ("引进良种母猪", "q"), ("生猪出栏量", "q"),
                            ("强制免疫病种免疫密度", "q"), ("补助资金兑付周期", "q"), ("良种母猪引进补助标准", "q"),
                            ("生猪养殖产值", "q"), ("生猪调出量", "q"), ("规模场粪污处理设施装备配套率", "q"),
                            ("生猪稳产保供长效机制", "ach"), ("养殖场户满意度", "q")],
                        ["weight", "target", "actual", "comp", "score"],
                        totals=_totals(t, table=False, text=r"自评总得分" + NUM + "分"),
                        grades=[one(t, r"等级为“(..)”").group(1)])
    ck.same("执行率 (自评表 vs funds table)", [tot["执行率"], pct(ind["预算执行率"]["actual"])])
    m = one(t, r"全县生猪出栏" + NUM + r"万头，比(20\d\d)年的" + NUM + r"万头增长" + NUM + r"%；调出生猪" + NUM +
            r"万头；新建改造标准化猪舍" + NUM + r"万平方米")
    now, last = Q(m.group(1)), Q(m.group(3))
    ck.add("year_mismatch", int(m.group(2)) == ck.year - 1, "comparison year")
    ck.arith("rate_mismatch", "出栏增长率", Q(m.group(4)), lambda a, b: (a - b) / b * 100, [now, last])
    ck.same("生猪出栏", [cell_q(ind["生猪出栏量"]["actual"]), now])
    ck.same("生猪调出", [cell_q(ind["生猪调出量"]["actual"]), Q(m.group(5))])
    ck.same("猪舍面积", [cell_q(ind["新建改造标准化猪舍"]["actual"]), Q(m.group(6)), area])
    m = one(t, r"全年引进良种母猪" + NUM + r"头，未完成" + NUM + r"头的目标")
    ck.same("引进良种母猪", [cell_q(ind["引进良种母猪"]["actual"]), Q(m.group(1)), heads])
    ck.same("引种目标", [cell_q(ind["引进良种母猪"]["target"]), Q(m.group(2))])
    m = one(t, r"新建改造标准化猪舍" + NUM + r"万平方米以上，引进良种母猪" + NUM + r"头，全县生猪出栏" + NUM + r"万头、调出" + NUM +
            r"万头以上，强制免疫病种免疫密度保持在" + NUM + "%以上")
    for i, row in enumerate(["新建改造标准化猪舍", "引进良种母猪", "生猪出栏量", "生猪调出量", "强制免疫病种免疫密度"], start=1):
        ck.same(f"目标 {row}", [cell_q(ind[row]["target"]), Q(m.group(i))])
    ck.same("母猪补助标准", [cell_q(ind["良种母猪引进补助标准"]["actual"]), Q(per2.raw)])


def p_luchuan(t, ck):
    f = ck.funds(t, ["中央财政奖励资金", "上年结转资金", "其他资金"], "合计",
                 ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "执行率"])
    tot, cen = f["合计"], f["中央财政奖励资金"]
    m = one(t, r"分别为" + NUM + r"万头、" + NUM + r"万头、" + NUM + r"万头，年均" + NUM + r"万头")
    ck.avg("2019—2021 调出量 年均", Q(m.group(4)), [Q(m.group(i)) for i in (1, 2, 3)])
    m = one(t, r"(20\d\d)年12月，自治区财政厅提前下达我县(20\d\d)年中央财政生猪调出大县奖励资金" + NUM + r"(万元|元)，列入年初预算，"
            r"加上年结转资金" + NUM + r"(万元|元)，全年预算" + NUM + r"(万元|元)")
    ck.add("year_mismatch", int(m.group(1)) == ck.year - 1 and int(m.group(2)) == ck.year, "advance issue dates")
    ck.same("中央 年初", [cen["年初预算数"], Q(m.group(3), m.group(4))])
    ck.same("上年结转", [f["上年结转资金"]["全年预算数"], Q(m.group(5), m.group(6))])
    ck.same("全年预算", [tot["全年预算数"], Q(m.group(7), m.group(8))])
    m = one(t, r"实际到位" + NUM + r"(万元|元)，到位率" + NUM + r"%，其中中央资金未到位" + NUM + r"(万元|元)")
    recv = Q(m.group(1), m.group(2))
    ck.same("实际到位", [tot["实际到位数"], recv])
    ck.rate("到位率 (text)", pct(m.group(3)), recv, tot["全年预算数"])
    ck.arith("balance_mismatch", "中央资金未到位", Q(m.group(4), m.group(5)), lambda a, b: a - b,
             [cen["全年预算数"], cen["实际到位数"]])
    m = one(t, r"全年支出" + NUM + r"(万元|元)（" + NUM + r"(万元|元)），执行率" + NUM + "%")
    spent = Q(m.group(1), m.group(2))
    ck.same("全年支出 (table, text, 元)", [tot["全年执行数"], spent, Q(m.group(3), m.group(4))])
    ck.rate("执行率 (text)", pct(m.group(5)), spent, tot["全年预算数"])
    m = one(t, r"规模养殖场改扩建补助" + NUM + r"(万元|元)（" + NUM + r"个，平均每个" + NUM + r"(万元|元)）、陆川猪保种场补助" + NUM +
            r"(万元|元)、动物防疫" + NUM + r"(万元|元)、生猪政策性保险保费补贴" + NUM + r"(万元|元)")
    p1, nsite, per = Q(m.group(1), m.group(2)), Q(m.group(3)), Q(m.group(4), m.group(5))
    parts = [p1, Q(m.group(6), m.group(7)), Q(m.group(8), m.group(9)), Q(m.group(10), m.group(11))]
    ck.total("支出构成 vs 全年支出", spent, parts)
    ck.aux("923.40 / 19 = 48.6", abs(p1.v / nsite.v - per.v) <= per.tol + EPS)
    m = one(t, r"已到位未支出的" + NUM + r"(万元|元)")
    ck.arith("balance_mismatch", "已到位未支出", Q(m.group(1), m.group(2)), lambda a, b: a - b,
             [tot["实际到位数"], tot["全年执行数"]])
    ck.years(t)
    ind = ck.indicators(t, [("预算执行率", "exec"), ("规模养殖场改扩建", "q"), ("新增生猪产能", "q"),
                            ("陆川猪保种场核心群母猪", "q"), ("强制免疫病种免疫密度", "q"), ("项目完工验收及时率", "q"),
                            ("规模场改扩建补助标准", "q"), ("生猪养殖业产值", "q"), ("生猪调出量", "q"),
                            ("病死猪无害化处理率", "q"), ("生猪产能调控机制", "part"), ("养殖场户满意度", "q")],
                        ["target", "actual", "comp", "weight", "score"],
                        totals=_totals(t, table=True, text=None),
                        grades=[one(t, r"评价等级为“(.)”").group(1)])
    ck.same("执行率 (自评表 vs funds table)", [tot["执行率"], pct(ind["预算执行率"]["actual"])])
    ck.same("改扩建个数", [cell_q(ind["规模养殖场改扩建"]["actual"]), nsite])
    ck.same("改扩建单个补助", [cell_q(ind["规模场改扩建补助标准"]["actual"]), per])
    m = one(t, r"全年完成改扩建" + NUM + r"个，新增产能" + NUM + r"万头，调出生猪" + NUM + r"万头")
    ck.same("改扩建个数 (text)", [cell_q(ind["规模养殖场改扩建"]["actual"]), Q(m.group(1))])
    ck.same("新增产能", [cell_q(ind["新增生猪产能"]["actual"]), Q(m.group(2))])
    ck.same("调出生猪", [cell_q(ind["生猪调出量"]["actual"]), Q(m.group(3))])
    m = one(t, r"支持规模养殖场改扩建不少于" + NUM + r"个，新增生猪产能" + NUM + r"万头，生猪调出量" + NUM +
            r"万头以上，强制免疫病种免疫密度" + NUM + "%以上")
    for i, row in enumerate(["规模养殖场改扩建", "新增生猪产能", "生猪调出量", "强制免疫病种免疫密度"], start=1):
        ck.same(f"目标 {row}", [cell_q(ind[row]["target"]), Q(m.group(i))])


def p_shenxian(t, ck):
    f = ck.funds(t, ["中央奖励资金", "省级统筹奖励资金", "上年结转资金", "其他资金"], "合计",
                 ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "执行率"])
    tot = f["合计"]
    m = one(t, r"分别为" + NUM + r"万头、" + NUM + r"万头、" + NUM + r"万头，年均" + NUM + r"万头")
    ck.avg("2020—2022 调出量 年均", Q(m.group(4)), [Q(m.group(i)) for i in (1, 2, 3)])
    m = one(t, r"(20\d\d)年中央财政生猪调出大县奖励资金" + NUM + r"(万元|元)（" + NUM + r"(万元|元)）于(20\d\d)年12月提前下达"
            r"并列入年初预算，年中省级统筹奖励资金追加" + NUM + r"(万元|元)，加上年结转" + NUM + r"(万元|元)，全年预算" + NUM +
            r"(万元|元)，全部到位。全年支出" + NUM + r"(万元|元)，执行率" + NUM + r"%，结余" + NUM + r"(万元|元)")
    ck.add("year_mismatch", int(m.group(1)) == ck.year and int(m.group(6)) == ck.year - 1, "advance issue dates")
    ck.same("中央 年初 (万元, 元)", [f["中央奖励资金"]["年初预算数"], Q(m.group(2), m.group(3)), Q(m.group(4), m.group(5))])
    ck.same("省级追加", [f["省级统筹奖励资金"]["全年预算数"], Q(m.group(7), m.group(8))])
    ck.same("上年结转", [f["上年结转资金"]["全年预算数"], Q(m.group(9), m.group(10))])
    budget, spent = Q(m.group(11), m.group(12)), Q(m.group(13), m.group(14))
    ck.same("全年预算", [tot["全年预算数"], budget])
    ck.same("全年支出", [tot["全年执行数"], spent])
    # "全部到位" => 到位 = 全年预算 (rules I12)
    ck.rate("全部到位 (I12)", Q("100"), tot["实际到位数"], budget)
    ck.rate("执行率 (text)", pct(m.group(15)), spent, budget)
    ck.arith("balance_mismatch", "结余", Q(m.group(16), m.group(17)), lambda a, b: a - b, [tot["实际到位数"], spent])
    m = one(t, r"粪污处理设施改造补助" + NUM + r"(万元|元)（" + NUM + r"个，平均每个" + NUM + r"(万元|元)），能繁母猪保险保费补贴" +
            NUM + r"(万元|元)，生猪良种补贴" + NUM + r"(万元|元)（" + NUM + r"头，每头" + NUM + r"元），动物防疫" + NUM +
            r"(万元|元)")
    p1, nsite, per = Q(m.group(1), m.group(2)), Q(m.group(3)), Q(m.group(4), m.group(5))
    p3, heads, per3 = Q(m.group(8), m.group(9)), Q(m.group(10)), Q(m.group(11), "元")
    ck.total("支出构成 vs 全年支出", spent, [p1, Q(m.group(6), m.group(7)), p3, Q(m.group(12), m.group(13))])
    ck.aux("340.80 / 24 = 14.2", abs(p1.v / nsite.v - per.v) <= per.tol + EPS)
    ck.aux("2,950头 x 1,000元", abs(heads.v * per3.v - p3.v) <= p3.tol + EPS)
    ck.years(t)
    ind = ck.indicators(t, [("预算执行率", "exec"), ("粪污处理设施提升改造", "q"), ("能繁母猪存栏量", "q"), ("生猪出栏量", "q"),
                            ("生猪产地检疫率", "q"), ("奖励资金兑付时限", "q"), ("粪污设施改造补助标准", "q"),
                            ("生猪养殖综合产值", "q"), ("生猪调出量", "q"), ("畜禽粪污综合利用率", "q"),
                            ("生猪产业链长效发展机制", "part"), ("养殖场户满意度", "q")],
                        ["target", "actual", "comp", "weight", "score"],
                        totals=_totals(t, table=True, text=r"项目自评得分" + NUM + "分"),
                        grades=[one(t, r"评价等级为“(.)”").group(1)])
    ck.same("执行率 (自评表 vs funds table)", [tot["执行率"], pct(ind["预算执行率"]["actual"])])
    ck.same("改造个数", [cell_q(ind["粪污处理设施提升改造"]["actual"]), nsite])
    ck.same("单个改造补助", [cell_q(ind["粪污设施改造补助标准"]["actual"]), per])
    m = one(t, r"全县生猪出栏" + NUM + r"万头，能繁母猪存栏" + NUM + r"万头，调出生猪" + NUM + r"万头")
    ck.same("生猪出栏", [cell_q(ind["生猪出栏量"]["actual"]), Q(m.group(1))])
    ck.same("能繁母猪", [cell_q(ind["能繁母猪存栏量"]["actual"]), Q(m.group(2))])
    ck.same("调出生猪", [cell_q(ind["生猪调出量"]["actual"]), Q(m.group(3))])
    m = one(t, r"兑付用时" + NUM + r"天，超出" + NUM + r"天的时限")
    ck.same("兑付用时", [cell_q(ind["奖励资金兑付时限"]["actual"]), Q(m.group(1))])
    ck.same("兑付时限目标", [cell_q(ind["奖励资金兑付时限"]["target"]), Q(m.group(2))])
    m = one(t, r"改造粪污处理设施" + NUM + r"个，能繁母猪存栏保持在" + NUM + r"万头以上，生猪出栏" + NUM + r"万头、调出" + NUM + r"万头")
    for i, row in enumerate(["粪污处理设施提升改造", "能繁母猪存栏量", "生猪出栏量", "生猪调出量"], start=1):
        ck.same(f"目标 {row}", [cell_q(ind[row]["target"]), Q(m.group(i))])


def p_lanxi(t, ck):
    f = ck.funds(t, ["本年财政拨款", "上年结转资金", "其他资金"], "合计",
                 ["年初预算数", "全年预算数", "全年执行数", "执行率"])
    tot = f["合计"]
    m = one(t, r"(20\d\d)年年初预算" + NUM + r"(万元|元)，年中追加" + NUM + r"(万元|元)（其中中央财政生猪调出大县奖励资金" + NUM +
            r"(万元|元)、动物防疫补助" + NUM + r"(万元|元)），加上年结转" + NUM + r"(万元|元)，全年预算" + NUM + r"(万元|元)。"
            r"全年支出" + NUM + r"(万元|元)，执行率" + NUM + r"%；其中基本支出" + NUM + r"(万元|元)（人员经费" + NUM +
            r"(万元|元)、公用经费" + NUM + r"(万元|元)），项目支出" + NUM + r"(万元|元)。未支出的" + NUM + r"(万元|元)")
    g = m.groups()
    ck.add("year_mismatch", int(g[0]) == ck.year, "budget year")
    init, add = Q(g[1], g[2]), Q(g[3], g[4])
    pig, fy, carry = Q(g[5], g[6]), Q(g[7], g[8]), Q(g[9], g[10])
    budget, spent = Q(g[11], g[12]), Q(g[13], g[14])
    basic, staff, office, proj = Q(g[16], g[17]), Q(g[18], g[19]), Q(g[20], g[21]), Q(g[22], g[23])
    ck.same("年初预算", [tot["年初预算数"], f["本年财政拨款"]["年初预算数"], init])
    ck.total("追加 = 奖励资金 + 防疫补助", add, [pig, fy])
    ck.total("全年预算 = 年初 + 追加 + 结转", budget, [init, add, carry])
    ck.total("本年财政拨款 全年 = 年初 + 追加", f["本年财政拨款"]["全年预算数"], [init, add])
    ck.same("上年结转", [f["上年结转资金"]["全年预算数"], carry])
    ck.same("全年预算", [tot["全年预算数"], budget])
    ck.same("全年支出", [tot["全年执行数"], spent])
    ck.rate("执行率 (text)", pct(g[15]), spent, budget)
    ck.total("基本支出 = 人员 + 公用", basic, [staff, office])
    ck.total("全年支出 = 基本 + 项目", spent, [basic, proj])
    ck.arith("balance_mismatch", "未支出/结转", Q(g[24], g[25]), lambda a, b: a - b, [budget, spent])
    m = one(t, r"生猪调出大县奖励资金" + NUM + r"(万元|元)，支出" + NUM + r"(万元|元)，执行率" + NUM + r"%，向" + NUM +
            r"户养殖场户兑付奖励资金，平均兑付用时" + NUM + r"天；动物防疫补助支出" + NUM + r"(万元|元)（含上年结转资金）；畜牧业发展工作经费支出" +
            NUM + r"(万元|元)。3个项目自评得分分别为" + NUM + r"分、" + NUM + r"分、" + NUM + r"分，平均" + NUM + "分")
    g = m.groups()
    pig2, pig_spent = Q(g[0], g[1]), Q(g[2], g[3])
    ck.same("奖励资金预算", [pig, pig2])
    ck.rate("奖励资金执行率 (text)", pct(g[4]), pig_spent, pig2)
    ck.total("项目支出 = 三个项目", proj, [pig_spent, Q(g[7], g[8]), Q(g[9], g[10])])
    ck.avg("项目自评平均分", Q(g[14]), [Q(g[11]), Q(g[12]), Q(g[13])])
    households, days = Q(g[5]), Q(g[6])
    ck.years(t)
    ind = ck.indicators(t, [("预算执行率", "exec"), ("奖励资金兑付养殖场户", "q"), ("应免畜禽强制免疫密度", "q"),
                            ("动物产品抽检合格率", "q"), ("奖励资金兑付时限", "q"), ("公用经费支出", "q"),
                            ("生猪养殖产值", "q"), ("生猪出栏量", "q"), ("重大动物疫情发生次数", "q"),
                            ("畜牧兽医服务长效机制", "ach"), ("养殖场户满意度", "q")],
                        ["target", "actual", "comp", "weight", "score"],
                        totals=_totals(t, table=True, text=None),
                        grades=[one(t, r"自评等级为“(.)”").group(1)])
    ck.same("执行率 (自评表 vs funds table)", [tot["执行率"], pct(ind["预算执行率"]["actual"])])
    ck.same("兑付户数", [cell_q(ind["奖励资金兑付养殖场户"]["actual"]), households])
    ck.same("兑付用时", [cell_q(ind["奖励资金兑付时限"]["actual"]), days])
    ck.same("公用经费", [cell_q(ind["公用经费支出"]["actual"]), office])
    m = one(t, r"全县全年生猪出栏" + NUM + r"万头（(20\d\d)年为" + NUM + r"万头），生猪养殖产值" + NUM + r"(万元|亿元|元)")
    ck.add("year_mismatch", int(m.group(2)) == ck.year - 1, "comparison year")
    ck.same("生猪出栏", [cell_q(ind["生猪出栏量"]["actual"]), Q(m.group(1))])
    ck.same("生猪养殖产值", [cell_q(ind["生猪养殖产值"]["actual"]), Q(m.group(4), m.group(5))])
    m = one(t, r"问卷约" + NUM + r"份，满意度" + NUM + "%")
    ck.same("满意度", [cell_q(ind["养殖场户满意度"]["actual"]), Q(m.group(2))])
    m = one(t, r"满意度未达" + NUM + "%")
    ck.same("满意度目标", [cell_q(ind["养殖场户满意度"]["target"]), Q(m.group(1))])


def _totals(t, table, text):
    out = {"weight": [], "score": []}
    if table:
        m = one(t, r"合计" + S + NUM + S + NUM + r"(?=[|\s]+(?:[^\d|\s]|$))")
        out["weight"].append(Q(m.group(1)))
        out["score"].append(Q(m.group(2)))
    if text:
        out["score"].append(Q(one(t, text).group(1)))
    return out


PROJECTS = {
    "ha-zhengyang-diaochu-2019": (2019, p_zhengyang),
    "hn-qidong-diaochu-2021": (2021, p_qidong),
    "gx-luchuan-diaochu-2022": (2022, p_luchuan),
    "sd-shenxian-diaochu-2023": (2023, p_shenxian),
    "hl-lanxi-xumu-bumen-2025": (2025, p_lanxi),
}


def run_checks(pid, text):
    year, fn = PROJECTS[pid]
    ck = Checker(year)
    fn(normalise(text), ck)
    return ck.res


# ---------------------------------------------------------------- label checks
def edit_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s          # region [p, ea) in a, [p, eb) in b


def main():
    verbose = "-v" in sys.argv
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    problems = []
    counts = Counter()
    ncheck = 0
    if len(labels) != 35:
        problems.append(f"expected 35 labels, found {len(labels)}")
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            cleans[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for lab in labels:
        name, pid = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            res = run_checks(pid, text)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        ncheck += len(res)
        failed = [(c, m) for c, ok, m in res if not ok]
        err_codes = {c for c, _ in failed if c not in WARN_CODES}
        warns = [(c, m) for c, m in failed if c in WARN_CODES]
        if verbose:
            print(f"{name}: {len(res)} checks, failed {sorted(err_codes)}, warnings {len(warns)}")
            for c, m in failed:
                print(f"    {c}: {m}")
        if lab["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1,500-5,000")
            if failed:
                problems.append(f"{name}: clean draft fails {failed}")
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] += 1
        if exp[0].get("severity") != "error" or code not in CODES_A:
            problems.append(f"{name}: bad code/severity {exp[0]}")
        if err_codes != {code}:
            problems.append(f"{name}: labelled {code}, checks fail {sorted(err_codes)} {failed}")
        if "aux" in err_codes:
            problems.append(f"{name}: an auxiliary identity broke")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        clean = cleans[pid]
        p, ea, eb = edit_region(clean, text)
        if max(ea - p, eb - p) > 40 or eb <= p:
            problems.append(f"{name}: edit region {ea - p}/{eb - p} chars")
        if clean[:p] + text[p:eb] + clean[ea:] != text or clean[:p] + clean[p:ea] + text[eb:] != clean:
            problems.append(f"{name}: edit is not one contiguous change")
        vs = text.find(value)
        if not (vs < eb and vs + len(value) > p):
            problems.append(f"{name}: value [{vs},{vs + len(value)}) does not overlap the edit [{p},{eb})")
    for c in CODES_A:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    if problems:
        for x in problems:
            print("FAIL", x)
        sys.exit(1)
    print(f"OK  {len(labels)} cases, {ncheck} checks; codes: " +
          ", ".join(f"{c}={counts[c]}" for c in CODES_A))


if __name__ == "__main__":
    main()
