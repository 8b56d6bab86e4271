#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement whose old
string must occur exactly once in the clean draft. `value` is the label value (an exact substring of
the error case that contains the changed figure). `where` says whether the edit is in prose or in a table.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gz-bozhou-wuzhangai-2020",
    "sx-xiangyuan-wuzhangai-2021",
    "sc-qianfeng-wuzhangaisheshi-2023",
    "hb-macheng-wuzhangai-2018",
    "sd-yinan-canlian-bumen-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 遵义市播州区残联 2020 (web page copy, MOF 附件1 copied from a browser, tab-separated) ---
    ("gz-bozhou-wuzhangai-2020", 1, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "0.00\t—\t100%",
     "上年结转资金 row: 全年预算数 0.00 and 全年执行数 0.00, so the execution rate is undefined ('—'); 100% on a zero base"),
    ("gz-bozhou-wuzhangai-2020", 2, "unit_mismatch", "table",
     "≥300户\t312户\t20",
     "≥300户\t104%\t20",
     "≥300户\t104%",
     "无障碍改造户数: target in 户 (≥300户), actual given as a percentage (104%), completion cannot be computed"),
    ("gz-bozhou-wuzhangai-2020", 3, "sum_mismatch", "prose",
     "省级财政补助资金24.00万元",
     "省级财政补助资金42.00万元",
     "省级财政补助资金42.00万元",
     "96.00 + 42.00 + 40.00 = 178.00, stated 合计160.00万元 (and 全年预算 160.00)"),
    ("gz-bozhou-wuzhangai-2020", 4, "rate_mismatch", "prose",
     "执行率86.75%",
     "执行率87.65%",
     "执行率87.65%",
     "区级配套资金 34.70 / 40.00 = 86.75%, stated 87.65%"),
    ("gz-bozhou-wuzhangai-2020", 5, "weight_sum_mismatch", "table",
     "≥95%\t98.40%\t10\t10",
     "≥95%\t98.40%\t15\t10",
     "98.40%\t15",
     "weights now total 10 + 20 + 15 + 10 + 10 + 10 + 10 + 10 + 10 = 105, 总分 row says 100"),
    ("gz-bozhou-wuzhangai-2020", 6, "balance_mismatch", "prose",
     "尚未支出的5.30万元",
     "尚未支出的3.50万元",
     "尚未支出的3.50万元",
     "160.00 - 154.70 = 5.30 (区级 40.00 - 34.70 = 5.30), stated 3.50"),

    # --- 襄垣县残联 2021 (Shanxi layout, Word table flattened one cell per line) ---
    ("sx-xiangyuan-wuzhangai-2021", 1, "completion_mismatch", "table",
     "\t245户\n\t102.08%",
     "\t245户\n\t102.80%",
     "102.80%",
     "改造户数: 245户 / ≥240户 = 102.08%, stated 102.80%"),
    ("sx-xiangyuan-wuzhangai-2021", 2, "score_exceeds_weight", "table",
     "改造完成及时率\n\t5\n\t100%\n\t100%\n\t100%\n\t5\n",
     "改造完成及时率\n\t5\n\t100%\n\t100%\n\t100%\n\t5.3\n",
     "100%\n\t5.3",
     "改造完成及时率: score 5.3 above its weight 5 (row scores now add to 96.3, still 96 at whole points)"),
    ("sx-xiangyuan-wuzhangai-2021", 3, "rate_mismatch", "table",
     "\t82.73\n",
     "\t87.23\n",
     "87.23",
     "县区级 预算执行率 (7)=(4)/(2) = 18.20 / 22.00 = 82.73, stated 87.23"),
    ("sx-xiangyuan-wuzhangai-2021", 4, "year_mismatch", "prose",
     "按合同结转至2022年支付",
     "按合同结转至2021年支付",
     "结转至2021年支付",
     "unspent money of the 2021 budget is carried over to 2021 itself; must be a later year (2022)"),
    ("sx-xiangyuan-wuzhangai-2021", 5, "conflicting_values", "prose",
     "项目全年安排资金108.50万元",
     "项目全年安排资金105.80万元",
     "安排资金105.80万元",
     "overview gives 105.80万元 for the year's funds; the funds table (2) and section 三 give 全年预算资金108.50万元"),
    ("sx-xiangyuan-wuzhangai-2021", 6, "grade_mismatch", "prose",
     "属于“优秀”",
     "属于“良好”",
     "属于“良好”",
     "总得分96分 is in the 优 band (90-100), stated 良好"),

    # --- 广安市前锋区住建局 2023 (Sichuan outline, 10 + 90 table with 指标性质/度量单位, ｜-separated) ---
    ("sc-qianfeng-wuzhangaisheshi-2023", 1, "score_sum_mismatch", "table",
     "｜10｜9.17｜",
     "｜10｜9.71｜",
     "｜9.71｜",
     "row scores 9.43 + 15 + 15 + 9.71 + 10 + 4.82 + 5 + 10 + 9 + 10 = 97.96, 合计 says 97.42"),
    ("sc-qianfeng-wuzhangaisheshi-2023", 2, "year_mismatch", "prose",
     "结转至2024年支付",
     "结转至2023年支付",
     "结转至2023年支付",
     "unspent money of the 2023 budget carried over to 2023 itself; must be a later year (2024)"),
    ("sc-qianfeng-wuzhangaisheshi-2023", 3, "conflicting_values", "table",
     "｜88.6｜10｜10｜",
     "｜86.8｜10｜10｜",
     "｜86.8｜",
     "主次干道无障碍设施覆盖率: table actual 86.8(%), section 四 says 提高到88.6%"),
    ("sc-qianfeng-wuzhangaisheshi-2023", 4, "unit_mismatch", "table",
     "｜元/处｜",
     "｜万元/处｜",
     "｜万元/处｜",
     "缘石坡道单处改造成本 is 1,750元 (58.80万元 / 336处; target 不超过1,800元); the table's unit 万元/处 is off by 10^4"),
    ("sc-qianfeng-wuzhangaisheshi-2023", 5, "balance_mismatch", "prose",
     "未支付的13.60万元",
     "未支付的16.30万元",
     "未支付的16.30万元",
     "240.00 - 226.40 = 13.60, stated 16.30"),
    ("sc-qianfeng-wuzhangaisheshi-2023", 6, "completion_mismatch", "prose",
     "完成率108.24%",
     "完成率108.42%",
     "完成率108.42%",
     "盲道 9.2公里 / 不少于8.5公里 = 108.24%, stated 108.42%"),

    # --- 麻城市住建局 2018 (Hubei-style 20 + 80 table copied from a PDF, single spaces, wrapped cells) ---
    ("hb-macheng-wuzhangai-2018", 1, "average_mismatch", "prose",
     "平均98.5%",
     "平均97.5%",
     "平均97.5%",
     "(96 + 100 + 98 + 100) / 4 = 98.5, stated 97.5"),
    ("hb-macheng-wuzhangai-2018", 2, "completion_mismatch", "prose",
     "完成率88%",
     "完成率92%",
     "完成率92%",
     "公共建筑无障碍出入口 22处 / 不少于25处 = 88%, stated 92%"),
    ("hb-macheng-wuzhangai-2018", 3, "score_sum_mismatch", "table",
     "22处 10 8.8 ",
     "22处 10 8.3 ",
     "22处 10 8.3",
     "row scores 18.85 + 10 + 8.3 + 10 + 10 + 15 + 5 + 10 + 10 = 97.15, 合计 and text say 97.65"),
    ("hb-macheng-wuzhangai-2018", 4, "weight_sum_mismatch", "table",
     "2018年11月 5 5",
     "2018年11月 10 5",
     "2018年11月 10 5",
     "weights now total 20 + 40 + 45 = 105 (目标2 block 45 against its 40分), 合计 says 100"),
    ("hb-macheng-wuzhangai-2018", 5, "conflicting_values", "table",
     "≤130万元 118.50万元",
     "≤130万元 113.50万元",
     "113.50万元",
     "城区改造成本: table actual 113.50万元, section 二 says 城区子项目支出118.50万元 (130.00 - 118.50 = 11.50 结余)"),
    ("hb-macheng-wuzhangai-2018", 6, "rate_mismatch", "prose",
     "执行率91.15%",
     "执行率91.51%",
     "执行率91.51%",
     "城区子项目 118.50 / 130.00 = 91.15%, stated 91.51%"),

    # --- 沂南县残联 2024 (部门整体支出, several projects, tab-separated tables) ---
    ("sd-yinan-canlian-bumen-2024", 1, "average_mismatch", "prose",
     "平均95.25分",
     "平均95.52分",
     "平均95.52分",
     "(96.5 + 98 + 94 + 91 + 97 + 95) / 6 = 95.25, stated 95.52"),
    ("sd-yinan-canlian-bumen-2024", 2, "implausible_rate", "prose",
     "综合满意率为93.4%",
     "综合满意率为103.4%",
     "综合满意率为103.4%",
     "a satisfaction rate cannot exceed 100%"),
    ("sd-yinan-canlian-bumen-2024", 3, "score_exceeds_weight", "table",
     "“三公”经费控制\t5\t5\t",
     "“三公”经费控制\t5\t5.4\t",
     "控制\t5\t5.4",
     "“三公”经费控制: score 5.4 above its weight 5 (row scores now add to 96.4, still 96 at whole points)"),
    ("sd-yinan-canlian-bumen-2024", 4, "grade_mismatch", "prose",
     "等级为“优”",
     "等级为“良”",
     "等级为“良”",
     "自评得分96分 is in the 优 band (90-100), stated 良"),
    ("sd-yinan-canlian-bumen-2024", 5, "sum_mismatch", "table",
     "残疾人辅助器具适配\t3\t96.00\t96.00",
     "残疾人辅助器具适配\t3\t69.00\t96.00",
     "3\t69.00",
     "年初预算数 column: 150.00 + 300.00 + 69.00 + 68.00 + 120.00 + 100.00 = 807.00, 合计 row (and text) say 834.00"),
    ("sd-yinan-canlian-bumen-2024", 6, "year_mismatch", "table",
     "得分表（2024年度）",
     "得分表（2023年度）",
     "得分表（2023年度）",
     "the score table of the 2024 report is headed 2023年度: two evaluation years for the same report"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{pid}-e{n}: old string occurs {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
