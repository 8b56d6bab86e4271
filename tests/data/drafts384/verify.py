#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every case named in labels.jsonl exists and every case file is labelled; every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md section A (the 13 error codes) is used at least twice;
4. the arithmetic of every draft is redone from the text itself (figures are read with regular expressions or
   from the flattened tables, never taken from the edit list): every clean draft passes all checks; in every
   error case the labelled code fails and no other error code fails.

Numbers are compared with decimal.Decimal under the tolerance of rules.md section 8: a stated value with d
decimals is consistent with a computed value c when |c - v| <= 0.5 * 10^-d (+1e-9). A check that fails but is
reconciled by rescaling one money amount by 10^4 or 10^8 is reported as unit_mismatch (errors.md: the most
specific explanation wins). Checks coded "arith" are identities with no code of their own (products, formulas);
they must hold in every case.
"""
import copy
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
EPS = D("1e-9")
HUNDRED = D(100)


class FactError(Exception):
    pass


# ---------------------------------------------------------------------------------------------- numbers
class N:
    """A stated number: value and tolerance from the decimals as written (optionally scaled to a unit)."""

    def __init__(self, s, scale=D(1), approx=False):
        raw = s.replace(",", "").strip()
        self.raw = s
        self.v = D(raw) * scale
        d = len(raw.split(".")[1]) if "." in raw else 0
        self.tol = D("0.5") * (D(10) ** -d) * abs(scale)
        if approx:  # 约/余/左右: allow 1% of the value
            self.tol = max(self.tol, abs(self.v) / 100)

    def scaled(self, f):
        n = copy.copy(self)
        n.v = self.v * f
        n.tol = self.tol * abs(f)
        return n

    def __repr__(self):
        return f"N({self.raw})"


def num(s, scale=D(1)):
    return None if s is None or s.strip() in ("", "—", "-", "/") else N(s, scale)


def ok(stated, computed):
    """stated N consistent with a computed Decimal."""
    return abs(D(computed) - stated.v) <= stated.tol + EPS


def same(a, b):
    """two stated figures of one quantity agree (within the looser tolerance)."""
    return abs(a.v - b.v) <= max(a.tol, b.tol) + EPS


def val(x):
    return D(0) if x is None else x.v


def one(text, pat, flags=0):
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise FactError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def tabline(text, key, start=False):
    """The unique line containing key (or starting with it), split on tabs."""
    lines = [ln for ln in text.split("\n") if (ln.startswith(key) if start else key in ln)]
    if len(lines) != 1:
        raise FactError(f"line key {key!r} found {len(lines)} times")
    return lines[0].split("\t")


def cells(text, anchor, n):
    """Cell-per-line table (Word -> txt): the n cells following the cell line '\\t<anchor>'."""
    m = one(text, re.escape("\t" + anchor + "\n") + "((?:\t[^\n]*\n){%d})" % n)
    return [c[1:] for c in m.group(1).split("\n")[:-1]]


VAL_RE = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    """'≥12000盏' -> ('≥', N(12000), '盏'); qualitative text -> (None, None, s)."""
    m = VAL_RE.match(s.strip())
    if not m:
        return (None, None, s.strip())
    return (m.group(1), N(m.group(2)), m.group(3).strip())


def completion(target, actual):
    sign, t, _ = target
    _, a, _ = actual
    if t is None or a is None:
        return HUNDRED if target[2] == actual[2] else None
    if sign in ("≤", "＜", "<="):
        return HUNDRED if a.v <= t.v else t.v / a.v * HUNDRED
    return a.v / t.v * HUNDRED


def prose_targets(t, specs):
    """specs: list of (regex with one number group, table row name) -> list of (row name, N)."""
    return [(nm, N(one(t, pat).group(1))) for pat, nm in specs]


def target_checks(C, pairs, table_target):
    """prose target figure = the row's 年度指标值 in the table."""
    for nm, pv in pairs:
        tv = parse_val(table_target(nm))[1]
        C.add("conflicting_values", f"{nm}: target prose = table", tv is not None and same(tv, pv))


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
          "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def rate_check(stated, numer, denom):
    """Return (code or None) for a stated percentage against numer/denom."""
    if stated is None:
        return None
    if denom is None or denom == 0:
        return None if stated.v == 0 else "implausible_rate"
    if stated.v > HUNDRED + stated.tol or stated.v < 0:
        return "implausible_rate"
    return None if ok(stated, numer / denom * HUNDRED) else "rate_mismatch"


class Checks:
    def __init__(self):
        self.items = []  # (code, desc, passed)

    def add(self, code, desc, passed):
        self.items.append((code, desc, bool(passed)))

    def rate(self, desc, stated, numer, denom):
        code = rate_check(stated, numer, denom)
        self.items.append((code or "rate_mismatch", desc, code is None))

    def pct_range(self, desc, stated):
        self.items.append(("implausible_rate", desc, D(0) <= stated.v <= HUNDRED))


def table_rows_checks(C, tag, rows, weight_total=None, total=None, grade=None):
    """rows: list of (name, weight N, score N, target str|None, actual str|None, completion N|None)."""
    wsum = sum(r[1].v for r in rows)
    C.add("weight_sum_mismatch", f"{tag}: weights sum to 100", wsum == HUNDRED)
    if weight_total is not None:
        C.add("weight_sum_mismatch", f"{tag}: weights sum = stated weight total", ok(weight_total, wsum))
    for name, w, s, tgt, act, comp in rows:
        C.add("score_exceeds_weight", f"{tag}: {name} score <= weight", D(0) <= s.v <= w.v + EPS)
        if tgt is not None and act is not None:
            pt, pa = parse_val(tgt), parse_val(act)
            if pt[1] is not None:
                C.add("unit_mismatch", f"{tag}: {name} actual unit = target unit", pt[2] == pa[2] and pa[1] is not None)
                if pt[2] == "%" and pa[1] is not None:
                    C.pct_range(f"{tag}: {name} percentage within 0-100", pa[1])
            if comp is not None:
                c = completion(pt, pa) if (pt[2] == pa[2]) else None
                C.add("completion_mismatch", f"{tag}: {name} completion", c is not None and ok(comp, c))
    if total is not None:
        C.add("score_sum_mismatch", f"{tag}: scores sum to stated total", ok(total, sum(r[2].v for r in rows)))
        if grade is not None:
            C.add("grade_mismatch", f"{tag}: grade matches band of total", GRADES.get(grade) == band(total.v))


# ======================================================================================= project A: Shanxi
def facts_A(t):
    F = {}
    keys = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]
    F["fund"] = {k: [num(c) for c in cells(t, k, 8)] for k in keys}
    F["year_eval"] = int(one(t, r"(\d{4})年，怀仁市城市管理局实施").group(1))
    F["year_cut"] = int(one(t, r"截至(\d{4})年12月31日").group(1))
    F["year_cf"] = int(one(t, r"结转至(\d{4})年").group(1))
    F["m_budget"] = N(one(t, r"全年预算([\d.]+)万元，由年初预算").group(1))
    F["m_init"] = N(one(t, r"由年初预算([\d.]+)万元").group(1))
    F["m_prov"] = N(one(t, r"节能改造补助([\d.]+)万元").group(1))
    F["m_cfin"] = N(one(t, r"结转的改造工程质保金([\d.]+)万元").group(1))
    m = one(t, r"按用途分，LED节能改造([\d.]+)万元、路灯日常维护([\d.]+)万元、电费补差([\d.]+)万元、支付上年质保金([\d.]+)万元")
    F["m_use"] = [N(x) for x in m.groups()]
    m = one(t, r"全年实际支出([\d.]+)万元，其中LED节能改造工程款([\d.]+)万元、路灯日常维护([\d.]+)万元、"
               r"电费补差([\d.]+)万元、上年质保金([\d.]+)万元")
    F["m_exec"] = N(m.group(1))
    F["m_exec_parts"] = [N(x) for x in m.groups()[1:]]
    F["m_bal"] = N(one(t, r"年末结余([\d.]+)万元").group(1))
    F["m_retain"] = N(one(t, r"工程质保金([\d.]+)万元结转至").group(1))
    F["m_rest"] = N(one(t, r"其余([\d.]+)万元为改造结算审减").group(1))
    m = one(t, r"合同价([\d.]+)万元，经审计结算价([\d.]+)万元，审减([\d.]+)万元，按结算价的(\d+)%支付工程款，预留(\d+)%作为质保金")
    F["m_contract"], F["m_settle"], F["m_cut"] = N(m.group(1)), N(m.group(2)), N(m.group(3))
    F["pay_pct"], F["ret_pct"] = N(m.group(4)), N(m.group(5))
    m = one(t, r"改造完成LED灯具(\d+)盏，按结算价计算平均每盏([\d.]+)(元|万元)")
    F["led_n"] = N(m.group(1))
    F["y_avg"] = N(m.group(2), D(10000) if m.group(3) == "万元" else D(1))
    F["rate_prose"] = N(one(t, r"全年预算执行率([\d.]+)%（2020年为").group(1))
    F["maint_prose"] = N(one(t, r"全年巡查维修路灯(\d+)盏").group(1))
    F["light_prose"] = N(one(t, r"主次干道亮灯率([\d.]+)%，其中主干道").group(1))
    F["fix_prose"] = N(one(t, r"故障路灯平均修复时间(\d+)小时").group(1))
    m = one(t, r"全年节约用电([\d.]+)万千瓦时，按([\d.]+)元/千瓦时计，节约电费([\d.]+)万元")
    F["kwh_prose"], F["price"], F["save_prose"] = N(m.group(1)), N(m.group(2)), N(m.group(3))
    F["sat_prose"] = N(one(t, r"沿线居民及商户满意度([\d.]+)%").group(1))
    m = one(t, r"总得分([\d.]+)分，属于“(\S+?)”")
    F["total"], F["grade"] = N(m.group(1)), m.group(2)
    names = ["预算执行率", "路灯设施日常维护数量", "LED节能灯具改造数量", "主次干道亮灯率", "故障路灯修复时限",
             "LED改造工程成本", "年节约电费", "年节约用电量", "路灯设施长效管护机制", "沿线居民及商户满意度"]
    F["rows"] = {nm: cells(t, nm, 6) for nm in names}
    F["targets"] = prose_targets(t, [
        (r"日常维护不少于(\d+)盏", "路灯设施日常维护数量"), (r"LED节能改造不少于(\d+)盏", "LED节能灯具改造数量"),
        (r"主次干道亮灯率不低于(\d+)%", "主次干道亮灯率"), (r"故障路灯(\d+)小时内修复", "故障路灯修复时限"),
        (r"年节约电费(\d+)万元以上", "年节约电费"), (r"未达到(\d+)万元的年度目标", "年节约电费"),
        (r"满意度达到(\d+)%以上", "沿线居民及商户满意度")])
    return F


MONEY_A = ["m_budget", "m_init", "m_prov", "m_cfin", "m_exec", "m_bal", "m_retain", "m_rest", "m_contract",
           "m_settle", "m_cut", "y_avg"]


def checks_A(F):
    C = Checks()
    f = F["fund"]
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in ["(1)", "(2)", "(3)", "(4)"]:
        r = [val(x) for x in f[k]]
        C.add("sum_mismatch", f"funds {k}: 总 = 小计 + 结转 + 其他", f[k][0] is not None and ok(f[k][0], r[1] + r[6] + r[7]))
        C.add("sum_mismatch", f"funds {k}: 小计 = 中央+省+市+县区", f[k][1] is not None and ok(f[k][1], r[2] + r[3] + r[4] + r[5]))
    for i, col in enumerate(cols):
        b3, b4, b2 = val(f["(3)"][i]), val(f["(4)"][i]), val(f["(2)"][i])
        c5 = f["(5)=(3)-(4)"][i]
        C.add("balance_mismatch", f"funds (5) {col}", c5 is not None and ok(c5, b3 - b4))
        C.rate(f"funds (6) {col}", f["(6)=(3)/(2)"][i], b3, b2)
        C.rate(f"funds (7) {col}", f["(7)=(4)/(2)"][i], b4, b2)
    # prose funds
    C.add("sum_mismatch", "全年预算 = 年初 + 省级追加 + 上年结转", ok(F["m_budget"], F["m_init"].v + F["m_prov"].v + F["m_cfin"].v))
    C.add("sum_mismatch", "全年预算 = sum of uses", ok(F["m_budget"], sum(x.v for x in F["m_use"])))
    C.add("sum_mismatch", "全年支出 = sum of parts", ok(F["m_exec"], sum(x.v for x in F["m_exec_parts"])))
    C.add("balance_mismatch", "结余 = 到位(全年预算) - 支出", ok(F["m_bal"], F["m_budget"].v - F["m_exec"].v))
    C.add("sum_mismatch", "结余 = 质保金 + 其余", ok(F["m_bal"], F["m_retain"].v + F["m_rest"].v))
    C.add("sum_mismatch", "审减 = 合同价 - 结算价", ok(F["m_cut"], F["m_contract"].v - F["m_settle"].v))
    led_paid = F["m_exec_parts"][0]
    C.add("arith", "LED paid = 95% of settlement", ok(led_paid, F["m_settle"].v * F["pay_pct"].v / HUNDRED))
    C.add("sum_mismatch", "质保金 = 结算价 - 已付", ok(F["m_retain"], F["m_settle"].v - led_paid.v))
    C.add("arith", "质保金 = 5% of settlement", ok(F["ret_pct"], F["m_retain"].v / F["m_settle"].v * HUNDRED))
    C.add("average_mismatch", "平均每盏 = 结算价 / 盏数", ok(F["y_avg"], F["m_settle"].v * 10000 / F["led_n"].v))
    C.add("arith", "节约电费 = 电量 × 单价", ok(F["save_prose"], F["kwh_prose"].v * F["price"].v))
    # prose <-> table
    C.add("conflicting_values", "全年预算 prose = table (2)", same(F["m_budget"], f["(2)"][0]))
    C.add("conflicting_values", "年初预算 prose = table (1)", same(F["m_init"], f["(1)"][0]))
    C.add("conflicting_values", "省级 prose = table (2)", same(F["m_prov"], f["(2)"][3]))
    C.add("conflicting_values", "上年结转 prose = table (2)", same(F["m_cfin"], f["(2)"][6]))
    C.add("conflicting_values", "支出 prose = table (4)", same(F["m_exec"], f["(4)"][0]))
    C.add("conflicting_values", "结余 prose = table (5)", same(F["m_bal"], f["(5)=(3)-(4)"][0]))
    C.add("conflicting_values", "执行率 prose = table (7)", same(F["rate_prose"], f["(7)=(4)/(2)"][0]))
    C.rate("执行率 prose", F["rate_prose"], F["m_exec"].v, F["m_budget"].v)
    rows = F["rows"]
    tab = {}
    for nm, c in rows.items():
        tab[nm] = (N(c[0]), c[1], c[2], num(c[3].rstrip("%")), N(c[4]))
    ex = tab["预算执行率"]
    C.add("conflicting_values", "附件1 执行率 = funds (7)", same(N(ex[2].rstrip("%")), f["(7)=(4)/(2)"][0]))
    C.pct_range("附件1 执行率 within 0-100", N(ex[2].rstrip("%")))
    pairs = [("路灯设施日常维护数量", F["maint_prose"]), ("LED节能灯具改造数量", F["led_n"]),
             ("主次干道亮灯率", F["light_prose"]), ("故障路灯修复时限", F["fix_prose"]),
             ("LED改造工程成本", F["m_settle"]), ("年节约电费", F["save_prose"]), ("年节约用电量", F["kwh_prose"]),
             ("沿线居民及商户满意度", F["sat_prose"])]
    for nm, pv in pairs:
        av = parse_val(tab[nm][2])[1]
        C.add("conflicting_values", f"{nm}: prose = 附件1", av is not None and same(av, pv))
    C.pct_range("prose 亮灯率 within 0-100", F["light_prose"])
    C.pct_range("prose 满意度 within 0-100", F["sat_prose"])
    trows = [(nm, x[0], x[4], x[1], x[2], x[3]) for nm, x in tab.items()]
    table_rows_checks(C, "附件1", trows, total=F["total"], grade=F["grade"])
    target_checks(C, F["targets"], lambda nm: tab[nm][1])
    C.add("sum_mismatch", "sum of uses = table (2) 全年预算", ok(f["(2)"][0], sum(x.v for x in F["m_use"])))
    C.add("conflicting_values", "LED 成本目标 = LED use budget", same(parse_val(tab["LED改造工程成本"][1])[1], F["m_use"][0]))
    C.add("year_mismatch", "截至 date in evaluation year", F["year_cut"] == F["year_eval"])
    C.add("year_mismatch", "carry-forward goes to a later year", F["year_cf"] > F["year_eval"])
    return C.items


# ======================================================================================= project B: Sichuan
def facts_B(t):
    F = {}
    Y = D(1) / D(10000)  # 元 -> 万元
    F["year_title"] = int(one(t, r"(\d{4})年度隆昌市城市管理局项目支出").group(1))
    F["year_impl"] = int(one(t, r"项目实施期为(\d{4})年1月至12月").group(1))
    F["year_annex"] = int(one(t, r"附件：(\d{4})年度项目支出绩效自评表").group(1))
    m = one(t, r"年初批复项目预算([\d,.]+)元，其中路灯日常运行维护([\d,.]+)元、LED节能改造([\d,.]+)元")
    F["m_init"], F["m_init_maint"], F["m_init_led"] = (N(x, Y) for x in m.groups())
    F["m_add"] = N(one(t, r"追加抢修资金([\d,.]+)元").group(1), Y)
    m = one(t, r"调整后全年预算([\d,.]+)元（([\d.]+)万元）")
    F["m_budget"], F["m_budget_wan"] = N(m.group(1), Y), N(m.group(2))
    F["arrive_pct"] = N(one(t, r"资金到位率(\d+)%").group(1))
    m = one(t, r"全年实际支出([\d,.]+)元，其中路灯日常运行维护([\d,.]+)元、LED节能改造([\d,.]+)元、水毁抢修([\d,.]+)元，预算执行率超过(\d+)%，年末结余([\d,.]+)元")
    F["m_exec"] = N(m.group(1), Y)
    F["m_exec_parts"] = [N(x, Y) for x in m.groups()[1:4]]
    F["rate_floor"] = N(m.group(5))
    F["m_bal"] = N(m.group(6), Y)
    m = one(t, r"中标合同价([\d,.]+)元，经第三方审计结算([\d,.]+)元，审减([\d,.]+)元")
    F["m_contract"], F["m_settle"], F["m_cut"] = (N(x, Y) for x in m.groups())
    m = one(t, r"合同价([\d,.]+)元，按月考核付费，全年因.*?考核扣款([\d,.]+)元，实际支付([\d,.]+)元")
    F["m_mc"], F["m_mded"], F["m_mpaid"] = (N(x, Y) for x in m.groups())
    m = one(t, r"全年更换LED节能灯具([\d,]+)盏，加上2022年已改造的([\d,]+)盏，两年累计改造([\d,]+)盏；日常巡查维护路灯(\d+)盏，城区道路亮灯率([\d.]+)%，一般故障平均修复时间(\d+)小时；单灯年均维护成本([\d.]+)(元|万元)")
    F["led1"], F["led_prev"], F["led_cum"], F["maint_n"], F["light"], F["fix"] = (N(x) for x in m.groups()[:6])
    F["y_unit_cost"] = N(m.group(7), D(10000) if m.group(8) == "万元" else D(1))
    m = one(t, r"9—12月节约电费([\d.]+)万元，按全年运行折算年节约电费([\d.]+)万元")
    F["save4"], F["save12"] = N(m.group(1)), N(m.group(2))
    F["handle"] = N(one(t, r"按时办结率([\d.]+)%").group(1))
    F["sat"] = N(one(t, r"问卷调查沿线居民满意度([\d.]+)%").group(1))
    F["led2"] = N(one(t, r"全年更换LED灯具([\d,]+)盏").group(1))
    m = one(t, r"项目得分([\d.]+)分，评价等级为“(\S+?)”")
    F["total_prose"], F["grade"] = N(m.group(1)), m.group(2)
    # table
    row = tabline(t, "\t年度资金总额\t")
    F["t_init"], F["t_budget"], F["t_exec"] = (N(x, Y) for x in row[2:5])
    F["t_exec_w"], F["t_rate"], F["t_exec_s"] = N(row[5]), N(row[6].rstrip("%")), N(row[7])
    F["t_sub"] = [[N(x, Y) for x in tabline(t, "\t" + k + "\t")[2:5]]
                  for k in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]]
    names = ["LED节能灯具更换数量", "路灯日常巡查维护数量", "城区道路亮灯率", "一般故障修复时限", "LED改造工程结算成本",
             "单灯年均维护成本", "改造后年节约电费", "路灯故障投诉按时办结率", "城市照明设施长效管护机制", "沿线居民满意度"]
    F["ind"] = {}
    for nm in names:
        r = tabline(t, "\t" + nm + "\t")
        i = r.index(nm)
        F["ind"][nm] = r[i + 1:i + 7]  # 性质, 指标值, 单位, 实际, 分值, 得分
    F["m_t_ledcost"] = N(F["ind"]["LED改造工程结算成本"][3])  # 万元 by the unit column
    tot = tabline(t, "总分\t")
    F["t_wtotal"], F["t_total"] = N(tot[7]), N(tot[8])
    F["targets"] = prose_targets(t, [
        (r"更换LED节能灯具不少于(\d+)盏", "LED节能灯具更换数量"), (r"日常巡查维护路灯不少于(\d+)盏", "路灯日常巡查维护数量"),
        (r"城区道路亮灯率达到(\d+)%以上", "城区道路亮灯率"), (r"一般故障(\d+)小时内修复", "一般故障修复时限"),
        (r"改造后年节约电费(\d+)万元以上", "改造后年节约电费"), (r"未达到(\d+)万元目标", "改造后年节约电费"),
        (r"低于每盏(\d+)元的控制标准", "单灯年均维护成本")])
    return F


MONEY_B = ["m_init", "m_init_maint", "m_init_led", "m_add", "m_budget", "m_budget_wan", "m_exec", "m_bal",
           "m_contract", "m_settle", "m_cut", "m_mc", "m_mded", "m_mpaid", "y_unit_cost", "m_t_ledcost"]


def checks_B(F):
    C = Checks()
    C.add("sum_mismatch", "年初 = 维护 + 改造", ok(F["m_init"], F["m_init_maint"].v + F["m_init_led"].v))
    C.add("sum_mismatch", "全年 = 年初 + 追加", ok(F["m_budget"], F["m_init"].v + F["m_add"].v))
    C.add("conflicting_values", "全年预算 元 = 万元", same(F["m_budget_wan"], F["m_budget"]))
    C.add("sum_mismatch", "支出 = sum of parts", ok(F["m_exec"], sum(x.v for x in F["m_exec_parts"])))
    C.add("balance_mismatch", "结余 = 到位(=全年预算) - 支出", ok(F["m_bal"], F["m_budget"].v - F["m_exec"].v))
    C.add("rate_mismatch", "预算执行率超过98%", F["m_exec"].v / F["m_budget"].v * HUNDRED > F["rate_floor"].v)
    C.rate("到位率 (all arrived)", F["arrive_pct"], F["m_budget"].v, F["m_budget"].v)
    C.add("sum_mismatch", "审减 = 合同价 - 结算", ok(F["m_cut"], F["m_contract"].v - F["m_settle"].v))
    C.add("conflicting_values", "LED spending = settlement", same(F["m_exec_parts"][1], F["m_settle"]))
    C.add("sum_mismatch", "维护实付 = 合同价 - 扣款", ok(F["m_mpaid"], F["m_mc"].v - F["m_mded"].v))
    C.add("conflicting_values", "维护实付 = 维护支出", same(F["m_mpaid"], F["m_exec_parts"][0]))
    C.add("sum_mismatch", "累计 = 2022 + 2023", ok(F["led_cum"], F["led_prev"].v + F["led1"].v))
    C.add("average_mismatch", "单灯年均维护成本 = 维护支出 / 盏数", ok(F["y_unit_cost"], F["m_exec_parts"][0].v * 10000 / F["maint_n"].v))
    C.add("arith", "年节约电费 = 4个月 × 3", ok(F["save12"], F["save4"].v * 12 / 4))
    # table funds block
    C.add("conflicting_values", "table 年初 = prose", same(F["t_init"], F["m_init"]))
    C.add("conflicting_values", "table 全年 = prose", same(F["t_budget"], F["m_budget"]))
    C.add("conflicting_values", "table 执行 = prose", same(F["t_exec"], F["m_exec"]))
    for j, col in enumerate(["年初", "全年", "执行"]):
        tot = [F["t_init"], F["t_budget"], F["t_exec"]][j]
        C.add("sum_mismatch", f"table {col}: 总额 = 各来源之和", ok(tot, sum(r[j].v for r in F["t_sub"])))
    C.rate("table 执行率", F["t_rate"], F["t_exec"].v, F["t_budget"].v)
    # indicators
    ind = F["ind"]
    trows = [("预算执行率", F["t_exec_w"], F["t_exec_s"], None, None, None)]
    for nm, c in ind.items():
        sign, tv, unit, act, w, s = c
        tgt = tact = None
        if sign != "定性":
            tgt = sign + tv + unit
            tact = act + unit
        trows.append((nm, N(w), N(s), tgt, tact, None))
    table_rows_checks(C, "自评表", trows, weight_total=F["t_wtotal"], total=F["t_total"], grade=F["grade"])
    C.add("conflicting_values", "total prose = table", same(F["total_prose"], F["t_total"]))
    C.add("grade_mismatch", "grade of prose total", GRADES.get(F["grade"]) == band(F["total_prose"].v))
    pairs = [("LED节能灯具更换数量", F["led1"]), ("LED节能灯具更换数量", F["led2"]), ("路灯日常巡查维护数量", F["maint_n"]),
             ("城区道路亮灯率", F["light"]), ("一般故障修复时限", F["fix"]), ("改造后年节约电费", F["save12"]),
             ("路灯故障投诉按时办结率", F["handle"]), ("沿线居民满意度", F["sat"]), ("单灯年均维护成本", F["y_unit_cost"])]
    for nm, pv in pairs:
        C.add("conflicting_values", f"{nm}: prose = table", same(N(ind[nm][3]), pv))
    C.add("conflicting_values", "LED settlement 万元 (table) = 元 (prose)", same(F["m_t_ledcost"], F["m_settle"]))
    target_checks(C, F["targets"], lambda nm: ind[nm][1])
    for k in ["light", "handle", "sat"]:
        C.pct_range(f"prose {k} within 0-100", F[k])
    C.add("year_mismatch", "annex year = title year", F["year_annex"] == F["year_title"])
    C.add("year_mismatch", "implementation year = title year", F["year_impl"] == F["year_title"])
    return C.items


# ======================================================================================= project C: Hunan
def facts_C(t):
    F = {}
    F["year_title"] = int(one(t, r"\n(\d{4})年度城区路灯维护及节能改造项目支出绩效自评报告").group(1))
    F["year_table"] = int(one(t, r"（(\d{4})年度）").group(1))
    F["year_cut"] = int(one(t, r"截至(\d{4})年12月31日").group(1))
    F["year_ret"] = int(one(t, r"待质保期满后于(\d{4})年支付").group(1))
    m = one(t, r"年初预算([\d.]+)万元，其中路灯电费([\d.]+)万元、日常维护([\d.]+)万元、LED节能改造([\d.]+)万元")
    F["m_init"] = N(m.group(1))
    F["m_init_parts"] = [N(x) for x in m.groups()[1:]]
    m = one(t, r"改造工程质保金([\d.]+)万元纳入预算，全年预算([\d.]+)万元")
    F["m_cfin"], F["m_budget"] = N(m.group(1)), N(m.group(2))
    m = one(t, r"实际到位资金([\d.]+)万元，到位率([\d.]+)%，未到位的([\d.]+)万元")
    F["m_arr"], F["arr_pct"], F["m_unarr"] = N(m.group(1)), N(m.group(2)), N(m.group(3))
    m = one(t, r"全年实际支出([\d.]+)万元，其中路灯电费([\d.]+)万元、日常维护([\d.]+)万元、LED改造工程款([\d.]+)万元、支付上年质保金([\d.]+)万元，到位资金结余([\d.]+)万元")
    F["m_exec"] = N(m.group(1))
    F["m_exec_parts"] = [N(x) for x in m.groups()[1:5]]
    F["m_bal"] = N(m.group(6))
    m = one(t, r"日常维护服务合同价([\d.]+)万元，按季度考核付费，全年考核扣款([\d.]+)万元，实际支付([\d.]+)万元")
    F["m_mc"], F["m_mded"], F["m_mpaid"] = (N(x) for x in m.groups())
    m = one(t, r"合同价([\d.]+)万元，2022年9月竣工验收，经审计结算([\d.]+)万元，审减([\d.]+)万元；按合同约定支付结算价的(\d+)%即([\d.]+)万元，剩余质保金([\d.]+)万元")
    F["m_contract"], F["m_settle"], F["m_cut"] = N(m.group(1)), N(m.group(2)), N(m.group(3))
    F["pay_pct"], F["m_paid"], F["m_ret"] = N(m.group(4)), N(m.group(5)), N(m.group(6))
    F["rate_prose"] = N(one(t, r"全年预算执行率([\d.]+)%").group(1))
    m = one(t, r"全年维护路灯(\d+)盏，.*?完成LED路灯改造(\d+)盏")
    F["maint_n"], F["led_n"] = N(m.group(1)), N(m.group(2))
    F["light"] = N(one(t, r"主次干道亮灯率([\d.]+)%，较2021年").group(1))
    F["fix"] = N(one(t, r"路灯故障平均修复时间(\d+)小时").group(1))
    F["elec2"] = N(one(t, r"路灯电费支出([\d.]+)万元，控制在目标以内").group(1))
    m = one(t, r"年节约电费([\d.]+)万元，完成年度目标的([\d.]+)%")
    F["save"], F["save_comp"] = N(m.group(1)), N(m.group(2))
    F["intact"] = N(one(t, r"年末路灯设施完好率([\d.]+)%").group(1))
    m = one(t, r"本项目自评得分(\d+(?:\.\d+)?)分，评价等级为“(\S+?)”")
    F["total_prose"], F["grade"] = N(m.group(1)), m.group(2)
    m = one(t, r"\n年度资金总额 ([\d.]+) ([\d.]+) ([\d.]+) (\d+) ([\d.]+)% ([\d.]+)\n")
    F["t_tot"] = [N(x) for x in m.groups()[:3]]
    F["t_w"], F["t_rate"], F["t_s"] = N(m.group(4)), N(m.group(5)), N(m.group(6))
    F["t_src"] = []
    for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]:
        m = one(t, "\n" + k + r" ([\d.]+) ([\d.]+) ([\d.]+) — — —\n")
        F["t_src"].append([N(x) for x in m.groups()])
    names = ["路灯设施维护数量", "LED路灯改造数量", "城区主次干道亮灯率", "路灯故障修复时限", "路灯电费支出", "改造后年节约电费",
             "夜间道路照明条件", "路灯设施完好率", "沿线群众满意度"]
    F["ind"] = {}
    for nm in names:
        m = one(t, re.escape(nm) + r" (\S+) (\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: [^\n]*)?\n")
        F["ind"][nm] = m.groups()
    m = one(t, r"\n总分 (\d+) (\d+(?:\.\d+)?)\n")
    F["t_wtotal"], F["t_total"] = N(m.group(1)), N(m.group(2))
    F["targets"] = prose_targets(t, [
        (r"完成城区(\d+)盏以上路灯的日常维护", "路灯设施维护数量"), (r"改造老旧钠灯(\d+)盏以上", "LED路灯改造数量"),
        (r"主次干道亮灯率不低于(\d+)%", "城区主次干道亮灯率"), (r"路灯故障(\d+)小时内修复", "路灯故障修复时限"),
        (r"路灯电费支出控制在(\d+)万元以内", "路灯电费支出"), (r"改造后年节约电费(\d+)万元以上", "改造后年节约电费"),
        (r"沿线群众满意度(\d+)%以上", "沿线群众满意度")])
    return F


MONEY_C = ["m_init", "m_cfin", "m_budget", "m_arr", "m_unarr", "m_exec", "m_bal", "m_mc", "m_mded", "m_mpaid",
           "m_contract", "m_settle", "m_cut", "m_paid", "m_ret"]


def checks_C(F):
    C = Checks()
    C.add("sum_mismatch", "年初 = 电费 + 维护 + 改造", ok(F["m_init"], sum(x.v for x in F["m_init_parts"])))
    C.add("sum_mismatch", "全年 = 年初 + 上年结转", ok(F["m_budget"], F["m_init"].v + F["m_cfin"].v))
    C.rate("到位率", F["arr_pct"], F["m_arr"].v, F["m_budget"].v)
    C.add("balance_mismatch", "未到位 = 全年 - 到位", ok(F["m_unarr"], F["m_budget"].v - F["m_arr"].v))
    C.add("sum_mismatch", "支出 = sum of parts", ok(F["m_exec"], sum(x.v for x in F["m_exec_parts"])))
    C.add("balance_mismatch", "结余 = 到位 - 支出", ok(F["m_bal"], F["m_arr"].v - F["m_exec"].v))
    C.add("sum_mismatch", "维护实付 = 合同 - 扣款", ok(F["m_mpaid"], F["m_mc"].v - F["m_mded"].v))
    C.add("conflicting_values", "维护实付 = 维护支出", same(F["m_mpaid"], F["m_exec_parts"][1]))
    C.add("sum_mismatch", "审减 = 合同 - 结算", ok(F["m_cut"], F["m_contract"].v - F["m_settle"].v))
    C.add("arith", "已付 = 95% × 结算", ok(F["m_paid"], F["m_settle"].v * F["pay_pct"].v / HUNDRED))
    C.add("sum_mismatch", "质保金 = 结算 - 已付", ok(F["m_ret"], F["m_settle"].v - F["m_paid"].v))
    C.add("conflicting_values", "改造工程款 = 已付", same(F["m_paid"], F["m_exec_parts"][2]))
    C.add("conflicting_values", "上年质保金 in uses = 结转", same(F["m_exec_parts"][3], F["m_cfin"]))
    C.rate("执行率 prose", F["rate_prose"], F["m_exec"].v, F["m_budget"].v)
    save_target = parse_val(F["ind"]["改造后年节约电费"][0])[1]
    C.add("completion_mismatch", "节约电费完成年度目标的%", ok(F["save_comp"], F["save"].v / save_target.v * HUNDRED))
    # funds block of the table
    for j, col in enumerate(["年初", "全年", "执行"]):
        C.add("sum_mismatch", f"table {col}: 总额 = 当年 + 结转 + 其他", ok(F["t_tot"][j], sum(r[j].v for r in F["t_src"])))
    C.rate("table 执行率", F["t_rate"], F["t_tot"][2].v, F["t_tot"][1].v)
    C.add("conflicting_values", "table 执行率 = prose", same(F["t_rate"], F["rate_prose"]))
    C.add("conflicting_values", "table 年初 = prose", same(F["t_tot"][0], F["m_init"]))
    C.add("conflicting_values", "table 全年 = prose", same(F["t_tot"][1], F["m_budget"]))
    C.add("conflicting_values", "table 执行 = prose", same(F["t_tot"][2], F["m_exec"]))
    C.add("conflicting_values", "table 上年结转 = prose", same(F["t_src"][1][1], F["m_cfin"]))
    C.add("conflicting_values", "table 上年结转执行 = prose", same(F["t_src"][1][2], F["m_exec_parts"][3]))
    ind = F["ind"]
    trows = [("预算执行率", F["t_w"], F["t_s"], None, None, None)]
    for nm, (tgt, act, w, s) in ind.items():
        trows.append((nm, N(w), N(s), tgt, act, None))
    table_rows_checks(C, "自评表", trows, weight_total=F["t_wtotal"], total=F["t_total"], grade=F["grade"])
    C.add("conflicting_values", "total prose = table", same(F["total_prose"], F["t_total"]))
    pairs = [("路灯设施维护数量", F["maint_n"]), ("LED路灯改造数量", F["led_n"]), ("城区主次干道亮灯率", F["light"]),
             ("路灯故障修复时限", F["fix"]), ("路灯电费支出", F["elec2"]), ("路灯电费支出", F["m_exec_parts"][0]),
             ("改造后年节约电费", F["save"]), ("路灯设施完好率", F["intact"])]
    for nm, pv in pairs:
        av = parse_val(ind[nm][1])[1]
        C.add("conflicting_values", f"{nm}: prose = table", av is not None and same(av, pv))
    C.pct_range("prose 亮灯率", F["light"])
    C.pct_range("prose 完好率", F["intact"])
    target_checks(C, F["targets"], lambda nm: ind[nm][0])
    C.add("year_mismatch", "table year = title year", F["year_table"] == F["year_title"])
    C.add("year_mismatch", "截至 date in evaluation year", F["year_cut"] == F["year_title"])
    C.add("year_mismatch", "retention paid in a later year", F["year_ret"] > F["year_title"])
    return C.items


# ======================================================================================= project D: Hubei
def facts_D(t):
    F = {}
    F["year_title"] = int(one(t, r"\n(\d{4})年度城区路灯管护及节能改造项目绩效自评报告").group(1))
    F["year_cut"] = int(one(t, r"本报告数据截至(\d{4})年12月31日").group(1))
    m = one(t, r"年初预算([\d.]+)万元。.*?调减([\d.]+)万元.*?调整后全年预算([\d.]+)万元，其中财政资金([\d.]+)万元、路灯杆体广告经营收入([\d.]+)万元")
    F["m_init"], F["m_cut"], F["m_budget"], F["m_fin"], F["m_ad"] = (N(x) for x in m.groups())
    m = one(t, r"按用途分，路灯电费([\d.]+)万元、日常管护([\d.]+)万元、LED改造([\d.]+)万元")
    F["m_uses"] = [N(x) for x in m.groups()]
    m = one(t, r"全年实际支出([\d.]+)万元，其中路灯电费([\d.]+)万元、日常管护([\d.]+)万元、LED改造工程款([\d.]+)(万元|元)（经审计结算，按改造(\d+)盏计平均每盏(\d+)元），预算执行率([\d.]+)%")
    F["m_exec"], F["m_elec"], F["m_maint"] = N(m.group(1)), N(m.group(2)), N(m.group(3))
    F["m_led"] = N(m.group(4), D(1) if m.group(5) == "万元" else D(1) / D(10000))
    F["led_n_avg"], F["y_avg"], F["rate_prose"] = N(m.group(6)), N(m.group(7)), N(m.group(8))
    m = one(t, r"财政资金支出([\d.]+)万元，广告经营收入支出([\d.]+)万元")
    F["m_fin_exec"], F["m_ad_exec"] = N(m.group(1)), N(m.group(2))
    m = one(t, r"全年完成改造(\d+)盏，完成率([\d.]+)%，剩余(\d+)盏")
    F["led_n"], F["led_comp"], F["led_left"] = (N(x) for x in m.groups())
    F["led_goal"] = N(one(t, r"老旧高压钠灯LED节能改造(\d+)盏").group(1))
    m = one(t, r"日常管护路灯(\d+)盏，.*?主次干道亮灯率([\d.]+)%；.*?故障平均处置时间(\d+)小时；全年受理夜间照明投诉(\d+)件")
    F["maint_n"], F["light"], F["fix"], F["compl"] = (N(x) for x in m.groups())
    m = one(t, r"有效样本(\d+)个，表示“满意”和“基本满意”的(\d+)个，满意度([\d.]+)%")
    F["sample"], F["satisfied"], F["sat"] = (N(x) for x in m.groups())
    m = one(t, r"按10×24/26计([\d.]+)分；LED节能改造数量未完成年度目标，按完成比例计([\d.]+)分")
    F["ded1"], F["ded2"] = N(m.group(1)), N(m.group(2))
    m = one(t, r"综合得分(\d+(?:\.\d+)?)分，评价等级为(\S+?)。")
    F["total_prose"], F["grade"] = N(m.group(1)), m.group(2)
    F["save_prose"] = N(one(t, r"按实测功率测算年节约电费([\d.]+)万元").group(1))
    m = one(t, r"\n([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)% (\d+) ([\d.]+)\n")
    F["t1"] = [N(x) for x in m.groups()[:5]]
    F["t1_w"], F["t1_s"] = N(m.group(6)), N(m.group(7))
    m = one(t, r"\n预算执行 预算执行率 100% ([\d.]+)% (\d+) ([\d.]+)\n")
    F["t2_rate"], F["t2_w"], F["t2_s"] = (N(x) for x in m.groups())
    names = ["管护路灯数量", "主次干道亮灯率", "故障报修处置时限", "夜间照明投诉量", "LED节能改造数量", "改造单价", "年节约电费",
             "市民满意度"]
    F["ind"] = {}
    for nm in names:
        m = one(t, " " + re.escape(nm) + r" (\S+) (\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)(?: [^\n]*)?\n")
        F["ind"][nm] = m.groups()
    m = one(t, r"\n合计 (\d+) (\d+(?:\.\d+)?)\n")
    F["t_wtotal"], F["t_total"] = N(m.group(1)), N(m.group(2))
    F["targets"] = prose_targets(t, [
        (r"管护路灯不少于(\d+)盏", "管护路灯数量"), (r"主次干道亮灯率不低于(\d+)%", "主次干道亮灯率"),
        (r"故障报修(\d+)小时内处置", "故障报修处置时限"), (r"夜间照明投诉不超过(\d+)件", "夜间照明投诉量"),
        (r"完成老旧路灯LED节能改造(\d+)盏", "LED节能改造数量"), (r"老旧高压钠灯LED节能改造(\d+)盏", "LED节能改造数量"),
        (r"改造单价控制在(\d+)元/盏以内", "改造单价"), (r"年节约电费(\d+)万元以上", "年节约电费"),
        (r"市民满意度(\d+)%以上", "市民满意度"), (r"故障处置时间超出(\d+)小时的目标要求", "故障报修处置时限")])
    return F


MONEY_D = ["m_init", "m_cut", "m_budget", "m_fin", "m_ad", "m_exec", "m_elec", "m_maint", "m_led", "y_avg",
           "m_fin_exec", "m_ad_exec"]


def checks_D(F):
    C = Checks()
    C.add("sum_mismatch", "全年 = 年初 - 调减", ok(F["m_budget"], F["m_init"].v - F["m_cut"].v))
    C.add("sum_mismatch", "全年 = 财政 + 广告收入", ok(F["m_budget"], F["m_fin"].v + F["m_ad"].v))
    C.add("sum_mismatch", "全年 = sum of uses", ok(F["m_budget"], sum(x.v for x in F["m_uses"])))
    C.add("sum_mismatch", "支出 = 电费 + 管护 + 改造", ok(F["m_exec"], F["m_elec"].v + F["m_maint"].v + F["m_led"].v))
    C.add("sum_mismatch", "支出 = 财政 + 广告收入", ok(F["m_exec"], F["m_fin_exec"].v + F["m_ad_exec"].v))
    C.add("average_mismatch", "平均每盏 = 改造款 / 盏数", ok(F["y_avg"], F["m_led"].v * 10000 / F["led_n_avg"].v))
    C.rate("执行率 prose", F["rate_prose"], F["m_exec"].v, F["m_budget"].v)
    C.add("completion_mismatch", "LED 完成率", ok(F["led_comp"], F["led_n"].v / F["led_goal"].v * HUNDRED))
    C.add("sum_mismatch", "剩余 = 目标 - 完成", ok(F["led_left"], F["led_goal"].v - F["led_n"].v))
    C.add("conflicting_values", "盏数 in average = 完成盏数", same(F["led_n_avg"], F["led_n"]))
    C.rate("满意度 = 满意样本 / 样本", F["sat"], F["satisfied"].v, F["sample"].v)
    C.add("arith", "10×24/26", ok(F["ded1"], D(10) * 24 / 26))
    # table 1 (资金全部到位)
    bud, arr, exe, bal, rate = F["t1"]
    C.add("conflicting_values", "表1 全年 = prose", same(bud, F["m_budget"]))
    C.add("conflicting_values", "表1 执行 = prose", same(exe, F["m_exec"]))
    C.rate("表1 到位 = 全年 (资金全部到位)", N("100"), arr.v, bud.v)
    C.add("balance_mismatch", "表1 结余 = 到位 - 执行", ok(bal, arr.v - exe.v))
    C.rate("表1 执行率", rate, exe.v, bud.v)
    C.add("conflicting_values", "表1 执行率 = prose", same(rate, F["rate_prose"]))
    C.add("conflicting_values", "表2 执行率 = 表1", same(F["t2_rate"], rate))
    C.add("conflicting_values", "表2 执行得分 = 表1", same(F["t2_s"], F["t1_s"]) and same(F["t2_w"], F["t1_w"]))
    ind = F["ind"]
    trows = [("预算执行率", F["t2_w"], F["t2_s"], None, None, None)]
    for nm, (tgt, act, w, s) in ind.items():
        trows.append((nm, N(w), N(s), tgt, act, None))
    table_rows_checks(C, "表2", trows, weight_total=F["t_wtotal"], total=F["t_total"], grade=F["grade"])
    C.add("conflicting_values", "total prose = table", same(F["total_prose"], F["t_total"]))
    pairs = [("管护路灯数量", F["maint_n"]), ("主次干道亮灯率", F["light"]), ("故障报修处置时限", F["fix"]),
             ("夜间照明投诉量", F["compl"]), ("LED节能改造数量", F["led_n"]), ("改造单价", F["y_avg"]),
             ("年节约电费", F["save_prose"]), ("市民满意度", F["sat"])]
    for nm, pv in pairs:
        av = parse_val(ind[nm][1])[1]
        C.add("conflicting_values", f"{nm}: prose = table", av is not None and same(av, pv))
    C.add("conflicting_values", "扣分说明 = table (时限)", same(F["ded1"], N(ind["故障报修处置时限"][3])))
    C.add("conflicting_values", "扣分说明 = table (LED)", same(F["ded2"], N(ind["LED节能改造数量"][3])))
    C.pct_range("prose 亮灯率", F["light"])
    target_checks(C, F["targets"], lambda nm: ind[nm][0])
    C.add("year_mismatch", "截至 date in evaluation year", F["year_cut"] == F["year_title"])
    return C.items


# ======================================================================================= project E: dept
def facts_E(t):
    F = {}
    F["year_title"] = int(one(t, r"崆峒区城市管理局(\d{4})年度部门整体支出绩效自评报告").group(1))
    F["year_end"] = int(one(t, r"截至(\d{4})年末").group(1))
    F["year_cf"] = int(one(t, r"结转至(\d{4})年").group(1))
    m = one(t, r"年初预算([\d,.]+)万元，年中追加城区LED节能改造资金([\d.]+)万元、路灯电费缺口([\d.]+)万元、基本支出([\d.]+)万元，全年预算([\d,.]+)万元；全年执行([\d,.]+)万元，总体执行率([\d.]+)%")
    (F["m_init"], F["m_add_led"], F["m_add_elec"], F["m_add_basic"], F["m_budget"], F["m_exec"],
     F["rate_prose"]) = (N(x) for x in m.groups())
    m = one(t, r"全年收入([\d,.]+)万元，其中一般公共预算财政拨款([\d,.]+)万元、其他收入([\d.]+)万元")
    F["m_inc"], F["m_inc_fin"], F["m_inc_other"] = (N(x) for x in m.groups())
    F["m_unexec_elec"] = N(one(t, r"路灯运行维护及电费项目未执行的([\d.]+)万元").group(1))
    m = one(t, r"合同价([\d.]+)万元，经审计结算([\d.]+)万元，审减([\d.]+)万元；已按结算价的(\d+)%支付([\d.]+)万元，剩余质保金([\d.]+)万元")
    F["m_contract"], F["m_settle"], F["m_cut"] = N(m.group(1)), N(m.group(2)), N(m.group(3))
    F["pay_pct"], F["m_paid"], F["m_ret"] = N(m.group(4)), N(m.group(5)), N(m.group(6))
    m = one(t, r"该项目按改造([\d,]+)盏计，平均每盏([\d,.]+)(元|万元)")
    F["led_n_avg"] = N(m.group(1))
    F["y_avg"] = N(m.group(2), D(10000) if m.group(3) == "万元" else D(1))
    m = one(t, r"“三公”经费支出([\d.]+)万元，较2023年的([\d.]+)万元下降([\d.]+)%")
    F["sg"], F["sg_prev"], F["sg_drop"] = (N(x) for x in m.groups())
    F["led_n1"] = N(one(t, r"全年完成LED节能改造([\d,]+)盏").group(1))
    F["lamps1"] = N(one(t, r"城区共有道路照明路灯(\d+)盏").group(1))
    F["lamps2"] = N(one(t, r"城区路灯维护覆盖全部(\d+)盏").group(1))
    F["light"] = N(one(t, r"主次干道亮灯率([\d.]+)%（2023年").group(1))
    F["fix"] = N(one(t, r"故障路灯平均修复时间(\d+)小时").group(1))
    m = one(t, r"年节约用电([\d.]+)万千瓦时，按([\d.]+)元/千瓦时计节约电费约([\d.]+)万元")
    F["kwh"], F["price"] = N(m.group(1)), N(m.group(2))
    F["save"] = N(m.group(3), approx=True)
    F["sat"] = N(one(t, r"群众满意度([\d.]+)%。").group(1))
    m = one(t, r"路灯运行维护及电费项目(\d+)分、城区LED节能改造项目(\d+)分、亮化设施维护项目(\d+)分，平均([\d.]+)分")
    F["pscores"] = [N(x) for x in m.groups()[:3]]
    F["pavg"] = N(m.group(4))
    F["ded_time"] = N(one(t, r"时效指标因LED改造工程延期完工扣([\d.]+)分").group(1))
    m = one(t, r"部门整体支出绩效自评得分([\d.]+)分（2023年为[\d.]+分），等级为“(\S+?)”")
    F["total_prose"], F["grade"] = N(m.group(1)), m.group(2)
    # funds table
    F["ft"] = {}
    funds = t[one(t, r"分项情况如下（单位：万元）：").end():one(t, r"\n基本支出全额执行").start()]
    for k in ["合计", "一、基本支出", "二、项目支出", "其中：路灯运行维护及电费", "城区LED节能改造", "亮化设施维护"]:
        r = tabline(funds, k + "\t", start=True)
        F["ft"][k] = [N(x) for x in r[1:4]] + [N(r[4].rstrip("%"))]
    # indicator table
    F["ind"] = {}
    for k in ["城区LED节能改造数量", "路灯设施维护数量", "主次干道亮灯率", "故障路灯修复时限", "年节约用电量", "群众满意度"]:
        r = tabline(t, k + "\t")
        F["ind"][k] = (r[1], r[2], N(r[3].rstrip("%")))
    # score table
    F["st"] = []
    for k in ["预算执行\t", "产出\t数量指标", "产出\t质量指标", "产出\t时效指标", "产出\t成本指标", "效益\t社会效益",
              "效益\t生态效益", "满意度\t"]:
        r = tabline(t, k, start=True)
        F["st"].append((r[1], N(r[2]), N(r[3])))
    r = tabline(t, "合计\t\t", start=True)
    F["st_w"], F["st_total"] = N(r[2]), N(r[3])
    return F


MONEY_E = ["m_init", "m_add_led", "m_add_elec", "m_add_basic", "m_budget", "m_exec", "m_inc", "m_inc_fin",
           "m_inc_other", "m_unexec_elec", "m_contract", "m_settle", "m_cut", "m_paid", "m_ret", "y_avg"]


def checks_E(F):
    C = Checks()
    ft = F["ft"]
    C.add("sum_mismatch", "全年 = 年初 + 3 追加", ok(F["m_budget"], F["m_init"].v + F["m_add_led"].v + F["m_add_elec"].v + F["m_add_basic"].v))
    C.add("sum_mismatch", "收入 = 财政拨款 + 其他", ok(F["m_inc"], F["m_inc_fin"].v + F["m_inc_other"].v))
    C.add("conflicting_values", "收入 = 全年预算", same(F["m_inc"], F["m_budget"]))
    C.rate("总体执行率 prose", F["rate_prose"], F["m_exec"].v, F["m_budget"].v)
    for j, col in enumerate(["年初", "全年", "执行"]):
        C.add("sum_mismatch", f"{col}: 合计 = 基本 + 项目", ok(ft["合计"][j], ft["一、基本支出"][j].v + ft["二、项目支出"][j].v))
        C.add("sum_mismatch", f"{col}: 项目 = 3 项目", ok(ft["二、项目支出"][j], ft["其中：路灯运行维护及电费"][j].v + ft["城区LED节能改造"][j].v + ft["亮化设施维护"][j].v))
    for k, r in ft.items():
        C.rate(f"funds table 执行率 {k}", r[3], r[2].v, r[1].v)
    C.add("sum_mismatch", "LED 全年 = 年初 + 追加", ok(ft["城区LED节能改造"][1], ft["城区LED节能改造"][0].v + F["m_add_led"].v))
    C.add("sum_mismatch", "电费 全年 = 年初 + 追加", ok(ft["其中：路灯运行维护及电费"][1], ft["其中：路灯运行维护及电费"][0].v + F["m_add_elec"].v))
    C.add("sum_mismatch", "基本 全年 = 年初 + 追加", ok(ft["一、基本支出"][1], ft["一、基本支出"][0].v + F["m_add_basic"].v))
    C.add("conflicting_values", "prose 年初/全年/执行/执行率 = table 合计",
          same(F["m_init"], ft["合计"][0]) and same(F["m_budget"], ft["合计"][1]) and same(F["m_exec"], ft["合计"][2])
          and same(F["rate_prose"], ft["合计"][3]))
    e = ft["其中：路灯运行维护及电费"]
    C.add("balance_mismatch", "电费 未执行 = 全年 - 执行", ok(F["m_unexec_elec"], e[1].v - e[2].v))
    C.add("sum_mismatch", "审减 = 合同 - 结算", ok(F["m_cut"], F["m_contract"].v - F["m_settle"].v))
    C.add("arith", "已付 = 95% × 结算", ok(F["m_paid"], F["m_settle"].v * F["pay_pct"].v / HUNDRED))
    C.add("sum_mismatch", "质保金 = 结算 - 已付", ok(F["m_ret"], F["m_settle"].v - F["m_paid"].v))
    C.add("conflicting_values", "已付 = LED 执行", same(F["m_paid"], ft["城区LED节能改造"][2]))
    C.add("average_mismatch", "平均每盏 = 结算 / 盏数", ok(F["y_avg"], F["m_settle"].v * 10000 / F["led_n_avg"].v))
    C.rate("三公 下降%", F["sg_drop"], F["sg_prev"].v - F["sg"].v, F["sg_prev"].v)
    C.add("arith", "节约电费 ≈ 电量 × 单价", ok(F["save"], F["kwh"].v * F["price"].v))
    C.add("average_mismatch", "项目平均分", ok(F["pavg"], sum(x.v for x in F["pscores"]) / 3))
    ind = F["ind"]
    for k, (tgt, act, comp) in ind.items():
        pt, pa = parse_val(tgt), parse_val(act)
        C.add("unit_mismatch", f"{k}: unit", pt[2] == pa[2])
        c = completion(pt, pa) if pt[2] == pa[2] else None
        C.add("completion_mismatch", f"{k}: completion", c is not None and ok(comp, c))
        if pt[2] == "%":
            C.pct_range(f"{k}: within 0-100", pa[1])
    pairs = [("城区LED节能改造数量", F["led_n1"]), ("城区LED节能改造数量", F["led_n_avg"]), ("路灯设施维护数量", F["lamps1"]),
             ("路灯设施维护数量", F["lamps2"]), ("主次干道亮灯率", F["light"]), ("故障路灯修复时限", F["fix"]),
             ("年节约用电量", F["kwh"]), ("群众满意度", F["sat"])]
    for k, pv in pairs:
        C.add("conflicting_values", f"{k}: prose = table", same(parse_val(ind[k][1])[1], pv))
    st = F["st"]
    trows = [(nm, w, s, None, None, None) for nm, w, s in st]
    table_rows_checks(C, "得分表", trows, weight_total=F["st_w"], total=F["st_total"], grade=F["grade"])
    C.add("conflicting_values", "total prose = table", same(F["total_prose"], F["st_total"]))
    C.add("conflicting_values", "执行率得分 = 10 × 执行率 (stated)", ok(st[0][2], ft["合计"][3].v / 10))
    C.add("arith", "时效 deduction = weight - score", ok(F["ded_time"], st[3][1].v - st[3][2].v))
    C.pct_range("prose 亮灯率", F["light"])
    C.pct_range("prose 满意度", F["sat"])
    C.add("year_mismatch", "截至年末 = evaluation year", F["year_end"] == F["year_title"])
    C.add("year_mismatch", "carry-forward to a later year", F["year_cf"] > F["year_title"])
    return C.items


PROJECTS = {
    "sx-huairen-ludeng-2021": (facts_A, checks_A, MONEY_A),
    "sc-longchang-ludeng-2023": (facts_B, checks_B, MONEY_B),
    "hn-lengshuijiang-ludeng-2022": (facts_C, checks_C, MONEY_C),
    "hb-anlu-ludeng-2020": (facts_D, checks_D, MONEY_D),
    "gs-kongtong-chengguan-bumen-2024": (facts_E, checks_E, MONEY_E),
}


def failing_codes(pid, text):
    """Run all checks; return (set of failing codes, list of messages)."""
    facts_fn, checks_fn, money = PROJECTS[pid]
    F = facts_fn(text)
    results = checks_fn(F)
    failed = {}
    msgs = []
    for idx, (code, desc, passed) in enumerate(results):
        if passed:
            continue
        final = code
        # rescale one money amount by 10^4 / 10^8: if that reconciles the check, it is a unit error
        for name in money:
            for f in (D(10) ** -4, D(10) ** 4, D(10) ** -8, D(10) ** 8):
                F2 = dict(F)
                F2[name] = F[name].scaled(f)
                r2 = checks_fn(F2)
                if r2[idx][1] == desc and r2[idx][2]:
                    final = "unit_mismatch"
                    break
            if final == "unit_mismatch":
                break
        failed.setdefault(final, []).append(desc)
        msgs.append(f"{final}: {desc}" + (f" (raw code {code})" if final != code else ""))
    return failed, msgs, len(results)


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = {rec["case"] for rec in labels}
    files = set(os.listdir(CASES))
    if names != files:
        problems.append(f"labels vs files differ: {sorted(names ^ files)}")
    code_count = {c: 0 for c in CODES}
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    n_checks = 0
    for rec in labels:
        case, pid = rec["case"], rec["source"]
        text = texts[case]
        clean = texts[f"{pid}-clean.txt"]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{case}: clean case with expected findings")
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append(f"{case}: length {n} outside the intended range")
        else:
            if len(rec["expected"]) != 1:
                problems.append(f"{case}: expected exactly one label")
            lab = rec["expected"][0]
            if lab["code"] not in CODES or lab["severity"] != "error":
                problems.append(f"{case}: bad code/severity {lab['code']}/{lab['severity']}")
            code_count[lab["code"]] = code_count.get(lab["code"], 0) + 1
            value = lab["value"]
            occ = [m.start() for m in re.finditer(re.escape(value), text)]
            if not occ:
                problems.append(f"{case}: label value not found")
            # one contiguous difference from the clean draft
            p = 0
            while p < min(len(text), len(clean)) and text[p] == clean[p]:
                p += 1
            s = 0
            while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
                s += 1
            a, b = p, len(text) - s  # changed span in the error case
            a0, b0 = p, len(clean) - s
            if text[:a] + clean[a0:b0] + text[b:] != clean:
                problems.append(f"{case}: difference is not one contiguous place")
            if a == b and a0 == b0:
                problems.append(f"{case}: identical to the clean draft")
            if not any(o <= max(b, a + 1) - 1 and a <= o + len(value) - 1 + (1 if a == b else 0) for o in occ):
                problems.append(f"{case}: changed span [{a},{b}) does not overlap the label value")
        try:
            failed, msgs, nc = failing_codes(pid, text)
        except FactError as e:
            problems.append(f"{case}: cannot read figures: {e}")
            continue
        n_checks += nc
        got = set(failed)
        if "arith" in got:
            problems.append(f"{case}: an uncoded identity fails: {failed['arith']}")
            got.discard("arith")
        want = set() if rec["clean"] else {rec["expected"][0]["code"]}
        if got != want:
            problems.append(f"{case}: failing codes {sorted(got)}, expected {sorted(want)}; " + "; ".join(msgs))
        else:
            print(f"{case:45s} checks={nc:3d} failing={sorted(got) or '-'}")
    for c, n in code_count.items():
        if n < 2:
            problems.append(f"code {c} used {n} times (< 2)")
    print("codes:", ", ".join(f"{c}={n}" for c, n in code_count.items()))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {n_checks} check evaluations")
    print("OK")


if __name__ == "__main__":
    main()
