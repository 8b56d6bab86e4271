#!/usr/bin/env python3
"""Build the error cases and labels.jsonl of the n475 set from the clean drafts and the edit list below.

Each edit is one exact old -> new replacement that must match exactly once in the clean draft.
`where` says whether the slip sits in prose or in a table; `shared_ok` marks an edit whose changed token
(a year) legitimately occurs elsewhere in the draft as a different quantity.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A = "gx-rongshui-chanqianshaicha-2019"
B = "sx-fanzhi-muyinganquan-2021"
C = "sc-nanjiang-wuchuangdna-2024"
Dd = "hn-cili-fuyoubumen-2022"
E = "hb-jianshi-chanqianshaicha-2020"
SOURCES = [A, B, C, Dd, E]

EDITS = [
    # ---- A: Guangxi 2019, MOF 自评表 copied from a PDF ----
    dict(src=A, n=1, code="rate_mismatch", where="prose",
         old="自治区补助资金执行125.46万元，执行率98.02%", new="自治区补助资金执行125.46万元，执行率98.20%",
         value="执行率98.20%", explanation="125.46 / 128.00 = 98.02%, stated 98.20%"),
    dict(src=A, n=2, code="balance_mismatch", where="prose",
         old="年末结余5.04万元", new="年末结余5.40万元",
         value="年末结余5.40万元", explanation="all 186.40 received, 181.36 spent: balance 5.04, stated 5.40"),
    dict(src=A, n=3, code="sum_mismatch", where="prose",
         old="18-三体高风险61例", new="18-三体高风险67例",
         value="18-三体高风险67例", explanation="172 + 67 + 53 = 292, but 唐筛高风险 is 286 (also 281 followed + 5 lost)"),
    dict(src=A, n=4, code="score_exceeds_weight", where="table",
         old="无创DNA检测例数 ≥600例 620例 10 10", new="无创DNA检测例数 ≥600例 620例 10 12",
         value="620例 10 12", explanation="score 12 above weight 10; the total 98.28 still equals the sum with this row at its full 10"),
    dict(src=A, n=5, code="implausible_rate", where="table",
         old="其他资金 0.00 0.00 0.00 — — —", new="其他资金 0.00 0.00 0.00 — 100.00% —",
         value="其他资金 0.00 0.00 0.00 — 100.00%", explanation="execution rate 100.00% on a 0.00 budget (zero base)"),
    dict(src=A, n=6, code="conflicting_values", where="table",
         old="高风险孕妇随访率 ≥95% 98.25%", new="高风险孕妇随访率 ≥95% 98.52%",
         value="≥95% 98.52%", explanation="自评表 98.52% vs text 随访率98.25% (281 / 286 = 98.25%)"),
    # ---- B: Shanxi 2021, seed-003 layout ----
    dict(src=B, n=1, code="rate_mismatch", where="table",
         old="\t95.29\n\t96.38\n\t93.36\n", new="\t95.29\n\t96.38\n\t93.63\n",
         value="96.38\n\t93.63", explanation="预算执行率 省级: 24.74 / 26.50 = 93.36%, stated 93.63"),
    dict(src=B, n=2, code="sum_mismatch", where="table",
         old="\t(1)\n\t96.00\n\t96.00\n\t52.00\n\t24.00\n", new="\t(1)\n\t96.00\n\t96.00\n\t52.00\n\t26.00\n",
         value="52.00\n\t26.00", explanation="年初预算 小计 96.00 ≠ 52.00 + 26.00 + 20.00 = 98.00 (and 26.00 + 2.50 ≠ 全年 26.50)"),
    dict(src=B, n=3, code="completion_mismatch", where="table",
         old="\t99.23%\n\t104.45%\n", new="\t99.23%\n\t104.54%\n",
         value="104.54%", explanation="专案管理率 99.23 / 95 = 104.45%, stated 104.54%"),
    dict(src=B, n=4, code="score_sum_mismatch", where="prose",
         old="总得分99.40分", new="总得分99.04分",
         value="总得分99.04分", explanation="附件1 scores add to 9.56 + 50 + 15 + 5 + 9.84 + 10 = 99.40"),
    dict(src=B, n=5, code="grade_mismatch", where="prose",
         old="总得分99.40分，属于\"优秀\"", new="总得分99.40分，属于\"良好\"",
         value="属于\"良好\"", explanation="99.40 is in the 优 band (≥ 90)"),
    dict(src=B, n=6, code="year_mismatch", where="table",
         old="附件1.项目支出绩效自评表\n（2021年度）", new="附件1.项目支出绩效自评表\n（2020年度）",
         value="（2020年度）", explanation="the report evaluates 2021 (title, funds, outputs); 附件1 claims 2020",
         shared_ok=True),
    # ---- C: Sichuan 2024 ----
    dict(src=C, n=1, code="implausible_rate", where="prose",
         old="满意度97.20%", new="满意度107.20%",
         value="满意度107.20%", explanation="a satisfaction rate cannot exceed 100%"),
    dict(src=C, n=2, code="weight_sum_mismatch", where="table",
         old="检测报告出具时间\t≤\t10\t个工作日\t9\t10\t10", new="检测报告出具时间\t≤\t10\t个工作日\t9\t12\t10",
         value="个工作日\t9\t12", explanation="weights 10 + 20 + 15 + 12 + 15 + 15 + 15 = 102, 总分 says 100"),
    dict(src=C, n=3, code="completion_mismatch", where="prose",
         old="完成年度目标的105.36%", new="完成年度目标的103.56%",
         value="完成年度目标的103.56%", explanation="2318 / 2200 = 105.36%, stated 103.56%"),
    dict(src=C, n=4, code="unit_mismatch", where="prose",
         old="其中省级补助资金72.00万元", new="其中省级补助资金720000万元",
         value="省级补助资金720000万元", explanation="720000 is the 元 figure (72.00万元) labelled 万元: 132.60 = 72.00 + 60.60 only after rescaling by 10^4"),
    dict(src=C, n=5, code="balance_mismatch", where="prose",
         old="年末结余1.36万元", new="年末结余1.63万元",
         value="年末结余1.63万元", explanation="132.60 received − 131.24 spent = 1.36"),
    dict(src=C, n=6, code="conflicting_values", where="prose",
         old="知识知晓率达到88.50%", new="知识知晓率达到85.80%",
         value="知晓率达到85.80%", explanation="text 85.80% vs 自评表 实际完成值 88.50 (%)"),
    # ---- D: Hunan 2022, 部门整体 ----
    dict(src=Dd, n=1, code="average_mismatch", where="prose",
         old="平均95.13分", new="平均95.31分",
         value="平均95.31分", explanation="(96.50 + 94.00 + 98.00 + 92.00) / 4 = 95.125 → 95.13"),
    dict(src=Dd, n=2, code="sum_mismatch", where="table",
         old="基本支出|5,612.47|", new="基本支出|5,621.47|",
         value="基本支出|5,621.47|", explanation="支出合计 6,705.12 ≠ 5,621.47 + 1,092.65; 人员 3,986.05 + 公用 1,626.42 = 5,612.47"),
    dict(src=Dd, n=3, code="rate_mismatch", where="prose",
         old="孕产妇死亡率16.91/10万", new="孕产妇死亡率19.61/10万",
         value="孕产妇死亡率19.61/10万", explanation="1 death / 5,912 live births × 100000 = 16.91/10万"),
    dict(src=Dd, n=4, code="score_exceeds_weight", where="table",
         old="管理制度健全性|5|5", new="管理制度健全性|5|6",
         value="管理制度健全性|5|6", explanation="score 6 above weight 5; the total 99.01 equals the sum with this row at its full 5"),
    dict(src=Dd, n=5, code="grade_mismatch", where="table",
         old="合计||100|99.01|优", new="合计||100|99.01|良",
         value="100|99.01|良", explanation="99.01 is in the 优 band (≥ 90)"),
    dict(src=Dd, n=6, code="conflicting_values", where="prose",
         old="产前筛查项目全年使用资金152.36万元", new="产前筛查项目全年使用资金125.36万元",
         value="全年使用资金125.36万元", explanation="the same project spent 152.36万元 in section 二（二） (execution 97.17% of 156.80)"),
    # ---- E: Hubei 2020, web page ----
    dict(src=E, n=1, code="average_mismatch", where="prose",
         old="平均每个筛查点954.67例", new="平均每个筛查点945.67例",
         value="平均每个筛查点945.67例", explanation="(1648 + 682 + 534) / 3 = 954.67"),
    dict(src=E, n=2, code="score_sum_mismatch", where="table",
         old="合计\t\t100\t\t\t\t97.44", new="合计\t\t100\t\t\t\t97.04",
         value="100\t\t\t\t97.04", explanation="18.12 + 14.32 + 10 + 15 + 10 + 15 + 10 + 5 = 97.44"),
    dict(src=E, n=3, code="year_mismatch", where="prose",
         old="已结转2021年继续用于产前筛查", new="已结转2020年继续用于产前筛查",
         value="已结转2020年", explanation="the unspent part of the 2020 budget is carried into 2020 itself",
         shared_ok=True),
    dict(src=E, n=4, code="unit_mismatch", where="table",
         old="宣传覆盖乡镇数\t5\t≥10个\t10个\t100%", new="宣传覆盖乡镇数\t5\t≥10个\t100%\t100%",
         value="≥10个\t100%", explanation="target in 个 (townships), actual given as a percentage"),
    dict(src=E, n=5, code="weight_sum_mismatch", where="table",
         old="目标2：母婴安全（25分）", new="目标2：母婴安全（30分）",
         value="母婴安全（30分）", explanation="目标2 rows weigh 10 + 15 = 25; blocks now 20 + 40 + 30 + 15 = 105"),
    dict(src=E, n=6, code="completion_mismatch", where="table",
         old="\t2212例\t100.55%\t", new="\t2212例\t105.50%\t",
         value="105.50%", explanation="2212 / 2200 = 100.55%, stated 105.50%"),
]


def main():
    labels = []
    meta = []
    for src in SOURCES:
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        labels.append({"case": src + "-clean.txt", "source": src, "clean": True, "expected": []})
        for e in sorted((e for e in EDITS if e["src"] == src), key=lambda e: e["n"]):
            k = clean.count(e["old"])
            if k != 1:
                raise SystemExit("%s e%d: old text occurs %d times" % (src, e["n"], k))
            text = clean.replace(e["old"], e["new"])
            if e["value"] not in text:
                raise SystemExit("%s e%d: value not in error case" % (src, e["n"]))
            case = "%s-e%d.txt" % (src, e["n"])
            with open(os.path.join(CASES, case), "w", encoding="utf-8") as f:
                f.write(text)
            labels.append({"case": case, "source": src, "clean": False,
                           "expected": [{"code": e["code"], "severity": "error", "value": e["value"],
                                         "explanation": e["explanation"]}]})
            meta.append({"case": case, "code": e["code"], "where": e["where"], "old": e["old"], "new": e["new"],
                         "shared_ok": bool(e.get("shared_ok"))})
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "edits.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    where = {}
    for m in meta:
        where[m["where"]] = where.get(m["where"], 0) + 1
    print("built %d cases (%d errors; %s)" % (len(labels), len(meta), where))


if __name__ == "__main__":
    main()
