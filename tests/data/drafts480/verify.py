#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. labels.jsonl: one line per case file, every label value occurs (exactly once) in
   its case, every error case differs from its clean draft in one contiguous place
   that overlaps the label value, every code of errors.md §A (13 codes) is used at
   least twice.
2. Arithmetic: the figures of each draft are read back from the text and every
   identity of rules.md §7 that the draft offers is recomputed with decimal.Decimal
   and the tolerance of rules.md §8.  A clean draft must pass every check; an error
   case must fail the labelled code and no other error-level code.

Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

ZERO = Decimal(0)
HUNDRED = Decimal(100)


# --------------------------------------------------------------------------- numbers
def num(s):
    """Decimal of a figure as written ('3,046', '96.94%', '＜＝130' are cleaned)."""
    s = str(s).strip().replace(",", "").replace("，", "").rstrip("%")
    if s in ("", "—", "-"):
        return ZERO
    return Decimal(s)


def decimals(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c − v| ≤ 0.5 × 10^−d (+1e−9), d = decimals of the stated value."""
    v = num(stated)
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def same(a, b):
    """Two statements of one quantity agree within the coarser of their precisions."""
    d = min(decimals(a), decimals(b))
    tol = Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")
    return abs(num(a) - num(b)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def to_wan(value, unit):
    v = num(value)
    if unit == "元":
        return v / Decimal(10000)
    if unit == "亿元":
        return v * Decimal(10000)
    return v


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = num(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class ParseError(Exception):
    pass


def one(text, pattern, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
    return ms[0]


def between(text, start, end):
    i = text.index(start)
    j = text.index(end, i + len(start))
    return text[i + len(start):j]


class Checks:
    def __init__(self):
        self.fails = []
        self.count = 0

    def ok(self, code, cond, msg):
        assert code in CODES, code
        self.count += 1
        if not cond:
            self.fails.append((code, msg))

    def fail(self, code, msg):
        self.ok(code, False, msg)

    # ---- reusable identities
    def sum_eq(self, total, parts, what):
        comp = sum((num(p) if isinstance(p, str) else Decimal(p) for p in parts), ZERO)
        self.ok("sum_mismatch", consistent(total, comp), f"{what}: stated {total}, parts add to {comp}")

    def rate(self, stated, numer, denom, what):
        numer, denom = Decimal(numer), Decimal(denom)
        if denom == 0:
            self.ok("implausible_rate", num(stated) == 0, f"{what}: rate {stated} on a zero base")
            return
        comp = numer / denom * HUNDRED
        self.ok("rate_mismatch", consistent(stated, comp), f"{what}: stated {stated}%, computed {r2(comp)}%")
        self.ok("implausible_rate", num(stated) <= HUNDRED, f"{what}: rate {stated}% above 100%")

    def pct_range(self, stated, what):
        self.ok("implausible_rate", ZERO <= num(stated) <= HUNDRED, f"{what}: {stated}% outside [0, 100]")

    def balance(self, stated, received, spent, what):
        comp = Decimal(received) - Decimal(spent)
        self.ok("balance_mismatch", consistent(stated, comp), f"{what}: stated {stated}, computed {comp}")

    def conflict(self, a, b, what):
        self.ok("conflicting_values", same(a, b), f"{what}: {a} vs {b}")

    def average(self, stated, items, what):
        comp = sum((num(i) for i in items), ZERO) / Decimal(len(items))
        self.ok("average_mismatch", consistent(stated, comp), f"{what}: stated {stated}, mean {r2(comp)}")

    def grade(self, total, word, what):
        g = GRADES.get(word)
        if g is None:
            raise ParseError(f"unknown grade word {word!r}")
        self.ok("grade_mismatch", g == band(total), f"{what}: total {total} is {band(total)}, stated {word}")

    def unit_price(self, qty, price, unit, subtotal, what):
        comp = to_wan(price, unit) * Decimal(qty)
        if consistent(subtotal, comp):
            return
        other = "元" if unit in ("万元", "亿元") else "万元"
        if consistent(subtotal, to_wan(price, other) * Decimal(qty)):
            self.fail("unit_mismatch", f"{what}: {qty} × {price}{unit} ≠ {subtotal}万元, reconciled by 10^4")
        else:
            self.fail("sum_mismatch", f"{what}: {qty} × {price}{unit} ≠ {subtotal}万元")


# --------------------------------------------------------------------------- indicators
TARGET_RE = re.compile(r"^\s*(≥|≤|=|＞＝|＜＝|>=|<=|＞|＜)?\s*([\d,]+(?:\.\d+)?)\s*(.*?)\s*$")
ACTUAL_RE = re.compile(r"^\s*([\d,]+(?:\.\d+)?)\s*(.*?)\s*$")


def norm_unit(u):
    return u.replace("（", "(").replace("）", ")").strip()


def parse_target(s, unit_col=None, dir_col=None):
    m = TARGET_RE.match(s)
    if not m:
        raise ParseError(f"target {s!r}")
    d = dir_col if dir_col else (m.group(1) or "=")
    d = {"＞＝": "≥", ">=": "≥", "＞": "≥", "＜＝": "≤", "<=": "≤", "＜": "≤"}.get(d, d)
    unit = m.group(3) or (unit_col or "")
    return d, m.group(2), norm_unit(unit)


def parse_actual(s, unit_col=None):
    m = ACTUAL_RE.match(s)
    if not m:
        raise ParseError(f"actual {s!r}")
    unit = m.group(2) or (unit_col or "")
    return m.group(1), norm_unit(unit)


def completion(direction, target, actual):
    t, a = num(target), num(actual)
    if direction == "≤":
        return HUNDRED if a <= t else t / a * HUNDRED
    return a / t * HUNDRED


def check_indicators(C, rows, total_w, total_s, other_totals=(), what=""):
    """rows: dicts name, w, s, target, actual [, comp, unit_col, dir_col]."""
    wsum = sum((num(r["w"]) for r in rows), ZERO)
    ssum = sum((num(r["s"]) for r in rows), ZERO)
    C.ok("weight_sum_mismatch", consistent(total_w, wsum) and num(total_w) == HUNDRED,
         f"{what} weights add to {wsum}, 合计 {total_w}")
    for tot in (total_s,) + tuple(other_totals):
        C.ok("score_sum_mismatch", consistent(tot, ssum), f"{what} scores add to {ssum}, total {tot}")
    parsed = {}
    for r in rows:
        w, s = num(r["w"]), num(r["s"])
        C.ok("score_exceeds_weight", ZERO <= s <= w, f"{r['name']}: score {r['s']} weight {r['w']}")
        d, tv, tu = parse_target(r["target"], r.get("unit_col"), r.get("dir_col"))
        av, au = parse_actual(r["actual"], r.get("unit_col"))
        units_ok = (tu == au)
        C.ok("unit_mismatch", units_ok, f"{r['name']}: target unit {tu!r}, actual unit {au!r}")
        if units_ok and r.get("comp"):
            comp = completion(d, tv, av)
            C.ok("completion_mismatch", consistent(r["comp"], comp),
                 f"{r['name']}: 完成率 {r['comp']}, computed {r2(comp)}%")
        parsed[r["name"]] = {"dir": d, "target": tv, "tunit": tu, "actual": av, "aunit": au,
                             "units_ok": units_ok, "w": r["w"], "s": r["s"]}
    return parsed


def conflict_actual(C, ind, name, value, unit, what):
    """Compare a table actual with a text figure when both are read in the same unit."""
    row = ind[name]
    if not row["units_ok"] or row["aunit"] != norm_unit(unit):
        return
    C.conflict(row["actual"], value, what)


def flat_rows(block):
    """Seed-003 flattening: one cell per line starting with a tab, rows split by blank lines."""
    rows, cur = [], []
    for line in block.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


# =========================================================================== A
def check_A(t):
    C = Checks()
    year = int(one(t, r"检验检测中心(\d{4})年度食品检验").group(1))
    # ---- funds table with 行次 and printed formulas
    blk = between(t, "（二）预算执行情况", "（三）项目绩效目标")
    rows = {r[0]: r[2:10] for r in flat_rows(blk) if len(r) == 10}
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    for k in need:
        if k not in rows:
            raise ParseError(f"funds row {k}")
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他资金"]
    amt = lambda s: num(s) if s else ZERO
    for k in need[:5]:
        v = rows[k]
        C.ok("sum_mismatch", consistent(v[0] or "0", amt(v[1]) + amt(v[6]) + amt(v[7])), f"{k}: 总金额 ≠ 小计+结转+其他")
        C.ok("sum_mismatch", consistent(v[1] or "0", sum((amt(v[i]) for i in range(2, 6)), ZERO)), f"{k}: 小计 ≠ 中央+省+市+县")
    for c in range(8):
        C.balance(rows["资金结余"][c] or "0", amt(rows["实际到位资金"][c]), amt(rows["全年执行资金"][c]), f"(5) {cols[c]}")
    for k, numer in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
        for c in range(8):
            base = amt(rows["全年预算资金"][c])
            stated = rows[k][c]
            if base == 0:
                C.ok("implausible_rate", stated in ("", "0", "0.00", "—"), f"{k} {cols[c]}: {stated} on a zero base")
            else:
                C.rate(stated, amt(rows[numer][c]), base, f"{k} {cols[c]}")
    budget, bud_prov, bud_own, bud_cf = one(t, r"全年预算资金([\d.]+)万元，其中省级食品安全专项补助([\d.]+)万元、本级财政安排([\d.]+)万元、上年结转([\d.]+)万元").groups()
    C.sum_eq(budget, [bud_prov, bud_own, bud_cf], "全年预算资金 (text)")
    C.conflict(budget, rows["全年预算资金"][0], "全年预算 text/table")
    C.conflict(bud_prov, rows["全年预算资金"][3], "省级 text/table")
    C.conflict(bud_own, rows["全年预算资金"][5], "本级 text/table")
    C.conflict(bud_cf, rows["全年预算资金"][6], "上年结转 text/table")
    spent, rate = one(t, r"全年执行([\d.]+)万元，预算执行率([\d.]+)%").groups()
    C.rate(rate, num(spent), num(budget), "预算执行率 (text)")
    C.conflict(spent, rows["全年执行资金"][0], "执行 text/table")
    C.conflict(rate, rows["预算执行率(%)"][0], "执行率 text/table")
    unspent = one(t, r"未执行的([\d.]+)万元").group(1)
    C.balance(unspent, num(budget), num(spent), "未执行 (text)")
    C.conflict(unspent, rows["资金结余"][0], "结余 text/table")
    cy = int(one(t, r"已结转至(\d{4})年").group(1))
    C.ok("year_mismatch", cy > year, f"carried over to {cy} in a {year} report")
    # ---- equipment
    qty_tot, contract = one(t, r"共购置仪器设备(\d+)台（套），合同总价([\d.]+)万元").groups()
    q1, a1 = one(t, r"气相色谱-质谱联用仪(\d+)台([\d.]+)万元").groups()
    q2, p2, u2, a2 = one(t, r"液相色谱仪(\d+)台，单价([\d.]+)(元|万元)，计([\d.]+)万元").groups()
    q3, a3 = one(t, r"原子荧光光度计(\d+)台([\d.]+)万元").groups()
    q4, p4, u4, a4 = one(t, r"微波消解仪(\d+)台，单价([\d.]+)(元|万元)，计([\d.]+)万元").groups()
    q5, a5 = one(t, r"配套设备(\d+)台（套）([\d.]+)万元").groups()
    C.sum_eq(contract, [a1, a2, a3, a4, a5], "合同总价")
    C.sum_eq(qty_tot, [q1, q2, q3, q4, q5], "设备台（套）数")
    C.unit_price(q2, p2, u2, a2, "液相色谱仪")
    C.unit_price(q4, p4, u4, a4, "微波消解仪")
    pct, paid = one(t, r"已按合同价的(\d+)%支付([\d.]+)万元").groups()
    C.ok("rate_mismatch", consistent(paid, num(contract) * num(pct) / HUNDRED), f"{pct}% of {contract} ≠ {paid}")
    C.balance(unspent, num(contract), num(paid), "质保金 = 合同总价 − 已付")
    s1, s2, s3, stot = one(t, r"另购置试剂耗材及标准物质([\d.]+)万元，能力验证和人员培训([\d.]+)万元，实验室通风及气路改造([\d.]+)万元，连同设备款合计支出([\d.]+)万元").groups()
    C.sum_eq(stot, [paid, s1, s2, s3], "合计支出")
    C.conflict(stot, spent, "合计支出 vs 全年执行")
    # ---- samples, reports, satisfaction
    m = one(t, r"样品(\d+)批次（(\d{4})年为(\d+)批次），分别为食用农产品(\d+)批次、餐饮食品(\d+)批次、粮食加工品(\d+)批次、其他食品(\d+)批次")
    samples = m.group(1)
    C.ok("year_mismatch", int(m.group(2)) == year - 1, "last year's figure")
    C.sum_eq(samples, [m.group(4), m.group(5), m.group(6), m.group(7)], "样品分项")
    goal_batches = one(t, r"未完成(\d+)批次的年度目标").group(1)
    qual, qrate = one(t, r"合格(\d+)批次，合格率([\d.]+)%").groups()
    C.rate(qrate, num(qual), num(samples), "合格率")
    reports, ontime, trate = one(t, r"出具检验报告(\d+)份，其中按时出具(\d+)份，报告及时率([\d.]+)%").groups()
    C.rate(trate, num(ontime), num(reports), "报告及时率")
    params = one(t, r"检验检测参数(\d+)项（上年新增").group(1)
    cat_old, cat_new = one(t, r"由(\d+)类扩大到(\d+)类").groups()
    back, satisfied, srate = one(t, r"收回(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%").groups()
    C.rate(srate, num(satisfied), num(back), "满意度")
    # ---- total and grade
    total, gword = one(t, r"自评总得分([\d.]+)分，属于“(.+?)”").groups()
    C.grade(total, gword, "总得分")
    # ---- 附件1 indicator table
    tbl = t[t.index("附件1.项目支出绩效自评表"):]
    irows = [r for r in flat_rows(tbl) if len(r) == 9]
    body = [r for r in irows if r[0] != "一级指标" and r[0] != "合计"]
    tot = [r for r in irows if r[0] == "合计"]
    if len(body) != 9 or len(tot) != 1:
        raise ParseError("A indicator table")
    rows_i = [dict(name=r[2], w=r[3], target=r[4], actual=r[5], comp=r[6], s=r[7]) for r in body]
    ind = check_indicators(C, rows_i, tot[0][3], tot[0][7], (total,), "A")
    C.conflict(tot[0][7], total, "总得分 table/text")
    C.conflict(ind["预算执行率"]["actual"], rows["预算执行率(%)"][0], "执行率 自评表/funds table")
    conflict_actual(C, ind, "购置检验检测仪器设备", qty_tot, "台(套)", "设备数")
    conflict_actual(C, ind, "完成食品检验检测批次", samples, "批次", "检测批次")
    C.conflict(ind["完成食品检验检测批次"]["target"], goal_batches, "检测批次目标")
    conflict_actual(C, ind, "检验报告按时出具率", trate, "%", "及时率")
    conflict_actual(C, ind, "仪器设备购置成本", contract, "万元", "购置成本")
    conflict_actual(C, ind, "新增检验检测参数", params, "项", "新增参数")
    conflict_actual(C, ind, "检测能力覆盖食品类别", cat_new, "类", "食品类别")
    conflict_actual(C, ind, "委托单位满意度", srate, "%", "满意度")
    dy = int(one(t, r"\n(\d{4})年(\d+)月(\d+)日\s*$").group(1))
    C.ok("year_mismatch", dy >= year, "report date")
    return C


# =========================================================================== B
def check_B(t):
    C = Checks()
    year = int(one(t, r"\n(\d{4})年度食品药品检验检测能力提升").group(1))
    opening = one(t, r"全年预算资金([\d.]+)万元的使用情况").group(1)
    init, budget, fisc, cf = one(t, r"项目年初预算([\d.]+)万元，全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转([\d.]+)万元").groups()
    C.sum_eq(budget, [fisc, cf], "全年预算")
    C.conflict(opening, budget, "全年预算 opening/body")
    one(t, r"资金全部到位")
    received = budget
    spent, rate, fspent, frate = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%；其中当年财政拨款支出([\d.]+)万元，执行率([\d.]+)%").groups()
    C.rate(rate, num(spent), num(budget), "预算执行率")
    C.rate(frate, num(fspent), num(fisc), "当年财政拨款执行率")
    bal = one(t, r"年末结余([\d.]+)万元").group(1)
    C.balance(bal, num(received), num(spent), "年末结余")
    cy = int(one(t, r"已按规定结转至(\d{4})年").group(1))
    C.ok("year_mismatch", cy > year, f"结转至{cy}")
    asof = int(one(t, r"截至(\d{4})年12月31日").group(1))
    C.ok("year_mismatch", asof == year, f"截至{asof}年12月31日 in a {year} report")
    total, gword = one(t, r"综合得分(\d+(?:\.\d+)?)分，评价等级为“(.+?)”").groups()
    C.grade(total, gword, "综合得分")
    # ---- equipment and spending
    contracts, ctotal = one(t, r"签订合同(\d+)份，合同总价([\d.]+)万元").groups()
    q1, a1 = one(t, r"质谱仪(\d+)台([\d.]+)万元").groups()
    q2, p2, u2, a2 = one(t, r"气相色谱仪(\d+)台，每台([\d.]+)(元|万元)，合计([\d.]+)万元").groups()
    q3, a3 = one(t, r"PCR仪(\d+)台([\d.]+)万元").groups()
    q4, a4 = one(t, r"凯氏定氮仪(\d+)台([\d.]+)万元").groups()
    C.sum_eq(ctotal, [a1, a2, a3, a4], "合同总价")
    C.unit_price(q2, p2, u2, a2, "气相色谱仪")
    qty = sum(int(q) for q in (q1, q2, q3, q4))
    pp, paid, rp, retain = one(t, r"按合同价的(\d+)%支付([\d.]+)万元，其余(\d+)%即([\d.]+)万元").groups()
    C.ok("rate_mismatch", consistent(paid, num(ctotal) * num(pp) / HUNDRED), "95% paid")
    C.ok("rate_mismatch", consistent(retain, num(ctotal) * num(rp) / HUNDRED), "5% retained")
    C.sum_eq(ctotal, [paid, retain], "已付 + 质保金")
    C.sum_eq("100", [pp, rp], "付款比例")
    o1, o2, o3 = one(t, r"全年另支付试剂耗材及标准物质([\d.]+)万元、能力验证及资质扩项([\d.]+)万元、LIMS升级([\d.]+)万元").groups()
    C.sum_eq(spent, [paid, o1, o2, o3], "全年支出分项")
    # ---- outputs
    m = one(t, r"检验检测样品([\d,]+)批次（(\d{4})年为([\d,]+)批次），其中食品([\d,]+)批次、药品(\d+)批次、化妆品(\d+)批次、医疗器械(\d+)批次")
    samples = m.group(1)
    C.ok("year_mismatch", int(m.group(2)) == year - 1, "last year's figure")
    C.sum_eq(samples, [m.group(4), m.group(5), m.group(6), m.group(7)], "样品分项")
    qual, qrate = one(t, r"合格([\d,]+)批次，合格率([\d.]+)%").groups()
    C.rate(qrate, num(qual), num(samples), "合格率")
    reports, ontime, trate = one(t, r"出具检验报告([\d,]+)份，按时出具([\d,]+)份，按时出具率([\d.]+)%").groups()
    C.rate(trate, num(ontime), num(reports), "按时出具率")
    C.conflict(reports, samples, "报告份数 = 样品批次")
    c1, c2, c3, c4, cav = one(t, r"检测周期分别为([\d.]+)、([\d.]+)、([\d.]+)、([\d.]+)个工作日，平均([\d.]+)个工作日").groups()
    C.average(cav, [c1, c2, c3, c4], "平均检测周期")
    params, ptarget = one(t, r"新增检测参数(\d+)项，未达到(\d+)项").groups()
    intact = one(t, r"设备完好率(\d+)%。").group(1)
    firms, ftarget = one(t, r"为(\d+)家食品生产经营企业提供检验服务，未达到(\d+)家").groups()
    back, satisfied, srate = one(t, r"回收(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%").groups()
    C.rate(srate, num(satisfied), num(back), "满意度")
    n_all, n_met, n_unmet = one(t, r"对照年初设定的(\d+)项绩效指标，(\d+)项全部完成，.*?(\d+)项未完成").groups()
    C.sum_eq(n_all, [n_met, n_unmet], "指标项数")
    # ---- 附件1 funds block (PDF copy)
    f_tot = one(t, r"年度资金总额 ([\d.]+) ([\d.]+) ([\d.]+) (\d+) ([\d.]+)% (\d+(?:\.\d+)?)").groups()
    f_fis = one(t, r"其中：当年财政拨款 ([\d.]+) ([\d.]+) ([\d.]+) — ([\d.]+)% —").groups()
    f_cf = one(t, r"上年结转资金 ([\d.]+) ([\d.]+) ([\d.]+) — ([\d.]+)% —").groups()
    f_oth = one(t, r"其他资金 ([\d.]+) ([\d.]+) ([\d.]+) — (\S+) —").groups()
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum_eq(f_tot[i], [f_fis[i], f_cf[i], f_oth[i]], f"自评表 {col}")
    C.rate(f_tot[4], num(f_tot[2]), num(f_tot[1]), "自评表 总额执行率")
    C.rate(f_fis[3], num(f_fis[2]), num(f_fis[1]), "自评表 财政拨款执行率")
    C.rate(f_cf[3], num(f_cf[2]), num(f_cf[1]), "自评表 上年结转执行率")
    C.ok("implausible_rate", f_oth[3] == "—" or num(f_oth[1]) > 0, "其他资金 rate on zero base")
    C.conflict(f_tot[0], init, "年初预算 table/text")
    C.conflict(f_tot[1], budget, "全年预算 table/text")
    C.conflict(f_tot[2], spent, "全年执行 table/text")
    C.conflict(f_tot[4], rate, "执行率 table/text")
    C.conflict(f_fis[2], fspent, "财政拨款执行 table/text")
    C.conflict(f_cf[1], cf, "上年结转 table/text")
    g_s, g_q, g_p = one(t, r"完成检验检测样品(\d+)批次，购置设备(\d+)台（套）并投入使用，新增检测参数(\d+)项。").groups()
    C.conflict(g_s, samples, "总体目标 样品")
    C.conflict(g_q, str(qty), "总体目标 设备")
    C.conflict(g_p, params, "总体目标 参数")
    # ---- 附件1 indicators (one line per row, single spaces)
    blk = between(t, "偏差原因分析及改进措施\n", "\n总分 ")
    row_re = re.compile(r"(?P<name>[^ ]+) (?P<target>[≥≤]?[\d.]+[^ ]*) (?P<actual>[\d.]+[^ ]*) (?P<w>\d+(?:\.\d+)?) (?P<s>-?\d+(?:\.\d+)?)(?: (?P<note>.+))?$")
    rows_i = []
    for line in blk.split("\n"):
        m = row_re.search(line)
        if not m:
            raise ParseError(f"B row {line!r}")
        rows_i.append(dict(name=m["name"], target=m["target"], actual=m["actual"], w=m["w"], s=m["s"]))
    if len(rows_i) != 9:
        raise ParseError("B indicator rows")
    rows_i.insert(0, dict(name="预算执行率", target="100%", actual=f_tot[4] + "%", w=f_tot[3], s=f_tot[5]))
    tw, ts = one(t, r"\n总分 (\d+) (\d+(?:\.\d+)?)\n").groups()
    ind = check_indicators(C, rows_i, tw, ts, (total,), "B")
    C.conflict(ts, total, "总分 table/text")
    conflict_actual(C, ind, "检验检测样品批次", samples, "批次", "样品批次")
    conflict_actual(C, ind, "购置仪器设备数量", str(qty), "台(套)", "设备数")
    conflict_actual(C, ind, "检验报告按时出具率", trate, "%", "按时出具率")
    conflict_actual(C, ind, "设备购置成本", ctotal, "万元", "购置成本")
    conflict_actual(C, ind, "新增检测参数", params, "项", "新增参数")
    C.conflict(ind["新增检测参数"]["target"], ptarget, "参数目标")
    conflict_actual(C, ind, "服务食品生产经营企业", firms, "家", "服务企业")
    C.conflict(ind["服务食品生产经营企业"]["target"], ftarget, "企业目标")
    conflict_actual(C, ind, "设备完好率", intact, "%", "设备完好率")
    conflict_actual(C, ind, "委托企业满意度", srate, "%", "满意度")
    dy = int(one(t, r"\n(\d{4})年(\d+)月(\d+)日\n").group(1))
    C.ok("year_mismatch", dy >= year, "report date")
    return C


# =========================================================================== C
def check_C(t):
    C = Checks()
    year = int(one(t, r"对(\d{4})年度检验检测能力建设项目资金").group(1))
    opening = one(t, r"检验检测能力建设项目资金([\d.]+)万元进行了").group(1)
    init, prov, add, budget = one(t, r"项目年初预算([\d.]+)万元，其中省级食品安全专项补助([\d.]+)万元；年中县政府批准追加仪器购置经费([\d.]+)万元，全年预算调整为([\d.]+)万元").groups()
    C.sum_eq(budget, [init, add], "年初 + 追加 = 全年")
    C.conflict(opening, budget, "全年预算 opening/body")
    prov2, month, notpaid, received, rrate = one(t, r"省级补助([\d.]+)万元于(\d+)月全额到位；县级追加资金中有([\d.]+)万元年内未拨付，全年实际到位资金([\d.]+)万元，到位率([\d.]+)%").groups()
    C.conflict(prov2, prov, "省级补助")
    C.sum_eq(budget, [received, notpaid], "到位 + 未拨付 = 全年预算")
    C.rate(rrate, num(received), num(budget), "到位率")
    m = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，资金使用率（按到位资金计算）([\d.]+)%。其中省级补助资金执行率([\d.]+)%，县级资金执行率([\d.]+)%。到位资金结余([\d.]+)万元，已结转至(\d{4})年")
    spent, erate, urate, prate_t, crate_t, bal, cy = m.groups()
    C.rate(erate, num(spent), num(budget), "预算执行率")
    C.rate(urate, num(spent), num(received), "资金使用率（到位口径）")
    C.balance(bal, num(received), num(spent), "到位资金结余")
    C.ok("year_mismatch", int(cy) > year, f"结转至{cy}")
    # ---- equipment
    qty_tot, ctotal = one(t, r"共购置(\d+)台（套），合同总价([\d.]+)万元").groups()
    q1, p1, u1, a1 = one(t, r"农药残留快速检测仪(\d+)台，单价([\d.]+)(元|万元)，计([\d.]+)万元").groups()
    q2, a2 = one(t, r"原子吸收分光光度计(\d+)台，合同价([\d.]+)万元").groups()
    q3, p3, u3, a3 = one(t, r"多功能食品安全快速检测仪(\d+)台，单价([\d.]+)(元|万元)，计([\d.]+)万元").groups()
    q4, a4 = one(t, r"全自动电位滴定仪(\d+)台([\d.]+)万元").groups()
    C.sum_eq(ctotal, [a1, a2, a3, a4], "合同总价")
    C.sum_eq(qty_tot, [q1, q2, q3, q4], "设备台（套）数")
    C.unit_price(q1, p1, u1, a1, "农药残留快速检测仪")
    C.unit_price(q3, p3, u3, a3, "多功能快速检测仪")
    pp, paid, retain = one(t, r"付至合同价的(\d+)%，计([\d.]+)万元，余款([\d.]+)万元作为质保金").groups()
    C.ok("rate_mismatch", consistent(paid, num(ctotal) * num(pp) / HUNDRED), "90% paid")
    C.balance(retain, num(ctotal), num(paid), "余款 = 合同总价 − 已付")
    C.conflict(one(t, r"质保金([\d.]+)万元不在本年度").group(1), retain, "质保金 restated")
    e1, e2, e3, e4 = one(t, r"全年支出设备款([\d.]+)万元、快检试剂耗材([\d.]+)万元、定量检验耗材及标准品([\d.]+)万元、人员培训及能力验证([\d.]+)万元").groups()
    C.sum_eq(spent, [e1, e2, e3, e4], "支出分项")
    C.conflict(e1, paid, "设备款")
    # ---- outputs
    g_fast, g_quant = one(t, r"全年完成食品快速检测([\d,]+)批次、定量检验(\d+)批次以上").groups()
    m = one(t, r"食品快速检测([\d,]+)批次（(\d{4})年为([\d,]+)批次），完成年度目标的([\d.]+)%")
    fast, comp = m.group(1), m.group(4)
    C.ok("year_mismatch", int(m.group(2)) == year - 1, "last year's figure")
    C.ok("completion_mismatch", consistent(comp, completion("≥", g_fast, fast)), f"快检完成率 {comp}")
    quant, q_sup, q_ent = one(t, r"完成定量检验(\d+)批次，其中监督抽检(\d+)批次、委托检验(\d+)批次").groups()
    C.sum_eq(quant, [q_sup, q_ent], "定量检验分项")
    recheck, trate = one(t, r"复核符合率([\d.]+)%；检验报告按时出具率([\d.]+)%").groups()
    use, use_t = one(t, r"年有效使用率为(\d+)%，低于(\d+)%的目标").groups()
    sat, sat1, sat2 = one(t, r"服务对象满意度([\d.]+)%，其中食品经营户满意度([\d.]+)%，农贸市场开办方满意度([\d.]+)%").groups()
    for s, w in ((sat, "满意度"), (sat1, "食品经营户满意度"), (sat2, "开办方满意度")):
        C.pct_range(s, w)
    total, gword = one(t, r"本项目得分([\d.]+)分，等级为(\S)").groups()
    C.grade(total, gword, "得分")
    # ---- 自评表 (Word table copied with tabs)
    def trow(label):
        line = one(t, r"\n" + re.escape(label) + r"\t[^\n]*").group(0)[1:]
        return line.split("\t")
    f_tot, f_prov, f_cnty, f_cf = trow("年度资金总额"), trow("其中：省级补助资金"), trow("县级财政资金"), trow("上年结转资金")
    for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        C.sum_eq(f_tot[i], [f_prov[i], f_cnty[i], f_cf[i]], f"自评表 {col}")
    for row, name in ((f_tot, "总额"), (f_prov, "省级"), (f_cnty, "县级")):
        C.rate(row[5], num(row[3]), num(row[2]), f"自评表 {name}执行率")
    C.ok("implausible_rate", f_cf[5] == "—" or num(f_cf[2]) > 0, "上年结转 rate on zero base")
    C.conflict(f_tot[1], init, "年初 table/text")
    C.conflict(f_tot[2], budget, "全年 table/text")
    C.conflict(f_tot[3], spent, "执行 table/text")
    C.conflict(f_tot[5], erate, "执行率 table/text")
    C.conflict(f_prov[1], prov, "省级年初 table/text")
    C.conflict(f_prov[5], prate_t, "省级执行率 table/text")
    C.conflict(f_cnty[5], crate_t, "县级执行率 table/text")
    blk = between(t, "偏差原因分析及改进措施\n", "\n总分\t")
    rows_i = [dict(name="预算执行率", target="100%", actual=f_tot[5], w=f_tot[4], s=f_tot[6])]
    for line in blk.split("\n"):
        c = line.split("\t")
        if len(c) != 8:
            raise ParseError(f"C row {line!r}")
        rows_i.append(dict(name=c[2], target=c[3], actual=c[4], w=c[5], s=c[6]))
    tot = trow("总分")
    ind = check_indicators(C, rows_i, tot[5], tot[6], (total,), "C")
    C.conflict(tot[6], total, "总分 table/text")
    conflict_actual(C, ind, "食品快速检测批次", fast, "批次", "快检批次")
    C.conflict(ind["食品快速检测批次"]["target"], g_fast, "快检目标")
    conflict_actual(C, ind, "食品定量检验批次", quant, "批次", "定量检验")
    C.conflict(ind["食品定量检验批次"]["target"], g_quant, "定量目标")
    conflict_actual(C, ind, "购置检验检测仪器设备", qty_tot, "台(套)", "设备数")
    conflict_actual(C, ind, "快检结果复核符合率", recheck, "%", "复核符合率")
    conflict_actual(C, ind, "检验报告按时出具率", trate, "%", "按时出具率")
    conflict_actual(C, ind, "仪器设备购置成本", ctotal, "万元", "购置成本")
    conflict_actual(C, ind, "设备年有效使用率", use, "%", "设备使用率")
    C.conflict(ind["设备年有效使用率"]["target"], use_t, "使用率目标")
    conflict_actual(C, ind, "服务对象满意度", sat, "%", "满意度")
    return C


# =========================================================================== D
def check_D(t):
    C = Checks()
    year = int(one(t, r"邛崃市检验检测中心(\d{4})年度仪器设备购置").group(1))
    pub = int(one(t, r"发布时间：(\d{4})-").group(1))
    C.ok("year_mismatch", pub >= year, "publication date")
    applied = one(t, r"申报\d{4}年项目预算([\d.]+)万元").group(1)
    m = one(t, r"申报项目资金([\d.]+)万元，市财政局以邛财预〔(\d{4})〕8号文批复([\d.]+)万元；年中追加省级检验检测能力提升补助([\d.]+)万元，调整后财政资金预算([\d.]+)万元。中心另安排单位资金([\d.]+)万元用于实验室改造，项目调整后预算合计([\d.]+)万元")
    appl2, docy, approved, add, fisc, unitf, budget = m.groups()
    C.conflict(applied, appl2, "申报数")
    C.ok("year_mismatch", int(docy) == year, "批复文号年份")
    C.sum_eq(fisc, [approved, add], "调整后财政资金")
    C.sum_eq(budget, [fisc, unitf], "调整后预算合计")
    rr = one(t, r"调整后预算资金全部到位，到位率(\d+)%").group(1)
    received = budget
    C.rate(rr, num(received), num(budget), "到位率")
    spent, fspent, uspent, erate = one(t, r"全年实际支出([\d.]+)万元，其中财政资金([\d.]+)万元、单位资金([\d.]+)万元，预算执行率([\d.]+)%").groups()
    C.sum_eq(spent, [fspent, uspent], "实际支出")
    C.rate(erate, num(spent), num(budget), "预算执行率")
    bal = one(t, r"结余([\d.]+)万元为").group(1)
    C.balance(bal, num(received), num(spent), "结余")
    # ---- equipment
    qty_tot, ctotal = one(t, r"共购置(\d+)台（套），合同总价([\d.]+)万元").groups()
    items = [one(t, r"串联质谱仪(\d+)台([\d.]+)万元").groups(), one(t, r"离子色谱仪(\d+)台([\d.]+)万元").groups(),
             one(t, r"压力表自动检定装置(\d+)套([\d.]+)万元").groups(), one(t, r"加油机检定装置(\d+)套([\d.]+)万元").groups()]
    q5, p5, u5, a5 = one(t, r"砝码组(\d+)套，每套([\d.]+)(元|万元)，计([\d.]+)万元").groups()
    C.sum_eq(ctotal, [a for _, a in items] + [a5], "合同总价")
    C.sum_eq(qty_tot, [q for q, _ in items] + [q5], "设备台（套）数")
    C.unit_price(q5, p5, u5, a5, "砝码组")
    pp, paid, rp, retain, ry = one(t, r"验收合格后支付(\d+)%，计([\d.]+)万元，其余(\d+)%即([\d.]+)万元作为质保金，于(\d{4})年").groups()
    C.ok("rate_mismatch", consistent(paid, num(ctotal) * num(pp) / HUNDRED), "97% paid")
    C.ok("rate_mismatch", consistent(retain, num(ctotal) * num(rp) / HUNDRED), "3% retained")
    C.sum_eq(ctotal, [paid, retain], "已付 + 质保金")
    C.ok("year_mismatch", int(ry) > year, "质保金 paid after the year")
    o1, o2, o3 = one(t, r"全年另支出检测耗材([\d.]+)万元、人员培训及CMA扩项评审([\d.]+)万元，单位资金([\d.]+)万元").groups()
    C.sum_eq(fspent, [paid, o1, o2], "财政资金支出分项")
    C.conflict(o3, uspent, "单位资金支出")
    # ---- outputs and effects
    installed = one(t, r"(\d+)台（套）设备全部到货安装").group(1)
    C.conflict(installed, qty_tot, "设备数")
    g_cal, g_samp, g_par = one(t, r"全年检定校准计量器具([\d,]+)台件以上、完成食品检验检测样品([\d,]+)批次以上，新增CMA认可检测参数(\d+)项").groups()
    m = one(t, r"检定校准计量器具([\d,]+)台件（(\d{4})年为([\d,]+)台件）")
    cal = m.group(1)
    C.ok("year_mismatch", int(m.group(2)) == year - 1, "last year's figure")
    samp, comp = one(t, r"完成食品检验检测样品([\d,]+)批次，完成年度目标的([\d.]+)%").groups()
    C.ok("completion_mismatch", consistent(comp, completion("≥", g_samp, samp)), f"样品完成率 {comp}")
    acc = one(t, r"验收合格率(\d+)%；").group(1)
    trate = one(t, r"检验报告按时出具率([\d.]+)%。").group(1)
    cost, cap = one(t, r"设备购置成本([\d.]+)万元，控制在(\d+)万元预算以内").groups()
    C.conflict(cost, ctotal, "购置成本")
    par, par_f, par_m, par_t = one(t, r"新增CMA认可检测参数(\d+)项，其中食品类(\d+)项、计量类(\d+)项，未达到(\d+)项").groups()
    C.sum_eq(par, [par_f, par_m], "新增参数分项")
    C.conflict(par_t, g_par, "参数目标")
    intact = one(t, r"设备运行完好率([\d.]+)%。").group(1)
    sat = one(t, r"服务对象满意度([\d.]+)%，低于目标").group(1)
    C.pct_range(sat, "满意度")
    total, gword = one(t, r"综合自评得分(\d+(?:\.\d+)?)分，项目绩效总体评价为(\S\S)").groups()
    C.grade(total, gword, "综合自评得分")
    # ---- 自评表 copied from the web page (tab cells, separate 指标性质 / 度量单位 columns)
    blk = between(t, "未完成原因分析\n", "\n合计\t")
    rows_i = []
    for line in blk.split("\n"):
        c = line.split("\t")
        if len(c) != 10:
            raise ParseError(f"D row {line!r}")
        rows_i.append(dict(name=c[2], dir_col=c[3], target=c[4], unit_col=c[5], actual=c[6], w=c[7], s=c[8]))
    tot = one(t, r"\n合计\t[^\n]*").group(0)[1:].split("\t")
    ind = check_indicators(C, rows_i, tot[7], tot[8], (total,), "D")
    C.conflict(tot[8], total, "合计 table/text")
    conflict_actual(C, ind, "调整后预算执行率", erate, "%", "执行率")
    conflict_actual(C, ind, "购置检验检测及计量标准设备", qty_tot, "台(套)", "设备数")
    conflict_actual(C, ind, "检定校准计量器具", cal, "台件", "检定数量")
    C.conflict(ind["检定校准计量器具"]["target"], g_cal, "检定目标")
    conflict_actual(C, ind, "完成食品检验检测样品", samp, "批次", "样品")
    C.conflict(ind["完成食品检验检测样品"]["target"], g_samp, "样品目标")
    conflict_actual(C, ind, "新购设备验收合格率", acc, "%", "验收合格率")
    conflict_actual(C, ind, "检验报告按时出具率", trate, "%", "按时出具率")
    conflict_actual(C, ind, "仪器设备购置成本", cost, "万元", "购置成本")
    C.conflict(ind["仪器设备购置成本"]["target"], cap, "成本上限")
    conflict_actual(C, ind, "新增CMA认可检测参数", par, "项", "新增参数")
    C.conflict(ind["新增CMA认可检测参数"]["target"], g_par, "参数目标")
    conflict_actual(C, ind, "设备运行完好率", intact, "%", "完好率")
    conflict_actual(C, ind, "服务对象满意度", sat, "%", "满意度")
    return C


# =========================================================================== E
def check_E(t):
    C = Checks()
    year = int(one(t, r"检验检测中心(\d{4})年度部门整体支出").group(1))
    budget, basic, proj, spent, drate = one(t, r"部门全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元；全年支出([\d.]+)万元，部门预算执行率([\d.]+)%").groups()
    C.sum_eq(budget, [basic, proj], "部门全年预算")
    C.rate(drate, num(spent), num(budget), "部门预算执行率")
    bspent, staff, public = one(t, r"基本支出执行([\d.]+)万元，其中人员经费([\d.]+)万元、公用经费([\d.]+)万元").groups()
    C.sum_eq(bspent, [staff, public], "基本支出")
    # ---- project table (full-width spaces)
    names = ["食品安全抽检监测经费", "检验检测仪器设备购置", "计量检定能力提升", "合计"]
    prow = {}
    for n in names:
        line = one(t, r"\n" + n + r"[ 　]+[^\n]*").group(0)[1:]
        prow[n] = re.split(r"[ 　]+", line.strip())
        if len(prow[n]) != 6:
            raise ParseError(f"E project row {line!r}")
    for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "执行数")):
        C.sum_eq(prow["合计"][i], [prow[n][i] for n in names[:3]], f"项目表 {col}")
    for n in names:
        C.rate(prow[n][4], num(prow[n][3]), num(prow[n][2]), f"{n} 执行率")
    C.conflict(prow["合计"][2], proj, "项目支出 table/text")
    C.sum_eq(spent, [bspent, prow["合计"][3]], "全年支出 = 基本 + 项目")
    inc = one(t, r"仪器设备购置项目全年预算较年初增加([\d.]+)万元").group(1)
    C.ok("sum_mismatch", consistent(inc, num(prow["检验检测仪器设备购置"][2]) - num(prow["检验检测仪器设备购置"][1])), "设备 年初 + 增加 = 全年")
    add = one(t, r"计量检定能力提升项目年中追加([\d.]+)万元").group(1)
    C.ok("sum_mismatch", consistent(add, num(prow["计量检定能力提升"][2]) - num(prow["计量检定能力提升"][1])), "计量 年初 + 追加 = 全年")
    s1, s2, s3, avg = one(t, r"三个项目自评得分分别为(\d+)分、(\d+)分和(\d+)分，平均自评得分([\d.]+)分").groups()
    C.average(avg, [s1, s2, s3], "平均自评得分")
    for s, n in zip((s1, s2, s3), names[:3]):
        C.conflict(s, prow[n][5], f"{n} 得分 text/table")
    brate, prate = one(t, r"其中基本支出执行率([\d.]+)%，项目支出执行率([\d.]+)%").groups()
    C.rate(brate, num(bspent), num(basic), "基本支出执行率")
    C.conflict(prate, prow["合计"][4], "项目支出执行率 text/table")
    ctotal, pct, retain = one(t, r"合同总价([\d.]+)万元，按(\d+)%预留质保金([\d.]+)万元").groups()
    C.ok("rate_mismatch", consistent(retain, num(ctotal) * num(pct) / HUNDRED), "质保金 5%")
    pbal, cy = one(t, r"项目支出结余合计([\d.]+)万元，已按规定结转至(\d{4})年").groups()
    C.balance(pbal, num(prow["合计"][2]), num(prow["合计"][3]), "项目支出结余")
    C.ok("year_mismatch", int(cy) > year, f"结转至{cy} in a {year} report")
    m = one(t, r"检验检测样品([\d,]+)批次（(\d{4})年为([\d,]+)批次），其中监督抽检([\d,]+)批次、风险监测(\d+)批次、委托检验([\d,]+)批次；检验结论合格([\d,]+)批次，合格率([\d.]+)%")
    samples = m.group(1)
    C.ok("year_mismatch", int(m.group(2)) == year - 1, "last year's figure")
    C.sum_eq(samples, [m.group(4), m.group(5), m.group(6)], "样品分项")
    C.rate(m.group(8), num(m.group(7)), num(samples), "合格率")
    cal = one(t, r"强制检定计量器具([\d,]+)台件").group(1)
    firms, ftarget = one(t, r"为([\d,]+)家市场主体提供检验检定服务，未达到([\d,]+)家的目标").groups()
    # ---- indicator table (｜)
    blk = between(t, "实际完成值｜得分\n", "\n合计｜")
    rows_i = []
    for line in blk.split("\n"):
        c = line.split("｜")
        if len(c) != 7:
            raise ParseError(f"E row {line!r}")
        rows_i.append(dict(name=c[2], w=c[3], target=c[4], actual=c[5], s=c[6]))
    tot = one(t, r"\n合计｜[^\n]*").group(0)[1:].split("｜")
    total, gword = one(t, r"部门整体支出绩效得分([\d.]+)分，等级为(\S)").groups()
    ind = check_indicators(C, rows_i, tot[3], tot[6], (total,), "E")
    C.conflict(tot[6], total, "合计 table/text")
    C.grade(total, gword, "部门整体得分")
    conflict_actual(C, ind, "部门预算执行率", drate, "%", "执行率")
    conflict_actual(C, ind, "完成检验检测样品", samples, "批次", "样品")
    conflict_actual(C, ind, "强制检定计量器具", cal, "台件", "检定数量")
    conflict_actual(C, ind, "服务市场主体数量", firms, "家", "服务主体")
    C.conflict(ind["服务市场主体数量"]["target"], ftarget, "主体目标")
    n_all, n_met, n_unmet = one(t, r"(\d+)项指标中(\d+)项达到或超过年度指标值，.*?(\d+)项未完成").groups()
    C.sum_eq(n_all, [n_met, n_unmet], "指标项数")
    C.ok("sum_mismatch", int(n_all) == len(rows_i), "指标项数 vs table rows")
    dy = int(one(t, r"\n(\d{4})年(\d+)月(\d+)日\s*$").group(1))
    C.ok("year_mismatch", dy >= year, "report date")
    return C


CHECKERS = {
    "sx-xiaoyi-jianceyiqi-2020": check_A,
    "sd-feicheng-shijianyiqi-2022": check_B,
    "hn-chaling-jiancenengli-2019": check_C,
    "sc-qionglai-jianceshebei-2023": check_D,
    "jx-guixi-jiancezhongxin-bumen-2024": check_E,
}


# --------------------------------------------------------------------------- driver
def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def diff_span(a, b):
    """Common prefix / suffix: the changed region [p, len(b) − s) of b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ disagree")
    counts = {c: 0 for c in CODES}
    where = {}
    total_checks = 0
    for lab in labels:
        text = read(os.path.join(CASES, lab["case"]))
        src = lab["source"]
        if src not in CHECKERS:
            problems.append(f"{lab['case']}: no checker for {src}")
            continue
        try:
            res = CHECKERS[src](text)
        except (ParseError, ValueError, KeyError) as e:
            problems.append(f"{lab['case']}: parse error: {e}")
            continue
        total_checks += res.count
        failed = sorted({c for c, _ in res.fails})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if res.fails:
                problems.append(f"{lab['case']}: clean draft fails {res.fails}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{lab['case']}: {n} characters")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: expected one label")
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {e}")
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        occ = text.count(e["value"])
        if occ != 1:
            problems.append(f"{lab['case']}: label value occurs {occ} times")
            continue
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        p, ea, eb = diff_span(clean, text)
        if p >= eb and p >= ea:
            problems.append(f"{lab['case']}: identical to clean")
        vs = text.index(e["value"])
        ve = vs + len(e["value"])
        if not (vs < max(eb, p + 1) and p < ve):
            problems.append(f"{lab['case']}: change [{p},{eb}) does not overlap the label value [{vs},{ve})")
        # the clean draft and the error case differ in exactly one contiguous region by construction
        # of diff_span; make sure that region is small (one figure or word, a few characters)
        if eb - p > 12 or ea - p > 12:
            problems.append(f"{lab['case']}: changed region too long ({clean[p:ea]!r} -> {text[p:eb]!r})")
        if failed != [e["code"]]:
            problems.append(f"{lab['case']}: labelled {e['code']}, checks failing: {res.fails}")
        where[lab["case"]] = (clean[p:ea], text[p:eb])
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    if "-v" in sys.argv:
        for k, (a, b) in sorted(where.items()):
            print(f"{k}: {a!r} -> {b!r}")
        print("per code:", json.dumps(counts, ensure_ascii=False))
    for pr in problems:
        print("FAIL", pr)
    if problems:
        sys.exit(1)
    print(f"{len(labels)} cases, {total_checks} arithmetic checks run")
    print("OK")


if __name__ == "__main__":
    main()
