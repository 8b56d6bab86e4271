#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts and the edit list below.

Each edit is one exact old -> new replacement that must match exactly once in its clean draft.
`value` is the substring of the error case that carries the slip (it must occur in the error case).
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sc-dongpo-tingchechang-2022",
    "he-yunhe-chongdianzhuang-2021",
    "js-jiangyan-tingchewei-2019",
    "hn-wuling-chongdianjichu-2023",
    "sn-hantai-zhujianju-bumen-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sc-dongpo-tingchechang-2022 (Sichuan, 2022, 发展改革局, 10 + 产出60 + 效益30) ----
    ("sc-dongpo-tingchechang-2022", 1, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% printed for the 其他资金 row whose budget and spending are 0.00: a rate on a zero base"),
    ("sc-dongpo-tingchechang-2022", 2, "sum_mismatch", "prose",
     "桥楼片区停车场186个",
     "桥楼片区停车场168个",
     "桥楼片区停车场168个",
     "312 + 168 + 242 = 722, but the sentence states 合计 740个 (740 is also the table value and the basis of the cost and utilisation figures)"),
    ("sc-dongpo-tingchechang-2022", 3, "rate_mismatch", "prose",
     "区级配套资金支出654.38万元，支出率90.89%",
     "区级配套资金支出654.38万元，支出率90.98%",
     "支出率90.98%",
     "区级 budget 600 + 120 = 720; 654.38 / 720 = 90.89%, stated 90.98%"),
    ("sc-dongpo-tingchechang-2022", 4, "score_sum_mismatch", "prose",
     "项目自评得分99.25分",
     "项目自评得分99.52分",
     "自评得分99.52分",
     "9.62 + (12 + 10 + 10 + 7.89 + 10 + 10) + (10 + 10 + 9.74) = 99.25, stated 99.52 (grade 优 unchanged)"),
    ("sc-dongpo-tingchechang-2022", 5, "unit_mismatch", "table",
     "｜2022年11月30日｜—｜2022年11月25日｜",
     "｜2022年11月30日｜—｜100%｜",
     "2022年11月30日｜—｜100%",
     "项目完工时间: target is a date (≤2022年11月30日), actual given as a percentage"),
    ("sc-dongpo-tingchechang-2022", 6, "year_mismatch", "prose",
     "已结转至2023年",
     "已结转至2022年",
     "结转至2022年",
     "the unspent 65.62万元 of the 2022 budget is carried over to 2022 itself; a carry-over goes to a later year"),

    # ---- he-yunhe-chongdianzhuang-2021 (Hebei, 2021, 住房城乡建设局, 10/50/30/10, whole-number total) ----
    ("he-yunhe-chongdianzhuang-2021", 1, "score_exceeds_weight", "table",
     "91.2%          5       4.8 ",
     "91.2%          5       5.2 ",
     "91.2%          5       5.2",
     "补助资金拨付及时率: score 5.2 above its weight 5 (the row sum becomes 97.4, still consistent with the whole-number total 97分)"),
    ("he-yunhe-chongdianzhuang-2021", 2, "weight_sum_mismatch", "table",
     "≥20个          20个           5       5",
     "≥20个          20个           8       5",
     "≥20个          20个           8",
     "新建直流快充桩数量 weight 8: weights now total 103 and the 产出 rows 53 against the stated 产出指标50分"),
    ("he-yunhe-chongdianzhuang-2021", 3, "completion_mismatch", "prose",
     "完成年度目标的107.14%",
     "完成年度目标的117.14%",
     "完成年度目标的117.14%",
     "300 built against a target of 280: 300 / 280 = 107.14%, stated 117.14%"),
    ("he-yunhe-chongdianzhuang-2021", 4, "conflicting_values", "prose",
     "新建充电桩投运后年替代燃油量273.6吨",
     "新建充电桩投运后年替代燃油量237.6吨",
     "年替代燃油量237.6吨",
     "the table gives 年替代燃油量 273.6吨 (and scores it 9.12 = 10 × 273.6 / 300); the text now says 237.6吨"),
    ("he-yunhe-chongdianzhuang-2021", 5, "grade_mismatch", "prose",
     "本项目自评得分97分，自评等级为优",
     "本项目自评得分97分，自评等级为良",
     "自评等级为良",
     "total 97 is in the 优 band (90–100), stated 良"),
    ("he-yunhe-chongdianzhuang-2021", 6, "balance_mismatch", "prose",
     "结余资金27.40万元",
     "结余资金24.70万元",
     "结余资金24.70万元",
     "到位 480 − 支出 452.6 = 27.40, stated 24.70"),

    # ---- js-jiangyan-tingchewei-2019 (Jiangsu, 2019, 住房城乡建设局, tab table with 完成率) ----
    ("js-jiangyan-tingchewei-2019", 1, "score_exceeds_weight", "table",
     "99.00%\t5\t4.95",
     "99.00%\t5\t5.25",
     "99.00%\t5\t5.25",
     "地磁检测准确率: score 5.25 above its weight 5 (row sum 99.30, still consistent with the whole-number total 99分)"),
    ("js-jiangyan-tingchewei-2019", 2, "average_mismatch", "prose",
     "平均73.17%",
     "平均71.37%",
     "平均71.37%",
     "(72.4 + 65.8 + 81.3) / 3 = 73.17%, stated 71.37%"),
    ("js-jiangyan-tingchewei-2019", 3, "rate_mismatch", "table",
     "415.80\t100%\t90.39%",
     "415.80\t100%\t93.09%",
     "100%\t93.09%",
     "区级财政资金 row: 415.80 / 460.00 = 90.39%, stated 93.09%"),
    ("js-jiangyan-tingchewei-2019", 4, "completion_mismatch", "table",
     "4.6次/日\t115.00%",
     "4.6次/日\t105.00%",
     "4.6次/日\t105.00%",
     "路内泊位平均周转率: 4.6 / 4 = 115.00%, stated 105.00%"),
    ("js-jiangyan-tingchewei-2019", 5, "unit_mismatch", "prose",
     "照明及视频监控设施47.20万元",
     "照明及视频监控设施472000万元",
     "472000万元",
     "the 照明及视频监控设施 part (47.20万元 = 472000元) written with the unit 万元: off by 10^4; 412.36 + 156.24 + 47.20 = 615.80 only after rescaling"),
    ("js-jiangyan-tingchewei-2019", 6, "sum_mismatch", "table",
     "罗塘街道\t286\t214\t500",
     "罗塘街道\t286\t241\t500",
     "286\t241\t500",
     "罗塘街道 row 286 + 241 = 527 ≠ 500; 路外 column 168 + 241 + 38 = 447 ≠ 420"),

    # ---- hn-wuling-chongdianjichu-2023 (Hunan, 2023, 发展改革局, MOF 自评表) ----
    ("hn-wuling-chongdianjichu-2023", 1, "conflicting_values", "table",
     "带动社会投资｜≥3000万元｜3385万元｜",
     "带动社会投资｜≥3000万元｜3835万元｜",
     "带动社会投资｜≥3000万元｜3835万元",
     "the text (twice) gives 带动社会投资3,385万元; the table row now says 3835万元"),
    ("hn-wuling-chongdianjichu-2023", 2, "weight_sum_mismatch", "table",
     "奖补项目现场核查合格率｜100%｜100%｜10｜10｜",
     "奖补项目现场核查合格率｜100%｜100%｜15｜10｜",
     "奖补项目现场核查合格率｜100%｜100%｜15",
     "weights now total 105 (10 + 55 + 30 + 10)"),
    ("hn-wuling-chongdianjichu-2023", 3, "year_mismatch", "table",
     "项目支出绩效自评表（2023年度）",
     "项目支出绩效自评表（2022年度）",
     "项目支出绩效自评表（2022年度）",
     "the report, its title and the budget sentences are for 2023; the attached table says 2022年度"),
    ("hn-wuling-chongdianjichu-2023", 4, "grade_mismatch", "prose",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "total 97.22 is in the 优 band (90–100), stated 良"),
    ("hn-wuling-chongdianjichu-2023", 5, "balance_mismatch", "prose",
     "年末尚有38.14万元未兑付",
     "年末尚有31.84万元未兑付",
     "尚有31.84万元未兑付",
     "全年预算 536.50 − 执行 498.36 = 38.14, stated 31.84"),
    ("hn-wuling-chongdianjichu-2023", 6, "completion_mismatch", "prose",
     "完成率117.50%",
     "完成率107.50%",
     "完成率107.50%",
     "141 直流快充桩 against ≥120: 141 / 120 = 117.50%, stated 107.50%"),

    # ---- sn-hantai-zhujianju-bumen-2024 (Shaanxi, 2024, 部门整体) ----
    ("sn-hantai-zhujianju-bumen-2024", 1, "average_mismatch", "prose",
     "4个项目平均自评得分93.75分",
     "4个项目平均自评得分94.25分",
     "平均自评得分94.25分",
     "(92.5 + 95 + 91 + 96.5) / 4 = 93.75, stated 94.25"),
    ("sn-hantai-zhujianju-bumen-2024", 2, "implausible_rate", "prose",
     "停车场周边居民满意度为96.4%",
     "停车场周边居民满意度为106.4%",
     "居民满意度为106.4%",
     "a satisfaction rate above 100%"),
    ("sn-hantai-zhujianju-bumen-2024", 3, "sum_mismatch", "table",
     "290.00            253.61",
     "290.00            235.61",
     "290.00            235.61",
     "project spending 1,318.46 + 571.20 + 544.90 + 235.61 = 2,670.17, stated 合计 2,688.17"),
    ("sn-hantai-zhujianju-bumen-2024", 4, "conflicting_values", "table",
     "≥300个        326个",
     "≥300个        356个",
     "≥300个        356个",
     "the text says 全年新建充电桩326个; the indicator table now gives 356个"),
    ("sn-hantai-zhujianju-bumen-2024", 5, "score_sum_mismatch", "table",
     "548个          10      9.13",
     "548个          10      9.31",
     "548个          10      9.31",
     "row scores now add to 97.77, stated total 97.59"),
    ("sn-hantai-zhujianju-bumen-2024", 6, "rate_mismatch", "table",
     "174.21          97.98%",
     "174.21          97.89%",
     "174.21          97.89%",
     "公用经费 row: 174.21 / 177.80 = 97.98%, stated 97.89%"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            key = (s, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{s}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{s}-e{n}: value not in error case: {value!r}")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with one error)")


if __name__ == "__main__":
    main()
