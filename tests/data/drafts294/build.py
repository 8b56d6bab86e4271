#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts294 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
The error case <id>-eN.txt is the clean draft with that single replacement applied.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jx-lean-chuangyetiexi-2021",
    "yn-fengqing-ertongzhijia-2022",
    "sd-pingyin-kunjingertong-2023",
    "gs-jingning-liangai-2019",
    "tj-jizhou-fulian-2024",
]

# per source id: (code, old, new, value, explanation, where the edit sits: prose or table)
EDITS = {
    "jx-lean-chuangyetiexi-2021": [
        ("rate_mismatch",
         "预算执行率96.22%，年末结余", "预算执行率96.02%，年末结余",
         "预算执行率96.02%",
         "179.35 / 186.40 = 96.22%, the text states 96.02% (the table still prints 96.22%)", "prose"),
        ("completion_mismatch",
         "｜436笔｜96.89%｜", "｜436笔｜98.69%｜",
         "436笔｜98.69%",
         "gte indicator: 436 / 450 = 96.89%, the 完成率 cell reads 98.69% (digits swapped)", "table"),
        ("average_mismatch",
         "平均每批59.78万元", "平均每批59.87万元",
         "平均每批59.87万元",
         "(62.40 + 58.75 + 58.20) / 3 = 59.78, stated 59.87", "prose"),
        ("balance_mismatch",
         "年末结余7.05万元", "年末结余7.50万元",
         "年末结余7.50万元",
         "全年预算 186.40 − 执行 179.35 = 7.05, stated 7.50", "prose"),
        ("grade_mismatch",
         "自评总分98.32分，评价等级为“优”", "自评总分98.32分，评价等级为“良”",
         "评价等级为“良”",
         "98.32 lies in the 优 band (90 ≤ s ≤ 100), stated 良", "prose"),
        ("unit_mismatch",
         "拨付率｜≥95%｜100%｜", "拨付率｜≥95%｜3批｜",
         "≥95%｜3批",
         "target is a percentage (≥95%), the actual is written as a count of batches (3批): completion cannot be computed", "table"),
    ],
    "yn-fengqing-ertongzhijia-2022": [
        ("sum_mismatch",
         "其中：当年财政拨款｜90.00｜90.00", "其中：当年财政拨款｜80.00｜90.00",
         "其中：当年财政拨款｜80.00",
         "年初预算 column: 年度资金总额 90.00 ≠ 80.00 + 0.00 + 0.00 (72.00 provincial + 18.00 county = 90.00)", "table"),
        ("score_exceeds_weight",
         "｜10｜9｜加强督导\n满意度指标｜服务对象满意度指标｜家长及儿童满意度｜≥90%｜93.8%｜10｜10｜",
         "｜10｜8｜加强督导\n满意度指标｜服务对象满意度指标｜家长及儿童满意度｜≥90%｜93.8%｜10｜11｜",
         "93.8%｜10｜11",
         "satisfaction row scores 11 against a weight of 10 (the row above lowered 9 → 8, so the total still reads 98.11)", "table"),
        ("weight_sum_mismatch",
         "81.6%｜10｜9.60", "81.6%｜12｜9.60",
         "81.6%｜12｜9.60",
         "weights now add to 10 + 50 + 32 + 10 = 102, the 总分 row says 100 (效益 block 32 instead of 30)", "table"),
        ("year_mismatch",
         "项目支出绩效自评表\n（2022年度）", "项目支出绩效自评表\n（2021年度）",
         "（2021年度）",
         "the self-evaluation table is labelled 2021 in the 2022 report (table copied from last year)", "table"),
        ("conflicting_values",
         "全年累计服务儿童16840人次", "全年累计服务儿童18640人次",
         "18640人次",
         "the same quantity is 16840人次 in the table (服务儿童人次 row)", "prose"),
        ("implausible_rate",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
         "an execution rate of 100.00% printed on a zero base (上年结转 0.00 / 0.00)", "table"),
    ],
    "sd-pingyin-kunjingertong-2023": [
        ("score_sum_mismatch",
         "93.5%｜10｜9.54", "93.5%｜10｜9.45",
         "93.5%｜10｜9.45",
         "row scores now add to 89.91 (8.96 + 46.17 + 25.45 + 9.33), the 总分 row and the text say 90.00", "table"),
        ("rate_mismatch",
         "273.28｜10｜89.60%", "273.28｜10｜89.06%",
         "273.28｜10｜89.06%",
         "273.28 / 305.00 = 89.60%, the table prints 89.06%", "table"),
        ("grade_mismatch",
         "自评得分90.00分，等级为“优”", "自评得分90.00分，等级为“良”",
         "等级为“良”",
         "90.00 is 优: the lower bound of the band is inclusive", "prose"),
        ("completion_mismatch",
         "完成率95.41%", "完成率95.14%",
         "完成率95.14%",
         "入学率 93.5% against ≥98%: 93.5 / 98 = 95.41%, stated 95.14%", "prose"),
        ("unit_mismatch",
         "其他困境儿童基本生活费56.16万元", "其他困境儿童基本生活费561600万元",
         "561600万元",
         "720人次 × 780元 = 561600元 = 56.16万元: the 元 figure is labelled 万元 (off by 10^4; the three items must add to 267.54万元)", "prose"),
        ("average_mismatch",
         "平均每期50人", "平均每期52人",
         "平均每期52人",
         "(52 + 48 + 50) / 3 = 50, stated 52", "prose"),
    ],
    "gs-jingning-liangai-2019": [
        ("balance_mismatch",
         "年末结余2.65万元", "年末结余3.65万元",
         "年末结余3.65万元",
         "53.00 (all received) − 50.35 spent = 2.65, stated 3.65", "prose"),
        ("sum_mismatch",
         "乳腺癌患者26人", "乳腺癌患者24人",
         "乳腺癌患者24人",
         "共救助43人, 其中 17 + 24 = 41", "prose"),
        ("score_sum_mismatch",
         "小计46.71分", "小计47.61分",
         "小计47.61分",
         "产出 items 12.90 + 10 + 8.81 + 15 = 46.71, stated 47.61; with it the level scores add to 89.61, not the 88.71 stated", "prose"),
        ("year_mismatch",
         "截至2019年12月31日", "截至2018年12月31日",
         "截至2018年12月31日",
         "spending of the 2019 project reported as at 31 Dec 2018", "prose"),
        ("implausible_rate",
         "满意度95.35%", "满意度953.5%",
         "满意度953.5%",
         "a satisfaction rate above 100% (decimal point slipped)", "prose"),
        ("conflicting_values",
         "项目资金53.00万元的使用情况", "项目资金35.00万元的使用情况",
         "35.00万元",
         "the project's funds are 53.00万元 everywhere else (全年预算 = 42.00 + 8.00 + 3.00)", "prose"),
    ],
    "tj-jizhou-fulian-2024": [
        ("score_exceeds_weight",
         "542人｜10｜9.03｜部分班次报名不足合并举办\n产出指标｜数量指标｜维权咨询接待量｜≥800件次｜913件次｜5｜5｜",
         "542人｜10｜8.03｜部分班次报名不足合并举办\n产出指标｜数量指标｜维权咨询接待量｜≥800件次｜913件次｜5｜6｜",
         "913件次｜5｜6",
         "维权咨询接待量 scores 6 against a weight of 5 (the row above lowered 9.03 → 8.03, so the total still reads 97.34)", "table"),
        ("weight_sum_mismatch",
         "重点项目按期完成率｜100%｜100%｜5｜5", "重点项目按期完成率｜100%｜100%｜6｜5",
         "100%｜100%｜6｜5",
         "weights now add to 101 (产出 block 51), the 合计 row says 100", "table"),
        ("sum_mismatch",
         "妇女儿童维权与心理关爱服务｜24.00", "妇女儿童维权与心理关爱服务｜42.00",
         "妇女儿童维权与心理关爱服务｜42.00",
         "年初预算 column: 40.00 + 42.00 + 20.00 + 12.00 = 114.00 ≠ 合计 96.00 (digits swapped, 24.00)", "table"),
        ("rate_mismatch",
         "25.30｜84.33%", "25.30｜83.43%",
         "25.30｜83.43%",
         "25.30 / 30.00 = 84.33%, stated 83.43%", "table"),
        ("average_mismatch",
         "平均92.75分", "平均92.57分",
         "平均92.57分",
         "(95 + 92 + 86 + 98) / 4 = 92.75, stated 92.57", "prose"),
        ("unit_mismatch",
         "“春蕾”助学及困境儿童关爱｜12.00", "“春蕾”助学及困境儿童关爱｜120000.00",
         "120000.00",
         "年初预算 of one project written in 元 (120000.00) inside a 万元 table: 12.00万元 makes the column add to 96.00", "table"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, (code, old, new, value, expl, _where) in enumerate(EDITS[pid], 1):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid} e{n}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid} e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean)")


if __name__ == "__main__":
    main()
