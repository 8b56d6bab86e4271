#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft lives in cases/<id>-clean.txt.  EDITS lists, per error case, one exact
old -> new replacement (old must occur exactly once in the clean draft), the expected code,
where the slip sits (prose / table), the label value (exact substring of the error case that
contains the changed figure) and a short explanation.  Standard library only.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "he-xinle-wuhaihua-2019",
    "jx-xingan-shoujitixi-2021",
    "ha-jiaxian-wuhaihua-2023",
    "gx-luchuan-wuhaihua-2020",
    "hb-gucheng-wuhaihua-bumen-2024",
]

A, B, C, Dp, E = PROJECTS

EDITS = [
    # ---- A: Hebei Xinle 2019 -------------------------------------------------------------
    dict(id=A, n=1, code="sum_mismatch", where="prose",
         old="1,233头、1,096头", new="1,233头、1,069头", value="1,069头",
         explanation="township counts 1,862 + 1,475 + 1,233 + 1,069 + 2,774 = 8,413, stated 全市共计8,440头"),
    dict(id=A, n=2, code="rate_mismatch", where="table",
         old="| 66.64 | — | 98.70% |", new="| 66.64 | — | 97.80% |", value="66.64 | — | 97.80%",
         explanation="funds table, 当年财政拨款 row: 66.64 / 67.52 = 98.70%, stated 97.80%"),
    dict(id=A, n=3, code="balance_mismatch", where="prose",
         old="年末结余0.88万元", new="年末结余0.78万元", value="结余0.78万元",
         explanation="全年预算 71.84 − 全年执行 70.96 = 0.88万元, stated 0.78万元"),
    dict(id=A, n=4, code="weight_sum_mismatch", where="table",
         old="| ≥95% | 96.5% | 7 | 7 |", new="| ≥95% | 96.5% | 8 | 7 |", value="96.5% | 8 | 7",
         explanation="质量指标 rows weigh 8 + 8 = 16 against their 小计 15 (产出 51, total 101)"),
    dict(id=A, n=5, code="grade_mismatch", where="prose",
         old="评价等级为“优”", new="评价等级为“良”", value="评价等级为“良”",
         explanation="total 99.53 lies in the 优 band (≥ 90)"),
    dict(id=A, n=6, code="year_mismatch", where="prose",
         old="已结转至2020年支付", new="已结转至2019年支付", value="结转至2019年",
         explanation="the unspent part of the 2019 budget is carried over to 2019 itself; it must go to a later year (2020)"),

    # ---- B: Jiangxi Xingan 2021 ------------------------------------------------------------
    dict(id=B, n=1, code="completion_mismatch", where="table",
         old="| 118.00% |", new="| 108.00% |", value="1,770头 | 108.00%",
         explanation="收集病死猪数量: 1,770 / 1,500 = 118.00%, stated 108.00%"),
    dict(id=B, n=2, code="average_mismatch", where="prose",
         old="平均每个收集点收集295头", new="平均每个收集点收集259头", value="平均每个收集点收集259头",
         explanation="(412 + 376 + 298 + 265 + 231 + 188) / 6 = 1,770 / 6 = 295, stated 259"),
    dict(id=B, n=3, code="unit_mismatch", where="prose",
         old="合同金额36.80万元", new="合同金额368000万元", value="368000万元",
         explanation="the vehicle contract (368,000元 = 36.80万元) is written with the unit 万元: off by 10^4; "
                     "2 × 18.40 = 36.80 and 138.60 + 36.80 = 175.40 hold only after rescaling"),
    dict(id=B, n=4, code="score_exceeds_weight", where="table",
         old="| 2辆 | 100.00% | 6 | 6 | |\n| 产出指标 | 数量指标 | 收集病死猪数量 | ≥1,500头 | 1,770头 | 118.00% | 6 | 6 |",
         new="| 2辆 | 100.00% | 6 | 7 | |\n| 产出指标 | 数量指标 | 收集病死猪数量 | ≥1,500头 | 1,770头 | 118.00% | 6 | 5 |",
         value="2辆 | 100.00% | 6 | 7",
         explanation="购置冷藏收集车 scored 7 against a weight of 6 (the next row, 收集病死猪数量, is lowered 6 → 5 "
                     "so that the 数量指标 小计 still reads 20)"),
    dict(id=B, n=5, code="year_mismatch", where="prose",
         old="已结转至2022年", new="已结转至2021年", value="结转至2021年",
         explanation="the retention money of the 2021 budget is carried over to 2021 itself; it is paid after the one-year warranty, in 2022"),
    dict(id=B, n=6, code="conflicting_values", where="prose",
         old="满意度92.8%。", new="满意度93.8%。", value="满意度93.8%",
         explanation="the same survey of 150 households gives 92.8% in the self-evaluation table"),

    # ---- C: Henan Jiaxian 2023 -------------------------------------------------------------
    dict(id=C, n=1, code="completion_mismatch", where="table",
         old="| 616.8吨 | 102.80% |", new="| 616.8吨 | 102.08% |", value="616.8吨 | 102.08%",
         explanation="病死猪处理重量: 616.8 / 600 = 102.80%, stated 102.08%"),
    dict(id=C, n=2, code="rate_mismatch", where="table",
         old="| 41.32 | 90.00% | 82.64% |", new="| 41.32 | 90.00% | 86.24% |", value="41.32 | 90.00% | 86.24%",
         explanation="县级资金 row: 41.32 / 50.00 = 82.64%, stated 86.24%"),
    dict(id=C, n=3, code="sum_mismatch", where="prose",
         old="1,732头、1,508头", new="1,732头、1,580头", value="1,580头",
         explanation="2,416 + 1,985 + 1,732 + 1,580 + 4,709 = 12,422, stated 全县共计12,350头"),
    dict(id=C, n=4, code="unit_mismatch", where="table",
         old="| ≥12,000头 | 12,350头 |", new="| ≥12,000头 | 12,350吨 |", value="12,350吨",
         explanation="病死猪收集处理数量: target in 头, actual in 吨; completion cannot be computed"),
    dict(id=C, n=5, code="average_mismatch", where="prose",
         old="平均每月处理51.4吨", new="平均每月处理54.1吨", value="平均每月处理54.1吨",
         explanation="616.8吨 / 12 months = 51.4吨, stated 54.1吨"),
    dict(id=C, n=6, code="year_mismatch", where="prose",
         old="截至2023年12月31日，全县已建成", new="截至2024年12月31日，全县已建成", value="截至2024年12月31日",
         explanation="a 2023 self-evaluation (dated 2024-02-26) states a position at 31 Dec 2024; the year-end of the evaluation year is 2023"),

    # ---- D: Guangxi Luchuan 2020 -----------------------------------------------------------
    dict(id=Dp, n=1, code="implausible_rate", where="table",
         old="| 91.4% |", new="| 101.4% |", value="101.4%",
         explanation="养殖场户满意度 101.4%: a satisfaction rate cannot exceed 100%"),
    dict(id=Dp, n=2, code="score_sum_mismatch", where="table",
         old="| 30 | 26.67 |", new="| 30 | 27.67 |", value="30 | 27.67",
         explanation="效益指标 rows score 10 + 6.67 + 10 = 26.67, 小计 says 27.67 (and 9.18 + 50 + 27.67 + 10 = 96.85 ≠ 合计 95.85)"),
    dict(id=Dp, n=3, code="conflicting_values", where="table",
         old="| ≥14,000头 | 15,420头 |", new="| ≥14,000头 | 15,240头 |", value="15,240头",
         explanation="the table's actual 15,240头 disagrees with the 15,420头 of the text (township total, ×80元 = 123.36万元)"),
    dict(id=Dp, n=4, code="rate_mismatch", where="prose",
         old="核查通过率99.45%", new="核查通过率99.54%", value="核查通过率99.54%",
         explanation="15,420 / 15,506 = 99.45%, stated 99.54%"),
    dict(id=Dp, n=5, code="grade_mismatch", where="prose",
         old="评价等级为优秀", new="评价等级为良好", value="评价等级为良好",
         explanation="total 95.85 lies in the 优 band (≥ 90)"),
    dict(id=Dp, n=6, code="balance_mismatch", where="prose",
         old="年末结余15.26万元", new="年末结余16.25万元", value="结余16.25万元",
         explanation="185.00 − 169.74 = 15.26万元, stated 16.25万元"),

    # ---- E: Hubei Gucheng 2024 (department-wide) -------------------------------------------
    dict(id=E, n=1, code="average_mismatch", where="prose",
         old="平均93.83分", new="平均93.38分", value="平均93.38分",
         explanation="(96.5 + 91 + 94) / 3 = 93.83, stated 93.38"),
    dict(id=E, n=2, code="score_exceeds_weight", where="table",
         old="| 211.6吨 | 5 | 5 | |\n| 产出指标 | 数量指标 | 新建乡镇收集点 | =3个 | 3个 | 5 | 5 |",
         new="| 211.6吨 | 5 | 6 | |\n| 产出指标 | 数量指标 | 新建乡镇收集点 | =3个 | 3个 | 5 | 4 |",
         value="211.6吨 | 5 | 6",
         explanation="病死牛羊及家禽处理量 scored 6 against a weight of 5 (the next row, 新建乡镇收集点, is lowered 5 → 4 "
                     "so that the 数量指标 小计 still reads 16)"),
    dict(id=E, n=3, code="sum_mismatch", where="table",
         old="| 13.80 | 13.80 | 13.80 |", new="| 18.30 | 13.80 | 13.80 |", value="公用经费 | 18.30",
         explanation="年初预算数: 人员经费 70.20 + 公用经费 18.30 = 88.50, 基本支出 row says 84.00"),
    dict(id=E, n=4, code="implausible_rate", where="table",
         old="| 上年结转资金 | 0.00 | 0.00 | 0.00 | — |", new="| 上年结转资金 | 0.00 | 0.00 | 0.00 | 100.00% |",
         value="0.00 | 100.00%",
         explanation="上年结转资金 has a zero budget and zero spending: an execution rate of 100.00% on a zero base"),
    dict(id=E, n=5, code="score_sum_mismatch", where="table",
         old="| 40 | 39.75 |", new="| 40 | 39.57 |", value="40 | 39.57",
         explanation="产出指标 16 + 10 + 7.75 + 6 = 39.75, 小计 says 39.57 (and 19.29 + 39.57 + 28 + 10 = 96.86 ≠ 合计 97.04)"),
    dict(id=E, n=6, code="weight_sum_mismatch", where="table",
         old="| 97.3% | 12 | 12 |", new="| 97.3% | 13 | 12 |", value="97.3% | 13 | 12",
         explanation="效益指标 weights 13 + 10 + 8 = 31 against the 小计 30 (total 101)"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_path = os.path.join(CASES, f"{pid}-clean.txt")
        with open(clean_path, encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e["id"] == pid), key=lambda e: e["n"])
        assert [e["n"] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for e in edits:
            cnt = clean.count(e["old"])
            assert cnt == 1, f"{pid}-e{e['n']}: old string occurs {cnt} times"
            text = clean.replace(e["old"], e["new"])
            assert text.count(e["value"]) >= 1, f"{pid}-e{e['n']}: value not in case"
            assert clean.count(e["value"]) == 0, f"{pid}-e{e['n']}: value already in the clean draft"
            name = f"{pid}-e{e['n']}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": pid, "clean": False, "expected": [
                {"code": e["code"], "severity": "error", "value": e["value"], "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
