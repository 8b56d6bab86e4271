#!/usr/bin/env python3
"""Verify drafts154.

1. every label value occurs in its case file;
2. each error case differs from its clean draft in one place (one contiguous changed window),
   and that window overlaps an occurrence of the label value;
3. the arithmetic of every clean draft holds: generic checks of every table written with ｜
   (rates, weights, scores, completion, qualitative bands, total) plus explicit per-draft checks
   of the figures in the prose (sums, rates, balances, averages, grade band).
Prints OK at the end, or exits with a list of failures.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
FAILS = []


def fail(msg):
    FAILS.append(msg)


def D(x):
    return Decimal(str(x))


def r2(x):
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def parse(s):
    """first number in s -> (Decimal, decimals)"""
    m = NUM.search(s)
    if not m:
        return None
    txt = m.group(0).replace(",", "")
    d = len(txt.split(".")[1]) if "." in txt else 0
    return Decimal(txt), d


def consistent(computed, stated_str):
    """rules.md §8: |c - v| <= 0.5 * 10^-d, d = decimals of the stated string"""
    v, d = parse(stated_str)
    return abs(D(computed) - v) <= Decimal("0.5") * Decimal(10) ** (-d) + Decimal("1e-9")


class Doc:
    def __init__(self, name, text):
        self.name, self.t = name, text

    def V(self, snippet, k=0):
        """k-th number of a snippet that must occur in the text"""
        if snippet not in self.t:
            fail(f"{self.name}: snippet not found: {snippet!r}")
            return Decimal(0)
        nums = NUM.findall(snippet)
        return Decimal(nums[k].replace(",", ""))

    def S(self, snippet, k=0):
        """k-th number of a snippet as written (for the decimals rule)"""
        if snippet not in self.t:
            fail(f"{self.name}: snippet not found: {snippet!r}")
            return "0"
        return NUM.findall(snippet)[k]

    def check(self, label, computed, stated_str):
        if not consistent(computed, stated_str):
            fail(f"{self.name}: {label}: computed {computed} vs stated {stated_str}")

    def rate(self, label, num, den, stated_snippet, k=0):
        self.check(label, D(num) / D(den) * 100, self.S(stated_snippet, k))

    def total(self, label, parts, stated_snippet, k=0):
        self.check(label, sum(D(p) for p in parts), self.S(stated_snippet, k))


def grade_of(score):
    score = D(score)
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


# ---------------------------------------------------------------- generic table checks
def cells(line):
    return [c.strip() for c in line.split("｜")]


def tables(text):
    """yield (header cells, [row cells]) for each block of consecutive ｜ lines"""
    block = []
    for line in text.split("\n") + [""]:
        if "｜" in line:
            block.append(cells(line))
        elif block:
            yield block[0], block[1:]
            block = []


def unit_of(s):
    s = re.sub(r"[≥≤＞＜=<>]", "", s)
    return NUM.sub("", s).strip()


def qual_band(actual):
    if "部分达成" in actual:
        return (Decimal("0.6"), Decimal("0.8"), False)
    if "未达成" in actual:
        return (Decimal("0"), Decimal("0.6"), False)
    if "达成" in actual:
        return (Decimal("0.8"), Decimal("1"), True)
    return None


def generic(doc):
    weights, scores, totals = [], [], []
    level = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for head, rows in tables(doc.t):
        h = {c: i for i, c in enumerate(head)}
        is_funds = "执行率" in h and ("全年执行数" in h or "实际支出" in h)
        is_ind = "三级指标" in h and "分值" in h and "得分" in h
        if is_funds:
            bud = h.get("全年预算数")
            exe = h.get("全年执行数", h.get("实际支出"))
            for r in rows:
                b, e, rt = parse(r[bud])[0], parse(r[exe])[0], r[h["执行率"]]
                if b == 0:
                    if rt != "—":
                        fail(f"{doc.name}: rate on zero base in row {r[0]}: {rt}")
                elif rt != "—":
                    doc.check(f"funds row {r[0]} rate", e / b * 100, rt)
                if "分值" in h and r[h["分值"]] != "—":
                    w, s = parse(r[h["分值"]])[0], parse(r[h["得分"]])[0]
                    weights.append(w)
                    scores.append(s)
                    level["预算执行"][0] += w
                    level["预算执行"][1] += s
                    if r2(w * min(e / b, Decimal(1))) != s:
                        fail(f"{doc.name}: execution score {s} != {r2(w * min(e / b, 1))}")
        elif is_ind:
            for r in rows:
                if r[0] in ("合计", "总分"):
                    totals.append((parse(r[h["分值"]])[0], parse(r[h["得分"]])[0]))
                    continue
                w, s = parse(r[h["分值"]])[0], parse(r[h["得分"]])[0]
                weights.append(w)
                scores.append(s)
                level[r[0]][0] += w
                level[r[0]][1] += s
                if s > w or s < 0:
                    fail(f"{doc.name}: score {s} outside [0, {w}] in {r[2]}")
                tgt, act = r[h["年度指标值"]], r[h["实际完成值"]]
                comp = None
                if NUM.search(tgt) and NUM.search(act) and "年" not in tgt:
                    if unit_of(tgt) != unit_of(act):
                        fail(f"{doc.name}: unit {tgt} vs {act} in {r[2]}")
                        continue
                    T, A = parse(tgt)[0], parse(act)[0]
                    if T == 0:
                        exp = w if A <= 0 else Decimal(0)
                    elif "≤" in tgt:
                        comp = Decimal(100) if A <= T else T / A * 100
                        exp = w * min(comp / 100, Decimal(1))
                    else:
                        comp = A / T * 100
                        exp = w * min(comp / 100, Decimal(1))
                    if r2(exp) != s:
                        fail(f"{doc.name}: score {s} != rule {r2(exp)} in {r[2]}")
                    if "%" in tgt and A > 100:
                        fail(f"{doc.name}: percentage above 100 in {r[2]}")
                elif "年" in tgt:
                    if s != w:
                        fail(f"{doc.name}: date row not full score in {r[2]}")
                else:
                    band = qual_band(act)
                    if band is None:
                        if tgt != act and s != w:
                            fail(f"{doc.name}: qualitative row without band: {r[2]}")
                    else:
                        lo, hi, closed = band
                        q = s / w
                        if not (lo <= q and (q <= hi if closed else q < hi)):
                            fail(f"{doc.name}: qualitative score {s}/{w} outside band in {r[2]}")
                if "完成率" in h and r[h["完成率"]] != "—":
                    if comp is None:
                        fail(f"{doc.name}: completion stated where none computable in {r[2]}")
                    else:
                        doc.check(f"completion {r[2]}", comp, r[h["完成率"]])
    if weights:
        if sum(weights) != 100:
            fail(f"{doc.name}: weights add to {sum(weights)}")
        if len(totals) != 1:
            fail(f"{doc.name}: expected one total row, found {len(totals)}")
        else:
            tw, ts = totals[0]
            if tw != sum(weights):
                fail(f"{doc.name}: total weight {tw} != {sum(weights)}")
            if ts != sum(scores):
                fail(f"{doc.name}: total score {ts} != {sum(scores)}")
    return level, (totals[0][1] if totals else None)


# ---------------------------------------------------------------- explicit per-draft checks
def check_level(doc, level, key, stated_snippet, k=0):
    doc.check(f"level {key}", level[key][1], doc.S(stated_snippet, k))


def x_xisaishan(doc, level, total):
    V = doc.V
    doc.total("annual budget", [V("年初预算安排区级补助资金360.00万元"), V("奖补资金120.00万元"),
                                V("2021年结转的补助资金72.00万元", 1)], "调整后全年预算为552.00万元")
    doc.rate("provincial share", V("奖补资金120.00万元"), V("全年预算为552.00万元"), "占全年预算的21.74%")
    doc.rate("execution", V("全年实际支出526.50万元"), V("全年预算为552.00万元"), "预算执行率95.38%")
    doc.rate("district rate", V("区级资金360.00万元支出346.50万元", 1), V("区级资金360.00万元"), "执行率96.25%")
    doc.rate("provincial rate", V("省级奖补资金120.00万元支出108.00万元", 1), V("省级奖补资金120.00万元"), "执行率90.00%")
    doc.total("spent by source", [V("支出346.50万元"), V("支出108.00万元"), V("上年结转资金72.00万元已全部支出")],
              "全年实际支出526.50万元")
    doc.check("unspent", V("全年预算为552.00万元") - V("全年实际支出526.50万元"), doc.S("相应补助资金25.50万元"))
    doc.rate("completion", V("共有38台"), V("不少于36台"), "完成年度目标的105.56%")
    doc.total("units by street", [V("澄月街道12台"), V("黄思湾街道10台"), V("八泉街道9台"), V("临江街道7台")], "共有38台")
    money = [V("补助165.00万元"), V("补助139.50万元"), V("补助124.00万元"), V("补助98.00万元")]
    doc.total("money by street", money, "合计补助526.50万元")
    doc.check("average per unit", sum(money) / 38, doc.S("平均每台补助13.86万元"))
    doc.rate("running rate", V("37台运行正常"), V("38台电梯中"), "正常运行率97.37%")
    doc.rate("satisfaction", V("表示满意的187户"), V("共回访200户"), "满意度93.5%")
    doc.check("2021 average", V("拨付补助资金279.30万元") / V("加装电梯21台"), doc.S("台均13.30万元"))
    doc.total("funds col 1", [V("当年财政拨款｜360.00"), V("上年结转资金｜0.00"), V("其他资金｜0.00")], "年度资金总额｜360.00")
    doc.total("funds col 2", [V("当年财政拨款｜360.00｜480.00", 1), V("上年结转资金｜0.00｜72.00", 1),
                              V("其他资金｜0.00｜0.00", 1)], "年度资金总额｜360.00｜552.00", 1)
    doc.total("funds col 3", [V("当年财政拨款｜360.00｜480.00｜454.50", 2), V("上年结转资金｜0.00｜72.00｜72.00", 2),
                              V("其他资金｜0.00｜0.00｜0.00", 2)], "年度资金总额｜360.00｜552.00｜526.50", 2)
    doc.total("fiscal 480", [V("区级资金360.00万元"), V("省级奖补资金120.00万元")], "当年财政拨款｜360.00｜480.00", 1)
    doc.total("fiscal spent", [V("支出346.50万元"), V("支出108.00万元")], "当年财政拨款｜360.00｜480.00｜454.50", 2)
    doc.check("households table/text", V("惠及住户452户"), doc.S("≥400户｜452户", 1))
    doc.total("weights in text", [V("预算执行率10分"), V("产出指标50分"), V("效益指标30分"), V("满意度指标10分")], "｜100｜98.54")
    for key, snip in [("预算执行", "预算执行率得9.54分"), ("产出指标", "产出指标得50分"),
                      ("效益指标", "效益指标得29分"), ("满意度指标", "满意度指标得10分")]:
        check_level(doc, level, key, snip)
    doc.check("total text", total, doc.S("自评得分98.54分"))
    if "等级为优" not in doc.t or grade_of(total) != "优":
        fail(f"{doc.name}: grade")


def x_heshan(doc, level, total):
    V = doc.V
    doc.total("annual budget", [V("年初预算285.60万元"), V("追加消防设施整改资金25.00万元")], "全年预算调整为310.60万元")
    doc.total("budget by use", [V("维修维护费150.00万元"), V("物业服务补贴108.00万元"), V("消防设施整改25.00万元"),
                                V("保险及其他费用27.60万元")], "全年预算调整为310.60万元")
    doc.total("use table budget", [V("维修维护费｜150.00"), V("物业服务补贴｜108.00"), V("消防设施整改｜25.00"),
                                   V("保险及其他费用｜27.60")], "合计｜310.60")
    doc.total("use table spent", [V("维修维护费｜150.00｜142.35", 1), V("物业服务补贴｜108.00｜108.00", 1),
                                  V("消防设施整改｜25.00｜24.82", 1), V("保险及其他费用｜27.60｜23.00", 1)],
              "合计｜310.60｜298.17", 1)
    doc.rate("execution", V("2023年实际支出298.17万元", 1), V("全年预算调整为310.60万元"), "预算执行率96.00%")
    doc.check("balance", V("全年预算调整为310.60万元") - V("2023年实际支出298.17万元", 1), doc.S("年末结余12.43万元"))
    if "结转至2024年" not in doc.t:
        fail(f"{doc.name}: carry-over year")
    doc.check("property subsidy per unit per month (元)", V("物业服务补贴108.00万元") * 10000 / V("在管公租房9个小区、2316套", 1) / 12,
              doc.S("每套每月38.86元"))
    doc.rate("rent collection", V("实收459.63万元"), V("应收租金486.52万元"), "收缴率94.47%")
    doc.rate("repairs completion", V("全年受理维修事项1346件"), V("不少于1200件"), "完成年度目标的112.17%")
    doc.rate("repairs on time", V("按时办结1311件"), V("全年受理维修事项1346件"), "维修及时率97.40%")
    doc.rate("occupancy", V("全年实际入住2203套"), V("在管公租房9个小区、2316套", 1), "入住率95.12%")
    doc.total("occupants", [V("住房困难家庭1,425户"), V("外来务工人员778户")], "全年实际入住2203套")
    doc.rate("satisfaction", V("满意459份"), V("发放问卷500份"), "满意度91.80%")
    doc.check("maintenance cost table/text", V("维修维护费｜150.00｜142.35", 1), doc.S("≤150万元｜142.35万元", 1))
    doc.check("rent rate table/text", V("收缴率94.47%"), doc.S("≥95%｜94.47%", 1))
    doc.check("execution table/text", V("预算执行率96.00%"), doc.S("100%｜96.00%", 1))
    for key, snip in [("预算执行", "预算执行率得9.60分"), ("产出指标", "产出指标得49.94分"),
                      ("效益指标", "效益指标得30分"), ("满意度指标", "满意度指标得9.66分")]:
        check_level(doc, level, key, snip)
    doc.total("text total", [V("预算执行率得9.60分"), V("产出指标得49.94分"), V("效益指标得30分"),
                             V("满意度指标得9.66分")], "自评总分99.20分")
    doc.check("total text/table", total, doc.S("自评总分99.20分"))
    if "评价等级为优秀" not in doc.t or grade_of(total) != "优":
        fail(f"{doc.name}: grade")


def x_mashan(doc, level, total):
    V = doc.V
    doc.total("households by type", [V("拆除重建118户"), V("修缮加固147户")], "危房改造任务265户")
    doc.total("households by group", [V("低保户96户"), V("分散供养特困人员21户"), V("低保边缘家庭58户"),
                                      V("防止返贫监测对象62户"), V("其他重点对象28户")], "危房改造任务265户")
    doc.total("central", [V("第一批300.00万元"), V("第二批86.00万元")], "中央补助资金386.00万元")
    doc.total("annual", [V("中央补助资金386.00万元"), V("自治区补助资金145.00万元"), V("县级配套资金60.00万元")],
              "2022年全年预算591.00万元", 1)
    doc.total("initial", [V("第一批300.00万元"), V("县级配套资金60.00万元")], "共360.00万元")
    doc.rate("execution", V("累计支出危房改造补助资金541.80万元"), V("2022年全年预算591.00万元", 1), "预算执行率91.68%")
    doc.check("rebuild money", V("拆除重建户竣工111户") * V("拆除重建每户3.2万元"), doc.S("拆除重建补助355.20万元"))
    doc.check("repair money", V("修缮加固147户") * V("修缮加固每户1.2万元"), doc.S("修缮加固补助176.40万元"))
    doc.check("appraisal fee", V("危房改造任务265户") * V("每户200元") / 10000, doc.S("房屋安全鉴定费5.30万元"))
    doc.total("spent by use", [V("拆除重建补助355.20万元"), V("修缮加固补助176.40万元"), V("房屋安全鉴定费5.30万元"),
                               V("工作经费4.90万元")], "累计支出危房改造补助资金541.80万元")
    doc.total("spent by source", [V("中央补助资金支出360.00万元"), V("自治区补助资金支出121.80万元"),
                                  V("县级配套资金60.00万元全部支出")], "累计支出危房改造补助资金541.80万元")
    doc.check("unspent", V("2022年全年预算591.00万元", 1) - V("累计支出危房改造补助资金541.80万元"), doc.S("尚未支出的49.20万元"))
    doc.total("completed", [V("拆除重建户竣工111户"), V("修缮加固147户")], "截至年末竣工258户")
    doc.rate("completion rate", V("截至年末竣工258户"), V("危房改造任务265户"), "当年竣工率97.36%")
    doc.check("average subsidy", (V("拆除重建补助355.20万元") + V("修缮加固补助176.40万元")) / V("截至年末竣工258户"),
              doc.S("户均补助资金2.06万元"))
    doc.total("funds col 1", [V("中央补助资金｜300.00"), V("自治区补助资金｜0.00"), V("县级配套资金｜60.00"),
                              V("上年结转资金｜0.00"), V("其他资金｜0.00")], "年度资金总额｜360.00")
    doc.total("funds col 2", [V("中央补助资金｜300.00｜386.00", 1), V("自治区补助资金｜0.00｜145.00", 1),
                              V("县级配套资金｜60.00｜60.00", 1), V("上年结转资金｜0.00｜0.00", 1), V("其他资金｜0.00｜0.00", 1)],
              "年度资金总额｜360.00｜591.00", 1)
    doc.total("funds col 3", [V("中央补助资金｜300.00｜386.00｜360.00", 2), V("自治区补助资金｜0.00｜145.00｜121.80", 2),
                              V("县级配套资金｜60.00｜60.00｜60.00", 2), V("上年结转资金｜0.00｜0.00｜0.00", 2),
                              V("其他资金｜0.00｜0.00｜0.00", 2)], "年度资金总额｜360.00｜591.00｜541.80", 2)
    for key, snip in [("预算执行", "预算执行率得9.17分"), ("产出指标", "产出指标得49.74分"),
                      ("效益指标", "效益指标得27分"), ("满意度指标", "满意度指标得10分")]:
        check_level(doc, level, key, snip)
    doc.check("total text/table", total, doc.S("自评得分95.91分"))
    if "等级为“优”" not in doc.t or grade_of(total) != "优":
        fail(f"{doc.name}: grade")
    if "结转至2023年" not in doc.t or "2021年12月由自治区提前下达" not in doc.t:
        fail(f"{doc.name}: years")


def x_daan(doc, level, total):
    V = doc.V
    doc.total("annual", [V("年初预算收入1,286.40万元"), V("追加项目预算450.00万元")], "全年预算收入1,736.40万元")
    doc.rate("execution", V("全年支出1,380.56万元"), V("全年预算收入1,736.40万元"), "预算执行率79.51%")
    doc.total("spent split", [V("其中基本支出321.06万元"), V("项目支出1,059.50万元")], "全年支出1,380.56万元")
    rows = {"合计": "合计｜1286.40｜1736.40｜1380.56", "基本": "一、基本支出｜326.40｜326.40｜321.06",
            "人员": "人员经费｜288.60｜288.60｜288.60", "公用": "公用经费｜37.80｜37.80｜32.46",
            "项目": "二、项目支出｜960.00｜1410.00｜1059.50", "征收": "棚改征收工作经费｜160.00｜160.00｜152.30",
            "设施": "棚户区改造配套基础设施建设｜650.00｜1100.00｜770.00", "贴息": "棚改项目贷款贴息｜150.00｜150.00｜137.20"}
    for k in range(3):
        doc.total(f"col{k} total", [V(rows["基本"], k), V(rows["项目"], k)], rows["合计"], k)
        doc.total(f"col{k} basic", [V(rows["人员"], k), V(rows["公用"], k)], rows["基本"], k)
        doc.total(f"col{k} project", [V(rows["征收"], k), V(rows["设施"], k), V(rows["贴息"], k)], rows["项目"], k)
    doc.check("table total = text", V(rows["合计"], 2), doc.S("全年支出1,380.56万元"))
    doc.check("unspent", V("全年预算收入1,736.40万元") - V("全年支出1,380.56万元"), doc.S("年末未支出资金355.84万元"))
    doc.check("unspent infra", V(rows["设施"], 1) - V(rows["设施"], 2), doc.S("配套基础设施建设资金330.00万元"))
    doc.check("self-eval table row", V("部门整体支出｜1286.40｜1736.40｜1380.56", 2), doc.S(rows["合计"], 2))
    doc.check("start vs task", V("全年完成棚户区改造开工1,850套"), doc.S("开工任务1,850套"))
    doc.check("start table", V("全年完成棚户区改造开工1,850套"), doc.S("≥1850套｜1850套", 1))
    doc.rate("start completion", V("全年完成棚户区改造开工1,850套"), V("开工任务1,850套"), "完成率100%")
    doc.check("vs 2018", V("全年完成棚户区改造开工1,850套") - V("较2018年的1,420套", 1), doc.S("增加430套"))
    doc.rate("built completion", V("全年基本建成1,326套"), V("基本建成任务1,200套"), "完成年度任务的110.50%")
    doc.rate("pipes", V("管网4.8公里"), V("供热管网6.5公里"), "为年度任务的73.85%")
    doc.check("pipes left", V("供热管网6.5公里") - V("管网4.8公里"), doc.S("剩余1.7公里"))
    doc.rate("timely payments", V("按期兑付484笔"), V("应兑付征收补偿款500笔"), "兑付及时率96.8%")
    doc.rate("return rate", V("已回迁900户"), V("应回迁1,250户"), "回迁安置率72.0%")
    doc.rate("satisfaction", V("满意492份"), V("调查问卷600份"), "满意度82.0%")
    doc.check("total text/table", total, doc.S("自评得分88.44分"))
    if "评价等级为良好" not in doc.t or grade_of(total) != "良":
        fail(f"{doc.name}: grade")
    if "截至2019年12月31日" not in doc.t or "结转至2020年" not in doc.t:
        fail(f"{doc.name}: years")


def x_korla(doc, level, total):
    V = doc.V
    doc.total("annual", [V("城镇保障性安居工程补助资金420.00万元"), V("自治区补助资金66.00万元"), V("市级配套资金30.00万元")],
              "全年预算516.00万元")
    doc.total("central", [V("中央补助资金中的300.00万元"), V("其余中央资金120.00万元")], "城镇保障性安居工程补助资金420.00万元")
    doc.total("initial", [V("中央补助资金中的300.00万元"), V("市级配套资金30.00万元")], "年初预算合计330.00万元")
    doc.rate("received", V("全年资金到位516.00万元"), V("全年预算516.00万元"), "到位率100%")
    doc.rate("execution", V("全年实际发放租赁补贴498.36万元"), V("全年预算516.00万元"), "预算执行率96.58%")
    q = [V("第一季度发放118.20万元"), V("第二季度124.56万元"), V("第三季度126.30万元"), V("第四季度129.30万元")]
    doc.total("quarters", q, "全年实际发放租赁补贴498.36万元")
    doc.check("quarter average", sum(q) / 4, doc.S("季度平均发放124.59万元"))
    doc.check("balance", V("全年资金到位516.00万元") - V("全年实际发放租赁补贴498.36万元"), doc.S("年末结余17.64万元"))
    doc.rate("households completion", V("全年共向2,145户"), V("不少于2,000户"), "完成率107.25%")
    doc.total("households", [V("城镇低保家庭612户"), V("低收入住房困难家庭1,088户"), V("外来务工人员445户")], "全年共向2,145户")
    doc.check("per household (元)", V("全年实际发放租赁补贴498.36万元") * 10000 / V("全年共向2,145户"),
              doc.S("户均年补贴2,323.36元"))
    doc.rate("coverage", V("已保障2,145户"), V("提出申请的家庭2,207户"), "保障覆盖率97.19%")
    doc.total("applications", [V("审核通过356户"), V("不符合条件退回56户")], "新受理申请412户")
    doc.check("monthly example", V("核定保障面积45平方米") * V("每平方米每月6元"), doc.S("每月可领取补贴270元"))
    doc.rate("satisfaction", V("表示满意的372户"), V("回收有效问卷400份"), "满意度93.00%")
    doc.total("weights", [V("按预算执行率10分"), V("产出指标50分"), V("效益指标30分"), V("满意度指标10分")], "100")
    doc.check("execution score", 10 * V("全年实际发放租赁补贴498.36万元") / V("全年预算516.00万元"), doc.S("预算执行率指标得9.66分"))
    doc.check("benefit score", V("效益指标30分") - 10 + V("该项10分按7分计", 1), doc.S("得27分"))
    doc.check("satisfaction score", 10 * V("满意度93.00%") / V("补贴对象满意度不低于95%"), doc.S("得9.79分"))
    doc.total("total", [V("预算执行率指标得9.66分"), V("得50分"), V("得27分"), V("得9.79分")], "项目自评总得分96.45分")
    if "自评等级为“优”" not in doc.t or grade_of(V("项目自评总得分96.45分")) != "优":
        fail(f"{doc.name}: grade")
    if "结转至2025年" not in doc.t or "2023年12月提前下达" not in doc.t:
        fail(f"{doc.name}: years")
    doc.check("amount in conclusion", V("发放租赁补贴498.36万元，年度绩效目标基本实现"), doc.S("全年实际发放租赁补贴498.36万元"))


EXPLICIT = {
    "xisaishan-elevator-2022": x_xisaishan,
    "yiyang-heshan-gongzufang-2023": x_heshan,
    "mashan-weigai-2022": x_mashan,
    "daan-penggai-dept-2019": x_daan,
    "korla-rentsubsidy-2024": x_korla,
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    codes = Counter()
    sources = sorted({r["source"] for r in labels})
    if sources != sorted(EXPLICIT):
        fail(f"sources {sources}")
    for r in labels:
        t = texts[r["case"]]
        if r["clean"]:
            if r["expected"]:
                fail(f"{r['case']}: clean case with expected findings")
            if not 3000 <= len(t) <= 4000:
                fail(f"{r['case']}: length {len(t)}")
            continue
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected exactly one finding")
        clean = texts[r["source"] + "-clean.txt"]
        # one changed window
        i = 0
        while i < min(len(t), len(clean)) and t[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(t), len(clean)) - i and t[-1 - j] == clean[-1 - j]:
            j += 1
        win = (i, len(t) - j)
        if t == clean or win[1] - win[0] > 120 or len(clean) - j - i > 120:
            fail(f"{r['case']}: changed window {win} too large or empty")
        for e in r["expected"]:
            codes[e["code"]] += 1
            if e["severity"] != "error" or e["code"] not in CODES13:
                fail(f"{r['case']}: bad code/severity {e}")
            v = e["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), t)]
            if not occ:
                fail(f"{r['case']}: value not found: {v!r}")
            elif not any(s < max(win[1], win[0] + 1) and s + len(v) > win[0] for s in occ):
                fail(f"{r['case']}: value does not overlap the change: {v!r}")
            if v in clean:
                fail(f"{r['case']}: value also occurs in the clean draft: {v!r}")
    for c in CODES13:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    for src, fn in EXPLICIT.items():
        doc = Doc(src + "-clean.txt", texts[src + "-clean.txt"])
        level, total = generic(doc)
        fn(doc, level, total)
    if FAILS:
        print("\n".join(FAILS))
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES13))
    print("OK")


if __name__ == "__main__":
    main()
