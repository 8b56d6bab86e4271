#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts494 from the clean drafts and the edit list.

Each edit replaces one exact substring (occurring once in the clean draft) by another; the
label value is an exact substring of the resulting case, occurring exactly once there.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jl-yushu-honggan-2019",
    "sc-pujiang-lengcang-2021",
    "ha-shangshui-honggan-2023",
    "js-sheyang-liangchu-bumen-2024",
    "yn-binchuan-lengcang-2025",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # A  榆树 2019
    ("jl-yushu-honggan-2019", 1, "rate_mismatch", "prose 二（二）",
     "省级资金支出57.55万元，执行率71.94%", "省级资金支出57.55万元，执行率79.14%",
     "省级资金支出57.55万元，执行率79.14%",
     "provincial spending 57.55 of the provincial batch 80.00 = 71.94%, stated 79.14%"),
    ("jl-yushu-honggan-2019", 2, "sum_mismatch", "prose 二（三）",
     "主体自筹620.95万元", "主体自筹602.95万元",
     "主体自筹602.95万元",
     "total investment 878.50 = subsidy 257.55 + own funds; 257.55 + 602.95 = 860.50 (own funds should be 620.95)"),
    ("jl-yushu-honggan-2019", 3, "average_mismatch", "prose 二（三）",
     "平均每个中心日烘干能力300吨", "平均每个中心日烘干能力320吨",
     "平均每个中心日烘干能力320吨",
     "(300 + 400 + 240 + 360 + 200) / 5 = 300吨, stated 320吨"),
    ("jl-yushu-honggan-2019", 4, "year_mismatch", "prose 二（一）",
     "截至2019年12月31日已全部到位", "截至2018年12月31日已全部到位",
     "截至2018年12月31日已全部到位",
     "a 2019 report: the receipt date must name 2019 (the second batch was only issued in July 2019)"),
    ("jl-yushu-honggan-2019", 5, "completion_mismatch", "table, 新增日烘干能力",
     "｜1500吨｜85.71%｜", "｜1500吨｜87.51%｜",
     "1500吨｜87.51%",
     "gte target 1750吨, actual 1500吨: 1500/1750 = 85.71%, stated 87.51% (score 8.57 still follows the true rate)"),
    ("jl-yushu-honggan-2019", 6, "score_sum_mismatch", "table, 可持续影响 row",
     "运行正常｜—｜10｜10｜", "运行正常｜—｜10｜9｜",
     "运行正常｜—｜10｜9｜",
     "row scores now add to 9.20 + 85.90 = 95.10 while 总分 reads 96.10 (table and text); 9 stays inside the qualitative band"),
    # B  蒲江 2021
    ("sc-pujiang-lengcang-2021", 1, "balance_mismatch", "prose 二（二）",
     "未兑付资金45.20万元", "未兑付资金42.50万元",
     "未兑付资金42.50万元",
     "650.00 - 604.80 = 45.20万元 carried over, stated 42.50"),
    ("sc-pujiang-lengcang-2021", 2, "unit_mismatch", "table, 新建冷藏保鲜设施",
     "35\t座\t32\t10\t9.14", "35\t座\t91.43%\t10\t9.14",
     "35\t座\t91.43%",
     "target 35 座 (度量单位 座) but actual written as a percentage; completion cannot be computed"),
    ("sc-pujiang-lengcang-2021", 3, "weight_sum_mismatch", "prose 一（三）",
     "绩效指标90分设置", "绩效指标85分设置",
     "绩效指标85分",
     "产出60 + 效益30 = 90 (and the table's indicator weights add to 90); 10 + 85 ≠ 100"),
    ("sc-pujiang-lengcang-2021", 4, "implausible_rate", "table, 财政专户管理资金 row",
     "财政专户管理资金\t0.00\t0.00\t0.00\t—\t—\t—", "财政专户管理资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "财政专户管理资金\t0.00\t0.00\t0.00\t—\t100%",
     "execution rate 100% printed on a zero budget (0.00), where the rate is undefined"),
    ("sc-pujiang-lengcang-2021", 5, "conflicting_values", "prose 四（二）",
     "设施建成后带动农户2150户", "设施建成后带动农户2510户",
     "带动农户2510户",
     "the table's 带动农户数 actual is 2150户; the text now says 2510户"),
    ("sc-pujiang-lengcang-2021", 6, "grade_mismatch", "prose 五（一）",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "95.44 is in the 优 band (≥ 90)"),
    # C  商水 2023
    ("ha-shangshui-honggan-2023", 1, "rate_mismatch", "funds table (7), 省级",
     "100.00\t90.50\t—", "100.00\t90.05\t—",
     "100.00\t90.05",
     "(7)=(4)/(2) for 省级: 108.60 / 120.00 = 90.50%, printed 90.05"),
    ("ha-shangshui-honggan-2023", 2, "score_exceeds_weight", "indicator table, 新增日烘干能力 / 烘干设备安装验收",
     "1120吨\t112.00%\t10\t\n\t质量指标\t烘干设备安装验收\t10\t符合规范\t符合\t—\t10\t",
     "1120吨\t112.00%\t10.5\t\n\t质量指标\t烘干设备安装验收\t10\t符合规范\t符合\t—\t9.5\t",
     "1120吨\t112.00%\t10.5",
     "score 10.5 above weight 10 (the next, qualitative row was lowered to 9.5 so the total still reads 98.55)"),
    ("ha-shangshui-honggan-2023", 3, "average_mismatch", "prose 二",
     "平均每个中心280吨", "平均每个中心290吨",
     "平均每个中心290吨",
     "(300 + 240 + 400 + 180) / 4 = 280吨, stated 290吨"),
    ("ha-shangshui-honggan-2023", 4, "completion_mismatch", "indicator table, 减少农户粮食产后损失",
     "680万元\t113.33%", "680万元\t111.33%",
     "680万元\t111.33%",
     "680 / 600 = 113.33%, stated 111.33%"),
    ("ha-shangshui-honggan-2023", 5, "unit_mismatch", "indicator table, 支持粮食产后服务中心",
     "≥4个\t4个\t100.00%", "≥4个\t100%\t100.00%",
     "≥4个\t100%",
     "target counted in 个, actual written as a percentage"),
    ("ha-shangshui-honggan-2023", 6, "year_mismatch", "indicator table header",
     "年度\t2023年度", "年度\t2022年度",
     "年度\t2022年度",
     "the 自评表 claims 2022 for a report on the 2023 budget year"),
    # D  射阳 2024 (部门整体)
    ("js-sheyang-liangchu-bumen-2024", 1, "sum_mismatch", "prose 二",
     "公用经费50.80万元", "公用经费58.00万元",
     "公用经费58.00万元",
     "基本支出392.60 = 人员经费341.80 + 公用经费; 341.80 + 58.00 = 399.80"),
    ("js-sheyang-liangchu-bumen-2024", 2, "weight_sum_mismatch", "table, 可持续影响 row",
     "粮食应急保障机制｜10｜", "粮食应急保障机制｜9｜",
     "粮食应急保障机制｜9｜健全",
     "weights now add up to 99 while 合计 reads 100 (score 7 stays inside the partly-achieved band)"),
    ("js-sheyang-liangchu-bumen-2024", 3, "grade_mismatch", "prose 六",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "94.61 is in the 优 band (≥ 90)"),
    ("js-sheyang-liangchu-bumen-2024", 4, "implausible_rate", "table, 粮食质量抽检覆盖率",
     "粮食质量抽检覆盖率｜10｜≥95%｜100%", "粮食质量抽检覆盖率｜10｜≥95%｜105%",
     "粮食质量抽检覆盖率｜10｜≥95%｜105%",
     "a coverage rate cannot exceed 100%"),
    ("js-sheyang-liangchu-bumen-2024", 5, "conflicting_values", "prose 六",
     "全年共支出1599.40万元", "全年共支出1594.90万元",
     "全年共支出1594.90万元",
     "the funds table (and the sum 392.60 + 1206.80) gives 全年执行数 1599.40万元"),
    ("js-sheyang-liangchu-bumen-2024", 6, "balance_mismatch", "prose 二",
     "年末未执行资金53.20万元", "年末未执行资金35.20万元",
     "年末未执行资金35.20万元",
     "1652.60 - 1599.40 = 53.20万元, stated 35.20"),
    # E  宾川 2025 (prose only)
    ("yn-binchuan-lengcang-2025", 1, "score_exceeds_weight", "prose 四（三）",
     "分别得10分、9分", "分别得10.5分、8.5分",
     "分别得10.5分、8.5分",
     "果品产后损耗率 scored 10.5 against a weight of 10 (管护机制 lowered to 8.5 so the level still reads 27.75)"),
    ("yn-binchuan-lengcang-2025", 2, "score_sum_mismatch", "prose 四（三） heading",
     "效益指标（分值30分，得27.75分）", "效益指标（分值30分，得27.57分）",
     "效益指标（分值30分，得27.57分）",
     "8.75 + 10 + 9 = 27.75; with 27.57 the levels also no longer add to the stated 89.57"),
    ("yn-binchuan-lengcang-2025", 3, "unit_mismatch", "prose 二",
     "第二批中央资金180.00万元", "第二批中央资金1800000万元",
     "第二批中央资金1800000万元",
     "1,800,000元 written with the unit 万元: 360.00 + 180.00 = 540.00 holds only after rescaling by 10^4"),
    ("yn-binchuan-lengcang-2025", 4, "completion_mismatch", "prose 四（二）",
     "实际34天，完成率88.24%", "实际34天，完成率82.84%",
     "实际34天，完成率82.84%",
     "lte target ≤30天 missed with 34天: 30/34 = 88.24%, stated 82.84%"),
    ("yn-binchuan-lengcang-2025", 5, "sum_mismatch", "prose 二",
     "家庭农场134.40万元", "家庭农场143.40万元",
     "家庭农场143.40万元",
     "196.20 + 143.40 + 101.40 = 441.00 ≠ 兑付 432.00"),
    ("yn-binchuan-lengcang-2025", 6, "year_mismatch", "prose 二",
     "结转至2026年", "结转至2025年",
     "未兑付的108.00万元结转至2025年",
     "money unspent in 2025 cannot be carried over to 2025 itself"),
]


def main():
    labels = []
    by_project = {p: [] for p in PROJECTS}
    for e in EDITS:
        by_project[e[0]].append(e)
    for proj in PROJECTS:
        clean_name = f"{proj}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        edits = sorted(by_project[proj], key=lambda e: e[1])
        if [e[1] for e in edits] != [1, 2, 3, 4, 5, 6]:
            sys.exit(f"{proj}: edits are not e1..e6")
        for _, n, code, where, old, new, value, expl in edits:
            if clean.count(old) != 1:
                sys.exit(f"{proj}-e{n}: old text occurs {clean.count(old)} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{proj}-e{n}: value occurs {text.count(value)} times")
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
