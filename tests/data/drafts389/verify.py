#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous place
   that overlaps the label value; a changed figure occurs only once in the clean draft (except conflicting_values);
2. each of the 13 error codes of errors.md section A occurs at least twice;
3. the arithmetic of every draft is redone from its text (rules.md section 7, tolerance of section 8): a clean draft
   must pass every check; an error case must fail the labelled code and no other error-level code.
Prints OK at the end."""
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
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
EMPTY = ("", "—", "-", "/")


class ParseError(Exception):
    pass


def clean_num(s):
    return s.replace(",", "").replace("，", "").strip()


def val(s):
    s = clean_num(s)
    if s in EMPTY:
        return D(0)
    return D(s)


def ndec(s):
    s = clean_num(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** -ndec(s) + D("1e-9")


def close(c, s):
    return abs(D(c) - val(s)) <= tol(s)


def cells(line):
    return [c.strip() for c in re.split(r"\t|｜| \| ", line)]


NUM = r"(\d[\d,]*(?:\.\d+)?)"


def parse_target(s):
    """(direction, number, unit) of a target/actual cell; number None when qualitative."""
    s = s.strip()
    m = re.match(r"^(≥|≤|＞＝|＜＝|>=|<=|=|＝|＞|＜|>|<)?\s*(\d[\d,]*(?:\.\d+)?)(.*)$", s)
    if not m:
        return None, None, s
    sign, n, unit = m.groups()
    if sign in ("≥", "＞＝", ">=", "＞", ">"):
        d = "gte"
    elif sign in ("≤", "＜＝", "<=", "＜", "<"):
        d = "lte"
    else:
        d = "eq"
    return d, n, unit.strip()


def completion(target, actual):
    d, t, _ = parse_target(target)
    _, a, _ = parse_target(actual)
    T, A = val(t), val(a)
    if d == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def band(total):
    v = val(total)
    if v >= 90:
        return {"优", "优秀"}
    if v >= 80:
        return {"良", "良好"}
    if v >= 60:
        return {"中", "中等", "一般", "合格"}
    return {"差", "较差", "不合格"}


class Chk:
    def __init__(self, text):
        self.t = text
        self.fails = []
        self.lines = text.splitlines()
        self.rows = [cells(l) for l in self.lines if re.search(r"\t|｜| \| ", l)]

    # ---- extraction ----
    def find(self, pat, n=1):
        ms = re.findall(pat, self.t)
        if len(ms) != n:
            raise ParseError(f"{pat!r}: {len(ms)} matches, expected {n}")
        return ms[0] if n == 1 else ms

    def row(self, key, col=None):
        hits = [r for r in self.rows if (key in r if col is None else len(r) > col and r[col] == key)]
        if len(hits) != 1:
            raise ParseError(f"row {key!r}: {len(hits)} hits")
        return hits[0]

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---- checks ----
    def eq(self, computed, stated, code, msg):
        """computed value vs a stated figure; a 10^4 / 10^8 slip is a unit_mismatch."""
        if close(computed, stated):
            return
        for k in SCALES:
            if close(D(computed) * k, stated):
                self.fail("unit_mismatch", msg)
                return
        self.fail(code, msg)

    def total(self, parts, total, msg, code="sum_mismatch"):
        """parts, total: strings (same money unit) or (string, factor) pairs converted to a common unit."""
        norm = lambda p: (p, D(1)) if isinstance(p, str) else p
        parts = [norm(p) for p in parts]
        ts, tf = norm(total)
        vals = [val(s) * f for s, f in parts]
        t = val(ts) * tf
        tl = tol(ts) * tf
        if abs(sum(vals) - t) <= tl:
            return
        for i in range(len(vals) + 1):
            for k in SCALES:
                v2 = list(vals)
                t2 = t
                if i < len(vals):
                    v2[i] = v2[i] * k
                else:
                    t2 = t * k
                if abs(sum(v2) - t2) <= tl * (k if i == len(vals) else 1):
                    self.fail("unit_mismatch", msg)
                    return
        self.fail(code, msg)

    def rate(self, num, den, stated, msg, code="rate_mismatch"):
        if val(den) == 0:
            if clean_num(stated).rstrip("%") in EMPTY or val(stated.rstrip("%")) == 0:
                return
            self.fail("implausible_rate", msg + " (zero base)")
            return
        s = stated.rstrip("%")
        if val(s) > 100 + tol(s):
            self.fail("implausible_rate", msg + " (over 100%)")
            return
        c = val(num) / val(den) * 100
        if close(c, s):
            return
        for k in SCALES:
            if close(c * k, s):
                self.fail("unit_mismatch", msg)
                return
        self.fail(code, msg)

    def bounded(self, stated, msg):
        s = stated.rstrip("%")
        if val(s) > 100 + tol(s) or val(s) < 0:
            self.fail("implausible_rate", msg)

    def same(self, a, b, msg):
        if abs(val(a) - val(b)) <= max(tol(a), tol(b)):
            return
        for k in SCALES:
            if abs(val(a) * k - val(b)) <= max(tol(a) * k, tol(b)):
                self.fail("unit_mismatch", msg)
                return
        self.fail("conflicting_values", msg)

    def grade(self, total, word, msg):
        if word not in band(total):
            self.fail("grade_mismatch", msg)

    def year_is(self, y, expected, msg):
        if int(y) != int(expected):
            self.fail("year_mismatch", msg)

    def year_after(self, y, year, msg):
        if int(y) <= int(year):
            self.fail("year_mismatch", msg)

    def ind_row(self, r, ti, ai, wi, si, ci=None, name=""):
        """per-row checks of an indicator row: score within weight, units, bounded rates, stated completion."""
        target, actual, w, s = r[ti], r[ai], r[wi], r[si]
        if val(s) > val(w) or val(s) < 0:
            self.fail("score_exceeds_weight", f"{name}: score {s} vs weight {w}")
        dt, nt, ut = parse_target(target)
        da, na, ua = parse_target(actual)
        if nt is not None and na is not None and ut != ua:
            self.fail("unit_mismatch", f"{name}: target {target} vs actual {actual}")
            return
        if na is not None and ua == "%" and ("率" in name or "满意度" in name):
            self.bounded(na, f"{name}: {actual}")
        if ci is not None and nt is not None and na is not None:
            st = r[ci]
            if not close(completion(target, actual), st.rstrip("%")):
                self.fail("completion_mismatch", f"{name}: completion {st}")


# ------------------------------------------------------------------------------------------------------------
def yn_mojiang(c):
    Y = 2020
    c.year_is(c.find(r"\n(\d{4})年度农村义务教育学生营养改善计划补助资金项目支出绩效自评报告"), Y, "title")
    init = c.find(r"提前下达我县(\d{4})年中央营养膳食补助资金" + NUM + "万元")
    c.year_is(init[0], Y, "advance year")
    add = c.find(r"又追加下达" + NUM + "万元")
    cur = c.find(r"当年财政拨款共" + NUM + "万元")
    carry = c.find(r"另有2019年结转资金" + NUM + "万元")
    avail = c.find(r"全年可用资金" + NUM + "万元")
    spent = c.find(r"全年共支出" + NUM + "万元")
    sem = c.find(r"按(\d+)元×([\d,]+)人×(\d+)天核拨" + NUM + "万元", 2)
    used = c.find(r"上年结转的" + NUM + "万元在春季学期先行使用完毕")
    cs, cr = c.find(r"当年财政拨款支出" + NUM + r"万元，当年拨款执行率([\d.]+)%")
    rem, ry = c.find(r"剩余的" + NUM + r"万元按规定结转至(\d{4})年")
    per = c.find(r"全年享受补助(\d+)元")
    c.total([init[1], add], cur, "当年拨款 = 提前下达 + 追加")
    c.total([cur, carry], avail, "可用资金 = 当年 + 结转")
    for std, n, d, x in sem:
        c.eq(val(std) * val(n) * val(d) / 10000, x, "sum_mismatch", f"{std}x{n}x{d}")
    c.total([sem[0][3], sem[1][3]], spent, "spent = spring + autumn")
    c.total([used, cs], spent, "spent = carry used + current")
    c.same(used, carry, "carry-over used = carry-over")
    c.rate(cs, cur, cr, "当年拨款执行率")
    if not close(val(avail) - val(spent), rem):
        c.fail("balance_mismatch", f"结转 {rem}")
    c.year_after(ry, Y, "carry-over year")
    c.eq(val(sem[0][0]) * (val(sem[0][2]) + val(sem[1][2])), per, "sum_mismatch", "per-student subsidy")
    # funds block
    names = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    R = {k: c.row(k, 0) for k in names}
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total([R[k][j] for k in names[1:]], R[names[0]][j], f"funds {col}")
    c.rate(R[names[0]][3], R[names[0]][2], R[names[0]][5], "执行率 total row")
    c.same(R[names[0]][2], avail, "全年预算 table vs text")
    c.same(c.find(r"全年(\d[\d.]*)万元可用资金"), avail, "2046.8 vs 2,046.80")
    c.same(R[names[0]][3], spent, "执行 table vs text")
    c.same(R[names[1]][1], init[1], "年初 当年拨款 table vs text")
    c.same(R[names[1]][2], cur, "全年 当年拨款 table vs text")
    c.same(R[names[1]][3], cs, "执行 当年拨款 table vs text")
    c.same(R[names[2]][2], carry, "结转 table vs text")
    # indicators
    ind = [r for r in c.rows if len(r) == 8 and r[0] in ("产出指标", "效益指标", "满意度指标")]
    if len(ind) != 11:
        raise ParseError(f"yn indicator rows {len(ind)}")
    for r in ind:
        c.ind_row(r, 3, 4, 5, 6, name=r[2])
    tot = c.row("总分", 0)
    exec_w, exec_s = R[names[0]][4], R[names[0]][6]
    c.total([exec_w] + [r[5] for r in ind], tot[5], "weights", "weight_sum_mismatch")
    c.total([exec_s] + [r[6] for r in ind], tot[6], "scores", "score_sum_mismatch")
    ps = c.find(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，"
                r"合计自评得分([\d.]+)分，评价等级为“(.)”")
    c.same(ps[0], exec_s, "exec score text vs table")
    for k, lvl in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
        c.total([r[6] for r in ind if r[0] == lvl], ps[k], f"{lvl} score text", "score_sum_mismatch")
    c.total(list(ps[0:4]), ps[4], "text total", "score_sum_mismatch")
    c.total([tot[6]], ps[4], "text total vs table total", "score_sum_mismatch")
    c.grade(ps[4], ps[5], "grade")
    # text vs table
    s1, s2, tgt = c.find(r"受益学生分别为([\d,]+)人和([\d,]+)人，均达到不少于([\d,]+)人的目标")
    c.same(s1, sem[0][1], "spring students")
    c.same(s2, sem[1][1], "autumn students")
    r1 = c.row("春季学期受益学生人数", 2)
    r2 = c.row("秋季学期受益学生人数", 2)
    c.same(parse_target(r1[4])[1], s1, "spring table")
    c.same(parse_target(r2[4])[1], s2, "autumn table")
    c.same(parse_target(r1[3])[1], tgt, "target")
    mc = c.row("学校食堂“明厨亮灶”覆盖率", 2)
    ded = c.find(r"覆盖率未达目标，扣([\d.]+)分")
    c.eq(val(mc[5]) - val(mc[6]), ded, "score_sum_mismatch", "deduction")
    c.same(c.find(r"测试合格率([\d.]+)%，比上年"), parse_target(c.row("学生体质健康标准测试合格率", 2)[4])[1], "体质")
    jc, jt = c.find(r"在校就餐率([\d.]+)%，高于(\d+)%的目标值")
    c.same(jc, parse_target(c.row("农村学生在校就餐率", 2)[4])[1], "就餐率")
    c.same(c.find(r"学生及家长满意度为([\d.]+)%"), parse_target(c.row("学生及家长满意度", 2)[4])[1], "满意度")
    c.year_after(c.find(r"\n(\d{4})年\d+月\d+日\s*$"), Y, "report date")


def sc_xuyong(c):
    Y = 2023
    c.year_is(c.find(r"\n(\d{4})年度农村义务教育校车运营补助项目支出绩效自评报告"), Y, "title")
    c.year_is(c.find(r"自评表（(\d{4})年度）"), Y, "table header year")
    bud, prov, cnty = c.find(r"年初批复本项目预算" + NUM + r"万元，其中上级（省级）补助资金" + NUM + "万元、县级财政安排" + NUM + "万元")
    c.total([prov, cnty], bud, "budget sources")
    F = {k: c.row(k, 0) for k in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    tot = F["年度资金总额"]
    if "年内未作调整" in c.t:
        c.same(tot[1], tot[2], "未调整: 年初 = 全年")
    c.same(tot[1], bud, "年初 table vs text")
    for j in (1, 2, 3):
        c.total([F[k][j] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")], tot[j], f"funds col {j}")
    for k, r in F.items():
        c.rate(r[3], r[2], r[5], f"执行率 {k}")
    rec, recr = c.find(r"全年到位资金" + NUM + r"万元，资金到位率([\d.]+)%")
    c.rate(rec, tot[2], recr, "到位率")
    cy, spent, er = c.find(r"截至(\d{4})年12月31日，实际支出" + NUM + r"万元，预算执行率([\d.]+)%")
    c.year_is(cy, Y, "截至 year")
    c.same(spent, tot[3], "spent text vs table")
    c.same(er, tot[5].rstrip("%"), "rate text vs table")
    sem = c.find(r"按(\d+)元×([\d,]+)人×(\d+)天拨付(?:补助)?" + NUM + "万元", 2)
    for std, n, d, x in sem:
        c.eq(val(std) * val(n) * val(d) / 10000, x, "sum_mismatch", f"{std}x{n}x{d}")
    gn, gp, gm, gx = c.find(r"照管员补助按(\d+)名×(\d+)元×(\d+)个月支付" + NUM + "万元")
    c.eq(val(gn) * val(gp) * val(gm) / 10000, gx, "sum_mismatch", "照管员")
    c.same(gn, c.find(r"照管员全年在岗(\d+)名"), "照管员 count")
    c.total([sem[0][3], sem[1][3], gx], spent, "spent components")
    bal = c.find(r"年末结余" + NUM + "万元")
    if not close(val(rec) - val(spent), bal):
        c.fail("balance_mismatch", "结余")
    # indicators: 一级 二级 三级 性质 指标值 单位 实际 分值 得分 原因
    ind = [r for r in c.rows if len(r) == 10 and r[0] in ("产出指标", "效益指标")]
    if len(ind) != 10:
        raise ParseError(f"sc indicator rows {len(ind)}")
    for r in ind:
        if val(r[8]) > val(r[7]) or val(r[8]) < 0:
            c.fail("score_exceeds_weight", r[2])
        if r[5] == "%" and ("率" in r[2] or "满意度" in r[2]):
            c.bounded(r[6], r[2])
    trow = c.row("总分", 0)
    c.total([tot[4]] + [r[7] for r in ind], trow[7], "weights", "weight_sum_mismatch")
    c.total([tot[6]] + [r[8] for r in ind], trow[8], "scores", "score_sum_mismatch")
    es, isc, ts, g = c.find(r"预算执行率得分([\d.]+)分，绩效指标得分([\d.]+)分，自评得分([\d.]+)分，评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)")
    c.same(es, tot[6], "exec score text vs table")
    c.total([r[8] for r in ind], isc, "indicator score text", "score_sum_mismatch")
    c.total([es, isc], ts, "text total", "score_sum_mismatch")
    c.total([trow[8]], ts, "text total vs table", "score_sum_mismatch")
    c.grade(ts, g, "grade")
    # text vs table, completion, average
    bus = c.row("运营校车数量", 2)
    c.same(c.find(r"投入运营校车(\d+)辆"), bus[6], "buses overview vs table")
    c.same(c.find(r"(\d+)辆校车全部通过年检"), bus[6], "buses inspection vs table")
    rt = c.row("校车运营线路", 2)
    c.same(c.find(r"开通校车线路(\d+)条"), rt[6], "routes")
    c.same(c.find(r"秋季学期新增[^。]*?调整为(\d+)条"), rt[6], "autumn routes")
    stu = c.row("秋季学期乘车学生人数", 2)
    an, ac = c.find(r"秋季学期实际乘车学生([\d,]+)人，完成年度目标的([\d.]+)%")
    c.same(an, stu[6], "autumn riders text vs table")
    c.same(an, sem[1][1], "autumn riders vs payment")
    if not close(val(an) / val(stu[4]) * 100, ac):
        c.fail("completion_mismatch", "autumn riders completion")
    ly, inc = c.find(r"较2022年同期的([\d,]+)人增加(\d+)人")
    c.eq(val(an) - val(ly), inc, "sum_mismatch", "increase")
    avg = c.find(r"平均每条线路乘车学生([\d.]+)人")
    if not close(val(an) / val(rt[6]), avg):
        c.fail("average_mismatch", "riders per route")
    c.same(c.find(r"单程平均用时(\d+)分钟"), c.row("学生上学单程平均用时", 2)[6], "travel time")
    c.same(c.find(r"回收问卷\d+份，满意度([\d.]+)%"), c.row("乘车学生家长满意度", 2)[6], "satisfaction")
    c.same(c.find(r"秋季学期乘车学生(\d+)人，补助按时拨付"), stu[6], "goal box riders")
    c.year_after(c.find(r"\n(\d{4})年\d+月\s*$"), Y, "report date")


def sx_jingle(c):
    Y = 2018
    c.year_is(c.find(r"^静乐县教育科技局(\d{4})年度"), Y, "title")
    keys = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]
    R = {k: c.row(k, 1)[2:] for k in keys}   # 总, 小计, 中央, 省, 市, 县, 结转, 其他
    for k in keys[:4]:
        r = R[k]
        c.total([r[2], r[3], r[4], r[5]], r[1], f"{k} 小计")
        c.total([r[1], r[6], r[7]], r[0], f"{k} 总")
    for j in range(8):
        if not close(val(R["(3)"][j]) - val(R["(4)"][j]), R["(5)=(3)-(4)"][j] or "0"):
            c.fail("balance_mismatch", f"(5) col {j}")
        c.rate(R["(3)"][j] or "0", R["(2)"][j] or "0", R["(6)=(3)/(2)"][j], f"(6) col {j}")
        c.rate(R["(4)"][j] or "0", R["(2)"][j] or "0", R["(7)=(4)/(2)"][j], f"(7) col {j}")
    ay, adv = c.find(r"提前下达我县(\d{4})年中央膳食补助资金" + NUM + "万元")
    c.year_is(ay, Y, "advance year")
    c.same(adv, R["(1)"][2], "中央 年初 text vs table")
    addc = c.find(r"追加中央资金" + NUM + "万元")
    c.total([R["(1)"][2], addc], R["(2)"][2], "中央 全年 = 年初 + 追加")
    c.same(c.find(r"县级年初预算安排食堂运转补助" + NUM + "万元"), R["(1)"][5], "县 年初")
    c.same(c.find(r"另有2017年结转中央资金" + NUM + "万元"), R["(1)"][6], "结转")
    xr, xo = c.find(r"县级食堂运转补助年内到位" + NUM + r"万元，其余" + NUM + "万元")
    c.same(xr, R["(3)"][5], "县 到位")
    c.total([xr, xo], R["(2)"][5], "县 全年 = 到位 + 未到位")
    cb = c.find(r"中央资金结余" + NUM + "万元")
    c.same(cb, R["(5)=(3)-(4)"][2], "中央结余 text vs table")
    c.year_after(c.find(r"已按规定结转(\d{4})年"), Y, "carry-over year")
    ex, meal = c.find(r"全年执行资金" + NUM + r"万元，其中膳食补助" + NUM + "万元")
    c.same(ex, R["(4)"][0], "执行 text vs table")
    sem = c.find(r"按(\d+)元×([\d,]+)人×(\d+)天拨付" + NUM + "万元", 2)
    for std, n, d, x in sem:
        c.eq(val(std) * val(n) * val(d) / 10000, x, "sum_mismatch", f"{std}x{n}x{d}")
    c.total([sem[0][3], sem[1][3]], meal, "膳食补助 = 两学期")
    c.total([R["(4)"][2], R["(4)"][6]], meal, "膳食补助 = 中央 + 结转 执行")
    cx = c.find(r"县级食堂运转补助到位并支出" + NUM + "万元")
    c.total([meal, cx], ex, "执行 = 膳食 + 运转")
    c.same(cx, R["(4)"][5], "县 执行")
    c.eq(val(sem[0][0]) * (val(sem[0][2]) + val(sem[1][2])), c.find(r"一名学生全年享受膳食补助(\d+)元"), "sum_mismatch", "per student")
    d1, d2 = c.find(r"春季学期供餐(\d+)天"), c.find(r"秋季学期供餐(\d+)天")
    c.same(d1, sem[0][2], "spring days")
    c.same(d2, sem[1][2], "autumn days")
    p1, p2, pav = c.find(r"春季学期受益学生([\d,]+)人，秋季学期([\d,]+)人，两个学期平均受益学生([\d,]+)人")
    c.same(p1, sem[0][1], "spring students")
    c.same(p2, sem[1][1], "autumn students")
    if not close((val(p1) + val(p2)) / 2, pav):
        c.fail("average_mismatch", "average students")
    # indicator table: 一级 二级 三级 权重 目标值 业绩值 完成率 得分 原因
    ind = [r for r in c.rows if len(r) == 9 and r[1].endswith("指标") and r[0] != "一级指标"]
    if len(ind) != 8:
        raise ParseError(f"sx indicator rows {len(ind)}")
    for r in ind:
        c.ind_row(r, 4, 5, 3, 7, ci=6, name=r[2])
    c.total([r[3] for r in ind], "100", "weights", "weight_sum_mismatch")
    lv = {}
    cur = None
    for r in ind:
        cur = r[0] or cur
        lv.setdefault(cur, []).append(r[3])
    for k, w in (("预算执行指标", "10"), ("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "10")):
        c.total(lv[k], w, f"{k} weights", "weight_sum_mismatch")
    ts, g = c.find(r"自评总得分(\d+(?:\.\d+)?)分，属于“(.{1,2})”等级")
    c.total([r[7] for r in ind], ts, "total score", "score_sum_mismatch")
    c.grade(ts, g, "grade")
    er = c.row("预算执行率", 2)
    c.same(er[5].rstrip("%"), R["(7)=(4)/(2)"][0], "执行率 indicator vs funds table")
    c.same(c.find(r"家长满意度为([\d.]+)%"), parse_target(c.row("学生家长满意度", 2)[5])[1], "满意度")
    c.same(c.find(r"学生营养不良检出率为([\d.]+)%"), parse_target(c.row("学生营养不良检出率", 2)[5])[1], "检出率")
    sa, sb = c.find(r"其中(\d+)个由学校食堂供餐，(\d+)个规模较小")
    c.total([sa, sb], c.find(r"农村中小学和教学点共(\d+)个"), "schools")
    c.year_after(c.find(r"\n(\d{4})年\d+月\d+日\s*$"), Y, "report date")


def hb_yunxi(c):
    Y = 2021
    c.year_is(c.find(r"^郧西县教育局(\d{4})年度"), Y, "title")
    ib, ca, pb, pn = c.find(r"年年初预算" + NUM + r"万元，其中县级乘车学生补助" + NUM + r"万元、省级补助" + NUM + r"万元（(\d+)辆）")
    c.total([ca, pb], ib, "年初 = 县 + 省")
    std = c.find(r"按每辆车每年" + NUM + "万元标准下达")
    c.eq(val(std) * val(pn), pb, "sum_mismatch", "省级 = 1.2 x buses")
    nk, add = c.find(r"新增校车(\d+)辆，省级追加补助" + NUM + "万元")
    c.eq(val(std) * val(nk), add, "sum_mismatch", "追加 = 1.2 x new buses")
    fb = c.find(r"调整后全年预算" + NUM + "万元")
    c.total([ib, add], fb, "全年 = 年初 + 追加")
    rec, sp, pp, qq = c.find(r"全年实际到位资金" + NUM + r"万元，支出" + NUM + r"万元，其中拨付省级校车运营补助" + NUM + r"万元，拨付乘车学生补助" + NUM + "万元")
    c.total([pp, qq], sp, "支出 = 省 + 县")
    c.total([pb, add], pp, "省级 paid = 年初 + 追加")
    sem = c.find(r"按([\d.]+)元×([\d,]+)人×(\d+)天计([\d,]+(?:\.\d+)?)(元|万元)", 2)
    parts = []
    for s_, n, d, x, u in sem:
        f = D(1) if u == "元" else D(10000)
        # compare in the unit as written
        c.eq(val(s_) * val(n) * val(d) / f, x, "sum_mismatch", f"{s_}x{n}x{d}")
        parts.append((x, f / 10000))
    c.total(parts, qq, "乘车学生补助 = 两学期")
    bal, by = c.find(r"县级资金结余" + NUM + r"万元，经县财政局同意结转至(\d{4})年")
    if not close(val(ca) - val(qq), bal):
        c.fail("balance_mismatch", "县级结余")
    if not close(val(rec) - val(sp), bal):
        c.fail("balance_mismatch", "结余 vs 到位 - 支出")
    c.year_after(by, Y, "carry-over year")
    c.same(rec, fb, "到位 = 全年预算")
    er = c.row("县级乘车学生补助及省级校车运营补助", 0)
    c.same(er[1], fb, "exec row budget")
    c.same(er[2], sp, "exec row spent")
    c.rate(er[2], er[1], er[3], "执行率")
    # blocks
    hdr = [i for i, l in enumerate(c.lines) if l.startswith("年度目标") and "分）" in l and "｜" not in l]
    if len(hdr) != 2:
        raise ParseError("hb block headers")
    blocks = []
    for i in hdr:
        bw = re.search(r"（(\d+)分）", c.lines[i]).group(1)
        rows = []
        for l in c.lines[i + 1:]:
            cl = cells(l)
            if len(cl) == 8 and cl[0] in ("产出指标", "效益指标", "满意度指标"):
                rows.append(cl)
            elif cl[0] in ("一级指标",):
                continue
            else:
                break
        blocks.append((bw, rows))
    allrows = [r for _, rows in blocks for r in rows]
    if len(allrows) != 8:
        raise ParseError("hb rows")
    for r in allrows:
        c.ind_row(r, 3, 4, 5, 6, name=r[2])
    for bw, rows in blocks:
        c.total([r[5] for r in rows], bw, "block weights", "weight_sum_mismatch")
    tot = c.row("合计", 0)
    c.total([er[4]] + [r[5] for r in allrows], tot[5], "all weights", "weight_sum_mismatch")
    c.total([er[4], blocks[0][0], blocks[1][0]], tot[5], "block weights vs 100", "weight_sum_mismatch")
    c.total([er[5]] + [r[6] for r in allrows], tot[6], "all scores", "score_sum_mismatch")
    a, b1, b2, T, g = c.find(r"预算执行得分([\d.]+)分，年度目标一得分([\d.]+)分，年度目标二得分([\d.]+)分，综合自评得分([\d.]+)分，等级为“(.)”")
    c.same(a, er[5], "exec score")
    c.total([r[6] for r in blocks[0][1]], b1, "goal 1 score", "score_sum_mismatch")
    c.total([r[6] for r in blocks[1][1]], b2, "goal 2 score", "score_sum_mismatch")
    c.total([a, b1, b2], T, "text total", "score_sum_mismatch")
    c.total([tot[6]], T, "text vs table total", "score_sum_mismatch")
    c.grade(T, g, "grade")
    c.bounded(c.find(r"按时到校率为([\d.]+)%"), "按时到校率")
    stu = c.row("秋季学期乘车学生人数", 2)
    an, short = c.find(r"秋季学期乘车学生([\d,]+)人，比目标少(\d+)人")
    c.same(an, parse_target(stu[4])[1], "autumn riders")
    c.same(an, sem[1][1], "autumn riders vs payment")
    c.eq(val(parse_target(stu[3])[1]) - val(an), short, "sum_mismatch", "shortfall")
    c.same(c.find(r"满意度(\d+)%。"), parse_target(c.row("学生及家长满意度", 2)[4])[1], "satisfaction")
    c.same(c.find(r"年均节约交通支出(\d+)元。"), parse_target(c.row("乘车学生家庭年均节约交通支出", 2)[4])[1], "saving")
    c.same(c.find(r"单程需(\d+)分钟"), parse_target(c.row("学生单程乘车时间", 2)[4])[1], "time")
    nb = c.find(r"全县共运营校车(\d+)辆")
    c.same(nb, parse_target(c.row("运营校车数量", 2)[4])[1], "buses")
    s1, s2, s3 = c.find(r"小型校车(\d+)辆、20至35座中型校车(\d+)辆、36座以上大型校车(\d+)辆")
    c.total([s1, s2, s3], nb, "bus sizes")
    nl = c.find(r"开通线路(\d+)条")
    l1, l2 = c.find(r"乡镇驻地至村组的线路(\d+)条，跨乡镇线路(\d+)条")
    c.total([l1, l2], nl, "routes")
    c.year_after(c.find(r"\n(\d{4})年\d+月\d+日\s*$"), Y, "report date")


def gx_longsheng(c):
    Y = 2024
    c.year_is(c.find(r"^龙胜各族自治县教育局(\d{4})年度部门整体支出"), Y, "title")
    ib, add = c.find(r"部门年初预算" + NUM + r"万元，年中追加" + NUM + "万元")
    fb = c.find(r"全年预算" + NUM + "万元。")
    c.total([ib, add], fb, "全年 = 年初 + 追加")
    gp, cf = c.find(r"一般公共预算拨款" + NUM + r"万元，上年结转资金" + NUM + "万元")
    c.total([gp, cf], fb, "全年 = 拨款 + 结转")
    sp, er = c.find(r"全年支出" + NUM + r"万元，部门预算执行率([\d.]+)%")
    c.rate(sp, fb, er, "部门执行率")
    py, prev, gr = c.find(r"比(\d{4})年的" + NUM + r"万元增长([\d.]+)%")
    if int(py) != Y - 1:
        c.fail("year_mismatch", "previous year")
    if not close((val(sp) / val(prev) - 1) * 100, gr):
        c.fail("rate_mismatch", "growth")
    bal = c.find(r"年末结转结余" + NUM + "万元")
    if not close(val(fb) - val(sp), bal):
        c.fail("balance_mismatch", "结转结余")
    bs, p1, p2, ps = c.find(r"基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM + r"万元），项目支出" + NUM + "万元")
    c.total([p1, p2], bs, "基本支出")
    c.total([bs, ps], sp, "总支出")
    k1 = c.find(r"其中小学(\d+)所、初中(\d+)所、教学点(\d+)个")
    c.total(list(k1), c.find(r"义务教育阶段学校(\d+)所"), "schools")
    # project table
    P = {k: c.row(k, 0) for k in ("农村义务教育学生营养改善计划", "农村中小学校车运营补助", "义务教育学校公用经费保障")}
    for k, r in P.items():
        c.rate(r[2], r[1], r[3], f"{k} 执行率")
        if val(r[4]) > 100 or val(r[4]) < 0:
            c.fail("score_exceeds_weight", k)
        c.grade(r[4], r[5], f"{k} grade")
    avg = c.find(r"三个重点项目平均得分([\d.]+)分")
    if not close(sum(val(r[4]) for r in P.values()) / 3, avg):
        c.fail("average_mismatch", "project average")
    n = c.find(r"按5元×([\d,]+)人×(\d+)天核拨" + NUM + r"万元", 2)
    for x in n:
        c.eq(5 * val(x[0]) * val(x[1]) / 10000, x[2], "sum_mismatch", "nutrition semester")
    nt = c.find(r"合计" + NUM + "万元；年末剩余资金")
    c.total([n[0][2], n[1][2]], nt, "nutrition total")
    c.same(nt, P["农村义务教育学生营养改善计划"][2], "nutrition spent text vs table")
    b = c.find(r"按3元×([\d,]+)人×(\d+)天拨付" + NUM + r"万元", 2)
    for x in b:
        c.eq(3 * val(x[0]) * val(x[1]) / 10000, x[2], "sum_mismatch", "bus semester")
    c.total([b[0][2], b[1][2]], P["农村中小学校车运营补助"][2], "bus total")
    # indicator table
    ind = [r for r in c.rows if len(r) == 7 and r[0] in ("预算执行", "产出指标", "效益指标", "满意度指标")]
    if len(ind) != 12:
        raise ParseError(f"gx indicator rows {len(ind)}")
    for r in ind:
        c.ind_row(r, 3, 4, 5, 6, name=r[2])
    c.total([r[5] for r in ind], "100", "weights", "weight_sum_mismatch")
    for lvl, w in (("预算执行", "10"), ("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "10")):
        c.total([r[5] for r in ind if r[0] == lvl], w, f"{lvl} weights", "weight_sum_mismatch")
    ts, g = c.find(r"整体支出绩效自评得分(\d+(?:\.\d+)?)分，评价等级为(优秀|良好|优|良|中|差)")
    c.total([r[6] for r in ind], ts, "total", "score_sum_mismatch")
    c.grade(ts, g, "grade")
    ly, lys, up = c.find(r"比(\d{4})年度的(\d+)分提高(\d+)分")
    c.eq(val(ts) - val(lys), up, "sum_mismatch", "score increase")
    exr = c.row("部门预算执行率", 2)
    c.same(exr[4].rstrip("%"), er, "exec rate table vs text")
    c.same(c.find(r"全县开通校车线路(\d+)条"), parse_target(c.row("校车运营线路", 2)[4])[1], "routes")
    c.same(c.find(r"秋季学期营养改善计划受益学生([\d,]+)人"), parse_target(c.row("营养改善计划受益学生（秋季学期）", 2)[4])[1], "students")
    c.same(n[1][0], parse_target(c.row("营养改善计划受益学生（秋季学期）", 2)[4])[1], "students vs payment")
    tz = c.row("学生体质健康标准达标率", 2)
    tr, gap = c.find(r"学生体质健康标准达标率([\d.]+)%，比目标低([\d.]+)个百分点")
    c.same(tr, parse_target(tz[4])[1], "体质")
    c.eq(val(parse_target(tz[3])[1]) - val(tr), gap, "sum_mismatch", "体质 gap")
    mz = c.row("农村学校食堂“明厨亮灶”覆盖率", 2)
    mr, md = c.find(r"“明厨亮灶”覆盖率([\d.]+)%，尚有\d+所教学点食堂因房屋条件限制未改造，扣([\d.]+)分")
    c.same(mr, parse_target(mz[4])[1], "明厨亮灶")
    c.eq(val(mz[5]) - val(mz[6]), md, "score_sum_mismatch", "deduction")
    c.same(c.find(r"九年义务教育巩固率([\d.]+)%，全年"), parse_target(c.row("九年义务教育巩固率", 2)[4])[1], "巩固率")
    c.same(c.find(r"单程平均用时(\d+)分钟"), parse_target(c.row("乘车学生上学单程用时", 2)[4])[1], "time")
    c.same(c.find(r"学生及家长满意度([\d.]+)%，家长意见"), parse_target(c.row("学生及家长满意度", 2)[4])[1], "satisfaction")
    c.year_after(c.find(r"\n(\d{4})年\d+月\s*$"), Y, "report date")


CHECKS = {
    "yn-mojiang-yingyanggaishan-2020": yn_mojiang,
    "sc-xuyong-xiaocheyunying-2023": sc_xuyong,
    "sx-jingle-yingyangcan-2018": sx_jingle,
    "hb-yunxi-xiaochebuzhu-2021": hb_yunxi,
    "gx-longsheng-jiaoyuju-bumen-2024": gx_longsheng,
}

# a changed figure that legitimately occurs elsewhere as a different quantity
ONCE_EXEMPT = {
    "yn-mojiang-yingyanggaishan-2020-e5.txt": "142 also stands in the target cell =142所 (target, not actual)",
}


def run_checks(pid, text):
    c = Chk(text)
    CHECKS[pid](c)
    return c.fails


def diff_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def changed_figure(clean, s, e):
    """the whole number token of the clean draft touched by [s, e)."""
    while s > 0 and re.match(r"[\d.,]", clean[s - 1]):
        s -= 1
    while e < len(clean) and re.match(r"[\d.,]", clean[e]):
        e += 1
    tok = clean[s:e].strip(",.")
    return tok if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", tok) else None


def main():
    errors = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35:
        errors.append(f"{len(labels)} labels, expected 35")
    counts = {k: 0 for k in CODES}
    where = {}
    cleans = {}
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        pid = rec["source"]
        if rec["clean"]:
            cleans[pid] = text
            if rec["expected"]:
                errors.append(f"{rec['case']}: clean case with labels")
            n = len(text)
            if not 2800 <= n <= 3400:
                errors.append(f"{rec['case']}: length {n}")
    for rec in labels:
        name, pid = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            fails = run_checks(pid, text)
        except ParseError as ex:
            errors.append(f"{name}: parse error {ex}")
            continue
        if rec["clean"]:
            for code, msg in fails:
                errors.append(f"{name}: clean draft fails {code}: {msg}")
            continue
        if len(rec["expected"]) != 1:
            errors.append(f"{name}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if code not in CODES or lab["severity"] != "error":
            errors.append(f"{name}: bad code/severity {code}")
        counts[code] = counts.get(code, 0) + 1
        if text.count(value) < 1:
            errors.append(f"{name}: label value not in case")
        clean = cleans[pid]
        s, ec, en = diff_span(clean, text)
        if s >= en and s >= ec:
            errors.append(f"{name}: identical to clean")
        # one contiguous place: the texts agree outside [s, e)
        if clean[:s] + text[s:en] + clean[ec:] != text:
            errors.append(f"{name}: not one contiguous change")
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(value), text)]
        if not any(a < max(en, s + 1) and s < b for a, b in spans):
            errors.append(f"{name}: change [{s},{en}) does not overlap the label value")
        fig = changed_figure(clean, s, max(ec, s + 1) if ec > s else s)
        if fig and code not in ("conflicting_values", "year_mismatch") and name not in ONCE_EXEMPT:
            occ = len(re.findall(r"(?<![\d.,])" + re.escape(fig) + r"(?![\d]|\.\d|,\d)", clean))
            if occ != 1 and len(fig.replace(",", "").replace(".", "")) >= 3:
                errors.append(f"{name}: changed figure {fig} occurs {occ} times in the clean draft")
        got = {c for c, _ in fails}
        if code not in got:
            errors.append(f"{name}: labelled {code} not detected (fails: {fails})")
        other = [(c, m) for c, m in fails if c != code]
        if other:
            errors.append(f"{name}: other codes fail: {other}")
        where[name] = (code, [m for c, m in fails if c == code])
    for k in CODES:
        if counts.get(k, 0) < 2:
            errors.append(f"code {k} used {counts.get(k, 0)} times")
    for name, (code, msgs) in sorted(where.items()):
        print(f"{name:45s} {code:22s} {'; '.join(msgs)}")
    print("counts:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    if errors:
        print("\n".join("FAIL " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
