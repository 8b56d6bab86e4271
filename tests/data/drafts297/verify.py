#!/usr/bin/env python3
"""Verify the set: labels, diffs, code counts, and the arithmetic of every draft.

For each case the arithmetic of its draft is redone from the text (regular expressions anchored on
the wording of that draft, table rows split by the draft's own separator) with decimal.Decimal and
the tolerance of rules.md §8.  A clean draft must pass every check; an error case must fail the
labelled code and no other error-level code.  Standard library only.  Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as Dec, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}


class Structure(Exception):
    """The text no longer has the shape a check expects (a bug in the set, not a finding)."""


# ----------------------------------------------------------------------------- numbers
def dp(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    if not m:
        raise Structure(f"not a number: {s!r}")
    return len(m.group(1)) if m.group(1) else 0


def val(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    if not m:
        raise Structure(f"not a number: {s!r}")
    return Dec(m.group(0))


def tol(s):
    return Dec("0.5") * (Dec(10) ** -dp(s)) + Dec("1e-9")


def consistent(stated, computed):
    """stated: the string as written; computed: Decimal."""
    return abs(val(stated) - computed) <= tol(stated)


def same(a, b):
    """Two statements of one quantity agree within the looser of their decimals."""
    return abs(val(a) - val(b)) <= max(tol(a), tol(b))


def r2(x):
    return x.quantize(Dec("0.01"), rounding=ROUND_HALF_UP)


def to_wan(amount, unit):
    v = val(amount)
    return {"元": v / Dec(10000), "万元": v, "亿元": v * Dec(10000)}[unit]


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------- text access
def one(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise Structure(f"pattern {pat!r} matched {len(ms)} times")
    m = ms[0]
    if m.lastindex and m.lastindex > 1:
        return m.groups()
    return m.group(1) if m.lastindex else m.group(0)


def allof(t, pat):
    return re.findall(pat, t)


SPLIT = {
    "bar": lambda line: [c.strip() for c in line.split("｜")],
    "tab": lambda line: [c.strip() for c in line.split("\t")],
    "spaces": lambda line: [c for c in re.split(r"\s{2,}", line.strip())],
    "md": lambda line: [c.strip() for c in line.strip().strip("|").split("|")],
}


def row(t, key, layout):
    """Cells of the unique table line having a cell equal to key, from that cell on."""
    hits = []
    for line in t.split("\n"):
        if layout == "spaces" and "  " in key:      # a label with a PDF gap inside ("合  计")
            if line.startswith(key):
                hits.append([key] + SPLIT[layout](line[len(key):]))
            continue
        cells = SPLIT[layout](line)
        if key in cells and len(cells) > 2:
            hits.append(cells[cells.index(key):])
    if len(hits) != 1:
        raise Structure(f"row {key!r} found {len(hits)} times")
    return hits[0]


# ----------------------------------------------------------------------------- check record
class Checks:
    def __init__(self):
        self.results = []   # (code, passed, description)

    def add(self, code, passed, desc):
        self.results.append((code, bool(passed), desc))

    # generic checks -------------------------------------------------------------------------
    def sum(self, total, parts, desc, code="sum_mismatch"):
        """total/parts: strings in 万元, or (string, unit) pairs.  A failure that one 10^4
        rescaling of a single amount would repair is reported as unit_mismatch (errors.md #11b)."""
        def norm(x):
            return (x, "万元") if isinstance(x, str) else x
        total, parts = norm(total), [norm(p) for p in parts]
        tv = to_wan(*total)
        pv = [to_wan(*p) for p in parts]
        tolerance = max([tol(total[0])] + [tol(p[0]) for p in parts])
        ok = abs(sum(pv) - tv) <= tolerance
        if ok:
            self.add(code, True, desc)
            return
        for k in range(len(parts) + 1):
            for f in (Dec(10000), Dec(1) / Dec(10000)):
                t2 = tv * f if k == len(parts) else tv
                p2 = [v * f if i == k else v for i, v in enumerate(pv)]
                if abs(sum(p2) - t2) <= tolerance:
                    self.add("unit_mismatch", False, desc + " (reconciled by a 10^4 rescaling)")
                    return
        self.add(code, False, desc)

    def product(self, total, count, unit_price, desc, code="sum_mismatch"):
        """total = count × unit price; amounts as (string, unit)."""
        tv = to_wan(*total)
        pv = to_wan(*unit_price) * val(count)
        if abs(pv - tv) <= tol(total[0]):
            self.add(code, True, desc)
            return
        for f in (Dec(10000), Dec(1) / Dec(10000)):
            if abs(pv * f - tv) <= tol(total[0]) or abs(pv - tv * f) <= tol(total[0]):
                self.add("unit_mismatch", False, desc + " (reconciled by a 10^4 rescaling)")
                return
        self.add(code, False, desc)

    def rate(self, stated, num, den, desc, code="rate_mismatch"):
        if val(den) == 0:
            self.add("implausible_rate", stated.strip() in ("—", "-", ""), desc + " (zero base)")
            return
        if stated.strip() in ("—", "-", ""):
            self.add(code, False, desc + " (rate missing)")
            return
        self.add("implausible_rate", val(stated) <= 100, desc + " (≤ 100%)")
        self.add(code, consistent(stated, val(num) / val(den) * 100), desc)

    def balance(self, stated, received, spent, desc):
        self.add("balance_mismatch", consistent(stated, val(received) - val(spent)), desc)

    def average(self, stated, items, desc, divisor=None, unit_scale=Dec(1)):
        n = Dec(divisor) if divisor is not None else Dec(len(items))
        mean = sum(val(i) for i in items) * unit_scale / n
        self.add("average_mismatch", consistent(stated, mean), desc)

    def equal(self, a, b, desc):
        self.add("conflicting_values", same(a, b), desc)

    def grade(self, word, total, desc="grade band"):
        self.add("grade_mismatch", GRADE[word] == band(val(total)), desc)

    def percent_cap(self, stated, desc):
        self.add("implausible_rate", 0 <= val(stated) <= 100, desc)

    def year_eq(self, y, year, desc):
        self.add("year_mismatch", int(y) == year, desc)


# ----------------------------------------------------------------------------- indicators
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def direction(target):
    if re.search(r"≥|＞|>|不低于|不少于|以上|达到", target):
        return "gte"
    if re.search(r"≤|＜|<|不高于|不超过|以内|控制在", target):
        return "lte"
    return "eq"


def unit_of(s):
    if DATE.search(s):
        return "date"
    m = re.search(r"\d+(?:\.\d+)?\s*([^\d\s]*)$", s.strip())
    if not m:
        return None
    u = m.group(1).rstrip("前")
    return u


def completion(target, actual):
    T, A = val(target), val(actual)
    d = direction(target)
    if d == "lte":
        return Dec(100) if A <= T else T / A * 100
    return A / T * 100


def rule_score(target, actual, weight):
    w = val(weight)
    if unit_of(target) == "date":
        t = tuple(int(x) for x in DATE.search(target).groups())
        a = tuple(int(x) for x in DATE.search(actual).groups())
        return w if a <= t else Dec(0)
    T, A = val(target), val(actual)
    if direction(target) == "lte":
        return w if A <= T else w * T / A
    return w * min(Dec(1), A / T)


def indicator_checks(C, rows, rate_like=()):
    """rows: dicts with name, target, actual, weight, score and optionally comp."""
    for r in rows:
        ut, ua = unit_of(r["target"]), unit_of(r["actual"])
        C.add("unit_mismatch", ut == ua, f"{r['name']}: unit {ut} vs {ua}")
        s, w = val(r["score"]), val(r["weight"])
        C.add("score_exceeds_weight", Dec(0) <= s <= w, f"{r['name']}: score {s} within weight {w}")
        if r["name"] in rate_like and ua == "%":
            C.percent_cap(r["actual"], f"{r['name']}: rate ≤ 100%")
        if ut == ua and ut not in ("date", None):
            if "comp" in r:
                C.add("completion_mismatch", consistent(r["comp"], completion(r["target"], r["actual"])),
                      f"{r['name']}: completion")
            rs = rule_score(r["target"], r["actual"], r["weight"])
            ok = consistent(r["score"], rs)
            if "comp" in r and not ok:   # scores computed from the printed completion rate
                ok = consistent(r["score"], w * min(Dec(1), val(r["comp"]) / 100))
            C.add("score_rule_mismatch", ok, f"{r['name']}: score follows §5")
        elif ut == ua == "date":
            C.add("score_rule_mismatch", consistent(r["score"], rule_score(r["target"], r["actual"], r["weight"])),
                  f"{r['name']}: date indicator score")


def weights_and_scores(C, groups, exec_weight, exec_score, total_weight, total_score, label="total"):
    """groups: list of (level-1 name, stated weight or None, stated score or None, rows)."""
    W = val(exec_weight)
    S = val(exec_score)
    for name, gw, gs, rows in groups:
        ws = sum(val(r["weight"]) for r in rows)
        ss = sum(val(r["score"]) for r in rows)
        if gw is not None:
            C.add("weight_sum_mismatch", ws == val(gw), f"{name}: Σ weights {ws} = {gw}")
        if gs is not None:
            C.add("score_sum_mismatch", consistent(gs, ss), f"{name}: Σ scores {ss} = {gs}")
        W += ws
        S += ss
    C.add("weight_sum_mismatch", W == val(total_weight) == 100, f"Σ weights {W} = {total_weight} = 100")
    C.add("score_sum_mismatch", consistent(total_score, S), f"Σ scores {S} = {label} {total_score}")


def funds_block(C, t, layout, names, prefix=""):
    """MOF funds block: name | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分."""
    rows = {n: row(t, n, layout) for n in names}
    tot = rows[names[0]]
    for col, cname in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        C.sum(tot[col], [rows[n][col] for n in names[1:]], f"{prefix}funds {cname}: total = Σ components")
    for n in names:
        r = rows[n]
        C.rate(r[5], r[3], r[2], f"{prefix}funds {n}: 执行率")
        C.add("implausible_rate", val(r[3]) <= val(r[2]) or val(r[2]) == 0, f"{prefix}funds {n}: spent ≤ budget")
    r = tot
    C.add("score_rule_mismatch",
          consistent(r[6], val(r[4]) * min(Dec(1), val(r[3]) / val(r[2])))
          or consistent(r[6], val(r[4]) * min(Dec(1), val(r[5]) / 100)),
          f"{prefix}execution score")
    return rows


# ============================================================================= draft A
def check_A(t):
    C = Checks()
    Y = 2018
    L = "bar"
    # years
    C.year_eq(one(t, r"\n(\d{4})年度地震监测台网运行维护经费项目支出绩效自评报告"), Y, "title year")
    C.year_eq(one(t, r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    C.year_eq(one(t, r"(\d{4})年项目全年预算"), Y, "budget year")
    C.year_eq(one(t, r"截至(\d{4})年12月31日"), Y, "截至 year")
    C.add("year_mismatch", int(one(t, r"(\d{4})年结转资金")) == Y - 1, "incoming carry-over from the previous year")
    C.add("year_mismatch", int(one(t, r"已结转至(\d{4})年")) > Y, "carry-forward goes to a later year")
    C.add("year_mismatch", int(one(t, r"(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")
    # funds (prose)
    budget = one(t, r"项目全年预算(\d+\.\d+)万元")
    county = one(t, r"县级财政拨款(\d+\.\d+)万元（年初预算")
    county0 = one(t, r"年初预算(\d+\.\d+)万元，8月")
    added = one(t, r"追加(\d+\.\d+)万元")
    carry = one(t, r"\d{4}年结转资金(\d+\.\d+)万元")
    other = one(t, r"台站共建补助(\d+\.\d+)万元")
    received = one(t, r"实际到位(\d+\.\d+)万元")
    rrate = one(t, r"资金到位率(\d+(?:\.\d+)?%)")
    spent = one(t, r"全年支出(\d+\.\d+)万元")
    erate = one(t, r"全年支出\d+\.\d+万元，预算执行率(\d+(?:\.\d+)?%)")
    last_rate, diff = one(t, r"较\d{4}年的(\d+\.\d+)%提高(\d+\.\d+)个百分点")
    crate = one(t, r"其中县级财政拨款执行率(\d+\.\d+%)")
    approx = one(t, r"资金执行率约(\d+)%")
    bal = one(t, r"年末结余(\d+\.\d+)万元")
    comps = one(t, r"设备维修及备件采购(\d+\.\d+)万元，台站电费及专线通信费(\d+\.\d+)万元，"
                   r"巡检车辆运行及差旅费(\d+\.\d+)万元，避雷设施修复(\d+\.\d+)万元")
    per_station, ps_unit = one(t, r"每站每年(\d+(?:\.\d+)?)(元|万元)")
    n_st, comm_total = one(t, r"(\d+)个台站合计(\d+\.\d+)万元")
    C.sum(budget, [county, carry, other], "全年预算 = 县级 + 结转 + 共建补助")
    C.sum(county, [county0, added], "县级 = 年初 + 追加")
    C.rate(rrate, received, budget, "到位率")
    C.rate(erate, spent, budget, "执行率 (prose)")
    C.add("sum_mismatch", consistent(diff, val(erate) - Dec(last_rate)), "percentage-point gain over 2017")
    C.equal(approx + "%", erate, "约93% vs 执行率")
    C.balance(bal, received, spent, "结余 = 到位 − 支出")
    C.sum(spent, list(comps), "支出构成")
    C.product((comm_total, "万元"), n_st, (per_station, ps_unit), "专线通信费 = 台站数 × 每站标准")
    C.add("implausible_rate", val(spent) <= val(received) <= val(budget), "spent ≤ received ≤ budget")
    # stations
    s1, s2, s3, s_all = one(t, r"测震台(\d+)个、强震动台(\d+)个、地下流体及地电前兆台(\d+)个，共(\d+)个台站")
    C.add("sum_mismatch", val(s1) + val(s2) + val(s3) == val(s_all), "台站 9 + 5 + 3")
    # funds table
    rows = funds_block(C, t, L, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
    C.equal(budget, rows["年度资金总额"][2], "全年预算 text vs table")
    C.equal(spent, rows["年度资金总额"][3], "全年支出 text vs table")
    C.equal(erate, rows["年度资金总额"][5], "执行率 text vs table")
    C.equal(county, rows["其中：当年财政拨款"][2], "县级拨款 text vs table")
    C.equal(county0, rows["其中：当年财政拨款"][1], "县级年初 text vs table")
    C.equal(crate, rows["其中：当年财政拨款"][5], "县级执行率 text vs table")
    C.equal(carry, rows["上年结转资金"][2], "结转 text vs table")
    C.equal(other, rows["其他资金"][2], "共建补助 text vs table")
    # indicators (name | target | actual | completion | weight | score | note)
    names = [["运维台站数量", "台站巡检次数", "测震台数据连续率", "前兆观测数据有效率", "故障响应到场时间",
              "单站年均运维成本"], ["M2.0级以上地震自动速报时间", "报送震情会商意见", "台网设备完好率"],
             ["数据使用单位满意度"]]
    def ind(n):
        c = row(t, n, L)
        return {"name": n, "target": c[1], "actual": c[2], "comp": c[3], "weight": c[4], "score": c[5]}
    groups = [(g, None, None, [ind(n) for n in ns]) for g, ns in zip(["产出", "效益", "满意度"], names)]
    all_rows = [r for g in groups for r in g[3]]
    indicator_checks(C, all_rows, rate_like={"测震台数据连续率", "前兆观测数据有效率", "台网设备完好率",
                                             "数据使用单位满意度"})
    tot = row(t, "总分", L)
    tw, ts = [c for c in tot[1:] if c][:2]
    weights_and_scores(C, groups, rows["年度资金总额"][4], rows["年度资金总额"][6], tw, ts)
    prose_total = one(t, r"自评得分(\d+\.\d+)分")
    C.equal(prose_total, ts, "total text vs table")
    C.grade(one(t, r"评价等级为“(优|良|中|差)”"), prose_total)
    R = {r["name"]: r for r in all_rows}
    C.equal(one(t, r"全年共巡检台站(\d+)次"), R["台站巡检次数"]["actual"], "巡检次数 text vs table")
    C.equal(one(t, r"测震台数据连续率(\d+\.\d+)%"), R["测震台数据连续率"]["actual"], "连续率 text vs table")
    eff, gap = one(t, r"前兆观测数据有效率(\d+\.\d+)%，较目标低(\d+\.\d+)个百分点")
    C.equal(eff, R["前兆观测数据有效率"]["actual"], "有效率 text vs table")
    C.add("sum_mismatch", consistent(gap, val(R["前兆观测数据有效率"]["target"]) - val(eff)), "gap to target")
    C.equal(one(t, r"故障平均到场时间(\d+)小时"), R["故障响应到场时间"]["actual"], "到场时间 text vs table")
    avg = one(t, r"单站年均运维成本(\d+\.\d+)万元，低于")
    C.equal(avg, R["单站年均运维成本"]["actual"], "单站成本 text vs table")
    C.average(avg, [spent], "单站年均运维成本 = 支出 / 台站数", divisor=val(s_all))
    C.equal(one(t, r"震情会商意见(\d+)期，为"), R["报送震情会商意见"]["actual"], "会商意见 text vs table")
    C.equal(one(t, r"台网设备完好率(\d+\.\d+)%，略低于"), R["台网设备完好率"]["actual"], "完好率 text vs table")
    sat = one(t, r"综合满意度为(\d+(?:\.\d+)?%)")
    C.equal(sat, R["数据使用单位满意度"]["actual"], "满意度 text vs table")
    C.percent_cap(sat, "满意度 ≤ 100%")
    C.equal(s_all + "个", R["运维台站数量"]["actual"], "台站数 text vs table")
    return C


# ============================================================================= draft B
def check_B(t):
    C = Checks()
    Y = 2019
    L = "tab"
    C.year_eq(one(t, r"^隆尧县地震局(\d{4})年度防震减灾科普"), Y, "title year")
    C.year_eq(one(t, r"年度\t(\d{4})\n"), Y, "table year")
    C.year_eq(one(t, r"(\d{4})年项目预算"), Y, "budget year")
    C.add("year_mismatch", int(one(t, r"已结转至(\d{4})年")) > Y, "carry-forward to a later year")
    C.add("year_mismatch", int(one(t, r"(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")
    budget = one(t, r"年项目预算(\d+\.\d+)万元")
    c1 = one(t, r"县级财政安排(\d+\.\d+)万元")
    c2 = one(t, r"邢台市地震局补助(\d+\.\d+)万元")
    rrate = one(t, r"全部到位，到位率(\d+(?:\.\d+)?%)")
    spent = one(t, r"全年实际支出(\d+\.\d+)万元")
    erate = one(t, r"预算执行率(\d+(?:\.\d+)?%)，结余")
    bal = one(t, r"结余(\d+\.\d+)万元")
    comps = one(t, r"科普活动组织及场地布置(\d+\.\d+)万元，宣传资料印制(\d+\.\d+)万元，"
                   r"演练器材及学校演练补助(\d+\.\d+)万元，科普基地讲解员劳务和设施维护(\d+\.\d+)万元")
    C.sum(budget, [c1, c2], "预算 = 县级 + 市级")
    C.rate(rrate, budget, budget, "到位率 (全部到位)")
    C.rate(erate, spent, budget, "执行率 (prose)")
    C.balance(bal, budget, spent, "结余 = 到位 − 支出")
    C.sum(spent, list(comps), "支出结构")
    rows = funds_block(C, t, L, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
    C.add("rate_mismatch", rows["年度资金总额"][1] == rows["年度资金总额"][2], "未作调整 ⇒ 年初 = 全年")
    C.equal(budget, rows["年度资金总额"][2], "预算 text vs table")
    C.equal(spent, rows["年度资金总额"][3], "支出 text vs table")
    C.equal(erate, rows["年度资金总额"][5], "执行率 text vs table")
    names = [["科普宣传活动场次", "科普资料发放量", "组织应急疏散演练的中小学", "科普教育基地开放天数",
              "科普知识问卷合格率", "重要节点集中宣传按期完成率", "科普活动场均费用"],
             ["公众防震减灾知识知晓率", "中小学师生应急避险技能掌握率", "登记科普志愿者人数"],
             ["群众满意度"]]
    def ind(n):
        c = row(t, n, L)
        return {"name": n, "target": c[1], "actual": c[2], "comp": c[3], "weight": c[4], "score": c[5]}
    ws = one(t, r"分值分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分")
    groups = [(g, w, None, [ind(n) for n in ns]) for g, w, ns in zip(["产出", "效益", "满意度"], ws[1:], names)]
    all_rows = [r for g in groups for r in g[3]]
    indicator_checks(C, all_rows, rate_like={"科普知识问卷合格率", "重要节点集中宣传按期完成率",
                                             "公众防震减灾知识知晓率", "中小学师生应急避险技能掌握率", "群众满意度"})
    C.equal(ws[0], rows["年度资金总额"][4], "执行率分值 text vs table")
    tot = row(t, "合计", L)
    tw, ts = [c for c in tot[1:] if c][:2]
    weights_and_scores(C, groups, rows["年度资金总额"][4], rows["年度资金总额"][6], tw, ts)
    prose_total = one(t, r"自评得分(\d+(?:\.\d+)?)分")
    C.equal(prose_total, ts, "total text vs table")
    C.grade(one(t, r"评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)"), prose_total)
    R = {r["name"]: r for r in all_rows}
    n_act, avg = one(t, r"科普宣传活动(\d+)场，平均每场费用(\d+)元")
    C.equal(n_act + "场", R["科普宣传活动场次"]["actual"], "场次 text vs table")
    C.equal(avg + "元", R["科普活动场均费用"]["actual"], "场均费用 text vs table")
    C.average(avg, [comps[0]], "场均费用 = 活动经费 / 场次", divisor=val(n_act), unit_scale=Dec(10000))
    C.equal(one(t, r"明白纸共(\d+(?:\.\d+)?)万份"), R["科普资料发放量"]["actual"], "资料 text vs table")
    C.equal(one(t, r"指导全县(\d+)所中小学"), R["组织应急疏散演练的中小学"]["actual"], "学校 text vs table")
    C.equal(one(t, r"全年开放(\d+)天"), R["科普教育基地开放天数"]["actual"], "开放天数 text vs table")
    C.equal(one(t, r"登记科普志愿者(\d+)人"), R["登记科普志愿者人数"]["actual"], "志愿者 text vs table")
    C.equal(one(t, r"技能掌握率达到(\d+(?:\.\d+)?)%"), R["中小学师生应急避险技能掌握率"]["actual"], "掌握率 text vs table")
    C.equal(one(t, r"未达到(\d+)人的年度目标"), R["登记科普志愿者人数"]["target"], "志愿者目标 text vs table")
    return C


# ============================================================================= draft C
def check_C(t):
    C = Checks()
    Y = 2022
    L = "spaces"
    C.year_eq(one(t, r"\n(\d{4})年度农村民居地震安全工程"), Y, "title year")
    C.year_eq(one(t, r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    C.year_eq(one(t, r"(\d{4})年项目全年预算"), Y, "budget year")
    C.year_eq(one(t, r"表1  (\d{4})年项目资金"), Y, "表1 year")
    C.year_eq(one(t, r"截至(\d{4})年12月31日"), Y, "截至 year")
    for y in allof(t, r"结转(?:至)?(\d{4})年"):
        C.add("year_mismatch", int(y) > Y, f"carry-forward to {y}")
    C.add("year_mismatch", int(one(t, r"(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")
    # standard per household
    std, s1, s2, s3 = one(t, r"补助标准为每户(\d+(?:\.\d+)?)万元，其中中央补助(\d+(?:\.\d+)?)万元、"
                             r"省级补助(\d+(?:\.\d+)?)万元、县级配套(\d+(?:\.\d+)?)万元")
    C.sum(std, [s1, s2, s3], "每户标准 = 中央 + 省 + 县")
    C.equal(std, str(to_wan(one(t, r"每户补助(\d+)元"), "元")), "每户补助 15000元 = 1.5万元")
    tech1 = one(t, r"技术服务及质量巡查经费(\d+\.\d+)万元")
    budget, cen, prov, cty, cty_h, tech2 = one(
        t, r"全年预算(\d+\.\d+)万元：中央补助(\d+\.\d+)万元，省级补助(\d+\.\d+)万元，"
           r"县级配套(\d+\.\d+)万元（含农户补助(\d+\.\d+)万元、技术服务费(\d+\.\d+)万元）")
    plan = one(t, r"中(\d+)户存在抗震隐患")
    C.sum(budget, [cen, prov, cty], "预算 = 中央 + 省 + 县")
    C.sum(cty, [cty_h, tech2], "县级 = 农户补助 + 技术服务费")
    C.equal(tech1, tech2, "技术服务费 (two statements)")
    C.product((cen, "万元"), plan, (s1, "万元"), "中央 = 户数 × 1万元")
    C.product((prov, "万元"), plan, (s2, "万元"), "省级 = 户数 × 0.3万元")
    C.product((cty_h, "万元"), plan, (s3, "万元"), "县级农户补助 = 户数 × 0.2万元")
    spent = one(t, r"共支出(\d+\.\d+)万元")
    erate = one(t, r"共支出\d+\.\d+万元，预算执行率(\d+\.\d+%)")
    bal = one(t, r"年末结余(\d+\.\d+)万元")
    C.rate(erate, spent, budget, "执行率 (prose)")
    C.balance(bal, budget, spent, "结余 = 到位(全部) − 支出")
    # 表1
    t1 = {n: row(t, n, L) for n in ["中央补助", "省级补助", "县级配套", "合  计"]}
    for col, cname in ((1, "全年预算数"), (2, "实际到位"), (3, "实际支出")):
        C.sum(t1["合  计"][col], [t1[n][col] for n in ["中央补助", "省级补助", "县级配套"]], f"表1 {cname}")
    for n, r in t1.items():
        C.rate(r[4], r[2], r[1], f"表1 {n} 到位率")
        C.rate(r[5], r[3], r[1], f"表1 {n} 执行率")
    C.equal(cen, t1["中央补助"][1], "中央 text vs 表1")
    C.equal(prov, t1["省级补助"][1], "省级 text vs 表1")
    C.equal(cty, t1["县级配套"][1], "县级 text vs 表1")
    C.equal(budget, t1["合  计"][1], "预算 text vs 表1")
    C.equal(spent, t1["合  计"][3], "支出 text vs 表1")
    C.equal(erate, t1["合  计"][5], "执行率 text vs 表1")
    # 自评表 funds line
    f0, f1, f2, fw, fr, fs = one(t, r"年初预算数\s+(\d+\.\d+)\s+全年预算数\s+(\d+\.\d+)\s+全年执行数\s+(\d+\.\d+)"
                                    r"\s+分值\s+(\d+)\s+执行率\s+(\d+\.\d+%)\s+得分\s+(\d+\.\d+)")
    C.add("rate_mismatch", f0 == f1, "no adjustment: 年初 = 全年")
    C.rate(fr, f2, f1, "自评表 执行率")
    C.equal(f1, budget, "自评表 预算 vs text")
    C.equal(f2, spent, "自评表 执行 vs text")
    C.add("score_rule_mismatch", consistent(fs, val(fw) * min(Dec(1), val(f2) / val(f1))), "execution score")
    # towns
    towns = one(t, r"苍山西镇(\d+)户、漾江镇(\d+)户、平坡镇(\d+)户、太平乡(\d+)户、顺濞镇(\d+)户、鸡街乡(\d+)户，"
                   r"合计(\d+)户，平均每个乡镇(\d+\.\d+)户")
    C.add("sum_mismatch", sum(val(x) for x in towns[:6]) == val(towns[6]), "乡镇户数合计")
    C.average(towns[7], towns[:6], "乡镇平均户数")
    done, pct = one(t, r"全年完成改造(\d+)户，占计划的(\d+\.\d+%)")
    C.equal(done, towns[6], "完成户数 (two statements)")
    C.add("completion_mismatch", consistent(pct, val(done) / val(plan) * 100), "占计划比例")
    # indicators (name | target | actual | weight | score [| note])
    names = [["农房抗震改造户数", "农村建筑工匠培训", "竣工验收合格率", "圈梁构造柱等抗震措施落实率",
              "补助资金兑付时限", "已开工农户竣工时间", "户均补助标准"],
             ["改造农房抗震设防达标率", "受益农村人口", "抗震知识入户宣传覆盖率"], ["改造户满意度"]]
    def ind(n):
        c = row(t, n, L)
        return {"name": n, "target": c[1], "actual": c[2], "weight": c[3], "score": c[4]}
    groups = [(g, w, None, [ind(n) for n in ns]) for g, w, ns in zip(["产出", "效益", "满意度"], ["50", "30", "10"], names)]
    all_rows = [r for g in groups for r in g[3]]
    indicator_checks(C, all_rows, rate_like={"竣工验收合格率", "圈梁构造柱等抗震措施落实率", "改造农房抗震设防达标率",
                                             "抗震知识入户宣传覆盖率", "改造户满意度"})
    tot = row(t, "总分", L)
    weights_and_scores(C, groups, fw, fs, tot[1], tot[2])
    prose_total = one(t, r"综合自评得分(\d+\.\d+)分")
    C.equal(prose_total, tot[2], "total text vs table")
    C.grade(one(t, r"评价等级为(优秀|良好|中等|优|良|中|差)"), prose_total)
    R = {r["name"]: r for r in all_rows}
    C.equal(done, R["农房抗震改造户数"]["actual"], "户数 text vs table")
    C.equal(plan, R["农房抗震改造户数"]["target"], "计划户数 text vs table")
    C.equal(std, R["户均补助标准"]["actual"], "户均补助 text vs table")
    C.equal(one(t, r"受益农村人口(\d+)人；"), R["受益农村人口"]["actual"], "受益人口 text vs table")
    C.equal(one(t, r"覆盖(\d+)%的改造户"), R["抗震知识入户宣传覆盖率"]["actual"], "宣传覆盖 text vs table")
    sat = one(t, r"满意度为(\d+(?:\.\d+)?%)")
    C.equal(sat, R["改造户满意度"]["actual"], "满意度 text vs table")
    C.percent_cap(sat, "满意度 ≤ 100%")
    C.equal(one(t, r"平均(\d+)天兑付到户"), R["补助资金兑付时限"]["actual"], "兑付天数 text vs table")
    return C


# ============================================================================= draft D (prose only)
def check_D(t):
    C = Checks()
    Y = 2023
    C.year_eq(one(t, r"^伽师县地震局(\d{4})年度"), Y, "title year")
    C.year_eq(one(t, r"(\d{4})年项目全年预算"), Y, "budget year")
    C.year_eq(one(t, r"资金于(\d{4})年4月前全部到位"), Y, "到位 year")
    C.add("year_mismatch", int(one(t, r"结转至(\d{4})年")) > Y, "carry-forward to a later year")
    C.add("year_mismatch", int(one(t, r"(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")
    budget, reg, cty = one(t, r"全年预算(\d+\.\d+)万元，其中自治区财政补助(\d+\.\d+)万元、县级财政安排(\d+\.\d+)万元")
    C.sum(budget, [reg, cty], "预算 = 自治区 + 县级")
    buy, om, tr = one(t, r"终端购置安装(\d+\.\d+)万元、运行维护及通信费(\d+\.\d+)万元、培训演练(\d+\.\d+)万元")
    C.sum(budget, [buy, om, tr], "预算 = 购置 + 运维 + 培训")
    spent = one(t, r"全年实际支出(\d+\.\d+)万元")
    erate = one(t, r"预算执行率(\d+(?:\.\d+)?%)")
    C.rate(erate, spent, budget, "执行率")
    bal = one(t, r"年末结余(\d+\.\d+)万元")
    C.balance(bal, budget, spent, "结余 = 到位(全部) − 支出")
    price, punit = one(t, r"中标价为每台(\d+)(元|万元)")
    n_new = one(t, r"，(\d+)台全部完成验收并付款")
    C.product((buy, "万元"), n_new, (price, punit), "购置安装 = 台数 × 单价")
    om_sp = one(t, r"运行维护及通信费支出(\d+\.\d+)万元")
    tr_sp = one(t, r"培训演练支出(\d+\.\d+)万元")
    C.add("implausible_rate", val(om_sp) <= val(om) and val(tr_sp) <= val(tr), "component spending within component budget")
    a, b, c, n = one(t, r"学校(\d+)台、医院及乡镇卫生院(\d+)台、乡镇（街道）机关和村（社区）委员会(\d+)台")[:3] + (
        one(t, r"新装的(\d+)台终端中"),)
    C.add("sum_mismatch", val(a) + val(b) + val(c) == val(n), "终端分布合计")
    old_n, new_n, all_n = one(t, r"当年已安装(\d+)台。\d{4}年继续实施本项目，计划新装终端(\d+)台，并对新旧共(\d+)台")
    C.add("sum_mismatch", val(old_n) + val(new_n) == val(all_n), "85 + 120 = 205")
    C.equal(n, n_new, "新装台数 (two statements)")
    online = one(t, r"全年终端平均在线率(\d+\.\d+%)")
    C.percent_cap(online, "在线率 ≤ 100%")
    C.percent_cap(one(t, r"较\d{4}年的(\d+\.\d+%)"), "上年在线率 ≤ 100%")
    # weights and scores, stated in sentences
    wl1 = one(t, r"预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分")
    ew, es = one(t, r"（一）预算执行率（(\d+)分）。按前述执行情况计算，得(\d+(?:\.\d+)?)分")
    C.equal(ew, wl1[0], "执行率分值 (two statements)")
    C.add("score_rule_mismatch", consistent(es, val(ew) * min(Dec(1), val(spent) / val(budget)))
          or consistent(es, val(ew) * min(Dec(1), val(erate) / 100)), "execution score")
    items = []
    for m in re.finditer(r"（分值(\d+)分），(.*?)得(\d+(?:\.\d+)?)分", t):
        items.append((m.group(1), m.group(2), m.group(3), m.start()))
    if len(items) != 8:
        raise Structure(f"{len(items)} scored items")
    out_pos = t.index("（二）产出指标（")
    ben_pos = t.index("（三）效益指标（")
    sat_pos = t.index("（四）满意度指标（")
    out_w = one(t, r"（二）产出指标（(\d+)分）")
    ben_w = one(t, r"（三）效益指标（(\d+)分）")
    sat_w = one(t, r"（四）满意度指标（(\d+)分）")
    sat_s = one(t, r"单位满意度\d+(?:\.\d+)?%，得(\d+(?:\.\d+)?)分")
    sat_v = one(t, r"单位满意度(\d+(?:\.\d+)?%)")
    C.percent_cap(sat_v, "满意度 ≤ 100%")
    out = [i for i in items if out_pos < i[3] < ben_pos]
    ben = [i for i in items if ben_pos < i[3] < sat_pos]
    C.add("weight_sum_mismatch", sum(val(i[0]) for i in out) == val(out_w), "产出 Σ weights")
    C.add("weight_sum_mismatch", sum(val(i[0]) for i in ben) == val(ben_w), "效益 Σ weights")
    C.add("weight_sum_mismatch", [out_w, ben_w, sat_w] == list(wl1[1:]), "level-1 weights (two statements)")
    C.add("weight_sum_mismatch", sum(val(x) for x in wl1) == 100, "Σ level-1 weights = 100")
    for w, body, s, _ in items:
        C.add("score_exceeds_weight", Dec(0) <= val(s) <= val(w), f"score {s} within weight {w}")
    C.add("score_exceeds_weight", Dec(0) <= val(sat_s) <= val(sat_w), "满意度 score within weight")
    C.add("score_exceeds_weight", Dec(0) <= val(es) <= val(ew), "execution score within weight")
    full = one(t, r"（分值(\d+)分），目标不低于95%，实际为\d")
    full2 = one(t, r"（满分(\d+)分）")
    C.equal(full, full2, "满分 restated")
    total = one(t, r"综合得分(\d+(?:\.\d+)?)分")
    S = val(es) + sum(val(i[2]) for i in items) + val(sat_s)
    C.add("score_sum_mismatch", consistent(total, S), f"Σ scores {S} = {total}")
    C.grade(one(t, r"评价等级为(优秀|良好|中等|优|良|中|差)"), total)
    # score rules of the quantitative items (warning level; sanity of the clean draft)
    rules = [(r"重点场所（分值(\d+)分），目标不少于(\d+)处，实际覆盖(\d+)处，按完成比例得(\d+(?:\.\d+)?)分"),
             (r"按期完成率（分值(\d+)分），目标不低于(\d+)%，实际为(\d+(?:\.\d+)?)%，.*?得(\d+(?:\.\d+)?)分"),
             (r"知晓率（分值(\d+)分），目标不低于(\d+)%，抽样测试结果为(\d+(?:\.\d+)?)%，得(\d+(?:\.\d+)?)分")]
    for p in rules:
        w, T, A, s = one(t, p)
        C.add("score_rule_mismatch", consistent(s, val(w) * min(Dec(1), val(A) / val(T))), f"rule {p[:12]}")
    C.percent_cap(one(t, r"抽样测试结果为(\d+(?:\.\d+)?%)"), "知晓率 ≤ 100%")
    tgt_new, act_new = one(t, r"目标不少于(\d+)台，实际安装(\d+)台")
    C.equal(tgt_new, new_n, "新装目标 (two statements)")
    C.equal(act_new, n_new, "新装实际 (two statements)")
    return C


# ============================================================================= draft E
def check_E(t):
    C = Checks()
    Y = 2024
    L = "md"
    C.year_eq(one(t, r"应急管理局(\d{4})年度应急避难场所"), Y, "title year")
    C.add("year_mismatch", int(one(t, r"年中将(\d{4})年结转的")) == Y - 1, "incoming carry-over from the previous year")
    C.add("year_mismatch", int(one(t, r"已结转至(\d{4})年")) > Y, "carry-forward to a later year")
    C.add("year_mismatch", int(one(t, r"(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")
    init, reg, dist = one(t, r"年初预算(\d+\.\d+)万元，其中自治区应急管理专项资金(\d+\.\d+)万元、区级财政资金(\d+\.\d+)万元")
    carry, annual = one(t, r"年结转的(\d+\.\d+)万元并入本项目，全年预算调整为(\d+\.\d+)万元")
    carry2 = one(t, r"上年结转的(\d+\.\d+)万元为")
    C.sum(init, [reg, dist], "年初 = 自治区 + 区级")
    C.sum(annual, [init, carry], "全年 = 年初 + 结转")
    C.equal(carry, carry2, "结转 (two statements)")
    C.rate(one(t, r"资金全部到位，到位率(\d+(?:\.\d+)?%)"), annual, annual, "到位率 (全部到位)")
    spent = one(t, r"全年支出(\d+\.\d+)万元")
    erate = one(t, r"全年支出\d+\.\d+万元，预算执行率(\d+\.\d+%)")
    C.rate(erate, spent, annual, "执行率 (prose)")
    works, goods, signs = one(t, r"5处场所改造工程(\d+\.\d+)万元，应急物资采购(\d+\.\d+)万元，标识标牌制作及科普展板(\d+\.\d+)万元")
    C.sum(spent, [works, goods, signs], "支出 = 工程 + 物资 + 标识")
    sites = one(t, r"古雁岭公园(\d+\.\d+)万元、人民广场(\d+\.\d+)万元、西湖公园(\d+\.\d+)万元、"
                   r"南郊体育场(\d+\.\d+)万元、九龙山社区广场(\d+\.\d+)万元，平均每处(\d+\.\d+)万元")
    C.sum(works, list(sites[:5]), "工程 = Σ 5 处")
    C.average(sites[5], sites[:5], "平均每处")
    C.balance(one(t, r"年末结余(\d+\.\d+)万元"), annual, spent, "结余 = 到位(全部) − 支出")
    rows = funds_block(C, t, L, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
    C.equal(init, rows["年度资金总额"][1], "年初 text vs table")
    C.equal(annual, rows["年度资金总额"][2], "全年 text vs table")
    C.equal(spent, rows["年度资金总额"][3], "支出 text vs table")
    C.equal(erate, rows["年度资金总额"][5], "执行率 text vs table")
    C.equal(carry, rows["上年结转资金"][2], "结转 text vs table")
    # indicators: name | target | actual | weight | score | note
    names = [["改造提升避难场所数量", "新增有效避难面积", "储备帐篷、应急包等物资", "分项工程一次验收合格率",
              "应急物资采购入库时间", "改造工程完工时间", "标识标牌单价"],
             ["新增可容纳避难人数", "周边居民应急避险知识知晓率", "场所日常管护责任落实率"], ["周边居民满意度"]]
    def ind(n):
        c = row(t, n, L)
        return {"name": n, "target": c[1], "actual": c[2], "weight": c[3], "score": c[4]}
    sub = {g: row(t, g + "小计", L) for g in ["产出指标", "效益指标", "满意度指标"]}
    groups = []
    for g, ns in zip(["产出指标", "效益指标", "满意度指标"], names):
        cells = [c for c in sub[g][1:] if c]
        groups.append((g, cells[0], cells[1], [ind(n) for n in ns]))
    all_rows = [r for g in groups for r in g[3]]
    indicator_checks(C, all_rows, rate_like={"分项工程一次验收合格率", "周边居民应急避险知识知晓率",
                                             "场所日常管护责任落实率", "周边居民满意度"})
    ex = [c for c in row(t, "预算执行率", L)[1:] if c]
    C.equal(ex[0], rows["年度资金总额"][4], "执行率分值 (two tables)")
    C.equal(ex[1], rows["年度资金总额"][6], "执行率得分 (two tables)")
    tot = [c for c in row(t, "总分", L)[1:] if c]
    weights_and_scores(C, groups, ex[0], ex[1], tot[0], tot[1])
    # the level-1 subtotals must also add up to the total
    S = val(ex[1]) + sum(val(g[2]) for g in groups)
    C.add("score_sum_mismatch", consistent(tot[1], S), "Σ subtotals = 总分")
    W = val(ex[0]) + sum(val(g[1]) for g in groups)
    C.add("weight_sum_mismatch", W == 100, "Σ subtotal weights = 100")
    prose_total = one(t, r"自评总得分(\d+\.\d+)分")
    C.equal(prose_total, tot[1], "total text vs table")
    C.grade(one(t, r"评价等级为(优秀|良好|中等|优|良|中|差)"), prose_total)
    R = {r["name"]: r for r in all_rows}
    C.equal(one(t, r"场所新增有效避难面积(\d+\.\d+)万平方米"), R["新增有效避难面积"]["actual"], "面积 text vs table")
    C.equal(one(t, r"可容纳避难人数约(\d+\.\d+)万人"), R["新增可容纳避难人数"]["actual"], "容纳人数 text vs table")
    C.equal(one(t, r"应急包等物资共(\d+)件"), R["储备帐篷、应急包等物资"]["actual"], "物资件数 text vs table")
    C.equal(one(t, r"对城区(\d+)处避难场所进行改造"), R["改造提升避难场所数量"]["actual"], "场所数 text vs table")
    return C


DRAFTS = {
    "gs-tianzhu-taiwangyunwei-2018": check_A,
    "he-longyao-fangzhenkepu-2019": check_B,
    "yn-yangbi-nongjukangzhen-2022": check_C,
    "xj-jiashi-yujingzhongduan-2023": check_D,
    "nx-yuanzhou-binanchangsuo-2024": check_E,
}


# ============================================================================= driver
def failing(src, text):
    C = DRAFTS[src](text)
    return C, sorted({c for c, ok, _ in C.results if not ok and c not in WARNING_CODES})


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    counts = Counter()
    per_source = Counter()
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            cleans[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    if set(cleans) != set(DRAFTS):
        problems.append(f"clean drafts {sorted(cleans)} differ from {sorted(DRAFTS)}")
    for src, text in cleans.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f"{src}: clean draft has {n} characters")
        C, fails = failing(src, text)
        bad = [(c, d) for c, ok, d in C.results if not ok]
        if bad:
            problems.append(f"{src}-clean: failing checks {bad}")
        print(f"{src}-clean: {len(C.results)} checks, all pass" if not bad else f"{src}-clean: FAIL")
    for rec in labels:
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            continue
        per_source[rec["source"]] += 1
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = cleans[rec["source"]]
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: {len(exp)} expected findings")
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {e['code']}/{e['severity']}")
        counts[e["code"]] += 1
        v = e["value"]
        if text.count(v) != 1:
            problems.append(f"{rec['case']}: value {v!r} occurs {text.count(v)} times")
            continue
        # one contiguous difference, overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        c0, c1 = p, len(clean) - s
        if text == clean:
            problems.append(f"{rec['case']}: identical to the clean draft")
            continue
        if (d1 - d0) > 12 or (c1 - c0) > 12:
            problems.append(f"{rec['case']}: changed region too large ({clean[c0:c1]!r} -> {text[d0:d1]!r})")
        v0 = text.index(v)
        v1 = v0 + len(v)
        if not (v0 < max(d1, d0 + 1) and d0 < v1):
            problems.append(f"{rec['case']}: value {v!r} does not overlap the change at [{d0},{d1})")
        try:
            C, fails = failing(rec["source"], text)
        except Structure as ex:
            problems.append(f"{rec['case']}: structure: {ex}")
            continue
        if fails != [e["code"]]:
            detail = [(c, d) for c, ok, d in C.results if not ok and c not in WARNING_CODES]
            problems.append(f"{rec['case']}: failing codes {fails}, expected [{e['code']}]: {detail}")
        else:
            why = [d for c, ok, d in C.results if not ok and c == e["code"]]
            print(f"{rec['case']}: {e['code']} ({'; '.join(why)}) [{clean[c0:c1]!r} -> {text[d0:d1]!r}]")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    for src in DRAFTS:
        if per_source[src] != 6:
            problems.append(f"{src}: {per_source[src]} error cases")
    print("codes:", dict(sorted(counts.items())))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
