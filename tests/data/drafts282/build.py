#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts282 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is either a string (an exact substring of the error case) or a pair (start, end): the
substring of the error case from the first occurrence of `start` to the end of the next `end`.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "juxian-tuiyianzhi-2022",
    "dancheng-youfuyiliao-2021",
    "zhuzhou-junxiusuo-2023",
    "huadian-guangrongpai-2019",
    "mengzi-yicixingbuzhu-2024",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---------------- 莒县 退役士兵安置经费 2022 ----------------
    ("juxian-tuiyianzhi-2022", 1, "rate_mismatch",
     "实际发放512.40万元，执行率98.39%", "实际发放512.40万元，执行率98.93%",
     "执行率98.93%",
     "一次性经济补助 512.40/520.80 = 98.39%, stated 98.93% (digits transposed)", "prose"),
    ("juxian-tuiyianzhi-2022", 2, "balance_mismatch",
     "年末结转13.20万元", "年末结转12.30万元",
     "年末结转12.30万元",
     "全年预算 684.50 − 全年执行 671.30 = 13.20万元 carried over, stated 12.30", "prose"),
    ("juxian-tuiyianzhi-2022", 3, "sum_mismatch",
     "其中：当年财政拨款｜620.00｜652.30｜639.10", "其中：当年财政拨款｜620.00｜625.30｜639.10",
     "625.30",
     "全年预算数 components 625.30 + 32.20 + 0.00 = 657.50 ≠ 年度资金总额 684.50 (should be 652.30 = 620.00 + 追加 32.30)", "table"),
    ("juxian-tuiyianzhi-2022", 4, "score_sum_mismatch",
     "持续完善｜持续完善｜15｜15｜—", "持续完善｜持续完善｜15｜14｜—",
     ("持续完善｜15｜14", "总分｜｜｜｜｜100｜99.07"),
     "row scores 9.81 + 49.26 + 15 + 14 + 10 = 98.07, 总分 (table and text) still 99.07", "table"),
    ("juxian-tuiyianzhi-2022", 5, "grade_mismatch",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "自评得分 99.07 is in the 优 band (≥ 90)", "prose"),
    ("juxian-tuiyianzhi-2022", 6, "year_mismatch",
     "（2022年度）", "（2021年度）",
     "（2021年度）",
     "the 自评表 of the 2022 report is headed 2021年度 (two evaluation years for one report)", "table"),

    # ---------------- 郸城县 优抚对象医疗保障 2021 ----------------
    ("dancheng-youfuyiliao-2021", 1, "completion_mismatch",
     "3264人次｜108.80%", "3264人次｜106.80%",
     "3264人次｜106.80%",
     "医疗补助人次 3264 / 3000 = 108.80%, stated 106.80%", "table"),
    ("dancheng-youfuyiliao-2021", 2, "average_mismatch",
     "季均816人次", "季均861人次",
     "季均861人次",
     "(812 + 796 + 845 + 811) / 4 = 816人次, stated 861", "prose"),
    ("dancheng-youfuyiliao-2021", 3, "unit_mismatch",
     "覆盖率｜100%｜100%｜100%", "覆盖率｜100%｜1486人｜100%",
     "覆盖率｜100%｜1486人",
     "target is a percentage (100%), actual written as a head count (1486人)", "table"),
    ("dancheng-youfuyiliao-2021", 4, "weight_sum_mismatch",
     "1140.26元｜100%｜10｜10｜—", "1140.26元｜100%｜15｜10｜—",
     ("1140.26元｜100%｜15", "合计｜｜｜｜｜｜100"),
     "成本指标 weight typed 15: row weights now total 105 while 合计 reads 100", "table"),
    ("dancheng-youfuyiliao-2021", 5, "score_exceeds_weight",
     "8.6%｜100%｜15｜15｜—\n效益指标｜可持续影响指标｜“一站式”结算机制运行情况｜长效运行｜长效运行｜—｜15｜15",
     "8.6%｜100%｜15｜16｜—\n效益指标｜可持续影响指标｜“一站式”结算机制运行情况｜长效运行｜长效运行｜—｜15｜14",
     "8.6%｜100%｜15｜16",
     "社会效益 row scored 16 against weight 15 (the next row lowered to 14 so the total still reads 99.21)", "table"),
    ("dancheng-youfuyiliao-2021", 6, "conflicting_values",
     "全县享受医疗保障待遇的重点优抚对象1486人", "全县享受医疗保障待遇的重点优抚对象1468人",
     "重点优抚对象1468人",
     "the number of 重点优抚对象 is 1468 here but 1486 in 四（一） (全县1486名重点优抚对象全部纳入)", "prose"),

    # ---------------- 株洲市军休所 部门整体 2023 ----------------
    ("zhuzhou-junxiusuo-2023", 1, "sum_mismatch",
     "其中：人员经费｜502.80", "其中：人员经费｜520.80",
     "520.80",
     "年初预算 人员经费 520.80 + 公用经费 87.40 = 608.20 ≠ 基本支出 590.20 (should be 502.80)", "table"),
    ("zhuzhou-junxiusuo-2023", 2, "weight_sum_mismatch",
     "276人次｜10｜9.20", "276人次｜15｜9.20",
     ("276人次｜15｜9.20", "产出指标小计｜｜｜｜｜50"),
     "产出 三级 weights 10 + 15 + 10 + 10 + 10 = 55 ≠ 小计 50; all weights 105 ≠ 100", "table"),
    ("zhuzhou-junxiusuo-2023", 3, "grade_mismatch",
     "综合评定等级为良", "综合评定等级为优",
     "综合评定等级为优",
     "自评得分 89.24 < 90 is in the 良 band", "prose"),
    ("zhuzhou-junxiusuo-2023", 4, "implausible_rate",
     "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
     "0.00｜—｜100%",
     "执行率 100% printed on a zero base (上年结转 全年预算 0.00, 执行 0.00)", "table"),
    ("zhuzhou-junxiusuo-2023", 5, "year_mismatch",
     "结转至2024年", "结转至2023年",
     "结转至2023年",
     "unspent 2023 project money carried over to 2023 itself (should be 2024)", "prose"),
    ("zhuzhou-junxiusuo-2023", 6, "average_mismatch",
     "平均每站服务48.67人", "平均每站服务48.76人",
     "平均每站服务48.76人",
     "(52 + 47 + 47) / 3 = 48.67, stated 48.76", "prose"),

    # ---------------- 桦甸市 光荣牌悬挂 2019 ----------------
    ("huadian-guangrongpai-2019", 1, "completion_mismatch",
     "完成率97.06%", "完成率97.60%",
     "完成率97.60%",
     "光荣牌悬挂户数 8250 / 8500 = 97.06%, stated 97.60% in the 偏差原因 cell", "table"),
    ("huadian-guangrongpai-2019", 2, "score_exceeds_weight",
     "28元/块｜5｜5｜—\n效益指标｜社会效益指标｜信息采集数据入库准确率｜≥98%｜99.2%｜15｜15",
     "28元/块｜5｜6｜—\n效益指标｜社会效益指标｜信息采集数据入库准确率｜≥98%｜99.2%｜15｜14",
     "28元/块｜5｜6",
     "成本 row scored 6 against weight 5 (next row lowered to 14 so the total still reads 98.95)", "table"),
    ("huadian-guangrongpai-2019", 3, "unit_mismatch",
     "共计23.80万元", "共计238000万元",
     "238000万元",
     "8500块 × 28元 = 238000元 = 23.80万元; the 元 figure is labelled 万元 (off by 10^4; 23.80 + 9.35 + 16.42 = 49.57)", "prose"),
    ("huadian-guangrongpai-2019", 4, "score_sum_mismatch",
     "95.8%｜10｜10｜—", "95.8%｜10｜9｜—",
     ("95.8%｜10｜9", "总分｜｜｜｜｜100｜98.95"),
     "row scores now add to 97.95, 总分 (table and text) still 98.95", "table"),
    ("huadian-guangrongpai-2019", 5, "rate_mismatch",
     "执行率85.83%", "执行率85.38%",
     "执行率85.38%",
     "市级资金 19.57 / 22.80 = 85.83%, stated 85.38%", "prose"),
    ("huadian-guangrongpai-2019", 6, "conflicting_values",
     "全年共为8250户烈属", "全年共为8520户烈属",
     "8520户",
     "households with a 光荣牌: 8520 in 一（一）, 8250 in 三（一） and the 自评表", "prose"),

    # ---------------- 蒙自市 自主就业退役士兵一次性经济补助 2024 (prose only) ----------------
    ("mengzi-yicixingbuzhu-2024", 1, "balance_mismatch",
     "剩余26.48万元", "剩余24.68万元",
     "剩余24.68万元",
     "到位 675.20 − 发放 648.72 = 26.48万元, stated 24.68", "prose"),
    ("mengzi-yicixingbuzhu-2024", 2, "implausible_rate",
     "实现就业创业178人，就业创业率83.96%", "实现就业创业218人，就业创业率102.83%",
     "218人，就业创业率102.83%",
     "218 of the 212 paid veterans employed: rate 102.83% above 100%", "prose"),
    ("mengzi-yicixingbuzhu-2024", 3, "unit_mismatch",
     "人均30600元", "人均30600万元",
     "30600万元",
     "648.72万元 / 212人 = 3.06万元 = 30600元; the 元 figure is labelled 万元 (off by 10^4)", "prose"),
    ("mengzi-yicixingbuzhu-2024", 4, "conflicting_values",
     "全年安排补助资金675.20万元", "全年安排补助资金657.20万元",
     "657.20万元",
     "全年预算 657.20万元 in 一 but 675.20万元 in 三（一） (468.00 + 117.00 + 90.20)", "prose"),
    ("mengzi-yicixingbuzhu-2024", 5, "completion_mismatch",
     "完成年度目标的106%", "完成年度目标的116%",
     "完成年度目标的116%",
     "发放人数 212 / 目标 200 = 106%, stated 116%", "prose"),
    ("mengzi-yicixingbuzhu-2024", 6, "rate_mismatch",
     "执行率70.64%", "执行率70.46%",
     "执行率70.46%",
     "市级资金 63.72 / 90.20 = 70.64%, stated 70.46%", "prose"),
]


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.index(start)
    j = text.index(end, i) + len(end)
    return text[i:j]


def build():
    labels = []
    for src in SOURCES:
        clean_name = f"{src}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, _where) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            v = resolve_value(text, value)
            if v not in text:
                raise SystemExit(f"{name}: value not in case: {v!r}")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": v,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    build()
