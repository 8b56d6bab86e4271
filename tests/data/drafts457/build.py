#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of this set from the clean drafts.

Every error case is its clean draft with exactly one exact old -> new replacement
(the old text must occur exactly once in the clean draft).  The edit list below is
the single source of truth for the labels; README.md repeats it in prose.

Fields of an edit:
  code      error code of errors.md section A (severity is always "error")
  where     "prose" or "table"
  old, new  exact replacement applied to the clean draft
  value     exact substring of the error case that carries the changed figure
  fig_old   the changed figure as written in the clean draft (None for small table
            cells such as weights and scores, which legitimately repeat); verify.py
            checks it occurs once in the clean draft (twice for conflicting_values)
  fig_new   the figure as written in the error case (None: see fig_old); verify.py
            checks it occurs once in the error case
  expl      explanation written into labels.jsonl
  what      short description for README.md
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

PROJECTS = [
    "gz-duyun-maojiandibiao-2022",
    "fj-pinghe-shangbiaopeiyu-2020",
    "sd-laiyang-dibiaoli-2019",
    "sc-hanyuan-huajiaodibiao-2021",
    "jx-nanfeng-scjgj-bumen-2024",
]


def E(code, where, old, new, value, expl, what, fig_old=None, fig_new=None):
    return dict(code=code, where=where, old=old, new=new, value=value, expl=expl,
                what=what, fig_old=fig_old, fig_new=fig_new)


EDITS = {
    "gz-duyun-maojiandibiao-2022": [
        E("rate_mismatch", "prose",
          "市级资金支出31.27万元，执行率85.91%", "市级资金支出31.27万元，执行率89.51%",
          "执行率89.51%",
          "市级资金 31.27 / 36.40 = 85.91%, stated 89.51%",
          "市级资金执行率 85.91% → 89.51%", "85.91%", "89.51%"),
        E("sum_mismatch", "table",
          "其中：当年财政拨款\t72.00\t", "其中：当年财政拨款\t70.20\t",
          "当年财政拨款\t70.20",
          "年初预算数 column: 年度资金总额 78.40 ≠ 当年财政拨款 70.20 + 上年结转 6.40 + 其他 0.00 = 76.60 (should be 72.00)",
          "资金情况表 当年财政拨款 年初预算数 72.00 → 70.20", "72.00", "70.20"),
        E("unit_mismatch", "table",
          "15个工作日\t12个工作日\t", "15个工作日\t100%\t",
          "15个工作日\t100%",
          "专用标志核准办结时限: target in 工作日 (≤15个工作日), actual given as a percentage (100%); completion cannot be computed",
          "核准办结时限 实际完成值 12个工作日 → 100%", "12个工作日", None),
        E("year_mismatch", "prose",
          "已结转至2023年继续使用", "已结转至2022年继续使用",
          "结转至2022年",
          "unspent 2022 money cannot be carried over to 2022 itself; must be a later year (2023)",
          "结转至2023年 → 结转至2022年", "结转至2023年", "结转至2022年"),
        E("completion_mismatch", "prose",
          "完成年度目标的117.5%", "完成年度目标的127.5%",
          "完成年度目标的127.5%",
          "47家 against the target of 40家 = 117.5%, stated 127.5%",
          "新核准用标企业完成率 117.5% → 127.5%", "117.5%", "127.5%"),
        E("weight_sum_mismatch", "table",
          "126.5万枚\t6\t6", "126.5万枚\t8\t6",
          "126.5万枚\t8\t6",
          "分值 column now sums to 102 (专用标志印制发放量 weight 8 instead of 6) while 合计 says 100",
          "专用标志印制发放量 分值 6 → 8"),
    ],
    "fj-pinghe-shangbiaopeiyu-2020": [
        E("rate_mismatch", "prose",
          "核准注册156件，授权率73.58%", "核准注册156件，授权率75.38%",
          "授权率75.38%",
          "156 registered / 212 applied = 73.58%, stated 75.38%",
          "商标授权率 73.58% → 75.38%", "73.58%", "75.38%"),
        E("sum_mismatch", "prose",
          "分别为38件、27件", "分别为36件、27件",
          "分别为36件、27件",
          "township counts 36 + 27 + 24 + 21 + 19 + 27 = 154, stated 合计156件",
          "小溪镇新注册商标 38件 → 36件 (合计 stays 156)", "38件", "36件"),
        E("average_mismatch", "prose",
          "平均每期81人次", "平均每期83人次",
          "平均每期83人次",
          "(86 + 74 + 92 + 68 + 85) / 5 = 81, stated 83",
          "培训平均每期人次 81 → 83", "81人次", "83人次"),
        E("conflicting_values", "prose",
          "商标品牌奖补资金90.60万元，惠及", "商标品牌奖补资金90.06万元，惠及",
          "奖补资金90.06万元",
          "the rewards paid are 90.60万元 where they are broken down (15.60 + 30.00 + 20.00 + 9.00 + 16.00); the overview says 90.06万元",
          "概况中兑现奖补资金 90.60万元 → 90.06万元", "90.60万元", "90.06万元"),
        E("score_sum_mismatch", "table",
          "≥2件\t2件\t10\t10", "≥2件\t2件\t10\t9",
          "≥2件\t2件\t10\t9",
          "row scores now sum to 94.44 (新增地理标志证明商标 9 instead of 10) while 合计 and the text say 95.44",
          "新增地理标志证明商标 得分 10 → 9"),
        E("implausible_rate", "table",
          "≥90%\t96.5%\t", "≥90%\t106.5%\t",
          "106.5%",
          "a satisfaction rate cannot exceed 100% (106.5%)",
          "满意度 实际完成值 96.5% → 106.5%", "96.5%", "106.5%"),
    ],
    "sd-laiyang-dibiaoli-2019": [
        E("completion_mismatch", "table",
          "97.22%\t102.34%", "97.22%\t102.43%",
          "97.22%\t102.43%",
          "抽查合格率 97.22% against ≥95% = 102.34%, stated 102.43%",
          "抽查合格率 完成率 102.34% → 102.43%", "102.34%", "102.43%"),
        E("score_exceeds_weight", "table",
          "21家\t105%\t8\t8", "21家\t105%\t8\t8.4",
          "21家\t105%\t8\t8.4",
          "score 8.4 above the weight 8 (over-achievement 105% scored without the cap); total 88 still matches within its whole-number rounding",
          "新增规范用标企业 得分 8 → 8.4"),
        E("balance_mismatch", "prose",
          "年末结余2.88万元", "年末结余2.38万元",
          "结余2.38万元",
          "到位 56.50 − 执行 53.62 = 2.88, stated 2.38",
          "年末结余 2.88万元 → 2.38万元", "2.88万元", "2.38万元"),
        E("grade_mismatch", "prose",
          "自评总得分88分，等级为良好", "自评总得分88分，等级为优秀",
          "等级为优秀",
          "a total of 88 is in the 良 band (80 ≤ s < 90), not 优秀",
          "等级 良好 → 优秀", "良好", "优秀"),
        E("unit_mismatch", "prose",
          "专用标志印制4.00万元", "专用标志印制40000万元",
          "40000万元",
          "the 40000元 printing cost (50万枚 × 0.08元) written with the unit 万元: off by 10^4; the spending items then no longer add to 53.62",
          "专用标志印制 4.00万元 → 40000万元", "4.00万元", "40000万元"),
        E("conflicting_values", "table",
          "3210户\t107%", "3201户\t107%",
          "3201户",
          "带动梨农户数 is 3210户 in the text (效益分析) but 3201户 in the table",
          "表中带动梨农户数 3210户 → 3201户 (完成率107%仍然成立)", "3210户", "3201户"),
    ],
    "sc-hanyuan-huajiaodibiao-2021": [
        E("rate_mismatch", "table",
          "38.46\t96.15%", "38.46\t95.16%",
          "95.16%",
          "财政资金 38.46 / 40.00 = 96.15%, stated 95.16%",
          "资金表 财政资金执行率 96.15% → 95.16%", "96.15%", "95.16%"),
        E("sum_mismatch", "table",
          "合计\t43.00\t", "合计\t34.00\t",
          "合计\t34.00",
          "年初预算数 column: 38.00 + 0.00 + 0.00 + 5.00 = 43.00, 合计 says 34.00",
          "资金表 合计 年初预算数 43.00 → 34.00", "43.00", "34.00"),
        E("weight_sum_mismatch", "table",
          "2000\t2150\t15\t15", "2000\t2150\t16\t15",
          "2150\t16\t15",
          "分值 now sums to 101 (产出指标 61, 绩效指标 91) against 100 / 60 / 90",
          "示范区核心基地面积 分值 15 → 16"),
        E("year_mismatch", "prose",
          "于2021年4月经县财政局批复", "于2022年4月经县财政局批复",
          "2022年4月",
          "the carry-over is approved into the 2021 budget in April 2022, after the evaluation year",
          "上年结转资金批复时间 2021年4月 → 2022年4月", "2021年4月", "2022年4月"),
        E("completion_mismatch", "prose",
          "完成年度目标的113.33%", "完成年度目标的131.33%",
          "完成年度目标的131.33%",
          "17家 against 15家 = 113.33%, stated 131.33%",
          "新增规范用标企业完成率 113.33% → 131.33%", "113.33%", "131.33%"),
        E("implausible_rate", "prose",
          "绿色防控覆盖率达到96.8%", "绿色防控覆盖率达到106.8%",
          "106.8%",
          "a coverage rate cannot exceed 100% (106.8%)",
          "绿色防控覆盖率 96.8% → 106.8%", "96.8%", "106.8%"),
    ],
    "jx-nanfeng-scjgj-bumen-2024": [
        E("average_mismatch", "prose",
          "平均92.8分", "平均93.2分",
          "平均93.2分",
          "(96 + 94 + 91 + 95 + 88) / 5 = 92.8, stated 93.2",
          "项目平均自评分 92.8 → 93.2", "92.8分", "93.2分"),
        E("score_exceeds_weight", "table",
          "540件\t5\t5", "540件\t5\t5.4",
          "540件\t5\t5.4",
          "score 5.4 above the weight 5 (108% completion scored without the cap); total 96 still matches within its whole-number rounding",
          "新增有效注册商标 得分 5 → 5.4"),
        E("score_sum_mismatch", "table",
          "47.6亿元\t10\t10", "47.6亿元\t10\t9",
          "47.6亿元\t10\t9",
          "row scores now sum to 95 (地理标志产品年产值 9 instead of 10) while 合计 and the text say 96",
          "南丰蜜桔地理标志产品年产值 得分 10 → 9"),
        E("grade_mismatch", "table",
          "评价等级：优", "评价等级：良",
          "评价等级：良",
          "a total of 96 is in the 优 band (≥ 90), not 良",
          "表中评价等级 优 → 良", "评价等级：优", "评价等级：良"),
        E("balance_mismatch", "prose",
          "未执行的118.39万元", "未执行的113.89万元",
          "未执行的113.89万元",
          "项目支出 534.24 − 415.85 = 118.39 (also 2,186.54 − 2,068.15), stated 113.89",
          "结转金额 118.39万元 → 113.89万元", "118.39万元", "113.89万元"),
        E("conflicting_values", "prose",
          "我局全年支出2,068.15万元", "我局全年支出2,086.15万元",
          "2,086.15万元",
          "the year's spending is 2,068.15万元 in the funds section (1,652.30 + 415.85, rate 94.59%) but 2,086.15万元 in the overview",
          "概况中全年支出 2,068.15万元 → 2,086.15万元", "2,068.15万元", "2,086.15万元"),
    ],
}


def main():
    labels = []
    for pid in PROJECTS:
        clean_name = f"{pid}-clean.txt"
        with open(os.path.join(CASES, clean_name), encoding="utf-8") as f:
            clean = f.read()
        labels.append({"case": clean_name, "source": pid, "clean": True, "expected": []})
        edits = EDITS[pid]
        assert len(edits) == 6, pid
        for i, e in enumerate(edits, 1):
            n = clean.count(e["old"])
            if n != 1:
                raise SystemExit(f"{pid} e{i}: old text occurs {n} times: {e['old']!r}")
            err = clean.replace(e["old"], e["new"], 1)
            name = f"{pid}-e{i}.txt"
            with open(os.path.join(CASES, name), "w", encoding="utf-8") as f:
                f.write(err)
            if e["value"] not in err:
                raise SystemExit(f"{pid} e{i}: value not in case: {e['value']!r}")
            labels.append({"case": name, "source": pid, "clean": False, "expected": [
                {"code": e["code"], "severity": "error", "value": e["value"],
                 "explanation": e["expl"]}]})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"built {len(labels)} cases")


if __name__ == "__main__":
    main()
