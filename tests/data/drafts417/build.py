#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each with exactly one
injected slip, written as an exact old -> new replacement that must match the clean draft exactly once.
`value` is the labelled substring of the error case (it contains the changed figure); `where` says whether
the slip sits in running text (prose) or in a tab-separated table (table).
Standard library only.  Run:  python3 build.py && python3 verify.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

PROJECTS = [
    "sx-linyi-guoqufangbao-2022",
    "gs-chongxin-renying-2020",
    "yn-mouding-yanqufangbao-2023",
    "he-kangbao-qixiangju-bumen-2018",
    "hn-yongxing-qixiangyujing-2024",
]

E = dict  # one edit

EDITS = {
    # ------------------------------------------------------------------ Shanxi, 临猗县气象局, 2022
    "sx-linyi-guoqufangbao-2022": [
        E(code="rate_mismatch", where="table",
          old="预算执行率\t(7)=(4)/(2)\t96.31\t95.96\t—\t—\t100.00\t94.20\t",
          new="预算执行率\t(7)=(4)/(2)\t96.31\t95.96\t—\t—\t100.00\t92.40\t",
          value="100.00\t92.40",
          explanation="funds table row (7)=(4)/(2), column 县区级: 51.81 / 55.00 = 94.20%, stated 92.40"),
        E(code="implausible_rate", where="table",
          old="预算执行率\t(7)=(4)/(2)\t96.31\t95.96\t—\t",
          new="预算执行率\t(7)=(4)/(2)\t96.31\t95.96\t100.00\t",
          value="95.96\t100.00",
          explanation="funds table row (7)=(4)/(2), column 中央级: execution rate 100.00 printed on a zero base "
                      "(no central money budgeted, (2) is —)"),
        E(code="average_mismatch", where="prose",
          old="点均4.67次", new="点均4.76次",
          value="点均4.76次",
          explanation="(5 + 4 + 6 + 3 + 5 + 5) / 6 = 28 / 6 = 4.67 operations per gun site, stated 4.76"),
        E(code="unit_mismatch", where="prose",
          old="每发380元", new="每发380万元",
          value="每发380万元",
          explanation="per-round price written in 万元: 920 × 380万元 ≠ 34.96万元; 920 × 380元 = 349,600元 = 34.96万元 "
                      "reconciles exactly after rescaling by 10^4"),
        E(code="weight_sum_mismatch", where="table",
          old="作业点年检覆盖数\t6\t14个", new="作业点年检覆盖数\t7\t14个",
          value="作业点年检覆盖数\t7",
          explanation="weights now add up to 101 (10+10+10+7+8+8+8+10+10+10+10) while the 合计 row states 100"),
        E(code="year_mismatch", where="prose",
          old="结转至2023年", new="结转至2022年",
          value="结转至2022年",
          explanation="the 3.19万元 left at the end of the 2022 budget year cannot be carried over into 2022 itself"),
    ],
    # ------------------------------------------------------------------ Gansu, 崇信县气象局, 2020
    "gs-chongxin-renying-2020": [
        E(code="sum_mismatch", where="prose",
          old="人雨弹160发和440发", new="人雨弹160发和404发",
          value="160发和404发",
          explanation="spring 160 + summer 404 = 564 rounds, but the stated yearly total is 600发 "
                      "(also 600发 in the table and equal to the 600 purchased)"),
        E(code="balance_mismatch", where="prose",
          old="年末结余2.25万元", new="年末结余2.52万元",
          value="结余2.52万元",
          explanation="available and received 58.12 − spent 55.87 = 2.25万元, stated 2.52"),
        E(code="score_exceeds_weight", where="table",
          old="111.11%\t6\t6\t\n\t质量指标\t作业安全事故\t0起\t0起\t—\t8\t8",
          new="111.11%\t6\t8\t\n\t质量指标\t作业安全事故\t0起\t0起\t—\t8\t6",
          value="111.11%\t6\t8",
          explanation="scores of two adjacent rows transposed: 消耗火箭弹 now scores 8 against a weight of 6 "
                      "(作业安全事故 drops to 6, so the total 99.54 still adds up)"),
        E(code="completion_mismatch", where="table",
          old="600发\t109.09%", new="600发\t119.09%",
          value="600发\t119.09%",
          explanation="消耗人雨弹: 600 / 550 = 109.09%, stated 119.09%"),
        E(code="grade_mismatch", where="prose",
          old="评价等级为优", new="评价等级为良",
          value="评价等级为良",
          explanation="a total of 99.54 lies in the 优 band (90–100), not 良"),
        E(code="conflicting_values", where="prose",
          old="防雹保护面积420平方公里。", new="防雹保护面积402平方公里。",
          value="防雹保护面积402平方公里",
          explanation="the same 2020 hail-protection area is 420平方公里 in the self-evaluation table "
                      "(completion 105.00% against ≥400)"),
    ],
    # ------------------------------------------------------------------ Yunnan, 牟定县气象局, 2023
    "yn-mouding-yanqufangbao-2023": [
        E(code="sum_mismatch", where="table",
          old="年度资金总额\t96.00", new="年度资金总额\t69.00",
          value="年度资金总额\t69.00",
          explanation="年初预算数 column: 38.00 + 0.00 + 58.00 = 96.00, the total row states 69.00"),
        E(code="rate_mismatch", where="prose",
          old="补助资金到位率96.77%", new="补助资金到位率97.67%",
          value="到位率97.67%",
          explanation="tobacco subsidy received 60.00 of 62.00 = 96.77%, stated 97.67%"),
        E(code="score_sum_mismatch", where="table",
          old="88.24%\t10\t8.82", new="88.24%\t10\t8.28",
          value="88.24%\t10\t8.28",
          explanation="9.74 + 10+8+8+8+8+8 + 8.28+10+9.38 + 10 = 97.40, the 合计 row (and the text) state 97.94"),
        E(code="unit_mismatch", where="table",
          old="7.8万亩", new="7.8万元",
          value="7.8万元",
          explanation="防雹保护烟田面积: target ≥7.5万亩 (area) but the actual is given in 万元 (money); "
                      "completion cannot be computed"),
        E(code="average_mismatch", where="prose",
          old="平均每点160发", new="平均每点168发",
          value="平均每点168发",
          explanation="(150 + 180 + 165 + 140 + 165) / 5 = 800 / 5 = 160 rounds per gun site, stated 168"),
        E(code="year_mismatch", where="prose",
          old="截至2023年12月31日", new="截至2022年12月31日",
          value="截至2022年12月31日",
          explanation="cumulative spending of the 2023 project is dated to the end of 2022, a year before the "
                      "evaluation year"),
    ],
    # ------------------------------------------------------------------ Hebei, 康保县气象局, 2018 (部门整体)
    "he-kangbao-qixiangju-bumen-2018": [
        E(code="conflicting_values", where="table",
          old="3.12万元\t100.00%", new="3.21万元\t100.00%",
          value="3.21万元",
          explanation="“三公”经费 actual is 3.21万元 in the table but 3.12万元 in the text (still ≤3.50, so the "
                      "completion and score do not move)"),
        E(code="grade_mismatch", where="table",
          old="自评等级\t良", new="自评等级\t优",
          value="自评等级\t优",
          explanation="total 89.50 is below 90 and lies in the 良 band"),
        E(code="implausible_rate", where="prose",
          old="表示满意的占97.0%", new="表示满意的占107.0%",
          value="满意的占107.0%",
          explanation="a satisfaction share cannot exceed 100%"),
        E(code="balance_mismatch", where="prose",
          old="年末结余3.54万元", new="年末结余3.45万元",
          value="结余3.45万元",
          explanation="received 312.46 − spent 308.92 = 3.54万元, stated 3.45"),
        E(code="completion_mismatch", where="table",
          old="15次\t62.50%", new="15次\t65.20%",
          value="15次\t65.20%",
          explanation="人工增雨（雪）作业次数: 15 / 24 = 62.50%, stated 65.20%"),
        E(code="weight_sum_mismatch", where="table",
          old="1500万立方米\t50.00%\t10\t5", new="1500万立方米\t50.00%\t12\t5",
          value="50.00%\t12",
          explanation="weights now add up to 102 while the 总分 row states 100"),
    ],
    # ------------------------------------------------------------------ Hunan, 永兴县气象局, 2024
    "hn-yongxing-qixiangyujing-2024": [
        E(code="score_sum_mismatch", where="prose",
          old="效益指标27.53分", new="效益指标27.35分",
          value="效益指标27.35分",
          explanation="9.53 + 50 + 27.35 + 10 = 96.88, stated 合计97.06; the 效益 rows of the table add up to "
                      "10 + 9.2 + 8.33 = 27.53"),
        E(code="score_exceeds_weight", where="table",
          old="0起\t0起\t—\t6\t6\t\n\t时效指标\t预警信息发布时效\t≤10分钟\t9分钟\t100.00%\t7\t7",
          new="0起\t0起\t—\t6\t7\t\n\t时效指标\t预警信息发布时效\t≤10分钟\t9分钟\t100.00%\t7\t6",
          value="—\t6\t7",
          explanation="scores of two adjacent rows transposed: 作业安全事故 now scores 7 against a weight of 6 "
                      "(预警信息发布时效 drops to 6, so the total 97.06 still adds up)"),
        E(code="rate_mismatch", where="table",
          old="106.55\t—\t95.13%", new="106.55\t—\t96.13%",
          value="106.55\t—\t96.13%",
          explanation="当年财政拨款 row: 106.55 / 112.00 = 95.13%, stated 96.13%"),
        E(code="sum_mismatch", where="prose",
          old="火箭弹12枚、66枚", new="火箭弹12枚、68枚",
          value="12枚、68枚",
          explanation="12 + 68 = 80 rockets, but the stated total is 共78枚 (78 = 80 bought − 2 in stock; "
                      "78 / 30 = 2.6 per operation)"),
        E(code="completion_mismatch", where="table",
          old="4600万立方米\t92.00%", new="4600万立方米\t90.20%",
          value="4600万立方米\t90.20%",
          explanation="增雨作业区增加降水量: 4600 / 5000 = 92.00%, stated 90.20%"),
        E(code="conflicting_values", where="prose",
          old="各类预警信息214期", new="各类预警信息241期",
          value="预警信息241期",
          explanation="the number of 2024 warnings issued is 214期 in the self-evaluation table "
                      "(completion 118.89% against ≥180)"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean = (CASES / f"{pid}-clean.txt").read_text(encoding="utf-8")
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = EDITS[pid]
        assert len(edits) == 6, pid
        for i, e in enumerate(edits, 1):
            n = clean.count(e["old"])
            if n != 1:
                raise SystemExit(f"{pid}-e{i}: old string matches {n} times, must match exactly once: {e['old']!r}")
            err = clean.replace(e["old"], e["new"], 1)
            if e["value"] not in err:
                raise SystemExit(f"{pid}-e{i}: label value not in the error case: {e['value']!r}")
            name = f"{pid}-e{i}.txt"
            (CASES / name).write_text(err, encoding="utf-8")
            labels.append({
                "case": name, "source": pid, "clean": False,
                "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                              "explanation": e["explanation"]}],
            })
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with one injected error)")


if __name__ == "__main__":
    main()
