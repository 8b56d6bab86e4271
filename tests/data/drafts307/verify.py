#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one short
   contiguous place that overlaps the label value; the changed figure is stated once in the clean draft
   (twice for conflicting_values); every error code of errors.md §A (1-13) is used at least twice;
2. the arithmetic of every draft is redone from its text with decimal.Decimal: all checks pass on the
   clean drafts; on every error case the labelled code fails and no other error-level code fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

import build

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"(\d+(?:\.\d+)?)"
HUNDRED = D(100)


# ----------------------------------------------------------------------------- numbers and tolerance
def dec(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** -ndec(s) + D("1e-9")


def close(computed, stated):
    """stated is the string as written; computed a Decimal."""
    return abs(computed - dec(stated)) <= tol(stated)


def approx_close(lo, hi, stated):
    """stated marked 约: its interval (± half a unit of the last digit) must meet [lo, hi]."""
    v, t = dec(stated), tol(stated)
    return not (v + t < lo or v - t > hi)


class Amt:
    """An amount as written, normalised to 万元."""

    def __init__(self, s, unit="万元"):
        self.s, self.unit = s, unit
        v = dec(s)
        self.v = v / 10000 if unit == "元" else v * 10000 if unit == "亿元" else v
        self.t = tol(s) / 10000 if unit == "元" else tol(s) * 10000 if unit == "亿元" else tol(s)

    def scaled(self, f):
        a = Amt(self.s, self.unit)
        a.v, a.t = self.v * f, self.t * f
        return a


def grade_ok(total_str, grade):
    s = dec(total_str)
    band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
    names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"), "差": ("差", "较差", "不合格")}
    return grade in names[band]


# ----------------------------------------------------------------------------- findings
class Checks:
    def __init__(self, text, year):
        self.t = text
        self.ns = re.sub(r"\s+", "", text)  # prose view without spaces / line breaks (PDF text)
        self.y = year
        self.items = []  # (code, severity, ok, message)
        for y in re.findall(r"(\d{4})年度", self.ns):  # every 年度 named in the report is the evaluation year
            self.year_eq(y, year, "evaluation year (年度)")

    def add(self, code, ok, msg, sev="error"):
        self.items.append((code, sev, bool(ok), msg))

    def failed(self, sev=None):
        return [(c, s, m) for c, s, ok, m in self.items if not ok and (sev is None or s == sev)]

    # -- extraction
    def g(self, pattern, prose=True):
        src = self.ns if prose else self.t
        ms = list(re.finditer(pattern, src))
        if len(ms) != 1:
            raise AssertionError(f"pattern matched {len(ms)} times: {pattern}")
        return ms[0].groups()

    # -- identities
    def amount_identity(self, lhs, rhs_terms, msg, code="sum_mismatch"):
        """lhs = Σ rhs_terms (terms are (factor, Amt)); an amount off by exactly 10^4 gives unit_mismatch."""
        def holds(l, terms):
            c = sum((f * a.v for f, a in terms), D(0))
            return abs(c - l.v) <= l.t
        if holds(lhs, rhs_terms):
            self.add(code, True, msg)
            return
        amts = [lhs] + [a for _, a in rhs_terms]
        for i in list(range(1, len(amts))) + [0]:  # try the terms first, the stated total last
            for f in (D(10000), D("0.0001")):
                cand = [a.scaled(f) if j == i else a for j, a in enumerate(amts)]
                if abs(cand[i].v) <= 2 * lhs.t:
                    continue  # shrinking an amount to a negligible value reconciles nothing
                if holds(cand[0], [(rhs_terms[k][0], cand[k + 1]) for k in range(len(rhs_terms))]):
                    self.add("unit_mismatch", False, msg + f" (reconciled by rescaling {amts[i].s}{amts[i].unit})")
                    return
        self.add(code, False, msg)

    def sum_(self, total, parts, msg, code="sum_mismatch"):
        self.amount_identity(total, [(D(1), p) for p in parts], msg, code)

    def rate(self, num, den, stated, msg, code="rate_mismatch"):
        """stated rate (string without %) = num/den*100; zero base must print — / 0."""
        num, den = dec(num), dec(den)
        if den == 0:
            self.add("implausible_rate", stated in ("—", "-", "0", "0.00"), msg + ": rate on a zero base")
            return
        if stated in ("—", "-"):
            self.add(code, False, msg + ": rate missing")
            return
        self.add("implausible_rate", dec(stated) <= HUNDRED, msg + f": {stated}% above 100%")
        self.add(code, close(num / den * HUNDRED, stated), msg + f": {num}/{den} vs {stated}%")

    def same(self, a, b, msg):
        """two mentions of one quantity (strings, may carry units)."""
        self.add("conflicting_values", a == b or (re.fullmatch(NUM, a) and re.fullmatch(NUM, b) and dec(a) == dec(b)),
                 msg + f": {a} vs {b}")

    def year_eq(self, y, want, msg):
        self.add("year_mismatch", int(y) == want, msg + f": {y} vs {want}")

    def year_gt(self, y, msg):
        self.add("year_mismatch", int(y) > self.y, msg + f": {y} must be after {self.y}")

    def average(self, values, stated, msg, approx=False):
        c = sum((dec(v) for v in values), D(0)) / len(values)
        self.add("average_mismatch", close(c, stated), msg + f": {c} vs {stated}")

    # -- indicator rows
    def row(self, name, target, actual, comp, w, s):
        """Check one indicator row. comp is None when the table has no 完成率 column."""
        w_, s_ = dec(w), dec(s)
        self.add("score_exceeds_weight", D(0) <= s_ <= w_, f"{name}: score {s} vs weight {w}")
        date = r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?"
        q = r"(≥|≤|=)?" + NUM + r"(.*)"
        if re.fullmatch(date, target):
            m = re.fullmatch(date, actual)
            self.add("unit_mismatch", m is not None, f"{name}: target is a date, actual {actual}")
            if m:
                self.year_eq(m.group(1), self.y, f"{name}: completion date")
                ta = tuple(int(x) for x in re.fullmatch(date, target).groups()[:3])
                aa = tuple(int(x) for x in m.groups()[:3])
                self.add("score_rule_mismatch", (aa <= ta) == (s_ == w_), f"{name}: deadline score", "warning")
            if comp is not None:
                self.add("completion_mismatch", comp in ("—", "-"), f"{name}: completion for a date")
            return
        mt = re.fullmatch(q, target)
        if mt is None:  # qualitative
            self.add("unit_mismatch", not re.search(r"\d", actual), f"{name}: qualitative target, actual {actual}")
            self.add("score_rule_mismatch", s_ >= w_ * D("0.8"), f"{name}: qualitative band", "warning")
            if comp is not None:
                self.add("completion_mismatch", comp in ("—", "-"), f"{name}: completion for qualitative row")
            return
        direction, tv, tu = mt.group(1) or "=", dec(mt.group(2)), mt.group(3)
        ma = re.fullmatch(NUM + r"(.*)", actual)
        ok_unit = ma is not None and ma.group(2) == tu
        self.add("unit_mismatch", ok_unit, f"{name}: target unit {tu!r}, actual {actual!r}")
        if not ok_unit:
            return
        av = dec(ma.group(1))
        if tu == "%":
            self.add("implausible_rate", av <= HUNDRED, f"{name}: actual {actual} above 100%")
        if direction == "≤":
            c = HUNDRED if av <= tv else tv / av * HUNDRED
        else:
            c = av / tv * HUNDRED
        if comp is not None and comp not in ("—", "-"):
            self.add("completion_mismatch", close(c, comp.rstrip("%")), f"{name}: completion {c} vs {comp}")
        exp = w_ * min(c, HUNDRED) / HUNDRED
        alt = w_ * min(dec(comp.rstrip("%")), HUNDRED) / HUNDRED if comp not in (None, "—", "-") else exp
        self.add("score_rule_mismatch", close(exp, s) or close(alt, s), f"{name}: score {s} vs rule {exp}", "warning")


def num_unit(cell):
    m = re.fullmatch(NUM + r"(.*)", cell)
    return m.groups() if m else (None, cell)


# ============================================================================= A  Hunan, ｜ tables
def check_guidong(t):
    c = Checks(t, 2021)
    init, carry, cp, county = c.g(r"本项目年初预算" + NUM + r"万元（含上年结转" + NUM + r"万元），其中中央和省级烈士纪念设施保护补助资金" + NUM + r"万元，县本级安排" + NUM + r"万元")
    c.sum_(Amt(init), [Amt(carry), Amt(cp), Amt(county)], "年初预算 = 结转 + 中央省 + 县本级")
    add, annual = c.g(r"年中追加县本级资金" + NUM + r"万元，全年预算调整为" + NUM + r"万元")
    c.sum_(Amt(annual), [Amt(init), Amt(add)], "全年预算 = 年初 + 追加")
    adv, ady = c.g(r"中央和省级补助资金中" + NUM + r"万元已于(\d{4})年12月提前下达")
    c.year_eq(ady, 2020, "advance issued the December before")
    c.add("sum_mismatch", dec(adv) <= dec(cp), "advance within the grant")
    (rest_y,) = c.g(r"其余于(\d{4})年6月下达")
    c.year_eq(rest_y, 2021, "rest issued")
    recv, recv_rate = c.g(r"全年资金到位" + NUM + r"万元，到位率" + NUM + r"%")
    c.rate(recv, annual, recv_rate, "到位率")
    ey, spent, erate = c.g(r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    c.year_eq(ey, 2021, "截至 date")
    c.rate(spent, annual, erate, "执行率 (text)")
    u = c.g(r"纪念碑及碑亭维修" + NUM + r"万元、墓区护坡排水整治" + NUM + r"万元、4处零散纪念设施修缮" + NUM + r"万元、陈列馆展陈更新" + NUM + r"万元")
    c.sum_(Amt(spent), [Amt(x) for x in u], "uses add up to 实际支出")
    s = c.g(r"沙田镇" + NUM + r"(元|万元)、寨前镇" + NUM + r"(元|万元)、青竹乡" + NUM + r"(元|万元)、普乐镇" + NUM + r"(元|万元)，单处平均" + NUM + r"万元")
    sites = [Amt(s[i], s[i + 1]) for i in range(0, 8, 2)]
    c.sum_(Amt(u[2]), sites, "4 sites add up to 零散设施修缮")
    c.add("average_mismatch", close(Amt(u[2]).v / 4, s[8]), "单处平均 = 零散设施修缮 / 4")
    cps, cpr = c.g(r"中央和省级补助资金支出" + NUM + r"万元，执行率" + NUM + r"%")
    c.rate(cps, cp, cpr, "中央省 执行率")
    cya, cys, cyr = c.g(r"县本级资金（含追加）" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + r"%")
    c.sum_(Amt(cya), [Amt(county), Amt(add)], "县本级全年 = 县本级 + 追加")
    c.rate(cys, cya, cyr, "县本级 执行率")
    c.sum_(Amt(spent), [Amt(cps), Amt(cys), Amt(carry)], "支出 = 中央省 + 县本级 + 结转 (all used)")
    bal, bal_y = c.g(r"未支出的" + NUM + r"万元为护坡工程质保金和展陈更新尾款，已按规定结转至(\d{4})年")
    c.amount_identity(Amt(bal), [(D(1), Amt(recv)), (D(-1), Amt(spent))], "未支出 = 到位 - 支出", "balance_mismatch")
    c.year_gt(bal_y, "carry-over year")
    bid, chg, settle = c.g(r"中标价" + NUM + r"万元，因碑亭基础加固发生设计变更增加" + NUM + r"万元，结算" + NUM + r"万元")
    c.sum_(Amt(settle), [Amt(bid), Amt(chg)], "结算 = 中标 + 变更")
    c.same(settle, u[0], "结算 = 纪念碑维修支出")
    # funds block
    fr = {}
    for line in t.split("\n"):
        cells = line.split("｜")
        if len(cells) == 7 and cells[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            fr[cells[0]] = cells
    tot, cur, car, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(Amt(tot[col]), [Amt(cur[col]), Amt(car[col]), Amt(oth[col])], f"funds table {nm} column")
    for r in (tot, cur, car, oth):
        c.rate(r[3], r[2], r[5].rstrip("%"), f"funds table rate {r[0]}")
    c.sum_(Amt(cur[1]), [Amt(cp), Amt(county)], "当年财政拨款 年初 = 中央省 + 县本级")
    c.sum_(Amt(cur[2]), [Amt(cp), Amt(cya)], "当年财政拨款 全年 = 中央省 + 县本级全年")
    c.sum_(Amt(cur[3]), [Amt(cps), Amt(cys)], "当年财政拨款 执行 = 中央省支出 + 县本级支出")
    for a, b, m in ((init, tot[1], "年初"), (annual, tot[2], "全年"), (spent, tot[3], "执行"), (erate, tot[5].rstrip("%"), "执行率"),
                    (carry, car[1], "结转 年初")):
        c.same(a, b, f"text vs funds table {m}")
    c.add("score_exceeds_weight", D(0) <= dec(tot[6]) <= dec(tot[4]), "execution score within weight")
    c.add("score_rule_mismatch", close(dec(tot[4]) * min(dec(spent) / dec(annual), D(1)), tot[6]), "execution score", "warning")
    # indicator table
    rows, total = {}, None
    for line in t.split("\n"):
        cells = line.split("｜")
        if len(cells) == 9 and cells[0] in ("产出指标", "效益指标", "满意度指标"):
            rows[cells[2]] = cells
            c.row(cells[2], cells[3], cells[4], cells[5], cells[6], cells[7])
        if cells[0] == "总分":
            total = cells
    wsum = dec(tot[4]) + sum(dec(r[6]) for r in rows.values())
    c.add("weight_sum_mismatch", wsum == dec(total[6]) == HUNDRED, f"weights {wsum} vs {total[6]}")
    ssum = dec(tot[6]) + sum(dec(r[7]) for r in rows.values())
    c.add("score_sum_mismatch", close(ssum, total[7]), f"scores {ssum} vs {total[7]}")
    ptot, grade = c.g(r"综合得分" + NUM + r"分，评价等级为“(.)”")
    c.same(ptot, total[7], "total text vs table")
    c.add("grade_mismatch", grade_ok(ptot, grade), f"grade {grade} for {ptot}")
    # text vs table and other prose arithmetic
    area, more = c.g(r"墓区护坡排水整治" + NUM + r"平方米，比计划多" + NUM + r"平方米")
    c.same(area + "平方米", rows["墓区护坡排水整治面积"][4], "护坡面积")
    c.add("sum_mismatch", dec(area) - dec(rows["墓区护坡排水整治面积"][3].lstrip("≥").replace("平方米", "")) == dec(more), "比计划多")
    (boards,) = c.g(r"陈列馆更新展板" + NUM + r"块，")
    c.same(boards + "块", rows["陈列馆更新展板数量"][4], "展板")
    vis, vy, vprev = c.g(r"全年接待祭扫瞻仰群众" + NUM + r"万人次（(\d{4})年为" + NUM + r"万人次）")
    c.year_eq(vy, 2020, "last year's visitors")
    c.same(vis + "万人次", rows["年接待祭扫瞻仰群众"][4], "接待人次")
    act, less = c.g(r"开展红色教育活动" + NUM + r"场次，比目标少" + NUM + r"场次")
    c.same(act + "场次", rows["开展红色教育活动"][4], "红色教育活动")
    c.add("sum_mismatch", dec(rows["开展红色教育活动"][3].lstrip("≥").replace("场次", "")) - dec(act) == dec(less), "比目标少")
    (intact,) = c.g(r"纪念设施完好率为" + NUM + r"%")
    c.same(intact + "%", rows["纪念设施完好率"][4], "完好率")
    sent, back, sat, satr = c.g(r"发放调查问卷" + NUM + r"份，收回" + NUM + r"份，表示满意的" + NUM + r"份，满意度" + NUM + r"%")
    c.rate(sat, back, satr, "满意度 from survey")
    c.same(satr + "%", rows["烈属及群众满意度"][4], "满意度")
    (fin,) = c.g(r"(\d{4}年\d+月\d+日)全部完工")
    c.same(fin, rows["修缮工程完工时间"][4], "完工日期")
    c.same(s[8] + "万元", rows["零散纪念设施单处平均修缮成本"][4], "单处平均成本")
    return c


# ============================================================================= B  Jiangxi, tab tables
def check_huichang(t):
    c = Checks(t, 2020)
    annual, cen, prov, cty = c.g(r"项目全年预算" + NUM + r"万元，其中中央补助" + NUM + r"万元、省级补助" + NUM + r"万元、县级配套" + NUM + r"万元")
    c.sum_(Amt(annual), [Amt(cen), Amt(prov), Amt(cty)], "全年预算 components")
    y, ctyr, recv, recvr, spent, erate = c.g(r"截至(\d{4})年12月31日，中央和省级资金全部到位，县级配套到位" + NUM + r"万元，合计到位" + NUM + r"万元，到位率" + NUM + r"%；全年支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    c.year_eq(y, 2020, "截至 date")
    c.sum_(Amt(recv), [Amt(cen), Amt(prov), Amt(ctyr)], "到位 components")
    c.rate(recv, annual, recvr, "到位率")
    c.rate(spent, annual, erate, "执行率")
    per, n, comp_, grave, info, road = c.g(r"按每座" + NUM + r"元的标准发放给烈属或迁出地村组，" + NUM + r"座共计" + NUM + r"万元；新建集中安葬区墓穴、墓碑及配套工程" + NUM + r"万元；烈士信息采集、DNA比对及建档" + NUM + r"万元；祭扫道路硬化和墓区绿化" + NUM + r"万元")
    c.amount_identity(Amt(comp_), [(dec(n), Amt(per, "元"))], "迁葬补助 = 座数 × 标准")
    c.sum_(Amt(spent), [Amt(comp_), Amt(grave), Amt(info), Amt(road)], "uses add up to 支出")
    bal, by = c.g(r"年末结余资金" + NUM + r"万元（到位资金减实际支出），结转至(\d{4})年")
    c.amount_identity(Amt(bal), [(D(1), Amt(recv)), (D(-1), Amt(spent))], "结余 = 到位 - 支出", "balance_mismatch")
    c.year_gt(by, "结转 year")
    gap, gy = c.g(r"县级配套未到位的" + NUM + r"万元已列入(\d{4})年")
    c.amount_identity(Amt(gap), [(D(1), Amt(cty)), (D(-1), Amt(ctyr))], "未到位 = 县级预算 - 县级到位", "balance_mismatch")
    c.year_gt(gy, "未到位 budgeted year")
    bid, chg, settle = c.g(r"中标价" + NUM + r"万元，因增设排水沟发生变更" + NUM + r"万元，结算价" + NUM + r"万元")
    c.sum_(Amt(settle), [Amt(bid), Amt(chg)], "结算 = 中标 + 变更")
    c.same(settle, grave, "结算 vs 墓区工程支出")
    dna, ok_, rest = c.g(r"对" + NUM + r"座身份存疑的烈士墓开展DNA比对，确认身份" + NUM + r"座，其余" + NUM + r"座")
    c.add("sum_mismatch", dec(dna) == dec(ok_) + dec(rest), "DNA 比对 split")
    # funds table
    fr = {}
    for line in t.split("\n"):
        cells = line.split("\t")
        if len(cells) == 5 and cells[0] in ("中央补助", "省级补助", "县级配套", "合计"):
            fr[cells[0]] = cells
    for col, nm in ((1, "全年预算"), (2, "到位"), (3, "执行")):
        c.sum_(Amt(fr["合计"][col]), [Amt(fr[k][col]) for k in ("中央补助", "省级补助", "县级配套")], f"funds table {nm} column")
    for k, r in fr.items():
        c.rate(r[3], r[1], r[4].rstrip("%"), f"funds table rate {k}")
    for a, b, m in ((cen, fr["中央补助"][1], "中央"), (prov, fr["省级补助"][1], "省级"), (cty, fr["县级配套"][1], "县级"),
                    (ctyr, fr["县级配套"][2], "县级到位"), (cen, fr["中央补助"][2], "中央到位"), (prov, fr["省级补助"][2], "省级到位"),
                    (annual, fr["合计"][1], "合计预算"), (recv, fr["合计"][2], "合计到位"), (spent, fr["合计"][3], "合计执行"),
                    (erate, fr["合计"][4].rstrip("%"), "执行率")):
        c.same(a, b, f"text vs funds table {m}")
    # indicator table
    rows, total = {}, None
    for line in t.split("\n"):
        cells = line.split("\t")
        if len(cells) == 8 and cells[0] in ("预算执行率", "产出指标", "效益指标", "满意度指标"):
            rows[cells[2]] = cells
            c.row(cells[2], cells[3], cells[4], None, cells[5], cells[6])
        if cells[0] == "总分":
            total = cells
    wsum = sum(dec(r[5]) for r in rows.values())
    c.add("weight_sum_mismatch", wsum == dec(total[5]) == HUNDRED, f"weights {wsum} vs {total[5]}")
    ssum = sum(dec(r[6]) for r in rows.values())
    c.add("score_sum_mismatch", close(ssum, total[6]), f"scores {ssum} vs {total[6]}")
    (grade,) = c.g(r"综合评价等级为“(.)”")
    c.add("grade_mismatch", grade_ok(total[6], grade), f"grade {grade} for {total[6]}")
    c.same(erate + "%", rows["预算执行率"][4], "执行率 text vs table")
    moved, over = c.g(r"全年迁移零散烈士墓" + NUM + r"座，超过目标" + NUM + r"座")
    c.same(moved + "座", rows["迁移零散烈士墓数量"][4], "迁移座数")
    c.same(moved, n, "迁移座数 vs 迁葬补助座数")
    c.add("sum_mismatch", dec(moved) - dec(rows["迁移零散烈士墓数量"][3].lstrip("≥").rstrip("座")) == dec(over), "超过目标")
    b1, b2, b3, avg = c.g(r"第一批筠门岭镇、周田镇" + NUM + r"座，第二批麻州镇、庄口镇" + NUM + r"座，第三批西江、站塘等5个乡镇" + NUM + r"座，平均每批" + NUM + r"座")
    c.add("sum_mismatch", dec(b1) + dec(b2) + dec(b3) == dec(moved), "batches add up")
    c.average([b1, b2, b3], avg, "平均每批")
    (spare,) = c.g(r"新建墓位比迁入数量多" + NUM + r"个")
    v, unit = num_unit(rows["新建集中安葬墓位"][4])
    if unit == "个":  # otherwise the row already fails as unit_mismatch
        c.add("sum_mismatch", dec(v) - dec(moved) == dec(spare), "墓位 - 迁入 = 预留")
    tot_g, conc, concr, py, pconc, pconcr = c.g(r"全县" + NUM + r"座烈士墓中实行集中管理的达到" + NUM + r"座，集中管理率" + NUM + r"%（(\d{4})年为" + NUM + r"座、" + NUM + r"%）")
    c.rate(conc, tot_g, concr, "集中管理率")
    c.rate(pconc, tot_g, pconcr, "last year's 集中管理率")
    c.year_eq(py, 2019, "last year's figure")
    c.add("sum_mismatch", dec(conc) - dec(pconc) == dec(moved), "集中管理 increase = 迁移")
    c.same(concr + "%", rows["烈士墓集中管理率"][4], "集中管理率 text vs table")
    (sweep,) = c.g(r"全年组织集中祭扫活动" + NUM + r"次")
    c.same(sweep + "次", rows["组织集中祭扫活动"][4], "祭扫次数")
    c.same(per + "元/座", rows["每座迁葬补助标准"][4], "补助标准")
    return c


# ============================================================================= C  Henan, PDF text
def check_xinxian(t):
    c = Checks(t, 2022)
    annual, cen, prov, cty, carry = c.g(r"项目全年预算" + NUM + r"万元，其中中央补助" + NUM + r"万元、省级补助" + NUM + r"万元、县级配套" + NUM + r"万元、上年结转" + NUM + r"万元")
    c.sum_(Amt(annual), [Amt(cen), Amt(prov), Amt(cty), Amt(carry)], "全年预算 components")
    adv, ay = c.g(r"中央补助中" + NUM + r"万元已于(\d{4})年12月提前下达")
    c.year_eq(ay, 2021, "advance the December before")
    c.add("sum_mismatch", dec(adv) <= dec(cen), "advance within 中央补助")
    spent, erate = c.g(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    c.rate(spent, annual, erate, "执行率")
    g = c.g(r"讲解服务及志愿者补贴" + NUM + r"万元（其中讲解员劳务补贴" + NUM + r"(元|万元)，志愿者服务补贴" + NUM + r"万元），展陈维护和文物保护" + NUM + r"万元，安保保洁及水电运行" + NUM + r"万元，宣传教育活动" + NUM + r"万元")
    guide, labour, vol = Amt(g[0]), Amt(g[1], g[2]), Amt(g[3])
    c.sum_(guide, [labour, vol], "讲解服务 = 讲解员 + 志愿者")
    c.sum_(Amt(spent), [guide, Amt(g[4]), Amt(g[5]), Amt(g[6])], "uses add up to 支出")
    n, per = c.g(r"聘用讲解员" + NUM + r"名，每人每月补贴" + NUM + r"元")
    c.amount_identity(labour, [(dec(n) * 12, Amt(per, "元"))], "讲解员补贴 = 人数 × 月标准 × 12")
    bal, by = c.g(r"未使用的" + NUM + r"万元为展柜恒温恒湿设备维保费，合同约定次年验收后支付，已结转至(\d{4})年")
    c.amount_identity(Amt(bal), [(D(1), Amt(annual)), (D(-1), Amt(spent))], "未使用 = 预算 - 支出", "balance_mismatch")
    c.year_gt(by, "结转 year")
    days, vis, py, pvis, daily, groups = c.g(r"全年开放" + NUM + r"天，接待参观群众" + NUM + r"万人次（(\d{4})年为" + NUM + r"万人次），日均约" + NUM + r"人次；其中团体预约" + NUM + r"批次")
    c.year_eq(py, 2021, "last year's visitors")
    per_day = dec(vis) * 10000 / dec(days)
    c.add("average_mismatch", approx_close(per_day, per_day, daily), f"日均约 {daily} vs {per_day}")
    (cover,) = c.g(r"讲解服务覆盖参观团队的" + NUM + r"%")
    (cost,) = c.g(r"人均服务成本约" + NUM + r"元")
    pc = Amt(spent).v / dec(vis)
    c.add("average_mismatch", approx_close(pc, pc, cost), f"人均成本约 {cost} vs {pc}")
    (events,) = c.g(r"主题教育活动" + NUM + r"场；")
    (youth,) = c.g(r"接待中小学生研学参观" + NUM + r"万人次")
    sent, valid, sat, satr, ysat = c.g(r"发放问卷" + NUM + r"份，有效问卷" + NUM + r"份，满意及基本满意" + NUM + r"份，满意度" + NUM + r"%，其中青少年群体满意度" + NUM + r"%")
    c.rate(sat, valid, satr, "满意度 from survey")
    c.add("implausible_rate", dec(ysat) <= HUNDRED, "青少年满意度 within 100%")
    ptot, grade = c.g(r"综合得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    # funds table
    lines = t.split("\n")
    fr = {}
    i0 = next(i for i, l in enumerate(lines) if l.startswith("资金来源"))
    for l in lines[i0 + 1:]:
        if not l.strip():
            break
        cells = re.split(r" {2,}", l.strip())
        fr[cells[0]] = cells
    parts = ("中央补助", "省级补助", "县级配套", "上年结转", "其他资金")
    for col, nm in ((1, "全年预算"), (2, "执行")):
        c.sum_(Amt(fr["合计"][col]), [Amt(fr[k][col]) for k in parts], f"funds table {nm} column")
    for k, r in fr.items():
        c.rate(r[2], r[1], r[3].rstrip("%"), f"funds table rate {k}")
    for a, b, m in ((cen, fr["中央补助"][1], "中央"), (prov, fr["省级补助"][1], "省级"), (cty, fr["县级配套"][1], "县级"),
                    (carry, fr["上年结转"][1], "结转"), (annual, fr["合计"][1], "合计"), (spent, fr["合计"][2], "执行"),
                    (erate, fr["合计"][3].rstrip("%"), "执行率")):
        c.same(a, b, f"text vs funds table {m}")
    # indicator table
    rows, total = {}, None
    i1 = next(i for i, l in enumerate(lines) if l.startswith("一级指标"))
    for l in lines[i1 + 1:]:
        cells = re.split(r" {2,}", l.strip())
        if cells[0] == "合计":
            total = cells
            break
        name, tg, ac, cp_, w, s = cells[-6:]
        rows[name] = (tg, ac, cp_, w, s)
        c.row(name, tg, ac, cp_, w, s)
    wsum = sum(dec(r[3]) for r in rows.values())
    c.add("weight_sum_mismatch", wsum == dec(total[1]) == HUNDRED, f"weights {wsum} vs {total[1]}")
    ssum = sum(dec(r[4]) for r in rows.values())
    c.add("score_sum_mismatch", close(ssum, total[2]), f"scores {ssum} vs {total[2]}")
    c.same(ptot, total[2], "total text vs table")
    c.add("grade_mismatch", grade_ok(ptot, grade), f"grade {grade} for {ptot}")
    c.same(erate + "%", rows["预算执行率"][1], "执行率 text vs indicator table")
    for a, b in ((days + "天", "全年免费开放天数"), (vis + "万人次", "接待参观人次"), (groups + "批次", "团体预约接待批次"),
                    (cover + "%", "讲解服务覆盖率"), (cost + "元", "人均服务成本"), (g[5] + "万元", "安保保洁及运行费用"),
                    (events + "场", "开展红色主题教育活动"), (youth + "万人次", "青少年研学参观人次"), (satr + "%", "参观群众满意度")):
        c.same(a, rows[b][1], f"text vs table {b}")
    return c


# ============================================================================= D  Sichuan, prose only
def check_wanyuan(t):
    c = Checks(t, 2023)
    (init,) = c.g(r"批复本项目预算" + NUM + r"万元")
    (add,) = c.g(r"下达英烈褒扬专项补助" + NUM + r"万元")
    (annual,) = c.g(r"调整后预算为" + NUM + r"万元")
    c.sum_(Amt(annual), [Amt(init), Amt(add)], "调整后预算 = 批复 + 补助")
    y, spent, erate, cs, cr, ps, pr = c.g(r"截至(\d{4})年12月31日，实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，其中市级资金执行" + NUM + r"万元（执行率" + NUM + r"%），省级补助执行" + NUM + r"万元（执行率" + NUM + r"%）")
    c.year_eq(y, 2023, "截至 date")
    c.rate(spent, annual, erate, "执行率")
    c.rate(cs, init, cr, "市级执行率")
    c.rate(ps, add, pr, "省级执行率")
    c.sum_(Amt(spent), [Amt(cs), Amt(ps)], "支出 = 市级 + 省级")
    u = c.g(r"烈士英名录编印及烈士事迹征集" + NUM + r"万元、清明节和烈士纪念日公祭活动" + NUM + r"万元、“英烈故事进校园”宣讲" + NUM + r"万元、新媒体宣传作品制作" + NUM + r"万元")
    c.sum_(Amt(spent), [Amt(x) for x in u], "uses add up to 支出")
    h1, h2 = c.g(r"上半年支出" + NUM + r"万元，下半年支出" + NUM + r"万元")
    c.sum_(Amt(spent), [Amt(h1), Amt(h2)], "half-years add up")
    books, unit_cost, printing, incl = c.g(r"英名录共印制" + NUM + r"册，每册印制成本" + NUM + r"元，印制费" + NUM + r"万元包含在前述" + NUM + r"万元中")
    c.amount_identity(Amt(printing), [(dec(books), Amt(unit_cost, "元"))], "印制费 = 册数 × 单价")
    c.same(incl, u[0], "英名录编印 amount restated")
    c.add("sum_mismatch", dec(printing) <= dec(u[0]), "印制费 within 编印及征集")
    bal, by = c.g(r"未使用的" + NUM + r"万元为新媒体作品第二期制作尾款，作品验收后支付，已申请结转至(\d{4})年")
    c.amount_identity(Amt(bal), [(D(1), Amt(annual)), (D(-1), Amt(spent))], "未使用 = 预算 - 支出 (fully received)", "balance_mismatch")
    c.year_gt(by, "结转 year")
    (pr2,) = c.g(r"执行率只有" + NUM + r"%")
    c.same(pr2, pr, "省级执行率 restated")
    art, ay, part = c.g(r"征集整理烈士事迹材料" + NUM + r"篇（(\d{4})年为" + NUM + r"篇）")
    c.year_eq(ay, 2022, "last year's 篇")
    talks, ty, ptalks = c.g(r"宣讲" + NUM + r"场（(\d{4})年为" + NUM + r"场）")
    c.year_eq(ty, 2022, "last year's 场")
    aud, avg_talk = c.g(r"师生约" + NUM + r"万人次，平均每场约" + NUM + r"人次")
    lo = (dec(aud) - tol(aud)) * 10000 / dec(talks)
    hi = (dec(aud) + tol(aud)) * 10000 / dec(talks)
    c.add("average_mismatch", approx_close(lo, hi, avg_talk), "平均每场约 (approximate)")
    p1, p2, p3, pavg = c.g(r"参与人数分别为" + NUM + r"人、" + NUM + r"人、" + NUM + r"人，平均每场" + NUM + r"人")
    c.average([p1, p2, p3], pavg, "公祭 平均每场")
    before, after = c.g(r"知晓率由宣讲前的" + NUM + r"%提高到" + NUM + r"%")
    c.add("implausible_rate", dec(before) <= HUNDRED and dec(after) <= HUNDRED, "知晓率 within 100%")
    plays, ptarget = c.g(r"全网播放量" + NUM + r"万次，未达到" + NUM + r"万次的目标")
    # scoring paragraph
    w_exec, w_out, w_ben = c.g(r"分值分别为" + NUM + r"分、" + NUM + r"分、" + NUM + r"分")
    c.add("weight_sum_mismatch", dec(w_exec) + dec(w_out) + dec(w_ben) == HUNDRED, "一级 weights add to 100")
    erate2, s_exec = c.g(r"预算执行率" + NUM + r"%，得" + NUM + r"分")
    c.same(erate2, erate, "执行率 restated in the scoring")
    c.add("score_exceeds_weight", dec(s_exec) <= dec(w_exec), "execution score within weight")
    c.add("score_rule_mismatch", close(dec(w_exec) * min(dec(spent) / dec(annual), D(1)), s_exec), "execution score", "warning")
    ow = c.g(r"烈士事迹材料征集整理（" + NUM + r"分）、英烈故事进校园宣讲（" + NUM + r"分）、烈士英名录信息核准率（" + NUM + r"分）、公祭活动按时举办率（" + NUM + r"分）、项目支出控制在预算以内（" + NUM + r"分）均达到年度指标值，共得" + NUM + r"分")
    c.add("weight_sum_mismatch", sum(dec(x) for x in ow[:5]) == dec(w_out), "产出 items add to the 产出 weight")
    c.add("score_exceeds_weight", dec(ow[5]) <= dec(w_out), "产出 score within weight")
    c.add("score_sum_mismatch", dec(ow[5]) == sum(dec(x) for x in ow[:5]), "产出 score = Σ full item scores")
    w_media, comp_media, s_media = c.g(r"新媒体宣传作品播放量（" + NUM + r"分）完成" + NUM + r"%，得" + NUM + r"分")
    cm = dec(plays) / dec(ptarget) * HUNDRED
    c.add("completion_mismatch", close(cm, comp_media), "播放量 completion")
    c.add("score_exceeds_weight", dec(s_media) <= dec(w_media), "播放量 score within weight")
    c.add("score_rule_mismatch", close(dec(w_media) * cm / HUNDRED, s_media), "播放量 score", "warning")
    w_mech, s_mech = c.g(r"英烈褒扬常态化工作机制（" + NUM + r"分）已建立，得" + NUM + r"分")
    c.add("score_exceeds_weight", dec(s_mech) <= dec(w_mech), "机制 score within weight")
    c.add("weight_sum_mismatch", dec(w_media) + dec(w_mech) == dec(w_ben), "效益 items add to the 效益 weight")
    total, grade = c.g(r"本项目自评得分" + NUM + r"分，评价结论为“(.)”")
    ssum = dec(s_exec) + dec(ow[5]) + dec(s_media) + dec(s_mech)
    c.add("score_sum_mismatch", close(ssum, total), f"scores {ssum} vs {total}")
    c.add("grade_mismatch", grade_ok(total, grade), f"grade {grade} for {total}")
    (spent2,) = c.g(r"项目实际支出" + NUM + r"万元，控制在调整后预算以内")
    c.same(spent2, spent, "支出 restated")
    art2, talks2 = c.g(r"全年征集烈士事迹" + NUM + r"篇、开展宣讲" + NUM + r"场")
    c.same(art2, art, "征集篇数 restated")
    c.same(talks2, talks, "宣讲场数 restated")
    return c


# ============================================================================= E  Gansu, Markdown tables
def check_huachi(t):
    c = Checks(t, 2024)
    hh, py, phh, drop = c.g(r"全县现有烈士遗属" + NUM + r"户（(\d{4})年为" + NUM + r"户，减少的" + NUM + r"户")
    c.year_eq(py, 2023, "last year's households")
    c.add("sum_mismatch", dec(phh) - dec(hh) == dec(drop), "households decrease")
    init, ay, add, annual, recvr = c.g(r"项目年初预算" + NUM + r"万元，全部为县级财政资金。(\d{4})年1月，省级下达烈属春节慰问补助" + NUM + r"万元，经县财政调整后全年预算" + NUM + r"万元，资金全部到位，到位率" + NUM + r"%")
    c.year_eq(ay, 2024, "补助 issued")
    c.sum_(Amt(annual), [Amt(init), Amt(add)], "全年预算 = 年初 + 补助")
    c.rate(annual, annual, recvr, "到位率 (all received)")
    spent, erate = c.g(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    c.rate(spent, annual, erate, "执行率")
    g = c.g(r"全年发放慰问金" + NUM + r"万元，其中春节慰问每户" + NUM + r"(元|万元)计" + NUM + r"万元、中秋慰问每户" + NUM + r"(元|万元)计" + NUM + r"万元、烈士纪念日慰问每户" + NUM + r"(元|万元)计" + NUM + r"万元，另对" + NUM + r"户重病、困难烈属发放临时慰问救助" + NUM + r"万元")
    paid = g[0]
    c.same(paid, spent, "慰问金 = 支出")
    for i, nm in ((1, "春节"), (4, "中秋"), (7, "烈士纪念日")):
        c.amount_identity(Amt(g[i + 2]), [(dec(hh), Amt(g[i], g[i + 1]))], f"{nm}: 户数 × 标准")
    c.sum_(Amt(paid), [Amt(g[3]), Amt(g[6]), Amt(g[9]), Amt(g[11])], "慰问金 components")
    (hh_avg,) = c.g(r"三次节日慰问户均" + NUM + r"元")
    c.add("average_mismatch", close((dec(g[3]) + dec(g[6]) + dec(g[9])) * 10000 / dec(hh), hh_avg), "户均节日慰问金额")
    bal, by = c.g(r"年末结余" + NUM + r"万元，已于(\d{4})年12月")
    c.amount_identity(Amt(bal), [(D(1), Amt(annual)), (D(-1), Amt(spent))], "结余 = 预算 - 支出", "balance_mismatch")
    c.year_eq(by, 2024, "结余 returned")
    # tables
    md = [[x.strip() for x in l.strip().strip("|").split("|")] for l in t.split("\n") if l.startswith("|")]
    fr = {r[0]: r for r in md if len(r) == 5 and r[0] in ("县级财政资金", "省级补助资金", "其他资金", "合计")}
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(Amt(fr["合计"][col]), [Amt(fr[k][col]) for k in ("县级财政资金", "省级补助资金", "其他资金")], f"funds table {nm} column")
    for k, r in fr.items():
        c.rate(r[3], r[2], r[4].rstrip("%"), f"funds table rate {k}")
    for a, b, m in ((init, fr["合计"][1], "年初"), (init, fr["县级财政资金"][1], "县级年初"), (add, fr["省级补助资金"][2], "省级全年"),
                    (annual, fr["合计"][2], "全年"), (spent, fr["合计"][3], "执行"), (erate, fr["合计"][4].rstrip("%"), "执行率")):
        c.same(a, b, f"text vs funds table {m}")
    rows, total = {}, None
    for r in md:
        if len(r) == 9 and r[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            rows[r[2]] = r
            c.row(r[2], r[3], r[4], r[5], r[6], r[7])
        if len(r) == 9 and r[0] == "合计":
            total = r
    wsum = sum(dec(r[6]) for r in rows.values())
    c.add("weight_sum_mismatch", wsum == dec(total[6]) == HUNDRED, f"weights {wsum} vs {total[6]}")
    ssum = sum(dec(r[7]) for r in rows.values())
    c.add("score_sum_mismatch", close(ssum, total[7]), f"scores {ssum} vs {total[7]}")
    (grade,) = re.fullmatch(r"等级：(.)", total[8]).groups()
    c.add("grade_mismatch", grade_ok(total[7], grade), f"grade {grade} for {total[7]}")
    (ptot,) = c.g(r"本项目自评得分" + NUM + r"分")
    c.same(ptot, total[7], "total text vs table")
    c.same(erate + "%", rows["预算执行率"][4], "执行率 text vs indicator table")
    c.same(hh_avg + "元/户", rows["户均节日慰问金额"][4], "户均 text vs table")
    (paydate,) = c.g(r"春节慰问金于(\d{4}年\d+月\d+日)前全部发放完毕")
    c.same(paydate, rows["春节慰问金发放完成时间"][4], "发放日期")
    vh, town, others = c.g(r"全年走访慰问烈士遗属" + NUM + r"户（柔远镇" + NUM + r"户、其余乡镇" + NUM + r"户）")
    c.add("sum_mismatch", dec(vh) == dec(town) + dec(others), "visited households by town")
    c.same(vh, hh, "visited = all households")
    c.same(vh + "户", rows["走访慰问烈士遗属户数"][4], "visited text vs table")
    (visits,) = c.g(r"开展集中走访" + NUM + r"次")
    c.same(visits + "次", rows["节日集中走访慰问次数"][4], "走访次数")
    (relief,) = c.g(r"为" + NUM + r"户重病、困难烈属发放临时救助")
    c.same(relief, g[10], "临时救助户数 restated")
    (solved,) = c.g(r"实际困难" + NUM + r"件。")
    c.same(solved + "件", rows["帮助烈属解决实际困难"][4], "实际困难件数")
    cards, cardr = c.g(r"全年为" + NUM + r"户烈属发放优待证，覆盖率" + NUM + r"%")
    c.rate(cards, hh, cardr, "优待证覆盖率")
    c.same(cardr + "%", rows["烈属优待证发放覆盖率"][4], "覆盖率 text vs table")
    called, happy, satr = c.g(r"电话回访烈属" + NUM + r"户，表示满意的" + NUM + r"户，满意度" + NUM + r"%")
    c.rate(happy, called, satr, "满意度 from calls")
    c.same(satr + "%", rows["烈属满意度"][4], "满意度 text vs table")
    return c


CHECKERS = {
    "hn-guidong-lieshixiushan-2021": check_guidong,
    "jx-huichang-lingsanmu-2020": check_huichang,
    "ha-xinxian-jinianguan-2022": check_xinxian,
    "sc-wanyuan-yinglie-2023": check_wanyuan,
    "gs-huachi-lieshuweiwen-2024": check_huachi,
}


def count_token(text, tok):
    """occurrences of tok not glued to further digits on a numeric edge."""
    n, i = 0, text.find(tok)
    while i >= 0:
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(tok)] if i + len(tok) < len(text) else ""
        bad = (tok[0].isdigit() and (before.isdigit() or before == ".")) or \
              (tok[-1].isdigit() and (after.isdigit() or after == "."))
        n += 0 if bad else 1
        i = text.find(tok, i + 1)
    return n


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    texts = {}
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            texts[lab["case"]] = fh.read()
    # 1. structure
    counts = {c: 0 for c in CODES}
    edits = {}
    for src, lst in build.EDITS.items():
        for i, e in enumerate(lst, 1):
            edits[f"{src}-e{i}.txt"] = e
    for lab in labels:
        text = texts[lab["case"]]
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {exp['code']}/{exp['severity']}")
        counts[exp["code"]] = counts.get(exp["code"], 0) + 1
        val = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            problems.append(f"{lab['case']}: value not found")
            continue
        if len(occ) != 1:
            problems.append(f"{lab['case']}: value occurs {len(occ)} times")
        clean = texts[f"{lab['source']}-clean.txt"]
        p, q = diff_region(clean, text)
        if not (0 < q - p <= 20 or (q - p == 0 and len(text) != len(clean))):
            problems.append(f"{lab['case']}: diff region [{p},{q}) is empty or too long")
        if not any(o < max(q, p + 1) and p < o + len(val) for o in occ):
            problems.append(f"{lab['case']}: diff region does not overlap the value")
        e = edits[lab["case"]]
        want = 2 if exp["code"] == "conflicting_values" else 1
        n = count_token(clean, e["once"])
        if n != want:
            problems.append(f"{lab['case']}: changed figure {e['once']!r} occurs {n} times in the clean draft (want {want})")
    for code, n in counts.items():
        if n < 2:
            problems.append(f"code {code} used {n} times (< 2)")
    # 2. arithmetic
    for lab in labels:
        text = texts[lab["case"]]
        try:
            res = CHECKERS[lab["source"]](text)
        except AssertionError as ex:
            problems.append(f"{lab['case']}: extraction failed: {ex}")
            continue
        if lab["clean"]:
            for code, sev, msg in res.failed():
                problems.append(f"{lab['case']}: clean draft fails {code} ({sev}): {msg}")
        else:
            want = lab["expected"][0]["code"]
            err = res.failed("error")
            got = {c for c, _, _ in err}
            if want not in got:
                problems.append(f"{lab['case']}: labelled {want} does not fail")
            for code, _, msg in err:
                if code != want:
                    problems.append(f"{lab['case']}: unlabelled {code} fails: {msg}")
    n_checks = len(CHECKERS[labels[0]["source"]](texts[labels[0]["case"]]).items)
    for p in problems:
        print("FAIL", p)
    if problems:
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print(f"{len(labels)} cases, arithmetic redone ({n_checks} checks on the first draft)")
    print("OK")


if __name__ == "__main__":
    main()
