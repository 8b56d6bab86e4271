#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts149 from the clean drafts.

Each edit is an exact old -> new replacement that must occur exactly once in the clean draft.
`value` is a short substring of the error case that contains the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "yanqing-mediation-2022",
    "qingpu-correction-2024",
    "babu-legalaid-2020",
    "qionghai-investaudit-2023",
    "yining-statsdept-2019",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---- 北京延庆 人民调解 2022 -------------------------------------------------------
    ("yanqing-mediation-2022", 1, "rate_mismatch",
     "年度资金总额｜86.00｜90.50｜88.72｜10｜98.03%｜9.80",
     "年度资金总额｜86.00｜90.50｜88.72｜10｜98.30%｜9.80",
     "98.30%",
     "88.72 / 90.50 = 98.03%, the 自评表 prints 98.30% (digits transposed)", "table"),
    ("yanqing-mediation-2022", 2, "score_exceeds_weight",
     "｜≥85%｜83.59%｜10｜9.83｜部分纠纷分流至专业调委会，下年加强村级调解力量\n"
     "效益指标｜可持续影响指标｜人民调解长效机制建设｜健全完善｜基本建立｜5｜4｜",
     "｜≥85%｜83.59%｜10｜4｜部分纠纷分流至专业调委会，下年加强村级调解力量\n"
     "效益指标｜可持续影响指标｜人民调解长效机制建设｜健全完善｜基本建立｜5｜9.83｜",
     "基本建立｜5｜9.83",
     "scores of two adjacent rows swapped: 长效机制 (分值5) now scored 9.83; total still 98.63", "table"),
    ("yanqing-mediation-2022", 3, "conflicting_values",
     "调解矛盾纠纷数量｜≥3000件｜3188件｜",
     "调解矛盾纠纷数量｜≥3000件｜3138件｜",
     "3138件",
     "the table row gives 3138件 while the text (2,140 + 986 + 62 = 3,188) and the goal block give 3188件", "table"),
    ("yanqing-mediation-2022", 4, "average_mismatch",
     "平均每期119人次",
     "平均每期121人次",
     "平均每期121人次",
     "(126 + 138 + 97 + 115) / 4 = 119, stated 121", "prose"),
    ("yanqing-mediation-2022", 5, "year_mismatch",
     "评价年度｜2022年度",
     "评价年度｜2021年度",
     "评价年度｜2021年度",
     "the 2022 report's 自评表 names 2021 as the evaluation year (last year's template)", "table"),
    ("yanqing-mediation-2022", 6, "grade_mismatch",
     "本项目自评得分98.63分，评价等级为“优”",
     "本项目自评得分98.63分，评价等级为“良”",
     "98.63分，评价等级为“良”",
     "98.63 is in the 优 band (≥90), stated 良", "prose"),

    # ---- 上海青浦 社区矫正 2024 -------------------------------------------------------
    ("qingpu-correction-2024", 1, "completion_mismatch",
     "｜≥2400人次｜2586人次｜107.75%｜",
     "｜≥2400人次｜2586人次｜107.57%｜",
     "2586人次｜107.57%",
     "2586 / 2400 = 107.75%, stated 107.57%", "table"),
    ("qingpu-correction-2024", 2, "weight_sum_mismatch",
     "新接收人员按时报到衔接率｜100%｜100%｜100%｜5｜5｜",
     "新接收人员按时报到衔接率｜100%｜100%｜100%｜6｜5｜",
     "按时报到衔接率｜100%｜100%｜100%｜6",
     "分值 5 typed 6: the weights now total 101 (产出 51) against 合计 100", "table"),
    ("qingpu-correction-2024", 3, "score_sum_mismatch",
     "｜≥90%｜93.5%｜103.89%｜10｜10｜\n合计",
     "｜≥90%｜93.5%｜103.89%｜10｜9｜\n合计",
     "103.89%｜10｜9｜\n合计｜｜｜｜｜｜100｜97.10",
     "rows now add to 96.10 (satisfaction scored 9) while 合计 and the text say 97.10", "table"),
    ("qingpu-correction-2024", 4, "unit_mismatch",
     "｜≥300人次｜281人次｜93.67%｜",
     "｜≥300人次｜93.67%｜93.67%｜",
     "≥300人次｜93.67%",
     "target in 人次, actual written as a percentage (the completion rate copied into 实际完成值)", "table"),
    ("qingpu-correction-2024", 5, "balance_mismatch",
     "年末结余3.14万元",
     "年末结余3.41万元",
     "结余3.41万元",
     "118.40 - 115.26 = 3.14, stated 3.41", "prose"),
    ("qingpu-correction-2024", 6, "sum_mismatch",
     "矫正对象教育帮扶及公益活动18.76万元",
     "矫正对象教育帮扶及公益活动18.67万元",
     "公益活动18.67万元",
     "62.40 + 18.67 + 21.30 + 12.80 = 115.17, stated total 115.26", "prose"),

    # ---- 广西贺州八步 法律援助 2020 (prose only) ----------------------------------------
    ("babu-legalaid-2020", 1, "rate_mismatch",
     "支出14.20万元，执行率94.67%",
     "支出14.20万元，执行率96.47%",
     "执行率96.47%",
     "自治区补助 14.20 / 15.00 = 94.67%, stated 96.47%", "prose"),
    ("babu-legalaid-2020", 2, "implausible_rate",
     "市级补助资金0万元，当年未发生支出。",
     "市级补助资金0万元，执行率100%。",
     "市级补助资金0万元，执行率100%",
     "an execution rate of 100% on a zero budget", "prose"),
    ("babu-legalaid-2020", 3, "completion_mismatch",
     "年度目标480件，完成率109.79%",
     "年度目标480件，完成率109.97%",
     "完成率109.97%",
     "527 / 480 = 109.79%, stated 109.97%", "prose"),
    ("babu-legalaid-2020", 4, "average_mismatch",
     "平均每季度131.75件",
     "平均每季度137.75件",
     "平均每季度137.75件",
     "(112 + 135 + 128 + 152) / 4 = 131.75, stated 137.75", "prose"),
    ("babu-legalaid-2020", 5, "unit_mismatch",
     "行政及非诉讼案件补贴1.24万元",
     "行政及非诉讼案件补贴12400万元",
     "12400万元",
     "31件 × 400元 = 12400元 = 1.24万元 written with the unit 万元: off by 10^4 (13.44 + 20.76 + 1.24 = 35.44)", "prose"),
    ("babu-legalaid-2020", 6, "year_mismatch",
     "已申请结转至2021年继续使用",
     "已申请结转至2020年继续使用",
     "结转至2020年",
     "the unspent part of the 2020 budget is carried over to 2020 itself", "prose"),

    # ---- 海南琼海 政府投资审计 2023 -----------------------------------------------------
    ("qionghai-investaudit-2023", 1, "sum_mismatch",
     "其中：当年财政拨款｜150.00｜156.00",
     "其中：当年财政拨款｜105.00｜156.00",
     "当年财政拨款｜105.00",
     "年初预算 column: 105.00 + 0.00 + 0.00 = 105.00, 年度资金总额 150.00", "table"),
    ("qionghai-investaudit-2023", 2, "balance_mismatch",
     "未支付的7.14万元",
     "未支付的8.14万元",
     "未支付的8.14万元",
     "168.00 - 160.86 = 7.14 left unspent, stated 8.14", "prose"),
    ("qionghai-investaudit-2023", 3, "score_exceeds_weight",
     "｜≥95%｜80.23%｜10｜8.45｜建设单位资料报送滞后\n"
     "产出指标｜成本指标｜委托项目平均审计服务费｜≤2.50万元｜2.08万元｜5｜5｜",
     "｜≥95%｜80.23%｜10｜5｜建设单位资料报送滞后\n"
     "产出指标｜成本指标｜委托项目平均审计服务费｜≤2.50万元｜2.08万元｜5｜8.45｜",
     "2.08万元｜5｜8.45",
     "scores of two adjacent rows swapped: the cost row (分值5) now scored 8.45; total still 88.09", "table"),
    ("qionghai-investaudit-2023", 4, "implausible_rate",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "an execution rate of 100.00% on a zero 其他资金 budget", "table"),
    ("qionghai-investaudit-2023", 5, "conflicting_values",
     "通过审计累计核减工程造价1.08亿元",
     "通过审计累计核减工程造价1.18亿元",
     "1.18亿元",
     "the amount cut is 1.08亿元 elsewhere (12.46 - 11.38; 10800万元 in the table)", "prose"),
    ("qionghai-investaudit-2023", 6, "grade_mismatch",
     "本项目自评得分88.09分，评价等级为“良”",
     "本项目自评得分88.09分，评价等级为“优”",
     "88.09分，评价等级为“优”",
     "88.09 is in the 良 band (80–90), stated 优", "prose"),

    # ---- 新疆伊宁 统计局部门整体 2019 ---------------------------------------------------
    ("yining-statsdept-2019", 1, "weight_sum_mismatch",
     "经济普查成果开发应用｜按计划开展｜基本完成｜10｜8.5｜",
     "经济普查成果开发应用｜按计划开展｜基本完成｜15｜8.5｜",
     "基本完成｜15｜8.5",
     "分值 10 typed 15: weights now total 105 (效益 35) against 总分 100", "table"),
    ("yining-statsdept-2019", 2, "score_sum_mismatch",
     "效益指标得27.88分",
     "效益指标得27.38分",
     "效益指标得27.38分、满意度指标得9.78分，综合得分96.41分",
     "9.75 + 49.00 + 27.38 + 9.78 = 95.91, stated 96.41", "prose"),
    ("yining-statsdept-2019", 3, "sum_mismatch",
     "统计信息化运维经费17.00万元",
     "统计信息化运维经费17.60万元",
     "统计信息化运维经费17.60万元",
     "96.50 + 48.30 + 12.00 + 17.60 = 174.40, stated 项目支出 173.80", "prose"),
    ("yining-statsdept-2019", 4, "completion_mismatch",
     "｜≥4200个｜4386个｜10｜10｜完成率104.43%",
     "｜≥4200个｜4386个｜10｜10｜完成率104.34%",
     "完成率104.34%",
     "4386 / 4200 = 104.43%, stated 104.34%", "table"),
    ("yining-statsdept-2019", 5, "conflicting_values",
     "统计分析报告数量｜≥30篇｜34篇｜",
     "统计分析报告数量｜≥30篇｜43篇｜",
     "43篇",
     "the text says 统计分析报告34篇, the table 43篇", "table"),
    ("yining-statsdept-2019", 6, "rate_mismatch",
     "执行90.12万元，执行率93.39%",
     "执行90.12万元，执行率93.93%",
     "执行率93.93%",
     "90.12 / 96.50 = 93.39%, stated 93.93%", "prose"),
]


def main():
    labels = []
    ok = True
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, _where) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                print(f"ERROR {src}-e{n}: old string occurs {cnt} times: {old!r}")
                ok = False
                continue
            text = clean.replace(old, new, 1)
            if value not in text:
                print(f"ERROR {src}-e{n}: value not in case: {value!r}")
                ok = False
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error",
                                         "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels ({sum(1 for l in labels if not l['clean'])} error cases)")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
