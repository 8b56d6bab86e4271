#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each made by ONE
exact replacement old -> new (old must occur exactly once in the clean draft). The label `value` must be
an exact substring of the error case that contains the changed figure.

Edit fields: code, where (prose/table), old, new, value, fig, explanation.
`fig` is the figure (with enough context to be read as that quantity) whose value the slip changes; verify.py
checks that it occurs exactly once in the clean draft, or at least twice for conflicting_values.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "sx-jincheng-shixunshebei-2019",
    "js-wujin-fuhuaqi-2022",
    "gz-rongjiang-xiangcungongjiang-2023",
    "sc-neijiang-gaojinengjidi-2024",
    "ha-jiaxian-chuangyeyuan-2020",
]

EDITS = {
    # ---------------------------------------------------------------- Shanxi, one cell per line
    "sx-jincheng-shixunshebei-2019": [
        dict(code="rate_mismatch", where="table",
             old="\t90.95\n", new="\t90.59\n", value="90.59", fig="90.95",
             explanation="funds table row (7)=(4)/(2), 市级 column: 72.76 / 80.00 = 90.95%, stated 90.59"),
        dict(code="completion_mismatch", where="table",
             old="\t101.37%\n", new="\t103.17%\n", value="103.17%", fig="101.37%",
             explanation="附件1 设备完好率: actual 96.3% / target 95% = 101.37%, stated 103.17%"),
        dict(code="implausible_rate", where="table",
             old="(6)=(3)/(2)\n\t100\n\t100\n\t0\n", new="(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
             value="(6)=(3)/(2)\n\t100\n\t100\n\t100", fig="(6)=(3)/(2)\n\t100\n\t100\n\t0\n",
             explanation="预算到位率 row, 中央级 column: the 中央级 budget is 0 (blank in rows (2)/(3)), so a 100% rate "
                         "sits on a zero base; only 0 (or blank) is tolerated there"),
        dict(code="sum_mismatch", where="prose",
             old="电工电子实训台28台", new="电工电子实训台26台", value="电工电子实训台26台", fig="28台",
             explanation="8 + 4 + 6 + 26 = 44, but the sentence (and the table) says 46台（套）in all"),
        dict(code="conflicting_values", where="prose",
             old="新增实训工位128个", new="新增实训工位182个", value="新增实训工位182个", fig="128个",
             explanation="prose says 182 new work stations, 附件1 actual value says 128个"),
        dict(code="year_mismatch", where="prose",
             old="已结转至2020年", new="已结转至2019年", value="结转至2019年", fig="结转至2020年",
             explanation="the unspent 7.24万元 of the 2019 budget is carried over into 2019 itself; it must go to a later year"),
    ],
    # ---------------------------------------------------------------- Jiangsu, tab-separated
    "js-wujin-fuhuaqi-2022": [
        dict(code="average_mismatch", where="prose",
             old="平均每家获得运营补助25.42万元", new="平均每家获得运营补助24.52万元",
             value="平均每家获得运营补助24.52万元", fig="25.42",
             explanation="运营补助305.00万元 / 12家 = 25.42万元, stated 24.52"),
        dict(code="unit_mismatch", where="prose",
             old="（合同金额118000元）", new="（合同金额118000万元）", value="合同金额118000万元", fig="118000",
             explanation="the 11.80万元 service fee restated as 118000万元: a 元 amount labelled 万元 (off by 10^4)"),
        dict(code="score_sum_mismatch", where="table",
             old="27家\t10\t9.00", new="27家\t10\t9.50", value="27家\t10\t9.50", fig="9.00",
             explanation="row scores now add to 99.41 (9.91 + 50 + 29.5 + 10), stated total 98.91"),
        dict(code="weight_sum_mismatch", where="table",
             old="724件\t5\t5.00", new="724件\t8\t5.00", value="724件\t8\t5.00", fig="724件\t5\t",
             explanation="weights now add to 103 (效益 33), stated 总分 100"),
        dict(code="grade_mismatch", where="prose",
             old="评价等级为“优”", new="评价等级为“良”", value="评价等级为“良”", fig="评价等级为“优”",
             explanation="98.91 points is in the 优 band (≥90), not 良"),
        dict(code="rate_mismatch", where="table",
             old="316.80\t—\t99.00%", new="316.80\t—\t99.90%", value="316.80\t—\t99.90%", fig="99.00%",
             explanation="当年财政拨款 row: 316.80 / 320.00 = 99.00%, stated 99.90%"),
    ],
    # ---------------------------------------------------------------- Guizhou, saved web page
    "gz-rongjiang-xiangcungongjiang-2023": [
        dict(code="implausible_rate", where="table",
             old="<td>94.6%</td>", new="<td>104.6%</td>", value="<td>104.6%</td>", fig="94.6%",
             explanation="参训学员满意度 104.6%: a satisfaction rate cannot exceed 100%"),
        dict(code="unit_mismatch", where="table",
             old="<td>=4个</td><td>4个</td>", new="<td>=4个</td><td>100%</td>",
             value="<td>=4个</td><td>100%</td>", fig="<td>4个</td>",
             explanation="建设乡村工匠工作室: target in 个, actual given as a percentage"),
        dict(code="weight_sum_mismatch", where="table",
             old="<td>100%</td><td>5</td><td>5</td>", new="<td>100%</td><td>10</td><td>5</td>",
             value="发放及时率</td><td>≥95%</td><td>100%</td><td>10</td>",
             fig="<td>100%</td><td>5</td><td>5</td>",
             explanation="weights now add to 105 (产出 55), stated 总分 100"),
        dict(code="balance_mismatch", where="prose",
             old="年末结余4.25万元", new="年末结余4.52万元", value="结余4.52万元", fig="4.25",
             explanation="86.40 − 82.15 = 4.25万元 (all funds received), stated 4.52"),
        dict(code="year_mismatch", where="prose",
             old="2023年4月，省人社厅", new="2022年4月，省人社厅",
             value="2022年4月，省人社厅、省财政厅下达", fig="2023年4月，省人社厅",
             explanation="funds of the 2023 budget said to be issued in April 2022 (only the December before may carry the prior year)"),
        dict(code="average_mismatch", where="prose",
             old="平均每期51.67人次", new="平均每期51.76人次", value="平均每期51.76人次", fig="51.67",
             explanation="620人次 / 12期 = 51.67, stated 51.76"),
    ],
    # ---------------------------------------------------------------- Sichuan, PDF copy
    "sc-neijiang-gaojinengjidi-2024": [
        dict(code="score_exceeds_weight", where="table",
             old="212 10 10\n", new="212 10 10.5\n", value="212 10 10.5", fig="212 10 10\n",
             explanation="实训工位新增数量: score 10.5 above its weight 10 (Σ 98.20 still rounds to the stated 98)"),
        dict(code="sum_mismatch", where="table",
             old="年度资金总额： 460.00", new="年度资金总额： 480.00", value="年度资金总额： 480.00", fig="460.00",
             explanation="年初预算数 column: 财政资金 400.00 + 单位资金 60.00 = 460.00, stated 480.00"),
        dict(code="rate_mismatch", where="table",
             old="547.35 10 97.74%", new="547.35 10 97.47%", value="547.35 10 97.47%", fig="97.74%",
             explanation="年度资金总额: 547.35 / 560.00 = 97.74%, stated 97.47% (the 财政资金 sub-rate)"),
        dict(code="balance_mismatch", where="prose",
             old="财政资金结余12.65万元", new="财政资金结余12.56万元", value="财政资金结余12.56万元", fig="12.65",
             explanation="财政资金 500.00 − 487.35 = 12.65万元, stated 12.56"),
        dict(code="conflicting_values", where="prose",
             old="全年开展高技能人才培训1860人次", new="全年开展高技能人才培训1680人次",
             value="培训1680人次", fig="1860",
             explanation="prose says 1680人次 trained, the 自评表 actual value is 1860"),
        dict(code="completion_mismatch", where="prose",
             old="完成年度目标的114.00%", new="完成年度目标的104.00%", value="完成年度目标的104.00%",
             fig="114.00%", explanation="57家 / 50家 = 114.00%, stated 104.00%"),
    ],
    # ---------------------------------------------------------------- Henan, 部门整体, ｜ table
    "ha-jiaxian-chuangyeyuan-2020": [
        dict(code="score_exceeds_weight", where="prose",
             old="实际96.3%，得4分", new="实际96.3%，得5分",
             value="分值4分，目标值95%，实际96.3%，得5分", fig="实际96.3%，得4分",
             explanation="创业培训合格率: score 5 above its weight 4"),
        dict(code="average_mismatch", where="prose",
             old="平均每家3.30万元", new="平均每家3.03万元", value="平均每家3.03万元", fig="3.30",
             explanation="138.60万元 / 42家 = 3.30万元, stated 3.03"),
        dict(code="grade_mismatch", where="prose",
             old="评价等级为“良”", new="评价等级为“优”", value="评价等级为“优”", fig="评价等级为“良”",
             explanation="86 points is in the 良 band (80–90), not 优"),
        dict(code="score_sum_mismatch", where="table",
             old="预算管理｜10｜8", new="预算管理｜10｜7", value="预算管理｜10｜7", fig="预算管理｜10｜8",
             explanation="row scores now add to 85 (过程 29), stated 合计 86 and 过程30分"),
        dict(code="implausible_rate", where="table",
             old="满意率92.4%", new="满意率102.4%", value="满意率102.4%", fig="92.4%",
             explanation="a satisfaction rate of 102.4% is impossible"),
        dict(code="year_mismatch", where="table",
             old="2020年度部门整体支出绩效自评表", new="2019年度部门整体支出绩效自评表",
             value="郏县创业服务中心2019年度部门整体支出绩效自评表", fig="2020年度部门整体支出绩效自评表",
             explanation="the attached table claims 2019 while the report, its budget and its scores are for 2020"),
    ],
}


def main():
    labels = []
    for sid in SOURCES:
        clean_name = f"{sid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": sid, "clean": True, "expected": []})
        for n, e in enumerate(EDITS[sid], 1):
            if clean.count(e["old"]) != 1:
                sys.exit(f"{sid} e{n}: old text occurs {clean.count(e['old'])} times")
            text = clean.replace(e["old"], e["new"])
            if e["value"] not in text:
                sys.exit(f"{sid} e{n}: label value not in error case")
            name = f"{sid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": sid, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                                         "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
