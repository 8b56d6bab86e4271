#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, code coverage, and redo the arithmetic of every clean draft
(rates, balances, sums, per-unit products, weights to 100, row scores, scores to total, completion rates,
grade band, averages, repeated figures).  Reads the texts themselves (grid tables are parsed), not the
generator.  Pure Python 3.  Prints OK and exits 0 when everything holds."""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"}
MAX_EDIT = 16


class Fail(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return s if isinstance(s, D) else D(str(s).replace(",", ""))


def decimals(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def agrees(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = dec(stated.rstrip("%"))
    return abs(computed - v) <= D("0.5") * D(10) ** (-decimals(stated)) + D("1e-9")


def need(cond, msg):
    if not cond:
        raise Fail(msg)


def check_eq(stated, computed, what):
    need(agrees(stated, computed), f"{what}: stated {stated}, computed {computed:.4f}")


# ---------------------------------------------------------------- grid tables
def dw(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def tables(text):
    """All grid tables of the text as lists of rows (header row first); row = list of cell strings.
    Cells wrapped over several lines are joined; a cell spanning rows is repeated in each row."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith("+-"):
            j = i
            while j < len(lines) and lines[j][:1] in ("+", "|"):
                j += 1
            out.append(parse_grid(lines[i:j]))
            i = j
        else:
            i += 1
    return out


def cols(line):
    """Map display column -> character (wide characters occupy two columns, the second is '')."""
    res = []
    for ch in line:
        res.append(ch)
        if dw(ch) == 2:
            res.append("")
    return res


def parse_grid(block):
    top = cols(block[0])
    bounds = [k for k, ch in enumerate(top) if ch == "+"]
    n = len(bounds) - 1
    acc = [[] for _ in range(n)]
    pending = [[] for _ in range(n)]  # row indexes waiting for a spanning cell's text
    rows = []
    for line in block[1:]:
        cc = cols(line)
        need(len(cc) == len(top), f"grid line of wrong width: {line!r}")
        segs = ["".join(cc[bounds[c] + 1:bounds[c + 1]]) for c in range(n)]
        border = [bool(s) and set(s) <= {"-"} or bool(s) and set(s) <= {"="} for s in segs]
        for c in range(n):
            need(cc[bounds[c]] in "+|" and cc[bounds[c + 1]] in "+|", f"broken grid boundary: {line!r}")
        if not any(border):
            for c in range(n):
                acc[c].append(segs[c].strip())
            continue
        need(border[-1], f"row separator must close the last column: {line!r}")
        row = [None] * n
        rows.append(row)
        r = len(rows) - 1
        for c in range(n):
            if border[c]:
                textc = "".join(acc[c])
                for rr in pending[c] + [r]:
                    rows[rr][c] = textc
                acc[c], pending[c] = [], []
            else:
                pending[c].append(r)
                acc[c].append(segs[c].strip())
    need(all(not p for p in pending), "spanning cell not closed at the table end")
    return rows


def find_table(text, *header_words):
    for t in tables(text):
        head = "".join(t[0])
        if all(w in head for w in header_words):
            return t
    raise Fail(f"no table with header {header_words}")


def colidx(table, *names):
    for k, h in enumerate(table[0]):
        if any(h == n or h.startswith(n) for n in names):
            return k
    raise Fail(f"no column {names} in {table[0]}")


# ---------------------------------------------------------------- indicator rows
VAL = re.compile(r"^(≥|≤|=|＞|＜|>|<)?([\d,]+(?:\.\d+)?)(.*)$")


def parse_val(s):
    m = VAL.match(s)
    if not m:
        return None
    sign = {"≥": "gte", ">": "gte", "＞": "gte", "≤": "lte", "<": "lte", "＜": "lte"}.get(m.group(1), "eq")
    return sign, dec(m.group(2)), m.group(3)


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def rule_score(direction, t, a, w):
    if direction == "lte":
        return w if a <= t else w * t / a
    if direction == "eq" and t == 0:
        return w if a <= 0 else D(0)
    return min(w, w * max(a, D(0)) / t)


def grade(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_indicators(text, exec_from_funds=None):
    """Weights to 100, scores per rule, completion column, total row; returns the total score string."""
    t = find_table(text, "三级指标", "分值", "得分")
    ci = {k: colidx(t, *v) for k, v in {
        "l1": ("一级指标",), "name": ("三级指标",), "target": ("年度指标值", "指标值"),
        "actual": ("实际完成值",), "w": ("分值",), "s": ("得分",)}.items()}
    comp = None
    try:
        comp = colidx(t, "完成率")
    except Fail:
        pass
    body = [r for r in t[1:] if r[ci["l1"]] not in ("总分", "合计")]
    total = [r for r in t[1:] if r[ci["l1"]] in ("总分", "合计")]
    need(len(total) == 1, "one total row expected")
    wsum, ssum = D(0), D(0)
    if exec_from_funds is not None:
        wsum += exec_from_funds[0]
        ssum += exec_from_funds[1]
    sums1 = defaultdict(D)
    for r in body:
        w, s = dec(r[ci["w"]]), dec(r[ci["s"]])
        wsum += w
        ssum += s
        sums1[r[ci["l1"]]] += w
        need(D(0) <= s <= w, f"{r[ci['name']]}: score {s} outside [0, {w}]")
        tv, av = parse_val(r[ci["target"]]), parse_val(r[ci["actual"]])
        if tv is None or av is None:  # qualitative row
            if "部分达成" in r[ci["actual"]]:
                need(w * D("0.6") <= s < w * D("0.8"), f"{r[ci['name']]}: 部分达成 band")
            continue
        need(tv[2] == av[2], f"{r[ci['name']]}: unit {tv[2]!r} vs {av[2]!r}")
        check_eq(r[ci["s"]], rule_score(tv[0], tv[1], av[1], w), f"{r[ci['name']]} score")
        if comp is not None:
            check_eq(r[comp], completion(tv[0], tv[1], av[1]), f"{r[ci['name']]} 完成率")
    tw, ts = total[0][ci["w"]], total[0][ci["s"]]
    need(dec(tw) == 100 and wsum == 100, f"weights sum to {wsum}, total row {tw}")
    check_eq(ts, ssum, "total score")
    return ts, dict(sums1)


GRADE = re.compile(r"(\d+(?:\.\d+)?)分，(?:自评|评价)?等级为“?(优秀|良好|中等|较差|优|良|中|差)")


def check_grades(text, total):
    found = GRADE.findall(text)
    need(found, "no score + grade sentence")
    need(any(s == total for s, _ in found), f"total {total} not stated with its grade in the text")
    for s, g in found:
        need(grade(dec(s)) == g[0], f"grade {g} for {s}")


def mof_funds(text):
    """MOF funds block: rates, execution score, component sums; returns (weight, score) of the total row."""
    t = find_table(text, "年初预算数", "全年执行数", "执行率")
    c_ini, c_ann, c_exe = colidx(t, "年初预算数"), colidx(t, "全年预算数"), colidx(t, "全年执行数")
    c_rate, c_w, c_s = colidx(t, "执行率"), colidx(t, "分值"), colidx(t, "得分")
    rows = t[1:]
    tot, parts = rows[0], rows[1:]
    for c in (c_ini, c_ann, c_exe):
        check_eq(tot[c], sum(dec(r[c]) for r in parts), f"funds column {t[0][c]} sum")
    for r in rows:
        ann, exe = dec(r[c_ann]), dec(r[c_exe])
        if ann == 0:
            need(r[c_rate] in ("—", "-", "/", ""), f"{r[0]}: rate on zero base {r[c_rate]}")
        else:
            check_eq(r[c_rate], exe / ann * 100, f"{r[0]} 执行率")
            need(exe <= ann, f"{r[0]}: executed above budget")
    rate = dec(tot[c_exe]) / dec(tot[c_ann])
    check_eq(tot[c_s], dec(tot[c_w]) * min(rate, D(1)), "execution score")
    return dec(tot[c_w]), dec(tot[c_s]), tot


def g(text, pattern, n=1):
    """Groups of the single match of pattern (must match exactly once)."""
    ms = list(re.finditer(pattern, text))
    need(len(ms) == 1, f"pattern {pattern!r} matched {len(ms)} times")
    return ms[0].groups() if n > 1 else ms[0].group(1)


def sum_of(*xs):
    return sum((dec(x) for x in xs), D(0))


def pct(a, b):
    return dec(a) / dec(b) * 100


def table_rows(t, key=0):
    return {r[key]: r for r in t[1:]}


# ---------------------------------------------------------------- per-project checks
def p_longzhou(t):
    w, s, tot = mof_funds(t)
    total, sums1 = check_indicators(t, (w, s))
    check_grades(t, total)
    a = g(t, r"全年预算数调整为([\d.]+)万元，其中县本级财政安排([\d.]+)万元、中央补助地方法律援助办案专款([\d.]+)万元、"
             r"自治区法律援助专项补助([\d.]+)万元、上年结转资金([\d.]+)万元", 5)
    check_eq(a[0], sum_of(*a[1:]), "全年预算 components")
    need(a[0] == tot[2], "全年预算 text vs table")
    y = g(t, r"与2018年全年预算([\d.]+)万元相比，增加([\d.]+)万元，增长([\d.]+)%", 3)
    check_eq(y[1], dec(a[0]) - dec(y[0]), "increase")
    check_eq(y[2], (dec(a[0]) - dec(y[0])) / dec(y[0]) * 100, "growth")
    rec = g(t, r"全年资金到位([\d.]+)万元，到位率([\d.]+)%", 2)
    check_eq(rec[1], pct(rec[0], a[0]), "到位率")
    sp = g(t, r"2019年项目实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中当年财政拨款支出([\d.]+)万元，上年结转资金支出([\d.]+)万元", 4)
    check_eq(sp[1], pct(sp[0], a[0]), "执行率 text")
    check_eq(sp[0], sum_of(sp[2], sp[3]), "支出 by source")
    u = g(t, r"办案补贴([\d.]+)万元（320件）；支付2018年12月办结、结转至本年审核发放的案件补贴([\d.]+)万元（19件）；"
             r"支付值班律师补贴([\d.]+)万元（(\d+)个值班日）；案件质量评查及受援人回访费用([\d.]+)万元（专家评查费(\d+)元、电话及上门回访费用(\d+)元）", 7)
    check_eq(sp[0], sum_of(u[0], u[1], u[2], u[4]), "支出 by use")
    check_eq(u[2], dec(u[3]) * 200 / 10000, "值班补贴 = days x 200元")
    check_eq(u[4], (dec(u[5]) + dec(u[6])) / 10000, "评查回访 元 -> 万元")
    check_eq(u[1], (6 * 1100 + 13 * 1300) / D(10000), "2018 cases 6 刑事 + 13 民事")
    ct = find_table(t, "案件类型", "补贴标准")
    rows = ct[1:-1]
    for r in rows:
        check_eq(r[4], dec(r[3]) * dec(r[2]) / 10000, f"{r[0]} 件数 x 标准")
    for c in (1, 3, 4):
        check_eq(ct[-1][c], sum(dec(r[c]) for r in rows), f"cases column {ct[0][c]}")
    need(ct[-1][3] == "320" and u[0] == ct[-1][4], "320 cases / 38.10 text vs table")
    bal = g(t, r"年末未支出([\d.]+)万元，系2019年12月下旬办结的(\d+)件案件（刑事(\d+)件、民事(\d+)件）", 4)
    check_eq(bal[0], dec(a[0]) - dec(sp[0]), "年末未支出")
    need(int(bal[1]) == int(bal[2]) + int(bal[3]), "20 = 11 + 9")
    need(int(bal[2]) == int(rows[0][1]) - int(rows[0][3]) and int(bal[3]) == int(rows[1][1]) - int(rows[1][3]),
         "unpaid cases = 办结 - 发放")
    check_eq(bal[0], (dec(bal[2]) * 1100 + dec(bal[3]) * 1300) / 10000, "carried subsidy amount")
    need("结转至2020年" in t, "carry-forward year")
    q = g(t, r"全年受理法律援助案件(\d+)件，办结(\d+)件，较2018年的(\d+)件增长([\d.]+)%。其中刑事案件(\d+)件，占([\d.]+)%；民事案件(\d+)件；行政案件(\d+)件", 8)
    check_eq(q[3], (dec(q[1]) - dec(q[2])) / dec(q[2]) * 100, "case growth")
    check_eq(q[5], pct(q[4], q[1]), "刑事 share")
    need(int(q[1]) == int(q[4]) + int(q[6]) + int(q[7]) == int(ct[-1][1]), "办结 by type")
    check_eq(g(t, r"办结340件，结案率([\d.]+)%"), pct(q[1], q[0]), "结案率")
    check_eq(g(t, r"刑事案件数超出年度目标([\d.]+)%"), pct(q[4], 150) - 100, "刑事 over target")
    e = g(t, r"全年共抽查案卷(\d+)件，评查合格(\d+)件，合格率([\d.]+)%", 3)
    check_eq(e[2], pct(e[1], e[0]), "评查合格率")
    p = g(t, r"全年受援人(\d+)人，较2018年的(\d+)人增加(\d+)人", 3)
    need(int(p[0]) - int(p[1]) == int(p[2]), "受援人 increase")
    lo = g(t, r"取得利益([\d.]+)万元，完成年度目标的([\d.]+)%", 2)
    check_eq(lo[1], pct(lo[0], 1000), "挽回 completion")
    v = g(t, r"回访受援人(\d+)人，表示满意的(\d+)人，满意率([\d.]+)%", 3)
    check_eq(v[2], pct(v[1], v[0]), "满意率")
    c = g(t, r"全年回访(\d+)人，占受援人(\d+)人的([\d.]+)%", 3)
    check_eq(c[2], pct(c[0], c[1]), "回访覆盖")
    need(c[1] == p[0], "受援人 in problems")
    sc = g(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总得分([\d.]+)分", 5)
    check_eq(sc[4], sum_of(*sc[:4]), "text total")
    need(sc[4] == total and dec(sc[0]) == s, "text total/execution score vs table")
    for rate in ("95.10%",):
        need(rate == tot[5], "执行率 text vs table")
    return 8


def p_hainan(t):
    w, s, tot = mof_funds(t)
    total, _ = check_indicators(t, (w, s))
    check_grades(t, total)
    a = g(t, r"于2021年12月下达我省([\d.]+)万元，2022年6月清算下达([\d.]+)万元，中央专款合计([\d.]+)万元；省级配套([\d.]+)万元列入2022年年初预算。"
             r"全年预算数([\d.]+)万元，年初预算数([\d.]+)万元", 6)
    check_eq(a[2], sum_of(a[0], a[1]), "central = advance + settlement")
    check_eq(a[4], sum_of(a[2], a[3]), "annual = central + provincial")
    check_eq(a[5], sum_of(a[0], a[3]), "initial = advance + provincial")
    need(a[4] == tot[2] and a[5] == tot[1], "budget text vs funds table")
    o = g(t, r"中央专款([\d.]+)万元和省级配套([\d.]+)万元组成，其中中央专款较2021年的([\d.]+)万元增加([\d.]+)万元，增长([\d.]+)%", 5)
    need(o[0] == a[2] and o[1] == a[3], "overview amounts")
    check_eq(o[3], dec(o[0]) - dec(o[2]), "central increase")
    check_eq(o[4], (dec(o[0]) - dec(o[2])) / dec(o[2]) * 100, "central growth")
    d = g(t, r"下达市县([\d.]+)万元，占全部资金的([\d.]+)%，省本级保留([\d.]+)万元", 3)
    check_eq(d[1], pct(d[0], a[4]), "share to counties")
    check_eq(a[4], sum_of(d[0], d[2]), "counties + province")
    sp = g(t, r"全省项目资金支出([\d.]+)万元，执行率([\d.]+)%。其中中央专款支出([\d.]+)万元，执行率([\d.]+)%；省级配套支出([\d.]+)万元，执行率([\d.]+)%。"
              r"市县支出([\d.]+)万元，省本级支出([\d.]+)万元。年末未支出([\d.]+)万元", 9)
    check_eq(sp[1], pct(sp[0], a[4]), "total rate")
    check_eq(sp[3], pct(sp[2], a[2]), "central rate")
    check_eq(sp[5], pct(sp[4], a[3]), "provincial rate")
    check_eq(sp[0], sum_of(sp[2], sp[4]), "spent by source")
    check_eq(sp[0], sum_of(sp[6], sp[7]), "spent by level")
    check_eq(sp[8], dec(a[4]) - dec(sp[0]), "unspent")
    need(sp[0] == tot[3], "spent text vs table")
    dt = find_table(t, "市县（单位）", "分配资金")
    rows, last = dt[1:-1], dt[-1]
    for c in (1, 2, 3):
        check_eq(last[c], sum(dec(r[c]) for r in rows), f"distribution column {dt[0][c]}")
    for r in dt[1:]:
        check_eq(r[4], pct(r[3], r[1]), f"{r[0]} 支出率")
    check_eq(d[0], sum(dec(r[1]) for r in rows[:-1]), "counties allocation = rows without province")
    check_eq(sp[6], sum(dec(r[3]) for r in rows[:-1]), "counties spent")
    need(rows[-1][1] == d[2] and rows[-1][3] == sp[7], "province row")
    need(g(t, r"省法律援助中心支出率仅([\d.]+)%") + "%" == rows[-1][4], "province rate in problems")
    pr = g(t, r"全省受理法律援助案件(\d+)件，全年共办结法律援助案件(\d+)件，较2021年的(\d+)件增长([\d.]+)%，结案率([\d.]+)%。其中刑事法律援助案件(\d+)件，占([\d.]+)%", 7)
    check_eq(pr[3], (dec(pr[1]) - dec(pr[2])) / dec(pr[2]) * 100, "case growth")
    check_eq(pr[4], pct(pr[1], pr[0]), "结案率")
    check_eq(pr[6], pct(pr[5], pr[1]), "刑事 share")
    need(pr[1] == last[2], "办结 text vs distribution table")
    need(g(t, r"全省(\d+)件办结案件") == pr[1], "办结 in 经验做法")
    ev = g(t, r"抽查案件(\d+)件，评估为优良的(\d+)件，优良率([\d.]+)%", 3)
    check_eq(ev[2], pct(ev[1], ev[0]), "优良率")
    qs = g(t, r"回访满意率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，全年平均([\d.]+)%", 5)
    check_eq(qs[4], sum_of(*qs[:4]) / 4, "quarterly average")
    ded = g(t, r"值班律师提供法律帮助人次未达目标（扣([\d.]+)分）和预算执行率未达100%（扣([\d.]+)分）", 2)
    check_eq(ded[0], 7 - dec("6.71"), "deduction 1")
    check_eq(ded[1], 10 - s, "deduction 2")
    check_eq(total, 100 - dec(ded[0]) - dec(ded[1]), "100 - deductions")
    need(sum_of("60", "30", "10") == 100, "factor weights")
    return 9


def p_sinan(t):
    ft = find_table(t, "行次", "中央", "县级")
    R = {r[1]: r for r in ft[1:]}
    for key in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        check_eq(R[key][2], sum(dec(x) for x in R[key][3:]), f"row {key} 合计")
    for c in range(2, 6):
        check_eq(R["(5)=(3)-(4)"][c], dec(R["(3)"][c]) - dec(R["(4)"][c]), f"col {ft[0][c]} 结余")
        check_eq(R["(6)=(3)/(2)"][c], pct(R["(3)"][c], R["(2)"][c]), f"col {ft[0][c]} 到位率")
        check_eq(R["(7)=(4)/(2)"][c], pct(R["(4)"][c], R["(2)"][c]), f"col {ft[0][c]} 执行率")
    total, _ = check_indicators(t)
    check_grades(t, total)
    it = find_table(t, "三级指标", "分值", "得分")
    ex = [r for r in it[1:] if r[0] == "预算执行"][0]
    need(ex[4] == R["(7)=(4)/(2)"][2] + "%", "execution rate table vs funds table")
    b = g(t, r"年初安排法律援助经费([\d.]+)万元.*?中央补助地方法律援助办案专款([\d.]+)万元.*?省级法律援助补助([\d.]+)万元.*?全年预算数调整为([\d.]+)万元。"
             r"截至2024年12月31日，实际到位资金([\d.]+)万元，到位率([\d.]+)%，其中省级补助到位([\d.]+)万元，尚有([\d.]+)万元未到位", 8)
    check_eq(b[3], sum_of(b[0], b[1], b[2]), "annual budget")
    check_eq(b[5], pct(b[4], b[3]), "到位率")
    check_eq(b[7], dec(b[2]) - dec(b[6]), "not received")
    check_eq(b[4], dec(b[3]) - dec(b[7]), "received")
    need([b[0], b[3], b[4]] == [R["(1)"][2], R["(2)"][2], R["(3)"][2]], "text vs funds table")
    sp = g(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中办案补贴([\d.]+)万元，认罪认罚案件值班律师法律帮助补贴([\d.]+)万元（(\d+)件，每件(\d+)元），案件质量评估及受援人回访费用([\d.]+)万元", 7)
    check_eq(sp[1], pct(sp[0], b[3]), "执行率")
    check_eq(sp[0], sum_of(sp[2], sp[3], sp[6]), "支出 by use")
    check_eq(sp[3], dec(sp[4]) * dec(sp[5]) / 10000, "值班 件 x 元")
    gap = g(t, r"全年预算数与执行数相差([\d.]+)万元，其中省级补助未到位([\d.]+)万元、到位未支出([\d.]+)万元", 3)
    check_eq(gap[0], dec(b[3]) - dec(sp[0]), "gap")
    check_eq(gap[0], sum_of(gap[1], gap[2]), "gap parts")
    bal = g(t, r"到位资金([\d.]+)万元，支出([\d.]+)万元，年末结余([\d.]+)万元，已申请结转至(\d+)年", 4)
    check_eq(bal[2], dec(bal[0]) - dec(bal[1]), "结余")
    need(bal[2] == R["(5)=(3)-(4)"][2] == gap[2], "结余 repeated")
    need(int(bal[3]) == 2025, "carry-forward year")
    ct = find_table(t, "案件类别", "补贴标准")
    rows = ct[1:-1]
    for r in rows:
        check_eq(r[3], dec(r[1]) * dec(r[2]) / 10000, f"{r[0]} 件数 x 标准")
    for c in (1, 3):
        check_eq(ct[-1][c], sum(dec(r[c]) for r in rows), f"cases column {ct[0][c]}")
    need(ct[-1][3] == sp[2], "办案补贴 text vs table")
    o = g(t, r"新受理法律援助案件(\d+)件，办结(\d+)件（含2023年结转案件(\d+)件），当年受理案件结案率([\d.]+)%，办结数完成年度目标的([\d.]+)%", 5)
    check_eq(o[3], (dec(o[1]) - dec(o[2])) / dec(o[0]) * 100, "结案率 of this year's cases")
    check_eq(o[4], pct(o[1], 400), "办结 completion")
    need(o[1] == ct[-1][1], "办结 = paid cases")
    check_eq(g(t, r"提供法律帮助(\d+)件，完成目标的([\d.]+)%", 2)[1], pct(sp[4], 650), "值班 completion")
    e = g(t, r"抽查案卷(\d+)件，评估合格(\d+)件，合格率([\d.]+)%", 3)
    check_eq(e[2], pct(e[1], e[0]), "评估合格率")
    p = g(t, r"全年受援人(\d+)人，较2023年的(\d+)人增长([\d.]+)%", 3)
    check_eq(p[2], (dec(p[0]) - dec(p[1])) / dec(p[1]) * 100, "受援人 growth")
    lo = g(t, r"取得利益([\d.]+)万元，完成年度目标的([\d.]+)%", 2)
    check_eq(lo[1], pct(lo[0], 600), "挽回 completion")
    v = g(t, r"回访(\d+)人，满意(\d+)人，满意率([\d.]+)%", 3)
    check_eq(v[2], pct(v[1], v[0]), "满意率")
    sc = g(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，总得分([\d.]+)分", 5)
    check_eq(sc[4], sum_of(*sc[:4]), "text total")
    need(sc[4] == total and sc[0] == ex[7], "text vs table")
    need(re.search(r"绩效自评表（2024年度）", t), "table year")
    return 10


def p_wuzhou(t):
    ft = find_table(t, "支出类别", "年初预算数")
    R = table_rows(ft)
    for c in (1, 2, 3):
        check_eq(R["合计"][c], sum_of(R["一、基本支出"][c], R["二、项目支出"][c]), f"合计 col {c}")
        check_eq(R["一、基本支出"][c], sum_of(R["其中：人员经费"][c], R["公用经费"][c]), f"基本 col {c}")
    for r in ft[1:]:
        check_eq(r[4], pct(r[3], r[2]), f"{r[0]} 执行率")
    total, sums1 = check_indicators(t)
    check_grades(t, total)
    a = g(t, r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元。"
             r"年中追加中央和自治区法律援助补助([\d.]+)万元（中央([\d.]+)万元、自治区([\d.]+)万元），全部用于法律援助办案补贴，全年预算调整为([\d.]+)万元，其中项目支出([\d.]+)万元", 10)
    check_eq(a[0], sum_of(a[1], a[4]), "年初 total")
    check_eq(a[1], sum_of(a[2], a[3]), "基本 parts")
    check_eq(a[5], sum_of(a[6], a[7]), "追加 parts")
    check_eq(a[8], sum_of(a[0], a[5]), "全年 = 年初 + 追加")
    check_eq(a[9], sum_of(a[4], a[5]), "项目 = 年初项目 + 追加")
    need([a[0], a[8], a[9]] == [R["合计"][1], R["合计"][2], R["二、项目支出"][2]], "text vs funds table")
    sp = g(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），执行率([\d.]+)%；项目支出([\d.]+)万元，执行率([\d.]+)%", 8)
    check_eq(sp[0], sum_of(sp[2], sp[6]), "支出 parts")
    check_eq(sp[2], sum_of(sp[3], sp[4]), "基本支出 parts")
    check_eq(sp[1], pct(sp[0], a[8]), "执行率")
    check_eq(sp[5], pct(sp[2], a[1]), "基本 执行率")
    check_eq(sp[7], pct(sp[6], a[9]), "项目 执行率")
    bal = g(t, r"全年预算([\d.]+)万元，实际支出([\d.]+)万元，年末结余([\d.]+)万元。", 3)
    check_eq(bal[2], dec(bal[0]) - dec(bal[1]), "结余")
    check_eq(g(t, r"基本支出结余([\d.]+)万元"), dec(a[1]) - dec(sp[2]), "基本 结余")
    need(bal[0] == a[8] and bal[1] == sp[0], "结余 sentence amounts")
    tg = g(t, r"“三公”经费支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元，无因公出国（境）费用，较2022年的([\d.]+)万元下降([\d.]+)%", 5)
    check_eq(tg[0], sum_of(tg[1], tg[2]), "三公 parts")
    check_eq(tg[4], (dec(tg[3]) - dec(tg[0])) / dec(tg[3]) * 100, "三公 decrease")
    pt = find_table(t, "项目名称", "项目自评")
    rows = pt[1:-1]
    for c in (1, 2):
        check_eq(pt[-1][c], sum(dec(r[c]) for r in rows), f"project column {c}")
    for r in pt[1:]:
        check_eq(r[3], pct(r[2], r[1]), f"{r[0]} 执行率")
    need(pt[-1][1] == a[9] and pt[-1][2] == sp[6], "projects vs funds")
    check_eq(g(t, r"3个项目平均自评得分([\d.]+)分"), sum(dec(r[4]) for r in rows) / 3, "average score")
    check_eq(g(t, r"相应资金([\d.]+)万元未支出"), dec(rows[2][1]) - dec(rows[2][2]), "工作站 unspent")
    q = g(t, r"全年受理法律援助案件(\d+)件，办结(\d+)件，结案率([\d.]+)%。其中刑事案件(\d+)件、民事案件(\d+)件、行政案件(\d+)件。抽查案卷(\d+)件，评查优良(\d+)件，优良率([\d.]+)%", 9)
    check_eq(q[2], pct(q[1], q[0]), "结案率")
    need(int(q[1]) == int(q[3]) + int(q[4]) + int(q[5]), "办结 by type")
    check_eq(q[8], pct(q[7], q[6]), "优良率")
    check_eq(g(t, r"接听咨询(\d+)人次，完成年度目标的([\d.]+)%", 2)[1], pct("21360", "24000"), "热线 completion")
    p = g(t, r"全年为(\d+)名受援人提供法律援助，较2022年的(\d+)人增长([\d.]+)%", 3)
    check_eq(p[2], (dec(p[0]) - dec(p[1])) / dec(p[1]) * 100, "受援人 growth")
    it = find_table(t, "三级指标", "分值", "得分")
    need([r for r in it[1:] if r[2] == "受援人数"][0][4] == p[0] + "人", "受援人 text vs table")
    lo = g(t, r"取得利益([\d.]+)万元，完成目标的([\d.]+)%", 2)
    check_eq(lo[1], pct(lo[0], 3000), "挽回 completion")
    v = g(t, r"回访受援人(\d+)人，满意(\d+)人，满意率([\d.]+)%", 3)
    check_eq(v[2], pct(v[1], v[0]), "满意率")
    ws = g(t, r"预算执行率(\d+)分，产出指标(\d+)分（数量(\d+)分、质量(\d+)分、时效(\d+)分、成本(\d+)分），效益指标(\d+)分（社会效益(\d+)分、可持续影响(\d+)分），满意度指标(\d+)分", 10)
    check_eq(ws[1], sum_of(*ws[2:6]), "产出 二级 weights")
    check_eq(ws[6], sum_of(ws[7], ws[8]), "效益 二级 weights")
    check_eq("100", sum_of(ws[0], ws[1], ws[6], ws[9]), "一级 weights")
    need(dec(ws[1]) == sums1["产出指标"] and dec(ws[6]) == sums1["效益指标"], "weights text vs table")
    # 二级 weights from the table
    l2 = defaultdict(D)
    for r in it[1:]:
        if r[0] == "产出指标":
            l2[r[1][:2]] += dec(r[5])
    need([l2["数量"], l2["质量"], l2["时效"], l2["成本"]] == [dec(x) for x in ws[2:6]], "二级 weights vs table")
    sc = g(t, r"预算执行率得分([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，2023年度部门整体支出自评得分([\d.]+)分", 5)
    check_eq(sc[4], sum_of(*sc[:4]), "text total")
    need(sc[4] == total, "text total vs table")
    return 11


def p_panzhou(t):
    w, s, tot = mof_funds(t)
    total, sums1 = check_indicators(t, (w, s))
    check_grades(t, total)
    a = g(t, r"年初预算安排([\d.]+)万元.*?中央补助地方法律援助办案专款([\d.]+)万元、省级法律援助补助([\d.]+)万元下达我市后，市财政相应调减本级安排([\d.]+)万元，"
             r"本级安排由([\d.]+)万元调整为([\d.]+)万元，项目全年预算调整为([\d.]+)万元，其中中央补助([\d.]+)万元、省级补助([\d.]+)万元、市级([\d.]+)万元", 10)
    check_eq(a[6], dec(a[0]) + dec(a[1]) + dec(a[2]) - dec(a[3]), "annual = initial + grants - cut")
    check_eq(a[5], dec(a[4]) - dec(a[3]), "本级 after cut")
    check_eq(a[6], sum_of(a[7], a[8], a[9]), "annual by source")
    need(a[0] == tot[1] and a[6] == tot[2], "text vs funds table")
    sp = g(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，其中中央补助支出([\d.]+)万元、省级补助支出([\d.]+)万元、市级资金支出([\d.]+)万元。"
              r"按用途分，支付办案补贴([\d.]+)万元，支付看守所法律援助工作站值班律师补贴([\d.]+)万元（(\d+)个值班日，每日(\d+)元）。年末结余([\d.]+)万元", 10)
    check_eq(sp[1], pct(sp[0], a[6]), "执行率")
    check_eq(sp[0], sum_of(sp[2], sp[3], sp[4]), "支出 by source")
    check_eq(sp[0], sum_of(sp[5], sp[6]), "支出 by use")
    check_eq(sp[6], dec(sp[7]) * dec(sp[8]) / 10000, "值班 days x 元")
    check_eq(sp[9], dec(a[6]) - dec(sp[0]), "结余")
    need(sp[0] == tot[3] and sp[1] + "%" == tot[5], "spent text vs table")
    ct = find_table(t, "案件类型", "补贴标准")
    rows = ct[1:-1]
    for r in rows:
        check_eq(r[3], dec(r[1]) * dec(r[2]) / 10000, f"{r[0]} 件数 x 标准")
    for c in (1, 3):
        check_eq(ct[-1][c], sum(dec(r[c]) for r in rows), f"cases column {ct[0][c]}")
    need(ct[-1][3] == sp[5], "办案补贴 text vs table")
    q = g(t, r"全年受理法律援助案件(\d+)件，办结(\d+)件，结案率([\d.]+)%，较2017年的(\d+)件增长([\d.]+)%。其中刑事案件(\d+)件、民事案件(\d+)件、行政案件(\d+)件。办理农民工讨薪案件(\d+)件，完成年度目标的([\d.]+)%", 10)
    check_eq(q[2], pct(q[1], q[0]), "结案率")
    check_eq(q[4], (dec(q[1]) - dec(q[3])) / dec(q[3]) * 100, "case growth")
    need(int(q[1]) == int(q[5]) + int(q[6]) + int(q[7]) == int(ct[-1][1]), "办结 by type")
    check_eq(q[9], pct(q[8], 120), "农民工 completion")
    p = g(t, r"全年受援人(\d+)人")
    it = find_table(t, "三级指标", "分值", "得分")
    need([r for r in it[1:] if r[2] == "受援人数"][0][4] == p + "人", "受援人 text vs table")
    lo = g(t, r"取得利益([\d.]+)万元，完成目标的([\d.]+)%", 2)
    check_eq(lo[1], pct(lo[0], 900), "挽回 completion")
    v = g(t, r"回访受援人(\d+)人，满意(\d+)人，满意率([\d.]+)%", 3)
    check_eq(v[2], pct(v[1], v[0]), "满意率")
    ws = g(t, r"预算执行率权重(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", 4)
    check_eq("100", sum_of(*ws), "一级 weights text")
    need(dec(ws[1]) == sums1["产出指标"] and dec(ws[2]) == sums1["效益指标"], "weights text vs table")
    sc = g(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总得分([\d.]+)分", 5)
    check_eq(sc[4], sum_of(*sc[:4]), "text total")
    need(sc[4] == total and dec(sc[0]) == s, "text total vs table")
    l1 = defaultdict(D)
    for r in it[1:]:
        if r[0] not in ("总分",):
            l1[r[0]] += dec(r[6])
    need(l1["产出指标"] == dec(sc[1]) and l1["效益指标"] == dec(sc[2]), "level scores vs table")
    need(re.search(r"相差([\d.]+)万元", t).group(1) == str(dec(a[0]) - dec(a[6])), "年初 - 全年")
    return 9


CHECKS = {
    "longzhou-legalaid-2019": p_longzhou,
    "hainan-legalaidfund-2022": p_hainan,
    "sinan-legalaid-2024": p_sinan,
    "wuzhou-legalaidcentre-2023": p_wuzhou,
    "panzhou-legalaid-2018": p_panzhou,
}


# ---------------------------------------------------------------- set-level checks
def edit_regions(clean, case):
    a, b = clean.split("\n"), case.split("\n")
    need(len(a) == len(b), "an edit must not add or remove lines")
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    regions = []
    for k in diff:
        x, y = a[k], b[k]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        q = 0
        while q < min(len(x), len(y)) - p and x[-1 - q] == y[-1 - q]:
            q += 1
        regions.append((k, x[p:len(x) - q], y[p:len(y) - q]))
    return regions


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    clean_of = {rec["source"]: texts[rec["case"]] for rec in labels if rec["clean"]}
    need(set(clean_of) == set(CHECKS), "five clean drafts")
    codes = Counter()
    code_sources = defaultdict(set)
    per_source = Counter()
    for rec in labels:
        if rec["clean"]:
            need(rec["expected"] == [], "clean case with labels")
            continue
        name, text, clean = rec["case"], texts[rec["case"]], clean_of[rec["source"]]
        per_source[rec["source"]] += 1
        try:
            need(len(rec["expected"]) == 1, f"{name}: exactly one expected error")
            exp = rec["expected"][0]
            need(exp["code"] in CODES and exp["severity"] == "error", f"{name}: code/severity")
            need(set(exp) == {"code", "severity", "value", "explanation"}, f"{name}: label keys")
            v = exp["value"]
            need(text.count(v) == 1, f"{name}: value occurs {text.count(v)} times in the case")
            need(clean.count(v) == 0, f"{name}: value occurs in the clean draft")
            regs = edit_regions(clean, text)
            need(1 <= len(regs) <= 2, f"{name}: {len(regs)} lines edited")
            if len(regs) == 2:
                need(exp["code"] in ("score_exceeds_weight",) and regs[1][0] - regs[0][0] <= 8,
                     f"{name}: two-line edit only for adjacent score rows")
            for k, old, new in regs:
                need(max(len(old), len(new)) <= MAX_EDIT, f"{name}: edit {old!r}->{new!r} longer than {MAX_EDIT}")
                need(old != new, f"{name}: empty edit")
            # the wrong figure sits inside the value
            need(any(new.strip() and new.strip() in v for _, _, new in regs), f"{name}: value does not contain the edit")
            codes[exp["code"]] += 1
            code_sources[exp["code"]].add(rec["source"])
        except Fail as exc:
            problems.append(str(exc))
    for src, n in per_source.items():
        if n != 6:
            problems.append(f"{src}: {n} error cases, expected 6")
    for c in CODES:
        if codes[c] < 2 or len(code_sources[c]) < 2:
            problems.append(f"code {c}: {codes[c]} uses in {len(code_sources[c])} projects")
    for src, fn in CHECKS.items():
        try:
            fn(clean_of[src])
        except Fail as exc:
            problems.append(f"clean {src}: {exc}")
    # information: how many error cases do this script's own clean-draft checks reject?
    caught = 0
    for rec in labels:
        if rec["clean"]:
            continue
        try:
            CHECKS[rec["source"]](texts[rec["case"]])
        except (Fail, KeyError, IndexError, ValueError, ArithmeticError, AttributeError):
            caught += 1
    n_err = sum(1 for r in labels if not r["clean"])
    print(f"codes: {dict(sorted(codes.items()))}")
    print(f"info: the clean-draft checks above reject {caught}/{n_err} error cases")
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
