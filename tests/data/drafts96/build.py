#!/usr/bin/env python3
"""Regenerate the error cases and labels.jsonl of this set from the clean drafts.

Each entry of EDITS names a case, its one error code, the edit(s) that inject it and the labelled value.
  edits: list of (old, new); `old` must occur exactly once in the clean draft and is replaced once.
         One edit = one contiguous change inside one line; two edits only for score rows on adjacent lines.
  value: a literal string, or (start, end): the case text from the (unique) `start` to the end of the first
         `end` after it, for sum / score-sum / weight-sum errors that span from the changed part to the total.
Pure Python 3, no third-party packages.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "weifang-nkyjbyw-2021",
    "nantong-qingtuo-2023",
    "mianyang-nkyjbyw-2019",
    "rizhao-rencaiyinyu-2024",
    "nanchong-nkybumen-2022",
]

EDITS = {
    # ---------------- 潍坊市农业科学院 2021 基本科研业务费 (Shandong, MOF outline + MOF table)
    "weifang-nkyjbyw-2021-e1": dict(
        code="rate_mismatch",
        edits=[("一般课题｜14｜112.00｜8.00｜105.12｜93.86%", "一般课题｜14｜112.00｜8.00｜105.12｜88.71%")],
        value="88.71%",
        explanation="一般课题 execution 105.12 / 112.00 = 93.86%; 88.71% divides by the 重点课题 budget 118.50 of the row above (wrong base)",
    ),
    "weifang-nkyjbyw-2021-e2": dict(
        code="average_mismatch",
        edits=[("专家评审平均得分91.6分", "专家评审平均得分91.8分")],
        value="专家评审平均得分91.8分",
        explanation="the five expert scores 92, 90, 93, 91, 92 average 91.6, stated 91.8",
    ),
    "weifang-nkyjbyw-2021-e3": dict(
        code="sum_mismatch",
        edits=[("材料费｜103.50｜98.35｜31.77%", "材料费｜105.30｜98.35｜31.77%")],
        value=("280.90｜265.10｜85.63%", "材料费｜105.30"),
        explanation="直接费用 budget column: 48.00 + 105.30 + 39.80 + 8.60 + 23.50 + 4.50 + 3.20 + 15.30 + 28.60 + 5.90 = 282.70, stated 280.90 (材料费 retyped, 103.50 transposed)",
    ),
    "weifang-nkyjbyw-2021-e4": dict(
        code="score_sum_mismatch",
        edits=[("审（认）定或登记新品种｜≥3个｜2个｜6｜4｜", "审（认）定或登记新品种｜≥3个｜2个｜6｜6｜")],
        value=("2个｜6｜6｜区试延长", "总分｜｜｜｜｜100｜97.42"),
        explanation="新品种 row re-scored 6 without updating the total: 9.48 + 49.94 + 30 + 10 = 99.42, stated 97.42 (and 产出 text 47.94)",
    ),
    "weifang-nkyjbyw-2021-e5": dict(
        code="unit_mismatch",
        edits=[("间接费用中的绩效支出18.20万元", "间接费用中的绩效支出182000万元")],
        value="182000万元",
        explanation="绩效支出 is 18.20万元 in the funds table (182000元); the text writes the 元 figure with the unit 万元 (off by 10^4)",
    ),
    "weifang-nkyjbyw-2021-e6": dict(
        code="year_mismatch",
        edits=[("未执行的16.82万元结转2022年继续使用", "未执行的16.82万元结转2021年继续使用")],
        value="结转2021年继续使用",
        explanation="unspent money of the 2021 budget cannot be carried over to 2021 itself; it goes to 2022",
    ),
    # ---------------- 南通市科学技术局 2023 青年科技人才托举工程 (Jiangsu, Hunan-like outline + MOF table)
    "nantong-qingtuo-2023-e1": dict(
        code="balance_mismatch",
        edits=[("年末结余17.65万元", "年末结余37.65万元")],
        value="年末结余37.65万元",
        explanation="全年预算 580.00 (到位 580.00) − 执行 562.35 = 17.65; 37.65 subtracts from the 年初预算 600.00, ignoring the 20.00 调减",
    ),
    "nantong-qingtuo-2023-e2": dict(
        code="conflicting_values",
        edits=[("二期资金156.60万元按中期考核结果核定", "二期资金165.60万元按中期考核结果核定")],
        value="二期资金165.60万元",
        explanation="section 二 gives the second instalment actually paid as 156.60万元 (165.00 − 8.40 withheld); section 四 restates it as 165.60",
    ),
    "nantong-qingtuo-2023-e3": dict(
        code="grade_mismatch",
        edits=[("评价等级为优秀", "评价等级为良好")],
        value="评价等级为良好",
        explanation="total 96.48 is in the 优 band (≥90); 良好 left from another year's conclusion",
    ),
    "nantong-qingtuo-2023-e4": dict(
        code="completion_mismatch",
        edits=[("获得授权12件，完成率80.00%", "获得授权12件，完成率125.00%")],
        value="完成率125.00%",
        explanation="授权发明专利 target ≥15件, actual 12件: completion 12/15 = 80.00%; 125.00% is the inverted ratio 15/12",
    ),
    "nantong-qingtuo-2023-e5": dict(
        code="implausible_rate",
        edits=[("其他资金｜0.00｜0.00｜0.00｜—｜—｜—", "其他资金｜0.00｜0.00｜0.00｜—｜100%｜—")],
        value="其他资金｜0.00｜0.00｜0.00｜—｜100%",
        explanation="其他资金 row has a zero budget: an execution rate of 100% on a zero base is impossible (should be —)",
    ),
    "nantong-qingtuo-2023-e6": dict(
        code="average_mismatch",
        edits=[("三类平均84.57分", "三类平均84.75分")],
        value="三类平均84.75分",
        explanation="(85.2 + 83.6 + 84.9) / 3 = 84.57 (also the weighted mean by 23/20/15 persons), stated 84.75",
    ),
    # ---------------- 绵阳市农业科学研究院 2019 基本科研业务费 (Sichuan outline + Sichuan 10+90 table)
    "mianyang-nkyjbyw-2019-e1": dict(
        code="weight_sum_mismatch",
        edits=[("培养青年人才｜≥｜人｜10｜11｜6｜6｜", "培养青年人才｜≥｜人｜10｜11｜8｜6｜")],
        value=("11｜8｜6｜", "总分｜｜｜｜｜｜｜100"),
        explanation="培养青年人才 weight left at last year's 8: 产出 weights now 62, all weights 102 against the stated 总分 100",
    ),
    "mianyang-nkyjbyw-2019-e2": dict(
        code="score_exceeds_weight",
        edits=[("课题年度考核合格率｜≥｜%｜95｜100｜8｜8｜", "课题年度考核合格率｜≥｜%｜95｜100｜8｜6｜"),
               ("课题任务书签订及时率｜=｜%｜100｜100｜6｜6｜", "课题任务书签订及时率｜=｜%｜100｜100｜6｜8｜")],
        value="课题任务书签订及时率｜=｜%｜100｜100｜6｜8",
        explanation="scores of two adjacent rows swapped (total unchanged): 签订及时率 scored 8 against a weight of 6",
    ),
    "mianyang-nkyjbyw-2019-e3": dict(
        code="sum_mismatch",
        edits=[("栽培与植保类10项60.00万元", "栽培与植保类10项66.00万元")],
        value="184.00万元，其中育种类8项96.00万元、栽培与植保类10项66.00万元",
        explanation="96.00 + 66.00 + 16.00 + 12.00 = 190.00, stated total 184.00 (栽培与植保类 should be 60.00)",
    ),
    "mianyang-nkyjbyw-2019-e4": dict(
        code="rate_mismatch",
        edits=[("196.84｜—｜93.73%", "196.84｜—｜85.58%")],
        value="85.58%",
        explanation="财政资金 execution 196.84 / 210.00 = 93.73%; 85.58% divides by the whole 230.00 budget (wrong base)",
    ),
    "mianyang-nkyjbyw-2019-e5": dict(
        code="year_mismatch",
        edits=[("于2019年3月12日以绵财教", "于2018年3月12日以绵财教")],
        value="2018年3月12日",
        explanation="2019 年初预算 (绵财教〔2019〕17号) cannot be issued in March 2018; only a December advance of the year before is possible",
    ),
    "mianyang-nkyjbyw-2019-e6": dict(
        code="completion_mismatch",
        edits=[("完成率92.40%", "完成率94.20%")],
        value="完成率94.20%",
        explanation="示范推广 46.2万亩 against ≥50万亩: 92.40%, stated 94.20% (digits transposed)",
    ),
    # ---------------- 日照市科学技术局 2024 市属科研院所人才引育专项 (Shandong, Shanxi-like outline and tables)
    "rizhao-rencaiyinyu-2024-e1": dict(
        code="unit_mismatch",
        edits=[("引进博士到岗率｜8｜≥95%｜100%｜105.26%｜8", "引进博士到岗率｜8｜≥95%｜12人｜105.26%｜8")],
        value="≥95%｜12人",
        explanation="到岗率 target is a percentage (≥95%), the actual is written as a head count (12人)",
    ),
    "rizhao-rencaiyinyu-2024-e2": dict(
        code="balance_mismatch",
        edits=[("支出47.85万元，结余12.15万元", "支出47.85万元，结余12.51万元")],
        value="结余12.51万元",
        explanation="访学进修经费 到位 60.00 − 支出 47.85 = 12.15, stated 12.51",
    ),
    "rizhao-rencaiyinyu-2024-e3": dict(
        code="score_sum_mismatch",
        edits=[("青年骨干访学进修（人）｜6｜≥20人｜16人｜80.00%｜4.80", "青年骨干访学进修（人）｜6｜≥20人｜16人｜80.00%｜6")],
        value=("16人｜80.00%｜6\n", "小计｜｜50｜｜｜｜44.36"),
        explanation="访学 row re-scored 6 without the subtotal: 8 + 7.50 + 6 + 4.80 + 8 + 5.26 + 6 = 45.56, 小计 still 44.36",
    ),
    "rizhao-rencaiyinyu-2024-e4": dict(
        code="implausible_rate",
        edits=[("博士科研启动经费｜180.00｜174.60｜97.00%", "博士科研启动经费｜180.00｜184.60｜102.56%")],
        value="184.60｜102.56%",
        explanation="spending 184.60 above the 180.00 received: a use rate of 102.56% is over 100%",
    ),
    "rizhao-rencaiyinyu-2024-e5": dict(
        code="grade_mismatch",
        edits=[("评价等级为“良好”", "评价等级为“优秀”")],
        value="评价等级为“优秀”",
        explanation="total 89.86 is in the 良 band (80 ≤ s < 90), written 优秀",
    ),
    "rizhao-rencaiyinyu-2024-e6": dict(
        code="weight_sum_mismatch",
        edits=[("技术服务企业和合作社（家）｜10｜≥30家", "技术服务企业和合作社（家）｜12｜≥30家")],
        value=("（家）｜12｜≥30家", "小计｜｜30"),
        explanation="效益 weights 10 + 12 + 10 = 32 against the 小计 30 (and 102 in all)",
    ),
    # ---------------- 南充市农业科学院 2022 部门整体支出 (Sichuan 部门整体 outline + 部门整体 table)
    "nanchong-nkybumen-2022-e1": dict(
        code="conflicting_values",
        edits=[("保障了117名在职职工", "保障了171名在职职工")],
        value="171名在职职工",
        explanation="section 一 gives 在职职工117人 (52 + 41 + 24); the 人员经费 sentence says 171",
    ),
    "nanchong-nkybumen-2022-e2": dict(
        code="score_exceeds_weight",
        edits=[("绩效目标覆盖率｜4｜100%｜100%｜4", "绩效目标覆盖率｜4｜100%｜100%｜5"),
               ("预算调整率｜4｜≤3%｜3.12%｜3.85", "预算调整率｜4｜≤3%｜3.12%｜2.85")],
        value="绩效目标覆盖率｜4｜100%｜100%｜5",
        explanation="one point moved between two adjacent rows (total unchanged): 绩效目标覆盖率 scored 5 against a weight of 4",
    ),
    "nanchong-nkybumen-2022-e3": dict(
        code="average_mismatch",
        edits=[("课题经费项均9.44万元", "课题经费项均10.00万元")],
        value="项均10.00万元",
        explanation="36 课题 with 120.00 + 160.00 + 60.00 = 340.00万元: 项均 9.44; 10.00 divides the whole 360.00 (incl. 平台运行经费) by 36",
    ),
    "nanchong-nkybumen-2022-e4": dict(
        code="year_mismatch",
        edits=[("截至2022年12月31日", "截至2021年12月31日")],
        value="截至2021年12月31日",
        explanation="year-end spending of the 2022 report dated 2021-12-31 (last year's sentence left in)",
    ),
    "nanchong-nkybumen-2022-e5": dict(
        code="balance_mismatch",
        edits=[("结转23.39万元", "结转32.39万元")],
        value="结转32.39万元",
        explanation="种质资源库建设 119.80 − 96.41 = 23.39, stated 32.39",
    ),
    "nanchong-nkybumen-2022-e6": dict(
        code="rate_mismatch",
        edits=[("152.35｜149.90｜98.39%", "152.35｜149.90｜89.39%")],
        value="89.39%",
        explanation="农业科技服务与成果推广 149.90 / 152.35 = 98.39%, stated 89.39%",
    ),
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def apply_edits(clean, edits, name):
    text = clean
    for old, new in edits:
        if clean.count(old) != 1:
            raise SystemExit(f"{name}: edit anchor must occur once in the clean draft: {old!r}")
        text = text.replace(old, new, 1)
    return text


def resolve_value(text, spec, name):
    if isinstance(spec, str):
        return spec
    start, end = spec
    if text.count(start) != 1:
        raise SystemExit(f"{name}: value start must occur once in the case: {start!r}")
    i = text.index(start)
    j = text.find(end, i)
    if j < 0:
        raise SystemExit(f"{name}: value end not found after start: {end!r}")
    return text[i:j + len(end)]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        keys = sorted(k for k in EDITS if k.startswith(pid + "-e"))
        for key in keys:
            spec = EDITS[key]
            text = apply_edits(clean, spec["edits"], key)
            with open(os.path.join(CASES, key + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            value = resolve_value(text, spec["value"], key)
            labels.append({
                "case": key + ".txt",
                "source": pid,
                "clean": False,
                "expected": [{
                    "code": spec["code"],
                    "severity": "error",
                    "value": value,
                    "explanation": spec["explanation"],
                }],
            })
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
