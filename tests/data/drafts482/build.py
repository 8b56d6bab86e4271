#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts482 from the clean drafts.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft.
`value` is the substring a checker's finding must overlap; it must occur exactly once in the error case.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jx-taihe-shengzhu-2019",
    "sc-yingshan-xumuzhongxin-bumen-2021",
    "hn-shaodong-fenwu-2022",
    "yn-xuanwei-shengzhu-2023",
    "ha-dancheng-fenwu-2025",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 泰和县 2019 (项目支出, ｜ tables) ---
    ("jx-taihe-shengzhu-2019", 1, "average_mismatch", "prose 资金执行",
     "平均每场9.6万元", "平均每场9.8万元", "平均每场9.8万元",
     "278.40万元 / 29个场 = 9.60万元 per farm, stated 9.8"),
    ("jx-taihe-shengzhu-2019", 2, "implausible_rate", "table 资金部分, row 其他资金",
     "其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
     "其他资金｜0.00｜0.00｜0.00｜—｜100.00%",
     "execution rate 100.00% printed on a zero base (全年预算 0.00, 执行 0.00); the cell should read —"),
    ("jx-taihe-shengzhu-2019", 3, "completion_mismatch", "table 指标部分, row 能繁母猪良种补贴头数",
     "39000头｜97.50%", "39000头｜95.70%", "≥40000头｜39000头｜95.70%",
     "39000 / 40000 = 97.50%, stated 95.70%"),
    ("jx-taihe-shengzhu-2019", 4, "year_mismatch", "prose 资金执行 (carry-over)",
     "已结转至2020年继续使用", "已结转至2019年继续使用", "结转至2019年",
     "the unspent part of the 2019 budget cannot be carried over into 2019 itself; it goes to 2020"),
    ("jx-taihe-shengzhu-2019", 5, "weight_sum_mismatch", "table 指标部分, row 病死猪无害化处理率",
     "病死猪无害化处理率｜100%｜100%｜100.00%｜10｜10", "病死猪无害化处理率｜100%｜100%｜100.00%｜12｜10",
     "病死猪无害化处理率｜100%｜100%｜100.00%｜12",
     "weights now total 102 (10 execution + 50 产出 + 32 效益 + 10 满意度) against the stated 合计 100"),
    ("jx-taihe-shengzhu-2019", 6, "grade_mismatch", "prose 自评结论",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 99.21 is in the 优 band (>= 90)"),

    # --- 营山县畜牧兽医中心 2021 (部门整体支出, ｜ tables) ---
    ("sc-yingshan-xumuzhongxin-bumen-2021", 1, "rate_mismatch", "table 部门收支执行情况表, row 项目支出",
     "项目支出｜505.27｜459.83｜91.01%", "项目支出｜505.27｜459.83｜90.10%",
     "项目支出｜505.27｜459.83｜90.10%",
     "459.83 / 505.27 = 91.01%, stated 90.10%"),
    ("sc-yingshan-xumuzhongxin-bumen-2021", 2, "sum_mismatch", "prose 支出情况 (project list)",
     "动物防疫补助142.65万元", "动物防疫补助124.65万元", "动物防疫补助124.65万元",
     "186.40 + 124.65 + 73.50 + 57.28 = 441.83, but 项目支出 is 459.83 (component should be 142.65)"),
    ("sc-yingshan-xumuzhongxin-bumen-2021", 3, "balance_mismatch", "prose 预算执行及结转",
     "年末结转结余45.44万元", "年末结转结余54.44万元", "年末结转结余54.44万元",
     "1117.72 - 1072.28 = 45.44 (also 项目支出 505.27 - 459.83 = 45.44), stated 54.44"),
    ("sc-yingshan-xumuzhongxin-bumen-2021", 4, "score_sum_mismatch", "table 自评表, row 粪污资源化利用技术培训",
     "｜18期｜90.00%｜10｜9｜", "｜18期｜90.00%｜10｜8｜", "粪污资源化利用技术培训｜≥20期｜18期｜90.00%｜10｜8",
     "row scores now add up to 97.39 while the 合计 and the conclusion state 98.39"),
    ("sc-yingshan-xumuzhongxin-bumen-2021", 5, "conflicting_values", "prose 效益方面",
     "2021年全县生猪出栏83.3万头", "2021年全县生猪出栏88.3万头", "生猪出栏88.3万头",
     "the 自评表 gives the 2021 生猪出栏量 actual as 83.3万头 (98.00% of 85万头)"),
    ("sc-yingshan-xumuzhongxin-bumen-2021", 6, "unit_mismatch", "prose 支出情况 (基本支出 breakdown)",
     "人员经费538.16万元", "人员经费5381600万元", "5381600万元",
     "a 元 figure labelled 万元: 基本支出 612.45 = 人员经费 538.16 + 公用经费 74.29 holds only after rescaling 5381600 by 10^-4"),

    # --- 邵东市 2022 (项目支出, prose only) ---
    ("hn-shaodong-fenwu-2022", 1, "score_exceeds_weight", "prose 满意度指标",
     "分别得分4.9分、5分", "分别得分4.4分、5.5分", "分别得分4.4分、5.5分",
     "周边群众满意度 scored 5.5 against its weight 5 (the other item lowered to 4.4, so 9.9 and 98.09 still hold)"),
    ("hn-shaodong-fenwu-2022", 2, "rate_mismatch", "prose 项目资金情况 (sub-rate)",
     "市级配套资金支出271.20万元，执行率90.40%", "市级配套资金支出271.20万元，执行率94.00%", "执行率94.00%",
     "市级配套 271.20 / 300.00 = 90.40%, stated 94.00%"),
    ("hn-shaodong-fenwu-2022", 3, "year_mismatch", "prose 项目资金情况",
     "截至2022年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "the spending figure of the 2022 report is dated the end of 2023"),
    ("hn-shaodong-fenwu-2022", 4, "average_mismatch", "prose 支出用途",
     "平均每个服务主体100.00万元", "平均每个服务主体110.00万元", "平均每个服务主体110.00万元",
     "(126.00 + 98.40 + 75.60) / 3 = 100.00, stated 110.00"),
    ("hn-shaodong-fenwu-2022", 5, "conflicting_values", "prose 自评结论",
     "全年共支出项目资金1653.6万元", "全年共支出项目资金1635.6万元", "1635.6万元",
     "the same 2022 spending is 1,653.60万元 in the funds section and the 预算执行率 indicator"),
    ("hn-shaodong-fenwu-2022", 6, "implausible_rate", "prose 满意度指标 (questionnaire)",
     "收回386份，回收率96.50%", "收回416份，回收率104.00%", "收回416份，回收率104.00%",
     "416 questionnaires returned of 400 sent: return rate 104.00% (arithmetic right, rate over 100%)"),

    # --- 宣威市 2023 (项目支出, tab tables) ---
    ("yn-xuanwei-shengzhu-2023", 1, "unit_mismatch", "table 表2, row 生猪调出量",
     "≥60万头\t64.8万头", "≥60万头\t100%", "生猪调出量\t≥60万头\t100%",
     "target in 万头 but actual given as 100%: completion cannot be computed from a percentage"),
    ("yn-xuanwei-shengzhu-2023", 2, "completion_mismatch", "table 表2, row 生猪产业产值增长率",
     "≥3%\t2.7%\t90.00%", "≥3%\t2.7%\t97.00%", "2.7%\t97.00%",
     "2.7 / 3 = 90.00%, stated 97.00%"),
    ("yn-xuanwei-shengzhu-2023", 3, "weight_sum_mismatch", "prose 绩效目标完成情况 (level weights)",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "level weights 10 + 50 + 35 + 10 = 105; the 效益 rows of 表2 carry 30"),
    ("yn-xuanwei-shengzhu-2023", 4, "grade_mismatch", "table 表2, last row",
     "自评等级\t优", "自评等级\t良", "自评等级\t良",
     "total 98.69 is in the 优 band (>= 90)"),
    ("yn-xuanwei-shengzhu-2023", 5, "sum_mismatch", "prose 资金安排及使用情况 (分别 list)",
     "动物防疫及非洲猪瘟防控236.26万元", "动物防疫及非洲猪瘟防控263.26万元", "动物防疫及非洲猪瘟防控263.26万元",
     "312.00 + 486.50 + 300.00 + 263.26 = 1361.76, but 全年执行 is 1334.76 (component should be 236.26)"),
    ("yn-xuanwei-shengzhu-2023", 6, "score_exceeds_weight", "table 表2, 满意度 rows",
     "4.8\n\t\t屠宰企业满意度\t≥90%\t93%\t103.33%\t5\t5", "4.3\n\t\t屠宰企业满意度\t≥90%\t93%\t103.33%\t5\t5.5",
     "屠宰企业满意度\t≥90%\t93%\t103.33%\t5\t5.5",
     "屠宰企业满意度 scored 5.5 against its weight 5 (养殖场户满意度 lowered 4.8 -> 4.3, so the total 98.69 still holds)"),

    # --- 郸城县 2025 (项目支出, ｜ tables with 行次) ---
    ("ha-dancheng-fenwu-2025", 1, "balance_mismatch", "prose 资金使用 item 1",
     "剩余14.40万元", "剩余16.40万元", "剩余16.40万元",
     "456.00 - 441.60 = 14.40, stated 16.40"),
    ("ha-dancheng-fenwu-2025", 2, "score_sum_mismatch", "table 表2, row 减少化肥施用量",
     "1860吨｜93.00%｜10｜9.3｜", "1860吨｜93.00%｜10｜8.3｜", "≥2000吨｜1860吨｜93.00%｜10｜8.3",
     "row scores now add up to 97.81 while the 合计 and the conclusion state 98.81"),
    ("ha-dancheng-fenwu-2025", 3, "rate_mismatch", "table 表1, row (7) 省级资金",
     "｜95.13｜96.00｜85.63｜", "｜95.13｜96.00｜83.65｜", "预算执行率(%)｜(7)=(4)/(2)｜95.13｜96.00｜83.65",
     "省级 82.20 / 96.00 = 85.63% (ROUND_HALF_UP of 85.625), stated 83.65"),
    ("ha-dancheng-fenwu-2025", 4, "year_mismatch", "prose 资金下达",
     "2025年5月追加下达", "2024年5月追加下达", "2024年5月追加下达中央奖励资金152.00万元",
     "money of the 2025 budget issued in May 2024: neither the evaluation year nor the December advance"),
    ("ha-dancheng-fenwu-2025", 5, "sum_mismatch", "prose 资金使用 item 3",
     "预算212.40万元", "预算221.40万元", "预算221.40万元",
     "456.00 + 200.00 + 221.40 = 877.40, but 全年预算资金 is 868.40 (component should be 212.40)"),
    ("ha-dancheng-fenwu-2025", 6, "conflicting_values", "prose 资金使用 item 1",
     "完成38个规模养殖场", "完成36个规模养殖场", "完成36个规模养殖场",
     "表2 gives the actual number of upgraded farms as 38个 (105.56% of ≥36个)"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_source[src], key=lambda e: e[1]):
            if clean.count(old) != 1:
                sys.exit(f"{src}-e{n}: old text occurs {clean.count(old)} times in the clean draft: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                sys.exit(f"{src}-e{n}: value occurs {text.count(value)} times in the case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with an injected error)")


if __name__ == "__main__":
    main()
