#!/usr/bin/env python3
"""Build the n130 error cases and labels.jsonl from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies <id>-e1.txt … -e6.txt, each with exactly one
injected inconsistency.  An edit is an exact old -> new replacement; `old` must occur exactly once in
the clean draft.  `value` is a short substring of the error case that carries the changed figure.
`where` says whether the slip sits in the prose or in a table (documentation only).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (id, [(code, where, old, new, value, explanation), ... six edits])
EDITS = [
    ("yongping-seismicnet-2020", [
        ("rate_mismatch", "prose",
         "当年财政拨款执行40.56万元，执行率96.11%",
         "当年财政拨款执行40.56万元，执行率96.61%",
         "执行率96.61%",
         "当年财政拨款 40.56 / 42.20 = 96.11%, stated 96.61%"),
        ("average_mismatch", "prose",
         "三季度97.9%",
         "三季度97.1%",
         "三季度97.1%、四季度99.5%，全年平均98.80%",
         "(99.2 + 98.6 + 97.1 + 99.5) / 4 = 98.60%, stated average 98.80%"),
        ("sum_mismatch", "prose",
         "强震动台6个",
         "强震动台5个",
         "全县共有地震监测台站11个，其中测震台2个、强震动台5个、地下流体观测点3个",
         "2 + 5 + 3 = 10 stations, stated total 11"),
        ("score_exceeds_weight", "table",
         "基本达到，雷击中断期间局部下降｜10｜8｜台站中断期间局部监测能力下降，已加强防雷\n"
         "效益指标｜可持续影响指标｜台网运维长效机制｜健全｜已建立巡检和故障报告制度｜10｜10｜",
         "基本达到，雷击中断期间局部下降｜10｜7｜台站中断期间局部监测能力下降，已加强防雷\n"
         "效益指标｜可持续影响指标｜台网运维长效机制｜健全｜已建立巡检和故障报告制度｜10｜11｜",
         "已建立巡检和故障报告制度｜10｜11",
         "score 11 above weight 10 (the row above lowered 8 -> 7, so block and total still read 28.00 / 97.59)"),
        ("unit_mismatch", "table",
         "｜≤48小时｜31小时｜",
         "｜≤48小时｜100%｜",
         "≤48小时｜100%",
         "target in hours, actual written as a percentage: completion cannot be computed"),
        ("year_mismatch", "prose",
         "上述资金已结转至2021年",
         "上述资金已结转至2020年",
         "结转至2020年",
         "unspent money of the 2020 budget is carried to 2020 itself; should be 2021"),
    ]),
    ("jinping-forestfireteam-2022", [
        ("balance_mismatch", "prose",
         "年末结余8.40万元",
         "年末结余8.04万元",
         "年末结余8.04万元",
         "到位 210.00 - 执行 201.60 = 8.40, stated 8.04"),
        ("implausible_rate", "prose",
         "执行24.00万元，执行率100%",
         "执行26.40万元，执行率110.00%",
         "执行26.40万元，执行率110.00%",
         "省级补助 24.00万元 but 26.40 spent: execution rate 110% over 100%"),
        ("grade_mismatch", "table",
         "自评等级｜优",
         "自评等级｜良",
         "自评等级｜良",
         "total 98.25 is in the 优 band (>= 90)"),
        ("weight_sum_mismatch", "table",
         "｜91.67%｜10｜9.65｜",
         "｜91.67%｜12｜9.65｜",
         "91.67%｜12｜9.65",
         "weights now total 102 (产出 52)"),
        ("score_sum_mismatch", "table",
         "全年离队2人，已及时补员｜10｜9｜",
         "全年离队2人，已及时补员｜10｜8｜",
         "全年离队2人，已及时补员｜10｜8",
         "row scores add to 97.25 (indicators 87.65), stated total 98.25 (text 88.65)"),
        ("conflicting_values", "table",
         "专业技能培训｜≥12次｜14次",
         "专业技能培训｜≥12次｜12次",
         "专业技能培训｜≥12次｜12次",
         "table says 12 trainings, text says 全年组织专业技能培训14次"),
    ]),
    ("chongren-floodcontrol-2019", [
        ("completion_mismatch", "table",
         "46个｜41个｜89.13%",
         "46个｜41个｜89.31%",
         "46个｜41个｜89.31%",
         "41 / 46 = 89.13%, stated 89.31%"),
        ("completion_mismatch", "prose",
         "实际培训684人次，完成率114%",
         "实际培训684人次，完成率104%",
         "实际培训684人次，完成率104%",
         "684 / 600 = 114%, stated 104%"),
        ("rate_mismatch", "table",
         "｜100.00｜80.30｜",
         "｜100.00｜80.03｜",
         "80.03",
         "县区级 (7)=(4)/(2): 96.36 / 120.00 = 80.30%, stated 80.03"),
        ("balance_mismatch", "prose",
         "实际支出43.20万元，结余1.80万元",
         "实际支出43.20万元，结余1.08万元",
         "结余1.08万元",
         "物资采购 45.00 - 43.20 = 1.80, stated 1.08"),
        ("unit_mismatch", "prose",
         "救生衣300件4.50万元",
         "救生衣300件4.50元",
         "救生衣300件4.50元",
         "4.50万元 written as 4.50元 (off by 10^4): 300 x 150元 = 45000元, and 18.60 + 4.50 + 20.10 = 43.20万元 only with 万元"),
        ("grade_mismatch", "prose",
         "评价等级为优秀",
         "评价等级为良好",
         "评价等级为良好",
         "total 97.00 is in the 优 band (>= 90)"),
    ]),
    ("haicheng-safetyenforce-2023", [
        ("sum_mismatch", "table",
         "｜68.00｜57.80｜",
         "｜68.00｜57.08｜",
         "57.08",
         "全年执行数 column: 57.08 + 5.60 + 0.00 = 62.68, 年度资金总额 says 63.40"),
        ("score_sum_mismatch", "table",
         "部分企业管理制度流于形式｜10｜6｜",
         "部分企业管理制度流于形式｜10｜7｜",
         "部分企业管理制度流于形式｜10｜7",
         "row scores add to 88.60 (indicators 79.99), stated total 87.60 (text 78.99)"),
        ("weight_sum_mismatch", "table",
         "｜430人｜5｜4.30｜",
         "｜430人｜6｜4.30｜",
         "430人｜6｜4.30",
         "weights now total 101 (产出 51)"),
        ("year_mismatch", "prose",
         "截至2023年12月31日",
         "截至2022年12月31日",
         "截至2022年12月31日",
         "the 2023 report states its year-end spending as at 31 Dec 2022"),
        ("average_mismatch", "prose",
         "平均每个中队163家次",
         "平均每个中队168家次",
         "平均每个中队168家次",
         "(178 + 165 + 153 + 156) / 4 = 163, stated 168"),
        ("implausible_rate", "prose",
         "实际支出5.52万元，执行率92.00%",
         "实际支出6.52万元，执行率108.67%",
         "实际支出6.52万元，执行率108.67%",
         "执法记录仪 budget 6.00万元, spent 6.52: execution rate 108.67% over 100%"),
    ]),
    ("lingwu-emergencydept-2024", [
        ("conflicting_values", "prose",
         "全年执法检查企业412家次",
         "全年执法检查企业421家次",
         "全年执法检查企业421家次",
         "text says 421家次, the 自评表 says 412家次"),
        ("completion_mismatch", "prose",
         "完成年度目标的115.00%",
         "完成年度目标的111.50%",
         "完成年度目标的111.50%",
         "1.38 / 1.2 = 115.00%, stated 111.50%"),
        ("score_exceeds_weight", "table",
         "基层应急站点建设仍有短板｜10｜8｜加强乡镇应急站点建设\n"
         "满意度指标｜服务对象满意度指标｜社会公众满意度｜≥90%｜93.60%｜10｜10｜",
         "基层应急站点建设仍有短板｜10｜6｜加强乡镇应急站点建设\n"
         "满意度指标｜服务对象满意度指标｜社会公众满意度｜≥90%｜93.60%｜10｜12｜",
         "93.60%｜10｜12",
         "satisfaction score 12 above weight 10 (the row above lowered 8 -> 6, total still 97.52)"),
        ("implausible_rate", "table",
         "64.00｜60.16｜94.00%",
         "64.00｜66.56｜104.00%",
         "66.56｜104.00%",
         "防汛抗旱 project spent 66.56 of 64.00: execution rate 104% over 100%"),
        ("rate_mismatch", "table",
         "38.50｜36.96｜96.00%",
         "38.50｜36.96｜94.00%",
         "36.96｜94.00%",
         "36.96 / 38.50 = 96.00%, stated 94.00% (copied from the row above)"),
        ("sum_mismatch", "table",
         "｜1176.45｜1114.61｜",
         "｜1176.45｜1141.61｜",
         "1141.61",
         "全年执行数 column: 1141.61 + 110.00 = 1251.61, 年度资金总额 says 1224.61"),
    ]),
]


def main():
    labels = []
    for pid, edits in EDITS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        if len(edits) != 6:
            sys.exit(f"{pid}: {len(edits)} edits, expected 6")
        for n, (code, where, old, new, value, expl) in enumerate(edits, 1):
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{pid}-e{n}: old text occurs {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(r['clean'] for r in labels)} clean)")


if __name__ == "__main__":
    main()
