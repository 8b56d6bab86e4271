#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts246 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose (P) or in a table (T).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "jingxian-chuantongcunluo-2020",
    "yongtai-zhuangzhai-2021",
    "yangcheng-mingzhenmingcun-2022",
    "xixiu-tunbaoguihua-2018",
    "songyang-lishijianzhu-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- A: Jingxian (Anhui) 2020, web page, tab-separated table rows ---
    ("jingxian-chuantongcunluo-2020", 1, "rate_mismatch", "P",
     "中央补助资金支出289.20万元，支出率96.40%", "中央补助资金支出289.20万元，支出率94.60%",
     "支出率94.60%", "central subsidy 289.20 spent of 300 = 96.40%, text says 94.60%"),
    ("jingxian-chuantongcunluo-2020", 2, "balance_mismatch", "P",
     "年末结余14.40万元", "年末结余16.40万元",
     "结余16.40万元", "received 336 - spent 321.60 = 14.40, text says 16.40"),
    ("jingxian-chuantongcunluo-2020", 3, "score_sum_mismatch", "T",
     "≥95%\t90%\t5\t4.74", "≥95%\t90%\t5\t4.47",
     "4.47", "row scores now add to 96.04 while the table and the text give 96.31 (4.74 keyed as 4.47)"),
    ("jingxian-chuantongcunluo-2020", 4, "grade_mismatch", "P",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "96.31 lies in the 优 band (>= 90), text says 良"),
    ("jingxian-chuantongcunluo-2020", 5, "completion_mismatch", "P",
     "实际完成14处，完成率116.67%", "实际完成14处，完成率85.71%",
     "完成率85.71%", "14 / 12 = 116.67%; 85.71% is 12/14 (target and actual swapped)"),
    ("jingxian-chuantongcunluo-2020", 6, "unit_mismatch", "T",
     "≥8处\t8处", "≥8处\t100%",
     "≥8处\t100%", "target in 处, actual written as a percentage"),

    # --- B: Yongtai (Fujian) 2021, PDF copy, space-separated table, page footers ---
    ("yongtai-zhuangzhai-2021", 1, "sum_mismatch", "T",
     "其中：当年财政拨款 500.00 540.00 513.90", "其中：当年财政拨款 500.00 540.00 531.90",
     "540.00 531.90", "execution column: 531.90 + 0.00 + 40.00 = 571.90, total row says 553.90 (513.90 keyed as 531.90)"),
    ("yongtai-zhuangzhai-2021", 2, "average_mismatch", "P",
     "平均每座83万元", "平均每座85万元",
     "平均每座85万元", "(92+88+85+80+78+75)/6 = 83, text says 85"),
    ("yongtai-zhuangzhai-2021", 3, "score_exceeds_weight", "T",
     "≥10座 9座 5 4.5", "≥10座 9座 5 5.4",
     "9座 5 5.4", "score 5.4 above weight 5 (4.5 keyed as 5.4); rows now add to 95.45, which still rounds to the stated 95"),
    ("yongtai-zhuangzhai-2021", 4, "conflicting_values", "P",
     "修缮建筑面积8260平方米，经", "修缮建筑面积8620平方米，经",
     "8620平方米", "text gives 8620平方米 repaired, the 自评表 row gives 8260平方米"),
    ("yongtai-zhuangzhai-2021", 5, "year_mismatch", "P",
     "已结转至2022年使用", "已结转至2021年使用",
     "结转至2021年", "the 2021 balance cannot be carried over into 2021; must be a later year (2022)"),
    ("yongtai-zhuangzhai-2021", 6, "implausible_rate", "T",
     "上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100% —",
     "0.00 — 100%", "execution rate 100% printed on a zero base (上年结转 0.00 / 0.00)"),

    # --- C: Yangcheng (Shanxi) 2022, docx converter layout like seed 003 ---
    ("yangcheng-mingzhenmingcun-2022", 1, "weight_sum_mismatch", "T",
     "\t单处历史建筑平均修缮成本\n\t12.5\n", "\t单处历史建筑平均修缮成本\n\t15\n",
     "单处历史建筑平均修缮成本\n\t15", "weights now add to 102.5 (cost row 12.5 keyed as 15, copied from the effect rows)"),
    ("yangcheng-mingzhenmingcun-2022", 2, "rate_mismatch", "T",
     "\t98.25\n", "\t98.52\n",
     "98.52", "provincial column: 196.5 / 200 = 98.25%, row (7) says 98.52"),
    ("yangcheng-mingzhenmingcun-2022", 3, "completion_mismatch", "T",
     "\t97.50%\n", "\t102.56%\n",
     "102.56%", "≥80% target, actual 78%: completion 97.50%; 102.56% is 80/78"),
    ("yangcheng-mingzhenmingcun-2022", 4, "conflicting_values", "P",
     "修缮历史建筑16处，超额完成年度目标", "修缮历史建筑18处，超额完成年度目标",
     "修缮历史建筑18处", "section 三 says 18处, elsewhere (text, sum of villages, table) 16处"),
    ("yangcheng-mingzhenmingcun-2022", 5, "year_mismatch", "P",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日", "the 2022 execution figures are dated 2021-12-31"),
    ("yangcheng-mingzhenmingcun-2022", 6, "grade_mismatch", "P",
     "属于\"优秀\"", "属于\"良好\"",
     "属于\"良好\"", "98.95 lies in the 优 band, text says 良好"),

    # --- D: Xixiu (Guizhou) 2018, Word copy, tab-separated rows, no total row ---
    ("xixiu-tunbaoguihua-2018", 1, "sum_mismatch", "T",
     "其中：当年财政拨款\t96.00\t96.00\t91.20", "其中：当年财政拨款\t96.00\t96.00\t92.10",
     "96.00\t92.10", "execution column: 92.10 + 0.00 + 0.00 = 92.10, total row says 91.20"),
    ("xixiu-tunbaoguihua-2018", 2, "average_mismatch", "P",
     "平均89.5分", "平均90.5分",
     "平均90.5分", "(88+91+86+93+90+87+92+89)/8 = 89.5, text says 90.5"),
    ("xixiu-tunbaoguihua-2018", 3, "unit_mismatch", "P",
     "专家评审及成果印制费2.40万元", "专家评审及成果印制费24000万元",
     "24000万元", "88.80 + x = 91.20 gives 2.40万元; 24000 is the amount in 元 labelled 万元"),
    ("xixiu-tunbaoguihua-2018", 4, "score_sum_mismatch", "P",
     "综合自评得分94.5分", "综合自评得分95.4分",
     "95.4分", "row scores add to 94.5, text says 95.4"),
    ("xixiu-tunbaoguihua-2018", 5, "grade_mismatch", "P",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "94.5 lies in the 优 band, text says 良"),
    ("xixiu-tunbaoguihua-2018", 6, "implausible_rate", "T",
     "≥90%\t95.6%", "≥90%\t956%",
     "956%", "satisfaction 956% (decimal point dropped) is above 100%"),

    # --- E: Songyang (Zhejiang) 2024, web page, one table cell per line ---
    ("songyang-lishijianzhu-2024", 1, "balance_mismatch", "P",
     "年末结余2.25万元", "年末结余2.52万元",
     "结余2.52万元", "received 450 - spent 447.75 = 2.25, text says 2.52"),
    ("songyang-lishijianzhu-2024", 2, "weight_sum_mismatch", "T",
     "94.7%\n8\n8\n", "94.7%\n10\n8\n",
     "94.7%\n10", "weights now add to 102 (timeliness row 8 keyed as 10)"),
    ("songyang-lishijianzhu-2024", 3, "score_exceeds_weight", "T",
     "56处\n6\n5.6\n", "56处\n6\n6.5\n",
     "56处\n6\n6.5", "score 6.5 above weight 6 (5.6 keyed as 6.5); rows now add to 98.45, which still rounds to the stated 98"),
    ("songyang-lishijianzhu-2024", 4, "unit_mismatch", "T",
     "≥40处\n42处\n", "≥40处\n105%\n",
     "≥40处\n105%", "target in 处, actual written as a percentage"),
    ("songyang-lishijianzhu-2024", 5, "average_mismatch", "P",
     "平均每期45人", "平均每期54人",
     "平均每期54人", "(46+52+38+44)/4 = 45, text says 54"),
    ("songyang-lishijianzhu-2024", 6, "conflicting_values", "T",
     "≥36幢\n38幢\n", "≥36幢\n39幢\n",
     "39幢", "table actual 39幢, text and goal box 38幢 (12+9+8+9)"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in PROJECTS:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (_, n, code, where, old, new, value, expl) in sorted(by_source[src], key=lambda x: x[1]):
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src} e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            if value not in text:
                raise SystemExit(f"{name}: value not in case: {value!r}")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
