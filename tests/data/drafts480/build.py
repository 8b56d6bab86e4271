#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every clean draft lives in cases/<id>-clean.txt and is written by hand.  Each
error case is the clean draft with exactly one replacement (old -> new); the old
text must occur exactly once in the clean draft.  Run from this directory:

    python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "sx-xiaoyi-jianceyiqi-2020"
B = "sd-feicheng-shijianyiqi-2022"
C = "hn-chaling-jiancenengli-2019"
D = "sc-qionglai-jianceshebei-2023"
E = "jx-guixi-jiancezhongxin-bumen-2024"

SOURCES = [A, B, C, D, E]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Shanxi layout, tab-flattened funds table with 行次 and printed formulas
    (A, 1, "rate_mismatch", "table",
     "\t95.10\n", "\t95.01\n",
     "95.01",
     "funds table row (7)=(4)/(2), column 县区级: 114.12 / 120.00 = 95.10%, printed 95.01"),
    (A, 2, "implausible_rate", "table",
     "\t100\n\t100\n\t0\n\n\t预算执行率(%)", "\t100\n\t100\n\t100\n\n\t预算执行率(%)",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0\n\t100\n\t0\n\t100\n\t100\n\t100",
     "funds table row (6)=(3)/(2), column 其他资金: the column has no budget (zero base), yet its 到位率 reads 100"),
    (A, 3, "completion_mismatch", "table",
     "1628批次\n\t90.44%", "1628批次\n\t94.04%",
     "1628批次\n\t94.04%",
     "完成食品检验检测批次: 1628 / 1800 = 90.44%, 完成率 printed 94.04%"),
    (A, 4, "sum_mismatch", "prose",
     "粮食加工品305批次", "粮食加工品350批次",
     "粮食加工品350批次",
     "samples by field 612 + 438 + 350 + 273 = 1673, stated total 1628批次"),
    (A, 5, "unit_mismatch", "prose",
     "单价186000元", "单价186000万元",
     "单价186000万元",
     "液相色谱仪 2 × 186000万元 ≠ 37.20万元; the price is 186000元 (off by 10^4), which reconciles the subtotal exactly"),
    (A, 6, "grade_mismatch", "prose",
     "属于“优秀”", "属于“良好”",
     "属于“良好”",
     "total 98.73 lies in the 优 band (≥ 90), grade stated 良好"),

    # ---- B: MOF outline, 附件1 copied from a PDF with single spaces and page footers
    (B, 1, "balance_mismatch", "prose",
     "年末结余3.90万元", "年末结余3.09万元",
     "年末结余3.09万元",
     "到位 275.30 − 执行 271.40 = 3.90万元, stated 3.09"),
    (B, 2, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "2022 report: the year-end status of equipment bought in 2022 is dated 2021-12-31"),
    (B, 3, "average_mismatch", "prose",
     "平均7.7个工作日", "平均7.9个工作日",
     "平均7.9个工作日",
     "(6.5 + 8.0 + 7.2 + 9.1) / 4 = 7.70 working days, stated 7.9"),
    (B, 4, "conflicting_values", "table",
     "样品批次 ≥3000批次 3046批次", "样品批次 ≥3000批次 3064批次",
     "≥3000批次 3064批次",
     "自评表 actual 3064批次 vs 3,046批次 in the text and 3046批次 in 年度总体目标"),
    (B, 5, "score_sum_mismatch", "table",
     "432家 10 9", "432家 10 8",
     "432家 10 8",
     "row scores 10+10+10+10+10+10+8+8+10+10 = 96, stated 总分 97 (and 综合得分97分)"),
    (B, 6, "score_exceeds_weight", "table",
     "设备完好率 ≥95% 100% 10 10", "设备完好率 ≥95% 100% 10 10.4",
     "100% 10 10.4",
     "设备完好率 scored 10.4 with weight 10; Σ = 97.4 still rounds to the whole-point total 97"),

    # ---- C: Hunan outline, 附件 自评表 copied from Word (tab-separated rows)
    (C, 1, "rate_mismatch", "prose",
     "到位率94.64%", "到位率94.46%",
     "到位率94.46%",
     "到位 130.60 / 全年预算 138.00 = 94.64%, stated 94.46%"),
    (C, 2, "implausible_rate", "prose",
     "食品经营户满意度97.4%", "食品经营户满意度107.4%",
     "食品经营户满意度107.4%",
     "a satisfaction rate above 100%"),
    (C, 3, "completion_mismatch", "prose",
     "完成年度目标的107.17%", "完成年度目标的101.77%",
     "完成年度目标的101.77%",
     "快检 12860 / 12000 = 107.17%, stated 101.77%"),
    (C, 4, "sum_mismatch", "table",
     "县级财政资金\t75.00", "县级财政资金\t57.00",
     "县级财政资金\t57.00",
     "年初预算数 column: 45.00 + 57.00 + 0 = 102.00 ≠ 年度资金总额 120.00"),
    (C, 5, "weight_sum_mismatch", "table",
     "936批次\t10\t10", "936批次\t15\t10",
     "936批次\t15\t10",
     "分值 now total 105 (食品定量检验批次 weight 15 instead of 10); 总分 row says 100"),
    (C, 6, "score_sum_mismatch", "table",
     "72%\t15\t13.5", "72%\t15\t12.5",
     "72%\t15\t12.5",
     "row scores add up to 96.66, stated 总分 97.66 (and 得分97.66分 in the text)"),

    # ---- D: Sichuan outline copied from a government web page (tab-separated table)
    (D, 1, "balance_mismatch", "prose",
     "结余1.50万元", "结余1.05万元",
     "结余1.05万元",
     "到位 332.80 − 支出 331.30 = 1.50万元, stated 1.05"),
    (D, 2, "grade_mismatch", "prose",
     "总体评价为优秀", "总体评价为良好",
     "总体评价为良好",
     "total 96 lies in the 优 band (≥ 90), grade stated 良好"),
    (D, 3, "completion_mismatch", "prose",
     "完成年度目标的92.40%", "完成年度目标的94.20%",
     "完成年度目标的94.20%",
     "1386 / 1500 = 92.40%, stated 94.20%"),
    (D, 4, "unit_mismatch", "table",
     "台件\t2512\t", "台件\t100%\t",
     "2400\t台件\t100%",
     "检定校准计量器具: target in 台件, actual given as a percentage"),
    (D, 5, "score_exceeds_weight", "table",
     "%\t100\t5\t5\t", "%\t100\t5\t5.4\t",
     "100\t5\t5.4",
     "新购设备验收合格率 scored 5.4 with weight 5; Σ = 96.4 still rounds to the whole-point total 96"),
    (D, 6, "conflicting_values", "table",
     "项\t63\t15", "项\t68\t15",
     "75\t项\t68",
     "自评表 actual 68项 vs 新增CMA认可检测参数63项 (48 + 15) in the text"),

    # ---- E: department-wide report (部门整体), project table + indicator table
    (E, 1, "rate_mismatch", "prose",
     "合格率97.16%", "合格率97.61%",
     "合格率97.61%",
     "4724 / 4862 = 97.16%, stated 97.61%"),
    (E, 2, "average_mismatch", "prose",
     "平均自评得分94.33分", "平均自评得分95.33分",
     "平均自评得分95.33分",
     "(96 + 93 + 94) / 3 = 94.33, stated 95.33"),
    (E, 3, "year_mismatch", "prose",
     "结转至2025年使用", "结转至2024年使用",
     "结转至2024年",
     "2024 report: the unspent balance cannot be carried over to 2024 itself"),
    (E, 4, "conflicting_values", "table",
     "｜4862批次｜", "｜4826批次｜",
     "4826批次",
     "indicator table actual 4826批次 vs 4,862批次 (3105 + 640 + 1117) in the text"),
    (E, 5, "sum_mismatch", "table",
     "经费　　96.00", "经费　　69.00",
     "食品安全抽检监测经费　　69.00",
     "年初预算数 column: 69.00 + 150.00 + 39.00 = 258.00 ≠ 合计 285.00"),
    (E, 6, "weight_sum_mismatch", "table",
     "能力验证满意率｜10｜", "能力验证满意率｜12｜",
     "能力验证满意率｜12｜",
     "分值 now total 102 (能力验证满意率 12 instead of 10); 合计 says 100"),
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    labels = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-e{n}: old text occurs {cnt} times in the clean draft: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: label value not in the error case: {value!r}")
            name = f"{src}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with an error)")


if __name__ == "__main__":
    main()
