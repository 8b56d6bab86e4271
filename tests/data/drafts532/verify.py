#!/usr/bin/env python3
"""Independent arithmetic check of the drafts532 set (standard library + decimal only).

For every case listed in labels.jsonl the figures are read back from the case text (prose figures by
regular expression, table cells from the one-cell-a-line PDF layout), and every identity of
/work/shared/domain/rules.md §7 that the draft states is recomputed with the tolerance of §8.

Requirements checked:
  * every clean draft: no error code and no warning;
  * every error case: the set of failing error codes is exactly the labelled code;
  * each label value occurs exactly once in its case and overlaps the single contiguous edit
    (≤ 40 characters on either side) that turns the clean draft into the case;
  * every error code of errors.md §A is used at least twice; 35 cases, 5 clean.
Prints OK on success, otherwise the problems, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

FOOTER = re.compile(r"^(?:[—－-]\s*\d+\s*[—－-]|第\s*\d+\s*页\s*[，,]?\s*共\s*\d+\s*页)$")
BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
CELL = re.compile(r"^(?P<sign>≥|≤|=|＞＝|＜＝|>=|<=)?(?P<v>-?\d[\d,]*(?:\.\d+)?)(?P<u>[^\d].*)?$")
MONEY = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}
EPS = D("1e-9")


class SpecError(Exception):
    pass


class Num:
    def __init__(self, raw, value, d, unit, sign=None):
        self.raw, self.value, self.d, self.unit, self.sign = raw, value, d, unit or "", sign

    def tol(self):
        return D(5) * D(10) ** (-(self.d + 1)) + EPS

    def money(self):
        return self.unit in MONEY

    def w(self):
        """value normalised to 万元 for money, unchanged otherwise"""
        return self.value * MONEY[self.unit] if self.money() else self.value

    def wtol(self):
        return (D(5) * D(10) ** (-(self.d + 1))) * (MONEY[self.unit] if self.money() else 1) + EPS

    def scaled(self, k):
        return Num(self.raw, self.value * D(10) ** k, self.d, self.unit, self.sign)

    def __repr__(self):
        return self.raw


def num(v, unit=None, sign=None):
    s = v.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    return Num(v + (unit or ""), D(s), d, unit, sign)


def cell(s):
    """A table cell as Num, or None for '—' and text."""
    s = s.strip()
    m = CELL.match(s)
    if not m:
        return None
    sign = m.group("sign")
    sign = {"＞＝": "≥", ">=": "≥", "＜＝": "≤", "<=": "≤"}.get(sign, sign)
    return num(m.group("v"), (m.group("u") or "").strip(), sign)


def unit_key(u):
    """score cells carry no unit in the tables; prose writes 分"""
    return "" if u in ("分", "") else u


def r2(x, n=2):
    return x.quantize(D(1).scaleb(-n), rounding=ROUND_HALF_UP)


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, text, year):
        self.text = text
        self.year = year
        self.lines = []
        for ln in text.split("\n"):
            s = BOOKMARK.sub("", ln).strip()
            if s and not FOOTER.match(s):
                self.lines.append(s)
        self.errors = []
        self.warnings = []
        self.skipped = []

    # ---------- reading ----------
    def P(self, pat, unit=None, group="v"):
        ms = list(re.finditer(pat, self.text))
        if len(ms) != 1:
            raise SpecError("pattern %r matched %d times" % (pat, len(ms)))
        m = ms[0]
        u = (m.groupdict().get("u") or unit) if group == "v" else unit
        return num(m.group(group), u)

    def S(self, pat):
        ms = list(re.finditer(pat, self.text))
        if len(ms) != 1:
            raise SpecError("pattern %r matched %d times" % (pat, len(ms)))
        return ms[0].group(1)

    def T(self, anchor, cols):
        a = anchor.split("\n")
        hits = [i for i in range(len(self.lines) - len(a) + 1) if self.lines[i:i + len(a)] == a]
        if len(hits) != 1:
            raise SpecError("anchor %r found %d times" % (anchor, len(hits)))
        i = hits[0] + len(a)
        vals = self.lines[i:i + len(cols)]
        if len(vals) != len(cols):
            raise SpecError("anchor %r: table ends early" % anchor)
        return dict(zip(cols, vals))

    # ---------- reporting ----------
    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # ---------- money identities with the unit-rescaling rule (errors.md #11 b) ----------
    def _money_check(self, code, figs, ok, msg):
        if ok(figs):
            return
        for i, f in enumerate(figs):
            if f is not None and f.money():
                for k in (4, -4, 8, -8):
                    trial = list(figs)
                    trial[i] = f.scaled(k)
                    if ok(trial):
                        self.err("unit_mismatch", "%s: %s reconciles only when rescaled by 10^%d" % (msg, f.raw, -k))
                        return
        self.err(code, msg + " " + repr(figs))

    def sum(self, total, parts, what, code="sum_mismatch"):
        def ok(f):
            return abs(sum((p.w() for p in f[1:]), D(0)) - f[0].w()) <= f[0].wtol()
        self._money_check(code, [total] + list(parts), ok, "sum %s" % what)

    def bal(self, bal, a, b, what, code="balance_mismatch"):
        def ok(f):
            return abs(f[1].w() - f[2].w() - f[0].w()) <= f[0].wtol()
        self._money_check(code, [bal, a, b], ok, "balance %s" % what)

    def eq(self, x, y, what, code="conflicting_values"):
        if not (x.money() and y.money()) and unit_key(x.unit) != unit_key(y.unit):
            self.skipped.append((what, x.raw, y.raw))
            return  # different measures: not the same quantity (a unit slip is reported by its row)

        def ok(f):
            return abs(f[0].w() - f[1].w()) <= max(f[0].wtol(), f[1].wtol())
        self._money_check(code, [x, y], ok, "same value %s" % what)

    def rate(self, rate_cell, n, dn, what, code="rate_mismatch", bounded=True):
        """rate_cell: Num or None ('—'); n, dn: Num."""
        if dn.w() == 0:
            if rate_cell is not None and rate_cell.value != 0:
                self.err("implausible_rate", "rate %s on a zero base (%s)" % (rate_cell.raw, what))
            return
        if rate_cell is None:
            self.err(code, "rate missing for %s" % what)
            return
        if bounded and rate_cell.value > 100:
            self.err("implausible_rate", "rate %s above 100%% (%s)" % (rate_cell.raw, what))

        def ok(f):
            return abs(f[1].w() / f[2].w() * 100 - f[0].value) <= f[0].tol()
        self._money_check(code, [rate_cell, n, dn], ok, "rate %s" % what)

    def targets(self, pairs):
        """Targets restated in the goals / prose: every match must equal the table target (same quantity)."""
        for pat, unit, target_cell in pairs:
            ms = list(re.finditer(pat, self.text))
            if not ms:
                raise SpecError("target pattern %r not found" % pat)
            t = cell(target_cell)
            for m in ms:
                self.eq(num(m.group("v"), unit), t, "target %s" % pat)

    def diff(self, d, a, b, what, code):
        if abs(a.value - b.value - d.value) > d.tol():
            self.err(code, "difference %s: %s - %s != %s" % (what, a, b, d))

    def avg(self, a, items, what):
        c = sum((i.value for i in items), D(0)) / len(items)
        if abs(c - a.value) > a.tol():
            self.err("average_mismatch", "average %s: mean %s != %s" % (what, c, a))

    def le100(self, r, what):
        if r.value > 100 or r.value < 0:
            self.err("implausible_rate", "%s = %s outside 0-100%%" % (what, r.raw))

    def years(self, pat, pred, what):
        found = re.findall(pat, self.text)
        if not found:
            raise SpecError("year pattern %r not found" % pat)
        for y in found:
            if not pred(int(y)):
                self.err("year_mismatch", "%s: %s (evaluation year %d)" % (what, y, self.year))

    # ---------- indicator rows ----------
    def row(self, r, name):
        """r: dict with target, actual, rate, weight, score (strings). Returns (weight, score)."""
        t, a = cell(r["target"]), cell(r["actual"])
        rate, w, s = cell(r["rate"]), cell(r["weight"]), cell(r["score"])
        if w is None or s is None:
            raise SpecError("row %s: weight/score unreadable %r" % (name, r))
        if s.value > w.value or s.value < 0:
            self.err("score_exceeds_weight", "row %s: score %s, weight %s" % (name, s.raw, w.raw))
        if t is None:  # qualitative row
            if r["rate"].strip() not in ("—", "-", ""):
                self.err("completion_mismatch", "row %s: qualitative row with a completion %s" % (name, r["rate"]))
            if not (w.value * D("0.8") <= s.value <= w.value):
                self.warn("score_rule_mismatch", "row %s: qualitative score %s outside the achieved band" % (name, s))
            return w, s
        if a is None or (t.unit != a.unit):
            self.err("unit_mismatch", "row %s: target %s vs actual %s" % (name, r["target"], r["actual"]))
            return w, s
        direction = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[t.sign]
        if direction == "eq" and t.value == 0:
            comp = None
            expect = w.value if a.value <= 0 else D(0)
        elif direction == "lte":
            comp = D(100) if a.value <= t.value else t.value / a.value * 100
            expect = w.value * min(D(1), comp / 100)
        else:
            comp = max(a.value, D(0)) / t.value * 100
            expect = w.value * min(D(1), comp / 100)
        if comp is None:
            if rate is not None and not (a.value <= 0 and rate.value == 100):
                self.err("completion_mismatch", "row %s: completion %s on a zero target" % (name, rate.raw))
        else:
            if rate is None or abs(comp - rate.value) > rate.tol():
                self.err("completion_mismatch", "row %s: completion %s, computed %s" % (name, r["rate"], r2(comp)))
        if s.value <= w.value:
            alt = w.value * min(D(1), rate.value / 100) if rate is not None else expect
            if abs(expect - s.value) > s.tol() and abs(alt - s.value) > s.tol():
                self.warn("score_rule_mismatch", "row %s: score %s, rule gives %s" % (name, s, r2(expect)))
        return w, s

    def exec_score(self, rate_cell, spent, annual, w, s, what):
        if s.value > w.value or s.value < 0:
            self.err("score_exceeds_weight", "execution score %s above weight %s" % (s, w))
            return
        e1 = w.value * min(D(1), spent.w() / annual.w())
        e2 = w.value * min(D(1), rate_cell.value / 100) if rate_cell is not None else e1
        if abs(e1 - s.value) > s.tol() and abs(e2 - s.value) > s.tol():
            self.warn("score_rule_mismatch", "execution score %s, rule gives %s (%s)" % (s, r2(e1), what))

    def totals(self, weights, scores, stated_weight_totals, stated_score_totals):
        sw = sum((w.value for w in weights), D(0))
        if sw != 100:
            self.err("weight_sum_mismatch", "weights sum to %s" % sw)
        for t in stated_weight_totals:
            if abs(sw - t.value) > t.tol() or t.value != 100:
                self.err("weight_sum_mismatch", "stated weight total %s, rows sum %s" % (t, sw))
        ss = sum((s.value for s in scores), D(0))
        for t in stated_score_totals:
            if abs(ss - t.value) > t.tol():
                self.err("score_sum_mismatch", "stated total %s, rows sum %s" % (t, ss))

    def block(self, stated, parts, what, code):
        c = sum((p.value for p in parts), D(0))
        if abs(c - stated.value) > stated.tol():
            self.err(code, "%s: stated %s, rows sum %s" % (what, stated, c))

    def grade(self, word, total, what):
        g = GRADE_WORD.get(word)
        if g is None:
            raise SpecError("unknown grade word %r" % word)
        if g != band(total.value):
            self.err("grade_mismatch", "%s: %s for total %s (band %s)" % (what, word, total, band(total.value)))


ROW5 = ["target", "actual", "rate", "weight", "score"]
ROW5_SX = ["weight", "target", "actual", "rate", "score"]          # Shanxi-style column order
FUND6 = ["init", "annual", "spent", "weight", "rate", "score"]
M = r"(?P<v>\d[\d,]*(?:\.\d+)?)(?P<u>万元|元|亿元)"                    # an amount with its unit
V = r"(?P<v>\d[\d,]*(?:\.\d+)?)"                                     # a bare number


def fund_rows(c, anchors):
    out = {}
    for key, anchor in anchors.items():
        r = c.T(anchor, FUND6)
        out[key] = {k: (cell(v) if k != "weight" else cell(v)) for k, v in r.items()}
        for k in ("init", "annual", "spent"):
            if out[key][k] is None:
                raise SpecError("fund row %s %s unreadable" % (key, k))
            out[key][k] = num(r[k], "万元")
    return out


def fund_block(c, f, total, parts, exec_what):
    """MOF funds block: components sum per column, row rates, execution score."""
    for col in ("init", "annual", "spent"):
        c.sum(f[total][col], [f[p][col] for p in parts], "funds column %s" % col)
    for key in [total] + parts:
        c.rate(f[key]["rate"], f[key]["spent"], f[key]["annual"], "funds row %s" % key)
    t = f[total]
    c.exec_score(t["rate"], t["spent"], t["annual"], t["weight"], t["score"], exec_what)


def read_rows(c, rows, cols):
    out = {}
    for key, anchor in rows:
        out[key] = c.T(anchor, cols)
    return out


def check_rows(c, rows):
    ws, ss = {}, {}
    for key, r in rows.items():
        ws[key], ss[key] = c.row(r, key)
    return ws, ss


# =====================================================================================
# A  江西 万年县 2021
# =====================================================================================
def spec_wannian(c):
    Y = c.year
    f = fund_rows(c, {"total": "年度资金总额", "fiscal": "其中：当年财政拨款",
                      "carry": "上年结转资金", "other": "其他资金"})
    fund_block(c, f, "total", ["fiscal", "carry", "other"], "年度资金总额")
    init = c.P(r"项目年初预算" + M)
    c_adv = c.P(r"提前下达的中央补助资金" + M)
    p_init = c.P(r"、省级补助资金" + M)
    k_init = c.P(r"，县级配套资金" + M)
    c.sum(init, [c_adv, p_init, k_init], "年初预算 = 中央 + 省 + 县")
    add = c.P(r"省级追加补助资金" + M)
    carry = c.P(r"加上2020年结转资金" + M)
    annual = c.P(r"全年预算调整为" + M)
    c.sum(annual, [init, add, carry], "全年预算 = 年初 + 追加 + 结转")
    fiscal = c.P(r"当年财政拨款" + M + "由")
    c2 = c.P(r"由中央补助" + M)
    p2 = c.P(r"、省级补助" + M + "、县级配套")
    k2 = c.P(r"、县级配套" + M + "构成")
    c.sum(fiscal, [c2, p2, k2], "当年财政拨款 = 中央 + 省 + 县")
    c.sum(p2, [p_init, add], "省级 = 年初 + 追加")
    c.eq(c2, c_adv, "中央补助")
    c.eq(k2, k_init, "县级配套")
    spent = c.P(r"项目全年执行" + M)
    prate = c.P(r"，预算执行率" + V + "%", "%")
    c.rate(prate, spent, annual, "prose 执行率")
    items = [c.P(r"其中婚前医学检查费用" + M), c.P(r"、孕前优生健康检查费用" + M),
             c.P(r"、宣传及培训费用" + M), c.P(r"随访及实验室质控费用" + M)]
    c.sum(spent, items, "执行 = 分项支出")
    unspent = c.P(r"未执行的" + M)
    c.bal(unspent, annual, spent, "未执行 = 全年预算 - 执行")
    # prose vs table funds
    c.eq(init, f["total"]["init"], "年初预算")
    c.eq(annual, f["total"]["annual"], "全年预算")
    c.eq(spent, f["total"]["spent"], "全年执行")
    c.eq(fiscal, f["fiscal"]["annual"], "当年财政拨款")
    c.eq(carry, f["carry"]["annual"], "上年结转")
    c.eq(prate, f["total"]["rate"], "执行率")
    # outputs in prose
    n_hj = c.P(r"完成免费婚前医学检查" + V + "人(?!以上)", "人")
    n_reg = c.P(r"结婚登记" + V + "人", "人")
    hj_rate = c.P(r"人的" + V + "%", "%")
    c.rate(hj_rate, n_hj, n_reg, "婚前医学检查率")
    last = c.P(r"较上年（" + V + "%）", "%")
    pp = c.P(r"提高" + V + "个百分点", "%")
    c.diff(pp, hj_rate, last, "婚检率比上年提高", "rate_mismatch")
    n_yj = c.P(r"完成孕前优生健康检查" + V + "对", "对")
    n_tg = c.P(r"目标人群" + V + "对", "对")
    cov = c.P(r"对，覆盖率" + V + "%", "%")
    c.rate(cov, n_yj, n_tg, "目标人群覆盖率")
    # table
    rows = read_rows(c, [
        ("hj_n", "免费婚前医学检查\n人数"),
        ("cov", "孕前优生健康检查\n目标人群覆盖率"),
        ("hj_rate", "婚前医学检查率"),
        ("follow", "高风险人群随访\n服务率"),
        ("eqa", "实验室室间质评\n合格率"),
        ("timely", "检查结果告知\n及时率"),
        ("cost", "婚前医学检查人均\n补助标准"),
        ("know", "群众优生优育知识\n知晓率"),
        ("defect", "新生儿出生缺陷\n发生率"),
        ("mech", "可持续影响\n服务机制运行"),
        ("sat", "满意度指标\n服务对象满意度\n服务对象满意度"),
    ], ROW5)
    ws, ss = check_rows(c, rows)
    c.eq(n_hj, cell(rows["hj_n"]["actual"]), "婚检人数 prose/table")
    c.eq(hj_rate, cell(rows["hj_rate"]["actual"]), "婚检率 prose/table")
    c.eq(cov, cell(rows["cov"]["actual"]), "覆盖率 prose/table")
    c.eq(c.P(r"随访服务率" + V + "%", "%"), cell(rows["follow"]["actual"]), "随访服务率")
    c.eq(c.P(r"告知及时率" + V + "%", "%"), cell(rows["timely"]["actual"]), "及时率")
    c.eq(c.P(r"出生缺陷发生率为" + V + "‰", "‰"), cell(rows["defect"]["actual"]), "出生缺陷发生率")
    c.eq(c.P(r"知晓率达到" + V + "%，", "%"), cell(rows["know"]["actual"]), "知晓率")
    sat = c.P(r"服务对象满意度为" + V + "%", "%")
    c.le100(sat, "满意度")
    c.eq(sat, cell(rows["sat"]["actual"]), "满意度")
    c.eq(c.P(r"完成婚前医学检查" + V + "人(?!以上)", "人"), cell(rows["hj_n"]["actual"]), "目标表 婚检人数")
    c.eq(c.P(r"生健康检查覆盖率" + V + "%", "%"), cell(rows["cov"]["actual"]), "目标表 覆盖率")
    c.eq(c.P(r"陷发生率" + V + "‰", "‰"), cell(rows["defect"]["actual"]), "目标表 缺陷率")
    c.targets([
        (r"完成免费婚前医学检查" + V + "人以上", "人", rows["hj_n"]["target"]),
        (r"婚前医学检查率达到" + V + "%以上", "%", rows["hj_rate"]["target"]),
        (r"目标人群覆盖率\n?" + V + "%以上", "%", rows["cov"]["target"]),
        (r"覆盖率达到" + V + "%以上", "%", rows["cov"]["target"]),
        (r"随访服务率达到" + V + "%以上", "%", rows["follow"]["target"]),
        (r"控制在" + V + "‰以内", "‰", rows["defect"]["target"]),
        (r"知晓率达到" + V + "%以上", "%", rows["know"]["target"]),
        (r"略低于" + V + "%的目标值", "%", rows["know"]["target"]),
        (r"满意度达到" + V + "%以上", "%", rows["sat"]["target"]),
        (r"婚前医学检查每人" + V + "元", "元/人", rows["cost"]["target"]),
    ])
    # weights, scores, grade
    tot = c.T("总分", ["weight", "score"])
    tw, ts = cell(tot["weight"]), cell(tot["score"])
    s_exec = f["total"]["score"]
    p_exec = c.P(r"预算执行得分" + V + "分", "分")
    p_out = c.P(r"产出指标得分" + V + "分", "分")
    p_ben = c.P(r"效益指标得分" + V + "分", "分")
    p_sat = c.P(r"满意度指标得分" + V + "分", "分")
    p_tot = c.P(r"综合得分" + V + "分", "分")
    out = ["hj_n", "cov", "hj_rate", "follow", "eqa", "timely", "cost"]
    ben = ["know", "defect", "mech"]
    c.block(p_exec, [s_exec], "预算执行得分", "score_sum_mismatch")
    c.block(p_out, [ss[k] for k in out], "产出得分", "score_sum_mismatch")
    c.block(p_ben, [ss[k] for k in ben], "效益得分", "score_sum_mismatch")
    c.block(p_sat, [ss["sat"]], "满意度得分", "score_sum_mismatch")
    c.totals([f["total"]["weight"]] + list(ws.values()), [s_exec] + list(ss.values()), [tw], [ts, p_tot])
    c.grade(c.S(r"评价等级为“(.)”"), p_tot, "prose grade")
    c.grade(c.T("自评等级", ["g"])["g"], ts, "table grade")
    # years
    c.years(r"(\d{4})年度", lambda y: y == Y, "年度")
    c.years(r"截至(\d{4})年12月31日", lambda y: y == Y, "截至")
    c.years(r"结转至(\d{4})年", lambda y: y > Y, "结转去向")
    c.years(r"(\d{4})年项目年初预算", lambda y: y == Y, "预算年度")
    c.years(r"(\d{4})年12月提前下达", lambda y: y in (Y - 1, Y), "提前下达")


# =====================================================================================
# B  河南 息县 2019 (Shanxi-style funds table with 行次 and printed formulas)
# =====================================================================================
SX_COLS = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]


def spec_xixian(c):
    Y = c.year
    t = {}
    for key, anchor in [("init", "年初预算资金\n(1)"), ("annual", "全年预算资金\n(2)"),
                        ("recv", "实际到位资金\n(3)"), ("spent", "全年执行资金\n(4)"),
                        ("bal", "资金结余\n(5)=(3)-(4)"), ("rrate", "预算到位率(%)\n(6)=(3)/(2)"),
                        ("erate", "预算执行率(%)\n(7)=(4)/(2)")]:
        r = c.T(anchor, SX_COLS)
        if key in ("rrate", "erate"):
            t[key] = {k: (num(v, "%") if cell(v) is not None else None) for k, v in r.items()}
        else:
            t[key] = {k: num(v, "万元") for k, v in r.items()}
    for key in ("init", "annual", "recv", "spent", "bal"):
        row = t[key]
        c.sum(row["sub"], [row["central"], row["prov"], row["city"], row["county"]], "%s 小计" % key)
        c.sum(row["total"], [row["sub"], row["carry"], row["other"]], "%s 年度总金额" % key)
    for col in SX_COLS:
        c.bal(t["bal"][col], t["recv"][col], t["spent"][col], "(5) %s" % col)
        c.rate(t["rrate"][col], t["recv"][col], t["annual"][col], "(6) %s" % col)
        c.rate(t["erate"][col], t["spent"][col], t["annual"][col], "(7) %s" % col)
    # prose funds
    init = c.P(r"项目年初预算" + M)
    carry = c.P(r"加上2018年结转资金" + M)
    annual = c.P(r"，全年预算" + M)
    c.sum(annual, [init, carry], "全年预算 = 年初 + 结转")
    c.eq(init, t["init"]["total"], "年初预算")
    c.eq(carry, t["annual"]["carry"], "上年结转")
    c.eq(annual, t["annual"]["total"], "全年预算")
    cp = c.P(r"中央和省级补助资金" + M)
    c.sum(cp, [t["recv"]["central"], t["recv"]["prov"]], "中央+省级 到位")
    k_recv = c.P(r"县级配套资金到位" + M)
    c.eq(k_recv, t["recv"]["county"], "县级到位")
    k_rate = c.P(r"，到位率" + V + "%", "%")
    c.rate(k_rate, k_recv, t["annual"]["county"], "县级到位率")
    spent = c.P(r"全年执行" + M + "，预算执行率")
    c.eq(spent, t["spent"]["total"], "全年执行")
    prate = c.P(r"，预算执行率" + V + "%", "%")
    c.rate(prate, spent, annual, "prose 执行率")
    bal = c.P(r"结余资金" + M + "，其中")
    c.eq(bal, t["bal"]["total"], "结余")
    c.bal(bal, t["recv"]["total"], spent, "结余 = 到位 - 执行 (prose)")
    bc = c.P(r"中央补助资金结余" + M)
    bk = c.P(r"县级配套资金结余" + M)
    c.sum(bal, [bc, bk], "结余 = 中央 + 县")
    c.eq(bc, t["bal"]["central"], "中央结余")
    c.eq(bk, t["bal"]["county"], "县级结余")
    c.eq(c.P(r"全年执行" + M + "。县级"), t["spent"]["total"], "全年执行 (section 3)")
    # outputs
    couples = c.P(r"全年为" + V + "对夫妇", "对")
    persons = c.P(r"对夫妇（" + V + "人）", "人")
    if persons.value != couples.value * 2:
        c.err("conflicting_values", "persons %s != 2 x couples %s" % (persons, couples))
    last = c.P(r"较2018年的" + V + "人", "人")
    inc = c.P(r"人增加" + V + "人", "人")
    c.diff(inc, persons, last, "比上年增加", "sum_mismatch")
    tg = c.P(r"全县目标人群" + V + "对", "对")
    cov = c.P(r"目标人群覆盖率" + V + "%", "%")
    c.rate(cov, couples, tg, "目标人群覆盖率")
    rows = read_rows(c, [
        ("exec", "预算执行指标\n预算执行指标\n预算执行率"),
        ("n", "免费孕前优生健康\n检查人数"),
        ("cov", "目标人群覆盖率"),
        ("feedback", "检查结果反馈率"),
        ("early", "早孕随访率"),
        ("time", "检查报告发放\n时限"),
        ("cost", "每对夫妇检查\n补助标准"),
        ("know", "出生缺陷一级预防\n知识知晓率"),
        ("interv", "风险人群指导\n干预率"),
        ("mech", "孕前优生服务\n长效机制"),
        ("sat", "服务对象满意度指标\n服务对象满意度"),
    ], ROW5_SX)
    ws, ss = check_rows(c, rows)
    ex_actual = cell(rows["exec"]["actual"])
    c.eq(ex_actual, t["erate"]["total"], "执行率 自评表/资金表")
    c.eq(persons, cell(rows["n"]["actual"]), "检查人数")
    c.eq(cov, cell(rows["cov"]["actual"]), "覆盖率")
    c.eq(c.P(r"早孕随访率" + V + "%", "%"), cell(rows["early"]["actual"]), "早孕随访率")
    c.eq(c.P(r"均在" + V + "个工作日内", "个工作日"), cell(rows["time"]["actual"]), "报告时限")
    c.eq(c.P(r"干预率" + V + "%", "%"), cell(rows["interv"]["actual"]), "干预率")
    c.eq(c.P(r"提高到" + V + "%", "%"), cell(rows["know"]["actual"]), "知晓率")
    sat = c.P(r"服务对象满意度" + V + "%", "%")
    c.le100(sat, "满意度")
    c.eq(sat, cell(rows["sat"]["actual"]), "满意度")
    c.targets([
        (r"孕前优生健康检查" + V + "人以上", "人", rows["n"]["target"]),
        (r"覆盖率不低于" + V + "%", "%", rows["cov"]["target"]),
        (r"早孕随访率不低于" + V + "%", "%", rows["early"]["target"]),
        (r"干预率不低于" + V + "%", "%", rows["interv"]["target"]),
        (r"满意度不低于" + V + "%", "%", rows["sat"]["target"]),
        (r"每对夫妇检查补助" + V + "元", "元/对", rows["cost"]["target"]),
    ])
    tot = c.T("合计", ["weight", "score"])
    p_tot = c.P(r"总得分" + V + "分", "分")
    c.totals(list(ws.values()), list(ss.values()), [cell(tot["weight"])], [cell(tot["score"]), p_tot])
    c.grade(c.S(r"属于“(.+?)”"), p_tot, "prose grade")
    c.years(r"(\d{4})年度", lambda y: y == Y, "年度")
    c.years(r"(\d{4})年我县免费孕前", lambda y: y == Y, "预算年度")
    c.years(r"实施计划：1年（(\d{4})年", lambda y: y == Y, "实施期")
    c.years(r"加上(\d{4})年结转资金", lambda y: y == Y - 1, "结转来源")


# =====================================================================================
# C  广西 田东县 2024
# =====================================================================================
def spec_tiandong(c):
    Y = c.year
    f = fund_rows(c, {"total": "年度资金总额", "fiscal": "其中：当年财政拨款",
                      "carry": "上年结转资金", "other": "其他资金"})
    fund_block(c, f, "total", ["fiscal", "carry", "other"], "年度资金总额")
    budget = c.P(r"项目预算" + M + "，其中")
    parts = [c.P(r"中央补助资金" + M), c.P(r"自治区补助资金" + M), c.P(r"县级配套资金" + M)]
    c.sum(budget, parts, "预算 = 中央 + 自治区 + 县")
    c.eq(budget, f["total"]["annual"], "全年预算")
    c.eq(budget, f["total"]["init"], "年初预算 (全年预算未调整)")
    spent = c.P(r"项目支出" + M + "，预算执行率")
    prate = c.P(r"预算执行率" + V + "%", "%")
    c.rate(prate, spent, budget, "prose 执行率")
    c.eq(spent, f["total"]["spent"], "全年执行")
    c.eq(prate, f["total"]["rate"], "执行率")
    items = [c.P(r"地贫筛查）补助" + M), c.P(r"孕前优生健康检查补助" + M),
             c.P(r"产前诊断转介费用" + M), c.P(r"信息系统运维费用" + M)]
    c.sum(spent, items, "支出 = 分项")
    bal = c.P(r"结余" + M + "，已按规定收回")
    c.bal(bal, budget, spent, "结余 = 到位 - 支出 (到位率100%)")
    # outputs
    rows = read_rows(c, [
        ("hj", "免费婚前医学检查\n人数"),
        ("yj", "孕前优生健康检查\n人数"),
        ("edu", "婚育健康宣传活动\n场次"),
        ("thal", "婚检人群地中海\n贫血筛查率"),
        ("follow", "地贫高风险夫妇\n追踪随访率"),
        ("time", "婚孕检“一站式”\n服务办结时限"),
        ("cost", "孕前优生健康检查\n补助标准"),
        ("severe", "重型地中海贫血\n胎儿出生数"),
        ("hjrate", "婚前医学检查率"),
        ("mech", "“一站式”服务模\n式运行情况"),
        ("sat", "服务对象满意度\n指标\n服务对象满意度"),
    ], ROW5)
    ws, ss = check_rows(c, rows)
    n_hj = c.P(r"完成免费婚前医学检查" + V + "人(?!以上)", "人")
    c.eq(n_hj, cell(rows["hj"]["actual"]), "婚检人数")
    couples = c.P(r"孕前优生健康检查" + V + "对、", "对")
    persons = c.P(r"对、" + V + "人", "人")
    if persons.value != couples.value * 2:
        c.err("conflicting_values", "persons %s != 2 x couples %s" % (persons, couples))
    c.eq(persons, cell(rows["yj"]["actual"]), "孕检人数")
    c.eq(c.P(r"地中海贫血筛查率" + V + "%", "%"), cell(rows["thal"]["actual"]), "筛查率")
    acts = c.P(r"婚育健康宣传活动" + V + "场", "场")
    c.eq(acts, cell(rows["edu"]["actual"]), "宣传场次")
    q = [c.P(r"分别为" + V + "场", "场"), c.P(r"场、" + V + "场、\d", "场"),
         c.P(r"场、\d+场、" + V + "场、", "场"), c.P(r"场、" + V + "场，季度", "场")]
    c.sum(acts, q, "宣传场次 = 四季度")
    c.avg(c.P(r"季度平均" + V + "场", "场"), q, "季度平均场次")
    reg = c.P(r"结婚登记" + V + "人", "人")
    hjr = c.P(r"婚前医学检查率" + V + "%", "%")
    c.rate(hjr, n_hj, reg, "婚前医学检查率")
    c.eq(hjr, cell(rows["hjrate"]["actual"]), "婚检率")
    sat = c.P(r"服务对象满意度为" + V + "%", "%")
    c.le100(sat, "满意度")
    c.eq(sat, cell(rows["sat"]["actual"]), "满意度")
    c.eq(c.P(r"完成婚前医学检查" + V + "人(?!以上)", "人"), cell(rows["hj"]["actual"]), "目标表 婚检人数")
    c.eq(c.P(r"健康检查" + V + "人，未出生", "人"), cell(rows["yj"]["actual"]), "目标表 孕检人数")
    c.targets([
        (r"婚前医学检查" + V + "人以上", "人", rows["hj"]["target"]),
        (r"健康检查" + V + "人以上", "人", rows["yj"]["target"]),
        (r"地中海贫血筛查率达到" + V + "%以上", "%", rows["thal"]["target"]),
        (r"追踪随访率" + V + "%，", "%", rows["follow"]["target"]),
        (r"胎儿出生数为" + V + "，", "例", rows["severe"]["target"]),
        (r"检查率达到" + V + "%以上", "%", rows["hjrate"]["target"]),
        (r"满意度" + V + "%以上", "%", rows["sat"]["target"]),
        (r"每对夫妇" + V + "元", "元/对", rows["cost"]["target"]),
    ])
    c.rate(c.P(r"到位率" + V + "%", "%"), budget, budget, "到位率 (资金全部到位)")
    # weights and scores
    lw = {k: c.P(p + V + "分", "分") for k, p in
          [("exec", "按预算执行率"), ("out", "、产出指标"), ("ben", "、效益指标"), ("sat", "、满意度指标")]}
    out = ["hj", "yj", "edu", "thal", "follow", "time", "cost"]
    ben = ["severe", "hjrate", "mech"]
    c.block(lw["exec"], [f["total"]["weight"]], "一级权重 预算执行", "weight_sum_mismatch")
    c.block(lw["out"], [ws[k] for k in out], "一级权重 产出", "weight_sum_mismatch")
    c.block(lw["ben"], [ws[k] for k in ben], "一级权重 效益", "weight_sum_mismatch")
    c.block(lw["sat"], [ws["sat"]], "一级权重 满意度", "weight_sum_mismatch")
    if sum(v.value for v in lw.values()) != 100:
        c.err("weight_sum_mismatch", "一级权重 sum %s" % sum(v.value for v in lw.values()))
    ls = {k: c.P(p + V + "分", "分") for k, p in
          [("exec", "预算执行率得分"), ("out", "产出指标得分"), ("ben", "效益指标得分"), ("sat", "满意度指标得分")]}
    c.block(ls["exec"], [f["total"]["score"]], "预算执行得分", "score_sum_mismatch")
    c.block(ls["out"], [ss[k] for k in out], "产出得分", "score_sum_mismatch")
    c.block(ls["ben"], [ss[k] for k in ben], "效益得分", "score_sum_mismatch")
    c.block(ls["sat"], [ss["sat"]], "满意度得分", "score_sum_mismatch")
    tot = c.T("总分", ["weight", "score"])
    p_tot = c.P(r"总得分" + V + "分", "分")
    c.totals([f["total"]["weight"]] + list(ws.values()), [f["total"]["score"]] + list(ss.values()),
             [cell(tot["weight"])], [cell(tot["score"]), p_tot])
    c.grade(c.S(r"评价等级为“(.)”"), p_tot, "prose grade")
    c.years(r"(\d{4})年度", lambda y: y == Y, "年度")
    c.years(r"截至(\d{4})年12月31日", lambda y: y == Y, "截至")
    c.years(r"(\d{4})年项目预算(?=\d)", lambda y: y == Y, "预算年度")
    c.years(r"(\d{4})年12月提前下达", lambda y: y == Y - 1, "提前下达")


# =====================================================================================
# D  甘肃 会宁县 妇幼保健计划生育服务中心 2022 部门整体支出
# =====================================================================================
def spec_huining(c):
    Y = c.year
    f = fund_rows(c, {"total": "年度资金总额", "fiscal": "按收入性质分\n财政拨款",
                      "other": "其他资金", "basic": "按支出性质分\n基本支出", "proj": "项目支出"})
    for col in ("init", "annual", "spent"):
        c.sum(f["total"][col], [f["fiscal"][col], f["other"][col]], "收入性质 %s" % col)
        c.sum(f["total"][col], [f["basic"][col], f["proj"][col]], "支出性质 %s" % col)
    for key in f:
        c.rate(f[key]["rate"], f[key]["spent"], f[key]["annual"], "funds row %s" % key)
    t = f["total"]
    c.exec_score(t["rate"], t["spent"], t["annual"], t["weight"], t["score"], "部门整体")
    init = c.P(r"部门年初预算" + M)
    add = c.P(r"疫情防控经费等" + M)
    annual = c.P(r"，全年预算" + M + "，全年执行")
    spent = c.P(r"全年执行" + M + "，预算执行率")
    c.sum(annual, [init, add], "全年 = 年初 + 追加")
    c.eq(init, t["init"], "年初预算")
    c.eq(annual, t["annual"], "全年预算")
    c.eq(spent, t["spent"], "全年执行")
    prate = c.P(r"全年执行" + M + "，预算执行率" + r"(?P<r>\d+\.\d+)%", group="r", unit="%")
    c.rate(prate, spent, annual, "prose 执行率")
    prate2 = c.P(r"全年预算执行率" + V + "%", "%")
    c.eq(prate2, t["rate"], "执行率 (四、)")
    c.eq(prate, t["rate"], "执行率")
    pe = c.P(r"按10分权重计得" + V + "分", "分")
    c.eq(pe, t["score"], "执行得分")
    for key, pat_a, pat_s in [("fiscal", r"财政拨款全年预算" + M, r"财政拨款全年预算[\d.]+万元、执行" + M),
                              ("other", r"其他资金（事业收入）全年预算" + M, r"事业收入）全年预算[\d.]+万元、执行" + M),
                              ("proj", r"项目支出全年预算" + M, r"项目支出全年预算[\d.]+万元、执行" + M)]:
        c.eq(c.P(pat_a), f[key]["annual"], "%s 全年预算" % key)
        c.eq(c.P(pat_s), f[key]["spent"], "%s 执行" % key)
    basic = c.P(r"基本支出" + M + "全部执行")
    c.eq(basic, f["basic"]["annual"], "基本支出 预算")
    c.eq(basic, f["basic"]["spent"], "基本支出 执行")
    pj = [c.P(r"免费婚前医学检查" + M), c.P(r"免费孕前优生健康检查" + M),
          c.P(r"农村妇女增补叶酸" + M), c.P(r"其他妇幼公共卫生服务" + M)]
    c.sum(f["proj"]["annual"], pj, "项目支出 = 分项目")
    unspent = c.P(r"未执行的" + M)
    c.bal(unspent, annual, spent, "未执行 = 全年 - 执行")
    c.avg(c.P(r"平均" + V + "分", "分"),
          [c.P(r"分别为" + V + "分", "分"), c.P(r"分、" + V + "分、", "分"), c.P(r"分、" + V + "分，平均", "分")],
          "3个重点项目平均分")
    sg = c.P(r"“三公”经费支出" + M + "，控制在")
    sg_b = c.P(r"控制在" + M + "的年初预算")
    # table
    rows = read_rows(c, [
        ("hj", "婚前医学检查人数"),
        ("yj", "孕前优生健康检查\n人数"),
        ("folic", "农村妇女增补叶酸\n服用率"),
        ("mat", "孕产妇系统管理率"),
        ("nbs", "新生儿疾病筛查率"),
        ("fb", "检查结果反馈\n及时率"),
        ("sg", "“三公”经费支出"),
        ("imr", "婴儿死亡率"),
        ("hjrate", "婚前医学检查率"),
        ("cap", "妇幼健康服务\n能力"),
        ("sat", "服务对象满意度\n指标\n服务对象满意度"),
    ], ROW5)
    ws, ss = check_rows(c, rows)
    c.eq(sg, cell(rows["sg"]["actual"]), "三公经费")
    c.eq(sg_b, cell(rows["sg"]["target"]), "三公经费 预算")
    c.eq(c.P(r"完成婚前医学检查" + V + "人(?!以上)", "人"), cell(rows["hj"]["actual"]), "婚检人数")
    c.eq(c.P(r"孕前优生健康检查" + V + "人(?!以上)", "人"), cell(rows["yj"]["actual"]), "孕检人数")
    for key, pat in [("folic", r"叶酸服用率"), ("mat", r"孕产妇系统管理率"), ("nbs", r"新生儿疾病筛查率"),
                     ("fb", r"反馈及时率"), ("hjrate", r"婚前医学检查率")]:
        c.eq(c.P(pat + V + "%", "%"), cell(rows[key]["actual"]), key)
    c.eq(c.P(r"婴儿死亡率" + V + "‰", "‰"), cell(rows["imr"]["actual"]), "婴儿死亡率")
    sat = c.P(r"总体满意度" + V + "%", "%")
    c.eq(sat, cell(rows["sat"]["actual"]), "满意度")
    for pat in (r"婚检服务满意度" + V + "%", r"孕检服务满意度" + V + "%", r"叶酸发放服务满意度" + V + "%"):
        c.le100(c.P(pat, "%"), "分项满意度")
    c.le100(sat, "满意度")
    c.targets([
        (r"婚前医学检查" + V + "人以上", "人", rows["hj"]["target"]),
        (r"孕前优生健康检查" + V + "人以上", "人", rows["yj"]["target"]),
        (r"均达到" + V + "%以上", "%", rows["folic"]["target"]),
        (r"均达到" + V + "%以上", "%", rows["mat"]["target"]),
        (r"筛查率达到" + V + "%以上", "%", rows["nbs"]["target"]),
        (r"控制在" + V + "‰以内", "‰", rows["imr"]["target"]),
        (r"低于" + V + "‰的控制目标", "‰", rows["imr"]["target"]),
        (r"检查率达到" + V + "%以上", "%", rows["hjrate"]["target"]),
        (r"未达到" + V + "%的年度目标", "%", rows["hjrate"]["target"]),
        (r"满意度" + V + "%以上", "%", rows["sat"]["target"]),
    ])
    tot = c.T("总分", ["weight", "score"])
    p_tot = c.P(r"自评得分" + V + "分", "分")
    out = ["hj", "yj", "folic", "mat", "nbs", "fb", "sg"]
    ben = ["imr", "hjrate", "cap"]
    c.block(c.P(r"其中预算执行" + V + "分", "分"), [t["score"]], "预算执行得分", "score_sum_mismatch")
    c.block(c.P(r"、产出指标" + V + "分", "分"), [ss[k] for k in out], "产出得分", "score_sum_mismatch")
    c.block(c.P(r"、效益指标" + V + "分", "分"), [ss[k] for k in ben], "效益得分", "score_sum_mismatch")
    c.block(c.P(r"、满意度指标" + V + "分", "分"), [ss["sat"]], "满意度得分", "score_sum_mismatch")
    c.totals([t["weight"]] + list(ws.values()), [t["score"]] + list(ss.values()),
             [cell(tot["weight"])], [cell(tot["score"]), p_tot])
    c.grade(c.S(r"综合评定等级为“(.+?)”"), p_tot, "prose grade")
    c.years(r"(\d{4})年度", lambda y: y == Y, "年度")
    c.years(r"(\d{4})年部门年初预算", lambda y: y == Y, "预算年度")
    c.years(r"已结转(\d{4})年使用", lambda y: y > Y, "结转去向")


# =====================================================================================
# E  河北 枣强县 2025
# =====================================================================================
def spec_zaoqiang(c):
    Y = c.year
    f = fund_rows(c, {"total": "年度资金总额", "fiscal": "其中：当年财政拨款",
                      "carry": "上年结转资金", "other": "其他资金"})
    fund_block(c, f, "total", ["fiscal", "carry", "other"], "年度资金总额")
    init = c.P(r"项目年初预算" + M)
    ce = c.P(r"中央补助资金" + M)
    pi = c.P(r"、省级补助资金" + M)
    ki = c.P(r"、县级配套资金" + M)
    c.sum(init, [ce, pi, ki], "年初 = 中央 + 省 + 县")
    add = c.P(r"省级追加补助资金" + M + "（")
    add_yuan = c.P(r"追加补助资金[\d.]+万元（" + M + "）")
    c.eq(add, add_yuan, "追加资金 万元/元")
    annual = c.P(r"，全年预算" + M)
    c.sum(annual, [init, add], "全年 = 年初 + 追加")
    c.eq(init, f["total"]["init"], "年初预算")
    c.eq(annual, f["total"]["annual"], "全年预算")
    spent = c.P(r"全年支出" + M)
    prate = c.P(r"，预算执行率" + V + "%", "%")
    c.rate(prate, spent, annual, "prose 执行率")
    c.eq(spent, f["total"]["spent"], "全年执行")
    c.eq(prate, f["total"]["rate"], "执行率")
    sc = c.P(r"中央资金执行" + M)
    sp = c.P(r"省级资金执行" + M)
    sk = c.P(r"县级资金执行" + M)
    c.sum(spent, [sc, sp, sk], "执行 = 中央 + 省 + 县")
    c.rate(c.P(r"中央资金执行[\d.]+万元，执行率" + V + "%", "%"), sc, ce, "中央执行率")
    p_all = c.P(r"省级补助资金合计" + M)
    c.sum(p_all, [pi, add], "省级合计 = 年初 + 追加")
    c.rate(c.P(r"省级资金执行[\d.]+万元，执行率" + V + "%", "%"), sp, p_all, "省级执行率")
    c.rate(c.P(r"县级资金执行[\d.]+万元，执行率" + V + "%", "%"), sk, ki, "县级执行率")
    bal = c.P(r"结余" + M + "，为追加资金")
    c.bal(bal, annual, spent, "结余 = 到位 - 执行 (到位率100%)")
    rows = read_rows(c, [
        ("hj", "免费婚前医学检查\n人数"),
        ("yj", "免费孕前优生健康\n检查人数"),
        ("ref", "婚前医学检查\n检出疾病\n转诊率"),
        ("early", "孕前优生健康检查\n高风险人群\n早孕随访率"),
        ("time", "检查报告出具\n时限"),
        ("cost", "婚前医学检查\n人均成本"),
        ("hjrate", "婚前医学检查率"),
        ("know", "新婚夫妇优生知识\n知晓率"),
        ("mech", "可持续影响指标\n服务机制"),
        ("sat", "服务对象满意度\n指标\n服务对象满意度"),
    ], ROW5)
    ws, ss = check_rows(c, rows)
    n_hj = c.P(r"完成免费婚前医学检查" + V + "人(?!以上)", "人")
    c.eq(n_hj, cell(rows["hj"]["actual"]), "婚检人数")
    c.rate(c.P(r"婚前医学检查[\d,]+人，完成年度目标的" + V + "%", "%"), n_hj, cell(rows["hj"]["target"]), "婚检人数完成率",
           code="completion_mismatch", bounded=False)
    c.eq(c.P(r"婚前医学检查[\d,]+人，完成年度目标的" + V + "%", "%"), cell(rows["hj"]["rate"]), "婚检人数完成率 prose/table")
    n_yj = c.P(r"完成孕前优生健康检查" + V + "人", "人")
    c.eq(n_yj, cell(rows["yj"]["actual"]), "孕检人数")
    yj_c = c.P(r"人，完成年度目标的[\d.]+%；完成孕前优生健康检查[\d,]+人，完成年度目标的" + V + "%", "%")
    c.rate(yj_c, n_yj, cell(rows["yj"]["target"]), "孕检人数完成率", code="completion_mismatch", bounded=False)
    c.eq(yj_c, cell(rows["yj"]["rate"]), "孕检完成率 prose/table")
    c.eq(c.P(r"早孕随访率" + V + "%", "%"), cell(rows["early"]["actual"]), "早孕随访率")
    c.eq(c.P(r"均在" + V + "天内", "天"), cell(rows["time"]["actual"]), "报告时限")
    c.eq(c.P(r"人均成本" + V + "元，", "元"), cell(rows["cost"]["actual"]), "人均成本")
    c.eq(c.P(r"低于" + V + "元的控制标准", "元"), cell(rows["cost"]["target"]), "成本标准")
    reg = c.P(r"结婚登记" + V + "人", "人")
    hj2 = c.P(r"婚前医学检查" + V + "人，婚检率", "人")
    c.eq(hj2, n_hj, "婚检人数 (效益)")
    hjr = c.P(r"婚检率" + V + "%", "%")
    c.rate(hjr, hj2, reg, "婚检率")
    c.eq(hjr, cell(rows["hjrate"]["actual"]), "婚检率")
    c.eq(c.P(r"优生知识知晓率" + V + "%", "%"), cell(rows["know"]["actual"]), "知晓率")
    sat = c.P(r"服务对象满意度" + V + "%", "%")
    c.le100(sat, "满意度")
    c.eq(sat, cell(rows["sat"]["actual"]), "满意度")
    c.targets([
        (r"婚前医学检查" + V + "人以上", "人", rows["hj"]["target"]),
        (r"孕前优生健康检查" + V + "人以上", "人", rows["yj"]["target"]),
        (r"检查率不低于" + V + "%", "%", rows["hjrate"]["target"]),
        (r"知晓率不低于" + V + "%", "%", rows["know"]["target"]),
        (r"满意度不低于" + V + "%", "%", rows["sat"]["target"]),
    ])
    c.rate(c.P(r"到位率" + V + "%", "%"), annual, annual, "到位率 (资金全部到位)")
    out = ["hj", "yj", "ref", "early", "time", "cost"]
    ben = ["hjrate", "know", "mech"]
    c.block(c.P(r"预算执行得分" + V + "分", "分"), [f["total"]["score"]], "预算执行得分", "score_sum_mismatch")
    c.block(c.P(r"产出指标得分" + V + "分", "分"), [ss[k] for k in out], "产出得分", "score_sum_mismatch")
    c.block(c.P(r"效益指标得分" + V + "分", "分"), [ss[k] for k in ben], "效益得分", "score_sum_mismatch")
    c.block(c.P(r"满意度指标得分" + V + "分", "分"), [ss["sat"]], "满意度得分", "score_sum_mismatch")
    tot = c.T("总分", ["weight", "score"])
    p_tot = c.P(r"自评总分" + V + "分", "分")
    c.totals([f["total"]["weight"]] + list(ws.values()), [f["total"]["score"]] + list(ss.values()),
             [cell(tot["weight"])], [cell(tot["score"]), p_tot])
    c.grade(c.S(r"评价等级为“(.)”"), p_tot, "prose grade")
    c.years(r"(\d{4})年度", lambda y: y == Y, "年度")
    c.years(r"截至(\d{4})年12月31日", lambda y: y == Y, "截至")
    c.years(r"(\d{4})年项目年初预算", lambda y: y == Y, "预算年度")
    c.years(r"(\d{4})年12月提前下达", lambda y: y == Y - 1, "提前下达")
    c.years(r"下达(\d{4})年基本公共卫生", lambda y: y == Y, "下达文件年度")


SPECS = {
    "jx-wannian-hunyunjian-2021": (2021, spec_wannian),
    "ha-xixian-yunjian-2019": (2019, spec_xixian),
    "gx-tiandong-yizhanshi-2024": (2024, spec_tiandong),
    "gs-huining-fubaobumen-2022": (2022, spec_huining),
    "he-zaoqiang-hunjian-2025": (2025, spec_zaoqiang),
}


def run(source, text):
    year, fn = SPECS[source]
    c = Ctx(text, year)
    fn(c)
    return c


def edit_region(a, b):
    """Single differing region between a and b: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append("expected 35 label lines, got %d" % len(labels))
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels and case files differ")
    clean_text = {}
    for l in labels:
        if l["clean"]:
            clean_text[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    if len(clean_text) != 5:
        problems.append("expected 5 clean drafts")
    count = {}
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        try:
            c = run(l["source"], text)
        except SpecError as e:
            problems.append("%s: cannot read figures: %s" % (l["case"], e))
            continue
        got = sorted(set(code for code, _ in c.errors))
        if l["clean"]:
            if not (1500 <= len(text) <= 5000):
                problems.append("%s: length %d outside 1500-5000" % (l["case"], len(text)))
            if l["expected"]:
                problems.append("%s: clean case with expected findings" % l["case"])
            if c.errors or c.warnings:
                problems.append("%s: clean draft fails: %s %s" % (l["case"], c.errors, c.warnings))
            if c.skipped:
                problems.append("%s: comparisons skipped for differing units: %s" % (l["case"], c.skipped))
            continue
        exp = l["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one label" % l["case"])
            continue
        e = exp[0]
        if e["code"] not in CODES_A or e["severity"] != "error":
            problems.append("%s: bad code/severity %s" % (l["case"], e))
        count[e["code"]] = count.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append("%s: labelled %s, verify finds %s" % (l["case"], e["code"], c.errors))
        if c.warnings:
            print("note: %s warnings %s" % (l["case"], c.warnings))
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if len(occ) != 1:
            problems.append("%s: value %r occurs %d times" % (l["case"], e["value"], len(occ)))
            continue
        clean = clean_text[l["source"]]
        s, ea, eb = edit_region(clean, text)
        if ea - s > 40 or eb - s > 40 or (ea == s and eb == s):
            problems.append("%s: edit region %d/%d chars" % (l["case"], ea - s, eb - s))
        vs, ve = occ[0], occ[0] + len(e["value"])
        if not (vs < max(eb, s + 1) and s < ve):
            problems.append("%s: value does not overlap the edit" % l["case"])
    for code in CODES_A:
        if count.get(code, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (code, count.get(code, 0)))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
