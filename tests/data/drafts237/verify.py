#!/usr/bin/env python3
"""Verify drafts237.

1. labels.jsonl lists every case once; every label value occurs in its case file.
2. Every error case differs from its clean draft in one place (one short contiguous region, at most two lines).
3. The arithmetic of every clean draft is redone from its text (funds table, indicator table, prose figures,
   grade band, years): every check must pass on the clean drafts.
4. Self-test: on every error case at least one check with the labelled code fails.
5. Coverage: each of the 13 codes occurs at least twice; clean drafts are 3,000-9,000 characters.
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"(\d+(?:\.\d+)?)"


# ------------------------------------------------------------------ helpers
def places(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated is the string as written; consistent when within half a unit of its last digit."""
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(D(str(computed)) - D(str(stated))) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, text):
        self.t = text
        self.results = []  # (code, name, ok, detail)

    def check(self, code, name, ok, detail=""):
        self.results.append((code, name, bool(ok), detail))
        return ok

    def find(self, pattern, code, name):
        ms = list(re.finditer(pattern, self.t, re.S))
        if len(ms) != 1:
            self.check(code, "parse: " + name, False, f"{len(ms)} matches for {pattern!r}")
            return None
        return ms[0].groups()

    def failed(self):
        return [r for r in self.results if not r[2]]


def split_num(cell):
    """'≥99.5%' -> ('gte', '99.5', '%'); '12个' -> ('eq', '12', '个'); text -> (None, None, cell)."""
    cell = cell.strip()
    m = re.match(r"^(≥|≤|＞|＜|=)?\s*(\d+(?:\.\d+)?)(.*)$", cell)
    if not m:
        return None, None, cell
    sign = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, m.group(2), m.group(3).strip()


DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


# ------------------------------------------------------------------ generic tables
def funds_table(c):
    """MOF funds block: 年度资金总额｜年初｜全年｜执行｜分值｜执行率｜得分 followed by component rows."""
    lines = c.t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith("年度资金总额｜")]
    if len(idx) != 1:
        c.check("sum_mismatch", "parse: funds table", False)
        return None
    i = idx[0]
    cells = lines[i].split("｜")
    tot = [D(x) for x in cells[1:4]]
    w, rate, score = cells[4], cells[5], cells[6]
    comps = []
    for l in lines[i + 1:]:
        cl = l.split("｜")
        if len(cl) < 7 or not re.match(r"^\d+(\.\d+)?$", cl[1]):
            break
        comps.append(cl)
    # components add up to the total, column by column (a component off by 10^4 is a unit slip)
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        vals = [D(cl[j + 1]) for cl in comps]
        ok = sum(vals) == tot[j]
        if not ok and any(sum(vals) - v + v / 10000 == tot[j] for v in vals):
            c.check("unit_mismatch", f"funds {col}: one component off by 10^4", False)
        else:
            c.check("sum_mismatch", f"funds {col}: components {vals} = total {tot[j]}", ok)
    # execution rate and score
    rv = rate.rstrip("%")
    if tot[1] == 0:
        c.check("implausible_rate", "funds total: zero budget has no rate", rate in ("—", "0", "0%"))
    else:
        comp = tot[2] / tot[1] * 100
        c.check("rate_mismatch", f"funds rate {rate} = {tot[2]}/{tot[1]}", close(rv, comp), str(comp))
        c.check("implausible_rate", "funds rate <= 100%", D(rv) <= 100)
        sc = D(w) * min(comp, D(100)) / 100
        sc2 = D(w) * min(D(rv), D(100)) / 100
        c.check("score_rule", f"execution score {score}", close(score, sc) or close(score, sc2))
        c.check("score_exceeds_weight", "execution score <= weight", D(score) <= D(w))
    for cl in comps:
        base, spent, r = D(cl[2]), D(cl[3]), cl[5]
        if r in ("—", "-", ""):
            continue
        if base == 0:
            c.check("implausible_rate", f"{cl[0]}: rate {r} on a zero base", D(r.rstrip("%")) == 0)
        else:
            c.check("rate_mismatch", f"{cl[0]}: rate {r}", close(r.rstrip("%"), spent / base * 100))
    return {"initial": tot[0], "annual": tot[1], "spent": tot[2], "weight": D(w), "score": D(score),
            "rate": rate, "comps": {cl[0].replace("其中：", ""): [D(x) for x in cl[1:4]] for cl in comps}}


def completion(direction, T, A):
    T, A = D(T), D(A)
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return max(A, D(0)) / T * 100


def indicator_table(c, exec_weight, exec_score):
    lines = c.t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith("一级指标｜")]
    if len(idx) != 1:
        c.check("weight_sum_mismatch", "parse: indicator table", False)
        return None
    header = lines[idx[0]].split("｜")
    has_comp = "完成率" in header
    rows, total = [], None
    for l in lines[idx[0] + 1:]:
        if l.startswith("总分") or l.startswith("合计"):
            total = [x for x in l.split("｜") if x.strip()]
            break
        rows.append(l.split("｜"))
    out = {"rows": {}, "levels": Counter(), "scores": Counter()}
    for cl in rows:
        if has_comp:
            l1, l2, name, target, actual, comp, w, s = cl[:8]
        else:
            l1, l2, name, target, actual, w, s = cl[:7]
            comp = None
        w, s = D(w), D(s)
        out["rows"][name] = (target, actual, w, s)
        out["levels"][l1] += w
        out["scores"][l1] += s
        c.check("score_exceeds_weight", f"{name}: 0 <= score {s} <= weight {w}", 0 <= s <= w)
        dt, da = DATE.match(target), DATE.match(actual)
        tdir, tn, tu = split_num(target)
        adir, an, au = split_num(actual)
        if dt:
            ok_unit = bool(da)
            c.check("unit_mismatch", f"{name}: date target, actual {actual}", ok_unit)
            if ok_unit:
                met = tuple(map(int, da.groups()[:3])) <= tuple(map(int, dt.groups()[:3]))
                c.check("score_rule", f"{name}: date met -> full score", (s == w) if met else True)
            continue
        if tn is None:  # qualitative
            achieved = actual == target or actual == "已" + target
            c.check("unit_mismatch", f"{name}: qualitative target, actual {actual}", an is None)
            if achieved:
                c.check("score_rule", f"{name}: qualitative achieved in [80%,100%]", w * D("0.8") <= s <= w)
            continue
        if an is None or tu != au:
            c.check("unit_mismatch", f"{name}: unit of {target} vs {actual}", False)
            continue
        c.check("unit_mismatch", f"{name}: same unit {tu}", True)
        cp = completion(tdir, tn, an)
        if comp is not None:
            c.check("completion_mismatch", f"{name}: 完成率 {comp} vs {r2(cp)}", close(comp.rstrip("%"), cp))
        exp = r2(w * min(cp, D(100)) / 100)
        c.check("score_rule", f"{name}: score {s} vs {exp}", close(str(s), exp) or s == exp)
    wsum = sum(out["levels"].values()) + exec_weight
    ssum = sum(out["scores"].values()) + exec_score
    tw, ts = D(total[-2]), D(total[-1])
    c.check("weight_sum_mismatch", f"weights {wsum} = {tw} = 100", wsum == tw == 100)
    c.check("score_sum_mismatch", f"scores {ssum} = total {ts}", close(total[-1], ssum))
    out["total"] = ts
    out["total_str"] = total[-1]
    return out


def key_table(c, first_col):
    """Small table: name｜budget｜spent｜rate … 合计 row."""
    lines = c.t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(first_col + "｜")]
    if len(idx) != 1:
        c.check("sum_mismatch", "parse: key table", False)
        return None
    rows, tot = [], None
    for l in lines[idx[0] + 1:]:
        cl = l.split("｜")
        if cl[0] == "合计":
            tot = cl
            break
        rows.append(cl)
    unit_rows = set()
    for j, col in ((1, "budget"), (2, "spent")):
        vals = [D(r[j]) for r in rows]
        ok = sum(vals) == D(tot[j])
        fix = [k for k, v in enumerate(vals) if sum(vals) - v + v / 10000 == D(tot[j])]
        if not ok and fix:
            unit_rows.update(fix)
            c.check("unit_mismatch", f"key table {col}: {rows[fix[0]][j]} reconciles as 元", False)
        else:
            c.check("sum_mismatch", f"key table {col} sum {sum(vals)} = {tot[j]}", ok)
    for k, r in enumerate(rows + [tot]):
        comp = D(r[2]) / D(r[1]) * 100
        if k in unit_rows:
            continue
        c.check("rate_mismatch", f"key table {r[0]} rate {r[3]}", close(r[3].rstrip("%"), comp))
        c.check("implausible_rate", f"key table {r[0]} rate <= 100", D(r[3].rstrip("%")) <= 100)
    return {r[0]: (D(r[1]), D(r[2])) for r in rows + [tot]}


def years(c, year):
    for m in re.finditer(r"（(\d{4})年度）", c.t):
        c.check("year_mismatch", f"table year {m.group(1)}", int(m.group(1)) == year)
    for m in re.finditer(r"结转(?:至)?(\d{4})年", c.t):
        c.check("year_mismatch", f"carried to {m.group(1)}", int(m.group(1)) > year)
    for m in re.finditer(r"截至(\d{4})年12月31日", c.t):
        c.check("year_mismatch", f"as at end of {m.group(1)}", int(m.group(1)) == year)


def grade(c, total_str, label):
    c.check("grade_mismatch", f"grade {label} for {total_str}", GRADE_WORD.get(label) == band(total_str))


def eq(c, code, name, a, b):
    return c.check(code, f"{name}: {a} = {b}", D(str(a)) == D(str(b)))


# ------------------------------------------------------------------ per project
def p_huojia(c):
    years(c, 2022)
    f = funds_table(c)
    if not f:
        return
    it = indicator_table(c, f["weight"], f["score"])
    g = c.find(r"项目年初预算" + NUM + r"万元.*?追加整改资金" + NUM + r"万元，全年预算调整为" + NUM + "万元",
               "sum_mismatch", "budget sentence")
    if g:
        eq(c, "sum_mismatch", "年初 + 追加 = 全年", D(g[0]) + D(g[1]), g[2])
        eq(c, "conflicting_values", "年初 text/table", g[0], f["initial"])
        eq(c, "conflicting_values", "全年 text/table", g[2], f["annual"])
    g = c.find(r"全年实际支出" + NUM + r"万元，其中：等级测评费" + NUM + r"万元，整改设备采购" + NUM +
               r"万元，渗透测试及网络安全培训" + NUM + "万元", "sum_mismatch", "spending parts")
    if g:
        eq(c, "sum_mismatch", "spending parts", D(g[1]) + D(g[2]) + D(g[3]), g[0])
        eq(c, "conflicting_values", "执行 text/table", g[0], f["spent"])
    g = c.find(r"(\d+)个系统的测评费合计" + NUM + r"万元，平均每个系统" + NUM + "万元", "average_mismatch", "fee avg")
    if g:
        c.check("average_mismatch", "fee per system", close(g[2], D(g[1]) / D(g[0])))
    g = c.find(r"未支付的" + NUM + "万元", "balance_mismatch", "balance")
    if g:
        eq(c, "balance_mismatch", "未支付 = 全年 - 执行", g[0], f["annual"] - f["spent"])
    g = c.find(r"发现高中风险问题(\d+)项，年内完成整改(\d+)项.*?其余(\d+)项", "sum_mismatch", "issues")
    if g:
        eq(c, "sum_mismatch", "issues found = fixed + rest", g[0], int(g[1]) + int(g[2]))
        tgt, act, _, _ = it["rows"]["整改高中风险问题数"]
        if split_num(act)[2] == "项":
            eq(c, "conflicting_values", "fixed issues text/table", g[1], split_num(act)[1])
    g = c.find(r"高危漏洞(\d+)个，年内整改(\d+)个，整改完成率(\d+)%，低于(\d+)%的目标值，该指标完成率" + NUM + "%",
               "completion_mismatch", "vuln")
    if g:
        c.check("completion_mismatch", "vuln rate", close(g[2], D(g[1]) / D(g[0]) * 100))
        c.check("completion_mismatch", "vuln completion", close(g[4], D(g[2]) / D(g[3]) * 100))
    g = c.find(r"满意度分别为(\d+)%、(\d+)%和(\d+)%，平均满意度为(\d+)%", "average_mismatch", "satisfaction")
    if g:
        c.check("average_mismatch", "satisfaction mean", close(g[3], (D(g[0]) + D(g[1]) + D(g[2])) / 3))
        eq(c, "conflicting_values", "satisfaction text/table", g[3],
           split_num(it["rows"]["使用单位满意度"][1])[1])
    g = c.find(r"预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分", "weight_sum_mismatch", "w")
    if g:
        eq(c, "weight_sum_mismatch", "exec weight", g[0], f["weight"])
        for k, lvl in zip(g[1:], ["产出指标", "效益指标", "满意度指标"]):
            eq(c, "weight_sum_mismatch", lvl, k, it["levels"][lvl])
    g = c.find(r"自评得分" + NUM + r"分，评价等级为“(.)”", "grade_mismatch", "conclusion")
    if g:
        eq(c, "conflicting_values", "total text/table", g[0], it["total"])
        grade(c, g[0], g[1])


def p_zhangxian(c):
    years(c, 2020)
    f = funds_table(c)
    if not f:
        return
    it = indicator_table(c, f["weight"], f["score"])
    g = c.find(r"年初预算安排本项目" + NUM + "万元", "conflicting_values", "initial")
    if g:
        eq(c, "conflicting_values", "年初 text/table", g[0], f["initial"])
    g = c.find(r"结转的外网设备更新资金" + NUM + r"万元，全年预算合计" + NUM + "万元", "sum_mismatch", "annual")
    if g:
        eq(c, "sum_mismatch", "年初 + 结转 = 全年", f["initial"] + D(g[0]), g[1])
        eq(c, "conflicting_values", "全年 text/table", g[1], f["annual"])
        eq(c, "conflicting_values", "结转 text/table", g[0], f["comps"]["上年结转资金"][1])
    g = c.find(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%", "rate_mismatch", "spent")
    if g:
        c.check("rate_mismatch", "text rate", close(g[1], D(g[0]) / f["annual"] * 100))
        eq(c, "conflicting_values", "执行 text/table", g[0], f["spent"])
    g = c.find(r"链路租赁费" + NUM + r"万元，(\d+)条链路每条年租费(\d+)元；外网运维服务费" + NUM +
               r"万元.*?设备维修及备品备件购置" + NUM + "万元", "sum_mismatch", "parts")
    if g:
        eq(c, "sum_mismatch", "links = n x fee", g[0], D(g[1]) * D(g[2]) / 10000)
        eq(c, "sum_mismatch", "parts = spent", D(g[0]) + D(g[3]) + D(g[4]), f["spent"])
    g = c.find(r"年末结余" + NUM + "万元", "balance_mismatch", "balance")
    if g:
        eq(c, "balance_mismatch", "结余 = 全年 - 执行", g[0], f["annual"] - f["spent"])
        g2 = c.find(r"第四季度运维服务费" + NUM + "万元待", "balance_mismatch", "q4")
        if g2:
            c.check("balance_mismatch", "carried part <= balance", D(g2[0]) <= D(g[0]))
    g = c.find(r"接入(\d+)家，完成率" + NUM + r"%，较2019年的(\d+)家增加(\d+)家", "completion_mismatch", "units")
    if g:
        tgt, act, _, _ = it["rows"]["县直部门（单位）接入数"]
        c.check("completion_mismatch", "units completion", close(g[1], D(g[0]) / D(split_num(tgt)[1]) * 100))
        eq(c, "conflicting_values", "units text/table", g[0], split_num(act)[1])
        eq(c, "sum_mismatch", "units vs 2019", int(g[2]) + int(g[3]), g[0])
    g = c.find(r"可用率" + NUM + r"%，完成目标值的" + NUM + "%", "completion_mismatch", "availability")
    if g:
        tgt, act, _, _ = it["rows"]["外网链路可用率"]
        c.check("completion_mismatch", "availability completion", close(g[1], D(g[0]) / D(split_num(tgt)[1]) * 100))
        eq(c, "conflicting_values", "availability text/table", g[0], split_num(act)[1])
    g = c.find(r"接入单位满意度为(\d+)%", "conflicting_values", "sat")
    if g:
        eq(c, "conflicting_values", "satisfaction text/table", g[0], split_num(it["rows"]["接入单位满意度"][1])[1])
    g = c.find(r"预算执行率（(\d+)分）、产出指标（(\d+)分）、效益指标（(\d+)分）和满意度指标（(\d+)分）",
               "weight_sum_mismatch", "w")
    if g:
        eq(c, "weight_sum_mismatch", "exec weight", g[0], f["weight"])
        for k, lvl in zip(g[1:], ["产出指标", "效益指标", "满意度指标"]):
            eq(c, "weight_sum_mismatch", lvl, k, it["levels"][lvl])
    g = c.find(r"自评得分" + NUM + r"分，评价等级为“(.)”", "grade_mismatch", "conclusion")
    if g:
        eq(c, "conflicting_values", "total text/table", g[0], it["total"])
        grade(c, g[0], g[1])


def p_yunhe(c):
    years(c, 2023)
    f = funds_table(c)
    if not f:
        return
    it = indicator_table(c, f["weight"], f["score"])
    kt = key_table(c, "项目名称")
    g = c.find(r"年初预算" + NUM + r"万元，年中追加" + NUM + r"万元，全年预算" + NUM + "万元", "sum_mismatch", "budget")
    if g:
        eq(c, "sum_mismatch", "年初 + 追加 = 全年", D(g[0]) + D(g[1]), g[2])
        eq(c, "conflicting_values", "年初 text/table", g[0], f["initial"])
        eq(c, "conflicting_values", "全年 text/table", g[2], f["annual"])
    g = c.find(r"全年支出" + NUM + r"万元，部门整体预算执行率" + NUM + "%", "rate_mismatch", "dept rate")
    if g:
        c.check("rate_mismatch", "dept rate", close(g[1], D(g[0]) / D(f["annual"]) * 100))
        eq(c, "conflicting_values", "执行 text/table", g[0], f["spent"])
    g = c.find(r"基本支出全年预算" + NUM + r"万元，已全部支出", "rate_mismatch", "basic")
    if g:
        b = f["comps"]["基本支出"]
        eq(c, "conflicting_values", "基本支出 text/table", g[0], b[1])
        eq(c, "rate_mismatch", "已全部支出 => spent = budget", b[2], b[1])
    g = c.find(r"项目支出全年预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%", "rate_mismatch", "proj")
    if g:
        c.check("rate_mismatch", "project rate", close(g[2], D(g[1]) / D(g[0]) * 100))
        p = f["comps"]["项目支出"]
        eq(c, "conflicting_values", "项目支出 budget text/table", g[0], p[1])
        eq(c, "conflicting_values", "项目支出 spent text/table", g[1], p[2])
        if kt:
            eq(c, "conflicting_values", "key table total budget", g[0], kt["合计"][0])
            eq(c, "conflicting_values", "key table total spent", g[1], kt["合计"][1])
    g = c.find(r"未支出的" + NUM + "万元", "balance_mismatch", "carry")
    if g:
        eq(c, "balance_mismatch", "未支出 = 全年 - 执行", g[0], f["annual"] - f["spent"])
    g = c.find(r"占项目支出全年预算的" + NUM + "%", "rate_mismatch", "share")
    if g and kt:
        c.check("rate_mismatch", "cloud share", close(g[0], kt["政务云资源租赁"][0] / kt["合计"][0] * 100))
    g = c.find(r"追加资金" + NUM + r"万元，实际支出" + NUM + r"万元，执行率" + NUM + "%", "rate_mismatch", "extra")
    if g:
        c.check("rate_mismatch", "extra rate", close(g[2], D(g[1]) / D(g[0]) * 100))
        c.check("implausible_rate", "extra rate <= 100", D(g[2]) <= 100)
    g = c.find(r"政府采购预算" + NUM + r"万元，实际采购金额" + NUM + r"万元，节约资金" + NUM + "万元", "balance_mismatch", "gp")
    if g:
        eq(c, "balance_mismatch", "procurement saving", D(g[0]) - D(g[1]), g[2])
    g = c.find(r"召开视频会议(\d+)场，较目标多(\d+)场", "conflicting_values", "meetings")
    if g:
        tgt, act, _, _ = it["rows"]["视频会议保障场次"]
        eq(c, "sum_mismatch", "meetings over target", int(g[0]) - int(split_num(tgt)[1]), g[1])
        eq(c, "conflicting_values", "meetings text/table", g[0], split_num(act)[1])
    g = c.find(r"承载全县各部门业务系统(\d+)个", "conflicting_values", "cloud systems")
    if g:
        eq(c, "conflicting_values", "cloud systems", g[0], split_num(it["rows"]["政务云承载业务系统数"][1])[1])
    g = c.find(r"完成(\d+)个政务信息系统的等级测评", "conflicting_values", "dengbao")
    if g:
        eq(c, "conflicting_values", "dengbao systems", g[0], split_num(it["rows"]["等级测评覆盖系统数"][1])[1])
    g = c.find(r"有(\d+)个系统在年内迁移上云", "sum_mismatch", "moved")
    if g:
        tgt = split_num(it["rows"]["等级测评覆盖系统数"][0])[1]
        act = split_num(it["rows"]["等级测评覆盖系统数"][1])[1]
        eq(c, "sum_mismatch", "tested + moved = target", int(act) + int(g[0]), tgt)
    g = c.find(r"有" + NUM + r"万元合同尾款", "balance_mismatch", "tail")
    if g and kt:
        b, s = kt["网络安全等级保护及商用密码应用安全性评估"]
        eq(c, "balance_mismatch", "dengbao unspent", g[0], b - s)
    g = c.find(r"回收有效问卷(\d+)份，其中满意和比较满意(\d+)份，综合满意度" + NUM + "%", "rate_mismatch", "sat")
    if g:
        c.check("rate_mismatch", "satisfaction rate", close(g[2], D(g[1]) / D(g[0]) * 100))
        eq(c, "conflicting_values", "satisfaction text/table", g[2],
           split_num(it["rows"]["县直部门及乡镇满意度"][1])[1])
    g = c.find(r"自评得分分别为" + NUM + "分、" + NUM + "分、" + NUM + "分和" + NUM + "分，平均" + NUM + "分",
               "average_mismatch", "avg")
    if g:
        c.check("average_mismatch", "project average", close(g[4], sum(D(x) for x in g[:4]) / 4))
    g = c.find(r"自评总分" + NUM + r"分，等级为(..)", "grade_mismatch", "conclusion")
    if g:
        eq(c, "conflicting_values", "total text/table", g[0], it["total"])
        grade(c, g[0], g[1])


def p_yangbi(c):
    years(c, 2019)
    g0 = c.find(r"项目年初预算" + NUM + r"万元，其中县级财政资金" + NUM + r"万元，州级视频会议专项补助" + NUM + "万元",
                "sum_mismatch", "initial")
    g1 = c.find(r"追加县级资金" + NUM + r"万元，全年预算调整为" + NUM + r"万元，其中县级资金" + NUM + r"万元、州级资金" +
                NUM + "万元", "sum_mismatch", "annual")
    if g0 and g1:
        eq(c, "sum_mismatch", "initial parts", D(g0[1]) + D(g0[2]), g0[0])
        eq(c, "sum_mismatch", "initial + extra = annual", D(g0[0]) + D(g1[0]), g1[1])
        eq(c, "sum_mismatch", "annual parts", D(g1[2]) + D(g1[3]), g1[1])
        eq(c, "sum_mismatch", "county initial + extra", D(g0[1]) + D(g1[0]), g1[2])
    annual = D(g1[1]) if g1 else None
    g = c.find(r"全年资金到位" + NUM + r"万元，到位率" + NUM + "%", "rate_mismatch", "received")
    if g and annual:
        c.check("rate_mismatch", "received rate", close(g[1], D(g[0]) / annual * 100))
    sp = c.find(r"截至\d{4}年12月31日，项目支出" + NUM + r"万元，预算执行率为" + NUM + "%", "rate_mismatch", "spent")
    spent = D(sp[0]) if sp else None
    if sp and annual:
        c.check("rate_mismatch", "execution rate", close(sp[1], spent / annual * 100))
    g = c.find(r"高清视频会议终端(\d+)套，每套" + NUM + r"万元，共" + NUM + r"万元；多点控制单元（MCU）1台，" + NUM +
               r"万元；会场音视频线路改造及安装调试" + NUM + "万元", "sum_mismatch", "parts")
    if g and spent:
        eq(c, "sum_mismatch", "terminals n x price", D(g[0]) * D(g[1]), g[2])
        eq(c, "sum_mismatch", "parts = spent", D(g[2]) + D(g[3]) + D(g[4]), spent)
    g = c.find(r"州级资金支出" + NUM + r"万元，执行率" + NUM + r"%；县级资金支出" + NUM + r"万元，执行率" + NUM + "%",
               "rate_mismatch", "by source")
    if g and g1 and spent:
        c.check("rate_mismatch", "prefecture rate", close(g[1], D(g[0]) / D(g1[3]) * 100))
        c.check("rate_mismatch", "county rate", close(g[3], D(g[2]) / D(g1[2]) * 100))
        eq(c, "sum_mismatch", "sources = spent", D(g[0]) + D(g[2]), spent)
    g = c.find(r"项目结余" + NUM + "万元", "balance_mismatch", "balance")
    if g and annual and spent:
        eq(c, "balance_mismatch", "结余 = 全年 - 支出", g[0], annual - spent)
    tg = c.find(r"全年保障视频会议不少于(\d+)场", "completion_mismatch", "target meetings")
    g = c.find(r"共召开视频会议(\d+)场（2018年为(\d+)场），完成率" + NUM + "%", "completion_mismatch", "meetings")
    meetings = int(g[0]) if g else None
    if g and tg:
        c.check("completion_mismatch", "meetings completion", close(g[2], D(g[0]) / D(tg[0]) * 100))
    g = c.find(r"参加州级视频会议(\d+)场，县级召开视频会议(\d+)场，乡镇利用分会场自行组织会议和培训(\d+)场",
               "sum_mismatch", "meeting parts")
    if g and meetings:
        eq(c, "sum_mismatch", "meeting parts", sum(int(x) for x in g), meetings)
    g = c.find(r"全年(\d+)场会议中出现图像或声音故障的(\d+)场.*?故障率" + NUM + "%", "rate_mismatch", "faults")
    if g and meetings:
        c.check("rate_mismatch", "fault rate", close(g[2], D(g[1]) / D(g[0]) * 100))
        eq(c, "conflicting_values", "meetings stated twice", g[0], meetings)
    ts = c.find(r"减少会议差旅及公务用车费用(\d+)万元以上", "completion_mismatch", "saving target")
    g = c.find(r"费用" + NUM + r"万元，完成率" + NUM + r"%，平均每场会议节约(\d+)元", "average_mismatch", "saving")
    if g and ts and meetings:
        c.check("completion_mismatch", "saving completion", close(g[1], D(g[0]) / D(ts[0]) * 100))
        c.check("average_mismatch", "saving per meeting", close(g[2], D(g[0]) * 10000 / meetings))
    tu = c.find(r"分会场使用率达到(\d+)%", "completion_mismatch", "usage target")
    g = c.find(r"平均使用率(\d+)%，完成率" + NUM + "%", "completion_mismatch", "usage")
    usage = D(g[0]) if g else None
    if g and tu:
        c.check("completion_mismatch", "usage completion", close(g[1], usage / D(tu[0]) * 100))
    g = c.find(r"使用率仅为(\d+)%", "conflicting_values", "usage again")
    if g and usage is not None:
        eq(c, "conflicting_values", "usage stated twice", g[0], usage)
    # scores (prose only)
    e = c.find(r"预算执行率指标(\d+)分，得" + NUM + "分", "score_sum_mismatch", "exec score")
    o = c.find(r"产出指标(\d+)分（数量指标(\d+)分、质量指标(\d+)分、时效指标(\d+)分、成本指标(\d+)分），各项指标均已完成，得" +
               NUM + "分", "score_sum_mismatch", "output score")
    b = c.find(r"效益指标(\d+)分，其中经济效益(\d+)分、可持续影响(\d+)分均得满分，社会效益（分会场使用率）(\d+)分按完成比例得" +
               NUM + r"分，合计得" + NUM + "分", "score_sum_mismatch", "benefit score")
    s = c.find(r"满意度指标(\d+)分，得(\d+)分", "score_sum_mismatch", "satisfaction score")
    t = c.find(r"项目自评总分" + NUM + r"分，自评等级为“(.)”", "score_sum_mismatch", "total")
    if e and sp:
        c.check("score_rule", "exec score", close(e[1], D(e[0]) * min(D(sp[1]), D(100)) / 100))
        c.check("score_exceeds_weight", "exec score <= weight", D(e[1]) <= D(e[0]))
    if o:
        eq(c, "weight_sum_mismatch", "output sub-weights", sum(int(x) for x in o[1:5]), o[0])
        c.check("score_exceeds_weight", "output score <= weight", D(o[5]) <= D(o[0]))
        eq(c, "score_rule", "all output met -> full", o[5], o[0])
    if b:
        eq(c, "weight_sum_mismatch", "benefit sub-weights", int(b[1]) + int(b[2]) + int(b[3]), b[0])
        c.check("score_exceeds_weight", "social score <= weight", D(b[4]) <= D(b[3]))
        c.check("score_exceeds_weight", "benefit score <= weight", D(b[5]) <= D(b[0]))
        c.check("score_sum_mismatch", "benefit parts", close(b[5], D(b[1]) + D(b[2]) + D(b[4])))
        if usage is not None and tu:
            c.check("score_rule", "social score", close(b[4], D(b[3]) * usage / D(tu[0])))
    if s:
        c.check("score_exceeds_weight", "satisfaction score <= weight", D(s[1]) <= D(s[0]))
    if e and o and b and s and t:
        eq(c, "weight_sum_mismatch", "weights = 100", int(e[0]) + int(o[0]) + int(b[0]) + int(s[0]), 100)
        c.check("score_sum_mismatch", "total", close(t[0], D(e[1]) + D(o[5]) + D(b[5]) + D(s[1])))
        grade(c, t[0], t[1])


def p_heishan(c):
    years(c, 2024)
    f = funds_table(c)
    if not f:
        return
    it = indicator_table(c, f["weight"], f["score"])
    g = c.find(r"项目年初预算" + NUM + r"万元.*?年中调减" + NUM + r"万元，调整后全年预算" + NUM + r"万元，其中：运维服务费" +
               NUM + r"万元，服务器及存储维保费" + NUM + r"万元，CA数字证书费" + NUM + r"万元，系统安全加固费" + NUM + "万元",
               "sum_mismatch", "budget")
    if g:
        eq(c, "sum_mismatch", "年初 - 调减 = 全年", D(g[0]) - D(g[1]), g[2])
        eq(c, "sum_mismatch", "budget parts", sum(D(x) for x in g[3:7]), g[2])
        eq(c, "conflicting_values", "年初 text/table", g[0], f["initial"])
        eq(c, "conflicting_values", "全年 text/table", g[2], f["annual"])
        om_budget = D(g[3])
    g = c.find(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%", "rate_mismatch", "spent")
    if g:
        c.check("rate_mismatch", "text rate", close(g[1], D(g[0]) / f["annual"] * 100))
        eq(c, "conflicting_values", "执行 text/table", g[0], f["spent"])
    p1 = c.find(r"年内支付合同金额的(\d+)%，计" + NUM + "万元", "sum_mismatch", "om paid")
    p2 = c.find(r"服务器及存储维保费" + NUM + "万元已全额支付", "sum_mismatch", "maint paid")
    p3 = c.find(r"CA数字证书(\d+)个，每个(\d+)元，支出" + NUM + "万元", "sum_mismatch", "ca paid")
    if p1 and p2 and p3:
        eq(c, "sum_mismatch", "om 75%", r2(om_budget * D(p1[0]) / 100), p1[1])
        eq(c, "sum_mismatch", "ca n x price", D(p3[0]) * D(p3[1]) / 10000, p3[2])
        eq(c, "sum_mismatch", "spending parts", D(p1[1]) + D(p2[0]) + D(p3[2]), f["spent"])
    g = c.find(r"年末项目结余" + NUM + "万元", "balance_mismatch", "balance")
    if g:
        eq(c, "balance_mismatch", "结余 = 全年 - 执行", g[0], f["annual"] - f["spent"])
    g = c.find(r"完成系统巡检(\d+)次，完成率" + NUM + "%", "completion_mismatch", "patrol")
    if g:
        tgt, act, _, _ = it["rows"]["系统巡检次数"]
        c.check("completion_mismatch", "patrol completion", close(g[1], D(g[0]) / D(split_num(tgt)[1]) * 100))
        eq(c, "conflicting_values", "patrol text/table", g[0], split_num(act)[1])
    g = c.find(r"处理系统故障(\d+)次，其中硬件故障(\d+)次、软件故障(\d+)次、接口故障(\d+)次", "sum_mismatch", "faults")
    if g:
        eq(c, "sum_mismatch", "fault parts", int(g[1]) + int(g[2]) + int(g[3]), g[0])
    g = c.find(r"网上可办率为(\d+)%，比目标低(\d+)个百分点", "conflicting_values", "online")
    if g:
        tgt, act, _, _ = it["rows"]["政务服务事项网上可办率"]
        eq(c, "sum_mismatch", "online gap", int(split_num(tgt)[1]) - int(g[0]), g[1])
        eq(c, "conflicting_values", "online text/table", g[0], split_num(act)[1])
    g = c.find(r"收回有效问卷(\d+)份，其中表示满意的(\d+)份，满意度为(\d+)%", "rate_mismatch", "sat")
    if g:
        c.check("rate_mismatch", "satisfaction rate", close(g[2], D(g[1]) / D(g[0]) * 100))
        eq(c, "conflicting_values", "satisfaction text/table", g[2], split_num(it["rows"]["窗口工作人员满意度"][1])[1])
    g = c.find(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", "weight_sum_mismatch", "w")
    if g:
        eq(c, "weight_sum_mismatch", "exec weight", g[0], f["weight"])
        for k, lvl in zip(g[1:], ["产出指标", "效益指标", "满意度指标"]):
            eq(c, "weight_sum_mismatch", lvl, k, it["levels"][lvl])
    g = c.find(r"自评得分" + NUM + r"分，评价等级为“(.)”", "grade_mismatch", "conclusion")
    if g:
        eq(c, "conflicting_values", "total text/table", g[0], it["total"])
        grade(c, g[0], g[1])


PROJECTS = {
    "ha-huojia-dengbao-2022": p_huojia,
    "gs-zhangxian-zwww-2020": p_zhangxian,
    "zj-yunhe-dsjzx-2023": p_yunhe,
    "yn-yangbi-shipinhuiyi-2019": p_yangbi,
    "ln-heishan-zwyunwei-2024": p_heishan,
}


def run_checks(pid, text):
    c = Ctx(text)
    PROJECTS[pid](c)
    return c


# ------------------------------------------------------------------ main
def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def one_place(clean, case):
    sm = difflib.SequenceMatcher(None, clean, case, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if not ops:
        return False, "identical"
    start, end = ops[0][1], ops[-1][2]
    if end - start > 150:
        return False, f"changes spread over {end - start} characters"
    lines = clean[start:end].count("\n") + 1
    if lines > 2:
        return False, f"changes touch {lines} lines"
    return True, clean[start:end]


def main():
    errors = []
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    names = [r["case"] for r in labels]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(names) != files or len(set(names)) != len(names):
        errors.append("labels.jsonl and cases/ do not list the same files once each")
    codes = Counter()
    for rec in labels:
        pid = rec["source"]
        text = read(os.path.join(CASES, rec["case"]))
        clean = read(os.path.join(CASES, pid + "-clean.txt"))
        c = run_checks(pid, text)
        if rec["clean"]:
            if rec["expected"]:
                errors.append(f"{rec['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                errors.append(f"{rec['case']}: length {len(text)} outside 3000-9000")
            for code, name, ok, detail in c.failed():
                errors.append(f"{rec['case']}: check failed [{code}] {name} {detail}")
            if len(c.results) < 30:
                errors.append(f"{rec['case']}: only {len(c.results)} checks ran")
            continue
        if len(rec["expected"]) != 1:
            errors.append(f"{rec['case']}: expected one label")
        for lab in rec["expected"]:
            codes[lab["code"]] += 1
            if lab["code"] not in CODES or lab["severity"] != "error":
                errors.append(f"{rec['case']}: bad code/severity {lab}")
            if lab["value"] not in text:
                errors.append(f"{rec['case']}: value {lab['value']!r} not in case")
            if lab["value"] in clean:
                errors.append(f"{rec['case']}: value {lab['value']!r} also in the clean draft")
            failing = {code for code, _, ok, _ in c.failed()}
            if lab["code"] not in failing:
                errors.append(f"{rec['case']}: no failing {lab['code']} check (failing: {sorted(failing)})")
        ok, what = one_place(clean, text)
        if not ok:
            errors.append(f"{rec['case']}: not one place: {what}")
        if not 2900 <= len(text) <= 9100:
            errors.append(f"{rec['case']}: length {len(text)}")
    for code in CODES:
        if codes[code] < 2:
            errors.append(f"code {code} occurs {codes[code]} times (< 2)")
    if sum(codes.values()) != 30:
        errors.append(f"{sum(codes.values())} injected errors, expected 30")
    for e in errors:
        print("FAIL", e)
    if errors:
        sys.exit(1)
    n_checks = sum(len(run_checks(p, read(os.path.join(CASES, p + "-clean.txt"))).results) for p in PROJECTS)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, {n_checks} arithmetic checks on the clean drafts")
    print("OK")


if __name__ == "__main__":
    main()
