#!/usr/bin/env python3
"""Write the one-error cases and labels.jsonl of drafts5 from the clean drafts.

Each SPEC entry: (project id, n, code, old, new, value, explanation).
`old` must occur exactly once in cases/<id>-clean.txt; it is replaced by `new` to give
cases/<id>-e<n>.txt. `value` is the labelled substring of the error case: either a string, or a
pair (start, end) meaning "from the first occurrence of start up to the end of the first
occurrence of end after it" (used for the long spans of sum / score-sum / weight-sum errors).
Run verify.py afterwards.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
E = "error"

SPEC = [
    # ---- 子长市 水土保持 2021 (tab table, whole-number total)
    ("zichang-soilwater-2021", 1, "rate_mismatch", "执行率95.03%", "执行率95.30%", "中央资金支出380.12万元，执行率95.30%",
     "central spending 380.12 / 400.00 = 95.03%, stated 95.30% (transposed digits)"),
    ("zichang-soilwater-2021", 2, "sum_mismatch", "监测及设计监理24.58万元", "监测及设计监理24.85万元", ("监测及设计监理24.85万元", "合计531.48万元"),
     "286.40 + 168.00 + 52.50 + 24.85 = 531.75, stated 合计 531.48 (the item should be 24.58: transposed digits)"),
    ("zichang-soilwater-2021", 3, "year_mismatch", "结转2022年继续使用", "结转2021年继续使用", "结转2021年",
     "the 2021 balance is carried over to 2021, the evaluation year itself; it can only go to 2022"),
    ("zichang-soilwater-2021", 4, "score_exceeds_weight", "93%\t10\t10\t", "93%\t10\t10.33\t", "93%\t10\t10.33",
     "score 10.33 above the weight 10 (10 x 93/90 without the cap); rows now sum to 95.35, still consistent with the whole-number total 95"),
    # ---- 会泽县 学前教育 2022 (元 with separators, Markdown)
    ("huize-preschool-2022", 1, "average_mismatch", "平均每所6,299.03元", "平均每所6,290.93元", "平均每所6,290.93元",
     "390,540.00元 / 62所 = 6,299.03元 per kindergarten, stated 6,290.93 (transposed digits)"),
    ("huize-preschool-2022", 2, "completion_mismatch", "完成率96.15%", "完成率96.51%", "完成率96.51%",
     "2500人 / 2600人 = 96.15% (the row is scored 9.62 of 10), stated 96.51%"),
    ("huize-preschool-2022", 3, "grade_mismatch", "等级为优秀", "等级为良好", "等级为良好",
     "total 98.37 is in the 优 band (>= 90)"),
    ("huize-preschool-2022", 4, "unit_mismatch", "| =38所 | 38所 |", "| =38所 | 100% |", "=38所 | 100%",
     "target in 所, actual in % (the completion typed into the 实际完成值 cell): completion cannot be computed"),
    # ---- 瑞金市 免疫规划 2023 (｜ table, ratios)
    ("ruijin-immunization-2023", 1, "balance_mismatch", "结余11.76万元", "结余11.67万元", "结余11.67万元",
     "310.50 - 298.74 = 11.76万元, stated 11.67 (transposed digits)"),
    ("ruijin-immunization-2023", 2, "weight_sum_mismatch", "｜≥24台｜24台｜5｜5｜", "｜≥24台｜24台｜6｜5｜", ("24台｜6", "｜100｜98.01"),
     "weights 10 + (15 + 6 + 10 + 10 + 5 + 5) + 30 + 10 = 101, stated 100 (产出 51 against the 50 stated in the conclusion)"),
    ("ruijin-immunization-2023", 3, "implausible_rate", "达标率100%", "达标率108%", "达标率108%",
     "a compliance (达标) rate of the vaccination clinics cannot exceed 100%"),
    ("ruijin-immunization-2023", 4, "conflicting_values", "实际完成：完成国家免疫规划疫苗接种182400剂次", "实际完成：完成国家免疫规划疫苗接种184200剂次", "接种184200剂次",
     "the goal row gives 184200 doses; the text (182400 x 8元 = 145.92万元) and the indicator row give 182400剂次"),
    # ---- 涞源县 残疾人两项补贴 2020 (one cell per line)
    ("laiyuan-disabledsubsidy-2020", 1, "score_sum_mismatch", "部分健全\n15\n10.5", "部分健全\n15\n11.5", ("部分健全\n15\n11.5", "100\n94.97"),
     "row scores 9.81 + 10 + 9.66 + 10 + 10 + 5 + 5 + 15 + 11.5 + 10 = 95.97, stated total 94.97 (table and text); "
     "the qualitative row (部分健全, 60-80% band either way) was raised without updating the total"),
    ("laiyuan-disabledsubsidy-2020", 2, "rate_mismatch", "执行率95.30%", "执行率95.29%", "县级资金发放267.60万元，执行率95.29%",
     "267.60 / 280.80 = 95.2991%: to two decimals 95.30%, stated 95.29% (truncated, off by 0.009 > 0.005)"),
    ("laiyuan-disabledsubsidy-2020", 3, "average_mismatch", "平均每个乡镇433.5人", "平均每个乡镇435.3人", "平均每个乡镇435.3人",
     "7370人 / 17个乡镇 = 433.5 per township, stated 435.3 (transposed digits)"),
    ("laiyuan-disabledsubsidy-2020", 4, "grade_mismatch", "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 94.97 is in the 优 band (>= 90)"),
    # ---- 监利市图书馆 部门整体 2023 (space-aligned table)
    ("jianli-library-2023", 1, "sum_mismatch", "数字图书馆及古籍保护41.02万元", "数字图书馆及古籍保护41.20万元", ("项目支出249.38万元", "古籍保护41.20万元"),
     "80.00 + 108.36 + 41.20 + 20.00 = 249.56, stated 项目支出 249.38 (the item should be 41.02: transposed digits)"),
    ("jianli-library-2023", 2, "completion_mismatch", "完成率85.00%", "完成率58.00%", "完成率58.00%",
     "17TB / 20TB = 85.00% (the row is scored 8.5 of 10), stated 58.00% (transposed digits)"),
    ("jianli-library-2023", 3, "year_mismatch", "2023年6月湖北省文化和旅游厅追加", "2022年6月湖北省文化和旅游厅追加", "2022年6月湖北省",
     "money added to the 2023 budget said to be issued in June 2022, before the budget year (not a December advance)"),
    ("jianli-library-2023", 4, "score_sum_mismatch", "运行良好      基本形成      15      12.5", "运行良好      基本形成      15      13.5",
     ("15      13.5", "100     95.52"),
     "row scores 9.68 + 10 + 10 + 8.5 + 5 + 5 + 4.84 + 5 + 15 + 13.5 + 10 = 96.52, stated total 95.52 (table and text); "
     "the qualitative row (基本形成, 80-100% band either way) was raised without updating the total"),
    # ---- 翁牛特旗 动物疫病预防控制中心 部门整体 2024 (Markdown, separators, whole-number total)
    ("wengniute-animaldisease-2024", 1, "rate_mismatch", "执行率94.47%", "执行率94.74%", "项目支出1,148.62万元，执行率94.74%",
     "project spending 1,148.62 / 1,215.80 = 94.47%, stated 94.74% (transposed digits)"),
    ("wengniute-animaldisease-2024", 2, "conflicting_values", "全旗312名村级防疫员", "全旗321名村级防疫员", "全旗321名",
     "the overview gives 321 village animal-health workers; the spending table (312人 x 0.96万元 = 299.52) and the indicator row give 312人"),
    ("wengniute-animaldisease-2024", 3, "implausible_rate", "按时出具率100%", "按时出具率103%", "按时出具率103%",
     "an on-time (按时出具) rate of test reports cannot exceed 100%"),
    ("wengniute-animaldisease-2024", 4, "score_exceeds_weight", "| 92.5% | 10 | 10 |", "| 92.5% | 10 | 10.28 |", "92.5% | 10 | 10.28",
     "score 10.28 above the weight 10 (10 x 92.5/90 without the cap); rows now sum to 95.89, still consistent with the whole-number total 96"),
    # ---- 龙海区 城市排水 2022 (sub-projects; tab table)
    ("longhai-drainage-2022", 1, "sum_mismatch", "区级440.00万元", "区级404.00万元", ("调整后全年预算760.00万元", "区级404.00万元"),
     "240.00 + 80.00 + 404.00 = 724.00, stated 全年预算 760.00 (区级 should be 440.00: transposed digits)"),
    ("longhai-drainage-2022", 2, "balance_mismatch", "全年结余55.20万元", "全年结余52.20万元", "全年结余52.20万元",
     "760.00 - 704.80 = 55.20万元, stated 52.20"),
    ("longhai-drainage-2022", 3, "unit_mismatch", "每公里2.88万元", "每公里28800万元", "每公里28800万元",
     "a 元 amount labelled 万元 (off by 10^4): 62公里 x 2.88万元 = 178.56万元 (the 清淤 sub-project spending); 28800万元 per km breaks it"),
    ("longhai-drainage-2022", 4, "weight_sum_mismatch", "≥60公里\t62公里\t10\t10", "≥60公里\t62公里\t12\t10", ("62公里\t12", "100\t98.21"),
     "weights 10 + (12 + 10 + 10 + 10 + 5 + 5) + 30 + 10 = 102, stated 100 (产出 52)"),
    # ---- 梨树县 高标准农田 2021 (片区 sub-projects; ASCII | table)
    ("lishu-farmland-2021", 1, "completion_mismatch", "完成率94.00%", "完成率96.00%", "完成率96.00%",
     "4.7万亩 / 5.0万亩 = 94.00% (the row is scored 14.1 of 15), stated 96.00% (as if 4.8万亩)"),
    ("lishu-farmland-2021", 2, "grade_mismatch", "| 93.16 | 优", "| 93.16 | 良", "93.16 | 良",
     "total 93.16 is in the 优 band (>= 90); the table's 总分 row says 良 (the text says 优)"),
    ("lishu-farmland-2021", 3, "conflicting_values", "实际完成：建成高标准农田4.7万亩", "实际完成：建成高标准农田4.8万亩", "实际完成：建成高标准农田4.8万亩",
     "the goal row of the table gives 4.8万亩; the text (2.0 + 1.6 + 1.1 = 4.7, completion 94.00%) and the indicator row give 4.7万亩"),
    ("lishu-farmland-2021", 4, "score_sum_mismatch", "基本建立 | 15 | 12", "基本建立 | 15 | 13", ("基本建立 | 15 | 13", "| 100 | 93.16"),
     "row scores 9.06 + 14.1 + 10 + 10 + 5 + 3 + 5 + 15 + 13 + 10 = 94.16, stated total 93.16 (table and text); "
     "the qualitative row (基本建立, 80-100% band either way) was raised without updating the total"),
]


def resolve(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    assert i >= 0, start
    j = text.find(end, i + len(start))
    assert j >= 0, end
    return text[i:j + len(end)]


def main():
    labels = []
    projects = []
    for pid, *_ in SPEC:
        if pid not in projects:
            projects.append(pid)
    for pid in projects:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for p, n, code, old, new, value, expl in SPEC:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, old)
            text = clean.replace(old, new)
            value = resolve(text, value)
            assert value in text, (pid, n, value)
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": E, "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} cases written")


if __name__ == "__main__":
    main()
