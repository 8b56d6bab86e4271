#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement that must
match the clean draft exactly once.  `value` is the label: an exact substring of the error case that
contains the changed figure.  Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gs-dongxiang-yingyang-2018",
    "jx-anyuan-yingyang-2020",
    "sc-meigu-yingyangcan-2022",
    "sn-baihe-yingyangcan-2023",
    "gx-duan-yingyangcan-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 甘肃 东乡族自治县教育局 2018 ----
    ("gs-dongxiang-yingyang-2018", 1, "rate_mismatch", "prose",
     "本年度预算执行率98.02%", "本年度预算执行率98.20%", "预算执行率98.20%",
     "全年执行3959.84万元 / 全年预算4039.90万元 = 98.02%, stated 98.20%"),
    ("gs-dongxiang-yingyang-2018", 2, "sum_mismatch", "prose",
     "购置厨房设备安排60.00万元", "购置厨房设备安排90.00万元", "购置厨房设备安排90.00万元",
     "省级食堂建设资金420.00万元 = 新建食堂360.00 + 设备60.00; with 90.00 the parts sum to 450.00"),
    ("gs-dongxiang-yingyang-2018", 3, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "自评得分98.13分 lies in the 优 band (90-100), stated 良好"),
    ("gs-dongxiang-yingyang-2018", 4, "weight_sum_mismatch", "table",
     "5所\t10\t8.33", "5所\t12\t8.33", "5所\t12\t8.33",
     "新建学校食堂 weight raised 10 -> 12: 预算执行率10 + 产出52 + 效益30 + 满意度10 = 102, not 100"),
    ("gs-dongxiang-yingyang-2018", 5, "year_mismatch", "prose",
     "结转至2019年继续使用", "结转至2018年继续使用", "结转至2018年",
     "money left over from the 2018 budget is carried over into 2018 itself; must be a later year (2019)"),
    ("gs-dongxiang-yingyang-2018", 6, "score_exceeds_weight", "table",
     "92.6%\t10\t10\t\n效益指标\t社会效益指标\t学生及家长营养健康意识\t明显增强\t达成\t10\t10",
     "92.6%\t10\t11\t\n效益指标\t社会效益指标\t学生及家长营养健康意识\t明显增强\t达成\t10\t9",
     "92.6%\t10\t11",
     "学生体质健康标准达标率 scored 11 with weight 10 (the qualitative row below lowered 10 -> 9, "
     "inside its 达成 band, so the total still reads 98.13)"),
    # ---- 江西 安远县教育局 2020 ----
    ("jx-anyuan-yingyang-2020", 1, "completion_mismatch", "table",
     "88.6%\t104.24%", "88.6%\t101.24%", "88.6%\t101.24%",
     "学生营养知识知晓率: 88.6 / 85 = 104.24%, stated 101.24%"),
    ("jx-anyuan-yingyang-2020", 2, "balance_mismatch", "prose",
     "膳食补助结余398.16万元", "膳食补助结余389.16万元", "结余389.16万元",
     "膳食补助预算2844.00 - 发放2445.84 = 398.16万元, stated 389.16"),
    ("jx-anyuan-yingyang-2020", 3, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—", "上年结转资金\t0.00\t0.00\t0.00\t100%",
     "上年结转资金\t0.00\t0.00\t0.00\t100%",
     "execution rate 100% printed on a zero budget (上年结转 0.00): a rate on a zero base"),
    ("jx-anyuan-yingyang-2020", 4, "unit_mismatch", "prose",
     "全年发放膳食补助2445.84万元", "全年发放膳食补助2445.84元", "2445.84元",
     "35550人 x 4元 x 172天 = 24458400元 = 2445.84万元, and 2445.84 + 300.00 + 96.00 = 2841.84万元: "
     "the amount carries the unit 元 instead of 万元 (off by 10^4)"),
    ("jx-anyuan-yingyang-2020", 5, "score_sum_mismatch", "table",
     "86.00%\t10\t8.60", "86.00%\t10\t8.80", "86.00%\t10\t8.80",
     "8.77 + 10 + 8.80 + 10 + 10 + 10 + 15 + 15 + 10 = 97.57, stated total 97.37"),
    ("jx-anyuan-yingyang-2020", 6, "conflicting_values", "prose",
     "家长满意度达到93.40%", "家长满意度达到94.30%", "家长满意度达到94.30%",
     "the same 家长满意度 is 93.40% in the indicator table"),
    # ---- 四川 美姑县教育局 2022 ----
    ("sc-meigu-yingyangcan-2022", 1, "sum_mismatch", "prose",
     "县级运转经费150.00万元", "县级运转经费105.00万元", "县级运转经费105.00万元",
     "年初预算5882.80 = 5320.00 + 412.80 + 150.00; with 105.00 the parts sum to 5837.80"),
    ("sc-meigu-yingyangcan-2022", 2, "rate_mismatch", "table",
     "6503.65\t98.65%", "6503.65\t98.56%", "6503.65\t98.56%",
     "合计 6503.65 / 6592.80 = 98.65%, stated 98.56%"),
    ("sc-meigu-yingyangcan-2022", 3, "implausible_rate", "table",
     "≥90%\t94.10%", "≥90%\t104.10%", "104.10%",
     "学生满意度 104.10%: a satisfaction rate above 100%"),
    ("sc-meigu-yingyangcan-2022", 4, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日", "截至2021年12月31日",
     "the execution figure of the 2022 budget is dated 截至2021年12月31日 (must be the evaluation year 2022)"),
    ("sc-meigu-yingyangcan-2022", 5, "weight_sum_mismatch", "table",
     "7.2%\t12.5\t12.5", "7.2%\t15\t12.5", "7.2%\t15\t12.5",
     "学生营养不良检出率 weight raised 12.5 -> 15: 绩效指标 weights 92.5 instead of 90, total 102.5"),
    ("sc-meigu-yingyangcan-2022", 6, "conflicting_values", "table",
     "≥53000人\t53200人", "≥53000人\t53020人", "53020人",
     "受益学生 is 53200人 in the text (39780 + 13420; 53200 x 5元 x 200天 = 5320.00万元), 53020人 in the table"),
    # ---- 陕西 白河县教育体育局 2023 ----
    ("sn-baihe-yingyangcan-2023", 1, "average_mismatch", "prose",
     "平均满意度95.07%", "平均满意度95.70%", "平均满意度95.70%",
     "(95.2 + 93.6 + 96.4) / 3 = 95.07%, stated 95.70%"),
    ("sn-baihe-yingyangcan-2023", 2, "completion_mismatch", "table",
     "91.2%\t99.13%", "91.2%\t99.31%", "91.2%\t99.31%",
     "学生体质健康标准合格率: 91.2 / 92 = 99.13%, stated 99.31%"),
    ("sn-baihe-yingyangcan-2023", 3, "balance_mismatch", "prose",
     "年末结余4.55万元", "年末结余4.65万元", "结余4.65万元",
     "到位1756.50 - 支出1751.95 = 4.55万元, stated 4.65"),
    ("sn-baihe-yingyangcan-2023", 4, "unit_mismatch", "table",
     "62所\t62所\t100%", "62所\t100%\t100%", "62所\t100%\t100%",
     "供餐学校数: target in 所, actual given as a percentage"),
    ("sn-baihe-yingyangcan-2023", 5, "score_exceeds_weight", "table",
     "99.13%\t15\t14.87\t锻炼时间不足、营养摄入不均衡\n效益指标\t可持续影响指标\t营养改善长效管理机制\t健全\t达成\t—\t15\t15",
     "99.13%\t15\t15.87\t锻炼时间不足、营养摄入不均衡\n效益指标\t可持续影响指标\t营养改善长效管理机制\t健全\t达成\t—\t15\t14",
     "99.13%\t15\t15.87",
     "学生体质健康标准合格率 scored 15.87 with weight 15 (the qualitative row below lowered 15 -> 14, "
     "inside its 达成 band, so the total still reads 99.75)"),
    ("sn-baihe-yingyangcan-2023", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "自评得分99.75分 lies in the 优 band, stated 良"),
    # ---- 广西 都安瑶族自治县教育局 2024 ----
    ("gx-duan-yingyangcan-2024", 1, "average_mismatch", "prose",
     "平均93分", "平均94分", "平均94分",
     "(92 + 95 + 88 + 96 + 94) / 5 = 93, stated 94"),
    ("gx-duan-yingyangcan-2024", 2, "sum_mismatch", "table",
     "其中：新建食堂\t900.00", "其中：新建食堂\t960.00", "新建食堂\t960.00",
     "学校食堂建设 1240.00 = 新建 + 改扩建340.00; with 960.00 the parts sum to 1300.00"),
    ("gx-duan-yingyangcan-2024", 3, "score_sum_mismatch", "table",
     "18所\t10\t9\t", "18所\t10\t9.5\t", "18所\t10\t9.5",
     "9.86 + 49.5 + 30 + 10 = 99.36, stated total 98.86"),
    ("gx-duan-yingyangcan-2024", 4, "year_mismatch", "table",
     "评价年度\t2024年度", "评价年度\t2023年度", "评价年度\t2023年度",
     "the table of the 2024 report claims 评价年度 2023"),
    ("gx-duan-yingyangcan-2024", 5, "completion_mismatch", "prose",
     "完成18所，完成率90%", "完成18所，完成率95%", "完成率95%",
     "食堂建设 18 of 20所 = 90%, stated 95%"),
    ("gx-duan-yingyangcan-2024", 6, "rate_mismatch", "prose",
     "执行率99.73%", "执行率99.37%", "执行率99.37%",
     "膳食补助 8537.20 / 8560.00 = 99.73%, stated 99.37%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: label value not in error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
