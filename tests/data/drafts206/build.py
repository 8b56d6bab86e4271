#!/usr/bin/env python3
"""Build the n206 error cases and labels.jsonl from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
of its source.  The error case is the clean draft with that one replacement applied.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "ah-lingbi-cunzuzhi-2022",
    "hb-laifeng-dangyuanpeixun-2020",
    "gs-shandan-dangjianshifan-2023",
    "xj-qitai-rencaiyinjin-2024",
    "tj-xiqing-laoganbu-2019",
]

T = "\t"

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A: Anhui, Lingbi, 村级组织运转经费 2022 (Word table flattened: one cell per line, tab-indented)
    ("ah-lingbi-cunzuzhi-2022", 1, "rate_mismatch", "prose",
     "回收率98.83%", "回收率98.38%", "回收率98.38%",
     "1,186 of 1,200 questionnaires returned = 98.83%, stated 98.38% (digits transposed)"),
    ("ah-lingbi-cunzuzhi-2022", 2, "balance_mismatch", "prose",
     "结余14.04万元", "结余14.40万元", "结余14.40万元",
     "received 4,712.40 - spent 4,698.36 = 14.04万元, stated 14.40"),
    ("ah-lingbi-cunzuzhi-2022", 3, "sum_mismatch", "prose",
     "服务群众专项经费733.00万元", "服务群众专项经费773.00万元", "服务群众专项经费773.00万元",
     "3,351.36 + 614.00 + 773.00 = 4,738.36, but the total spent is stated as 4,698.36万元"),
    ("ah-lingbi-cunzuzhi-2022", 4, "completion_mismatch", "table",
     "1546人\n\t100.72%", "1546人\n\t100.27%", "1546人\n\t100.27%",
     "target ≥1535人, actual 1546人: completion 100.72%, table prints 100.27%"),
    ("ah-lingbi-cunzuzhi-2022", 5, "score_exceeds_weight", "table",
     "307个\n\t100%\n\t15\n\t\n\n\t\n\t\n\t村“两委”干部报酬发放人数\n\t10\n\t≥1535人\n\t1546人\n\t100.72%\n\t10\n",
     "307个\n\t100%\n\t10\n\t\n\n\t\n\t\n\t村“两委”干部报酬发放人数\n\t10\n\t≥1535人\n\t1546人\n\t100.72%\n\t15\n",
     "100.72%\n\t15",
     "row 村“两委”干部报酬发放人数 has 分值 10 but 得分 15 (scores of the two 数量指标 rows swapped, total unchanged)"),
    ("ah-lingbi-cunzuzhi-2022", 6, "weight_sum_mismatch", "table",
     "群众满意度\n\t5\n\t≥85%", "群众满意度\n\t6\n\t≥85%", "群众满意度\n\t6",
     "分值 10 (funds) + 50 + 30 + 5 + 6 = 101; satisfaction block now 11 against 10"),

    # ---- B: Hubei, Laifeng, 党员教育培训经费 2020 (web table, tab-separated rows)
    ("hb-laifeng-dangyuanpeixun-2020", 1, "grade_mismatch", "prose",
     "自评等级为良好", "自评等级为优秀", "自评等级为优秀",
     "total 89.95 is below 90, band 良 (良好), stated 优秀"),
    ("hb-laifeng-dangyuanpeixun-2020", 2, "score_sum_mismatch", "table",
     "2760人次\t10\t9.20", "2760人次\t10\t9.02", "2760人次\t10\t9.02",
     "row scores 8.90+7.00+9.02+10+10+10+13+12+9.85 = 89.77, stated total 89.95 (and 产出 subtotal 46.20)"),
    ("hb-laifeng-dangyuanpeixun-2020", 3, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "execution rate 100.00% printed on a zero base (其他资金 0.00 / 0.00)"),
    ("hb-laifeng-dangyuanpeixun-2020", 4, "unit_mismatch", "table",
     "≥20期\t14期", "≥20期\t70%", "≥20期\t70%",
     "target in 期 (≥20期) but 实际完成值 given as a percentage (70%)"),
    ("hb-laifeng-dangyuanpeixun-2020", 5, "conflicting_values", "prose",
     "参训人员考核合格率98.60%。", "参训人员考核合格率96.80%。", "考核合格率96.80%",
     "same pass rate is 98.60% in the 自评表 (goal block and indicator row), 96.80% in the text"),
    ("hb-laifeng-dangyuanpeixun-2020", 6, "year_mismatch", "prose",
     "结转至2021年使用", "结转至2020年使用", "结转至2020年",
     "unspent 2020 money cannot be carried over to 2020; carry-over goes to 2021"),

    # ---- C: Gansu, Shandan, 基层党建示范点 2023 (PDF copy, space-separated cells, wrapped lines)
    ("gs-shandan-dangjianshifan-2023", 1, "implausible_rate", "prose",
     "认可率为98.5%", "认可率为985%", "认可率为985%",
     "an approval rate of 985% is impossible (decimal point dropped)"),
    ("gs-shandan-dangjianshifan-2023", 2, "average_mismatch", "prose",
     "平均每个示范点带动3.4个", "平均每个示范点带动4.3个", "平均每个示范点带动4.3个",
     "34 villages over 10 new demonstration points = 3.4 each, stated 4.3"),
    ("gs-shandan-dangjianshifan-2023", 3, "sum_mismatch", "table",
     "市级补助资金 30.00 30.00", "市级补助资金 3.00 30.00", "市级补助资金 3.00",
     "年初预算 column: 40.00 + 3.00 + 40.00 = 83.00, 合计 row says 110.00"),
    ("gs-shandan-dangjianshifan-2023", 4, "completion_mismatch", "prose",
     "完成目标的113.33%", "完成目标的133.33%", "完成目标的133.33%",
     "34 of a target of 30 = 113.33%, stated 133.33%"),
    ("gs-shandan-dangjianshifan-2023", 5, "weight_sum_mismatch", "table",
     "2023年11月 5 5", "2023年11月 6 5", "2023年11月 6 5",
     "weights 10 + 15+10+10+6+10 + 10+10+10 + 10 = 101; 产出 block 51 against 50"),
    ("gs-shandan-dangjianshifan-2023", 6, "year_mismatch", "table",
     "（2023年度）", "（2022年度）", "（2022年度）",
     "the 自评表 is headed 2022年度 while the report and the table's project are 2023"),

    # ---- D: Xinjiang, Qitai, 人才引进工程 2024 (web table, full-width bars)
    ("xj-qitai-rencaiyinjin-2024", 1, "average_mismatch", "prose",
     "91.8%、92.6%、92.8%", "91.8%、92.6%、93.8%", "91.8%、92.6%、93.8%，平均92.40%",
     "mean of 91.8, 92.6, 93.8 = 92.73%, stated 92.40%"),
    ("xj-qitai-rencaiyinjin-2024", 2, "unit_mismatch", "prose",
     "生活补贴118.56万元", "生活补贴1185600万元", "1185600万元",
     "1,185,600元 written as 万元; 310.00 + 118.56 + 23.60 = 452.16 only with 118.56万元"),
    ("xj-qitai-rencaiyinjin-2024", 3, "score_exceeds_weight", "table",
     "补贴发放及时率｜100%｜100%｜5｜5｜\n产出指标｜成本指标｜本科学历人才安家补贴标准｜=3万元/人｜3万元/人｜10｜10｜",
     "补贴发放及时率｜100%｜100%｜5｜10｜\n产出指标｜成本指标｜本科学历人才安家补贴标准｜=3万元/人｜3万元/人｜10｜5｜",
     "补贴发放及时率｜100%｜100%｜5｜10",
     "时效 row has 分值 5 and 得分 10 (scores of 时效 and 成本 rows swapped, total unchanged)"),
    ("xj-qitai-rencaiyinjin-2024", 4, "completion_mismatch", "prose",
     "完成年度目标的133.33%", "完成年度目标的123.33%", "完成年度目标的123.33%",
     "20 against a target of 15 = 133.33%, stated 123.33%"),
    ("xj-qitai-rencaiyinjin-2024", 5, "rate_mismatch", "prose",
     "执行率96.88%", "执行率96.58%", "执行率96.58%",
     "安家补贴 310.00 / 320.00 = 96.88%, stated 96.58%"),
    ("xj-qitai-rencaiyinjin-2024", 6, "conflicting_values", "table",
     "≥60人｜62人", "≥60人｜64人", "≥60人｜64人",
     "the text says 62 people were recruited (2 + 18 + 42), the table 64人"),

    # ---- E: Tianjin, Xiqing, 离退休干部活动经费 2019 (web page to Markdown, pipe tables)
    ("tj-xiqing-laoganbu-2019", 1, "balance_mismatch", "table",
     "| 127.25 | 2.75 |", "| 127.25 | 2.57 |", "127.25 | 2.57",
     "budget 130.00 - spent 127.25 = 2.75万元, 结余 cell shows 2.57"),
    ("tj-xiqing-laoganbu-2019", 2, "average_mismatch", "prose",
     "班均45人", "班均54人", "班均54人",
     "1,080 students in 24 classes = 45 per class, stated 54"),
    ("tj-xiqing-laoganbu-2019", 3, "score_sum_mismatch", "table",
     "| 15 | 14 | 高龄", "| 15 | 13 | 高龄", "| 15 | 13 |",
     "row scores now add to 97.79 (效益 28), stated total 98.79 and 效益 29"),
    ("tj-xiqing-laoganbu-2019", 4, "grade_mismatch", "table",
     "| 评价等级 | 优秀 |", "| 评价等级 | 良好 |", "评价等级 | 良好",
     "total 98.79 is in the 优 band, table grade 良好"),
    ("tj-xiqing-laoganbu-2019", 5, "unit_mismatch", "table",
     "| ≥85% | 88.41% |", "| ≥85% | 1121人 |", "≥85% | 1121人",
     "coverage target is a percentage (≥85%), actual given as a head count (1121人)"),
    ("tj-xiqing-laoganbu-2019", 6, "conflicting_values", "prose",
     "文体活动46次", "文体活动64次", "文体活动64次",
     "the text says 64 activities, the 自评表 row says 46次"),
]


def main():
    labels = []
    by_source = {}
    for e in EDITS:
        by_source.setdefault(e[0], []).append(e)
    for src in SOURCES:
        path = os.path.join(CASES, f"{src}-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in sorted(by_source[src], key=lambda e: e[1]):
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old string matches {cnt} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                sys.exit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with errors)")


if __name__ == "__main__":
    main()
