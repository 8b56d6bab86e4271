#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts554 from the clean drafts.

Each edit is (source, n, old, new, code, value, where, explanation):
  old    exact text that occurs once in cases/<source>-clean.txt
  new    its replacement (one contiguous edit, the changed stretch <= 40 characters)
  value  exact substring of the error case that carries the changed figure (occurs once there)
Writes cases/<source>-e<n>.txt and labels.jsonl (clean case first, then e1..e6, per source).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "hn-lengshuijiang-cdcwhole-2023",
    "sc-junlian-chenfeijiuzhu-2019",
    "jx-leping-zybjiance-2021",
    "ha-xinmi-chenfeikangfu-2022",
    "sn-hancheng-zybfangzhi-2025",
]

EDITS = [
    # ---- hn-lengshuijiang-cdcwhole-2023 (部门整体支出, Markdown tables) ----
    ("hn-lengshuijiang-cdcwhole-2023", 1,
     "4个项目平均自评得分93.50分", "4个项目平均自评得分93.75分",
     "average_mismatch", "平均自评得分93.75分", "prose, project summary",
     "mean of the four project scores (96.50 + 98.00 + 91.50 + 88.00) / 4 = 93.50, stated 93.75"),
    ("hn-lengshuijiang-cdcwhole-2023", 2,
     "| 合计 | 776.20 |", "| 合计 | 767.20 |",
     "sum_mismatch", "| 合计 | 767.20 |", "funds-by-source table, 年初预算数 of 合计",
     "年初预算数 components 713.80 + 0.00 + 12.40 + 50.00 = 776.20 (also 820.70 - 44.50 追加 = 776.20), stated 767.20"),
    ("hn-lengshuijiang-cdcwhole-2023", 3,
     "| 51.62 | 92.51% |", "| 51.62 | 95.21% |",
     "rate_mismatch", "51.62 | 95.21%", "project table, 执行率 of 职业健康检查及尘肺病筛查",
     "51.62 / 55.80 = 92.51%, stated 95.21%"),
    ("hn-lengshuijiang-cdcwhole-2023", 4,
     "全年完成劳动者职业健康检查6,412人", "全年完成劳动者职业健康检查6,241人",
     "conflicting_values", "职业健康检查6,241人", "prose, section 三",
     "the same 2023 count is 6,412人 in the 自评表 row and in the two-year table; the prose says 6,241人"),
    ("hn-lengshuijiang-cdcwhole-2023", 5,
     "| 政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | — |", "| 政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | 100.00% |",
     "implausible_rate", "政府性基金预算拨款 | 0.00 | 0.00 | 0.00 | 100.00%", "funds-by-source table, zero-base row",
     "an execution rate of 100.00% printed on a 0.00 budget (rate undefined, should be —)"),
    ("hn-lengshuijiang-cdcwhole-2023", 6,
     "评价等级为“优”", "评价等级为“良”",
     "grade_mismatch", "评价等级为“良”", "prose, 自评结论",
     "total 98.97 lies in the 优 band (>= 90), stated 良"),

    # ---- sc-junlian-chenfeijiuzhu-2019 (项目支出, Sichuan layout, total only in the table) ----
    ("sc-junlian-chenfeijiuzhu-2019", 1,
     "年末结余7.15万元", "年末结余7.51万元",
     "balance_mismatch", "年末结余7.51万元", "prose, 资金到位及使用",
     "到位 90.60 - 执行 83.45 = 7.15, stated 7.51"),
    ("sc-junlian-chenfeijiuzhu-2019", 2,
     "结转至2020年继续用于", "结转至2019年继续用于",
     "year_mismatch", "结转至2019年", "prose, 资金到位及使用",
     "unspent money of the 2019 budget is carried into 2019 itself; it must go to a later year (2020)"),
    ("sc-junlian-chenfeijiuzhu-2019", 3,
     "每人发放2,000元", "每人发放2,000万元",
     "unit_mismatch", "每人发放2,000万元", "prose, 资金到位及使用",
     "生活救助 21.00万元 for 105人 is 2,000元 each; '2,000万元' is the 元 figure labelled 万元 (off by 10^4)"),
    ("sc-junlian-chenfeijiuzhu-2019", 4,
     "| 194人次 | 107.78% |", "| 194人次 | 117.78% |",
     "completion_mismatch", "194人次 | 117.78%", "自评表, 医疗救治人次 row",
     "194 / 180 = 107.78%, stated 117.78%"),
    ("sc-junlian-chenfeijiuzhu-2019", 5,
     "| 100 | 96.89 |", "| 100 | 97.89 |",
     "score_sum_mismatch", "| 100 | 97.89 |", "自评表, 总分 row",
     "9.21 + 15 + 15 + 10 + 9.68 + 10 + 10 + 10 + 8 = 96.89, stated 97.89 (grade 优 unchanged)"),
    ("sc-junlian-chenfeijiuzhu-2019", 6,
     "| 基本健全 | — | 10 | 8 |\n| 总分 | | | | | | 100 | 96.89 |",
     "| 基本健全 | — | 10 | 11 |\n| 总分 | | | | | | 100 | 99.89 |",
     "score_exceeds_weight", "基本健全 | — | 10 | 11", "自评表, last row and 总分 row",
     "可持续影响 row scored 11 against a weight of 10 (the total was raised with it, so the sum still holds)"),

    # ---- jx-leping-zybjiance-2021 (项目支出, ｜ tables) ----
    ("jx-leping-zybjiance-2021", 1,
     "已报送1份评估报告｜—｜15｜15", "已报送1份评估报告｜—｜18｜15",
     "weight_sum_mismatch", "已报送1份评估报告｜—｜18｜15", "自评表, 可持续影响 row",
     "weights now 10 + 50 + 33 + 10 = 103, not the 100 of the 合计 row"),
    ("jx-leping-zybjiance-2021", 2,
     "资金到位率90.00%", "资金到位率95.00%",
     "rate_mismatch", "资金到位率95.00%", "prose, 资金安排和到位",
     "到位 31.50 / 全年预算 35.00 = 90.00%, stated 95.00%"),
    ("jx-leping-zybjiance-2021", 3,
     "季均796.5份", "季均769.5份",
     "average_mismatch", "季均769.5份", "prose, 产出情况",
     "(756 + 812 + 798 + 820) / 4 = 796.5, stated 769.5"),
    ("jx-leping-zybjiance-2021", 4,
     "评价等级为“优”", "评价等级为“良”",
     "grade_mismatch", "评价等级为“良”", "prose, 自评结论",
     "total 98.22 lies in the 优 band, stated 良"),
    ("jx-leping-zybjiance-2021", 5,
     "≥12家｜11家｜91.67%", "≥12家｜91.67%｜91.67%",
     "unit_mismatch", "≥12家｜91.67%｜91.67%", "自评表, 风险评估企业数 row",
     "target counted in 家, actual given as a percentage: completion cannot be computed"),
    ("jx-leping-zybjiance-2021", 6,
     "辖区64家重点企业", "辖区46家重点企业",
     "conflicting_values", "辖区46家重点企业", "prose, 项目组织实施情况",
     "the 自评表 gives 64家 monitored enterprises (and 28.16万元 / 64 = 4,400元 per enterprise); the prose says 46家"),

    # ---- ha-xinmi-chenfeikangfu-2022 (项目支出, MOF funds block, total only in the prose) ----
    ("ha-xinmi-chenfeikangfu-2022", 1,
     "省级补助14.00万元", "省级补助16.00万元",
     "sum_mismatch", "省级补助16.00万元", "prose, 资金来源",
     "中央 36.00 + 省级 16.00 + 市级 10.00 = 62.00, not the 60.00 当年财政拨款"),
    ("ha-xinmi-chenfeikangfu-2022", 2,
     "综合自评得分98.42分", "综合自评得分98.24分",
     "score_sum_mismatch", "综合自评得分98.24分", "prose, 自评结论",
     "row scores 9.55 + 49.62 + 29.25 + 10 = 98.42, stated 98.24 (grade 优 unchanged)"),
    ("ha-xinmi-chenfeikangfu-2022", 3,
     "实际支出11.40万元，执行率95.00%", "实际支出12.60万元，执行率105.00%",
     "implausible_rate", "实际支出12.60万元，执行率105.00%", "prose, 资金执行",
     "equipment spending 12.60 above its 12.00 budget: the (arithmetically right) rate 105.00% exceeds 100%"),
    ("ha-xinmi-chenfeikangfu-2022", 4,
     "绩效自评表（2022年度）", "绩效自评表（2021年度）",
     "year_mismatch", "绩效自评表（2021年度）", "heading of the 自评表",
     "the report and all its budget sentences are for 2022; the table claims 2021"),
    ("ha-xinmi-chenfeikangfu-2022", 5,
     "| 1,860人次 | 103.33% |", "| 1,860人次 | 133.33% |",
     "completion_mismatch", "1,860人次 | 133.33%", "自评表, 康复服务人次 row",
     "1,860 / 1,800 = 103.33%, stated 133.33%"),
    ("ha-xinmi-chenfeikangfu-2022", 6,
     "年末结余3.10万元", "年末结余3.01万元",
     "balance_mismatch", "年末结余3.01万元", "prose, 资金执行",
     "到位 68.40 - 执行 65.30 = 3.10, stated 3.01"),

    # ---- sn-hancheng-zybfangzhi-2025 (项目支出, tab-separated table, total only in the table) ----
    ("sn-hancheng-zybfangzhi-2025", 1,
     "98.00%\t10\t9.8\n合计\t\t\t\t\t\t100\t97.25", "98.00%\t10\t10.8\n合计\t\t\t\t\t\t100\t98.25",
     "score_exceeds_weight", "98.00%\t10\t10.8", "自评表, 满意度 row and 合计 row",
     "满意度 row scored 10.8 against a weight of 10 (the total was raised with it, so the sum still holds)"),
    ("sn-hancheng-zybfangzhi-2025", 2,
     "基本完善\t—\t15\t13", "基本完善\t—\t16\t13",
     "weight_sum_mismatch", "基本完善\t—\t16\t13", "自评表, 可持续影响 row",
     "weights now 10 + 50 + 31 + 10 = 101, not the 100 of the 合计 row"),
    ("sn-hancheng-zybfangzhi-2025", 3,
     "执行率93.98%", "执行率93.89%",
     "rate_mismatch", "执行率93.89%", "prose, 资金情况 (sub-rate of the central funds)",
     "中央 53.10 / 56.50 = 93.98%, stated 93.89%"),
    ("sn-hancheng-zybfangzhi-2025", 4,
     "平均每镇315人", "平均每镇351人",
     "average_mismatch", "平均每镇351人", "prose, 产出情况",
     "(412 + 386 + 297 + 165) / 4 = 315, stated 351"),
    ("sn-hancheng-zybfangzhi-2025", 5,
     "（288,000元）", "（288,000万元）",
     "unit_mismatch", "（288,000万元）", "prose, 资金情况",
     "28.80万元 restated as 288,000 with the unit 万元 instead of 元 (off by 10^4)"),
    ("sn-hancheng-zybfangzhi-2025", 6,
     "截至2025年12月31日", "截至2024年12月31日",
     "year_mismatch", "截至2024年12月31日", "prose, 资金情况",
     "the year-end position of a 2025 budget is dated 2024"),
]


def changed_span(a, b):
    """[start, end) in b of the stretch that differs from a (common prefix/suffix removed)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, old, new, code, value, where, expl) in [e for e in EDITS if e[0] == src]:
            assert clean.count(old) == 1, (src, n, old, clean.count(old))
            text = clean.replace(old, new)
            assert text.count(value) == 1, (src, n, value, text.count(value))
            p, e_new, e_old = changed_span(clean, text)
            assert max(e_new, e_old) - p <= 40, (src, n, "edit too long")
            with open(os.path.join(CASES, f"{src}-e{n}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": f"{src}-e{n}.txt", "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(r['clean'] for r in labels)} clean)")


if __name__ == "__main__":
    main()
