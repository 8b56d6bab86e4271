#!/usr/bin/env python3
"""Verify this test set (standard library only, decimal.Decimal).

1. Structure: every label value occurs in its case (exactly once); every error case differs from its clean
   draft in one short contiguous place that overlaps the label value; each of the 13 codes of errors.md §A
   occurs at least twice.
2. Arithmetic: the checks below redo the arithmetic of every draft (funds sums, rates, balances, products,
   averages, weights, scores, completion rates, units, grades, years, text <-> table equality).  Every check
   must pass on a clean draft; on an error case the labelled code must fail and no other error-level check
   may fail.  Scoring-rule checks are warnings (errors.md #16): they must pass on clean drafts only.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]

# ----------------------------------------------------------------------------------------------- helpers

UNIT_FACTOR = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def places(s):
    s = str(s).replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s, unit="万元"):
    return D("0.5") * D(10) ** (-places(s)) * UNIT_FACTOR.get(unit, D(1)) + D("1e-9")


def close(stated, computed, unit="万元"):
    """stated: the string as written; computed: Decimal in the unit of `unit` normalisation (万元)."""
    return abs(D(computed) - dec(stated) * UNIT_FACTOR.get(unit, D(1))) <= tol(stated, unit)


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


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
              "差": "差", "较差": "差", "不合格": "差"}


class Res:
    def __init__(self):
        self.items = []  # (code, ok, msg, severity)

    def add(self, code, ok, msg, sev="error"):
        self.items.append((code, bool(ok), msg, sev))

    # money is given as (number string, unit) pairs
    def sum_check(self, comps, total, msg, code="sum_mismatch"):
        vals = [dec(n) * UNIT_FACTOR[u] for n, u in comps]
        tv = dec(total[0]) * UNIT_FACTOR[total[1]]
        t = tol(total[0], total[1]) + sum(tol(n, u) for n, u in comps if places(n) < places(total[0]))
        if abs(sum(vals) - tv) <= t:
            self.add(code, True, msg)
            return
        # a single amount off by 10^4 / 10^8 -> unit_mismatch (the most specific explanation)
        for i in range(len(vals) + 1):
            for f in (D(10000), D("0.0001"), D(100000000), D("0.00000001")):
                vv = list(vals) + [tv]
                vv[i] = vv[i] * f
                if abs(sum(vv[:-1]) - vv[-1]) <= t * 2:
                    self.add("unit_mismatch", False, msg + f" (reconciled by rescaling item {i} by {f})")
                    return
        self.add(code, False, msg + f": {sum(vals)} vs {tv}")

    def product_check(self, count, price, amount, msg):
        """count (str), price (num, unit), amount (num, unit): count*price == amount."""
        pv = dec(count) * dec(price[0]) * UNIT_FACTOR[price[1]]
        av = dec(amount[0]) * UNIT_FACTOR[amount[1]]
        if abs(pv - av) <= tol(amount[0], amount[1]):
            self.add("sum_mismatch", True, msg)
        elif any(abs(pv * f - av) <= tol(amount[0], amount[1]) * f for f in (D(10000), D("0.0001"))):
            self.add("unit_mismatch", False, msg + f": {pv} vs {av}")
        else:
            self.add("sum_mismatch", False, msg + f": {pv} vs {av}")

    def rate_check(self, stated, num, den, msg, code="rate_mismatch"):
        den = D(den)
        if den == 0:
            self.add("implausible_rate", dec(stated) == 0, msg + " (zero base)")
            return
        c = D(num) / den * 100
        self.add(code, close(stated, c), msg + f": stated {stated}, computed {q2(c)}%")

    def balance_check(self, stated, have, spent, msg):
        self.add("balance_mismatch", close(stated, D(have) - D(spent)), msg + f": stated {stated}, computed {D(have) - D(spent)}")

    def same(self, a, b, msg, unit_a="万元", unit_b="万元"):
        va, vb = dec(a) * UNIT_FACTOR.get(unit_a, 1), dec(b) * UNIT_FACTOR.get(unit_b, 1)
        t = max(tol(a, unit_a), tol(b, unit_b))
        if abs(va - vb) <= t:
            self.add("conflicting_values", True, msg)
        elif any(abs(va * f - vb) <= t * f for f in (D(10000), D("0.0001"))):
            self.add("unit_mismatch", False, msg + f": {a} vs {b}")
        else:
            self.add("conflicting_values", False, msg + f": {a} vs {b}")

    def average_check(self, items, stated, msg):
        m = sum(D(x) for x in items) / len(items)
        self.add("average_mismatch", close(stated, m), msg + f": stated {stated}, mean {q2(m)}")

    def grade_check(self, total, word, msg):
        g = GRADE_WORD.get(word)
        self.add("grade_mismatch", g == grade_of(dec(total)), msg + f": total {total}, grade {word}")

    def year_check(self, ok, msg):
        self.add("year_mismatch", ok, msg)


def one(text, pattern, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise AssertionError(f"pattern matched {len(ms)} times: {pattern}")
    return ms[0].groups()


# ------------------------------------------------------------------------------------ indicator tables

DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日")
NUM_RE = re.compile(r"^(≥|≤|>=|<=|＞＝|＜＝)?\s*(-?[\d,]+(?:\.\d+)?)\s*(.*)$")


def parse_value(s):
    s = s.strip()
    m = DATE_RE.match(s)
    if m:
        return ("date", tuple(int(x) for x in m.groups()))
    m = NUM_RE.match(s)
    if m:
        sign, num, unit = m.groups()
        direction = "gte" if sign in ("≥", ">=", "＞＝") else "lte" if sign in ("≤", "<=", "＜＝") else "eq"
        return ("num", direction, dec(num), unit.strip(), num)
    return ("qual", s)


def check_rows(r, rows):
    """rows: dicts with name, target, actual, completion (or None), weight, score."""
    for row in rows:
        name, w, s = row["name"], dec(row["weight"]), dec(row["score"])
        r.add("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {row['score']} within weight {row['weight']}")
        t, a = parse_value(row["target"]), parse_value(row["actual"])
        # units
        if t[0] == "num" and a[0] == "num":
            r.add("unit_mismatch", t[3] == a[3], f"{name}: unit of target {row['target']} vs actual {row['actual']}")
        elif t[0] == "date":
            r.add("unit_mismatch", a[0] == "date", f"{name}: date target vs actual {row['actual']}")
        elif t[0] == "num" and a[0] == "date":
            r.add("unit_mismatch", False, f"{name}: numeric target vs date actual")
        # plausibility of rates
        if a[0] == "num" and a[3] == "%" and "增长" not in name:
            r.add("implausible_rate", D(0) <= a[2] <= 100, f"{name}: rate {row['actual']} within [0, 100%]")
        # completion and score rule
        comp = None
        if t[0] == "num" and a[0] == "num" and t[3] == a[3]:
            T, A = t[2], a[2]
            if t[1] == "lte":
                comp = D(100) if A <= T else T / A * 100
                rule = w if A <= T else w * T / A
            elif T == 0:
                comp = None
                rule = w if A <= 0 else D(0)
            else:
                comp = A / T * 100
                rule = w if A >= T else w * A / T
            if t[1] != "lte" and T > 0:
                r.add("deviation_unexplained", A / T <= D("1.2"), f"{name}: over-achievement within 20%", sev="warning")
            ok = close(row["score"], rule)
            if not ok and row.get("completion") not in (None, "—"):
                ok = close(row["score"], w * min(dec(row["completion"]), D(100)) / 100)
            r.add("score_rule_mismatch", ok, f"{name}: score {row['score']} vs rule {q2(rule)}", sev="warning")
        elif t[0] == "date" and a[0] == "date" and a[1] <= t[1]:
            r.add("score_rule_mismatch", s == w, f"{name}: on time, full score", sev="warning")
        elif t[0] == "qual" or a[0] == "qual":
            txt = row["actual"]
            if "未达成" in txt:
                lo, hi = D(0), D("0.6")
            elif "部分" in txt:
                lo, hi = D("0.6"), D("0.8")
            else:
                lo, hi = D("0.8"), D(1)
            ok = lo * w <= s <= hi * w and (s < hi * w or hi == 1)
            r.add("score_rule_mismatch", ok, f"{name}: qualitative band", sev="warning")
        if row.get("completion") not in (None, "—"):
            if comp is None:
                r.add("completion_mismatch", False, f"{name}: completion stated without computable base")
            else:
                r.add("completion_mismatch", close(row["completion"], comp),
                      f"{name}: completion {row['completion']} vs {q2(comp)}%")


def check_totals(r, exec_weight, exec_score, rows, weight_total, score_totals, level_weights=None,
                 level_scores=None):
    ws = D(exec_weight) + sum(dec(x["weight"]) for x in rows)
    r.add("weight_sum_mismatch", ws == 100, f"weights add to {ws}")
    r.add("weight_sum_mismatch", dec(weight_total) == ws, f"stated weight total {weight_total} vs {ws}")
    ss = D(exec_score) + sum(dec(x["score"]) for x in rows)
    for st in score_totals:
        r.add("score_sum_mismatch", close(st, ss), f"stated total {st} vs row scores {ss}")
    for lvl, st in (level_weights or {}).items():
        sub = sum(dec(x["weight"]) for x in rows if x["level1"] == lvl)
        r.add("weight_sum_mismatch", dec(st) == sub, f"{lvl} weight {st} vs rows {sub}")
    for lvl, st in (level_scores or {}).items():
        sub = sum(dec(x["score"]) for x in rows if x["level1"] == lvl)
        r.add("score_sum_mismatch", close(st, sub), f"{lvl} score {st} vs rows {sub}")
    return ss


def exec_score_rule(r, weight, score, rate_str, spent, budget):
    rr = min(D(spent) / D(budget), D(1))
    ok = close(score, D(weight) * rr) or close(score, D(weight) * min(dec(rate_str) / 100, D(1)))
    r.add("score_rule_mismatch", ok, f"execution score {score}", sev="warning")


# ------------------------------------------------------------------------------------------ projects

def p_changshu(t):
    r = Res()
    Y = 2022
    ini, = one(t, r"年年初批复项目预算([\d.]+)万元")
    add, = one(t, r"版权示范创建奖补资金([\d.]+)万元，经市财政局同意追加")
    ann, = one(t, r"调整后全年预算([\d.]+)万元")
    r.sum_check([(ini, "万元"), (add, "万元")], (ann, "万元"), "年初 + 追加 = 全年预算")
    spent, rate, bal = one(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)，年末结余([\d.]+)万元")
    r.rate_check(rate, dec(spent), dec(ann), "执行率 (text)")
    r.balance_check(bal, dec(ann), dec(spent), "结余 = 全年预算(全部到位) − 支出")
    r.add("implausible_rate", dec(rate) <= 100, "执行率 ≤ 100%")
    city_sp, city_rate = one(t, r"市级资金支出([\d.]+)万元，执行率([\d.]+%)")
    r.rate_check(city_rate, dec(city_sp), dec(ini), "市级资金执行率")
    sz, sz_rate = one(t, r"苏州市奖补资金([\d.]+)万元全额用于示范单位奖补，执行率(\d+%)")
    r.same(sz, add, "苏州奖补 8.5 vs 8.50")
    r.rate_check(sz_rate, dec(sz), dec(add), "苏州奖补执行率")
    r.sum_check([(city_sp, "万元"), (sz, "万元")], (spent, "万元"), "分来源支出之和")
    a1, a2, a3, a4 = one(t, r"作品登记资助([\d.]+)万元、版权示范单位奖补([\d.]+)万元、宣传培训([\d.]+)万元、侵权监测服务([\d.]+)万元")
    r.sum_check([(a1, "万元"), (a2, "万元"), (a3, "万元"), (a4, "万元")], (spent, "万元"), "按用途支出之和")
    n1, p1, m1, u1 = one(t, r"一般作品(\d+)件，每件(\d+)元，计([\d.]+)(万元|元)")
    n2, p2, m2, u2 = one(t, r"影视等作品(\d+)件，每件(\d+)元，计([\d.]+)(万元|元)")
    r.product_check(n1, (p1, "元"), (m1, u1), "一般作品 件数×单价")
    r.product_check(n2, (p2, "元"), (m2, u2), "文字音乐影视作品 件数×单价")
    r.sum_check([(m1, u1), (m2, u2)], (a1, "万元"), "分档资助之和 = 作品登记资助")
    x1, x2, x3, cnt, avg = one(t, r"一等1家([\d.]+)万元、二等1家([\d.]+)万元、三等2家各([\d.]+)万元，(\d)家平均每家([\d.]+)万元")
    r.sum_check([(x1, "万元"), (x2, "万元"), (x3, "万元"), (x3, "万元")], (a2, "万元"), "示范单位奖补之和")
    r.average_check([dec(x1), dec(x2), dec(x3), dec(x3)], avg, "示范单位平均奖补")
    reg, = one(t, r"全年资助作品登记(\d+)件（2021年为\d+件）")
    r.sum_check([(n1, "元"), (n2, "元")], (reg, "元"), "分档件数之和 = 资助件数")
    clues, done = one(t, r"共发现侵权线索(\d+)条，已处置(\d+)条")
    city_now, city_last, growth = one(t, r"全市全年作品登记(\d+)件（2021年为(\d+)件），增长([\d.]+%)")
    r.rate_check(growth, dec(city_now) - dec(city_last), dec(city_last), "作品登记量增长率")
    sat, = one(t, r"回收\d+份，满意度([\d.]+%)")
    # table
    rows, funds, total = [], {}, None
    for line in t.splitlines():
        c = line.split("｜")
        if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(c) == 7:
            funds[c[0]] = c
        elif c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 9:
            rows.append(dict(level1=c[0], name=c[2], target=c[3], actual=c[4], completion=c[5], weight=c[6],
                             score=c[7]))
        elif c[0] == "总分":
            total = c
    f = funds["年度资金总额"]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        r.sum_check([(funds[k][col], "万元") for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                    (f[col], "万元"), f"资金总额 {label} = 分项之和")
    r.same(f[1], ini, "年初预算 table vs text")
    r.same(f[2], ann, "全年预算 table vs text")
    r.same(f[3], spent, "执行数 table vs text")
    r.rate_check(f[5], dec(f[3]), dec(f[2]), "执行率 (table)")
    r.same(f[5], rate, "执行率 table vs text", "%", "%")
    exec_score_rule(r, f[4], f[6], f[5], dec(f[3]), dec(f[2]))
    check_rows(r, rows)
    byname = {x["name"]: x for x in rows}
    r.same(byname["资助作品登记件数"]["actual"].rstrip("件"), reg, "资助件数 table vs text", "元", "元")
    r.rate_check(byname["网络侵权线索处置率"]["actual"], dec(done), dec(clues), "线索处置率")
    r.same(byname["全市作品登记量增长率"]["actual"], growth, "增长率 table vs text", "%", "%")
    r.same(byname["资助对象满意度"]["actual"], sat, "满意度 table vs text", "%", "%")
    r.same(byname["一般作品单件资助标准"]["actual"].rstrip("元"), p1, "单件资助标准 table vs text", "元", "元")
    tot, e_s, o_s, b_s, s_s, word = one(t, r"本项目2022年度得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，综合评定等级为(\S)")
    r.same(e_s, f[6], "执行得分 text vs table", "元", "元")
    check_totals(r, f[4], f[6], rows, total[6], [total[7], tot],
                 level_scores={"产出指标": o_s, "效益指标": b_s, "满意度指标": s_s})
    r.grade_check(tot, word, "grade")
    # years
    r.year_check(one(t, r"^\S+\n(\d{4})年度项目支出绩效自评报告", re.M)[0] == str(Y), "title year")
    r.year_check(one(t, r"(\d{4})年年初批复项目预算")[0] == str(Y), "budget year")
    r.year_check(one(t, r"附件：项目支出绩效自评表（(\d{4})年度）")[0] == str(Y), "table year")
    r.year_check(int(one(t, r"已于(\d{4})年1月由市财政统一收回")[0]) > Y, "balance returned after the year")
    return r


def p_foshan(t):
    r = Res()
    Y = 2020
    yb, ini, last = one(t, r"(\d{4})年初，市财政批复本项目预算([\d.]+)万元（2019年同为([\d.]+)万元）")
    r.year_check(yb == str(Y), "budget sentence year")
    cut, ann = one(t, r"9月调减([\d.]+)万元，全年预算调整为([\d.]+)万元，资金全部到位")
    r.sum_check([(ann, "万元"), (cut, "万元")], (ini, "万元"), "全年预算 + 调减 = 年初预算")
    spent, rate, last_rate, bal = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+%)（上年为([\d.]+%)），结余([\d.]+)万元")
    r.rate_check(rate, dec(spent), dec(ann), "执行率 (text)")
    r.balance_check(bal, dec(ann), dec(spent), "结余 = 全年预算(全部到位) − 支出")
    c1, c2, c3 = one(t, r"编校和印刷质量检测费([\d.]+)万元，专家审读劳务费([\d.]+)万元，样品购置费([\d.]+)万元")
    r.sum_check([(c1, "万元"), (c2, "万元"), (c3, "万元")], (spent, "万元"), "支出构成之和")
    parts = []
    for label, pat in (("图书", r"其中图书(\d+)种、每种(\d+)元，计([\d.]+)(万元|元)"),
                       ("期刊", r"期刊(\d+)种、每种(\d+)元，计([\d.]+)(万元|元)"),
                       ("内部资料", r"内部资料性出版物(\d+)种、每种(\d+)元，计([\d.]+)(万元|元)"),
                       ("印刷品", r"印刷品(\d+)批次、每批次(\d+)元，计([\d.]+)(万元|元)")):
        n, p, m, u = one(t, pat)
        r.product_check(n, (p, "元"), (m, u), f"{label} 检测费")
        parts.append((n, p, m, u))
    r.sum_check([(m, u) for _, _, m, u in parts], (c1, "万元"), "检测费之和")
    tot_n, b, j, nz, y = one(t, r"共完成抽查出版物及印刷品(\d+)种（批），其中图书(\d+)种、期刊(\d+)种、内部资料性出版物(\d+)种、印刷品(\d+)批次")
    r.sum_check([(b, "元"), (j, "元"), (nz, "元"), (y, "元")], (tot_n, "元"), "抽查数量之和")
    for (n, _, _, _), n2, label in zip(parts, (b, j, nz, y), ("图书", "期刊", "内部资料", "印刷品")):
        r.same(n, n2, f"{label} 抽查数量 funds vs 实施", "元", "元")
    base, ok_n, ok_rate, ob, oj, onz, oy = one(t, r"(\d+)种（批）出版物和印刷品中合格(\d+)种（批），合格率([\d.]+%)，其中图书合格(\d+)种，期刊合格(\d+)种，内部资料合格(\d+)种，印刷品合格(\d+)批次")
    r.same(base, tot_n, "抽查总量 两处", "元", "元")
    r.sum_check([(ob, "元"), (oj, "元"), (onz, "元"), (oy, "元")], (ok_n, "元"), "合格数量之和")
    r.rate_check(ok_rate, dec(ok_n), dec(tot_n), "合格率")
    bad, fixed, fix_rate, rest = one(t, r"(\d+)种（批）不合格出版物中(\d+)种已整改到位，整改率([\d.]+%)，其余(\d+)种")
    r.sum_check([(ok_n, "元"), (bad, "元")], (tot_n, "元"), "合格 + 不合格 = 抽查总量")
    r.sum_check([(fixed, "元"), (rest, "元")], (bad, "元"), "整改 + 其余 = 不合格")
    r.rate_check(fix_rate, dec(fixed), dec(bad), "整改率")
    units = re.findall(r"(?:共对|被抽查单位|向)(\d+)家", t)
    review, = one(t, r"复核差错率为([\d.]+%)")
    wexec, wout, wben, wsat = one(t, r"预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分")
    qual_score, = one(t, r"该项仅得(\d+)分")
    tot_text, word = one(t, r"项目自评得分(\d+)分，等级为(\S)")
    # table
    rows, ex, total = [], None, None
    for line in t.splitlines():
        c = line.split("\t")
        if len(c) < 7:
            continue
        if c[0] == "预算执行率":
            ex = c
        elif c[0] in ("产出指标", "效益指标", "满意度指标"):
            rows.append(dict(level1=c[0], name=c[2], target=c[3], actual=c[4], completion=None, weight=c[5],
                             score=c[6]))
        elif c[0] == "合计":
            total = c
    r.rate_check(ex[4], dec(spent), dec(ann), "执行率 (table)")
    r.same(ex[4], rate, "执行率 table vs text", "%", "%")
    exec_score_rule(r, ex[5], ex[6], ex[4], dec(spent), dec(ann))
    check_rows(r, rows)
    byname = {x["name"]: x for x in rows}
    for u in units:
        r.same(u, byname["被抽查单位数"]["actual"].rstrip("家"), "被抽查单位数 text vs table", "元", "元")
    r.same(tot_n, byname["抽查出版物及印刷品种（批）数"]["actual"].replace("种（批）", ""), "抽查总量 text vs table", "元", "元")
    r.same(review, byname["检测报告复核差错率"]["actual"], "复核差错率 text vs table", "%", "%")
    r.same(ok_rate, byname["本地出版物抽查合格率"]["actual"], "合格率 text vs table", "%", "%")
    r.same(fix_rate, byname["不合格出版物整改率"]["actual"], "整改率 text vs table", "%", "%")
    r.same(qual_score, byname["质量抽查常态化机制"]["score"], "定性指标得分 text vs table", "元", "元")
    r.same(parts[0][1], byname["图书单种检测费用"]["actual"].rstrip("元"), "图书检测单价 text vs table", "元", "元")
    r.add("weight_sum_mismatch", dec(ex[5]) == dec(wexec), "执行率分值 text vs table")
    check_totals(r, ex[5], ex[6], rows, total[5], [total[6], tot_text],
                 level_weights={"产出指标": wout, "效益指标": wben, "满意度指标": wsat})
    r.grade_check(tot_text, word, "grade")
    r.year_check(one(t, r"^\S+\n(\d{4})年度项目支出绩效自评报告", re.M)[0] == str(Y), "title year")
    r.year_check(one(t, r"截至(\d{4})年12月31日")[0] == str(Y), "截至 year")
    for x in rows:
        for v in (x["target"], x["actual"]):
            m = DATE_RE.match(v)
            if m:
                r.year_check(int(m.group(1)) == Y, f"{x['name']}: date in the evaluation year")
    return r


def p_yudu(t):
    r = Res()
    Y = 2021
    prov, cnty, cy, carry, ann = one(t, r"年初安排省级补助资金([\d.]+)万元和县级配套资金([\d.]+)万元，另有(\d{4})年结转资金([\d.]+)万元，全年预算([\d.]+)万元")
    r.sum_check([(prov, "万元"), (cnty, "万元"), (carry, "万元")], (ann, "万元"), "省级 + 县级 + 结转 = 全年预算")
    r.year_check(int(cy) == Y - 1, "carry-over comes from the previous year")
    spent, rate, bal, to_year = one(t, r"全年支出([\d.]+)万元，执行率([\d.]+%)，未使用的([\d.]+)万元[^。]*?结转至(\d{4})年")
    r.rate_check(rate, dec(spent), dec(ann), "执行率 (text)")
    r.balance_check(bal, dec(ann), dec(spent), "未使用 = 全年预算 − 支出")
    r.year_check(int(to_year) > Y, "carried over to a later year")
    funds, exp, rows, total = {}, [], [], None
    for line in t.splitlines():
        c = re.split(r" {2,}", line.strip())
        if len(c) == 7 and c[0] in ("省级补助资金", "县级配套资金", "上年结转资金", "合计"):
            funds[c[0]] = c
        elif len(c) == 2 and re.fullmatch(r"[\d.]+", c[1]):
            exp.append(c)
        elif len(c) == 8 and c[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"):
            rows.append(dict(level1=c[0], name=c[2], target=c[3], actual=c[4], completion=c[5], weight=c[6],
                             score=c[7]))
        elif len(c) == 3 and c[0] == "合计":
            total = c
    names = ("省级补助资金", "县级配套资金", "上年结转资金")
    for name in names + ("合计",):
        c = funds[name]
        r.balance_check(c[4], dec(c[2]), dec(c[3]), f"{name} 结余 = 到位 − 执行")
        r.rate_check(c[5], dec(c[2]), dec(c[1]), f"{name} 到位率")
        r.rate_check(c[6], dec(c[3]), dec(c[1]), f"{name} 执行率")
        r.add("implausible_rate", dec(c[6]) <= 100 and dec(c[5]) <= 100, f"{name} rates ≤ 100%")
    for col in range(1, 5):
        r.sum_check([(funds[n][col], "万元") for n in names], (funds["合计"][col], "万元"), f"资金表第{col}列合计")
    for a, b, label in ((funds["省级补助资金"][1], prov, "省级"), (funds["县级配套资金"][1], cnty, "县级"),
                        (funds["上年结转资金"][1], carry, "结转"), (funds["合计"][1], ann, "全年预算"),
                        (funds["合计"][3], spent, "执行数"), (funds["合计"][4], bal, "结余")):
        r.same(a, b, f"{label} table vs text")
    r.same(funds["合计"][6], rate, "执行率 table vs text", "%", "%")
    exp_total = [c for c in exp if c[0] == "合计"][0]
    r.sum_check([(c[1], "万元") for c in exp if c[0] != "合计"], (exp_total[1], "万元"), "支出明细合计")
    r.same(exp_total[1], spent, "支出明细合计 vs 执行数")
    sub = [c for c in exp if c[0].startswith("站点运行补助")][0]
    n, p = one(sub[0], r"（(\d+)个×(\d+)元）")
    r.product_check(n, (p, "元"), (sub[1], "万元"), "站点运行补助 = 个数 × 标准")
    ok_n, ok_rate = one(t, r"(\d+)个站点“五有”全部达标，\d+个新设村级站点[^。]*?达标率([\d.]+%)")
    sites, patrols, avg = one(t, r"全县(\d+)个基层站点全年共开展出版物市场巡查(\d+)次，平均每个站点(\d+)次")
    r.rate_check(ok_rate, dec(ok_n), dec(sites), "五有达标率")
    r.average_check([dec(patrols) / dec(sites)], avg, "平均每站巡查次数")
    r.same(sites, n, "站点数 text vs 支出明细", "元", "元")
    schools, = one(t, r"“护苗”宣传进校园(\d+)场")
    aware, = one(t, r"举报渠道知晓率([\d.]+%)")
    sat, = one(t, r"群众满意度为([\d.]+%)")
    hang_m, hang_d = one(t, r"35个站点于2021年(\d+)月(\d+)日全部挂牌")
    ex = rows[0]
    rows = rows[1:]
    r.rate_check(ex["actual"], dec(spent), dec(ann), "执行率 (indicator table)")
    r.same(ex["actual"], rate, "执行率 indicator table vs text", "%", "%")
    r.rate_check(ex["completion"], dec(spent), dec(ann), "执行率完成率", code="completion_mismatch")
    exec_score_rule(r, ex["weight"], ex["score"], ex["actual"], dec(spent), dec(ann))
    check_rows(r, rows)
    byname = {x["name"]: x for x in rows}
    r.same(byname["规范化基层站点数"]["actual"].rstrip("个"), sites, "站点数 table vs text", "元", "元")
    r.same(byname["出版物市场巡查次数"]["actual"].rstrip("次"), patrols, "巡查次数 table vs text", "元", "元")
    r.same(byname["“护苗”宣传进校园场次"]["actual"].rstrip("场"), schools, "护苗场次 table vs text", "元", "元")
    r.same(byname["站点“五有”达标率"]["actual"], ok_rate, "五有达标率 table vs text", "%", "%")
    r.same(byname["群众举报渠道知晓率"]["actual"], aware, "知晓率 table vs text", "%", "%")
    r.same(byname["群众满意度"]["actual"], sat, "满意度 table vs text", "%", "%")
    r.same(byname["单个站点年运行补助"]["actual"].rstrip("元"), p, "运行补助标准 table vs 支出明细", "元", "元")
    r.add("conflicting_values", byname["站点挂牌完成时间"]["actual"] == f"{Y}年{hang_m}月{hang_d}日", "挂牌日期 table vs text")
    tot_text, word = one(t, r"自评表得分合计(\d+)分，等级为(\S)")
    check_totals(r, ex["weight"], ex["score"], rows, total[1], [total[2], tot_text])
    r.grade_check(tot_text, word, "grade")
    r.year_check(one(t, r"^于都县(\d{4})年度", re.M)[0] == str(Y), "title year")
    r.year_check(int(one(t, r"^（(\d{4})年\d+月）", re.M)[0]) >= Y, "report date")
    for x in rows:
        for v in (x["target"], x["actual"]):
            m = DATE_RE.match(v)
            if m:
                r.year_check(int(m.group(1)) == Y, f"{x['name']}: date in the evaluation year")
    return r


def p_tongwei(t):
    r = Res()
    Y = 2023
    c_pp, p_pp, tot_pp, tot_u, n, fund, cen, pro = one(t, r"中央补助每个书屋(\d+)元、省级补助(\d+)元，合计每个书屋(\d+)(元|万元)，(\d+)个书屋共([\d.]+)万元，其中中央资金([\d.]+)万元、省级资金([\d.]+)万元")
    r.sum_check([(c_pp, "元"), (p_pp, "元")], (tot_pp, tot_u), "每个书屋 中央 + 省级 = 合计标准")
    r.product_check(n, (tot_pp, tot_u), (fund, "万元"), "书屋数 × 每屋标准")
    r.product_check(n, (c_pp, "元"), (cen, "万元"), "中央资金 = 书屋数 × 1500元")
    r.product_check(n, (p_pp, "元"), (pro, "万元"), "省级资金 = 书屋数 × 500元")
    r.sum_check([(cen, "万元"), (pro, "万元")], (fund, "万元"), "中央 + 省级")
    ay, am, by = one(t, r"由省财政于(\d{4})年(\d+)月提前下达，列入(\d{4})年年初预算")
    r.year_check(int(ay) == Y - 1 and int(am) == 12 and int(by) == Y, "advance issued in the December before the year")
    add, ann = one(t, r"县财政追加数字农家书屋运维和阅读活动经费([\d.]+)万元，全年预算([\d.]+)万元")
    r.sum_check([(fund, "万元"), (add, "万元")], (ann, "万元"), "年初 + 追加 = 全年预算")
    yy, spent, rate = one(t, r"截至(\d{4})年12月31日，项目支出([\d.]+)万元，预算执行率([\d.]+%)")
    r.year_check(int(yy) == Y, "截至 year")
    r.rate_check(rate, dec(spent), dec(ann), "执行率")
    up, up_rate, cty, cty_rate, bal, to_year = one(t, r"其中中央和省级资金([\d.]+)万元全部用于出版物采购，执行率(\d+%)；县级追加资金支出([\d.]+)万元，执行率([\d.]+%)，结余([\d.]+)万元为阅读活动尾款，结转至(\d{4})年")
    r.same(up, fund, "中央和省级资金 63.2 vs 63.20")
    r.rate_check(up_rate, dec(up), dec(fund), "中央和省级执行率")
    r.rate_check(cty_rate, dec(cty), dec(add), "县级执行率")
    r.sum_check([(up, "万元"), (cty, "万元")], (spent, "万元"), "分来源支出之和")
    r.balance_check(bal, dec(add), dec(cty), "县级结余")
    r.balance_check(bal, dec(ann), dec(spent), "项目结余")
    r.year_check(int(to_year) > Y, "carried over to a later year")
    books, avg, last_avg = one(t, r"补充图书(\d+)册，平均每个书屋(\d+)册（2022年为(\d+)册）")
    r.average_check([dec(books) / dec(n)], avg, "平均每屋补充册数")
    k = one(t, r"政治理论类(\d+)册、农业科技类(\d+)册、少儿读物(\d+)册、文学及生活类(\d+)册")
    r.sum_check([(x, "元") for x in k], (books, "元"), "分类册数之和")
    min_books, = one(t, r"每个书屋补充图书不少于(\d+)册")
    ap1, = one(t, r"新开通数字农家书屋接入点(\d+)个")
    ap2, = one(t, r"(\d+)个数字接入点累计访问")
    r.same(ap1, ap2, "数字接入点个数 两处", "元", "元")
    m_t, m_a = one(t, r"需求匹配率”目标为不低于(\d+)%，据书屋管理员回访统计为([\d.]+)%")
    late, = one(t, r"较计划推迟(\d+)天")
    b_a, b_last, b_t = one(t, r"借阅量([\d.]+)万人次（2022年为([\d.]+)万人次），年度目标为不低于([\d.]+)万人次")
    sat, sat_t = one(t, r"满意度为([\d.]+)%，年度目标为不低于(\d+)%")
    r.add("implausible_rate", D(0) <= dec(sat) <= 100, "满意度 ≤ 100%")
    w = one(t, r"评分体系满分(\d+)分：预算执行率(\d+)分；产出指标(\d+)分，其中数量指标(\d+)分、质量指标(\d+)分、时效指标(\d+)分、成本指标(\d+)分；效益指标(\d+)分，其中社会效益指标(\d+)分、可持续影响指标(\d+)分；满意度指标(\d+)分")
    W = dict(zip(["total", "exec", "out", "qty", "qlt", "time", "cost", "ben", "soc", "sus", "sat"], [dec(x) for x in w]))
    s = one(t, r"预算执行率得([\d.]+)分；产出指标得([\d.]+)分，其中数量指标得([\d.]+)分、质量指标得([\d.]+)分、时效指标得([\d.]+)分、成本指标得([\d.]+)分；效益指标得([\d.]+)分，其中社会效益指标得([\d.]+)分、可持续影响指标得([\d.]+)分；满意度指标得([\d.]+)分")
    S = dict(zip(["exec", "out", "qty", "qlt", "time", "cost", "ben", "soc", "sus", "sat"], s))
    tot, word = one(t, r"各项合计([\d.]+)分，等级为(\S)")
    r.add("weight_sum_mismatch", W["qty"] + W["qlt"] + W["time"] + W["cost"] == W["out"], "产出二级权重之和")
    r.add("weight_sum_mismatch", W["soc"] + W["sus"] == W["ben"], "效益二级权重之和")
    r.add("weight_sum_mismatch", W["exec"] + W["out"] + W["ben"] + W["sat"] == W["total"] == 100, "一级权重之和")
    r.add("weight_sum_mismatch", W["exec"] + W["qty"] + W["qlt"] + W["time"] + W["cost"] + W["soc"] + W["sus"] + W["sat"] == 100, "全部末级权重之和")
    for key in S:
        r.add("score_exceeds_weight", D(0) <= dec(S[key]) <= W[key], f"{key} score ≤ weight")
    r.add("score_sum_mismatch", close(S["out"], sum(dec(S[k]) for k in ("qty", "qlt", "time", "cost"))), "产出二级得分之和")
    r.add("score_sum_mismatch", close(S["ben"], dec(S["soc"]) + dec(S["sus"])), "效益二级得分之和")
    r.add("score_sum_mismatch", close(tot, sum(dec(S[k]) for k in ("exec", "out", "ben", "sat"))), "一级得分之和 = 合计")
    r.add("score_sum_mismatch", close(tot, sum(dec(S[k]) for k in ("exec", "qty", "qlt", "time", "cost", "soc", "sus", "sat"))), "末级得分之和 = 合计")
    r.grade_check(tot, word, "grade")
    # scoring rules (warnings)
    warn = lambda ok, msg: r.add("score_rule_mismatch", ok, msg, sev="warning")
    warn(close(S["exec"], W["exec"] * min(dec(spent) / dec(ann), D(1))), "执行率得分")
    warn(close(S["qty"], W["qty"]) and dec(avg) >= dec(min_books), "数量指标满分")
    warn(close(S["qlt"], W["qlt"] * min(dec(m_a) / dec(m_t), D(1))), "质量指标按比例")
    warn(close(S["time"], W["time"] - dec(late) / 20), "时效指标每推迟20天扣1分")
    warn(close(S["soc"], W["soc"] * min(dec(b_a) / dec(b_t), D(1))), "社会效益按比例")
    warn(W["sus"] * D("0.8") <= dec(S["sus"]) <= W["sus"], "可持续影响 达成档")
    warn(close(S["sat"], W["sat"] * min(dec(sat) / dec(sat_t), D(1))), "满意度按比例")
    r.year_check(one(t, r"^通渭县(\d{4})年农家书屋", re.M)[0] == str(Y), "title year")
    r.year_check(int(one(t, r"\n(\d{4})年\d+月\d+日\s*$")[0]) > Y, "report dated after the year")
    return r


def p_meitan(t):
    r = Res()
    Y = 2018
    ini, = one(t, r"县财政年初安排本项目预算([\d.]+)万元，年中未作调整")
    contract, paid, left = one(t, r"采购合同总价([\d.]+)万元，全年实际支付([\d.]+)万元，未支付的([\d.]+)万元")
    r.same(contract, paid, "合同总价 = 支付")
    r.balance_check(left, dec(ini), dec(paid), "未支付 = 预算 − 支付")
    m = one(t, r"正版操作系统(\d+)套，单价(\d+)元，计([\d.]+)(万元|元)；正版办公软件(\d+)套，单价(\d+)元，计([\d.]+)(万元|元)；杀毒软件(\d+)点，单价(\d+)元，计([\d.]+)(万元|元)；部署安装及培训服务([\d.]+)万元")
    os_n, os_p, os_m, os_u, of_n, of_p, of_m, of_u, av_n, av_p, av_m, av_u, svc = m
    r.product_check(os_n, (os_p, "元"), (os_m, os_u), "操作系统")
    r.product_check(of_n, (of_p, "元"), (of_m, of_u), "办公软件")
    r.product_check(av_n, (av_p, "元"), (av_m, av_u), "杀毒软件")
    r.sum_check([(os_m, os_u), (of_m, of_u), (av_m, av_u), (svc, "万元")], (contract, "万元"), "合同价款构成之和")
    units = re.findall(r"(?:共|完成|向)(\d+)家单位", t)
    tot_text_y, tot_text, word = one(t, r"本项目(\d{4})年度自评得分([\d.]+)分，评价等级为“(\S)”")
    rows, funds, total, header = [], {}, None, None
    for line in t.splitlines():
        if not line.startswith("|"):
            continue
        c = [x.strip() for x in line.strip().strip("|").split("|")]
        if c[0] == "项目名称":
            header = c
        elif c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[c[0]] = c
        elif c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 8:
            rows.append(dict(level1=c[0], name=c[2], target=c[3], actual=c[4], completion=None, weight=c[5],
                             score=c[6]))
        elif c[0] == "总分":
            total = c
    f = funds["年度资金总额"]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        r.sum_check([(funds[k][col], "万元") for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                    (f[col], "万元"), f"资金总额 {label} = 分项之和")
    r.same(f[1], ini, "年初预算 table vs text")
    r.same(f[2], ini, "未作调整: 全年预算 = 年初预算")
    r.same(f[3], paid, "执行数 table vs text")
    r.rate_check(f[5], dec(f[3]), dec(f[2]), "执行率 (table)")
    r.add("implausible_rate", dec(f[5]) <= 100, "执行率 ≤ 100%")
    exec_score_rule(r, f[4], f[6], f[5], dec(f[3]), dec(f[2]))
    check_rows(r, rows)
    byname = {x["name"]: x for x in rows}
    r.same(byname["采购正版操作系统"]["actual"].rstrip("套"), os_n, "操作系统套数 table vs text", "元", "元")
    r.same(byname["采购正版办公软件"]["actual"].rstrip("套"), of_n, "办公软件套数 table vs text", "元", "元")
    cost = parse_value(byname["采购总成本"]["target"])
    r.same(cost[4], ini, "成本上限 = 预算")
    r.same(byname["采购总成本"]["actual"].rstrip("万元"), paid, "采购总成本 table vs text")
    for u in units:
        r.same(u, byname["完成正版化装机单位"]["actual"].rstrip("家"), "单位数 text vs table", "元", "元")
        r.same(u, byname["完成正版化装机单位"]["target"].lstrip("≥").rstrip("家"), "单位数 text vs target", "元", "元")
    check_totals(r, f[4], f[6], rows, total[5], [total[6], tot_text])
    r.grade_check(tot_text, word, "grade")
    r.year_check(one(t, r"集中采购项目(\d{4})年度绩效自评报告")[0] == str(Y), "title year")
    r.year_check(one(header[3], r"(\d{4})年度")[0] == str(Y), "table year")
    r.year_check(tot_text_y == str(Y), "conclusion year")
    r.year_check(int(one(t, r"\n(\d{4})年\d+月\d+日\s*$")[0]) > Y, "report dated after the year")
    for x in rows:
        for v in (x["target"], x["actual"]):
            mm = DATE_RE.match(v)
            if mm:
                r.year_check(int(mm.group(1)) == Y, f"{x['name']}: date in the evaluation year")
    return r


PROJECTS = {
    "js-changshu-banquanzizhu-2022": p_changshu,
    "gd-foshan-chubanwuchoucha-2020": p_foshan,
    "jx-yudu-saohuangdafei-2021": p_yudu,
    "gs-tongwei-nongjiashuwu-2023": p_tongwei,
    "gz-meitan-zhengbanhua-2018": p_meitan,
}

# ------------------------------------------------------------------------------------------ main


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # [p, end_a) in a, [p, end_b) in b


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(x["case"] for x in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES13}
    n_checks = 0
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        pid = rec["source"]
        if not 2800 <= len(text) <= 3400 + 20:
            problems.append(f"{rec['case']}: length {len(text)} outside 2800–3400")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
        else:
            if len(rec["expected"]) != 1:
                problems.append(f"{rec['case']}: expected exactly one label")
            clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
            p, end_c, end_e = diff_region(clean, text)
            if end_e <= p and end_c <= p:
                problems.append(f"{rec['case']}: identical to its clean draft")
            if end_e - p > 12 or end_c - p > 12:
                problems.append(f"{rec['case']}: changed region too long ({clean[p:end_c]!r} -> {text[p:end_e]!r})")
            for lab in rec["expected"]:
                if lab["code"] not in CODES13 or lab["severity"] != "error":
                    problems.append(f"{rec['case']}: unexpected code/severity {lab['code']}/{lab['severity']}")
                counts[lab["code"]] = counts.get(lab["code"], 0) + 1
                v = lab["value"]
                occ = [m.start() for m in re.finditer(re.escape(v), text)]
                if len(occ) != 1:
                    problems.append(f"{rec['case']}: label value occurs {len(occ)} times: {v!r}")
                if not any(o < max(end_e, p + 1) and o + len(v) > p for o in occ):
                    problems.append(f"{rec['case']}: label value does not overlap the change")
        try:
            res = PROJECTS[pid](text)
        except Exception as e:  # noqa
            problems.append(f"{rec['case']}: extraction failed: {e}")
            continue
        n_checks += len(res.items)
        failed = [(c, m, sev) for c, ok, m, sev in res.items if not ok]
        if rec["clean"]:
            for c, m, sev in failed:
                problems.append(f"{rec['case']}: clean draft fails {c} ({sev}): {m}")
        else:
            want = {lab["code"] for lab in rec["expected"]}
            err_failed = {c for c, m, sev in failed if sev == "error"}
            if not want <= err_failed:
                problems.append(f"{rec['case']}: labelled {sorted(want)} but no such check fails")
            extra = [(c, m) for c, m, sev in failed if sev == "error" and c not in want]
            for c, m in extra:
                problems.append(f"{rec['case']}: unlabelled error-level failure {c}: {m}")
    for c in CODES13:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run")
    print("labels per code: " + ", ".join(f"{c}={counts[c]}" for c in CODES13))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
