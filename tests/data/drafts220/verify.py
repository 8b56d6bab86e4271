#!/usr/bin/env python3
"""Verify drafts220.

1. labels.jsonl: every case exists, every label value occurs in its case, clean cases expect nothing.
2. Every error case differs from its clean draft in one place (one short contiguous region), and an
   occurrence of the label value overlaps that region (the value carries the changed figure).
3. Every clean draft is arithmetically consistent: its figures are re-read from the text (each
   figure below must occur in the draft, table cells in row order) and the arithmetic is redone:
   rates, sums, balances, completion rates, row scores, weights, totals, grades, averages, years.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


def num(s):
    m = re.search(r"-?\d+(?:,\d{3})*(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def places(s):
    m = re.search(r"-?\d+(?:,\d{3})*(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def ok(computed, stated):
    """rules.md §8: computed value agrees with the stated string within half a unit of its last digit."""
    v, d = num(stated), places(stated)
    return abs(D(computed) - v) <= Decimal("0.5") * Decimal(10) ** -d + Decimal("1e-9")


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Draft:
    def __init__(self, pid):
        self.pid = pid
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            self.text = fh.read()

    def has(self, *parts):
        for p in parts:
            if p not in self.text:
                fail(f"{self.pid}: figure {p!r} not in the clean draft")

    def row(self, *cells):
        """Cells must occur in this order, separated only by blanks, tabs, newlines or table pipes."""
        pat = r"[ \t\n|｜]*".join(re.escape(c) for c in cells)
        if not re.search(pat, self.text):
            fail(f"{self.pid}: table row {cells!r} not found in the clean draft")

    def check(self, desc, cond, *parts):
        self.has(*parts)
        if not cond:
            fail(f"{self.pid}: arithmetic fails: {desc}")


def completion(kind, T, A):
    T, A = D(T), D(A)
    if kind == "lte":
        return Decimal(100) if A <= T else T / A * 100
    if kind == "eq0":
        return None
    return A / T * 100


def check_indicators(dr, rows, order, funds_weight, funds_score, total, levels=None):
    """rows: dicts name, target, actual, weight, score, completion (str|None), kind, T, A, band, level."""
    wsum = D(funds_weight)
    ssum = D(funds_score)
    per_level = {}
    for r in rows:
        cells = {"name": r["name"], "target": r["target"], "actual": r["actual"], "weight": r["weight"],
                 "score": r["score"], "completion": r.get("completion")}
        dr.row(*[cells[k] for k in order if cells[k] is not None or k != "completion"])
        w, s = num(r["weight"]), num(r["score"])
        wsum += w
        ssum += s
        lw, ls = per_level.get(r["level"], (Decimal(0), Decimal(0)))
        per_level[r["level"]] = (lw + w, ls + s)
        if s > w or s < 0:
            fail(f"{dr.pid}: {r['name']} score {s} outside [0, {w}]")
        kind = r["kind"]
        if kind == "qual":
            lo, hi = {"achieved": (Decimal("0.8"), Decimal(1)), "partly": (Decimal("0.6"), Decimal("0.8"))}[r["band"]]
            if not (w * lo <= s <= w * hi) or (r["band"] == "partly" and s >= w * hi):
                fail(f"{dr.pid}: {r['name']} qualitative score {s} outside its band")
            if r["band"] == "achieved" and s != w:
                fail(f"{dr.pid}: {r['name']} achieved but not full marks")
            continue
        if kind == "eq0":
            if D(r["A"]) != 0 or s != w:
                fail(f"{dr.pid}: {r['name']} zero target row wrong")
            continue
        c = completion(kind, r["T"], r["A"])
        if r.get("completion") and r["completion"] != "—":
            if not ok(c, r["completion"]):
                fail(f"{dr.pid}: {r['name']} completion {r['completion']} vs computed {c:.4f}")
        expected = w * min(c, Decimal(100)) / 100
        from_stated = None
        if r.get("completion") and r["completion"] != "—":
            from_stated = w * min(num(r["completion"]), Decimal(100)) / 100
        if not (ok(expected, r["score"]) or (from_stated is not None and ok(from_stated, r["score"]))):
            fail(f"{dr.pid}: {r['name']} score {r['score']} vs rule {expected:.4f}")
        if c < 100 and not r.get("reason_ok", True):
            fail(f"{dr.pid}: {r['name']} shortfall without reason")
    if wsum != 100:
        fail(f"{dr.pid}: weights sum to {wsum}")
    if not ok(ssum, total):
        fail(f"{dr.pid}: scores sum to {ssum}, stated total {total}")
    if levels:
        for lvl, (lw, ls) in levels.items():
            gw, gs = per_level.get(lvl, (Decimal(0), Decimal(0)))
            if lw is not None and gw != D(lw):
                fail(f"{dr.pid}: level {lvl} weights {gw} vs {lw}")
            if ls is not None and not ok(gs, ls):
                fail(f"{dr.pid}: level {lvl} scores {gs} vs stated {ls}")
    return per_level


def check_funds(dr, total, parts, rate, score, weight="10"):
    """total/parts: (initial, annual, spent) strings; parts is a list of such triples."""
    for i in range(3):
        if sum(num(p[i]) for p in parts) != num(total[i]):
            fail(f"{dr.pid}: funds column {i} components do not add up to {total[i]}")
    r = num(total[2]) / num(total[1]) * 100
    if not ok(r, rate):
        fail(f"{dr.pid}: execution rate {rate} vs computed {r:.4f}")
    sc = D(weight) * min(r, Decimal(100)) / 100
    sc2 = D(weight) * min(num(rate), Decimal(100)) / 100
    if not (ok(sc, score) or ok(sc2, score)):
        fail(f"{dr.pid}: execution score {score} vs {sc:.4f}")


def mean(xs):
    xs = [D(x) for x in xs]
    return sum(xs) / len(xs)


# ---------------------------------------------------------------- project checks

def p_mengcheng():
    dr = Draft("ah-mengcheng-kehoufuwu-2023")
    Y = 2023
    dr.row("年度资金总额", "600.00", "680.00", "652.36", "10", "95.94%", "9.59")
    dr.row("其中：当年财政拨款", "560.00", "640.00", "612.36", "—", "—", "—")
    dr.row("上年结转资金", "40.00", "40.00", "40.00", "—", "—", "—")
    dr.row("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")
    check_funds(dr, ("600.00", "680.00", "652.36"),
                [("560.00", "640.00", "612.36"), ("40.00", "40.00", "40.00"), ("0.00", "0.00", "0.00")],
                "95.94%", "9.59")
    dr.check("initial + 追加 = annual", D("600.00") + D("80.00") == D("680.00"),
             "年初预算安排课后服务经费600.00万元（含上年结转资金40.00万元）", "追加预算80.00万元，调整后全年预算680.00万元")
    dr.check("execution rate in text", ok(D("652.36") / D("680.00") * 100, "95.94%"),
             f"截至{Y}年12月31日，累计支出652.36万元，预算执行率95.94%")
    dr.check("carry-over fully spent", True, "上年结转资金40.00万元已全部支出")
    dr.check("appropriation rate", ok(D("612.36") / (D("680.00") - D("40.00")) * 100, "95.68%"),
             "当年财政拨款支出612.36万元，执行率95.68%")
    dr.check("unspent = annual - spent", D("680.00") - D("652.36") == D("27.64"), "未支出的27.64万元")
    dr.check("carried to the next year", True, f"结转至{Y + 1}年使用")
    dr.check("schools", 98 + 28 == 126, "126所义务教育学校（小学98所、初中28所）", "126所义务教育学校全部开展课后服务")
    dr.check("participants vs last year", 86275 - 79310 == 6965 and ok(D(86275) / 80000 * 100, "107.84%"),
             "全年参与课后服务学生86275人，较上年的79310人增加6965人，完成年度指标的107.84%")
    dr.check("participation rate", ok(D(86275) / 98600 * 100, "87.50%"),
             "全县义务教育在校生98600人，参与课后服务86275人，参与率87.50%")
    dr.check("gap to target", D(90) - D("87.50") == D("2.5"), "学生参与率87.50%，较年度目标低2.5个百分点")
    dr.check("average courses", ok(mean([12, 9, 15, 10, 14]), "12"),
             "每周分别开设特色课程12门、9门、15门、10门、14门，平均每校12门")
    dr.check("questionnaires", 2850 <= 3000, "发放问卷3000份，回收有效问卷2850份，家长满意度93.6%")
    rows = [
        dict(level="产出", name="参与课后服务学生人数", target="≥80000人", actual="86275人", weight="10", score="10", kind="gte", T=80000, A=86275),
        dict(level="产出", name="学校覆盖率", target="100%", actual="100%", weight="10", score="10", kind="gte", T=100, A=100),
        dict(level="产出", name="学生参与率", target="≥90%", actual="87.50%", weight="10", score="9.72", kind="gte", T=90, A="87.50"),
        dict(level="产出", name="课后服务时间", target="每周5天，每天不少于2小时", actual="每周5天，每天2小时", weight="10", score="10", kind="qual", band="achieved"),
        dict(level="产出", name="教师课后服务补助标准", target="≤30元/课时", actual="30元/课时", weight="10", score="10", kind="lte", T=30, A=30),
        dict(level="效益", name="学生课业负担和家长接送负担", target="有效减轻", actual="有效减轻", weight="15", score="15", kind="qual", band="achieved"),
        dict(level="效益", name="课后服务长效机制", target="逐步健全", actual="逐步健全", weight="15", score="15", kind="qual", band="achieved"),
        dict(level="满意度", name="家长满意度", target="≥90%", actual="93.6%", weight="10", score="10", kind="gte", T=90, A="93.6"),
    ]
    check_indicators(dr, rows, ["name", "target", "actual", "weight", "score"], "10", "9.59", "99.31",
                     levels={"产出": (50, "49.72"), "效益": (30, "30"), "满意度": (10, "10")})
    dr.row("总分", "100", "99.31")
    dr.check("conclusion total and grade", ok(D("9.59") + D("49.72") + 30 + 10, "99.31") and grade("99.31") == "优",
             "预算执行率得分9.59分，产出指标得分49.72分，效益指标得分30分，满意度指标得分10分，自评总分99.31分，评价等级为“优”")
    dr.check("deductions", D(10) - D("9.59") == D("0.41") and D(10) - D("9.72") == D("0.28")
             and D(100) - D("0.41") - D("0.28") == D("99.31"),
             "预算执行率未达到100%扣0.41分，学生参与率未达到年度目标扣0.28分")


def p_yuncheng():
    dr = Draft("sd-yuncheng-xiaoshe-2021")
    Y = 2021
    dr.row("年初预算资金", "1000.00", "620.00", "380.00")
    dr.row("全年预算资金", "1256.80", "620.00", "380.00", "256.80")
    dr.row("实际到位资金", "1256.80", "620.00", "380.00", "256.80")
    dr.row("全年执行资金", "1046.52", "598.20", "352.40", "95.92")
    dr.row("资金结余", "210.28", "21.80", "27.60", "160.88")
    dr.row("预算执行率(%)", "83.27", "96.48", "92.74", "37.35")
    budget = {"中央": D("620.00"), "省级": D("380.00"), "县级": D("256.80")}
    spent = {"中央": D("598.20"), "省级": D("352.40"), "县级": D("95.92")}
    bal = {"中央": D("21.80"), "省级": D("27.60"), "县级": D("160.88")}
    rate = {"中央": "96.48", "省级": "92.74", "县级": "37.35"}
    dr.check("initial = 中央 + 省级", D("620.00") + D("380.00") == D("1000.00"))
    dr.check("annual = sum of sources", sum(budget.values()) == D("1256.80"))
    dr.check("spent = sum of sources", sum(spent.values()) == D("1046.52"))
    dr.check("balance per source", all(budget[k] - spent[k] == bal[k] for k in budget)
             and sum(bal.values()) == D("210.28") and D("1256.80") - D("1046.52") == D("210.28"))
    dr.check("rates per source", all(ok(spent[k] / budget[k] * 100, rate[k]) for k in budget)
             and ok(D("1046.52") / D("1256.80") * 100, "83.27"))
    dr.check("sub-projects add up", D("412.60") + D("236.40") + D("318.50") + D("289.30") == D("1256.80") and 8 + 6 + 5 + 4 == 23,
             "屋面防水及保温改造8所，安排资金412.60万元；门窗更换6所，安排资金236.40万元；厕所改造5所，安排资金318.50万元；围墙及排水设施改造4所，安排资金289.30万元，合计1256.80万元")
    dr.check("funds sentence", True, "项目全年预算1256.80万元，其中中央资金620.00万元、省级资金380.00万元已于2020年12月提前下达，县级配套资金256.80万元于2021年7月追加安排")
    dr.check("average per school (约)", ok(D("1256.80") / 23, "54.6"), "平均每所学校安排资金约54.6万元")
    dr.check("execution in text", ok(D("1046.52") / D("1256.80") * 100, "83.27%"),
             f"截至{Y}年12月31日，项目资金全部到位，到位率100%；累计支出1046.52万元，预算执行率83.27%")
    dr.check("unpaid", D("1256.80") - D("1046.52") == D("210.28"), "未支付的210.28万元", f"已结转至{Y + 1}年继续使用")
    dr.check("works", True, "全年开工23所，完工20所，完成维修改造面积16840平方米", "已完工的20所学校中，17所按合同工期完工；竣工验收一次合格19所")
    dr.check("cost per m2 (约)", ok(D("1046.52") * 10000 / 16840, "621"), "单位面积维修成本约621元/平方米")
    dr.check("beneficiaries vs last year", 11260 - 9870 == 1390, "受益学生11260人，较上年同类项目受益学生9870人增加1390人")
    dr.check("satisfaction", True, "满意度为90.2%，未达到95%的目标")
    rows = [
        dict(level="执行", name="预算执行率", target="100%", actual="83.27%", completion="83.27%", weight="10", score="8.33", kind="gte", T=100, A="83.27"),
        dict(level="产出", name="维修改造校舍面积", target="≥18000平方米", actual="16840平方米", completion="93.56%", weight="10", score="9.36", kind="gte", T=18000, A=16840),
        dict(level="产出", name="完成维修改造学校数", target="23所", actual="20所", completion="86.96%", weight="10", score="8.70", kind="gte", T=23, A=20),
        dict(level="产出", name="竣工验收一次合格率", target="100%", actual="95.00%", completion="95.00%", weight="10", score="9.50", kind="gte", T=100, A=D(19) / 20 * 100),
        dict(level="产出", name="工程按合同工期完工率", target="100%", actual="85.00%", completion="85.00%", weight="10", score="8.50", kind="gte", T=100, A=D(17) / 20 * 100),
        dict(level="产出", name="单位面积维修成本", target="≤700元/平方米", actual="621元/平方米", completion="100%", weight="10", score="10", kind="lte", T=700, A=621),
        dict(level="效益", name="受益学生人数", target="≥12000人", actual="11260人", completion="93.83%", weight="10", score="9.38", kind="gte", T=12000, A=11260),
        dict(level="效益", name="D级危房消除率", target="100%", actual="100%", completion="100%", weight="10", score="10", kind="gte", T=100, A=100),
        dict(level="效益", name="学校办学条件持续改善", target="持续改善", actual="部分达成", completion="—", weight="10", score="6", kind="qual", band="partly"),
        dict(level="满意度", name="师生满意度", target="≥95%", actual="90.2%", completion="94.95%", weight="10", score="9.49", kind="gte", T=95, A="90.2"),
    ]
    check_indicators(dr, rows, ["name", "weight", "target", "actual", "completion", "score"], "0", "0", "89.26",
                     levels={"执行": (10, None), "产出": (50, None), "效益": (30, None), "满意度": (10, None)})
    dr.check("school counts as rates", ok(D(20) / 23 * 100, "86.96") and ok(D(17) / 20 * 100, "85.00"))
    dr.row("合计", "100", "89.26")
    dr.check("grade", grade("89.26") == "良", "项目自评得分89.26分，等级为良好")


def p_wuxi():
    dr = Draft("cq-wuxi-yingyang-2019")
    Y = 2019
    dr.row("年度资金总额", "3450.00", "3588.40", "3572.72", "10", "99.56%", "9.96")
    dr.row("其中：当年财政拨款", "3450.00", "3588.40", "3572.72", "—", "99.56%", "—")
    dr.row("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—")
    dr.row("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")
    check_funds(dr, ("3450.00", "3588.40", "3572.72"),
                [("3450.00", "3588.40", "3572.72"), ("0.00", "0.00", "0.00"), ("0.00", "0.00", "0.00")],
                "99.56%", "9.96")
    dr.check("appropriation row rate", ok(D("3572.72") / D("3588.40") * 100, "99.56%"))
    dr.check("budget by source", D("3302.40") + D("286.00") == D("3588.40") and D("3164.00") + D("138.40") == D("3302.40")
             and D("3164.00") + D("286.00") == D("3450.00"),
             f"{Y}年全年预算3588.40万元，其中：中央补助资金3302.40万元（{Y - 1}年12月提前下达3164.00万元，{Y}年9月追加下达138.40万元），县级配套资金286.00万元")
    dr.check("spending by source", D("3286.72") + D("286.00") == D("3572.72") and ok(D("3572.72") / D("3588.40") * 100, "99.56%"),
             "全年实际支出3572.72万元，预算执行率99.56%。其中中央补助资金支出3286.72万元，县级配套资金支出286.00万元")
    dr.check("balance", D("3588.40") - D("3572.72") == D("15.68") and D("3302.40") - D("3286.72") == D("15.68"),
             "结余15.68万元", f"结转{Y + 1}年统筹使用")
    dr.check("central budget = 41280 x 4元 x 200天", D(41280) * 4 * 200 / 10000 == D("3302.40"), "每生每天4元、全年在校200天")
    dr.check("central spending = (41280 + 40888) x 100天 x 4元", (D(41280) + D(40888)) * 100 * 4 / 10000 == D("3286.72"),
             "春季学期受益学生41280人，秋季学期40888人，年均41084人")
    dr.check("yearly average of students", ok(mean([41280, 40888]), "41084"))
    dr.check("schools and canteen rate", ok(D(138) / 142 * 100, "97.2") and 142 - 138 == 4,
             "项目覆盖全县142所", "142所学校全部实施营养改善计划，其中138所实现食堂供餐，食堂供餐率97.2%，其余4所")
    dr.check("average meal cost", ok(mean(["4.12", "4.05", "3.98", "4.20", "4.08", "4.15"]), "4.10"),
             "分别为4.12元、4.05元、3.98元、4.20元、4.08元、4.15元，平均4.10元")
    dr.check("health figures", True, "体质健康合格率92.4%", "知晓率94.5%", "满意度95.2%", "全年按教学日供餐200天")
    rows = [
        dict(level="产出", name="受益学生人数", target="≥41000人", actual="41084人", weight="10", score="10", kind="gte", T=41000, A=41084),
        dict(level="产出", name="实施学校数", target="142所", actual="142所", weight="10", score="10", kind="gte", T=142, A=142),
        dict(level="产出", name="食品安全事故发生数", target="0起", actual="0起", weight="10", score="10", kind="eq0", A=0),
        dict(level="产出", name="年供餐天数", target="≥200天", actual="200天", weight="10", score="10", kind="gte", T=200, A=200),
        dict(level="产出", name="中央膳食补助标准", target="4元/生·天", actual="4元/生·天", weight="10", score="10", kind="gte", T=4, A=4),
        dict(level="效益", name="学生体质健康合格率", target="≥93%", actual="92.4%", weight="10", score="9.94", kind="gte", T=93, A="92.4"),
        dict(level="效益", name="学生营养健康知识知晓率", target="≥90%", actual="94.5%", weight="5", score="5", kind="gte", T=90, A="94.5"),
        dict(level="效益", name="食堂供餐率", target="≥95%", actual="97.2%", weight="15", score="15", kind="gte", T=95, A="97.2"),
        dict(level="满意度", name="学生及家长满意度", target="≥90%", actual="95.2%", weight="10", score="10", kind="gte", T=90, A="95.2"),
    ]
    check_indicators(dr, rows, ["name", "target", "actual", "weight", "score"], "10", "9.96", "99.90",
                     levels={"产出": (50, "50"), "效益": (30, "29.94"), "满意度": (10, "10")})
    dr.row("总分", "100", "99.90")
    dr.check("conclusion", ok(D("9.96") + 50 + D("29.94") + 10, "99.90") and grade("99.90") == "优",
             "预算执行得分9.96分，产出指标得分50分，效益指标得分29.94分，满意度指标得分10分，综合得分99.90分，评价等级为“优”")


def p_elunchun():
    dr = Draft("nm-elunchun-jiaoshipeixun-2022")
    Y = 2022
    dr.row("年度资金总额", "120.00", "135.00", "87.75", "10", "65.00%", "6.50")
    dr.row("其中：当年财政拨款", "120.00", "135.00", "87.75", "—", "—", "—")
    dr.row("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—")
    dr.row("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")
    check_funds(dr, ("120.00", "135.00", "87.75"),
                [("120.00", "135.00", "87.75"), ("0.00", "0.00", "0.00"), ("0.00", "0.00", "0.00")],
                "65.00%", "6.50")
    dr.check("initial + 自治区 = annual", D("120.00") + D("15.00") == D("135.00"),
             f"{Y}年年初预算安排中小学教师培训经费120.00万元", "配套经费15.00万元，调整后全年预算135.00万元")
    dr.check("spending by source and rate", D("80.25") + D("7.50") == D("87.75") and ok(D("87.75") / D("135.00") * 100, "65.00%"),
             f"截至{Y}年12月31日，实际支出87.75万元，其中旗本级资金80.25万元、自治区资金7.50万元，预算执行率65.00%",
             "当年仅支出7.50万元")
    dr.check("carry-over", D("135.00") - D("87.75") == D("47.25"), "剩余资金47.25万元已结转至2023年", "下半年6期集中培训未能举办")
    dr.check("sessions", 15 - 9 == 6 and ok(D(9) / 15 * 100, "60.00%"),
             "全年计划举办集中培训15期，实际举办9期，按期完成率60.00%", "受疫情影响仅完成9期")
    dr.check("training person-times", ok(D(1680) / 2400 * 100, "70.00%"), "共培训教师1680人次，完成年度指标的70.00%")
    dr.check("participation", ok(D(1591) / 1850 * 100, "86.00%") and 1591 <= 1680, "全旗1850名中小学教师中参训1591人，参训率86.00%")
    dr.check("pass rate", ok(D(1444) / 1600 * 100, "90.25%"), "参加结业考核1600人次，合格1444人次，合格率90.25%")
    dr.check("average exam score", ok(mean(["86.5", "88.2", "90.1", "87.6"]), "88.10"),
             "平均分分别为86.5分、88.2分、90.1分、87.6分，平均88.10分")
    dr.check("cost per person-time", ok(D("87.75") * 10000 / 1680, "522.32"), "人均培训成本522.32元/人次")
    dr.check("IT 2.0 rate", ok(D(1224) / 1600 * 100, "76.50%"), "考核的教师1600人，达标1224人，达标率76.50%")
    dr.check("satisfaction", ok(D(1269) / 1500 * 100, "84.60%"), "回收有效问卷1500份，满意和基本满意1269份，满意度84.60%")
    rows = [
        dict(level="产出", name="培训教师人次", target="≥2400人次", actual="1680人次", completion="70.00%", weight="15", score="10.50", kind="gte", T=2400, A=1680),
        dict(level="产出", name="教师参训率", target="≥95%", actual="86.00%", completion="90.53%", weight="10", score="9.05", kind="gte", T=95, A=D(1591) / 1850 * 100),
        dict(level="产出", name="培训考核合格率", target="≥95%", actual="90.25%", completion="95.00%", weight="10", score="9.50", kind="gte", T=95, A="90.25"),
        dict(level="产出", name="培训计划按期完成率", target="100%", actual="60.00%", completion="60.00%", weight="5", score="3.00", kind="gte", T=100, A=60),
        dict(level="产出", name="人均培训成本", target="≤600元/人次", actual="522.32元/人次", completion="100.00%", weight="10", score="10", kind="lte", T=600, A="522.32"),
        dict(level="效益", name="信息技术应用能力提升工程2.0达标率", target="≥90%", actual="76.50%", completion="85.00%", weight="15", score="12.75", kind="gte", T=90, A="76.50"),
        dict(level="效益", name="校本研修常态化开展", target="全旗中小学常态化开展", actual="部分学校未常态化开展", completion="—", weight="15", score="9.00", kind="qual", band="partly"),
        dict(level="满意度", name="参训教师满意度", target="≥90%", actual="84.60%", completion="94.00%", weight="10", score="9.40", kind="gte", T=90, A="84.60"),
    ]
    check_indicators(dr, rows, ["name", "target", "actual", "completion", "weight", "score"], "10", "6.50", "79.70",
                     levels={"产出": (50, None), "效益": (30, None), "满意度": (10, None)})
    dr.row("总分", "100", "79.70")
    dr.check("grade", grade("79.70") == "中", "项目自评得分79.70分，评价等级为“中”")


def p_pingnan():
    dr = Draft("fj-pingnan-xueshengzizhu-2024")
    dr.row("年度资金总额", "290.00", "312.00", "307.55", "10", "98.57%", "9.86")
    dr.row("其中：当年财政拨款", "290.00", "312.00", "307.55", "—", "98.57%", "—")
    dr.row("上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—")
    dr.row("其他资金", "0.00", "0.00", "0.00", "—", "—", "—")
    check_funds(dr, ("290.00", "312.00", "307.55"),
                [("290.00", "312.00", "307.55"), ("0.00", "0.00", "0.00"), ("0.00", "0.00", "0.00")],
                "98.57%", "9.86")
    src = {"中央资金": ("170.00", "168.20", "98.94%"), "省级资金": ("88.00", "86.40", "98.18%"),
           "县级资金": ("54.00", "52.95", "98.06%"), "合计": ("312.00", "307.55", "98.57%")}
    for k, (b, s, r) in src.items():
        dr.row(k, b, s, r)
        if not ok(num(s) / num(b) * 100, r):
            fail(f"{dr.pid}: {k} rate {r}")
    dr.check("source table sums", sum(num(src[k][0]) for k in ("中央资金", "省级资金", "县级资金")) == D("312.00")
             and sum(num(src[k][1]) for k in ("中央资金", "省级资金", "县级资金")) == D("307.55"))
    dr.check("initial by source", D("160.00") + D("80.00") + D("50.00") == D("290.00") and D("290.00") + D("22.00") == D("312.00"),
             "年初预算安排学生资助资金290.00万元，其中中央资金160.00万元、省级资金80.00万元、县级资金50.00万元",
             "追加预算22.00万元，调整后全年预算312.00万元")
    dr.check("spending by source", D("168.20") + D("86.40") + D("52.95") == D("307.55") and ok(D("307.55") / D("312.00") * 100, "98.57%"),
             "全年实际支出307.55万元，预算执行率98.57%，其中中央资金168.20万元、省级资金86.40万元、县级资金52.95万元")
    dr.check("spending by item", D("141.25") + D("139.90") + D("26.40") == D("307.55"),
             "义务教育家庭经济困难学生生活补助141.25万元，普通高中国家助学金139.90万元，普通高中免学杂费26.40万元")
    dr.check("item amounts from standards",
             D(410 * 1000 + 520 * 1250 + 380 * 500 + 260 * 625) / 10000 == D("141.25")
             and D(640 * 1000 + 660 * 1150) / 10000 == D("139.90") and D(330 * 800) / 10000 == D("26.40")
             and 1150 * 2 == 2300,
             "寄宿生小学每生每年1000元、初中每生每年1250元，非寄宿生小学每生每年500元、初中每生每年625元",
             "春季学期每生1000元，秋季学期起提高至每生1150元（即每生每年2300元）", "按每生每学期800元补助")
    dr.check("recipients", 410 + 520 == 930 and 380 + 260 == 640 and 930 + 640 == 1570 and 640 + 660 == 1300,
             "全年资助义务教育家庭经济困难学生1570人，其中寄宿生930人（小学410人、初中520人），非寄宿生640人（小学380人、初中260人）",
             "资助普通高中学生1300人次（春季学期640人、秋季学期660人）", "免除普通高中家庭经济困难学生学杂费330人次",
             "惠及1570名学生", "普通高中国家助学金资助1300人次")
    dr.check("unspent", D("312.00") - D("307.55") == D("4.45"), "未支出的4.45万元")
    dr.check("rates in text", True, "知晓率96.5%", "满意度97.6%")
    rows = [
        dict(level="产出", name="义务教育家庭经济困难学生生活补助人数", target="≥1500人", actual="1570人", weight="10", score="10", kind="gte", T=1500, A=1570),
        dict(level="产出", name="普通高中国家助学金资助人次", target="≥1250人次", actual="1300人次", weight="10", score="10", kind="gte", T=1250, A=1300),
        dict(level="产出", name="资助对象认定准确率", target="=100%", actual="100%", weight="10", score="10", kind="gte", T=100, A=100),
        dict(level="产出", name="资助资金按学期发放到位率", target="=100%", actual="100%", weight="10", score="10", kind="gte", T=100, A=100),
        dict(level="产出", name="初中寄宿生生活补助标准", target="=1250元/生·年", actual="1250元/生·年", weight="10", score="10", kind="gte", T=1250, A=1250),
        dict(level="效益", name="家庭经济困难学生因贫失学辍学人数", target="=0人", actual="0人", weight="15", score="15", kind="eq0", A=0),
        dict(level="效益", name="学生资助政策知晓率", target="≥98%", actual="96.5%", weight="15", score="14.77", kind="gte", T=98, A="96.5"),
        dict(level="满意度", name="受助学生及家长满意度", target="≥95%", actual="97.6%", weight="10", score="10", kind="gte", T=95, A="97.6"),
    ]
    check_indicators(dr, rows, ["name", "target", "actual", "weight", "score"], "10", "9.86", "99.63",
                     levels={"产出": (50, "50"), "效益": (30, "29.77"), "满意度": (10, "10")})
    dr.row("总分", "100", "99.63")
    dr.check("conclusion", ok(D("9.86") + 50 + D("29.77") + 10, "99.63") and grade("99.63") == "优",
             "预算执行率得分9.86分，产出指标得分50分，效益指标得分29.77分，满意度指标得分10分，综合得分99.63分，评价等级为优")


PROJECT_CHECKS = [p_mengcheng, p_yuncheng, p_wuxi, p_elunchun, p_pingnan]


# ---------------------------------------------------------------- set-level checks

def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    sources = sorted({r["source"] for r in labels})
    if len(sources) != 5:
        fail(f"expected 5 projects, got {len(sources)}")
    codes = Counter()
    where = Counter()
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            if not 3000 <= len(text) <= 5000:
                fail(f"{rec['case']}: clean draft has {len(text)} characters")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one injected error")
        with open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        if not 3000 <= len(text) <= 9000:
            fail(f"{rec['case']}: {len(text)} characters")
        (cs, ce), (es, ee) = changed_region(clean, text)
        if ee - es > 120 or ce - cs > 120 or text == clean:
            fail(f"{rec['case']}: changed region [{es},{ee}) is not one small place")
        # every non-equal stretch lies inside that one region by construction (common prefix/suffix)
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{rec['case']}: value {v!r} does not occur")
            if not any(o < max(ee, es + 1) and es < o + len(v) for o in occ):
                fail(f"{rec['case']}: no occurrence of value {v!r} overlaps the change [{es},{ee})")
            if v in clean:
                fail(f"{rec['case']}: value {v!r} also occurs in the clean draft")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    extra = set(codes) - set(CODES)
    if extra:
        fail(f"unknown codes {extra}")
    for fn in PROJECT_CHECKS:
        fn()
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print(f"{len(PROBLEMS)} problem(s)")
        return 1
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, "
          + ", ".join(f"{c} {codes[c]}" for c in CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
