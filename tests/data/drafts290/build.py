#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts290 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft;
the result is written to cases/<source>-e<n>.txt. labels.jsonl lists the clean draft of each
source first, then its six error cases.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "zhecheng-hucegaizao-2019",
    "sinan-lajishouyun-2021",
    "jinyun-wushuiyunwei-2022",
    "xianxian-cunzhuangqingjie-2023",
    "gangu-meilixiangcun-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 柘城县 2019 农村户厕改造 (PDF copy, cells separated by spaces)
    ("zhecheng-hucegaizao-2019", 1, "rate_mismatch", "prose",
     "支出率89.33%", "支出率83.93%",
     "县级配套资金支出675.36万元，支出率83.93%",
     "county funds spent 675.36 of 756.00 = 89.33%, stated 83.93% (digits swapped)"),
    ("zhecheng-hucegaizao-2019", 2, "unit_mismatch", "prose",
     "县级配套资金756.00万元。", "县级配套资金7560000万元。",
     "县级配套资金7560000万元",
     "the county share 756.00万元 (7,560,000元) written as 7560000万元: 1260.00 + 7560000 ≠ 2016.00, "
     "1260.00 + 756.00 = 2016.00 after rescaling by 10^4"),
    ("zhecheng-hucegaizao-2019", 3, "score_exceeds_weight", "table",
     "12600户 15 15\n新建村级公厕数量 ≥40座 38座 10 9.5",
     "12600户 15 15.5\n新建村级公厕数量 ≥40座 38座 10 9",
     "12600户 15 15.5",
     "户厕数量 row scored 15.5 against a weight of 15 (the 公厕 row was lowered 9.5 → 9, so the total still reads 98.1)"),
    ("zhecheng-hucegaizao-2019", 4, "year_mismatch", "table",
     "项目支出绩效自评表\n（2019年度）", "项目支出绩效自评表\n（2018年度）",
     "（2018年度）",
     "the 自评表 claims the 2018 year for the 2019 report (title, funds and dates are 2019)"),
    ("zhecheng-hucegaizao-2019", 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "total 98.1 is in the 优 band (90–100), stated 良"),
    ("zhecheng-hucegaizao-2019", 6, "completion_mismatch", "prose",
     "完成年度任务的105%", "完成年度任务的150%",
     "12600户，完成年度任务的150%",
     "12600户 against the target 12000户 = 105%, stated 150%"),

    # ---- 思南县 2021 农村生活垃圾收运体系 (converted document, cells separated by ｜)
    ("sinan-lajishouyun-2021", 1, "balance_mismatch", "prose",
     "结余71.28万元", "结余72.18万元",
     "结余72.18万元",
     "到位 720.00 − 支出 648.72 = 71.28, stated 72.18"),
    ("sinan-lajishouyun-2021", 2, "sum_mismatch", "table",
     "购置｜90.00｜87.70\n合计", "购置｜90.00｜78.70\n合计",
     "分类垃圾桶（箱）购置｜90.00｜78.70\n合计｜720.00｜648.72",
     "actual spending 262.40 + 298.62 + 78.70 = 639.72, but the 合计 row reads 648.72"),
    ("sinan-lajishouyun-2021", 3, "average_mismatch", "prose",
     "平均每辆21.87万元", "平均每辆21.78万元",
     "平均每辆21.78万元",
     "(128.00 + 134.40) / (4 + 8) = 21.87万元 per vehicle, stated 21.78"),
    ("sinan-lajishouyun-2021", 4, "weight_sum_mismatch", "table",
     "93.4%｜15｜15｜", "93.4%｜16｜15｜",
     "93.4%｜16｜15",
     "覆盖率 weight 16: weights now total 101 (效益 31) against 总分 100"),
    ("sinan-lajishouyun-2021", 5, "implausible_rate", "table",
     "91.2%｜10｜10｜", "912%｜10｜10｜",
     "912%",
     "satisfaction of 912% (decimal point dropped from 91.2%) is above 100%"),
    ("sinan-lajishouyun-2021", 6, "conflicting_values", "prose",
     "全年配置分类垃圾桶（箱）2460个", "全年配置分类垃圾桶（箱）2640个",
     "全年配置分类垃圾桶（箱）2640个",
     "the text says 2640个 bins, the 年度总体目标 block and the indicator row say 2460个"),

    # ---- 缙云县 2022 农村生活污水治理设施运维 (Word export, one cell per line)
    ("jinyun-wushuiyunwei-2022", 1, "average_mismatch", "prose",
     "84.0%、85.1%、84.1%", "84.0%、88.1%、84.1%",
     "81.2%、84.0%、88.1%、84.1%，全年平均83.6%",
     "(81.2 + 84.0 + 88.1 + 84.1) / 4 = 84.35%, stated average 83.6%"),
    ("jinyun-wushuiyunwei-2022", 2, "unit_mismatch", "table",
     "\t≥4次\n\t4次\n", "\t≥4次\n\t100%\n",
     "≥4次\n\t100%",
     "检测频次 target in 次, actual given as a percentage: completion cannot be computed"),
    ("jinyun-wushuiyunwei-2022", 3, "sum_mismatch", "prose",
     "水质第三方检测费50.37万元", "水质第三方检测费53.07万元",
     "其中第三方运维服务费1014.40万元、水质第三方检测费53.07万元",
     "1014.40 + 53.07 = 1067.47, but the spending they break down is 1064.77"),
    ("jinyun-wushuiyunwei-2022", 4, "completion_mismatch", "prose",
     "完成年度目标的100.63%", "完成年度目标的100.36%",
     "1268个，完成年度目标的100.36%",
     "1268个 against the target 1260个 = 100.63%, stated 100.36%"),
    ("jinyun-wushuiyunwei-2022", 5, "implausible_rate", "table",
     "\t(7)=(4)/(2)\n\t98.00\n\t98.00\n\t0\n", "\t(7)=(4)/(2)\n\t98.00\n\t98.00\n\t100\n",
     "(7)=(4)/(2)\n\t98.00\n\t98.00\n\t100",
     "中央级 column has no budget (blank in rows (1)–(4)); an execution rate of 100 on a zero base is impossible"),
    ("jinyun-wushuiyunwei-2022", 6, "score_sum_mismatch", "prose",
     "产出指标49.84分", "产出指标48.94分",
     "产出指标48.94分、效益指标30分、满意度指标10分，自评总分99.64分",
     "9.8 + 48.94 + 30 + 10 = 98.74, stated total 99.64 (the 产出 rows add up to 49.84)"),

    # ---- 献县 2023 村庄清洁行动 (web page, tab-separated rows, 完成率 column)
    ("xianxian-cunzhuangqingjie-2023", 1, "completion_mismatch", "table",
     "652处\t108.67%", "652处\t106.87%",
     "652处\t106.87%",
     "652处 against ≥600处 = 108.67%, stated 106.87%"),
    ("xianxian-cunzhuangqingjie-2023", 2, "score_sum_mismatch", "table",
     "100\t98.5", "100\t97.5",
     "100\t97.5",
     "row scores 9.5 + 10 + 10 + 9 + 10 + 10 + 10 + 10 + 10 + 10 = 98.5, 总分 row reads 97.5"),
    ("xianxian-cunzhuangqingjie-2023", 3, "score_exceeds_weight", "table",
     "108.67%\t10\t10\t\n清理残垣断壁\t≥1200处\t1080处\t90.00%\t10\t9\t",
     "108.67%\t10\t11\t\n清理残垣断壁\t≥1200处\t1080处\t90.00%\t10\t8\t",
     "108.67%\t10\t11",
     "沟渠坑塘 row scored 11 against a weight of 10 (残垣断壁 lowered 9 → 8, so the total still reads 98.5)"),
    ("xianxian-cunzhuangqingjie-2023", 4, "year_mismatch", "prose",
     "结转至2024年使用", "结转至2023年使用",
     "结转至2023年使用",
     "the unspent part of the 2023 budget is carried over to 2023 itself; it must go to 2024"),
    ("xianxian-cunzhuangqingjie-2023", 5, "rate_mismatch", "prose",
     "支出率65.00%", "支出率56.00%",
     "省级资金支出52.00万元，支出率56.00%",
     "provincial funds spent 52.00 of 80.00 = 65.00%, stated 56.00%"),
    ("xianxian-cunzhuangqingjie-2023", 6, "conflicting_values", "prose",
     "清理村内沟渠坑塘652处；", "清理村内沟渠坑塘625处；",
     "清理村内沟渠坑塘625处",
     "the text says 625处, the 自评表 row says 652处 (completion 108.67%)"),

    # ---- 甘谷县 2024 和美乡村示范村建设 (web page, one cell per line)
    ("gangu-meilixiangcun-2024", 1, "grade_mismatch", "prose",
     "评价等级为“良好”", "评价等级为“优秀”",
     "评价等级为“优秀”",
     "total 87.43 is in the 良 band (80–90), stated 优秀"),
    ("gangu-meilixiangcun-2024", 2, "balance_mismatch", "prose",
     "结余360.00万元", "结余306.00万元",
     "结余306.00万元",
     "1500.00 budgeted and received − 1140.00 spent = 360.00, stated 306.00"),
    ("gangu-meilixiangcun-2024", 3, "weight_sum_mismatch", "table",
     "70%\n5\n3.89", "70%\n6\n3.89",
     "70%\n6\n3.89",
     "完工率 weight 6: weights now total 101 (产出 51) against 总分 100"),
    ("gangu-meilixiangcun-2024", 4, "rate_mismatch", "table",
     "76.00%", "67.00%",
     "67.00%",
     "1140.00 / 1500.00 = 76.00%, the funds row prints 67.00%"),
    ("gangu-meilixiangcun-2024", 5, "conflicting_values", "table",
     "826座\n10", "862座\n10",
     "862座",
     "the indicator row says 862座, the text and the 年度总体目标 block say 826座 (512 + 314)"),
    ("gangu-meilixiangcun-2024", 6, "unit_mismatch", "table",
     "13.5公里\n10\n7.5", "75%\n10\n7.5",
     "≥18公里\n75%",
     "road length target in 公里, actual given as a percentage"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == src]:
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{src} e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src} e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one injected error)")


if __name__ == "__main__":
    main()
