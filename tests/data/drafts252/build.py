#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts252 from the clean drafts.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
`value` is a short substring of the resulting error case that contains the changed figure.
Run:  python3 build.py && python3 verify.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "lezhi-jidiwuliu-2022",
    "fengning-kuaidijincun-2021",
    "shicheng-gongpeizhongxin-2023",
    "mengshan-cunyouzhan-2020",
    "shangnan-shangwuju-bumen-2024",
]

# (source, n, code, old, new, value, explanation, where)
EDITS = [
    # ---- 乐至县 (Sichuan) 2022, Sichuan-style table with 指标性质/度量单位 columns
    ("lezhi-jidiwuliu-2022", 1, "weight_sum_mismatch",
     "服务站验收合格率｜≥｜95｜%｜97.56｜10｜10",
     "服务站验收合格率｜≥｜95｜%｜97.56｜15｜10",
     "97.56｜15｜10",
     "质量指标 row weight 15 instead of 10: weights total 10 + 55 + 30 + 10 = 105, not 100", "table"),
    ("lezhi-jidiwuliu-2022", 2, "score_exceeds_weight",
     "131.6｜10｜10｜—\n效益指标｜社会效益指标｜行政村快递服务覆盖率｜≥｜95｜%｜93.36｜10｜9.83",
     "131.6｜10｜10.83｜—\n效益指标｜社会效益指标｜行政村快递服务覆盖率｜≥｜95｜%｜93.36｜10｜9",
     "131.6｜10｜10.83",
     "农产品快递上行量 scored 10.83 against a weight of 10 (the coverage row below was lowered to 9 so the total still reads 99.31)", "table"),
    ("lezhi-jidiwuliu-2022", 3, "year_mismatch",
     "附件：项目支出绩效自评表（2022年度）",
     "附件：项目支出绩效自评表（2021年度）",
     "项目支出绩效自评表（2021年度）",
     "the attached table claims evaluation year 2021 in a 2022 report", "table"),
    ("lezhi-jidiwuliu-2022", 4, "completion_mismatch",
     "全年新建村级寄递物流综合服务站205个，完成率102.50%",
     "全年新建村级寄递物流综合服务站205个，完成率102.05%",
     "完成率102.05%",
     "205 built against a target of 200: completion 102.50%, stated 102.05%", "text"),
    ("lezhi-jidiwuliu-2022", 5, "balance_mismatch",
     "未支出的17.54万元",
     "未支出的17.45万元",
     "17.45万元",
     "335.00 - 317.46 = 17.54, stated 17.45", "text"),
    ("lezhi-jidiwuliu-2022", 6, "unit_mismatch",
     "村级服务站建设补助标准｜≤｜0.8｜万元/个｜0.8｜",
     "村级服务站建设补助标准｜≤｜0.8｜万元/个｜8000｜",
     "万元/个｜8000",
     "actual per-station subsidy entered in 元 (8000) in a row measured in 万元/个: off by 10^4 against the target 0.8 and the text's 8000元 = 0.8万元", "table"),
    # ---- 丰宁 (Hebei) 2021, funds and indicators only in prose
    ("fengning-kuaidijincun-2021", 1, "rate_mismatch",
     "实际支出171.36万元，执行率95.20%",
     "实际支出171.36万元，执行率95.02%",
     "执行率95.02%",
     "171.36 / 180.00 = 95.20%, stated 95.02%", "text"),
    ("fengning-kuaidijincun-2021", 2, "sum_mismatch",
     "县级共同配送中心运营补贴24.04万元",
     "县级共同配送中心运营补贴24.40万元",
     "运营补贴24.40万元",
     "93.72 + 53.60 + 24.40 = 171.72, stated total spending 171.36", "text"),
    ("fengning-kuaidijincun-2021", 3, "average_mismatch",
     "平均93.37%",
     "平均93.73%",
     "平均93.73%",
     "(92.4 + 94.1 + 93.6) / 3 = 93.37%, stated 93.73%", "text"),
    ("fengning-kuaidijincun-2021", 4, "score_sum_mismatch",
     "本项目自评得分97.68分",
     "本项目自评得分97.86分",
     "自评得分97.86分",
     "9.52 + 49.36 + 28.8 + 10 = 97.68, stated 97.86", "text"),
    ("fengning-kuaidijincun-2021", 5, "grade_mismatch",
     "评价等级为优。",
     "评价等级为良。",
     "评价等级为良",
     "97.68 lies in the 优 band (>= 90)", "text"),
    ("fengning-kuaidijincun-2021", 6, "conflicting_values",
     "全县268个村级快递服务点中",
     "全县286个村级快递服务点中",
     "全县286个",
     "the number of village service points is 268 elsewhere (268 x 2000元 = 53.60万元; completion 268/280)", "text"),
    # ---- 石城县 (Jiangxi) 2023, MOF 自评表
    ("shicheng-gongpeizhongxin-2023", 1, "sum_mismatch",
     "其中：当年财政拨款｜260.00｜260.00｜195.64",
     "其中：当年财政拨款｜260.00｜260.00｜159.64",
     "260.00｜260.00｜159.64",
     "执行数 column: 159.64 + 25.76 + 0.00 = 185.40, row 年度资金总额 says 221.40", "table"),
    ("shicheng-gongpeizhongxin-2023", 2, "score_exceeds_weight",
     "2150平方米｜10｜10｜—\n产出指标｜数量指标｜共同配送覆盖乡镇数｜=11个｜8个｜10｜7.27",
     "2150平方米｜10｜12｜—\n产出指标｜数量指标｜共同配送覆盖乡镇数｜=11个｜8个｜10｜5.27",
     "2150平方米｜10｜12",
     "配送中心建筑面积 scored 12 against a weight of 10 (the next row lowered to 5.27 so the total still reads 86.78)", "table"),
    ("shicheng-gongpeizhongxin-2023", 3, "rate_mismatch",
     "已执行25.76万元，执行率79.26%",
     "已执行25.76万元，执行率79.62%",
     "执行率79.62%",
     "carry-over executed 25.76 of 32.50 = 79.26%, stated 79.62%", "text"),
    ("shicheng-gongpeizhongxin-2023", 4, "grade_mismatch",
     "评价等级为良好",
     "评价等级为优秀",
     "评价等级为优秀",
     "86.78 lies in the 良 band (80-90)", "text"),
    ("shicheng-gongpeizhongxin-2023", 5, "implausible_rate",
     "项目资金实际到位292.50万元，到位率100%",
     "项目资金实际到位312.50万元，到位率106.84%",
     "312.50万元，到位率106.84%",
     "funds received 312.50 exceed the full-year budget 292.50: 到位率 over 100%", "text"),
    ("shicheng-gongpeizhongxin-2023", 6, "year_mismatch",
     "已结转至2024年继续使用",
     "已结转至2023年继续使用",
     "结转至2023年",
     "the unspent part of the 2023 budget is carried over to 2023 itself", "text"),
    # ---- 蒙山县 (Guangxi) 2020, vertical funds table + indicator table with 完成率
    ("mengshan-cunyouzhan-2020", 1, "completion_mismatch",
     "｜≥90%｜96.15%｜106.83%",
     "｜≥90%｜96.15%｜106.38%",
     "96.15%｜106.38%",
     "96.15 / 90 = 106.83%, stated 106.38%", "table"),
    ("mengshan-cunyouzhan-2020", 2, "balance_mismatch",
     "结余｜3.08",
     "结余｜3.80",
     "结余｜3.80",
     "received 140.00 - spent 136.92 = 3.08, stated 3.80", "table"),
    ("mengshan-cunyouzhan-2020", 3, "unit_mismatch",
     "村级投递频次｜≥3次/周｜3次/周",
     "村级投递频次｜≥3次/周｜100%",
     "≥3次/周｜100%",
     "target in 次/周, actual given as a percentage", "table"),
    ("mengshan-cunyouzhan-2020", 4, "average_mismatch",
     "平均57件",
     "平均75件",
     "平均75件",
     "(58 + 73 + 41 + 66 + 49 + 55) / 6 = 57, stated 75", "text"),
    ("mengshan-cunyouzhan-2020", 5, "weight_sum_mismatch",
     "新增快递进村建制村｜≥45个｜45个｜100%｜10｜10",
     "新增快递进村建制村｜≥45个｜45个｜100%｜15｜10",
     "45个｜100%｜15｜10",
     "weight 15 instead of 10: weights total 105 while 合计 says 100", "table"),
    ("mengshan-cunyouzhan-2020", 6, "implausible_rate",
     "全年实际支出136.92万元，执行率97.80%",
     "全年实际支出146.92万元，执行率104.94%",
     "146.92万元，执行率104.94%",
     "spending 146.92 above the 140.00 budget: execution rate over 100%", "text"),
    # ---- 商南县 (Shaanxi) 2024, 部门整体
    ("shangnan-shangwuju-bumen-2024", 1, "score_sum_mismatch",
     "｜88%｜10｜9.78",
     "｜88%｜10｜9.87",
     "88%｜10｜9.87",
     "row scores now add to 9.76 + 49.5 + 29.87 + 10 = 99.13, 合计 says 99.04", "table"),
    ("shangnan-shangwuju-bumen-2024", 2, "unit_mismatch",
     "≤4.80万元｜3.96万元",
     "≤4.80万元｜39600万元",
     "39600万元",
     "3.96万元 (39600元) written with the unit 万元: off by 10^4 against the text's 3.96万元", "table"),
    ("shangnan-shangwuju-bumen-2024", 3, "grade_mismatch",
     "自评等级｜优",
     "自评等级｜良",
     "自评等级｜良",
     "99.04 lies in the 优 band", "table"),
    ("shangnan-shangwuju-bumen-2024", 4, "conflicting_values",
     "≥850万件｜900.6万件",
     "≥850万件｜906.0万件",
     "906.0万件",
     "the subsidised parcels are 900.6万件 in the text (900.6万件 x 0.20元 = 180.12万元)", "table"),
    ("shangnan-shangwuju-bumen-2024", 5, "average_mismatch",
     "自评得分平均96.40分",
     "自评得分平均96.04分",
     "平均96.04分",
     "(98.6 + 92.4 + 95.0 + 96.0 + 100) / 5 = 96.40, stated 96.04", "text"),
    ("shangnan-shangwuju-bumen-2024", 6, "year_mismatch",
     "2024年6月，省级下达",
     "2023年6月，省级下达",
     "2023年6月",
     "the supplementary 2024 funds are said to be issued in June 2023, before the evaluation year (not a December advance)", "text"),
]


def main():
    labels = []
    seen = set()
    for src in SOURCES:
        path = os.path.join(CASES, src + "-clean.txt")
        with open(path, encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, old, new, value, expl, where) in EDITS:
            if s != src:
                continue
            if (s, n) in seen:
                sys.exit(f"duplicate edit {s} e{n}")
            seen.add((s, n))
            cnt = clean.count(old)
            if cnt != 1:
                sys.exit(f"{s}-e{n}: old text matches {cnt} times, expected exactly 1: {old!r}")
            text = clean.replace(old, new)
            if value not in text:
                sys.exit(f"{s}-e{n}: value {value!r} not in the error case")
            name = f"{s}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": s, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases ({len(EDITS)} error cases)")


if __name__ == "__main__":
    main()
