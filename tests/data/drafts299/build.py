#!/usr/bin/env python3
"""Build the 30 error cases and labels.jsonl of this set from the five clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
The clean drafts themselves are hand-written files in cases/<id>-clean.txt and are not touched.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "jx-zhanggong-yuwufenliu-2021"
P2 = "ha-chuanhui-yilaodian-2022"
P3 = "sx-yanhu-bengzhan-2018"
P4 = "sc-cuiping-guanwangqingyu-2023"
P5 = "hn-zhuhui-paishui-2024"
PROJECTS = [P1, P2, P3, P4, P5]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- P1 Ganzhou Zhanggong, rain/sewage separation, 2021, full-width bar table ----
    (P1, 1, "rate_mismatch", "table",
     "｜1,192.76｜—｜92.71%｜", "｜1,192.76｜—｜92.17%｜",
     "92.17%",
     "当年财政拨款 row: 1,192.76 / 1,286.50 = 92.71%, the table prints 92.17%"),
    (P1, 2, "balance_mismatch", "prose",
     "尚未支付的93.74万元", "尚未支付的93.47万元",
     "93.47万元",
     "unpaid amount carried forward = 全年预算 1,486.50 - 支出 1,392.76 = 93.74万元, stated 93.47万元"),
    (P1, 3, "sum_mismatch", "table",
     "其中：当年财政拨款｜1,200.00｜", "其中：当年财政拨款｜1,220.00｜",
     "当年财政拨款｜1,220.00",
     "年初预算数 column: 1,220.00 + 200.00 + 0.00 = 1,420.00, but 年度资金总额 reads 1,400.00"),
    (P1, 4, "score_exceeds_weight", "table",
     "196mg/L｜10｜10｜2020年同期为152mg/L\n效益指标｜可持续影响指标｜改造管网移交及运维管理机制｜建立｜已建立｜10｜9｜",
     "196mg/L｜10｜11｜2020年同期为152mg/L\n效益指标｜可持续影响指标｜改造管网移交及运维管理机制｜建立｜已建立｜10｜8｜",
     "196mg/L｜10｜11",
     "COD row: score 11 above its weight 10 (the next row was lowered 9 -> 8 in the same slip, so 总分 still reads 95.73)"),
    (P1, 5, "unit_mismatch", "table",
     "｜≥18个｜18个｜", "｜≥18个｜100%｜",
     "≥18个｜100%",
     "target is a count of outfalls (个), the actual is a percentage: completion cannot be computed"),
    (P1, 6, "year_mismatch", "prose",
     "已按规定结转至2022年", "已按规定结转至2021年",
     "结转至2021年",
     "money left over from the 2021 budget is carried to 2021 itself; it must go to a later year (2022)"),

    # ---- P2 Zhoukou Chuanhui, waterlogging points, 2022, ASCII pipes ----
    (P2, 1, "score_sum_mismatch", "table",
     "| 已建立 | 10 | 9 |", "| 已建立 | 10 | 8 |",
     "已建立 | 10 | 8",
     "row scores 9.51+10+10+5+10+9.26+5+10+10+8+10 = 96.77, but 合计 (and the text) read 97.77"),
    (P2, 2, "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分",
     "效益指标35分",
     "weights line 10 + 50 + 35 + 10 = 105, not the stated 合计100分; the 效益 rows of the table add up to 30"),
    (P2, 3, "average_mismatch", "prose",
     "平均31分钟", "平均34分钟",
     "平均34分钟",
     "(35 + 26 + 40 + 22 + 33 + 30) / 6 = 31分钟, stated 34"),
    (P2, 4, "conflicting_values", "table",
     "| 3.82公里 |", "| 3.92公里 |",
     "3.92公里",
     "the table gives 3.92公里 of new/rebuilt storm sewer, the text (三、组织实施情况) says 3.82公里"),
    (P2, 5, "unit_mismatch", "prose",
     "实际支付885,200元", "实际支付885,200万元",
     "885,200万元",
     "设计、监理及第三方检测 paid 88.52万元 (table) = 885,200元; written with the unit 万元 it is off by 10^4"),
    (P2, 6, "sum_mismatch", "table",
     "| 842.00 |", "| 848.00 |",
     "848.00",
     "sub-project budgets 848.00 + 160.00 + 122.00 = 1,130.00, but 合计 reads 1,124.00"),

    # ---- P3 Yuncheng Yanhu, pump station O&M, 2018, tab-separated ----
    (P3, 1, "balance_mismatch", "prose",
     "结余13.65万元", "结余16.35万元",
     "结余16.35万元",
     "electricity: budgeted 186.00, spent 172.35, balance 13.65万元, stated 16.35"),
    (P3, 2, "score_exceeds_weight", "table",
     "健全\t—\t9\n满意度指标\t服务对象满意度指标\t周边居民及商户满意度\t10\t≥90%\t93.5%\t103.89%\t10",
     "健全\t—\t8\n满意度指标\t服务对象满意度指标\t周边居民及商户满意度\t10\t≥90%\t93.5%\t103.89%\t11",
     "103.89%\t11",
     "satisfaction row: score 11 above its weight 10 (the row above was lowered 9 -> 8 in the same slip, so 合计 still reads 96.16)"),
    (P3, 3, "grade_mismatch", "prose",
     "评价结果为“优秀”", "评价结果为“良好”",
     "评价结果为“良好”",
     "total 96.16 is in the 优 band (>= 90), not 良"),
    (P3, 4, "implausible_rate", "table",
     "(6)=(3)/(2)\t100\t100\t0\t0\t", "(6)=(3)/(2)\t100\t100\t0\t100\t",
     "(6)=(3)/(2)\t100\t100\t0\t100",
     "省级 column has no money (全年预算 0.00, 到位 0.00): a 到位率 of 100 on a zero base is impossible"),
    (P3, 5, "year_mismatch", "prose",
     "截至2018年12月31日", "截至2019年12月31日",
     "截至2019年12月31日",
     "the 2018 report states its spending as of 31 December 2019; the cut-off must be in the evaluation year"),
    (P3, 6, "completion_mismatch", "table",
     "113.00%", "103.00%",
     "103.00%",
     "1356 / 1200 = 113.00%, stated 103.00%"),

    # ---- P4 Yibin Cuiping, sewer dredging and CCTV, 2023, runs of spaces ----
    (P4, 1, "rate_mismatch", "prose",
     "执行率99.47%", "执行率99.74%",
     "执行率99.74%",
     "清淤分项 296.42 / 298.00 = 99.47%, stated 99.74%"),
    (P4, 2, "score_sum_mismatch", "table",
     "已完成  —  10  9  —", "已完成  —  10  8.5  —",
     "已完成  —  10  8.5",
     "scores 9.70+15+15+9.48+10+10+8.33+8.5+10 = 96.01, but 总分 (and the text) read 96.51"),
    (P4, 3, "weight_sum_mismatch", "table",
     "2023年5月26日  —  10  10", "2023年5月26日  —  12  10",
     "2023年5月26日  —  12",
     "产出 weights 15+15+10+10+12 = 62 against the stated 60; all weights 10+62+20+10 = 102 against 总分 100"),
    (P4, 4, "conflicting_values", "prose",
     "完成CCTV检测42.6公里", "完成CCTV检测46.2公里",
     "46.2公里",
     "text says 46.2公里 of CCTV inspection, the table row says 42.6公里 (and 106.50% = 42.6/40)"),
    (P4, 5, "unit_mismatch", "table",
     "86.4公里  108.00%", "86.4%  108.00%",
     "≥80公里  86.4%",
     "target is a length in 公里, the actual is written as a percentage"),
    (P4, 6, "completion_mismatch", "table",
     "106.50%", "105.60%",
     "105.60%",
     "42.6 / 40 = 106.50%, stated 105.60%"),

    # ---- P5 Hengyang Zhuhui, drainage centre (department as a whole), 2024, prose only ----
    (P5, 1, "rate_mismatch", "prose",
     "执行率95.05%", "执行率95.50%",
     "执行率95.50%",
     "海绵城市改造（二期）532.28 / 560.00 = 95.05%, stated 95.50%"),
    (P5, 2, "sum_mismatch", "prose",
     "政府性基金预算拨款412.50万元", "政府性基金预算拨款421.50万元",
     "421.50万元",
     "1,874.30 + 421.50 + 70.00 = 2,365.80, but 全年预算数 is 2,356.80 (also = 基本 1,012.60 + 项目 1,344.20)"),
    (P5, 3, "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”",
     "自评等级为“良”",
     "综合得分 93.5 is in the 优 band (>= 90), not 良"),
    (P5, 4, "average_mismatch", "prose",
     "平均92.35分", "平均92.53分",
     "平均92.53分",
     "(96.5 + 93 + 91.2 + 88.7) / 4 = 92.35, stated 92.53"),
    (P5, 5, "conflicting_values", "prose",
     "部门预算总额为2,356.80万元", "部门预算总额为2,365.80万元",
     "2,365.80万元",
     "the opening gives the department budget as 2,365.80万元; section 二 gives 全年预算数 2,356.80万元, which its parts add up to"),
    (P5, 6, "implausible_rate", "prose",
     "服务对象满意度为97.2%", "服务对象满意度为107.2%",
     "107.2%",
     "a satisfaction rate above 100% is impossible"),
]

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def changed_figures(old, new):
    """Numbers in old that are not in new (the figure that was changed)."""
    a = NUM.findall(old)
    b = NUM.findall(new)
    out = []
    for x in a:
        if x in b:
            b.remove(x)
        else:
            out.append(x)
    return out


def count_number(text, num):
    return len(re.findall(r"(?<![\d.,])" + re.escape(num) + r"(?![\d]|\.\d|,\d)", text))


def main():
    labels = []
    errors = []
    for pid in PROJECTS:
        clean_path = os.path.join(CASES, f"{pid}-clean.txt")
        with open(clean_path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            k = clean.count(old)
            if k != 1:
                errors.append(f"{pid}-e{n}: old string matches {k} times")
                continue
            text = clean.replace(old, new)
            if text.count(value) != 1:
                errors.append(f"{pid}-e{n}: value occurs {text.count(value)} times in the error case")
            # the changed figure must be a single mention in the clean draft (multi-cell table slips and
            # conflicting_values excepted: there the figure is a generic score cell or meant to appear twice)
            # (unit_mismatch / year_mismatch change a unit or a year word: the old string itself is unique)
            if code not in ("conflicting_values", "score_exceeds_weight", "score_sum_mismatch",
                            "weight_sum_mismatch", "implausible_rate", "unit_mismatch", "year_mismatch"):
                for fig in changed_figures(old, new):
                    c = count_number(clean, fig)
                    if c != 1:
                        errors.append(f"{pid}-e{n}: changed figure {fig} occurs {c} times in the clean draft")
            with open(os.path.join(CASES, f"{pid}-e{n}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({
                "case": f"{pid}-e{n}.txt", "source": pid, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if errors:
        for e in errors:
            print("BUILD ERROR:", e)
        sys.exit(1)
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
