#!/usr/bin/env python3
"""Verify drafts511: redo every piece of arithmetic of each draft from its own text.

Standard library + decimal only.  For every case the figures are read back from the text with
anchored regular expressions and table parsing, and all identities of rules.md §7 that the draft
offers are recomputed with the §8 tolerance (half a unit of the stated value's last decimal).

Requirements checked:
  * every clean draft passes every check (including the warning-level score-rule check);
  * every error case fails checks of exactly one error code, the labelled one;
  * label values occur exactly once; the case differs from its clean draft by one contiguous edit
    of at most 40 characters that overlaps the value; every errors.md §A code is used at least twice.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

N = r"(\d[\d,]*(?:\.\d+)?)"
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
RESCALES = [D("0.0001"), D("10000"), D("0.00000001"), D("100000000")]
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}
DASH = {"—", "-", "－", ""}


class Q:
    """A stated number, as written: value, decimals, unit."""

    def __init__(self, s, unit="", where=""):
        s = s.strip().replace(",", "")
        self.s, self.unit, self.where = s, unit, where
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.scale = D(1)

    @property
    def tol(self):
        return D("0.5") * D(10) ** (-self.d) + D("1e-9")

    @property
    def money(self):
        return self.unit in MONEY

    def val(self):
        x = self.v * self.scale
        return x * MONEY[self.unit] if self.money else x

    def __repr__(self):
        return f"{self.s}{self.unit}"


ZERO = Q("0", "万元", "—")


def close(q, c):
    """stated q consistent with computed c (c normalised like q.val())"""
    f = (MONEY[q.unit] if q.money else D(1)) * q.scale
    return abs(c / f - q.v) <= q.tol


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
              "差": "差", "较差": "差", "不合格": "差"}


def parse_cell(cell):
    """-> ('dash',) | ('date', sign, (y, m, d)) | ('num', sign, Q) | ('text', cell)"""
    c = cell.strip()
    if c in DASH:
        return ("dash",)
    m = re.fullmatch(r"(≥|≤|=|＞|＜|>=|<=)?\s*(\d{4})年(\d{1,2})月(\d{1,2})日", c)
    if m:
        return ("date", m.group(1) or "", (int(m.group(2)), int(m.group(3)), int(m.group(4))))
    m = re.fullmatch(r"(≥|≤|=|＞|＜|>=|<=)?\s*" + N + r"\s*(.*)", c)
    if m:
        return ("num", m.group(1) or "", Q(m.group(2), m.group(3).strip(), c))
    return ("text", c)


def direction(sign):
    if sign in ("≥", "＞", ">="):
        return "gte"
    if sign in ("≤", "＜", "<="):
        return "lte"
    return "eq"


def split_row(line, sep):
    if sep == "|":
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return [c.strip() for c in line.split(sep)]


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.res = []  # (code, ok, message)

    # ---------- plumbing ----------
    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise AssertionError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0].groups()

    def q(self, pat, unit=None):
        """one match of pat; group 1 number, group 2 unit (or fixed unit)"""
        g = self.one(pat)
        return Q(g[0], unit if unit is not None else g[1], pat)

    def rescued(self, code, fn, qs, msg):
        if fn():
            self.add(code, True, msg)
            return
        for q in qs:
            if q is None or not q.money:
                continue
            for f in RESCALES:
                q.scale = f
                ok = fn()
                q.scale = D(1)
                if ok:
                    self.add("unit_mismatch", False, f"{msg} [reconciled by rescaling {q!r} by {f}]")
                    return
        self.add(code, False, msg)

    # ---------- identities ----------
    def sum(self, total, parts, msg, code="sum_mismatch"):
        parts = [p if p is not None else ZERO for p in parts]
        self.rescued(code, lambda: close(total, sum((p.val() for p in parts), D(0))), parts + [total],
                     f"{msg}: {total!r} = {' + '.join(map(repr, parts))}")

    def diff(self, result, a, b, msg, code="balance_mismatch"):
        self.rescued(code, lambda: close(result, a.val() - b.val()), [result, a, b],
                     f"{msg}: {result!r} = {a!r} - {b!r}")

    def rate(self, rate, num, den, msg):
        """rate is a Q (percent) or None for a dash"""
        num = num if num is not None else ZERO
        den = den if den is not None else ZERO
        if den.val() == 0:
            ok = rate is None or rate.v == 0
            self.add("implausible_rate", ok, f"{msg}: rate {rate!r} on a zero base")
            return
        if rate is None:
            self.add("rate_mismatch", False, f"{msg}: rate missing where base is {den!r}")
            return
        if rate.v > 100 + rate.tol or rate.v < 0:
            self.add("implausible_rate", False, f"{msg}: rate {rate!r} outside [0, 100]")
            return
        self.rescued("rate_mismatch", lambda: close(rate, num.val() / den.val() * 100), [num, den],
                     f"{msg}: {rate!r} = {num!r} / {den!r}")

    def avg(self, a, items, msg):
        self.rescued("average_mismatch", lambda: close(a, sum((i.val() for i in items), D(0)) / len(items)),
                     items + [a], f"{msg}: {a!r} = mean{items}")

    def prod(self, total, count, per, msg, code="sum_mismatch"):
        self.rescued(code, lambda: close(total, count.v * per.val()), [per, total],
                     f"{msg}: {total!r} = {count!r} x {per!r}")

    def same(self, a, b, msg):
        if a.money != b.money or (not a.money and a.unit != b.unit):
            self.add("unit_mismatch", False, f"{msg}: {a!r} vs {b!r} (units differ)")
            return
        self.rescued("conflicting_values", lambda: close(a, b.val()) or close(b, a.val()), [a, b],
                     f"{msg}: {a!r} vs {b!r}")

    def grade(self, total, label, msg):
        want = grade_of(total.v)
        self.add("grade_mismatch", GRADE_NORM[label] == want, f"{msg}: {total!r} -> {want}, stated {label}")

    def pct_le_100(self, q, msg):
        self.add("implausible_rate", q.v <= 100 + q.tol and q.v >= 0, f"{msg}: {q!r}")

    # ---------- years (rules §7 I14) ----------
    def years(self):
        Y, t = self.year, self.t
        for m in re.finditer(r"(\d{4})年度", t):
            self.add("year_mismatch", int(m.group(1)) == Y, f"evaluation year {m.group(0)} vs {Y}")
        for m in re.finditer(r"年度：(\d{4})年", t):
            self.add("year_mismatch", int(m.group(1)) == Y, f"table year {m.group(0)} vs {Y}")
        for m in re.finditer(r"(\d{4})年(?:年)?初(?:预算|按)", t):
            self.add("year_mismatch", int(m.group(1)) == Y, f"budget year {m.group(0)} vs {Y}")
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            self.add("year_mismatch", int(m.group(1)) == Y, f"cut-off {m.group(0)} vs {Y}")
        for m in re.finditer(r"结转至(\d{4})年", t):
            self.add("year_mismatch", int(m.group(1)) > Y, f"carry-forward {m.group(0)} vs {Y}")
        for m in re.finditer(r"(\d{4})年(?:项目)?结转资金", t):
            self.add("year_mismatch", int(m.group(1)) == Y - 1, f"carry-over {m.group(0)} vs {Y}")
        for m in re.finditer(r"(\d{4})年12月，[^。]*?提前下达(\d{4})年", t):
            self.add("year_mismatch", int(m.group(1)) == Y - 1 and int(m.group(2)) == Y,
                     f"advance {m.group(0)} vs {Y}")

    # ---------- tables ----------
    def table(self, header_pat, stop_blank=True):
        """rows after the one line matching header_pat, up to a blank line; -> (header, rows, sep)"""
        lines = self.t.split("\n")
        idx = [i for i, ln in enumerate(lines) if re.search(header_pat, ln)]
        if len(idx) != 1:
            raise AssertionError(f"table header matched {len(idx)} times: {header_pat}")
        i = idx[0]
        head = lines[i]
        sep = "｜" if "｜" in head else ("\t" if "\t" in head else "|")
        header = split_row(head, sep)
        rows = []
        for ln in lines[i + 1:]:
            if not ln.strip() or sep not in ln:
                break
            if re.fullmatch(r"\|?\s*-{3,}.*", ln.strip()):
                continue
            rows.append(split_row(ln, sep))
        return header, rows, sep

    def indicators(self, header_pat, extra=()):
        """Check an indicator table. extra = [(weight Q, score Q)] rows held outside (execution in the funds block).
        Returns dict name -> row dict, plus '__total__'."""
        header, rows, sep = self.table(header_pat)
        col = {}
        for j, h in enumerate(header):
            for key, names in (("l1", ("一级指标",)), ("l2", ("二级指标",)), ("name", ("三级指标",)),
                               ("target", ("年度指标值", "目标值", "指标值")), ("actual", ("实际完成值", "业绩值")),
                               ("comp", ("完成率",)), ("w", ("分值", "权重")), ("s", ("得分", "指标得分"))):
                if h in names and key not in col:
                    col[key] = j
        out, total = {}, None
        l1 = l2 = ""
        for cells in rows:
            cells = cells + [""] * (len(header) - len(cells))
            if cells[0] in ("合计", "总分"):
                total = {"w": Q(cells[col["w"]]), "s": Q(cells[col["s"]])}
                continue
            l1 = cells[col["l1"]] or l1
            l2 = cells[col["l2"]] or l2
            r = {"l1": l1, "l2": l2, "name": cells[col["name"]], "target": cells[col["target"]],
                 "actual": cells[col["actual"]], "comp": cells[col["comp"]] if "comp" in col else None,
                 "w": Q(cells[col["w"]]), "s": Q(cells[col["s"]])}
            out[r["name"]] = r
            self.indicator_row(r)
        assert total is not None, "no total row"
        ws = [r["w"] for r in out.values()] + [w for w, _ in extra]
        ss = [r["s"] for r in out.values()] + [s for _, s in extra]
        wsum = sum((w.v for w in ws), D(0))
        self.add("weight_sum_mismatch", wsum == 100 and total["w"].v == 100,
                 f"weights sum {wsum}, 合计 {total['w']!r}")
        for w, s in extra:
            self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"execution score {s!r} of weight {w!r}")
        ssum = sum((s.v for s in ss), D(0))
        self.add("score_sum_mismatch", close(total["s"], ssum), f"scores sum {ssum}, 合计 {total['s']!r}")
        out["__total__"] = total
        return out

    def indicator_row(self, r):
        name, w, s = r["name"], r["w"], r["s"]
        self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{name}: score {s!r} of weight {w!r}")
        t, a = parse_cell(r["target"]), parse_cell(r["actual"])
        comp = r["comp"]
        cq = parse_cell(comp) if comp is not None else None
        expect = None  # expected completion in %, 'dash', or None (not computable)
        rule = None  # expected score
        if t[0] == "num" and a[0] == "num":
            T, A = t[2], a[2]
            if T.unit != A.unit:
                self.add("unit_mismatch", False, f"{name}: target {T!r} vs actual {A!r}")
                return
            if A.unit == "%":
                self.pct_le_100(A, f"{name}: actual percentage")
            dr = direction(t[1])
            if dr == "lte":
                expect = D(100) if A.v <= T.v else T.v / A.v * 100
                rule = w.v if A.v <= T.v else w.v * T.v / A.v
            elif dr == "eq" and T.v == 0:
                expect = "dash"
                rule = w.v if A.v <= 0 else D(0)
            else:
                expect = A.v / T.v * 100
                rule = w.v * min(D(1), A.v / T.v)
        elif t[0] == "date" and a[0] == "date":
            met = a[2] <= t[2]
            expect = D(100) if met else None
            rule = w.v if met else None
        elif t[0] == "text":
            expect = "dash"
            rule = "qual"
        else:
            self.add("unit_mismatch", False, f"{name}: target {r['target']} vs actual {r['actual']}")
            return
        if cq is not None:
            if expect == "dash":
                self.add("completion_mismatch", cq[0] == "dash", f"{name}: completion {comp} should be —")
            elif expect is not None:
                ok = cq[0] == "num" and cq[2].unit == "%" and close(cq[2], expect)
                self.add("completion_mismatch", ok, f"{name}: completion {comp} vs {expect:.4f}")
        # warning-level score rule (rules §5); also accept the score from the printed completion
        if rule == "qual":
            okr = w.v * D("0.8") <= s.v <= w.v
        elif rule is not None:
            cands = [rule]
            if cq is not None and cq[0] == "num":
                cands.append(w.v * min(D(1), cq[2].v / 100))
            okr = any(close(s, c) for c in cands)
        else:
            okr = True
        self.add("score_rule_mismatch", okr, f"{name}: score {s!r} under rules §5")

    def funds_block(self, header_pat, names, cols):
        """MOF funds block: rows names[0] (total) + components; cols maps key->column index among
        ('init','annual','spent','w','rate','s'). Returns dict row -> dict col -> Q|None."""
        header, rows, sep = self.table(header_pat)
        got = {}
        for cells in rows:
            for nm in names:
                if cells[0] == nm:
                    d = {}
                    for key, j in cols.items():
                        c = cells[j] if j < len(cells) else ""
                        p = parse_cell(c)
                        if p[0] == "dash":
                            d[key] = None
                        else:
                            d[key] = Q(p[2].s, "%" if key == "rate" else ("万元" if key in ("init", "annual", "spent") else ""), c)
                    got[nm] = d
        assert set(got) == set(names), f"funds rows {set(names) - set(got)} missing"
        tot, comps = names[0], names[1:]
        for key in ("init", "annual", "spent"):
            if key in cols and got[tot][key] is not None:
                self.sum(got[tot][key], [got[c][key] for c in comps], f"funds block column {key}")
        for nm in names:
            d = got[nm]
            if "rate" in cols:
                self.rate(d["rate"], d["spent"], d["annual"], f"funds block {nm} 执行率")
        d = got[tot]
        if "s" in cols:
            self.add("score_exceeds_weight", D(0) <= d["s"].v <= d["w"].v, f"execution score {d['s']!r}")
            r = d["spent"].val() / d["annual"].val()
            okr = close(d["s"], d["w"].v * min(D(1), r)) or close(d["s"], d["w"].v * min(D(1), d["rate"].v / 100))
            self.add("score_rule_mismatch", okr, f"execution score {d['s']!r} = {d['w']!r} x rate")
        return got


# ====================================================================================== projects

def p_zhenkang(C):
    t = C.t
    init = C.q(r"按15000人测算安排预算" + N + r"(万元)")
    towns_n = [Q(x, "人") for x in C.one(r"分别为南伞镇" + N + r"人、勐捧镇" + N + r"人、军赛乡" + N + r"人")]
    g = C.one(r"核定资金分别为" + N + r"(万元|元)、" + N + r"(万元|元)、" + N + r"(万元|元)，合计" + N + r"(万元|元)，平均每个乡镇" + N + r"(万元|元)")
    towns = [Q(g[0], g[1]), Q(g[2], g[3]), Q(g[4], g[5])]
    fixed, avg = Q(g[6], g[7]), Q(g[8], g[9])
    fixed_n = C.q(r"全县核定补助对象" + N + r"人", "人")
    std = C.q(r"补助标准为每人每年" + N + r"(元|万元)")
    new_n = C.q(r"较2020年新增" + N + r"人", "人")
    n2020 = C.q(r"2020年发放" + N + r"人", "人")
    C.sum(fixed_n, towns_n, "town head-counts")
    C.sum(fixed, towns, "town amounts")
    C.avg(avg, towns, "average per town")
    for n_, a_ in zip(towns_n, towns):
        C.prod(a_, n_, std, "town amount = people x standard")
    C.diff(new_n, fixed_n, n2020, "new beneficiaries vs 2020", code="sum_mismatch")
    add = C.q(r"核定资金较年初预算增加" + N + r"(万元)")
    C.diff(add, fixed, init, "追加 = 核定 - 年初", code="sum_mismatch")
    g = C.one(r"当年财政拨款" + N + r"(万元)中，中央补助" + N + r"(万元)、省级补助" + N + r"(万元)")
    fiscal, central, prov = Q(g[0], g[1]), Q(g[2], g[3]), Q(g[4], g[5])
    C.sum(fiscal, [central, prov], "当年财政拨款 = 中央 + 省级")
    C.same(fiscal, fixed, "当年财政拨款 vs 核定合计")
    carry = C.q(r"另有2020年结转资金" + N + r"(万元)")
    annual = C.q(r"全年预算数为" + N + r"(万元)")
    C.sum(annual, [fiscal, carry], "全年预算 = 当年 + 结转")
    g = C.one(r"全年预算资金" + N + r"(万元)全部到位，资金到位率" + N + r"%")
    recv, recv_rate = Q(g[0], g[1]), Q(g[2], "%")
    C.same(recv, annual, "到位 (全部到位) vs 全年预算")
    C.rate(recv_rate, recv, annual, "到位率")
    g = C.one(r"全年实际发放补助" + N + r"(万元)，其中发放2021年补助" + N + r"人、" + N + r"(万元)，补发2020年结转补助" + N + r"(万元)，预算执行率" + N + r"%")
    spent, paid_n, paid, back, rate = Q(g[0], g[1]), Q(g[2], "人"), Q(g[3], g[4]), Q(g[5], g[6]), Q(g[7], "%")
    C.sum(spent, [paid, back], "执行 = 2021 补助 + 补发")
    C.same(back, carry, "补发 vs 2020 结转")
    C.prod(paid, paid_n, std, "2021 paid = people x standard")
    C.rate(rate, spent, annual, "预算执行率 (text)")
    bal = C.q(r"年末尚有" + N + r"(万元)未发放")
    C.diff(bal, recv, spent, "未发放 = 到位 - 执行")
    pend = C.q(r"主要是" + N + r"名对象", "人")
    C.diff(pend, fixed_n, paid_n, "pending = 核定 - 发放", code="sum_mismatch")
    g = C.one(r"2020年发放" + N + r"人、" + N + r"(万元)，本年发放人数增加" + N + r"人")
    C.prod(Q(g[1], g[2]), Q(g[0], "人"), std, "2020 amount = people x standard")
    C.diff(Q(g[3], "人"), paid_n, Q(g[0], "人"), "increase over 2020", code="sum_mismatch")
    # funds block
    fb = C.funds_block(r"^资金情况（万元）｜年初预算数", ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
                       {"init": 1, "annual": 2, "spent": 3, "w": 4, "rate": 5, "s": 6})
    tot, cur, co = fb["年度资金总额"], fb["其中：当年财政拨款"], fb["上年结转资金"]
    C.same(tot["init"], init, "table 年初 vs text")
    C.same(tot["annual"], annual, "table 全年 vs text")
    C.same(tot["spent"], spent, "table 执行 vs text")
    C.same(cur["annual"], fiscal, "table 当年 全年 vs text")
    C.same(cur["spent"], paid, "table 当年 执行 vs text")
    C.same(co["annual"], carry, "table 结转 vs text")
    C.same(co["spent"], back, "table 结转 执行 vs text")
    C.same(tot["rate"], rate, "table 执行率 vs text")
    g = C.one(r"实际完成：向" + N + r"名抵边居民发放补助" + N + r"(万元)")
    C.same(Q(g[0], "人"), paid_n, "goal row people")
    C.same(Q(g[1], g[2]), paid, "goal row amount")
    ind = C.indicators(r"^一级指标｜二级指标｜三级指标", extra=[(tot["w"], tot["s"])])
    A = lambda nm: parse_cell(ind[nm]["actual"])[2]
    C.same(Q(C.one(r"全年向" + N + r"名抵边居民发放生活补助")[0], "人"), A("补助发放人数"), "people (text vs table)")
    C.same(paid_n, A("补助发放人数"), "people (funds text vs table)")
    C.same(Q(C.one(r"覆盖3个乡镇" + N + r"个抵边行政村")[0], "个"), A("覆盖抵边行政村"), "villages")
    C.same(Q(C.one(r"补助对象识别准确率" + N + r"%。")[0], "%"), A("补助对象识别准确率"), "accuracy")
    C.same(Q(C.one(r"全年资金发放及时率为" + N + r"%")[0], "%"), A("补助资金发放及时率"), "timeliness")
    C.same(Q(C.one(r"低于" + N + r"%的目标")[0], "%"), parse_cell(ind["补助资金发放及时率"]["target"])[2], "timeliness target")
    C.same(Q(C.one(r"年末常住率为" + N + r"%")[0], "%"), A("抵边行政村常住率"), "residence rate")
    C.same(Q(C.one(r"人口净流出" + N + r"户")[0], "户"), A("边境村人口净流出户数"), "net outflow")
    C.same(Q(C.one(r"控制在" + N + r"户以内")[0], "户"), parse_cell(ind["边境村人口净流出户数"]["target"])[2], "outflow cap")
    C.same(Q(C.one(r"护边巡逻" + N + r"人次")[0], "人次"), A("边民参与护边巡逻人次"), "patrols")
    C.same(Q(C.one(r"完成年度目标的" + N + r"%")[0], "%"), Q(ind["边民参与护边巡逻人次"]["comp"].rstrip("%"), "%"), "patrol completion")
    C.same(Q(std.s, std.unit), Q(parse_cell(ind["补助标准"]["target"])[2].s, "元"), "standard vs table")
    # score subtotals and conclusion
    g = C.one(r"预算执行得分" + N + r"分，产出指标得分" + N + r"分，效益指标得分" + N + r"分，满意度指标得分" + N + r"分，自评总分" + N + r"分，评价等级为“(.+?)”")
    C.same(Q(g[0]), tot["s"], "execution score text vs table")
    for k, lv in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
        rows = [r["s"] for nm, r in ind.items() if nm != "__total__" and r["l1"] == lv]
        C.sum(Q(g[k]), rows, f"{lv} subtotal", code="score_sum_mismatch")
    total = Q(g[4])
    C.sum(total, [Q(g[0]), Q(g[1]), Q(g[2]), Q(g[3])], "total = subtotals", code="score_sum_mismatch")
    C.same(total, ind["__total__"]["s"], "total text vs table")
    C.grade(total, g[5], "grade")
    C.grade(ind["__total__"]["s"], g[5], "grade vs table total")


def p_daxin(C):
    header, rows, sep = C.table(r"^项目\t行次\t年度总金额")
    cols = header[2:]  # 年度总金额 财政资金小计 中央 自治区 市级 县级 上年结转 其他
    T = {}
    for cells in rows:
        T[cells[1]] = [None if parse_cell(c)[0] == "dash" else Q(c, "%" if cells[1].startswith(("(6)", "(7)")) else "万元") for c in cells[2:]]
    r1, r2, r3, r4, r5, r6, r7 = (T[k] for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"))
    for nm, r in (("(1)", r1), ("(2)", r2), ("(3)", r3), ("(4)", r4), ("(5)", r5)):
        C.sum(r[0], [r[1], r[6], r[7]], f"row {nm} 年度总金额 = 小计 + 结转 + 其他")
        if r[1] is not None:
            C.sum(r[1], [r[2], r[3], r[4], r[5]], f"row {nm} 小计 = 中央 + 自治区 + 市级 + 县级")
    for j, cname in enumerate(cols):
        if r5[j] is not None or r3[j] is not None:
            C.diff(r5[j] or ZERO, r3[j] or ZERO, r4[j] or ZERO, f"(5)=(3)-(4) column {cname}")
        C.rate(r6[j], r3[j], r2[j], f"(6)=(3)/(2) column {cname}")
        C.rate(r7[j], r4[j], r2[j], f"(7)=(4)/(2) column {cname}")
    t = C.t
    C.same(C.q(r"提前下达2019年兴边富民行动资金" + N + r"(万元)"), r2[3], "自治区 advance vs table")
    C.same(C.q(r"中央少数民族发展资金" + N + r"(万元)下达到位"), r3[2], "中央 vs table")
    g = C.one(r"县级配套资金" + N + r"(万元)受财力影响年内到位" + N + r"(万元)，尚有" + N + r"(万元)未到位")
    cb, cr, cgap = Q(g[0], g[1]), Q(g[2], g[3]), Q(g[4], g[5])
    C.same(cb, r2[5], "县级 budget vs table")
    C.same(cr, r3[5], "县级 received vs table")
    C.diff(cgap, cb, cr, "县级 not received")
    C.diff(cgap, r2[0], r3[0], "全年预算 - 到位 = not received")
    C.same(C.q(r"尚差" + N + r"(万元)"), cgap, "gap restated in problems")
    C.same(C.q(r"2018年项目结转资金" + N + r"(万元)"), r2[6], "结转 vs table")
    g = C.one(r"项目实际到位资金" + N + r"(万元)，到位率" + N + r"%；全年执行" + N + r"(万元)，执行率" + N + r"%，其中屯级道路硬化" + N + r"(万元)、人饮工程" + N + r"(万元)、村内巷道硬化" + N + r"(万元)")
    recv, rrate, spent, srate = Q(g[0], g[1]), Q(g[2], "%"), Q(g[3], g[4]), Q(g[5], "%")
    road, water, lane = Q(g[6], g[7]), Q(g[8], g[9]), Q(g[10], g[11])
    C.same(recv, r3[0], "到位 text vs table")
    C.same(spent, r4[0], "执行 text vs table")
    C.rate(rrate, recv, r2[0], "到位率 (text)")
    C.rate(srate, spent, r2[0], "执行率 (text)")
    C.sum(spent, [road, water, lane], "执行 = 道路 + 人饮 + 巷道")
    C.diff(C.q(r"资金结余" + N + r"(万元)为"), recv, spent, "结余 (text)")
    # outputs text
    g = C.one(r"共" + N + r"公里，分别为那岭屯" + N + r"公里、弄平屯" + N + r"公里、岜隆屯" + N + r"公里、念底屯" + N + r"公里，平均每条" + N + r"公里，道路硬化每公里造价" + N + r"(万元)")
    km = Q(g[0], "公里")
    segs = [Q(x, "公里") for x in g[1:5]]
    C.sum(km, segs, "road length = segments")
    C.avg(Q(g[5], "公里"), segs, "average road length")
    perkm = Q(g[6], g[7])
    C.add("average_mismatch", close(perkm, road.val() / km.v), f"per-km cost {perkm!r} = {road!r} / {km!r}")
    ind = C.indicators(r"^一级指标\t二级指标\t三级指标")
    A = lambda nm: parse_cell(ind[nm]["actual"])
    TG = lambda nm: parse_cell(ind[nm]["target"])[2]

    def same_cell(q, nm, msg, which="actual"):
        p = parse_cell(ind[nm][which])
        if p[0] != "num":
            C.add("unit_mismatch", False, f"{msg}: {q!r} vs {ind[nm][which]}")
        else:
            C.same(q, p[2], msg)
    same_cell(km, "屯级道路硬化里程", "road km text vs table")
    C.add("conflicting_values", close(perkm, A("道路硬化每公里造价")[2].val()), "per-km cost text vs table")
    same_cell(Q(C.one(r"建成人饮工程" + N + r"处")[0], "处"), "人饮工程", "water works")
    g = C.one(r"完成村内巷道硬化" + N + r"平方米，因弄平屯部分巷道涉及宅基地纠纷，其余" + N + r"平方米")
    lane_done = Q(g[0], "平方米")
    same_cell(lane_done, "村内巷道硬化面积", "lane area text vs table")
    C.diff(Q(g[1], "平方米"), TG("村内巷道硬化面积"), lane_done, "lane remainder", code="sum_mismatch")
    same_cell(Q(C.one(r"联合验收，合格率" + N + r"%")[0], "%"), "工程验收合格率", "acceptance")
    g = C.one(r"实际工期" + N + r"天，超出计划" + N + r"天")
    same_cell(Q(g[0], "天"), "项目建设工期", "duration")
    C.diff(Q(g[1], "天"), Q(g[0], "天"), TG("项目建设工期"), "overrun days", code="sum_mismatch")
    same_cell(Q(C.one(r"项目直接受益边境群众" + N + r"人")[0], "人"), "受益边境群众", "beneficiaries")
    same_cell(Q(C.one(r"提高到" + N + r"%")[0], "%"), "边境村屯通硬化路比例", "road coverage")
    same_cell(Q(C.one(r"受益群众满意度为" + N + r"%")[0], "%"), "受益群众满意度", "satisfaction")
    C.same(Q(C.one(r"村内巷道硬化面积完成" + N + r"%")[0], "%"), Q(ind["村内巷道硬化面积"]["comp"].rstrip("%"), "%"), "lane completion text vs table")
    same_cell(srate, "预算执行率", "execution rate text vs indicator table")
    C.same(Q(r7[0].s, "%"), Q(A("预算执行率")[2].s, "%"), "execution rate funds table vs indicator table")
    g = C.one(r"年度目标：完成屯级道路硬化" + N + r"公里以上、人饮工程" + N + r"处、村内巷道硬化" + N + r"平方米，工程验收合格率" + N + r"%，使" + N + r"名以上边境群众受益")
    for x, u, nm in zip(g, ("公里", "处", "平方米", "%", "人"),
                        ("屯级道路硬化里程", "人饮工程", "村内巷道硬化面积", "工程验收合格率", "受益边境群众")):
        C.same(Q(x, u), TG(nm), f"goal target {nm} vs table")
    C.same(Q(C.one(r"控制在每公里" + N + r"万元以内")[0], "万元"), TG("道路硬化每公里造价"), "cost cap text vs table")
    g = C.one(r"自评总得分" + N + r"分，属于“(.+?)”")
    total = Q(g[0])
    C.same(total, ind["__total__"]["s"], "total text vs table")
    C.grade(total, g[1], "grade")


def p_helong(C):
    g = C.one(r"年初预算" + N + r"(万元)，年中追加抵边居民生活补助" + N + r"(万元)，全年预算" + N + r"(万元)")
    init, addq, annual = Q(g[0], g[1]), Q(g[2], g[3]), Q(g[4], g[5])
    C.sum(annual, [init, addq], "全年 = 年初 + 追加")
    g = C.one(r"基本支出" + N + r"(万元)（人员经费" + N + r"(万元)、公用经费" + N + r"(万元)），项目支出" + N + r"(万元)")
    basic, staff, office, proj = Q(g[0], g[1]), Q(g[2], g[3]), Q(g[4], g[5]), Q(g[6], g[7])
    C.sum(basic, [staff, office], "基本 = 人员 + 公用")
    C.sum(annual, [basic, proj], "全年 = 基本 + 项目")
    g = C.one(r"全年支出" + N + r"(万元)，部门整体预算执行率" + N + r"%。基本支出" + N + r"(万元)全部执行；项目支出执行" + N + r"(万元)，执行率" + N + r"%。年末结转资金" + N + r"(万元)")
    spent, rate, basic_sp, proj_sp, prate, carry = Q(g[0], g[1]), Q(g[2], "%"), Q(g[3], g[4]), Q(g[5], g[6]), Q(g[7], "%"), Q(g[8], g[9])
    C.same(basic_sp, basic, "basic spending all executed")
    C.sum(spent, [basic_sp, proj_sp], "支出 = 基本 + 项目")
    C.rate(rate, spent, annual, "部门整体执行率")
    C.rate(prate, proj_sp, proj, "项目支出执行率")
    C.diff(carry, annual, spent, "结转 = 全年 - 支出")
    g = C.one(r"执行率" + N + r"%，本年执行率提高" + N + r"个百分点")
    C.diff(Q(g[1]), Q(rate.s), Q(g[0]), "percentage-point change", code="rate_mismatch")
    # project table
    header, rows, sep = C.table(r"^项目名称｜全年预算数")
    P = {}
    for cells in rows:
        P[cells[0]] = cells
    items = ["抵边居民生活补助", "边境村基础设施维护", "民族团结进步创建"]
    bud = {k: Q(P[k][1], "万元") for k in items}
    exe = {k: Q(P[k][2], "万元") for k in items}
    for k in items:
        C.rate(Q(P[k][3].rstrip("%"), "%"), exe[k], bud[k], f"{k} 执行率 (table)")
        C.grade(Q(P[k][4]), P[k][5], f"{k} grade")
    tb, te = Q(P["合计"][1], "万元"), Q(P["合计"][2], "万元")
    C.sum(tb, list(bud.values()), "project budgets")
    C.sum(te, list(exe.values()), "project spending")
    C.rate(Q(P["合计"][3].rstrip("%"), "%"), te, tb, "合计 执行率 (table)")
    C.same(tb, proj, "项目支出 text vs table")
    C.same(te, proj_sp, "项目执行 text vs table")
    C.same(Q(P["合计"][3].rstrip("%"), "%"), prate, "项目执行率 text vs table")
    g = C.one(r"按每人每年" + N + r"(元|万元)标准，向沿边乡镇" + N + r"名抵边居民按季度发放补助" + N + r"(万元)，执行率" + N + r"%")
    std, people, paid, r1 = Q(g[0], g[1]), Q(g[2], "人"), Q(g[3], g[4]), Q(g[5], "%")
    C.prod(paid, people, std, "subsidy = people x standard")
    C.same(paid, exe["抵边居民生活补助"], "subsidy paid text vs table")
    C.rate(r1, paid, bud["抵边居民生活补助"], "subsidy 执行率 (text)")
    g = C.one(r"设施维护项目" + N + r"个，支出" + N + r"(万元)，执行率" + N + r"%")
    maint_n = Q(g[0], "个")
    C.same(Q(g[1], g[2]), exe["边境村基础设施维护"], "maintenance spending text vs table")
    C.rate(Q(g[3], "%"), Q(g[1], g[2]), bud["边境村基础设施维护"], "maintenance 执行率 (text)")
    g = C.one(r"开展民族团结进步宣传活动" + N + r"场次，创建民族团结进步示范村（社区）" + N + r"个，支出" + N + r"(万元)，执行率" + N + r"%")
    events, model = Q(g[0], "场次"), Q(g[1], "个")
    C.same(Q(g[2], g[3]), exe["民族团结进步创建"], "unity spending text vs table")
    C.rate(Q(g[4], "%"), Q(g[2], g[3]), bud["民族团结进步创建"], "unity 执行率 (text)")
    g = C.one(r"自评得分分别为" + N + r"分、" + N + r"分、" + N + r"分，平均得分" + N + r"分")
    sc = [Q(x) for x in g[:3]]
    C.avg(Q(g[3]), sc, "average project score")
    for k, s in zip(items, sc):
        C.same(s, Q(P[k][4]), f"{k} score text vs table")
    C.same(C.q(r"执行率仅" + N + r"%", "%"), Q(P["边境村基础设施维护"][3].rstrip("%"), "%"), "maintenance rate restated")
    ind = C.indicators(r"^\| 一级指标 \| 二级指标 \| 三级指标")
    A = lambda nm: parse_cell(ind[nm]["actual"])[2]
    TG = lambda nm: parse_cell(ind[nm]["target"])[2]
    C.same(people, A("抵边居民补助发放人数"), "people text vs table")
    C.same(maint_n, A("边境村基础设施维护项目"), "maintenance count text vs table")
    C.same(events, A("民族团结进步宣传活动"), "events text vs table")
    C.same(model, A("民族团结进步示范村（社区）"), "model villages (projects) vs table")
    C.same(Q(C.one(r"示范村（社区）达到" + N + r"个")[0], "个"), A("民族团结进步示范村（社区）"), "model villages (benefits) vs table")
    C.same(Q(C.one(r"发放准确率" + N + r"%")[0], "%"), A("补助资金发放准确率"), "accuracy")
    C.same(Q(C.one(r"按季度发放及时率" + N + r"%")[0], "%"), A("补助资金按季度发放及时率"), "timeliness")
    C.same(Q(C.one(r"维护工程验收合格率" + N + r"%")[0], "%"), A("维护工程验收合格率"), "acceptance")
    g = C.one(r"“三公”经费支出" + N + r"(万元)，控制在" + N + r"(万元)以内")
    C.same(Q(g[0], g[1]), A("“三公”经费支出"), "三公 actual")
    C.same(Q(g[2], g[3]), TG("“三公”经费支出"), "三公 cap")
    C.same(Q(C.one(r"常住人口" + N + r"人")[0], "人"), A("抵边一线常住人口"), "residents")
    g = C.one(r"完好率" + N + r"%，未达到" + N + r"%的目标")
    C.same(Q(g[0], "%"), A("边境村道路饮水设施完好率"), "facility rate")
    C.same(Q(g[1], "%"), TG("边境村道路饮水设施完好率"), "facility target")
    C.same(Q(C.one(r"满意度为" + N + r"%")[0], "%"), A("抵边居民满意度"), "satisfaction")
    C.same(Q(rate.s, "%"), A("部门整体预算执行率"), "execution rate text vs table")
    g = C.one(r"自评得分" + N + r"分，评价等级为(.)")
    total = Q(g[0])
    C.same(total, ind["__total__"]["s"], "total text vs table")
    C.grade(total, g[1], "grade")


def p_xunke(C):
    g = C.one(r"项目全年预算" + N + r"(万元)，其中省级兴边富民资金" + N + r"(万元)、县级配套资金" + N + r"(万元)，年内未调整预算")
    annual, prov, county = Q(g[0], g[1]), Q(g[2], g[3]), Q(g[4], g[5])
    C.sum(annual, [prov, county], "全年 = 省级 + 县级")
    vil = ["奇克镇边疆村", "车陆乡车陆村", "干岔子乡干岔子村", "松树沟乡松树沟村", "新兴乡新兴村", "克林乡卫国村"]
    V = [C.q(re.escape(v) + N + r"(万元|元)") for v in vil]
    C.sum(annual, V, "village amounts")
    C.avg(C.q(r"平均每村" + N + r"(万元)"), V, "average per village")
    g = C.one(r"省级资金" + N + r"(万元)下达到位；县级配套资金" + N + r"(万元)于5月底前全部到位，资金到位率" + N + r"%")
    rp, rc, rrate = Q(g[0], g[1]), Q(g[2], g[3]), Q(g[4], "%")
    C.same(rp, prov, "省级 received = budget")
    C.same(rc, county, "县级 received = budget (全部到位)")
    recv = Q(str(rp.v + rc.v), "万元")  # 到位 = 省级 + 县级 (both stated as fully received)
    C.rate(rrate, recv, annual, "到位率")
    g = C.one(r"实际支出" + N + r"(万元)，预算执行率" + N + r"%。未支付的" + N + r"(万元)")
    spent, rate, bal = Q(g[0], g[1]), Q(g[2], "%"), Q(g[3], g[4])
    C.rate(rate, spent, annual, "执行率 (text)")
    C.diff(bal, recv, spent, "未支付 = 到位 - 执行")
    C.same(C.q(r"质保金" + N + r"(万元|元)需跨年支付"), bal, "质保金 restated (in 元)")
    fb = C.funds_block(r"^资金情况（万元）\t年初预算数", ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
                       {"init": 1, "annual": 2, "spent": 3, "w": 4, "rate": 5, "s": 6})
    tot, cur = fb["年度资金总额"], fb["其中：当年财政拨款"]
    C.same(tot["init"], tot["annual"], "年内未调整预算: 年初 = 全年")
    C.same(tot["annual"], annual, "table 全年 vs text")
    C.same(tot["spent"], spent, "table 执行 vs text")
    C.same(tot["rate"], rate, "table 执行率 vs text")
    ind = C.indicators(r"^一级指标\t二级指标\t三级指标", extra=[(tot["w"], tot["s"])])
    A = lambda nm: parse_cell(ind[nm]["actual"])[2]
    TG = lambda nm: parse_cell(ind[nm]["target"])[2]
    g = C.one(r"年度目标：完成边境村村内道路硬化" + N + r"公里以上、安装太阳能路灯" + N + r"盏以上、维修村文化活动室" + N + r"处，工程验收合格率" + N + r"%，改善" + N + r"名以上")
    for x, u, nm in zip(g, ("公里", "盏", "处", "%", "人"),
                        ("村内道路硬化", "太阳能路灯", "村文化活动室维修", "工程验收合格率", "受益边境群众")):
        C.same(Q(x, u), TG(nm), f"goal target {nm} vs table")
    g = C.one(r"，(\d{1,2})月(\d{1,2})日前全部完工")
    C.add("conflicting_values", parse_cell(ind["工程完工时间"]["actual"])[2] == (C.year, int(g[0]), int(g[1])),
          "completion date text vs table")
    C.same(Q(C.one(r"完成村内道路硬化" + N + r"公里")[0], "公里"), A("村内道路硬化"), "road km")
    g = C.one(r"安装太阳能路灯" + N + r"盏，利用招标节余增加" + N + r"盏")
    C.same(Q(g[0], "盏"), A("太阳能路灯"), "lamps")
    C.diff(Q(g[1], "盏"), Q(g[0], "盏"), TG("太阳能路灯"), "extra lamps", code="sum_mismatch")
    C.same(Q(C.one(r"完成村文化活动室维修" + N + r"处")[0], "处"), A("村文化活动室维修"), "rooms")
    C.same(Q(C.one(r"通过验收，验收合格率" + N + r"%")[0], "%"), A("工程验收合格率"), "acceptance")
    g = C.one(r"单位造价" + N + r"万元/公里，低于" + N + r"万元/公里")
    C.same(Q(g[0], "万元/公里"), A("道路硬化单位造价"), "unit cost")
    C.same(Q(g[1], "万元/公里"), TG("道路硬化单位造价"), "unit cost cap")
    C.same(Q(C.one(r"受益人口" + N + r"人")[0], "人"), A("受益边境群众"), "beneficiaries")
    C.same(Q(C.one(r"满意度为" + N + r"%")[0], "%"), A("群众满意度"), "satisfaction")
    g = C.one(r"自评得分" + N + r"分，评价等级为(.)")
    total = Q(g[0])
    C.same(total, ind["__total__"]["s"], "total text vs table")
    C.grade(total, g[1], "grade")


def p_xinyouqi(C):
    g = C.one(r"年初预算" + N + r"(万元)，年度对象核定后追加" + N + r"(万元)，当年补助资金" + N + r"(万元)，其中自治区资金" + N + r"(万元)、旗级配套资金" + N + r"(万元)。加上2024年结转资金" + N + r"(万元)，全年预算数为" + N + r"(万元)")
    init, addq, cur, reg, ban, carry, annual = (Q(g[i], g[i + 1]) for i in range(0, 14, 2))
    C.sum(cur, [init, addq], "当年 = 年初 + 追加")
    C.sum(cur, [reg, ban], "当年 = 自治区 + 旗级")
    C.sum(annual, [cur, carry], "全年 = 当年 + 结转")
    std1 = C.q(r"一线居民每人每年" + N + r"(万元|元)")
    std2 = C.q(r"二线居民每人每年" + N + r"(万元|元)")
    g = C.one(r"核定补助对象" + N + r"人，分别为一线居民" + N + r"人、二线居民" + N + r"人，相应核定资金分别为" + N + r"(万元)和" + N + r"(万元)")
    n_all, n1, n2, a1, a2 = Q(g[0], "人"), Q(g[1], "人"), Q(g[2], "人"), Q(g[3], g[4]), Q(g[5], g[6])
    C.sum(n_all, [n1, n2], "核定 people")
    C.prod(a1, n1, std1, "一线 amount = people x standard")
    C.prod(a2, n2, std2, "二线 amount = people x standard")
    C.sum(cur, [a1, a2], "当年 = 一线 + 二线")
    g = C.one(r"全年预算资金" + N + r"(万元)全部到位，到位率" + N + r"%")
    recv = Q(g[0], g[1])
    C.same(recv, annual, "到位 vs 全年")
    C.rate(Q(g[2], "%"), recv, annual, "到位率")
    g = C.one(r"全年支付" + N + r"(万元)，预算执行率" + N + r"%")
    spent, rate = Q(g[0], g[1]), Q(g[2], "%")
    C.rate(rate, spent, annual, "执行率 (text)")
    g = C.one(r"一线居民" + N + r"人足额发放" + N + r"(万元)；二线居民实际发放" + N + r"人、" + N + r"(万元)，发放率" + N + r"%；补发2024年结转补助" + N + r"(万元)")
    p1n, p1, p2n, p2, prate, back = Q(g[0], "人"), Q(g[1], g[2]), Q(g[3], "人"), Q(g[4], g[5]), Q(g[6], "%"), Q(g[7], g[8])
    C.same(p1n, n1, "一线 paid people = 核定")
    C.same(p1, a1, "一线 paid = 核定 (足额)")
    C.prod(p2, p2n, std2, "二线 paid = people x standard")
    C.rate(prate, p2, a2, "二线发放率")
    C.same(back, carry, "补发 = 结转")
    C.sum(spent, [p1, p2, back], "执行 = 一线 + 二线 + 补发")
    g = C.one(r"另有" + N + r"名二线居民因迁出抵边地区暂停发放，相应资金" + N + r"(万元)")
    sn, sa = Q(g[0], "人"), Q(g[1], g[2])
    C.diff(sn, n2, p2n, "suspended people", code="sum_mismatch")
    C.prod(sa, sn, std2, "suspended amount = people x standard")
    C.diff(sa, recv, spent, "结转 = 到位 - 执行")
    fb = C.funds_block(r"^\| 资金来源 \| 年初预算数", ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"],
                       {"init": 1, "annual": 2, "spent": 3, "rate": 4})
    tot, cu, co = fb["年度资金总额"], fb["其中：当年财政拨款"], fb["上年结转资金"]
    C.same(tot["init"], init, "table 年初 vs text")
    C.same(tot["annual"], annual, "table 全年 vs text")
    C.same(tot["spent"], spent, "table 执行 vs text")
    C.same(tot["rate"], rate, "table 执行率 vs text")
    C.same(cu["annual"], cur, "table 当年 vs text")
    C.sum(cu["spent"], [p1, p2], "table 当年 执行 = 一线 + 二线")
    C.same(co["annual"], carry, "table 结转 vs text")
    C.same(co["spent"], back, "table 结转 执行 vs text")
    ind = C.indicators(r"^\| 一级指标 \| 二级指标 \| 三级指标")
    A = lambda nm: parse_cell(ind[nm]["actual"])[2]
    TG = lambda nm: parse_cell(ind[nm]["target"])[2]
    g = C.one(r"全年向" + N + r"名抵边居民发放补助，其中一线" + N + r"人、二线" + N + r"人，覆盖" + N + r"个抵边嘎查")
    C.sum(Q(g[0], "人"), [Q(g[1], "人"), Q(g[2], "人")], "people paid = 一线 + 二线")
    C.same(Q(g[0], "人"), A("补助发放人数"), "people text vs table")
    C.same(Q(g[1], "人"), p1n, "一线 people restated")
    C.same(Q(g[2], "人"), p2n, "二线 people restated")
    C.same(Q(g[3], "个"), A("涉及抵边嘎查"), "gacha count")
    C.same(Q(std1.s, std1.unit), Q(TG("一线居民补助标准").s, "元"), "一线 standard text vs table")
    C.same(Q(std2.s, std2.unit), Q(TG("二线居民补助标准").s, "元"), "二线 standard text vs table")
    g = C.one(r"向" + N + r"名以上抵边居民按标准足额发放补助，抵边嘎查常住牧户稳定在" + N + r"户以上，牧民参与联防巡边" + N + r"人次以上，服务对象满意度达到" + N + r"%以上")
    for x, u, nm in zip(g, ("人", "户", "人次", "%"),
                        ("补助发放人数", "抵边嘎查常住牧户", "牧民参与联防巡边", "抵边牧民满意度")):
        C.same(Q(x, u), TG(nm), f"goal target {nm} vs table")
    g = C.one(r"(\d{1,2})月(\d{1,2})日完成全年最后一次发放")
    C.add("conflicting_values", parse_cell(ind["全年补助发放完成时间"]["actual"])[2] == (C.year, int(g[0]), int(g[1])),
          "last payout date text vs table")
    g = C.one(r"常住牧户" + N + r"户，未达到" + N + r"户的目标")
    C.same(Q(g[0], "户"), A("抵边嘎查常住牧户"), "households")
    C.same(Q(g[1], "户"), TG("抵边嘎查常住牧户"), "household target")
    C.same(Q(C.one(r"联防巡边" + N + r"人次，")[0], "人次"), A("牧民参与联防巡边"), "patrols")
    g = C.one(r"人口外流率为" + N + r"%，控制在" + N + r"%以内")
    C.same(Q(g[0], "%"), A("边境地区人口外流率"), "outflow")
    C.same(Q(g[1], "%"), TG("边境地区人口外流率"), "outflow cap")
    C.same(Q(C.one(r"满意度为" + N + r"%")[0], "%"), A("抵边牧民满意度"), "satisfaction")
    C.same(Q(rate.s, "%"), A("预算执行率"), "execution rate text vs table")
    g = C.one(r"自评得分" + N + r"分，评价等级为(.+?)。")
    total = Q(g[0])
    C.same(total, ind["__total__"]["s"], "total text vs table")
    C.grade(total, g[1], "grade")


PROJECTS = {
    "yn-zhenkang-dibianbuzhu-2021": (p_zhenkang, 2021),
    "gx-daxin-bianjingcun-2019": (p_daxin, 2019),
    "jl-helong-minzongbumen-2023": (p_helong, 2023),
    "hlj-xunke-bianjingcun-2024": (p_xunke, 2024),
    "nm-xinyouqi-dibianbuzhu-2025": (p_xinyouqi, 2025),
}


def run_checks(proj, text):
    fn, year = PROJECTS[proj]
    C = Checker(text, year)
    fn(C)
    C.years()
    return C.res


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    counts = {c: 0 for c in CODES_A}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    n_checks = 0
    for rec in labels:
        name, proj = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            res = run_checks(proj, text)
        except (AssertionError, KeyError, IndexError, ValueError, ArithmeticError) as exc:
            problems.append(f"{name}: extraction failed: {exc!r}")
            continue
        n_checks += len(res)
        failed = [(c, m) for c, ok, m in res if not ok]
        err_codes = sorted({c for c, _ in failed if c not in WARNING_CODES})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if failed:
                problems.append(f"{name}: clean draft fails: {failed}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1500-5000")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected {len(exp)} labels")
            continue
        lab = exp[0]
        if lab["code"] not in CODES_A or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {lab}")
        counts[lab["code"]] = counts.get(lab["code"], 0) + 1
        if err_codes != [lab["code"]]:
            problems.append(f"{name}: labelled {lab['code']}, checks fail with {err_codes}: {failed}")
        # label value and edit shape
        if text.count(lab["value"]) != 1:
            problems.append(f"{name}: value occurs {text.count(lab['value'])} times")
        clean = clean_text[proj]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old_seg, new_seg = clean[p:len(clean) - s], text[p:len(text) - s]
        if clean == text:
            problems.append(f"{name}: identical to clean")
        if max(len(old_seg), len(new_seg)) > 40:
            problems.append(f"{name}: edit longer than 40 chars ({old_seg!r} -> {new_seg!r})")
        vs = text.find(lab["value"])
        ve = vs + len(lab["value"])
        es, ee = p, max(len(text) - s, p + 1)
        if not (vs < ee and es < ve):
            problems.append(f"{name}: value does not overlap the edit")
    for c in CODES_A:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    if problems:
        for p_ in problems:
            print("FAIL", p_)
        sys.exit(1)
    print("per code:", ", ".join(f"{c}={counts[c]}" for c in CODES_A))
    print(f"{len(labels)} cases, {n_checks} checks evaluated")
    print("OK")


if __name__ == "__main__":
    main()
