#!/usr/bin/env python3
"""Verify set n103: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3, no third-party packages. Prints OK (with the number of checks) or the failures.
Tolerance as in rules.md §8: a stated value with d decimals matches a computed one when
|c - v| <= 0.5 * 10^-d (+1e-9); rounding is ROUND_HALF_UP.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SECTION_A = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
             "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
             "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
             "completion_mismatch"}
TWO_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch"}
MAX_EDIT = 16

FAILS = []
COUNT = [0]


def check(cond, msg):
    COUNT[0] += 1
    if not cond:
        FAILS.append(msg)


def D(s):
    return Decimal(str(s).replace(",", "").strip())


def places(s):
    s = str(s).replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, extra=None):
    """stated: the string as printed; computed: Decimal. extra: other acceptable computed values."""
    v = D(str(stated).rstrip("%"))
    tol = Decimal("0.5") * (Decimal(10) ** -places(stated)) + Decimal("1e-9")
    cands = [computed] + list(extra or [])
    return any(abs(Decimal(c) - v) <= tol for c in cands)


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def eq(stated, computed, what, extra=None):
    check(close(stated, computed, extra), "%s: stated %s, computed %s" % (what, stated, computed))


def one(text, pattern, what="", group=1):
    """All matches of pattern must exist and carry the same value; return it as string."""
    ms = re.findall(pattern, text)
    check(len(ms) >= 1, "%s: pattern not found %r" % (what, pattern))
    if not ms:
        return "0"
    vals = [m if isinstance(m, str) else m[group - 1] for m in ms]
    try:
        keys = set(D(v) for v in vals)
    except Exception:
        keys = set(vals)
    check(len(keys) == 1, "%s: differing values %s" % (what, vals))
    return vals[0]


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def grade_label_ok(label, total):
    g = grade_of(total)
    return {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
            "差": ("差", "较差", "不合格")}[g].__contains__(label)


NUM = r"(-?\d[\d,]*(?:\.\d+)?)"


def first_num(s):
    m = re.search(NUM, s)
    return D(m.group(1)) if m else None


def direction(target):
    t = target.strip()
    if t.startswith(("≥", ">=", "＞＝", "不低于", "不少于")):
        return "gte"
    if t.startswith(("≤", "<=", "＜＝", "不超过", "不高于")):
        return "lte"
    if t.startswith(("=", "＝")):
        return "eq"
    if re.fullmatch(NUM + r"\s*%?", t):
        return "eq"
    return "qual"


def completion(target, actual):
    d = direction(target)
    T, A = first_num(target), first_num(actual)
    if d == "qual" or T is None or A is None:
        return None
    if d == "lte":
        return Decimal(100) if A <= T else T / A * 100
    if T == 0:
        return None
    return A / T * 100


def check_row_score(target, actual, weight, score, what, stated_completion=None):
    w, s = D(weight), D(score)
    check(Decimal(0) <= s <= w, "%s: score %s outside [0, %s]" % (what, score, weight))
    d = direction(target)
    if d == "qual":
        if "部分" in actual:
            lo, hi = w * Decimal("0.6"), w * Decimal("0.8")
            check(lo <= s < hi, "%s: qualitative partly-achieved score %s not in [%s,%s)" % (what, s, lo, hi))
        elif "未达成" in actual:
            check(s < w * Decimal("0.6"), "%s: not-achieved score too high" % what)
        else:
            check(w * Decimal("0.8") <= s <= w, "%s: achieved score %s below band" % (what, s))
        return
    T, A = first_num(target), first_num(actual)
    check(T is not None and A is not None, "%s: target/actual not numeric" % what)
    if d == "eq" and T == 0:
        exp = w if A <= 0 else Decimal(0)
    elif d == "lte":
        exp = w if A <= T else w * T / A
    else:
        exp = w * min(Decimal(1), max(A, Decimal(0)) / T)
    extra = []
    if stated_completion not in (None, "—", ""):
        extra.append(w * min(Decimal(1), D(stated_completion.rstrip("%")) / 100))
    eq(score, exp, what + " score", extra)
    if stated_completion not in (None, "—", ""):
        c = completion(target, actual)
        check(c is not None, "%s: completion stated but not computable" % what)
        if c is not None:
            eq(stated_completion, c, what + " completion")
    # same unit in target and actual
    tu = re.sub(r"[≥≤=<>＞＜＝\d.,\s]", "", target)
    au = re.sub(r"[≥≤=<>＞＜＝\d.,\s]", "", actual)
    check(tu == au, "%s: unit of target %r vs actual %r" % (what, tu, au))


def check_table(rows, exec_w, exec_s, total_weight, total_score, what):
    """rows: list of (level1, name, target, actual, weight, score, completion)."""
    wsum = D(exec_w) + sum(D(r[4]) for r in rows)
    ssum = D(exec_s) + sum(D(r[5]) for r in rows)
    check(wsum == 100, "%s: weights add to %s" % (what, wsum))
    check(D(total_weight) == 100, "%s: stated total weight %s" % (what, total_weight))
    eq(total_score, ssum, what + " total score")
    for r in rows:
        check_row_score(r[2], r[3], r[4], r[5], "%s %s" % (what, r[1]), r[6])
    return wsum, ssum


def level_sums(rows):
    out = {}
    for r in rows:
        out.setdefault(r[0], [Decimal(0), Decimal(0)])
        out[r[0]][0] += D(r[4])
        out[r[0]][1] += D(r[5])
    return out


def reservoir_mentions(text, name, value, what, min_count=2):
    pre = r"(?<![\u4e00-\u9fa5])" if len(name) <= 4 else ""
    pats = [pre + re.escape(name) + r"(?:批复)?投资" + NUM + r"万元",
            pre + re.escape(name) + NUM + r"万元",
            pre + re.escape(name) + r"：[^\n]*?投资" + NUM + r"万元"]
    vals = []
    for p in pats:
        vals += re.findall(p, text)
    rows = [l for l in text.split("\n") if ("｜" + name + "｜") in l]
    for l in rows:
        cells = l.split("｜")
        vals.append(cells[6])
    check(len(vals) >= min_count, "%s %s: mentioned %d times" % (what, name, len(vals)))
    for v in vals:
        check(D(v) == D(value), "%s %s: %s vs %s" % (what, name, v, value))


def generic_products(text, what):
    # N座×A万元=B万元  and  N座×A万元+M座×B万元=C万元
    for m in re.finditer(r"(\d+)座×" + NUM + r"万元\+(\d+)座×" + NUM + r"万元=" + NUM + r"万元", text):
        eq(m.group(5), D(m.group(1)) * D(m.group(2)) + D(m.group(3)) * D(m.group(4)), what + " " + m.group(0))
    for m in re.finditer(r"(?<![+\d])(\d+)座×" + NUM + r"万元=" + NUM + r"万元", text):
        eq(m.group(3), D(m.group(1)) * D(m.group(2)), what + " " + m.group(0))
    for m in re.finditer(r"(\d+)×(\d+)\+(\d+)×(\d+)=" + NUM + r"万元", text):
        eq(m.group(5), D(m.group(1)) * D(m.group(2)) + D(m.group(3)) * D(m.group(4)), what + " " + m.group(0))
    for m in re.finditer(NUM + r"万元（(\d+)座×" + NUM + r"万元）", text):
        eq(m.group(1), D(m.group(2)) * D(m.group(3)), what + " " + m.group(0))
    for m in re.finditer(NUM + r"万元（" + r"小\(1\)型(\d+)座×" + NUM + r"万元=" + NUM + r"万元，小\(2\)型(\d+)座×" + NUM + r"万元=" + NUM + r"万元）", text):
        a = D(m.group(2)) * D(m.group(3)); b = D(m.group(5)) * D(m.group(6))
        eq(m.group(4), a, what + " part1"); eq(m.group(7), b, what + " part2")
        eq(m.group(1), D(m.group(4)) + D(m.group(7)), what + " " + m.group(0)[:30])


# ------------------------------------------------------------------------------------------
def generic_years(t, year, what):
    for y in re.findall(r"截至(\d{4})年12月31日", t):
        check(int(y) == year, "%s: 截至%s年12月31日 in the %d report" % (what, y, year))
    for y in re.findall(r"结转(?:至)?(\d{4})年", t):
        check(int(y) == year + 1, "%s: carried over to %s in the %d report" % (what, y, year))
    for l in t.split("\n"):
        c = l.split("｜")
        if c[0] in ("上年结转资金", "其他资金", "其中：当年财政拨款") and len(c) == 7:
            check(c[4:] == ["—", "—", "—"], "%s: sub-row %s must print — in 分值/执行率/得分" % (what, c[0]))
            if c[0] == "其中：当年财政拨款":
                tot = [x for x in t.split("\n") if x.startswith("年度资金总额｜")][0].split("｜")
                others = [x.split("｜") for x in t.split("\n") if x.startswith(("上年结转资金｜", "其他资金｜"))]
                for k in (1, 2, 3):
                    eq(tot[k], D(c[k]) + sum(D(o[k]) for o in others), "%s: funds block column %d" % (what, k))


def v_sangzhi(t):
    w = "sangzhi"
    generic_products(t, w)
    items = re.findall(r"^\d+\. (\S+?水库)：(\S+?)，(小\(\d\)型)，总库容([\d.]+)万立方米；.*?投资([\d.]+)万元；(\d{4})年(\d+)月(\d+)日完工", t, re.M)
    check(len(items) == 10, w + ": 10 listed reservoirs, got %d" % len(items))
    tot = sum(D(i[4]) for i in items)
    eq(one(t, r"专项维修投资合计([\d.]+)万元"), tot, w + " list total")
    eq(one(t, r"平均单座投资([\d.]+)万元"), tot / len(items), w + " list average")
    eq(one(t, r"平均单座([\d.]+)万元，控制"), tot / len(items), w + " list average (text)")
    eq(one(t, r"投资合计([\d.]+)万元，平均单座10"), tot, w + " list total (text)")
    n1 = sum(1 for i in items if i[2] == "小(1)型")
    check(n1 == 6, w + ": 6 小(1)型 in the list")
    for i in items:
        check(i[5] == "2019", w + " completion year " + i[0])
        reservoir_mentions(t, i[0], i[4], w)
        check(D(i[3]) >= 100 if i[2] == "小(1)型" else D(i[3]) < 100, w + " size class vs storage " + i[0])
    before = [i for i in items if (int(i[6]), int(i[7])) <= (6, 30)]
    check(len(before) == 5, w + ": 5 finished before 6-30")
    share = Decimal(len(before)) / len(items) * 100
    eq(one(t, r"主汛期前完工比例(\d+)%"), share, w + " flood-season share")
    eq(one(t, r"完成率([\d.]+)%；其余5座"), share / 60 * 100, w + " completion of share")
    # counts
    check(12 + 38 == 50 and 6 + 34 == 40 and 10 + 40 == 50, w + " counts")
    check(27 + 109 == 136, w + " reservoirs in county")
    eq(one(t, r"增长([\d.]+)%"), Decimal(50 - 42) / 42 * 100, w + " growth vs 2018")
    # funds
    B, E, I = D("144.00"), D("138.62"), D("104.00")
    eq("124.00", D(48) + D(76), w + " 省级以上")
    eq("124.00", D(84) + D(40), w + " 中央+省")
    eq(one(t, r"项目年初预算([\d.]+)万元"), D(84) + D(20), w + " 年初预算")
    eq(one(t, r"全年预算([\d.]+)万元，无上年结转"), I + D(40), w + " 全年预算")
    for line in t.split("\n"):
        c = line.split("｜")
        if len(c) == 6 and re.match(r"\d", c[1]) and c[0] in ("中央水利发展资金", "省级资金", "县级配套资金", "合计"):
            eq(c[5], D(c[4]) / D(c[2]) * 100, w + " source rate " + c[0])
            check(D(c[4]) <= D(c[3]) <= D(c[2]), w + " ordering " + c[0])
    rows = {l.split("｜")[0]: l.split("｜") for l in t.split("\n") if l.count("｜") == 5}
    for k in (1, 2, 3, 4):
        eq(rows["合计"][k], sum(D(rows[n][k]) for n in ("中央水利发展资金", "省级资金", "县级配套资金")), w + " source sum col %d" % k)
    eq(one(t, r"预算执行率([\d.]+)%"), E / B * 100, w + " 执行率 text")
    eq(one(t, r"结算总额([\d.]+)万元"), D("107.60") + D("32.80") + D("3.60"), w + " 结算 sum")
    m = re.search(r"全年实际支出([\d.]+)万元，其中：专项维修工程款([\d.]+)万元、日常维修养护([\d.]+)万元、白蚁灭治([\d.]+)万元", t)
    check(m is not None, w + " spending sentence")
    eq(m.group(1), D(m.group(2)) + D(m.group(3)) + D(m.group(4)), w + " spending sum")
    eq(m.group(2), D("107.60") - D("5.38"), w + " paid = 结算 - retention")
    eq(one(t, r"质量保证金([\d.]+)万元（107.60万元×5%）"), D("107.60") * D("0.05"), w + " retention 5%")
    eq(one(t, r"结余资金([\d.]+)万元全部为县级"), B - E, w + " balance")
    eq(one(t, r"县级配套资金([\d.]+)万元为专项维修质量保证金"), D("20.00") - D("14.62"), w + " county balance")
    check(re.search(r"结转至(\d{4})年继续使用", t).group(1) == "2020", w + " carry-over year")
    check("2018年12月21日" in t and "提前下达2019年" in t, w + " advance in Dec of previous year")
    # satisfaction
    eq(one(t, r"满意度(\d+\.\d+)%，比2018年"), Decimal(187) / 200 * 100, w + " satisfaction")
    eq(one(t, r"提高([\d.]+)个百分点"), D("93.50") - D("91.20"), w + " satisfaction change")
    eq(one(t, r"完成目标的([\d.]+)%"), D("1.38") / D("1.50") * 100, w + " irrigation share")
    # table
    fl = re.search(r"年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜(\d+)｜([\d.]+)%｜([\d.]+)", t)
    check(fl.group(1) == "104.00" and fl.group(2) == "144.00" and fl.group(3) == "138.62", w + " funds block")
    eq(fl.group(5), E / B * 100, w + " funds block rate")
    eq(fl.group(6), D(fl.group(4)) * min(Decimal(1), E / B), w + " exec score", [D(fl.group(4)) * D(fl.group(5)) / 100])
    rows = []
    for l in t.split("\n"):
        c = l.split("｜")
        if c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 8:
            rows.append((c[0], c[2], c[3], c[4], c[5], c[6], None))
    check(len(rows) == 11, w + " 11 indicator rows")
    tot = re.search(r"总分｜｜｜｜｜(\d+)｜([\d.]+)｜", t)
    check_table(rows, fl.group(4), fl.group(6), tot.group(1), tot.group(2), w)
    ls = level_sums(rows)
    check(ls["产出指标"][0] == 50 and ls["效益指标"][0] == 30 and ls["满意度指标"][0] == 10, w + " level weights")
    eq(one(t, r"产出指标得分([\d.]+)分"), ls["产出指标"][1], w + " 产出 score text")
    eq(one(t, r"效益指标得分([\d.]+)分"), ls["效益指标"][1], w + " 效益 score text")
    eq(one(t, r"满意度指标得分([\d.]+)分"), ls["满意度指标"][1], w + " 满意度 score text")
    eq(one(t, r"预算执行率得分([\d.]+)分"), D(fl.group(6)), w + " exec score text")
    eq(one(t, r"项目自评得分([\d.]+)分"), D(tot.group(2)), w + " total text")
    check(grade_label_ok(one(t, r"评价等级为(\S\S?)。"), tot.group(2)), w + " grade")


def v_xiushui(t):
    w = "xiushui"
    generic_products(t, w)
    items = []
    for l in t.split("\n"):
        c = l.split("｜")
        if len(c) == 8 and re.fullmatch(r"\d+", c[0]):
            items.append(c)
    check(len(items) == 13, w + " 13 reservoirs")
    tot = sum(D(c[6]) for c in items)
    row = [l for l in t.split("\n") if l.startswith("合计｜｜13座")][0].split("｜")
    eq(row[6], tot, w + " list total")
    s1 = [c for c in items if c[3] == "小(1)型"]
    s2 = [c for c in items if c[3] == "小(2)型"]
    check(len(s1) == 3 and len(s2) == 10, w + " size classes")
    for c in items:
        check(D(c[4]) >= 100 if c[3] == "小(1)型" else D(c[4]) < 100, w + " class vs storage " + c[2])
        reservoir_mentions(t, c[2], c[6], w)
    m = re.search(r"3座小\(1\)型水库批复投资合计([\d,.]+)万元，平均每座([\d.]+)万元；10座小\(2\)型水库批复投资合计([\d,.]+)万元，平均每座([\d.]+)万元", t)
    a1 = sum(D(c[6]) for c in s1); a2 = sum(D(c[6]) for c in s2)
    eq(m.group(1), a1, w + " 小1 sum"); eq(m.group(2), a1 / 3, w + " 小1 avg")
    eq(m.group(3), a2, w + " 小2 sum"); eq(m.group(4), a2 / 10, w + " 小2 avg")
    eq(one(t, r"10座小\(2\)型水库平均单座投资([\d.]+)万元"), a2 / 10, w + " 小2 avg text")
    done = [c for c in items if c[7].startswith("2021年")]
    check(len(done) == 10, w + " 10 finished in 2021")
    # subsidy standards
    eq("1400", 3 * 200 + 10 * 80, w + " central"); eq("700", 3 * 100 + 10 * 40, w + " provincial")
    check(3 * 300 + 10 * 120 == 2100, w + " combined standard")
    eq(one(t, r"差额([\d.]+)万元由县级配套"), tot - 2100, w + " county share")
    B = tot
    I = D("1400") + (tot - 2100)
    eq(one(t, r"年初预算([\d,]+\.\d+)万元；"), I, w + " 年初预算")
    eq(one(t, r"追加后全年预算([\d,.]+)万元"), I + 700, w + " 全年预算")
    R = D(1400) + D(700) + D(340)
    eq(one(t, r"实际到位资金合计([\d,.]+)万元"), R, w + " 到位")
    eq(one(t, r"尚有([\d.]+)万元未到位"), (tot - 2100) - 340, w + " county not received")
    eq(one(t, r"还有([\d.]+)万元未到位"), (tot - 2100) - 340, w + " county not received (2)")
    eq(one(t, r"资金到位率([\d.]+)%"), R / B * 100, w + " 到位率")
    E = D("1876.43")
    eq(one(t, r"全年执行([\d,.]+)万元，预算执行率"), E, w + " E")
    eq(one(t, r"预算执行率([\d.]+)%"), E / B * 100, w + " 执行率")
    eq(one(t, r"执行率([\d.]+)%，在建"), E / B * 100, w + " 执行率 (problems)")
    m = re.search(r"中央资金支出([\d,.]+)万元，省级资金支出([\d,.]+)万元，县级资金支出([\d,.]+)万元", t)
    eq(str(E), D(m.group(1)) + D(m.group(2)) + D(m.group(3)), w + " spending by source")
    check(D(m.group(1)) <= 1400 and D(m.group(2)) <= 700 and D(m.group(3)) <= 340, w + " source spending <= received")
    m = re.search(r"工程施工款([\d,.]+)万元、监理费([\d.]+)万元、质量检测费([\d.]+)万元、蓄水安全鉴定及设计变更费([\d.]+)万元", t)
    eq(str(E), sum(D(x) for x in m.groups()), w + " spending by content")
    eq(one(t, r"结余资金([\d.]+)万元"), R - E, w + " balance")
    eq(one(t, r"结转2022年的([\d.]+)万元"), R - E, w + " balance (其他)")
    check("2020年12月18日" in t and "提前下达2021年" in t, w + " advance")
    check("结转2022年" in t, w + " carry-over year")
    eq(one(t, r"占年度任务13座的([\d.]+)%"), Decimal(10) / 13 * 100, w + " completion 10/13")
    eq(one(t, r"按期完工率([\d.]+)%。"), Decimal(10) / 13 * 100, w + " on-time rate")
    eq(one(t, r"完成目标2.10万亩的([\d.]+)%"), D("1.62") / D("2.10") * 100, w + " irrigation")
    eq(one(t, r"受益群众满意度([\d.]+)%，未达到"), Decimal(216) / 250 * 100, w + " satisfaction")
    check(13 / 6 > 2, w + " twice last year's 6")
    fl = re.search(r"年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜(\d+)｜([\d.]+)%｜([\d.]+)", t)
    eq(fl.group(1), I, w + " table 年初"); eq(fl.group(2), B, w + " table 全年"); eq(fl.group(3), E, w + " table 执行")
    eq(fl.group(5), E / B * 100, w + " table rate")
    eq(fl.group(6), D(fl.group(4)) * E / B, w + " exec score", [D(fl.group(4)) * D(fl.group(5)) / 100])
    rows = []
    for l in t.split("\n"):
        c = l.split("｜")
        if c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 9:
            rows.append((c[0], c[2], c[3], c[4], c[6], c[7], c[5]))
    check(len(rows) == 11, w + " 11 indicator rows")
    tot = re.search(r"合计｜｜｜｜｜｜(\d+)｜([\d.]+)｜", t)
    check_table(rows, fl.group(4), fl.group(6), tot.group(1), tot.group(2), w)
    ls = level_sums(rows)
    check(ls["产出指标"][0] == 50 and ls["效益指标"][0] == 30 and ls["满意度指标"][0] == 10, w + " level weights")
    eq(one(t, r"产出指标得分([\d.]+)分"), ls["产出指标"][1], w + " 产出 text")
    eq(one(t, r"效益指标得分([\d.]+)分"), ls["效益指标"][1], w + " 效益 text")
    eq(one(t, r"满意度指标得分([\d.]+)分"), ls["满意度指标"][1], w + " 满意度 text")
    eq(one(t, r"预算执行率得分([\d.]+)分"), D(fl.group(6)), w + " exec text")
    eq(one(t, r"项目自评得分([\d.]+)分"), D(tot.group(2)), w + " total text")
    check(grade_label_ok(one(t, r"评价等级为(\S\S?)。"), tot.group(2)), w + " grade")


def md_cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def v_zijin(t):
    w = "zijin"
    generic_products(t, w)
    check(24 + 118 == 142 and 21 + 105 == 126, w + " counts")
    eq(one(t, r"增长([\d.]+)%"), Decimal(126 - 118) / 118 * 100, w + " growth")
    eq(one(t, r"每座小\(1\)型水库上级补助([\d.]+)万元"), D(3) + D(2), w + " per-座 小1")
    eq(one(t, r"每座小\(2\)型水库上级补助([\d.]+)万元"), D(1) + D(1), w + " per-座 小2")
    I = D(168) + D(85) + D("23.46")
    eq(one(t, r"项目年初预算([\d.]+)万元"), I, w + " 年初")
    B = I + 147
    eq(one(t, r"全年预算([\d.]+)万元。截至"), B, w + " 全年")
    check("2022年12月9日" in t and "提前下达2023年" in t and "2022年结转资金23.46万元" in t, w + " advance / incoming carry-over")
    items = re.findall(r"^\d+、(\S+?水库)：(\S+?)，(小\(\d\)型)，总库容([\d.]+)万立方米；.*?投资([\d.]+)万元；(\d{4})年(\d+)月(\d+)日完工", t, re.M)
    check(len(items) == 8, w + " 8 listed")
    S = sum(D(i[4]) for i in items)
    s1 = [D(i[4]) for i in items if i[2] == "小(1)型"]; s2 = [D(i[4]) for i in items if i[2] == "小(2)型"]
    check(len(s1) == 5 and len(s2) == 3, w + " classes")
    m = re.search(r"8宗合计([\d.]+)万元，平均每宗([\d.]+)万元，其中5座小\(1\)型平均([\d.]+)万元，3座小\(2\)型平均([\d.]+)万元", t)
    eq(m.group(1), S, w + " list sum"); eq(m.group(2), S / 8, w + " avg 8")
    eq(m.group(3), sum(s1) / 5, w + " avg 小1"); eq(m.group(4), sum(s2) / 3, w + " avg 小2")
    for i in items:
        check(i[5] == "2023", w + " year " + i[0])
        reservoir_mentions(t, i[0], i[4], w)
        check(D(i[3]) >= 100 if i[2] == "小(1)型" else D(i[3]) < 100, w + " class vs storage " + i[0])
    ontime = [i for i in items if (int(i[6]), int(i[7])) <= (9, 30)]
    check(len(ontime) == 6, w + " 6 on time")
    eq(one(t, r"完工率([\d.]+)%。成本"), Decimal(len(ontime)) / 8 * 100, w + " on-time rate")
    E = D("401.87")
    m = re.search(r"执行401.87万元，其中重点维修([\d.]+)万元、日常维修养护([\d.]+)万元、专业化管护([\d.]+)万元、白蚁防治([\d.]+)万元、雨水情测报和安全监测设施运行维护([\d.]+)万元", t)
    eq(str(E), sum(D(x) for x in m.groups()), w + " spending by content")
    eq(m.group(1), S, w + " 重点 = list")
    eq(m.group(2), D(16) * 2 + D(102) * D("0.90"), w + " 日常")
    check(16 + 102 == 118 and 5 + 16 == 21 and 3 + 102 == 105, w + " class split")
    eq(m.group(4), D(14) * D("0.75"), w + " 白蚁")
    eq(one(t, r"预算执行率([\d.]+)%"), E / B * 100, w + " 执行率")
    eq(one(t, r"结余([\d.]+)万元，已结转2024年"), B - E, w + " balance")
    eq(one(t, r"结转2024年的([\d.]+)万元"), B - E, w + " balance (其他)")
    m = re.search(r"省级资金([\d.]+)万元、县级资金([\d.]+)万元，主要", t)
    eq(str(B - E), D(m.group(1)) + D(m.group(2)), w + " balance by source")
    src = {}
    for l in t.split("\n"):
        if l.startswith("| ") and ("资金 |" in l or "上年结转 |" in l or l.startswith("| 合计 | 423")):
            c = md_cells(l)
            if len(c) == 5:
                src[c[0]] = c
                eq(c[4], D(c[3]) / D(c[1]) * 100, w + " src rate " + c[0])
                check(D(c[3]) <= D(c[2]) <= D(c[1]), w + " ordering " + c[0])
    for k in (1, 2, 3):
        eq(src["合计"][k], sum(D(src[n][k]) for n in ("中央资金", "省级资金", "县级资金", "上年结转")), w + " src col %d" % k)
    eq(str(D(src["省级资金"][1]) - D(src["省级资金"][3])), D(m.group(1)), w + " prov balance")
    eq(str(D(src["县级资金"][1]) - D(src["县级资金"][3])), D(m.group(2)), w + " county balance")
    eq(one(t, r"实际覆盖(\d+)座"), 126 - 24, w + " coverage")
    eq(one(t, r"满意度([\d.]+)%。\n"), Decimal(229) / 250 * 100, w + " satisfaction")
    eq(one(t, r"完成目标的([\d.]+)%"), D("3.42") / D("3.60") * 100, w + " irrigation")
    # score table
    rows = []
    ex = None
    total = None
    for l in t.split("\n"):
        if not l.startswith("| "):
            continue
        c = md_cells(l)
        if len(c) != 7:
            continue
        if c[0] == "预算执行率":
            ex = c
        elif c[0] in ("产出指标", "效益指标", "满意度指标"):
            rows.append((c[0], c[2], c[3], c[4], c[5], c[6], None))
        elif c[0] == "合计":
            total = c
    check(len(rows) == 13, w + " 13 rows")
    eq(ex[4], E / B * 100, w + " exec row rate")
    eq(ex[6], D(ex[5]) * E / B, w + " exec score", [D(ex[5]) * D(ex[4].rstrip("%")) / 100])
    check_table(rows, ex[5], ex[6], total[5], total[6], w)
    ls = level_sums(rows)
    check(ls["产出指标"][0] == 45 and ls["效益指标"][0] == 35 and ls["满意度指标"][0] == 10, w + " level weights 10/45/35/10")
    eq(one(t, r"产出指标得分([\d.]+)分"), ls["产出指标"][1], w + " 产出 text")
    eq(one(t, r"效益指标得分([\d.]+)分"), ls["效益指标"][1], w + " 效益 text")
    eq(one(t, r"满意度指标得分([\d.]+)分"), ls["满意度指标"][1], w + " 满意度 text")
    eq(one(t, r"预算执行率得分([\d.]+)分"), D(ex[6]), w + " exec text")
    eq(one(t, r"项目自评得分([\d.]+)分"), D(total[6]), w + " total text")
    check(grade_label_ok(one(t, r"评价等级为(\S)。"), total[6]), w + " grade")


def v_anhua(t):
    w = "anhua"
    generic_products(t, w)
    check(31 + 151 == 182 and 8 + 32 == 40 and 6 + 18 == 24, w + " counts")
    I = D(432) + D(48)
    eq(one(t, r"项目年初预算([\d.]+)万元"), I, w + " 年初")
    B = I + 90 - 8
    eq(one(t, r"调整后全年预算([\d.]+)万元"), B, w + " 全年")
    check("2023年12月20日" in t and "提前下达2024年" in t, w + " advance")
    items = re.findall(r"^\d+\. (\S+?水库)：(\S+?)，总库容([\d.]+)万立方米；雨量计1套、水位计1套、渗压计(\d+)支、视频监控(\d+)路；投资([\d.]+)万元；(\d{4})年(\d+)月(\d+)日建成", t, re.M)
    check(len(items) == 8, w + " 8 listed")
    S = sum(D(i[5]) for i in items)
    m = re.search(r"8座合计([\d.]+)万元，平均每座([\d.]+)万元，低于18.00万元/座的补助标准；共安装渗压计(\d+)支、视频监控(\d+)路", t)
    eq(m.group(1), S, w + " list sum"); eq(m.group(2), S / 8, w + " list avg")
    check(S / 8 < 18, w + " avg below standard")
    check(int(m.group(3)) == sum(int(i[3]) for i in items), w + " piezometers")
    check(int(m.group(4)) == sum(int(i[4]) for i in items), w + " video")
    for i in items:
        check(D(i[2]) >= 100, w + " 小1 storage " + i[0])
        check(i[6] == "2024", w + " year " + i[0])
        reservoir_mentions(t, i[0], i[5], w)
    vals = {i[0]: D(i[5]) for i in items}
    check(max(vals, key=vals.get) == "白沙溪水库" and min(vals, key=vals.get) == "石门冲水库", w + " max/min claims")
    late = max(items, key=lambda i: (int(i[7]), int(i[8])))
    check(late[0] == "山口水库", w + " last finished")
    # funds
    src = {}
    for l in t.split("\n"):
        c = l.split("｜")
        if len(c) == 4 and c[0] in ("中央资金", "省级资金", "县级资金", "合计"):
            src[c[0]] = c
            check(D(c[3]) <= D(c[2]) <= D(c[1]), w + " ordering " + c[0])
    for k in (1, 2, 3):
        eq(src["合计"][k], sum(D(src[n][k]) for n in ("中央资金", "省级资金", "县级资金")), w + " src col %d" % k)
    eq(src["中央资金"][1], D(432), w + " central"); eq(src["省级资金"][1], D(90), w + " prov"); eq(src["县级资金"][1], D(48) - 8, w + " county")
    E = D(src["合计"][3])
    eq(one(t, r"全年执行([\d.]+)万元，预算执行率"), E, w + " E")
    eq(one(t, r"预算执行率([\d.]+)%。按资金"), E / B * 100, w + " 执行率")
    eq(one(t, r"预算执行率只有([\d.]+)%"), E / B * 100, w + " 执行率 (problems)")
    m = re.search(r"小\(1\)型水库监测设施([\d.]+)万元，小\(2\)型水库监测设施([\d.]+)万元（26座×8.65万元），大坝安全鉴定([\d.]+)万元（.*?），平台接入及运行维护([\d.]+)万元", t)
    eq(m.group(1), S, w + " 小1 = list")
    eq(str(E), sum(D(x) for x in m.groups()), w + " spending by content")
    eq(src["中央资金"][3], D(m.group(1)) + D(m.group(2)), w + " central spending = monitoring")
    eq(src["省级资金"][3], D(m.group(3)), w + " prov spending = appraisal")
    eq(src["县级资金"][3], D(m.group(4)), w + " county spending = platform")
    eq(one(t, r"结余资金([\d.]+)万元"), D(src["合计"][2]) - E, w + " balance")
    check("结转2025年" in t, w + " carry-over year")
    check(26 + 6 == 32 and 8 + 26 == 34 and 6 + 14 == 20 and 7 + 10 + 3 == 20 and 20 + 4 == 24, w + " counts 2")
    eq(one(t, r"完成计划40座的([\d.]+)%"), Decimal(34) / 40 * 100, w + " 34/40")
    eq(one(t, r"占计划的([\d.]+)%"), Decimal(34) / 40 * 100, w + " platform 34/40")
    eq(one(t, r"完成计划24座的([\d.]+)%"), Decimal(20) / 24 * 100, w + " 20/24")
    eq(one(t, r"占计划24座的([\d.]+)%"), Decimal(12) / 24 * 100, w + " 12/24")
    eq(one(t, r"目标为不低于60%，完成率([\d.]+)%"), Decimal(12) / 24 * 100 / 60 * 100, w + " completion 50/60")
    eq(one(t, r"满意度([\d.]+)%。"), Decimal(107) / 125 * 100, w + " satisfaction")
    fl = re.search(r"年度资金总额｜年初预算数([\d.]+)｜全年预算数([\d.]+)｜全年执行数([\d.]+)｜分值(\d+)｜执行率([\d.]+)%｜得分([\d.]+)", t)
    eq(fl.group(1), I, w + " tbl 年初"); eq(fl.group(2), B, w + " tbl 全年"); eq(fl.group(3), E, w + " tbl 执行")
    eq(fl.group(5), E / B * 100, w + " tbl rate")
    eq(fl.group(6), D(fl.group(4)) * E / B, w + " exec score", [D(fl.group(4)) * D(fl.group(5)) / 100])
    rows = []
    for l in t.split("\n"):
        c = l.split("｜")
        if c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 10:
            nature, val, unit, act = c[3], c[4], c[5], c[6]
            if nature == "定性":
                target, actual = val, act
            else:
                u = "" if unit == "—" else unit
                target, actual = nature + val + u, act + u
            rows.append((c[0], c[2], target, actual, c[7], c[8], None))
    check(len(rows) == 12, w + " 12 rows")
    tot = re.search(r"总分｜｜｜｜｜｜｜(\d+)｜([\d.]+)｜", t)
    check_table(rows, fl.group(4), fl.group(6), tot.group(1), tot.group(2), w)
    ls = level_sums(rows)
    check(ls["产出指标"][0] == 50 and ls["效益指标"][0] == 30 and ls["满意度指标"][0] == 10, w + " level weights")
    eq(one(t, r"项目自评得分([\d.]+)分"), D(tot.group(2)), w + " total text")
    check(grade_label_ok(one(t, r"评价等级为(\S\S)。"), tot.group(2)), w + " grade")


def v_luoding(t):
    w = "luoding"
    generic_products(t, w)
    check(21 + 74 == 95 and 14 + 50 == 64 and 9 + 55 == 64 and 9 + 46 == 55 and 5 + 9 == 14 and 4 + 46 == 50, w + " counts")
    eq(one(t, r"增长([\d.]+)%"), Decimal(64 - 48) / 48 * 100, w + " growth")
    # funds table (行次)
    tb = {}
    for l in t.split("\n"):
        c = l.split("\t")
        if len(c) == 10 and c[1].startswith("("):
            tb[c[1][:3]] = [None, None] + [D(x) for x in c[2:]]
            tb[c[1][:3]][0] = c
    check(set(tb) == {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"}, w + " 7 table rows")
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = tb[k]
        eq(r[0][2], r[3], w + " 总额 = 小计 " + k)
        eq(r[0][3], sum(r[4:8]), w + " 小计 = 中央+省+市+县 " + k)
    for j in range(2, 10):
        eq(tb["(5)"][0][j], tb["(3)"][j] - tb["(4)"][j], w + " (5)=(3)-(4) col %d" % j)
        base = tb["(2)"][j]
        if base == 0:
            check(tb["(6)"][j] == 0 and tb["(7)"][j] == 0, w + " zero-base column prints 0, col %d" % j)
        else:
            eq(tb["(6)"][0][j], tb["(3)"][j] / base * 100, w + " (6) col %d" % j)
            eq(tb["(7)"][0][j], tb["(4)"][j] / base * 100, w + " (7) col %d" % j)
            check(tb["(4)"][j] <= tb["(3)"][j] <= base, w + " ordering col %d" % j)
    B, R, E = tb["(2)"][2], tb["(3)"][2], tb["(4)"][2]
    eq(str(tb["(2)"][5]), D(14) * 4 + D(50) * D("1.5"), w + " prov standard")
    eq(str(tb["(2)"][6]), D(14) * 1 + D(50) * D("0.5"), w + " city standard")
    eq(one(t, r"余下([\d.]+)万元年底前未到位"), tb["(2)"][6] - tb["(3)"][6], w + " city not received")
    eq(one(t, r"预算执行率([\d.]+)%，资金结余"), E / B * 100, w + " 执行率 text")
    eq(one(t, r"资金结余([\d.]+)万元，全部结转2019年"), R - E, w + " balance text")
    eq(one(t, r"全年执行([\d.]+)万元，预算执行率"), E, w + " E text")
    eq(one(t, r"预算执行率只有([\d.]+)%"), E / B * 100, w + " 执行率 (problems)")
    # list
    items = re.findall(r"^（\d）(\S+?水库)：(\S+?)，(小\(\d\)型)，总库容([\d.]+)万立方米；.*?；投资([\d.]+)万元；(.+?)。$", t, re.M)
    check(len(items) == 9, w + " 9 listed")
    S = sum(D(i[4]) for i in items)
    eq(one(t, r"合同投资合计([\d.]+)万元"), S, w + " list sum")
    eq(one(t, r"单宗平均([\d.]+)万元"), S / 9, w + " list avg")
    done = [i for i in items if i[5].startswith("2018年")]
    check(len(done) == 4, w + " 4 finished")
    check(sum(1 for i in items if i[2] == "小(1)型") == 5, w + " 5 小1 in list")
    for i in items:
        reservoir_mentions(t, i[0], i[4], w)
        check(D(i[3]) >= 100 if i[2] == "小(1)型" else D(i[3]) < 100, w + " class vs storage " + i[0])
    vals = {i[0]: D(i[4]) for i in items}
    check(max(vals, key=vals.get) == "龙岗水库" and min(vals, key=vals.get) == "竹山水库", w + " max/min claims")
    m = re.search(r"全年执行([\d.]+)万元，其中重点维修工程款([\d.]+)万元（已完工4宗结算支付([\d.]+)万元、在建5宗预付款([\d.]+)万元），日常维修养护([\d.]+)万元（.*?），大坝安全鉴定([\d.]+)万元（.*?），安全管理标识牌([\d.]+)万元", t)
    eq(m.group(1), D(m.group(2)) + D(m.group(5)) + D(m.group(6)) + D(m.group(7)), w + " spending by content")
    eq(m.group(2), D(m.group(3)) + D(m.group(4)), w + " 重点 paid split")
    check(D(m.group(3)) <= sum(D(i[4]) for i in done), w + " paid <= contract (finished)")
    check(D(m.group(4)) <= S - sum(D(i[4]) for i in done), w + " paid <= contract (in progress)")
    eq(one(t, r"维修养护完成(\d+)座"), 55 + 4, w + " 59 done")
    eq(one(t, r"占计划64座的([\d.]+)%"), Decimal(59) / 64 * 100, w + " 59/64")
    eq(one(t, r"完工率([\d.]+)%；"), Decimal(4) / 9 * 100, w + " 4/9")
    eq(one(t, r"为目标2.40万亩的([\d.]+)%"), D("1.56") / D("2.40") * 100, w + " irrigation")
    eq(one(t, r"满意度([\d.]+)%，未达到"), Decimal(156) / 200 * 100, w + " satisfaction")
    # indicator tables
    lines = t.split("\n")
    rows, subt = [], {}
    sec = None
    ex = None
    summ = {}
    for l in lines:
        if l.startswith("（一）预算执行情况") and "\t" not in l:
            sec = "exec"
        elif l.startswith("（二）产出指标"):
            sec = "产出指标"
        elif l.startswith("（三）效益指标"):
            sec = "效益指标"
        elif l.startswith("（四）满意度指标"):
            sec = "满意度指标"
        elif l.startswith("（五）得分汇总"):
            sec = "sum"
        elif l.startswith("三、"):
            sec = None
        c = l.split("\t")
        if sec and len(c) == 6 and c[0] != "三级指标":
            if sec == "exec":
                ex = c
            elif c[0] == "小计":
                subt[sec] = c
            else:
                rows.append((sec, c[0], c[2], c[3], c[1], c[5], c[4]))
        if sec == "sum" and len(c) == 3 and c[0] != "一级指标":
            summ[c[0]] = c
    check(len(rows) == 12, w + " 12 indicator rows")
    eq(ex[3], E / B * 100, w + " exec actual"); eq(ex[4], E / B * 100, w + " exec completion")
    eq(ex[5], D(ex[1]) * E / B, w + " exec score", [D(ex[1]) * D(ex[4].rstrip("%")) / 100])
    check_table(rows, ex[1], ex[5], summ["总得分"][1], summ["总得分"][2], w)
    ls = level_sums(rows)
    for lv in ("产出指标", "效益指标"):
        check(D(subt[lv][1]) == ls[lv][0], w + " subtotal weight " + lv)
        eq(subt[lv][5], ls[lv][1], w + " subtotal score " + lv)
        eq(summ[lv][2], ls[lv][1], w + " summary score " + lv)
        check(D(summ[lv][1]) == ls[lv][0], w + " summary weight " + lv)
    eq(summ["满意度指标"][2], ls["满意度指标"][1], w + " summary sat")
    eq(summ["预算执行"][2], D(ex[5]), w + " summary exec")
    check(sum(D(summ[k][1]) for k in ("预算执行", "产出指标", "效益指标", "满意度指标")) == 100, w + " summary weights")
    eq(summ["总得分"][2], sum(D(summ[k][2]) for k in ("预算执行", "产出指标", "效益指标", "满意度指标")), w + " summary total")
    eq(one(t, r"总得分([\d.]+)分"), D(summ["总得分"][2]), w + " total text")
    check(grade_label_ok(one(t, r"评价等级为(\S)。"), summ["总得分"][2]), w + " grade")


VERIFIERS = {
    "sangzhi-xkweiyang-2019": v_sangzhi,
    "xiushui-chuxian-2021": v_xiushui,
    "zijin-xkyanghu-2023": v_zijin,
    "anhua-jiance-2024": v_anhua,
    "luoding-xkweiyang-2018": v_luoding,
}


def edit_ok(clean, case, code, name):
    """One contiguous change of <= 16 chars on one line, or on two adjacent lines (score rows)."""
    i = 0
    while i < min(len(clean), len(case)) and clean[i] == case[i]:
        i += 1
    j = 0
    while j < min(len(clean), len(case)) - i and clean[-1 - j] == case[-1 - j]:
        j += 1
    old, new = clean[i:len(clean) - j], case[i:len(case) - j]
    check(old != new, name + ": no change")
    if "\n" not in old and "\n" not in new:
        check(max(len(old), len(new)) <= MAX_EDIT, "%s: edit too long (%r -> %r)" % (name, old, new))
        return
    check(code in TWO_ROW_CODES, name + ": multi-line edit only allowed for score rows")
    a, b = clean.split("\n"), case.split("\n")
    check(len(a) == len(b), name + ": line count changed")
    diff = [k for k in range(min(len(a), len(b))) if a[k] != b[k]]
    check(len(diff) == 2 and diff[1] == diff[0] + 1, name + ": two adjacent rows expected, got %s" % diff)
    for k in diff:
        x, y = a[k], b[k]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
            s += 1
        check(max(len(x) - p - s, len(y) - p - s) <= MAX_EDIT, "%s: row edit too long on line %d" % (name, k))


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check(sorted(l["case"] for l in labels) == files, "labels and case files differ")
    codes = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        case = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            check(lab["expected"] == [] and case == clean, lab["case"] + ": clean label")
            continue
        check(len(lab["expected"]) == 1, lab["case"] + ": exactly one expected finding")
        for e in lab["expected"]:
            check(e["code"] in SECTION_A, lab["case"] + ": code not in section A: " + e["code"])
            check(e["severity"] == "error", lab["case"] + ": severity")
            check(case.count(e["value"]) == 1, lab["case"] + ": value occurs %d times" % case.count(e["value"]))
            check(clean.count(e["value"]) == 0, lab["case"] + ": value occurs in the clean draft")
            check(bool(re.search(r"\d", e["value"])) or e["code"] == "grade_mismatch", lab["case"] + ": value without a figure")
            codes.setdefault(e["code"], set()).add(lab["source"])
            codes.setdefault("_n_" + e["code"], set()).add(lab["case"])
            edit_ok(clean, case, e["code"], lab["case"])
            # the edit lies inside the value's occurrence (or the value spans it)
            k = case.find(e["value"])
            i = 0
            while clean[i] == case[i]:
                i += 1
            check(k <= i < k + len(e["value"]) + 1, lab["case"] + ": value does not contain the first changed character")
    for c in SECTION_A:
        check(len(codes.get("_n_" + c, ())) >= 2, "code %s used fewer than 2 times" % c)
        check(len(codes.get(c, ())) >= 2, "code %s used in fewer than 2 projects" % c)
    for pid, fn in VERIFIERS.items():
        text = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        n = len(text)
        check(2500 <= n <= 6000, "%s: length %d" % (pid, n))
        fn(text)
        generic_years(text, int(pid[-4:]), pid)
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print("%d failures / %d checks" % (len(FAILS), COUNT[0]))
        sys.exit(1)
    print("OK (%d checks, %d cases)" % (COUNT[0], len(labels)))


if __name__ == "__main__":
    main()
