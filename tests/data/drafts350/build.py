#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each edit is an exact old -> new replacement applied to the clean draft; `old` must
occur exactly once in the clean draft and `value` (the label) exactly once in the
resulting error case.  Clean drafts live in cases/<id>-clean.txt and are never
rewritten here.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-xiangfen-zhongliangdahu-2021",
    "sc-santai-youcaikuozhong-2023",
    "jx-chongren-liaohuangfugeng-2022",
    "hb-gongan-chanliangdaxian-2020",
    "ha-taikang-nongyenongcunju-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- sx-xiangfen-zhongliangdahu-2021 (Shanxi, tables one cell per line) ---
    ("sx-xiangfen-zhongliangdahu-2021", 1, "completion_mismatch", "table",
     "\t69787.5亩\n\t107.37%\n", "\t69787.5亩\n\t103.77%\n",
     "\t69787.5亩\n\t103.77%",
     "附件1 补贴面积: 69787.5亩 / ≥65000亩 = 107.37%, stated 103.77%"),
    ("sx-xiangfen-zhongliangdahu-2021", 2, "sum_mismatch", "table",
     "\t20.00\n\t56.00\n", "\t20.00\n\t65.00\n",
     "\t20.00\n\t65.00",
     "funds table row (1) 年初预算资金: 财政资金小计 256.00 but 中央0 + 省级180.00 + 市级20.00 + 县区级65.00 = 265.00"),
    ("sx-xiangfen-zhongliangdahu-2021", 3, "average_mismatch", "prose",
     "户均补贴8947.12元", "户均补贴8974.12元",
     "户均补贴8974.12元",
     "279.15万元 / 312户 = 8947.12元 per household, stated 8974.12元"),
    ("sx-xiangfen-zhongliangdahu-2021", 4, "rate_mismatch", "table",
     "\t100\n\t87.92\n", "\t100\n\t89.72\n",
     "\t100\n\t89.72",
     "funds table row (7)=(4)/(2), 县区级 column: 52.75 / 60.00 = 87.92%, stated 89.72"),
    ("sx-xiangfen-zhongliangdahu-2021", 5, "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日",
     "截至2020年12月31日",
     "the 2021 report states its year-end execution as of 2020-12-31; figures 截至…12月31日 must name the evaluation year 2021"),
    ("sx-xiangfen-zhongliangdahu-2021", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 98.55 is in the 优 band (90–100), stated 良"),

    # --- sc-santai-youcaikuozhong-2023 (Sichuan, tab-separated table) ---
    ("sc-santai-youcaikuozhong-2023", 1, "implausible_rate", "prose",
     "及时性的满意度为97.3%", "及时性的满意度为107.3%",
     "满意度为107.3%",
     "a satisfaction rate cannot exceed 100%"),
    ("sc-santai-youcaikuozhong-2023", 2, "unit_mismatch", "prose",
     "机播作业补助64.50万元", "机播作业补助645000万元",
     "机播作业补助645000万元",
     "21500亩 × 30元/亩 = 645000元 = 64.50万元; the 元 figure is labelled 万元 (off by 10^4), which also breaks 423.60 + x + 10.62 = 498.72"),
    ("sc-santai-youcaikuozhong-2023", 3, "score_sum_mismatch", "table",
     "总分\t100\t98.67", "总分\t100\t98.76",
     "总分\t100\t98.76",
     "row scores 9.67 + 18 + 12 + 7 + 5 + 8 + 14 + 10 + 5 + 10 = 98.67, stated total 98.76"),
    ("sc-santai-youcaikuozhong-2023", 4, "balance_mismatch", "prose",
     "未支出的17.28万元", "未支出的17.82万元",
     "未支出的17.82万元",
     "516.00 − 498.72 = 17.28万元 unspent, stated 17.82"),
    ("sc-santai-youcaikuozhong-2023", 5, "weight_sum_mismatch", "table",
     "达成年度指标\t6\t5\t", "达成年度指标\t8\t5\t",
     "达成年度指标\t8\t5",
     "weights 10 + 18 + 12 + 7 + 5 + 8 + 14 + 10 + 8 + 10 = 102, not 100 (冬闲田综合利用水平 weight 6 → 8)"),
    ("sc-santai-youcaikuozhong-2023", 6, "conflicting_values", "table",
     "吨\t6354\t14", "吨\t6534\t14",
     "吨\t6534",
     "新增油菜籽产量: the table gives 6534吨, the text 6354吨 (42360亩 × 150公斤)"),

    # --- jx-chongren-liaohuangfugeng-2022 (Jiangxi, web page, ｜ table) ---
    ("jx-chongren-liaohuangfugeng-2022", 1, "rate_mismatch", "prose",
     "执行率88.39%", "执行率83.89%",
     "执行率83.89%",
     "县级资金 132.58 / 150 = 88.39%, stated 83.89%"),
    ("jx-chongren-liaohuangfugeng-2022", 2, "sum_mismatch", "table",
     "｜年度资金总额｜172.60｜", "｜年度资金总额｜176.20｜",
     "年度资金总额｜176.20",
     "年初预算数: 当年财政拨款 150.00 + 上年结转 22.60 + 其他 0.00 = 172.60, stated 176.20"),
    ("jx-chongren-liaohuangfugeng-2022", 3, "completion_mismatch", "prose",
     "完成年度目标的101.82%", "完成年度目标的108.12%",
     "完成年度目标的108.12%",
     "11200亩 / 1.1万亩 = 101.82%, stated 108.12%"),
    ("jx-chongren-liaohuangfugeng-2022", 4, "balance_mismatch", "prose",
     "结余17.42万元", "结余17.24万元",
     "结余17.24万元",
     "县级资金 150 − 132.58 = 17.42 (= 382.6 − 365.18), stated 17.24"),
    ("jx-chongren-liaohuangfugeng-2022", 5, "year_mismatch", "table",
     "附件：项目支出绩效自评表\n（2022年度）", "附件：项目支出绩效自评表\n（2021年度）",
     "（2021年度）",
     "the 自评表 of the 2022 report is headed 2021年度: two evaluation years claimed"),
    ("jx-chongren-liaohuangfugeng-2022", 6, "average_mismatch", "prose",
     "平均亩产420公斤", "平均亩产402公斤",
     "平均亩产402公斤",
     "4233.6吨 / (4860 + 5220)亩 = 420公斤/亩, stated 402"),

    # --- hb-gongan-chanliangdaxian-2020 (Hubei, PDF, single spaces between cells) ---
    ("hb-gongan-chanliangdaxian-2020", 1, "score_exceeds_weight", "table",
     "536.95 100 94\n", "536.95 100 104\n",
     "统防统治补助 536.95 100 104",
     "县植保植检站 self-evaluation score 104 above its 分值 100"),
    ("hb-gongan-chanliangdaxian-2020", 2, "weight_sum_mismatch", "table",
     "达成年度指标 8 7.5", "达成年度指标 9 7.5",
     "达成年度指标 9 7.5",
     "weights 20 + 10 + 10 + 9 + 6 + 5 + 12 + 10 + 9 + 10 = 101, stated 总分 100 (粮食综合生产能力 weight 8 → 9)"),
    ("hb-gongan-chanliangdaxian-2020", 3, "average_mismatch", "prose",
     "平均每个中心455吨/批", "平均每个中心445吨/批",
     "平均每个中心445吨/批",
     "(480 + 420 + 500 + 420) / 4 = 455吨/批, stated 445"),
    ("hb-gongan-chanliangdaxian-2020", 4, "unit_mismatch", "table",
     "≥155万亩 158.6万亩", "≥155万亩 102.32%",
     "≥155万亩 102.32%",
     "全县粮食播种面积: target in 万亩, actual given as a percentage"),
    ("hb-gongan-chanliangdaxian-2020", 5, "implausible_rate", "table",
     "上年结转资金 0.00 0.00 0.00 — — —", "上年结转资金 0.00 0.00 0.00 — 100% —",
     "上年结转资金 0.00 0.00 0.00 — 100%",
     "执行率 100% on a zero budget (上年结转资金 0.00): the rate is undefined"),
    ("hb-gongan-chanliangdaxian-2020", 6, "grade_mismatch", "prose",
     "评价等级为优秀", "评价等级为良好",
     "评价等级为良好",
     "total 97.64 is in the 优 band, stated 良好"),

    # --- ha-taikang-nongyenongcunju-2024 (Henan, department, PDF runs of spaces) ---
    ("ha-taikang-nongyenongcunju-2024", 1, "score_sum_mismatch", "prose",
     "产出指标（50分）得49.8分", "产出指标（50分）得48.9分",
     "得48.9分",
     "产出 rows 10 + 10 + 10 + 10 + 9.8 = 49.8, stated 48.9"),
    ("ha-taikang-nongyenongcunju-2024", 2, "conflicting_values", "table",
     "≥13万亩       13.09万亩", "≥13万亩       13.90万亩",
     "13.90万亩",
     "大豆玉米带状复合种植面积: table 13.90万亩, text 13.09万亩 (130926亩 = 1963.89万元 / 150元)"),
    ("ha-taikang-nongyenongcunju-2024", 3, "year_mismatch", "prose",
     "结转至2025年", "结转至2024年",
     "结转至2024年",
     "unspent money of the 2024 budget is carried over to 2024 itself; it must go to a later year"),
    ("ha-taikang-nongyenongcunju-2024", 4, "completion_mismatch", "prose",
     "完成目标任务的107%", "完成目标任务的117%",
     "完成目标任务的117%",
     "29.96万亩 / 28万亩 = 107%, stated 117%"),
    ("ha-taikang-nongyenongcunju-2024", 5, "score_exceeds_weight", "table",
     "93.26%    100    95.2", "93.26%    100    105.2",
     "100    105.2",
     "农业生产社会化服务项目 self-evaluation score 105.2 above its 分值 100"),
    ("ha-taikang-nongyenongcunju-2024", 6, "rate_mismatch", "table",
     "1963.89      92.64%", "1963.89      96.24%",
     "96.24%",
     "大豆玉米带状复合种植补助 1963.89 / 2120.00 = 92.64%, stated 96.24%"),
]

SOURCE_NOTE = "synthetic draft (figures invented) — theme grain production incentives / abandoned-land recovery"


def main():
    labels = []
    seen = set()
    for pid in PROJECTS:
        clean_path = os.path.join(CASES, f"{pid}-clean.txt")
        with open(clean_path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            assert (p, n) not in seen, (p, n)
            seen.add((p, n))
            c = clean.count(old)
            if c != 1:
                sys.exit(f"{pid}-e{n}: old string occurs {c} times in the clean draft: {old!r}")
            text = clean.replace(old, new, 1)
            c = text.count(value)
            if c != 1:
                sys.exit(f"{pid}-e{n}: label value occurs {c} times in the error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
