#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt is written by hand. Every error case is that draft with exactly one
replacement old -> new (old must occur exactly once in the clean draft). The label value is an exact substring
of the error case that contains the changed figure or word.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "hb-wuan-zybjiance-2021",
    "ah-panji-chenfeikangfu-2022",
    "hn-lengshuijiang-zfs-bumen-2020",
    "sc-panzhihua-xiqu-zyjkjc-2024",
    "jx-xiangdong-zhiweipeixun-2019",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- hb-wuan-zybjiance-2021 (full-width bars) ---
    ("hb-wuan-zybjiance-2021", 1, "completion_mismatch", "table",
     "｜452个｜94.17%｜", "｜452个｜91.47%｜", "452个｜91.47%",
     "检测点数 ≥480个, actual 452个: completion 452/480 = 94.17%, stated 91.47%"),
    ("hb-wuan-zybjiance-2021", 2, "rate_mismatch", "table",
     "｜11.85｜94.05%", "｜11.85｜95.04%", "12.60｜11.85｜95.04%",
     "省级补助 execution 11.85/12.60 = 94.05%, stated 95.04%"),
    ("hb-wuan-zybjiance-2021", 3, "sum_mismatch", "table",
     "本级配套｜3.40｜", "本级配套｜3.04｜", "本级配套｜3.04",
     "年初预算数 column: 32.00 + 12.60 + 3.04 = 47.64, total row says 48.00 (and 3.04 + 追加4.60 ≠ 全年8.00)"),
    ("hb-wuan-zybjiance-2021", 4, "average_mismatch", "table",
     "｜≤700元｜620元｜", "｜≤700元｜662元｜", "点位平均检测费用｜≤700元｜662元",
     "average cost per point = 现场采样检测费28.02万元 / 452个点位 = 619.91元 ≈ 620元, stated 662元"),
    ("hb-wuan-zybjiance-2021", 5, "conflicting_values", "prose",
     "全年共对64家用人单位", "全年共对46家用人单位", "全年共对46家用人单位",
     "text says 46 units monitored, the indicator table says 64家 (completion 106.67% is computed from 64)"),
    ("hb-wuan-zybjiance-2021", 6, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "综合得分98.55分 is in the 优 band (≥90)"),

    # --- ah-panji-chenfeikangfu-2022 (ASCII pipes, weights in headings) ---
    ("ah-panji-chenfeikangfu-2022", 1, "weight_sum_mismatch", "table",
     "| 2022年8月 | 5 | 5 |", "| 2022年8月 | 8 | 5 |", "2022年8月 | 8 | 5",
     "产出 row weights 10+10+10+5+8+10 = 53 under the heading 产出指标（50分）; all weights now total 103"),
    ("ah-panji-chenfeikangfu-2022", 2, "balance_mismatch", "prose",
     "年末结余3.18万元", "年末结余3.81万元", "年末结余3.81万元",
     "到位60.00 − 支出56.82 = 3.18万元, stated 3.81万元"),
    ("ah-panji-chenfeikangfu-2022", 3, "year_mismatch", "prose",
     "已结转至2023年使用", "已结转至2022年使用", "结转至2022年",
     "the balance of the 2022 budget is carried over to 2022 itself; must be a later year (2023)"),
    ("ah-panji-chenfeikangfu-2022", 4, "implausible_rate", "table",
     "| ≥90% | 95.2% |", "| ≥90% | 105.2% |", "≥90% | 105.2%",
     "患者及家属满意度 105.2% is above 100%"),
    ("ah-panji-chenfeikangfu-2022", 5, "average_mismatch", "prose",
     "平均每站9.60万元", "平均每站9.80万元", "平均每站9.80万元",
     "38.40万元 / 4个站点 = 9.60万元, stated 9.80万元"),
    ("ah-panji-chenfeikangfu-2022", 6, "score_sum_mismatch", "prose",
     "产出指标合计得分49.84分", "产出指标合计得分48.94分", "产出指标合计得分48.94分",
     "产出 rows 10+10+10+4.84+5+10 = 49.84, stated 48.94; 9.47 + 48.94 + 29.40 + 10 = 97.81 ≠ 自评得分98.71"),

    # --- hn-lengshuijiang-zfs-bumen-2020 (tab-separated, 部门整体) ---
    ("hn-lengshuijiang-zfs-bumen-2020", 1, "sum_mismatch", "table",
     "事业收入\t98.50\t", "事业收入\t89.50\t", "事业收入\t89.50",
     "2020 column: 612.30 + 89.50 + 15.68 = 717.48, 收入合计 says 726.48"),
    ("hn-lengshuijiang-zfs-bumen-2020", 2, "rate_mismatch", "table",
     "\t100%\t96.53%\t", "\t100%\t95.63%\t", "100%\t95.63%",
     "部门预算执行率 = 701.26 / 726.48 = 96.53%, stated 95.63%"),
    ("hn-lengshuijiang-zfs-bumen-2020", 3, "unit_mismatch", "table",
     "≥13000人\t12634人\t", "≥13000人\t97.18%\t", "≥13000人\t97.18%",
     "target counted in 人, actual given as a percentage (the completion rate typed into the 实际完成值 column)"),
    ("hn-lengshuijiang-zfs-bumen-2020", 4, "balance_mismatch", "prose",
     "年末结转结余25.22万元", "年末结转结余22.52万元", "年末结转结余22.52万元",
     "可用资金726.48 − 支出701.26 = 25.22万元, stated 22.52万元"),
    ("hn-lengshuijiang-zfs-bumen-2020", 5, "score_sum_mismatch", "table",
     "≥300人\t288人\t9.60", "≥300人\t288人\t9.06", "288人\t9.06",
     "row scores now sum to 96.73, table 合计 and text say 97.27"),
    ("hn-lengshuijiang-zfs-bumen-2020", 6, "year_mismatch", "table",
     "评价年度\t2020年", "评价年度\t2021年", "评价年度\t2021年",
     "the table claims 评价年度2021 in the 2020 report (title, funds and text are 2020)"),

    # --- sc-panzhihua-xiqu-zyjkjc-2024 (runs of spaces, Sichuan 10 + 60 + 30) ---
    ("sc-panzhihua-xiqu-zyjkjc-2024", 1, "score_exceeds_weight", "table",
     "87.3        10    9.7", "87.3        10    10.1", "87.3        10    10.1",
     "档案完整率 score 10.1 above its weight 10 (row sum 89.4 still rounds to the stated 89, so no sum error)"),
    ("sc-panzhihua-xiqu-zyjkjc-2024", 2, "rate_mismatch", "table",
     "26.60       69.09%", "26.60       69.90%", "26.60       69.90%",
     "财政资金 execution 26.60 / 38.50 = 69.09%, stated 69.90%"),
    ("sc-panzhihua-xiqu-zyjkjc-2024", 3, "unit_mismatch", "prose",
     "筛查影像及耗材4.22万元", "筛查影像及耗材42200万元", "42200万元",
     "42200 is the amount in 元 written with 万元: 23.94 + 42200 + 2.44 ≠ 30.60, reconciled exactly by 42200元 = 4.22万元"),
    ("sc-panzhihua-xiqu-zyjkjc-2024", 4, "weight_sum_mismatch", "table",
     "99.2        10    10", "99.2        12    10", "99.2        12",
     "体检报告规范率 weight 12: weights now total 102, 合计 says 100"),
    ("sc-panzhihua-xiqu-zyjkjc-2024", 5, "year_mismatch", "prose",
     "截至2024年12月31日", "截至2023年12月31日", "截至2023年12月31日",
     "the 2024 report gives its completion figures as of the end of 2023"),
    ("sc-panzhihua-xiqu-zyjkjc-2024", 6, "grade_mismatch", "prose",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "自评得分89分 is in the 良 band (80–90)"),

    # --- jx-xiangdong-zhiweipeixun-2019 (prose only) ---
    ("jx-xiangdong-zhiweipeixun-2019", 1, "average_mismatch", "prose",
     "平均87.5分", "平均88.5分", "平均88.5分",
     "(85 + 88 + 91 + 84 + 90 + 87) / 6 = 87.5, stated 88.5"),
    ("jx-xiangdong-zhiweipeixun-2019", 2, "completion_mismatch", "prose",
     "完成率115.2%", "完成率112.5%", "完成率112.5%",
     "1152人次 / 1000人次 = 115.2%, stated 112.5%"),
    ("jx-xiangdong-zhiweipeixun-2019", 3, "implausible_rate", "prose",
     "满意度为98.7%", "满意度为108.7%", "满意度为108.7%",
     "学员满意度 108.7% is above 100%"),
    ("jx-xiangdong-zhiweipeixun-2019", 4, "conflicting_values", "prose",
     "实际覆盖128家", "实际覆盖182家", "实际覆盖182家",
     "the indicator says 182 enterprises covered, section 三 says 128家 (74 + 21 + 33, base of the 整改率)"),
    ("jx-xiangdong-zhiweipeixun-2019", 5, "score_exceeds_weight", "prose",
     "按比例计得9.8分", "按比例计得10.2分", "按比例计得10.2分",
     "企业整改率 weight 10 (stated in brackets), score 10.2 (total 98.4 still rounds to the stated 98)"),
    ("jx-xiangdong-zhiweipeixun-2019", 6, "sum_mismatch", "prose",
     "工业陶瓷企业74家", "工业陶瓷企业47家", "工业陶瓷企业47家",
     "47 + 21 + 33 = 101, stated total 128家"),
]

YEAR = re.compile(r"^(19|20)\d\d$")


def changed_token(clean, start, old, new):
    """The figure or word that the edit changes, as it reads in the clean draft."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    a, b = start + p, start + len(old) - s
    if re.match(r"[\d.]", clean[a:b] or clean[a - 1:a]):
        while a > 0 and re.match(r"[\d.]", clean[a - 1]):
            a -= 1
        while b < len(clean) and re.match(r"[\d.]", clean[b]):
            b += 1
        return clean[a:b], True
    return clean[a:b], False


def main():
    labels = []
    problems = []
    for pid in PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": pid + "-clean.txt", "source": pid, "clean": True, "expected": []})
        for (proj, n, code, where, old, new, value, expl) in [e for e in EDITS if e[0] == pid]:
            cnt = clean.count(old)
            if cnt != 1:
                problems.append(f"{pid}-e{n}: old {old!r} occurs {cnt} times")
                continue
            start = clean.index(old)
            err = clean.replace(old, new)
            if value not in err:
                problems.append(f"{pid}-e{n}: value {value!r} not in error case")
            tok, numeric = changed_token(clean, start, old, new)
            if numeric and not YEAR.match(tok) and len(tok.replace(".", "")) > 2:
                occ = len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d.])", clean))
                allowed = 2 if code == "conflicting_values" else 1
                if occ > allowed:
                    problems.append(f"{pid}-e{n}: changed figure {tok} occurs {occ} times in the clean draft")
            elif not numeric:
                occ = clean.count(tok)
                if occ != 1:
                    problems.append(f"{pid}-e{n}: changed word {tok!r} occurs {occ} times in the clean draft")
            with open(os.path.join(CASES, f"{pid}-e{n}.txt"), "w", encoding="utf-8") as f:
                f.write(err)
            labels.append({"case": f"{pid}-e{n}.txt", "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"built {len(labels)} cases ({sum(1 for r in labels if not r['clean'])} with errors)")


if __name__ == "__main__":
    main()
