#!/usr/bin/env python3
"""Verify drafts231.

1. labels.jsonl: one line per case file, clean cases have no expectations, every label value occurs
   (exactly once) in its case, codes come from errors.md §A, each of the 13 codes occurs at least twice.
2. every error case differs from its clean draft in one place (one contiguous window of at most
   120 characters), and that window overlaps the occurrence of the label value.
3. the arithmetic of every clean draft is redone from its own figures: each figure is read from an
   anchor (an exact substring of the draft), then rates, sums, balances, weights, scores, totals,
   grades, averages, completion rates, repeated values, units and years are recomputed with the
   tolerance of rules.md §8 (the stated number's decimals, ROUND_HALF_UP).
4. the same checks run on every error case must fail at least once (the injection really breaks
   something).

Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WINDOW = 120

# ------------------------------------------------------------------ helpers


class Missing(Exception):
    pass


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def num(tok):
    m = NUM.search(tok.replace(",", ""))
    if not m:
        raise ValueError(f"no number in {tok!r}")
    return D(m.group())


def decimals(tok):
    m = NUM.search(tok.replace(",", ""))
    s = m.group()
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated_tok):
    """rules.md §8: consistent iff |c - v| <= 0.5 * 10^-d."""
    v = num(stated_tok)
    tol = D(5) * D(10) ** (-(decimals(stated_tok) + 1)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


NUMG = re.compile(r"\d+(?:\.\d+)?")


def pattern(anchor):
    """the anchor as a regex in which every number may differ (so an edited figure is read, not missed)"""
    parts = NUMG.split(anchor)
    nums = NUMG.findall(anchor)
    rx = ""
    for i, lit in enumerate(parts):
        rx += re.escape(lit)
        if i < len(nums):
            rx += r"(\d+(?:\.\d+)?)"
    return re.compile(rx)


class Doc:
    def __init__(self, text):
        self.text = text
        self.results = []
        self._cache = {}

    def a(self, anchor):
        """literal presence"""
        if anchor not in self.text:
            raise Missing(anchor)
        return anchor

    def match(self, anchor):
        if anchor not in self._cache:
            found = list(pattern(anchor).finditer(self.text))
            if len(found) > 1:
                self.results.append((f"anchor is ambiguous ({len(found)} places): {anchor[:40]!r}", False))
            self._cache[anchor] = found[0] if found else None
        m = self._cache[anchor]
        if m is None:
            raise Missing(anchor)
        return m

    def t(self, anchor, token):
        """the token as it reads in this document at the place of the anchor"""
        m = self.match(anchor)
        if token.startswith("#"):          # "#k": the k-th number of the anchor (negative from the end)
            return m.groups()[int(token[1:])]
        spans = [x.span() for x in NUMG.finditer(anchor)]
        tm = NUMG.search(token)
        rs, re_ = tm.span()
        pos = anchor.find(token)
        while pos >= 0:
            if (pos + rs, pos + re_) in spans:
                k = spans.index((pos + rs, pos + re_))
                return token[:rs] + m.group(k + 1) + token[re_:]
            pos = anchor.find(token, pos + 1)
        raise ValueError(f"token {token!r} is not a number of anchor {anchor!r}")

    def v(self, anchor, token):
        return num(self.t(anchor, token))

    def check(self, desc, fn):
        try:
            ok = bool(fn())
        except Missing as exc:
            ok, desc = False, f"{desc} [anchor missing: {str(exc)[:40]!r}]"
        self.results.append((desc, ok))

    # --- primitives: every figure is a reference (anchor, token) read from the document
    def rate(self, desc, n, d, stated):
        self.check(desc, lambda: close(self.v(*n) / self.v(*d) * 100, self.t(*stated)))

    def sum_(self, desc, parts, stated):
        self.check(desc, lambda: close(sum(self.v(*p) for p in parts), self.t(*stated)))

    def diff(self, desc, a, b, stated):
        self.check(desc, lambda: close(self.v(*a) - self.v(*b), self.t(*stated)))

    def same(self, desc, a, b):
        self.check(desc, lambda: self.v(*a) == self.v(*b))

    def mean(self, desc, items, stated):
        self.check(desc, lambda: close(sum(self.v(*i) for i in items) / len(items), self.t(*stated)))

    def present(self, desc, *anchors):
        self.check(desc, lambda: all(self.a(x) for x in anchors))

    def indicators(self, sep, rows, total, prose_total, grade_anchor, grade_label):
        """rows: (cells, w_idx, s_idx, t_idx, a_idx, c_idx or None, direction); cells are read back
        from the document, so an edited weight, score or completion is what gets checked."""
        wsum, ssum = D(0), D(0)
        for cells, wi, si, ti, ai, ci, direction in rows:
            anchor = sep.join(cells)
            name = next((c.strip() for c in cells if c.strip() and not c.strip().endswith("指标")), "?")
            try:
                got = self.match(anchor).group(0).split(sep)
            except Missing:
                self.check(f"row {name}: present", lambda anchor=anchor: self.a(anchor))
                continue
            cells = [c.strip() for c in got]
            w, s = num(cells[wi]), num(cells[si])
            wsum += w
            ssum += s
            self.check(f"row {name}: 0 <= score {cells[si]} <= weight {cells[wi]}", lambda w=w, s=s: 0 <= s <= w)
            comp, score = row_rule(cells[ti], cells[ai], w, direction)
            if score is not None:
                self.check(f"row {name}: score {cells[si]} follows from {cells[ti]} / {cells[ai]}",
                           lambda score=score, st=cells[si]: close(score, st))
            if ci is not None:
                self.check(f"row {name}: completion {cells[ci]} = {comp:.4f}",
                           lambda comp=comp, st=cells[ci]: close(comp, st))
            if direction not in ("qual", "date"):
                self.check(f"row {name}: target {cells[ti]} and actual {cells[ai]} in the same unit",
                           lambda t=cells[ti], ac=cells[ai]: unit_of(t) == unit_of(ac))
        self.check(f"weights sum to 100 (got {wsum})", lambda: wsum == 100)
        self.check(f"scores sum to the table total (got {ssum})", lambda: close(ssum, self.t(*total)))
        self.check("text total equals table total", lambda: self.v(*total) == self.v(*prose_total))
        self.check(f"grade {grade_label} fits the total",
                   lambda: self.a(grade_anchor) and grade(self.v(*total)) == grade_label)


UNIT = re.compile(r"[\d.]+\s*(.*)$")


def unit_of(tok):
    tok = tok.strip().lstrip("≥≤=＞＜<> ")
    m = UNIT.match(tok)
    return m.group(1).strip() if m else tok


def row_rule(target, actual, w, direction):
    """(completion %, score) by rules.md §5; score None for qualitative rows."""
    if direction == "qual":
        return D(100), None
    if direction == "date":
        t = tuple(int(x) for x in re.findall(r"\d+", target))
        a = tuple(int(x) for x in re.findall(r"\d+", actual))
        return (D(100), w) if a <= t else (D(0), D(0))
    T, A = num(target), num(actual)
    if direction in ("gte", "eq"):
        comp = A / T * 100
        score = w if A >= T else w * A / T
    elif direction == "lte":
        comp = D(100) if A <= T else T / A * 100
        score = w if A <= T else w * T / A
    else:
        raise ValueError(direction)
    return comp, score


def years(doc, year, carried=True):
    t = doc.text
    for m in re.finditer(r"对(\d{4})年度", t):
        doc.check(f"evaluated year {m.group(1)} = {year}", lambda y=m.group(1): int(y) == year)
    for m in re.finditer(r"结转至(\d{4})年", t):
        doc.check(f"carry-over to {m.group(1)} = {year + 1}", lambda y=m.group(1): int(y) == year + 1)
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        doc.check(f"as of {m.group(1)}-12-31 = {year}", lambda y=m.group(1): int(y) == year)
    doc.check(f"opening names {year}", lambda: f"{year}年" in t[:400])
    doc.check("no other evaluation year in the opening",
              lambda: all(int(y) in (year, year + 1) for y in re.findall(r"(\d{4})年度", t[:400])))


def zero_base(doc):
    """funds rows whose 全年预算 is 0 or — must not print a rate (rules.md §5)."""
    for line in doc.text.splitlines():
        cells = [c for c in re.split(r"[\t ]+", line.strip()) if c]
        if cells and cells[0] in ("上年结转资金", "其他资金") and len(cells) >= 6:
            annual = cells[2]
            if annual in ("—", "0.00", "0"):
                doc.check(f"{cells[0]}: no rate on a zero base", lambda c=cells: not any("%" in x for x in c))


def satisfaction_range(doc):
    for m in re.finditer(r"满意[度率](?:调查)?[^0-9%。；]{0,8}?(\d+(?:\.\d+)?)%", doc.text):
        doc.check(f"satisfaction {m.group(1)}% within 0..100", lambda v=m.group(1): 0 <= D(v) <= 100)


def money_units(doc, lo, hi):
    """every 万元 amount of the document lies in a plausible range for this project (unit slips)."""
    for m in re.finditer(r"(\d+(?:\.\d+)?)万元", doc.text):
        doc.check(f"amount {m.group(0)} plausible", lambda v=m.group(1): D(lo) <= D(v) <= D(hi))


def flat(cells):
    return "\n".join("\t" + c for c in cells)


# ------------------------------------------------------------------ project checks

def beian(doc):
    F = flat
    r1 = F(["年初预算资金", "(1)", "45.00", "45.00", "", "", "", "45.00", "", ""])
    r2 = F(["全年预算资金", "(2)", "60.00", "60.00", "", "15.00", "", "45.00", "", ""])
    r3 = F(["实际到位资金", "(3)", "60.00", "60.00", "", "15.00", "", "45.00", "", ""])
    r4 = F(["全年执行资金", "(4)", "57.36", "57.36", "", "15.00", "", "42.36", "", ""])
    r5 = F(["预算到位率(%)", "(5)=(3)/(2)", "100", "100", "0", "100", "0", "100", "0", "0"])
    r6 = F(["预算执行率(%)", "(6)=(4)/(2)", "95.60", "95.60", "0", "100", "0", "94.13", "0", "0"])
    doc.same("(1) 总金额 = 小计 = 县(市)级", (r1, "\t45.00\n\t45.00"), (r1, "\t45.00\n\t\n\t\n\t\n\t45.00"))
    for r, tot, sub, prov, cnty in ((r2, "\t60.00\n\t60.00", "\t60.00\n\t\n", "\t15.00", "\t45.00"),
                                    (r3, "\t60.00\n\t60.00", "\t60.00\n\t\n", "\t15.00", "\t45.00"),
                                    (r4, "\t57.36\n\t57.36", "\t57.36\n\t\n", "\t15.00", "\t42.36")):
        doc.sum_(f"funds {r.split()[0]}: 小计 = 省级 + 县(市)级", [(r, prov), (r, cnty)], (r, sub))
        doc.same(f"funds {r.split()[0]}: 总金额 = 小计", (r, tot), (r, sub))
    doc.rate("(5) 到位率 total", (r3, "\t60.00\n\t60.00"), (r2, "\t60.00\n\t60.00"), (r5, "\t100\n\t100\n\t0"))
    doc.rate("(5) 到位率 省级", (r3, "\t15.00"), (r2, "\t15.00"), (r5, "\t100\n\t0\n\t100\n\t0\n\t0"))
    doc.rate("(5) 到位率 县(市)级", (r3, "\t45.00"), (r2, "\t45.00"), (r5, "\t100\n\t0\n\t0"))
    doc.rate("(6) 执行率 total", (r4, "\t57.36\n\t57.36"), (r2, "\t60.00\n\t60.00"), (r6, "\t95.60\n\t95.60"))
    doc.rate("(6) 执行率 省级", (r4, "\t15.00"), (r2, "\t15.00"), (r6, "\t100\n\t0\n\t94.13"))
    doc.rate("(6) 执行率 县(市)级", (r4, "\t42.36"), (r2, "\t45.00"), (r6, "\t94.13"))
    p = "年初市本级财政安排项目资金45.00万元；7月省农业农村厅追加下达耕地质量提升资金15.00万元，调整后全年预算60.00万元"
    doc.sum_("年初 + 追加 = 全年预算", [(p, "45.00"), (p, "15.00")], (p, "60.00"))
    doc.same("prose 全年预算 = table (2)", (p, "60.00"), (r2, "\t60.00\n\t60.00"))
    p2 = "全年执行57.36万元，其中调查点位采样检测费46.00万元、长期定位监测点维护及化验费11.36万元，预算执行率95.60%"
    doc.sum_("执行 = 采样检测费 + 维护化验费", [(p2, "46.00"), (p2, "11.36")], (p2, "57.36"))
    doc.rate("prose 执行率", (p2, "57.36"), (p, "60.00"), (p2, "95.60%"))
    doc.same("prose 执行数 = table (4)", (p2, "57.36"), (r4, "\t57.36\n\t57.36"))
    doc.rate("prose 到位率", (r3, "\t60.00\n\t60.00"), (p, "60.00"), ("资金全部到位，到位率100%", "100%"))
    b = "年末结余2.64万元"
    doc.diff("结余 = 到位 - 执行", (r3, "\t60.00\n\t60.00"), (p2, "57.36"), (b, "2.64"))
    n400 = "完成耕地质量等级调查采样点位400个，较计划少20个。采样检测费按每个点位1150元结算"
    doc.check("400 点 × 1150元 = 46.00万元", lambda: close(doc.v(n400, "400") * doc.v(n400, "1150") / 10000, doc.t(p2, "46.00")))
    doc.check("420 planned - 400 done = 20", lambda: doc.v("布设耕地质量等级调查采样点位420个", "420") - doc.v(n400, "400") == doc.v(n400, "20"))
    m48 = "全市48个耕地质量长期定位监测点（国家级3个、省级12个、市级33个）"
    doc.sum_("监测点 3 + 12 + 33 = 48", [(m48, "3"), (m48, "12"), (m48, "33")], (m48, "48"))
    sat = "收回有效问卷200份，表示满意的176份，满意度88%"
    doc.rate("满意度 176/200", (sat, "176"), (sat, "200"), (sat, "88%"))
    g = "全市耕地质量平均等级3.42等，比2020年的3.46等提高0.04个等级"
    doc.diff("等级 3.46 → 3.42 提高0.04", (g, "3.46"), (g, "3.42"), (g, "0.04"))
    rows = [
        (["预算执行指标", "预算执行指标", "预算执行率", "10", "100%", "95.60%", "95.60%", "9.56", "市本级资金结余已结转下年使用"], "gte"),
        (["产出指标", "数量指标", "长期定位监测点维护数量", "10", "≥48个", "48个", "100.00%", "10", ""], "gte"),
        (["", "数量指标", "耕地质量等级调查采样点位", "10", "≥420个", "400个", "95.24%", "9.52", "秋收推迟、土壤封冻，20个点位未能采样"], "gte"),
        (["", "质量指标", "土壤样品检测结果合格率", "10", "≥95%", "98.6%", "103.79%", "10", ""], "gte"),
        (["", "时效指标", "监测数据上报及时率", "10", "100%", "100%", "100.00%", "10", ""], "gte"),
        (["", "成本指标", "单个调查点位采样检测费用", "10", "≤1200元", "1150元", "100.00%", "10", ""], "lte"),
        (["效益指标", "社会效益指标", "编制耕地质量监测年度报告", "10", "1份", "1份", "100.00%", "10", ""], "eq"),
        (["", "生态效益指标", "监测点耕层土壤有机质平均含量", "10", "≥40g/kg", "41.3g/kg", "103.25%", "10", ""], "gte"),
        (["", "可持续影响指标", "全市耕地质量平均等级", "10", "≤3.45等", "3.42等", "100.00%", "10", ""], "lte"),
        (["满意度指标", "服务对象满意度指标", "种植户满意度", "10", "≥90%", "88%", "97.78%", "9.78", "监测结果反馈不及时，将通过村级农技员和微信群及时推送"], "gte"),
    ]
    doc.indicators("\n", [(["\t" + c for c in cells], 3, 7, 4, 5, 6, d) for cells, d in rows],
                   (F(["总分", "", "", "100", "", "", "", "98.86", ""]), "98.86"),
                   ("自评总得分98.86分，评价等级为“优秀”", "98.86"), "评价等级为“优秀”", "优")
    ex = F(rows[0][0])
    doc.same("table 执行率 = funds (6)", (ex, "95.60%\n\t95.60%"), (r6, "\t95.60\n\t95.60"))
    doc.check("execution score = 10 × 执行率", lambda: close(D(10) * doc.v(r4, "\t57.36\n\t57.36") / doc.v(r2, "\t60.00\n\t60.00"), doc.t(ex, "9.56")))
    doc.same("prose 采样点位 = table", (n400, "400"), (F(rows[2][0]), "400个"))
    doc.same("prose 合格率 = table", ("检测结果合格率98.6%", "98.6"), (F(rows[3][0]), "98.6%"))
    doc.same("prose 有机质 = table", ("有机质平均含量41.3g/kg", "41.3"), (F(rows[7][0]), "41.3g/kg"))
    doc.same("prose 平均等级 = table", (g, "3.42"), (F(rows[8][0]), "3.42等"))
    doc.same("prose 满意度 = table", (sat, "88%"), (F(rows[9][0]), "88%"))
    doc.same("prose 单点费用 = table", (n400, "1150"), (F(rows[5][0]), "1150元"))
    years(doc, 2021)
    satisfaction_range(doc)
    zero_base(doc)
    money_units(doc, "2", "100")


def linli(doc):
    f1 = "\t年度资金总额\t3380.00\t3900.00\t2808.00\t10\t72.00%\t7.20"
    f2 = "\t其中：当年财政拨款\t3380.00\t3900.00\t2808.00\t—\t72.00%\t—"
    f3 = "\t上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—"
    f4 = "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—"
    doc.present("funds rows present", f3, f4)
    doc.rate("执行率 年度资金总额", (f1, "2808.00"), (f1, "3900.00"), (f1, "72.00%"))
    doc.rate("执行率 当年财政拨款", (f2, "2808.00"), (f2, "3900.00"), (f2, "72.00%"))
    for col in ("3380.00", "3900.00", "2808.00"):
        doc.same(f"总额 = 当年财政拨款 (+0 +0), column {col}", (f1, col), (f2, col))
    p = "项目年初预算3380.00万元（为2021年12月提前下达的中央和省级资金），年中追加县级配套资金520.00万元，全年预算3900.00万元，其中中央财政资金2340.00万元、省级财政资金1040.00万元、县级配套资金520.00万元，亩均财政投入1500元"
    doc.sum_("年初 + 追加 = 全年", [(p, "3380.00"), (p, "追加县级配套资金520.00")], (p, "3900.00"))
    doc.sum_("中央 + 省级 + 县级 = 全年", [(p, "2340.00"), (p, "1040.00"), (p, "、县级配套资金520.00")], (p, "3900.00"))
    doc.sum_("年初 = 中央 + 省级", [(p, "2340.00"), (p, "1040.00")], (p, "3380.00"))
    doc.same("prose 年初 = table", (p, "3380.00"), (f1, "3380.00"))
    doc.same("prose 全年 = table", (p, "3900.00"), (f1, "3900.00"))
    doc.check("亩均 = 全年预算 / 2.6万亩", lambda: close(doc.v(p, "3900.00") / doc.v("计划建设高标准农田2.6万亩", "2.6"), doc.t(p, "1500")))
    q = "项目实际支出2808.00万元，预算执行率72.00%；未支付的1092.00万元"
    doc.rate("prose 执行率", (q, "2808.00"), (p, "3900.00"), (q, "72.00%"))
    doc.same("prose 执行数 = table", (q, "2808.00"), (f1, "2808.00"))
    doc.diff("结转 = 预算 - 支出", (p, "3900.00"), (q, "2808.00"), (q, "1092.00"))
    ar = "计划建设高标准农田2.6万亩，其中修梅镇片区0.95万亩、合口镇片区0.88万亩、四新岗镇片区0.77万亩"
    doc.sum_("片区面积 0.95 + 0.88 + 0.77 = 2.6", [(ar, "0.95"), (ar, "0.88"), (ar, "0.77")], (ar, "2.6"))
    o = "四新岗镇片区完成0.38万亩，全年建成高标准农田2.21万亩，完成计划的85.0%"
    doc.sum_("建成 0.95 + 0.88 + 0.38 = 2.21", [(ar, "0.95"), (ar, "0.88"), (o, "0.38")], (o, "2.21"))
    doc.rate("完成计划 2.21/2.6", (o, "2.21"), (ar, "2.6"), (o, "85.0%"))
    doc.diff("剩余 0.77 - 0.38 = 0.39", (ar, "0.77"), (o, "0.38"), ("剩余0.39万亩未能在年内完工", "0.39"))
    av = "抽检合格率分别为97.2%、95.8%和96.4%，平均合格率96.47%"
    doc.mean("抽检合格率平均", [(av, "97.2"), (av, "95.8"), (av, "96.4")], (av, "96.47%"))
    T = "\t"
    rows = [
        ["", "产出指标", "数量指标", "高标准农田建设面积", "≥2.6万亩", "2.21万亩", "15", "12.75", "四新岗镇片区征地协调滞后，剩余0.39万亩2023年上半年完工"],
        ["", "", "数量指标", "新建（整修）灌排渠道", "≥80公里", "72公里", "10", "9.00", "随四新岗镇片区工程顺延"],
        ["", "", "质量指标", "工程验收合格率", "100%", "100%", "10", "10", ""],
        ["", "", "时效指标", "工程按期完工率", "≥95%", "76%", "10", "8.00", "受征地协调和秋冬季连续阴雨影响"],
        ["", "", "成本指标", "亩均财政投入", "≤1500元", "1500元", "5", "5", ""],
        ["", "效益指标", "经济效益指标", "项目区新增粮食产能", "≥260万公斤", "208万公斤", "10", "8.00", "部分片区当年未完工，效益未全部发挥"],
        ["", "", "社会效益指标", "受益农户", "≥1.2万户", "1.26万户", "10", "10", ""],
        ["", "", "生态效益指标", "灌溉水有效利用系数", "≥0.55", "0.56", "5", "5", ""],
        ["", "", "可持续影响指标", "工程管护责任落实率", "100%", "95%", "5", "4.75", "部分村组管护责任未落实到人"],
        ["", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "86%", "10", "9.56", "施工期间部分农户耕种受影响"],
    ]
    spec = [(r, 6, 7, 4, 5, None, "lte" if r[4].startswith("≤") else "gte") for r in rows]
    spec.append((f1.split(T), 5, 7, 3, 4, None, "gte"))   # execution: 分值 10, 得分 7.20 (target = 全年预算, actual = 执行)
    doc.indicators(T, spec, ("总分\t\t\t\t\t\t100\t89.26\t", "89.26"),
                   ("自评得分89.26分，评价等级为“良”", "89.26"), "评价等级为“良”", "良")
    goal = "建成高标准农田2.21万亩，新建（整修）灌排渠道72公里，新增粮食产能208万公斤，受益农户1.26万户"
    eff = "项目区新增粮食产能208万公斤，受益农户1.26万户；项目区灌溉水有效利用系数达到0.56，工程管护责任落实率95%"
    out = "新建（整修）灌排渠道72公里，新建机耕道41.5公里"
    R = lambda i: T.join(rows[i])
    for desc, a, b in (("建成面积 text / table", (o, "2.21"), (R(0), "2.21万亩")),
                       ("建成面积 goal cell / table", (goal, "2.21"), (R(0), "2.21万亩")),
                       ("渠道 text / table", (out, "72"), (R(1), "72公里")),
                       ("渠道 goal cell / table", (goal, "72"), (R(1), "72公里")),
                       ("按期完工 text / table", ("按合同工期完工的标段占76%", "76%"), (R(3), "76%")),
                       ("产能 text / table", (eff, "208"), (R(5), "208万公斤")),
                       ("产能 goal cell / table", (goal, "208"), (R(5), "208万公斤")),
                       ("受益农户 text / table", (eff, "1.26"), (R(6), "1.26万户")),
                       ("受益农户 goal cell / table", (goal, "1.26"), (R(6), "1.26万户")),
                       ("利用系数 text / table", (eff, "0.56"), (R(7), "0.56")),
                       ("管护 text / table", (eff, "95%"), (R(8), "95%")),
                       ("满意度 text / table", ("受益群众满意度86%，较2021年项目的91%", "86%"), (R(9), "86%")),
                       ("亩均投入 text / table", (p, "1500"), (R(4), "1500元"))):
        doc.same(desc, a, b)
    years(doc, 2022)
    satisfaction_range(doc)
    zero_base(doc)
    money_units(doc, "100", "5000")


def zhalute(doc):
    f1 = "年度资金总额 13427.00 13463.54 13449.26 10 99.89% 9.99"
    f2 = "其中：当年财政拨款 13427.00 13427.00 13412.72 — 99.89% —"
    f3 = "上年结转资金 0.00 36.54 36.54 — 100.00% —"
    f4 = "其他资金 0.00 0.00 0.00 — — —"
    doc.present("其他资金 row", f4)
    doc.rate("执行率 总额", (f1, "13449.26"), (f1, "13463.54"), (f1, "99.89%"))
    doc.rate("执行率 当年", (f2, "13412.72"), (f2, "13427.00 13412.72"), (f2, "99.89%"))
    doc.rate("执行率 结转", (f3, "36.54 —"), (f3, "36.54 36.54"), (f3, "100.00%"))
    doc.check("执行得分 = 10 × rate", lambda: close(D(10) * doc.v(f1, "13449.26") / doc.v(f1, "13463.54"), doc.t(f1, "9.99")))
    doc.sum_("年初 总额 = 当年 + 结转", [(f2, "13427.00 13427.00"), (f3, "0.00 36.54")], (f1, "13427.00"))
    doc.sum_("全年 总额 = 当年 + 结转", [(f2, "13427.00 13412.72"), (f3, "36.54 36.54")], (f1, "13463.54"))
    doc.sum_("执行 总额 = 当年 + 结转", [(f2, "13412.72"), (f3, "36.54 —")], (f1, "13449.26"))
    p = "提前下达我旗2019年耕地地力保护补贴资金13427.00万元，全部为中央资金，列入年初预算。另有上年结转资金36.54万元，为2018年因农户银行账户信息错误退回的补贴资金，经核实后于2019年补发，全年预算13463.54万元"
    doc.sum_("全年预算 = 年初 + 结转 (text)", [(p, "13427.00"), (p, "36.54")], (p, "13463.54"))
    doc.same("text 结转 = table", (p, "36.54"), (f3, "36.54 36.54"))
    doc.same("text 全年 = table", (p, "13463.54"), (f1, "13463.54"))
    area = "全旗核定补贴面积231.5万亩，涉及16个苏木镇场、5.09万户农户，补贴标准每亩58元（2018年为每亩52.36元）"
    doc.check("补贴 = 231.5万亩 × 58元", lambda: close(doc.v(area, "231.5") * doc.v(area, "58"), doc.t(p, "13427.00")))
    q = "全年发放13449.26万元，其中当年资金13412.72万元、上年结转资金36.54万元。年末结余14.28万元"
    doc.sum_("发放 = 当年 + 结转 (text)", [(q, "13412.72"), (q, "36.54")], (q, "13449.26"))
    doc.diff("结余 = 预算 - 执行", (p, "13463.54"), (q, "13449.26"), (q, "14.28"))
    c = "全年实际发放13449.26万元，预算执行率99.89%"
    doc.rate("text 执行率", (c, "13449.26"), (p, "13463.54"), (c, "99.89%"))
    hh = "补贴农户5.09万户，户均补贴约2640元"
    doc.check("户均 约2640元 (约: ±5元)", lambda: abs(doc.v(q, "13449.26") / doc.v(hh, "5.09") - doc.v(hh, "2640")) <= 5)
    sp = "分别抽查农户120户、100户、110户，平均每镇抽查110户"
    doc.mean("抽查户数平均", [(sp, "120"), (sp, "100"), (sp, "、110")], (sp, "抽查110"))
    t1 = ["农区苏木镇 9 158.2 58 9175.60", "半农半牧区苏木镇 5 61.8 58 3584.40", "国有农牧场 2 11.5 58 667.00"]
    for a in t1:
        c_ = a.split(" ")
        doc.check(f"表1 {c_[0]}: 面积 × 标准", lambda a=a, c_=c_: close(doc.v(a, c_[2]) * doc.v(a, c_[3]), doc.t(a, c_[4])))
    tot = "合计 16 231.5 58 13427.00"
    doc.sum_("表1 个数", [(t1[0], "9"), (t1[1], "5"), (t1[2], "2")], (tot, "16"))
    doc.sum_("表1 面积", [(t1[0], "158.2"), (t1[1], "61.8"), (t1[2], "11.5")], (tot, "231.5"))
    doc.sum_("表1 金额", [(t1[0], "9175.60"), (t1[1], "3584.40"), (t1[2], "667.00")], (tot, "13427.00"))
    doc.same("表1 合计 = 年初预算", (tot, "13427.00"), (f1, "13427.00"))
    rows = [
        ("数量指标 补贴面积 ≥231.5万亩 231.5万亩 100.00% 15 15", "gte"),
        ("数量指标 补贴发放农户数 ≥5万户 5.09万户 101.80% 10 10", "gte"),
        ("质量指标 补贴资金兑付准确率 ≥99% 99.9% 100.91% 10 10", "gte"),
        ("时效指标 补贴资金发放时限 2019年9月30日前 2019年9月26日 100.00% 10 10", "date"),
        ("成本指标 补贴标准 =58元/亩 58元/亩 100.00% 5 5", "eq"),
        ("经济效益指标 粮食播种面积 ≥210万亩 215.3万亩 102.52% 10 10", "gte"),
        ("社会效益指标 补贴政策知晓率 ≥95% 93% 97.89% 10 9.79", "gte"),
        ("生态效益指标 测土配方施肥技术覆盖率 ≥90% 92% 102.22% 10 10", "gte"),
        ("满意度指标 服务对象满意度指标 受补贴农户满意度 ≥90% 95% 105.56% 10 10", "gte"),
    ]
    spec = []
    for line, d in rows:
        cs = line.split(" ")
        n = len(cs)
        spec.append((cs, n - 2, n - 1, n - 5, n - 4, n - 3, d))
    spec.append((f1.split(" "), 4, 6, 2, 3, None, "gte"))
    doc.indicators(" ", spec, ("总分 100 99.78 自评等级 优", "99.78"),
                   ("项目综合得分99.78分，评价等级为\"优\"", "99.78"), "自评等级 优", "优")
    doc.present("text grade = table grade", "评价等级为\"优\"", "自评等级 优")
    R = lambda i: rows[i][0]
    for desc, a, b in (("面积 text / table", (area, "231.5"), (R(0), "231.5万亩 100")),
                       ("农户 text / table", (hh, "5.09"), (R(1), "5.09")),
                       ("准确率 text / table", ("兑付准确率99.9%", "99.9"), (R(2), "99.9%")),
                       ("标准 text / table", (area, "58"), (R(4), "58元/亩 100")),
                       ("播种面积 text / table", ("2019年全旗粮食播种面积215.3万亩", "215.3"), (R(5), "215.3")),
                       ("知晓率 text / table", ("补贴政策知晓率93%", "93"), (R(6), "93%")),
                       ("覆盖率 text / table", ("测土配方施肥技术覆盖率92%", "92"), (R(7), "92%")),
                       ("满意度 text / table", ("受补贴农户满意度95%", "95"), (R(8), "95%")),
                       ("执行 text / table", (c, "13449.26"), (f1, "13449.26"))):
        doc.same(desc, a, b)
    years(doc, 2019)
    satisfaction_range(doc)
    zero_base(doc)
    money_units(doc, "10", "20000")


def baoying(doc):
    L = "\n"
    s1 = L.join(["射阳湖镇土地综合整治项目", "2760", "368.5", "860.00", "702.60"])
    s2 = L.join(["广洋湖镇土地综合整治项目", "1920", "273.8", "640.00", "392.40"])
    st = L.join(["合计", "4680", "642.3", "1500.00", "1095.00"])
    for i, (a, b) in enumerate((("2760", "1920"), ("368.5", "273.8"), ("860.00", "640.00"), ("702.60", "392.40"))):
        tot = st.split(L)[i + 1]
        doc.sum_(f"附表1 column {i + 1} sum", [(s1, a), (s2, b)], (st, tot))
    p = "项目年初预算1200.00万元，为县级土地出让收入中安排的土地整治资金；8月，省自然资源厅下达省级土地整治补助资金300.00万元，调整后全年预算1500.00万元，其中射阳湖镇项目860.00万元，广洋湖镇项目640.00万元"
    doc.sum_("年初 + 省级 = 全年", [(p, "1200.00"), (p, "300.00")], (p, "1500.00"))
    doc.sum_("两项目预算 = 全年", [(p, "860.00"), (p, "640.00")], (p, "1500.00"))
    doc.same("text 项目预算 = 附表1 (射阳湖镇)", (p, "860.00"), (s1, "860.00"))
    doc.same("text 项目预算 = 附表1 (广洋湖镇)", (p, "640.00"), (s2, "640.00"))
    q = "项目实际支出1095.00万元，预算执行率73.00%，未支出资金405.00万元。其中射阳湖镇项目支出702.60万元，执行率81.70%；广洋湖镇项目支出392.40万元，执行率61.31%"
    doc.rate("text 执行率", (q, "1095.00"), (p, "1500.00"), (q, "73.00%"))
    doc.diff("未支出 = 预算 - 支出", (p, "1500.00"), (q, "1095.00"), (q, "405.00"))
    doc.sum_("两项目支出 = 总支出", [(q, "702.60"), (q, "392.40")], (q, "1095.00"))
    doc.rate("射阳湖镇 执行率", (s1, "702.60"), (s1, "860.00"), (q, "81.70%"))
    doc.rate("广洋湖镇 执行率", (s2, "392.40"), (s2, "640.00"), (q, "61.31%"))
    doc.same("text 支出 = 附表1 (射阳湖镇)", (q, "702.60"), (s1, "702.60"))
    doc.same("text 支出 = 附表1 (广洋湖镇)", (q, "392.40"), (s2, "392.40"))
    o = "全年完成整治规模4680亩，完成计划的90.0%；新增耕地642.3亩"
    doc.rate("完成计划 4680/5200", (o, "4680"), ("项目计划整治规模5200亩", "5200"), (o, "90.0%"))
    doc.same("text 整治规模 = 附表1", (o, "4680"), (st, "4680"))
    doc.same("text 新增耕地 = 附表1", (o, "642.3"), (st, "642.3"))
    doc.check("亩均工程投资 = 支出 / 整治规模", lambda: close(doc.v(q, "1095.00") * 10000 / doc.v(o, "4680"), doc.t("亩均工程投资2340元", "2340")))
    sat = "满意和比较满意的132份，满意度88%"
    doc.rate("满意度 132/150", (sat, "132"), ("收回有效问卷150份", "150"), (sat, "88%"))
    f1 = L.join(["年度资金总额", "1200.00", "1500.00", "1095.00", "10", "73.00%", "7.30"])
    f2 = L.join(["其中：当年财政拨款", "1200.00", "1500.00", "1095.00", "—", "73.00%", "—"])
    doc.rate("table 执行率", (f1, "1095.00"), (f1, "1500.00"), (f1, "73.00%"))
    doc.rate("table 执行率 当年财政拨款", (f2, "1095.00"), (f2, "1500.00"), (f2, "73.00%"))
    doc.same("table 年初 = text", (f1, "1200.00"), (p, "1200.00"))
    rows = [
        (["产出指标", "数量指标", "整治规模", "≥5200亩", "4680亩", "10", "9.00", "广洋湖镇项目部分地块未完成整治"], 3, "gte"),
        (["数量指标", "新增耕地面积", "≥800亩", "642.3亩", "15", "12.04", "广洋湖镇项目坑塘复垦未完成"], 2, "gte"),
        (["质量指标", "工程质量验收合格率", "100%", "100%", "10", "10"], 2, "gte"),
        (["时效指标", "项目竣工验收时间", "2023年12月31日前", "射阳湖镇项目已验收，广洋湖镇项目未完工", "10", "6", "广洋湖镇项目土方量增加，工期延长"], 2, "qual"),
        (["成本指标", "亩均工程投资", "≤3000元", "2340元", "5", "5"], 2, "lte"),
        (["效益指标", "经济效益指标", "项目区亩均增产", "≥50公斤", "42公斤", "10", "8.40", "新增耕地当年仅种植一季，产能未完全释放"], 3, "gte"),
        (["社会效益指标", "受益人口", "≥1.1万人", "1.16万人", "10", "10"], 2, "gte"),
        (["生态效益指标", "农田林网控制率", "≥85%", "80%", "10", "9.41", "受苗木栽植季节限制，2024年春季补植"], 2, "gte"),
        (["满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "88%", "10", "9.78", "施工期间对部分农户耕种有影响"], 3, "gte"),
    ]
    spec = [(c, ti + 2, ti + 3, ti, ti + 1, None, d) for c, ti, d in rows]
    spec.append((f1.split(L), 4, 6, 2, 3, None, "gte"))
    doc.indicators(L, spec, (L.join(["总分", "100", "86.93"]), "86.93"),
                   ("合计86.93分，评价等级为“良”", "86.93"), "评价等级为“良”", "良")
    q6 = L.join(rows[3][0])
    doc.check("qualitative 时效 score in the 部分达成 band [60%, 80%) of its weight",
              lambda: D("0.6") * doc.v(q6, "10") <= doc.v(q6, "\n6\n") < D("0.8") * doc.v(q6, "10"))
    blk = "预算执行7.30分、产出指标42.04分、效益指标27.81分、满意度指标9.78分，合计86.93分"
    doc.sum_("text block scores add to the total", [(blk, "7.30"), (blk, "42.04"), (blk, "27.81"), (blk, "9.78")], (blk, "86.93"))
    R = lambda i: L.join(rows[i][0])
    doc.sum_("产出 block = table rows", [(R(0), "9.00"), (R(1), "12.04"), (R(2), "#-1"), (R(3), "\n6\n"), (R(4), "#-1")], (blk, "42.04"))
    doc.sum_("效益 block = table rows", [(R(5), "8.40"), (R(6), "#-1"), (R(7), "9.41")], (blk, "27.81"))
    doc.same("执行 block = table", (blk, "7.30"), (f1, "7.30"))
    doc.same("满意度 block = table", (blk, "9.78"), (R(8), "9.78"))
    goal = "完成整治规模4680亩，新增耕地642.3亩，射阳湖镇项目通过竣工验收"
    for desc, a, b in (("整治规模 text / table", (o, "4680"), (R(0), "4680亩")),
                       ("整治规模 goal cell / table", (goal, "4680"), (R(0), "4680亩")),
                       ("新增耕地 text / table", (o, "642.3"), (R(1), "642.3亩")),
                       ("新增耕地 goal cell / table", (goal, "642.3"), (R(1), "642.3亩")),
                       ("亩均投资 text / table", ("亩均工程投资2340元", "2340"), (R(4), "2340元")),
                       ("增产 text / table", ("项目区当年亩均增产42公斤", "42"), (R(5), "42公斤")),
                       ("受益人口 text / table", ("项目受益人口1.16万人", "1.16"), (R(6), "1.16万人")),
                       ("林网 text / table", ("由2022年的72%提高到80%", "80%"), (R(7), "80%")),
                       ("满意度 text / table", (sat, "88%"), (R(8), "88%"))):
        doc.same(desc, a, b)
    years(doc, 2023)
    satisfaction_range(doc)
    zero_base(doc)
    money_units(doc, "100", "2000")


def fenggang(doc):
    t1 = ["何坝街道 5 7.2 186.00 183.20 98.49%", "进化镇 4 6.1 142.00 138.60 97.61%", "琊川镇 3 5.3 122.00 105.70 86.64%"]
    tot = "合计 12 18.6 450.00 427.50 95.00%"
    for a in t1 + [tot]:
        c = a.split(" ")
        doc.rate(f"表1 {c[0]} 执行率", (a, c[4]), (a, c[3]), (a, c[5]))
    for i in (1, 2, 3, 4):
        doc.sum_(f"表1 column {i} sum", [(a, a.split(" ")[i]) for a in t1], (tot, tot.split(" ")[i]))
    p = "2024年年初预算400.00万元，其中中央水利发展资金300.00万元、省级财政水利资金100.00万元；6月县财政追加县级配套资金50.00万元，全年预算450.00万元"
    doc.sum_("年初 = 中央 + 省级", [(p, "300.00"), (p, "100.00")], (p, "400.00"))
    doc.sum_("全年 = 年初 + 县级", [(p, "400.00"), (p, "50.00")], (p, "450.00"))
    doc.same("text 全年预算 = 表1 合计", (p, "450.00"), (tot, "450.00"))
    dw = "项目资金450.00万元全部到位，资金到位率100%"
    doc.rate("到位率", (dw, "450.00"), (p, "450.00"), (dw, "100%"))
    q = "全年实际支出427.50万元，预算执行率95.00%，其中山塘整治271.20万元、渠系配套156.30万元。结余资金22.50万元"
    doc.rate("text 执行率", (q, "427.50"), (p, "450.00"), (q, "95.00%"))
    doc.same("text 支出 = 表1 合计", (q, "427.50"), (tot, "427.50"))
    doc.sum_("支出 = 山塘 + 渠系", [(q, "271.20"), (q, "156.30")], (q, "427.50"))
    doc.diff("结余 = 到位 - 支出", (dw, "450.00"), (q, "427.50"), (q, "22.50"))
    done = "全年完成病险山塘整治12座，平均每座投资22.60万元"
    doc.check("平均每座山塘 = 山塘整治 / 12座", lambda: close(doc.v(q, "271.20") / doc.v(done, "12"), doc.t(done, "22.60")))
    ot = "12座山塘中11座按期完工，按期完工率91.67%"
    doc.rate("按期完工率 11/12", (ot, "11"), (ot, "12"), (ot, "91.67%"))
    av = "验收评分分别为92分、95分、89分，平均92分"
    doc.mean("验收评分平均", [(av, "92"), (av, "95"), (av, "89")], (av, "平均92"))
    sat = "收回有效问卷250份，满意的238份，满意度95.2%"
    doc.rate("满意度 238/250", (sat, "238"), (sat, "250"), (sat, "95.2%"))
    f1 = "年度资金总额 400.00 450.00 427.50 10 95.00% 9.50"
    f2 = "其中：当年财政拨款 400.00 450.00 427.50 — 95.00% —"
    doc.rate("table 执行率", (f1, "427.50"), (f1, "450.00"), (f1, "95.00%"))
    doc.rate("table 执行率 当年财政拨款", (f2, "427.50"), (f2, "450.00"), (f2, "95.00%"))
    doc.same("table 年初 = text", (f1, "400.00"), (p, "400.00"))
    rows = [
        ("数量指标 山塘整治数量 ≥12座 12座 10 10", "gte"),
        ("数量指标 新建渠道长度 ≥18公里 18.6公里 10 10", "gte"),
        ("质量指标 工程质量合格率 100% 100% 10 10", "gte"),
        ("时效指标 工程按期完工率 ≥95% 91.67% 10 9.65", "gte"),
        ("成本指标 山塘整治平均单价 ≤25万元/座 22.6万元/座 10 10", "lte"),
        ("经济效益指标 新增及恢复灌溉面积 ≥0.8万亩 0.82万亩 10 10", "gte"),
        ("社会效益指标 受益群众 ≥2.3万人 2.41万人 10 10", "gte"),
        ("可持续影响指标 工程设计使用年限 ≥20年 20年 10 10", "gte"),
        ("满意度指标 服务对象满意度指标 受益群众满意度 ≥90% 95.2% 10 10", "gte"),
    ]
    spec = []
    for line, d in rows:
        c = line.split(" ")
        n = len(c)
        spec.append((c, n - 2, n - 1, n - 4, n - 3, None, d))
    spec.append((f1.split(" "), 4, 6, 2, 3, None, "gte"))
    doc.indicators(" ", spec, ("总分 100 99.15", "99.15"), ("项目自评得分99.15分，评价等级为“优秀”", "99.15"),
                   "评价等级为“优秀”", "优")
    R = lambda i: rows[i][0]
    eff = "新增及恢复灌溉面积0.82万亩，受益群众2.41万人"
    goal = "完成山塘整治12座，新建渠道18.6公里，新增及"
    for desc, a, b in (("山塘 text / table", (done, "12"), (R(0), "12座 10")),
                       ("山塘 表1 / table", (tot, "12"), (R(0), "12座 10")),
                       ("渠道 text / table", ("新建灌溉渠道18.6公里，超过年度目标", "18.6"), (R(1), "18.6")),
                       ("渠道 表1 / table", (tot, "18.6"), (R(1), "18.6")),
                       ("渠道 goal cell / table", (goal, "18.6"), (R(1), "18.6")),
                       ("完工率 text / table", (ot, "91.67%"), (R(3), "91.67%")),
                       ("单价 text / table", (done, "22.60"), (R(4), "22.6万元/座 10")),
                       ("灌溉面积 text / table", (eff, "0.82"), (R(5), "0.82")),
                       ("受益群众 text / table", (eff, "2.41"), (R(6), "2.41")),
                       ("年限 text / table", ("工程按20年设计使用年限建设", "20"), (R(7), "20年 10")),
                       ("满意度 text / table", (sat, "95.2%"), (R(8), "95.2%"))):
        doc.same(desc, a, b)
    years(doc, 2024)
    satisfaction_range(doc)
    zero_base(doc)
    money_units(doc, "10", "500")


CHECKS = {
    "beian-gengdijiance-2021": beian,
    "linli-gbnt-2022": linli,
    "zhalute-gengdibaohu-2019": zhalute,
    "baoying-tudizhengzhi-2023": baoying,
    "fenggang-nongtianshuili-2024": fenggang,
}


def run_checks(src, text):
    doc = Doc(text)
    CHECKS[src](doc)
    return doc.results


# ------------------------------------------------------------------ main

def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import build  # noqa: E402  (edit list, for the prose/table tally)
    for e in build.EDITS:
        where[e[3]] += 1

    clean_texts = {}
    for lab in labels:
        if lab["clean"]:
            text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
            clean_texts[lab["source"]] = text
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expectations")
            if not 3000 <= len(text) <= 5000:
                problems.append(f"{lab['case']}: {len(text)} characters, outside 3000-5000")
            results = run_checks(lab["source"], text)
            bad = [d for d, ok in results if not ok]
            print(f"{lab['case']}: {len(text)} chars, {len(results)} arithmetic checks, {len(bad)} failed")
            for d in bad:
                problems.append(f"{lab['case']}: check failed: {d}")

    if len(clean_texts) != 5:
        problems.append("there must be five clean drafts")

    for lab in labels:
        if lab["clean"]:
            continue
        name = lab["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = clean_texts[lab["source"]]
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
        # one place: common prefix / suffix leave a single window
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        win_err = (i, len(text) - j)
        win_clean = (i, len(clean) - j)
        if text == clean:
            problems.append(f"{name}: identical to its clean draft")
        if max(win_err[1] - win_err[0], win_clean[1] - win_clean[0]) > WINDOW:
            problems.append(f"{name}: differs in more than one place (window {win_err})")
        for exp in lab["expected"]:
            if exp["code"] not in CODES:
                problems.append(f"{name}: unknown code {exp['code']}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            if exp.get("severity") != "error":
                problems.append(f"{name}: severity must be error")
            n = text.count(exp["value"])
            if n != 1:
                problems.append(f"{name}: value {exp['value']!r} occurs {n} times (want 1)")
                continue
            s = text.find(exp["value"])
            e = s + len(exp["value"])
            if not (s < max(win_err[1], win_err[0] + 1) and win_err[0] < e):
                problems.append(f"{name}: value does not overlap the changed text {win_err}")
        results = run_checks(lab["source"], text)
        bad = [d for d, ok in results if not ok]
        print(f"  {name}: {lab['expected'][0]['code']:<22} breaks {len(bad)} check(s): {bad[0] if bad else '-'}")
        if not bad:
            problems.append(f"{name}: the injected error breaks no arithmetic check")

    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} occurs {counts.get(c, 0)} times, want >= 2")
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print(f"injected in prose: {where['prose']}, in tables: {where['table']}")

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
