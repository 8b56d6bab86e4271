#!/usr/bin/env python3
"""Verify drafts236.

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place, and the label value overlaps that place; codes are the 13 of errors.md §A,
   each at least twice;
2. the arithmetic of every clean draft (funds rows, rates, balances, breakdowns, averages,
   indicator completion and scores, weights, total, grade) is redone from the figures below,
   and every figure is looked up in the text where it is printed.
Prints OK at the end, or raises.
"""
import json
import os
import re
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"}
SEPS = "\t\n｜|"
problems = []


def fail(msg):
    problems.append(msg)


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def parse(s):
    """Number in a printed string and its decimals."""
    m = re.search(r"-?\d+(?:\.\d+)?", s.replace(",", ""))
    if not m:
        raise ValueError(s)
    tok = m.group(0)
    return D(tok), (len(tok.split(".")[1]) if "." in tok else 0)


def agrees(computed, printed, approx=False):
    v, d = parse(printed)
    tol = D(5) / (D(10) ** (d + 1)) + D("1e-9")
    if approx:
        tol *= 2
    return abs(D(computed) - v) <= tol


def find_cell(text, cell, start):
    """Position after the first occurrence of cell at or after start that stands as a table cell."""
    i = text.find(cell, start)
    while i >= 0:
        before = text[i - 1] if i > 0 else "\n"
        if before == " " and i > 1:
            before = text[i - 2]
        j = i + len(cell)
        after = text[j] if j < len(text) else "\n"
        if after == " " and j + 1 < len(text):
            after = text[j + 1]
        if before in SEPS and after in SEPS:
            return i, j
        i = text.find(cell, i + 1)
    return -1, -1


def row_in_text(text, cells, label, window=160):
    """cells must appear as cells, in this order, each within `window` chars of the previous."""
    head, pos, k = cells[0], -1, 0
    while True:  # last occurrence of the head standing as a table cell
        i, j = find_cell(text, head, k) if not head.startswith("| ") else (text.find(head, k), text.find(head, k) + len(head))
        if i < 0:
            break
        pos, k = j, i + 1
    if pos < 0:
        fail(f"{label}: row head {head!r} not found as a cell")
        return
    for n, c in enumerate(cells[1:]):
        i, j = find_cell(text, c, pos)
        gap = text[pos:i] if i >= 0 else ""
        # the first cell may follow other cells of the row; later cells must be adjacent
        if i < 0 or (n == 0 and i - pos > window) or (n > 0 and gap.strip(SEPS + " ") != ""):
            fail(f"{label}: cell {c!r} of row {cells[0]!r} not found in order")
            return
        pos = j


def check_fact(text, label, computed, snippet, printed=None, approx=False):
    if snippet not in text:
        fail(f"{label}: snippet {snippet!r} not in text")
        return
    printed = printed or snippet
    if printed not in snippet:
        fail(f"{label}: printed {printed!r} not inside snippet")
    if not agrees(computed, printed, approx):
        fail(f"{label}: computed {computed} vs printed {printed!r} in {snippet!r}")


def grade_of(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


# ---------------------------------------------------------------------------------------------
# Figures of the five clean drafts.
# funds rows: (row name, 年初, 全年, 执行, 执行率 as printed or "—")
# indicators: (三级指标, direction, T, A, weight, score, completion printed or None, cells in table order)
#   direction: gte / lte / eq0 / qual-achieved / qual-partial / date
# ---------------------------------------------------------------------------------------------
SPEC = {
    "ah-huoshan-jiuhupeixun-2022": {
        "texts": ["年初预算安排应急救护培训经费30.00万元", "补助资金4.50万元", "当年财政拨款支出30.00万元", "上年结转资金支出3.12万元", "培训教材及耗材11.20万元", "师资授课及场地费9.64万元", "器材购置8.50万元", "宣传及其他3.78万元", "参加持证培训1116人，考核合格1086人", "比2021年的916人", "全年举办持证救护员培训班22期", "四个季度分别为1520、2060、1410、2430人次", "重点场所共200家，已开展救护培训的130家", "回收有效问卷500份"],
        "year": 2022,
        "funds": [("年度资金总额", "30.00", "34.50", "33.12", "96.00%"),
                  ("其中：当年财政拨款", "30.00", "30.00", "30.00", "100.00%"),
                  ("上年结转资金", "0.00", "4.50", "3.12", "69.33%"),
                  ("其他资金", "0.00", "0.00", "0.00", "—")],
        "exec_cells": ["年度资金总额", "30.00", "34.50", "33.12", "10", "96.00%", "9.60"],
        "exec_score": "9.60",
        "ind": [
            ("持证救护员培训班期数", "gte", "20", "22", 10, "10", None, ["≥20期", "22期", "10", "10"]),
            ("培训合格救护员人数", "gte", "1000", "1086", 10, "10", None, ["≥1000人", "1086人", "10", "10"]),
            ("普及性培训人次", "gte", "8000", "7420", 10, "9.28", None, ["≥8000人次", "7420人次", "10", "9.28"]),
            ("持证培训考核合格率", "gte", "95", "97.3", 10, "10", None, ["≥95%", "97.3%", "10", "10"]),
            ("年度培训任务完成时间", "date", "20221231", "20221220", 5, "5", None,
             ["2022年12月31日前", "2022年12月20日", "5", "5"]),
            ("持证培训人均成本", "lte", "180", "172", 5, "5", None, ["≤180元/人", "172元/人", "5", "5"]),
            ("公众自救互救意识和能力", "qual-achieved", None, None, 10, "9", None, ["明显提升", "有效提升", "10", "9"]),
            ("重点场所培训覆盖率", "gte", "60", "65", 10, "10", None, ["≥60%", "65%", "10", "10"]),
            ("县级应急救护师资", "gte", "30", "34", 10, "10", None, ["≥30名", "34名", "10", "10"]),
            ("参训学员满意度", "gte", "90", "96.8", 10, "10", None, ["≥90%", "96.8%", "10", "10"]),
        ],
        "total": "97.88", "total_cells": ["总分", "100", "97.88"],
        "grade_strings": ["评价等级为“优”", "评价等级：优"],
        "facts": [
            ("budget = initial + carry-over", D("30.00") + D("4.50"), "全年预算数调整为34.50万元", "34.50"),
            ("execution rate", D("33.12") / D("34.50") * 100, "预算执行率96.00%", "96.00%"),
            ("spent = fiscal + carry-over", D("30.00") + D("3.12"), "全年实际支出33.12万元", "33.12"),
            ("balance", D("34.50") - D("33.12"), "年末结余1.38万元", "1.38"),
            ("balance of carry-over part", D("4.50") - D("3.12"), "年末结余1.38万元", "1.38"),
            ("spending breakdown", D("11.20") + D("9.64") + D("8.50") + D("3.78"), "全年实际支出33.12万元", "33.12"),
            ("trainees vs 2021", D(1086) - D(916), "增加170人", "170"),
            ("per class (约)", D(1086) / D(22), "平均每期考核合格约49人", "49"),
            ("quarters sum", D(1520) + D(2060) + D(1410) + D(2430), "开展应急救护普及性培训7420人次", "7420"),
            ("quarter average", (D(1520) + D(2060) + D(1410) + D(2430)) / 4, "季度平均1855人次", "1855"),
            ("completion popular training", D(7420) / D(8000) * 100, "完成年度目标8000人次的92.75%", "92.75%"),
            ("pass rate", D(1086) / D(1116) * 100, "持证培训考核合格率97.3%", "97.3%"),
            ("coverage", D(130) / D(200) * 100, "覆盖率65%", "65%"),
            ("satisfaction", D(484) / D(500) * 100, "其中满意484份，满意度96.8%", "96.8%"),
            ("prose output subtotal", D(10) + D(10) + D("9.28") + D(10) + D(5) + D(5), "产出指标得49.28分", "49.28"),
            ("prose benefit subtotal", D(9) + D(10) + D(10), "效益指标得29分", "29"),
            ("prose total", D("9.60") + D("49.28") + D(29) + D(10), "自评总分97.88分", "97.88"),
        ],
    },
    "cq-nanchuan-zhiyuanfuwu-2021": {
        "texts": ["下达年初预算45.00万元", "追加志愿服务项目大赛获奖项目资助资金7.00万元", "资金到位52.00万元", "“七彩课堂”项目18.60万元", "“银龄陪伴”助老服务项目12.80万元", "文明交通志愿劝导项目9.50万元", "骨干培训1.21万元", "为1620名骨干志愿者购买意外保险，人均保费45元", "比2020年末的27905人", "注册志愿者32416人", "上半年开展志愿服务活动301场次，下半年383场次", "246个村（社区）中已建成志愿服务站点230个", "回收有效问卷800份"],
        "year": 2021,
        "funds": [("年度资金总额", "45.00", "52.00", "49.40", "95.00%"),
                  ("其中：当年财政拨款", "45.00", "52.00", "49.40", "95.00%"),
                  ("上年结转资金", "0.00", "0.00", "0.00", "—"),
                  ("其他资金", "0.00", "0.00", "0.00", "—")],
        "exec_cells": ["年度资金总额", "45.00", "52.00", "49.40", "10", "95.00%", "9.50"],
        "exec_score": "9.50",
        "ind": [
            ("注册志愿者人数", "gte", "30000", "32416", 8, "8", "108.05%", ["≥30000人", "32416人", "108.05%", "8", "8"]),
            ("志愿服务活动场次", "gte", "600", "684", 8, "8", "114.00%", ["≥600场次", "684场次", "114.00%", "8", "8"]),
            ("志愿服务时长", "gte", "20", "16.4", 10, "8.20", "82.00%", ["≥20万小时", "16.4万小时", "82.00%", "10", "8.20"]),
            ("骨干志愿者意外保险投保人数", "gte", "1500", "1620", 6, "6", "108.00%", ["≥1500人", "1620人", "108.00%", "6", "6"]),
            ("资助项目验收合格率", "gte", "100", "100", 6, "6", "100.00%", ["100%", "100%", "100.00%", "6", "6"]),
            ("资金拨付及时率", "gte", "95", "100", 6, "6", "105.26%", ["≥95%", "100%", "105.26%", "6", "6"]),
            ("骨干志愿者人均保费", "lte", "50", "45", 6, "6", "100.00%", ["≤50元", "45元", "100.00%", "6", "6"]),
            ("志愿服务站点村（社区）覆盖率", "gte", "90", "93.5", 10, "10", "103.89%", ["≥90%", "93.5%", "103.89%", "10", "10"]),
            ("服务群众人次", "gte", "5", "4.6", 10, "9.20", "92.00%", ["≥5万人次", "4.6万人次", "92.00%", "10", "9.20"]),
            ("常态化志愿服务队伍", "gte", "120", "126", 10, "10", "105.00%", ["≥120支", "126支", "105.00%", "10", "10"]),
            ("服务对象满意度", "gte", "90", "88.5", 10, "9.83", "98.33%", ["≥90%", "88.5%", "98.33%", "10", "9.83"]),
        ],
        "total": "96.73", "total_cells": ["总分", "100", "96.73"],
        "grade_strings": ["自评等级为优"],
        "facts": [
            ("budget = initial + addition", D("45.00") + D("7.00"), "全年预算52.00万元", "52.00"),
            ("received rate", D("52.00") / D("52.00") * 100, "到位率100%", "100%"),
            ("execution rate", D("49.40") / D("52.00") * 100, "预算执行率95.00%", "95.00%"),
            ("balance", D("52.00") - D("49.40"), "结余2.60万元", "2.60"),
            ("sub-projects", D("18.60") + D("12.80") + D("9.50") + D("8.50"), "实际支出49.40万元", "49.40"),
            ("insurance + training", D("7.29") + D("1.21"), "志愿者保险及培训8.50万元", "8.50"),
            ("insurance = 1620 x 45元", D(1620) * 45 / 10000, "其中意外保险7.29万元", "7.29"),
            ("share of 七彩课堂", D("18.60") / D("49.40") * 100, "占全年支出的37.65%", "37.65%"),
            ("share of insurance", D("8.50") / D("49.40") * 100, "占17.21%", "17.21%"),
            ("volunteers vs 2020", D(32416) - D(27905), "增加4511人", "4511"),
            ("half-years", D(301) + D(383), "全年开展志愿服务活动684场次", "684"),
            ("coverage", D(230) / D(246) * 100, "覆盖率93.5%", "93.5%"),
            ("satisfaction", D(708) / D(800) * 100, "满意708份，满意度88.5%", "88.5%"),
            ("prose total", D("9.50") + D(8) + D(8) + D("8.20") + 6 * 4 + D(10) + D("9.20") + D(10) + D("9.83"),
             "本项目自评得分96.73分", "96.73"),
        ],
    },
    "gs-tianshui-waishi-2019": {
        "texts": ["年初预算60.00万元", "调减预算4.00万元", "上半年累计支出26.18万元", "外宾接待费21.48万元", "因公出访国际差旅费18.60万元", "国际会议及活动承办费8.20万元", "翻译及资料编印费4.08万元", "每人次1155元", "外国来访团组24批次（2018年为19批次", "外宾186人次", "接待186人次", "发放满意度评价表24份"],
        "year": 2019,
        "funds": [("年度资金总额", "60.00", "56.00", "52.36", "93.50%"),
                  ("其中：当年财政拨款", "60.00", "56.00", "52.36", "93.50%")],
        "exec_cells": ["年度资金总额", "60.00", "56.00", "52.36", "10", "93.50%", "9.35"],
        "exec_score": "9.35",
        "ind": [
            ("接待外国来访团组", "gte", "20", "24", 10, "10", None, ["≥20批次", "24批次", "10", "10"]),
            ("外宾接待人次", "gte", "150", "186", 5, "5", None, ["≥150人次", "186人次", "5", "5"]),
            ("友城交流出访团组", "gte", "4", "3", 10, "7.50", None, ["≥4批", "3批", "10", "7.50"]),
            ("签署友好交流意向书", "gte", "1", "1", 5, "5", None, ["≥1份", "1份", "5", "5"]),
            ("外事接待安全责任事故", "eq0", "0", "0", 5, "5", None, ["0起", "0起", "5", "5"]),
            ("出访总结报告提交时限", "lte", "30", "18", 5, "5", None, ["回国后30日内", "平均18日", "5", "5"]),
            ("外宾接待人均费用", "lte", "1200", "1155", 10, "10", None, ["≤1200元/人次", "1155元/人次", "10", "10"]),
            ("促成经贸合作项目（意向）", "gte", "3", "2", 10, "6.67", None, ["≥3个", "2个", "10", "6.67"]),
            ("友城交流领域拓展", "qual-partial", None, None, 10, "7", None, ["10", "7"]),
            ("国际友好城市（含友好交流城市）", "gte", "13", "12", 10, "9.23", None, ["≥13对", "12对", "10", "9.23"]),
            ("来访团组满意度", "gte", "90", "95.8", 10, "10", None, ["≥90%", "95.8%", "10", "10"]),
        ],
        "total": "89.75", "total_cells": ["总分", "100", "89.75"],
        "grade_strings": ["评价等级为“良”", "评价等级｜良"],
        "facts": [
            ("annual = initial - cut", D("60.00") - D("4.00"), "全年预算56.00万元", "56.00"),
            ("half-year progress", D("26.18") / D("56.00") * 100, "执行进度46.75%", "46.75%"),
            ("execution rate", D("52.36") / D("56.00") * 100, "预算执行率93.50%，结余", "93.50%"),
            ("balance", D("56.00") - D("52.36"), "结余3.64万元", "3.64"),
            ("breakdown", D("21.48") + D("18.60") + D("8.20") + D("4.08"), "全年实际支出52.36万元", "52.36"),
            ("reception cost = 186 x 1155元", D(186) * 1155 / 10000, "外宾接待费21.48万元", "21.48"),
            ("groups vs 2018", D(24) - D(19), "增加5批次", "5"),
            ("visitors per group (约)", D(186) / D(24), "平均每批约7.8人", "7.8"),
            ("satisfaction", D(23) / D(24) * 100, "满意23份，满意度95.8%", "95.8%"),
            ("prose output subtotal", D(10) + D(5) + D("7.50") + D(5) + D(5) + D(5) + D(10), "产出指标得47.50分", "47.50"),
            ("prose benefit subtotal", D("6.67") + D(7) + D("9.23"), "效益指标得22.90分", "22.90"),
            ("prose total", D("9.35") + D("47.50") + D("22.90") + D(10), "综合得分89.75分", "89.75"),
        ],
    },
    "ln-anshan-rendaojiuzhu-2023": {
        "texts": ["年初预算80.00万元", "结转的人道救助资金12.40万元", "定向社会捐赠资金15.00万元", "社会捐赠资金支出9.40万元", "应急救灾备灾物资12.90万元", "大病救助金35.50万元", "铁东区360户、铁西区342户、立山区318户、千山区256户、海城市420户、台安县240户、岫岩满族自治县200户", "户均250元", "为142名大病困难群众", "人均2500元", "大病救助实际救助142人", "比2022年的1980户", "抽样300户"],
        "year": 2023,
        "funds": [("年度资金总额", "80.00", "107.40", "101.80", "94.79%"),
                  ("其中：当年财政拨款", "80.00", "80.00", "80.00", "100.00%"),
                  ("上年结转资金", "0.00", "12.40", "12.40", "100.00%"),
                  ("其他资金", "0.00", "15.00", "9.40", "62.67%")],
        "exec_cells": ["年度资金总额", "80.00", "107.40", "101.80", "10", "94.79%", "9.48"],
        "exec_score": "9.48",
        "ind": [
            ("“博爱送万家”慰问困难家庭", "gte", "2000", "2136", 12, "12", "106.80%", ["≥2000户", "2136户", "106.80%", "12", "12"]),
            ("大病救助人数", "gte", "150", "142", 12, "11.36", "94.67%", ["≥150人", "142人", "94.67%", "12", "11.36"]),
            ("救助对象信息公示率", "gte", "100", "100", 8, "8", "100.00%", ["100%", "100%", "100.00%", "8", "8"]),
            ("慰问物资发放完成时间", "date", "20230120", "20230118", 8, "8", "100.00%",
             ["2023年1月20日前", "2023年1月18日", "100.00%", "8", "8"]),
            ("户均慰问物资成本", "lte", "260", "250", 10, "10", "100.00%", ["≤260元/户", "250元/户", "100.00%", "10", "10"]),
            ("困难群众基本生活保障", "qual-achieved", None, None, 10, "9", None, ["有效保障", "基本生活得到保障", "—", "10", "9"]),
            ("重复救助率", "lte", "5", "3.2", 10, "10", "100.00%", ["≤5%", "3.2%", "100.00%", "10", "10"]),
            ("新建“博爱家园”", "gte", "6", "5", 10, "8.33", "83.33%", ["≥6个", "5个", "83.33%", "10", "8.33"]),
            ("受助群众满意度", "gte", "95", "97.7", 10, "10", "102.84%", ["≥95%", "97.7%", "102.84%", "10", "10"]),
        ],
        "total": "96.17", "total_cells": ["总分", "100", "96.17"],
        "grade_strings": ["评价等级为“优”"],
        "facts": [
            ("annual = fiscal + carry-over + donations", D("80.00") + D("12.40") + D("15.00"), "全年预算107.40万元", "107.40"),
            ("spent = 80 + 12.40 + 9.40", D("80.00") + D("12.40") + D("9.40"), "全年实际支出101.80万元", "101.80"),
            ("execution rate", D("101.80") / D("107.40") * 100, "预算执行率94.79%", "94.79%"),
            ("balance", D("107.40") - D("101.80"), "年末结余5.60万元", "5.60"),
            ("balance = unspent donations", D("15.00") - D("9.40"), "年末结余5.60万元", "5.60"),
            ("uses", D("53.40") + D("35.50") + D("12.90"), "全年实际支出101.80万元", "101.80"),
            ("households x 250元", D(2136) * 250 / 10000, "“博爱送万家”慰问物资53.40万元", "53.40"),
            ("patients x 2500元", D(142) * 2500 / 10000, "发放救助金35.50万元", "35.50"),
            ("districts sum", D(360) + D(342) + D(318) + D(256) + D(420) + D(240) + D(200), "全市共慰问困难家庭2136户", "2136"),
            ("district average", (D(360) + D(342) + D(318) + D(256) + D(420) + D(240) + D(200)) / 7,
             "平均每个县（市）区305户", "305"),
            ("vs 2022", D(2136) - D(1980), "增加156户", "156"),
            ("satisfaction", D(293) / D(300) * 100, "满意293户，满意度97.7%", "97.7%"),
            ("prose output subtotal", D(12) + D("11.36") + D(8) + D(8) + D(10), "产出指标49.36分", "49.36"),
            ("prose benefit subtotal", D(9) + D(10) + D("8.33"), "效益指标27.33分", "27.33"),
            ("prose total", D("9.48") + D("49.36") + D("27.33") + D(10), "本项目自评得分96.17分", "96.17"),
        ],
    },
    "gd-lechang-cishan-2024": {
        "texts": ["慈善超市运营补助25.00万元", "宣传及项目管理费5.00万元", "4月到位80.00万元，8月到位40.00万元", "截至9月底累计支出61.20万元", "困难群众慈善救助金52.40万元", "助学帮扶金24.00万元", "慈善超市物资采购13.16万元", "宣传及项目管理费4.00万元", "全年救助困难群众262户", "为120名困难家庭学生", "全市5家镇级慈善超市", "惠及困难群众1380人次", "撬动社会慈善捐赠33.8万元", "电话回访受助对象200户"],
        "year": 2024,
        "funds": [("| 年度资金总额", "120.00", "120.00", "93.56", "77.97%"),
                  ("| 其中：当年财政拨款", "120.00", "120.00", "93.56", "77.97%"),
                  ("| 上年结转资金", "0.00", "0.00", "0.00", "—"),
                  ("| 其他资金", "0.00", "0.00", "0.00", "—")],
        "exec_cells": ["| 年度资金总额", "120.00", "120.00", "93.56", "10", "77.97%", "7.80"],
        "exec_score": "7.80",
        "ind": [
            ("慈善救助困难群众户数", "gte", "350", "262", 12, "8.98", None, ["≥350户", "262户", "12", "8.98"]),
            ("资助困难家庭学生人数", "gte", "100", "120", 10, "10", None, ["≥100名", "120名", "10", "10"]),
            ("镇级慈善超市运营数量", "gte", "5", "5", 8, "8", None, ["≥5家", "5家", "8", "8"]),
            ("救助对象认定准确率", "gte", "100", "100", 6, "6", None, ["100%", "100%", "6", "6"]),
            ("救助金发放时限", "lte", "15", "9", 6, "6", None, ["审批后15个工作日内", "平均9个工作日", "6", "6"]),
            ("户均救助标准", "gte", "2000", "2000", 8, "8", None, ["2000元/户", "2000元/户", "8", "8"]),
            ("受助群众基本生活改善", "qual-partial", None, None, 10, "7", None, ["明显改善", "部分改善", "10", "7"]),
            ("受助学生继续就学率", "gte", "98", "100", 10, "10", None, ["≥98%", "100%", "10", "10"]),
            ("撬动社会慈善捐赠资金", "gte", "50", "33.8", 10, "6.76", None, ["≥50万元", "33.8万元", "10", "6.76"]),
            ("受助对象满意度", "gte", "90", "88.0", 10, "9.78", None, ["≥90%", "88.0%", "10", "9.78"]),
        ],
        "total": "88.32", "total_cells": ["| 总分", "100", "88.32"],
        "grade_strings": ["自评等级为良", "自评等级：良"],
        "facts": [
            ("budget plan", D("70.00") + D("20.00") + D("25.00") + D("5.00"), "2024年年初预算120.00万元", "120.00"),
            ("plan relief = 350 x 2000元", D(350) * 2000 / 10000, "安排70.00万元", "70.00"),
            ("plan students = 100 x 2000元", D(100) * 2000 / 10000, "安排20.00万元", "20.00"),
            ("received", D("80.00") + D("40.00"), "全年到位120.00万元", "120.00"),
            ("received rate", D(120) / D(120) * 100, "到位率100%", "100%"),
            ("September progress", D("61.20") / D("120.00") * 100, "序时进度51.00%", "51.00%"),
            ("execution rate", D("93.56") / D("120.00") * 100, "预算执行率77.97%", "77.97%"),
            ("breakdown", D("52.40") + D("24.00") + D("13.16") + D("4.00"), "全年实际支出93.56万元", "93.56"),
            ("balance", D("120.00") - D("93.56"), "年末结余26.44万元", "26.44"),
            ("relief = 262 x 2000元", D(262) * 2000 / 10000, "共发放救助金52.40万元", "52.40"),
            ("student aid = 120 x 2000元", D(120) * 2000 / 10000, "发放助学金24.00万元", "24.00"),
            ("completion households", D(262) / D(350) * 100, "完成年度目标350户的74.86%", "74.86%"),
            ("supermarket average", D(1380) / D(5), "平均每家276人次", "276"),
            ("completion donations", D("33.8") / D(50) * 100, "完成目标的67.6%", "67.6%"),
            ("satisfaction", D(176) / D(200) * 100, "满意176户，满意度88.0%", "88.0%"),
            ("prose exec score", D("7.80"), "预算执行率7.80分", "7.80"),
            ("prose output subtotal", D("8.98") + D(10) + D(8) + D(6) + D(6) + D(8), "产出指标46.98分", "46.98"),
            ("prose benefit subtotal", D(7) + D(10) + D("6.76"), "效益指标23.76分", "23.76"),
            ("prose satisfaction", D("9.78"), "满意度指标9.78分", "9.78"),
            ("prose total", D("7.80") + D("46.98") + D("23.76") + D("9.78"), "本项目自评得分88.32分", "88.32"),
        ],
    },
}


def check_draft(pid, text):
    sp = SPEC[pid]
    n = len(text)
    if not 3000 <= n <= 5000:
        fail(f"{pid}: length {n} outside 3000-5000")
    if str(sp["year"]) not in text.splitlines()[0] + text.splitlines()[1]:
        fail(f"{pid}: evaluation year not in the title")
    # funds block
    rows = sp["funds"]
    for col in (1, 2, 3):
        total = D(rows[0][col])
        parts = sum(D(r[col]) for r in rows[1:])
        if len(rows) > 1 and total != parts:
            fail(f"{pid}: funds column {col}: {total} != sum of parts {parts}")
    for k, (name, ini, ann, spent, rate) in enumerate(rows):
        if k:
            row_in_text(text, [name, ini, ann, spent, "—", rate], f"{pid} funds")
        if D(ann) == 0:
            if rate != "—":
                fail(f"{pid}: rate on zero base in {name}")
        else:
            r = D(spent) / D(ann) * 100
            if r > 100:
                fail(f"{pid}: execution over 100% in {name}")
            if not agrees(r, rate):
                fail(f"{pid}: {name} rate {rate} vs {q2(r)}")
    row_in_text(text, sp["exec_cells"], f"{pid} exec row")
    r = D(rows[0][3]) / D(rows[0][2])
    exec_score = q2(10 * min(r, D(1)))
    if not agrees(exec_score, sp["exec_score"]):
        fail(f"{pid}: execution score {sp['exec_score']} vs {exec_score}")
    # indicators
    wsum, ssum = D(10), D(sp["exec_score"])
    for name, direction, T, A, w, score, comp, cells in sp["ind"]:
        row_in_text(text, [name] + cells, f"{pid} indicator")
        w, s = D(w), D(score)
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{pid}: {name} score {s} outside [0, {w}]")
        if direction in ("gte",):
            c = D(A) / D(T)
            exp = q2(w * min(c, D(1)))
        elif direction in ("lte", "date"):
            c = D(1) if D(A) <= D(T) else D(T) / D(A)
            exp = q2(w * c)
        elif direction == "eq0":
            c = D(1) if D(A) <= 0 else D(0)
            exp = w * c
        elif direction == "qual-achieved":
            c, exp = None, None
            if not (D("0.8") * w <= s <= w):
                fail(f"{pid}: {name} qualitative score {s} not in the achieved band")
        elif direction == "qual-partial":
            c, exp = None, None
            if not (D("0.6") * w <= s < D("0.8") * w):
                fail(f"{pid}: {name} qualitative score {s} not in the partly-achieved band")
        else:
            raise ValueError(direction)
        if exp is not None and not agrees(exp, score):
            fail(f"{pid}: {name} score {score} vs rule {exp}")
        if comp is not None:
            if c is None:
                fail(f"{pid}: completion given for a qualitative row {name}")
            elif not agrees(c * 100, comp):
                fail(f"{pid}: {name} completion {comp} vs {q2(c * 100)}")
    if wsum != 100:
        fail(f"{pid}: weights add to {wsum}")
    if ssum != D(sp["total"]):
        fail(f"{pid}: scores add to {ssum}, total printed {sp['total']}")
    row_in_text(text, sp["total_cells"], f"{pid} total row")
    g = grade_of(D(sp["total"]))
    for gs in sp["grade_strings"]:
        if gs not in text:
            fail(f"{pid}: grade string {gs!r} not in text")
        elif not gs.endswith(g) and not gs.endswith(g + "”"):
            fail(f"{pid}: grade {gs!r} does not fit total {sp['total']} ({g})")
    for snippet in sp["texts"]:
        if snippet not in text:
            fail(f"{pid}: figure {snippet!r} used above is not in the text")
    # years: carry-over goes to the next year, "截至…12月31日" names the evaluation year,
    # money is issued in the evaluation year (or in the December before it)
    y = sp["year"]
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) != y + 1:
            fail(f"{pid}: {m.group(0)} in a {y} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            fail(f"{pid}: {m.group(0)} in a {y} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:[^。；，]{0,12})?(?:下达|到位)", text):
        yy, mm = int(m.group(1)), int(m.group(2))
        if not (yy == y or (yy == y - 1 and mm == 12)):
            fail(f"{pid}: {m.group(0)} in a {y} report")
    for label, computed, snippet, printed in sp["facts"]:
        check_fact(text, f"{pid} {label}", computed, snippet, printed,
                   approx=("约" in snippet))


def one_place(clean, err):
    """Common prefix / suffix trimmed: the differing region in both texts."""
    p = 0
    while p < min(len(clean), len(err)) and clean[p] == err[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(err)) - p and clean[-1 - s] == err[-1 - s]:
        s += 1
    return (p, len(clean) - s), (p, len(err) - s)


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    texts = {}
    for name in sorted(os.listdir(CASES)):
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            texts[name] = fh.read()
    if sorted(texts) != sorted(r["case"] for r in labels):
        fail("case files and labels differ")
    codes = Counter()
    prose_table = Counter()
    for rec in labels:
        text = texts[rec["case"]]
        clean = texts[f"{rec['source']}-clean.txt"]
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one label")
        exp = rec["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail(f"{rec['case']}: bad code/severity {exp}")
        codes[exp["code"]] += 1
        value = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            fail(f"{rec['case']}: value {value!r} not in case")
            continue
        if len(occ) != 1:
            fail(f"{rec['case']}: value {value!r} occurs {len(occ)} times")
        if value in clean and clean.count(value) >= text.count(value):
            fail(f"{rec['case']}: value {value!r} already in the clean draft")
        (c0, c1), (e0, e1) = one_place(clean, text)
        if e1 - e0 > 120 or c1 - c0 > 120 or (e1 <= e0 and c1 <= c0):
            fail(f"{rec['case']}: not one small change ({c0},{c1}) / ({e0},{e1})")
        hit = any(o < max(e1, e0 + 1) and e0 < o + len(value) for o in occ)
        if not hit:
            fail(f"{rec['case']}: value does not overlap the change")
        # where the change sits: in a table line or in prose
        line = text[text.rfind("\n", 0, e0) + 1: text.find("\n", e0)]
        in_table = ("\t" in line or "｜" in line or "|" in line or len(line) < 25)
        prose_table["table" if in_table else "prose"] += 1
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    for pid in SPEC:
        check_draft(pid, texts[f"{pid}-clean.txt"])
    print(f"cases: {len(labels)}; codes: {dict(sorted(codes.items()))}")
    print(f"errors in tables: {prose_table['table']}, in prose: {prose_table['prose']}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        raise SystemExit(1)
    print("OK")


if __name__ == "__main__":
    main()
