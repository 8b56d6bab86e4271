#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every edit is an exact old -> new replacement that must match exactly once in the
clean draft; the label value is a short substring of the resulting error case that
contains the changed figure or word.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

# (source id, n, code, where, old, new, value, explanation)
EDITS = [
    # --- hn-jiangyong-kaofang-2018 (Hunan, MOF 附件1 copied from PDF one cell per line)
    ("hn-jiangyong-kaofang-2018", 1, "rate_mismatch", "table",
     "33.50\n—\n97.10%", "33.50\n—\n97.01%", "97.01%",
     "上年结转资金 row: 33.50 / 34.50 = 97.10%, the table prints 97.01%"),
    ("hn-jiangyong-kaofang-2018", 2, "completion_mismatch", "prose",
     "目标12个，完成率91.67%", "目标12个，完成率96.67%", "完成率96.67%",
     "11 greenhouses against a target of 12 give 91.67%, the text says 96.67%"),
    ("hn-jiangyong-kaofang-2018", 3, "score_sum_mismatch", "table",
     "163户\n10\n10\n", "163户\n10\n9.5\n", "163户\n10\n9.5",
     "row scores now add to 98.32 (受益烟农户数 scored 9.5) while 总分 and the text say 98.82"),
    ("hn-jiangyong-kaofang-2018", 4, "year_mismatch", "prose",
     "结转至2019年继续使用", "结转至2018年继续使用", "结转至2018年",
     "the unspent 15.18万元 of the 2018 budget cannot be carried over into 2018 itself; it goes to 2019"),
    ("hn-jiangyong-kaofang-2018", 5, "unit_mismatch", "prose",
     "每座补助17500元", "每座补助17500万元", "每座补助17500万元",
     "a 元 figure labelled 万元: 168座 × 17500万元 ≠ 294.00万元 and ≠ the table's 1.75万元/座; rescaling by 10^4 reconciles both"),
    ("hn-jiangyong-kaofang-2018", 6, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "98.82 is in the 优 band (≥90), the text says 良"),

    # --- ha-yichuan-shougoufuchi-2019 (Henan, web page, purchase volumes in 担/公斤)
    ("ha-yichuan-shougoufuchi-2019", 1, "average_mismatch", "prose",
     "均价27.46元/公斤", "均价27.64元/公斤", "均价27.64元/公斤",
     "3753.78万元 / 136.70万公斤 = 27.46元/公斤, the text says 27.64"),
    ("ha-yichuan-shougoufuchi-2019", 2, "sum_mismatch", "table",
     "其中：当年财政拨款\t296.00", "其中：当年财政拨款\t269.00", "当年财政拨款\t269.00",
     "年初预算数 column: 年度资金总额 296.00 ≠ 269.00 + 0.00 + 0.00"),
    ("ha-yichuan-shougoufuchi-2019", 3, "balance_mismatch", "prose",
     "尚有1.80万元未兑付", "尚有1.08万元未兑付", "尚有1.08万元",
     "308.80 (到位 = 全年预算) − 307.00 = 1.80万元 left, the text says 1.08万元"),
    ("ha-yichuan-shougoufuchi-2019", 4, "conflicting_values", "prose",
     "全年收购烤烟27340担，超额", "全年收购烤烟27430担，超额", "27430担",
     "the conclusion restates the purchase volume as 27430担; section 三 and the table give 27340担"),
    ("ha-yichuan-shougoufuchi-2019", 5, "implausible_rate", "table",
     "≥90%\t93.2%", "≥90%\t103.2%", "103.2%",
     "a satisfaction rate above 100%"),
    ("ha-yichuan-shougoufuchi-2019", 6, "completion_mismatch", "prose",
     "完成计划的105.15%", "完成计划的115.15%", "完成计划的115.15%",
     "27340担 / 26000担 = 105.15%, the text says 115.15%"),

    # --- gz-zhenfeng-yanjishe-2021 (Guizhou, 行次 funds table with sources as rows)
    ("gz-zhenfeng-yanjishe-2021", 1, "rate_mismatch", "table",
     "3.50\n\t86.67\n\t80.83", "3.50\n\t86.67\n\t80.38", "86.67\n\t80.38",
     "县级财政资金 row: (6)=(3)/(1) = 48.50 / 60.00 = 80.83%, the table prints 80.38"),
    ("gz-zhenfeng-yanjishe-2021", 2, "score_sum_mismatch", "table",
     "25个\n\t100.00%\n\t8\n", "25个\n\t100.00%\n\t7.5\n", "100.00%\n\t7.5",
     "附件1 scores now add to 98.23 (标准化育苗大棚 7.5) while 合计 and the text say 98.73"),
    ("gz-zhenfeng-yanjishe-2021", 3, "sum_mismatch", "prose",
     "育苗大棚支出148.30万元", "育苗大棚支出184.30万元", "育苗大棚支出184.30万元",
     "412.80 + 184.30 + 101.25 = 698.35 ≠ 实际支出 662.35 (148.30 expected)"),
    ("gz-zhenfeng-yanjishe-2021", 4, "completion_mismatch", "table",
     "18.6公里\n\t103.33%", "18.6公里\n\t113.33%", "113.33%",
     "18.6公里 / 18公里 = 103.33%, the table prints 113.33%"),
    ("gz-zhenfeng-yanjishe-2021", 5, "weight_sum_mismatch", "table",
     "设施管护机制\n\t10\n", "设施管护机制\n\t9\n", "设施管护机制\n\t9",
     "weights now add to 99 (设施管护机制 9) while 合计 says 100"),
    ("gz-zhenfeng-yanjishe-2021", 6, "unit_mismatch", "table",
     "≤2.2万元/座\n\t2.2万元/座", "≤2.2万元/座\n\t100%", "≤2.2万元/座\n\t100%",
     "target in 万元/座, actual written as a percentage: completion cannot be computed"),

    # --- sc-huidong-jigenglu-2023 (Sichuan outline, 10 + 90 table with ｜ cells)
    ("sc-huidong-jigenglu-2023", 1, "year_mismatch", "prose",
     "已结转至2024年支付", "已结转至2023年支付", "结转至2023年",
     "the retention money of the 2023 budget is carried into 2023 itself; it should be 2024"),
    ("sc-huidong-jigenglu-2023", 2, "weight_sum_mismatch", "table",
     "｜156｜15｜15｜", "｜156｜16｜15｜", "｜156｜16｜15",
     "分值 now add to 101 (更换生物质燃烧机 16)"),
    ("sc-huidong-jigenglu-2023", 3, "conflicting_values", "prose",
     "本项目全年新建（改建）机耕路22.5公里", "本项目全年新建（改建）机耕路25.2公里", "机耕路25.2公里",
     "the conclusion gives 25.2公里; section 二, section 四 and the table give 22.5公里"),
    ("sc-huidong-jigenglu-2023", 4, "score_sum_mismatch", "prose",
     "自评得分99.64分", "自评得分99.46分", "自评得分99.46分",
     "9.87 + 15 + 15 + 9.77 + 10 + 10 + 10 + 10 + 10 = 99.64, the text says 99.46"),
    ("sc-huidong-jigenglu-2023", 5, "implausible_rate", "table",
     "单位资金｜0.00｜0.00｜0.00｜—｜—", "单位资金｜0.00｜0.00｜0.00｜—｜100%", "单位资金｜0.00｜0.00｜0.00｜—｜100%",
     "an execution rate of 100% on a zero budget (单位资金 0.00)"),
    ("sc-huidong-jigenglu-2023", 6, "balance_mismatch", "prose",
     "尚未支付的5.15万元", "尚未支付的5.51万元", "尚未支付的5.51万元",
     "382.00 (all received) − 376.85 = 5.15万元 unpaid, the text says 5.51万元"),

    # --- fj-pucheng-yanfu-bumen-2024 (Fujian, 部门整体支出绩效自评报告)
    ("fj-pucheng-yanfu-bumen-2024", 1, "average_mismatch", "prose",
     "平均自评得分93.50分", "平均自评得分94.50分", "平均自评得分94.50分",
     "(96.5 + 91.0 + 98.0 + 88.5) / 4 = 93.50, the text says 94.50"),
    ("fj-pucheng-yanfu-bumen-2024", 2, "score_exceeds_weight", "table",
     "大棚改造当年完工率\t20\t15.5", "大棚改造当年完工率\t20\t20.5", "大棚改造当年完工率\t20\t20.5",
     "score 20.5 above the indicator's weight 20"),
    ("fj-pucheng-yanfu-bumen-2024", 3, "implausible_rate", "table",
     "0.00\t0.00\t—\t—\t—", "0.00\t0.00\t100.00%\t—\t—", "0.00\t0.00\t100.00%",
     "烟叶种植保险保费补贴: budget 0.00, execution rate printed as 100.00%"),
    ("fj-pucheng-yanfu-bumen-2024", 4, "sum_mismatch", "table",
     "商品和服务支出\t63.86", "商品和服务支出\t68.36", "商品和服务支出\t68.36",
     "151.28 + 68.36 + 135.04 + 334.58 = 689.26 ≠ 合计 684.76"),
    ("fj-pucheng-yanfu-bumen-2024", 5, "grade_mismatch", "prose",
     "评价等级为“优秀”", "评价等级为“良好”", "评价等级为“良好”",
     "96.30 is in the 优 band, the text says 良好"),
    ("fj-pucheng-yanfu-bumen-2024", 6, "score_exceeds_weight", "prose",
     "（分值15分）得14.5分", "（分值15分）得15.5分", "（分值15分）得15.5分",
     "维修烤房验收合格率: score 15.5 above its weight 15"),
]

SOURCES = [
    "hn-jiangyong-kaofang-2018",
    "ha-yichuan-shougoufuchi-2019",
    "gz-zhenfeng-yanjishe-2021",
    "sc-huidong-jigenglu-2023",
    "fj-pucheng-yanfu-bumen-2024",
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for src in SOURCES:
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{src}-e{n}: old text matches {cnt} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{src}-e{n}: label value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({sum(1 for l in labels if not l['clean'])} with an error)")


if __name__ == "__main__":
    main()
