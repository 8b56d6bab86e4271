#!/usr/bin/env python3
"""Build the n108 error cases and labels.jsonl from the five clean drafts.

Every edit below is an exact old -> new replacement that must match exactly once in its clean draft.
Each error case = its clean draft with that one replacement applied. Run from any directory.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zhuxi-hospequip-2019",
    "xichuan-healthcap-2021",
    "xunyang-tcmhosp-2022",
    "tanghe-talenttrain-2023",
    "zhenping-hospcap-2024",
]

# (source, suffix, code, old, new, value, explanation)
EDITS = [
    # ---- 竹溪县人民医院 2019 (Hubei) ----
    ("zhuxi-hospequip-2019", "e1", "rate_mismatch",
     "453.50\n—\n94.48%", "453.50\n—\n94.84%",
     "94.84%",
     "自评表 当年财政拨款 row: 453.50 / 480.00 = 94.48%, printed 94.84% (digits transposed)"),
    ("zhuxi-hospequip-2019", "e2", "balance_mismatch",
     "未支付26.50万元", "未支付25.60万元",
     "未支付25.60万元",
     "unpaid/balance = 全年预算 530.00 − 实际支出 503.50 = 26.50万元, text says 25.60"),
    ("zhuxi-hospequip-2019", "e3", "score_exceeds_weight",
     "98.6%\n5\n5\n—\n时效指标\n设备采购安装完成时间\n2019年9月30日前\n2019年10月25日\n10\n8",
     "98.6%\n5\n8\n—\n时效指标\n设备采购安装完成时间\n2019年9月30日前\n2019年10月25日\n10\n5",
     "98.6%\n5\n8",
     "大型医用设备完好率 row: 分值 5, 得分 8 (the scores of two adjacent rows were swapped; the total 97.36 still adds up)"),
    ("zhuxi-hospequip-2019", "e4", "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 97.36 is in the 优 band (90–100), text says 良"),
    ("zhuxi-hospequip-2019", "e5", "unit_mismatch",
     "彩色多普勒超声诊断仪52.40万元", "彩色多普勒超声诊断仪524000万元",
     "524000万元",
     "contract amount in 元 (524000元) written with 万元: the four contracts add to 530.00万元 only with 52.40万元"),
    ("zhuxi-hospequip-2019", "e6", "year_mismatch",
     "已结转至2020年", "已结转至2019年",
     "结转至2019年",
     "the unspent 质保金 of the 2019 budget is carried over to 2019 itself; must be a later year (2020)"),

    # ---- 淅川县卫生健康委员会 2021 (Henan) ----
    ("xichuan-healthcap-2021", "e1", "sum_mismatch",
     "县域医共体信息化建设110万元", "县域医共体信息化建设101万元",
     "县域医共体信息化建设101万元",
     "uses 480 + 150 + 95 + 101 = 826万元, but 全年预算 is 835.00万元"),
    ("xichuan-healthcap-2021", "e2", "weight_sum_mismatch",
     "89.2%\n5\n5\n无\n总分\n100", "89.2%\n6\n5\n无\n总分\n100",
     "89.2%\n6\n5\n无\n总分\n100",
     "weights 10 + 50 + 30 + (5 + 6) = 101, 总分 row says 100"),
    ("xichuan-healthcap-2021", "e3", "average_mismatch",
     "平均每院48万元", "平均每院46万元",
     "平均每院46万元",
     "(52 + 48 + 46 + 44 + 50) / 5 = 48万元 (= 240 / 5), text says 46"),
    ("xichuan-healthcap-2021", "e4", "completion_mismatch",
     "完成率106.67%", "完成率106.76%",
     "完成率106.76%",
     "32个 / target 30个 = 106.67%, stated 106.76%"),
    ("xichuan-healthcap-2021", "e5", "conflicting_values",
     "全年培训基层卫生人员648人次", "全年培训基层卫生人员684人次",
     "684人次",
     "training count 684人次 in the text, 648人次 in the 自评表 row and in the goal box"),
    ("xichuan-healthcap-2021", "e6", "implausible_rate",
     "上年结转资金\n0\n0\n0\n—\n—", "上年结转资金\n0\n0\n0\n—\n100%",
     "0\n—\n100%",
     "上年结转资金 row has 全年预算 0: an execution rate of 100% on a zero base"),

    # ---- 旬阳市中医医院 2022 (Shaanxi) ----
    ("xunyang-tcmhosp-2022", "e1", "rate_mismatch",
     "执行率85.78%", "执行率87.58%",
     "执行率87.58%",
     "设备购置 77.20 / 90.00 = 85.78%, text says 87.58%"),
    ("xunyang-tcmhosp-2022", "e2", "score_sum_mismatch",
     "95.3%\n10\n10\n总分\n100\n96.28", "95.3%\n10\n9.53\n总分\n100\n96.28",
     "9.53\n总分\n100\n96.28",
     "satisfaction row scored 9.53 (10 × 95.3%), rows now add to 95.81 but 总分 96.28 (and text 满意度指标得分10分) kept"),
    ("xunyang-tcmhosp-2022", "e3", "unit_mismatch",
     "≥10项\n12项", "≥10项\n100%",
     "≥10项\n100%",
     "推广中医适宜技术: target in 项, actual given as a percentage; completion cannot be computed"),
    ("xunyang-tcmhosp-2022", "e4", "year_mismatch",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "2022 report: execution figures dated 截至2021年12月31日 (must be the evaluation year 2022)"),
    ("xunyang-tcmhosp-2022", "e5", "completion_mismatch",
     "完成年度目标的90.67%", "完成年度目标的96.67%",
     "96.67%",
     "136人次 / target 150人次 = 90.67%, stated 96.67%"),
    ("xunyang-tcmhosp-2022", "e6", "balance_mismatch",
     "结余17.64万元", "结余16.74万元",
     "结余16.74万元",
     "当年财政拨款 200.00 − 执行 182.36 = 17.64万元, text says 16.74"),

    # ---- 唐河县卫生健康委员会 2023 (Henan) ----
    ("tanghe-talenttrain-2023", "e1", "sum_mismatch",
     "助理全科医生培训24.00万元", "助理全科医生培训42.00万元",
     "助理全科医生培训42.00万元",
     "114.00 + 42.00 + 20.00 + 45.00 + 47.50 = 268.50万元, 当年财政拨款 is 250.50万元"),
    ("tanghe-talenttrain-2023", "e2", "grade_mismatch",
     "自评等级为“良好”", "自评等级为“优秀”",
     "自评等级为“优秀”",
     "total 89.28 is in the 良 band (80–90), text says 优秀"),
    ("tanghe-talenttrain-2023", "e3", "average_mismatch",
     "三期平均86.83分", "三期平均86.38分",
     "三期平均86.38分",
     "(86.5 + 89.1 + 84.9) / 3 = 86.83, stated 86.38"),
    ("tanghe-talenttrain-2023", "e4", "implausible_rate",
     "合格率98.7%", "合格率987%",
     "合格率987%",
     "a pass rate of 987% (decimal point lost) is above 100%"),
    ("tanghe-talenttrain-2023", "e5", "conflicting_values",
     "参训人员满意度88.2%", "参训人员满意度82.8%",
     "参训人员满意度82.8%",
     "satisfaction 82.8% in the text, 88.2% in the 自评表 (score 9.80 = 10 × 88.2/90)"),
    ("tanghe-talenttrain-2023", "e6", "score_exceeds_weight",
     "85%\n10\n9.44\n加强过程考核和模拟考试\n时效指标\n补助资金拨付及时率\n≥95%\n88%\n5\n4.63",
     "85%\n10\n4.63\n加强过程考核和模拟考试\n时效指标\n补助资金拨付及时率\n≥95%\n88%\n5\n9.44",
     "88%\n5\n9.44",
     "补助资金拨付及时率 row: 分值 5, 得分 9.44 (scores of two adjacent rows swapped; total 89.28 still adds up)"),

    # ---- 镇坪县医院 2024 (Shaanxi) ----
    ("zhenping-hospcap-2024", "e1", "weight_sum_mismatch",
     "\t93.4%\n\t103.78%\n\t5\n\t5\n", "\t93.4%\n\t103.78%\n\t10\n\t5\n",
     "\t10\n\t5\n\t\n\n\t\n\t\n\t医务人员满意度\n\t≥85%\n\t82.6%\n\t97.18%\n\t5\n\t4.86\n\t绩效分配改革待深化\n\n\t总分\n\t\n\t\n\t\n\t\n\t\n\t100",
     "患者满意度 weight 10: weights 10 + 50 + 30 + (10 + 5) = 105, 总分 row says 100"),
    ("zhenping-hospcap-2024", "e2", "score_sum_mismatch",
     "\t97.18%\n\t5\n\t4.86\n", "\t97.18%\n\t5\n\t4.68\n",
     "4.68\n\t绩效分配改革待深化\n\n\t总分\n\t\n\t\n\t\n\t\n\t\n\t100\n\t98.87",
     "医务人员满意度 scored 4.68: rows add to 98.69, 总分 98.87 (and text 满意度指标得分9.86分) kept"),
    ("zhenping-hospcap-2024", "e3", "rate_mismatch",
     "95.63%", "96.53%",
     "96.53%",
     "当年财政拨款 401.64 / 420.00 = 95.63%, printed 96.53%"),
    ("zhenping-hospcap-2024", "e4", "sum_mismatch",
     "省级补助40.00万元", "省级补助45.00万元",
     "省级补助45.00万元",
     "当年财政拨款 420.00 ≠ 中央 355.00 + 省级 45.00 + 县级 25.00 = 425.00"),
    ("zhenping-hospcap-2024", "e5", "conflicting_values",
     "设备采购合同总金额384.00万元", "设备采购合同总金额348.00万元",
     "合同总金额348.00万元",
     "contract total 348.00万元 in the text, 384.00万元 as 设备更新购置支出, 设备采购总成本 (text and 自评表)"),
    ("zhenping-hospcap-2024", "e6", "completion_mismatch",
     "\t92.86%\n\t97.75%", "\t92.86%\n\t97.57%",
     "97.57%",
     "设备到货安装及时率: 92.86% / 95% = 97.75%, printed 97.57%"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, suffix, code, old, new, value, expl) in EDITS:
            if s != src:
                continue
            n = clean.count(old)
            if n != 1:
                raise SystemExit(f"{src}-{suffix}: old string matches {n} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-{suffix}: value not in case: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    main()
