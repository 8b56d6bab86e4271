#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts283 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft.
Running it again rewrites cases/<id>-e<n>.txt and labels.jsonl from scratch.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zj-tonglu-saishi-2023",
    "fj-zherong-zhidaoyuan-2021",
    "sn-mianxian-tiyuzhongxin-2020",
    "gx-lingchuan-julebu-2022",
    "hlj-zhaoyuan-lujing-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 桐庐县 全民健身赛事活动经费 2023 (project, full MOF table) ----
    ("zj-tonglu-saishi-2023", 1, "rate_mismatch", "table",
     "131.52｜—｜95.30%", "131.52｜—｜93.50%",
     "93.50%",
     "当年财政拨款 row: 131.52 / 138.00 = 95.30%, stated 93.50% (digits swapped)"),
    ("zj-tonglu-saishi-2023", 2, "completion_mismatch", "table",
     "2.86万人次｜114.40%", "2.86万人次｜104.40%",
     "2.86万人次｜104.40%",
     "参赛及参与群众: 2.86 / 2.5 = 114.40%, stated 104.40%"),
    ("zj-tonglu-saishi-2023", 3, "score_exceeds_weight", "table",
     "0起｜0起｜100%｜6｜6｜—\n产出指标｜质量指标｜裁判员及技术官员持证上岗率｜≥98%｜100%｜102.04%｜4｜4",
     "0起｜0起｜100%｜6｜4｜—\n产出指标｜质量指标｜裁判员及技术官员持证上岗率｜≥98%｜100%｜102.04%｜4｜6",
     "102.04%｜4｜6",
     "scores of the two 质量指标 rows swapped: 持证上岗率 scores 6 against a weight of 4 (total still 98.84)"),
    ("zj-tonglu-saishi-2023", 4, "year_mismatch", "table",
     "项目支出绩效自评表（2023年度）", "项目支出绩效自评表（2022年度）",
     "自评表（2022年度）",
     "the attached table is headed 2022 in a 2023 report (title, funds and dates all 2023)"),
    ("zj-tonglu-saishi-2023", 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 98.84 is in the 优 band (>= 90), text says 良"),
    ("zj-tonglu-saishi-2023", 6, "unit_mismatch", "prose",
     "裁判及工作人员劳务费21.36万元", "裁判及工作人员劳务费213600万元",
     "213600万元",
     "213600元 written with the unit 万元: 96.40 + 21.36 + 13.76 + 12.00 = 143.52 only with 21.36万元 (off by 10^4)"),

    # ---- 柘荣县 社会体育指导员培训 2021 (prose only) ----
    ("fj-zherong-zhidaoyuan-2021", 1, "balance_mismatch", "prose",
     "项目结余1.62万元", "项目结余1.26万元",
     "结余1.26万元",
     "24.00 - 22.38 = 1.62, stated 1.26"),
    ("fj-zherong-zhidaoyuan-2021", 2, "weight_sum_mismatch", "prose",
     "分为数量指标20分", "分为数量指标25分",
     "数量指标25分",
     "产出 sub-weights 25 + 15 + 5 + 10 = 55, not the 50 of 产出指标 (and total weights 105); 评分依据 gives 10 + 10 for 数量"),
    ("fj-zherong-zhidaoyuan-2021", 3, "score_sum_mismatch", "prose",
     "综合自评得分99.07分", "综合自评得分99.70分",
     "综合自评得分99.70分",
     "9.33 + 50 + 29.74 + 10 = 99.07, stated 99.70"),
    ("fj-zherong-zhidaoyuan-2021", 4, "average_mismatch", "prose",
     "平均每期59人", "平均每期56人",
     "平均每期56人",
     "(62 + 58 + 55 + 61) / 4 = 59, stated 56"),
    ("fj-zherong-zhidaoyuan-2021", 5, "implausible_rate", "prose",
     "学员满意度95.00%", "学员满意度105.26%",
     "满意度105.26%",
     "satisfaction above 100% (220/209 divided the wrong way; 209/220 = 95.00%)"),
    ("fj-zherong-zhidaoyuan-2021", 6, "conflicting_values", "prose",
     "全年共培训社会体育指导员236人", "全年共培训社会体育指导员263人",
     "培训社会体育指导员263人",
     "trainees are 236 elsewhere (62 + 58 + 55 + 61 = 236, 合计培训236人), conclusion says 263"),

    # ---- 勉县体育运动中心 部门整体 2020 ----
    ("sn-mianxian-tiyuzhongxin-2020", 1, "sum_mismatch", "table",
     "项目支出｜110.05｜142.40", "项目支出｜110.50｜142.40",
     "110.50",
     "年初预算: 176.35 + 110.50 = 286.85, 年度资金总额 286.40 (110.05 = 27.65 + 38.40 + 44.00)"),
    ("sn-mianxian-tiyuzhongxin-2020", 2, "rate_mismatch", "prose",
     "项目支出129.27万元，执行率90.78%", "项目支出129.27万元，执行率90.87%",
     "执行率90.87%",
     "项目支出 129.27 / 142.40 = 90.78%, stated 90.87%"),
    ("sn-mianxian-tiyuzhongxin-2020", 3, "weight_sum_mismatch", "table",
     "960人｜10｜8.00", "960人｜8｜8.00",
     "960人｜8｜8.00",
     "weights now 10 + 50 + 28 + 10 = 98 (效益 rows 10 + 8 + 10)"),
    ("sn-mianxian-tiyuzhongxin-2020", 4, "grade_mismatch", "table",
     "自评等级：良", "自评等级：优",
     "自评等级：优",
     "total 87.73 is in the 良 band (80-90), table says 优"),
    ("sn-mianxian-tiyuzhongxin-2020", 5, "conflicting_values", "prose",
     "全年接待健身群众21.6万人次（2019年", "全年接待健身群众26.1万人次（2019年",
     "接待健身群众26.1万人次",
     "the table gives 21.6万人次 (scored 7.20 = 10 × 21.6/30), the text 26.1万人次"),
    ("sn-mianxian-tiyuzhongxin-2020", 6, "year_mismatch", "prose",
     "已结转至2021年", "已结转至2020年",
     "结转至2020年",
     "money left at the end of 2020 is carried over into 2020 itself; must be a later year"),

    # ---- 灵川县 青少年体育俱乐部扶持资金 2022 ----
    ("gx-lingchuan-julebu-2022", 1, "average_mismatch", "prose",
     "平均每家6.67万元", "平均每家6.76万元",
     "平均每家6.76万元",
     "(8.00 + 7.50 + 6.80 + 6.00 + 5.70 + 6.00) / 6 = 6.67, stated 6.76"),
    ("gx-lingchuan-julebu-2022", 2, "completion_mismatch", "table",
     "684人｜10｜10｜114.00%", "684人｜10｜10｜141.00%",
     "684人｜10｜10｜141.00%",
     "684 / 600 = 114.00%, stated 141.00%"),
    ("gx-lingchuan-julebu-2022", 3, "score_sum_mismatch", "table",
     "88.6%｜10｜9.84｜98.44%", "88.6%｜10｜9.48｜98.44%",
     "｜9.48｜98.44%｜训练时段与课后服务冲突\n总分｜｜｜｜｜100｜96.98",
     "row scores now add to 9.64 + 49 + 28.5 + 9.48 = 96.62, total still 96.98 (table and text)"),
    ("gx-lingchuan-julebu-2022", 4, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
     "execution rate 100% on a zero budget (上年结转 0.00)"),
    ("gx-lingchuan-julebu-2022", 5, "balance_mismatch", "prose",
     "年末结余1.75万元", "年末结余1.57万元",
     "结余1.57万元",
     "48.60 - 46.85 = 1.75, stated 1.57"),
    ("gx-lingchuan-julebu-2022", 6, "sum_mismatch", "prose",
     "县级资金18.60万元", "县级资金16.80万元",
     "县级资金16.80万元",
     "全年预算48.60万元，其中自治区资金30.00 + 县级16.80 = 46.80 (县级 15.00 + 3.60 = 18.60)"),

    # ---- 肇源县 全民健身路径更新 2024 ----
    ("hlj-zhaoyuan-lujing-2024", 1, "unit_mismatch", "table",
     "≤1.6万元｜1.53万元｜100.00%", "≤1.6万元｜95.63%｜100.00%",
     "≤1.6万元｜95.63%",
     "target in 万元 per set, actual written as a percentage (1.53/1.6 typed into the actual cell)"),
    ("hlj-zhaoyuan-lujing-2024", 2, "score_exceeds_weight", "table",
     "100%｜100%｜100.00%｜8｜8｜—\n产出指标｜质量指标｜安装施工安全事故｜0起｜0起｜100.00%｜7｜7",
     "100%｜100%｜100.00%｜8｜7｜—\n产出指标｜质量指标｜安装施工安全事故｜0起｜0起｜100.00%｜7｜8",
     "0起｜0起｜100.00%｜7｜8",
     "scores of the two 质量指标 rows swapped: 安全事故 scores 8 against a weight of 7 (total still 88.54)"),
    ("hlj-zhaoyuan-lujing-2024", 3, "sum_mismatch", "table",
     "器材安装及基础硬化｜—｜—｜8.40", "器材安装及基础硬化｜—｜—｜8.04",
     "基础硬化｜—｜—｜8.04",
     "支出明细: 64.26 + 8.04 + 1.50 = 73.80, 合计 74.16"),
    ("hlj-zhaoyuan-lujing-2024", 4, "completion_mismatch", "table",
     "18个｜75.00%", "18个｜57.00%",
     "18个｜57.00%",
     "18 / 24 = 75.00%, stated 57.00%"),
    ("hlj-zhaoyuan-lujing-2024", 5, "rate_mismatch", "prose",
     "县级资金支出17.46万元，执行率67.15%", "县级资金支出17.46万元，执行率76.15%",
     "执行率76.15%",
     "县级 17.46 / 26.00 = 67.15%, stated 76.15%"),
    ("hlj-zhaoyuan-lujing-2024", 6, "conflicting_values", "prose",
     "全年更新健身路径器材42套，覆盖18个", "全年更新健身路径器材45套，覆盖18个",
     "健身路径器材45套",
     "42套 everywhere else (text, 支出明细 42套 × 15300元 = 64.26万元, 自评表), conclusion says 45套"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old text matches {count} times, must match exactly once: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
