#!/usr/bin/env python3
"""Write the error cases and labels.jsonl from the clean drafts and the edit list below.

Each edit replaces one exact substring `old` (occurring once in the clean draft) by `new`;
`value` is the substring of the error case reported in labels.jsonl.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"

PROJECTS = [
    "gs-dingxi-jiakao-2018",
    "hn-loudi-jiapeijianguan-2020",
    "js-pizhou-yunshuzhongxin-bumen-2022",
    "gx-guigang-kemusan-2023",
    "hlj-mudanjiang-jianyanjianguan-2025",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 定西 2018 ----
    ("gs-dingxi-jiakao-2018", 1, "rate_mismatch", "table",
     "｜36815｜24180｜65.68%", "｜36815｜24180｜65.86%",
     "科目二（场地驾驶技能）｜36815｜24180｜65.86%",
     "exam table: 24180/36815 = 65.68%, stated 65.86%"),
    ("gs-dingxi-jiakao-2018", 2, "sum_mismatch", "prose",
     "37,902人次", "38,902人次",
     "一至四季度分别考试28,614人次、38,902人次、39,355人次、31,606人次",
     "quarters 28,614 + 38,902 + 39,355 + 31,606 = 138,477, but the year total is 137,477"),
    ("gs-dingxi-jiakao-2018", 3, "completion_mismatch", "table",
     "137477人次｜114.56%", "137477人次｜115.46%",
     "产出指标｜数量指标｜全年组织驾驶人考试｜≥120000人次｜137477人次｜115.46%｜10｜10",
     "137477/120000 = 114.56%, stated 115.46%"),
    ("gs-dingxi-jiakao-2018", 4, "grade_mismatch", "prose",
     "评价等级为优。", "评价等级为良。",
     "评价等级为良",
     "97.54 is in the 优 band (>= 90)"),
    ("gs-dingxi-jiakao-2018", 5, "balance_mismatch", "prose",
     "年末结余资金14.72万元", "年末结余资金17.42万元",
     "年末结余资金17.42万元",
     "到位 320.00 - 支出 305.28 = 14.72, stated 17.42"),
    ("gs-dingxi-jiakao-2018", 6, "unit_mismatch", "table",
     "异常考试核查处理率｜100%｜100%", "异常考试核查处理率｜100%｜36起",
     "产出指标｜质量指标｜异常考试核查处理率｜100%｜36起｜100%｜5｜5",
     "target is a percentage, actual given as a count (起): completion cannot be computed"),
    # ---- 娄底 2020 ----
    ("hn-loudi-jiapeijianguan-2020", 1, "average_mismatch", "prose",
     "月均5,508人", "月均5,580人",
     "月均5,580人",
     "the twelve monthly figures total 66,096; 66,096/12 = 5,508, stated 5,580"),
    ("hn-loudi-jiapeijianguan-2020", 2, "sum_mismatch", "prose",
     "AA级31所", "AA级33所",
     "其中AAA级9所、AA级33所、A级15所、B级3所",
     "9 + 33 + 15 + 3 = 60, but 58 schools were rated"),
    ("hn-loudi-jiapeijianguan-2020", 3, "score_exceeds_weight", "table",
     "92.8%｜10｜10｜\n合计｜｜｜｜｜100｜99.55｜\n自评得分99.55分",
     "92.8%｜10｜10.40｜\n合计｜｜｜｜｜100｜99.95｜\n自评得分99.95分",
     "满意度指标｜服务对象满意度指标｜驾培学员满意度｜≥90%｜92.8%｜10｜10.40｜",
     "satisfaction row scored 10.40 against a weight of 10 (total raised with it to 99.95, so the sum still holds)"),
    ("hn-loudi-jiapeijianguan-2020", 4, "weight_sum_mismatch", "table",
     "2136人｜7｜7｜", "2136人｜9｜7｜",
     "产出指标｜数量指标｜教练员继续教育培训人数｜≥2000人｜2136人｜9｜7｜",
     "weights now total 102 (教练员继续教育 7 -> 9) against 合计 100"),
    ("hn-loudi-jiapeijianguan-2020", 5, "implausible_rate", "table",
     "驾培学员满意度｜≥90%｜92.8%", "驾培学员满意度｜≥90%｜102.8%",
     "满意度指标｜服务对象满意度指标｜驾培学员满意度｜≥90%｜102.8%｜10｜10｜",
     "a satisfaction rate of 102.8% is above 100%"),
    ("hn-loudi-jiapeijianguan-2020", 6, "year_mismatch", "prose",
     "截至2020年12月31日", "截至2021年12月31日",
     "截至2021年12月31日",
     "the spending figure of the 2020 report is dated to the end of 2021"),
    # ---- 邳州 2022 部门整体 ----
    ("js-pizhou-yunshuzhongxin-bumen-2022", 1, "rate_mismatch", "prose",
     "公用经费支出88.42万元，执行率97.92%", "公用经费支出88.42万元，执行率97.29%",
     "公用经费支出88.42万元，执行率97.29%",
     "88.42/90.30 = 97.92%, stated 97.29%"),
    ("js-pizhou-yunshuzhongxin-bumen-2022", 2, "score_sum_mismatch", "table",
     "自评得分：99.49", "自评得分：99.94",
     "自评得分：99.94",
     "9.89 + 50 + 29.60 + 10 = 99.49 (row scores of the 自评表), stated 99.94"),
    ("js-pizhou-yunshuzhongxin-bumen-2022", 3, "weight_sum_mismatch", "table",
     "实际完成值：612人\n分值：7", "实际完成值：612人\n分值：9",
     "实际完成值：612人\n分值：9",
     "weights of the 自评表 now total 102 (教练员继续教育参训人数 7 -> 9) against 总分 100"),
    ("js-pizhou-yunshuzhongxin-bumen-2022", 4, "conflicting_values", "prose",
     "驾培机构计时培训监管支出60.40万元", "驾培机构计时培训监管支出64.00万元",
     "驾培机构计时培训监管支出64.00万元",
     "the project list gives 驾培机构计时培训监管项目 执行60.40万元 (and 97.42% of 62.00)"),
    ("js-pizhou-yunshuzhongxin-bumen-2022", 5, "unit_mismatch", "prose",
     "其中人员经费支出970.60万元", "其中人员经费支出9706000万元",
     "人员经费支出9706000万元",
     "970.60万元 written as 9706000 (元) with the unit 万元: off by 10^4 (sum 970.60 + 88.42 + 256.74 = 1,315.76 and 执行率100% hold only with 970.60)"),
    ("js-pizhou-yunshuzhongxin-bumen-2022", 6, "year_mismatch", "prose",
     "结转至2023年继续使用", "结转至2022年继续使用",
     "结转至2022年",
     "unspent 2022 project money carried over to 2022 itself; must be a later year"),
    # ---- 贵港 2023 ----
    ("gx-guigang-kemusan-2023", 1, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜—", "上年结转资金｜0.00｜0.00｜0.00｜100.00%",
     "上年结转资金｜0.00｜0.00｜0.00｜100.00%",
     "execution rate 100.00% on a 0.00 budget"),
    ("gx-guigang-kemusan-2023", 2, "average_mismatch", "prose",
     "月均考试15048人次", "月均考试15084人次",
     "月均考试15084人次",
     "the twelve monthly figures total 180,571; 180,571/12 = 15,047.58 (15048), stated 15084"),
    ("gx-guigang-kemusan-2023", 3, "completion_mismatch", "table",
     "180571人次｜112.86%", "180571人次｜112.68%",
     "产出指标｜数量指标｜全年组织驾驶人考试｜≥160000人次｜180571人次｜112.68%｜10｜10",
     "180571/160000 = 112.86%, stated 112.68%"),
    ("gx-guigang-kemusan-2023", 4, "score_exceeds_weight", "table",
     "95.6%｜103.91%｜10｜10\n合计｜｜｜｜｜｜100｜98.22\n自评得分98.22分",
     "95.6%｜103.91%｜10｜10.60\n合计｜｜｜｜｜｜100｜98.82\n自评得分98.82分",
     "满意度指标｜服务对象满意度指标｜考生满意度｜≥92%｜95.6%｜103.91%｜10｜10.60",
     "satisfaction row scored 10.60 against a weight of 10 (total raised with it to 98.82, so the sum still holds)"),
    ("gx-guigang-kemusan-2023", 5, "conflicting_values", "prose",
     "科目二全年考试44,316人次", "科目二全年考试43,416人次",
     "科目二全年考试43,416人次",
     "the exam table gives 科目二 44316人次 (used for its 67.97% pass rate and the 180571 total)"),
    ("gx-guigang-kemusan-2023", 6, "rate_mismatch", "table",
     "｜84.00｜82.36｜98.05%", "｜84.00｜82.36｜98.50%",
     "考试车辆运行及维修｜84.00｜82.36｜98.50%",
     "82.36/84.00 = 98.05%, stated 98.50%"),
    # ---- 牡丹江 2025 ----
    ("hlj-mudanjiang-jianyanjianguan-2025", 1, "sum_mismatch", "prose",
     "摩托车检测线11条", "摩托车检测线14条",
     "其中汽车安检线43条、摩托车检测线14条、安检综检合一线7条",
     "43 + 14 + 7 = 64, but 检测线61条"),
    ("hlj-mudanjiang-jianyanjianguan-2025", 2, "balance_mismatch", "prose",
     "结余2.64万元", "结余2.46万元",
     "结余2.46万元",
     "到位 132.00 - 支出 129.36 = 2.64, stated 2.46"),
    ("hlj-mudanjiang-jianyanjianguan-2025", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”",
     "评价等级为“良”",
     "99.21 is in the 优 band (>= 90)"),
    ("hlj-mudanjiang-jianyanjianguan-2025", 4, "implausible_rate", "prose",
     "比对结果一致407辆次，一致率96.90%", "比对结果一致427辆次，一致率101.67%",
     "比对结果一致427辆次，一致率101.67%",
     "427 consistent results out of 420 comparison tests: a rate of 101.67% is impossible"),
    ("hlj-mudanjiang-jianyanjianguan-2025", 5, "unit_mismatch", "table",
     "检验数据联网上传率｜100%｜100%", "检验数据联网上传率｜100%｜61条",
     "产出指标｜质量指标｜检验数据联网上传率｜100%｜61条｜100.00%｜10｜10",
     "target is a percentage, actual given as a count (条): completion cannot be computed"),
    ("hlj-mudanjiang-jianyanjianguan-2025", 6, "score_sum_mismatch", "table",
     "合计｜｜｜｜｜｜100｜99.21", "合计｜｜｜｜｜｜100｜99.12",
     "合计｜｜｜｜｜｜100｜99.12",
     "row scores 9.80 + 50 + 29.41 + 10 = 99.21, table total 99.12"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean = (CASES / f"{pid}-clean.txt").read_text(encoding="utf-8")
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            assert clean.count(old) == 1, (pid, n, old)
            text = clean.replace(old, new)
            assert text.count(value) == 1, (pid, n, value)
            name = f"{pid}-e{n}.txt"
            (CASES / name).write_text(text, encoding="utf-8")
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels")


if __name__ == "__main__":
    main()
