#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n353 set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
it yields one error case with one label (code, severity "error", value, explanation).
`value` is an exact substring of the error case containing the changed figure or word.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "fj-guangze-jienenggaizao-2022",
    "ha-biyang-xinnengyuangongche-2019",
    "gz-sansui-hetongnengyuan-2021",
    "hb-luotian-jieshuijiguan-2020",
    "gx-pingnan-jiguanshiwu-bumen-2024",
]

# (source, code, where, old, new, value, explanation)
EDITS = [
    # ---- P1 Fujian, full-width bar table, scores as 得X分（满分Y分）
    ("fj-guangze-jienenggaizao-2022", "rate_mismatch", "table",
     "210.15｜—｜93.40%", "210.15｜—｜94.30%", "94.30%",
     "当年财政拨款 row: 210.15 / 225.00 = 93.40%, stated 94.30%"),
    ("fj-guangze-jienenggaizao-2022", "score_exceeds_weight", "table",
     "｜92.67%｜6｜5.56｜光伏系统11月下旬才并网，当年发电量低于测算\n效益指标｜可持续影响指标｜节能设施运维管理制度｜建立并执行｜已建立并执行｜—｜4｜4",
     "｜92.67%｜6｜6.36｜光伏系统11月下旬才并网，当年发电量低于测算\n效益指标｜可持续影响指标｜节能设施运维管理制度｜建立并执行｜已建立并执行｜—｜4｜3.2",
     "92.67%｜6｜6.36",
     "年减少二氧化碳排放量 scored 6.36 against a weight of 6 (the next, qualitative row lowered from 4 to 3.2, "
     "still inside its 80-100% band, so the 效益 subtotal 29.56 and the total 98.57 still hold)"),
    ("fj-guangze-jienenggaizao-2022", "completion_mismatch", "table",
     "94.2%｜104.67%", "94.2%｜106.47%", "106.47%",
     "干部职工满意度 94.2 / 90 = 104.67%, stated 106.47% (score unaffected: capped at the weight)"),
    ("fj-guangze-jienenggaizao-2022", "grade_mismatch", "prose",
     "自评等级为“优”", "自评等级为“良”", "自评等级为“良”",
     "total 98.57 lies in the 优 band (>= 90)"),
    ("fj-guangze-jienenggaizao-2022", "balance_mismatch", "prose",
     "年末未支付的16.25万元", "年末未支付的16.52万元", "16.52万元",
     "received 237.60 - spent 221.35 = 16.25万元, stated 16.52万元"),
    ("fj-guangze-jienenggaizao-2022", "unit_mismatch", "prose",
     "灯具材料费182280元", "灯具材料费182280万元", "182280万元",
     "1860盏 × 98元 = 182280元 (18.23万元 in the same sentence): the 元 amount is labelled 万元, off by 10^4"),
    # ---- P2 Henan, tab-separated table
    ("ha-biyang-xinnengyuangongche-2019", "sum_mismatch", "table",
     "年度资金总额\t264.00", "年度资金总额\t246.00", "总额\t246.00",
     "年初预算数 column: 240.00 + 24.00 + 0.00 = 264.00, total row states 246.00"),
    ("ha-biyang-xinnengyuangongche-2019", "weight_sum_mismatch", "table",
     "已建立\t4\t4", "已建立\t5\t4", "已建立\t5\t4",
     "weights now sum to 101 (10 + 50 + 31 + 10); the qualitative row's score 4 stays inside the 80-100% band of 5"),
    ("ha-biyang-xinnengyuangongche-2019", "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100%", "0.00\t—\t100%",
     "execution rate 100% printed for 其他资金 whose budget is 0.00: a rate on a zero base"),
    ("ha-biyang-xinnengyuangongche-2019", "year_mismatch", "prose",
     "结转至2020年支付", "结转至2019年支付", "结转至2019年",
     "the unspent 7.52万元 of the 2019 budget is carried over to 2019 itself"),
    ("ha-biyang-xinnengyuangongche-2019", "conflicting_values", "prose",
     "平均满意率95.6%", "平均满意率96.5%", "平均满意率96.5%",
     "the text gives the users' satisfaction as 96.5%, the table's 实际完成值 95.6%"),
    ("ha-biyang-xinnengyuangongche-2019", "average_mismatch", "prose",
     "平均每辆14.56万元", "平均每辆14.65万元", "平均每辆14.65万元",
     "116.48万元 / 8辆 = 14.56万元, stated 14.65万元"),
    # ---- P3 Guizhou, prose only
    ("gz-sansui-hetongnengyuan-2021", "rate_mismatch", "prose",
     "节能效益分享款执行率77.78%", "节能效益分享款执行率87.78%", "执行率87.78%",
     "sub-rate of the savings share: 67.20 / 86.40 = 77.78%, stated 87.78%"),
    ("gz-sansui-hetongnengyuan-2021", "score_sum_mismatch", "prose",
     "本项目2021年度自评得分91.53分", "本项目2021年度自评得分92.53分", "自评得分92.53分",
     "7.7 + 48.65 + 25.18 + 10 = 91.53, stated 92.53 (grade 优 unaffected)"),
    ("gz-sansui-hetongnengyuan-2021", "balance_mismatch", "prose",
     "年末结余22.08万元", "年末结余20.28万元", "结余20.28万元",
     "96.00 received - 73.92 spent = 22.08万元, stated 20.28万元"),
    ("gz-sansui-hetongnengyuan-2021", "completion_mismatch", "prose",
     "完成率102.63%", "完成率102.36%", "完成率102.36%",
     "节能设备完好率 97.5 / 95 = 102.63%, stated 102.36% (score capped at the weight either way)"),
    ("gz-sansui-hetongnengyuan-2021", "implausible_rate", "prose",
     "实际完成值93.6%", "实际完成值103.6%", "实际完成值103.6%",
     "satisfaction of 103.6% is above 100%"),
    ("gz-sansui-hetongnengyuan-2021", "unit_mismatch", "prose",
     "实际完成值2021年11月20日", "实际完成值100%", "实际完成值100%",
     "节能量核定完成时限: target is a date (2021年12月31日前), actual given as a percentage"),
    # ---- P4 Hubei, full-width bar table with subtotal rows, execution worth 20
    ("hb-luotian-jieshuijiguan-2020", "score_exceeds_weight", "table",
     "12.3%｜7｜7｜疫情期间错峰上班、集中会议减少，用水人数下降\n效益指标｜可持续影响指标｜节水管理制度建设｜健全｜健全｜4｜4",
     "12.3%｜7｜7.6｜疫情期间错峰上班、集中会议减少，用水人数下降\n效益指标｜可持续影响指标｜节水管理制度建设｜健全｜健全｜4｜3.4",
     "12.3%｜7｜7.6",
     "机关人均用水量下降率 scored 7.6 against a weight of 7 (the next, qualitative row lowered from 4 to 3.4, "
     "inside its 80-100% band, so the 效益 subtotal 21.5 still holds)"),
    ("hb-luotian-jieshuijiguan-2020", "score_sum_mismatch", "table",
     "产出指标小计｜｜｜｜｜45｜41.39｜", "产出指标小计｜｜｜｜｜45｜42.39｜", "45｜42.39",
     "产出 rows 12 + 5.33 + 7.06 + 5 + 12 = 41.39, subtotal states 42.39 (and 16 + 42.39 + 21.5 + 9.83 ≠ 88.72)"),
    ("hb-luotian-jieshuijiguan-2020", "weight_sum_mismatch", "table",
     "效益指标小计｜｜｜｜｜25｜21.5｜", "效益指标小计｜｜｜｜｜30｜21.5｜", "｜30｜21.5",
     "效益 rows weigh 8 + 6 + 7 + 4 = 25, subtotal states 30; first-level weights then sum to 105"),
    ("hb-luotian-jieshuijiguan-2020", "year_mismatch", "table",
     "评价年度｜2020年度", "评价年度｜2021年度", "评价年度｜2021年度",
     "the table claims evaluation year 2021 while the title and funds are for 2020"),
    ("hb-luotian-jieshuijiguan-2020", "grade_mismatch", "prose",
     "自评等级为“良”", "自评等级为“优”", "自评等级为“优”",
     "total 88.72 lies in the 良 band (80 <= s < 90)"),
    ("hb-luotian-jieshuijiguan-2020", "conflicting_values", "table",
     "｜≥1200套｜1236套｜", "｜≥1200套｜1263套｜", "1263套",
     "table says 1263套 fixtures, the text 1236套 (860 + 214 + 162)"),
    # ---- P5 Guangxi, department-wide report, space-aligned tables
    ("gx-pingnan-jiguanshiwu-bumen-2024", "sum_mismatch", "table",
     "项目支出    392.00", "项目支出    329.00", "项目支出    329.00",
     "年初预算 column: 806.00 + 329.00 = 1135.00, 合计 states 1198.00 (basic + project should be 806.00 + 392.00)"),
    ("gx-pingnan-jiguanshiwu-bumen-2024", "average_mismatch", "prose",
     "平均自评得分91.4分", "平均自评得分92.4分", "平均自评得分92.4分",
     "(94.5 + 97 + 86.5 + 91 + 88) / 5 = 91.4, stated 92.4"),
    ("gx-pingnan-jiguanshiwu-bumen-2024", "grade_mismatch", "table",
     "94.43%    91    优", "94.43%    91    良", "94.43%    91    良",
     "节水型机关创建 scored 91, which is 优, graded 良 in the table"),
    ("gx-pingnan-jiguanshiwu-bumen-2024", "rate_mismatch", "table",
     "83.88%", "88.38%", "88.38%",
     "充电设施建设 81.20 / 96.80 = 83.88%, stated 88.38%"),
    ("gx-pingnan-jiguanshiwu-bumen-2024", "score_sum_mismatch", "table",
     "效益指标    40    36\n", "效益指标    40    36.5\n", "效益指标    40    36.5",
     "9.64 + 38.5 + 36.5 + 9.46 = 94.1, table and text state 93.6"),
    ("gx-pingnan-jiguanshiwu-bumen-2024", "year_mismatch", "prose",
     "结转至2025年32.60万元", "结转至2024年32.60万元", "结转至2024年",
     "money left over in the 2024 report is carried over to 2024 itself"),
]


def main():
    labels = []
    counters = {}
    for src in PROJECTS:
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit("%s: old string %r matches %d times" % (src, old, n))
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit("%s: value %r not in the edited text" % (src, value))
            counters[src] = counters.get(src, 0) + 1
            case = "%s-e%d.txt" % (src, counters[src])
            with open(os.path.join(CASES, case), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": case, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d error cases)" % (len(labels), len(labels) - len(PROJECTS)))


if __name__ == "__main__":
    main()
