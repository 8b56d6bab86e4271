#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of set n192 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run from anywhere: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "pengyang-jiuyebuzhu-2021",
    "tunchang-jinengpeixun-2023",
    "rugao-jumin-yanglao-2019",
    "haidian-rencaiyinjin-2024",
    "ledu-laodongjiancha-2022",
]

# (source, suffix, code, where, old, new, value, explanation)
EDITS = [
    # ---- 彭阳县 就业补助资金 2021 (Ningxia) ----
    ("pengyang-jiuyebuzhu-2021", "e1", "completion_mismatch", "table",
     "2318人次｜92.72%", "2318人次｜97.22%",
     "2318人次｜97.22%",
     "职业技能培训人次: actual 2318 / target 2500 = 92.72%, the 完成率 cell says 97.22%"),
    ("pengyang-jiuyebuzhu-2021", "e2", "score_sum_mismatch", "table",
     "57.3%｜95.50%｜10｜9.55", "57.3%｜95.50%｜10｜9.85",
     "95.50%｜10｜9.85",
     "row 培训后就业率 now scores 9.85, so the row scores add up to 98.70 while the 合计 row and the text state 98.40"),
    ("pengyang-jiuyebuzhu-2021", "e3", "average_mismatch", "table",
     "≤2000元｜1348.58元", "≤2000元｜1384.58元",
     "1384.58元",
     "人次均补贴 = 职业培训补贴312.60万元 / 2318人次 = 1348.58元, the table says 1384.58元"),
    ("pengyang-jiuyebuzhu-2021", "e4", "balance_mismatch", "prose",
     "年末结余44.12万元", "年末结余44.21万元",
     "结余44.21万元",
     "全年预算1046.50 − 执行1002.38 = 44.12万元 (central funds 806.50 − 762.38 = 44.12), text says 44.21"),
    ("pengyang-jiuyebuzhu-2021", "e5", "sum_mismatch", "prose",
     "公益性岗位补贴285.18万元", "公益性岗位补贴258.18万元",
     "公益性岗位补贴258.18万元",
     "312.60 + 268.40 + 258.18 + 96.20 + 40.00 = 975.38, not the 1002.38万元 executed"),
    ("pengyang-jiuyebuzhu-2021", "e6", "year_mismatch", "prose",
     "截至2021年12月31日，全年执行", "截至2020年12月31日，全年执行",
     "截至2020年12月31日",
     "the 2021 execution figure is dated at the end of 2020; the evaluation year is 2021"),

    # ---- 屯昌县 职业技能提升培训补贴 2023 (Hainan) ----
    ("tunchang-jinengpeixun-2023", "e1", "rate_mismatch", "table",
     "462.35｜—｜92.47%", "462.35｜—｜94.27%",
     "462.35｜—｜94.27%",
     "当年财政拨款 row: 462.35 / 500.00 = 92.47%, stated 94.27%"),
    ("tunchang-jinengpeixun-2023", "e2", "weight_sum_mismatch", "table",
     "61.8%｜15｜14.26", "61.8%｜16｜14.26",
     "61.8%｜16｜14.26",
     "weights now total 101: 执行 10 + 产出 50 + 效益 16 + 15 + 满意度 10, while the 总分 row says 100"),
    ("tunchang-jinengpeixun-2023", "e3", "unit_mismatch", "table",
     "≤30个工作日｜22个工作日", "≤30个工作日｜100%",
     "≤30个工作日｜100%",
     "target in 工作日, actual given as a percentage: completion cannot be computed"),
    ("tunchang-jinengpeixun-2023", "e4", "score_exceeds_weight", "table",
     "22个工作日｜5｜5｜—\n产出指标｜成本指标｜人均培训补贴｜≤1500元｜1282.23元｜10｜10",
     "22个工作日｜5｜6｜—\n产出指标｜成本指标｜人均培训补贴｜≤1500元｜1282.23元｜10｜9",
     "22个工作日｜5｜6",
     "时效 row scores 6 with weight 5 (the next row lowered to 9, so the total still reads 98.61)"),
    ("tunchang-jinengpeixun-2023", "e5", "conflicting_values", "prose",
     "通过培训新增高技能人才327人", "通过培训新增高技能人才372人",
     "新增高技能人才372人",
     "the text says 372 new high-skill workers, the 自评表 says 327"),
    ("tunchang-jinengpeixun-2023", "e6", "implausible_rate", "table",
     "≥90%｜95.2%", "≥90%｜105.2%",
     "105.2%",
     "satisfaction rate above 100%"),

    # ---- 如皋市 城乡居民养老保险经办 2019 (Jiangsu, prose only) ----
    ("rugao-jumin-yanglao-2019", "e1", "rate_mismatch", "prose",
     "预算执行率95.20%", "预算执行率95.02%",
     "预算执行率95.02%",
     "171.36 / 180.00 = 95.20%, stated 95.02%"),
    ("rugao-jumin-yanglao-2019", "e2", "grade_mismatch", "prose",
     "等级为优秀", "等级为良好",
     "等级为良好",
     "total 98.11 is in the 优 band (≥ 90), not 良"),
    ("rugao-jumin-yanglao-2019", "e3", "average_mismatch", "prose",
     "平均差错率0.52%", "平均差错率0.54%",
     "平均差错率0.54%",
     "(0.62 + 0.48 + 0.55 + 0.43) / 4 = 0.52%, stated 0.54%"),
    ("rugao-jumin-yanglao-2019", "e4", "unit_mismatch", "prose",
     "信息系统运维费384,000.00元", "信息系统运维费384,000.00万元",
     "384,000.00万元",
     "a 元 amount labelled 万元 (off by 10^4): the four items then no longer add up to 171.36万元; 38.40万元 reconciles it"),
    ("rugao-jumin-yanglao-2019", "e5", "year_mismatch", "prose",
     "2019年度城乡居民基本养老保险经办服务经费年初预算", "2018年度城乡居民基本养老保险经办服务经费年初预算",
     "2018年度城乡居民基本养老保险经办服务经费年初预算",
     "the budget of the evaluated project is given as the 2018 budget in a 2019 report"),
    ("rugao-jumin-yanglao-2019", "e6", "conflicting_values", "prose",
     "为143,860名领取待遇人员", "为143,680名领取待遇人员",
     "143,680名",
     "领取待遇人数 is 143,860人 in section 一 and 143,680 in section 三"),

    # ---- 海淀区 重点产业人才引进补贴 2024 (Beijing) ----
    ("haidian-rencaiyinjin-2024", "e1", "balance_mismatch", "prose",
     "年末结余287.60万元", "年末结余278.60万元",
     "结余278.60万元",
     "2160.00 − 1872.40 = 287.60万元, stated 278.60"),
    ("haidian-rencaiyinjin-2024", "e2", "completion_mismatch", "prose",
     "完成年度目标的70%", "完成年度目标的76%",
     "完成年度目标的76%",
     "84人 / 120人 = 70%, stated 76%"),
    ("haidian-rencaiyinjin-2024", "e3", "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀",
     "评价等级为优秀",
     "total 89.24 is in the 良 band (80 ≤ s < 90)"),
    ("haidian-rencaiyinjin-2024", "e4", "weight_sum_mismatch", "table",
     "454人｜10｜10", "454人｜15｜10",
     "454人｜15｜10",
     "weights now total 105 (产出 rows 55), the 合计 row says 100"),
    ("haidian-rencaiyinjin-2024", "e5", "score_exceeds_weight", "table",
     "92.5%｜10｜10｜—\n效益指标｜经济效益指标｜引进人才参与区级以上重点研发项目数｜≥80项｜47项｜10｜5.88",
     "92.5%｜10｜11｜—\n效益指标｜经济效益指标｜引进人才参与区级以上重点研发项目数｜≥80项｜47项｜10｜4.88",
     "92.5%｜10｜11",
     "留存率 row scores 11 with weight 10 (the next row lowered to 4.88, so the total still reads 89.24)"),
    ("haidian-rencaiyinjin-2024", "e6", "unit_mismatch", "table",
     "≥80项｜47项", "≥80项｜58.75%",
     "≥80项｜58.75%",
     "target counted in 项, actual given as a percentage (the completion rate typed into the 实际完成值 cell)"),

    # ---- 乐都区 劳动保障监察大队 部门整体 2022 (Qinghai) ----
    ("ledu-laodongjiancha-2022", "e1", "sum_mismatch", "table",
     "公用经费｜27.26｜27.26", "公用经费｜27.62｜27.26",
     "公用经费｜27.62",
     "年初预算 column: 人员经费231.20 + 公用经费27.62 = 258.82, the 基本支出 row says 258.46"),
    ("ledu-laodongjiancha-2022", "e2", "rate_mismatch", "table",
     "51.37｜95.13%", "51.37｜95.31%",
     "51.37｜95.31%",
     "项目支出 row: 51.37 / 54.00 = 95.13%, stated 95.31%"),
    ("ledu-laodongjiancha-2022", "e3", "completion_mismatch", "table",
     "1318户｜109.83%", "1318户｜109.38%",
     "1318户｜109.38%",
     "书面审查: 1318 / 1200 = 109.83%, stated 109.38%"),
    ("ledu-laodongjiancha-2022", "e4", "score_sum_mismatch", "prose",
     "效益指标得分29.64分", "效益指标得分29.46分",
     "效益指标得分29.46分",
     "9.88 + 50 + 29.46 + 9.61 = 98.95, stated total 99.13 (table 效益 rows add to 29.64)"),
    ("ledu-laodongjiancha-2022", "e5", "implausible_rate", "prose",
     "实际支出2.60万元，执行率86.67%", "实际支出3.26万元，执行率108.67%",
     "实际支出3.26万元，执行率108.67%",
     "公务用车运行维护费 3.26 spent of a 3.00 budget: execution rate over 100%"),
    ("ledu-laodongjiancha-2022", "e6", "conflicting_values", "prose",
     "全年日常巡视检查用人单位684户次", "全年日常巡视检查用人单位648户次",
     "巡视检查用人单位648户次",
     "the text says 648户次 inspections, the 自评表 says 684户次"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src}-{suffix}: old text matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
