#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts264 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
of its project; the result is written to cases/<id>-eN.txt. Labels go to labels.jsonl.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "nm-dengkou-renying-2021",
    "hi-qiongzhong-yujing-2023",
    "ah-huaining-fanglei-2019",
    "jx-tonggu-zidongzhan-2020",
    "nx-xiji-qixiangbumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- nm-dengkou-renying-2021: 人工影响天气作业, MOF table ---
    ("nm-dengkou-renying-2021", 1, "rate_mismatch", "text",
     "其中当年财政拨款执行99.60万元，执行率94.86%",
     "其中当年财政拨款执行99.60万元，执行率94.68%",
     "执行率94.68%",
     "当年财政拨款 99.60 / 105.00 = 94.86%, stated 94.68% (digits transposed)"),
    ("nm-dengkou-renying-2021", 2, "score_exceeds_weight", "table",
     "作业装备年检合格率｜100%｜100%｜5｜5｜\n产出指标｜时效指标｜作业响应时间｜≤30分钟｜25分钟｜10｜10｜",
     "作业装备年检合格率｜100%｜100%｜5｜10｜\n产出指标｜时效指标｜作业响应时间｜≤30分钟｜25分钟｜10｜5｜",
     "作业装备年检合格率｜100%｜100%｜5｜10",
     "scores of two adjacent rows swapped: 年检合格率 scored 10 against weight 5 (响应时间 now 5 of 10, so the total still reads 98.78)"),
    ("nm-dengkou-renying-2021", 3, "weight_sum_mismatch", "table",
     "｜1150平方公里｜10｜9.58｜",
     "｜1150平方公里｜15｜9.58｜",
     "1150平方公里｜15｜9.58",
     "作业保护面积 weight typed 15 instead of 10: weights now total 105, the 总分 row still says 100"),
    ("nm-dengkou-renying-2021", 4, "grade_mismatch", "text",
     "评价等级为“优秀”",
     "评价等级为“良好”",
     "评价等级为“良好”",
     "score 98.78 is in the 优 band (>= 90), stated 良好"),
    ("nm-dengkou-renying-2021", 5, "average_mismatch", "text",
     "人均1.30万元",
     "人均1.20万元",
     "人均1.20万元",
     "补贴 31.20万元 / 24 名作业人员 = 1.30万元, stated 1.20万元"),
    ("nm-dengkou-renying-2021", 6, "year_mismatch", "text",
     "截至2021年12月31日，项目全年执行",
     "截至2020年12月31日，项目全年执行",
     "截至2020年12月31日",
     "the 2021 report states the year's execution as at 31 Dec 2020"),

    # --- hi-qiongzhong-yujing-2023: 气象灾害预警发布, table with 完成率 column ---
    ("hi-qiongzhong-yujing-2023", 1, "completion_mismatch", "table",
     "｜146次｜121.67%｜",
     "｜146次｜112.67%｜",
     "146次｜112.67%",
     "146 / 120 = 121.67%, stated 112.67%"),
    ("hi-qiongzhong-yujing-2023", 2, "unit_mismatch", "table",
     "｜≤10分钟｜8分钟｜100%｜",
     "｜≤10分钟｜100%｜100%｜",
     "≤10分钟｜100%",
     "target in 分钟, actual given as a percentage (the completion copied into the actual cell)"),
    ("hi-qiongzhong-yujing-2023", 3, "score_sum_mismatch", "table",
     "｜33.6万人次｜112.00%｜10｜10｜",
     "｜33.6万人次｜112.00%｜10｜9.80｜",
     "112.00%｜10｜9.80",
     "row scores now add to 99.30 (9.70 + 49.60 + 30 + 10) while 合计 and the text say 99.50"),
    ("hi-qiongzhong-yujing-2023", 4, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "an execution rate of 100% on a zero 上年结转 budget"),
    ("hi-qiongzhong-yujing-2023", 5, "balance_mismatch", "text",
     "结余1.38万元",
     "结余1.83万元",
     "结余1.83万元",
     "46.00 - 44.62 = 1.38, stated 1.83"),
    ("hi-qiongzhong-yujing-2023", 6, "conflicting_values", "text",
     "2023年项目实际支出44.62万元",
     "2023年项目实际支出44.26万元",
     "实际支出44.26万元",
     "the overview gives the year's spending as 44.26万元; the funds section, the itemised spending (18.40 + 12.62 + 9.60 + 4.00) and the table give 44.62万元"),

    # --- ah-huaining-fanglei-2019: 防雷安全检查, funds and indicators in prose only ---
    ("ah-huaining-fanglei-2019", 1, "sum_mismatch", "text",
     "加油站38家次",
     "加油站36家次",
     "加油站36家次",
     "32 + 36 + 26 + 36 = 130, total stated 132家次"),
    ("ah-huaining-fanglei-2019", 2, "rate_mismatch", "text",
     "预算执行率91.20%",
     "预算执行率92.10%",
     "预算执行率92.10%",
     "27.36 / 30.00 = 91.20%, stated 92.10%"),
    ("ah-huaining-fanglei-2019", 3, "average_mismatch", "text",
     "平均每家6000元",
     "平均每家6600元",
     "平均每家6600元",
     "16.80万元 / 28 家 = 6000元, stated 6600元"),
    ("ah-huaining-fanglei-2019", 4, "unit_mismatch", "text",
     "检测仪器校准及购置费2.40万元",
     "检测仪器校准及购置费24000万元",
     "24000万元",
     "24000元 labelled 万元: 16.80 + 3.96 + 2.40 + 4.20 = 27.36 holds only when this item is read as 2.40万元 (off by 10^4)"),
    ("ah-huaining-fanglei-2019", 5, "score_sum_mismatch", "text",
     "培训人次（10分）得9.53分",
     "培训人次（10分）得9.35分",
     "得9.35分",
     "产出 items 15 + 15 + 9.35 + 10 = 49.35, 小计 stated 49.53 (and the total 98.18 follows the subtotal)"),
    ("ah-huaining-fanglei-2019", 6, "completion_mismatch", "text",
     "完成目标（300人次）的95.33%",
     "完成目标（300人次）的93.53%",
     "的93.53%",
     "286 / 300 = 95.33%, stated 93.53%"),

    # --- jx-tonggu-zidongzhan-2020: 自动气象站维护, execution row inside the indicator table, grade 良 ---
    ("jx-tonggu-zidongzhan-2020", 1, "balance_mismatch", "text",
     "年末结余9.24万元",
     "年末结余9.42万元",
     "结余9.42万元",
     "38.50 - 29.26 = 9.24, stated 9.42"),
    ("jx-tonggu-zidongzhan-2020", 2, "year_mismatch", "text",
     "已结转至2021年继续用于站点维护",
     "已结转至2020年继续用于站点维护",
     "结转至2020年",
     "the unspent part of the 2020 budget is carried over to 2020 itself"),
    ("jx-tonggu-zidongzhan-2020", 3, "grade_mismatch", "table",
     "评价等级｜良",
     "评价等级｜优",
     "评价等级｜优",
     "合计 86.57 is in the 良 band (80 <= s < 90), the table says 优"),
    ("jx-tonggu-zidongzhan-2020", 4, "sum_mismatch", "table",
     "县级财政资金｜16.00｜16.00",
     "县级财政资金｜18.00｜16.00",
     "县级财政资金｜18.00",
     "年初预算数 column: 22.50 + 18.00 + 0.00 = 40.50, 年度资金总额 38.50"),
    ("jx-tonggu-zidongzhan-2020", 5, "score_exceeds_weight", "table",
     "｜85.5%｜15｜13.50｜设备老化，逐步更新\n满意度指标｜服务对象满意度指标｜使用单位满意度｜≥90%｜88%｜10｜9.78｜",
     "｜85.5%｜15｜9.78｜设备老化，逐步更新\n满意度指标｜服务对象满意度指标｜使用单位满意度｜≥90%｜88%｜10｜13.50｜",
     "88%｜10｜13.50",
     "scores of two adjacent rows swapped: 满意度 scored 13.50 against weight 10 (设备完好率 now 9.78 of 15, total still 86.57)"),
    ("jx-tonggu-zidongzhan-2020", 6, "weight_sum_mismatch", "table",
     "部分达成｜15｜9.00",
     "部分达成｜20｜9.00",
     "部分达成｜20｜9.00",
     "qualitative 效益 row weight typed 20 instead of 15: weights now total 105, 合计 still 100"),

    # --- nx-xiji-qixiangbumen-2024: 部门整体支出, funds tables + indicator table ---
    ("nx-xiji-qixiangbumen-2024", 1, "average_mismatch", "text",
     "平均自评得分93.03分",
     "平均自评得分93.30分",
     "93.30分",
     "(96.50 + 92.00 + 90.60) / 3 = 93.03, stated 93.30"),
    ("nx-xiji-qixiangbumen-2024", 2, "conflicting_values", "table",
     "｜≥40次｜46次｜",
     "｜≥40次｜64次｜",
     "≥40次｜64次",
     "the table gives 64 人影作业 while the text gives 46次 (防雹31 + 增雨15)"),
    ("nx-xiji-qixiangbumen-2024", 3, "implausible_rate", "text",
     "实际采购金额11.64万元，采购执行率97.00%",
     "实际采购金额12.64万元，采购执行率105.33%",
     "12.64万元，采购执行率105.33%",
     "procurement 12.64 against a 12.00 procurement budget: rate 105.33% over 100% (arithmetic right, spending above budget)"),
    ("nx-xiji-qixiangbumen-2024", 4, "unit_mismatch", "table",
     "基本支出｜298.60｜306.10｜306.10｜100.00%",
     "基本支出｜298.60｜306.10｜3061000｜100.00%",
     "3061000",
     "基本支出 executed written in 元 (3061000元 = 306.10万元) in a 万元 table; 306.10 + 95.43 = 401.53 and the 100.00% rate hold only after rescaling by 10^4"),
    ("nx-xiji-qixiangbumen-2024", 5, "sum_mismatch", "table",
     "人工影响天气作业｜30.80｜38.80",
     "人工影响天气作业｜38.80｜38.80",
     "人工影响天气作业｜38.80",
     "表2 年初预算数: 35.00 + 38.80 + 22.00 = 95.80, 合计 87.80 (and 表1 项目支出 87.80)"),
    ("nx-xiji-qixiangbumen-2024", 6, "rate_mismatch", "table",
     "｜33.75｜86.98%｜",
     "｜33.75｜89.68%｜",
     "33.75｜89.68%",
     "人影作业 33.75 / 38.80 = 86.98%, stated 89.68%"),
]


def main():
    labels = []
    clean = {}
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean[pid] = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
    seen = set()
    for pid in PROJECTS:
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            key = (p, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            text = clean[p]
            cnt = text.count(old)
            if cnt != 1:
                sys.exit(f"{p}-e{n}: old string matches {cnt} times: {old!r}")
            out = text.replace(old, new)
            if value not in out:
                sys.exit(f"{p}-e{n}: value not in the error case: {value!r}")
            name = f"{p}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": p, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
