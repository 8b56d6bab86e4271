#!/usr/bin/env python3
"""Verify drafts502: re-read every figure from each case's text and redo the arithmetic.

Standard library + decimal only. For every case the figures are taken from the text itself with
regular expressions and table parsing (nothing is copied from build.py), and the identities of
rules.md §7 are recomputed with the tolerance of §8. A clean draft must give no finding; an error
case must give exactly its labelled code and no other code. Also checks the label format: value
occurs once, one contiguous edit of at most 40 characters overlaps the value, every code of
errors.md §A is used at least twice. Prints OK on success.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

EPS = D("1e-9")
N = r"(\d+(?:\.\d+)?)"          # a plain number
NP = r"(\d+(?:\.\d+)?%?)"       # a number, maybe with %


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (§8)
def num(s):
    s = s.strip().replace(",", "").rstrip("%")
    return D(s)


def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated (string as written) is consistent with computed (Decimal) under §8."""
    return abs(D(computed) - num(stated)) <= D("0.5") * D(10) ** (-places(stated)) + EPS


def same(a, b):
    """Two stated figures of one quantity agree (each within the other's written precision)."""
    return close(a, num(b)) or close(b, num(a))


def is_dash(s):
    return s is None or s.strip() in ("—", "-", "－", "")


class Finder:
    def __init__(self):
        self.items = []

    def add(self, code, msg):
        self.items.append((code, msg))

    def codes(self):
        return sorted({c for c, _ in self.items})


def one(pat, text):
    m = re.search(pat, text)
    if not m:
        raise ParseError(f"pattern not found: {pat}")
    g = m.groups()
    if not g:
        return m.group(0)
    return g[0] if len(g) == 1 else g


def every(pat, text):
    return re.findall(pat, text)


# ---------------------------------------------------------------- shared identity checks
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


def check_sum(F, total, parts, what):
    """total (str) = Σ parts (str, '—' = 0); a single part or the total off by 10^4/10^8 -> unit_mismatch."""
    vals = [D(0) if is_dash(p) else num(p) for p in parts]
    s = sum(vals)
    if close(total, s):
        return
    for i, v in enumerate(vals):
        for k in SCALES:
            if v and close(total, s - v + v * k):
                F.add("unit_mismatch", f"{what}: part {parts[i]} off by a power of ten")
                return
    for k in SCALES:
        if abs(num(total) * k - s) <= EPS + D("0.005"):
            F.add("unit_mismatch", f"{what}: total {total} off by a power of ten")
            return
    F.add("sum_mismatch", f"{what}: {' + '.join(parts)} = {s}, stated {total}")


def check_diff(F, stated, a, b, what, code="sum_mismatch"):
    """stated = a − b (all strings)."""
    c = num(a) - num(b)
    if not close(stated, c):
        F.add(code, f"{what}: {a} − {b} = {c}, stated {stated}")


def check_rate(F, stated, numer, denom, what):
    """A stated rate (execution, 到位, 回收, 履约, 办结 …) against numer/denom (strings or Decimals)."""
    n = numer if isinstance(numer, D) else num(numer)
    d = denom if isinstance(denom, D) else num(denom)
    if is_dash(stated):
        if d != 0:
            F.add("rate_mismatch", f"{what}: rate missing ('—') on a non-zero base")
        return
    v = num(stated)
    if d == 0:
        if v != 0:
            F.add("implausible_rate", f"{what}: {stated} on a zero base")
        return
    c = n / d * 100
    if v > 100 + EPS or c > 100 + D("0.005"):
        F.add("implausible_rate", f"{what}: {n}/{d} = {c:.4f}%, stated {stated}")
        return
    if not close(stated, c):
        F.add("rate_mismatch", f"{what}: {n}/{d} = {c:.4f}%, stated {stated}")


def check_avg(F, stated, total, count, what, scale=D(1)):
    c = num(total) * scale / num(count)
    if not close(stated, c):
        F.add("average_mismatch", f"{what}: {total}/{count} = {c:.4f}, stated {stated}")


def check_same(F, a, b, what):
    if not same(a, b):
        F.add("conflicting_values", f"{what}: {a} vs {b}")


def check_approx(F, stated, computed, what):
    """约/左右 figures are never §A errors (rules §8); they must still be within one unit of the
    last digit here, else the draft itself is sloppy (reported as a non-§A finding)."""
    if abs(D(computed) - num(stated)) > D(10) ** (-places(stated)) + EPS:
        F.add("approx_off", f"{what}: 约{stated} vs {computed:.4f}")


def check_target(F, stated, cell, what):
    """A target restated in the text (不少于25场 …) against the table's 年度指标值 cell."""
    q = quant(cell)
    if q is None:
        raise ParseError(f"target cell not quantitative: {cell}")
    check_same(F, stated, str(q[1]), f"目标 {what}")


def check_equal_str(F, a, b, what):
    if a.strip() != b.strip():
        F.add("conflicting_values", f"{what}: {a} vs {b}")


# ---------------------------------------------------------------- years (I14)
def check_years(F, text, Y):
    for y in every(r"(\d{4})年度", text):
        if int(y) != Y:
            F.add("year_mismatch", f"{y}年度 in a {Y} report")
    for y in every(r"截至(\d{4})年12月31日", text):
        if int(y) != Y:
            F.add("year_mismatch", f"截至{y}年12月31日 in a {Y} report")
    for y in every(r"结转至(\d{4})年", text):
        if int(y) <= Y:
            F.add("year_mismatch", f"结转至{y}年 in a {Y} report")
    for y in every(r"(\d{4})年结转资金", text):
        if int(y) != Y - 1:
            F.add("year_mismatch", f"{y}年结转资金 in a {Y} report")
    for y, mth in every(r"(\d{4})年(\d{1,2})月[^。；，]{0,12}?(?:下达|到位)", text):
        if not (int(y) == Y or (int(y) == Y - 1 and int(mth) == 12)):
            F.add("year_mismatch", f"funds issued {y}年{mth}月 for a {Y} report")


def eval_year(text):
    return int(one(r"(\d{4})年度", text))


# ---------------------------------------------------------------- tables
def table(text, header_prefix, sep, stop=()):
    """Rows (lists of cells) after the line starting with header_prefix, while lines contain sep."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_prefix) and sep in line:
            rows = []
            for nxt in lines[i + 1:]:
                if sep not in nxt or any(nxt.startswith(s) for s in stop):
                    break
                rows.append(nxt.split(sep))
            return lines[i].split(sep), rows
    raise ParseError(f"table not found: {header_prefix}")


def row(rows, first):
    for r in rows:
        if r[0].strip() == first:
            return r
    raise ParseError(f"row not found: {first}")


# ---------------------------------------------------------------- indicator block (I6–I9, I13)
UNITS = ["人次", "批次", "万元", "亿元", "元", "场", "起", "%", "个", "件", "篇", "天", "人", "份", "笔"]


def quant(s):
    """(direction, value, unit) of a target/actual cell, or None when not quantitative."""
    if s is None:
        return None
    m = re.fullmatch(r"\s*(≥|≤|=|＞|＜)?\s*(\d+(?:\.\d+)?)\s*(\S*)\s*", s)
    if not m or m.group(3) not in UNITS:
        return None
    sign = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, D(m.group(2)), m.group(3)


def completion(t, a):
    sign, T, _ = t
    A = a[1]
    if sign == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(s):
    s = num(s)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_indicators(F, rows, totals, grades, levels=(), weight_totals=()):
    """rows: dicts level1, name, weight, target, actual, completion, score (strings or None).
    totals: stated total scores; grades: stated grade labels; levels: (level1 names, weight, score)
    statements (weight/score may be None); weight_totals: stated Σ 分值 (e.g. the 总分 row)."""
    W = sum(num(r["weight"]) for r in rows)
    if W != 100:
        F.add("weight_sum_mismatch", f"Σ weights = {W}")
    for wt in weight_totals:
        if num(wt) != W or num(wt) != 100:
            F.add("weight_sum_mismatch", f"stated weight total {wt}, Σ = {W}")
    S = sum(num(r["score"]) for r in rows)
    for r in rows:
        if num(r["score"]) > num(r["weight"]) or num(r["score"]) < 0:
            F.add("score_exceeds_weight", f"{r['name']}: score {r['score']} > weight {r['weight']}")
    for t in totals:
        if not close(t, S):
            F.add("score_sum_mismatch", f"Σ scores = {S}, stated {t}")
        for g in grades:
            if GRADE[g] != band(t):
                F.add("grade_mismatch", f"total {t} is {band(t)}, stated {g}")
    for names, w, s in levels:
        sel = [r for r in rows if r["level1"] in names]
        if not sel:
            raise ParseError(f"no rows for level {names}")
        if w is not None and num(w) != sum(num(r["weight"]) for r in sel):
            F.add("weight_sum_mismatch", f"{names}: Σ weights {sum(num(r['weight']) for r in sel)}, stated {w}")
        if s is not None and not close(s, sum(num(r["score"]) for r in sel)):
            F.add("score_sum_mismatch", f"{names}: Σ scores {sum(num(r['score']) for r in sel)}, stated {s}")
    for r in rows:
        t, a = quant(r["target"]), quant(r["actual"])
        if t is None or a is None:
            continue
        if t[2] != a[2]:
            F.add("unit_mismatch", f"{r['name']}: target {r['target']} vs actual {r['actual']}")
            continue
        if a[2] == "%" and a[1] > 100:
            F.add("implausible_rate", f"{r['name']}: actual {r['actual']} above 100%")
            continue
        c = r.get("completion")
        if is_dash(c) or t[1] == 0:
            continue
        comp = completion(t, a)
        if not close(c, comp):
            F.add("completion_mismatch", f"{r['name']}: completion {comp:.4f}%, stated {c}")
    return {r["name"]: r for r in rows}


def deviation(F, stated_pct, actual, target, what):
    """'超出目标x%' = (A − T)/T × 100."""
    c = (num(actual) - num(target)) / num(target) * 100
    if not close(stated_pct, c):
        F.add("completion_mismatch", f"{what}: deviation {c:.4f}%, stated {stated_pct}")


# ================================================================ project 1: Kunshan 2023
def check_kunshan(text):
    F = Finder()
    Y = eval_year(text)
    check_years(F, text, Y)
    # funds table (MOF block)
    _, frows = table(text, "资金情况（万元）", "｜", stop=("一级指标",))
    tot = row(frows, "年度资金总额")
    fis = row(frows, "其中：当年财政拨款")
    car = row(frows, "上年结转资金")
    oth = row(frows, "其他资金")
    for col, what in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        check_sum(F, tot[col], [fis[col], car[col], oth[col]], f"年度资金总额 {what}")
    for r in (tot, fis, car, oth):
        check_rate(F, r[5], r[3], r[2], f"{r[0]} 执行率")
    # prose funds
    init_all = every(r"年初预算安排当年财政拨款" + N + r"万元", text)
    if len(init_all) != 2:
        raise ParseError("年初预算 mentions")
    for v in init_all:
        check_same(F, v, fis[1], "当年财政拨款 年初预算")
    add, add_yuan = one(r"追加" + N + r"万元（" + N + r"元）", text)
    if not close(add, num(add_yuan) / 10000):
        if any(close(add, num(add_yuan) / 10000 * k) for k in SCALES):
            F.add("unit_mismatch", "追加 written two ways, off by a power of ten")
        else:
            F.add("conflicting_values", f"追加 {add}万元 vs {add_yuan}元")
    fis_annual = one(r"当年财政拨款全年预算为" + N + r"万元", text)
    check_sum(F, fis_annual, [init_all[-1], add], "年初 + 追加 = 当年财政拨款全年预算")
    check_same(F, fis_annual, fis[2], "当年财政拨款 全年预算")
    carry = one(r"\d{4}年结转资金" + N + r"万元", text)
    check_same(F, carry, car[2], "上年结转 全年预算")
    annual = one(r"项目全年预算资金合计" + N + r"万元", text)
    check_sum(F, annual, [fis_annual, carry], "全年预算资金合计")
    check_same(F, annual, tot[2], "全年预算")
    received, recv_rate = one(r"全年预算资金" + N + r"万元已全部到位，到位率" + NP, text)
    check_same(F, received, tot[2], "全年预算 (到位句)")
    check_rate(F, recv_rate, received, tot[2], "到位率")
    spent, exec_rate = one(r"项目实际支出" + N + r"万元，预算执行率" + NP, text)
    check_same(F, spent, tot[3], "全年执行数")
    check_rate(F, exec_rate, spent, tot[2], "预算执行率 (text)")
    s_fis, s_car = one(r"其中当年财政拨款支出" + N + r"万元、上年结转资金支出" + N + r"万元", text)
    check_same(F, s_fis, fis[3], "当年财政拨款 执行")
    check_same(F, s_car, car[3], "上年结转 执行")
    u_act, u_ops, u_pub = one(r"按用途分，活动经费" + N + r"万元、台胞服务中心运行维护费" + N +
                              r"万元、涉台宣传及资料印制费" + N + r"万元", text)
    check_sum(F, spent, [u_act, u_ops, u_pub], "用途 breakdown = 实际支出")
    bal = one(r"未支出的" + N + r"万元", text)
    check_diff(F, bal, received, spent, "结转 = 到位 − 执行", code="balance_mismatch")
    b22, s22, r22 = one(r"2022年本项目预算" + N + r"万元，实际支出" + N + r"万元，执行率" + NP, text)
    check_rate(F, r22, s22, b22, "2022 执行率")
    # events table
    _, ev = table(text, "活动名称｜场次", "｜")
    evs = [r for r in ev if r[0] != "合计"]
    evt = row(ev, "合计")
    for col, what in ((1, "场次"), (2, "参与人数"), (3, "台胞人次"), (4, "经费")):
        check_sum(F, evt[col], [r[col] for r in evs], f"活动 合计 {what}")
    for r in evs:
        check_avg(F, r[5], r[4], r[1], f"{r[0]} 场均经费")
    check_same(F, u_act, evt[4], "活动经费 = 活动表合计")
    n_events = one(r"全年共组织两岸交流活动(\d+)场", text)
    check_same(F, n_events, evt[1], "活动场次")
    same_avg = one(r"基层座谈和走访慰问均为" + N + r"万元/场", text)
    check_same(F, same_avg, row(ev, "两岸基层交流座谈会")[5], "基层座谈 场均")
    check_same(F, same_avg, row(ev, "台商台胞走访慰问")[5], "走访慰问 场均")
    # indicator block
    _, irows = table(text, "一级指标｜", "｜", stop=("总分",))
    total_row = one(r"\n总分｜｜｜｜｜｜" + N + "｜" + N, text)
    rows = [dict(level1="预算执行", name="预算执行率", weight=tot[4], target=None, actual=None,
                 completion=None, score=tot[6])]
    for r in irows:
        rows.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], completion=r[5],
                         weight=r[6], score=r[7]))
    total, grade = one(r"综合得分" + N + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)", text)
    lv = one(r"其中预算执行得" + N + r"分，产出指标得" + N + r"分，效益指标得" + N + r"分，满意度指标得" + N + r"分", text)
    ind = check_indicators(F, rows, [total_row[1], total], [grade],
                           levels=[(("预算执行",), None, lv[0]), (("产出指标",), None, lv[1]),
                                   (("效益指标",), None, lv[2]), (("满意度指标",), None, lv[3])],
                           weight_totals=[total_row[0]])
    check_same(F, one(r"(\d+)场", ind["两岸交流活动场次"]["actual"]), evt[1], "活动场次 (自评表)")
    check_same(F, one(r"(\d+)人次", ind["参与活动台胞人次"]["actual"]), evt[3], "台胞人次 (自评表)")
    check_avg(F, one(N + "万元", ind["场均活动经费"]["actual"]), evt[4], evt[1], "场均活动经费 (自评表)")
    # analysis prose
    n2, more = one(r"全年组织交流活动(\d+)场，较目标多(\d+)场", text)
    check_same(F, n2, evt[1], "活动场次 (分析)")
    check_diff(F, more, n2, one(r"≥(\d+)场", ind["两岸交流活动场次"]["target"]), "较目标多")
    tw, dev = one(r"参与活动台胞(\d+)人次，超出目标" + NP, text)
    check_same(F, tw, evt[3], "台胞人次 (分析)")
    deviation(F, dev, tw, one(r"≥(\d+)", ind["参与活动台胞人次"]["target"]), "台胞人次 超出目标")
    avg2 = one(r"场均活动经费" + N + r"万元，控制在", text)
    check_same(F, avg2, one(N + "万元", ind["场均活动经费"]["actual"]), "场均活动经费 (分析)")
    intern = one(r"接待台胞青年来昆实习就业(\d+)人次", text)
    check_same(F, intern, one(r"(\d+)人次", ind["台胞青年来昆实习就业"]["actual"]), "实习就业")
    cases = one(r"协调办结台胞台企诉求(\d+)件", text)
    check_same(F, cases, one(r"(\d+)件", ind["台胞台企诉求协调办结"]["actual"]), "诉求办结")
    g = one(r"组织两岸交流活动不少于(\d+)场，参与活动台胞不少于(\d+)人次；[^；]*；场均活动经费控制在" + N +
            r"万元以内；吸引台胞青年来昆实习就业不少于(\d+)人次，协调办结台胞台企诉求不少于(\d+)件；参与台胞满意度不低于" + NP, text)
    for v, k in zip(g, ("两岸交流活动场次", "参与活动台胞人次", "场均活动经费", "台胞青年来昆实习就业",
                        "台胞台企诉求协调办结", "参与台胞满意度")):
        check_target(F, v, ind[k]["target"], k)
    check_target(F, one(r"万元，控制在" + N + r"万元以内", text), ind["场均活动经费"]["target"], "场均活动经费 (分析)")
    check_target(F, one(r"未达到(\d+)件的目标", text), ind["台胞台企诉求协调办结"]["target"], "诉求 (分析)")
    check_approx(F, one(r"人均费用约(\d+)元", text), num(row(ev, "台胞青年实习就业见习活动")[4]) * 10000 /
                 num(row(ev, "台胞青年实习就业见习活动")[2]), "实习见习 人均费用")
    issued, back, back_rate = one(r"问卷(\d+)份，收回(\d+)份，回收率" + NP, text)
    check_rate(F, back_rate, back, issued, "问卷回收率")
    sat = one(r"综合满意度" + NP, text)
    check_same(F, sat, ind["参与台胞满意度"]["actual"], "满意度")
    return F


# ================================================================ project 2: Xiangzhou 2019
def check_xiangzhou(text):
    F = Finder()
    Y = eval_year(text)
    check_years(F, text, Y)
    _, fr = table(text, "项目\t行次", "\t")
    R = {r[0]: r for r in fr}
    try:
        r1, r2, r3, r4 = R["年初预算资金"], R["全年预算资金"], R["实际到位资金"], R["全年执行资金"]
        r5, r6, r7 = R["资金结余"], R["预算到位率(%)"], R["预算执行率(%)"]
    except KeyError as exc:
        raise ParseError(f"funds row {exc}")
    cols = {"年度总金额": 2, "财政资金小计": 3, "省级": 4, "市级": 5, "区级": 6, "其他资金": 7}
    for r in (r1, r2, r3, r4, r5):
        check_sum(F, r[2], [r[3], r[7]], f"{r[0]} 年度总金额 = 小计 + 其他")
        check_sum(F, r[3], [r[4], r[5], r[6]], f"{r[0]} 小计 = 省 + 市 + 区")
    for name, c in cols.items():
        check_diff(F, r5[c], r3[c], r4[c], f"资金结余 {name}", code="balance_mismatch")
        check_rate(F, r6[c], r3[c], r2[c], f"到位率 {name}")
        check_rate(F, r7[c], r4[c], r2[c], f"执行率 {name}")
    # prose funds
    init, city, dist = one(r"年初预算" + N + r"万元，其中市级补助" + N + r"万元、区级财政" + N + r"万元", text)
    check_sum(F, init, [city, dist], "年初预算 = 市级 + 区级")
    check_same(F, init, r1[2], "年初预算")
    check_same(F, city, r1[5], "市级 年初")
    check_same(F, dist, r1[6], "区级 年初")
    add, annual = one(r"区级追加" + N + r"万元，全年预算" + N + r"万元，资金全部到位", text)
    check_sum(F, annual, [init, add], "全年预算 = 年初 + 追加")
    check_sum(F, r2[6], [r1[6], add], "区级 全年 = 年初 + 追加")
    check_same(F, annual, r2[2], "全年预算")
    check_rate(F, "100%", r3[2], annual, "资金全部到位")
    spent, rate, bal = one(r"全年执行" + N + r"万元，预算执行率" + NP + r"，资金结余" + N + r"万元", text)
    check_same(F, spent, r4[2], "全年执行")
    check_rate(F, rate, spent, annual, "预算执行率 (text)")
    check_diff(F, bal, r3[2], spent, "资金结余 (text)", code="balance_mismatch")
    u1, u2, u3 = one(r"交流活动经费" + N + r"万元，因公赴港澳团组及港澳事务协调经费" + N + r"万元，宣传资料编印" + N + r"万元", text)
    check_sum(F, spent, [u1, u2, u3], "用途 breakdown = 全年执行")
    b_act, s_act, bal_act = one(r"交流活动经费预算" + N + r"万元，实际支出" + N + r"万元，结余" + N + r"万元", text)
    check_diff(F, bal_act, b_act, s_act, "交流活动经费 结余", code="balance_mismatch")
    check_same(F, s_act, u1, "交流活动经费 支出")
    # events table
    _, ev = table(text, "活动项目\t批次", "\t")
    evs = [r for r in ev if r[0] != "合计"]
    evt = row(ev, "合计")
    for col, what in ((1, "批次"), (2, "参与人数"), (3, "港澳人员"), (4, "经费")):
        check_sum(F, evt[col], [r[col] for r in evs], f"活动 合计 {what}")
    for r in evs:
        check_avg(F, r[5], r[4], r[2], f"{r[0]} 人均经费(元)", scale=D(10000))
    check_same(F, evt[4], u1, "活动表合计 = 交流活动经费")
    n_b, n_p, n_hk = one(r"全年共组织交流活动(\d+)批次，参与(\d+)人，其中港澳人员(\d+)人", text)
    check_same(F, n_b, evt[1], "批次")
    check_same(F, n_p, evt[2], "参与人数")
    check_same(F, n_hk, evt[3], "港澳人员")
    # indicator tables (several small tables, same header)
    rows = []
    lines = text.split("\n")
    level_of = {"预算执行指标": "预算执行", "数量指标": "产出", "质量指标": "产出", "时效指标": "产出",
                "成本指标": "产出", "社会效益": "效益", "经济效益": "效益", "可持续影响指标": "效益",
                "服务对象满意度指标": "满意度"}
    for i, line in enumerate(lines):
        if line.startswith("二级指标\t三级指标\t权重"):
            for nxt in lines[i + 1:]:
                if "\t" not in nxt:
                    break
                c = nxt.split("\t")
                rows.append(dict(level1=level_of[c[0]], name=c[1], weight=c[2], target=c[3], actual=c[4],
                                 completion=c[5], score=c[6]))
    if len(rows) != 8:
        raise ParseError(f"expected 8 indicator rows, got {len(rows)}")
    total, grade = one(r"总得分" + N + r"分，属于“(优秀|良好|中等|较差)”", text)
    ex_rate, ex_score = one(r"执行率" + NP + r"，预算执行得" + N + r"分", text)
    w_out, s_out = one(r"产出指标权重" + N + r"分，得" + N + r"分", text)
    w_ben, s_ben = one(r"效益指标权重" + N + r"分，得" + N + r"分", text)
    ind = check_indicators(F, rows, [total], [grade],
                           levels=[(("预算执行",), None, ex_score), (("产出",), w_out, s_out),
                                   (("效益",), w_ben, s_ben)])
    check_rate(F, ind["预算执行率"]["actual"], r4[2], r2[2], "预算执行率 (自评表)")
    check_rate(F, ex_rate, r4[2], r2[2], "预算执行率 (分析)")
    check_same(F, one(r"(\d+)批次", ind["组织交流活动批次"]["actual"]), evt[1], "批次 (自评表)")
    check_same(F, one(r"(\d+)人", ind["港澳青少年参与人数"]["actual"]), evt[3], "港澳青少年 (自评表)")
    check_avg(F, one(r"(\d+)元", ind["人均交流经费"]["actual"]), evt[4], evt[2], "人均交流经费 (自评表)", scale=D(10000))
    a_b, a_hk = one(r"交流活动(\d+)批次、参与港澳青少年(\d+)人", text)
    check_same(F, a_b, evt[1], "批次 (分析)")
    check_same(F, a_hk, evt[3], "港澳青少年 (分析)")
    check_same(F, one(r"比例为" + NP, text), ind["港澳青少年再次参与率"]["actual"], "再次参与率")
    g = one(r"不少于(\d+)批次，港澳青少年参与不少于(\d+)人；[^；]*；人均交流经费不超过(\d+)元；参与港澳青少年再次参与率不低于" + NP +
            r"；[^；]*；参与人员满意度不低于" + NP, text)
    for v, k in zip(g, ("组织交流活动批次", "港澳青少年参与人数", "人均交流经费", "港澳青少年再次参与率", "参与人员满意度")):
        check_target(F, v, ind[k]["target"], k)
    approx_pc, cap = one(r"人均交流经费约(\d+)元，低于(\d+)元的控制标准", text)
    check_approx(F, approx_pc, num(evt[4]) * 10000 / num(evt[2]), "人均交流经费 (分析)")
    check_target(F, cap, ind["人均交流经费"]["target"], "人均交流经费 (分析)")
    low, ded = one(r"低于" + NP + r"的目标，扣" + N + r"分", text)
    check_target(F, low, ind["港澳青少年再次参与率"]["target"], "再次参与率 (分析)")
    r_ = ind["港澳青少年再次参与率"]
    if not close(ded, num(r_["weight"]) - num(r_["score"])):
        F.add("score_sum_mismatch", f"扣{ded}分 vs weight − score")
    check_same(F, one(r"参与人员满意度" + NP + "。", text), ind["参与人员满意度"]["actual"], "满意度")
    return F


# ================================================================ project 3: Mianyang 2022 (部门整体)
def check_mianyang(text):
    F = Finder()
    Y = eval_year(text)
    check_years(F, text, Y)
    _, src = table(text, "资金来源｜", "｜")
    s_fis, s_car, s_oth, s_tot = (row(src, k) for k in ("财政拨款", "上年结转", "其他资金", "合计"))
    for c in (1, 2, 3):
        check_sum(F, s_tot[c], [s_fis[c], s_car[c], s_oth[c]], f"资金来源 合计 col {c}")
    _, ex = table(text, "支出类别｜", "｜")
    E = {r[0].replace("其中：", ""): r for r in ex}
    try:
        base, staff, office, proj = E["基本支出"], E["人员经费"], E["公用经费"], E["项目支出"]
        p1, p2, p3, etot = E["对台交流活动经费"], E["台胞台企服务经费"], E["涉台宣传经费"], E["合计"]
    except KeyError as exc:
        raise ParseError(f"expenditure row {exc}")
    for c in (1, 2, 3):
        check_sum(F, base[c], [staff[c], office[c]], f"基本支出 col {c}")
        check_sum(F, proj[c], [p1[c], p2[c], p3[c]], f"项目支出 col {c}")
        check_sum(F, etot[c], [base[c], proj[c]], f"合计 col {c}")
        check_same(F, etot[c], s_tot[c], f"两表合计 col {c}")
    for r in ex:
        check_rate(F, r[4], r[3], r[2], f"{r[0]} 执行率")
    # prose
    ov_annual, ov_spent = one(r"部门全年预算数" + N + r"万元，全年执行" + N + r"万元", text)
    check_same(F, ov_annual, etot[2], "全年预算数 (概况)")
    check_same(F, ov_spent, etot[3], "全年执行 (概况)")
    init = one(r"部门年初预算" + N + r"万元，全部为当年财政拨款", text)
    check_same(F, init, etot[1], "年初预算")
    check_same(F, init, s_fis[1], "年初预算 = 财政拨款年初")
    inc, dec, net = one(r"调增" + N + r"万元，对台交流活动经费因疫情防控部分线下活动取消调减" + N + r"万元，全年预算较年初净增" + N + r"万元", text)
    check_diff(F, net, inc, dec, "净增 = 调增 − 调减")
    check_diff(F, net, etot[2], etot[1], "净增 = 全年 − 年初")
    check_diff(F, inc, staff[2], staff[1], "人员经费 调增")
    check_diff(F, dec, p1[1], p1[2], "对台交流活动经费 调减")
    carry, cut, frm, to, annual = one(r"上年结转资金" + N + r"万元纳入全年预算统筹使用，当年财政拨款相应调减" + N +
                                      r"万元，由" + N + r"万元调整为" + N + r"万元，全年预算数为" + N + r"万元", text)
    check_same(F, carry, s_car[2], "上年结转")
    check_same(F, frm, s_fis[1], "财政拨款 年初")
    check_same(F, to, s_fis[2], "财政拨款 全年")
    check_diff(F, to, frm, cut, "财政拨款 调减后")
    check_sum(F, annual, [to, carry], "全年预算 = 财政拨款 + 结转")
    check_same(F, annual, etot[2], "全年预算数")
    rate_all = one(r"全年部门预算执行率" + NP, text)
    check_rate(F, rate_all, etot[3], etot[2], "部门预算执行率 (text)")
    unspent, fwd, yr, back = one(r"未执行的" + N + r"万元均为项目支出，其中" + N + r"万元[^。]*?结转至(\d{4})年继续使用，" + N + r"万元按规定交回财政", text)
    check_diff(F, unspent, etot[2], etot[3], "未执行 = 全年 − 执行", code="balance_mismatch")
    check_diff(F, unspent, proj[2], proj[3], "未执行 = 项目 全年 − 执行", code="balance_mismatch")
    check_sum(F, unspent, [fwd, back], "未执行 = 结转 + 交回")
    # events
    e_spent, e_n, e_p, e_avg = one(r"对台交流活动经费全年支出" + N + r"万元，组织各类交流活动(\d+)场，参与(\d+)人次，场均经费" + N + r"万元", text)
    _, ev = table(text, "活动类别｜", "｜")
    evs = [r for r in ev if r[0] != "合计"]
    evt = row(ev, "合计")
    for col, what in ((1, "场次"), (2, "参与人数"), (3, "经费")):
        check_sum(F, evt[col], [r[col] for r in evs], f"活动 合计 {what}")
    check_same(F, e_spent, evt[3], "活动经费 (text vs 活动表)")
    check_same(F, evt[3], p1[3], "活动表合计 = 对台交流活动经费执行数")
    check_same(F, e_n, evt[1], "活动场次")
    check_same(F, e_p, evt[2], "参与人次")
    check_avg(F, e_avg, evt[3], evt[1], "场均经费")
    sg_spent, sg_budget = one(r"“三公”经费支出" + N + r"万元，控制在年初预算" + N + r"万元以内", text)
    # indicator table
    _, ir = table(text, "一级指标｜二级指标", "｜", stop=("合计",))
    rows, lvl = [], None
    for r in ir:
        lvl = r[0] or lvl
        rows.append(dict(level1=lvl, name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7]))
    w_tot, s_tot_tab = one(r"\n合计｜｜｜" + N + r"｜｜｜｜" + N, text)
    w_exec, w_perf = one(r"预算执行情况分值" + N + r"分，绩效指标分值" + N + r"分", text)
    total, grade = one(r"绩效自评得分" + N + r"分，评价等级为(优秀|良好|中等|较差)", text)
    a_budget, a_spent, a_rate, a_score = one(r"全年预算" + N + r"万元，执行" + N + r"万元，执行率" + NP + r"，得" + N + r"分", text)
    w_out, s_out = one(r"产出指标分值" + N + r"分，得" + N + r"分", text)
    w_ben, s_ben = one(r"效益指标分值" + N + r"分，得" + N + r"分", text)
    ind = check_indicators(F, rows, [s_tot_tab, total], [grade],
                           levels=[(("预算执行",), w_exec, a_score),
                                   (("产出指标", "效益指标"), w_perf, None),
                                   (("产出指标",), w_out, s_out), (("效益指标",), w_ben, s_ben)],
                           weight_totals=[w_tot])
    check_rate(F, ind["部门预算执行率"]["actual"], etot[3], etot[2], "部门预算执行率 (自评表)")
    check_same(F, a_budget, etot[2], "全年预算 (分析)")
    check_same(F, a_spent, etot[3], "执行 (分析)")
    check_rate(F, a_rate, a_spent, a_budget, "执行率 (分析)")
    check_same(F, one(r"(\d+)场", ind["组织对台交流活动"]["actual"]), evt[1], "活动场次 (自评表)")
    check_same(F, sg_spent, one(N + "万元", ind["“三公”经费控制数"]["actual"]), "三公经费 支出")
    check_same(F, sg_budget, one(N + "万元", ind["“三公”经费控制数"]["target"]), "三公经费 控制数")
    n1 = one(r"全年组织对台交流活动(\d+)场", text)
    check_same(F, n1, evt[1], "活动场次 (分析)")
    vis, vis_pct = one(r"接待台湾来访人员(\d+)人次，仅完成目标的" + NP, text)
    check_same(F, vis, one(r"(\d+)人次", ind["接待台湾来访人员"]["actual"]), "来访人员")
    if not close(vis_pct, num(vis) / num(one(r"≥(\d+)", ind["接待台湾来访人员"]["target"])) * 100):
        F.add("completion_mismatch", "来访人员 完成目标的 x%")
    res, lim = one(r"台胞诉求办结率" + NP + r"，平均办理时限(\d+)天", text)
    check_same(F, res, ind["诉求办结率"]["actual"], "诉求办结率")
    check_same(F, lim, one(r"(\d+)天", ind["办理时限"]["actual"]), "办理时限")
    new_p, new_t = one(r"新增台资项目落户(\d+)个，未完成(\d+)个的目标", text)
    check_same(F, new_p, one(r"(\d+)个", ind["新增台资项目落户"]["actual"]), "新增台资项目")
    check_same(F, new_t, one(r"≥(\d+)个", ind["新增台资项目落户"]["target"]), "新增台资项目 目标")
    ded = one(r"运行不够规范，扣" + N + r"分", text)
    r_ = ind["涉台工作机制运行"]
    if not close(ded, num(r_["weight"]) - num(r_["score"])):
        F.add("score_sum_mismatch", f"扣{ded}分 vs weight − score")
    check_approx(F, one(r"人均约(\d+)元", text), num(evt[3]) * 10000 / num(evt[2]), "人均经费")
    rep, rep_dev = one(r"涉台宣传报道(\d+)篇，超出目标" + NP, text)
    check_same(F, rep, one(r"(\d+)篇", ind["涉台宣传报道"]["actual"]), "宣传报道")
    deviation(F, rep_dev, rep, one(r"≥(\d+)篇", ind["涉台宣传报道"]["target"]), "宣传报道 超出目标")
    return F


# ================================================================ project 4: Changde 2021 (prose only)
def check_changde(text):
    F = Finder()
    Y = eval_year(text)
    check_years(F, text, Y)
    init, prov, annual = one(r"市财政年初安排港澳台交流合作专项经费" + N + r"万元；7月，[^；。]*?补助资金" + N + r"万元，全年预算" + N + r"万元", text)
    check_sum(F, annual, [init, prov], "全年预算 = 年初 + 省补助")
    recv, recv_rate = one(r"资金实际到位" + N + r"万元，到位率" + NP, text)
    check_rate(F, recv_rate, recv, annual, "到位率")
    spent, rate, bal = one(r"项目支出" + N + r"万元，预算执行率" + NP + r"，结余" + N + r"万元", text)
    check_rate(F, rate, spent, annual, "预算执行率")
    check_diff(F, bal, recv, spent, "结余 = 到位 − 支出", code="balance_mismatch")
    uses = one(r"推介活动支出" + N + r"万元，台湾青年来常研学交流活动支出" + N + r"万元，港澳台侨联络服务及走访支出" + N +
               r"万元，宣传资料编印支出" + N + r"万元", text)
    check_sum(F, spent, list(uses), "用途 breakdown = 支出")
    ev = one(r"全年共举办交流活动(\d+)场，其中经贸推介活动(\d+)场、参加(\d+)人次，台湾青年研学交流(\d+)场、参加(\d+)人次，"
             r"港澳台侨联络走访(\d+)场、参加(\d+)人次，合计(\d+)人次，平均每场" + N + r"人次", text)
    n_all, n1, p1, n2, p2, n3, p3, p_all, p_avg = ev
    check_sum(F, n_all, [n1, n2, n3], "活动场次")
    check_sum(F, p_all, [p1, p2, p3], "参加人次")
    check_avg(F, p_avg, p_all, n_all, "平均每场人次")
    # weights and level statements
    w = one(r"预算执行率分值" + N + r"分，产出指标分值" + N + r"分，效益指标分值" + N + r"分，满意度指标分值" + N + r"分，合计" + N + r"分", text)
    lv = dict((k, (a, b)) for k, a, b in every(r"（[一二三四五六]）(预算执行|产出|效益|满意度)情况（分值" + N + r"分，得" + N + r"分）", text))
    if set(lv) != {"预算执行", "产出", "效益", "满意度"}:
        raise ParseError(f"level headings: {sorted(lv)}")
    b2, s2, r2, ex_score = one(r"全年预算" + N + r"万元，支出" + N + r"万元，执行率" + NP + r"，按执行率计得" + N + r"分", text)
    check_same(F, b2, annual, "全年预算 (绩效)")
    check_same(F, s2, spent, "支出 (绩效)")
    check_rate(F, r2, s2, b2, "执行率 (绩效)")
    rows = [dict(level1="预算执行", name="预算执行率", weight=lv["预算执行"][0], score=ex_score,
                 target=None, actual=None, completion=None)]
    wq, sq1, sq2, t1, a1, c1, t2, a2, c2 = one(
        r"两项数量指标分值各" + N + r"分，分别得" + N + r"分、" + N + r"分：交流活动场次目标(\S+?)，实际(\S+?)，完成率(\S+?)；"
        r"参与人次目标(\S+?)，实际(\S+?)，完成率(\S+?)。", text)
    rows.append(dict(level1="产出", name="交流活动场次", weight=wq, score=sq1, target=t1, actual=a1, completion=c1))
    rows.append(dict(level1="产出", name="参与人次", weight=wq, score=sq2, target=t2, actual=a2, completion=c2))
    t, a, wgt, s = one(r"“活动安全事故”目标(\S+?)，实际(\S+?)，分值" + N + r"分，得" + N + r"分", text)
    rows.append(dict(level1="产出", name="活动安全事故", weight=wgt, score=s, target=t, actual=a, completion=None))
    for lvl, key in (("产出", "“资金支付及时率”"), ("效益", "“促成经贸合作意向项目”"), ("满意度", "服务对象满意度")):
        t, a, c, wgt, s = one(re.escape(key) + r"目标(\S+?)，实际(\S+?)，完成率(\S+?)，分值" + N + r"分，得" + N + r"分", text)
        rows.append(dict(level1=lvl, name=key.strip("“”"), weight=wgt, score=s, target=t, actual=a, completion=c))
    wgt, s = one(r"“港澳台人士对常德认知度”为定性指标[^。]*?分值" + N + r"分，得" + N + r"分", text)
    rows.append(dict(level1="效益", name="港澳台人士对常德认知度", weight=wgt, score=s, target=None, actual=None, completion=None))
    total, grade = one(r"绩效自评得分" + N + r"分，自评等级为(优秀|良好|中等|较差|优|良|中|差)", text)
    ind = check_indicators(F, rows, [total], [grade],
                           levels=[((k,), lv[k][0], lv[k][1]) for k in ("预算执行", "产出", "效益", "满意度")] +
                                  [(("预算执行",), w[0], None), (("产出",), w[1], None), (("效益",), w[2], None),
                                   (("满意度",), w[3], None)],
                           weight_totals=[w[4]])
    a_n = quant(ind["交流活动场次"]["actual"])
    if a_n and a_n[2] == "场":
        check_same(F, str(a_n[1]), n_all, "活动场次 (指标)")
    a_p = quant(ind["参与人次"]["actual"])
    if a_p and a_p[2] == "人次":
        check_same(F, str(a_p[1]), p_all, "参与人次 (指标)")
    g = one(r"组织港澳台交流活动不少于(\d+)场、参与不少于(\d+)人次，活动零安全事故，资金支付及时率不低于" + NP +
            r"；促成经贸合作意向项目不少于(\d+)个，[^；]*；服务对象满意度不低于" + NP, text)
    for v, k in zip(g, ("交流活动场次", "参与人次", "资金支付及时率", "促成经贸合作意向项目", "服务对象满意度")):
        check_target(F, v, ind[k]["target"], k)
    check_target(F, one(r"资金支付及时率未达到" + NP + r"的目标", text), ind["资金支付及时率"]["target"], "及时率 (问题)")
    pays, ontime, approx_rate = one(r"资金支付共(\d+)笔，其中(\d+)笔[^。]*?资金支付及时率约" + N + "%", text)
    check_approx(F, approx_rate, num(ontime) / num(pays) * 100, "按笔数及时率")
    check_approx(F, one(r"按笔数计算的及时率约为" + N + "%", text), num(ontime) / num(pays) * 100, "按笔数及时率 (绩效)")
    check_approx(F, one(r"研学交流人均费用约(\d+)元", text), num(uses[1]) * 10000 / num(p2), "研学人均费用")
    amt = one(r"按金额计算为" + NP, text)
    check_same(F, amt, ind["资金支付及时率"]["actual"], "资金支付及时率")
    return F


# ================================================================ project 5: Weifang 2024
def check_weifang(text):
    F = Finder()
    Y = eval_year(text)
    check_years(F, text, Y)
    _, fr = table(text, "资金（万元）", "\t", stop=("一级指标",))
    tot, fis, car, oth = (row(fr, k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for c, what in ((1, "年初"), (2, "全年"), (3, "执行")):
        check_sum(F, tot[c], [fis[c], car[c], oth[c]], f"年度资金总额 {what}")
    for r in (tot, fis, car, oth):
        check_rate(F, r[5], r[3], r[2], f"{r[0]} 执行率")
    ov_annual = one(r"\d{4}年全年预算" + N + r"万元", text)
    check_same(F, ov_annual, tot[2], "全年预算 (概况)")
    init, i_f, i_c, i_o = one(r"年初预算" + N + r"万元，其中当年财政拨款" + N + r"万元、上年结转资金" + N + r"万元、其他资金" + N + r"万元", text)
    check_sum(F, init, [i_f, i_c, i_o], "年初预算 = 三项来源")
    for a, b, what in ((init, tot[1], "年初"), (i_f, fis[1], "财政 年初"), (i_c, car[1], "结转 年初"), (i_o, oth[1], "其他 年初")):
        check_same(F, a, b, what)
    cut, annual = one(r"当年财政拨款调减" + N + r"万元，全年预算" + N + r"万元", text)
    check_diff(F, annual, init, cut, "全年 = 年初 − 调减")
    check_diff(F, fis[2], fis[1], cut, "财政 全年 = 年初 − 调减")
    check_same(F, annual, tot[2], "全年预算")
    spent, rate = one(r"项目全年执行" + N + r"万元，预算执行率" + NP, text)
    check_same(F, spent, tot[3], "全年执行")
    check_rate(F, rate, spent, annual, "预算执行率 (text)")
    e_f, e_c, e_o = one(r"其中当年财政拨款执行" + N + r"万元，上年结转资金执行" + N + r"万元，其他资金执行" + N + r"万元", text)
    check_sum(F, spent, [e_f, e_c, e_o], "执行 = 三项来源")
    for a, b, what in ((e_f, fis[3], "财政 执行"), (e_c, car[3], "结转 执行"), (e_o, oth[3], "其他 执行")):
        check_same(F, a, b, what)
    u_act, u_pro, u_ops = one(r"交流活动经费" + N + r"万元、招商推介及宣传费" + N + r"万元、台资企业服务平台运维费" + N + r"万元", text)
    check_sum(F, spent, [u_act, u_pro, u_ops], "用途 breakdown = 全年执行")
    b_fis, b_oth = one(r"财政资金结余" + N + r"万元[^。]*?其他资金结余" + N + r"万元", text)
    check_diff(F, b_fis, fis[2], fis[3], "财政资金结余", code="balance_mismatch")
    check_diff(F, b_oth, oth[2], oth[3], "其他资金结余", code="balance_mismatch")
    # events
    _, ev = table(text, "项目\t场次", "\t")
    evs = [r for r in ev if r[0] != "合计"]
    evt = row(ev, "合计")
    for col, what in ((1, "场次"), (2, "参与人数"), (3, "台湾嘉宾"), (4, "经费")):
        check_sum(F, evt[col], [r[col] for r in evs], f"活动 合计 {what}")
    for r in evs + [evt]:
        check_avg(F, r[5], r[4], r[1], f"{r[0]} 场均经费")
    check_same(F, u_act, evt[4], "交流活动经费 = 活动表合计")
    main_guests = one(r"共邀请台湾嘉宾(\d+)人次参会", text)
    check_same(F, main_guests, row(ev, "鲁台经贸洽谈会（主会场）")[3], "洽谈会台湾嘉宾")
    avg_t, cap_t = one(r"场均活动经费" + N + r"万元，未超过" + N + r"万元", text)
    check_same(F, avg_t, evt[5], "场均活动经费 (text)")
    # indicators
    _, ir = table(text, "一级指标\t", "\t", stop=("总分",))
    rows = [dict(level1="预算执行", name="预算执行率", weight=tot[4], score=tot[6], target=None, actual=None, completion=None)]
    for r in ir:
        rows.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]))
    w_tot, s_tab = one(r"\n总分\t+" + N + r"\t" + N, text)
    total, grade = one(r"综合自评得分" + N + r"分，评价等级为(优秀|良好|中等|较差)", text)
    s_out = one(r"产出指标合计得" + N + r"分", text)
    s_ben = one(r"效益指标得" + N + r"分", text)
    s_sat = one(r"满意度指标得" + N + r"分", text)
    ind = check_indicators(F, rows, [s_tab, total], [grade],
                           levels=[(("产出指标",), None, s_out), (("效益指标",), None, s_ben),
                                   (("满意度指标",), None, s_sat)], weight_totals=[w_tot])
    check_same(F, one(r"(\d+)场", ind["举办交流对接活动场次"]["actual"]), evt[1], "活动场次 (自评表)")
    check_same(F, one(r"(\d+)人次", ind["邀请台湾嘉宾"]["actual"]), evt[3], "台湾嘉宾 (自评表)")
    check_avg(F, one(N + "万元", ind["场均活动经费"]["actual"]), evt[4], evt[1], "场均活动经费 (自评表)")
    check_same(F, cap_t, one(N + "万元", ind["场均活动经费"]["target"]), "场均经费控制标准")
    check_equal_str(F, one(r"于(\d{4}年\d+月\d+日)开幕", text), ind["洽谈会举办时间"]["actual"], "洽谈会日期")
    n_a, g_a = one(r"全年举办交流对接活动(\d+)场，邀请台湾嘉宾(\d+)人次", text)
    check_same(F, n_a, evt[1], "活动场次 (分析)")
    check_same(F, g_a, evt[3], "台湾嘉宾 (分析)")
    signed, done, perf = one(r"上届签约项目(\d+)个，截至年底已履约(\d+)个，履约率" + NP, text)
    check_rate(F, perf, done, signed, "履约率")
    check_same(F, perf, ind["签约项目履约率"]["actual"], "履约率 (自评表)")
    q_score = one(r"未达到80%的目标，得" + N + r"分", text)
    check_same(F, q_score, ind["签约项目履约率"]["score"], "履约率 得分")
    late, land = one(r"主要是(\d+)个项目受[^、]*推迟开工、(\d+)个项目尚在办理用地手续", text)
    check_sum(F, str(num(signed) - num(done)), [late, land], "未履约项目 = 签约 − 履约")
    check_same(F, one(r"但按全年(\d+)场计算", text), evt[1], "全年场次 (说明)")
    g = one(r"全年举办交流对接活动不少于(\d+)场，邀请台湾嘉宾不少于(\d+)人次，签约项目履约率不低于" + NP +
            r"，[^，]*，场均活动经费不超过" + N + r"万元；洽谈会现场签约台资项目金额不低于" + N + r"亿元，台胞台企诉求办结率不低于" + NP +
            r"；台湾嘉宾满意度不低于" + NP, text)
    for v, k in zip(g, ("举办交流对接活动场次", "邀请台湾嘉宾", "签约项目履约率", "场均活动经费", "现场签约台资项目金额",
                        "台胞台企诉求办结率", "台湾嘉宾满意度")):
        check_target(F, v, ind[k]["target"], k)
    check_target(F, one(r"履约率" + NP + r"，未达到", text) and one(r"未达到" + NP + r"的目标，得", text),
                 ind["签约项目履约率"]["target"], "履约率 (分析)")
    amt = one(r"签约金额" + N + r"亿元（上年为", text)
    check_same(F, amt, one(N + "亿元", ind["现场签约台资项目金额"]["actual"]), "签约金额")
    got, closed, crate = one(r"受理台胞台企诉求(\d+)件，办结(\d+)件，办结率" + NP, text)
    check_rate(F, crate, closed, got, "诉求办结率")
    check_same(F, crate, ind["台胞台企诉求办结率"]["actual"], "诉求办结率 (自评表)")
    check_same(F, one(r"台湾嘉宾满意度" + NP + "，", text), ind["台湾嘉宾满意度"]["actual"], "满意度")
    return F


CHECKERS = {
    "js-kunshan-duitaijiaoliu-2023": check_kunshan,
    "gd-xiangzhou-gangaojiaoliu-2019": check_xiangzhou,
    "sc-mianyang-taiban-bumen-2022": check_mianyang,
    "hn-changde-gangaotai-2021": check_changde,
    "sd-weifang-lutaijingmao-2024": check_weifang,
}


# ---------------------------------------------------------------- label format checks
def edit_region(a, b):
    """(start, end_in_a, end_in_b) of the single differing region between a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    verbose = "-v" in sys.argv
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 label lines, got {len(labels)}")
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    clean_of = {rec["source"]: texts[rec["case"]] for rec in labels if rec["clean"]}
    code_count = Counter()
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        checker = CHECKERS[rec["source"]]
        try:
            F = checker(text)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        got = F.codes()
        if verbose:
            print(f"{name}: {got}")
            for c, m in F.items:
                print(f"    {c}: {m}")
        if rec["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1500–5000")
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if got:
                problems.append(f"{name}: clean draft fails {got}: {F.items}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label, got {len(exp)}")
            continue
        lab = exp[0]
        if lab.get("severity") != "error" or lab.get("code") not in CODES_A:
            problems.append(f"{name}: bad label {lab}")
        code_count[lab["code"]] += 1
        if got != [lab["code"]]:
            problems.append(f"{name}: labelled {lab['code']}, checker found {got}: {F.items}")
        occ = text.count(lab["value"])
        if occ != 1:
            problems.append(f"{name}: value occurs {occ} times")
        clean = clean_of[rec["source"]]
        p, ea, eb = edit_region(clean, text)
        if max(ea - p, eb - p) > 40 or eb <= p and ea <= p:
            problems.append(f"{name}: edit region {clean[p:ea]!r} -> {text[p:eb]!r} not a single ≤40-char edit")
        if clean[:p] + text[p:eb] + clean[ea:] != text:
            problems.append(f"{name}: not one contiguous edit")
        vs = text.find(lab["value"])
        ve = vs + len(lab["value"])
        if not (vs < max(eb, p + 1) and p < ve):
            problems.append(f"{name}: edit [{p},{eb}) does not overlap the value [{vs},{ve})")
    for c in CODES_A:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    srcs = {rec["source"] for rec in labels}
    if len(srcs) != 5:
        problems.append(f"expected 5 sources, got {len(srcs)}")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    if verbose:
        print(dict(sorted(code_count.items())))
    print("OK")


if __name__ == "__main__":
    main()
