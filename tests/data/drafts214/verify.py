#!/usr/bin/env python3
"""Verify drafts214: labels, one-place edits, and the arithmetic of every clean draft.

1. every label value occurs in its case (and, for error cases, not in the clean draft);
2. each error case differs from its clean draft in one place (one contiguous region);
3. the arithmetic of each clean draft is redone from the figures in its text: rates, sums,
   balances, averages, completion rates, weights, row scores, totals, grade bands, and
   repeated mentions of the same quantity.
Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
FAILS = []


def fail(msg):
    FAILS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated (string as written) agrees with computed within half a unit of its last digit."""
    d = decimals(stated)
    return abs(D(computed) - D(stated.rstrip("%"))) <= D("0.5") * D(10) ** -d + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Doc:
    def __init__(self, pid):
        self.pid = pid
        self.text = read(f"{pid}-clean.txt")

    def one(self, pattern):
        """Value of group 1 of pattern; all matches must agree (same quantity, same value)."""
        vals = [m.group(1) for m in re.finditer(pattern, self.text)]
        if not vals:
            fail(f"{self.pid}: pattern not found: {pattern}")
            return "0"
        if len(set(D(v) for v in vals)) != 1:
            fail(f"{self.pid}: {pattern} has different values {vals}")
        return vals[0]

    def need(self, s):
        if s not in self.text:
            fail(f"{self.pid}: missing text {s!r}")

    def eq(self, what, stated, computed):
        if not close(stated, computed):
            fail(f"{self.pid}: {what}: stated {stated}, computed {computed}")

    def rate(self, what, stated_pct, num, den):
        self.eq(what, stated_pct, D(num) / D(den) * 100)

    def rows(self, first_header_cell):
        """Rows (lists of cells) of the ｜-table whose header starts with first_header_cell."""
        lines = self.text.split("\n")
        for i, line in enumerate(lines):
            if line.startswith(first_header_cell + "｜"):
                out = [line.split("｜")]
                for nxt in lines[i + 1:]:
                    if "｜" not in nxt or nxt.startswith("一级指标｜"):
                        break
                    out.append(nxt.split("｜"))
                return out
        fail(f"{self.pid}: table {first_header_cell} not found")
        return [[]]


NUM = re.compile(r"(\d+(?:\.\d+)?)")


def parse_target(t):
    """(direction, value, unit) of a target cell, or None when qualitative / a date."""
    if "年" in t and "月" in t:
        return None
    m = re.match(r"^(≥|≤|＞|＜)?(\d+(?:\.\d+)?)(.*)$", t)
    if not m:
        return None
    sign, v, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte"}.get(sign, "eq")
    return direction, D(v), unit.replace("前", "")


def parse_actual(a):
    m = re.match(r"^(\d+(?:\.\d+)?)(.*)$", a)
    return (D(m.group(1)), m.group(2)) if m else None


def check_indicator_table(doc, header, col, funds_header=None, completion_col=None):
    """Weights add to 100, score <= weight, score follows the target/actual, Σ scores = total."""
    rows = doc.rows(header)
    hdr = rows[0]
    wi, si = hdr.index("分值"), hdr.index("得分")
    ti, ai = hdr.index("年度指标值"), hdr.index("实际完成值")
    weights, scores, total = [], [], None
    if funds_header:
        frows = doc.rows(funds_header)
        fh = frows[0]
        fr = frows[1]
        assert fr[0] == "年度资金总额", fr
        w, rate, sc = fr[fh.index("分值")], fr[fh.index("执行率")], fr[fh.index("得分")]
        spent, budget = fr[fh.index("全年执行数")], fr[fh.index("全年预算数")]
        doc.rate("funds block 执行率", rate, spent, budget)
        doc.eq("funds block execution score", sc, D(w) * min(D(1), D(spent) / D(budget)))
        weights.append(D(w))
        scores.append(D(sc))
    for r in rows[1:]:
        if r[0] in ("合计", "总分"):
            total = (r[wi], r[si])  # the total row keeps 分值 and 得分 in their columns
            break
        w, s = D(r[wi]), D(r[si])
        weights.append(w)
        scores.append(s)
        if s > w or s < 0:
            fail(f"{doc.pid}: row {r[2]} score {s} outside 0..{w}")
        t, a = r[ti], r[ai]
        if r[0].startswith("预算执行"):
            doc.eq(f"execution row score ({r[ai]})", r[si], w * min(D(1), D(a.rstrip("%")) / 100))
            continue
        pt, pa = parse_target(t), parse_actual(a)
        if pt is None or pa is None:
            if s != w:
                fail(f"{doc.pid}: qualitative/date row {r[2]} not full marks")
            continue
        direction, tv, tu = pt
        av, au = pa
        if tu != au:
            fail(f"{doc.pid}: row {r[2]} units differ: {t} vs {a}")
        if direction == "lte":
            comp = D(100) if av <= tv else tv / av * 100
        elif direction == "eq" and tv == 0:
            comp = D(100) if av == 0 else D(0)
        else:
            comp = av / tv * 100
        expect = r2(w * min(D(1), comp / 100))
        if not close(r[si], expect):
            fail(f"{doc.pid}: row {r[2]} score {r[si]}, rule gives {expect}")
        if completion_col is not None:
            doc.eq(f"completion of {r[2]}", r[hdr.index(completion_col)], comp)
    if total is None:
        fail(f"{doc.pid}: no total row in {header}")
        return None
    if sum(weights) != 100 or D(total[0]) != 100:
        fail(f"{doc.pid}: weights add to {sum(weights)}, total row says {total[0]}")
    doc.eq("Σ scores", total[1], sum(scores))
    return total[1]


def check_grade(doc, total, label):
    g = grade_of(total)
    if not label.startswith(g):
        fail(f"{doc.pid}: total {total} is {g}, text says {label}")


# ---------------------------------------------------------------------------------------------
def tongde():
    d = Doc("tongde-religfire-2023")
    t = d.text
    # sites: 35 + 4 + 3 = 42, the same 42 everywhere
    sites = d.one(r"(\d+)处宗教活动场所")
    d.eq("sites", sites, D(35) + 4 + 3)
    d.need("藏传佛教寺院35处、清真寺4处、其他宗教活动场所3处")
    # funds
    init, prov, cnty0 = d.one(r"年初预算(\d+\.\d+)万元"), d.one(r"省级宗教工作补助资金(\d+\.\d+)万元"), d.one(r"县级配套资金(\d+\.\d+)万元")
    d.eq("年初 = 省级 + 县级", init, D(prov) + D(cnty0))
    add, annual = d.one(r"追加县级资金(\d+\.\d+)万元"), d.one(r"全年预算调整为(\d+\.\d+)万元")
    d.eq("全年 = 年初 + 追加", annual, D(init) + D(add))
    rows = d.rows("资金来源")
    tot, pr, co = rows[1], rows[2], rows[3]
    for i in (1, 2, 3):
        d.eq(f"funds column {i} sum", tot[i], D(pr[i]) + D(co[i]))
    for r in rows[1:]:
        d.rate(f"funds row {r[0]} 执行率", r[4], r[3], r[2])
    d.eq("table 年初", tot[1], D(init))
    d.eq("table 全年", tot[2], D(annual))
    spent = d.one(r"实际支出(\d+\.\d+)万元")
    d.eq("table 执行", tot[3], D(spent))
    parts = [d.one(r"消防器材购置(\d+\.\d+)万元"), d.one(r"电气线路改造(\d+\.\d+)万元"),
             d.one(r"微型消防站建设(\d+\.\d+)万元"), d.one(r"培训及宣传(\d+\.\d+)万元")]
    d.eq("spending parts", spent, sum(D(p) for p in parts))
    d.eq("结余", d.one(r"项目结余(\d+\.\d+)万元"), D(annual) - D(spent))
    # per-unit figures
    d.eq("extinguishers 1260 x 250元", parts[0], D(1260) * 250 / 10000)
    d.eq("wiring 30 x 1.80", parts[1], D(30) * D(d.one(r"平均每处(\d+\.\d+)万元")))
    d.eq("stations 11 x 3.32", parts[2], D(11) * D(d.one(r"单站建设成本(\d+\.\d+)万元")))
    d.eq("stations completion", d.one(r"完成率(\d+\.\d+)%"), D(11) / 12 * 100)
    # training
    per = [D(x) for x in re.search(r"分别培训(\d+)人、(\d+)人、(\d+)人、(\d+)人、(\d+)人", t).groups()]
    d.eq("average per session", d.one(r"平均每期(\d+)人"), sum(per) / len(per))
    d.eq("trained 410", "410", sum(per))
    d.eq("coverage", d.one(r"覆盖率(\d+\.\d+)%"), D(410) / 420 * 100)
    d.eq("satisfaction", d.one(r"满意度(\d+\.\d+)%"), D(187) / 200 * 100)
    total = check_indicator_table(d, "一级指标", None)
    m = re.search(r"自评得分(\d+\.\d+)分，评价等级为“(.)”", t)
    d.eq("text total = table total", m.group(1), D(total))
    check_grade(d, m.group(1), m.group(2))


def qingtian():
    d = Doc("qingtian-qiaolian-2021")
    t = d.text
    init, basic0, proj0 = d.one(r"年初预算(\d+\.\d+)万元"), d.one(r"其中基本支出(\d+\.\d+)万元"), d.one(r"项目支出(\d+\.\d+)万元，全部")
    d.eq("年初 = 基本 + 项目", init, D(basic0) + D(proj0))
    addb, addp = d.one(r"增加基本支出(\d+\.\d+)万元"), d.one(r"增加项目支出(\d+\.\d+)万元")
    annual = d.one(r"全年预算调整为(\d+\.\d+)万元")
    d.eq("全年 = 年初 + 追加", annual, D(init) + D(addb) + D(addp))
    spent = d.one(r"全年支出(\d+\.\d+)万元")
    d.rate("text 执行率", d.one(r"预算执行率(\d+\.\d+)%"), spent, annual)
    d.eq("结转", d.one(r"年末结转(\d+\.\d+)万元"), D(annual) - D(spent))
    rows = {r[0]: r for r in d.rows("项目")[1:]}
    tot = rows["年度资金总额"]
    fisc, carry, other = rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]
    basic, proj = rows["按支出性质分：基本支出"], rows["项目支出"]
    for i in (1, 2, 3):
        d.eq(f"sources col {i}", tot[i], D(fisc[i]) + D(carry[i]) + D(other[i]))
        d.eq(f"nature col {i}", tot[i], D(basic[i]) + D(proj[i]))
    for r in (tot, fisc, basic, proj):
        d.rate(f"{r[0]} 执行率", r[4], r[3], r[2])
    for r in (carry, other):
        if D(r[2]) == 0 and r[4] != "—":
            fail(f"{d.pid}: rate on zero base in {r[0]}")
    d.eq("table 全年", tot[2], D(annual))
    d.eq("table 执行", tot[3], D(spent))
    d.eq("basic annual", basic[2], D(basic0) + D(addb))
    d.eq("project annual", proj[2], D(proj0) + D(addp))
    items = d.rows("项目名称")[1:]
    parts, tot2 = items[:-1], items[-1]
    assert tot2[0] == "合计"
    for i in (1, 2, 3):
        d.eq(f"project items col {i}", tot2[i], sum(D(r[i]) for r in parts))
        d.eq(f"project items col {i} vs funds table", tot2[i], D(proj[i]))
    for r in items:
        d.rate(f"{r[0]} 执行率", r[4], r[3], r[2])
    d.need("相关经费执行率只有78.94%")
    d.eq("慰问 600户 x 600元", "36.00", D(600) * 600 / 10000)
    d.eq("items: 帮扶慰问 36.00", [r for r in parts if r[0] == "困难归侨侨眷帮扶慰问"][0][3], D("36.00"))
    d.eq("staff 8 + 3", "11", D(8) + 3)
    # the same counts in text and table
    for pat in (r"新联系海外侨团(\d+)个", r"引进侨资项目(\d+)个", r"更新率(\d+)%", r"进村（社区）(\d+)个"):
        v = d.one(pat)
    tab = {r[2]: r for r in d.rows("一级指标")[1:]}
    d.eq("侨团 text/table", d.one(r"新联系海外侨团(\d+)个"), D(tab["新联系海外侨团"][4].rstrip("个")))
    d.eq("联谊 text/table", d.one(r"联谊活动(\d+)场"), D(tab["组织海外侨胞联谊活动"][4].rstrip("场")))
    d.eq("satisfaction text/table", d.one(r"满意度(\d+\.\d+)%"), D(tab["归侨侨眷满意度"][4].rstrip("%")))
    total = check_indicator_table(d, "一级指标", None, completion_col="完成率")
    m = re.search(r"部门整体支出绩效自评得分(\d+\.\d+)分，评价等级为“(.)”", t)
    d.eq("text total", m.group(1), D(total))
    check_grade(d, m.group(1), m.group(2))
    m = re.search(r"2020年度自评得分(\d+\.\d+)分，等级为“(.)”", t)
    check_grade(d, m.group(1), m.group(2))
    over = [r for r in d.rows("一级指标")[1:-1] if D(r[5].rstrip("%")) > 130]
    if len(over) != 2:
        fail(f"{d.pid}: text says two indicators above 130%, table has {len(over)}")


def shishi():
    d = Doc("shishi-duitai-2024")
    t = d.text
    v = {r[0]: r[1] for r in d.rows("项目")[1:]}
    d.eq("全年 = 年初 + 追加", v["全年预算"], D(v["年初预算"]) + D(v["年中追加"]))
    d.eq("结余 = 到位 - 支出", v["结余"], D(v["实际到位"]) - D(v["实际支出"]))
    d.eq("text 年初", d.one(r"年初预算(\d+\.\d+)万元"), D(v["年初预算"]))
    d.eq("text 追加", d.one(r"追加预算(\d+\.\d+)万元"), D(v["年中追加"]))
    d.eq("text 全年", d.one(r"全年预算为(\d+\.\d+)万元"), D(v["全年预算"]))
    spent = d.one(r"全年执行(\d+\.\d+)万元")
    d.eq("text 执行", spent, D(v["实际支出"]))
    d.rate("text 执行率", d.one(r"执行率(\d+\.\d+)%，分项"), spent, v["全年预算"])
    items = d.rows("支出内容")[1:]
    parts, tot = items[:-1], items[-1]
    for i in (1, 2):
        d.eq(f"items col {i}", tot[i], sum(D(r[i]) for r in parts))
    d.eq("shares add to 100", tot[4], sum(D(r[4].rstrip("%")) for r in parts))
    for r in items:
        d.rate(f"{r[0]} 执行率", r[3], r[2], r[1])
        d.rate(f"{r[0]} 占比", r[4], r[1], tot[1])
    d.need("涉台宣传经费执行率仅91.67%")
    youth = [r for r in parts if r[0] == "海峡两岸青年交流活动"][0]
    d.eq("youth spending text/table", d.one(r"交流活动实际支出(\d+\.\d+)万元"), D(youth[2]))
    camps = [D(x) for x in re.search(r"分别有(\d+)人、(\d+)人、(\d+)人参加", t).groups()]
    d.eq("average per camp", d.one(r"平均每期(\d+)人"), sum(camps) / 3)
    visits = d.one(r"接待来访台胞(\d+)人次")
    d.eq("visits vs 2023", visits, D(1420) + 442)
    tab = {r[2]: r for r in d.rows("一级指标")[1:]}
    d.eq("visits table", visits, D(tab["接待来访台胞"][4].rstrip("人次")))
    d.eq("firms text/table", d.one(r"走访服务台资企业(\d+)家"), D(tab["服务台资企业"][4].rstrip("家")))
    d.eq("new settlers text/table", d.one(r"就业创业(\d+)人，未达到"), D(tab["新增台胞在石就业创业人数"][4].rstrip("人")))
    d.eq("satisfaction text/table", d.one(r"满意度为(\d+)%"), D(tab["来访台胞满意度"][4].rstrip("%")))
    funds = d.rows("项目资金（万元）")[1]
    d.eq("table 年初", funds[1], D(v["年初预算"]))
    d.eq("table 全年", funds[2], D(v["全年预算"]))
    d.eq("table 执行", funds[3], D(v["实际支出"]))
    total = check_indicator_table(d, "一级指标", None, funds_header="项目资金（万元）")
    d.need("年度：2024年")
    m = re.search(r"评价等级为“(.)”", t)
    check_grade(d, total, m.group(1))


def xingbin():
    d = Doc("xingbin-guiqiao-2020")
    t = d.text
    init, add, annual = d.one(r"年初预算(\d+\.\d+)万元"), d.one(r"帮扶补助资金(\d+\.\d+)万元"), d.one(r"全年预算(\d+\.\d+)万元")
    d.eq("全年 = 年初 + 追加", annual, D(init) + D(add))
    spent = d.one(r"全年实际支出(\d+\.\d+)万元")
    d.rate("执行率", d.one(r"预算执行率(\d+\.\d+)%"), spent, annual)
    d.eq("结余", d.one(r"结余(\d+\.\d+)万元"), D(annual) - D(spent))
    parts = re.findall(r"(\d+\.\d+)万元（(\d+)(户|人)，每(?:户|人)(\d+)(万?)元）", t)
    if len(parts) != 4:
        fail(f"{d.pid}: expected 4 spending parts, found {len(parts)}")
    for amt, n, _u, per, wan in parts:
        unit = D(10000) if wan else D(1)
        d.eq(f"part {amt} = {n} x {per}{wan}元", amt, D(n) * D(per) * unit / 10000)
    d.eq("parts add to spending", spent, sum(D(p[0]) for p in parts))
    # weights and scores
    w = [D(x) for x in re.search(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", t).groups()]
    d.eq("weights", d.one(r"设置权重，合计(\d+)分"), sum(w))
    inds = re.findall(r"目标(?:不少于|不低于)?(\d+(?:\.\d+)?)(户|人|%)，实际(\d+(?:\.\d+)?)(户|人|%)(?:，完成率(\d+\.\d+)%)?，分值(\d+)分，得(\d+(?:\.\d+)?)分", t)
    if len(inds) != 5:
        fail(f"{d.pid}: expected 5 quantitative indicator sentences, found {len(inds)}")
    if not re.search(r"5户已全部入住，入住率100%，分值15分，得15分", t):
        fail(f"{d.pid}: occupancy row")
    m = re.search(r"满意度为(\d+\.\d+)%，目标不低于(\d+)%，分值(\d+)分，得(\d+)分", t)
    if not (D(m.group(1)) >= D(m.group(2)) and m.group(3) == m.group(4)):
        fail(f"{d.pid}: satisfaction row")
    d.eq("5户 renovated = 10.00 / 2", "5", D("10.00") / 2)
    for tv, tu, av, au, comp, wt, sc in inds:
        if tu != au:
            fail(f"{d.pid}: units differ {tv}{tu} vs {av}{au}")
        c = D(av) / D(tv) * 100
        if comp:
            d.eq(f"completion {av}/{tv}", comp, c)
        d.eq(f"score {av}/{tv}", sc, r2(D(wt) * min(D(1), c / 100)))
    rest = re.findall(r"分值(\d+)分，得(\d+(?:\.\d+)?)分", t)
    weights = [D(a) for a, _ in rest]
    scores = [D(b) for _, b in rest]
    level = {"产出": (weights[0:5], scores[0:5]), "效益": (weights[5:7], scores[5:7]), "满意度": (weights[7:8], scores[7:8])}
    for name, k in (("产出", 1), ("效益", 2), ("满意度", 3)):
        d.eq(f"{name} weights", str(w[k]), sum(level[name][0]))
        d.eq(f"{name} heading", d.one(name + r"指标（(\d+)分）"), sum(level[name][0]))
    exec_score = d.one(r"按预算执行率计算，得(\d+\.\d+)分")
    d.eq("execution score", exec_score, w[0] * D(d.one(r"预算执行率(\d+\.\d+)%")) / 100)
    m = re.search(r"预算执行得(\d+\.\d+)分，产出指标得(\d+)分，效益指标得(\d+)分，满意度指标得(\d+)分，自评总分(\d+\.\d+)分，评价等级为“(.)”", t)
    d.eq("exec score restated", m.group(1), D(exec_score))
    d.eq("产出 score", m.group(2), sum(level["产出"][1]))
    d.eq("效益 score", m.group(3), sum(level["效益"][1]))
    d.eq("满意度 score", m.group(4), sum(level["满意度"][1]))
    d.eq("total", m.group(5), D(m.group(1)) + D(m.group(2)) + D(m.group(3)) + D(m.group(4)))
    check_grade(d, m.group(5), m.group(6))
    d.need("帮扶对象满意度为96.40%")
    d.eq("satisfaction 241 of the 250 sampled", "96.40", D(241) / D(d.one(r"随机抽取(\d+)户")) * 100)
    if D(d.one(r"满意度为(\d+\.\d+)%")) > 100:
        fail(f"{d.pid}: satisfaction above 100%")


def jianghua():
    d = Doc("jianghua-minzutuanjie-2019")
    t = d.text
    annual = d.one(r"全年预算(\d+\.\d+)万元")
    d.eq("省级 + 县级", annual, D(d.one(r"补助资金(\d+\.\d+)万元")) + D(d.one(r"县级配套资金(\d+\.\d+)万元")))
    budgets = {"奖补": d.one(r"示范单位创建奖补(\d+\.\d+)万元（"), "宣传": d.one(r"宣传月活动(\d+\.\d+)万元，"),
               "村寨": d.one(r"特色村寨建设(\d+\.\d+)万元（"), "培训": d.one(r"民族干部培训(\d+\.\d+)万元。")}
    d.eq("uses add to budget", annual, sum(D(x) for x in budgets.values()))
    d.eq("12 x 6", budgets["奖补"], D(12) * 6)
    d.eq("4 x 10", budgets["村寨"], D(4) * 10)
    spent = d.one(r"实际支出(\d+\.\d+)万元")
    d.rate("执行率", d.one(r"预算执行率(\d+\.\d+)%"), spent, annual)
    sp = [d.one(r"示范单位创建奖补支出(\d+\.\d+)万元"), d.one(r"宣传月活动支出(\d+\.\d+)万元"),
          d.one(r"特色村寨建设支出(\d+\.\d+)万元"), d.one(r"民族干部培训支出(\d+\.\d+)万元")]
    d.eq("spending parts", spent, sum(D(x) for x in sp))
    d.eq("2 villages x 10", sp[2], D(2) * 10)
    d.eq("未支出", d.one(r"未支出的(\d+\.\d+)万元"), D(annual) - D(spent))
    d.need("结转2020年")
    d.eq("village completion", d.one(r"完成率(\d+\.\d+)%"), D(2) / 4 * 100)
    d.eq("12 units by kind", "12", D(2) + 5 + 3 + 2)
    funds = d.rows("项目资金（万元）")
    tot = funds[1]
    d.eq("table 全年", tot[2], D(annual))
    d.eq("table 执行", tot[3], D(spent))
    for i in (1, 2, 3):
        d.eq(f"funds col {i}", tot[i], sum(D(r[i]) for r in funds[2:]))
    tab = {r[2]: r for r in d.rows("一级指标")[1:]}
    d.eq("宣传 text/table", d.one(r"开展宣传活动(\d+)场次"), D(tab["开展民族团结进步宣传活动"][4].rstrip("场次")))
    d.eq("培训 text/table", d.one(r"培训(\d+)人次，低于"), D(tab["民族干部培训"][4].rstrip("人次")))
    d.eq("知晓率 text/table", d.one(r"知晓率为(\d+)%"), D(tab["民族团结进步知识知晓率"][4].rstrip("%")))
    d.eq("满意度 text/table", d.one(r"满意度为(\d+)%"), D(tab["各族群众满意度"][4].rstrip("%")))
    total = check_indicator_table(d, "一级指标", None, funds_header="项目资金（万元）")
    m = re.search(r"本项目得分(\d+\.\d+)分，评价等级为(..)", t)
    d.eq("text total", m.group(1), D(total))
    check_grade(d, m.group(1), m.group(2))


# ---------------------------------------------------------------------------------------------
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    seen = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import build  # noqa: E402  (for the prose/table tags of the edits)
    tags = {f"{pid}-e{k}.txt": e[5] for pid, es in build.EDITS.items() for k, e in enumerate(es, 1)}
    clean_ids = set()
    for rec in labels:
        text = read(rec["case"])
        n = len(text)
        if not 3000 <= n <= 9000:
            fail(f"{rec['case']}: {n} characters")
        if rec["clean"]:
            clean_ids.add(rec["source"])
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with labels")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        clean = read(f"{rec['source']}-clean.txt")
        for lab in rec["expected"]:
            if lab["code"] not in CODES:
                fail(f"{rec['case']}: unknown code {lab['code']}")
            else:
                seen[lab["code"]] += 1
            if lab["severity"] != "error":
                fail(f"{rec['case']}: severity {lab['severity']}")
            if lab["value"] not in text:
                fail(f"{rec['case']}: value not in case: {lab['value']!r}")
            if lab["value"] in clean:
                fail(f"{rec['case']}: value also in the clean draft: {lab['value']!r}")
        where[tags[rec["case"]]] += 1
        # one place: the differing region between clean and error case is a single short stretch
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        a, b = clean[p:len(clean) - s], text[p:len(text) - s]
        if not b or len(a) > 120 or len(b) > 120:
            fail(f"{rec['case']}: differs from the clean draft in more than one place ({a!r} -> {b!r})")
        for lab in rec["expected"]:
            starts = [m.start() for m in re.finditer(re.escape(lab["value"]), text)]
            if not any(st <= p + len(b) and p <= st + len(lab["value"]) for st in starts):
                fail(f"{rec['case']}: value does not cover the changed text")
    for c, k in seen.items():
        if k < 2:
            fail(f"code {c} occurs {k} times (< 2)")
    if len(clean_ids) != 5:
        fail(f"{len(clean_ids)} clean drafts")
    return seen, where


def check_years():
    """Evaluation year in the file name = 截至… year; carry-over goes to the next year."""
    for pid in ("tongde-religfire-2023", "qingtian-qiaolian-2021", "shishi-duitai-2024",
                "xingbin-guiqiao-2020", "jianghua-minzutuanjie-2019"):
        year = int(pid[-4:])
        t = read(f"{pid}-clean.txt")
        if f"{year}年度" not in t.split("\n", 3)[0] + t.split("\n", 3)[1]:
            fail(f"{pid}: title does not name {year}年度")
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            if int(m.group(1)) != year:
                fail(f"{pid}: 截至{m.group(1)}年 in a {year} report")
        for m in re.finditer(r"结转(\d{4})年", t):
            if int(m.group(1)) != year + 1:
                fail(f"{pid}: 结转{m.group(1)}年 in a {year} report")
        for m in re.finditer(r"年度：(\d{4})年", t):
            if int(m.group(1)) != year:
                fail(f"{pid}: table year {m.group(1)}")


def main():
    for fn in (tongde, qingtian, shishi, xingbin, jianghua, check_years):
        try:
            fn()
        except Exception as exc:  # a figure that cannot be read is a failure too
            fail(f"{fn.__name__}: {type(exc).__name__}: {exc}")
    seen, where = check_labels()
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={k}" for c, k in seen.items()))
    print(f"errors in prose: {where['prose']}, in tables: {where['table']}")
    print("OK")


if __name__ == "__main__":
    main()
