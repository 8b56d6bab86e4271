#!/usr/bin/env python3
"""Verify set n123.

1. every label value occurs in its case; every case in labels exists and vice versa;
2. every error case differs from its clean draft in exactly one place (one contiguous
   changed region, within one line, short), and the clean draft differs from it;
3. the arithmetic of every clean draft is redone: indicator-table weights and scores,
   total and grade, plus a list of per-project facts (amounts, rates, sums, averages,
   completion rates, row scores), each tied to the exact text that states it.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(computed, stated):
    """Tolerance rule of rules.md §8: |c - v| <= 0.5 * 10^-d."""
    v = num(stated)
    d = decimals(stated)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- per-project facts
# (label, computed value, stated figure, context that must occur in the clean text and contain the figure)
def facts_tinghu():
    F = []
    a = F.append
    a(("年初预算", D("1652.40") + D("27.60"), "1,680.00", "年初预算1,680.00万元"))
    a(("合同费", D(486) * D("3.40"), "1,652.40", "保洁服务合同费1,652.40万元（486万平方米×3.40元/平方米·年）"))
    a(("月付×12", D("137.70") * 12, "1,652.40", "每月137.70万元，12个月合计1,652.40万元"))
    a(("追加", D("61.20") + D("10.80"), "72.00", "追加预算72.00万元"))
    a(("新建道路", D(36) * D("3.40") * 6 / 12, "61.20", "新建道路保洁费61.20万元（36万平方米×3.40元/平方米·年×6/12）"))
    a(("新建道路月付", D("10.20") * 6, "61.20", "按每月10.20万元支付，6个月计61.20万元"))
    a(("全年预算", D("1680.00") + D("72.00"), "1,752.00", "全年预算1,752.00万元"))
    a(("全年预算(表)", D("1680.00") + D("72.00"), "1,752.00", "全年预算数：1,752.00"))
    a(("实付合同", D("1652.40") - D("8.64"), "1,643.76", "实际支付1,643.76万元"))
    a(("执行数", D("1643.76") + D("61.20") + D("10.80") + D("18.30"), "1,734.06", "项目全年执行1,734.06万元"))
    a(("执行数(表)", D("1643.76") + D("61.20") + D("10.80") + D("18.30"), "1,734.06", "全年执行数：1,734.06"))
    rate = D("1734.06") / D("1752.00") * 100
    a(("执行率(表头)", rate, "98.98", "执行率：98.98%"))
    a(("执行率(文)", rate, "98.98", "预算执行率98.98%"))
    a(("执行率(指标表)", rate, "98.98", "｜100%｜98.98%｜10｜9.90｜"))
    a(("执行得分", 10 * rate / 100, "9.90", "｜98.98%｜10｜9.90｜"))
    a(("结余", D("1752.00") - D("1734.06"), "17.94", "年末结余17.94万元"))
    a(("结余构成", D("8.64") + D("9.30"), "17.94", "年末结余17.94万元，为考核扣款8.64万元和水费节约9.30万元"))
    a(("水费节约", D("27.60") - D("18.30"), "9.30", "水费节约9.30万元"))
    a(("保洁面积", D(486) + D(36), "522", "全年保洁面积522万平方米（含7月起新纳入的新建道路36万平方米）"))
    a(("面积完成率", D(522) / D(486) * 100, "107.41", "全年保洁面积522万平方米，为年度指标486万平方米的107.41%"))
    a(("车辆", D(22) + D(14) + D(12), "48", "作业车辆48台，其中洗扫车22台、高压冲洗车14台、小型机扫车12台"))
    a(("机扫率", D("343.5") / D(352) * 100, "97.6", "实行机械化清扫343.5万平方米，机扫率97.6%"))
    a(("机扫率增幅", D("97.6") - D("94.8"), "2.8", "较上年的94.8%提高2.8个百分点"))
    a(("达标率", D(1122) / D(1200) * 100, "93.5", "达标1,122段次，考核达标率93.5%"))
    a(("季度平均", (D("91.2") + D("92.0") + D("92.6") + D("91.4")) / 4, "91.8", "平均得分91.8分"))
    a(("工单", D(1323) / D(1500) * 100, "88.2", "按时整改1,323件，按时整改率88.2%"))
    a(("投诉降幅", (D(1250) - D(1146)) / D(1250) * 100, "8.32", "同比下降8.32%"))
    a(("满意度", D(886) / D(960) * 100, "92.3", "“基本满意”的886份，满意度92.3%"))
    a(("达标率得分", 10 * D("93.5") / 95, "9.84", "｜≥95%｜93.5%｜10｜9.84｜"))
    a(("工单得分", 5 * D("88.2") / 98, "4.5", "｜≥98%｜88.2%｜5｜4.5｜"))
    a(("投诉得分", 10 * D("8.32") / 10, "8.32", "｜≥10%｜8.32%｜10｜8.32｜"))
    a(("保洁面积(表)", D(486) + D(36), "522", "｜≥486万平方米｜522万平方米｜"))
    a(("执行截止日=评价年度", D(2021), "2021", "截至2021年12月31日，项目全年执行"))
    a(("实施期限=评价年度", D(2021), "2021", "｜实施期限｜2021年1月1日—2021年12月31日｜"))
    return F


def facts_xiuzhou():
    F = []
    a = F.append
    a(("总额年初", D("1320.00") + D("35.00") + D("0.00"), "1,355.00", "｜年度资金总额｜1,355.00｜"))
    a(("总额全年", D("1340.00") + D("35.00"), "1,375.00", "｜1,355.00｜1,375.00｜1,367.00｜"))
    a(("总额执行", D("1332.15") + D("34.85"), "1,367.00", "｜1,355.00｜1,375.00｜1,367.00｜"))
    a(("总执行率", D("1367.00") / D("1375.00") * 100, "99.42", "｜1,367.00｜10｜99.42%｜9.94｜"))
    a(("执行得分", 10 * D("1367.00") / D("1375.00"), "9.94", "｜10｜99.42%｜9.94｜"))
    a(("当年执行率", D("1332.15") / D("1340.00") * 100, "99.41", "｜1,320.00｜1,340.00｜1,332.15｜—｜99.41%｜"))
    a(("结转执行率", D("34.85") / D("35.00") * 100, "99.57", "｜35.00｜35.00｜34.85｜—｜99.57%｜"))
    a(("年初当年构成", D("441.60") + D("832.20") + D("46.20"), "1,320.00", "年初预算1,320.00万元"))
    a(("中转运营", D("36.80") * 12, "441.60", "中转站运营费441.60万元（每月36.80万元×12个月）"))
    a(("清运测算", D(380) * 365 * 60 / 10000, "832.20", "清运费832.20万元（按日均380吨、60元/吨测算）"))
    a(("年初总额(文)", D("1320.00") + D("35.00"), "1,355.00", "年度资金总额年初数为1,355.00万元"))
    a(("全年预算(文)", D("1355.00") + D("20.00"), "1,375.00", "全年预算调整为1,375.00万元"))
    a(("到位率", D("1375.00") / D("1375.00") * 100, "100", "到位率100%"))
    a(("执行构成", D("441.60") + D("851.91") + D("38.64") + D("34.85"), "1,367.00", "全年执行1,367.00万元"))
    a(("执行率(文)", D("1367.00") / D("1375.00") * 100, "99.42", "执行率99.42%"))
    a(("清运费", D(141985) * 60 / 10000, "851.91", "清运费851.91万元（141,985吨×60元/吨）"))
    a(("渗滤液", D(4830) * 80 / 10000, "38.64", "渗滤液外运处置费38.64万元（4,830吨×80元/吨）"))
    a(("结余", D("1375.00") - D("1367.00"), "8.00", "执行1,367.00万元，结余8.00万元"))
    a(("日均", D(141985) / 365, "389", "全年累计清运生活垃圾141,985吨，日均389吨"))
    a(("日均(表头)", D(141985) / 365, "389", "全年清运生活垃圾141,985吨，日均389吨"))
    a(("完成率日均", D(389) / D(380) * 100, "102.37", "｜≥380吨｜389吨｜102.37%｜"))
    a(("完成率点位", D(1284) / D(1260) * 100, "101.90", "｜≥1,260个｜1,284个｜101.90%｜"))
    a(("完成率按时", D("99.1") / D(98) * 100, "101.12", "｜≥98%｜99.1%｜101.12%｜"))
    a(("完成率投诉(lte)", D(120) / D(134) * 100, "89.55", "｜≤120件｜134件｜89.55%｜"))
    a(("投诉得分", 10 * D(120) / D(134), "8.96", "｜89.55%｜10｜8.96｜"))
    a(("完成率臭气", D("96.4") / D(95) * 100, "101.47", "｜≥95%｜96.4%｜101.47%｜"))
    a(("完成率满意度", D("91.6") / D(90) * 100, "101.78", "｜≥90%｜91.6%｜101.78%｜"))
    a(("臭气达标率", D(241) / D(250) * 100, "96.4", "达标241次，达标率96.4%"))
    a(("满意度", D(1328) / D(1450) * 100, "91.6", "满意1,328份，满意度91.6%"))
    a(("点位(文)", D(1284), "1,284", "覆盖收集点位达到1,284个"))
    a(("其他资金零基数无执行率", D(0), "0.00", "其他资金｜0.00｜0.00｜0.00｜—｜—｜—｜"))
    a(("点位(表)", D(1284), "1,284", "｜≥1,260个｜1,284个｜"))
    a(("等级", D("98.90"), "98.90", "自评得分98.90分，综合评定等级为“优”"))
    return F


def facts_jinan():
    F = []
    a = F.append
    months = [13642, 12318, 12655, 12380, 12904, 12711, 13285, 13402, 12726, 13016, 12433, 13653]
    a(("月度合计", D(sum(months)), "155,125",
       "｜13,642｜12,318｜12,655｜12,380｜12,904｜12,711｜13,285｜13,402｜12,726｜13,016｜12,433｜13,653｜155,125｜"))
    a(("日均", D(155125) / 365, "425", "日均进厂处置量425吨"))
    a(("日均(表头)", D(155125) / 365, "425", "全年进厂处置生活垃圾155,125吨，日均425吨"))
    a(("日均完成率", D(425) / D(410) * 100, "103.66", "为年度指标410吨的103.66%"))
    a(("增长(约)", (D(425) - D(396)) / D(396) * 100, "7.3", "增长约7.3%"))
    a(("站合计", D(118) + D(96) + D(112) + D(99), "425", "日均进厂处置量425吨"))
    a(("站平均", (D(118) + D(96) + D(112) + D(99)) / 4, "106.25", "平均每座日转运106.25吨"))
    a(("处置费", D(155125) * 68 / 10000, "1,054.85", "焚烧处置费1,054.85万元"))
    a(("处置费测算", D(410) * 365 * 68 / 10000, "1,017.62", "焚烧处置费1,017.62万元（按日均410吨、全年149,650吨、68元/吨测算）"))
    a(("测算吨位", D(410) * 365, "149,650", "全年149,650吨"))
    a(("转运费", D("18.60") * 12, "223.20", "每月固定支付18.60万元，全年12个月共223.20万元"))
    a(("年初预算", D("1017.62") + D("223.20") + D("12.00"), "1,252.82", "项目年初预算1,252.82万元"))
    a(("年初预算(表)", D("1172.82") + D("80.00"), "1,252.82", "年初预算数：1,252.82"))
    a(("区级", D("1172.82") + D("40.00"), "1,212.82", "区级财政资金1,212.82（其中年初1,172.82、年中追加40.00）"))
    a(("全年预算", D("1252.82") + D("40.00"), "1,292.82", "全年预算调整为1,292.82万元"))
    a(("全年预算(表)", D("1212.82") + D("80.00"), "1,292.82", "全年预算数：1,292.82"))
    a(("支出", D("1054.85") + D("223.20") + D("11.60"), "1,289.65", "全年实际支出1,289.65万元"))
    a(("支出(表)", D("1054.85") + D("223.20") + D("11.60"), "1,289.65", "全年执行数：1,289.65"))
    rate = D("1289.65") / D("1292.82") * 100
    a(("执行率(表头)", rate, "99.75", "执行率：99.75%"))
    a(("执行率(文)", rate, "99.75", "预算执行率为99.75%"))
    a(("执行率(表)", rate, "99.75", "｜100%｜99.75%｜10｜9.98｜"))
    a(("执行得分", 10 * rate / 100, "9.98", "｜99.75%｜10｜9.98｜"))
    a(("结余", D("1292.82") - D("1289.65"), "3.17", "年末结余3.17万元"))
    a(("计量准确率", D(996) / D(1000) * 100, "99.6", "准确996车次，计量准确率99.6%"))
    a(("投诉得分", 10 * D(30) / D(36), "8.33", "｜≤30件｜36件｜10｜8.33｜"))
    a(("满意度", D(707) / D(800) * 100, "88.4", "满意707份，满意度88.4%"))
    a(("运维费", D("1289.65") - D("1054.85") - D("223.20"), "11.60", "计量称重系统运维费11.60万元"))
    a(("结转下年", D(2022 + 1), "2023", "结转至2023年"))
    a(("提前下达=上年12月", D(2022 - 1), "2021", "已于2021年12月提前下达"))
    return F


def facts_dantu():
    F = []
    a = F.append
    a(("年初预算", D("1101.60") + D("262.80") + D("55.60"), "1420.00", "2019年项目年初预算1420.00万元"))
    a(("保洁费", D(612) * D("1.80"), "1101.60", "镇村道路保洁费1101.60万元（612万平方米×1.80元/平方米·年）"))
    a(("收运测算", D(160) * 365 * 45 / 10000, "262.80", "农村生活垃圾收运费262.80万元（按日均160吨×365天×45元/吨测算）"))
    a(("垃圾桶", D(2000) * 278 / 10000, "55.60", "新增分类垃圾桶购置费55.60万元（2000只×278元/只）"))
    a(("到位率", D("1380.00") / D("1420.00") * 100, "97.18", "到位率97.18%"))
    a(("未到位", D("1420.00") - D("1380.00"), "40.00", "有40.00万元因采购未完成未拨付"))
    a(("月付", D("91.80") * 12, "1101.60", "每月91.80万元，全年1101.60万元"))
    a(("收运吨位", D(168) * 365, "61320", "全年收运61320吨"))
    a(("收运费", D(61320) * 45 / 10000, "275.94", "农村生活垃圾收运费275.94万元（全年收运61320吨×45元/吨）"))
    a(("执行", D("1101.60") + D("275.94"), "1377.54", "全年执行1377.54万元"))
    a(("执行(表头)", D("1101.60") + D("275.94"), "1377.54", "全年执行数：1377.54"))
    rate = D("1377.54") / D("1420.00") * 100
    a(("执行率(表头)", rate, "97.01", "执行率：97.01%"))
    a(("执行率(文)", rate, "97.01", "预算执行率97.01%"))
    a(("执行率(表)", rate, "97.01", "｜100%｜97.01%｜10｜9.70｜"))
    a(("执行得分", 10 * rate / 100, "9.70", "｜97.01%｜10｜9.70｜"))
    a(("使用率(到位基数)", D("1377.54") / D("1380.00") * 100, "99.82", "到位资金使用率99.82%"))
    a(("结余", D("1380.00") - D("1377.54"), "2.46", "年末结余2.46万元"))
    a(("结余+未到位=预算-执行", D("1420.00") - D("1377.54"), "42.46", None))
    a(("面积完成率", D(612) / D(612) * 100, "100", "镇村道路保洁面积612万平方米，完成率100%"))
    a(("收运完成率", D(168) / D(160) * 100, "105.00", "日均收运量168吨，完成率105.00%"))
    a(("处理率", D(2480) / D(2500) * 100, "99.2", "集中收运处理率99.2%"))
    a(("季度平均", (D("87.4") + D("88.2") + D("89.1") + D("89.7")) / 4, "88.6", "全年平均88.6分"))
    a(("季度完成率", D("88.6") / D(90) * 100, "98.44", "全年平均88.6分，完成率98.44%"))
    a(("季度得分", 5 * D("88.6") / D(90), "4.92", "｜≥90分｜88.6分｜5｜4.92｜"))
    a(("及时率", D(2919) / D(3000) * 100, "97.3", "按时收运2919次，收运及时率97.3%"))
    a(("测评完成率", D("81.2") / D(85) * 100, "95.53", "得分81.2分，完成率95.53%"))
    a(("测评得分", 10 * D("81.2") / D(85), "9.55", "｜≥85分｜81.2分｜10｜9.55｜"))
    a(("整治完成率", D(236) / D(200) * 100, "118", "236处，完成率118%"))
    a(("满意度", D(618) / D(750) * 100, "82.4", "满意618份，满意度82.4%"))
    a(("满意度完成率", D("82.4") / D(85) * 100, "96.94", "满意度82.4%，完成率96.94%"))
    a(("满意度得分", 10 * D("82.4") / D(85), "9.69", "｜≥85%｜82.4%｜10｜9.69｜"))
    a(("村数(表头)", D(78), "78", "｜7个镇（街道）、78个行政村（社区）｜"))
    a(("村数(概况)", D(78), "78", "覆盖全区7个镇（街道）、78个行政村（社区）"))
    a(("村数(可持续)", D(78), "78", "78个行政村（社区）均配备专职保洁员"))
    a(("村数(满意度)", D(78), "78", "对78个村（社区）的村民开展抽样调查"))
    a(("处理率(表)", D(2480) / D(2500) * 100, "99.2", "｜≥98%｜99.2%｜5｜5｜"))
    a(("保洁单价(表)", D("1101.60") / D(612) * 10000 / 10000, "1.80", "｜≤1.80元/平方米·年｜1.80元/平方米·年｜5｜5｜"))
    return F


def facts_jiujiang():
    F = []
    a = F.append
    a(("总额年初", D("394.00") + D("6.00") + D(0), "400.00", "｜年度资金总额｜400.00｜410.00｜408.60｜"))
    a(("总额全年", D("404.00") + D("6.00") + D(0), "410.00", "｜年度资金总额｜400.00｜410.00｜408.60｜"))
    a(("总额执行", D("402.60") + D("6.00") + D(0), "408.60", "｜年度资金总额｜400.00｜410.00｜408.60｜"))
    rate = D("408.60") / D("410.00") * 100
    a(("执行率(表头)", rate, "99.66", "｜99.66%（全年执行数÷全年预算数）｜"))
    a(("执行率(表)", rate, "99.66", "｜100%｜99.66%｜10｜9.97｜"))
    a(("执行率(文)", rate, "99.66", "全年支出408.60万元，预算执行率99.66%"))
    a(("执行得分", 10 * rate / 100, "9.97", "｜99.66%｜10｜9.97｜"))
    a(("收运费", D("14.50") * 12, "174.00", "收运服务费每月14.50万元，全年12个月共174.00万元"))
    a(("年初构成", D("174.00") + D("219.00") + D("7.00"), "400.00", "项目年初预算400.00万元"))
    a(("年初来源", D("394.00") + D("6.00"), "400.00", "项目年初预算400.00万元，其中当年财政拨款394.00万元、上年结转资金6.00万元"))
    a(("处置测算", D(50) * 365 * 120 / 10000, "219.00", "处置补贴219.00万元（按日均50吨、全年18,250吨测算）"))
    a(("测算吨位", D(50) * 365, "18,250", "全年18,250吨"))
    a(("全年预算", D("400.00") + D("10.00"), "410.00", "全年预算410.00万元"))
    a(("支出构成", D("174.00") + D("227.76") + D("6.84"), "408.60", "全年支出408.60万元"))
    a(("当年执行", D("174.00") + D("227.76") + D("0.84"), "402.60", "｜394.00｜404.00｜402.60｜"))
    a(("处置补贴", D(18980) * 120 / 10000, "227.76", "处置补贴227.76万元（18,980吨×120元/吨）"))
    a(("收集桶", D(180) * 380 / 10000, "6.84", "每只380元，计6.84万元"))
    a(("收集桶来源", D("6.00") + D("0.84"), "6.84", "计6.84万元（使用上年结转资金6.00万元，当年资金0.84万元）"))
    a(("结余", D("410.00") - D("408.60"), "1.40", "年末结余1.40万元"))
    a(("日均", D(18980) / 365, "52", "全年收运处置餐厨废弃物18,980吨，日均52吨"))
    a(("日均(表头)", D(18980) / 365, "52", "全年收运处置餐厨废弃物18,980吨，日均52吨，签约"))
    a(("资源化率", D(18316) / D(18980) * 100, "96.5", "资源化处置率96.5%"))
    a(("按时到达率", D(468) / D(500) * 100, "93.6", "按时到达468次，按时到达率93.6%"))
    a(("按时得分", 8 * D("93.6") / D(96), "7.8", "｜≥96%｜93.6%｜8｜7.8｜"))
    a(("投诉得分", 10 * D(40) / D(48), "8.33", "｜≤40件｜48件｜10｜8.33｜"))
    a(("满意度", D(426) / D(500) * 100, "85.2", "满意426份，满意度85.2%"))
    a(("满意度得分", 10 * D("85.2") / D(90), "9.47", "｜≥90%｜85.2%｜10｜9.47｜"))
    a(("签约(表)", D(1186), "1,186", "｜≥1,100家｜1,186家｜"))
    a(("签约(表头)", D(1186), "1,186", "签约餐饮单位1,186家"))
    a(("签约(文)", D(1186), "1,186", "签约餐饮单位达到1,186家"))
    a(("单价(表)", D("227.76") * 10000 / 18980, "120", "｜≤120元/吨｜120元/吨｜"))
    return F


FACTS = {
    "tinghu-roadsweep-2021": (facts_tinghu, "优"),
    "xiuzhou-refusetransfer-2023": (facts_xiuzhou, "优"),
    "luan-jinan-incineration-2022": (facts_jinan, "优"),
    "dantu-ruralsanitation-2019": (facts_dantu, "良"),
    "wuhu-jiujiang-kitchenwaste-2018": (facts_jiujiang, "优"),
}


def check_facts(src, text):
    fn, _ = FACTS[src]
    for label, computed, stated, context in fn():
        if not consistent(computed, stated):
            fail(f"{src}: {label}: computed {computed:.4f} vs stated {stated}")
        if context is not None:
            if context not in text:
                fail(f"{src}: {label}: context not in text: {context!r}")
            elif stated not in context:
                fail(f"{src}: {label}: stated {stated} not inside its context")


# ---------------------------------------------------------------- indicator table
def cells(line):
    line = line.strip()
    if line.startswith("｜"):
        line = line[1:]
    if line.endswith("｜"):
        line = line[:-1]
    return [c.strip() for c in line.split("｜")]


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def check_table(src, text):
    lines = text.split("\n")
    head_idx = [i for i, l in enumerate(lines) if l.startswith("｜一级指标｜")]
    if len(head_idx) != 1:
        fail(f"{src}: expected one indicator table, found {len(head_idx)}")
        return
    head = cells(lines[head_idx[0]])
    wcol = head.index("分值") if "分值" in head else head.index("权重")
    scol = head.index("得分")
    weights, scores = [], []
    total_w = total_s = None
    level1 = {}
    cur = None
    for l in lines[head_idx[0] + 1:]:
        if not l.startswith("｜"):
            break
        c = cells(l)
        if c[0] in ("合计", "总分"):
            total_w, total_s = c[wcol], c[scol]
            continue
        if c[0]:
            cur = c[0]
        w, s = num(c[wcol]), num(c[scol])
        weights.append(w)
        scores.append(s)
        level1.setdefault(cur, []).append(w)
        if s > w or s < 0:
            fail(f"{src}: score {s} outside [0, {w}] in row {c[2]}")
    # execution score kept in the funds grid (MOF layout) when the table has no execution row
    if not any(k.startswith("预算执行") for k in level1):
        m = re.search(r"｜年度资金总额｜[^｜]*｜[^｜]*｜[^｜]*｜(\d+)｜[\d.]+%｜([\d.]+)｜", text)
        if not m:
            fail(f"{src}: no execution row and no funds-grid score")
        else:
            weights.append(num(m.group(1)))
            scores.append(num(m.group(2)))
    sw, ss = sum(weights), sum(scores)
    if sw != 100:
        fail(f"{src}: weights add up to {sw}")
    if total_w is None or num(total_w) != sw:
        fail(f"{src}: stated weight total {total_w} vs {sw}")
    if not consistent(ss, total_s):
        fail(f"{src}: scores add up to {ss}, stated {total_s}")
    # stated level-1 weights such as 产出指标（50分）
    for name, ws in level1.items():
        m = re.search(r"（(\d+)分）", name)
        if m and D(m.group(1)) != sum(ws):
            fail(f"{src}: {name} rows add up to {sum(ws)}")
    # total in the text equals the table total, grade fits the band
    m = re.search(r"自评(?:总)?得分(\d+(?:\.\d+)?)分", text)
    if not m or m.group(1) != total_s:
        fail(f"{src}: text total {m.group(1) if m else None} vs table {total_s}")
    grades = re.findall(r"等级为[“\"]?(优秀|良好|优|良|中等|中|差)", text)
    expected = FACTS[src][1]
    if not grades or any(g[0] != grade_of(num(total_s)) for g in grades) or grade_of(num(total_s)) != expected:
        fail(f"{src}: grade {grades} vs total {total_s}")
    return ss


# ---------------------------------------------------------------- labels and diffs
def one_place(a, b):
    """(prefix, changed_a, changed_b) if a and b differ in one contiguous region."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, a[i:len(a) - j], b[i:len(b) - j]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = {r["case"] for r in labels}
    on_disk = set(os.listdir(CASES))
    if names != on_disk:
        fail(f"labels vs files differ: {sorted(names ^ on_disk)}")
    codes = {}
    sources = {}
    for rec in labels:
        text = read(rec["case"])
        sources.setdefault(rec["source"], []).append(rec)
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{rec['case']}: length {n}")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one finding")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if exp["value"] not in text:
                fail(f"{rec['case']}: value not found: {exp['value']!r}")
        clean = read(f"{rec['source']}-clean.txt")
        if clean == text:
            fail(f"{rec['case']}: identical to its clean draft")
            continue
        pos, old, new = one_place(clean, text)
        if "\n" in old or "\n" in new or max(len(old), len(new)) > 12:
            fail(f"{rec['case']}: change is not one short in-line edit: {old!r} -> {new!r}")
        # the changed characters lie inside (an occurrence of) the label value
        val = rec["expected"][0]["value"]
        k = text.find(val)
        hit = False
        while k >= 0:
            if k <= pos + len(new) and pos <= k + len(val):
                hit = True
            k = text.find(val, k + 1)
        if not hit:
            fail(f"{rec['case']}: label value does not cover the change at {pos}")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times")
    if set(codes) - set(required):
        fail(f"unexpected codes {set(codes) - set(required)}")
    if len(sources) != 5 or any(len(v) != 7 for v in sources.values()):
        fail("expected 5 sources with a clean draft and six error cases each")
    for src in sources:
        text = read(f"{src}-clean.txt")
        check_facts(src, text)
        check_table(src, text)
    # self-test: the same checks must reject every error case (each edit breaks a stated fact)
    saved = list(problems)
    for rec in labels:
        if rec["clean"]:
            continue
        problems.clear()
        text = read(rec["case"])
        check_facts(rec["source"], text)
        check_table(rec["source"], text)
        if not problems:
            saved.append(f"{rec['case']}: the clean-draft checks do not notice the injected error")
    problems[:] = saved
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} labelled errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")


if __name__ == "__main__":
    main()
