#!/usr/bin/env python3
"""Verify drafts504: re-read every figure from each case's text and redo its arithmetic.

Standard library + decimal only.  For every project a function reads the funds tables, the
indicator table and the prose figures with anchored regular expressions and runs the identities
of rules.md §7 with the tolerance of §8.  Each failed identity is reported under the error code
that errors.md assigns to it.

Requirements checked:
  * every clean draft passes every check (errors and the score-rule warnings);
  * every error case fails its labelled code and no other error code;
  * label values occur exactly once in their case and overlap the single contiguous edit
    (≤ 40 characters on either side) that turns the clean draft into the case;
  * every code of errors.md §A is used at least twice.
Prints OK when all hold.
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

N = r"([0-9][0-9,]*(?:\.[0-9]+)?)"            # a number
P = r"([0-9][0-9,]*(?:\.[0-9]+)?(?:万元|元))"   # an amount with its money unit
G = r"(优秀|良好|中等|合格|较差|优|良|中|差)"     # a grade word
DASH = ("—", "-", "/", "")
TENK = Decimal(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers

def dec(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return Decimal(s)


def places(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    for u in ("万元", "元"):
        if s.endswith(u):
            s = s[: -len(u)]
    return len(s.split(".")[1]) if "." in s else 0


def money(s):
    """Amount in 万元 and its number of decimals in 万元."""
    s = str(s).strip()
    if s.endswith("万元"):
        return dec(s[:-2]), places(s)
    if s.endswith("元"):
        return dec(s[:-1]) / TENK, places(s) + 4
    return dec(s), places(s)


def tol(d):
    return Decimal("0.5") * Decimal(10) ** (-d) + Decimal("1e-9")


def ok(stated, computed):
    v, d = money(stated)
    return abs(v - Decimal(computed)) <= tol(d)


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "合格": "中", "差": "差", "较差": "差"}


# ---------------------------------------------------------------- document and checks

class Doc:
    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.errors = []     # (code, message)
        self.warnings = []   # (code, message)

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def one(self, pattern):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise ParseError(f"{self.name}: pattern matched {len(ms)} times: {pattern}")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def all(self, pattern):
        return [m.groups() if len(m.groups()) != 1 else m.group(1)
                for m in re.finditer(pattern, self.text)]


def chk_sum(doc, total, parts, what):
    """total = Σ parts (strings; money units allowed).  A mismatch repaired by rescaling one
    amount by 10^4 is a unit_mismatch (errors.md #11 b), otherwise sum_mismatch."""
    vals = [money(x)[0] for x in [total] + list(parts)]
    d = money(total)[1]
    if abs(sum(vals[1:]) - vals[0]) <= tol(d):
        return
    for i in range(len(vals)):
        for f in (TENK, 1 / TENK):
            w = list(vals)
            w[i] = w[i] * f
            if abs(sum(w[1:]) - w[0]) <= tol(d):
                doc.err("unit_mismatch", f"{what}: {([total] + list(parts))[i]} off by 10^4")
                return
    doc.err("sum_mismatch", f"{what}: {' + '.join(map(str, parts))} = {sum(vals[1:])} ≠ {total}")


def chk_diff(doc, result, a, b, what, code="balance_mismatch"):
    """result = a − b."""
    if not ok(result, money(a)[0] - money(b)[0]):
        doc.err(code, f"{what}: {a} − {b} = {money(a)[0] - money(b)[0]} ≠ {result}")


def chk_product(doc, qty, price, amount, what):
    """amount (万元) = qty × price (元 or 万元)."""
    c = dec(qty) * money(price)[0]
    if ok(amount, c):
        return
    if ok(amount, c / TENK) or ok(amount, c * TENK):
        doc.err("unit_mismatch", f"{what}: {qty} × {price} = {c}万元 vs {amount}: off by 10^4")
    else:
        doc.err("sum_mismatch", f"{what}: {qty} × {price} = {c} ≠ {amount}")


def chk_rate(doc, stated, num, den, what, cap=True):
    stated = stated.strip()
    n, d = money(num)[0], money(den)[0]
    if stated in DASH:
        if d != 0:
            doc.warn("missing_figure", f"{what}: rate printed as {stated!r} on a non-zero base")
        return
    s = dec(stated)
    if d == 0:
        if s != 0:
            doc.err("implausible_rate", f"{what}: rate {stated} on a zero base")
        return
    c = n / d * 100
    if not ok(stated, c):
        doc.err("rate_mismatch", f"{what}: {num}/{den} = {r2(c)}% ≠ {stated}")
    elif cap and s > 100:
        doc.err("implausible_rate", f"{what}: rate {stated} above 100%")


def chk_avg(doc, stated, items, what):
    c = sum(dec(x) for x in items) / len(items)
    if not ok(stated, c):
        doc.err("average_mismatch", f"{what}: mean of {items} = {c} ≠ {stated}")


def same(a, b):
    va, da = money(a)
    vb, db = money(b)
    return abs(va - vb) <= tol(min(da, db)), va, vb


def chk_same(doc, what, *vals):
    """All mentions of one quantity agree (I11); a 10^4 rescale is a unit_mismatch."""
    first = vals[0]
    for v in vals[1:]:
        eq, va, vb = same(first, v)
        if eq:
            continue
        if va != 0 and vb != 0 and (abs(va * TENK - vb) <= tol(2) or abs(va - vb * TENK) <= tol(2)):
            doc.err("unit_mismatch", f"{what}: {first} vs {v} off by 10^4")
        else:
            doc.err("conflicting_values", f"{what}: {first} vs {v}")


def chk_grade(doc, total, word, what="grade"):
    if GRADE_WORD[word] != grade_of(dec(total)):
        doc.err("grade_mismatch", f"{what}: total {total} is {grade_of(dec(total))}, stated {word}")


def chk_years(doc):
    y = int(re.search(r"(\d{4})年度", doc.text).group(1))
    for z in doc.all(r"结转至(\d{4})年"):
        if int(z) <= y:
            doc.err("year_mismatch", f"carry-over to {z} in a {y} report")
    for z in doc.all(r"截至(\d{4})年12月31日"):
        if int(z) != y:
            doc.err("year_mismatch", f"year-end figure dated {z} in a {y} report")
    for z, m in doc.all(r"(\d{4})年(\d{1,2})月(?:提前|追加)?下达"):
        if not (int(z) == y or (int(z) == y - 1 and int(m) == 12)):
            doc.err("year_mismatch", f"funds issued {z}-{m} for a {y} budget")
    return y


# ---------------------------------------------------------------- tables

def split_row(line, sep):
    if sep == "|":
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return [c.strip() for c in line.split(sep)]


def table(doc, header_prefix, sep):
    """Rows (lists of cells) of the table whose header line starts with header_prefix."""
    lines = doc.text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
    if len(idx) != 1:
        raise ParseError(f"{doc.name}: table header {header_prefix!r} found {len(idx)} times")
    rows = []
    for l in lines[idx[0]:]:
        if not l.strip() or sep not in l:
            break
        if sep == "|" and re.fullmatch(r"\|[-| :]+\|", l.strip()):
            continue
        rows.append(split_row(l, sep))
    return rows


def row_by(rows, col, label):
    hit = [r for r in rows if r[col] == label or r[col].endswith(label)]
    if len(hit) != 1:
        raise ParseError(f"row {label!r} found {len(hit)} times")
    return hit[0]


SIGN = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte", "=": "eq"}


def parse_val(cell):
    cell = cell.strip()
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?", cell)
    if m:
        return ("date", date(int(m.group(1)), int(m.group(2)), int(m.group(3))), None)
    m = re.fullmatch(r"(≥|≤|=|＞|＜|>=|<=)?\s*" + N + r"(.*)", cell)
    if m:
        return (SIGN.get(m.group(1) or "", "eq"), m.group(2), m.group(3).strip())
    return ("qual", cell, None)


class Ind:
    pass


def indicators(doc, header_prefix, sep):
    rows = table(doc, header_prefix, sep)
    head = rows[0]

    def col(*names):
        for n in names:
            if n in head:
                return head.index(n)
        raise ParseError(f"{doc.name}: no column {names}")

    c1, c3 = col("一级指标"), col("三级指标", "目标指标")
    cw, ct, ca = col("分值", "权重"), col("年度指标值", "目标值"), col("实际完成值", "业绩值")
    cc, cs = col("完成率"), col("得分", "指标得分")
    out, total, lvl = [], None, ""
    for r in rows[1:]:
        if r[0] in ("总分", "合计"):
            total = (r[cw], r[cs])
            continue
        it = Ind()
        lvl = r[c1] or lvl
        it.level1, it.name = lvl, r[c3]
        it.w, it.s, it.comp = r[cw], r[cs], r[cc]
        it.t_raw, it.a_raw = r[ct], r[ca]
        it.t, it.a = parse_val(r[ct]), parse_val(r[ca])
        out.append(it)
    if total is None:
        raise ParseError(f"{doc.name}: indicator table without a total row")
    return out, total


def ind(rows, name):
    hit = [r for r in rows if r.name == name]
    if len(hit) != 1:
        raise ParseError(f"indicator {name!r} found {len(hit)} times")
    return hit[0]


def completion_of(t, a):
    T, A = dec(t[1]), dec(a[1])
    if t[0] == "lte":
        return Decimal(100) if A <= T else T / A * 100
    if t[0] == "eq" and T == 0:
        return None
    return A / T * 100


def chk_indicators(doc, rows, total, extra_w="0", extra_s="0"):
    wsum = dec(extra_w) + sum(dec(r.w) for r in rows)
    ssum = dec(extra_s) + sum(dec(r.s) for r in rows)
    if wsum != dec(total[0]) or dec(total[0]) != 100:
        doc.err("weight_sum_mismatch", f"weights add to {wsum}, stated {total[0]}")
    if not ok(total[1], ssum):
        doc.err("score_sum_mismatch", f"scores add to {ssum}, stated {total[1]}")
    for r in rows:
        w, s = dec(r.w), dec(r.s)
        if s > w or s < 0:
            doc.err("score_exceeds_weight", f"{r.name}: score {r.s} > weight {r.w}")
        numeric = r.t[0] in ("gte", "lte", "eq") and r.a[0] in ("gte", "lte", "eq")
        if numeric and r.t[2] != r.a[2]:
            doc.err("unit_mismatch", f"{r.name}: target {r.t_raw} vs actual {r.a_raw}")
            continue
        if numeric and r.a[2] == "%" and ("满意度" in r.name or r.name.endswith("率")) \
                and dec(r.a[1]) > 100:
            doc.err("implausible_rate", f"{r.name}: {r.a_raw} above 100%")
        # completion rate (I8)
        c = completion_of(r.t, r.a) if numeric else None
        if r.comp in DASH:
            if c is not None:
                doc.warn("missing_figure", f"{r.name}: completion not printed")
        elif c is None:
            doc.err("completion_mismatch", f"{r.name}: completion {r.comp} cannot be computed")
        elif not ok(r.comp, c):
            doc.err("completion_mismatch", f"{r.name}: completion {r2(c)}% ≠ {r.comp}")
        # score rule (warning, rules §5)
        if numeric:
            T, A = dec(r.t[1]), dec(r.a[1])
            if r.t[0] == "lte":
                exp = w if A <= T else w * T / A
            elif r.t[0] == "eq" and T == 0:
                exp = w if A <= 0 else Decimal(0)
            else:
                exp = w if A >= T else w * max(A, Decimal(0)) / T
            alt = [exp]
            if r.comp not in DASH:
                alt.append(min(w, w * dec(r.comp) / 100))
            if not any(ok(r.s, e) for e in alt):
                doc.warn("score_rule_mismatch", f"{r.name}: score {r.s}, rule gives {r2(exp)}")
        else:
            met = (r.a[1] <= r.t[1]) if (r.t[0] == r.a[0] == "date") else (r.a_raw == r.t_raw)
            if met and s != w:
                doc.warn("score_rule_mismatch", f"{r.name}: achieved, score {r.s} ≠ {r.w}")
            if not met and not (Decimal("0.6") * w <= s < Decimal("0.8") * w):
                doc.warn("score_rule_mismatch", f"{r.name}: partly achieved, score {r.s} off band")


def level_sum(rows, level, attr):
    return sum(dec(getattr(r, attr)) for r in rows if r.level1 == level)


def num(cell):
    """The number of a parsed value cell (for conflicts)."""
    v = parse_val(cell)
    return v[1]


# ---------------------------------------------------------------- projects

def p_jiaokou(doc):
    chk_years(doc)
    ft = table(doc, "项目\t行次", "\t")
    R = {r[1].split("=")[0]: r[2:10] for r in ft[1:]}
    cols = ["总额", "小计", "中央", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        v = R[k]
        chk_sum(doc, v[0], [v[1], v[6], v[7]], f"row {k} 总额")
        chk_sum(doc, v[1], v[2:6], f"row {k} 财政资金小计")
    for i, c in enumerate(cols):
        chk_diff(doc, R["(5)"][i], R["(3)"][i], R["(4)"][i], f"(5)=(3)-(4) {c}")
        chk_rate(doc, R["(6)"][i], R["(3)"][i], R["(2)"][i], f"(6)=(3)/(2) {c}")
        chk_rate(doc, R["(7)"][i], R["(4)"][i], R["(2)"][i], f"(7)=(4)/(2) {c}")

    rows, total = indicators(doc, "一级指标\t二级指标\t目标指标", "\t")
    chk_indicators(doc, rows, total)
    ex = ind(rows, "预算执行率")

    bud, rec, rrate, spent, erate = doc.one(
        r"全年预算资金" + N + r"万元，实际到位" + N + r"万元，到位率" + N + r"%；全年执行资金" + N
        + r"万元，预算执行率" + N + "%")
    chk_same(doc, "全年预算", bud, R["(2)"][0])
    chk_same(doc, "实际到位", rec, R["(3)"][0])
    chk_same(doc, "到位率", rrate, R["(6)"][0])
    chk_same(doc, "全年执行", spent, R["(4)"][0])
    chk_same(doc, "执行率", erate, R["(7)"][0], num(ex.a_raw), ex.comp)
    chk_rate(doc, rrate, rec, bud, "prose 到位率")
    chk_rate(doc, erate, spent, bud, "prose 执行率")

    carry = doc.one(r"上年结转" + N + r"万元为2018年")
    chk_same(doc, "上年结转", carry, R["(2)"][6])
    y0, add, y1, short = doc.one(r"县区级资金年初安排" + N + r"万元，年中追加" + N
                                 + r"万元用于场地硬化和围墙工程，全年县级预算" + N + r"万元，其中" + N + "万元")
    chk_same(doc, "县级年初", y0, R["(1)"][5])
    chk_same(doc, "县级全年", y1, R["(2)"][5])
    chk_sum(doc, y1, [y0, add], "县级全年 = 年初 + 追加")
    chk_diff(doc, short, y1, R["(3)"][5], "县级未到位 = 全年 − 到位")

    (design, eng, shelf, tq, tp, ta, qq, qp, qa, bq, bp, ba) = doc.one(
        r"全年执行资金中，支付勘察设计费" + N + r"万元、主体工程款" + N + r"万元、货架及消防监控设施" + N
        + r"万元，购置帐篷" + N + r"顶（单价" + P + r"）计" + N + r"万元、棉被" + N + r"床（单价" + P
        + r"）计" + N + r"万元、折叠床" + N + r"张（单价" + P + r"）计" + N + "万元")
    chk_sum(doc, spent, [design, eng, shelf, ta, qa, ba], "执行 breakdown")
    chk_same(doc, "勘察设计费 = 上年结转", design, carry)
    chk_product(doc, tq, tp, ta, "帐篷")
    chk_product(doc, qq, qp, qa, "棉被")
    chk_product(doc, bq, bp, ba, "折叠床")
    settle, area, uprice, paid, ret = doc.one(
        r"主体工程结算价" + N + r"万元（" + N + r"平方米×" + N + r"元/平方米），2019年已付" + N
        + r"万元，余" + N + r"万元为工程质保金")
    chk_product(doc, area, uprice + "元", settle, "工程结算价")
    chk_sum(doc, settle, [paid, ret], "结算价 = 已付 + 质保金")
    chk_same(doc, "主体工程款", paid, eng)
    bal, ret2, save = doc.one(r"年末资金结余" + N + r"万元，其中工程质保金" + N + r"万元、物资采购节约资金" + N + "万元")
    chk_same(doc, "结余", bal, R["(5)"][0])
    chk_same(doc, "质保金", ret2, ret)
    chk_sum(doc, bal, [ret2, save], "结余 breakdown")

    a2, over = doc.one(r"建筑面积" + N + r"平方米，超出年度目标" + N + "平方米")
    r_area = ind(rows, "新建储备库建筑面积")
    chk_same(doc, "建筑面积", a2, area, num(r_area.a_raw))
    chk_diff(doc, over, a2, num(r_area.t_raw), "超出面积", code="sum_mismatch")
    plan, got, gap = doc.one(r"棉被计划" + N + r"床，实际入库" + N + r"床，差额" + N + "床")
    r_q = ind(rows, "购置棉被")
    chk_same(doc, "棉被计划", plan, num(r_q.t_raw))
    chk_same(doc, "棉被入库", got, qq, num(r_q.a_raw))
    chk_diff(doc, gap, plan, got, "棉被差额", code="sum_mismatch")
    chk_same(doc, "帐篷购置", tq, num(ind(rows, "购置帐篷").a_raw))
    chk_same(doc, "折叠床购置", bq, num(ind(rows, "购置折叠床").a_raw))
    chk_same(doc, "单位建设成本", uprice, num(ind(rows, "单位建设成本").a_raw))
    t0, q0 = doc.one(r"2018年底仅储备帐篷" + N + r"顶、棉被" + N + "床")
    t1, q1, b1 = doc.one(r"在库帐篷" + N + r"顶、棉被" + N + r"床、折叠床" + N + "张")
    chk_sum(doc, t1, [t0, tq], "在库帐篷")
    chk_sum(doc, q1, [q0, qq], "在库棉被")
    chk_same(doc, "在库折叠床", b1, bq)
    d1, d2, d3, davg = doc.one(r"分别调拨帐篷" + N + r"顶、" + N + r"顶、" + N + r"顶，平均每点" + N + "顶")
    chk_avg(doc, davg, [d1, d2, d3], "乡镇调拨帐篷")
    if int(doc.one(r"桃红坡镇" + N + "个乡镇前置储备点")) != 3:
        doc.err("conflicting_values", "乡镇个数 vs 3 listed")
    issued, valid, happy, sat = doc.one(r"发放问卷" + N + r"份，收回有效问卷" + N + r"份，其中表示满意的" + N
                                        + r"份，满意度为" + N + "%")
    chk_rate(doc, sat, happy, valid, "满意度")
    chk_same(doc, "满意度", sat, num(ind(rows, "受灾群众满意度").a_raw))

    chk_same(doc, "省级补助", doc.one(r"省级补助资金" + N + r"万元于"), R["(2)"][3], R["(3)"][3])
    chk_same(doc, "县级未到位", doc.one(r"一是县级配套资金" + N + "万元未能到位"), short)
    g_ppl = doc.one(r"可保障" + N + "人以上受灾群众")
    g_area, g_t, g_q, g_b, g_cost = doc.one(
        r"新建建筑面积不少于" + N + r"平方米；购置帐篷" + N + r"顶、棉被" + N + r"床、折叠床" + N
        + r"张；工程竣工验收合格，单位建设成本控制在" + N + "元/平方米以内")
    for g, nm in ((g_ppl, "可保障受灾群众基本生活人数"), (g_area, "新建储备库建筑面积"), (g_t, "购置帐篷"),
                  (g_q, "购置棉被"), (g_b, "购置折叠床"), (g_cost, "单位建设成本")):
        chk_same(doc, f"目标 {nm}", g, num(ind(rows, nm).t_raw))
    yy, mm, dd = doc.one(r"储备库于(\d{4})年(\d{1,2})月(\d{1,2})日完成主体工程")
    if date(int(yy), int(mm), int(dd)) != ind(rows, "主体工程完工时间").a[1]:
        doc.err("conflicting_values", "主体工程完工日期: text vs table")

    tot, grade = doc.one(r"总得分" + N + r"分，属于“" + G + "”")
    chk_same(doc, "总得分", tot, total[1])
    chk_grade(doc, tot, grade)
    lw = doc.one(r"其中预算执行" + N + r"分、产出指标" + N + r"分、效益指标" + N + r"分、满意度指标" + N
                 + r"分，分别得" + N + r"分、" + N + r"分、" + N + r"分和" + N + "分")
    for i, lv in enumerate(["预算执行指标", "产出指标", "效益指标", "满意度指标"]):
        if level_sum(rows, lv, "w") != dec(lw[i]):
            doc.err("weight_sum_mismatch", f"{lv}: weights add to {level_sum(rows, lv, 'w')}, text {lw[i]}")
        if not ok(lw[4 + i], level_sum(rows, lv, "s")):
            doc.err("score_sum_mismatch", f"{lv}: scores add to {level_sum(rows, lv, 's')}, text {lw[4 + i]}")
    chk_sum(doc, tot, lw[4:], "总得分 = 各级得分")


def mof_funds(doc, rows):
    """MOF funds block: 项目｜年初｜全年｜执行｜分值｜执行率｜得分."""
    tot, fis, car, oth = (row_by(rows, 0, k) for k in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"))
    for c, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        chk_sum(doc, tot[c], [fis[c], car[c], oth[c]], f"年度资金总额 {nm}")
    for r in (tot, fis, car, oth):
        chk_rate(doc, r[5], r[3], r[2], f"{r[0]} 执行率")
    w, s = dec(tot[4]), dec(tot[6])
    if s > w:
        doc.err("score_exceeds_weight", f"执行率得分 {tot[6]} > {tot[4]}")
    exp = w * min(Decimal(1), money(tot[3])[0] / money(tot[2])[0])
    if not (ok(tot[6], exp) or ok(tot[6], w * min(Decimal(100), dec(tot[5])) / 100)):
        doc.warn("score_rule_mismatch", f"执行率得分 {tot[6]} vs {r2(exp)}")
    return tot, fis, car, oth


def p_nanfeng(doc):
    chk_years(doc)
    tot, fis, car, oth = mof_funds(doc, table(doc, "项目｜年初预算数", "｜"))
    rows, total = indicators(doc, "一级指标｜二级指标｜三级指标", "｜")
    chk_indicators(doc, rows, total, tot[4], tot[6])

    (b0, f0, c0, add, b1, rrate, sp, er, fsp, fer, csp, bal) = doc.one(
        r"2022年年初预算" + N + r"万元，其中当年财政拨款" + N + r"万元、上年结转资金" + N
        + r"万元。6月县财政追加应急采购资金" + N + r"万元，全年预算" + N + r"万元，资金全部到位，资金到位率" + N
        + r"%。全年执行" + N + r"万元，预算执行率" + N + r"%，其中当年财政拨款执行" + N + r"万元，执行率" + N
        + r"%；上年结转资金" + N + r"万元全部用于储备库屋面维修。年末结余" + N + "万元")
    chk_same(doc, "年初预算", b0, tot[1])
    chk_same(doc, "财政拨款年初", f0, fis[1])
    chk_same(doc, "上年结转", c0, car[1], car[2], car[3], csp)
    chk_sum(doc, b0, [f0, c0], "年初 = 财政 + 结转")
    chk_sum(doc, b1, [b0, add], "全年 = 年初 + 追加")
    chk_sum(doc, fis[2], [f0, add], "财政拨款全年 = 年初 + 追加")
    chk_same(doc, "全年预算", b1, tot[2])
    chk_rate(doc, rrate, b1, b1, "到位率 (资金全部到位)")
    chk_same(doc, "全年执行", sp, tot[3])
    chk_same(doc, "执行率", er, tot[5])
    chk_rate(doc, er, sp, b1, "prose 执行率")
    chk_same(doc, "财政拨款执行", fsp, fis[3])
    chk_same(doc, "财政拨款执行率", fer, fis[5])
    chk_rate(doc, fer, fsp, fis[2], "prose 财政拨款执行率")
    chk_diff(doc, bal, b1, sp, "结余 = 到位(全年) − 执行")

    (qq, qp, qa, bq, bp, ba, tq, tp, ta, rq, rp, ra, lq, lp, la, keep, trans, roof) = doc.one(
        r"购置棉被" + N + r"床（单价" + P + r"）" + N + r"万元，折叠床" + N + r"张（单价" + P + r"）" + N
        + r"万元，帐篷" + N + r"顶（单价" + P + r"）" + N + r"万元；应急采购雨衣" + N + r"件（单价" + P + r"）"
        + N + r"万元、应急照明灯" + N + r"台（单价" + P + r"）" + N + r"万元；仓储管护费" + N
        + r"万元；物资运输装卸费" + N + r"万元；储备库屋面维修" + N + "万元")
    for q, p, a, w in ((qq, qp, qa, "棉被"), (bq, bp, ba, "折叠床"), (tq, tp, ta, "帐篷"),
                       (rq, rp, ra, "雨衣"), (lq, lp, la, "照明灯")):
        chk_product(doc, q, p, a, w)
    chk_sum(doc, sp, [qa, ba, ta, ra, la, keep, trans, roof], "执行 breakdown")
    chk_sum(doc, add, [ra, la], "追加 = 应急采购")
    chk_same(doc, "屋面维修 = 上年结转", roof, csp)

    q2, b2, t2, more = doc.one(r"全年轮换更新棉被" + N + r"床、折叠床" + N + r"张、帐篷" + N + r"顶，帐篷比计划多" + N + "顶")
    rq_, rb_, rt_ = ind(rows, "轮换更新棉被"), ind(rows, "轮换更新折叠床"), ind(rows, "轮换更新帐篷")
    chk_same(doc, "棉被", q2, qq, num(rq_.a_raw))
    chk_same(doc, "折叠床", b2, bq, num(rb_.a_raw))
    chk_same(doc, "帐篷", t2, tq, num(rt_.a_raw))
    chk_diff(doc, more, t2, num(rt_.t_raw), "帐篷多出", code="sum_mismatch")
    chk_same(doc, "抽检合格率", doc.one(r"抽检，合格率" + N + "%"), num(ind(rows, "入库物资抽检合格率").a_raw))
    acc, acc_t = doc.one(r"账实相符率" + N + r"%，高于" + N + "%的年度目标")
    r_acc = ind(rows, "在库物资账实相符率")
    chk_same(doc, "账实相符率", acc, num(r_acc.a_raw))
    chk_same(doc, "账实相符率目标", acc_t, num(r_acc.t_raw))
    v1, v2, v3, v4, vavg = doc.one(r"分别为" + N + r"床、" + N + r"床、" + N + r"床、" + N + r"床，平均每镇" + N + "床")
    chk_sum(doc, q2, [v1, v2, v3, v4], "调拨旧棉被 = 轮换棉被")
    chk_avg(doc, vavg, [v1, v2, v3, v4], "每镇调拨棉被")
    up, cap = doc.one(r"棉被采购单价" + N + r"元/床，低于" + N + "元/床的控制标准")
    r_up = ind(rows, "棉被采购单价")
    chk_same(doc, "棉被单价", up, num(qp), num(r_up.a_raw))
    chk_same(doc, "棉被控制价", cap, num(r_up.t_raw))
    chk_same(doc, "调运时间", doc.one(r"平均" + N + "小时内将物资运抵"), num(ind(rows, "物资调运到位时间").a_raw))
    ppl, less = doc.one(r"保障受灾群众" + N + r"人次，较年度目标少" + N + "人次")
    r_p = ind(rows, "全年保障受灾群众")
    chk_same(doc, "保障人次", ppl, num(r_p.a_raw))
    chk_diff(doc, less, num(r_p.t_raw), ppl, "少保障人次", code="sum_mismatch")
    chk_same(doc, "满意度", doc.one(r"满意度为" + N + "%（2021年"), num(ind(rows, "受灾群众满意度").a_raw))
    gq, gb, gt, gy, gm, gd, gh, gp = doc.one(
        r"轮换更新棉被不少于" + N + r"床、折叠床不少于" + N + r"张、帐篷不少于" + N + r"顶，轮换物资于(\d{4})年(\d{1,2})月"
        + r"(\d{1,2})日前入库，入库物资抽检全部合格；灾害发生后" + N + r"小时内将物资调运到受灾乡镇，全年保障受灾群众基本生活不少于"
        + N + "人次")
    for g, nm in ((gq, "轮换更新棉被"), (gb, "轮换更新折叠床"), (gt, "轮换更新帐篷"), (gh, "物资调运到位时间"),
                  (gp, "全年保障受灾群众")):
        chk_same(doc, f"目标 {nm}", g, num(ind(rows, nm).t_raw))
    r_in = ind(rows, "轮换物资入库时间")
    if date(int(gy), int(gm), int(gd)) != r_in.t[1]:
        doc.err("conflicting_values", "入库期限: text vs table")
    yy, mm, dd = doc.one(r"轮换物资于(\d{4})年(\d{1,2})月(\d{1,2})日前全部入库")
    if date(int(yy), int(mm), int(dd)) != r_in.a[1]:
        doc.err("conflicting_values", "入库日期: text vs table")
    if int(doc.one(r"太和镇" + N + "个乡镇储备点")) != 4:
        doc.err("conflicting_values", "乡镇个数 vs 4 listed")
    tscore, grade = doc.one(r"本项目自评得分" + N + r"分，评价等级为" + G)
    chk_same(doc, "自评得分", tscore, total[1])
    chk_grade(doc, tscore, grade)


def p_qiubei(doc):
    chk_years(doc)
    ft = table(doc, "项目｜年初预算数｜全年预算数｜全年执行数｜执行率", "｜")
    tot, bas, pro, fis, car, oth = (row_by(ft, 0, k) for k in
                                    ("年度资金总额", "基本支出", "项目支出", "当年财政拨款", "上年结转资金", "其他资金"))
    for c, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        chk_sum(doc, tot[c], [bas[c], pro[c]], f"总额 = 基本 + 项目 ({nm})")
        chk_sum(doc, tot[c], [fis[c], car[c], oth[c]], f"总额 = 财政 + 结转 + 其他 ({nm})")
    for r in (tot, bas, pro, fis, car, oth):
        chk_rate(doc, r[4], r[3], r[2], f"{r[0]} 执行率")
    pt = table(doc, "项目名称｜全年预算数", "｜")
    items = [r for r in pt[1:] if r[0] != "合计"]
    ptot = row_by(pt, 0, "合计")
    chk_sum(doc, ptot[1], [r[1] for r in items], "项目预算合计")
    chk_sum(doc, ptot[2], [r[2] for r in items], "项目执行合计")
    for r in pt[1:]:
        chk_rate(doc, r[3], r[2], r[1], f"{r[0]} 执行率")
    chk_same(doc, "项目支出预算", ptot[1], pro[2])
    chk_same(doc, "项目支出执行", ptot[2], pro[3])
    chk_same(doc, "项目支出执行率", ptot[3], pro[4])

    rows, total = indicators(doc, "一级指标｜二级指标｜三级指标", "｜")
    chk_indicators(doc, rows, total)
    ex = ind(rows, "部门预算执行率")
    chk_same(doc, "执行率", tot[4], num(ex.a_raw), ex.comp)

    b0, pay, cen, cf, b1, sp, er, bal = doc.one(
        r"2023年部门年初预算" + N + r"万元，年内因人员工资调整增加人员经费" + N + r"万元，追加中央自然灾害救灾资金"
        + N + r"万元，上年结转森林防灭火资金" + N + r"万元，全年预算" + N + r"万元。全年支出" + N
        + r"万元，预算执行率" + N + r"%；年末结余" + N + "万元")
    chk_same(doc, "年初预算", b0, tot[1])
    chk_same(doc, "全年预算", b1, tot[2])
    chk_same(doc, "全年支出", sp, tot[3])
    chk_same(doc, "执行率", er, tot[4])
    chk_same(doc, "上年结转", cf, car[2])
    chk_sum(doc, b1, [b0, pay, cen, cf], "全年 = 年初 + 调整")
    chk_sum(doc, bas[2], [bas[1], pay], "基本支出全年 = 年初 + 人员经费")
    chk_sum(doc, pro[2], [pro[1], cen, cf], "项目支出全年 = 年初 + 追加 + 结转")
    chk_rate(doc, er, sp, b1, "prose 执行率")
    chk_diff(doc, bal, b1, sp, "结余 = 全年 − 支出")
    bsp, staff, office = doc.one(r"基本支出" + N + r"万元，其中人员经费" + N + r"万元、公用经费" + N + "万元")
    chk_same(doc, "基本支出执行", bsp, bas[3])
    chk_sum(doc, bsp, [staff, office], "基本支出 = 人员 + 公用")
    s3, s3t = doc.one(r"“三公”经费支出" + N + r"万元，控制在年初预算" + N + "万元以内")
    r3 = ind(rows, "“三公”经费支出")
    chk_same(doc, "三公经费", s3 + "万元", r3.a_raw)
    chk_same(doc, "三公经费预算", s3t + "万元", num(r3.t_raw) + "万元")
    c_all, c_adv, c_add = doc.one(r"中央自然灾害救灾资金" + N + r"万元，其中2022年12月提前下达" + N
                                  + r"万元、2023年8月追加下达" + N + "万元")
    chk_sum(doc, c_all, [c_adv, c_add], "中央救灾资金 = 提前 + 追加")
    chk_same(doc, "中央救灾资金", c_all, row_by(pt, 0, "中央自然灾害救灾资金")[1])
    chk_same(doc, "追加中央救灾资金", c_add, cen)
    fire, fire_c = doc.one(r"森林防灭火资金" + N + r"万元中含上年结转" + N + "万元")
    chk_same(doc, "森林防灭火", fire, row_by(pt, 0, "森林防灭火")[1])
    chk_same(doc, "森林防灭火结转", fire_c, cf)

    (n_all, qq, qp, qa, bq, bp, ba, tq, tp, ta, jq, jp, ja) = doc.one(
        r"全年轮换更新救灾物资" + N + r"件（套），购置棉被" + N + r"床（单价" + P + r"）" + N + r"万元、折叠床" + N
        + r"张（单价" + P + r"）" + N + r"万元、帐篷" + N + r"顶（单价" + P + r"）" + N + r"万元、冲锋衣" + N
        + r"件（单价" + P + r"）" + N + "万元")
    for q, p, a, w in ((qq, qp, qa, "棉被"), (bq, bp, ba, "折叠床"), (tq, tp, ta, "帐篷"), (jq, jp, ja, "冲锋衣")):
        chk_product(doc, q, p, a, w)
    chk_sum(doc, n_all, [qq, bq, tq, jq], "轮换件数")
    chk_sum(doc, row_by(pt, 0, "救灾物资购置与轮换")[2], [qa, ba, ta, ja], "购置与轮换执行")
    chk_same(doc, "轮换件数", n_all, num(ind(rows, "救灾物资轮换更新件数").a_raw))
    chk_same(doc, "巡检次数", doc.one(r"储备库全年巡检" + N + "次"), num(ind(rows, "储备库日常巡检次数").a_raw))
    n_pts, done, rate = doc.one(r"全县" + N + r"个乡镇储备点中，已完成标准化改造" + N + r"个，改造完成率" + N + "%")
    chk_same(doc, "乡镇储备点数", n_pts, doc.one(r"全县" + N + "个乡镇均设有乡镇储备点"))
    chk_rate(doc, rate, done, n_pts, "改造完成率")
    tr, tr_t = doc.one(r"森林防火宣传培训" + N + r"人次，未完成" + N + "人次的年度目标")
    r_tr = ind(rows, "森林防火宣传培训")
    chk_same(doc, "培训人次", tr, num(r_tr.a_raw))
    chk_same(doc, "培训目标", tr_t, num(r_tr.t_raw))
    k, i1, i2, i3, i4, iavg = doc.one(r"季度检查" + N + r"次，发现问题分别为" + N + r"个、" + N + r"个、" + N
                                      + r"个、" + N + r"个，平均每次" + N + "个")
    if int(k) != 4:
        doc.err("conflicting_values", f"检查次数 {k} vs 4 listed")
    chk_avg(doc, iavg, [i1, i2, i3, i4], "每次发现问题")
    acc, acc_t, acc0, acc_d = doc.one(r"全年发生一般生产安全事故" + N + r"起，低于年度控制目标" + N + r"起，较2022年的"
                                      + N + r"起减少" + N + "起")
    r_acc = ind(rows, "生产安全事故起数")
    chk_same(doc, "事故起数", acc, num(r_acc.a_raw))
    chk_same(doc, "事故控制目标", acc_t, num(r_acc.t_raw))
    chk_diff(doc, acc_d, acc0, acc, "事故减少", code="sum_mismatch")
    chk_same(doc, "满意度", doc.one(r"服务的满意度为" + N + "%"), num(ind(rows, "服务对象满意度").a_raw))
    es, others, tscore, grade = doc.one(r"预算执行率得分" + N + r"分，产出、效益、满意度指标合计得分" + N
                                        + r"分，自评总分" + N + r"分，评价等级为" + G)
    chk_same(doc, "预算执行率得分", es, ex.s)
    if not ok(others, sum(dec(r.s) for r in rows if r is not ex)):
        doc.err("score_sum_mismatch", f"产出/效益/满意度 scores add to "
                                      f"{sum(dec(r.s) for r in rows if r is not ex)}, text {others}")
    if not ok(tscore, dec(es) + dec(others)):
        doc.err("score_sum_mismatch", f"总分 {tscore} ≠ {es} + {others}")
    chk_same(doc, "自评总分", tscore, total[1])
    chk_grade(doc, tscore, grade)


def p_nehe(doc):
    chk_years(doc)
    ft = table(doc, "| 资金来源 |", "|")
    head = ft[0]
    cy0, cy1, crec, crr, csp, cer = (head.index(k) for k in ("年初预算", "全年预算", "到位资金", "到位率", "执行数", "执行率"))
    cen, prv, cty, tot = (row_by(ft, 0, k) for k in ("中央预算内投资", "省级补助", "市本级配套", "合计"))
    for c, nm in ((cy0, "年初"), (cy1, "全年"), (crec, "到位"), (csp, "执行")):
        chk_sum(doc, tot[c], [cen[c], prv[c], cty[c]], f"合计 {nm}")
    for r in (cen, prv, cty, tot):
        chk_rate(doc, r[crr], r[crec], r[cy1], f"{r[0]} 到位率")
        chk_rate(doc, r[cer], r[csp], r[cy1], f"{r[0]} 执行率")
    rows, total = indicators(doc, "| 一级指标 |", "|")
    chk_indicators(doc, rows, total)
    ex = ind(rows, "预算执行率")
    chk_same(doc, "执行率", tot[cer], num(ex.a_raw), ex.comp, doc.one(r"预算执行率仅" + N + "%"))

    b1, bc, bp, bm = doc.one(r"项目全年预算" + N + r"万元，其中中央预算内投资" + N + r"万元、省级补助" + N
                             + r"万元、市本级配套" + N + "万元")
    chk_same(doc, "全年预算", b1, tot[cy1])
    chk_same(doc, "中央", bc, cen[cy1])
    chk_same(doc, "省级", bp, prv[cy1])
    chk_same(doc, "市本级", bm, cty[cy1])
    chk_sum(doc, b1, [bc, bp, bm], "全年预算 = 三方")
    m0, _, madd = doc.one(r"市本级配套年初安排" + N + r"万元，(\d{1,2})月追加" + N + "万元")
    chk_same(doc, "市本级年初", m0, cty[cy0])
    chk_sum(doc, cty[cy1], [m0, madd], "市本级全年 = 年初 + 追加")
    sp, er = doc.one(r"全年执行" + N + r"万元，预算执行率" + N + "%")
    chk_same(doc, "全年执行", sp, tot[csp])
    chk_same(doc, "执行率", er, tot[cer])
    chk_rate(doc, er, sp, b1, "prose 执行率")
    (civil, shelf, design, tq, tp, ta, qq, qp, qa, bq, bp2, ba) = doc.one(
        r"其中：土建工程" + N + r"万元，钢结构货架" + N + r"万元，设计、监理等费用" + N + r"万元；购置帐篷" + N
        + r"顶（单价" + P + r"）" + N + r"万元、棉被" + N + r"床（单价" + P + r"）" + N + r"万元、折叠床" + N
        + r"张（单价" + P + r"）" + N + "万元")
    for q, p, a, w in ((tq, tp, ta, "帐篷"), (qq, qp, qa, "棉被"), (bq, bp2, ba, "折叠床")):
        chk_product(doc, q, p, a, w)
    chk_sum(doc, sp, [civil, shelf, design, ta, qa, ba], "执行 breakdown")
    left, lp, lm = doc.one(r"年末未支出资金" + N + r"万元，其中省级补助" + N + r"万元、市本级配套" + N + "万元")
    chk_diff(doc, left, b1, sp, "未支出 = 全年 − 执行")
    chk_sum(doc, left, [lp, lm], "未支出 = 省 + 市")
    chk_diff(doc, lp, prv[cy1], prv[csp], "省级未支出")
    chk_diff(doc, lm, cty[cy1], cty[csp], "市本级未支出")

    old, new, area = doc.one(r"保留改造原库房" + N + r"平方米，新建库房" + N + r"平方米，改扩建后储备库总面积" + N + "平方米")
    chk_sum(doc, area, [old, new], "总面积 = 原库房 + 新建")
    chk_same(doc, "原有库房", old, doc.one(r"原有库房" + N + "平方米"))
    r_area = ind(rows, "储备库改扩建面积")
    chk_same(doc, "改扩建面积", area, num(r_area.a_raw), doc.one(r"储备库改扩建面积" + N + "平方米，超过年度目标"))
    z1, z2, z3, z4, zavg = doc.one(r"面积分别为" + N + "、" + N + "、" + N + "、" + N + r"平方米，平均每个库区" + N + "平方米")
    chk_sum(doc, area, [z1, z2, z3, z4], "库区面积")
    chk_avg(doc, zavg, [z1, z2, z3, z4], "库区平均面积")
    chk_same(doc, "货架储位", doc.one(r"平方米；新增货架储位" + N + "个"), num(ind(rows, "新增货架储位").a_raw))
    q2, up, cap = doc.one(r"新增棉被" + N + r"床全部入库，棉被采购单价" + N + r"元/床，低于" + N + "元/床的控制价")
    r_up = ind(rows, "棉被采购单价")
    chk_same(doc, "棉被", q2, qq, num(ind(rows, "新增储备棉被").a_raw))
    chk_same(doc, "棉被单价", up, num(qp), num(r_up.a_raw))
    chk_same(doc, "棉被控制价", cap, num(r_up.t_raw))
    t2, short = doc.one(r"新增帐篷" + N + r"顶，比计划少" + N + "顶")
    r_t = ind(rows, "新增储备帐篷")
    chk_same(doc, "帐篷", t2, tq, num(r_t.a_raw))
    chk_diff(doc, short, num(r_t.t_raw), t2, "帐篷缺口", code="sum_mismatch")
    yy, mm, dd, late = doc.one(r"主体工程于(\d{4})年(\d{1,2})月(\d{1,2})日完工，比计划晚" + N + "天")
    r_d = ind(rows, "主体工程完工时间")
    done = date(int(yy), int(mm), int(dd))
    if done != r_d.a[1]:
        doc.err("conflicting_values", f"完工日期 {done} vs {r_d.a[1]}")
    if (done - r_d.t[1]).days != int(late):
        doc.err("sum_mismatch", f"晚 {(done - r_d.t[1]).days} 天, text {late}")
    sat, sat_t = doc.one(r"满意度为" + N + r"%，低于" + N + "%的年度目标")
    r_s = ind(rows, "乡镇（街道）满意度")
    chk_same(doc, "满意度", sat, num(r_s.a_raw))
    chk_same(doc, "满意度目标", sat_t, num(r_s.t_raw))
    ga, gs, gt, gq, gp = doc.one(r"完成储备库改扩建" + N + r"平方米以上，新增货架储位" + N + r"个以上，新增储备帐篷" + N
                                 + r"顶、棉被" + N + r"床，工程验收合格，10月底前完成主体工程，年底前投入使用；改扩建后可同时保障"
                                 + N + "人以上受灾群众")
    for g, nm in ((ga, "储备库改扩建面积"), (gs, "新增货架储位"), (gt, "新增储备帐篷"), (gq, "新增储备棉被"),
                  (gp, "可同时保障受灾群众")):
        chk_same(doc, f"目标 {nm}", g, num(ind(rows, nm).t_raw))
    chk_same(doc, "保障人数目标", doc.one(r"未达到" + N + "人的年度目标"), gp)
    chk_same(doc, "验收合格率", doc.one(r"联合验收，合格率" + N + "%"), num(ind(rows, "已完工程验收合格率").a_raw))
    if int(doc.one(r"储备库分为" + N + "个库区")) != 4:
        doc.err("conflicting_values", "库区个数 vs 4 listed")
    chk_same(doc, "补充采购帐篷", doc.one(r"补充采购帐篷" + N + "顶"), short)
    tscore, grade = doc.one(r"项目自评得分" + N + r"分，评价等级为" + G)
    chk_same(doc, "自评得分", tscore, total[1])
    chk_grade(doc, tscore, grade)


def p_suichang(doc):
    chk_years(doc)
    tot, fis, car, oth = mof_funds(doc, table(doc, "项目｜年初预算数", "｜"))
    rows, total = indicators(doc, "一级指标｜二级指标｜三级指标", "｜")
    chk_indicators(doc, rows, total, tot[4], tot[6])

    b0, cut, cf, b1, sp, er, es, fwd, _ = doc.one(
        r"2024年年初预算" + N + r"万元，全部为当年财政拨款。年中因协议代储费用下降调减" + N + r"万元，上年结转资金" + N
        + r"万元纳入全年预算，全年预算" + N + r"万元；全年执行" + N + r"万元，预算执行率" + N + r"%，得分" + N
        + r"分。年末结转资金" + N + r"万元，结转至(\d{4})年")
    chk_same(doc, "年初预算", b0, tot[1], fis[1])
    chk_sum(doc, b0, [fis[2], cut], "年初 = 财政全年 + 调减")
    chk_same(doc, "上年结转", cf, car[2])
    chk_same(doc, "全年预算", b1, tot[2])
    chk_same(doc, "全年执行", sp, tot[3])
    chk_same(doc, "执行率", er, tot[5])
    chk_rate(doc, er, sp, b1, "prose 执行率")
    chk_same(doc, "执行率得分", es, tot[6])
    chk_diff(doc, fwd, b1, sp, "结转 = 全年 − 执行")
    chk_same(doc, "国库支付", doc.one(r"支付资金" + P), sp + "万元")

    (goods, qq, qp, qa, bq, bp, ba, tq, tp, ta, kq, kp, ka, agent, a1, a2, a3, ops, trans) = doc.one(
        r"物资购置费" + N + r"万元，其中棉被" + N + r"床（单价" + P + r"）" + N + r"万元、折叠床" + N + r"张（单价" + P
        + r"）" + N + r"万元、帐篷" + N + r"顶（单价" + P + r"）" + N + r"万元、家庭应急包" + N + r"个（单价" + P
        + r"）" + N + r"万元；协议代储费" + N + r"万元，分别支付县华联超市" + N + r"万元、浙西物流公司" + N
        + r"万元、遂昌百货公司" + N + r"万元；储备库运行维护费" + N + r"万元；轮换物资运输装卸费" + N + "万元")
    for q, p, a, w in ((qq, qp, qa, "棉被"), (bq, bp, ba, "折叠床"), (tq, tp, ta, "帐篷"), (kq, kp, ka, "应急包")):
        chk_product(doc, q, p, a, w)
    chk_sum(doc, goods, [qa, ba, ta, ka], "物资购置费")
    chk_sum(doc, agent, [a1, a2, a3], "协议代储费")
    chk_sum(doc, sp, [goods, agent, ops, trans], "执行 breakdown")

    (oq, ob, ot, rq, rb, rt, sq, sb, st, rall) = doc.one(
        r"棉被" + N + r"床、折叠床" + N + r"张、帐篷" + N + r"顶，轮换率分别为" + N + r"%、" + N + r"%、" + N
        + r"%（轮换前在库分别为" + N + r"床、" + N + r"张、" + N + r"顶），三类物资综合轮换率" + N + "%")
    chk_rate(doc, rq, oq, sq, "棉被轮换率")
    chk_rate(doc, rb, ob, sb, "折叠床轮换率")
    chk_rate(doc, rt, ot, st, "帐篷轮换率")
    chk_rate(doc, rall, str(dec(oq) + dec(ob) + dec(ot)), str(dec(sq) + dec(sb) + dec(st)), "综合轮换率")
    chk_same(doc, "棉被", oq, qq, num(ind(rows, "轮换更新棉被").a_raw))
    chk_same(doc, "折叠床", ob, bq, num(ind(rows, "轮换更新折叠床").a_raw))
    chk_same(doc, "帐篷", ot, tq)
    chk_same(doc, "应急包", kq, num(ind(rows, "发放家庭应急包").a_raw))
    up, cap = doc.one(r"家庭应急包采购单价" + N + r"元/个，低于" + N + "元/个的控制价")
    r_up = ind(rows, "家庭应急包单价")
    chk_same(doc, "应急包单价", up, num(kp), num(r_up.a_raw))
    chk_same(doc, "应急包控制价", cap, num(r_up.t_raw))
    hrs, hrs_t = doc.one(r"物资平均" + N + r"小时运抵，超出" + N + "小时的目标要求")
    r_h = ind(rows, "物资运抵受灾乡镇时间")
    chk_same(doc, "运抵时间", hrs, num(r_h.a_raw))
    chk_same(doc, "运抵时间目标", hrs_t, num(r_h.t_raw))
    chk_same(doc, "调拨到位率", doc.one(r"物资调拨到位率" + N + "%"), num(ind(rows, "演练物资调拨到位率").a_raw))
    chk_same(doc, "满意度", doc.one(r"综合满意度" + N + "%"), num(ind(rows, "乡镇（街道）及群众满意度").a_raw))
    gm, gd, gq, gb, gk, gc, ge, gh = doc.one(
        r"汛前（(\d{1,2})月(\d{1,2})日前）完成储存年限到期物资的轮换，轮换更新棉被" + N + r"床、折叠床" + N
        + r"张；向山区群众发放家庭应急包" + N + r"个，单价控制在" + N + r"元以内；与" + N + r"家以上企业签订协议代储；灾害发生后"
        + N + "小时内")
    for g, nm in ((gq, "轮换更新棉被"), (gb, "轮换更新折叠床"), (gk, "发放家庭应急包"), (gc, "家庭应急包单价"),
                  (ge, "签订协议代储企业"), (gh, "物资运抵受灾乡镇时间")):
        chk_same(doc, f"目标 {nm}", g, num(ind(rows, nm).t_raw))
    r_f = ind(rows, "汛前轮换完成时间")
    if (int(gm), int(gd)) != (r_f.t[1].month, r_f.t[1].day):
        doc.err("conflicting_values", "汛前期限: text vs table")
    yy, mm, dd = doc.one(r"轮换物资于(\d{4})年(\d{1,2})月(\d{1,2})日全部入库")
    if date(int(yy), int(mm), int(dd)) != r_f.a[1]:
        doc.err("conflicting_values", "入库日期: text vs table")
    tscore, grade = doc.one(r"本项目自评得分" + N + r"分，评价等级为" + G)
    chk_same(doc, "自评得分", tscore, total[1])
    chk_grade(doc, tscore, grade)


PROJECTS = {
    "sx-jiaokou-jiuzaiku-2019": p_jiaokou,
    "jx-nanfeng-wuzilunhuan-2022": p_nanfeng,
    "yn-qiubei-yjj-bumen-2023": p_qiubei,
    "hlj-nehe-chubeiku-2020": p_nehe,
    "zj-suichang-wuzilunhuan-2024": p_suichang,
}


# ---------------------------------------------------------------- driver

def run(name, text, source):
    doc = Doc(name, text)
    PROJECTS[source](doc)
    return doc


def edit_region(a, b):
    """The single contiguous edit turning a into b: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    clean = {}
    for rec in labels:
        if rec["clean"]:
            clean[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    per_code = Counter()
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            doc = run(name, text, rec["source"])
        except (ParseError, KeyError, ValueError, IndexError, ArithmeticError) as exc:
            problems.append(f"{name}: could not read the figures: {exc}")
            continue
        got = {c for c, _ in doc.errors}
        if rec["clean"]:
            if not 1500 <= len(text) <= 5000:
                problems.append(f"{name}: length {len(text)} outside 1500-5000")
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            for c, m in doc.errors + doc.warnings:
                problems.append(f"{name}: clean draft fails {c}: {m}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} labels, expected exactly one")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        per_code[code] += 1
        if exp[0].get("severity") != "error" or code not in CODES_A:
            problems.append(f"{name}: label is not an error of errors.md §A: {code}")
        if got != {code}:
            problems.append(f"{name}: labelled {code}, checks fail {sorted(got)}: {doc.errors}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        base = clean[rec["source"]]
        p, ea, eb = edit_region(base, text)
        if ea - p > 40 or eb - p > 40 or eb <= p and ea <= p:
            problems.append(f"{name}: edit is not one contiguous change of ≤ 40 characters ({ea - p}/{eb - p})")
        vs = text.find(value)
        if not (vs < max(eb, p + 1) and p < vs + len(value)):
            problems.append(f"{name}: value {value!r} does not overlap the edit [{p},{eb})")
    for c in CODES_A:
        if per_code[c] < 2:
            problems.append(f"code {c} used {per_code[c]} times (< 2)")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        return 1
    print(f"OK ({len(labels)} cases, {sum(per_code.values())} injected errors, "
          f"{len(per_code)} codes: " + ", ".join(f"{c} {per_code[c]}" for c in CODES_A) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
