#!/usr/bin/env python3
"""Verify this set: labels, edits, and the arithmetic of every draft.

Standard library only.  Arithmetic uses decimal.Decimal and the tolerance of
rules.md §8 (a stated value with d decimals matches a computed value c iff
|c - v| <= 0.5 * 10^-d).  Every clean draft must pass every check; every error
case must fail the check(s) of its labelled code and no check of another code.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

# Numeric figures changed by an edit that legitimately occur elsewhere in the clean
# draft as a *different* quantity (none at the moment; kept for transparency).
SAME_VALUE_ELSEWHERE = {}


class ParseError(Exception):
    pass


def dec(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def half(s):
    return D("0.5") * D(10) ** -ndec(s) + D("1e-9")


def close(computed, stated):
    """computed: Decimal; stated: string as written."""
    return abs(D(computed) - dec(stated)) <= half(stated)


def same(a, b):
    """two stated values of one quantity agree within the coarser precision"""
    return abs(dec(a) - dec(b)) <= max(half(a), half(b))


BAND = [(D(90), "优"), (D(80), "良"), (D(60), "中"), (D(-1), "差")]
GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    for lo, g in BAND:
        if total >= lo:
            return g


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []

    # ---- extraction -------------------------------------------------------
    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    # ---- outcomes ---------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---- generic checks ---------------------------------------------------
    def eq(self, a, b, what):
        """a, b: strings of the same quantity"""
        if not same(a, b):
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def eqc(self, computed, stated, what, code="conflicting_values"):
        if not close(computed, stated):
            self.fail(code, f"{what}: expected {computed}, stated {stated}")

    def rate(self, num, den, stated, what, code="rate_mismatch"):
        """stated: string (percent) or '—'."""
        num, den = dec(num), dec(den)
        if den == 0:
            if stated not in ("—", "-", "") and dec(stated.rstrip("%")) != 0:
                self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        if stated in ("—", "-", ""):
            return
        s = stated.rstrip("%")
        c = num / den * 100
        if not close(c, s):
            self.fail(code, f"{what}: {num}/{den} = {c:.4f}%, stated {stated}")
        elif dec(s) > 100:
            self.fail("implausible_rate", f"{what}: rate {stated} above 100%")

    def pct_le_100(self, stated, what):
        if dec(str(stated).rstrip("%")) > 100:
            self.fail("implausible_rate", f"{what}: {stated} above 100%")

    def total(self, parts, stated, what, code="sum_mismatch"):
        """parts: list of strings; stated: string.  A single part or the total off by a
        power of ten of the money units (10^4, 10^8) is reported as unit_mismatch."""
        vals = [dec(p) for p in parts]
        if close(sum(vals), stated):
            return
        for f in (D(10000), D("0.0001"), D(100000000), D("0.00000001")):
            for i in range(len(vals)):
                alt = vals[:i] + [vals[i] * f] + vals[i + 1:]
                if close(sum(alt), stated):
                    self.fail("unit_mismatch", f"{what}: part {parts[i]} off by a factor {f}")
                    return
            if abs(sum(vals) - dec(stated) * f) <= half(stated) * f:
                self.fail("unit_mismatch", f"{what}: total {stated} off by a factor {f}")
                return
        self.fail(code, f"{what}: {' + '.join(parts)} = {sum(vals)}, stated {stated}")

    def product(self, a, b, scale, stated, what):
        """a * b * scale = stated (amount from quantity × standard)"""
        c = dec(a) * dec(b) * D(scale)
        if close(c, stated):
            return
        for f in (D(10000), D("0.0001"), D(100000000), D("0.00000001")):
            if close(c, str(dec(stated) * f)) or abs(c - dec(stated) * f) <= half(stated) * f:
                self.fail("unit_mismatch", f"{what}: {stated} off by a factor {f}")
                return
        self.fail("sum_mismatch", f"{what}: {a} × {b} × {scale} = {c}, stated {stated}")

    def average(self, total, count, stated, what, approx=False):
        c = dec(total) / dec(count)
        tol = half(stated) * (2 if approx else 1)
        if abs(c - dec(stated)) > tol:
            self.fail("average_mismatch", f"{what}: {total}/{count} = {c:.4f}, stated {stated}")

    def grade(self, total, word, what):
        g = GRADE_WORD.get(word)
        if g is None:
            raise ParseError(f"unknown grade word {word}")
        if band(dec(total)) != g:
            self.fail("grade_mismatch", f"{what}: total {total} → {band(dec(total))}, stated {word}")

    def year_is(self, y, what):
        if int(y) != self.year:
            self.fail("year_mismatch", f"{what}: {y}, evaluation year {self.year}")

    def year_after(self, y, what):
        if int(y) <= self.year:
            self.fail("year_mismatch", f"{what}: {y} is not after the evaluation year {self.year}")

    def year_before(self, y, what, delta=1):
        if int(y) != self.year - delta:
            self.fail("year_mismatch", f"{what}: {y}, expected {self.year - delta}")


# ---------------------------------------------------------------- indicators
SIGN = {"≥": "gte", ">": "gte", "＞": "gte", "≤": "lte", "<": "lte", "＜": "lte", "=": "eq"}
NUMRE = re.compile(r"^(≥|≤|=|>|<|＞|＜)?\s*(\d+(?:\.\d+)?)(.*)$")


def split_val(s):
    m = NUMRE.match(s.strip())
    if not m:
        return None
    return SIGN.get(m.group(1) or "=", "eq"), m.group(2), m.group(3).strip()


def is_qual(target, actual):
    if "月" in target or "年" in target:
        return True
    return split_val(target) is None


def check_indicators(cx, rows, exec_weight, exec_score, total_weight, total_score, what="自评表"):
    """rows: dicts name/target/actual/weight/score[/completion]."""
    ws = [dec(r["weight"]) for r in rows] + [dec(exec_weight)]
    if sum(ws) != 100 or sum(ws) != dec(total_weight):
        cx.fail("weight_sum_mismatch", f"{what}: weights sum {sum(ws)}, stated {total_weight}")
    ss = [r["score"] for r in rows] + [exec_score]
    cx.total(ss, total_score, f"{what}: row scores vs 总分", code="score_sum_mismatch")
    for r in rows + [{"name": "预算执行", "weight": exec_weight, "score": exec_score}]:
        if dec(r["score"]) > dec(r["weight"]) or dec(r["score"]) < 0:
            cx.fail("score_exceeds_weight", f"{what}: {r['name']} score {r['score']} > weight {r['weight']}")
    for r in rows:
        if is_qual(r["target"], r["actual"]):
            continue
        t = split_val(r["target"])
        a = split_val(r["actual"])
        if a is None or a[2] != t[2]:
            cx.fail("unit_mismatch", f"{what}: {r['name']} target {r['target']} actual {r['actual']}")
            continue
        if "满意" in r["name"] and a[2] == "%":
            cx.pct_le_100(a[1], f"{what}: {r['name']}")
        if r.get("completion"):
            T, A = dec(t[1]), dec(a[1])
            if t[0] == "lte":
                c = D(100) if A <= T else T / A * 100
            else:
                c = A / T * 100
            if not close(c, r["completion"].rstrip("%")):
                cx.fail("completion_mismatch", f"{what}: {r['name']} {A}/{T} → {c:.4f}%, stated {r['completion']}")


def by_name(rows):
    return {r["name"]: r for r in rows}


def num_of(s):
    v = split_val(s)
    if v is None:
        raise ParseError(f"no number in {s}")
    return v[1]


# ======================================================================= D1
def check_sx(cx):
    t = cx.t
    blocks = t.split("\n\n")
    cellrows = []
    for b in blocks:
        lines = [l for l in b.strip("\n").split("\n")]
        if lines and all(l.startswith("\t") for l in lines):
            cellrows.append([l[1:] for l in lines])
    funds = {r[0]: r for r in cellrows if len(r) == 10}
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    for n in need:
        if n not in funds:
            raise ParseError(f"funds row {n}")
    cols = ["总", "小计", "中央", "省级", "市级", "县区级", "上年结转", "其他"]
    for n in need[:5]:
        r = funds[n][2:]
        cx.total([r[1], r[6], r[7]], r[0], f"{n} 年度总金额")
        cx.total(r[2:6], r[1], f"{n} 财政资金小计")
    r2, r3, r4, r5 = (funds[n][2:] for n in need[1:5])
    for i, c in enumerate(cols):
        cx.total([r3[i], "-" + r4[i]], r5[i], f"资金结余 {c}", code="balance_mismatch")
        cx.rate(r3[i], r2[i], funds["预算到位率(%)"][2 + i], f"到位率 {c}")
        cx.rate(r4[i], r2[i], funds["预算执行率(%)"][2 + i], f"执行率 {c}")

    ind = [r for r in cellrows if len(r) == 9 and r[0] != "一级指标"]
    tot = [r for r in ind if r[0] == "合计"]
    if len(tot) != 1:
        raise ParseError("合计 row")
    tot = tot[0]
    ex = [r for r in ind if r[2] == "预算执行率"][0]
    rows = [dict(name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7])
            for r in ind if r[0] != "合计" and r[2] != "预算执行率"]
    check_indicators(cx, rows, ex[3], ex[7], tot[3], tot[7], "附件1")
    B = by_name(rows)
    cx.rate(r4[0], r2[0], ex[5], "附件1 预算执行率 业绩值")
    cx.eqc(dec(ex[5].rstrip("%")) / dec(ex[4].rstrip("%")) * 100, ex[6].rstrip("%"),
           "附件1 预算执行率 完成率", code="completion_mismatch")
    cx.eq(ex[5].rstrip("%"), funds["预算执行率(%)"][2], "执行率 附件1 vs 资金表")

    m = cx.one(r"全年预算资金([\d.]+)万元，由省级补助([\d.]+)万元、市级补助([\d.]+)万元、县级配套([\d.]+)万元和上年结转资金([\d.]+)万元组成")
    budget = m.group(1)
    for g, i in ((1, 0), (2, 3), (3, 4), (4, 5), (5, 6)):
        cx.eq(m.group(g), r2[i], f"全年预算 prose vs 资金表 col {cols[i]}")
    cx.total([m.group(2), m.group(3), m.group(4), m.group(5)], budget, "全年预算 prose breakdown")
    m = cx.one(r"截至(\d{4})年12月31日，各级资金全部到位，全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    cx.year_is(m.group(1), "截至…12月31日")
    spent = m.group(2)
    cx.eq(spent, r4[0], "全年执行 prose vs 资金表")
    cx.rate(spent, budget, m.group(3), "执行率 prose")
    cx.eq(m.group(3), funds["预算执行率(%)"][2], "执行率 prose vs 资金表")
    m = cx.one(r"结余([\d.]+)万元均为县级资金，已按程序结转，于(\d{4})年1月")
    cx.total([budget, "-" + spent], m.group(1), "结余 prose", code="balance_mismatch")
    cx.eq(m.group(1), r5[0], "结余 prose vs 资金表")
    cx.eq(m.group(1), r5[5], "结余 prose vs 资金表 县区级")
    cx.year_after(m.group(2), "结转用于")
    cx.year_is(cx.one(r"襄汾县农业农村局(\d{4})年度种粮大户补贴资金").group(1), "title")

    m = cx.one(r"不少于(\d+)户、补贴面积不少于([\d.]+)万亩，.*?稳定在(\d+)万亩以上，种粮大户满意度不低于(\d+)%")
    cx.eq(m.group(1), num_of(B["补贴种粮大户户数"]["target"]), "户数目标")
    cx.eqc(dec(m.group(2)) * 10000, num_of(B["补贴面积"]["target"]), "面积目标")
    cx.eq(m.group(3), num_of(B["全县粮食播种面积"]["target"]), "播种面积目标")
    cx.eq(m.group(4), num_of(B["种粮大户满意度"]["target"]), "满意度目标")
    cx.eq(cx.one(r"标准为每亩(\d+)元").group(1), num_of(B["每亩补贴标准"]["target"]), "补贴标准")

    m = cx.one(r"综合得分([\d.]+)分，评价等级为“(.)”")
    total = m.group(1)
    cx.grade(total, m.group(2), "conclusion")
    cx.eq(total, tot[7], "总分 prose vs 附件1")
    m = cx.one(r"其中预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分")
    cx.eq(m.group(1), ex[7], "预算执行得分 prose vs 附件1")
    grp = {"产出": [], "效益": [], "满意度": []}
    cur = None
    for r in ind:
        if r[0] in ("产出指标", "效益指标", "满意度指标"):
            cur = r[0][:-2]
        if r[0] == "合计" or r[2] == "预算执行率":
            continue
        grp[cur].append(r[7])
    for g, k in ((2, "产出"), (3, "效益"), (4, "满意度")):
        cx.total(grp[k], m.group(g), f"{k} subtotal", code="score_sum_mismatch")
    cx.total([m.group(1), m.group(2), m.group(3), m.group(4)], total, "subtotals vs 综合得分", code="score_sum_mismatch")
    m = cx.one(r"(\d{4})年度该项目自评得分([\d.]+)分，本年度提高([\d.]+)分")
    cx.year_before(m.group(1), "last year's score")
    cx.total([m.group(2), m.group(3)], total, "last year + increase")

    m = cx.one(r"全县申报种粮大户(\d+)户，其中(\d+)户.*?最终(\d+)户通过审核")
    cx.total([m.group(1), "-" + m.group(2)], m.group(3), "申报 − 未通过")
    hh = m.group(3)
    cx.eq(hh, num_of(B["补贴种粮大户户数"]["actual"]), "户数 prose vs 附件1")
    area = cx.one(r"补贴面积([\d.]+)亩，户数和面积").group(1)
    cx.eq(area, num_of(B["补贴面积"]["actual"]), "面积 prose vs 附件1")
    m = cx.one(r"按每亩(\d+)元计，发放补贴([\d.]+)万元")
    cx.product(area, m.group(1), "0.0001", m.group(2), "面积×标准")
    cx.eq(m.group(2), spent, "发放补贴 vs 全年执行")
    cx.average(dec(m.group(2)) * 10000, hh, cx.one(r"户均补贴([\d.]+)元").group(1), "户均补贴")
    cx.average(area, hh, cx.one(r"户均经营面积约(\d+)亩").group(1), "户均面积", approx=True)
    m = cx.one(r"按时发放的大户占(\d+)%，其余(\d+)户")
    cx.rate(dec(hh) - dec(m.group(2)), hh, m.group(1) + "%", "按时发放比例")
    cx.eq(m.group(1), num_of(B["补贴资金发放及时率"]["actual"]), "及时率 prose vs 附件1")
    cx.eq(cx.one(r"加权平均单产(\d+)公斤/亩").group(1), num_of(B["种粮大户粮食单产"]["actual"]), "单产")
    cx.eq(cx.one(r"全县粮食播种面积([\d.]+)万亩。").group(1), num_of(B["全县粮食播种面积"]["actual"]), "播种面积")
    m = cx.one(r"问卷(\d+)份，表示满意和基本满意的(\d+)份，满意度([\d.]+)%")
    cx.rate(m.group(2), m.group(1), m.group(3) + "%", "满意度 survey")
    cx.pct_le_100(m.group(3), "满意度 prose")
    cx.eq(m.group(3), num_of(B["种粮大户满意度"]["actual"]), "满意度 prose vs 附件1")
    m = cx.one(r"时效指标扣([\d.]+)分")
    r = B["补贴资金发放及时率"]
    cx.total([r["weight"], "-" + r["score"]], m.group(1), "时效扣分", code="score_sum_mismatch")
    m = cx.one(r"可持续影响指标扣(\d+)分")
    r = B["规模经营主体种粮积极性"]
    cx.total([r["weight"], "-" + r["score"]], m.group(1), "可持续扣分", code="score_sum_mismatch")


# ======================================================================= D2
def check_sc(cx):
    t = cx.t
    lines = [l.split("\t") for l in t.split("\n")]
    funds = {l[1]: l for l in lines if len(l) == 8 and l[0] == "" and l[1] and l[2] != "年初预算数"}
    need = ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for n in need:
        if n not in funds:
            raise ParseError(f"funds row {n}")
    for j, col in ((2, "年初"), (3, "全年"), (4, "执行")):
        cx.total([funds[n][j] for n in need[1:]], funds["年度资金总额"][j], f"年度资金总额 {col}")
    for n in need:
        cx.rate(funds[n][4], funds[n][3], funds[n][6], f"执行率 {n}")
    F = funds["年度资金总额"]
    ind = [l for l in lines if len(l) == 11 and l[0] == "" and l[3] not in ("三级指标",)]
    rows = []
    for l in ind:
        unit = "" if l[6] == "—" else l[6]
        if l[4] == "定性":
            tg, ac = l[5], l[7]
        else:
            tg, ac = l[4] + l[5] + unit, l[7] + unit
        rows.append(dict(name=l[3], target=tg, actual=ac, weight=l[8], score=l[9]))
    tot = cx.one(r"\n总分\t(\d+)\t([\d.]+)\n")
    check_indicators(cx, rows, F[5], F[7], tot.group(1), tot.group(2), "自评表")
    B = by_name(rows)
    for g in (cx.one(r"项目绩效总体评价为(..)").group(1), cx.one(r"自评等级为(..)").group(1)):
        cx.grade(tot.group(2), g, "grade")

    m = cx.one(r"(\d{4})年12月，省财政厅提前下达(\d{4})年中央财政油菜扩种补助资金(\d+)万元")
    cx.year_before(m.group(1), "提前下达 in December")
    cx.year_is(m.group(2), "提前下达 budget year")
    cx.eq(m.group(3), F[2], "年初预算 prose vs 表")
    m2 = cx.one(r"第二批资金(\d+)万元下达后追加预算，全年预算调整为(\d+)万元")
    cx.total([m.group(3), m2.group(1)], m2.group(2), "420 + 追加")
    budget = m2.group(2)
    cx.eq(budget, F[3], "全年预算 prose vs 表")
    m = cx.one(r"两批资金共(\d+)万元均已拨入.*?到位率(\d+)%")
    cx.eq(m.group(1), budget, "到位")
    cx.rate(m.group(1), budget, m.group(2) + "%", "到位率")
    m = cx.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent = m.group(1)
    cx.eq(spent, F[4], "执行 prose vs 表")
    cx.rate(spent, budget, m.group(2) + "%", "执行率 prose")
    cx.eq(m.group(2), F[6].rstrip("%"), "执行率 prose vs 表")
    m = cx.one(r"冬闲田扩种补助([\d.]+)万元（(\d+)亩×(\d+)元/亩），机播作业补助([\d.]+)万元（(\d+)亩×(\d+)元/亩），示范片建设及技术培训([\d.]+)万元")
    cx.product(m.group(2), m.group(3), "0.0001", m.group(1), "扩种补助")
    cx.product(m.group(5), m.group(6), "0.0001", m.group(4), "机播补助")
    cx.total([m.group(1), m.group(4), m.group(7)], spent, "支出构成")
    cx.eq(m.group(3), num_of(B["冬闲田扩种补助标准"]["target"]), "补助标准")
    kz_area = m.group(2)
    jb_area = m.group(5)
    cx.total([budget, "-" + spent], cx.one(r"未支出的([\d.]+)万元").group(1), "未支出", code="balance_mismatch")
    cx.year_after(cx.one(r"已按规定结转(\d{4})年使用").group(1), "结转")
    m = cx.one(r"全县冬闲田扩种油菜(\d+)亩，机械化播种(\d+)亩")
    cx.eq(m.group(1), kz_area, "扩种面积")
    cx.eq(m.group(2), jb_area, "机播面积")
    cx.eqc(dec(m.group(1)) / 10000, num_of(B["冬闲田扩种油菜面积"]["actual"]), "扩种面积 vs 表")
    cx.eqc(dec(m.group(2)) / 10000, num_of(B["油菜机械化播种面积"]["actual"]), "机播面积 vs 表")
    m = cx.one(r"全县油菜种植面积([\d.]+)万亩，比(\d{4})年的([\d.]+)万亩增加([\d.]+)万亩")
    cx.year_before(m.group(2), "comparison year")
    cx.total([m.group(3), m.group(4)], m.group(1), "油菜面积增加")
    cx.eq(m.group(1), num_of(B["全县油菜种植面积"]["actual"]), "油菜面积 vs 表")
    m = cx.one(r"平均亩产(\d+)公斤测算，新增油菜籽(\d+)吨")
    cx.product(kz_area, m.group(1), "0.001", m.group(2), "新增油菜籽")
    cx.eq(m.group(2), num_of(B["新增油菜籽产量"]["actual"]), "新增油菜籽 prose vs 表")
    yld = m.group(1)
    m2 = cx.one(r"按每公斤([\d.]+)元计，增加种植收入约(\d+)万元")
    c = dec(m.group(2)) * 1000 * dec(m2.group(1)) / 10000
    if abs(c - dec(m2.group(2))) > 1:
        cx.fail("sum_mismatch", f"收入 {c} vs 约{m2.group(2)}")
    m = cx.one(r"示范片测产平均亩产(\d+)公斤，比扩种田块平均高(\d+)公斤")
    cx.total([yld, m.group(2)], m.group(1), "示范片亩产")
    m = cx.one(r"种植户满意度([\d.]+)%，其中对补助兑付及时性的满意度为([\d.]+)%")
    cx.eq(m.group(1), num_of(B["种植户满意度"]["actual"]), "满意度 prose vs 表")
    cx.pct_le_100(m.group(1), "满意度")
    cx.pct_le_100(m.group(2), "及时性满意度")
    m = cx.one(r"核减面积(\d+)亩，相应核减补助(\d+)元")
    cx.product(m.group(1), num_of(B["冬闲田扩种补助标准"]["target"]), "1", m.group(2), "核减补助")
    m = cx.one(r"扩种油菜(\d+)万亩以上，机械化播种(\d+)万亩以上，新增油菜籽(\d+)吨以上，全县油菜种植面积稳定在(\d+)万亩以上，种植户满意度达到(\d+)%以上")
    for g, n in ((1, "冬闲田扩种油菜面积"), (2, "油菜机械化播种面积"), (3, "新增油菜籽产量"),
                 (4, "全县油菜种植面积"), (5, "种植户满意度")):
        cx.eq(m.group(g), num_of(B[n]["target"]), f"目标 {n}")
    cx.year_is(cx.one(r"\n(\d{4})年度三台县农业农村局项目支出").group(1), "title")
    cx.year_is(cx.one(r"\n（(\d{4})年度）\n").group(1), "自评表 header")
    cx.year_is(cx.one(r"\n(\d{4})年度项目支出绩效自评表").group(1), "自评表 title")


# ======================================================================= D3
def check_jx(cx):
    t = cx.t
    lines = [l.split("｜") for l in t.split("\n")]
    funds = {l[1]: l for l in lines if len(l) == 8 and l[0] == "" and l[1]}
    need = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    for n in need:
        if n not in funds:
            raise ParseError(f"funds row {n}")
    for j, col in ((2, "年初"), (3, "全年"), (4, "执行")):
        cx.total([funds[n][j] for n in need[1:]], funds["年度资金总额"][j], f"年度资金总额 {col}")
    for n in need:
        cx.rate(funds[n][4], funds[n][3], funds[n][6], f"执行率 {n}")
    F = funds["年度资金总额"]
    ind = [l for l in lines if len(l) == 9 and l[0] == "" and l[3] != "三级指标"]
    rows = [dict(name=l[3], target=l[4], actual=l[5], weight=l[6], score=l[7]) for l in ind]
    tot = [l for l in lines if l[0] == "总分"]
    if len(tot) != 1:
        raise ParseError("总分 row")
    tot = tot[0]
    check_indicators(cx, rows, F[5], F[7], tot[6], tot[7], "自评表")
    B = by_name(rows)

    m = cx.one(r"项目全年预算([\d.]+)万元，由三部分组成：县级资金(\d+)万元（列入年初预算）、省级撂荒耕地整治奖补资金(\d+)万元（(\d{4})年(\d+)月下达，年中追加）和(\d{4})年结转的县级资金([\d.]+)万元")
    budget, county, prov, carry = m.group(1), m.group(2), m.group(3), m.group(7)
    cx.total([county, prov, carry], budget, "全年预算构成")
    cx.eq(budget, F[3], "全年预算 prose vs 表")
    cx.eq(county, funds["其中：当年财政拨款"][2], "县级年初 vs 表")
    cx.total([county, prov], funds["其中：当年财政拨款"][3], "当年财政拨款 全年 = 县级 + 省级")
    cx.eq(carry, funds["上年结转资金"][3], "上年结转 vs 表")
    cx.year_is(m.group(4), "省级资金下达")
    cx.year_before(m.group(6), "结转来源年")
    m = cx.one(r"截至(\d{4})年12月31日，资金全部到位，全年支出([\d.]+)万元，执行率([\d.]+)%")
    cx.year_is(m.group(1), "截至")
    spent = m.group(2)
    cx.eq(spent, F[4], "执行 prose vs 表")
    cx.rate(spent, budget, m.group(3) + "%", "执行率 prose")
    cx.eq(m.group(3), F[6].rstrip("%"), "执行率 prose vs 表")
    m = cx.one(r"县级资金支出([\d.]+)万元，执行率([\d.]+)%")
    cspent = m.group(1)
    cx.rate(cspent, county, m.group(2) + "%", "县级执行率")
    cx.total([prov, carry, cspent], spent, "省级 + 结转 + 县级 = 全年支出")
    cx.total([prov, cspent], funds["其中：当年财政拨款"][4], "当年财政拨款 执行 = 省级 + 县级")
    m = cx.one(r"结余([\d.]+)万元已结转(\d{4})年")
    cx.total([county, "-" + cspent], m.group(1), "县级结余", code="balance_mismatch")
    cx.total([budget, "-" + spent], m.group(1), "全年结余", code="balance_mismatch")
    cx.year_after(m.group(2), "结转")
    m = cx.one(r"复耕奖补(\d+)万元，宜机化整治及沟渠清淤([\d.]+)万元，面积核查与验收服务(\d+)万元")
    cx.total([m.group(1), m.group(2), m.group(3)], spent, "资金用途")
    bonus = m.group(1)
    m = cx.one(r"经自评，本项目得分([\d.]+)分，评价等级为(.)")
    cx.grade(m.group(1), m.group(2), "conclusion")
    cx.eq(m.group(1), tot[7], "总分 prose vs 表")
    pc = cx.one(r"排查出撂荒耕地([\d.]+)万亩").group(1)
    m = cx.one(r"全年复耕撂荒耕地(\d+)亩，完成年度目标的([\d.]+)%，占排查撂荒面积的([\d.]+)%")
    area = m.group(1)
    cx.eqc(dec(area) / 10000, num_of(B["撂荒耕地复耕面积"]["actual"]), "复耕面积 prose vs 表")
    cx.eqc(dec(area) / (dec(num_of(B["撂荒耕地复耕面积"]["target"])) * 10000) * 100, m.group(2),
           "复耕完成率", code="completion_mismatch")
    cx.rate(area, dec(pc) * 10000, m.group(3) + "%", "复耕率")
    m = cx.one(r"种植早稻(\d+)亩、中稻(\d+)亩、油菜及蔬菜(\d+)亩，种粮比例(\d+)%")
    cx.total([m.group(1), m.group(2), m.group(3)], area, "复耕地块种植结构")
    cx.rate(dec(m.group(1)) + dec(m.group(2)), area, m.group(4) + "%", "种粮比例")
    cx.eq(m.group(4), num_of(B["复耕地块种粮比例"]["actual"]), "种粮比例 prose vs 表")
    early, mid = m.group(1), m.group(2)
    cx.eq(cx.one(r"县级验收抽查合格率([\d.]+)%").group(1), num_of(B["复耕地块验收合格率"]["actual"]), "合格率")
    m = cx.one(r"奖补资金按每亩(\d+)元计发放(\d+)万元")
    cx.product(area, m.group(1), "0.0001", m.group(2), "奖补发放")
    cx.eq(m.group(2), bonus, "奖补 vs 资金用途")
    cx.eq(m.group(1), num_of(B["复耕奖补标准"]["actual"]), "奖补标准 vs 表")
    cx.eq(cx.one(r"每亩奖补(\d+)元").group(1), num_of(B["复耕奖补标准"]["target"]), "奖补标准 目标")
    m = cx.one(r"(\d+)亩早稻和(\d+)亩中稻合计新增稻谷([\d.]+)吨，平均亩产(\d+)公斤")
    cx.eq(m.group(1), early, "早稻")
    cx.eq(m.group(2), mid, "中稻")
    cx.eq(m.group(3), num_of(B["新增粮食产量"]["actual"]), "新增稻谷 vs 表")
    cx.average(dec(m.group(3)) * 1000, dec(early) + dec(mid), m.group(4), "平均亩产")
    m = cx.one(r"(\d{4})年全县复耕([\d.]+)万亩，两年累计复耕近(\d+)万亩")
    cx.year_before(m.group(1), "last year")
    if abs(dec(m.group(2)) + dec(area) / 10000 - dec(m.group(3))) > 1:
        cx.fail("sum_mismatch", "两年累计")
    m = cx.one(r"问卷调查显示，复耕农户满意度([\d.]+)%")
    cx.eq(m.group(1), num_of(B["复耕农户满意度"]["actual"]), "满意度 prose vs 表")
    cx.pct_le_100(m.group(1), "满意度")
    m = cx.one(r"完成撂荒耕地复耕([\d.]+)万亩以上，复耕地块种粮比例不低于(\d+)%，验收合格率(\d+)%以上，新增粮食产量(\d+)吨以上，复耕农户满意度(\d+)%以上")
    for g, n in ((1, "撂荒耕地复耕面积"), (2, "复耕地块种粮比例"), (3, "复耕地块验收合格率"),
                 (4, "新增粮食产量"), (5, "复耕农户满意度")):
        cx.eq(m.group(g), num_of(B[n]["target"]), f"目标 {n}")
    cx.year_is(cx.one(r"崇仁县农业农村局(\d{4})年度撂荒耕地复耕复种奖补资金绩效自评报告").group(1), "title")
    cx.year_is(cx.one(r"附件：项目支出绩效自评表\n（(\d{4})年度）").group(1), "自评表 header")


# ======================================================================= D4
def check_hb(cx):
    t = cx.t
    L = t.split("\n")
    funds = {}
    for l in L:
        for n in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            if l.startswith(n + " "):
                funds[n] = l.split(" ")
    if len(funds) != 4:
        raise ParseError("funds rows")
    need = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        cx.total([funds[n][j] for n in need[1:]], funds["年度资金总额"][j], f"年度资金总额 {col}")
    for n in need:
        cx.rate(funds[n][3], funds[n][2], funds[n][5], f"执行率 {n}")
    F = funds["年度资金总额"]
    rows = []
    for l in L:
        if l.startswith(("产出指标 ", "效益指标 ", "满意度指标 ")):
            c = l.split(" ")
            rows.append(dict(name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    tot = cx.one(r"\n总分 (\d+) ([\d.]+)\n")
    check_indicators(cx, rows, F[4], F[6], tot.group(1), tot.group(2), "自评表")
    B = by_name(rows)
    # implementing units
    i0 = L.index("实施单位 承担任务 使用资金 分值 自评得分")
    units = []
    for l in L[i0 + 1:]:
        c = l.split(" ")
        if c[0] == "合计":
            unit_total = c[2]
            break
        units.append(c)
    for c in units:
        if dec(c[4]) > dec(c[3]) or dec(c[4]) < 0:
            cx.fail("score_exceeds_weight", f"实施单位 {c[0]} score {c[4]} > {c[3]}")
    cx.total([c[2] for c in units], unit_total, "实施单位资金合计")
    cx.eq(unit_total, F[3], "实施单位合计 vs 全年执行")

    m = cx.one(r"奖励资金(\d+)万元，其中(\d{4})年12月提前下达(\d+)万元、(\d{4})年6月清算下达(\d+)万元")
    cx.total([m.group(3), m.group(5)], m.group(1), "提前 + 清算")
    cx.year_before(m.group(2), "提前下达")
    cx.year_is(m.group(4), "清算下达")
    cx.eq(m.group(3), F[1], "年初预算 = 提前下达")
    cx.eq(m.group(1), F[2], "全年预算")
    m = cx.one(r"全年预算(\d+)万元，全年执行([\d.]+)万元，执行率([\d.]+)%。")
    budget, spent = m.group(1), m.group(2)
    cx.eq(spent, F[3], "执行 prose vs 表")
    cx.rate(spent, budget, m.group(3) + "%", "执行率 prose")
    cx.eq(m.group(3), F[5].rstrip("%"), "执行率 prose vs 表")
    m = cx.one(r"其中：高标准农田建后管护及小型农田水利(\d+)万元，粮食烘干设施补助([\d.]+)万元，统防统治补助([\d.]+)万元，粮食仓储设施维修(\d+)万元")
    parts = [m.group(i) for i in range(1, 5)]
    cx.total(parts, spent, "资金用途")
    for p, c in zip(parts, units):
        cx.eq(p, c[2], f"用途 vs 实施单位 {c[0]}")
    dry_money = m.group(2)
    m = cx.one(r"年末未支付的([\d.]+)万元为.*?已结转(\d{4})年")
    cx.total([budget, "-" + spent], m.group(1), "结余", code="balance_mismatch")
    cx.year_after(m.group(2), "结转")
    m = cx.one(r"统防统治服务([\d.]+)万亩，按每亩(\d+)元结算补助([\d.]+)万元")
    cx.product(m.group(1), m.group(2), "1", m.group(3), "统防统治补助")
    cx.eq(m.group(3), parts[2], "统防统治补助")
    cx.eq(m.group(1), num_of(B["统防统治服务面积"]["actual"]), "统防面积 vs 表")
    cx.eq(m.group(2), cx.one(r"统防统治补助标准为每亩(\d+)元").group(1), "补助标准")
    m = cx.one(r"新增烘干能力分别为(\d+)、(\d+)、(\d+)、(\d+)吨/批，合计(\d+)吨/批，平均每个中心(\d+)吨/批")
    caps = [m.group(i) for i in range(1, 5)]
    cx.total(caps, m.group(5), "烘干能力合计")
    cx.average(sum(dec(c) for c in caps), 4, m.group(6), "平均烘干能力")
    cx.eq(m.group(5), num_of(B["新增粮食烘干能力"]["actual"]), "烘干能力 vs 表")
    dry_cap = m.group(5)
    m = cx.one(r"烘干设施补助([\d.]+)万元，折合单位投资(\d+)元/吨")
    cx.eq(m.group(1), dry_money, "烘干补助")
    cx.average(dec(m.group(1)) * 10000, dry_cap, m.group(2), "单位投资")
    cx.eq(m.group(2), num_of(B["烘干设施单位投资"]["actual"]), "单位投资 vs 表")
    cx.eq(cx.one(r"平均响应时间为([\d.]+)天").group(1), num_of(B["病虫害防治作业响应时间"]["actual"]), "响应时间")
    m = cx.one(r"全县粮食总产量([\d.]+)万吨，较(\d{4})年增加")
    cx.eq(m.group(1), num_of(B["全县粮食总产量"]["actual"]), "总产量")
    cx.year_before(m.group(2), "comparison year")
    m = cx.one(r"种粮农户满意度([\d.]+)%。")
    cx.eq(m.group(1), num_of(B["种粮农户满意度"]["actual"]), "满意度")
    cx.pct_le_100(m.group(1), "满意度")
    m = cx.one(r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得(\d+)分，综合得分([\d.]+)分，评价等级为(..)")
    cx.eq(m.group(1), F[6], "预算执行得分")
    groups = {"产出": [], "效益": [], "满意度": []}
    for l in L:
        if l.startswith(("产出指标 ", "效益指标 ", "满意度指标 ")):
            c = l.split(" ")
            groups[c[0][:-2]].append(c[6])
    for g, k in ((2, "产出"), (3, "效益"), (4, "满意度")):
        cx.total(groups[k], m.group(g), f"{k} subtotal", code="score_sum_mismatch")
    cx.total([m.group(i) for i in range(1, 5)], m.group(5), "subtotals vs 综合得分", code="score_sum_mismatch")
    cx.eq(m.group(5), tot.group(2), "综合得分 vs 表")
    cx.grade(m.group(5), m.group(6), "conclusion")
    total = m.group(5)
    m = cx.one(r"(\d{4})年度本项目自评得分([\d.]+)分，(\d{4})年提高([\d.]+)分")
    cx.year_before(m.group(1), "last year")
    cx.year_is(m.group(3), "this year")
    cx.total([m.group(2), m.group(4)], total, "last year + increase")
    m = cx.one(r"统防统治服务面积(\d+)万亩以上，新增粮食烘干能力(\d+)吨/批以上，.*?粮食总产量稳定在(\d+)万吨以上、粮食播种面积(\d+)万亩以上，种粮农户满意度(\d+)%以上")
    for g, n in ((1, "统防统治服务面积"), (2, "新增粮食烘干能力"), (3, "全县粮食总产量"),
                 (4, "全县粮食播种面积"), (5, "种粮农户满意度")):
        cx.eq(m.group(g), num_of(B[n]["target"]), f"目标 {n}")
    cx.eq(cx.one(r"烘干设施单位投资控制在(\d+)元/吨以内").group(1), num_of(B["烘干设施单位投资"]["target"]), "单位投资目标")
    cx.eq(cx.one(r"未达到(\d+)天以内的目标").group(1), num_of(B["病虫害防治作业响应时间"]["target"]), "响应时间目标")
    cx.year_is(cx.one(r"\n(\d{4})年度产粮大县奖励资金项目绩效自评报告\n").group(1), "title")
    cx.year_is(cx.one(r"附件：(\d{4})年度项目支出绩效自评表").group(1), "自评表 title")


# ======================================================================= D5
def check_ha(cx):
    t = cx.t
    L = [re.split(r"\s{2,}", l.strip()) for l in t.split("\n")]
    def row(first, n):
        r = [c for c in L if c[0] == first and len(c) == n]
        if len(r) != 1:
            raise ParseError(f"row {first}")
        return r[0]
    F = row("年度资金总额", 7)
    Fb = row("其中：基本支出", 7)
    Fp = row("项目支出", 7)
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        cx.total([Fb[j], Fp[j]], F[j], f"年度资金总额 {col}")
    for r in (F, Fb, Fp):
        cx.rate(r[3], r[2], r[5], f"执行率 {r[0]}")
    i0 = [i for i, c in enumerate(L) if c[0] == "重点项目"][0]
    projs = []
    for c in L[i0 + 1:]:
        if c[0] == "合计":
            ptot = c
            break
        projs.append(c)
    for c in projs:
        cx.rate(c[2], c[1], c[3], f"执行率 {c[0]}")
        if dec(c[5]) > dec(c[4]) or dec(c[5]) < 0:
            cx.fail("score_exceeds_weight", f"项目 {c[0]} score {c[5]} > {c[4]}")
    cx.total([c[1] for c in projs], ptot[1], "项目预算合计")
    cx.total([c[2] for c in projs], ptot[2], "项目执行合计")
    cx.rate(ptot[2], ptot[1], ptot[3], "项目合计执行率")
    cx.eq(ptot[1], Fp[2], "项目合计 vs 项目支出 全年")
    cx.eq(ptot[2], Fp[3], "项目合计 vs 项目支出 执行")
    P = {c[0]: c for c in projs}
    names = ["农业生产社会化服务面积", "大豆玉米带状复合种植面积", "小麦“一喷三防”作业面积", "病虫害统防统治覆盖率",
             "惠农补贴资金兑付及时率", "全县粮食总产量", "小麦平均单产", "粮食生产社会化服务组织数量", "服务对象满意度"]
    rows, groups, cur = [], {"产出": [], "效益": [], "满意度": []}, None
    for c in L:
        if c[0] in ("产出指标", "效益指标", "满意度指标"):
            cur = c[0][:-2]
        hit = [n for n in names if n in c]
        if hit and len(c) >= 6 and c[-1] != "" and re.match(r"^[\d.]+$", c[-1]):
            rows.append(dict(name=hit[0], target=c[-4], actual=c[-3], weight=c[-2], score=c[-1]))
            groups[cur].append(rows[-1])
    if len(rows) != len(names):
        raise ParseError("indicator rows")
    tot = row("总分", 3)
    check_indicators(cx, rows, F[4], F[6], tot[1], tot[2], "自评表")
    B = by_name(rows)

    m = cx.one(r"(\d{4})年年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出\s*([\d.]+)万元")
    cx.year_is(m.group(1), "年初预算 year")
    cx.total([m.group(3), m.group(4)], m.group(2), "年初预算构成")
    for g, c in ((2, F[1]), (3, Fb[1]), (4, Fp[1])):
        cx.eq(m.group(g), c, "年初 prose vs 表")
    m = cx.one(r"预算调整为([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    cx.total([m.group(2), m.group(3)], m.group(1), "全年预算构成")
    for g, c in ((1, F[2]), (2, Fb[2]), (3, Fp[2])):
        cx.eq(m.group(g), c, "全年 prose vs 表")
    budget = m.group(1)
    m = cx.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent = m.group(1)
    cx.eq(spent, F[3], "执行 prose vs 表")
    cx.rate(spent, budget, m.group(2) + "%", "执行率 prose")
    cx.eq(m.group(2), F[5].rstrip("%"), "执行率 prose vs 表")
    m = cx.one(r"项目支出\s*执行率([\d.]+)%")
    cx.rate(Fp[3], Fp[2], m.group(1) + "%", "项目支出执行率 prose")
    m = cx.one(r"未支付的([\d.]+)万元.*?结转至(\d{4})年", re.S)
    cx.total([budget, "-" + spent], m.group(1), "结余", code="balance_mismatch")
    cx.year_after(m.group(2), "结转")
    m = cx.one(r"全年安排产粮大县奖励资金(\d+)万元、农业生产社会化服务项目(\d+)万\s*元、大豆玉米带状复合种植补助(\d+)万元、小麦“一喷三防”及病虫害防控资金(\d+)万元，(\d+)个")
    pn = ["产粮大县奖励资金", "农业生产社会化服务项目", "大豆玉米带状复合种植补助", "小麦“一喷三防”及病虫害防控"]
    for g, n in enumerate(pn, 1):
        cx.eq(m.group(g), P[n][1], f"预算 {n}")
    if int(m.group(5)) != len(projs):
        cx.fail("sum_mismatch", "project count")
    m = cx.one(r"社会化服务面积([\d.]+)万亩，按每亩(\d+)元标准补助\s*([\d.]+)万元，完成目标任务的(\d+)%")
    cx.product(m.group(1), m.group(2), "1", m.group(3), "社会化服务补助")
    cx.eq(m.group(3), P["农业生产社会化服务项目"][2], "社会化服务 执行")
    cx.eq(m.group(1), num_of(B["农业生产社会化服务面积"]["actual"]), "服务面积 vs 表")
    cx.eqc(dec(m.group(1)) / dec(num_of(B["农业生产社会化服务面积"]["target"])) * 100, m.group(4),
           "服务面积完成率", code="completion_mismatch")
    m = cx.one(r"带状复合种植([\d.]+)万亩（(\d+)亩），按每亩\s*(\d+)元标准发放补助([\d.]+)万元")
    cx.eqc(dec(m.group(2)) / 10000, m.group(1), "万亩 vs 亩")
    cx.product(m.group(2), m.group(3), "0.0001", m.group(4), "带状复合种植补助")
    cx.eq(m.group(4), P["大豆玉米带状复合种植补助"][2], "带状 执行")
    cx.eq(m.group(1), num_of(B["大豆玉米带状复合种植面积"]["actual"]), "带状面积 vs 表")
    cx.eqc(dec(m.group(2)) / 10000, num_of(B["大豆玉米带状复合种植面积"]["actual"]), "带状面积(亩) vs 表")
    cx.eq(cx.one(r"完成小麦“一喷三防”作业([\d.]+)万亩").group(1), num_of(B["小麦“一喷三防”作业面积"]["actual"]), "一喷三防")
    m = cx.one(r"全县粮食总产量([\d.]+)万吨，\s*小麦平均单产(\d+)公斤/亩，分别比(\d{4})年增加")
    cx.eq(m.group(1), num_of(B["全县粮食总产量"]["actual"]), "总产量")
    cx.eq(m.group(2), num_of(B["小麦平均单产"]["actual"]), "单产")
    cx.year_before(m.group(3), "comparison year")
    cx.eq(cx.one(r"组织达到(\d+)个").group(1), num_of(B["粮食生产社会化服务组织数量"]["actual"]), "组织数")
    m = cx.one(r"问卷调查服务对象满意度([\d.]+)%")
    cx.eq(m.group(1), num_of(B["服务对象满意度"]["actual"]), "满意度")
    cx.pct_le_100(m.group(1), "满意度")
    cx.eq(cx.one(r"兑付及时率为(\d+)%").group(1), num_of(B["惠农补贴资金兑付及时率"]["actual"]), "兑付及时率")
    m = cx.one(r"预算执行得([\d.]+)分，产出指标（(\d+)分）得([\d.]+)分，效\s*益指标（(\d+)分）得([\d.]+)分，满意度指标（(\d+)分）得([\d.]+)分，部门整体支出自评得分([\d.]+)分，等级为\s*“(.)”")
    cx.eq(m.group(1), F[6], "预算执行得分")
    for gw, gs, k in ((2, 3, "产出"), (4, 5, "效益"), (6, 7, "满意度")):
        if sum(dec(r["weight"]) for r in groups[k]) != dec(m.group(gw)):
            cx.fail("weight_sum_mismatch", f"{k} weight")
        cx.total([r["score"] for r in groups[k]], m.group(gs), f"{k} subtotal", code="score_sum_mismatch")
    cx.total([m.group(1), m.group(3), m.group(5), m.group(7)], m.group(8), "subtotals vs total", code="score_sum_mismatch")
    cx.eq(m.group(8), tot[2], "total prose vs 表")
    cx.grade(m.group(8), m.group(9), "conclusion")
    cx.year_before(cx.one(r"(\d{4})年度部门整体支出自评得分为").group(1), "last year's score")
    m = cx.one(r"社会化服务面积(\d+)万亩以上、大豆玉米带状复\s*合种植(\d+)万亩以上、小麦“一喷三防”(\d+)万亩以上；全县粮食总产量稳定在(\d+)万吨以上，服\s*务对象满意度(\d+)%以上")
    for g, n in ((1, "农业生产社会化服务面积"), (2, "大豆玉米带状复合种植面积"), (3, "小麦“一喷三防”作业面积"),
                 (4, "全县粮食总产量"), (5, "服务对象满意度")):
        cx.eq(m.group(g), num_of(B[n]["target"]), f"目标 {n}")
    cx.year_is(cx.one(r"\n\s*(\d{4})年度部门整体支出绩效自评报告").group(1), "title")


CHECKS = {
    "sx-xiangfen-zhongliangdahu-2021": (check_sx, 2021),
    "sc-santai-youcaikuozhong-2023": (check_sc, 2023),
    "jx-chongren-liaohuangfugeng-2022": (check_jx, 2022),
    "hb-gongan-chanliangdaxian-2020": (check_hb, 2020),
    "ha-taikang-nongyenongcunju-2024": (check_ha, 2024),
}


def run_checks(source, text):
    fn, year = CHECKS[source]
    cx = Ctx(text, year)
    fn(cx)
    return cx.fails


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def number_at(text, i, j):
    """expand [i, j) to the whole number(s) it touches; return the numeric tokens"""
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] == "."):
        i -= 1
    while j < len(text) and (text[j].isdigit() or text[j] == "."):
        j += 1
    return re.findall(r"\d+(?:\.\d+)?", text[i:j])


def count_standalone(text, tok):
    pat = r"(?<![\d.])" + re.escape(tok) + r"(?![\d.]|年|月|日)"
    return len(re.findall(pat, text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    counts = {c: 0 for c in CODES}
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import build
    edit_of = {f"{e[0]}-e{e[1]}.txt": e for e in build.EDITS}
    where = {"prose": 0, "table": 0}
    files = set(os.listdir(CASES))
    if len(files) != len(labels):
        problems.append(f"{len(files)} files in cases/ but {len(labels)} labels")
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        src = rec["source"]
        if not (2800 <= len(text) <= 3400):
            problems.append(f"{name}: length {len(text)} outside 2800–3400")
        try:
            fails = run_checks(src, text)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        got = {c for c, _ in fails}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if fails:
                problems.append(f"{name}: clean draft fails: {fails}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}")
        counts[code] += 1
        n = text.count(value)
        if n != 1:
            problems.append(f"{name}: value occurs {n} times")
            continue
        clean = clean_text[src]
        p, ea, eb = diff_region(clean, text)
        vi = text.index(value)
        if not (vi < max(eb, p + 1) and p < vi + len(value)):
            problems.append(f"{name}: edit [{p},{eb}) does not overlap the value at [{vi},{vi + len(value)})")
        if ea - p > 15 or eb - p > 15:
            problems.append(f"{name}: edit region too long ({clean[p:ea]!r} -> {text[p:eb]!r})")
        if "\n" in clean[p:ea] or "\n" in text[p:eb]:
            problems.append(f"{name}: edit crosses a line")
        # the figure changed must not be stated elsewhere (except conflicting_values)
        if code != "year_mismatch":
            toks = number_at(clean, p, ea)
            for tok in toks:
                k = count_standalone(clean, tok)
                if code == "conflicting_values":
                    if k < 1:
                        problems.append(f"{name}: conflicting figure {tok} not found")
                elif k != 1 and (name, tok) not in SAME_VALUE_ELSEWHERE:
                    problems.append(f"{name}: changed figure {tok} occurs {k} times in the clean draft")
            if code == "conflicting_values":
                # the quantity must be stated at least twice in the clean draft
                tok = toks[0] if toks else None
                if tok is None:
                    problems.append(f"{name}: no figure in a conflicting_values edit")
        # arithmetic: labelled code fails, nothing else does
        if code not in got:
            problems.append(f"{name}: labelled {code} not detected; got {sorted(got)}")
        other = got - {code}
        if other:
            problems.append(f"{name}: other codes fail: {[f for f in fails if f[0] != code]}")
        e = edit_of.get(name)
        if e is None or e[2] != code or e[6] != value:
            problems.append(f"{name}: label does not match the edit list of build.py")
        else:
            where[e[3]] += 1
    if abs(where["prose"] - where["table"]) > 2:
        problems.append(f"prose/table split uneven: {where}")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("cases:", len(labels), "clean:", sum(1 for r in labels if r["clean"]))
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("where:", ", ".join(f"{k}={v}" for k, v in where.items()))
    print("OK")


if __name__ == "__main__":
    main()
