#!/usr/bin/env python3
"""Build the n199 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean
draft. `value` is the exact substring of the error case that carries the injected figure;
where the finding may sit on a total row, `span` = (start, end) gives two anchors and the
value runs from the first occurrence of `start` to the end of the next occurrence of `end`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "fj-yongding-liangai-2022",
    "ha-queshan-chunlei-2023",
    "yn-mengla-tuanxianwei-2021",
    "sd-dongping-kunnanzhigong-2019",
    "gs-suzhou-jinengjingsai-2024",
]

# (source, n, code, where, old, new, value | None, span | None, explanation)
EDITS = [
    # ---- 龙岩市永定区妇联 农村妇女“两癌”检查救助 2022 (web page, MOF table)
    dict(source="fj-yongding-liangai-2022", n=1, code="rate_mismatch", where="table",
         old="135.62｜—｜96.87%", new="135.62｜—｜98.67%", value="135.62｜—｜98.67%",
         explanation="当年财政拨款 row: 135.62 / 140.00 = 96.87%, stated 98.67% (digits swapped)"),
    dict(source="fj-yongding-liangai-2022", n=2, code="balance_mismatch", where="prose",
         old="年末结余4.38万元", new="年末结余4.83万元", value="结余4.83万元",
         explanation="146.00 - 141.62 = 4.38, stated 4.83"),
    dict(source="fj-yongding-liangai-2022", n=3, code="weight_sum_mismatch", where="table",
         old="救助金发放及时率｜100%｜100%｜6｜6", new="救助金发放及时率｜100%｜100%｜8｜6",
         span=("救助金发放及时率｜100%｜100%｜8｜6", "总分｜｜｜｜｜100"),
         explanation="分值 10 + 10 + 10 + 8 + 8 + 8 + 8 + 15 + 15 + 10 = 102 (救助金发放及时率 weight 6 typed as 8)"),
    dict(source="fj-yongding-liangai-2022", n=4, code="completion_mismatch", where="prose",
         old="完成率103.63%", new="完成率103.36%", value="完成率103.36%",
         explanation="宫颈癌检查 12436 / 12000 = 103.63%, stated 103.36%"),
    dict(source="fj-yongding-liangai-2022", n=5, code="implausible_rate", where="table",
         old="受检妇女满意度｜≥90%｜96.3%", new="受检妇女满意度｜≥90%｜107.00%", value="≥90%｜107.00%",
         explanation="a satisfaction rate cannot exceed 100% (the completion 96.3/90 was typed as the actual value)"),
    dict(source="fj-yongding-liangai-2022", n=6, code="score_exceeds_weight", where="table",
         old="93.6%｜8｜7.88｜外出务工妇女失访\n产出指标｜时效指标｜救助金发放及时率｜100%｜100%｜6｜6",
         new="93.6%｜8｜6｜外出务工妇女失访\n产出指标｜时效指标｜救助金发放及时率｜100%｜100%｜6｜7.88",
         value="100%｜100%｜6｜7.88",
         explanation="scores of two adjacent rows swapped: 救助金发放及时率 scores 7.88 against a weight of 6 (total unchanged)"),

    # ---- 确山县妇联 “春蕾计划”助学 2023 (PDF copy with page numbers, MOF table)
    dict(source="ha-queshan-chunlei-2023", n=1, code="sum_mismatch", where="table",
         old="其他资金｜10.00｜22.50", new="其他资金｜16.00｜22.50",
         span=("年度资金总额｜60.00", "其他资金｜16.00"),
         explanation="年初预算数: 50.00 + 0.00 + 16.00 = 66.00, 年度资金总额 60.00"),
    dict(source="ha-queshan-chunlei-2023", n=2, code="average_mismatch", where="prose",
         old="平均每期120人次", new="平均每期125人次", value="平均每期125人次",
         explanation="(112 + 131 + 118 + 119) / 4 = 120, stated 125"),
    dict(source="ha-queshan-chunlei-2023", n=3, code="implausible_rate", where="table",
         old="上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", new="上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%｜—",
         value="上年结转资金｜0.00｜0.00｜0.00｜—｜100.00%",
         explanation="execution rate 100.00% printed on a zero budget (0.00 / 0.00)"),
    dict(source="ha-queshan-chunlei-2023", n=4, code="unit_mismatch", where="prose",
         old="计31.00万元", new="计310000万元", value="310000万元",
         explanation="310 × 1000元 = 310000元 = 31.00万元; the 元 figure is labelled 万元 (38.00 + 31.00 = 69.00)"),
    dict(source="ha-queshan-chunlei-2023", n=5, code="grade_mismatch", where="table",
         old="自评等级｜优", new="自评等级｜良", value="自评等级｜良",
         explanation="total 98.82 is in the 优 band (≥ 90)"),
    dict(source="ha-queshan-chunlei-2023", n=6, code="conflicting_values", where="table",
         old="≥480人｜500人", new="≥480人｜460人", value="≥480人｜460人",
         explanation="table gives 460 aided girls (last year's figure) where the text gives 500 (190 + 310)"),

    # ---- 共青团勐腊县委 部门整体支出 2021 (Word copy, department table without funds block)
    dict(source="yn-mengla-tuanxianwei-2021", n=1, code="sum_mismatch", where="prose",
         old="公用经费13.67万元", new="公用经费16.37万元", value="公用经费16.37万元",
         explanation="基本支出 132.61 ≠ 人员经费 118.94 + 公用经费 16.37 = 135.31"),
    dict(source="yn-mengla-tuanxianwei-2021", n=2, code="conflicting_values", where="table",
         old="≥8000人｜8642人", new="≥8000人｜8462人", value="≥8000人｜8462人",
         explanation="registered volunteers 8462 in the table, 8642 in the text"),
    dict(source="yn-mengla-tuanxianwei-2021", n=3, code="score_sum_mismatch", where="table",
         old="58300小时｜15｜15", new="58300小时｜15｜14",
         span=("58300小时｜15｜14", "合计｜｜｜｜｜100｜99.25"),
         explanation="row scores now add to 98.25, total stated 99.25"),
    dict(source="yn-mengla-tuanxianwei-2021", n=4, code="grade_mismatch", where="prose",
         old="等级为“优”", new="等级为“良”", value="等级为“良”",
         explanation="total 99.25 is in the 优 band"),
    dict(source="yn-mengla-tuanxianwei-2021", n=5, code="rate_mismatch", where="prose",
         old="执行率97.33%", new="执行率97.23%", value="执行率97.23%",
         explanation="基本支出 132.61 / 136.25 = 97.33%, stated 97.23%"),
    dict(source="yn-mengla-tuanxianwei-2021", n=6, code="unit_mismatch", where="table",
         old="≥12次｜12次", new="≥12次｜100%", value="≥12次｜100%",
         explanation="target in 次, actual given as a percentage"),

    # ---- 东平县总工会 困难职工帮扶 2019 (Word copy, funds and indicators in prose only)
    dict(source="sd-dongping-kunnanzhigong-2019", n=1, code="rate_mismatch", where="prose",
         old="预算执行率95.47%", new="预算执行率95.74%", value="预算执行率95.74%",
         explanation="93.18 / 97.60 = 95.47%, stated 95.74%"),
    dict(source="sd-dongping-kunnanzhigong-2019", n=2, code="balance_mismatch", where="prose",
         old="年末结余4.42万元", new="年末结余4.24万元", value="结余4.24万元",
         explanation="97.60 - 93.18 = 4.42, stated 4.24"),
    dict(source="sd-dongping-kunnanzhigong-2019", n=3, code="sum_mismatch", where="prose",
         old="医疗救助29.48万元", new="医疗救助28.48万元", value="医疗救助28.48万元",
         explanation="32.60 + 15.60 + 28.48 + 15.50 = 92.18, total spent 93.18"),
    dict(source="sd-dongping-kunnanzhigong-2019", n=4, code="average_mismatch", where="prose",
         old="平均每批次81.5户", new="平均每批次85.1户", value="平均每批次85.1户",
         explanation="(98 + 76 + 85 + 67) / 4 = 81.5, stated 85.1"),
    dict(source="sd-dongping-kunnanzhigong-2019", n=5, code="year_mismatch", where="prose",
         old="截至2019年12月31日", new="截至2018年12月31日", value="截至2018年12月31日",
         explanation="year-end figures of the 2019 report dated to the end of 2018"),
    dict(source="sd-dongping-kunnanzhigong-2019", n=6, code="score_sum_mismatch", where="prose",
         old="产出指标得49.25分", new="产出指标得49.52分",
         span=("产出指标得49.52分", "合计98.80分"),
         explanation="9.55 + 49.52 + 30 + 10 = 99.07, total stated 98.80 (and 40 + 9.25 = 49.25 for the outputs)"),

    # ---- 酒泉市肃州区总工会 职工职业技能竞赛 2024 (web page, table with 完成率 column)
    dict(source="gs-suzhou-jinengjingsai-2024", n=1, code="completion_mismatch", where="table",
         old="684人次｜85.50%", new="684人次｜85.05%", value="684人次｜85.05%",
         explanation="684 / 800 = 85.50%, stated 85.05%"),
    dict(source="gs-suzhou-jinengjingsai-2024", n=2, code="score_exceeds_weight", where="table",
         old="75.00%｜10｜7.50｜同上\n产出指标｜时效指标｜竞赛完成时间｜2024年11月30日前｜7个赛项按期完成｜部分完成｜5｜3",
         new="75.00%｜10｜3｜同上\n产出指标｜时效指标｜竞赛完成时间｜2024年11月30日前｜7个赛项按期完成｜部分完成｜5｜7.50",
         value="部分完成｜5｜7.50",
         explanation="scores of two adjacent rows swapped: 竞赛完成时间 scores 7.50 against a weight of 5 (total unchanged)"),
    dict(source="gs-suzhou-jinengjingsai-2024", n=3, code="grade_mismatch", where="prose",
         old="评价等级为良好", new="评价等级为优秀", value="评价等级为优秀",
         explanation="total 86.15 is in the 良 band (80–90)"),
    dict(source="gs-suzhou-jinengjingsai-2024", n=4, code="weight_sum_mismatch", where="table",
         old="奖金发放及时率｜100%｜100%｜100.00%｜5｜5", new="奖金发放及时率｜100%｜100%｜100.00%｜6｜5",
         span=("奖金发放及时率｜100%｜100%｜100.00%｜6｜5", "合计｜｜｜｜｜｜100"),
         explanation="分值 now add to 101 (奖金发放及时率 5 typed as 6)"),
    dict(source="gs-suzhou-jinengjingsai-2024", n=5, code="year_mismatch", where="prose",
         old="相应资金已结转至2025年使用", new="相应资金已结转至2024年使用", value="结转至2024年",
         explanation="money of the 2024 budget carried over to 2024 itself (the postponed events are held in 2025)"),
    dict(source="gs-suzhou-jinengjingsai-2024", n=6, code="conflicting_values", where="prose",
         old="等级的职工46人", new="等级的职工64人", value="职工64人",
         explanation="new senior-grade workers 64 in the text, 46 in the table (target 50 said to be missed)"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def resolve_value(text, edit):
    if edit.get("value") is not None:
        return edit["value"]
    start, end = edit["span"]
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"{edit['source']}-e{edit['n']}: span start not found")
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"{edit['source']}-e{edit['n']}: span end not found")
    return text[i:j + len(end)]


def main():
    labels = []
    for src in PROJECTS:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e["source"] == src), key=lambda e: e["n"])
        for e in edits:
            cnt = clean.count(e["old"])
            if cnt != 1:
                raise SystemExit(f"{src}-e{e['n']}: old matches {cnt} times, need exactly 1")
            text = clean.replace(e["old"], e["new"], 1)
            name = f"{src}-e{e['n']}.txt"
            write(os.path.join(CASES, name), text)
            value = resolve_value(text, e)
            if value not in text:
                raise SystemExit(f"{name}: value not in case")
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": value,
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for l in labels if not l['clean'])} error cases, {len(labels)} labels")


if __name__ == "__main__":
    sys.exit(main())
