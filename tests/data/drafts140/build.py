#!/usr/bin/env python3
"""Build the n140 error cases and labels.jsonl from the five clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
(one contiguous change; two edits never touch the same case). `value` is a short substring of
the error case that contains the changed figure; the scorer accepts a finding that overlaps it.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "xihua-pingshen-2019",
    "songyang-govprocure-2022",
    "yongfu-foodsampling-2021",
    "qishan-scjgzf-2024",
    "xifeng-pricemonitor-2020",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 河南省周口市西华县财政局（财政投资评审中心）2019, tables flattened one cell per line ---
    ("xihua-pingshen-2019", 1, "rate_mismatch", "table",
     "\t15.20\n\t95.00%", "\t15.20\n\t59.00%",
     "15.20\n\t59.00%",
     "预算执行情况表 评审业务工作经费 row: 15.20 / 16.00 = 95.00%, printed 59.00% (digits swapped)"),
    ("xihua-pingshen-2019", 2, "balance_mismatch", "text",
     "结余3.60万元", "结余3.06万元",
     "结余3.06万元",
     "到位 72.00 − 实际支出 68.40 = 3.60万元, stated 3.06万元"),
    ("xihua-pingshen-2019", 3, "weight_sum_mismatch", "table",
     "\t2.5%\n\t10\n\t8\n", "\t2.5%\n\t15\n\t8\n",
     "2.5%\n\t15\n\t8",
     "评审复核差错率 分值 10 → 15: weights now 10 + 15 + 15 + 15 + 10 + 15 + 15 + 10 = 105, 总分 row still 100"),
    ("xihua-pingshen-2019", 4, "average_mismatch", "text",
     "平均得分93分", "平均得分94分",
     "平均得分94分",
     "(96 + 94 + 92 + 90) / 4 = 93, stated 94"),
    ("xihua-pingshen-2019", 5, "year_mismatch", "text",
     "截至2019年12月31日", "截至2018年12月31日",
     "截至2018年12月31日",
     "the 2019 report's spending (68.40万元 of the 2019 budget) is dated 截至2018年12月31日, a year before the evaluation year"),
    ("xihua-pingshen-2019", 6, "completion_mismatch", "text",
     "完成年度目标的108.67%", "完成年度目标的106.87%",
     "完成年度目标的106.87%",
     "326个 / 目标300个 = 108.67%, stated 106.87%"),

    # --- 浙江省丽水市松阳县财政局（政府采购监管）2022, tab-separated web tables ---
    ("songyang-govprocure-2022", 1, "sum_mismatch", "table",
     "代理机构监督评价第三方服务费\t10.00\t10.00", "代理机构监督评价第三方服务费\t11.00\t10.00",
     "11.00\t10.00\t\n4\t政府采购业务培训及宣传费\t5.00\t5.00\t\n\t合计\t45.00",
     "表1 全年预算 column: 18.00 + 12.00 + 11.00 + 5.00 = 46.00, 合计 row 45.00"),
    ("songyang-govprocure-2022", 2, "score_sum_mismatch", "table",
     "采购人满意度\t≥90%\t96.51%\t10\t10\t", "采购人满意度\t≥90%\t96.51%\t10\t9.65\t",
     "9.65\t\n总分\t\t\t\t\t\t100\t97.40",
     "satisfaction row scored 9.65 (was 10): 9.68 + 48 + 29.72 + 9.65 = 97.05, 总分 97.40 (and 共扣 2.28 no longer holds)"),
    ("songyang-govprocure-2022", 3, "grade_mismatch", "text",
     "自评等级为优秀", "自评等级为良好",
     "自评等级为良好",
     "97.40 is in the 优 band (90 ≤ s ≤ 100), not 良"),
    ("songyang-govprocure-2022", 4, "unit_mismatch", "table",
     "政府采购业务培训\t≥4次\t5次", "政府采购业务培训\t≥4次\t125%",
     "≥4次\t125%",
     "target in 次, actual written as a completion percentage (125%): completion cannot be computed"),
    ("songyang-govprocure-2022", 5, "implausible_rate", "text",
     "满意61份，满意度95.31%", "满意67份，满意度104.69%",
     "满意67份，满意度104.69%",
     "67 satisfied out of 64 valid questionnaires: satisfaction 104.69% > 100% (arithmetic consistent, range impossible)"),
    ("songyang-govprocure-2022", 6, "conflicting_values", "text",
     "承接业务的24家政府采购代理机构", "承接业务的26家政府采购代理机构",
     "26家政府采购代理机构",
     "代理机构监督检查家数 is 24家 in the 自评表 and the 年度总体目标 row, 26家 in the text"),

    # --- 广西桂林市永福县市场监督管理局（食品安全抽检）2021, full-width ｜ tables ---
    ("yongfu-foodsampling-2021", 1, "score_exceeds_weight", "table",
     "｜32类｜106.67%｜5｜5｜\n｜时效指标｜抽检信息按规定时限公布率｜≥95%｜100%｜105.26%｜10｜10｜",
     "｜32类｜106.67%｜5｜10｜\n｜时效指标｜抽检信息按规定时限公布率｜≥95%｜100%｜105.26%｜10｜5｜",
     "32类｜106.67%｜5｜10",
     "scores of two adjacent rows swapped: 抽检样品覆盖食品大类 分值 5 得分 10 (> 5); total unchanged"),
    ("yongfu-foodsampling-2021", 2, "rate_mismatch", "table",
     "其中：当年财政拨款｜35.00｜48.00｜45.12｜—｜94.00%", "其中：当年财政拨款｜35.00｜48.00｜45.12｜—｜49.00%",
     "45.12｜—｜49.00%",
     "当年财政拨款 row: 45.12 / 48.00 = 94.00%, printed 49.00%"),
    ("yongfu-foodsampling-2021", 3, "completion_mismatch", "table",
     "3265批次｜108.83%", "3265批次｜108.38%",
     "3265批次｜108.38%",
     "快检 3265 / 3000 = 108.83%, completion column 108.38%"),
    ("yongfu-foodsampling-2021", 4, "year_mismatch", "text",
     "已结转至2022年使用", "已结转至2021年使用",
     "结转至2021年",
     "the unspent part of the 2021 budget is carried over to 2021 itself (should be a later year)"),
    ("yongfu-foodsampling-2021", 5, "sum_mismatch", "text",
     "快检耗材1.60万元，合计45.12万元", "快检耗材1.06万元，合计45.12万元",
     "委托检验检测费37.60万元、抽样及样品购置费5.92万元、快检耗材1.06万元，合计45.12万元",
     "37.60 + 5.92 + 1.06 = 44.58, stated 合计 45.12"),
    ("yongfu-foodsampling-2021", 6, "average_mismatch", "text",
     "季均134.5批次", "季均143.5批次",
     "季均143.5批次",
     "(120 + 142 + 151 + 125) / 4 = 134.5, stated 143.5"),

    # --- 陕西省宝鸡市岐山县市场监督管理局（综合执法）2024, web table one cell per line, merged cells dropped ---
    ("qishan-scjgzf-2024", 1, "grade_mismatch", "text",
     "自评得分88.47分，评价等级为“良”", "自评得分88.47分，评价等级为“优”",
     "评价等级为“优”",
     "88.47 is in the 良 band (80 ≤ s < 90), not 优"),
    ("qishan-scjgzf-2024", 2, "weight_sum_mismatch", "table",
     "24台\n10\n6\n", "24台\n15\n6\n",
     "24台\n15\n6",
     "新增配备执法记录仪 分值 10 → 15: weights add to 105, 总分 100"),
    ("qishan-scjgzf-2024", 3, "balance_mismatch", "table",
     "资金结余\n9.20", "资金结余\n9.02",
     "资金结余\n9.02",
     "表1: 实际到位 46.00 − 实际支出 36.80 = 9.20, 资金结余 9.02"),
    ("qishan-scjgzf-2024", 4, "unit_mismatch", "text",
     "执法装备购置12.60万元", "执法装备购置126000万元",
     "执法装备购置126000万元",
     "the 12.60万元 item written as its 元 amount (126000) with the unit 万元; 18.40 + 12.60 + 5.80 = 36.80 only at 12.60"),
    ("qishan-scjgzf-2024", 5, "conflicting_values", "text",
     "全年办结行政处罚案件134件", "全年办结行政处罚案件143件",
     "办结行政处罚案件143件",
     "办结行政处罚案件 is 134件 in the 自评表, 143件 in the text"),
    ("qishan-scjgzf-2024", 6, "score_exceeds_weight", "table",
     "法制审核率\n100%\n100%\n5\n5\n\n\n时效指标\n投诉举报按时办结率\n≥98%\n95.17%\n10\n9.71",
     "法制审核率\n100%\n100%\n5\n9.71\n\n\n时效指标\n投诉举报按时办结率\n≥98%\n95.17%\n10\n5",
     "法制审核率\n100%\n100%\n5\n9.71",
     "scores of two adjacent rows swapped: 行政处罚案件法制审核率 分值 5 得分 9.71 (> 5); total unchanged"),

    # --- 辽宁省铁岭市西丰县发展和改革局（价格监测）2020, tab-separated tables ---
    ("xifeng-pricemonitor-2020", 1, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "执行率 100.00% on a zero base (上年结转资金 0.00, text: 无上年结转资金)"),
    ("xifeng-pricemonitor-2020", 2, "score_sum_mismatch", "text",
     "产出指标得分49.88分", "产出指标得分48.98分",
     "产出指标得分48.98分，效益指标得分26分，满意度指标得分9.75分，自评总得分94.98分",
     "9.35 + 48.98 + 26 + 9.75 = 94.08, stated 94.98 (the 产出 rows of the table add to 49.88)"),
    ("xifeng-pricemonitor-2020", 3, "completion_mismatch", "text",
     "完成年度目标的122.40%", "完成年度目标的124.20%",
     "完成年度目标的124.20%",
     "1836份 / 目标1500份 = 122.40%, stated 124.20%"),
    ("xifeng-pricemonitor-2020", 4, "rate_mismatch", "text",
     "占实际支出的54.42%", "占实际支出的45.42%",
     "占实际支出的45.42%",
     "补助+补贴 14.04 (= 8.64 + 5.40) / 实际支出 25.80 = 54.42%, stated 45.42% (digits swapped)"),
    ("xifeng-pricemonitor-2020", 5, "sum_mismatch", "table",
     "疫情期间价格日报监测补助\t3.60\t3.60", "疫情期间价格日报监测补助\t3.60\t3.06",
     "3.06\t2020年3月追加\n5\t采价调查及培训等工作经费\t5.76\t3.96\t疫情影响，集中培训取消\n\t合计\t27.60\t25.80",
     "表1 实际支出 column: 8.64 + 5.40 + 4.20 + 3.06 + 3.96 = 25.26, 合计 25.80"),
    ("xifeng-pricemonitor-2020", 6, "conflicting_values", "table",
     "≥12期\t14期", "≥12期\t16期",
     "≥12期\t16期",
     "编发价格监测分析报告 is 14期 in the text and the 年度总体目标 row, 16期 in the indicator row"),
]


def main():
    labels = []
    seen = set()
    for pid in PROJECTS:
        path = os.path.join(CASES, f"{pid}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (proj, n, code, where, old, new, value, expl) in EDITS:
            if proj != pid:
                continue
            key = (proj, n)
            if key in seen:
                sys.exit(f"duplicate edit {key}")
            seen.add(key)
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{proj}-e{n}: old string matches {count} times")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{proj}-e{n}: value not in the error case")
            name = f"{proj}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": proj, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
