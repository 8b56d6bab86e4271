#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal arithmetic).

1. every label value occurs (exactly once) in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code is one of the 13 of errors.md §A and occurs at least twice;
4. the arithmetic of every clean draft is redone and all checks pass (errors and warnings);
5. the arithmetic of every error case is redone: the labelled code fails and no other error-level code fails.
Tolerance follows rules.md §8: a stated value with d decimals agrees with a computed c iff |c - v| <= 0.5*10^-d.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(BASE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"}
WARNING_CODES = {"score_rule_mismatch"}
NUM = r"(\d+(?:\.\d+)?)"
MU = r"(万元|元|亿元)"
HUNDRED = D(100)


# ----------------------------------------------------------------------------------------------- basics
def places(s):
    s = s.strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def agree(stated, computed):
    return abs(D(stated) - computed) <= tol(stated)


def same(a, b):
    return abs(D(a) - D(b)) <= max(tol(a), tol(b))


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def wan(num, unit):
    v = D(num)
    return {"万元": v, "元": v / D(10000), "亿元": v * D(10000)}[unit]


class Res:
    def __init__(self):
        self.items = []

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def failed(self, include_warnings=False):
        return [(c, m) for c, ok, m in self.items if not ok and (include_warnings or c not in WARNING_CODES)]


def m1(text, pat):
    m = re.search(pat, text)
    if not m:
        raise LookupError("pattern not found: " + pat)
    return m


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
              "差": "差", "较差": "差", "不合格": "差"}
GRADE_RE = r"(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)"


# ----------------------------------------------------------------------------------------------- checks
def c_rate(R, stated, num, den, label):
    if D(den) == 0:
        R.add("implausible_rate", stated in ("—", "-", "0", "0.00"), f"{label}: rate on a zero base, stated {stated}")
        return
    comp = D(num) / D(den) * HUNDRED
    if D(stated) > HUNDRED and comp <= HUNDRED:
        R.add("implausible_rate", False, f"{label}: stated {stated}% > 100%")
        return
    R.add("rate_mismatch", agree(stated, comp), f"{label}: {num}/{den} = {q2(comp)}%, stated {stated}%")


def c_growth(R, stated, new, old, label):
    comp = (D(new) - D(old)) / D(old) * HUNDRED
    R.add("rate_mismatch", agree(stated, comp), f"{label}: growth ({new}-{old})/{old} = {q2(comp)}%, stated {stated}%")


def c_sum(R, parts, total, label, code="sum_mismatch"):
    """parts: list of (num, unit); total: (num, unit). Rescale detection -> unit_mismatch."""
    vals = [wan(n, u) for n, u in parts]
    tv = wan(*total)
    tstr = total[0]
    if agree(tstr, sum(vals)) if total[1] == "万元" else abs(sum(vals) - tv) <= tol(tstr) / 10000:
        R.add(code, True, label)
        return
    for i in range(len(vals)):
        for k in (D(10000), D(1) / D(10000), D(10) ** 8, D(1) / D(10) ** 8):
            alt = vals[:i] + [vals[i] * k] + vals[i + 1:]
            if abs(sum(alt) - tv) <= tol(tstr):
                R.add("unit_mismatch", False, f"{label}: part {parts[i]} reconciles only after rescaling by {k}")
                return
    for k in (D(10000), D(1) / D(10000)):
        if abs(sum(vals) - tv * k) <= tol(tstr) * k:
            R.add("unit_mismatch", False, f"{label}: total {total} off by a power of ten")
            return
    R.add(code, False, f"{label}: sum {q2(sum(vals))} != {tstr}")


def c_product(R, factors, money, total, label):
    """count factors x money(num, unit) = total (num, unit, in 万元)."""
    prod = wan(*money)
    for f in factors:
        prod *= D(f)
    tv = wan(*total)
    if abs(prod - tv) <= tol(total[0]):
        R.add("sum_mismatch", True, label)
        return
    for k in (D(10000), D(1) / D(10000)):
        if abs(prod * k - tv) <= tol(total[0]):
            R.add("unit_mismatch", False, f"{label}: product {prod} reconciles only after rescaling the unit")
            return
    R.add("sum_mismatch", False, f"{label}: product {prod} != {total[0]}")


def c_avg(R, stated, items, label):
    comp = sum(D(x) for x in items) / D(len(items))
    R.add("average_mismatch", agree(stated, comp), f"{label}: mean {comp} vs stated {stated}")


def c_div(R, stated, num, den, label):
    comp = D(num) / D(den)
    R.add("average_mismatch", agree(stated, comp), f"{label}: {num}/{den} = {comp}, stated {stated}")


def c_bal(R, stated, a, b, label):
    comp = D(a) - D(b)
    R.add("balance_mismatch", agree(stated, comp), f"{label}: {a} - {b} = {comp}, stated {stated}")


def c_same(R, a, b, label):
    R.add("conflicting_values", same(a, b), f"{label}: {a} vs {b}")


def c_grade(R, total, word, label="grade"):
    R.add("grade_mismatch", GRADE_WORD[word] == grade_of(total), f"{label}: total {total} -> {grade_of(total)}, stated {word}")


def c_pct_range(R, stated, label):
    R.add("implausible_rate", D(stated) <= HUNDRED, f"{label}: {stated}%")


def c_issue_year(R, y, m, ey, label):
    ok = int(y) == ey or (int(y) == ey - 1 and int(m) == 12)
    R.add("year_mismatch", ok, f"{label}: issued {y}-{m} for the {ey} budget")


def c_carry_year(R, y, ey, label):
    R.add("year_mismatch", int(y) > ey, f"{label}: carried to {y} in the {ey} report")


def c_year_eq(R, y, ey, label):
    R.add("year_mismatch", int(y) == ey, f"{label}: {y} vs evaluation year {ey}")


def c_report_date(R, text, ey):
    m = re.search(r"(\d{4})年\d{1,2}月(?:\d{1,2}日)?\s*$", text)
    if m:
        R.add("year_mismatch", int(m.group(1)) >= ey, f"report dated {m.group(1)}")


# ----------------------------------------------------------------------------------------------- tables
def tables(text):
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append(line)
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in b]
        rows = [r for r in rows if not all(re.fullmatch(r":?-{3,}:?", c) for c in r)]
        out.append(rows)
    return out


def table_with(text, key):
    for t in tables(text):
        if any(key in h for h in t[0]):
            return t
    raise LookupError("table not found: " + key)


def col(header, *names):
    for n in names:
        for i, h in enumerate(header):
            if h == n:
                return i
    for n in names:
        for i, h in enumerate(header):
            if h.startswith(n):
                return i
    return None


def trow(t, first):
    for r in t[1:]:
        if r[0] == first:
            return r
    raise LookupError("row not found: " + first)


def pnum(cell):
    m = re.search(NUM, cell)
    return m.group(1) if m else None


DIRS = [("≥", "gte"), ("≤", "lte"), (">=", "gte"), ("<=", "lte"), ("＞", "gte"), ("＜", "lte"), ("=", "eq")]


def parse_cell(s):
    s = s.strip()
    d = None
    for sym, name in DIRS:
        if s.startswith(sym):
            d, s = name, s[len(sym):].strip()
            break
    for w, name in (("不低于", "gte"), ("不少于", "gte"), ("达到", "gte"), ("不超过", "lte"), ("不高于", "lte")):
        if s.startswith(w):
            d, s = name, s[len(w):].strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return {"date": True}
    m = re.fullmatch(NUM + r"\s*(.*)", s)
    if not m:
        return None
    unit = m.group(2).strip()
    if unit.endswith("以上"):
        d, unit = "gte", unit[:-2]
    elif unit.endswith("以内"):
        d, unit = "lte", unit[:-2]
    return {"dir": d or "eq", "num": m.group(1), "val": D(m.group(1)), "unit": unit}


def indicator_table(text):
    t = table_with(text, "三级指标")
    h = t[0]
    ix = dict(l1=col(h, "一级指标"), l2=col(h, "二级指标"), l3=col(h, "三级指标"),
              tg=col(h, "年度指标值", "目标值"), ac=col(h, "实际完成值", "实际值"), cr=col(h, "完成率"),
              w=col(h, "分值", "权重"), s=col(h, "得分"), dr=col(h, "指标性质"), mu=col(h, "度量单位"))
    groups, total, cur = [], None, None
    for r in t[1:]:
        if r[ix["l1"]] in ("合计", "总分", "总计"):
            total = r
            continue
        if "小计" in (r[ix["l1"]], r[ix["l2"]]):
            cur["sub"] = r
            continue
        if r[ix["l1"]] and (cur is None or r[ix["l1"]] != cur["name"]):
            cur = {"name": r[ix["l1"]], "rows": [], "sub": None}
            groups.append(cur)
        cur["rows"].append(r)
    return ix, groups, total


def ind(text, name):
    """Row of the indicator table by 三级指标 name -> dict of raw cells and parsed target/actual."""
    ix, groups, _ = indicator_table(text)
    for g in groups:
        for r in g["rows"]:
            if r[ix["l3"]] == name:
                return {"target": r[ix["tg"]], "actual": r[ix["ac"]], "w": r[ix["w"]], "s": r[ix["s"]],
                        "tnum": pnum(r[ix["tg"]]), "anum": pnum(r[ix["ac"]])}
    raise LookupError("indicator not found: " + name)


def ind_total(text):
    ix, _, total = indicator_table(text)
    return total[ix["s"]]


def ind_level_score(text, level):
    ix, groups, _ = indicator_table(text)
    for g in groups:
        if g["name"] == level:
            return g["sub"][ix["s"]] if g["sub"] else g["rows"][0][ix["s"]]
    raise LookupError(level)


def completion(direction, T, A):
    if direction == "lte":
        return HUNDRED if A <= T else T / A * HUNDRED
    return A / T * HUNDRED


def rule_score(direction, T, A, w):
    if direction == "lte":
        return w if A <= T else w * T / A
    return w if A >= T else w * A / T


def indicator_checks(text, R):
    ix, groups, total = indicator_table(text)
    gw, gs = [], []
    for g in groups:
        sw = sum(D(r[ix["w"]]) for r in g["rows"])
        ss = sum(D(r[ix["s"]]) for r in g["rows"])
        if g["sub"]:
            sub_w, sub_s = g["sub"][ix["w"]], g["sub"][ix["s"]]
            R.add("weight_sum_mismatch", agree(sub_w, sw), f"{g['name']}: rows weigh {sw}, 小计 {sub_w}")
            R.add("score_sum_mismatch", agree(sub_s, ss), f"{g['name']}: rows score {ss}, 小计 {sub_s}")
            gw.append(D(sub_w))
            gs.append(D(sub_s))
        else:
            gw.append(sw)
            gs.append(ss)
        for r in g["rows"]:
            name, w, s = r[ix["l3"]], D(r[ix["w"]]), D(r[ix["s"]])
            R.add("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {s} vs weight {w}")
            row_checks(R, ix, r, name, w, s)
    tw, ts = total[ix["w"]], total[ix["s"]]
    R.add("weight_sum_mismatch", agree(tw, sum(gw)) and D(tw) == HUNDRED, f"weights {sum(gw)}, 合计 {tw}")
    R.add("score_sum_mismatch", agree(ts, sum(gs)), f"scores {sum(gs)}, 合计 {ts}")


def row_checks(R, ix, r, name, w, s):
    T, A = parse_cell(r[ix["tg"]]), parse_cell(r[ix["ac"]])
    if ix["dr"] is not None and r[ix["dr"]] == "定性":
        T = None
    if T and T.get("date"):
        if A and not A.get("date") and A["unit"] == "%":
            R.add("unit_mismatch", False, f"{name}: date target, percent actual")
        return
    if T is None or A is None or A.get("date"):
        # qualitative: achieved band [80%, 100%] of the weight
        R.add("score_rule_mismatch", w * D("0.8") <= s <= w, f"{name}: qualitative score {s} of {w}")
        return
    if ix["mu"] is not None:
        T["unit"] = T["unit"] or r[ix["mu"]]
        A["unit"] = A["unit"] or r[ix["mu"]]
        dsym = r[ix["dr"]]
        T["dir"] = {"≥": "gte", "≤": "lte", "=": "eq"}.get(dsym, T["dir"])
    if T["unit"] != A["unit"]:
        R.add("unit_mismatch", False, f"{name}: target unit {T['unit']} vs actual unit {A['unit']}")
        return
    R.add("unit_mismatch", True, name)
    if A["unit"] == "%":
        R.add("implausible_rate", A["val"] <= HUNDRED, f"{name}: actual {A['num']}%")
    comp = completion(T["dir"], T["val"], A["val"])
    stated_c = None
    if ix["cr"] is not None and pnum(r[ix["cr"]]):
        stated_c = pnum(r[ix["cr"]])
        R.add("completion_mismatch", agree(stated_c, comp), f"{name}: completion {q2(comp)}%, stated {stated_c}%")
    exp = rule_score(T["dir"], T["val"], A["val"], w)
    ok = agree(r[ix["s"]], exp) or (stated_c is not None and agree(r[ix["s"]], w * min(D(stated_c), HUNDRED) / HUNDRED))
    R.add("score_rule_mismatch", ok, f"{name}: rule score {q2(exp)}, stated {s}")


def funds_table_checks(R, t, cols, label):
    """cols: (initial, annual, spent, rate) column names; rows before 合计 are components."""
    h = t[0]
    ci, ca, cs, cr = (col(h, c) for c in cols)
    rows = [r for r in t[1:] if r[0] != "合计"]
    tot = trow(t, "合计")
    for r in rows + [tot]:
        c_rate(R, pnum(r[cr]) or r[cr], r[cs], r[ca], f"{label} {r[0]} 执行率")
    for c in (ci, ca, cs):
        c_sum(R, [(r[c], "万元") for r in rows], (tot[c], "万元"), f"{label} column {h[c]}")
    return h, rows, tot


# ----------------------------------------------------------------------------------------------- projects
def chk_qimen(T, R):
    ey = 2019
    c_year_eq(R, m1(T, r"\n(\d{4})年度祁门县").group(1), ey, "title")
    m = m1(T, r"本项目预算" + NUM + r"万元，其中中央免费开放补助资金" + NUM + r"万元、县级配套资金" + NUM + r"万元")
    init, central, county = m.groups()
    c_sum(R, [(central, "万元"), (county, "万元")], (init, "万元"), "年初预算")
    m = m1(T, r"追加补助" + NUM + r"万元，调整后全年预算为" + NUM + r"万元")
    prov, annual = m.groups()
    c_sum(R, [(init, "万元"), (prov, "万元")], (annual, "万元"), "全年预算")
    m = m1(T, r"到位资金" + NUM + r"万元，到位率" + NUM + r"%")
    c_rate(R, m.group(2), m.group(1), annual, "到位率")
    c_same(R, m.group(1), annual, "到位 = 全年")
    m = m1(T, r"全年共计支出" + NUM + r"万元，其中展品维护维修" + NUM + MU + r"，科普活动及临时展览" + NUM + MU
           + r"，讲解员劳务补助" + NUM + MU + r"（聘用讲解员(\d+)名，每人每月" + NUM + MU + r"），水电、物业等运行费用"
           + NUM + MU + r"，宣传资料印制" + NUM + MU + r"，预算执行率" + NUM + r"%")
    g = m.groups()
    spent = g[0]
    c_sum(R, [(g[1], g[2]), (g[3], g[4]), (g[5], g[6]), (g[10], g[11]), (g[12], g[13])], (spent, "万元"), "支出构成")
    c_product(R, [g[7], 12], (g[8], g[9]), (g[5], g[6]), "讲解员劳务")
    c_rate(R, g[14], spent, annual, "预算执行率")
    maint = g[1]
    m = m1(T, r"县级配套资金支出" + NUM + r"万元，执行率" + NUM + r"%")
    c_rate(R, m.group(2), m.group(1), county, "县级执行率")
    c_sum(R, [(central, "万元"), (prov, "万元"), (m.group(1), "万元")], (spent, "万元"), "分来源支出")
    cspent = m.group(1)
    m = m1(T, r"尚未支出的" + NUM + r"万元均为县级配套资金，已按规定结转至(\d{4})年")
    c_bal(R, m.group(1), annual, spent, "结余")
    c_bal(R, m.group(1), county, cspent, "县级结余")
    c_carry_year(R, m.group(2), ey, "结转")
    m = m1(T, r"接待观众" + NUM + r"万人次，比(\d{4})年的" + NUM + r"万人次同比增长" + NUM + r"%")
    vis, py, pv, gr = m.groups()
    c_growth(R, gr, vis, pv, "到馆观众同比")
    R.add("year_mismatch", int(py) == ey - 1, "上年 year")
    m = m1(T, r"青少年观众" + NUM + r"万人次，占" + NUM + r"%")
    c_rate(R, m.group(2), m.group(1), vis, "青少年占比")
    c_same(R, m.group(2), ind(T, "青少年观众占比")["anum"], "青少年占比 text/table")
    m = m1(T, r"发放观众问卷(\d+)份，收回有效问卷(\d+)份，有效率" + NUM + r"%")
    c_rate(R, m.group(3), m.group(2), m.group(1), "问卷有效率")
    c_same(R, vis, ind(T, "接待观众人次")["anum"], "观众 text/table")
    c_same(R, maint, ind(T, "展品维护维修费用")["anum"], "维修费 text/table")
    c_same(R, g[14], ind(T, "预算执行率")["anum"], "执行率 text/table")
    c_same(R, m1(T, r"观众满意度" + NUM + r"%，意见").group(1), ind(T, "观众满意度")["anum"], "满意度 text/table")
    m = m1(T, r"举办科普活动(\d+)场、临时展览(\d+)期，送科普进校园(\d+)场")
    for v, n in zip(m.groups(), ("举办科普活动", "举办临时展览", "科普进校园")):
        c_same(R, v, ind(T, n)["anum"], n + " text/table")
    m = m1(T, r"自评得分" + NUM + r"分，综合评价等级为" + GRADE_RE)
    c_grade(R, m.group(1), m.group(2))
    c_same(R, m.group(1), ind_total(T), "总分 text/table")
    m = m1(T, r"分别得分" + NUM + r"分、" + NUM + r"分、" + NUM + r"分和" + NUM + r"分")
    for v, lv in zip(m.groups(), ("预算执行", "产出指标", "效益指标", "满意度指标")):
        c_same(R, v, ind_level_score(T, lv), lv + " text/table")
    c_report_date(R, T, ey)


def chk_ganzi(T, R):
    ey = 2018
    c_year_eq(R, m1(T, r"\n(\d{4})年度中国流动科技馆").group(1), ey, "title")
    m = m1(T, r"项目资金总额" + NUM + r"万元，其中财政资金" + NUM + r"万元（中央转移支付资金" + NUM + r"万元，州级配套资金" + NUM + r"万元）")
    total, fiscal, central, pref = m.groups()
    c_sum(R, [(central, "万元"), (pref, "万元")], (fiscal, "万元"), "财政资金")
    c_same(R, fiscal, total, "总额 = 财政资金 (其他来源为0)")
    c_year_eq(R, m1(T, r"中央资金由省科协于(\d{4})年").group(1), ey, "中央资金下达")
    m = m1(T, r"项目资金全部到位，到位率" + NUM + r"%")
    c_rate(R, m.group(1), total, total, "到位率")
    m = m1(T, r"截至(\d{4})年12月31日，项目共支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    c_year_eq(R, m.group(1), ey, "截至")
    spent, rate = m.group(2), m.group(3)
    c_rate(R, rate, spent, total, "预算执行率")
    m = m1(T, r"展品运输及布撤展费用" + NUM + MU + r"（(\d+)站，每站按" + NUM + r"万元包干）；讲解及志愿服务补助" + NUM + MU
           + r"（聘用讲解员(\d+)名，每人每月补助" + NUM + MU + r"，按(\d+)个月计）；展品维护及保险费" + NUM + MU
           + r"；宣传及开幕活动费" + NUM + MU)
    g = m.groups()
    c_sum(R, [(g[0], g[1]), (g[4], g[5]), (g[10], g[11]), (g[12], g[13])], (spent, "万元"), "支出构成")
    c_product(R, [g[2]], (g[3], "万元"), (g[0], g[1]), "运输包干")
    c_product(R, [g[6], g[9]], (g[7], g[8]), (g[4], g[5]), "讲解补助")
    c_same(R, g[3], ind(T, "每站运输及布撤展费用")["anum"], "每站费用 text/table")
    nstops = g[2]
    m = m1(T, r"中央资金" + NUM + r"万元已全部支出，执行率" + NUM + r"%")
    c_rate(R, m.group(2), m.group(1), central, "中央执行率")
    m2 = m1(T, r"州级配套资金支出" + NUM + r"万元，执行率" + NUM + r"%")
    c_rate(R, m2.group(2), m2.group(1), pref, "州级执行率")
    c_sum(R, [(m.group(1), "万元"), (m2.group(1), "万元")], (spent, "万元"), "分来源支出")
    bal = m1(T, r"年末结余" + NUM + r"万元").group(1)
    c_bal(R, bal, total, spent, "结余")
    c_bal(R, bal, pref, m2.group(1), "州级结余")
    c_carry_year(R, m1(T, r"已结转(\d{4})年").group(1), ey, "结转")
    m = m1(T, r"累计接待观众" + NUM + r"万人次，较(\d{4})年(\d+)站接待的" + NUM + r"万人次增长" + NUM + r"%")
    vis = m.group(1)
    c_growth(R, m.group(5), vis, m.group(4), "观众增长")
    R.add("year_mismatch", int(m.group(2)) == ey - 1, "上年 year")
    m = m1(T, r"各站接待观众分别为：(.*?)，平均每站" + NUM + r"万人次")
    items = re.findall(NUM + r"万人次", m.group(1))
    R.add("sum_mismatch", len(items) == int(nstops), "站点数")
    c_sum(R, [(x, "万元") for x in items], (vis, "万元"), "各站观众合计")
    c_avg(R, m.group(2), items, "平均每站观众")
    c_same(R, vis, ind(T, "累计接待观众")["anum"], "观众 text/table")
    m = m1(T, r"其中青少年学生" + NUM + r"万人次，比目标多" + NUM + r"%")
    yt = ind(T, "受益青少年学生")
    c_same(R, m.group(1), yt["anum"], "青少年 text/table")
    dev = (D(m.group(1)) - D(yt["tnum"])) / D(yt["tnum"]) * HUNDRED
    R.add("completion_mismatch", agree(m.group(2), dev), f"青少年超目标 {dev}%")
    c_same(R, m1(T, r"等活动(\d+)场").group(1), ind(T, "配套科普活动")["anum"], "活动 text/table")
    m = m1(T, r"农牧区的观众" + NUM + r"万人次，占" + NUM + r"%，未达到" + NUM + r"%的目标")
    c_rate(R, m.group(2), m.group(1), vis, "农牧区占比")
    c_same(R, m.group(2), ind(T, "农牧区观众占比")["anum"], "农牧区 text/table")
    c_same(R, m.group(3), ind(T, "农牧区观众占比")["tnum"], "农牧区目标 text/table")
    c_same(R, m1(T, r"全年展品完好率" + NUM + r"%").group(1), ind(T, "展品完好率")["anum"], "完好率 text/table")
    m = m1(T, r"学生问卷满意率" + NUM + r"%，带队教师问卷满意率" + NUM + r"%")
    c_pct_range(R, m.group(1), "学生满意率")
    c_pct_range(R, m.group(2), "教师满意率")
    c_same(R, rate, ind(T, "预算执行率")["anum"], "执行率 text/table")
    m = m1(T, r"项目综合得分" + NUM + r"分，评价等级为" + GRADE_RE)
    c_grade(R, m.group(1), m.group(2))
    c_same(R, m.group(1), ind_total(T), "总分 text/table")
    c_report_date(R, T, ey)


def chk_zhuolu(T, R):
    ey = 2023
    c_year_eq(R, m1(T, r"科学技术协会(\d{4})年度部门整体").group(1), ey, "title")
    ft = table_with(T, "资金来源")
    h, rows, tot = funds_table_checks(R, ft, ("年初预算数", "全年预算数", "全年执行数", "执行率"), "部门资金")
    ci, ca, cs, cr = (col(h, c) for c in ("年初预算数", "全年预算数", "全年执行数", "执行率"))
    cur = trow(ft, "当年财政拨款")
    add = m1(T, r"年中追加预算" + NUM + r"万元").group(1)
    c_sum(R, [(cur[ci], "万元"), (add, "万元")], (cur[ca], "万元"), "年初 + 追加 = 全年")
    m = m1(T, r"全年支出共计" + NUM + r"万元，其中基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM + r"万元），项目支出" + NUM + r"万元")
    spent, basic, staff, office, proj = m.groups()
    c_sum(R, [(basic, "万元"), (proj, "万元")], (spent, "万元"), "基本 + 项目")
    c_sum(R, [(staff, "万元"), (office, "万元")], (basic, "万元"), "人员 + 公用")
    c_same(R, spent, tot[cs], "支出 text/table")
    pt = table_with(T, "项目名称")
    ph = pt[0]
    pa, ps, pr, psc = col(ph, "全年预算数"), col(ph, "全年执行数"), col(ph, "执行率"), col(ph, "自评得分")
    prows = [r for r in pt[1:] if r[0] != "合计"]
    ptot = trow(pt, "合计")
    for r in prows + [ptot]:
        c_rate(R, pnum(r[pr]), r[ps], r[pa], f"{r[0]} 执行率")
    for c in (pa, ps):
        c_sum(R, [(r[c], "万元") for r in prows], (ptot[c], "万元"), f"项目表 {ph[c]}")
    for r in prows:
        R.add("score_exceeds_weight", D(0) <= D(r[psc]) <= HUNDRED, f"{r[0]} score {r[psc]} of 100")
    c_same(R, proj, ptot[ps], "项目支出 text/table")
    m = m1(T, r"截至(\d{4})年12月31日，尚未支出" + NUM + r"万元，其中项目支出" + NUM + r"万元、基本支出" + NUM + r"万元，已按规定结转至(\d{4})年")
    c_year_eq(R, m.group(1), ey, "截至")
    c_bal(R, m.group(2), tot[ca], tot[cs], "部门结转")
    c_sum(R, [(m.group(3), "万元"), (m.group(4), "万元")], (m.group(2), "万元"), "结转构成")
    c_bal(R, m.group(3), ptot[pa], ptot[ps], "项目结转")
    c_carry_year(R, m.group(5), ey, "结转")
    m = m1(T, r"“三公”经费支出" + NUM + r"万元.*?控制在年初预算" + NUM + r"万元以内")
    c_same(R, m.group(1), ind(T, "“三公”经费支出")["anum"], "三公 text/table")
    c_same(R, m.group(2), ind(T, "“三公”经费支出")["tnum"], "三公预算 text/table")
    m = m1(T, r"中央补助资金" + NUM + r"万元于(\d{4})年(\d+)月")
    c_same(R, m.group(1), trow(pt, "县科技馆免费开放运行")[pa], "免费开放补助 text/table")
    c_issue_year(R, m.group(2), m.group(3), ey, "中央补助下达")
    m = m1(T, r"全年开馆(\d+)天，接待到馆观众" + NUM + r"万人次，同比增长" + NUM + r"%（(\d{4})年为" + NUM + r"万人次）")
    c_growth(R, m.group(3), m.group(2), m.group(5), "到馆观众同比")
    R.add("year_mismatch", int(m.group(4)) == ey - 1, "上年 year")
    c_same(R, m.group(1), ind(T, "科技馆免费开放天数")["anum"], "开馆天数 text/table")
    c_same(R, m.group(2), ind(T, "到馆观众")["anum"], "观众 text/table")
    m = m1(T, r"设(\d+)个站点，接待观众分别为" + NUM + r"万人次、" + NUM + r"万人次和" + NUM + r"万人次，平均每站" + NUM + r"万人次")
    c_avg(R, m.group(5), [m.group(2), m.group(3), m.group(4)], "平均每站观众")
    c_same(R, m.group(1), ind(T, "流动科技馆巡展站点")["anum"], "站点 text/table")
    nst = m.group(1)
    m = m1(T, r"巡展接待经费" + NUM + r"万元，平均每站" + NUM + r"万元")
    c_div(R, m.group(2), m.group(1), nst, "平均每站经费")
    c_same(R, m.group(1), trow(pt, "流动科技馆巡展接待")[ps], "巡展经费 text/table")
    c_same(R, m1(T, r"建成科普示范村(\d+)个").group(1), ind(T, "新建科普示范村")["anum"], "示范村 text/table")
    act = ind(T, "科普日、科技周等主题活动")
    over = m1(T, r"超目标" + NUM + r"%").group(1)
    R.add("completion_mismatch", agree(over, (D(act["anum"]) - D(act["tnum"])) / D(act["tnum"]) * HUNDRED), "超目标")
    c_same(R, ind(T, "部门预算执行率")["anum"], pnum(tot[cr]), "执行率 table/table")
    m = m1(T, r"部门整体支出自评得分" + NUM + r"分，评价等级为" + GRADE_RE)
    c_grade(R, m.group(1), m.group(2))
    c_same(R, m.group(1), ind_total(T), "总分 text/table")
    c_report_date(R, T, ey)


def chk_chifeng(T, R):
    ey = 2024
    c_year_eq(R, m1(T, r"科学技术馆(\d{4})年度免费开放").group(1), ey, "title")
    m = m1(T, r"年初预算" + NUM + r"万元，其中中央财政免费开放补助资金" + NUM + r"万元（已于(\d{4})年(\d+)月提前下达）、市级配套资金"
           + NUM + r"万元；(\d+)月，自治区科协追加补助资金" + NUM + r"万元，全年预算" + NUM + r"万元，实际到位" + NUM + r"万元")
    init, central, y, mo, city, _, reg, annual, recv = m.groups()
    c_sum(R, [(central, "万元"), (city, "万元")], (init, "万元"), "年初预算")
    c_sum(R, [(init, "万元"), (reg, "万元")], (annual, "万元"), "全年预算")
    c_issue_year(R, y, mo, ey, "中央补助下达")
    ft = table_with(T, "资金来源")
    h, rows, tot = funds_table_checks(R, ft, ("年初预算数", "全年预算数", "全年执行数", "执行率"), "资金表")
    ci, ca, cs, cr = (col(h, c) for c in ("年初预算数", "全年预算数", "全年执行数", "执行率"))
    c_same(R, central, trow(ft, "中央补助资金")[ca], "中央 text/table")
    c_same(R, city, trow(ft, "市级配套资金")[ca], "市级 text/table")
    c_same(R, reg, trow(ft, "自治区补助资金")[ca], "自治区 text/table")
    c_same(R, init, tot[ci], "年初 text/table")
    c_same(R, annual, tot[ca], "全年 text/table")
    m = m1(T, r"全年共计支出" + NUM + r"万元，其中：常设展厅展品维护更新" + NUM + MU + r"，科普教育活动及临时展览" + NUM + MU
           + r"，讲解及志愿服务" + NUM + MU + r"（讲解员(\d+)名，全年每人每月补助" + NUM + MU + r"），场馆水电暖及物业"
           + NUM + MU + r"，宣传推广" + NUM + MU)
    g = m.groups()
    spent = g[0]
    c_sum(R, [(g[1], g[2]), (g[3], g[4]), (g[5], g[6]), (g[10], g[11]), (g[12], g[13])], (spent, "万元"), "支出构成")
    c_product(R, [g[7], 12], (g[8], g[9]), (g[5], g[6]), "讲解补助")
    c_same(R, spent, tot[cs], "支出 text/table")
    m = m1(T, r"年末结余" + NUM + r"万元，.*?结转至(\d{4})年")
    c_bal(R, m.group(1), recv, spent, "结余")
    c_carry_year(R, m.group(2), ey, "结转")
    m = m1(T, r"全年开馆(\d+)天，接待到馆观众" + NUM + r"万人次，同比增长" + NUM + r"%（(\d{4})年为" + NUM + r"万人次）")
    days, vis = m.group(1), m.group(2)
    c_growth(R, m.group(3), vis, m.group(5), "观众同比")
    R.add("year_mismatch", int(m.group(4)) == ey - 1, "上年 year")
    c_same(R, days, ind(T, "免费开放天数")["anum"], "天数 text/table")
    c_same(R, vis, ind(T, "到馆观众人次")["anum"], "观众 text/table")
    m = m1(T, r"其中中小学生" + NUM + r"万人次，占" + NUM + r"%")
    c_rate(R, m.group(2), m.group(1), vis, "中小学生占比")
    c_same(R, m.group(2), ind(T, "中小学生观众占比")["anum"], "占比 text/table")
    m = m1(T, r"开展科普教育活动(\d+)场，其中科学表演(\d+)场、科普讲座(\d+)场、主题科普活动(\d+)场")
    c_sum(R, [(m.group(i), "万元") for i in (2, 3, 4)], (m.group(1), "万元"), "活动构成")
    c_same(R, m.group(1), ind(T, "科普教育活动场次")["anum"], "活动 text/table")
    c_same(R, m1(T, r"与(\d+)所中小学").group(1), ind(T, "馆校合作学校")["anum"], "馆校 text/table")
    m = m1(T, r"展品完好率" + NUM + r"%，比年度目标低" + NUM + r"个百分点")
    it = ind(T, "展品完好率")
    c_same(R, m.group(1), it["anum"], "完好率 text/table")
    R.add("rate_mismatch", agree(m.group(2), D(it["tnum"]) - D(m.group(1))), "百分点差")
    c_same(R, m1(T, r"平均修复时间(\d+)小时").group(1), ind(T, "故障展品修复时限")["anum"], "修复 text/table")
    cost = m1(T, r"单位观众服务成本为" + NUM + r"元/人次").group(1)
    c_div(R, cost, wan(spent, "万元"), D(vis), "单位观众成本(元/人次)")
    c_same(R, cost, ind(T, "单位观众服务成本")["anum"], "成本 text/table")
    tot_ex = m1(T, r"常设展品(\d+)件").group(1)
    m = m1(T, r"更新改造展品(\d+)件（套），展品更新率" + NUM + r"%")
    c_rate(R, m.group(2), m.group(1), tot_ex, "展品更新率")
    c_same(R, m.group(2), ind(T, "展品更新率")["anum"], "更新率 text/table")
    m = m1(T, r"覆盖(.*?)(\d+)个旗县区")
    names = [x for x in m.group(1).split("、") if x]
    R.add("sum_mismatch", len(names) == int(m.group(2)), "旗县区 count")
    c_same(R, m.group(2), ind(T, "科普辐射旗县区")["anum"], "旗县 text/table")
    m = m1(T, r"综合满意度" + NUM + r"%，其中中小学生群体满意率" + NUM + r"%，成人观众满意率" + NUM + r"%")
    for i in (1, 2, 3):
        c_pct_range(R, m.group(i), "满意率")
    c_same(R, m.group(1), ind(T, "观众满意度")["anum"], "满意度 text/table")
    c_same(R, ind(T, "预算执行率")["anum"], pnum(tot[cr]), "执行率 table/table")
    m = m1(T, r"本项目自评得分" + NUM + r"分，评价等级为“" + GRADE_RE + r"”")
    c_grade(R, m.group(1), m.group(2))
    c_same(R, m.group(1), ind_total(T), "总分 text/table")
    c_same(R, m1(T, r"全年服务到馆观众" + NUM + r"万人次").group(1), vis, "结论观众 vs 正文")
    c_report_date(R, T, ey)


def days_between(a, b, year):
    import datetime
    ma, mb = re.fullmatch(r"(\d+)月(\d+)日", a), re.fullmatch(r"(\d+)月(\d+)日", b)
    da = datetime.date(year, int(ma.group(1)), int(ma.group(2)))
    db = datetime.date(year, int(mb.group(1)), int(mb.group(2)))
    return (db - da).days + 1


def chk_wenshan(T, R):
    ey = 2021
    c_year_eq(R, m1(T, r"\n(\d{4})年度中国流动科技馆").group(1), ey, "title")
    ft = table_with(T, "资金来源")
    h, rows, tot = funds_table_checks(R, ft, ("年初预算数", "全年预算数", "全年执行数", "执行率"), "资金表")
    ci, ca, cs, cr = (col(h, c) for c in ("年初预算数", "全年预算数", "全年执行数", "执行率"))
    m = m1(T, r"中央补助资金" + NUM + r"万元由省科协于(\d{4})年(\d+)月提前下达，省级补助资金" + NUM + r"万元于(\d{4})年(\d+)月下达；州级配套资金年初安排"
           + NUM + r"万元，(\d+)月追加" + NUM + r"万元")
    cen, y1, m1_, prov, y2, m2_, pinit, _, padd = m.groups()
    c_issue_year(R, y1, m1_, ey, "中央下达")
    c_issue_year(R, y2, m2_, ey, "省级下达")
    c_same(R, cen, trow(ft, "中央补助（中国流动科技馆项目）")[ca], "中央 text/table")
    c_same(R, prov, trow(ft, "省级补助")[ca], "省级 text/table")
    pr = trow(ft, "州级配套")
    c_same(R, pinit, pr[ci], "州级年初 text/table")
    c_sum(R, [(pinit, "万元"), (padd, "万元")], (pr[ca], "万元"), "州级 年初 + 追加")
    m = m1(T, r"全年共计支出" + NUM + r"万元，其中站点运输、布撤展及场地费" + NUM + MU + r"，讲解员补助" + NUM + MU
           + r"（每站配备讲解员(\d+)名，每人每天补助" + NUM + MU + r"，全年展出(\d+)天），讲解员培训" + NUM + MU
           + r"，展品维修及保险" + NUM + MU + r"，宣传及配套科普活动" + NUM + MU)
    g = m.groups()
    spent = g[0]
    c_sum(R, [(g[1], g[2]), (g[3], g[4]), (g[9], g[10]), (g[11], g[12]), (g[13], g[14])], (spent, "万元"), "支出构成")
    c_product(R, [g[5], g[8]], (g[6], g[7]), (g[3], g[4]), "讲解员补助")
    c_same(R, spent, tot[cs], "支出 text/table")
    site_cost, guide_days = g[1], g[8]
    m = m1(T, r"年末结余" + NUM + r"万元，均为州级配套资金.*?结转至(\d{4})年")
    c_bal(R, m.group(1), tot[ca], tot[cs], "结余")
    c_bal(R, m.group(1), pr[ca], pr[cs], "州级结余")
    c_carry_year(R, m.group(2), ey, "结转")
    st = table_with(T, "巡展站点")
    sh = st[0]
    sp, sd, sv, sc, ss = (col(sh, c) for c in ("展期", "展出天数", "接待观众", "站点经费", "考核得分"))
    srows = [r for r in st[1:] if r[0] != "合计"]
    stot = trow(st, "合计")
    for r in srows:
        a, b = r[sp].split("—")
        R.add("sum_mismatch", days_between(a, b, ey) == int(r[sd]), f"{r[0]} days {r[sd]}")
        R.add("score_exceeds_weight", D(0) <= D(r[ss]) <= HUNDRED, f"{r[0]} score {r[ss]} of 100")
    for c in (sd, sv, sc):
        c_sum(R, [(r[c], "万元") for r in srows], (stot[c], "万元"), f"站点表 {sh[c]}")
    c_same(R, site_cost, stot[sc], "站点经费 text/table")
    c_same(R, guide_days, stot[sd], "展出天数 text/table")
    m = m1(T, r"平均每站接待观众" + NUM + r"万人次，站点经费平均每站" + NUM + r"万元")
    c_avg(R, m.group(1), [r[sv] for r in srows], "平均每站观众")
    c_avg(R, m.group(2), [r[sc] for r in srows], "平均每站经费")
    c_same(R, m.group(2), ind(T, "单站经费")["anum"], "单站经费 text/table")
    R.add("sum_mismatch", len(srows) == int(ind(T, "巡展站点数")["anum"]), "站点数")
    m = m1(T, r"全年累计展出(\d+)天，接待观众" + NUM + r"万人次，完成年度目标的" + NUM + r"%，较(\d{4})年的" + NUM
           + r"万人次（.*?）同比增长" + NUM + r"%")
    days, vis, comp, py, pv, gr = m.groups()
    vt = ind(T, "接待观众")
    R.add("completion_mismatch", agree(comp, D(vis) / D(vt["tnum"]) * HUNDRED), f"观众完成率 {comp}")
    c_growth(R, gr, vis, pv, "观众同比")
    R.add("year_mismatch", int(py) == ey - 1, "上年 year")
    c_same(R, days, stot[sd], "天数 text/stops")
    c_same(R, vis, stot[sv], "观众 text/stops")
    c_same(R, vis, vt["anum"], "观众 text/table")
    m = m1(T, r"其中中小学生" + NUM + r"万人次，占" + NUM + r"%")
    c_rate(R, m.group(2), m.group(1), vis, "中小学生占比")
    c_same(R, m.group(1), ind(T, "受益中小学生")["anum"], "学生 text/table")
    m = m1(T, r"展品完好率" + NUM + r"%，单站布展时间最长(\d+)天")
    c_same(R, m.group(1), ind(T, "展品完好率")["anum"], "完好率 text/table")
    c_same(R, m.group(2), ind(T, "单站布展时间")["anum"], "布展 text/table")
    m = m1(T, r"乡镇及农村观众" + NUM + r"万人次，占" + NUM + r"%，低于" + NUM + r"%的目标")
    c_rate(R, m.group(2), m.group(1), vis, "农村占比")
    c_same(R, m.group(2), ind(T, "乡镇及农村观众占比")["anum"], "农村 text/table")
    c_same(R, m.group(3), ind(T, "乡镇及农村观众占比")["tnum"], "农村目标 text/table")
    c_same(R, m1(T, r"随机发放问卷，观众满意度" + NUM + r"%").group(1), ind(T, "观众满意度")["anum"], "满意度 text/table")
    c_same(R, ind(T, "预算执行率")["anum"], pnum(tot[cr]), "执行率 table/table")
    m = m1(T, r"项目自评得分" + NUM + r"分，评价等级为" + GRADE_RE)
    c_grade(R, m.group(1), m.group(2))
    c_same(R, m.group(1), ind_total(T), "总分 text/table")
    c_report_date(R, T, ey)


CHECKERS = {
    "ah-qimen-kjgmianfei-2019": chk_qimen,
    "sc-ganzi-liudongkjg-2018": chk_ganzi,
    "he-zhuolu-kexiebumen-2023": chk_zhuolu,
    "nm-chifeng-kjgmianfei-2024": chk_chifeng,
    "yn-wenshan-liudongxunzhan-2021": chk_wenshan,
}


def run_checks(source, text):
    R = Res()
    indicator_checks(text, R)
    CHECKERS[source](text, R)
    return R


# ----------------------------------------------------------------------------------------------- main
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
            texts[rec["case"]] = f.read()
    if len(labels) != 35 or sum(1 for r in labels if r["clean"]) != 5:
        problems.append(f"expected 35 cases with 5 clean, got {len(labels)}")
    counts = {}
    for rec in labels:
        t = texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(rec["case"] + ": clean case with labels")
            if not 2800 <= len(t) <= 3400:
                problems.append(f"{rec['case']}: length {len(t)} outside 2800-3400")
            continue
        if len(rec["expected"]) != 1:
            problems.append(rec["case"] + ": exactly one label expected")
            continue
        lab = rec["expected"][0]
        if lab["code"] not in CODES or lab["severity"] != "error":
            problems.append(rec["case"] + ": bad code/severity " + lab["code"])
        counts[lab["code"]] = counts.get(lab["code"], 0) + 1
        n = t.count(lab["value"])
        if n != 1:
            problems.append(f"{rec['case']}: label value occurs {n} times")
            continue
        clean = texts[rec["source"] + "-clean.txt"]
        p, e_end, c_end = diff_region(clean, t)
        if p >= e_end:
            problems.append(rec["case"] + ": no change against the clean draft")
        vs = t.index(lab["value"])
        ve = vs + len(lab["value"])
        if not (vs < max(e_end, p + 1) and p < ve):
            problems.append(f"{rec['case']}: change [{p},{e_end}) does not overlap the label value [{vs},{ve})")
        if t[:p] + t[e_end:] != clean[:p] + clean[c_end:]:
            problems.append(rec["case"] + ": more than one changed place")
    for c in sorted(CODES):
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    for rec in labels:
        try:
            R = run_checks(rec["source"], texts[rec["case"]])
        except Exception as ex:  # a pattern that no longer matches is a problem of the set
            problems.append(f"{rec['case']}: checker raised {type(ex).__name__}: {ex}")
            continue
        if rec["clean"]:
            for code, msg in R.failed(include_warnings=True):
                problems.append(f"{rec['case']}: clean draft fails {code}: {msg}")
        else:
            want = rec["expected"][0]["code"]
            got = {c for c, _ in R.failed()}
            if want not in got:
                problems.append(f"{rec['case']}: labelled {want} does not fail")
            for code, msg in R.failed():
                if code != want:
                    problems.append(f"{rec['case']}: unlabelled {code} fails: {msg}")
    n_checks = len(run_checks(labels[0]["source"], texts[labels[0]["case"]]).items)
    if problems:
        for x in problems:
            print("FAIL", x)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in sorted(counts)))
    print(f"{len(labels)} cases, e.g. {n_checks} arithmetic checks on {labels[0]['case']}")
    print("OK")


if __name__ == "__main__":
    main()
