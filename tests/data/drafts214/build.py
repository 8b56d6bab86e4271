#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts214 from the clean drafts.

Each project has a hand-written clean draft in cases/<id>-clean.txt. EDITS lists, per project, six
injected errors: an exact old -> new replacement (old must occur exactly once in the clean draft),
the error code, the label value (a short substring of the error case holding the changed figure)
and an explanation. Running this script rewrites cases/<id>-e1.txt ... -e6.txt and labels.jsonl.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "tongde-religfire-2023",
    "qingtian-qiaolian-2021",
    "shishi-duitai-2024",
    "xingbin-guiqiao-2020",
    "jianghua-minzutuanjie-2019",
]

# (old, new, code, value, explanation, where)
EDITS = {
    "tongde-religfire-2023": [
        ("县级配套资金｜40.00｜55.00｜48.52｜88.22%",
         "县级配套资金｜40.00｜55.00｜48.52｜82.22%",
         "rate_mismatch", "48.52｜82.22%",
         "county row of the funds table: 48.52 / 55.00 = 88.22%, stated 82.22% (digits slipped)", "table"),
        ("项目结余6.48万元",
         "项目结余6.84万元",
         "balance_mismatch", "项目结余6.84万元",
         "135.00 (all received) - 128.52 spent = 6.48, stated 6.84 (digits swapped)", "prose"),
        ("平均每期82人",
         "平均每期86人",
         "average_mismatch", "平均每期86人",
         "(96 + 88 + 79 + 75 + 72) / 5 = 82, stated 86", "prose"),
        ("2023年全县42处宗教活动场所",
         "2023年全县45处宗教活动场所",
         "conflicting_values", "全县45处宗教活动场所",
         "the county has 42 registered sites (35 + 4 + 3) in 项目概况; the benefits paragraph says 45", "prose"),
        ("｜10｜9.17｜1处寺院选址涉及林地，未能开工\n产出指标｜质量指标｜改造工程验收合格率｜100%｜100%｜10｜10｜",
         "｜10｜8.17｜1处寺院选址涉及林地，未能开工\n产出指标｜质量指标｜改造工程验收合格率｜100%｜100%｜10｜11｜",
         "score_exceeds_weight", "改造工程验收合格率｜100%｜100%｜10｜11",
         "acceptance-rate row scores 11 against a weight of 10 (the micro fire station row was lowered "
         "from 9.17 to 8.17, so the total still reads 98.69)", "table"),
        ("93.5%｜10｜10｜—\n合计",
         "93.5%｜15｜10｜—\n合计",
         "weight_sum_mismatch", "93.5%｜15｜10｜—\n合计｜｜｜｜｜100",
         "satisfaction weight typed as 15: weights now add to 105 while the 合计 row says 100", "table"),
    ],
    "qingtian-qiaolian-2021": [
        ("海外联谊活动经费｜20.00｜28.25",
         "海外联谊活动经费｜22.00｜28.25",
         "sum_mismatch", "海外联谊活动经费｜22.00",
         "年初预算 column of the project table: 55.00 + 36.00 + 22.00 + 19.80 = 132.80, 合计 says 130.80", "table"),
        ("上年结转资金｜0.00｜0.00｜0.00｜—",
         "上年结转资金｜0.00｜0.00｜0.00｜100.00%",
         "implausible_rate", "上年结转资金｜0.00｜0.00｜0.00｜100.00%",
         "execution rate 100.00% printed on a zero budget (上年结转 0.00): rate undefined", "table"),
        ("5场｜83.33%",
         "5场｜88.33%",
         "completion_mismatch", "≥6场｜5场｜88.33%",
         "5 of at least 6 events = 83.33%, stated 88.33%", "table"),
        ("98.13分，评价等级为“优”",
         "98.13分，评价等级为“良”",
         "grade_mismatch", "98.13分，评价等级为“良”",
         "98.13 lies in the 优 band (>= 90); 良 copied from last year's sentence", "prose"),
        ("新联系海外侨团7个",
         "新联系海外侨团9个",
         "conflicting_values", "新联系海外侨团9个",
         "the self-evaluation table gives 新联系海外侨团 actual 7个 (completion 140.00%)", "prose"),
        ("截至2021年12月31日，全年支出",
         "截至2020年12月31日，全年支出",
         "year_mismatch", "截至2020年12月31日",
         "2021 department report states its year's spending as at 31 Dec 2020", "prose"),
    ],
    "shishi-duitai-2024": [
        ("结余｜3.23",
         "结余｜3.32",
         "balance_mismatch", "结余｜3.32",
         "到位 95.00 - 支出 91.77 = 3.23, the funds table says 3.32", "table"),
        ("≥1500人次｜1862人次",
         "≥1500人次｜1826人次",
         "conflicting_values", "1826人次",
         "text: 全年接待来访台胞1862人次 (1420 + 442); the table row says 1826人次", "table"),
        ("≥80家｜80家",
         "≥80家｜100%",
         "unit_mismatch", "≥80家｜100%",
         "target counted in 家, actual given as a percentage", "table"),
        ("总分｜｜｜｜｜100｜98.66",
         "总分｜｜｜｜｜100｜96.86",
         "score_sum_mismatch", "100｜96.86",
         "9.66 + 50 + 29 + 10 = 98.66, the 总分 row says 96.86", "table"),
        ("平均每期120人",
         "平均每期125人",
         "average_mismatch", "平均每期125人",
         "(135 + 118 + 107) / 3 = 120, stated 125", "prose"),
        ("年度：2024年",
         "年度：2023年",
         "year_mismatch", "年度：2023年",
         "the 2024 report's self-evaluation table is headed 年度：2023年", "table"),
    ],
    "xingbin-guiqiao-2020": [
        ("预算执行率95.00%",
         "预算执行率96.50%",
         "rate_mismatch", "预算执行率96.50%",
         "62.70 / 66.00 = 95.00%, stated 96.50%", "prose"),
        ("效益指标30分、满意度指标10分设置权重，合计100分",
         "效益指标35分、满意度指标10分设置权重，合计100分",
         "weight_sum_mismatch", "效益指标35分、满意度指标10分设置权重，合计100分",
         "10 + 50 + 35 + 10 = 105 although stated 合计100分; the benefit indicators carry 15 + 15 = 30", "prose"),
        ("实际480户，完成率106.67%",
         "实际480户，完成率107.67%",
         "completion_mismatch", "完成率107.67%",
         "480 / 450 = 106.67%, stated 107.67%", "prose"),
        ("大病医疗救助14.40万元",
         "大病医疗救助144000万元",
         "unit_mismatch", "144000万元",
         "36 x 4000元 = 144000元 = 14.40万元: a 元 figure labelled 万元 (off by 10^4); with 14.40 the parts add to 62.70", "prose"),
        ("帮扶对象满意度为96.40%",
         "帮扶对象满意度为106.40%",
         "implausible_rate", "满意度为106.40%",
         "a satisfaction rate above 100%", "prose"),
        ("自评总分98.50分",
         "自评总分98.05分",
         "score_sum_mismatch", "自评总分98.05分",
         "9.50 + 49 + 30 + 10 = 98.50, stated 98.05", "prose"),
    ],
    "jianghua-minzutuanjie-2019": [
        ("评价等级为良好",
         "评价等级为优秀",
         "grade_mismatch", "评价等级为优秀",
         "89.71 < 90 is in the 良 band", "prose"),
        ("县级配套资金60.00万元",
         "县级配套资金50.00万元",
         "sum_mismatch", "县级配套资金50.00万元",
         "省级 90.00 + 县级 50.00 = 140.00, 全年预算 150.00", "prose"),
        ("26场次｜10｜10｜宣传月期间进学校、进社区活动增加\n产出指标｜数量指标｜少数民族特色村寨建设｜≥4个｜2个｜10｜5",
         "26场次｜10｜12｜宣传月期间进学校、进社区活动增加\n产出指标｜数量指标｜少数民族特色村寨建设｜≥4个｜2个｜10｜3",
         "score_exceeds_weight", "26场次｜10｜12",
         "publicity row scores 12 against a weight of 10 (the village row was lowered from 5 to 3, "
         "so the total still reads 89.71)", "table"),
        ("示范单位验收合格率｜100%｜100%",
         "示范单位验收合格率｜100%｜12个",
         "unit_mismatch", "100%｜12个",
         "target is a rate (100%), actual written as a count (12个)", "table"),
        ("完成率50.00%",
         "完成率66.67%",
         "completion_mismatch", "特色村寨建设完成2个，完成率66.67%",
         "2 of 4 villages = 50.00%, stated 66.67%", "prose"),
        ("结转2020年继续使用",
         "结转2019年继续使用",
         "year_mismatch", "结转2019年",
         "unspent 2019 money is carried over into 2019 itself", "prose"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = EDITS[pid]
        assert len(edits) == 6, pid
        for k, (old, new, code, value, expl, _where) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid} e{k}: old text occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid} e{k}: value not in the error case: {value!r}")
            name = f"{pid}-e{k}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
