#!/usr/bin/env python3
"""Write the error cases and labels.jsonl of drafts579 from the clean drafts and the edit list.

Each edit is (old, new): `old` occurs exactly once in the clean draft and is replaced by `new`.
The changed span (common prefix and suffix of old/new stripped) must be at most 40 characters.
`value` is either an explicit substring of the error case or LINE (the whole line holding the
first changed character, used for table and 自评表 edits). It must occur exactly once.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LINE = object()

PROJECTS = [
    "hb-tongshan-xuncha-2019",
    "sd-yuncheng-banan-2021",
    "sc-yingshan-jiwei-bumen-2023",
    "gx-tiane-tanhuashi-2018",
    "jx-yongxin-xuncha-2025",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # 通山 2019
    ("hb-tongshan-xuncha-2019", 1, "rate_mismatch", "table",
     "巡察干部业务培训\t5.20\t4.38\t84.23%", "巡察干部业务培训\t5.20\t4.38\t82.43%", LINE,
     "sub-item rate: 4.38/5.20 = 84.23%, stated 82.43%"),
    ("hb-tongshan-xuncha-2019", 2, "average_mismatch", "prose",
     "平均每轮支出12.34万元", "平均每轮支出12.43万元", "平均每轮支出12.43万元",
     "(13.06 + 12.48 + 11.95 + 11.88)/4 = 12.3425 → 12.34, stated 12.43"),
    ("hb-tongshan-xuncha-2019", 3, "score_exceeds_weight", "table",
     "103.89%\t10\t10\n合计\t\t\t\t\t\t100\t99.37\n自评得分99.37分",
     "103.89%\t10\t10.5\n合计\t\t\t\t\t\t100\t99.87\n自评得分99.87分", LINE,
     "满意度 row scored 10.5 against a weight of 10 (合计 and the score line below raised with it to 99.87, so the sum still holds)"),
    ("hb-tongshan-xuncha-2019", 4, "year_mismatch", "prose",
     "截至2019年12月31日，资金全部到位", "截至2018年12月31日，资金全部到位", "截至2018年12月31日",
     "the 2019 budget's receipt is dated to the end of 2018; the evaluation year is 2019"),
    ("hb-tongshan-xuncha-2019", 5, "sum_mismatch", "prose",
     "党的建设缺失方面241个", "党的建设缺失方面214个",
     "全年发现问题612个，其中党的领导弱化方面158个、党的建设缺失方面214个、全面从严治党不力方面213个",
     "158 + 214 + 213 = 585, stated total 612"),
    ("hb-tongshan-xuncha-2019", 6, "completion_mismatch", "table",
     "37条\t123.33%", "37条\t132.33%", LINE,
     "移交问题线索 37/30 = 123.33%, stated 132.33%"),
    # 郓城 2021
    ("sd-yuncheng-banan-2021", 1, "balance_mismatch", "prose",
     "结余6.32万元", "结余6.23万元", "结余6.23万元",
     "funds fully received: 202.70 − 196.38 = 6.32, stated 6.23"),
    ("sd-yuncheng-banan-2021", 2, "conflicting_values", "prose",
     "追缴挽回经济损失1,386.5万元", "追缴挽回经济损失1,368.5万元", "追缴挽回经济损失1,368.5万元",
     "the 自评表 gives 1386.5万元 (scored 9.24 = 10 × 1386.5/1500); prose now 1,368.5万元"),
    ("sd-yuncheng-banan-2021", 3, "weight_sum_mismatch", "table",
     "46份\t10\t10", "46份\t12\t10", LINE,
     "weights now total 102 (funds 10 + indicator rows 92: 建议书 10 → 12) against 总分 100"),
    ("sd-yuncheng-banan-2021", 4, "unit_mismatch", "prose",
     "水电物业费216,300元", "水电物业费216,300万元", "谈话场所水电物业费216,300万元",
     "a 元 amount labelled 万元: the four 元 items sum to the 84.95万元 of the sub-item only with 216,300元 (21.63万元); off by 10^4"),
    ("sd-yuncheng-banan-2021", 5, "implausible_rate", "table",
     "群众满意度\t≥90%\t92.3%", "群众满意度\t≥90%\t102.3%", LINE,
     "satisfaction 102.3% is above 100%"),
    ("sd-yuncheng-banan-2021", 6, "grade_mismatch", "prose",
     "总得分98.93分，评价等级为“优”", "总得分98.93分，评价等级为“良”", "评价等级为“良”",
     "98.93 is in the 优 band (≥90)"),
    # 营山 2023 部门整体
    ("sc-yingshan-jiwei-bumen-2023", 1, "score_sum_mismatch", "table",
     "合计\t\t\t100\t\t\t89.01", "合计\t\t\t100\t\t\t89.10", LINE,
     "row scores sum to 89.01 (also the total in the line below), 合计 row states 89.10"),
    ("sc-yingshan-jiwei-bumen-2023", 2, "sum_mismatch", "prose",
     "一般干部27件", "一般干部72件",
     "立案156件，其中科级干部18件、一般干部72件、村（社区）干部96件、其他人员15件",
     "18 + 72 + 96 + 15 = 201, stated total 156"),
    ("sc-yingshan-jiwei-bumen-2023", 3, "rate_mismatch", "prose",
     "支出300.85万元，执行率87.58%", "支出300.85万元，执行率85.78%", "执行率85.78%",
     "300.85/343.50 = 87.58%, stated 85.78%"),
    ("sc-yingshan-jiwei-bumen-2023", 4, "year_mismatch", "prose",
     "结转至2024年继续使用", "结转至2023年继续使用", "结转至2023年",
     "the unspent part of the 2023 budget is carried to 2023 itself; must be a later year"),
    ("sc-yingshan-jiwei-bumen-2023", 5, "average_mismatch", "prose",
     "平均每轮26.45万元", "平均每轮26.54万元", "平均每轮26.54万元",
     "(28.62 + 27.15 + 23.59)/3 = 26.45, stated 26.54"),
    ("sc-yingshan-jiwei-bumen-2023", 6, "unit_mismatch", "table",
     "≥45个\t46个\t10", "≥45个\t100%\t10", LINE,
     "target in 个, actual given as a percentage"),
    # 天峨 2018
    ("gx-tiane-tanhuashi-2018", 1, "balance_mismatch", "prose",
     "年末结余2.96万元", "年末结余2.69万元", "年末结余2.69万元",
     "121.40 − 118.44 = 2.96, stated 2.69"),
    ("gx-tiane-tanhuashi-2018", 2, "completion_mismatch", "table",
     "312人次\t111.43%", "312人次\t114.13%", LINE,
     "312/280 = 111.43%, stated 114.13%"),
    ("gx-tiane-tanhuashi-2018", 3, "conflicting_values", "prose",
     "同步录音录像及监控设备支出36.58万元", "同步录音录像及监控设备支出38.56万元",
     "同步录音录像及监控设备支出38.56万元",
     "the sub-item table gives 36.58万元 (and sums to 118.44 with it)"),
    ("gx-tiane-tanhuashi-2018", 4, "weight_sum_mismatch", "table",
     "86.67%\t10\t8.67", "86.67%\t12\t8.67", LINE,
     "weights now total 102 (业务培训 10 → 12) against 合计 100"),
    ("gx-tiane-tanhuashi-2018", 5, "grade_mismatch", "prose",
     "得分95.37分，评价等级为“优”", "得分95.37分，评价等级为“良”", "评价等级为“良”",
     "95.37 is in the 优 band (≥90)"),
    ("gx-tiane-tanhuashi-2018", 6, "score_exceeds_weight", "table",
     "—\t10\t10\n合计\t\t\t\t\t\t100\t95.37\n经自评，该项目得分95.37分",
     "—\t10\t10.5\n合计\t\t\t\t\t\t100\t95.87\n经自评，该项目得分95.87分", LINE,
     "办案安全事故 row scored 10.5 against a weight of 10 (合计 and the score line below raised with it to 95.87)"),
    # 永新 2025 (key：value 自评表)
    ("jx-yongxin-xuncha-2025", 1, "score_sum_mismatch", "prose",
     "自评得分97.45分", "自评得分97.54分", "自评得分97.54分",
     "9.59 + 48.70 + 29.16 + 10 = 97.45 (also 自评表 自评得分), prose states 97.54"),
    ("jx-yongxin-xuncha-2025", 2, "rate_mismatch", "table",
     "全年执行数：40.86；执行率：95.69%", "全年执行数：40.86；执行率：95.96%", LINE,
     "当年财政拨款 40.86/42.70 = 95.69%, stated 95.96%"),
    ("jx-yongxin-xuncha-2025", 3, "sum_mismatch", "prose",
     "腐败问题方面124个", "腐败问题方面142个",
     "三轮共发现问题386个，其中落实党中央决策部署方面97个、群众身边不正之风和腐败问题方面142个、基层党组织建设方面109个、巡察整改方面56个",
     "97 + 142 + 109 + 56 = 404, stated total 386"),
    ("jx-yongxin-xuncha-2025", 4, "conflicting_values", "prose",
     "向县纪委监委移交问题线索26条", "向县纪委监委移交问题线索28条", "移交问题线索28条",
     "the 自评表 gives 26条 twice (总体目标 and 移交问题线索 row)"),
    ("jx-yongxin-xuncha-2025", 5, "average_mismatch", "prose",
     "平均每轮12.82万元", "平均每轮12.28万元", "平均每轮12.28万元",
     "(13.95 + 14.28 + 10.23)/3 = 38.46/3 = 12.82, stated 12.28"),
    ("jx-yongxin-xuncha-2025", 6, "implausible_rate", "table",
     "全年执行数：0.00；执行率：—", "全年执行数：0.00；执行率：100%", LINE,
     "其他资金 execution rate 100% on a 0.00 budget"),
]


def changed_span(old, new):
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, old[p:len(old) - s], new[p:len(new) - s]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = open(os.path.join(CASES, clean_name), encoding="utf-8").read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = [e for e in EDITS if e[0] == pid]
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            assert clean.count(old) == 1, (pid, n, old)
            p, o, w = changed_span(old, new)
            assert 0 < max(len(o), len(w)) <= 40, (pid, n, o, w)
            pos = clean.index(old)
            text = clean[:pos] + new + clean[pos + len(old):]
            first = pos + p
            if value is LINE:
                ls = text.rfind("\n", 0, first) + 1
                le = text.find("\n", first)
                value = text[ls:le if le >= 0 else len(text)]
            assert text.count(value) == 1, (pid, n, value)
            vs = text.index(value)
            assert vs <= first < vs + len(value), (pid, n, "value misses the change")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels, {len(EDITS)} error cases")


if __name__ == "__main__":
    main()
