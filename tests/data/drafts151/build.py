#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts151 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`value` is the substring of the error case that carries the changed figure (it must occur there).
`where` says whether the slip sits in the prose or in a table (documentation only).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

C = "cangnan-foodsampling-2023"
G = "gaoyou-tezhongshebei-2021"
M = "mile-jiliangjianding-2020"
L = "longxi-yaopinchoujian-2024"
S = "shizhu-zhiliangqiangxian-2019"
SOURCES = [C, G, M, L, S]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- Cangnan (Zhejiang), food safety sampling, 2023: tab-separated web tables
    (C, 1, "rate_mismatch", "prose",
     "支付进度97.92%", "支付进度97.29%", "支付进度97.29%",
     "委托检验费 168.42 / 172.00 = 97.92%, stated 97.29% (digits swapped)"),
    (C, 2, "sum_mismatch", "table",
     "抽样及样品购置费\t8.00\t6.14", "抽样及样品购置费\t8.00\t6.41",
     "抽样及样品购置费\t8.00\t6.41\n培训及宣传费\t4.00\t2.20\n合计\t200.00\t192.36",
     "实际支出 column: 168.42 + 15.60 + 6.41 + 2.20 = 192.63, 合计 reads 192.36 (6.14 typed as 6.41)"),
    (C, 3, "completion_mismatch", "table",
     "1268批次\t105.67%", "1268批次\t105.76%", "≥1200批次\t1268批次\t105.76%",
     "1268 / 1200 = 105.67%, 完成率 column reads 105.76%"),
    (C, 4, "average_mismatch", "prose",
     "平均每季度317批次", "平均每季度327批次", "平均每季度327批次",
     "(268 + 352 + 341 + 307) / 4 = 317, stated 327"),
    (C, 5, "year_mismatch", "prose",
     "已按规定结转2024年使用", "已按规定结转2023年使用", "结转2023年使用",
     "the balance of the 2023 budget cannot be carried over into 2023 itself; it goes to 2024"),
    (C, 6, "unit_mismatch", "table",
     "不合格食品核查处置率\t100%\t100%\t100%", "不合格食品核查处置率\t100%\t24批次\t100%",
     "不合格食品核查处置率\t100%\t24批次",
     "target is a rate (100%), actual written as a count (24批次, the number of unqualified batches)"),

    # ---- Gaoyou (Jiangsu), special equipment inspection, 2021: flattened Word/PDF cells
    (G, 1, "balance_mismatch", "prose",
     "年末结余3.40万元", "年末结余3.04万元", "结余3.04万元",
     "到位 92.00 - 执行 88.60 = 3.40, stated 3.04"),
    (G, 2, "score_sum_mismatch", "prose",
     "综合得分97.26分", "综合得分97.62分", "综合得分97.62分",
     "9.63 + 10 + 8 + 7.63 + 8 + 8 + 8 + 15 + 13 + 10 = 97.26, stated 97.62"),
    (G, 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 97.26 is in the 优 band (>= 90), stated 良"),
    (G, 4, "conflicting_values", "prose",
     "对辖区在用电梯3046台", "对辖区在用电梯3064台", "在用电梯3064台",
     "the number of elevators in use is 3046台 in 项目概况, 3064台 in 效益情况"),
    (G, 5, "score_exceeds_weight", "table",
     "\t15\n\t13\n\t老旧电梯占比较高，下一步推动老旧电梯更新改造\n\n\t满意度指标\n\t服务对象满意度指标\n\t使用单位满意度\n\t≥90%\n\t92.5%\n\t10\n\t10\n",
     "\t15\n\t10\n\t老旧电梯占比较高，下一步推动老旧电梯更新改造\n\n\t满意度指标\n\t服务对象满意度指标\n\t使用单位满意度\n\t≥90%\n\t92.5%\n\t10\n\t13\n",
     "使用单位满意度\n\t≥90%\n\t92.5%\n\t10\n\t13",
     "satisfaction scored 13 with weight 10 (scores of two adjacent rows swapped, so the total still reads 97.26)"),
    (G, 6, "implausible_rate", "table",
     "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t—", "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
     "上年结转资金\n\t0\n\t0\n\t0\n\t—\n\t100%",
     "执行率 100% on a zero base (上年结转资金 0 / 0)"),

    # ---- Mile (Yunnan), metrology verification, 2020: seed-003 style flattened tables
    (M, 1, "weight_sum_mismatch", "table",
     "\t计量监管长效机制\n\t10\n", "\t计量监管长效机制\n\t11\n",
     "计量监管长效机制\n\t11\n\t逐步健全\n\t基本健全\n\t—\n\t8\n\t乡镇公平秤管理需完善\n\n\t满意度指标\n\t服务对象满意度指标\n\t服务对象满意度\n\t10\n\t≥85%\n\t91.2%\n\t107.29%\n\t10\n\t\n\n\t合计\n\t\n\t\n\t100",
     "weights now add up to 101 (可持续影响 row 11 instead of 10) while 合计 says 100"),
    (M, 2, "rate_mismatch", "table",
     "\t95.42\n", "\t95.24\n", "95.24",
     "县(市)级 到位率 (6)=(3)/(2) = 50.00 / 52.40 = 95.42, table prints 95.24"),
    (M, 3, "unit_mismatch", "prose",
     "计量标准器具溯源及购置3.68万元", "计量标准器具溯源及购置36800万元", "36800万元",
     "36800元 written with the unit 万元; 31.20 + 3.68 + 9.37 + 7.60 + 5.00 = 56.85 only with 3.68万元 (off by 10^4)"),
    (M, 4, "completion_mismatch", "table",
     "432枪\n\t102.86%", "432枪\n\t102.68%", "432枪\n\t102.68%",
     "432 / 420 = 102.86%, 完成率 reads 102.68%"),
    (M, 5, "year_mismatch", "prose",
     "截至2020年12月31日", "截至2019年12月31日", "截至2019年12月31日",
     "the 2020 report states its spending as at 31 Dec 2019"),
    (M, 6, "average_mismatch", "prose",
     "平均合格率96%", "平均合格率97%", "平均合格率97%",
     "(96 + 94 + 98 + 95 + 97) / 5 = 96%, stated 97%"),

    # ---- Longxi (Gansu), drug / device / cosmetics sampling, 2024: pipe web tables
    (L, 1, "sum_mismatch", "prose",
     "抽样购样费4.36万元", "抽样购样费4.63万元",
     "全年实际支出34.56万元，其中：委托检验费27.80万元、抽样购样费4.63万元、快检设备耗材1.60万元、抽检信息录入及差旅费0.80万元",
     "27.80 + 4.63 + 1.60 + 0.80 = 34.83, total stated 34.56 (4.36 typed as 4.63)"),
    (L, 2, "implausible_rate", "prose",
     "回访满意率97.6%", "回访满意率976%", "回访满意率976%",
     "a satisfaction rate of 976% (decimal point lost from 97.6%)"),
    (L, 3, "grade_mismatch", "prose",
     "绩效自评等级为“优秀”", "绩效自评等级为“良好”", "等级为“良好”",
     "the table total 95.65 is in the 优 band, text says 良好"),
    (L, 4, "conflicting_values", "table",
     "| 药品抽检批次 | ≥180批次 | 186批次 |", "| 药品抽检批次 | ≥180批次 | 189批次 |",
     "药品抽检批次 | ≥180批次 | 189批次",
     "药品抽检 is 186批次 in the text (186 + 42 + 56 = 284), 189批次 in the 自评表"),
    (L, 5, "balance_mismatch", "table",
     "| 34.56 | 1.44 | 96.00% |", "| 34.56 | 1.34 | 96.00% |", "34.56 | 1.34",
     "合计 row: 到位 36.00 - 执行 34.56 = 1.44, 结余 reads 1.34"),
    (L, 6, "score_sum_mismatch", "table",
     "| 100 | 95.65 |", "| 100 | 96.65 |", "100 | 96.65",
     "row scores add up to 95.65, 合计 reads 96.65"),

    # ---- Shizhu (Chongqing), quality county programme, 2019: pdftotext -layout tables
    (S, 1, "weight_sum_mismatch", "table",
     "97.78%    10     9.78", "97.78%    12     9.78",
     "97.78%    12     9.78   宣传不够\n    合计                                                                                   100",
     "weights add up to 102 (satisfaction 12 instead of 10) while 合计 says 100"),
    (S, 2, "score_exceeds_weight", "table",
     "10     8.56   奖励未兑现\n    产出指标   数量指标   县长质量奖表彰企业数          ≥2家         2家          100.00%   8      8\n",
     "10     8      奖励未兑现\n    产出指标   数量指标   县长质量奖表彰企业数          ≥2家         2家          100.00%   8      8.56\n",
     "100.00%   8      8.56",
     "县长质量奖 row scored 8.56 with weight 8 (scores of the first two rows swapped; total unchanged)"),
    (S, 3, "rate_mismatch", "prose",
     "执行率为94.17%", "执行率为94.71%", "执行率为94.71%",
     "标准化试点示范补助 22.60 / 24.00 = 94.17%, stated 94.71%"),
    (S, 4, "sum_mismatch", "table",
     "20.00             19.80", "20.00             18.90",
     "20.00             18.90\n    检验检测设备购置                      16.00             16.00\n    合计                                 150.00            128.40",
     "执行数 column: 40.00 + 30.00 + 22.60 + 18.90 + 16.00 = 127.50, 合计 reads 128.40"),
    (S, 5, "completion_mismatch", "table",
     "95.7%        102.90%", "95.7%        102.09%", "95.7%        102.09%",
     "95.7 / 93 = 102.90%, 完成率 reads 102.09%"),
    (S, 6, "conflicting_values", "prose",
     "团体标准共6项", "团体标准共8项", "团体标准共8项",
     "standards drafted: 8项 in the text, 6项 in the 自评表"),
]


def main():
    labels = []
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            count = text.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old string matches {count} times: {old!r}")
            out = text.replace(old, new)
            if value not in out:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(SOURCES)} clean, {len(EDITS)} with one error)")


if __name__ == "__main__":
    main()
