#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft cases/<id>-clean.txt is written by hand. Every error case is the clean draft with exactly one
old -> new replacement (the old string must occur exactly once in the clean draft). The label value is a short
substring of the error case that contains the changed figure or word.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, case suffix, code, where, old, new, value, explanation)
EDITS = [
    # --- 山东 莒县 2019 -------------------------------------------------------------------------------
    ("sd-juxian-gongyigongzheng-2019", "e1", "rate_mismatch", "prose",
     "当年财政拨款部分执行率98.23%", "当年财政拨款部分执行率96.23%", "执行率96.23%",
     "当年财政拨款 executed 63.85 of 65.00 (table) = 98.23%, stated 96.23%"),
    ("sd-juxian-gongyigongzheng-2019", "e2", "balance_mismatch", "prose",
     "未支出的1.15万元", "未支出的1.51万元", "未支出的1.51万元",
     "all 68.20万元 received, 67.05万元 spent: unspent 68.20 - 67.05 = 1.15, stated 1.51"),
    ("sd-juxian-gongyigongzheng-2019", "e3", "sum_mismatch", "table",
     "年度资金总额\t63.20", "年度资金总额\t63.02", "年度资金总额\t63.02",
     "年初预算数 column: 60.00 + 3.20 + 0.00 = 63.20, total row says 63.02"),
    ("sd-juxian-gongyigongzheng-2019", "e4", "conflicting_values", "table",
     "≥1100件\t1221件", "≥1100件\t1212件", "1212件",
     "the text gives 1221件 (412 + 236 + 158 + 97 + 318, also the base of 201.23元 and 99.18%); table actual 1212件"),
    ("sd-juxian-gongyigongzheng-2019", "e5", "unit_mismatch", "prose",
     "计47,200元", "计47,200万元", "47,200万元",
     "236件 x 200元 = 47,200元 (4.72万元); written as 万元 it is off by 10^4 and 12.36 + 4.72 + 7.49 = 24.57 only holds in 元"),
    ("sd-juxian-gongyigongzheng-2019", "e6", "year_mismatch", "prose",
     "结转至2020年使用", "结转至2019年使用", "结转至2019年",
     "the unspent money of the 2019 budget is carried over into 2019 itself; must be a later year (2020)"),
    # --- 湖南 醴陵 2022 -------------------------------------------------------------------------------
    ("hn-liling-gongzhengjianmian-2022", "e1", "sum_mismatch", "table",
     "其中：当年财政拨款\t45.00\t57.00", "其中：当年财政拨款\t45.00\t57.60", "57.60",
     "全年预算数 column: 57.60 + 2.60 + 0 = 60.20, total row 59.60; 当年财政拨款 should be 45.00 + 12.00 = 57.00"),
    ("hn-liling-gongzhengjianmian-2022", "e2", "score_sum_mismatch", "table",
     "100\t99.70", "100\t99.07", "99.07",
     "scores 9.73 + 49.97 + 30 + 10 = 99.70, 总分 row says 99.07"),
    ("hn-liling-gongzhengjianmian-2022", "e3", "weight_sum_mismatch", "table",
     "≥150次\t173次\t5\t5", "≥150次\t173次\t6\t5", "173次\t6\t5",
     "上门服务次数 weight 6: weights now total 101 (产出 51) against 总分 100"),
    ("hn-liling-gongzhengjianmian-2022", "e4", "conflicting_values", "prose",
     "累计减免25.41万元", "累计减免24.51万元", "累计减免24.51万元",
     "the opening says 24.51万元 reduced; the body gives 254,100元 (= 25.41万元), the 减免补偿 spending and the table 25.41万元"),
    ("hn-liling-gongzhengjianmian-2022", "e5", "implausible_rate", "prose",
     "满意率为99.2%", "满意率为109.2%", "满意率为109.2%",
     "a satisfaction rate cannot exceed 100%"),
    ("hn-liling-gongzhengjianmian-2022", "e6", "average_mismatch", "prose",
     "四站平均每站143.5件", "四站平均每站145.3件", "平均每站145.3件",
     "(163 + 139 + 148 + 124) / 4 = 143.5, stated 145.3"),
    # --- 江西 瑞金 2020 (部门整体) -----------------------------------------------------------------------
    ("jx-ruijin-gongzhengchu-bumen-2020", "e1", "sum_mismatch", "table",
     "其中：人员经费\t165.80", "其中：人员经费\t156.80", "人员经费\t156.80",
     "年初预算数: 人员经费 156.80 + 公用经费 26.30 = 183.10, 基本支出 row 192.10 (and 156.80 + 追加6.50 != 172.30)"),
    ("jx-ruijin-gongzhengchu-bumen-2020", "e2", "score_exceeds_weight", "table",
     "194次\t5\t4.85", "194次\t5\t5.15", "194次\t5\t5.15",
     "上门服务次数 scored 5.15 against a weight of 5 (the row sum 98.30 still rounds to the stated whole 98分)"),
    ("jx-ruijin-gongzhengchu-bumen-2020", "e3", "grade_mismatch", "prose",
     "评价等级为优", "评价等级为良", "评价等级为良",
     "98分 lies in the 优 band (90-100)"),
    ("jx-ruijin-gongzhengchu-bumen-2020", "e4", "completion_mismatch", "prose",
     "（3200件）的105.81%", "（3200件）的108.51%", "（3200件）的108.51%",
     "3386 / 3200 = 105.81%, stated 108.51%"),
    ("jx-ruijin-gongzhengchu-bumen-2020", "e5", "implausible_rate", "table",
     "≥95%\t96.8%", "≥95%\t106.8%", "106.8%",
     "服务对象满意度 actual 106.8%: a satisfaction rate above 100%"),
    ("jx-ruijin-gongzhengchu-bumen-2020", "e6", "average_mismatch", "prose",
     "季度平均846.5件", "季度平均864.5件", "季度平均864.5件",
     "(712 + 801 + 868 + 1005) / 4 = 846.5, stated 864.5"),
    # --- 山西 洪洞 2021 -------------------------------------------------------------------------------
    ("sx-hongtong-gongzhengjianmian-2021", "e1", "rate_mismatch", "table",
     "(6)=(3)/(2)\t97.32%", "(6)=(3)/(2)\t97.23%", "97.23%",
     "到位率 (6)=(3)/(2) = 43.60 / 44.80 = 97.32%, stated 97.23%"),
    ("sx-hongtong-gongzhengjianmian-2021", "e2", "balance_mismatch", "table",
     "(5)=(3)-(4)\t0.95", "(5)=(3)-(4)\t0.59", "(5)=(3)-(4)\t0.59",
     "结余 (5)=(3)-(4) = 43.60 - 42.65 = 0.95, stated 0.59 (the text also implies 2.15 - 1.20 = 0.95)"),
    ("sx-hongtong-gongzhengjianmian-2021", "e3", "score_exceeds_weight", "table",
     "96.67%\t5\t4.83", "96.67%\t5\t5.08", "96.67%\t5\t5.08",
     "村（社区）公证联络点 scored 5.08 against a weight of 5 (the row sum 99.25 still rounds to the stated whole 99分)"),
    ("sx-hongtong-gongzhengjianmian-2021", "e4", "grade_mismatch", "prose",
     "绩效等级为优秀", "绩效等级为良好", "绩效等级为良好",
     "99分 lies in the 优 band (90-100)"),
    ("sx-hongtong-gongzhengjianmian-2021", "e5", "year_mismatch", "prose",
     "截至2021年12月31日", "截至2020年12月31日", "截至2020年12月31日",
     "the 2021 report states its spending as of 31 December 2020"),
    ("sx-hongtong-gongzhengjianmian-2021", "e6", "completion_mismatch", "table",
     "99.5%\t101.53%", "99.5%\t105.13%", "105.13%",
     "公证书质量抽查合格率 99.5 / 98 = 101.53%, stated 105.13%"),
    # --- 云南 弥勒 2024 -------------------------------------------------------------------------------
    ("yn-mile-gongzhengbutie-2024", "e1", "score_sum_mismatch", "prose",
     "自评总分97.88分", "自评总分98.78分", "自评总分98.78分",
     "9.72 + 45 + 28.16 + 15 = 97.88 (also the sum of the table rows), stated 98.78"),
    ("yn-mile-gongzhengbutie-2024", "e2", "weight_sum_mismatch", "table",
     "1573人\t10\t9.83", "1573人\t12\t9.83", "1573人\t12\t9.83",
     "惠及群众人数 weight 12: 效益 rows total 32 against the stated 30, all weights 102"),
    ("yn-mile-gongzhengbutie-2024", "e3", "average_mismatch", "prose",
     "平均每点21.2次", "平均每点22.1次", "平均每点22.1次",
     "(22 + 18 + 26 + 17 + 23) / 5 = 21.2, stated 22.1"),
    ("yn-mile-gongzhengbutie-2024", "e4", "conflicting_values", "prose",
     "2024年共为1342件公证事项", "2024年共为1324件公证事项", "1324件",
     "the overview says 1324件, the body (sum of six groups), the 1328 + 14 split and the table say 1342件"),
    ("yn-mile-gongzhengbutie-2024", "e5", "unit_mismatch", "table",
     "≥100次\t106次", "≥100次\t106%", "≥100次\t106%",
     "target in 次, actual in %: completion cannot be computed"),
    ("yn-mile-gongzhengbutie-2024", "e6", "rate_mismatch", "table",
     "45.12\t—\t97.03%", "45.12\t—\t97.30%", "97.30%",
     "当年财政拨款 45.12 / 46.50 = 97.03%, stated 97.30%"),
]

SOURCES = [
    "sd-juxian-gongyigongzheng-2019",
    "hn-liling-gongzhengjianmian-2022",
    "jx-ruijin-gongzhengchu-bumen-2020",
    "sx-hongtong-gongzhengjianmian-2021",
    "yn-mile-gongzhengbutie-2024",
]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    labels = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, suf, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{src}-{suf}: old string occurs {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if text.count(value) != 1:
                raise SystemExit(f"{src}-{suf}: value occurs {text.count(value)} times: {value!r}")
            name = f"{src}-{suf}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if l['clean'])} clean)")


if __name__ == "__main__":
    main()
