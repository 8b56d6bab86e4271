#!/usr/bin/env python3
"""Recompute the arithmetic of every case of drafts524 from its own text.

Standard library + decimal only. For each draft the figures are read back from the text
(regular expressions anchored on the wording, table cells by caption / row / column), then
every identity of rules.md §7 that the draft states is recomputed with the §8 tolerance
(half a unit of the stated figure's last decimal, ROUND_HALF_UP conventions).

Pass criteria (prints OK when all hold):
  * every clean draft yields no finding at all (errors or warnings);
  * every error case yields exactly one error code — the labelled one (warnings such as
    score_rule_mismatch may accompany it);
  * every label value occurs exactly once in its case; the case differs from its clean draft
    by one contiguous edit of at most 40 characters that overlaps the value;
  * 35 labelled cases, every code of errors.md §A used at least twice.
"""
import json
import os
import re
import sys
from decimal import Decimal, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TEN4 = Decimal(10000)
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)
ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]
DASHES = {"—", "-", "–", "", "/"}
NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
MONEY = {"万元": Decimal(1), "元": 1 / TEN4, "亿元": TEN4}


class ParseError(Exception):
    pass


class Fig:
    """One stated figure. n: value (money normalised to 万元); tol: half a unit of its last
    written decimal, in the same scale; unit: the unit as written (money → '万元')."""

    def __init__(self, raw, default_unit=""):
        self.raw = raw.strip()
        m = NUM_RE.search(self.raw)
        if not m:
            raise ParseError(f"no number in {raw!r}")
        t = m.group(0).replace(",", "")
        d = len(t.split(".")[1]) if "." in t else 0
        v = Decimal(t)
        unit = self.raw[m.end():].strip() or default_unit
        tol = Decimal("0.5") * Decimal(10) ** (-d)
        self.money = unit in MONEY and default_unit != "price"
        if unit in MONEY:
            k = MONEY[unit]
            if self.money:
                v, tol, unit = v * k, tol * k, "万元"
        self.n, self.tol, self.unit, self.d = v, tol, unit, d

    def scaled(self, k):
        f = Fig.__new__(Fig)
        f.raw, f.money, f.unit, f.d = self.raw, self.money, self.unit, self.d
        f.n, f.tol = self.n * k, self.tol * k
        return f

    def __repr__(self):
        return self.raw


def close(f, c):
    return abs(Decimal(c) - f.n) <= f.tol + EPS


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.Y = year
        self.found = []  # (severity, code, message)

    # ---------- extraction ----------
    def _one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def rx(self, pat, unit=""):
        return Fig(self._one(pat).group(1), unit)

    def rxm(self, pat, unit=""):
        return [Fig(g, unit) for g in self._one(pat).groups()]

    def rxs(self, pat):
        return self._one(pat).group(1)

    def table(self, caption):
        """Rows (lists of cells) of the pipe table whose caption line starts with `caption`.
        Empty leading cells (merged) are filled down from the row above."""
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(caption)]
        if len(idx) != 1:
            raise ParseError(f"caption {caption!r} found {len(idx)} times")
        rows, prev = [], None
        for l in lines[idx[0] + 1:]:
            if not l.startswith("|"):
                break
            cells = [c.strip() for c in l[1:-1].split("|")] if l.endswith("|") else None
            if cells is None:
                raise ParseError(f"bad table line {l!r}")
            if set("".join(cells)) <= set("-:"):
                continue
            if prev is not None and len(cells) == len(prev):
                for j in range(min(2, len(cells))):
                    if cells[j] == "" and any(cells[j + 1:]):
                        cells[j] = prev[j]
            rows.append(cells)
            prev = cells
        return Table(rows)

    # ---------- findings ----------
    def err(self, code, msg):
        self.found.append(("error", code, msg))

    def warn(self, code, msg):
        self.found.append(("warning", code, msg))

    # ---------- identities ----------
    def _rescue(self, figs, test):
        """Most specific explanation: does rescaling one figure by 10^±4 restore the identity?"""
        for i, f in enumerate(figs):
            if not f.money:
                continue
            for k in (TEN4, 1 / TEN4):
                trial = [g.scaled(k) if j == i else g for j, g in enumerate(figs)]
                if test(trial):
                    return f
        return None

    def lin(self, code, what, lhs, terms):
        """lhs == Σ coef × fig (sums, differences, balances)."""
        figs = [lhs] + [f for _, f in terms]

        def test(fs):
            return close(fs[0], sum(Decimal(c) * f.n for (c, _), f in zip(terms, fs[1:])))
        if test(figs):
            return
        bad = self._rescue(figs, test)
        if bad is not None:
            self.err("unit_mismatch", f"{what}: {bad.raw} is off by 10^4 (money unit)")
        else:
            self.err(code, f"{what}: {lhs.raw} vs {sum(Decimal(c) * f.n for c, f in terms)}")

    def total(self, what, tot, parts, code="sum_mismatch"):
        self.lin(code, what, tot, [(1, p) for p in parts])

    def balance(self, what, res, a, b):
        self.lin("balance_mismatch", what, res, [(1, a), (-1, b)])

    def product(self, what, amount_wan, count, price_yuan):
        figs = [amount_wan, count]

        def test(fs):
            return close(fs[0], fs[1].n * price_yuan.n / TEN4)
        if test(figs):
            return
        bad = self._rescue(figs, test)
        if bad is not None:
            self.err("unit_mismatch", f"{what}: {bad.raw} is off by 10^4")
        else:
            self.err("sum_mismatch", f"{what}: {amount_wan.raw} vs {count.n * price_yuan.n / TEN4}")

    def rate(self, what, stated, num, den, bounded=True):
        if stated.raw in DASHES:
            return
        if den.n == 0:
            if stated.n != 0:
                self.err("implausible_rate", f"{what}: {stated.raw} on a zero base")
            return
        figs = [stated, num, den]

        def test(fs):
            return close(fs[0], fs[1].n / fs[2].n * HUNDRED)
        if test(figs):
            if bounded and num.n / den.n * HUNDRED > HUNDRED + stated.tol:
                self.err("implausible_rate", f"{what}: {stated.raw} above 100%")
            return
        bad = self._rescue(figs[1:], lambda fs: test([stated] + fs))
        if bad is not None:
            self.err("unit_mismatch", f"{what}: {bad.raw} is off by 10^4")
        else:
            self.err("rate_mismatch", f"{what}: {stated.raw} vs {num.n / den.n * HUNDRED:.4f}%")

    def avg(self, what, stated, numer, denom):
        n = numer if isinstance(numer, Decimal) else numer.n
        if not close(stated, n / denom.n):
            self.err("average_mismatch", f"{what}: {stated.raw} vs {n / denom.n:.4f}")

    def avg_list(self, what, stated, items):
        m = sum(i.n for i in items) / len(items)
        if not close(stated, m):
            self.err("average_mismatch", f"{what}: {stated.raw} vs {m:.4f}")

    def same(self, what, figs):
        """The same quantity stated several times must agree (different units → not comparable)."""
        groups = {}
        for f in figs:
            groups.setdefault(f.unit, []).append(f)
        for unit, fs in groups.items():
            def test(gs):
                return all(abs(a.n - b.n) <= max(a.tol, b.tol) + EPS for a in gs for b in gs)
            if test(fs):
                continue
            bad = self._rescue(fs, test)
            if bad is not None:
                self.err("unit_mismatch", f"{what}: {bad.raw} is off by 10^4")
            else:
                self.err("conflicting_values", f"{what}: {[f.raw for f in fs]}")

    def year_is(self, what, y):
        if int(y.n) != self.Y:
            self.err("year_mismatch", f"{what}: {y.raw} in the {self.Y} report")

    def year_after(self, what, y):
        if int(y.n) <= self.Y:
            self.err("year_mismatch", f"{what}: {y.raw} not after {self.Y}")

    def year_before(self, what, y, allow_same=False):
        if int(y.n) > self.Y or (int(y.n) == self.Y and not allow_same):
            self.err("year_mismatch", f"{what}: {y.raw} not before {self.Y}")

    def grade(self, what, word, totals):
        g = GRADE_WORDS.get(word)
        if g is None:
            raise ParseError(f"unknown grade word {word!r}")
        for t in totals:
            if band(t.n) != g:
                self.err("grade_mismatch", f"{what}: {word} for {t.raw} (band {band(t.n)})")

    # ---------- indicator table ----------
    def indicators(self, tab, names, total_name="合计", prose_totals=(), grade_word=None,
                   level_scores=None, level_weights=None):
        """tab: Table; names: 三级指标 names (col 2); columns 一级|二级|三级|目标|实际|完成率|分值|得分."""
        rows = [tab.by(2, n) for n in names]
        for r in rows:
            if len(r) != 8:
                raise ParseError(f"indicator row with {len(r)} cells: {r}")
            self.indicator_row(r)
        tot = tab.by(0, total_name)
        w_tot, s_tot = Fig(tot[6]), Fig(tot[7])
        ws = [Fig(r[6]) for r in rows]
        ss = [Fig(r[7]) for r in rows]
        wsum = sum(w.n for w in ws)
        if wsum != w_tot.n or w_tot.n != 100:
            self.err("weight_sum_mismatch", f"weights add up to {wsum}, stated {w_tot.raw}")
        for t in [s_tot] + list(prose_totals):
            self.total(f"total score {t.raw}", t, ss, code="score_sum_mismatch")
        self.same("total score", [s_tot] + list(prose_totals))
        if grade_word is not None:
            self.grade("grade", grade_word, [s_tot] + list(prose_totals))
        for lvl, stated in (level_scores or {}).items():
            parts = [Fig(r[7]) for r in rows if r[0] == lvl]
            if not parts:
                raise ParseError(f"no rows for level {lvl}")
            self.total(f"{lvl} score", stated, parts, code="score_sum_mismatch")
        for lvl, stated in (level_weights or {}).items():
            parts = [Fig(r[6]) for r in rows if r[0] == lvl]
            if sum(p.n for p in parts) != stated.n:
                self.err("weight_sum_mismatch", f"{lvl} weights {sum(p.n for p in parts)} vs {stated.raw}")
        return {r[2]: r for r in rows}

    def indicator_row(self, r):
        name, target, actual, comp, w, s = r[2], r[3], r[4], r[5], Fig(r[6]), Fig(r[7])
        if s.n > w.n or s.n < 0:
            self.err("score_exceeds_weight", f"{name}: score {s.raw} > weight {w.raw}")
        if re.search(r"\d{4}年\d+月", target) or not NUM_RE.search(target):
            return  # date or qualitative indicator: no arithmetic
        if not NUM_RE.search(actual) or re.search(r"\d{4}年", actual):
            self.err("unit_mismatch", f"{name}: target {target} but actual {actual}")
            return
        T, A = Fig(re.sub(r"^[≥≤＞＜><=＝]+", "", target)), Fig(actual)
        if T.unit != A.unit:
            self.err("unit_mismatch", f"{name}: target unit {T.unit!r}, actual unit {A.unit!r}")
            return
        if A.unit == "%" and A.n > HUNDRED:
            self.err("implausible_rate", f"{name}: actual {actual} above 100%")
        lte = target.startswith(("≤", "＜", "<")) or any(k in target for k in ("不高于", "不超过", "以内"))
        if lte:
            c = HUNDRED if A.n <= T.n else T.n / A.n * HUNDRED
        else:
            c = A.n / T.n * HUNDRED
        if comp not in DASHES:
            cf = Fig(comp)
            if not close(cf, c):
                self.err("completion_mismatch", f"{name}: completion {comp} vs {c:.4f}%")
        exp = w.n * min(c, HUNDRED) / HUNDRED
        ok = close(s, exp)
        if not ok and comp not in DASHES:
            ok = close(s, w.n * min(Fig(comp).n, HUNDRED) / HUNDRED)
        if not ok:
            self.warn("score_rule_mismatch", f"{name}: score {s.raw}, rule gives {exp:.4f}")


class Table:
    def __init__(self, rows):
        self.rows = rows

    def by(self, col, key):
        rs = [r for r in self.rows if len(r) > col and r[col] == key]
        if len(rs) != 1:
            raise ParseError(f"row {key!r} (col {col}) found {len(rs)} times")
        return rs[0]

    def cell(self, key, col, unit="", keycol=0):
        return Fig(self.by(keycol, key)[col], unit)


W = "万元"


# =====================================================================================
def check_lanxi(c):
    """zj-lanxi-wogou-2019: MOF funds block + 自评表, 10/50/30/10."""
    c.year_is("title", c.rx(r"\n(\d{4})年度适龄儿童窝沟封闭项目支出绩效自评报告"))
    c.year_is("conclusion", c.rx(r"本项目(\d{4})年度自评得分"))
    c.year_is("cut-off", c.rx(r"截至(\d{4})年12月31日"))
    c.year_after("carry-over", c.rx(r"结转至(\d{4})年"))
    c.year_before("carry-in", c.rx(r"将(\d{4})年结转的"))
    init = c.rx(r"项目年初预算(\d+\.\d+万元)")
    cin = c.rx(r"年结转的(\d+\.\d+万元)")
    annual = c.rx(r"全年预算数为(\d+\.\d+万元)")
    annual_y = c.rx(r"（([\d,]+元)）")
    recv = c.rx(r"资金实际到位(\d+\.\d+万元)")
    recv_rate = c.rx(r"到位率(\d+%)")
    spent = c.rx(r"全年执行(\d+\.\d+万元)")
    rate = c.rx(r"预算执行率(\d+\.\d+%)")
    parts = c.rxm(r"分别为(\d+\.\d+万元)、(\d+\.\d+万元)、(\d+\.\d+万元)和(\d+\.\d+万元)")
    price = c.rx(r"每颗牙(\d+元)的标准", "price")
    teeth_f = c.rx(r"结算封闭牙齿([\d,]+颗)")
    sub2 = c.rx(r"，计(\d+\.\d+万元)")
    unspent = c.rx(r"未执行的(\d+\.\d+万元)")
    c.total("全年预算 = 年初 + 结转纳入", annual, [init, cin])
    c.rate("到位率", recv_rate, recv, annual)
    c.rate("预算执行率 (prose)", rate, spent, annual)
    c.total("全年执行 = 分别 items", spent, parts)
    c.product("封闭补助 = 牙数 × 40元", sub2, teeth_f, price)
    c.same("封闭补助费", [parts[0], sub2])
    c.balance("未执行 = 到位 − 执行", unspent, recv, spent)
    c.balance("未执行 = 全年预算 − 执行", unspent, annual, spent)
    t1 = c.table("表1")
    cols = {"init": 1, "annual": 2, "spent": 3}
    sub = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for k, j in cols.items():
        c.total(f"表1 {k} column", t1.cell("年度资金总额", j, W), [t1.cell(s, j, W) for s in sub])
    for r in ["年度资金总额"] + sub:
        c.rate(f"表1 {r} 执行率", _dash_or(t1.by(0, r)[5]), t1.cell(r, 3, W), t1.cell(r, 2, W))
    c.same("年初预算", [init, t1.cell("年度资金总额", 1, W), t1.cell("其中：当年财政拨款", 1, W)])
    c.same("全年预算", [annual, annual_y, t1.cell("年度资金总额", 2, W)])
    c.same("结转纳入", [cin, t1.cell("上年结转资金", 2, W)])
    c.same("全年执行", [spent, t1.cell("年度资金总额", 3, W)])
    # outputs
    t2 = c.table("表2")
    names = ["预算执行率", "窝沟封闭儿童人数", "封闭牙齿数", "封闭完好率（3个月复查）", "封闭工作完成时间",
             "每颗牙封闭补助标准", "适龄儿童窝沟封闭覆盖率", "封闭牙患龋率", "家长口腔保健知识知晓率",
             "学生家长满意度"]
    lv = c.rxm(r"预算执行率([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分")
    total_p = c.rx(r"自评得分([\d.]+)分")
    rows = c.indicators(t2, names, "总分", [total_p], c.rxs(r"评价等级为(\S)。"),
                        {"预算执行率": lv[0], "产出指标": lv[1], "效益指标": lv[2], "满意度指标": lv[3]})
    ex = rows["预算执行率"]
    c.same("执行率", [rate, t1.cell("年度资金总额", 5), Fig(ex[4]), Fig(ex[5])])
    c.same("执行得分", [t1.cell("年度资金总额", 6), Fig(ex[7])])
    c.same("执行分值", [t1.cell("年度资金总额", 4), Fig(ex[6])])
    _exec_score(c, t1.cell("年度资金总额", 6), t1.cell("年度资金总额", 4), spent, annual)
    kids_g = c.rx(r"共为([\d,]+)名适龄儿童")
    last = c.rx(r"较上年（([\d,]+)名）")
    inc = c.rx(r"增加([\d,]+)名")
    c.lin("sum_mismatch", "增加 = 本年 − 上年", inc, [(1, kids_g), (-1, last)])
    kids = c.rx(r"全年封闭儿童([\d,]+人)")
    teeth = c.rx(r"封闭牙齿([\d,]+颗)，分别完成")
    ck, ct = c.rxm(r"分别完成年度目标的([\d.]+%)和([\d.]+%)")
    c.same("儿童人数", [Fig(kids_g.raw + "人"), kids, Fig(rows["窝沟封闭儿童人数"][4]), c.rx(r"已封闭([\d,]+人)")])
    c.same("牙齿数", [teeth, teeth_f, Fig(rows["封闭牙齿数"][4])])
    tk = Fig(rows["窝沟封闭儿童人数"][3].lstrip("≥"))
    tt = Fig(rows["封闭牙齿数"][3].lstrip("≥"))
    for st, a, tg, nm in ((ck, kids, tk, "儿童人数"), (ct, teeth, tt, "牙齿数")):
        if not close(st, a.n / tg.n * HUNDRED):
            c.err("completion_mismatch", f"prose completion {nm}: {st.raw}")
    c.same("完成率 儿童", [ck, Fig(rows["窝沟封闭儿童人数"][5])])
    c.same("完成率 牙齿", [ct, Fig(rows["封闭牙齿数"][5])])
    schools = c.rx(r"覆盖全市(\d+所)小学")
    c.avg("平均每校", c.rx(r"平均每校封闭([\d.]+人)"), kids, schools)
    c.avg("人均牙数", c.rx(r"人均封闭牙齿([\d.]+颗)"), teeth, kids)
    good = c.rx(r"完好率(\d+\.\d+%)")
    c.rate("完好率", good, c.rx(r"封闭完好([\d,]+颗)"), c.rx(r"抽查已封闭牙齿([\d,]+颗)"))
    c.same("完好率", [good, Fig(rows["封闭完好率（3个月复查）"][4])])
    cov = c.rx(r"覆盖率(\d+\.\d+%)")
    c.rate("覆盖率", cov, c.rx(r"已封闭([\d,]+人)"), c.rx(r"在校学生([\d,]+人)"))
    c.same("覆盖率", [cov, Fig(rows["适龄儿童窝沟封闭覆盖率"][4])])
    gap = c.rx(r"低(\d+\.\d+)个百分点")
    tcov = Fig(rows["适龄儿童窝沟封闭覆盖率"][3].lstrip("≥"))
    if not close(gap, tcov.n - cov.n):
        c.err("rate_mismatch", f"百分点 gap {gap.raw}")
    c.same("患龋率", [c.rx(r"患龋率(\d+\.\d+%)"), Fig(rows["封闭牙患龋率"][4])])
    c.same("知晓率", [c.rx(r"知晓率(\d+\.\d+%)"), Fig(rows["家长口腔保健知识知晓率"][4])])
    sat = c.rx(r"满意度(\d+\.\d+%)")
    c.rate("满意度", sat, c.rx(r"表示满意的([\d,]+人)"), c.rx(r"随机抽取([\d,]+名)"))
    c.same("满意度", [sat, Fig(rows["学生家长满意度"][4])])
    c.same("成本 标准", [price, Fig(rows["每颗牙封闭补助标准"][4], "price"),
                       Fig(rows["每颗牙封闭补助标准"][3].lstrip("≤"), "price")])
    cr = rows["适龄儿童窝沟封闭覆盖率"]
    c.lin("score_sum_mismatch", "扣分", c.rx(r"该项扣([\d.]+)分"), [(1, Fig(cr[6])), (-1, Fig(cr[7]))])


def _dash_or(s):
    if s in DASHES:
        f = Fig.__new__(Fig)
        f.raw, f.n, f.tol, f.unit, f.money, f.d = s, Decimal(0), Decimal(0), "", False, 0
        return f
    return Fig(s)


def _exec_score(c, score, weight, spent, annual):
    r = min(spent.n / annual.n, Decimal(1))
    if not close(score, weight.n * r):
        c.warn("score_rule_mismatch", f"execution score {score.raw} vs {weight.n * r:.4f}")


def check_fengcheng(c):
    """jx-fengcheng-wogou-2021: funds table by source (columns) + 自评表 with 完成率."""
    c.year_is("title", c.rx(r"\n(\d{4})年度儿童口腔疾病综合干预"))
    c.year_is("cut-off", c.rx(r"截至(\d{4})年12月31日"))
    c.year_after("carry-over", c.rx(r"结转至(\d{4})年"))
    adv_when, adv_year = c.rxm(r"(\d{4})年12月，省财政提前下达(\d{4})年中央补助资金")
    c.year_is("advance issued for", adv_year)
    if int(adv_when.n) not in (c.Y - 1, c.Y):
        c.err("year_mismatch", f"advance issued in {adv_when.raw}")
    adv = c.rx(r"中央补助资金(\d+\.\d+万元)")
    gai = c.rx(r"项目安排资金(\d+\.\d+万元)")
    annual = c.rx(r"项目全年预算(\d+\.\d+万元)，年度中未作调整")
    src = c.rxm(r"分别为(\d+\.\d+万元)、(\d+\.\d+万元)、(\d+\.\d+万元)。")
    recv = c.rx(r"资金实际到位(\d+\.\d+万元)")
    recv_rate = c.rx(r"到位率(\d+\.\d+%)")
    unrecv = c.rx(r"尚有(\d+\.\d+万元)未到位")
    unrecv2 = c.rx(r"年末仍有(\d+\.\d+万元)未到位")
    spent = c.rx(r"全年执行(\d+\.\d+万元)")
    rate = c.rx(r"执行率(\d+\.\d+%)。")
    bal = c.rx(r"资金结余(\d+\.\d+万元)")
    sub = c.rx(r"窝沟封闭服务补助(\d+\.\d+万元)（")
    price = c.rx(r"按每颗牙(\d+元)标准", "price")
    teeth_f = c.rx(r"结算([\d,]+颗)")
    exam = c.rx(r"口腔健康检查及宣传(\d[\d,.]*万元)，")
    qc = c.rx(r"质控督导及培训(\d[\d,.]*万元)。")
    c.total("全年预算 = 中央 + 省 + 县", annual, src)
    c.rate("到位率 (prose)", recv_rate, recv, annual)
    c.rate("执行率 (prose)", rate, spent, annual)
    c.balance("结余 = 到位 − 执行", bal, recv, spent)
    c.same("未到位", [unrecv, unrecv2])
    c.total("全年执行 = 用途", spent, [sub, exam, qc])
    c.product("服务补助 = 牙数 × 45元", sub, teeth_f, price)
    t1 = c.table("表1")
    cols = ["合计", "中央资金", "省级资金", "县级资金", "上年结转"]
    for rname in ["年初预算数", "全年预算数", "实际到位数", "全年执行数"]:
        r = t1.by(0, rname)
        c.total(f"表1 {rname}", Fig(r[1], W), [Fig(x, W) for x in r[2:6]])
    for j, col in enumerate(cols, start=1):
        a = Fig(t1.by(0, "全年预算数")[j], W)
        c.rate(f"表1 到位率 {col}", _dash_or(t1.by(0, "到位率")[j]), Fig(t1.by(0, "实际到位数")[j], W), a)
        c.rate(f"表1 执行率 {col}", _dash_or(t1.by(0, "执行率")[j]), Fig(t1.by(0, "全年执行数")[j], W), a)
        c.same(f"未作调整 ⇒ 年初 = 全年 ({col})", [Fig(t1.by(0, "年初预算数")[j], W), a])
    c.balance("县级未到位 = 县级预算 − 县级到位", unrecv, t1.cell("全年预算数", 4, W), t1.cell("实际到位数", 4, W))
    c.same("全年预算", [gai, annual, t1.cell("全年预算数", 1, W)])
    for f, j in zip(src, (2, 3, 4)):
        c.same(f"来源 {cols[j - 1]}", [f, t1.cell("全年预算数", j, W)])
    c.same("中央资金", [adv, src[0]])
    c.same("到位", [recv, t1.cell("实际到位数", 1, W)])
    c.same("执行", [spent, t1.cell("全年执行数", 1, W)])
    c.same("到位率", [recv_rate, t1.cell("到位率", 1)])
    t2 = c.table("表2")
    names = ["窝沟封闭儿童人数", "封闭牙齿数", "开展口腔检查学校数", "窝沟封闭保留率（半年复查）", "口腔检查结果反馈率",
             "项目完成时限", "每颗牙封闭补助标准", "学生口腔健康知识知晓率", "封闭牙龋齿发生率", "学校口腔健康教育制度",
             "家长满意度", "预算执行率"]
    lv = c.rxm(r"预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分")
    rows = c.indicators(t2, names, "合计", [c.rx(r"本项目得分([\d.]+)分")], c.rxs(r"评价等级为“(\S)”"),
                        {"预算执行": lv[0], "产出指标": lv[1], "效益指标": lv[2], "满意度指标": lv[3]})
    ex = rows["预算执行率"]
    c.same("执行率", [rate, t1.cell("执行率", 1), Fig(ex[4]), Fig(ex[5])])
    _exec_score(c, Fig(ex[7]), Fig(ex[6]), spent, annual)
    kids, teeth, schools = c.rxm(r"分别为([\d,]+人)、([\d,]+颗)和(\d+所)")
    c.same("儿童", [kids, Fig(rows["窝沟封闭儿童人数"][4])])
    c.same("牙齿", [teeth, teeth_f, Fig(rows["封闭牙齿数"][4])])
    c.same("学校", [schools, Fig(rows["开展口腔检查学校数"][4])])
    c.avg("平均每校", c.rx(r"平均每校封闭([\d.]+人)"), kids, schools)
    c.avg("人均牙数", c.rx(r"人均封闭牙齿([\d.]+颗)"), teeth, kids)
    c.same("保留率", [c.rx(r"保留率(\d+\.\d+%)"), Fig(rows["窝沟封闭保留率（半年复查）"][4])])
    c.same("知晓率", [c.rx(r"知晓率(\d+\.\d+%)"), Fig(rows["学生口腔健康知识知晓率"][4])])
    c.same("龋齿发生率", [c.rx(r"龋齿发生率(\d+\.\d+%)"), Fig(rows["封闭牙龋齿发生率"][4])])
    c.same("满意度", [c.rx(r"家长满意度(\d+\.\d+%)"), Fig(rows["家长满意度"][4])])
    c.same("补助标准", [price, Fig(rows["每颗牙封闭补助标准"][4], "price"),
                      Fig(rows["每颗牙封闭补助标准"][3].lstrip("≤"), "price")])
    c.year_before("last-year satisfaction", c.rx(r"较(\d{4})年的"))


def check_luohe(c):
    """ha-luohe-kqfz-2024: 部门整体支出 — revenue/expenditure, project table, department 自评表."""
    c.year_is("title", c.rx(r"(\d{4})年度部门整体支出绩效自评报告"))
    c.year_is("cut-off", c.rx(r"截至(\d{4})年12月31日"))
    c.year_is("acceptance", c.rx(r"于(\d{4})年11月28日才完成"))
    c.year_after("carry-over", c.rx(r"已结转至(\d{4})年"))
    init = c.rx(r"部门年初预算(\d+\.\d+万元)")
    add = c.rx(r"年中追加窝沟封闭项目资金(\d+\.\d+万元)")
    annual = c.rx(r"全年预算(\d+\.\d+万元)。")
    income = c.rx(r"全年收入(\d+\.\d+万元)")
    inc_parts = [c.rx(r"财政拨款收入(\d+\.\d+万元)"), c.rx(r"事业收入(\d+\.\d+万元)"), c.rx(r"其他收入(\d+\.\d+万元)")]
    c.total("全年预算 = 年初 + 追加", annual, [init, add])
    c.total("全年收入 = 财政拨款 + 事业 + 其他", income, inc_parts)
    spent = c.rx(r"全年支出(\d+\.\d+万元)")
    rate = c.rx(r"预算执行率(\d+\.\d+%)")
    basic = c.rx(r"基本支出(\d+\.\d+万元)")
    basic_sh = c.rx(r"占全年支出的(\d+\.\d+%)")
    staff = c.rx(r"人员经费(\d+\.\d+万元)")
    pub = c.rx(r"公用经费(\d+\.\d+万元)")
    proj = c.rx(r"项目支出(\d+\.\d+万元)")
    proj_sh = c.rx(r"，占(\d+\.\d+%)。")
    bal = c.rx(r"年末结转结余(\d+\.\d+万元)")
    c.total("全年支出 = 基本 + 项目", spent, [basic, proj])
    c.total("基本支出 = 人员 + 公用", basic, [staff, pub])
    c.rate("预算执行率", rate, spent, annual)
    c.rate("基本支出占比", basic_sh, basic, spent)
    c.rate("项目支出占比", proj_sh, proj, spent)
    c.balance("结转结余 = 全年预算 − 支出", bal, annual, spent)
    c.balance("结转结余 = 全年收入 − 支出", bal, income, spent)
    c.total("三公经费", c.rx(r"“三公”经费支出(\d+\.\d+万元)"),
            [c.rx(r"公务接待费(\d+\.\d+万元)"), c.rx(r"公务用车运行维护费(\d+\.\d+万元)"),
             c.rx(r"因公出国（境）费用为(\d+元)")])
    t1 = c.table("表1")
    for j in (1, 2, 3):
        c.total(f"表1 col {j}", t1.cell("合计", j, W), [t1.cell("基本支出", j, W), t1.cell("项目支出", j, W)])
    for r in ("合计", "基本支出", "项目支出"):
        c.rate(f"表1 {r} 执行率", t1.cell(r, 4), t1.cell(r, 3, W), t1.cell(r, 2, W))
    c.same("年初", [init, t1.cell("合计", 1, W)])
    c.same("全年预算", [annual, income, t1.cell("合计", 2, W)])
    c.same("支出", [spent, t1.cell("合计", 3, W)])
    c.same("基本支出", [basic, t1.cell("基本支出", 3, W)])
    c.same("项目支出", [proj, t1.cell("项目支出", 3, W)])
    c.same("执行率", [rate, t1.cell("合计", 4)])
    t2 = c.table("表2")
    pnames = ["适龄儿童窝沟封闭项目", "儿童口腔健康教育及宣传项目", "口腔诊疗设备购置项目"]
    for j in (1, 2, 3):
        c.total(f"表2 col {j}", t2.cell("合计", j, W), [t2.cell(p, j, W) for p in pnames])
    for p in pnames + ["合计"]:
        c.rate(f"表2 {p} 执行率", t2.cell(p, 4), t2.cell(p, 3, W), t2.cell(p, 2, W))
    for p in pnames:
        c.grade(f"表2 {p} 等级", t2.by(0, p)[6], [t2.cell(p, 5)])
    for j in (1, 2, 3, 4):
        c.same(f"项目支出 表1 vs 表2 col {j}", [t1.cell("项目支出", j), t2.cell("合计", j)])
    scores = c.rxm(r"得分分别为([\d.]+)分、([\d.]+)分和([\d.]+)分")
    for f, p in zip(scores, pnames):
        c.same(f"{p} 得分", [f, t2.cell(p, 5)])
    c.avg_list("平均自评得分", c.rx(r"平均自评得分([\d.]+)分"), scores)
    c.balance("设备购置项目结余", c.rx(r"该项目结余(\d+\.\d+万元)"),
              t2.cell("口腔诊疗设备购置项目", 2, W), t2.cell("口腔诊疗设备购置项目", 3, W))
    p_annual = c.rx(r"项目全年预算(\d+\.\d+万元)（")
    p_init = c.rx(r"（年初(\d+\.\d+万元)，")
    p_add = c.rx(r"，追加(\d+\.\d+万元)）")
    p_spent = c.rx(r"），执行(\d+\.\d+万元)")
    c.total("窝沟封闭 全年 = 年初 + 追加", p_annual, [p_init, p_add])
    c.same("追加", [add, p_add])
    c.same("窝沟封闭 全年", [p_annual, t2.cell(pnames[0], 2, W)])
    c.same("窝沟封闭 年初", [p_init, t2.cell(pnames[0], 1, W)])
    c.same("窝沟封闭 执行", [p_spent, t2.cell(pnames[0], 3, W)])
    sub = c.rx(r"封闭补助费(\d+\.\d+万元)（")
    c.total("窝沟封闭 执行 = 用途", p_spent,
            [sub, c.rx(r"口腔检查费(\d+\.\d+万元)"), c.rx(r"质控及耗材费(\d+\.\d+万元)")])
    teeth = c.rx(r"共([\d,]+颗)")
    c.product("封闭补助 = 牙数 × 50元", sub, teeth, c.rx(r"每颗牙(\d+元)", "price"))
    kids = c.rx(r"全年为([\d,]+)名儿童")
    kids = Fig(kids.raw + "人")
    c.avg("人均封闭", c.rx(r"人均封闭([\d.]+颗)"), teeth, kids)
    c.avg("平均每校", c.rx(r"平均每校([\d.]+人)"), kids, c.rx(r"全市(\d+所)小学"))
    t3 = c.table("表3")
    names = ["部门预算执行率", "窝沟封闭儿童人数", "儿童口腔健康检查人次", "口腔健康教育进校园场次", "封闭完好率（半年复查）",
             "设备购置完成时间", "基本支出控制数", "12岁儿童龋患率", "学生口腔健康知识知晓率", "新购设备使用率",
             "学生家长满意度"]
    rows = c.indicators(t3, names, "总分", [c.rx(r"支出自评得分(\d+\.\d+)分")], c.rxs(r"评价等级为“(\S)”"))
    ex = rows["部门预算执行率"]
    c.same("部门执行率", [rate, Fig(ex[4]), Fig(ex[5])])
    _exec_score(c, Fig(ex[7]), Fig(ex[6]), spent, annual)
    c.same("儿童", [kids, Fig(rows["窝沟封闭儿童人数"][4])])
    c.same("检查人次", [c.rx(r"口腔健康检查([\d,]+人次)"), Fig(rows["儿童口腔健康检查人次"][4])])
    edu, plan, less = c.rx(r"进校园(\d+场)"), c.rx(r"年度计划(\d+场)"), c.rx(r"少(\d+场)")
    c.lin("sum_mismatch", "少开展场次 = 计划 − 实际", less, [(1, plan), (-1, edu)])
    c.same("进校园场次", [edu, Fig(rows["口腔健康教育进校园场次"][4])])
    c.same("进校园计划", [plan, Fig(rows["口腔健康教育进校园场次"][3].lstrip("≥"))])
    good = c.rx(r"封闭完好率(\d+\.\d+%)")
    c.rate("完好率", good, c.rx(r"完好([\d,]+颗)"), c.rx(r"复查已封闭牙齿([\d,]+颗)"))
    c.same("完好率", [good, Fig(rows["封闭完好率（半年复查）"][4])])
    c.same("龋患率", [c.rx(r"龋患率(\d+\.\d+%)"), Fig(rows["12岁儿童龋患率"][4])])
    c.same("知晓率", [c.rx(r"知晓率(\d+\.\d+%)"), Fig(rows["学生口腔健康知识知晓率"][4])])
    c.same("设备使用率", [c.rx(r"设备使用率(\d+\.\d+%)"), Fig(rows["新购设备使用率"][4])])
    c.same("基本支出预算", [Fig(rows["基本支出控制数"][3].lstrip("≤")), t1.cell("基本支出", 2, W)])
    c.same("基本支出执行", [Fig(rows["基本支出控制数"][4]), basic])
    sent, valid = c.rx(r"发放问卷([\d,]+份)"), c.rx(r"回收有效问卷([\d,]+份)")
    c.rate("有效回收率", c.rx(r"有效回收率(\d+\.\d+%)"), valid, sent)
    sat = c.rx(r"满意度(\d+\.\d+%)")
    c.rate("满意度", sat, c.rx(r"表示满意的([\d,]+份)"), valid)
    c.same("满意度", [sat, Fig(rows["学生家长满意度"][4])])
    tr = rows["设备购置完成时间"]
    c.lin("score_sum_mismatch", "时效扣分", c.rx(r"按部分达成扣(\d+)分"), [(1, Fig(tr[6])), (-1, Fig(tr[7]))])
    d1, d2 = c.rxm(r"分别扣([\d.]+)分和([\d.]+)分")
    for d, nm in ((d1, "口腔健康教育进校园场次"), (d2, "新购设备使用率")):
        c.lin("score_sum_mismatch", f"{nm} 扣分", d, [(1, Fig(rows[nm][6])), (-1, Fig(rows[nm][7]))])


def check_xingyi(c):
    """gz-xingyi-wogou-2023: compact pipe tables, merged cells, grade 良."""
    c.year_is("title", c.rx(r"(\d{4})年度儿童口腔健康窝沟封闭项目"))
    c.year_is("cut-off", c.rx(r"截至(\d{4})年12月31日"))
    c.year_after("carry-over", c.rx(r"资金已结转至(\d{4})年"))
    c.year_after("deferred schools", c.rx(r"顺延至(\d{4})年春季学期"))
    annual = c.rx(r"项目全年预算(\d+\.\d+万元)")
    src = c.rxm(r"分别为(\d+\.\d+万元)、(\d+\.\d+万元)、(\d+\.\d+万元)，截至")
    recv_rate = c.rx(r"到位率(\d+\.\d+%)")
    spent = c.rx(r"全年执行(\d+\.\d+万元)")
    rate = c.rx(r"执行率(\d+\.\d+%)；")
    unspent = c.rx(r"未执行的(\d+\.\d+万元)")
    sub = c.rx(r"封闭补助费(\d+\.\d+万元)（")
    price = c.rx(r"每颗牙(\d+元)", "price")
    teeth_f = c.rx(r"共([\d,]+颗)")
    others = c.rxm(r"分别为(\d+\.\d+万元)、(\d+\.\d+万元)、(\d+\.\d+万元)。")
    c.total("全年预算 = 中央 + 省 + 市", annual, src)
    c.rate("执行率 (prose)", rate, spent, annual)
    c.balance("未执行 = 预算 − 执行", unspent, annual, spent)
    c.total("全年执行 = 用途", spent, [sub] + others)
    c.product("封闭补助 = 牙数 × 60元", sub, teeth_f, price)
    t1 = c.table("表1")
    rn = ["年度资金总额", "其中：中央补助资金", "省级资金", "市级资金", "上年结转资金"]
    for j in (1, 2, 3, 4):
        c.total(f"表1 col {j}", t1.cell(rn[0], j, W), [t1.cell(r, j, W) for r in rn[1:]])
    for r in rn:
        c.rate(f"表1 {r} 到位率", _dash_or(t1.by(0, r)[5]), t1.cell(r, 3, W), t1.cell(r, 2, W))
        c.rate(f"表1 {r} 执行率", _dash_or(t1.by(0, r)[6]), t1.cell(r, 4, W), t1.cell(r, 2, W))
        c.same(f"年初 = 全年 ({r})", [t1.cell(r, 1, W), t1.cell(r, 2, W)])
        c.same(f"已全部到位 ({r})", [t1.cell(r, 3, W), t1.cell(r, 2, W)])
    c.same("全年预算", [annual, t1.cell(rn[0], 2, W)])
    for f, r in zip(src, rn[1:4]):
        c.same(f"来源 {r}", [f, t1.cell(r, 2, W)])
    c.same("执行", [spent, t1.cell(rn[0], 4, W)])
    c.same("到位率", [recv_rate, t1.cell(rn[0], 5)])
    c.rate("到位率 (prose)", recv_rate, t1.cell(rn[0], 3, W), annual)
    t2 = c.table("表2")
    names = ["窝沟封闭儿童人数", "封闭牙齿数", "覆盖乡镇（街道）数", "封闭完好率（3个月复查）", "年度封闭任务完成时间",
             "每颗牙封闭补助标准", "封闭牙齿龋患发生率", "儿童口腔健康知识知晓率", "儿童口腔健康档案建档率",
             "学生满意度", "家长满意度", "预算执行率"]
    lv = c.rxm(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分")
    rows = c.indicators(t2, names, "合计", [c.rx(r"自评得分(\d+\.\d+)分")], c.rxs(r"评价等级为(\S)。"),
                        {"预算执行": lv[0], "产出指标": lv[1], "效益指标": lv[2], "满意度指标": lv[3]})
    ex = rows["预算执行率"]
    c.same("执行率", [rate, t1.cell(rn[0], 6), Fig(ex[4]), Fig(ex[5]), c.rx(r"预算执行率仅为(\d+\.\d+%)")])
    c.same("执行得分", [t1.cell(rn[0], 8), Fig(ex[7])])
    c.same("执行分值", [t1.cell(rn[0], 7), Fig(ex[6])])
    _exec_score(c, Fig(ex[7]), Fig(ex[6]), spent, annual)
    kids_g = c.rx(r"共为([\d,]+)名儿童")
    kids = c.rx(r"全年封闭儿童([\d,]+人)")
    teeth = c.rx(r"封闭牙齿([\d,]+颗)，人均")
    c.same("儿童", [Fig(kids_g.raw + "人"), kids, Fig(rows["窝沟封闭儿童人数"][4])])
    c.same("牙齿", [teeth, teeth_f, Fig(rows["封闭牙齿数"][4])])
    c.avg("人均", c.rx(r"人均([\d.]+颗)"), teeth, kids)
    c.avg("平均每校", c.rx(r"平均每校([\d.]+人)"), kids, c.rx(r"服务覆盖(\d+所)小学"))
    ck, ct = c.rxm(r"分别完成年度目标的([\d.]+%)和([\d.]+%)")
    for st, a, nm in ((ck, kids, "窝沟封闭儿童人数"), (ct, teeth, "封闭牙齿数")):
        tg = Fig(rows[nm][3].lstrip("≥"))
        if not close(st, a.n / tg.n * HUNDRED):
            c.err("completion_mismatch", f"prose completion {nm}: {st.raw}")
        c.same(f"完成率 {nm}", [st, Fig(rows[nm][5])])
    c.same("完好率", [c.rx(r"封闭完好率(\d+\.\d+%)"), Fig(rows["封闭完好率（3个月复查）"][4])])
    c.same("龋患发生率", [c.rx(r"龋患发生率(\d+\.\d+%)"), Fig(rows["封闭牙齿龋患发生率"][4])])
    c.same("知晓率", [c.rx(r"知晓率(\d+\.\d+%)"), Fig(rows["儿童口腔健康知识知晓率"][4])])
    c.same("建档率", [c.rx(r"建档率(\d+\.\d+%)"), Fig(rows["儿童口腔健康档案建档率"][4])])
    c.same("学生满意度", [c.rx(r"学生满意度(\d+\.\d+%)"), Fig(rows["学生满意度"][4])])
    c.same("家长满意度", [c.rx(r"家长满意度(\d+\.\d+%)"), Fig(rows["家长满意度"][4])])
    c.same("补助标准", [price, Fig(rows["每颗牙封闭补助标准"][4], "price"),
                      Fig(rows["每颗牙封闭补助标准"][3].lstrip("≤"), "price")])


def check_wafangdian(c):
    """ln-wafangdian-wogou-2025: execution worth 20 points, grade 中."""
    c.year_is("title", c.rx(r"\n(\d{4})年度适龄儿童窝沟封闭项目绩效自评报告"))
    c.year_is("cut-off", c.rx(r"截至(\d{4})年12月31日"))
    c.year_is("completion date", c.rx(r"封闭工作于(\d{4})年12月26日全部完成"))
    c.year_after("carry-over", c.rx(r"结转至(\d{4})年使用"))
    c.year_after("late receipt", c.rx(r"于(\d{4})年1月到位"))
    eligible_g = c.rx(r"在校学生([\d,]+人)")
    plan = c.rx(r"计划为([\d,]+人)")
    init = c.rx(r"项目年初预算(\d+\.\d+万元)")
    fin0 = c.rx(r"其中当年财政拨款(\d+\.\d+万元)")
    cin = c.rx(r"上年结转资金(\d+\.\d+万元)；")
    add = c.rx(r"追加当年财政拨款(\d+\.\d+万元)")
    annual = c.rx(r"全年预算(\d+\.\d+万元)。")
    recv = c.rx(r"实际到位资金(\d+\.\d+万元)")
    recv_rate = c.rx(r"到位率(\d+\.\d+%)")
    unrecv = c.rx(r"追加资金中(\d+\.\d+万元)于")
    c.total("年初 = 财政拨款 + 结转", init, [fin0, cin])
    c.total("全年 = 年初 + 追加", annual, [init, add])
    c.rate("到位率", recv_rate, recv, annual)
    c.balance("未到位 = 全年 − 到位", unrecv, annual, recv)
    c.same("跨年到位", [unrecv, c.rx(r"，(\d+\.\d+万元)跨年到位")])
    spent = c.rx(r"全年支出(\d+\.\d+万元)")
    rate = c.rx(r"执行率(\d+\.\d+%)；")
    s1, s2 = c.rx(r"当年财政拨款支出(\d+\.\d+万元)"), c.rx(r"上年结转资金支出(\d+\.\d+万元)")
    sub = c.rx(r"封闭补助费(\d+\.\d+万元)（")
    price = c.rx(r"每颗牙(\d+元)", "price")
    teeth_f = c.rx(r"共([\d,]+颗)")
    uses = [c.rx(r"口腔检查费(\d+\.\d+万元)"), c.rx(r"宣传培训费(\d+\.\d+万元)"), c.rx(r"质控督导费(\d+\.\d+万元)")]
    bal = c.rx(r"已到位未支出的(\d+\.\d+万元)")
    c.rate("执行率 (prose)", rate, spent, annual)
    c.total("支出 = 来源", spent, [s1, s2])
    c.total("支出 = 用途", spent, [sub] + uses)
    c.product("封闭补助 = 牙数 × 50元", sub, teeth_f, price)
    c.balance("已到位未支出 = 到位 − 支出", bal, recv, spent)
    t1 = c.table("表1")
    rn = ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"]
    for j in (1, 2, 3):
        c.total(f"表1 col {j}", t1.cell(rn[0], j, W), [t1.cell(r, j, W) for r in rn[1:]])
    for r in rn:
        c.rate(f"表1 {r} 执行率", _dash_or(t1.by(0, r)[4]), t1.cell(r, 3, W), t1.cell(r, 2, W))
    c.same("年初", [init, t1.cell(rn[0], 1, W)])
    c.same("年初 财政拨款", [fin0, t1.cell(rn[1], 1, W)])
    c.same("年初 结转", [cin, t1.cell(rn[2], 1, W), t1.cell(rn[2], 2, W)])
    c.total("全年 财政拨款 = 年初 + 追加", t1.cell(rn[1], 2, W), [fin0, add])
    c.same("全年预算", [annual, t1.cell(rn[0], 2, W)])
    c.same("支出", [spent, t1.cell(rn[0], 3, W)])
    c.same("财政拨款支出", [s1, t1.cell(rn[1], 3, W)])
    c.same("结转支出", [s2, t1.cell(rn[2], 3, W)])
    t2 = c.table("表2")
    names = ["预算执行率", "窝沟封闭儿童人数", "封闭牙齿数", "封闭完好率（3个月复查）", "补助标准", "封闭工作完成时间",
             "适龄儿童窝沟封闭覆盖率", "封闭牙齿龋患发生率", "学校口腔健康指导员配备率", "学生家长满意度"]
    lv = c.rxm(r"预算执行得分([\d.]+)分（分值(\d+)分），产出指标得分([\d.]+)分（分值(\d+)分），"
               r"效益指标得分([\d.]+)分（分值(\d+)分），满意度指标得分([\d.]+)分（分值(\d+)分）")
    lvl = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    rows = c.indicators(t2, names, "合计", [c.rx(r"自评得分(\d+\.\d+)分")], c.rxs(r"评价等级为(\S)。"),
                        dict(zip(lvl, lv[0::2])), dict(zip(lvl, lv[1::2])))
    ex = rows["预算执行率"]
    c.same("执行率", [rate, t1.cell(rn[0], 4), Fig(ex[4]), Fig(ex[5])])
    c.same("执行得分", [t1.cell(rn[0], 6), Fig(ex[7])])
    c.same("执行分值", [t1.cell(rn[0], 5), Fig(ex[6]), c.rx(r"预算执行率指标分值为(\d+)分"),
                       c.rx(r"得分=(\d+)×预算执行率")])
    _exec_score(c, Fig(ex[7]), Fig(ex[6]), spent, annual)
    c.same("计划人数", [plan, Fig(rows["窝沟封闭儿童人数"][3].lstrip("≥"))])
    kids = c.rx(r"全年封闭儿童([\d,]+人)")
    c.total("儿童 = 各年级", kids, c.rxm(r"分别为([\d,]+人)、([\d,]+人)和([\d,]+人)"))
    teeth = c.rx(r"封闭牙齿([\d,]+颗)，人均")
    cov_k = c.rx(r"（封闭([\d,]+人)/")
    cov_e = c.rx(r"适龄儿童([\d,]+人)）")
    c.same("儿童", [kids, cov_k, Fig(rows["窝沟封闭儿童人数"][4])])
    c.same("牙齿", [teeth, teeth_f, Fig(rows["封闭牙齿数"][4])])
    c.same("适龄儿童", [eligible_g, cov_e])
    c.avg("人均", c.rx(r"人均([\d.]+颗)"), teeth, kids)
    c.avg("平均每校", c.rx(r"平均每校([\d.]+人)"), kids, c.rx(r"覆盖全市(\d+所)小学"))
    c.same("完好率", [c.rx(r"封闭完好率(\d+\.\d+%)"), Fig(rows["封闭完好率（3个月复查）"][4])])
    cov = c.rx(r"覆盖率(\d+\.\d+%)（")
    c.rate("覆盖率", cov, cov_k, cov_e)
    c.same("覆盖率", [cov, Fig(rows["适龄儿童窝沟封闭覆盖率"][4])])
    c.same("龋患发生率", [c.rx(r"龋患发生率(\d+\.\d+%)"), Fig(rows["封闭牙齿龋患发生率"][4])])
    eq = c.rx(r"配备率(\d+\.\d+%)")
    c.rate("配备率", eq, c.rx(r"中(\d+所)配备"), c.rx(r"全市(\d+所)小学中"))
    c.same("配备率", [eq, Fig(rows["学校口腔健康指导员配备率"][4])])
    c.same("满意度", [c.rx(r"满意度(\d+\.\d+%)"), Fig(rows["学生家长满意度"][4])])
    c.same("补助标准", [price, Fig(rows["补助标准"][4], "price"), Fig(rows["补助标准"][3].lstrip("≤"), "price")])
    c.same("完成日期", [c.rx(r"于(\d{4})年12月26日全部完成"), Fig(rows["封闭工作完成时间"][4][:4])])


SPECS = {
    "zj-lanxi-wogou-2019": (2019, check_lanxi),
    "jx-fengcheng-wogou-2021": (2021, check_fengcheng),
    "ha-luohe-kqfz-2024": (2024, check_luohe),
    "gz-xingyi-wogou-2023": (2023, check_xingyi),
    "ln-wafangdian-wogou-2025": (2025, check_wafangdian),
}


def run_checks(source, text):
    year, fn = SPECS[source]
    c = Checker(text, year)
    fn(c)
    return c.found


def diff_region(a, b):
    """Common prefix/suffix trimming: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    clean_text = {}
    code_count = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            clean_text[rec["source"]] = text
    for rec in labels:
        name = rec["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text)
        if not 1500 <= n <= 5000:
            problems.append(f"{name}: {n} characters")
        try:
            found = run_checks(rec["source"], text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures back: {exc}")
            continue
        errs = sorted({code for sev, code, _ in found if sev == "error"})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if found:
                problems.append(f"{name}: clean draft has findings: {found}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: {len(rec['expected'])} expected findings (want 1)")
            continue
        exp = rec["expected"][0]
        code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
        if exp["code"] not in ERROR_CODES or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {exp}")
        if errs != [exp["code"]]:
            problems.append(f"{name}: labelled {exp['code']}, checks give {errs}: "
                            f"{[f for f in found if f[0] == 'error']}")
        if text.count(exp["value"]) != 1:
            problems.append(f"{name}: value occurs {text.count(exp['value'])} times")
        clean = clean_text[rec["source"]]
        p, ea, eb = diff_region(clean, text)
        if ea - p > 40 or eb - p > 40 or eb <= p and ea <= p:
            problems.append(f"{name}: edit region {ea - p}/{eb - p} characters")
        v0 = text.find(exp["value"])
        v1 = v0 + len(exp["value"])
        if not (v0 < max(eb, p + 1) and p < v1):
            problems.append(f"{name}: edit [{p},{eb}) does not overlap the value [{v0},{v1})")
        print(f"  {name:36s} {exp['code']:22s} edit {ea - p:2d}→{eb - p:2d} chars  "
              f"warnings: {sorted({c for s, c, _ in found if s == 'warning'}) or '-'}")
    for code in ERROR_CODES:
        if code_count.get(code, 0) < 2:
            problems.append(f"code {code} used {code_count.get(code, 0)} times (< 2)")
    print("per code:", ", ".join(f"{k}={code_count.get(k, 0)}" for k in ERROR_CODES))
    if problems:
        for p in problems:
            print("FAIL:", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
