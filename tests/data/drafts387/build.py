#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Each clean draft lives in cases/<id>-clean.txt and is written by hand.  Every error
case <id>-eN.txt is the clean draft with exactly one replacement from EDITS below
(old -> new, the old text must occur exactly once in the clean draft).  The label
value must occur in the error case (checked again by verify.py).
Run:  python3 build.py && python3 verify.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "sx-xiyang-zhutingqi-2021",
    "jx-jinxi-tuoyang-2020",
    "sc-jinyang-fujushipei-2024",
    "hb-jiangling-canlian-bumen-2022",
    "hn-xintian-tuoyangfuju-2019",
]

# (project, n, code, where, old, new, value, explanation)
EDITS = [
    # ---- 山西 昔阳县 助听器适配 2021 -------------------------------------------
    ("sx-xiyang-zhutingqi-2021", 1, "rate_mismatch", "table",
     "｜90.35｜100｜", "｜93.05｜100｜", "｜｜93.05｜100",
     "funds table row (6)=(3)/(2), column 县区级: 10.30 / 11.40 = 90.35%, stated 93.05"),
    ("sx-xiyang-zhutingqi-2021", 2, "completion_mismatch", "table",
     "｜24台｜109.09%｜", "｜24台｜119.09%｜", "24台｜119.09%",
     "children's fittings: 24台 against ≥22台 is 109.09%, stated 119.09%"),
    ("sx-xiyang-zhutingqi-2021", 3, "unit_mismatch", "table",
     "｜≤800元/台｜800元/台｜", "｜≤800元/台｜100%｜", "≤800元/台｜100%",
     "cost indicator: target in 元/台, actual written as a percentage, completion cannot be computed"),
    ("sx-xiyang-zhutingqi-2021", 4, "sum_mismatch", "prose",
     "听力筛查和宣传培训费1.55万元", "听力筛查和宣传培训费1.85万元", "听力筛查和宣传培训费1.85万元，合计36.66万元",
     "7.20 + 23.20 + 4.71 + 1.85 = 36.96, stated total 36.66 (the screening item should be 1.55)"),
    ("sx-xiyang-zhutingqi-2021", 5, "grade_mismatch", "prose",
     "评价等级为\"优秀\"", "评价等级为\"良好\"", "评价等级为\"良好\"",
     "total 99.13 lies in the 优 band (≥90), stated 良好"),
    ("sx-xiyang-zhutingqi-2021", 6, "conflicting_values", "prose",
     "测算受助对象满意度为96.3%", "测算受助对象满意度为93.6%", "满意度为93.6%",
     "satisfaction is 96.30% in the satisfaction table, 93.6% in the analysis text"),
    # ---- 江西 金溪县 托养服务 2020 ---------------------------------------------
    ("jx-jinxi-tuoyang-2020", 1, "balance_mismatch", "prose",
     "年末结余1.72万元", "年末结余1.27万元", "年末结余1.27万元",
     "全年预算 63.20 (all received) - 执行 61.48 = 1.72, stated 1.27"),
    ("jx-jinxi-tuoyang-2020", 2, "average_mismatch", "prose",
     "人均补助1989.47元", "人均补助1998.47元", "人均补助1998.47元",
     "56.70万元 / 285人 = 1989.47元, stated 1998.47元"),
    ("jx-jinxi-tuoyang-2020", 3, "implausible_rate", "table",
     "｜≥90%｜93.6%｜10｜10｜", "｜≥90%｜103.6%｜10｜10｜", "≥90%｜103.6%",
     "satisfaction of 托养对象及监护人 stated as 103.6%, above 100%"),
    ("jx-jinxi-tuoyang-2020", 4, "year_mismatch", "table",
     "附件：项目支出绩效自评表（2020年度）", "附件：项目支出绩效自评表（2021年度）", "自评表（2021年度）",
     "the self-evaluation table claims 2021 while the report and all budget figures are 2020"),
    ("jx-jinxi-tuoyang-2020", 5, "score_exceeds_weight", "table",
     "210人｜8｜7｜部分家属暂不接受上门服务\n产出指标｜数量指标｜托养护理员培训人次｜≥40人次｜36人次（目标40人次）｜6｜5.40｜",
     "210人｜8｜5.40｜部分家属暂不接受上门服务\n产出指标｜数量指标｜托养护理员培训人次｜≥40人次｜36人次（目标40人次）｜6｜7｜",
     "36人次（目标40人次）｜6｜7",
     "scores of two adjacent rows transposed: 护理员培训 now scores 7 against a weight of 6 (the total 94.18 still adds up)"),
    ("jx-jinxi-tuoyang-2020", 6, "weight_sum_mismatch", "table",
     "托养机构年检合格率｜100%｜100%｜4｜4｜", "托养机构年检合格率｜100%｜100%｜5｜4｜", "年检合格率｜100%｜100%｜5｜4",
     "weights now add up to 101 (10 + 51 + 30 + 10): the 年检合格率 weight should be 4"),
    # ---- 四川 金阳县 辅具适配 2024 ---------------------------------------------
    ("sc-jinyang-fujushipei-2024", 1, "unit_mismatch", "prose",
     "每台1500元，计14.40万元", "每台1500元，计144000万元", "计144000万元",
     "96台 × 1500元 = 144000元 = 14.40万元: a 元 figure labelled 万元 (the category sum 57.37 only holds with 14.40)"),
    ("sc-jinyang-fujushipei-2024", 2, "year_mismatch", "prose",
     "已申请结转至2025年继续使用", "已申请结转至2024年继续使用", "结转至2024年",
     "the unspent part of the 2024 budget is carried over to 2024 itself"),
    ("sc-jinyang-fujushipei-2024", 3, "completion_mismatch", "prose",
     "为年度目标的102.53%", "为年度目标的105.23%", "年度目标的105.23%",
     "974件 against ≥950件 = 102.53%, stated 105.23%"),
    ("sc-jinyang-fujushipei-2024", 4, "weight_sum_mismatch", "table",
     "申请至适配完成平均用时\t≤\t30\t天\t26\t10\t10", "申请至适配完成平均用时\t≤\t30\t天\t26\t12\t10",
     "平均用时\t≤\t30\t天\t26\t12",
     "weights now add up to 102 (10 + 57 + 25 + 10): the 时效 row weight should be 10"),
    ("sc-jinyang-fujushipei-2024", 5, "sum_mismatch", "table",
     "其中：财政资金\t42.00", "其中：财政资金\t40.20", "其中：财政资金\t40.20",
     "年初预算数 column: components 40.20 + 0 + 0 + 0 = 40.20, stated 年度资金总额 42.00"),
    ("sc-jinyang-fujushipei-2024", 6, "score_sum_mismatch", "table",
     "总分\t100\t98.41", "总分\t100\t98.14", "总分\t100\t98.14",
     "row scores add up to 9.48 + 54.33 + 24.60 + 10 = 98.41, stated total 98.14"),
    # ---- 湖北 江陵县 残联部门整体 2022 -----------------------------------------
    ("hb-jiangling-canlian-bumen-2022", 1, "average_mismatch", "prose",
     "平均94.95分", "平均94.59分", "平均94.59分",
     "(96.50 + 93.80 + 98.20 + 91.30) / 4 = 94.95, stated 94.59"),
    ("hb-jiangling-canlian-bumen-2022", 2, "score_sum_mismatch", "prose",
     "产出指标44.80分", "产出指标45.80分", "产出指标45.80分",
     "output rows score 8 + 8 + 7.80 + 6 + 5 + 5 + 5 = 44.80; with 45.80 the parts add up to 100.19, not the stated 99.19"),
    ("hb-jiangling-canlian-bumen-2022", 3, "balance_mismatch", "prose",
     "年末结转14.73万元", "年末结转17.43万元", "年末结转17.43万元",
     "收入 486.35 - 支出 471.62 = 14.73, stated 17.43"),
    ("hb-jiangling-canlian-bumen-2022", 4, "conflicting_values", "table",
     "｜≥340人｜348人｜", "｜≥340人｜384人｜", "≥340人｜384人",
     "托养服务人数 is 384 in the score table but 348 (48 + 300) in the text"),
    ("hb-jiangling-canlian-bumen-2022", 5, "grade_mismatch", "table",
     "综合评价等级｜优秀", "综合评价等级｜良好", "综合评价等级｜良好",
     "total 99.19 lies in the 优 band (≥90), stated 良好"),
    ("hb-jiangling-canlian-bumen-2022", 6, "rate_mismatch", "prose",
     "执行36.92万元，执行率95.65%", "执行36.92万元，执行率96.55%", "执行率96.55%",
     "辅具适配补贴 36.92 / 38.60 = 95.65%, stated 96.55%"),
    # ---- 湖南 新田县 托养及辅具 2019 -------------------------------------------
    ("hn-xintian-tuoyangfuju-2019", 1, "implausible_rate", "prose",
     "受助家庭政策知晓率达到96.5%", "受助家庭政策知晓率达到106.5%", "政策知晓率达到106.5%",
     "a 知晓率 cannot exceed 100%"),
    ("hn-xintian-tuoyangfuju-2019", 2, "score_exceeds_weight", "table",
     "｜≥12人｜12人｜5｜5\n产出指标｜数量指标｜辅助器具适配件数｜≥400件｜388件｜10｜9.70",
     "｜≥12人｜12人｜5｜9.70\n产出指标｜数量指标｜辅助器具适配件数｜≥400件｜388件｜10｜5",
     "12人｜5｜9.70",
     "scores of two adjacent rows transposed: 寄宿制托养人数 now scores 9.70 against a weight of 5 (the total 88.82 still adds up)"),
    ("hn-xintian-tuoyangfuju-2019", 3, "rate_mismatch", "prose",
     "全部资金实际到位39.60万元，到位率88.00%", "全部资金实际到位39.60万元，到位率89.00%", "到位率89.00%",
     "39.60 / 45.00 = 88.00%, stated 89.00%"),
    ("hn-xintian-tuoyangfuju-2019", 4, "weight_sum_mismatch", "prose",
     "效益指标30分", "效益指标35分", "效益指标35分",
     "stated first-level weights 50 + 35 + 10 + 10 = 105, and the benefit rows of the table weigh 15 + 15 = 30"),
    ("hn-xintian-tuoyangfuju-2019", 5, "sum_mismatch", "table",
     "｜232件｜—｜3.48", "｜232件｜—｜3.84", "232件｜—｜3.84",
     "spending detail: 15.00 + 5.76 + 6.00 + 5.40 + 3.84 = 36.00, stated 合计 35.64 (the small-aids item should be 3.48)"),
    ("hn-xintian-tuoyangfuju-2019", 6, "conflicting_values", "prose",
     "补助资金45万元的使用情况", "补助资金54万元的使用情况", "补助资金54万元",
     "the opening evaluates 54万元 while the budget is 45.00万元 everywhere else"),
]


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as fh:
            clean = fh.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = sorted((e for e in EDITS if e[0] == pid), key=lambda e: e[1])
        assert [e[1] for e in edits] == [1, 2, 3, 4, 5, 6], pid
        for _, n, code, where, old, new, value, expl in edits:
            cnt = clean.count(old)
            if cnt != 1:
                raise SystemExit(f"{pid}-e{n}: old text occurs {cnt} times")
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
    print(f"built {len(labels)} cases ({sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
