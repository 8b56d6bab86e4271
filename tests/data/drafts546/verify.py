#!/usr/bin/env python3
"""Verify drafts546: re-read every figure from each case's text and redo its arithmetic.

Standard library + decimal only.  For every case the figures are located by patterns written
for that draft (prose sentences, table rows), then the identities of rules.md §7 are recomputed
with the tolerance of §8 (stated decimals, ROUND_HALF_UP conventions, 约 = ± half a unit).

Passes when
  * every clean draft passes every check (errors and the score-rule warning);
  * every error case fails exactly the labelled error code, and no other code (warnings included);
  * each label value occurs exactly once in its case and overlaps the one contiguous edit
    (≤ 40 characters) that turns the clean draft into the case;
  * every error code of errors.md §A is labelled at least twice.
Prints OK at the end when all of that holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]
WARNING_CODES = ["score_rule_mismatch"]

TO_WAN = {"万元": D(1), "亿元": D(10000), "元": D("0.0001")}
SCALES = (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8)
GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
NUMVAL = re.compile(r"(≥|≤|＞|＜|>=|<=|=)?\s*(-?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)")
GTE = {"≥", "＞", ">", ">="}
LTE = {"≤", "＜", "<", "<="}


class ParseError(Exception):
    pass


def num(s):
    s = str(s).strip().rstrip("%")
    return D(s.replace(",", ""))


def ndec(s):
    s = str(s).strip().rstrip("%").replace(",", "")
    return len(s.split(".", 1)[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndec(s)) + D("1e-9")


def close(s, c):
    return abs(c - num(s)) <= tol(s)


def band(total):
    t = num(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Doc:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, name, ok, detail)

    # ---------- locating figures ----------
    def one(self, pat):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def add(self, code, name, ok, detail=""):
        self.res.append((code, name, bool(ok), detail))

    # ---------- identities ----------
    def ident(self, code, name, stated, f, inputs, money=(), stated_money=False):
        """stated (string) must equal f(inputs) within its decimals; a mismatch that rescaling one
        money input (or the stated money figure) by 10^4 / 10^8 reconciles is a unit_mismatch."""
        try:
            c = f(inputs)
        except (ArithmeticError, ZeroDivisionError):
            return self.add(code, name, False, "cannot compute")
        if close(stated, c):
            return self.add(code, name, True)
        for i in money:
            for k in SCALES:
                alt = list(inputs)
                alt[i] = alt[i] * k
                try:
                    if close(stated, f(alt)):
                        return self.add("unit_mismatch", name, False, f"input {i} off by {k}")
                except (ArithmeticError, ZeroDivisionError):
                    pass
        if stated_money:
            for k in SCALES:
                if abs(num(stated) * k - c) <= tol(stated) * k:
                    return self.add("unit_mismatch", name, False, f"stated off by {k}")
        self.add(code, name, False, f"stated {stated}, computed {c:.6f}")

    def same(self, name, a, b, code="conflicting_values", sa=D(1), sb=D(1), money=False):
        """Two statements of one quantity: a (scale sa) and b (scale sb) must agree."""
        va, vb = num(a) * sa, num(b) * sb
        t = max(tol(a) * sa, tol(b) * sb)
        if abs(va - vb) <= t:
            return self.add(code, name, True)
        if money:
            for k in SCALES:
                if abs(va * k - vb) <= max(tol(a) * sa * k, tol(b) * sb):
                    return self.add("unit_mismatch", name, False, f"{a} vs {b}: off by {k}")
        self.add(code, name, False, f"{a} vs {b}")

    def year(self, name, y, expected=None, later_than=None):
        y = int(y)
        ok = (expected is None or y == expected) and (later_than is None or y > later_than)
        self.add("year_mismatch", name, ok, f"year {y}")

    def years_in_range(self, Y, extra=()):
        for m in re.finditer(r"(?<!\d)(\d{4})年", self.t):
            y = int(m.group(1))
            self.add("year_mismatch", f"year {y} near offset {m.start()}", y in (Y - 1, Y, Y + 1) or y in extra)

    def grade(self, name, total, g):
        self.add("grade_mismatch", name, GRADES[g] == band(total), f"{total} -> {band(total)}, stated {g}")

    def fund_rate(self, name, stated, spent, budget):
        """An execution/到位 rate cell: zero base must print — (or 0); otherwise rate in [0,100] and = spent/budget."""
        s = stated.strip()
        if budget == 0:
            self.add("implausible_rate", name + " (zero base)", s in ("—", "-", "", "0"), f"printed {s}")
            return
        if s in ("—", "-", ""):
            self.add("rate_mismatch", name, False, "rate missing on a non-zero base")
            return
        self.add("implausible_rate", name + " (range)", D(0) <= num(s) <= 100, f"printed {s}")
        self.ident("rate_mismatch", name, s, lambda v: v[0] / v[1] * 100, [spent, budget], money=(0, 1))

    def exec_score(self, name, weight, score, rate, spent, budget):
        w, s = num(weight), num(score)
        self.add("score_exceeds_weight", name, D(0) <= s <= w, f"{score} / {weight}")
        if s <= w and budget:
            exp = w * min(D(1), spent / budget)
            exp2 = w * min(D(1), num(rate) / 100)
            self.add("score_rule_mismatch", name, close(score, exp) or close(score, exp2), f"expected {exp:.4f}")

    # ---------- indicator rows ----------
    def ind(self, name, target, actual, weight, score, completion=None, sign=None, unit=None):
        """One indicator row.  sign/unit come from separate columns in the Sichuan layout."""
        w, s = num(weight), num(score)
        self.add("score_exceeds_weight", f"{name}: 得分 ≤ 分值", D(0) <= s <= w, f"{score} / {weight}")
        within = D(0) <= s <= w
        dt, da = DATE.search(target), DATE.search(actual)
        if dt and da:  # a deadline
            t = tuple(int(x) for x in dt.groups())
            a = tuple(int(x) for x in da.groups())
            if within:
                self.add("score_rule_mismatch", f"{name}: deadline", s == w if a <= t else s < w)
            if completion not in (None, "—", "-", ""):
                self.add("completion_mismatch", f"{name}: 完成率 on a date", False)
            return
        if sign == "定性" or not re.search(r"\d", target):  # qualitative
            if within:
                self.add("score_rule_mismatch", f"{name}: qualitative band", w * D("0.8") <= s <= w)
            if completion not in (None, "—", "-", ""):
                self.add("completion_mismatch", f"{name}: 完成率 on a qualitative row", False)
            return
        pt, pa = NUMVAL.fullmatch(target.strip()), NUMVAL.fullmatch(actual.strip())
        if not pa:
            self.add("unit_mismatch", f"{name}: actual not a number", False, actual)
            return
        tsign = sign if sign in GTE | LTE else pt.group(1)
        tunit = unit if unit is not None else pt.group(3).strip()
        aunit = unit if unit is not None else pa.group(3).strip()
        self.add("unit_mismatch", f"{name}: unit of target and actual", tunit == aunit, f"{tunit!r} vs {aunit!r}")
        if tunit != aunit:
            return
        T, A = num(pt.group(2)), num(pa.group(2))
        if aunit == "%":
            self.add("implausible_rate", f"{name}: percentage in [0,100]", D(0) <= A <= 100, actual)
        if tsign in LTE:
            comp = D(100) if A <= T else T / A * 100
        elif tsign in GTE or T > 0:
            comp = max(A, D(0)) / T * 100
        else:  # = 0
            comp = D(100) if A <= 0 else D(0)
        if completion not in (None, "—", "-", ""):
            self.ident("completion_mismatch", f"{name}: 完成率", completion, lambda v: v[0], [comp])
        if within:
            exp = w * min(D(1), comp / 100)
            ok = close(score, exp)
            if not ok and completion not in (None, "—", "-", ""):
                ok = close(score, w * min(D(1), num(completion) / 100))
            self.add("score_rule_mismatch", f"{name}: score rule", ok, f"expected {exp:.4f}")
        return comp


# ---------- table readers ----------
def md_tables(text):
    tables, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            if re.fullmatch(r"\|(\s*-+\s*\|)+", line.strip()):
                continue
            cur.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def sep_rows(text, sep):
    return [line.split(sep) for line in text.split("\n") if sep in line]


def pick(rows, first, n=None):
    got = [r for r in rows if r[0] == first and (n is None or len(r) == n)]
    if len(got) != 1:
        raise ParseError(f"row {first!r}: {len(got)} found")
    return got[0]


def numpart(s):
    m = NUMVAL.fullmatch(s.strip())
    if not m:
        raise ParseError(f"no number in {s!r}")
    return m.group(2)


def total(xs):
    return sum(xs, D(0))


# =====================================================================================
# Draft 1: 赣州 2024 部门整体支出
# =====================================================================================
def spec_ganzhou(d):
    Y = int(d.one(r"^赣州市住房公积金管理中心(\d{4})年度部门整体支出绩效自评报告").group(1))
    d.years_in_range(Y, extra={2003})
    m = d.one(r"(\d{4})年全年归集住房公积金([\d.]+)亿元，同比增长([\d.]+)%（(\d{4})年为([\d.]+)亿元）")
    d.year("归集年度", m[1], Y)
    d.year("上年归集年度", m[4], Y - 1)
    gj = m[2]
    d.ident("rate_mismatch", "归集同比增长率", m[3], lambda v: (v[0] / v[1] - 1) * 100, [num(m[2]), num(m[5])], money=(0, 1))
    m = d.one(r"发放个人住房贷款([\d,]+)笔、金额([\d.,]+)(亿元|万元|元)，平均每笔([\d.]+)万元")
    loan, loan_unit = m[2], m[3]
    d.ident("average_mismatch", "平均每笔贷款", m[4], lambda v: v[0] / v[1], [num(m[2]) * TO_WAN[m[3]], num(m[1])], money=(0,))
    m = d.one(r"缴存余额([\d.]+)亿元，个人住房贷款余额([\d.]+)亿元，个贷率([\d.]+)%")
    gedai = m[3]
    d.ident("rate_mismatch", "个贷率", m[3], lambda v: v[1] / v[0] * 100, [num(m[1]), num(m[2])], money=(0, 1))

    m = d.one(r"中心(\d{4})年年初预算([\d,.]+)万元，年中追加[^，]*后，全年预算数([\d,.]+)万元。"
              r"全年预算数中，当年财政拨款([\d,.]+)万元，上年结转资金([\d,.]+)万元，无其他资金")
    d.year("预算年度", m[1], Y)
    init_p, annual_p = m[2], m[3]
    d.ident("sum_mismatch", "全年预算 = 当年财政拨款 + 上年结转", m[3], total, [num(m[4]), num(m[5])], money=(0, 1), stated_money=True)

    tabs = md_tables(d.t)
    ft = [t for t in tabs if t[0][0] == "支出类别"][0]
    b, p, tot = pick(ft, "基本支出"), pick(ft, "项目支出"), pick(ft, "合计")
    for col, nm in ((1, "年初预算"), (2, "全年预算"), (3, "全年执行")):
        d.ident("sum_mismatch", f"{nm}: 基本 + 项目 = 合计", tot[col], total, [num(b[col]), num(p[col])], money=(0, 1), stated_money=True)
    for r in (b, p, tot):
        d.fund_rate(f"{r[0]} 执行率", r[4], num(r[3]), num(r[2]))
    d.same("年初预算 prose/table", init_p, tot[1], money=True)
    d.same("全年预算 prose/table", annual_p, tot[2], money=True)
    m = d.one(r"全年执行([\d,.]+)万元（约([\d.]+)亿元），部门整体预算执行率([\d.]+)%")
    d.same("全年执行 prose/table", m[1], tot[3], money=True)
    d.ident("conflicting_values", "约…亿元 restatement", m[2], lambda v: v[0] / 10000, [num(m[1])])
    d.ident("rate_mismatch", "部门整体预算执行率 (prose)", m[3], lambda v: v[0] / v[1] * 100, [num(m[1]), num(annual_p)], money=(0, 1))
    m = d.one(r"人员经费全年预算([\d,.]+)万元，执行([\d,.]+)万元，执行率([\d.]+)%")
    d.ident("rate_mismatch", "人员经费执行率", m[3], lambda v: v[0] / v[1] * 100, [num(m[2]), num(m[1])], money=(0, 1))
    m = d.one(r"年末未执行([\d,.]+)万元，其中([\d,.]+)万元为[^，]*，已结转至(\d{4})年继续使用，其余([\d,.]+)万元结余")
    d.ident("balance_mismatch", "未执行 = 全年预算 − 执行", m[1], lambda v: v[0] - v[1], [num(tot[2]), num(tot[3])], money=(0, 1), stated_money=True)
    d.ident("sum_mismatch", "未执行 = 结转 + 结余", m[1], total, [num(m[2]), num(m[4])], money=(0, 1), stated_money=True)
    d.year("结转至", m[3], later_than=Y)
    m = d.one(r"“三公”经费预算([\d.]+)万元，全年支出([\d.]+)万元，较(\d{4})年的([\d.]+)万元减少([\d.]+)万元")
    d.year("三公 prior year", m[3], Y - 1)
    d.ident("sum_mismatch", "三公 decrease", m[5], lambda v: v[0] - v[1], [num(m[4]), num(m[2])], money=(0, 1), stated_money=True)
    sg_budget, sg_spent = m[1], m[2]
    m = d.one(r"政府采购预算([\d.]+)万元，实际采购([\d.]+)万元，政府采购执行率([\d.]+)%")
    cg_rate = m[3]
    d.ident("rate_mismatch", "政府采购执行率", m[3], lambda v: v[0] / v[1] * 100, [num(m[2]), num(m[1])], money=(0, 1))

    pt = [t for t in tabs if t[0][0] == "项目名称"][0]
    prow = [r for r in pt[1:] if r[0] != "合计"]
    ptot = pick(pt, "合计")
    for col, nm in ((1, "全年预算"), (2, "全年执行")):
        d.ident("sum_mismatch", f"项目 {nm} 合计", ptot[col], total, [num(r[col]) for r in prow], money=tuple(range(len(prow))), stated_money=True)
    for r in prow + [ptot]:
        d.fund_rate(f"{r[0]} 执行率", r[3], num(r[2]), num(r[1]))
    d.same("项目支出 全年预算 (two tables)", ptot[1], p[2], money=True)
    d.same("项目支出 全年执行 (two tables)", ptot[2], p[3], money=True)
    d.same("项目支出 执行率 (two tables)", ptot[3], p[4])
    m = d.one(r"四个项目平均自评得分([\d.]+)分（(\d{4})年为([\d.]+)分）")
    d.ident("average_mismatch", "项目平均自评得分", m[1], lambda v: total(v) / len(v), [num(r[4]) for r in prow])
    d.year("上年平均分年度", m[2], Y - 1)
    m = d.one(r"项目执行率仅为([\d.]+)%")
    d.same("档案项目执行率 text/table", m[1], pick(pt, "业务档案数字化加工")[3])
    d.year("顺延至", d.one(r"部分加工任务顺延至(\d{4})年一季度")[1], later_than=Y)
    d.year("目标调高", d.one(r"已在(\d{4})年目标中调高")[1], later_than=Y)
    d.year("确保完成", d.one(r"确保(\d{4})年一季度完成")[1], later_than=Y)

    m = d.one(r"设置共性指标（(\d+)分）和个性指标（(\d+)分）")
    cw, pw = m[1], m[2]
    d.ident("weight_sum_mismatch", "共性 + 个性 = 100", "100", total, [num(cw), num(pw)])
    its = [t for t in tabs if t[0][0] == "一级指标"]
    if len(its) != 2:
        raise ParseError("expected two indicator tables")
    g, q = its
    rows_by = {}
    for tbl, decl, nm in ((g, cw, "共性"), (q, pw, "个性")):
        rows = [r for r in tbl[1:] if r[0] != "合计"]
        tt = pick(tbl, "合计")
        for r in rows:
            d.ind(f"{nm}/{r[2]}", r[3], r[4], r[6], r[7], completion=r[5])
            rows_by[r[2]] = r
        d.ident("weight_sum_mismatch", f"{nm} Σ分值", tt[6], total, [num(r[6]) for r in rows])
        d.same(f"{nm} 分值 declared/table", decl, tt[6], code="weight_sum_mismatch")
        d.ident("score_sum_mismatch", f"{nm} Σ得分", tt[7], total, [num(r[7]) for r in rows])
    gt, qt = pick(g, "合计"), pick(q, "合计")
    R = rows_by
    d.same("预算执行率 indicator/funds table", R["预算执行率"][4], tot[4])
    d.ident("rate_mismatch", "预算调整率", R["预算调整率"][4], lambda v: (v[0] - v[1]) / v[1] * 100, [num(tot[2]), num(tot[1])], money=(0, 1))
    d.ident("rate_mismatch", "结转结余率", R["结转结余率"][4], lambda v: (v[0] - v[1]) / v[0] * 100, [num(tot[2]), num(tot[3])], money=(0, 1))
    d.ident("rate_mismatch", "三公经费控制率", R["“三公”经费控制率"][4], lambda v: v[0] / v[1] * 100, [num(sg_spent), num(sg_budget)], money=(0, 1))
    d.same("政府采购执行率 text/table", cg_rate, R["政府采购执行率"][4])
    d.same("归集额 text/table", gj, numpart(R["住房公积金归集额"][4]), sa=TO_WAN["亿元"],
           sb=TO_WAN[NUMVAL.fullmatch(R["住房公积金归集额"][4]).group(3)], money=True)
    d.same("贷款发放额 text/table", loan, numpart(R["个人住房贷款发放额"][4]), sa=TO_WAN[loan_unit],
           sb=TO_WAN[NUMVAL.fullmatch(R["个人住房贷款发放额"][4]).group(3)], money=True)
    d.same("个贷率 text/table", gedai, R["个贷率"][4])
    m = d.one(r"缴存职工满意度达([\d.]+)%")
    d.same("满意度 text/table", m[1], R["缴存职工满意度"][4])
    fx = R["灵活就业人员新增缴存人数"]
    m = d.one(r"灵活就业人员新增缴存(\d+)人，超出目标([\d.]+)%")
    d.same("灵活就业人数 text/table", m[1], numpart(fx[4]))
    d.ident("completion_mismatch", "灵活就业 超出目标 %", m[2], lambda v: (v[0] - v[1]) / v[1] * 100, [num(numpart(fx[4])), num(numpart(fx[3]))])
    m = d.one(r"政府采购执行率未达到(\d+)%的目标，扣([\d.]+)分")
    d.same("政府采购 target text/table", m[1], numpart(R["政府采购执行率"][3]))
    d.ident("score_sum_mismatch", "政府采购 扣分", m[2], lambda v: v[0] - v[1], [num(R["政府采购执行率"][6]), num(R["政府采购执行率"][7])])
    m = d.one(r"个人住房贷款发放额完成年度目标的([\d.]+)%，扣([\d.]+)分")
    lr = R["个人住房贷款发放额"]
    d.ident("completion_mismatch", "贷款发放额 完成率 (text)", m[1], lambda v: v[0] / v[1] * 100, [num(numpart(lr[4])), num(numpart(lr[3]))])
    d.ident("score_sum_mismatch", "贷款发放额 扣分", m[2], lambda v: v[0] - v[1], [num(lr[6]), num(lr[7])])

    m = d.one(r"中心(\d{4})年度部门整体支出自评得分([\d.]+)分，其中共性指标得分([\d.]+)分、个性指标得分([\d.]+)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    d.year("自评年度", m[1], Y)
    d.ident("score_sum_mismatch", "总分 = 共性 + 个性 (text)", m[2], total, [num(m[3]), num(m[4])])
    d.ident("score_sum_mismatch", "总分 = 两表合计", m[2], total, [num(gt[7]), num(qt[7])])
    d.same("共性得分 text/table", m[3], gt[7])
    d.same("个性得分 text/table", m[4], qt[7])
    d.grade("评价等级", m[2], m[5])
    d.year("上年度自评", d.one(r"上年度（(\d{4})年）部门整体支出自评得分为([\d.]+)分")[1], Y - 1)


# =====================================================================================
# Draft 2: 柳州 2019 档案数字化
# =====================================================================================
def spec_liuzhou(d):
    Y = int(d.one(r"^柳州市住房公积金管理中心\n(\d{4})年度住房公积金业务档案数字化项目支出绩效自评报告").group(1))
    d.years_in_range(Y, extra={2003})
    d.year("实施期", d.one(r"项目实施期为(\d{4})年3月至12月")[1], Y)
    d.year("目标期限", d.one(r"，(\d{4})年12月31日前完成全部加工任务")[1], Y)
    m = d.one(r"项目年初预算([\d.]+)万元，其中([\d.]+)万元已于(\d{4})年12月提前下达")
    init_p = m[1]
    d.year("提前下达", m[3], Y - 1)
    m = d.one(r"将(\d{4})年结转的档案整理资金([\d.]+)万元并入本项目，全年预算([\d.]+)万元，其中(\d{4})年财政拨款([\d.]+)万元、(\d{4})年结转资金([\d.]+)万元")
    d.year("结转来源年度", m[1], Y - 1)
    d.year("财政拨款年度", m[4], Y)
    d.year("结转资金年度", m[6], Y - 1)
    d.same("上年结转 twice in text", m[2], m[7], money=True)
    annual_p, fiscal_p, carry_p = m[3], m[5], m[7]
    d.ident("sum_mismatch", "全年预算 = 财政拨款 + 结转", m[3], total, [num(m[5]), num(m[7])], money=(0, 1), stated_money=True)
    m = d.one(r"截至(\d{4})年12月31日，项目全年执行([\d.]+)万元，执行率([\d.]+)%，其中扫描加工费([\d.]+)万元、档案整理及装订费([\d.]+)万元、数字档案系统接口开发费([\d.]+)万元")
    d.year("截至", m[1], Y)
    spent_p, rate_p, scanfee = m[2], m[3], m[4]
    d.ident("rate_mismatch", "执行率 (text)", m[3], lambda v: v[0] / v[1] * 100, [num(m[2]), num(annual_p)], money=(0, 1))
    d.ident("sum_mismatch", "执行 = 三项支出", m[2], total, [num(m[4]), num(m[5]), num(m[6])], money=(0, 1, 2), stated_money=True)
    m = d.one(r"未执行([\d.]+)万元为[^，。]*，已按规定结转至(\d{4})年")
    d.ident("balance_mismatch", "未执行 = 全年预算 − 执行", m[1], lambda v: v[0] - v[1], [num(annual_p), num(spent_p)], money=(0, 1), stated_money=True)
    d.year("结转至", m[2], later_than=Y)
    m = d.one(r"扫描加工合同按每页([\d.]+)元结算，单页加工成本低于([\d.]+)元的控制标准")
    price_p, cap_p = m[1], m[2]
    m = d.one(r"全年完成扫描([\d.]+)万页，为年度目标的([\d.]+)%")
    pages_p, compl_p = m[1], m[2]
    d.ident("average_mismatch", "单页成本 = 扫描加工费 / 页数", price_p, lambda v: v[0] / v[1], [num(scanfee), num(pages_p)], money=(0,))

    rows = sep_rows(d.t, "｜")
    ft = pick(rows, "年度资金总额")
    fc, fk, fo = pick(rows, "其中：当年财政拨款"), pick(rows, "上年结转资金"), pick(rows, "其他资金")
    for col, nm in ((1, "年初预算"), (2, "全年预算"), (3, "全年执行")):
        d.ident("sum_mismatch", f"{nm}: 总额 = 拨款 + 结转 + 其他", ft[col], total, [num(fc[col]), num(fk[col]), num(fo[col])], money=(0, 1, 2), stated_money=True)
    for r in (ft, fc, fk, fo):
        d.fund_rate(f"{r[0]} 执行率", r[5], num(r[3]), num(r[2]))
    for r in (fc, fk, fo):
        d.add("score_exceeds_weight", f"{r[0]}: 分值/得分 not used", r[4] == "—" and r[6] == "—")
    d.exec_score("预算执行 得分", ft[4], ft[6], ft[5], num(ft[3]), num(ft[2]))
    d.same("年初预算 text/table", init_p, ft[1], money=True)
    d.same("全年预算 text/table", annual_p, ft[2], money=True)
    d.same("财政拨款 text/table", fiscal_p, fc[2], money=True)
    d.same("上年结转 text/table", carry_p, fk[2], money=True)
    d.same("全年执行 text/table", spent_p, ft[3], money=True)
    d.same("执行率 text/table", rate_p, ft[5])

    start = [i for i, r in enumerate(rows) if r[0] == "一级指标"]
    if len(start) != 1:
        raise ParseError("indicator header")
    irows, ztot = [], None
    for r in rows[start[0] + 1:]:
        if r[0] == "总分":
            ztot = r
            break
        irows.append(r)
    if ztot is None:
        raise ParseError("总分 row")
    R = {}
    for r in irows:
        d.ind(r[2], r[3], r[4], r[5], r[6])
        R[r[2]] = r
        for dm in DATE.finditer(r[3] + r[4]):
            d.year(f"{r[2]} date", dm.group(1), Y)
    d.ident("weight_sum_mismatch", "Σ分值 (执行 + 指标) = 总分", ztot[5], total, [num(ft[4])] + [num(r[5]) for r in irows])
    d.same("总分 = 100", ztot[5], "100", code="weight_sum_mismatch")
    d.ident("score_sum_mismatch", "Σ得分 = 总分", ztot[6], total, [num(ft[6])] + [num(r[6]) for r in irows])

    sc = R["档案数字化扫描页数"]
    d.same("扫描页数 text/table", pages_p, numpart(sc[4]))
    d.ident("completion_mismatch", "扫描页数 完成率 (text)", compl_p, lambda v: v[0] / v[1] * 100, [num(numpart(sc[4])), num(numpart(sc[3]))])
    d.same("单页成本 text/table", price_p, numpart(R["单页加工成本"][4]))
    d.same("单页成本上限 text/table", cap_p, numpart(R["单页加工成本"][3]))
    m = d.one(r"整理历史档案([\d.]+)万卷，未达到([\d.]+)万卷的目标")
    d.same("整理卷数 text/table", m[1], numpart(R["历史档案整理卷数"][4]))
    d.same("整理卷数目标 text/table", m[2], numpart(R["历史档案整理卷数"][3]))
    m = d.one(r"图像质检合格率([\d.]+)%，全部加工任务于(\d{4})年12月20日完成")
    d.same("质检合格率 text/table", m[1], numpart(R["图像质检合格率"][4]))
    d.year("完成日期", m[2], Y)
    m = d.one(r"档案调阅平均时长由上年的(\d+)分钟缩短至(\d+)分钟")
    d.same("调阅时长 text/table", m[2], numpart(R["档案调阅平均时长"][4]))
    m = d.one(r"本项目(\d{4})年度自评得分([\d.]+)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    d.year("自评年度", m[1], Y)
    d.same("总分 text/table", m[2], ztot[6])
    d.ident("score_sum_mismatch", "Σ得分 = 总分 (text)", m[2], total, [num(ft[6])] + [num(r[6]) for r in irows])
    d.grade("评价等级", m[2], m[3])
    m = d.one(r"一是执行率([\d.]+)%，预算执行指标得([\d.]+)分；二是历史档案整理卷数未达标，得([\d.]+)分")
    d.same("执行率 扣分说明/table", m[1], ft[5])
    d.same("预算执行得分 扣分说明/table", m[2], ft[6])
    d.same("整理卷数得分 扣分说明/table", m[3], R["历史档案整理卷数"][6])
    d.year("剩余整理", d.one(r"(\d{4})年一季度完成剩余档案")[1], later_than=Y)
    d.year("自评表年度", d.one(r"项目支出绩效自评表（(\d{4})年度）")[1], Y)


# =====================================================================================
# Draft 3: 长治 2021 12329 热线及服务大厅
# =====================================================================================
def spec_changzhi(d):
    Y = int(d.one(r"^长治市住房公积金管理中心\n(\d{4})年度12329服务热线及综合服务大厅运行经费项目绩效自评报告").group(1))
    d.years_in_range(Y)
    d.year("热线外包年度", d.one(r"(\d{4})年热线采取服务外包方式运营")[1], Y)
    d.year("预算批复年度", d.one(r"长治市(\d{4})年度部门预算批复")[1], Y)
    d.year("实施计划", d.one(r"项目实施计划：(\d{4})年1月至12月")[1], Y)

    rows = sep_rows(d.t, "\t")
    F = {}
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"):
        F[key] = pick(rows, key)[2:10]
    cols = ["总额", "财政资金小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他资金"]
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        v = F[key]
        d.ident("sum_mismatch", f"{key}: 总额 = 小计 + 结转 + 其他", v[0], total, [num(v[1]), num(v[6]), num(v[7])], money=(0, 1, 2), stated_money=True)
        d.ident("sum_mismatch", f"{key}: 小计 = 中央 + 省 + 市 + 县", v[1], total, [num(x) for x in v[2:6]], money=(0, 1, 2, 3), stated_money=True)
    for i, c in enumerate(cols):
        d.ident("balance_mismatch", f"资金结余 {c} = (3) − (4)", F["资金结余"][i], lambda v: v[0] - v[1],
                [num(F["实际到位资金"][i]), num(F["全年执行资金"][i])], money=(0, 1), stated_money=True)
        d.fund_rate(f"预算到位率 {c}", F["预算到位率(%)"][i], num(F["实际到位资金"][i]), num(F["全年预算资金"][i]))
        d.fund_rate(f"预算执行率 {c}", F["预算执行率(%)"][i], num(F["全年执行资金"][i]), num(F["全年预算资金"][i]))

    m = d.one(r"(\d{4})年度项目全年预算资金([\d.]+)万元，其中市级财政资金([\d.]+)万元、(\d{4})年结转资金([\d.]+)万元，资金全部到位")
    d.year("预算年度", m[1], Y)
    d.year("结转来源年度", m[4], Y - 1)
    annual_p = m[2]
    d.ident("sum_mismatch", "全年预算 = 市级 + 结转 (text)", m[2], total, [num(m[3]), num(m[5])], money=(0, 1), stated_money=True)
    d.same("全年预算 text/table", m[2], F["全年预算资金"][0], money=True)
    d.same("市级资金 text/table", m[3], F["全年预算资金"][4], money=True)
    d.same("上年结转 text/table", m[5], F["全年预算资金"][6], money=True)
    d.same("资金全部到位 ⇒ 到位 = 全年预算", F["实际到位资金"][0], F["全年预算资金"][0], code="rate_mismatch")
    m = d.one(r"截至(\d{4})年12月31日，项目全年执行([\d.]+)万元，预算执行率([\d.]+)%，其中话务外包服务费([\d.]+)万元、服务大厅运行维护费([\d.]+)万元")
    d.year("截至", m[1], Y)
    spent_p, fee_p = m[2], m[4]
    d.ident("rate_mismatch", "预算执行率 (text)", m[3], lambda v: v[0] / v[1] * 100, [num(m[2]), num(annual_p)], money=(0, 1))
    d.ident("sum_mismatch", "执行 = 外包 + 运维 (text)", m[2], total, [num(m[4]), num(m[5])], money=(0, 1), stated_money=True)
    d.same("全年执行 text/table", m[2], F["全年执行资金"][0], money=True)
    d.same("预算执行率 text/table", m[3], F["预算执行率(%)"][0])
    m = d.one(r"资金结余([\d.]+)万元，[^。]*结转至(\d{4})年使用")
    d.ident("balance_mismatch", "资金结余 (text) = 到位 − 执行", m[1], lambda v: v[0] - v[1], [num(annual_p), num(spent_p)], money=(0, 1), stated_money=True)
    d.same("资金结余 text/table", m[1], F["资金结余"][0], money=True)
    d.year("结转至", m[2], later_than=Y)

    # summary score table (3 cells per row)
    S = {}
    for key in ("预算执行指标", "产出指标", "效益指标", "满意度指标", "合计"):
        S[key] = pick(rows, key, 3)
    parts = ["预算执行指标", "产出指标", "效益指标", "满意度指标"]
    d.ident("weight_sum_mismatch", "一级 Σ权重 = 合计", S["合计"][1], total, [num(S[k][1]) for k in parts])
    d.same("合计权重 = 100", S["合计"][1], "100", code="weight_sum_mismatch")
    d.ident("score_sum_mismatch", "一级 Σ得分 = 合计", S["合计"][2], total, [num(S[k][2]) for k in parts])
    for k in parts:
        d.add("score_exceeds_weight", f"{k} 得分 ≤ 权重", D(0) <= num(S[k][2]) <= num(S[k][1]))

    # detail tables by section
    sec_map = {"预算执行情况": "预算执行指标", "项目产出情况": "产出指标", "项目效益情况": "效益指标", "满意度情况": "满意度指标"}
    sec, detail = None, {k: [] for k in parts}
    in_part2 = False
    for line in d.t.split("\n"):
        if line.startswith("二、项目绩效情况"):
            in_part2 = True
        if line.startswith("三、"):
            in_part2 = False
        h = re.match(r"^（[一二三四]）(预算执行情况|项目产出情况|项目效益情况|满意度情况)$", line)
        if h and in_part2:
            sec = sec_map[h.group(1)]
            continue
        cells = line.split("\t")
        if in_part2 and sec and len(cells) == 7 and cells[0] != "二级指标":
            detail[sec].append(cells)
    R = {}
    for k in parts:
        if not detail[k]:
            raise ParseError(f"no rows for {k}")
        for c in detail[k]:
            d.ind(c[1], c[3], c[4], c[2], c[6], completion=c[5])
            R[c[1]] = c
        d.ident("weight_sum_mismatch", f"{k}: 汇总权重 = Σ明细", S[k][1], total, [num(c[2]) for c in detail[k]])
        d.ident("score_sum_mismatch", f"{k}: 汇总得分 = Σ明细", S[k][2], total, [num(c[6]) for c in detail[k]])
    ex = R["预算执行率"]
    d.same("预算执行率 indicator/funds table", numpart(ex[4]), F["预算执行率(%)"][0])
    m = d.one(r"总得分([\d.]+)分，属于“(优秀|良好|中等|较差)”")
    d.same("总得分 text/table", m[1], S["合计"][2])
    d.ident("score_sum_mismatch", "总得分 = Σ明细得分", m[1], total, [num(c[6]) for k in parts for c in detail[k]])
    d.grade("评价等级", m[1], m[2])

    m = d.one(r"(\d{4})年热线人工接听([\d.]+)万件（(\d{4})年为([\d.]+)万件），按话务外包服务费([\d.]+)万元计算，平均每件话务成本([\d.]+)元")
    d.year("接听年度", m[1], Y)
    d.year("上年接听年度", m[3], Y - 1)
    jt = R["12329热线人工接听量"]
    d.same("人工接听量 text/table", m[2], numpart(jt[4]))
    d.same("话务外包服务费 (two sentences)", m[5], fee_p, money=True)
    d.same("话务外包服务费 text/table", m[5], numpart(R["话务外包服务费"][4]), money=True)
    d.ident("average_mismatch", "平均每件话务成本 = 服务费 / 接听量", m[6], lambda v: v[0] / v[1], [num(m[5]), num(m[2])], money=(0,))
    m = d.one(r"业务一次办结率([\d.]+)%，线上渠道业务占比([\d.]+)%")
    d.same("一次办结率 text/table", m[1], numpart(R["业务一次办结率"][4]))
    d.same("线上占比 text/table", m[2], numpart(R["线上渠道业务占比"][4]))
    m = d.one(r"一是预算执行率([\d.]+)%，大厅")
    d.same("执行率 问题部分/table", m[1], F["预算执行率(%)"][0])
    m = d.one(r"热线人工接听量不少于(\d+)万件，接通率不低于(\d+)%；业务办结时限不超过(\d+)个工作日；一次办结率不低于(\d+)%；来电群众满意度不低于(\d+)%")
    d.same("接听量目标", m[1], numpart(jt[3]))
    d.same("接通率目标", m[2], numpart(R["热线接通率"][3]))
    d.same("办结时限目标", m[3], numpart(R["业务办结时限"][3]))
    d.same("一次办结率目标", m[4], numpart(R["业务一次办结率"][3]))
    d.same("满意度目标", m[5], numpart(R["来电群众满意度"][3]))


# =====================================================================================
# Draft 4: 宜昌 2023 贷款风险防控
# =====================================================================================
def spec_yichang(d):
    Y = int(d.one(r"^宜昌市住房公积金中心\n(\d{4})年度个人住房贷款风险防控项目绩效自评报告").group(1))
    d.years_in_range(Y)
    d.year("项目年度", d.one(r"中心(\d{4})年安排个人住房贷款风险防控项目")[1], Y)
    m = d.one(r"(\d{4})年项目年初预算([\d.]+)万元，全年预算([\d.]+)万元，年中未作调整；资金实际到位([\d.]+)万元，到位率(\d+)%。"
              r"全年执行([\d.]+)万元，执行率([\d.]+)%，支出分别为律师代理费([\d.]+)万元、抵押登记及评估费([\d.]+)万元、催收短信平台及回访服务费([\d.]+)万元。"
              r"结余([\d.]+)万元，[^。]*已于(\d{4})年12月底交回市财政")
    d.year("预算年度", m[1], Y)
    d.year("交回年度", m[12], Y)
    init_, annual, recv, spent = num(m[2]), num(m[3]), num(m[4]), num(m[6])
    d.same("未作调整 ⇒ 年初 = 全年", m[2], m[3], code="rate_mismatch")
    d.ident("rate_mismatch", "到位率", m[5], lambda v: v[0] / v[1] * 100, [recv, annual], money=(0, 1))
    d.add("implausible_rate", "到位率 ≤ 100", num(m[5]) <= 100)
    d.ident("rate_mismatch", "执行率", m[7], lambda v: v[0] / v[1] * 100, [spent, annual], money=(0, 1))
    d.add("implausible_rate", "执行率 ≤ 100", num(m[7]) <= 100)
    d.ident("sum_mismatch", "执行 = 三项支出", m[6], total, [num(m[8]), num(m[9]), num(m[10])], money=(0, 1, 2), stated_money=True)
    d.ident("balance_mismatch", "结余 = 到位 − 执行", m[11], lambda v: v[0] - v[1], [recv, spent], money=(0, 1), stated_money=True)
    rate_p, lawyer = m[7], m[8]

    rows = sep_rows(d.t, "｜")
    hdr = [i for i, r in enumerate(rows) if r[0] == "年度目标"]
    if len(hdr) != 1:
        raise ParseError("table header")
    body, tt = [], None
    for r in rows[hdr[0] + 1:]:
        if r[0] == "合计":
            tt = r
            break
        body.append(r)
    if tt is None:
        raise ParseError("合计 row")
    R, blocks, cur = {}, {}, None
    for r in body:
        if r[0]:
            cur = r[0]
        blocks.setdefault(cur, []).append(r)
        d.ind(r[3], r[4], r[5], r[7], r[8], completion=r[6])
        R[r[3]] = r
    d.ident("weight_sum_mismatch", "Σ分值 = 合计", tt[7], total, [num(r[7]) for r in body])
    d.same("合计分值 = 100", tt[7], "100", code="weight_sum_mismatch")
    d.ident("score_sum_mismatch", "Σ得分 = 合计", tt[8], total, [num(r[8]) for r in body])
    ex = R["预算执行率"]
    d.same("执行率 text/table", rate_p, numpart(ex[5]))
    m = d.one(r"预算执行率分值(\d+)分，得分按(\d+)分乘以执行率计算")
    d.same("预算执行 分值 text/table", m[1], ex[7], code="weight_sum_mismatch")
    d.same("预算执行 计分基数 text/table", m[2], ex[7], code="weight_sum_mismatch")
    d.ident("score_sum_mismatch", "预算执行得分 = 分值 × 执行率 (stated method)", ex[8], lambda v: v[0] * v[1] / 100, [num(m[2]), num(rate_p)])
    per_goal = d.one(r"两个年度目标各(\d+)分")[1]
    goal_blocks = [k for k in blocks if k.startswith("目标")]
    if len(goal_blocks) != 2:
        raise ParseError("goal blocks")
    for k in goal_blocks:
        d.ident("weight_sum_mismatch", f"{k} Σ分值", per_goal, total, [num(r[7]) for r in blocks[k]])

    m = d.one(r"清收逾期贷款不少于(\d+)户、清收逾期本息不少于([\d,]+)万元，年末逾期率控制在([\d.]+)‰以内，诉讼案件平均结案周期不超过(\d+)天；"
              r"二是完成贷后回访不少于([\d,]+)笔，抵押登记办结率(\d+)%，借款职工满意度不低于(\d+)%")
    for grp, key in ((1, "逾期贷款清收户数"), (2, "清收逾期本息"), (3, "个人住房贷款逾期率"), (4, "诉讼案件平均结案周期"),
                     (5, "贷后回访笔数"), (6, "抵押登记办结率"), (7, "借款职工满意度")):
        d.same(f"{key} 目标 text/table", m[grp], numpart(R[key][4]))
    m = d.one(r"全年清收逾期贷款(\d+)户，超出年度目标(\d+)户")
    qs = R["逾期贷款清收户数"]
    d.same("清收户数 text/table", m[1], numpart(qs[5]))
    d.ident("sum_mismatch", "超出户数 = 实际 − 目标", m[2], lambda v: v[0] - v[1], [num(m[1]), num(numpart(qs[4]))])
    m = d.one(r"按律师代理费([\d.]+)万元、清收(\d+)户计算，单户清收成本([\d,.]+)元，低于([\d,]+)元的控制标准")
    d.same("律师代理费 (two sentences)", m[1], lawyer, money=True)
    d.same("清收户数 (cost sentence)/table", m[2], numpart(qs[5]))
    d.ident("average_mismatch", "单户清收成本 = 律师费 / 户数", m[3], lambda v: v[0] * 10000 / v[1], [num(m[1]), num(m[2])], money=(0,))
    d.same("单户成本 text/table", m[3], numpart(R["单户清收成本"][5]))
    d.same("单户成本上限 text/table", m[4], numpart(R["单户清收成本"][4]))
    d.same("贷后回访 text/table", d.one(r"全年完成贷后回访([\d,]+)笔")[1], numpart(R["贷后回访笔数"][5]))
    d.same("结案周期 text/table", d.one(r"诉讼案件平均结案周期(\d+)天")[1], numpart(R["诉讼案件平均结案周期"][5]))
    m = d.one(r"(\d{4})年末个人住房贷款逾期率([\d.]+)‰，较(\d{4})年末的([\d.]+)‰有所下降，但未达到([\d.]+)‰的目标")
    d.year("逾期率年度", m[1], Y)
    d.year("上年逾期率年度", m[3], Y - 1)
    d.same("逾期率 text/table", m[2], numpart(R["个人住房贷款逾期率"][5]))
    d.same("逾期率目标 text/table", m[5], numpart(R["个人住房贷款逾期率"][4]))
    m = d.one(r"全年清收逾期本息([\d,.]+)万元，其中本金([\d,.]+)万元、利息及罚息([\d.]+)万元")
    d.ident("sum_mismatch", "本息 = 本金 + 利息罚息", m[1], total, [num(m[2]), num(m[3])], money=(0, 1), stated_money=True)
    d.same("清收本息 text/table", m[1], numpart(R["清收逾期本息"][5]), money=True)
    d.same("满意度 text/table", d.one(r"满意度为([\d.]+)%")[1], numpart(R["借款职工满意度"][5]))
    m = d.one(r"本项目(\d{4})年度自评得分([\d.]+)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    d.year("自评年度", m[1], Y)
    d.same("总分 text/table", m[2], tt[8])
    d.ident("score_sum_mismatch", "Σ得分 = 总分 (text)", m[2], total, [num(r[8]) for r in body])
    d.grade("评价等级", m[2], m[3])
    d.same("执行率 问题部分/text", d.one(r"二是预算执行率([\d.]+)%，律师费")[1], rate_p)


# =====================================================================================
# Draft 5: 绵阳 2025 业务系统升级改造 (Sichuan layout)
# =====================================================================================
def spec_mianyang(d):
    Y = int(d.one(r"^(\d{4})年度绵阳市住房公积金管理中心项目支出绩效自评报告").group(1))
    d.years_in_range(Y, extra={2016})
    d.year("实施年度", d.one(r"中心(\d{4})年实施住房公积金业务系统升级改造项目")[1], Y)
    tabs = md_tables(d.t)
    ft = [t for t in tabs if t[0][0] == "项目资金（万元）"][0]
    it = [t for t in tabs if t[0][0] == "一级指标"][0]
    tot = pick(ft, "年度资金总额")
    subs = [pick(ft, k) for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for col, nm in ((1, "年初预算"), (2, "全年预算"), (3, "全年执行")):
        d.ident("sum_mismatch", f"{nm}: 总额 = 四类资金", tot[col], total, [num(r[col]) for r in subs], money=(0, 1, 2, 3), stated_money=True)
    for r in [tot] + subs:
        d.fund_rate(f"{r[0]} 执行率", r[5], num(r[3]), num(r[2]))
    for r in subs:
        d.add("score_exceeds_weight", f"{r[0]}: 分值/得分 not used", r[4] == "—" and r[6] == "—")
    d.exec_score("预算执行 得分", tot[4], tot[6], tot[5], num(tot[3]), num(tot[2]))

    irows = [r for r in it[1:] if r[0] != "总分"]
    zt = pick(it, "总分")
    R = {}
    for r in irows:
        d.ind(r[2], r[4], r[6], r[7], r[8], sign=r[3], unit=None if r[5] == "—" else r[5])
        R[r[2]] = r
        for dm in DATE.finditer(r[4] + r[6]):
            d.year(f"{r[2]} date", dm.group(1), Y)
    m = d.one(r"按“预算执行率(\d+)分、绩效指标(\d+)分”的方法打分")
    d.same("预算执行分值 text/table", m[1], tot[4], code="weight_sum_mismatch")
    d.ident("weight_sum_mismatch", "Σ指标分值 = 绩效指标分值", m[2], total, [num(r[7]) for r in irows])
    d.ident("weight_sum_mismatch", "Σ分值 = 总分", zt[7], total, [num(tot[4])] + [num(r[7]) for r in irows])
    d.same("总分 = 100", zt[7], "100", code="weight_sum_mismatch")
    d.ident("score_sum_mismatch", "Σ得分 = 总分", zt[8], total, [num(tot[6])] + [num(r[8]) for r in irows])

    m = d.one(r"新增及改造业务功能模块不少于(\d+)个，迁移历史业务数据不少于([\d,]+)万条，系统可用率不低于([\d.]+)%，(\d{4})年10月31日前上线运行；"
              r"线上业务平均办理时长不超过(\d+)分钟，“跨省通办”事项不少于(\d+)项，电子化业务占比不低于(\d+)%")
    for grp, key in ((1, "新增及改造业务功能模块"), (2, "历史业务数据迁移量"), (3, "系统可用率"),
                     (5, "线上业务平均办理时长"), (6, "“跨省通办”事项数"), (7, "电子化业务占比")):
        d.same(f"{key} 目标 text/table", m[grp], R[key][4])
    d.year("上线期限", m[4], Y)
    m = d.one(r"项目年初预算([\d.]+)万元，全部为市级财政资金。年中[^，]*，经市财政局批准调减预算([\d.]+)万元，全年预算([\d.]+)万元")
    d.ident("sum_mismatch", "全年预算 = 年初 − 调减", m[3], lambda v: v[0] - v[1], [num(m[1]), num(m[2])], money=(0, 1), stated_money=True)
    d.same("年初预算 text/table", m[1], tot[1], money=True)
    d.same("全年预算 text/table", m[3], tot[2], money=True)
    annual_p = m[3]
    m = d.one(r"资金到位([\d.]+)万元。全年执行([\d.]+)万元，执行率([\d.]+)%，其中软件开发费([\d,.]+)万元、硬件设备购置费([\d.]+)万元、等保测评及密码测评费([\d.]+)万元")
    recv, spent_p, rate_p = m[1], m[2], m[3]
    d.add("implausible_rate", "到位 ≤ 全年预算", num(recv) <= num(annual_p))
    d.ident("rate_mismatch", "执行率 (text)", m[3], lambda v: v[0] / v[1] * 100, [num(m[2]), num(annual_p)], money=(0, 1))
    d.ident("sum_mismatch", "执行 = 三项支出", m[2], total, [num(m[4]), num(m[5]), num(m[6])], money=(0, 1, 2), stated_money=True)
    d.same("全年执行 text/table", m[2], tot[3], money=True)
    d.same("执行率 text/table", m[3], tot[5])
    d.same("项目总成本 indicator/funds", R["项目总成本"][6], tot[3], money=True)
    d.same("成本上限 indicator/全年预算", R["项目总成本"][4], tot[2], money=True)
    m = d.one(r"未执行的([\d.]+)万元为[^，]*，[^。]*已结转至(\d{4})年")
    d.ident("balance_mismatch", "未执行 = 到位 − 执行", m[1], lambda v: v[0] - v[1], [num(recv), num(spent_p)], money=(0, 1), stated_money=True)
    d.year("结转至", m[2], later_than=Y)
    m = d.one(r"全年新增及改造业务功能模块(\d+)个，为年度目标的([\d.]+)%")
    mk = R["新增及改造业务功能模块"]
    d.same("功能模块 text/table", m[1], mk[6])
    d.ident("completion_mismatch", "功能模块 完成率 (text)", m[2], lambda v: v[0] / v[1] * 100, [num(mk[6]), num(mk[4])])
    m = d.one(r"迁移历史业务数据([\d,.]+)万条（共([\d,]+)条），完成率([\d.]+)%")
    qy = R["历史业务数据迁移量"]
    d.same("迁移量 text/table", m[1], qy[6])
    d.same("迁移量 万条 = 条", m[1], m[2], sa=D(10000), money=True)
    d.ident("completion_mismatch", "迁移量 完成率 (text)", m[3], lambda v: v[0] / v[1] * 100, [num(qy[6]), num(qy[4])])
    d.year("上线年度", d.one(r"系统于(\d{4})年10月28日上线运行")[1], Y)
    m = d.one(r"由(\d{4})年的(\d+)分钟缩短至(\d+)分钟，但未达到(\d+)分钟的目标")
    d.year("上年办理时长年度", m[1], Y - 1)
    d.same("办理时长 text/table", m[3], R["线上业务平均办理时长"][6])
    d.same("办理时长目标 text/table", m[4], R["线上业务平均办理时长"][4])
    m = d.one(r"“跨省通办”事项达(\d+)项，电子化业务占比([\d.]+)%")
    d.same("跨省通办 text/table", m[1], R["“跨省通办”事项数"][6])
    d.same("电子化占比 text/table", m[2], R["电子化业务占比"][6])
    m = d.one(r"本项目(\d{4})年度自评得分([\d.]+)分，评价等级为(优秀|良好|中等|优|良|中|差)。扣分原因：预算执行率([\d.]+)%，得([\d.]+)分；线上业务平均办理时长未达目标，得([\d.]+)分")
    d.year("自评年度", m[1], Y)
    d.same("总分 text/table", m[2], zt[8])
    d.ident("score_sum_mismatch", "Σ得分 = 总分 (text)", m[2], total, [num(tot[6])] + [num(r[8]) for r in irows])
    d.grade("评价等级", m[2], m[3])
    d.same("执行率 扣分说明/table", m[4], tot[5])
    d.same("预算执行得分 扣分说明/table", m[5], tot[6])
    d.same("办理时长得分 扣分说明/table", m[6], R["线上业务平均办理时长"][8])
    d.year("自评表年度", d.one(r"附：项目支出绩效自评表（(\d{4})年度）")[1], Y)


SPECS = {
    "jx-ganzhou-gjjdept-2024": spec_ganzhou,
    "gx-liuzhou-gjjarchive-2019": spec_liuzhou,
    "sx-changzhi-gjj12329-2021": spec_changzhi,
    "hb-yichang-gjjloanrisk-2023": spec_yichang,
    "sc-mianyang-gjjsystem-2025": spec_mianyang,
}


def run_spec(source, text):
    d = Doc(text)
    try:
        SPECS[source](d)
    except (KeyError, IndexError) as exc:
        raise ParseError(f"row or cell not found: {exc!r}")
    return d.res


def edit_region(a, b):
    """Common prefix/suffix diff: returns (start, end_in_a, end_in_b)."""
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    listed = set(os.listdir(CASES))
    if listed != set(texts):
        problems.append(f"case files and labels differ: {sorted(listed ^ set(texts))}")
    code_count = {c: 0 for c in ERROR_CODES}
    n_checks = 0
    for rec in labels:
        name, src, text = rec["case"], rec["source"], texts[rec["case"]]
        try:
            res = run_spec(src, text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        n_checks += len(res)
        failed = sorted({c for c, _, ok, _ in res if not ok})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if failed:
                for c, nm, ok, det in res:
                    if not ok:
                        problems.append(f"{name}: clean draft fails {c}: {nm} ({det})")
            if not 1500 <= len(text) <= 5000:
                problems.append(f"{name}: length {len(text)} outside 1,500–5,000")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        code, value = exp["code"], exp["value"]
        if exp.get("severity") != "error" or code not in ERROR_CODES:
            problems.append(f"{name}: bad code/severity {code}/{exp.get('severity')}")
        code_count[code] = code_count.get(code, 0) + 1
        if failed != [code]:
            detail = [(c, nm, det) for c, nm, ok, det in res if not ok]
            problems.append(f"{name}: labelled {code}, checks fail {failed}: {detail}")
        clean = texts[f"{src}-clean.txt"]
        s, ea, eb = edit_region(clean, text)
        if ea - s > 40 or eb - s > 40 or (ea == s and eb == s):
            problems.append(f"{name}: edit region {ea - s}/{eb - s} characters")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value occurs {len(occ)} times")
        else:
            vs, ve = occ[0], occ[0] + len(value)
            es, ee = s, max(eb, s + 1)
            if not (vs < ee and es < ve):
                problems.append(f"{name}: value [{vs},{ve}) does not overlap the edit [{es},{ee})")
    for c in ERROR_CODES:
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} labelled {code_count.get(c, 0)} times (< 2)")
    print(f"{len(labels)} cases, {n_checks} checks run")
    print("labels per code: " + ", ".join(f"{c}={code_count[c]}" for c in ERROR_CODES))
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
