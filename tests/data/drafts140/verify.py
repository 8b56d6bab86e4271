#!/usr/bin/env python3
"""Verify the n140 set.

1. Every case in labels.jsonl exists; clean drafts are 3,000-5,000 characters; each of the 13 codes of
   errors.md section A is labelled at least twice; about half of the errors sit in tables.
2. Every label value occurs in its case, not in the clean draft, and overlaps the changed region;
   each error case differs from its clean draft in one contiguous place.
3. The arithmetic of every clean draft is redone from the text itself (funds block, spending tables,
   indicator table: weights, scores, score rules, completion rates, units; every rate, sum, balance,
   average, year, grade and repeated figure in the prose). A clean draft must pass every check.
4. Self-test: the same checks run on every error case must fail, and the failing checks (apart from
   `score_rule`, a warning that follows from some edits) must carry exactly the labelled code.
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
IGNORED_IN_SELFTEST = {"score_rule"}

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS  # noqa: E402


# ----------------------------------------------------------------------------------------------
# numbers
def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def q(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差"}

NUM_RE = re.compile(r"^([≥≤＞＜=]?)(-?[\d,]+(?:\.\d+)?)(.*)$")


def parse_value(cell):
    """'≥300个' -> ('gte', Decimal(300), '个'); qualitative -> (None, None, cell)."""
    cell = cell.strip()
    m = NUM_RE.match(cell)
    if not m:
        return None, None, cell
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte"}.get(sign, "eq")
    return direction, D(num), unit.strip()


class Checker:
    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.fails = []  # (tag, message)
        self.n = 0

    def fail(self, tag, msg):
        self.fails.append((tag, msg))

    # -- text access -------------------------------------------------------------------------
    def m(self, pattern):
        """groups of the unique match of pattern (None and a 'missing' failure otherwise)."""
        found = list(re.finditer(pattern, self.text))
        if len(found) != 1:
            self.fail("missing", f"pattern {pattern!r} found {len(found)} times")
            return None
        return found[0].groups()

    # -- comparisons -------------------------------------------------------------------------
    def approx(self, tag, computed, stated, what, slack=Decimal(0)):
        self.n += 1
        tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9") + slack
        if abs(Decimal(computed) - D(stated)) > tol:
            self.fail(tag, f"{what}: computed {q(Decimal(computed), 4)}, stated {stated}")

    def rate(self, tag, num, den, stated, what):
        if D(den) == 0:
            self.fail("implausible_rate", f"{what}: rate on a zero base")
            return
        self.approx(tag, D(num) / D(den) * 100, stated, what)

    def in_range(self, stated, what):
        self.n += 1
        if D(stated) > 100 or D(stated) < 0:
            self.fail("implausible_rate", f"{what}: {stated}% outside [0, 100]")

    def total(self, tag, parts, stated, what):
        """sum check; a sum reconciled by rescaling one part by 10^4 / 10^-4 is a unit slip."""
        self.n += 1
        parts = [D(p) for p in parts]
        s = sum(parts)
        tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")
        if abs(s - D(stated)) <= tol:
            return
        for i, p in enumerate(parts):
            for f in (Decimal(10000), Decimal("0.0001")):
                if abs(s - p + p / f - D(stated)) <= tol:
                    self.fail("unit_mismatch", f"{what}: part {p} is off by a factor {f}")
                    return
        self.fail(tag, f"{what}: {' + '.join(map(str, parts))} = {s}, stated {stated}")

    def same(self, tag, values, what):
        self.n += 1
        vals = {D(v) for v in values}
        if len(vals) > 1:
            self.fail(tag, f"{what}: different values {values}")

    def year(self, stated, expected, what, later=False):
        self.n += 1
        ok = int(stated) > expected if later else int(stated) == expected
        if not ok:
            self.fail("year_mismatch", f"{what}: year {stated}, evaluation year {expected}")

    def grade(self, total, word, what):
        self.n += 1
        if GRADE_WORDS.get(word) != grade_of(total):
            self.fail("grade_mismatch", f"{what}: {total} is {grade_of(total)}, stated {word}")


# ----------------------------------------------------------------------------------------------
# tables
def cells_of(text, layout):
    out = []
    for line in text.split("\n"):
        if layout == "tabs":
            out.extend(c.strip() for c in line.split("\t"))
        elif layout == "pipes":
            out.extend(c.strip() for c in line.split("｜"))
        else:  # one cell per line
            out.append(line.strip())
    return out


def row_after(ck, cells, label, k, start=0, skip_empty=False):
    idx = [i for i, c in enumerate(cells) if c == label and i >= start]
    if len(idx) != 1:
        ck.fail("missing", f"cell {label!r} found {len(idx)} times")
        return None
    i = idx[0]
    got = []
    j = i + 1
    while len(got) < k and j < len(cells):
        if not (skip_empty and cells[j] == ""):
            got.append(cells[j])
        j += 1
    return got


def score_rule(target, actual, weight):
    """(low, high) admissible score under rules.md section 5, or None when not computable."""
    dt, t, ut = parse_value(target)
    da, a, ua = parse_value(actual)
    w = D(weight)
    if dt is None:  # qualitative
        word = actual.strip()
        if word == target.strip() or word in ("达成", "已完成", "达成年度指标"):
            return w * Decimal("0.8"), w
        if word.startswith("基本") or word.startswith("部分"):
            return w * Decimal("0.6"), w * Decimal("0.8") - Decimal("0.01")
        return Decimal(0), w * Decimal("0.6") - Decimal("0.01")
    if da is None or ut != ua:
        return None
    if dt == "lte":
        s = w if a <= t else w * t / a
    elif dt == "eq" and t == 0:
        s = w if a <= 0 else Decimal(0)
    else:
        s = min(w, w * max(a, Decimal(0)) / t)
    return s, s


def completion(target, actual):
    dt, t, ut = parse_value(target)
    da, a, ua = parse_value(actual)
    if dt is None or da is None or ut != ua or t == 0:
        return None
    if dt == "lte":
        return Decimal(100) if a <= t else t / a * 100
    return a / t * 100


def check_tables(ck, spec):
    cells = cells_of(ck.text, spec["layout"])
    # funds block of the 自评表
    fb = {}
    for label in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        r = row_after(ck, cells, label, 6)
        if r is None:
            return
        fb[label] = r
    for label, (ini, ann, spent, w, rate, score) in fb.items():
        if D(ann) == 0:
            ck.n += 1
            if rate not in ("—", "-", "0", "0%", "0.00%"):
                ck.fail("implausible_rate", f"{label}: rate {rate} on a zero budget")
            continue
        ck.rate("rate_mismatch", spent, ann, rate.rstrip("%"), f"{label} 执行率")
        ck.in_range(rate.rstrip("%"), f"{label} 执行率")
    for col in range(3):
        ck.total("sum_mismatch", [fb[l][col] for l in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                 fb["年度资金总额"][col], f"funds block column {col}")
    ini, ann, spent, w_exec, rate, s_exec = fb["年度资金总额"]
    ck.approx("score_rule", D(w_exec) * min(D(spent) / D(ann), Decimal(1)), s_exec, "execution score")
    if D(s_exec) > D(w_exec):
        ck.fail("score_exceeds_weight", f"execution score {s_exec} > {w_exec}")
    # indicator rows
    start = next((i for i, c in enumerate(cells) if c == "三级指标"), 0)
    cols = spec["cols"]
    rows = {}
    for level1, names in spec["indicators"]:
        for name in names:
            r = row_after(ck, cells, name, len(cols), start)
            if r is None:
                return
            rows[name] = dict(zip(cols, r), level1=level1)
    weights = [D(w_exec)] + [D(r["w"]) for r in rows.values()]
    scores = [D(s_exec)] + [D(r["s"]) for r in rows.values()]
    tot = row_after(ck, cells, spec["total_label"], 2, start, skip_empty=True)
    if tot is None:
        return
    ck.n += 2
    if sum(weights) != 100 or D(tot[0]) != 100:
        ck.fail("weight_sum_mismatch", f"weights add to {sum(weights)}, 总分 {tot[0]}")
    ck.total("score_sum_mismatch", scores, tot[1], "indicator table scores")
    for name, r in rows.items():
        ck.n += 1
        if D(r["s"]) > D(r["w"]) or D(r["s"]) < 0:
            ck.fail("score_exceeds_weight", f"{name}: score {r['s']} > weight {r['w']}")
        dt, t, ut = parse_value(r["t"])
        da, a, ua = parse_value(r["a"])
        if dt is not None and (da is None or ua != ut):
            ck.fail("unit_mismatch", f"{name}: target {r['t']} vs actual {r['a']}")
            continue
        rule = score_rule(r["t"], r["a"], r["w"])
        if rule is not None:
            lo, hi = rule
            tol = Decimal("0.5") * Decimal(10) ** (-decimals(r["s"])) + Decimal("1e-9")
            ok = lo - tol <= D(r["s"]) <= hi + tol
            if not ok and "c" in r and r["c"] not in ("—", "-"):  # score from the printed completion
                c = D(r["c"].rstrip("%")) / 100
                ok = abs(q(D(r["w"]) * min(c, Decimal(1))) - D(r["s"])) <= tol
            if not ok:
                ck.fail("score_rule", f"{name}: score {r['s']} outside [{q(lo)}, {q(hi)}]")
        if "c" in r:
            c = completion(r["t"], r["a"])
            if r["c"] in ("—", "-"):
                ck.n += 1
                if c is not None and t != 0:
                    ck.fail("completion_mismatch", f"{name}: completion missing")
            elif c is not None:
                ck.approx("completion_mismatch", c, r["c"].rstrip("%"), f"{name} 完成率")
    # first-level subtotals, used by the prose checks
    sub = {}
    for name, r in rows.items():
        sub[r["level1"]] = sub.get(r["level1"], Decimal(0)) + D(r["s"])
    return {"fb": fb, "rows": rows, "total": tot, "sub": sub, "cells": cells}


def actual(t, name):
    return t["rows"][name]["a"]


def num_of(cell):
    return parse_value(cell)[1]


# ----------------------------------------------------------------------------------------------
# project specific checks (each reads its figures from the text)
def xihua(ck):
    Y = 2019
    t = check_tables(ck, {"layout": "lines", "cols": ("t", "a", "w", "s"), "total_label": "总分",
                          "indicators": [("产出", ["完成评审项目数量", "评审复核差错率", "评审报告按时出具率", "委托评审费用"]),
                                         ("效益", ["审减金额", "评审结论采纳率"]),
                                         ("满意度", ["送审单位满意度"])]})
    if t is None:
        return
    fb = t["fb"]
    cells = t["cells"]
    det = {k: row_after(ck, cells, k, 4) for k in ("委托中介机构评审费", "评审业务工作经费", "合计")}
    if None in det.values():
        return
    for col in range(3):
        ck.total("sum_mismatch", [det["委托中介机构评审费"][col], det["评审业务工作经费"][col]], det["合计"][col],
                 f"funds table column {col}")
    for k, r in det.items():
        ck.rate("rate_mismatch", r[2], r[1], r[3].rstrip("%"), f"{k} 执行率")
    ck.same("conflicting_values", [det["合计"][0], fb["年度资金总额"][0]], "年初预算")
    ck.same("conflicting_values", [det["合计"][1], fb["年度资金总额"][1]], "全年预算")
    ck.same("conflicting_values", [det["合计"][2], fb["年度资金总额"][2]], "全年执行数")
    g = ck.m(r"年初预算安排财政投资评审专项经费([\d.]+)万元")
    if g:
        ck.same("conflicting_values", [g[0], det["合计"][0]], "年初预算 text")
    g = ck.m(r"追加预算([\d.]+)万元，全年预算调整为([\d.]+)万元")
    if g:
        ck.total("sum_mismatch", [det["合计"][0], g[0]], g[1], "年初 + 追加")
        ck.same("conflicting_values", [g[1], det["合计"][1]], "全年预算 text")
    g = ck.m(r"其中委托中介机构评审费([\d.]+)万元，占全年预算的([\d.]+)%；评审业务工作经费([\d.]+)万元")
    if g:
        ck.rate("rate_mismatch", g[0], det["合计"][1], g[1], "委托评审费 share")
        ck.total("sum_mismatch", [g[0], g[2]], det["合计"][1], "budget parts (text)")
        ck.same("conflicting_values", [g[0], det["委托中介机构评审费"][1]], "委托评审费 budget")
    g = ck.m(r"实际拨付本项目资金([\d.]+)万元，资金到位率(\d+)%")
    g2 = ck.m(r"截至(\d{4})年12月31日，实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    if g and g2:
        ck.rate("rate_mismatch", g[0], det["合计"][1], g[1], "到位率")
        ck.year(g2[0], Y, "截至…12月31日")
        ck.rate("rate_mismatch", g2[1], det["合计"][1], g2[2], "预算执行率 text")
        ck.approx("balance_mismatch", D(g[0]) - D(g2[1]), g2[3], "结余 = 到位 − 支出")
        ck.same("conflicting_values", [g2[1], det["合计"][2]], "实际支出 text")
        ck.same("conflicting_values", [g2[2], det["合计"][3].rstrip("%"), fb["年度资金总额"][4].rstrip("%")], "执行率 text vs tables")
    g = ck.m(r"按规定结转至(\d{4})年使用")
    if g:
        ck.year(g[0], Y, "结转", later=True)
    g = ck.m(r"全年共受理送审项目(\d+)个，其中(\d+)个项目因资料不全退回建设单位，完成评审(\d+)个，完成年度目标的([\d.]+)%")
    if g:
        ck.total("sum_mismatch", [g[2], g[1]], g[0], "受理 = 完成 + 退回")
        ck.approx("completion_mismatch", D(g[2]) / num_of(t["rows"]["完成评审项目数量"]["t"]) * 100, g[3], "评审项目完成率")
        ck.same("conflicting_values", [g[2], num_of(actual(t, "完成评审项目数量"))], "完成评审项目")
    g = ck.m(r"随机抽取(\d+)个已出具报告的项目进行复核，发现差错(\d+)个，复核差错率([\d.]+)%")
    if g:
        ck.rate("rate_mismatch", g[1], g[0], g[2], "复核差错率")
        ck.same("conflicting_values", [g[2], num_of(actual(t, "评审复核差错率"))], "复核差错率")
    g = ck.m(r"完成评审的(\d+)个项目中，(\d+)个在规定时限内出具评审报告，按时出具率([\d.]+)%；其余(\d+)个")
    if g:
        ck.rate("rate_mismatch", g[1], g[0], g[2], "按时出具率")
        ck.total("sum_mismatch", [g[1], g[3]], g[0], "按时 + 超期")
        ck.same("conflicting_values", [g[2], num_of(actual(t, "评审报告按时出具率"))], "按时出具率")
        ck.same("conflicting_values", [g[0], num_of(actual(t, "完成评审项目数量"))], "完成评审项目 (时效)")
    g = ck.m(r"委托评审费用实际支出([\d.]+)万元")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "委托评审费用")), det["委托中介机构评审费"][2]], "委托评审费支出")
    g = ck.m(r"委托中介机构评审项目(\d+)个，平均每个项目评审费用约(\d+)元")
    if g:
        ck.approx("average_mismatch", D(det["委托中介机构评审费"][2]) * 10000 / D(g[0]), g[1], "平均每个项目评审费用（约）")
    g = ck.m(r"送审金额(\d+)万元（约([\d.]+)亿元），审定金额(\d+)万元，审减金额(\d+)万元，审减率([\d.]+)%")
    if g:
        ck.approx("unit_mismatch", D(g[0]) / 10000, g[1], "万元 → 亿元")
        ck.total("sum_mismatch", [g[2], g[3]], g[0], "送审 = 审定 + 审减")
        ck.rate("rate_mismatch", g[3], g[0], g[4], "审减率")
        ck.same("conflicting_values", [g[3], num_of(actual(t, "审减金额"))], "审减金额")
    g = ck.m(r"审减金额为年度目标的(\d+)%")
    if g:
        ck.approx("completion_mismatch", num_of(actual(t, "审减金额")) / num_of(t["rows"]["审减金额"]["t"]) * 100, g[0],
                  "审减金额 completion")
    g = ck.m(r"发放满意度调查问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%")
    if g:
        ck.rate("rate_mismatch", g[2], g[1], g[3], "满意度")
        ck.in_range(g[3], "满意度")
        ck.same("conflicting_values", [g[3], num_of(actual(t, "送审单位满意度"))], "满意度")
    g = ck.m(r"得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分，平均得分(\d+)分")
    if g:
        ck.approx("average_mismatch", sum(D(x) for x in g[:4]) / 4, g[4], "中介机构平均得分")
    g = ck.m(r"预算执行率得分([\d.]+)分，产出、效益、满意度指标合计得分([\d.]+)分，自评总分([\d.]+)分，评价等级为“(.)”")
    if g:
        ck.same("conflicting_values", [g[0], fb["年度资金总额"][5]], "执行率得分")
        ck.total("score_sum_mismatch", list(t["sub"].values()), g[1], "indicator subtotal (text)")
        ck.total("score_sum_mismatch", [g[0], g[1]], g[2], "total (text)")
        ck.same("conflicting_values", [g[2], t["total"][1]], "total text vs table")
        ck.grade(g[2], g[3], "grade")
    g = ck.m(r"完成评审项目(\d+)个，审减金额(\d+)万元，审减率([\d.]+)%。")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "完成评审项目数量"))], "总体目标 完成评审项目")
        ck.same("conflicting_values", [g[1], num_of(actual(t, "审减金额"))], "总体目标 审减金额")


def songyang(ck):
    Y = 2022
    t = check_tables(ck, {"layout": "tabs", "cols": ("t", "a", "w", "s"), "total_label": "总分",
                          "indicators": [("产出", ["代理机构监督检查家数", "政府采购业务培训", "评审专家随机抽取率",
                                                   "采购意向公开率", "投诉法定期限内办结率", "评审专家劳务及场地服务费"]),
                                         ("效益", ["政府采购资金节约率", "电子卖场预算单位使用覆盖率", "中小企业合同金额占比"]),
                                         ("满意度", ["采购人满意度"])]})
    if t is None:
        return
    fb = t["fb"]
    cells = t["cells"]
    items = ["政采云平台运维及CA证书服务费", "评审专家劳务及评审场地服务费", "代理机构监督评价第三方服务费", "政府采购业务培训及宣传费"]
    det = {k: row_after(ck, cells, k, 2) for k in items + ["合计"]}
    if None in det.values():
        return
    for col in range(2):
        ck.total("sum_mismatch", [det[k][col] for k in items], det["合计"][col], f"表1 column {col}")
    ck.same("conflicting_values", [det["合计"][0], fb["年度资金总额"][1]], "表1 合计 vs 全年预算")
    ck.same("conflicting_values", [det["合计"][1], fb["年度资金总额"][2]], "表1 合计 vs 全年执行数")
    ck.same("conflicting_values", [det["评审专家劳务及评审场地服务费"][1], num_of(actual(t, "评审专家劳务及场地服务费"))],
            "专家劳务费")
    g = ck.m(r"政府采购预算金额([\d,.]+)万元，实际采购金额([\d,.]+)万元，节约资金([\d,.]+)万元，资金节约率([\d.]+)%")
    if g:
        ck.total("sum_mismatch", [g[1], g[2]], g[0], "预算 = 实际 + 节约")
        ck.rate("rate_mismatch", g[2], g[0], g[3], "资金节约率")
        ck.same("conflicting_values", [g[3], num_of(actual(t, "政府采购资金节约率"))], "节约率")
        g2 = ck.m(r"授予中小企业合同金额([\d,.]+)万元，占比([\d.]+)%")
        if g2:
            ck.rate("rate_mismatch", g2[0], g[1], g2[1], "中小企业占比")
            ck.same("conflicting_values", [g2[1], num_of(actual(t, "中小企业合同金额占比"))], "中小企业占比")
    g = ck.m(r"全县政府采购资金节约率([\d.]+)%")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "政府采购资金节约率"))], "节约率 效益")
    g = ck.m(r"中小企业合同金额占比([\d.]+)%，政府采购")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "中小企业合同金额占比"))], "中小企业占比 效益")
    g = ck.m(r"年初预算安排政府采购监督管理专项经费([\d.]+)万元，加上年结转资金([\d.]+)万元（(\d{4})年[^）]*），全年预算([\d.]+)万元")
    if g:
        ck.total("sum_mismatch", [g[0], g[1]], g[3], "年初 + 结转")
        ck.year(g[2], Y - 1, "结转资金 origin")
        ck.same("conflicting_values", [g[0], fb["年度资金总额"][0], fb["其中：当年财政拨款"][1]], "年初预算")
        ck.same("conflicting_values", [g[1], fb["上年结转资金"][1]], "上年结转")
        ck.same("conflicting_values", [g[3], fb["年度资金总额"][1]], "全年预算")
    g = ck.m(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%；其中当年财政拨款支出([\d.]+)万元，执行率([\d.]+)%，上年结转资金([\d.]+)万元全部支出。结余([\d.]+)万元")
    if g:
        ck.rate("rate_mismatch", g[0], fb["年度资金总额"][1], g[1], "执行率 text")
        ck.rate("rate_mismatch", g[2], fb["其中：当年财政拨款"][1], g[3], "当年执行率 text")
        ck.total("sum_mismatch", [g[2], g[4]], g[0], "支出 = 当年 + 结转")
        ck.approx("balance_mismatch", D(fb["年度资金总额"][1]) - D(g[0]), g[5], "结余")
        ck.same("conflicting_values", [g[0], fb["年度资金总额"][2]], "支出")
        ck.same("conflicting_values", [g[1], fb["年度资金总额"][4].rstrip("%")], "执行率 text vs table")
        ck.same("conflicting_values", [g[3], fb["其中：当年财政拨款"][4].rstrip("%")], "当年执行率 text vs table")
        ck.same("conflicting_values", [g[2], fb["其中：当年财政拨款"][2]], "当年支出")
        ck.same("conflicting_values", [g[4], fb["上年结转资金"][2], fb["上年结转资金"][1]], "结转支出")
    g = ck.m(r"全年对在本县承接业务的(\d+)家政府采购代理机构开展监督检查，未达到年度目标(\d+)家")
    g2 = ck.m(r"完成代理机构检查(\d+)家、培训(\d+)次，资金节约率([\d.]+)%，采购人满意度([\d.]+)%")
    if g and g2:
        ck.same("conflicting_values", [g[0], g2[0], num_of(actual(t, "代理机构监督检查家数"))], "代理机构检查家数")
        ck.same("conflicting_values", [g[1], num_of(t["rows"]["代理机构监督检查家数"]["t"])], "代理机构目标")
        ck.same("conflicting_values", [g2[2], num_of(actual(t, "政府采购资金节约率"))], "总体目标 节约率")
        ck.same("conflicting_values", [g2[3], num_of(actual(t, "采购人满意度"))], "总体目标 满意度")
    g = ck.m(r"全年受理政府采购投诉(\d+)件，均在法定期限内办结，办结率(\d+)%")
    if g:
        ck.rate("rate_mismatch", g[0], g[0], g[1], "投诉办结率")
    g = ck.m(r"纳入电子卖场管理的预算单位(\d+)家，已开通并实际使用电子卖场的(\d+)家，覆盖率([\d.]+)%")
    if g:
        ck.rate("rate_mismatch", g[1], g[0], g[2], "覆盖率")
        ck.same("conflicting_values", [g[2], num_of(actual(t, "电子卖场预算单位使用覆盖率"))], "覆盖率")
    g = ck.m(r"评审专家劳务及场地服务费实际支出([\d.]+)万元")
    if g:
        ck.same("conflicting_values", [g[0], det["评审专家劳务及评审场地服务费"][1]], "专家劳务费 text")
    g = ck.m(r"发放满意度问卷(\d+)份，回收(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    if g:
        ck.rate("rate_mismatch", g[2], g[1], g[3], "采购人满意度")
        ck.in_range(g[3], "采购人满意度")
        ck.same("conflicting_values", [g[3], num_of(actual(t, "采购人满意度"))], "采购人满意度")
    g = ck.m(r"回收有效问卷(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    if g:
        ck.rate("rate_mismatch", g[1], g[0], g[2], "供应商满意度")
        ck.in_range(g[2], "供应商满意度")
        if D(g[1]) > D(g[0]):
            ck.fail("implausible_rate", "more satisfied answers than valid questionnaires")
    g = ck.m(r"预算执行率得分([\d.]+)分，产出、效益、满意度指标共扣([\d.]+)分，自评得分([\d.]+)分，自评等级为(..)")
    if g:
        ck.same("conflicting_values", [g[0], fb["年度资金总额"][5]], "执行率得分")
        ck.approx("score_sum_mismatch", 90 - sum(t["sub"].values()), g[1], "共扣")
        ck.approx("score_sum_mismatch", D(g[0]) + 90 - D(g[1]), g[2], "total (text)")
        ck.same("conflicting_values", [g[2], t["total"][1]], "total text vs table")
        ck.grade(g[2], g[3], "grade")


def yongfu(ck):
    Y = 2021
    t = check_tables(ck, {"layout": "pipes", "cols": ("t", "a", "c", "w", "s"), "total_label": "合计",
                          "indicators": [("产出", ["食品安全监督抽检批次", "食用农产品快检批次", "抽检样品覆盖食品大类",
                                                   "抽检信息按规定时限公布率", "平均每批次监督抽检费用"]),
                                         ("效益", ["不合格食品核查处置完成率", "监督抽检问题发现率", "辖区重大食品安全事故"]),
                                         ("满意度", ["群众食品安全满意度"])]})
    if t is None:
        return
    fb = t["fb"]
    g = ck.m(r"(\d{4})年12月，自治区财政提前下达(\d{4})年食品安全监管补助资金([\d.]+)万元，县本级年初预算安排配套资金([\d.]+)万元，年初预算合计([\d.]+)万元")
    if g:
        ck.year(g[0], Y - 1, "advance issued in December before the budget year")
        ck.year(g[1], Y, "advance for the budget year")
        ck.total("sum_mismatch", [g[2], g[3]], g[4], "年初预算")
        ck.same("conflicting_values", [g[4], fb["年度资金总额"][0]], "年初预算")
        adv, county = g[2], g[3]
    else:
        return
    g = ck.m(r"追加下达食品安全抽检补助资金([\d.]+)万元，全年预算([\d.]+)万元，其中自治区补助([\d.]+)万元、县级配套([\d.]+)万元")
    if g:
        ck.total("sum_mismatch", [fb["年度资金总额"][0], g[0]], g[1], "年初 + 追加")
        ck.total("sum_mismatch", [g[2], g[3]], g[1], "自治区 + 县级")
        ck.total("sum_mismatch", [adv, g[0]], g[2], "自治区 提前 + 追加")
        ck.same("conflicting_values", [g[3], county], "县级配套")
        ck.same("conflicting_values", [g[1], fb["年度资金总额"][1]], "全年预算")
        prov, cty = g[2], g[3]
    else:
        return
    g = ck.m(r"截至(\d{4})年12月31日，全年实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中自治区补助资金支出([\d.]+)万元，执行率([\d.]+)%；县级配套资金支出([\d.]+)万元，执行率(\d+)%")
    if g:
        ck.year(g[0], Y, "截至…12月31日")
        ck.rate("rate_mismatch", g[1], fb["年度资金总额"][1], g[2], "执行率 text")
        ck.rate("rate_mismatch", g[3], prov, g[4], "自治区执行率")
        ck.rate("rate_mismatch", g[5], cty, g[6], "县级执行率")
        ck.total("sum_mismatch", [g[3], g[5]], g[1], "支出 by source")
        ck.same("conflicting_values", [g[1], fb["年度资金总额"][2]], "支出")
        ck.same("conflicting_values", [g[2], fb["年度资金总额"][4].rstrip("%")], "执行率 text vs table")
    g = ck.m(r"委托检验检测费([\d.]+)万元、抽样及样品购置费([\d.]+)万元、快检耗材([\d.]+)万元，合计([\d.]+)万元")
    if g:
        ck.total("sum_mismatch", g[:3], g[3], "支出 by use")
        ck.same("conflicting_values", [g[3], fb["年度资金总额"][2]], "支出 by use total")
        g2 = ck.m(r"委托检验检测费与抽样购样费共计([\d.]+)万元，平均每批次监督抽检费用约(\d+)元")
        g3 = ck.m(r"全年完成食品安全监督抽检(\d+)批次，完成年度目标的([\d.]+)%")
        if g2 and g3:
            ck.total("sum_mismatch", g[:2], g2[0], "检验 + 抽样")
            ck.approx("average_mismatch", D(g2[0]) * 10000 / D(g3[0]), g2[1], "平均每批次费用（约）")
            ck.same("conflicting_values", [g2[1], num_of(actual(t, "平均每批次监督抽检费用"))], "每批次费用")
    g = ck.m(r"结余([\d.]+)万元，为第四季度[^，]*，待复检结论确认后支付，已结转至(\d{4})年使用")
    if g:
        ck.approx("balance_mismatch", D(fb["年度资金总额"][1]) - D(fb["年度资金总额"][2]), g[0], "结余 = 预算 − 支出")
        ck.year(g[1], Y, "结转", later=True)
    g = ck.m(r"全年完成食品安全监督抽检(\d+)批次，完成年度目标的([\d.]+)%")
    if g:
        ck.approx("completion_mismatch", D(g[0]) / num_of(t["rows"]["食品安全监督抽检批次"]["t"]) * 100, g[1], "抽检完成率")
        ck.same("conflicting_values", [g[0], num_of(actual(t, "食品安全监督抽检批次"))], "抽检批次")
        g2 = ck.m(r"分别完成监督抽检(\d+)批次、(\d+)批次、(\d+)批次、(\d+)批次，季均([\d.]+)批次")
        if g2:
            ck.total("sum_mismatch", g2[:4], g[0], "quarters")
            ck.approx("average_mismatch", sum(D(x) for x in g2[:4]) / 4, g2[4], "季均")
    g = ck.m(r"完成食用农产品快检(\d+)批次，完成率([\d.]+)%")
    if g:
        ck.approx("completion_mismatch", D(g[0]) / num_of(t["rows"]["食用农产品快检批次"]["t"]) * 100, g[1], "快检完成率")
        ck.same("conflicting_values", [g[0], num_of(actual(t, "食用农产品快检批次"))], "快检批次")
    g = ck.m(r"等(\d+)个食品大类")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "抽检样品覆盖食品大类"))], "食品大类")
    g = ck.m(r"发现不合格样品(\d+)批次，问题发现率([\d.]+)%。已完成核查处置(\d+)批次，核查处置完成率([\d.]+)%")
    g3 = ck.m(r"全年完成食品安全监督抽检(\d+)批次")
    if g and g3:
        ck.rate("rate_mismatch", g[0], g3[0], g[1], "问题发现率")
        ck.rate("rate_mismatch", g[2], g[0], g[3], "核查处置完成率")
        ck.same("conflicting_values", [g[1], num_of(actual(t, "监督抽检问题发现率"))], "问题发现率")
        ck.same("conflicting_values", [g[3], num_of(actual(t, "不合格食品核查处置完成率"))], "处置完成率")
    g = ck.m(r"发放问卷(\d+)份，回收(\d+)份，满意(\d+)份，群众食品安全满意度([\d.]+)%")
    if g:
        ck.rate("rate_mismatch", g[2], g[1], g[3], "满意度")
        ck.in_range(g[3], "满意度")
        ck.same("conflicting_values", [g[3], num_of(actual(t, "群众食品安全满意度"))], "满意度")
    g = ck.m(r"本项目总得分([\d.]+)分，评价等级为“(.)”")
    if g:
        ck.same("conflicting_values", [g[0], t["total"][1]], "total text vs table")
        ck.grade(g[0], g[1], "grade")
    g = ck.m(r"完成监督抽检(\d+)批次、快检(\d+)批次，核查处置不合格食品(\d+)批次")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "食品安全监督抽检批次"))], "总体目标 抽检")
        ck.same("conflicting_values", [g[1], num_of(actual(t, "食用农产品快检批次"))], "总体目标 快检")


def qishan(ck):
    Y = 2024
    t = check_tables(ck, {"layout": "lines", "cols": ("t", "a", "w", "s"), "total_label": "总分",
                          "indicators": [("产出", ["办结行政处罚案件", "特种设备监督检查", "新增配备执法记录仪",
                                                   "行政处罚案件法制审核率", "投诉举报按时办结率", "价格巡查单次平均成本"]),
                                         ("效益", ["重点商品价格异常波动预警处置率", "为消费者挽回经济损失", "执法规范化水平"]),
                                         ("满意度", ["群众满意度"])]})
    if t is None:
        return
    fb = t["fb"]
    cells = t["cells"]
    tb = {k: row_after(ck, cells, k, 1) for k in ("年初预算", "全年预算", "实际到位", "实际支出", "资金结余", "预算执行率")}
    if None in tb.values():
        return
    tb = {k: v[0] for k, v in tb.items()}
    ck.approx("balance_mismatch", D(tb["实际到位"]) - D(tb["实际支出"]), tb["资金结余"], "表1 结余")
    ck.rate("rate_mismatch", tb["实际支出"], tb["全年预算"], tb["预算执行率"].rstrip("%"), "表1 执行率")
    ck.same("conflicting_values", [tb["年初预算"], fb["年度资金总额"][0]], "年初预算")
    ck.same("conflicting_values", [tb["全年预算"], fb["年度资金总额"][1]], "全年预算")
    ck.same("conflicting_values", [tb["实际支出"], fb["年度资金总额"][2]], "支出")
    ck.same("conflicting_values", [tb["预算执行率"].rstrip("%"), fb["年度资金总额"][4].rstrip("%")], "执行率 表1 vs 自评表")
    g = ck.m(r"年初预算安排市场监管综合执法专项经费([\d.]+)万元")
    if g:
        ck.same("conflicting_values", [g[0], tb["年初预算"]], "年初预算 text")
    g = ck.m(r"调减([\d.]+)万元，全年预算([\d.]+)万元，其中执法办案经费([\d.]+)万元、执法装备购置([\d.]+)万元、价格监督检查及投诉举报处置([\d.]+)万元")
    if g:
        ck.approx("sum_mismatch", D(tb["年初预算"]) - D(g[0]), g[1], "年初 − 调减")
        ck.total("sum_mismatch", g[2:5], g[1], "budget parts")
        ck.same("conflicting_values", [g[1], tb["全年预算"]], "全年预算 text")
    g = ck.m(r"全年预算资金([\d.]+)万元全部到位，到位率(\d+)%。全年实际支出([\d.]+)万元，其中执法办案经费([\d.]+)万元、执法装备购置([\d.]+)万元、价格监督检查及投诉举报处置([\d.]+)万元")
    if g:
        ck.rate("rate_mismatch", tb["实际到位"], g[0], g[1], "到位率")
        ck.total("sum_mismatch", g[3:6], g[2], "spending parts")
        ck.same("conflicting_values", [g[2], tb["实际支出"]], "支出 text")
        price_spent = g[5]
    else:
        return
    g = ck.m(r"第二批(\d+)台因政府采购流程调整延至(\d{4})年实施")
    if g:
        ck.total("sum_mismatch", [num_of(actual(t, "新增配备执法记录仪")), g[0]],
                 num_of(t["rows"]["新增配备执法记录仪"]["t"]), "记录仪 两批")
        ck.year(g[1], Y, "deferred purchase", later=True)
    g = ck.m(r"全年办结行政处罚案件(\d+)件")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "办结行政处罚案件"))], "办结案件")
    g = ck.m(r"特种设备监督检查(\d+)台次，完成年度目标的([\d.]+)%")
    if g:
        ck.approx("completion_mismatch", D(g[0]) / num_of(t["rows"]["特种设备监督检查"]["t"]) * 100, g[1], "特种设备完成率")
        ck.same("conflicting_values", [g[0], num_of(actual(t, "特种设备监督检查"))], "特种设备")
    g = ck.m(r"新增配备执法记录仪(\d+)台，完成目标的([\d.]+)%")
    if g:
        ck.approx("completion_mismatch", D(g[0]) / num_of(t["rows"]["新增配备执法记录仪"]["t"]) * 100, g[1], "记录仪完成率")
        ck.same("conflicting_values", [g[0], num_of(actual(t, "新增配备执法记录仪"))], "记录仪")
    g = ck.m(r"受理投诉举报(\d+)件，按时办结(\d+)件，按时办结率([\d.]+)%")
    if g:
        ck.rate("rate_mismatch", g[1], g[0], g[2], "按时办结率")
        ck.same("conflicting_values", [g[2], num_of(actual(t, "投诉举报按时办结率"))], "按时办结率")
    g = ck.m(r"开展重点商品价格巡查(\d+)次，价格监督检查及投诉举报处置支出([\d.]+)万元，单次平均成本约(\d+)元")
    if g:
        ck.same("conflicting_values", [g[1], price_spent], "价格 支出")
        ck.approx("average_mismatch", D(g[1]) * 10000 / D(g[0]), g[2], "单次平均成本（约）")
        ck.same("conflicting_values", [g[2], num_of(actual(t, "价格巡查单次平均成本"))], "单次平均成本")
    g = ck.m(r"新购置的(\d+)台执法记录仪已全部配发至(\d+)个基层市场监管所，每所(\d+)台")
    if g:
        ck.approx("sum_mismatch", D(g[1]) * D(g[2]), g[0], "所 × 台")
        ck.same("conflicting_values", [g[0], num_of(actual(t, "新增配备执法记录仪"))], "记录仪 配发")
    g = ck.m(r"挽回经济损失([\d.]+)万元，未达到(\d+)万元的目标")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "为消费者挽回经济损失"))], "挽回损失")
    g = ck.m(r"发放群众满意度问卷(\d+)份，回收(\d+)份，满意(\d+)份，满意度(\d+)%")
    if g:
        ck.rate("rate_mismatch", g[2], g[1], g[3], "满意度")
        ck.in_range(g[3], "满意度")
        ck.same("conflicting_values", [g[3], num_of(actual(t, "群众满意度"))], "满意度")
    g = ck.m(r"本项目预算执行率得分([\d.]+)分，自评得分([\d.]+)分，评价等级为“(.)”")
    if g:
        ck.same("conflicting_values", [g[0], fb["年度资金总额"][5]], "执行率得分")
        ck.same("conflicting_values", [g[1], t["total"][1]], "total text vs table")
        ck.grade(g[1], g[2], "grade")
    g = ck.m(r"预算执行率仅为([\d.]+)%")
    if g:
        ck.same("conflicting_values", [g[0], tb["预算执行率"].rstrip("%")], "执行率 问题")
    g = ck.m(r"本项目(\d{4})年度自评得分([\d.]+)分，评价等级为“(.)”")
    if g:
        ck.year(g[0], Y - 1, "last year's score")
        ck.grade(g[1], g[2], "last year's grade")


def xifeng(ck):
    Y = 2020
    t = check_tables(ck, {"layout": "tabs", "cols": ("t", "a", "w", "s"), "total_label": "总分",
                          "indicators": [("产出", ["价格监测定点单位", "上报价格监测报表", "农产品成本调查户",
                                                   "监测数据上报准确率", "报表按时上报率", "定点监测单位补助标准"]),
                                         ("效益", ["编发价格监测分析报告", "重要民生商品价格异常波动及时报告率", "价格监测预警机制"]),
                                         ("满意度", ["监测点及调查户满意度"])]})
    if t is None:
        return
    fb = t["fb"]
    cells = t["cells"]
    items = ["价格监测定点单位补助", "农产品成本调查户补贴", "价格监测信息系统运维费", "疫情期间价格日报监测补助", "采价调查及培训等工作经费"]
    det = {k: row_after(ck, cells, k, 3) for k in items + ["合计"]}
    if None in det.values():
        return
    for col in range(2):
        ck.total("sum_mismatch", [det[k][col] for k in items], det["合计"][col], f"表1 column {col}")
    ck.same("conflicting_values", [det["合计"][0], fb["年度资金总额"][1]], "表1 合计 vs 全年预算")
    ck.same("conflicting_values", [det["合计"][1], fb["年度资金总额"][2]], "表1 合计 vs 执行数")
    for k in items[:2]:
        mm = re.match(r"(\d+)(家|户)×(\d+)元/\2", det[k][2])
        if not mm:
            ck.fail("missing", f"note of {k}")
            continue
        ck.approx("sum_mismatch", D(mm.group(1)) * D(mm.group(3)) / 10000, det[k][0], f"{k} 人数 × 标准")
        ck.same("conflicting_values", [det[k][0], det[k][1]], f"{k} 全额发放")
    g = ck.m(r"全县设价格监测定点单位(\d+)家")
    g2 = ck.m(r"设农产品成本调查户(\d+)户")
    if g and g2:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "价格监测定点单位"))], "定点单位")
        ck.same("conflicting_values", [g2[0], num_of(actual(t, "农产品成本调查户"))], "调查户")
        g3 = ck.m(r"向(\d+)家定点单位和(\d+)户调查户发放满意度问卷(\d+)份，回收(\d+)份，满意(\d+)份，满意度([\d.]+)%")
        if g3:
            ck.same("conflicting_values", [g3[0], g[0]], "满意度 定点单位")
            ck.same("conflicting_values", [g3[1], g2[0]], "满意度 调查户")
            ck.total("sum_mismatch", g3[:2], g3[2], "问卷 = 单位 + 户")
            ck.rate("rate_mismatch", g3[4], g3[3], g3[5], "满意度")
            ck.in_range(g3[5], "满意度")
            ck.same("conflicting_values", [g3[5], num_of(actual(t, "监测点及调查户满意度"))], "满意度")
    g = ck.m(r"年初预算安排价格监测专项经费([\d.]+)万元")
    if g:
        ck.same("conflicting_values", [g[0], fb["年度资金总额"][0]], "年初预算")
    g = ck.m(r"追加([\d.]+)万元，全年预算([\d.]+)万元，全部为县级财政拨款，无上年结转资金")
    if g:
        ck.total("sum_mismatch", [fb["年度资金总额"][0], g[0]], g[1], "年初 + 追加")
        ck.same("conflicting_values", [g[0], det["疫情期间价格日报监测补助"][0]], "追加 = 日报监测补助")
        ck.same("conflicting_values", [g[1], fb["年度资金总额"][1]], "全年预算")
        ck.same("conflicting_values", ["0", fb["上年结转资金"][1]], "无上年结转")
    g = ck.m(r"全年预算资金([\d.]+)万元全部到位。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    if g:
        ck.rate("rate_mismatch", g[1], g[0], g[2], "执行率 text")
        ck.approx("balance_mismatch", D(g[0]) - D(g[1]), g[3], "结余 = 到位 − 支出")
        ck.approx("balance_mismatch", D(det["采价调查及培训等工作经费"][0]) - D(det["采价调查及培训等工作经费"][1]), g[3],
                  "结余 = 工作经费结余")
        ck.same("conflicting_values", [g[1], fb["年度资金总额"][2]], "支出")
        ck.same("conflicting_values", [g[2], fb["年度资金总额"][4].rstrip("%")], "执行率 text vs table")
    g = ck.m(r"其中定点单位补助和调查户补贴共([\d.]+)万元，占实际支出的([\d.]+)%")
    if g:
        ck.total("sum_mismatch", [det["价格监测定点单位补助"][1], det["农产品成本调查户补贴"][1]], g[0], "补助 + 补贴")
        ck.rate("rate_mismatch", g[0], det["合计"][1], g[1], "补助补贴占比")
    g = ck.m(r"全年上报价格监测报表(\d+)份，完成年度目标的([\d.]+)%")
    if g:
        ck.approx("completion_mismatch", D(g[0]) / num_of(t["rows"]["上报价格监测报表"]["t"]) * 100, g[1], "报表完成率")
        ck.same("conflicting_values", [g[0], num_of(actual(t, "上报价格监测报表"))], "报表份数")
        g2 = ck.m(r"按时上报(\d+)份，按时上报率([\d.]+)%")
        if g2:
            ck.rate("rate_mismatch", g2[0], g[0], g2[1], "按时上报率")
            ck.same("conflicting_values", [g2[1], num_of(actual(t, "报表按时上报率"))], "按时上报率")
    g = ck.m(r"全年报表数据准确率([\d.]+)%")
    if g:
        ck.same("conflicting_values", [g[0], num_of(actual(t, "监测数据上报准确率"))], "准确率")
    g = ck.m(r"按每家(\d+)元标准发放，共([\d.]+)万元")
    if g:
        ck.same("conflicting_values", [g[1], det["价格监测定点单位补助"][1]], "定点单位补助")
        ck.same("conflicting_values", [g[0], num_of(actual(t, "定点监测单位补助标准"))], "补助标准")
    g = ck.m(r"全年编发价格监测分析报告(\d+)期")
    g2 = ck.m(r"上报报表(\d+)份，编发分析报告(\d+)期")
    if g and g2:
        ck.same("conflicting_values", [g[0], g2[1], num_of(actual(t, "编发价格监测分析报告"))], "分析报告期数")
        ck.same("conflicting_values", [g2[0], num_of(actual(t, "上报价格监测报表"))], "总体目标 报表")
    g = ck.m(r"其中预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总得分([\d.]+)分，评价等级为“(..)”")
    if g:
        ck.same("conflicting_values", [g[0], fb["年度资金总额"][5]], "执行率得分")
        for val, key in ((g[1], "产出"), (g[2], "效益"), (g[3], "满意度")):
            ck.approx("score_sum_mismatch", t["sub"][key], val, f"{key} subtotal (text)")
        ck.total("score_sum_mismatch", g[:4], g[4], "total (text)")
        ck.same("conflicting_values", [g[4], t["total"][1]], "total text vs table")
        ck.grade(g[4], g[5], "grade")
    g = ck.m(r"本项目(\d{4})年度自评得分([\d.]+)分")
    if g:
        ck.year(g[0], Y - 1, "last year's score")


CHECKS = {
    "xihua-pingshen-2019": xihua,
    "songyang-govprocure-2022": songyang,
    "yongfu-foodsampling-2021": yongfu,
    "qishan-scjgzf-2024": qishan,
    "xifeng-pricemonitor-2020": xifeng,
}


def run_checks(pid, text):
    ck = Checker(pid, text)
    CHECKS[pid](ck)
    return ck


# ----------------------------------------------------------------------------------------------
def changed_region(a, b):
    """(start, end_in_a, end_in_b) of the single region where a and b differ."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    listed = set(os.listdir(CASES))
    if listed != set(texts):
        problems.append(f"case files and labels differ: {sorted(listed ^ set(texts))}")
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")

    # 1. set shape
    counts = {c: 0 for c in CODES}
    where = {"text": 0, "table": 0}
    for (proj, n, code, wh, old, new, value, expl) in EDITS:
        counts[code] = counts.get(code, 0) + 1
        where[wh] += 1
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} labelled {counts[c]} times")
    if abs(where["text"] - where["table"]) > 4:
        problems.append(f"errors in text {where['text']}, in tables {where['table']}")
    for pid in PROJECTS:
        n = len(texts[f"{pid}-clean.txt"])
        if not 3000 <= n <= 5000:
            problems.append(f"{pid}: clean draft has {n} characters")
        if sum(1 for e in EDITS if e[0] == pid) != 6:
            problems.append(f"{pid}: not six edits")
    # 2. labels and diffs
    for rec in labels:
        text = texts[rec["case"]]
        clean = texts[f"{rec['source']}-clean.txt"]
        if rec["clean"]:
            if rec["expected"] or text != clean:
                problems.append(f"{rec['case']}: clean case with labels or changes")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: {len(rec['expected'])} labels")
            continue
        exp = rec["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity")
        value = exp["value"]
        if value not in text:
            problems.append(f"{rec['case']}: value {value!r} not in case")
        if value in clean:
            problems.append(f"{rec['case']}: value {value!r} already in the clean draft")
        a0, a1, b1 = changed_region(clean, text)
        if a0 == len(clean) and b1 == len(text):
            problems.append(f"{rec['case']}: identical to the clean draft")
        if b1 - a0 > 120 or a1 - a0 > 120:
            problems.append(f"{rec['case']}: changed region too long ({a0}..{b1})")
        sm = difflib.SequenceMatcher(None, clean, text, autojunk=False)
        hunks = [op for op in sm.get_opcodes() if op[0] != "equal"]
        first, last = hunks[0], hunks[-1]
        if last[4] - first[3] > 120:
            problems.append(f"{rec['case']}: changes spread over {last[4] - first[3]} characters")
        occ = [i for i in range(len(text)) if text.startswith(value, i)]
        if not any(i < b1 and a0 < i + len(value) or (b1 == a0 and i <= a0 <= i + len(value)) for i in occ):
            problems.append(f"{rec['case']}: value does not overlap the change at {a0}..{b1}")
    # 3. arithmetic of the clean drafts
    total_checks = 0
    for pid in PROJECTS:
        ck = run_checks(pid, texts[f"{pid}-clean.txt"])
        total_checks += ck.n
        for tag, msg in ck.fails:
            problems.append(f"{pid}-clean: [{tag}] {msg}")
    # 4. self-test on the error cases
    for rec in labels:
        if rec["clean"]:
            continue
        ck = run_checks(rec["source"], texts[rec["case"]])
        tags = {tag for tag, _ in ck.fails} - IGNORED_IN_SELFTEST
        code = rec["expected"][0]["code"]
        if tags != {code}:
            problems.append(f"{rec['case']}: checks fail with {sorted(tags)} ({ck.fails}), label {code}")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        print(f"{len(problems)} problems")
        sys.exit(1)
    print(f"{len(labels)} cases, {total_checks} arithmetic checks on the clean drafts, "
          f"{len(labels) - len(PROJECTS)} error cases each caught by exactly its labelled code")
    print("OK")


if __name__ == "__main__":
    main()
