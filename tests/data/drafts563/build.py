#!/usr/bin/env python3
"""Write the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit replaces one exact, unique substring `old` of the clean draft by `new`; the changed region (after
removing the common prefix/suffix of old and new) must be at most 40 characters. `value` must occur exactly
once in the error case and overlap the changed region.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

FY = "ah-fuyang-ddcchongdian-2019"
YH = "jx-yuehu-yingjiju-bumen-2021"
SQ = "ha-shangqiu-chongdianpeng-2022"
QX = "gz-qixingguan-ddczhili-2023"
XY = "sn-xianyang-gaocengzuche-2025"


LINE = None  # value = the whole (space-aligned) table line holding the change, leading spaces stripped

# (project, n, code, old, new, value, explanation)
EDITS = [
    # --- 阜阳 2019 ---
    (FY, 1, "rate_mismatch", "653.60\n—\n96.12%", "653.60\n—\n96.21%",
     "其中：当年财政拨款\n600.00\n680.00\n653.60\n—\n96.21%\n—",
     "funds block, 当年财政拨款: 653.60/680.00 = 96.12%, stated 96.21%"),
    (FY, 2, "balance_mismatch", "结余26.40万元", "结余24.60万元", "结余24.60万元",
     "到位 720.00 − 支出 693.60 = 26.40, stated 24.60"),
    (FY, 3, "score_exceeds_weight", "92.8%\n10\n总分\n100\n98.48\n本项目自评得分98.48",
     "92.8%\n10.60\n总分\n100\n99.08\n本项目自评得分99.08",
     "小区居民满意度\n10\n≥90%\n92.8%\n10.60",
     "satisfaction row scored 10.60 against a weight of 10 (table total and the sentence below raised with it to 99.08, so the sum still holds)"),
    (FY, 4, "grade_mismatch", "评价等级为优", "评价等级为良", "评价等级为良",
     "98.48 is in the 优 band (≥90)"),
    (FY, 5, "average_mismatch", "平均每区30处", "平均每区32处", "平均每区32处",
     "(34 + 31 + 29 + 26)/4 = 30, stated 32"),
    (FY, 6, "unit_mismatch", "≥4000个\n4800个", "≥4000个\n100%", "新增充电端口\n10\n≥4000个\n100%\n10",
     "target in 个, actual given as a percentage"),
    # --- 月湖 2021 (部门整体) ---
    (YH, 1, "sum_mismatch", "一般公共预算拨款1,389.80万元", "一般公共预算拨款1,398.80万元",
     "一般公共预算拨款1,398.80万元",
     "1,398.80 + 40.00 = 1,438.80 ≠ 全年预算 1,429.80"),
    (YH, 2, "conflicting_values", "检查生产经营单位392家次", "检查生产经营单位329家次", "检查生产经营单位329家次",
     "the 自评表 gives 安全生产执法检查 392家次 (completion 108.89% follows from 392)"),
    (YH, 3, "completion_mismatch", "94.6%\n105.11%", "94.6%\n105.01%",
     "“飞线充电”问题整治率\n≥90%\n94.6%\n105.01%\n10\n10",
     "94.6/90 = 105.11%, stated 105.01%"),
    (YH, 4, "weight_sum_mismatch", "392家次\n108.89%\n6\n6", "392家次\n108.89%\n8\n6",
     "安全生产执法检查\n≥360家次\n392家次\n108.89%\n8\n6",
     "weights now total 102 (安全生产执法检查 6 → 8)"),
    (YH, 5, "year_mismatch", "已结转至2022年", "已结转至2021年", "已结转至2021年继续使用",
     "unspent 2021 money carried over to 2021 itself; must be a later year"),
    (YH, 6, "implausible_rate", "5.防汛抗旱应急抢险\n0.00\n0.00\n0.00\n—", "5.防汛抗旱应急抢险\n0.00\n0.00\n0.00\n100.00%",
     "5.防汛抗旱应急抢险\n0.00\n0.00\n0.00\n100.00%",
     "execution rate 100.00% on a 0.00 budget"),
    # --- 商丘 2022 (space-aligned) ---
    (SQ, 1, "score_sum_mismatch", "100   98.51", "100   98.15", LINE,
     "row scores sum to 98.51 (and the text says 98.51), table total 98.15"),
    (SQ, 2, "rate_mismatch", "预算执行率93.10%", "预算执行率93.01%", "预算执行率93.01%",
     "912.38/980.00 = 93.10%, stated 93.01%"),
    (SQ, 3, "unit_mismatch", "工程监理及检测42.00万元", "工程监理及检测420000万元", "工程监理及检测420000万元",
     "42.00万元 (420,000元) written with the unit 万元: off by 10^4 against the sub-project table and the spending total"),
    (SQ, 4, "average_mismatch", "平均每区32个", "平均每区34个", "平均每区34个",
     "(46 + 38 + 28 + 22 + 26)/5 = 32, stated 34"),
    (SQ, 5, "completion_mismatch", "97.5%           102.63%", "97.5%           102.36%", LINE,
     "97.5/95 = 102.63%, stated 102.36%"),
    (SQ, 6, "conflicting_values", "配置灭火器1,720具", "配置灭火器1,270具", "配置灭火器1,270具",
     "the 自评表 gives 1720具 (completion 107.50% follows from 1720)"),
    # --- 七星关 2023 ---
    (QX, 1, "sum_mismatch", "其中：当年财政拨款\n320.00", "其中：当年财政拨款\n302.00",
     "其中：当年财政拨款\n302.00\n380.00\n353.30\n—\n92.97%\n—",
     "年初 column: 302.00 + 0.00 + 0.00 = 302.00 ≠ 年度资金总额 320.00"),
    (QX, 2, "balance_mismatch", "余26.70万元", "余27.60万元", "余27.60万元",
     "398.50 − 371.80 = 26.70, stated 27.60"),
    (QX, 3, "grade_mismatch", "自评等级\n优", "自评等级\n良", "自评等级\n良",
     "97.56 is in the 优 band (≥90)"),
    (QX, 4, "year_mismatch", "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日，项目累计支出371.80万元",
     "the spending of the 2023 report dated to the end of 2022"),
    (QX, 5, "implausible_rate", "≥90%\n95.3%", "≥90%\n105.3%", "群众满意度\n10\n≥90%\n105.3%\n10",
     "satisfaction 105.3% is above 100%"),
    (QX, 6, "score_exceeds_weight", "95.3%\n10\n总分\n100\n97.56\n自评等级\n优\n本项目自评得分97.56",
     "95.3%\n10.60\n总分\n100\n98.16\n自评等级\n优\n本项目自评得分98.16",
     "群众满意度\n10\n≥90%\n95.3%\n10.60",
     "satisfaction row scored 10.60 against a weight of 10 (table total and the sentence below raised with it to 98.16)"),
    # --- 咸阳 2025 ---
    (XY, 1, "weight_sum_mismatch", "6180个\n103.00%\n8\n8", "6180个\n103.00%\n10\n8",
     "新增充电端口\n≥6000个\n6180个\n103.00%\n10\n8",
     "weights now total 102 (新增充电端口 8 → 10)"),
    (XY, 2, "score_sum_mismatch", "项目得分98.62分", "项目得分98.26分", "项目得分98.26分",
     "row scores sum to 98.62 (table total 98.62), text says 98.26"),
    (XY, 3, "rate_mismatch", "资金到位率97.72%", "资金到位率97.27%", "资金到位率97.27%",
     "1,285.00/1,315.00 = 97.72%, stated 97.27%"),
    (XY, 4, "sum_mismatch", "消防物联网监测平台接入101.00万元", "消防物联网监测平台接入110.00万元",
     "消防物联网监测平台接入110.00万元",
     "714.00 + 375.00 + 110.00 + 34.00 = 1,233.00 ≠ 全年支出 1,224.00"),
    (XY, 5, "completion_mismatch", "72.5%\n120.83%", "72.5%\n120.38%", "入梯违规行为下降率\n≥60%\n72.5%\n120.38%\n10\n10",
     "72.5/60 = 120.83%, stated 120.38%"),
    (XY, 6, "conflicting_values", "验收一次合格率99.0%", "验收一次合格率98.6%", "验收一次合格率98.6%",
     "the 自评表 gives 充电设施验收一次合格率 99.0% (completion 101.02% follows from 99.0)"),
]

ORDER = [FY, YH, SQ, QX, XY]


def changed_region(old, new):
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return p, len(old) - s, len(new) - s


def main():
    labels = []
    for pid in ORDER:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, "old not unique/absent", old)
            start = clean.index(old)
            text = clean[:start] + new + clean[start + len(old):]
            a, b_old, b_new = changed_region(old, new)
            if value is LINE:
                ls = text.rfind("\n", 0, start) + 1
                le = text.find("\n", start)
                value = text[ls:le].strip()
            assert max(b_old - a, b_new - a) <= 40, (pid, n, "edit too long", b_old - a, b_new - a)
            assert text.count(value) == 1, (pid, n, "value not unique", value, text.count(value))
            vs = text.index(value)
            cs, ce = start + a, start + b_new
            assert vs < max(ce, cs + 1) and cs < vs + len(value), (pid, n, "value does not cover the change")
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote %d cases" % len(labels))


if __name__ == "__main__":
    main()
