#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n94 from the clean drafts.

Pure Python 3, no third-party packages.  Every error case is its clean draft with exactly one
edit taken from EDITS below: `old` must occur exactly once in the clean draft and is replaced by
`new`.  `value` is either a literal substring of the error case, or SPAN(a, b): the text of the
error case from the first occurrence of `a` up to and including the first `b` after it (used for
sums, where the label runs from the changed part to the total).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "qinglong-banqianjiuye-2022",
    "gulang-houxuchanye-2019",
    "hongsibao-yiminjiuye-2021",
    "hezhang-anzhidian-2024",
    "jingyuan-houxufuchi-2018",
]


def SPAN(a, b):
    return ("span", a, b)


EDITS = {
    # ---------------- 晴隆县乡村振兴局 2022 ----------------
    "qinglong-banqianjiuye-2022": [
        dict(code="rate_mismatch",
             old="光照湖安置点｜986｜4207｜2310｜2215｜95.89%",
             new="光照湖安置点｜986｜4207｜2310｜2215｜95.98%",
             value="2215｜95.98%",
             explanation="光照湖安置点 employment rate 2215/2310 = 95.89%, stated 95.98% (digits transposed)"),
        dict(code="sum_mismatch",
             old="搬迁劳动力技能培训｜200.00｜80.00｜20.00",
             new="搬迁劳动力技能培训｜200.00｜88.00｜20.00",
             value=SPAN("88.00｜20.00｜30.00｜330.00", "合计｜750.00｜262.00｜40.00｜165.00｜1217.00"),
             explanation="省级 cell retyped 88.00: row 200+88+20+30 = 338 ≠ 330.00, and the 省级 column sums to 270 ≠ 262.00"),
        dict(code="unit_mismatch",
             old="一次性交通补助160.90万元",
             new="一次性交通补助1609000万元",
             value="1609000万元",
             explanation="the 元 figure 1609000 (3218人×500元) labelled 万元; the execution table and 3218×500元 give 160.90万元: off by 10^4"),
        dict(code="grade_mismatch",
             old="自评得分98.85分，评价等级为“优”",
             new="自评得分98.85分，评价等级为“良”",
             value="评价等级为“良”",
             explanation="98.85 lies in the 优 band (≥90); 良 stated"),
        dict(code="year_mismatch",
             old="按规定结转至2023年继续用于",
             new="按规定结转至2022年继续用于",
             value="结转至2022年",
             explanation="the unspent part of the 2022 budget cannot be carried over to 2022 itself (should be 2023)"),
        dict(code="score_exceeds_weight",
             old="3218人｜7｜6.83｜省内就近就业增加，下年合理确定指标值\n产出指标｜质量指标｜培训合格率｜≥90%｜93.63%｜6｜6｜",
             new="3218人｜7｜6｜省内就近就业增加，下年合理确定指标值\n产出指标｜质量指标｜培训合格率｜≥90%｜93.63%｜6｜6.83｜",
             value="93.63%｜6｜6.83",
             explanation="scores of two adjacent rows swapped: 培训合格率 now scores 6.83 against a weight of 6 (total still 98.85)"),
    ],
    # ---------------- 古浪县发展和改革局 2019 ----------------
    "gulang-houxuchanye-2019": [
        dict(code="balance_mismatch",
             old="年末未支出资金486.78万元",
             new="年末未支出资金468.78万元",
             value="468.78万元",
             explanation="3,400.00 − 2,913.22 = 486.78 (also 132.00+319.68+14.40+16.00+4.70); stated 468.78"),
        dict(code="weight_sum_mismatch",
             old="新建扶贫车间｜=6座｜6座｜7｜7",
             new="新建扶贫车间｜=6座｜6座｜8｜7",
             value=SPAN("6座｜8｜7", "合计｜｜｜｜｜100"),
             explanation="weight of 新建扶贫车间 typed 8 (was 7): the weights now sum to 101 while the table states 100 (产出 46 instead of 45)"),
        dict(code="conflicting_values",
             old="（总投资3,400.00万元）",
             new="（总投资3,040.00万元）",
             value="3,040.00万元",
             explanation="the project total is 3,400.00万元 everywhere else (funds table, 全年预算); the opening says 3,040.00"),
        dict(code="average_mismatch",
             old="6,860元、7,020元、6,510元",
             new="6,860元、7,200元、6,510元",
             value="7,200元、6,510元、6,970元，平均6,920元",
             explanation="(7240+6860+7200+6510+6970)/5 = 6,956, stated average 6,920"),
        dict(code="implausible_rate",
             old="实际支付16.20万元，支付率90.00%",
             new="实际支付19.80万元，支付率110.00%",
             value="19.80万元，支付率110.00%",
             explanation="design fee paid 19.80 against a budget of 18.00: payment rate 110.00% exceeds 100%"),
        dict(code="score_sum_mismatch",
             old="新建养殖暖棚｜≥600座｜480座｜8｜6.40",
             new="新建养殖暖棚｜≥600座｜480座｜8｜6.80",
             value=SPAN("480座｜8｜6.80", "合计｜｜｜｜｜100｜89.41"),
             explanation="row score edited to 6.80 without the total: rows now sum to 89.81, stated 89.41"),
    ],
    # ---------------- 红寺堡区人力资源和社会保障局 2021 ----------------
    "hongsibao-yiminjiuye-2021": [
        dict(code="completion_mismatch",
             old="｜≤1400元｜1307.16元｜100.00%｜4",
             new="｜≤1400元｜1307.16元｜93.37%｜4",
             value="1307.16元｜93.37%",
             explanation="≤ indicator met (1307.16 ≤ 1400): completion is 100%; 93.37% is actual/target computed as if it were ≥"),
        dict(code="rate_mismatch",
             old="中级工524人，取证率90.00%",
             new="中级工524人，取证率97.80%",
             value="取证率97.80%",
             explanation="取证率 = 2934/3260 = 90.00%; 97.80% is 2934 over the planned 3000 (wrong base)"),
        dict(code="sum_mismatch",
             old="区内园区企业就业18230人",
             new="区内园区企业就业18320人",
             value="78190人中，区外务工31460人，区内园区企业就业18320人",
             explanation="31460+18320+1126+620+26754 = 78280 ≠ 78190"),
        dict(code="year_mismatch",
             old="｜年度：2021年",
             new="｜年度：2020年",
             value="年度：2020年",
             explanation="the self-evaluation table names 2020 (last year's template) in a 2021 report"),
        dict(code="score_sum_mismatch",
             old="、产出指标49.57分、",
             new="、产出指标49.75分、",
             value="98.36分，其中预算执行9.73分、产出指标49.75分",
             explanation="9.73+49.75+29.06+10 = 98.54, stated total 98.36 (table 产出 rows give 49.57)"),
        dict(code="average_mismatch",
             old="4730元，平均4703.33元",
             new="4730元，平均4730.33元",
             value="平均4730.33元",
             explanation="(4860+4520+4730)/3 = 4703.33, stated 4730.33"),
    ],
    # ---------------- 赫章县生态移民局 2024 ----------------
    "hezhang-anzhidian-2024": [
        dict(code="unit_mismatch",
             old="改造社区服务中心｜=2个｜2个｜6",
             new="改造社区服务中心｜=2个｜100%｜6",
             value="=2个｜100%",
             explanation="target is a count (2个), actual given as a percentage"),
        dict(code="balance_mismatch",
             old="到位资金结余369.00万元",
             new="到位资金结余399.00万元",
             value="结余399.00万元",
             explanation="结余 of received funds = 990.00 − 621.00 = 369.00; 399.00 is budget − spent, although 30.00 never arrived"),
        dict(code="weight_sum_mismatch",
             old="技能培训人数｜≥1200人｜1150人｜8｜7.67",
             new="技能培训人数｜≥1200人｜1150人｜10｜7.67",
             value=SPAN("1150人｜10｜7.67", "总分｜｜｜｜｜100"),
             explanation="weight 10 (was 8): 产出 weights sum to 62, indicator weights to 92 (stated 90), all weights to 102 (stated 100)"),
        dict(code="completion_mismatch",
             old="年内完成1.2公里，年度完成率42.86%",
             new="年内完成1.2公里，年度完成率30.00%",
             value="年度完成率30.00%",
             explanation="annual completion = 1.2/2.8 = 42.86%; 30.00% is 1.2 over the two-year plan of 4.0公里"),
        dict(code="conflicting_values",
             old="帮扶车间18个，吸纳搬迁劳动力846人。截至",
             new="帮扶车间18个，吸纳搬迁劳动力864人。截至",
             value="吸纳搬迁劳动力864人",
             explanation="the same 18 workshops employ 846 relocated workers in section 五 and the table (and 84.60万元 = 846×1000元)"),
        dict(code="grade_mismatch",
             old="项目得分89.78分，评价等级为“良好”",
             new="项目得分89.78分，评价等级为“优秀”",
             value="评价等级为“优秀”",
             explanation="89.78 < 90 is 良 (rounded up to 90 by the writer)"),
    ],
    # ---------------- 泾源县扶贫开发办公室 2018 ----------------
    "jingyuan-houxufuchi-2018": [
        dict(code="implausible_rate",
             old="成活986头，成活率96.67%",
             new="成活1086头，成活率106.47%",
             value="成活1086头，成活率106.47%",
             explanation="more calves survive (1086) than were born (1020): survival rate 106.47% > 100%"),
        dict(code="score_exceeds_weight",
             old="｜=200个｜200个｜6｜6｜\n产出指标｜质量指标｜培训合格率｜≥90%｜96.24%｜4｜4｜",
             new="｜=200个｜200个｜6｜4｜\n产出指标｜质量指标｜培训合格率｜≥90%｜96.24%｜4｜6｜",
             value="96.24%｜4｜6",
             explanation="scores of two adjacent rows swapped: 培训合格率 scores 6 against a weight of 4 (total unchanged)"),
        dict(code="rate_mismatch",
             old="建档立卡搬迁群众318人，占74.65%",
             new="建档立卡搬迁群众318人，占70.67%",
             value="占70.67%",
             explanation="318/426 = 74.65%; 70.67% is 318 over the target of 450 (wrong base)"),
        dict(code="sum_mismatch",
             old="泾河源镇安置区486户2115人",
             new="泾河源镇安置区468户2115人",
             value="1860户8142人，其中香水镇安置区712户3108人、泾河源镇安置区468户",
             explanation="712+468+402+260 = 1842 ≠ 1860"),
        dict(code="average_mismatch",
             old="136人，平均142人",
             new="136人，平均124人",
             value="平均124人",
             explanation="(152+138+136)/3 = 142, stated 124"),
        dict(code="unit_mismatch",
             old="到户补助按每户5000元标准",
             new="到户补助按每户5000万元标准",
             value="按每户5000万元标准",
             explanation="per-household standard is 5000元 (630.00万元/1260户 = 0.5万元); written 5000万元: off by 10^4"),
    ],
}


def resolve_value(text, value):
    if isinstance(value, tuple):
        _, a, b = value
        i = text.index(a)
        j = text.index(b, i)
        return text[i:j + len(b)]
    return value


def main():
    labels = []
    for pid in PROJECTS:
        with open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for n, e in enumerate(EDITS[pid], 1):
            if clean.count(e["old"]) != 1:
                raise SystemExit("%s e%d: old text occurs %d times" % (pid, n, clean.count(e["old"])))
            text = clean.replace(e["old"], e["new"])
            name = "%s-e%d.txt" % (pid, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False, "expected": [{
                "code": e["code"], "severity": "error",
                "value": resolve_value(text, e["value"]),
                "explanation": e["explanation"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases" % len(labels))


if __name__ == "__main__":
    main()
