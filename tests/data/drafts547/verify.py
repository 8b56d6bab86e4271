#!/usr/bin/env python3
"""Verify drafts547: re-read every figure from each case's text and redo all its arithmetic.

Standard library + decimal only. For every case the checks below produce a set of error codes
(errors.md §A) and warnings (score_rule_mismatch). Requirements:
  * every clean draft: no error and no warning;
  * every error case: exactly the labelled error code, nothing else of severity error;
  * labels: value occurs exactly once in its case; the case differs from its clean draft by one
    contiguous edit of at most 40 characters that overlaps the value; every error code of
    errors.md §A is used at least twice.
Tolerance follows rules.md §8: a stated value with d decimals matches a computed c when
|c - v| <= 0.5 * 10^-d (+1e-9); amounts are compared after unit normalisation; a mismatch that an
exact rescaling by 10^4 or 10^8 reconciles is reported as unit_mismatch.
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
GRADE = r"(优秀|良好|中等|较差|优|良|中|差)"
WAN = D(1)
YUAN = D("0.0001")


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and comparisons
def dec(s):
    return D(s.replace(",", ""))


def places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def pct(s):
    return dec(s.strip().rstrip("%"))


class Findings:
    def __init__(self):
        self.items = []

    def add(self, code, msg, sev="error"):
        self.items.append((code, sev, msg))

    def errors(self):
        return sorted({c for c, s, _ in self.items if s == "error"})

    def warnings(self):
        return sorted({c for c, s, _ in self.items if s != "error"})


def check(F, code, stated, computed, msg, scale=D(1)):
    """stated: number as written; scale turns it into the unit of computed."""
    v, t = dec(stated) * scale, tol(stated) * scale
    if abs(v - computed) <= t:
        return True
    for k in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
        if abs(v / k - computed) <= t / k:
            F.add("unit_mismatch", f"{msg}: {stated} is off by a factor {k} from {computed}")
            return False
    F.add(code, f"{msg}: stated {stated}, computed {computed}")
    return False


def same(F, a, b, msg, sa=D(1), sb=D(1)):
    """Two statements of one quantity (conflicting_values); each with its own unit scale."""
    va, vb = dec(a) * sa, dec(b) * sb
    if abs(va - vb) <= max(tol(a) * sa, tol(b) * sb):
        return True
    for k in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
        if abs(va / k - vb) <= max(tol(a) * sa / k, tol(b) * sb):
            F.add("unit_mismatch", f"{msg}: {a} vs {b} off by {k}")
            return False
    F.add("conflicting_values", f"{msg}: {a} vs {b}")
    return False


def approx(F, stated, scale, exact, msg):
    """'约' figure: exact value must lie within ± half a unit of the approximation's last digit."""
    if abs(dec(stated) * scale - exact) > tol(stated) * scale:
        F.add("conflicting_values", f"{msg}: 约{stated} does not cover {exact}")


def rate(F, stated, num, den, msg):
    """Execution / receipt rate in percent: rate_mismatch, or implausible_rate over 100% / zero base."""
    s = stated.strip()
    if den == 0:
        if s not in ("—", "-", "0", "0%", "0.00%", ""):
            F.add("implausible_rate", f"{msg}: rate {s} on a zero base")
        return
    if s in ("—", "-", ""):
        return
    c = num / den * 100
    if check(F, "rate_mismatch", s.rstrip("%"), c, msg) and pct(s) > 100:
        F.add("implausible_rate", f"{msg}: rate {s} over 100%")


def grade_of(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


GRADE_MAP = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "较差": "差", "差": "差"}


def grade(F, total_str, label):
    if GRADE_MAP[label] != grade_of(dec(total_str)):
        F.add("grade_mismatch", f"total {total_str} graded {label}")


# ---------------------------------------------------------------- text access
def one(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise ParseError(f"{len(ms)} matches for {pat!r}")
    return ms[0].groups()


def table(text, header):
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln == header]
    if len(idx) != 1:
        raise ParseError(f"header {header!r} found {len(idx)} times")
    rows = []
    for ln in lines[idx[0] + 1:]:
        if not ln.strip() or "\t" not in ln:
            break
        rows.append(ln.split("\t"))
    return rows


def by_label(rows):
    out = {}
    for r in rows:
        out[r[0]] = r
    return out


def years(F, text, Y):
    ys = re.findall(r"(\d{4})年度", text)
    if not ys:
        raise ParseError("no 年度 year")
    for y in ys:
        if int(y) != Y:
            F.add("year_mismatch", f"{y}年度 in a {Y} report")
    for y in re.findall(r"结转至(\d{4})年", text):
        if int(y) <= Y:
            F.add("year_mismatch", f"carried over to {y} in a {Y} report")
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        if int(y) != Y:
            F.add("year_mismatch", f"截至{y}年12月31日 in a {Y} report")


# ---------------------------------------------------------------- indicator rows
def parse_val(s, with_dir):
    s = s.strip()
    m = re.fullmatch(r"(≥|≤|=|＞＝|＜＝|>=|<=)?\s*(" + NUM + r")\s*(.*)", s)
    if m and not re.search(r"[年月日]", m.group(3)):
        d = {"≥": "gte", "＞＝": "gte", ">=": "gte", "≤": "lte", "＜＝": "lte", "<=": "lte"}.get(m.group(1), "eq")
        return {"kind": "num", "dir": d, "num": m.group(2), "unit": m.group(3)}
    if re.search(r"\d{4}年\d{1,2}月", s):
        return {"kind": "date", "text": s}
    return {"kind": "text", "text": s}


def check_row(F, name, tgt, act, comp, w, sc):
    """One indicator row: unit, implausible, completion, score ≤ weight, score rule (warning)."""
    if w is not None and sc is not None:
        if dec(sc) > dec(w) or dec(sc) < 0:
            F.add("score_exceeds_weight", f"{name}: score {sc} > weight {w}")
            w_ok = False
        else:
            w_ok = True
    else:
        w_ok = False
    if tgt["kind"] == "num":
        if act["kind"] != "num" or act["unit"] != tgt["unit"]:
            F.add("unit_mismatch", f"{name}: target {tgt} vs actual {act}")
            return
        A, T = dec(act["num"]), dec(tgt["num"])
        if act["unit"] == "%" and A > 100:
            F.add("implausible_rate", f"{name}: {A}% over 100%")
        if tgt["dir"] == "lte":
            c = D(100) if A <= T else T / A * 100
        elif T == 0:
            c = None
        else:
            c = A / T * 100
        if comp is not None and comp.strip() not in ("—", "-", "") and c is not None:
            check(F, "completion_mismatch", comp.strip().rstrip("%"), c, f"{name} 完成率")
        if w_ok:
            W = dec(w)
            if c is None:
                exp = [W if A <= 0 else D(0)]
            else:
                exp = [W * min(c, D(100)) / 100]
                if comp is not None and comp.strip() not in ("—", "-", ""):
                    exp.append(W * min(pct(comp), D(100)) / 100)
            if not any(abs(dec(sc) - e) <= tol(sc) for e in exp):
                F.add("score_rule_mismatch", f"{name}: score {sc}, rule gives {exp}", "warning")
    elif tgt["kind"] == "date":
        if act["kind"] == "num":
            F.add("unit_mismatch", f"{name}: date target vs {act}")
    else:  # qualitative target
        if act["kind"] == "num" and act["unit"] == "%" and dec(act["num"]) > 100:
            F.add("implausible_rate", f"{name}: {act['num']}% over 100%")
        if w_ok:
            W, S = dec(w), dec(sc)
            t = act.get("text", "")
            lo, hi = (D("0.6"), D("0.8")) if t.startswith("部分") else (D(0), D("0.6")) if t.startswith("未") \
                else (D("0.8"), D("1"))
            inside = lo * W <= S <= hi * W if hi == 1 else lo * W <= S < hi * W
            if not inside:
                F.add("score_rule_mismatch", f"{name}: qualitative score {S} outside band of {W}", "warning")


def indicator_table(F, text, header, extra_w=D(0), extra_s=D(0), layout="mof"):
    """Parse and check an indicator table; return (rows, level sums, total row)."""
    rows = table(text, header)
    hdr = header.split("\t")
    ix = {h: i for i, h in enumerate(hdr)}

    def col(*names):
        for n in names:
            if n in ix:
                return ix[n]
        return None

    c_name, c_tgt, c_act = col("三级指标"), col("年度指标值", "指标值"), col("实际完成值", "完成值")
    c_comp, c_w, c_s = col("完成率"), col("分值", "权重"), col("得分")
    c_dir, c_unit = col("指标性质"), col("度量单位")
    out, total, level = {}, None, None
    lw, ls = Counter(), Counter()
    sw, ss = extra_w, extra_s
    for r in rows:
        if r[0] in ("合计", "总分"):
            total = (r[c_w], r[c_s])
            continue
        if r[0]:
            level = r[0]
        name = r[c_name]
        if c_dir is not None:  # 指标性质 / 指标值 / 度量单位 layout
            unit = "" if r[c_unit] == "—" else r[c_unit]
            if r[c_dir] == "定性":
                tgt = {"kind": "text", "text": r[c_tgt]}
            else:
                tgt = parse_val(r[c_dir] + r[c_tgt] + unit, True)
            act = parse_val(r[c_act] + unit, False) if re.fullmatch(NUM, r[c_act]) else parse_val(r[c_act], False)
        else:
            tgt, act = parse_val(r[c_tgt], True), parse_val(r[c_act], False)
        check_row(F, name, tgt, act, r[c_comp] if c_comp is not None else None, r[c_w], r[c_s])
        out[name] = {"tgt": tgt, "act": act, "w": r[c_w], "s": r[c_s], "comp": r[c_comp], "level": level}
        lw[level] += dec(r[c_w])
        ls[level] += dec(r[c_s])
        sw += dec(r[c_w])
        ss += dec(r[c_s])
    if total is None:
        raise ParseError("no total row")
    if sw != 100 or dec(total[0]) != sw:
        F.add("weight_sum_mismatch", f"weights add to {sw}, stated {total[0]}")
    check(F, "score_sum_mismatch", total[1], ss, "table total score")
    return out, lw, ls, ss


def mof_funds(F, text):
    """MOF funds block: 年度资金总额 = 当年财政拨款 + 上年结转 + 其他 (3 amount columns), rates, score."""
    rows = table(text, "资金类别\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分")
    tot, parts = rows[0], rows[1:]
    for j, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        check(F, "sum_mismatch", tot[j], sum(dec(p[j]) for p in parts), f"funds {nm} total")
    for r in rows:
        rate(F, r[5], dec(r[3]), dec(r[2]), f"funds {r[0]} 执行率")
    w, s = dec(tot[4]), dec(tot[6])
    if s > w or s < 0:
        F.add("score_exceeds_weight", f"execution score {s} > {w}")
    elif dec(tot[2]) > 0:
        r = min(dec(tot[3]) / dec(tot[2]), D(1))
        if not (abs(s - w * r) <= tol(tot[6]) or abs(s - w * min(pct(tot[5]), D(100)) / 100) <= tol(tot[6])):
            F.add("score_rule_mismatch", f"execution score {s}", "warning")
    return {"init": tot[1], "annual": tot[2], "spent": tot[3], "rate": tot[5], "score": tot[6],
            "rows": {r[0]: r for r in rows}}


def compare_table(F, text, Y):
    rows = table(text, f"项目\t{Y - 1}年\t{Y}年")
    return {r[0]: (r[1], r[2]) for r in rows}


# ---------------------------------------------------------------- project A: Deqing 2019
def check_A(text, F):
    Y = 2019
    years(F, text, Y)
    init, y1, m1, adv, y2, m2, rest = one(text, r"项目年初预算(" + NUM + r")万元，其中县财政于(\d{4})年(\d{1,2})月提前下达("
                                          + NUM + r")万元、(\d{4})年(\d{1,2})月下达(" + NUM + r")万元")
    if not ((int(y1) == Y - 1 and int(m1) == 12) or int(y1) == Y) or int(y2) != Y:
        F.add("year_mismatch", "issue dates outside the budget year")
    check(F, "sum_mismatch", init, dec(adv) + dec(rest), "年初 = 提前下达 + 下达")
    add, co, annual = one(text, r"年中追加(" + NUM + r")万元，加上上年结转资金(" + NUM + r")万元，全年预算(" + NUM + r")万元")
    check(F, "sum_mismatch", annual, dec(init) + dec(add) + dec(co), "全年 = 年初 + 追加 + 结转")
    (recv_rate,) = one(text, r"资金全部到位，到位率(" + NUM + r")%")
    check(F, "rate_mismatch", recv_rate, D(100), "全部到位 ⇒ 到位率100%")
    fu = mof_funds(F, text)
    fr = fu["rows"]
    same(F, init, fu["init"], "年初 prose vs table")
    same(F, annual, fu["annual"], "全年 prose vs table")
    check(F, "sum_mismatch", fr["其中：当年财政拨款"][2], dec(fr["其中：当年财政拨款"][1]) + dec(add), "财政拨款 全年 = 年初 + 追加")
    same(F, co, fr["上年结转资金"][2], "上年结转 prose vs table")
    spent, spent_yuan, erate = one(text, r"全年执行(" + NUM + r")万元（(" + NUM + r")元），预算执行率(" + NUM + r")%")
    same(F, spent, fu["spent"], "执行 prose vs table")
    same(F, spent_yuan, spent, "执行 in 元 vs 万元", sa=YUAN)
    rate(F, erate, dec(spent), dec(annual), "prose 执行率")
    same(F, erate, fu["rate"].rstrip("%"), "执行率 prose vs table")
    parts = one(text, r"支出分别为：兼职仲裁员办案补贴(" + NUM + r")万元、聘用书记员劳务费(" + NUM + r")万元、庭审及文书送达费用("
                + NUM + r")万元、仲裁庭音视频设备维护(" + NUM + r")万元")
    check(F, "sum_mismatch", spent, sum(dec(p) for p in parts), "支出分别 sum")
    unexec, u1, _yc, u2 = one(text, r"年末未执行(" + NUM + r")万元，其中当年财政拨款(" + NUM + r")万元结转至(\d{4})年继续用于兼职仲裁员办案补贴，上年结转资金余额("
                              + NUM + r")万元")
    check(F, "balance_mismatch", unexec, dec(annual) - dec(spent), "未执行 = 全年 − 执行")
    f1, f2 = fr["其中：当年财政拨款"], fr["上年结转资金"]
    check(F, "balance_mismatch", u1, dec(f1[2]) - dec(f1[3]), "财政拨款 未执行")
    check(F, "balance_mismatch", u2, dec(f2[2]) - dec(f2[3]), "上年结转 余额")
    check(F, "sum_mismatch", unexec, dec(u1) + dec(u2), "未执行 其中 sum")
    ct = compare_table(F, text, Y)
    for i in (0, 1):
        check(F, "average_mismatch", ct["件均办案成本（元）"][i],
              dec(ct["办案经费支出（万元）"][i]) * 10000 / dec(ct["审结案件（件）"][i]), f"件均办案成本 col {i}")
    same(F, ct["办案经费支出（万元）"][1], spent, "经费 table vs prose")
    rec, more, growth, workers = one(text, r"全年新收仲裁案件(" + NUM + r")件，比上年多(" + NUM + r")件，增长(" + NUM
                                     + r")%，仲裁院为(" + NUM + r")名劳动者")
    same(F, rec, ct["受理案件（件）"][1], "受理")
    check(F, "sum_mismatch", more, dec(rec) - dec(ct["受理案件（件）"][0]), "比上年多")
    check(F, "rate_mismatch", growth, (dec(rec) - dec(ct["受理案件（件）"][0])) / dec(ct["受理案件（件）"][0]) * 100, "增长率")
    same(F, workers, ct["涉及劳动者（人）"][1], "劳动者人数")
    closed, med, medrate, closerate = one(text, r"全年审结(" + NUM + r")件，其中以调解方式结案(" + NUM + r")件，调解结案率("
                                          + NUM + r")%；仲裁结案率(" + NUM + r")%")
    same(F, closed, ct["审结案件（件）"][1], "审结")
    same(F, med, ct["其中：调解结案（件）"][1], "调解结案")
    check(F, "rate_mismatch", medrate, dec(med) / dec(closed) * 100, "调解结案率")
    check(F, "rate_mismatch", closerate, dec(closed) / dec(rec) * 100, "结案率")
    over, inrate = one(text, r"有(" + NUM + r")件因工伤认定、伤残鉴定等原因中止审理，超出法定审限，审限内结案率(" + NUM + r")%")
    check(F, "rate_mismatch", inrate, (dec(closed) - dec(over)) / dec(closed) * 100, "审限内结案率")
    loss, loss_yi = one(text, r"挽回经济损失(" + NUM + r")万元（约(" + NUM + r")亿元）")
    approx(F, loss_yi, D(10000), dec(loss), "挽回损失 约亿元")
    hdr = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分\t偏差原因分析及改进措施"
    ind, lw, ls, ss = indicator_table(F, text, hdr, D(fu["rows"]["年度资金总额"][4]), dec(fu["score"]))
    same(F, ind["审结劳动人事争议案件"]["act"]["num"], closed, "审结 table vs prose")
    same(F, ind["仲裁结案率"]["act"]["num"], closerate, "结案率 table vs prose")
    same(F, ind["法定审限内结案率"]["act"]["num"], inrate, "审限内 table vs prose")
    same(F, ind["办案经费支出控制数"]["act"]["num"], spent, "经费 table vs prose")
    same(F, ind["为劳动者挽回经济损失"]["act"]["num"], loss, "挽回损失")
    s_exec, s_ind, total, g = one(text, r"本项目预算执行得分(" + NUM + r")分，绩效指标得分(" + NUM + r")分，自评总分(" + NUM
                                  + r")分，评价等级为" + GRADE)
    same(F, s_exec, fu["score"], "执行得分 prose vs table")
    check(F, "score_sum_mismatch", s_ind, ss - dec(fu["score"]), "绩效指标得分")
    check(F, "score_sum_mismatch", total, ss, "自评总分")
    grade(F, total, g)


# ---------------------------------------------------------------- project B: Changyuan 2021
def check_B(text, F):
    Y = 2021
    years(F, text, Y)
    rows = table(text, "项目\t行次\t年度总金额\t中央补助\t省级补助\t市本级资金\t上年结转\t其他资金")
    R = {r[0]: r for r in rows}
    r1, r2, r3, r4 = R["年初预算资金"], R["全年预算资金"], R["实际到位资金"], R["全年执行资金"]
    for r in (r1, r2, r3, r4):
        check(F, "sum_mismatch", r[2], sum(dec(x) for x in r[3:8]), f"{r[0]} total")
    for j in range(2, 8):
        rate(F, R["预算到位率(%)"][j], dec(r3[j]), dec(r2[j]), f"到位率 col {j}")
        rate(F, R["预算执行率(%)"][j], dec(r4[j]), dec(r2[j]), f"执行率 col {j}")
    init, cen_add, city_add, annual = one(text, r"项目年初预算(" + NUM + r")万元，年中争取中央基层调解仲裁能力建设补助(" + NUM
                                          + r")万元，市本级追加(" + NUM + r")万元，全年预算(" + NUM + r")万元，资金全部到位")
    check(F, "sum_mismatch", annual, dec(init) + dec(cen_add) + dec(city_add), "全年 = 年初 + 追加")
    same(F, init, r1[2], "年初 prose vs table")
    same(F, annual, r2[2], "全年 prose vs table")
    check(F, "sum_mismatch", r2[3], dec(r1[3]) + dec(cen_add), "中央 全年 = 年初 + 补助")
    check(F, "sum_mismatch", r2[5], dec(r1[5]) + dec(city_add), "市本级 全年 = 年初 + 追加")
    check(F, "rate_mismatch", r3[2], dec(r2[2]), "全部到位 ⇒ 到位 = 全年")
    y, spent, erate, *parts = one(text, r"截至(\d{4})年12月31日，项目支出(" + NUM + r")万元，预算执行率(" + NUM
                                   + r")%，分别用于调解室及仲裁庭改造装修(" + NUM + r")万元、视频调解及远程庭审系统建设(" + NUM
                                   + r")万元、办公设备及家具购置(" + NUM + r")万元、调解员业务培训(" + NUM + r")万元")
    same(F, spent, r4[2], "执行 prose vs table")
    rate(F, erate, dec(spent), dec(annual), "prose 执行率")
    same(F, erate, R["预算执行率(%)"][2], "执行率 prose vs table")
    check(F, "sum_mismatch", spent, sum(dec(p) for p in parts), "分别用于 sum")
    bal, _y, c_bud, c_sp, c_bal = one(text, r"全年结余(" + NUM + r")万元，已结转至(\d{4})年继续使用；其中中央补助资金(" + NUM
                                      + r")万元，已支出(" + NUM + r")万元，结余(" + NUM + r")万元")
    check(F, "balance_mismatch", bal, dec(r3[2]) - dec(r4[2]), "结余 = 到位 − 执行")
    check(F, "balance_mismatch", c_bal, dec(c_bud) - dec(c_sp), "中央 结余")
    same(F, c_bud, r2[3], "中央 budget prose vs table")
    same(F, c_sp, r4[3], "中央 spent prose vs table")
    (city_rate,) = one(text, r"市本级资金执行率(" + NUM + r")%")
    rate(F, city_rate, dec(r4[5]), dec(r2[5]), "市本级执行率 prose")
    same(F, city_rate, R["预算执行率(%)"][5], "市本级执行率 prose vs table")
    hdr = "一级指标\t二级指标\t三级指标\t指标值\t完成值\t完成率\t权重\t得分"
    ind, lw, ls, ss = indicator_table(F, text, hdr)
    same(F, ind["预算执行率"]["act"]["num"], R["预算执行率(%)"][2], "执行率 indicator vs funds")
    same(F, ind["项目支出控制数"]["act"]["num"], spent, "支出 indicator vs prose")
    total, g = one(text, r"综合自评得分(" + NUM + r")分，等级为“" + GRADE + "”")
    check(F, "score_sum_mismatch", total, ss, "prose total")
    grade(F, total, g)
    n, over = one(text, r"参训(" + NUM + r")人次，超出目标(" + NUM + r")%")
    tr = ind["调解员业务培训"]
    same(F, n, tr["act"]["num"], "培训人次")
    check(F, "completion_mismatch", over, (dec(n) - dec(tr["tgt"]["num"])) / dec(tr["tgt"]["num"]) * 100, "超出目标")
    cost, per = one(text, r"培训支出(" + NUM + r")万元，人均培训成本(" + NUM + r")元")
    same(F, cost, parts[3], "培训支出")
    check(F, "average_mismatch", per, dec(cost) * 10000 / dec(n), "人均培训成本")
    ct = compare_table(F, text, Y)
    acc, more, succ, r_last, r_now, arb, drop, ppl = one(
        text, r"全年各级调解组织受理劳动人事争议(" + NUM + r")件，比上年多(" + NUM + r")件；调解成功(" + NUM
        + r")件，调解成功率由上年的(" + NUM + r")%提高到(" + NUM + r")%；进入仲裁程序的案件(" + NUM + r")件，同比下降("
        + NUM + r")%，全年共为(" + NUM + r")人次")
    k_acc, k_succ, k_arb = "调解组织受理争议（件）", "其中：调解成功（件）", "仲裁立案（件）"
    same(F, acc, ct[k_acc][1], "受理")
    check(F, "sum_mismatch", more, dec(acc) - dec(ct[k_acc][0]), "比上年多")
    same(F, succ, ct[k_succ][1], "调解成功")
    check(F, "rate_mismatch", r_last, dec(ct[k_succ][0]) / dec(ct[k_acc][0]) * 100, "上年调解成功率")
    check(F, "rate_mismatch", r_now, dec(succ) / dec(acc) * 100, "调解成功率")
    same(F, r_now, ind["调解成功率"]["act"]["num"], "调解成功率 prose vs indicator")
    same(F, arb, ct[k_arb][1], "仲裁立案")
    check(F, "rate_mismatch", drop, (dec(ct[k_arb][0]) - dec(arb)) / dec(ct[k_arb][0]) * 100, "立案降幅")
    same(F, drop, ind["仲裁立案量同比下降"]["act"]["num"], "立案降幅 prose vs indicator")
    same(F, ppl, ct["涉及劳动者（人次）"][1], "劳动者人次")


# ---------------------------------------------------------------- project C: Shouguang 2022 (部门整体)
def check_C(text, F):
    Y = 2022
    years(F, text, Y)
    y, init, a1, a2, a3, annual = one(text, r"(\d{4})年年初预算(" + NUM + r")万元，年中因人员调资追加人员经费(" + NUM
                                      + r")万元，追加仲裁办案经费(" + NUM + r")万元、调解仲裁信息化建设资金(" + NUM
                                      + r")万元，调整后全年预算(" + NUM + r")万元")
    if int(y) != Y:
        F.add("year_mismatch", f"budget sentence year {y}")
    check(F, "sum_mismatch", annual, dec(init) + dec(a1) + dec(a2) + dec(a3), "全年 = 年初 + 追加")
    rows = table(text, "项目\t年初预算数\t全年预算数\t全年执行数\t执行率")
    R = by_label(rows)
    tot, basic, staff, pub = R["合计"], R["基本支出"], R["其中：人员经费"], R["公用经费"]
    proj, case, it, train = R["项目支出"], R["其中：仲裁办案经费"], R["调解仲裁信息化建设"], R["兼职仲裁员培训"]
    for j, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        check(F, "sum_mismatch", tot[j], dec(basic[j]) + dec(proj[j]), f"合计 {nm}")
        check(F, "sum_mismatch", basic[j], dec(staff[j]) + dec(pub[j]), f"基本支出 {nm}")
        check(F, "sum_mismatch", proj[j], dec(case[j]) + dec(it[j]) + dec(train[j]), f"项目支出 {nm}")
    for r in rows:
        rate(F, r[4], dec(r[3]), dec(r[2]), f"{r[0]} 执行率")
    same(F, init, tot[1], "年初 prose vs table")
    same(F, annual, tot[2], "全年 prose vs table")
    check(F, "sum_mismatch", a1, dec(staff[2]) - dec(staff[1]), "人员经费 追加")
    check(F, "sum_mismatch", a2, dec(case[2]) - dec(case[1]), "办案经费 追加")
    check(F, "sum_mismatch", a3, dec(it[2]) - dec(it[1]), "信息化 追加")
    spent, erate = one(text, r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%。")
    same(F, spent, tot[3], "执行 prose vs table")
    rate(F, erate, dec(spent), dec(annual), "prose 执行率")
    same(F, erate, tot[4].rstrip("%"), "执行率 prose vs table")
    (prate,) = one(text, r"项目支出执行率(" + NUM + r")%，低于90%")
    rate(F, prate, dec(proj[3]), dec(proj[2]), "项目支出执行率 prose")
    same(F, prate, proj[4].rstrip("%"), "项目支出执行率 prose vs table")
    _y, unexec, it_bal, _yc, case_bal = one(text, r"截至(\d{4})年12月31日，全年预算未执行(" + NUM + r")万元，其中信息化建设项目("
                                            + NUM + r")万元为合同尾款，结转至(\d{4})年支付；仲裁办案经费结余(" + NUM + r")万元")
    check(F, "balance_mismatch", unexec, dec(tot[2]) - dec(tot[3]), "未执行")
    check(F, "balance_mismatch", it_bal, dec(it[2]) - dec(it[3]), "信息化 未执行")
    check(F, "balance_mismatch", case_bal, dec(case[2]) - dec(case[3]), "办案经费 结余")
    check(F, "sum_mismatch", unexec, dec(it_bal) + dec(case_bal), "未执行 其中 sum")
    ct = compare_table(F, text, Y)
    acc, more, closed, crate, ppl, back, fee, per, per_u, last, last_u = one(
        text, r"共立案受理劳动人事争议(" + NUM + r")件，较上年增加(" + NUM + r")件，审结(" + NUM + r")件，结案率(" + NUM
        + r")%，涉及劳动者(" + NUM + r")人次，帮助劳动者追回工资、经济补偿等(" + NUM + r")万元。仲裁办案经费支出(" + NUM
        + r")万元，件均办案成本(" + NUM + r")(万元|元)，上年为(" + NUM + r")(万元|元)")
    same(F, acc, ct["受理案件（件）"][1], "受理")
    check(F, "sum_mismatch", more, dec(acc) - dec(ct["受理案件（件）"][0]), "较上年增加")
    same(F, closed, ct["审结案件（件）"][1], "审结")
    check(F, "rate_mismatch", crate, dec(closed) / dec(acc) * 100, "结案率")
    same(F, ppl, ct["涉及劳动者（人次）"][1], "劳动者人次")
    same(F, back, ct["为劳动者追回工资待遇（万元）"][1], "追回")
    same(F, fee, ct["仲裁办案经费支出（万元）"][1], "办案经费 prose vs compare table")
    same(F, fee, case[3], "办案经费 prose vs funds table")
    check(F, "average_mismatch", per, dec(fee) * 10000 / dec(closed), "件均办案成本",
          scale=D(10000) if per_u == "万元" else D(1))
    check(F, "average_mismatch", last, dec(ct["仲裁办案经费支出（万元）"][0]) * 10000 / dec(ct["审结案件（件）"][0]),
          "上年件均办案成本", scale=D(10000) if last_u == "万元" else D(1))
    # indicator table without weights
    kt = {}
    for r in table(text, "指标\t年度指标值\t实际完成值\t完成率"):
        tgt, act = parse_val(r[1], True), parse_val(r[2], False)
        check_row(F, r[0], tgt, act, r[3], None, None)
        kt[r[0]] = act
    same(F, kt["受理劳动人事争议案件"]["num"], acc, "受理 indicator vs prose")
    same(F, kt["仲裁结案率"]["num"], crate, "结案率 indicator vs prose")
    same(F, kt["为劳动者追回工资待遇"]["num"], back, "追回 indicator vs prose")
    # compact score table
    srows = table(text, "一级指标\t二级指标\t分值\t得分")
    sw = ss = D(0)
    S = {}
    total = None
    for r in srows:
        if r[0] == "合计":
            total = (r[2], r[3])
            continue
        S[r[1]] = r
        w, s = dec(r[2]), dec(r[3])
        if s > w or s < 0:
            F.add("score_exceeds_weight", f"{r[1]}: {s} > {w}")
        sw += w
        ss += s
    if sw != 100 or dec(total[0]) != sw:
        F.add("weight_sum_mismatch", f"weights {sw}, stated {total[0]}")
    check(F, "score_sum_mismatch", total[1], ss, "score table total")
    ew, er = one(text, r"预算执行按全年执行率计分（(" + NUM + r")×(" + NUM + r")%）")
    same(F, ew, S["预算执行"][2], "预算执行 weight restated")
    same(F, er, tot[4].rstrip("%"), "执行率 restated in scoring note")
    r_exec = min(dec(tot[3]) / dec(tot[2]), D(1))
    sc = S["预算执行"][3]
    if dec(sc) <= dec(S["预算执行"][2]) and not (abs(dec(sc) - dec(S["预算执行"][2]) * r_exec) <= tol(sc)
                                              or abs(dec(sc) - dec(S["预算执行"][2]) * pct(tot[4]) / 100) <= tol(sc)):
        F.add("score_rule_mismatch", "预算执行 score", "warning")
    a_t = kt["法定审限内结案率"]
    sc = S["办案时效"][3]
    if not abs(dec(sc) - dec(S["办案时效"][2]) * min(dec(a_t["num"]), D(100)) / 100) <= tol(sc):
        F.add("score_rule_mismatch", "办案时效 score", "warning")
    tot_s, g = one(text, r"部门整体支出绩效自评得分(" + NUM + r")分，评价等级为“" + GRADE + "”")
    check(F, "score_sum_mismatch", tot_s, ss, "prose total")
    grade(F, tot_s, g)


# ---------------------------------------------------------------- project D: Shunde 2023
def check_D(text, F):
    Y = 2023
    years(F, text, Y)
    init, add, co, annual = one(text, r"项目年初预算(" + NUM + r")万元，年中因案件量上升追加(" + NUM + r")万元，加上上年结转资金("
                                + NUM + r")万元，全年预算(" + NUM + r")万元，资金全部到位")
    check(F, "sum_mismatch", annual, dec(init) + dec(add) + dec(co), "全年 = 年初 + 追加 + 结转")
    fu = mof_funds(F, text)
    fr = fu["rows"]
    same(F, init, fu["init"], "年初")
    same(F, annual, fu["annual"], "全年")
    check(F, "sum_mismatch", fr["其中：当年财政拨款"][2], dec(fr["其中：当年财政拨款"][1]) + dec(add), "财政拨款 全年")
    same(F, co, fr["上年结转资金"][2], "上年结转")
    spent, erate, *rest = one(text, r"全年执行(" + NUM + r")万元，执行率(" + NUM + r")%，分别为兼职仲裁员办案补贴(" + NUM
                              + r")万元、聘用书记员劳务费(" + NUM + r")万元、庭审记录及送达服务外包(" + NUM
                              + r")万元、仲裁庭音视频设备运维(" + NUM + r")万元。年末结余(" + NUM
                              + r")万元，为兼职仲裁员第四季度办案补贴尾数，已结转至(\d{4})年发放")
    parts, bal = rest[:4], rest[4]
    same(F, spent, fu["spent"], "执行")
    rate(F, erate, dec(spent), dec(annual), "prose 执行率")
    same(F, erate, fu["rate"].rstrip("%"), "执行率 prose vs table")
    check(F, "sum_mismatch", spent, sum(dec(p) for p in parts), "分别为 sum")
    check(F, "balance_mismatch", bal, dec(annual) - dec(spent), "结余 = 到位(全部到位) − 执行")
    n, sub, per, per_u = one(text, r"兼职仲裁员全年参与审理案件(" + NUM + r")件，领取办案补贴(" + NUM + r")万元，平均每件(" + NUM
                             + r")(万元|元)")
    same(F, sub, parts[0], "办案补贴")
    check(F, "average_mismatch", per, dec(sub) * 10000 / dec(n), "平均每件补贴",
          scale=D(10000) if per_u == "万元" else D(1))
    ct = compare_table(F, text, Y)
    for i in (0, 1):
        check(F, "average_mismatch", ct["件均办案成本（元）"][i],
              dec(ct["办案经费支出（万元）"][i]) * 10000 / dec(ct["审结案件（件）"][i]), f"件均办案成本 col {i}")
    same(F, ct["办案经费支出（万元）"][1], spent, "经费 compare vs prose")
    acc, closed, crate, ppl, back = one(text, r"年全院共收案(" + NUM + r")件，审结(" + NUM + r")件，结案率(" + NUM
                                        + r")%；所办案件涉及(" + NUM + r")人次劳动者，帮助劳动者追回欠薪及经济补偿(" + NUM + r")万元")
    same(F, acc, ct["受理案件（件）"][1], "收案")
    same(F, closed, ct["审结案件（件）"][1], "审结")
    check(F, "rate_mismatch", crate, dec(closed) / dec(acc) * 100, "结案率")
    same(F, ppl, ct["涉及劳动者（人次）"][1], "人次")
    same(F, back, ct["为劳动者追回（万元）"][1], "追回 prose vs compare")
    hdr = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分\t偏差原因分析及改进措施"
    ind, lw, ls, ss = indicator_table(F, text, hdr, dec(fr["年度资金总额"][4]), dec(fu["score"]))
    same(F, ind["审结劳动人事争议案件"]["act"]["num"], closed, "审结 indicator")
    same(F, ind["兼职仲裁员参与办案"]["act"]["num"], n, "兼职仲裁员参与办案")
    same(F, ind["仲裁结案率"]["act"]["num"], crate, "结案率 indicator")
    same(F, ind["件均办案成本"]["act"]["num"], ct["件均办案成本（元）"][1], "件均 indicator vs compare")
    same(F, ind["为劳动者追回工资待遇"]["act"]["num"], back, "追回 indicator vs prose")
    r2, s_exec, s_ind, total, g = one(text, r"本项目预算执行率(" + NUM + r")%，得分(" + NUM + r")分；各项绩效指标基本完成，绩效指标得分("
                                      + NUM + r")分。自评总分(" + NUM + r")分，评价等级为“" + GRADE + "”")
    same(F, r2, fu["rate"].rstrip("%"), "执行率 conclusion")
    same(F, s_exec, fu["score"], "执行得分 conclusion")
    check(F, "score_sum_mismatch", s_ind, ss - dec(fu["score"]), "绩效指标得分")
    check(F, "score_sum_mismatch", total, ss, "自评总分")
    grade(F, total, g)


# ---------------------------------------------------------------- project E: Maiji 2024
def check_E(text, F):
    Y = 2024
    years(F, text, Y)
    rows = table(text, "资金来源\t年初预算数\t全年预算数\t实际到位数\t全年执行数\t执行率")
    R = by_label(rows)
    tot, parts = R["合计"], [r for r in rows if r[0] != "合计"]
    for j, nm in ((1, "年初"), (2, "全年"), (3, "到位"), (4, "执行")):
        check(F, "sum_mismatch", tot[j], sum(dec(p[j]) for p in parts), f"合计 {nm}")
    for r in rows:
        rate(F, r[5], dec(r[4]), dec(r[2]), f"{r[0]} 执行率")
        if dec(r[4]) > dec(r[3]) or dec(r[3]) > dec(r[2]):
            F.add("implausible_rate", f"{r[0]}: 执行 > 到位 or 到位 > 预算")
    init, cen, annual = one(text, r"年初预算(" + NUM + r")万元，年中下达中央财政补助(" + NUM + r")万元，全年预算(" + NUM + r")万元")
    check(F, "sum_mismatch", annual, dec(init) + dec(cen), "全年 = 年初 + 中央")
    same(F, init, tot[1], "年初")
    same(F, annual, tot[2], "全年")
    same(F, cen, R["中央财政补助"][2], "中央补助")
    _y, recv, rrate, short = one(text, r"截至(\d{4})年12月31日，各级资金实际到位(" + NUM + r")万元，到位率(" + NUM
                                 + r")%，省级补助尚有(" + NUM + r")万元未到位")
    same(F, recv, tot[3], "到位")
    rate(F, rrate, dec(recv), dec(annual), "到位率")
    prov = R["省级财政补助"]
    check(F, "balance_mismatch", short, dec(prov[2]) - dec(prov[3]), "省级 未到位")
    spent, erate, *rest = one(text, r"全年支出(" + NUM + r")万元，执行率(" + NUM + r")%，分别用于调解中心场所改造(" + NUM
                              + r")万元、调解员及兼职仲裁员办案补贴(" + NUM + r")万元、信息化设备购置(" + NUM
                              + r")万元、业务培训及宣传(" + NUM + r")万元。已到位未支出的(" + NUM + r")万元结转至(\d{4})年使用")
    sp_parts, bal = rest[:4], rest[4]
    same(F, spent, tot[4], "执行")
    rate(F, erate, dec(spent), dec(annual), "prose 执行率")
    same(F, erate, tot[5].rstrip("%"), "执行率 prose vs table")
    check(F, "sum_mismatch", spent, sum(dec(p) for p in sp_parts), "分别用于 sum")
    check(F, "balance_mismatch", bal, dec(recv) - dec(spent), "已到位未支出")
    ct = compare_table(F, text, Y)
    acc, succ, srate, ppl, back, arb, less, per, sat = one(
        text, r"共接待并受理劳动人事争议(" + NUM + r")件，成功调解(" + NUM + r")件，调解成功率(" + NUM + r")%，惠及劳动者(" + NUM
        + r")人次，为劳动者追回工资报酬(" + NUM + r")万元。经调解分流，全年仲裁立案(" + NUM + r")件，比上年少(" + NUM
        + r")件。项目支出折合每件受理争议(" + NUM + r")元。调解中心对当事人开展问卷回访，满意度为(" + NUM + r")%")
    same(F, acc, ct["调解中心受理争议（件）"][1], "受理")
    same(F, succ, ct["调解成功（件）"][1], "成功")
    check(F, "rate_mismatch", srate, dec(succ) / dec(acc) * 100, "调解成功率")
    same(F, ppl, ct["涉及劳动者（人次）"][1], "人次")
    same(F, arb, ct["仲裁立案（件）"][1], "立案")
    check(F, "sum_mismatch", less, dec(ct["仲裁立案（件）"][0]) - dec(arb), "比上年少")
    check(F, "average_mismatch", per, dec(spent) * 10000 / dec(acc), "每件受理争议支出")
    if dec(sat) > 100:
        F.add("implausible_rate", "满意度 over 100%")
    hdr = "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t完成率\t分值\t得分"
    ind, lw, ls, ss = indicator_table(F, text, hdr)
    same(F, ind["预算执行率"]["act"]["num"], erate, "执行率 indicator")
    same(F, ind["调解中心受理争议"]["act"]["num"], acc, "受理 indicator")
    same(F, ind["调解成功件数"]["act"]["num"], succ, "成功 indicator")
    same(F, ind["调解成功率"]["act"]["num"], srate, "成功率 indicator")
    same(F, ind["件均调解成本"]["act"]["num"], per, "件均 indicator")
    same(F, ind["为劳动者追回工资报酬"]["act"]["num"], back, "追回 indicator vs prose")
    same(F, ind["调解分流后仲裁立案量"]["act"]["num"], arb, "立案 indicator")
    we, wo, wb = one(text, r"权重为预算执行(" + NUM + r")分、产出指标(" + NUM + r")分、效益指标(" + NUM + r")分")
    for stated, lev in ((we, "预算执行"), (wo, "产出指标"), (wb, "效益指标")):
        if dec(stated) != lw[lev]:
            F.add("weight_sum_mismatch", f"{lev} weights add to {lw[lev]}, stated {stated}")
    se, so, sb, total, g = one(text, r"其中预算执行得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM
                               + r")分，合计(" + NUM + r")分，评价等级为“" + GRADE + "”")
    same(F, se, ind["预算执行率"]["s"], "执行得分 prose vs table")
    check(F, "score_sum_mismatch", so, ls["产出指标"], "产出指标得分")
    check(F, "score_sum_mismatch", sb, ls["效益指标"], "效益指标得分")
    check(F, "score_sum_mismatch", total, dec(se) + dec(so) + dec(sb), "合计 = 三项之和")
    check(F, "score_sum_mismatch", total, ss, "合计 vs rows")
    grade(F, total, g)


CHECKS = {
    "zj-deqing-zhongcaibanan-2019": check_A,
    "ha-changyuan-tiaojiezhongxin-2021": check_B,
    "sd-shouguang-zhongcaiyuan-bumen-2022": check_C,
    "gd-shunde-zhongcaibanan-2023": check_D,
    "gs-maiji-tiaojiezhongxin-2024": check_E,
}


def run(source, text):
    F = Findings()
    try:
        CHECKS[source](text, F)
    except ParseError as exc:
        F.add("parse_error", str(exc))
    return F


def one_edit(a, b):
    """Common prefix/suffix: the single differing region of a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    code_count = Counter()
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        F = run(rec["source"], text)
        errs, warns = F.errors(), F.warnings()
        n = len(text)
        if not 1500 <= n <= 5000:
            problems.append(f"{name}: length {n} outside 1500–5000")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if errs or warns:
                problems.append(f"{name}: clean draft fails {errs + warns}: "
                                + "; ".join(m for c, s, m in F.items))
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected {len(exp)} labels, want 1")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        code_count[code] += 1
        if exp[0]["severity"] != "error" or code not in CODES:
            problems.append(f"{name}: bad label {exp[0]}")
        if errs != [code]:
            problems.append(f"{name}: labelled {code}, checks give {errs}: "
                            + "; ".join(f"{c}: {m}" for c, s, m in F.items))
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        clean = texts[f"{rec['source']}-clean.txt"]
        (cs, ce), (es, ee) = one_edit(clean, text)
        if ce - cs > 40 or ee - es > 40 or (ce - cs == 0 and ee - es == 0):
            problems.append(f"{name}: edit spans {ce - cs}/{ee - es} characters")
        vs = text.find(value)
        ve = vs + len(value)
        if not (es < ve and vs < max(ee, es + 1)):
            problems.append(f"{name}: edit [{es},{ee}) does not overlap value [{vs},{ve})")
        if name.endswith("-clean.txt"):
            problems.append(f"{name}: error case named clean")
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    if len(labels) != 35 or sum(1 for r in labels if r["clean"]) != 5:
        problems.append(f"{len(labels)} labels, want 35 with 5 clean")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("per code:", ", ".join(f"{c} {code_count[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
