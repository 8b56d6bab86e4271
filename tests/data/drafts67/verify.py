#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; every value occurs exactly once in its case and never in the
   clean draft of the same project; codes are from errors.md section A.
2. Edit size: each error case differs from its clean draft in one contiguous region lying on one
   line (<= 16 changed characters), or, for score-row edits, on two adjacent lines (<= 16 each).
3. Arithmetic of each clean draft, from the FACTS below. Every figure used is first checked to
   appear literally in the clean text (table rows are rebuilt and matched whole), then rates,
   balances, sums, growth, averages, per-unit costs, completion rates, weights (to 100),
   scores (to the total, each <= its weight, execution score = weight x rate), the budget-weighted
   composite score and the grade band are recomputed with the rules.md section 8 tolerance.
Prints OK or the list of problems. Pure Python 3.
"""
import json
import os
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch", "figure_mismatch"}
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def dec(s):
    return D(s.replace(",", "").rstrip("%"))


def places(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9)."""
    return abs(D(computed) - dec(stated)) <= D("0.5") * D(10) ** (-places(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE_WORDS = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "合格"), "差": ("差", "较差")}


# ---------------------------------------------------------------- facts per clean draft
# Each project: "rows" = project table (name, 年初 or None, budget, exec, rate, score, weight or None),
# "row_fmt" builds the literal table line; totals; list of checks.
FACTS = {}

FACTS["yiyang-wenlv-2019"] = dict(
    row_fmt=lambda i, r: f"{i}｜{r[0]}｜{r[2]}｜{r[3]}｜{r[4]}｜{r[5]}",
    rows=[("弋阳腔保护传承", None, "86.00", "84.30", "98.02%", "96.50", "7.75%"),
          ("公共文化场馆免费开放", None, "95.00", "95.00", "100.00%", "98.00", "8.56%"),
          ("送戏下乡及文化惠民演出", None, "64.80", "63.36", "97.78%", "95.40", "5.84%"),
          ("农家书屋出版物补充更新", None, "27.60", "27.60", "100.00%", "100.00", "2.49%"),
          ("龟峰旅游宣传推介", None, "120.00", "112.35", "93.63%", "93.20", "10.81%"),
          ("全域旅游创建及旅游厕所建设", None, "310.00", "286.40", "92.39%", "91.57", "27.93%"),
          ("文物保护单位维修", None, "180.00", "158.72", "88.18%", "88.50", "16.22%"),
          ("广播电视户户通运行维护", None, "76.50", "74.85", "97.84%", "97.00", "6.89%"),
          ("文化市场综合执法", None, "38.00", "36.90", "97.11%", "96.00", "3.42%"),
          ("乡镇综合文化站运行补助", None, "112.00", "112.00", "100.00%", "99.00", "10.09%")],
    total_line="合计｜｜1,109.90｜1,051.48｜94.74%｜—",
    budget_total="1,109.90", exec_total="1,051.48", rate_total="94.74%",
    weight_text=lambda r: f"{r[0]}{r[6]}",
    composite="93.89", composite_snip="综合得分93.89分，评价等级为“优”", grade_label="优",
    checks=[
        ("sum", "2,637.35", ["2,486.35", "132.60", "18.40"], "2019年度收入总计2,637.35万元，其中财政拨款收入2,486.35万元、上年结转132.60万元、其他收入18.40万元"),
        ("sum", "2,637.35", ["2,214.80", "422.55"], "年初预算2,214.80万元，年中追加（含上年结转）422.55万元，全年预算2,637.35万元"),
        ("diff", "232.23", "2,637.35", "2,405.12", "与2018年度收入总计2,405.12万元相比，增加232.23万元，增长9.66%"),
        ("growth", "9.66%", "2,637.35", "2,405.12", "增长9.66%"),
        ("sum", "2,545.70", ["1,494.22", "1,051.48"], "支出合计2,545.70万元，其中基本支出1,494.22万元（人员经费1,308.06万元、公用经费186.16万元），项目支出1,051.48万元"),
        ("sum", "1,494.22", ["1,308.06", "186.16"], "基本支出1,494.22万元（人员经费1,308.06万元、公用经费186.16万元）"),
        ("rate", "96.52%", "2,545.70", "2,637.35", "全年预算执行率96.52%"),
        ("diff", "227.26", "2,545.70", "2,318.44", "比2018年度的2,318.44万元增加227.26万元，增长9.80%"),
        ("growth", "9.80%", "2,545.70", "2,318.44", "增长9.80%"),
        ("diff", "91.65", "2,637.35", "2,545.70", "年末结转结余91.65万元"),
        ("sum", "91.65", ["33.23", "58.42"], "其中基本支出结余33.23万元，项目支出结转58.42万元"),
        ("diff", "33.23", "2,637.35", "1,109.90", "1,494.22", "基本支出结余33.23万元"),  # basic budget minus basic spending
        ("diff", "58.42", "1,109.90", "1,051.48", "实际支出1,051.48万元，项目预算执行率94.74%，结转58.42万元"),
        ("rate", "76.72%", "14.27", "18.60", "“三公”经费预算18.60万元，实际支出14.27万元，为预算的76.72%"),
        ("diff", "2.56", "16.83", "14.27", "比上年的16.83万元减少2.56万元，下降15.21%"),
        ("rate", "15.21%", "2.56", "16.83", "下降15.21%"),
        ("sum", "14.27", ["0", "9.85", "4.42"], "因公出国（境）费0万元；公务用车购置及运行维护费9.85万元"),
        ("in", "公务接待费4.42万元，全年接待58批次、412人次"),
        ("div", "3.28", "9.85", "3", "年末公务用车保有量3辆，车均运行维护费3.28万元"),
        ("sum", "95.00", ["55.00", "20.00", "20.00"], "资金95.00万元，其中中央补助55.00万元（2018年12月以赣财教指〔2018〕112号提前下达）、省级补助20.00万元、县级配套20.00万元"),
        ("completion", "110.00%", "160", "176", "gte", "年度目标160场，实际完成176场，完成率110.00%，场均补助0.36万元"),
        ("div", "0.36", "63.36", "176", "场均补助0.36万元"),
        ("mul", "27.60", "138", "0.20", "为全县138个农家书屋各补充更新出版物0.20万元，共27.60万元"),
        ("mul", "112.00", "16", "7.00", "对全县16个乡镇（街道）综合文化站各补助7.00万元"),
        ("sum", "86", ["12", "74"], "全局核定编制86名，其中行政编制12名、事业编制74名"),
        ("sum", "286.40", ["234.96", "51.44"], "支出234.96万元，单座平均造价21.36万元；其余51.44万元"),
        ("div", "21.36", "234.96", "11", "新建改建旅游厕所11座，支出234.96万元，单座平均造价21.36万元"),
        ("rate", "92.39%", "286.40", "310.00", "该项目全年预算310.00万元，实际支出286.40万元，执行率92.39%"),
        ("rate", "88.18%", "158.72", "180.00", "全年预算180.00万元，实际支出158.72万元，执行率88.18%"),
        ("scoretable", [("10", "9.24"), ("20", "18.33"), ("10", "10.00"), ("10", "10.00"), ("5", "3.50"), ("5", "5.00"),
                        ("10", "10.00"), ("15", "10.50"), ("5", "5.00"), ("10", "10.00")], "100", "91.57",
         "合计｜｜｜｜｜100｜91.57"),
        ("in", "预算执行｜预算执行率｜预算执行率｜100%｜92.39%｜10｜9.24"),
        ("execscore", "9.24", "10", "286.40", "310.00", "预算执行率｜100%｜92.39%｜10｜9.24"),
        ("gtescore", "18.33", "20", "12", "11", "新建改建旅游厕所｜≥12座｜11座｜20｜18.33"),
        ("in", "旅游标识标牌｜≥80块｜86块｜10｜10.00"),
        ("in", "单座旅游厕所造价｜≤22.00万元｜21.36万元｜5｜5.00"),
        ("in", "旅游综合收入增长率｜≥12%｜16.54%｜10｜10.00"),
        ("in", "省级全域旅游示范区创建｜通过省级验收｜已完成申报，验收推迟至2020年｜15｜10.50"),
        ("in", "游客满意度｜≥90%｜92.30%｜10｜10.00"),
        ("scoretable", [("10", "8.82"), ("50", "44.68"), ("30", "26.00"), ("10", "9.00")], "100", "88.50",
         "项目自评得分88.50分，其中预算执行10分得8.82分，产出指标50分得44.68分，效益指标30分得26.00分，满意度指标10分得9.00分"),
        ("execscore", "8.82", "10", "158.72", "180.00", "预算执行10分得8.82分"),
        ("completion", "110.00%", "160", "176", "gte", "送戏下乡演出场次｜≥160场｜176场｜110.00%"),
        ("completion", "109.00%", "18", "19.62", "gte", "公共图书馆接待读者｜≥18万人次｜19.62万人次｜109.00%"),
        ("completion", "107.00%", "600", "642", "gte", "文化旅游市场检查｜≥600家次｜642家次｜107.00%"),
        ("completion", "100.00%", "7", "5", "lte", "旅游投诉办结时限｜≤7个工作日｜5个工作日｜100.00%"),
        ("completion", "105.11%", "90", "94.60", "gte", "群众文化服务满意度｜≥90%｜94.60%｜105.11%"),
        ("growth", "15.54%", "1,012.36", "876.20", "2019年全县接待游客1,012.36万人次，比上年的876.20万人次增长15.54%"),
        ("growth", "16.54%", "86.45", "74.18", "实现旅游综合收入86.45亿元，比上年的74.18亿元增长16.54%"),
        ("in", "结转至2020年继续使用"),
    ])

FACTS["taining-wenti-2020"] = dict(
    row_fmt=lambda i, r: f"{i}.{r[0]}项目：预算{r[2]}万元",
    row_extra=lambda i, r: [f"率{r[4]}，", f"自评{r[5]}分"],
    rows=[("梅林戏传承保护", None, "28.00", "27.16", "97.00%", "96.00", "4.48%"),
          ("公共文化场馆免费开放", None, "60.00", "60.00", "100.00%", "98.00", "9.60%"),
          ("全民健身活动及赛事", None, "45.00", "31.50", "70.00%", "80.50", "7.20%"),
          ("旅游宣传营销及市场恢复", None, "168.00", "155.40", "92.50%", "86.11", "26.88%"),
          ("文化和旅游消费券补贴", None, "80.00", "76.40", "95.50%", "92.00", "12.80%"),
          ("尚书第古建筑群保护维修", None, "150.00", "133.50", "89.00%", "84.80", "24.00%"),
          ("公共体育场地设施维护", None, "36.00", "35.28", "98.00%", "97.50", "5.76%"),
          ("文化旅游市场执法及安全监管", None, "22.00", "21.34", "97.00%", "95.00", "3.52%"),
          ("村级综合文化服务中心建设补助", None, "36.00", "36.00", "100.00%", "98.00", "5.76%")],
    total_line="全年项目预算625.00万元，实际支出576.58万元，执行率92.25%",
    budget_total="625.00", exec_total="576.58", rate_total="92.25%",
    weight_text=lambda r: f"{r[0]}{r[6]}",
    composite="89.38", composite_snip="绩效自评得分89.38分，评价等级为“良”", grade_label="良",
    checks=[
        ("in", "梅林戏传承保护项目：预算28.00万元，支出27.16万元"),
        ("in", "公共文化场馆免费开放项目：预算60.00万元（其中中央补助资金36.00万元"),
        ("in", "支出60.00万元，执行率100.00%"),
        ("in", "全民健身活动及赛事项目：预算45.00万元，支出31.50万元"),
        ("in", "旅游宣传营销及市场恢复项目：预算168.00万元，支出155.40万元"),
        ("in", "文化和旅游消费券补贴项目：预算80.00万元，分三批发放消费券80.00万元，核销76.40万元，核销率95.50%"),
        ("in", "尚书第古建筑群保护维修项目：预算150.00万元，支出133.50万元"),
        ("in", "公共体育场地设施维护项目：预算36.00万元，支出35.28万元"),
        ("in", "文化旅游市场执法及安全监管项目：预算22.00万元，支出21.34万元"),
        ("in", "村级综合文化服务中心建设补助项目：预算36.00万元，按每村3.00万元补助12个行政村，支出36.00万元"),
        ("sum", "64", ["10", "54"], "核定编制64名（行政编制10名、事业编制54名）"),
        ("rate", "64.14%", "328.60", "512.30", "全年接待游客328.60万人次，实现旅游总收入29.84亿元，分别恢复到2019年的64.14%和61.34%"),
        ("rate", "61.34%", "29.84", "48.65", "恢复到2019年的64.14%和61.34%"),
        ("sum", "1,730.52", ["1,503.60", "226.92"], "2020年度年初预算1,503.60万元，年中追加226.92万元，全年预算1,730.52万元"),
        ("sum", "1,730.52", ["1,648.26", "72.40", "9.86"], "全年收入合计1,730.52万元，其中财政拨款收入1,648.26万元、上年结转72.40万元、事业收入9.86万元"),
        ("sum", "1,633.52", ["1,056.94", "576.58"], "全年支出1,633.52万元，预算执行率94.39%。其中基本支出1,056.94万元（人员经费938.64万元，公用经费118.30万元），项目支出576.58万元"),
        ("sum", "1,056.94", ["938.64", "118.30"], "基本支出1,056.94万元（人员经费938.64万元，公用经费118.30万元）"),
        ("rate", "94.39%", "1,633.52", "1,730.52", "预算执行率94.39%"),
        ("diff", "-69.33", "1,633.52", "1,702.85", "与2019年支出1,702.85万元相比减少69.33万元，下降4.07%"),
        ("growth", "-4.07%", "1,633.52", "1,702.85", "下降4.07%"),
        ("diff", "97.00", "1,730.52", "1,633.52", "年末结转结余97.00万元，其中基本支出结余48.58万元、项目支出结转结余48.42万元"),
        ("sum", "97.00", ["48.58", "48.42"], "年末结转结余97.00万元"),
        ("diff", "48.58", "1,730.52", "625.00", "1,056.94", "基本支出结余48.58万元"),
        ("diff", "48.42", "625.00", "576.58", "项目支出结转结余48.42万元"),
        ("diff", "-3.38", "8.08", "11.46", "“三公”经费预算10.00万元，决算8.08万元，比2019年决算11.46万元减少3.38万元，下降29.49%"),
        ("rate", "29.49%", "3.38", "11.46", "下降29.49%"),
        ("div", "2.96", "5.92", "2", "年末公务用车2辆，车均运行维护费2.96万元"),
        ("in", "因公出国（境）费｜0.00｜0.00｜—"),
        ("in", "公务用车购置费｜0.00｜0.00｜—"),
        ("rate", "87.06%", "5.92", "6.80", "公务用车运行维护费｜6.80｜5.92｜87.06%"),
        ("rate", "67.50%", "2.16", "3.20", "公务接待费｜3.20｜2.16｜67.50%"),
        ("rate", "80.80%", "8.08", "10.00", "合计｜10.00｜8.08｜80.80%"),
        ("sum", "10.00", ["0.00", "0.00", "6.80", "3.20"], "合计｜10.00｜8.08｜80.80%"),
        ("sum", "8.08", ["0.00", "0.00", "5.92", "2.16"], "合计｜10.00｜8.08｜80.80%"),
        ("sum", "60.00", ["36.00", "12.00", "12.00"], "预算60.00万元（其中中央补助资金36.00万元于2019年12月以闽财教指〔2019〕96号提前下达，省级12.00万元，县级12.00万元）"),
        ("diff", "13.50", "45.00", "31.50", "结余13.50万元"),
        ("diff", "14", "20", "6", "原计划举办赛事活动20场，因疫情取消6场，实际举办14场"),
        ("div", "8.59", "656.30", "76.40", "带动文旅消费656.30万元，财政资金撬动比为1:8.59"),
        ("diff", "16.50", "150.00", "133.50", "尚未支付的16.50万元已结转"),
        ("mul", "36.00", "12", "3.00", "按每村3.00万元补助12个行政村"),
        ("completion", "106.67%", "60", "64", "gte", "梅林戏下乡演出\t≥60场\t64场\t106.67%"),
        ("completion", "70.00%", "20", "14", "gte", "全民健身赛事活动\t≥20场\t14场\t70.00%"),
        ("completion", "106.80%", "20", "21.36", "gte", "公共文化场馆接待群众\t≥20万人次\t21.36万人次\t106.80%"),
        ("completion", "106.11%", "90", "95.50", "gte", "文旅消费券核销率\t≥90%\t95.50%\t106.11%"),
        ("completion", "103.56%", "90", "93.20", "gte", "游客满意度\t≥90%\t93.20%\t103.56%"),
        ("in", "全年开展梅林戏下乡演出64场"),
        ("growth", "-35.86%", "328.60", "512.30", "2020年全县接待游客328.60万人次，比上年的512.30万人次下降35.86%"),
        ("growth", "-38.66%", "29.84", "48.65", "实现旅游总收入29.84亿元，比上年的48.65亿元下降38.66%"),
        ("rate", "97.20%", "486", "500", "发放问卷500份，回收有效问卷486份，有效回收率97.20%，游客满意度93.20%"),
        ("scoretable", [("10", "9.25"), ("20", "13.33"), ("10", "10.00"), ("10", "10.00"), ("10", "10.00"),
                        ("15", "12.03"), ("15", "11.50"), ("10", "10.00")], "100", "86.11", "合计｜｜｜100｜86.11"),
        ("execscore", "9.25", "10", "155.40", "168.00", "预算执行率｜100%｜92.50%｜10｜9.25"),
        ("gtescore", "13.33", "20", "12", "8", "宣传推介活动场次｜≥12场｜8场｜20｜13.33"),
        ("gtescore", "12.03", "15", "80", "64.14", "游客接待量恢复率（与2019年相比）｜≥80%｜64.14%｜15｜12.03"),
        ("gtescore", "11.50", "15", "80", "61.34", "旅游收入恢复率（与2019年相比）｜≥80%｜61.34%｜15｜11.50"),
    ])

FACTS["longnan-wenlv-2021"] = dict(
    row_fmt=lambda i, r: f"{i}｜{r[0]}｜{r[2]}｜{r[3]}｜{r[4]}｜{r[5]}｜{r[6]}",
    rows=[("客家围屋保护修缮", None, "240.00", "222.60", "92.75%", "93.78", "19.20%"),
          ("公共文化场馆免费开放", None, "72.00", "72.00", "100.00%", "98.50", "5.76%"),
          ("采茶戏文化惠民演出", None, "55.00", "53.68", "97.60%", "96.00", "4.40%"),
          ("全域旅游宣传推介", None, "180.00", "171.00", "95.00%", "94.20", "14.40%"),
          ("智慧旅游平台建设", None, "260.00", "231.40", "89.00%", "88.60", "20.80%"),
          ("乡镇综合文化站免费开放补助", None, "65.00", "65.00", "100.00%", "99.00", "5.20%"),
          ("非物质文化遗产保护", None, "38.00", "36.10", "95.00%", "95.50", "3.04%"),
          ("应急广播体系运行维护", None, "96.00", "92.64", "96.50%", "96.40", "7.68%"),
          ("文化市场综合执法", None, "30.00", "29.10", "97.00%", "97.00", "2.40%"),
          ("全民阅读及农家书屋", None, "42.00", "42.00", "100.00%", "98.00", "3.36%"),
          ("A级景区创建及旅游厕所", None, "172.00", "158.24", "92.00%", "91.30", "13.76%")],
    total_line="合计｜｜1,250.00｜1,173.76｜93.90%｜｜100.00%",
    budget_total="1,250.00", exec_total="1,173.76", rate_total="93.90%",
    weight_text=None,
    composite="93.54", composite_snip="综合得分93.54分，等级为“优”", grade_label="优",
    checks=[
        ("growth", "26.27%", "1,126.80", "892.40", "全年全市接待游客1,126.80万人次、实现旅游综合收入126.38亿元，同比分别增长26.27%和28.63%"),
        ("growth", "28.63%", "126.38", "98.25", "同比分别增长26.27%和28.63%"),
        ("growth", "26.27%", "1,126.80", "892.40", "2021年全市接待游客1,126.80万人次，比2020年的892.40万人次增长26.27%"),
        ("growth", "28.63%", "126.38", "98.25", "旅游综合收入126.38亿元，比2020年的98.25亿元增长28.63%"),
        ("sum", "67", ["13", "54"], "年末在职人员67人，其中行政人员13人、事业人员54人"),
        ("count", 7, "办公室、政策法规股、公共服务股、文物与非遗股、旅游产业股、市场管理股、广电新闻出版股", "广电新闻出版股7个股室"),
        ("sum", "2,876.40", ["2,650.00", "226.40"], "2021年年初预算2,650.00万元，年中追加226.40万元，全年预算2,876.40万元"),
        ("sum", "2,876.40", ["2,712.30", "148.60", "15.50"], "全年收入2,876.40万元，其中财政拨款收入2,712.30万元，上年结转148.60万元，其他收入15.50万元"),
        ("rate", "91.04%", "2,618.55", "2,876.40", "全年支出2,618.55万元，预算执行率91.04%"),
        ("sum", "2,618.55", ["1,444.79", "1,173.76"], "基本支出1,444.79万元（人员经费1,276.35万元、公用经费168.44万元），项目支出1,173.76万元"),
        ("sum", "1,444.79", ["1,276.35", "168.44"], "基本支出1,444.79万元（人员经费1,276.35万元、公用经费168.44万元）"),
        ("diff", "257.85", "2,876.40", "2,618.55", "年末结转结余257.85万元，其中基本支出结余181.61万元"),
        ("sum", "257.85", ["181.61", "76.24"], "项目支出结转76.24万元"),
        ("diff", "181.61", "2,876.40", "1,250.00", "1,444.79", "基本支出结余181.61万元"),
        ("diff", "76.24", "1,250.00", "1,173.76", "项目支出结转76.24万元"),
        ("sum", "12.64", ["0", "7.86", "4.78"], "决算12.64万元，其中因公出国（境）费0万元，公务用车购置及运行维护费7.86万元，公务接待费4.78万元"),
        ("rate", "84.27%", "12.64", "15.00", "2021年“三公”经费预算15.00万元，决算12.64万元"),
        ("in", "决算数为预算的84.27%，较上年13.92万元减少1.28万元，下降9.20%"),
        ("diff", "-1.28", "12.64", "13.92", "较上年13.92万元减少1.28万元"),
        ("rate", "9.20%", "1.28", "13.92", "下降9.20%"),
        ("rate", "43.46%", "1,250.00", "2,876.40", "涉及项目预算1,250.00万元，占全年预算的43.46%"),
        ("countrates", 5, ">=", "97", "5个项目执行率达到或超过97%"),
        ("countrates", 3, "==", "100", "3个项目执行率100%"),
        ("rate", "89.00%", "231.40", "260.00", "智慧旅游平台建设项目执行率89.00%"),
        ("diff", "28.60", "260.00", "231.40", "未支付的28.60万元已结转"),
        ("sum", "222.60", ["98.40", "72.60", "51.60"], "分别支出98.40万元、72.60万元、51.60万元，合计222.60万元，平均每处74.20万元"),
        ("avg", "74.20", ["98.40", "72.60", "51.60"], "平均每处74.20万元"),
        ("scoretable", [("10", "9.28"), ("50", "46.50"), ("30", "28.40"), ("10", "9.60")], "100", "93.78",
         "预算执行率｜10｜9.28\n产出指标｜50｜46.50\n效益指标｜30｜28.40\n满意度指标｜10｜9.60\n合计｜100｜93.78"),
        ("execscore", "9.28", "10", "222.60", "240.00", "预算执行率｜10｜9.28"),
        ("diff", "3.50", "50", "46.50", "产出指标扣3.50分"),
        ("diff", "1.60", "30", "28.40", "效益指标扣1.60分"),
        ("mul", "9.60", "10", "0.9600", "满意度指标按周边群众问卷满意度96.00%计分"),
        ("in", "截至2021年12月31日，平台已接入全市A级景区8家"),
        ("mul", "65.00", "13", "5.00", "按每站5.00万元标准补助全市13个乡镇（街道）综合文化站，共65.00万元"),
        ("completion", "112.00%", "100", "112", "gte", "采茶戏下乡演出｜≥100场｜112场｜112.00%"),
        ("completion", "111.60%", "30", "33.48", "gte", "图书馆、文化馆接待群众｜≥30万人次｜33.48万人次｜111.60%"),
        ("completion", "108.00%", "150", "162", "gte", "非遗传承人培训｜≥150人次｜162人次｜108.00%"),
        ("completion", "100.00%", "2", "2", "gte", "新增国家A级旅游景区｜≥2家｜2家｜100.00%"),
        ("completion", "190.87%", "15", "28.63", "gte", "旅游综合收入增长率｜≥15%｜28.63%｜190.87%"),
        ("completion", "105.67%", "90", "95.10", "gte", "游客满意度｜≥90%｜95.10%｜105.67%"),
    ])

FACTS["jingxi-wenlv-2022"] = dict(
    row_fmt=lambda i, r: f"{r[0]}\t{r[2]}\t{r[3]}\t{r[4]}\t{r[5]}",
    rows=[("南路壮剧保护传承", None, "48.00", "47.04", "98.00%", "97.00", "4.80%"),
          ("公共文化场馆免费开放", None, "66.00", "66.00", "100.00%", "98.50", "6.60%"),
          ("壮族文化惠民演出", None, "52.50", "51.45", "98.00%", "96.00", "5.25%"),
          ("端午药市节及旅游宣传推介", None, "135.00", "129.60", "96.00%", "93.50", "13.50%"),
          ("旧州古街文化旅游提升", None, "210.00", "186.90", "89.00%", "89.33", "21.00%"),
          ("边境旅游基础设施建设", None, "168.00", "157.92", "94.00%", "92.40", "16.80%"),
          ("全民健身设施及赛事", None, "96.00", "93.12", "97.00%", "95.00", "9.60%"),
          ("文物保护单位维修", None, "74.50", "68.90", "92.48%", "90.20", "7.45%"),
          ("乡镇综合文化站运行补助", None, "76.00", "76.00", "100.00%", "99.00", "7.60%"),
          ("直播卫星户户通运行维护", None, "74.00", "71.78", "97.00%", "96.50", "7.40%")],
    total_line="合计\t1,000.00\t948.71\t94.87%\t—",
    budget_total="1,000.00", exec_total="948.71", rate_total="94.87%",
    weight_list="依次为4.80%、6.60%、5.25%、13.50%、21.00%、16.80%、9.60%、7.45%、7.60%、7.40%，合计100.00%",
    composite="93.61", composite_snip="部门整体自评得分为93.61分，评价等级为优秀", grade_label="优秀",
    checks=[
        ("sum", "96", ["14", "82"], "年末在职人员96人（行政14人、事业82人）"),
        ("sum", "3,182.60", ["2,980.00", "202.60"], "2022年年初预算2,980.00万元，年中追加202.60万元，全年预算3,182.60万元"),
        ("sum", "3,182.60", ["3,096.60", "66.00", "20.00"], "全年收入3,182.60万元，其中财政拨款收入3,096.60万元，上年结转66.00万元，其他收入20.00万元"),
        ("sum", "3,013.06", ["2,064.35", "948.71"], "2022年支出合计3,013.06万元，预算执行率94.67%。其中基本支出2,064.35万元，包括人员经费1,842.17万元、公用经费222.18万元；项目支出948.71万元"),
        ("sum", "2,064.35", ["1,842.17", "222.18"], "包括人员经费1,842.17万元、公用经费222.18万元"),
        ("rate", "94.67%", "3,013.06", "3,182.60", "预算执行率94.67%"),
        ("diff", "169.54", "3,182.60", "3,013.06", "年末结转结余169.54万元，其中基本支出结余118.25万元、项目支出结转51.29万元"),
        ("sum", "169.54", ["118.25", "51.29"], "年末结转结余169.54万元"),
        ("diff", "118.25", "3,182.60", "1,000.00", "2,064.35", "基本支出结余118.25万元"),
        ("diff", "51.29", "1,000.00", "948.71", "执行948.71万元，执行率94.87%，结转51.29万元"),
        ("rate", "72.02%", "86,420.00", "120,000.00", "2022年“三公”经费预算120,000.00元，实际支出86,420.00元，占预算的72.02%"),
        ("sum", "86,420.00", ["0", "0", "52,860.00", "33,560.00"], "因公出国（境）费0元；公务用车购置费0元，公务用车运行维护费52,860.00元；公务接待费33,560.00元"),
        ("diff", "-11,730.00", "86,420.00", "98,150.00", "与2021年支出98,150.00元相比，减少11,730.00元，下降11.95%"),
        ("rate", "11.95%", "11,730.00", "98,150.00", "下降11.95%"),
        ("sum", "66.00", ["36.00", "14.00", "6.00", "10.00"], "资金66.00万元，其中中央补助资金36.00万元（2021年12月以桂财教〔2021〕168号提前下达）、自治区补助14.00万元、百色市补助6.00万元、市本级10.00万元"),
        ("rate", "100%", "36.00", "36.00", "中央补助资金实际到位36.00万元，到位率100%"),
        ("sum", "86", ["62", "16", "8"], "市壮剧团全年演出86场，其中送戏下乡62场、进校园16场、景区驻场8场"),
        ("in", "举办壮剧传承人培训班3期，培训学员90人，人均培训经费0.20万元"),
        ("in", "参与群众和游客36.60万人次"),
        ("diff", "5.60", "74.50", "68.90", "预算74.50万元，实际支出68.90万元，结余5.60万元"),
        ("mul", "76.00", "19", "4.00", "按每站4.00万元标准补助全市19个乡镇综合文化站，共76.00万元"),
        ("scoretable", [("10", "8.90"), ("15", "15.00"), ("10", "8.33"), ("10", "10.00"), ("5", "3.50"), ("10", "10.00"),
                        ("10", "7.60"), ("10", "10.00"), ("10", "6.00"), ("10", "10.00")], "100", "89.33", "合计｜｜｜｜100｜89.33"),
        ("in", "旧州古街文化旅游提升项目（自评89.33分）"),
        ("execscore", "8.90", "10", "186.90", "210.00", "预算执行｜预算执行率｜100%｜89.00%｜10｜8.90"),
        ("gtescore", "8.33", "10", "6", "5", "绣球非遗工坊建设｜≥6个｜5个｜10｜8.33"),
        ("gtescore", "7.60", "10", "60", "45.60", "古街年接待游客｜≥60万人次｜45.60万人次｜10｜7.60"),
        ("in", "古街立面改造长度｜≥1.2公里｜1.2公里｜15｜15.00"),
        ("in", "单位面积改造成本｜≤850元/平方米｜826元/平方米｜10｜10.00"),
        ("in", "带动就业人数｜≥200人｜236人｜10｜10.00"),
        ("in", "游客满意度｜≥90%｜91.20%｜10｜10.00"),
        ("scoretable", [("10", "9.40"), ("50", "47.50"), ("30", "26.50"), ("10", "9.00")], "100", "92.40",
         "预算执行｜10｜9.40\n产出指标｜50｜47.50\n效益指标｜30｜26.50\n满意度指标｜10｜9.00\n合计｜100｜92.40"),
        ("execscore", "9.40", "10", "157.92", "168.00", "预算执行｜10｜9.40"),
        ("in", "边境旅游基础设施建设项目（自评92.40分）"),
        ("rate", "94.00%", "157.92", "168.00", "执行率94.00%"),
        ("completion", "107.50%", "80", "86", "gte", "文化惠民演出｜≥80场｜86场｜107.50%"),
        ("completion", "102.00%", "300", "306", "gte", "三馆免费开放天数｜≥300天｜306天｜102.00%"),
        ("completion", "122.00%", "30", "36.60", "gte", "端午药市节参与人次｜≥30万人次｜36.60万人次｜122.00%"),
        ("completion", "112.50%", "80", "90", "gte", "非遗传承人培训｜≥80人｜90人｜112.50%"),
        ("completion", "151.20%", "5", "7.56", "gte", "游客接待量增长率｜≥5%｜7.56%｜151.20%"),
        ("completion", "103.78%", "90", "93.40", "gte", "群众满意度｜≥90%｜93.40%｜103.78%"),
        ("rate", "22.00%", "6.60", "30", "端午药市节参与人次超出目标22.00%"),
        ("growth", "7.56%", "826.40", "768.30", "2022年全市接待游客826.40万人次，比2021年的768.30万人次增长7.56%"),
        ("growth", "4.54%", "88.92", "85.06", "旅游总收入88.92亿元，比2021年的85.06亿元增长4.54%"),
        ("in", "三馆全年免费开放均达到306天"),
    ])

FACTS["longsheng-wenlv-2024"] = dict(
    row_fmt=lambda i, r: f"{i}｜{r[0]}｜{r[1]}｜{r[2]}｜{r[3]}｜{r[4]}｜{r[5]}",
    rows=[("龙脊梯田农耕文化保护", "140.00", "156.00", "148.20", "95.00%", "95.50", "14.60%"),
          ("公共文化场馆免费开放", "58.00", "58.00", "58.00", "100.00%", "98.00", "5.43%"),
          ("民族文化惠民演出", "46.80", "46.80", "45.63", "97.50%", "96.50", "4.38%"),
          ("红瑶服饰等非遗保护传承", "38.70", "38.70", "37.54", "97.00%", "95.00", "3.62%"),
          ("文化旅游宣传营销", "142.00", "142.00", "134.90", "95.00%", "94.20", "13.29%"),
          ("景区旅游厕所及标识系统提升", "200.00", "236.00", "207.68", "88.00%", "90.80", "22.08%"),
          ("全民健身设施及赛事", "88.00", "88.00", "85.36", "97.00%", "96.00", "8.23%"),
          ("红军长征遗址保护利用", "124.60", "124.60", "109.65", "88.00%", "89.40", "11.66%"),
          ("乡镇综合文化站运行补助", "40.00", "40.00", "40.00", "100.00%", "99.00", "3.74%"),
          ("村级综合性文化服务中心补助", "60.00", "60.00", "60.00", "100.00%", "98.50", "5.61%"),
          ("应急广播运行维护", "52.30", "52.30", "50.73", "97.00%", "96.80", "4.89%"),
          ("文化旅游市场执法", "26.40", "26.40", "25.61", "97.01%", "97.00", "2.47%")],
    total_line="合计｜｜1,016.80｜1,068.80｜1,003.30｜93.87%｜—",
    initial_total="1,016.80",
    budget_total="1,068.80", exec_total="1,003.30", rate_total="93.87%",
    weight_list="各项目权重依次为：14.60%、5.43%、4.38%、3.62%、13.29%、22.08%、8.23%、11.66%、3.74%、5.61%、4.89%、2.47%，合计100.00%",
    simple_mean="95.56", simple_mean_snip="12个项目自评得分的算术平均值为95.56分",
    composite="94.18", composite_snip="综合得分为94.18分，评价等级为“优”", grade_label="优",
    checks=[
        ("sum", "88", ["15", "73"], "年末在职人员88人，其中行政人员15人、事业人员73人"),
        ("sum", "3,426.85", ["3,105.00", "321.85"], "2024年年初预算3,105.00万元，年中追加321.85万元，全年预算3,426.85万元"),
        ("sum", "3,426.85", ["3,318.45", "86.40", "22.00"], "全年收入3,426.85万元，其中财政拨款收入3,318.45万元，上年结转86.40万元，其他收入22.00万元"),
        ("sum", "3,201.92", ["2,198.62", "1,003.30"], "全年支出3,201.92万元，其中基本支出2,198.62万元（人员经费1,962.30万元、公用经费236.32万元），项目支出1,003.30万元"),
        ("sum", "2,198.62", ["1,962.30", "236.32"], "（人员经费1,962.30万元、公用经费236.32万元）"),
        ("rate", "93.44%", "3,201.92", "3,426.85", "全年预算执行率93.44%"),
        ("diff", "224.93", "3,426.85", "3,201.92", "年末结转结余224.93万元，其中基本支出结余159.43万元、项目支出结转65.50万元"),
        ("sum", "224.93", ["159.43", "65.50"], "年末结转结余224.93万元"),
        ("diff", "159.43", "3,426.85", "1,068.80", "2,198.62", "基本支出结余159.43万元"),
        ("diff", "65.50", "1,068.80", "1,003.30", "项目支出结转65.50万元"),
        ("rate", "31.19%", "1,068.80", "3,426.85", "12个项目全年预算1,068.80万元，占部门全年预算的31.19%"),
        ("sum", "1,068.80", ["312.40", "186.50", "64.00", "505.90"], "其中中央补助312.40万元、自治区补助186.50万元、桂林市补助64.00万元、县本级安排505.90万元"),
        ("rate", "79.03%", "11.46", "14.50", "2024年“三公”经费预算14.50万元，决算11.46万元，为预算的79.03%"),
        ("diff", "-1.41", "11.46", "12.87", "比2023年决算12.87万元减少1.41万元，下降10.96%"),
        ("rate", "10.96%", "1.41", "12.87", "下降10.96%"),
        ("sum", "11.46", ["0", "0", "6.38", "5.08"], "其中因公出国（境）费0万元，公务用车购置费0万元，公务用车运行维护费6.38万元，公务接待费5.08万元"),
        ("diff", "16.00", "156.00", "140.00", "龙脊梯田农耕文化保护项目年中追加16.00万元"),
        ("diff", "36.00", "236.00", "200.00", "景区旅游厕所及标识系统提升项目年中追加36.00万元"),
        ("sum", "126", ["88", "38"], "全年开展送戏下乡和景区惠民演出126场，其中送戏下乡88场、景区惠民演出38场"),
        ("mul", "40.00", "10", "4.00", "按每站4.00万元标准补助全县10个乡镇综合文化站，共40.00万元"),
        ("mul", "60.00", "30", "2.00", "按每村2.00万元标准补助30个村级综合性文化服务中心，共60.00万元"),
        ("in", "该项目预算124.60万元"),
        ("in", "截至2024年12月31日，修缮工程已完工"),
        ("sum", "207.68", ["161.28", "46.40"], "新建改建旅游厕所9座，支出161.28万元，单座平均造价17.92万元；制作安装景区导览标识牌168块，支出46.40万元"),
        ("div", "17.92", "161.28", "9", "单座平均造价17.92万元"),
        ("scoretable", [("10", "8.80"), ("15", "13.50"), ("10", "10.00"), ("10", "10.00"), ("5", "3.50"), ("10", "10.00"),
                        ("10", "10.00"), ("10", "9.00"), ("10", "6.00"), ("10", "10.00")], "100", "90.80", "合计｜｜｜｜｜100｜90.80"),
        ("execscore", "8.80", "10", "207.68", "236.00", "预算执行｜预算执行率｜预算执行率｜100%｜88.00%｜10｜8.80"),
        ("gtescore", "13.50", "15", "10", "9", "新建改建旅游厕所｜≥10座｜9座｜15｜13.50"),
        ("gtescore", "9.00", "10", "8", "7.20", "龙脊梯田景区接待量增长率｜≥8%｜7.20%｜10｜9.00"),
        ("in", "景区导览标识牌｜≥150块｜168块｜10｜10.00"),
        ("in", "单座旅游厕所建设成本｜≤18.50万元｜17.92万元｜10｜10.00"),
        ("in", "旺季游客如厕排队时间｜≤10分钟｜8分钟｜10｜10.00"),
        ("in", "游客满意度｜≥90%｜92.40%｜10｜10.00"),
        ("completion", "105.00%", "120", "126", "gte", "民族文化惠民演出｜≥120场｜126场｜105.00%"),
        ("completion", "100.00%", "3", "3", "gte", "农耕文化节庆活动｜≥3场｜3场｜100.00%"),
        ("completion", "104.00%", "300", "312", "gte", "三馆免费开放天数｜≥300天｜312天｜104.00%"),
        ("completion", "118.00%", "100", "118", "gte", "非遗传承人培训｜≥100人次｜118人次｜118.00%"),
        ("completion", "115.25%", "8", "9.22", "gte", "游客接待量增长率｜≥8%｜9.22%｜115.25%"),
        ("completion", "100.00%", "5", "3", "lte", "旅游投诉办结时限｜≤5个工作日｜3个工作日｜100.00%"),
        ("completion", "104.00%", "90", "93.60", "gte", "游客满意度｜≥90%｜93.60%｜104.00%"),
        ("growth", "9.22%", "1,036.20", "948.70", "2024年全县接待游客1,036.20万人次，比2023年的948.70万人次增长9.22%"),
        ("growth", "9.36%", "118.46", "108.32", "实现旅游总消费118.46亿元，比2023年的108.32亿元增长9.36%"),
        ("countrates", 2, "==", "88", "2个项目执行率均为88.00%"),
    ])


# ---------------------------------------------------------------- checks
def need(text, snip, where):
    if snip not in text:
        bad(f"{where}: text not found in clean draft: {snip!r}")
        return False
    return True


def check_fact(pid, text, fact, rows):
    kind = fact[0]
    where = f"{pid} {kind} {fact[1]!r}"
    if kind == "in":
        need(text, fact[1], where)
        return
    snip = fact[-1]
    need(text, snip, where)
    if kind in ("sum", "diff", "rate", "growth", "div", "mul", "avg", "execscore", "gtescore", "completion"):
        # every figure used must appear in the snippet or elsewhere in the text
        figs = []
        for x in fact[1:-1]:
            if isinstance(x, list):
                figs += x
            elif isinstance(x, str) and kind != "completion" or (kind == "completion" and x not in ("gte", "lte")):
                figs.append(x)
        for f in figs:
            if isinstance(f, str) and f.lstrip("-") not in text and kind not in ("execscore", "gtescore", "mul", "div"):
                if f not in ("0", "0.00") and not f.startswith("-"):
                    bad(f"{where}: figure {f} not in text")
    if kind == "sum":
        total, parts = fact[1], fact[2]
        s = sum(dec(p) for p in parts)
        if not consistent(total, s):
            bad(f"{where}: parts add to {s}, stated {total}")
    elif kind == "diff":
        res, a, rest = fact[1], fact[2], fact[3:-1]
        c = dec(a) - sum(dec(x) for x in rest)
        if dec(res) != c:
            bad(f"{where}: {a} - {' - '.join(rest)} = {c}, stated {res}")
    elif kind == "rate":
        stated, num, den = fact[1], fact[2], fact[3]
        c = dec(num) / dec(den) * 100
        if not consistent(stated, c):
            bad(f"{where}: {num}/{den} = {c:.4f}%, stated {stated}")
    elif kind == "growth":
        stated, cur, prev = fact[1], fact[2], fact[3]
        c = (dec(cur) - dec(prev)) / dec(prev) * 100
        if not consistent(stated, c):
            bad(f"{where}: growth {c:.4f}%, stated {stated}")
    elif kind == "div":
        stated, a, b = fact[1], fact[2], fact[3]
        c = dec(a) / dec(b)
        if not consistent(stated, c):
            bad(f"{where}: {a}/{b} = {c}, stated {stated}")
    elif kind == "mul":
        stated, a, b = fact[1], fact[2], fact[3]
        c = dec(a) * dec(b)
        if not consistent(stated, c):
            bad(f"{where}: {a}*{b} = {c}, stated {stated}")
    elif kind == "avg":
        stated, items = fact[1], fact[2]
        c = sum(dec(i) for i in items) / len(items)
        if not consistent(stated, c):
            bad(f"{where}: mean {c}, stated {stated}")
    elif kind == "execscore":
        stated, w, e, b = fact[1], fact[2], fact[3], fact[4]
        c = dec(w) * min(dec(e) / dec(b), D(1))
        if not consistent(stated, c):
            bad(f"{where}: execution score {c}, stated {stated}")
    elif kind == "gtescore":
        stated, w, t, a = fact[1], fact[2], fact[3], fact[4]
        c = dec(w) * min(dec(a) / dec(t), D(1))
        if not consistent(stated, c):
            bad(f"{where}: gte score {c}, stated {stated}")
    elif kind == "completion":
        stated, t, a, direction = fact[1], fact[2], fact[3], fact[4]
        if direction == "gte":
            c = dec(a) / dec(t) * 100
        else:
            c = D(100) if dec(a) <= dec(t) else dec(t) / dec(a) * 100
        if not consistent(stated, c):
            bad(f"{where}: completion {c:.4f}%, stated {stated}")
    elif kind == "scoretable":
        pairs, wt, st = fact[1], fact[2], fact[3]
        if sum(dec(w) for w, _ in pairs) != dec(wt):
            bad(f"{where}: weights add to {sum(dec(w) for w, _ in pairs)}, stated {wt}")
        if sum(dec(s) for _, s in pairs) != dec(st):
            bad(f"{where}: scores add to {sum(dec(s) for _, s in pairs)}, stated {st}")
        for w, s in pairs:
            if not (0 <= dec(s) <= dec(w)):
                bad(f"{where}: score {s} outside [0, {w}]")
    elif kind == "count":
        n, listing = fact[1], fact[2]
        if len(listing.split("、")) != n:
            bad(f"{where}: listing has {len(listing.split('、'))} items, stated {n}")
    elif kind == "countrates":
        n, op, thr = fact[1], fact[2], dec(fact[3])
        rates = [dec(r[4]) for r in rows]
        k = sum(1 for r in rates if (r >= thr if op == ">=" else r == thr))
        if k != n:
            bad(f"{where}: {k} project rates {op} {thr}, stated {n}")
    else:
        bad(f"{where}: unknown fact kind")


def check_project(pid, F):
    text = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
    n = len(text)
    if not 2500 <= n <= 6000:
        bad(f"{pid}: clean draft has {n} characters (want 2,500-6,000)")
    rows = F["rows"]
    if not 8 <= len(rows) <= 12:
        bad(f"{pid}: {len(rows)} projects")
    # table rows appear literally, each rate and execution score is right
    for i, r in enumerate(rows, 1):
        need(text, F["row_fmt"](i, r), f"{pid} row {i}")
        for extra in F.get("row_extra", lambda i, r: [])(i, r):
            need(text, extra, f"{pid} row {i}")
        name, ini, b, e, rate, score, w = r
        if not consistent(rate, dec(e) / dec(b) * 100):
            bad(f"{pid} row {i}: rate {rate} vs {dec(e) / dec(b) * 100:.4f}")
        if not dec(e) <= dec(b):
            bad(f"{pid} row {i}: execution above budget")
        if not 0 <= dec(score) <= 100:
            bad(f"{pid} row {i}: score {score}")
    need(text, F["total_line"], f"{pid} total")
    B = sum(dec(r[2]) for r in rows)
    E = sum(dec(r[3]) for r in rows)
    if B != dec(F["budget_total"]):
        bad(f"{pid}: budgets add to {B}, stated {F['budget_total']}")
    if E != dec(F["exec_total"]):
        bad(f"{pid}: executions add to {E}, stated {F['exec_total']}")
    if "initial_total" in F and sum(dec(r[1]) for r in rows) != dec(F["initial_total"]):
        bad(f"{pid}: initial budgets add to {sum(dec(r[1]) for r in rows)}")
    if not consistent(F["rate_total"], E / B * 100):
        bad(f"{pid}: total rate {F['rate_total']} vs {E / B * 100:.4f}")
    # weights: budget shares, stated to 2 decimals, adding to 100.00
    ws = [dec(r[6]) for r in rows]
    for r, w in zip(rows, ws):
        if not consistent(r[6], dec(r[2]) / B * 100):
            bad(f"{pid}: weight of {r[0]} {r[6]} vs share {dec(r[2]) / B * 100:.4f}")
    if sum(ws) != 100:
        bad(f"{pid}: stated weights add to {sum(ws)}")
    if F.get("weight_text"):
        for r in rows:
            need(text, F["weight_text"](r), f"{pid} weight")
    if F.get("weight_list"):
        need(text, F["weight_list"], f"{pid} weight list")
        listed = [x for x in F["weight_list"].split("为")[-1].split("，合计")[0].lstrip("：").split("、")]
        if [dec(x) for x in listed] != ws:
            bad(f"{pid}: weight list order/values differ from the table")
    # composite = budget-weighted mean, with exact shares and with the stated weights
    exact = sum(dec(r[2]) / B * dec(r[5]) for r in rows)
    stated_w = sum(dec(r[6]) / 100 * dec(r[5]) for r in rows)
    for label, c in (("exact shares", exact), ("stated weights", stated_w)):
        if not consistent(F["composite"], c):
            bad(f"{pid}: composite {F['composite']} vs {c:.5f} ({label})")
    need(text, F["composite_snip"], f"{pid} composite")
    if F["composite_snip"].count(F["composite"]) != 1 or text.count(F["composite"] + "分") != 1:
        bad(f"{pid}: composite score should be stated exactly once")
    g = grade(dec(F["composite"]))
    if F["grade_label"] not in GRADE_WORDS[g]:
        bad(f"{pid}: grade {F['grade_label']} for {F['composite']} (band {g})")
    if "simple_mean" in F:
        need(text, F["simple_mean_snip"], f"{pid} mean")
        m = sum(dec(r[5]) for r in rows) / len(rows)
        if not consistent(F["simple_mean"], m):
            bad(f"{pid}: simple mean {F['simple_mean']} vs {m}")
    for fact in F["checks"]:
        check_fact(pid, text, fact, rows)
    return text


def edit_regions(a, b):
    """Common prefix/suffix diff; return (start, old_end, new_end)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def check_edit(name, clean, case, code):
    """One changed line (<= 16 changed characters), or two adjacent changed lines for score-row edits."""
    a, b = clean.split("\n"), case.split("\n")
    if len(a) != len(b):
        bad(f"{name}: edit changes the number of lines")
        return
    changed = [i for i in range(len(a)) if a[i] != b[i]]
    if not changed:
        bad(f"{name}: no edit")
        return
    if len(changed) > 2 or (len(changed) == 2 and (changed[1] != changed[0] + 1 or code not in
                                                    ("score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"))):
        bad(f"{name}: edit touches lines {changed}")
    for i in changed:
        p, oe, ne = edit_regions(a[i], b[i])
        size = max(oe - p, ne - p)
        if size > 16:
            bad(f"{name}: line {i + 1}: edit of {size} characters ({a[i][p:oe]!r} -> {b[i][p:ne]!r})")


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    cleans = {}
    for pid, F in FACTS.items():
        cleans[pid] = check_project(pid, F)
    counts = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            bad(f"{rec['case']}: missing")
            continue
        text = open(path, encoding="utf-8").read()
        clean = cleans.get(rec["source"])
        if clean is None:
            bad(f"{rec['case']}: unknown source")
            continue
        if rec["clean"]:
            if text != clean or rec["expected"]:
                bad(f"{rec['case']}: clean case differs or has labels")
            continue
        if len(rec["expected"]) != 1:
            bad(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            if exp["code"] not in CODES or exp["code"] == "figure_mismatch":
                bad(f"{rec['case']}: code {exp['code']}")
            if exp["severity"] != "error":
                bad(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if text.count(v) != 1:
                bad(f"{rec['case']}: value occurs {text.count(v)} times")
            if v in clean:
                bad(f"{rec['case']}: value occurs in the clean draft")
            # the value must contain the edited region (at least partly)
            p, oe, ne = edit_regions(clean, text)
            vs = text.find(v)
            if not (vs < ne and p < vs + len(v)) and not (ne == p and vs <= p <= vs + len(v)):
                bad(f"{rec['case']}: value does not overlap the edit")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            check_edit(rec["case"], clean, text, exp["code"])
    needed = CODES - {"figure_mismatch"}
    for c in sorted(needed):
        if counts.get(c, 0) < 2:
            bad(f"code {c} used {counts.get(c, 0)} times (< 2)")
    # codes spread across projects
    per_code_projects = {}
    for rec in labels:
        for exp in rec["expected"]:
            per_code_projects.setdefault(exp["code"], set()).add(rec["source"])
    for c, ps in per_code_projects.items():
        if len(ps) < 2:
            bad(f"code {c} used in only one project")
    if PROBLEMS:
        for p in PROBLEMS:
            print("FAIL", p)
        print(f"{len(PROBLEMS)} problem(s)")
        return 1
    print("codes:", ", ".join(f"{c}={n}" for c, n in sorted(counts.items())))
    print(f"OK ({len(labels)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
