#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the clean draft.
Each error case carries exactly one edit, hence exactly one injected slip.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, [(code, where, old, new, value, explanation), ... six per source])
EDITS = [
    ("sx-qinshui-tiyucaipiao-2022", [
        ("implausible_rate", "table",
         "\t95.60\n\t0\n\t87.78", "\t95.60\n\t100\n\t87.78",
         "95.60\n\t100\n\t87.78",
         "funds table row (7) 预算执行率, column 市级: the 市级 budget is empty (zero) in rows (2) and (4), so a rate of 100 on a zero base is impossible (clean prints 0)"),
        ("rate_mismatch", "table",
         "\t87.78\n", "\t88.78\n",
         "0\n\t88.78\n\t100",
         "funds table row (7), column 县区级: 16.24 / 18.50 = 87.78%, stated 88.78"),
        ("completion_mismatch", "table",
         "\t93.33%\n", "\t95.33%\n",
         "14场\n\t95.33%",
         "举办全民健身赛事活动: actual 14场 / target ≥15场 = 93.33%, stated 95.33%"),
        ("weight_sum_mismatch", "table",
         "培训社会体育指导员\n\t8\n", "培训社会体育指导员\n\t9\n",
         "培训社会体育指导员\n\t9",
         "weight of 培训社会体育指导员 raised from 8 to 9: weights now total 101 while the 合计 row says 100 (score 8 stays within 9)"),
        ("year_mismatch", "prose",
         "截至2022年12月31日", "截至2021年12月31日",
         "截至2021年12月31日",
         "the 2022 execution figure is dated 截至2021年12月31日, a date in the year before the evaluation year 2022"),
        ("average_mismatch", "prose",
         "平均每期45人", "平均每期47人",
         "平均每期47人",
         "(42 + 48 + 45) / 3 = 45, stated 47"),
    ]),
    ("hb-qichun-fucaigongyijin-2020", [
        ("implausible_rate", "table",
         "≥90%\t93.8%\t", "≥90%\t103.8%\t",
         "≥90%\t103.8%",
         "服务对象满意度 actual 103.8%: a satisfaction rate above 100% is impossible"),
        ("score_exceeds_weight", "table",
         "100%\t100%\t8\t8\t", "100%\t100%\t8\t8.8\t",
         "8\t8.8",
         "改造工程验收合格率: score 8.8 above its weight 8 (the row sum becomes 99.42, still consistent with the whole-point total 99)"),
        ("sum_mismatch", "table",
         "当年财政拨款\t240.00", "当年财政拨款\t204.00",
         "当年财政拨款\t204.00",
         "年初预算数 column: 当年财政拨款 204.00 + 上年结转 20.00 + 其他 0.00 = 224.00, but 年度资金总额 is 260.00"),
        ("balance_mismatch", "prose",
         "结余12.74万元", "结余12.47万元",
         "结余12.47万元",
         "all funds received: 318.50 - 305.76 = 12.74, stated 12.47"),
        ("conflicting_values", "prose",
         "资助项目318.50万元", "资助项目381.50万元",
         "资助项目381.50万元",
         "opening paragraph evaluates 381.50万元 while the same 全年预算数 is 318.50万元 in section 二 and in the table"),
        ("grade_mismatch", "prose",
         "等级为“优”", "等级为“良”",
         "等级为“良”",
         "total 99 is in the 优 band (>= 90), stated 良"),
    ]),
    ("fj-nanping-fucaiwangdian-2023", [
        ("rate_mismatch", "table",
         "<td>96.23%", "<td>96.32%",
         "173.22<td>—<td>96.32%",
         "当年财政拨款 row: 173.22 / 180.00 = 96.23%, stated 96.32%"),
        ("score_sum_mismatch", "table",
         "<td>99.54", "<td>99.45",
         "100<td>99.45",
         "row scores 9.65 + 50 + 9.89 + 10 + 10 + 10 = 99.54, 总分 row states 99.45"),
        ("weight_sum_mismatch", "table",
         "4期<td>4期<td>5<td>5", "4期<td>4期<td>6<td>5",
         "4期<td>6<td>5",
         "weight of 业主及销售员培训 changed from 5 to 6: weights total 101 while the 总分 row says 100"),
        ("unit_mismatch", "prose",
         "按每个1500元标准", "按每个1500万元标准",
         "每个1500万元",
         "137 networks x 1500 元 = 20.55万元; written as 1500万元 the amount is off by 10^4 (the most specific explanation of the broken product)"),
        ("average_mismatch", "prose",
         "平均每期100人", "平均每期105人",
         "平均每期105人",
         "(88 + 105 + 112 + 95) / 4 = 100, stated 105"),
        ("year_mismatch", "prose",
         "已结转至2024年", "已结转至2023年",
         "已结转至2023年",
         "unspent money of the 2023 budget is carried over to 2023 itself; it must go to a later year"),
    ]),
    ("gz-yuqing-hongshizihui-2018", [
        ("sum_mismatch", "prose",
         "捐赠物资折价8.65万元", "捐赠物资折价8.56万元",
         "合计46.85万元，其中捐赠资金38.20万元，捐赠物资折价8.56万元",
         "38.20 + 8.56 = 46.76, stated total 46.85"),
        ("conflicting_values", "prose",
         "培训1260人", "培训1620人",
         "培训1620人",
         "section 三 says 1620 trained, the 自评表 row 应急救护普及培训人数 gives 1260人 (its completion 105.00% also rests on 1260)"),
        ("completion_mismatch", "table",
         "52人 86.67%", "52人 88.67%",
         "52人 88.67%",
         "造血干细胞志愿者入库人数: 52 / 60 = 86.67%, stated 88.67%"),
        ("score_exceeds_weight", "table",
         "7次 116.67% 5\n", "7次 116.67% 5.5\n",
         "116.67% 5.5",
         "无偿献血宣传活动: score 5.5 above its weight 5 (row sum 98.14 is still consistent with the whole-point total 98)"),
        ("grade_mismatch", "prose",
         "评价等级为“优”", "评价等级为“良”",
         "评价等级为“良”",
         "total 98 is in the 优 band (>= 90), stated 良"),
        ("balance_mismatch", "prose",
         "年末结余3.72万元", "年末结余3.27万元",
         "年末结余3.27万元",
         "112.45 - 108.73 = 3.72, stated 3.27"),
    ]),
    ("sc-junlian-canlian-caipiao-2024", [
        ("rate_mismatch", "prose",
         "执行率82.88%", "执行率88.28%",
         "执行率88.28%",
         "辅助器具适配: 13.26 / 16 = 82.88%, stated 88.28%"),
        ("sum_mismatch", "prose",
         "中央集中彩票公益金52.00万元", "中央集中彩票公益金54.00万元",
         "中央集中彩票公益金54.00万元",
         "36.00 + 16.00 = 52.00 and 78.50 - 26.50 = 52.00, stated 54.00"),
        ("year_mismatch", "prose",
         "2024年全年预算78.50万元", "2023年全年预算78.50万元",
         "2023年全年预算78.50万元",
         "the budget sentence of the 2024 report names 2023 as the budget year"),
        ("unit_mismatch", "table",
         "公示率｜＝｜100｜%｜100%", "公示率｜＝｜100｜%｜100条",
         "｜%｜100条",
         "受助名单及资助项目公示率: target in %, actual written as 100条 (a count), completion cannot be computed"),
        ("score_sum_mismatch", "table",
         "｜98.84｜", "｜98.48｜",
         "100｜98.48",
         "9.59 + 15 + 10 + 9.25 + 10 + 5 + 10 + 10 + 10 + 10 = 98.84, 合计 row states 98.48"),
        ("conflicting_values", "table",
         "｜318件｜", "｜381件｜",
         "381件",
         "自评表 actual 381件 while section 四 says 适配辅助器具318件"),
    ]),
]


def main():
    labels = []
    for src, edits in EDITS:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for i, (code, where, old, new, value, expl) in enumerate(edits, 1):
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{src} e{i}: old string matches {n} times: {old!r}")
            err = clean.replace(old, new, 1)
            if value not in err:
                sys.exit(f"{src} e{i}: value not in error case: {value!r}")
            name = f"{src}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
