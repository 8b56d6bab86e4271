#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts276 from the five clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in its clean draft
(a replacement may touch two adjacent cells when a clerk "kept the total": score_exceeds_weight).
`where` says whether the slip is in the prose ("text") or in a table ("table").
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "gs-jingchuan-xiongtongcuzhong-2022",
    "sc-dazhu-120jijiuzhan-2023",
    "js-xiangshui-yiliaoshebei-2021",
    "hlj-boli-duikouzhiyuan-2019",
    "cq-dianjiang-xianyiyuannengli-2024",
]

GS, SC, JS, HLJ, CQ = SOURCES

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- A. Gansu, 泾川县人民医院 胸痛中心卒中中心建设 2022 (flattened Word tables, seed-003 layout)
    (GS, 1, "rate_mismatch", "table",
     "\t93.44\n\t91.00", "\t94.33\n\t91.00", "94.33",
     "funds table, 省级 column: 执行 168.20 / 全年预算 180.00 = 93.44%, printed 94.33"),
    (GS, 2, "completion_mismatch", "table",
     "\t326人次\n\t90.56%", "\t326人次\n\t95.06%", "326人次\n\t95.06%",
     "附件1 培训基层医务人员: 326 / 360 = 90.56%, 完成率 printed 95.06%"),
    (GS, 3, "balance_mismatch", "text",
     "实际支出108.50万元，结余3.50万元", "实际支出108.50万元，结余5.30万元", "结余5.30万元",
     "胸痛中心子项目: 预算 112.00 - 支出 108.50 = 3.50万元, stated 5.30"),
    (GS, 4, "year_mismatch", "text",
     "结转至2023年继续使用", "结转至2022年继续使用", "结转至2022年",
     "the unspent part of the 2022 budget cannot be carried over into 2022 itself (should be 2023)"),
    (GS, 5, "unit_mismatch", "text",
     "每套38000元，支出53.20万元", "每套38000元，支出532000万元", "532000万元",
     "14 × 38000元 = 532000元 = 53.20万元; written with the unit 万元 (off by 10^4); "
     "with 53.20 the parts 53.20 + 49.00 + 6.30 give the 108.50 spent"),
    (GS, 6, "score_exceeds_weight", "table",
     "\t14个\n\t100.00%\n\t10\n\t\n\n\t\n\t\n\t采购除颤监护仪\n\t10\n\t≥5台\n\t5台\n\t100.00%\n\t10\n",
     "\t14个\n\t100.00%\n\t11\n\t\n\n\t\n\t\n\t采购除颤监护仪\n\t10\n\t≥5台\n\t5台\n\t100.00%\n\t9\n",
     "\t10\n\t≥14个\n\t14个\n\t100.00%\n\t11",
     "附件1 心电网络覆盖乡镇卫生院数: 权重 10, 得分 11 (next row lowered to 9, so the total still reads 98.38)"),

    # ---- B. Sichuan, 大竹县卫生健康局 120急救站点建设 2023 (Sichuan outline, 510000-style table with ｜)
    (SC, 1, "average_mismatch", "text",
     "平均每站309车次", "平均每站319车次", "平均每站319车次",
     "(352 + 298 + 317 + 269) / 4 = 309, stated 319"),
    (SC, 2, "grade_mismatch", "text",
     "自评得分98.71分，评价等级为优秀", "自评得分98.71分，评价等级为良好", "评价等级为良好",
     "98.71 is in the 优 band (>= 90)"),
    (SC, 3, "unit_mismatch", "table",
     "新建急救站点数｜＝｜4｜个｜4｜15", "新建急救站点数｜＝｜4｜个｜100%｜15", "4｜个｜100%",
     "target 4 个 (度量单位 个) but 实际完成值 given as 100%"),
    (SC, 4, "score_sum_mismatch", "table",
     "13.5｜10｜8.89｜", "13.5｜10｜8.98｜",
     "8.98｜新站点12月才满负荷运行\n｜｜社会效益指标｜急救呼叫满足率｜≥｜95｜%｜98.6｜10｜10｜\n"
     "｜｜可持续影响指标｜急救站点持续运行｜定性｜长期运行｜｜正常运行｜10｜10｜\n总分｜｜｜｜｜｜｜｜100｜98.71",
     "row scores 9.82 + 60 + 8.98 + 10 + 10 = 98.80, table and text total 98.71"),
    (SC, 5, "implausible_rate", "text",
     "10秒内接听率99.7%", "10秒内接听率109.7%", "10秒内接听率109.7%",
     "a call-answer rate cannot exceed 100%"),
    (SC, 6, "rate_mismatch", "text",
     "实际支出27.36万元，支出率91.20%", "实际支出27.36万元，支出率92.10%", "支出率92.10%",
     "27.36 / 30.00 = 91.20%, stated 92.10%"),

    # ---- C. Jiangsu, 响水县人民医院 医疗设备购置 2021 (MOF outline, tab-separated 自评表)
    (JS, 1, "sum_mismatch", "text",
     "全自动生化分析仪1台96.00万元", "全自动生化分析仪1台69.00万元",
     "全自动生化分析仪1台69.00万元，彩色多普勒超声诊断仪2台159.50万元（单价797500元），设备安装及机房辐射防护改造20.00万元，合计支出843.50万元",
     "568.00 + 69.00 + 159.50 + 20.00 = 816.50, stated total 843.50"),
    (JS, 2, "implausible_rate", "table",
     "其他资金\t0.00\t0.00\t0.00\t—\t—\t—", "其他资金\t0.00\t0.00\t0.00\t—\t100.00%\t—",
     "其他资金\t0.00\t0.00\t0.00\t—\t100.00%",
     "execution rate 100.00% on a zero budget (其他资金 0.00 / 0.00)"),
    (JS, 3, "weight_sum_mismatch", "table",
     "≤860万元\t843.50万元\t15\t15", "≤860万元\t843.50万元\t20\t15",
     "≤860万元\t843.50万元\t20\t15\t\n\t效益指标\t社会效益指标\tCT检查人次\t≥12000人次\t13860人次\t10\t10\t\n"
     "\t\t社会效益指标\t县域内就诊率\t≥90%\t88.2%\t10\t9.80\t部分疑难病例仍需上转，需加强专科建设\n"
     "\t\t可持续影响指标\t设备正常使用年限\t≥8年\t按规范维护，运行正常\t10\t10\t\n"
     "\t满意度指标\t服务对象满意度指标\t患者满意度\t≥90%\t95.2%\t10\t10\t\n总分\t\t\t\t\t\t100",
     "weights now 10 + 15 + 10 + 10 + 20 + 10 + 10 + 10 + 10 = 105, table total 100"),
    (JS, 4, "conflicting_values", "text",
     "（中标价568.00万元）", "（中标价586.00万元）", "中标价586.00万元",
     "the CT is paid 568.00万元 in the spending breakdown (whose parts add to 843.50)"),
    (JS, 5, "grade_mismatch", "table",
     "自评等级\t优", "自评等级\t良", "自评等级\t良",
     "total 99.61 is in the 优 band"),
    (JS, 6, "completion_mismatch", "text",
     "为年度指标值12000人次的115.50%", "为年度指标值12000人次的113.50%", "为年度指标值12000人次的113.50%",
     "13860 / 12000 = 115.50%, stated 113.50%"),

    # ---- D. Heilongjiang, 勃利县 城乡医院对口支援 2019 (markdown tables from a web page)
    (HLJ, 1, "balance_mismatch", "table",
     "| 48.60 | 11.40 | 81.00% |", "| 48.60 | 11.04 | 81.00% |", "11.04",
     "到位 60.00 - 支出 48.60 = 11.40, table prints 11.04"),
    (HLJ, 2, "average_mismatch", "text",
     "人均驻点120天", "人均驻点112天", "人均驻点112天",
     "1440 days / 12 experts = 120, stated 112"),
    (HLJ, 3, "conflicting_values", "table",
     "| ≥10人 | 12人 |", "| ≥10人 | 13人 |", "≥10人 | 13人",
     "the text gives 12 experts (派驻专家12名; 12名专家累计驻点1440天), the table 13人"),
    (HLJ, 4, "score_exceeds_weight", "table",
     "| ≥5项 | 6项 | 10 | 10 | |\n| | 质量指标 | 受援医院医务人员培训考核合格率 | ≥90% | 96.5% | 10 | 10 |",
     "| ≥5项 | 6项 | 10 | 12 | |\n| | 质量指标 | 受援医院医务人员培训考核合格率 | ≥90% | 96.5% | 10 | 8 |",
     "6项 | 10 | 12",
     "开展新技术新项目: 分值 10, 得分 12 (next row lowered to 8, total still 95.42)"),
    (HLJ, 5, "year_mismatch", "text",
     "对2019年度城乡医院对口支援项目", "对2018年度城乡医院对口支援项目", "对2018年度城乡医院对口支援项目",
     "the report, title and notice are for 2019; this sentence evaluates 2018"),
    (HLJ, 6, "sum_mismatch", "text",
     "带教及手术示教耗材3.80万元", "带教及手术示教耗材3.08万元",
     "全年实际支出48.60万元，其中专家生活补助28.80万元、进修培训费12.00万元、远程会诊系统维护费4.00万元、带教及手术示教耗材3.08万元",
     "28.80 + 12.00 + 4.00 + 3.08 = 47.88, stated 48.60"),

    # ---- E. Chongqing, 垫江县人民医院 县级医院综合能力提升 2024 (PDF copy, space-separated tables)
    (CQ, 1, "weight_sum_mismatch", "text",
     "效益指标30分、满意度指标10分设置权重", "效益指标35分、满意度指标10分设置权重",
     "预算执行率10分、产出指标50分、效益指标35分、满意度指标10分",
     "10 + 50 + 35 + 10 = 105 (table weights: 效益 30)"),
    (CQ, 2, "score_sum_mismatch", "text",
     "产出指标得分41.89分", "产出指标得分41.98分",
     "预算执行率得分7.43分，产出指标得分41.98分，效益指标得分23分，满意度指标得分10分，总得分82.32分",
     "7.43 + 41.98 + 23 + 10 = 82.41, stated 82.32 (table rows give 41.89)"),
    (CQ, 3, "implausible_rate", "table",
     "≥90% 91.2% 10 10", "≥90% 101.2% 10 10", "≥90% 101.2%",
     "patient satisfaction above 100%"),
    (CQ, 4, "sum_mismatch", "table",
     "急诊急救一体化信息平台 100.00 100.00", "急诊急救一体化信息平台 110.00 100.00",
     "急诊急救一体化信息平台 110.00 100.00 60.00 60.00%\n合计 500.00",
     "年初预算 column: 200.00 + 200.00 + 110.00 = 510.00, 合计 500.00"),
    (CQ, 5, "conflicting_values", "text",
     "重症医学科新增床位8张，", "重症医学科新增床位6张，", "重症医学科新增床位6张",
     "the 自评表 gives 8张 for the same indicator (score 8 of 10)"),
    (CQ, 6, "year_mismatch", "table",
     "（2024年度）", "（2023年度）", "（2023年度）",
     "the 自评表 is headed 2023 while the report and its figures are for 2024"),
]


def main():
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    labels = []
    for src in SOURCES:
        labels.append({"case": f"{src}-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            count = text.count(old)
            if count != 1:
                sys.exit(f"{src}-e{n}: old string matches {count} times")
            out = text.replace(old, new, 1)
            if value not in out:
                sys.exit(f"{src}-e{n}: value {value!r} not in the error case")
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
