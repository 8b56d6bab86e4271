#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs (exactly once) in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. each of the 13 error codes of errors.md §A is used at least twice;
4. the arithmetic of every draft is redone with decimal.Decimal and the tolerance of rules.md §8:
   all checks pass on the clean drafts; on an error case the labelled code fails and no other
   error-level code fails (warning-level checks such as score_rule_mismatch may fail there).
Prints OK at the end.
"""
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
TEN4 = D(10000)


# ----------------------------------------------------------------------------------------------- helpers
def num(s):
    s = str(s).strip().replace(",", "").replace("，", "")
    return D(s)


def ndp(s):
    s = str(s).strip().replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals written in the stated value"""
    tol = D("0.5") * (D(10) ** -ndp(stated)) + D("1e-9")
    return abs(D(computed) - num(stated)) <= tol


def one(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise AssertionError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def blank(c):
    return c.strip() in ("", "—", "-")


def val(c):
    return D(0) if blank(c) else num(c)


Q = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|＝|=|＞|＜)?\s*([\d,]+(?:\.\d+)?)\s*(%|[^\d\s]*)$")


def parse_q(s):
    """'≥150件' -> ('gte', 150, '件'); '98.92%' -> ('eq', 98.92, '%'); qualitative -> None"""
    m = Q.match(s.strip())
    if not m:
        return None
    sign, v, unit = m.groups()
    if sign in ("≥", "＞＝", ">=", "＞"):
        d = "gte"
    elif sign in ("≤", "＜＝", "<=", "＜"):
        d = "lte"
    else:
        d = "eq"
    return d, num(v), unit


def direction(sign):
    if sign in ("≥", "＞＝", ">=", "＞"):
        return "gte"
    if sign in ("≤", "＜＝", "<=", "＜"):
        return "lte"
    return "eq"


def completion(d, t, a):
    if d == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def rule_score(d, t, a, w):
    if d == "lte":
        return w if a <= t else w * t / a
    if d == "eq" and t == 0:
        return w if a <= 0 else D(0)
    return w * min(D(1), max(a, D(0)) / t)


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中", "一般": "中",
          "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Ctx:
    def __init__(self, text):
        self.text = text
        self.res = []  # (code, severity, ok, msg)

    def add(self, code, ok, msg, sev="error"):
        self.res.append((code, sev, bool(ok), msg))

    # a stated rate (percent) against num/den
    def rate(self, stated, n, d, msg, code="rate_mismatch"):
        n, d = D(n), D(d)
        if d == 0:
            self.add("implausible_rate", blank(stated) or num(stated) == 0, f"{msg}: rate on a zero base")
            return
        self.add(code, close(stated, n / d * 100), f"{msg}: {stated} vs {n / d * 100:.4f}")

    def le100(self, stated, msg):
        self.add("implausible_rate", num(stated) <= 100 and num(stated) >= 0, f"{msg}: {stated}% within [0,100]")

    # amounts: stated value (in unit `unit`) against a computed amount in 万元; a mismatch reconciled by 10^4
    # (元 written as 万元 or the reverse) is a unit_mismatch
    def amount(self, stated, computed_wan, msg, code, unit="万元"):
        c = D(computed_wan) * (TEN4 if unit == "元" else 1)
        if close(stated, c):
            self.add(code, True, msg)
        elif close(stated, c * TEN4) or close(stated, c / TEN4):
            self.add("unit_mismatch", False, f"{msg}: {stated} off by 10^4 from {c}")
        else:
            self.add(code, False, f"{msg}: {stated} vs {c}")

    # total = sum(components); components given as strings (万元 unless (str, '元'))
    def sum(self, total, comps, msg, code="sum_mismatch"):
        vals = [val(c) for c in comps]
        s = sum(vals, D(0))
        if blank(total) and s == 0:
            self.add(code, True, msg)
            return
        if close(total, s):
            self.add(code, True, msg)
            return
        # unit slip on the total or on one component?
        if close(str(num(total) / TEN4), s) or close(str(num(total) * TEN4), s):
            self.add("unit_mismatch", False, f"{msg}: total {total} off by 10^4")
            return
        for i, v in enumerate(vals):
            for k in (TEN4, 1 / TEN4):
                if v != 0 and close(total, s - v + v / k):
                    self.add("unit_mismatch", False, f"{msg}: component {comps[i]} off by 10^4")
                    return
        self.add(code, False, f"{msg}: {total} vs {s}")

    def same(self, a, b, msg):
        self.add("conflicting_values", num(a) == num(b), f"{msg}: {a} vs {b}")

    def year(self, y, expected, msg):
        self.add("year_mismatch", int(y) == int(expected), f"{msg}: {y} vs {expected}")

    def grade(self, word, total, msg):
        self.add("grade_mismatch", GRADES.get(word) == band(num(total)), f"{msg}: {word} for {total}")

    def weights(self, total, parts, msg):
        s = sum((num(p) for p in parts), D(0))
        self.add("weight_sum_mismatch", s == num(total), f"{msg}: Σ {s} vs {total}")

    def scores(self, total, parts, msg):
        s = sum((num(p) for p in parts), D(0))
        self.add("score_sum_mismatch", close(total, s), f"{msg}: Σ {s} vs {total}")

    def row(self, name, target, actual, weight, score, compl=None, qual_band=(D("0.8"), D(1))):
        """one indicator row: score within weight, units, completion, scoring rule (warning)"""
        w, s = num(weight), num(score)
        self.add("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {score} / weight {weight}")
        tq, aq = parse_q(target), parse_q(actual)
        if tq is None or aq is None:
            if (tq is None) != (aq is None):
                self.add("unit_mismatch", False, f"{name}: quantitative vs qualitative {target} / {actual}")
                return
            lo, hi = qual_band
            self.add("score_rule_mismatch", lo * w <= s <= hi * w, f"{name}: qualitative band", "warning")
            return
        d, t, _ = tq
        _, a, au = aq
        if tq[2] != au:
            self.add("unit_mismatch", False, f"{name}: target unit {tq[2]!r} vs actual unit {au!r}")
            return
        self.add("unit_mismatch", True, name)
        if au == "%" and ("率" in name or "满意度" in name):
            self.le100(actual.rstrip("%"), name)
        c = None
        if not (d == "eq" and t == 0):
            c = completion(d, t, a)
            if compl is not None and not blank(compl):
                self.add("completion_mismatch", close(compl.rstrip("%"), c), f"{name}: 完成率 {compl} vs {c:.4f}")
        r = rule_score(d, t, a, w)
        ok = close(score, r)
        if not ok and compl is not None and not blank(compl):
            ok = close(score, w * min(D(1), num(compl.rstrip("%")) / 100))
        self.add("score_rule_mismatch", ok, f"{name}: score {score} vs rule {r:.4f}", "warning")


# ------------------------------------------------------------------------------------------- table readers
def flat_rows(text):
    """seed-003 style: one cell per line with a leading tab, rows separated by blank lines"""
    rows = []
    for block in text.split("\n\n"):
        cells = []
        for line in block.split("\n"):
            if line.startswith("\t"):
                cells.append(line[1:])
            else:
                if cells:
                    break
        if cells:
            rows.append(cells)
    return rows


def tab_rows(text):
    return [line.split("\t") for line in text.split("\n") if "\t" in line]


# ------------------------------------------------------------------------------------------ per project
def check_sx(c):  # 太原市小店区 2021, Shanxi layout
    t = c.text
    Y = int(one(t, r"\n(\d{4})年度涉案财物价格认定工作经费项目支出绩效自评报告").group(1))
    rows = flat_rows(t)
    F = {r[0]: r for r in rows if len(r) == 10}
    r1, r2, r3, r4 = F["年初预算资金"], F["全年预算资金"], F["实际到位资金"], F["全年执行资金"]
    r5, r6, r7 = F["资金结余"], F["预算到位率(%)"], F["预算执行率(%)"]
    for r in (r1, r2, r3, r4):
        c.sum(r[3], r[4:8], f"{r[0]} 财政资金小计")
        c.sum(r[2], [r[3], r[8], r[9]], f"{r[0]} 年度总金额")
    for k in range(2, 10):
        c.amount(r5[k] or "0", val(r3[k]) - val(r4[k]), f"资金结余 col {k}", "balance_mismatch")
        for rr, nr, lab in ((r6, r3, "到位率"), (r7, r4, "执行率")):
            if val(r2[k]) == 0:
                c.add("implausible_rate", blank(rr[k]) or num(rr[k]) == 0, f"{lab} col {k} on zero base")
            else:
                c.rate(rr[k], val(nr[k]), val(r2[k]), f"{lab} col {k}")
                c.le100(rr[k], f"{lab} col {k}")
    # prose funds
    m = one(t, r"(\d{4})年年初安排区级预算(\d+\.\d+)万元；7月市财政追加价格认定专项补助(\d+\.\d+)万元，加上(\d{4})年结转的(\d+\.\d+)万元，全年预算资金(\d+\.\d+)万元")
    c.year(m.group(1), Y, "budget year")
    c.year(m.group(4), Y - 1, "carry-over comes from the previous year")
    c.sum(m.group(6), [m.group(2), m.group(3), m.group(5)], "全年预算 = 年初 + 追加 + 结转")
    c.same(m.group(2), r1[2], "年初预算 text/table")
    c.same(m.group(3), r2[6], "市级追加 text/table")
    c.same(m.group(5), r2[8], "上年结转 text/table")
    c.same(m.group(6), r2[2], "全年预算 text/table")
    m = one(t, r"全年执行(\d+\.\d+)万元，其中认定业务支出(\d+\.\d+)万元、聘请专家及外出勘验费(\d+\.\d+)万元、业务培训及设备购置(\d+\.\d+)万元")
    c.sum(m.group(1), [m.group(2), m.group(3), m.group(4)], "全年执行 breakdown")
    c.same(m.group(1), r4[2], "全年执行 text/table")
    spend_rd = m.group(2)
    m = one(t, r"全年预算执行率(\d+\.\d+)%")
    c.rate(m.group(1), val(r4[2]), val(r2[2]), "prose 执行率")
    c.same(m.group(1), r7[2], "执行率 text/table")
    m = one(t, r"结转至(\d{4})年使用")
    c.year(m.group(1), Y + 1, "carry-over goes to the next year")
    # 附件1
    A = {r[2]: r for r in rows if len(r) == 9 and r[0] != "一级指标"}
    assert len(A) == 9, len(A)
    ex = A["预算执行率"]
    c.rate(ex[5].rstrip("%"), val(r4[2]), val(r2[2]), "附件1 预算执行率 业绩值")
    c.add("completion_mismatch", close(ex[6].rstrip("%"), completion("gte", parse_q(ex[4])[1], num(ex[5].rstrip("%")))),
          "附件1 执行率 完成率")
    c.add("score_exceeds_weight", D(0) <= num(ex[7]) <= num(ex[3]), "execution score within weight")
    c.add("score_rule_mismatch", close(ex[7], num(ex[3]) * val(r4[2]) / val(r2[2]))
          or close(ex[7], num(ex[3]) * num(ex[5].rstrip("%")) / 100), "execution score", "warning")
    for name, r in A.items():
        if name == "预算执行率":
            continue
        c.row(name, r[4], r[5], r[3], r[7], compl=r[6])
    c.weights("100", [r[3] for r in A.values()], "附件1 权重")
    m = one(t, r"总得分(\d+\.\d+)分，属于\"(\S+?)\"")
    c.scores(m.group(1), [r[7] for r in A.values()], "附件1 得分 vs 总得分")
    c.grade(m.group(2), m.group(1), "grade")
    # prose vs table, averages, derived rates
    cases_tab = parse_q(A["完成价格认定案件数"][5])[1]
    m = one(t, r"办结价格认定案件(\d+)件（(\d{4})年为(\d+)件）")
    c.same(m.group(1), cases_tab, "案件数 text/附件1")
    c.year(m.group(2), Y - 1, "last year's count")
    m = one(t, r"举办价格认定业务培训(\d+)期")
    c.same(m.group(1), parse_q(A["举办价格认定业务培训"][5])[1], "培训期数")
    m = one(t, r"(\d+)件因涉案物品需送专业机构检测，未在规定时限内出具，按期出具率(\d+\.\d+)%")
    c.rate(m.group(2), cases_tab - num(m.group(1)), cases_tab, "按期出具率 from counts")
    c.same(m.group(2), A["认定结论按期出具率"][5].rstrip("%"), "按期出具率 text/附件1")
    m = one(t, r"认定业务支出(\d+\.\d+)万元，案均认定成本(\d+)元")
    c.same(m.group(1), spend_rd, "认定业务支出 twice")
    c.add("average_mismatch", close(m.group(2), num(m.group(1)) * TEN4 / cases_tab), "案均认定成本 = 支出/件数")
    c.same(m.group(2), parse_q(A["案均认定成本"][5])[1], "案均成本 text/附件1")
    m = one(t, r"采信率(\d+\.\d+)%")
    c.same(m.group(1), A["认定结论被委托机关采信率"][5].rstrip("%"), "采信率 text/附件1")
    m = one(t, r"委托机关满意度(\d+\.\d+)%")
    c.same(m.group(1), A["委托机关满意度"][5].rstrip("%"), "满意度 text/附件1")
    c.le100(m.group(1), "满意度")
    m = one(t, r"年度目标：全年完成价格认定案件不少于(\d+)件，举办业务培训不少于(\d+)期，认定结论复核维持率不低于(\d+)%，按期出具率(\d+)%，案均认定成本控制在(\d+)元以内，委托机关满意度不低于(\d+)%")
    for g, name in enumerate(["完成价格认定案件数", "举办价格认定业务培训", "认定结论复核维持率", "认定结论按期出具率",
                              "案均认定成本", "委托机关满意度"], 1):
        c.same(m.group(g), parse_q(A[name][4])[1], f"target of {name} text/附件1")
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年\d{1,2}月\n*$").group(1)) in (Y, Y + 1), "report date year")


def check_sc(c):  # 广安市发改委 2023, Sichuan
    t = c.text
    Y = int(one(t, r"(\d{4})年度广安市发展和改革委员会项目支出").group(1))
    c.year(one(t, r"(\d{4})年度项目支出绩效自评表").group(1), Y, "table year")
    R = {r[0]: r for r in tab_rows(t)}
    tot = R["年度资金总额"]
    subs = [R["其中：财政资金"], R["财政专户管理资金"], R["单位资金"], R["其他资金"]]
    for k in (1, 2, 3):
        c.sum(tot[k], [s[k] for s in subs], f"年度资金总额 col {k}")
    for r in [tot] + subs:
        if val(r[2]) == 0:
            c.add("implausible_rate", blank(r[5]) or num(r[5].rstrip("%")) == 0, f"{r[0]} 执行率 on zero base")
        else:
            c.rate(r[5].rstrip("%"), val(r[3]), val(r[2]), f"{r[0]} 执行率")
            c.le100(r[5].rstrip("%"), f"{r[0]} 执行率")
    c.add("score_exceeds_weight", D(0) <= num(tot[6]) <= num(tot[4]), "execution score")
    c.add("score_rule_mismatch", close(tot[6], num(tot[4]) * val(tot[3]) / val(tot[2])), "execution score", "warning")
    # indicators
    ind = {}
    for r in tab_rows(t):
        if len(r) == 10 and r[2] and r[2] != "三级指标":
            ind[r[2]] = r
    assert len(ind) == 8, len(ind)
    for name, r in ind.items():
        sign, tv, unit, av, w, s = r[3], r[4], r[5], r[6], r[7], r[8]
        c.add("score_exceeds_weight", D(0) <= num(s) <= num(w), f"{name} score/weight")
        d = direction(sign)
        c.add("score_rule_mismatch", close(s, rule_score(d, num(tv), num(av), num(w))), f"{name} rule", "warning")
        if unit == "%":
            c.le100(av, name)
    total_row = R["总分"]
    c.weights(total_row[1], [tot[4]] + [r[7] for r in ind.values()], "weights")
    c.add("weight_sum_mismatch", num(total_row[1]) == 100, "总分 100")
    c.scores(total_row[2], [tot[6]] + [r[8] for r in ind.values()], "scores")
    m = one(t, r"自评得分(\d+\.\d+)分，评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)")
    c.same(m.group(1), total_row[2], "total text/table")
    c.grade(m.group(2), m.group(1), "grade")
    # prose funds
    m = one(t, r"年初批复本项目市级财政资金(\d+\.\d+)万元；7月省发展改革委下达价格监测补助资金(\d+\.\d+)万元，调整后全年预算(\d+\.\d+)万元")
    c.sum(m.group(3), [m.group(1), m.group(2)], "全年预算 = 年初 + 省补助")
    c.same(m.group(1), tot[1], "年初 text/table")
    c.same(m.group(3), tot[2], "全年 text/table")
    m = one(t, r"全年预算资金(\d+\.\d+)万元全部到位，到位率(\d+)%")
    c.same(m.group(1), tot[2], "到位 = 全年")
    c.rate(m.group(2), num(m.group(1)), val(tot[2]), "到位率")
    m = one(t, r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    spent = m.group(1)
    c.same(spent, tot[3], "支出 text/table")
    c.rate(m.group(2), num(spent), val(tot[2]), "prose 执行率")
    c.same(m.group(2), tot[5].rstrip("%"), "执行率 text/table")
    m1 = one(t, r"信息员补助(\d+(?:\.\d+)?)万元（(\d+)个点×(\d+)元/个）")
    c.amount(m1.group(1), num(m1.group(2)) * num(m1.group(3)) / TEN4, "信息员补助 = 点数×标准", "sum_mismatch")
    m2 = one(t, r"第三方审计费用(\d+\.\d+)万元")
    m3 = one(t, r"成本调查户补助(\d+\.\d+)万元（(\d+)户×(\d+)元/户）")
    c.amount(m3.group(1), num(m3.group(2)) * num(m3.group(3)) / TEN4, "调查户补助 = 户数×标准", "sum_mismatch")
    m4 = one(t, r"终端及系统运维(\d+\.\d+)万元")
    c.sum(spent, [m1.group(1), m2.group(1), m3.group(1), m4.group(1)], "支出 breakdown")
    c.same(m1.group(2), ind["价格监测点数量"][6], "监测点数 breakdown/table")
    m = one(t, r"年末结余(\d+\.\d+)万元")
    c.amount(m.group(1), val(tot[2]) - val(tot[3]), "结余 = 全年 - 支出", "balance_mismatch")
    c.year(one(t, r"结转至(\d{4})年").group(1), Y + 1, "carry-over year")
    # outputs
    m = one(t, r"监测点由(\d{4})年的(\d+)个增至(\d+)个")
    c.year(m.group(1), Y - 1, "last year's count")
    c.same(m.group(3), ind["价格监测点数量"][6], "监测点 text/table")
    m = one(t, r"上报价格监测报表(\d+)份，其中周报表(\d+)份、月报表(\d+)份；按时报送(\d+)份，按时报送率(\d+\.\d+)%")
    c.sum(m.group(1), [m.group(2), m.group(3)], "报表 = 周报 + 月报")
    c.same(m.group(1), ind["上报价格监测报表"][6], "报表 text/table")
    c.rate(m.group(5), num(m.group(4)), num(m.group(1)), "按时报送率 from counts")
    c.same(m.group(5), ind["报表按时报送率"][6], "按时报送率 text/table")
    c.same(one(t, r"数据报送准确率(\d+\.\d+)%").group(1), ind["监测数据报送准确率"][6], "准确率 text/table")
    m = one(t, r"申报成本合计([\d,]+\.\d+)万元，核减不合理成本([\d,]+\.\d+)万元，核减率(\d+\.\d+)%")
    c.rate(m.group(3), num(m.group(2)), num(m.group(1)), "核减率")
    c.same(one(t, r"(\d+)项定价成本监审全部按期完成").group(1), ind["完成定价成本监审项目"][6], "监审项目")
    c.same(one(t, r"被领导批示或部门采用(\d+)篇").group(1), ind["价格分析报告被采用篇数"][6], "采用篇数")
    c.same(one(t, r"平均响应时间(\d+)小时").group(1), ind["价格异常波动预警响应时间"][6], "响应时间")
    m = one(t, r"相关部门满意度(\d+\.\d+)%")
    c.same(m.group(1), ind["相关部门满意度"][6], "满意度 text/table")
    c.le100(m.group(1), "满意度")
    m = one(t, r"一是维持全市(\d+)个价格监测点正常运行.*?城市供水(\d+)项定价成本监审；三是开展稻谷、生猪等农产品成本调查，调查户(\d+)户")
    c.same(m.group(1), ind["价格监测点数量"][6], "监测点 content/table")
    c.same(m.group(2), ind["完成定价成本监审项目"][6], "监审项目 content/table")
    c.same(m.group(3), m3.group(2), "调查户 content/breakdown")
    c.same(one(t, r"(\d+)户农产品成本调查数据按时上报").group(1), m3.group(2), "调查户 outputs/breakdown")
    c.same(one(t, r"按时报送率未达到(\d+)%的目标").group(1), ind["报表按时报送率"][4], "按时报送率目标 text/table")
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\n*$").group(1)) in (Y, Y + 1), "report date year")


def check_jx(c):  # 上犹县价格认证中心 2022, department
    t = c.text
    Y = int(one(t, r"上犹县价格认证中心(\d{4})年度部门整体支出绩效自评报告\n").group(1))
    c.add("year_mismatch", int(one(t, r"发布时间：(\d{4})-").group(1)) in (Y, Y + 1), "publication year")
    m = one(t, r"(\d{4})年年初预算(\d+\.\d+)万元，年中追加(\d+\.\d+)万元（人员工资调标(\d+\.\d+)万元、价格认定业务(\d+\.\d+)万元），调整后全年预算(\d+\.\d+)万元，全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.year(m.group(1), Y, "budget year")
    ini, add, add1, add2, ann, spent, rate = m.group(2, 3, 4, 5, 6, 7, 8)
    c.sum(add, [add1, add2], "追加 breakdown")
    c.sum(ann, [ini, add], "全年 = 年初 + 追加")
    c.rate(rate, num(spent), num(ann), "部门执行率")
    m = one(t, r"（一）基本支出。全年预算(\d+\.\d+)万元，其中人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元，全年全部支出，执行率(\d+)%")
    b_ann = m.group(1)
    c.sum(b_ann, [m.group(2), m.group(3)], "基本支出 = 人员 + 公用")
    c.rate(m.group(4), num(b_ann), num(b_ann), "基本支出 全部支出")
    m = one(t, r"（二）项目支出。全年预算(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    p_ann, p_sp = m.group(1), m.group(2)
    c.rate(m.group(3), num(p_sp), num(p_ann), "项目支出执行率")
    c.sum(ann, [b_ann, p_ann], "全年 = 基本 + 项目")
    c.sum(spent, [b_ann, p_sp], "支出 = 基本 + 项目")
    subs = []
    for lab in ("价格监测工作经费", "涉案财物价格认定经费", "成本调查经费"):
        m = one(t, lab + r"预算(\d+\.\d+)万元、支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
        c.rate(m.group(3), num(m.group(2)), num(m.group(1)), f"{lab} 执行率")
        subs.append((lab, m.group(1), m.group(2), m.group(3)))
    c.sum(p_ann, [s[1] for s in subs], "项目预算 = Σ三个项目")
    c.sum(p_sp, [s[2] for s in subs], "项目支出 = Σ三个项目")
    m = one(t, r"未支出的(\d+\.\d+)万元已结转至(\d{4})年")
    c.amount(m.group(1), num(ann) - num(spent), "结转 = 全年 - 支出", "balance_mismatch")
    c.year(m.group(2), Y + 1, "carry-over year")
    # execution table
    R = {r[0]: r for r in tab_rows(t) if len(r) == 5}
    tb = {"基本支出": R["基本支出"], "项目支出": R["项目支出"], "价格监测工作经费": R["其中：价格监测工作经费"],
          "涉案财物价格认定经费": R["涉案财物价格认定经费"], "成本调查经费": R["成本调查经费"], "合计": R["合计"]}
    for k in (1, 2, 3):
        c.sum(tb["合计"][k], [tb["基本支出"][k], tb["项目支出"][k]], f"表 合计 col {k}")
        c.sum(tb["项目支出"][k], [tb[s[0]][k] for s in subs], f"表 项目支出 col {k}")
    for lab, r in tb.items():
        c.rate(r[4].rstrip("%"), val(r[3]), val(r[2]), f"表 {lab} 执行率")
        c.le100(r[4].rstrip("%"), f"表 {lab}")
    c.same(tb["合计"][1], ini, "年初 text/table")
    c.same(tb["合计"][2], ann, "全年 text/table")
    c.same(tb["合计"][3], spent, "支出 text/table")
    c.same(tb["基本支出"][2], b_ann, "基本 text/table")
    c.same(tb["基本支出"][3], b_ann, "基本支出全部支出 text/table")
    c.same(tb["项目支出"][2], p_ann, "项目 text/table")
    c.same(tb["项目支出"][3], p_sp, "项目支出 text/table")
    for lab, a, s, r in subs:
        c.same(tb[lab][2], a, f"{lab} 预算 text/table")
        c.same(tb[lab][3], s, f"{lab} 支出 text/table")
    c.sum(tb["基本支出"][2], [tb["基本支出"][1], add1], "基本 调整后 = 年初 + 调标")
    c.sum(tb["涉案财物价格认定经费"][2], [tb["涉案财物价格认定经费"][1], add2], "认定 调整后 = 年初 + 追加")
    # outputs
    ind = {r[0]: r for r in tab_rows(t) if len(r) == 4 and r[0] not in ("指标名称", "评价指标")}
    m = one(t, r"设立价格监测点(\d+)个，其中农贸市场(\d+)个、超市(\d+)个、成品油及其他(\d+)个")
    c.sum(m.group(1), [m.group(2), m.group(3), m.group(4)], "监测点 breakdown")
    c.same(m.group(1), parse_q(ind["价格监测点数量"][2])[1], "监测点 text/table")
    m = one(t, r"分别报送监测报表([\d,]+)份、([\d,]+)份、([\d,]+)份，全年合计([\d,]+)份")
    reports = m.group(4)
    c.sum(reports, [m.group(1), m.group(2), m.group(3)], "报表 by month groups")
    m = one(t, r"按时报送([\d,]+)份，报送及时率(\d+\.\d+)%（目标≥(\d+)%）")
    c.rate(m.group(2), num(m.group(1)), num(reports), "报送及时率 from counts")
    c.le100(m.group(2), "及时率")
    m = one(t, r"按(\d+)元/份标准发放，全年支付(\d+(?:\.\d+)?)万元")
    c.amount(m.group(2), num(reports) * num(m.group(1)) / TEN4, "报送补助 = 份数×标准", "sum_mismatch")
    c.same(one(t, r"全年编发价格监测信息(\d+)期").group(1), parse_q(ind["价格监测信息编发"][2])[1], "信息期数 text/table")
    m = one(t, r"办结价格认定案件(\d+)件，完成率(\d+\.\d+)%（目标(\d+)件）")
    c.add("completion_mismatch", close(m.group(2), num(m.group(1)) / num(m.group(3)) * 100), "认定完成率")
    c.same(m.group(1), parse_q(ind["价格认定案件办结"][2])[1], "认定件数 text/table")
    c.same(m.group(3), parse_q(ind["价格认定案件办结"][1])[1], "认定目标 text/table")
    m = one(t, r"认定标的总额([\d,]+\.\d+)万元，较上年的([\d,]+\.\d+)万元增长(\d+\.\d+)%")
    c.rate(m.group(3), num(m.group(1)) - num(m.group(2)), num(m.group(2)), "标的额增长率")
    m = one(t, r"调查户(\d+)户，完成率(\d+\.\d+)%（目标(\d+)户）")
    c.add("completion_mismatch", close(m.group(2), num(m.group(1)) / num(m.group(3)) * 100), "调查户完成率")
    c.same(m.group(1), parse_q(ind["成本调查户数"][2])[1], "调查户 text/table")
    c.same(m.group(3), parse_q(ind["成本调查户数"][1])[1], "调查户目标 text/table")
    m = one(t, r"服务对象满意度(\d+(?:\.\d+)?)%（目标≥(\d+)%）")
    sat, sat_t = m.group(1), m.group(2)
    c.le100(sat, "满意度")
    m = one(t, r"年度目标为：价格监测点不少于(\d+)个，监测报表报送及时率不低于(\d+)%，编发价格监测信息不少于(\d+)期；办结价格认定案件不少于(\d+)件；完成成本调查户(\d+)户；服务对象满意度不低于(\d+)%")
    c.same(m.group(1), parse_q(ind["价格监测点数量"][1])[1], "监测点目标")
    c.same(m.group(2), one(t, r"报送及时率\d+\.\d+%（目标≥(\d+)%）").group(1), "及时率目标")
    c.same(m.group(3), parse_q(ind["价格监测信息编发"][1])[1], "信息期数目标")
    c.same(m.group(4), parse_q(ind["价格认定案件办结"][1])[1], "认定目标")
    c.same(m.group(5), parse_q(ind["成本调查户数"][1])[1], "调查户目标")
    c.same(m.group(6), sat_t, "满意度目标")
    m = one(t, r"一是成本调查经费执行率仅(\d+\.\d+)%")
    c.same(m.group(1), subs[2][3], "成本调查执行率 restated")
    # score table
    rows = []
    on = False
    for r in tab_rows(t):
        if r[0] == "评价指标":
            on = True
            continue
        if on:
            if r[0] == "合计":
                total = r
                break
            rows.append(r)
    c.weights(total[1], [r[1] for r in rows], "部门评分 分值")
    c.add("weight_sum_mismatch", num(total[1]) == 100, "合计 100")
    for r in rows:
        c.add("score_exceeds_weight", D(0) <= num(r[2]) <= num(r[1]), f"{r[0]} score/weight")
    c.scores(total[2], [r[2] for r in rows], "部门评分 得分")
    S = {r[0]: r for r in rows}
    c.add("score_rule_mismatch", close(S["预算执行率"][2], num(S["预算执行率"][1]) * num(spent) / num(ann))
          or close(S["预算执行率"][2], num(S["预算执行率"][1]) * num(rate) / 100), "执行率得分", "warning")
    c.add("score_rule_mismatch", close(S["满意度"][2], rule_score("gte", num(sat_t), num(sat), num(S["满意度"][1]))),
          "满意度得分", "warning")
    m = one(t, r"部门整体支出绩效自评得分(\d+)分，等级为(优秀|良好|中等|合格|较差|优|良|中|差)")
    c.same(m.group(1), total[2], "total text/table")
    c.grade(m.group(2), m.group(1), "grade")
    m = one(t, r"三个项目自评得分分别为(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分，平均(\d+(?:\.\d+)?)分")
    c.add("average_mismatch", close(m.group(4), (num(m.group(1)) + num(m.group(2)) + num(m.group(3))) / 3), "项目平均分")
    for g in (1, 2, 3):
        c.add("score_exceeds_weight", num(m.group(g)) <= 100, "project score ≤ 100")


def check_hn(c):  # 湘乡市发改局 2019, Hunan
    t = c.text
    Y = int(one(t, r"\n(\d{4})年度价格监测与价格认定专项经费绩效自评报告").group(1))
    c.year(one(t, r"自评表（(\d{4})年度）").group(1), Y, "attached table year")
    m = one(t, r"(\d{4})年年初预算(\d+\.\d+)万元；9月，为应对生猪价格持续上涨，市财政追加猪肉价格加密监测经费(\d+\.\d+)万元；另有(\d{4})年结转资金(\d+\.\d+)万元。全年预算(\d+\.\d+)万元")
    c.year(m.group(1), Y, "budget year")
    c.year(m.group(4), Y - 1, "carry-over from previous year")
    ini, add, carry, ann = m.group(2, 3, 5, 6)
    c.sum(ann, [ini, add, carry], "全年 = 年初 + 追加 + 结转")
    L = {}
    for line in t.split("\n"):
        p = line.split(" ")
        if p[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(p) == 7:
            L[p[0]] = p
    tot, cur, car, oth = L["年度资金总额"], L["其中：当年财政拨款"], L["上年结转资金"], L["其他资金"]
    for k in (1, 2, 3):
        c.sum(tot[k], [cur[k], car[k], oth[k]], f"资金 col {k}")
    for r in (tot, cur, car, oth):
        if val(r[2]) == 0:
            c.add("implausible_rate", blank(r[5]) or num(r[5].rstrip("%")) == 0, f"{r[0]} zero base")
        else:
            c.rate(r[5].rstrip("%"), val(r[3]), val(r[2]), f"{r[0]} 执行率")
            c.le100(r[5].rstrip("%"), r[0])
    c.add("score_exceeds_weight", D(0) <= num(tot[6]) <= num(tot[4]), "execution score")
    c.add("score_rule_mismatch", close(tot[6], num(tot[4]) * val(tot[3]) / val(tot[2])), "execution score", "warning")
    c.same(ini, tot[1], "年初 text/table")
    c.same(ann, tot[2], "全年 text/table")
    c.same(carry, car[2], "结转 text/table")
    c.sum(cur[2], [cur[1], add], "当年财政拨款 全年 = 年初 + 追加")
    m = one(t, r"全年资金到位(\d+\.\d+)万元，到位率(\d+)%；实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    rec, spent = m.group(1), m.group(3)
    c.rate(m.group(2), num(rec), val(tot[2]), "到位率")
    c.rate(m.group(4), num(spent), val(tot[2]), "prose 执行率")
    c.same(spent, tot[3], "支出 text/table")
    c.same(m.group(4), tot[5].rstrip("%"), "执行率 text/table")
    m = one(t, r"监测点信息员补助(\d+(?:\.\d+)?)万元（(\d+)个监测点，每点每年(\d+)元）、价格认定业务费(\d+\.\d+)万元、猪肉价格加密监测补助(\d+\.\d+)万元、设备购置及系统维护(\d+\.\d+)万元")
    c.amount(m.group(1), num(m.group(2)) * num(m.group(3)) / TEN4, "信息员补助 = 点数×标准", "sum_mismatch")
    c.sum(spent, [m.group(1), m.group(4), m.group(5), m.group(6)], "支出 breakdown")
    npts = m.group(2)
    m = one(t, r"年末结余(\d+\.\d+)万元，结转至(\d{4})年")
    c.amount(m.group(1), num(rec) - num(spent), "结余 = 到位 - 支出", "balance_mismatch")
    c.year(m.group(2), Y + 1, "carry-over year")
    # indicators
    ind = {}
    for line in t.split("\n"):
        p = line.split(" ")
        if p[0] in ("产出指标", "效益指标", "满意度指标") and len(p) >= 7:
            ind[p[2]] = p
    assert len(ind) == 9, len(ind)
    for name, p in ind.items():
        c.row(name, p[3], p[4], p[5], p[6])
    tr = one(t, r"\n总分 (\d+) (\d+\.\d+)\n")
    c.weights(tr.group(1), [tot[4]] + [p[5] for p in ind.values()], "weights")
    c.add("weight_sum_mismatch", num(tr.group(1)) == 100, "总分 100")
    c.scores(tr.group(2), [tot[6]] + [p[6] for p in ind.values()], "scores")
    m = one(t, r"本项目自评得分(\d+\.\d+)分，评价等级为“(\S+?)”")
    c.same(m.group(1), tr.group(2), "total text/table")
    c.grade(m.group(2), m.group(1), "grade")
    # outputs text vs table
    m = one(t, r"价格监测点由(\d{4})年的(\d+)个增加到(\d+)个")
    c.year(m.group(1), Y - 1, "last year's count")
    c.same(m.group(3), parse_q(ind["价格监测点数量"][4])[1], "监测点 text/table")
    c.same(npts, m.group(3), "监测点 breakdown/text")
    m = one(t, r"全年报送价格监测报表(\d+)份；按时报送(\d+)份，按时报送率(\d+\.\d+)%")
    c.same(m.group(1), parse_q(ind["报送价格监测报表"][4])[1], "报表 text/table")
    c.rate(m.group(3), num(m.group(2)), num(m.group(1)), "按时报送率 from counts")
    c.same(m.group(3), ind["监测报表按时报送率"][4].rstrip("%"), "按时报送率 text/table")
    c.same(one(t, r"完成涉案财物价格认定案件(\d+)件").group(1), parse_q(ind["完成涉案财物价格认定"][4])[1], "认定件数")
    c.same(one(t, r"发布价格异常波动预警提示(\d+)次").group(1), re.search(r"\d+", ind["价格异常波动预警"][4]).group(0), "预警次数")
    m = one(t, r"信息员满意度为(\d+)%")
    c.same(m.group(1), ind["委托单位及信息员满意度"][4].rstrip("%"), "满意度 text/table")
    c.le100(m.group(1), "满意度")
    m = one(t, r"维持不少于(\d+)个价格监测点正常运行，全年报送价格监测报表不少于(\d+)份，报表按时报送率(\d+)%；完成涉案财物价格认定不少于(\d+)件.*?服务对象满意度不低于(\d+)%")
    for g, name in ((1, "价格监测点数量"), (2, "报送价格监测报表"), (3, "监测报表按时报送率"), (4, "完成涉案财物价格认定"),
                    (5, "委托单位及信息员满意度")):
        c.same(m.group(g), parse_q(ind[name][3])[1], f"target of {name} text/table")
    c.same(one(t, r"按时报送率未达到(\d+)%").group(1), parse_q(ind["监测报表按时报送率"][3])[1], "按时率目标 restated")
    c.same(one(t, r"预算执行率为(\d+\.\d+)%；").group(1), tot[5].rstrip("%"), "执行率 restated")
    c.same(one(t, r"发布预警提示(\d+)次；").group(1), re.search(r"\d+", ind["价格异常波动预警"][4]).group(0), "预警次数 goal block")
    c.add("year_mismatch", int(one(t, r"填报日期：(\d{4})年").group(1)) in (Y, Y + 1), "report date year")


def check_hb(c):  # 赤壁市发改局 2020, Hubei 20 + 80
    t = c.text
    Y = int(one(t, r"\n(\d{4})年度重要民生商品价格监测专项经费项目支出绩效自评报告").group(1))
    c.year(one(t, r"(\d{4})年度项目支出绩效自评表").group(1), Y, "table year")
    m = one(t, r"年初预算(\d+\.\d+)万元，疫情期间市财政追加应急价格监测经费(\d+\.\d+)万元，全年预算(\d+\.\d+)万元，全部到位。全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，结余(\d+\.\d+)万元结转至(\d{4})年")
    ini, add, ann, spent, rate, bal, yy = m.groups()
    c.sum(ann, [ini, add], "全年 = 年初 + 追加")
    c.rate(rate, num(spent), num(ann), "执行率")
    c.amount(bal, num(ann) - num(spent), "结余 = 全年(全部到位) - 支出", "balance_mismatch")
    c.year(yy, Y + 1, "carry-over year")
    m = one(t, r"日常监测点补助(\d+(?:\.\d+)?)万元（(\d+)个点×(\d+)元），应急监测补助(\d+\.\d+)万元，价格监测终端及网络费(\d+\.\d+)万元")
    c.amount(m.group(1), num(m.group(2)) * num(m.group(3)) / TEN4, "监测点补助 = 点数×标准", "sum_mismatch")
    c.sum(spent, [m.group(1), m.group(4), m.group(5)], "支出 breakdown")
    npts, emer = m.group(2), m.group(4)
    lines = t.split("\n")
    F = {}
    for line in lines:
        p = re.split(r"\s{2,}", line.strip())
        if p[0] in ("年度资金总额", "其中：财政拨款", "其他资金") and len(p) == 7:
            F[p[0]] = p
    tot, fin, oth = F["年度资金总额"], F["其中：财政拨款"], F["其他资金"]
    for k in (1, 2, 3):
        c.sum(tot[k], [fin[k], oth[k]], f"资金 col {k}")
    for r in (tot, fin, oth):
        if val(r[2]) == 0:
            c.add("implausible_rate", blank(r[5]) or num(r[5].rstrip("%")) == 0, f"{r[0]} zero base")
        else:
            c.rate(r[5].rstrip("%"), val(r[3]), val(r[2]), f"{r[0]} 执行率")
            c.le100(r[5].rstrip("%"), r[0])
    c.add("score_exceeds_weight", D(0) <= num(tot[6]) <= num(tot[4]), "execution score")
    c.add("score_rule_mismatch", close(tot[6], num(tot[4]) * val(tot[3]) / val(tot[2])), "execution score (20×r)", "warning")
    c.same(ini, tot[1], "年初 text/table")
    c.same(ann, tot[2], "全年 text/table")
    c.same(spent, tot[3], "支出 text/table")
    c.same(rate, tot[5].rstrip("%"), "执行率 text/table")
    c.same(one(t, r"预算执行率占(\d+)分").group(1), tot[4], "execution weight text/table")
    goal_w = one(t, r"三个年度目标共(\d+)分").group(1)
    # goal blocks
    start = next(i for i, l in enumerate(lines) if l.startswith("年度目标 ") and "一级指标" in l)
    blocks, ind, cur = [], {}, None
    for line in lines[start + 1:]:
        if line.startswith("总分"):
            total = re.split(r"\s{2,}", line.strip())
            break
        p = re.split(r"\s{2,}", line.strip())
        if p[0].startswith("年度目标"):
            cur = [p[0], num(re.search(r"（(\d+)分）", p[0]).group(1)), []]
            blocks.append(cur)
        name, target, actual, w, s = p[-5:]
        ind[name] = (target, actual, w, s)
        cur[2].append(name)
    assert len(ind) == 9, len(ind)
    for b in blocks:
        c.weights(str(b[1]), [ind[n][2] for n in b[2]], f"{b[0]} weights")
    c.weights(total[1], [tot[4]] + [v[2] for v in ind.values()], "all weights")
    c.add("weight_sum_mismatch", num(total[1]) == 100, "总分 100")
    c.add("weight_sum_mismatch", num(tot[4]) + sum(b[1] for b in blocks) == 100, "20 + goal blocks = 100")
    c.weights(goal_w, [str(b[1]) for b in blocks], "三个年度目标共80分")
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\n*$").group(1)) in (Y, Y + 1), "report date year")
    for name, (target, actual, w, s) in ind.items():
        c.row(name, target, actual, w, s)
    c.scores(total[2], [tot[6]] + [v[3] for v in ind.values()], "scores")
    m = one(t, r"本项目综合得分(\d+)分，评价等级为“(\S+?)”")
    c.same(m.group(1), total[2], "total text/table")
    c.grade(m.group(2), m.group(1), "grade")
    # text vs table
    c.same(one(t, r"全市设价格监测点(\d+)个").group(1), parse_q(ind["价格监测点数量"][1])[1], "监测点 text/table")
    c.same(npts, parse_q(ind["价格监测点数量"][1])[1], "监测点 breakdown/table")
    m = one(t, r"全年报送价格监测报表(\d+)份，较目标多(\d+)份")
    c.same(m.group(1), parse_q(ind["报送价格监测报表"][1])[1], "报表 text/table")
    c.sum(m.group(2), [m.group(1), "-" + str(parse_q(ind["报送价格监测报表"][0])[1])], "超目标份数")
    m = one(t, r"数据审核差错率(\d+\.\d+)%，低于(\d+)%的控制目标")
    c.same(m.group(1), parse_q(ind["数据审核差错率"][1])[1], "差错率 text/table")
    c.same(m.group(2), parse_q(ind["数据审核差错率"][0])[1], "差错率目标 text/table")
    m = one(t, r"按时报送率(\d+\.\d+)%，未达到(\d+)%的目标")
    c.same(m.group(1), parse_q(ind["报表按时报送率"][1])[1], "按时报送率 text/table")
    c.same(m.group(2), parse_q(ind["报表按时报送率"][0])[1], "按时报送率目标 text/table")
    c.same(one(t, r"共编报价格日报(\d+)期").group(1), parse_q(ind["应急价格日报"][1])[1], "日报期数 text/table")
    m = one(t, r"分别为每500克(\d+\.\d+)元、(\d+\.\d+)元、(\d+\.\d+)元，三个月平均(\d+\.\d+)元")
    c.add("average_mismatch", close(m.group(4), (num(m.group(1)) + num(m.group(2)) + num(m.group(3))) / 3), "猪肉均价平均")
    m = one(t, r"应急监测补助实际支出(\d+\.\d+)万元，超过(\d+(?:\.\d+)?)万元的控制目标，该指标完成率(\d+\.\d+)%")
    c.add("completion_mismatch", close(m.group(3), completion("lte", num(m.group(2)), num(m.group(1)))), "补助完成率")
    c.same(m.group(1), emer, "应急补助 text twice")
    c.same(m.group(1), parse_q(ind["应急监测补助支出"][1])[1], "应急补助 text/table")
    c.same(m.group(2), parse_q(ind["应急监测补助支出"][0])[1], "应急补助目标 text/table")
    c.same(one(t, r"全年发布价格预警提示(\d+)期").group(1), parse_q(ind["发布价格预警提示"][1])[1], "预警期数 text/table")


CHECKS = {
    "sx-xiaodian-jiagerending-2021": check_sx,
    "sc-guangan-jiagejiance-2023": check_sc,
    "jx-shangyou-jiagerenzheng-bumen-2022": check_jx,
    "hn-xiangxiang-jiagejiance-2019": check_hn,
    "hb-chibi-jiagejiance-2020": check_hb,
}


def run(pid, text):
    c = Ctx(text)
    CHECKS[pid](c)
    return c.res


def diff_region(a, b):
    p = 0
    n = min(len(a), len(b))
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s], b[p:len(b) - s]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    assert len(labels) == 35, len(labels)
    codes = {}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    assert set(clean_text) == set(CHECKS), clean_text.keys()
    n_checks = 0
    for rec in labels:
        pid = rec["source"]
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        assert set(rec) == {"case", "source", "clean", "expected"}, rec.keys()
        res = run(pid, text)
        n_checks += len(res)
        failed = [(code, sev, msg) for code, sev, ok, msg in res if not ok]
        if rec["clean"]:
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{rec['case']}: length {n} outside 2800-3400")
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            for f in failed:
                problems.append(f"{rec['case']}: clean check failed: {f}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = exp[0]
        assert set(lab) == {"code", "severity", "value", "explanation"}
        if lab["code"] not in CODES or lab["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {lab}")
        codes[lab["code"]] = codes.get(lab["code"], 0) + 1
        v = lab["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if len(occ) != 1:
            problems.append(f"{rec['case']}: label value occurs {len(occ)} times: {v!r}")
        s, e, old, new = diff_region(clean_text[pid], text)
        if not old and not new:
            problems.append(f"{rec['case']}: identical to the clean draft")
        if len(new) > 12 or len(old) > 12:
            problems.append(f"{rec['case']}: changed region too long: {old!r} -> {new!r}")
        if not any(o < max(e, s + 1) and s < o + len(v) for o in occ):
            problems.append(f"{rec['case']}: label value does not overlap the edit [{s},{e})")
        fe = sorted({code for code, sev, msg in failed if sev == "error"})
        if fe != [lab["code"]]:
            problems.append(f"{rec['case']}: failing error codes {fe}, expected [{lab['code']}]; "
                            + "; ".join(m for code, sev, m in failed if sev == "error"))
    for code in CODES:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} used {codes.get(code, 0)} times (< 2)")
    for p in problems:
        print("FAIL", p)
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run; codes: "
          + ", ".join(f"{k}={codes.get(k, 0)}" for k in CODES))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
