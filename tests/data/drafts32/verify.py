#!/usr/bin/env python3
"""Check the set: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3. Prints OK on success, otherwise the problems found (exit 1).

1. labels.jsonl: every case exists; every value occurs exactly once in its case and never in the
   clean draft of its project; codes are from errors.md section A.
2. edits: every error case differs from its clean draft in one line (two adjacent lines for the
   score-row swaps), and inside each changed line by one contiguous span of at most 16 characters.
3. arithmetic of the clean drafts (tags stripped, entities decoded): funds identities, rates,
   balances, sums, products, averages, the indicator table (weights to 100, scores to the total,
   score <= weight, completion rates, scoring rule of rules.md section 5, qualitative bands) and
   the grade band of the total. Tolerance follows rules.md section 8 (decimals of the stated figure).
"""
import html
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch", "figure_mismatch", "empty_problems"}
MAX_EDIT = 16
problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- helpers
def plain(s):
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s).replace("\xa0", " ")
    return s


def dec(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated: the figure as written (str); computed: Decimal."""
    d = decimals(stated)
    return abs(computed - dec(stated.rstrip("%"))) <= D("0.5") * D(10) ** -d + D("1e-9")


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


class Doc:
    def __init__(self, name, raw):
        self.name, self.raw = name, raw
        # body text only: tables are read cell by cell through rows()
        self.text = plain(re.sub(r"<table.*?</table>", "", raw, flags=re.S))

    def s(self, pattern):
        """The captured figure (as written) of a pattern; all matches must agree."""
        found = re.findall(pattern, self.text)
        if not found:
            fail(f"{self.name}: pattern not found: {pattern}")
            return "0"
        vals = {f if isinstance(f, str) else f[0] for f in found}
        if len(vals) != 1:
            fail(f"{self.name}: pattern {pattern} has different values {vals}")
        return found[0] if isinstance(found[0], str) else found[0][0]

    def v(self, pattern):
        return dec(self.s(pattern))

    def eq(self, label, left, right):
        if left != right:
            fail(f"{self.name}: {label}: {left} != {right}")

    def rate(self, label, stated, num, den):
        c = num / den * 100
        if not ok(stated, c):
            fail(f"{self.name}: {label}: stated {stated}, computed {c:.4f}")

    def near(self, label, stated, computed):
        if not ok(stated, computed):
            fail(f"{self.name}: {label}: stated {stated}, computed {computed:.4f}")

    def rows(self):
        out = []
        for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", self.raw, re.S):
            cells = [plain(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
            out.append(cells)
        return out


NUM = r"(-?[\d,]+(?:\.\d+)?)"


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def check_grade(doc, total, label_pattern):
    g = doc.s(label_pattern)
    if not g.startswith(grade_of(total)):
        fail(f"{doc.name}: grade {g} does not match total {total}")


def check_funds_table(doc):
    """Funds block: 年度资金总额 = 当年财政拨款 + 上年结转 + 其他; rates; execution score."""
    rows = {r[0]: r for r in doc.rows() if r and r[0] in
            ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot = rows["年度资金总额"]
    for col in (1, 2, 3):
        parts = [dec(rows[k][col]) for k in rows if k != "年度资金总额"]
        doc.eq(f"funds column {col}", dec(tot[col]), sum(parts))
    for k, r in rows.items():
        annual, spent = dec(r[2]), dec(r[3])
        if annual == 0:
            if r[5] != "—":
                fail(f"{doc.name}: rate on zero base in row {k}: {r[5]}")
        else:
            doc.rate(f"execution rate {k}", r[5], spent, annual)
        if spent > annual:
            fail(f"{doc.name}: spent above budget in row {k}")
    w, rate_s, score_s = dec(tot[4]), tot[5], tot[6]
    raw = w * min(dec(tot[3]) / dec(tot[2]), D(1))
    printed = w * min(dec(rate_s.rstrip("%")) / 100, D(1))
    if not (ok(score_s, raw) or ok(score_s, printed)):
        fail(f"{doc.name}: execution score {score_s} vs {raw:.4f}")
    return w, dec(score_s)


TARGET_RE = re.compile(r"(≥|>=|≤|<=|=)?\s*(-?[\d,]+(?:\.\d+)?)\s*(.*)$")
ACTUAL_RE = re.compile(r"(-?[\d,]+(?:\.\d+)?)\s*(.*)$")


def check_indicators(doc, cols, exec_weight=D(0), exec_score=D(0)):
    """cols: indexes from the end of a row: target, actual, completion (or None), weight, score.
    Returns (sum of weights incl. execution, sum of scores incl. execution, stated totals)."""
    rows = doc.rows()
    start = next(i for i, r in enumerate(rows) if "三级指标" in r)
    wsum, ssum = exec_weight, exec_score
    level = {}
    total = None
    for r in rows[start + 1:]:
        if any(c in ("总分", "合计") for c in r):
            nums = [c for c in r if re.fullmatch(r"[\d.]+", c)]
            total = (dec(nums[0]), nums[1])
            continue
        w_s, s_s = r[cols["weight"]], r[cols["score"]]
        w, s = dec(w_s), dec(s_s)
        wsum += w
        ssum += s
        name = r[cols["target"] - 1]
        if s > w or s < 0:
            fail(f"{doc.name}: score {s} outside [0, {w}] in {name}")
        t_cell, a_cell = r[cols["target"]], r[cols["actual"]]
        tm = TARGET_RE.search(t_cell)
        am = ACTUAL_RE.fullmatch(a_cell)
        if tm and am and a_cell[:1] in "-0123456789":
            sign, T, t_unit = tm.group(1), dec(tm.group(2)), tm.group(3).strip()
            A, a_unit = dec(am.group(1)), am.group(2).strip()
            if t_unit != a_unit:
                fail(f"{doc.name}: unit {t_unit!r} vs {a_unit!r} in {name}")
            if sign in ("≤", "<="):
                comp = D(100) if A <= T else T / A * 100
                exp = w if A <= T else w * T / A
            elif T == 0:
                comp = D(100) if A <= 0 else D(0)
                exp = w if A <= 0 else D(0)
            else:
                comp = A / T * 100
                exp = w * min(A / T, D(1))
            if not ok(s_s, exp):
                fail(f"{doc.name}: score {s_s} for {name}, rule gives {exp:.4f}")
            if cols.get("completion") is not None:
                c_s = r[cols["completion"]]
                if not ok(c_s, comp):
                    fail(f"{doc.name}: completion {c_s} for {name}, computed {comp:.4f}")
        else:  # qualitative
            if "部分达成" in a_cell and not (D("0.6") * w <= s < D("0.8") * w):
                fail(f"{doc.name}: 部分达成 score {s} outside [60%, 80%) of {w} in {name}")
            if "未达成" in a_cell and not s < D("0.6") * w:
                fail(f"{doc.name}: 未达成 score {s} not below 60% of {w} in {name}")
    if total is None:
        fail(f"{doc.name}: no total row")
        return
    doc.eq("weights sum to stated total weight", wsum, total[0])
    doc.eq("weights sum to 100", wsum, D(100))
    doc.eq("scores sum to stated total", r2(ssum), dec(total[1]))
    return dec(total[1])


# ---------------------------------------------------------------- per project
def nayong(doc):
    v = doc.v
    doc.eq("central = advance + supplement", v(r"中央膳食补助资金" + NUM + r"万元于"), D("7980.00"))
    doc.eq("advance issued in the December before 2022", v(r"万元于(\d{4})年12月由"), D(2021))
    doc.eq("central total", v(r"下达膳食补助资金" + NUM + r"万元") + D("7980.00"), v(r"（中央" + NUM + r"万元、省级"))
    initial, init_cur, carry = v(r"年初预算" + NUM + r"万元"), v(r"其中当年财政拨款" + NUM + r"万元、上年结转资金126"), v(r"上年结转资金" + NUM + r"万元。年初")
    doc.eq("initial = current + carry-over", initial, init_cur + carry)
    prov, county = v(r"省级食堂设备购置资金" + NUM + r"万元、县级"), v(r"县级配套资金" + NUM + r"万元在年初")
    doc.eq("initial current = central advance + provincial + county", init_cur, D("7980.00") + prov + county)
    annual, ann_cur = v(r"全年预算调整为" + NUM + r"万元"), v(r"其中当年财政拨款" + NUM + r"万元（中央")
    cen = v(r"（中央" + NUM + r"万元、省级")
    doc.eq("annual = current + carry-over", annual, ann_cur + carry)
    doc.eq("annual current = central + provincial + county", ann_cur, cen + v(r"、省级" + NUM + r"万元、县级1") + v(r"、县级" + NUM + r"万元）、上年"))
    doc.eq("adjustment = annual - initial", annual - initial, v(r"中央追加下达膳食补助资金" + NUM + r"万元"))
    received = v(r"到位资金" + NUM + r"万元")
    doc.rate("到位率", doc.s(r"到位率" + NUM + "%"), received, annual)
    spent = v(r"全年执行" + NUM + r"万元")
    doc.rate("执行率", doc.s(r"预算执行率" + NUM + "%"), spent, annual)
    paid_prov = v(r"已支付" + NUM + r"万元")
    county_spent = v(r"县级配套资金支出" + NUM + r"万元")
    doc.eq("spent = central + carry-over + county + provincial paid", spent,
           v(r"中央膳食补助资金支出" + NUM + r"万元") + v(r"设备购置资金支出" + NUM + r"万元") + county_spent + paid_prov)
    spring, autumn = v(r"春季学期" + NUM + r"人×5元×100天"), v(r"秋季学期" + NUM + r"人×5元×100天")
    sp_amt, au_amt = v(r"×100天=" + NUM + r"万元，秋季"), v(r"秋季学期85,937人×5元×100天=" + NUM + r"万元")
    doc.eq("spring amount", spring * 5 * 100 / 10000, sp_amt)
    doc.eq("autumn amount", autumn * 5 * 100 / 10000, au_amt)
    doc.eq("central spent = spring + autumn", sp_amt + au_amt, v(r"中央膳食补助资金支出" + NUM + r"万元"))
    doc.eq("standard 5元×200天", D(5) * v(r"全年在校" + NUM + r"天"), v(r"折合每生每年" + NUM + r"元"))
    wages = v(r"全年工资" + NUM + r"万元")
    doc.eq("wages = staff × 700 × 12", v(r"食堂工勤人员" + NUM + r"人、每人") * v(r"每人每月补助" + NUM + r"元") * 12 / 10000, wages)
    doc.eq("county = wages + utilities", county_spent, wages + v(r"水电燃料费" + NUM + r"万元"))
    doc.rate("支付率", doc.s(r"支付率" + NUM + "%"), paid_prov, prov)
    doc.eq("unspent = provincial unpaid", annual - spent, prov - paid_prov)
    doc.eq("unspent stated", annual - spent, v(r"未执行的" + NUM + r"万元"))
    doc.eq("student increase", autumn - v(r"2021年秋季学期（" + NUM + r"人）"), v(r"增加" + NUM + r"人，主要"))
    schools = v(r"现有义务教育阶段学校" + NUM + r"所")
    doc.eq("schools = primary + junior", schools, v(r"其中小学" + NUM + r"所") + v(r"、初中" + NUM + r"所。"))
    doc.rate("供餐率", doc.s(r"食堂供餐率" + NUM + "%"), v(r"学校食堂供餐的学校" + NUM + r"所"), schools)
    doc.rate("拨付及时率", doc.s(r"资金拨付及时率" + NUM + "%"), v(r"其中" + NUM + r"个批次"), v(r"全年分" + NUM + r"个批次"))
    q = [dec(x) for x in re.findall(r"分别为(\d+\.?\d*)%、(\d+\.?\d*)%、(\d+\.?\d*)%、(\d+\.?\d*)%", doc.text)[0]]
    doc.near("average 抽检合格率", doc.s(r"平均" + NUM + "%"), sum(q) / len(q))
    doc.near("生长迟缓率 drop", doc.s(r"下降" + NUM + r"个百分点"), v(r"较2021年（" + NUM + r"%）") - v(r"生长迟缓率" + NUM + r"%，较"))
    doc.rate("满意度", doc.s(r"满意度" + NUM + r"%，高于"), v(r"表示满意的" + NUM + r"份"), v(r"收回有效问卷" + NUM + r"份，其中"))
    w, s = check_funds_table(doc)
    total = check_indicators(doc, dict(target=-6, actual=-5, completion=-4, weight=-3, score=-2), w, s)
    parts = [v(r"预算执行率得分" + NUM + "分"), v(r"产出指标得分" + NUM + "分"), v(r"效益指标得分" + NUM + "分"), v(r"满意度指标得分" + NUM + "分")]
    doc.eq("text level scores sum to total", sum(parts), v(r"自评得分" + NUM + "分"))
    doc.eq("text total = table total", v(r"自评得分" + NUM + "分"), total)
    doc.eq("产出 level in text = table rows", parts[1], D(10) + 8 + 8 + 8 + D("5.84") + 10)
    check_grade(doc, total, r"自评等级为“(.)”")


def guangnan(doc):
    v = doc.v
    init = [v(r"年初预算" + NUM + r"万元"), v(r"其中中央" + NUM + r"万元（2019"), v(r"、省级" + NUM + r"万元、州级115"),
            v(r"州级" + NUM + r"万元、县级230"), v(r"县级" + NUM + r"万元。2020年7月")]
    doc.eq("initial by source", init[0], sum(init[1:]))
    add = [v(r"共追加" + NUM + r"万元"), v(r"其中中央" + NUM + r"万元、省级63"), v(r"、省级" + NUM + r"万元、州级9"),
           v(r"州级" + NUM + r"万元、县级18"), v(r"县级" + NUM + r"万元。调整后")]
    doc.eq("adjustment by source", add[0], sum(add[1:]))
    ann = [v(r"调整后全年预算" + NUM + r"万元"), v(r"其中中央" + NUM + r"万元、省级868"), v(r"、省级" + NUM + r"万元、州级124"),
           v(r"州级" + NUM + r"万元、县级248"), v(r"县级" + NUM + r"万元。无上年")]
    doc.eq("annual by source", ann[0], sum(ann[1:]))
    for i in range(5):
        doc.eq(f"initial + adjustment source {i}", init[i] + add[i], ann[i])
    doc.eq("central 5:5", ann[1], ann[0] / 2)
    doc.eq("local 7:1:2", (ann[2] / 7, ann[3] / 1), (ann[4] / 2, ann[4] / 2))
    received = v(r"全年预算资金" + NUM + r"万元全部到位")
    doc.eq("received = annual", received, ann[0])
    spent = v(r"全年发放寄宿生生活补助" + NUM + r"万元")
    doc.rate("执行率", doc.s(r"预算执行率" + NUM + "%"), spent, ann[0])
    sp = v(r"春季学期发放" + NUM + r"万元")
    au = v(r"秋季学期发放" + NUM + r"万元")
    doc.eq("spent = spring + autumn", spent, sp + au)
    sp_p, sp_j = v(r"（小学" + NUM + r"人×500元=624"), v(r"初中" + NUM + r"人×625元=601")
    au_p, au_j = v(r"（小学" + NUM + r"人×500元=610"), v(r"初中" + NUM + r"人×625元=615")
    doc.eq("spring primary", sp_p * 500 / 10000, v(r"×500元=" + NUM + r"万元，初中9,620"))
    doc.eq("spring junior", sp_j * 625 / 10000, v(r"9,620人×625元=" + NUM + r"万元"))
    doc.eq("autumn primary", au_p * 500 / 10000, v(r"12,210人×500元=" + NUM + r"万元"))
    doc.eq("autumn junior", au_j * 625 / 10000, v(r"9,848人×625元=" + NUM + r"万元"))
    doc.eq("spring sum", sp, (sp_p * 500 + sp_j * 625) / 10000)
    doc.eq("autumn sum", au, (au_p * 500 + au_j * 625) / 10000)
    doc.eq("standard per semester", (D(1000) / 2, D(1250) / 2), (D(500), D(625)))
    c_spent = v(r"支出" + NUM + r"万元，执行率")
    doc.rate("county 执行率", doc.s(r"支出219.25万元，执行率" + NUM + "%"), c_spent, ann[4])
    bal = v(r"结余" + NUM + r"万元")
    doc.eq("balance = county budget - county spent", bal, ann[4] - c_spent)
    doc.eq("balance = annual - spent", bal, ann[0] - spent)
    doc.eq("spent = central+prov+pref + county spent", spent, ann[1] + ann[2] + ann[3] + c_spent)
    s_cnt, a_cnt, year = v(r"春季学期资助寄宿生" + NUM + r"人次"), v(r"秋季学期资助" + NUM + r"人次"), v(r"全年累计资助" + NUM + r"人次")
    doc.eq("spring headcount", s_cnt, sp_p + sp_j)
    doc.eq("autumn headcount", a_cnt, au_p + au_j)
    doc.eq("year headcount", year, s_cnt + a_cnt)
    doc.eq("change vs 2019", v(r"较2019年（" + NUM + r"人次）") - year, v(r"减少" + NUM + r"人次"))
    schools = v(r"享受补助的学校" + NUM + r"所")
    doc.eq("schools", schools, v(r"其中小学" + NUM + r"所、初中") + v(r"、初中" + NUM + r"所。"))
    doc.rate("按时发放率", doc.s(r"按时发放率" + NUM + "%，另"), v(r"中" + NUM + r"所在规定时间内"), schools)
    doc.eq("late schools", schools - v(r"中" + NUM + r"所在规定时间内"), v(r"另" + NUM + r"所学校"))
    doc.rate("满意度", doc.s(r"满意度" + NUM + r"%。"), v(r"表示满意的" + NUM + r"人"), v(r"收回有效问卷" + NUM + r"份"))
    w, s = check_funds_table(doc)
    total = check_indicators(doc, dict(target=-6, actual=-5, completion=-4, weight=-3, score=-2), w, s)
    doc.eq("text total = table total", v(r"自评得分" + NUM + "分"), total)
    tbl = {r[2]: r for r in doc.rows() if len(r) == 9}
    doc.eq("知晓率 text = table", doc.s(r"知晓率为" + NUM + "%"), tbl["资助政策知晓率"][4].rstrip("%"))
    doc.eq("人次 text = table", year, dec(tbl["资助寄宿生人次"][4].replace("人次", "")))
    check_grade(doc, total, r"自评等级为“(..)”")


def duan(doc):
    v = doc.v
    items = [("小学", 650), ("初中", 850), ("寄宿生", 200), ("特殊教育学校", 6000), ("教学点补足核定", 650)]
    amounts = []
    for name, std in items:
        m = re.search(re.escape(name) + NUM + r"人×" + str(std) + r"元=" + NUM + "万元", doc.text)
        n, a = dec(m.group(1)), dec(m.group(2))
        doc.eq(f"{name} product", n * std / 10000, a)
        amounts.append(a)
    core = v(r"核定生均公用经费" + NUM + r"万元")
    doc.eq("core = items", core, sum(amounts))
    cen, reg, cty = v(r"即中央资金" + NUM + r"万元"), v(r"、自治区资金" + NUM + r"万元"), v(r"、县级资金" + NUM + r"万元")
    doc.eq("sources sum", core, cen + reg + cty)
    doc.eq("8:2", cen, r2(core * D("0.8")))
    doc.eq("7:3 region", reg, r2(core * D("0.2") * D("0.7")))
    doc.eq("7:3 county", cty, r2(core * D("0.2") * D("0.3")))
    pupils = v(r"合计" + NUM + r"人，其中寄宿生")
    doc.eq("pupils", pupils, v(r"小学在校生" + NUM + "人") + v(r"初中在校生" + NUM + "人"))
    doc.eq("teaching points top-up", v(r"按100人核定后增加核定人数" + NUM + "人"),
           v(r"(\d+)个教学点实有学生") * 100 - v(r"教学点实有学生" + NUM + "人"))
    doc.eq("schools", v(r"（含教学点）" + NUM + "所"),
           v(r"其中小学" + NUM + "所") + v(r"教学点" + NUM + r"个、初中") + v(r"初中" + NUM + "所、九年") + v(r"九年一贯制学校" + NUM + "所") + v(r"特殊教育学校" + NUM + "所。"))
    init, adv, cnt_init, carry = v(r"项目年初预算" + NUM + r"万元"), v(r"提前下达中央和自治区资金" + NUM + r"万元"), v(r"县级年初安排" + NUM + r"万元"), v(r"上年结转" + NUM + r"万元。2023")
    doc.eq("initial", init, adv + cnt_init + carry)
    doc.eq("advance split", adv, v(r"（中央" + NUM + r"万元、自治区1,012") + v(r"、自治区" + NUM + r"万元），县级"))
    add = v(r"清算追加中央和自治区资金" + NUM + r"万元")
    doc.eq("supplement split", add, v(r"（中央" + NUM + r"万元、自治区34") + v(r"、自治区" + NUM + r"万元，河财教"))
    doc.eq("central total", cen, v(r"（中央" + NUM + r"万元、自治区1,012") + v(r"（中央" + NUM + r"万元、自治区34"))
    doc.eq("regional total", reg, v(r"、自治区" + NUM + r"万元），县级") + v(r"、自治区" + NUM + r"万元，河财教"))
    annual = v(r"调整后全年预算" + NUM + r"万元")
    doc.eq("annual", annual, init + add)
    doc.eq("annual = current + carry", annual, v(r"其中当年财政拨款" + NUM + r"万元、上年结转") + carry)
    doc.eq("current = core", core, v(r"其中当年财政拨款" + NUM + r"万元、上年结转"))
    spent = v(r"全年支出" + NUM + r"万元，预算执行率")
    doc.rate("执行率", doc.s(r"预算执行率" + NUM + "%"), spent, annual)
    doc.eq("carry forward", annual - spent, v(r"年末结转" + NUM + r"万元。其中"))
    cur_spent = v(r"当年财政拨款支出" + NUM + r"万元")
    doc.eq("spent = carry + current", spent, carry + cur_spent)
    doc.rate("current 执行率", doc.s(r"当年财政拨款支出7,184.51万元，执行率" + NUM + "%"), cur_spent, core)
    m = re.search(r"全年支出" + NUM + r"万元，其中：(.*?)。", doc.text)
    parts = [dec(x) for x in re.findall(NUM + r"万元", m.group(2))]
    doc.eq("spending items", dec(m.group(1)), sum(parts))
    doc.rate("培训占比", doc.s(r"占当年核定公用经费的" + NUM + "%"), v(r"培训费支出" + NUM + r"万元"), core)
    doc.eq("培训费 both mentions", v(r"培训费支出" + NUM + r"万元"), v(r"，培训费" + NUM + r"万元"))
    doc.rate("按时足额拨付", doc.s(r"比例为" + NUM + "%"), v(r"，" + NUM + r"所按时足额拨付"), v(r"拨付到校的" + NUM + r"所学校中"))
    doc.eq("late schools", v(r"拨付到校的" + NUM + r"所学校中") - v(r"，" + NUM + r"所按时足额拨付"), v(r"；" + NUM + r"所学校第四季度"))
    doc.rate("支出进度", doc.s(r"年度资金支出进度" + NUM + "%"), spent, annual)
    doc.rate("达标学校完成", doc.s(r"完成" + NUM + r"%。"), v(r"实际达标" + NUM + "所"), v(r"年度目标" + NUM + "所"))
    doc.rate("满意度", doc.s(r"师生满意度" + NUM + "%"), v(r"满意" + NUM + r"份"), v(r"回收有效问卷" + NUM + r"份"))
    rows = {r[0]: r for r in doc.rows() if r and r[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金")}
    for col in (1, 2, 3):
        doc.eq(f"funds col {col}", dec(rows["年度资金总额"][col]), dec(rows["其中：当年财政拨款"][col]) + dec(rows["上年结转资金"][col]))
    for k, r in rows.items():
        doc.rate(f"rate {k}", r[5], dec(r[3]), dec(r[2]))
    tot = rows["年度资金总额"]
    doc.near("execution score", tot[6], dec(tot[4]) * dec(tot[3]) / dec(tot[2]))
    doc.eq("table annual = text annual", dec(tot[2]), annual)
    doc.eq("table initial = text initial", dec(tot[1]), init)
    total = check_indicators(doc, dict(target=-5, actual=-4, completion=None, weight=-3, score=-2), dec(tot[4]), dec(tot[6]))
    m = re.search(r"其中预算执行" + NUM + "分、产出指标" + NUM + "分、效益指标" + NUM + "分、满意度指标" + NUM + "分，评价", doc.text)
    parts = [dec(x) for x in m.groups()]
    doc.eq("text levels sum to total", sum(parts), v(r"本项目自评得分" + NUM + "分"))
    doc.eq("text total = table", v(r"本项目自评得分" + NUM + "分"), total)
    doc.eq("产出 rows", parts[1], D(10) + 10 + 5 + D("9.27") + D("4.91") + 5 + 5)
    doc.eq("效益 rows", parts[2], D(10) + D("6.5") + 5)
    check_grade(doc, total, r"评价等级为“(..)”")


def yuanyang(doc):
    v = doc.v
    init, adj, carry_in, annual = v(r"部门年初预算" + NUM + "万元"), v(r"年中追加调整" + NUM + "万元，加上"), v(r"加上年初结转和结余" + NUM + "万元"), v(r"全年预算数" + NUM + "万元。")
    doc.eq("annual = initial + adjustment + carry-in", annual, init + adj + carry_in)
    cur, rec = v(r"当年财政拨款" + NUM + "万元，实际到位"), v(r"实际到位" + NUM + "万元")
    doc.eq("annual = current + carry-in", annual, cur + carry_in)
    doc.rate("到位率", doc.s(r"到位率" + NUM + "%"), rec, cur)
    doc.eq("not received", cur - rec, v(r"未到位的" + NUM + "万元"))
    inc = v(r"本年收入合计" + NUM + "万元")
    doc.eq("income", inc, v(r"其中财政拨款收入" + NUM + "万元") + v(r"其他收入" + NUM + "万元"))
    doc.eq("fiscal income = received", v(r"其中财政拨款收入" + NUM + "万元"), rec)
    exp = v(r"本年支出合计" + NUM + "万元")
    basic, proj = v(r"其中基本支出" + NUM + "万元"), v(r"），项目支出" + NUM + "万元")
    doc.eq("expenditure", exp, basic + proj)
    doc.eq("basic", basic, v(r"人员经费" + NUM + "万元") + v(r"、公用经费" + NUM + "万元）"))
    doc.rate("项目支出占比", doc.s(r"项目支出占支出合计的" + NUM + "%"), proj, exp)
    m = re.search(r"项目支出主要包括：(.*?)。", doc.text)
    parts = [dec(x) for x in re.findall(NUM + "万元", m.group(1))]
    doc.eq("project items", proj, sum(parts))
    three = [dec(x) for x in re.search(r"分别为" + NUM + "万元、" + NUM + "万元、" + NUM + "万元", doc.text).groups()]
    doc.eq("2018 in series", three[2], proj)
    doc.near("年均", doc.s(r"年均" + NUM + "万元"), sum(three) / 3)
    end = v(r"年末结转和结余" + NUM + "万元")
    doc.eq("closing balance", end, carry_in + inc - exp)
    doc.eq("carry-in restated", carry_in, v(r"结转结余情况：年初结转和结余" + NUM + "万元"))
    sg_b, sg = v(r"“三公”经费预算" + NUM + "万元"), v(r"实际支出" + NUM + "万元，其中公务接待费")
    doc.eq("三公 parts", sg, v(r"公务接待费" + NUM + "万元") + v(r"公务用车运行维护费" + NUM + "万元") + v(r"因公出国（境）费用" + NUM + "万元"))
    prev = v(r"较2017年（" + NUM + "万元）")
    doc.eq("三公 decrease", prev - sg, v(r"减少" + NUM + "万元"))
    doc.rate("三公 change", doc.s(r"下降" + NUM + "%"), prev - sg, prev)
    doc.eq("staff", v(r"部门核定编制" + NUM + "名"), v(r"其中行政编制" + NUM + "名") + v(r"、事业编制" + NUM + "名"))
    doc.eq("in post", v(r"在职人员" + NUM + "人，其中"), v(r"其中行政人员" + NUM + "人") + v(r"、事业人员" + NUM + "人"))
    doc.rate("在职人员控制率", doc.s(r"在职人员控制率" + NUM + "%"), v(r"在职人员" + NUM + "人，其中"), v(r"部门核定编制" + NUM + "名"))
    key = v(r"三项重点支出合计" + NUM + "万元")
    doc.eq("key items", key, parts[0] + parts[1] + parts[2])
    doc.rate("重点支出安排率", doc.s(r"占项目支出的" + NUM + "%"), key, proj)
    doc.rate("预算完成率", doc.s(r"预算完成率" + NUM + "%"), exp, annual)
    doc.rate("预算调整率", doc.s(r"×100%=" + NUM + "%"), adj, init)
    doc.rate("结转结余率", doc.s(r"结转结余率" + NUM + "%"), end, annual)
    doc.rate("公用经费控制率", doc.s(r"公用经费控制率" + NUM + "%"), v(r"实际支出" + NUM + "万元，公用经费"), v(r"公用经费预算" + NUM + "万元"))
    doc.eq("公用经费 both mentions", v(r"实际支出" + NUM + "万元，公用经费"), v(r"、公用经费" + NUM + "万元）"))
    doc.rate("三公控制率", doc.s(r"“三公”经费控制率" + NUM + "%"), sg, sg_b)
    doc.rate("政府采购执行率", doc.s(r"政府采购执行率" + NUM + "%"), v(r"实际采购" + NUM + "万元"), v(r"政府采购预算" + NUM + "万元"))
    doc.rate("办结率", doc.s(r"办结率" + NUM + "%"), v(r"重点工作办结" + NUM + "项"), v(r"年初确定的" + NUM + "项"))
    sat = [dec(x) for x in re.search(r"满意度分别为" + NUM + "%、" + NUM + "%、" + NUM + "%", doc.text).groups()]
    doc.near("平均满意度", doc.s(r"平均满意度" + NUM + "%"), sum(sat) / 3)
    doc.eq("营养 both mentions", parts[1], v(r"营养改善计划支出" + NUM + "万元"))
    total = check_indicators(doc, dict(target=-3, actual=-2, completion=None, weight=-4, score=-1))
    # table values equal text values
    tbl = {r[-5]: r for r in doc.rows() if len(r) >= 5}
    for name, pat in [("在职人员控制率", r"在职人员控制率" + NUM + "%"), ("预算完成率", r"预算完成率" + NUM + "%"),
                      ("预算调整率", r"×100%=" + NUM + "%"), ("结转结余率", r"结转结余率" + NUM + "%"),
                      ("公用经费控制率", r"公用经费控制率" + NUM + "%"), ("政府采购执行率", r"政府采购执行率" + NUM + "%"),
                      ("重点支出安排率", r"占项目支出的" + NUM + "%"), ("重点工作办结率", r"办结率" + NUM + "%")]:
        doc.eq(f"table {name} = text", tbl[name][-2].rstrip("%"), doc.s(pat))
    doc.eq("满意度 table = text", tbl["社会公众或服务对象满意度"][-2].rstrip("%"), doc.s(r"平均满意度" + NUM + "%"))
    lv = [v(r"其中投入" + NUM + "分"), v(r"、过程" + NUM + "分"), v(r"、产出" + NUM + "分"), v(r"、效果" + NUM + "分")]
    doc.eq("text levels sum", sum(lv), v(r"自评得分" + NUM + "分"))
    doc.eq("text total = table", v(r"自评得分" + NUM + "分"), total)
    doc.eq("投入 rows", lv[0], D(4) + 3 + 4 + 4 + 4)
    doc.eq("过程 rows", lv[1], D("4.94") + D("1.61") + D("3.86") + 4 + 4 + 4 + D("2.93") + 3 + 3 + 2 + 1 + 1 + 1)
    doc.eq("产出 rows", lv[2], D(5) + D("4.5") + 5 + D("4.17"))
    doc.eq("效果 rows", lv[3], D(6) + 5 + 8)
    check_grade(doc, total, r"评价等级为“(.)”")


def daxin(doc):
    v = doc.v
    doc.eq("students autumn", v(r"在校生" + NUM + "人，其中高一"), v(r"高一" + NUM + "人") + v(r"高二" + NUM + "人") + v(r"高三" + NUM + "人；"))
    init, adv, cty0 = v(r"年初预算" + NUM + "万元"), v(r"提前下达中央和自治区资金" + NUM + "万元"), v(r"县级年初安排" + NUM + "万元")
    doc.eq("initial", init, adv + cty0)
    c0, r0 = v(r"（中央" + NUM + "万元、自治区69"), v(r"、自治区" + NUM + "万元），县级")
    doc.eq("advance split", adv, c0 + r0)
    add = v(r"追加" + NUM + "万元（中央")
    c1, r1, k1 = v(r"追加26.00万元（中央" + NUM + "万元"), v(r"、自治区" + NUM + "万元、县级2"), v(r"、县级" + NUM + "万元）。")
    doc.eq("supplement split", add, c1 + r1 + k1)
    annual = v(r"全年预算" + NUM + "万元，其中中央")
    c, r, k = v(r"其中中央" + NUM + "万元、自治区74"), v(r"、自治区" + NUM + "万元、县级37"), v(r"、县级" + NUM + "万元；按用途")
    doc.eq("annual by source", annual, c + r + k)
    doc.eq("annual = initial + supplement", annual, init + add)
    doc.eq("sources = initial + supplement", (c, r, k), (c0 + c1, r0 + r1, cty0 + k1))
    grant_b, fee_b = v(r"国家助学金" + NUM + "万元，免学费"), v(r"免学费补助" + NUM + "万元。")
    doc.eq("annual by use", annual, grant_b + fee_b)
    spent = v(r"全年支出" + NUM + "万元")
    doc.rate("执行率", doc.s(r"预算执行率" + NUM + "%"), spent, annual)
    doc.eq("balance", v(r"结余" + NUM + "万元。"), annual - spent)
    grant, fee = v(r"其中国家助学金支出" + NUM + "万元"), v(r"免学费补助支出" + NUM + "万元")
    doc.eq("spent by use", spent, grant + fee)
    s1, s2, sa = v(r"（一档" + NUM + "人、二档805"), v(r"二档" + NUM + r"人），金额157\.30"), v(r"金额" + NUM + "万元；秋季")
    a1, a2, aa = v(r"（一档" + NUM + "人、二档832"), v(r"二档" + NUM + r"人），金额157\.90"), v(r"金额" + NUM + "万元；全年")
    doc.eq("spring grant", sa, (s1 * 1500 + s2 * 1000) / 10000)
    doc.eq("autumn grant", aa, (a1 * 1500 + a2 * 1000) / 10000)
    doc.eq("grant total", grant, sa + aa)
    sn, an = v(r"春季学期发放国家助学金" + NUM + "人"), v(r"秋季学期发放" + NUM + "人")
    doc.eq("spring count", sn, s1 + s2)
    doc.eq("autumn count", an, a1 + a2)
    year = v(r"全年资助" + NUM + "人次")
    doc.eq("year count", year, sn + an)
    doc.eq("vs 2024", year - v(r"较2024年（" + NUM + "人次）"), v(r"增加" + NUM + "人次"))
    doc.rate("资助面", doc.s(r"占在校生的" + NUM + "%"), an, v(r"在校生" + NUM + "人，其中高一"))
    fs, fa, ft = v(r"春季" + NUM + "人次、秋季"), v(r"秋季" + NUM + "人次）"), v(r"免学费资助" + NUM + "人次")
    doc.eq("fee count", ft, fs + fa)
    doc.eq("fee amount", v(r"补助资金" + NUM + "万元。资助"), ft * 650 / 10000)
    doc.eq("fee spent", fee, ft * 650 / 10000)
    doc.rate("发放及时率", doc.s(r"发放及时率" + NUM + "%"), v(r"春季学期助学金和免学费" + NUM + "个批次"), v(r"全年" + NUM + "个批次"))
    gr = v(r"受助学生" + NUM + "人，其中")
    doc.rate("毕业率", doc.s(r"毕业率" + NUM + "%"), v(r"其中" + NUM + "人取得"), gr)
    doc.eq("not graduated", gr - v(r"其中" + NUM + "人取得"), v(r"未毕业的" + NUM + "人"))
    doc.near("完成年度目标", doc.s(r"完成年度目标的" + NUM + "%"), v(r"毕业率" + NUM + "%") / 98 * 100)
    sat = [dec(x) for x in re.search(r"满意度分别为" + NUM + "%、" + NUM + "%、" + NUM + "%", doc.text).groups()]
    doc.near("平均满意度", doc.s(r"平均" + NUM + "%"), sum(sat) / 3)
    w, s = check_funds_table(doc)
    total = check_indicators(doc, dict(target=-5, actual=-4, completion=None, weight=-3, score=-2), w, s)
    tbl = {r[2]: r for r in doc.rows() if len(r) == 8}
    doc.eq("助学金人次 table = text", dec(tbl["国家助学金资助人次"][4].replace("人次", "")), year)
    doc.eq("免学费人次 table = text", dec(tbl["免学费资助人次"][4].replace("人次", "")), ft)
    doc.eq("满意度 table = text", tbl["受助学生满意度"][4].rstrip("%"), doc.s(r"平均" + NUM + "%"))
    lv = [v(r"其中预算执行率" + NUM + "分"), v(r"、产出指标" + NUM + "分"), v(r"、效益指标" + NUM + "分"), v(r"、满意度指标" + NUM + "分")]
    doc.eq("text levels", sum(lv), v(r"自评总分" + NUM + "分"))
    doc.eq("text total = table", v(r"自评总分" + NUM + "分"), total)
    doc.eq("产出 rows", lv[1], D(10) + 10 + 10 + 5 + 5 + 5)
    doc.eq("效益 rows", lv[2], D(10) + D("9.96") + 6)
    check_grade(doc, total, r"评价等级为“(..)”")


CHECKS = {
    "nayong-nutrition-2022": nayong,
    "guangnan-boardingaid-2020": guangnan,
    "duan-publicfunds-2023": duan,
    "yuanyang-deptwhole-2018": yuanyang,
    "daxin-highschoolaid-2025": daxin,
}
YEARS = {"nayong-nutrition-2022": 2022, "guangnan-boardingaid-2020": 2020, "duan-publicfunds-2023": 2023,
         "yuanyang-deptwhole-2018": 2018, "daxin-highschoolaid-2025": 2025}


def line_diffs(a, b):
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    out = []
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            p = 0
            while p < min(len(x), len(y)) and x[p] == y[p]:
                p += 1
            q = 0
            while q < min(len(x), len(y)) - p and x[len(x) - 1 - q] == y[len(y) - 1 - q]:
                q += 1
            out.append((i, x[p:len(x) - q], y[p:len(y) - q]))
    return out


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
    counts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        clean = cleans[rec["source"]]
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with labels")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{rec['case']}: bad code/severity {exp['code']} {exp['severity']}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            if text.count(exp["value"]) != 1:
                fail(f"{rec['case']}: value occurs {text.count(exp['value'])} times: {exp['value'][:60]!r}")
            if exp["value"] in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {exp['value'][:60]!r}")
        d = line_diffs(clean, text)
        if d is None:
            fail(f"{rec['case']}: line count differs from clean")
            continue
        if not d:
            fail(f"{rec['case']}: identical to clean")
        two_rows = rec["expected"][0]["code"] == "score_exceeds_weight"
        if len(d) > (2 if two_rows else 1):
            fail(f"{rec['case']}: {len(d)} lines changed")
        if len(d) == 2 and d[1][0] - d[0][0] != 1:
            fail(f"{rec['case']}: changed lines are not adjacent")
        for i, old, new in d:
            if len(old) > MAX_EDIT or len(new) > MAX_EDIT:
                fail(f"{rec['case']}: edit on line {i + 1} too long: {old!r} -> {new!r}")
    for code in sorted(CODES - {"figure_mismatch", "empty_problems"}):
        if counts.get(code, 0) < 2:
            fail(f"code {code} used {counts.get(code, 0)} times (< 2)")
    for pid, fn in CHECKS.items():
        doc = Doc(pid + "-clean.txt", cleans[pid])
        fn(doc)
        y = YEARS[pid]
        if not re.search(str(y) + "年度", doc.text):
            fail(f"{pid}: evaluation year {y} not in text")
        for later in re.findall(r"结转至(\d{4})年", doc.text):
            if int(later) <= y:
                fail(f"{pid}: carried forward to {later}")
        for m in re.findall(r"截至(\d{4})年12月31日", doc.text):
            if int(m) != y:
                fail(f"{pid}: 截至 {m}")
    if problems:
        for p in problems:
            print("FAIL", p)
        return 1
    print(f"OK: {len(labels)} cases, codes " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
