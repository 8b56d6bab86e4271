#!/usr/bin/env python3
"""Independent arithmetic check of the drafts508 set (standard library + decimal only).

For every case in labels.jsonl this script reads the figures back from the case text
(prose by anchored regular expressions, tables by rebuilding the cell sequence), redoes
the arithmetic of rules.md §5–§8 (identities I1–I14) and collects the error codes whose
identity fails. It then asserts:
  * every clean draft passes every check (errors and the score-rule warning alike);
  * every error case fails exactly its labelled code (no other error code, no warning);
  * each label value occurs exactly once in its case and overlaps the single contiguous
    edit (≤ 40 characters on both sides) that separates the case from its clean draft;
  * each error code of errors.md §A is labelled at least twice.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

A_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNINGS = ["score_rule_mismatch"]

FOOTER = re.compile(r"^(—\s*\d+\s*—|第\s*\d+\s*页\s*共\s*\d+\s*页)$")
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
HUNDRED = D(100)
ZERO_RATE = {"—", "-", "0", "0%", "0.00%"}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def number(s):
    m = NUM.search(s)
    if not m:
        raise ParseError(f"no number in {s!r}")
    return D(m.group().replace(",", ""))


def decimals(s):
    m = NUM.search(s)
    if not m:
        raise ParseError(f"no number in {s!r}")
    g = m.group()
    return len(g.split(".")[1]) if "." in g else 0


def tol(s):
    return D("0.5") * (D(10) ** -decimals(s)) + D("1e-9")


def consistent(stated, computed):
    """rules §8: stated string s (d decimals) agrees with computed c iff |c − v| ≤ 0.5·10^−d."""
    return abs(computed - number(stated)) <= tol(stated)


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def money_unit(s):
    m = re.search(r"\d\s*(亿元|万元|元)\s*$", s.strip())
    return m.group(1) if m else None


def wan(s):
    """Money string → 万元 (per-unit prices such as 元/块 and bare numbers are left as they are)."""
    v = number(s)
    u = money_unit(s)
    if u == "亿元":
        return v * 10000
    if u == "元":
        return v / 10000
    return v


UNIT_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?\s*(.*)$")


def unit_of(s):
    m = UNIT_RE.search(s)
    if not m:
        return None
    return m.group(1).strip()


def direction_of(target):
    t = target.strip()
    if t[:1] in "≥＞>" or t.startswith("不低于") or t.startswith("不少于"):
        return "gte"
    if t[:1] in "≤＜<" or t.startswith("不高于") or t.startswith("不超过"):
        return "lte"
    return "eq"


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.toks = []
        for line in text.split("\n"):
            for cell in re.split(r"\t| {2,}", line):
                c = cell.strip()
                if c and not FOOTER.match(c):
                    self.toks.append(c)
        self.failed = {}

    # ---- reading
    def one(self, pattern, n=1):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern {pattern!r} matched {len(ms)} times")
        g = ms[0].groups()
        return g if n > 1 else g[0]

    def all(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if not ms:
            raise ParseError(f"pattern {pattern!r} not found")
        return [m.groups() if len(m.groups()) > 1 else m.group(1) for m in ms]

    def row(self, name, k):
        idx = [i for i, tok in enumerate(self.toks) if tok == name]
        if len(idx) != 1:
            raise ParseError(f"row {name!r} found {len(idx)} times")
        cells = self.toks[idx[0] + 1: idx[0] + 1 + k]
        if len(cells) != k:
            raise ParseError(f"row {name!r} short")
        return cells

    # ---- recording
    def fail(self, code, msg):
        self.failed.setdefault(code, []).append(msg)

    def check(self, code, cond, msg):
        if not cond:
            self.fail(code, msg)

    # ---- identities
    def same(self, a, b, what):
        """I11: two statements of one quantity (money normalised to 万元)."""
        va, vb = wan(a), wan(b)
        t = max(tol(a) * (D(1) / 10000 if money_unit(a) == "元" else 1),
                tol(b) * (D(1) / 10000 if money_unit(b) == "元" else 1))
        self.check("conflicting_values", abs(va - vb) <= t, f"{what}: {a} vs {b}")

    def sum_check(self, total, parts, what, code="sum_mismatch"):
        """I4 with the unit rule of errors.md §11(b): a single amount off by 10^4 is unit_mismatch."""
        vt = wan(total)
        vp = [wan(p) for p in parts]
        if abs(sum(vp) - vt) <= tol(total):
            return
        for i, p in enumerate(parts):
            for f in (D(1) / 10000, D(10000)):
                alt = vp[:]
                alt[i] = vp[i] * f
                if abs(sum(alt) - vt) <= tol(total):
                    self.fail("unit_mismatch", f"{what}: {p} off by 10^4")
                    return
        for f in (D(1) / 10000, D(10000)):
            if abs(sum(vp) - vt * f) <= tol(total) * f:
                self.fail("unit_mismatch", f"{what}: total {total} off by 10^4")
                return
        self.fail(code, f"{what}: {' + '.join(parts)} = {sum(vp)} ≠ {total}")

    def diff_check(self, big, small, stated, what, code="sum_mismatch"):
        c = number(big) - number(small)
        self.check(code, consistent(stated, c), f"{what}: {big} − {small} = {c} ≠ {stated}")

    def product_check(self, amount, qty, unit_price_yuan, what):
        """amount (万元) = quantity × unit price (元); a 10^4 slip is unit_mismatch."""
        c = number(qty) * number(unit_price_yuan) / 10000
        if "万" in qty:
            c = c * 10000
        if consistent(amount, c):
            return
        v = number(amount)
        for f in (D(1) / 10000, D(10000)):
            if abs(v * f - c) <= tol(amount) * f:
                self.fail("unit_mismatch", f"{what}: {amount} off by 10^4 (expected {c})")
                return
        self.fail("sum_mismatch", f"{what}: {qty} × {unit_price_yuan}元 = {c}万元 ≠ {amount}")

    def rate_check(self, rate, num, den, what, code="rate_mismatch", plausible=True):
        """I1/I2 (and growth/decline rates): stated % vs num/den×100; I5 on zero base / >100%."""
        dv = wan(den) if isinstance(den, str) else den
        nv = wan(num) if isinstance(num, str) else num
        if dv == 0:
            self.check("implausible_rate", rate.strip() in ZERO_RATE, f"{what}: rate {rate} on a zero base")
            return
        if plausible:
            self.plausible(rate, what)
        self.check(code, consistent(rate, nv / dv * HUNDRED), f"{what}: {nv}/{dv} = {q2(nv / dv * HUNDRED)}% ≠ {rate}")

    def plausible(self, rate, what):
        v = number(rate)
        self.check("implausible_rate", D(0) <= v <= HUNDRED, f"{what}: {rate} outside [0, 100%]")

    def average_check(self, stated, items, what):
        vals = [number(i) for i in items]
        c = sum(vals) / len(vals)
        self.check("average_mismatch", consistent(stated, c), f"{what}: mean {q2(c)} ≠ {stated}")

    def ratio_check(self, stated, num, den, what):
        """a per-unit average (元 per person) = amount / count."""
        c = num / den
        self.check("average_mismatch", consistent(stated, c), f"{what}: {q2(c)} ≠ {stated}")

    # ---- funds table
    def funds_row(self, cells, what, weight_col=True):
        """cells = 年初, 全年, 执行, 分值, 执行率, 得分."""
        init, annual, spent, w, rate, score = cells
        self.rate_check(rate, spent, annual, f"{what} 执行率")
        if weight_col and w not in ("—", "-"):
            wv, sv = number(w), number(score)
            self.check("score_exceeds_weight", D(0) <= sv <= wv, f"{what}: score {score} > weight {w}")
            if D(0) <= sv <= wv and number(annual) > 0:
                r = min(wan(spent) / wan(annual), D(1))
                rs = min(number(rate) / HUNDRED, D(1))
                self.check("score_rule_mismatch", consistent(score, wv * r) or consistent(score, wv * rs),
                           f"{what}: execution score {score} ≠ {q2(wv * r)}")

    # ---- indicator rows
    def indicator(self, name, target, actual, weight, score, completion=None, qual=None):
        w, s = number(weight), number(score)
        self.check("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {score} outside [0, {weight}]")
        if qual:
            lo, hi = {"achieved": (D("0.8"), D(1)), "partly": (D("0.6"), D("0.8"))}[qual]
            if D(0) <= s <= w:
                ok = (lo * w <= s <= hi * w) if qual == "achieved" else (lo * w <= s < hi * w)
                self.check("score_rule_mismatch", ok, f"{name}: qualitative score {score} outside the {qual} band")
            return w, s
        ut, ua = unit_of(re.sub(r"^[≥≤=＞＜<>]", "", target.strip())), unit_of(actual)
        if ut != ua:
            self.fail("unit_mismatch", f"{name}: target {target} vs actual {actual}")
            return w, s
        d = direction_of(target)
        T, A = number(re.sub(r"^[≥≤=＞＜<>]", "", target.strip())), number(actual)
        if d == "lte":
            comp = HUNDRED if A <= T else T / A * HUNDRED
            rule = w if A <= T else w * T / A
        else:
            comp = A / T * HUNDRED
            rule = w if A >= T else w * max(A, D(0)) / T
        if completion is not None and completion.strip() not in ("—", "-"):
            self.check("completion_mismatch", consistent(completion, comp),
                       f"{name}: completion {q2(comp)}% ≠ {completion}")
        if D(0) <= s <= w:
            alt = None
            if completion is not None and completion.strip() not in ("—", "-"):
                alt = min(w, w * number(completion) / HUNDRED)
            self.check("score_rule_mismatch", consistent(score, rule) or (alt is not None and consistent(score, alt)),
                       f"{name}: score {score} ≠ rule {q2(rule)}")
        return w, s

    # ---- totals
    def weights(self, ws, stated_total, what="weights"):
        self.check("weight_sum_mismatch", sum(ws) == HUNDRED, f"{what}: Σ = {sum(ws)} ≠ 100")
        if stated_total is not None:
            self.check("weight_sum_mismatch", number(stated_total) == sum(ws), f"{what}: Σ = {sum(ws)} ≠ {stated_total}")

    def level_weight(self, stated, ws, what):
        self.check("weight_sum_mismatch", consistent(stated, sum(ws)), f"{what}: Σ = {sum(ws)} ≠ {stated}")

    def score_total(self, stated, scores, what):
        self.check("score_sum_mismatch", consistent(stated, sum(scores)), f"{what}: Σ = {sum(scores)} ≠ {stated}")

    def grade(self, total, label, what):
        v = number(total)
        band = "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"
        names = {"优": {"优", "优秀"}, "良": {"良", "良好"}, "中": {"中", "中等", "一般", "合格"}, "差": {"差", "较差", "不合格"}}
        self.check("grade_mismatch", label in names[band], f"{what}: {total} is {band}, stated {label}")

    # ---- years (I14)
    def year_eq(self, y, Y, what):
        self.check("year_mismatch", int(y) == Y, f"{what}: {y} ≠ {Y}")

    def year_issue(self, y, m, Y, what):
        y, m = int(y), int(m)
        self.check("year_mismatch", y == Y or (y == Y - 1 and m == 12), f"{what}: issued {y}-{m} for {Y}")

    def year_after(self, y, Y, what):
        self.check("year_mismatch", int(y) > Y, f"{what}: carried to {y} in a {Y} report")

    def year_before(self, y, Y, what):
        self.check("year_mismatch", int(y) < Y, f"{what}: carried in from {y} in a {Y} report")


# ================================================================ projects
def yiyang(c):
    Y = 2019
    c.year_eq(c.one(r"益阳市教育局(\d{4})年度项目支出绩效自评报告"), Y, "title")
    c.year_eq(c.one(r"（(\d{4})年度）"), Y, "table header")
    c.year_eq(c.one(r"对(\d{4})年中小学生防溺水"), Y, "preamble")
    c.year_eq(c.one(r"印发《益阳市(\d{4})年中小学生防溺水"), Y, "plan")
    for y in c.all(r"截至(\d{4})年12月31日"):
        c.year_eq(y, Y, "截至")
    for y, m in c.all(r"(\d{4})年(\d{1,2})月(?:拨付到位|下达)"):
        c.year_issue(y, m, Y, "funds issued")
    for y in c.all(r"结转至(\d{4})年"):
        c.year_after(y, Y, "结转")
    c.year_eq(c.one(r"(\d{4})年全市中小学生溺水死亡"), Y, "deaths year")

    tot = c.row("年度资金总额", 6)
    cur = c.row("其中：当年财政拨款", 6)
    car = c.row("上年结转资金", 6)
    oth = c.row("其他资金", 6)
    for i, col in enumerate(("年初", "全年", "执行")):
        c.sum_check(tot[i], [cur[i], car[i], oth[i]], f"funds table {col}")
    c.funds_row(tot, "年度资金总额")
    for r, n in ((cur, "当年财政拨款"), (car, "上年结转"), (oth, "其他资金")):
        c.funds_row(r, n, weight_col=False)

    init = c.one(r"年初批复本项目预算([\d.]+万元)")
    prov = c.one(r"下达省级中小学生防溺水专项补助资金([\d.]+万元)")
    prov_yuan = c.one(r"（即([\d,]+元)）")
    annual = c.one(r"全年预算调整为([\d.]+万元)")
    c.same(init, tot[0], "年初预算")
    c.same(prov, prov_yuan, "省级补助 written twice")
    c.sum_check(annual, [init, prov], "全年预算 = 年初 + 省级")
    c.same(annual, tot[1], "全年预算")
    city = c.one(r"市级资金([\d.]+万元)于\d{4}年3月拨付到位")
    prov2 = c.one(r"省级补助资金([\d.]+万元)于\d{4}年7月下达")
    c.same(city, init, "市级资金")
    c.same(prov2, prov, "省级补助")
    recv, recv_rate = c.one(r"项目资金实际到位([\d.]+万元)，到位率([\d.]+%)", 2)
    c.sum_check(recv, [city, prov2], "到位 = 市级 + 省级")
    c.rate_check(recv_rate, recv, tot[1], "到位率")
    spent, rate = c.one(r"项目实际支出([\d.]+万元)，预算执行率([\d.]+%)", 2)
    c.same(spent, tot[2], "执行数")
    c.rate_check(rate, spent, tot[1], "执行率 (text)")
    for r in c.all(r"预算执行率([\d.]+%)"):
        c.same(r, tot[4], "执行率 text vs table")
    fac, edu, trn = c.one(r"安全设施建设支出([\d.]+万元)，宣传教育支出([\d.]+万元)，培训支出([\d.]+万元)", 3)
    c.sum_check(spent, [fac, edu, trn], "支出 breakdown")
    sign_n, sign_p, sign_amt = c.one(r"设置防溺水警示牌([\d,]+)块，每块(\d+)元，计([\d.]+万元)", 3)
    rail_amt = c.one(r"安装防护栏约[\d.]+公里，计([\d.]+万元)")
    kit_n, kit_p, kit_amt = c.one(r"救生器材([\d,]+)套，每套单价(\d+)元，计([\d.]+万元)", 3)
    c.product_check(sign_amt, sign_n, sign_p, "警示牌 amount")
    c.product_check(kit_amt, kit_n, kit_p, "救生器材 amount")
    c.sum_check(fac, [sign_amt, rail_amt, kit_amt], "安全设施 breakdown")
    bal = c.one(r"项目结余([\d.]+万元)")
    c.check("balance_mismatch", consistent(bal, wan(recv) - wan(spent)), f"结余 {bal} ≠ 到位 − 执行")
    c.same(c.one(r"质保金及尾款([\d.]+万元)未支付"), bal, "尾款 = 结余")
    items = c.one(r"参训教师分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人", 4)
    c.average_check(c.one(r"平均每期(\d+)人"), items, "培训平均每期")

    rows = {}
    spec = [("新设防溺水警示牌", "产出"), ("配置救生器材", "产出"), ("开展防溺水专题教育", "产出"),
            ("覆盖率", "产出"), ("成率", "产出"), ("警示牌单价", "产出"),
            ("学生防溺水知识知晓率", "效益"), ("溺水死亡人数同比下降率", "效益"),
            ("联防联控机制", "效益"), ("学生及家长满意度", "满意度")]
    for name, lvl in spec:
        t, a, comp, w, s = c.row(name, 5)
        qual = "achieved" if name == "联防联控机制" else None
        rows[name] = (lvl, t, a) + c.indicator(name, t, a, w, s, completion=comp, qual=qual)
    # text ↔ table
    c.same(sign_n, rows["新设防溺水警示牌"][2], "警示牌 count (支出)")
    n1, n0, inc = c.one(r"全年新设防溺水警示牌([\d,]+)块，较2018年的([\d,]+)块增加([\d,]+)块", 3)
    c.same(n1, rows["新设防溺水警示牌"][2], "警示牌 count (产出)")
    c.diff_check(n1, n0, inc, "警示牌 increase")
    c.same(c.one(r"；配置救生器材([\d,]+)套；"), rows["配置救生器材"][2], "救生器材")
    c.same(kit_n, rows["配置救生器材"][2], "救生器材 (支出)")
    c.same(c.one(r"开展防溺水专题教育(\d+)场次"), rows["开展防溺水专题教育"][2], "专题教育")
    c.same(c.one(r"警示标识覆盖率([\d.]+%)"), rows["覆盖率"][2], "覆盖率")
    c.same(c.one(r"汛期前设施安装完成率([\d.]+%)"), rows["成率"][2], "汛期前完成率")
    up, cap = c.one(r"警示牌平均单价(\d+)元/块，控制在(\d+)元/块以内", 2)
    c.same(up, rows["警示牌单价"][2], "单价")
    c.same(cap, rows["警示牌单价"][1], "单价上限")
    c.same(sign_p, up, "单价 (支出)")
    k1, k0, pp = c.one(r"知晓率([\d.]+%)，较2018年的([\d.]+%)提高([\d.]+)个百分点", 3)
    c.same(k1, rows["学生防溺水知识知晓率"][2], "知晓率")
    c.diff_check(k1, k0, pp, "知晓率 points", code="rate_mismatch")
    c.plausible(k1, "知晓率")
    d1, d0, dr = c.one(r"溺水死亡(\d+)人，较2018年的(\d+)人下降([\d.]+%)", 3)
    c.rate_check(dr, number(d0) - number(d1), number(d0), "溺亡下降率", plausible=False)
    c.same(dr, rows["溺水死亡人数同比下降率"][2], "下降率")
    sat, s1, s2 = c.one(r"学生及家长满意度([\d.]+%)，其中学生问卷满意度([\d.]+%)、家长问卷满意度([\d.]+%)", 3)
    for r in (sat, s1, s2):
        c.plausible(r, "满意度")
    c.same(sat, rows["学生及家长满意度"][2], "满意度")

    g = c.one(r"新设防溺水警示牌不少于([\d,]+)块，配置救生器材不少于([\d,]+)套，开展防溺水专题教育不少于(\d+)场次，"
              r"学生防溺水知识知晓率达到(\d+%)以上，学生及家长满意度达到(\d+%)以上", 5)
    for v, n in zip(g, ("新设防溺水警示牌", "配置救生器材", "开展防溺水专题教育", "学生防溺水知识知晓率", "学生及家长满意度")):
        c.same(v, rows[n][1], f"goal vs target {n}")
    c.same(c.one(r"溺水死亡人数较上年下降(\d+%)以上"), rows["溺水死亡人数同比下降率"][1], "goal vs target 下降率")
    c.same(c.one(r"完成率未达到(\d+%)的目标"), rows["成率"][1], "汛期前完成率 target")
    c.same(c.one(r"专题培训(\d+)期"), str(len(items)), "培训期数 vs listed items")

    wsum = [number(tot[3])] + [r[3] for r in rows.values()]
    wmax, total = c.row("总分", 2)
    c.weights(wsum, wmax)
    scores = [number(tot[5])] + [r[4] for r in rows.values()]
    c.score_total(total, scores, "table total")
    ptot, pex, pout, pben, psat, pgrade = c.one(
        r"综合得分([\d.]+)分，其中预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，评价等级为“(.)”", 6)
    c.same(ptot, total, "total text vs table")
    c.same(pex, tot[5], "execution score text vs table")
    for stated, lvl in ((pout, "产出"), (pben, "效益"), (psat, "满意度")):
        c.score_total(stated, [r[4] for r in rows.values() if r[0] == lvl], f"{lvl} score")
    c.score_total(ptot, [number(x) for x in (pex, pout, pben, psat)], "text parts")
    c.grade(ptot, pgrade, "text grade")
    c.grade(total, c.row("自评等级", 1)[0], "table grade")


def shangrao(c):
    Y = 2020
    c.year_eq(c.one(r"(\d{4})年度项目支出绩效自评报告"), Y, "title")
    c.year_eq(c.one(r"（(\d{4})年度）"), Y, "table header")
    c.year_eq(c.one(r"项目实施期为(\d{4})年1月至12月"), Y, "period")
    c.year_eq(c.one(r"，(\d{4})年在全市12个县"), Y, "overview")
    for y, m in c.all(r"(\d{4})年(\d{1,2})月省应急管理厅下达"):
        c.year_issue(y, m, Y, "省级资金下达")
    for y in c.all(r"(\d{4})年结转资金"):
        c.year_before(y, Y, "carry-in")
    for y in c.all(r"截至(\d{4})年12月31日"):
        c.year_eq(y, Y, "截至")
    c.year_eq(c.one(r"(\d{4})年全市中小学生溺水死亡"), Y, "deaths year")
    c.year_eq(c.one(r"较(\d{4})年减少"), Y - 1, "last year")

    tot = c.row("年度资金总额", 6)
    cur = c.row("其中：当年财政拨款", 6)
    car = c.row("上年结转资金", 6)
    oth = c.row("其他资金", 6)
    for i, col in enumerate(("年初", "全年", "执行")):
        c.sum_check(tot[i], [cur[i], car[i], oth[i]], f"funds table {col}")
    c.funds_row(tot, "年度资金总额")
    for r, n in ((cur, "当年财政拨款"), (car, "上年结转"), (oth, "其他资金")):
        c.funds_row(r, n, weight_col=False)

    init = c.one(r"本项目年初预算([\d.]+万元)")
    prov = c.one(r"下达省级防溺水专项资金([\d.]+万元)")
    carry = c.one(r"另有\d{4}年结转资金([\d.]+万元)")
    annual = c.one(r"全年预算([\d.]+万元)。")
    c.same(init, tot[0], "年初预算")
    c.sum_check(annual, [init, prov, carry], "全年预算 = 年初 + 省级 + 结转")
    c.same(annual, tot[1], "全年预算")
    fin, p2, city = c.one(r"财政资金小计([\d.]+万元)，其中省级([\d.]+万元)、市级([\d.]+万元)", 3)
    c.sum_check(fin, [p2, city], "财政资金小计")
    c.same(fin, cur[1], "财政资金小计 vs 当年财政拨款")
    c.same(p2, prov, "省级")
    c.same(c.one(r"；上年结转资金([\d.]+万元)。"), car[1], "上年结转")
    c.same(carry, car[1], "上年结转 (概况)")
    city2, carry2 = c.one(r"市级资金([\d.]+万元)、\d{4}年结转资金([\d.]+万元)全部到位", 2)
    c.same(city2, city, "市级资金")
    c.same(carry2, carry, "结转资金")
    prov_recv, prov_rate, prov_gap = c.one(r"省级资金实际到位([\d.]+万元)（省级资金到位率([\d.]+%)），余([\d.]+万元)", 3)
    c.rate_check(prov_rate, prov_recv, prov, "省级到位率")
    c.sum_check(prov, [prov_recv, prov_gap], "省级 = 到位 + 未到位")
    c.same(c.one(r"省级资金([\d.]+万元)未到位"), prov_gap, "省级未到位")
    recv, recv_rate = c.one(r"项目资金实际到位([\d.]+万元)，到位率([\d.]+%)", 2)
    c.sum_check(recv, [city2, carry2, prov_recv], "到位 = 市级 + 结转 + 省级到位")
    c.rate_check(recv_rate, recv, tot[1], "到位率")
    spent, rate, bal = c.one(r"全年实际支出([\d.]+万元)，预算执行率([\d.]+%)，结余([\d.]+万元)", 3)
    c.same(spent, tot[2], "执行数")
    c.rate_check(rate, spent, tot[1], "执行率 (text)")
    c.same(rate, tot[4], "执行率 text vs table")
    c.check("balance_mismatch", consistent(bal, wan(recv) - wan(spent)), f"结余 {bal} ≠ 到位 − 执行")
    rail, sign, sign_p, kit, kit_p, edu = c.one(
        r"防护栏建设([\d.]+万元)，警示标牌制作安装([\d.]+万元)（每块(\d+)元），救生器材([\d.]+万元)（每处(\d+)元），宣传教育([\d.]+万元)", 6)
    c.sum_check(spent, [rail, sign, kit, edu], "支出 breakdown")

    names = [("新建（维修）防护栏", "产出"), ("设置警示标牌", "产出"), ("配备救生器材的重点水域", "产出"),
             ("开展防溺水教育的学校", "产出"), ("设施验收合格率", "产出"), ("汛期前完工率", "产出"),
             ("防护栏每公里建设成本", "产出"), ("学生防溺水知识测试合格率", "效益"),
             ("中小学生溺水死亡人数", "效益"), ("防溺水网格化巡查机制", "效益"), ("家长满意度", "满意度")]
    rows = {}
    for name, lvl in names:
        w, t, a, comp, s = c.row(name, 5)
        qual = "achieved" if name == "防溺水网格化巡查机制" else None
        rows[name] = (lvl, t, a) + c.indicator(name, t, a, w, s, completion=comp, qual=qual)
    c.product_check(sign, rows["设置警示标牌"][2], sign_p, "警示标牌 amount")
    c.product_check(kit, rows["配备救生器材的重点水域"][2], kit_p, "救生器材 amount")
    km, per = c.one(r"新建（维修）防护栏([\d.]+)公里，折合每公里建设成本([\d.]+)万元", 2)
    c.same(km, rows["新建（维修）防护栏"][2], "防护栏长度")
    c.same(per, rows["防护栏每公里建设成本"][2], "每公里成本")
    c.check("sum_mismatch", consistent(rail, number(km) * number(per)), f"防护栏 {rail} ≠ {km} × {per}")
    c.same(c.one(r"全市共设置警示标牌([\d,]+)块"), rows["设置警示标牌"][2], "警示标牌")
    c.same(c.one(r"为(\d+)处重点水域配备"), rows["配备救生器材的重点水域"][2], "救生器材水域")
    c.same(c.one(r"([\d,]+)所中小学校开展了"), rows["开展防溺水教育的学校"][2], "学校数")
    items = c.one(r"发现隐患分别为(\d+)处、(\d+)处、(\d+)处、(\d+)处、(\d+)处", 5)
    c.average_check(c.one(r"平均每轮(\d+)处"), items, "督查平均每轮")
    fixed, fix_rate = c.one(r"已整改(\d+)处，整改率([\d.]+%)", 2)
    c.rate_check(fix_rate, number(fixed), sum(number(i) for i in items), "整改率")
    c.same(c.one(r"汛期前完工率([\d.]+%)，未达到"), rows["汛期前完工率"][2], "汛期前完工率")
    c.same(c.one(r"测试合格率([\d.]+%)，未达到"), rows["学生防溺水知识测试合格率"][2], "测试合格率")
    d1, dd = c.one(r"溺水死亡(\d+)人，较\d{4}年减少(\d+)人", 2)
    last = c.one(r"不超过上年的(\d+)人")
    c.same(d1, rows["中小学生溺水死亡人数"][2], "溺亡人数")
    c.same(last, rows["中小学生溺水死亡人数"][1], "溺亡上限")
    c.diff_check(last, d1, dd, "溺亡减少")
    g = c.one(r"新建（维修）防护栏不少于([\d.]+)公里，设置警示标牌不少于([\d,]+)块，为不少于(\d+)处重点水域配备救生器材，"
              r"防溺水安全教育覆盖学校不少于([\d,]+)所；学生防溺水知识测试合格率不低于(\d+%)；"
              r"中小学生溺水死亡人数不超过上年的\d+人；家长满意度不低于(\d+%)", 6)
    for v, n in zip(g, ("新建（维修）防护栏", "设置警示标牌", "配备救生器材的重点水域", "开展防溺水教育的学校",
                        "学生防溺水知识测试合格率", "家长满意度")):
        c.same(v, rows[n][1], f"goal vs target {n}")
    c.same(c.one(r"完工率[\d.]+%，未达到(\d+%)的目标"), rows["汛期前完工率"][1], "完工率 target")
    c.same(c.one(r"测试合格率[\d.]+%，未达到(\d+%)的目标"), rows["学生防溺水知识测试合格率"][1], "合格率 target")
    c.same(c.one(r"联合督查(\d+)轮"), str(len(items)), "督查轮数 vs listed items")
    for n in c.all(r"发放家长问卷([\d,]+)份"):
        c.same(n, "3000", "问卷份数")
    sat = c.one(r"回收[\d,]+份，家长满意度([\d.]+%)")
    c.plausible(sat, "家长满意度")
    c.same(sat, rows["家长满意度"][2], "家长满意度")

    wsum = [number(tot[3])] + [r[3] for r in rows.values()]
    wmax, total = c.row("总分", 2)
    c.weights(wsum, wmax)
    c.score_total(total, [number(tot[5])] + [r[4] for r in rows.values()], "table total")
    ptot, pex, pout, pben, psat, pgrade = c.one(
        r"自评得分([\d.]+)分，其中预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，评价等级为“(.)”", 6)
    c.same(ptot, total, "total text vs table")
    c.same(pex, tot[5], "execution score text vs table")
    for stated, lvl in ((pout, "产出"), (pben, "效益"), (psat, "满意度")):
        c.score_total(stated, [r[4] for r in rows.values() if r[0] == lvl], f"{lvl} score")
    c.score_total(ptot, [number(x) for x in (pex, pout, pben, psat)], "text parts")
    c.grade(ptot, pgrade, "text grade")


def nanchong(c):
    Y = 2022
    c.year_eq(c.one(r"(\d{4})年度南充市教育局项目支出"), Y, "title")
    c.year_eq(c.one(r"附件：(\d{4})年度项目支出绩效自评表"), Y, "table title")
    c.year_eq(c.one(r"《南充市(\d{4})年中小学生防溺水工作方案》"), Y, "plan")
    c.year_eq(c.one(r"(\d{4})年申报本项目预算"), Y, "申报")
    for y, m in c.all(r"(\d{4})年(\d{1,2})月，市应急管理局"):
        c.year_issue(y, m, Y, "追加")
    for y in c.all(r"截至(\d{4})年12月31日"):
        c.year_eq(y, Y, "截至")
    c.year_eq(c.one(r"(\d{4})年全市学生溺水死亡"), Y, "deaths year")
    c.year_eq(c.one(r"较(\d{4})年的"), Y - 1, "last year")

    tot = c.row("年度资金总额", 6)
    fin = c.row("其中：财政资金", 6)
    spec = c.row("财政专户管理资金", 6)
    unit = c.row("单位资金", 6)
    oth = c.row("其他资金", 6)
    for i, col in enumerate(("年初", "全年", "执行")):
        c.sum_check(tot[i], [fin[i], spec[i], unit[i], oth[i]], f"funds table {col}")
    c.funds_row(tot, "年度资金总额")
    for r, n in ((fin, "财政资金"), (spec, "财政专户"), (unit, "单位资金"), (oth, "其他资金")):
        c.funds_row(r, n, weight_col=False)

    for a in c.all(r"申报本项目预算(\d+万元)"):
        c.same(a, tot[0], "申报预算")
    appr = c.one(r"市财政批复([\d.]+万元)")
    c.same(appr, tot[0], "批复")
    add, annual = c.one(r"追加学生防溺水专项经费([\d.]+万元)，全年预算([\d.]+万元)", 2)
    c.sum_check(annual, [appr, add], "全年预算 = 批复 + 追加")
    c.same(annual, tot[1], "全年预算")
    recv, recv_rate = c.one(r"下达资金([\d.]+万元)，资金到位率([\d.]+%)", 2)
    c.rate_check(recv_rate, recv, tot[1], "到位率")
    spent, rate, bal = c.one(r"实际支出([\d.]+万元)，执行率([\d.]+%)，结余([\d.]+万元)", 3)
    c.same(spent, tot[2], "执行数")
    c.rate_check(rate, spent, tot[1], "执行率 (text)")
    c.same(rate, tot[4], "执行率 text vs table")
    c.check("balance_mismatch", consistent(bal, wan(recv) - wan(spent)), f"结余 {bal} ≠ 到位 − 执行")
    fac, edu, drill = c.one(r"防护设施建设支出([\d.]+万元)、宣传教育支出([\d.]+万元)、应急演练及培训支出([\d.]+万元)", 3)
    c.sum_check(spent, [fac, edu, drill], "支出 breakdown")
    posters, pp, pamt = c.one(r"挂图([\d.]+万)张，单价([\d.]+)元，计([\d.]+万元)", 3)
    c.product_check(pamt, posters, pp, "挂图 amount")
    ew, eo, eb = c.one(r"预算执行率分值(\d+)分、产出指标分值(\d+)分、效益指标分值(\d+)分", 3)

    names = [("新增防溺水警示牌", "产出"), ("安装防护栏（网）", "产出"), ("开展防溺水专题教育", "产出"),
             ("防护设施验收合格率", "产出"), ("汛期前设施完工率", "产出"), ("警示牌采购单价", "产出"),
             ("学生防溺水知识知晓率", "效益"), ("学生溺水死亡人数", "效益"),
             ("“河长+校长+家长”联动机制", "效益")]
    rows = {}
    for name, lvl in names:
        d, t, u, a, w, s = c.row(name, 6)
        if d == "定性":
            rows[name] = (lvl, t, a) + c.indicator(name, t, a, w, s, qual="achieved")
            continue
        target = {"≥": "≥", "≤": "≤", "=": "="}[d] + t + u
        actual = a if unit_of(a) else a + u
        rows[name] = (lvl, target, actual) + c.indicator(name, target, actual, w, s)
    g = c.one(r"新增警示牌不少于([\d,]+)块，安装防护栏（网）不少于(\d+)公里，开展专题教育不少于([\d,]+)场次，"
              r"学生防溺水知识知晓率不低于(\d+%)，学生溺水死亡人数控制在(\d+)人以内", 5)
    for v, n in zip(g, ("新增防溺水警示牌", "安装防护栏（网）", "开展防溺水专题教育", "学生防溺水知识知晓率", "学生溺水死亡人数")):
        c.same(v, rows[n][1], f"goal vs target {n}")
    c.same(c.one(r"完工率\d+%，未达到(\d+%)的目标"), rows["汛期前设施完工率"][1], "完工率 target")
    approx = number(c.one(r"警示牌采购安装约(\d+)万元"))
    cost = number(rows["新增防溺水警示牌"][2]) * number(rows["警示牌采购单价"][2]) / 10000
    c.check("sum_mismatch", approx - D("0.5") <= cost <= approx + D("0.5"), f"警示牌约{approx}万元 vs {cost}")
    n1, km = c.one(r"全年新增防溺水警示牌([\d,]+)块，安装防护栏（网）([\d.]+)公里", 2)
    c.same(n1, rows["新增防溺水警示牌"][2], "警示牌")
    c.same(km, rows["安装防护栏（网）"][2], "防护栏")
    c.same(c.one(r"防护设施验收合格率(\d+%)；"), rows["防护设施验收合格率"][2], "验收合格率")
    c.same(c.one(r"汛期前设施完工率(\d+%)，未达到"), rows["汛期前设施完工率"][2], "完工率")
    up, cap = c.one(r"警示牌采购单价(\d+)元/块，低于(\d+)元/块", 2)
    c.same(up, rows["警示牌采购单价"][2], "单价")
    c.same(cap, rows["警示牌采购单价"][1], "单价上限")
    k1, k0, kp = c.one(r"知晓率([\d.]+%)，较\d{4}年的([\d.]+%)提高([\d.]+)个百分点", 3)
    c.same(k1, rows["学生防溺水知识知晓率"][2], "知晓率")
    c.diff_check(k1, k0, kp, "知晓率 points", code="rate_mismatch")
    c.plausible(k1, "知晓率")
    d1, dcap = c.one(r"溺水死亡(\d+)人，控制在(\d+)人以内", 2)
    c.same(d1, rows["学生溺水死亡人数"][2], "溺亡")
    c.same(dcap, rows["学生溺水死亡人数"][1], "溺亡上限")
    c.plausible(c.one(r"家长满意度([\d.]+%)"), "家长满意度")

    out_w = [r[3] for r in rows.values() if r[0] == "产出"]
    ben_w = [r[3] for r in rows.values() if r[0] == "效益"]
    c.level_weight(ew, [number(tot[3])], "execution weight")
    c.level_weight(eo, out_w, "产出 weight")
    c.level_weight(eb, ben_w, "效益 weight")
    c.check("weight_sum_mismatch", number(ew) + number(eo) + number(eb) == 100, "text weights ≠ 100")
    wmax, total = c.row("总分", 2)
    c.weights([number(tot[3])] + out_w + ben_w, wmax)
    c.score_total(total, [number(tot[5])] + [r[4] for r in rows.values()], "table total")
    pex, pout, pben, ptot, pgrade = c.one(
        r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，自评得分([\d.]+)分，评价等级为“(.)”", 5)
    c.same(ptot, total, "total text vs table")
    c.same(pex, tot[5], "execution score text vs table")
    c.score_total(pout, [r[4] for r in rows.values() if r[0] == "产出"], "产出 score")
    c.score_total(pben, [r[4] for r in rows.values() if r[0] == "效益"], "效益 score")
    c.score_total(ptot, [number(x) for x in (pex, pout, pben)], "text parts")
    c.grade(ptot, pgrade, "text grade")
    c.grade(total, c.one(r"自评等级：(.)。"), "table grade")


def anqing(c):
    Y = 2023
    c.year_eq(c.one(r"(\d{4})年度部门整体支出绩效自评报告"), Y, "title")
    c.year_eq(c.one(r"（(\d{4})年度）"), Y, "table header")
    c.year_eq(c.one(r"(\d{4})年年初预算"), Y, "年初")
    c.year_eq(c.one(r"中心(\d{4})年实施3个项目"), Y, "projects")
    for y in c.all(r"另有(\d{4})年结转资金"):
        c.year_before(y, Y, "carry-in")
    for y in c.all(r"结转至(\d{4})年"):
        c.year_after(y, Y, "结转")
    c.year_eq(c.one(r"(\d{4})年全市中小学生溺水死亡"), Y, "deaths year")
    c.year_eq(c.one(r"较(\d{4})年的"), Y - 1, "last year")

    tot = c.row("年度资金总额", 6)
    gen = c.row("一般公共预算财政拨款", 6)
    car = c.row("上年结转资金", 6)
    oth = c.row("其他资金", 6)
    bas = c.row("基本支出", 6)
    prj = c.row("项目支出", 6)
    for i, col in enumerate(("年初", "全年", "执行")):
        c.sum_check(tot[i], [gen[i], car[i], oth[i]], f"funds by source {col}")
        c.sum_check(tot[i], [bas[i], prj[i]], f"funds by type {col}")
    c.funds_row(tot, "年度资金总额")
    for r, n in ((gen, "财政拨款"), (car, "上年结转"), (oth, "其他资金"), (bas, "基本支出"), (prj, "项目支出")):
        c.funds_row(r, n, weight_col=False)

    init, b0, p0 = c.one(r"年初预算([\d.]+万元)，其中基本支出([\d.]+万元)、项目支出([\d.]+万元)", 3)
    c.sum_check(init, [b0, p0], "年初 = 基本 + 项目")
    c.same(init, tot[0], "年初")
    c.same(b0, bas[0], "基本 年初")
    c.same(p0, prj[0], "项目 年初")
    addb, addp, carry, annual = c.one(
        r"追加基本支出([\d.]+万元)，6月市财政追加防溺水设施补助资金([\d.]+万元)，另有\d{4}年结转资金([\d.]+万元)，全年预算([\d.]+万元)", 4)
    c.sum_check(annual, [init, addb, addp, carry], "全年 = 年初 + 追加 + 结转")
    c.same(annual, tot[1], "全年预算")
    c.same(carry, car[1], "上年结转")
    c.sum_check(bas[1], [b0, addb], "基本支出 全年")
    c.sum_check(prj[1], [p0, addp, carry], "项目支出 全年")
    c.sum_check(gen[1], [init, addb, addp], "财政拨款 全年")
    spent, rate, bsp, psp = c.one(r"全年实际支出([\d.]+万元)，预算执行率([\d.]+%)，其中基本支出([\d.]+万元)，项目支出([\d.]+万元)", 4)
    c.sum_check(spent, [bsp, psp], "支出 = 基本 + 项目")
    c.same(spent, tot[2], "执行数")
    c.rate_check(rate, spent, tot[1], "执行率 (text)")
    c.same(rate, tot[4], "执行率 text vs table")
    c.same(bsp, bas[2], "基本 执行")
    c.same(psp, prj[2], "项目 执行")
    bal = c.one(r"年末结转([\d.]+万元)")
    c.check("balance_mismatch", consistent(bal, wan(annual) - wan(spent)), f"结转 {bal} ≠ 全年预算 − 执行")
    c.same(c.one(r"设施工程及合同尾款([\d.]+万元)未支付"), bal, "尾款")
    c.same(c.one(r"项目支出执行率([\d.]+%)"), prj[4], "项目支出执行率")

    pnames = ["防溺水安全设施建设项目", "防溺水宣传教育及应急演练项目", "水上安全教育基地运行维护项目"]
    projs = {}
    for n in pnames:
        b, s, r, sc = c.row(n, 4)
        c.rate_check(r, s, b, f"{n} 执行率")
        projs[n] = (b, s, r, sc)
    hb, hs, hr, _ = c.row("合计", 4)
    c.sum_check(hb, [p[0] for p in projs.values()], "projects budget")
    c.sum_check(hs, [p[1] for p in projs.values()], "projects spent")
    c.rate_check(hr, hs, hb, "projects 执行率")
    c.same(hb, prj[1], "projects budget vs 项目支出")
    c.same(hs, prj[2], "projects spent vs 项目支出")
    c.average_check(c.one(r"平均自评得分([\d.]+)分"), [p[3] for p in projs.values()], "projects average")
    for n, p in projs.items():
        c.grade(p[3], c.one(r"，均为“(.)”。"), f"{n} grade")

    ew, eo, eb, es = c.one(r"按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置", 4)
    names = [("重点水域", "产出"), ("开展防溺水专题教育活动", "产出"), ("基地接待学生水上安全体验", "产出"),
             ("设施验收合格率", "产出"), ("汛期前完工率", "产出"), ("学生人均体验成本", "产出"),
             ("全市中小学生溺水死亡人数", "效益"), ("学生防溺水“六不”知晓率", "效益"),
             ("部门联动工作机制", "效益"), ("学生及家长满意度", "满意度")]
    rows = {}
    for name, lvl in names:
        t, a, w, s = c.row(name, 4)
        qual = "achieved" if name == "部门联动工作机制" else None
        rows[name] = (lvl, t, a) + c.indicator(name, t, a, w, s, qual=qual)
    g = c.one(r"完成不少于(\d+)处重点水域防溺水设施建设，开展防溺水专题教育活动不少于([\d,]+)场次，"
              r"基地接待学生水上安全体验不少于([\d.]+)万人次，全市中小学生溺水死亡人数控制在(\d+)人以内，"
              r"学生及家长满意度不低于(\d+%)", 5)
    for v, n in zip(g, ("重点水域", "开展防溺水专题教育活动", "基地接待学生水上安全体验", "全市中小学生溺水死亡人数",
                        "学生及家长满意度")):
        c.same(v, rows[n][1], f"goal vs target {n}")
    c.same(c.one(r"完工率[\d.]+%，未达到(\d+%)的目标"), rows["汛期前完工率"][1], "完工率 target")
    c.same(c.one(r"中心\d{4}年实施(\d+)个项目"), str(len(projs)), "project count")
    c.same(c.one(r"(\d+)个项目平均自评得分"), str(len(projs)), "project count (average)")
    n436, sp1, acc = c.one(r"全年完成(\d+)处重点水域防护设施建设，实际支出([\d.]+万元)，设施验收合格率(\d+%)", 3)
    c.same(n436, rows["重点水域"][2], "设施处数")
    c.same(sp1, projs["防溺水安全设施建设项目"][1], "设施项目支出")
    c.same(acc, rows["设施验收合格率"][2], "验收合格率")
    c.same(c.one(r"专题教育活动([\d,]+)场次"), rows["开展防溺水专题教育活动"][2], "专题教育")
    v1, v0, g = c.one(r"水上安全体验([\d.]+)万人次，较\d{4}年的([\d.]+)万人次增长([\d.]+%)", 3)
    c.same(v1, rows["基地接待学生水上安全体验"][2], "体验人次")
    c.rate_check(g, number(v1) - number(v0), number(v0), "体验人次增长", plausible=False)
    c.same(c.one(r"汛期前完工率([\d.]+%)，未达到"), rows["汛期前完工率"][2], "完工率")
    om, visits, per, cap = c.one(r"基地运行维护支出([\d.]+万元)，全年接待学生([\d.]+)万人次（[^）]*），人均体验成本([\d.]+元)，低于(\d+元)", 4)
    c.same(om, projs["水上安全教育基地运行维护项目"][1], "基地运维支出")
    c.same(visits, rows["基地接待学生水上安全体验"][2], "接待人次")
    c.ratio_check(per, wan(om) * 10000, number(visits) * 10000, "人均体验成本")
    c.same(per, rows["学生人均体验成本"][2], "人均成本")
    c.same(cap, rows["学生人均体验成本"][1], "人均成本上限")
    d1, dcap = c.one(r"溺水死亡(\d+)人，控制在(\d+)人以内", 2)
    c.same(d1, rows["全市中小学生溺水死亡人数"][2], "溺亡")
    c.same(dcap, rows["全市中小学生溺水死亡人数"][1], "溺亡上限")
    k = c.one(r"“六不”知晓率([\d.]+%)。")
    c.same(k, rows["学生防溺水“六不”知晓率"][2], "知晓率")
    sat = c.one(r"学生及家长满意度([\d.]+%)。")
    c.plausible(sat, "满意度")
    c.same(sat, rows["学生及家长满意度"][2], "满意度")

    lv = {lvl: [r[3] for r in rows.values() if r[0] == lvl] for lvl in ("产出", "效益", "满意度")}
    c.level_weight(ew, [number(tot[3])], "execution weight")
    c.level_weight(eo, lv["产出"], "产出 weight")
    c.level_weight(eb, lv["效益"], "效益 weight")
    c.level_weight(es, lv["满意度"], "满意度 weight")
    c.check("weight_sum_mismatch", sum(number(x) for x in (ew, eo, eb, es)) == 100, "text weights ≠ 100")
    wmax, total = c.row("总分", 2)
    c.weights([number(tot[3])] + [r[3] for r in rows.values()], wmax)
    c.score_total(total, [number(tot[5])] + [r[4] for r in rows.values()], "table total")
    ptot, pex, pout, pben, psat, pgrade = c.one(
        r"自评得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，评价等级为“(.)”", 6)
    c.same(ptot, total, "total text vs table")
    c.same(pex, tot[5], "execution score text vs table")
    for stated, lvl in ((pout, "产出"), (pben, "效益"), (psat, "满意度")):
        c.score_total(stated, [r[4] for r in rows.values() if r[0] == lvl], f"{lvl} score")
    c.score_total(ptot, [number(x) for x in (pex, pout, pben, psat)], "text parts")
    c.grade(ptot, pgrade, "text grade")


def qingyuan(c):
    Y = 2024
    c.year_eq(c.one(r"清远市教育局(\d{4})年度"), Y, "title")
    c.year_eq(c.one(r"项目支出绩效自评表（(\d{4})年度）"), Y, "table title")
    c.year_eq(c.one(r"(\d{4})年年初预算"), Y, "年初")
    c.year_eq(c.one(r"，(\d{4})年在全市重点水域"), Y, "overview")
    for y, m in c.all(r"（(\d{4})年(\d{1,2})月提前下达）"):
        c.year_issue(y, m, Y, "省级资金下达")
    for y in c.all(r"截至(\d{4})年12月31日"):
        c.year_eq(y, Y, "截至")
    for y in c.all(r"结转至(\d{4})年"):
        c.year_after(y, Y, "结转")
    c.year_after(c.one(r"结转资金于(\d{4})年汛期前"), Y, "结转资金使用")
    c.year_eq(c.one(r"(\d{4})年全市中小学生溺水死亡"), Y, "deaths year")
    for y in c.all(r"较(\d{4})年的"):
        c.year_eq(y, Y - 1, "last year")

    tot = c.row("年度资金总额", 6)
    cur = c.row("其中：当年财政拨款", 6)
    car = c.row("上年结转资金", 6)
    oth = c.row("其他资金", 6)
    for i, col in enumerate(("年初", "全年", "执行")):
        c.sum_check(tot[i], [cur[i], car[i], oth[i]], f"funds table {col}")
    c.funds_row(tot, "年度资金总额")
    for r, n in ((cur, "当年财政拨款"), (car, "上年结转"), (oth, "其他资金")):
        c.funds_row(r, n, weight_col=False)

    init, p0, m0 = c.one(r"年初预算([\d.]+万元)，其中省级资金([\d.]+万元)（[^）]*）、市级资金([\d.]+万元)", 3)
    c.sum_check(init, [p0, m0], "年初 = 省 + 市")
    c.same(init, tot[0], "年初")
    cut, annual, p1, m1 = c.one(r"市级资金调减([\d.]+万元)，全年预算([\d.]+万元)，其中省级资金([\d.]+万元)、市级资金([\d.]+万元)", 4)
    c.sum_check(annual, [p1, m1], "全年 = 省 + 市")
    c.diff_check(m0, cut, m1, "市级 after 调减")
    c.same(p1, p0, "省级")
    c.same(annual, tot[1], "全年预算")
    recv, recv_rate = c.one(r"资金到位([\d.]+万元)，到位率([\d.]+%)", 2)
    c.rate_check(recv_rate, recv, tot[1], "到位率")
    spent, rate = c.one(r"实际支出([\d.]+万元)，执行率([\d.]+%)。", 2)
    c.same(spent, tot[2], "执行数")
    c.rate_check(rate, spent, tot[1], "执行率 (text)")
    c.same(rate, tot[4], "执行率 text vs table")
    ps, pr, ms, mr = c.one(r"省级资金支出([\d.]+万元)、执行率([\d.]+%)，市级资金支出([\d.]+万元)、执行率([\d.]+%)", 4)
    c.sum_check(spent, [ps, ms], "支出 = 省 + 市")
    c.rate_check(pr, ps, p1, "省级执行率")
    c.rate_check(mr, ms, m1, "市级执行率")
    c.same(c.one(r"全年实际支出项目资金([\d.]+万元)"), tot[2], "overview 支出")
    kit, kit_p, sign, sign_p, edu = c.one(
        r"救生器材点建设([\d.]+万元)（平均每个([\d,]+)元），警示牌制作安装([\d.]+万元)（每块(\d+)元），宣传教育及应急演练([\d.]+万元)", 5)
    c.sum_check(spent, [kit, sign, edu], "支出 by use")
    bal = c.one(r"未支出的([\d.]+万元)已结转")
    c.check("balance_mismatch", consistent(bal, wan(recv) - wan(spent)), f"结转 {bal} ≠ 到位 − 执行")
    for r in c.all(r"预算执行率([\d.]+%)，低于"):
        c.same(r, tot[4], "执行率 (problems)")

    names = [("建设防溺水救生器材点", "产出"), ("设置防溺水警示牌", "产出"), ("开展防溺水应急演练", "产出"),
             ("设施验收一次合格率", "产出"), ("汛期前（4月30日前）完成率", "产出"), ("救生器材点平均建设成本", "产出"),
             ("学生防溺水知识知晓率", "效益"), ("中小学生溺水死亡人数", "效益"), ("防溺水长效管护机制", "效益"),
             ("家长满意度", "满意度")]
    rows = {}
    for name, lvl in names:
        t, a, w, s, comp = c.row(name, 5)
        qual = "partly" if name == "防溺水长效管护机制" else None
        rows[name] = (lvl, t, a) + c.indicator(name, t, a, w, s, completion=comp, qual=qual)
        rows[name] = rows[name] + (comp,)
    g = c.one(r"建设防溺水救生器材点不少于(\d+)个，设置警示牌不少于([\d,]+)块，开展防溺水应急演练不少于(\d+)场，"
              r"学生防溺水知识知晓率不低于(\d+%)，中小学生溺水死亡人数控制在(\d+)人以内，家长满意度不低于(\d+%)", 6)
    for v, n in zip(g, ("建设防溺水救生器材点", "设置防溺水警示牌", "开展防溺水应急演练", "学生防溺水知识知晓率",
                        "中小学生溺水死亡人数", "家长满意度")):
        c.same(v, rows[n][1], f"goal vs target {n}")
    c.product_check(kit, rows["建设防溺水救生器材点"][2], kit_p, "救生器材点 amount")
    c.product_check(sign, rows["设置防溺水警示牌"][2], sign_p, "警示牌 amount")
    n, comp = c.one(r"建成救生器材点(\d+)个，完成率([\d.]+%)", 2)
    c.same(n, rows["建设防溺水救生器材点"][2], "救生器材点")
    c.same(comp, rows["建设防溺水救生器材点"][5], "救生器材点完成率")
    c.same(c.one(r"设置警示牌([\d,]+)块"), rows["设置防溺水警示牌"][2], "警示牌")
    c.same(c.one(r"一次合格率(\d+%)"), rows["设施验收一次合格率"][2], "合格率")
    c.same(c.one(r"（4月30日前）完成率(\d+%)。"), rows["汛期前（4月30日前）完成率"][2], "汛期前完成率")
    c.same(c.one(r"汛期前完成率仅(\d+%)"), rows["汛期前（4月30日前）完成率"][2], "汛期前完成率 (problems)")
    c.same(c.one(r"未达到(\d+)个的目标"), rows["建设防溺水救生器材点"][1], "救生器材点目标")
    uc, ucap = c.one(r"平均建设成本([\d,]+)元/个，未超过([\d,]+)元/个", 2)
    c.same(uc, rows["救生器材点平均建设成本"][2], "单位成本")
    c.same(ucap, rows["救生器材点平均建设成本"][1], "单位成本上限")
    c.same(kit_p, uc, "单位成本 (支出)")
    k1, k0, kp = c.one(r"知晓率([\d.]+%)，较\d{4}年的([\d.]+%)提高([\d.]+)个百分点", 3)
    c.same(k1, rows["学生防溺水知识知晓率"][2], "知晓率")
    c.diff_check(k1, k0, kp, "知晓率 points", code="rate_mismatch")
    c.plausible(k1, "知晓率")
    d1, dcap, d0, dd = c.one(r"溺水死亡(\d+)人，超出(\d+)人的控制目标，较\d{4}年的(\d+)人减少(\d+)人", 4)
    c.same(d1, rows["中小学生溺水死亡人数"][2], "溺亡")
    c.same(dcap, rows["中小学生溺水死亡人数"][1], "溺亡上限")
    c.diff_check(d0, d1, dd, "溺亡减少")
    sat, s1, s2 = c.one(r"家长满意度([\d.]+%)，其中城区家长满意度([\d.]+%)、农村家长满意度([\d.]+%)", 3)
    for r in (sat, s1, s2):
        c.plausible(r, "满意度")
    c.same(sat, rows["家长满意度"][2], "满意度")

    wmax, total, _, tgrade = c.row("总分", 4)
    c.weights([number(tot[3])] + [r[3] for r in rows.values()], wmax)
    c.score_total(total, [number(tot[5])] + [r[4] for r in rows.values()], "table total")
    ptot, pex, pout, pben, psat, pgrade = c.one(
        r"综合得分([\d.]+)分，其中预算执行([\d.]+)分，产出指标([\d.]+)分，效益指标([\d.]+)分，满意度指标([\d.]+)分，评价等级为“(.)”", 6)
    c.same(ptot, total, "total text vs table")
    c.same(pex, tot[5], "execution score text vs table")
    for stated, lvl in ((pout, "产出"), (pben, "效益"), (psat, "满意度")):
        c.score_total(stated, [r[4] for r in rows.values() if r[0] == lvl], f"{lvl} score")
    c.score_total(ptot, [number(x) for x in (pex, pout, pben, psat)], "text parts")
    c.grade(ptot, pgrade, "text grade")
    c.grade(total, tgrade, "table grade")


PROJECTS = {
    "yiyang-fangnishui-2019": yiyang,
    "shangrao-fangnishui-2020": shangrao,
    "nanchong-fangnishui-2022": nanchong,
    "anqing-xueshenganquan-bumen-2023": anqing,
    "qingyuan-fangnishui-2024": qingyuan,
}


def run_checks(source, text):
    c = Ctx(text)
    PROJECTS[source](c)
    return c.failed


def edit_region(a, b):
    """Minimal contiguous differing region: (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    clean_text = {}
    counts = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            failed = run_checks(rec["source"], text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        if rec["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1500–5000")
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            for code, msgs in failed.items():
                problems.append(f"{name}: clean draft fails {code}: {msgs}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        code = exp["code"]
        counts[code] = counts.get(code, 0) + 1
        if code not in A_CODES or exp["severity"] != "error":
            problems.append(f"{name}: label {code}/{exp['severity']} not an §A error")
        got = set(failed)
        if got != {code}:
            problems.append(f"{name}: labelled {code}, checks failed {sorted(got)}: {failed}")
        base = clean_text[rec["source"]]
        s, ea, eb = edit_region(base, text)
        if ea - s > 40 or eb - s > 40 or eb <= s and ea <= s:
            problems.append(f"{name}: edit region {base[s:ea]!r} → {text[s:eb]!r} not a ≤40-char edit")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {exp['value']!r} occurs {len(occ)} times")
        else:
            vs, ve = occ[0], occ[0] + len(exp["value"])
            if not (vs < max(eb, s + 1) and s < ve):
                problems.append(f"{name}: value does not overlap the edit at {s}–{eb}")
    for code in A_CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} labelled {counts.get(code, 0)} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    n_clean = sum(1 for r in labels if r["clean"])
    print(f"{len(labels)} cases ({n_clean} clean, {len(labels) - n_clean} with one injected error); "
          + ", ".join(f"{c}={counts[c]}" for c in A_CODES))
    print("OK")


if __name__ == "__main__":
    main()
