#!/usr/bin/env python3
"""Verify the n381 set (standard library only).

1. labels: every value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps the label value; the changed figure occurs once in the clean draft (twice for
   conflicting_values); every code of errors.md §A (1-13) is used at least twice.
2. arithmetic: the checks of each draft are redone with decimal.Decimal on every case. A clean draft must
   pass all of them (no error, no warning); an error case must fail its labelled code and no other
   error-level code. Tolerance: rules.md §8 (half a unit of the stated last decimal).
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import EDITS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"\d[\d,]*(?:\.\d+)?"
H = D(100)


# ---------------------------------------------------------------- numbers
def n(s):
    return D(str(s).replace(",", ""))


def nd(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** (-nd(s)) + D("1e-9")


def close(stated, computed):
    return abs(D(computed) - n(stated)) <= tol(stated)


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class Res:
    def __init__(self):
        self.fail = defaultdict(list)
        self.warn = []

    def err(self, code, ok, msg):
        if not ok:
            self.fail[code].append(msg)


def one(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise AssertionError(f"pattern matched {len(ms)} times: {pat}")
    return ms[0].groups()


# ---------------------------------------------------------------- relation helpers
def same(r, a, b, msg):
    """Two mentions of one quantity (I11)."""
    if abs(n(a) - n(b)) <= max(tol(a), tol(b)):
        return
    for k in SCALES:
        if abs(n(a) * k - n(b)) <= max(tol(a) * k, tol(b)):
            r.err("unit_mismatch", False, f"{msg}: {a} vs {b} (power of ten)")
            return
    r.err("conflicting_values", False, f"{msg}: {a} vs {b}")


def sumchk(r, parts, total, msg, code="sum_mismatch", factor=D(1)):
    """total = factor * sum(parts) (I4); a single part or the total off by 10^4/10^8 -> unit_mismatch."""
    vals = [n(p) for p in parts]
    if abs(factor * sum(vals) - n(total)) <= tol(total):
        return
    for i in range(len(vals)):
        for k in SCALES:
            v2 = vals[:i] + [vals[i] * k] + vals[i + 1:]
            if abs(factor * sum(v2) - n(total)) <= tol(total):
                r.err("unit_mismatch", False, f"{msg}: part {parts[i]} off by a power of ten")
                return
    for k in SCALES:
        if abs(factor * sum(vals) - n(total) * k) <= tol(total) * k:
            r.err("unit_mismatch", False, f"{msg}: total {total} off by a power of ten")
            return
    r.err(code, False, f"{msg}: {' + '.join(parts)} = {factor * sum(vals)} != {total}")


def prodsum(r, pairs, factor, total, total_scale, msg):
    """total*total_scale = factor * sum(a*b)  (households x standard x months)."""
    vals = [(n(a), n(b)) for a, b in pairs]
    tgt = n(total) * total_scale
    tl = tol(total) * total_scale

    def ok(vs):
        return abs(factor * sum(a * b for a, b in vs) - tgt) <= tl
    if ok(vals):
        return
    for i in range(len(vals)):
        for k in SCALES:
            v2 = list(vals)
            v2[i] = (vals[i][0], vals[i][1] * k)
            if ok(v2):
                r.err("unit_mismatch", False, f"{msg}: standard {pairs[i][1]} off by a power of ten")
                return
    r.err("sum_mismatch", False, f"{msg}: {factor * sum(a * b for a, b in vals)} != {tgt}")


def ratechk(r, stated, num, den, msg):
    """stated % = num/den (I1/I2); zero base and > 100% are implausible (I5)."""
    if stated in ("—", "-", ""):
        r.err("rate_mismatch", n(den) == 0, f"{msg}: rate missing on a non-zero base")
        return
    if n(den) == 0:
        r.err("implausible_rate", n(stated) == 0, f"{msg}: {stated}% on a zero base")
        return
    comp = n(num) / n(den) * H
    if n(stated) > H or comp > H + D("1e-9"):
        r.err("implausible_rate", False, f"{msg}: {stated}% (computed {comp:.4f}%) above 100%")
        return
    if close(stated, comp):
        return
    for k in SCALES:
        if close(stated, comp * k):
            r.err("unit_mismatch", False, f"{msg}: an amount off by a power of ten")
            return
    r.err("rate_mismatch", False, f"{msg}: stated {stated}%, computed {comp:.4f}%")


def balchk(r, stated, a, b, msg):
    if not close(stated, n(a) - n(b)):
        r.err("balance_mismatch", False, f"{msg}: {a} - {b} = {n(a) - n(b)} != {stated}")


def avgchk(r, stated, items, msg):
    m = sum(n(x) for x in items) / len(items)
    r.err("average_mismatch", close(stated, m), f"{msg}: mean {m:.4f} != {stated}")


def pctrange(r, stated, msg):
    r.err("implausible_rate", D(0) <= n(stated) <= H, f"{msg}: {stated}% outside 0-100%")


BANDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中", "一般": "中",
         "差": "差", "较差": "差", "不合格": "差"}


def gradechk(r, total, word, msg):
    s = n(total)
    band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
    r.err("grade_mismatch", BANDS[word] == band, f"{msg}: {total} -> {band}, stated {word}")


def yearchk(r, ok, msg):
    r.err("year_mismatch", ok, msg)


# ---------------------------------------------------------------- tables
def table(t, header):
    lines = t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header)]
    if len(idx) != 1:
        raise AssertionError(f"table header {header!r} found {len(idx)} times")
    rows = []
    for l in lines[idx[0] + 1:]:
        if "｜" not in l:
            break
        rows.append(l.split("｜"))
    return rows


def ffill(rows, k):
    prev = [""] * k
    for row in rows:
        for j in range(k):
            if row[j] == "":
                row[j] = prev[j]
            else:
                prev[j] = row[j]
                for jj in range(j + 1, k):
                    prev[jj] = ""
    return rows


SIGN = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}
VAL = re.compile(r"^(≥|≤|＞|＜|=|＝|>|<)?\s*(" + NUM + r")\s*(.*)$")


def indicator(r, name, target, actual, weight, score, comp=None, sign=None, unit=None):
    """One indicator row (rules §5, I7, I8, I13)."""
    r.err("score_exceeds_weight", D(0) <= n(score) <= n(weight), f"{name}: score {score} vs weight {weight}")
    mt = VAL.match(target)
    ma = VAL.match(actual)
    if not mt and not ma:  # qualitative
        if not (D("0.6") * n(weight) <= n(score) <= n(weight)):
            r.warn.append(f"{name}: qualitative score {score} outside 60-100% of {weight}")
        return
    if not mt or not ma:
        r.err("unit_mismatch", False, f"{name}: target {target!r} vs actual {actual!r}")
        return
    s = sign if sign is not None else (mt.group(1) or "=")
    tu = unit if unit is not None else mt.group(3)
    au = ma.group(3) if (unit is None or ma.group(3)) else unit
    if tu != au:
        r.err("unit_mismatch", False, f"{name}: target unit {tu!r}, actual unit {au!r}")
        return
    T, A, w = n(mt.group(2)), n(ma.group(2)), n(weight)
    if au == "%":
        pctrange(r, ma.group(2), f"{name} actual")
        if A > H:
            return
    d = SIGN[s]
    if d == "lte":
        compv = H if A <= T else T / A * H
        exp = w if A <= T else w * T / A
    else:
        compv = A / T * H
        exp = w if A >= T else w * A / T
    if comp not in (None, "—"):
        r.err("completion_mismatch", close(comp.rstrip("%"), compv), f"{name}: completion {comp} vs {compv:.4f}")
    alt = [exp]
    if comp not in (None, "—"):
        alt.append(min(w, w * n(comp.rstrip("%")) / H))
    if not any(close(score, a) for a in alt):
        r.warn.append(f"score_rule {name}: {score} vs {q2(exp)}")


# ---------------------------------------------------------------- draft A: Shanxi layout
def check_jiexiu(t):
    r = Res()
    (Y,) = one(t, r"(\d{4})年度公租房运营管理补助资金项目绩效自评报告")
    Y = int(Y)
    (y,) = one(t, r"截至(\d{4})年12月31日")
    yearchk(r, int(y) == Y, f"截至{y}年 in a {Y} report")
    # funds table
    ft = table(t, "项目｜行次｜合计")
    F = {row[1].split("=")[0]: row[2:] for row in ft}
    cols = ["合计", "小计", "中央", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)"]:
        v = F[k]
        sumchk(r, [v[1], v[6], v[7]], v[0], f"table {k} 合计")
        sumchk(r, v[2:6], v[1], f"table {k} 财政资金小计")
    for j, c in enumerate(cols):
        balchk(r, F["(5)"][j], F["(3)"][j], F["(4)"][j], f"table (5) {c}")
        ratechk(r, F["(6)"][j], F["(3)"][j], F["(2)"][j], f"table (6) {c}")
        ratechk(r, F["(7)"][j], F["(4)"][j], F["(2)"][j], f"table (7) {c}")
    # funds prose
    init, add, ann, cen, ady, adv, prov, loc, carry = one(
        t, r"年初预算(" + NUM + r")万元。年中中央财政追加保障性安居工程补助(" + NUM + r")万元，调整后全年预算(" + NUM +
        r")万元，其中：中央补助(" + NUM + r")万元（含(\d{4})年12月提前下达的(" + NUM + r")万元）、省级补助(" + NUM +
        r")万元、本级财政配套(" + NUM + r")万元、上年结转(" + NUM + r")万元")
    sumchk(r, [init, add], ann, "prose 年初 + 追加 = 全年")
    sumchk(r, [cen, prov, loc, carry], ann, "prose sources")
    yearchk(r, int(ady) == Y - 1, f"advance issued {ady}年12月 for a {Y} budget")
    same(r, init, F["(1)"][0], "年初预算 text/table")
    same(r, ann, F["(2)"][0], "全年预算 text/table")
    same(r, cen, F["(2)"][2], "中央 text/table")
    same(r, adv, F["(1)"][2], "提前下达 = 年初中央")
    same(r, prov, F["(2)"][3], "省级 text/table")
    same(r, loc, F["(2)"][5], "本级 text/县区级 table")
    same(r, carry, F["(2)"][6], "上年结转 text/table")
    same(r, F["(2)"][0], F["(3)"][0], "到位率100% => 到位 = 全年")
    (rr,) = one(t, r"年内资金全部到位，到位率(" + NUM + r")%")
    ratechk(r, rr, F["(3)"][0], F["(2)"][0], "prose 到位率")
    sp, er, bal, cy = one(t, r"全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%；年末结余(" + NUM +
                          r")万元，已按规定结转至(\d{4})年")
    same(r, sp, F["(4)"][0], "执行数 text/table")
    ratechk(r, er, sp, ann, "prose 执行率")
    balchk(r, bal, ann, sp, "prose 结余")
    same(r, bal, F["(5)"][0], "结余 text/table")
    yearchk(r, int(cy) > Y, f"结转至{cy}年 in a {Y} report")
    parts = one(t, r"公租房维修养护费(" + NUM + r")万元，小区物业及管理服务费(" + NUM + r")万元，空置房保洁及安保费(" + NUM +
                r")万元，信息系统运维费(" + NUM + r")万元，入户核查、政策宣传等工作经费(" + NUM + r")万元，合计(" + NUM + r")万元")
    sumchk(r, list(parts[:5]), parts[5], "spending breakdown")
    same(r, parts[5], sp, "breakdown total / 执行数")
    (add2,) = one(t, r"中央追加的(" + NUM + r")万元于10月下达")
    same(r, add2, add, "追加 amount")
    (er2,) = one(t, r"全年执行率(" + NUM + r")%") if "全年执行率" in t else (er,)
    same(r, er2, er, "执行率 restated")
    # indicator table
    it = ffill(table(t, "一级指标｜二级指标｜三级指标｜目标值"), 2)
    rows, tot = it[:-1], it[-1]
    byname = {}
    for row in rows:
        l1, l2, name, tg, ac, cp, w, s = row
        indicator(r, name, tg, ac, w, s, comp=cp)
        byname[name] = row
    sw = sum(n(x[6]) for x in rows)
    ss = sum(n(x[7]) for x in rows)
    r.err("weight_sum_mismatch", sw == n(tot[6]) == 100, f"weights sum {sw}, 合计 {tot[6]}")
    r.err("score_sum_mismatch", close(tot[7], ss), f"scores sum {ss}, 合计 {tot[7]}")
    same(r, byname["预算执行率"][4].rstrip("%"), F["(7)"][0], "执行率 table/funds")
    total, grade = one(t, r"本项目总得分(" + NUM + r")分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    r.err("score_sum_mismatch", close(total, ss), f"text total {total} vs rows {ss}")
    gradechk(r, total, grade, "text grade")
    blocks = one(t, r"预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM +
                 r")分，满意度指标得分(" + NUM + r")分")
    for lab, val in zip(["预算执行", "产出指标", "效益指标", "满意度指标"], blocks):
        bs = sum(n(x[7]) for x in rows if x[0] == lab)
        r.err("score_sum_mismatch", close(val, bs), f"{lab} text {val} vs rows {bs}")
    # prose restatements
    (a,) = one(t, r"政府投资公租房共(" + NUM + r")套")
    same(r, a, byname["纳入运营管理的公租房套数"][4].rstrip("套"), "公租房套数")
    (a,) = one(t, r"全年完成公租房维修养护(" + NUM + r")套次")
    same(r, a, byname["公租房维修养护套次"][4].rstrip("套次"), "维修养护套次")
    (a,) = one(t, r"核查覆盖率(" + NUM + r")%，")
    same(r, a, byname["年度入户核查覆盖率"][4].rstrip("%"), "入户核查覆盖率")
    a, b = one(t, r"平均响应时间(" + NUM + r")小时，比年度目标缩短(" + NUM + r")小时")
    same(r, a, byname["报修响应时间"][4].rstrip("小时"), "响应时间")
    sumchk(r, [a, b], byname["报修响应时间"][3].strip("≤小时"), "响应时间 + 缩短 = 目标")
    a, ly, b, c = one(t, r"公租房出租率(" + NUM + r")%，比(\d{4})年的(" + NUM + r")%提高(" + NUM + r")个百分点")
    same(r, a, byname["公租房出租率"][4].rstrip("%"), "出租率")
    yearchk(r, int(ly) == Y - 1, f"last year {ly}")
    sumchk(r, [b, c], a, "出租率 last year + increase")
    a, b = one(t, r"租金收缴率(" + NUM + r")%，未达到(" + NUM + r")%的年度目标")
    same(r, a, byname["租金收缴率"][4].rstrip("%"), "收缴率")
    same(r, b, byname["租金收缴率"][3].strip("≥%"), "收缴率目标")
    q, q2_, rr, sat = one(t, r"发放问卷(" + NUM + r")份，收回有效问卷(" + NUM + r")份，有效回收率(" + NUM +
                          r")%，综合满意度(" + NUM + r")%")
    ratechk(r, rr, q2_, q, "问卷回收率")
    same(r, sat, byname["承租户满意度"][4].rstrip("%"), "满意度")
    tg = one(t, r"纳入运营管理的公租房不少于(" + NUM + r")套，维修养护不少于(" + NUM + r")套次")
    same(r, tg[0], byname["纳入运营管理的公租房套数"][3].strip("≥套"), "target 套数")
    same(r, tg[1], byname["公租房维修养护套次"][3].strip("≥套次"), "target 套次")
    return r


# ---------------------------------------------------------------- draft B: MOF table (Guizhou)
def check_huichuan(t):
    r = Res()
    (Y,) = one(t, r"(\d{4})年度城镇住房保障家庭租赁补贴项目支出绩效自评报告")
    Y = int(Y)
    (ty,) = one(t, r"（(\d{4})年度）")
    yearchk(r, int(ty) == Y, f"自评表 {ty}年度 vs report {Y}")
    (y,) = one(t, r"截至(\d{4})年12月31日")
    yearchk(r, int(y) == Y, f"截至{y}年")
    (cy,) = one(t, r"已按规定结转至(\d{4})年")
    yearchk(r, int(cy) > Y, f"结转至{cy}年")
    ft = table(t, "项目资金（万元）｜年初预算数")
    keys = ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"]
    F = {row[0].replace("其中：", ""): row[1:] for row in ft if row[0].replace("其中：", "") in keys}
    assert list(F) == keys, list(F)
    tot = F["年度资金总额"]
    subs = [F["当年财政拨款"], F["上年结转资金"], F["其他资金"]]
    for j, c in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        sumchk(r, [s[j] for s in subs], tot[j], f"funds {c}")
    for k, v in F.items():
        ratechk(r, v[4].rstrip("%"), v[2], v[1], f"funds {k} 执行率")
    ex_w, ex_s = tot[3], tot[5]
    indicator(r, "预算执行率", "100%", tot[4], ex_w, ex_s, comp=tot[4])
    # prose funds
    init, fis, carry = one(t, r"年初预算(" + NUM + r")万元，其中当年财政拨款(" + NUM + r")万元、上年结转(" + NUM + r")万元")
    sumchk(r, [fis, carry], init, "prose 年初")
    add, ann = one(t, r"追加中央财政租赁补贴资金(" + NUM + r")万元，全年预算调整为(" + NUM + r")万元")
    sumchk(r, [init, add], ann, "年初 + 追加")
    same(r, init, tot[0], "年初 text/table")
    same(r, ann, tot[1], "全年 text/table")
    same(r, fis, F["当年财政拨款"][0], "财政拨款 年初")
    same(r, carry, F["上年结转资金"][0], "上年结转")
    (dr,) = one(t, r"资金全部到位，到位率(" + NUM + r")%")
    ratechk(r, dr, ann, ann, "到位率 (全部到位)")
    sp, er, bal = one(t, r"全年发放租赁补贴(" + NUM + r")万元，预算执行率(" + NUM + r")%，结余(" + NUM + r")万元")
    same(r, sp, tot[2], "执行数 text/table")
    ratechk(r, er, sp, ann, "prose 执行率")
    balchk(r, bal, ann, sp, "prose 结余 (到位 = 全年)")
    c1, c2, c3 = one(t, r"城市低保家庭发放(" + NUM + r")万元，低收入住房困难家庭发放(" + NUM +
                     r")万元，新就业无房职工和外来务工人员发放(" + NUM + r")万元")
    sumchk(r, [c1, c2, c3], sp, "by category")
    hh, h1, h2, h3 = one(t, r"年末在保家庭(" + NUM + r")户，分别为城市低保家庭(" + NUM + r")户、低收入住房困难家庭(" + NUM +
                         r")户、新就业无房职工和外来务工人员(" + NUM + r")户")
    sumchk(r, [h1, h2, h3], hh, "households by category")
    qs = one(t, r"四个季度末在保户数分别为(" + NUM + r")户、(" + NUM + r")户、(" + NUM + r")户、(" + NUM + r")户，季均在保(" +
             NUM + r")户")
    avgchk(r, qs[4], qs[:4], "季均在保")
    same(r, qs[3], hh, "Q4 = 年末")
    (s1,) = one(t, r"城市低保家庭每户每月(" + NUM + r")元")
    # indicator table
    it = table(t, "一级指标｜二级指标｜三级指标｜年度指标值")
    rows, last = it[:-1], it[-1]
    byname = {}
    for row in rows:
        l1, l2, name, tg, ac, w, s, note = row
        indicator(r, name, tg, ac, w, s)
        byname[name] = row
    sw = n(ex_w) + sum(n(x[5]) for x in rows)
    ss = n(ex_s) + sum(n(x[6]) for x in rows)
    r.err("weight_sum_mismatch", sw == n(last[5]) == 100, f"weights {sw} / {last[5]}")
    r.err("score_sum_mismatch", close(last[6], ss), f"scores {ss} / 总分 {last[6]}")
    same(r, byname["租赁补贴保障户数"][4].rstrip("户"), hh, "保障户数 table/text")
    same(r, byname["城市低保家庭补贴标准"][4].split("元")[0], s1, "低保标准")
    (cr,) = one(t, r"为年度目标的(" + NUM + r")%")
    ratechk_c = n(hh) / n(byname["租赁补贴保障户数"][3].strip("≥户")) * H
    r.err("completion_mismatch", close(cr, ratechk_c), f"completion {cr} vs {ratechk_c}")
    (a,) = one(t, r"认定准确率(" + NUM + r")%；")
    same(r, a, byname["补贴对象认定准确率"][4].rstrip("%"), "准确率")
    (a,) = one(t, r"应保尽保率(" + NUM + r")%。")
    same(r, a, byname["符合条件申请家庭应保尽保率"][4].rstrip("%"), "应保尽保率")
    (a,) = one(t, r"保障对象满意度(" + NUM + r")%。")
    same(r, a, byname["保障对象满意度"][4].rstrip("%"), "满意度")
    exs, ins, total, grade = one(t, r"预算执行率得分(" + NUM + r")分，绩效指标得分(" + NUM + r")分，综合评分(" + NUM +
                                 r")分，评定等级为“(优秀|良好|中等|较差|优|良|中|差)”")
    same(r, exs, ex_s, "执行得分 text/table")
    r.err("score_sum_mismatch", close(ins, sum(n(x[6]) for x in rows)), "绩效指标得分 text vs rows")
    r.err("score_sum_mismatch", close(total, ss), f"text total {total} vs {ss}")
    gradechk(r, total, grade, "text grade")
    return r


# ---------------------------------------------------------------- draft C: Sichuan table
def check_dongpo(t):
    r = Res()
    (Y,) = one(t, r"(\d{4})年度公共租赁住房维修维护项目支出绩效自评报告")
    Y = int(Y)
    (ty,) = one(t, r"附表：(\d{4})年度项目支出绩效自评表")
    yearchk(r, int(ty) == Y, "table year")
    (y,) = one(t, r"截至(\d{4})年12月31日")
    yearchk(r, int(y) == Y, f"截至{y}")
    ft = table(t, "项目资金（万元）｜年初预算数")
    keys = ["年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    F = {row[0].replace("其中：", ""): row[1:] for row in ft if row[0].replace("其中：", "") in keys}
    assert list(F) == keys, list(F)
    tot = F["年度资金总额"]
    subs = [F[k] for k in ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]]
    for j, c in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        sumchk(r, [s[j] for s in subs], tot[j], f"funds {c}")
    for k, v in F.items():
        ratechk(r, v[4].rstrip("%"), v[2], v[1], f"funds {k} 执行率")
    ex_w, ex_s = tot[3], tot[5]
    indicator(r, "预算执行率", "100%", tot[4], ex_w, ex_s, comp=tot[4])
    init, = one(t, r"批复年初预算(" + NUM + r")万元")
    cut, ann = one(t, r"项目预算调减(" + NUM + r")万元，调整后全年预算(" + NUM + r")万元")
    sumchk(r, [ann, cut], init, "全年 + 调减 = 年初")
    same(r, init, tot[0], "年初 text/table")
    same(r, ann, tot[1], "全年 text/table")
    rec, rr = one(t, r"全年财政资金到位(" + NUM + r")万元，到位率(" + NUM + r")%")
    ratechk(r, rr, rec, ann, "到位率")
    sp, er = one(t, r"项目实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    same(r, sp, tot[2], "执行数 text/table")
    ratechk(r, er, sp, ann, "prose 执行率")
    items = re.findall(r"[\u4e00-\u9fa5]+费预算(" + NUM + r")万元、支付(" + NUM + r")万元，支付率(" + NUM + r")%", t)
    assert len(items) == 3, items
    for b, p, rt in items:
        ratechk(r, rt, p, b, f"item {b}")
    sumchk(r, [i[0] for i in items], ann, "item budgets")
    sumchk(r, [i[1] for i in items], sp, "item payments")
    (bal,) = one(t, r"年末结余(" + NUM + r")万元")
    balchk(r, bal, rec, sp, "结余")
    (ry,) = one(t, r"已于(\d{4})年1月按规定交回区财政")
    yearchk(r, int(ry) == Y + 1, "returned next January")
    it = table(t, "一级指标｜二级指标｜三级指标｜指标性质")
    rows, last = it[:-1], it[-1]
    byname = {}
    for row in rows:
        l1, l2, name, sg, tg, un, ac, w, s, note = row
        indicator(r, name, tg, ac, w, s, sign=sg, unit=un)
        byname[name] = row
    sw = n(ex_w) + sum(n(x[7]) for x in rows)
    ss = n(ex_s) + sum(n(x[8]) for x in rows)
    r.err("weight_sum_mismatch", sw == n(last[7]) == 100, f"weights {sw}")
    r.err("score_sum_mismatch", close(last[8], ss), f"scores {ss} vs 总分 {last[8]}")
    exs, ins = one(t, r"项目预算执行率得分(" + NUM + r")分，绩效指标得分(" + NUM + r")分")
    same(r, exs, ex_s, "执行得分 text/table")
    r.err("score_sum_mismatch", close(ins, sum(n(x[8]) for x in rows)), "绩效指标得分 text vs rows")
    (grade,) = one(t, r"自评等级为“(优秀|良好|中等|较差|优|良|中|差)”")
    gradechk(r, last[8], grade, "grade vs table total")
    (a,) = one(t, r"全年实际维修公租房(" + NUM + r")套")
    same(r, a, byname["维修公租房套数"][6], "维修套数")
    a, b = one(t, r"报修处置平均时长(" + NUM + r")小时，户均维修成本(" + NUM + r")万元")
    same(r, a, byname["报修处置平均时长"][6], "时长")
    same(r, b, byname["户均维修成本"][6], "户均成本")
    a, b, c = one(t, r"房屋完好率(" + NUM + r")%，高于(" + NUM + r")%的目标值，完成率(" + NUM + r")%")
    same(r, a, byname["公租房房屋完好率"][6], "完好率")
    same(r, b, byname["公租房房屋完好率"][4], "完好率目标")
    r.err("completion_mismatch", close(c, n(a) / n(b) * H), f"完好率 completion {c}")
    a, b, c = one(t, r"发现的(" + NUM + r")处房屋安全隐患已整改(" + NUM + r")处，整改率(" + NUM + r")%")
    ratechk(r, c, b, a, "整改率")
    same(r, c, byname["房屋安全隐患整改率"][6], "整改率 text/table")
    (a,) = one(t, r"对维修服务的满意度为(" + NUM + r")%")
    same(r, a, byname["承租户对维修服务满意度"][6], "满意度")
    (a,) = one(t, r"完成公租房维修不少于(" + NUM + r")套")
    same(r, a, byname["维修公租房套数"][4], "target 套数")
    return r


# ---------------------------------------------------------------- draft D: Hubei 20 + 80
def check_xiaonan(t):
    r = Res()
    (Y,) = one(t, r"(\d{4})年度公共租赁住房运营管理项目绩效自评报告")
    Y = int(Y)
    (ty,) = one(t, r"孝南区项目支出绩效自评表（(\d{4})年度）")
    yearchk(r, int(ty) == Y, "table year")
    (y,) = one(t, r"截至(\d{4})年12月31日")
    yearchk(r, int(y) == Y, f"截至{y}年 in a {Y} report")
    st, occ, rate = one(t, r"全区在管公租房(" + NUM + r")套，已分配入住(" + NUM + r")套，入住率(" + NUM + r")%")
    ratechk(r, rate, occ, st, "入住率")
    h = one(t, r"分别为(" + NUM + r")户、(" + NUM + r")户和(" + NUM + r")户")
    sumchk(r, list(h), occ, "入住家庭 by category")
    init, add, ann = one(t, r"年初预算(" + NUM + r")万元，7月区财政追加(" + NUM + r")万元[^，]*，全年预算(" + NUM + r")万元")
    sumchk(r, [init, add], ann, "年初 + 追加")
    sp, er, cf, cy = one(t, r"全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%，未支出的(" + NUM +
                         r")万元已结转至(\d{4})年")
    ratechk(r, er, sp, ann, "执行率")
    balchk(r, cf, ann, sp, "结转 (资金全部到位)")
    yearchk(r, int(cy) > Y, f"结转至{cy}")
    (ly,) = one(t, r"(\d{4})年该项目执行率为")
    yearchk(r, int(ly) == Y - 1, "last year")
    parts = one(t, r"维修养护费(" + NUM + r")万元、公共设施设备维护费(" + NUM + r")万元、疫情防控支出(" + NUM +
                r")万元、空置房管理及审核管理等费用(" + NUM + r")万元")
    sumchk(r, list(parts), sp, "spending breakdown")
    same(r, parts[2], add, "疫情防控 = 追加")
    (add2,) = one(t, r"本项目追加的(" + NUM + r")万元疫情防控经费")
    same(r, add2, add, "追加 restated")
    er2, exs = one(t, r"预算执行率(" + NUM + r")%，按20分乘以执行率计得(" + NUM + r")分")
    same(r, er2, er, "执行率 restated")
    it = table(t, "年度目标｜一级指标｜二级指标｜三级指标")
    rows = [x for x in it if not x[0].endswith("小计")]
    subs = [x for x in it if x[0].endswith("小计")]
    byname = {}
    for row in rows:
        g, l1, l2, name, tg, ac, w, s, note = row
        indicator(r, name, tg, ac, w, s)
        byname[name] = row
    ex = byname["预算执行率"]
    same(r, ex[5].rstrip("%"), er, "执行率 table/text")
    same(r, exs, ex[7], "执行得分 text/table")
    for sub in subs:
        g = sub[0].replace("小计", "")
        kids = [x for x in rows if x[0] == g]
        kw = sum(n(x[6]) for x in kids)
        ks = sum(n(x[7]) for x in kids)
        r.err("weight_sum_mismatch", kw == n(sub[6]), f"{g}: rows weigh {kw}, 小计 {sub[6]}")
        r.err("score_sum_mismatch", close(sub[7], ks), f"{g}: rows score {ks}, 小计 {sub[7]}")
        r.err("score_exceeds_weight", n(sub[7]) <= n(sub[6]), f"{g} 小计 score > weight")
        (ps,) = one(t, g + r"完成情况（得分(" + NUM + r")分）")
        same(r, ps, sub[7], f"{g} score text/table")
    total_w = n(ex[6]) + sum(n(s[6]) for s in subs)
    r.err("weight_sum_mismatch", total_w == 100 and n(ex[6]) == 20, f"weights {total_w}")
    ss = n(ex[7]) + sum(n(x[7]) for x in rows if x[0] != "预算执行")
    total, grade = one(t, r"综合得分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    r.err("score_sum_mismatch", close(total, ss), f"text total {total} vs rows {ss}")
    gradechk(r, total, grade, "grade")
    same(r, st, byname["在管公租房套数"][5].rstrip("套"), "在管套数 text/table")
    same(r, rate, byname["公租房分配入住率"][5].rstrip("%"), "入住率 text/table")
    (a,) = one(t, r"平均办结时间为(" + NUM + r")个工作日")
    same(r, a, byname["新申请家庭审核办结时限"][5].replace("个工作日", ""), "办结时间")
    a, c = one(t, r"全年完成维修工单(" + NUM + r")单，完成率(" + NUM + r")%")
    same(r, a, byname["完成维修工单"][5].rstrip("单"), "工单")
    r.err("completion_mismatch", close(c, n(a) / n(byname["完成维修工单"][4].strip("≥单")) * H), "工单 completion")
    (a,) = one(t, r"单套年维修成本(" + NUM + r")元，超过")
    same(r, a, byname["单套年维修成本"][5].rstrip("元"), "维修成本")
    (a,) = one(t, r"房屋设施完好率(" + NUM + r")%，部分")
    same(r, a, byname["房屋设施完好率"][5].rstrip("%"), "完好率")
    q, qq, rr = one(t, r"共发放问卷(" + NUM + r")份，回收有效问卷(" + NUM + r")份，有效回收率(" + NUM + r")%")
    ratechk(r, rr, qq, q, "回收率")
    (a,) = one(t, r"在管公租房不少于(" + NUM + r")套")
    same(r, a, byname["在管公租房套数"][4].strip("≥套"), "target 套数")
    return r


# ---------------------------------------------------------------- draft E: department, Jiangxi
def check_zhangshu(t):
    r = Res()
    (Y,) = one(t, r"(\d{4})年度部门整体支出绩效自评报告")
    Y = int(Y)
    (y,) = one(t, r"本报告数据截至(\d{4})年12月31日")
    yearchk(r, int(y) == Y, f"截至{y}")
    tot, a, b, c = one(t, r"全市政府投资公租房(" + NUM + r")套，分别位于城北安居苑(" + NUM + r")套、药都家园(" + NUM +
                       r")套、福城小区(" + NUM + r")套")
    sumchk(r, [a, b, c], tot, "公租房 by estate")
    occ = one(t, r"入住率分别为(" + NUM + r")%、(" + NUM + r")%、(" + NUM + r")%，平均入住率(" + NUM + r")%")
    for x in occ[:3]:
        pctrange(r, x, "estate occupancy")
    avgchk(r, occ[3], occ[:3], "平均入住率")
    hh, h1, h2, h3 = one(t, r"保障家庭(" + NUM + r")户，分别为城镇低保及特困家庭(" + NUM + r")户、城镇中等偏下收入住房困难家庭(" +
                         NUM + r")户、新就业无房职工和外来务工人员(" + NUM + r")户")
    sumchk(r, [h1, h2, h3], hh, "households by category")
    s1, u1, s2, s3, months, paid = one(t, r"补贴标准分别为每户每月(" + NUM + r")(万元|元)、(" + NUM + r")元和(" + NUM +
                                       r")元，各类对象全年均按(" + NUM + r")个月足额发放，全年发放租赁补贴(" + NUM + r")万元")
    std1 = s1 if u1 == "元" else str(n(s1) * 10000)  # normalise to 元 as written
    prodsum(r, [(h1, std1), (h2, s2), (h3, s3)], n(months), paid, D(10000), "subsidy = Σ 户 × 标准(元) × 月")
    init, adj, ann, gen, carry = one(t, r"部门年初预算(" + NUM + r")万元，[^。]*?调增(" + NUM + r")万元，全年预算(" + NUM +
                                     r")万元，其中一般公共预算拨款(" + NUM + r")万元、上年结转(" + NUM + r")万元")
    sumchk(r, [init, adj], ann, "年初 + 调增")
    sumchk(r, [gen, carry], ann, "sources")
    sp, er, basic, pers, pub, proj = one(t, r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%。其中基本支出(" + NUM +
                                         r")万元（人员经费(" + NUM + r")万元、公用经费(" + NUM + r")万元），项目支出(" + NUM + r")万元")
    ratechk(r, er, sp, ann, "部门执行率")
    sumchk(r, [basic, proj], sp, "基本 + 项目")
    sumchk(r, [pers, pub], basic, "人员 + 公用")
    bal, b1, cy, b2 = one(t, r"年末结余(" + NUM + r")万元，其中公租房维修维护资金(" + NUM + r")万元因2个维修项目跨年实施，结转至(\d{4})年继续使用，其余(" +
                          NUM + r")万元")
    balchk(r, bal, ann, sp, "结余")
    sumchk(r, [b1, b2], bal, "结余 split")
    yearchk(r, int(cy) > Y, f"结转至{cy}")
    (cy2,) = one(t, r"结转至(\d{4})年的")
    yearchk(r, int(cy2) > Y, "结转 restated")
    # items table
    itab = table(t, "序号｜项目名称｜年初预算数")
    items, last = itab[:-1], itab[-1]
    for row in itab:
        ratechk(r, row[5].rstrip("%"), row[4], row[3], f"item {row[1] or '合计'} 执行率")
    for j, c in [(2, "年初"), (3, "全年"), (4, "执行")]:
        sumchk(r, [x[j] for x in items], last[j], f"items {c} column")
    same(r, last[2], init, "年初 table/text")
    same(r, last[3], ann, "全年 table/text")
    same(r, last[4], sp, "执行 table/text")
    same(r, last[5].rstrip("%"), er, "执行率 table/text")
    same(r, items[0][4], basic, "基本支出")
    sumchk(r, [x[4] for x in items[1:]], proj, "项目支出 = items 2-5")
    same(r, items[1][4], paid, "租赁补贴 paid")
    balchk(r, b1, items[2][3], items[2][4], "维修 unspent")
    sumchk(r, [str(n(x[3]) - n(x[4])) for x in items if x is not items[2]], b2, "other unspent")
    # score table
    st = table(t, "一级指标｜二级指标｜三级指标｜年度指标值")
    rows, tl = st[:-1], st[-1]
    byname = {}
    for row in rows:
        l1, l2, name, tg, ac, w, s = row
        indicator(r, name, tg, ac, w, s)
        byname[name] = row
    sw = sum(n(x[5]) for x in rows)
    ss = sum(n(x[6]) for x in rows)
    r.err("weight_sum_mismatch", sw == n(tl[5]) == 100, f"weights {sw}")
    r.err("score_sum_mismatch", close(tl[6], ss), f"scores {ss} vs {tl[6]}")
    wts = one(t, r"按照预算执行(" + NUM + r")分、产出(" + NUM + r")分、效益(" + NUM + r")分、满意度(" + NUM + r")分的权重")
    for lab, val in zip(["预算执行", "产出指标", "效益指标", "满意度指标"], wts):
        bw = sum(n(x[5]) for x in rows if x[0] == lab)
        r.err("weight_sum_mismatch", n(val) == bw, f"{lab} weight text {val} vs rows {bw}")
    bs = one(t, r"产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，满意度指标得分(" + NUM + r")分")
    for lab, val in zip(["产出指标", "效益指标", "满意度指标"], bs):
        s_ = sum(n(x[6]) for x in rows if x[0] == lab)
        r.err("score_sum_mismatch", close(val, s_), f"{lab} score text {val} vs rows {s_}")
    total, grade = one(t, r"部门整体支出绩效得分(" + NUM + r")分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    r.err("score_sum_mismatch", close(total, ss), f"text total {total}")
    gradechk(r, total, grade, "grade")
    same(r, byname["部门预算执行率"][4].rstrip("%"), er, "执行率 score table")
    same(r, byname["租赁补贴保障户数"][4].rstrip("户"), hh, "户数")
    a, tg_, c = one(t, r"全年维修公租房(" + NUM + r")套，年度目标为(" + NUM + r")套，完成率(" + NUM + r")%")
    same(r, a, byname["公租房维修套数"][4].rstrip("套"), "维修套数")
    same(r, tg_, byname["公租房维修套数"][3].strip("≥套"), "维修目标")
    r.err("completion_mismatch", close(c, n(a) / n(tg_) * H), "维修 completion")
    (tg2,) = one(t, r"完成公租房维修不少于(" + NUM + r")套")
    same(r, tg2, tg_, "维修目标 restated")
    a, b = one(t, r"单套维修平均成本(" + NUM + r")元，控制在(" + NUM + r")元的目标以内")
    same(r, a, byname["公租房单套维修平均成本"][4].rstrip("元"), "成本")
    same(r, b, byname["公租房单套维修平均成本"][3].strip("≤元"), "成本目标")
    a, b = one(t, r"应保尽保率(" + NUM + r")%，未达到(" + NUM + r")%的目标")
    same(r, a, byname["住房困难家庭应保尽保率"][4].rstrip("%"), "应保尽保")
    same(r, b, byname["住房困难家庭应保尽保率"][3].strip("≥%"), "应保尽保目标")
    (a,) = one(t, r"公租房租金收缴率(" + NUM + r")%，历史")
    same(r, a, byname["公租房租金收缴率"][4].rstrip("%"), "收缴率")
    (a,) = one(t, r"保障对象满意度为(" + NUM + r")%")
    same(r, a, byname["保障对象满意度"][4].rstrip("%"), "满意度")
    (a,) = one(t, r"物业服务满意率(" + NUM + r")%")
    pctrange(r, a, "物业服务满意率")
    return r


CHECKS = {
    "sx-jiexiu-gongzufang-2021": check_jiexiu,
    "gz-huichuan-zulinbutie-2018": check_huichuan,
    "sc-dongpo-gzfweixiu-2023": check_dongpo,
    "hb-xiaonan-gzfyunying-2020": check_xiaonan,
    "jx-zhangshu-zfbzzx-2022": check_zhangshu,
}


# ---------------------------------------------------------------- label checks
def count_figure(text, fig):
    """Occurrences of fig not glued to a longer number."""
    pat = (r"(?<![\d.,])" if fig[0].isdigit() else "") + re.escape(fig) + (r"(?![\d])" if fig[-1].isdigit() else "")
    return len(re.findall(pat, text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(CASES))
    if len(labels) != 35 or len(files) != 35 or sorted(x["case"] for x in labels) != files:
        problems.append(f"expected 35 cases and 35 labels, got {len(files)} / {len(labels)}")
    counts = defaultdict(int)
    where = defaultdict(int)
    edit_of = {}
    for pid, eds in EDITS.items():
        for i, e in enumerate(eds, 1):
            edit_of[f"{pid}-e{i}.txt"] = e
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"] or text != clean:
                problems.append(f"{lab['case']}: clean case must have no labels")
            if not (2800 <= len(clean) <= 3400):
                problems.append(f"{lab['case']}: length {len(clean)} outside 2800-3400")
        else:
            if len(lab["expected"]) != 1:
                problems.append(f"{lab['case']}: exactly one label expected")
                continue
            e = lab["expected"][0]
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{lab['case']}: bad code/severity {e['code']}/{e['severity']}")
            counts[e["code"]] += 1
            v = e["value"]
            if v not in text:
                problems.append(f"{lab['case']}: value not in case")
            # one contiguous difference
            p = 0
            while p < min(len(text), len(clean)) and text[p] == clean[p]:
                p += 1
            s = 0
            while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
                s += 1
            ds, de = p, len(text) - s
            if text == clean:
                problems.append(f"{lab['case']}: no difference from clean")
            if de <= ds:  # pure deletion: the place is the point between text[ds-1] and text[ds]
                ds, de = ds - 1, ds + 1
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(v), text)]
            if not any(a < de and ds < b for a, b in spans):
                problems.append(f"{lab['case']}: difference [{ds},{de}) does not overlap value")
            code, wh, old, new, value, fig, expl = edit_of[lab["case"]]
            where[wh] += 1
            if clean.replace(old, new, 1) != text or clean.count(old) != 1:
                problems.append(f"{lab['case']}: not clean + one edit")
            want = 2 if code == "conflicting_values" else 1
            c = count_figure(clean, fig)
            if c != want:
                problems.append(f"{lab['case']}: changed figure {fig!r} occurs {c} times in clean (want {want})")
        # arithmetic
        try:
            res = CHECKS[lab["source"]](text)
        except AssertionError as ex:
            problems.append(f"{lab['case']}: extraction failed: {ex}")
            continue
        failed = set(res.fail)
        if lab["clean"]:
            if failed:
                problems.append(f"{lab['case']}: clean draft fails {dict(res.fail)}")
            if res.warn:
                problems.append(f"{lab['case']}: clean draft warnings {res.warn}")
        else:
            code = lab["expected"][0]["code"]
            if failed != {code}:
                problems.append(f"{lab['case']}: expected only {code}, got {dict(res.fail)}")
            else:
                print(f"{lab['case']:40s} {code:22s} {res.fail[code][0]}" + (f"  [warn: {res.warn}]" if res.warn else ""))
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    print("codes:", dict(counts))
    print("where:", dict(where))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
