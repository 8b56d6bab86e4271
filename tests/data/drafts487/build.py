#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts487 from the clean drafts and the edit list.

Each edit is an exact old -> new replacement; `old` must occur exactly once in the clean draft.
`value` is the labelled substring of the resulting case (it must contain the changed figure).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "zuoquan-zaitixiaohui-2019",
    "gaolan-fanghushebei-2021",
    "yongfeng-baomibumen-2022",
    "zhongshan-xiaohuizhongxin-2024",
    "daying-jishufanghu-2025",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: 左权县 (Shanxi) 2019, Word-copy Shanxi layout
    ("zuoquan-zaitixiaohui-2019", 1, "rate_mismatch", "funds table, row (7) 预算执行率, 年度总金额",
     "(7)=(4)/(2)\n\t95.29", "(7)=(4)/(2)\n\t95.92", "(7)=(4)/(2)\n\t95.92",
     "row (7)=(4)/(2): 47.36 / 49.70 = 95.29%, stated 95.92"),
    ("zuoquan-zaitixiaohui-2019", 2, "year_mismatch", "prose, 项目实施和预算执行情况",
     "结转至2020年继续使用", "结转至2019年继续使用", "结转至2019年",
     "the 2.34万元 balance of the 2019 budget is carried over to 2019 itself; a carry-over goes to a later year (2020)"),
    ("zuoquan-zaitixiaohui-2019", 3, "sum_mismatch", "prose, breakdown of the 47.36万元 spent",
     "检查软件升级16.42万元", "检查软件升级16.24万元",
     "全年执行47.36万元，预算执行率95.29%。其中：购置碎纸机、光盘粉碎机等销毁设备18.60万元，保密技术检查工具及检查软件升级16.24万元",
     "18.60 + 16.24 + 5.68 + 6.66 = 47.18, stated total executed 47.36 (component should be 16.42)"),
    ("zuoquan-zaitixiaohui-2019", 4, "completion_mismatch", "附件1, 检查发现隐患整改率 完成率",
     "93%\n\t97.89%", "93%\n\t98.79%", "98.79%",
     "actual 93% / target ≥95% = 97.89%, stated 98.79%"),
    ("zuoquan-zaitixiaohui-2019", 5, "average_mismatch", "prose, 产出情况",
     "平均每批次1.37吨", "平均每批次1.73吨", "平均每批次1.73吨",
     "(1.26 + 1.48 + 1.12 + 1.65 + 1.33) / 5 = 1.368 → 1.37, stated 1.73"),
    ("zuoquan-zaitixiaohui-2019", 6, "weight_sum_mismatch", "附件1, 时效指标 权重",
     "送销载体办结时限\n\t5", "送销载体办结时限\n\t6", "送销载体办结时限\n\t6",
     "weights now total 101 (产出 51 against the stated 权重50分); the row keeps its score 5 (≤ 6)"),
    # ---- B: 皋兰县 (Gansu) 2021, web-copy MOF table
    ("gaolan-fanghushebei-2021", 1, "implausible_rate", "自评表 funds block, 上年结转资金 执行率",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "an execution rate of 100.00% on a zero base (上年结转 0.00 / 0.00); should be —"),
    ("gaolan-fanghushebei-2021", 2, "balance_mismatch", "prose, 资金使用情况",
     "结余资金1.16万元", "结余资金1.61万元", "结余资金1.61万元",
     "到位 58.00 − 执行 56.84 = 1.16, stated 1.61"),
    ("gaolan-fanghushebei-2021", 3, "unit_mismatch", "prose, breakdown of 电磁屏蔽机柜和视频干扰器",
     "视频干扰器18台5.76万元", "视频干扰器18台57600万元", "57600万元",
     "18台 × 3200元 = 57600元 = 5.76万元; the 元 figure is labelled 万元 (7.10 + 5.76 = 12.86 only after rescaling)"),
    ("gaolan-fanghushebei-2021", 4, "score_exceeds_weight", "自评表, 配备视频干扰器 / 配备保密检查工具箱 得分",
     "18台\t100.00%\t5\t5\t\n配备保密检查工具箱\t≥15套\t13套\t86.67%\t10\t8.67",
     "18台\t100.00%\t5\t6\t\n配备保密检查工具箱\t≥15套\t13套\t86.67%\t10\t7.67",
     "18台\t100.00%\t5\t6",
     "score 6 above weight 5 (the next row lowered from 8.67 to 7.67 in the same edit, so the total still reads 98.03)"),
    ("gaolan-fanghushebei-2021", 5, "grade_mismatch", "prose, 自评结论",
     "评价等级为优。", "评价等级为良。", "评价等级为良",
     "total 98.03 is in the 优 band (≥ 90)"),
    ("gaolan-fanghushebei-2021", 6, "conflicting_values", "prose, 产出情况",
     "全年共为126台", "全年共为162台", "全年共为162台",
     "the table (实际完成值 and 年度总体目标) gives 126台 computers fitted; prose says 162"),
    # ---- C: 永丰县 (Jiangxi) 2022 部门整体, PDF copy with runs of spaces
    ("yongfeng-baomibumen-2022", 1, "score_sum_mismatch", "附表, 合计 得分",
     "100   98.67", "100   98.76", "98.76",
     "row scores 9.64 + 49.5 + 29.53 + 10 add to 98.67, 合计 row says 98.76"),
    ("yongfeng-baomibumen-2022", 2, "average_mismatch", "prose after 表2",
     "平均自评得分94.03分", "平均自评得分94.30分", "平均自评得分94.30分",
     "(98.50 + 93.20 + 90.40) / 3 = 94.03, stated 94.30"),
    ("yongfeng-baomibumen-2022", 3, "year_mismatch", "prose, 收支总体情况",
     "结转2023年继续使用", "结转2022年继续使用", "结转2022年继续使用",
     "unspent 2022 money carried over to 2022 itself; should be 2023"),
    ("yongfeng-baomibumen-2022", 4, "sum_mismatch", "prose, 基本支出情况",
     "人员经费172.46万元", "人员经费174.26万元", "基本支出全年执行205.93万元，其中人员经费174.26万元",
     "174.26 + 33.47 = 207.73, 基本支出 205.93 (人员经费 should be 172.46)"),
    ("yongfeng-baomibumen-2022", 5, "rate_mismatch", "表2, 保密技术检查及防护设备更新 执行率",
     "88.07%", "80.87%", "80.87%",
     "46.15 / 52.40 = 88.07%, stated 80.87%"),
    ("yongfeng-baomibumen-2022", 6, "conflicting_values", "prose, 履职产出",
     "全年开展保密技术检查86家次", "全年开展保密技术检查68家次", "全年开展保密技术检查68家次",
     "附表 实际完成值 86家次 (completion 107.50%), prose says 68家次"),
    # ---- D: 钟山县 (Guangxi) 2024, web copy, indicators scored at the second level only
    ("zhongshan-xiaohuizhongxin-2024", 1, "score_exceeds_weight", "表3, 质量指标 / 时效指标 得分",
     "质量指标\t10\t10\n时效指标\t10\t6.00", "质量指标\t10\t11\n时效指标\t10\t5.00", "质量指标\t10\t11",
     "score 11 above weight 10 (时效 lowered from 6.00 to 5.00 in the same edit, so totals still read 87.80 / 45.24)"),
    ("zhongshan-xiaohuizhongxin-2024", 2, "unit_mismatch", "表2, 销毁涉密电子载体 实际完成值",
     "≥1500件\t1386件", "≥1500件\t92%", "≥1500件\t92%",
     "target in 件, actual given as a percentage: completion cannot be computed"),
    ("zhongshan-xiaohuizhongxin-2024", 3, "rate_mismatch", "prose, 资金到位及使用",
     "到位率92.47%", "到位率94.27%", "到位率94.27%",
     "78.60 / 85.00 = 92.47%, stated 94.27%"),
    ("zhongshan-xiaohuizhongxin-2024", 4, "grade_mismatch", "prose, 综合评价情况及评价结论",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "total 87.80 is in the 良 band (80 ≤ s < 90)"),
    ("zhongshan-xiaohuizhongxin-2024", 5, "weight_sum_mismatch", "表3, 时效指标 分值",
     "时效指标\t10\t6.00", "时效指标\t12\t6.00", "时效指标\t12\t6.00",
     "weights now total 102 (产出 52 against the stated 分值50分)"),
    ("zhongshan-xiaohuizhongxin-2024", 6, "balance_mismatch", "prose, 资金到位及使用",
     "资金结余6.25万元", "资金结余6.52万元", "资金结余6.52万元",
     "到位 78.60 − 执行 72.35 = 6.25, stated 6.52"),
    # ---- E: 大英县 (Sichuan) 2025, Word copy Sichuan table
    ("daying-jishufanghu-2025", 1, "implausible_rate", "prose, 项目效益情况",
     "认可度为97.3%", "认可度为107.3%", "认可度为107.3%",
     "a satisfaction-type share above 100%"),
    ("daying-jishufanghu-2025", 2, "completion_mismatch", "自评表, 保密技术培训涉密人员 完成率",
     "92.75%", "92.57%", "92.57%",
     "742 / 800 = 92.75%, stated 92.57%"),
    ("daying-jishufanghu-2025", 3, "unit_mismatch", "prose, 资金使用",
     "防护改造16.48万元", "防护改造164800万元", "164800万元",
     "164800元 (16.48万元) labelled 万元: the breakdown adds to 125.63 only after rescaling by 10^4"),
    ("daying-jishufanghu-2025", 4, "score_sum_mismatch", "prose, 评价结论",
     "经自评，本项目自评得分97.53分", "经自评，本项目自评得分97.35分", "本项目自评得分97.35分",
     "row scores 9.75 + 60 + 10 + 9.28 + 8.5 add to 97.53 (as the table's 总分 and 评价结论 say); prose says 97.35"),
    ("daying-jishufanghu-2025", 5, "year_mismatch", "prose, 资金使用",
     "截至2025年12月31日", "截至2024年12月31日", "截至2024年12月31日",
     "the 2025 report states spending as of 31 December 2024"),
    ("daying-jishufanghu-2025", 6, "conflicting_values", "prose, 项目完成情况",
     "集中销毁涉密载体10.85吨", "集中销毁涉密载体10.58吨", "集中销毁涉密载体10.58吨",
     "自评表 实际完成值 10.85吨 (completion 108.50%), prose says 10.58吨"),
]


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            if clean.count(old) != 1:
                raise SystemExit("%s-e%d: old string occurs %d times" % (pid, n, clean.count(old)))
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit("%s-e%d: value occurs %d times" % (pid, n, text.count(value)))
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
