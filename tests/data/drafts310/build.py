#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts and the edit list below.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft.
`value` is the exact substring of the error case that carries the changed figure (the label span);
`unique` is the changed quantity as written in the clean draft: verify.py checks that it occurs once
(twice or more only for conflicting_values, where the same quantity is meant to be stated twice).
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"

JX = "jx-yuanzhou-youchadigai-2021"
HN = "hn-changning-youchaxinzao-2023"
GX = "gx-cenxi-linxiajingji-2022"
FJ = "fj-jianou-kejituiguang-2019"
GZ = "gz-tianzhu-linyeju-bumen-2024"
PROJECTS = [JX, HN, GX, FJ, GZ]

# (source, n, code, where, old, new, value, unique, explanation)
EDITS = [
    # ---- Jiangxi, Yuanzhou: camellia low-yield stand improvement, 2021 (one cell per line) ----
    (JX, 1, "rate_mismatch", "table",
     "\t95.88\n\t98.25\n", "\t95.88\n\t98.52\n", "95.88\n\t98.52", "98.25",
     "funds table row (7)=(4)/(2), column 中央资金: 176.85 / 180.00 = 98.25%, printed 98.52"),
    (JX, 2, "conflicting_values", "table",
     "受益农户满意度\n\t≥90%\n\t94.5%", "受益农户满意度\n\t≥90%\n\t95.4%", "≥90%\n\t95.4%", "94.5%",
     "附件 table gives 受益农户满意度 95.4% while section 四（三） gives 94.5% for the same survey"),
    (JX, 3, "average_mismatch", "prose",
     "平均398.5公斤", "平均396.5公斤", "平均396.5公斤", "398.5",
     "(412 + 386 + 405 + 391) / 4 = 398.5 kg, stated 396.5"),
    (JX, 4, "score_exceeds_weight", "table",
     "\t15\n\t15\n\t\n\n\t\n\t\n\t高标准示范片建设\n\t5个\n\t4个\n\t10\n\t8\n",
     "\t15\n\t8\n\t\n\n\t\n\t\n\t高标准示范片建设\n\t5个\n\t4个\n\t10\n\t15\n",
     "高标准示范片建设\n\t5个\n\t4个\n\t10\n\t15", "高标准示范片建设\n\t5个\n\t4个\n\t10\n\t8",
     "高标准示范片建设 scored 15 against a weight of 10 (the scores of this row and the 低产林改造面积 row above were transposed, so the total 96.79 still adds up)"),
    (JX, 5, "year_mismatch", "prose",
     "已结转至2022年", "已结转至2021年", "已结转至2021年", "已结转至2022年",
     "money left unspent in the 2021 budget is carried over to 2021 itself; it can only go to a later year (2022)"),
    (JX, 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”", "评价等级为“优”",
     "total 96.79 lies in the 优 band (90–100), stated 良"),
    # ---- Hunan, Changning: camellia new-planting subsidy, 2023 (tab-separated) ----
    (HN, 1, "balance_mismatch", "prose",
     "尚未兑付的104.32万元", "尚未兑付的140.32万元", "140.32万元", "104.32",
     "received 640.00 - spent 535.68 = 104.32万元 left for the second instalment, stated 140.32"),
    (HN, 2, "sum_mismatch", "prose",
     "省级资金160万元", "省级资金150万元", "省级资金150万元", "160万元",
     "400.00 + 150 + 80.00 = 630 ≠ 全年预算640.00万元 (provincial part should be 160)"),
    (HN, 3, "completion_mismatch", "prose",
     "为计划的103.25%", "为计划的102.35%", "为计划的102.35%", "103.25%",
     "8260亩 / 8000亩 = 103.25%, stated 102.35%"),
    (HN, 4, "conflicting_values", "table",
     "造林成活率\t≥85%\t91.2%", "造林成活率\t≥85%\t92.1%", "≥85%\t92.1%", "91.2%",
     "自评表 gives 造林成活率 92.1% while section 四（三） gives 平均成活率91.2% (the mean of the five sampled plots)"),
    (HN, 5, "score_sum_mismatch", "table",
     "部分乡镇未落实到户\t10\t7\t", "部分乡镇未落实到户\t10\t7.5\t", "部分乡镇未落实到户\t10\t7.5", "部分乡镇未落实到户\t10\t7",
     "row scores add up to 8.37 + 49.67 + 27.5 + 9.78 = 95.32, stated total 94.82 (7.5 itself is inside the 部分达成 band)"),
    (HN, 6, "implausible_rate", "table",
     "上年结转资金\t0\t0\t0\t—\t—\t—", "上年结转资金\t0\t0\t0\t—\t100%\t—", "0\t—\t100%", "上年结转资金\t0\t0\t0\t—\t—",
     "执行率 100% printed for 上年结转资金 whose budget and spending are 0: a rate on a zero base"),
    # ---- Guangxi, Cenxi: under-forest economy demonstration bases, 2022 (web page, ｜ tables) ----
    (GX, 1, "rate_mismatch", "prose",
     "支出31.50万元，执行率90%", "支出31.50万元，执行率96%", "执行率96%", "执行率90%",
     "归义镇基地 31.50 / 35.00 = 90%, stated 96%"),
    (GX, 2, "weight_sum_mismatch", "table",
     "740.74元｜10｜10", "740.74元｜15｜10", "740.74元｜15", "740.74元｜10",
     "weights now total 105 (成本指标 15 instead of 10; 产出 50 + 5)"),
    (GX, 3, "average_mismatch", "prose",
     "平均90.33分", "平均91.33分", "平均91.33分", "90.33",
     "(93 + 88 + 90) / 3 = 90.33, stated 91.33"),
    (GX, 4, "unit_mismatch", "table",
     "建设数量｜3个｜3个", "建设数量｜3个｜100%", "3个｜100%", "建设数量｜3个｜3个",
     "target is a count (3个), actual written as a percentage (100%)"),
    (GX, 5, "year_mismatch", "prose",
     "截至2022年12月31日，项目支出", "截至2021年12月31日，项目支出", "截至2021年12月31日", "截至2022年12月31日",
     "spending of the 2022 project (money issued April 2022) is reported as of 31 Dec 2021: the cut-off date must name the evaluation year 2022"),
    (GX, 6, "score_exceeds_weight", "table",
     "｜5｜4.74｜质保金按合同延后支付\n产出指标｜成本指标｜示范基地亩均补助｜≤800元｜740.74元｜10｜10｜",
     "｜5｜10｜质保金按合同延后支付\n产出指标｜成本指标｜示范基地亩均补助｜≤800元｜740.74元｜10｜4.74｜",
     "90%｜5｜10", "90%｜5｜4.74",
     "补助资金拨付及时率 scored 10 against a weight of 5 (scores of this row and the 成本 row below transposed; total unchanged)"),
    # ---- Fujian, Jian'ou: forestry technology extension (camellia), 2019 (PDF, spaces) ----
    (FJ, 1, "sum_mismatch", "prose",
     "配方肥料15.00万元", "配方肥料13.00万元", "配方肥料13.00万元", "15.00万元",
     "45.00 + 18.00 + 13.00 + 12.00 + 10.00 = 98.00 ≠ 项目总投资100万元"),
    (FJ, 2, "completion_mismatch", "table",
     "38.6公斤 110.29%", "38.6公斤 112.09%", "112.09%", "110.29%",
     "38.6 / 35 = 110.29%, stated 112.09%"),
    (FJ, 3, "score_sum_mismatch", "table",
     "初稿已完成 — 5 3\n", "初稿已完成 — 5 3.5\n", "初稿已完成 — 5 3.5", "初稿已完成 — 5 3\n",
     "row scores add up to 88.86, stated 合计 88.36 (3.5 itself is inside the 部分达成 band of a 5-point row)"),
    (FJ, 4, "grade_mismatch", "prose",
     "等级为良好", "等级为优秀", "等级为优秀", "等级为良好",
     "total 88.36 lies in the 良 band (80–90), stated 优秀"),
    (FJ, 5, "weight_sum_mismatch", "table",
     "75% 107.14% 5 5", "75% 107.14% 6 5", "107.14% 6 5", "107.14% 5 5",
     "weights now total 101 (生态效益 6 instead of 5)"),
    (FJ, 6, "unit_mismatch", "prose",
     "技术培训12.00万元", "技术培训120000万元", "技术培训120000万元", "技术培训12.00万元",
     "12.00万元 (120000元) written as 120000万元: off by 10^4; with 12.00 the items add up to 100万元"),
    # ---- Guizhou, Tianzhu: forestry bureau whole-department report, 2024 (aligned spaces) ----
    (GZ, 1, "balance_mismatch", "prose",
     "余48.75万元", "余47.85万元", "余47.85万元", "48.75",
     "贴息 budget 180.00 - spent 131.25 = 48.75万元, stated 47.85"),
    (GZ, 2, "average_mismatch", "prose",
     "平均93.86分", "平均93.68分", "平均93.68分", "93.86",
     "(95.6 + 98 + 88.5 + 91.2 + 96) / 5 = 93.86, stated 93.68"),
    (GZ, 3, "implausible_rate", "table",
     "93.2%         10      10", "103.2%        10      10", "103.2%", "93.2%",
     "服务对象满意度 103.2%: a satisfaction rate above 100%"),
    (GZ, 4, "unit_mismatch", "table",
     "≥5000户       5420户", "≥5000户       108.4%", "108.4%", "5420户",
     "target is a number of households (≥5000户), actual written as a percentage (108.4%)"),
    (GZ, 5, "rate_mismatch", "table",
     "1402.25       91.24%", "1402.25       92.14%", "92.14%", "91.24%",
     "项目支出 1402.25 / 1536.80 = 91.24%, stated 92.14%"),
    (GZ, 6, "conflicting_values", "prose",
     "改造10360亩", "改造10630亩", "改造10630亩", "10360亩",
     "section 三 gives 10630亩 of low-yield stands improved, the 自评表 gives 10360亩"),
]


def main():
    labels = []
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        assert (CASES / clean_name).exists(), clean_name
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, unique, expl) in EDITS:
            if s != src:
                continue
            text = (CASES / clean_name).read_text(encoding="utf-8")
            assert text.count(old) == 1, (src, n, "old must match exactly once", old)
            out = text.replace(old, new)
            assert value in out, (src, n, "value not in error case")
            name = f"{src}-e{n}.txt"
            (CASES / name).write_text(out, encoding="utf-8")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
