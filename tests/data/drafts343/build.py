#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: an exact old -> new replacement
whose `old` occurs exactly once in the clean draft. Run: python3 build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "ha-xuchang-jiapeipingtai-2021",
    "jx-fengcheng-wuliuyuanqu-2020",
    "yn-puer-youzhengwangdian-2019",
    "hn-rucheng-kehuoyou-2023",
    "sd-liaocheng-jiaotongju-2024",
]

# (project, suffix, code, where, old, new, value, explanation)
EDITS = [
    # --- 许昌 驾培机构监管服务平台 2021 (full-width bar tables) ---
    ("ha-xuchang-jiapeipingtai-2021", "e1", "rate_mismatch", "table",
     "184.56｜—｜93.21%", "184.56｜—｜92.31%", "184.56｜—｜92.31%",
     "表1 当年财政拨款: 184.56 / 198.00 = 93.21%, the row states 92.31%"),
    ("ha-xuchang-jiapeipingtai-2021", "e2", "sum_mismatch", "table",
     "其他资金｜0.00｜0.00", "其他资金｜6.00｜0.00", "其他资金｜6.00",
     "表1 年初预算数 column: 186.00 + 0.00 + 6.00 = 192.00, but 年度资金总额 reads 186.00 (text: 年初批复186万元)"),
    ("ha-xuchang-jiapeipingtai-2021", "e3", "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "level weights 50 + 35 + 10 + 10 = 105, stated 合计100分; the 效益 rows of 表2 add up to 30"),
    ("ha-xuchang-jiapeipingtai-2021", "e4", "unit_mismatch", "table",
     "≥24次｜22次", "≥24次｜22%", "≥24次｜22%",
     "学时数据专项核查次数: target in 次, actual written as a percentage, completion cannot be computed"),
    ("ha-xuchang-jiapeipingtai-2021", "e5", "year_mismatch", "prose",
     "均已按规定结转至2022年", "均已按规定结转至2021年", "结转至2021年",
     "money left over from the 2021 budget cannot be carried over to 2021 itself (should be 2022)"),
    ("ha-xuchang-jiapeipingtai-2021", "e6", "conflicting_values", "table",
     "≥1200台｜1236台", "≥1200台｜1263台", "1263台",
     "表2 gives 1263 terminals, the text gives 计时终端安装1236台 (and 69.22万元 = 1236 × 560元)"),

    # --- 丰城 现代物流园区建设补助 2020 (tab-separated tables) ---
    ("jx-fengcheng-wuliuyuanqu-2020", "e1", "completion_mismatch", "table",
     "34家\t113.33%", "34家\t118.33%", "118.33%",
     "园区入驻物流企业数量: 34 / 30 = 113.33%, stated 118.33%"),
    ("jx-fengcheng-wuliuyuanqu-2020", "e2", "score_sum_mismatch", "table",
     "\t97.09\n", "\t96.09\n", "96.09",
     "row scores 8.94 + 12 + 9 + 10 + 7.95 + 10 + 10 + 10 + 9.2 + 10 = 97.09, 合计 states 96.09"),
    ("jx-fengcheng-wuliuyuanqu-2020", "e3", "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%", "0.00\t—\t100.00%",
     "表1 其他资金: 执行率 100.00% on a 0.00 budget (zero base, rate undefined)"),
    ("jx-fengcheng-wuliuyuanqu-2020", "e4", "balance_mismatch", "prose",
     "形成结余资金40万元", "形成结余资金45万元", "结余资金45万元",
     "到位 800 − 拨付 760 = 40万元, stated 45万元"),
    ("jx-fengcheng-wuliuyuanqu-2020", "e5", "average_mismatch", "prose",
     "平均每家下降10.70万元", "平均每家下降11.70万元", "平均每家下降11.70万元",
     "(12.6 + 8.4 + 15.2 + 6.8 + 10.5) / 5 = 10.70, stated 11.70"),
    ("jx-fengcheng-wuliuyuanqu-2020", "e6", "unit_mismatch", "prose",
     "公共信息平台80万元", "公共信息平台800000万元", "800000万元",
     "the 80万元 item (800000元) labelled 万元: 320 + 260 + 190 + 800000 ≠ 合计850万元, reconciled exactly by reading it as 元"),

    # --- 普洱 邮政普遍服务网点 2019 (prose only) ---
    ("yn-puer-youzhengwangdian-2019", "e1", "average_mismatch", "prose",
     "季度平均41个次", "季度平均43个次", "季度平均43个次",
     "(42 + 45 + 38 + 39) / 4 = 41, stated 43"),
    ("yn-puer-youzhengwangdian-2019", "e2", "rate_mismatch", "prose",
     "执行率96.13%", "执行率96.31%", "执行率96.31%",
     "61.52 / 64 = 96.13% (96.125 rounded half up), stated 96.31%"),
    ("yn-puer-youzhengwangdian-2019", "e3", "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好", "评价等级为良好",
     "total 97 is in the 优 band (90–100)"),
    ("yn-puer-youzhengwangdian-2019", "e4", "completion_mismatch", "prose",
     "完成率91.11%", "完成率93.11%", "完成率93.11%",
     "监督检查 164 / 180 = 91.11%, stated 93.11%"),
    ("yn-puer-youzhengwangdian-2019", "e5", "score_exceeds_weight", "prose",
     "得9.6分（满分10分）", "得10.4分（满分10分）", "得10.4分（满分10分）",
     "满意度 score 10.4 above its weight 10 (the whole-point total 97 still holds: 9.61 + 48.28 + 29.06 + 10.4 = 97.35)"),
    ("yn-puer-youzhengwangdian-2019", "e6", "year_mismatch", "prose",
     "截至2019年12月31日", "截至2018年12月31日", "截至2018年12月31日",
     "the year-end date of a 2019 report's funds must be 2019年12月31日"),

    # --- 汝城 农村客货邮融合 2023 (full-width bar table, 得X分（满分Y分）) ---
    ("hn-rucheng-kehuoyou-2023", "e1", "score_exceeds_weight", "table",
     "94%｜2.5｜2.5", "94%｜2.5｜2.8", "94%｜2.5｜2.8",
     "合作寄递企业满意度: score 2.8 above weight 2.5 (row sum 96.9 still rounds to the stated 97)"),
    ("hn-rucheng-kehuoyou-2023", "e2", "weight_sum_mismatch", "table",
     "8000元｜5｜5", "8000元｜6｜5", "8000元｜6｜5",
     "weights now total 101 (产出 rows 51 against 满分50分 and 合计100)"),
    ("hn-rucheng-kehuoyou-2023", "e3", "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"", "评价等级为\"良\"",
     "综合得分97分 is in the 优 band"),
    ("hn-rucheng-kehuoyou-2023", "e4", "conflicting_values", "table",
     "≥8个｜8个", "≥8个｜9个", "≥8个｜9个",
     "table: 9 township stations; text: 建成乡镇客货邮综合服务站8个 (8 × 9万元 = 72万元)"),
    ("hn-rucheng-kehuoyou-2023", "e5", "sum_mismatch", "prose",
     "运营补贴12万元", "运营补贴21万元", "运营补贴21万元",
     "72 + 48 + 26.4 + 21 = 167.4 ≠ 全年支出158.4万元"),
    ("hn-rucheng-kehuoyou-2023", "e6", "implausible_rate", "prose",
     "满意度为97.5%", "满意度为107.5%", "满意度为107.5%",
     "a satisfaction rate above 100%"),

    # --- 聊城 交通运输局 部门整体 2024 (space-separated PDF-style tables) ---
    ("sd-liaocheng-jiaotongju-2024", "e1", "rate_mismatch", "table",
     "181.26 97.45%", "181.26 97.54%", "181.26 97.54%",
     "网约车监管信息平台运维: 181.26 / 186.00 = 97.45%, stated 97.54%"),
    ("sd-liaocheng-jiaotongju-2024", "e2", "average_mismatch", "table",
     "— 93.0 —", "— 93.6 —", "— 93.6 —",
     "(96.5 + 98.0 + 91.0 + 84.5 + 95.0) / 5 = 93.0, stated 93.6"),
    ("sd-liaocheng-jiaotongju-2024", "e3", "grade_mismatch", "table",
     "84.5 良", "84.5 优", "84.5 优",
     "交通运输执法装备购置 84.5 is in the 良 band (80–90)"),
    ("sd-liaocheng-jiaotongju-2024", "e4", "score_sum_mismatch", "table",
     "80% 10 8.89", "80% 10 8.98", "80% 10 8.98",
     "row scores now add up to 98.07, 合计 and text state 97.98"),
    ("sd-liaocheng-jiaotongju-2024", "e5", "sum_mismatch", "prose",
     "基本支出2,716.30万元", "基本支出2,761.30万元", "基本支出2,761.30万元",
     "2,761.30 + 1,146.15 = 3,907.45 ≠ 部门全年预算3,862.45万元"),
    ("sd-liaocheng-jiaotongju-2024", "e6", "balance_mismatch", "prose",
     "结转结余157.27万元", "结转结余175.27万元", "结转结余175.27万元",
     "3,862.45 − 3,705.18 = 157.27万元, stated 175.27万元"),
]


def main():
    labels = []
    for pid in PROJECTS:
        path = os.path.join(CASES, f"{pid}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, suf, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            n = clean.count(old)
            if n != 1:
                sys.exit(f"{pid}-{suf}: old string occurs {n} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid}-{suf}: value not in case: {value!r}")
            if value in clean:
                sys.exit(f"{pid}-{suf}: value also in the clean draft: {value!r}")
            with open(os.path.join(CASES, f"{pid}-{suf}.txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": f"{pid}-{suf}.txt", "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with one error each)")


if __name__ == "__main__":
    main()
