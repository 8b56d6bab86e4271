#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts and the edit list below.

Every edit is one exact old -> new replacement that must match exactly once in its clean draft.
`value` is an exact substring of the resulting error case that contains the changed figure.
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

IDS = [
    "sd-zhoucun-huizhan-2022",
    "ha-luohe-zhaoshang-2019",
    "hn-liuyang-huabohui-2021",
    "sc-chuanshan-zhaoshang-2023",
    "he-langfang-tucuju-bumen-2024",
]

# (source id, error no., code, where, old, new, value, explanation)
EDITS = [
    # --- 淄博市周村区商务局 2022 会展业发展专项资金 (Shanxi-style flattened tables) ---
    ("sd-zhoucun-huizhan-2022", 1, "rate_mismatch", "table",
     "\t92.84\n", "\t93.84\n", "93.84",
     "区级 column, row (7)=(4)/(2): 139.26 / 150.00 = 92.84%, stated 93.84"),
    ("sd-zhoucun-huizhan-2022", 2, "sum_mismatch", "prose",
     "26.50万元、19.80万元、13.70万元", "26.50万元、18.90万元、13.70万元",
     "26.50万元、18.90万元、13.70万元，合计60.00万元",
     "three 办展补助 amounts 26.50 + 18.90 + 13.70 = 59.10, stated total 60.00 (also used in 114.00 + 60.00 + 35.26 = 209.26)"),
    ("sd-zhoucun-huizhan-2022", 3, "weight_sum_mismatch", "table",
     "补贴资金兑付及时率\n\t5\n", "补贴资金兑付及时率\n\t6\n",
     "补贴资金兑付及时率\n\t6",
     "附件1 weights now 10+15+10+10+6+10+15+15+10 = 101 against the 合计 row 100"),
    ("sd-zhoucun-huizhan-2022", 4, "average_mismatch", "prose",
     "户均补贴1.39万元", "户均补贴1.93万元", "户均补贴1.93万元",
     "114.00万元 of booth subsidy for 82 enterprises = 1.39万元 per enterprise, stated 1.93"),
    ("sd-zhoucun-huizhan-2022", 5, "unit_mismatch", "table",
     "\t≥280个\n\t305个\n", "\t≥280个\n\t305%\n", "305%",
     "支持企业参展展位数: target in 个 (≥280个), actual written as a percentage, completion cannot be computed"),
    ("sd-zhoucun-huizhan-2022", 6, "completion_mismatch", "table",
     "\t126.00%\n", "\t162.00%\n", "162.00%",
     "展会意向成交额 6.3亿元 / 5亿元 = 126.00%, stated 162.00%"),

    # --- 漯河市投资促进局 2019 招商引资活动经费 (MOF 附件1, tab-separated browser copy) ---
    ("ha-luohe-zhaoshang-2019", 1, "rate_mismatch", "prose",
     "执行率93.60%", "执行率96.30%", "执行率96.30%",
     "当年财政拨款 126.36 / 135 = 93.60%, stated 96.30%"),
    ("ha-luohe-zhaoshang-2019", 2, "sum_mismatch", "table",
     "其中：当年财政拨款\t120.00", "其中：当年财政拨款\t102.00", "当年财政拨款\t102.00",
     "年初预算数 column: 年度资金总额 120.00 but components 102.00 + 0.00 + 0.00 = 102.00"),
    ("ha-luohe-zhaoshang-2019", 3, "score_exceeds_weight", "table",
     "报账及时率\t100%\t100%\t5\t5\t", "报账及时率\t100%\t100%\t5\t5.4\t", "100%\t5\t5.4",
     "活动经费报账及时率: score 5.4 above its weight 5 (the scores now add to 98.4, which still rounds to the stated whole-point total 98)"),
    ("ha-luohe-zhaoshang-2019", 4, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98 is in the 优 band (90–100), stated 良"),
    ("ha-luohe-zhaoshang-2019", 5, "unit_mismatch", "prose",
     "广告投放费27.50万元", "广告投放费275000万元", "275000万元",
     "the 27.50万元 item (275000元) written with the unit 万元: 68.50 + 45.36 + 275000 ≠ 141.36, reconciled exactly by reading 275000 as 元"),
    ("ha-luohe-zhaoshang-2019", 6, "year_mismatch", "prose",
     "已申请结转至2020年使用", "已申请结转至2019年使用", "结转至2019年",
     "the unspent 8.64万元 of the 2019 budget cannot be carried over to 2019 itself"),

    # --- 浏阳市商务局 2021 会展经济发展专项资金 (Hunan outline, web page, PDF-spaced table) ---
    ("hn-liuyang-huabohui-2021", 1, "balance_mismatch", "prose",
     "结余21.25万元", "结余21.52万元", "结余21.52万元",
     "到位 260 − 支出 238.75 = 21.25, stated 21.52"),
    ("hn-liuyang-huabohui-2021", 2, "score_sum_mismatch", "table",
     "95.33%  10  9.53", "95.33%  10  9.35", "10  9.35",
     "row scores now add to 98.53, stated 总分 98.71 (table and text)"),
    ("hn-liuyang-huabohui-2021", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "98.71 is in the 优 band, stated 良"),
    ("hn-liuyang-huabohui-2021", 4, "average_mismatch", "prose",
     "日均13,200人次", "日均13,800人次", "日均13,800人次",
     "52,800人次 over a 4-day show = 13,200 per day, stated 13,800"),
    ("hn-liuyang-huabohui-2021", 5, "implausible_rate", "table",
     "上年结转资金  0.00  0.00  0.00  —  —", "上年结转资金  0.00  0.00  0.00  —  100%",
     "0.00  —  100%",
     "执行率 100% on a 上年结转资金 row whose budget is 0.00: a rate on a zero base"),
    ("hn-liuyang-huabohui-2021", 6, "completion_mismatch", "table",
     "1450平方米  120.83%", "1450平方米  102.83%", "102.83%",
     "特装展位面积 1450 / 1200 = 120.83%, stated 102.83%"),

    # --- 遂宁市船山区投资促进局 2023 招商引资活动专项经费 (Sichuan outline and table) ---
    ("sc-chuanshan-zhaoshang-2023", 1, "rate_mismatch", "table",
     "91.20｜—｜96.00%", "91.20｜—｜96.60%", "96.60%",
     "财政资金 row: 91.20 / 95.00 = 96.00%, stated 96.60%"),
    ("sc-chuanshan-zhaoshang-2023", 2, "score_sum_mismatch", "prose",
     "综合得分98.59分", "综合得分98.95分", "综合得分98.95分",
     "9.64 + 15 + 15 + 10 + 10 + 10 + 15 + 13.95 = 98.59, stated 98.95"),
    ("sc-chuanshan-zhaoshang-2023", 3, "weight_sum_mismatch", "table",
     "｜95｜100｜10｜10｜", "｜95｜100｜12｜10｜", "100｜12｜10",
     "产出 weights 15+15+10+12+10 = 62 against 产出指标60分; all weights 102"),
    ("sc-chuanshan-zhaoshang-2023", 4, "conflicting_values", "prose",
     "协议总投资168.5亿元", "协议总投资186.5亿元", "协议总投资186.5亿元",
     "新签约项目协议投资额 is 168.5亿元 in the 自评表 (indicator row and 总体目标 row), 186.5亿元 in the text"),
    ("sc-chuanshan-zhaoshang-2023", 5, "implausible_rate", "table",
     "｜%｜50｜62.5｜", "｜%｜50｜162.5｜", "162.5",
     "签约项目开工率 of 162.5%: started projects cannot exceed signed projects"),
    ("sc-chuanshan-zhaoshang-2023", 6, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日", "截至2022年12月31日",
     "the 2023 report's fund position is dated the end of 2022"),

    # --- 廊坊市投资促进局 2024 部门整体支出 (web page, basic spending + three projects) ---
    ("he-langfang-tucuju-bumen-2024", 1, "balance_mismatch", "table",
     "92.85%\t10.72\t", "92.85%\t10.27\t", "10.27",
     "驻外招商联络及招商活动经费 150.00 − 139.28 = 10.72, stated 10.27"),
    ("he-langfang-tucuju-bumen-2024", 2, "sum_mismatch", "prose",
     "公用经费129.55万元", "公用经费125.95万元", "人员经费612.85万元、公用经费125.95万元",
     "基本支出 742.40 but 612.85 + 125.95 = 738.80"),
    ("he-langfang-tucuju-bumen-2024", 3, "score_exceeds_weight", "table",
     "58个\t10\t10\n", "58个\t10\t10.3\n", "58个\t10\t10.3",
     "新签约亿元以上项目: score 10.3 above its weight 10 (scores add to 98.3, which still rounds to the stated 98)"),
    ("he-langfang-tucuju-bumen-2024", 4, "average_mismatch", "prose",
     "平均得分95.67分", "平均得分95.76分", "平均得分95.76分",
     "(96 + 94 + 97) / 3 = 95.67, stated 95.76"),
    ("he-langfang-tucuju-bumen-2024", 5, "conflicting_values", "table",
     "≥40场\t46场", "≥40场\t43场", "43场",
     "招商推介活动: 46场 in the text, 43场 in 表2"),
    ("he-langfang-tucuju-bumen-2024", 6, "unit_mismatch", "prose",
     "先进制造业项目投资152.6亿元", "先进制造业项目投资152.6万元", "152.6万元",
     "parts 152.6万元 + 96.4亿元 + 131.0亿元 do not make 380.0亿元; reading 152.6 as 亿元 reconciles the sum exactly"),
]

def main():
    labels = []
    for sid in IDS:
        with open(os.path.join(CASES, sid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": sid + "-clean.txt", "source": sid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == sid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], sid
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{sid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{sid}-e{n}: value not in case: {value!r}")
            name = f"{sid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": sid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}],
                           "where": where})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            lab = {k: v for k, v in lab.items() if k != "where"}
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
