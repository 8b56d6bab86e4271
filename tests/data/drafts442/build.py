#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n442 set from the clean drafts and the edit list.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft; the
label value must occur exactly once in the resulting error case.  Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-xiaoyi-xiqujinxiang-2019",
    "ha-xiayi-songxixiaxiang-2021",
    "ah-qianshan-songxijinwancun-2022",
    "hn-youxian-wenlvbumen-2023",
    "sc-yingshan-chuanjuxiaxiang-2018",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---------------- sx-xiaoyi-xiqujinxiang-2019 (Shanxi) ----------------
    ("sx-xiaoyi-xiqujinxiang-2019", 1, "rate_mismatch", "table",
     "\t100\n\t80\n", "\t100\n\t86\n", "100\n\t86",
     "funds table row (9)=(4)/(2), column 市级: 7.68 / 9.60 = 80%, stated 86"),
    ("sx-xiaoyi-xiqujinxiang-2019", 2, "completion_mismatch", "table",
     "96.11%", "91.61%", "91.61%",
     "观演群众人次: actual 3.46 / target 3.6万人次 = 96.11%, stated 91.61%"),
    ("sx-xiaoyi-xiqujinxiang-2019", 3, "weight_sum_mismatch", "table",
     "覆盖乡镇数\n\t10\n", "覆盖乡镇数\n\t12\n", "覆盖乡镇数\n\t12",
     "weights now total 102 against 合计 100 (覆盖乡镇数 weighted 12 instead of 10)"),
    ("sx-xiaoyi-xiqujinxiang-2019", 4, "balance_mismatch", "prose",
     "节余1.68万元", "节余1.86万元", "运输租赁预算4.80万元，实际支出3.12万元，节余1.86万元",
     "运输租赁 4.80 - 3.12 = 1.68万元, stated 1.86"),
    ("sx-xiaoyi-xiqujinxiang-2019", 5, "sum_mismatch", "prose",
     "阳泉曲3个镇各演出8场", "阳泉曲3个镇各演出7场", "3个镇各演出7场，其余9个乡镇各演出6场，合计78场",
     "3 × 7 + 9 × 6 = 75, stated 合计78场"),
    ("sx-xiaoyi-xiqujinxiang-2019", 6, "year_mismatch", "prose",
     "结转至2020年结算", "结转至2019年结算", "结转至2019年结算",
     "money left over from the 2019 budget is said to be carried over to 2019 itself (should be 2020)"),
    # ---------------- ha-xiayi-songxixiaxiang-2021 (Henan) ----------------
    ("ha-xiayi-songxixiaxiang-2021", 1, "sum_mismatch", "prose",
     "共演出198场", "共演出189场", "其余21个乡镇（街道）共演出189场，合计240场",
     "16 + 14 + 12 + 189 = 231, stated 合计240场"),
    ("ha-xiayi-songxixiaxiang-2021", 2, "conflicting_values", "table",
     "覆盖24个乡镇（街道），观众11.4\n万人次", "覆盖24个乡镇（街道），观众14.1\n万人次", "观众14.1",
     "年度总体目标 实际完成情况 gives 14.1万人次; the indicator row and the text give 11.4万人次"),
    ("ha-xiayi-songxixiaxiang-2021", 3, "score_exceeds_weight", "table",
     "24个 24个 10 10\n质量指标 演出剧目审核合格率 100% 100% 10 10",
     "24个 24个 10 12\n质量指标 演出剧目审核合格率 100% 100% 10 8", "24个 24个 10 12",
     "覆盖乡镇（街道）数 scored 12 against a weight of 10 (the next row lowered to 8 so the total still reads 99.05)"),
    ("ha-xiayi-songxixiaxiang-2021", 4, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "总分 99.05 is in the 优 band (>= 90)"),
    ("ha-xiayi-songxixiaxiang-2021", 5, "unit_mismatch", "prose",
     "舞台音响租赁及运输5.65万元", "舞台音响租赁及运输56500万元", "运输56500万元",
     "the 5.65万元 item (56500元) written with the unit 万元: 72.00 + 56500 + 3.20 != 80.85, reconciled by 10^4"),
    ("ha-xiayi-songxixiaxiang-2021", 6, "implausible_rate", "table",
     "其他资金 0.00 0.00 0.00 — — —", "其他资金 0.00 0.00 0.00 — 100.00% —", "其他资金 0.00 0.00 0.00 — 100.00%",
     "执行率 100.00% printed for 其他资金 whose 全年预算数 is 0.00 (rate on a zero base)"),
    # ---------------- ah-qianshan-songxijinwancun-2022 (Anhui) ----------------
    ("ah-qianshan-songxijinwancun-2022", 1, "score_sum_mismatch", "table",
     "5名\t15\t12.5\t", "5名\t15\t12\t", "5名\t15\t12\t",
     "row scores now add up to 96.60 (9.60 + 50 + 15 + 12 + 10); 总分 states 97.10 (text 97.1)"),
    ("ah-qianshan-songxijinwancun-2022", 2, "completion_mismatch", "prose",
     "完成率103.23%", "完成率102.33%", "演出场次完成率102.33%",
     "192 / 186 = 103.23%, stated 102.33%"),
    ("ah-qianshan-songxijinwancun-2022", 3, "average_mismatch", "prose",
     "平均每团34场", "平均每团36场", "平均每团36场",
     "(38 + 35 + 29) / 3 = 34"),
    ("ah-qianshan-songxijinwancun-2022", 4, "rate_mismatch", "prose",
     "表示满意的546份", "表示满意的564份", "表示满意的564份，满意度93.81%",
     "564 / 582 = 96.91%, stated 93.81% (also in the table)"),
    ("ah-qianshan-songxijinwancun-2022", 5, "unit_mismatch", "table",
     "≥186场\t192场", "≥186场\t100%", "≥186场\t100%",
     "演出场次: target in 场, actual in % - completion cannot be computed"),
    ("ah-qianshan-songxijinwancun-2022", 6, "conflicting_values", "table",
     "≥10个\t11个", "≥10个\t12个", "参演剧团数量\t≥10个\t12个",
     "the table says 12 troupes; the text says 参演剧团11个 (3 专业 + 8 民营)"),
    # ---------------- hn-youxian-wenlvbumen-2023 (Hunan, 部门整体) ----------------
    ("hn-youxian-wenlvbumen-2023", 1, "average_mismatch", "prose",
     "平均分94.5分", "平均分95.5分", "三个重点项目自评平均分95.5分",
     "(97.5 + 95 + 91) / 3 = 94.5"),
    ("hn-youxian-wenlvbumen-2023", 2, "sum_mismatch", "prose",
     "公用经费117.17万元", "公用经费171.17万元", "基本支出862.37万元（人员经费745.20万元、公用经费171.17万元）",
     "745.20 + 171.17 = 916.37, stated 基本支出862.37"),
    ("hn-youxian-wenlvbumen-2023", 3, "grade_mismatch", "table",
     "自评等级：优", "自评等级：良", "自评等级：良",
     "合计 96.01 is in the 优 band"),
    ("hn-youxian-wenlvbumen-2023", 4, "implausible_rate", "table",
     "\n95.20%\n", "\n105.20%\n", "105.20%",
     "群众满意度 105.20% (> 100%)"),
    ("hn-youxian-wenlvbumen-2023", 5, "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "the self-evaluation table of the 2023 report is headed 2022"),
    ("hn-youxian-wenlvbumen-2023", 6, "balance_mismatch", "prose",
     "结余1.60万元已收回", "结余1.06万元已收回", "项目预算70.00万元，实际支出68.40万元，结余1.06万元",
     "送戏下乡 70.00 - 68.40 = 1.60万元, stated 1.06"),
    # ---------------- sc-yingshan-chuanjuxiaxiang-2018 (Sichuan) ----------------
    ("sc-yingshan-chuanjuxiaxiang-2018", 1, "conflicting_values", "prose",
     "全年实际演出132场", "全年实际演出123场", "全年实际演出123场",
     "the breakdown (合计132场), the table (132) and 年度总体目标 (132场) give 132 shows"),
    ("sc-yingshan-chuanjuxiaxiang-2018", 2, "score_exceeds_weight", "table",
     "15.8\t15\t15\t\n\t效益指标\t可持续影响指标\t培养川剧后备人才\t≥\t4\t名\t3\t15\t11.25\t",
     "15.8\t15\t16\t\n\t效益指标\t可持续影响指标\t培养川剧后备人才\t≥\t4\t名\t3\t15\t10.25\t", "15.8\t15\t16",
     "观众人次 scored 16 against a weight of 15 (the next row lowered to 10.25 so the total still reads 95.95)"),
    ("sc-yingshan-chuanjuxiaxiang-2018", 3, "weight_sum_mismatch", "table",
     "部\t6\t10\t10\t", "部\t6\t12\t10\t", "部\t6\t12\t10",
     "weights now total 102 against 总分 100 (新排复排剧目 weighted 12 instead of 10)"),
    ("sc-yingshan-chuanjuxiaxiang-2018", 4, "completion_mismatch", "prose",
     "完成率101.54%", "完成率110.15%", "演出场次完成率110.15%",
     "132 / 130 = 101.54%, stated 110.15%"),
    ("sc-yingshan-chuanjuxiaxiang-2018", 5, "implausible_rate", "prose",
     "群众满意度93%", "群众满意度103%", "群众满意度103%",
     "satisfaction 103% (> 100%)"),
    ("sc-yingshan-chuanjuxiaxiang-2018", 6, "score_sum_mismatch", "table",
     "个\t54\t10\t10\t", "个\t54\t10\t9\t", "54\t10\t9",
     "row scores now add up to 94.95; 总分 states 95.95 (text 95.95)"),
]


def main():
    labels = []
    for src in SOURCES:
        clean_name = src + "-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            k = clean.count(old)
            if k != 1:
                raise SystemExit("%s-e%d: old string matches %d times: %r" % (src, n, k, old))
            text = clean.replace(old, new)
            k = text.count(value)
            if k != 1:
                raise SystemExit("%s-e%d: label value occurs %d times: %r" % (src, n, k, value))
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False, "expected": [
                {"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d cases (%d error cases) and labels.jsonl" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
