#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Pure Python 3, no third-party modules.  Each error case is its project's clean draft with the
edits listed in EDITS applied.  An edit is (old, new): `old` must occur exactly once in the clean
draft and is replaced by `new`; `old` and `new` hold the surrounding context only so that the
anchor is unique -- the real edit is what is left after stripping their common prefix and suffix
(checked by verify.py: at most 16 characters, inside one line; score-row edits may touch two
adjacent rows).

Usage:  python3 build.py          (writes cases/<id>-eN.txt and labels.jsonl)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hanzhong-health-2022",
    "anshun-sports-2023",
    "xiangyang-surveying-2020",
    "huaian-waterway-2021",
    "qujing-loansubsidy-2018",
    "baotou-metrology-2024",
]

# (project, n, code, edits, value, explanation)
EDITS = [
    # ---------------- 汉中市卫生健康委员会 2022 部门整体 ----------------
    ("hanzhong-health-2022", 1, "sum_mismatch",
     [("  公用经费      86.50      86.50", "  公用经费      68.50      86.50")],
     "一、基本支出    698.90     715.25     711.21     99.44\n  人员经费      612.40     628.75     628.75     100.00\n  公用经费      68.50",
     "表2 年初预算列: 基本支出 698.90 ≠ 人员经费 612.40 + 公用经费 68.50 = 680.90 (公用经费年初预算 86.50 retyped as 68.50)"),
    ("hanzhong-health-2022", 2, "average_mismatch",
     [("平均自评得分93.34分", "平均自评得分94.53分")],
     "平均自评得分94.53分",
     "(96.50 + 91.20 + 88.60 + 93.40 + 97.00) / 5 = 93.34; 94.53 is the mean of the four 优 projects, leaving out 88.60"),
    ("hanzhong-health-2022", 3, "year_mismatch",
     [("2022年3月下达257.16万元", "2023年3月下达257.16万元")],
     "2023年3月下达257.16万元",
     "2022 budget money said to be issued in March 2023, after the evaluation year (report-writing year typed in)"),
    ("hanzhong-health-2022", 4, "rate_mismatch",
     [("187.20,171.36,91.54", "187.20,171.36,85.00")],
     "187.20,171.36,85.00",
     "171.36 / 187.20 = 91.54%; 85.00% is the rate on the 年初预算 201.60 (wrong base)"),
    ("hanzhong-health-2022", 5, "grade_mismatch",
     [("88.60,良", "88.60,优")],
     "88.60,优",
     "score 88.60 is in the 良 band (80 ≤ s < 90), not 优"),
    # ---------------- 安顺市体育局 2023 部门整体 ----------------
    ("anshun-sports-2023", 1, "score_exceeds_weight",
     [("规范有序    规范有序    10    9.5", "规范有序    规范有序    10    8.5"),
      ("赛事活动安全事故    0起    0起    5    5", "赛事活动安全事故    0起    0起    5    6")],
     "赛事活动安全事故    0起    0起    5    6",
     "score 6 above the weight 5 (one point moved from the row above, so the total still reads 95.26)"),
    ("anshun-sports-2023", 2, "average_mismatch",
     [("队均46.5人", "队均62人")],
     "队均62人",
     "(52 + 38 + 41 + 55) / 4 = 46.5; 62 is 186 divided by 3"),
    ("anshun-sports-2023", 3, "conflicting_values",
     [("群众体育类彩票公益金180.00万元", "群众体育类彩票公益金108.00万元")],
     "群众体育类彩票公益金108.00万元",
     "the lottery fund is 180.00万元 in 表1 (政府性基金预算拨款) and 表5 (全年预算/到位); 108.00 is a retyped figure"),
    ("anshun-sports-2023", 4, "implausible_rate",
     [("上年结转    0.00    0.00    0.00    0.00    0.00    0.00", "上年结转    0.00    0.00    0.00    0.00    0.00    100.00")],
     "上年结转    0.00    0.00    0.00    0.00    0.00    100.00",
     "execution rate 100.00% on a zero budget (上年结转 0.00): a rate on a zero base"),
    ("anshun-sports-2023", 5, "balance_mismatch",
     [("项目结余13.36万元", "项目结余13.63万元")],
     "项目结余13.63万元",
     "到位 285.00 − 支出 271.64 = 13.36, stated 13.63"),
    # ---------------- 襄阳市自然资源和规划局 2020 基础测绘 ----------------
    ("xiangyang-surveying-2020", 1, "score_sum_mismatch",
     [("99.18  5  4.96", "99.18  5  4.69")],
     "4.69\n目标2  产出指标  时效指标  正射影像成果更新周期  ≤12个月  12个月  100.00  5  5\n"
     "目标2  效益指标  社会效益指标  提供数据服务次数  ≥150次  173次  115.33  5  5\n"
     "目标2小计                25  24.96\n"
     "目标3  产出指标  数量指标  天地图·襄阳在线服务访问量  ≥200万次  236.8万次  118.40  5  5\n"
     "目标3  产出指标  质量指标  平台运行稳定率  ≥99%  99.2%  100.20  5  5\n"
     "目标3  效益指标  可持续影响指标  地理信息数据共享部门数  ≥30个  34个  113.33  5  5\n"
     "目标3小计                15  15\n"
     "—  满意度指标  服务对象满意度指标  成果使用单位满意度  ≥95%  93.8%  98.74  10  9.87\n"
     "合计                100  97.13",
     "CORS row score retyped 4.96 → 4.69: 目标2 rows now add to 24.69 (小计 24.96) and all rows to 96.86 (合计 97.13)"),
    ("xiangyang-surveying-2020", 2, "weight_sum_mismatch",
     [("2020年11月20日  —  5  3", "2020年11月20日  —  4  3")],
     "4  3\n目标1  产出指标  成本指标  地形图更新单位面积成本  ≤1.60万元/平方公里  1.56万元/平方公里  100.00  5  5\n"
     "目标1小计                30",
     "目标1 weights 10 + 10 + 4 + 5 = 29 ≠ 小计 30 (and all weights add to 99, not 100)"),
    ("xiangyang-surveying-2020", 3, "completion_mismatch",
     [("236.8万次  118.40", "236.8万次  84.46")],
     "236.8万次  84.46",
     "≥200万次 target, 236.8万次 actual: completion 118.40%; 84.46% is 200/236.8 (inverted)"),
    ("xiangyang-surveying-2020", 4, "unit_mismatch",
     [("≥120平方公里  126.4平方公里  105.33", "≥120平方公里  105.33%  105.33")],
     "≥120平方公里  105.33%",
     "target in 平方公里, actual given as a percentage (the completion rate pasted into the 完成值 cell)"),
    # ---------------- 淮安市交通运输局 2021 干线航道养护 ----------------
    ("huaian-waterway-2021", 1, "unit_mismatch",
     [("结算金额423.65万元", "结算金额4236500万元")],
     "4236500万元",
     "护岸修复 settled 4236500.00元 (表2) = 423.65万元; the 元 figure was written with the unit 万元 (off by 10^4)"),
    ("huaian-waterway-2021", 2, "completion_mismatch",
     [("26.50元/立方米  100.00", "26.50元/立方米  94.64")],
     "26.50元/立方米  94.64",
     "≤28.00元/立方米 met by 26.50: completion 100%; 94.64% is actual/target computed for a reverse indicator"),
    ("huaian-waterway-2021", 3, "balance_mismatch",
     [("年末结余47.54万元", "年末结余45.74万元")],
     "结余45.74万元",
     "到位 1860.00 − 支出 1812.46 = 47.54, stated 45.74"),
    ("huaian-waterway-2021", 4, "sum_mismatch",
     [("航标维护及更新  专用设备购置  2150000.00", "航标维护及更新  专用设备购置  2510000.00")],
     "2510000.00  2097800.00\n航道巡查及测量  委托业务费  1850000.00  1772000.00\n"
     "桥梁防撞设施维修  维修（护）费  2500000.00  1972000.00\n合计    19000000.00",
     "预算数 column: 8200000 + 4300000 + 2510000 + 1850000 + 2500000 = 19360000 ≠ 合计 19000000 (2150000 retyped)"),
    # ---------------- 曲靖市人力资源和社会保障局 2018 创业担保贷款贴息 ----------------
    ("qujing-loansubsidy-2018", 1, "rate_mismatch",
     [("226.40,181.87,80.33", "226.40,181.87,83.03")],
     "181.87,83.03",
     "市级 181.87 / 226.40 = 80.33%, stated 83.03% (digits transposed)"),
    ("qujing-loansubsidy-2018", 2, "implausible_rate",
     [("全年支出13.86万元，执行率92.40%", "全年支出15.86万元，执行率105.73%")],
     "15.86万元，执行率105.73%",
     "工作经费 budget 15.00, spending 15.86: execution rate 105.73% is over 100%"),
    ("qujing-loansubsidy-2018", 3, "year_mismatch",
     [("截至2018年12月31日，已向经办银行", "截至2017年12月31日，已向经办银行")],
     "截至2017年12月31日",
     "the 2018 payment (1241.87万元, 96.54%) is dated 截至2017年12月31日: last year's date left in"),
    ("qujing-loansubsidy-2018", 4, "conflicting_values",
     [("新增发放创业担保贷款2,316笔", "新增发放创业担保贷款2,136笔")],
     "创业担保贷款2,136笔",
     "new loans are 2316笔 in 表3 合计, 表4, section 四 and 表5; 2,136 is a retyped figure"),
    # ---------------- 包头市市场监督管理局 2024 民生计量器具强制检定 ----------------
    ("baotou-metrology-2024", 1, "score_sum_mismatch",
     [("部分达成    10    6.5", "部分达成    10    7.5")],
     "7.5\n满意度指标    服务对象满意度指标    经营者和消费者满意度    ≥90%    94.6%    10    10\n"
     "合计                        100    93.69",
     "qualitative row raised 6.5 → 7.5 without updating the total: rows add to 94.69, stated 93.69"),
    ("baotou-metrology-2024", 2, "weight_sum_mismatch",
     [("31030台件    15    14.55", "31030台件    20    14.55")],
     "20    14.55\n"
     "产出指标    数量指标    巡回检定覆盖旗县区    9个    7个    5    3.89\n"
     "产出指标    质量指标    检定结果准确率    ≥99%    99.6%    10    10\n"
     "产出指标    时效指标    检定完成及时率    ≥95%    93.8%    10    9.87\n"
     "产出指标    成本指标    单台件检定成本    ≤60元    52.67元    10    10\n"
     "效益指标    经济效益指标    减免经营者检定费    ≥170万元    162.36万元    10    9.55\n"
     "效益指标    社会效益指标    在用民生计量器具抽查合格率    ≥95%    91.2%    10    9.60\n"
     "效益指标    可持续影响指标    民生计量监管长效机制    健全    部分达成    10    6.5\n"
     "满意度指标    服务对象满意度指标    经营者和消费者满意度    ≥90%    94.6%    10    10\n"
     "合计                        100",
     "weight of the quantity row 20 (last year's weight left in): weights add to 105, stated 100"),
    ("baotou-metrology-2024", 3, "score_exceeds_weight",
     [("部分达成    10    6.5", "部分达成    10    6"),
      ("94.6%    10    10", "94.6%    10    10.5")],
     "经营者和消费者满意度    ≥90%    94.6%    10    10.5",
     "satisfaction score 10.5 above its weight 10 (half a point moved from the row above; total unchanged)"),
    ("baotou-metrology-2024", 4, "grade_mismatch",
     [("评价等级为优", "评价等级为良")],
     "评价等级为良",
     "total 93.69 is in the 优 band (≥ 90)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def apply(clean, edits, where):
    text = clean
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            sys.exit(f"{where}: anchor occurs {n} times: {old!r}")
        text = text.replace(old, new)
    return text


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, edits, value, expl) in EDITS:
            if p != pid:
                continue
            name = f"{pid}-e{n}.txt"
            text = apply(clean, edits, name)
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an injected error)")


if __name__ == "__main__":
    main()
