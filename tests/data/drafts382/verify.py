#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; each of the 13 codes is used >= 2 times;
2. the arithmetic of every clean draft is redone (all checks, warnings included, must pass);
3. the arithmetic of every error case is redone: the labelled code must fail and no other
   error-level code may fail (warning-level checks, i.e. score_rule_mismatch, may fail).
Numbers are Decimal; a stated value with d decimals matches a computed one within 0.5 x 10^-d (rules.md §8).
Prints OK at the end.
"""
import difflib
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
WARNINGS = {"score_rule_mismatch"}
LEVEL1 = ("产出指标", "效益指标", "满意度指标")


class ParseFail(Exception):
    pass


def dec(s):
    s = s.replace(",", "").replace("，", "").strip().rstrip("%")
    return D(s)


def decimals(s):
    s = s.replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decimals(s)) + D("1e-9")


WAN = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []

    # ---- extraction -------------------------------------------------------------------------
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseFail(f"{pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat):
        return self.m(pat).groups()

    def line(self, prefix, sep):
        """The one line starting with prefix, split by sep and stripped."""
        lines = [ln for ln in self.t.split("\n") if ln.startswith(prefix)]
        if len(lines) != 1:
            raise ParseFail(f"line {prefix!r}: {len(lines)} found")
        return [c.strip() for c in lines[0].split(sep)]

    def rows(self, sep):
        return [[c.strip() for c in ln.split(sep)] for ln in self.t.split("\n")
                if ln.split(sep)[0].strip() in LEVEL1 and len(ln.split(sep)) >= 7]

    # ---- comparisons ------------------------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def close(self, code, stated, computed, msg):
        """stated: the string as written; computed: Decimal."""
        if abs(D(computed) - dec(stated)) > tol(stated):
            self.fail(code, f"{msg}: stated {stated}, computed {D(computed):.4f}")

    def same(self, code, a, b, msg):
        """Two statements of one quantity (strings, same unit)."""
        if abs(dec(a) - dec(b)) > max(tol(a), tol(b)):
            self.fail(code, f"{msg}: {a} vs {b}")

    def total(self, code, parts, stated, msg):
        self.close(code, stated, sum(dec(p) for p in parts), msg)

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        if dec(stated) > 100:
            self.fail("implausible_rate", f"{msg}: {stated} above 100%")
            return
        self.close(code, stated, dec(num) / dec(den) * 100, msg)

    def product(self, count, std, std_unit, amount_wan, msg):
        """count x per-unit standard (元/万元) = amount in 万元; a 10^4 slip in the standard is unit_mismatch."""
        comp = D(count) * dec(std) * WAN[std_unit]
        if abs(comp - dec(amount_wan)) <= tol(amount_wan):
            return
        for f in (D(10000), D("0.0001")):
            if abs(comp * f - dec(amount_wan)) <= tol(amount_wan):
                self.fail("unit_mismatch", f"{msg}: {count} x {std}{std_unit} is {comp} 万元, stated {amount_wan}")
                return
        self.fail("sum_mismatch", f"{msg}: {count} x {std}{std_unit} = {comp} 万元, stated {amount_wan}")

    def average(self, items, stated, msg):
        self.close("average_mismatch", stated, sum(dec(i) for i in items) / len(items), msg)

    def grade(self, total, label):
        s = dec(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        norm = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
        if norm.get(label) != band:
            self.fail("grade_mismatch", f"grade {label} for total {total} (band {band})")

    def year(self, stated, expected, msg, rel="eq"):
        y, e = int(stated), int(expected)
        ok = {"eq": y == e, "gt": y > e, "le1": e - 1 <= y <= e, "ge": e <= y <= e + 1}[rel]
        if not ok:
            self.fail("year_mismatch", f"{msg}: {stated} vs evaluation year {expected}")

    # ---- indicator table --------------------------------------------------------------------
    def indicators(self, rows, exec_w, exec_s, table_w_total, table_s_total, level_scores=None,
                   completion=False):
        """rows: dicts level1, name, dir, target, unit_t, actual, unit_a, weight, score, [completion]."""
        wsum = dec(exec_w) + sum(dec(r["weight"]) for r in rows)
        if wsum != 100 or dec(table_w_total) != wsum:
            self.fail("weight_sum_mismatch", f"weights sum to {wsum}, stated {table_w_total}")
        if dec(exec_s) > dec(exec_w) or dec(exec_s) < 0:
            self.fail("score_exceeds_weight", f"execution score {exec_s} > {exec_w}")
        for r in rows:
            if dec(r["score"]) > dec(r["weight"]) or dec(r["score"]) < 0:
                self.fail("score_exceeds_weight", f"{r['name']}: score {r['score']} > weight {r['weight']}")
        ssum = dec(exec_s) + sum(dec(r["score"]) for r in rows)
        self.close("score_sum_mismatch", table_s_total, ssum, "table total vs sum of row scores")
        for lvl, stated in (level_scores or {}).items():
            self.close("score_sum_mismatch", stated,
                       sum(dec(r["score"]) for r in rows if r["level1"] == lvl), f"subtotal {lvl}")
        for r in rows:
            self.row(r, completion)

    def row(self, r, completion):
        name, t, a = r["name"], r["target"], r["actual"]
        if t is None:  # qualitative or date
            if r.get("date") and not re.search(r"\d{4}年\d{1,2}月", a):
                self.fail("unit_mismatch", f"{name}: date target, actual {a}")
            if r.get("date"):
                self.year(re.search(r"(\d{4})年", a).group(1), r["date"], f"{name} actual date")
            return
        if a is None or r["unit_t"] != r["unit_a"]:
            self.fail("unit_mismatch", f"{name}: target unit {r['unit_t']!r}, actual {r['actual_raw']!r}")
            return
        T, A, w, s = dec(t), dec(a), dec(r["weight"]), dec(r["score"])
        if r["unit_t"] == "%" and A > 100:
            self.fail("implausible_rate", f"{name}: {a}% above 100%")
            return
        if r["dir"] == "lte":
            comp = D(100) if A <= T else T / A * 100
            exp = w if A <= T else w * T / A
        else:
            comp = A / T * 100
            exp = w if A >= T else w * A / T
        if completion and r.get("completion") not in (None, "—", ""):
            self.close("completion_mismatch", r["completion"], comp, f"{name} completion")
        if abs(exp - s) > tol(r["score"]):
            self.fail("score_rule_mismatch", f"{name}: score {s}, rule gives {exp:.4f}")


NUM_UNIT = re.compile(r"^(≥|≤|＞|＜|=)?\s*([\d.]+)\s*(\S*)$")
DIRS = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}


def make_row(level1, name, target, actual, weight, score, completion=None, year=None):
    r = {"level1": level1, "name": name, "weight": weight, "score": score, "completion": completion,
         "actual_raw": actual, "target": None, "actual": None}
    if re.search(r"\d{4}年\d{1,2}月", target):
        r["date"] = year
        r["actual"] = actual
        return r
    mt = NUM_UNIT.match(target)
    if not mt:
        r["actual"] = actual
        return r  # qualitative
    r["dir"], r["target"], r["unit_t"] = DIRS[mt.group(1)], mt.group(2), mt.group(3)
    ma = NUM_UNIT.match(actual)
    if ma and not ma.group(1):
        r["actual"], r["unit_a"] = ma.group(2), ma.group(3)
    else:
        r["unit_a"] = None
    return r


def exec_row(c, rate, spent, budget, w, s):
    if dec(rate) > 100:
        c.fail("implausible_rate", f"execution rate {rate}")
    else:
        c.close("rate_mismatch", rate, dec(spent) / dec(budget) * 100, "table execution rate")
    r_true = min(dec(spent) / dec(budget), D(1))
    r_stated = min(dec(rate) / 100, D(1))
    if all(abs(dec(w) * r - dec(s)) > tol(s) for r in (r_true, r_stated)):
        c.fail("score_rule_mismatch", f"execution score {s}")


# ================================ project checks =================================================

def chk_huinan(c):
    Y = 2019
    c.year(c.g(r"\n(\d{4})年度农村户厕改造项目支出绩效自评报告")[0], Y, "title")
    c.year(c.g(r"评价年度｜(\d{4})年")[0], Y, "table year")
    c.year(c.g(r"《关于做好(\d{4})年度县级部门预算")[0], Y, "notice")
    c.year(c.g(r"截至(\d{4})年12月31日，上述资金")[0], Y, "funds date")
    c.year(c.g(r"结转至(\d{4})年，继续用于")[0], Y, "carry-over", "gt")
    c.year(c.g(r"\n(\d{4})年3月16日\n?$")[0], Y + 1, "report date", "ge")
    init, add = c.g(r"年初县级预算安排配套资金([\d.]+)万元.*?追加预算([\d.]+)万元")
    annual, cen, prov, cty = c.g(r"全年预算数为([\d.]+)万元，其中中央资金([\d.]+)万元、省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    c.total("sum_mismatch", [init, add], annual, "年初 + 追加 = 全年预算")
    c.total("sum_mismatch", [cen, prov, cty], annual, "中央 + 省 + 县 = 全年预算")
    c.same("conflicting_values", init, cty, "年初预算 is the county co-funding")
    c.rate(c.g(r"资金全部到位，资金到位率(\d+)%")[0], annual, annual, "到位率 (全部到位)")
    spent, a1, a2, a3 = c.g(r"全年支出([\d.]+)万元，其中户厕改造奖补资金([\d.]+)万元、吸粪车购置资金([\d.]+)万元、技术培训及验收费用([\d.]+)万元")
    c.total("sum_mismatch", [a1, a2, a3], spent, "spending items")
    cty_spent, cty_rate = c.g(r"县级配套资金支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(cty_rate, cty_spent, cty, "county execution rate")
    c.total("sum_mismatch", [cen, prov, cty_spent], spent, "中央、省级全部支出 + 县级支出 = 全年支出")
    c.rate(c.g(r"项目总体预算执行率([\d.]+)%")[0], spent, annual, "overall execution rate")
    bal = c.g(r"年末未支出的([\d.]+)万元全部为县级配套资金")[0]
    c.close("balance_mismatch", bal, dec(annual) - dec(spent), "balance = 全年预算(全部到位) - 支出")
    c.close("balance_mismatch", bal, dec(cty) - dec(cty_spent), "balance = county budget - county spent")
    done, n1, n2 = c.g(r"全年完成户厕改造(\d+)户，分别为三格式(\d+)户、双瓮式(\d+)户")
    c.total("sum_mismatch", [n1, n2], done, "三格式 + 双瓮式")
    task = c.g(r"年度改厕任务为(\d+)户")[0]
    c.close("completion_mismatch", c.g(r"完成年度任务的([\d.]+)%")[0], dec(done) / dec(task) * 100, "completion")
    p1, p2, p3, avg = c.g(r"中标价分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，平均每台([\d.]+)万元")
    c.average([p1, p2, p3], avg, "吸粪车 average price")
    c.total("sum_mismatch", [p1, p2, p3], a2, "吸粪车 prices = 购置资金")
    passed, prate = c.g(r"首次验收合格(\d+)户，合格率([\d.]+)%")
    c.rate(prate, passed, done, "验收合格率")
    c.close("sum_mismatch", c.g(r"未通过的(\d+)户")[0], dec(done) - dec(passed), "未通过户数")
    s1, u1, s2, u2, b1, b2, bsum = c.g(r"三格式户厕每户奖补(\d+)(万元|元)、双瓮式户厕每户奖补(\d+)(万元|元)，分别兑付奖补资金([\d.]+)万元和([\d.]+)万元，合计([\d.]+)万元")
    c.product(n1, s1, u1, b1, "三格式 reward")
    c.product(n2, s2, u2, b2, "双瓮式 reward")
    c.total("sum_mismatch", [b1, b2], bsum, "reward total")
    c.same("conflicting_values", bsum, a1, "reward total vs 户厕改造奖补资金")
    sampled = c.g(r"随机抽取(\d+)户改厕农户")[0]
    sampled2, sat_n, sat = c.g(r"入户调查的(\d+)户中，表示满意的(\d+)户，满意度为([\d.]+)%")
    c.same("conflicting_values", sampled, sampled2, "sample size")
    c.rate(sat, sat_n, sampled2, "satisfaction")
    # table
    tot = c.line("年度资金总额｜", "｜")
    cur = c.line("其中：当年财政拨款｜", "｜")
    cov = c.line("上年结转资金｜", "｜")
    oth = c.line("其他资金｜", "｜")
    for i in (1, 2, 3):
        c.total("sum_mismatch", [cur[i], cov[i], oth[i]], tot[i], f"funds table column {i}")
    c.same("conflicting_values", tot[1], init, "年初预算 text vs table")
    c.same("conflicting_values", tot[2], annual, "全年预算 text vs table")
    c.same("conflicting_values", tot[3], spent, "全年执行 text vs table")
    exec_row(c, tot[5], tot[3], tot[2], tot[4], tot[6])
    c.same("conflicting_values", tot[5], c.g(r"项目总体预算执行率([\d.]+%)")[0], "execution rate text vs table")
    rows = [make_row(r[0], r[2], r[3], r[4], r[5], r[6], year=Y) for r in c.rows("｜")]
    R = {r["name"]: r for r in rows}
    tw, ts = c.g(r"总分｜｜｜｜｜(\d+)｜([\d.]+)｜")
    sub = c.g(r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分")
    c.same("score_sum_mismatch", sub[0], tot[6], "execution subtotal text vs table")
    c.indicators(rows, tot[4], tot[6], tw, ts, dict(zip(LEVEL1, sub[1:])))
    total_text = c.g(r"自评得分([\d.]+)分")[0]
    c.total("score_sum_mismatch", sub, total_text, "text subtotals vs text total")
    c.same("conflicting_values", total_text, ts, "total text vs table")
    c.grade(total_text, c.g(r"评价等级为“(.+?)”")[0])
    c.same("conflicting_values", R["改造农村户厕数量"]["actual"], done, "户厕 actual text vs table")
    c.same("conflicting_values", R["改造农村户厕数量"]["target"], task, "户厕 target")
    c.same("conflicting_values", R["改厕验收合格率"]["actual"], prate, "合格率 text vs table")
    c.same("conflicting_values", R["改厕农户满意度"]["actual"], sat, "satisfaction text vs table")
    c.same("conflicting_values", R["三格式户厕奖补标准"]["actual"], s1, "三格式 standard text vs table")
    c.same("conflicting_values", R["农村卫生厕所普及率"]["actual"], c.g(r"提高到2019年的([\d.]+)%")[0], "普及率")
    c.same("conflicting_values", R["改厕户粪污无害化处理率"]["actual"], c.g(r"无害化处理率为([\d.]+)%")[0], "无害化处理率")
    c.year(c.g(r"全部改厕户于(\d{4})年11月25日前")[0], Y, "completion date")


def chk_pengxi(c):
    Y = 2021
    c.year(c.g(r"^蓬溪县(\d{4})年度")[0], Y, "title")
    c.year(c.g(r"\n(\d{4})年度项目支出绩效自评表")[0], Y, "table title")
    c.year(c.g(r"见附表《(\d{4})年度")[0], Y, "goal ref")
    adv_y, adv_for = c.g(r"(\d{4})年12月，省财政厅、省农业农村厅提前下达我县(\d{4})年")
    c.year(adv_for, Y, "advance allocation year")
    c.year(adv_y, Y, "advance issued in the December before", "le1")
    c.year(c.g(r"(\d{4})年6月，省级追加")[0], Y, "追加")
    c.year(c.g(r"截至(\d{4})年12月31日，项目实际支出")[0], Y, "spending date")
    c.year(c.g(r"已按规定结转至(\d{4})年使用")[0], Y, "carry-over", "gt")
    c.year(c.g(r"填报日期：(\d{4})年")[0], Y + 1, "report date", "ge")
    cen0, cty0, init = c.g(r"奖补资金([\d.]+)万元，县财政同步安排县级资金([\d.]+)万元，年初预算数为([\d.]+)万元")
    c.total("sum_mismatch", [cen0, cty0], init, "年初预算")
    add, annual, cen, prov, cty = c.g(r"省级追加奖补资金([\d.]+)万元，调整后全年预算数为([\d.]+)万元，其中中央资金([\d.]+)万元、省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    c.total("sum_mismatch", [init, add], annual, "年初 + 追加")
    c.total("sum_mismatch", [cen, prov, cty], annual, "中央 + 省 + 县")
    c.same("conflicting_values", cen0, cen, "central funds")
    c.same("conflicting_values", cty0, cty, "county funds")
    c.same("conflicting_values", add, prov, "provincial 追加")
    received = c.g(r"全年预算资金(\d+)万元已全部到位")[0]
    c.same("conflicting_values", received, annual, "全年预算 (1260 vs 1260.00)")
    spent, rate = c.g(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(rate, spent, annual, "execution rate")
    i1, i2, i3 = c.g(r"户厕改造奖补([\d.]+)万元，村级粪污收集暂存设施建设([\d.]+)万元，管护及技术服务([\d.]+)万元")
    c.total("sum_mismatch", [i1, i2, i3], spent, "spending items")
    c.close("balance_mismatch", c.g(r"未支出的([\d.]+)万元为部分村")[0], dec(received) - dec(spent), "balance")
    done, comp, n1, n2 = c.g(r"新（改）建(\d+)户，完成年度目标的([\d.]+)%，其中三格式(\d+)户、双瓮式(\d+)户")
    task = c.g(r"新（改）建农村卫生户厕(\d+)户以上")[0]
    c.close("completion_mismatch", comp, dec(done) / dec(task) * 100, "completion")
    c.total("sum_mismatch", [n1, n2], done, "三格式 + 双瓮式")
    nfac, avg = c.g(r"建成村级粪污收集暂存设施(\d+)处，平均每处投资([\d.]+)万元")
    c.close("average_mismatch", avg, dec(i2) / dec(nfac), "average per facility")
    passed, prate = c.g(r"复核合格(\d+)户，合格率([\d.]+)%")
    c.rate(prate, passed, done, "合格率")
    s1, u1, s2, u2, b1, b2 = c.g(r"分别按每户(\d+)(万元|元)、(\d+)(万元|元)的标准奖补，分别兑付([\d.]+)万元、([\d.]+)万元")
    c.product(n1, s1, u1, b1, "三格式 reward")
    c.product(n2, s2, u2, b2, "双瓮式 reward")
    c.total("sum_mismatch", [b1, b2], i1, "rewards = 户厕改造奖补")
    y0, r0, y1, r1 = c.g(r"普及率(\d{4})年为([\d.]+)%，(\d{4})年达到([\d.]+)%")
    c.year(y1, Y, "current-year rate")
    c.year(y0, Y - 1, "previous-year rate")
    nvill, okv = c.g(r"(\d+)个示范村中有(\d+)个村建立了管护制度")
    sent, back = c.g(r"发放满意度问卷(\d+)份，收回有效问卷(\d+)份")
    if int(back) > int(sent):
        c.fail("implausible_rate", "more questionnaires back than sent")
    total_text, ex_text, ind_text = c.g(r"本项目自评得分([\d.]+)分，其中预算执行情况得([\d.]+)分，绩效指标得([\d.]+)分")
    c.total("score_sum_mismatch", [ex_text, ind_text], total_text, "text 9.76 + 89.23")
    c.grade(total_text, c.g(r"评价等级为(.)。")[0])
    # table
    tot = c.line("年度资金总额\t", "\t")
    parts = [c.line("其中：财政资金\t", "\t"), c.line("财政专户管理资金\t", "\t"), c.line("单位资金\t", "\t"),
             c.line("其他资金\t", "\t")]
    for i in (1, 2, 3):
        c.total("sum_mismatch", [p[i] for p in parts], tot[i], f"funds column {i}")
    c.same("conflicting_values", tot[1], init, "年初 text vs table")
    c.same("conflicting_values", tot[2], annual, "全年 text vs table")
    c.same("conflicting_values", tot[3], spent, "执行 text vs table")
    c.same("conflicting_values", tot[5], rate + "%", "rate text vs table")
    exec_row(c, tot[5], tot[3], tot[2], tot[4], tot[6])
    rows = []
    for r in c.rows("\t"):
        l1, l2, name, d, target, unit, actual, w, s = r[:9]
        sign = "" if d == "=" else d
        # Sichuan layout: sign and unit sit in their own columns; a bare actual takes the row's unit
        actual_u = actual if re.search(r"[^\d.]", actual) else actual + unit
        rows.append(make_row(l1, name, f"{sign}{target}{unit}", actual_u, w, s))
    R = {r["name"]: r for r in rows}
    tw, ts = c.g(r"\n总分\t(\d+)\t([\d.]+)")
    c.indicators(rows, tot[4], tot[6], tw, ts)
    c.same("conflicting_values", ex_text, tot[6], "execution score text vs table")
    c.close("score_sum_mismatch", ind_text, sum(dec(r["score"]) for r in rows), "绩效指标 subtotal")
    c.same("conflicting_values", total_text, ts, "total text vs table")
    c.same("conflicting_values", R["新（改）建农村卫生户厕"]["actual"], done, "户厕 actual")
    c.same("conflicting_values", R["新（改）建农村卫生户厕"]["target"], task, "户厕 target")
    c.same("conflicting_values", R["改厕复核合格率"]["actual"], prate, "合格率")
    c.same("conflicting_values", R["农村卫生厕所普及率"]["actual"], r1, "普及率")
    c.same("conflicting_values", R["建立长效管护机制的示范村"]["actual"], okv, "管护村")
    c.same("conflicting_values", R["建立长效管护机制的示范村"]["target"], nvill, "示范村数")
    c.same("conflicting_values", R["三格式户厕奖补标准"]["actual"], s1, "standard")
    if R["整村推进示范村"]["unit_a"] == R["整村推进示范村"]["unit_t"]:  # else unit_mismatch, the specific code
        c.same("conflicting_values", R["整村推进示范村"]["actual"], nvill, "示范村 actual")
    c.same("conflicting_values", R["村级粪污收集暂存设施"]["actual"], nfac, "facilities")
    c.same("conflicting_values", R["粪污资源化利用率"]["actual"], c.g(r"粪污资源化利用率达到([\d.]+)%。")[0], "资源化利用率")


def chk_xingguo(c):
    Y = 2020
    c.year(c.g(r"\n(\d{4})年度农村户厕改造及粪污资源化利用项目支出绩效自评报告")[0], Y, "title")
    c.year(c.g(r"项目支出绩效自评表（(\d{4})年度）")[0], Y, "table title")
    c.year(c.g(r"关于开展(\d{4})年度项目支出")[0], Y, "notice")
    c.year(c.g(r"本项目(\d{4})年全年预算数")[0], Y, "budget year")
    c.year(c.g(r"已结转至(\d{4})年用于")[0], Y, "carry-over", "gt")
    c.year(c.g(r"\n(\d{4})年2月25日\n?$")[0], Y + 1, "report date", "ge")
    c.year(c.g(r"上年结转资金为(\d{4})年改厕项目")[0], Y - 1, "carry-over origin")
    done0 = c.g(r"(\d{4})年全县共完成农村户厕改造(\d+)户")
    c.year(done0[0], Y, "opening")
    annual, cur, cov = c.g(r"全年预算数为([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元")
    c.total("sum_mismatch", [cur, cov], annual, "当年 + 结转")
    cen, prov, cty = c.g(r"中央资金([\d.]+)万元、省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    c.total("sum_mismatch", [cen, prov, cty], cur, "中央 + 省 + 县")
    init, add = c.g(r"年初预算安排([\d.]+)万元（县级资金和上年结转资金），中央和省级资金于年中下达后追加预算([\d.]+)万元")
    c.total("sum_mismatch", [cty, cov], init, "年初 = 县级 + 结转")
    c.total("sum_mismatch", [cen, prov], add, "追加 = 中央 + 省")
    c.total("sum_mismatch", [init, add], annual, "年初 + 追加")
    c.rate(c.g(r"资金到位率(\d+)%")[0], annual, annual, "到位率 (全部到位)")
    spent, sp_cur, sp_cov = c.g(r"全年支出([\d.]+)万元，其中当年财政拨款支出([\d.]+)万元、上年结转资金支出([\d.]+)万元")
    c.total("sum_mismatch", [sp_cur, sp_cov], spent, "spending by source")
    i1, i2, i3 = c.g(r"户厕改造奖补([\d.]+)万元，粪污资源化利用点建设([\d.]+)万元，管护培训及验收经费([\d.]+)万元")
    c.total("sum_mismatch", [i1, i2, i3], spent, "spending by use")
    bal = c.g(r"年末结余([\d.]+)万元，全部为当年财政拨款")[0]
    c.close("balance_mismatch", bal, dec(annual) - dec(spent), "balance")
    c.close("balance_mismatch", bal, dec(cur) - dec(sp_cur), "balance of 当年拨款")
    done, n1, n2 = c.g(r"全年完成户厕改造(\d+)户，其中三格式(\d+)户、双瓮式(\d+)户")
    c.total("sum_mismatch", [n1, n2], done, "三格式 + 双瓮式")
    c.same("conflicting_values", done0[1], done, "户厕 opening vs body")
    s1, u1, s2, u2, b1, b2, avg = c.g(r"分别按每户(\d+)(万元|元)、(\d+)(万元|元)标准给予奖补，分别兑付([\d.]+)万元和([\d.]+)万元，户均奖补([\d.]+)元")
    c.product(n1, s1, u1, b1, "三格式 reward")
    c.product(n2, s2, u2, b2, "双瓮式 reward")
    c.total("sum_mismatch", [b1, b2], i1, "rewards = 户厕改造奖补")
    c.close("average_mismatch", avg, (dec(b1) + dec(b2)) * 10000 / dec(done), "户均奖补 (元)")
    npt0 = c.g(r"建成村级粪污资源化利用点(\d+)个，现将")[0]
    npt, inv, avg2 = c.g(r"(\d+)个村级粪污资源化利用点全部建成，共投入([\d.]+)万元，平均每个([\d.]+)万元")
    c.same("conflicting_values", npt0, npt, "利用点 count")
    c.same("conflicting_values", inv, i2, "利用点 investment")
    c.close("average_mismatch", avg2, dec(inv) / dec(npt), "average per point")
    y0, r0, y1, r1 = c.g(r"普及率(\d{4})年为([\d.]+)%，(\d{4})年提高到([\d.]+)%")
    c.year(y1, Y, "current-year rate")
    c.year(y0, Y - 1, "previous-year rate")
    total_text, s_ex, s_out, s_ben, s_sat = c.g(r"项目自评总得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分")
    c.total("score_sum_mismatch", [s_ex, s_out, s_ben, s_sat], total_text, "text subtotals")
    c.grade(total_text, c.g(r"评价等级为(.)。")[0])
    # table
    tot = c.line("年度资金总额 |", "|")
    parts = [c.line("其中：当年财政拨款 |", "|"), c.line("上年结转资金 |", "|"), c.line("其他资金 |", "|")]
    for i in (1, 2, 3):
        c.total("sum_mismatch", [p[i] for p in parts], tot[i], f"funds column {i}")
    c.same("conflicting_values", tot[1], init, "年初 text vs table")
    c.same("conflicting_values", tot[2], annual, "全年 text vs table")
    c.same("conflicting_values", tot[3], spent, "执行 text vs table")
    c.same("conflicting_values", parts[0][2], cur, "当年拨款 text vs table")
    c.same("conflicting_values", parts[1][2], cov, "结转 text vs table")
    c.same("conflicting_values", parts[0][3], sp_cur, "当年拨款支出")
    c.same("conflicting_values", parts[1][3], sp_cov, "结转支出")
    exec_row(c, tot[5], tot[3], tot[2], tot[4], tot[6])
    rows = [make_row(r[0], r[2], r[3], r[4], r[6], r[7], completion=r[5], year=Y) for r in c.rows("|")]
    R = {r["name"]: r for r in rows}
    tw, ts = c.g(r"合计 \| \| \| \| \| \| (\d+) \| ([\d.]+) \|")
    c.same("score_sum_mismatch", s_ex, tot[6], "execution subtotal")
    c.indicators(rows, tot[4], tot[6], tw, ts, dict(zip(LEVEL1, [s_out, s_ben, s_sat])), completion=True)
    c.same("conflicting_values", total_text, ts, "total text vs table")
    c.same("conflicting_values", R["完成农村户厕改造"]["actual"], done, "户厕 actual")
    c.same("conflicting_values", R["完成农村户厕改造"]["target"], c.g(r"完成农村户厕改造(\d+)户以上")[0], "户厕 target")
    c.same("conflicting_values", R["户均改厕奖补资金"]["actual"], avg, "户均奖补")
    c.same("conflicting_values", R["改厕验收合格率"]["actual"], c.g(r"县级复验合格率为([\d.]+)%")[0], "合格率")
    c.same("conflicting_values", R["农村卫生厕所普及率"]["actual"], r1, "普及率")
    c.same("conflicting_values", R["改厕户粪污资源化利用率"]["actual"], c.g(r"改厕户粪污资源化利用率为([\d.]+)%")[0], "资源化利用率")
    c.same("conflicting_values", R["群众满意度"]["actual"], c.g(r"群众满意度为([\d.]+)%")[0], "满意度")
    c.same("conflicting_values", R["建成村级粪污资源化利用点"]["actual"], npt, "利用点")


def chk_wenshang(c):
    Y = 2023
    c.year(c.g(r"^汶上县农业农村局(\d{4})年度")[0], Y, "title")
    c.year(c.g(r"表1 (\d{4})年度项目资金支出明细")[0], Y, "table 1")
    c.year(c.g(r"(\d{4})年，县农业农村局统筹")[0], Y, "overview")
    adv = c.g(r"已于(\d{4})年12月提前下达")[0]
    c.year(adv, Y, "advance in the December before", "le1")
    c.year(c.g(r"已按规定结转至(\d{4})年")[0], Y, "carry-over", "gt")
    c.year(c.g(r"\n(\d{4})年3月20日\n?$")[0], Y + 1, "report date", "ge")
    annual, cen, prov, city, cty = c.g(r"项目全年预算(\d+)万元，其中中央资金([\d.]+)万元、省级资金([\d.]+)万元、市级资金([\d.]+)万元、县级资金([\d.]+)万元")
    c.total("sum_mismatch", [cen, prov, city, cty], annual, "中央 + 省 + 市 + 县")
    rec, rec_rate, city_rec, city_rate, gap = c.g(r"实际到位资金([\d.]+)万元，整体到位率([\d.]+)%，其中市级资金到位([\d.]+)万元，到位率([\d.]+)%，尚有([\d.]+)万元未到位")
    c.rate(rec_rate, rec, annual, "overall 到位率")
    c.rate(city_rate, city_rec, city, "city 到位率")
    c.close("balance_mismatch", gap, dec(city) - dec(city_rec), "city funds not received")
    c.total("sum_mismatch", [cen, prov, city_rec, cty], rec, "到位 = 中央 + 省 + 市到位 + 县")
    n1, n2, s1, s2 = c.g(r"三格式、双瓮式分别整改(\d+)户、(\d+)户，每户分别奖补(\d+)元、(\d+)元")
    y0, c0, y1, c1, per = c.g(r"全县抽厕服务(\d{4})年为(\d+)次，(\d{4})年增加到(\d+)次，每次按(\d+)元给予奖补")
    c.year(y1, Y, "current-year service count")
    c.year(y0, Y - 1, "previous-year service count")
    st = c.g(r"分别位于南旺镇、康驿镇、苑庄镇、郭楼镇，建设投资分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，平均每座([\d.]+)万元")
    c.average(st[:4], st[4], "average per station")
    spent, rate = c.g(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(rate, spent, annual, "execution rate")
    # table 1
    t1 = {}
    for key in ("三格式问题厕所整改奖补", "双瓮式问题厕所整改奖补", "抽厕服务以奖代补", "粪污资源化利用处理站建设",
                "镇街改厕管护服务站运行补助", "县级改厕管护信息平台运维", "合计"):
        t1[key] = c.line(key + "\t", "\t")
    items = [v[3] for k, v in t1.items() if k != "合计"]
    c.total("sum_mismatch", items, t1["合计"][3], "table 1 items")
    c.same("conflicting_values", t1["合计"][3], spent, "table 1 total vs text")

    def cnt(cell):
        return re.match(r"(\d+)", cell).group(1)

    def std(cell):
        m = re.match(r"([\d.]+)(万元|元)/", cell)
        return m.group(1), m.group(2)

    for key in ("三格式问题厕所整改奖补", "双瓮式问题厕所整改奖补", "抽厕服务以奖代补", "镇街改厕管护服务站运行补助"):
        row = t1[key]
        c.product(cnt(row[1]), *std(row[2]), row[3], key)
    c.total("sum_mismatch", st[:4], t1["粪污资源化利用处理站建设"][3], "stations vs table 1")
    c.same("conflicting_values", cnt(t1["三格式问题厕所整改奖补"][1]), n1, "三格式 count")
    c.same("conflicting_values", cnt(t1["双瓮式问题厕所整改奖补"][1]), n2, "双瓮式 count")
    c.same("conflicting_values", std(t1["三格式问题厕所整改奖补"][2])[0], s1, "三格式 standard")
    c.same("conflicting_values", std(t1["双瓮式问题厕所整改奖补"][2])[0], s2, "双瓮式 standard")
    c.same("conflicting_values", cnt(t1["抽厕服务以奖代补"][1]), c1, "service count")
    c.same("conflicting_values", std(t1["抽厕服务以奖代补"][2])[0], per, "per-service reward")
    fixed, fcomp, svc, dev = c.g(r"问题厕所整改(\d+)户，为年度目标的([\d.]+)%；抽厕服务(\d+)次，比年度目标多出([\d.]+)%")
    c.total("sum_mismatch", [n1, n2], fixed, "三格式 + 双瓮式 整改")
    c.same("conflicting_values", svc, c1, "service count")
    nst, okst, orate = c.g(r"(\d+)处管护服务站中有(\d+)处全年正常运行，正常运行率([\d.]+)%")
    c.rate(orate, okst, nst, "正常运行率")
    c.same("conflicting_values", nst, cnt(t1["镇街改厕管护服务站运行补助"][1]), "service stations")
    back, sat_n, sat, sub_sat = c.g(r"共回访改厕户(\d+)户，表示满意的(\d+)户，总体满意度为([\d.]+)%，其中抽厕服务满意度为([\d.]+)%")
    c.rate(sat, sat_n, back, "satisfaction")
    if dec(sub_sat) > 100:
        c.fail("implausible_rate", f"sub-satisfaction {sub_sat}%")
    total_text, grade = c.g(r"项目总得分([\d.]+)分，评价等级为(.+?)。")
    c.grade(total_text, grade)
    # self-evaluation table
    tot = c.line("年度资金总额 ", " ")
    c.same("conflicting_values", tot[1], annual, "年初 (no adjustment) vs 全年")
    c.same("conflicting_values", tot[2], annual, "全年 text vs table")
    c.same("conflicting_values", tot[3], rec, "到位 text vs table")
    c.same("conflicting_values", tot[4], spent, "执行 text vs table")
    c.close("balance_mismatch", tot[5], dec(tot[3]) - dec(tot[4]), "结余 = 到位 - 执行")
    c.same("conflicting_values", tot[7], rate + "%", "rate text vs table")
    exec_row(c, tot[7], tot[4], tot[2], tot[6], tot[8])
    rows = [make_row(r[0], r[2], r[3], r[4], r[5], r[6], year=Y) for r in c.rows(" ")]
    R = {r["name"]: r for r in rows}
    tw, ts = c.g(r"\n总分 (\d+) ([\d.]+)")
    c.indicators(rows, tot[6], tot[8], tw, ts)
    c.same("conflicting_values", total_text, ts, "total text vs table")
    c.same("conflicting_values", R["问题厕所整改户数"]["actual"], fixed, "整改 actual")
    c.close("completion_mismatch", fcomp, dec(fixed) / dec(R["问题厕所整改户数"]["target"]) * 100, "整改 completion")
    c.close("completion_mismatch", dev, (dec(svc) - dec(R["抽厕服务次数"]["target"])) / dec(R["抽厕服务次数"]["target"]) * 100, "service deviation")
    c.same("conflicting_values", R["抽厕服务次数"]["actual"], c1, "service count")
    c.same("conflicting_values", R["建成粪污资源化利用处理站"]["actual"], "4", "stations")
    c.same("conflicting_values", R["整改厕所复核合格率"]["actual"], c.g(r"整改厕所复核合格率([\d.]+)%")[0], "合格率")
    c.same("conflicting_values", R["抽厕服务响应时间"]["actual"], c.g(r"平均响应时间(\d+)小时")[0], "response time")
    c.same("conflicting_values", R["三格式问题厕所整改奖补标准"]["actual"], s1, "standard")
    c.same("conflicting_values", R["粪污资源化利用量"]["actual"], c.g(r"共处理粪污([\d.]+)万吨")[0], "粪污量")
    c.same("conflicting_values", R["农村卫生厕所普及率"]["actual"], c.g(r"普及率达到([\d.]+)%")[0], "普及率")
    c.same("conflicting_values", R["镇街管护服务站正常运行率"]["actual"], orate, "运行率")
    c.same("conflicting_values", R["改厕户满意度"]["actual"], sat, "满意度")


def chk_luonan(c):
    Y = 2024
    c.year(c.g(r"^洛南县农业农村局(\d{4})年度部门整体支出")[0], Y, "title")
    c.year(c.g(r"部门整体支出绩效自评表（(\d{4})年度）")[0], Y, "table title")
    c.year(c.g(r"\n(\d{4})年部门年初预算")[0], Y, "budget year")
    c.year(c.g(r"。(\d{4})年部门整体支出绩效目标")[0], Y, "goal year")
    c.year(c.g(r"截至(\d{4})年12月31日，部门全年支出")[0], Y, "year-end date")
    c.year(c.g(r"已按规定结转至(\d{4})年")[0], Y, "carry-over", "gt")
    c.year(c.g(r"\n(\d{4})年2月28日\n?$")[0], Y + 1, "report date", "ge")
    init, add, annual, basic, proj, gen, fund = c.g(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元，全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元；按资金性质分，一般公共预算([\d.]+)万元、政府性基金([\d.]+)万元")
    c.total("sum_mismatch", [init, add], annual, "年初 + 追加")
    c.total("sum_mismatch", [basic, proj], annual, "基本 + 项目")
    c.total("sum_mismatch", [gen, fund], annual, "一般公共预算 + 政府性基金")
    spent, rate, b_sp, b_rate, p_sp, p_rate, carry = c.g(r"部门全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，执行率(\d+)%；项目支出([\d.]+)万元，项目支出执行率([\d.]+)%。未支出的([\d.]+)万元均为项目资金")
    c.rate(rate, spent, annual, "overall execution rate")
    c.rate(b_rate, b_sp, basic, "basic expenditure rate")
    c.rate(p_rate, p_sp, proj, "project expenditure rate")
    c.total("sum_mismatch", [b_sp, p_sp], spent, "基本 + 项目 spending")
    c.close("balance_mismatch", carry, dec(annual) - dec(spent), "unspent")
    c.close("balance_mismatch", carry, dec(proj) - dec(p_sp), "unspent project funds")
    pb = c.g(r"预算分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，合计([\d.]+)万元")
    c.total("sum_mismatch", pb[:4], pb[4], "key project budgets")
    ps = c.g(r"实际支出分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，合计([\d.]+)万元")
    c.total("sum_mismatch", ps[:4], ps[4], "key project spending")
    for b, s in zip(pb[:4], ps[:4]):
        if dec(s) > dec(b):
            c.fail("implausible_rate", f"project spending {s} above budget {b}")
    done, n1, n2, s1, u1, s2, u2, a1, a2 = c.g(r"全年新改建户厕(\d+)户，其中三格式(\d+)户、双瓮式(\d+)户，分别按每户(\d+)(万元|元)、(\d+)(万元|元)奖补，兑付([\d.]+)万元、([\d.]+)万元")
    c.total("sum_mismatch", [n1, n2], done, "三格式 + 双瓮式")
    c.product(n1, s1, u1, a1, "三格式 reward")
    c.product(n2, s2, u2, a2, "双瓮式 reward")
    nfix, sfix, afix, acc = c.g(r"对(\d+)户问题厕所按每户(\d+)元给予整改奖补([\d.]+)万元，支付第三方验收费用([\d.]+)万元")
    c.product(nfix, sfix, "元", afix, "整改 reward")
    c.total("sum_mismatch", [a1, a2, afix, acc], ps[0], "户厕改造以奖代补 spending")
    b3, a3, y3, p3 = c.g(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，均为公务用车运行维护费，较\d{4}年的([\d.]+)万元下降([\d.]+)%")
    c.close("rate_mismatch", p3, (dec(y3) - dec(a3)) / dec(y3) * 100, "三公 decrease")
    sc = c.g(r"4个重点项目自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分，平均自评得分([\d.]+)分")
    c.average(sc[:4], sc[4], "average project score")
    for s in sc[:4]:
        if dec(s) < 90:
            c.fail("grade_mismatch", "project below 90 called 优")
    done2, fixed2, nst = c.g(r"全年完成户厕改造(\d+)户，问题厕所整改(\d+)户，建成粪污资源化利用站点(\d+)个")
    c.same("conflicting_values", done2, done, "户厕 count")
    c.same("conflicting_values", fixed2, nfix, "整改 count")
    y0, r0, y1, r1 = c.g(r"普及率(\d{4})年为([\d.]+)%，(\d{4})年达到([\d.]+)%")
    c.year(y1, Y, "current-year rate")
    c.year(y0, Y - 1, "previous-year rate")
    util, gapp = c.g(r"粪污资源化利用率([\d.]+)%，比目标低([\d.]+)个百分点")
    total_text, grade = c.g(r"部门整体自评得分([\d.]+)分，评价等级为(.)")
    c.grade(total_text, grade)
    # table
    ex = c.line("预算执行 |", "|")
    c.same("conflicting_values", ex[4], rate + "%", "rate text vs table")
    exec_row(c, ex[4], spent, annual, ex[5], ex[6])
    rows = [make_row(r[0], r[2], r[3], r[4], r[5], r[6], year=Y) for r in c.rows("|")]
    R = {r["name"]: r for r in rows}
    tw, ts = c.g(r"合计 \| \| \| \| \| (\d+) \| ([\d.]+)")
    c.indicators(rows, ex[5], ex[6], tw, ts)
    c.same("conflicting_values", total_text, ts, "total text vs table")
    c.close("sum_mismatch", gapp, dec(R["粪污资源化利用率"]["target"]) - dec(util), "percentage-point gap")
    c.same("conflicting_values", R["完成农村户厕改造"]["actual"], done, "户厕 actual")
    c.same("conflicting_values", R["问题厕所整改"]["actual"], nfix, "整改 actual")
    c.same("conflicting_values", R["建成粪污资源化利用站点"]["actual"], nst, "站点")
    c.same("conflicting_values", R["改厕验收合格率"]["actual"], c.g(r"改厕验收合格率([\d.]+)%")[0], "合格率")
    c.same("conflicting_values", R["以奖代补资金兑付时限"]["actual"], c.g(r"在验收后(\d+)天内兑付")[0], "兑付天数")
    c.same("conflicting_values", R["三格式户厕奖补标准"]["actual"], s1, "standard")
    c.same("conflicting_values", R["农村卫生厕所普及率"]["actual"], r1, "普及率")
    c.same("conflicting_values", R["粪污资源化利用率"]["actual"], util, "利用率")
    c.same("conflicting_values", R["群众满意度"]["actual"], c.g(r"群众满意度为([\d.]+)%")[0], "满意度")
    c.same("conflicting_values", R["完成农村户厕改造"]["target"], c.g(r"完成户厕改造(\d+)户以上")[0], "户厕 target")


CHECKS = {
    "jl-huinan-hucegaizao-2019": chk_huinan,
    "sc-pengxi-zhengcuntuijin-2021": chk_pengxi,
    "jx-xingguo-gaicefenwu-2020": chk_xingguo,
    "sd-wenshang-gaiceguanhu-2023": chk_wenshang,
    "sn-luonan-nongyenongcun-bumen-2024": chk_luonan,
}


def run(pid, text):
    c = Ctx(text)
    CHECKS[pid](c)
    return c.fails


def diff_region(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    return ops


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    on_disk = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if on_disk != sorted(texts):
        problems.append("cases/ and labels.jsonl list different files")
    counts = {code: 0 for code in CODES}
    for rec in labels:
        name, pid, text = rec["case"], rec["source"], texts[rec["case"]]
        clean = texts[f"{pid}-clean.txt"]
        try:
            fails = run(pid, text)
        except ParseFail as e:
            problems.append(f"{name}: parse failure {e}")
            continue
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expectations")
            for code, msg in fails:
                problems.append(f"{name}: clean draft fails {code}: {msg}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if code not in CODES:
            problems.append(f"{name}: unknown code {code}")
            continue
        counts[code] += 1
        if lab.get("severity") != "error":
            problems.append(f"{name}: severity must be error")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: label value not in case: {value!r}")
            continue
        ops = diff_region(clean, text)
        if not ops:
            problems.append(f"{name}: identical to clean draft")
            continue
        j1, j2 = ops[0][3], ops[-1][4]
        # one contiguous place: all changed opcodes lie within a span free of long unchanged stretches
        gaps = [ops[k + 1][3] - ops[k][4] for k in range(len(ops) - 1)]
        if any(g > 60 for g in gaps):
            problems.append(f"{name}: change is not one contiguous place ({len(ops)} pieces, gaps {gaps})")
        if not any(o < max(j2, j1 + 1) and o + len(value) > j1 for o in occ):
            problems.append(f"{name}: label value does not overlap the change [{j1},{j2})")
        got = {cd for cd, _ in fails if cd not in WARNINGS}
        if code not in got:
            problems.append(f"{name}: labelled {code} does not fail (fails: {fails})")
        other = got - {code}
        if other:
            problems.append(f"{name}: other error codes fail: {[f for f in fails if f[0] in other]}")
        # each changed figure (the whole number or word, with two characters of context on either
        # side) must occur only once in the error case
        for op in ops:
            a, b = op[3], op[4]
            while a > 0 and re.match(r"[\d.]", text[a - 1]):
                a -= 1
            while b < len(text) and re.match(r"[\d.]", text[b]):
                b += 1
            token = text[max(a - 2, 0):b + 2]
            if text.count(token) != 1:
                problems.append(f"{name}: changed figure {token!r} occurs {text.count(token)} times")
    for code, n in counts.items():
        if n < 2:
            problems.append(f"code {code} used {n} times (< 2)")
    for p in problems:
        print("FAIL", p)
    print(f"{len(labels)} cases; codes: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
