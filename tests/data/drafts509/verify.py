#!/usr/bin/env python3
"""Verify the drafts509 set: standard library + decimal only.

For every case file the figures are read back from the text (per-project patterns, each of
which must match exactly once, and the tables rebuilt from their ｜ / tab separated rows);
all arithmetic is redone (rules.md §5-§8, identities I1-I14) and every broken identity is
reported under its errors.md code. Then:
  * every clean draft must pass every check (no error, no warning);
  * every error case must fail its labelled code and no other error code;
  * every label value must occur exactly once in its case, the case must differ from its clean
    draft by one contiguous edit of at most 40 characters that overlaps the value;
  * every code of errors.md §A must be labelled at least twice.
Prints OK on success, otherwise the problems, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]
WARNING_CODES = ["score_rule_mismatch"]
MAX_EDIT = 40

D = Decimal
HUNDRED = D(100)
TENK = D(10000)

# tokens used in the per-project patterns
NUM = r"(\d[\d,]*(?:\.\d+)?)"                  # a bare number
AMT = r"(\d[\d,]*(?:\.\d+)?(?:万元|元))"         # a money amount with its unit
GRADE = r"(优秀|良好|中等|合格|一般|较差|不合格|优|良|中|差)"
GRADE_BAND = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class ParseError(Exception):
    pass


class N:
    """A number as written: value, decimals (rules §8) and unit suffix."""

    def __init__(self, raw, unit=None):
        self.raw = raw
        m = re.fullmatch(r"\s*([≥≤=＝<>＜＞]?)\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*?)\s*", raw)
        if not m:
            raise ParseError(f"not a number: {raw!r}")
        digits = m.group(2).replace(",", "")
        self.v = D(digits)
        self.d = len(digits.split(".")[1]) if "." in digits else 0
        self.unit = m.group(3) if unit is None else unit

    @property
    def tol(self):
        return D("0.5") * D(10) ** (-self.d) + D("1e-9")

    def money_factor(self):
        """Factor converting this amount to 万元, or None if not money."""
        if self.unit == "万元":
            return D(1)
        if self.unit == "元":
            return D(1) / TENK
        return None

    def __repr__(self):
        return self.raw


def cell(s):
    """A table cell as N, or None for an empty / dash cell."""
    s = s.strip()
    if s in ("", "—", "-", "－"):
        return None
    return N(s)


def agrees(stated, computed):
    return abs(D(computed) - stated.v) <= stated.tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Ctx:
    def __init__(self, text):
        self.text = text
        self.lines = text.split("\n")
        self.found = []  # (code, message)
        self.n_checks = 0

    # ---------- reporting ----------
    def flag(self, code, msg):
        self.found.append((code, msg))

    # ---------- extraction ----------
    def g(self, pattern):
        """Groups of the single match of pattern (tokens {N} {A} {G} expanded), as N / str."""
        pat = pattern.replace("{N}", NUM).replace("{A}", AMT).replace("{G}", GRADE)
        ms = list(re.finditer(pat, self.text))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        out = []
        for grp in ms[0].groups():
            if grp is None:
                out.append(None)
            elif re.fullmatch(r"\d[\d,]*(?:\.\d+)?(?:万元|元)?", grp):
                out.append(N(grp))
            else:
                out.append(grp)
        return out[0] if len(out) == 1 else out

    def row(self, label, sep, after=None, ncols=None):
        """Cells of the one line whose first cell is label (searching from the line holding `after`)."""
        start = 0
        if after is not None:
            idx = [i for i, line in enumerate(self.lines) if after in line]
            if len(idx) != 1:
                raise ParseError(f"table anchor {after!r} found {len(idx)} times")
            start = idx[0]
        hits = []
        for line in self.lines[start:]:
            cells = line.split(sep)
            if len(cells) > 1 and cells[0].strip() == label and (ncols is None or len(cells) == ncols):
                hits.append(cells)
        if not hits:
            raise ParseError(f"row {label!r} not found")
        return hits[0]

    def indicator_rows(self, sep, cols, level1s, after=None):
        """Rebuild the indicator table. cols maps field -> column index."""
        start = 0
        if after is not None:
            idx = [i for i, line in enumerate(self.lines) if after in line]
            if len(idx) != 1:
                raise ParseError(f"indicator anchor {after!r} found {len(idx)} times")
            start = idx[0]
        rows = []
        for line in self.lines[start:]:
            cells = line.split(sep)
            if len(cells) < 4 or cells[cols.get("l1", 0)].strip() not in level1s:
                continue
            r = {k: cells[i].strip() for k, i in cols.items()}
            r["line"] = line
            rows.append(r)
        if not rows:
            raise ParseError("no indicator rows")
        return rows

    # ---------- identities ----------
    def total(self, stated, parts, what, code="sum_mismatch"):
        """stated = Σ sign·part (parts: N or (sign, N)); money in any unit, compared in stated's unit.
        A single amount off by 10^4 (元 written as 万元 or the reverse) is reported as unit_mismatch."""
        parts = [p if isinstance(p, tuple) else (1, p) for p in parts]

        def ok(scale_idx=None, scale=D(1)):
            base = stated.money_factor()
            if base is None:  # plain numbers
                comp = sum(s * p.v * (scale if i == scale_idx else 1) for i, (s, p) in enumerate(parts))
                st = stated.v * (scale if scale_idx == -1 else 1)
                return abs(comp - st) <= stated.tol
            comp_wan = sum(s * p.v * p.money_factor() * (scale if i == scale_idx else 1)
                           for i, (s, p) in enumerate(parts))
            st_scale = scale if scale_idx == -1 else D(1)
            return abs(comp_wan / base - stated.v * st_scale) <= stated.tol * st_scale

        if ok():
            return
        for i in list(range(len(parts))) + [-1]:
            amt = stated if i == -1 else parts[i][1]
            if amt.money_factor() is None:
                continue
            for scale in (TENK, D(1) / TENK):
                if ok(i, scale):
                    self.flag("unit_mismatch", f"{what}: {amt.raw} is off by a factor 10^4")
                    return
        self.flag(code, f"{what}: stated {stated.raw}, parts {[p.raw for _, p in parts]}")

    def product(self, stated, qty, price, what):
        """stated amount = qty × unit price (money)."""
        comp_wan = qty.v * price.v * price.money_factor()
        if abs(comp_wan / stated.money_factor() - stated.v) <= stated.tol:
            return
        for scale in (TENK, D(1) / TENK):
            if abs(comp_wan / (stated.money_factor() * scale) - stated.v) <= stated.tol:
                self.flag("unit_mismatch", f"{what}: {stated.raw} off by 10^4")
                return
        self.flag("sum_mismatch", f"{what}: {qty.raw} × {price.raw} ≠ {stated.raw}")

    def per_unit(self, stated, total, count, what):
        """stated average amount = total amount / count (an average, I10). A total or an average
        written with the wrong money unit (off by 10^4) is reported as unit_mismatch."""
        def ok(ts=D(1), ss=D(1)):
            comp = total.v * ts * total.money_factor() / count.v / stated.money_factor()
            return abs(comp - stated.v * ss) <= stated.tol * ss

        if ok():
            return
        for ts, ss, amt in ((TENK, D(1), total), (D(1) / TENK, D(1), total),
                            (D(1), TENK, stated), (D(1), D(1) / TENK, stated)):
            if ok(ts, ss):
                self.flag("unit_mismatch", f"{what}: {amt.raw} off by 10^4")
                return
        self.flag("average_mismatch", f"{what}: {total.raw}/{count.raw} ≠ {stated.raw}")

    def average(self, stated, items, what):
        comp = sum(i.v for i in items) / len(items)
        if not agrees(stated, comp):
            self.flag("average_mismatch", f"{what}: mean {comp:.4f} ≠ {stated.raw}")

    def rate(self, stated, num, den, what):
        """stated % = num / den × 100 (I1/I2); over 100% or on a zero base: implausible_rate."""
        if stated is None:
            if den.v != 0:
                self.flag("rate_mismatch", f"{what}: rate missing ('—') on a non-zero base")
            return
        if den.v == 0:
            if stated.v != 0:
                self.flag("implausible_rate", f"{what}: {stated.raw} on a zero base")
            return
        if stated.v > HUNDRED or stated.v < 0:
            self.flag("implausible_rate", f"{what}: {stated.raw} outside 0-100%")
            comp = num.v * (num.money_factor() or 1) / (den.v * (den.money_factor() or 1)) * HUNDRED
            if not agrees(stated, comp):
                self.flag("rate_mismatch", f"{what}: computed {comp:.4f}, stated {stated.raw}")
            return
        nf = num.money_factor() or D(1)
        df = den.money_factor() or D(1)
        comp = num.v * nf / (den.v * df) * HUNDRED
        if not agrees(stated, comp):
            self.flag("rate_mismatch", f"{what}: computed {comp:.4f}, stated {stated.raw}")

    def pct(self, stated, what):
        """A rate / satisfaction that must lie in [0, 100]."""
        if stated.v > HUNDRED or stated.v < 0:
            self.flag("implausible_rate", f"{what}: {stated.raw} outside 0-100%")

    def same(self, a, b, what):
        """Two statements of one quantity (I11). Money compared in 万元; other units must match."""
        fa, fb = a.money_factor(), b.money_factor()
        if fa is not None and fb is not None:
            va, vb = a.v * fa, b.v * fb
            tol = max(a.tol * fa, b.tol * fb)
            if abs(va - vb) <= tol:
                return
            for x in (a, b):
                for scale in (TENK, D(1) / TENK):
                    va2 = va * (scale if x is a else 1)
                    vb2 = vb * (scale if x is b else 1)
                    if abs(va2 - vb2) <= tol * scale:
                        self.flag("unit_mismatch", f"{what}: {x.raw} off by 10^4")
                        return
            self.flag("conflicting_values", f"{what}: {a.raw} vs {b.raw}")
            return
        ua, ub = a.unit.replace("％", "%"), b.unit.replace("％", "%")
        if ua and ub and ua != ub:
            return  # different measures: the unit check of the row reports it
        if abs(a.v - b.v) > max(a.tol, b.tol):
            self.flag("conflicting_values", f"{what}: {a.raw} vs {b.raw}")

    def year_is(self, y, Y, what):
        if int(y if isinstance(y, str) else y.raw) != Y:
            self.flag("year_mismatch", f"{what}: {y} in a {Y} report")

    def year_after(self, y, Y, what):
        if int(y if isinstance(y, str) else y.raw) <= Y:
            self.flag("year_mismatch", f"{what}: carried to {y} in a {Y} report")

    def grade(self, total, word, what):
        band = grade_of(total.v)
        if GRADE_BAND[word] != band:
            self.flag("grade_mismatch", f"{what}: {total.raw} is {band}, stated {word}")

    # ---------- indicator table ----------
    def score_check(self, w, s, expected_list, what):
        if any(abs(e - s.v) <= s.tol for e in expected_list):
            return
        self.flag("score_rule_mismatch", f"{what}: score {s.raw}, rule gives {[str(r2(e)) for e in expected_list]}")

    def indicator(self, r, sichuan=False):
        """Checks of one row: score ≤ weight, units, completion, score rule."""
        name = r["name"] or r.get("l2", "")
        w, s = N(r["weight"]), N(r["score"])
        if s.v > w.v or s.v < 0:
            self.flag("score_exceeds_weight", f"{name}: score {s.raw} > weight {w.raw}")
            over = True
        else:
            over = False
        compl_raw = r.get("compl")
        compl = cell(compl_raw) if compl_raw is not None else None
        # direction, target, actual
        if sichuan:
            nature = r["nature"]
            if nature == "定性":
                kind = "qual"
            else:
                kind = {"≥": "gte", "≤": "lte", "=": "eq"}[nature]
                T = N(r["target"], unit=r["unit"])
                m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(.*)", r["actual"])
                A = N(m.group(1), unit=m.group(2) or r["unit"])
        else:
            mt = re.fullmatch(r"([≥≤=＝]?)(\d[\d,]*(?:\.\d+)?)([^\d]*)", r["target"])
            if not mt or mt.group(3).startswith("月"):
                kind = "qual"
            else:
                kind = {"≥": "gte", "≤": "lte", "=": "eq", "＝": "eq", "": "eq"}[mt.group(1)]
                T = N(mt.group(2), unit=mt.group(3))
                ma = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)([^\d]*)", r["actual"])
                if not ma:
                    self.flag("unit_mismatch", f"{name}: actual {r['actual']!r} is not a quantity")
                    return
                A = N(ma.group(1), unit=ma.group(2))
        if kind == "qual":
            if compl_raw not in (None, "—", ""):
                self.flag("completion_mismatch", f"{name}: qualitative row with 完成率 {compl_raw}")
            if not over:
                judged = r["actual"]
                lo = D("0.6") if "部分" in judged else (D(0) if "未" in judged else D("0.8"))
                hi = D("0.8") if "部分" in judged else (D("0.6") if "未" in judged else D(1))
                if not (lo * w.v <= s.v <= hi * w.v):
                    self.flag("score_rule_mismatch", f"{name}: qualitative score {s.raw} outside band")
            return
        if T.unit.replace("％", "%") != A.unit.replace("％", "%"):
            self.flag("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
            return
        if A.unit == "%" and ("率" in name or "满意度" in name or "比例" in name or "占比" in name):
            self.pct(A, name)
        # completion (rules §5)
        if kind == "lte":
            c = HUNDRED if A.v <= T.v else T.v / A.v * HUNDRED
        elif T.v == 0:
            c = None
        else:
            c = A.v / T.v * HUNDRED
        if compl_raw is not None and compl_raw not in ("—", ""):
            if c is not None and not agrees(compl, c):
                self.flag("completion_mismatch", f"{name}: computed {c:.4f}%, stated {compl_raw}")
        # score rule (warning)
        if over:
            return
        exp = []
        if kind == "lte":
            exp.append(w.v if A.v <= T.v else w.v * T.v / A.v)
        elif T.v == 0:
            exp.append(w.v if A.v <= 0 else D(0))
        else:
            exp.append(w.v * min(D(1), A.v / T.v))
        if compl is not None:
            exp.append(w.v * min(D(1), compl.v / HUNDRED))
        self.score_check(w, s, exp, name)


def _counted(fn):
    def wrapper(self, *args, **kwargs):
        self.n_checks += 1
        return fn(self, *args, **kwargs)
    wrapper.__doc__ = fn.__doc__
    return wrapper


for _name in ("total", "product", "per_unit", "average", "rate", "pct", "same", "year_is", "year_after",
              "grade", "score_check", "indicator"):
    setattr(Ctx, _name, _counted(getattr(Ctx, _name)))


def sums_by(rows, key="l1"):
    out = {}
    for r in rows:
        if r.get("l2") == "小计":
            continue
        w, s = N(r["weight"]).v, N(r["score"]).v
        a = out.setdefault(r[key], [D(0), D(0)])
        a[0] += w
        a[1] += s
    return out


def check_weights_and_scores(c, rows, exec_w, exec_s, blocks_stated_w=None, blocks_stated_s=None,
                             totals_w=(), totals_s=(), subtotal_rows=False):
    """I6/I7: Σ weights per block, Σ all = 100; Σ scores per block; total = Σ."""
    ind = [r for r in rows if r.get("l2") != "小计" and r["l1"] != "预算执行"]
    for r in ind:
        c.indicator(r, sichuan="nature" in r)
    blocks = sums_by(ind)
    all_w = exec_w.v + sum(v[0] for v in blocks.values())
    all_s = exec_s.v + sum(v[1] for v in blocks.values())
    if all_w != HUNDRED:
        c.flag("weight_sum_mismatch", f"weights add up to {all_w}")
    for name, st in (blocks_stated_w or {}).items():
        comp = exec_w.v if name == "预算执行" else blocks[name][0]
        if abs(comp - st.v) > st.tol:
            c.flag("weight_sum_mismatch", f"{name}: stated weight {st.raw}, rows add up to {comp}")
    for name, st in (blocks_stated_s or {}).items():
        comp = exec_s.v if name == "预算执行" else blocks[name][1]
        if not agrees(st, comp):
            c.flag("score_sum_mismatch", f"{name}: stated score {st.raw}, rows add up to {comp}")
    if subtotal_rows:
        for r in rows:
            if r.get("l2") == "小计":
                sw, ss = N(r["weight"]), N(r["score"])
                if sw.v != blocks[r["l1"]][0]:
                    c.flag("weight_sum_mismatch", f"{r['l1']} 小计 weight {sw.raw} ≠ {blocks[r['l1']][0]}")
                if not agrees(ss, blocks[r["l1"]][1]):
                    c.flag("score_sum_mismatch", f"{r['l1']} 小计 score {ss.raw} ≠ {blocks[r['l1']][1]}")
    for tw in totals_w:
        if tw.v != all_w:
            c.flag("weight_sum_mismatch", f"stated total weight {tw.raw}, rows add up to {all_w}")
    for ts in totals_s:
        if not agrees(ts, all_s):
            c.flag("score_sum_mismatch", f"stated total {ts.raw}, rows add up to {all_s}")
    return blocks, all_s


def exec_score(c, score, weight, stated_rate, spent, budget, what="预算执行率得分"):
    """score = weight × min(rate, 100%); accepts the unrounded or the printed rate (rules §8)."""
    r = spent.v / budget.v
    exp = [weight.v * min(D(1), r)]
    if stated_rate is not None:
        exp.append(weight.v * min(D(1), stated_rate.v / HUNDRED))
    if score.v > weight.v:
        c.flag("score_exceeds_weight", f"{what}: {score.raw} > {weight.raw}")
        return
    c.score_check(weight, score, exp, what)


def trow(cells, *idx):
    return [cell(cells[i]) for i in idx]


# ======================================================================================
# Project 1: 南通市崇川区人民武装部 2019 (Jiangsu), MOF layout with ｜
# ======================================================================================
def check_chongchuan(c):
    Y = 2019
    c.year_is(c.g(r"\n(\d{4})年度全民国防教育与征兵宣传工作经费项目支出绩效自评报告"), Y, "title")
    y1, y2 = c.g(r"实施期为(\d{4})年1月1日至(\d{4})年12月31日")
    c.year_is(y1, Y, "实施期"), c.year_is(y2, Y, "实施期")
    c.year_is(c.g(r"自评表（(\d{4})年度）"), Y, "自评表")
    c.year_after(c.g(r"结转至(\d{4})年使用"), Y, "结转")
    c.year_is(c.g(r"\n(\d{4})年年初预算"), Y, "预算年度")

    ini, fis0, cf0 = c.g(r"年初预算{A}，其中当年财政拨款{A}、上年结转资金{A}")
    c.total(ini, [fis0, cf0], "年初预算 = 当年财政拨款 + 上年结转 (text)")
    add, ann = c.g(r"区财政追加{A}，全年预算{A}")
    c.total(ann, [ini, add], "全年预算 = 年初 + 追加 (text)")
    c.rate(c.g(r"资金已全部到位，到位率{N}%"), ann, ann, "到位率 (全部到位)")
    spent, *items = c.g(r"全年执行{A}，其中国防教育宣传品制作{A}、全民国防教育日主题活动{A}、征兵宣传{A}、"
                        r"国防教育进校园讲座课酬{A}、网络新媒体宣传{A}")
    c.total(spent, items, "全年执行 = Σ 支出项目")
    qty, price, amt = c.g(r"印制征兵宣传海报{N}张，单价{A}，计{A}")
    c.product(amt, qty, price, "海报费 = 张数 × 单价")
    bal = c.g(r"未支出{A}")
    c.total(bal, [ann, (-1, spent)], "未支出 = 全年预算 − 执行", code="balance_mismatch")

    sep = "｜"
    T = c.row("年度资金总额", sep)
    F = c.row("其中：当年财政拨款", sep)
    C = c.row("上年结转资金", sep)
    O = c.row("其他资金", sep)
    for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total(N(T[i]), [N(F[i]), N(C[i]), N(O[i])], f"年度资金总额 {col} = Σ 来源")
    for rowc, nm in ((T, "年度资金总额"), (F, "当年财政拨款"), (C, "上年结转资金"), (O, "其他资金")):
        c.rate(cell(rowc[5]), N(rowc[3]), N(rowc[2]), f"{nm} 执行率")
    c.total(N(F[2]), [N(F[1]), add], "当年财政拨款 全年 = 年初 + 追加")
    c.same(N(T[1]), ini, "年初预算 table/text")
    c.same(N(T[2]), ann, "全年预算 table/text")
    c.same(N(T[3]), spent, "全年执行 table/text")
    c.same(N(F[1]), fis0, "当年财政拨款 年初 table/text")
    c.same(N(C[1]), cf0, "上年结转 table/text")
    exec_w, exec_s = N(T[4]), N(T[6])
    exec_score(c, exec_s, exec_w, cell(T[5]), N(T[3]), N(T[2]))

    cols = dict(l1=0, l2=1, name=2, target=3, actual=4, compl=5, weight=6, score=7)
    rows = c.indicator_rows(sep, cols, {"产出指标", "效益指标", "满意度指标"})
    byname = {r["name"]: r for r in rows}
    tot = c.row("总分", sep)
    ww = c.g(r"按照预算执行率{N}分、产出指标{N}分、效益指标{N}分、满意度指标{N}分的权重评分")
    ss = c.g(r"预算执行率得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，自评总分{N}分，等级为{G}")
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    check_weights_and_scores(c, rows, exec_w, exec_s,
                             blocks_stated_w=dict(zip(names, ww)),
                             blocks_stated_s=dict(zip(names, ss[:4])),
                             totals_w=[N(tot[6])], totals_s=[N(tot[7]), ss[4]])
    c.grade(ss[4], ss[5], "自评结论")

    def act(name):
        return N(byname[name]["actual"])

    c.same(c.g(r"开展国防教育进校园讲座{N}场，超过年度目标"), act("国防教育进校园讲座场次"), "讲座场次")
    c.same(c.g(r"印制征兵宣传海报{N}张，在全区"), act("征兵宣传海报印制数量"), "海报张数")
    c.same(qty, act("征兵宣传海报印制数量"), "海报张数 (费用)")
    c.same(c.g(r"主题活动{N}次。"), act("全民国防教育日主题活动"), "主题活动次数")
    n_st, lst, avg = c.g(r"全区{N}个街道分别组织征兵宣传活动([\d、]+)场，平均每个街道{N}场")
    vals = [N(x) for x in lst.split("、")]
    if len(vals) != int(n_st.v):
        c.flag("conflicting_values", "街道个数 vs 列出的场次个数")
    c.average(avg, vals, "街道平均场次")
    a, t, pc = c.g(r"大学生应征报名{N}人，为目标{N}人的{N}%")
    if not agrees(pc, a.v / t.v * HUNDRED):
        c.flag("completion_mismatch", "大学生应征报名 完成比例 (text)")
    c.same(a, act("大学生应征报名人数"), "大学生报名人数")
    c.same(t, N(byname["大学生应征报名人数"]["target"].lstrip("≥")), "大学生报名目标")
    cost, cap = c.g(r"宣传品制作成本{A}，控制在{A}以内")
    c.same(cost, N(byname["宣传品制作成本"]["actual"]), "宣传品制作成本 text/table")
    c.same(cost, items[0], "宣传品制作成本 / 支出项目")
    c.same(cap, N(byname["宣传品制作成本"]["target"].lstrip("≤")), "成本上限")
    q, qt = c.g(r"青少年国防知识测试合格率{N}%，高于{N}%的目标")
    c.same(N(q.raw + "%"), N(byname["青少年国防知识测试合格率"]["actual"]), "测试合格率")
    c.same(N(qt.raw + "%"), N(byname["青少年国防知识测试合格率"]["target"].lstrip("≥")), "合格率目标")
    sat, s1, s2 = c.g(r"综合满意度{N}%，其中应征青年满意度{N}%、家长满意度{N}%")
    for x, nm in ((sat, "综合满意度"), (s1, "应征青年满意度"), (s2, "家长满意度")):
        c.pct(x, nm)
    c.same(N(sat.raw + "%"), N(byname["应征青年及家长满意度"]["actual"]), "满意度 text/table")
    c.same(N(c.g(r"全年征兵任务完成率{N}%").raw + "%"), act("征兵任务完成率"), "征兵任务完成率 text/table")


# ======================================================================================
# Project 2: 惠州市惠城区人民武装部 2021 (Guangdong), tab tables, 元 and 万元
# ======================================================================================
def check_huicheng(c):
    Y = 2021
    c.year_is(c.g(r"惠城区人民武装部(\d{4})年度征兵宣传工作经费"), Y, "title")
    c.year_is(c.g(r"截至(\d{4})年12月31日"), Y, "截至")
    c.year_is(c.g(r"万元于(\d{4})年4月到位"), Y, "市级资金到位")
    goal_reg, goal_share = c.g(r"网上兵役登记人数不少于{N}人，大学生占征集总数比例不低于{N}%")

    ini, add, city, ann = c.g(r"年初预算{A}，均为区级财政资金。为做好下半年征兵宣传，区财政追加{A}；"
                              r"市级下达征兵宣传补助{A}。全年预算{A}")
    c.total(ann, [ini, add, city], "全年预算 = 年初 + 区级追加 + 市级补助")
    sep = "\t"
    T = c.row("合计", sep, after="资金来源")
    Q = c.row("区级财政资金", sep)
    S = c.row("市级补助资金", sep)
    J = c.row("上年结转资金", sep)
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total(N(T[i]), [N(Q[i]), N(S[i]), N(J[i])], f"合计 {col} = Σ 来源")
    for rowc, nm in ((T, "合计"), (Q, "区级"), (S, "市级"), (J, "上年结转")):
        c.rate(cell(rowc[4]), N(rowc[3]), N(rowc[2]), f"{nm} 执行率")
    c.total(N(Q[2]), [N(Q[1]), add], "区级 全年 = 年初 + 追加")
    c.same(N(T[1]), ini, "年初预算 table/text")
    c.same(N(T[2]), ann, "全年预算 table/text")
    c.same(N(S[2]), city, "市级补助 table/text")

    spent_yuan, *items = c.g(r"项目累计支出{A}，分别为宣传品制作{A}、户外及网络媒体投放{A}、进校园宣讲{A}、"
                             r"宣传车及场地租赁{A}、体检站宣传布置{A}")
    c.total(spent_yuan, items, "累计支出 = Σ 支出项目")
    c.same(spent_yuan, N(T[3], unit="万元"), "累计支出 元/万元")
    bal1 = c.g(r"区级资金结余{A}，已于年底")
    bal2 = c.g(r"年底仍有区级资金{A}未能使用")
    for b in (bal1, bal2):
        c.total(b, [N(Q[2], unit="万元"), (-1, N(Q[3], unit="万元"))], "区级结余 = 全年 − 执行",
                code="balance_mismatch")
    c.same(c.g(r"市级补助资金{A}于"), N(S[2], unit="万元"), "市级补助 (资金管理)")

    cols = dict(l1=0, l2=1, name=2, target=3, actual=4, compl=5, weight=6, score=7)
    rows = c.indicator_rows(sep, cols, {"预算执行", "产出指标", "效益指标", "满意度指标"}, after="附件")
    byname = {r["name"]: r for r in rows}
    ex = byname["预算执行率"]
    exec_w, exec_s = N(ex["weight"]), N(ex["score"])
    c.indicator(ex)
    c.same(N(ex["actual"]), N(T[4]), "执行率 自评表/资金表")
    exec_score(c, exec_s, exec_w, N(ex["actual"]), N(T[3]), N(T[2]))
    tot = c.row("合计", sep, after="附件")
    sc = c.g(r"其中预算执行{N}分、产出指标{N}分、效益指标{N}分、满意度指标{N}分，总分{N}分，评价等级为{G}")
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    check_weights_and_scores(c, rows, exec_w, exec_s, blocks_stated_s=dict(zip(names, sc[:4])),
                             totals_w=[N(tot[6])], totals_s=[N(tot[7]), sc[4]])
    c.grade(sc[4], sc[5], "自评结论")

    def act(name):
        return N(byname[name]["actual"])

    cun, lect, reg = c.g(r"全区{N}个村（社区）张贴征兵宣传海报，进校园宣讲{N}场，网上兵役登记{N}人。")
    c.same(N(cun.raw + "个"), act("征兵宣传覆盖村（社区）"), "覆盖村（社区）")
    c.same(N(lect.raw + "场"), act("进校园宣讲场次"), "宣讲场次")
    c.same(N(reg.raw + "人"), act("网上兵役登记人数"), "兵役登记人数")
    reg2, per, cap = c.g(r"按网上兵役登记{N}人计算，人均征兵宣传成本{A}，低于{A}的控制标准")
    c.same(reg2, reg, "兵役登记人数 (人均)")
    c.per_unit(per, N(T[3], unit="万元"), reg2, "人均征兵宣传成本 = 执行数 / 登记人数")
    c.same(per, act("人均征兵宣传成本"), "人均成本 text/table")
    c.same(cap, N(byname["人均征兵宣传成本"]["target"].lstrip("≤")), "人均成本上限")
    tot_n, col_n, share, gap = c.g(r"全年征集新兵{N}人，其中大学生{N}人，占比{N}%，比目标低{N}个百分点")
    c.rate(share, col_n, tot_n, "大学生占比")
    c.same(N(share.raw + "%"), act("大学生占征集总数比例"), "大学生占比 text/table")
    c.total(gap, [N(byname["大学生占征集总数比例"]["target"].lstrip("≥%").rstrip("%")), (-1, share)],
            "比目标低的百分点")
    i1, i2, iav = c.g(r"分别组织初检{N}人、{N}人，平均每次{N}人")
    c.average(iav, [i1, i2], "两次初检平均人数")
    ex_n, ok_n, ok_r = c.g(r"上半年参加上站体检{N}人，合格{N}人，合格率{N}%")
    c.rate(ok_r, ok_n, ex_n, "上站体检合格率")
    done, quit_ = c.g(r"全年征兵任务完成率{N}%，新兵退兵率{N}%")
    c.same(N(done.raw + "%"), act("征兵任务完成率"), "征兵任务完成率")
    c.same(N(quit_.raw + "%"), act("新兵退兵率"), "退兵率")
    sat, sat_t = c.g(r"满意度，结果为{N}%，高于{N}%的目标")
    c.pct(sat, "满意度")
    c.same(N(sat.raw + "%"), act("应征青年及家长满意度"), "满意度 text/table")
    c.same(N(sat_t.raw + "%"), N(byname["应征青年及家长满意度"]["target"].lstrip("≥")), "满意度目标")
    c.same(N(goal_reg.raw + "人"), N(byname["网上兵役登记人数"]["target"].lstrip("≥")), "登记人数目标")
    c.same(N(goal_share.raw + "%"), N(byname["大学生占征集总数比例"]["target"].lstrip("≥")), "大学生比例目标")


# ======================================================================================
# Project 3: 成都市温江区人民武装部 2022 (Sichuan), 10 + 90 split, no satisfaction line
# ======================================================================================
def check_wenjiang(c):
    Y = 2022
    c.year_is(c.g(r"温江区人民武装部(\d{4})年度全民国防教育经费"), Y, "title")
    c.year_is(c.g(r"实施期为(\d{4})年全年"), Y, "实施期")
    c.year_is(c.g(r"自评表（(\d{4})年度）"), Y, "自评表")
    c.year_is(c.g(r"\n(\d{4})年年初批复预算"), Y, "预算年度")

    ini, cut, ann = c.g(r"年初批复预算{A}，因疫情防控取消青少年军事夏令营，年中调减{A}，调整后预算{A}")
    c.total(ann, [ini, (-1, cut)], "调整后预算 = 年初 − 调减")
    spent, floor, *items = c.g(r"全年支出{A}，预算执行率达{N}%以上，其中讲座课酬{A}、宣传展板制作{A}、"
                               r"国防知识竞赛{A}、国防教育日活动{A}、学生军训保障{A}")
    c.total(spent, items, "全年支出 = Σ 支出项目")
    if spent.v / ann.v * HUNDRED < floor.v:
        c.flag("rate_mismatch", "执行率 not ≥ the stated floor")
    bal = c.g(r"结余{A}已于年底交回区财政")
    c.total(bal, [ann, (-1, spent)], "结余 = 调整后预算 − 支出", code="balance_mismatch")

    sep = "｜"
    T = c.row("年度资金总额", sep)
    subs = [c.row(x, sep) for x in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total(N(T[i]), [N(s[i]) for s in subs], f"年度资金总额 {col} = Σ 来源")
    c.rate(cell(T[5]), N(T[3]), N(T[2]), "执行率")
    for s in subs:
        if cell(s[5]) is not None:
            c.rate(cell(s[5]), N(s[3]), N(s[2]), f"{s[0]} 执行率")
    c.same(N(T[1], unit="万元"), ini, "年初 table/text")
    c.same(N(T[2], unit="万元"), ann, "全年 table/text")
    c.same(N(T[3], unit="万元"), spent, "执行 table/text")
    exec_w, exec_s = N(T[4]), N(T[6])
    exec_score(c, exec_s, exec_w, cell(T[5]), N(T[3]), N(T[2]))

    cols = dict(l1=0, l2=1, name=2, nature=3, target=4, unit=5, actual=6, compl=7, weight=8, score=9)
    rows = c.indicator_rows(sep, cols, {"产出指标", "效益指标"})
    byname = {r["name"]: r for r in rows}
    tot = c.row("绩效指标合计", sep)
    fin = c.row("自评得分", sep)
    p = c.g(r"预算执行情况得{N}分（分值{N}分），绩效指标得{N}分（分值{N}分），其中产出指标{N}分、效益指标{N}分，"
            r"自评得分{N}分，评价结论为{G}")
    blocks, all_s = check_weights_and_scores(
        c, rows, exec_w, exec_s,
        blocks_stated_w={"预算执行": p[1]},
        blocks_stated_s={"预算执行": p[0], "产出指标": p[4], "效益指标": p[5]},
        totals_s=[N(fin[1]), p[6]])
    ind_w = sum(v[0] for v in blocks.values())
    ind_s = sum(v[1] for v in blocks.values())
    for st in (N(tot[8]), p[3]):
        if st.v != ind_w:
            c.flag("weight_sum_mismatch", f"绩效指标 weight {st.raw} ≠ {ind_w}")
    for st in (N(tot[9]), p[2]):
        if not agrees(st, ind_s):
            c.flag("score_sum_mismatch", f"绩效指标 score {st.raw} ≠ {ind_s}")
    c.grade(p[6], p[7], "评价结论 (text)")
    c.grade(N(fin[1]), fin[3].strip(), "评价结论 (table)")

    def act(name):
        r = byname[name]
        m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(.*)", r["actual"])
        return N(m.group(1), unit=m.group(2) or r["unit"])

    n_lect, fee, fee_tot = c.g(r"专题讲座{N}场，每场课酬{A}，共{A}")
    c.same(N(n_lect.raw, unit="场"), act("国防教育专题讲座"), "讲座场次")
    c.product(fee_tot, n_lect, fee, "课酬 = 场次 × 每场课酬")
    c.same(fee_tot, items[0], "课酬 / 支出项目")
    c.same(fee, c.g(r"讲座课酬按每场{A}标准支付"), "每场课酬")
    c.same(fee, N(byname["单场讲座课酬"]["actual"], unit="元"), "每场课酬 text/table")
    c.same(N(c.g(r"巡展宣传展板{N}块").raw, unit="块"), act("国防教育宣传展板"), "展板块数")
    n_sch, lst, tot_n, avg, short = c.g(r"新生军训涉及{N}所学校，分别为([\d、]+)人，合计{N}人，平均每校{N}人，较目标少{N}人")
    vals = [N(x) for x in lst.split("、")]
    if len(vals) != int(n_sch.v):
        c.flag("conflicting_values", "学校数 vs 列出的人数个数")
    c.total(tot_n, vals, "军训人数合计 = Σ 各校")
    c.average(avg, vals, "军训平均每校人数")
    c.total(short, [N(byname["新生军训人数"]["target"]), (-1, tot_n)], "较目标少")
    c.same(N(tot_n.raw, unit="人"), act("新生军训人数"), "军训人数 text/table")
    all_sch, part, prate = c.g(r"全区{N}所中小学中{N}所参加国防知识竞赛，参赛率{N}%")
    c.rate(prate, part, all_sch, "竞赛参赛率")
    c.same(N(prate.raw, unit="%"), act("国防知识竞赛学校参赛率"), "参赛率 text/table")
    sc, sc_t = c.g(r"平均成绩{N}分，高于{N}分的目标")
    c.same(N(sc.raw, unit="分"), act("学生国防知识测试平均成绩"), "测试成绩")
    n_com, n_done, crate, ctgt = c.g(r"全区{N}个社区中{N}个开展了国防教育进社区活动，覆盖率{N}%，未达到{N}%的目标")
    c.rate(crate, n_done, n_com, "进社区覆盖率")
    c.same(N(crate.raw, unit="%"), act("国防教育进社区覆盖率"), "覆盖率 text/table")
    miss = c.g(r"{N}个社区因疫情管控未开展")
    c.total(miss, [n_com, (-1, n_done)], "未开展社区数")
    g = c.g(r"专题讲座不少于{N}场，宣传展板不少于{N}块，新生军训不少于{N}人，国防知识竞赛学校参赛率不低于{N}%，"
            r"单场讲座课酬不超过{A}")
    for st, nm in zip(g, ("国防教育专题讲座", "国防教育宣传展板", "新生军训人数", "国防知识竞赛学校参赛率",
                          "单场讲座课酬")):
        tv = N(byname[nm]["target"], unit=byname[nm]["unit"])
        c.same(N(st.raw, unit=tv.unit) if st.unit == "" else st, tv, f"{nm} 目标 text/table")
    c.same(N(sc_t.raw, unit="分"), N(byname["学生国防知识测试平均成绩"]["target"], unit="分"), "成绩目标")
    c.same(N(ctgt.raw, unit="%"), N(byname["国防教育进社区覆盖率"]["target"], unit="%"), "覆盖率目标")


# ======================================================================================
# Project 4: 洛阳市涧西区国防动员办公室 2024 (Henan), 部门整体支出, subtotal rows
# ======================================================================================
def check_jianxi(c):
    Y = 2024
    c.year_is(c.g(r"涧西区国防动员办公室(\d{4})年度部门整体支出"), Y, "title")
    c.year_is(c.g(r"\n(\d{4})年，本单位全年支出"), Y, "支出概况")
    c.year_is(c.g(r"\n(\d{4})年年初预算"), Y, "预算年度")
    c.year_is(c.g(r"自评表（(\d{4})年度）"), Y, "自评表")
    c.year_after(c.g(r"结转至(\d{4})年继续使用"), Y, "结转")

    est, real, adm, ins = c.g(r"编制{N}名，实有{N}人，其中行政编制{N}人、事业编制{N}人")
    c.total(real, [adm, ins], "实有人数 = 行政 + 事业")
    spent_txt = c.g(r"本单位全年支出{A}，主要用于")
    ini, add, ann = c.g(r"年初预算{A}，年中追加{A}，全年预算{A}")
    c.total(ann, [ini, add], "全年预算 = 年初 + 追加")
    r_all, r_base, r_proj, cf = c.g(r"全年执行率{N}%（基本支出{N}%、项目支出{N}%），结转{A}，全部为项目支出")

    sep = "｜"
    T = c.row("合计", sep, after="结转结余")
    B = c.row("基本支出", sep, after="结转结余")
    P = c.row("项目支出", sep, after="结转结余")
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行"), (5, "结转")):
        c.total(N(T[i]), [N(B[i]), N(P[i])], f"合计 {col} = 基本 + 项目")
    for rowc, nm in ((T, "合计"), (B, "基本支出"), (P, "项目支出")):
        c.rate(cell(rowc[4]), N(rowc[3]), N(rowc[2]), f"{nm} 执行率")
        c.total(N(rowc[5]), [N(rowc[2]), (-1, N(rowc[3]))], f"{nm} 结转 = 全年 − 执行", code="balance_mismatch")
    c.same(N(T[1], unit="万元"), ini, "年初 table/text")
    c.same(N(T[2], unit="万元"), ann, "全年 table/text")
    c.same(N(T[3], unit="万元"), spent_txt, "全年支出 table/text")
    c.rate(r_all, N(T[3]), N(T[2]), "执行率 (text)")
    c.rate(r_base, N(B[3]), N(B[2]), "基本支出执行率 (text)")
    c.rate(r_proj, N(P[3]), N(P[2]), "项目支出执行率 (text)")
    c.total(cf, [N(P[2], unit="万元"), (-1, N(P[3], unit="万元"))], "结转 (text)", code="balance_mismatch")
    if N(B[2]).v != N(B[3]).v:
        c.flag("balance_mismatch", "结转 said to be all project money, but 基本支出 not fully spent")

    projs = [c.row(x, sep, after="项目名称｜全年预算数")
             for x in ("全民国防教育经费", "征兵宣传保障经费", "人民防空宣传与警报试鸣经费")]
    S = c.row("小计", sep, after="项目名称｜全年预算数")
    for i, col in ((1, "全年"), (2, "执行"), (4, "结转")):
        c.total(N(S[i]), [N(p[i]) for p in projs], f"项目小计 {col}")
    for rowc in projs + [S]:
        c.rate(cell(rowc[3]), N(rowc[2]), N(rowc[1]), f"{rowc[0]} 执行率")
        c.total(N(rowc[4]), [N(rowc[1]), (-1, N(rowc[2]))], f"{rowc[0]} 结转", code="balance_mismatch")
    for i, j, nm in ((1, 2, "全年"), (2, 3, "执行"), (3, 4, "执行率"), (4, 5, "结转")):
        c.same(N(S[i]), N(P[j]), f"项目小计 / 资金表项目支出 {nm}")
    low = c.g(r"人民防空宣传与警报试鸣经费执行率低于{N}%")
    if not N(projs[2][3]).v < low.v:
        c.flag("rate_mismatch", "人防经费执行率 said to be below the threshold")
    s1, s2, s3, avg = c.g(r"三个项目自评得分分别为{N}分、{N}分、{N}分，平均{N}分")
    for st, p in zip((s1, s2, s3), projs):
        c.same(st, N(p[5]), f"{p[0]} 自评得分")
    c.average(avg, [s1, s2, s3], "项目平均自评得分")
    g3, rec, car, abroad, last, dec = c.g(r"“三公”经费支出{A}，其中公务接待费{A}、公务用车运行维护费{A}、"
                                         r"因公出国（境）费{A}，较上年的{A}减少{A}")
    c.total(g3, [rec, car, abroad], "三公经费 = Σ")
    c.total(dec, [last, (-1, g3)], "较上年减少")

    cols = dict(l1=0, l2=1, name=2, target=3, actual=4, compl=5, weight=6, score=7)
    rows = c.indicator_rows(sep, cols, {"预算执行", "产出指标", "效益指标", "满意度指标"}, after="部门整体支出绩效自评表")
    byname = {r["name"]: r for r in rows if r["name"]}
    ex = byname["部门预算执行率"]
    exec_w, exec_s = N(ex["weight"]), N(ex["score"])
    c.indicator(ex)
    c.same(N(ex["actual"]), N(T[4]), "执行率 自评表/资金表")
    exec_score(c, exec_s, exec_w, N(ex["actual"]), N(T[3]), N(T[2]))
    tot = c.row("合计", sep, after="部门整体支出绩效自评表")
    p = c.g(r"预算执行得{N}分，产出指标得{N}分，效益指标得{N}分，满意度指标得{N}分，部门整体支出绩效自评得分{N}分，"
            r"评价等级为“{G}”")
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    subt_s = sum(N(r["score"]).v for r in rows if r.get("l2") == "小计") + exec_s.v
    check_weights_and_scores(c, rows, exec_w, exec_s, blocks_stated_s=dict(zip(names, p[:4])),
                             totals_w=[N(tot[6])], totals_s=[N(tot[7]), p[4]], subtotal_rows=True)
    if not agrees(N(tot[7]), subt_s):
        c.flag("score_sum_mismatch", f"合计 {tot[7]} ≠ 预算执行 + Σ 小计 {subt_s}")
    c.grade(p[4], p[5], "评价等级")

    def act(name):
        return N(byname[name]["actual"])

    def tgt(name):
        return N(byname[name]["target"].lstrip("≥≤="))

    n_act, more = c.g(r"主题宣传活动{N}次，比年初目标多{N}次")
    c.same(N(n_act.raw + "次"), act("全民国防教育主题宣传活动"), "主题宣传活动次数")
    c.total(more, [N(n_act.raw + "次"), (-1, tgt("全民国防教育主题宣传活动"))], "比目标多")
    c.same(N(c.g(r"组织防空警报试鸣{N}次").raw + "次"), act("防空警报试鸣"), "警报试鸣次数")
    n_sch, less = c.g(r"征兵宣传进校园{N}场，比计划少{N}场")
    c.same(N(n_sch.raw + "场"), act("协助征兵宣传进校园"), "进校园场次")
    c.total(less, [tgt("协助征兵宣传进校园"), (-1, N(n_sch.raw + "场"))], "比计划少")
    acc, pay = c.g(r"统计准确率{N}%，预算资金支付及时率{N}%")
    c.same(N(acc.raw + "%"), act("国防动员潜力数据统计准确率"), "统计准确率")
    c.same(N(pay.raw + "%"), act("预算资金支付及时率"), "支付及时率")
    cov, cov_t = c.g(r"防空警报鸣放覆盖率{N}%，距{N}%的目标")
    c.same(N(cov.raw + "%"), act("防空警报鸣放覆盖率"), "警报覆盖率")
    c.same(N(cov_t.raw + "%"), tgt("防空警报鸣放覆盖率"), "警报覆盖率目标")
    c.same(N(c.g(r"公民国防知识知晓率{N}%；").raw + "%"), act("公民国防知识知晓率"), "知晓率")
    c.same(g3, act("“三公”经费支出"), "三公经费 text/table")
    sat, s_a, s_b = c.g(r"社会公众满意度{N}%，其中辖区居民满意度{N}%、学校师生满意度{N}%")
    for x, nm in ((sat, "社会公众满意度"), (s_a, "居民满意度"), (s_b, "师生满意度")):
        c.pct(x, nm)
    c.same(N(sat.raw + "%"), act("社会公众满意度"), "满意度 text/table")


# ======================================================================================
# Project 5: 宝鸡市金台区人民武装部 2023 (Shaanxi), funds table with 行次 and formulas
# ======================================================================================
def check_jintai(c):
    Y = 2023
    c.year_is(c.g(r"\n(\d{4})年度征兵宣传和国防教育经费项目绩效自评报告"), Y, "title")
    c.year_is(c.g(r"\n(\d{4})年全年预算"), Y, "预算年度")
    c.year_is(c.g(r"截至(\d{4})年12月31日"), Y, "截至")
    c.year_after(c.g(r"结转至(\d{4})年使用"), Y, "结转")

    ann, cf, rec, rrate, spent, erate = c.g(r"全年预算{A}，其中上年结转{A}；实际到位{A}，到位率{N}%；"
                                           r"全年执行{A}，预算执行率{N}%")
    sep = "\t"
    R = {k: c.row(k, sep) for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金",
                                    "资金结余", "预算到位率(%)", "预算执行率(%)")}
    # columns: 2 总, 3 小计, 4 中央, 5 省级, 6 市级, 7 区级, 8 上年结转, 9 其他
    colname = {2: "年度总金额", 3: "财政资金小计", 4: "中央", 5: "省级", 6: "市级", 7: "区级", 8: "上年结转", 9: "其他资金"}
    for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = R[k]
        c.total(N(r[3]), [N(r[i]) for i in (4, 5, 6, 7)], f"{k} 小计 = 中央+省+市+区")
        c.total(N(r[2]), [N(r[i]) for i in (3, 8, 9)], f"{k} 总额 = 小计+结转+其他")
    for i in range(2, 10):
        c.total(N(R["资金结余"][i]), [N(R["实际到位资金"][i]), (-1, N(R["全年执行资金"][i]))],
                f"(5)=(3)-(4) {colname[i]}", code="balance_mismatch")
        den = N(R["全年预算资金"][i])
        c.rate(cell(R["预算到位率(%)"][i]), N(R["实际到位资金"][i]), den, f"(6)=(3)/(2) {colname[i]}")
        c.rate(cell(R["预算执行率(%)"][i]), N(R["全年执行资金"][i]), den, f"(7)=(4)/(2) {colname[i]}")
    c.same(ann, N(R["全年预算资金"][2], unit="万元"), "全年预算 text/table")
    c.same(cf, N(R["全年预算资金"][8], unit="万元"), "上年结转 text/table")
    c.same(rec, N(R["实际到位资金"][2], unit="万元"), "到位 text/table")
    c.same(spent, N(R["全年执行资金"][2], unit="万元"), "执行 text/table")
    c.rate(rrate, rec, ann, "到位率 (text)")
    c.rate(erate, spent, ann, "执行率 (text)")
    short = c.g(r"市级补助资金尚有{A}未到位")
    c.total(short, [N(R["全年预算资金"][6], unit="万元"), (-1, N(R["实际到位资金"][6], unit="万元"))],
            "市级未到位 = 全年 − 到位", code="balance_mismatch")
    bal = c.g(r"区级资金结余{A}，已按规定")
    c.same(bal, N(R["资金结余"][7], unit="万元"), "区级结余 text/table")

    ex = c.row("预算执行指标", sep)
    exec_w, exec_s = N(ex[2]), N(ex[5])
    c.same(N(ex[4]), N(R["预算执行率(%)"][2], unit="%"), "执行率 自评表/资金表")
    exec_score(c, exec_s, exec_w, N(ex[4]), N(R["全年执行资金"][2]), N(R["全年预算资金"][2]))
    cols = dict(l1=0, l2=1, name=2, weight=3, target=4, actual=5, compl=6, score=7)
    rows = c.indicator_rows(sep, cols, {"产出指标", "效益指标", "满意度指标"})
    byname = {r["name"]: r for r in rows}
    tot = c.row("合计", sep)
    ww = c.g(r"按照预算执行率{N}分、产出指标{N}分、效益指标{N}分、满意度指标{N}分的权重设置")
    total, grade = c.g(r"本项目自评总得分{N}分，属于“{G}”")
    names = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    check_weights_and_scores(c, rows, exec_w, exec_s, blocks_stated_w=dict(zip(names, ww)),
                             totals_w=[N(tot[3])], totals_s=[N(tot[7]), total])
    if sum(x.v for x in ww) != HUNDRED:
        c.flag("weight_sum_mismatch", "stated block weights do not add up to 100")
    c.grade(total, grade, "评价等级")

    def act(name):
        return N(byname[name]["actual"])

    def tgt(name):
        return N(byname[name]["target"].lstrip("≥≤="))

    c.same(N(c.g(r"全年制作征兵宣传横幅及海报{N}幅").raw + "幅"), act("征兵宣传横幅及海报"), "横幅海报")
    n_l, more = c.g(r"开展国防教育进校园宣讲{N}场，比目标多{N}场")
    c.same(N(n_l.raw + "场"), act("国防教育进校园宣讲"), "宣讲场次")
    c.total(more, [N(n_l.raw + "场"), (-1, tgt("国防教育进校园宣讲"))], "比目标多")
    n_l2, cost, avg = c.g(r"{N}场宣讲共支出{A}，平均每场{A}")
    c.same(n_l2, n_l, "宣讲场次 (成本)")
    c.per_unit(avg, cost, n_l2, "平均每场成本 = 支出 / 场次")
    c.same(avg, N(byname["单场宣讲平均成本"]["actual"]), "单场成本 text/table")
    tr, tr_pc = c.g(r"民兵国防教育培训{N}人次，完成目标的{N}%")
    c.same(N(tr.raw + "人次"), act("民兵国防教育培训"), "培训人次")
    if not agrees(tr_pc, tr.v / tgt("民兵国防教育培训").v * HUNDRED):
        c.flag("completion_mismatch", "民兵培训 完成比例 (text)")
    c.same(N(c.g(r"按期发放率{N}%").raw + "%"), act("宣传品按期发放率"), "按期发放率")
    h1, h2, yr, uni, share = c.g(r"分别征集新兵{N}人、{N}人，全年{N}人，其中大学生{N}人，占比{N}%")
    c.total(yr, [h1, h2], "全年征集 = 上半年 + 下半年")
    c.rate(share, uni, yr, "大学生新兵占比")
    c.same(N(share.raw + "%"), act("大学生新兵占比"), "大学生占比 text/table")
    sat, sat_t = c.g(r"群众满意度{N}%，高于{N}%的目标")
    c.pct(sat, "群众满意度")
    c.same(N(sat.raw + "%"), act("群众满意度"), "满意度 text/table")
    c.same(N(sat_t.raw + "%"), tgt("群众满意度"), "满意度目标")
    g1, g2, g3 = c.g(r"开展国防教育进校园宣讲不少于{N}场、民兵国防教育培训不少于{N}人次，.*?大学生新兵占比不低于{N}%")
    c.same(N(g1.raw + "场"), tgt("国防教育进校园宣讲"), "宣讲目标")
    c.same(N(g2.raw + "人次"), tgt("民兵国防教育培训"), "培训目标")
    c.same(N(g3.raw + "%"), tgt("大学生新兵占比"), "大学生占比目标")


PROJECTS = {
    "js-chongchuan-guofangjiaoyu-2019": check_chongchuan,
    "gd-huicheng-zhengbingxuanchuan-2021": check_huicheng,
    "sc-wenjiang-guofangjiaoyu-2022": check_wenjiang,
    "ha-jianxi-guodongban-bumen-2024": check_jianxi,
    "sn-jintai-zhengbingguofang-2023": check_jintai,
}


def run_checks(source, text, with_count=False):
    c = Ctx(text)
    PROJECTS[source](c)
    return (c.found, c.n_checks) if with_count else c.found


def edit_region(a, b):
    """Common prefix / suffix: the one contiguous edit turning a into b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    with open(LABELS, encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    per_code = {k: 0 for k in ERROR_CODES}
    seen_cases = set()
    for rec in labels:
        name, source = rec["case"], rec["source"]
        seen_cases.add(name)
        path = os.path.join(CASES, name)
        if source not in PROJECTS:
            problems.append(f"{name}: unknown source {source}")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        try:
            found = run_checks(source, text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures back: {exc}")
            continue
        errs = sorted({code for code, _ in found if code in ERROR_CODES})
        warns = sorted({code for code, _ in found if code not in ERROR_CODES})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if found:
                problems.append(f"{name}: clean draft fails checks: {found}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters, outside 1500-5000")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected {len(exp)} labels, want exactly 1")
            continue
        e = exp[0]
        code, value = e["code"], e["value"]
        if code not in ERROR_CODES or e.get("severity") != "error":
            problems.append(f"{name}: bad code/severity {code}/{e.get('severity')}")
        per_code[code] = per_code.get(code, 0) + 1
        if errs != [code]:
            problems.append(f"{name}: labelled {code}, checks report {errs}: {found}")
        if warns:
            problems.append(f"{name}: also raises warnings {warns}: {[f for f in found if f[0] in warns]}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {value!r} occurs {len(occ)} times")
            continue
        with open(os.path.join(CASES, f"{source}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        p, ea, eb = edit_region(clean, text)
        if ea - p > MAX_EDIT or eb - p > MAX_EDIT or (ea == p and eb == p):
            problems.append(f"{name}: edit region {ea - p}/{eb - p} characters (want 1..{MAX_EDIT})")
        vs, ve = occ[0], occ[0] + len(value)
        if not (p < ve and vs < max(eb, p + 1)):
            problems.append(f"{name}: the edit [{p},{eb}) does not overlap the value [{vs},{ve})")
    for code in ERROR_CODES:
        if per_code.get(code, 0) < 2:
            problems.append(f"code {code} labelled {per_code.get(code, 0)} times (want >= 2)")
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if on_disk != seen_cases:
        problems.append(f"case files without labels / labels without files: {sorted(on_disk ^ seen_cases)}")
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, want 35")
    if problems:
        for pr in problems:
            print(pr)
        print(f"FAILED ({len(problems)} problems)")
        return 1
    for src in PROJECTS:
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            _, n = run_checks(src, fh.read(), with_count=True)
        print(f"  {src}: {n} checks pass on the clean draft")
    print(f"checked {len(labels)} cases; labels per code: "
          + ", ".join(f"{k}={per_code[k]}" for k in ERROR_CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
