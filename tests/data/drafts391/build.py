#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Run from anywhere:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "hn-xiangtan-changhu-2022"
B = "gx-nanning-xingning-zhucan-2023"
C = "gz-duyun-changhu-2021"
D = "ln-panjin-xinglongtai-bumen-2024"
E = "ah-hefei-luyang-zhucan-2019"
PROJECTS = [A, B, C, D, E]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Hunan, Xiangtan medical security bureau, LTC pilot, MOF table -------------------------
    (A, 1, "rate_mismatch", "prose",
     "当年财政拨款支出465.38万元，执行率96.95%",
     "当年财政拨款支出465.38万元，执行率95.96%",
     "执行率95.96%",
     "sub-rate of the current-year appropriation: 465.38 / 480.00 (table row 当年财政拨款, 420.00 + 60.00 追加) = 96.95%, stated 95.96%"),
    (A, 2, "balance_mismatch", "prose",
     "年末未支出资金14.62万元",
     "年末未支出资金16.42万元",
     "未支出资金16.42万元",
     "all 515.60 arrived, 500.98 spent: 515.60 - 500.98 = 14.62, stated 16.42"),
    (A, 3, "score_exceeds_weight", "table",
     "｜收支平衡、略有结余｜10｜10｜—\n满意度指标｜服务对象满意度指标｜失能人员及家属满意度｜≥95%｜93.1%｜10｜9.80｜",
     "｜收支平衡、略有结余｜10｜9｜—\n满意度指标｜服务对象满意度指标｜失能人员及家属满意度｜≥95%｜93.1%｜10｜10.80｜",
     "93.1%｜10｜10.80",
     "satisfaction row scored 10.80 against a weight of 10; the qualitative row above was lowered 10 -> 9 (still inside the 达成 band) so the total 98.64 still adds up"),
    (A, 4, "grade_mismatch", "prose",
     "评价等级为“优”",
     "评价等级为“良”",
     "评价等级为“良”",
     "total 98.64 (prose and table) lies in the 优 band (>= 90), stated 良"),
    (A, 5, "unit_mismatch", "table",
     "｜≤30个工作日｜22个工作日｜",
     "｜≤30个工作日｜100%｜",
     "≤30个工作日｜100%",
     "target in working days, actual given as a percentage: completion cannot be computed"),
    (A, 6, "year_mismatch", "prose",
     "结转至2023年使用",
     "结转至2022年使用",
     "结转至2022年",
     "the unspent part of the 2022 budget cannot be carried over into 2022 itself (should be 2023)"),

    # ---- B: Guangxi, Nanning Xingning civil affairs, meal-aid, completion column -------------------
    (B, 1, "completion_mismatch", "table",
     "5326人｜106.52%",
     "5326人｜105.62%",
     "5326人｜105.62%",
     ">= 5000人, actual 5326人: completion 106.52%, stated 105.62%"),
    (B, 2, "average_mismatch", "table",
     "点均｜99.2｜",
     "点均｜92.9｜",
     "点均｜92.9",
     "mean of the five sampled points (86 + 112 + 74 + 95 + 129) / 5 = 99.2, stated 92.9"),
    (B, 3, "sum_mismatch", "prose",
     "区本级资金86.40万元",
     "区本级资金68.40万元",
     "全年预算286.40万元，其中自治区补助资金120.00万元、南宁市级补助资金80.00万元、区本级资金68.40万元",
     "120.00 + 80.00 + 68.40 = 268.40, stated total 286.40 (the district share should be 86.40)"),
    (B, 4, "implausible_rate", "table",
     "上年结转资金｜0｜0｜0｜—｜—｜—",
     "上年结转资金｜0｜0｜0｜—｜100%｜—",
     "上年结转资金｜0｜0｜0｜—｜100%",
     "an execution rate of 100% printed on a zero carry-over budget (0 / 0)"),
    (B, 5, "conflicting_values", "prose",
     "享受助餐补贴的老年人5326人",
     "享受助餐补贴的老年人5362人",
     "老年人5362人",
     "the overview says 5362 elderly received meal subsidies, the indicator table says 5326人"),
    (B, 6, "weight_sum_mismatch", "table",
     "｜100%｜100%｜100.00%｜8｜8｜",
     "｜100%｜100%｜100.00%｜10｜8｜",
     "100.00%｜10｜8",
     "food-safety row weight raised 8 -> 10: weights now total 102 (10 + 52 + 30 + 10) against 合计 100"),

    # ---- C: Guizhou, Duyun medical security bureau, LTC, tab-separated table, no satisfaction --------
    (C, 1, "rate_mismatch", "table",
     "10\t85.00%\t8.50",
     "10\t88.50%\t8.50",
     "88.50%",
     "303.28 / 356.80 = 85.00%, stated 88.50%"),
    (C, 2, "score_sum_mismatch", "table",
     "100\t89.98",
     "100\t88.98",
     "100\t88.98",
     "8.50 + 52.90 + 28.58 = 89.98, stated total 88.98 (grade band 良 unchanged)"),
    (C, 3, "sum_mismatch", "prose",
     "市级财政资金206.64万元",
     "市级财政资金260.64万元",
     "全年预算资金为356.80万元。按来源分，州级财政补助137.76万元、市级财政资金260.64万元、上年结转资金12.40万元",
     "137.76 + 260.64 + 12.40 = 410.80, stated total 356.80 (municipal share should be 206.64)"),
    (C, 4, "conflicting_values", "prose",
     "1,086名重度失能人员享受",
     "1,068名重度失能人员享受",
     "1,068名重度失能人员",
     "1,068 here, 1,086 in the benefits paragraph and 1086人 in the table for the same beneficiaries"),
    (C, 5, "unit_mismatch", "prose",
     "失能评定费50.70万元",
     "失能评定费507000万元",
     "507000万元",
     "the assessment fee 50.70万元 (= 507000元, 1,950 x 260元) written with the unit 万元: off by 10^4; parts no longer add to 303.28"),
    (C, 6, "year_mismatch", "table",
     "评价年度\t2021年",
     "评价年度\t2020年",
     "评价年度\t2020年",
     "the self-evaluation table claims year 2020 for the 2021 report"),

    # ---- D: Liaoning, Panjin Xinglongtai civil affairs, department-wide report ----------------------
    (D, 1, "sum_mismatch", "table",
     "｜20,903｜",
     "｜20,309｜",
     "助餐服务人次｜18,206｜16,840｜19,315｜19,732｜20,118｜19,864｜20,457｜20,309｜19,776｜20,230｜20,566｜20,478｜236,485",
     "August changed 20,903 -> 20,309: the twelve months now add to 235,891, stated yearly total 236,485"),
    (D, 2, "average_mismatch", "prose",
     "平均每个助餐点67人次",
     "平均每个助餐点76人次",
     "平均每个助餐点76人次",
     "1,206 / 18 points = 67, stated 76"),
    (D, 3, "implausible_rate", "prose",
     "助餐服务满意度96.3%",
     "助餐服务满意度106.3%",
     "助餐服务满意度106.3%",
     "a satisfaction rate above 100% (meal-service sub-rate; the overall 95.4% still lies between the two sub-rates)"),
    (D, 4, "grade_mismatch", "prose",
     "自评等级为“优”",
     "自评等级为“良”",
     "自评等级为“良”",
     "table total 95.54 lies in the 优 band, stated 良"),
    (D, 5, "score_sum_mismatch", "table",
     "｜100｜95.54",
     "｜100｜95.45",
     "100｜95.45",
     "9.70 + 49.84 + 26 + 10 = 95.54, stated 95.45 (grade band 优 unchanged)"),
    (D, 6, "balance_mismatch", "table",
     "｜93.00%｜22.68",
     "｜93.00%｜22.86",
     "93.00%｜22.86",
     "care-subsidy programme: 324.00 - 301.32 = 22.68, stated 22.86"),

    # ---- E: Anhui, Hefei Luyang civil affairs, meal-aid, Shanxi-like funds table ---------------------
    (E, 1, "rate_mismatch", "table",
     "｜100.00%｜90.00%",
     "｜100.00%｜96.00%",
     "100.00%｜96.00%",
     "district column, (6)=(3)/(2): 108.00 / 120.00 = 90.00%, stated 96.00%"),
    (E, 2, "score_exceeds_weight", "table",
     "｜有效缓解｜达成｜—｜10｜9\n效益指标｜可持续影响指标｜助餐点运营满一年比例｜≥80%｜84.00%｜105.00%｜10｜10",
     "｜有效缓解｜达成｜—｜10｜8\n效益指标｜可持续影响指标｜助餐点运营满一年比例｜≥80%｜84.00%｜105.00%｜10｜11",
     "105.00%｜10｜11",
     "row scored 11 against a weight of 10 (over-achievement rewarded); the qualitative row above was lowered 9 -> 8 (still in the 达成 band) so the total 97.04 still adds up"),
    (E, 3, "weight_sum_mismatch", "table",
     "95.20%｜8｜7.62",
     "95.20%｜10｜7.62",
     "95.20%｜10｜7.62",
     "weight of the subsidised-elderly row raised 8 -> 10: weights total 102 against 合计 100"),
    (E, 4, "conflicting_values", "prose",
     "全年助餐服务16.38万人次",
     "全年助餐服务16.83万人次",
     "全年助餐服务16.83万人次",
     "prose 16.83万人次, table 16.38万人次 for the same yearly meal count"),
    (E, 5, "completion_mismatch", "table",
     "16.38万人次｜109.20%",
     "16.38万人次｜106.20%",
     "16.38万人次｜106.20%",
     ">= 15万人次, actual 16.38万人次: completion 109.20%, stated 106.20%"),
    (E, 6, "completion_mismatch", "prose",
     "完成计划的104.17%",
     "完成计划的101.47%",
     "完成计划的101.47%",
     "25 points subsidised against a plan of 24 (14 + 10): 104.17%, stated 101.47%"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
