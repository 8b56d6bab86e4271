#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case (and not in the clean draft);
2. each error case differs from its clean draft in one short contiguous place that overlaps the label value;
3. every code of errors.md §A is used at least twice;
4. the arithmetic of every draft is redone from the text: all checks pass on the clean drafts; on an error case
   the labelled code fails and no other error-level code fails.
Tolerance: rules.md §8 (a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}   # checked on clean drafts only

EPS = D("1e-9")
HUNDRED = D(100)
WAN = D(10000)


class ParseError(Exception):
    pass


def clean_num(s):
    return s.replace(",", "").replace("，", "").strip().rstrip("%").strip()


def num(s):
    s = clean_num(s)
    if s in ("", "—", "-"):
        return D(0)
    return D(s)


def decs(s):
    s = clean_num(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + EPS


def close(stated, computed):
    return abs(D(computed) - num(stated)) <= tol(stated)


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

MONEY_UNITS = {"元": D(1), "万元": WAN, "亿元": WAN * WAN}


def qty(s):
    """'≥550户' -> ('gte', Decimal(550), '户'); '400元/户' -> ('eq', 400, '元/户')."""
    s = s.strip()
    m = re.match(r"^(≥|≤|>=|<=|＞＝|＜＝|=|＞|＜)?\s*([\d.,]+)\s*(.*)$", s)
    if not m:
        return None
    sign, n, unit = m.groups()
    direction = {"≥": "gte", ">=": "gte", "＞＝": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte",
                 "＜": "lte"}.get(sign or "", "eq")
    return direction, D(n.replace(",", "")), unit.strip()


def money_factor(unit):
    """'元/户' -> (1, '/户'); '万元' -> (10000, ''); '户' -> None."""
    for name in ("亿元", "万元", "元"):
        if unit.startswith(name):
            return MONEY_UNITS[name], unit[len(name):]
    return None


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []
        self.n = 0

    # ---- finding text ----
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{len(ms)} matches for {pat!r}")
        return ms[0]

    # ---- recording ----
    def ok(self, code, cond, msg):
        self.n += 1
        if not cond:
            self.fails.append((code, msg))

    # ---- checks ----
    def rate(self, stated, numer, denom, what, code="rate_mismatch"):
        """stated percentage vs numer/denom*100; zero base -> only 0 / — / empty allowed."""
        denom = D(denom)
        s = stated.strip()
        if denom == 0:
            self.ok("implausible_rate", s in ("", "—", "-") or num(s) == 0,
                    f"{what}: rate {s!r} on a zero base")
            return
        self.ok(code, close(s, D(numer) / denom * HUNDRED),
                f"{what}: stated {s}, computed {q2(D(numer) / denom * HUNDRED)}")
        self.ok("implausible_rate", num(s) <= HUNDRED, f"{what}: rate {s} above 100%")

    def le100(self, stated, what):
        self.ok("implausible_rate", D(0) <= num(stated) <= HUNDRED, f"{what}: {stated} outside [0, 100]%")

    def sum(self, total, parts, what, code="sum_mismatch"):
        """total and parts are strings (same unit) or (string, factor) pairs; a failure that a single
        rescaling by 10^4 / 10^8 repairs is reported as unit_mismatch (errors.md #11 b)."""
        def val(x):
            return num(x[0]) * x[1] if isinstance(x, tuple) else num(x)

        def sval(x):
            return x[0] if isinstance(x, tuple) else x

        tv = val(total)
        tfac = total[1] if isinstance(total, tuple) else D(1)
        t_tol = tol(sval(total)) * tfac
        vals = [val(p) for p in parts]
        if abs(sum(vals) - tv) <= t_tol:
            self.ok(code, True, what)
            return
        for k in range(len(vals) + 1):
            for f in (D(10) ** -4, D(10) ** 4, D(10) ** -8, D(10) ** 8):
                vv = list(vals)
                t2 = tv
                if k < len(vals):
                    vv[k] = vv[k] * f
                else:
                    t2 = tv * f
                if abs(sum(vv) - t2) <= t_tol * (f if k == len(vals) and f > 1 else 1):
                    self.ok("unit_mismatch", False, f"{what}: parts {vals} vs {tv}, one amount off by {f}")
                    return
        self.ok(code, False, f"{what}: parts sum to {sum(vals)}, stated {tv}")

    def product(self, total_wan, count, per_yuan, what):
        self.sum((total_wan, WAN), [(str(num(count) * num(per_yuan)), D(1))], what)

    def same(self, a, b, what, fa=D(1), fb=D(1), code="conflicting_values"):
        """two statements of one quantity; fa/fb convert to a common unit; 10^4 ratio -> unit_mismatch."""
        va, vb = num(a) * fa, num(b) * fb
        t = D("0.5") * (D(10) ** -min(decs(a), decs(b))) * min(fa, fb) + EPS
        if abs(va - vb) <= t:
            self.ok(code, True, what)
            return
        if vb != 0 and va != 0 and (va / vb in (WAN, 1 / WAN) or vb / va in (WAN,)):
            self.ok("unit_mismatch", False, f"{what}: {a} vs {b} differ by 10^4")
            return
        self.ok(code, False, f"{what}: {a} vs {b}")

    def completion(self, stated, target, actual, what):
        t, a = qty(target), qty(actual)
        if t is None or a is None:
            raise ParseError(f"{what}: cannot read {target!r} / {actual!r}")
        if t[2] != a[2]:
            self.ok("unit_mismatch", False, f"{what}: target unit {t[2]!r}, actual unit {a[2]!r}")
            return
        if t[0] == "lte":
            comp = HUNDRED if a[1] <= t[1] else t[1] / a[1] * HUNDRED
        else:
            comp = a[1] / t[1] * HUNDRED
        self.ok("completion_mismatch", close(stated, comp), f"{what}: stated {stated}, computed {q2(comp)}")

    def units(self, target, actual, what):
        t, a = qty(target), qty(actual)
        if t is None or a is None:
            return   # qualitative
        self.ok("unit_mismatch", t[2] == a[2], f"{what}: target unit {t[2]!r}, actual unit {a[2]!r}")

    def rule(self, weight, score, target, actual, what):
        """rules.md §5 score (warning level): gte/eq proportional, lte T/A, capped at the weight."""
        t, a = qty(target), qty(actual)
        if t is None or a is None or t[2] != a[2]:
            return
        w = num(weight)
        if t[0] == "lte":
            exp = w if a[1] <= t[1] else w * t[1] / a[1]
        else:
            exp = w if a[1] >= t[1] else w * a[1] / t[1]
        self.ok("score_rule_mismatch", close(score, exp), f"{what}: score {score}, rule gives {q2(exp)}")

    def exec_score(self, weight, score, rate_str, numer, denom, what):
        w = num(weight)
        r = min(D(numer) / D(denom), D(1))
        r2 = min(num(rate_str) / HUNDRED, D(1))
        self.ok("score_rule_mismatch", close(score, w * r) or close(score, w * r2),
                f"{what}: score {score}, rule gives {q2(w * r)}")

    def scores(self, rows, total_w, total_s, what):
        """rows: (name, weight, score); totals are strings (None to skip)."""
        ws = sum(num(r[1]) for r in rows)
        ss = sum(num(r[2]) for r in rows)
        self.ok("weight_sum_mismatch", ws == HUNDRED, f"{what}: weights sum to {ws}")
        if total_w is not None:
            self.ok("weight_sum_mismatch", num(total_w) == ws, f"{what}: stated weight total {total_w}, sum {ws}")
        for name, w, s in rows:
            self.ok("score_exceeds_weight", D(0) <= num(s) <= num(w), f"{what}: {name} score {s} > weight {w}")
        if total_s is not None:
            self.ok("score_sum_mismatch", close(total_s, ss), f"{what}: scores sum to {ss}, stated {total_s}")
        return ws, ss

    def grade(self, word, total, what):
        self.ok("grade_mismatch", GRADE_WORDS[word] == grade_of(num(total)),
                f"{what}: {word} for {total} (band {grade_of(num(total))})")

    def yr(self, cond, what):
        self.ok("year_mismatch", cond, what)


# ------------------------------------------------------------------ table readers
def tab_rows(text):
    """seed-003 style: one cell per line starting with a tab, rows separated by blank lines."""
    rows, cur = [], []
    for line in text.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                rows.append(cur)
                cur = []
    if cur:
        rows.append(cur)
    return rows


def pipe_rows(text):
    return [[c.strip() for c in line.split("｜")] for line in text.split("\n") if "｜" in line]


def one(rows, pred, what):
    hits = [r for r in rows if pred(r)]
    if len(hits) != 1:
        raise ParseError(f"{len(hits)} rows for {what}")
    return hits[0]


def space_row(text, start):
    hits = [line for line in text.split("\n") if line.startswith(start)]
    if len(hits) != 1:
        raise ParseError(f"{len(hits)} lines start with {start!r}")
    return hits[0].split()


# ------------------------------------------------------------------ Shanxi 偏关 2021
def check_sx(c):
    t = c.t
    rows = tab_rows(t)
    byname = {}
    for r in rows:
        if r and r[0]:
            byname.setdefault(r[0], r)
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    F = {}
    for n in names:
        r = byname[n]
        if len(r) != 10:
            raise ParseError(f"funds row {n} has {len(r)} cells")
        F[n] = [x or "0" for x in r[2:10]]
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for n in names[:5]:
        r = F[n]
        c.sum(r[0], [r[1], r[6], r[7]], f"{n}: 总 = 财政资金小计 + 上年结转 + 其他")
        c.sum(r[1], r[2:6], f"{n}: 小计 = 中央 + 省 + 市 + 县区")
    for j, col in enumerate(cols):
        c.ok("balance_mismatch", close(F["资金结余"][j], num(F["实际到位资金"][j]) - num(F["全年执行资金"][j])),
             f"(5)=(3)-(4) {col}")
        c.rate(F["预算到位率(%)"][j], num(F["实际到位资金"][j]), num(F["全年预算资金"][j]), f"(6) {col}")
        c.rate(F["预算执行率(%)"][j], num(F["全年执行资金"][j]), num(F["全年预算资金"][j]), f"(7) {col}")
    # prose: funds
    m = c.m(r"年初安排节日慰问经费([\d.]+)万元；6月省财政追加下达重点优抚对象慰问补助([\d.]+)万元，加上(\d{4})年结转资金"
            r"([\d.]+)万元，全年预算资金([\d.]+)万元")
    c.sum(m[5], [m[1], m[2], m[4]], "全年预算 = 年初 + 省级追加 + 上年结转")
    c.same(m[1], F["年初预算资金"][0], "年初 text/table")
    c.same(m[2], F["全年预算资金"][3], "省级 text/table")
    c.same(m[4], F["全年预算资金"][6], "上年结转 text/table")
    c.same(m[5], F["全年预算资金"][0], "全年预算 text/table")
    c.yr(int(m[3]) == c.year - 1, "carry-over comes from the year before")
    m2 = c.m(r"截至(\d{4})年12月31日，累计支出([\d.]+)万元，结余([\d.]+)万元均为县级资金，已于(\d{4})年(\d+)月交回")
    c.yr(int(m2[1]) == c.year, "截至 date in the evaluation year")
    c.yr(int(m2[4]) > c.year, "balance returned after the evaluation year")
    c.same(m2[2], F["全年执行资金"][0], "支出 text/table")
    c.ok("balance_mismatch", close(m2[3], num(m[5]) - num(m2[2])), "text 结余 = 全年预算 - 支出")
    c.same(m2[3], F["资金结余"][5], "结余 = 县区级结余")
    m3 = c.m(r"全年预算([\d.]+)万元，执行([\d.]+)万元，预算执行率([\d.]+)%")
    c.same(m3[1], m[5], "全年预算 restated")
    c.same(m3[2], m2[2], "执行 restated")
    c.rate(m3[3], num(m3[2]), num(m3[1]), "text 执行率")
    # prose: outputs
    m4 = c.m(r"三节共慰问优抚对象(\d+)户次。春节慰问重点优抚对象(\d+)户（(\d{4})年为(\d+)户，增加(\d+)户），每户(\d+)元，"
             r"计([\d.]+)万元；“八一”慰问在乡老复员军人、带病回乡退伍军人等(\d+)户，每户(\d+)元，计([\d.]+)万元，"
             r"另拨付驻偏部队慰问金([\d.]+)万元；中秋慰问孤老、伤残优抚对象(\d+)户，每户(\d+)元，计([\d.]+)万元。"
             r"此外，春节走访驻县部队和武警中队购置慰问物资([\d.]+)万元，慰问品采购及配送支出([\d.]+)万元")
    c.product(m4[7], m4[2], m4[6], "春节 户数 x 标准")
    c.product(m4[10], m4[8], m4[9], "八一 户数 x 标准")
    c.product(m4[14], m4[12], m4[13], "中秋 户数 x 标准")
    c.sum(m4[2], [m4[4], m4[5]], "春节户数 = 上年 + 增加")
    c.yr(int(m4[3]) == c.year - 1, "comparison year is the previous year")
    c.sum(m4[1], [m4[2], m4[8], m4[12]], "三节户次")
    c.sum(m2[2], [m4[7], m4[10], m4[11], m4[14], m4[15], m4[16]], "支出明细合计 = 全年支出")
    m5 = c.m(r"三节应发放(\d+)户次，节前按时发放(\d+)户次，节前发放率([\d.]+)%，其余(\d+)户次")
    c.same(m5[1], m4[1], "应发放户次 = 慰问户次")
    c.rate(m5[3], num(m5[2]), num(m5[1]), "节前发放率")
    c.sum(m5[1], [m5[2], m5[4]], "应发 = 按时 + 补发")
    m6 = c.m(r"经乡镇复核，慰问金发放准确率(\d+)%")
    c.le100(m6[1], "发放准确率")
    m7 = c.m(r"在册重点优抚对象(\d+)户，春节慰问覆盖(\d+)户，覆盖率([\d.]+)%，未覆盖的(\d+)户")
    c.rate(m7[3], num(m7[2]), num(m7[1]), "覆盖率")
    c.sum(m7[1], [m7[2], m7[4]], "在册 = 覆盖 + 未覆盖")
    c.same(m7[2], m4[2], "覆盖户数 = 春节户数")
    m8 = c.m(r"优抚对象满意度为([\d.]+)%")
    c.le100(m8[1], "满意度 text")
    m9 = c.m(r"自评总得分(\d+)分，属于“(..)”")
    # 附件1
    hi = next(i for i, r in enumerate(rows) if r and r[0] == "一级指标")
    ind = []
    for r in rows[hi + 1:]:
        if r[0] == "合计":
            tot = r
            break
        if len(r) != 9:
            raise ParseError(f"indicator row has {len(r)} cells: {r}")
        ind.append(r)
    c.scores([(r[2], r[3], r[7]) for r in ind], tot[3], tot[7], "附件1")
    ss = sum(num(r[7]) for r in ind)
    c.ok("score_sum_mismatch", close(m9[1], ss), f"text total {m9[1]} vs row sum {ss}")
    c.grade(m9[2], m9[1], "text grade")
    for r in ind:
        if r[6] != "—":
            c.completion(r[6], r[4], r[5], r[2])
        c.units(r[4], r[5], r[2])
        if r[2] != "预算执行率":
            c.rule(r[3], r[7], r[4], r[5], r[2])
    row = {r[2]: r for r in ind}
    ex = row["预算执行率"]
    c.same(ex[5], F["预算执行率(%)"][0], "执行率 附件1/funds table")
    c.exec_score(ex[3], ex[7], ex[5], num(F["全年执行资金"][0]), num(F["全年预算资金"][0]), "执行率得分")
    c.same(qty(row["春节慰问重点优抚对象户数"][5])[1].to_eng_string(), m4[2], "春节户数 table/text")
    c.sum(qty(row["“八一”、中秋慰问户次"][5])[1].to_eng_string(), [m4[8], m4[12]], "八一+中秋户次")
    c.same(row["节前发放率"][5], m5[3], "节前发放率 table/text")
    c.same(row["慰问金发放准确率"][5], m6[1], "准确率 table/text")
    c.same(row["重点优抚对象节日慰问覆盖率"][5], m7[3], "覆盖率 table/text")
    c.same(row["优抚对象满意度"][5], m8[1], "满意度 table/text")
    c.le100(row["优抚对象满意度"][5], "满意度 table")
    c.same(qty(row["春节慰问标准"][5])[1].to_eng_string(), m4[6], "春节标准 table/text")
    c.yr("2021年度重点优抚对象节日慰问经费" in t and c.year == 2021, "title year")


# ------------------------------------------------------------------ Hunan 汝城 2022
def check_hn(c):
    t = c.t
    P = pipe_rows(t)
    fr = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        fr[name] = one(P, lambda r, n=name: r[0] == n, name)
    tot, app, car, oth = (fr[k] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for j, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.sum(tot[j], [app[j], car[j], oth[j]], f"{col}: 总额 = 拨款 + 结转 + 其他")
    for r in (tot, app, car, oth):
        c.rate(r[5], num(r[3]), num(r[2]), f"{r[0]} 执行率")
    c.exec_score(tot[4], tot[6], tot[5], num(tot[3]), num(tot[2]), "执行率得分")
    m = c.m(r"年初预算安排节日慰问经费([\d.]+)万元，年中县财政追加([\d.]+)万元，加上(\d{4})年结转资金([\d.]+)万元，"
            r"全年预算([\d.]+)万元，实际到位([\d.]+)万元，到位率(\d+)%")
    c.sum(m[5], [m[1], m[2], m[4]], "全年预算 = 年初 + 追加 + 结转")
    c.sum(app[2], [m[1], m[2]], "当年财政拨款 全年 = 年初 + 追加")
    c.same(m[1], tot[1], "年初 text/table")
    c.same(m[4], car[2], "上年结转 text/table")
    c.same(m[5], tot[2], "全年预算 text/table")
    c.rate(m[7], num(m[6]), num(m[5]), "到位率")
    c.yr(int(m[3]) == c.year - 1, "carry-over comes from the previous year")
    m2 = c.m(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。春节、“八一”、中秋三节分别支出([\d.]+)万元、([\d.]+)万元、"
             r"([\d.]+)万元。年末结余([\d.]+)万元，已结转至(\d{4})年")
    c.same(m2[1], tot[3], "支出 text/table")
    c.rate(m2[2], num(m2[1]), num(m[5]), "text 执行率")
    c.sum(m2[1], [m2[3], m2[4], m2[5]], "三节支出")
    c.ok("balance_mismatch", close(m2[6], num(m[6]) - num(m2[1])), f"结余 {m2[6]} vs 到位 - 支出")
    c.yr(int(m2[7]) > c.year, "结转 goes to a later year")
    m3 = c.m(r"春节为(\d+)户重点优抚对象每户发放慰问金(\d+)元，计([\d.]+)万元，慰问信印制、走访车辆等支出([\d.]+)万元；"
             r"“八一”慰问驻县部队、武警中队及消防救援大队([\d.]+)万元，为(\d+)户在乡复员军人、带病回乡退伍军人等每户发放"
             r"(\d+)元，计([\d.]+)万元；中秋为(\d+)户孤老、伤残优抚对象每户发放(\d+)元，计([\d.]+)万元。“八一”、中秋两节"
             r"合计慰问(\d+)户次，完成年度目标的([\d.]+)%。三节共慰问([\d,]+)户次，平均每节慰问(\d+)户次。经乡镇复核和"
             r"电话回访，准确发放([\d,]+)户次，发放准确率([\d.]+)%，另有(\d+)户次")
    c.product(m3[3], m3[1], m3[2], "春节 户数 x 标准")
    c.product(m3[8], m3[6], m3[7], "八一 户数 x 标准")
    c.product(m3[11], m3[9], m3[10], "中秋 户数 x 标准")
    c.sum(m2[3], [m3[3], m3[4]], "春节支出")
    c.sum(m2[4], [m3[5], m3[8]], "八一支出")
    c.same(m2[5], m3[11], "中秋支出")
    c.sum(m3[12], [m3[6], m3[9]], "八一+中秋户次")
    c.sum(m3[14], [m3[1], m3[6], m3[9]], "三节户次")
    c.ok("average_mismatch", close(m3[15], num(m3[14]) / 3), f"平均每节 {m3[15]} vs {num(m3[14]) / 3}")
    c.rate(m3[17], num(m3[16]), num(m3[14]), "发放准确率")
    c.sum(m3[14], [m3[16], m3[18]], "慰问户次 = 准确 + 退回")
    # indicator table
    hi = next(i for i, r in enumerate(P) if r[0] == "绩效指标")
    ind, total = [], None
    for r in P[hi + 1:]:
        if r[0] == "总分":
            total = r
            break
        if len(r) != 9:
            raise ParseError(f"indicator row {r}")
        ind.append(r)
    rows = [("预算执行率", tot[4], tot[6])] + [(r[3], r[6], r[7]) for r in ind]
    c.scores(rows, total[6], total[7], "自评表")
    ss = sum(num(x[2]) for x in rows)
    m4 = c.m(r"本项目自评得分([\d.]+)分，评价等级为“(.)”")
    c.ok("score_sum_mismatch", close(m4[1], ss), f"text total {m4[1]} vs {ss}")
    c.grade(m4[2], m4[1], "text grade")
    row = {r[3]: r for r in ind}
    for r in ind:
        c.units(r[4], r[5], r[3])
        c.rule(r[6], r[7], r[4], r[5], r[3])
    c.same(qty(row["春节慰问重点优抚对象户数"][5])[1].to_eng_string(), m3[1], "春节户数 table/text")
    a = row["“八一”、中秋慰问优抚对象户次"]
    c.same(qty(a[5])[1].to_eng_string(), m3[12], "八一中秋户次 table/text")
    c.completion(m3[13], a[4], a[5], "八一中秋 完成率 (text)")
    c.same(row["慰问金发放准确率"][5], m3[17], "准确率 table/text")
    cost = qty(row["春节户均慰问标准"][5])
    mf = money_factor(cost[2])
    c.same(cost[1].to_eng_string(), m3[2], "春节标准 table/text", fa=mf[0] if mf else D(1))
    c.le100(row["优抚对象满意度"][5], "满意度")
    c.yr("（%d年度）" % c.year in t, "table year")
    c.yr(re.search(r"我局对(\d{4})年重点优抚对象", t)[1] == str(c.year), "text year")
    c.yr(int(re.findall(r"(\d{4})年\d+月\d+日\s*$", t)[0]) > c.year, "report dated after the year")


# ------------------------------------------------------------------ Sichuan 荥经 2023
def check_sc(c):
    t = c.t
    P = pipe_rows(t)
    fr = {n: one(P, lambda r, n=n: r[0] == n, n)
          for n in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    tot = fr["年度资金总额"]
    parts = [fr[n] for n in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[j], [p[j] for p in parts], f"{col}: 总额 = 财政 + 专户 + 单位 + 其他")
    for r in [tot] + parts:
        c.rate(r[5], num(r[3]), num(r[2]), f"{r[0]} 执行率")
    c.exec_score(tot[4], tot[6], tot[5], num(tot[3]), num(tot[2]), "执行率得分")
    m0 = c.m(r"年初申报本项目预算(\d+)万元")
    m = c.m(r"(\d{4})年年初批复本项目预算([\d.]+)万元，8月县财政追加“八一”双拥活动经费([\d.]+)万元，调整后预算([\d.]+)万元")
    c.yr(int(m[1]) == c.year, "budget year")
    c.same(m0[1], m[2], "申报 = 批复")
    c.sum(m[4], [m[2], m[3]], "调整后 = 年初 + 追加")
    c.same(m[2], tot[1], "年初 text/table")
    c.same(m[4], tot[2], "全年 text/table")
    m2 = c.m(r"到位([\d.]+)万元，到位率(\d+)%。全年支出([\d.]+)万元，执行率([\d.]+)%，结余([\d.]+)万元")
    c.rate(m2[2], num(m2[1]), num(m[4]), "到位率")
    c.rate(m2[4], num(m2[3]), num(m[4]), "text 执行率")
    c.ok("balance_mismatch", close(m2[5], num(m2[1]) - num(m2[3])), f"结余 {m2[5]}")
    c.same(m2[3], tot[3], "执行 text/table")
    c.same(m2[4], tot[5], "执行率 text/table")
    m3 = c.m(r"春节期间慰问重点优抚对象(\d+)户，其中烈属和因公牺牲军人遗属(\d+)户、每户(\d+)元，一至四级残疾军人(\d+)户、"
             r"每户(\d+)元，其他重点优抚对象(\d+)户、每户(\d+)元，合计([\d.]+)万元；“八一”期间慰问驻荥部队及消防救援站物资"
             r"([\d.]+)万元，慰问在乡复员军人、带病回乡退伍军人和参战参试人员(\d+)户，每户(\d+)元，计([\d.]+)万元；中秋期间"
             r"慰问孤老和困难优抚对象(\d+)户，每户(\d+)元，计([\d.]+)万元；双拥宣传、军民联谊等活动支出([\d.]+)万元")
    c.sum(m3[1], [m3[2], m3[4], m3[6]], "春节户数")
    yuan = num(m3[2]) * num(m3[3]) + num(m3[4]) * num(m3[5]) + num(m3[6]) * num(m3[7])
    c.sum((m3[8], WAN), [(str(yuan), D(1))], "春节分档合计")
    c.product(m3[12], m3[10], m3[11], "八一 户数 x 标准")
    c.product(m3[15], m3[13], m3[14], "中秋 户数 x 标准")
    c.sum(m2[3], [m3[8], m3[9], m3[12], m3[15], m3[16]], "支出明细合计 = 全年支出")
    rng = c.m(r"标准为每户(\d+)元至(\d+)元不等")
    for k in (3, 5, 7):
        c.ok("conflicting_values", num(rng[1]) <= num(m3[k]) <= num(rng[2]), "春节标准 within the stated range")
    m4 = c.m(r"全年走访慰问优抚对象([\d,]+)户次。“八一”、中秋合计慰问(\d+)户，完成率([\d.]+)%")
    c.sum(m4[1], [m3[1], m3[10], m3[13]], "全年户次")
    c.sum(m4[2], [m3[10], m3[13]], "八一+中秋户数")
    m5 = c.m(r"取得([\d.]+)%好评")
    c.le100(m5[1], "好评率")
    mw = c.m(r"按照预算执行情况(\d+)分、产出指标(\d+)分、效益指标(\d+)分设置权重")
    c.ok("weight_sum_mismatch", num(mw[1]) + num(mw[2]) + num(mw[3]) == HUNDRED, "text weights sum to 100")
    c.same(mw[1], tot[4], "执行 weight text/table", code="weight_sum_mismatch")
    mt = c.m(r"本项目自评得分([\d.]+)分，评价等级为(..)")
    c.grade(mt[2], mt[1], "grade")
    # indicator table
    hi = next(i for i, r in enumerate(P) if r[0] == "一级指标")
    ind, total, lvl = [], None, ""
    for r in P[hi + 1:]:
        if r[0] == "合计":
            total = r
            break
        if len(r) != 10:
            raise ParseError(f"indicator row {r}")
        lvl = r[0] or lvl
        ind.append((lvl, r))
    rows = [("预算执行率", tot[4], tot[6])] + [(r[2], r[7], r[8]) for _, r in ind]
    c.scores(rows, total[7], total[8], "自评表")
    ss = sum(num(x[2]) for x in rows)
    c.ok("score_sum_mismatch", close(mt[1], ss), f"text total {mt[1]} vs {ss}")
    for lname, k in (("产出指标", 2), ("效益指标", 3)):
        ws = sum(num(r[7]) for l, r in ind if l == lname)
        c.ok("weight_sum_mismatch", ws == num(mw[k]), f"{lname}: rows {ws} vs text {mw[k]}")
    row = {r[2]: r for _, r in ind}
    sign = {"≥": "≥", "≤": "≤", "=": ""}
    for _, r in ind:
        if r[3] in sign:
            tgt, act = sign[r[3]] + r[4] + r[5], r[6] + r[5]
            c.rule(r[7], r[8], tgt, act, r[2])
    a = row["春节慰问重点优抚对象户数"]
    c.same(a[6], m3[1], "春节户数 table/text")
    b = row["“八一”、中秋慰问户数"]
    c.same(b[6], m4[2], "八一中秋户数 table/text")
    c.completion(m4[3], "≥" + b[4] + b[5], b[6] + b[5], "八一中秋 完成率 (text)")
    cost = row["项目支出控制数"]
    c.same(cost[4], m[4], "成本上限 = 调整后预算")
    c.same(cost[6], tot[3], "成本实际 = 执行数")
    c.le100(row["重点优抚对象节日慰问覆盖率"][6], "覆盖率")
    c.yr("（%d年度）" % c.year in t, "table year")
    c.yr(("%d年度荥经县" % c.year) in t, "title year")


# ------------------------------------------------------------------ Zhejiang 庆元 2019 部门整体
def check_zj(c):
    t = c.t
    P = pipe_rows(t)
    m = c.m(r"(\d{4})年部门全年预算([\d.]+)万元，其中年初预算([\d.]+)万元、年中追加([\d.]+)万元")
    c.yr(int(m[1]) == c.year, "budget year")
    c.sum(m[2], [m[3], m[4]], "全年 = 年初 + 追加")
    m1 = c.m(r"基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元")
    c.sum(m1[1], [m1[2], m1[3]], "基本支出 = 人员 + 公用")
    c.sum(m[2], [m1[1], m1[4]], "全年 = 基本 + 项目")
    m2 = c.m(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%；其中基本支出执行([\d.]+)万元，执行率(\d+)%，项目支出执行"
             r"([\d.]+)万元，执行率([\d.]+)%")
    c.rate(m2[2], num(m2[1]), num(m[2]), "部门执行率")
    c.rate(m2[4], num(m2[3]), num(m1[1]), "基本支出执行率")
    c.rate(m2[6], num(m2[5]), num(m1[4]), "项目支出执行率")
    c.sum(m2[1], [m2[3], m2[5]], "支出 = 基本 + 项目")
    m3 = c.m(r"年末结余结转([\d.]+)万元，其中烈士纪念设施维护工程尾款([\d.]+)万元结转至(\d{4})年，其余([\d.]+)万元已按规定上缴")
    c.ok("balance_mismatch", close(m3[1], num(m[2]) - num(m2[1])), "结余结转 = 全年 - 支出")
    c.sum(m3[1], [m3[2], m3[4]], "结余结转 = 结转 + 上缴")
    c.yr(int(m3[3]) > c.year, "结转 to a later year")
    # project table
    hi = next(i for i, r in enumerate(P) if r[0] == "序号")
    proj, tot, avg = [], None, None
    for r in P[hi + 1:]:
        if r[0] == "合计":
            tot = r
        elif r[0] == "平均自评得分":
            avg = r
            break
        else:
            proj.append(r)
    for r in proj:
        c.rate(r[4], num(r[3]), num(r[2]), f"{r[1]} 执行率")
    c.sum(tot[2], [r[2] for r in proj], "项目预算合计")
    c.sum(tot[3], [r[3] for r in proj], "项目执行合计")
    c.rate(tot[4], num(tot[3]), num(tot[2]), "项目合计执行率")
    c.same(tot[2], m1[4], "项目支出 text/table")
    c.same(tot[3], m2[5], "项目执行 text/table")
    scores = [num(r[5]) for r in proj if r[5] not in ("", "—")]
    c.ok("average_mismatch", close(avg[5], sum(scores) / len(scores)), f"平均 {avg[5]} vs {sum(scores) / len(scores)}")
    pr = {r[1]: r for r in proj}
    lie = pr["烈士纪念设施维护"]
    c.ok("balance_mismatch", close(m3[2], num(lie[2]) - num(lie[3])), "烈士设施结转 = 预算 - 执行")
    mc = c.m(r"(\d)个项目自评得分均在(\d+)分以上")
    c.ok("conflicting_values", int(mc[1]) == len(scores) and all(s >= num(mc[2]) for s in scores), "项目得分概述")
    # 节日慰问
    m4 = c.m(r"节日慰问项目([\d.]+)万元全部支出：春节为([\d,]+)户重点优抚对象每户发放慰问金(\d+)元，计([\d.]+)万元；“八一”"
             r"慰问驻庆部队、县人武部及消防救援大队([\d.]+)万元；中秋为(\d+)户孤老和困难优抚对象每户发放(\d+)元，计([\d.]+)万元。"
             r"全年计划走访慰问([\d,]+)户次，实际走访([\d,]+)户次，完成率([\d.]+)%")
    jr = pr["重点优抚对象节日慰问"]
    c.same(m4[1], jr[2], "节日慰问预算 text/table")
    c.same(m4[1], jr[3], "全部支出: 执行 = 预算", code="rate_mismatch")
    c.product(m4[4], m4[2], m4[3], "春节 户数 x 标准")
    c.product(m4[8], m4[6], m4[7], "中秋 户数 x 标准")
    c.sum(m4[1], [m4[4], m4[5], m4[8]], "节日慰问明细")
    c.sum(m4[10], [m4[2], m4[6]], "走访户次")
    c.completion(m4[11], "≥" + m4[9] + "户次", m4[10] + "户次", "走访完成率")
    mg = c.m(r"三节走访慰问重点优抚对象不少于([\d,]+)户次")
    c.same(mg[1], m4[9], "目标户次 restated")
    m5 = c.m(r"全年执行([\d.]+)万元，未执行部分")
    c.same(m5[1], pr["重点优抚对象抚恤补助"][3], "抚恤执行 text/table")
    m6 = c.m(r"双拥工作经费全年预算([\d.]+)万元，支出([\d.]+)万元，结余([\d.]+)万元")
    sy = pr["双拥工作经费"]
    c.same(m6[1], sy[2], "双拥预算 text/table")
    c.same(m6[2], sy[3], "双拥支出 text/table")
    c.ok("balance_mismatch", close(m6[3], num(m6[1]) - num(m6[2])), f"双拥结余 {m6[3]}")
    m7 = c.m(r"合同金额(\d+)万元，已支付([\d.]+)万元")
    c.same(m7[1], lie[2], "烈士设施 合同/预算")
    c.same(m7[2], lie[3], "烈士设施 支付/执行")
    m8 = c.m(r"抽查优抚对象(\d+)人，满意或基本满意(\d+)人，满意率([\d.]+)%")
    c.rate(m8[3], num(m8[2]), num(m8[1]), "满意率")
    # department score table
    hi = next(i for i, r in enumerate(P) if r[0] == "一级指标")
    srows, lvl = [], ""
    for r in P[hi + 1:]:
        if len(r) != 4:
            break
        lvl = r[0] or lvl
        srows.append((lvl, r))
    c.scores([(r[1], r[2], r[3]) for _, r in srows], None, None, "部门整体评分表")
    m9 = c.m(r"四个方面分别得分([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分，部门整体支出自评得分([\d.]+)分，等级为(..)")
    for k, lname in enumerate(("投入", "过程", "产出", "效益"), start=1):
        c.sum(m9[k], [r[3] for l, r in srows if l == lname], f"{lname} 得分", code="score_sum_mismatch")
    c.sum(m9[5], [m9[1], m9[2], m9[3], m9[4]], "总分 = 四项之和", code="score_sum_mismatch")
    c.sum(m9[5], [r[3] for _, r in srows], "总分 = 各行之和", code="score_sum_mismatch")
    c.grade(m9[6], m9[5], "grade")
    sr = {r[1]: r for _, r in srows}
    c.exec_score(sr["预算执行"][2], sr["预算执行"][3], m2[2], num(m2[1]), num(m[2]), "预算执行得分")
    md = c.m(r"烈士纪念设施维护因工程未竣工验收扣([\d.]+)分")
    c.sum(sr["烈士纪念设施维护完成情况"][2], [sr["烈士纪念设施维护完成情况"][3], md[1]], "扣分", code="conflicting_values")
    c.yr(int(re.search(r"发布时间：(\d{4})", t)[1]) > c.year, "published after the year")


# ------------------------------------------------------------------ Hubei 通山 2024
def check_hb(c):
    t = c.t
    fr = {}
    for name in ("年度资金总额 ", "其中：当年财政拨款 ", "上年结转资金 ", "其他资金 "):
        fr[name.strip()] = space_row(t, name)
    tot, app, car, oth = (fr[k] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for r in fr.values():
        if len(r) != 7:
            raise ParseError(f"funds row {r}")
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[j], [app[j], car[j], oth[j]], f"{col}: 总额 = 拨款 + 结转 + 其他")
    for r in (tot, app, car, oth):
        c.rate(r[5], num(r[3]), num(r[2]), f"{r[0]} 执行率")
    c.exec_score(tot[4], tot[6], tot[5], num(tot[3]), num(tot[2]), "执行率得分")
    m = c.m(r"(\d{4})年全年预算([\d.]+)万元，其中：省级重点优抚对象慰问补助(\d+)万元，已于(\d{4})年(\d+)月提前下达"
            r"（鄂财社发〔\d{4}〕\d+号）；县级配套(\d+)万元于(\d{4})年(\d+)月拨付到位；(\d{4})年结转资金([\d.]+)万元")
    c.yr(int(m[1]) == c.year, "budget year")
    c.sum(m[2], [m[3], m[6], m[10]], "全年 = 省级 + 县级 + 结转")
    c.sum(tot[1], [m[3], m[6]], "年初 = 省级 + 县级")
    c.same(m[2], tot[2], "全年 text/table")
    c.same(m[10], car[2], "结转 text/table")
    c.yr(int(m[4]) == c.year - 1 and int(m[5]) == 12, "advance issued in the December before")
    c.yr(int(m[7]) == c.year, "county share issued in the evaluation year")
    c.yr(int(m[9]) == c.year - 1, "carry-over from the previous year")
    m2 = c.m(r"截至(\d{4})年12月31日，累计支出([\d.]+)万元，预算执行率([\d.]+)%。其中省级资金执行(\d+)万元，执行率(\d+)%；"
             r"县级资金执行([\d.]+)万元，执行率([\d.]+)%；上年结转资金全部支出。结余([\d.]+)万元已于(\d{4})年")
    c.yr(int(m2[1]) == c.year, "截至 date")
    c.yr(int(m2[9]) > c.year, "balance returned after the year")
    c.same(m2[2], tot[3], "支出 text/table")
    c.rate(m2[3], num(m2[2]), num(m[2]), "text 执行率")
    c.rate(m2[5], num(m2[4]), num(m[3]), "省级执行率")
    c.rate(m2[7], num(m2[6]), num(m[6]), "县级执行率")
    c.sum(m2[2], [m2[4], m2[6], m[10]], "支出 = 省 + 县 + 结转")
    c.ok("balance_mismatch", close(m2[8], num(m[2]) - num(m2[2])), f"结余 {m2[8]}")
    m3 = c.m(r"三节分别支出([\d.]+)万元、([\d.]+)万元、([\d.]+)万元。春节为(\d+)户重点优抚对象每户发放(\d+)元，计([\d.]+)万元，"
             r"较(\d{4})年的(\d+)户增加(\d+)户，另采购慰问品、印制“光荣之家”春联等([\d.]+)万元；“八一”慰问驻通部队、县人武部"
             r"(\d+)万元，为(\d+)户现役军人家庭每户发放(\d+)元，计([\d.]+)万元；中秋为(\d+)户孤老优抚对象每户发放(\d+)元，"
             r"计([\d.]+)万元。三节应发放(\d+)户次，节前发放(\d+)户次，节前发放率([\d.]+)%，其余(\d+)户次")
    c.sum(m2[2], [m3[1], m3[2], m3[3]], "三节支出")
    c.sum(m3[1], [m3[6], m3[10]], "春节支出")
    c.sum(m3[2], [m3[11], m3[14]], "八一支出")
    c.same(m3[3], m3[17], "中秋支出")
    c.product(m3[6], m3[4], m3[5], "春节 户数 x 标准")
    c.product(m3[14], m3[12], m3[13], "八一 户数 x 标准")
    c.product(m3[17], m3[15], m3[16], "中秋 户数 x 标准")
    c.sum(m3[4], [m3[8], m3[9]], "春节户数 = 上年 + 增加")
    c.yr(int(m3[7]) == c.year - 1, "comparison year")
    c.sum(m3[18], [m3[4], m3[12], m3[15]], "应发户次")
    c.rate(m3[20], num(m3[19]), num(m3[18]), "节前发放率")
    c.sum(m3[18], [m3[19], m3[21]], "应发 = 节前 + 补发")
    m4 = c.m(r"核对(\d+)户春节慰问对象信息，准确(\d+)户，准确率([\d.]+)%，(\d+)户信息有误")
    c.rate(m4[3], num(m4[2]), num(m4[1]), "信息准确率")
    c.sum(m4[1], [m4[2], m4[4]], "核对 = 准确 + 有误")
    c.same(m4[1], m3[4], "核对户数 = 春节户数")
    m5 = c.m(r"春节期间走访慰问重点优抚对象(\d+)户")
    c.same(m5[1], m3[4], "section 三 春节户数")
    m6 = c.m(r"诉求(\d+)件，已办结(\d+)件，其余(\d+)件")
    c.sum(m6[1], [m6[2], m6[3]], "诉求件数")
    m7 = c.m(r"综合得分(\d+)分")
    m8 = c.m(r"优抚对象满意度为([\d.]+)%")
    c.le100(m8[1], "满意度 text")
    mw = c.m(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    c.ok("weight_sum_mismatch", sum(num(mw[k]) for k in range(1, 5)) == HUNDRED, "text weights")
    c.same(mw[1], tot[4], "执行 weight text/table", code="weight_sum_mismatch")
    # indicator table (PDF flattened: one row per line, merged cells dropped)
    lines = t.split("\n")
    hi = next(i for i, line in enumerate(lines) if line.startswith("一级指标 二级指标 三级指标"))
    ind, lvl, total = [], "", None
    for line in lines[hi + 1:]:
        tk = line.split()
        if tk and tk[0] == "总分":
            total = tk
            break
        if tk[0] in ("产出指标", "效益指标", "满意度指标"):
            lvl = tk[0]
        isnum = [bool(re.fullmatch(r"[\d.]+", x)) for x in tk]
        wi = len(tk) - 2 if isnum[-1] and isnum[-2] else len(tk) - 3
        if not (isnum[wi] and isnum[wi + 1]):
            raise ParseError(f"indicator line {line!r}")
        ind.append({"lvl": lvl, "name": tk[wi - 3], "target": tk[wi - 2], "actual": tk[wi - 1],
                    "w": tk[wi], "s": tk[wi + 1]})
    rows = [("预算执行率", tot[4], tot[6])] + [(r["name"], r["w"], r["s"]) for r in ind]
    c.scores(rows, total[1], total[2], "自评表")
    ss = sum(num(x[2]) for x in rows)
    c.ok("score_sum_mismatch", close(m7[1], ss), f"text total {m7[1]} vs {ss}")
    c.grade(total[3].split("：")[1], total[2], "table grade")
    for lname, k in (("产出指标", 2), ("效益指标", 3), ("满意度指标", 4)):
        ws = sum(num(r["w"]) for r in ind if r["lvl"] == lname)
        c.ok("weight_sum_mismatch", ws == num(mw[k]), f"{lname}: rows {ws} vs text {mw[k]}")
    row = {r["name"]: r for r in ind}
    for r in ind:
        c.units(r["target"], r["actual"], r["name"])
        c.rule(r["w"], r["s"], r["target"], r["actual"], r["name"])
    c.same(qty(row["春节慰问重点优抚对象户数"]["actual"])[1].to_eng_string(), m3[4], "春节户数 table/text")
    c.same(qty(row["“八一”慰问现役军人家庭户数"]["actual"])[1].to_eng_string(), m3[12], "八一户数 table/text")
    c.same(row["慰问对象信息准确率"]["actual"], m4[3], "准确率 table/text")
    c.same(qty(row["春节户均慰问标准"]["actual"])[1].to_eng_string(), m3[5], "春节标准 table/text")
    c.same(row["优抚对象满意度"]["actual"], m8[1], "满意度 table/text")
    c.le100(row["优抚对象满意度"]["actual"], "满意度 table")
    c.le100(row["重点优抚对象节日慰问覆盖率"]["actual"], "覆盖率 table")
    c.yr("（%d年度）" % c.year in t and ("%d年度重点优抚对象节日慰问资金" % c.year) in t, "title/table year")


CHECKERS = {
    "sx-pianguan-jieriweiwen-2021": (check_sx, 2021),
    "hn-rucheng-youfuweiwen-2022": (check_hn, 2022),
    "sc-yingjing-shuangyong-2023": (check_sc, 2023),
    "zj-qingyuan-tyjrswj-bumen-2019": (check_zj, 2019),
    "hb-tongshan-jieriweiwen-2024": (check_hb, 2024),
}


def run_checks(source, text):
    fn, year = CHECKERS[source]
    c = Ctx(text, year)
    fn(c)
    return c


def changed_region(a, b):
    """first differing index p and the end of the changed part in a and in b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    code_count = {k: 0 for k in CODES}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    total_checks = 0
    for rec in labels:
        case, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        try:
            c = run_checks(src, text)
        except (ParseError, KeyError, IndexError, TypeError, ArithmeticError, StopIteration) as e:
            problems.append(f"{case}: parse error: {type(e).__name__}: {e}")
            continue
        total_checks += c.n
        failed = {code for code, _ in c.fails}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{case}: clean case with labels")
            if c.fails:
                problems.append(f"{case}: clean draft fails: {c.fails}")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{case}: length {len(text)} outside 2800-3400")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{case}: bad code/severity {code} {lab['severity']}")
        code_count[code] = code_count.get(code, 0) + 1
        # 1. value occurs in the case, not in the clean draft
        if value not in text:
            problems.append(f"{case}: value {value!r} not in case")
        if value in clean_text[src]:
            problems.append(f"{case}: value {value!r} also occurs in the clean draft")
        # 2. one contiguous change overlapping the value
        clean = clean_text[src]
        p, end_clean, end_err = changed_region(clean, text)
        if p == len(clean) == len(text):
            problems.append(f"{case}: identical to clean draft")
        if max(end_clean - p, end_err - p) > 12:
            problems.append(f"{case}: changed region too long ({clean[p:end_clean]!r} -> {text[p:end_err]!r})")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(end_err, p + 1) and o + len(value) > p for o in occ):
            problems.append(f"{case}: label value does not overlap the change at {p}")
        # 4. arithmetic
        err_failed = {k for k in failed if k not in WARNING_CODES}
        if code not in failed:
            problems.append(f"{case}: labelled {code} does not fail")
        extra = err_failed - {code}
        if extra:
            problems.append(f"{case}: other error codes fail too: "
                            f"{[f for f in c.fails if f[0] in extra]}")
    # 3. every code at least twice
    for k in CODES:
        if code_count.get(k, 0) < 2:
            problems.append(f"code {k} used {code_count.get(k, 0)} times (< 2)")
    n_err = sum(1 for r in labels if not r["clean"])
    print(f"{len(labels)} cases ({len(labels) - n_err} clean, {n_err} with one error), {total_checks} checks run")
    print("codes: " + ", ".join(f"{k}={code_count[k]}" for k in CODES))
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
