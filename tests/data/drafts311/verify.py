#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs (exactly once) in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md section A is used at least twice;
4. the arithmetic of every clean draft is redone: all checks pass (score-rule warnings included);
5. the arithmetic of every error case is redone: the labelled code fails and no other error-level code fails.

Arithmetic follows rules.md section 5-8: Decimal, ROUND_HALF_UP, tolerance from the stated number of decimals
(|c - v| <= 0.5 * 10^-d), a wrong power of ten on one amount is unit_mismatch (most specific explanation),
rates over a zero base are not compared (a printed 0 or a dash is tolerated, anything else is implausible).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

ROOT = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(ROOT, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
FACTORS = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------------------------- numbers
def numstr(s):
    m = NUM.search(s)
    if not m:
        raise ExtractError(f"no number in {s!r}")
    return m.group()


def num(s):
    return D(numstr(s).replace(",", ""))


def ndec(s):
    n = numstr(s)
    return len(n.split(".")[1]) if "." in n else 0


def tol(s):
    return D("0.5") * D(10) ** -ndec(s) + D("1e-9")


def close(c, s):
    """computed value c is consistent with the stated string s"""
    return abs(D(c) - num(s)) <= tol(s)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def is_blank(s):
    return s.strip() in ("", "—", "-", "－", "/")


def val(s):
    return D(0) if is_blank(s) else num(s)


# ----------------------------------------------------------------------------------------------- checker
class Ck:
    def __init__(self):
        self.fails = []
        self.warns = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    def codes(self):
        return {c for c, _ in self.fails}


def one(text, pat, flags=0):
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def chk_sum(ck, total, comps, what):
    C = [val(x) for x in comps]
    if is_blank(total):
        T_ok = sum(C) == 0
        if not T_ok:
            ck.fail("sum_mismatch", f"{what}: blank total, components {sum(C)}")
        return
    if close(sum(C), total):
        return
    for i in range(len(C)):
        for f in FACTORS:
            C2 = list(C)
            C2[i] = C[i] * f
            if C[i] != 0 and close(sum(C2), total):
                ck.fail("unit_mismatch", f"{what}: component {comps[i]} off by a power of ten")
                return
    for f in FACTORS:
        if abs(sum(C) - num(total) * f) <= tol(total) * f:
            ck.fail("unit_mismatch", f"{what}: total {total} off by a power of ten")
            return
    ck.fail("sum_mismatch", f"{what}: {' + '.join(comps)} = {sum(C)}, stated {total}")


def chk_rate(ck, numer, denom, rate, what):
    N, Dn = val(numer), val(denom)
    if Dn == 0:
        if not is_blank(rate) and num(rate) != 0:
            ck.fail("implausible_rate", f"{what}: rate {rate} on a zero base")
        return
    if is_blank(rate):
        raise ExtractError(f"{what}: rate missing")
    c = N / Dn * 100
    r = num(rate)
    if r > 100 or r < 0:
        ck.fail("implausible_rate", f"{what}: rate {rate} outside [0, 100]")
    if close(c, rate):
        if c > 100 + tol(rate):
            ck.fail("implausible_rate", f"{what}: {numer}/{denom} = {c:.2f}% over 100")
        return
    for f in FACTORS:
        if close(N * f / Dn * 100, rate) or close(N / (Dn * f) * 100, rate):
            ck.fail("unit_mismatch", f"{what}: amount off by a power of ten")
            return
    if not (r > 100 or r < 0):
        ck.fail("rate_mismatch", f"{what}: {numer}/{denom} = {c:.4f}%, stated {rate}")


def chk_plain_rate(ck, rate, what):
    r = num(rate)
    if r > 100 or r < 0:
        ck.fail("implausible_rate", f"{what}: {rate} outside [0, 100]")


def chk_bal(ck, a, b, bal, what):
    c = val(a) - val(b)
    if close(c, bal):
        return
    for f in FACTORS:
        if close(c, str(num(bal) * f)) or close(val(a) * f - val(b), bal) or close(val(a) - val(b) * f, bal):
            ck.fail("unit_mismatch", f"{what}: power of ten")
            return
    ck.fail("balance_mismatch", f"{what}: {a} - {b} = {c}, stated {bal}")


def chk_avg(ck, items, avg, what):
    c = sum(num(x) for x in items) / len(items)
    if not close(c, avg):
        ck.fail("average_mismatch", f"{what}: mean {c:.4f}, stated {avg}")


def chk_conf(ck, s1, s2, what):
    a, b = num(s1), num(s2)
    if not (close(a, s2) or close(b, s1)):
        ck.fail("conflicting_values", f"{what}: {s1} vs {s2}")


GRADES = {"优": "A", "优秀": "A", "良": "B", "良好": "B", "中": "C", "中等": "C", "一般": "C", "合格": "C",
          "差": "D", "较差": "D", "不合格": "D"}


def chk_grade(ck, total, grade, what):
    s = num(total)
    band = "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 60 else "D"
    if GRADES.get(grade) != band:
        ck.fail("grade_mismatch", f"{what}: {total} -> band {band}, stated {grade}")


def chk_year(ck, ok, what):
    if not ok:
        ck.fail("year_mismatch", what)


# ------------------------------------------------------------------------------------------ indicators
def parse_val(s):
    s = s.strip()
    d = "eq"
    if s.startswith(("≥", ">=", "＞＝", "不低于", "不少于")):
        d = "gte"
    elif s.startswith(("≤", "<=", "＜＝", "不高于", "不超过")):
        d = "lte"
    m = NUM.search(s)
    if not m:
        return {"dir": "qual", "v": None, "unit": s, "s": s}
    return {"dir": d, "v": D(m.group().replace(",", "")), "unit": s[m.end():].strip(), "s": s}


def completion(t, a):
    if t["dir"] == "lte":
        return D(100) if a["v"] <= t["v"] else t["v"] / a["v"] * 100
    if t["v"] == 0:
        return D(100) if a["v"] <= 0 else D(0)
    return a["v"] / t["v"] * 100


def rule_score(w, t, a):
    if t["dir"] == "lte":
        return w if a["v"] <= t["v"] else w * t["v"] / a["v"]
    if t["v"] == 0:
        return w if a["v"] <= 0 else D(0)
    return w if a["v"] >= t["v"] else w * max(a["v"], D(0)) / t["v"]


def ind_row(ck, name, w, target, actual, score, comp=None):
    W, S = num(w), num(score)
    if S > W or S < 0:
        ck.fail("score_exceeds_weight", f"{name}: score {score} vs weight {w}")
    t, a = parse_val(target), parse_val(actual)
    if t["dir"] == "qual" or a["dir"] == "qual":
        if t["dir"] != a["dir"]:
            ck.fail("unit_mismatch", f"{name}: qualitative vs quantitative")
        elif not (W * D("0.8") <= S <= W):
            ck.warn("score_rule_mismatch", f"{name}: qualitative score {score} not in the achieved band")
        return
    if t["unit"] != a["unit"]:
        ck.fail("unit_mismatch", f"{name}: target unit {t['unit']!r}, actual unit {a['unit']!r}")
        return
    if a["unit"] == "%" and (a["v"] > 100 or a["v"] < 0):
        ck.fail("implausible_rate", f"{name}: {actual}")
    c = completion(t, a)
    if comp is not None and not close(c, comp):
        ck.fail("completion_mismatch", f"{name}: completion {c:.4f}%, stated {comp}")
    if S <= W:
        r = rule_score(W, t, a)
        if not close(r2(r), score):
            ck.warn("score_rule_mismatch", f"{name}: rule score {r2(r)}, stated {score}")


def exec_score(ck, w, spent, budget, rate, score, what):
    unrounded = num(w) * min(val(spent) / val(budget), D(1))
    from_stated = num(w) * min(num(rate) / 100, D(1))
    if not (close(r2(unrounded), score) or close(r2(from_stated), score)):
        ck.warn("score_rule_mismatch", f"{what}: execution score {r2(unrounded)}, stated {score}")
    if num(score) > num(w):
        ck.fail("score_exceeds_weight", f"{what}: {score} > {w}")


def weight_score_sums(ck, rows, tot_w, tot_s, what):
    chk_w = sum(num(r[0]) for r in rows)
    if not close(chk_w, tot_w):
        ck.fail("weight_sum_mismatch", f"{what}: weights sum {chk_w}, stated {tot_w}")
    if num(tot_w) != 100:
        ck.fail("weight_sum_mismatch", f"{what}: total weight {tot_w} != 100")
    chk_s = sum(num(r[1]) for r in rows)
    if not close(chk_s, tot_s):
        ck.fail("score_sum_mismatch", f"{what}: scores sum {chk_s}, stated {tot_s}")


# ----------------------------------------------------------------------------------------- per draft
def ocpl_rows(text):
    """one-cell-per-line tables: blocks separated by blank lines, every cell line starts with a tab"""
    rows = []
    for block in text.split("\n\n"):
        lines = block.strip("\n").split("\n")
        if lines and all(l.startswith("\t") for l in lines):
            rows.append([l[1:] for l in lines])
    return rows


def check_hongtong(t, ck):
    Y = 2021
    rows = ocpl_rows(t)
    F = {}
    for r in rows:
        if len(r) == 10 and r[1].startswith("("):
            F[r[1][:3]] = r[2:]
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]:
        if k not in F:
            raise ExtractError(f"funds row {k} missing")
    cols = ["总额", "小计", "中央", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)"]:
        r = F[k]
        chk_sum(ck, r[1], r[2:6], f"funds {k} 小计")
        chk_sum(ck, r[0], [r[1], r[6], r[7]], f"funds {k} 总额")
    for i, c in enumerate(cols):
        chk_bal(ck, F["(3)"][i], F["(4)"][i], F["(5)"][i], f"funds (5) {c}")
        chk_rate(ck, F["(3)"][i], F["(2)"][i], F["(6)"][i], f"funds (6) {c}")
        chk_rate(ck, F["(4)"][i], F["(2)"][i], F["(7)"][i], f"funds (7) {c}")
    # prose
    m = one(t, r"(\d{4})年全年预算资金([\d.]+)万元，由年初预算([\d.]+)万元、年中追加的中央财政困难群众救助补助资金([\d.]+)万元"
               r"和上年结转资金([\d.]+)万元组成")
    chk_year(ck, int(m[1]) == Y, f"budget sentence year {m[1]}")
    chk_sum(ck, m[2], [m[3], m[4], m[5]], "全年预算 = 年初 + 追加 + 结转")
    chk_conf(ck, m[2], F["(2)"][0], "全年预算 text/table")
    chk_conf(ck, m[3], F["(1)"][0], "年初预算 text/table")
    chk_conf(ck, m[4], F["(2)"][2], "中央 text/table")
    chk_conf(ck, m[5], F["(2)"][6], "上年结转 text/table")
    m = one(t, r"均已到位，到位率(\d+(?:\.\d+)?)%")
    chk_rate(ck, F["(3)"][0], F["(2)"][0], m[1], "到位率 text")
    m = one(t, r"全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    chk_conf(ck, m[1], F["(4)"][0], "执行 text/table")
    chk_rate(ck, m[1], F["(2)"][0], m[2], "执行率 text")
    m = one(t, r"县级资金结余([\d.]+)万元（(\d[\d,]*)元）")
    chk_bal(ck, F["(3)"][5], F["(4)"][5], m[1], "县级结余 text")
    chk_conf(ck, str(num(m[2]) / 10000), m[1], "县级结余 元/万元")
    m = one(t, r"结转至(\d{4})年继续使用")
    chk_year(ck, int(m[1]) > Y, f"carry-over to {m[1]}")
    m = one(t, r"截至(\d{4})年12月31日")
    chk_year(ck, int(m[1]) == Y, f"截至 {m[1]}")
    m = one(t, r"洪洞县救助管理站(\d{4})年度项目支出绩效自评报告")
    chk_year(ck, int(m[1]) == Y, "title year")
    m = one(t, r"附件1\.(\d{4})年度项目支出绩效自评表")
    chk_year(ck, int(m[1]) == Y, "附件1 year")
    m = one(t, r"\n(\d{4})年2月16日")
    chk_year(ck, int(m[1]) in (Y, Y + 1), "report date")
    # indicator table
    I = {}
    total = None
    for r in rows:
        if len(r) == 9 and r[0] != "一级指标":
            if r[0] == "合计":
                total = r
            else:
                I[r[2]] = r
    if total is None or len(I) != 9:
        raise ExtractError("indicator table")
    for name, r in I.items():
        ind_row(ck, name, r[3], r[4], r[5], r[7], comp=r[6])
    weight_score_sums(ck, [(r[3], r[7]) for r in I.values()], total[3], total[7], "附件1")
    ex = I["预算执行率"]
    chk_conf(ck, ex[5], F["(7)"][0], "执行率 附件1/funds table")
    # prose vs table, prose identities
    m = one(t, r"全年救助流浪乞讨人员(\d+)人次，较(\d{4})年的(\d+)人次增长([\d.]+)%，其中成年男性(\d+)人次、成年女性(\d+)人次、"
               r"未成年人(\d+)人次")
    chk_year(ck, int(m[2]) == Y - 1, "last-year comparison")
    chk_rate(ck, str(num(m[1]) - num(m[3])), m[3], m[4], "growth on 2020")
    chk_sum(ck, m[1], [m[5], m[6], m[7]], "救助人次 by group")
    chk_conf(ck, m[1], I["救助流浪乞讨人员人次"][5], "救助人次 text/table")
    total_people = m[1]
    m = one(t, r"一至四季度分别救助(\d+)、(\d+)、(\d+)、(\d+)人次，季度平均([\d.]+)人次")
    chk_sum(ck, total_people, [m[1], m[2], m[3], m[4]], "quarters")
    chk_avg(ck, [m[1], m[2], m[3], m[4]], m[5], "季度平均")
    m = one(t, r"全年街面巡查(\d+)次")
    chk_conf(ck, m[1], I["街面巡查次数"][5], "巡查 text/table")
    m = one(t, r"受助人员平均在站([\d.]+)天")
    chk_conf(ck, m[1], I["受助人员平均在站天数"][5], "在站天数 text/table")
    m = one(t, r"人均日生活救助支出约(\d+)元，控制在每人每日(\d+)元")
    chk_conf(ck, m[1], I["人均日生活救助支出"][5], "日生活支出 text/table")
    chk_conf(ck, m[2], I["人均日生活救助支出"][4], "日生活标准 text/table")
    m = one(t, r"全年办理落户安置(\d+)人")
    chk_conf(ck, m[1], I["长期滞留人员落户安置人数"][5], "落户安置 text/table")
    m = one(t, r"满意度为([\d.]+)%")
    chk_plain_rate(ck, m[1], "满意度 text")
    chk_conf(ck, m[1], I["受助人员满意度"][5], "满意度 text/table")
    m = one(t, r"自评总得分([\d.]+)分，属于“(.+?)”")
    chk_conf(ck, m[1], total[7], "总得分 text/table")
    chk_grade(ck, m[1], m[2], "grade")


def check_dazhou(t, ck):
    Y = 2023
    rows = [l.split("\t") for l in t.split("\n") if "\t" in l]
    F = {r[1]: r[2:8] for r in rows if len(r) == 8 and r[0] == ""}
    for k in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        if k not in F:
            raise ExtractError(f"funds row {k}")
    parts = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for i, c in enumerate(["年初", "全年", "执行"]):
        chk_sum(ck, F["年度资金总额"][i], [F[p][i] for p in parts], f"资金总额 {c}")
    for k, r in F.items():
        chk_rate(ck, r[2], r[1], r[4], f"执行率 {k}")
    tot = F["年度资金总额"]
    exec_score(ck, tot[3], tot[2], tot[1], tot[4], tot[5], "预算执行")
    I = {}
    total = None
    for r in rows:
        if len(r) == 11 and r[0] == "" and r[3] and r[3] != "三级指标":
            I[r[3]] = r
        if r[0] == "合计":
            total = r
    if total is None or len(I) != 7:
        raise ExtractError("indicator table")
    for name, r in I.items():
        if r[4] == "定性":
            target, actual = r[5], r[7]
        else:
            unit = "" if r[6] == "—" else r[6]
            target, actual = r[4] + r[5] + unit, r[7] + unit
        ind_row(ck, name, r[8], target, actual, r[9])
    weight_score_sums(ck, [(tot[3], tot[5])] + [(r[8], r[9]) for r in I.values()], total[8], total[9], "自评表")
    # prose
    m = one(t, r"(\d{4})年年初预算([\d.]+)万元，由区级财政全额安排；(\d{4})年11月，为开展寒冬送温暖专项救助行动，区财政追加预算"
               r"([\d.]+)万元，调整后全年预算([\d.]+)万元")
    chk_year(ck, int(m[1]) == Y and int(m[3]) == Y, "budget sentence years")
    chk_sum(ck, m[5], [m[2], m[4]], "年初 + 追加 = 全年")
    chk_conf(ck, m[2], tot[0], "年初 text/table")
    chk_conf(ck, m[5], tot[1], "全年 text/table")
    m = one(t, r"实际到位([\d.]+)万元，到位率(\d+(?:\.\d+)?)%")
    received = m[1]
    chk_rate(ck, m[1], tot[1], m[2], "到位率")
    m = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中购置棉被、棉衣及食品等物资([\d.]+)万元、受助人员生活费及医疗救治费"
               r"([\d.]+)万元、返乡交通费([\d.]+)万元、街面巡查车辆运行及劳务费([\d.]+)万元")
    chk_conf(ck, m[1], tot[2], "支出 text/table")
    chk_conf(ck, m[2], tot[4], "执行率 text/table")
    chk_rate(ck, m[1], tot[1], m[2], "执行率 text")
    chk_sum(ck, m[1], [m[3], m[4], m[5], m[6]], "支出 by use")
    spent = m[1]
    m = one(t, r"年末未支出的([\d.]+)万元")
    chk_bal(ck, received, spent, m[1], "未支出")
    m = one(t, r"已结转至(\d{4})年支付")
    chk_year(ck, int(m[1]) > Y, "carry-over year")
    m = one(t, r"执行率较(\d{4})年的([\d.]+)%有所提高")
    chk_year(ck, int(m[1]) == Y - 1, "last-year rate")
    m = one(t, r"全年救助流浪乞讨人员(\d+)人次（(\d{4})年为(\d+)人次）")
    chk_conf(ck, m[1], I["救助流浪乞讨人员人次"][7], "救助人次 text/table")
    chk_year(ck, int(m[2]) == Y - 1, "last-year people")
    m = one(t, r"开展街面巡查(\d+)次")
    chk_conf(ck, m[1], I["街面巡查次数"][7], "巡查 text/table")
    m = one(t, r"全年帮助(\d+)人返乡或寻亲成功")
    chk_conf(ck, m[1], I["返乡及寻亲成功人数"][7], "返乡 text/table")
    m = one(t, r"巡查(\d+)次，帮助(\d+)人返乡或寻亲成功，人均救助成本(\d+)元")
    chk_conf(ck, m[1], I["街面巡查次数"][7], "巡查 goal block/table")
    chk_conf(ck, m[2], I["返乡及寻亲成功人数"][7], "返乡 goal block/table")
    chk_conf(ck, m[3], I["人均救助成本"][7], "人均成本 goal block/table")
    m = one(t, r"自评得分([\d.]+)分，评价等级为“(.+?)”")
    chk_conf(ck, m[1], total[9], "自评得分 text/table")
    chk_grade(ck, m[1], m[2], "grade")
    m = one(t, r"(\d{4})年度达州市通川区民政局项目支出")
    chk_year(ck, int(m[1]) == Y, "title year")
    m = one(t, r"（(\d{4})年度）")
    chk_year(ck, int(m[1]) == Y, "table year")


def html_rows(t):
    out = []
    for row in re.findall(r"<tr>(.*?)</tr>", t):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        out.append([re.sub(r"<br>|&nbsp;", "", c).strip() for c in cells])
    return out


def check_yueyang(t, ck):
    Y = 2022
    rows = html_rows(t)
    F = {r[0]: r[1:7] for r in rows if r and r[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    if len(F) != 4:
        raise ExtractError("funds rows")
    for i, c in enumerate(["年初", "全年", "执行"]):
        chk_sum(ck, F["年度资金总额"][i], [F[k][i] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                f"资金总额 {c}")
    for k, r in F.items():
        chk_rate(ck, r[2], r[1], r[4], f"执行率 {k}")
    tot = F["年度资金总额"]
    exec_score(ck, tot[3], tot[2], tot[1], tot[4], tot[5], "预算执行")
    names = ["长期滞留人员托养安置人数", "滞留人员DNA采集比对覆盖率", "寻亲成功人数", "托养费按季度结算及时率", "托养服务费标准",
             "滞留人员身份查明率", "托养机构安全责任事故", "受托养人员及家属满意度"]
    I = {}
    for r in rows:
        for n in names:
            if n in r:
                i = r.index(n)
                I[n] = r[i + 1:i + 5]
    total = [r for r in rows if r and r[0] == "总分"]
    if len(I) != len(names) or len(total) != 1:
        raise ExtractError("indicator table")
    total = total[0]
    for n, (tg, ac, w, s) in I.items():
        ind_row(ck, n, w, tg, ac, s)
    weight_score_sums(ck, [(tot[3], tot[5])] + [(v[2], v[3]) for v in I.values()], total[5], total[6], "自评表")
    # prose
    m = one(t, r"(\d{4})年年初预算([\d.]+)万元，其中(\d{4})年12月省财政提前下达的(\d{4})年中央财政困难群众救助补助资金([\d.]+)万元、"
               r"市本级财政安排([\d.]+)万元；年中将上年结转资金([\d.]+)万元纳入预算，全年预算([\d.]+)万元")
    chk_year(ck, int(m[1]) == Y and int(m[4]) == Y and int(m[3]) in (Y - 1, Y), "budget sentence years")
    chk_sum(ck, m[2], [m[5], m[6]], "年初 = 中央提前下达 + 市本级")
    chk_sum(ck, m[8], [m[2], m[7]], "全年 = 年初 + 结转")
    chk_conf(ck, m[2], tot[0], "年初 text/table")
    chk_conf(ck, m[7], F["上年结转资金"][1], "结转 text/table")
    chk_conf(ck, m[8], tot[1], "全年 text/table")
    m = one(t, r"实际到位([\d.]+)万元，到位率(\d+(?:\.\d+)?)%")
    received = m[1]
    chk_conf(ck, m[1], tot[1], "到位 = 全年")
    chk_rate(ck, m[1], tot[1], m[2], "到位率")
    m = one(t, r"全年支出([\d.]+)万元，执行率([\d.]+)%，其中委托托养服务费([\d.]+)万元、DNA采集及寻亲服务费([\d.]+)万元、"
               r"医疗救治费([\d.]+)万元、落户安置及生活物资([\d.]+)万元")
    spent = m[1]
    chk_conf(ck, m[1], tot[2], "支出 text/table")
    chk_conf(ck, m[2], tot[4], "执行率 text/table")
    chk_rate(ck, m[1], tot[1], m[2], "执行率 text")
    chk_sum(ck, m[1], [m[3], m[4], m[5], m[6]], "支出 by use")
    m = one(t, r"未执行的([\d.]+)万元")
    chk_bal(ck, received, spent, m[1], "未执行")
    m = one(t, r"已结转至(\d{4})年")
    chk_year(ck, int(m[1]) > Y, "carry-over year")
    m = one(t, r"每人每月(\d+)元标准")
    chk_conf(ck, m[1], I["托养服务费标准"][1], "托养费标准 text/table")
    m = one(t, r"全年托养长期滞留人员(\d+)人，由(\d+)家托养机构承接，分别托养(\d+)人、(\d+)人、(\d+)人、(\d+)人，平均每家([\d.]+)人")
    chk_conf(ck, m[1], I["长期滞留人员托养安置人数"][1], "托养人数 text/table")
    chk_sum(ck, m[1], [m[3], m[4], m[5], m[6]], "托养 by institution")
    if int(m[2]) != 4:
        ck.fail("sum_mismatch", "number of institutions")
    chk_avg(ck, [m[3], m[4], m[5], m[6]], m[7], "平均每家")
    m = one(t, r"全年寻亲成功(\d+)人，其中DNA比对(\d+)人、人像比对(\d+)人、媒体及志愿者寻亲(\d+)人")
    chk_conf(ck, m[1], I["寻亲成功人数"][1], "寻亲 text/table")
    chk_sum(ck, m[1], [m[2], m[3], m[4]], "寻亲 by channel")
    m = one(t, r"身份查明率([\d.]+)%")
    chk_conf(ck, m[1], I["滞留人员身份查明率"][1], "查明率 text/table")
    m = one(t, r"平均滞留时间由(\d{4})年的")
    chk_year(ck, int(m[1]) == Y - 1, "last-year stay")
    m = one(t, r"满意度调查结果为(\d+)%")
    chk_plain_rate(ck, m[1], "满意度 text")
    chk_conf(ck, m[1], I["受托养人员及家属满意度"][1], "满意度 text/table")
    m = one(t, r"自评得分([\d.]+)分，评价等级为“(.+?)”")
    chk_conf(ck, m[1], total[6], "自评得分 text/table")
    chk_grade(ck, m[1], m[2], "grade")
    m = one(t, r"岳阳市救助管理站(\d{4})年度长期滞留人员")
    chk_year(ck, int(m[1]) == Y, "title year")
    m = one(t, r"（(\d{4})年度）")
    chk_year(ck, int(m[1]) == Y, "table year")
    m = one(t, r"开展(\d{4})年度预算绩效自评")
    chk_year(ck, int(m[1]) == Y, "notice year")


def check_xiaogan(t, ck):
    Y = 2020
    T1 = {}
    for k in ("基本支出", "项目支出", "合计"):
        m = one(t, r"\n" + k + r" ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+%)\n")
        T1[k] = [m[1], m[2], m[3], m[4], m[5]]
    for i, c in enumerate(["年初", "调整", "全年", "执行"]):
        chk_sum(ck, T1["合计"][i], [T1["基本支出"][i], T1["项目支出"][i]], f"表1 {c}")
    for k, r in T1.items():
        chk_sum(ck, r[2], [r[0], r[1]], f"表1 {k} 年初+调整")
        chk_rate(ck, r[3], r[2], r[4], f"表1 {k} 执行率")
    m = one(t, r"表1 (\d{4})年度")
    chk_year(ck, int(m[1]) == Y, "表1 year")
    m = one(t, r"表2 (\d{4})年度")
    chk_year(ck, int(m[1]) == Y, "表2 year")
    names = ["预算执行率", "救助流浪乞讨人员人次", "受助人员信息核查录入率", "站内聚集性疫情及安全责任事故", "寻亲成功人数",
             "长期滞留人员安置人数", "人均返乡交通补助", "街面巡查次数", "巡查到场时间", "服务对象满意度"]
    I = {}
    for n in names:
        m = one(t, r"\n" + n + r" (\S+) (\S+) (\S+) (\S+)\n")
        I[n] = [m[1], m[2], m[3], m[4]]
    for n, (w, tg, ac, s) in I.items():
        ind_row(ck, n, w, tg, ac, s)
    ex = I["预算执行率"]
    chk_conf(ck, ex[2], T1["合计"][4], "执行率 表2/表1")
    exec_score(ck, ex[0], T1["合计"][3], T1["合计"][2], ex[2], ex[3], "预算执行")
    blocks = re.findall(r"\n年度目标\d：\S+?（(\d+)分）\n", t)
    subs = re.findall(r"\n小计 (\S+) (\S+)\n", t)
    if len(blocks) != 3 or len(subs) != 3:
        raise ExtractError("blocks")
    members = [names[1:4], names[4:7], names[7:10]]
    for bw, (sw, ss), mem in zip(blocks, subs, members):
        rws = [I[n] for n in mem]
        if not close(sum(num(r[0]) for r in rws), sw) or not close(num(bw), sw):
            ck.fail("weight_sum_mismatch", f"block {mem[0]}: weights {[r[0] for r in rws]} vs 小计 {sw} / {bw}分")
        if not close(sum(num(r[3]) for r in rws), ss):
            ck.fail("score_sum_mismatch", f"block {mem[0]}: scores vs 小计 {ss}")
    m = one(t, r"\n合计 ([\d.]+) ([\d.]+)\n")
    weight_score_sums(ck, [(ex[0], ex[3])] + [(s[0], s[1]) for s in subs], m[1], m[2], "表2")
    weight_score_sums(ck, [(I[n][0], I[n][3]) for n in names], m[1], m[2], "表2 rows")
    total = m[2]
    m = one(t, r"预算执行占(\d+)分，年度目标完成情况占(\d+)分")
    if num(m[1]) != num(ex[0]) or num(m[1]) + num(m[2]) != 100:
        ck.fail("weight_sum_mismatch", "stated split")
    # prose
    m = one(t, r"(\d{4})年年初预算([\d.]+)万元，较(\d{4})年的([\d.]+)万元增加([\d.]+)万元；年中因疫情防控和受助人员隔离观察需要追加项目支出"
               r"([\d.]+)万元，全年预算([\d.]+)万元。全年\n支出([\d.]+)万元，预算执行率([\d.]+)%。年末未执行资金([\d.]+)万元，"
               r"其中项目支出([\d.]+)万元、基本支出([\d.]+)万元")
    chk_year(ck, int(m[1]) == Y and int(m[3]) == Y - 1, "budget sentence years")
    chk_sum(ck, m[2], [m[4], m[5]], "年初 = 上年 + 增加")
    chk_sum(ck, m[7], [m[2], m[6]], "全年 = 年初 + 追加")
    chk_conf(ck, m[2], T1["合计"][0], "年初 text/table")
    chk_conf(ck, m[6], T1["项目支出"][1], "追加 text/table")
    chk_conf(ck, m[7], T1["合计"][2], "全年 text/table")
    chk_conf(ck, m[8], T1["合计"][3], "支出 text/table")
    chk_conf(ck, m[9], T1["合计"][4], "执行率 text/table")
    chk_rate(ck, m[8], m[7], m[9], "执行率 text")
    chk_bal(ck, m[7], m[8], m[10], "未执行")
    chk_sum(ck, m[10], [m[11], m[12]], "未执行 by part")
    chk_bal(ck, T1["项目支出"][2], T1["项目支出"][3], m[11], "项目支出未执行")
    chk_bal(ck, T1["基本支出"][2], T1["基本支出"][3], m[12], "基本支出未执行")
    spent = m[8]
    m = one(t, r"结转至(\d{4})年继续使用")
    chk_year(ck, int(m[1]) > Y, "carry-over year")
    m = one(t, r"工资福利支出([\d.]+)万元、商品和服务支出([\d.]+)万元、对个人和家庭的补助([\d.]+)万元、\n资本性支出([\d.]+)万元")
    chk_sum(ck, spent, [m[1], m[2], m[3], m[4]], "支出 by economic class")
    m = one(t, r"全年政府采购金额([\d.]+)万元，\n其中设施改造工程([\d.]+)万元、救助物资([\d.]+)万元")
    chk_sum(ck, m[1], [m[2], m[3]], "政府采购")
    m = one(t, r"全年共救助流浪乞讨人员(\d+)人次，低于(\d{4})年的")
    chk_conf(ck, m[1], I["救助流浪乞讨人员人次"][2], "救助人次 text/table")
    chk_year(ck, int(m[2]) == Y - 1, "last-year people")
    m = one(t, r"全年寻亲成功(\d+)人，为(\d+)名长期滞留人员办理落户安置，人均返乡交通补助(\d+)元，控制在\n每人(\d+)元的标准以内")
    chk_conf(ck, m[1], I["寻亲成功人数"][2], "寻亲 text/table")
    chk_conf(ck, m[2], I["长期滞留人员安置人数"][2], "安置 text/table")
    chk_conf(ck, m[3], I["人均返乡交通补助"][2], "返乡补助 text/table")
    chk_conf(ck, m[4], I["人均返乡交通补助"][1], "返乡补助标准 text/table")
    found = m[1]
    m = one(t, r"(\d+)人中通过DNA比对认亲(\d+)人、人脸识别比对(\d+)人、网络寻亲平台(\d+)人")
    chk_conf(ck, m[1], found, "寻亲 41 restated")
    chk_sum(ck, m[1], [m[2], m[3], m[4]], "寻亲 by channel")
    m = one(t, r"分别巡查(\d+)次、(\d+)次、(\d+)次，平均每组(\d+)次，全年合计(\d+)次")
    chk_sum(ck, m[5], [m[1], m[2], m[3]], "巡查 by group")
    chk_avg(ck, [m[1], m[2], m[3]], m[4], "平均每组")
    chk_conf(ck, m[5], I["街面巡查次数"][2], "巡查 text/table")
    m = one(t, r"\n平均(\d+)分钟到场，未达到(\d+)分钟以内的目标")
    chk_conf(ck, m[1], I["巡查到场时间"][2], "到场时间 text/table")
    chk_conf(ck, m[2], I["巡查到场时间"][1], "到场目标 text/table")
    m = one(t, r"发放问卷(\d+)份，收回(\d+)份，回收率([\d.]+)%")
    chk_rate(ck, m[2], m[1], m[3], "问卷回收率")
    m = one(t, r"自评得分([\d.]+)分，等级为“(.+?)”")
    chk_conf(ck, m[1], total, "自评得分 text/table")
    chk_grade(ck, m[1], m[2], "grade")
    m = one(t, r"^孝感市救助管理站(\d{4})年度部门整体支出绩效自评报告")
    chk_year(ck, int(m[1]) == Y, "title year")
    m = one(t, r"\n(\d{4})年3月10日")
    chk_year(ck, int(m[1]) in (Y, Y + 1), "report date")


def check_jiaocheng(t, ck):
    Y = 2019
    rows = [[c.strip() for c in l.split(" | ")] for l in t.split("\n") if " | " in l]
    F = {r[1]: r[2:8] for r in rows if len(r) == 8 and r[0] == "" and r[1] in
         ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    if len(F) != 4:
        raise ExtractError("funds rows")
    for i, c in enumerate(["年初", "全年", "执行"]):
        chk_sum(ck, F["年度资金总额"][i], [F[k][i] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                f"资金总额 {c}")
    for k, r in F.items():
        chk_rate(ck, r[2], r[1], r[4], f"执行率 {k}")
    tot = F["年度资金总额"]
    exec_score(ck, tot[3], tot[2], tot[1], tot[4], tot[5], "预算执行")
    I = {}
    total = None
    for r in rows:
        if len(r) == 9 and r[0] == "" and r[3] and r[3] != "三级指标":
            I[r[3]] = r
        if r[0] == "总分":
            total = r
    if total is None or len(I) != 9:
        raise ExtractError("indicator table")
    for n, r in I.items():
        ind_row(ck, n, r[6], r[4], r[5], r[7])
    weight_score_sums(ck, [(tot[3], tot[5])] + [(r[6], r[7]) for r in I.values()], total[6], total[7], "自评表")
    # prose
    m = one(t, r"(\d{4})年年初预算([\d.]+)万元，包括区级财政安排([\d.]+)万元、省财政厅(\d{4})年12月提前下达的中央财政困难群众救助补助资金"
               r"([\d.]+)万元和上年结转资金([\d.]+)万元；(\d{4})年7月追加中央资金([\d.]+)万元，全年预算([\d.]+)万元")
    chk_year(ck, int(m[1]) == Y and int(m[4]) in (Y - 1, Y) and int(m[7]) == Y, "budget sentence years")
    chk_sum(ck, m[2], [m[3], m[5], m[6]], "年初 = 区级 + 提前下达 + 结转")
    chk_sum(ck, m[9], [m[2], m[8]], "全年 = 年初 + 追加")
    chk_sum(ck, F["其中：当年财政拨款"][0], [m[3], m[5]], "当年拨款 年初")
    chk_sum(ck, F["其中：当年财政拨款"][1], [m[3], m[5], m[8]], "当年拨款 全年")
    chk_conf(ck, m[2], tot[0], "年初 text/table")
    chk_conf(ck, m[6], F["上年结转资金"][1], "结转 text/table")
    chk_conf(ck, m[9], tot[1], "全年 text/table")
    m = one(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，其中当年财政拨款执行率([\d.]+)%")
    spent = m[1]
    chk_conf(ck, m[1], tot[2], "支出 text/table")
    chk_conf(ck, m[2], tot[4], "执行率 text/table")
    chk_conf(ck, m[3], F["其中：当年财政拨款"][4], "拨款执行率 text/table")
    chk_rate(ck, m[1], tot[1], m[2], "执行率 text")
    m = one(t, r"生活救助及站内照料支出([\d.]+)万元、医疗救治支出([\d.]+)万元、返乡交通及护送支出([\d.]+)万元、站内运行及巡查支出([\d.]+)万元")
    chk_sum(ck, spent, [m[1], m[2], m[3], m[4]], "支出 by use")
    m = one(t, r"年末结余([\d.]+)万元")
    chk_bal(ck, tot[1], spent, m[1], "结余")
    m = one(t, r"结转至(\d{4})年使用")
    chk_year(ck, int(m[1]) > Y, "carry-over year")
    m = one(t, r"全年救助流浪乞讨人员(\d+)人次，较(\d{4})年的(\d+)人次增加(\d+)人次，完成年度目标的([\d.]+)%，日均约([\d.]+)人次，"
               r"其中男性(\d+)人次、女性(\d+)人次、未成年人(\d+)人次")
    row = I["救助流浪乞讨人员人次"]
    chk_conf(ck, m[1], row[5], "救助人次 text/table")
    chk_year(ck, int(m[2]) == Y - 1, "last-year people")
    chk_sum(ck, m[1], [m[3], m[4]], "上年 + 增加")
    c = completion(parse_val(row[4]), parse_val(m[1] + "人次"))
    if not close(c, m[5]):
        ck.fail("completion_mismatch", f"完成年度目标 {c:.4f}% vs {m[5]}")
    if not close(num(m[1]) / 365, m[6]):
        ck.fail("average_mismatch", "日均")
    chk_sum(ck, m[1], [m[7], m[8], m[9]], "救助人次 by group")
    m = one(t, r"重点区域覆盖率(\d+(?:\.\d+)?)%")
    chk_plain_rate(ck, m[1], "覆盖率")
    m = one(t, r"全年帮助(\d+)人返乡或寻亲成功")
    chk_conf(ck, m[1], I["返乡（寻亲）成功人数"][5], "返乡 text/table")
    m = one(t, r"截至(\d{4})年12月31日，在站滞留超过3个月的人员(\d+)人")
    chk_year(ck, int(m[1]) == Y, "截至 year")
    chk_conf(ck, m[2], I["长期滞留人员数量"][5], "滞留 text/table")
    m = one(t, r"满意度为([\d.]+)%")
    chk_plain_rate(ck, m[1], "满意度 text")
    chk_conf(ck, m[1], I["受助人员满意度"][5], "满意度 text/table")
    m = one(t, r"自评得分([\d.]+)分，评价等级为“(.+?)”")
    chk_conf(ck, m[1], total[7], "自评得分 text/table")
    chk_grade(ck, m[1], m[2], "grade")
    m = one(t, r"蕉城区救助管理站(\d{4})年度项目支出绩效自评报告")
    chk_year(ck, int(m[1]) == Y, "title year")
    m = one(t, r"（(\d{4})年度）")
    chk_year(ck, int(m[1]) == Y, "table year")
    m = one(t, r"于(\d{4})年2月对照")
    chk_year(ck, int(m[1]) in (Y, Y + 1), "self-evaluation date")


CHECKS = {
    "sx-hongtong-jiuzhuzhan-2021": check_hongtong,
    "sc-dazhou-tongchuan-jiuzhu-2023": check_dazhou,
    "hn-yueyang-zhiliuanzhi-2022": check_yueyang,
    "hb-xiaogan-jiuzhuzhan-bumen-2020": check_xiaogan,
    "fj-jiaocheng-liulangjiuzhu-2019": check_jiaocheng,
}


def run(source, text):
    ck = Ck()
    try:
        CHECKS[source](text, ck)
    except ExtractError as e:
        ck.fail("EXTRACT", str(e))
    return ck


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, p, len(a) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if l.strip()]
    counts = {c: 0 for c in CODES}
    where = {}
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        ck = run(lab["source"], text)
        got = ck.codes()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if got or ck.warns:
                problems.append(f"{lab['case']}: clean draft fails {ck.fails + ck.warns}")
            n = len(text)
            if not 2600 <= n <= 3600:
                problems.append(f"{lab['case']}: length {n}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected one label")
            continue
        e = lab["expected"][0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity")
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        v = e["value"]
        if text.count(v) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(v)} times")
            continue
        clean = open(os.path.join(CASES, f"{lab['source']}-clean.txt"), encoding="utf-8").read()
        b0, b1, a0, a1 = changed_region(clean, text)
        if b1 <= b0 and a1 <= a0:
            problems.append(f"{lab['case']}: identical to clean")
        if (b1 - b0) > 120 or (a1 - a0) > 120:
            problems.append(f"{lab['case']}: edit region too large ({b1 - b0} chars)")
        vi = text.index(v)
        lo, hi = min(b0, b1), max(b0, b1)
        if hi == lo:
            hi = lo + 1
        if not (vi < hi and lo < vi + len(v)):
            problems.append(f"{lab['case']}: label value does not overlap the edit")
        if got != {e["code"]}:
            problems.append(f"{lab['case']}: expected {{{e['code']}}}, checks fail {sorted(got)}: {ck.fails}")
        where[lab["case"]] = sorted(got)
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("cases:", len(labels), "| errors per code:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
