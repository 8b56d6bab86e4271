#!/usr/bin/env python3
"""Check set n61: labels, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: format; every value occurs exactly once in its case and never in the clean draft.
2. Each error case differs from its clean draft by one edit inside one line, at most 16 characters
   changed (two adjacent table rows allowed for score-row codes); build.py reproduces it exactly.
3. Clean drafts: the stated claims listed below (rates, balances, sums, averages, air-quality
   ratios and declines) hold within the tolerance of the stated decimals (rules.md §8); every
   Markdown 自评表 is recomputed (funds block: rate, score, components; indicator rows: completion,
   score under rules.md §5, score <= weight; weights to 100; scores to the total); grade band;
   year statements.  Full-width digits are normalised first.
4. Each error case breaks at least one of these checks (so the injected error is real).
Prints OK when everything passes.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402

FW = str.maketrans("０１２３４５６７８９．％＋－", "0123456789.%+-")


def norm(s):
    return s.translate(FW)


def num(s):
    return D(norm(s).replace(",", "").rstrip("%"))


def ndec(s):
    s = norm(s).replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    return abs(D(computed) - num(stated)) <= D("0.5") * D(10) ** -ndec(stated) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def pct(a, b):
    return D(a) / D(b) * 100


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- claims per project
# (context that must occur in the normalised text, stated figure inside it, computed value)
def C(ctx, stated, value):
    return (ctx, stated, D(value))


CLAIMS = {
    "wuan-steelultralow-2019": dict(year=2019, total="98.07", grade_ctx="自评等级为“优”", claims=[
        C("项目年初预算2040.00万元", "2040.00", D("1560.00") + D("480.00")),
        C("中央大气污染防治资金1560.00万元", "1560.00", D("2040.00") - D("480.00")),
        C("省级大气污染防治专项资金480.00万元", "480.00", D("2040.00") - D("1560.00")),
        C("全年预算调整为2400.00万元", "2400.00", D("2040.00") + D("360.00")),
        C("评估监测核查100.00万元。", "100.00", D("2400.00") - D("1380.00") - D("700.00") - D("220.00")),
        C("全年实际支出2236.85万元", "2236.85", D("1380.00") + D("586.40") + D("186.45") + D("84.00")),
        C("预算执行率93.20%", "93.20", pct("2236.85", "2400.00")),
        C("有组织排放超低改造奖补1380.00万元，其中永达钢铁520.00万元、华兴冶金460.00万元、正泰钢铁400.00万元", "1380.00", D("520.00") + D("460.00") + D("400.00")),
        C("执行586.40万元，执行率83.77%", "83.77", pct("586.40", "700.00")),
        C("平均每套15.54万元", "15.54", D("186.45") / 12),
        C("每家168000元的合同单价结算，合计84.00万元", "84.00", D("168000") * 5 / 10000),
        C("年末未支出资金163.15万元", "163.15", D("2400.00") - D("2236.85")),
        C("结转至2020年", "2020", 2020),
        C("较2018年的64微克/立方米下降7.81%", "7.81", pct(64 - 59, 64)),
        C("比58微克/立方米的目标高1微克/立方米", "1", 59 - 58),
        C("较2018年的117微克/立方米下降7.69%", "7.69", pct(117 - 108, 117)),
        C("优良天数比例56.99%", "56.99", pct(208, 365)),
        C("193天（52.88%）", "52.88", pct(193, 365)),
        C("增加15天", "15", 208 - 193),
        C("提高4.11个百分点", "4.11", pct(208, 365) - pct(193, 365)),
        C("比2018年的23天减少6天", "6", 23 - 17),
        C("分别为目标值的112.60%", "112.60", pct(1126, 1000)),
        C("和112.27%", "112.27", pct(1684, 1500)),
        C("投资2.86亿元，其中", "2.86", D("2.12") + D("0.74")),
        C("应传输小时数据105120个", "105120", 12 * 8760),
        C("传输有效率98.58%", "98.58", pct(103627, 105120)),
        C("CEMS传输有效率98.58%", "98.58", pct(103627, 105120)),
        C("满意度82.40%，", "82.40", pct(412, 500)),
        C("满意度95.00%", "95.00", pct(19, 20)),
        C("低于目标值7.60个百分点", "7.60", D(90) - D("82.40")),
        C("预算执行得分9.32分", "9.32", 10 * D("2236.85") / D("2400.00")),
        C("效益指标得分29.17分", "29.17", sum(D(x) for x in "4.92 3.91 3.89 3.80 2.65 2 2 3 3".split())),
        C("满意度指标得分9.58分", "9.58", D("4.58") + 5),
        C("自评总分98.07分", "98.07", D("9.32") + 50 + D("29.17") + D("9.58")),
        C("1560.00万元已全部纳入", "1560.00", D("1560.00")),
        # table scores recomputed from the unrounded inputs (the table itself is checked from the stated cells)
        C("| 56.99% | 4 | 3.80 |", "3.80", 4 * pct(208, 365) / 60),
        C("| 7.81% | 4 | 3.91 |", "3.91", 4 * pct(64 - 59, 64) / 8),
        C("| 82.40% | 5 | 4.58 |", "4.58", 5 * pct(412, 500) / 90),
    ]),
    "dongli-vocsozone-2024": dict(year=2024, total="99.37", grade_ctx="评价等级为“优”", claims=[
        C("全年预算调整为484.00万元", "484.00", D("386.00") + D("98.00")),
        C("臭氧污染成因分析28.00万元。", "28.00", D("484.00") - 168 - 126 - 114 - 48),
        C("全年执行462.98万元", "462.98", D("163.80") + D("126.00") + D("107.50") + D("46.08") + D("19.60")),
        C("预算执行率95.66%", "95.66", pct("462.98", "484.00")),
        C("结余21.02万元", "21.02", D("484.00") - D("462.98")),
        C("尾款8.40万元", "8.40", D("28.00") - D("19.60")),
        C("每次3.15万元结算，支付163.80万元", "163.80", D("3.15") * 52),
        C("每家1.25万元结算，支付107.50万元", "107.50", D("1.25") * 86),
        C("单价7.68万元，支付46.08万元", "46.08", D("7.68") * 6),
        C("首期款19.60万元（合同金额的70%）", "19.60", D("28.00") * D("0.70")),
        C("预算执行得分9.57分", "9.57", 10 * D("462.98") / D("484.00")),
        C("效益指标得分29.83分", "29.83", 5 + 5 + D("4.83") + 4 + 5 + 6),
        C("满意度指标得分9.97分", "9.97", 5 + D("4.97")),
        C("自评总分99.37分", "99.37", D("9.57") + 50 + D("29.83") + D("9.97")),
        C("全年开展走航监测52次，其中", "52", 10 + 16 + 17 + 9),
        C("平均每季度13次", "13", D(10 + 16 + 17 + 9) / 4),
        C("整改209个，整改率97.66%", "97.66", pct(209, 214)),
        C("未完成的5个问题", "5", 214 - 209),
        C("应获取小时数据8784个（366天×24小时）", "8784", 366 * 24),
        C("数据有效率95.80%", "95.80", pct(8415, 8784)),
        C("较2023年的42微克/立方米下降7.14%", "7.14", pct(42 - 39, 42)),
        C("PM2.5年均浓度分别为38、40、37、41、39微克/立方米", "39", D(38 + 40 + 37 + 41 + 39) / 5),
        C("优良天数比例73.50%", "73.50", pct(269, 366)),
        C("252天（69.04%）", "69.04", pct(252, 365)),
        C("增加17天", "17", 269 - 252),
        C("提高4.46个百分点", "4.46", pct(269, 366) - pct(252, 365)),
        C("较2023年的184微克/立方米下降4.35%", "4.35", pct(184 - 176, 184)),
        C("高于目标6微克/立方米", "6", 176 - 170),
        C("VOCs减排量287.6吨，超过260吨", "287.6", D("287.6")),
        C("满意的80家，满意度93.02%", "93.02", pct(80, 86)),
        C("满意的358份，满意度89.50%", "89.50", pct(358, 400)),
        C("整改率达到97.66%", "97.66", pct(209, 214)),
        C("| 97.66% | 102.80% |", "102.80", pct(209, 214) / 95 * 100),
        C("| 95.80% | 106.44% |", "106.44", pct(8415, 8784) / 90 * 100),
        C("| 73.50% | 105.00% |", "105.00", pct(269, 366) / 70 * 100),
        C("| 93.02% | 103.36% |", "103.36", pct(80, 86) / 90 * 100),
        C("| 89.50% | 99.44% | 5 | 4.97 |", "4.97", 5 * pct(358, 400) / 90),
        C("| 287.6吨 | 110.62% |", "110.62", D("287.6") / 260 * 100),
    ]),
    "yaodu-cleanheating-2018": dict(year=2018, total="96.14", grade_ctx="属于“优秀”", funds_in_weights=False, claims=[
        C("全年完成煤改电8132户、煤改气11480户", "11480", 11480),
        C("全年预算调整为6120.00万元", "6120.00", D("5400.00") + 320 + 400),
        C("年初预算5400.00万元", "5400.00", D("2600.00") + D("1200.00") + D("600.00") + D("1000.00")),
        C("其余320.00万元未到位", "320.00", D("600.00") - D("280.00")),
        C("全年实际到位5800.00万元，到位率94.77%", "94.77", pct(5800, 6120)),
        C("全年实际到位5800.00万元", "5800.00", D("6120.00") - 320),
        C("全年执行5237.64万元，其中煤改电设备购置补助2195.64万元（8132户，每户2700元）、煤改气设备购置补助2755.20万元（11480户，每户2400元）、散煤经营点取缔及散煤市场监管286.80万元", "5237.64", D("2195.64") + D("2755.20") + D("286.80")),
        C("煤改电设备购置补助2195.64万元（8132户，每户2700元）", "2195.64", D(8132 * 2700) / 10000),
        C("煤改气设备购置补助2755.20万元（11480户，每户2400元）", "2755.20", D(11480 * 2400) / 10000),
        C("预算执行率85.58%，低于90%", "85.58", pct("5237.64", "6120.00")),
        C("资金结余562.36万元", "562.36", D("5800.00") - D("5237.64")),
        C("结转至2019年", "2019", 2019),
        C("总得分96.14分", "96.14", D("8.56") + D("49.48") + D("28.10") + 10),
        C("超额132户", "132", 8132 - 8000),
        C("比年度目标少520户", "520", 12000 - 11480),
        C("有520户未能", "520", 12000 - 11480),
        C("合格496户，抽检合格率99.20%", "99.20", pct(496, 500)),
        C("较2017年的80微克/立方米下降11.25%", "11.25", pct(80 - 71, 80)),
        C("较2017年的58微克/立方米下降36.21%", "36.21", pct(58 - 37, 58)),
        C("优良天数比例53.70%", "53.70", pct(196, 365)),
        C("178天（48.77%）", "48.77", pct(178, 365)),
        C("增加18天", "18", 196 - 178),
        C("提高4.93个百分点", "4.93", pct(196, 365) - pct(178, 365)),
        C("比200天的目标少4天", "4", 200 - 196),
        C("约4.4吨测算，全年削减散煤8.6万吨", "8.6", D(8132 + 11480) * D("4.4") / 10000),
        C("满意的924户，满意度92.40%", "92.40", pct(924, 1000)),
        C("市级资金到位率46.67%", "46.67", pct(280, 600)),
        C("区级资金执行率74.23%", "74.23", pct("1039.24", "1400.00")),
        C("全年预算执行率85.58%。", "85.58", pct("5237.64", "6120.00")),
        C("自评总得分96.14分", "96.14", D("96.14")),
        C("下降11.25% |", "11.25", pct(80 - 71, 80)),
        C("| 11480户 | 95.67% | 11.48 |", "11.48", 12 * D(11480) / 12000),
        C("| 196天 | 98.00% | 4.90 |", "4.90", 5 * D(196) / 200),
    ]),
    "gaocheng-airgrid-2021": dict(year=2021, total="97.87", grade_ctx="自评等级为“优秀”", claims=[
        C("乡镇空气站运维134.40万元（14个站点，每站每年9.60万元）", "134.40", D("9.60") * 14),
        C("即960000元", "960000", 100 * 800 * 12),
        C("网格员补助96.00万元", "96.00", D(100 * 800 * 12) / 10000),
        C("第三方质控比对及数据分析15.60万元。", "15.60", D("286.00") - D("134.40") - D("96.00") - D("40.00")),
        C("全年实际支出246.18万元", "246.18", D("134.40") + D("83.52") + D("16.46") + D("11.80")),
        C("预算执行率86.08%", "86.08", pct("246.18", "286.00")),
        C("结余39.82万元", "39.82", D("286.00") - D("246.18")),
        C("网格员补助83.52万元", "83.52", D(87 * 800 * 12) / 10000),
        C("仅为86.08%", "86.08", pct("246.18", "286.00")),
        C("应联网重点排污单位57家，已联网57家，联网率100%", "100", pct(57, 57)),
        C("分别为96.4%、97.9%、95.8%、98.3%，平均97.1%", "97.1",
          (D("96.4") + D("97.9") + D("95.8") + D("98.3")) / 4),
        C("较90名的目标少3名", "3", 90 - 87),
        C("应获取小时数据122640个（14站×8760小时）", "122640", 14 * 8760),
        C("数据有效率93.76%", "93.76", pct(114983, 122640)),
        C("已处置1352个，处置率97.55%", "97.55", pct(1352, 1386)),
        C("较2020年的56微克/立方米下降16.07%", "16.07", pct(56 - 47, 56)),
        C("较2020年的97微克/立方米下降11.34%", "11.34", pct(97 - 86, 97)),
        C("优良天数比例66.03%", "66.03", pct(241, 365)),
        C("全年366天，比例56.01%", "56.01", pct(205, 366)),
        C("增加36天", "36", 241 - 205),
        C("提高10.02个百分点", "10.02", pct(241, 365) - pct(205, 366)),
        C("比2020年的21天减少7天", "7", 21 - 14),
        C("较2020年的412件下降15.29%", "15.29", pct(412 - 349, 412)),
        C("自评总分97.87分，其中预算执行9分", "9", 10 * D("246.18") / D("286.00")),
        C("产出指标59.73分", "59.73", 60 - 8 + D("7.73")),
        C("效益指标29.14分", "29.14", 30 - 6 + D("5.14")),
        C("自评总分97.87分", "97.87", 9 + D("59.73") + D("29.14")),
        C("产出指标权重为60分", "60", 8 + 8 + 6 + 8 + 6 + 6 + 6 + 6 + 6),
    ]),
    "xiaoyi-cokingultralow-2025": dict(year=2025, total="99.04", grade_ctx="自评等级：优", claims=[
        C("年初预算1200.00万元，包括中央大气污染防治资金900.00万元", "1200.00", D("900.00") + D("300.00")),
        C("全年预算数1840.00万元，其中当年财政拨款1460.00万元、上年结转资金380.00万元。", "1840.00",
          D("1460.00") + D("380.00")),
        C("当年财政拨款中，中央资金900.00万元、省级资金300.00万元、市本级资金260.00万元", "260.00",
          D("1460.00") - 900 - 300),
        C("全年执行1782.36万元", "1782.36", D("1200.00") + D("380.00") + D("202.36")),
        C("预算执行率96.87%", "96.87", pct("1782.36", "1840.00")),
        C("焦化企业超低排放改造奖补1200.00万元，其中华鑫焦化360.00万元、晋阳焦化320.00万元、汾源焦化280.00万元、梧桐焦化240.00万元", "1200.00", D(360) + 320 + 280 + 240),
        C("乡镇空气站建设380.00万元，共5座，每座76.00万元", "380.00", D("76.00") * 5),
        C("运维、质控及评估监测202.36万元", "202.36", D("72.00") + D("96.00") + D("34.36")),
        C("新建站运维72.00万元（5座×6个月×2.40万元）", "72.00", D("2.40") * 5 * 6),
        C("评估监测96.00万元（4家×24.00万元）", "96.00", D("24.00") * 4),
        C("市本级资金结余57.64万元", "57.64", D("260.00") - D("202.36")),
        C("市本级资金结余57.64万元", "57.64", D("1840.00") - D("1782.36")),
        C("结转至2026年", "2026", 2026),
        C("共184天，应获取小时数据22080个", "22080", 184 * 24 * 5),
        C("数据有效率94.63%", "94.63", pct(20894, 22080)),
        C("较2024年的42微克/立方米下降7.14%", "7.14", pct(42 - 39, 42)),
        C("较2024年的78微克/立方米下降6.41%", "6.41", pct(78 - 73, 78)),
        C("优良天数比例71.51%，较2024年", "71.51", pct(261, 365)),
        C("比例67.76%", "67.76", pct(248, 366)),
        C("增加13天", "13", 261 - 248),
        C("提高3.75个百分点", "3.75", pct(261, 365) - pct(248, 366)),
        C("氮氧化物减排完成目标的109.00%", "109.00", pct(1962, 1800)),
        C("颗粒物减排完成目标的94.06%", "94.06", pct(301, 320)),
        C("满意的432份，满意度86.40%", "86.40", pct(432, 500)),
        C("预算执行得分9.69分", "9.69", 10 * D("1782.36") / D("1840.00")),
        C("效益指标得分29.55分", "29.55", 5 + D("4.79") + 5 + 4 + D("3.76") + 7),
        C("满意度指标得分9.80分", "9.80", D("4.80") + 5),
        C("自评得分99.04分", "99.04", D("9.69") + 50 + D("29.55") + D("9.80")),
        C("PM2.5年均浓度39微克/立方米，优良天数比例71.51%", "39", 39),
        C("PM2.5年均浓度39微克/立方米，较2024年", "39", 39),
        C("单站建设成本76.00万元，低于80.00万元", "76.00", D("380.00") / 5),
        C("群众满意度86.40%", "86.40", pct(432, 500)),
    ]),
}

# rows whose target is qualitative or a date: checked by hand here (name -> rule)
MANUAL_ROWS = {
    "改造完成时间": "date actual 2019-10-25 before deadline 2019-10-31 -> full",
    "改造设施稳定运行": "qualitative, achieved -> full",
    "VOCs污染源清单动态更新机制": "qualitative, achieved -> full",
    "改造户冬季取暖费用负担": "qualitative 部分达成 -> 4.2 of 6 = 70% in [60%, 80%)",
    "改造完成时限": "date 2025-09-26 before 2025-09-30 -> full",
    "站点联网时限": "date 2025-06-28 before 2025-06-30 -> full",
    "乡镇空气站长效运维机制": "qualitative, achieved -> full",
}

NUM_RE = re.compile(r"^(?P<sign>≥|>=|＞|>|≤|<=|＜|<|=|下降≥|下降)?\s*(?P<num>-?\d+(?:\.\d+)?)\s*(?P<unit>.*)$")


def parse_value(cell):
    s = norm(cell).strip()
    m = NUM_RE.match(s)
    if not m:
        return None
    unit = m.group("unit").strip()
    if unit.startswith("前") or "年" in unit or "，" in unit:
        return None
    return m.group("sign") or "", m.group("num"), unit


def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    res = []
    for t in out:
        header, rows = t[0], [r for r in t[1:] if not all(set(c) <= set("-: ") for c in r)]
        res.append((header, rows))
    return res


def col(header, *names):
    for i, h in enumerate(header):
        if any(h.startswith(n) for n in names):
            return i
    return None


def check_text(text, spec, fails):
    t = norm(text)
    # 1. claims
    for ctx, stated, value in spec["claims"]:
        if ctx not in t:
            fails.append(f"claim context missing: {ctx}")
            continue
        if stated not in ctx:
            fails.append(f"stated figure {stated} not inside context {ctx}")
            continue
        if not consistent(stated, value):
            fails.append(f"claim wrong: {ctx}: stated {stated}, computed {value:.4f}")
    # 2. tables
    weight_sum, score_sum, stated_total_w, stated_total_s = D(0), D(0), None, None
    for header, rows in tables(t):
        ia, ib, ir = col(header, "全年预算数"), col(header, "全年执行数"), col(header, "执行率")
        if ia is not None and ib is not None and ir is not None:
            iw, isc, i0 = col(header, "分值"), col(header, "得分"), col(header, "年初预算数")
            tot = None
            comps = {i: D(0) for i in (i0, ia, ib) if i is not None}
            for r in rows:
                vals = {}
                for i in comps:
                    vals[i] = D(0) if r[i] in ("—", "") else num(r[i])
                a, b = vals[ia], vals[ib]
                rate = r[ir]
                if a == 0:
                    if rate not in ("—", "0"):
                        fails.append(f"funds row {r[0]}: rate {rate} on zero budget")
                else:
                    if rate in ("—", ""):
                        fails.append(f"funds row {r[0]}: rate missing")
                    elif not consistent(rate, pct(b, a)):
                        fails.append(f"funds row {r[0]}: rate {rate} vs {pct(b, a):.4f}")
                    if pct(b, a) > 100:
                        fails.append(f"funds row {r[0]}: rate over 100%")
                if r[0] == "年度资金总额":
                    tot = vals
                    w, s = num(r[iw]), r[isc]
                    exp = w * min(b / a, D(1))
                    if not consistent(s, exp):
                        fails.append(f"execution score {s} vs {exp:.4f}")
                    if spec.get("funds_in_weights", True):
                        weight_sum += w
                        score_sum += num(s)
                else:
                    for i in comps:
                        comps[i] += vals[i]
            if tot is not None and len(rows) > 1:
                for i in comps:
                    if comps[i] != tot[i]:
                        fails.append(f"funds components column {header[i]}: {comps[i]} vs total {tot[i]}")
            continue
        iw, isc = col(header, "分值", "权重"), col(header, "得分")
        if iw is None or isc is None:
            continue
        itg, iac = col(header, "年度指标值", "目标值"), col(header, "实际完成值", "业绩值")
        icp, iname = col(header, "完成率"), col(header, "三级指标")
        for r in rows:
            if r[0] in ("总分", "合计"):
                stated_total_w, stated_total_s = r[iw], r[isc]
                continue
            w, s = num(r[iw]), num(r[isc])
            weight_sum += w
            score_sum += s
            name = r[iname]
            if s > w or s < 0:
                fails.append(f"row {name}: score {s} outside [0, {w}]")
            tg, ac = parse_value(r[itg]), parse_value(r[iac])
            if tg is None or ac is None:
                if name not in MANUAL_ROWS:
                    fails.append(f"row {name}: non-numeric target/actual not covered by MANUAL_ROWS")
                continue
            sign, tv, tu = tg
            _, av, au = ac
            if tu != au:
                fails.append(f"row {name}: unit of target {tu!r} differs from actual {au!r}")
                continue
            T, A = D(tv), D(av)
            if sign in ("≤", "<=", "＜", "<"):
                comp = D(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
            exp = w * min(comp / 100, D(1))
            if not consistent(r[isc], exp):
                fails.append(f"row {name}: score {r[isc]} vs rule {exp:.4f}")
            # the score from the rounded completion must agree as well
            exp2 = w * min(r2(comp) / 100, D(1))
            if not consistent(r[isc], exp2):
                fails.append(f"row {name}: score {r[isc]} vs rule from rounded completion {exp2:.4f}")
            if icp is not None and r[icp] not in ("—", ""):
                if not consistent(r[icp], comp):
                    fails.append(f"row {name}: completion {r[icp]} vs {comp:.4f}")
            if comp > 120 and r[-1] in ("—", ""):
                fails.append(f"row {name}: over-achievement {comp:.1f}% without explanation")
            if comp < 100 and r[-1] in ("—", "") and header[-1].startswith("偏差"):
                fails.append(f"row {name}: shortfall without explanation")
    if weight_sum != 100:
        fails.append(f"weights sum to {weight_sum}, not 100")
    if stated_total_w is not None and num(stated_total_w) != weight_sum:
        fails.append(f"stated weight total {stated_total_w} vs {weight_sum}")
    total = spec["total"]
    if stated_total_s is not None and not consistent(stated_total_s, score_sum):
        fails.append(f"stated score total {stated_total_s} vs sum {score_sum}")
    if not consistent(total, score_sum):
        fails.append(f"project total {total} vs score sum {score_sum}")
    # 3. grade
    g = spec["grade_ctx"]
    if g not in t:
        fails.append(f"grade statement missing: {g}")
    elif band(total) not in g:
        fails.append(f"grade {g} not the band of {total}")
    for m in re.finditer(r"等级[为：:]?“?(优秀|良好|优|良|中等|中|合格|差)", t):
        if m.group(1)[0] != band(total):
            fails.append(f"grade word {m.group(0)} vs band {band(total)}")
    # 4. years
    y = spec["year"]
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        if int(m.group(1)) != y:
            fails.append(f"截至 {m.group(1)} in a {y} report")
    for m in re.finditer(r"结转至(\d{4})年", t):
        if int(m.group(1)) <= y:
            fails.append(f"结转至 {m.group(1)} in a {y} report")
    for m in re.finditer(r"评价年度[：:](\d{4})|自评表（(\d{4})年度）", t):
        yy = int(m.group(1) or m.group(2))
        if yy != y:
            fails.append(f"table year {yy} in a {y} report")
    if str(y) + "年度" not in t:
        fails.append("evaluation year not stated")
    return fails


def shanxi_funds(text, fails):
    """Seed-003 style table: (5)=(3)-(4), (6)=(3)/(2), (7)=(4)/(2); 总额 = 小计 + 结转 + 其他; 小计 = 中央+省+市+县区."""
    t = norm(text)
    for header, rows in tables(t):
        if "行次" not in header:
            continue
        R = {r[1]: r for r in rows}
        amt = {k: [D(0) if c in ("", "—") else num(c) for c in R[k][2:]] for k in ("(1)", "(2)", "(3)", "(4)")}
        bal = [num(c) for c in R["(5)=(3)-(4)"][2:]]
        for k in list(amt) + ["(5)"]:
            v = amt[k] if k != "(5)" else bal
            if v[0] != v[1] + v[6] + v[7]:
                fails.append(f"shanxi {k}: total {v[0]} vs 小计+结转+其他")
            if v[1] != v[2] + v[3] + v[4] + v[5]:
                fails.append(f"shanxi {k}: 小计 {v[1]} vs 中央+省+市+县区 {v[2] + v[3] + v[4] + v[5]}")
        for j in range(8):
            if bal[j] != amt["(3)"][j] - amt["(4)"][j]:
                fails.append(f"shanxi (5) col {header[j + 2]}: {bal[j]}")
        for key, numk in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
            for j, c in enumerate(R[key][2:]):
                base = amt["(2)"][j]
                if base == 0:
                    if c not in ("0", "", "—"):
                        fails.append(f"shanxi {key} col {j}: {c} on zero base")
                elif not consistent(c, pct(amt[numk][j], base)):
                    fails.append(f"shanxi {key} col {header[j + 2]}: {c} vs {pct(amt[numk][j], base):.4f}")
        # text statements tied to the table
        for ctx, stated, k, j in (("省级追加320.00万元", "320.00", None, 3), ("区级追加400.00万元", "400.00", None, 5)):
            if ctx not in t or amt["(2)"][j] - amt["(1)"][j] != num(stated):
                fails.append(f"shanxi text {ctx}")
    return fails


def line_diffs(a, b):
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    out = []
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            p = 0
            while p < min(len(x), len(y)) and x[p] == y[p]:
                p += 1
            q = 0
            while q < min(len(x), len(y)) - p and x[-1 - q] == y[-1 - q]:
                q += 1
            out.append((i, x[p:len(x) - q], y[p:len(y) - q]))
    return out


def main():
    problems = []
    read = lambda n: open(os.path.join(CASES, n), encoding="utf-8").read()
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels and case files differ")
    edits = {e["case"] + ".txt": e for e in build.EDITS}
    codes = {}
    for rec in labels:
        if set(rec) != {"case", "source", "clean", "expected"}:
            problems.append(f"{rec['case']}: bad keys")
        src = rec["source"]
        clean = read(src + "-clean.txt")
        text = read(rec["case"])
        spec = CLAIMS[src]
        fails = check_text(text, spec, [])
        if src.startswith("yaodu"):
            shanxi_funds(text, fails)
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            n = len(text.replace("\n", ""))
            if not 2500 <= n <= 6000:
                problems.append(f"{rec['case']}: length {n}")
            for f in fails:
                problems.append(f"{rec['case']}: {f}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: needs exactly one label")
        exp = rec["expected"][0]
        if set(exp) != {"code", "severity", "value", "explanation"} or exp["severity"] != "error":
            problems.append(f"{rec['case']}: bad label fields")
        codes[exp["code"]] = codes.get(exp["code"], []) + [src]
        v = exp["value"]
        occ = sum(1 for i in range(len(text)) if text.startswith(v, i))
        if occ != 1:
            problems.append(f"{rec['case']}: value occurs {occ} times")
        if v in clean:
            problems.append(f"{rec['case']}: value also in the clean draft")
        e = edits[rec["case"]]
        if build.apply(clean, e["edits"]) != text:
            problems.append(f"{rec['case']}: not reproduced by build.py")
        d = line_diffs(clean, text)
        if d is None or not d:
            problems.append(f"{rec['case']}: line structure changed or no change")
            continue
        if len(d) > 2 or (len(d) == 2 and (d[1][0] - d[0][0] != 1 or exp["code"] not in
                                           ("score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"))):
            problems.append(f"{rec['case']}: {len(d)} changed lines")
        for i, old, new in d:
            if len(old) > 16 or len(new) > 16:
                problems.append(f"{rec['case']}: edit on line {i + 1} too long ({old!r} -> {new!r})")
        if not any(new in v for _, _, new in d):
            problems.append(f"{rec['case']}: no changed text inside the value")
        if os.environ.get("VERBOSE"):
            print(rec["case"], exp["code"], "->", fails[:3])
        if not fails:
            problems.append(f"{rec['case']}: no check breaks - is the error real?")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
                "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        srcs = codes.get(c, [])
        if len(srcs) < 2 or len(set(srcs)) < 2:
            problems.append(f"code {c}: used {len(srcs)} times in {len(set(srcs))} projects")
    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        return 1
    print(f"OK: {len(labels)} cases, codes: " + ", ".join(f"{c}={len(codes[c])}" for c in sorted(codes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
