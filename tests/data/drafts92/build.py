#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n92 from the clean drafts.

Each edit is a list of (old, new) replacements applied to the clean draft; every `old` must occur
exactly once in the clean draft.  A single replacement is one contiguous edit inside one line;
`rows=True` marks a score-row edit allowed to span two adjacent table rows.
Pure Python 3, no third-party dependencies.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "luoping-jiulongfalls-2019",
    "bama-baimodong-2020",
    "lingao-lingaojiao-2022",
    "dongxing-jingdao-2023",
    "jianshui-tuanshan-2025",
]

# (project, n, code, [(old, new), ...], value, explanation, rows)
EDITS = [
    # ---------------- 罗平 2019 ----------------
    ("luoping-jiulongfalls-2019", 1, "unit_mismatch",
     [("景区人均消费76.13元", "景区人均消费76.13万元")],
     "76.13万元",
     "per-visitor spending 1.42亿元 / 186.52万人次 = 76.13元; written with the unit 万元 (off by 10^4)", False),
    ("luoping-jiulongfalls-2019", 2, "balance_mismatch",
     [("结余资金44.60万元", "结余资金46.40万元")],
     "46.40万元",
     "balance = 到位 1310.00 - 支出 1265.40 = 44.60 (digits transposed)", False),
    ("luoping-jiulongfalls-2019", 3, "year_mismatch",
     [("已按规定结转2020年继续用于本项目", "已按规定结转2019年继续用于本项目")],
     "结转2019年",
     "the unspent part of the 2019 budget is carried forward into 2019 itself; must be a later year (2020)", False),
    ("luoping-jiulongfalls-2019", 4, "score_exceeds_weight",
     [("| 3.6公里 | 8 | 7.2 | 避让地质灾害隐患点，线路缩短0.4公里 |\n| 产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 6 | 6.0 |",
       "| 3.6公里 | 8 | 6.0 | 避让地质灾害隐患点，线路缩短0.4公里 |\n| 产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 6 | 7.2 |")],
     "工程验收合格率 | 100% | 100% | 6 | 7.2",
     "scores of two adjacent rows swapped: 工程验收合格率 now scores 7.2 against 满分 6 (total still 98.2)", True),
    ("luoping-jiulongfalls-2019", 5, "conflicting_values",
     [("游客满意度93.6%（数据来源", "游客满意度96.3%（数据来源")],
     "游客满意度96.3%",
     "the survey result is 93.6% in the 自评表 (游客满意度 row); text now says 96.3%", False),
    ("luoping-jiulongfalls-2019", 6, "sum_mismatch",
     [("县级资金支出465.40万元", "县级资金支出456.40万元")],
     "1,265.40万元，其中省级资金支出800.00万元、县级资金支出456.40万元",
     "800.00 + 456.40 = 1256.40, stated total 1265.40 (county part retyped)", False),

    # ---------------- 巴马 2020 ----------------
    ("bama-baimodong-2020", 1, "rate_mismatch",
     [("其中当年财政拨款执行699.45万元，执行率87.43%", "其中当年财政拨款执行699.45万元，执行率82.78%")],
     "执行率82.78%",
     "当年财政拨款 699.45 / 800.00 = 87.43%; 82.78% is 699.45 / 845.00 (wrong base: full budget incl. carry-over)", False),
    ("bama-baimodong-2020", 2, "implausible_rate",
     [("实际投入150.00万元，到位率100%", "实际投入165.00万元，到位率110%")],
     "165.00万元，到位率110%",
     "self-raised funds planned 150.00, 'received' 165.00: 到位率 110% is above 100%", False),
    ("bama-baimodong-2020", 3, "average_mismatch",
     [("平均每座30.00万元", "平均每座40.00万元")],
     "平均每座40.00万元",
     "(35.00 + 35.00 + 25.00 + 25.00) / 4 = 30.00; 40.00 is 120.00 / 3", False),
    ("bama-baimodong-2020", 4, "weight_sum_mismatch",
     [("| 96.00% | 5 | 4.8 |", "| 96.00% | 10 | 4.8 |")],
     "10 | 4.8 | 施工期临时接待条件不足 |\n| 满意度指标 | 服务对象满意度 | 沿线村民满意度 | ≥90% | 88.2% | 98.00% | 5 | 4.9 | 步道施工占道 |\n| 合计 | | | | | | 100",
     "游客满意度 满分 typed as the default 10: weights now total 105, table says 100",False),
    ("bama-baimodong-2020", 5, "grade_mismatch",
     [("综合评价等级为“良”", "综合评价等级为“优”")],
     "评价等级为“优”",
     "total 89.1 lies in the 良 band (80 <= s < 90)", False),
    ("bama-baimodong-2020", 6, "year_mismatch",
     [("截至2020年12月31日，项目支出744.45万元", "截至2019年12月31日，项目支出744.45万元")],
     "截至2019年12月31日",
     "spending of the 2020 budget reported as at 31 Dec 2019 (last year's template left in)", False),

    # ---------------- 临高 2022 ----------------
    ("lingao-lingaojiao-2022", 1, "sum_mismatch",
     [("| 县级配套资金 | 380.00 | 380.00 | 300.00 |", "| 县级配套资金 | 380.00 | 380.00 | 350.00 |")],
     "1500.00 | 1432.76 | 90.68% |\n| 其中：中央预算内投资 | 500.00 | 500.00 | 500.00 | 500.00 | 100.00% |\n| 省级旅游发展专项资金 | 700.00 | 700.00 | 700.00 | 686.40 | 98.06% |\n| 县级配套资金 | 380.00 | 380.00 | 350.00",
     "实际到位数 column: 500.00 + 700.00 + 350.00 = 1550.00, total row says 1500.00", False),
    ("lingao-lingaojiao-2022", 2, "average_mismatch",
     [("平均每处92.00万元", "平均每处96.00万元")],
     "平均每处96.00万元",
     "(120.00 + 84.00 + 72.00) / 3 = 92.00; 96.00 is the mean of two platforms only", False),
    ("lingao-lingaojiao-2022", 3, "conflicting_values",
     [("带动周边群众就业126人（数据来源", "带动周边群众就业162人（数据来源")],
     "就业162人",
     "the 自评表 gives 126人 for the same indicator (digits transposed in the text)", False),
    ("lingao-lingaojiao-2022", 4, "rate_mismatch",
     [("到位率94.94%", "到位率95.94%")],
     "到位率95.94%",
     "1500.00 / 1580.00 = 94.94%", False),
    ("lingao-lingaojiao-2022", 5, "score_sum_mismatch",
     [("| 0.31亿元 | 5 | 4.4 |", "| 0.31亿元 | 5 | 4.9 |")],
     "4.9 | 疫情影响客源 |\n| 效益指标 | 社会效益 | 带动周边群众就业 | ≥ | 120人 | 126人 | 5 | 5.0 | — |\n| 效益指标 | 生态效益 | 景区绿化覆盖率 | ≥ | 45% | 47.2% | 5 | 5.0 | — |\n| 效益指标 | 可持续影响 | 4A级景观质量评审 | 定性 | 通过评审 | 评审推迟至2023年 | 5 | 3.0 | 部分达成 |\n| 满意度指标 | 服务对象满意度 | 游客满意度 | ≥ | 90% | 92.4% | 10 | 10.0 | — |\n| 合计 | | | | | | 100 | 93.3",
     "景区经营收入 score raised to 4.9 without updating the total: rows now sum to 93.8, stated 93.3",False),
    ("lingao-lingaojiao-2022", 6, "unit_mismatch",
     [("旅游总收入16.87亿元", "旅游总收入16.87万元")],
     "16.87万元",
     "county tourism revenue 16.87亿元 (1,001.66元 x 168.42万人次; -9.59% on 18.66亿元) written as 万元: off by 10^4", False),

    # ---------------- 东兴 2023 ----------------
    ("dongxing-jingdao-2023", 1, "completion_mismatch",
     [("| 86.4% | 90.95% |", "| 86.4% | 109.95% |")],
     "86.4% | 109.95%",
     "游客满意度 ≥95%, actual 86.4%: completion 86.4/95 = 90.95%; 109.95% is the inverted ratio 95/86.4", False),
    ("dongxing-jingdao-2023", 2, "grade_mismatch",
     [("评价等级为“优”", "评价等级为“良”")],
     "评价等级为“良”",
     "total 90.0 is 优 (lower bound 90 inclusive)", False),
    ("dongxing-jingdao-2023", 3, "implausible_rate",
     [("116.40万元，结算率97.00%", "126.60万元，结算率105.50%")],
     "126.60万元，结算率105.50%",
     "toilets settled at 126.60 against an investment of 120.00: rate 105.50% above 100%", False),
    ("dongxing-jingdao-2023", 4, "balance_mismatch",
     [("结余资金42.64万元", "结余资金46.24万元")],
     "46.24万元",
     "balance = 到位 1060.00 - 支出 1017.36 = 42.64", False),
    ("dongxing-jingdao-2023", 5, "weight_sum_mismatch",
     [("| 60.00% | 6 | 3.6 |", "| 60.00% | 8 | 3.6 |")],
     "8 | 3.6 | 演艺团队5月组建 |\n| 效益指标 | 可持续影响 | 夜间游览项目 | 开放运营 | 完成首期亮化，未开放 | — | 6 | 3.6 | 部分达成 |\n| 满意度指标 | 服务对象满意度 | 游客满意度 | ≥95% | 86.4% | 90.95% | 10 | 9.1 | 旺季停车难、排队时间长 |\n| 合计 | | | | | | 100",
     "京族文化演艺场次 满分 6 -> 8: weights now total 102 (效益 42 against the stated 40)",False),
    ("dongxing-jingdao-2023", 6, "unit_mismatch",
     [("单方造价900元/平方米", "单方造价900万元/平方米")],
     "900万元/平方米",
     "315.00万元 / 3,500平方米 = 900元/平方米; written as 万元 (off by 10^4)", False),

    # ---------------- 建水 2025 ----------------
    ("jianshui-tuanshan-2025", 1, "completion_mismatch",
     [("| 8栋 | 66.67% |", "| 8栋 | 75.00% |")],
     "8栋 | 75.00%",
     "修缮传统民居 ≥12栋, actual 8栋: completion 66.67% (75.00% is 9/12, an earlier figure left in)", False),
    ("jianshui-tuanshan-2025", 2, "rate_mismatch",
     [("| 1275.76 | — | 75.04% |", "| 1275.76 | — | 68.96% |")],
     "68.96%",
     "当年财政拨款 1275.76 / 全年预算 1700.00 = 75.04%; 68.96% is on the 年初预算 1850.00 (wrong base)", False),
    ("jianshui-tuanshan-2025", 3, "sum_mismatch",
     [("(5)标识导览及智慧票务系统：投资额105.00万元。", "(5)标识导览及智慧票务系统：投资额150.00万元。")],
     "150.00万元。\n以上五项投资额合计1,700.00万元",
     "540 + 480 + 425 + 150 + 150 = 1745.00, stated 1700.00 (105 typed as 150)", False),
    ("jianshui-tuanshan-2025", 4, "score_sum_mismatch",
     [("| 97.06% | 4 | 3.9 |", "| 97.06% | 4 | 3.4 |")],
     "3.4 | 施工期间出行不便 |\n| 合计 | | | | | | 100 | 88.3",
     "团山村民满意度 lowered to 3.4 without the total: rows now sum to 87.8, stated 88.3",False),
    ("jianshui-tuanshan-2025", 5, "score_exceeds_weight",
     [("| 8.5公里 | 100.00% | 8 | 8.0 | — |\n| 产出指标 | 数量指标 | 新建旅游厕所 | 5座 | 5座 | 100.00% | 6 | 6.0 |",
       "| 8.5公里 | 100.00% | 8 | 6.0 | — |\n| 产出指标 | 数量指标 | 新建旅游厕所 | 5座 | 5座 | 100.00% | 6 | 8.0 |")],
     "5座 | 5座 | 100.00% | 6 | 8.0",
     "scores of two adjacent rows swapped: 新建旅游厕所 scores 8.0 against 满分 6 (total still 88.3)", True),
    ("jianshui-tuanshan-2025", 6, "conflicting_values",
     [("游客中心主体工程1,500平方米完工", "游客中心主体工程1,050平方米完工")],
     "1,050平方米",
     "the visitor centre is 1,500平方米 in the project list and in the 自评表", False),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, repl):
    text = clean
    for old, new in repl:
        n = clean.count(old)
        if n != 1:
            raise SystemExit("edit anchor occurs %d times in clean: %r" % (n, old))
        text = text.replace(old, new, 1)
    return text


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = pid + "-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, repl, value, expl, rows) in EDITS:
            if p != pid:
                continue
            name = "%s-e%d.txt" % (pid, n)
            text = apply(clean, repl)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
