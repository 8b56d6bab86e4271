#!/usr/bin/env python3
"""Check the set: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK (exit 0) or the list of problems (exit 1).

1. labels.jsonl: every case exists; each error case has one label whose value occurs exactly
   once in its case and never in its clean draft; clean cases have no labels.
2. Edits: the error case differs from its clean draft in one contiguous region of at most
   16 characters inside one line, or - for score-table codes - in two adjacent lines with
   at most 16 changed characters each.
3. Arithmetic of the clean drafts (facts below are tied to the text: every context string
   must occur in the clean draft and contain the stated figure): rates, balances, sums,
   per-unit figures, completion rates and scores under rules.md section 5, weights summing
   level by level to 100, scores summing to the total, the total in words, and the grade band.
   Tolerance: half a unit of the last stated decimal (rules.md section 8), ROUND_HALF_UP.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
def num(s):
    s = s.replace(",", "").replace("%", "").strip()
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    return D(m.group(0)), (len(m.group(0).split(".")[1]) if "." in m.group(0) else 0)


def close(computed, stated):
    v, d = num(stated)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def ev(expr):
    """Evaluate an arithmetic expression with every literal as a Decimal."""
    code = re.sub(r"(\d+(?:\.\d+)?)", r"D('\1')", expr)
    return eval(code, {"D": D, "min": min, "max": max})


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


CN = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(s):
    """九十九点一一 -> 99.11 (integers below 100 plus decimal digits)."""
    s = s.rstrip("分")
    ip, _, dp = s.partition("点")
    if "十" in ip:
        a, _, b = ip.partition("十")
        val = (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    else:
        val = CN[ip]
    frac = "".join(str(CN[c]) for c in dp)
    return D(f"{val}.{frac}") if frac else D(val)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- facts
# ("calc", context, stated, expr)        stated figure == expr (rates x100, sums, differences, per-unit)
# ("row", context, l1, l2, weight, direction, target, actual, score, completion|None)
#        direction: gte / lte / eq0 / qual (actual: 达成=[0.8,1], 部分达成=[0.6,0.8)) / exec (target/actual = budget/spent)
# ("level", context, l1, l2|None, weight, subtotal_score|None)   declared level weight (and score)
# ("total", context, stated_total)       sum of all row scores
# ("words", context, words, stated_total)
# ("grade", context, label, total)
FACTS = {
    "fengcheng-courtfunds-2021": [
        ("calc", "资金到位率100%", "100%", "485.00/485.00*100"),
        ("calc", "合计｜420.00｜485.00｜485.00｜462.38｜95.34%", "95.34%", "462.38/485.00*100"),
        ("calc", "合计｜420.00", "420.00", "320.00+45.00+55.00"),
        ("calc", "合计｜420.00｜485.00", "485.00", "320.00+45.00+120.00"),
        ("calc", "合计｜420.00｜485.00｜485.00｜462.38", "462.38", "320.00+45.00+97.38"),
        ("calc", "中央政法转移支付｜55.00｜120.00｜120.00｜97.38｜81.15%", "81.15%", "97.38/120.00*100"),
        ("calc", "省级政法转移支付｜45.00｜45.00｜45.00｜45.00｜100.00%", "100.00%", "45/45*100"),
        ("calc", "市本级财政资金｜320.00｜320.00｜320.00｜320.00｜100.00%", "100.00%", "320/320*100"),
        ("calc", "调整后全年预算485.00万元", "485.00", "420.00+65.00"),
        ("calc", "项目全年支出462.38万元，预算执行率95.34%", "95.34%", "462.38/485*100"),
        ("calc", "未支出的22.62万元", "22.62", "485.00-462.38"),
        ("calc", "中央政法转移支付资金执行率81.15%", "81.15%", "97.38/120*100"),
        ("calc", "合计｜462.38", "462.38", "128.46+46.72+38.50+57.30+96.84+62.18+32.38"),
        ("calc", "全年共办理办案经费报销1215笔，在受理后10个工作日内完成结算1198笔", "1198", "1198"),
        ("calc", "受理各类案件9798件（旧存412件，新收9386件）", "9798", "412+9386"),
        ("calc", "审结9512件，未结286件", "286", "9798-9512"),
        ("calc", "目标的105.69%", "105.69%", "9512/9000*100"),
        ("calc", "员额法官人均结案182.92件，较上年增加4.20件", "4.20", "182.92-178.72"),
        ("calc", "四个人民法庭共审结案件4007件", "4007", "1126+978+1034+869"),
        ("calc", "占全院结案数的42.13%", "42.13%", "4007/9512*100"),
        ("calc", "新收案件（件）｜9386｜9012｜4.15%", "4.15%", "(9386-9012)/9012*100"),
        ("calc", "受理案件合计（件）｜9798｜9348｜4.81%", "4.81%", "(9798-9348)/9348*100"),
        ("calc", "受理案件合计（件）｜9798｜9348", "9348", "336+9012"),
        ("calc", "审结案件（件）｜9512｜8936｜6.45%", "6.45%", "(9512-8936)/8936*100"),
        ("calc", "结案率｜97.08%｜95.59%｜提高1.49个百分点", "97.08%", "9512/9798*100"),
        ("calc", "结案率｜97.08%｜95.59%", "95.59%", "8936/9348*100"),
        ("calc", "提高1.49个百分点", "1.49", "97.08-95.59"),
        ("calc", "未结案件（件）｜286｜412", "412", "9348-8936"),
        ("calc", "员额法官人均结案（件）｜182.92｜178.72", "182.92", "9512/52"),
        ("calc", "员额法官人均结案（件）｜182.92｜178.72", "178.72", "8936/50"),
        ("calc", "审限内结案率｜99.21%｜98.87%｜提高0.34个百分点", "0.34", "99.21-98.87"),
        ("calc", "审限内审结9437件，审限内结案率99.21%", "99.21%", "9437/9512*100"),
        ("calc", "较年度指标值99.5%低0.29个百分点", "0.29", "99.5-99.21"),
        ("calc", "75件案件超审限审结", "75", "9512-9437"),
        ("calc", "结算及时率98.60%", "98.60%", "1198/1215*100"),
        ("calc", "案均办案经费486.10元", "486.10", "462.38*10000/9512"),
        ("calc", "2020年办案经费支出431.26万元，案均482.61元", "482.61", "431.26*10000/8936"),
        ("calc", "执结率97.60%", "97.60%", "2805/2874*100"),
        ("calc", "执行到位金额3.12亿元，同比增长16.42%", "16.42%", "(3.12-2.68)/2.68*100"),
        ("calc", "执行到位金额｜3.12｜2.68", "3.12", "2.57+0.34+0.21"),
        ("calc", "执行到位金额｜3.12｜2.68", "2.68", "2.19+0.31+0.18"),
        ("calc", "满意度92.70%", "92.70%", "546/589*100"),
        ("calc", "分别低于年度指标值1.40个", "1.40", "90-88.60"),
        ("calc", "1.40个和2.30个百分点", "2.30", "95-92.70"),
        ("calc", "有22.62万元因采购流标", "22.62", "485-462.38"),
        ("level", "预算执行（10）", "exec", None, 10, None),
        ("level", "产出指标（50）", "out", None, 50, None),
        ("level", "效益指标（30）", "ben", None, 30, None),
        ("level", "满意度指标（10）", "sat", None, 10, None),
        ("level", "预算执行率（10）", "exec", "exec", 10, None),
        ("level", "数量指标（20）", "out", "qty", 20, None),
        ("level", "质量指标（15）", "out", "qual", 15, None),
        ("level", "时效指标（5）", "out", "time", 5, None),
        ("level", "成本指标（10）", "out", "cost", 10, None),
        ("level", "社会效益（20）", "ben", "soc", 20, None),
        ("level", "可持续影响（10）", "ben", "sus", 10, None),
        ("level", "服务对象满意度（10）", "sat", "sat", 10, None),
        ("level", "预算执行得9.53分", "exec", None, 10, "9.53"),
        ("level", "产出指标得49.98分", "out", None, 50, "49.98"),
        ("level", "效益指标得29.84分", "ben", None, 30, "29.84"),
        ("level", "满意度指标得9.76分", "sat", None, 10, "9.76"),
        ("row", "预算执行率｜10｜100%｜95.34%｜9.53", "exec", "exec", 10, "exec", "485.00", "462.38", "9.53", None),
        ("row", "全年审结案件数｜10｜≥9000件｜9512件｜10", "out", "qty", 10, "gte", "9000", "9512", "10", None),
        ("row", "员额法官人均结案数｜10｜≥170件｜182.92件｜10", "out", "qty", 10, "gte", "170", "182.92", "10", None),
        ("row", "结案率｜8｜≥95%｜97.08%｜8", "out", "qual", 8, "gte", "95", "97.08", "8", None),
        ("row", "审限内结案率｜7｜≥99.5%｜99.21%｜6.98", "out", "qual", 7, "gte", "99.5", "99.21", "6.98", None),
        ("row", "办案经费报销结算及时率｜5｜≥95%｜98.60%｜5", "out", "time", 5, "gte", "95", "98.60", "5", None),
        ("row", "案均办案经费｜10｜≤520元/件｜486.10元/件｜10", "out", "cost", 10, "lte", "520", "486.10", "10", None),
        ("row", "执行到位金额｜10｜≥2.80亿元｜3.12亿元｜10", "ben", "soc", 10, "gte", "2.80", "3.12", "10", None),
        ("row", "一审服判息诉率｜10｜≥90%｜88.60%｜9.84", "ben", "soc", 10, "gte", "90", "88.60", "9.84", None),
        ("row", "审判执行信息系统正常运行率｜10｜≥98%｜99.50%｜10", "ben", "sus", 10, "gte", "98", "99.50", "10", None),
        ("row", "当事人及律师满意度｜10｜≥95%｜92.70%｜9.76", "sat", "sat", 10, "gte", "95", "92.70", "9.76", None),
        ("total", "合计｜｜｜100｜｜｜99.11", "99.11"),
        ("total", "综合得分99.11分", "99.11"),
        ("words", "综合得分99.11分（九十九点一一分）", "九十九点一一分", "99.11"),
        ("grade", "自评等级为“优秀”", "优", "99.11"),
    ],
    "panshi-procuratorate-2022": [
        ("calc", "调整后全年预算264.50万元", "264.50", "236.00+28.50"),
        ("calc", "年初预算236.00万元，其中市本级财政资金186.00万元", "236.00", "186.00+50.00"),
        ("calc", "年中追加中央政法转移支付资金28.50万元", "28.50", "22.50+6.00"),
        ("calc", "年内实际到位258.50万元", "258.50", "186.00+50.00+22.50"),
        ("calc", "资金到位率97.73%", "97.73%", "258.50/264.50*100"),
        ("calc", "合计\t236.00\t264.50\t258.50\t247.36", "247.36", "181.20+46.80+19.36"),
        ("calc", "合计\t236.00\t264.50", "264.50", "186.00+50.00+28.50"),
        ("calc", "实际支出247.36万元，预算执行率93.52%", "93.52%", "247.36/264.50*100"),
        ("calc", "年末结余11.14万元", "11.14", "258.50-247.36"),
        ("calc", "受理审查逮捕案件198件286人", "286", "173+109+4"),
        ("calc", "审结697件1058人", "1058", "902+156"),
        ("calc", "审结人数比2021年的1006人增长5.17%", "5.17%", "(1058-1006)/1006*100"),
        ("calc", "人均办结审查起诉案件25.81件", "25.81", "697/27"),
        ("calc", "审查起诉审结率\t94.13%", "94.13%", "1058/1124*100"),
        ("calc", "适用率88.28%", "88.28%", "934/1058*100"),
        ("calc", "公益诉讼立案\t64件", "64", "38+14+7+5"),
        ("calc", "回复整改率96.15%\n", "96.15%", "50/52*100"),
        ("calc", "平均95.75分", "95.75", "(96.5+94.0+97.5+95.0)/4"),
        ("calc", "三类案件812件", "812", "697+64+51"),
        ("calc", "案均办案经费3046.31元", "3046.31", "247.36*10000/812"),
        ("calc", "比年度指标值少1件", "1", "6-5"),
        ("calc", "满意度93.75%", "93.75%", "285/304*100"),
        ("level", "预算执行\t10\t预算执行率\t10", "exec", None, 10, "9.35"),
        ("level", "产出指标\t50\t数量指标\t20", "out", None, 50, "49.93"),
        ("level", "效益指标\t30\t社会效益\t20", "ben", None, 30, "28.33"),
        ("level", "满意度指标\t10\t服务对象满意度\t10", "sat", None, 10, "9.87"),
        ("level", "预算执行\t10\t预算执行率\t10", "exec", "exec", 10, None),
        ("level", "产出指标\t50\t数量指标\t20", "out", "qty", 20, None),
        ("level", "质量指标\t15", "out", "qual", 15, None),
        ("level", "时效指标\t5", "out", "time", 5, None),
        ("level", "成本指标\t10", "out", "cost", 10, None),
        ("level", "效益指标\t30\t社会效益\t20", "ben", "soc", 20, None),
        ("level", "可持续影响\t10", "ben", "sus", 10, None),
        ("level", "满意度指标\t10\t服务对象满意度\t10", "sat", "sat", 10, None),
        ("level", "预算执行得9.35分", "exec", None, 10, "9.35"),
        ("level", "产出指标得49.93分", "out", None, 50, "49.93"),
        ("level", "效益指标得28.33分", "ben", None, 30, "28.33"),
        ("level", "满意度指标得9.87分", "sat", None, 10, "9.87"),
        ("row", "预算执行率\t10\t100%\t93.52%\t93.52%\t9.35", "exec", "exec", 10, "exec", "264.50", "247.36", "9.35", "93.52%"),
        ("row", "审查起诉审结人数\t10\t≥1000人\t1058人\t105.80%\t10", "out", "qty", 10, "gte", "1000", "1058", "10", "105.80%"),
        ("row", "员额检察官人均办结审查起诉案件\t10\t≥24件\t25.81件\t107.54%\t10", "out", "qty", 10, "gte", "24", "25.81", "10", "107.54%"),
        ("row", "审查起诉审结率\t8\t≥95%\t94.13%\t99.08%\t7.93", "out", "qual", 8, "gte", "95", "94.13", "7.93", "99.08%"),
        ("row", "认罪认罚从宽制度适用率\t7\t≥85%\t88.28%\t103.86%\t7", "out", "qual", 7, "gte", "85", "88.28", "7", "103.86%"),
        ("row", "法定期限内办结率\t5\t100%\t100%\t100%\t5", "out", "time", 5, "gte", "100", "100", "5", "100%"),
        ("row", "案均办案经费\t10\t≤3800元/件\t3046.31元/件\t100%\t10", "out", "cost", 10, "lte", "3800", "3046.31", "10", "100%"),
        ("row", "提起公益诉讼案件数\t10\t≥6件\t5件\t83.33%\t8.33", "ben", "soc", 10, "gte", "6", "5", "8.33", "83.33%"),
        ("row", "诉前检察建议回复整改率\t10\t≥95%\t96.15%\t101.21%\t10", "ben", "soc", 10, "gte", "95", "96.15", "10", "101.21%"),
        ("row", "检察业务应用系统运行正常率\t10\t≥98%\t99.60%\t101.63%\t10", "ben", "sus", 10, "gte", "98", "99.60", "10", "101.63%"),
        ("row", "人民监督员及当事人满意度\t10\t≥95%\t93.75%\t98.68%\t9.87", "sat", "sat", 10, "gte", "95", "93.75", "9.87", "98.68%"),
        ("total", "合计\t100\t\t\t\t\t\t\t\t97.48", "97.48"),
        ("total", "综合得分97.48分", "97.48"),
        ("words", "综合得分97.48分（九十七点四八分）", "九十七点四八分", "97.48"),
        ("grade", "自评等级为优秀", "优", "97.48"),
    ],
    "dalate-courtexec-2019": [
        ("calc", "年初预算398.35万元", "398.35", "380.00+18.35"),
        ("calc", "调整后全年预算517.35万元", "517.35", "398.35+72.60+46.40"),
        ("calc", "其中当年财政拨款499.00万元", "499.00", "380.00+72.60+46.40"),
        ("calc", "年度资金总额 | 398.35 | 517.35 | 455.36", "455.36", "437.01+18.35"),
        ("calc", "年度资金总额 | 398.35 | 517.35 | 455.36 | 10 | 88.02%", "88.02%", "455.36/517.35*100"),
        ("calc", "年度资金总额 | 398.35 | 517.35 | 455.36 | 10 | 88.02% | 8.80", "8.80", "10*455.36/517.35"),
        ("calc", "项目全年支出455.36万元，预算执行率88.02%", "88.02%", "455.36/517.35*100"),
        ("calc", "当年财政拨款执行率87.58%", "87.58%", "437.01/499.00*100"),
        ("calc", "其中：当年财政拨款 | 380.00 | 499.00 | 437.01", "437.01", "371.40+50.36+15.25"),
        ("calc", "年末结余61.99万元", "61.99", "517.35-455.36"),
        ("calc", "合计 | 455.36", "455.36", "86.42+74.38+8.64+31.27+52.90+27.45+118.60+55.70"),
        ("calc", "结案率96.92%", "96.92%", "11497/11862*100"),
        ("calc", "比2018年审结的10815件增长6.31%", "6.31%", "(11497-10815)/10815*100"),
        ("calc", "员额法官人均结案302.55件", "302.55", "11497/38"),
        ("calc", "受理执行案件4236件（旧存318件，新收3918件）", "4236", "318+3918"),
        ("calc", "比2018年的3862件增长6.34%", "6.34%", "(4107-3862)/3862*100"),
        ("calc", "增长6.34%，执结率96.95%", "96.95%", "4107/4236*100"),
        ("calc", "人均执结456.33件", "456.33", "4107/9"),
        ("calc", "执结率 | 96.95%", "96.95%", "4107/4236*100"),
        ("calc", "案均办案经费396.07元", "396.07", "455.36*10000/11497"),
        ("calc", "较2018年的4.21亿元增长15.44%", "15.44%", "(4.86-4.21)/4.21*100"),
        ("calc", "完成88.36%", "88.36%", "4.86/5.50*100"),
        ("calc", "合计 | 4.86 | 4.21", "4.86", "3.98+0.61+0.19+0.08"),
        ("calc", "合计 | 4.86 | 4.21", "4.21", "3.47+0.52+0.15+0.07"),
        ("calc", "办结率96.80%", "96.80%", "121/125*100"),
        ("calc", "满意度80.53%", "80.53%", "306/380*100"),
        ("level", "一级 | 预算执行 | 10 | | | 8.80", "exec", None, 10, "8.80"),
        ("level", "一级 | 产出指标 | 50 | | | 47.23", "out", None, 50, "47.23"),
        ("level", "一级 | 效益指标 | 30 | | | 24.52", "ben", None, 30, "24.52"),
        ("level", "一级 | 满意度指标 | 10 | | | 8.95", "sat", None, 10, "8.95"),
        ("level", "二级 | 数量指标 | 20 | | | 17.91", "out", "qty", 20, "17.91"),
        ("level", "二级 | 质量指标 | 15 | | | 14.51", "out", "qual", 15, "14.51"),
        ("level", "二级 | 时效指标 | 5 | | | 4.81", "out", "time", 5, "4.81"),
        ("level", "二级 | 成本指标 | 10 | | | 10", "out", "cost", 10, "10"),
        ("level", "二级 | 社会效益 | 20 | | | 18.52", "ben", "soc", 20, "18.52"),
        ("level", "二级 | 可持续影响 | 10 | | | 6", "ben", "sus", 10, "6"),
        ("level", "预算执行得8.80分", "exec", None, 10, "8.80"),
        ("level", "产出指标得47.23分", "out", None, 50, "47.23"),
        ("level", "效益指标得24.52分", "ben", None, 30, "24.52"),
        ("level", "满意度指标得8.95分", "sat", None, 10, "8.95"),
        ("row", "三级 | 预算执行率 | 10 | 100% | 88.02% | 8.80", "exec", "exec", 10, "exec", "517.35", "455.36", "8.80", None),
        ("row", "三级 | 执行案件结案数 | 10 | ≥4500件 | 4107件 | 9.13", "out", "qty", 10, "gte", "4500", "4107", "9.13", None),
        ("row", "三级 | 执行局员额法官人均执结数 | 10 | ≥520件 | 456.33件 | 8.78", "out", "qty", 10, "gte", "520", "456.33", "8.78", None),
        ("row", "三级 | 执结率 | 8 | ≥98% | 96.95% | 7.91", "out", "qual", 8, "gte", "98", "96.95", "7.91", None),
        ("row", "三级 | 终结本次执行程序案件合格率 | 7 | ≥98% | 92.40% | 6.60", "out", "qual", 7, "gte", "98", "92.40", "6.60", None),
        ("row", "三级 | 有财产可供执行案件法定期限内实际执结率 | 5 | ≥90% | 86.50% | 4.81", "out", "time", 5, "gte", "90", "86.50", "4.81", None),
        ("row", "三级 | 案均办案经费 | 10 | ≤450元/件 | 396.07元/件 | 10", "out", "cost", 10, "lte", "450", "396.07", "10", None),
        ("row", "三级 | 执行到位金额 | 10 | ≥5.50亿元 | 4.86亿元 | 8.84", "ben", "soc", 10, "gte", "5.50", "4.86", "8.84", None),
        ("row", "三级 | 涉执信访办结率 | 10 | 100% | 96.80% | 9.68", "ben", "soc", 10, "gte", "100", "96.80", "9.68", None),
        ("row", "三级 | 执行联动机制长效运行 | 10 | 达成 | 部分达成 | 6", "ben", "sus", 10, "qual", "达成", "部分达成", "6", None),
        ("row", "三级 | 申请执行人满意度 | 10 | ≥90% | 80.53% | 8.95", "sat", "sat", 10, "gte", "90", "80.53", "8.95", None),
        ("total", "合计 | | 100 | | | 89.50", "89.50"),
        ("total", "综合得分89.50分", "89.50"),
        ("words", "综合得分89.50分（八十九点五分）", "八十九点五分", "89.50"),
        ("grade", "评价等级为“良好”", "良", "89.50"),
    ],
    "tieling-intermediatecourt-2024": [
        ("calc", "年初预算｜1268.00｜1018.00｜250.00｜0.00", "1268.00", "1018.00+250.00+0.00"),
        ("calc", "预算调整｜44.00｜-42.00｜0.00｜86.00", "44.00", "-42.00+0.00+86.00"),
        ("calc", "全年预算｜1312.00｜976.00｜250.00｜86.00", "1312.00", "976.00+250.00+86.00"),
        ("calc", "全年预算｜1312.00｜976.00", "976.00", "1018.00-42.00"),
        ("calc", "实际支出｜1219.44｜951.20｜210.24｜58.00", "1219.44", "951.20+210.24+58.00"),
        ("calc", "调整后全年预算1312.00万元，较年初增加44.00万元", "1312.00", "1268.00+86.00-42.00"),
        ("calc", "项目支出1219.44万元，预算执行率92.95%", "92.95%", "1219.44/1312.00*100"),
        ("calc", "结余92.56万元", "92.56", "1312.00-1219.44"),
        ("calc", "市本级资金执行率97.46%", "97.46%", "951.20/976.00*100"),
        ("calc", "省级政法转移支付资金执行率84.10%", "84.10%", "210.24/250.00*100"),
        ("calc", "中央政法转移支付资金执行率67.44%", "67.44%", "58.00/86.00*100"),
        ("calc", "受理各类案件5846件（旧存402件、新收5444件）", "5846", "402+5444"),
        ("calc", "审结5598件，未结248件", "248", "5846-5598"),
        ("calc", "结案率95.76%", "95.76%", "5598/5846*100"),
        ("calc", "审结数比2023年的5312件增长5.38%", "5.38%", "(5598-5312)/5312*100"),
        ("calc", "2023年结案率为92.96%", "92.96%", "5312/5714*100"),
        ("calc", "受理案件（件）｜5846｜5714", "5714", "5312+402"),
        ("calc", "其他案件264件", "264", "5598-3702-614-1018"),
        ("calc", "员额法官人均结案88.86件", "88.86", "5598/63"),
        ("calc", "2023年为87.08件", "87.08", "5312/61"),
        ("calc", "较2023年末的61名增加2名", "2", "63-61"),
        ("calc", "审限内结案率99.32%", "99.32%", "5560/5598*100"),
        ("calc", "二审发改率3.86%", "3.86%", "(98+45)/3702*100"),
        ("calc", "三类平均37.43天", "37.43", "(32.5+41.2+38.6)/3"),
        ("calc", "案均办案经费2178.35元", "2178.35", "1219.44*10000/5598"),
        ("calc", "超出2100元的年度指标值78.35元", "78.35", "2178.35-2100"),
        ("calc", "恢复执行案件0.82亿元", "0.82", "6.73-5.91"),
        ("calc", "同比增长13.30%", "13.30%", "(6.73-5.94)/5.94*100"),
        ("calc", "满意度93.91%", "93.91%", "447/476*100"),
        ("calc", "合计100分", "100", "10+50+30+10"),
        ("level", "预算执行率10分", "exec", None, 10, None),
        ("level", "产出指标50分", "out", None, 50, None),
        ("level", "效益指标30分", "ben", None, 30, None),
        ("level", "满意度指标10分，合计", "sat", None, 10, None),
        ("level", "数量指标20分", "out", "qty", 20, None),
        ("level", "质量指标15分", "out", "qual", 15, None),
        ("level", "时效指标5分", "out", "time", 5, None),
        ("level", "成本指标10分", "out", "cost", 10, None),
        ("level", "社会效益指标20分", "ben", "soc", 20, None),
        ("level", "可持续影响指标10分", "ben", "sus", 10, None),
        ("level", "服务对象满意度指标10分", "sat", "sat", 10, None),
        ("level", "预算执行得9.29分", "exec", None, 10, "9.29"),
        ("level", "产出指标得49.56分", "out", None, 50, "49.56"),
        ("level", "效益指标得29.60分", "ben", None, 30, "29.60"),
        ("level", "满意度指标得9.89分", "sat", None, 10, "9.89"),
        ("row", "预算执行率｜10｜100%｜92.95%｜92.95%｜9.29", "exec", "exec", 10, "exec", "1312.00", "1219.44", "9.29", "92.95%"),
        ("row", "全年审结案件数｜8｜≥5400件｜5598件｜103.67%｜8", "out", "qty", 8, "gte", "5400", "5598", "8", "103.67%"),
        ("row", "员额法官人均结案数｜6｜≥85件｜88.86件｜104.54%｜6", "out", "qty", 6, "gte", "85", "88.86", "6", "104.54%"),
        ("row", "执行案件结案数｜6｜≥1000件｜1018件｜101.80%｜6", "out", "qty", 6, "gte", "1000", "1018", "6", "101.80%"),
        ("row", "｜质量指标｜结案率｜6｜≥97%｜95.76%｜98.72%｜5.92", "out", "qual", 6, "gte", "97", "95.76", "5.92", "98.72%"),
        ("row", "审限内结案率｜4｜≥99%｜99.32%｜100.32%｜4", "out", "qual", 4, "gte", "99", "99.32", "4", "100.32%"),
        ("row", "二审发改率｜5｜≤4%｜3.86%｜100%｜5", "out", "qual", 5, "lte", "4", "3.86", "5", "100%"),
        ("row", "执行案款30日内发放率｜5｜≥95%｜98.20%｜103.37%｜5", "out", "time", 5, "gte", "95", "98.20", "5", "103.37%"),
        ("row", "案均办案经费｜10｜≤2100元/件｜2178.35元/件｜96.40%｜9.64", "out", "cost", 10, "lte", "2100", "2178.35", "9.64", "96.40%"),
        ("row", "执行到位金额｜10｜≥6.00亿元｜6.73亿元｜112.17%｜10", "ben", "soc", 10, "gte", "6.00", "6.73", "10", "112.17%"),
        ("row", "诉前调解成功率｜10｜≥40%｜38.40%｜96.00%｜9.60", "ben", "soc", 10, "gte", "40", "38.40", "9.60", "96.00%"),
        ("row", "智慧法院应用系统正常运行率｜10｜≥99%｜99.80%｜100.81%｜10", "ben", "sus", 10, "gte", "99", "99.80", "10", "100.81%"),
        ("row", "当事人满意度｜10｜≥95%｜93.91%｜98.85%｜9.89", "sat", "sat", 10, "gte", "95", "93.91", "9.89", "98.85%"),
        ("total", "合计｜｜｜100｜｜｜｜98.34｜", "98.34"),
        ("total", "综合得分98.34分", "98.34"),
        ("words", "综合得分98.34分，即九十八点三四分", "九十八点三四分", "98.34"),
        ("grade", "等级为“优”", "优", "98.34"),
    ],
    "yakeshi-procuratorate-2018": [
        ("calc", "调整后全年预算228.00万元", "228.00", "168.00+35.20+24.80"),
        ("calc", "合计\t228.00\t228.00\t219.87", "219.87", "168.00+35.20+16.67"),
        ("calc", "全年支出219.87万元，预算执行率96.43%", "96.43%", "219.87/228.00*100"),
        ("calc", "结余8.13万元", "8.13", "228.00-219.87"),
        ("calc", "中央政法转移支付\t24.80\t24.80\t16.67", "16.67", "24.80-8.13"),
        ("calc", "合计\t219.87", "219.87", "68.42+21.36+9.85+17.60+52.14+28.90+21.60"),
        ("calc", "批捕率74.46%", "74.46%", "172/231*100"),
        ("calc", "审结率94.42%", "94.42%", "389/412*100"),
        ("calc", "比2017年的362件增长7.46%", "7.46%", "(389-362)/362*100"),
        ("calc", "人均办结审查起诉案件20.47件", "20.47", "389/19"),
        ("calc", "回复整改率93.10%", "93.10%", "27/29*100"),
        ("calc", "仍未整改的2件案件提起公益诉讼", "2", "29-27"),
        ("calc", "案件共652件", "652", "168+389+37+58"),
        ("calc", "案均办案经费3372.24元", "3372.24", "219.87*10000/652"),
        ("calc", "满意度80.73%", "80.73%", "155/192*100"),
        ("level", "数量指标（25）", "out", "qty", 25, None),
        ("level", "质量指标（10）", "out", "qual", 10, None),
        ("level", "时效指标（5）", "out", "time", 5, None),
        ("level", "成本指标（10）", "out", "cost", 10, None),
        ("level", "社会效益（20）", "ben", "soc", 20, None),
        ("level", "可持续影响（10）", "ben", "sus", 10, None),
        ("level", "服务对象满意度（10）", "sat", "sat", 10, None),
        ("level", "预算执行率\t预算执行率\t10", "exec", "exec", 10, None),
        ("level", "产出指标小计\t\t\t50\t\t\t48.67", "out", None, 50, "48.67"),
        ("level", "效益指标小计\t\t\t30\t\t\t23.42", "ben", None, 30, "23.42"),
        ("level", "预算执行10分", "exec", None, 10, "9.64"),
        ("level", "满意度10分", "sat", None, 10, "8.50"),
        ("level", "预算执行得9.64分", "exec", None, 10, "9.64"),
        ("level", "产出指标得48.67分", "out", None, 50, "48.67"),
        ("level", "效益指标得23.42分", "ben", None, 30, "23.42"),
        ("level", "满意度指标得8.50分", "sat", None, 10, "8.50"),
        ("row", "预算执行率\t10\t100%\t96.43%\t9.64", "exec", "exec", 10, "exec", "228.00", "219.87", "9.64", None),
        ("row", "审查起诉审结件数\t10\t≥400件\t389件\t9.73", "out", "qty", 10, "gte", "400", "389", "9.73", None),
        ("row", "公益诉讼立案数\t8\t≥35件\t37件\t8", "out", "qty", 8, "gte", "35", "37", "8", None),
        ("row", "员额检察官人均办结审查起诉案件\t7\t≥24件\t20.47件\t5.97", "out", "qty", 7, "gte", "24", "20.47", "5.97", None),
        ("row", "审查起诉审结率\t5\t≥95%\t94.42%\t4.97", "out", "qual", 5, "gte", "95", "94.42", "4.97", None),
        ("row", "诉前检察建议回复整改率\t5\t≥90%\t93.10%\t5", "out", "qual", 5, "gte", "90", "93.10", "5", None),
        ("row", "办案经费报销审核时限\t5\t≤10个工作日\t7个工作日\t5", "out", "time", 5, "lte", "10", "7", "5", None),
        ("row", "案均办案经费\t10\t≤3500元/件\t3372.24元/件\t10", "out", "cost", 10, "lte", "3500", "3372.24", "10", None),
        ("row", "提起公益诉讼案件数\t10\t≥4件\t2件\t5", "ben", "soc", 10, "gte", "4", "2", "5", None),
        ("row", "错捕错诉案件数\t10\t0件\t0件\t10", "ben", "soc", 10, "eq0", "0", "0", "10", None),
        ("row", "统一业务应用系统案件信息公开率\t10\t≥95%\t80%\t8.42", "ben", "sus", 10, "gte", "95", "80", "8.42", None),
        ("row", "案件当事人满意度\t10\t≥95%\t80.73%\t8.50", "sat", "sat", 10, "gte", "95", "80.73", "8.50", None),
        ("total", "总计\t\t\t100\t\t\t90.23", "90.23"),
        ("total", "综合得分90.23分", "90.23"),
        ("words", "综合得分90.23分（九十点二三分）", "九十点二三分", "90.23"),
        ("grade", "评价等级为优秀", "优", "90.23"),
    ],
}

LEVEL1 = ("exec", "out", "ben", "sat")


def row_expected(direction, w, t, a):
    """Expected (score, completion%) candidates under rules.md section 5."""
    w = D(w)
    if direction == "exec":
        r = D(a) / D(t)
        return [q2(w * min(r, D(1))), q2(w * min(q2(r * 100) / 100, D(1)))], [r * 100]
    if direction == "gte":
        t, a = D(t), D(a)
        c = a / t
        return [q2(w * min(c, D(1)))], [c * 100]
    if direction == "lte":
        t, a = D(t), D(a)
        c = D(1) if a <= t else t / a
        return [q2(w * c)], [c * 100]
    if direction == "eq0":
        return [w if D(a) <= 0 else D(0)], [D(100) if D(a) <= 0 else D(0)]
    raise ValueError(direction)


def check_facts(proj, text):
    rows, levels, totals = [], [], []
    for fact in FACTS[proj]:
        kind, ctx = fact[0], fact[1]
        if text.count(ctx) < 1:
            fail(f"{proj}: context not in clean draft: {ctx!r}")
            continue
        if kind == "calc":
            _, _, stated, expr = fact
            if stated not in ctx:
                fail(f"{proj}: stated {stated!r} not inside context {ctx!r}")
            for lit in re.findall(r"\d+(?:\.\d+)?", expr):
                if lit in ("100", "10000"):
                    continue
                if not re.search(r"(?<![\d.])" + re.escape(lit) + r"(?![\d])", text):
                    fail(f"{proj}: operand {lit} of {expr!r} not found in the draft")
            val = ev(expr)
            if not close(val, stated):
                fail(f"{proj}: {ctx!r}: {expr} = {val:.4f}, stated {stated}")
        elif kind == "row":
            _, _, l1, l2, w, direction, t, a, score, comp = fact
            rows.append((l1, l2, D(w), D(score), ctx))
            if D(score) > D(w) or D(score) < 0:
                fail(f"{proj}: score {score} outside [0, {w}] in {ctx!r}")
            if direction == "qual":
                band = {"达成": (D("0.8"), D("1")), "部分达成": (D("0.6"), D("0.8"))}[a]
                ratio = D(score) / D(w)
                if not (band[0] <= ratio <= band[1]) or (a == "部分达成" and ratio >= band[1]):
                    fail(f"{proj}: qualitative score {score}/{w} outside band for {a}")
                continue
            exp_scores, comps = row_expected(direction, w, t, a)
            if not any(close(s, score) for s in exp_scores):
                fail(f"{proj}: row {ctx!r}: score {score}, expected {exp_scores}")
            if comp is not None and not close(comps[0], comp):
                fail(f"{proj}: row {ctx!r}: completion {comp}, expected {comps[0]:.4f}")
        elif kind == "level":
            _, _, l1, l2, w, sub = fact
            levels.append((l1, l2, D(w), None if sub is None else D(sub), ctx))
        elif kind == "total":
            totals.append((ctx, D(fact[2])))
        elif kind == "words":
            _, _, words, stated = fact
            if cn_number(words) != D(stated):
                fail(f"{proj}: words {words} = {cn_number(words)} != {stated}")
        elif kind == "grade":
            _, _, label, total = fact
            if grade_of(total) != label:
                fail(f"{proj}: grade {label} for {total}, band is {grade_of(total)}")
    # weights level by level, scores to subtotals and total
    l1w = {}
    for l1, l2, w, sub, ctx in levels:
        if l2 is None:
            if l1w.setdefault(l1, w) != w:
                fail(f"{proj}: level-1 weight for {l1} declared twice differently")
    if sum(l1w.values()) != 100 or set(l1w) != set(LEVEL1):
        fail(f"{proj}: level-1 weights {l1w} do not sum to 100")
    l2w = {}
    for l1, l2, w, sub, ctx in levels:
        if l2 is not None:
            l2w[(l1, l2)] = w
    for l1 in LEVEL1:
        s2 = sum(w for (a, b), w in l2w.items() if a == l1)
        if any(a == l1 for (a, b) in l2w) and s2 != l1w.get(l1):
            fail(f"{proj}: level-2 weights under {l1} sum to {s2}, parent {l1w.get(l1)}")
        s3 = sum(r[2] for r in rows if r[0] == l1)
        if s3 != l1w.get(l1):
            fail(f"{proj}: row weights under {l1} sum to {s3}, parent {l1w.get(l1)}")
    for (l1, l2), w in l2w.items():
        s3 = sum(r[2] for r in rows if r[0] == l1 and r[1] == l2)
        if s3 != w:
            fail(f"{proj}: row weights under {l1}/{l2} sum to {s3}, parent {w}")
    for l1, l2, w, sub, ctx in levels:
        if sub is None:
            continue
        s = sum(r[3] for r in rows if r[0] == l1 and (l2 is None or r[1] == l2))
        if s != sub:
            fail(f"{proj}: scores under {l1}/{l2} sum to {s}, stated {sub} ({ctx!r})")
    total = sum(r[3] for r in rows)
    if not totals:
        fail(f"{proj}: no total")
    for ctx, t in totals:
        if t != total:
            fail(f"{proj}: scores sum to {total}, stated total {t} ({ctx!r})")
    if sum(r[2] for r in rows) != 100:
        fail(f"{proj}: all row weights sum to {sum(r[2] for r in rows)}")


# ---------------------------------------------------------------- edits
def edit_regions(clean, case):
    """Changed regions (old, new) via difflib, merging nothing."""
    sm = difflib.SequenceMatcher(None, clean, case, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def check_edit(name, code, clean, case):
    # common prefix / suffix
    p = 0
    while p < min(len(clean), len(case)) and clean[p] == case[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(case)) - p and clean[-1 - s] == case[-1 - s]:
        s += 1
    old, new = clean[p:len(clean) - s], case[p:len(case) - s]
    if not old and not new:
        fail(f"{name}: identical to its clean draft")
        return
    if "\n" not in old and "\n" not in new:
        if max(len(old), len(new)) > 16:
            fail(f"{name}: edit of {max(len(old), len(new))} chars > 16: {old!r} -> {new!r}")
        return
    # two adjacent rows, score-table codes only
    if code not in ROW_CODES:
        fail(f"{name}: multi-line edit for {code}")
        return
    cl, ca = clean.split("\n"), case.split("\n")
    if len(cl) != len(ca):
        fail(f"{name}: line count changed")
        return
    changed = [i for i, (x, y) in enumerate(zip(cl, ca)) if x != y]
    if len(changed) != 2 or changed[1] - changed[0] != 1:
        fail(f"{name}: changed lines {changed} are not two adjacent rows")
        return
    for i in changed:
        x, y = cl[i], ca[i]
        a = 0
        while a < min(len(x), len(y)) and x[a] == y[a]:
            a += 1
        b = 0
        while b < min(len(x), len(y)) - a and x[-1 - b] == y[-1 - b]:
            b += 1
        if max(len(x) - a - b, len(y) - a - b) > 16:
            fail(f"{name}: line {i} edit longer than 16 chars")


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = {}
    for rec in labels:
        case = read(rec["case"])
        clean = read(f"{rec['source']}-clean.txt")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with labels")
            if case != clean:
                fail(f"{rec['case']}: clean flag on a non-clean text")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            v = exp["value"]
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if case.count(v) != 1:
                fail(f"{rec['case']}: value occurs {case.count(v)}x in case: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            check_edit(rec["case"], exp["code"], clean, case)
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
              "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
              "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
              "completion_mismatch"]
    for c in wanted:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)}x (< 2)")
    by_proj = {}
    for rec in labels:
        for exp in rec["expected"]:
            by_proj.setdefault(exp["code"], set()).add(rec["source"])
    for c in wanted:
        if len(by_proj.get(c, ())) < 2:
            fail(f"code {c} not spread over two projects")
    for proj in FACTS:
        check_facts(proj, read(f"{proj}-clean.txt"))
        n = len(read(f"{proj}-clean.txt"))
        if not 2500 <= n <= 6000:
            fail(f"{proj}: clean draft has {n} characters")
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        return 1
    print(f"OK ({len(labels)} cases, {sum(codes.values())} labelled errors, {len(codes)} codes: "
          + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
