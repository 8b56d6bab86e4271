#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts271 from the clean drafts.

Each clean draft lives in cases/<id>-clean.txt and is never rewritten here.  EDITS lists, per
project, six single slips: an exact old -> new replacement that must match exactly once in the
clean draft, the error code of errors.md §A it produces, the label value (a short exact substring
of the error case containing the changed figure) and an explanation.

    python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jx-duchang-houniao-2021",
    "qh-gonghe-yiyuanjiance-2023",
    "nm-wulateqian-wuliangsuhai-2020",
    "hi-wenchang-qinglanxunhu-2024",
    "xz-linzhou-hulinyuan-2022",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Jiangxi, Duchang, migratory-bird habitat, 2021 (full-width ｜ table) ----
    ("jx-duchang-houniao-2021", 1, "average_mismatch", "prose",
     "分别为62种、58种、66种，平均62种",
     "分别为62种、58种、66种，平均64种",
     "平均64种",
     "(62 + 58 + 66) / 3 = 62 species, stated average 64"),
    ("jx-duchang-houniao-2021", 2, "unit_mismatch", "prose",
     "每人每月劳务补助500元，全年24.00万元",
     "每人每月劳务补助500元，全年240000万元",
     "240000万元",
     "40 wardens x 500元 x 12 = 240000元 = 24.00万元; the 元 figure carries the unit 万元 (off by 10^4), "
     "which also breaks 劳务 + 宣传教育6.00 = 30.00"),
    ("jx-duchang-houniao-2021", 3, "rate_mismatch", "table",
     "其中：当年财政拨款｜120.00｜130.00｜121.72｜—｜93.63%｜—",
     "其中：当年财政拨款｜120.00｜130.00｜121.72｜—｜93.36%｜—",
     "121.72｜—｜93.36%",
     "当年财政拨款 row: 121.72 / 130.00 = 93.63%, stated 93.36% (digits transposed)"),
    ("jx-duchang-houniao-2021", 4, "score_sum_mismatch", "table",
     "9200人次｜10｜9.20｜",
     "9200人次｜10｜9.02｜",
     "9200人次｜10｜9.02",
     "row scores now add to 9.40 + 50 + 29.02 + 10 = 98.42, the total row still reads 98.60"),
    ("jx-duchang-houniao-2021", 5, "year_mismatch", "prose",
     "已按规定结转至2022年使用",
     "已按规定结转至2021年使用",
     "结转至2021年",
     "the unspent 8.28万元 of the 2021 budget cannot be carried over into 2021 itself (should be 2022)"),
    ("jx-duchang-houniao-2021", 6, "conflicting_values", "prose",
     "全年开展巡护监测326天",
     "全年开展巡护监测362天",
     "巡护监测362天",
     "the text gives 362 patrol days, the table (实际完成值 and 年度总体目标) gives 326天"),

    # ---- Qinghai, Gonghe, wildlife epidemic-source monitoring, 2023 (flattened Shanxi-style tables) ----
    ("qh-gonghe-yiyuanjiance-2023", 1, "grade_mismatch", "prose",
     '总得分98.38分，属于"优秀"',
     '总得分98.38分，属于"良好"',
     '属于"良好"',
     "98.38 lies in the 90–100 band (优秀), stated 良好"),
    ("qh-gonghe-yiyuanjiance-2023", 2, "completion_mismatch", "table",
     "\t≥300份\n\t276份\n\t92.00%\n\t11.50",
     "\t≥300份\n\t276份\n\t95.17%\n\t11.50",
     "276份\n\t95.17%",
     "276 / 300 = 92.00%, 完成率 stated 95.17% (276/290)"),
    ("qh-gonghe-yiyuanjiance-2023", 3, "implausible_rate", "table",
     "\t(7)=(4)/(2)\n\t96.00\n\t96.00\n\t100\n\t86.67\n\t0\n",
     "\t(7)=(4)/(2)\n\t96.00\n\t96.00\n\t100\n\t86.67\n\t100\n",
     "(7)=(4)/(2)\n\t96.00\n\t96.00\n\t100\n\t86.67\n\t100",
     "州级 column has no budget and no spending, yet its 预算执行率 reads 100 (rate on a zero base)"),
    ("qh-gonghe-yiyuanjiance-2023", 4, "weight_sum_mismatch", "table",
     "监测样本采集送检数量（份）\n\t12.5",
     "监测样本采集送检数量（份）\n\t12",
     "监测样本采集送检数量（份）\n\t12",
     "weights now add to 10 + 12 + 3 x 12.5 + 15 + 15 + 10 = 99.5, not 100"),
    ("qh-gonghe-yiyuanjiance-2023", 5, "sum_mismatch", "table",
     "\t(1)\n\t55.00\n\t55.00\n\t42.00\n\t13.00",
     "\t(1)\n\t55.00\n\t55.00\n\t42.00\n\t31.00",
     "55.00\n\t55.00\n\t42.00\n\t31.00",
     "年初预算 小计 55.00 but 中央级 42.00 + 省级 31.00 = 73.00 (13.00 mistyped)"),
    ("qh-gonghe-yiyuanjiance-2023", 6, "rate_mismatch", "table",
     "\t(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
     "\t(6)=(3)/(2)\n\t100\n\t100\n\t0\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0",
     "中央级 到位率 = 42.00 / 42.00 = 100, stated 0"),

    # ---- Inner Mongolia, Urad Front Banner, Ulansuhai wetland restoration, 2020 (tab rows) ----
    ("nm-wulateqian-wuliangsuhai-2020", 1, "score_exceeds_weight", "table",
     "120块\t5\t5\t\n\t\t质量指标\t植被恢复成活率\t≥85%\t78%\t10\t9.18",
     "120块\t10\t5\t\n\t\t质量指标\t植被恢复成活率\t≥85%\t78%\t5\t9.18",
     "植被恢复成活率\t≥85%\t78%\t5\t9.18",
     "weights of two adjacent rows swapped: 成活率 now has 分值 5 but 得分 9.18 (> 5); weight and score totals unchanged"),
    ("nm-wulateqian-wuliangsuhai-2020", 2, "unit_mismatch", "table",
     "渠道清淤长度\t≥8公里\t8.2公里",
     "渠道清淤长度\t≥8公里\t100%",
     "≥8公里\t100%",
     "target in 公里, actual given as a percentage (text: 8.2公里)"),
    ("nm-wulateqian-wuliangsuhai-2020", 3, "sum_mismatch", "prose",
     "界桩标识及宣传教育30.00万元",
     "界桩标识及宣传教育35.00万元",
     "界桩标识及宣传教育35.00万元",
     "120.00 + 96.00 + 54.00 + 35.00 = 305.00, total budget 300.00"),
    ("nm-wulateqian-wuliangsuhai-2020", 4, "rate_mismatch", "prose",
     "支出196.00万元，执行率78.40%",
     "支出196.00万元，执行率74.80%",
     "支出196.00万元，执行率74.80%",
     "central funds 196.00 / 250.00 = 78.40%, stated 74.80%"),
    ("nm-wulateqian-wuliangsuhai-2020", 5, "grade_mismatch", "prose",
     "项目自评得分89.47分，评价等级为良好",
     "项目自评得分89.47分，评价等级为优秀",
     "评价等级为优秀",
     "89.47 is in the 80–90 band (良好), stated 优秀"),
    ("nm-wulateqian-wuliangsuhai-2020", 6, "completion_mismatch", "prose",
     "植被恢复成活率78%，完成率91.76%",
     "植被恢复成活率78%，完成率91.67%",
     "成活率78%，完成率91.67%",
     "78 / 85 = 91.76%, stated 91.67%"),

    # ---- Hainan, Wenchang, Qinglan mangrove reserve patrol, 2024 (web page, | pipes) ----
    ("hi-wenchang-qinglanxunhu-2024", 1, "weight_sum_mismatch", "table",
     "| 每月10日前 | 每月10日前 | 5 | 5 |",
     "| 每月10日前 | 每月10日前 | 10 | 5 |",
     "每月10日前 | 10 | 5",
     "时效 row weight 10 instead of 5: weights add to 105 (产出 55)"),
    ("hi-wenchang-qinglanxunhu-2024", 2, "score_sum_mismatch", "prose",
     "效益指标得分24.95分",
     "效益指标得分25.95分",
     "效益指标得分25.95分",
     "9.96 + 50 + 25.95 + 10 = 95.91, stated 综合得分94.91; the 效益 rows give 9.95 + 8 + 7 = 24.95"),
    ("hi-wenchang-qinglanxunhu-2024", 3, "balance_mismatch", "prose",
     "预算执行率99.57%，结余0.40万元",
     "预算执行率99.57%，结余0.60万元",
     "结余0.60万元",
     "92.50 - 92.10 = 0.40, stated 0.60"),
    ("hi-wenchang-qinglanxunhu-2024", 4, "average_mismatch", "prose",
     "平均每个片区1086.67公里",
     "平均每个片区1068.67公里",
     "平均每个片区1068.67公里",
     "(1120 + 1080 + 1060) / 3 = 1086.67, stated 1068.67"),
    ("hi-wenchang-qinglanxunhu-2024", 5, "conflicting_values", "prose",
     "无人机巡护72架次，重点覆盖",
     "无人机巡护78架次，重点覆盖",
     "无人机巡护78架次",
     "the text gives 78 drone sorties, the table and 年度总体目标 give 72架次"),
    ("hi-wenchang-qinglanxunhu-2024", 6, "implausible_rate", "table",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |",
     "| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | 100.00% | — |",
     "0.00 | — | 100.00%",
     "上年结转资金 has a 0.00 budget and 0.00 spending, its 执行率 reads 100.00% (rate on a zero base)"),

    # ---- Tibet, Lhünzhub (林周), ecological forest rangers, 2022 (PDF text, space-aligned) ----
    ("xz-linzhou-hulinyuan-2022", 1, "balance_mismatch", "prose",
     "年末结余3.50万元",
     "年末结余3.05万元",
     "结余3.05万元",
     "434.00 - 430.50 = 3.50 (10 rangers x 3500元), stated 3.05"),
    ("xz-linzhou-hulinyuan-2022", 2, "score_exceeds_weight", "table",
     "72%   10   8   疫情期间集中培训暂停\n   时效指标   补助资金发放时间   每季度末前   按季度发放   5   5",
     "72%   5   8   疫情期间集中培训暂停\n   时效指标   补助资金发放时间   每季度末前   按季度发放   10   5",
     "72%   5   8",
     "weights of the adjacent 质量/时效 rows swapped: 培训覆盖率 has 分值 5 but 得分 8; totals unchanged"),
    ("xz-linzhou-hulinyuan-2022", 3, "year_mismatch", "table",
     "项目支出绩效自评表\n（2022年度）",
     "项目支出绩效自评表\n（2021年度）",
     "（2021年度）",
     "the self-evaluation table is headed 2021年度 in a report on the 2022 funds (last year's template)"),
    ("xz-linzhou-hulinyuan-2022", 4, "unit_mismatch", "table",
     "其中：当年财政拨款   420.00   434.00   430.50",
     "其中：当年财政拨款   420.00   434.00   4305000.00",
     "4305000.00",
     "当年财政拨款 executed written in 元 (4305000.00) in a 万元 column; total row 430.50 reconciles at 10^4"),
    ("xz-linzhou-hulinyuan-2022", 5, "grade_mismatch", "table",
     "94.24   评价等级：优",
     "94.24   评价等级：良",
     "评价等级：良",
     "94.24 is in the 90–100 band (优), stated 良"),
    ("xz-linzhou-hulinyuan-2022", 6, "sum_mismatch", "prose",
     "自治区财政资金74.00万元",
     "自治区财政资金47.00万元",
     "自治区财政资金47.00万元",
     "360.00 + 47.00 = 407.00, stated 全年预算 434.00"),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, _where, old, new, value, expl in edits:
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {count} times")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: label value not in the error case")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases) in {CASES}")


if __name__ == "__main__":
    main()
