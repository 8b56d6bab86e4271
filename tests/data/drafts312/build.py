#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each made by ONE exact
old -> new replacement (the old string must occur exactly once in the clean draft).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zj-anji-hunyindengji-2022",
    "ha-luoyang-shouyang-2018",
    "jx-nanfeng-hunsugaige-2021",
    "sd-shouguang-hunyinfudao-2023",
    "gs-ganzhou-hunyindengji-2024",
]

# shared: why the changed token may legitimately occur elsewhere in the clean draft (a small weight cell or a
# year number whose other occurrences are different quantities); conflicting_values is meant to repeat.
EDITS = [
    # ---- zj-anji-hunyindengji-2022 (full-width bar table) ----
    dict(src="zj-anji-hunyindengji-2022", n=1, code="completion_mismatch", where="table",
         old="436平方米｜103.81%", new="436平方米｜108.31%", value="436平方米｜108.31%",
         what="改造面积 完成率 103.81% -> 108.31%",
         explanation="436 / 420 = 103.81%, stated 108.31%"),
    dict(src="zj-anji-hunyindengji-2022", n=2, code="weight_sum_mismatch", where="table",
         old="2022年9月22日｜100%｜5｜5", new="2022年9月22日｜100%｜6｜5", value="2022年9月22日｜100%｜6｜5",
         what="完工时间 分值 5 -> 6",
         explanation="weights now total 101 (产出 rows 51, text says 产出指标50分)",
         shared="weight cell 5 also used by other rows (different indicators)"),
    dict(src="zj-anji-hunyindengji-2022", n=3, code="score_exceeds_weight", where="table",
         old="评定得分92.5分", new="评定得分102.5分", value="评定得分102.5分（满分100分）",
         what="等级评定得分 92.5 -> 102.5 (满分100分)",
         explanation="the evaluation score 102.5 is above its stated maximum of 100"),
    dict(src="zj-anji-hunyindengji-2022", n=4, code="rate_mismatch", where="prose",
         old="支出39.74万元，执行率93.51%", new="支出39.74万元，执行率95.31%", value="执行率95.31%",
         what="颁证厅及设备 执行率 93.51% -> 95.31%",
         explanation="39.74 / 42.50 = 93.51%, stated 95.31%"),
    dict(src="zj-anji-hunyindengji-2022", n=5, code="year_mismatch", where="prose",
         old="结转至2023年", new="结转至2022年", value="结转至2022年",
         what="结转至2023年 -> 结转至2022年",
         explanation="unspent money of the 2022 budget cannot be carried over to 2022 itself",
         shared="year number; 2023 also dates the report (2023年2月20日)"),
    dict(src="zj-anji-hunyindengji-2022", n=6, code="average_mismatch", where="prose",
         old="平均97.77%", new="平均97.47%", value="平均97.47%",
         what="三个场景满意度平均 97.77% -> 97.47%",
         explanation="(98.6 + 97.9 + 96.8) / 3 = 97.77%, stated 97.47%"),
    # ---- ha-luoyang-shouyang-2018 (tab-separated table) ----
    dict(src="ha-luoyang-shouyang-2018", n=1, code="completion_mismatch", where="table",
         old="68户次\t113.33%", new="68户次\t118.33%", value="68户次\t118.33%",
         what="收养家庭回访 完成率 113.33% -> 118.33%",
         explanation="68 / 60 = 113.33%, stated 118.33%"),
    dict(src="ha-luoyang-shouyang-2018", n=2, code="score_sum_mismatch", where="table",
         old="91.67%\t15\t13.75", new="91.67%\t15\t14.25", value="15\t14.25",
         what="被收养人数 得分 13.75 -> 14.25",
         explanation="row scores now add to 95.09 (效益 29.25) while the table and text say 94.59 (效益 28.75)"),
    dict(src="ha-luoyang-shouyang-2018", n=3, code="unit_mismatch", where="table",
         old="≥1200卷\t1236卷", new="≥1200卷\t103%", value="≥1200卷\t103%",
         what="档案数字化 实际完成值 1236卷 -> 103%",
         explanation="target counted in 卷, actual given as a percentage: completion cannot be computed"),
    dict(src="ha-luoyang-shouyang-2018", n=4, code="balance_mismatch", where="prose",
         old="项目结余5.32万元", new="项目结余5.23万元", value="结余5.23万元",
         what="结余 5.32 -> 5.23",
         explanation="46.00 - 40.68 = 5.32, stated 5.23"),
    dict(src="ha-luoyang-shouyang-2018", n=5, code="conflicting_values", where="prose",
         old="全年共对32户", new="全年共对36户", value="共对36户",
         what="评估户数（正文）32户 -> 36户",
         explanation="the table gives 32户 assessed (and 20.80万元 / 6,500元 = 32), the text now 36户"),
    dict(src="ha-luoyang-shouyang-2018", n=6, code="grade_mismatch", where="prose",
         old="评价等级为优秀", new="评价等级为良好", value="评价等级为良好",
         what="等级 优秀 -> 良好",
         explanation="total 94.59 is in the 优 band (>= 90)"),
    # ---- jx-nanfeng-hunsugaige-2021 (PDF, runs of spaces) ----
    dict(src="jx-nanfeng-hunsugaige-2021", n=1, code="sum_mismatch", where="table",
         old="70.00       64.85", new="70.00       64.58", value="64.58",
         what="当年财政拨款 全年执行数 64.85 -> 64.58",
         explanation="execution column: 64.58 + 7.50 + 0.00 = 72.08, 年度资金总额 says 72.35"),
    dict(src="jx-nanfeng-hunsugaige-2021", n=2, code="implausible_rate", where="table",
         old="其他资金        0.00        0.00        0.00        —     —",
         new="其他资金        0.00        0.00        0.00        —     100%", value="—     100%",
         what="其他资金 执行率 — -> 100%",
         explanation="a 100% execution rate on a 0.00 budget (zero base)"),
    dict(src="jx-nanfeng-hunsugaige-2021", n=3, code="weight_sum_mismatch", where="table",
         old="34场            5     5", new="34场            8     5", value="34场            8",
         what="文艺巡演 分值 5 -> 8",
         explanation="weights now total 103",
         shared="weight cell 5 also used by other rows (different indicators)"),
    dict(src="jx-nanfeng-hunsugaige-2021", n=4, code="score_exceeds_weight", where="table",
         old="琴城镇          100         96", new="琴城镇          100         106", value="100         106",
         what="琴城镇 考核得分 96 -> 106 (满分100)",
         explanation="score 106 above the stated maximum 100"),
    dict(src="jx-nanfeng-hunsugaige-2021", n=5, code="rate_mismatch", where="prose",
         old="全年支出20.75万元，执行率96.06%", new="全年支出20.75万元，执行率96.60%", value="执行率96.60%",
         what="宣传教育 执行率 96.06% -> 96.60%",
         explanation="20.75 / 21.60 = 96.06%, stated 96.60%"),
    dict(src="jx-nanfeng-hunsugaige-2021", n=6, code="unit_mismatch", where="prose",
         old="宣传品制作费3.60万元", new="宣传品制作费36000万元", value="宣传品制作费36000万元",
         what="宣传品制作费 3.60万元 -> 36000万元",
         explanation="36000 is the amount in 元 (3.60万元) labelled 万元: 36000 + 8.00 + 10.00 != 21.60, reconciled by /10^4"),
    # ---- sd-shouguang-hunyinfudao-2023 (prose only) ----
    dict(src="sd-shouguang-hunyinfudao-2023", n=1, code="balance_mismatch", where="prose",
         old="结余2.64万元", new="结余2.46万元", value="结余2.46万元",
         what="结余 2.64 -> 2.46",
         explanation="到位 60.00 - 支出 57.36 = 2.64, stated 2.46"),
    dict(src="sd-shouguang-hunyinfudao-2023", n=2, code="score_sum_mismatch", where="prose",
         old="项目自评总分90.00分", new="项目自评总分90.60分", value="自评总分90.60分",
         what="总分 90.00 -> 90.60",
         explanation="9.56 + 43.44 + 27 + 10 = 90.00, stated 90.60"),
    dict(src="sd-shouguang-hunyinfudao-2023", n=3, code="grade_mismatch", where="prose",
         old="评价等级为“优”", new="评价等级为“良”", value="评价等级为“良”",
         what="等级 优 -> 良 (total exactly 90.00)",
         explanation="90.00 is in the 优 band (90 inclusive), stated 良"),
    dict(src="sd-shouguang-hunyinfudao-2023", n=4, code="average_mismatch", where="prose",
         old="场均57.5人次", new="场均59.5人次", value="场均59.5人次",
         what="讲堂场均人次 57.5 -> 59.5",
         explanation="1,495 / 26 = 57.5, stated 59.5"),
    dict(src="sd-shouguang-hunyinfudao-2023", n=5, code="implausible_rate", where="prose",
         old="服务对象满意度为96.3%", new="服务对象满意度为106.3%", value="服务对象满意度为106.3%",
         what="满意度 96.3% -> 106.3%",
         explanation="a satisfaction rate above 100%"),
    dict(src="sd-shouguang-hunyinfudao-2023", n=6, code="year_mismatch", where="prose",
         old="截至2023年12月31日", new="截至2022年12月31日", value="截至2022年12月31日",
         what="截至2023年12月31日 -> 截至2022年12月31日",
         explanation="the 2023 spending is reported as of the end of 2022",
         shared="year number; 2023 is also the evaluation year in the title and other dates"),
    # ---- gs-ganzhou-hunyindengji-2024 (Markdown pipe table, department report) ----
    dict(src="gs-ganzhou-hunyindengji-2024", n=1, code="sum_mismatch", where="table",
         old="| 其中：婚姻登记档案数字化 | 32.00 |", new="| 其中：婚姻登记档案数字化 | 23.00 |",
         value="婚姻登记档案数字化 | 23.00",
         what="档案数字化 年初预算数 32.00 -> 23.00",
         explanation="项目支出 年初 44.00 != 23.00 + 12.00; also 38.50 - 23.00 != the 6.50 added in the year"),
    dict(src="gs-ganzhou-hunyindengji-2024", n=2, code="unit_mismatch", where="table",
         old="| 基本支出 | 142.40 |", new="| 基本支出 | 1424000.00 |", value="1424000.00",
         what="基本支出 年初预算数 142.40 -> 1424000.00",
         explanation="the 元 amount written in a 万元 table: 合计 186.40 and 128.60 + 13.80 reconcile only after /10^4"),
    dict(src="gs-ganzhou-hunyindengji-2024", n=3, code="conflicting_values", where="table",
         old="| 18分钟 | 100% |", new="| 15分钟 | 100% |", value="15分钟",
         what="平均办理时长（表）18分钟 -> 15分钟",
         explanation="the text says the average handling time fell to 18分钟, the table now 15分钟"),
    dict(src="gs-ganzhou-hunyindengji-2024", n=4, code="completion_mismatch", where="table",
         old="51260卷 | 106.79%", new="51260卷 | 106.97%", value="51260卷 | 106.97%",
         what="档案数字化 完成率 106.79% -> 106.97%",
         explanation="51260 / 48000 = 106.79%, stated 106.97%"),
    dict(src="gs-ganzhou-hunyindengji-2024", n=5, code="grade_mismatch", where="prose",
         old="自评等级为“优”", new="自评等级为“良”", value="自评等级为“良”",
         what="等级 优 -> 良",
         explanation="total 98.20 is in the 优 band"),
    dict(src="gs-ganzhou-hunyindengji-2024", n=6, code="year_mismatch", where="prose",
         old="于2024年6月下达", new="于2023年6月下达", value="于2023年6月下达",
         what="追加资金下达时间 2024年6月 -> 2023年6月",
         explanation="a mid-year (年中) addition to the 2024 budget dated June 2023: neither the evaluation year nor an advance in the December before",
         shared="year number; 2024 is the evaluation year used throughout"),
]


def main():
    labels = []
    by_src = {}
    for e in EDITS:
        by_src.setdefault(e["src"], []).append(e)
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        edits = sorted(by_src[src], key=lambda e: e["n"])
        assert [e["n"] for e in edits] == [1, 2, 3, 4, 5, 6], src
        for e in edits:
            cnt = clean.count(e["old"])
            assert cnt == 1, f"{src}-e{e['n']}: old string occurs {cnt} times"
            text = clean.replace(e["old"], e["new"])
            assert e["value"] in text, f"{src}-e{e['n']}: value not in case"
            name = f"{src}-e{e['n']}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
