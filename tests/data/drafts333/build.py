#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts and the edit list below.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run: python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # --- jx-yihuang-songxixiaxiang-2019 (Jiangxi, full-width bar table, funds as prose above the table)
    ("jx-yihuang-songxixiaxiang-2019", "e1", "rate_mismatch", "prose",
     "县级资金执行率94.50%", "县级资金执行率95.40%", "县级资金执行率95.40%",
     "county funds: spent 63.36 - 18.00 (provincial part, 100% executed) = 45.36 of 48.00 = 94.50%, stated 95.40%"),
    ("jx-yihuang-songxixiaxiang-2019", "e2", "year_mismatch", "prose",
     "18.00万元于2019年8月追加下达", "18.00万元于2018年8月追加下达", "2018年8月追加下达",
     "a supplementary grant of the 2019 budget said to be issued in August 2018: neither the evaluation year nor an advance in the preceding December"),
    ("jx-yihuang-songxixiaxiang-2019", "e3", "score_exceeds_weight", "table",
     "演出覆盖乡镇数｜14个｜14个｜10｜10｜—\n产出指标｜质量指标｜新排、复排剧目｜≥3台｜2台｜10｜6.67",
     "演出覆盖乡镇数｜14个｜14个｜10｜12｜—\n产出指标｜质量指标｜新排、复排剧目｜≥3台｜2台｜10｜4.67",
     "演出覆盖乡镇数｜14个｜14个｜10｜12",
     "score 12 above its weight 10 (the next row lowered from 6.67 to 4.67, so the 产出 subtotal 46.67 and the total 93.27 still hold)"),
    ("jx-yihuang-songxixiaxiang-2019", "e4", "weight_sum_mismatch", "table",
     "新排、复排剧目｜≥3台｜2台｜10｜6.67", "新排、复排剧目｜≥3台｜2台｜12｜6.67", "2台｜12｜6.67",
     "weights now total 102 (产出 rows 52 against 满分50分 in the text)"),
    ("jx-yihuang-songxixiaxiang-2019", "e5", "unit_mismatch", "table",
     "演出覆盖乡镇数｜14个｜14个", "演出覆盖乡镇数｜14个｜100%", "14个｜100%",
     "target in 个 (towns), actual written as a percentage: completion cannot be computed"),
    ("jx-yihuang-songxixiaxiang-2019", "e6", "implausible_rate", "table",
     "农村群众满意度｜≥90%｜93.5%", "农村群众满意度｜≥90%｜103.5%", "≥90%｜103.5%",
     "satisfaction 103.5% is above 100%"),

    # --- sx-wanrong-puju-2021 (Shanxi, tab-separated funds table with 行次 and indicator table with 完成率)
    ("sx-wanrong-puju-2021", "e1", "sum_mismatch", "table",
     "(1)\t50.00\t50.00\t\t30.00", "(1)\t50.00\t50.00\t\t35.00", "(1)\t50.00\t50.00\t\t35.00",
     "年初预算 row: 财政资金小计 50.00 but 省级 35.00 + 县区级 20.00 = 55.00"),
    ("sx-wanrong-puju-2021", "e2", "balance_mismatch", "table",
     "(5)=(3)-(4)\t2.82", "(5)=(3)-(4)\t2.28", "(5)=(3)-(4)\t2.28",
     "(3) - (4) = 56.40 - 53.58 = 2.82, stated 2.28"),
    ("sx-wanrong-puju-2021", "e3", "completion_mismatch", "table",
     "≥12场\t10场\t83.33%", "≥12场\t10场\t88.33%", "≥12场\t10场\t88.33%",
     "10 / 12 = 83.33%, stated 88.33%"),
    ("sx-wanrong-puju-2021", "e4", "conflicting_values", "prose",
     "全年送戏进校园10场", "全年送戏进校园12场", "送戏进校园12场",
     "the text says 12 school performances, the indicator table 业绩值 says 10场 (and completion 83.33% and score 8.33 follow from 10)"),
    ("sx-wanrong-puju-2021", "e5", "average_mismatch", "prose",
     "平均每场观众600人", "平均每场观众620人", "平均每场观众620人",
     "5.16万人次 / 86场 = 600 per performance, stated 620"),
    ("sx-wanrong-puju-2021", "e6", "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 97.83 is in the 优 band (>= 90)"),

    # --- zj-changxing-qingshaonian-2023 (Zhejiang, prose only, scores as 得X分（满分Y分）)
    ("zj-changxing-qingshaonian-2023", "e1", "rate_mismatch", "prose",
     "预算执行率96.90%", "预算执行率96.09%", "预算执行率96.09%",
     "77.52 / 80.00 = 96.90%, stated 96.09%"),
    ("zj-changxing-qingshaonian-2023", "e2", "balance_mismatch", "prose",
     "年末结余2.48万元", "年末结余2.84万元", "结余2.84万元",
     "80.00 - 77.52 = 2.48, stated 2.84"),
    ("zj-changxing-qingshaonian-2023", "e3", "score_sum_mismatch", "prose",
     "产出指标，合计得49.85分", "产出指标，合计得48.95分", "合计得48.95分",
     "产出 items 10 + 10 + 10 + 9.85 + 5 + 5 = 49.85, stated 48.95 (and 9.69 + 48.95 + 28.5 + 10 = 97.14, not the stated 98.04)"),
    ("zj-changxing-qingshaonian-2023", "e4", "completion_mismatch", "prose",
     "完成率106.67%", "完成率104.67%", "完成率104.67%",
     "2560 / 2400 class hours = 106.67%, stated 104.67%"),
    ("zj-changxing-qingshaonian-2023", "e5", "year_mismatch", "prose",
     "截至2023年12月31日", "截至2024年12月31日", "截至2024年12月31日",
     "the spending of the 2023 budget is reported as of 31 Dec 2024 (after the report date 2024-02)"),
    ("zj-changxing-qingshaonian-2023", "e6", "unit_mismatch", "prose",
     "其中师资课时费51.20万元", "其中师资课时费512000万元", "师资课时费512000万元",
     "a 元 amount (512000元 = 51.20万元) labelled 万元: the spending parts only add up to 77.52 and match 2560 hours x 200元 after rescaling by 10^4"),

    # --- gx-liuzhou-qunyiguan-bumen-2022 (Guangxi, 部门整体 report, space-aligned project table)
    ("gx-liuzhou-qunyiguan-bumen-2022", "e1", "sum_mismatch", "table",
     "小剧场运行  128.20  128.20", "小剧场运行  118.20  128.20", "小剧场运行  118.20",
     "年初预算数 column: 46.00 + 60.00 + 118.20 + 62.00 = 286.20, 合计 row says 296.20"),
    ("gx-liuzhou-qunyiguan-bumen-2022", "e2", "grade_mismatch", "table",
     "88.60  良", "88.60  优", "88.60  优",
     "project score 88.60 is in the 良 band (80-90), graded 优"),
    ("gx-liuzhou-qunyiguan-bumen-2022", "e3", "rate_mismatch", "table",
     "68.40  95.00%", "68.40  95.50%", "68.40  95.50%",
     "68.40 / 72.00 = 95.00%, stated 95.50%"),
    ("gx-liuzhou-qunyiguan-bumen-2022", "e4", "average_mismatch", "prose",
     "平均自评得分93.80分", "平均自评得分93.08分", "平均自评得分93.08分",
     "(96.50 + 93.00 + 88.60 + 97.10) / 4 = 93.80, stated 93.08"),
    ("gx-liuzhou-qunyiguan-bumen-2022", "e5", "conflicting_values", "prose",
     "送戏进社区项目自评得分97.10分", "送戏进社区项目自评得分97.01分", "自评得分97.01分",
     "the text gives 97.01 for the 送戏进社区 project, the project table 97.10"),
    ("gx-liuzhou-qunyiguan-bumen-2022", "e6", "year_mismatch", "prose",
     "已按规定结转至2023年", "已按规定结转至2022年", "结转至2022年",
     "the unspent part of the 2022 budget is carried over to 2022 itself"),

    # --- sc-xuzhou-juchangyunxing-2024 (Sichuan table: 10 + 90, 指标性质 / 度量单位 columns)
    ("sc-xuzhou-juchangyunxing-2024", "e1", "score_exceeds_weight", "table",
     "100｜5｜5｜\n产出指标｜成本指标｜单场运行成本｜≤｜1.20｜万元｜1.19｜10｜10｜",
     "100｜5｜6｜\n产出指标｜成本指标｜单场运行成本｜≤｜1.20｜万元｜1.19｜10｜9｜",
     "100｜5｜6",
     "score 6 above its weight 5 (the next row lowered from 10 to 9, so the 产出 subtotal 50 and the total 98.17 still hold)"),
    ("sc-xuzhou-juchangyunxing-2024", "e2", "weight_sum_mismatch", "table",
     "万人次｜5.4｜15｜13.5", "万人次｜5.4｜20｜13.5", "万人次｜5.4｜20｜13.5",
     "weights now total 105 (indicator weights 95 against the stated 90)"),
    ("sc-xuzhou-juchangyunxing-2024", "e3", "unit_mismatch", "table",
     "签约驻场演出团队｜≥｜4｜支｜4｜", "签约驻场演出团队｜≥｜4｜支｜100%｜", "支｜100%",
     "unit column says 支 (teams), actual written as a percentage"),
    ("sc-xuzhou-juchangyunxing-2024", "e4", "implausible_rate", "table",
     "舞台设备完好率｜≥｜95｜%｜97.5｜", "舞台设备完好率｜≥｜95｜%｜107.5｜", "%｜107.5",
     "equipment availability 107.5% is above 100%"),
    ("sc-xuzhou-juchangyunxing-2024", "e5", "conflicting_values", "prose",
     "剧场全年开放312天", "剧场全年开放321天", "剧场全年开放321天",
     "the text says 321 days, the table actual and the 年度总体目标 row say 312"),
    ("sc-xuzhou-juchangyunxing-2024", "e6", "score_sum_mismatch", "prose",
     "效益指标得28.5分", "效益指标得27.5分", "效益指标得27.5分",
     "效益 rows 13.5 + 15 = 28.5, stated 27.5 (and 9.67 + 50 + 27.5 + 10 = 97.17, not the stated 98.17)"),
]

SOURCES = ["jx-yihuang-songxixiaxiang-2019", "sx-wanrong-puju-2021", "zj-changxing-qingshaonian-2023",
           "gx-liuzhou-qunyiguan-bumen-2022", "sc-xuzhou-juchangyunxing-2024"]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for s, suffix, code, where, old, new, value, expl in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value not in the error case: {value!r}")
            with open(os.path.join(CASES, f"{src}-{suffix}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": f"{src}-{suffix}.txt", "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(r['clean'] for r in labels)} clean)")


if __name__ == "__main__":
    main()
