#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one edit: `old` must occur exactly once in the
clean draft and is replaced by `new`.  `value` (the label) must occur in the resulting case.
`fig` is the original figure the edit changes (checked by verify.py: it occurs once in the clean
draft, or at least twice for conflicting_values); None where the changed cell is a generic
weight/score/dash that cannot be counted meaningfully.
Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

QH = "he-qinghe-yangrongjiaohui-2018"
ZS = "jx-zhangshu-yaojiaohui-2019"
AX = "fj-anxi-chabohui-2020"
LL = "hn-liling-shangwuju-bumen-2023"
YL = "ha-yanling-huabohui-2024"
SOURCES = [QH, ZS, AX, LL, YL]

# (source, n, code, where, old, new, value, fig, explanation)
EDITS = [
    # ---- 清河 2018 ----
    (QH, 1, "rate_mismatch", "prose",
     "县级资金300万元，支出282.60万元，执行率94.20%", "县级资金300万元，支出282.60万元，执行率94.02%",
     "282.60万元，执行率94.02%", "94.20",
     "county funds 282.60 / 300 = 94.20%, stated 94.02%"),
    (QH, 2, "sum_mismatch", "table",
     "宣传推介\t52.30\t", "宣传推介\t53.20\t",
     "宣传推介\t53.20", "52.30",
     "expenditure table: 146.80 + 53.20 + 38.50 + 105.00 = 343.50, 合计 342.60 (the three 筹办 items also no longer give the 237.60 stated in prose)"),
    (QH, 3, "weight_sum_mismatch", "table",
     "标准展位搭建验收合格率\t100%\t100%\t10\t10", "标准展位搭建验收合格率\t100%\t100%\t12\t10",
     "100%\t100%\t12\t10", None,
     "weights now 10 (execution) + 52 + 30 + 10 = 102, while 总分 row says 100"),
    (QH, 4, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”", "“优”",
     "97.02 lies in the 优 band (>= 90), stated 良"),
    (QH, 5, "year_mismatch", "prose",
     "结转至2019年", "结转至2018年",
     "结转至2018年", "结转至2019年",
     "the unspent part of the 2018 budget cannot be carried over to 2018 itself"),
    (QH, 6, "unit_mismatch", "table",
     "≥180个\t190个", "≥180个\t190%",
     "≥180个\t190%", "190个",
     "target counts booths (个), actual is a percentage: completion cannot be computed"),
    # ---- 樟树 2019 ----
    (ZS, 1, "balance_mismatch", "prose",
     "年末结余13.75万元", "年末结余13.57万元",
     "结余13.57万元", "13.75",
     "500 - 486.25 = 13.75, stated 13.57"),
    (ZS, 2, "average_mismatch", "prose",
     "平均每场28.78万元", "平均每场28.87万元",
     "平均每场28.87万元", "28.78",
     "(31.20 + 28.75 + 26.40) / 3 = 28.78, stated 28.87"),
    (ZS, 3, "score_sum_mismatch", "table",
     "92.00%\t10\t9.2\n", "92.00%\t10\t9.5\n",
     "92.00%\t10\t9.5", "9.2",
     "row scores now add to 99.01 (9.73 + 70 + 9.5 + 9.78) while 合计 and the text say 98.71"),
    (ZS, 4, "completion_mismatch", "table",
     "2156家\t107.80%", "2156家\t107.08%",
     "2156家\t107.08%", "107.80",
     "2156 / 2000 = 107.80%, stated 107.08%"),
    (ZS, 5, "implausible_rate", "prose",
     "采购商满意率96.8%", "采购商满意率106.8%",
     "满意率106.8%", "96.8",
     "a satisfaction rate cannot exceed 100%"),
    (ZS, 6, "conflicting_values", "prose",
     "本届参展企业2156家", "本届参展企业2165家",
     "参展企业2165家", "2156",
     "the table gives 2156 exhibitors (completion 107.80% = 2156/2000); the text now says 2165"),
    # ---- 安溪 2020 ----
    (AX, 1, "sum_mismatch", "prose",
     "宣传推介48.36万元", "宣传推介43.86万元",
     "宣传推介43.86万元", "48.36",
     "58.20 + 64.80 + 43.86 = 166.86, but the total spent is 171.36"),
    (AX, 2, "weight_sum_mismatch", "prose",
     "效益指标占30分", "效益指标占35分",
     "效益指标占35分", "效益指标占30分",
     "stated weights 10 + 50 + 35 + 10 = 105; the table's benefit rows weigh 15 + 15 = 30"),
    (AX, 3, "score_exceeds_weight", "table",
     "\t9.38\n\t疫情取消线下主会场\n\n\t\n\t数量指标\n\t补助参展茶企数\n\t≥150家\n\t162家\n\t12.5\n\t12.5\n",
     "\t8.38\n\t疫情取消线下主会场\n\n\t\n\t数量指标\n\t补助参展茶企数\n\t≥150家\n\t162家\n\t12.5\n\t13.5\n",
     "162家\n\t12.5\n\t13.5", None,
     "补助参展茶企数 scored 13.5 against a weight of 12.5 (the row above lowered from 9.38 to 8.38 so the total still reads 88.80)"),
    (AX, 4, "year_mismatch", "table",
     "\t评价年度\n\t2020年度\n", "\t评价年度\n\t2021年度\n",
     "2021年度", None,
     "the report and all its figures are for 2020; the table header claims 2021"),
    (AX, 5, "unit_mismatch", "prose",
     "线上参展茶企每家补助2000元", "线上参展茶企每家补助2000万元",
     "每家补助2000万元", "2000元",
     "2000元 x 162 = 32.40万元 as stated; written 2000万元 the amount is off by 10^4"),
    (AX, 6, "rate_mismatch", "table",
     "\t171.36\n\t10\n\t95.20%\n", "\t171.36\n\t10\n\t95.02%\n",
     "95.02%", "95.20",
     "171.36 / 180.00 = 95.20%, stated 95.02%"),
    # ---- 醴陵 2023 (部门整体) ----
    (LL, 1, "rate_mismatch", "table",
     "318.60\t96.55%", "318.60\t95.65%",
     "318.60\t95.65%", "96.55",
     "陶博会 318.60 / 330.00 = 96.55%, stated 95.65%"),
    (LL, 2, "sum_mismatch", "table",
     "上年结转\t136.25\t", "上年结转\t163.25\t",
     "上年结转\t163.25", "136.25",
     "1150.20 + 163.25 = 1313.45, 合计 1286.45"),
    (LL, 3, "average_mismatch", "table",
     "93.18%\t91.17", "93.18%\t91.71",
     "93.18%\t91.71", "91.17",
     "(95 + 86.5 + 92) / 3 = 91.17, stated 91.71"),
    (LL, 4, "score_exceeds_weight", "table",
     "预决算公开\t按时公开\t按时公开\t5\t5\n\t绩效管理\t绩效自评覆盖率\t100%\t100%\t5\t5\n",
     "预决算公开\t按时公开\t按时公开\t5\t4.5\n\t绩效管理\t绩效自评覆盖率\t100%\t100%\t5\t5.5\n",
     "100%\t100%\t5\t5.5", None,
     "绩效自评覆盖率 scored 5.5 against a weight of 5 (预决算公开 lowered to 4.5 so the total still reads 97.14)"),
    (LL, 5, "conflicting_values", "prose",
     "现场及意向交易额23.6亿元", "现场及意向交易额26.3亿元",
     "现场及意向交易额26.3亿元", "23.6",
     "the indicator table gives 23.6亿元 for the same 陶博会 transaction volume"),
    (LL, 6, "completion_mismatch", "prose",
     "完成年度目标的88%", "完成年度目标的82%",
     "完成年度目标的82%", "88%",
     "22 projects against the target of 25 = 88%, stated 82%"),
    # ---- 鄢陵 2024 ----
    (YL, 1, "rate_mismatch", "prose",
     "资金到位率92.31%", "资金到位率93.21%",
     "资金到位率93.21%", "92.31",
     "180 / 195 = 92.31%, stated 93.21%"),
    (YL, 2, "balance_mismatch", "table",
     "162.45\t17.55", "162.45\t17.85",
     "162.45\t17.85", "17.55",
     "180.00 - 162.45 = 17.55, stated 17.85"),
    (YL, 3, "score_sum_mismatch", "prose",
     "产出指标得46.33分", "产出指标得46.53分",
     "产出指标得46.53分", "46.33",
     "the output rows score 10 + 10 + 8 + 8.33 + 10 = 46.33, and 8.33 + 46.53 + 24.30 + 9.33 = 88.49, not the 88.29 stated"),
    (YL, 4, "grade_mismatch", "table",
     "评价等级\t良", "评价等级\t优",
     "评价等级\t优", "评价等级\t良",
     "88.29 lies in the 良 band (80-90), stated 优"),
    (YL, 5, "implausible_rate", "table",
     "上年结转资金\t0.00\t0.00\t0.00\t—\t—\t", "上年结转资金\t0.00\t0.00\t0.00\t—\t100%\t",
     "0.00\t—\t100%", None,
     "an execution rate of 100% on a zero budget (上年结转资金 0.00): a rate on a zero base"),
    (YL, 6, "conflicting_values", "table",
     "≥800家\t865家", "≥800家\t856家",
     "≥800家\t856家", "865",
     "the text says 865 exhibitors (780 + 85); the table now says 856"),
]


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        clean = read(f"{src}-clean.txt")
        for (s, n, code, where, old, new, value, fig, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old string found {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: label value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
