#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. each error case = clean draft + the edits listed in build.py; every edit changes at most
   16 characters on one line; a case with two edits (score rows) touches adjacent lines only;
3. the clean drafts: funds rows (components sum to the total, execution rates, execution score),
   indicator rows (weights to 100 and to the level totals, every score from its target/actual,
   scores to the stated total), grade band, and the prose figures (sums, rates, balances,
   averages, completion rates, per-unit products), each figure located in the text as printed.

Pure Python 3, no third-party packages. Prints OK or the list of failures.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

FAIL = []


def fail(msg):
    FAIL.append(msg)


def dec_places(s):
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def num(s):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return D(m.group(0).replace(",", ""))


def close(stated, computed):
    """Tolerance from the stated decimals (rules.md §8)."""
    d = dec_places(stated)
    return abs(num(stated) - D(computed)) <= D("0.5") * D(10) ** -d + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


SEP = r"[ \t\u3000｜|\n]+"


def row(text, name, cells, where):
    """name followed by the given cells (only separators in between) somewhere in text."""
    cells = [c for c in cells if c != ""]
    pat = re.escape(name) + "".join(SEP + re.escape(c) for c in cells) + r"(?=$|[ \t\u3000｜|\n])"
    if not re.search(pat, text):
        fail(f"{where}: row not found as printed: {name} {cells}")


def need(text, s, where):
    if s not in text:
        fail(f"{where}: text lacks {s!r}")


def check_rate(stated, n, d, where):
    c = D(n) / D(d) * 100
    if not close(stated, c):
        fail(f"{where}: rate {stated} != {n}/{d} = {c:.4f}%")


def check_sum(total, parts, where):
    s = sum((num(p) for p in parts if p not in ("", "无", "—")), D(0))
    if num(total) != s:
        fail(f"{where}: {total} != sum {parts} = {s}")


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_project(pid, F):
    where = pid
    with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
        text = fh.read()
    # ---- funds block
    funds = F["funds"]
    for label, *cells in funds:
        row(text, label, cells, where)
    total, *subs = funds
    for col in (1, 2, 3):  # 年初, 全年, 执行
        check_sum(total[col], [s[col] for s in subs], f"{where} funds column {col}")
    for label, ini, ann, spent, w, rate, score in funds:
        if rate in ("—", ""):
            if ann not in ("无", "—", "") and num(ann) != 0:
                fail(f"{where}: {label} has a budget but no rate")
            continue
        check_rate(rate, num(spent), num(ann), f"{where} {label}")
    r = num(total[3]) / num(total[2])
    exp_score = D(total[4]) * min(r, D(1))
    from_stated = D(total[4]) * min(num(total[5]) / 100, D(1))
    if not (close(total[6], exp_score) or close(total[6], from_stated)):
        fail(f"{where}: execution score {total[6]} != {exp_score:.4f}")
    exec_w, exec_s = D(total[4]), num(total[6])
    # ---- indicators
    wsum, ssum, levels = exec_w, exec_s, {}
    for lvl, name, target, actual, w, s, kind in F["indicators"]:
        row(text, name, [target, actual, w, s], where)
        w_, s_ = D(w), num(s)
        wsum += w_
        ssum += s_
        lw, ls = levels.get(lvl, (D(0), D(0)))
        levels[lvl] = (lw + w_, ls + s_)
        if s_ > w_ or s_ < 0:
            fail(f"{where}: {name} score {s} outside [0, {w}]")
        if kind in ("gte", "eq"):
            T, A = num(target), num(actual)
            exp = w_ if A >= T else w_ * A / T
        elif kind == "lte":
            T, A = num(target), num(actual)
            exp = w_ if A <= T else w_ * T / A
        elif kind == "date":
            exp = w_ if F["dates_ok"] else None
        elif kind == "qual":
            exp = w_
        elif kind == "qual_part":
            if not (w_ * D("0.6") <= s_ < w_ * D("0.8")):
                fail(f"{where}: {name} partly achieved but score {s} outside [60%, 80%)")
            exp = None
        else:
            raise SystemExit(kind)
        if exp is not None and not close(s, exp):
            fail(f"{where}: {name} score {s} != rule {exp:.4f}")
    if wsum != 100:
        fail(f"{where}: weights sum to {wsum}")
    for lvl, want in F["level_weights"].items():
        if levels[lvl][0] != D(want):
            fail(f"{where}: level {lvl} weights {levels[lvl][0]} != {want}")
    for lvl, stated in F.get("level_scores", {}).items():
        need(text, stated[1], where)
        if levels[lvl][1] != num(stated[0]):
            fail(f"{where}: level {lvl} scores {levels[lvl][1]} != stated {stated[0]}")
    if ssum != num(F["total"]):
        fail(f"{where}: scores sum to {ssum}, stated {F['total']}")
    row(text, "总分", ["100", F["total"]], where)
    for phrase in F["total_phrases"]:
        need(text, phrase, where)
    g = grade_of(num(F["total"]))
    need(text, F["grade_phrase"], where)
    if g not in F["grade_phrase"]:
        fail(f"{where}: grade phrase {F['grade_phrase']} but band is {g}")
    # ---- prose / side figures
    for phrase in F.get("texts", []):
        need(text, phrase, where)
    for total_s, parts in F.get("sums", []):
        check_sum(total_s, parts, where)
    for stated, n, d in F.get("rates", []):
        check_rate(stated, n, d, where)
    for stated, a, b in F.get("balances", []):
        if num(stated) != D(a) - D(b):
            fail(f"{where}: balance {stated} != {a} - {b}")
    for stated, items in F.get("averages", []):
        avg = sum(D(i) for i in items) / len(items)
        if not close(stated, avg):
            fail(f"{where}: average {stated} != {avg}")
    for stated, a, b in F.get("quotients", []):  # stated = a / b (per-unit figures)
        if not close(stated, D(a) / D(b)):
            fail(f"{where}: {stated} != {a}/{b}")
    for stated, a, b, scale in F.get("products", []):  # stated (万元) = a * b / scale
        if num(stated) != D(a) * D(b) / D(scale):
            fail(f"{where}: {stated} != {a}*{b}/{scale}")
    for stated, a, b in F.get("growth", []):  # stated % = (a-b)/b
        check_rate(stated, D(a) - D(b), D(b), where)
    return text


P = {}

# ---------------------------------------------------------------- A
P["fuxin-smeplatform-2019"] = dict(
    funds=[("年度资金总额", "120.00", "146.50", "139.18", "10", "95.00%", "9.50"),
           ("其中：当年财政拨款", "120.00", "128.00", "124.68", "—", "97.41%", "—"),
           ("上年结转资金", "0.00", "18.50", "14.50", "—", "78.38%", "—"),
           ("其他资金", "无", "无", "无", "—", "—", "—")],
    indicators=[("产出", "服务企业数量", "≥1500家次", "1632家次", "8", "8", "gte"),
                ("产出", "举办培训班期数", "≥15期", "16期", "5", "5", "gte"),
                ("产出", "培训企业经营管理人员", "≥1200人次", "1280人次", "5", "5", "gte"),
                ("产出", "开展管理诊断企业数", "≥90家", "92家", "5", "5", "gte"),
                ("产出", "服务需求办结率", "≥95%", "97.6%", "8", "8", "gte"),
                ("产出", "服务需求平均响应时间", "≤2个工作日", "1.5个工作日", "5", "5", "lte"),
                ("产出", "平台全年正常运行天数", "≥360天", "363天", "5", "5", "gte"),
                ("产出", "人均培训成本", "≤160元", "150元", "5", "5", "lte"),
                ("产出", "单户管理诊断费用", "≤5000元", "5000元", "4", "4", "lte"),
                ("效益", "帮助中小企业获得融资", "≥3亿元", "2.64亿元", "10", "8.80", "gte"),
                ("效益", "新增入网服务机构", "≥20家", "23家", "5", "5", "gte"),
                ("效益", "诊断改进建议采纳率", "≥80%", "85.98%", "5", "5", "gte"),
                ("效益", "平台长效运行机制", "健全", "已健全", "10", "10", "qual"),
                ("满意度", "服务企业满意度", "≥90%", "93.2%", "10", "10", "gte")],
    level_weights={"产出": 50, "效益": 30, "满意度": 10},
    level_scores={"产出": ("50", "产出指标得分50分"), "效益": ("28.80", "效益指标得分28.80分"),
                  "满意度": ("10", "满意度指标得分10分")},
    total="98.30", total_phrases=["预算执行得分9.50分", "自评总分98.30分"], grade_phrase="等级为优",
    texts=["年初预算120.00万元", "追加中小企业发展专项资金8.00万元", "结转的平台升级改造资金18.50万元",
           "全年预算146.50万元", "全年执行139.18万元", "未执行7.32万元，其中当年拨款3.32万元、平台升级尾款4.00万元",
           "结转至2020年", "举办培训班16期，培训1280人次，平均每期80人次", "较2018年的1415家次增长15.34%",
           "为92家企业开展管理诊断，每家诊断费5000元", "提出改进建议428条，企业采纳368条",
           "受理服务需求1250件，办结1220件", "平台全年正常运行363天，因机房搬迁停机2天",
           "回访企业500家，满意466家", "融资额完成年度目标的88.00%",
           "平台运营维护及网络专线费24.10万元、平台升级改造14.50万元、线上线下服务对接活动22.40万元、培训费19.20万元、购买第三方管理诊断服务46.00万元、宣传推广及资料印制12.98万元"],
    sums=[("146.50", ["120.00", "8.00", "18.50"]),
          ("139.18", ["24.10", "14.50", "22.40", "19.20", "46.00", "12.98"]),
          ("146.50", ["25.00", "18.50", "24.00", "20.00", "46.00", "13.00"]),  # 明细 budget column
          ("7.32", ["0.90", "4.00", "1.60", "0.80", "0.00", "0.02"]),
          ("7.32", ["3.32", "4.00"]),
          ("124.68", ["24.10", "22.40", "19.20", "46.00", "12.98"]),  # current-year spending
          ("128.00", ["25.00", "24.00", "20.00", "46.00", "13.00"])],
    balances=[("7.32", "146.50", "139.18"), ("3.32", "128.00", "124.68"), ("4.00", "18.50", "14.50"),
              ("0.90", "25.00", "24.10"), ("1.60", "24.00", "22.40"), ("0.80", "20.00", "19.20"),
              ("0.00", "46.00", "46.00"), ("0.02", "13.00", "12.98")],
    rates=[("97.6%", 1220, 1250), ("85.98%", 368, 428), ("93.2%", 466, 500), ("88.00%", D("2.64"), 3)],
    growth=[("15.34%", 1632, 1415)],
    quotients=[("80", 1280, 16), ("150", 192000, 1280), ("5000", 460000, 92), ("363", 365 - 2, 1)],
)

# ---------------------------------------------------------------- B
P["baishan-countycommerce-2023"] = dict(
    funds=[("年度资金总额", "800.00", "1,256.40", "1,200.00", "10", "95.51%", "9.55"),
           ("其中：当年财政拨款", "800.00", "1,200.00", "1,143.60", "—", "95.30%", "—"),
           ("上年结转资金", "0.00", "56.40", "56.40", "—", "100.00%", "—"),
           ("其他资金", "无", "无", "无", "—", "—", "—")],
    indicators=[("产出", "新建改造乡镇商贸中心", "≥6个", "7个", "8", "8", "gte"),
                ("产出", "新建改造村级便民商店", "≥120个", "132个", "8", "8", "gte"),
                ("产出", "建设县级物流配送中心", "≥2个", "2个", "8", "8", "gte"),
                ("产出", "项目验收合格率", "=100%", "100%", "6", "6", "eq"),
                ("产出", "项目建设完成时间", "2023年11月30日前", "2023年11月28日", "5", "5", "date"),
                ("产出", "资金拨付到县及时率", "=100%", "100%", "5", "5", "eq"),
                ("产出", "村级便民商店改造补助标准", "≤2万元/个", "1.8万元/个", "5", "5", "lte"),
                ("产出", "乡镇商贸中心改造补助标准", "≤80万元/个", "60万元/个", "5", "5", "lte"),
                ("效益", "带动社会投资", "≥2500万元", "2836万元", "8", "8", "gte"),
                ("效益", "带动就业人数", "≥300人", "346人", "6", "6", "gte"),
                ("效益", "乡镇快递物流站点覆盖率", "≥95%", "100%", "8", "8", "gte"),
                ("效益", "农村网络零售额同比增长", "≥8%", "6.8%", "8", "6.80", "gte"),
                ("满意度", "经营主体及群众满意度", "≥90%", "93.60%", "10", "10", "gte")],
    dates_ok=True,  # 2023-11-28 before 2023-11-30
    level_weights={"产出": 50, "效益": 30, "满意度": 10},
    total="98.35", total_phrases=["预算执行得分9.55分，绩效指标得分88.80分，总分98.35分"], grade_phrase="评价等级为优",
    texts=["提前下达我市800.00万元", "追加下达400.00万元", "当年财政拨款1,200.00万元，加上上年结转56.40万元，全年预算1,256.40万元",
           "合计1,200.00万元，其中浑江区210.00万元、江源区180.00万元、临江市240.00万元、抚松县260.00万元、靖宇县150.00万元、长白县160.00万元",
           "全年支出1,200.00万元，其中乡镇商贸中心7个420.00万元（平均每个60.00万元），村级便民商店132个237.60万元，县级物流配送中心2个360.00万元，县域电商公共服务及商业信息化126.00万元，上年结转资金56.40万元",
           "当年拨款未支付56.40万元", "结转至2024年",
           "合计｜7｜132｜43", "新建改造乡镇商贸中心7个，完成率116.67%", "改造村级便民商店132个，完成率110.00%",
           "全市41个乡镇均已设立快递物流站点，共43个", "带动社会投资2,836万元，新增就业346人",
           "全市农村网络零售额19.48亿元，较2022年的18.24亿元增长6.8%", "回收有效问卷484份，满意及基本满意453份",
           "有56.40万元结转下年", "绩效指标得分88.80分"],
    sums=[("1,200.00", ["800.00", "400.00"]),
          ("1,200.00", ["210.00", "180.00", "240.00", "260.00", "150.00", "160.00"]),
          ("1,200.00", ["420.00", "237.60", "360.00", "126.00", "56.40"]),
          ("1,143.60", ["420.00", "237.60", "360.00", "126.00"]),
          ("7", ["1", "1", "1", "2", "1", "1"]), ("132", ["18", "16", "24", "30", "20", "24"]),
          ("43", ["6", "7", "8", "9", "6", "7"]),
          ("88.80", ["8", "8", "8", "6", "5", "5", "5", "5", "8", "6", "8", "6.80", "10"])],
    balances=[("56.40", "1,200.00".replace(",", ""), "1143.60")],
    rates=[("116.67%", 7, 6), ("110.00%", 132, 120), ("93.60%", 453, 484)],
    growth=[("6.8%", D("19.48"), D("18.24"))],
    quotients=[("60.00", 420, 7), ("1.8", D("237.60"), 132)],
)

# ---------------------------------------------------------------- C
P["ankang-productquality-2024"] = dict(
    funds=[("年度资金总额", "160.00", "197.60", "190.95", "10", "96.63%", "9.66"),
           ("其中：当年财政拨款", "160.00", "185.00", "178.35", "—", "96.41%", "—"),
           ("上年结转资金", "0.00", "12.60", "12.60", "—", "100.00%", "—"),
           ("其他资金", "", "", "", "—", "—", "—")],
    indicators=[("产出", "抽查产品批次", "≥650批次", "628批次", "10", "9.66", "gte"),
                ("产出", "覆盖产品种类", "≥40种", "42种", "5", "5", "gte"),
                ("产出", "抽样检验程序合规率", "=100%", "100%", "10", "10", "eq"),
                ("产出", "不合格产品后处理率", "=100%", "94.59%", "10", "9.46", "eq"),
                ("产出", "检验报告出具时限", "≤20个工作日", "18个工作日", "5", "5", "lte"),
                ("产出", "抽查任务完成时间", "2024年11月30日前", "2024年11月25日", "5", "5", "date"),
                ("产出", "检验检测费用控制", "≤160万元", "156.20万元", "5", "5", "lte"),
                ("效益", "不合格企业整改率", "≥95%", "87.88%", "10", "9.25", "gte"),
                ("效益", "质量安全风险预警信息发布", "≥4期", "2期", "10", "5", "gte"),
                ("效益", "企业质量主体责任落实", "明显增强", "部分增强", "10", "7", "qual_part"),
                ("满意度", "企业及消费者满意度", "≥90%", "86.40%", "10", "9.60", "gte")],
    dates_ok=True,
    level_weights={"产出": 50, "效益": 30, "满意度": 10},
    level_scores={"产出": ("49.12", "产出指标得分49.12分"), "效益": ("21.25", "效益指标得分21.25分"),
                  "满意度": ("9.60", "满意度指标得分9.60分")},
    total="89.63", total_phrases=["预算执行得分9.66分", "自评得分89.63分"], grade_phrase="评价等级为良好",
    texts=["年初预算160.00万元", "追加电动自行车及锂离子电池专项抽查经费25.00万元", "结转的燃气具抽查检验费12.60万元，全年预算197.60万元",
           "全年支出190.95万元，预算执行率96.63%", "检验检测费156.20万元，样品购置费18.40万元，不合格产品复检及核查处置费9.15万元，质量分析报告编制及结果公示费7.20万元",
           "全年抽查628批次，平均每批次检验检测费2,487.26元", "年末结余6.65万元",
           "一至四季度分别为102、186、215、125批次，季度平均157批次", "较2023年的571批次增长9.98%",
           "检出不合格37批次，不合格发现率5.89%", "完成后处理35批次", "涉及的33家企业中已完成整改29家",
           "发放满意度问卷250份，满意216份", "较计划少22批次", "仍有4家企业未完成整改",
           "市级财政资金185.00万元（含年中追加25.00万元），上年结转资金12.60万元", "合计\t628\t37\t5.89%"],
    sums=[("185.00", ["160.00", "25.00"]), ("197.60", ["185.00", "12.60"]),
          ("190.95", ["156.20", "18.40", "9.15", "7.20"]), ("628", ["102", "186", "215", "125"]),
          ("628", ["98", "84", "72", "110", "88", "92", "84"]), ("37", ["9", "6", "5", "4", "6", "3", "4"])],
    balances=[("6.65", "197.60", "190.95"), ("6.65", "185.00", "178.35"), ("22", 650, 628), ("4", 33, 29)],
    rates=[("5.89%", 37, 628), ("94.59%", 35, 37), ("87.88%", 29, 33), ("86.40%", 216, 250),
           ("9.18%", 9, 98), ("7.14%", 6, 84), ("6.94%", 5, 72), ("3.64%", 4, 110), ("6.82%", 6, 88),
           ("3.26%", 3, 92), ("4.76%", 4, 84)],
    growth=[("9.98%", 628, 571)],
    averages=[("157", ["102", "186", "215", "125"])],
    quotients=[("2,487.26", 1562000, 628)],
)

# ---------------------------------------------------------------- D
P["danzhou-householdsurvey-2018"] = dict(
    funds=[("年度资金总额", "86.00", "86.00", "83.42", "10", "97.00%", "9.70"),
           ("其中：当年财政拨款", "86.00", "86.00", "83.42", "—", "97.00%", "—"),
           ("上年结转资金", "0", "0", "0", "—", "—", "—"),
           ("其他资金", "0", "0", "0", "—", "—", "—")],
    indicators=[("产出", "记账调查户数", "≥360户", "360户", "10", "10", "gte"),
                ("产出", "劳动力调查月均入户数", "≥240户", "246户", "10", "10", "gte"),
                ("产出", "记账数据审核一次通过率", "≥98%", "99.2%", "10", "10", "gte"),
                ("产出", "数据按期上报率", "=100%", "100%", "10", "10", "eq"),
                ("产出", "记账补贴标准", "≤100元/户·月", "100元/户·月", "10", "10", "lte"),
                ("效益", "调查数据被决策文件采用次数", "≥6次", "8次", "10", "10", "gte"),
                ("效益", "住户调查分析报告", "≥4篇", "4篇", "10", "10", "gte"),
                ("效益", "样本轮换平稳衔接率", "≥95%", "93.33%", "10", "9.82", "gte"),
                ("满意度", "记账户满意度", "≥90%", "88.0%", "10", "9.78", "gte")],
    level_weights={"产出": 50, "效益": 30, "满意度": 10},
    total="99.30", total_phrases=["本项目总分99.30分"], grade_phrase="评价等级为优",
    texts=["年初预算86.00万元", "其中省级补助30.00万元、市本级安排56.00万元，年度内未调整",
           "全年支出83.42万元，执行率97.00%", "省级补助30.00万元全部支出", "市本级资金支出53.42万元，执行率95.39%",
           "结余2.58万元", "记账调查户360户，其中城镇150户、农村210户", "全年累计记账4248户·月，户均记账11.8个月",
           "劳动力调查全年入户2952户次，月均246户", "审核记账数据4248份，一次通过4214份", "12期数据均按期上报",
           "年内轮换样本户30户，平稳衔接28户", "回访记账户200户，满意176户", "每户每月100元，实际记账4248户·月",
           "每人每月800元，实际聘用24名"],
    sums=[("86.00", ["30.00", "56.00"]), ("83.42", ["30.00", "53.42"]), ("360", ["150", "210"]),
          ("86.00", ["43.20", "24.00", "4.00", "4.80", "10.00"]), ("83.42", ["42.48", "23.04", "3.50", "4.72", "9.68"]),
          ("2.58", ["0.72", "0.96", "0.50", "0.08", "0.32"])],
    balances=[("2.58", "86.00", "83.42"), ("0.72", "43.20", "42.48"), ("0.96", "24.00", "23.04"),
              ("0.50", "4.00", "3.50"), ("0.08", "4.80", "4.72"), ("0.32", "10.00", "9.68")],
    rates=[("95.39%", D("53.42"), 56), ("99.2%", 4214, 4248), ("93.33%", 28, 30), ("88.0%", 176, 200)],
    quotients=[("11.8", 4248, 360), ("246", 2952, 12)],
    products=[("42.48", 4248, 100, 10000), ("23.04", 24 * 800, 12, 10000), ("43.20", 360 * 12, 100, 10000),
              ("24.00", 25 * 800, 12, 10000)],
)

# ---------------------------------------------------------------- E
P["tonghua-archivesdigital-2022"] = dict(
    funds=[("年度资金总额", "235.00", "275.00", "260.30", "10", "94.65%", "9.47"),
           ("其中：当年财政拨款", "200.00", "240.00", "228.00", "—", "95.00%", "—"),
           ("上年结转资金", "35.00", "35.00", "32.30", "—", "92.29%", "—"),
           ("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")],
    indicators=[("产出", "数字化加工画幅", "≥1,200,000画幅", "1,263,500画幅", "15", "15", "gte"),
                ("产出", "数字化案卷数量", "≥8000卷", "8412卷", "10", "10", "gte"),
                ("产出", "图像质检合格率", "≥99%", "99.6%", "10", "10", "gte"),
                ("产出", "加工任务完成时间", "2022年12月15日前", "2022年12月10日", "5", "5", "date"),
                ("产出", "数字化加工单价", "≤1.80元/画幅", "1.60元/画幅", "10", "10", "lte"),
                ("效益", "数字档案利用人次", "≥6000人次", "7215人次", "10", "10", "gte"),
                ("效益", "档案原件调阅次数下降率", "≥30%", "36.80%", "10", "10", "gte"),
                ("效益", "数字化成果安全备份", "本地及异地双备份", "已完成双备份", "10", "10", "qual"),
                ("满意度", "查档群众满意度", "≥95%", "97.33%", "10", "10", "gte")],
    dates_ok=True,
    level_weights={"产出": 50, "效益": 30, "满意度": 10},
    total="99.47", total_phrases=["本项目自评得分99.47分"], grade_phrase="评价等级为优",
    texts=["年初预算235.00万元，其中当年财政拨款200.00万元、上年结转35.00万元", "追加数字档案馆建设补助40.00万元",
           "全年预算275.00万元", "全年执行260.30万元，执行率94.65%",
           "数字化加工费202.16万元、第三方质检18.60万元、存储设备29.80万元、异地备份6.24万元、档案修裱3.50万元",
           "年末未执行14.70万元", "尚有12.00万元未支付", "上年结转资金余2.70万元", "合同单价1.60元/画幅",
           "| 第二期 | 2022年 | 1,200,000 | 1,263,500 | 105.29% |", "| 第一期 | 2021年 | 1,200,000 | 1,200,000 | 100.00% |",
           "| 累计 |  | 3,600,000 | 2,463,500 | 68.43% |", "完成案卷8412卷（年度完成率105.15%），平均每卷150.20画幅",
           "数字档案利用7215人次，较2021年的5960人次增长21.06%", "原件调阅由2021年的4850次降至3065次，下降36.80%",
           "发放查档满意度问卷300份，满意292份", "超出目标20.25%",
           "市级财政资金200.00万元，省档案局补助40.00万元，上年结转35.00万元"],
    sums=[("235.00", ["200.00", "35.00"]), ("240.00", ["200.00", "40.00"]), ("275.00", ["200.00", "40.00", "35.00"]),
          ("260.30", ["202.16", "18.60", "29.80", "6.24", "3.50"]), ("14.70", ["12.00", "2.70"]),
          ("3,600,000", ["1,200,000", "1,200,000", "1,200,000"]), ("2,463,500", ["1,200,000", "1,263,500"])],
    balances=[("14.70", "275.00", "260.30"), ("12.00", "240.00", "228.00"), ("2.70", "35.00", "32.30")],
    rates=[("105.29%", 1263500, 1200000), ("100.00%", 1200000, 1200000), ("68.43%", 2463500, 3600000),
           ("105.15%", 8412, 8000), ("97.33%", 292, 300), ("36.80%", 4850 - 3065, 4850), ("20.25%", 7215 - 6000, 6000)],
    growth=[("21.06%", 7215, 5960)],
    quotients=[("150.20", 1263500, 8412)],
    products=[("202.16", 1263500, D("1.60"), 10000)],
)

# ---------------------------------------------------------------- F
P["yingkou-patentfund-2020"] = dict(
    funds=[("年度资金总额", "150.00", "135.00", "133.65", "10", "99.00%", "9.90"),
           ("其中：当年财政拨款", "150.00", "135.00", "133.65", "—", "99.00%", "—"),
           ("上年结转资金", "—", "—", "—", "—", "—", "—"),
           ("其他资金", "—", "—", "—", "—", "—", "—")],
    indicators=[("产出", "资助发明专利授权", "≥120件", "142件", "10", "10", "gte"),
                ("产出", "资助PCT国际专利申请", "≥10件", "9件", "5", "4.50", "gte"),
                ("产出", "贯标企业数量", "≥8家", "8家", "5", "5", "gte"),
                ("产出", "知识产权执法检查", "≥40次", "46次", "5", "5", "gte"),
                ("产出", "资助资金审核准确率", "=100%", "100%", "10", "10", "eq"),
                ("产出", "资助资金拨付时间", "2020年12月31日前", "2020年12月18日", "5", "5", "date"),
                ("产出", "发明专利资助标准", "≤5000元/件", "5000元/件", "10", "10", "lte"),
                ("效益", "专利权质押融资额", "≥1.5亿元", "1.26亿元", "10", "8.40", "gte"),
                ("效益", "发明专利授权量同比增长", "≥10%", "20.34%", "10", "10", "gte"),
                ("效益", "每万人口发明专利拥有量", "≥3.0件", "3.12件", "10", "10", "gte"),
                ("满意度", "资助企业满意度", "≥90%", "91.5%", "10", "10", "gte")],
    dates_ok=True,
    level_weights={"产出": 50, "效益": 30, "满意度": 10},
    total="97.80", total_phrases=["本项目得分97.80分"], grade_phrase="自评等级为“优”",
    texts=["年初预算150.00万元", "调减15.00万元", "全年预算135.00万元，无上年结转和其他资金",
           "截至2020年12月31日，全年支出133.65万元，执行率99.00%，结余1.35万元", "项目支出绩效自评表\n（2020年度）",
           "资助发明专利授权142件，较2019年的118件增长20.34%", "开展知识产权执法检查46次", "融资1.26亿元",
           "回访资助企业200家，满意183家"],
    sums=[("135.00", ["150.00", "-15.00"]), ("133.65", ["71.00", "9.00", "24.00", "12.40", "8.25", "9.00"])],
    balances=[("1.35", "135.00", "133.65")],
    rates=[("91.5%", 183, 200)],
    growth=[("20.34%", 142, 118)],
    products=[("71.00", 142, 5000, 10000), ("9.00", 9, 10000, 10000), ("24.00", 8, 30000, 10000)],
)


def check_rows_printed(pid, text):
    """The tabular side tables are located too (row by row)."""
    side = {
        "fuxin-smeplatform-2019": [("平台运营维护及网络专线费", ["25.00", "24.10", "0.90"]),
                                   ("平台升级改造（上年结转）", ["18.50", "14.50", "4.00"]),
                                   ("线上线下服务对接活动", ["24.00", "22.40", "1.60"]),
                                   ("企业经营管理人员培训", ["20.00", "19.20", "0.80"]),
                                   ("第三方管理诊断服务", ["46.00", "46.00", "0.00"]),
                                   ("宣传推广及资料印制", ["13.00", "12.98", "0.02"]),
                                   ("合计", ["146.50", "139.18", "7.32"])],
        "baishan-countycommerce-2023": [("浑江区", ["1", "18", "6"]), ("江源区", ["1", "16", "7"]),
                                        ("临江市", ["1", "24", "8"]), ("抚松县", ["2", "30", "9"]),
                                        ("靖宇县", ["1", "20", "6"]), ("长白县", ["1", "24", "7"])],
        "ankang-productquality-2024": [("电动自行车及锂离子电池", ["98", "9", "9.18%"]), ("电线电缆", ["84", "6", "7.14%"]),
                                       ("燃气具及配件", ["72", "5", "6.94%"]), ("建筑用钢筋及水泥", ["110", "4", "3.64%"]),
                                       ("儿童用品及玩具", ["88", "6", "6.82%"]), ("化肥等农资产品", ["92", "3", "3.26%"]),
                                       ("日用消费品及其他", ["84", "4", "4.76%"])],
        "danzhou-householdsurvey-2018": [("记账户记账补贴", ["43.20", "42.48", "0.72"]), ("辅助调查员劳务费", ["24.00", "23.04", "0.96"]),
                                         ("调查员业务培训", ["4.00", "3.50", "0.50"]), ("记账本及调查物资印制", ["4.80", "4.72", "0.08"]),
                                         ("数据处理设备及网络费", ["10.00", "9.68", "0.32"]), ("合计", ["86.00", "83.42", "2.58"])],
        "tonghua-archivesdigital-2022": [],
        "yingkou-patentfund-2020": [("发明专利授权资助", ["142件", "每件5000元", "71.00"]), ("PCT国际专利申请资助", ["9件", "每件1万元", "9.00"]),
                                    ("知识产权管理规范贯标补助", ["8家", "每家3万元", "24.00"]), ("维权援助及执法检查", ["46次", "据实列支", "12.40"]),
                                    ("知识产权宣传周及培训", ["5场", "据实列支", "8.25"]), ("重点产业专利导航", ["1项", "合同价", "9.00"]),
                                    ("合计", ["133.65"])],
    }
    for name, cells in side[pid]:
        row(text, name, cells, pid + " side table")


def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    codes = {}
    cleans = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            cleans[rec["source"]] = text
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
    edits = {(p, n): e for p, n, _c, e, _v, _x in build.EDITS}
    for rec in labels:
        if rec["clean"]:
            continue
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        clean = cleans[rec["source"]]
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one finding")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value also in the clean draft: {v!r}")
        # edit size
        n = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        ed = edits[(rec["source"], n)]
        if build.apply_edits(clean, ed) != text:
            fail(f"{rec['case']}: case differs from clean + listed edits")
        for anchor, old, new in ed:
            a, b = old, new
            while a and b and a[0] == b[0]:
                a, b = a[1:], b[1:]
            while a and b and a[-1] == b[-1]:
                a, b = a[:-1], b[:-1]
            if len(a) > 16 or len(b) > 16 or "\n" in a or "\n" in b:
                fail(f"{rec['case']}: edit too large or multi-line: {old!r} -> {new!r}")
        # whole-text diff region
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        region_old, region_new = clean[i:len(clean) - j], text[i:len(text) - j]
        nl = max(region_old.count("\n"), region_new.count("\n"))
        if len(ed) == 1:
            if nl or len(region_old) > 16 or len(region_new) > 16:
                fail(f"{rec['case']}: diff region {region_old!r} -> {region_new!r}")
        elif len(ed) == 2:
            if nl > 1:
                fail(f"{rec['case']}: two-row edit spans more than two adjacent lines")
        else:
            fail(f"{rec['case']}: more than two edits")
    return codes, len(labels)


def main():
    for pid, F in P.items():
        text = check_project(pid, F)
        check_rows_printed(pid, text)
    codes, n = check_labels()
    section_a = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                 "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                 "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in section_a:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)} times (< 2)")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        return 1
    print(f"{n} cases; codes: " + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
