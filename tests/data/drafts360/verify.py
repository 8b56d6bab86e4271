#!/usr/bin/env python3
"""Verify the n360 set (standard library only).

1. labels.jsonl: one line per case file, every label value occurs (exactly once) in its case, each of the
   13 error codes of errors.md section A is used at least twice, clean cases expect nothing.
2. Each error case differs from its clean draft in one contiguous place that overlaps the label value.
3. The arithmetic of every draft is redone from the text itself (figures are read with regular
   expressions and table parsers, never hard-coded): funds sums, rates, balances, weights, scores,
   totals, grades, completion rates, averages, repeated figures, units and years.
   Clean drafts: every check passes. Error cases: the labelled code fails and no other error-level
   code fails (warnings such as score_rule_mismatch may follow from the slip).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)
TEN4 = Decimal(10000)


# ----------------------------------------------------------------- numbers and tolerance
def clean_num(s):
    s = s.strip().replace(",", "").replace("，", "")
    s = s.rstrip("%")
    return s


def num(s):
    return Decimal(clean_num(s))


def dec(s):
    s = clean_num(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * (Decimal(10) ** -dec(s)) + EPS


def close(stated, computed):
    """stated: the string as written; computed: Decimal (rules.md section 8)."""
    return abs(num(stated) - computed) <= tol(stated)


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Checks:
    def __init__(self):
        self.items = []  # (code, name, ok)

    def add(self, code, name, ok):
        self.items.append((code, name, bool(ok)))

    # same quantity stated twice --------------------------------------------------------------
    def same(self, name, a, b):
        na, nb = num(a), num(b)
        d = min(dec(a), dec(b))
        ok = abs(na - nb) <= Decimal("0.5") * (Decimal(10) ** -d) + EPS
        unit = False
        if not ok and na != 0 and nb != 0:
            for x, y in ((na, nb), (nb, na)):
                if abs(x - y * TEN4) <= Decimal("0.5") * (Decimal(10) ** -d) * TEN4 + EPS:
                    unit = True
        self.add("unit_mismatch", name + " (unit)", not unit)
        self.add("conflicting_values", name, ok or unit)

    # total = sum of signed parts ------------------------------------------------------------
    def total(self, name, total, parts, signs=None):
        signs = signs or [1] * len(parts)
        vals = [num(p) for p in parts]
        s = sum(sg * v for sg, v in zip(signs, vals))
        ok = close(total, s)
        unit = False
        if not ok:
            # one amount written in 元 but labelled 万元 (or the reverse): rescaling it by 10^4 reconciles
            for i in range(len(vals)):
                for f in (TEN4, 1 / TEN4):
                    alt = s - signs[i] * vals[i] + signs[i] * vals[i] / f
                    if close(total, alt):
                        unit = True
            for f in (TEN4, 1 / TEN4):
                if abs(num(total) / f - s) <= tol(total) + EPS:
                    unit = True
        self.add("unit_mismatch", name + " (unit)", not unit)
        self.add("sum_mismatch", name, ok or unit)

    # rate = part / base -------------------------------------------------------------------------
    def rate(self, name, stated, part, base, code="rate_mismatch"):
        if stated.strip() in ("—", "-", ""):
            self.add("implausible_rate", name + " (dash)", num(base) == 0)
            return
        v = num(stated)
        if num(base) == 0:
            # zero base: only "0" is tolerated (rules.md section 8)
            self.add("implausible_rate", name + " (zero base)", v == 0)
            return
        self.add("implausible_rate", name + " (range)", Decimal(0) <= v <= HUNDRED)
        self.add(code, name, close(stated, num(part) / num(base) * HUNDRED))

    def pct_range(self, name, stated):
        self.add("implausible_rate", name, Decimal(0) <= num(stated) <= HUNDRED)

    def balance(self, name, stated, received, spent):
        self.add("balance_mismatch", name, close(stated, num(received) - num(spent)))

    def average(self, name, stated, items):
        vals = [num(i) for i in items]
        self.add("average_mismatch", name, close(stated, sum(vals) / len(vals)))

    def ratio(self, name, stated, numerator, denominator, factor=Decimal(1), code="average_mismatch"):
        self.add(code, name, close(stated, num(numerator) * factor / num(denominator)))

    def grade(self, name, total, word):
        t = num(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"), "差": ("差", "较差", "不合格")}
        self.add("grade_mismatch", name, word in names[band])

    def year(self, name, ok):
        self.add("year_mismatch", name, ok)

    def exec_score(self, name, weight, rate_stated, score, spent, budget):
        w = num(weight)
        self.add("score_exceeds_weight", name + " execution score <= weight", Decimal(0) <= num(score) <= w)
        exact = w * min(num(spent) / num(budget), Decimal(1))
        from_rate = w * min(num(rate_stated) / HUNDRED, Decimal(1))
        self.add("score_rule_mismatch", name + " execution score rule",
                 close(score, exact) or close(score, r2(from_rate)))

    # indicator rows -----------------------------------------------------------------------------
    def indicator(self, name, target, actual, weight, score, completion=None):
        self.add("score_exceeds_weight", name + " score <= weight", Decimal(0) <= num(score) <= num(weight))
        t, a = parse_value(target), parse_value(actual)
        if t is None or a is None:          # qualitative
            if a is None and actual.strip() in ("达成年度指标",):
                self.add("score_rule_mismatch", name + " qualitative band",
                         num(weight) * Decimal("0.8") <= num(score) <= num(weight))
            return
        (td, tv, tu), (ad, av, au) = t, a
        unit_ok = tu == au
        self.add("unit_mismatch", name + " target/actual unit", unit_ok)
        if not unit_ok:
            return
        w = num(weight)
        if td == "lte":
            comp = HUNDRED if av <= tv else tv / av * HUNDRED
            exp = w if av <= tv else w * tv / av
        elif td == "eq" and tv == 0:
            comp = None
            exp = w if av <= 0 else Decimal(0)
        else:
            comp = av / tv * HUNDRED
            exp = w if av >= tv else w * max(av, Decimal(0)) / tv
        self.add("score_rule_mismatch", name + " score rule", close(score, exp))
        if completion is not None and comp is not None:
            self.add("completion_mismatch", name + " completion", close(completion, comp))


VALUE_RE = re.compile(r"^(≥|≤|=|＞＝|＜＝|>=|<=)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$")


def parse_value(s):
    s = s.strip()
    m = VALUE_RE.match(s)
    if not m:
        return None
    sign, n, unit = m.groups()
    d = {"≥": "gte", "＞＝": "gte", ">=": "gte", "≤": "lte", "＜＝": "lte", "<=": "lte"}.get(sign or "", "eq")
    return d, Decimal(n), unit.strip()


# ----------------------------------------------------------------- text helpers
def g(t, pattern, group=1, count=1):
    ms = list(re.finditer(pattern, t))
    if len(ms) != count:
        raise AssertionError(f"pattern {pattern!r} matched {len(ms)} times (expected {count})")
    return ms[0].group(group)


def gall(t, pattern, group=1):
    return [m.group(group) for m in re.finditer(pattern, t)]


def line_row(t, first, sep, ncells):
    """A table row copied as one line: first cell, then cells split by sep."""
    rows = [ln for ln in t.split("\n") if ln.startswith(first + sep)]
    if len(rows) != 1:
        raise AssertionError(f"row {first!r}: {len(rows)} lines")
    cells = rows[0].split(sep)
    if len(cells) != ncells:
        raise AssertionError(f"row {first!r}: {len(cells)} cells, expected {ncells}")
    return cells


def word_rows(t):
    """Word copy: cells are tab-indented lines, rows separated by blank lines."""
    rows, cur = [], []
    for ln in t.split("\n"):
        if ln.startswith("\t"):
            cur.append(ln[1:])
        else:
            if cur:
                rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


def blank_rows(t):
    """Plain-text copy: one cell per line, rows separated by blank lines."""
    return [blk.split("\n") for blk in re.split(r"\n\s*\n", t)]


def find_row(rows, idx, label):
    hits = [r for r in rows if len(r) > idx and r[idx] == label]
    if len(hits) != 1:
        raise AssertionError(f"row with {label!r} at {idx}: {len(hits)} found")
    return hits[0]


def cells_after(t, label, n, start_marker=None):
    """One cell per line without row separators: the n lines that follow the line `label`."""
    lines = t.split("\n")
    start = 0
    if start_marker is not None:
        start = [i for i, ln in enumerate(lines) if ln == start_marker]
        if len(start) != 1:
            raise AssertionError(f"marker {start_marker!r}: {len(start)}")
        start = start[0]
    hits = [i for i in range(start, len(lines)) if lines[i] == label]
    if len(hits) != 1:
        raise AssertionError(f"cell {label!r}: {len(hits)} hits after marker")
    i = hits[0]
    return lines[i + 1:i + 1 + n]


def z(s):
    """empty cell -> 0"""
    return s if s.strip() not in ("",) else "0"


# ================================================================= draft 1: Shanxi, Lvliang 2021
def check_sx_lvliang(t):
    c = Checks()
    Y = 2021
    rows = word_rows(t)
    F = {}
    for key in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]:
        r = find_row(rows, 0, key)
        assert len(r) == 10, (key, r)
        F[key] = [z(x) for x in r[2:]]
    cols = ["合计", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for key in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]:
        v = F[key]
        c.total(f"funds {key} 合计 = 小计 + 结转 + 其他", v[0], [v[1], v[6], v[7]])
        c.total(f"funds {key} 小计 = 中央+省+市+县", v[1], v[2:6])
    for i, col in enumerate(cols):
        c.balance(f"funds (5) {col}", F["资金结余"][i], F["实际到位资金"][i], F["全年执行资金"][i])
        c.rate(f"funds (6) {col}", F["预算到位率(%)"][i], F["实际到位资金"][i], F["全年预算资金"][i])
        c.rate(f"funds (7) {col}", F["预算执行率(%)"][i], F["全年执行资金"][i], F["全年预算资金"][i])
    # 附件1 funds block
    A = {k: find_row(rows, 0, k)[1:] for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    for j, col in enumerate(["年初", "全年", "执行"]):
        c.total(f"att funds {col} total", A["年度资金总额"][j],
                [A["其中：当年财政拨款"][j], A["上年结转资金"][j], A["其他资金"][j]])
    for k, v in A.items():
        c.rate(f"att rate {k}", v[4], v[2], v[1])
    tot = A["年度资金总额"]
    c.exec_score("att", tot[3], tot[4], tot[5], tot[2], tot[1])
    for j, fk in enumerate(["年初预算资金", "全年预算资金", "全年执行资金"]):
        c.same(f"att total col{j} vs funds", tot[j], F[fk][0])
        c.same(f"att 当年财政拨款 col{j} vs funds 小计", A["其中：当年财政拨款"][j], F[fk][1])
        c.same(f"att 上年结转 col{j} vs funds", A["上年结转资金"][j], F[fk][6])
    c.same("att exec rate vs funds (7)", tot[4], F["预算执行率(%)"][0])
    c.same("att 当年 rate vs funds (7) 小计", A["其中：当年财政拨款"][4], F["预算执行率(%)"][1])
    c.same("att 结转 rate vs funds (7)", A["上年结转资金"][4], F["预算执行率(%)"][6])
    # indicators
    ind = [r for r in rows if len(r) == 9 and r[0] != "一级指标"]
    assert len(ind) == 9, len(ind)
    block, blocks = None, {}
    weights, scores = [num(tot[3])], [num(tot[5])]
    byname = {}
    for r in ind:
        block = r[0] or block
        name, w, tg, ac, comp, sc = r[2], r[3], r[4], r[5], r[6], r[7]
        byname[name] = r
        c.indicator(name, tg, ac, w, sc, completion=comp)
        weights.append(num(w))
        scores.append(num(sc))
        blocks.setdefault(block, []).append(sc)
    c.add("weight_sum_mismatch", "weights sum to 100", sum(weights) == 100)
    total = g(t, r"总得分([\d.]+)分")
    c.add("score_sum_mismatch", "table scores vs 总得分", close(total, sum(scores)))
    c.same("prose 预算执行得分 vs table", g(t, r"预算执行得分([\d.]+)分"), tot[5])
    for label, blk in [("产出指标", "产出指标"), ("效益指标", "效益指标"), ("满意度指标", "满意度指标")]:
        stated = g(t, label + r"得分([\d.]+)分")
        c.add("score_sum_mismatch", f"{label} subtotal", close(stated, sum(num(x) for x in blocks[blk])))
    c.total("block subtotals = 总得分", total, [g(t, r"预算执行得分([\d.]+)分"), g(t, r"产出指标得分([\d.]+)分"),
                                             g(t, r"效益指标得分([\d.]+)分"), g(t, r"满意度指标得分([\d.]+)分")])
    # the total is a sum of scores: report it as score_sum, not sum_mismatch
    c.items[-1] = ("score_sum_mismatch",) + c.items[-1][1:]
    c.grade("grade", total, g(t, r"等级为“(.{1,2})”"))
    # prose funds
    ini = g(t, r"年初预算安排航线补贴资金(\d+)万元")
    c.total("prose 年初 = 省 + 市", ini, [g(t, r"省级民航发展专项资金(\d+)万元"), g(t, r"市本级配套资金(\d+)万元")])
    c.same("prose 省级200 vs table", g(t, r"省级民航发展专项资金(\d+)万元"), F["年初预算资金"][3])
    c.same("prose 市级380 vs table", g(t, r"市本级配套资金(\d+)万元"), F["年初预算资金"][4])
    add = g(t, r"追加省级补助(\d+)万元")
    carry = g(t, r"2020年结转的([\d.]+)万元")
    annual = g(t, r"全年预算资金为([\d.]+)万元")
    c.total("prose 全年 = 年初 + 追加 + 结转", annual, [ini, add, carry])
    c.total("table 省级 (2) = (1) + 追加", F["全年预算资金"][3], [F["年初预算资金"][3], add])
    c.same("prose 年初 vs table", ini, F["年初预算资金"][0])
    c.same("prose 结转 vs table", carry, F["全年预算资金"][6])
    c.same("prose 全年 vs table", annual, F["全年预算资金"][0])
    rec = g(t, r"实际到位资金([\d.]+)万元")
    c.same("prose 到位 vs table", rec, F["实际到位资金"][0])
    c.rate("prose 到位率", g(t, r"到位率([\d.]+)%"), rec, annual)
    c.balance("prose 未到位", g(t, r"尚有(\d+)万元未拨付到位"), annual, rec)
    c.balance("prose 市级未到位 = table", g(t, r"尚有(\d+)万元未拨付到位"), F["全年预算资金"][4], F["实际到位资金"][4])
    spent = g(t, r"全年执行([\d.]+)万元")
    c.same("prose 执行 vs table", spent, F["全年执行资金"][0])
    c.rate("prose 执行率", g(t, r"预算执行率([\d.]+)%"), spent, annual)
    both = g(t, r"上年结转资金执行率均为(\d+)%")
    c.rate("prose 省级执行率", both, F["全年执行资金"][3], F["全年预算资金"][3])
    c.rate("prose 结转执行率", both, F["全年执行资金"][6], F["全年预算资金"][6])
    c.same("prose 市级执行率 vs table", g(t, r"市级配套资金执行率([\d.]+)%"), F["预算执行率(%)"][4])
    # prose indicators
    c.same("prose 航线数", g(t, r"成都(\d)条补贴航线"), parse_value(byname["补贴航线数量"][5])[1].__str__())
    c.same("prose 架次", g(t, r"执飞航班(\d+)架次"), clean_num(byname["补贴航线执飞航班"][5].replace("架次", "")))
    c.same("prose 目标架次", g(t, r"未达到(\d+)架次"), str(parse_value(byname["补贴航线执飞航班"][4])[1]))
    c.same("prose 正常率", g(t, r"航班正常率([\d.]+)%"), byname["航班正常率"][5])
    c.same("prose 拨付时限", g(t, r"季度结算后(\d+)个工作日内"), str(parse_value(byname["结算后补贴拨付时限"][5])[1]))
    c.same("prose 每座补贴", g(t, r"每座位补贴(\d+)元"), str(parse_value(byname["每座位补贴标准"][5])[1]))
    c.same("prose 每座标准", g(t, r"低于每座(\d+)元"), str(parse_value(byname["每座位补贴标准"][4])[1]))
    c.same("prose 吞吐量", g(t, r"旅客吞吐量([\d.]+)万人次，高于"), str(parse_value(byname["机场旅客吞吐量"][5])[1]))
    lf = g(t, r"平均客座率([\d.]+)%，比目标低")
    c.same("prose 客座率", lf, str(parse_value(byname["补贴航线平均客座率"][5])[1]))
    c.total("prose 客座率差", g(t, r"比目标低([\d.]+)个百分点"),
            [str(parse_value(byname["补贴航线平均客座率"][4])[1]), lf], [1, -1])
    c.total("通航城市 增加", str(parse_value(byname["新增通航城市"][5])[1]),
            [g(t, r"增加到(\d+)个"), g(t, r"由(\d+)个增加到")], [1, -1])
    c.same("prose 满意度", g(t, r"旅客总体满意度([\d.]+)%"), byname["旅客满意度"][5])
    # years
    c.year("title year", int(g(t, r"交通运输局(\d{4})年度项目支出")) == Y)
    c.year("table year", int(g(t, r"（(\d{4})年度）")) == Y)
    c.year("截至 year", int(g(t, r"截至(\d{4})年12月31日")) == Y)
    c.year("结转 to a later year", all(int(y) > Y for y in gall(t, r"结转至(\d{4})年")))
    c.year("实施期", g(t, r"1年（(\d{4})年1月至12月）") == str(Y))
    return c


# ================================================================= draft 2: Sichuan, Bazhong 2023
def check_sc_bazhong(t):
    c = Checks()
    Y = 2023
    T = {}
    for key, n in [("年初预算数 1", 7), ("全年预算数 2", 7), ("实际到位数 3", 7), ("实际支出数 4", 7)]:
        T[key.split()[0]] = line_row(t, key.split()[0], " ", n)[2:]
    T["执行率"] = line_row(t, "执行率 5=4/2", " ", 7)[2:]
    cols = ["合计", "财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for k in ["年初预算数", "全年预算数", "实际到位数", "实际支出数"]:
        c.total(f"table1 {k} 合计", T[k][0], T[k][1:])
    for i, col in enumerate(cols):
        c.rate(f"table1 执行率 {col}", T["执行率"][i], T["实际支出数"][i], T["全年预算数"][i])
    # prose funds
    ini = g(t, r"财政批复航线运营补贴资金(\d+)万元")
    cut = g(t, r"调减(\d+)万元")
    annual = g(t, r"调整后全年预算为(\d+)万元")
    c.total("prose 年初 - 调减 = 全年", annual, [ini, cut], [1, -1])
    c.same("prose 年初 vs table", ini, T["年初预算数"][0])
    c.same("prose 全年 vs table", annual, T["全年预算数"][0])
    b1 = g(t, r"提前下达2023年航线补贴资金(\d+)万元")
    b2 = g(t, r"下达第二批(\d+)万元")
    c.total("到位 = 两批", T["实际到位数"][0], [b1, b2])
    c.rate("prose 到位率", g(t, r"资金到位率(\d+)%"), T["实际到位数"][0], T["全年预算数"][0])
    spent = g(t, r"全年实际支出([\d.]+)万元")
    c.same("prose 支出 vs table", spent, T["实际支出数"][0])
    base = g(t, r"航线保底补贴([\d.]+)万元")
    c.total("支出 = 三项", spent, [base, g(t, r"航线营销奖励([\d.]+)万元"), g(t, r"地面保障补助([\d.]+)万元")])
    c.rate("prose 执行率", g(t, r"预算执行率([\d.]+)%"), spent, annual)
    c.balance("prose 结余", g(t, r"年末结余([\d.]+)万元"), T["实际到位数"][0], spent)
    # attachment funds
    mk = "附件：2023年度项目支出绩效自评表"
    A = {k: cells_after(t, k, 6, mk) for k in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]}
    for j, col in enumerate(["年初", "全年", "执行"]):
        c.total(f"att {col} total", A["年度资金总额"][j],
                [A[k][j] for k in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]])
    for k, v in A.items():
        c.rate(f"att rate {k}", v[4], v[2], v[1])
    tot = A["年度资金总额"]
    c.exec_score("att", tot[3], tot[4], tot[5], tot[2], tot[1])
    for j, key in enumerate(["年初预算数", "全年预算数", "实际支出数"]):
        c.same(f"att total col{j} vs table1", tot[j], T[key][0])
        c.same(f"att 财政资金 col{j} vs table1", A["其中：财政资金"][j], T[key][1])
    c.same("att rate vs table1", tot[4], T["执行率"][0])
    # indicators (Sichuan: 性质 / 指标值 / 度量单位 / 实际完成值 / 分值 / 得分)
    names = {"补贴航线条数": "产出", "补贴航线年执行航班量": "产出", "补贴航线航班执行率": "产出",
             "季度清算后补贴拨付时限": "产出", "单班次平均保底补贴": "产出",
             "机场年旅客吞吐量": "效益", "补贴航线平均客座率": "效益", "机场通航城市数量": "效益"}
    R = {}
    wsum = {"产出": Decimal(0), "效益": Decimal(0)}
    scores = [num(tot[5])]
    for nm, blk in names.items():
        sign, val, unit, act, w, sc = cells_after(t, nm, 6, mk)
        R[nm] = (sign, val, unit, act, w, sc)
        c.indicator(nm, sign + val + unit, act + unit, w, sc)
        wsum[blk] += num(w)
        scores.append(num(sc))
    tw, ts = cells_after(t, "总分", 2, mk)
    c.add("weight_sum_mismatch", "weights = 100", num(tot[3]) + wsum["产出"] + wsum["效益"] == num(tw) == 100)
    c.add("weight_sum_mismatch", "产出 weights = stated", wsum["产出"] == num(g(t, r"产出指标(\d+)分")))
    c.add("weight_sum_mismatch", "效益 weights = stated", wsum["效益"] == num(g(t, r"效益指标(\d+)分")))
    c.same("stated 预算执行 weight", g(t, r"预算执行(\d+)分"), tot[3])
    c.add("score_sum_mismatch", "Σ scores vs table total", close(ts, sum(scores)))
    prose_total = g(t, r"自评得分(\d+)分")
    c.same("prose total vs table total", prose_total, ts)
    c.grade("grade", prose_total, g(t, r"评价等级为(.)"))
    # prose indicators
    c.same("prose 航线数", g(t, r"昆明(\d)条航线"), R["补贴航线条数"][3])
    c.same("prose 计划航班", g(t, r"计划航班(\d+)架次"), R["补贴航线年执行航班量"][1])
    c.same("prose 执行航班", g(t, r"实际执行(\d+)架次"), R["补贴航线年执行航班量"][3])
    c.same("goal 执行航班", g(t, r"执行航班(\d+)架次，旅客"), R["补贴航线年执行航班量"][3])
    c.total("少执行架次", g(t, r"比计划少(\d+)架次"), [R["补贴航线年执行航班量"][1], R["补贴航线年执行航班量"][3]], [1, -1])
    c.same("prose 航班执行率", g(t, r"航班执行率([\d.]+)%；"), R["补贴航线航班执行率"][3])
    c.rate("航班执行率 = 执行/计划", g(t, r"航班执行率([\d.]+)%；"), R["补贴航线年执行航班量"][3], R["补贴航线年执行航班量"][1])
    c.same("prose 拨付天数", g(t, r"季度清算后(\d+)天内"), R["季度清算后补贴拨付时限"][3])
    per = g(t, r"单班次平均保底补贴([\d.]+)元")
    c.same("prose 单班次补贴", per, R["单班次平均保底补贴"][3])
    c.ratio("单班次补贴 = 保底补贴/架次", per, base, R["补贴航线年执行航班量"][3], TEN4)
    c.same("prose 控制标准", g(t, r"低于每班次(\d+)元"), R["单班次平均保底补贴"][1])
    c.same("prose 吞吐量 vs table", g(t, r"机场旅客吞吐量([\d.]+)万人次，较2022年"), R["机场年旅客吞吐量"][3])
    c.same("goal 吞吐量 vs table", g(t, r"旅客吞吐量([\d.]+)万人次。"), R["机场年旅客吞吐量"][3])
    c.same("prose 客座率", g(t, r"平均客座率([\d.]+)%，各航线"), R["补贴航线平均客座率"][3])
    c.same("prose 通航城市", g(t, r"通航城市达到(\d+)个"), R["机场通航城市数量"][3])
    c.same("goal 目标吞吐量", g(t, r"旅客吞吐量达到(\d+)万人次以上。\n实际"), R["机场年旅客吞吐量"][1])
    # years
    c.year("title", int(g(t, r"(\d{4})年度巴中市交通运输局")) == Y)
    c.year("attachment", int(g(t, r"附件：(\d{4})年度项目支出绩效自评表")) == Y)
    c.year("advance issue in December before the year",
           int(g(t, r"(\d{4})年12月市财政提前下达")) == Y - 1 and int(g(t, r"提前下达(\d{4})年航线")) == Y)
    c.year("second batch", int(g(t, r"(\d{4})年5月下达第二批")) == Y)
    c.year("结转 to later year", all(int(y) > Y for y in gall(t, r"结转(\d{4})年")))
    c.year("实施期", g(t, r"实施期为(\d{4})年1月1日至12月31日") == str(Y))
    c.year("批复 year", int(g(t, r"(\d{4})年年初申报")) == Y)
    return c


# ================================================================= draft 3: Hunan, Wugang 2019
def check_hn_wugang(t):
    c = Checks()
    Y = 2019
    F = {}
    for key in ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余结转", "预算执行率"]:
        F[key] = line_row(t, key, "\t", 6)[2:]
    cols = ["合计", "省级", "市级", "县级"]
    for key in ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余结转"]:
        c.total(f"funds {key} 合计", F[key][0], F[key][1:])
    for i, col in enumerate(cols):
        c.balance(f"funds (5) {col}", F["结余结转"][i], F["实际到位数"][i], F["全年执行数"][i])
        c.rate(f"funds (6) {col}", F["预算执行率"][i], F["全年执行数"][i], F["全年预算数"][i])
    ini = g(t, r"年初预算安排航线培育资金(\d+)万元")
    prov = g(t, r"下达民航发展补助资金(\d+)万元")
    cut = g(t, r"调减(\d+)万元")
    annual = g(t, r"全年预算为(\d+)万元")
    c.total("年初 + 省级 - 调减 = 全年", annual, [ini, prov, cut], [1, 1, -1])
    c.same("prose 年初 vs table", ini, F["年初预算数"][0])
    c.same("prose 省级 vs table", prov, F["全年预算数"][1])
    c.same("prose 全年 vs table", annual, F["全年预算数"][0])
    c.total("县级调减", F["年初预算数"][3], [F["全年预算数"][3], cut])
    rec = g(t, r"实际到位资金(\d+)万元")
    c.same("prose 到位 vs table", rec, F["实际到位数"][0])
    c.rate("prose 到位率", g(t, r"资金到位率([\d.]+)%"), rec, annual)
    c.balance("邵阳未到位", g(t, r"邵阳市级分担的(\d+)万元未到位"), F["全年预算数"][2], F["实际到位数"][2])
    spent = g(t, r"全年执行([\d.]+)万元")
    c.same("prose 执行 vs table", spent, F["全年执行数"][0])
    c.rate("prose 执行率", g(t, r"预算执行率([\d.]+)%。"), spent, annual)
    bal = g(t, r"结余([\d.]+)万元均为本级资金")
    c.same("prose 结余 vs table", bal, F["结余结转"][0])
    c.same("prose 结余 = 本级结余", bal, F["结余结转"][3])
    # attachment
    att = t[t.index("附件\n项目支出绩效自评表"):]
    rows = blank_rows(att)
    A = {k: find_row(rows, 0, k)[1:] for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    for j, col in enumerate(["年初", "全年", "执行"]):
        c.total(f"att {col} total", A["年度资金总额"][j], [A[k][j] for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]])
    for k, v in A.items():
        c.rate(f"att rate {k}", v[4], v[2], v[1])
    tot = A["年度资金总额"]
    c.exec_score("att", tot[3], tot[4], tot[5], tot[2], tot[1])
    for j, key in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.same(f"att total col{j} vs funds", tot[j], F[key][0])
        c.same(f"att 当年 col{j} vs funds", A["其中：当年财政拨款"][j], F[key][0])
    c.same("att rate vs funds", tot[4], F["预算执行率"][0])
    names = ["补贴航线数量", "补贴航线执行航班", "航班正常率", "补贴资金兑付时限", "单班次平均补贴额", "机场旅客吞吐量",
             "机场通航城市", "补贴航线持续运营", "旅客满意度"]
    R = {}
    weights, scores = [num(tot[3])], [num(tot[5])]
    for nm in names:
        hits = [r for r in rows if nm in r]
        assert len(hits) == 1, (nm, len(hits))
        r = hits[0]
        i = r.index(nm)
        tg, ac, w, sc = r[i + 1:i + 5]
        R[nm] = [None, None, nm, tg, ac, w, sc]
        c.indicator(nm, tg, ac, w, sc)
        weights.append(num(w))
        scores.append(num(sc))
    trow = find_row(rows, 0, "总分")
    c.add("weight_sum_mismatch", "weights = 100", sum(weights) == num(trow[1]) == 100)
    c.add("score_sum_mismatch", "Σ scores = 总分", close(trow[2], sum(scores)))
    ptotal = g(t, r"项目综合得分([\d.]+)分")
    c.same("prose total vs table", ptotal, trow[2])
    c.grade("grade", ptotal, g(t, r"评价等级为(.)"))
    # prose vs table
    val = lambda nm, i: str(parse_value(R[nm][i])[1])
    c.same("航线数", g(t, r"武冈—昆明(\d)条航线"), val("补贴航线数量", 4))
    c.same("目标航班", g(t, r"执行航班(\d+)架次以上，航班"), val("补贴航线执行航班", 3))
    fl = g(t, r"执行航班(\d+)架次，完成计划")
    c.same("执行航班", fl, val("补贴航线执行航班", 4))
    c.add("completion_mismatch", "prose 完成计划", close(g(t, r"完成计划的([\d.]+)%"),
                                                     num(fl) / parse_value(R["补贴航线执行航班"][3])[1] * HUNDRED))
    c.same("正常率", g(t, r"航班正常率([\d.]+)%；"), val("航班正常率", 4))
    per = g(t, r"单班次平均补贴额([\d.]+)元")
    c.same("单班次", per, val("单班次平均补贴额", 4))
    c.ratio("单班次 = 执行/航班", per, spent, fl, TEN4)
    c.same("单班次 标准", g(t, r"控制在(\d+)元以内"), val("单班次平均补贴额", 3))
    thr = g(t, r"机场全年旅客吞吐量([\d.]+)万人次")
    c.same("吞吐量 prose vs table", thr, val("机场旅客吞吐量", 4))
    c.same("吞吐量 goal box vs table", g(t, r"旅客吞吐量([\d.]+)万人次。\n"), val("机场旅客吞吐量", 4))
    c.same("吞吐量 goal box vs prose", g(t, r"旅客吞吐量([\d.]+)万人次。\n"), thr)
    c.same("目标吞吐量", g(t, r"旅客吞吐量达到(\d+)万人次，旅客满意度"), val("机场旅客吞吐量", 3))
    lfs = [g(t, r"武冈—北京([\d.]+)%"), g(t, r"武冈—广州([\d.]+)%"), g(t, r"武冈—上海([\d.]+)%"), g(t, r"武冈—昆明([\d.]+)%")]
    c.average("平均客座率", g(t, r"平均客座率([\d.]+)%"), lfs)
    c.same("通航城市", g(t, r"机场通航城市(\d+)个"), val("机场通航城市", 4))
    c.same("满意度", g(t, r"旅客满意度([\d.]+)%。"), val("旅客满意度", 4))
    c.same("goal box 航班", g(t, r"执行航班(\d+)架次，旅客吞吐量"), val("补贴航线执行航班", 4))
    # years
    c.year("opening year", int(g(t, r"对(\d{4})年度武冈机场")) == Y)
    c.year("budget year", int(g(t, r"(\d{4})年年初预算安排")) == Y)
    c.year("attachment year", int(g(t, r"项目支出绩效自评表\n（(\d{4})年度）")) == Y)
    c.year("截至", int(g(t, r"截至(\d{4})年12月31日")) == Y)
    c.year("结转 later", all(int(y) > Y for y in gall(t, r"已结转(\d{4})年")))
    c.year("兑付 quarter year", int(g(t, r"用于兑付(\d{4})年第四季度")) == Y)
    return c


# ================================================================= draft 4: Guizhou, Anshun 2024
def check_gz_anshun(t):
    c = Checks()
    Y = 2024
    F = {k: line_row(t, k, "\t", 3)[2] for k in ["年初预算数", "年中追加数", "全年预算数", "实际到位数", "全年支出数",
                                                   "结余结转数", "资金到位率", "预算执行率"]}
    c.total("3=1+2", F["全年预算数"], [F["年初预算数"], F["年中追加数"]])
    c.balance("6=4-5", F["结余结转数"], F["实际到位数"], F["全年支出数"])
    c.rate("7=4/3", F["资金到位率"], F["实际到位数"], F["全年预算数"])
    c.rate("8=5/3", F["预算执行率"], F["全年支出数"], F["全年预算数"])
    c.same("prose 年初", g(t, r"年初预算(\d+)万元（市级资金）"), F["年初预算数"])
    c.same("prose 追加", g(t, r"通用航空发展补助(\d+)万元"), F["年中追加数"])
    c.same("prose 全年", g(t, r"全年预算(\d+)万元。"), F["全年预算数"])
    spent = g(t, r"支出([\d.]+)万元，预算执行率")
    c.same("prose 支出", spent, F["全年支出数"])
    c.rate("prose 执行率", g(t, r"支出[\d.]+万元，预算执行率([\d.]+)%"), spent, F["全年预算数"])
    short = g(t, r"短途运输航线补贴([\d.]+)万元")
    c.total("支出 = 三项", spent, [short, g(t, r"培育奖补([\d.]+)万元"), g(t, r"服务购买([\d.]+)万元")])
    mk = "附件：项目支出绩效自评表（2024年度）"
    A = {k: cells_after(t, k, 6, mk) for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    for j, col in enumerate(["年初", "全年", "执行"]):
        c.total(f"att {col} total", A["年度资金总额"][j], [A[k][j] for k in ["其中：当年财政拨款", "上年结转资金", "其他资金"]])
    for k, v in A.items():
        c.rate(f"att rate {k}", v[4], v[2], v[1])
    tot = A["年度资金总额"]
    c.exec_score("att", tot[3], tot[4], tot[5], tot[2], tot[1])
    for j, key in enumerate(["年初预算数", "全年预算数", "全年支出数"]):
        c.same(f"att total col{j}", tot[j], F[key])
        c.same(f"att 当年 col{j}", A["其中：当年财政拨款"][j], F[key])
    c.same("att rate", tot[4], F["预算执行率"])
    names = ["短途运输航线执行航班", "低空旅游飞行架次", "通航飞行安全事故", "应急救援平均响应时间", "短途运输单班次补贴",
             "通航带动旅游收入", "应急救援任务完成率", "通航服务覆盖县（区）", "旅客及游客满意度"]
    R = {}
    weights, scores = [num(tot[3])], [num(tot[5])]
    for nm in names:
        tg, ac, w, sc, note = cells_after(t, nm, 5, mk)
        R[nm] = (tg, ac, w, sc)
        c.indicator(nm, tg, ac, w, sc)
        weights.append(num(w))
        scores.append(num(sc))
    tw, ts, lab, grade = cells_after(t, "总分", 4, mk)
    assert lab == "自评等级"
    c.add("weight_sum_mismatch", "weights = 100", sum(weights) == num(tw) == 100)
    c.add("score_sum_mismatch", "Σ scores = 总分", close(ts, sum(scores)))
    c.grade("table grade", ts, grade)
    c.same("prose total", g(t, r"综合得分(\d+)分"), ts)
    val = lambda nm, i: str(parse_value(R[nm][i])[1])
    fl = g(t, r"全年执行航班(\d+)班次")
    c.same("短途航班", fl, val("短途运输航线执行航班", 1))
    c.same("短途目标", g(t, r"执行航班不少于(\d+)班次"), val("短途运输航线执行航班", 0))
    c.add("completion_mismatch", "prose 完成年度目标", close(g(t, r"完成年度目标的([\d.]+)%"),
                                                        num(fl) / parse_value(R["短途运输航线执行航班"][0])[1] * HUNDRED))
    per = g(t, r"单班次补贴(\d+)元")
    c.same("单班次", per, val("短途运输单班次补贴", 1))
    c.ratio("单班次 = 短途补贴/航班", per, short, fl, TEN4)
    c.same("低空架次", g(t, r"低空旅游飞行(\d+)架次，接待"), val("低空旅游飞行架次", 1))
    c.same("低空架次 goal box", g(t, r"低空旅游飞行(\d+)架次，应急"), val("低空旅游飞行架次", 1))
    c.same("低空目标", g(t, r"低空旅游飞行不少于(\d+)架次"), val("低空旅游飞行架次", 0))
    c.same("响应时间", g(t, r"平均响应时间(\d+)分钟"), val("应急救援平均响应时间", 1))
    c.same("响应目标", g(t, r"控制在(\d+)分钟以内"), val("应急救援平均响应时间", 0))
    c.same("旅游收入", g(t, r"旅游收入([\d.]+)亿元"), val("通航带动旅游收入", 1))
    tasks, done = g(t, r"执行应急救援任务(\d+)次"), g(t, r"完成(\d+)次，任务完成率")
    c.rate("任务完成率", g(t, r"任务完成率([\d.]+)%"), done, tasks)
    c.same("任务完成率 vs table", g(t, r"任务完成率([\d.]+)%"), val("应急救援任务完成率", 1))
    c.same("goal box 任务", g(t, r"应急救援任务完成(\d+)次"), done)
    c.same("覆盖县", g(t, r"通航服务覆盖(\d+)个县（区）。"), val("通航服务覆盖县（区）", 1))
    c.same("覆盖目标", g(t, r"通航服务覆盖(\d+)个县（区），旅客"), val("通航服务覆盖县（区）", 0))
    c.same("满意度", g(t, r"总体满意度([\d.]+)%"), val("旅客及游客满意度", 1))
    c.pct_range("票务满意度", g(t, r"票务服务的满意度为([\d.]+)%"))
    c.pct_range("候机满意度", g(t, r"候机设施的满意度为([\d.]+)%"))
    c.same("满意度目标", g(t, r"满意度达到(\d+)%以上"), val("旅客及游客满意度", 0))
    # years
    c.year("title", int(g(t, r"交通运输局(\d{4})年度通用航空")) == Y)
    c.year("attachment", int(g(t, r"自评表（(\d{4})年度）")) == Y)
    c.year("budget", int(g(t, r"(\d{4})年年初预算")) == Y)
    c.year("结转 later", all(int(y) > Y for y in gall(t, r"已结转(\d{4})年")))
    c.year("published after the year", int(g(t, r"发布时间：(\d{4})-")) > Y)
    return c


# ================================================================= draft 5: Inner Mongolia, Arxan 2018 (department)
def check_nm_aershan(t):
    c = Checks()
    Y = 2018
    keys = ["合计", "一、基本支出", "二、项目支出", "其中：伊尔施机场航线补贴", "通用航空短途运输补贴", "农村牧区客运补贴"]
    F = {k: line_row(t, k, " ", 6)[2:] for k in keys}
    for j, col in enumerate(["年初", "全年", "执行"]):
        c.total(f"funds 合计 {col}", F["合计"][j], [F["一、基本支出"][j], F["二、项目支出"][j]])
        c.total(f"funds 项目 {col}", F["二、项目支出"][j], [F[k][j] for k in keys[3:]])
    for k in keys:
        c.rate(f"funds rate {k}", F[k][3], F[k][2], F[k][1])
    inc = g(t, r"部门收入合计([\d.]+)万元")
    c.total("收入 = 拨款 + 上级补助", inc, [g(t, r"一般公共预算财政拨款([\d.]+)万元"), g(t, r"上级补助收入([\d.]+)万元")])
    c.same("收入 = 全年预算", inc, F["合计"][1])
    ini = g(t, r"年初预算([\d.]+)万元，年中")
    add = g(t, r"年中追加([\d.]+)万元")
    annual = g(t, r"全年预算([\d.]+)万元。")
    c.total("年初 + 追加 = 全年", annual, [ini, add])
    c.same("prose 年初", ini, F["合计"][0])
    c.same("prose 全年", annual, F["合计"][1])
    a1, a2, a3 = g(t, r"人员调资([\d.]+)万元"), g(t, r"机场航线补贴(\d+)万元、短途"), g(t, r"短途运输补贴([\d.]+)万元）")
    c.total("追加 = 三项", add, [a1, a2, a3])
    c.total("基本 追加", F["一、基本支出"][1], [F["一、基本支出"][0], a1])
    c.total("航线 追加", F["其中：伊尔施机场航线补贴"][1], [F["其中：伊尔施机场航线补贴"][0], a2])
    c.total("短途 追加", F["通用航空短途运输补贴"][1], [F["通用航空短途运输补贴"][0], a3])
    proj = g(t, r"项目支出([\d.]+)万元，主要包括")
    c.same("prose 项目支出", proj, F["二、项目支出"][1])
    p1, p2, p3 = g(t, r"伊尔施机场航线补贴(\d+)万元"), g(t, r"通用航空短途运输补贴([\d.]+)万元"), g(t, r"农村牧区客运补贴(\d+)万元")
    c.total("项目 = 三项", proj, [p1, p2, p3])
    c.same("航线 prose vs table", p1, F["其中：伊尔施机场航线补贴"][1])
    c.same("短途 prose vs table", p2, F["通用航空短途运输补贴"][1])
    c.same("客运 prose vs table", p3, F["农村牧区客运补贴"][1])
    c.same("航线 项目段", g(t, r"全年安排(\d+)万元"), F["其中：伊尔施机场航线补贴"][1])
    c.same("航线 项目段 vs 二", g(t, r"全年安排(\d+)万元"), p1)
    spent = g(t, r"部门全年支出([\d.]+)万元")
    c.same("prose 支出", spent, F["合计"][2])
    c.rate("prose 执行率", g(t, r"预算执行率([\d.]+)%。"), spent, annual)
    c.rate("prose 基本执行率", g(t, r"基本支出执行率(\d+)%"), F["一、基本支出"][2], F["一、基本支出"][1])
    c.rate("prose 项目执行率", g(t, r"项目支出执行率([\d.]+)%"), F["二、项目支出"][2], F["二、项目支出"][1])
    c.balance("未执行", g(t, r"未执行的([\d.]+)万元"), F["二、项目支出"][1], F["二、项目支出"][2])
    scores = [g(t, r"分别为([\d.]+)分"), g(t, r"分、(\d+)分和"), g(t, r"分和([\d.]+)分，平均")]
    c.average("项目平均分", g(t, r"平均([\d.]+)分"), scores)
    c.grade("客运项目等级", scores[2], g(t, r"扣分较多，等级为(.)"))
    # attachment
    mk = "部门整体支出绩效自评表"
    A = {k: cells_after(t, k, 6, mk) for k in ["年度资金总额", "其中：基本支出", "项目支出"]}
    for j, col in enumerate(["年初", "全年", "执行"]):
        c.total(f"att {col}", A["年度资金总额"][j], [A["其中：基本支出"][j], A["项目支出"][j]])
    for k, v in A.items():
        c.rate(f"att rate {k}", v[4], v[2], v[1])
    tot = A["年度资金总额"]
    c.exec_score("att", tot[3], tot[4], tot[5], tot[2], tot[1])
    for j in range(3):
        c.same(f"att total col{j}", tot[j], F["合计"][j])
        c.same(f"att 基本 col{j}", A["其中：基本支出"][j], F["一、基本支出"][j])
        c.same(f"att 项目 col{j}", A["项目支出"][j], F["二、项目支出"][j])
    for k, fk in [("年度资金总额", "合计"), ("其中：基本支出", "一、基本支出"), ("项目支出", "二、项目支出")]:
        c.same(f"att rate vs funds {k}", A[k][4], F[fk][3])
    names = ["补贴航线数量", "短途运输航班", "道路运输及通航安全责任事故", "补贴资金拨付及时率", "“三公”经费支出",
             "机场旅客吞吐量", "建制村通客车率", "补贴航线持续运营", "群众及旅客满意度"]
    R = {}
    weights, sc = [num(tot[3])], [num(tot[5])]
    for nm in names:
        tg, ac, w, s, note = cells_after(t, nm, 5, mk)
        R[nm] = (tg, ac, w, s)
        c.indicator(nm, tg, ac, w, s)
        weights.append(num(w))
        sc.append(num(s))
    tw, ts = cells_after(t, "总分", 2, mk)
    c.add("weight_sum_mismatch", "weights = 100", sum(weights) == num(tw) == 100)
    c.add("score_sum_mismatch", "Σ scores = 总分", close(ts, sum(sc)))
    c.grade("department grade", ts, g(t, r"综合评价等级为(.)"))
    val = lambda nm, i: str(parse_value(R[nm][i])[1])
    c.same("航线数", g(t, r"阿尔山—海拉尔(\d)条航线"), val("补贴航线数量", 1))
    c.same("吞吐量", g(t, r"旅客吞吐量([\d.]+)万人次"), val("机场旅客吞吐量", 1))
    c.same("短途航班", g(t, r"执行航班(\d+)班次"), val("短途运输航班", 1))
    c.same("短途目标", g(t, r"未达到(\d+)班次"), val("短途运输航班", 0))
    c.same("三公", g(t, r"“三公”经费支出([\d.]+)万元，"), val("“三公”经费支出", 1))
    c.same("满意度", g(t, r"满意度([\d.]+)%。"), val("群众及旅客满意度", 1))
    # years
    c.year("title", int(g(t, r"交通运输局(\d{4})年度部门整体")) == Y)
    c.year("attachment", int(g(t, r"（(\d{4})年度）")) == Y)
    c.year("截至", int(g(t, r"截至(\d{4})年12月31日")) == Y)
    c.year("收入 year", int(g(t, r"(\d{4})年部门收入")) == Y)
    c.year("advance", int(g(t, r"(\d{4})年12月，市财政已提前下达")) == Y - 1 and int(g(t, r"提前下达(\d{4})年")) == Y)
    c.year("编制 year", int(g(t, r"(\d{4})年末编制")) == Y)
    return c


CHECKERS = {
    "sx-lvliang-hangxianbutie-2021": check_sx_lvliang,
    "sc-bazhong-hangxianyunying-2023": check_sc_bazhong,
    "hn-wugang-hangxianpeiyu-2019": check_hn_wugang,
    "gz-anshun-tonghang-2024": check_gz_anshun,
    "nm-aershan-jiaotong-bumen-2018": check_nm_aershan,
}


def failing(text, src):
    c = CHECKERS[src](text)
    return [(code, name) for code, name, ok in c.items if not ok], len(c.items)


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl does not list exactly the case files")
    counts = {c: 0 for c in CODES}
    where = {}
    for r in labels:
        if set(r) != {"case", "source", "clean", "expected"}:
            problems.append(f"{r['case']}: keys {sorted(r)}")
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, r["source"] + "-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with labels")
            if not 2800 <= n <= 3400:
                problems.append(f"{r['case']}: length {n} outside 2800-3400")
            fails, total = failing(text, r["source"])
            if fails:
                problems.append(f"{r['case']}: clean draft fails {fails}")
            print(f"{r['case']:45s} clean  {n} chars, {total} checks pass")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected one label")
            continue
        lab = r["expected"][0]
        if set(lab) != {"code", "severity", "value", "explanation"} or lab["severity"] != "error":
            problems.append(f"{r['case']}: label fields")
        code, value = lab["code"], lab["value"]
        if code not in CODES:
            problems.append(f"{r['case']}: unknown code {code}")
            continue
        counts[code] += 1
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{r['case']}: value occurs {len(occ)} times")
            continue
        # one contiguous difference, overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d_start, d_end = p, len(text) - s
        if d_end <= d_start:
            problems.append(f"{r['case']}: no difference from clean")
        v_start, v_end = occ[0], occ[0] + len(value)
        if not (d_start < v_end and v_start < d_end) and not (d_start == d_end and v_start <= d_start <= v_end):
            problems.append(f"{r['case']}: difference [{d_start},{d_end}) does not overlap value [{v_start},{v_end})")
        if d_end - d_start > 12:
            problems.append(f"{r['case']}: difference too long ({text[d_start:d_end]!r})")
        # the changed figure (the numeric token around the difference) occurs once in the error case
        a, b = d_start, d_end
        while a > 0 and (text[a - 1].isdigit() or text[a - 1] == "."):
            a -= 1
        while b < len(text) and (text[b].isdigit() or text[b] == "."):
            b += 1
        token = text[a:b]
        digits = re.sub(r"\D", "", token)
        is_year = re.fullmatch(r"(19|20)\d\d", token) is not None
        if ("." in token or len(digits) >= 4) and not is_year:
            tok_occ = len(re.findall(r"(?<![\d.])" + re.escape(token) + r"(?![\d.])", text))
            if tok_occ != 1:
                problems.append(f"{r['case']}: changed figure {token!r} occurs {tok_occ} times")
        fails, total = failing(text, r["source"])
        err_codes = sorted({c for c, _ in fails if c not in WARNING_CODES})
        if err_codes != [code]:
            problems.append(f"{r['case']}: expected only {code} to fail, got {fails}")
        warn = sorted({c for c, _ in fails if c in WARNING_CODES})
        print(f"{r['case']:45s} {code:22s} fails: {[nm for c, nm in fails if c == code]}"
              + (f"  (+warning {warn})" if warn else ""))
    for code, k in counts.items():
        if k < 2:
            problems.append(f"code {code} used {k} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
