#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt gets six copies cases/<id>-e1.txt ... -e6.txt, each with exactly
one edit from EDITS below (an exact old -> new replacement that must match exactly once in the clean
draft). labels.jsonl gets one line per case in the format of the dev set.
Standard library only.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-fushan-huzheng-2021",
    "hn-chenxi-huzhengban-2019",
    "yn-fengqing-huzhengbianmin-2023",
    "gz-congjiang-mianfeibanzheng-2018",
    "ah-chuzhou-zhizhengzhongxin-bumen-2024",
]

# (project, code, where, old, new, value, explanation)
EDITS = [
    # ---- 山西 浮山县公安局 2021 (Word copy, one cell per line, funds table with 行次) ----
    ("sx-fushan-huzheng-2021", "sum_mismatch", "table",
     "(5a)\n\t1.80", "(5a)\n\t1.08",
     "(5a)\n\t1.08",
     "结转下年 (5a) total column 1.08 + 上缴财政 (5b) 0.65 = 1.73, but 资金结余 (5) is 2.45; the 小计/县区级 cells of the same row still read 1.80"),
    ("sx-fushan-huzheng-2021", "rate_mismatch", "table",
     "92.48", "92.84",
     "92.84",
     "预算执行率 (7)=(4)/(2), 县区级 column: 30.15 / 32.60 = 92.48%, printed 92.84"),
    ("sx-fushan-huzheng-2021", "implausible_rate", "table",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0", "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "预算到位率 of the 中央级 column printed 100 although that column has no budget (zero base); only 0 or blank is tolerated there"),
    ("sx-fushan-huzheng-2021", "completion_mismatch", "table",
     "107.43%", "104.73%",
     "21486张\n\t104.73%",
     "附件1 受理居民身份证数量: 21486 / 20000 = 107.43%, printed 104.73%"),
    ("sx-fushan-huzheng-2021", "score_sum_mismatch", "table",
     "13.33", "13.83",
     "88.89%\n\t13.83",
     "附件1 row scores 9.43 + 5×10 + 15 + 13.83 + 10 = 98.26, but 合计 and the text give 97.76"),
    ("sx-fushan-huzheng-2021", "year_mismatch", "prose",
     "结转至2022年继续使用", "结转至2021年继续使用",
     "结转至2021年",
     "money left over from the 2021 budget is carried over to 2021 itself; the carry-over must go to a later year (2022)"),

    # ---- 湖南 辰溪县公安局 2019 (Hunan outline, 自评表 copied from a PDF with single spaces) ----
    ("hn-chenxi-huzhengban-2019", "unit_mismatch", "prose",
     "计22,500元", "计22,500万元",
     "计22,500万元",
     "1,125张 × 20元 = 22,500元 (2.25万元); labelled 万元 the spending items no longer add up to 56.21万元 — reconciled exactly by reading the amount in 元 (off by 10^4)"),
    ("hn-chenxi-huzhengban-2019", "grade_mismatch", "prose",
     "评价等级为\"优\"", "评价等级为\"良\"",
     "评价等级为\"良\"",
     "total 99.27 lies in the 优 band (90–100), stated 良"),
    ("hn-chenxi-huzhengban-2019", "conflicting_values", "table",
     "32765张 15 15", "32675张 15 15",
     "32675张 15 15",
     "受理居民身份证 actual 32675张 in the 自评表, but 32,765张 in the text (the four quarters add to 32,765) and in the goal row of the same table"),
    ("hn-chenxi-huzhengban-2019", "weight_sum_mismatch", "table",
     "1.2次 15 15", "1.2次 16 15",
     "1.2次 16 15",
     "分值 now 10 + 15 + 5 + 10 + 10 + 10 + 16 + 15 + 10 = 101, 总分 says 100"),
    ("hn-chenxi-huzhengban-2019", "rate_mismatch", "prose",
     "按时办结率98.80%", "按时办结率98.08%",
     "按时办结率98.08%",
     "32,371 / 32,765 = 98.80%, stated 98.08%"),
    ("hn-chenxi-huzhengban-2019", "average_mismatch", "prose",
     "季均8,191张", "季均8,911张",
     "季均8,911张",
     "(7,104 + 8,236 + 9,018 + 8,407) / 4 = 8,191.25, stated 8,911"),

    # ---- 云南 凤庆县公安局 2023 (web page with header/footer, 自评表 copied from a browser, tab cells) ----
    ("yn-fengqing-huzhengbianmin-2023", "score_exceeds_weight", "prose",
     "我局得19.5分", "我局得91.5分",
     "我局得91.5分",
     "户政工作考核 item is worth 20 points (该项满分20分) but the score given is 91.5"),
    ("yn-fengqing-huzhengbianmin-2023", "balance_mismatch", "prose",
     "年末结余3.64万元", "年末结余3.46万元",
     "年末结余3.46万元",
     "到位 76.50 − 支出 72.86 = 3.64万元, stated 3.46"),
    ("yn-fengqing-huzhengbianmin-2023", "completion_mismatch", "prose",
     "（90%）的92.59%", "（90%）的95.29%",
     "（90%）的95.29%",
     "达标率 83.33% against the 90% target = 92.59%, stated 95.29%"),
    ("yn-fengqing-huzhengbianmin-2023", "unit_mismatch", "table",
     "≤15个工作日\t9个工作日", "≤15个工作日\t100%",
     "≤15个工作日\t100%",
     "证件平均制发时限: target in 个工作日, actual given as a percentage — completion cannot be computed"),
    ("yn-fengqing-huzhengbianmin-2023", "conflicting_values", "prose",
     "满意率97.8%", "满意率98.7%",
     "满意率98.7%",
     "the text gives 办证群众满意度 98.7%, the 自评表 97.8%"),
    ("yn-fengqing-huzhengbianmin-2023", "sum_mismatch", "table",
     "72.00\t68.36", "72.00\t68.63",
     "72.00\t68.63",
     "全年执行数: 当年财政拨款 68.63 + 上年结转 4.50 + 其他 0.00 = 73.13 ≠ 年度资金总额 72.86"),

    # ---- 贵州 从江县公安局 2018 (free ID cards for registered poor households, ｜ tables) ----
    ("gz-congjiang-mianfeibanzheng-2018", "grade_mismatch", "table",
     "自评等级：优", "自评等级：良",
     "自评等级：良",
     "总分 97.70 lies in the 优 band, the table states 良"),
    ("gz-congjiang-mianfeibanzheng-2018", "average_mismatch", "table",
     "平均每片区｜—｜1,612.5", "平均每片区｜—｜1,621.5",
     "平均每片区｜—｜1,621.5",
     "(1,735 + 1,620 + 1,802 + 1,293) / 4 = 1,612.5, table says 1,621.5"),
    ("gz-congjiang-mianfeibanzheng-2018", "implausible_rate", "prose",
     "满意率为98.6%", "满意率为108.6%",
     "满意率为108.6%",
     "a satisfaction rate cannot exceed 100%"),
    ("gz-congjiang-mianfeibanzheng-2018", "sum_mismatch", "prose",
     "1,896张", "1,869张",
     "1,869张",
     "quarters 1,218 + 1,869 + 2,057 + 1,279 = 6,423 ≠ 6,450张 stated as the year's total"),
    ("gz-congjiang-mianfeibanzheng-2018", "year_mismatch", "table",
     "（2018年度）", "（2019年度）",
     "（2019年度）",
     "the 自评表 claims 2019 while the report, its funds and its indicators are for 2018 (the 2019 填报日期 is legitimate)"),
    ("gz-congjiang-mianfeibanzheng-2018", "score_sum_mismatch", "prose",
     "效益指标28分", "效益指标26分",
     "效益指标26分",
     "9.70 + 50 + 26 + 10 = 95.70 ≠ 97.7; the 效益 rows of the 自评表 score 20 + 8 = 28"),

    # ---- 安徽 滁州市公安局居民身份证制证中心 2024 (部门整体支出绩效自评报告, tab tables) ----
    ("ah-chuzhou-zhizhengzhongxin-bumen-2024", "score_exceeds_weight", "table",
     "100\t96.5", "100\t106.5",
     "100\t106.5",
     "项目 1 scored 106.5 against a 满分 of 100"),
    ("ah-chuzhou-zhizhengzhongxin-bumen-2024", "rate_mismatch", "table",
     "93.39%", "93.93%",
     "93.93%",
     "项目 2: 90.12 / 96.50 = 93.39%, printed 93.93%"),
    ("ah-chuzhou-zhizhengzhongxin-bumen-2024", "weight_sum_mismatch", "table",
     "40.16万张\t15\t15", "40.16万张\t16\t15",
     "40.16万张\t16",
     "表2 分值 now total 101 (产出 rows 16 + 10 + 10 + 5 = 41 against the 40 stated for 产出)"),
    ("ah-chuzhou-zhizhengzhongxin-bumen-2024", "balance_mismatch", "prose",
     "项目支出结余13.76万元", "项目支出结余13.67万元",
     "项目支出结余13.67万元",
     "项目支出 全年预算 370.50 − 执行 356.74 = 13.76万元 (funds fully received), stated 13.67"),
    ("ah-chuzhou-zhizhengzhongxin-bumen-2024", "conflicting_values", "prose",
     "中心全年共制发居民身份证40.16万张", "中心全年共制发居民身份证41.06万张",
     "制发居民身份证41.06万张",
     "the overview gives 41.06万张 for the year's output, section 四 and 表2 give 40.16万张"),
    ("ah-chuzhou-zhizhengzhongxin-bumen-2024", "completion_mismatch", "prose",
     "（38万张）的105.68%", "（38万张）的106.58%",
     "（38万张）的106.58%",
     "40.16 / 38 = 105.68%, stated 106.58%"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = [e for e in EDITS if e[0] == pid]
        if len(edits) != 6:
            sys.exit(f"{pid}: {len(edits)} edits, expected 6")
        for n, (_, code, where, old, new, value, expl) in enumerate(edits, 1):
            count = clean.count(old)
            if count != 1:
                sys.exit(f"{pid} e{n}: old string matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{pid} e{n}: label value not in the error case: {value!r}")
            name = f"{pid}-e{n}.txt"
            write(os.path.join(CASES, name), text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(PROJECTS)} clean, {len(labels) - len(PROJECTS)} with one error)")


if __name__ == "__main__":
    main()
