#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts and the edit list below.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
`value` is the label value: an exact substring of the error case that contains the changed figure
(it must occur exactly once there). `fig` = (old figure, new figure) is used to check that the changed
quantity is written only once in the clean draft (twice or more for conflicting_values) and that the new
figure does not already occur in it; `fig=None` skips that check (grade words, years, table cells that
hold small integers such as weights, a dash turned into a rate).
Standard library only.  Usage: python3 build.py
"""
import json
import os
import re
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "hb-tianmen-zhaoshang-2022"
P2 = "ah-jieshou-biaozhunchangfang-2020"
P3 = "sd-juye-luohujiangli-2018"
P4 = "gz-xingren-yuanqupeitao-2023"
P5 = "sc-qionglai-touzicujin-2024"
PROJECTS = [P1, P2, P3, P4, P5]

# (case suffix, code, where, old, new, value, fig, explanation)
EDITS = {
    P1: [
        ("e1", "rate_mismatch", "table",
         "｜381.27｜20｜94.14%｜18.83", "｜381.27｜20｜94.41%｜18.83",
         "｜94.41%｜", ("94.14", "94.41"),
         "funds block: 全年执行数 381.27 / 全年预算数 405.00 = 94.14%, stated 94.41%"),
        ("e2", "implausible_rate", "table",
         "上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—",
         "0.00｜—｜100%｜", None,
         "execution rate 100% printed for 上年结转资金 whose 全年预算数 is 0.00: a rate on a zero base"),
        ("e3", "weight_sum_mismatch", "table",
         "编制主导产业链招商图谱｜≥4条｜4条｜5｜5｜", "编制主导产业链招商图谱｜≥4条｜4条｜6｜5｜",
         "4条｜6｜5｜", None,
         "indicator weights now add to 81 against the 合计 80 (and 20 + 81 = 101 ≠ 100); the row weight was 5"),
        ("e4", "score_sum_mismatch", "table",
         "｜57.3亿元｜10｜9.55｜", "｜57.3亿元｜10｜9.85｜",
         "｜10｜9.85｜", ("9.55", "9.85"),
         "row scores now add to 78.18 against the 合计 77.88 (18.83 + 78.18 = 97.01 against the stated 96.71)"),
        ("e5", "average_mismatch", "prose",
         "平均每批次支出2.75万元", "平均每批次支出2.57万元",
         "平均每批次支出2.57万元", ("2.75", "2.57"),
         "126.40万元 / 46批次 = 2.75万元, stated 2.57"),
        ("e6", "conflicting_values", "prose",
         "共安排该项经费405万元", "共安排该项经费450万元",
         "该项经费450万元", ("405", "450"),
         "the overview gives the year's funds as 450万元; the funds section and the table give 全年预算 405.00万元"),
    ],
    P2: [
        ("e1", "completion_mismatch", "table",
         "| ≥16栋 | 14栋 | 87.50% |", "| ≥16栋 | 14栋 | 85.70% |",
         "14栋 | 85.70%", ("87.50", "85.70"),
         "14栋 / ≥16栋 = 87.50%, stated 85.70% (the score 8.75 still follows 87.50%)"),
        ("e2", "score_exceeds_weight", "table",
         "单位工程竣工验收合格率 | 100% | 100% | 100.00% | 10 | 10\n",
         "单位工程竣工验收合格率 | 100% | 100% | 100.00% | 10 | 10.5\n",
         "100.00% | 10 | 10.5", None,
         "score 10.5 above the row weight 10; the stated whole-point total 88分 still matches the new sum 88.20"),
        ("e3", "sum_mismatch", "table",
         "| 1250.00 | 1080.00 | 912.56 |", "| 1250.00 | 1008.00 | 912.56 |",
         "| 1008.00 |", ("1080.00", "1008.00"),
         "实际到位数 column: 2400.00 + 1008.00 = 3408.00, 合计 row 3480.00"),
        ("e4", "balance_mismatch", "prose",
         "年末结余167.44万元", "年末结余176.44万元",
         "年末结余176.44万元", ("167.44", "176.44"),
         "到位 3480.00 − 执行 3312.56 = 167.44万元, stated 176.44"),
        ("e5", "year_mismatch", "prose",
         "截至2020年12月31日，二期工程", "截至2021年12月31日，二期工程",
         "截至2021年12月31日", None,
         "a 2020 self-evaluation (dated 2021年3月12日) reports cumulative investment as of 2021-12-31"),
        ("e6", "rate_mismatch", "table",
         "| 912.56 | 73.00%", "| 912.56 | 78.00%",
         "912.56 | 78.00%", ("73.00", "78.00"),
         "市本级财政资金 row: 912.56 / 1250.00 = 73.00%, stated 78.00%"),
    ],
    P3: [
        ("e1", "unit_mismatch", "prose",
         "3.人才安家补助54.00万元", "3.人才安家补助540000万元",
         "人才安家补助540000万元", ("54.00", "540000"),
         "the 54.00万元 item (36人 × 15000元 = 540000元) written with the unit 万元: off by 10^4; with it the four items no longer add to 742.30, rescaling this one amount reconciles"),
        ("e2", "completion_mismatch", "table",
         "≥800个\t936个\t117.00%", "≥800个\t936个\t107.00%",
         "936个\t107.00%", ("117.00", "107.00"),
         "936 / 800 = 117.00%, stated 107.00%"),
        ("e3", "weight_sum_mismatch", "table",
         "奖励资金审核合规率\t100%\t100%\t100.00%\t10\t10\t\n",
         "奖励资金审核合规率\t100%\t100%\t100.00%\t15\t10\t\n",
         "100.00%\t15\t10", None,
         "indicator weights now add to 95 against the stated 权重90分 (10 + 95 = 105); the row weight was 10"),
        ("e4", "score_exceeds_weight", "table",
         "人才安家补助人数\t≥30人\t36人\t120.00%\t10\t10\t\n",
         "人才安家补助人数\t≥30人\t36人\t120.00%\t10\t10.5\t\n",
         "120.00%\t10\t10.5", None,
         "score 10.5 above the row weight 10; the whole-point 自评总分 97 still matches the new sum 97.20"),
        ("e5", "average_mismatch", "prose",
         "户均68.67万元", "户均68.76万元",
         "户均68.76万元", ("68.67", "68.76"),
         "412.00万元 / 6家 = 68.67万元, stated 68.76"),
        ("e6", "grade_mismatch", "table",
         "评价等级\t优", "评价等级\t良",
         "评价等级\t良", None,
         "自评总分 97 is in the 优 band (≥ 90)"),
    ],
    P4: [
        ("e1", "unit_mismatch", "table",
         "≥8家                3家", "≥8家                37.5%",
         "37.5%", None,
         "target counts enterprises (≥8家) but the actual is written as a percentage (3/8 = 37.5%): completion cannot be computed"),
        ("e2", "implausible_rate", "table",
         "≥90%                92.5%", "≥90%                102.5%",
         "102.5%", ("92.5", "102.5"),
         "入园企业满意度 102.5%: a satisfaction rate above 100%"),
        ("e3", "year_mismatch", "prose",
         "已按程序申请结转至2024年继续使用", "已按程序申请结转至2023年继续使用",
         "结转至2023年", None,
         "the unspent part of the 2023 budget is carried over to 2023 itself; it must go to a later year"),
        ("e4", "sum_mismatch", "prose",
         "、452.80万元和722.43万元", "、425.80万元和722.43万元",
         "425.80万元", ("452.80", "425.80"),
         "1126.35 + 425.80 + 722.43 = 2274.58, but 全年执行 is 2,301.58万元"),
        ("e5", "conflicting_values", "prose",
         "2023年度项目资金2586.4万元", "2023年度项目资金2856.4万元",
         "项目资金2856.4万元", ("2586.4", "2856.4"),
         "the overview gives the year's funds as 2856.4万元; the funds table gives 全年预算数 2,586.40"),
        ("e6", "score_sum_mismatch", "table",
         "62%                10      7.29", "62%                10      7.92",
         "10      7.92", ("7.29", "7.92"),
         "row scores now add to 86.99 against the 合计 86.36 (also stated in the conclusion)"),
    ],
    P5: [
        ("e1", "rate_mismatch", "prose",
         "项目支出331.86万元，执行率94.68%", "项目支出331.86万元，执行率94.86%",
         "执行率94.86%", ("94.68", "94.86"),
         "项目支出 331.86 / 调整后 350.50 = 94.68%, stated 94.86%"),
        ("e2", "balance_mismatch", "prose",
         "年末结转结余20.20万元", "年末结转结余22.02万元",
         "结转结余22.02万元", ("20.20", "22.02"),
         "全年预算 668.98 − 全年支出 648.78 = 20.20万元, stated 22.02"),
        ("e3", "grade_mismatch", "prose",
         "评价等级为“中等”", "评价等级为“良好”",
         "评价等级为“良好”", None,
         "total 79.48 is in the 中 band (60 ≤ s < 80)"),
        ("e4", "completion_mismatch", "prose",
         "实际到位57亿元，完成率60.00%", "实际到位57亿元，完成率66.00%",
         "完成率66.00%", ("60.00", "66.00"),
         "57 / 95 = 60.00%, stated 66.00% (the score 9 still follows 60%)"),
        ("e5", "conflicting_values", "prose",
         "签约合同总投资126亿元。", "签约合同总投资162亿元。",
         "签约合同总投资162亿元", ("126", "162"),
         "the overview gives 162亿元 of signed investment; the indicator section gives 实际完成126亿元"),
        ("e6", "sum_mismatch", "prose",
         "对企业补助33.40万元", "对企业补助34.30万元",
         "对企业补助34.30万元", ("33.40", "34.30"),
         "298.46 + 34.30 = 332.76, but the 项目支出 they split is 331.86万元"),
    ],
}

NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers(text):
    """Decimal values of all maximal number tokens in text."""
    return [Decimal(m.group().replace(",", "")) for m in NUM_RE.finditer(text)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        nums = numbers(clean)
        for suffix, code, where, old, new, value, fig, expl in EDITS[pid]:
            assert clean.count(old) == 1, (pid, suffix, "old must match exactly once", old)
            err = clean.replace(old, new)
            assert err.count(value) == 1, (pid, suffix, "value must occur exactly once", value)
            if fig is not None:
                fo, fn = Decimal(fig[0]), Decimal(fig[1])
                assert fig[0] in old and fig[1] in new, (pid, suffix, fig)
                n_old = nums.count(fo)
                if code == "conflicting_values":
                    assert n_old >= 2, (pid, suffix, "conflicting figure should appear twice", n_old)
                else:
                    assert n_old == 1, (pid, suffix, "changed figure appears more than once", n_old)
                assert nums.count(fn) == 0, (pid, suffix, "new figure already in the draft", fig[1])
            name = f"{pid}-{suffix}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({
                "case": name, "source": pid, "clean": False,
                "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
