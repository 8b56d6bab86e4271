#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts274 from the clean drafts.

Each edit is an exact old -> new replacement applied to one clean draft; `old` must occur
exactly once in that draft. One edit = one error case = one label.
Run from anywhere:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "xj-luopu-shuangyu-2019",
    "xz-sajia-guji-2022",
    "gx-jinxiu-yaozuwenhua-2023",
    "yn-cangyuan-minzongbumen-2018",
    "nm-dongwu-minzuxuexiao-2024",
]

# (source, old, new, code, value, explanation)  -- numbered e1.. per source in this order
EDITS = [
    # ---- xj-luopu-shuangyu-2019 (Xinjiang, rural pre-school bilingual education) ----
    ("xj-luopu-shuangyu-2019",
     "｜3478.18｜10｜98.33%｜9.83", "｜3478.18｜10｜98.83%｜9.83",
     "rate_mismatch", "98.83%",
     "自评表 execution rate: 3478.18 / 3537.40 = 98.33%, stated 98.83%"),
    ("xj-luopu-shuangyu-2019",
     "3465.00｜3405.78｜", "3465.00｜3405.87｜",
     "sum_mismatch", "3405.87",
     "全年执行数 column: 3405.87 + 72.40 + 0.00 = 3478.27, but 年度资金总额 is 3478.18 (should be 3405.78)"),
    ("xj-luopu-shuangyu-2019",
     "≥600人｜640人｜", "≥600人｜106.67%｜",
     "unit_mismatch", "≥600人｜106.67%",
     "target counted in 人, actual written as a percentage (the completion rate pasted into the 实际完成值 cell)"),
    ("xj-luopu-shuangyu-2019",
     "已按规定结转2020年继续用于学前教育", "已按规定结转2019年继续用于学前教育",
     "year_mismatch", "结转2019年",
     "money unspent in the 2019 budget year is carried over to 2019 itself; should be 2020"),
    ("xj-luopu-shuangyu-2019",
     "完成率101.36%", "完成率101.63%",
     "completion_mismatch", "完成率101.63%",
     "16,218 / 16,000 = 101.36%, stated 101.63%"),
    ("xj-luopu-shuangyu-2019",
     "88.6%｜10｜9.84｜改善伙食搭配", "88.6%｜10｜9.48｜改善伙食搭配",
     "score_sum_mismatch", "88.6%｜10｜9.48｜改善伙食搭配\n总分｜｜｜｜｜100｜97.88",
     "row scores 9.83+10+10+10+9.68+10+10+9.53+9+9.48 = 97.52, stated total 97.88 (satisfaction score 9.84 typed as 9.48)"),

    # ---- xz-sajia-guji-2022 (Tibet, Tibetan ancient books; funds and indicators in prose only) ----
    ("xz-sajia-guji-2022",
     "年末结余24.00万元", "年末结余14.00万元",
     "balance_mismatch", "结余14.00万元",
     "到位 150.00 − 支出 126.00 = 24.00万元, stated 14.00万元"),
    ("xz-sajia-guji-2022",
     "平均每批次21,333拍", "平均每批次21,833拍",
     "average_mismatch", "平均每批次21,833拍",
     "(21,500 + 24,300 + 18,200) / 3 = 21,333.33, stated 21,833"),
    ("xz-sajia-guji-2022",
     "综合得分88.68分，评价等级为“良”", "综合得分88.68分，评价等级为“优”",
     "grade_mismatch", "88.68分，评价等级为“优”",
     "88.68 lies in the 80–90 band: 良, not 优"),
    ("xz-sajia-guji-2022",
     "完成率65.00%", "完成率56.00%",
     "completion_mismatch", "完成率56.00%",
     "1,950叶 / 3,000叶 = 65.00%, stated 56.00%"),
    ("xz-sajia-guji-2022",
     "2022年全年共普查登记古籍1,356函", "2022年全年共普查登记古籍1,365函",
     "conflicting_values", "普查登记古籍1,365函",
     "the overview gives 1,365函 registered, the output section 1,356函 (with completion 113.00% = 1,356/1,200)"),
    ("xz-sajia-guji-2022",
     "数量指标40分", "数量指标45分",
     "weight_sum_mismatch", "数量指标45分",
     "数量指标 45 + 质量指标 10 = 55 ≠ 产出指标 50; the three quantity indicators weigh 15+15+10 = 40"),

    # ---- gx-jinxiu-yaozuwenhua-2023 (Guangxi, Yao culture protection; 自评表 with 完成率 column) ----
    ("gx-jinxiu-yaozuwenhua-2023",
     "12小时｜60.00%｜", "12小时｜66.67%｜",
     "completion_mismatch", "12小时｜66.67%",
     "12小时 / 20小时 = 60.00%, stated 66.67% (divided by 18)"),
    ("gx-jinxiu-yaozuwenhua-2023",
     "46场次｜115.00%｜10｜10｜—\n产出指标｜质量指标｜口述史影像记录时长｜≥20小时｜12小时｜60.00%｜10｜6｜",
     "46场次｜115.00%｜10｜11.5｜—\n产出指标｜质量指标｜口述史影像记录时长｜≥20小时｜12小时｜60.00%｜10｜4.5｜",
     "score_exceeds_weight", "46场次｜115.00%｜10｜11.5",
     "over-achieved row scored 11.5 against a weight of 10 (next row lowered to 4.5 so the total still reads 92.27)"),
    ("gx-jinxiu-yaozuwenhua-2023",
     "12小时｜60.00%｜10｜6｜", "12小时｜60.00%｜12｜6｜",
     "weight_sum_mismatch", "60.00%｜12｜6",
     "weights now total 102 (产出 52 with execution 10, 效益 30, 满意度 10) against 100"),
    ("gx-jinxiu-yaozuwenhua-2023",
     "自评总分92.27分，评价等级为“优”", "自评总分92.27分，评价等级为“良”",
     "grade_mismatch", "92.27分，评价等级为“良”",
     "92.27 is in the 90–100 band: 优"),
    ("gx-jinxiu-yaozuwenhua-2023",
     "支付率61.44%", "支付率64.41%",
     "rate_mismatch", "支付率64.41%",
     "11.06 / 18.00 = 61.44%, stated 64.41%"),
    ("gx-jinxiu-yaozuwenhua-2023",
     "年末结余6.94万元", "年末结余6.49万元",
     "balance_mismatch", "结余6.49万元",
     "95.00 − 88.06 = 6.94万元, stated 6.49万元"),

    # ---- yn-cangyuan-minzongbumen-2018 (Yunnan, 部门整体支出 of the ethnic & religious affairs bureau) ----
    ("yn-cangyuan-minzongbumen-2018",
     "实际支出27.70万元，执行率98.93%", "实际支出29.70万元，执行率106.07%",
     "implausible_rate", "29.70万元，执行率106.07%",
     "29.70 spent of a 28.00万元 item: execution rate over 100%"),
    ("yn-cangyuan-minzongbumen-2018",
     "其中：人员经费｜252.00｜", "其中：人员经费｜225.00｜",
     "sum_mismatch", "人员经费｜225.00",
     "年初预算: 人员经费 225.00 + 公用经费 44.40 = 269.40 ≠ 基本支出 296.40"),
    ("yn-cangyuan-minzongbumen-2018",
     "年末结转和结余｜36.88", "年末结转和结余｜38.68",
     "balance_mismatch", "年末结转和结余｜38.68",
     "收入总计 845.60 − 本年支出合计 808.72 = 36.88, stated 38.68"),
    ("yn-cangyuan-minzongbumen-2018",
     "≥20个｜24个｜", "≥20个｜26个｜",
     "conflicting_values", "≥20个｜26个",
     "table gives 26 demonstration units named, the text 24 (12 + 5 + 7)"),
    ("yn-cangyuan-minzongbumen-2018",
     "截至2018年12月31日", "截至2017年12月31日",
     "year_mismatch", "截至2017年12月31日",
     "status date of the 2018 projects given as the end of 2017 (copied from last year's report)"),
    ("yn-cangyuan-minzongbumen-2018",
     "公务用车运行维护费4.20万元", "公务用车运行维护费42000万元",
     "unit_mismatch", "42000万元",
     "42,000元 written with 万元: 1.86 + 4.20 + 0 = 6.06万元 only when this amount is 4.20万元"),

    # ---- nm-dongwu-minzuxuexiao-2024 (Inner Mongolia, Mongolian-medium / ethnic school subsidy) ----
    ("nm-dongwu-minzuxuexiao-2024",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "implausible_rate", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% on a zero budget"),
    ("nm-dongwu-minzuxuexiao-2024",
     "3286人｜10｜10｜—\n产出指标｜数量指标｜享受寄宿生生活补助人数｜≥1500人｜1468人｜10｜9.79｜",
     "3286人｜10｜10.27｜—\n产出指标｜数量指标｜享受寄宿生生活补助人数｜≥1500人｜1468人｜10｜9.52｜",
     "score_exceeds_weight", "3286人｜10｜10.27",
     "score 10.27 (= 10 × 3286/3200, uncapped) above the weight 10; next row lowered to 9.52 so the total still reads 87.40"),
    ("nm-dongwu-minzuxuexiao-2024",
     "部分改善｜10｜6｜供暖改造推迟", "部分改善｜10｜7｜供暖改造推迟",
     "score_sum_mismatch",
     "部分改善｜10｜7｜供暖改造推迟\n满意度指标｜服务对象满意度指标｜学生及家长满意度｜≥90%｜86%｜10｜9.56｜改善供暖和伙食\n总分｜｜｜｜｜100｜87.40",
     "row scores now add to 88.40, stated total 87.40"),
    ("nm-dongwu-minzuxuexiao-2024",
     "平均支出109.20万元", "平均支出145.60万元",
     "average_mismatch", "平均支出145.60万元",
     "(182.40 + 118.20 + 74.60 + 61.60) / 4 = 109.20; 145.60 divides by 3"),
    ("nm-dongwu-minzuxuexiao-2024",
     "自评得分87.40分，评价等级为良", "自评得分87.40分，评价等级为优",
     "grade_mismatch", "87.40分，评价等级为优",
     "87.40 is in the 80–90 band: 良"),
    ("nm-dongwu-minzuxuexiao-2024",
     "≥24次｜14次｜", "≥24次｜58.33%｜",
     "unit_mismatch", "≥24次｜58.33%",
     "target counted in 次, actual written as a percentage"),
]


def main():
    counter = {}
    by_src = {s: [] for s in SOURCES}
    for src, old, new, code, value, expl in EDITS:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        n = clean.count(old)
        if n != 1:
            raise SystemExit(f"{src}: edit old text found {n} times: {old!r}")
        text = clean.replace(old, new, 1)
        if value not in text:
            raise SystemExit(f"{src}: label value not in error case: {value!r}")
        counter[src] = counter.get(src, 0) + 1
        name = f"{src}-e{counter[src]}.txt"
        with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        by_src[src].append({"case": name, "source": src, "clean": False,
                            "expected": [{"code": code, "severity": "error",
                                          "value": value, "explanation": expl}]})
    out = []
    for src in SOURCES:
        out.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        out.extend(by_src[src])
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(counter.values())} error cases from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    main()
