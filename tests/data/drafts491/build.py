#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts491 from the clean drafts and the edit list below.

Each edit: (source, case suffix, old, new, code, value, explanation).
`old` must occur exactly once in the clean draft; the case is the clean draft with old -> new;
`value` (the label) must occur exactly once in the case and contain the changed figure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = ["hb-xialu-zhucan-2019", "sc-jiangyang-zhucan-2020", "ha-jinshui-zhucan-2022",
           "sd-laishan-zhucan-bumen-2023", "sn-weibin-zhucan-2025"]

T = "\t"
EDITS = [
    # ---- 黄石市下陆区 2019 (tabs, MOF funds block + Hubei 20/80 weights) ----
    ("hb-xialu-zhucan-2019", "e1", "年末结余11.54万元", "年末结余11.45万元", "balance_mismatch",
     "年末结余11.45万元", "到位 220.00 - 执行 208.46 = 11.54, stated 11.45"),
    ("hb-xialu-zhucan-2019", "e2", "14.85万元、17.38万元", "14.85万元、17.83万元", "sum_mismatch",
     "17.83万元", "运营补贴 by street 16.20 + 14.85 + 17.83 + 10.20 = 59.08, but 运营补贴 is 58.63"),
    ("hb-xialu-zhucan-2019", "e3",
     "餐食抽检合格率\t100%\t100%\t10\t10\t\n\t时效指标\t补贴拨付及时率\t100%\t91.67%\t5\t4.58",
     "餐食抽检合格率\t100%\t100%\t10\t4.58\t\n\t时效指标\t补贴拨付及时率\t100%\t91.67%\t5\t10",
     "score_exceeds_weight",
     "10\t4.58\t\n\t时效指标\t补贴拨付及时率\t100%\t91.67%\t5\t10",
     "scores of the 质量 and 时效 rows swapped (total still 96.98): 补贴拨付及时率 scores 10 against a weight of 5"),
    ("hb-xialu-zhucan-2019", "e4", "评价等级为“优”", "评价等级为“良”", "grade_mismatch",
     "评价等级为“良”", "total 96.98 is in the 优 band (>= 90)"),
    ("hb-xialu-zhucan-2019", "e5", "已结转2020年继续", "已结转2019年继续", "year_mismatch",
     "已结转2019年继续用于餐次补贴", "the 2019 balance is carried over to 2019 itself; a carry-over goes to a later year (2020)"),
    ("hb-xialu-zhucan-2019", "e6", "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t—", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t—",
     "implausible_rate", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%",
     "执行率 100% printed on a 0.00 budget (zero base)"),
    # ---- 泸州市江阳区 2020 (Sichuan table: 指标性质 / 度量单位 columns, 10 + 90) ----
    ("sc-jiangyang-zhucan-2020", "e1", "兑付率97.26%", "兑付率97.62%", "rate_mismatch",
     "兑付率97.62%", "餐次补贴 77.42 / 预算 79.60 = 97.26%, stated 97.62%"),
    ("sc-jiangyang-zhucan-2020", "e2", "｜26.21｜10｜7.49｜", "｜26.21｜10｜7.94｜", "score_sum_mismatch",
     "补贴餐次｜≥｜35｜万餐｜26.21｜10｜7.94",
     "row scores now add up to 89.12 (产出 42.94), stated total 88.67 (产出 42.49)"),
    ("sc-jiangyang-zhucan-2020", "e3", "｜96.8｜10｜10｜", "｜96.8｜12｜10｜", "weight_sum_mismatch",
     "就餐老年人满意度｜≥｜90｜%｜96.8｜12", "weights 10 + 50 + 30 + 12 = 102, table total 100"),
    ("sc-jiangyang-zhucan-2020", "e4", "全年受益老年人2684人", "全年受益老年人2864人", "conflicting_values",
     "全年受益老年人2864人", "table 受益老年人数 actual 2684人 (scored 11.50 = 15 x 2684/3500), prose 2864人"),
    ("sc-jiangyang-zhucan-2020", "e5", "平均每个街道5.24万餐", "平均每个街道5.42万餐", "average_mismatch",
     "平均每个街道5.42万餐", "26.21万餐 / 5 streets = 5.24"),
    ("sc-jiangyang-zhucan-2020", "e6", "截至2020年12月31日", "截至2021年12月31日", "year_mismatch",
     "截至2021年12月31日", "2020 report: the funds position is dated the end of 2021"),
    # ---- 郑州市金水区 2022 (Markdown tables with 完成率) ----
    ("ha-jinshui-zhucan-2022", "e1", "| 70.85万餐 | 94.47% |", "| 70.85万餐 | 94.74% |", "completion_mismatch",
     "70.85万餐 | 94.74%", "70.85 / 75 = 94.47%, stated 94.74%"),
    ("ha-jinshui-zhucan-2022", "e2", "| ≥12个 | 12个 |", "| ≥12个 | 100% |", "unit_mismatch",
     "新建社区助餐点 | ≥12个 | 100%", "target counted in 个, actual given as a percentage"),
    ("ha-jinshui-zhucan-2022", "e3", "兑付率91.84%", "兑付率91.48%", "rate_mismatch",
     "兑付率91.48%", "餐次补贴 289.31 / 预算 315.00 = 91.84%, stated 91.48%"),
    ("ha-jinshui-zhucan-2022", "e4", "年末结余34.69万元", "年末结余36.49万元", "balance_mismatch",
     "年末结余36.49万元", "全年预算(全部到位) 635.20 - 执行 600.51 = 34.69, stated 36.49"),
    ("ha-jinshui-zhucan-2022", "e5", "平均每个街道11.81万餐", "平均每个街道11.18万餐", "average_mismatch",
     "平均每个街道11.18万餐", "70.85万餐 / 6 streets = 11.81"),
    ("ha-jinshui-zhucan-2022", "e6", "电话回访满意率97.5%", "电话回访满意率107.5%", "implausible_rate",
     "电话回访满意率107.5%", "a satisfaction rate above 100%"),
    # ---- 烟台市莱山区 2023 (部门整体支出, ｜ table with 完成率) ----
    ("sd-laishan-zhucan-bumen-2023", "e1", "59.50万餐｜91.54%", "59.50万餐｜95.14%", "completion_mismatch",
     "59.50万餐｜95.14%", "59.50 / 65 = 91.54%, stated 95.14%"),
    ("sd-laishan-zhucan-bumen-2023", "e2", "项目支出执行率93.02%", "项目支出执行率93.20%", "rate_mismatch",
     "项目支出执行率93.20%", "项目支出 338.78 / 364.20 = 93.02%, stated 93.20%"),
    ("sd-laishan-zhucan-bumen-2023", "e3", "13.08万餐、12.35万餐", "13.08万餐、12.53万餐", "sum_mismatch",
     "12.53万餐", "streets 15.62 + 13.08 + 12.53 + 7.94 + 10.51 = 59.68, total 59.50"),
    ("sd-laishan-zhucan-bumen-2023", "e4", "培训经费12.00万元", "培训经费120000万元", "unit_mismatch",
     "培训经费120000万元",
     "96.00 + 62.40 + 168.38 + x = 338.78 gives x = 12.00万元; 120000 is the amount in 元 written with 万元 (off by 10^4)"),
    ("sd-laishan-zhucan-bumen-2023", "e5", "评价等级为“优”", "评价等级为“良”", "grade_mismatch",
     "评价等级为“良”", "total 95.56 is in the 优 band"),
    ("sd-laishan-zhucan-bumen-2023", "e6", "“三公”经费支出0.86万元", "“三公”经费支出0.68万元", "conflicting_values",
     "经费支出0.68万元", "table “三公”经费 actual 0.86万元, prose 0.68万元"),
    # ---- 宝鸡市渭滨区 2025 (Shanxi-style 行次 funds table, block tables in tabs) ----
    ("sn-weibin-zhucan-2025", "e1",
     "新建助餐点当年投运率\t10\t100%\t75%\t75.00%\t7.50\n成本指标\t低龄老人每餐补贴\t5\t=2元\t2元\t100%\t5\n",
     "新建助餐点当年投运率\t10\t100%\t75%\t75.00%\t5\n成本指标\t低龄老人每餐补贴\t5\t=2元\t2元\t100%\t7.50\n",
     "score_exceeds_weight",
     "75.00%\t5\n成本指标\t低龄老人每餐补贴\t5\t=2元\t2元\t100%\t7.50",
     "scores of the 时效 and first 成本 rows swapped (产出 still 43.65): 低龄老人每餐补贴 scores 7.50 against a weight of 5"),
    ("sn-weibin-zhucan-2025", "e2", "助餐点持续运营率\t10\t≥90%", "助餐点持续运营率\t12\t≥90%", "weight_sum_mismatch",
     "助餐点持续运营率\t12", "weights now total 102; 效益 rows 32 against the stated 权重30分"),
    ("sn-weibin-zhucan-2025", "e3", "98.44%\t9.84", "98.44%\t9.48", "score_sum_mismatch",
     "就餐老年人满意度\t10\t≥90%\t88.6%\t98.44%\t9.48", "row scores now add up to 88.82, stated 总得分 89.18"),
    ("sn-weibin-zhucan-2025", "e4", "当年投运率\t10\t100%\t75%\t", "当年投运率\t10\t100%\t6个\t", "unit_mismatch",
     "新建助餐点当年投运率\t10\t100%\t6个", "target is a percentage, actual given as a count (6个)"),
    ("sn-weibin-zhucan-2025", "e5", "就餐老年人满意度为88.6%", "就餐老年人满意度为86.8%", "conflicting_values",
     "就餐老年人满意度为86.8%", "table 业绩值 88.6% (completion 98.44%, score 9.84), prose 86.8%"),
    ("sn-weibin-zhucan-2025", "e6", "44.80万餐\t81.45%", "44.80万餐\t84.15%", "completion_mismatch",
     "44.80万餐\t84.15%", "44.80 / 55 = 81.45%, stated 84.15%"),
]


def main():
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    # remove stale error cases
    for fn in os.listdir(CASES):
        if not fn.endswith("-clean.txt"):
            os.remove(os.path.join(CASES, fn))
    labels = []
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suffix, old, new, code, value, expl) in EDITS:
            if s != src:
                continue
            base = clean[src]
            if base.count(old) != 1:
                sys.exit(f"{src}-{suffix}: old text occurs {base.count(old)} times: {old!r}")
            text = base.replace(old, new)
            if text.count(value) != 1:
                sys.exit(f"{src}-{suffix}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(labels) - len(SOURCES)} with one error)")


if __name__ == "__main__":
    main()
