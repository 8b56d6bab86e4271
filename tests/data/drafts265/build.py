#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of drafts265 from the clean drafts.

Each edit is an exact old -> new replacement that must match exactly once in the clean draft
of its project. The clean drafts themselves (cases/<id>-clean.txt) are written by hand and are
not touched here.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sd-linqu-familydoctor-2022",
    "hb-dawu-phs-2021",
    "gz-cengong-cunyi-2019",
    "ln-kuandian-tijian-2023",
    "fj-guangze-manbing-2024",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # --- Shandong, Linqu, family doctor contracts 2022 (tab-separated table rows) ---
    ("sd-linqu-familydoctor-2022", 1, "rate_mismatch", "prose",
     "支付率99.58%", "支付率99.85%", "支付率99.85%",
     "central funds paid 316.85 of 318.20万元 = 99.58%, stated 99.85%"),
    ("sd-linqu-familydoctor-2022", 2, "score_sum_mismatch", "prose",
     "自评得分98.48分", "自评得分98.84分", "自评得分98.84分",
     "row scores 9.78 + 50 + 28.7 + 10 = 98.48, stated total 98.84"),
    ("sd-linqu-familydoctor-2022", 3, "grade_mismatch", "prose",
     "评价等级为“优”", "评价等级为“良”", "评价等级为“良”",
     "total 98.48 lies in the 优 band (90–100), stated 良"),
    ("sd-linqu-familydoctor-2022", 4, "completion_mismatch", "table",
     "92.3%\t102.56%", "92.3%\t102.65%", "102.65%",
     "签约居民履约率 target ≥90%, actual 92.3% -> completion 102.56%, stated 102.65%"),
    ("sd-linqu-familydoctor-2022", 5, "unit_mismatch", "table",
     "≤30个工作日\t22个工作日", "≤30个工作日\t100%", "≤30个工作日\t100%",
     "拨付时限 target in 个工作日, actual given as a percentage"),
    ("sd-linqu-familydoctor-2022", 6, "conflicting_values", "prose",
     "家庭医生团队286个", "家庭医生团队268个", "家庭医生团队268个",
     "the self-evaluation table gives 286个 teams for the same indicator; the text says 268个"),

    # --- Hubei, Dawu, basic public health services 2021 (cells one per line, tab-indented) ---
    ("hb-dawu-phs-2021", 1, "balance_mismatch", "prose",
     "年末结余84.13万元", "年末结余84.31万元", "结余84.31万元",
     "到位 4186.50 − 执行 4102.37 = 84.13万元, stated 84.31万元"),
    ("hb-dawu-phs-2021", 2, "sum_mismatch", "table",
     "\t3980.00\n\t2800.00\n\t566.60", "\t3980.00\n\t2800.00\n\t556.60", "3980.00\n\t2800.00\n\t556.60",
     "年初预算资金: 中央 2800.00 + 省级 556.60 + 县级 613.40 = 3970.00, 合计 stated 3980.00"),
    ("hb-dawu-phs-2021", 3, "weight_sum_mismatch", "table",
     "孕产妇系统管理率\n\t5", "孕产妇系统管理率\n\t6", "孕产妇系统管理率\n\t6",
     "indicator weights now add up to 101, 合计 stated 100"),
    ("hb-dawu-phs-2021", 4, "average_mismatch", "prose",
     "平均合格率95%", "平均合格率96%", "平均合格率96%",
     "(96 + 94 + 97 + 93) / 4 = 95%, stated 96%"),
    ("hb-dawu-phs-2021", 5, "year_mismatch", "prose",
     "大悟县2021年度基本公共卫生服务项目自评得分", "大悟县2020年度基本公共卫生服务项目自评得分",
     "2020年度基本公共卫生服务项目",
     "the 2021 report's conclusion gives the score for 2020年度 (last year's template)"),
    ("hb-dawu-phs-2021", 6, "implausible_rate", "table",
     "≥85%\n\t92.6%", "≥85%\n\t108.94%", "108.94%",
     "satisfaction above 100% (the completion 92.6/85 = 108.94% typed into the actual column)"),

    # --- Guizhou, Cengong, village doctor subsidies 2019 (｜-separated table) ---
    ("gz-cengong-cunyi-2019", 1, "rate_mismatch", "table",
     "10｜98.72%｜9.87", "10｜98.27%｜9.87", "98.27%",
     "执行 265.12 / 全年预算 268.56 = 98.72%, stated 98.27%"),
    ("gz-cengong-cunyi-2019", 2, "sum_mismatch", "prose",
     "省级补助资金68.40万元", "省级补助资金64.80万元",
     "全年预算268.56万元，其中中央财政补助资金142.80万元、省级补助资金64.80万元、县级配套资金57.36万元",
     "142.80 + 64.80 + 57.36 = 264.96, stated total 268.56"),
    ("gz-cengong-cunyi-2019", 3, "score_exceeds_weight", "table",
     "91.5%｜10｜10｜\n总分｜｜｜｜｜100｜96.38｜", "91.5%｜10｜11｜\n总分｜｜｜｜｜100｜97.38｜",
     "91.5%｜10｜11",
     "satisfaction row scored 11 with weight 10 (the total was recomputed to 97.38, so it still adds up)"),
    ("gz-cengong-cunyi-2019", 4, "average_mismatch", "prose",
     "全县平均86.2分", "全县平均87.2分", "全县平均87.2分",
     "(88.2 + 85.6 + 83.9 + 87.1) / 4 = 86.2, stated 87.2"),
    ("gz-cengong-cunyi-2019", 5, "conflicting_values", "table",
     "≥236人｜236人", "≥236人｜263人", "≥236人｜263人",
     "the text gives 236 在岗村医 subsidised (236 × 500元 × 12 = 141.60万元); the table says 263人"),
    ("gz-cengong-cunyi-2019", 6, "completion_mismatch", "prose",
     "完成率105.08%", "完成率105.80%", "完成率105.80%",
     "496 / 472 = 105.08%, stated 105.80%"),

    # --- Liaoning, Kuandian, health check-ups for people 65+ 2023 (space-aligned PDF text) ---
    ("ln-kuandian-tijian-2023", 1, "balance_mismatch", "table",
     "305.46  6.54  97.90%", "305.46  6.45  97.90%", "305.46  6.45",
     "到位 312.00 − 支出 305.46 = 6.54, 结余 stated 6.45"),
    ("ln-kuandian-tijian-2023", 2, "score_sum_mismatch", "table",
     "100  97.51", "100  97.15", "100  97.15",
     "row scores add up to 97.51, 合计 stated 97.15"),
    ("ln-kuandian-tijian-2023", 3, "grade_mismatch", "prose",
     "本项目评价等级为优秀", "本项目评价等级为良好", "评价等级为良好",
     "table total 97.51 is in the 优 band, stated 良好"),
    ("ln-kuandian-tijian-2023", 4, "implausible_rate", "table",
     "上年结转资金  0.00  0.00  0.00  —  —  —", "上年结转资金  0.00  0.00  0.00  —  100%  —",
     "0.00  —  100%",
     "execution rate 100% on a zero 上年结转 base"),
    ("ln-kuandian-tijian-2023", 5, "unit_mismatch", "prose",
     "信息系统数据上传维护费6.60万元", "信息系统数据上传维护费66000万元", "66000万元",
     "286.50 + 12.36 + x = 305.46 needs x = 6.60万元; 66000 is the 元 figure written with 万元"),
    ("ln-kuandian-tijian-2023", 6, "year_mismatch", "table",
     "2023年度项目支出绩效自评表", "2022年度项目支出绩效自评表", "2022年度项目支出绩效自评表",
     "the self-evaluation table of the 2023 report is headed 2022年度"),

    # --- Fujian, Guangze, chronic disease management 2024 (PDF cells one per line) ---
    ("fj-guangze-manbing-2024", 1, "score_exceeds_weight", "table",
     "95.2%\n10\n10\n\n\n总分\n100\n98.93", "95.2%\n10\n11\n\n\n总分\n100\n99.93", "95.2%\n10\n11",
     "satisfaction row scored 11 with weight 10 (the total was recomputed to 99.93, so it still adds up)"),
    ("fj-guangze-manbing-2024", 2, "weight_sum_mismatch", "table",
     "≥60%\n57.6%\n10\n9.6", "≥60%\n57.6%\n12\n9.6", "57.6%\n12",
     "血压控制率 weight 12: weights add up to 102, 总分 stated 100"),
    ("fj-guangze-manbing-2024", 3, "rate_mismatch", "prose",
     "支出率87.67%", "支出率86.77%", "支出率86.77%",
     "county funds 50.85 / 58.00 = 87.67%, stated 86.77%"),
    ("fj-guangze-manbing-2024", 4, "balance_mismatch", "prose",
     "年末结余7.15万元", "年末结余7.51万元", "结余7.51万元",
     "186.40 − 179.25 = 7.15 (also 58.00 − 50.85), stated 7.51"),
    ("fj-guangze-manbing-2024", 5, "unit_mismatch", "table",
     "≥4次\n4次\n5", "≥4次\n100%\n5", "≥4次\n100%",
     "随访次数 target in 次, actual given as a percentage"),
    ("fj-guangze-manbing-2024", 6, "conflicting_values", "prose",
     "规范管理2型糖尿病患者3,482人", "规范管理2型糖尿病患者3,428人", "3,428人",
     "the table gives 3482人 for the same indicator; the text says 3,428人"),
]


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        clean = read(os.path.join(CASES, clean_name))
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        for (p, n, code, where, old, new, value, expl) in EDITS:
            if p != pid:
                continue
            count = clean.count(old)
            if count != 1:
                raise SystemExit(f"{pid}-e{n}: old text matches {count} times: {old!r}")
            text = clean.replace(old, new, 1)
            if value not in text:
                raise SystemExit(f"{pid}-e{n}: value not in case: {value!r}")
            name = f"{pid}-e{n}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            labels.append({"case": name, "source": pid, "clean": False,
                           "expected": [{"code": code, "severity": "error", "value": value,
                                         "explanation": expl}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {sum(1 for r in labels if not r['clean'])} error cases, "
          f"{sum(1 for r in labels if r['clean'])} clean drafts")


if __name__ == "__main__":
    main()
