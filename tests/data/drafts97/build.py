#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of set n97 from the clean drafts.

Each error case = its project's clean draft with one injected inconsistency. An edit is a list of
(old, new) replacements; `old` must occur exactly once in the clean draft. A single replacement is
one contiguous change inside one line; the score-row edits (score_exceeds_weight) touch two adjacent
table rows. `value` is either a literal string or a (start, end) pair of anchors: the value is then
the slice of the error case from the first `start` to the end of the first `end` found after it
(used for the multi-line sum spans: from the changed part to the total).

Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hegang-fireveh-2019",
    "xingcheng-firestation-2021",
    "xilingol-wintergear-2023",
    "jiamusi-waterrescue-2024",
    "panjin-petrochem-2020",
]

# (project, code, [(old, new), ...], value, explanation)
EDITS = {
    "hegang-fireveh-2019": [
        ("unit_mismatch",
         [("水带单价650元/盘", "水带单价650万元/盘")],
         "650万元/盘",
         "the hose price is 650元 per roll (0.065万元 in the table, 200 rolls = 13.00万元); written as 650万元 it is off by 10^4"),
        ("implausible_rate",
         [("上年结转资金｜0.00｜0.00｜0.00｜—｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜—｜100%｜—")],
         "上年结转资金｜0.00｜0.00｜0.00｜—｜100%",
         "execution rate 100% printed on a zero base (上年结转 0.00 budget, 0.00 spent): rate undefined, should be —"),
        ("conflicting_values",
         [("辖区群众及社会单位满意度｜≥90%｜96.5%｜", "辖区群众及社会单位满意度｜≥90%｜95.6%｜")],
         "辖区群众及社会单位满意度｜≥90%｜95.6%",
         "satisfaction is 96.5% in the text (386 of 400 questionnaires, completion 107.22%), 95.6% in the 自评表 (digits transposed)"),
        ("score_sum_mismatch",
         [("｜≥180人次｜172人次｜5｜4.78｜", "｜≥180人次｜172人次｜5｜4.87｜")],
         ("4.87｜", "总分｜｜｜｜｜100｜99.37"),
         "row scores now add to 9.59+20+4.87+10+5+10+30+10 = 99.46, stated total 99.37"),
        ("completion_mismatch",
         [("完成率95.56%", "完成率104.65%")],
         "完成率104.65%",
         "training 172人次 against ≥180人次: completion 172/180 = 95.56%; 104.65% is 180/172 (base inverted)"),
        ("balance_mismatch",
         [("结余27.64万元", "结余27.46万元")],
         "结余27.46万元",
         "全年预算/到位 680.00 − 支出 652.36 = 27.64, stated 27.46"),
    ],
    "xingcheng-firestation-2021": [
        ("grade_mismatch",
         [("自评得分89.89分，等级为良。", "自评得分89.89分，等级为优。")],
         "89.89分，等级为优",
         "89.89 is below 90: grade 良, not 优"),
        ("year_mismatch",
         [("结转至2022年", "结转至2021年")],
         "结转至2021年",
         "the unspent 36.25万元 of the 2021 budget cannot be carried to 2021 itself; it goes to 2022"),
        ("rate_mismatch",
         [("｜588.35｜—｜94.20%｜", "｜588.35｜—｜94.02%｜")],
         "588.35｜—｜94.02%",
         "当年财政拨款 execution 588.35 / 624.60 = 94.20%, stated 94.02%"),
        ("balance_mismatch",
         [("2020年｜1,235.40｜1,020.00｜215.40", "2020年｜1,235.40｜1,002.00｜215.40")],
         "2020年｜1,235.40｜1,002.00｜215.40",
         "2020 row: 1,235.40 − 1,002.00 = 233.40, but the carry-over is stated 215.40 (spending retyped; 1,020.00 elsewhere gives 累计1,823.75)"),
        ("sum_mismatch",
         [("其中：土建及安装工程款395.15万元", "其中：土建及安装工程款359.15万元")],
         "全年支出803.75万元，执行率95.68%。其中：土建及安装工程款359.15",
         "359.15 + 148.60 + 260.00 = 767.75, stated total 803.75 (should be 395.15)"),
        ("conflicting_values",
         [("消防站建筑面积｜≥2,400㎡｜2,480㎡｜", "消防站建筑面积｜≥2,400㎡｜2,840㎡｜")],
         "消防站建筑面积｜≥2,400㎡｜2,840㎡",
         "floor area is 2,480㎡ in the text (completion 103.33%, unit cost 1,451.40万元÷2,480㎡), 2,840㎡ in the 自评表"),
    ],
    "xilingol-wintergear-2023": [
        ("average_mismatch",
         [("平均每个大队66.08万元", "平均每个大队55.07万元")],
         "平均每个大队55.07万元",
         "(82.28 + 70.95 + 68.10 + 69.57 + 39.50) / 5 = 66.08; 55.07 is 330.40 divided by 6"),
        ("sum_mismatch",
         [("其他器材19.00万元", "其他器材16.00万元")],
         "结余36.60万元，均为招标节约：全地形消防车12.00万元、无人机5.60万元、其他器材16.00万元",
         "12.00 + 5.60 + 16.00 = 33.60, stated total 36.60"),
        ("weight_sum_mismatch",
         [("｜≥120人｜148人｜10｜10", "｜≥120人｜148人｜20｜10")],
         ("≥120人｜148人｜20｜10", "合计｜｜｜｜｜｜100"),
         "weights now add to 10 + 60 + 40 = 110 (效益 rows 10 + 20 + 10), stated 100"),
        ("completion_mismatch",
         [("完成率85.71%", "完成率116.67%")],
         "完成率116.67%",
         "6 batches on time against ≥7: completion 6/7 = 85.71%; 116.67% is 7/6"),
        ("unit_mismatch",
         [("｜≤45分钟｜41分钟｜", "｜≤45分钟｜91.11%｜")],
         "≤45分钟｜91.11%",
         "target in 分钟, actual written as a percentage (41/45): completion cannot be computed in the target's unit"),
        ("year_mismatch",
         [("2023年1月16日下达", "2022年1月16日下达")],
         "2022年1月16日下达",
         "the 2023 budget (锡财预〔2023〕9号) is dated January 2022: neither the evaluation year nor an advance issued the December before"),
    ],
    "jiamusi-waterrescue-2024": [
        ("score_exceeds_weight",
         [("装备验收合格率｜100%｜100%｜10｜10｜", "装备验收合格率｜100%｜100%｜8｜10｜"),
          ("汛期前列装率｜≥90%｜87.5%｜8｜7.78｜", "汛期前列装率｜≥90%｜87.5%｜10｜7.78｜")],
         "装备验收合格率｜100%｜100%｜8｜10",
         "weights of the adjacent 质量/时效 rows swapped: 装备验收合格率 now scores 10 on a weight of 8 (sums unchanged)"),
        ("average_mismatch",
         [("4期平均89.25分", "4期平均89.52分")],
         "4期平均89.52分",
         "(86.5 + 88.0 + 90.5 + 92.0) / 4 = 89.25, stated 89.52"),
        ("implausible_rate",
         [("(6)=(3)/(2)｜100｜100｜—｜", "(6)=(3)/(2)｜100｜100｜100｜")],
         "预算到位率(%)｜(6)=(3)/(2)｜100｜100｜100",
         "中央 column: budget 0 and received 0, yet 到位率 100: a rate on a zero base"),
        ("rate_mismatch",
         [("｜100｜91.02｜—｜100｜—", "｜100｜90.12｜—｜100｜—")],
         "预算执行率(%)｜(7)=(4)/(2)｜93.24｜92.58｜—｜100｜90.12",
         "市级 execution 345.86 / 380.00 = 91.02%, stated 90.12"),
        ("conflicting_values",
         [("34人取得潜水员", "43人取得潜水员")],
         "43人取得潜水员",
         "certified staff is 34 in 三（一）/ the 自评表 (持证水域救援人员34人, completion 113.33%), 43 in the training paragraph"),
        ("unit_mismatch",
         [("汛期前列装率｜≥90%｜87.5%｜", "汛期前列装率｜≥90%｜7批｜")],
         "≥90%｜7批",
         "target is a percentage, actual written as a count of batches (7 of 8)"),
    ],
    "panjin-petrochem-2020": [
        ("grade_mismatch",
         [("自评得分87.43分，评价等级为良。", "自评得分87.43分，评价等级为优。")],
         "87.43分，评价等级为优",
         "87.43 lies in 80–90: 良 (优 only under a platform cut-off of 80, not the 财预〔2020〕10号 bands)"),
        ("score_exceeds_weight",
         [("有毒气体检测仪｜10台｜8台｜5｜4｜", "有毒气体检测仪｜10台｜8台｜10｜4｜"),
          ("装备验收合格率｜100%｜100%｜10｜10｜", "装备验收合格率｜100%｜100%｜5｜10｜")],
         "装备验收合格率｜100%｜100%｜5｜10",
         "weights of two adjacent rows swapped: 装备验收合格率 now scores 10 on a weight of 5 (sums unchanged)"),
        ("weight_sum_mismatch",
         [("远程供水实战演练｜2次｜1次｜10｜5｜", "远程供水实战演练｜2次｜1次｜15｜5｜")],
         ("15｜5｜", "总分｜｜｜｜｜100"),
         "weights now add to 105 (效益 10 + 15 + 10), stated 100"),
        ("score_sum_mismatch",
         [("｜≥95%｜91.2%｜10｜9.60｜", "｜≥95%｜91.2%｜10｜9.06｜")],
         ("9.06｜", "总分｜｜｜｜｜100｜87.43"),
         "row scores add to 7.83 + 45 + 25 + 9.06 = 86.89, stated total 87.43"),
        ("rate_mismatch",
         [("市级资金执行率68.04%", "市级资金执行率46.27%")],
         "市级资金执行率46.27%",
         "市级 578.36 / 850.00 = 68.04%; 46.27% divides by the whole 1,250.00 budget"),
        ("year_mismatch",
         [("2020年1月10日批复", "2021年1月10日批复")],
         "2021年1月10日批复",
         "the 2020 municipal budget (盘财预〔2020〕3号) dated January 2021, after the evaluation year"),
    ],
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply(clean, reps):
    text = clean
    for old, new in reps:
        if clean.count(old) != 1:
            raise SystemExit("edit anchor not unique in clean: %r (%d)" % (old, clean.count(old)))
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, value):
    if isinstance(value, str):
        return value
    start, end = value
    i = text.find(start)
    if i < 0:
        raise SystemExit("value start anchor not found: %r" % start)
    j = text.find(end, i)
    if j < 0:
        raise SystemExit("value end anchor not found: %r" % end)
    return text[i:j + len(end)]


def main():
    labels = []
    for proj in PROJECTS:
        clean_name = "%s-clean.txt" % proj
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": proj, "clean": True, "expected": []})
        for n, (code, reps, value, expl) in enumerate(EDITS[proj], 1):
            text = apply(clean, reps)
            name = "%s-e%d.txt" % (proj, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({
                "case": name, "source": proj, "clean": False,
                "expected": [{"code": code, "severity": "error",
                              "value": resolve_value(text, value), "explanation": expl}],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d with errors)" % (len(labels), sum(not l["clean"] for l in labels)))


if __name__ == "__main__":
    main()
