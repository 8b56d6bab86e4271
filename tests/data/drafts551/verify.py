#!/usr/bin/env python3
"""Verify drafts551: re-read every figure from the case texts and redo all the arithmetic.

Standard library + decimal only. For every case the figures are extracted from the text itself
(regular expressions anchored on the wording, and the tables rebuilt row by row), every identity
of rules.md §7 that the draft contains is recomputed with the §8 tolerance, and each failure is
reported under the error code errors.md assigns to it. Then:
  * every clean draft must produce no error and no warning;
  * every error case must produce its labelled code and no other error code;
  * labels: value occurs exactly once; the case differs from its clean draft by one contiguous
    edit of at most 40 characters that overlaps the value; every §A code is used at least twice.
Prints OK on success, otherwise the problems, and exits 1.
"""
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

N = r"([\d,]+(?:\.\d+)?)"          # a number as written
P = r"([\d,]+(?:\.\d+)?%)"         # a percentage as written
U = r"(元|万元|亿元)"               # a money unit
DASH = ("—", "-", "－", "")
SCALE = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
GRADES = {"优": 0, "优秀": 0, "良": 1, "良好": 1, "中": 2, "中等": 2, "一般": 2, "合格": 2, "差": 3, "较差": 3,
          "不合格": 3}


class ExtractError(Exception):
    pass


def num(s):
    return D(s.strip().rstrip("%").replace(",", ""))


def dec(s):
    s = s.strip().rstrip("%").replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** -dec(s) + D("1e-9")


def consistent(s, c):
    return abs(c - num(s)) <= tol(s)


def band(total):
    if total >= 90:
        return 0
    if total >= 80:
        return 1
    if total >= 60:
        return 2
    return 3


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def cells(line):
    if "｜" in line:
        return [c.strip() for c in line.split("｜")]
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return re.split(r" {2,}", line.strip())


TARGET_RE = re.compile(r"^(≥|≤|=|＞|＜)?\s*([\d,]+(?:\.\d+)?)(.*)$")
ACTUAL_RE = re.compile(r"^([\d,]+(?:\.\d+)?)(.*)$")


class Case:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.errors = []    # (code, message)
        self.warnings = []  # (code, message)

    # ---------- extraction ----------
    def g(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"{len(ms)} matches for {pat!r}")
        return ms[0].groups()

    def table(self, header_start, must_contain):
        lines = self.t.split("\n")
        heads = [i for i, l in enumerate(lines) if l.startswith(header_start) and must_contain in l]
        if len(heads) != 1:
            raise ExtractError(f"{len(heads)} table headers {header_start!r}")
        rows = []
        for line in lines[heads[0] + 1:]:
            c = cells(line)
            if not line.strip() or len(c) < 3:
                break
            rows.append(c)
        return rows

    def funds(self, header_start="资金来源"):
        """Funds table as {row name: {column name: cell}}."""
        lines = self.t.split("\n")
        heads = [l for l in lines if l.startswith(header_start) and "年初预算数" in l]
        if len(heads) != 1:
            raise ExtractError("funds header")
        cols = cells(heads[0])
        out = {}
        for r in self.table(header_start, "年初预算数"):
            if len(r) != len(cols):
                raise ExtractError(f"funds row {r}")
            out[r[0]] = dict(zip(cols, r))
        return out

    def indicators(self, order=("l1", "l2", "l3", "target", "actual", "comp", "weight", "score")):
        rows, total = [], None
        for r in self.table("一级指标", "三级指标"):
            if r[0] == "合计":
                nums = [c for c in r[1:] if c]
                total = {"weight": nums[0], "score": nums[1]}
                continue
            if len(r) != len(order):
                raise ExtractError(f"indicator row {r}")
            rows.append(dict(zip(order, r)))
        return rows, total

    # ---------- findings ----------
    def e(self, code, msg):
        self.errors.append((code, msg))

    def w(self, code, msg):
        self.warnings.append((code, msg))

    # ---------- identities ----------
    def chk_sum(self, label, parts, total, code="sum_mismatch", signs=None):
        """total = Σ sign·part; parts and total are (string, unit) with unit in SCALE or None (a count)."""
        signs = signs or [1] * len(parts)
        sc = lambda u: SCALE[u] if u else D(1)
        money = all(u for _, u in parts) and total[1]

        def calc(scales):
            return sum(sg * num(p) * sc(u) * f for (p, u), sg, f in zip(parts, signs, scales))

        unit_t = sc(total[1])
        c = calc([D(1)] * len(parts))
        if abs(c / unit_t - num(total[0])) <= tol(total[0]):
            return
        if money:
            for i in range(len(parts) + 1):
                for k in (4, -4, 8, -8):
                    f = D(10) ** k
                    if i < len(parts):
                        scales = [D(1)] * len(parts)
                        scales[i] = f
                        if abs(calc(scales) / unit_t - num(total[0])) <= tol(total[0]):
                            self.e("unit_mismatch", f"{label}: part {parts[i][0]}{parts[i][1]} off by 10^{k}")
                            return
                    elif abs(c / unit_t - num(total[0]) * f) <= tol(total[0]) * f:
                        self.e("unit_mismatch", f"{label}: total {total[0]}{total[1]} off by 10^{k}")
                        return
        self.e(code, f"{label}: computed {c / unit_t} vs stated {total[0]}")

    def chk_eq(self, label, a, b):
        """Two statements of the same quantity; a and b are (string, unit-or-None)."""
        sa = SCALE[a[1]] if a[1] else D(1)
        sb = SCALE[b[1]] if b[1] else D(1)
        va, vb = num(a[0]) * sa, num(b[0]) * sb
        t = max(tol(a[0]) * sa, tol(b[0]) * sb)
        if abs(va - vb) <= t:
            return
        if a[1] and b[1]:
            for k in (4, -4, 8, -8):
                f = D(10) ** k
                if abs(va * f - vb) <= t * max(f, 1) or abs(va - vb * f) <= t * max(f, 1):
                    self.e("unit_mismatch", f"{label}: {a[0]}{a[1]} vs {b[0]}{b[1]} off by 10^{k}")
                    return
        self.e("conflicting_values", f"{label}: {a[0]}{a[1] or ''} vs {b[0]}{b[1] or ''}")

    def chk_rate(self, label, numer, denom, stated, bounded=True, code="rate_mismatch"):
        """stated = numer / denom × 100 %."""
        if denom == 0:
            if stated.strip() in DASH or num(stated) == 0:
                return
            self.e("implausible_rate", f"{label}: rate {stated} on a zero base")
            return
        if stated.strip() in DASH:
            self.w("missing_figure", f"{label}: rate not stated")
            return
        c = numer / denom * 100
        if not consistent(stated, c):
            self.e(code, f"{label}: computed {q2(c)}% vs stated {stated}")
        if bounded and (c > 100 or num(stated) > 100):
            self.e("implausible_rate", f"{label}: {stated} above 100%")

    def chk_avg(self, label, items, avg):
        c = sum(num(x) for x in items) / len(items)
        if not consistent(avg, c):
            self.e("average_mismatch", f"{label}: mean {q2(c)} vs stated {avg}")

    def chk_grade(self, label, total, grade):
        if grade not in GRADES:
            raise ExtractError(f"grade {grade!r}")
        if GRADES[grade] != band(num(total)):
            self.e("grade_mismatch", f"{label}: total {total} vs grade {grade}")

    def chk_years(self):
        Y, t = self.year, self.t
        head = "\n".join(t.split("\n")[:3])
        m = re.search(r"(\d{4})年度", head)
        if not m:
            raise ExtractError("title year")
        if int(m.group(1)) != Y:
            self.e("year_mismatch", f"title year {m.group(1)}")
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            if int(m.group(1)) != Y:
                self.e("year_mismatch", f"截至{m.group(1)}年12月31日 in a {Y} report")
        for m in re.finditer(r"结转至(\d{4})年", t):
            if int(m.group(1)) <= Y:
                self.e("year_mismatch", f"结转至{m.group(1)}年 in a {Y} report")
        for m in re.finditer(r"(\d{4})年(?:部门)?年初预算", t):
            if int(m.group(1)) != Y:
                self.e("year_mismatch", f"{m.group(1)}年年初预算 in a {Y} report")
        for m in re.finditer(r"实施期为(\d{4})年", t):
            if int(m.group(1)) != Y:
                self.e("year_mismatch", f"实施期 {m.group(1)} in a {Y} report")
        for m in re.finditer(r"(\d{4})年(\d{1,2})月[^，。；\n]{0,12}下达", t):
            y, mo = int(m.group(1)), int(m.group(2))
            if not (y == Y or (y == Y - 1 and mo == 12)):
                self.e("year_mismatch", f"funds issued {y}-{mo} for a {Y} budget")
        tail = [l for l in t.strip().split("\n")][-1]
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月", tail.strip())
        if not m:
            raise ExtractError("report date")
        if int(m.group(1)) not in (Y, Y + 1):
            self.e("year_mismatch", f"report dated {tail}")

    def chk_funds_table(self, f, total_row, parts, cols=("年初预算数", "全年预算数", "全年执行数")):
        """Column sums, per-row execution rates, execution score of the total row."""
        for col in cols:
            self.chk_sum(f"funds {col}", [(f[p][col], "万元") for p in parts], (f[total_row][col], "万元"))
        for name, r in f.items():
            self.chk_rate(f"funds {name} 执行率", num(r["全年执行数"]), num(r["全年预算数"]), r["执行率"])
            if num(r["全年执行数"]) > num(r["全年预算数"]):
                self.e("implausible_rate", f"funds {name}: spent above budget")
        r = f[total_row]
        if "得分" in r:
            w, s = num(r["分值"]), num(r["得分"])
            if s < 0 or s > w:
                self.e("score_exceeds_weight", f"funds score {s} > {w}")
            rate = num(r["全年执行数"]) / num(r["全年预算数"])
            exp = [w * min(rate, D(1))]
            if r["执行率"].strip() not in DASH:
                exp.append(w * min(num(r["执行率"]) / 100, D(1)))
            if not any(consistent(r["得分"], x) for x in exp):
                self.w("score_rule_mismatch", f"funds score {r['得分']} vs {q2(exp[0])}")

    def chk_indicators(self, rows, total, prose_totals=()):
        """Per-row units, completion, bounds, scores; weight and score sums; totals."""
        for r in rows:
            name, w, s = r["l3"], num(r["weight"]), num(r["score"])
            if s < 0 or s > w:
                self.e("score_exceeds_weight", f"{name}: score {r['score']} > weight {r['weight']}")
            mt, ma = TARGET_RE.match(r["target"]), ACTUAL_RE.match(r["actual"])
            if not mt:  # qualitative
                if r["comp"] not in DASH:
                    self.e("completion_mismatch", f"{name}: completion on a qualitative indicator")
                lo, hi = {"达成年度指标": (D("0.8"), D(1)), "部分达成年度指标并具有一定效果": (D("0.6"), D("0.8")),
                          "未达成年度指标且效果较差": (D(0), D("0.6"))}[r["actual"]]
                if not (w * lo - tol(r["score"]) <= s <= w * hi + tol(r["score"])):
                    self.w("score_rule_mismatch", f"{name}: qualitative score {s} outside band")
                continue
            if not ma:
                raise ExtractError(f"actual {r['actual']!r}")
            sign, T, tu = mt.group(1) or "=", num(mt.group(2)), mt.group(3).strip()
            A, au = num(ma.group(1)), ma.group(2).strip()
            if tu != au:
                self.e("unit_mismatch", f"{name}: target unit {tu!r} vs actual unit {au!r}")
                continue
            if ("满意度" in name or "执行率" in name) and au == "%" and A > 100:
                self.e("implausible_rate", f"{name}: {r['actual']} above 100%")
            if sign in ("≥", "＞", "="):
                if T == 0:
                    comp = None
                    exp = w if A <= 0 else D(0)
                else:
                    comp = A / T * 100
                    exp = w * min(A / T, D(1))
            else:
                comp = D(100) if A <= T else T / A * 100
                exp = w if A <= T else w * T / A
            if comp is None:
                if r["comp"] not in DASH:
                    self.e("implausible_rate", f"{name}: completion {r['comp']} on a zero target")
            elif r["comp"] in DASH:
                self.w("missing_figure", f"{name}: completion not stated")
            elif not consistent(r["comp"], comp):
                self.e("completion_mismatch", f"{name}: computed {q2(comp)}% vs stated {r['comp']}")
            exps = [exp]
            if comp is not None and r["comp"] not in DASH:
                exps.append(w * min(num(r["comp"]) / 100, D(1)))
            if not any(consistent(r["score"], x) for x in exps):
                self.w("score_rule_mismatch", f"{name}: score {r['score']} vs {q2(exp)}")
        wsum = sum(num(r["weight"]) for r in rows)
        if wsum != 100:
            self.e("weight_sum_mismatch", f"weights add to {wsum}")
        if total is not None and num(total["weight"]) != wsum:
            self.e("weight_sum_mismatch", f"weights add to {wsum}, 合计 {total['weight']}")
        ssum = sum(num(r["score"]) for r in rows)
        stated = ([total["score"]] if total else []) + list(prose_totals)
        for st in stated:
            if not consistent(st, ssum):
                self.e("score_sum_mismatch", f"scores add to {ssum}, stated {st}")
        for i, a in enumerate(stated):
            for b in stated[i + 1:]:
                if abs(num(a) - num(b)) > max(tol(a), tol(b)):
                    self.e("conflicting_values", f"two totals {a} / {b}")
        return ssum

    def level(self, rows, l1, field):
        return sum(num(r[field]) for r in rows if r["l1"] == l1)

    def row(self, rows, name):
        hit = [r for r in rows if r["l3"] == name]
        if len(hit) != 1:
            raise ExtractError(f"row {name}")
        return hit[0]


def actual_num(r):
    return ACTUAL_RE.match(r["actual"]).group(1)


# ======================================================================================
# Project 1: 铜仁市大数据发展管理局 2019 — 政务数据共享交换平台运维项目 (space-aligned tables)
# ======================================================================================
def p_tongren(c):
    c.chk_years()
    f = c.funds()
    c.chk_funds_table(f, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    tot = f["年度资金总额"]
    init, = c.g(r"2019年年初预算" + N + "万元")
    add, = c.g(r"追加预算" + N + "万元")
    cut, = c.g(r"调减预算" + N + "万元")
    annual, = c.g(r"调整后全年预算" + N + "万元")
    c.chk_sum("年初 + 追加 − 调减 = 全年", [(init, "万元"), (add, "万元"), (cut, "万元")], (annual, "万元"),
              signs=[1, 1, -1])
    c.chk_eq("年初预算 prose/table", (init, "万元"), (tot["年初预算数"], "万元"))
    c.chk_eq("全年预算 prose/table", (annual, "万元"), (tot["全年预算数"], "万元"))
    recv, recv_rate = c.g(r"实际到位资金" + N + "万元，到位率" + P)
    spent, rate = c.g(r"全年支出" + N + "万元，预算执行率" + P)
    bal, = c.g(r"结余" + N + "万元，已于")
    c.chk_eq("全年执行 prose/table", (spent, "万元"), (tot["全年执行数"], "万元"))
    c.chk_rate("到位率", num(recv), num(annual), recv_rate)
    c.chk_rate("预算执行率 (prose)", num(spent), num(annual), rate)
    rate2, = c.g(r"预算执行率为" + P)
    c.chk_rate("预算执行率 (结论)", num(spent), num(annual), rate2)
    c.chk_sum("结余 = 到位 − 执行", [(recv, "万元"), (spent, "万元")], (bal, "万元"), "balance_mismatch", [1, -1])
    uses = c.g(r"按用途分，平台运维服务费" + N + "万元、等保测评及安全加固费" + N + "万元、接口改造开发费" + N +
               "万元、电子政务外网线路租赁费" + N + "万元")
    c.chk_sum("支出按用途", [(x, "万元") for x in uses], (spent, "万元"))
    k1, u1, k1w = c.g(r"合同金额" + N + U + "（" + N + "万元）")
    k2, u2 = c.g(r"竞争性磋商采购，合同金额" + N + U)
    k3, u3 = c.g(r"原平台开发商承担，合同金额" + N + U)
    ks, us = c.g(r"三项合同金额合计" + N + U)
    c.chk_eq("运维合同 元/万元", (k1, u1), (k1w, "万元"))
    c.chk_sum("合同合计", [(k1, u1), (k2, u2), (k3, u3)], (ks, us))
    # contracts 全额支付 = the spending lines
    c.chk_eq("运维合同 = 运维服务费", (k1, u1), (uses[0], "万元"))
    c.chk_eq("等保合同 = 等保费", (k2, u2), (uses[1], "万元"))
    c.chk_eq("接口合同 = 接口改造费", (k3, u3), (uses[2], "万元"))

    rows, total = c.indicators()
    ptotal, grade = c.g(r"自评得分" + N + r"分，评价等级为(优秀|良好|优|良|中|差)")
    c.chk_indicators(rows, total, [ptotal])
    c.chk_grade("结论", ptotal, grade)
    ex = c.row(rows, "预算执行率")
    c.chk_rate("自评表 预算执行率", num(tot["全年执行数"]), num(tot["全年预算数"]), ex["actual"])
    c.chk_eq("执行率分值 funds/自评表", (tot["分值"], None), (ex["weight"], None))
    c.chk_eq("执行率得分 funds/自评表", (tot["得分"], None), (ex["score"], None))
    # prose restatements of the indicator table
    dep, more = c.g(r"部门" + N + r"个，比年度目标多" + N + "个")
    r = c.row(rows, "累计接入部门数")
    c.chk_eq("接入部门", (dep, None), (actual_num(r), None))
    c.chk_sum("比目标多", [(dep, None), (TARGET_RE.match(r["target"]).group(2), None)], (more, None), signs=[1, -1])
    cat, catc = c.g(r"编制发布政务数据资源目录" + N + "条，完成年度目标的" + P)
    r = c.row(rows, "编制发布数据资源目录")
    c.chk_eq("目录条数", (cat, None), (actual_num(r), None))
    c.chk_rate("目录完成率 (prose)", num(cat), num(TARGET_RE.match(r["target"]).group(2)), catc, False,
               "completion_mismatch")
    calls, last, inc, dev = c.g(r"全年接口调用量" + N + "万次，比2018年的" + N + "万次增加" + N + "万次，超出年度目标" + P)
    r = c.row(rows, "接口调用量")
    T = TARGET_RE.match(r["target"]).group(2)
    c.chk_eq("接口调用量", (calls, None), (actual_num(r), None))
    c.chk_sum("比2018年增加", [(calls, None), (last, None)], (inc, None), signs=[1, -1])
    c.chk_rate("超出年度目标", num(calls) - num(T), num(T), dev, False, "completion_mismatch")
    d = c.g(r"分别为" + N + "万次、" + N + "万次、" + N + "万次，三地平均" + N + "万次")
    c.chk_avg("三地平均", d[:3], d[3])
    vol, vol0, gr = c.g(r"全年数据交换量" + N + "亿条，比2018年的" + N + "亿条增长" + P)
    c.chk_rate("交换量增长", num(vol) - num(vol0), num(vol0), gr, False)
    qs = c.g(r"可用率分别为" + P + "、" + P + "、" + P + "、" + P + "，全年平均" + P)
    c.chk_avg("季度可用率平均", qs[:4], qs[4])
    c.chk_eq("可用率", (qs[4].rstrip("%"), None), (actual_num(c.row(rows, "平台可用率")), None))
    h, = c.g(r"故障响应时间平均" + N + "小时")
    c.chk_eq("响应时间", (h, None), (actual_num(c.row(rows, "故障响应时间")), None))
    cost, = c.g(r"成本指标。平台运维服务费" + N + "万元")
    c.chk_eq("运维服务费 成本", (cost, "万元"), (actual_num(c.row(rows, "平台运维服务费")), "万元"))
    c.chk_eq("运维服务费 成本/支出", (cost, "万元"), (uses[0], "万元"))
    mat, = c.g(r"平均减少申请材料" + P)
    c.chk_eq("材料精简", (mat.rstrip("%"), None), (actual_num(c.row(rows, "申请材料精简比例")), None))
    ev, evc = c.g(r"审批服务事项" + N + "项，完成年度目标的" + P)
    r = c.row(rows, "共享支撑审批服务事项")
    c.chk_eq("审批事项", (ev, None), (actual_num(r), None))
    c.chk_rate("审批事项完成率 (prose)", num(ev), num(TARGET_RE.match(r["target"]).group(2)), evc, False,
               "completion_mismatch")
    sat, = c.g(r"部门用户满意度" + P)
    c.chk_eq("满意度", (sat.rstrip("%"), None), (actual_num(c.row(rows, "部门用户满意度")), None))


# ======================================================================================
# Project 2: 淄博市大数据局 2021 — 政务数据共享交换及数据治理项目 (｜ tables)
# ======================================================================================
def p_zibo(c):
    c.chk_years()
    f = c.funds()
    c.chk_funds_table(f, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    tot, fis, co = f["年度资金总额"], f["当年财政拨款"], f["上年结转资金"]
    init, fis0, co0 = c.g(r"2021年年初预算" + N + "万元，其中当年财政拨款" + N + "万元、上年结转资金" + N + "万元")
    cut, annual = c.g(r"调减当年财政拨款" + N + "万元，调整后全年预算" + N + "万元")
    c.chk_sum("年初构成", [(fis0, "万元"), (co0, "万元")], (init, "万元"))
    c.chk_sum("年初 − 调减 = 全年", [(init, "万元"), (cut, "万元")], (annual, "万元"), signs=[1, -1])
    c.chk_sum("财政拨款 年初 − 调减", [(fis["年初预算数"], "万元"), (cut, "万元")], (fis["全年预算数"], "万元"),
              signs=[1, -1])
    c.chk_eq("年初 prose/table", (init, "万元"), (tot["年初预算数"], "万元"))
    c.chk_eq("年初财政拨款 prose/table", (fis0, "万元"), (fis["年初预算数"], "万元"))
    c.chk_eq("年初结转 prose/table", (co0, "万元"), (co["年初预算数"], "万元"))
    c.chk_eq("全年 prose/table", (annual, "万元"), (tot["全年预算数"], "万元"))
    spent, rate, sfis, sco, unspent = c.g(r"资金全部到位，实际支出" + N + "万元，执行率" + P + "，其中当年财政拨款支出" + N +
                                          "万元、上年结转资金支出" + N + "万元。未支出资金" + N + "万元")
    c.chk_eq("执行 prose/table", (spent, "万元"), (tot["全年执行数"], "万元"))
    c.chk_eq("财政拨款执行 prose/table", (sfis, "万元"), (fis["全年执行数"], "万元"))
    c.chk_eq("结转执行 prose/table", (sco, "万元"), (co["全年执行数"], "万元"))
    c.chk_sum("执行构成", [(sfis, "万元"), (sco, "万元")], (spent, "万元"))
    c.chk_rate("执行率 (prose)", num(spent), num(annual), rate)
    # 资金全部到位: 到位 = 全年预算, so 未支出 = 全年预算 − 执行
    c.chk_sum("未支出 = 到位 − 执行", [(annual, "万元"), (spent, "万元")], (unspent, "万元"), "balance_mismatch",
              [1, -1])
    k, paid, rest = c.g(r"合同金额" + N + "元，2021年按进度支付" + N + "元，尾款" + N + "元")
    c.chk_sum("合同尾款", [(k, "元"), (paid, "元")], (rest, "元"), "balance_mismatch", [1, -1])
    uc, ucap = c.g(r"单条目录治理成本" + N + "元，低于每条" + N + "元")

    rows, total = c.indicators()
    c.chk_indicators(rows, total)
    grade, = c.g(r"综合评定等级为“(优秀|良好|优|良|中|差)”")
    c.chk_grade("结论", total["score"], grade)
    ex = c.row(rows, "预算执行率")
    c.chk_rate("自评表 预算执行率", num(tot["全年执行数"]), num(tot["全年预算数"]), ex["actual"])
    c.chk_eq("执行率分值 funds/自评表", (tot["分值"], None), (ex["weight"], None))
    c.chk_eq("执行率得分 funds/自评表", (tot["得分"], None), (ex["score"], None))
    r = c.row(rows, "单条目录治理成本")
    c.chk_eq("单条成本", (uc, None), (actual_num(r), None))
    c.chk_eq("单条成本上限", (ucap, None), (TARGET_RE.match(r["target"]).group(2), None))
    cat, catc = c.g(r"全年编制数据资源目录" + N + "条，完成年度目标的" + P)
    r = c.row(rows, "数据资源目录编制数量")
    c.chk_eq("目录", (cat, None), (actual_num(r), None))
    c.chk_eq("目录完成率", (catc.rstrip("%"), None), (r["comp"].rstrip("%"), None))
    c.chk_rate("目录完成率 (prose)", num(cat), num(TARGET_RE.match(r["target"]).group(2)), catc, False,
               "completion_mismatch")
    agg, = c.g(r"归集各部门政务数据" + N + "亿条")
    c.chk_eq("归集量", (agg, None), (actual_num(c.row(rows, "政务数据归集量")), None))
    api, ds = c.g(r"发布共享接口" + N + "个，开放数据集" + N + "个")
    c.chk_eq("接口", (api, None), (actual_num(c.row(rows, "共享接口发布数量")), None))
    c.chk_eq("数据集", (ds, None), (actual_num(c.row(rows, "公共数据开放数据集")), None))
    fix, av, days = c.g(r"数据质量问题整改率" + P + "，平台可用率" + P + "，共享申请平均" + N + "个工作日办结")
    c.chk_eq("整改率", (fix.rstrip("%"), None), (actual_num(c.row(rows, "数据质量问题整改率")), None))
    c.chk_eq("可用率", (av.rstrip("%"), None), (actual_num(c.row(rows, "平台可用率")), None))
    c.chk_eq("办结时限", (days, None), (actual_num(c.row(rows, "共享申请办结时限")), None))
    calls, = c.g(r"2021年数据共享调用" + N + "万次")
    c.chk_eq("调用次数", (calls, None), (actual_num(c.row(rows, "数据共享调用次数")), None))
    mat, = c.g(r"减少群众提交纸质材料" + N + "万份")
    c.chk_eq("减少材料", (mat, None), (actual_num(c.row(rows, "减少群众提交材料")), None))
    sat, = c.g(r"用户满意度" + P)
    c.chk_eq("满意度", (sat.rstrip("%"), None), (actual_num(c.row(rows, "用户满意度")), None))
    n_all, n_done, n_open = c.g(r"预算执行率外的" + N + "项指标中" + N + "项全部完成、" + N + "项未完全完成")
    others = [r for r in rows if "执行率" not in r["l3"]]
    done = [r for r in others if r["comp"] not in DASH and num(r["comp"]) >= 100]
    c.chk_eq("指标项数", (n_all, None), (str(len(others)), None))
    c.chk_eq("完成项数", (n_done, None), (str(len(done)), None))
    c.chk_sum("项数构成", [(n_done, None), (n_open, None)], (n_all, None))


# ======================================================================================
# Project 3: 江门市政务服务数据管理局 2022 — 政务大数据中心数据治理及共享服务项目 (tab tables)
# ======================================================================================
def p_jiangmen(c):
    c.chk_years()
    f = c.funds()
    c.chk_funds_table(f, "年度资金总额", ["市级财政拨款", "省级专项资金", "上年结转资金"])
    tot, city, prov = f["年度资金总额"], f["市级财政拨款"], f["省级专项资金"]
    init, = c.g(r"2022年年初预算" + N + "万元")
    padd, = c.g(r"试点专项资金" + N + "万元；")
    cut, = c.g(r"调减市级资金" + N + "万元")
    annual, acity, aprov = c.g(r"调整后全年预算" + N + "万元，其中市级资金" + N + "万元、省级专项资金" + N + "万元")
    c.chk_sum("年初 + 省追加 − 调减 = 全年", [(init, "万元"), (padd, "万元"), (cut, "万元")], (annual, "万元"),
              signs=[1, 1, -1])
    c.chk_sum("全年构成", [(acity, "万元"), (aprov, "万元")], (annual, "万元"))
    c.chk_sum("市级 年初 − 调减", [(init, "万元"), (cut, "万元")], (acity, "万元"), signs=[1, -1])
    c.chk_eq("省级下达/全年", (padd, "万元"), (aprov, "万元"))
    c.chk_eq("年初 prose/table", (init, "万元"), (tot["年初预算数"], "万元"))
    c.chk_eq("全年 prose/table", (annual, "万元"), (tot["全年预算数"], "万元"))
    c.chk_eq("市级全年 prose/table", (acity, "万元"), (city["全年预算数"], "万元"))
    c.chk_eq("省级全年 prose/table", (aprov, "万元"), (prov["全年预算数"], "万元"))
    spent, rate, un, un_p, un_c = c.g(r"全年支出" + N + "万元，预算执行率" + P + "。未支出" + N + "万元，其中省级专项资金" +
                                      N + "万元按规定结转至\d{4}年继续使用，市级资金" + N + "万元")
    c.chk_eq("执行 prose/table", (spent, "万元"), (tot["全年执行数"], "万元"))
    c.chk_rate("执行率 (prose)", num(spent), num(annual), rate)
    c.chk_sum("未支出 = 全年 − 执行", [(annual, "万元"), (spent, "万元")], (un, "万元"), "balance_mismatch", [1, -1])
    c.chk_sum("省级未支出", [(prov["全年预算数"], "万元"), (prov["全年执行数"], "万元")], (un_p, "万元"),
              "balance_mismatch", [1, -1])
    c.chk_sum("市级未支出", [(city["全年预算数"], "万元"), (city["全年执行数"], "万元")], (un_c, "万元"),
              "balance_mismatch", [1, -1])
    c.chk_sum("未支出构成", [(un_p, "万元"), (un_c, "万元")], (un, "万元"))
    k1, u1, k1w = c.g(r"合同金额" + N + U + "（" + N + "万元）")
    c.chk_eq("治理合同 元/万元", (k1, u1), (k1w, "万元"))
    k3, pct, paid, rest = c.g(r"咨询服务合同金额" + N + "元，2022年按合同支付" + P + "即" + N + "元，余款" + N + "元")
    c.chk_rate("咨询合同支付比例", num(paid), num(k3), pct, True)
    c.chk_sum("咨询合同余款", [(k3, "元"), (paid, "元")], (rest, "元"), "balance_mismatch", [1, -1])
    c.chk_eq("余款 = 省级结转", (rest, "元"), (un_p, "万元"))

    rows, total = c.indicators()
    ptotal, grade = c.g(r"项目综合得分" + N + r"分，评价等级为(优秀|良好|优|良|中|差)")
    c.chk_indicators(rows, total, [ptotal])
    c.chk_grade("结论", ptotal, grade)
    ex = c.row(rows, "预算执行率")
    c.chk_rate("自评表 预算执行率", num(tot["全年执行数"]), num(tot["全年预算数"]), ex["actual"])
    c.chk_eq("执行率分值 funds/自评表", (tot["分值"], None), (ex["weight"], None))
    c.chk_eq("执行率得分 funds/自评表", (tot["得分"], None), (ex["score"], None))
    cat, b, t_, d = c.g(r"新增编目数据资源目录" + N + "条，其中基础库" + N + "条、主题库" + N + "条、部门专题库" + N + "条")
    c.chk_eq("目录", (cat, None), (actual_num(c.row(rows, "新增编目数据资源目录")), None))
    c.chk_sum("目录构成", [(b, None), (t_, None), (d, None)], (cat, None))
    api, less = c.g(r"新增共享接口" + N + "个，比目标少" + N + "个")
    r = c.row(rows, "新增共享接口")
    c.chk_eq("接口", (api, None), (actual_num(r), None))
    c.chk_sum("比目标少", [(TARGET_RE.match(r["target"]).group(2), None), (api, None)], (less, None), signs=[1, -1])
    agg, ratio, agg0 = c.g(r"归集数据" + N + "亿条，约为2021年的" + N + "倍（2021年为" + N + "亿条）")
    c.chk_eq("归集量", (agg, None), (actual_num(c.row(rows, "数据归集量")), None))
    x = num(agg) / num(agg0)  # 约: the ratio must fall inside ± half a unit of its last digit
    if not (num(ratio) - tol(ratio) <= x <= num(ratio) + tol(ratio)):
        c.e("rate_mismatch", f"约{ratio}倍 vs {q2(x)}")
    qual, = c.g(r"数据质量检核通过率" + P)
    c.chk_eq("检核通过率", (qual.rstrip("%"), None), (actual_num(c.row(rows, "数据质量检核通过率")), None))
    days, = c.g(r"共享申请平均响应时间" + N + "个工作日")
    c.chk_eq("响应时间", (days, None), (actual_num(c.row(rows, "共享申请平均响应时间")), None))
    cost, = c.g(r"数据治理服务成本" + N + "万元")
    c.chk_eq("治理成本", (cost, "万元"), (actual_num(c.row(rows, "数据治理服务成本")), "万元"))
    c.chk_eq("治理成本 = 治理合同", (cost, "万元"), (k1, u1))
    calls, = c.g(r"共享接口全年被调用" + N + "万次")
    c.chk_eq("调用量", (calls, None), (actual_num(c.row(rows, "共享接口年调用量")), None))
    ev, evc = c.g(r"“免证办”事项" + N + "项，完成年度目标的" + P)
    r = c.row(rows, "“免证办”事项")
    c.chk_eq("免证办", (ev, None), (actual_num(r), None))
    c.chk_eq("免证办完成率", (evc.rstrip("%"), None), (r["comp"].rstrip("%"), None))
    c.chk_rate("免证办完成率 (prose)", num(ev), num(TARGET_RE.match(r["target"]).group(2)), evc, False,
               "completion_mismatch")
    sc, = c.g(r"已上线数据共享应用场景" + N + "个")
    c.chk_eq("应用场景", (sc, None), (actual_num(c.row(rows, "数据共享应用场景")), None))


# ======================================================================================
# Project 4: 芜湖市数据资源管理局 2024 — 部门整体支出 (space-aligned, weight column before targets)
# ======================================================================================
def p_wuhu(c):
    c.chk_years()
    f = c.funds("项目")
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        c.chk_sum(f"合计 {col}", [(f["基本支出"][col], "万元"), (f["项目支出"][col], "万元")],
                  (f["支出合计"][col], "万元"))
        c.chk_sum(f"基本支出 {col}", [(f["其中：人员经费"][col], "万元"), (f["其中：公用经费"][col], "万元")],
                  (f["基本支出"][col], "万元"))
    for name, r in f.items():
        c.chk_rate(f"{name} 执行率", num(r["全年执行数"]), num(r["全年预算数"]), r["执行率"])
    tot, base, proj = f["支出合计"], f["基本支出"], f["项目支出"]
    init, b0, p0 = c.g(r"2024年部门年初预算" + N + "万元，其中基本支出" + N + "万元、项目支出" + N + "万元")
    add, = c.g(r"芜湖节点建设资金" + N + "万元")
    cut, annual = c.g(r"调减项目支出" + N + "万元，调整后全年预算" + N + "万元")
    c.chk_sum("年初构成", [(b0, "万元"), (p0, "万元")], (init, "万元"))
    c.chk_sum("年初 + 追加 − 调减", [(init, "万元"), (add, "万元"), (cut, "万元")], (annual, "万元"), signs=[1, 1, -1])
    c.chk_sum("项目支出 年初 + 追加 − 调减", [(p0, "万元"), (add, "万元"), (cut, "万元")], (proj["全年预算数"], "万元"),
              signs=[1, 1, -1])
    c.chk_eq("年初 prose/table", (init, "万元"), (tot["年初预算数"], "万元"))
    c.chk_eq("基本年初 prose/table", (b0, "万元"), (base["年初预算数"], "万元"))
    c.chk_eq("项目年初 prose/table", (p0, "万元"), (proj["年初预算数"], "万元"))
    c.chk_eq("全年 prose/table", (annual, "万元"), (tot["全年预算数"], "万元"))
    spent, rate, bs, br, ps, pr, bal = c.g(r"截至\d{4}年12月31日，全年支出" + N + "万元，预算执行率" + P + "。其中基本支出" + N +
                                           "万元，执行率" + P + "；项目支出" + N + "万元，执行率" + P + "。年末结转结余" + N + "万元")
    c.chk_eq("执行 prose/table", (spent, "万元"), (tot["全年执行数"], "万元"))
    c.chk_eq("基本执行 prose/table", (bs, "万元"), (base["全年执行数"], "万元"))
    c.chk_eq("项目执行 prose/table", (ps, "万元"), (proj["全年执行数"], "万元"))
    c.chk_rate("执行率 (prose)", num(spent), num(annual), rate)
    c.chk_rate("基本支出执行率 (prose)", num(bs), num(base["全年预算数"]), br)
    c.chk_rate("项目支出执行率 (prose)", num(ps), num(proj["全年预算数"]), pr)
    c.chk_sum("结转结余 = 全年 − 执行", [(annual, "万元"), (spent, "万元")], (bal, "万元"), "balance_mismatch", [1, -1])
    uses = c.g(r"政务云资源租赁" + N + "万元、一体化大数据平台运维" + N + "万元、数据治理与目录编制" + N + "万元、网络安全等级保护" +
               N + "万元")
    c.chk_sum("项目支出用途", [(x, "万元") for x in uses], (ps, "万元"))
    kc, = c.g(r"合同金额" + N + "元，按月计量")
    kd, = c.g(r"目录编制服务合同金额" + N + "元")
    c.chk_eq("云租赁合同 = 支出", (kc, "元"), (uses[0], "万元"))
    c.chk_eq("治理合同 = 支出", (kd, "元"), (uses[2], "万元"))
    ps4 = c.g(r"自评得分分别为" + N + "分、" + N + "分、" + N + "分、" + N + "分，平均" + N + "分")
    c.chk_avg("重点项目平均分", ps4[:4], ps4[4])

    rows, total = c.indicators(("l1", "l2", "l3", "weight", "target", "actual", "comp", "score"))
    ptotal, grade = c.g(r"部门整体支出自评得分" + N + r"分，等级为(优秀|良好|优|良|中等|中|较差|差)")
    ssum = c.chk_indicators(rows, total, [ptotal])
    c.chk_grade("结论", ptotal, grade)
    ex = c.row(rows, "部门预算执行率")
    c.chk_rate("自评表 预算执行率", num(tot["全年执行数"]), num(tot["全年预算数"]), ex["actual"])
    lv = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    wts = c.g(r"预算执行率" + N + "分、产出指标" + N + "分、效益指标" + N + "分、满意度指标" + N + "分")
    scs = c.g(r"预算执行" + N + "分，产出指标" + N + "分，效益指标" + N + "分，满意度指标" + N + "分")
    if sum(num(x) for x in wts) != 100:
        c.e("weight_sum_mismatch", f"first-level weights add to {sum(num(x) for x in wts)}")
    for l1, wv, sv in zip(lv, wts, scs):
        if c.level(rows, l1, "weight") != num(wv):
            c.e("weight_sum_mismatch", f"{l1}: rows weigh {c.level(rows, l1, 'weight')}, stated {wv}")
        if not consistent(sv, c.level(rows, l1, "score")):
            c.e("score_sum_mismatch", f"{l1}: rows score {c.level(rows, l1, 'score')}, stated {sv}")
        if num(sv) > num(wv):
            c.e("score_exceeds_weight", f"{l1}: {sv} > {wv}")
    if not consistent(ptotal, sum(num(x) for x in scs)):
        c.e("score_sum_mismatch", f"first-level scores add to {sum(num(x) for x in scs)}, total {ptotal}")
    cat, agg, agg0 = c.g(r"资源目录总量" + N + "条，归集数据总量" + N + "亿条（2023年末为" + N + "亿条）")
    c.chk_eq("目录总量", (cat, None), (actual_num(c.row(rows, "数据资源目录总量")), None))
    c.chk_eq("归集总量", (agg, None), (actual_num(c.row(rows, "归集数据总量")), None))
    sc, = c.g(r"新增数据共享应用场景" + N + "个，未完成")
    c.chk_eq("应用场景", (sc, None), (actual_num(c.row(rows, "新增数据共享应用场景")), None))
    cu, = c.g(r"政务云资源利用率" + P + "，低于")
    c.chk_eq("云利用率", (cu.rstrip("%"), None), (actual_num(c.row(rows, "政务云资源利用率")), None))
    days, = c.g(r"共享申请平均" + N + "个工作日办结")
    c.chk_eq("办结时限", (days, None), (actual_num(c.row(rows, "共享申请办结时限")), None))
    cloud, = c.g(r"政务云资源租赁支出" + N + "万元")
    c.chk_eq("云租赁支出", (cloud, "万元"), (actual_num(c.row(rows, "政务云资源租赁支出")), "万元"))
    c.chk_eq("云租赁支出/用途", (cloud, "万元"), (uses[0], "万元"))
    approx, = c.g(r"全年数据调用约" + N + "亿次")
    a = num(actual_num(c.row(rows, "一体化平台数据调用量")))
    if not (num(approx) - tol(approx) <= a <= num(approx) + tol(approx)):
        c.e("conflicting_values", f"约{approx}亿次 vs {a}")
    ev, evt = c.g(r"支撑“高效办成一件事”" + N + "项，目标为" + N + "项")
    r = c.row(rows, "“高效办成一件事”支撑事项")
    c.chk_eq("一件事", (ev, None), (actual_num(r), None))
    c.chk_eq("一件事目标", (evt, None), (TARGET_RE.match(r["target"]).group(2), None))
    op, opt = c.g(r"落地场景" + N + "个，目标为" + N + "个")
    r = c.row(rows, "公共数据授权运营落地场景")
    c.chk_eq("授权运营", (op, None), (actual_num(r), None))
    c.chk_eq("授权运营目标", (opt, None), (TARGET_RE.match(r["target"]).group(2), None))
    sat, = c.g(r"部门和企业用户满意度" + P)
    c.chk_eq("满意度", (sat.rstrip("%"), None), (actual_num(c.row(rows, "部门和企业用户满意度")), None))


# ======================================================================================
# Project 5: 宜昌市数据局 2025 — 公共数据资源平台运营及数据治理项目 (Hubei: execution 20 points)
# ======================================================================================
def p_yichang(c):
    c.chk_years()
    f = c.funds()
    c.chk_funds_table(f, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    tot, fis, co = f["年度资金总额"], f["当年财政拨款"], f["上年结转资金"]
    init, city0, co0 = c.g(r"2025年年初预算" + N + "万元，其中当年财政拨款（市级）" + N + "万元、上年结转资金" + N + "万元")
    padd, annual = c.g(r"试点专项资金" + N + "万元，调整后全年预算" + N + "万元")
    c.chk_sum("年初构成", [(city0, "万元"), (co0, "万元")], (init, "万元"))
    c.chk_sum("年初 + 省追加 = 全年", [(init, "万元"), (padd, "万元")], (annual, "万元"))
    c.chk_eq("年初 prose/table", (init, "万元"), (tot["年初预算数"], "万元"))
    c.chk_eq("市级年初 prose/table", (city0, "万元"), (fis["年初预算数"], "万元"))
    c.chk_eq("结转年初 prose/table", (co0, "万元"), (co["年初预算数"], "万元"))
    c.chk_eq("全年 prose/table", (annual, "万元"), (tot["全年预算数"], "万元"))
    g = c.g(r"全年支出" + N + "万元，预算执行率" + P + "。当年财政拨款" + N + "万元中，市级资金支出" + N + "万元，执行率" + P +
            "；省级专项资金支出" + N + "万元，执行率" + P + "。上年结转资金" + N + "万元已全部支出。年末未支出资金" + N +
            "万元（市级" + N + "万元、省级" + N + "万元）")
    spent, rate, fisv, cs, cr, ps, pr, cov, un, unc, unp = g
    c.chk_eq("执行 prose/table", (spent, "万元"), (tot["全年执行数"], "万元"))
    c.chk_rate("执行率 (prose)", num(spent), num(annual), rate)
    c.chk_eq("当年财政拨款 prose/table", (fisv, "万元"), (fis["全年预算数"], "万元"))
    c.chk_sum("当年财政拨款构成", [(city0, "万元"), (padd, "万元")], (fisv, "万元"))
    c.chk_sum("当年财政拨款执行构成", [(cs, "万元"), (ps, "万元")], (fis["全年执行数"], "万元"))
    c.chk_rate("市级执行率", num(cs), num(city0), cr)
    c.chk_rate("省级执行率", num(ps), num(padd), pr)
    c.chk_eq("结转 prose/table", (cov, "万元"), (co["全年预算数"], "万元"))
    c.chk_eq("结转全部支出", (cov, "万元"), (co["全年执行数"], "万元"))
    c.chk_sum("未支出 = 全年 − 执行", [(annual, "万元"), (spent, "万元")], (un, "万元"), "balance_mismatch", [1, -1])
    c.chk_sum("市级未支出", [(city0, "万元"), (cs, "万元")], (unc, "万元"), "balance_mismatch", [1, -1])
    c.chk_sum("省级未支出", [(padd, "万元"), (ps, "万元")], (unp, "万元"), "balance_mismatch", [1, -1])
    c.chk_sum("未支出构成", [(unc, "万元"), (unp, "万元")], (un, "万元"))
    k = c.g(r"平台运营服务合同金额" + N + U + "（" + N + "万元），数据治理服务合同金额" + N + U + "，安全运维服务合同金额" + N + U +
            "，三项合计" + N + U)
    c.chk_eq("运营合同 元/万元", (k[0], k[1]), (k[2], "万元"))
    c.chk_sum("三项合同合计", [(k[0], k[1]), (k[3], k[4]), (k[5], k[6])], (k[7], k[8]))

    rows, total = c.indicators()
    n_rows, ptotal, grade = c.g(r"以上" + N + "项指标合计得分" + N + r"分，评价等级为(优秀|良好|优|良|中|差)")
    c.chk_indicators(rows, total, [ptotal])
    c.chk_grade("附表", ptotal, grade)
    grade2, = c.g(r"自评结果见附表，评价等级为(优秀|良好|优|良|中|差)")
    c.chk_grade("结论", ptotal, grade2)
    c.chk_eq("指标项数", (n_rows, None), (str(len(rows)), None))
    ex = c.row(rows, "预算执行率")
    c.chk_rate("自评表 预算执行率", num(tot["全年执行数"]), num(tot["全年预算数"]), ex["actual"])
    c.chk_eq("执行率分值 funds/自评表", (tot["分值"], None), (ex["weight"], None))
    c.chk_eq("执行率得分 funds/自评表", (tot["得分"], None), (ex["score"], None))
    w_ex, w_rest = c.g(r"预算执行率分值" + N + "分，按执行率计分；产出、效益和满意度指标分值" + N + "分")
    c.chk_eq("执行率分值 prose/自评表", (w_ex, None), (ex["weight"], None))
    rest = sum(num(r["weight"]) for r in rows if r is not ex)
    if rest != num(w_rest):
        c.e("weight_sum_mismatch", f"non-execution weights add to {rest}, stated {w_rest}")
    if num(w_ex) + num(w_rest) != 100:
        c.e("weight_sum_mismatch", f"{w_ex} + {w_rest} != 100")
    cat, = c.g(r"全年编制公共数据资源目录" + N + "条")
    c.chk_eq("目录", (cat, None), (actual_num(c.row(rows, "公共数据资源目录编制")), None))
    calls, = c.g(r"；数据共享调用" + N + "万次，较2024年")
    c.chk_eq("调用量", (calls, None), (actual_num(c.row(rows, "数据共享调用量")), None))
    qual, = c.g(r"数据质量合格率" + P + "，略低于")
    c.chk_eq("合格率", (qual.rstrip("%"), None), (actual_num(c.row(rows, "数据质量合格率")), None))
    days, = c.g(r"数据需求平均" + N + "个工作日响应")
    c.chk_eq("响应时限", (days, None), (actual_num(c.row(rows, "数据需求响应时限")), None))
    fee, = c.g(r"平台运营服务费" + N + "万元，控制在")
    c.chk_eq("运营服务费", (fee, "万元"), (actual_num(c.row(rows, "平台运营服务费")), "万元"))
    c.chk_eq("运营服务费 = 合同", (fee, "万元"), (k[0], k[1]))
    plan, done, comp = c.g(r"计划完成" + N + "个部门的数据资源普查，实际完成" + N + "个，完成率" + P)
    c.chk_rate("普查完成率", num(done), num(plan), comp, False, "completion_mismatch")
    inc, = c.g(r"实现收益" + N + "万元")
    c.chk_eq("授权运营收益", (inc, "万元"), (actual_num(c.row(rows, "公共数据授权运营收益")), "万元"))
    trips, = c.g(r"依托数据共享减少企业群众跑动" + N + "万次")
    c.chk_eq("减少跑动", (trips, None), (actual_num(c.row(rows, "减少企业群众跑动次数")), None))
    sat, = c.g(r"回收有效问卷\d+份，数据使用单位满意度" + P)
    c.chk_eq("满意度", (sat.rstrip("%"), None), (actual_num(c.row(rows, "数据使用单位满意度")), None))


PROJECTS = {
    "tongren-datashare-2019": (p_tongren, 2019),
    "zibo-datagov-2021": (p_zibo, 2021),
    "jiangmen-dataplatform-2022": (p_jiangmen, 2022),
    "wuhu-datadept-2024": (p_wuhu, 2024),
    "yichang-publicdata-2025": (p_yichang, 2025),
}


def check_text(pid, text):
    fn, year = PROJECTS[pid]
    c = Case(text, year)
    fn(c)
    return c


def diff_region(a, b):
    """Common prefix / suffix diff: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    used = Counter()
    per_source = Counter()
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
    if set(cleans) != set(PROJECTS):
        problems.append(f"clean drafts {sorted(cleans)}")
    for rec in labels:
        name, pid = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        if not 1500 <= len(text) <= 5000:
            problems.append(f"{name}: length {len(text)}")
        try:
            c = check_text(pid, text)
        except ExtractError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        found = {code for code, _ in c.errors}
        unknown = found - set(CODES)
        if unknown:
            problems.append(f"{name}: unexpected codes {unknown}")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if c.errors or c.warnings:
                problems.append(f"{name}: clean draft fails: {c.errors + c.warnings}")
            continue
        per_source[pid] += 1
        exp = rec["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in CODES:
            problems.append(f"{name}: expected must be one §A error")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        used[code] += 1
        if found != {code}:
            problems.append(f"{name}: labelled {code}, checks give {sorted(found)}: {c.errors}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
            continue
        clean = cleans[pid]
        p, ea, eb = diff_region(clean, text)
        if max(ea - p, eb - p) > 40 or max(ea - p, eb - p) == 0:
            problems.append(f"{name}: edit of {max(ea - p, eb - p)} characters")
        vs = text.find(value)
        ve = vs + len(value)
        if not (vs < max(eb, p + 1) and p < ve):
            problems.append(f"{name}: edit [{p},{eb}) does not overlap value [{vs},{ve})")
        if not any(ch.isdigit() for ch in text[p:eb] + clean[p:ea]) and code not in ("grade_mismatch", "unit_mismatch"):
            problems.append(f"{name}: edit changes no figure")
    for pid in PROJECTS:
        if per_source[pid] != 6:
            problems.append(f"{pid}: {per_source[pid]} error cases")
    for code in CODES:
        if used[code] < 2:
            problems.append(f"code {code} used {used[code]} times")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        return 1
    print("codes:", ", ".join(f"{k}={used[k]}" for k in CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
