#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one replacement (old -> new); `old` must occur
exactly once in the clean draft and `value` (the label) must occur in the error case and overlap
the replaced text. Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "nm-hangjin-shazhang-2021",
    "gs-jingtai-fengjin-2019",
    "nx-hongsibao-fanghulin-2023",
    "qh-gonghe-linyeju-2018",
    "xj-yutian-fangfenggusha-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 杭锦旗 2021 (full-width bar tables) ---
    ("nm-hangjin-shazhang-2021", 1, "rate_mismatch", "table",
     "1168.40｜97.37%", "1168.40｜97.73%", "1168.40｜97.73%",
     "中央财政资金 row: 1168.40 / 1200.00 = 97.37%, the table prints 97.73%"),
    ("nm-hangjin-shazhang-2021", 2, "score_exceeds_weight", "table",
     "沙障验收合格率｜≥95%｜97.2%｜10｜10｜", "沙障验收合格率｜≥95%｜97.2%｜10｜10.23｜", "97.2%｜10｜10.23",
     "score 10.23 above the weight 10 (over-achievement 97.2/95 not capped); the row scores now add to 99.27, "
     "still consistent with the whole-point total 99, so only the cap is broken"),
    ("nm-hangjin-shazhang-2021", 3, "sum_mismatch", "prose",
     "工程监理及管护费64.50万元", "工程监理及管护费46.50万元", "管护费46.50万元",
     "spending by content 1310.40 + 190.00 + 46.50 = 1546.90, but 全年执行 is 1564.90 (64.50 expected)"),
    ("nm-hangjin-shazhang-2021", 4, "unit_mismatch", "table",
     "2021年10月底前｜2021年10月26日｜", "2021年10月底前｜100%｜", "2021年10月底前｜100%",
     "工程完工时间: the target is a date, the actual a percentage"),
    ("nm-hangjin-shazhang-2021", 5, "year_mismatch", "prose",
     "已按规定结转至2022年", "已按规定结转至2021年", "结转至2021年",
     "the unspent money of the 2021 budget is carried over to 2021 itself; it must go to a later year (2022)"),
    ("nm-hangjin-shazhang-2021", 6, "grade_mismatch", "prose",
     "本项目得分99分，评价等级为优秀", "本项目得分99分，评价等级为良好", "评价等级为良好",
     "total 99 lies in the 优 band (90-100), stated 良好"),

    # --- 景泰县 2019 (tab-separated tables) ---
    ("gs-jingtai-fengjin-2019", 1, "implausible_rate", "table",
     "\t76\t100\t0\n", "\t76\t100\t100\n", "76\t100\t100",
     "其他资金 column has no budget (empty cells), yet its 执行率 reads 100: a rate on a zero base"),
    ("gs-jingtai-fengjin-2019", 2, "completion_mismatch", "table",
     "\t100%\t105.26%\t8\t", "\t100%\t102.56%\t8\t", "100%\t102.56%",
     "围栏工程验收合格率: actual 100% / target 95% = 105.26%, stated 102.56%"),
    ("gs-jingtai-fengjin-2019", 3, "balance_mismatch", "prose",
     "年末结余26.25万元", "年末结余26.52万元", "结余26.52万元",
     "到位 827.20 - 执行 800.95 = 26.25"),
    ("gs-jingtai-fengjin-2019", 4, "weight_sum_mismatch", "table",
     "新建管护站\t6\t", "新建管护站\t8\t", "新建管护站\t8",
     "weights now total 102 (产出 rows 52 against the 50 of the standard split); 合计 still says 100"),
    ("gs-jingtai-fengjin-2019", 5, "score_sum_mismatch", "table",
     "\t98.33%\t9.83\t", "\t98.33%\t9.38\t", "98.33%\t9.38",
     "row scores now add to 96.30, the table total and the conclusion say 96.75"),
    ("gs-jingtai-fengjin-2019", 6, "conflicting_values", "prose",
     "新建围栏48.6公里、管护站2座", "新建围栏46.8公里、管护站2座", "新建围栏46.8公里",
     "the new fence is 48.6 km in section 四 (19.2 + 16.8 + 12.6) and in the table; the conclusion says 46.8 km"),

    # --- 红寺堡区 2023 (PDF text, runs of spaces) ---
    ("nx-hongsibao-fanghulin-2023", 1, "average_mismatch", "prose",
     "平均每个乡镇17.1公里", "平均每个乡镇17.4公里", "平均每个乡镇17.4公里",
     "(20.5 + 17.2 + 13.6) / 3 = 17.1"),
    ("nx-hongsibao-fanghulin-2023", 2, "score_exceeds_weight", "table",
     "816人次         10    10\n", "816人次         10    10.2\n", "816人次         10    10.2",
     "带动群众务工: score 10.2 above the weight 10 (816/800 = 102% not capped); row scores add to 88.90, "
     "still consistent with the whole-point total 89"),
    ("nx-hongsibao-fanghulin-2023", 3, "rate_mismatch", "table",
     "96.70         58.61%", "96.70         58.16%", "58.16%",
     "自治区财政资金: 96.70 / 165.00 = 58.61%, the table prints 58.16%"),
    ("nx-hongsibao-fanghulin-2023", 4, "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "the self-evaluation table is headed 2022 in the 2023 report (title, budget and carry-over all 2023)"),
    ("nx-hongsibao-fanghulin-2023", 5, "completion_mismatch", "prose",
     "完成计划的81.71%", "完成计划的81.17%", "完成计划的81.17%",
     "2,860亩 / 3,500亩 = 81.71%"),
    ("nx-hongsibao-fanghulin-2023", 6, "sum_mismatch", "table",
     "区级财政资金        60.00", "区级财政资金        66.00", "区级财政资金        66.00",
     "年初预算数 column: 620.00 + 120.00 + 66.00 = 806.00, the 合计 row says 800.00"),

    # --- 共和县 2018 (department report, prose only) ---
    ("qh-gonghe-linyeju-2018", 1, "balance_mismatch", "prose",
     "年末结转资金250.88万元", "年末结转资金205.88万元", "结转资金205.88万元",
     "funds fully received: 3,651.98 - 3,401.10 = 250.88"),
    ("qh-gonghe-linyeju-2018", 2, "average_mismatch", "prose",
     "平均执行率86.82%", "平均执行率88.62%", "平均执行率88.62%",
     "(95.63 + 90.70 + 74.13) / 3 = 86.82"),
    ("qh-gonghe-linyeju-2018", 3, "implausible_rate", "prose",
     "群众满意度96.4%", "群众满意度106.4%", "群众满意度106.4%",
     "a satisfaction rate above 100%"),
    ("qh-gonghe-linyeju-2018", 4, "score_sum_mismatch", "prose",
     "但造林效益尚未显现，得24.6分", "但造林效益尚未显现，得26.4分", "得26.4分",
     "9.31 + 45.2 + 26.4 + 9.6 = 90.51, stated total 88.71"),
    ("qh-gonghe-linyeju-2018", 5, "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "weights 10 + 50 + 35 + 10 = 105, the text says 满分100分"),
    ("qh-gonghe-linyeju-2018", 6, "conflicting_values", "prose",
     "草方格沙障1.86万亩、人工造林", "草方格沙障1.68万亩、人工造林", "草方格沙障1.68万亩",
     "section 三 gives 实际完成1.86万亩 (完成率103.33% of 1.8万亩); the conclusion says 1.68万亩"),

    # --- 于田县 2024 (Markdown pipe tables) ---
    ("xj-yutian-fangfenggusha-2024", 1, "rate_mismatch", "table",
     "| 52.40 | 87.33% |", "| 52.40 | 83.73% |", "52.40 | 83.73%",
     "县级财政资金: 52.40 / 60.00 = 87.33%, the table prints 83.73%"),
    ("xj-yutian-fangfenggusha-2024", 2, "completion_mismatch", "table",
     "| 83.6% | 104.50% |", "| 83.6% | 105.40% |", "83.6% | 105.40%",
     "造林成活率: 83.6 / 80 = 104.50%, stated 105.40%"),
    ("xj-yutian-fangfenggusha-2024", 3, "unit_mismatch", "prose",
     "25,200亩，亩均420元）", "25,200亩，亩均420万元）", "亩均420万元",
     "1,058.40万元 / 25,200亩 = 420元 per mu; written 420万元, off by 10^4"),
    ("xj-yutian-fangfenggusha-2024", 4, "grade_mismatch", "prose",
     "自评得分98.13分，等级为优秀", "自评得分98.13分，等级为良好", "等级为良好",
     "98.13 lies in the 优 band (90-100), stated 良好"),
    ("xj-yutian-fangfenggusha-2024", 5, "conflicting_values", "table",
     "| ≤600元 | 560元 |", "| ≤600元 | 590元 |", "590元",
     "the per-mu cost of the sand barrier is 560元 in section 二 (772.80万元 / 13,800亩); the table says 590元"),
    ("xj-yutian-fangfenggusha-2024", 6, "sum_mismatch", "table",
     "| 合计 | 2,086.50 |", "| 合计 | 2,068.50 |", "2,068.50",
     "年初预算数 column: 1,500.00 + 400.00 + 100.00 + 86.50 = 2,086.50, the 合计 row says 2,068.50"),
]


def main():
    labels = []
    ok = True
    for src in SOURCES:
        clean_path = os.path.join(CASES, f"{src}-clean.txt")
        with open(clean_path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            if clean.count(old) != 1:
                print(f"ERROR {src}-e{n}: old text occurs {clean.count(old)} times: {old!r}")
                ok = False
                continue
            text = clean.replace(old, new)
            start = clean.index(old)
            if value not in text:
                print(f"ERROR {src}-e{n}: value not in case: {value!r}")
                ok = False
            else:
                # the value must overlap the replaced region
                vs = [i for i in range(len(text)) if text.startswith(value, i)]
                if not any(i < start + len(new) and i + len(value) > start for i in vs):
                    print(f"ERROR {src}-e{n}: value does not overlap the edit")
                    ok = False
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")
    return 0 if ok else 1


# where each slip sits (prose/table), used by README and verify
WHERE = {f"{s}-e{n}.txt": w for (s, n, c, w, o, nw, v, e) in EDITS}

if __name__ == "__main__":
    sys.exit(main())
