#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in its clean draft;
`value` is the label value (an exact substring of the resulting error case that contains the change).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sc-yuechi-zhaoqiguanhu-2019",
    "gx-luchuan-fenwuliyong-2021",
    "hb-dawu-zhaoqifuwu-2020",
    "sx-qinxian-fenwuziyuan-2023",
    "gs-zhenyuan-nengyuanzhan-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- sc-yuechi-zhaoqiguanhu-2019 (Sichuan layout, 10 + 90) ----
    ("sc-yuechi-zhaoqiguanhu-2019", 1, "rate_mismatch", "prose",
     "县级资金执行78.62万元，执行率91.42%", "县级资金执行78.62万元，执行率94.12%",
     "执行率94.12%",
     "county funds: 78.62 spent of the 86.00 county budget = 91.42%, stated 94.12%"),
    ("sc-yuechi-zhaoqiguanhu-2019", 2, "balance_mismatch", "prose",
     "年末结余7.38万元", "年末结余7.83万元",
     "年末结余7.83万元",
     "到位 116.00 - 执行 108.62 = 7.38, stated 7.83"),
    ("sc-yuechi-zhaoqiguanhu-2019", 3, "score_exceeds_weight", "table",
     "补助资金兑付及时率｜≥｜95｜%｜100｜5｜5｜—\n产出指标｜成本指标｜病旧池维修户均补助｜≤｜600｜元/口｜575｜10｜10",
     "补助资金兑付及时率｜≥｜95｜%｜100｜5｜10｜—\n产出指标｜成本指标｜病旧池维修户均补助｜≤｜600｜元/口｜575｜10｜5",
     "补助资金兑付及时率｜≥｜95｜%｜100｜5｜10",
     "score 10 above the weight 5 of 补助资金兑付及时率 (scores of the next row swapped, so the total still reads 98.18)"),
    ("sc-yuechi-zhaoqiguanhu-2019", 4, "grade_mismatch", "table",
     "自评等级为优。", "自评等级为良。",
     "自评等级为良",
     "total 98.18 is in the 优 band (>= 90), stated 良"),
    ("sc-yuechi-zhaoqiguanhu-2019", 5, "unit_mismatch", "prose",
     "服务网点运营补助28.80万元", "服务网点运营补助288000万元",
     "运营补助288000万元",
     "24 网点 x 1.2万元 = 28.80万元 = 288000元 written with the unit 万元 (off by 10^4); with 28.80 the spending items sum to 108.62"),
    ("sc-yuechi-zhaoqiguanhu-2019", 6, "completion_mismatch", "prose",
     "维修改造病旧池752口，完成率94.00%", "维修改造病旧池752口，完成率95.00%",
     "完成率95.00%",
     "752 / 800 口 = 94.00%, stated 95.00%"),
    # ---- gx-luchuan-fenwuliyong-2021 (MOF layout, tab-separated table) ----
    ("gx-luchuan-fenwuliyong-2021", 1, "sum_mismatch", "prose",
     "县级配套22.00万元组成", "县级配套27.00万元组成",
     "县级配套27.00万元",
     "当年财政拨款 250.00 = 中央 180.00 + 自治区 48.00 + 县级 27.00 = 255.00 (should be 22.00)"),
    ("gx-luchuan-fenwuliyong-2021", 2, "score_sum_mismatch", "table",
     "138万元\t10\t9.2\t", "138万元\t10\t9.5\t",
     "138万元\t10\t9.5",
     "row scores now add up to 99.03, stated total 98.73"),
    ("gx-luchuan-fenwuliyong-2021", 3, "weight_sum_mismatch", "table",
     "沼气服务网点运营补助\t15个\t15个\t8\t8", "沼气服务网点运营补助\t15个\t15个\t10\t8",
     "15个\t15个\t10\t8",
     "weights now total 102 (产出 52, text says 产出指标50分)"),
    ("gx-luchuan-fenwuliyong-2021", 4, "average_mismatch", "prose",
     "平均15.53万元", "平均15.35万元",
     "平均15.35万元",
     "(18.60 + 15.20 + 12.80) / 3 = 15.53, stated 15.35"),
    ("gx-luchuan-fenwuliyong-2021", 5, "conflicting_values", "prose",
     "综合利用率达到90.6%", "综合利用率达到92.6%",
     "综合利用率达到92.6%",
     "全县畜禽粪污综合利用率 is 90.6% in the 自评表, 92.6% in the text"),
    ("gx-luchuan-fenwuliyong-2021", 6, "year_mismatch", "prose",
     "已按规定结转至2022年使用", "已按规定结转至2021年使用",
     "结转至2021年",
     "the unspent part of the 2021 budget cannot be carried over into 2021 itself"),
    # ---- hb-dawu-zhaoqifuwu-2020 (Hubei layout, 20 + 2 x 40) ----
    ("hb-dawu-zhaoqifuwu-2020", 1, "implausible_rate", "table",
     "巡查农户满意度|≥90%|92.4%|102.67%|", "巡查农户满意度|≥90%|104.2%|115.78%|",
     "巡查农户满意度|≥90%|104.2%|115.78%",
     "a satisfaction rate of 104.2% is above 100% (completion 104.2/90 = 115.78% is arithmetically right)"),
    ("hb-dawu-zhaoqifuwu-2020", 2, "rate_mismatch", "prose",
     "支出进度75.89%", "支出进度78.59%",
     "支出进度78.59%",
     "county funds 18.82 / 24.80 = 75.89%, stated 78.59%"),
    ("hb-dawu-zhaoqifuwu-2020", 3, "balance_mismatch", "table",
     "|55.62|9.18|85.83%|", "|55.62|9.81|85.83%|",
     "55.62|9.81",
     "到位 64.80 - 执行 55.62 = 9.18, stated 9.81"),
    ("hb-dawu-zhaoqifuwu-2020", 4, "completion_mismatch", "table",
     "1092户次|72.80%", "1092户次|78.20%",
     "1092户次|78.20%",
     "1092 / 1500 户次 = 72.80%, stated 78.20%"),
    ("hb-dawu-zhaoqifuwu-2020", 5, "grade_mismatch", "prose",
     "等级为良好", "等级为优秀",
     "等级为优秀",
     "total 88.95 is in the 良 band (80 <= s < 90), stated 优秀"),
    ("hb-dawu-zhaoqifuwu-2020", 6, "conflicting_values", "prose",
     "全年入户安全巡查4860户", "全年入户安全巡查4680户",
     "入户安全巡查4680户",
     "入户安全巡查 is 4860户 in the table (and 14.58万元 at 30元 per household), 4680户 in the text"),
    # ---- sx-qinxian-fenwuziyuan-2023 (Shanxi layout, flattened cells) ----
    ("sx-qinxian-fenwuziyuan-2023", 1, "sum_mismatch", "table",
     "(1)\n\t280.00\n\t280.00\n\t220.00\n\t36.00\n\t0\n\t24.00", "(1)\n\t280.00\n\t280.00\n\t220.00\n\t36.00\n\t0\n\t42.00",
     "36.00\n\t0\n\t42.00",
     "年初预算 row: 财政资金小计 280.00 but 中央 220.00 + 省 36.00 + 市 0 + 县 42.00 = 298.00"),
    ("sx-qinxian-fenwuziyuan-2023", 2, "score_sum_mismatch", "table",
     "\t93.33%\n\t11.20", "\t93.33%\n\t11.02",
     "93.33%\n\t11.02",
     "row scores now add up to 98.58, stated 总得分98.76分"),
    ("sx-qinxian-fenwuziyuan-2023", 3, "score_exceeds_weight", "table",
     "\t105.00%\n\t8\n\n\t数量指标\n\t规模养殖场粪污处理设施配套改造\n\t12\n\t≥15家\n\t14家\n\t93.33%\n\t11.20",
     "\t105.00%\n\t11.20\n\n\t数量指标\n\t规模养殖场粪污处理设施配套改造\n\t12\n\t≥15家\n\t14家\n\t93.33%\n\t8",
     "126场次\n\t105.00%\n\t11.20",
     "技术指导 score 11.20 above its weight 8 (scores of the two 数量指标 rows swapped, total unchanged)"),
    ("sx-qinxian-fenwuziyuan-2023", 4, "unit_mismatch", "table",
     "≥10个\n\t10个", "≥10个\n\t100%",
     "≥10个\n\t100%",
     "target counted in 个, actual given as a percentage"),
    ("sx-qinxian-fenwuziyuan-2023", 5, "year_mismatch", "prose",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日",
     "the figures of the 2023 report are dated at the end of 2022"),
    ("sx-qinxian-fenwuziyuan-2023", 6, "weight_sum_mismatch", "table",
     "改造设施验收合格率\n\t10", "改造设施验收合格率\n\t15",
     "改造设施验收合格率\n\t15",
     "weights now total 105 (产出 55 against the stated 50)"),
    # ---- gs-zhenyuan-nengyuanzhan-2024 (部门整体, 能源工作站) ----
    ("gs-zhenyuan-nengyuanzhan-2024", 1, "average_mismatch", "prose",
     "平均94.90分", "平均95.90分",
     "平均95.90分",
     "(95.50 + 98.00 + 91.20) / 3 = 94.90, stated 95.90"),
    ("gs-zhenyuan-nengyuanzhan-2024", 2, "implausible_rate", "table",
     "其中：上年结转资金｜0.00｜0.00｜—", "其中：上年结转资金｜0.00｜0.00｜100.00%",
     "上年结转资金｜0.00｜0.00｜100.00%",
     "an execution rate on a zero budget (0.00 of 0.00) is undefined, printed 100.00%"),
    ("gs-zhenyuan-nengyuanzhan-2024", 3, "rate_mismatch", "table",
     "项目支出小计｜109.50｜105.52｜96.37%", "项目支出小计｜109.50｜105.52｜96.73%",
     "105.52｜96.73%",
     "project subtotal 105.52 / 109.50 = 96.37%, stated 96.73%"),
    ("gs-zhenyuan-nengyuanzhan-2024", 4, "sum_mismatch", "prose",
     "公用经费15.12万元", "公用经费15.21万元",
     "公用经费15.21万元",
     "基本支出 186.42 = 人员经费 171.30 + 公用经费 15.21 = 186.51 (should be 15.12)"),
    ("gs-zhenyuan-nengyuanzhan-2024", 5, "conflicting_values", "prose",
     "执行率100.00%，自评得分98.00分", "执行率100.00%，自评得分96.00分",
     "自评得分96.00分",
     "沼气服务网点运营补助项目 scores 98.00 in the table and in the list of scores, 96.00 in its own paragraph"),
    ("gs-zhenyuan-nengyuanzhan-2024", 6, "balance_mismatch", "prose",
     "年末结余3.98万元", "年末结余3.89万元",
     "年末结余3.89万元",
     "全年预算 295.92 - 支出 291.94 = 3.98, stated 3.89"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            err = clean.replace(old, new, 1)
            if value not in err:
                sys.exit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
