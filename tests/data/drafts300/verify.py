#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one contiguous
   place that overlaps an occurrence of the label value; every code of errors.md §A 1-13 is used >= 2 times;
2. the arithmetic of every draft is redone from the text (tables are re-parsed from their flattened layout,
   prose figures are read with anchored patterns): in a clean draft every check passes (warnings included);
   in an error case the labelled code fails and no other error-level code fails.
Tolerance (rules.md §8): a stated value with d decimals matches a computed c when |c - v| <= 0.5*10^-d;
numbers marked 约 get an input interval of half a unit of their last digit.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
]
WARNING_CODES = {"score_rule_mismatch"}


# ------------------------------------------------------------------ numbers
def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndec(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the string as written; computed: Decimal."""
    tol = D("0.5") * (D(10) ** -ndec(stated)) + D("1e-9")
    return abs(dec(stated) - D(computed)) <= tol


def same(a, b):
    """two stated strings denote the same value (compared at the coarser precision)."""
    d = min(ndec(a), ndec(b))
    q = D(10) ** -d
    return dec(a).quantize(q, ROUND_HALF_UP) == dec(b).quantize(q, ROUND_HALF_UP)


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


class Checks:
    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def failing(self):
        return sorted({c for c, ok, _ in self.items if not ok})

    def messages(self):
        return [f"{c}: {m}" for c, ok, m in self.items if not ok]

    # identities -------------------------------------------------------
    def total(self, code, total, parts, msg):
        self.add(code, close(total, sum(dec(p) for p in parts)), f"{msg}: {' + '.join(parts)} vs {total}")

    def diff(self, code, stated, a, b, msg):
        self.add(code, close(stated, dec(a) - dec(b)), f"{msg}: {a} - {b} vs {stated}")

    def rate(self, code, stated, num, den, msg):
        if dec(den) == 0:
            self.add("implausible_rate", stated.strip() in ("—", "-", "", "0", "0.00", "0%", "0.00%"),
                     f"{msg}: rate {stated} on a zero base")
            return
        c = dec(num) / dec(den) * 100
        self.add(code, close(stated, c), f"{msg}: {num}/{den} = {r2(c)}% vs {stated}")
        self.add("implausible_rate", dec(stated) <= 100 and dec(stated) >= 0, f"{msg}: rate {stated} outside [0,100]")

    def same(self, code, a, b, msg):
        self.add(code, same(a, b), f"{msg}: {a} vs {b}")

    def year(self, stated, allowed, msg):
        self.add("year_mismatch", int(stated) in allowed, f"{msg}: {stated} not in {sorted(allowed)}")

    def grade(self, word, total, msg):
        self.add("grade_mismatch", GRADE.get(word) == band(dec(total)), f"{msg}: {word} for {total}")


def one(text, pattern, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise AssertionError(f"pattern {pattern!r} matched {len(ms)} times")
    g = ms[0].groups()
    return g[0] if len(g) == 1 else g


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ------------------------------------------------------------------ indicator values
GTE = ("≥", "＞＝", ">=", "不低于", "不少于")
LTE = ("≤", "＜＝", "<=", "不高于", "不超过")
EQ = ("＝", "=")


def parse_val(s, unit_col=None):
    s = s.strip().replace(",", "")
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?", s)
    if m:
        return {"kind": "date", "val": (int(m.group(1)), int(m.group(2)), int(m.group(3))),
                "dir": "lte" if m.group(4) else "eq", "unit": "date"}
    d = "eq"
    for pre, dd in [(p, "gte") for p in GTE] + [(p, "lte") for p in LTE] + [(p, "eq") for p in EQ]:
        if s.startswith(pre):
            d, s = dd, s[len(pre):].strip()
            break
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*([^\d\s]*)", s)
    if not m:
        return None
    unit = m.group(2)
    if unit_col is not None:
        unit = unit or unit_col
    return {"kind": "num", "num": D(m.group(1)), "raw": m.group(1), "unit": unit, "dir": d}


def completion(T, A):
    if T["kind"] == "date":
        return D(100) if A["val"] <= T["val"] else None
    t, a = T["num"], A["num"]
    if T["dir"] == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def rule_score(T, A, w):
    if T["kind"] == "date":
        return w if A["val"] <= T["val"] else None
    t, a = T["num"], A["num"]
    if T["dir"] == "lte":
        return w if a <= t else w * t / a
    if t == 0:
        return w if a <= 0 else D(0)
    return w if a >= t else w * max(a, D(0)) / t


def indicator_rows(c, rows):
    """rows: dicts with name, T, A, w, s and optional comp, unit_col."""
    for r in rows:
        w, s = dec(r["w"]), dec(r["s"])
        c.add("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {r['s']} vs weight {r['w']}")
        T = parse_val(r["T"], r.get("unit_col"))
        A = parse_val(r["A"], r.get("unit_col"))
        if T is None or A is None:          # qualitative row
            continue
        if T["unit"] != A["unit"] or T["kind"] != A["kind"]:
            c.add("unit_mismatch", False, f"{r['name']}: target {r['T']} vs actual {r['A']}")
            continue
        c.add("unit_mismatch", True, r["name"])
        if A["kind"] == "num" and A["unit"] == "%" and ("率" in r["name"] or "满意度" in r["name"]):
            c.add("implausible_rate", D(0) <= A["num"] <= 100, f"{r['name']}: actual {r['A']}")
        comp = completion(T, A)
        if r.get("comp") not in (None, "", "—"):
            c.add("completion_mismatch", comp is not None and close(r["comp"], comp),
                  f"{r['name']}: completion {r['comp']} vs {None if comp is None else r2(comp)}")
        rs = rule_score(T, A, w)
        ok = rs is not None and close(r["s"], rs)
        if not ok and r.get("comp") not in (None, "", "—") and "%" in r["comp"]:
            ok = close(r["s"], w * min(dec(r["comp"]), D(100)) / 100)
        c.add("score_rule_mismatch", ok, f"{r['name']}: score {r['s']} vs rule {None if rs is None else r2(rs)}")


def exec_score(c, w, s, spent, budget, stated_rate=None):
    r = dec(spent) / dec(budget)
    ok = close(s, dec(w) * min(r, D(1)))
    if not ok and stated_rate:
        ok = close(s, dec(w) * min(dec(stated_rate), D(100)) / 100)
    c.add("score_exceeds_weight", D(0) <= dec(s) <= dec(w), f"execution score {s} vs weight {w}")
    c.add("score_rule_mismatch", ok, f"execution score {s} vs {w} x {r2(r * 100)}%")


def to_wan(v, unit):
    return dec(v) / 10000 if unit == "元" else dec(v)


def product_check(c, qty, price, price_unit, total, total_unit, msg):
    """qty x unit price = total, with money units; a power-of-ten miss is a unit_mismatch."""
    comp = dec(qty) * to_wan(price, price_unit)
    stated = to_wan(total, total_unit)
    if close(total, comp if total_unit != "元" else comp * 10000):
        c.add("sum_mismatch", True, msg)
        c.add("unit_mismatch", True, msg)
        return
    rescaled = any(abs(stated - comp * k) <= D("0.005") for k in (D(10000), D("0.0001")))
    c.add("unit_mismatch" if rescaled else "sum_mismatch", False,
          f"{msg}: {qty} x {price}{price_unit} = {comp}万元 vs {total}{total_unit}")


# ================================================================== sd-zoucheng-rfjingbao-2020
def chk_zoucheng(t):
    c = Checks("zoucheng")
    Y = 2020
    cells = [ln.split("\t") for ln in t.split("\n")]
    names = ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")
    funds = {cl[1]: cl for cl in cells if len(cl) >= 8 and cl[0] == "" and cl[1] in names}
    tot, subs = funds["年度资金总额"], [funds[n] for n in names[1:]]
    for col, nm in ((2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数")):
        c.total("sum_mismatch", tot[col], [s[col] for s in subs], f"funds {nm}")
    for row in [tot] + subs:
        c.rate("rate_mismatch", row[6], row[4], row[3], f"funds {row[1]} 执行率")
    exec_score(c, tot[5], tot[7], tot[4], tot[3], tot[6])
    rows = [dict(name=cl[3], T=cl[4], A=cl[5], w=cl[6], s=cl[7]) for cl in cells
            if len(cl) >= 9 and cl[0] == "" and cl[1] in ("产出指标", "效益指标", "满意度指标")]
    assert len(rows) == 8
    indicator_rows(c, rows)
    total = [cl for cl in cells if cl[0] == "总分"][0]
    tw, ts = total[6], total[7]
    c.total("weight_sum_mismatch", "100", [tot[5]] + [r["w"] for r in rows], "weights vs 100")
    c.total("weight_sum_mismatch", tw, [tot[5]] + [r["w"] for r in rows], "weights vs 总分 row")
    c.total("score_sum_mismatch", ts, [tot[7]] + [r["s"] for r in rows], "scores vs 总分 row")
    byname = {r["name"]: r for r in rows}

    # prose: funds
    ini, add, carry_y, carry, annual = one(
        t, r"年初预算([\d.]+)万元；6月份经市政府同意追加([\d.]+)万元，专门用于新建警报器；另有(\d{4})年结转资金([\d.]+)万元纳入本年统筹使用，全年预算合计([\d.]+)万元")
    c.total("sum_mismatch", annual, [ini, add, carry], "年初 + 追加 + 结转")
    c.same("conflicting_values", ini, tot[2], "prose 年初 vs table")
    c.same("conflicting_values", annual, tot[3], "prose 全年预算 vs table")
    c.same("conflicting_values", carry, funds["上年结转资金"][3], "prose 结转 vs table")
    c.year(carry_y, {Y - 1}, "incoming carry-over year")
    spent, rate_p, score_p, grade_p = one(
        t, r"项目全年执行([\d.]+)万元，预算执行率([\d.]+)%；.*?综合得分([\d.]+)分，评价等级为“(.)”")
    c.same("conflicting_values", spent, tot[4], "prose 执行 vs table")
    c.rate("rate_mismatch", rate_p, spent, annual, "prose 执行率")
    c.same("conflicting_values", rate_p, tot[6], "prose 执行率 vs table")
    c.same("conflicting_values", score_p, ts, "prose total vs table")
    c.grade(grade_p, score_p, "prose grade")
    e1, e2, e3, e4 = one(t, r"全年实际支出中，维护保养费([\d.]+)万元、新建警报器([\d.]+)万元、警报控制系统升级([\d.]+)万元、通信线路租用及电费([\d.]+)万元")
    c.total("sum_mismatch", spent, [e1, e2, e3, e4], "spending by item")
    # maintenance contract: 142 x 1850元
    price, punit, qty, contract = one(t, r"按每台每年([\d,]+)(元|万元)的标准对(\d+)台在网警报器进行维护保养，合同金额([\d.]+)万元")
    product_check(c, qty, price, punit, contract, "万元", "维保 unit price x units")
    c.same("conflicting_values", contract, byname["警报器维护保养费用"]["A"].replace("万元", ""), "维保合同 vs cost actual")
    c.same("conflicting_values", qty, byname["维护保养在网警报器"]["A"].replace("台", ""), "142台 prose vs table")
    # new sirens contract
    cp, equip, inst, saved = one(t, r"合同价([\d.]+)万元，其中设备购置([\d.]+)万元、安装调试([\d.]+)万元，比追加预算节约([\d.]+)万元")
    c.total("sum_mismatch", cp, [equip, inst], "contract = equipment + installation")
    c.diff("sum_mismatch", saved, add, cp, "saving = 追加 - contract")
    # outputs
    inst_y = one(t, r"于(\d{4})年9月25日全部安装调试完毕")
    c.year(inst_y, {Y}, "installation date")
    after = one(t, r"年末在网警报器增加到(\d+)台")
    c.total("sum_mismatch", after, [qty, "6"], "142 + 6 new")
    n_all, n_ok, ring = one(t, r"(\d+)台中(\d+)台正常鸣响，鸣响率([\d.]+)%")
    c.same("conflicting_values", n_all, after, "148 in test")
    c.rate("rate_mismatch", ring, n_ok, n_all, "鸣响率")
    comp_p = one(t, r"为年度指标值的([\d.]+)%")
    c.add("completion_mismatch", close(comp_p, dec(ring) / 95 * 100), f"prose completion {comp_p}")
    c.same("conflicting_values", ring, byname["统一试鸣鸣响率"]["A"], "鸣响率 prose vs table")
    last_y, last, pp = one(t, r"比(\d{4})年的([\d.]+)%提高([\d.]+)个百分点")
    c.year(last_y, {Y - 1}, "last year's 鸣响率")
    c.diff("rate_mismatch", pp, ring, last, "percentage-point rise")
    good, good_rate = one(t, r"年末检查中(\d+)台完好，完好率([\d.]+)%")
    c.rate("rate_mismatch", good_rate, good, after, "完好率")
    c.same("conflicting_values", good_rate, byname["警报设施完好率"]["A"], "完好率 prose vs table")
    bad = one(t, r"(\d+)台因控制板老化需要更换部件")
    c.diff("sum_mismatch", bad, after, good, "faulty sirens")
    cov = one(t, r"覆盖率由上年的[\d.]+%提高到([\d.]+)%")
    c.same("conflicting_values", cov, byname["城区警报音响覆盖率"]["A"], "覆盖率 prose vs table")
    sat = one(t, r"社会公众满意度为([\d.]+)%")
    c.same("conflicting_values", sat, byname["社会公众满意度"]["A"], "满意度 prose vs table")
    # carry-over
    bal, q, tail, cy = one(t, r"年末未支付资金([\d.]+)万元，为新建警报器质保金([\d.]+)万元和维保合同尾款([\d.]+)万元，已按规定结转至(\d{4})年使用")
    c.diff("balance_mismatch", bal, annual, spent, "unspent = 全年预算 - 执行")
    c.total("sum_mismatch", bal, [q, tail], "unspent = 质保金 + 尾款")
    c.diff("sum_mismatch", e1, contract, tail, "maintenance paid = contract - 尾款")
    c.diff("sum_mismatch", e2, cp, q, "new sirens paid = contract - 质保金")
    c.add("year_mismatch", int(cy) > Y, f"carried forward to {cy}")
    # years
    c.year(one(t, r"(\d{4})年度人防警报器建设维护项目支出绩效自评报告"), {Y}, "title")
    c.year(one(t, r"（(\d{4})年度）"), {Y}, "table year")
    c.year(one(t, r"开展(\d{4})年度市级预算项目绩效自评"), {Y}, "notice")
    c.year(one(t, r"(\d{4})年年初预算"), {Y}, "budget sentence")
    c.year(one(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\n"), {Y, Y + 1}, "report date")
    c.year(one(t, r"已列入(\d{4})年维修计划"), {Y + 1}, "repair plan")
    c.year(one(t, r"\t(\d{4})年9月25日\t"), {Y}, "table time actual")
    return c


# ================================================================== hn-xiangxiang-rfgongcheng-2022
def blocks_after(t, start, stop=None):
    i = t.index(start) + len(start)
    j = t.index(stop, i) if stop else len(t)
    out = []
    for b in t[i:j].split("\n\n"):
        lines = [x for x in b.split("\n") if x != ""]
        if lines:
            out.append(lines)
    return out


def chk_xiangxiang(t):
    c = Checks("xiangxiang")
    Y = 2022
    # 表1 funds table with 行次
    bl = blocks_after(t, "表1 项目资金到位及执行情况（单位：万元）\n", "（二）资金管理情况")
    rows = {b[1]: b for b in bl[1:]}
    assert bl[0][:3] == ["项目", "行次", "合计"] and len(rows) == 7
    r1, r2_, r3, r4, r5, r6, r7 = (rows[k] for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)",
                                                      "(6)=(3)/(2)", "(7)=(4)/(2)"))
    for r in (r1, r2_, r3, r4, r5):
        c.total("sum_mismatch", r[2], r[3:6], f"表1 {r[0]} 合计")
    for k in range(2, 6):
        c.diff("balance_mismatch", r5[k], r3[k], r4[k], f"表1 结余 col {k}")
        c.rate("rate_mismatch", r6[k], r3[k], r2_[k], f"表1 到位率 col {k}")
        c.rate("rate_mismatch", r7[k], r4[k], r2_[k], f"表1 执行率 col {k}")
        c.add("rate_mismatch", dec(r1[k]) == dec(r2_[k]), f"年内未作调整 but 年初 {r1[k]} vs 全年 {r2_[k]}")
    # 表2 maintenance list
    bl2 = blocks_after(t, "表2 2022年公用人防工程维护清单\n", "按处数计算")
    items, tot2 = bl2[1:-1], bl2[-1]
    assert tot2[0] == "合计" and len(items) == 3
    c.total("sum_mismatch", tot2[1], [b[1] for b in items], "表2 处数")
    c.total("sum_mismatch", tot2[2], [b[2] for b in items], "表2 面积")
    avg = one(t, r"每处工程平均维护面积([\d.]+)平方米")
    c.add("average_mismatch", close(avg, dec(tot2[2]) / dec(tot2[1])), f"average area {avg}")
    # self-evaluation table
    bl3 = blocks_after(t, "附件：2022年度项目支出绩效自评表\n")
    hdr = bl3[0]
    assert hdr[-9:-6] == ["一级指标", "二级指标", "三级指标"]
    ind = [dict(l1=b[0], name=b[2], T=b[3], A=b[4], comp=b[5], w=b[6], s=b[7]) for b in bl3[1:]
           if len(b) == 9]
    tot3 = bl3[-1]
    assert tot3[0] == "合计" and len(ind) == 10
    ex = ind[0]
    assert ex["name"] == "预算执行率"
    c.rate("rate_mismatch", ex["A"], r4[2], r2_[2], "自评表 预算执行率 actual")
    indicator_rows(c, ind)
    c.total("weight_sum_mismatch", "100", [r["w"] for r in ind], "weights vs 100")
    c.total("weight_sum_mismatch", tot3[1], [r["w"] for r in ind], "weights vs 合计")
    c.total("score_sum_mismatch", tot3[2], [r["s"] for r in ind], "scores vs 合计")
    byname = {r["name"]: r for r in ind}
    # prose
    budget0 = one(t, r"对2022年度人防工程维护管理经费([\d.]+)万元开展了绩效自评")
    annual, prov, city = one(t, r"全年预算([\d.]+)万元，年内未作调整。其中省级补助([\d.]+)万元已于\d{4}年12月提前下达，市本级安排([\d.]+)万元")
    c.year(one(t, r"省级补助[\d.]+万元已于(\d{4})年12月提前下达"), {Y - 1, Y}, "advance issue")
    c.total("sum_mismatch", annual, [prov, city], "prose 省级 + 市本级")
    c.same("conflicting_values", budget0, annual, "opening amount vs 全年预算")
    c.same("conflicting_values", annual, r2_[2], "全年预算 prose vs 表1")
    c.same("conflicting_values", prov, r2_[3], "省级 prose vs 表1")
    c.same("conflicting_values", city, r2_[4], "市本级 prose vs 表1")
    a1, a2, a3, a4 = one(t, r"日常维护管理费([\d.]+)万元、隐患整治工程费([\d.]+)万元、设备设施检测费([\d.]+)万元、安全巡查及保险等费用([\d.]+)万元。")
    c.total("sum_mismatch", annual, [a1, a2, a3, a4], "sub-items")
    ly, last, inc = one(t, r"与(\d{4})年的([\d.]+)万元相比增加([\d.]+)万元")
    c.year(ly, {Y - 1}, "last year's budget")
    c.diff("sum_mismatch", inc, annual, last, "increase over last year")
    spent, rate_p = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.same("conflicting_values", spent, r4[2], "执行 prose vs 表1")
    c.rate("rate_mismatch", rate_p, spent, annual, "prose 执行率")
    c.same("conflicting_values", rate_p, r7[2], "执行率 prose vs 表1")
    std = one(t, r"按每平方米每年(\d+)元的标准全额拨付")
    product_check(c, tot2[2], std, "元", a1, "万元", "日常维护 12元 x area")
    c.same("conflicting_values", std, byname["单位面积年维护管理费"]["A"].split("元")[0], "12元 vs table")
    b2, paid2, bal2 = one(t, r"隐患整治工程费预算([\d.]+)万元，经审计结算实际支付([\d.]+)万元，结余([\d.]+)万元")
    c.same("conflicting_values", b2, a2, "隐患整治 budget restated")
    c.diff("balance_mismatch", bal2, b2, paid2, "隐患整治 balance")
    paid4 = one(t, r"安全巡查及保险等费用实际支出([\d.]+)万元")
    c.total("sum_mismatch", spent, [a1, paid2, a3, paid4], "executed sub-items (维护 and 检测 in full)")
    n_proj, area_w = one(t, r"公用人防工程共(\d+)处，维护面积约([\d.]+)万平方米")
    c.same("conflicting_values", n_proj, tot2[1], "18处 prose vs 表2")
    lo, hi = dec(area_w) * 10000 - 50, dec(area_w) * 10000 + 50       # 约: half a unit of the last digit
    c.add("conflicting_values", lo <= dec(tot2[2]) <= hi, f"约{area_w}万平方米 vs {tot2[2]}")
    c.same("conflicting_values", n_proj, byname["维护管理公用人防工程"]["A"].replace("处", ""), "18处 vs table")
    area2, comp2 = one(t, r"维护面积([\d.]+)万平方米，完成率([\d.]+)%")
    c.same("conflicting_values", area2, byname["维护管理面积"]["A"].replace("万平方米", ""), "面积 prose vs table")
    c.add("completion_mismatch", close(comp2, dec(area2) / D("2.4") * 100), f"prose completion {comp2}")
    c.same("conflicting_values", comp2, byname["维护管理面积"]["comp"], "completion prose vs table")
    accept_y = one(t, r"隐患整治于(\d{4})年10月26日通过验收")
    c.year(accept_y, {Y}, "acceptance date")
    c.same("conflicting_values", one(t, r"设备设施完好率([\d.]+)%。"), byname["设备设施完好率"]["A"], "完好率")
    c.same("conflicting_values", one(t, r"防护功能完好率([\d.]+)%，未达到"), byname["工程防护功能完好率"]["A"], "防护功能")
    c.same("conflicting_values", one(t, r"群众满意度为([\d.]+)%"), byname["工程周边群众满意度"]["A"], "满意度")
    score_p, grade_p = one(t, r"综合得分([\d.]+)分，评价等级为“(.)”")
    c.same("conflicting_values", score_p, tot3[2], "prose total vs table")
    c.grade(grade_p, score_p, "prose grade")
    # years
    c.year(one(t, r"湘乡市人民防空办公室(\d{4})年度\n"), {Y}, "title")
    c.year(one(t, r"截至(\d{4})年12月31日"), {Y}, "截至")
    c.year(one(t, r"附件：(\d{4})年度项目支出绩效自评表"), {Y}, "table title")
    c.year(one(t, r"表2 (\d{4})年公用人防工程维护清单"), {Y}, "表2 title")
    c.year(one(t, r"\n(\d{4})年项目资金全部到位"), {Y}, "funds sentence")
    return c


# ================================================================== sc-jiangyou-shusanjidi-2019
def sp(line):
    return re.split(r"\s{2,}", line.strip())


def chk_jiangyou(t):
    c = Checks("jiangyou")
    Y = 2019
    tab = t[t.index("附表\n"):]
    lines = tab.split("\n")
    fl = {sp(ln)[0]: sp(ln) for ln in lines if sp(ln)[0] in ("年度资金总额", "其中：财政资金", "财政专户管理资金",
                                                              "单位资金", "其他资金")}
    tot = fl["年度资金总额"]
    subs = [fl[k] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for col, nm in ((1, "年初"), (2, "调整后"), (3, "执行")):
        c.total("sum_mismatch", tot[col], [s[col] for s in subs], f"funds {nm}")
    c.rate("rate_mismatch", tot[5], tot[3], tot[2], "funds 执行率")
    exec_score(c, tot[4], tot[6], tot[3], tot[2], tot[5])
    ind = []
    for ln in lines:
        f = sp(ln)
        if f[0] in ("产出指标", "效益指标"):
            ind.append(dict(l1=f[0], name=f[2], T=f[3] + f[4], A=f[6], unit_col=f[5], w=f[7], s=f[8]))
    assert len(ind) == 8
    indicator_rows(c, ind)
    total = [sp(ln) for ln in lines if sp(ln)[0] == "总分"][0]
    c.total("weight_sum_mismatch", "100", [tot[4]] + [r["w"] for r in ind], "weights vs 100")
    c.total("weight_sum_mismatch", total[1], [tot[4]] + [r["w"] for r in ind], "weights vs 总分 row")
    c.total("score_sum_mismatch", total[2], [tot[6]] + [r["s"] for r in ind], "scores vs 总分 row")
    byname = {r["name"]: r for r in ind}
    out_w = [r["w"] for r in ind if r["l1"] == "产出指标"]
    ben_w = [r["w"] for r in ind if r["l1"] == "效益指标"]
    out_s = [r["s"] for r in ind if r["l1"] == "产出指标"]
    ben_s = [r["s"] for r in ind if r["l1"] == "效益指标"]
    # prose weights and scores
    pw, po, pb, pe = one(t, r"绩效指标共(\d+)分，其中产出指标(\d+)分、效益指标(\d+)分，另设预算执行率(\d+)分")
    c.total("weight_sum_mismatch", pw, [po, pb], "prose 绩效指标 = 产出 + 效益")
    c.total("weight_sum_mismatch", "100", [pw, pe], "prose 绩效指标 + 预算执行")
    c.total("weight_sum_mismatch", po, out_w, "prose 产出 weight vs table rows")
    c.total("weight_sum_mismatch", pb, ben_w, "prose 效益 weight vs table rows")
    c.same("conflicting_values", pe, tot[4], "prose execution weight vs table")
    ps, pse, pso, psb, grade_p = one(
        t, r"综合得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.total("score_sum_mismatch", ps, [pse, pso, psb], "prose total = parts")
    c.total("score_sum_mismatch", pso, out_s, "prose 产出 score vs table rows")
    c.total("score_sum_mismatch", psb, ben_s, "prose 效益 score vs table rows")
    c.same("conflicting_values", pse, tot[6], "prose execution score vs table")
    c.same("conflicting_values", ps, total[2], "prose total vs table")
    c.grade(grade_p, ps, "prose grade")
    # prose funds
    yp, p1, p2, p3, psum = one(t, r"(\d{4})年，我办共安排人防专项经费3项，即人口疏散基地建设(\d+)万元、防空警报设施运维(\d+)万元、人防宣传教育(\d+)万元，合计(\d+)万元")
    c.year(yp, {Y}, "programme sentence")
    c.total("sum_mismatch", psum, [p1, p2, p3], "three programmes")
    ini, prov0, city0 = one(t, r"年初批复项目预算(\d+)万元，其中省级人防补助资金([\d.]+)万元、市本级财政资金([\d.]+)万元")
    c.same("conflicting_values", ini, p1, "年初 vs programme list")
    c.total("sum_mismatch", ini, [prov0, city0], "年初 sources")
    cut, adj = one(t, r"市本级预算调减(\d+)万元，调整后预算(\d+)万元")
    c.diff("sum_mismatch", adj, ini, cut, "调整后 = 年初 - 调减")
    adj2, prov, city = one(t, r"调整后预算([\d.]+)万元全部到位，其中省级人防补助资金([\d.]+)万元、市本级财政资金([\d.]+)万元")
    c.total("sum_mismatch", adj2, [prov, city], "调整后 sources")
    c.diff("sum_mismatch", city, city0, cut, "市本级 after cut")
    c.same("conflicting_values", adj, adj2, "调整后 restated")
    c.same("conflicting_values", ini, tot[1], "年初 prose vs table")
    c.same("conflicting_values", adj2, tot[2], "调整后 prose vs table")
    ys, spent, floor, bal, cy = one(t, r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元，执行率达到(\d+)%以上，结余([\d.]+)万元为物资储备库改造工程质保金，结转至(\d{4})年支付")
    c.year(ys, {Y}, "截至")
    c.add("year_mismatch", int(cy) > Y, f"carried forward to {cy}")
    c.same("conflicting_values", spent, tot[3], "执行 prose vs table")
    c.add("rate_mismatch", dec(spent) / dec(adj2) * 100 >= dec(floor), "执行率 above the stated floor")
    c.diff("balance_mismatch", bal, adj2, spent, "结余")
    cap, percap = one(t, r"按(\d+)人的安置容量计算，人均建设投入约(\d+)元")
    v = dec(spent) * 10000 / dec(cap)
    c.add("average_mismatch", dec(percap) - D("0.5") <= v <= dec(percap) + D("0.5"), f"约{percap}元 vs {v}")
    c.same("conflicting_values", cap, byname["疏散基地安置容量"]["A"], "安置容量")
    n_all, n_on = one(t, r"(\d+)个子项目中(\d+)个按期完工")
    c.rate("rate_mismatch", byname["子项目按期完工率"]["A"], n_on, n_all, "按期完工率 from counts")
    c.same("conflicting_values", one(t, r"疏散计划覆盖城区常住人口的(\d+)%；"), byname["人口疏散计划覆盖率"]["A"], "覆盖率")
    c.same("conflicting_values", one(t, r"覆盖城区常住人口的(\d+)%以上"), byname["人口疏散计划覆盖率"]["T"].lstrip("≥"), "覆盖率 target")
    c.year(one(t, r"(\d{4})年已完成基地选址"), {Y - 1}, "site selection")
    c.year(one(t, r"^(\d{4})年度江油市人民防空办公室项目支出", re.M), {Y}, "title")
    c.year(one(t, r"(\d{4})年度项目支出绩效自评表"), {Y}, "table title")
    return c


# ================================================================== hb-wuxue-rfzhihui-2021
def chk_wuxue(t):
    c = Checks("wuxue")
    Y = 2021
    lines = t.split("\n")
    i = lines.index("预算执行情况（20分）\t年初预算\t全年预算\t全年执行\t执行率\t得分")
    ex = lines[i + 1].split("\t")
    _, ini_t, ann_t, sp_t, rate_t, es = ex
    c.rate("rate_mismatch", rate_t, sp_t, ann_t, "table 执行率")
    exec_score(c, "20", es, sp_t, ann_t, rate_t)
    j = lines.index("年度目标\t指标名称\t目标值\t实际值\t完成率\t分值\t得分")
    rows, blocks, cur = [], {}, None
    k = j + 1
    while not lines[k].startswith("合计"):
        f = lines[k].split("\t")
        if f[0]:
            cur = f[0]
            blocks[cur] = one(cur, r"（(\d+)分）")
        rows.append(dict(block=cur, name=f[1], T=f[2], A=f[3], comp=f[4], w=f[5], s=f[6]))
        k += 1
    total = lines[k].split("\t")
    tw, ts = total[5], total[6]
    assert len(rows) == 10 and len(blocks) == 3
    indicator_rows(c, rows)
    for b, bw in blocks.items():
        c.total("weight_sum_mismatch", bw, [r["w"] for r in rows if r["block"] == b], f"block {b[:3]}")
    c.total("weight_sum_mismatch", "100", ["20"] + list(blocks.values()), "20 + blocks")
    c.total("weight_sum_mismatch", tw, ["20"] + [r["w"] for r in rows], "weights vs 合计")
    c.total("score_sum_mismatch", ts, [es] + [r["s"] for r in rows], "scores vs 合计")
    byname = {r["name"]: r for r in rows}
    # prose funds
    yb, ini, cyy, carry, ann, spent, rate_p = one(
        t, r"(\d{4})年年初预算([\d.]+)万元，加上(\d{4})年结转的([\d.]+)万元，全年预算([\d.]+)万元，全部为市级财政资金，当年均已到位。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.year(yb, {Y}, "budget sentence")
    c.year(cyy, {Y - 1}, "incoming carry-over")
    c.total("sum_mismatch", ann, [ini, carry], "年初 + 结转")
    c.same("conflicting_values", ini, ini_t, "年初 prose vs table")
    c.same("conflicting_values", ann, ann_t, "全年 prose vs table")
    c.same("conflicting_values", spent, sp_t, "执行 prose vs table")
    c.rate("rate_mismatch", rate_p, spent, ann, "prose 执行率")
    c.same("conflicting_values", rate_p, rate_t, "执行率 prose vs table")
    ub, up, ur = one(t, r"其中升级改造部分预算([\d.]+)万元，支付([\d.]+)万元，执行率([\d.]+)%")
    c.rate("rate_mismatch", ur, up, ub, "upgrade sub-rate")
    unpaid, qb, tail, cy = one(t, r"未支付的([\d.]+)万元中，视频会商终端质保金([\d.]+)万元、运维合同尾款([\d.]+)万元，结转至(\d{4})年支付")
    c.diff("balance_mismatch", unpaid, ann, spent, "unpaid = 全年 - 执行")
    c.diff("balance_mismatch", qb, ub, up, "质保金 = upgrade budget - paid")
    c.total("sum_mismatch", unpaid, [qb, tail], "unpaid parts")
    c.add("year_mismatch", int(cy) > Y, f"carried forward to {cy}")
    # outputs
    insp = one(t, r"运维单位全年开展巡检(\d+)次")
    c.same("conflicting_values", insp, byname["运维巡检次数"]["A"].replace("次", ""), "巡检")
    mttr = one(t, r"故障平均修复时间([\d.]+)小时")
    c.same("conflicting_values", mttr, byname["故障平均修复时间"]["A"].replace("小时", ""), "修复时间")
    up_rate = one(t, r"系统全年正常运行率([\d.]+)%")
    c.same("conflicting_values", up_rate, byname["系统正常运行率"]["A"], "正常运行率 prose vs table")
    n_term, contract, unit_p, tgt = one(t, r"新增视频会商终端(\d+)套，合同金额([\d.]+)万元，单价([\d.]+)万元，高于([\d.]+)万元的目标值")
    product_check(c, n_term, unit_p, "万元", contract, "万元", "terminals")
    c.same("conflicting_values", unit_p, byname["单套终端采购成本"]["A"].replace("万元", ""), "unit price vs table")
    c.same("conflicting_values", tgt, byname["单套终端采购成本"]["T"].lstrip("≤").replace("万元", ""), "target vs table")
    c.same("conflicting_values", contract, ub, "terminal contract = upgrade budget")
    n_c, n_s, n_pts, people, avg = one(t, r"演练在(\d+)个社区、(\d+)所学校共(\d+)个疏散点同步进行，参演(\d+)人次，平均每个疏散点(\d+)人次")
    c.total("sum_mismatch", n_pts, [n_c, n_s], "疏散点")
    c.add("average_mismatch", close(avg, dec(people) / dec(n_pts)), f"average {avg}")
    c.same("conflicting_values", people, byname["防空袭疏散演练参演人数"]["A"].replace("人次", ""), "参演人数")
    c.same("conflicting_values", one(t, r"政务新媒体发布，覆盖率(\d+)%"), byname["警报试鸣信息发布覆盖率"]["A"], "发布覆盖率")
    score_p, grade_p = one(t, r"本项目得分([\d.]+)分，等级为(.)")
    c.same("conflicting_values", score_p, ts, "prose total vs table")
    c.grade(grade_p, score_p, "prose grade")
    # years
    c.year(one(t, r"武穴市人民防空办公室(\d{4})年度人防指挥信息系统运维项目绩效自评报告"), {Y}, "title")
    c.year(one(t, r"发布时间：(\d{4})-"), {Y, Y + 1}, "web date")
    c.year(one(t, r"开展(\d{4})年度财政支出绩效自评"), {Y}, "notice")
    c.year(one(t, r"\n(\d{4})年度项目支出绩效自评表"), {Y}, "table title")
    c.year(one(t, r"(\d{4})年系统正常运行率为"), {Y - 1}, "last year's rate")
    c.year(one(t, r"(\d{4})年结转的3\.20万元为上年"), {Y - 1}, "carry-over note")
    c.year(one(t, r"已于(\d{4})年一季度支付完毕"), {Y}, "carry-over paid")
    c.year(one(t, r"\n(\d{4})年4月15日\n"), {Y + 1}, "report date")
    return c


# ================================================================== gx-xingye-rfbumen-2024
def pipe(line):
    return [x.strip() for x in line.strip().strip("|").split("|")]


def chk_xingye(t):
    c = Checks("xingye")
    Y = 2024
    lines = t.split("\n")
    P = [pipe(ln) for ln in lines if ln.startswith("|")]
    t1 = {r[0]: r for r in P if r[0] in ("基本支出", "项目支出") or (r[0] == "合计" and len(r) == 4)}
    b, p, s = t1["基本支出"], t1["项目支出"], t1["合计"]
    for k in (1, 2):
        c.total("sum_mismatch", s[k], [b[k], p[k]], f"表1 合计 col {k}")
    for r in (b, p, s):
        c.rate("rate_mismatch", r[3], r[2], r[1], f"表1 {r[0]} 执行率")
    c.add("balance_mismatch", dec(b[1]) == dec(b[2]), "基本支出全部执行完毕 but 执行 < 预算")
    projs = [r for r in P if len(r) == 6 and r[0] not in ("项目名称",)]
    assert len(projs) == 3
    for r in projs:
        c.diff("balance_mismatch", r[3], r[1], r[2], f"表2 {r[0]} 结余")
        c.rate("rate_mismatch", r[4], r[2], r[1], f"表2 {r[0]} 执行率")
        c.add("score_exceeds_weight", D(0) <= dec(r[5]) <= 100, f"表2 {r[0]} score")
    c.total("sum_mismatch", p[1], [r[1] for r in projs], "表2 budgets = 项目支出")
    c.total("sum_mismatch", p[2], [r[2] for r in projs], "表2 spending = 项目支出")
    avg = one(t, r"3个项目平均自评得分([\d.]+)分")
    c.add("average_mismatch", close(avg, sum(dec(r[5]) for r in projs) / 3), f"average {avg}")
    ind = [dict(l1=r[0], name=r[2], w=r[3], T=r[4], A=r[5], s=r[6]) for r in P
           if len(r) == 7 and r[0] not in ("一级指标", "合计")]
    assert len(ind) == 12
    indicator_rows(c, ind)
    tot = [r for r in P if r[0] == "合计" and len(r) == 7][0]
    c.total("weight_sum_mismatch", "100", [r["w"] for r in ind], "weights vs 100")
    c.total("weight_sum_mismatch", tot[3], [r["w"] for r in ind], "weights vs 合计")
    c.total("score_sum_mismatch", tot[6], [r["s"] for r in ind], "scores vs 合计")
    grade_t = [r for r in P if r[0] == "综合评价等级"][0][1]
    c.grade(grade_t, tot[6], "table grade")
    byname = {r["name"]: r for r in ind}
    c.rate("rate_mismatch", byname["部门预算执行率"]["A"], s[2], s[1], "自评表 执行率")
    c.rate("rate_mismatch", byname["结转结余率"]["A"], dec(s[1]) - dec(s[2]), s[1], "结转结余率")
    # prose funds
    yb, ini, basic0, proj0 = one(t, r"(\d{4})年年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    c.year(yb, {Y}, "budget sentence")
    c.total("sum_mismatch", ini, [basic0, proj0], "年初 = 基本 + 项目")
    addb, addp, ann = one(t, r"追加基本支出([\d.]+)万元，因防空警报器升级和防空演练追加项目支出([\d.]+)万元，调整后全年预算([\d.]+)万元")
    c.total("sum_mismatch", ann, [ini, addb, addp], "全年 = 年初 + 追加")
    c.total("sum_mismatch", b[1], [basic0, addb], "基本支出 全年")
    c.total("sum_mismatch", p[1], [proj0, addp], "项目支出 全年")
    c.same("conflicting_values", ann, s[1], "全年 prose vs 表1")
    c.same("conflicting_values", one(t, r"全年实际支出([\d.]+)万元。"), s[2], "执行 prose vs 表1")
    q1, q2, q3 = one(t, r"全年预算分别为([\d.]+)万元、([\d.]+)万元和([\d.]+)万元")
    for q, r in zip((q1, q2, q3), projs):
        c.same("conflicting_values", q, r[1], f"project budget {r[0]}")
    yg, g_b, g_s, g_r, g_last, g_dec = one(t, r"(\d{4})年“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，较上年的([\d.]+)万元下降([\d.]+)%")
    c.year(yg, {Y}, "三公 sentence")
    c.rate("rate_mismatch", g_r, g_s, g_b, "三公 执行率")
    c.add("rate_mismatch", close(g_dec, (dec(g_last) - dec(g_s)) / dec(g_last) * 100), f"三公 decrease {g_dec}")
    c.same("conflicting_values", g_dec, byname["“三公”经费较上年增减"]["A"].replace("下降", ""), "三公 decrease vs table")
    # outputs
    n, ok_n, ring = one(t, r"维护保养防空警报器(\d+)台，9月18日全区统一试鸣时(\d+)台正常鸣响，鸣响率([\d.]+)%")
    c.rate("rate_mismatch", ring, ok_n, n, "鸣响率")
    c.same("conflicting_values", n, byname["警报器维护保养数量"]["A"].replace("台", ""), "警报器数量")
    c.same("conflicting_values", ring, byname["警报器试鸣鸣响率"]["A"], "鸣响率 prose vs table")
    c.same("conflicting_values", one(t, r"防空袭疏散演练(\d+)次"), byname["组织防空演练次数"]["A"].replace("次", ""), "演练次数")
    c.same("conflicting_values", one(t, r"开展人防工程监督检查(\d+)次"), byname["人防工程监督检查次数"]["A"].replace("次", ""), "监督检查")
    c.same("conflicting_values", one(t, r"覆盖([\d.]+)万人次"), byname["人防宣传教育覆盖人次"]["A"].replace("万人次", ""), "宣传覆盖")
    c.same("conflicting_values", one(t, r"警报覆盖率达到([\d.]+)%"), byname["城区防空警报覆盖率"]["A"], "警报覆盖率")
    c.same("conflicting_values", one(t, r"知识知晓率为([\d.]+)%"), byname["市民防空防灾知识知晓率"]["A"], "知晓率")
    c.same("conflicting_values", one(t, r"群众满意度为([\d.]+)%"), byname["群众满意度"]["A"], "满意度")
    yt, score_p = one(t, r"本部门(\d{4})年度整体支出自评得分([\d.]+)分")
    c.year(yt, {Y}, "score sentence")
    c.same("conflicting_values", score_p, tot[6], "prose total vs table")
    # years
    c.year(one(t, r"^(\d{4})年度部门整体支出绩效自评报告", re.M), {Y}, "title")
    c.year(one(t, r"表1 (\d{4})年部门预算执行情况"), {Y}, "表1")
    c.year(one(t, r"表2 (\d{4})年项目支出自评情况"), {Y}, "表2")
    c.year(one(t, r"表3 (\d{4})年度部门整体支出绩效自评表"), {Y}, "表3")
    c.year(one(t, r"开展(\d{4})年度部门整体支出绩效自评"), {Y}, "notice")
    c.year(one(t, r"纳入(\d{4})年维护保养计划"), {Y + 1}, "next year's plan")
    c.year(one(t, r"\n(\d{4})年3月12日\n"), {Y + 1}, "report date")
    return c


CHECKERS = {
    "sd-zoucheng-rfjingbao-2020": chk_zoucheng,
    "hn-xiangxiang-rfgongcheng-2022": chk_xiangxiang,
    "sc-jiangyou-shusanjidi-2019": chk_jiangyou,
    "hb-wuxue-rfzhihui-2021": chk_wuxue,
    "gx-xingye-rfbumen-2024": chk_xingye,
}


# ------------------------------------------------------------------ structure
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s          # region in b


def occurrences(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    codes = Counter()
    cleans = {}
    n_checks = 0
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        if lab["clean"]:
            cleans[lab["source"]] = text
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            res = CHECKERS[src](text)
        except (AssertionError, ValueError, KeyError, IndexError) as exc:
            problems.append(f"{name}: extraction failed: {exc!r}")
            continue
        n_checks += len(res.items)
        fails = res.failing()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if fails:
                problems.append(f"{name}: clean draft fails {fails}: {res.messages()}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        codes[code] += 1
        if code not in ERROR_CODES or exp[0]["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}")
        occ = occurrences(text, value)
        if not occ:
            problems.append(f"{name}: value {value!r} not in case")
        clean = cleans[src]
        if text == clean:
            problems.append(f"{name}: identical to clean draft")
        else:
            a, b = diff_region(clean, text)
            if not any(s < max(b, a + 1) and a < e for s, e in occ):
                problems.append(f"{name}: change [{a},{b}) does not overlap the value")
        err_fails = set(fails) - WARNING_CODES
        if err_fails != {code}:
            problems.append(f"{name}: labelled {code}, failing error codes {sorted(err_fails)}: {res.messages()}")
    for code in ERROR_CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    n_clean = sum(1 for lab in labels if lab["clean"])
    print(f"{len(labels)} cases ({n_clean} clean, {len(labels) - n_clean} with one error), {n_checks} checks run")
    print("codes:", ", ".join(f"{c}={codes[c]}" for c in ERROR_CODES))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
