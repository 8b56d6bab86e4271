#!/usr/bin/env python3
"""Build drafts485: the 30 error cases and labels.jsonl from the five clean drafts and the edit list.

Each edit is (source, case suffix, old, new, code, value, where, explanation).  `old` must occur exactly
once in the clean draft; it is replaced by `new` and the result written to cases/<source>-<suffix>.txt.
`value` is the substring a checker's finding must overlap (it must occur exactly once in the case).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "gd-shunde-fuzhujiuye-2019",
    "fj-yongchun-anbilijiuye-2021",
    "gs-maiji-canlian-bumen-2022",
    "ln-jinzhou-yangguangjiayuan-2023",
    "yn-qilin-jiuyechuangye-2025",
]

EDITS = [
    # ---- 佛山市顺德区残联 2019 (MOF table with ｜)
    ("gd-shunde-fuzhujiuye-2019", "e1",
     "执行率分别为100%、94.44%和50.00%", "执行率分别为100%、94.14%和50.00%",
     "rate_mismatch", "94.14%", "prose, 分别 sentence of the sub-projects",
     "transport/lunch sub-project: 55.08 / 58.32 = 94.44%, stated 94.14%"),
    ("gd-shunde-fuzhujiuye-2019", "e2",
     "其他资金｜0｜0｜0｜—｜—｜—", "其他资金｜0｜0｜0｜—｜100%｜—",
     "implausible_rate", "其他资金｜0｜0｜0｜—｜100%", "table, funds block row 其他资金",
     "执行率 100% printed on a row whose 全年预算数 is 0: a rate on a zero base (clean draft prints —)"),
    ("gd-shunde-fuzhujiuye-2019", "e3",
     "8家机构平均每家12.00万元", "8家机构平均每家12.50万元",
     "average_mismatch", "平均每家12.50万元", "prose, operating subsidy by class",
     "operating subsidy 96.00万元 over 8 institutions (3×15.00 + 5×10.20) = 12.00万元 each, stated 12.50"),
    ("gd-shunde-fuzhujiuye-2019", "e4",
     "结转至2020年继续使用", "结转至2019年继续使用",
     "year_mismatch", "结转至2019年", "prose, 资金执行 paragraph",
     "unspent money of the 2019 budget is carried over to 2019 itself; it must go to a later year (2020)"),
    ("gd-shunde-fuzhujiuye-2019", "e5",
     "8家｜100.00%｜10｜10｜—\n｜｜安置残疾人数｜≥150人｜158人｜105.33%｜10｜10｜—",
     "8家｜100.00%｜10｜11｜—\n｜｜安置残疾人数｜≥150人｜158人｜105.33%｜10｜9｜—",
     "score_exceeds_weight", "扶持辅助性就业机构数｜≥8家｜8家｜100.00%｜10｜11",
     "table, 产出/数量 rows 1–2",
     "score 11 above the weight 10; the next row was lowered 10→9 so the row sum, the 产出 subtotal (45) and "
     "the total 94.01 still hold (that row's 9 at 105.33% completion is only a score_rule_mismatch warning)"),
    ("gd-shunde-fuzhujiuye-2019", "e6",
     "≥8家｜8家｜100.00%", "≥8家｜100%｜100.00%",
     "unit_mismatch", "≥8家｜100%", "table, 扶持辅助性就业机构数 actual",
     "target in 家 (≥8家), actual given as a percentage (100%): completion cannot be computed"),

    # ---- 永春县残联 2021 (tab-separated tables)
    ("fj-yongchun-anbilijiuye-2021", "e1",
     "92.12%\t15\t13.82", "92.12%\t15\t13.28",
     "score_sum_mismatch", "152人\t92.12%\t15\t13.28", "table, 新增按比例安排就业残疾人数 score",
     "row scores now sum to 97.83 (9.55 + 13.28 + 10 + 10 + 5 + 10 + 15 + 10 + 5 + 5 + 5), total stated 98.37 "
     "(13.28 against 92.12% is also a score_rule_mismatch warning)"),
    ("fj-yongchun-anbilijiuye-2021", "e2",
     "年末未使用资金6.78万元", "年末未使用资金6.87万元",
     "balance_mismatch", "年末未使用资金6.87万元", "prose, 资金情况",
     "151.00 − 144.22 = 6.78万元 unused, stated 6.87"),
    ("fj-yongchun-anbilijiuye-2021", "e3",
     "当年财政拨款\t120.00", "当年财政拨款\t102.00",
     "sum_mismatch", "当年财政拨款\t102.00", "table, funds block 年初预算数 column",
     "年初预算数: 102.00 + 12.40 + 0 = 114.40 ≠ 年度资金总额 132.40"),
    ("fj-yongchun-anbilijiuye-2021", "e4",
     "316人\t105.33%", "316人\t103.53%",
     "completion_mismatch", "316人\t103.53%", "table, 享受社保补贴的残疾职工人数 completion",
     "316 / 300 = 105.33%, stated 103.53%"),
    ("fj-yongchun-anbilijiuye-2021", "e5",
     "为316名残疾职工发放社保补贴", "为361名残疾职工发放社保补贴",
     "conflicting_values", "为361名残疾职工", "prose, 四（三）项目产出",
     "insured disabled employees: 361 in the text, 316 in the 自评表"),
    ("fj-yongchun-anbilijiuye-2021", "e6",
     "省级补助资金18.60万元", "省级补助资金186000万元",
     "unit_mismatch", "省级补助资金186000万元", "prose, sources of the 151.00万元 budget",
     "the 18.60万元 (186000元) written with the unit 万元: 120.00 + 186000 + 12.40 ≠ 151.00, reconciled exactly "
     "by rescaling that amount by 10^-4"),

    # ---- 天水市麦积区残联 2022 部门整体
    ("gs-maiji-canlian-bumen-2022", "e1",
     "平均每家23人", "平均每家25人",
     "average_mismatch", "平均每家25人", "prose, 辅助性就业 paragraph",
     "(32 + 26 + 24 + 21 + 19 + 16) / 6 = 138 / 6 = 23, stated 25"),
    ("gs-maiji-canlian-bumen-2022", "e2",
     "97.20%｜6｜6", "97.20%｜7｜6",
     "weight_sum_mismatch", "项目资金支付及时率｜≥95%｜97.20%｜7", "table, 时效指标 weight",
     "weights now total 101 and the 产出 rows 51 against the 50 stated in 自评结论 "
     "(the row's 6 under weight 7 is only a score_rule_mismatch warning)"),
    ("gs-maiji-canlian-bumen-2022", "e3",
     "全年新增残疾人就业126人", "全年新增残疾人就业162人",
     "conflicting_values", "全年新增残疾人就业162人", "prose, 三（二）",
     "new employment: 162 in the text, 126 in the 自评表"),
    ("gs-maiji-canlian-bumen-2022", "e4",
     "截至2022年12月31日", "截至2021年12月31日",
     "year_mismatch", "截至2021年12月31日", "prose, end of section 三",
     "the indicator count of the 2022 report is dated 截至2021年12月31日"),
    ("gs-maiji-canlian-bumen-2022", "e5",
     "（彩票公益金）73.10万元", "（彩票公益金）73.01万元",
     "sum_mismatch", "政府性基金预算拨款（彩票公益金）73.01万元", "prose, funds by source",
     "545.36 + 73.01 + 15.20 = 633.57 ≠ 全年预算 633.66"),
    ("gs-maiji-canlian-bumen-2022", "e6",
     "综合得分98.87分，评价等级为优。", "综合得分98.87分，评价等级为良。",
     "grade_mismatch", "评价等级为良", "prose, 自评结论",
     "98.87 lies in the 优 band (≥ 90), stated 良"),

    # ---- 大连市金州区残联 2023 (Shanxi-style funds table with 行次)
    ("ln-jinzhou-yangguangjiayuan-2023", "e1",
     "未执行4.64万元", "未执行4.46万元",
     "balance_mismatch", "未执行4.46万元", "prose, 设备购置 sub-project",
     "devices: 26.00 − 21.36 = 4.64万元 unspent, stated 4.46"),
    ("ln-jinzhou-yangguangjiayuan-2023", "e2",
     "(7)=(4)/(2)｜94.30｜100｜96.44", "(7)=(4)/(2)｜94.30｜100｜94.64",
     "rate_mismatch", "(7)=(4)/(2)｜94.30｜100｜94.64", "table, 预算执行率 row, 省级 column",
     "省级: 17.36 / 18.00 = 96.44%, stated 94.64"),
    ("ln-jinzhou-yangguangjiayuan-2023", "e3",
     "97.30%｜108.11%", "102.30%｜113.67%",
     "implausible_rate", "102.30%", "table, 学员及家长满意度 actual",
     "satisfaction 102.30% is above 100% (completion 113.67% recomputed consistently, so only the range is wrong)"),
    ("ln-jinzhou-yangguangjiayuan-2023", "e4",
     "平均每个6.20万元", "平均每个6.02万元",
     "average_mismatch", "平均每个6.02万元", "prose, 运营补贴 per home",
     "62.00万元 / 10 homes = 6.20万元, stated 6.02"),
    ("ln-jinzhou-yangguangjiayuan-2023", "e5",
     "82.50%｜10｜8.25", "82.50%｜10｜8.52",
     "score_sum_mismatch", "33台（套）｜82.50%｜10｜8.52", "table, 购置劳动及康复设备 score",
     "row scores now sum to 93.95 and the 产出 rows to 48.52, against the stated 93.68 and 48.25 "
     "(8.52 against 82.50% is also a score_rule_mismatch warning)"),
    ("ln-jinzhou-yangguangjiayuan-2023", "e6",
     "于2022年12月提前下达", "于2021年12月提前下达",
     "year_mismatch", "于2021年12月提前下达", "prose, 预算执行情况",
     "funds of the 2023 budget issued in advance in December 2021; an advance belongs to December 2022"),

    # ---- 曲靖市麒麟区残联 2025
    ("yn-qilin-jiuyechuangye-2025", "e1",
     "综合得分88.24分，评价等级为良好", "综合得分88.24分，评价等级为优秀",
     "grade_mismatch", "评价等级为优秀", "prose, 自评结论",
     "88.24 lies in the 良 band (80 ≤ s < 90), stated 优秀"),
    ("yn-qilin-jiuyechuangye-2025", "e2",
     "232人｜89.23%", "232人｜92.23%",
     "completion_mismatch", "232人｜92.23%", "table, 带动残疾人就业人数 completion",
     "232 / 260 = 89.23%, stated 92.23%"),
    ("yn-qilin-jiuyechuangye-2025", "e3",
     "87.50%｜10｜8.75", "87.50%｜12｜8.75",
     "weight_sum_mismatch", "35.00%｜87.50%｜12", "table, 培训后实现就业率 weight",
     "weights now total 102 "
     "(8.75 under weight 12 at 87.50% is only a score_rule_mismatch warning)"),
    ("yn-qilin-jiuyechuangye-2025", "e4",
     "118.00%｜10｜10｜—\n｜｜以奖代补机构数｜=4家｜4家｜100.00%｜10｜10｜—",
     "118.00%｜10｜12｜—\n｜｜以奖代补机构数｜=4家｜4家｜100.00%｜10｜8｜—",
     "score_exceeds_weight", "236人次｜118.00%｜10｜12", "table, 职业技能培训人次 and the next row",
     "score 12 above the weight 10; the next row was lowered 10→8 so the 产出 subtotal 44.94 and the total 88.24 "
     "still hold (that row's 8 at 100% completion is only a score_rule_mismatch warning)"),
    ("yn-qilin-jiuyechuangye-2025", "e5",
     "项目带动残疾人就业232人", "项目带动残疾人就业223人",
     "conflicting_values", "项目带动残疾人就业223人", "prose, 四（二）效益",
     "employment driven: 223 in the text, 232 in the 自评表"),
    ("yn-qilin-jiuyechuangye-2025", "e6",
     "91.20%｜96.00%", "101.20%｜106.53%",
     "implausible_rate", "101.20%｜106.53%", "table, 补贴资金拨付及时率 actual",
     "a timeliness rate of 101.20% is above 100% (completion 101.20/95 = 106.53% recomputed consistently)"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for name in os.listdir(CASES):
        if not name.endswith("-clean.txt"):
            os.remove(os.path.join(CASES, name))
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (_, suffix, old, new, code, value, where, expl) in by_source[src]:
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old text occurs {n} times")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{src}-{suffix}: value occurs {text.count(value)} times")
            case = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, case), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
