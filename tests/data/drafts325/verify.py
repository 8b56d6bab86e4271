#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every one of the 13 codes of errors.md section A occurs at least twice;
4. the arithmetic of every clean draft is redone from the text: all checks must pass (warnings too);
5. the arithmetic of every error case is redone: the labelled code must fail and no other
   error-level code may fail (scoring-rule warnings are reported but allowed).
Prints OK at the end.
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
WARNING_CODES = {"score_rule_mismatch"}

NUM_RE = re.compile(r"-?\d+(?:\.\d+)?")
SIGNS = "≥≤=＝<>＜＞"


# ---------------------------------------------------------------- numbers
def nstr(s):
    """The first number in s, as written."""
    m = NUM_RE.search(s.replace(",", ""))
    if not m:
        raise ValueError(f"no number in {s!r}")
    return m.group(0)


def val(s):
    return D(nstr(s))


def decimals(s):
    n = nstr(s)
    return len(n.split(".")[1]) if "." in n else 0


def tol(s):
    return D("0.5") * (D(10) ** -decimals(s)) + D("1e-9")


def near(stated, computed):
    return abs(val(stated) - computed) <= tol(stated)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def unit_of(s):
    s = s.strip().lstrip(SIGNS).strip()
    m = NUM_RE.match(s)
    if not m:
        return None
    return s[m.end():].strip()


def is_num(s):
    s = s.strip().lstrip(SIGNS).strip()
    return bool(NUM_RE.match(s))


def direction(target):
    t = target.strip()
    if t[:1] in "≥>＞" or "不低于" in t or "不少于" in t or "以上" in t:
        return "gte"
    if t[:1] in "≤<＜" or "不超过" in t or "以内" in t:
        return "lte"
    return "eq"


GRADES = {"优": "A", "优秀": "A", "良": "B", "良好": "B", "中": "C", "中等": "C", "合格": "C",
          "一般": "C", "差": "D", "较差": "D", "不合格": "D"}


def band(total):
    if total >= 90:
        return "A"
    if total >= 80:
        return "B"
    if total >= 60:
        return "C"
    return "D"


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = []      # (code, msg)
        self.n = 0

    # extraction -------------------------------------------------------
    def one(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise AssertionError(f"{self.name}: pattern {pattern!r} matched {len(ms)} times")
        m = ms[0]
        return m.groups() if len(m.groups()) > 1 else m.group(1)

    def many(self, pattern, flags=0):
        ms = re.findall(pattern, self.t, flags)
        if not ms:
            raise AssertionError(f"{self.name}: pattern {pattern!r} not found")
        return ms

    def line(self, prefix):
        ls = [l for l in self.t.split("\n") if l.startswith(prefix)]
        if len(ls) != 1:
            raise AssertionError(f"{self.name}: line prefix {prefix!r} found {len(ls)} times")
        return ls[0]

    # recording --------------------------------------------------------
    def check(self, code, ok, msg):
        self.n += 1
        if not ok:
            self.fails.append((code, msg))

    # generic identities -----------------------------------------------
    def arith(self, code, stated, inputs, fn, msg, money=None):
        """stated (str) must equal fn(inputs as Decimals) within the stated decimals.
        If it fails but rescaling one money amount by 10^4 / 10^8 reconciles it, the finding is
        unit_mismatch.  `money`: indices of the inputs that are money amounts (None = all, and the
        stated value too); counts and standards given per person are never rescaled."""
        vals = [val(x) for x in inputs]
        c = fn(vals)
        if near(stated, c):
            return self.check(code, True, msg)
        idx = range(len(vals)) if money is None else money
        for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
            if money is None and abs(val(stated) * f - c) <= tol(stated) * f:
                return self.check("unit_mismatch", False, f"{msg}: {stated} rescaled by {f} fits")
            for i in idx:
                v2 = list(vals)
                v2[i] = v2[i] * f
                if v2[i] != vals[i] and near(stated, fn(v2)):
                    return self.check("unit_mismatch", False, f"{msg}: input {inputs[i]} rescaled by {f} fits")
        self.check(code, False, f"{msg}: stated {stated}, computed {c}")

    def total(self, code, stated, parts, msg):
        self.arith(code, stated, parts, lambda v: sum(v, D(0)), msg)

    def same(self, a, b, msg, code="conflicting_values"):
        """The same quantity written twice."""
        ok = abs(val(a) - val(b)) <= max(tol(a), tol(b))
        if not ok:
            for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
                if abs(val(a) * f - val(b)) <= max(tol(a) * f, tol(b)) or \
                        abs(val(b) * f - val(a)) <= max(tol(b) * f, tol(a)):
                    return self.check("unit_mismatch", False, f"{msg}: {a} vs {b} differ by {f}")
        self.check(code, ok, f"{msg}: {a} vs {b}")

    def rate(self, stated, num, den, msg, zero_ok=("", "0", "—", "-")):
        """stated percentage = num / den * 100; on a zero base only a placeholder is allowed."""
        if val(den) == 0:
            self.check("implausible_rate", stated.strip() in zero_ok, f"{msg}: rate {stated!r} on a zero base")
            return
        if not is_num(stated):
            self.check("rate_mismatch", False, f"{msg}: no rate printed on a non-zero base")
            return
        self.check("implausible_rate", val(stated) <= 100, f"{msg}: rate {stated} above 100%")
        self.arith("rate_mismatch", stated, [num, den], lambda v: v[0] / v[1] * 100, msg)

    def pct_range(self, stated, msg):
        self.check("implausible_rate", D(0) <= val(stated) <= 100, f"{msg}: {stated} outside 0-100%")

    def year(self, ok, msg):
        self.check("year_mismatch", ok, msg)

    def grade(self, word, total, msg):
        self.check("grade_mismatch", GRADES.get(word) == band(val(total)), f"{msg}: {word} for {total}")

    def indicator(self, name, target, actual, weight, score, completion=None, w_rule=True):
        """One indicator row: score <= weight, units, completion, scoring rule (warning)."""
        self.check("score_exceeds_weight", D(0) <= val(score) <= val(weight),
                   f"{name}: score {score} vs weight {weight}")
        if not (is_num(target) and is_num(actual)):
            return  # qualitative row
        ut, ua = unit_of(target), unit_of(actual)
        if ut != "" and ut != ua:
            self.check("unit_mismatch", False, f"{name}: target {target} vs actual {actual}")
            return
        self.check("unit_mismatch", True, name)
        if ua == "%" and "变动" not in name:
            self.pct_range(actual, f"{name} actual")
        T, A = val(target), val(actual)
        d = direction(target)
        if d == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if completion is not None and completion not in ("", "—"):
            self.check("completion_mismatch", near(completion, comp),
                       f"{name}: completion {completion}, computed {r2(comp)}")
        if w_rule:
            w = val(weight)
            exp = w * min(D(1), comp / 100)
            self.check("score_rule_mismatch", near(score, exp), f"{name}: score {score}, rule gives {r2(exp)}")


# ---------------------------------------------------------------- layouts
def cell_rows(text):
    """Word/PDF table copied one cell per line (tab-indented), blank line between rows."""
    rows = []
    for seg in text.split("\n\n"):
        lines = seg.split("\n")
        while lines and lines[-1] == "":
            lines.pop()
        if lines and all(l.startswith("\t") for l in lines):
            rows.append([l[1:] for l in lines])
    return rows


def rows_between(text, start_prefix, end_prefix, sep):
    lines = text.split("\n")
    i = [k for k, l in enumerate(lines) if l.startswith(start_prefix)]
    assert len(i) == 1, start_prefix
    out = []
    for l in lines[i[0] + 1:]:
        if l.startswith(end_prefix):
            return out, l.split(sep)
        out.append(l.split(sep))
    raise AssertionError(f"no end line {end_prefix!r}")


# ---------------------------------------------------------------- project 1: Shanxi (cells per line)
def p_pianguan(c):
    Y = 2021
    rows = cell_rows(c.t)
    funds = {r[1][:3]: [x if x else "0" for x in r[2:]] for r in rows if len(r) == 10 and r[1][:1] == "("}
    assert sorted(funds) == ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"], sorted(funds)
    cols = ["总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)"]:
        r = funds[k]
        c.total("sum_mismatch", r[0], [r[1], r[6], r[7]], f"row {k} total = 小计 + 结转 + 其他")
        c.total("sum_mismatch", r[1], r[2:6], f"row {k} 小计 = 中央+省+市+县")
    for j, col in enumerate(cols):
        c.arith("balance_mismatch", funds["(5)"][j], [funds["(3)"][j], funds["(4)"][j]],
                lambda v: v[0] - v[1], f"(5)=(3)-(4) {col}")
        c.rate(funds["(6)"][j], funds["(3)"][j], funds["(2)"][j], f"(6)=(3)/(2) {col}")
        c.rate(funds["(7)"][j], funds["(4)"][j], funds["(2)"][j], f"(7)=(4)/(2) {col}")
    # prose
    iy, init = c.one(r"\n(\d{4})年县财政年初安排本项目(\d+(?:\.\d+)?)万元")
    c.year(int(iy) == Y, "budget year")
    prov = c.one(r"青少年业余训练补助(\d+(?:\.\d+)?)万元")
    cy, carry = c.one(r"连同(\d{4})年结转的(\d+(?:\.\d+)?)万元")
    annual = c.one(r"全年预算资金(\d+(?:\.\d+)?)万元")
    c.same(init, funds["(1)"][0], "年初 prose vs table")
    c.same(prov, funds["(2)"][3], "省级 prose vs table")
    c.same(carry, funds["(2)"][6], "结转 prose vs table")
    c.same(annual, funds["(2)"][0], "全年预算 prose vs table")
    c.total("sum_mismatch", annual, [init, prov, carry], "全年 = 年初 + 省级 + 结转")
    c.year(int(cy) == Y - 1, "incoming carry-over year")
    c.check("rate_mismatch", val(funds["(3)"][0]) == val(funds["(2)"][0]), "当年全部到位 => 到位 = 全年预算")
    spent = c.one(r"全年执行(\d+(?:\.\d+)?)万元，其中")
    c.same(spent, funds["(4)"][0], "执行 prose vs table")
    parts = c.one(r"运动员伙食补助(\d+(?:\.\d+)?)(万元|元)、教练员训练补贴(\d+(?:\.\d+)?)万元、比赛经费(\d+(?:\.\d+)?)万元、训练器材购置及场地维护(\d+(?:\.\d+)?)万元")
    c.total("sum_mismatch", spent, [parts[0], parts[2], parts[3], parts[4]], "执行 breakdown")
    prate = c.one(r"全年预算执行率(\d+(?:\.\d+)?)%")
    c.same(prate, funds["(7)"][0], "执行率 prose vs table")
    c.rate(prate, spent, annual, "执行率 prose")
    out_y = c.one(r"已结转至(\d{4})年继续使用")
    c.year(int(out_y) > Y, "carry-over goes to a later year")
    c.year(int(c.one(r"\n(\d{4})年度业余体校运行经费项目支出绩效自评报告")) == Y, "title year")
    c.year(int(c.one(r"项目实施期：(\d{4})年")) == Y, "implementation year")
    c.year(int(c.one(r"\n(\d{4})年\d+月\d+日\n")) in (Y, Y + 1), "report date")
    a = c.one(r"在训运动员分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，合计(\d+)人，平均每个项目(\d+(?:\.\d+)?)人")
    c.arith("sum_mismatch", a[4], list(a[:4]), lambda v: sum(v, D(0)), "athletes per sport", money=())
    c.arith("average_mismatch", a[5], list(a[:4]), lambda v: sum(v, D(0)) / len(v), "average per sport", money=())
    coaches = c.one(r"在编教练员(\d+)名、外聘教练员(\d+)名")
    ca = c.one(r"(\d+)名教练员训练补贴共(\d+(?:\.\d+)?)万元，人均(\d+(?:\.\d+)?)万元")
    c.total("sum_mismatch", ca[0], list(coaches), "coaches")
    c.same(ca[1], parts[2], "教练员训练补贴 twice")
    c.arith("average_mismatch", ca[2], [ca[1], ca[0]], lambda v: v[0] / v[1], "补贴 per coach")
    # indicator table
    ind = [r for r in rows if len(r) == 9 and is_num(r[3]) and r[0] != "合计"]
    tot = [r for r in rows if len(r) == 9 and r[0] == "合计"]
    assert len(tot) == 1 and len(ind) == 9, (len(ind), len(tot))
    tot = tot[0]
    byname = {r[2]: r for r in ind}
    for r in ind:
        name, w, t, a_, comp, s = r[2], r[3], r[4], r[5], r[6], r[7]
        c.indicator(name, t, a_, w, s, comp)
    c.total("weight_sum_mismatch", tot[3], [r[3] for r in ind], "Σ weights")
    c.check("weight_sum_mismatch", val(tot[3]) == 100, "weights total 100")
    c.total("score_sum_mismatch", tot[7], [r[7] for r in ind], "Σ scores")
    ex = byname["预算执行率"]
    c.same(ex[5], funds["(7)"][0], "执行率 附件1 vs funds table")
    c.same(c.one(r"每人每天(\d+)元"), byname["运动员伙食补助标准"][5], "伙食补助标准")
    c.same(a[4], byname["在训运动员人数"][5], "在训人数")
    tr = c.one(r"输送运动员(\d+)人，比目标少(\d+)人")
    c.same(tr[0], byname["向上级运动队输送运动员"][5], "输送")
    c.arith("sum_mismatch", tr[1], [byname["向上级运动队输送运动员"][4], tr[0]], lambda v: v[0] - v[1], "shortfall")
    c.same(c.one(r"获得奖牌(\d+)枚"), byname["市级以上比赛获得奖牌"][5], "奖牌")
    c.same(c.one(r"新增国家二级运动员(\d+)人"), byname["新增国家二级运动员"][5], "二级运动员")
    g = c.one(r"在训运动员不少于(\d+)人，全年组织和参加市级以上比赛不少于(\d+)次，向上级运动队输送运动员不少于(\d+)人，伙食补助按月足额发放，学员和家长满意度不低于(\d+)%")
    for x, nm in zip(g, ["在训运动员人数", "组织参加市级以上比赛次数", "向上级运动队输送运动员", "学员及家长满意度"]):
        c.same(x, byname[nm][4], f"target {nm} goal text vs table")
    sat = c.one(r"满意度为(\d+(?:\.\d+)?)%")
    c.pct_range(sat, "满意度 prose")
    c.pct_range(byname["学员及家长满意度"][5], "满意度 table")
    c.same(sat, byname["学员及家长满意度"][5], "满意度")
    ptot, pgrade = c.one(r"自评得分(\d+(?:\.\d+)?)分，等级为\"(\S+?)\"")
    c.same(ptot, tot[7], "total prose vs table")
    c.grade(pgrade, ptot, "grade")


# ---------------------------------------------------------------- project 2: Hunan (tab-separated)
def p_xinhuang(c):
    Y = 2022
    F = {}
    for key, pre in [("total", "\t年度资金总额\t"), ("fiscal", "\t其中：当年财政拨款\t"),
                     ("carry", "\t上年结转资金\t"), ("other", "\t其他资金\t")]:
        F[key] = c.line(pre).split("\t")[2:]
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total("sum_mismatch", F["total"][j], [F["fiscal"][j], F["carry"][j], F["other"][j]], f"funds {col}")
    for key in F:
        c.rate(F[key][4], F[key][2], F[key][1], f"执行率 {key}")
    c.check("score_exceeds_weight", val(F["total"][5]) <= val(F["total"][3]), "execution score <= 10")
    c.check("score_rule_mismatch", near(F["total"][5], val(F["total"][3]) * min(D(1), val(F["total"][2]) / val(F["total"][1]))),
            "execution score rule")
    init = c.one(r"年初安排本项目预算(\d+(?:\.\d+)?)万元")
    add = c.one(r"县财政追加(\d+(?:\.\d+)?)万元")
    cy, carry = c.one(r"加上(\d{4})年结转的(\d+(?:\.\d+)?)万元")
    annual = c.one(r"全年预算资金(\d+(?:\.\d+)?)万元")
    c.same(init, F["total"][0], "年初")
    c.same(carry, F["carry"][1], "结转")
    c.same(annual, F["total"][1], "全年预算")
    c.total("sum_mismatch", annual, [init, add, carry], "全年 = 年初 + 追加 + 结转")
    c.total("sum_mismatch", F["fiscal"][1], [init, add], "当年财政拨款 = 年初 + 追加")
    c.year(int(cy) == Y - 1, "carry-over in from last year")
    c.check("rate_mismatch", c.one(r"到位率(\d+)%") == "100", "资金全部到位 => 100%")
    spent, prate = c.one(r"实际支出(\d+(?:\.\d+)?)万元，预算执行率(\d+(?:\.\d+)?)%")
    c.same(spent, F["total"][2], "执行")
    c.same(prate, F["total"][4], "执行率")
    c.rate(prate, spent, annual, "执行率 prose")
    b = c.one(r"学员训练补助(\d+(?:\.\d+)?)万元；教练员训练津贴(\d+(?:\.\d+)?)万元，按(\d+)名教练员每人每月(\d+)元、全年(\d+)个月发放；比赛经费(\d+(?:\.\d+)?)万元；训练器材购置(\d+(?:\.\d+)?)万元")
    c.total("sum_mismatch", spent, [b[0], b[1], b[5], b[6]], "支出 breakdown")
    c.arith("sum_mismatch", b[1], [b[2], b[3], b[4]], lambda v: v[0] * v[1] * v[2] / 10000, "津贴 = 人数×标准×月数")
    bal = c.one(r"未支出的(\d+(?:\.\d+)?)(?:万元|元)")
    c.arith("balance_mismatch", bal, [annual, spent], lambda v: v[0] - v[1], "结余")
    c.year(int(c.one(r"已按规定结转(\d{4})年使用")) > Y, "carry-over forward")
    c.year(int(c.one(r"\n(\d{4})年度青少年体育后备人才培养经费项目支出绩效自评报告")) == Y, "title")
    c.year(int(c.one(r"关于开展(\d{4})年度项目支出绩效自评")) == Y, "notice year")
    c.year(int(c.one(r"（(\d{4})年度）")) == Y, "table year")
    c.year(int(c.one(r"\n(\d{4})年\d+月\d+日\n")) in (Y, Y + 1), "report date")
    rows, tot = rows_between(c.t, "绩效指标\t", "总分", "\t")
    byname = {}
    for r in rows:
        name, t, a, w, s = r[3], r[4], r[5], r[6], r[7]
        byname[name] = r
        c.indicator(name, t, a, w, s)
    c.total("weight_sum_mismatch", tot[6], [F["total"][3]] + [r[6] for r in rows], "Σ weights")
    c.check("weight_sum_mismatch", val(tot[6]) == 100, "weights total 100")
    c.total("score_sum_mismatch", tot[7], [F["total"][5]] + [r[7] for r in rows], "Σ scores")
    c.grade(c.one(r"综合评价等级为\"(\S+?)\""), tot[7], "grade")
    st = c.one(r"全年在训学员(\d+)人，较(\d{4})年的(\d+)人增加(\d+)人")
    c.arith("sum_mismatch", st[3], [st[0], st[2]], lambda v: v[0] - v[1], "增加人数")
    c.same(st[0], byname["业余训练在训学员"][5], "在训学员")
    c.same(c.one(r"在训学员(\d+)人，输送"), byname["业余训练在训学员"][5], "在训学员 (目标表)")
    for x in c.many(r"输送人才(\d+)人"):
        c.same(x, byname["向市级以上运动队输送人才"][5], "输送人才")
    c.same(c.one(r"组织县级青少年比赛(\d+)场，"), byname["组织县级青少年比赛"][5], "县级比赛场次")
    c.same(c.one(r"学员获奖(\d+)人次"), byname["市级以上比赛获奖"][5], "获奖人次")
    nq = c.one(r"新增国家二级运动员(\d+)人，比目标少(\d+)人")
    c.same(nq[0], byname["新增国家二级运动员"][5], "二级运动员")
    c.arith("sum_mismatch", nq[1], [byname["新增国家二级运动员"][4], nq[0]], lambda v: v[0] - v[1], "shortfall")
    sat = c.one(r"学员及家长满意度为(\d+(?:\.\d+)?)%")
    c.pct_range(sat, "满意度")
    c.same(sat, byname["学员及家长满意度"][5], "满意度")
    g = c.one(r"在训学员(\d+)人以上，开设(\d+)个以上训练项目，组织县级青少年比赛不少于(\d+)场，向市级以上运动队输送人才不少于(\d+)人，学员及家长满意度达到(\d+)%以上")
    for x, nm in zip(g, ["业余训练在训学员", "开设训练项目", "组织县级青少年比赛", "向市级以上运动队输送人才", "学员及家长满意度"]):
        c.same(x, byname[nm][4], f"target {nm}: goal text vs table")
    c.same(c.one(r"其中专职教练员(\d+)名"), b[2], "教练员人数")
    c.same(c.one(r"游泳(\d+)个项目"), byname["开设训练项目"][5], "训练项目数")
    c.same(c.one(r"\t(\d+)个项目常年训练"), byname["开设训练项目"][5], "训练项目数 (目标表)")
    for y in [c.one(r"\n(\d{4})年县财政年初安排"), c.one(r"\n(\d{4})年项目实际支出"), c.one(r"我校对(\d{4})年度青少年")]:
        c.year(int(y) == Y, "evaluation year in the text")
    c.arith("average_mismatch", byname["学员人均年训练补助"][5], [b[0], st[0]],
            lambda v: v[0] * 10000 / v[1], "人均训练补助 (元)")


# ---------------------------------------------------------------- project 3: Sichuan (PDF, single spaces)
def p_ebian(c):
    Y = 2023
    F = {}
    for key, pre in [("total", "年度资金总额 "), ("fiscal", "其中：财政资金 "), ("special", "财政专户管理资金 "),
                     ("unit", "单位资金 "), ("other", "其他资金 ")]:
        F[key] = c.line(pre).split(" ")[1:]
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.total("sum_mismatch", F["total"][j], [F[k][j] for k in ("fiscal", "special", "unit", "other")], f"funds {col}")
    for key in F:
        c.rate(F[key][4], F[key][2], F[key][1], f"执行率 {key}")
    c.check("score_exceeds_weight", val(F["total"][5]) <= val(F["total"][3]), "execution score")
    c.check("score_rule_mismatch", near(F["total"][5], val(F["total"][3]) * min(D(1), val(F["total"][2]) / val(F["total"][1]))),
            "execution score rule")
    init = c.one(r"年初批复本项目预算(\d+(?:\.\d+)?)万元")
    prov = c.one(r"省级下达体育传统特色学校补助资金(\d+(?:\.\d+)?)万元")
    annual = c.one(r"全年预算调整为(\d+(?:\.\d+)?)万元")
    c.same(init, F["total"][0], "年初")
    c.same(annual, F["total"][1], "全年预算")
    c.total("sum_mismatch", annual, [init, prov], "全年 = 年初 + 省级")
    rec, rrate = c.one(r"全年到位(\d+(?:\.\d+)?)万元，到位率(\d+(?:\.\d+)?)%")
    c.rate(rrate, rec, annual, "到位率")
    spent, prate = c.one(r"全年实际支出(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    c.same(spent, F["total"][2], "执行")
    c.same(prate, F["total"][4], "执行率")
    c.rate(prate, spent, annual, "执行率 prose")
    ps, pr = c.one(r"省级补助执行(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    cs, cr = c.one(r"县级资金执行(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    c.rate(pr, ps, prov, "省级执行率")
    c.rate(cr, cs, init, "县级执行率")
    c.total("sum_mismatch", spent, [ps, cs], "省级 + 县级 = 执行")
    b = c.one(r"体育传统特色学校建设补助(\d+(?:\.\d+)?)万元、校园体育竞赛经费(\d+(?:\.\d+)?)万元、体育教师课余训练津贴(\d+(?:\.\d+)?)万元、体育器材补充(\d+(?:\.\d+)?)万元")
    c.total("sum_mismatch", spent, list(b), "支出 breakdown")
    n_all = c.one(r"认定体育传统特色学校(\d+)所，其中")
    n = c.one(r"其中省级(\d+)所、市级(\d+)所、县级(\d+)所")
    c.arith("sum_mismatch", n_all, list(n), lambda v: sum(v, D(0)), "schools by level", money=())
    s = c.one(r"省级每所(\d+(?:\.\d+)?)万元、市级每所(\d+(?:\.\d+)?)万元、县级每所(\d+(?:\.\d+)?)万元，(\d+)所学校平均每所(\d+(?:\.\d+)?)万元")
    c.arith("sum_mismatch", b[0], list(n) + list(s[:3]),
            lambda v: v[0] * v[3] + v[1] * v[4] + v[2] * v[5], "补助 = Σ 所数×标准")
    c.same(s[3], n_all, "school count")
    c.arith("average_mismatch", s[4], list(n) + list(s[:3]),
            lambda v: (v[0] * v[3] + v[1] * v[4] + v[2] * v[5]) / (v[0] + v[1] + v[2]), "average per school", money=())
    t = c.one(r"全县(\d+)名带训体育教师每人每月(\d+)元、全年(\d+)个月")
    c.arith("sum_mismatch", b[2], list(t), lambda v: v[0] * v[1] * v[2] / 10000, "津贴 = 人数×标准×月数")
    bal = c.one(r"未支出的(\d+(?:\.\d+)?)万元")
    c.arith("balance_mismatch", bal, [annual, spent], lambda v: v[0] - v[1], "未支出")
    c.year(int(c.one(r"资金结转至(\d{4})年使用")) > Y, "carry-over forward")
    for y in c.many(r"教育局(\d{4})年度项目支出绩效自评报告"):
        c.year(int(y) == Y, "running header year")
    c.year(int(c.one(r"\n(\d{4})年度峨边彝族自治县教育局项目支出")) == Y, "title")
    c.year(int(c.one(r"(\d{4})年县财政年初批复")) == Y, "budget year")
    c.year(int(c.one(r"（(\d{4})年度）")) == Y, "table year")
    c.year(int(c.one(r"\n(\d{4})年\d+月\d+日\n")) in (Y, Y + 1), "report date")
    rows, tot = rows_between(c.t, "绩效指标 一级指标", "总分 ", " ")
    byname = {}
    ws, ss = [], []
    for r in rows:
        k = [i for i, x in enumerate(r) if x in ("≥", "≤", "=", "＝")][0]
        name, sign, tv, unit, a, w, sc = r[k - 1], r[k], r[k + 1], r[k + 2], r[k + 3], r[k + 4], r[k + 5]
        byname[name] = (tv, a)
        ws.append(w)
        ss.append(sc)
        c.check("unit_mismatch", is_num(a) and unit_of(a) == "", f"{name}: actual {a} in unit {unit}")
        if unit == "%" and is_num(a):
            c.pct_range(a, f"{name} actual")
        c.indicator(name, sign + tv, a, w, sc)
    c.total("weight_sum_mismatch", tot[1], [F["total"][3]] + ws, "Σ weights")
    c.check("weight_sum_mismatch", val(tot[1]) == 100, "weights total 100")
    c.total("score_sum_mismatch", tot[2], [F["total"][5]] + ss, "Σ scores")
    ptot = c.one(r"自评得分(\d+(?:\.\d+)?)分")
    c.same(ptot, tot[2], "total prose vs table")
    c.grade(c.one(r"评价等级为\"(\S+?)\""), ptot, "grade")
    pa, pc = c.one(r"参赛学生(\d+)人次，完成率(\d+(?:\.\d+)?)%")
    c.same(pa, byname["参赛学生人次"][1], "参赛人次")
    c.check("completion_mismatch", near(pc, val(pa) / val(byname["参赛学生人次"][0]) * 100), "参赛人次 completion prose")
    c.same(c.one(r"比赛等(\d+)场次"), byname["举办县级青少年体育赛事"][1], "赛事场次")
    g = c.one(r"对(\d+)所体育传统特色学校给予建设补助，全年举办县级青少年体育赛事不少于(\d+)场次、参赛学生不少于(\d+)人次，特色学校课余训练开展率不低于(\d+)%，学生体质健康测试达标率达到(\d+)%以上")
    for x, nm in zip(g, ["支持体育传统特色学校数量", "举办县级青少年体育赛事", "参赛学生人次", "特色学校课余训练开展率", "学生体质健康测试达标率"]):
        c.same(x, byname[nm][0], f"target {nm}: goal text vs table")
    gt = c.one(r"\n补助(\d+)所特色学校，举办县级赛事不少于(\d+)场次，学生体质达标率(\d+)%以上 (\d+)所学校补助全部拨付，举办赛事(\d+)场次，体质达标率(\d+(?:\.\d+)?)%\n")
    for x, nm, k in [(gt[0], "支持体育传统特色学校数量", 0), (gt[1], "举办县级青少年体育赛事", 0), (gt[2], "学生体质健康测试达标率", 0),
                     (gt[3], "支持体育传统特色学校数量", 1), (gt[4], "举办县级青少年体育赛事", 1), (gt[5], "学生体质健康测试达标率", 1)]:
        c.same(x, byname[nm][k], f"{nm}: 年度总体目标 vs indicator row")
    c.same(c.one(r"全年完成(\d+)所特色学校补助拨付"), byname["支持体育传统特色学校数量"][1], "schools paid")
    c.same(n_all, byname["支持体育传统特色学校数量"][1], "schools recognised vs supported")
    h = c.one(r"达标率(\d+(?:\.\d+)?)%，较上年的(\d+(?:\.\d+)?)%提高(\d+(?:\.\d+)?)个百分点")
    c.same(h[0], byname["学生体质健康测试达标率"][1], "体质达标率")
    c.pct_range(h[0], "体质达标率")
    c.arith("sum_mismatch", h[2], [h[0], h[1]], lambda v: v[0] - v[1], "百分点 difference")


# ---------------------------------------------------------------- project 4: Hubei (web page, tab)
def p_hefeng(c):
    Y = 2020
    lines = c.t.split("\n")
    k = [i for i, l in enumerate(lines) if l.startswith("预算执行情况（20分）\t")]
    assert len(k) == 1
    fr = lines[k[0] + 1].split("\t")[1:]
    budget, spent, rate, fw, fs = fr
    c.rate(rate, spent, budget, "执行率 table")
    c.check("score_exceeds_weight", val(fs) <= val(fw), "execution score")
    c.check("score_rule_mismatch", near(fs, val(fw) * min(D(1), val(spent) / val(budget))), "20 × 执行率")
    pb = c.one(r"批复项目预算(\d+(?:\.\d+)?)万元，其中教练员津贴(\d+(?:\.\d+)?)万元、比赛经费(\d+(?:\.\d+)?)万元")
    c.same(pb[0], budget, "预算")
    c.total("sum_mismatch", pb[0], list(pb[1:]), "预算 breakdown")
    ps, pr = c.one(r"全年执行(\d+(?:\.\d+)?)万元，预算执行率(\d+(?:\.\d+)?)%")
    c.same(ps, spent, "执行")
    c.same(pr, rate, "执行率")
    c.rate(pr, ps, pb[0], "执行率 prose")
    js, jr = c.one(r"教练员津贴执行(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    bs, br = c.one(r"比赛经费执行(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    c.rate(jr, js, pb[1], "津贴执行率")
    c.rate(br, bs, pb[2], "比赛经费执行率")
    c.total("sum_mismatch", ps, [js, bs], "执行 = 津贴 + 比赛")
    bal = c.one(r"年末项目结余(\d+(?:\.\d+)?)万元")
    c.arith("balance_mismatch", bal, [pb[0], ps], lambda v: v[0] - v[1], "结余")
    n, avg = c.one(r"(\d+)名教练员津贴按月足额发放，人均全年(\d+(?:\.\d+)?)万元")
    staff = c.one(r"教练员中在编(\d+)人、聘用(\d+)人")
    c.arith("sum_mismatch", n, list(staff), lambda v: sum(v, D(0)), "在编 + 聘用 = 教练员", money=())
    c.arith("average_mismatch", avg, [js, n], lambda v: v[0] / v[1], "人均津贴")
    std = c.one(r"按每人每月(\d+)元标准")
    c.arith("sum_mismatch", pb[1], [n, std], lambda v: v[0] * v[1] * 12 / 10000, "津贴 = 人数×标准×12")
    ce = c.one(r"比赛经费支出(\d+(?:\.\d+)?)万元，参赛学员(\d+)人次，人均(\d+)元")
    c.same(ce[0], bs, "比赛经费支出")
    c.arith("average_mismatch", ce[2], [ce[0], ce[1]], lambda v: v[0] * 10000 / v[1], "参赛人均成本")
    for y in [c.one(r"鹤峰县文化和旅游局(\d{4})年度业余体校"), c.one(r"\n(\d{4})年县财政批复项目预算"),
              c.one(r"关于开展(\d{4})年度项目支出绩效自评"), c.one(r"鹤峰县(\d{4})年度项目支出绩效自评表"),
              c.one(r"\n年度\t(\d{4})年")]:
        c.year(int(y) == Y, "evaluation year")
    c.year(int(c.one(r"发布时间：(\d{4})-")) in (Y, Y + 1), "publication date")
    rows, tot = rows_between(c.t, "年度目标\t一级指标", "合计", "\t")
    blocks = []
    byname = {}
    for r in rows:
        if r[0]:
            blocks.append([c_ for c_ in [re.search(r"（(\d+)分）", r[0]).group(1)]] + [[]])
        blocks[-1][1].append(r[6])
        name, t, a, w, s = r[3], r[4], r[5], r[6], r[7]
        byname[name] = r
        c.indicator(name, t, a, w, s)
    for bw, wl in blocks:
        c.total("weight_sum_mismatch", bw, wl, "block weight")
    c.total("weight_sum_mismatch", tot[6], [fw] + [r[6] for r in rows], "Σ weights")
    c.check("weight_sum_mismatch", val(tot[6]) == 100, "weights total 100")
    c.total("weight_sum_mismatch", "100", [fw] + [b[0] for b in blocks], "20 + blocks = 100")
    c.total("score_sum_mismatch", tot[7], [fs] + [r[7] for r in rows], "Σ scores")
    c.grade(c.one(r"综合评价等级为\"(\S+?)\""), tot[7], "grade")
    c.same(std, byname["津贴发放标准"][5], "津贴标准")
    c.same(n, byname["享受津贴教练员人数"][5], "教练员人数")
    c.same(c.one(r"乒乓球比赛(\d+)场"), byname["组织县级青少年比赛"][5], "县级比赛")
    c.same(c.one(r"组队参加州级以上比赛(\d+)次"), byname["参加州级以上比赛"][5], "州级以上比赛")
    c.same(ce[2], byname["参赛人均成本"][5], "人均成本")
    c.same(c.one(r"获得奖牌(\d+)枚"), byname["获州级以上比赛奖牌"][5], "奖牌")
    g = c.one(r"组织县级青少年比赛不少于(\d+)场，参加州级以上比赛不少于(\d+)次，参赛人均成本控制在(\d+)元以内；获州级以上比赛奖牌不少于(\d+)枚，学员及家长满意度达到(\d+)%以上")
    for x, nm in zip(g, ["组织县级青少年比赛", "参加州级以上比赛", "参赛人均成本", "获州级以上比赛奖牌", "学员及家长满意度"]):
        c.same(x, byname[nm][4], f"target {nm}: goal text vs table")
    c.same(c.one(r"发放及时率(\d+)%"), byname["津贴按月发放率"][5], "发放率")
    e20, e80 = c.one(r"采用预算执行占(\d+)分、按年度目标分块设置绩效指标占(\d+)分")
    c.same(e20, fw, "execution weight text vs table")
    c.total("weight_sum_mismatch", e80, [b[0] for b in blocks], "blocks = 80 as described")
    s1 = c.one(r"有效问卷约\d+份，满意度(\d+(?:\.\d+)?)%")
    c.same(s1, byname["学员及家长满意度"][5], "学员满意度")
    c.pct_range(s1, "学员满意度")
    c.pct_range(c.one(r"津贴发放工作满意度调查，满意度为(\d+(?:\.\d+)?)%"), "教练员满意度")


# ---------------------------------------------------------------- project 5: Guangxi department-wide (｜ cells)
def p_xilin(c):
    Y = 2019
    hdr = c.one(r"\n项目｜(\d{4})年决算数｜(\d{4})年年初预算数｜(\d{4})年调整后预算数｜(\d{4})年决算数｜执行率")
    c.year(int(hdr[0]) == Y - 1, "comparison column is last year")
    for y in hdr[1:]:
        c.year(int(y) == Y, "funds table column year")
    F = {}
    for key, pat in [("total", r"\n(合计｜\d[^\n]*)"), ("basic", r"\n(一、基本支出｜[^\n]*)"),
                     ("staff", r"\n(其中：人员经费｜[^\n]*)"), ("public", r"\n(公用经费｜[^\n]*)"),
                     ("project", r"\n(二、项目支出｜[^\n]*)")]:
        F[key] = c.one(pat).split("｜")[1:]
    for j in range(4):
        c.total("sum_mismatch", F["total"][j], [F["basic"][j], F["project"][j]], f"合计 col {j}")
        c.total("sum_mismatch", F["basic"][j], [F["staff"][j], F["public"][j]], f"基本支出 col {j}")
    for key in F:
        c.rate(F[key][4], F[key][3], F[key][2], f"执行率 {key}")
    init, add, adj = c.one(r"年初预算(\d+(?:\.\d+)?)万元，年中追加(\d+(?:\.\d+)?)万元，调整后预算(\d+(?:\.\d+)?)万元")
    c.year(int(c.one(r"(\d{4})年我校年初预算")) == Y, "budget year")
    c.same(init, F["total"][1], "年初")
    c.same(adj, F["total"][2], "调整后")
    c.total("sum_mismatch", adj, [init, add], "调整后 = 年初 + 追加")
    adv = c.one(r"于(\d{4})年(\d+)月提前下达的(\d{4})年")
    c.year(int(adv[0]) == Y - 1 and adv[1] == "12" and int(adv[2]) == Y, "advance issued in December before")
    ps, pr = c.one(r"全年实际支出(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    c.same(ps, F["total"][3], "支出")
    c.same(pr, F["total"][4], "执行率")
    b = c.one(r"业余训练经费(\d+(?:\.\d+)?)万元、比赛经费(\d+(?:\.\d+)?)万元、教练员津贴(\d+(?:\.\d+)?)万元、体育传统项目学校扶持(\d+(?:\.\d+)?)万元")
    c.total("sum_mismatch", F["project"][3], list(b), "项目支出 breakdown")
    cn, cstd = c.one(r"按(\d+)名教练员每人每月(\d+)元")
    c.arith("sum_mismatch", b[2], [cn, cstd], lambda v: v[0] * v[1] * 12 / 10000, "津贴")
    bal = c.one(r"年末结余结转(\d+(?:\.\d+)?)万元，其中比赛经费(\d+(?:\.\d+)?)万元、体育传统项目学校扶持(\d+(?:\.\d+)?)万元，已结转至(\d{4})年")
    c.arith("balance_mismatch", bal[0], [adj, ps], lambda v: v[0] - v[1], "结余结转")
    c.total("sum_mismatch", bal[0], list(bal[1:3]), "结转 breakdown")
    c.year(int(bal[3]) > Y, "carry-over forward")
    sg = c.one(r"\"三公\"经费全年支出(\d+(?:\.\d+)?)万元，全部为公务用车运行维护费，比年度预算(\d+(?:\.\d+)?)万元减少(\d+(?:\.\d+)?)万元，比(\d{4})年的(\d+(?:\.\d+)?)万元下降(\d+(?:\.\d+)?)%")
    c.arith("sum_mismatch", sg[2], [sg[1], sg[0]], lambda v: v[0] - v[1], "三公 减少")
    c.year(int(sg[3]) == Y - 1, "三公 comparison year")
    c.arith("rate_mismatch", sg[5], [sg[4], sg[0]], lambda v: (v[0] - v[1]) / v[0] * 100, "三公 下降率")
    sch = c.one(r"(\d+)所体育传统项目学校的扶持资金按每所(\d+(?:\.\d+)?)万元安排，年内先拨付每所(\d+(?:\.\d+)?)万元")
    c.arith("sum_mismatch", b[3], [sch[0], sch[2]], lambda v: v[0] * v[1], "扶持 paid")
    c.arith("sum_mismatch", bal[2], list(sch), lambda v: v[0] * (v[1] - v[2]), "扶持 remaining")
    ncomp, men, avg = c.one(r"参加自治区级以上比赛(\d+)次，共派出运动员(\d+)人次，平均每次(\d+(?:\.\d+)?)人次")
    c.arith("average_mismatch", avg, [men, ncomp], lambda v: v[0] / v[1], "人次 per competition", money=())
    tr, trt = c.one(r"输送优秀运动员(\d+)人，未完成(\d+)人的目标")
    medals = c.one(r"获得奖牌(\d+)枚")
    sat = c.one(r"满意度为(\d+(?:\.\d+)?)%")
    c.pct_range(sat, "满意度")
    fm, *ps3 = c.one(r"满分均为(\d+)分）.{0,3}自评得分分别为(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分和(\d+(?:\.\d+)?)分")
    for x in ps3:
        c.check("score_exceeds_weight", D(0) <= val(x) <= val(fm), f"project score {x} vs full mark {fm}")
    ptot, pg = c.one(r"自评得分(\d+(?:\.\d+)?)分，等级为\"(\S+?)\"")
    athletes = c.one(r"在训运动员(\d+)人（(\d{4})年为\d+人）")
    staff = c.one(r"核定事业编制(\d+)名，年末实有在编人员(\d+)人")
    rows, tot = rows_between(c.t, "一级指标｜二级指标", "合计｜｜", "｜")
    byname = {}
    for r in rows:
        l1, l2, name, w, t, a, comp, s = r
        byname[name] = r
        c.indicator(name, t, a, w, s, comp, w_rule=(name != "预算执行率"))
    c.total("weight_sum_mismatch", tot[3], [r[3] for r in rows], "Σ weights")
    c.check("weight_sum_mismatch", val(tot[3]) == 100, "weights total 100")
    c.total("score_sum_mismatch", tot[7], [r[7] for r in rows], "Σ scores")
    c.same(ptot, tot[7], "total prose vs table")
    c.grade(pg, ptot, "grade")
    ex = byname["预算执行率"]
    c.same(ex[5], F["total"][4], "执行率 indicator vs funds table")
    c.check("score_rule_mismatch", near(ex[7], val(ex[3]) * val(F["total"][3]) / val(F["total"][2])), "execution score")
    c.rate(byname["在职人员控制率"][5], staff[1], staff[0], "在职人员控制率")
    c.rate(byname["重点支出安排率"][5], F["project"][2], F["total"][2], "重点支出安排率")
    c.rate(byname["结转结余率"][5], bal[0], adj, "结转结余率")
    c.rate(byname["\"三公经费\"控制率"][5], sg[0], sg[1], "三公控制率")
    c.same(byname["\"三公经费\"变动率"][5].lstrip("-"), sg[5], "三公变动率 vs prose 下降")
    c.same(athletes[0], byname["在训运动员人数"][5], "在训人数")
    c.year(int(athletes[1]) == Y - 1, "last-year comparison")
    c.same(ncomp, byname["参加自治区级以上比赛"][5], "比赛次数")
    c.same(tr, byname["输送优秀运动员"][5], "输送")
    c.same(trt, byname["输送优秀运动员"][4], "输送目标")
    c.same(medals, byname["获自治区级以上比赛奖牌"][5], "奖牌")
    c.same(sat, byname["学员及家长满意度"][5], "满意度")
    c.same(sch[0], byname["扶持体育传统项目学校"][5], "扶持学校数")
    c.year(int(c.one(r"西林县业余体育学校(\d{4})年度部门整体支出绩效自评报告")) == Y, "title")
    for y in [c.one(r"我校对(\d{4})年度部门整体"), c.one(r"，(\d{4})年在训运动员"), c.one(r"经综合评定，(\d{4})年度部门整体")]:
        c.year(int(y) == Y, "evaluation year in the text")
    c.year(int(c.one(r"余款待(\d{4})年上半年")) > Y, "remaining subsidy paid later")
    c.same(c.one(r"其中教练员(\d+)名"), cn, "教练员人数")
    c.year(int(c.one(r"关于开展(\d{4})年度部门整体支出绩效自评")) == Y, "notice")
    c.year(int(c.one(r"\n(\d{4})年\d+月\d+日\n")) in (Y, Y + 1), "report date")


PROJECTS = {
    "sx-pianguan-yeyutixiao-2021": p_pianguan,
    "hn-xinhuang-houbeirencai-2022": p_xinhuang,
    "sc-ebian-tichuanxuexiao-2023": p_ebian,
    "hb-hefeng-jiaolianjintie-2020": p_hefeng,
    "gx-xilin-tixiao-bumen-2019": p_xilin,
}


def run_checks(pid, text, name):
    c = Ctx(text, name)
    PROJECTS[pid](c)
    return c


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return p, len(b) - q   # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    cases = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != cases:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    cleans = {}
    for l in labels:
        if l["clean"]:
            cleans[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    for pid, text in cleans.items():
        n = len(text)
        if not 2700 <= n <= 3500:
            problems.append(f"{pid}: clean draft has {n} characters")
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        pid = l["source"]
        c = run_checks(pid, text, l["case"])
        failed = {code for code, _ in c.fails}
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with labels")
            if c.fails:
                problems.append(f"{l['case']}: clean draft fails {c.fails}")
            print(f"{l['case']:45s} clean  {c.n:3d} checks passed")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: expected exactly one label")
            continue
        e = l["expected"][0]
        code, value = e["code"], e["value"]
        if e["severity"] != "error" or code not in CODES:
            problems.append(f"{l['case']}: bad code/severity {code}/{e['severity']}")
        counts[code] = counts.get(code, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{l['case']}: label value occurs {len(occ)} times")
        s, t = diff_region(cleans[pid], text)
        if t <= s:
            problems.append(f"{l['case']}: no difference from the clean draft")
        # one contiguous region by construction of diff_region; check it overlaps the value
        if not any(o < t and s < o + len(value) for o in occ):
            problems.append(f"{l['case']}: changed region [{s},{t}) does not overlap the label value")
        err_failed = {x for x in failed if x not in WARNING_CODES}
        if code not in err_failed:
            problems.append(f"{l['case']}: labelled {code} does not fail (fails: {c.fails})")
        other = err_failed - {code}
        if other:
            problems.append(f"{l['case']}: other error codes fail too: {[f for f in c.fails if f[0] in other]}")
        warn = [f for f in c.fails if f[0] in WARNING_CODES]
        msgs = [m for k, m in c.fails if k == code]
        print(f"{l['case']:45s} {code:22s} -> {msgs[0] if msgs else '?'}" + (f"  [warning: {warn[0][1]}]" if warn else ""))
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
