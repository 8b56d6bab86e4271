#!/usr/bin/env python3
"""Verify drafts261.

1. Every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place, and an occurrence of the value overlaps that place.
2. The set: 5 clean drafts of 3,000–5,000 characters, 6 error cases each, every code of
   errors.md §A (13 codes) at least twice.
3. The arithmetic of every clean draft is redone from the text: funds (sums, rates, balances,
   execution score), the 自评表 (weights to 100, row scores ≤ weights and following the rules,
   completion rates, total score, grade band), and the figures stated in the prose (components,
   averages, rates, completion, the same quantity stated twice).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)


NUM = re.compile(r"\d+(?:\.\d+)?")


def numbers(s):
    """[(Decimal value, decimals)] of the numbers in s."""
    out = []
    for m in NUM.finditer(s):
        g = m.group()
        out.append((Decimal(g), len(g.split(".")[1]) if "." in g else 0))
    return out


def close(computed, stated, decimals):
    return abs(Decimal(computed) - stated) <= Decimal("0.5") * Decimal(10) ** -decimals + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Doc:
    def __init__(self, name, text):
        self.name, self.t = name, text

    def lit(self, s):
        if s not in self.t:
            fail(f"{self.name}: literal not found: {s!r}")
            return False
        return True

    def v(self, s, k=0):
        """k-th number of literal s (which must occur in the text)."""
        self.lit(s)
        ns = numbers(s)
        return ns[k][0]

    def vd(self, s, k=0):
        self.lit(s)
        return numbers(s)[k]

    def check(self, computed, s, k=0, what=""):
        val, d = self.vd(s, k)
        if not close(computed, val, d):
            fail(f"{self.name}: {what or s}: computed {computed} vs stated {val}")

    def equal(self, what, *lits_k):
        vals = [self.v(s, k) for s, k in lits_k]
        if len(set(vals)) != 1:
            fail(f"{self.name}: {what} differs: {vals}")

    def row(self, *cells):
        """Find a table row: the cells in order, separated by whitespace or pipes. Returns match."""
        sep = r"(?:[ \t\n|｜])+"
        pat = sep.join(re.escape(c) for c in cells)
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            fail(f"{self.name}: table row {cells[:3]} found {len(ms)} times")
        return cells


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def check_funds(doc, total_row, parts, weight=Decimal(10)):
    """total_row = (label, initial, annual, spent, weight, rate, score); parts = [(label, i, a, s), ...]."""
    doc.row(*total_row)
    _, ini, ann, spent, w, rate, score = total_row
    for col in (1, 2, 3):
        tot = Decimal(total_row[col])
        ssum = sum(Decimal(p[col]) for p in parts)
        if tot != ssum:
            fail(f"{doc.name}: funds column {col}: {tot} ≠ Σ parts {ssum}")
    for p in parts:
        doc.row(*p)
    r = Decimal(spent) / Decimal(ann) * 100
    val, d = numbers(rate)[0]
    if not close(r, val, d):
        fail(f"{doc.name}: funds rate {rate} vs {r}")
    if r > 100:
        fail(f"{doc.name}: execution above 100%")
    sc = Decimal(w) * min(r, Decimal(100)) / 100
    sc2 = Decimal(w) * val / 100
    sv, sd = numbers(score)[0]
    if not (close(sc, sv, sd) or close(sc2, sv, sd)):
        fail(f"{doc.name}: execution score {score} vs {sc}")
    return Decimal(w), sv


def check_table(doc, rows, exec_w, exec_s, total_w, total_s, grade_lits, has_comp=False):
    """rows: (kind, cells...) with cells = name, target, actual, [completion], weight, score.
    kind: gte / lte / date / qual."""
    sw, ss = exec_w, exec_s
    for kind, *cells in rows:
        doc.row(*cells)
        if has_comp:
            name, tgt, act, comp, w, s = cells
        else:
            name, tgt, act, w, s = cells
            comp = None
        w, s = Decimal(w), Decimal(s)
        sw += w
        ss += s
        if s > w or s < 0:
            fail(f"{doc.name}: row {name}: score {s} outside [0, {w}]")
        if kind in ("gte", "lte"):
            T = numbers(tgt)[0][0]
            A = numbers(act)[0][0]
            if kind == "gte":
                c = A / T * 100
                exp = w if A >= T else r2(w * A / T)
            else:
                c = Decimal(100) if A <= T else T / A * 100
                exp = w if A <= T else r2(w * T / A)
            if s != exp:
                fail(f"{doc.name}: row {name}: score {s}, rule gives {exp}")
            if comp is not None and comp != "—":
                cv, cd = numbers(comp)[0]
                if not close(c, cv, cd):
                    fail(f"{doc.name}: row {name}: completion {comp} vs {c}")
            # units: actual must carry the unit of the target
            ut = re.sub(r"[≥≤\d.\s]", "", tgt)
            ua = re.sub(r"[≥≤\d.\s]", "", act)
            if ut != ua:
                fail(f"{doc.name}: row {name}: unit {ut!r} vs {ua!r}")
        elif kind == "date":
            if s != w:
                fail(f"{doc.name}: row {name}: date met, score {s} ≠ {w}")
        elif kind == "qual":
            if s < w * Decimal("0.8"):
                fail(f"{doc.name}: row {name}: qualitative score below the 达成 band")
    if sw != Decimal(total_w) or sw != 100:
        fail(f"{doc.name}: weights sum {sw}, stated {total_w}")
    tv, td = numbers(total_s)[0]
    if not close(ss, tv, td):
        fail(f"{doc.name}: scores sum {ss}, stated {total_s}")
    g = grade_of(tv)
    for lit in grade_lits:
        doc.lit(lit)
        if g not in lit:
            fail(f"{doc.name}: grade in {lit!r} does not fit total {tv} ({g})")
    return tv


# ---------------------------------------------------------------- per project

def chk_pengze(d):
    D = Decimal
    ew, es = check_funds(d, ("年度资金总额", "68.00", "76.50", "74.82", "10", "97.80%", "9.78"),
                         [("其中：当年财政拨款", "62.40", "70.90", "69.22"),
                          ("上年结转资金", "5.60", "5.60", "5.60"),
                          ("其他资金", "0", "0", "0")])
    rows = [
        ("gte", "完成普查单位清查数", "≥7000个", "7518个", "10", "10"),
        ("gte", "选聘普查指导员和普查员", "≥280人", "304人", "10", "10"),
        ("gte", "开展普查业务培训", "≥12期", "16期", "5", "5"),
        ("lte", "普查数据质量抽查差错率", "≤1%", "0.6%", "10", "10"),
        ("gte", "普查表上报率", "100%", "100%", "5", "5"),
        ("gte", "清查登记按时完成率", "100%", "100%", "5", "5"),
        ("lte", "普查经费支出", "≤76.50万元", "74.82万元", "5", "5"),
        ("qual", "为编制“十五五”规划提供数据支撑", "有效支撑", "部分成果待发布", "10", "9"),
        ("qual", "普查宣传覆盖面", "覆盖全部普查区", "15个普查区全覆盖", "10", "10"),
        ("qual", "基本单位名录库更新维护", "长期有效", "已建立并动态维护", "10", "10"),
        ("gte", "普查对象满意度", "≥90%", "93.71%", "10", "10"),
    ]
    d.row("总分", "100", "98.78")
    check_table(d, rows, ew, es, "100", "98.78", ["得分98.78分，评价等级为“优秀”"])
    # prose
    d.check(d.v("年初预算68.00万元") , "年初预算68.00万元")
    if d.v("当年财政拨款62.40万元") + d.v("上年结转资金5.60万元") != d.v("年初预算68.00万元"):
        fail("pengze: 年初 parts")
    if d.v("年初预算68.00万元") + d.v("追加预算8.50万元") != d.v("全年预算76.50万元"):
        fail("pengze: 年初 + 追加 ≠ 全年")
    if d.v("普查前期工作经费30.00万元") - d.v("当年支出24.40万元") != d.v("结转5.60万元）"):
        fail("pengze: 2022 carry-over")
    parts = ["劳务补助45.60万元", "业务培训费7.26万元", "宣传费5.48万元", "设备购置11.20万元", "印刷费5.28万元"]
    if sum(d.v(p) for p in parts) != d.v("项目累计支出74.82万元"):
        fail("pengze: spending parts")
    if d.v("全年预算76.50万元") - d.v("项目累计支出74.82万元") != d.v("结余1.68万元"):
        fail("pengze: balance")
    d.lit("截至2023年12月31日")
    d.lit("结转至2024年")
    if sum(d.v(p) for p in ["法人单位2864个", "产业活动单位536个", "个体经营户4118户"]) != d.v("合计7518个"):
        fail("pengze: 清查 parts")
    if d.v("普查指导员46名") + d.v("普查员258名") != d.v("合计304名"):
        fail("pengze: 普查员 parts")
    d.equal("普查员人数", ("普查指导员和普查员304名", 0), ("合计304名", 0), ("\t304人", 0))
    d.equal("清查数", ("合计7518个", 0), ("\t7518个", 0))
    if d.v("县级集中培训3期") + d.v("乡镇分片培训13期") != d.v("\t16期"):
        fail("pengze: 培训期数")
    d.check((D(1128) + D(984) + D(807)) / 3, "平均每轮973个")
    d.lit("分别核实查询单位1128个、984个、807个")
    d.check(D(268) / D(286) * 100, "满意度93.71%")
    d.lit("回收有效问卷286份，表示满意的268份")
    d.equal("差错率", ("普查数据差错率0.6%", 0), ("\t0.6%", 0))
    d.equal("普查区", ("普查区15个", 0), ("15个普查区全覆盖", 0))
    d.check(D(10) - D(9), "自评扣1分")


def chk_daishan(d):
    D = Decimal
    ew, es = check_funds(d, ("年度资金总额", "36.00", "36.00", "34.88", "10", "96.89%", "9.69"),
                         [("其中：当年财政拨款", "36.00", "36.00", "34.88"),
                          ("上年结转资金", "0.00", "0.00", "0.00"),
                          ("其他资金", "0.00", "0.00", "0.00")])
    rows = [
        ("gte", "辅助调查员配备人数", "≥24人", "24人", "100%", "8", "8"),
        ("gte", "住户记账样本户数", "180户", "180户", "100%", "8", "8"),
        ("gte", "入户访问次数", "≥2160户次", "2304户次", "106.67%", "7", "7"),
        ("gte", "记账数据审核通过率", "≥99%", "98.6%", "99.60%", "8", "7.97"),
        ("gte", "辅助调查员持证上岗率", "100%", "100%", "100%", "6", "6"),
        ("gte", "月度数据按时上报率", "100%", "100%", "100%", "7", "7"),
        ("lte", "辅助调查员劳务补助标准", "≤800元/人·月", "800元/人·月", "100%", "6", "6"),
        ("qual", "为居民收支核算提供基础数据", "按季提供", "按季提供", "—", "10", "10"),
        ("gte", "调查样本轮换完成率", "100%", "100%", "100%", "10", "10"),
        ("lte", "辅助调查员年度流失率", "≤10%", "4.17%", "100%", "10", "10"),
        ("gte", "记账户满意度", "≥90%", "95.56%", "106.18%", "10", "10"),
    ]
    d.row("总分", "100", "99.66")
    check_table(d, rows, ew, es, "100", "99.66", ["综合得分99.66分，评价等级为优秀"], has_comp=True)
    # prose
    d.equal("全年预算", ("年初预算36.00万元", 0), ("全年预算36.00万元", 0))
    parts = ["劳务补助22.88万元", "记账户补贴10.80万元", "记账用品1.20万元"]
    if sum(d.v(p) for p in parts) != d.v("实际支出34.88万元"):
        fail("daishan: spending parts")
    d.check(d.v("实际支出34.88万元") / d.v("全年预算36.00万元") * 100, "预算执行率96.89%")
    d.check(d.v("预算执行率96.89%") - d.v("2021年的95.2%", 1), "提高1.69个百分点")
    if d.v("全年预算36.00万元") - d.v("实际支出34.88万元") != d.v("结余1.12万元"):
        fail("daishan: balance")
    # 劳务补助 in 元: 24 × 800 × 12 − 1600
    if (D(24) * d.v("每人每月800元") * 12 - d.v("劳务补助1600元")) / 10000 != d.v("劳务补助22.88万元"):
        fail("daishan: 劳务补助 from the standard")
    if d.v("样本记账户180户") * d.v("每户每月50元") * 12 / 10000 != d.v("记账户补贴10.80万元"):
        fail("daishan: 记账补贴 from the standard")
    d.equal("辅助调查员", ("共24名", 0), ("在岗辅助调查员24名", 0), ("24名中离职1名", 0))
    d.check(D(1) / D(24) * 100, "流失率4.17%")
    d.check(D(172) / D(180) * 100, "满意度95.56%")
    d.lit("表示满意的172户")
    d.equal("入户访问", ("入户访问2304户次", 0), ("\t2304户次", 0))
    d.equal("审核通过率", ("记账数据审核通过率98.6%", 0), ("\t98.6%", 0))
    lv = [d.v("预算执行率得分9.69分"), d.v("产出指标得分49.97分"), d.v("效益指标得分30分"), d.v("满意度指标得分10分")]
    if sum(lv) != d.v("综合得分99.66分"):
        fail("daishan: level scores in the text")
    if D(8 + 8 + 7) + D("7.97") + D(6 + 7 + 6) != lv[1]:
        fail("daishan: 产出 level score vs rows")


def chk_nankai(d):
    D = Decimal
    ew, es = check_funds(d, ("年度资金总额", "30.00", "30.00", "29.46", "10", "98.20%", "9.82"),
                         [("其中：当年财政拨款", "30.00", "30.00", "29.46"),
                          ("上年结转资金", "0.00", "0.00", "0.00"),
                          ("其他资金", "0.00", "0.00", "0.00")])
    d.lit("上年结转资金 0.00 0.00 0.00 — — —")
    rows = [
        ("gte", "入企核查“四上”企业数", "≥150家", "158家", "10", "10"),
        ("gte", "核查统计报表张数", "≥900张", "946张", "5", "5"),
        ("gte", "开展统计业务培训", "≥4次", "4次", "5", "5"),
        ("gte", "核查发现问题整改率", "100%", "100%", "10", "10"),
        ("gte", "核查报告验收合格率", "100%", "100%", "5", "5"),
        ("date", "核查工作完成时限", "2021年11月30日前", "2021年11月26日", "5", "5"),
        ("lte", "单户核查成本", "≤1800元/家", "1700元/家", "10", "10"),
        ("lte", "核查企业主要指标差错率", "≤5%", "3.16%", "10", "10"),
        ("gte", "移交统计违法线索", "≥3件", "2件", "10", "6.67"),
        ("qual", "企业统计规范化水平", "持续提升", "持续提升", "10", "10"),
        ("gte", "被核查企业满意度", "≥90%", "93.04%", "10", "10"),
    ]
    d.row("总分", "100", "96.49")
    check_table(d, rows, ew, es, "100", "96.49", ["本项目自评得分96.49分，评价等级为优秀"])
    # prose
    d.equal("全年预算", ("年初预算30.00万元", 0), ("全年预算30.00万元", 0), ("下达项目资金30.00万元", 0))
    d.check(d.v("累计支付11.28万元") / d.v("全年预算30.00万元") * 100, "半年预算执行率为37.60%")
    d.check(d.v("全年支出29.46万元") / d.v("全年预算30.00万元") * 100, "预算执行率98.20%")
    if d.v("全年预算30.00万元") - d.v("全年支出29.46万元") != d.v("结余0.54万元"):
        fail("nankai: balance")
    parts = ["第三方核查服务费26.86万元", "资料印刷费1.52万元", "差旅费1.08万元"]
    if sum(d.v(p) for p in parts) != d.v("全年支出29.46万元"):
        fail("nankai: spending parts")
    batches = [D(42), D(38), D(45), D(33)]
    d.lit("分别核查企业42家、38家、45家、33家")
    if sum(batches) != d.v("全年入企核查“四上”企业158家"):
        fail("nankai: batches")
    d.check(sum(batches) / 4, "平均每批次39.5家")
    d.equal("核查企业数", ("全年入企核查“四上”企业158家", 0), ("≥150家 158家", 1), ("向158家被核查企业", 0))
    if d.v("全年入企核查“四上”企业158家") - d.v("较2020年的120家", 1) != d.v("增加38家"):
        fail("nankai: 较上年")
    d.check(D(946) / D(900) * 100, "完成计划的105.11%")
    d.lit("计划核查统计报表900张，实际核查946张")
    d.check(d.v("服务费26.86万元全部用于入企核查") * 10000 / D(158), "平均每家核查成本1700元")
    d.check(D(5) / D(158) * 100, "差错率3.16%")
    d.lit("存在较大差错的企业5家")
    d.check(D(147) / D(158) * 100, "满意度93.04%")
    d.lit("表示满意的147家")
    d.equal("线索", ("移交统计违法线索2件", 0), ("≥3件 2件", 1))


def chk_wuxuan(d):
    D = Decimal
    ew, es = check_funds(d, ("年度资金总额", "25.00", "28.60", "27.85", "10", "97.38%", "9.74"),
                         [("其中：当年财政拨款", "25.00", "28.60", "27.85"),
                          ("上年结转资金", "0", "0", "0"),
                          ("其他资金", "0", "0", "0")])
    rows = [
        ("gte", "联网直报单位数", "≥260家", "271家", "8", "8"),
        ("gte", "人口变动抽样调查样本户", "≥420户", "426户", "8", "8"),
        ("gte", "农作物产量抽样调查样本点", "≥36个", "36个", "6", "6"),
        ("gte", "统计报表及时率", "100%", "100%", "8", "8"),
        ("gte", "统计数据审核准确率", "≥98%", "97.5%", "8", "7.96"),
        ("date", "统计年鉴编印完成时间", "2019年9月底前", "2019年9月20日", "6", "6"),
        ("lte", "调查户补贴标准", "≤30元/户·月", "30元/户·月", "6", "6"),
        ("gte", "报送统计分析报告", "≥10篇", "14篇", "15", "15"),
        ("qual", "基层统计基础规范化", "逐步提升", "逐步提升", "15", "15"),
        ("gte", "调查对象满意度", "≥90%", "91.5%", "10", "10"),
    ]
    d.row("总分", "100", "99.70", "自评等级", "优")
    check_table(d, rows, ew, es, "100", "99.70", ["项目得分99.70分，等级为优。", "自评等级\n优"])
    d.lit("（2019年度）")
    # prose
    if d.v("年初预算25.00万元") + d.v("年中追加3.60万元") != d.v("全年预算28.60万元，其中"):
        fail("wuxuan: 年初 + 追加")
    parts = ["常规统计调查经费15.40万元", "专项统计调查经费9.60万元", "统计执法及宣传经费3.60万元"]
    if sum(d.v(p) for p in parts) != d.v("全年预算28.60万元，其中"):
        fail("wuxuan: budget parts")
    sp = ["常规统计调查经费支出15.10万元", "专项统计调查经费支出9.40万元", "统计执法及宣传经费支出3.35万元"]
    if sum(d.v(p) for p in sp) != d.v("全年支出27.85万元"):
        fail("wuxuan: spending parts")
    d.check(d.v("全年支出27.85万元") / d.v("全年预算28.60万元全部到位") * 100, "预算执行率97.38%")
    if d.v("全年预算28.60万元全部到位") - d.v("全年支出27.85万元") != d.v("结余0.75万元"):
        fail("wuxuan: balance")
    sub_b, sub_s = d.v("人口变动抽样调查经费预算2.40万元"), d.v("实际支出2.40万元，执行率100%")
    d.check(sub_s / sub_b * 100, "实际支出2.40万元，执行率100%", 1)
    if sub_b > d.v("专项统计调查经费9.60万元"):
        fail("wuxuan: sub-item above its item")
    d.check(D(183) / D(200) * 100, "满意度91.5%")
    d.lit("200户（家），满意183户（家）")
    d.equal("联网直报", ("全年联网直报单位271家", 0), ("271家", 0))
    d.equal("样本户", ("完成样本户426户", 0), ("426户", 0))
    d.equal("准确率", ("统计数据审核准确率97.5%", 0), ("97.5%", 0))
    d.equal("分析报告", ("统计分析报告14篇", 0), ("14篇", 0))
    lv = [d.v("预算执行指标得分9.74分"), d.v("产出指标得分49.96分"), d.v("效益指标得分30分"), d.v("满意度指标得分10分")]
    if sum(lv) != d.v("项目得分99.70分"):
        fail("wuxuan: level scores in the text")
    if D(8 + 8 + 6 + 8) + D("7.96") + D(6 + 6) != lv[1]:
        fail("wuxuan: 产出 level vs rows")


def chk_tianjun(d):
    D = Decimal
    ew, es = check_funds(d, ("年度资金总额", "6.00", "6.00", "5.88", "10", "98.00%", "9.80"),
                         [("其中：当年财政拨款", "6.00", "6.00", "5.88"),
                          ("上年结转资金", "0", "0", "0"),
                          ("其他资金", "0", "0", "0")])
    rows = [
        ("gte", "“双随机”检查单位数", "≥20家", "24家", "10", "10"),
        ("gte", "立案查处统计违法案件", "≥2件", "3件", "5", "5"),
        ("gte", "开展统计法治宣传活动", "≥4次", "5次", "5", "5"),
        ("gte", "执法检查程序合规率", "100%", "100%", "10", "10"),
        ("gte", "检查发现问题整改率", "≥95%", "93.75%", "5", "4.93"),
        ("date", "检查任务完成时间", "2024年11月底前", "2024年11月22日", "5", "5"),
        ("lte", "执法检查经费支出", "≤6.00万元", "5.88万元", "10", "10"),
        ("qual", "统计违法行为震慑作用", "明显增强", "有效增强", "10", "8.5"),
        ("gte", "企业统计数据报送规范率", "≥90%", "94.6%", "10", "10"),
        ("qual", "统计执法常态化机制", "健全", "健全", "10", "10"),
        ("gte", "被检查单位满意度", "≥90%", "95.83%", "10", "10"),
    ]
    d.row("总分", "100", "98.23")
    check_table(d, rows, ew, es, "100", "98.23", ["本项目得分98.23分，自评等级为优秀"])
    d.lit("项目支出绩效自评表（2024年度）")
    # prose
    d.equal("全年预算", ("年初预算6.00万元", 0), ("全年预算6.00万元", 0))
    if d.v("县级财政资金4.00万元、") + d.v("专项补助资金2.00万元") != d.v("全年预算6.00万元"):
        fail("tianjun: sources")
    d.check(d.v("全年实际支出5.88万元") / d.v("全年预算6.00万元") * 100, "预算执行率98.00%")
    if d.v("全年预算6.00万元") - d.v("全年实际支出5.88万元") != d.v("结余0.12万元"):
        fail("tianjun: balance")
    if d.v("支出3.97万元") + d.v("支出1.91万元") != d.v("全年实际支出5.88万元"):
        fail("tianjun: spending by source")
    d.check(d.v("支出3.97万元") / d.v("县级财政资金4.00万元，") * 100, "执行率99.25%")
    d.check(d.v("支出1.91万元") / d.v("省级补助资金2.00万元，") * 100, "支出1.91万元，执行率95.50%", 1)
    if sum(d.v(p) for p in ["“四上”企业15家", "规模以下抽样单位6家", "行政事业单位3家"]) != d.v("全年对24家单位"):
        fail("tianjun: 检查单位 parts")
    d.check(d.v("实际检查24家") / d.v("计划双随机抽查20家") * 100, "实际检查24家，完成率120%", 1)
    d.equal("检查单位", ("全年对24家单位", 0), ("实际检查24家", 0), ("| 24家 |", 0), ("向24家被检查单位", 0))
    d.equal("立案", ("立案查处统计违法案件3件", 0), ("| ≥2件 | 3件 |", 1))
    d.equal("宣传", ("法治宣传活动5次", 0), ("| 5次 |", 0))
    d.check(D(15) / D(16) * 100, "整改率93.75%")
    d.lit("发现各类问题16个，已整改15个")
    d.check(D(23) / D(24) * 100, "满意度95.83%")
    d.lit("收回24份，满意23份")
    d.equal("规范率", ("报送规范率达到94.6%", 0), ("| 94.6% |", 0))
    d.check(D(10) - D("8.5"), "自评扣1.5分")


CHECKS = {
    "jx-pengze-jingjipucha-2023": chk_pengze,
    "zj-daishan-fuzhudiaochayuan-2022": chk_daishan,
    "tj-nankai-shujuzhiliang-2021": chk_nankai,
    "gx-wuxuan-tongjidiaocha-2019": chk_wuxuan,
    "qh-tianjun-tongjizhifa-2024": chk_tianjun,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def changed_region(a, b):
    """[start, end) in b of the single contiguous region where b differs from a."""
    p = 0
    n = min(len(a), len(b))
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ list different files")
    sources = sorted({l["source"] for l in labels})
    if sorted(CHECKS) != sources:
        fail(f"sources {sources} ≠ checked projects")
    codes = {}
    for lab in labels:
        text = read(lab["case"])
        clean = read(f"{lab['source']}-clean.txt")
        if lab["clean"]:
            if lab["expected"] or lab["case"] != f"{lab['source']}-clean.txt":
                fail(f"{lab['case']}: clean label malformed")
            if not 3000 <= len(clean) <= 5000:
                fail(f"{lab['case']}: length {len(clean)}")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected one finding")
        if text == clean:
            fail(f"{lab['case']}: identical to the clean draft")
            continue
        st, en, en_clean = changed_region(clean, text)
        if en - st > 200 or en_clean - st > 200:
            fail(f"{lab['case']}: changed region too large ({en - st} chars)")
        for exp in lab["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error" or exp["code"] not in CODES:
                fail(f"{lab['case']}: bad code/severity {exp}")
            val = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(val), text)]
            if not occ:
                fail(f"{lab['case']}: value {val!r} not in case")
            # the value must cover the changed figure: an occurrence overlapping the changed region
            if not any(o < max(en, st + 1) and o + len(val) > st for o in occ):
                fail(f"{lab['case']}: value {val!r} does not overlap the change [{st},{en})")
    for c in CODES:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times (< 2)")
    n_err = sum(1 for l in labels if not l["clean"])
    if n_err != 30 or len(sources) != 5:
        fail(f"{n_err} error cases over {len(sources)} projects")
    for src, fn in CHECKS.items():
        fn(Doc(src, read(f"{src}-clean.txt")))
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, {n_err} injected errors, codes: "
          + ", ".join(f"{c}×{codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
