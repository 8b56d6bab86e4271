#!/usr/bin/env python3
"""verify.py - re-derive the arithmetic of every drafts538 case from its text.

Standard library + decimal only. For each case the figures are read back from the text (prose by
regular expressions anchored on the wording, tables by rebuilding one-cell-a-line rows after dropping
page footers), every identity of rules.md section 7 that the draft states is recomputed with the
tolerance of section 8, and each failed identity is reported under the error code errors.md assigns.

Then:
  * every clean draft must pass every check (errors and the score-rule warnings);
  * every error case must fail its labelled code and no other error code;
  * every label value must occur exactly once in its case, the case must differ from its clean draft
    by one contiguous edit of <= 40 characters that overlaps the value, and each of the 13 codes of
    errors.md section A must be labelled at least twice.
Prints OK on success; otherwise lists the problems and exits 1.  `-v` prints every case's findings.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

N = r"(\d[\d,]*(?:\.\d+)?)"          # a number as written
U = r"(万元|元|亿元)"                 # a money unit
MONEY = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
TEN4 = D(10000)
EPS = D("1e-9")


class ParseError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# figures
# ---------------------------------------------------------------------------------------------
class Q:
    """A figure as written: number string, unit ('万元', '元', '%', '件', ...), approximate flag."""

    def __init__(self, raw, unit="", where="", approx=False):
        self.raw = raw.strip()
        self.unit = unit
        self.where = where
        self.approx = approx
        t = self.raw.replace(",", "")
        if t in ("—", "-", "－", ""):
            self.dash, self.v, self.d = True, D(0), 0
        else:
            self.dash = False
            self.v = D(t)
            self.d = len(t.split(".")[1]) if "." in t else 0

    @property
    def money(self):
        return self.unit in MONEY

    def wan(self):
        """Value in 万元 (money) or as written (anything else)."""
        return self.v * MONEY[self.unit] if self.money else self.v

    def tol(self):
        return D("0.5") * D(10) ** (-self.d) + EPS

    def __repr__(self):
        return "%s%s@%s" % (self.raw, self.unit, self.where)


def holds(q, computed_wan):
    """Is the stated q consistent with a computed value (in 万元 for money), judged in q's unit?"""
    c = computed_wan / MONEY[q.unit] if q.money else computed_wan
    return abs(c - q.v) <= q.tol()


class Ck:
    def __init__(self):
        self.errors = []     # (code, message)
        self.warnings = []   # score-rule findings (warnings in errors.md section B)

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, msg):
        self.warnings.append(msg)

    def codes(self):
        return sorted(set(c for c, _ in self.errors))


def rescaled(q, f):
    n = Q(q.raw, q.unit, q.where)
    n.v = q.v * f
    n.d = q.d
    return n


# ---------------------------------------------------------------------------------------------
# identities
# ---------------------------------------------------------------------------------------------
def same(ck, label, qs):
    """I11: one quantity, one value. Approximate mentions (约/余/左右/近) are never compared."""
    qs = [q for q in qs if not q.approx]
    for a in qs:
        for b in qs:
            if a is b or a.money != b.money:
                continue
            if not a.money and a.unit != b.unit:
                continue                      # different measures: unit check's business
            t = max(a.tol() * (MONEY[a.unit] if a.money else 1),
                    b.tol() * (MONEY[b.unit] if b.money else 1))
            if abs(a.wan() - b.wan()) <= t:
                continue
            if a.money and (abs(a.wan() * TEN4 - b.wan()) <= t * TEN4
                            or abs(a.wan() - b.wan() * TEN4) <= t * TEN4):
                ck.err("unit_mismatch", "%s: %r vs %r differ by 10^4" % (label, a, b))
            else:
                ck.err("conflicting_values", "%s: %r vs %r" % (label, a, b))
            return


def total_of(ck, label, tot, parts):
    """I4: a total equals the sum of its stated components."""
    def ok(t, ps):
        return holds(t, sum((p.wan() for p in ps), D(0)))
    if ok(tot, parts):
        return
    for i, q in enumerate([tot] + parts):
        for f in (TEN4, 1 / TEN4):
            t2 = rescaled(tot, f) if i == 0 else tot
            ps2 = [rescaled(p, f) if j == i - 1 else p for j, p in enumerate(parts)]
            if ok(t2, ps2):
                ck.err("unit_mismatch", "%s: %r reconciles only after rescaling %r" % (label, tot, q))
                return
    ck.err("sum_mismatch", "%s: %r != sum%r = %s" % (label, tot, parts,
                                                    sum((p.wan() for p in parts), D(0))))


def rate(ck, label, stated, num, den, code="rate_mismatch"):
    """I1/I2 (and any stated ratio): stated % = num / den x 100. Zero base: only '—' or '0' allowed."""
    if den.wan() == 0:
        if not stated.dash and stated.v != 0:
            ck.err("implausible_rate", "%s: %r on a zero base" % (label, stated))
        return
    c = num.wan() / den.wan() * 100
    if holds(stated, c):
        return
    for f in (TEN4, 1 / TEN4):
        if holds(stated, num.wan() * f / den.wan() * 100) or holds(stated, num.wan() / (den.wan() * f) * 100):
            ck.err("unit_mismatch", "%s: %r only fits after rescaling an amount" % (label, stated))
            return
    ck.err(code, "%s: stated %r, computed %.4f" % (label, stated, c))


def bounded(ck, label, q):
    """I5: execution/到位/satisfaction/合格-type rates lie in [0, 100]."""
    if not q.dash and (q.v > 100 or q.v < 0):
        ck.err("implausible_rate", "%s: %r outside [0, 100]" % (label, q))


def balance(ck, label, stated, have, spent):
    """I3: 结余/结转 = 到位 (or 全年预算) - 执行."""
    c = have.wan() - spent.wan()
    if holds(stated, c):
        return
    if holds(stated, c * TEN4) or holds(stated, c / TEN4):
        ck.err("unit_mismatch", "%s: %r vs %s after rescaling" % (label, stated, c))
    else:
        ck.err("balance_mismatch", "%s: stated %r, computed %s" % (label, stated, c))


def average(ck, label, stated, items):
    """I10: a stated average equals the mean of the stated items."""
    c = sum((i.v for i in items), D(0)) / len(items)
    if not holds(stated, c):
        ck.err("average_mismatch", "%s: stated %r, mean %.4f" % (label, stated, c))


def per_unit(ck, label, stated, total, count):
    """Average amount per item (e.g. 元 per case) = total / count; a 10^4 slip is a unit error."""
    c = total.wan() / count.v
    if holds(stated, c):
        return
    if holds(stated, c * TEN4) or holds(stated, c / TEN4):
        ck.err("unit_mismatch", "%s: %r is off by 10^4 (total %r / %r)" % (label, stated, total, count))
    else:
        ck.err("average_mismatch", "%s: stated %r, computed %s万元" % (label, stated, c))


def calc(ck, code, label, stated, value):
    if not holds(stated, value):
        ck.err(code, "%s: stated %r, computed %.4f" % (label, stated, value))


# ---------------------------------------------------------------------------------------------
# tables
# ---------------------------------------------------------------------------------------------
FOOTER = re.compile(r"^(—\s*\d+\s*—|-\s*\d+\s*-|第\s*\d+\s*页.*)$")


def region(text, start, end=None):
    i = text.find(start)
    if i < 0:
        raise ParseError("anchor %r" % start)
    j = text.find(end, i) if end else len(text)
    if j < 0:
        raise ParseError("anchor %r" % end)
    out = []
    for line in text[i:j].split("\n"):
        s = line.strip()
        if s and not FOOTER.match(s):
            out.append(s)
    return out


def take(lines, p, name, n):
    """Find a (possibly wrapped) row label from position p; return its n following cells and new p."""
    for i in range(p, len(lines)):
        acc = ""
        for j in range(i, min(i + 5, len(lines))):
            acc += lines[j]
            if acc == name:
                cells = lines[j + 1:j + 1 + n]
                if len(cells) < n:
                    raise ParseError("row %r short" % name)
                return cells, j + 1 + n
            if not name.startswith(acc):
                break
    raise ParseError("row %r not found" % name)


def rows_of(lines, names, n, p=0):
    out = []
    for name in names:
        cells, p = take(lines, p, name, n)
        out.append((name, cells))
    return out, p


SIGN = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "＝": "eq", "=": "eq"}


def split_num(s):
    m = re.match(r"^" + N + r"(.*)$", s.strip())
    return (m.group(1), m.group(2).strip()) if m else (None, s.strip())


class Row:
    """One indicator row. cols: target, actual, weight, score, [completion], [nature, unitcol]."""

    def __init__(self, name, target, actual, weight, score, completion=None, nature=None,
                 unitcol=None, is_exec=False):
        self.name, self.target_s, self.actual_s = name, target, actual
        self.weight, self.score = Q(weight, "", name), Q(score, "", name)
        self.completion = Q(completion.rstrip("%"), "%", name) if completion else None
        self.is_exec = is_exec
        t = target
        if nature is not None:
            sign = nature
        else:
            sign = t[0] if t and t[0] in SIGN else ""
            t = t[1:] if sign else t
        num, unit = split_num(t)
        if num is None:
            self.dir, self.T, self.tunit = "qual", None, t
        else:
            self.tunit = unit or (unitcol or "")
            self.dir = SIGN.get(sign, "eq")
            self.T = Q(num, self.tunit, name)
        anum, aunit = split_num(actual)
        if anum is None:
            self.A, self.aunit = None, actual
        else:
            self.aunit = aunit or (unitcol or "")
            self.A = Q(anum, self.aunit, name)

    def comp(self):
        """rules section 5 completion rate (None when not defined)."""
        if self.dir == "qual" or self.A is None or self.aunit != self.tunit:
            return None
        T, A = self.T.v, self.A.v
        if self.dir == "lte":
            return D(100) if A <= T else T / A * 100
        if T == 0:
            return None
        return A / T * 100


def row_checks(ck, rows, exec_rate=None):
    for r in rows:
        if r.score.v > r.weight.v or r.score.v < 0:
            ck.err("score_exceeds_weight", "%s: score %s > weight %s" % (r.name, r.score.raw, r.weight.raw))
        if r.dir == "qual":
            expected = r.weight.v if r.actual_s == r.target_s else None
            if expected is None or not holds(r.score, expected):
                ck.warn("score rule: %s qualitative" % r.name)
            continue
        if r.A is None or r.aunit != r.tunit:
            ck.err("unit_mismatch", "%s: target %r, actual %r" % (r.name, r.target_s, r.actual_s))
            continue
        if r.tunit == "%" and ("率" in r.name or "满意度" in r.name) and "控制率" not in r.name:
            bounded(ck, r.name, r.A)
        c = r.comp()
        if r.completion is not None and c is not None:
            calc(ck, "completion_mismatch", r.name + " 完成率", r.completion, c)
        # score rule (warning only)
        w, T, A = r.weight.v, r.T.v, r.A.v
        if r.is_exec and exec_rate is not None:
            expected = w * min(exec_rate, D(100)) / 100
        elif r.dir == "lte":
            expected = w if A <= T else w * T / A
        elif T == 0:
            expected = w if A <= 0 else D(0)
        else:
            expected = w if A >= T else w * A / T
        alt = w * min(r.completion.v, D(100)) / 100 if r.completion is not None else None
        if not holds(r.score, expected) and not (alt is not None and holds(r.score, alt)):
            ck.warn("score rule: %s expected %.4f got %s" % (r.name, expected, r.score.raw))


def funds_checks(ck, rows, total_name):
    """MOF/Sichuan funds block: rows (name, [年初, 全年, 执行, 分值, 执行率, 得分])."""
    tot = dict(rows)[total_name]
    comps = [(n, c) for n, c in rows if n != total_name]
    for k, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        total_of(ck, "资金表 %s" % col, Q(tot[k], "万元", total_name),
                 [Q(c[k], "万元", n) for n, c in comps])
    for n, c in rows:
        if c[4] not in ("—", "-"):
            r = Q(c[4].rstrip("%"), "%", n + " 执行率")
            rate(ck, "资金表 %s 执行率" % n, r, Q(c[2], "万元"), Q(c[1], "万元"))
            bounded(ck, "资金表 %s 执行率" % n, r)
    w, s = Q(tot[3]), Q(tot[5])
    if s.v > w.v or s.v < 0:
        ck.err("score_exceeds_weight", "资金表 得分 %s > 分值 %s" % (s.raw, w.raw))
    r_exact = Q(tot[2], "万元").wan() / Q(tot[1], "万元").wan() * 100
    r_stated = Q(tot[4].rstrip("%"), "%").v
    if not (holds(s, w.v * min(r_exact, D(100)) / 100) or holds(s, w.v * min(r_stated, D(100)) / 100)):
        ck.warn("score rule: execution score %s" % s.raw)
    return w, s, r_exact


def score_checks(ck, weights, scores, totals, total_weight=None):
    sw = sum((w.v for w in weights), D(0))
    if sw != 100:
        ck.err("weight_sum_mismatch", "weights sum to %s" % sw)
    if total_weight is not None and total_weight.v != sw:
        ck.err("weight_sum_mismatch", "stated 分值合计 %s vs sum %s" % (total_weight.raw, sw))
    ss = sum((s.v for s in scores), D(0))
    for t in totals:
        if not holds(t, ss):
            ck.err("score_sum_mismatch", "stated total %r vs sum of scores %s" % (t, ss))
        if t.v > 100:
            ck.err("score_exceeds_weight", "total %r above 100" % t)


GRADE = {"优": 4, "优秀": 4, "良": 3, "良好": 3, "中": 2, "中等": 2, "一般": 2, "合格": 2,
         "差": 1, "较差": 1, "不合格": 1}


def grade_checks(ck, total, grades):
    s = total.v
    band = 4 if s >= 90 else 3 if s >= 80 else 2 if s >= 60 else 1
    for g in grades:
        if GRADE[g] != band:
            ck.err("grade_mismatch", "grade %s for total %s" % (g, total.raw))


def year_checks(ck, text, Y):
    for m in re.finditer(r"(\d{4})年度", text):
        if text[max(0, m.start() - 1):m.start()] in ("较", "比", "上"):
            continue
        if int(m.group(1)) != Y:
            ck.err("year_mismatch", "%s in a %d report" % (m.group(0), Y))
    for m in re.finditer(r"结转(?:至|到)?(\d{4})年", text):
        if int(m.group(1)) <= Y:
            ck.err("year_mismatch", "%s: carry-over must go to a later year" % m.group(0))
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != Y:
            ck.err("year_mismatch", m.group(0))
    for m in re.finditer(r"(\d{4})年(\d{1,2})月[^。；]{0,30}?(?:下达|追加|拨付)", text):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == Y or (y == Y - 1 and mo == 12)):
            ck.err("year_mismatch", m.group(0))
    for m in re.finditer(r"(\d{4})年(?:年初预算|市财政批复)", text):
        if int(m.group(1)) != Y:
            ck.err("year_mismatch", m.group(0))
    for m in re.finditer(r"(\d{4})年结转资金", text):
        if int(m.group(1)) != Y - 1:
            ck.err("year_mismatch", m.group(0))


def grab(text, pat, n=1):
    ms = list(re.finditer(pat, text, re.S))
    if len(ms) != n:
        raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
    return ms[0] if n == 1 else ms


def pct(s, where=""):
    return Q(s.rstrip("%"), "%", where)


MOF_FUNDS = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]


# ---------------------------------------------------------------------------------------------
# project 1: 甘肃 天水市麦积区司法局 法律援助专项经费 2019 (MOF table)
# ---------------------------------------------------------------------------------------------
def p_maiji(text, ck):
    Y = 2019
    m = grab(text, r"(\d{4})年年初预算" + N + r"万元，均为当年财政拨款")
    init = Q(m.group(2), "万元", "prose")
    add = Q(grab(text, r"年中省级追加法律援助补助资金" + N + U).group(1), "万元", "prose")
    m = grab(text, r"加上\d{4}年结转资金" + N + U + r"，全年预算数" + N + U + r"（计" + N + U + r"）")
    co, annual, annual_yuan = Q(m.group(1), m.group(2)), Q(m.group(3), m.group(4), "prose"), Q(m.group(5), m.group(6))
    m = grab(text, r"其中当年财政拨款" + N + U + r"，分别为中央补助" + N + U + r"、省级补助" + N + U
             + r"、区级配套" + N + U)
    fiscal = Q(m.group(1), m.group(2), "prose")
    srcs = [Q(m.group(3), m.group(4)), Q(m.group(5), m.group(6)), Q(m.group(7), m.group(8))]
    recv_rate = pct(grab(text, r"资金全部到位，到位率(\d+(?:\.\d+)?%)").group(1))
    m = grab(text, r"全年执行" + N + U + r"，预算执行率(\d+(?:\.\d+)?%)")
    spent, xrate1 = Q(m.group(1), m.group(2), "prose"), pct(m.group(3))
    m = grab(text, r"其中当年财政拨款执行" + N + U + r"，执行率(\d+(?:\.\d+)?%)")
    fspent, frate = Q(m.group(1), m.group(2), "prose"), pct(m.group(3))
    co_used = Q(grab(text, r"上年结转资金" + N + r"万元全部使用完毕").group(1), "万元")
    m = grab(text, r"支付案件办案补贴" + N + U + r"、值班律师补贴" + N + U + r"、乡镇法律援助工作站运行经费"
             + N + U + r"、宣传培训费" + N + U)
    uses = [Q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7)]
    bal = Q(grab(text, r"年末结余" + N + U).group(1), grab(text, r"年末结余" + N + U).group(2))
    m = grab(text, r"办结法律援助案件" + N + r"件（刑事" + N + r"件、民事" + N + r"件、行政" + N
             + r"件），较\d{4}年的" + N + r"件增长(\d+(?:\.\d+)?)%")
    cases1, kinds, last, growth = Q(m.group(1), "件"), [Q(m.group(i), "件") for i in (2, 3, 4)], Q(m.group(5)), Q(m.group(6), "%")
    consult = Q(grab(text, r"接待来访咨询" + N + r"人次，未达到").group(1), "人次")
    approx_hot = Q(grab(text, r"分流了约" + N + r"人次").group(1), "人次", approx=True)
    m = grab(text, r"抽查卷宗" + N + r"卷，合格" + N + r"卷，合格率(\d+(?:\.\d+)?%)")
    sampled, passed, passrate = Q(m.group(1)), Q(m.group(2)), pct(m.group(3))
    m = grab(text, r"获得经济利益" + N + U + r"，完成年度目标的(\d+(?:\.\d+)?%)")
    gain, gain_comp = Q(m.group(1), m.group(2)), pct(m.group(3))
    m = grab(text, r"对结案的" + N + r"件案件逐一电话回访，回访满意率为(\d+(?:\.\d+)?%)")
    cases2, visit = Q(m.group(1), "件"), pct(m.group(2))
    m = grab(text, r"满意度分别为(\d+(?:\.\d+)?%)、(\d+(?:\.\d+)?%)、(\d+(?:\.\d+)?%)，平均满意度(\d+(?:\.\d+)?%)")
    areas, avg = [pct(m.group(i)) for i in (1, 2, 3)], pct(m.group(4))
    m = grab(text, r"本项目预算执行率(\d+(?:\.\d+)?%)，.*?自评得分" + N + r"分，评价等级为“(.+?)”")
    xrate2, total_p, grade_p = pct(m.group(1)), Q(m.group(2)), m.group(3)

    lines = region(text, "项目支出绩效自评表")
    funds, p = rows_of(lines, MOF_FUNDS, 6)
    goal_cases = Q(grab(text, r"全年办结案件" + N + r"件").group(1), "件")
    names = ["办结法律援助案件数", "接待来访咨询人次", "案件质量评查合格率", "受理后3个工作日内指派率",
             "刑事案件每件办案补贴标准", "为受援人挽回或获得经济利益", "乡镇（街道）法律援助工作站覆盖率", "受援人满意度"]
    rr, p = rows_of(lines, names, 4, p)
    rows = [Row(n, *c) for n, c in rr]
    tcells, p = take(lines, p, "总分", 2)
    tw, ts = Q(tcells[0]), Q(tcells[1])

    F = dict(funds)
    w, s, rx = funds_checks(ck, funds, "年度资金总额")
    row_checks(ck, rows, rx)
    R = {r.name: r for r in rows}
    score_checks(ck, [w] + [r.weight for r in rows], [s] + [r.score for r in rows], [ts, total_p], tw)
    grade_checks(ck, ts, [grade_p])
    # prose identities
    total_of(ck, "当年财政拨款来源", fiscal, srcs)
    total_of(ck, "当年财政拨款 = 年初 + 追加", fiscal, [init, add])
    total_of(ck, "全年预算 = 当年财政拨款 + 上年结转", annual, [fiscal, co])
    total_of(ck, "支出用途", spent, uses)
    total_of(ck, "案件分类", cases1, kinds)
    rate(ck, "预算执行率(正文)", xrate1, spent, annual)
    rate(ck, "预算执行率(结论)", xrate2, spent, annual)
    rate(ck, "当年财政拨款执行率", frate, fspent, fiscal)
    rate(ck, "到位率", recv_rate, annual, annual)
    rate(ck, "评查合格率", passrate, passed, sampled)
    calc(ck, "rate_mismatch", "案件增长率", growth, (cases1.v - last.v) / last.v * 100)
    for q in [xrate1, xrate2, frate, recv_rate, passrate, visit, avg] + areas:
        bounded(ck, "正文比率", q)
    balance(ck, "年末结余", bal, annual, spent)
    average(ck, "三片区平均满意度", avg, areas)
    calc(ck, "completion_mismatch", "挽回经济利益完成率", gain_comp, R["为受援人挽回或获得经济利益"].comp())
    same(ck, "年初预算", [init, Q(F["年度资金总额"][0], "万元"), Q(F["其中：当年财政拨款"][0], "万元")])
    same(ck, "全年预算", [annual, annual_yuan, Q(F["年度资金总额"][1], "万元")])
    same(ck, "当年财政拨款", [fiscal, Q(F["其中：当年财政拨款"][1], "万元")])
    same(ck, "当年财政拨款执行", [fspent, Q(F["其中：当年财政拨款"][2], "万元")])
    same(ck, "上年结转", [co, co_used, Q(F["上年结转资金"][1], "万元"), Q(F["上年结转资金"][2], "万元")])
    same(ck, "全年执行", [spent, Q(F["年度资金总额"][2], "万元")])
    same(ck, "执行率", [xrate1, xrate2, pct(F["年度资金总额"][4])])
    same(ck, "办结案件", [cases1, cases2, goal_cases, R["办结法律援助案件数"].A])
    same(ck, "咨询人次", [consult, approx_hot, R["接待来访咨询人次"].A])
    same(ck, "评查合格率", [passrate, R["案件质量评查合格率"].A])
    same(ck, "挽回经济利益", [gain, R["为受援人挽回或获得经济利益"].A])
    same(ck, "受援人满意度", [avg, R["受援人满意度"].A])
    same(ck, "总分", [total_p, ts])
    year_checks(ck, text, Y)


# ---------------------------------------------------------------------------------------------
# project 2: 江西 赣州市司法局 司法鉴定行业监管经费 2021 (MOF table, total only in the table)
# ---------------------------------------------------------------------------------------------
def p_ganzhou(text, ck):
    Y = 2021
    m = grab(text, r"\d{4}年年初预算安排司法鉴定行业监管经费" + N + U + r"，年中市财政追加" + N + U
             + r".*?加上\d{4}年结转资金" + N + U + r"，全年预算数" + N + U + r"，资金已全部到位")
    init, add, co, annual = (Q(m.group(1), m.group(2), "prose"), Q(m.group(3), m.group(4)),
                             Q(m.group(5), m.group(6)), Q(m.group(7), m.group(8), "prose"))
    m = grab(text, r"全年执行" + N + U + r"，预算执行率(\d+(?:\.\d+)?%)")
    spent, xrate = Q(m.group(1), m.group(2), "prose"), pct(m.group(3))
    m = grab(text, r"专家劳务费" + N + U + r"、能力验证及实验室间比对" + N + U + r"、“双随机”执业检查" + N + U
             + r"、司法鉴定人岗前及继续教育培训" + N + U + r"、司法鉴定管理信息平台运维" + N + U)
    uses = [Q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7, 9)]
    expert = uses[0]
    m = grab(text, r"未执行的" + N + U + r"为能力验证项目尾款")
    bal = Q(m.group(1), m.group(2))
    m = grab(text, r"全年评查案卷" + N + r"份，平均每份" + N + U)
    files1, perfile = Q(m.group(1), "份"), Q(m.group(2), m.group(3), "prose")
    checked = Q(grab(text, r"全年随机抽查司法鉴定机构" + N + r"家").group(1), "家")
    m = grab(text, r"评查司法鉴定案卷" + N + r"份，为年度目标的(\d+(?:\.\d+)?%)")
    files2, files_comp = Q(m.group(1), "份"), pct(m.group(2))
    m = grab(text, r"共" + N + r"项次，结果满意" + N + r"项次，满意率(\d+(?:\.\d+)?%)")
    pt_all, pt_ok, pt_rate = Q(m.group(1)), Q(m.group(2)), pct(m.group(3))
    punish = pct(grab(text, r"查处率(\d+(?:\.\d+)?%)").group(1))
    adopt = pct(grab(text, r"采信率为(\d+(?:\.\d+)?%)").group(1))
    m = grab(text, r"全市" + N + r"家机构参加年度考核，合格" + N + r"家，合格率(\d+(?:\.\d+)?%)")
    ex_all, ex_ok, ex_rate = Q(m.group(1)), Q(m.group(2)), pct(m.group(3))
    sat = pct(grab(text, r"委托人满意度(\d+(?:\.\d+)?%)").group(1))
    grade_p = grab(text, r"绩效自评等级为“(.+?)”").group(1)

    lines = region(text, "项目支出绩效自评表")
    funds, p = rows_of(lines, MOF_FUNDS, 6)
    names = ["“双随机”抽查司法鉴定机构数", "评查司法鉴定案卷数", "能力验证结果满意率", "投诉案件60日内办结率",
             "每份案卷评查专家劳务费", "执业违法违规行为查处率", "司法鉴定意见采信率", "司法鉴定机构年度考核合格率",
             "鉴定委托人满意度"]
    rr, p = rows_of(lines, names, 4, p)
    rows = [Row(n, *c) for n, c in rr]
    tcells, p = take(lines, p, "合计", 2)
    tw, ts = Q(tcells[0]), Q(tcells[1])
    gcells, p = take(lines, p, "自评等级", 1)

    F = dict(funds)
    w, s, rx = funds_checks(ck, funds, "年度资金总额")
    row_checks(ck, rows, rx)
    R = {r.name: r for r in rows}
    score_checks(ck, [w] + [r.weight for r in rows], [s] + [r.score for r in rows], [ts], tw)
    grade_checks(ck, ts, [grade_p, gcells[0]])
    total_of(ck, "全年预算 = 年初 + 追加 + 结转", annual, [init, add, co])
    total_of(ck, "当年财政拨款(表) = 年初 + 追加", Q(F["其中：当年财政拨款"][1], "万元"), [init, add])
    total_of(ck, "支出用途", spent, uses)
    rate(ck, "预算执行率(正文)", xrate, spent, annual)
    rate(ck, "能力验证满意率", pt_rate, pt_ok, pt_all)
    rate(ck, "年度考核合格率", ex_rate, ex_ok, ex_all)
    for q in [xrate, pt_rate, punish, adopt, ex_rate, sat]:
        bounded(ck, "正文比率", q)
    balance(ck, "未执行结转", bal, annual, spent)
    per_unit(ck, "每份案卷专家劳务费", perfile, expert, files1)
    calc(ck, "completion_mismatch", "评查案卷完成率", files_comp, R["评查司法鉴定案卷数"].comp())
    same(ck, "年初预算", [init, Q(F["年度资金总额"][0], "万元"), Q(F["其中：当年财政拨款"][0], "万元")])
    same(ck, "上年结转", [co, Q(F["上年结转资金"][1], "万元"), Q(F["上年结转资金"][2], "万元")])
    same(ck, "全年预算", [annual, Q(F["年度资金总额"][1], "万元")])
    same(ck, "全年执行", [spent, Q(F["年度资金总额"][2], "万元")])
    same(ck, "执行率", [xrate, pct(F["年度资金总额"][4])])
    same(ck, "抽查机构", [checked, R["“双随机”抽查司法鉴定机构数"].A])
    same(ck, "评查案卷", [files1, files2, R["评查司法鉴定案卷数"].A])
    same(ck, "每份劳务费", [perfile, R["每份案卷评查专家劳务费"].A])
    same(ck, "能力验证满意率", [pt_rate, R["能力验证结果满意率"].A])
    same(ck, "查处率", [punish, R["执业违法违规行为查处率"].A])
    same(ck, "采信率", [adopt, R["司法鉴定意见采信率"].A])
    same(ck, "考核合格率", [ex_rate, R["司法鉴定机构年度考核合格率"].A])
    same(ck, "委托人满意度", [sat, R["鉴定委托人满意度"].A])
    year_checks(ck, text, Y)


# ---------------------------------------------------------------------------------------------
# project 3: 湖北 荆门市司法局 部门整体支出 2023 (Hubei-style: execution worth 20)
# ---------------------------------------------------------------------------------------------
def p_jingmen(text, ck):
    Y = 2023
    m = grab(text, r"\d{4}年年初预算" + N + U + r"，年中追加及调整后全年预算" + N + U + r"，其中当年财政拨款" + N + U
             + r"、上年结转资金" + N + U + r"、其他资金" + N + U)
    init, annual, fiscal, co, other = [Q(m.group(i), m.group(i + 1), "prose") for i in (1, 3, 5, 7, 9)]
    m = grab(text, r"全年支出" + N + U + r"，预算执行率(\d+(?:\.\d+)?%)（上年为(\d+(?:\.\d+)?%)）")
    spent, xrate, lastrate = Q(m.group(1), m.group(2), "prose"), pct(m.group(3)), pct(m.group(4))
    m = grab(text, r"基本支出" + N + U + r"（人员经费" + N + U + r"、公用经费" + N + U + r"），项目支出" + N + U)
    basic, staff, office, proj = [Q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7)]
    bal = Q(grab(text, r"年末结转结余" + N + r"万元").group(1), "万元")
    m = grab(text, r"法律援助经费" + N + U + r"、司法鉴定行业监管经费" + N + U + r"、人民调解“以案定补”经费" + N + U
             + r"、社区矫正工作经费" + N + U + r"、普法宣传经费" + N + U + r"，其他项目支出" + N + U)
    projs = [Q(m.group(i), m.group(i + 1)) for i in (1, 3, 5, 7, 9, 11)]
    m = grab(text, r"“三公”经费预算" + N + U + r"，实际支出" + N + U + r"，其中公务接待费" + N + U
             + r"、公务用车运行维护费" + N + U + r"、因公出国（境）费" + N + U)
    sg_budget, sg_spent = Q(m.group(1), m.group(2)), Q(m.group(3), m.group(4))
    sg_parts = [Q(m.group(i), m.group(i + 1)) for i in (5, 7, 9)]
    aid = Q(grab(text, r"全年办结法律援助案件" + N + r"件").group(1), "件")
    gain = Q(grab(text, r"挽回经济损失" + N + U).group(1), "万元")
    m = grab(text, r"评查鉴定案卷" + N + r"份，.*?未完成" + N + r"份的年度目标")
    files, files_t = Q(m.group(1), "份"), Q(m.group(2), "份")
    med = pct(grab(text, r"调解成功率(\d+(?:\.\d+)?%)").group(1))
    recid = pct(grab(text, r"再犯罪率(\d+(?:\.\d+)?%)").group(1))
    aware = pct(grab(text, r"知晓率抽样调查结果为(\d+(?:\.\d+)?%)").group(1))
    m = grab(text, r"满意度分别为(\d+(?:\.\d+)?%)、(\d+(?:\.\d+)?%)、(\d+(?:\.\d+)?%)、(\d+(?:\.\d+)?%)，平均(\d+(?:\.\d+)?%)")
    cats, avg = [pct(m.group(i)) for i in (1, 2, 3, 4)], pct(m.group(5))
    m = grab(text, r"绩效自评得分" + N + r"分，等级为“(.+?)”")
    total_p, grade_p = Q(m.group(1)), m.group(2)

    lines = region(text, "部门整体支出绩效自评表")
    funds, p = rows_of(lines, MOF_FUNDS, 6)
    names = ["办结法律援助案件数", "司法鉴定机构“双随机”抽查覆盖率", "司法鉴定案卷质量评查数", "人民调解成功率",
             "社区矫正对象再犯罪率", "“三公”经费控制率", "结转结余率", "为受援人挽回经济损失", "民转刑案件数",
             "公共法律服务知晓率", "司法行政工作制度健全性", "服务对象满意度"]
    rr, p = rows_of(lines, names, 4, p)
    rows = [Row(n, *c) for n, c in rr]
    tcells, p = take(lines, p, "合计", 2)
    tw, ts = Q(tcells[0]), Q(tcells[1])

    F = dict(funds)
    w, s, rx = funds_checks(ck, funds, "年度资金总额")
    row_checks(ck, rows, rx)
    R = {r.name: r for r in rows}
    score_checks(ck, [w] + [r.weight for r in rows], [s] + [r.score for r in rows], [ts, total_p], tw)
    grade_checks(ck, ts, [grade_p])
    total_of(ck, "全年预算来源", annual, [fiscal, co, other])
    total_of(ck, "支出 = 基本 + 项目", spent, [basic, proj])
    total_of(ck, "基本支出", basic, [staff, office])
    total_of(ck, "项目支出明细", proj, projs)
    total_of(ck, "三公经费", sg_spent, sg_parts)
    rate(ck, "预算执行率(正文)", xrate, spent, annual)
    rate(ck, "三公经费控制率", pct(R["“三公”经费控制率"].actual_s), sg_spent, sg_budget)
    rate(ck, "结转结余率", pct(R["结转结余率"].actual_s), bal, annual)
    for q in [xrate, lastrate, med, recid, aware, avg] + cats:
        bounded(ck, "正文比率", q)
    balance(ck, "年末结转结余", bal, annual, spent)
    average(ck, "四类服务平均满意度", avg, cats)
    same(ck, "年初预算", [init, Q(F["年度资金总额"][0], "万元")])
    same(ck, "全年预算", [annual, Q(F["年度资金总额"][1], "万元")])
    same(ck, "当年财政拨款", [fiscal, Q(F["其中：当年财政拨款"][1], "万元")])
    same(ck, "上年结转", [co, Q(F["上年结转资金"][1], "万元")])
    same(ck, "其他资金", [other, Q(F["其他资金"][1], "万元")])
    same(ck, "全年执行", [spent, Q(F["年度资金总额"][2], "万元")])
    same(ck, "执行率", [xrate, pct(F["年度资金总额"][4])])
    same(ck, "法律援助案件", [aid, R["办结法律援助案件数"].A])
    same(ck, "挽回经济损失", [gain, R["为受援人挽回经济损失"].A])
    same(ck, "评查案卷", [files, R["司法鉴定案卷质量评查数"].A])
    same(ck, "评查目标", [files_t, R["司法鉴定案卷质量评查数"].T])
    same(ck, "调解成功率", [med, R["人民调解成功率"].A])
    same(ck, "再犯罪率", [recid, R["社区矫正对象再犯罪率"].A])
    same(ck, "知晓率", [aware, R["公共法律服务知晓率"].A])
    same(ck, "满意度", [avg, R["服务对象满意度"].A])
    same(ck, "总分", [total_p, ts])
    year_checks(ck, text, Y)


# ---------------------------------------------------------------------------------------------
# project 4: 山西 长治市司法局 司法鉴定质量监管及行业管理经费 2022 (Shanxi layout)
# ---------------------------------------------------------------------------------------------
SX_ROWS = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]
SX_COLS = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]


def p_changzhi(text, ck):
    Y = 2022
    lines = region(text, "（二）预算执行情况", "（三）项目绩效目标")
    frows, _ = rows_of(lines, SX_ROWS, 9)
    T = {n: c[1:] for n, c in frows}
    amt = {n: [Q(x, "万元", "%s/%s" % (n, SX_COLS[k])) for k, x in enumerate(T[n])] for n in SX_ROWS[:5]}
    rt = {n: [Q(x, "%", "%s/%s" % (n, SX_COLS[k])) for k, x in enumerate(T[n])] for n in SX_ROWS[5:]}
    for n in SX_ROWS[:5]:
        a = amt[n]
        total_of(ck, n + " 总额 = 小计 + 结转 + 其他", a[0], [a[1], a[6], a[7]])
        total_of(ck, n + " 小计 = 中央 + 省 + 市 + 县", a[1], a[2:6])
    for k in range(8):
        balance(ck, "(5)=(3)-(4) " + SX_COLS[k], amt["资金结余"][k], amt["实际到位资金"][k], amt["全年执行资金"][k])
        rate(ck, "(6)=(3)/(2) " + SX_COLS[k], rt["预算到位率"][k], amt["实际到位资金"][k], amt["全年预算资金"][k])
        rate(ck, "(7)=(4)/(2) " + SX_COLS[k], rt["预算执行率(%)"][k], amt["全年执行资金"][k], amt["全年预算资金"][k])
        bounded(ck, "(6) " + SX_COLS[k], rt["预算到位率"][k])
        bounded(ck, "(7) " + SX_COLS[k], rt["预算执行率(%)"][k])

    m = grab(text, r"总得分" + N + r"分，属于\"(.+?)\"")
    total_p, grade_p = Q(m.group(1)), m.group(2)
    body = region(text, "（一）预算执行情况", "三、项目绩效分析")
    bc, _ = take(body, 0, "预算执行率", 4)
    bw, bt, ba, bs = Q(bc[0]), bc[1], pct(bc[2]), Q(bc[3])
    m = grab(text, r"\d{4}年市财政批复本项目年初预算" + N + U + r"，年中省司法厅下达司法鉴定能力验证补助" + N + U
             + r"，加上上年结转" + N + U + r"，全年预算" + N + U + r"，实际到位" + N + U + r"。全年执行" + N + U
             + r"，年末结余" + N + U + r"，其中省级补助结余" + N + U + r"、市级资金结余" + N + U)
    init, prov, co, annual, recv, spent, bal, bal_p, bal_c = [Q(m.group(i), m.group(i + 1), "prose")
                                                            for i in range(1, 18, 2)]
    insp = Q(grab(text, r"执业检查" + N + r"次，对").group(1), "次")
    m = grab(text, r"合格率分别为(\d+(?:\.\d+)?%)、(\d+(?:\.\d+)?%)、(\d+(?:\.\d+)?%)，平均(\d+(?:\.\d+)?%)")
    batches, avg = [pct(m.group(i)) for i in (1, 2, 3)], pct(m.group(4))
    m = grab(text, r"受理投诉举报" + N + r"件，60日内办结" + N + r"件，办结率(\d+(?:\.\d+)?%)")
    comp_all, comp_ok, comp_rate = Q(m.group(1)), Q(m.group(2)), pct(m.group(3))
    cost = Q(grab(text, r"能力验证实际支出" + N + r"万元").group(1), "万元")
    adopt = pct(grab(text, r"采信率为(\d+(?:\.\d+)?%)").group(1))
    m = grab(text, r"司法鉴定人" + N + r"名，实际参训" + N + r"名，培训覆盖率(\d+(?:\.\d+)?%)")
    tr_all, tr_ok, tr_rate = Q(m.group(1)), Q(m.group(2)), pct(m.group(3))
    sat = pct(grab(text, r"服务对象满意度为(\d+(?:\.\d+)?%)").group(1))

    lines = region(text, "附件1.项目支出绩效自评表")
    names = ["预算执行率", "司法鉴定机构执业检查次数", "鉴定文书质量评查合格率", "投诉举报60日内办结率",
             "质量评查及能力验证成本", "司法鉴定意见采信率", "司法鉴定人继续教育培训覆盖率", "服务对象满意度"]
    rr, _ = rows_of(lines, names, 5)
    rows = [Row(n, c[1], c[2], c[0], c[4], completion=c[3], is_exec=(n == "预算执行率")) for n, c in rr]
    R = {r.name: r for r in rows}
    xr = amt["全年执行资金"][0].wan() / amt["全年预算资金"][0].wan() * 100
    row_checks(ck, rows, xr)
    score_checks(ck, [r.weight for r in rows], [r.score for r in rows], [total_p])
    grade_checks(ck, total_p, [grade_p])
    total_of(ck, "全年预算 = 年初 + 省级补助 + 结转", annual, [init, prov, co])
    total_of(ck, "结余 = 省级 + 市级", bal, [bal_p, bal_c])
    balance(ck, "年末结余(正文)", bal, recv, spent)
    rate(ck, "投诉办结率", comp_rate, comp_ok, comp_all)
    rate(ck, "培训覆盖率", tr_rate, tr_ok, tr_all)
    for q in [comp_rate, tr_rate, adopt, sat, avg, ba] + batches:
        bounded(ck, "正文比率", q)
    average(ck, "三批次平均合格率", avg, batches)
    A = amt
    same(ck, "年初预算", [init, A["年初预算资金"][0]])
    same(ck, "省级补助", [prov, A["全年预算资金"][3]])
    same(ck, "上年结转", [co, A["全年预算资金"][6]])
    same(ck, "全年预算", [annual, A["全年预算资金"][0]])
    same(ck, "到位", [recv, A["实际到位资金"][0]])
    same(ck, "执行", [spent, A["全年执行资金"][0]])
    same(ck, "结余", [bal, A["资金结余"][0]])
    same(ck, "省级结余", [bal_p, A["资金结余"][3]])
    same(ck, "市级结余", [bal_c, A["资金结余"][4]])
    same(ck, "执行率", [rt["预算执行率(%)"][0], ba, R["预算执行率"].A])
    same(ck, "执行率权重", [bw, R["预算执行率"].weight])
    same(ck, "执行率得分", [bs, R["预算执行率"].score])
    same(ck, "执行率目标", [pct(bt), R["预算执行率"].T])
    same(ck, "执业检查", [insp, R["司法鉴定机构执业检查次数"].A])
    same(ck, "评查合格率", [avg, R["鉴定文书质量评查合格率"].A])
    same(ck, "投诉办结率", [comp_rate, R["投诉举报60日内办结率"].A])
    same(ck, "评查成本", [cost, R["质量评查及能力验证成本"].A])
    same(ck, "采信率", [adopt, R["司法鉴定意见采信率"].A])
    same(ck, "培训覆盖率", [tr_rate, R["司法鉴定人继续教育培训覆盖率"].A])
    same(ck, "满意度", [sat, R["服务对象满意度"].A])
    year_checks(ck, text, Y)


# ---------------------------------------------------------------------------------------------
# project 5: 四川 宜宾市叙州区司法局 法律援助办案补贴及值班律师经费 2024 (Sichuan table)
# ---------------------------------------------------------------------------------------------
SC_FUNDS = ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]


def p_xuzhou(text, ck):
    Y = 2024
    m = grab(text, r"\d{4}年年初预算安排" + N + U + r"，其中\d{4}年12月省财政厅提前下达的中央补助地方法律援助办案专款"
             + N + U + r"、区级财政资金" + N + U + r"。\d{4}年6月省级追加法律援助补助资金" + N + U
             + r"，调整后预算" + N + U + r"（" + N + U + r"）")
    init, central, county, add, annual1, annual_yuan = [Q(m.group(i), m.group(i + 1), "prose") for i in (1, 3, 5, 7, 9, 11)]
    m = grab(text, r"调整后预算" + N + U + r"全部到位，到位率(\d+(?:\.\d+)?%)")
    annual2, recv_rate = Q(m.group(1), m.group(2)), pct(m.group(3))
    m = grab(text, r"实际支出" + N + U + r"，预算执行率(\d+(?:\.\d+)?%)")
    spent, xrate = Q(m.group(1), m.group(2), "prose"), pct(m.group(3))
    m = grab(text, r"办案补贴" + N + U + r"（结案补贴" + N + r"件，平均每件" + N + U + r"）、值班律师补贴" + N + U
             + r"、法律援助工作站运行经费" + N + U + r"、宣传经费" + N + U)
    subsidy, cases_a, percase = Q(m.group(1), m.group(2)), Q(m.group(3), "件"), Q(m.group(4), m.group(5))
    uses = [subsidy, Q(m.group(6), m.group(7)), Q(m.group(8), m.group(9)), Q(m.group(10), m.group(11))]
    bal = Q(grab(text, r"年末未执行资金" + N + r"万元").group(1), "万元")
    cases_b = Q(grab(text, r"受理法律援助申请\d+件，办结" + N + r"件").group(1), "件")
    duty_approx = Q(grab(text, r"提供法律帮助约" + N + r"人次").group(1), "人次", approx=True)
    good = pct(grab(text, r"开展案件质量评估，优良率(\d+(?:\.\d+)?%)").group(1))
    m = grab(text, r"挽回经济损失" + N + U + r"，完成率(\d+(?:\.\d+)?%)")
    gain, gain_comp = Q(m.group(1), m.group(2)), pct(m.group(3))
    sat = pct(grab(text, r"电话回访受援人\d+人，满意率(\d+(?:\.\d+)?%)").group(1))
    m = grab(text, r"经自评，本项目自评得分" + N + r"分，评价等级为(优秀|优|良好|良|中等|中|合格|一般|较差|差)")
    total_p, grade_p = Q(m.group(1)), m.group(2)
    m = grab(text, r"办结案件" + N + r"件，案件质量评估优良率\s*(\d+(?:\.\d+)?%)")
    goal_cases, goal_good = Q(m.group(1), "件"), pct(m.group(2))
    m = grab(text, r"年度目标基本完成，自评得分" + N + r"\s*分，等级为(优秀|优|良好|良|中等|中|合格|一般|较差|差)")
    total_box, grade_box = Q(m.group(1)), m.group(2)

    lines = region(text, "项目支出绩效自评表")
    funds, p = rows_of(lines, SC_FUNDS, 6)
    names = ["法律援助案件办结数", "值班律师提供法律帮助人次", "规范化法律援助工作站数", "案件质量评估优良率",
             "7个工作日内作出审查决定率", "刑事案件办案补贴标准", "为受援人挽回经济损失", "受援人满意率",
             "农民工欠薪案件应援尽援率"]
    rr, p = rows_of(lines, names, 6, p)
    rows = [Row(n, c[1], c[3], c[4], c[5], nature=c[0], unitcol=c[2]) for n, c in rr]
    R = {r.name: r for r in rows}
    tcells, p = take(lines, p, "总分", 2)
    tw, ts = Q(tcells[0]), Q(tcells[1])

    F = dict(funds)
    w, s, rx = funds_checks(ck, funds, "年度资金总额")
    row_checks(ck, rows, rx)
    score_checks(ck, [w] + [r.weight for r in rows], [s] + [r.score for r in rows], [ts, total_p, total_box], tw)
    grade_checks(ck, ts, [grade_p, grade_box])
    total_of(ck, "年初 = 中央 + 区级", init, [central, county])
    total_of(ck, "调整后 = 年初 + 追加", annual1, [init, add])
    total_of(ck, "支出用途", spent, uses)
    rate(ck, "预算执行率(正文)", xrate, spent, annual1)
    rate(ck, "到位率", recv_rate, annual2, annual2)
    for q in [xrate, recv_rate, good, sat]:
        bounded(ck, "正文比率", q)
    balance(ck, "年末未执行", bal, annual1, spent)
    per_unit(ck, "平均每件补贴", percase, subsidy, cases_a)
    calc(ck, "completion_mismatch", "挽回经济损失完成率", gain_comp, R["为受援人挽回经济损失"].comp())
    same(ck, "年初预算", [init, Q(F["年度资金总额"][0], "万元"), Q(F["其中：财政资金"][0], "万元")])
    same(ck, "全年预算", [annual1, annual2, annual_yuan, Q(F["年度资金总额"][1], "万元"),
                          Q(F["其中：财政资金"][1], "万元")])
    same(ck, "全年执行", [spent, Q(F["年度资金总额"][2], "万元"), Q(F["其中：财政资金"][2], "万元")])
    same(ck, "执行率", [xrate, pct(F["年度资金总额"][4]), pct(F["其中：财政资金"][4])])
    same(ck, "办结案件", [cases_a, cases_b, goal_cases, R["法律援助案件办结数"].A])
    same(ck, "值班律师人次", [duty_approx, R["值班律师提供法律帮助人次"].A])
    same(ck, "优良率", [good, goal_good, R["案件质量评估优良率"].A])
    same(ck, "挽回经济损失", [gain, R["为受援人挽回经济损失"].A])
    same(ck, "满意率", [sat, R["受援人满意率"].A])
    same(ck, "总分", [total_p, ts, total_box])
    year_checks(ck, text, Y)


PROJECTS = {
    "gs-maiji-falvyuanzhu-2019": p_maiji,
    "jx-ganzhou-sfjdjianguan-2021": p_ganzhou,
    "hb-jingmen-sifaju-bumen-2023": p_jingmen,
    "sx-changzhi-sfjdzhiliang-2022": p_changzhi,
    "sc-yibin-xuzhou-falvyuanzhu-2024": p_xuzhou,
}


def check_text(source, text):
    ck = Ck()
    PROJECTS[source](text, ck)
    return ck


def edit_region(a, b):
    """Common prefix/suffix diff: (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    verbose = "-v" in sys.argv
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    counts = {c: 0 for c in CODES}
    seen = set()
    for lab in labels:
        case, src = lab["case"], lab["source"]
        seen.add(case)
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        try:
            ck = check_text(src, text)
        except ParseError as e:
            problems.append("%s: parse error %s" % (case, e))
            continue
        if verbose:
            print(case, ck.codes(), "warnings=%d" % len(ck.warnings))
            for c, msg in ck.errors:
                print("   ", c, msg)
        if lab["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append("%s: %d characters" % (case, n))
            if lab["expected"] or ck.errors or ck.warnings or text != clean:
                problems.append("%s: clean draft fails %s %s" % (case, ck.errors, ck.warnings))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected one label" % case)
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        if code not in CODES or exp[0]["severity"] != "error":
            problems.append("%s: bad code/severity" % case)
        counts[code] = counts.get(code, 0) + 1
        if ck.codes() != [code]:
            problems.append("%s: labelled %s, checks give %s" % (case, code, ck.errors))
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append("%s: value %r occurs %d times" % (case, value, len(occ)))
            continue
        s, ea, eb = edit_region(clean, text)
        if text == clean or max(ea - s, eb - s) > 40:
            problems.append("%s: edit region %d/%d chars" % (case, ea - s, eb - s))
        vs, ve = occ[0], occ[0] + len(value)
        if not (vs < max(eb, s + 1) and s < ve):
            problems.append("%s: edit [%d,%d) does not overlap value [%d,%d)" % (case, s, eb, vs, ve))
    files = set(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if files != seen:
        problems.append("cases without labels or labels without cases: %s" % sorted(files ^ seen))
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append("code %s labelled %d times" % (c, counts.get(c, 0)))
    if len(labels) != 35:
        problems.append("%d labels" % len(labels))
    if problems:
        print("\n".join(problems))
        print("FAIL")
        sys.exit(1)
    print("codes: " + ", ".join("%s=%d" % (c, counts[c]) for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
