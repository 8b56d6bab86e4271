#!/usr/bin/env python3
"""Verify the n180 set.

1. every label value occurs in its case and overlaps the injected change;
2. every error case equals its clean draft with exactly one replacement (one place) from build.py's EDITS;
3. the arithmetic of every clean draft holds: each figure used below is read from the clean text
   (the context string must occur in it), then sums, rates, balances, averages, completion rates,
   weights, scores and grades are recomputed with the tolerance of rules.md §8;
4. coverage: 5 clean drafts, 30 error cases, each of the 13 codes at least twice.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, SOURCES, A, B, C, D, E  # noqa: E402

CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


class Doc:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def raw(self, ctx, i=0):
        """The i-th number written inside ctx, which must occur in the draft."""
        if ctx not in self.text:
            fail(f"{self.name}: context not found: {ctx!r}")
            return "0"
        found = NUM.findall(ctx)
        if i >= len(found):
            fail(f"{self.name}: no number #{i} in {ctx!r}")
            return "0"
        return found[i].replace(",", "")

    def v(self, ctx, i=0):
        return Decimal(self.raw(ctx, i))

    def d(self, ctx, i=0):
        """Decimals of the stated number (for the tolerance)."""
        s = self.raw(ctx, i)
        return len(s.split(".")[1]) if "." in s else 0

    # --- checks -------------------------------------------------------------
    def close(self, what, computed, ctx, i=0):
        stated, dec = self.v(ctx, i), self.d(ctx, i)
        tol = Decimal("0.5") * Decimal(10) ** -dec + Decimal("1e-9")
        if abs(computed - stated) > tol:
            fail(f"{self.name}: {what}: computed {computed:.4f}, stated {stated} ({ctx!r})")

    def equal(self, what, computed, ctx, i=0):
        stated = self.v(ctx, i)
        if computed != stated:
            fail(f"{self.name}: {what}: computed {computed}, stated {stated} ({ctx!r})")

    def sum(self, what, parts, total):
        self.equal(what, sum(parts, Decimal(0)), *total) if isinstance(total, tuple) else \
            self.equal(what, sum(parts, Decimal(0)), total)

    def rate(self, what, num, den, ctx, i=0):
        self.close(what, num / den * 100, ctx, i)

    def grade(self, total, ctx):
        if ctx not in self.text:
            fail(f"{self.name}: grade context not found {ctx!r}")
        band = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
        if band not in ctx:
            fail(f"{self.name}: grade {ctx!r} does not fit total {total} (band {band})")

    def table(self, rows, total_ctx, total_i_weight, total_i_score):
        """rows: (label, weight, score, rule) with rule = ('gte', actual, target) | ('qual', lo, hi) | None."""
        ws = sum((w for _, w, _, _ in rows), Decimal(0))
        ss = sum((s for _, _, s, _ in rows), Decimal(0))
        self.equal("weights add to 总分", ws, total_ctx, total_i_weight)
        if ws != 100:
            fail(f"{self.name}: weights add to {ws}")
        self.equal("scores add to total", ss, total_ctx, total_i_score)
        for label, w, s, rule in rows:
            if s > w or s < 0:
                fail(f"{self.name}: {label}: score {s} outside [0, {w}]")
            if rule and rule[0] == "gte":
                expect = w * min(rule[1] / rule[2], Decimal(1))
                if abs(expect - s) > Decimal("0.005") + Decimal("1e-9"):
                    fail(f"{self.name}: {label}: score {s}, rule gives {expect:.4f}")
            if rule and rule[0] == "qual":
                if not (w * rule[1] <= s <= w * rule[2]):
                    fail(f"{self.name}: {label}: qualitative score {s} outside band")
        return ss


def q(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------------------------------
def check_A(t):
    x = Doc(A, t)
    # funds: initial, added, annual; sources
    x.sum("年初预算 = 中央 + 省 + 县", [x.v("中央资金360.00万元"), x.v("省级资金130.00万元、县级配套"),
                                    x.v("县级配套130.00万元")], "年初预算620.00万元")
    x.equal("中央 360 + 追加 52", x.v("中央资金360.00万元") + x.v("追加中央资金52.00万元"), "中央资金412.00万元")
    x.equal("省级 130 + 追加 76.60", x.v("省级资金130.00万元、县级配套") + x.v("省级资金76.60万元"), "省级资金206.60万元")
    x.sum("全年预算 = 中央 + 省 + 县", [x.v("中央资金412.00万元"), x.v("省级资金206.60万元"),
                                    x.v("县级资金130.00万元")], "全年预算748.60万元")
    x.equal("年初 + 追加 = 全年", x.v("年初预算620.00万元") + x.v("追加中央资金52.00万元") + x.v("省级资金76.60万元"),
            "全年预算748.60万元")
    spent, budget = x.v("全年实际支出731.42万元"), x.v("全年预算748.60万元")
    x.rate("执行率", spent, budget, "预算执行率97.71%")
    x.equal("结余 = 预算 - 支出 (到位率100%)", budget - spent, "结余17.18万元")
    rows = ["普惠性民办幼儿园生均补助\t394.00\t394.00\t100%", "公办幼儿园生均公用经费\t150.60\t150.60\t100%",
            "家庭经济困难幼儿资助\t176.00\t159.30\t90.51%", "幼儿园教师培训\t28.00\t27.52\t98.29%"]
    for r in rows:
        x.rate("use-table row rate", x.v(r, 1), x.v(r, 0), r, 2)
    x.sum("use-table budgets", [x.v(r, 0) for r in rows], "合计\t748.60\t731.42\t97.71%")
    x.sum("use-table spending", [x.v(r, 1) for r in rows], ("合计\t748.60\t731.42\t97.71%", 1))
    x.rate("use-table total rate", spent, budget, "合计\t748.60\t731.42\t97.71%", 2)
    x.equal("生均补助 9850 × 400元", x.v("在园幼儿9850人") * x.v("每生每年400元") / 10000, "拨付生均补助394.00万元")
    x.equal("公用经费 5020 × 300元", x.v("惠及幼儿5020人") * x.v("每生每年300元") / 10000, "公用经费150.60万元")
    x.equal("资助 3186 × 500元", x.v("困难幼儿3186人次") * x.v("每生每学期500元") / 10000, "发放资助金159.30万元")
    avg = x.v("在园幼儿9850人") / x.v("对46所普惠性民办幼儿园")
    if abs(avg - x.v("园均在园幼儿约214人")) > Decimal("0.5"):
        fail("A: 园均约214人")
    x.close("满意度平均", (x.v("96.1%、94.8%、94.7%", 0) + x.v("96.1%、94.8%、94.7%", 1)
                       + x.v("96.1%、94.8%、94.7%", 2)) / 3, "平均满意度95.2%")
    # self-evaluation table
    fr = "年度资金总额\t620.00\t748.60\t731.42\t10\t97.71%\t9.77"
    x.equal("table 年初", x.v(fr, 0), "年初预算620.00万元")
    x.equal("table 全年", x.v(fr, 1), "全年预算748.60万元")
    x.equal("table 执行", x.v(fr, 2), "全年实际支出731.42万元")
    x.rate("table 执行率", x.v(fr, 2), x.v(fr, 1), fr, 4)
    x.close("execution score", x.v(fr, 3) * x.v(fr, 2) / x.v(fr, 1), fr, 5)
    sub = "其中：当年财政拨款\t620.00\t748.60\t731.42\t—\t97.71%\t—"
    x.equal("当年财政拨款 = 总额 (no carry-over, no other funds)", x.v(sub, 1), fr, 1)
    R = [
        ("预算执行率", x.v(fr, 3), x.v(fr, 5), None),
        ("普惠园数量", x.v("≥45所\t46所\t10\t10", 2), x.v("≥45所\t46所\t10\t10", 3),
         ("gte", x.v("≥45所\t46所", 1), x.v("≥45所\t46所", 0))),
        ("资助人次", x.v("≥3000人次\t3186人次\t10\t10", 2), x.v("≥3000人次\t3186人次\t10\t10", 3),
         ("gte", x.v("≥3000人次\t3186人次", 1), x.v("≥3000人次\t3186人次", 0))),
        ("覆盖率", x.v("≥85%\t87.6%\t10\t10", 2), x.v("≥85%\t87.6%\t10\t10", 3),
         ("gte", x.v("≥85%\t87.6%", 1), x.v("≥85%\t87.6%", 0))),
        ("时效", x.v("30日内\t10\t10", 1), x.v("30日内\t10\t10", 2), None),
        ("成本", x.v("400元/生·年\t10\t10", 1), x.v("400元/生·年\t10\t10", 2), None),
        ("毛入园率", x.v("≥90%\t91.3%\t15\t15", 2), x.v("≥90%\t91.3%\t15\t15", 3),
         ("gte", x.v("≥90%\t91.3%", 1), x.v("≥90%\t91.3%", 0))),
        ("等级园占比", x.v("≥60%\t56.0%\t15\t14", 2), x.v("≥60%\t56.0%\t15\t14", 3),
         ("gte", x.v("≥60%\t56.0%", 1), x.v("≥60%\t56.0%", 0))),
        ("满意度", x.v("≥90%\t95.2%\t10\t10", 2), x.v("≥90%\t95.2%\t10\t10", 3),
         ("gte", x.v("≥90%\t95.2%", 1), x.v("≥90%\t95.2%", 0))),
    ]
    total = x.table(R, "总分\t\t\t\t\t100\t98.77", 0, 1)
    x.equal("text total", total, "综合得分98.77分")
    lv = "预算执行得分9.77分，产出指标得分50分，效益指标得分29分，满意度指标得分10分，综合得分98.77分"
    x.sum("level scores", [x.v(lv, 0), x.v(lv, 1), x.v(lv, 2), x.v(lv, 3)], (lv, 4))
    x.equal("执行 level", R[0][2], lv, 0)
    x.equal("产出 level", sum((r[2] for r in R[1:6]), Decimal(0)), lv, 1)
    x.equal("效益 level", R[6][2] + R[7][2], lv, 2)
    x.equal("满意度 level", R[8][2], lv, 3)
    x.grade(total, "评价等级为“优”")
    x.equal("goal box 46所", x.v("补助普惠性民办幼儿园46所"), "≥45所\t46所", 1)
    x.equal("goal box 3186", x.v("资助家庭经济困难幼儿3186人次"), "≥3000人次\t3186人次", 1)


def check_B(t):
    x = Doc(B, t)
    x.sum("年初 = 省级提前 + 县级", [x.v("省级提前下达资金84.00万元"), x.v("县级配套66.00万元")], "年初预算150.00万元")
    x.equal("省级 84 + 36", x.v("省级提前下达资金84.00万元") + x.v("省级追加36.00万元"), "省级120.00万元")
    x.sum("全年 = 省 + 县", [x.v("省级120.00万元"), x.v("县级66.00万元")], "全年预算186.00万元")
    spent, budget = x.v("全年实际支出158.10万元"), x.v("全年预算186.00万元")
    x.rate("执行率", spent, budget, "预算执行率85.00%")
    x.rate("省级执行率", x.v("省级资金支出101.52万元"), x.v("省级120.00万元"), "支出101.52万元，执行率84.60%", 1)
    x.rate("县级执行率", x.v("县级资金支出56.58万元"), x.v("县级66.00万元"), "支出56.58万元，执行率85.73%", 1)
    x.sum("省 + 县 支出", [x.v("省级资金支出101.52万元"), x.v("县级资金支出56.58万元")], "全年实际支出158.10万元")
    x.sum("按用途", [x.v("县级集中培训62.40万元"), x.v("骨干教师跟岗研修38.50万元"), x.v("课程资源21.60万元"),
                   x.v("送教下乡35.60万元")], "全年实际支出158.10万元")
    x.equal("结余", budget - spent, "全年结余27.90万元")
    p = "分别培训912人次、886人次、854人次"
    x.sum("片区之和", [x.v(p, 0), x.v(p, 1), x.v(p, 2)], "全年培训乡村教师2652人次")
    x.close("片区平均", (x.v(p, 0) + x.v(p, 1) + x.v(p, 2)) / 3, "平均每个片区884人次")
    x.rate("培训人次完成率", x.v("全年培训乡村教师2652人次"), x.v("不少于2400人次"), "完成年度目标的110.50%")
    x.equal("跟岗差额", x.v("不少于120人") - x.v("骨干教师跟岗研修96人"), "比目标少24人")
    per = spent * 10000 / x.v("全年培训乡村教师2652人次")
    x.close("人均成本", per, "\t596.15元/人次")
    if abs(per - x.v("人均培训成本约596元")) > Decimal("0.5"):
        fail("B: 约596元")
    x.close("达标率提高", x.v("达标率达到92.4%") - x.v("比2019年的86.1%", 1), "提高6.3个百分点")
    fr = "\t年度资金总额\n\t150.00\n\t186.00\n\t158.10\n\t10\n\t85.00%\n\t8.50"
    x.rate("table 执行率", x.v(fr, 2), x.v(fr, 1), fr, 4)
    x.close("execution score", x.v(fr, 3) * x.v(fr, 2) / x.v(fr, 1), fr, 5)
    x.equal("table 年初", x.v(fr, 0), "年初预算150.00万元")

    def row(ctx, iw, isc, rule=None):
        return (ctx, x.v(ctx, iw), x.v(ctx, isc), rule)
    r1 = "\t≥2400人次\n\t2652人次\n\t10\n\t10"
    r2 = "\t≥120人\n\t96人\n\t10\n\t8.00"
    r3 = "\t≥95%\n\t98.6%\n\t10\n\t10"
    r4 = "\t2020年12月25日\n\t10\n\t10"
    r5 = "\t≤800元/人次\n\t596.15元/人次\n\t10\n\t10"
    r6 = "\t≥90%\n\t92.4%\n\t15\n\t15"
    r7 = "\t逐步完善\n\t部分完善\n\t15\n\t10.5"
    r8 = "\t≥90%\n\t93.8%\n\t10\n\t10"
    R = [("预算执行率", x.v(fr, 3), x.v(fr, 5), None),
         row(r1, 2, 3, ("gte", x.v(r1, 1), x.v(r1, 0))), row(r2, 2, 3, ("gte", x.v(r2, 1), x.v(r2, 0))),
         row(r3, 2, 3, ("gte", x.v(r3, 1), x.v(r3, 0))), row(r4, 3, 4), row(r5, 2, 3),
         row(r6, 2, 3, ("gte", x.v(r6, 1), x.v(r6, 0))), row(r7, 0, 1, ("qual", Decimal("0.6"), Decimal("0.8"))),
         row(r8, 2, 3, ("gte", x.v(r8, 1), x.v(r8, 0)))]
    total = x.table(R, "\t总分\n\t\n\t\n\t\n\t\n\t100\n\t92.00", 0, 1)
    x.equal("text total", total, "自评得分92.00分")
    x.grade(total, "等级为优")


def check_C(t):
    x = Doc(C, t)
    x.sum("全年 = 中央 + 省 + 县", [x.v("补助资金48.00万元"), x.v("省级资金20.00万元"), x.v("县级资金12.00万元")],
          "全年预算80.00万元")
    x.sum("年初 = 中央提前 + 县级", [x.v("补助资金48.00万元"), x.v("县级资金12.00万元")], "预算60.00万元")
    rows = ["中央资金 48.00 48.00 46.80 100% 97.50%", "省级资金 20.00 20.00 19.04 100% 95.20%",
            "县级资金 12.00 12.00 11.00 100% 91.67%"]
    tot = "合计 80.00 80.00 76.84 100% 96.05%"
    for r in rows + [tot]:
        x.rate("到位率", x.v(r, 1), x.v(r, 0), r, 3)
        x.rate("执行率", x.v(r, 2), x.v(r, 0), r, 4)
    for k in range(3):
        x.sum("source column", [x.v(r, k) for r in rows], (tot, k))
    spent, budget = x.v("全年实际支出76.84万元"), x.v("全年预算80.00万元")
    x.equal("支出 = 表合计", spent, tot, 2)
    x.rate("执行率", spent, budget, "预算执行率96.05%")
    x.equal("结余 = 到位 - 支出", x.v(tot, 1) - spent, "结余3.16万元")
    rooms = "分别投入9.80万元、\n10.20万元、9.60万元、10.40万元，平均每间10.00万元"
    x.sum("资源教室", [x.v(rooms, i) for i in range(4)], "资源教室建设\n40.00万元")
    x.close("资源教室平均", sum((x.v(rooms, i) for i in range(4)), Decimal(0)) / 4, rooms, 4)
    x.equal("送教 62 × 2000元", x.v("送教上门62人，\n按每生每年2,000元") * x.v("每生每年2,000元") / 10000,
            "标准支出12.40万元")
    x.sum("按用途", [x.v("资源教室建设\n40.00万元"), x.v("标准支出12.40万元"), x.v("教具14.84万元"),
                   x.v("培训及补助9.60万元")], "全年实际支出76.84万元")
    x.sum("随班 + 送教 = 200", [x.v("随班就读残疾学生138人"), x.v("送教上门学生62人")], "全部200名")
    x.rate("送教完成率", x.v("实际送教上门62人"), x.v("送教上门学生不少于70人"), "完成年度目标的88.57%")
    x.equal("未送教人数", x.v("送教上门学生不少于70人") - x.v("实际送教上门62人"), "主要是8名学")
    per_month = Decimal(1500) / x.v("实际送教上门62人") / 12
    if per_month < 2:
        fail("C: 每月2次以上")
    fr = "年度资金总额 60.00 80.00 76.84 10 96.05% 9.61"
    x.rate("table 执行率", x.v(fr, 2), x.v(fr, 1), fr, 4)
    x.close("execution score", x.v(fr, 3) * x.v(fr, 2) / x.v(fr, 1), fr, 5)
    x.equal("table 年初", x.v(fr, 0), "预算60.00万元")

    def row(ctx, iw, isc, rule=None):
        return (ctx, x.v(ctx, iw), x.v(ctx, isc), rule)
    r1 = "新建资源教室数量 4间 4间 10 10"
    r2 = "≥70人 62人 10 8.86"
    r3 = "≥97% 98.2% 10 10"
    r4 = "资金拨付及时率 100% 100% 10 10"
    r5 = "≤15万元 14.84万元 10 10"
    r6 = "≥95% 96.4% 15 15"
    r7 = "逐步健全 基本建立 15 14"
    r8 = "≥90% 92.5% 10 10"
    R = [("预算执行率", x.v(fr, 3), x.v(fr, 5), None),
         row(r1, 2, 3, ("gte", x.v(r1, 1), x.v(r1, 0))), row(r2, 2, 3, ("gte", x.v(r2, 1), x.v(r2, 0))),
         row(r3, 2, 3, ("gte", x.v(r3, 1), x.v(r3, 0))), row(r4, 2, 3), row(r5, 2, 3),
         row(r6, 2, 3, ("gte", x.v(r6, 1), x.v(r6, 0))), row(r7, 0, 1, ("qual", Decimal("0.8"), Decimal("1"))),
         row(r8, 2, 3, ("gte", x.v(r8, 1), x.v(r8, 0)))]
    total = x.table(R, "总分 100 97.47", 0, 1)
    x.equal("text total", total, "自评得分97.47分")
    x.grade(total, "评价等级 优")
    x.grade(total, "评价等级为优")
    x.equal("cost row = text", x.v(r5, 1), "康复器材采购支出14.84万元")


def check_D(t):
    x = Doc(D, t)
    x.sum("中央 = 提前 + 追加", [x.v("提前下达760.00万元"), x.v("追加100.00万元")], "中央资金860.00万元")
    x.sum("全年 = 中央 + 省 + 县", [x.v("中央资金860.00万元"), x.v("省级资金305.00万元"), x.v("县级资金100.00万元")],
          "全年预算1,265.00万元")
    x.sum("年初 = 中央提前 + 县级", [x.v("提前下达760.00万元"), x.v("县级资金100.00万元")], "年初预算860.00万元")
    rows = ["中央资金｜860.00｜821.56｜95.53%", "省级资金｜305.00｜286.80｜94.03%", "县级资金｜100.00｜90.00｜90.00%"]
    tot = "合计｜1,265.00｜1,198.36｜94.73%"
    for r in rows + [tot]:
        x.rate("source rate", x.v(r, 1), x.v(r, 0), r, 2)
    x.sum("source budgets", [x.v(r, 0) for r in rows], tot)
    x.sum("source spending", [x.v(r, 1) for r in rows], (tot, 1))
    spent = x.v("项目累计支出1,198.36万元")
    x.equal("支出 = 表合计", spent, tot, 1)
    x.rate("执行率", spent, x.v("全年预算1,265.00万元"), "预算执行率94.73%")
    x.sum("校舍改造", [x.v("七都中心学校312.50万元"), x.v("横渡中学286.40万元"), x.v("仙寓小学198.20万元")],
          "校舍改造797.10万元")
    x.sum("设施设备", [x.v("课桌椅1860套111.60万元", 1), x.v("学生公寓床520张93.60万元", 1), x.v("食堂设备79.06万元")],
          "设施设备采购284.26万元")
    x.equal("智慧黑板 45 × 2.6", x.v("智慧黑板45块117.00万元") * x.v("单价2.6万元/块"), "智慧黑板45块117.00万元", 1)
    x.sum("按用途", [x.v("校舍改造797.10万元"), x.v("设施设备采购284.26万元"), x.v("智慧黑板45块117.00万元", 1)],
          "项目累计支出1,198.36万元")
    x.equal("未支付 = 预算 - 支出", x.v("全年预算1,265.00万元") - spent, "未支付的66.64万元")
    x.equal("单价差", x.v("≤2.8万元/块｜2.6万元/块", 0) - x.v("≤2.8万元/块｜2.6万元/块", 1), "低0.2万元/块")
    x.rate("按期完工率 2/3", Decimal(2), Decimal(3), "按期完工率66.67%")
    x.equal("受益学生 text = table", x.v("受益学生4,736人"), "≥4500人｜4736人", 1)
    fr = "年度资金总额｜860.00｜1,265.00｜1,198.36｜10｜94.73%｜9.47"
    x.rate("table 执行率", x.v(fr, 2), x.v(fr, 1), fr, 4)
    x.close("execution score", x.v(fr, 3) * x.v(fr, 2) / x.v(fr, 1), fr, 5)
    # rows with 完成率 column: target, actual, completion, weight, score
    spec = [
        ("≥6000平方米｜6420平方米｜107.00%｜10｜10", "gte"),
        ("≥1800套｜1860套｜103.33%｜10｜10", "gte"),
        ("工程验收合格率｜100%｜100%｜100.00%｜10｜10", "gte"),
        ("项目按期完工率｜100%｜66.67%｜66.67%｜10｜6.67", "gte"),
        ("≤2.8万元/块｜2.6万元/块｜100.00%｜10｜10", "lte"),
        ("≥4500人｜4736人｜105.24%｜15｜15", "gte"),
        ("持续改善｜持续改善｜100.00%｜15｜15", None),
        ("≥90%｜94.6%｜105.11%｜10｜10", "gte"),
    ]
    R = [("预算执行率", x.v(fr, 3), x.v(fr, 5), None)]
    for ctx, kind in spec:
        n = [x.v(ctx, i) for i in range(5)] if kind else None
        if kind == "gte":
            x.close("完成率", n[1] / n[0] * 100, ctx, 2)
            R.append((ctx, n[3], n[4], ("gte", n[1], n[0])))
        elif kind == "lte":
            x.close("完成率 (lte met)", Decimal(100) if n[1] <= n[0] else n[0] / n[1] * 100, ctx, 2)
            R.append((ctx, n[3], n[4], None))
        else:
            R.append((ctx, x.v(ctx, 1), x.v(ctx, 2), None))
    total = x.table(R, "总分｜｜｜｜｜｜100｜96.14", 0, 1)
    x.equal("text total", total, "项目综合得分96.14分")
    x.grade(total, "评价等级为“优”")


def check_E(t):
    x = Doc(E, t)
    x.sum("省级 = 提前 + 追加", [x.v("提前下达130.00万元"), x.v("追加96.00万元")], "省级资金226.00万元")
    x.sum("全年 = 省 + 县 + 结转", [x.v("省级资金226.00万元"), x.v("县级配套130.00万元"), x.v("上年结转资金24.00万元")],
          "全年预算合计380.00万元")
    tot = "\t年度资金总额\t260.00\t380.00\t309.70\t10\t81.50%\t8.15"
    cur = "\t当年财政拨款\t260.00\t356.00\t285.70\t—\t80.25%\t—"
    car = "\t上年结转资金\t0.00\t24.00\t24.00\t—\t100%\t—"
    oth = "\t其他资金\t0.00\t0.00\t0.00\t—\t—\t—"
    for k in range(3):
        x.sum("funds column", [x.v(cur, k), x.v(car, k), x.v(oth, k)], (tot, k))
    x.rate("total rate", x.v(tot, 2), x.v(tot, 1), tot, 4)
    x.rate("当年 rate", x.v(cur, 2), x.v(cur, 1), cur, 3)
    x.rate("结转 rate", x.v(car, 2), x.v(car, 1), car, 3)
    x.close("execution score", x.v(tot, 3) * x.v(tot, 2) / x.v(tot, 1), tot, 5)
    x.equal("当年 = 省 + 县", x.v("省级资金226.00万元") + x.v("县级配套130.00万元"), cur, 1)
    spent = x.v("全年实际支出309.70万元")
    x.equal("支出 text = table", spent, tot, 2)
    x.rate("执行率", spent, x.v("全年预算合计380.00万元"), "预算执行率81.50%")
    x.equal("当年支出", spent - x.v("上年结转资金24.00万元"), "当年财政拨款支出285.70万元")
    paid = [x.v("屋面防水68.40万元"), x.v("供暖管网改造82.30万元"), x.v("门窗更换46.80万元"), x.v("外墙保温57.20万元"),
            x.v("厕所改造31.00万元"), x.v("操场围墙24.00万元")]
    x.sum("6所学校支出", paid, "全年实际支出309.70万元")
    x.sum("当年5个项目预算", [paid[0], paid[1], paid[2], x.v("合同金额127.50万元"), paid[4]], (cur, 1))
    x.equal("结转 = 预算 - 支出", x.v("全年预算合计380.00万元") - spent, "年末结转70.30万元")
    x.equal("结转 = 景山未付", x.v("合同金额127.50万元") - x.v("外墙保温57.20万元"), "年末结转70.30万元")
    x.rate("面积完成率", x.v("维修改造面积10,860平方米"), x.v("不少于12000平方米"), "完成年度目标的90.50%")
    x.rate("当年完工率 5/6", Decimal(5), Decimal(6), "当年完工率83.33%")
    cost = spent * 10000 / x.v("维修改造面积10,860平方米")
    x.close("单位成本", cost, "\t285.17元/平方米")
    if abs(cost - x.v("单位维修成本约285元/平方米")) > Decimal("0.5"):
        fail("E: 约285元")
    x.equal("table area = text", x.v("\t10860平方米"), "维修改造面积10,860平方米")

    def row(ctx, iw, isc, rule=None):
        return (ctx, x.v(ctx, iw), x.v(ctx, isc), rule)
    r1 = "\t6所\t6所\t10\t10"
    r2 = "\t≥12000平方米\t10860平方米\t10\t9.05"
    r3 = "竣工验收合格率\t100%\t100%\t10\t10"
    r4 = "\t≥90%\t83.33%\t10\t9.26"
    r5 = "\t≤350元/平方米\t285.17元/平方米\t10\t10"
    r6 = "\t≥20处\t17处\t15\t12.75"
    r7 = "\t建立健全\t部分建立\t15\t10.50"
    r8 = "\t≥90%\t88.5%\t10\t9.83"
    R = [("预算执行率", x.v(tot, 3), x.v(tot, 5), None),
         row(r1, 2, 3, ("gte", x.v(r1, 1), x.v(r1, 0))), row(r2, 2, 3, ("gte", x.v(r2, 1), x.v(r2, 0))),
         row(r3, 2, 3, ("gte", x.v(r3, 1), x.v(r3, 0))), row(r4, 2, 3, ("gte", x.v(r4, 1), x.v(r4, 0))),
         row(r5, 2, 3), row(r6, 2, 3, ("gte", x.v(r6, 1), x.v(r6, 0))),
         row(r7, 0, 1, ("qual", Decimal("0.6"), Decimal("0.8"))), row(r8, 2, 3, ("gte", x.v(r8, 1), x.v(r8, 0)))]
    total = x.table(R, "合计\t\t\t\t\t100\t89.54", 0, 1)
    x.equal("text total", total, "自评得分89.54分")
    x.grade(total, "评价等级为良好")
    x.equal("隐患 text = table", x.v("消除校舍安全隐患17处"), r6, 1)
    x.equal("满意度 text = table", x.v("满意度88.5%"), r8, 1)


CHECKS = {A: check_A, B: check_B, C: check_C, D: check_D, E: check_E}


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    by_case = {r["case"]: r for r in labels}
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(by_case) != files:
        fail(f"labels and case files differ: {set(files) ^ set(by_case)}")

    clean = {s: read(os.path.join(CASES, f"{s}-clean.txt")) for s in SOURCES}
    for s, text in clean.items():
        n = len(text)
        if not 3000 <= n <= 5000:
            fail(f"{s}: clean draft has {n} characters (want 3000-5000)")
        if by_case.get(f"{s}-clean.txt", {}).get("expected") != []:
            fail(f"{s}: clean label must have expected []")
        CHECKS[s](text)

    # one edit, one place, label value overlaps the change
    codes = Counter()
    where = Counter()
    for (s, n, code, wh, old, new, value, expl) in EDITS:
        name = f"{s}-e{n}.txt"
        base, err = clean[s], read(os.path.join(CASES, name))
        if base.count(old) != 1:
            fail(f"{name}: edit old text matches {base.count(old)} times")
            continue
        if err != base.replace(old, new, 1):
            fail(f"{name}: case is not the clean draft with its one edit")
        i = 0
        while i < min(len(base), len(err)) and base[i] == err[i]:
            i += 1
        j = 0
        while j < min(len(base), len(err)) - i and base[-1 - j] == err[-1 - j]:
            j += 1
        region = (i, len(err) - j)
        if region[0] >= region[1] and len(base) == len(err):
            fail(f"{name}: no change")
        pos = base.index(old)
        if not (pos <= region[0] and region[1] <= pos + len(new)):
            fail(f"{name}: change lies outside the edit")
        if len(err) - j - i > 80:
            fail(f"{name}: changed region too long ({len(err) - j - i} chars)")
        rec = by_case.get(name)
        if not rec or rec["clean"] or len(rec["expected"]) != 1:
            fail(f"{name}: label must hold exactly one expected finding")
            continue
        exp = rec["expected"][0]
        if exp["code"] != code or exp["value"] != value or exp["severity"] != "error":
            fail(f"{name}: label differs from the edit list")
        occ, k = [], err.find(value)
        while k >= 0:
            occ.append((k, k + len(value)))
            k = err.find(value, k + 1)
        if not occ:
            fail(f"{name}: value {value!r} not in case")
        lo, hi = region if region[1] > region[0] else (region[0], region[0] + 1)
        if not any(a < hi and lo < b for a, b in occ):
            fail(f"{name}: value does not overlap the changed figure")
        if value in base:
            fail(f"{name}: value also occurs in the clean draft")
        codes[code] += 1
        where[wh] += 1
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (want >= 2)")
    if set(codes) - set(CODES):
        fail(f"unknown codes {set(codes) - set(CODES)}")
    if sum(codes.values()) != 30:
        fail(f"{sum(codes.values())} error cases (want 30)")
    print(f"clean drafts: {len(clean)}; error cases: {sum(codes.values())}; prose/table: {where['prose']}/{where['table']}")
    print("codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    if FAIL:
        print(f"{len(FAIL)} failure(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
