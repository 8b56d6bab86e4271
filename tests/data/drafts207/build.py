#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts207 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in the prose ("text") or in a ｜ table ("table").
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "jx-yiyang-shuiyuan-2021",
    "he-huanghua-nashuidating-2019",
    "nx-huinong-zhishui-2023",
    "cq-qijiang-fapiao-2018",
    "jl-tumen-guanshui-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 弋阳县 税源调查 2021 (funds and indicators in prose only) ---
    ("jx-yiyang-shuiyuan-2021", 1, "rate_mismatch", "text",
     "全年实际支出45.36万元，预算执行率94.50%", "全年实际支出45.36万元，预算执行率95.40%",
     "预算执行率95.40%", "45.36 / 48.00 = 94.50%, stated 95.40% (digits swapped)"),
    ("jx-yiyang-shuiyuan-2021", 2, "balance_mismatch", "text",
     "年末结余2.64万元", "年末结余2.46万元",
     "结余2.46万元", "48.00 (all received) - 45.36 spent = 2.64, stated 2.46"),
    ("jx-yiyang-shuiyuan-2021", 3, "average_mismatch", "text",
     "平均准确率97.5%", "平均准确率97.8%",
     "平均准确率97.8%", "(98 + 97 + 96 + 99) / 4 = 97.5%, stated 97.8%"),
    ("jx-yiyang-shuiyuan-2021", 4, "year_mismatch", "text",
     "已结转至2022年继续使用", "已结转至2021年继续使用",
     "结转至2021年", "the unspent part of the 2021 budget cannot be carried over into 2021 itself (should be 2022)"),
    ("jx-yiyang-shuiyuan-2021", 5, "grade_mismatch", "text",
     "自评等级为优", "自评等级为良",
     "自评等级为良", "total 98.00 lies in the 优 band (90-100), stated 良"),
    ("jx-yiyang-shuiyuan-2021", 6, "conflicting_values", "text",
     "新增入库税收912.6万元，较好地", "新增入库税收921.6万元，较好地",
     "921.6万元", "the conclusion gives 921.6万元 while the benefit section gives 912.6万元 (= 645.3 + 267.3)"),

    # --- 黄骅市 纳税服务大厅运维 2019 (MOF 自评表 attached) ---
    ("he-huanghua-nashuidating-2019", 1, "score_sum_mismatch", "text",
     "预算执行9.50分、产出指标49.38分", "预算执行9.50分、产出指标49.83分",
     "产出指标49.83分、效益指标29.85分、满意度10分，合计98.73分",
     "9.50 + 49.83 + 29.85 + 10 = 99.18, stated total 98.73 (the table's 产出 rows add to 49.38)"),
    ("he-huanghua-nashuidating-2019", 2, "score_exceeds_weight", "table",
     "12台｜12台｜5｜5｜—\n产出指标｜数量指标｜全年受理涉税业务｜≥11万件｜12.6万件｜5｜5｜",
     "12台｜12台｜5｜4｜—\n产出指标｜数量指标｜全年受理涉税业务｜≥11万件｜12.6万件｜5｜6｜",
     "12.6万件｜5｜6",
     "得分 6 above 分值 5 (the row above lowered from 5 to 4, so the total still reads 98.73)"),
    ("he-huanghua-nashuidating-2019", 3, "weight_sum_mismatch", "table",
     "纳税人满意度｜≥90%｜94.2%｜10｜10｜—", "纳税人满意度｜≥90%｜94.2%｜15｜10｜—",
     "纳税人满意度｜≥90%｜94.2%｜15｜10｜—\n总分｜｜｜｜｜100",
     "分值 10 (execution) + 50 + 30 + 15 = 105, stated 100"),
    ("he-huanghua-nashuidating-2019", 4, "completion_mismatch", "text",
     "为年度目标11万件的114.55%", "为年度目标11万件的115.45%",
     "11万件的115.45%", "12.6 / 11 = 114.55%, stated 115.45%"),
    ("he-huanghua-nashuidating-2019", 5, "unit_mismatch", "table",
     "≤86万元｜81.70万元", "≤86万元｜95.00%",
     "≤86万元｜95.00%", "成本 target in 万元, actual entered as a percentage (the execution rate)"),
    ("he-huanghua-nashuidating-2019", 6, "sum_mismatch", "table",
     "其中：当年财政拨款｜80.00｜80.00｜76.20", "其中：当年财政拨款｜80.00｜80.00｜76.70",
     "年度资金总额｜86.00｜86.00｜81.70｜10｜95.00%｜9.50\n其中：当年财政拨款｜80.00｜80.00｜76.70",
     "全年执行数: 76.70 + 5.50 + 0.00 = 82.20, total row 81.70"),

    # --- 惠农区 综合治税服务中心 部门整体 2023 ---
    ("nx-huinong-zhishui-2023", 1, "rate_mismatch", "table",
     "项目支出｜82.00｜92.00｜85.56｜93.00%", "项目支出｜82.00｜92.00｜85.56｜90.30%",
     "项目支出｜82.00｜92.00｜85.56｜90.30%", "85.56 / 92.00 = 93.00%, stated 90.30%"),
    ("nx-huinong-zhishui-2023", 2, "implausible_rate", "table",
     "其他资金｜0.00｜0.00｜0.00｜—", "其他资金｜0.00｜0.00｜0.00｜100.00%",
     "其他资金｜0.00｜0.00｜0.00｜100.00%", "execution rate 100.00% printed on a zero budget"),
    ("nx-huinong-zhishui-2023", 3, "average_mismatch", "text",
     "平均95.00分", "平均95.50分",
     "平均95.50分", "(96.5 + 92.5 + 97.0 + 94.0) / 4 = 95.00, stated 95.50"),
    ("nx-huinong-zhishui-2023", 4, "year_mismatch", "text",
     "截至2023年12月31日", "截至2022年12月31日",
     "截至2022年12月31日", "the 2023 report's year-end spending is dated 2022-12-31"),
    ("nx-huinong-zhishui-2023", 5, "sum_mismatch", "table",
     "基本支出｜186.40", "基本支出｜184.60",
     "合计｜268.40｜281.90｜275.46｜97.72%\n基本支出｜184.60",
     "年初预算数: 184.60 + 82.00 = 266.60, total row 268.40"),
    ("nx-huinong-zhishui-2023", 6, "score_sum_mismatch", "table",
     "｜常态运行｜常态运行｜10｜10｜—", "｜常态运行｜常态运行｜10｜9｜—",
     "常态运行｜10｜9｜—\n效益指标小计｜｜｜｜｜30｜29.72",
     "效益 rows 10 + 9.72 + 9 = 28.72, 小计 29.72"),

    # --- 綦江区 有奖发票 2018 ---
    ("cq-qijiang-fapiao-2018", 1, "balance_mismatch", "text",
     "年末结余2.82万元", "年末结余2.28万元",
     "结余2.28万元", "75.00 (all received) - 72.18 spent = 2.82, stated 2.28"),
    ("cq-qijiang-fapiao-2018", 2, "conflicting_values", "text",
     "深入企业和商圈开展发票管理宣传276户次", "深入企业和商圈开展发票管理宣传267户次",
     "发票管理宣传267户次", "the table and the deviation note give 276户次"),
    ("cq-qijiang-fapiao-2018", 3, "completion_mismatch", "table",
     "8864张｜110.80%", "8864张｜110.08%",
     "8864张｜110.08%", "8864 / 8000 = 110.80%, stated 110.08%"),
    ("cq-qijiang-fapiao-2018", 4, "unit_mismatch", "text",
     "抽奖公证及系统维护费6.20万元", "抽奖公证及系统维护费62000万元",
     "62000万元", "62000元 written with the unit 万元 (off by 10^4); 52.60 + 8.38 + 6.20 + 5.00 = 72.18 only with 6.20万元"),
    ("cq-qijiang-fapiao-2018", 5, "grade_mismatch", "table",
     "评价等级｜优秀", "评价等级｜良好",
     "评价等级｜良好", "total 97.70 lies in the 优 band, table says 良好"),
    ("cq-qijiang-fapiao-2018", 6, "weight_sum_mismatch", "table",
     "参与消费者满意度｜≥90%｜92.4%｜102.67%｜10｜10", "参与消费者满意度｜≥90%｜92.4%｜102.67%｜12｜10",
     "参与消费者满意度｜≥90%｜92.4%｜102.67%｜12｜10\n总分｜｜｜｜｜｜100",
     "分值 10 + 50 + 30 + 12 = 102, stated 100"),

    # --- 图们市 口岸通关服务及关税协作 2024 ---
    ("jl-tumen-guanshui-2024", 1, "score_exceeds_weight", "table",
     "112.50%｜10｜10｜—\n产出指标｜数量指标｜辅导进出口企业数量｜≥260家｜245家｜94.23%｜10｜9.42",
     "112.50%｜10｜11.25｜—\n产出指标｜数量指标｜辅导进出口企业数量｜≥260家｜245家｜94.23%｜10｜8.17",
     "112.50%｜10｜11.25",
     "得分 11.25 (10 x 112.50%, not capped) above 分值 10; the next row lowered to 8.17 so the total still reads 98.82"),
    ("jl-tumen-guanshui-2024", 2, "implausible_rate", "text",
     "已开通“单一窗口”账户1130家，开通率98.26%", "已开通“单一窗口”账户1310家，开通率113.91%",
     "账户1310家，开通率113.91%", "1310 accounts among 1150 registered enterprises: 113.91% is arithmetically right but impossible"),
    ("jl-tumen-guanshui-2024", 3, "completion_mismatch", "table",
     "3418万元｜113.93%", "3418万元｜111.93%",
     "3418万元｜111.93%", "3418 / 3000 = 113.93%, stated 111.93%"),
    ("jl-tumen-guanshui-2024", 4, "year_mismatch", "table",
     "年度｜2024年", "年度｜2023年",
     "年度｜2023年", "the 2024 report's 自评表 header says 2023 (last year's template)"),
    ("jl-tumen-guanshui-2024", 5, "conflicting_values", "text",
     "委托第三方辅导进出口企业245家", "委托第三方辅导进出口企业254家",
     "辅导进出口企业254家", "the table and the deviation section give 245家"),
    ("jl-tumen-guanshui-2024", 6, "sum_mismatch", "text",
     "企业报关纳税辅导26.20万元。", "企业报关纳税辅导26.02万元。",
     "全年执行128.31万元，其中查验场地及设备运维68.45万元、“单一窗口”推广及培训24.30万元、政策宣讲9.36万元、企业报关纳税辅导26.02万元",
     "68.45 + 24.30 + 9.36 + 26.02 = 128.13, stated 128.31"),
]


def main():
    labels = []
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{src}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                raise SystemExit(f"{src}-e{n}: value not in case: {value!r}")
            name = f"{src}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for row in labels:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases from {len(SOURCES)} clean drafts")


if __name__ == "__main__":
    main()
