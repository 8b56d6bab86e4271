#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl from the clean drafts.

Every error case is its clean draft with exactly one injected inconsistency. An edit is a list
of (old, new) replacements; `old` must occur exactly once in the clean draft. All but the
score-row edits are a single replacement; score-row edits may touch two adjacent table rows.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# project id -> list of (n, code, [(old, new), ...], value, explanation)
EDITS = {
    "qiongzhong-teacherallowance-2020": [
        (1, "rate_mismatch",
         [("执行1377.77万元，预算执行率97.13%", "执行1377.77万元，预算执行率97.31%")],
         "预算执行率97.31%",
         "1377.77 / 1418.52 = 97.13%; the stated 97.31% has two digits transposed"),
        (2, "average_mismatch",
         [("分别为95.8%、94.1%和93.9%", "分别为97.8%、94.1%和93.9%")],
         "97.8%、94.1%和93.9%，平均为94.6%",
         "(97.8 + 94.1 + 93.9) / 3 = 95.27, stated average 94.6% (the first group was retyped)"),
        (3, "unit_mismatch",
         [("每人每月900元，全年444.96万元", "每人每月900元，全年4449600万元")],
         "4449600万元",
         "412 × 900 × 12 = 4449600元 = 444.96万元: a 元 figure labelled 万元 (off by 10^4); "
         "with it the three groups no longer add up to 1375.80万元"),
        (4, "year_mismatch",
         [("36.55万元结转至2021年1月发放", "36.55万元结转至2020年1月发放")],
         "结转至2020年1月发放",
         "the 2020 report carries the unpaid December allowance to January 2020, i.e. into the "
         "evaluation year itself (elsewhere: paid in 2021年1月)"),
    ],
    "menyuan-grassrodent-2021": [
        (1, "completion_mismatch",
         [("｜88.62%｜104.26%｜10｜10", "｜88.62%｜88.62%｜10｜10")],
         "鼠害防治效果｜≥85%｜88.62%｜88.62%",
         "target ≥85%, actual 88.62% → completion 104.26%; the actual was copied into the 完成率 cell"),
        (2, "sum_mismatch",
         [("生物防治36.2万亩", "生物防治38.2万亩")],
         "鼠害防治62.4万亩，其中物理防治18.6万亩、生物防治38.2万亩",
         "18.6 + 38.2 + 7.6 = 64.4万亩, stated total 62.4万亩"),
        (3, "weight_sum_mismatch",
         [("补充安装招鹰架｜≥800架｜820架｜102.50%｜5｜5", "补充安装招鹰架｜≥800架｜820架｜102.50%｜10｜5")],
         "820架｜102.50%｜10｜5\n质量指标｜鼠害防治效果｜≥85%｜88.62%｜104.26%｜10｜10\n"
         "质量指标｜防治药剂抽检合格率｜100%｜100%｜100.00%｜5｜5\n"
         "时效指标｜春季鼠害防治完成时间｜2021年5月31日前｜2021年5月26日｜—｜5｜5\n"
         "成本指标｜鼠害亩均防治成本｜≤7.5元/亩｜6.75元/亩｜100.00%｜5｜5\n产出指标小计｜｜｜｜｜50",
         "产出 row weights now 10+10+10+10+5+5+5 = 55 against the 小计 50 (数量指标 30 against 25 in the text)"),
        (4, "balance_mismatch",
         [("年末结余33.23万元", "年末结余32.23万元")],
         "结余32.23万元",
         "到位 581.60 − 执行 548.37 = 33.23万元 (= 26.80 carried + 6.43 returned), stated 32.23"),
    ],
    "chengkou-birthdefect-2024": [
        (1, "unit_mismatch",
         [("≥1600人｜1582人｜98.88%", "≥1600人｜98.88%｜98.88%")],
         "≥1600人｜98.88%",
         "target in 人, actual given as a percentage (the completion rate typed into the actual cell)"),
        (2, "conflicting_values",
         [("为246名临界风险孕妇", "为264名临界风险孕妇")],
         "264名临界风险孕妇",
         "the NIPT subsidy went to 246人 (246 × 600元 = 14.76万元 in section 二); here 264"),
        (3, "score_exceeds_weight",
         [("≥1800对｜1825对｜101.39%｜5｜5", "≥1800对｜1825对｜101.39%｜5｜5.07"),
          ("1582人｜98.88%｜10｜9.89", "1582人｜98.88%｜10｜9.82")],
         "101.39%｜5｜5.07",
         "score 5.07 above the weight 5 (5 × 101.39% uncapped); the next row lowered by 0.07 so the 合计 still reads 49.85"),
        (4, "score_sum_mismatch",
         [("孕产妇系统管理率｜≥90%｜93.50%｜103.89%｜10｜10", "孕产妇系统管理率｜≥90%｜93.50%｜103.89%｜10｜9.50")],
         "103.89%｜10｜9.50\n满意度指标｜服务对象满意度指标｜服务对象满意度｜≥90%｜94.06%｜104.51%｜10｜10\n合计｜｜｜｜｜｜40｜40",
         "row scores 10 + 10 + 9.50 + 10 = 39.50, 合计 still 40 (and 效益 30 in the conclusion)"),
    ],
    "sangzhuzi-skilltrain-2019": [
        (1, "implausible_rate",
         [("上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜94.40%｜—")],
         "上年结转资金｜0.00｜0.00｜0.00｜—｜94.40%",
         "an execution rate on a zero budget (rate copied down from the row above)"),
        (2, "rate_mismatch",
         [("占培训合格人数的61.84%", "占培训合格人数的57.42%")],
         "占培训合格人数的57.42%",
         "658 / 1064 合格 = 61.84%; 57.42% is 658 / 1146 (all trainees), the wrong base"),
        (3, "sum_mismatch",
         [("中式烹调238人次", "中式烹调283人次")],
         "培训农牧民1146人次，其中机动车驾驶286人次、挖掘机操作214人次、中式烹调283人次",
         "286 + 214 + 283 + 196 + 112 + 100 = 1191人次, stated 1146"),
        (4, "conflicting_values",
         [("年中追加的48.00万元", "年中追加的38.00万元")],
         "追加的38.00万元",
         "the 2019 追加 is 48.00万元 (section 一, 336.00 + 48.00 = 384.00); here 38.00"),
    ],
    "shangli-fireworks-2022": [
        (1, "balance_mismatch",
         [("年末结余14.86万元", "年末结余14.68万元")],
         "结余14.68万元",
         "236.76 − 221.90 = 14.86万元 (= 9.60 + 5.26), stated 14.68"),
        (2, "completion_mismatch",
         [("2761.90元｜100.00%", "2761.90元｜98.64%")],
         "2761.90元｜98.64%",
         "≤2800元 met by 2761.90元 → completion 100%; 98.64% is actual/target computed as if ≥"),
        (3, "score_sum_mismatch",
         [("满意度指标得10分，合计97.78分", "满意度指标得10分，合计97.87分")],
         "预算执行率得9.37分、产出指标得49.91分、效益指标得28.50分、满意度指标得10分，合计97.87分",
         "9.37 + 49.91 + 28.50 + 10 = 97.78, stated 97.87"),
        (4, "year_mismatch",
         [("截至2022年12月31日", "截至2021年12月31日")],
         "截至2021年12月31日",
         "a 2022 report states its base figures as at the end of 2021 (last year's sentence left in)"),
    ],
    "lianshan-smallhydro-2023": [
        (1, "grade_mismatch",
         [("评价等级为良。", "评价等级为优。")],
         "评价等级为优",
         "total 89.22 is in the 80–90 band (良), not 优"),
        (2, "rate_mismatch",
         [("128.40｜—｜73.79%", "128.40｜—｜71.33%")],
         "128.40｜—｜71.33%",
         "128.40 / 174.00 = 73.79%; 71.33% is 128.40 / 180.00 (年初预算), the wrong base"),
        (3, "weight_sum_mismatch",
         [("产出指标50分，其中数量指标25分", "产出指标50分，其中数量指标20分")],
         "产出指标50分，其中数量指标20分",
         "20 + 15 + 5 + 5 = 45 ≠ 50; the 数量 rows weigh 10 + 10 + 5 = 25"),
        (4, "score_exceeds_weight",
         [("≥63座｜63座｜100.00%｜10｜10", "≥63座｜63座｜100.00%｜10｜3.33"),
          ("6座｜4座｜66.67%｜5｜3.33", "6座｜4座｜66.67%｜5｜10")],
         "66.67%｜5｜10",
         "score 10 above the weight 5: the scores of two adjacent rows were swapped (小计 unchanged)"),
    ],
    "pinggu-eldercare-2025": [
        (1, "average_mismatch",
         [("季度平均31.70万人次", "季度平均42.27万人次")],
         "季度平均42.27万人次",
         "(28.6 + 31.4 + 33.9 + 32.9) / 4 = 31.70; 42.27 is 126.8 / 3"),
        (2, "implausible_rate",
         [("家属满意度84.7%", "家属满意度847%")],
         "家属满意度847%",
         "a satisfaction rate above 100% (decimal point lost)"),
        (3, "unit_mismatch",
         [("全年助餐补贴192.60万元", "全年助餐补贴1926000万元")],
         "1926000万元",
         "64.2万餐 × 3元 = 1926000元 = 192.60万元: a 元 figure labelled 万元 (off by 10^4); the items no longer add up to 1610.00"),
        (4, "conflicting_values",
         [("全年提供助餐服务64.2万餐", "全年提供助餐服务46.2万餐")],
         "助餐服务46.2万餐",
         "meals served are 64.2万餐 in the table and the subsidy (64.2万 × 3元 = 192.60万元); here 46.2万"),
    ],
    "yanchi-tansheep-2018": [
        (1, "grade_mismatch",
         [("自评等级为“良好”", "自评等级为“优秀”")],
         "自评等级为“优秀”",
         "total 88.86 is in the 80–90 band (良好), not 优秀"),
        (2, "sum_mismatch",
         [("技术培训及种羊鉴定22.80万元", "技术培训及种羊鉴定28.20万元")],
         "全年执行379.60万元，其中种公羊调引补助151.80万元（1012只），基础母羊良种登记补助160.00万元（6.4万只），"
         "人工授精站点建设补助45.00万元（9个），技术培训及种羊鉴定28.20万元",
         "151.80 + 160.00 + 45.00 + 28.20 = 385.00, stated total 379.60"),
        (3, "balance_mismatch",
         [("年末结余101.80万元", "年末结余40.40万元")],
         "结余40.40万元",
         "到位 481.40 − 执行 379.60 = 101.80 (= 73.20 + 15.00 + 13.60); 40.40 is 年初 420.00 − 379.60"),
        (4, "completion_mismatch",
         [("312.5万只｜104.17%", "312.5万只｜101.47%")],
         "312.5万只｜101.47%",
         "312.5 / 300 = 104.17%, stated 101.47%"),
    ],
}

ORDER = list(EDITS)


def apply(clean, edits):
    text = clean
    for old, new in edits:
        if clean.count(old) != 1:
            raise SystemExit(f"edit anchor not unique in clean draft: {old!r} ({clean.count(old)}x)")
        text = text.replace(old, new, 1)
    return text


def main():
    lines = []
    for pid in ORDER:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        lines.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, code, edits, value, why in EDITS[pid]:
            name = f"{pid}-e{n}.txt"
            text = apply(clean, edits)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            lines.append({"case": name, "source": pid, "clean": False,
                          "expected": [{"code": code, "severity": "error", "value": value, "explanation": why}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in lines:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} labels ({sum(1 for r in lines if r['clean'])} clean)")


if __name__ == "__main__":
    main()
