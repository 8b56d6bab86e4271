#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts270 from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in its clean draft.
`where` says whether the slip sits in the prose or in a table (README counts them).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

P1 = "sd-lanling-shixunjidi-2021"
P2 = "gd-xinyi-xuetuzhi-2022"
P3 = "hb-zaoyang-mianxuefei-2018"
P4 = "hlj-zhaodong-shuangshi-2023"
P5 = "nx-qingtongxia-chanjiao-2024"
PROJECTS = [P1, P2, P3, P4, P5]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- P1 Shandong, seed-003 style flattened tables (one cell per line) ----
    (P1, 1, "rate_mismatch", "table",
     "\t96.00\n", "\t96.60\n", "96.60",
     "row (7)=(4)/(2), 省级 column: 230.40 / 240.00 = 96.00%, printed 96.60"),
    (P1, 2, "implausible_rate", "table",
     "(6)=(3)/(2)\n\t100\n\t100\n\t0\n", "(6)=(3)/(2)\n\t100\n\t100\n\t100\n",
     "(6)=(3)/(2)\n\t100\n\t100\n\t100",
     "row (6) 预算到位率, 中央级 column prints 100 although the 中央级 budget (2) is empty (zero base)"),
    (P1, 3, "completion_mismatch", "table",
     "\t96.47%\n", "\t96.74%\n", "96.74%",
     "学生技能等级证书获取率: actual 82% / target ≥85% = 96.47%, 完成率 printed 96.74%"),
    (P1, 4, "grade_mismatch", "prose",
     "自评得分99.23分，等级为优秀", "自评得分99.23分，等级为良好", "等级为良好",
     "99.23 is in the 优 band (≥90), stated 良好"),
    (P1, 5, "average_mismatch", "prose",
     "平均每个实训室540人次", "平均每个实训室504人次", "平均每个实训室504人次",
     "(720 + 560 + 340) / 3 = 540, stated 504"),
    (P1, 6, "balance_mismatch", "prose",
     "预算执行率95.80%，结余12.60万元", "预算执行率95.80%，结余12.06万元", "结余12.06万元",
     "到位 300.00 − 执行 287.40 = 12.60, stated 12.06 (table row (5) and section 三 keep 12.60)"),

    # ---- P2 Guangdong, tab-separated web table ----
    (P2, 1, "score_exceeds_weight", "table",
     "企业师傅人数\t≥20名\t24名\t5\t5\t\n\t\t质量指标\t校企联合开发课程\t≥6门\t5门\t10\t8.33\t",
     "企业师傅人数\t≥20名\t24名\t5\t8.33\t\n\t\t质量指标\t校企联合开发课程\t≥6门\t5门\t10\t5\t",
     "企业师傅人数\t≥20名\t24名\t5\t8.33",
     "scores of two adjacent rows swapped: 企业师傅人数 now scores 8.33 against a weight of 5 (the total still reads 97.90)"),
    (P2, 2, "weight_sum_mismatch", "table",
     "资金拨付及时率\t100%\t100%\t5\t5", "资金拨付及时率\t100%\t100%\t6\t5",
     "资金拨付及时率\t100%\t100%\t6",
     "weights now add to 101 (产出 rows 51 against the 50 stated in section 二); the row's weight was 5"),
    (P2, 3, "grade_mismatch", "table",
     "自评等级\t优", "自评等级\t良", "自评等级\t良",
     "total 97.90 is in the 优 band, the table's grade cell says 良"),
    (P2, 4, "score_sum_mismatch", "prose",
     "产出指标得分48.33分", "产出指标得分48.83分",
     "产出指标得分48.83分、效益指标得分30分、满意度指标得分10分，自评总分97.90分",
     "9.57 + 48.83 + 30 + 10 = 98.40, stated total 97.90 (产出 rows add to 48.33)"),
    (P2, 5, "unit_mismatch", "prose",
     "企业师傅带徒津贴28.80万元", "企业师傅带徒津贴288000万元", "288000万元",
     "a 元 figure labelled 万元: 24 × 12000元 = 28.80万元; the parts add to 76.52 only with 28.80"),
    (P2, 6, "year_mismatch", "prose",
     "结转至2023年", "结转至2022年", "结转至2022年",
     "the unspent part of the 2022 budget is carried over into 2022 itself"),

    # ---- P3 Hubei, PDF text layout (space-aligned columns) ----
    (P3, 1, "rate_mismatch", "prose",
     "执行608.00万元，执行率98.54%", "执行608.00万元，执行率98.45%", "执行608.00万元，执行率98.45%",
     "职业教育中心: 608.00 / 617.00 = 98.54%, stated 98.45%"),
    (P3, 2, "sum_mismatch", "table",
     "812.60", "821.60", "821.60",
     "年度资金总额 全年执行数 832.60 ≠ 当年财政拨款 821.60 + 上年结转 20.00 + 其他 0.00 = 841.60"),
    (P3, 3, "score_exceeds_weight", "table",
     "20    19.89  学期中退学、转学据实核减\n"
     "            质量指标        补助资金足额拨付率        100%            100%        10    10\n",
     "20    10     学期中退学、转学据实核减\n"
     "            质量指标        补助资金足额拨付率        100%            100%        10    19.89\n",
     "补助资金足额拨付率        100%            100%        10    19.89",
     "scores of two adjacent rows swapped: 补助资金足额拨付率 scores 19.89 against a weight of 10 (the total still reads 99.73)"),
    (P3, 4, "conflicting_values", "prose",
     "2017年该项目结转资金20.00万元", "2017年该项目结转资金22.00万元", "结转资金22.00万元",
     "the carry-over from 2017 is 20.00万元 in the sentence before and in the table (上年结转资金 20.00)"),
    (P3, 5, "year_mismatch", "table",
     "（2018年度）", "（2019年度）", "（2019年度）",
     "the 自评表 is headed 2019年度 in a report on 2018"),
    (P3, 6, "implausible_rate", "table",
     "95.6%", "956%", "956%",
     "学生及家长满意度 956% (decimal point dropped): a satisfaction rate above 100%"),

    # ---- P4 Heilongjiang, fullwidth-bar table ----
    (P4, 1, "sum_mismatch", "table",
     "｜38.08｜", "｜38.80｜", "38.80",
     "年度资金总额 全年执行数 41.08 ≠ 当年财政拨款 38.80 + 上年结转 3.00 = 41.80"),
    (P4, 2, "conflicting_values", "table",
     "校本培训人次｜≥120人次｜126人次", "校本培训人次｜≥120人次｜162人次", "校本培训人次｜≥120人次｜162人次",
     "the text gives 126人次 of school-based training (twice), the table 162人次"),
    (P4, 3, "score_sum_mismatch", "table",
     "参训教师满意度｜≥90%｜92%｜10｜10｜\n总分｜｜｜｜｜100｜88.40｜",
     "参训教师满意度｜≥90%｜92%｜10｜9｜\n总分｜｜｜｜｜100｜88.40｜",
     "92%｜10｜9｜\n总分｜｜｜｜｜100｜88.40",
     "row scores now add to 87.40, the 总分 row (and the text) say 88.40"),
    (P4, 4, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀", "自评得分88.40分，评价等级为优秀",
     "88.40 is in the 良 band (80 ≤ s < 90), stated 优秀"),
    (P4, 5, "implausible_rate", "prose",
     "满意度为96.5%", "满意度为965%", "满意度为965%",
     "satisfaction 965% (decimal point dropped) is above 100%"),
    (P4, 6, "balance_mismatch", "prose",
     "结余10.92万元", "结余10.29万元", "结余10.29万元",
     "全年预算/到位 52.00 − 执行 41.08 = 10.92, stated 10.29"),

    # ---- P5 Ningxia, markdown-style pipe table ----
    (P5, 1, "sum_mismatch", "prose",
     "市级配套30.00万元", "市级配套38.00万元", "市级配套38.00万元",
     "年初预算 230.00 ≠ 中央 150.00 + 自治区 50.00 + 市级 38.00 = 238.00"),
    (P5, 2, "completion_mismatch", "prose",
     "实际签约7家，完成率140%", "实际签约7家，完成率104%", "实际签约7家，完成率104%",
     "7家 / ≥5家 = 140%, stated 104%"),
    (P5, 3, "weight_sum_mismatch", "table",
     "设备验收合格率 | 100% | 100% | 10 | 10", "设备验收合格率 | 100% | 100% | 15 | 10",
     "设备验收合格率 | 100% | 100% | 15",
     "weights now add to 105 (产出 55); the row's weight was 10"),
    (P5, 4, "unit_mismatch", "table",
     "≥300人次 | 356人次", "≥300人次 | 118.67%", "≥300人次 | 118.67%",
     "target in 人次, actual entered as a percentage (the completion 356/300), so completion cannot be computed"),
    (P5, 5, "average_mismatch", "prose",
     "平均每家12人", "平均每家14人", "平均每家14人",
     "84 students over 7 wineries = 12, stated 14"),
    (P5, 6, "balance_mismatch", "prose",
     "结余6.32万元", "结余6.23万元", "结余6.23万元",
     "全年预算/到位 242.50 − 执行 236.18 = 6.32, stated 6.23"),
]


def main():
    labels = []
    for src in PROJECTS:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src} e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src} e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
