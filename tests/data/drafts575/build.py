#!/usr/bin/env python3
"""Write the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit is (n, code, where, old, new, value, explanation): `old` must occur exactly once in the clean
draft; it is replaced by `new`; `value` must then occur exactly once in the error case and overlap the
changed characters (for the two-row score edits it is the row whose score now exceeds its weight). The changed span (after removing the common prefix/suffix) is at most 40 characters.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

EDITS = {
    "ah-hefei-guidaobutie-2018": [
        (1, "rate_mismatch", "table",
         "老年人等优惠乘车补偿            4,200.00        3,636.52       86.58%",
         "老年人等优惠乘车补偿            4,200.00        3,636.52       85.68%",
         "老年人等优惠乘车补偿            4,200.00        3,636.52       85.68%",
         "表2 sub-item rate: 3,636.52/4,200.00 = 86.58%, stated 85.68%"),
        (2, "balance_mismatch", "prose",
         "结余563.48万元", "结余536.48万元", "结余536.48万元",
         "到位 68,000.00 − 执行 67,436.52 = 563.48, stated 536.48"),
        (3, "average_mismatch", "prose",
         "季度平均3,271.63万人次", "季度平均3,217.63万人次", "季度平均3,217.63万人次",
         "(2,986.40 + 3,201.75 + 3,395.10 + 3,503.25)/4 = 3,271.63, stated 3,217.63"),
        (4, "score_exceeds_weight", "table",
         "有责行车安全事故    0起    0起    8    8\n优惠乘车政策落实率    100%    100%    8    8",
         "有责行车安全事故    0起    0起    8    8.5\n优惠乘车政策落实率    100%    100%    8    7.5",
         "有责行车安全事故    0起    0起    8    8.5",
         "score 8.5 above its weight 8 (the next row lowered to 7.5, so the total 99.60 still holds)"),
        (5, "unit_mismatch", "prose",
         "全年预算68,000.00万元（6.80亿元）", "全年预算68,000.00万元（6.80万元）",
         "全年预算68,000.00万元（6.80万元）",
         "68,000.00万元 is 6.80亿元; written 6.80万元, off by 10^4"),
        (6, "grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
         "99.60 is in the 优 band (≥90)"),
    ],
    "hb-wuhan-ditiebutie-2021": [
        (1, "sum_mismatch", "prose",
         "追加新线开通初期运营补贴等34,000.00万元", "追加新线开通初期运营补贴等43,000.00万元",
         "追加新线开通初期运营补贴等43,000.00万元",
         "年初 252,000.00 + 追加 43,000.00 = 295,000.00 ≠ 全年预算 286,000.00"),
        (2, "completion_mismatch", "table",
         "产出指标    数量指标    年客运量    ≥90000万人次    97518.60万人次    108.35%    8    8",
         "产出指标    数量指标    年客运量    ≥90000万人次    97518.60万人次    103.85%    8    8",
         "产出指标    数量指标    年客运量    ≥90000万人次    97518.60万人次    103.85%    8    8",
         "97,518.60/90,000 = 108.35%, stated 103.85%"),
        (3, "year_mismatch", "prose",
         "结转至2022年清算使用", "结转至2021年清算使用", "结转至2021年清算使用",
         "unspent money of the 2021 budget carried over to 2021 itself; must be a later year"),
        (4, "score_sum_mismatch", "table",
         "效益指标    社会效益    轨道交通占公共交通出行比例    ≥45%    43.2%    96.00%    8    7.68",
         "效益指标    社会效益    轨道交通占公共交通出行比例    ≥45%    43.2%    96.00%    8    7.86",
         "效益指标    社会效益    轨道交通占公共交通出行比例    ≥45%    43.2%    96.00%    8    7.86",
         "row scores now sum to 99.71, table and text total 99.53"),
        (5, "weight_sum_mismatch", "table",
         "效益指标    社会效益    高峰小时最大满载率    ≤120%    116.4%    100%    8    8",
         "效益指标    社会效益    高峰小时最大满载率    ≤120%    116.4%    100%    10    8",
         "效益指标    社会效益    高峰小时最大满载率    ≤120%    116.4%    100%    10    8",
         "年度目标2 weights now 42 against its 40, all weights 102"),
        (6, "conflicting_values", "prose",
         "新线初期运营补贴实际支出34,580.00万元", "新线初期运营补贴实际支出34,850.00万元",
         "新线初期运营补贴实际支出34,850.00万元",
         "分项资金使用情况表 gives 新线开通初期运营补贴 spent 34,580.00万元 (and 96.06% = 34,580/36,000)"),
    ],
    "jx-nanchang-guidaojianguan-bumen-2022": [
        (1, "implausible_rate", "table",
         "政府性基金预算拨款        0.00            0.00            0.00          —",
         "政府性基金预算拨款        0.00            0.00            0.00          100.00%",
         "政府性基金预算拨款        0.00            0.00            0.00          100.00%",
         "execution rate 100.00% on a 0.00 budget"),
        (2, "rate_mismatch", "prose",
         "部门整体预算执行率87.96%", "部门整体预算执行率89.76%", "部门整体预算执行率89.76%",
         "83,114.58/94,486.30 = 87.96%, stated 89.76%"),
        (3, "average_mismatch", "prose",
         "平均每条线路25.74万人次", "平均每条线路27.54万人次", "平均每条线路27.54万人次",
         "(36.15 + 33.08 + 19.46 + 14.27)/4 = 25.74, stated 27.54"),
        (4, "grade_mismatch", "prose",
         "评价等级为“良好”", "评价等级为“优秀”", "评价等级为“优秀”",
         "89.81 is in the 良 band (80 ≤ s < 90)"),
        (5, "unit_mismatch", "table",
         "产出指标      数量指标      运营安全监督检查次数          ≥48次           52次                10        10",
         "产出指标      数量指标      运营安全监督检查次数          ≥48次           100%                10        10",
         "产出指标      数量指标      运营安全监督检查次数          ≥48次           100%                10        10",
         "target in 次, actual given as a percentage"),
        (6, "sum_mismatch", "table",
         "  公用经费              238.00          250.00",
         "  公用经费              283.00          250.00",
         "  公用经费              283.00          250.00          225.88        90.35%",
         "年初 基本支出 1,420.00 ≠ 人员经费 1,182.00 + 公用经费 283.00 = 1,465.00"),
    ],
    "sc-chengdu-guidaobutie-2023": [
        (1, "balance_mismatch", "prose",
         "结余1,672.15万元", "结余1,627.15万元", "结余1,627.15万元",
         "到位 468,000.00 − 执行 466,327.85 = 1,672.15, stated 1,627.15"),
        (2, "completion_mismatch", "prose",
         "完成年度目标的108.41%", "完成年度目标的108.14%", "完成年度目标的108.14%",
         "227,651.80/210,000 = 108.41%, stated 108.14%"),
        (3, "weight_sum_mismatch", "table",
         "产出指标    质量指标    运行图兑现率    ≥    99.9    %    99.98    10    10",
         "产出指标    质量指标    运行图兑现率    ≥    99.9    %    99.98    12    10",
         "产出指标    质量指标    运行图兑现率    ≥    99.9    %    99.98    12    10",
         "年度目标1 weights now 52 against its 50, all weights 102"),
        (4, "score_sum_mismatch", "table",
         "55    %    53.8    8    7.83", "55    %    53.8    8    7.38",
         "效益指标    社会效益    轨道交通占公共交通出行分担率    ≥    55    %    53.8    8    7.38    部分区域公交接驳未调整到位",
         "row scores now sum to 99.34, table and text total 99.79"),
        (5, "year_mismatch", "prose",
         "截至2023年12月31日，实际支出", "截至2022年12月31日，实际支出",
         "截至2022年12月31日，实际支出466,327.85万元",
         "spending of the 2023 report dated to the end of 2022"),
        (6, "conflicting_values", "prose",
         "运营里程601.7公里", "运营里程610.7公里", "运营里程610.7公里",
         "the comparison table and the 自评表 give 601.7公里 (557.8 + 43.9)"),
    ],
    "gz-guiyang-guidaobutie-2025": [
        (1, "score_exceeds_weight", "table",
         "效益指标    社会效益    票价优惠政策落实率    100%    100%    100%    8    8\n有责运营安全事故    0起    0起    —    8    8",
         "效益指标    社会效益    票价优惠政策落实率    100%    100%    100%    8    8.5\n有责运营安全事故    0起    0起    —    8    7.5",
         "效益指标    社会效益    票价优惠政策落实率    100%    100%    100%    8    8.5",
         "score 8.5 above its weight 8 (the next row lowered to 7.5, so the total 98.96 still holds)"),
        (2, "implausible_rate", "table",
         "≥90%    95.2%    105.78%", "≥90%    100.2%    111.33%",
         "满意度指标    服务对象满意度    乘客满意度    ≥90%    100.2%    111.33%    8    8",
         "satisfaction 100.2% is above 100% (completion recomputed consistently: 100.2/90 = 111.33%)"),
        (3, "unit_mismatch", "prose",
         "（55,400,000元）", "（55,400,000万元）", "5,540.00万元（55,400,000万元）",
         "5,540.00万元 is 55,400,000元; written with the unit 万元, off by 10^4"),
        (4, "completion_mismatch", "table",
         "运行图兑现率    ≥99.8%    99.95%    100.15%    8    8",
         "运行图兑现率    ≥99.8%    99.95%    101.15%    8    8",
         "运行图兑现率    ≥99.8%    99.95%    101.15%    8    8",
         "99.95/99.8 = 100.15%, stated 101.15%"),
        (5, "rate_mismatch", "table",
         "25,200.00        23,200.00        92.06%", "25,200.00        23,200.00        90.26%",
         "沿线区分担资金      25,200.00        23,200.00        90.26%        23,100.00        91.67%",
         "到位率 23,200.00/25,200.00 = 92.06%, stated 90.26%"),
        (6, "sum_mismatch", "prose",
         "调减4,300.00万元", "调减3,400.00万元", "调减3,400.00万元",
         "年初 12.00亿元 (120,000.00) + 追加 9,500.00 − 调减 3,400.00 = 126,100.00 ≠ 全年预算 125,200.00"),
    ],
}

ORDER = ["ah-hefei-guidaobutie-2018", "hb-wuhan-ditiebutie-2021", "jx-nanchang-guidaojianguan-bumen-2022",
         "sc-chengdu-guidaobutie-2023", "gz-guiyang-guidaobutie-2025"]


def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    labels = []
    for pid in ORDER:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for n, code, where, old, new, value, expl in EDITS[pid]:
            assert clean.count(old) == 1, (pid, n, "old not unique", old)
            text = clean.replace(old, new)
            p, ea, eb = changed_span(clean, text)
            assert max(ea - p, eb - p) <= 40, (pid, n, "edit too long", ea - p, eb - p)
            assert text.count(value) == 1, (pid, n, "value not unique", value)
            vs = text.index(value)
            assert vs < max(eb, p + 1) and p < vs + len(value), (pid, n, "value does not overlap the edit")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
