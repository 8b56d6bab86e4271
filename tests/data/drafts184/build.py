#!/usr/bin/env python3
"""Build the n184 error cases and labels.jsonl from the five clean drafts.

Every edit is an exact old -> new replacement that must match the clean draft exactly once.
Run from anywhere:  python3 build.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

SOURCES = [
    "guanyun-fitnesspath-2022",
    "danling-youthtraining-2021",
    "jinzhou-venueopen-2018",
    "xinshao-sportscentre-2023",
    "barkol-countygames-2024",
]

# (source, n, code, where, old, new, value, explanation)
EDITS = [
    # --- 灌云县 全民健身路径更新 2022 (Jiangsu; MOF 自评表) ---
    ("guanyun-fitnesspath-2022", 1, "rate_mismatch", "table",
     "｜118.24｜—｜94.59%｜—", "｜118.24｜—｜95.49%｜—", "95.49%",
     "当年财政拨款 row: 118.24 / 125.00 = 94.59%, stated 95.49% (digits transposed)"),
    ("guanyun-fitnesspath-2022", 2, "sum_mismatch", "text",
     "场地基础硬化及安装14.80万元", "场地基础硬化及安装14.08万元", "14.08万元",
     "spending parts 101.64 + 14.08 + 5.40 = 121.12, but the total spent is 121.84"),
    ("guanyun-fitnesspath-2022", 3, "score_exceeds_weight", "table",
     "｜97%｜5｜5｜\n产出指标｜时效指标｜投入使用时间｜2022年10月31日前｜2022年10月20日｜10｜10｜",
     "｜97%｜5｜6｜\n产出指标｜时效指标｜投入使用时间｜2022年10月31日前｜2022年10月20日｜10｜9｜",
     "97%｜5｜6",
     "器材完好率 scored 6 against a weight of 5 (the next row was lowered to 9, so the total still reads 98.32)"),
    ("guanyun-fitnesspath-2022", 4, "completion_mismatch", "text",
     "完成率98.47%", "完成率98.74%", "98.74%",
     "覆盖率 96.5% against the target 98%: 96.5 / 98 = 98.47%, stated 98.74%"),
    ("guanyun-fitnesspath-2022", 5, "year_mismatch", "text",
     "2022年4月，省财政厅下达", "2021年4月，省财政厅下达", "2021年4月",
     "the provincial money added to the 2022 budget is said to be issued in April 2021, "
     "neither the evaluation year nor an advance in the December before it"),
    ("guanyun-fitnesspath-2022", 6, "unit_mismatch", "table",
     "｜2.42万元/条｜10｜10｜", "｜93.08%｜10｜10｜", "93.08%",
     "cost target ≤2.6万元/条 but the actual value is a percentage (the clerk typed 2.42/2.6)"),

    # --- 丹棱县 青少年业余体育训练 2021 (Sichuan; prose only) ---
    ("danling-youthtraining-2021", 1, "balance_mismatch", "text",
     "结余3.36万元", "结余3.63万元", "3.63万元",
     "到位 56.00 − 支出 52.64 = 3.36, stated 3.63"),
    ("danling-youthtraining-2021", 2, "average_mismatch", "text",
     "平均每人1.56万元", "平均每人1.65万元", "1.65万元",
     "教练员训练补助 18.72万元 / 12名 = 1.56万元, stated 1.65万元"),
    ("danling-youthtraining-2021", 3, "score_sum_mismatch", "text",
     "综合自评得分95.40分", "综合自评得分94.50分", "94.50分",
     "the parts given in the same sentence add up to 9.40 + 48 + 28 + 10 = 95.40"),
    ("danling-youthtraining-2021", 4, "weight_sum_mismatch", "text",
     "训练安全责任事故（分值5分）", "训练安全责任事故（分值8分）", "分值8分",
     "产出 weights 10 + 10 + 10 + 10 + 8 + 5 = 53 against the stated 产出指标（50分）; all weights now 103"),
    ("danling-youthtraining-2021", 5, "implausible_rate", "text",
     "满意度为95.2%", "满意度为105.2%", "105.2%",
     "a satisfaction rate above 100%"),
    ("danling-youthtraining-2021", 6, "conflicting_values", "text",
     "2021年全县在训运动员126人", "2021年全县在训运动员162人", "162人",
     "section 四 gives 126 athletes in training (48 + 40 + 38); the overview now says 162"),

    # --- 晋州市 公共体育场馆免费低收费开放 2018 (Hebei; 目标值/业绩值/完成率 table) ---
    ("jinzhou-venueopen-2018", 1, "grade_mismatch", "text",
     "评价等级为良好", "评价等级为优秀", "评价等级为优秀",
     "total 88.87 lies in the 良 band (80 ≤ s < 90)"),
    ("jinzhou-venueopen-2018", 2, "completion_mismatch", "table",
     "｜88%｜92.63%｜", "｜88%｜96.23%｜", "96.23%",
     "场馆设施完好率 88% against ≥95%: 88 / 95 = 92.63%, stated 96.23%"),
    ("jinzhou-venueopen-2018", 3, "weight_sum_mismatch", "table",
     "｜9次｜75.00%｜5｜3.75", "｜9次｜75.00%｜10｜3.75", "75.00%｜10｜3.75",
     "weight of 举办全民健身活动 typed 10 instead of 5: the weights now add up to 105 against the 合计 100"),
    ("jinzhou-venueopen-2018", 4, "implausible_rate", "table",
     "上年结转资金｜0.00｜0.00｜0.00｜0.00｜—｜—", "上年结转资金｜0.00｜0.00｜0.00｜0.00｜100%｜—",
     "0.00｜100%｜—",
     "到位率 100% printed for 上年结转资金 whose budget is 0.00 (rate on a zero base)"),
    ("jinzhou-venueopen-2018", 5, "unit_mismatch", "text",
     "能耗水电费21.40万元", "能耗水电费214000万元", "214000万元",
     "the 21.40万元 (214000元) part written with the unit 万元: off by 10^4; 21.40 + 12.00 + 10.80 + 3.40 = 47.60"),
    ("jinzhou-venueopen-2018", 6, "year_mismatch", "text",
     "截至2018年12月31日，项目资金全部到位", "截至2017年12月31日，项目资金全部到位", "截至2017年12月31日",
     "the 2018 spending figure (47.60万元) is dated 31 December 2017"),

    # --- 新邵县体育事业发展中心 部门整体 2023 (Hunan) ---
    ("xinshao-sportscentre-2023", 1, "balance_mismatch", "text",
     "年末结转结余6.58万元", "年末结转结余6.85万元", "6.85万元",
     "全年预算 286.45 − 全年支出 279.87 = 6.58, stated 6.85"),
    ("xinshao-sportscentre-2023", 2, "sum_mismatch", "table",
     "公用经费｜—｜—｜25.15｜—", "公用经费｜—｜—｜25.51｜—", "25.51",
     "人员经费 171.38 + 公用经费 25.51 = 196.89, but 基本支出 is 196.53"),
    ("xinshao-sportscentre-2023", 3, "average_mismatch", "text",
     "平均每期三级培训67人", "平均每期三级培训76人", "平均每期三级培训76人",
     "268 三级 trainees over 4 sessions = 67 per session, stated 76"),
    ("xinshao-sportscentre-2023", 4, "grade_mismatch", "table",
     "自评等级｜优", "自评等级｜良", "自评等级｜良",
     "total 97.77 lies in the 优 band (≥ 90)"),
    ("xinshao-sportscentre-2023", 5, "conflicting_values", "table",
     "｜≥300人｜326人｜", "｜≥300人｜362人｜", "362人",
     "the text trains 58 + 268 = 326 people; the table now says 362"),
    ("xinshao-sportscentre-2023", 6, "rate_mismatch", "text",
     "支出18.60万元，执行率93.00%", "支出18.60万元，执行率90.30%", "90.30%",
     "培训项目 18.60 / 20.00 = 93.00%, stated 90.30%"),

    # --- 巴里坤县 第七届全民运动会 2024 (Xinjiang; MOF 自评表) ---
    ("barkol-countygames-2024", 1, "score_sum_mismatch", "text",
     "效益指标29分", "效益指标28分", "效益指标28分",
     "9.60 + 50 + 28 + 10 = 97.60, not the stated 98.60; the table's 效益 rows give 10 + 10 + 9 = 29"),
    ("barkol-countygames-2024", 2, "completion_mismatch", "text",
     "完成率113.00%", "完成率131.00%", "131.00%",
     "1356 athletes against ≥1200: 1356 / 1200 = 113.00%, stated 131.00%"),
    ("barkol-countygames-2024", 3, "score_exceeds_weight", "table",
     "｜16支｜5｜5｜\n产出指标｜质量指标｜赛事安全责任事故｜0起｜0起｜10｜10｜",
     "｜16支｜5｜6｜\n产出指标｜质量指标｜赛事安全责任事故｜0起｜0起｜10｜9｜",
     "16支｜5｜6",
     "参赛代表队数 scored 6 against a weight of 5 (the next row was lowered to 9, so the total still reads 98.60)"),
    ("barkol-countygames-2024", 4, "weight_sum_mismatch", "table",
     "｜2024年7月21日｜5｜5｜", "｜2024年7月21日｜6｜5｜", "2024年7月21日｜6｜5",
     "weight of 运动会完成时间 typed 6: the weights now add up to 101 against the 总分 100"),
    ("barkol-countygames-2024", 5, "unit_mismatch", "table",
     "｜136.87元/人｜", "｜136.87万元/人｜", "136.87万元/人",
     "per-athlete subsidy target ≤150元/人, actual written in 万元 (text: 18.56万元 / 1356人 = 136.87元)"),
    ("barkol-countygames-2024", 6, "year_mismatch", "text",
     "2024年度该项目年初预算45.00万元", "2023年度该项目年初预算45.00万元", "2023年度该项目年初预算",
     "the 2024 report (title, table, 截至2024年12月31日) states the same 年初预算 as 2023年度"),
]


def main():
    clean = {}
    for src in SOURCES:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            clean[src] = fh.read()
    labels = []
    for src in SOURCES:
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for (s, n, code, where, old, new, value, expl) in EDITS:
            if s != src:
                continue
            text = clean[src]
            cnt = text.count(old)
            if cnt != 1:
                raise SystemExit("%s e%d: old string matches %d times: %r" % (src, n, cnt, old))
            out = text.replace(old, new, 1)
            if value not in out:
                raise SystemExit("%s e%d: value %r not in the error case" % (src, n, value))
            name = "%s-e%d.txt" % (src, n)
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(out)
            labels.append({"case": name, "source": src, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("built %d cases (%d error cases)" % (len(labels), len(EDITS)))


if __name__ == "__main__":
    main()
