#!/usr/bin/env python3
"""Build the n135 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# source id -> list of (code, old, new, value, explanation, where)
EDITS = {
    "ha-yucheng-ruohuan-2021": [
        ("rate_mismatch",
         "支出进度97.56%", "支出进度97.65%",
         "支出进度97.65%",
         "central funds spent 1,902.36 of 1,950.00 = 97.56%, stated 97.65%", "prose"),
        ("sum_mismatch",
         "其中：当年财政拨款｜2,860.00｜2,860.00｜2,752.46", "其中：当年财政拨款｜2,860.00｜2,860.00｜2,725.46",
         "2,725.46",
         "全年执行数 column: 当年财政拨款 2,725.46 + 上年结转 165.40 + 其他 0.00 = 2,890.86, but 年度资金总额 is 2,917.86 (2,752.46 expected)", "table"),
        ("score_exceeds_weight",
         "购置学生课桌凳｜≥4200套｜4200套｜100.00%｜8｜8｜—\n产出指标｜数量指标｜项目覆盖学校数｜26所｜26所｜100.00%｜7｜7｜—",
         "购置学生课桌凳｜≥4200套｜4200套｜100.00%｜8｜9｜—\n产出指标｜数量指标｜项目覆盖学校数｜26所｜26所｜100.00%｜7｜6｜—",
         "课桌凳｜≥4200套｜4200套｜100.00%｜8｜9",
         "score 9 above weight 8 (the next row lowered 7 -> 6, so the total still reads 99.48)", "table"),
        ("grade_mismatch",
         "评价等级为“优”", "评价等级为“良”",
         "评价等级为“良”",
         "total 99.48 lies in the 优 band (>= 90)", "prose"),
        ("year_mismatch",
         "已按规定结转至2022年继续使用", "已按规定结转至2021年继续使用",
         "结转至2021年",
         "the unspent 107.54 of the 2021 budget cannot be carried over into 2021 itself; it goes to 2022", "prose"),
        ("completion_mismatch",
         "年度项目开工率｜≥95%｜92%｜96.84%", "年度项目开工率｜≥95%｜92%｜98.64%",
         "92%｜98.64%",
         "92 / 95 = 96.84%, stated 98.64% (digits swapped)", "table"),
    ],
    "gd-suixi-xiaoyuananbao-2022": [
        ("balance_mismatch",
         "年末结余38.23万元", "年末结余38.32万元",
         "38.32万元",
         "全年预算 1,236.50 - 实际支出 1,198.27 = 38.23, stated 38.32", "prose"),
        ("weight_sum_mismatch",
         "保安服务费按季度拨付及时率｜100%｜100%｜5｜5", "保安服务费按季度拨付及时率｜100%｜100%｜6｜5",
         "拨付及时率｜100%｜100%｜6｜5",
         "weights now total 101 (产出 rows 51 instead of 50)", "table"),
        ("unit_mismatch",
         "保安员持证上岗率｜100%｜100%", "保安员持证上岗率｜100%｜380人",
         "保安员持证上岗率｜100%｜380人",
         "target is a percentage, actual is given as a head count (人)", "table"),
        ("conflicting_values",
         "实现全县387所", "实现全县378所",
         "378所",
         "the text gives 378 schools covered by the alarm system, the table 387所 (target =387所, actual 387所)", "prose"),
        ("implausible_rate",
         "师生及家长满意度｜≥90%｜92.4%", "师生及家长满意度｜≥90%｜102.4%",
         "102.4%",
         "a satisfaction rate cannot exceed 100%", "table"),
        ("average_mismatch",
         "平均每轮6.00万人次", "平均每轮6.10万人次",
         "平均每轮6.10万人次",
         "(5.82 + 6.07 + 6.11) / 3 = 6.00, stated 6.10", "prose"),
    ],
    "gs-linze-xueqiangongyong-2020": [
        ("score_sum_mismatch",
         "自评总分97.78分", "自评总分97.87分",
         "97.87分",
         "9.70 + 48.50 + 30.00 + 9.58 = 97.78, stated 97.87", "prose"),
        ("grade_mismatch",
         "评定等级为“优秀”", "评定等级为“良好”",
         "评定等级为“良好”",
         "total 97.78 lies in the 优 band (>= 90)", "prose"),
        ("unit_mismatch",
         "县级配套76.50万元", "县级配套765000万元",
         "765000万元",
         "765,000元 written with the unit 万元: off by 10^4; 178.50 + 76.50 = 255.00 and 68.85 / 76.50 = 90.00% reconcile only with 76.50万元", "prose"),
        ("average_mismatch",
         "平均每所38.80万元", "平均每所39.80万元",
         "平均每所39.80万元",
         "(42.36 + 38.90 + 35.14) / 3 = 38.80, stated 39.80", "prose"),
        ("completion_mismatch",
         "完成率95.79%", "完成率95.97%",
         "完成率95.97%",
         "satisfaction 91% against target 95%: 91 / 95 = 95.79%, stated 95.97%", "prose"),
        ("rate_mismatch",
         "支出率90.00%", "支出率99.00%",
         "支出率99.00%",
         "county funds spent 68.85 of 76.50 = 90.00%, stated 99.00%", "prose"),
    ],
    "hb-qichun-xiangcunjiaoshi-2019": [
        ("score_sum_mismatch",
         "｜76.5%｜15｜14.34｜", "｜76.5%｜15｜14.43｜",
         "76.5%｜15｜14.43",
         "row scores now add to 9.55 + 46.78 + 14.43 + 9 + 9.33 = 89.09 while 总分 (table and text) is 89.00", "table"),
        ("weight_sum_mismatch",
         "｜76.5%｜15｜14.34｜", "｜76.5%｜20｜14.34｜",
         "76.5%｜20｜14.34",
         "weights now total 105 (效益 rows 35 instead of 30)", "table"),
        ("conflicting_values",
         "｜≥3200人次｜3046人次｜", "｜≥3200人次｜3064人次｜",
         "3064人次",
         "the table gives 3,064 teachers trained, the text 3,046人次 (also behind 95.19% and 1,153元 per head)", "table"),
        ("implausible_rate",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
         "0.00｜—｜100.00%",
         "an execution rate of 100% on a zero 上年结转 budget", "table"),
        ("balance_mismatch",
         "年末结余16.74万元", "年末结余16.47万元",
         "16.47万元",
         "全年预算 368.00 - 支出 351.26 = 16.74, stated 16.47", "prose"),
        ("sum_mismatch",
         "送教下乡及校本研修经费62.30万元", "送教下乡及校本研修经费63.20万元",
         "63.20万元",
         "236.48 + 63.20 + 52.48 = 352.16, but the total spent is 351.26 (62.30 expected)", "prose"),
    ],
    "ln-jianping-tejiao-2024": [
        ("score_exceeds_weight",
         "资助资金发放及时率｜100%｜100%｜100.00%｜5｜5｜\n产出指标｜成本指标｜“三公”经费支出｜≤1.20万元｜0.86万元｜100.00%｜5｜5｜",
         "资助资金发放及时率｜100%｜100%｜100.00%｜5｜6｜\n产出指标｜成本指标｜“三公”经费支出｜≤1.20万元｜0.86万元｜100.00%｜5｜4｜",
         "资助资金发放及时率｜100%｜100%｜100.00%｜5｜6",
         "score 6 above weight 5 (the next row lowered 5 -> 4, so the total still reads 98.32)", "table"),
        ("year_mismatch",
         "截至2024年12月31日", "截至2023年12月31日",
         "截至2023年12月31日",
         "a 2024 report states the year's spending as at 31 December 2023", "prose"),
        ("completion_mismatch",
         "｜74.5%｜106.43%｜", "｜74.5%｜104.63%｜",
         "74.5%｜104.63%",
         "74.5 / 70 = 106.43%, stated 104.63%", "table"),
        ("rate_mismatch",
         "｜124.86｜90.15%", "｜124.86｜91.05%",
         "91.05%",
         "项目支出 124.86 / 138.50 = 90.15%, stated 91.05%", "table"),
        ("sum_mismatch",
         "公用经费｜64.20｜", "公用经费｜46.20｜",
         "46.20",
         "年初预算数 column: 人员经费 548.20 + 公用经费 46.20 = 594.40 ≠ 基本支出 612.40 (64.20 expected)", "table"),
        ("balance_mismatch",
         "年末结余13.64万元", "年末结余13.46万元",
         "13.46万元",
         "全年预算 767.40 - 支出 753.76 = 13.64, stated 13.46", "prose"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    labels = []
    for src, edits in EDITS.items():
        clean_name = f"{src}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for i, (code, old, new, value, expl, _where) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src} e{i}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src} e{i}: value {value!r} not in the error case")
            name = f"{src}-e{i}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(len(e) for e in EDITS.values())} error cases from {len(EDITS)} clean drafts")


if __name__ == "__main__":
    main()
