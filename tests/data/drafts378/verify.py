#!/usr/bin/env python3
"""Verify the n378 test set (standard library only).

1. every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. each of the 13 error codes of errors.md §A occurs at least twice;
4. the arithmetic of every clean draft is redone (rules.md §5-§8): every check must pass;
5. the arithmetic of every error case is redone: the labelled code must fail, no other error-level code may fail.

Money is compared in 万元 after unit normalisation; tolerance follows rules.md §8 (half a unit of the last
digit of the stated number, judged in the unit as written). Score-rule checks (§5) are warnings: they must hold
in the clean drafts, and may fail in an error case without counting as a second error.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
EPS = D("1e-9")
HUNDRED = D(100)


# ---------------------------------------------------------------- numbers
class Num:
    """A number as written: value, decimals, unit; .w is the value normalised (元 -> 万元)."""

    def __init__(self, text, unit="", pos=None):
        text = text.replace(",", "")
        self.text = text
        self.v = D(text)
        self.dec = len(text.split(".")[1]) if "." in text else 0
        self.unit = unit or ""
        self.pos = pos
        self.factor = D(1)
        if self.unit.startswith("万元"):
            self.money = True
        elif self.unit.startswith("元"):
            self.money, self.factor = True, D("0.0001")
        elif self.unit.startswith("亿元"):
            self.money, self.factor = True, D(10000)
        else:
            self.money = False

    @property
    def w(self):
        return self.v * self.factor

    @property
    def tolw(self):
        return D(5) * D(10) ** (-(self.dec + 1)) * self.factor + EPS

    def __repr__(self):
        return f"{self.text}{self.unit}"


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class ExtractError(Exception):
    pass


class Checker:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = []   # (code, message) error level
        self.warns = []   # (code, message) warning level

    # -------- extraction
    def one(self, pat, unit=None):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return self._num(ms[0], unit)

    def many(self, pat, unit=None, count=None):
        ms = list(re.finditer(pat, self.t))
        if count is not None and len(ms) != count:
            raise ExtractError(f"{self.name}: pattern {pat!r} matched {len(ms)} times, expected {count}")
        return [self._num(m, unit) for m in ms]

    def _num(self, m, unit):
        gd = m.groupdict()
        u = unit if unit is not None else (gd.get("u") or "")
        return Num(gd.get("n") or m.group(1), u, m.start())

    def word(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0].group(1)

    def numlist(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"{self.name}: list pattern {pat!r} matched {len(ms)} times")
        items = [Num(x) for x in ms[0].group("l").split("、")]
        return items, Num(ms[0].group("n"))

    # -------- findings
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # -------- generic identities
    def eq(self, code, stated, inputs, fn, what):
        """stated (normalised) must equal fn(*inputs normalised) within the stated number's tolerance.
        When it fails and rescaling ONE money figure by 10^4 reconciles it, report unit_mismatch instead."""
        vals = [x.w for x in inputs]
        c = fn(*vals)
        if c is None or abs(c - stated.w) <= stated.tolw:
            return True
        for k in range(-1, len(inputs)):
            obj = stated if k < 0 else inputs[k]
            if not obj.money:
                continue
            for f in (D(10000), D("0.0001")):
                if k < 0:
                    ok = abs(c - stated.w * f) <= stated.tolw * f
                else:
                    vv = list(vals)
                    vv[k] = vv[k] * f
                    c2 = fn(*vv)
                    ok = abs(c2 - stated.w) <= stated.tolw
                if ok:
                    self.fail("unit_mismatch", f"{what}: {obj!r} reconciles only after rescaling by {f}")
                    return False
        self.fail(code, f"{what}: stated {stated!r}, computed {c}")
        return False

    def same(self, code, nums, what):
        """All mentions of one quantity agree (tolerance of the less precise mention)."""
        base = nums[0]
        for other in nums[1:]:
            tol = max(base.tolw, other.tolw)
            if abs(base.w - other.w) <= tol:
                continue
            if base.money or other.money:
                fixed = any(abs(base.w - other.w * f) <= max(base.tolw, other.tolw * f) or
                            abs(base.w * f - other.w) <= max(base.tolw * f, other.tolw)
                            for f in (D(10000), D("0.0001")))
                if fixed:
                    self.fail("unit_mismatch", f"{what}: {base!r} vs {other!r} differ by 10^4")
                    continue
            self.fail(code, f"{what}: {base!r} vs {other!r}")

    def rate(self, stated, num, den, what, code="rate_mismatch"):
        if den.w == 0:
            if stated.v != 0:
                self.fail("implausible_rate", f"{what}: rate {stated!r} on a zero base")
            return
        if stated.v > HUNDRED or stated.v < 0:
            self.fail("implausible_rate", f"{what}: rate {stated!r} outside [0,100]")
            return
        self.eq(code, stated, [num, den], lambda a, b: a / b * HUNDRED, what)

    def total(self, stated, parts, what, code="sum_mismatch"):
        self.eq(code, stated, parts, lambda *xs: sum(xs, D(0)), what)

    def average(self, stated, items, what):
        self.eq("average_mismatch", stated, items, lambda *xs: sum(xs, D(0)) / len(xs), what)

    def count(self, stated, items, what):
        if stated.v != len(items):
            self.fail("sum_mismatch", f"{what}: stated {stated!r}, {len(items)} items listed")

    def bounded(self, rate, what):
        if rate.v > HUNDRED or rate.v < 0:
            self.fail("implausible_rate", f"{what}: {rate!r} outside [0,100]")

    def grade(self, word, total, what):
        s = total.v
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        if not word.startswith(band):
            self.fail("grade_mismatch", f"{what}: total {total!r} is {band}, stated {word}")

    def years(self, year):
        t = self.t
        for m in re.finditer(r"结转至(\d{4})年", t):
            if int(m.group(1)) <= year:
                self.fail("year_mismatch", f"carried over to {m.group(1)} in a {year} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            if int(m.group(1)) != year:
                self.fail("year_mismatch", f"figures as of 31 Dec {m.group(1)} in a {year} report")
        for m in re.finditer(r"(\d{4})年12月提前下达", t):
            if int(m.group(1)) != year - 1:
                self.fail("year_mismatch", f"advance issue in Dec {m.group(1)} for a {year} budget")
        head = "\n".join(t.split("\n")[:3])
        for m in re.finditer(r"(\d{4})年度?", head):
            if int(m.group(1)) != year:
                self.fail("year_mismatch", f"title year {m.group(1)} vs {year}")


# ---------------------------------------------------------------- indicator tables
TGT = re.compile(r"^(≥|≤|=|＝)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
ACT = re.compile(r"^(\d+(?:\.\d+)?)\s*(.*)$")


class Row:
    def __init__(self, name, sign, target, actual, weight, score, comp=None):
        self.name = name
        self.weight = Num(weight)
        self.score = Num(score)
        self.comp = Num(comp.rstrip("%"), "%") if comp else None
        self.ttext, self.atext = target, actual
        tm = TGT.match((sign or "") + target)
        am = ACT.match(actual)
        self.qual = not (tm and am)
        if not self.qual:
            s = tm.group(1) or "="
            self.dir = "gte" if s == "≥" else "lte" if s == "≤" else "eq"
            self.T = Num(tm.group(2), tm.group(3))
            self.A = Num(am.group(1), am.group(2))


def completion(r):
    T, A = r.T.v, r.A.v
    if r.dir == "lte":
        return HUNDRED if A <= T else T / A * HUNDRED
    if T == 0:
        return HUNDRED if A <= 0 else D(0)
    return A / T * HUNDRED


def rule_score(r):
    w = r.weight.v
    T, A = r.T.v, r.A.v
    if r.dir == "lte":
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else D(0)
    return w * min(D(1), max(A, D(0)) / T)


def indicator_checks(ck, rows, totals, weight_total=None):
    sw = sum((r.weight.v for r in rows), D(0))
    if sw != HUNDRED:
        ck.fail("weight_sum_mismatch", f"weights sum to {sw}")
    if weight_total is not None and weight_total.v != sw:
        ck.fail("weight_sum_mismatch", f"stated weight total {weight_total!r} vs {sw}")
    for r in rows:
        if r.score.v > r.weight.v or r.score.v < 0:
            ck.fail("score_exceeds_weight", f"{r.name}: score {r.score!r} > weight {r.weight!r}")
    ss = sum((r.score.v for r in rows), D(0))
    for t in totals:
        if abs(ss - t.v) > t.tolw:
            ck.fail("score_sum_mismatch", f"scores sum to {ss}, stated total {t!r}")
    for r in rows:
        if r.qual:
            if r.ttext == r.atext:
                if r.score.v != r.weight.v:
                    ck.warn("score_rule_mismatch", f"{r.name}: qualitative achieved but score {r.score!r}")
                if r.comp is not None and abs(r.comp.v - HUNDRED) > r.comp.tolw:
                    ck.fail("completion_mismatch", f"{r.name}: qualitative achieved, completion {r.comp!r}")
            continue
        if r.T.unit != r.A.unit:
            ck.fail("unit_mismatch", f"{r.name}: target unit {r.T.unit!r} vs actual unit {r.A.unit!r}")
            continue
        if r.A.unit == "%":
            ck.bounded(r.A, r.name)
        comp = completion(r)
        if r.comp is not None and abs(comp - r.comp.v) > r.comp.tolw:
            ck.fail("completion_mismatch", f"{r.name}: stated completion {r.comp!r}, computed {r2(comp)}")
        exp = rule_score(r)
        alt = r.weight.v * min(D(1), r.comp.v / HUNDRED) if r.comp is not None else exp
        if abs(exp - r.score.v) > r.score.tolw and abs(alt - r.score.v) > r.score.tolw:
            ck.warn("score_rule_mismatch", f"{r.name}: score {r.score!r}, rule gives {r2(exp)}")


def table_lines(text, header):
    """Tab-separated rows following the header line, until the first line without a tab."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header)]
    if len(idx) != 1:
        raise ExtractError(f"header {header!r} found {len(idx)} times")
    out = []
    for l in lines[idx[0] + 1:]:
        if "\t" not in l:
            break
        out.append(l.split("\t"))
    return out


def cell(s, unit=""):
    s = s.strip()
    if s in ("", "—"):
        return Num("0", unit)
    return Num(s.rstrip("%"), unit or ("%" if s.endswith("%") else ""))


# ---------------------------------------------------------------- per project
def p_kunshan(ck):
    Y = 2022
    init_p = ck.one(r"项目年初预算(?P<n>[\d.]+)(?P<u>万元)")
    add_p = ck.one(r"追加(?P<n>[\d.]+)(?P<u>万元)，专门用于")
    annual_p = ck.many(r"全年预算(?:调整为|)(?P<n>[\d.]+)(?P<u>万元)", count=2)
    recv_rate = ck.one(r"到位率(?P<n>[\d.]+)%", "%")
    spent_p = ck.one(r"全年实际支出(?P<n>[\d.]+)(?P<u>万元)")
    rate_p = ck.one(r"预算执行率(?P<n>[\d.]+)%", "%")
    parts = [ck.one(p + r"(?P<n>[\d.]+)(?P<u>万元)") for p in
             ("运维服务费", "备件更换及点位迁建", "数据传输及电费", "比对校准费")]
    add_again = ck.one(r"追加的(?P<n>[\d.]+)(?P<u>万元)实际使用")
    add_used = ck.one(r"实际使用(?P<n>[\d.]+)(?P<u>万元)")
    add_rate = ck.one(r"实际使用[\d.]+万元，执行率(?P<n>[\d.]+)%", "%")
    bal = ck.one(r"年末结余(?P<n>[\d.]+)(?P<u>万元)")
    unit_price = ck.one(r"每个点位每年(?P<n>[\d.]+)(?P<u>元)")
    contract = ck.one(r"全年运维合同金额(?P<n>[\d.]+)(?P<u>万元)")
    npts = ck.many(r"(?P<n>\d+)个(?:自动监测)?点位(?:全年|稳定|，)", count=3)
    old_pts = ck.one(r"监测点位(?P<n>\d+)个，分布")
    new_pts = ck.one(r"新增4a类点位(?P<n>\d+)个")
    months, mtotal = ck.numlist(r"1月至12月依次为(?P<l>[\d、]+)条，全年合计(?P<n>\d+)条")
    items = [Num(x) for x in ck.word(r"夜间等效声级分别为([\d.、]+)分贝").split("、")]
    avg = ck.one(r"平均(?P<n>[\d.]+)分贝")
    tot_p = ck.one(r"自评得分(?P<n>[\d.]+)分")
    grade = ck.word(r"评价等级为“(.)”")
    cap_p = ck.one(r"数据有效获取率(?P<n>[\d.]+)%，较上年", "%")
    ok_p = ck.one(r"功能区昼间达标率(?P<n>[\d.]+)%（2021", "%")
    sat_p = ck.one(r"满意度为(?P<n>[\d.]+)%", "%")

    fund = {r[0]: r for r in table_lines(ck.t, "项目资金（万元）")}
    tot_row = fund["年度资金总额"]
    t_init, t_annual, t_spent = (cell(x, "万元") for x in tot_row[1:4])
    t_w, t_rate, t_score = cell(tot_row[4]), cell(tot_row[5]), cell(tot_row[6])
    for col in (1, 2, 3):
        ck.total(cell(tot_row[col], "万元"),
                 [cell(fund[k][col], "万元") for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                 f"funds table column {col}")
    rows = [Row("预算执行率", "", "100%", t_rate.text + "%", tot_row[4], tot_row[6])]
    totals = []
    for c in table_lines(ck.t, "一级指标"):
        if c[0] == "总分":
            totals.append(Num(c[6]))
            wt = Num(c[5])
            continue
        rows.append(Row(c[2], "", c[3], c[4], c[5], c[6]))
    byname = {r.name: r for r in rows}

    # funds identities
    ck.total(annual_p[0], [init_p, add_p], "年初 + 追加 = 全年预算")
    ck.same("conflicting_values", annual_p + [t_annual], "全年预算")
    ck.same("conflicting_values", [init_p, t_init], "年初预算")
    ck.same("conflicting_values", [spent_p, t_spent], "全年执行数")
    ck.same("conflicting_values", [rate_p, t_rate], "预算执行率")
    ck.same("conflicting_values", [add_p, add_again], "追加资金")
    ck.rate(recv_rate, annual_p[1], annual_p[1], "到位率 (到位 = 全年预算, 已全额到位)")
    ck.rate(rate_p, spent_p, annual_p[1], "预算执行率 (prose)")
    ck.rate(t_rate, t_spent, t_annual, "预算执行率 (table)")
    ck.rate(add_rate, add_used, add_again, "追加资金执行率")
    ck.total(spent_p, parts, "支出结构")
    ck.eq("balance_mismatch", bal, [annual_p[1], spent_p], lambda a, b: a - b, "结余 = 到位 - 执行")
    ck.eq("balance_mismatch", bal, [contract, parts[0]], lambda a, b: a - b, "结余 = 运维合同 - 已付运维费")
    ck.eq("sum_mismatch", contract, [npts[0], unit_price], lambda n, p: n * p, "运维合同 = 点位数 × 单价")
    ck.same("conflicting_values", [unit_price, Num(byname["单个点位年运维费用"].atext.split("万元")[0], "万元")],
            "单点运维费用")
    ck.total(npts[0], [old_pts, new_pts], "原有 + 新增点位")
    ck.same("conflicting_values", npts, "点位总数")
    ck.total(mtotal, months, "月度预警合计")
    ck.average(avg, items, "4a类点位夜间平均")
    ck.count(ck.one(r"4a类区(?P<n>\d+)个点位"), items, "4a类点位个数")
    ck.same("conflicting_values", [ck.one(r"点位总数达到(?P<n>\d+)个"), npts[0], byname["自动监测点位正常运行数"].T,
                                   byname["自动监测点位正常运行数"].A], "点位总数")
    ck.same("conflicting_values", [ck.one(r"数据有效获取率不低于(?P<n>\d+)%", "%"), byname["监测数据有效获取率"].T], "有效率目标")
    ck.same("conflicting_values", [ck.one(r"昼间达标率保持在(?P<n>\d+)%以上", "%"), byname["功能区声环境昼间达标率"].T], "达标率目标")
    ck.same("conflicting_values", [ck.one(r"应报监测月报(?P<n>\d+)期"), byname["监测月报按时报送"].T], "月报应报")
    ck.same("conflicting_values", [ck.one(r"其中(?P<n>\d+)期按时报送"), byname["监测月报按时报送"].A], "月报按时")
    ck.same("conflicting_values", [ck.one(r"上报准确率(?P<n>\d+)%", "%"), byname["数据审核上报准确率"].A], "准确率")
    # text <-> table
    ck.same("conflicting_values", [cap_p, byname["监测数据有效获取率"].A], "数据有效获取率")
    ck.same("conflicting_values", [ok_p, byname["功能区声环境昼间达标率"].A], "昼间达标率")
    ck.same("conflicting_values", [sat_p, byname["数据使用单位满意度"].A], "满意度")
    for x in (cap_p, ok_p, sat_p, recv_rate):
        ck.bounded(x, "rate in text")
    indicator_checks(ck, rows, totals + [tot_p], wt)
    ck.grade(grade, tot_p, "等级")
    ck.years(Y)


def p_leshan(ck):
    Y = 2023
    init_p = ck.one(r"项目年初预算(?P<n>[\d.]+)(?P<u>万元)")
    add_p = ck.one(r"调增预算(?P<n>[\d.]+)(?P<u>万元)")
    annual_p = ck.many(r"调整后预算(?:为)?(?P<n>[\d.]+)(?P<u>万元)", count=2)
    spent_p = ck.one(r"项目实际支出(?P<n>[\d.]+)(?P<u>万元)")
    rate_p = ck.one(r"预算执行率(?P<n>[\d.]+)%", "%")
    parts = [ck.one(r"第三方噪声检测服务费(?P<n>[\d.]+)(?P<u>万元)"),
             ck.one(r"合计(?P<n>[\d.]+)(?P<u>万元)；"),
             ck.one(r"夜间执法巡查及投诉处置费用(?P<n>[\d.]+)(?P<u>万元)"),
             ck.one(r"宣传及业务培训费(?P<n>[\d.]+)(?P<u>万元)")]
    qty = ck.one(r"声校准器(?P<n>\d+)台")
    price = ck.one(r"单价(?P<n>[\d.]+)(?P<u>万?元)，合计")
    bal = ck.one(r"项目结余(?P<n>[\d.]+)(?P<u>万元)")
    recv = ck.one(r"调整后预算(?P<n>[\d.]+)(?P<u>万元)已全部到位")
    complaints = ck.many(r"受理噪声投诉(?P<n>\d+)件", count=1)[0]
    target = ck.one(r"为年度目标(?P<n>\d+)件")
    comp_p = ck.one(r"件的(?P<n>[\d.]+)%", "%")
    months, mtotal = None, None
    ml = ck.word(r"1—12月依次受理([\d、]+)件")
    months = [Num(x) for x in ml.split("、")]
    cats = [ck.one(p + r"(?P<n>\d+)件") for p in ("建筑施工噪声", "社会生活噪声", "工业噪声", "交通运输噪声")]
    done = ck.one(r"办结(?P<n>\d+)件")
    rest = ck.one(r"其余(?P<n>\d+)件")
    done_rate = ck.one(r"按期办结率(?P<n>[\d.]+)%", "%")
    checks_p = ck.one(r"专项检查(?P<n>\d+)次")
    pts6 = ck.one(r"对辖区(?P<n>\d+)个噪声敏感")
    times = ck.one(r"每季度监测(?P<n>\d+)次")
    mon_p = ck.one(r"敏感区监测完成(?P<n>\d+)点次")
    items = [Num(x) for x in ck.word(r"夜间等效声级年均值分别为([\d.、]+)分贝").split("、")]
    avg = ck.one(r"平均(?P<n>[\d.]+)分贝")
    resp_p = ck.one(r"平均用时(?P<n>[\d.]+)(?P<u>小时)")
    rep_p = ck.one(r"重复投诉率为(?P<n>[\d.]+)%", "%")
    npts = ck.one(r"(?P<n>\d+)个声环境功能区监测点中")
    okpts = ck.one(r"监测点中(?P<n>\d+)个夜间达标")
    night_p = ck.one(r"夜间达标率(?P<n>[\d.]+)%，较", "%")
    night_last = ck.one(r"较2022年的(?P<n>[\d.]+)%", "%")
    night_up = ck.one(r"提高(?P<n>[\d.]+)个百分点")
    sat_p = ck.one(r"满意度(?P<n>[\d.]+)%。", "%")
    exec_sc = ck.one(r"预算执行情况得分(?P<n>[\d.]+)分")
    ind_sc = ck.one(r"绩效指标得分(?P<n>[\d.]+)分")
    tot_p = ck.one(r"自评总分(?P<n>[\d.]+)分")
    grade = ck.word(r"评价等次为“(.)”")

    fund = {r[0]: r for r in table_lines(ck.t, "项目资金（万元）")}
    tr = fund["年度资金总额"]
    t_init, t_annual, t_spent = (cell(x, "万元") for x in tr[1:4])
    t_rate, t_score = cell(tr[5]), cell(tr[6])
    for col in (1, 2, 3):
        ck.total(cell(tr[col], "万元"), [cell(fund[k][col], "万元") for k in
                                         ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")],
                 f"funds table column {col}")
    exec_row = Row("预算执行率", "", "100%", t_rate.text + "%", tr[4], tr[6])
    rows, totals = [exec_row], []
    for c in table_lines(ck.t, "一级指标"):
        if c[0] == "总分":
            totals.append(Num(c[7]))
            wt = Num(c[6])
            continue
        rows.append(Row(c[2], c[3], c[4], c[5], c[6], c[7]))
    byname = {r.name: r for r in rows}
    dev_cell = byname["噪声投诉受理办理数"]
    dev = Num(re.search(r"高于目标([\d.]+)%", "\t".join(c for c in ck.t.split("\n") if "受理量高于目标" in c)).group(1), "%")

    ck.total(annual_p[0], [init_p, add_p], "年初 + 调增 = 调整后预算")
    ck.same("conflicting_values", annual_p + [recv, t_annual], "调整后预算")
    ck.same("conflicting_values", [init_p, t_init], "年初预算")
    ck.same("conflicting_values", [spent_p, t_spent], "执行数")
    ck.same("conflicting_values", [rate_p, t_rate], "执行率")
    ck.rate(rate_p, spent_p, annual_p[0], "预算执行率 (prose)")
    ck.rate(t_rate, t_spent, t_annual, "预算执行率 (table)")
    ck.total(spent_p, parts, "支出构成")
    ck.eq("sum_mismatch", parts[1], [qty, price], lambda n, p: n * p, "设备合计 = 台数 × 单价")
    ck.same("conflicting_values", [price, Num(byname["便携式噪声监测仪购置单价"].atext.split("万元")[0], "万元")],
            "设备单价")
    ck.eq("balance_mismatch", bal, [recv, spent_p], lambda a, b: a - b, "结余 = 到位 - 执行")
    ck.total(complaints, months, "月度投诉合计")
    ck.total(complaints, cats, "投诉来源合计")
    ck.total(complaints, [done, rest], "办结 + 跨年")
    ck.same("conflicting_values", [complaints, dev_cell.A], "受理投诉数")
    ck.same("conflicting_values", [target, dev_cell.T], "投诉目标")
    ck.eq("completion_mismatch", comp_p, [complaints, target], lambda a, b: a / b * HUNDRED, "投诉完成率")
    ck.eq("completion_mismatch", dev, [complaints, target], lambda a, b: (a - b) / b * HUNDRED, "偏差率")
    ck.rate(done_rate, done, complaints, "按期办结率")
    ck.same("conflicting_values", [done_rate, byname["噪声投诉按期办结率"].A], "办结率")
    ck.same("conflicting_values", [checks_p, byname["夜间施工噪声专项检查"].A], "专项检查")
    ck.eq("sum_mismatch", mon_p, [pts6, times], lambda a, b: a * b * 4, "点次 = 点位 × 4季度 × 次数")
    ck.same("conflicting_values", [mon_p, byname["敏感建筑物集中区噪声监测"].A], "监测点次")
    ck.average(avg, items, "敏感区夜间平均")
    ck.count(pts6, items, "敏感区点位个数")
    ck.same("conflicting_values", [ck.one(r"其中(?P<n>\d+)个点位低于"), Num(str(sum(1 for x in items if x.v < 50)))],
            "低于50分贝的点位数")
    for pat, nm in ((r"噪声投诉不少于(?P<n>\d+)件", "噪声投诉受理办理数"), (r"按期办结率不低于(?P<n>\d+)%", "噪声投诉按期办结率"),
                    (r"专项检查不少于(?P<n>\d+)次", "夜间施工噪声专项检查"), (r"监测不少于(?P<n>\d+)点次", "敏感建筑物集中区噪声监测"),
                    (r"重复投诉率控制在(?P<n>\d+)%", "噪声重复投诉率"), (r"夜间达标率达到(?P<n>\d+)%", "声环境功能区夜间达标率"),
                    (r"满意度不低于(?P<n>\d+)%", "投诉人满意度"), (r"首次响应时限为(?P<n>\d+)小时", "投诉首次响应时长")):
        ck.same("conflicting_values", [ck.one(pat), byname[nm].T], "目标 " + nm)
    ck.same("conflicting_values", [ck.one(r"高于(?P<n>\d+)%的控制目标"), byname["噪声重复投诉率"].T], "重复投诉率目标")
    ck.same("conflicting_values", [ck.one(r"预算执行(?P<n>\d+)分、"), exec_row.weight], "执行权重")
    ck.eq("weight_sum_mismatch", ck.one(r"绩效指标(?P<n>\d+)分的"), [r.weight for r in rows[1:]],
          lambda *xs: sum(xs, D(0)), "绩效指标权重")
    ck.same("conflicting_values", [resp_p, byname["投诉首次响应时长"].A], "响应时长")
    ck.same("conflicting_values", [rep_p, byname["噪声重复投诉率"].A], "重复投诉率")
    ck.rate(night_p, okpts, npts, "夜间达标率")
    ck.eq("sum_mismatch", night_up, [night_p, night_last], lambda a, b: a - b, "提高百分点")
    ck.same("conflicting_values", [night_p, byname["声环境功能区夜间达标率"].A], "夜间达标率")
    ck.same("conflicting_values", [sat_p, byname["投诉人满意度"].A], "满意度")
    for x in (rep_p, night_last, sat_p):
        ck.bounded(x, "rate in text")
    ck.same("conflicting_values", [exec_sc, t_score], "执行得分")
    ck.total(ind_sc, [r.score for r in rows[1:]], "绩效指标得分", code="score_sum_mismatch")
    ck.total(tot_p, [exec_sc, ind_sc], "总分 = 执行 + 指标", code="score_sum_mismatch")
    indicator_checks(ck, rows, totals + [tot_p], wt)
    ck.grade(grade, tot_p, "等次")
    ck.years(Y)


def p_pingcheng(ck):
    Y = 2019
    init_p = ck.one(r"项目年初预算(?P<n>[\d.]+)(?P<u>万元)")
    add_p = ck.one(r"追加(?P<n>[\d.]+)(?P<u>万元)")
    carry_p = ck.one(r"2018年结转的(?P<n>[\d.]+)(?P<u>万元)")
    annual_p = ck.one(r"全年预算资金(?P<n>[\d.]+)(?P<u>万元)")
    spent_p = ck.one(r"累计执行(?P<n>[\d.]+)(?P<u>万元)")
    rate_p = ck.one(r"执行率约(?P<n>[\d.]+)%", "%")
    bal_p = ck.one(r"结余(?P<n>[\d.]+)(?P<u>万元)结转")
    f = {r[0]: r for r in table_lines(ck.t, "项目\t行次")}
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    M = {k: [cell(x, "" if "率" in k else "万元") for x in f[k][2:10]] for k in names}
    # columns: 0 总额 1 小计 2 中央 3 省 4 市 5 区 6 上年结转 7 其他
    for k in names[:5]:
        ck.total(M[k][0], [M[k][1], M[k][6], M[k][7]], f"{k}: 总额 = 财政小计 + 结转 + 其他")
        ck.total(M[k][1], M[k][2:6], f"{k}: 财政小计 = 中央 + 省 + 市 + 区")
    for j in range(8):
        ck.eq("balance_mismatch", M["资金结余"][j], [M["实际到位资金"][j], M["全年执行资金"][j]],
              lambda a, b: a - b, f"结余 column {j}")
        ck.rate(M["预算到位率(%)"][j], M["实际到位资金"][j], M["全年预算资金"][j], f"到位率 column {j}")
        ck.rate(M["预算执行率(%)"][j], M["全年执行资金"][j], M["全年预算资金"][j], f"执行率 column {j}")
    ck.total(annual_p, [init_p, add_p, carry_p], "年初 + 追加 + 上年结转 = 全年预算")
    ck.same("conflicting_values", [init_p, M["年初预算资金"][0]], "年初预算")
    ck.same("conflicting_values", [annual_p, M["全年预算资金"][0]], "全年预算")
    ck.same("conflicting_values", [carry_p, M["全年预算资金"][6]], "上年结转")
    ck.same("conflicting_values", [spent_p, M["全年执行资金"][0]], "执行数")
    ck.same("conflicting_values", [bal_p, M["资金结余"][0]], "结余")
    ck.rate(rate_p, spent_p, annual_p, "执行率 (约)")

    rows = []
    for c in ck.t.split("\n"):
        cs = c.split("\t")
        if len(cs) == 7 and cs[0] != "二级指标":
            rows.append(Row(cs[1], "", cs[3], cs[4], cs[2], cs[6], cs[5]))
    byname = {r.name: r for r in rows}
    ck.rate(byname["预算执行率"].A, M["全年执行资金"][0], M["全年预算资金"][0], "执行率 (指标表)")
    tot_p = ck.one(r"总得分(?P<n>[\d.]+)分")
    grade = ck.word(r"属于“(..)”")
    indicator_checks(ck, rows, [tot_p])
    ck.grade(grade, tot_p, "等级")

    grids = ck.one(r"按(?P<n>\d+)个网格")
    grid_price = ck.one(r"每个网格(?P<n>\d+)(?P<u>元)")
    grid_fee = ck.one(r"网格\d+元结算，计(?P<n>[\d.]+)(?P<u>万元)；")
    pts = ck.one(r"按(?P<n>\d+)个点位")
    pt_price = ck.one(r"每个点位(?P<n>\d+)(?P<u>元)")
    pt_fee = ck.one(r"点位\d+元结算，计(?P<n>[\d.]+)(?P<u>万元)；另")
    rep_fee = ck.one(r"报告编制及数据分析费(?P<n>[\d.]+)(?P<u>万元)")
    inst_fee = ck.one(r"仪器检定及维护费(?P<n>[\d.]+)(?P<u>万元)")
    ck.eq("sum_mismatch", grid_fee, [grids, grid_price], lambda a, b: a * b, "网格费用")
    ck.eq("sum_mismatch", pt_fee, [pts, pt_price], lambda a, b: a * b, "点位费用")
    ck.total(spent_p, [grid_fee, pt_fee, rep_fee, inst_fee], "支出构成")
    ck.same("conflicting_values", [grid_price, Num(byname["单个网格监测成本"].atext.split("元")[0], "元")], "网格单价")
    grid_plan = ck.one(r"应监测网格(?P<n>\d+)个")
    grid_done = ck.one(r"实际完成(?P<n>\d+)个")
    grid_miss = ck.one(r"另有(?P<n>\d+)个网格")
    ck.total(grid_plan, [grid_done, grid_miss], "网格计划 = 完成 + 未布点")
    ck.same("conflicting_values", [grids, grid_done, byname["区域环境噪声监测网格"].A], "完成网格")
    ck.same("conflicting_values", [pts, byname["道路交通噪声监测点位"].A], "交通点位")
    lw = ck.one(r"长度加权平均等效声级为(?P<n>[\d.]+)分贝")
    ck.same("conflicting_values", [lw, byname["道路交通噪声昼间长度加权平均等效声级"].A], "长度加权平均")
    items = [Num(x) for x in ck.word(r"昼间等效声级分别为([\d.、]+)分贝").split("、")]
    avg = ck.one(r"算术平均(?P<n>[\d.]+)分贝")
    ck.average(avg, items, "6条主干道算术平均")
    ck.count(ck.one(r"永泰南路(?P<n>\d+)条主干道"), items, "主干道条数")
    for pat, nm in ((r"完成(?P<n>\d+)个道路交通", "道路交通噪声监测点位"), (r"和(?P<n>\d+)个区域环境噪声网格", "区域环境噪声监测网格"),
                    (r"有效率不低于(?P<n>\d+)%", "监测数据有效率"), (r"控制在(?P<n>\d+)分贝以内", "道路交通噪声昼间长度加权平均等效声级"),
                    (r"未达到(?P<n>\d+)%的目标", "沿街居民满意度")):
        ck.same("conflicting_values", [ck.one(pat), byname[nm].T], "目标 " + nm)
    ck.same("conflicting_values", [ck.one(r"低于(?P<n>\d+)分贝的控制目标"), byname["道路交通噪声昼间长度加权平均等效声级"].T], "声级目标")
    ck.same("conflicting_values", [ck.one(r"提出(?P<n>\d+)份超标路段"), byname["超标路段整改建议报告"].A], "整改建议份数")
    ck.same("conflicting_values", [ck.one(r"增至(?P<n>\d+)个"), pts], "交通点位")
    sat_p = ck.one(r"沿街居民满意度(?P<n>[\d.]+)%", "%")
    ck.same("conflicting_values", [sat_p, byname["沿街居民满意度"].A], "满意度")
    ck.bounded(sat_p, "满意度")
    months, mtotal = ck.numlist(r"受理噪声投诉(?P<n>\d+)件，1至12月分别为(?P<l>[\d、]+)件")
    ck.total(mtotal, months, "月度投诉合计")
    ck.years(Y)


def p_yueyanglou(ck):
    Y = 2020
    budget = ck.one(r"部门预算收入(?P<n>[\d.]+)(?P<u>万元)")
    spent = ck.one(r"全年支出(?P<n>[\d.]+)(?P<u>万元)")
    rate_p = ck.one(r"部门预算执行率(?P<n>[\d.]+)%", "%")
    basic = ck.one(r"基本支出预算(?P<n>[\d.]+)(?P<u>万元)")
    staff = ck.one(r"人员经费(?P<n>[\d.]+)(?P<u>万元)")
    office = ck.one(r"日常公用经费(?P<n>[\d.]+)(?P<u>万元)")
    sangong = ck.one(r"“三公”经费支出(?P<n>[\d.]+)(?P<u>万元)")
    proj = ck.one(r"项目支出预算(?P<n>[\d.]+)(?P<u>万元)")
    pb = [ck.one(p + r"项目(?P<n>[\d.]+)(?P<u>万元)[、。]") for p in ("城区声环境质量监测", "噪声信访投诉处置", "环境执法及宣传")]
    proj_spent = ck.one(r"全年项目支出(?P<n>[\d.]+)(?P<u>万元)")
    ps = [ck.one(p + r"项目支出(?P<n>[\d.]+)(?P<u>万元)") for p in ("声环境质量监测", "噪声信访投诉处置", "环境执法及宣传")]
    pr = [ck.one(p + r"项目支出[\d.]+万元，执行率(?P<n>[\d.]+)%") for p in ("声环境质量监测", "噪声信访投诉处置", "环境执法及宣传")]
    carry = ck.one(r"未支出的(?P<n>[\d.]+)(?P<u>万元)")
    staff_n = ck.one(r"在职人员(?P<n>\d+)人")
    adm = ck.one(r"行政编制(?P<n>\d+)人")
    ins = ck.one(r"事业编制(?P<n>\d+)人")
    items = [Num(x) for x in ck.word(r"各点位昼间等效声级分别为([\d.、]+)分贝").split("、")]
    avg = ck.one(r"平均(?P<n>[\d.]+)分贝")
    npts = ck.one(r"城区(?P<n>\d+)个区域环境噪声监测点")
    cap = ck.one(r"监测数据有效率(?P<n>[\d.]+)%", "%")
    months, mtotal = ck.numlist(r"受理噪声信访投诉(?P<n>\d+)件，1—12月分别为(?P<l>[\d、]+)件")
    days = ck.one(r"平均办理时限(?P<n>\d+)(?P<u>个工作日)")
    repeat = ck.one(r"反复信访的有(?P<n>\d+)件")
    insp = ck.one(r"执法检查(?P<n>\d+)家次")
    less = ck.one(r"少(?P<n>\d+)家次")
    plan = ck.one(r"执法检查不少于(?P<n>\d+)家次")
    sc_items = [Num(x) for x in ck.word(r"自评得分分别为([\d.分、]+)，平均").replace("分", "").split("、")]
    sc_avg = ck.one(r"，平均(?P<n>[\d.]+)分。")
    tot_p = ck.one(r"自评得分(?P<n>[\d.]+)分，评价等级")
    grade = ck.word(r"评价等级为“(.)”")

    rows = []
    for c in table_lines(ck.t, "一级指标"):
        rows.append(Row(c[2], "", c[3], c[4], c[5], c[6]))
    byname = {r.name: r for r in rows}

    ck.total(budget, [basic, proj], "部门预算 = 基本 + 项目")
    ck.total(basic, [staff, office], "基本支出 = 人员 + 公用")
    ck.total(proj, pb, "项目支出预算构成")
    ck.total(proj_spent, ps, "项目支出执行构成")
    ck.total(spent, [basic, proj_spent], "全年支出 = 基本(全部支出) + 项目支出")
    ck.rate(rate_p, spent, budget, "部门预算执行率")
    ck.same("conflicting_values", [rate_p, byname["部门整体支出预算执行率"].A], "部门执行率")
    for s_, a_, b_, n_ in zip(pr, ps, pb, ("监测", "信访", "执法宣传")):
        ck.rate(s_, a_, b_, f"{n_}项目执行率")
    ck.rate(byname["项目支出预算执行率"].A, proj_spent, proj, "项目支出预算执行率 (table)")
    ck.eq("balance_mismatch", carry, [budget, spent], lambda a, b: a - b, "结转 = 预算 - 支出")
    ck.eq("balance_mismatch", carry, [proj, proj_spent], lambda a, b: a - b, "结转 = 项目预算 - 项目支出")
    ck.total(staff_n, [adm, ins], "人员构成")
    ck.average(avg, items, "5个监测点昼间平均")
    ck.same("conflicting_values", [avg, byname["城区区域环境噪声昼间平均等效声级"].A], "昼间平均等效声级")
    ck.same("conflicting_values", [npts, byname["声环境质量监测点位"].A], "监测点位")
    ck.same("conflicting_values", [cap, byname["监测数据有效率"].A], "数据有效率")
    ck.total(mtotal, months, "月度信访合计")
    ck.same("conflicting_values", [mtotal, byname["噪声信访投诉办理"].A], "信访件数")
    ck.same("conflicting_values", [days, byname["信访件平均办理时限"].A], "办理时限")
    ck.same("conflicting_values", [repeat, byname["噪声重复信访件数"].A], "重复信访")
    ck.same("conflicting_values", [insp, byname["噪声执法检查"].A], "执法检查")
    ck.same("conflicting_values", [sangong, byname["“三公”经费支出"].A], "三公经费")
    ck.eq("sum_mismatch", less, [plan, insp], lambda a, b: a - b, "计划 - 完成")
    ck.average(sc_avg, sc_items, "3个项目平均自评分")
    ck.count(ck.one(r"宣传(?P<n>\d+)个项目自评"), sc_items, "项目个数")
    ck.count(npts, items, "监测点个数")
    for pat, nm in ((r"有效率不低于(?P<n>\d+)%", "监测数据有效率"), (r"投诉不少于(?P<n>\d+)件", "噪声信访投诉办理"),
                    (r"按期办结率(?P<n>\d+)%", "信访投诉按期办结率"), (r"检查不少于(?P<n>\d+)家次", "噪声执法检查"),
                    (r"重复信访控制在(?P<n>\d+)件", "噪声重复信访件数"), (r"年初控制在(?P<n>\d+)件", "噪声重复信访件数"),
                    (r"声级不高于(?P<n>\d+)分贝；", "城区区域环境噪声昼间平均等效声级"),
                    (r"声级不高于(?P<n>\d+)分贝的", "城区区域环境噪声昼间平均等效声级"),
                    (r"满意度达到(?P<n>\d+)%", "群众满意度"), (r"满意度未达到(?P<n>\d+)%", "群众满意度")):
        ck.same("conflicting_values", [ck.one(pat), byname[nm].T], "目标 " + nm)
    for x in sc_items:
        if x.v > HUNDRED:
            ck.fail("score_exceeds_weight", f"project score {x!r} > 100")
    ck.bounded(cap, "数据有效率")
    indicator_checks(ck, rows, [tot_p])
    ck.grade(grade, tot_p, "等级")
    ck.years(Y)


def p_zhangwan(ck):
    Y = 2024
    intro = ck.one(r"2024年安排项目预算(?P<n>[\d.]+)(?P<u>万元)")
    annual = ck.one(r"全年预算(?P<n>[\d.]+)(?P<u>万元)")
    dist = ck.many(r"区级财政资金(?P<n>[\d.]+)(?P<u>万元)", count=1)[0]
    prov = ck.one(r"省级生态环境保护专项资金(?P<n>[\d.]+)(?P<u>万元)")
    dist2 = ck.one(r"区级资金(?P<n>[\d.]+)(?P<u>万元)全部到位")
    prov_in = ck.one(r"省级资金到位(?P<n>[\d.]+)(?P<u>万元)")
    prov_out = ck.one(r"剩余(?P<n>[\d.]+)(?P<u>万元)")
    recv = ck.one(r"全年实际到位(?P<n>[\d.]+)(?P<u>万元)")
    recv_rate = ck.one(r"资金到位率(?P<n>[\d.]+)%", "%")
    spent = ck.one(r"全年实际支出(?P<n>[\d.]+)(?P<u>万元)")
    rate_p = ck.one(r"预算执行率(?P<n>[\d.]+)%；", "%")
    use_rate = ck.one(r"资金使用率为(?P<n>[\d.]+)%", "%")
    parts = [ck.one(r"设备购置及安装(?P<n>[\d.]+)(?P<u>万元)"), ck.one(r"基础配套(?P<n>[\d.]+)(?P<u>万元)"),
             ck.one(r"数据平台接入(?P<n>[\d.]+)(?P<u>万元)"), ck.one(r"投诉联动夜间巡查(?P<n>[\d.]+)(?P<u>万元)")]
    sets = ck.one(r"（(?P<n>\d+)套，单价")
    price = ck.one(r"单价(?P<n>[\d.]+)(?P<u>万?元)）")
    bal = ck.one(r"年末结余(?P<n>[\d.]+)(?P<u>万元)")
    plan_sets = ck.one(r"计划新建(?P<n>\d+)套")
    built = ck.one(r"建成自动监测站(?P<n>\d+)套")
    comp_p = ck.one(r"年度计划的(?P<n>[\d.]+)%", "%")
    old_pts = ck.one(r"只有(?P<n>\d+)个功能区")
    old_pts2 = ck.one(r"原有(?P<n>\d+)个人工监测点位")
    new_sets = ck.one(r"(?P<n>\d+)套监测站于2024年9月")
    all_pts = ck.one(r"共同组成(?P<n>\d+)个功能区监测点位")
    all_pts2 = ck.one(r"全区(?P<n>\d+)个功能区监测点位中")
    items = [Num(x.rstrip("%")) for x in ck.word(r"数据有效率分别为([\d.%、]+)，平均").split("、")]
    avg = ck.one(r"，平均(?P<n>[\d.]+)%。", "%")
    months, mtotal = ck.numlist(r"联动处置噪声投诉(?P<n>\d+)件，1至12月依次为(?P<l>[\d、]+)件")
    resp = ck.one(r"平均响应时间(?P<n>[\d.]+)(?P<u>小时)")
    cost = ck.one(r"设备购置成本(?P<n>[\d.]+)(?P<u>万元)，")
    okpts = ck.one(r"夜间达标的有(?P<n>\d+)个")
    night = ck.one(r"夜间达标率(?P<n>[\d.]+)%，低于", "%")
    visit = ck.one(r"电话回访(?P<n>\d+)人")
    happy = ck.one(r"满意的(?P<n>\d+)人")
    sat = ck.one(r"满意度(?P<n>[\d.]+)%。", "%")
    tot_p = ck.one(r"综合得分(?P<n>[\d.]+)分")
    grade = ck.word(r"评价等级为“(.)”")

    rows, totals = [], []
    for c in table_lines(ck.t, "一级指标"):
        if c[0] == "合计":
            totals.append(Num(c[6]))
            wt = Num(c[5])
            continue
        rows.append(Row(c[2], "", c[3], c[4], c[5], c[6]))
    byname = {r.name: r for r in rows}

    ck.same("conflicting_values", [intro, annual], "项目预算")
    ck.total(annual, [dist, prov], "全年预算 = 区级 + 省级")
    ck.same("conflicting_values", [dist, dist2], "区级资金")
    ck.total(recv, [dist2, prov_in], "到位 = 区级 + 省级到位")
    ck.eq("sum_mismatch", prov_out, [prov, prov_in], lambda a, b: a - b, "省级未下达")
    ck.rate(recv_rate, recv, annual, "资金到位率")
    ck.rate(rate_p, spent, annual, "预算执行率")
    ck.same("conflicting_values", [rate_p, byname["预算执行率"].A], "执行率")
    ck.rate(use_rate, spent, recv, "资金使用率 (到位为基数)")
    ck.total(spent, parts, "支出明细")
    ck.eq("sum_mismatch", parts[0], [sets, price], lambda n, p: n * p, "设备费 = 套数 × 单价")
    ck.same("conflicting_values", [price, cost, Num(byname["单套监测站设备购置成本"].atext.split("万元")[0], "万元")],
            "单套成本")
    ck.eq("balance_mismatch", bal, [recv, spent], lambda a, b: a - b, "结余 = 到位 - 执行")
    ck.same("conflicting_values", [plan_sets, byname["新建声环境功能区自动监测站"].T], "计划套数")
    ck.same("conflicting_values", [built, sets, new_sets, byname["新建声环境功能区自动监测站"].A], "建成套数")
    ck.eq("completion_mismatch", comp_p, [built, plan_sets], lambda a, b: a / b * HUNDRED, "建站完成率")
    ck.same("conflicting_values", [old_pts, old_pts2], "原有点位")
    ck.total(all_pts, [old_pts2, new_sets], "点位合计")
    ck.same("conflicting_values", [all_pts, all_pts2], "点位合计")
    ck.average(avg, items, "5站数据有效率平均")
    ck.count(ck.one(r"以来，(?P<n>\d+)个站点"), items, "站点个数")
    ck.same("conflicting_values", [built, ck.one(r"实地查看了(?P<n>\d+)个站点"), ck.one(r"(?P<n>\d+)套站点一次"),
                                   ck.one(r"峰值。(?P<n>\d+)套站点")], "建成套数")
    for pat, nm in ((r"建成(?P<n>\d+)套自动监测站并", "新建声环境功能区自动监测站"), (r"不少于(?P<n>\d+)件", "噪声投诉联动处置"),
                    (r"不超过(?P<n>\d+)小时", "投诉响应时间"), (r"夜间达标率不低于(?P<n>\d+)%", "功能区声环境夜间达标率"),
                    (r"满意度不低于(?P<n>\d+)%", "投诉群众满意度"), (r"低于(?P<n>\d+)%的年度目标", "功能区声环境夜间达标率"),
                    (r"低于(?P<n>\d+)万元的控制标准", "单套监测站设备购置成本")):
        ck.same("conflicting_values", [ck.one(pat), byname[nm].T], "目标 " + nm)
    ck.same("conflicting_values", [ck.one(r"权重(?P<n>\d+)分"), byname["预算执行率"].weight], "执行权重")
    ck.eq("weight_sum_mismatch", ck.one(r"指标共(?P<n>\d+)分"), [r.weight for r in rows if r.name != "预算执行率"],
          lambda *xs: sum(xs, D(0)), "指标权重合计")
    ck.same("conflicting_values", [avg, byname["监测数据有效率"].A], "数据有效率")
    for x in items:
        ck.bounded(x, "站点数据有效率")
    ck.total(mtotal, months, "月度投诉合计")
    ck.same("conflicting_values", [mtotal, byname["噪声投诉联动处置"].A], "投诉件数")
    ck.same("conflicting_values", [resp, byname["投诉响应时间"].A], "响应时间")
    ck.rate(night, okpts, all_pts2, "夜间达标率")
    ck.same("conflicting_values", [night, byname["功能区声环境夜间达标率"].A], "夜间达标率")
    ck.rate(sat, happy, visit, "满意度")
    ck.same("conflicting_values", [sat, byname["投诉群众满意度"].A], "满意度")
    indicator_checks(ck, rows, totals + [tot_p], wt)
    ck.grade(grade, tot_p, "等级")
    ck.years(Y)


PROJECTS = {
    "js-kunshan-shengjiance-2022": p_kunshan,
    "sc-leshan-shizhong-zaoshengtousu-2023": p_leshan,
    "sx-pingcheng-shenghuanjing-2019": p_pingcheng,
    "hn-yueyanglou-bumenzhengti-2020": p_yueyanglou,
    "hb-zhangwan-zidongzhan-2024": p_zhangwan,
}


def run_checks(source, text, name):
    ck = Checker(text, name)
    PROJECTS[source](ck)
    return ck


# ---------------------------------------------------------------- structure checks
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s   # clean [p, ea), error [p, eb)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    code_count = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    seen = set()
    for lab in labels:
        case, src = lab["case"], lab["source"]
        seen.add(case)
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{case}: clean case with expected findings")
            if not (2800 <= len(text) <= 3400):
                problems.append(f"{case}: length {len(text)} outside 2800-3400")
            try:
                ck = run_checks(src, text, case)
            except ExtractError as e:
                problems.append(f"{case}: extraction failed: {e}")
                continue
            for code, msg in ck.fails + ck.warns:
                problems.append(f"{case}: clean draft fails {code}: {msg}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        e = exp[0]
        code = e["code"]
        if code not in CODES or e["severity"] != "error":
            problems.append(f"{case}: bad code/severity {code}/{e['severity']}")
        code_count[code] = code_count.get(code, 0) + 1
        val = e["value"]
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            problems.append(f"{case}: label value {val!r} not in case")
            continue
        p, ea, eb = diff_region(clean, text)
        if p == len(clean) and p == len(text):
            problems.append(f"{case}: identical to clean draft")
            continue
        # one contiguous place: everything outside [p, eb) equals the clean draft by construction;
        # check that the region is small (one figure or word) and overlaps an occurrence of the value
        if eb - p > 12 or ea - p > 12:
            problems.append(f"{case}: changed region too large ({clean[p:ea]!r} -> {text[p:eb]!r})")
        lo, hi = p, max(eb, p + 1)
        if not any(o < hi and o + len(val) > lo for o in occ):
            problems.append(f"{case}: diff region [{p},{eb}) does not overlap the label value")
        if text[:p] + text[eb:] != clean[:p] + clean[ea:] or text[:p] != clean[:p]:
            problems.append(f"{case}: more than one changed place")
        where_key = "table" if "\t" in text[text.rfind("\n", 0, p) + 1:text.find("\n", p)] else "prose"
        where[where_key] += 1
        try:
            ck = run_checks(src, text, case)
        except ExtractError as ex:
            problems.append(f"{case}: extraction failed: {ex}")
            continue
        failed = {c for c, _ in ck.fails}
        if code not in failed:
            problems.append(f"{case}: labelled {code} does not fail (fails: {sorted(failed)})")
        others = failed - {code}
        if others:
            problems.append(f"{case}: other error codes fail too: {sorted(others)} :: "
                            + "; ".join(m for c, m in ck.fails if c in others))
        print(f"  {case:48s} {code:22s} {where_key:5s} -> " + "; ".join(m for c, m in ck.fails))
    # a changed figure must appear only once in its clean draft (except conflicting_values / noted repeats)
    sys.path.insert(0, HERE)
    import build
    for (s, n, code, where_, old, new, value, expl, repeat_ok) in build.EDITS:
        clean = open(os.path.join(CASES, s + "-clean.txt"), encoding="utf-8").read()
        tok = build.changed_token(clean, old, new)
        if tok is None:
            continue
        cnt = len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d.])", clean))
        if cnt != 1 and not repeat_ok:
            problems.append(f"{s}-e{n}: changed figure {tok} appears {cnt} times in the clean draft")
        if code == "conflicting_values" and not repeat_ok:
            problems.append(f"{s}-e{n}: conflicting_values edit without a note")
    for c in CODES:
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} occurs {code_count.get(c, 0)} times (< 2)")
    files = set(os.listdir(CASES))
    if files != seen:
        problems.append(f"cases without labels / labels without cases: {sorted(files ^ seen)}")
    print("codes:", json.dumps(code_count, ensure_ascii=False))
    print("where:", where)
    if problems:
        for p_ in problems:
            print("PROBLEM:", p_)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
