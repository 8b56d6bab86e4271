#!/usr/bin/env python3
"""Build the error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the
clean draft; the label value must then occur exactly once in the error case.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "he-chongli-qunzhongbingxue-2019"
P2 = "hb-shennongjia-nanfangbingxue-2020"
P3 = "jl-fusong-bingxuejinxiaoyuan-2022"
P4 = "hlj-shangzhi-bingxuesaishi-2021"
P5 = "xj-aletai-tiyuju-bumen-2024"
PROJECTS = [P1, P2, P4, P3, P5]  # by budget year

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- P1 Hebei, Chongli 2019: MOF table, tab-separated cells ---
    (P1, 1, "sum_mismatch", "table",
     "其中：当年财政拨款\t150.00\t", "其中：当年财政拨款\t155.00\t",
     "当年财政拨款\t155.00",
     "年初预算数 column: 155.00 + 15.00 + 0.00 = 170.00, but 年度资金总额 reads 165.00 (and 180.00 - 155.00 = 25 does not match the 30万元 追加)"),
    (P1, 2, "average_mismatch", "prose",
     "平均每场3.75万元", "平均每场3.57万元",
     "平均每场3.57万元",
     "52.50万元 / 14场 = 3.75万元, stated 3.57"),
    (P1, 3, "rate_mismatch", "table",
     "171.42\t—\t95.23%", "171.42\t—\t92.53%",
     "171.42\t—\t92.53%",
     "当年财政拨款 row: 171.42 / 180.00 = 95.23%, stated 92.53%"),
    (P1, 4, "year_mismatch", "prose",
     "已按规定结转至2020年继续使用", "已按规定结转至2019年继续使用",
     "结转至2019年",
     "the unspent 8.58万元 of the 2019 budget cannot be carried over into 2019 itself (should be 2020)"),
    (P1, 5, "implausible_rate", "table",
     "≥90%\t93.8%", "≥90%\t103.8%",
     "103.8%",
     "参与群众满意度 103.8% is above 100%"),
    (P1, 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "98.07 is in the 优 band (>= 90), stated 良"),

    # --- P2 Hubei, Shennongjia 2020: Hubei 20 + 80 goal-block table ---
    (P2, 1, "completion_mismatch", "table",
     "5场｜62.50%", "5场｜65.20%",
     "5场｜65.20%",
     "赛事场次 5 / 8 = 62.50%, stated 65.20%"),
    (P2, 2, "balance_mismatch", "prose",
     "年末结余14.62万元", "年末结余16.42万元",
     "年末结余16.42万元",
     "86.00 - 71.38 = 14.62 (本级 50.00 - 35.38 = 14.62), stated 16.42"),
    (P2, 3, "score_sum_mismatch", "table",
     "81.00%｜8.10", "81.00%｜8.01",
     "81.00%｜8.01",
     "row scores now add up to 88.06, the 合计 and the text say 88.15"),
    (P2, 4, "conflicting_values", "prose",
     "参赛及参与群众2460人次", "参赛及参与群众2640人次",
     "参赛及参与群众2640人次",
     "the same count is 2460人次 in the table (completion 82.00% = 2460/3000)"),
    (P2, 5, "rate_mismatch", "prose",
     "执行率70.76%", "执行率76.70%",
     "执行率76.70%",
     "林区本级资金 35.38 / 50.00 = 70.76%, stated 76.70%"),
    (P2, 6, "unit_mismatch", "table",
     "≥90%｜92.5%", "≥90%｜92.5分",
     "92.5分",
     "satisfaction target is a percentage (≥90%), the actual is given in 分"),

    # --- P3 Jilin, Fusong 2022: seed-003-like funds table + table with 完成率 ---
    (P3, 1, "score_exceeds_weight", "table",
     "102.63% | 4 | 4\n", "102.63% | 4 | 4.4\n",
     "102.63% | 4 | 4.4",
     "教师培训考核合格率 scored 4.4 against a weight of 4 (row sum 97.4 still reads 97 at whole points)"),
    (P3, 2, "completion_mismatch", "table",
     "10450人次 | 130.63%", "10450人次 | 103.63%",
     "10450人次 | 103.63%",
     "10450 / 8000 = 130.63%, stated 103.63%"),
    (P3, 3, "weight_sum_mismatch", "table",
     "120人 | 100.00% | 6 | 6", "120人 | 100.00% | 8 | 6",
     "120人 | 100.00% | 8 | 6",
     "weights now total 102 (产出 rows 52 against 50)"),
    (P3, 4, "year_mismatch", "prose",
     "截至2022年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the 2022 report states its spending as of 31 Dec 2021"),
    (P3, 5, "average_mismatch", "prose",
     "平均每校190人次", "平均每校180人次",
     "平均每校180人次",
     "10450人次 / 55所 = 190, stated 180"),
    (P3, 6, "unit_mismatch", "prose",
     "人均2000元", "人均2000万元",
     "人均2000万元",
     "24.00万元 / 120人 = 2000元; written as 2000万元 it is off by 10^4"),

    # --- P4 Heilongjiang, Shangzhi 2021: 10 + 90 table with 指标性质/度量单位 ---
    (P4, 1, "balance_mismatch", "prose",
     "结余6.35万元", "结余6.53万元",
     "结余6.53万元",
     "到位 145.60 - 支出 139.25 = 6.35, stated 6.53"),
    (P4, 2, "sum_mismatch", "prose",
     "宣传和保险7.80万元", "宣传和保险7.08万元",
     "宣传和保险7.08万元",
     "88.20 + 38.40 + 4.85 + 7.08 = 138.53, the spending total is 139.25"),
    (P4, 3, "score_sum_mismatch", "prose",
     "产出指标59.81分", "产出指标59.18分",
     "产出指标59.18分",
     "9.56 + 59.18 + 25.5 = 94.24, not 94.87; the 产出 rows of the table add up to 59.81"),
    (P4, 4, "implausible_rate", "table",
     "95｜%｜92｜", "95｜%｜102｜",
     "95｜%｜102",
     "冰面质量检查达标率 of 102% is above 100%"),
    (P4, 5, "completion_mismatch", "prose",
     "完成年度指标的127.44%", "完成年度指标的124.74%",
     "完成年度指标的124.74%",
     "3186 / 2500 = 127.44%, stated 124.74%"),
    (P4, 6, "weight_sum_mismatch", "prose",
     "产出指标60分", "产出指标50分",
     "产出指标50分",
     "10 + 50 + 30 = 90, not 100 (and 50 + 30 ≠ 90); the 产出 rows of the table weigh 60"),

    # --- P5 Xinjiang, Altay 2024: department-whole report, tab-separated ---
    (P5, 1, "score_exceeds_weight", "table",
     "3.86万元\t5\t5\t", "3.86万元\t5\t5.4\t",
     "3.86万元\t5\t5.4",
     "“三公”经费 row scored 5.4 against a weight of 5 (row sum 97.4 still reads 97 at whole points)"),
    (P5, 2, "grade_mismatch", "table",
     "评价等级\t优", "评价等级\t良",
     "评价等级\t良",
     "97 is in the 优 band, stated 良"),
    (P5, 3, "rate_mismatch", "table",
     "152.99\t93.06%", "152.99\t96.03%",
     "152.99\t96.03%",
     "群众冰雪赛事 152.99 / 164.40 = 93.06%, stated 96.03%"),
    (P5, 4, "conflicting_values", "table",
     "≥30天\t32天", "≥30天\t35天",
     "≥30天\t35天",
     "the text says 全年公益开放32天, the table 35天"),
    (P5, 5, "sum_mismatch", "prose",
     "公用经费37.80万元", "公用经费38.70万元",
     "公用经费38.70万元",
     "248.30 + 38.70 = 287.00, stated 基本支出 286.10"),
    (P5, 6, "year_mismatch", "table",
     "自评表（2024年度）", "自评表（2023年度）",
     "自评表（2023年度）",
     "the 2024 department report attaches a table titled 2023年度"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == pid]:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if text.count(value) != 1:
                raise SystemExit(f"{pid}-e{n}: value occurs {text.count(value)} times: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
