#!/usr/bin/env python3
"""Write the error cases (one contiguous edit of a clean draft each) and labels.jsonl."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "hlj-qiqihar-jiuzhuzhan-2018"
P2 = "js-yancheng-jiuzhuzhan-bumen-2020"
P3 = "gz-bozhou-zhanwaijiuzhu-2021"
P4 = "heb-xingtai-xunqinsonghuan-2023"
P5 = "sn-baoji-jiuzhuzhan-2025"
PROJECTS = [P1, P2, P3, P4, P5]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    (P1, 1, "rate_mismatch", "table",
     "100.00%\n93.98%\n100.00%", "100.00%\n93.89%\n100.00%",
     "执行率\n95.12%\n100.00%\n93.89%\n100.00%",
     "表1 市级资金 执行率: 244.36 / 260.00 = 93.98%, stated 93.89%"),
    (P1, 2, "balance_mismatch", "prose",
     "年末结余15.64 万元", "年末结余16.54 万元", "年末结余16.54 万元",
     "all 320.40 received, 304.76 spent: 结余 = 15.64, stated 16.54 (表1 keeps 15.64)"),
    (P1, 3, "score_sum_mismatch", "table",
     "总分\n100\n99.01", "总分\n100\n99.10", "总分\n100\n99.10",
     "9.51 + row scores 50 + 29.50 + 10 = 99.01; table total 99.10"),
    (P1, 4, "year_mismatch", "prose",
     "至2019 年继续用于救助工作", "至2018 年继续用于救助工作", "结转\n至2018 年继续用于救助工作",
     "unspent money of the 2018 budget carried over to 2018 itself; must be a later year"),
    (P1, 5, "average_mismatch", "prose",
     "季度平均356.50 人次", "季度平均365.50 人次", "季度平均365.50 人次",
     "(312 + 286 + 351 + 477) / 4 = 356.50, stated 365.50"),
    (P1, 6, "unit_mismatch", "table",
     "≥300次\n336次", "≥300次\n100%", "街面巡查次数\n≥300次\n100%\n10\n10",
     "target in 次 (≥300次), actual given as a percentage; completion cannot be computed"),

    (P2, 1, "sum_mismatch", "prose",
     "资金11.40 万元", "资金14.10 万元", "上年结转\n资金14.10 万元",
     "财政拨款 628.60 + 上年结转 14.10 = 642.70 ≠ 全年预算 640.00"),
    (P2, 2, "conflicting_values", "prose",
     "救助支出35.92 万元", "救助支出39.52 万元", "街面巡查及站外救助支出39.52 万元",
     "表1 gives 街面巡查及站外救助 实际支出 35.92 (the items sum to 218.47 with it)"),
    (P2, 3, "completion_mismatch", "table",
     "262 次\n109.17%", "262 次\n109.71%", "街面巡查次数\n≥240 次\n262 次\n109.71%\n10\n10",
     "262 / 240 = 109.17%, stated 109.71%"),
    (P2, 4, "weight_sum_mismatch", "table",
     "99.2%\n101.22%\n10\n10", "99.2%\n101.22%\n12\n10", "信息录入及时率\n≥98%\n99.2%\n101.22%\n12\n10",
     "weights now total 102 (信息录入及时率 10 → 12); table 合计 still 100"),
    (P2, 5, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "自评总分99.32 分，评价等级为“良”",
     "99.32 is in the 优 band (≥90)"),
    (P2, 6, "average_mismatch", "prose",
     "人均生活救助支出413.47 元", "人均生活救助支出431.47 元", "全年人均生活救助支出431.47 元",
     "生活救助 896,400元 / 2,168人次 = 413.47元, stated 431.47"),

    (P3, 1, "rate_mismatch", "prose",
     "资金到位率96.91%", "资金到位率96.19%", "资金到位率96.19%",
     "到位 100.30 / 全年预算 103.50 = 96.91%, stated 96.19% (表1 keeps 96.91%)"),
    (P3, 2, "implausible_rate", "table",
     "上年结转资金\n0.00\n0.00\n0.00\n—\n—", "上年结转资金\n0.00\n0.00\n0.00\n—\n100.00%",
     "上年结转资金\n0.00\n0.00\n0.00\n—\n100.00%\n—",
     "自评表 上年结转资金: execution rate 100.00% on a 0.00 budget"),
    (P3, 3, "score_exceeds_weight", "table",
     "10\n10\n\n冬季站外救助人次\n≥600人次\n571人次\n95.17%\n10\n9.52",
     "10\n10.5\n\n冬季站外救助人次\n≥600人次\n571人次\n95.17%\n10\n9.02",
     "街面巡查次数\n≥500次\n548次\n109.60%\n10\n10.5",
     "街面巡查次数 scored 10.5 against a weight of 10 (next row lowered 9.52 → 9.02 so the total 98.14 still holds)"),
    (P3, 4, "completion_mismatch", "table",
     "571人次\n95.17%", "571人次\n95.71%", "冬季站外救助人次\n≥600人次\n571人次\n95.71%\n10\n9.52",
     "571 / 600 = 95.17%, stated 95.71%"),
    (P3, 5, "sum_mismatch", "table",
     "其中：当年财政拨款\n86.00", "其中：当年财政拨款\n68.00", "其中：当年财政拨款\n68.00\n103.50\n97.85\n—\n94.54%\n—",
     "自评表 年初预算数: 68.00 + 0.00 + 0.00 ≠ 年度资金总额 86.00"),
    (P3, 6, "unit_mismatch", "prose",
     "寒冬送温暖物资支出25.88 万元", "寒冬送温暖物资支出258800 万元", "寒冬送温暖物资支出258800 万元",
     "25.88万元 (258,800元) written with the unit 万元: off by 10^4 against 表2"),

    (P4, 1, "balance_mismatch", "prose",
     "托养费结余29.60 万元", "托养费结余26.90 万元", "托养费结余26.90 万元",
     "委托托养费 128.00 − 98.40 = 29.60, stated 26.90"),
    (P4, 2, "grade_mismatch", "prose",
     "评价等级为“良”", "评价等级为“优”", "自评总分87.70 分，评价等级为“优”",
     "87.70 is in the 良 band (80–90)"),
    (P4, 3, "conflicting_values", "prose",
     "方式为104 名滞留人员", "方式为140 名滞留人员", "为140 名滞留人员找到亲人",
     "自评表 gives 寻亲成功送返人数 104人 (scored 8.67 = 10 × 104/120)"),
    (P4, 4, "score_exceeds_weight", "table",
     "113 人\n10\n10\n\nDNA采血人数\n≥150 人\n162 人\n5\n5",
     "113 人\n10\n10.33\n\nDNA采血人数\n≥150 人\n162 人\n5\n4.67",
     "托养滞留人员\n≥100 人\n113 人\n10\n10.33",
     "托养滞留人员 scored 10.33 against a weight of 10 (DNA row lowered 5 → 4.67 so the total 87.70 still holds)"),
    (P4, 5, "year_mismatch", "prose",
     "截至2023 年12 月31 日", "截至2022 年12 月31 日", "截至2022 年12 月31 日",
     "execution figures of the 2023 report dated to the end of 2022"),
    (P4, 6, "weight_sum_mismatch", "table",
     "5 天\n5\n5", "5 天\n8\n5", "寻亲公告发布时间\n≤7 天\n5 天\n8\n5",
     "weights now total 103 (寻亲公告发布时间 5 → 8); table 总分 still 100"),

    (P5, 1, "implausible_rate", "prose",
     "回访满意率97.7%", "回访满意率107.7%", "回访满意率107.7%",
     "a satisfaction rate above 100%"),
    (P5, 2, "score_sum_mismatch", "prose",
     "自评得分99.35 分", "自评得分99.53 分", "自评得分99.53 分",
     "9.72 + 50 + 29.63 + 10 = 99.35 (table 99.35); text says 99.53"),
    (P5, 3, "completion_mismatch", "table",
     "947人次     105.22%", "947人次     102.52%",
     "产出指标    数量指标      救助人次          ≥900人次      947人次     102.52%    10     10",
     "947 / 900 = 105.22%, stated 102.52%"),
    (P5, 4, "rate_mismatch", "table",
     "158.74    10   97.21%    9.72", "158.74    10   97.12%    9.72",
     "项目资金      年度资金总额         146.00      163.30      158.74    10   97.12%    9.72",
     "158.74 / 163.30 = 97.21%, stated 97.12%"),
    (P5, 5, "sum_mismatch", "prose",
     "126 件、148 件、97 件", "126 件、184 件、97 件", "126 件、184 件、97 件（套），合计371 件（套）",
     "126 + 184 + 97 = 407 ≠ 合计 371"),
    (P5, 6, "year_mismatch", "table",
     "（2025年度）", "（2024年度）", "（2024年度）",
     "自评表 header names 2024 in the 2025 report"),
]


def main():
    labels = []
    for pid in PROJECTS:
        labels.append({"case": f"{pid}-clean.txt", "source": pid, "clean": True, "expected": []})
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        for p, n, code, where, old, new, value, expl in EDITS:
            if p != pid:
                continue
            assert clean.count(old) == 1, (pid, n, old, clean.count(old))
            text = clean.replace(old, new)
            assert text.count(value) == 1, (pid, n, value, text.count(value))
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value, "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} labels")


if __name__ == "__main__":
    main()
