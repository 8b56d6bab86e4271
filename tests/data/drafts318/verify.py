#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; each of the 13 codes is used >= 2 times;
2. the arithmetic of every clean draft is redone: all checks must pass (warnings included);
3. the arithmetic of every error case is redone: the labelled code must fail and no other
   error-level code may fail (score_rule_mismatch is a warning and may fail in an error case).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return D(str(s).replace(",", ""))


def ndp(s):
    s = str(s).strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** (-ndp(s))) + D("1e-9")


def close(stated, computed):
    """stated is a string as written; computed a Decimal (rules.md §8)."""
    return abs(D(computed) - dec(stated)) <= tol(stated)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "合格": "中", "一般": "中", "差": "差", "较差": "差"}

SCALES = [D("1e4"), D("1e-4"), D("1e8"), D("1e-8")]


# ---------------------------------------------------------------- result collector
class R:
    def __init__(self, text):
        self.t = text
        self.items = []  # (code, ok, desc)

    def add(self, code, ok, desc):
        self.items.append((code, bool(ok), desc))

    # extraction -------------------------------------------------------------
    def m(self, pat, n=None):
        found = list(re.finditer(pat, self.t, re.M))
        if not found:
            raise ParseError(f"pattern not found: {pat}")
        if n is None and len(found) != 1:
            raise ParseError(f"pattern matched {len(found)} times: {pat}")
        return found[0].groups() if n is None else [f.groups() for f in found]

    def v(self, pat):
        g = self.m(pat)
        return g[0] if len(g) == 1 else g

    # checks -----------------------------------------------------------------
    def same(self, desc, *vals, code="conflicting_values"):
        base = dec(vals[0])
        self.add(code, all(dec(x) == base for x in vals), f"{desc}: {vals}")

    def rate(self, desc, stated, num, den, code="rate_mismatch", scale=D(1)):
        n, d = dec(num) * scale, dec(den)
        if d == 0:
            self.add("implausible_rate", False, f"{desc}: rate on zero base")
            return
        c = n / d * 100
        if close(stated, c):
            self.add(code, True, desc)
            return
        for f in SCALES:  # an amount written with the wrong money unit
            if close(stated, n * f / d * 100) or close(stated, n / (d * f) * 100):
                self.add("unit_mismatch", False, f"{desc}: reconciled by rescaling 10^±4/8")
                return
        self.add(code, False, f"{desc}: stated {stated}%, computed {r2(c)}%")

    def total(self, desc, total, parts, code="sum_mismatch", factors=None):
        """total == sum(parts[i] * factors[i]); tries a 10^±4/8 rescale of one item -> unit_mismatch."""
        factors = factors or [D(1)] * len(parts)
        pv = [dec(p) * f for p, f in zip(parts, factors)]
        tv = dec(total)
        if abs(tv - sum(pv)) <= tol(total):
            self.add(code, True, desc)
            return
        vals = [tv] + pv
        for i in range(len(vals)):
            for f in SCALES:
                w = list(vals)
                w[i] = w[i] * f
                if abs(w[0] - sum(w[1:])) <= tol(total) * (f if i == 0 and f > 1 else 1):
                    self.add("unit_mismatch", False, f"{desc}: reconciled by rescaling item {i}")
                    return
        self.add(code, False, f"{desc}: stated {total}, computed {sum(pv)}")

    def cmp(self, desc, stated, computed, code):
        self.add(code, close(stated, computed), f"{desc}: stated {stated}, computed {r2(computed)}")

    def rate_range(self, desc, stated_pct, code="implausible_rate"):
        self.add(code, D(0) <= dec(stated_pct) <= D(100), f"{desc}: {stated_pct}%")

    def grade(self, desc, word, total):
        w = GRADE_WORD.get(word)
        self.add("grade_mismatch", w == grade_of(dec(total)), f"{desc}: {word} for {total}")

    def later_year(self, desc, year, eval_year):
        self.add("year_mismatch", int(year) > int(eval_year), f"{desc}: {year} vs {eval_year}")

    def same_year(self, desc, *years):
        self.add("year_mismatch", len(set(int(y) for y in years)) == 1, f"{desc}: {years}")


# ---------------------------------------------------------------- indicator tables
VAL_RE = re.compile(r"^(≥|≤|>=|<=|＞＝|＜＝|＞|＜)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$")


def parse_val(s):
    s = s.strip()
    mm = VAL_RE.match(s)
    if not mm:
        return None
    sign, num, unit = mm.groups()
    direction = "lte" if sign in ("≤", "<=", "＜＝", "＜") else "gte"
    return direction, num, unit.strip()


def completion(target, actual):
    """rules §5: gte/eq A/T, lte 100% when A <= T else T/A."""
    tv, av = parse_val(target), parse_val(actual)
    direction, T, A = tv[0], dec(tv[1]), dec(av[1])
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def rule_score(target, actual, weight):
    tv, av = parse_val(target), parse_val(actual)
    w = dec(weight)
    direction, T, A = tv[0], dec(tv[1]), dec(av[1])
    if direction == "lte":
        return w if A <= T else w * T / A
    return w if A >= T else w * max(A, D(0)) / T


def split_row(line, sep):
    if sep == "spaces":
        return re.split(r" {2,}", line.strip())
    return line.split(sep)


def parse_rows(text, sep, cols, first=("产出指标", "效益指标", "满意度指标", "预算执行")):
    rows = []
    for line in text.split("\n"):
        cells = split_row(line, sep)
        if cells and cells[0].strip() in first and len(cells) >= len(cols) - 1:
            row = {c: (cells[i].strip() if i < len(cells) else "") for i, c in enumerate(cols)}
            rows.append(row)
    if not rows:
        raise ParseError("no indicator rows")
    return rows


def indicator_checks(r, rows, exec_weight, exec_score, table_total_w=None, totals=()):
    """Generic checks on an indicator table. rows exclude the execution line unless it has level1 预算执行."""
    weights = [dec(x["weight"]) for x in rows]
    scores = [dec(x["score"]) for x in rows]
    has_exec_row = any(x["l1"] == "预算执行" for x in rows)
    sw = sum(weights) + (0 if has_exec_row else dec(exec_weight))
    ss = sum(scores) + (0 if has_exec_row else dec(exec_score))
    r.add("weight_sum_mismatch", sw == 100, f"Σ weights = {sw}")
    if table_total_w is not None:
        r.add("weight_sum_mismatch", dec(table_total_w) == sw, f"table 分值合计 {table_total_w} vs Σ {sw}")
    if not has_exec_row:
        r.add("score_exceeds_weight", D(0) <= dec(exec_score) <= dec(exec_weight), "execution score")
    for x in rows:
        name = x["name"]
        r.add("score_exceeds_weight", D(0) <= dec(x["score"]) <= dec(x["weight"]),
              f"{name}: score {x['score']} weight {x['weight']}")
        tv, av = parse_val(x["target"]), parse_val(x["actual"])
        if tv and av:
            r.add("unit_mismatch", tv[2] == av[2], f"{name}: units {tv[2]!r} vs {av[2]!r}")
            if av[2] == "%" and tv[2] == "%":
                r.rate_range(f"{name} actual", av[1])
            if tv[2] == av[2]:
                if "completion" in x and x["completion"]:
                    r.cmp(f"{name} 完成率", x["completion"].rstrip("%"), completion(x["target"], x["actual"]),
                          "completion_mismatch")
                if x["l1"] != "预算执行":
                    rs = rule_score(x["target"], x["actual"], x["weight"])
                    r.add("score_rule_mismatch", close(x["score"], rs), f"{name}: rule score {r2(rs)} vs {x['score']}")
        elif tv is None and av is None:
            # qualitative: achieved band [80%, 100%] of the weight
            r.add("score_rule_mismatch", dec(x["score"]) >= dec(x["weight"]) * D("0.8"), f"{name}: qualitative band")
        else:
            # one side quantitative, the other not: only acceptable for qualitative targets
            r.add("unit_mismatch", tv is None, f"{name}: target {x['target']!r} actual {x['actual']!r}")
    for desc, t in totals:
        r.add("score_sum_mismatch", close(t, ss), f"{desc}: stated {t}, Σ scores {ss}")
    return sw, ss


def level_sums(rows):
    out = {}
    for x in rows:
        w, s = out.get(x["l1"], (D(0), D(0)))
        out[x["l1"]] = (w + dec(x["weight"]), s + dec(x["score"]))
    return out


# ================================================================ project 1: Yuyao 2019
def check_yuyao(t):
    r = R(t)
    Y = 2019
    r.same_year("title / table / 截至 year", r.v(r"^余姚市发展和改革局\n(\d{4})年度价格监测"), r.v(r"年度｜(\d{4})年"),
                r.v(r"截至(\d{4})年12月31日"), Y)
    r.later_year("carry-over year", r.v(r"结转至(\d{4})年支付"), Y)
    r.add("year_mismatch", int(r.v(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")
    # funds table
    tot = r.m(r"年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜(\d+)｜([\d.]+)%｜([\d.]+)")
    cur = r.m(r"其中：当年财政拨款｜([\d.]+)｜([\d.]+)｜([\d.]+)｜—｜([\d.]+)%｜—")
    car = r.m(r"上年结转资金｜([\d.]+)｜([\d.]+)｜([\d.]+)｜—｜([\d.]+)%｜—")
    oth = r.m(r"其他资金｜([\d.]+)｜([\d.]+)｜([\d.]+)｜")
    for i, col in enumerate(["年初", "全年", "执行"]):
        r.total(f"funds table {col}", tot[i], [cur[i], car[i], oth[i]])
    r.rate("total execution rate", tot[4], tot[2], tot[1])
    r.rate("当年拨款 execution rate", cur[3], cur[2], cur[1])
    r.rate("结转 execution rate", car[3], car[2], car[1])
    for row in (tot, cur, car):
        r.rate_range("funds rate", row[4] if row is tot else row[3])
        r.add("implausible_rate", dec(row[2]) <= dec(row[1]), "spent <= budget")
    r.add("score_rule_mismatch", close(tot[5], dec(tot[3]) * min(dec(tot[2]) / dec(tot[1]), D(1))), "execution score")
    # prose funds
    ini, cur_p, car_p = r.m(r"项目年初预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元")
    add = r.v(r"市财政为此追加经费([\d.]+)万元")
    ann = r.v(r"全年预算为([\d.]+)万元")
    spent, rate_p = r.m(r"项目共支出([\d.]+)万元，预算执行率([\d.]+)%")
    r.total("prose 年初 = 拨款 + 结转", ini, [cur_p, car_p])
    r.total("prose 全年 = 年初 + 追加", ann, [ini, add])
    r.total("table 当年拨款 全年 = 年初 + 追加", cur[1], [cur[0], add])
    r.same("年初 text/table", ini, tot[0]); r.same("拨款 text/table", cur_p, cur[0]); r.same("结转 text/table", car_p, car[0])
    r.same("全年 text/table", ann, tot[1]); r.same("执行 text/table", spent, tot[2]); r.same("rate text/table", rate_p, tot[4])
    r.rate("prose execution rate", rate_p, spent, ann)
    r.cmp("unspent = 全年 − 执行", r.v(r"未支出的([\d.]+)万元"), dec(ann) - dec(spent), "balance_mismatch")
    sp = r.m(r"网点信息员补助([\d.]+)万元（(\d+)个网点，每个网点每年(\d+)元）；监测系统运维服务费([\d.]+)万元；"
             r"猪肉等重要商品应急加密监测([\d.]+)万元；分析报告编印和信息员培训([\d.]+)万元；采集终端更新([\d.]+)万元")
    r.total("spending items", spent, [sp[0], sp[3], sp[4], sp[5], sp[6]])
    r.total("network subsidy = sites × 元", sp[0], [dec(sp[1]) * dec(sp[2])], factors=[D("1e-4")])
    monthly = r.v(r"每个网点每月(\d+)元标准")
    r.cmp("monthly × 12 = yearly", sp[2], dec(monthly) * 12, "sum_mismatch")
    # outputs
    n, last, inc = r.m(r"全年在运行网点(\d+)个，比上年的(\d+)个增加(\d+)个")
    r.total("sites = last year + increase", n, [last, inc])
    r.total("site types", n, list(r.m(r"农贸市场(\d+)个、大型超市(\d+)个、加油站(\d+)个、药店(\d+)个、餐饮企业(\d+)个")))
    r.same("sites text", n, sp[1])
    cnt, cnt_last, yoy = r.m(r"全年采集上报价格数据(\d+)条，较上年的(\d+)条增长([\d.]+)%")
    r.rate("data yoy growth", yoy, dec(cnt) - dec(cnt_last), cnt_last)
    issues = r.v(r"每周一期编发价格监测分析，全年(\d+)期")
    warn = r.v(r"预警及时率(\d+)%")
    used, used_t, comp = r.m(r"采用(\d+)篇，少于年初确定的(\d+)篇，完成率([\d.]+)%")
    r.cmp("reports adopted completion", comp, dec(used) / dec(used_t) * 100, "completion_mismatch")
    # indicator table
    rows = parse_rows(t, "｜", ["l1", "l2", "name", "target", "actual", "weight", "score", "note"])
    byname = {x["name"]: x for x in rows}
    tw, ts = r.m(r"总分｜｜｜｜｜(\d+)｜([\d.]+)｜")
    ps = r.m(r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，"
             r"本项目自评得分([\d.]+)分，评价等级为(.)")
    indicator_checks(r, rows, tot[3], tot[5], table_total_w=tw, totals=[("table 总分", ts), ("text 自评得分", ps[4])])
    ls = level_sums(rows)
    r.same("execution score text/table", ps[0], tot[5])
    for i, l1 in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
        r.cmp(f"text {l1} score vs table rows", ps[i], ls[l1][1], "score_sum_mismatch")
    r.grade("text grade", ps[5], ps[4])
    r.grade("text grade vs table total", ps[5], ts)
    # text <-> table
    def num_unit(s):
        pv = parse_val(s)
        return pv
    a = num_unit(byname["采集上报价格数据"]["actual"])
    if a and a[2] in ("万条", "条"):
        r.same("data count text/table", cnt, dec(a[1]) * (D(10000) if a[2] == "万条" else 1))
    tgt = num_unit(byname["采集上报价格数据"]["target"])
    r.same("data target text/table", r.v(r"价格数据采集上报量不少于([\d.]+)万条"), tgt[1])
    r.same("sites table", n, num_unit(byname["价格监测网点数量"]["actual"])[1])
    r.same("sites target", r.v(r"全年保持不少于(\d+)个网点"), num_unit(byname["价格监测网点数量"]["target"])[1])
    r.same("issues", issues, num_unit(byname["编发价格监测分析"]["actual"])[1])
    r.same("warning rate", warn, num_unit(byname["价格异常波动预警及时率"]["actual"])[1])
    r.same("adopted", used, num_unit(byname["分析报告获批示或采用"]["actual"])[1])
    r.same("adopted target", used_t, num_unit(byname["分析报告获批示或采用"]["target"])[1])
    r.same("subsidy standard", sp[2], num_unit(byname["单个网点年度补助标准"]["actual"])[1])
    r.same("satisfaction target", r.v(r"满意度不低于(\d+)%"), num_unit(byname["网点单位及信息员满意度"]["target"])[1])
    return r


# ================================================================ project 2: Zhuzhou 2021
def check_zhuzhou(t):
    r = R(t)
    Y = 2021
    r.same_year("title / table year / issue year", r.v(r"^株洲市发展和改革委员会\n(\d{4})年度平价商店"),
                r.v(r"\n(\d{4})年度项目支出绩效自评表"), r.v(r"资金于(\d{4})年3月一次性拨付"), Y)
    r.add("year_mismatch", int(r.v(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")
    tot = r.m(r"年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t([\d.]+)%\t([\d.]+)")
    cur = r.m(r"其中：当年财政拨款\t([\d.]+)\t([\d.]+)\t([\d.]+)\t—\t([\d.]+)%\t—")
    car = r.m(r"上年结转资金\t([\d.]+)\t([\d.]+)\t([\d.]+)\t")
    oth = r.m(r"其他资金\t([\d.]+)\t([\d.]+)\t([\d.]+)\t")
    for i, col in enumerate(["年初", "全年", "执行"]):
        r.total(f"funds table {col}", tot[i], [cur[i], car[i], oth[i]])
    r.rate("total execution rate", tot[4], tot[2], tot[1])
    r.rate("拨款 execution rate", cur[3], cur[2], cur[1])
    r.rate_range("execution rate", tot[4])
    r.add("score_rule_mismatch", close(tot[5], dec(tot[3]) * min(dec(tot[2]) / dec(tot[1]), D(1))), "execution score")
    budget = r.v(r"市级财政安排平价商店补贴资金(\d+)万元，年度内未作调整")
    r.same("budget text/table 年初", budget, tot[0]); r.same("budget text/table 全年", budget, tot[1])
    r.add("rate_mismatch", dec(tot[0]) == dec(tot[1]), "未作调整 => 年初 = 全年")
    paid, rate_p = r.m(r"全年拨付平价商店补贴([\d.]+)万元，预算执行率([\d.]+)%")
    r.same("paid text/table", paid, tot[2]); r.same("rate text/table", rate_p, tot[4])
    r.rate("prose execution rate", rate_p, paid, budget)
    base, shops, per = r.m(r"其中基础补贴([\d.]+)万元，按(\d+)家门店、每家([\d.]+)万元核定")
    award, n1, a1, n2, a2 = r.m(r"考核奖励([\d.]+)万元，一等奖(\d+)家每家([\d.]+)万元，二等奖(\d+)家每家([\d.]+)万元")
    r.total("paid = base + award", paid, [base, award])
    r.total("base = shops × per", base, [dec(shops) * dec(per)])
    r.total("award = n1×a1 + n2×a2", award, [dec(n1) * dec(a1), dec(n2) * dec(a2)])
    avg_shops, avg = r.m(r"(\d+)家门店平均每家获得补贴([\d.]+)万元")
    r.cmp("average per shop", avg, dec(paid) / dec(avg_shops), "average_mismatch")
    r.same("shops", shops, avg_shops)
    r.cmp("unspent = budget − paid", r.v(r"预算剩余([\d.]+)万元"), dec(budget) - dec(paid), "balance_mismatch")
    half = r.v(r"上半年按进度拨付基础补贴(\d+)万元")
    r.add("sum_mismatch", dec(half) <= dec(base), "first-half base payment within base")
    # implementation
    s_total = r.v(r"程序确定了(\d+)家平价商店")
    r.total("shop types", s_total, list(r.m(r"大型连锁超市(\d+)家、社区生鲜店(\d+)家、农贸市场平价专区(\d+)家")))
    rounds, visits = r.m(r"全年共巡查(\d+)次、检查门店(\d+)家次")
    r.total("visits = rounds × shops", visits, [dec(rounds) * dec(s_total)])
    n_ind = r.v(r"共设置产出、效益、满意度三级指标(\d+)项")
    # outputs
    shops_now, shops_last, inc = r.m(r"全年平价商店达到(\d+)家，比2020年的(\d+)家增加(\d+)家")
    r.total("shops = last + increase", shops_now, [shops_last, inc])
    kinds, k1, k2, k3, k4, kinc = r.m(r"平价商品品种(\d+)种，其中蔬菜(\d+)种、粮油(\d+)种、肉禽蛋奶(\d+)种、日用品(\d+)种，较上年增加(\d+)种")
    r.total("product kinds", kinds, [k1, k2, k3, k4])
    price, diff, pct = r.m(r"平价蔬菜均价每斤([\d.]+)元，比周边农贸市场低([\d.]+)元，低([\d.]+)%")
    r.rate("price gap", pct, diff, dec(price) + dec(diff))
    jin, save = r.m(r"每月在平价商店购买蔬菜约(\d+)斤测算，每户每月可少支出约(\d+)元")
    r.cmp("monthly saving (approx.)", save, dec(jin) * dec(diff), "sum_mismatch")
    comm, covered, cov = r.m(r"城区(\d+)个社区中有(\d+)个在平价商店1公里服务半径内，覆盖率(\d+)%")
    r.rate("coverage", cov, covered, comm)
    qual, qrate, failed = r.m(r"年终考核合格(\d+)家，合格率([\d.]+)%，不合格的(\d+)家")
    r.rate("pass rate", qrate, qual, shops_now)
    r.total("passed + failed = shops", shops_now, [qual, failed])
    r.add("sum_mismatch", dec(n1) + dec(n2) <= dec(qual), "award winners among passed shops")
    sat = r.v(r"消费者满意度([\d.]+)%。")
    total_p, grade_p = r.m(r"本项目得分([\d.]+)分，等级为(.)")
    # indicator table
    rows = parse_rows(t, "\t", ["l1", "l2", "name", "target", "actual", "weight", "score", "note"])
    byname = {x["name"]: x for x in rows}
    tw, ts = r.m(r"总分\t\t\t\t\t(\d+)\t([\d.]+)")
    indicator_checks(r, rows, tot[3], tot[5], table_total_w=tw, totals=[("table 总分", ts), ("text 得分", total_p)])
    r.grade("text grade", grade_p, total_p)
    r.same("indicator count", n_ind, len(rows))
    pv = lambda name, col="actual": parse_val(byname[name][col])[1]
    r.same("shops text/table", shops_now, pv("平价商店数量"))
    r.same("shops target", r.v(r"全年认定并维持不少于(\d+)家平价商店"), pv("平价商店数量", "target"))
    r.same("kinds text/table", kinds, pv("平价商品品种"))
    r.same("price gap text/table", pct, pv("平价商品价格低于周边市场幅度"))
    r.same("coverage text/table", cov, pv("城区社区覆盖率"))
    r.same("pass rate text/table", qrate, pv("平价商店年度考核合格率"))
    r.same("satisfaction text/table", sat, pv("消费者满意度"))
    r.same("per-shop base text/table", per, pv("单店年度基础补贴"))
    r.rate_range("satisfaction text", sat)
    return r


# ================================================================ project 3: Zibo 2022 (prose only)
def check_zibo(t):
    r = R(t)
    Y = 2022
    r.same_year("title / body year", r.v(r"关于(\d{4})年度价格补贴联动机制"), r.v(r"，(\d{4})年区级财政年初安排专项资金"), Y)
    r.add("year_mismatch", int(r.v(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")
    ini = r.v(r"年初安排专项资金(\d+)万元")
    city = r.v(r"市级下达价格补贴联动机制补助资金([\d.]+)万元")
    ann = r.v(r"纳入预算后全年预算为([\d.]+)万元")
    r.total("全年 = 区级 + 市级", ann, [ini, city])
    spent, rate_p = r.m(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    r.rate("execution rate", rate_p, spent, ann)
    r.rate_range("execution rate", rate_p)
    dist, dist_rate = r.m(r"区级资金使用([\d.]+)万元，执行率([\d.]+)%")
    r.rate("district execution rate", dist_rate, dist, ini)
    r.rate_range("district rate", dist_rate)
    r.total("spent = district + city (city fully spent)", spent, [dist, city])
    r.total("spent by department", spent, list(r.m(r"区民政局发放([\d.]+)万元，区人社局发放([\d.]+)万元，区退役军人事务局发放([\d.]+)万元")))
    r.cmp("balance = budget − spent", r.v(r"年末结余([\d.]+)万元"), dec(ann) - dec(spent), "balance_mismatch")
    mo, ppl, std, need = r.m(r"按预计启动(\d+)个月、每月约(\d+)人、每人每月(\d+)元测算需(\d+)万元")
    r.total("initial estimate", need, [dec(mo) * dec(ppl) * dec(std)], factors=[D("1e-4")])
    # outputs
    total_pt = r.v(r"累计发放价格临时补贴(\d+)人次")
    months = r.m(r"其中7月(\d+)人次、8月(\d+)人次、9月(\d+)人次、10月(\d+)人次")
    r.total("monthly person-times", total_pt, list(months))
    r.cmp("monthly average (approx.)", r.v(r"月均约(\d+)人次"), dec(total_pt) / 4, "average_mismatch")
    target_pt = r.v(r"补贴发放不少于(\d+)人次")
    comp = r.v(r"发放人次完成率([\d.]+)%")
    r.cmp("person-times completion", comp, dec(total_pt) / dec(target_pt) * 100, "completion_mismatch")
    july = r.m(r"城乡低保对象(\d+)人、特困人员(\d+)人、优抚对象(\d+)人、领取失业保险金人员(\d+)人")
    r.total("July by group", months[0], list(july))
    std2 = r.v(r"补贴标准全年执行每人每月(\d+)元")
    std_goal = r.v(r"补贴标准执行每人每月(\d+)元")
    r.same("standard", std, std2, std_goal)
    r.total("amount = person-times × standard", spent, [dec(total_pt) * dec(std2)], factors=[D("1e-4")])
    r.cmp("monthly amount average", r.v(r"月均发放([\d.]+)万元"), dec(spent) / 4, "average_mismatch")
    extra_m, extra_p = r.m(r"实际启动月数多(\d+)个月，月均人数多约(\d+)人")
    r.cmp("extra months", extra_m, 4 - dec(mo), "sum_mismatch")
    r.cmp("extra people (approx.)", extra_p, dec(total_pt) / 4 - dec(ppl), "sum_mismatch")
    lists, m2, g2 = r.m(r"共审核补贴对象花名册(\d+)份，即(\d+)个月、每月(\d+)类人员")
    r.total("rosters", lists, [dec(m2) * dec(g2)])
    share_std, low, share = r.m(r"每人每月(\d+)元的补贴相当于我区城市低保标准（每人每月(\d+)元）的([\d.]+)%")
    r.rate("subsidy share of 低保 standard", share, share_std, low)
    acc = r.v(r"识别准确率(\d+)%")
    ontime = r.v(r"启动当月发放到位率([\d.]+)%")
    social = r.v(r"社会化方式发放的资金占比([\d.]+)%")
    sat = r.v(r"满意度为(\d+)%")
    for name, x in (("accuracy", acc), ("on-time", ontime), ("social share", social), ("satisfaction", sat)):
        r.rate_range(name, x)
    # scores (prose)
    def sc(label):
        s, w = r.m(label + r"得([\d.]+)分（满分(\d+)分）")
        r.add("score_exceeds_weight", D(0) <= dec(s) <= dec(w), f"{label}: {s}/{w}")
        return s, w
    ex = sc("预算执行率")
    out = sc("产出指标"); q1 = sc("数量指标"); q2 = sc("质量指标"); q3 = sc("时效指标"); q4 = sc("成本指标")
    ben = sc("(?<!社会)效益指标"); b1 = sc("社会效益指标"); b2 = sc("可持续影响指标")
    sat_s = sc("满意度指标")
    total, gword = r.m(r"综合自评得分([\d.]+)分，等级为(.)")
    r.add("weight_sum_mismatch", dec(ex[1]) + dec(out[1]) + dec(ben[1]) + dec(sat_s[1]) == 100, "Σ level-1 weights")
    r.add("weight_sum_mismatch", sum(dec(x[1]) for x in (q1, q2, q3, q4)) == dec(out[1]), "产出 sub-weights")
    r.add("weight_sum_mismatch", dec(b1[1]) + dec(b2[1]) == dec(ben[1]), "效益 sub-weights")
    r.cmp("产出 sub-scores", out[0], sum(dec(x[0]) for x in (q1, q2, q3, q4)), "score_sum_mismatch")
    r.cmp("效益 sub-scores", ben[0], dec(b1[0]) + dec(b2[0]), "score_sum_mismatch")
    r.cmp("total", total, dec(ex[0]) + dec(out[0]) + dec(ben[0]) + dec(sat_s[0]), "score_sum_mismatch")
    r.grade("grade", gword, total)
    # score rules (warnings)
    r.add("score_rule_mismatch", close(ex[0], dec(ex[1]) * min(dec(spent) / dec(ann), D(1))), "execution score")
    r.add("score_rule_mismatch", close(q1[0], dec(q1[1]) * min(dec(total_pt) / dec(target_pt), D(1))), "数量 score")
    r.add("score_rule_mismatch", close(b2[0], dec(b2[1]) * min(dec(social) / dec(r.v(r"社会化发放占比不低于(\d+)%")), D(1))), "可持续 score")
    r.add("score_rule_mismatch", close(sat_s[0], dec(sat_s[1]) * min(dec(sat) / dec(r.v(r"补贴对象满意度不低于(\d+)%")), D(1))), "满意度 score")
    for s in (q2, q3, q4, b1):
        r.add("score_rule_mismatch", dec(s[0]) == dec(s[1]), "met indicator full marks")
    return r


# ================================================================ project 4: Yulin 2023
def check_yulin(t):
    r = R(t)
    Y = 2023
    r.same_year("title / body year", r.v(r"^玉林市发展和改革委员会(\d{4})年度成本调查"), r.v(r"\n(\d{4})年项目全年预算"), Y)
    adv_y, adv_for = r.m(r"于(\d{4})年12月提前下达我委(\d{4})年农产品成本调查补助资金")
    r.add("year_mismatch", int(adv_for) == Y and int(adv_y) in (Y - 1, Y), "advance issued Dec of previous year")
    r.later_year("carry-over year", r.v(r"已申请结转至(\d{4})年"), Y)
    r.add("year_mismatch", int(r.v(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")
    ann, spent, rate_p = r.m(r"全年预算([\d.]+)万元，年度内未调整，资金全部到位，到位率100%。全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    tot = r.m(r"合计｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([\d.]+)%｜([\d.]+)%")
    reg = r.m(r"自治区补助资金｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([\d.]+)%｜([\d.]+)%")
    city = r.m(r"市级财政资金｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([\d.]+)%｜([\d.]+)%")
    for i, col in enumerate(["预算", "到位", "执行"]):
        r.total(f"funds table {col}", tot[i], [reg[i], city[i]])
    for name, row in (("合计", tot), ("自治区", reg), ("市级", city)):
        r.rate(f"{name} 到位率", row[3], row[1], row[0])
        r.rate(f"{name} 执行率", row[4], row[2], row[0])
        r.rate_range(f"{name} 到位率", row[3]); r.rate_range(f"{name} 执行率", row[4])
    r.same("budget text/table", ann, tot[0]); r.same("spent text/table", spent, tot[2])
    r.rate("prose execution rate", rate_p, spent, ann)
    r.rate("prose 到位率100%", "100", tot[1], ann)
    r.same("regional subsidy overview/table", r.v(r"补助资金([\d.]+)万元，其余经费由市级财政安排"), reg[0])
    items = r.m(r"调查户记账补贴([\d.]+)万元，成本监审第三方审计服务费([\d.]+)万元，调查员培训及业务费([\d.]+)万元，数据采集设备及软件维护费([\d.]+)万元")
    r.total("spending items", spent, list(items))
    r.cmp("balance = budget − spent", r.v(r"年末结余([\d.]+)万元"), dec(ann) - dec(spent), "balance_mismatch")
    per_hh = r.v(r"每户每年补贴(\d+)元")
    hh, hh_last, hh_inc, hh_comp = r.m(r"全年实际开展记账调查(\d+)户，较上年的(\d+)户增加(\d+)户，完成率(\d+)%")
    r.total("household subsidy = households × 元", items[0], [dec(hh) * dec(per_hh)], factors=[D("1e-4")])
    r.total("households = last + increase", hh, [hh_last, hh_inc])
    nproj, extra = r.m(r"污水处理(\d+)个定价成本监审项目，超过年初计划(\d+)个")
    declared, cut, cut_rate = r.m(r"申报定价成本合计([\d.]+)万元，经监审核减不合理成本([\d.]+)万元，核减率([\d.]+)%")
    r.rate("cut rate", cut_rate, cut, declared)
    r.total("cut by project", cut, list(r.m(r"城市供水核减([\d.]+)万元、管道燃气核减([\d.]+)万元、城市公交核减([\d.]+)万元、污水处理核减([\d.]+)万元")))
    cut_last, cut_yoy = r.m(r"与上年核减的([\d.]+)万元相比下降([\d.]+)%")
    r.rate("cut yoy decrease", cut_yoy, dec(cut_last) - dec(cut), cut_last)
    passr = r.v(r"调查数据经自治区审核通过率([\d.]+)%")
    sat = r.v(r"收回有效问卷\d+份，满意度(\d+)%")
    r.rate_range("satisfaction text", sat); r.rate_range("pass rate text", passr)
    # prose scores
    ps = r.m(r"预算执行得([\d.]+)分（满分(\d+)分），产出指标得([\d.]+)分（满分(\d+)分），效益指标得([\d.]+)分（满分(\d+)分），"
             r"满意度指标得([\d.]+)分（满分(\d+)分），自评总分([\d.]+)分，评价等级为“(.)”")
    rows = parse_rows(t, "｜", ["l1", "l2", "name", "target", "actual", "completion", "weight", "score"])
    byname = {x["name"]: x for x in rows}
    tw, ts = r.m(r"合计｜｜｜｜｜｜(\d+)｜([\d.]+)")
    indicator_checks(r, rows, None, None, table_total_w=tw, totals=[("table 合计", ts), ("text 自评总分", ps[8])])
    ls = level_sums(rows)
    for i, l1 in ((0, "预算执行"), (2, "产出指标"), (4, "效益指标"), (6, "满意度指标")):
        r.add("weight_sum_mismatch", dec(ps[i + 1]) == ls[l1][0], f"{l1} weight text {ps[i+1]} vs rows {ls[l1][0]}")
        r.cmp(f"{l1} score text vs rows", ps[i], ls[l1][1], "score_sum_mismatch")
    r.add("weight_sum_mismatch", sum(dec(ps[i]) for i in (1, 3, 5, 7)) == 100, "text level weights sum")
    r.grade("text grade", ps[9], ps[8])
    ex = byname["预算执行率"]
    r.rate("table execution actual", ex["actual"].rstrip("%"), spent, ann)
    r.add("score_rule_mismatch", close(ex["score"], dec(ex["weight"]) * min(dec(spent) / dec(ann), D(1))), "execution score")
    pv = lambda name, col="actual": parse_val(byname[name][col])
    r.same("households text/table", hh, pv("农产品成本调查户数")[1])
    r.cmp("households completion text", hh_comp, completion(byname["农产品成本调查户数"]["target"], byname["农产品成本调查户数"]["actual"]), "completion_mismatch")
    r.same("projects text/table", nproj, pv("完成定价成本监审项目")[1])
    r.cmp("projects above plan", extra, dec(nproj) - dec(pv("完成定价成本监审项目", "target")[1]), "sum_mismatch")
    r.same("pass rate text/table", passr, pv("调查数据审核通过率")[1])
    r.same("cut text/table", cut, pv("核减不合理成本")[1])
    r.same("satisfaction text/table", sat, pv("调查户及被监审单位满意度")[1])
    cost = pv("调查户年度补贴标准")
    if cost and cost[2] == "元/户":
        r.same("per-household subsidy text/table", per_hh, cost[1])
    r.same("cut target text/table", r.v(r"核减不合理成本不少于(\d+)万元"), pv("核减不合理成本", "target")[1])
    r.same("households target", r.v(r"完成不少于(\d+)户"), pv("农产品成本调查户数", "target")[1])
    return r


# ================================================================ project 5: Wuzhong 2024 (department)
def check_wuzhong(t):
    r = R(t)
    Y = 2024
    r.same_year("title / body year", r.v(r"^吴忠市价格认定中心(\d{4})年度部门整体"), r.v(r"\n(\d{4})年部门年初预算"), Y)
    r.later_year("carry-over year", r.v(r"结转至(\d{4})年继续使用"), Y)
    r.add("year_mismatch", int(r.v(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")
    ini, ini_b, ini_p = r.m(r"部门年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    add_b, add_p = r.m(r"追加基本支出([\d.]+)万元，追加价格认定复核经费([\d.]+)万元")
    ann, ann_b, ann_p = r.m(r"调整后全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    r.total("年初", ini, [ini_b, ini_p]); r.total("全年", ann, [ann_b, ann_p])
    r.total("基本 全年 = 年初 + 追加", ann_b, [ini_b, add_b]); r.total("项目 全年 = 年初 + 追加", ann_p, [ini_p, add_p])
    spent, rate = r.m(r"全年部门支出([\d.]+)万元，预算执行率([\d.]+)%")
    sp_b, pers, pub, bal_b = r.m(r"基本支出执行([\d.]+)万元，其中人员经费([\d.]+)万元、公用经费([\d.]+)万元，结余([\d.]+)万元")
    sp_p, rate_p, cf = r.m(r"项目支出执行([\d.]+)万元，执行率([\d.]+)%，未使用的([\d.]+)万元")
    r.total("部门支出 = 基本 + 项目", spent, [sp_b, sp_p]); r.total("基本支出 items", sp_b, [pers, pub])
    r.rate("department execution rate", rate, spent, ann); r.rate("project execution rate", rate_p, sp_p, ann_p)
    r.rate_range("department rate", rate); r.rate_range("project rate", rate_p)
    r.cmp("basic balance", bal_b, dec(ann_b) - dec(sp_b), "balance_mismatch")
    r.cmp("project carry-over", cf, dec(ann_p) - dec(sp_p), "balance_mismatch")
    sg, sg_last, sg_yoy = r.m(r"三公经费支出([\d.]+)万元，比上年的([\d.]+)万元下降([\d.]+)%")
    r.rate("三公 yoy", sg_yoy, dec(sg_last) - dec(sg), sg_last)
    # project table (space aligned)
    prj = r.m(r"^\d  (\S+)  ([\d.]+)  ([\d.]+)  ([\d.]+)  ([\d.]+)%  ([\d.]+)  (\S)$", n=True)
    if len(prj) != 4:
        raise ParseError("project rows")
    tot = r.m(r"^合计  ([\d.]+)  ([\d.]+)  ([\d.]+)  ([\d.]+)%  —  —$")
    for name, b, e, c, rt, s, g in prj:
        r.cmp(f"{name} carry-over", c, dec(b) - dec(e), "balance_mismatch")
        r.rate(f"{name} rate", rt, e, b); r.rate_range(f"{name} rate", rt)
        r.grade(f"{name} grade", g, s)
        r.add("score_exceeds_weight", D(0) <= dec(s) <= 100, f"{name} score ≤ 100")
    for i, col in enumerate(["budget", "spent", "carry-over"]):
        r.total(f"project table {col} column", tot[i], [p[i + 1] for p in prj])
    r.rate("project table total rate", tot[3], tot[1], tot[0])
    r.same("project budget text/table", ann_p, tot[0]); r.same("project spent text/table", sp_p, tot[1])
    r.same("carry-over text/table", cf, tot[2]); r.same("project rate text/table", rate_p, tot[3])
    r.same("project rate in problems", rate_p, r.v(r"一是项目支出执行率为([\d.]+)%"))
    n_prj = r.v(r"共实施(\d+)个项目")
    r.same("project count", n_prj, len(prj))
    r.cmp("average project score", r.v(r"(?:\d+)个项目平均自评得分([\d.]+)分"), sum(dec(p[5]) for p in prj) / len(prj), "average_mismatch")
    three = [p for p in prj if p[0] in ("涉案财物价格认定经费", "价格监测网点运维经费", "价格认定复核及业务培训经费")]
    r.add("rate_mismatch", all(dec(p[4]) >= 97 for p in three), "3 projects ≥ 97%")
    sites, per_site, site_sum, sysm, train, rep = r.m(r"全市(\d+)个监测网点的运维补助（每个网点每年(\d+)元，合计([\d.]+)万元）、监测系统运维([\d.]+)万元、信息员培训([\d.]+)万元和监测分析报告编印([\d.]+)万元")
    r.total("site subsidy", site_sum, [dec(sites) * dec(per_site)], factors=[D("1e-4")])
    monitor = [p for p in prj if p[0] == "价格监测网点运维经费"][0]
    r.total("monitoring project items", monitor[2], [site_sum, sysm, train, rep])
    # outputs
    cases, cases_last, yoy, comp = r.m(r"全年完成价格认定(\d+)件，较2023年的(\d+)件增长([\d.]+)%，完成率([\d.]+)%")
    r.rate("cases yoy", yoy, dec(cases) - dec(cases_last), cases_last)
    per_case = r.v(r"平均每件认定的直接成本约(\d+)元")
    det = [p for p in prj if p[0] == "涉案财物价格认定经费"][0]
    r.cmp("cost per case (approx.)", per_case, dec(det[2]) * 10000 / dec(cases), "average_mismatch")
    rev, rev_rate = r.m(r"受理价格认定复核申请(\d+)件，全部维持原结论，复核维持率(\d+)%")
    r.rate("review upheld", rev_rate, rev, rev)
    days, saved = r.m(r"平均办理时限([\d.]+)个工作日，比规定时限缩短([\d.]+)个工作日")
    adopted, adopt_rate, rest = r.m(r"被办案机关采信(\d+)件，采信率([\d.]+)%，其余(\d+)件")
    r.rate("adoption rate", adopt_rate, adopted, cases)
    r.total("adopted + rest = cases", cases, [adopted, rest])
    cm_n, cm_less = r.m(r"住宅小区物业服务(\d+)个成本监审项目，比目标少(\d+)项")
    weekly = r.v(r"全年(\d+)期")
    sat = r.v(r"满意度为([\d.]+)%")
    r.rate_range("satisfaction text", sat)
    # department indicator table
    rows = parse_rows(t, "spaces", ["l1", "l2", "name", "target", "actual", "weight", "score"])
    byname = {x["name"]: x for x in rows}
    tw, ts = r.m(r"^合计  (\d+)  ([\d.]+)$")
    total_p, gword = r.m(r"部门整体支出绩效自评得分([\d.]+)分，等级为(.)")
    indicator_checks(r, rows, None, None, table_total_w=tw, totals=[("table 合计", ts), ("text 得分", total_p)])
    r.grade("department grade", gword, total_p)
    ex = byname["部门预算执行率"]
    r.rate("table execution actual", ex["actual"].rstrip("%"), spent, ann)
    r.add("score_rule_mismatch", close(ex["score"], dec(ex["weight"]) * min(dec(spent) / dec(ann), D(1))), "execution score")
    pv = lambda name, col="actual": parse_val(byname[name][col])
    r.cmp("cases completion", comp, dec(cases) / dec(pv("完成价格认定件数", "target")[1]) * 100, "completion_mismatch")
    r.same("cases text/table", cases, pv("完成价格认定件数")[1])
    r.same("cost audits text/table", cm_n, pv("完成成本监审项目")[1])
    r.cmp("cost audits short of target", cm_less, dec(pv("完成成本监审项目", "target")[1]) - dec(cm_n), "sum_mismatch")
    r.same("review upheld text/table", rev_rate, pv("认定结论复核维持率")[1])
    r.same("days text/table", days, pv("价格认定平均办理时限")[1])
    r.cmp("days saved", saved, dec(pv("价格认定平均办理时限", "target")[1]) - dec(days), "sum_mismatch")
    r.same("adoption text/table", adopt_rate, pv("认定结论被采信率")[1])
    r.same("satisfaction text/table", sat, pv("办案机关满意度")[1])
    return r


CHECKERS = {
    "zj-yuyao-jiagejiance-2019": check_yuyao,
    "hn-zhuzhou-pingjiashangdian-2021": check_zhuzhou,
    "sd-zibo-jiagebutie-2022": check_zibo,
    "gx-yulin-chengbendiaocha-2023": check_yulin,
    "nx-wuzhong-jiagerending-2024": check_wuzhong,
}


def run(pid, text):
    try:
        res = CHECKERS[pid](text)
    except ParseError as e:
        return [("parse_error", False, str(e))], 0
    return [x for x in res.items if not x[1]], len(res.items)


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES13}
    where = {"prose": 0, "table": 0}
    clean = {}
    for l in labels:
        if l["clean"]:
            clean[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    if len(clean) != 5:
        problems.append("expected 5 clean drafts")
    for pid, text in clean.items():
        n = len(text)
        if not 2700 <= n <= 3500:
            problems.append(f"{pid}: clean draft length {n}")
        failed, total = run(pid, text)
        if failed:
            problems.append(f"{pid}-clean: {len(failed)} of {total} checks fail: {failed}")
        else:
            print(f"{pid}-clean: {total} checks pass")
    for l in labels:
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with labels")
            continue
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        base = clean[l["source"]]
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: expected exactly one label")
            continue
        lab = l["expected"][0]
        code, value = lab["code"], lab["value"]
        if code not in CODES13 or lab["severity"] != "error":
            problems.append(f"{l['case']}: bad code/severity {code}/{lab['severity']}")
        counts[code] = counts.get(code, 0) + 1
        if value not in text:
            problems.append(f"{l['case']}: value not in case: {value!r}")
        s, e = diff_region(base, text)
        if e <= s:
            problems.append(f"{l['case']}: no difference from the clean draft")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(e, s + 1) and s < o + len(value) for o in occ):
            problems.append(f"{l['case']}: diff region [{s},{e}) does not overlap the label value")
        if text[s:e].count("\n") > 1 or e - s > 160:
            problems.append(f"{l['case']}: changed region too large ({e - s} chars)")
        ls_, le_ = text.rfind("\n", 0, s) + 1, text.find("\n", max(e, s + 1) - 1)
        line = text[ls_:le_ if le_ >= 0 else len(text)]
        where["table" if ("｜" in line or "\t" in line or "  " in line) else "prose"] += 1
        failed, total = run(l["source"], text)
        fcodes = {c for c, ok, d in failed}
        err = fcodes - WARNING_CODES
        if code not in err:
            problems.append(f"{l['case']}: labelled {code} does not fail (failing: {sorted(fcodes)})")
        if err - {code}:
            extra = [x for x in failed if x[0] in err - {code}]
            problems.append(f"{l['case']}: other error codes fail: {extra}")
        if not problems or not any(p.startswith(l["case"]) for p in problems):
            print(f"{l['case']}: {code} fails as labelled" + (f" (+ warnings: {sorted(fcodes & WARNING_CODES)})" if fcodes & WARNING_CODES else ""))
    for c in CODES13:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES13))
    print("slips by place:", where)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
