#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels.jsonl: one line per case, values occur in their case, every code of errors.md §A 1-13 used >= 2 times.
2. Each error case differs from its clean draft in one contiguous place that overlaps the label value; the changed
   figure occurs only once in the clean draft (twice for conflicting_values).
3. The arithmetic of every draft is redone by a per-project checker (Decimal, tolerance of rules.md §8):
   clean drafts must pass every check; an error case must fail the labelled code and no other error-level code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
]
EPS = D("0.000000001")
NUM = r"\d[\d,]*(?:\.\d+)?"


# ----------------------------------------------------------------------------------------------- numbers
def N(s):
    return D(str(s).replace(",", "").strip())


def dp(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules §8: stated value v with d decimals is consistent with c iff |c - v| <= 0.5 * 10^-d."""
    return abs(D(computed) - N(stated)) <= D("0.5") * (D(10) ** -dp(stated)) + EPS


def same(a, b):
    """two stated figures of one quantity agree (within the coarser of their decimals)."""
    d = min(dp(a), dp(b))
    return abs(N(a) - N(b)) <= D("0.5") * (D(10) ** -d) + EPS


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = N(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def grade_norm(g):
    g = g.strip("“”\"' ")
    for k, vs in {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                  "差": ("差", "较差", "不合格")}.items():
        if g in vs:
            return k
    raise ParseError(f"unknown grade {g!r}")


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []   # (code, message) error-level
        self.warns = []   # (code, message) warnings (score_rule_mismatch)

    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0].groups()

    def all(self, pat):
        return [m.groups() for m in re.finditer(pat, self.t)]

    def line(self, start):
        ls = [l for l in self.t.split("\n") if l.startswith(start)]
        if len(ls) != 1:
            raise ParseError(f"line starting {start!r} found {len(ls)} times")
        return ls[0]

    def check(self, code, ok, msg):
        if not ok:
            self.fails.append((code, msg))

    def warn(self, code, ok, msg):
        if not ok:
            self.warns.append((code, msg))

    # --- composite checks
    def eq(self, a, b, what):
        self.check("conflicting_values", same(a, b), f"{what}: {a} vs {b}")

    def rate(self, stated, num, den, what, code="rate_mismatch"):
        den = N(den)
        if den == 0:
            self.check("implausible_rate", str(stated).strip() in ("—", "-", "0", "0%", ""),
                       f"{what}: rate {stated} on a zero base")
            return
        if not re.fullmatch(NUM + "%?", str(stated).strip()):
            return  # no rate printed: a missing figure, not an arithmetic error
        c = N(num) / den * 100
        self.check(code, close(str(stated).rstrip("%"), c), f"{what}: stated {stated}, computed {c:.4f}%")
        if N(str(stated).rstrip("%")) > 100 and c > 100:
            self.fails.append(("implausible_rate", f"{what}: rate {stated} above 100%"))

    def money(self, code, fn, vals, what):
        """an amount identity; if it fails but holds after rescaling ONE amount by 10^4, it is a unit error."""
        v = {k: N(x) if not isinstance(x, D) else x for k, x in vals.items()}
        if fn(v):
            return
        for k in v:
            for f in (D(10000), D(1) / D(10000)):
                w = dict(v)
                w[k] = v[k] * f
                if fn(w):
                    self.fails.append(("unit_mismatch", f"{what}: {k}={vals[k]} off by 10^4"))
                    return
        self.fails.append((code, f"{what}: {vals}"))

    def upper(self, value, what):
        self.check("implausible_rate", N(value) <= 100, f"{what}: {value}% above 100%")

    def not_above(self, score, weight, what):
        self.check("score_exceeds_weight", D(0) <= N(score) <= N(weight), f"{what}: score {score} vs weight {weight}")


def sum_ok(stated_key, part_keys):
    def fn(v):
        total = sum((v[k] for k in part_keys), D(0))
        return abs(v[stated_key] - total) <= D("0.005") + EPS
    return fn


# ----------------------------------------------------------------------------------------------- years
def year_checks(c):
    y = c.year
    head = "\n".join(c.t.strip().split("\n")[:3])
    c.check("year_mismatch", f"{y}年" in head, f"title does not name {y}")
    for (yy,) in c.all(r"结转(?:至)?(\d{4})年"):
        c.check("year_mismatch", int(yy) > y, f"carry-over into {yy} in the {y} report")
    for (yy,) in c.all(r"截至(\d{4})年12月31日"):
        c.check("year_mismatch", int(yy) == y, f"position as of {yy}-12-31 in the {y} report")
    for (yy, mm) in c.all(r"(\d{4})年(\d{1,2})月提前下达"):
        c.check("year_mismatch", int(yy) == y or (int(yy) == y - 1 and int(mm) == 12), f"advance {yy}-{mm}")
    m = re.search(r"(\d{4})年\d{1,2}月\d{1,2}日\s*$", c.t)
    if m:
        c.check("year_mismatch", int(m.group(1)) in (y, y + 1), f"report dated {m.group(1)}")


# ----------------------------------------------------------------------------------------------- indicators
DATE_RE = re.compile(r"\d{4}年\d{1,2}月")


def parse_target(s):
    s = s.strip()
    if DATE_RE.search(s):
        return None
    m = re.match(r"^(≥|≤|＞|＜|>=|<=)?\s*(" + NUM + r")\s*(\S*)$", s)
    if not m:
        return None
    d = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", None: "eq"}[m.group(1)]
    return d, m.group(2), m.group(3)


def parse_actual(s):
    s = s.strip()
    if DATE_RE.search(s):
        return None
    m = re.match(r"^(约|近)?(" + NUM + r")(?:[～~](" + NUM + r"))?\s*(\S*)$", s)
    if not m:
        return None
    return m.group(2), (m.group(3) or m.group(2)), m.group(4), bool(m.group(1))


RATE_WORDS = ("率", "满意度")


def indicator_row(c, row, what):
    """row: dict name, target, actual, weight, score, completion (str or None)."""
    c.not_above(row["score"], row["weight"], what)
    t = parse_target(row["target"])
    a = parse_actual(row["actual"])
    if t is None or a is None:
        return  # qualitative or date row: only score <= weight is arithmetic
    direction, tv, tunit = t
    lo, hi, aunit, approx = a
    if tunit != aunit:
        c.fails.append(("unit_mismatch", f"{what}: target unit {tunit!r}, actual unit {aunit!r}"))
        return
    if aunit == "%" and any(w in row["name"] for w in RATE_WORDS):
        c.upper(hi, what + " actual")
    T, A = N(tv), N(lo if direction != "lte" else hi)
    if direction == "lte":
        comp = D(100) if A <= T else T / A * 100
    else:
        comp = A / T * 100 if T != 0 else (D(100) if A <= 0 else D(0))
    if row.get("completion") not in (None, "—", ""):
        st = row["completion"].rstrip("%")
        if not approx:
            c.check("completion_mismatch", close(st, comp), f"{what}: completion {row['completion']} vs {comp:.4f}")
    # scoring rule (warning level, rules §5)
    w = N(row["weight"])
    exp = w * min(comp, D(100)) / 100
    alts = [exp]
    if row.get("completion") not in (None, "—", ""):
        alts.append(w * min(N(row["completion"].rstrip("%")), D(100)) / 100)
    c.warn("score_rule_mismatch", any(close(row["score"], x) for x in alts),
           f"{what}: score {row['score']} vs rule {exp:.4f}")


def table_rows(c, header_start, end_start, sep, ncols):
    lines = c.t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        raise ParseError(f"header {header_start!r} x{len(idx)}")
    rows, end = [], None
    for l in lines[idx[0] + 1:]:
        if l.startswith(end_start):
            end = l.split(sep)
            break
        cells = l.split(sep)
        if len(cells) != ncols:
            raise ParseError(f"row with {len(cells)} cells: {l!r}")
        rows.append(cells)
    if end is None:
        raise ParseError("table end not found")
    return rows, end


# ----------------------------------------------------------------------------------------------- projects
def jx_xiangdong(c):
    year_checks(c)
    F = {}
    for key, start in (("tot", "年度资金总额｜"), ("fis", "其中：当年财政拨款｜"), ("car", "上年结转资金｜"),
                       ("oth", "其他资金｜")):
        cells = c.line(start).split("｜")
        F[key] = cells[1:]  # 年初, 全年, 执行, 分值, 执行率, 得分
    for col, nm in ((0, "年初"), (1, "全年"), (2, "执行")):
        c.money("sum_mismatch", sum_ok("t", ["a", "b", "x"]),
                {"t": F["tot"][col], "a": F["fis"][col], "b": F["car"][col], "x": F["oth"][col]}, f"funds {nm}")
    for key in F:
        c.rate(F[key][4], F[key][2], F[key][1], f"funds row {key}")
    c.warn("score_rule_mismatch", close(F["tot"][5], N(F["tot"][3]) * min(N(F["tot"][2]) / N(F["tot"][1]), D(1))),
           "execution score")
    # indicator table
    rows, end = table_rows(c, "一级指标｜二级指标｜三级指标", "总分｜", "｜", 8)
    R = []
    for r in rows:
        row = dict(l1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6], completion=None, note=r[7])
        indicator_row(c, row, r[2])
        R.append(row)
    wsum = N(F["tot"][3]) + sum(N(r["weight"]) for r in R)
    c.check("weight_sum_mismatch", wsum == N(end[5]) == 100, f"weights {wsum} vs stated {end[5]}")
    ssum = N(F["tot"][5]) + sum(N(r["score"]) for r in R)
    c.check("score_sum_mismatch", close(end[6], ssum), f"scores {ssum} vs stated {end[6]}")
    ex, out, ben, sat, tot, grade = c.one(
        r"预算执行指标得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得("
        + NUM + r")分，自评得分(" + NUM + r")分，等级为(.)")
    c.eq(ex, F["tot"][5], "execution score text/table")
    for sub, l1 in ((out, "产出指标"), (ben, "效益指标"), (sat, "满意度指标")):
        s = sum(N(r["score"]) for r in R if r["l1"] == l1)
        c.check("score_sum_mismatch", close(sub, s), f"{l1} subtotal {sub} vs rows {s}")
    c.check("score_sum_mismatch", close(tot, N(ex) + N(out) + N(ben) + N(sat)), "text parts vs text total")
    c.eq(tot, end[6], "total text/table")
    c.check("grade_mismatch", grade_norm(grade) == band(tot), f"grade {grade} for {tot}")
    # prose funds
    a0, a1, a2 = c.one(r"项目年初预算(" + NUM + r")万元，其中区级财政安排(" + NUM + r")万元，区城投公司配套资金(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": a0, "a": a1, "b": a2}, "initial budget split")
    c.eq(a0, F["tot"][0], "initial budget text/table")
    c.eq(a1, F["fis"][0], "fiscal initial text/table")
    c.eq(a2, F["oth"][0], "other initial text/table")
    add, full = c.one(r"下达水污染防治专项资金(" + NUM + r")万元，全年预算调整为(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("f", ["a", "b"]), {"f": full, "a": a0, "b": add}, "initial + addition")
    c.money("sum_mismatch", sum_ok("f", ["a", "b"]), {"f": F["fis"][1], "a": F["fis"][0], "b": add}, "fiscal addition")
    c.eq(full, F["tot"][1], "annual budget text/table")
    spent, rt = c.one(r"项目共支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    c.eq(spent, F["tot"][2], "spent text/table")
    c.rate(rt, spent, full, "execution rate text")
    unpaid, = c.one(r"尚未支付的(" + NUM + r")万元")
    c.money("balance_mismatch", sum_ok("f", ["s", "u"]), {"f": full, "s": spent, "u": unpaid}, "unpaid")
    cf, = c.one(r"其中财政资金(" + NUM + r")万元结转")
    c.money("balance_mismatch", sum_ok("f", ["s", "u"]), {"f": F["fis"][1], "s": F["fis"][2], "u": cf}, "fiscal carry")
    ob, = c.one(r"城投公司配套资金(" + NUM + r")万元待")
    c.money("balance_mismatch", sum_ok("f", ["s", "u"]), {"f": F["oth"][1], "s": F["oth"][2], "u": ob}, "other unpaid")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": unpaid, "a": cf, "b": ob}, "unpaid split")
    # prose outputs vs table
    by = {r["name"]: r for r in R}
    pipe = by["新建截污管网长度"]
    tgt, = c.one(r"新建截污管网不少于(" + NUM + r")公里")
    c.eq(tgt, parse_target(pipe["target"])[1], "pipe target")
    act, = c.one(r"全年新建截污管网(" + NUM + r")公里")
    c.eq(act, parse_actual(pipe["actual"])[0], "pipe length text/table")
    over, = re.search(r"超出计划(" + NUM + r")公里", pipe["note"]).groups()
    c.check("sum_mismatch", same(over, N(parse_actual(pipe["actual"])[0]) - N(parse_target(pipe["target"])[1])),
            "pipe over-run")
    vol, price, cost = c.one(r"清除河道淤泥(" + NUM + r")万立方米，按每立方米(" + NUM + r")元结算，清淤费用(" + NUM + r")万元")
    c.money("sum_mismatch", lambda v: abs(v["v"] * v["p"] - v["c"]) <= D("0.05"), {"v": vol, "p": price, "c": cost},
            "dredging cost")
    c.eq(price, parse_actual(by["清淤单位成本"]["actual"])[0], "unit cost text/table")
    d1 = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日前", by["主体工程完工时间"]["target"]).groups()
    d2 = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", by["主体工程完工时间"]["actual"]).groups()
    late, = c.one(r"较计划推迟(\d+)天")
    c.check("sum_mismatch", (date(*map(int, d2)) - date(*map(int, d1))).days == int(late), "delay days")
    sent, back, rr = c.one(r"发放问卷(\d+)份，收回(\d+)份，回收率(" + NUM + r")%")
    c.rate(rr, back, sent, "questionnaire return rate")
    yes, sat_r = c.one(r"满意和基本满意的(\d+)份，满意度(" + NUM + r")%")
    c.rate(sat_r, yes, back, "satisfaction rate")
    c.upper(sat_r, "satisfaction")
    c.eq(sat_r, parse_actual(by["沿线居民满意度"]["actual"])[0], "satisfaction text/table")
    st, = c.one(r"沿线居民满意度不低于(" + NUM + r")%")
    c.eq(st, parse_target(by["沿线居民满意度"]["target"])[1], "satisfaction target")
    nh, lim = c.one(r"氨氮月均值(" + NUM + r")毫克/升，低于(" + NUM + r")毫克/升")
    c.eq(nh, parse_actual(by["整治水体氨氮浓度"]["actual"])[0], "NH3-N text/table")
    c.eq(lim, parse_target(by["整治水体氨氮浓度"]["target"])[1], "NH3-N limit")
    lo, hi = c.one(r"溶解氧稳定在(" + NUM + r")～(" + NUM + r")毫克/升")
    a = parse_actual(by["整治水体溶解氧"]["actual"])
    c.eq(lo, a[0], "DO low")
    c.eq(hi, a[1], "DO high")
    ppl, = c.one(r"沿线受益居民约(" + NUM + r")万人")
    c.eq(ppl, parse_actual(by["受益居民人数"]["actual"])[0], "beneficiaries")


def ha_yuanhui(c):
    year_checks(c)
    F = {}
    for key, start in (("tot", "合计\t5"), ("p", "省级资金\t"), ("m", "市级资金\t"), ("q", "区级资金\t")):
        ls = [l for l in c.t.split("\n") if l.startswith(start.rstrip("5")) and len(l.split("\t")) == 5]
        if len(ls) != 1:
            raise ParseError(start)
        F[key] = ls[0].split("\t")[1:]  # 年初, 全年, 执行, 执行率
    for col, nm in ((0, "年初"), (1, "全年"), (2, "执行")):
        c.money("sum_mismatch", sum_ok("t", ["a", "b", "x"]),
                {"t": F["tot"][col], "a": F["p"][col], "b": F["m"][col], "x": F["q"][col]}, f"funds {nm}")
    for k in F:
        c.rate(F[k][3], F[k][2], F[k][1], f"funds row {k}")
    init, = c.one(r"项目年初预算(" + NUM + r")万元")
    c.eq(init, F["tot"][0], "initial budget text/table")
    am, aq, full = c.one(r"年中市级追加(" + NUM + r")万元、区级追加(" + NUM + r")万元，全年预算调整为(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("f", ["a", "b"]), {"f": F["m"][1], "a": F["m"][0], "b": am}, "city addition")
    c.money("sum_mismatch", sum_ok("f", ["a", "b"]), {"f": F["q"][1], "a": F["q"][0], "b": aq}, "district addition")
    c.money("sum_mismatch", sum_ok("f", ["a", "b", "x"]), {"f": full, "a": init, "b": am, "x": aq}, "total addition")
    c.eq(full, F["tot"][1], "annual budget text/table")
    rec, rr = c.one(r"资金实际到位(" + NUM + r")万元，到位率(" + NUM + r")%")
    c.rate(rr, rec, full, "received rate")
    spent, er, rp, rm, rq = c.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%，其中省级资金执行率(" + NUM
                                  + r")%，市级资金(" + NUM + r")%，区级资金(" + NUM + r")%")
    c.eq(spent, F["tot"][2], "spent text/table")
    c.rate(er, spent, full, "execution rate text")
    for s, k in ((er, "tot"), (rp, "p"), (rm, "m"), (rq, "q")):
        c.eq(s, F[k][3].rstrip("%"), f"rate {k} text/table")
    bal, = c.one(r"年末结余(" + NUM + r")万元")
    c.money("balance_mismatch", sum_ok("r", ["s", "b"]), {"r": rec, "s": spent, "b": bal}, "balance")
    u1, u2, u3, u4 = c.one(r"清淤工程费(" + NUM + r")万元，淤泥外运及资源化处置费(" + NUM + r")万元，护坡修复费(" + NUM
                           + r")万元，监理、检测及设计费(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("s", ["a", "b", "x", "y"]), {"s": spent, "a": u1, "b": u2, "x": u3, "y": u4},
            "spending by use")
    vol, price = c.one(r"实测清淤土方(" + NUM + r")万立方米，综合单价(" + NUM + r")元/立方米")
    c.money("sum_mismatch", lambda v: abs(v["v"] * v["p"] - v["c"]) <= D("0.005") + EPS,
            {"v": vol, "p": price, "c": u1}, "dredging cost = volume x unit price")
    lots = c.one(r"分别为(" + NUM + r")公里、(" + NUM + r")公里、(" + NUM + r")公里、(" + NUM + r")公里，合计(" + NUM
                 + r")公里，平均每个标段(" + NUM + r")公里，较2021年的(" + NUM + r")公里增长(" + NUM + r")%")
    parts = [N(x) for x in lots[:4]]
    c.check("sum_mismatch", close(lots[4], sum(parts)), "lot lengths sum")
    c.check("average_mismatch", close(lots[5], sum(parts) / 4), "lot average")
    c.rate(lots[7], N(lots[4]) - N(lots[6]), lots[6], "growth on 2021")
    prev, = c.one(r"已完成老澧河故道等河段清淤(" + NUM + r")公里")
    c.eq(prev, lots[6], "2021 length")
    # indicator table
    rows, end = table_rows(c, "一级指标\t二级指标", "合计\t\t", "\t", 9)
    R = []
    for r in rows:
        row = dict(l1=r[0], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7])
        indicator_row(c, row, r[2])
        R.append(row)
    by = {r["name"]: r for r in R}
    c.eq(by["预算执行率"]["actual"].rstrip("%"), F["tot"][3].rstrip("%"), "execution rate indicator/funds")
    c.eq(lots[4], parse_actual(by["河道清淤长度"]["actual"])[0], "length text/table")
    c.eq(vol, parse_actual(by["清淤土方量"]["actual"])[0], "volume text/table")
    c.eq(price, parse_actual(by["清淤综合单价"]["actual"])[0], "unit price text/table")
    wsum = sum(N(r["weight"]) for r in R)
    c.check("weight_sum_mismatch", wsum == N(end[6]) == 100, f"weights {wsum} vs stated {end[6]}")
    ssum = sum(N(r["score"]) for r in R)
    c.check("score_sum_mismatch", close(end[7], ssum), f"scores {ssum} vs stated {end[7]}")
    tot, grade = c.one(r"本项目自评得分(" + NUM + r")分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.eq(tot, end[7], "total text/table")
    c.check("grade_mismatch", grade_norm(grade) == band(tot), "grade")
    day, = c.one(r"主河道清淤于5月(\d+)日完成")
    c.check("conflicting_values", by["主河道清淤完成时间"]["actual"] == f"2022年5月{day}日", "completion date")


def gx_gangbei(c):
    year_checks(c)
    full, cen, reg, dis = c.one(r"项目全年预算(" + NUM + r")万元，其中中央水污染防治资金(" + NUM + r")万元（[^）]*）、自治区本级资金("
                                + NUM + r")万元、区本级资金(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("t", ["a", "b", "x"]), {"t": full, "a": cen, "b": reg, "x": dis}, "budget split")
    dis_in, dis_gap = c.one(r"区本级资金到位(" + NUM + r")万元，尚有(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": dis, "a": dis_in, "b": dis_gap}, "district received + gap")
    rec, rr = c.one(r"项目资金实际到位(" + NUM + r")万元，到位率(" + NUM + r")%")
    c.money("sum_mismatch", sum_ok("t", ["a", "b", "x"]), {"t": rec, "a": cen, "b": reg, "x": dis_in}, "received")
    c.rate(rr, rec, full, "received rate")
    spent, er = c.one(r"全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    c.rate(er, spent, full, "execution rate")
    u1, u2, u3 = c.one(r"工程建安费(" + NUM + r")万元，接驳补助(" + NUM + r")万元，监理、检测及设计等其他费用(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("s", ["a", "b", "x"]), {"s": spent, "a": u1, "b": u2, "x": u3}, "spending by use")
    hh, per, unit = c.one(r"完成接驳(\d+)户、每户(" + NUM + r")(万元|元)的标准")
    per_wan = N(per) if unit == "万元" else N(per) / 10000
    c.money("sum_mismatch", lambda v: abs(v["h"] * v["p"] - v["s"]) <= D("0.005") + EPS,
            {"h": N(hh), "p": per_wan, "s": N(u2)}, "connection subsidy = households x rate")
    bal, = c.one(r"已到位未支出的(" + NUM + r")万元结转")
    c.money("balance_mismatch", sum_ok("r", ["s", "b"]), {"r": rec, "s": spent, "b": bal}, "balance")
    # weights and scores
    wx, wo, wb, ws, wt = c.one(r"按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重，满分(\d+)分")
    c.check("weight_sum_mismatch", N(wx) + N(wo) + N(wb) + N(ws) == N(wt) == 100, "first-level weights")
    sc = c.all(r"得(" + NUM + r")分（满分(" + NUM + r")分）")
    if len(sc) != 13:
        raise ParseError(f"{len(sc)} score statements")
    ex, out, oitems, ben, bitems, sat = sc[0], sc[1], sc[2:7], sc[7], sc[8:12], sc[12]
    for s, w in sc:
        c.not_above(s, w, "score statement")
    for (s, w), stated_w in ((ex, wx), (out, wo), (ben, wb), (sat, ws)):
        c.check("weight_sum_mismatch", N(w) == N(stated_w), f"weight {w} vs {stated_w}")
    for sub, items, nm in ((out, oitems, "产出"), (ben, bitems, "效益")):
        c.check("weight_sum_mismatch", sum(N(w) for _, w in items) == N(sub[1]), f"{nm} weights")
        c.check("score_sum_mismatch", close(sub[0], sum(N(s) for s, _ in items)), f"{nm} scores")
    tot, = c.one(r"自评得分(" + NUM + r")分")
    c.check("score_sum_mismatch", close(tot, N(ex[0]) + N(out[0]) + N(ben[0]) + N(sat[0])), "total")
    grade, = c.one(r"评价等级为“(.+?)”")
    c.check("grade_mismatch", grade_norm(grade) == band(tot), "grade")
    c.warn("score_rule_mismatch", close(ex[0], N(wx) * N(spent) / N(full)) or close(ex[0], N(wx) * N(er) / 100),
           "execution score")
    # completion statements
    t1, a1, c1 = c.one(r"目标(" + NUM + r")公里，实际完成(" + NUM + r")公里，完成率(" + NUM + r")%")
    c.check("completion_mismatch", close(c1, N(a1) / N(t1) * 100), "pipe completion")
    t2, a2, c2 = c.one(r"目标(\d+)个，实际截流(\d+)个，完成率(" + NUM + r")%")
    c.check("completion_mismatch", close(c2, N(a2) / N(t2) * 100), "outlet completion")
    c.warn("score_rule_mismatch", close(oitems[1][0], N(oitems[1][1]) * N(a2) / N(t2)), "outlet score")
    gt, = c.one(r"本年度绩效目标为：新建截污管网不少于(" + NUM + r")公里")
    c.eq(gt, t1, "pipe target goal/indicator")
    km, = c.one(r"实际为每公里(" + NUM + r")万元")
    c.check("average_mismatch", close(km, N(u1) / N(a1)), "cost per km")
    cod, cod0, inc = c.one(r"进水COD平均浓度(\d+)毫克/升，较2018年的(\d+)毫克/升提高(" + NUM + r")%")
    c.rate(inc, N(cod) - N(cod0), cod0, "COD increase")
    sat_v, = c.one(r"群众满意度为(" + NUM + r")%")
    c.upper(sat_v, "satisfaction")


def sd_dongchangfu(c):
    year_checks(c)
    cells = c.line("区级财政资金｜").split("｜")[1:]  # 年初 全年 到位 执行 结余 到位率 执行率
    ini, full, rec, spent, bal, rr, er = cells
    c.money("balance_mismatch", sum_ok("r", ["s", "b"]), {"r": rec, "s": spent, "b": bal}, "(5)=(3)-(4)")
    c.rate(rr, rec, full, "(6)=(3)/(2)")
    c.rate(er, spent, full, "(7)=(4)/(2)")
    init_t, = c.one(r"项目年初预算(" + NUM + r")万元，年内未作调整")
    c.eq(init_t, ini, "initial text/table")
    c.check("rate_mismatch", N(ini) == N(full), "no adjustment stated but 年初 ≠ 全年")
    c.check("rate_mismatch", N(rec) == N(full), "资金全部到位 but 到位 ≠ 全年")
    b1, b2 = c.one(r"自动站运维服务费(" + NUM + r")万元、手工监测及质控费(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": full, "a": b1, "b": b2}, "budget split")
    s0, s1, s2 = c.one(r"全年支出(" + NUM + r")万元，其中运维服务费(" + NUM + r")万元，手工监测及质控费(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": s0, "a": s1, "b": s2}, "spending split")
    c.eq(s0, spent, "spent text/table")
    ex_t, = c.one(r"项目全年执行率(" + NUM + r")%")
    c.eq(ex_t, er.rstrip("%"), "execution rate text/table")
    n_all, n1, n2, n3 = c.one(r"共设地表水水质监测断面(\d+)个，其中国控断面(\d+)个、省控断面(\d+)个、市控断面(\d+)个")
    c.check("sum_mismatch", int(n_all) == int(n1) + int(n2) + int(n3), "section counts")
    wx, wo, wb, ws, wt = c.one(r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分，合计(\d+)分")
    c.check("weight_sum_mismatch", N(wx) + N(wo) + N(wb) + N(ws) == N(wt) == 100, "first-level weights")
    rows, end = table_rows(c, "一级指标｜二级指标", "合计｜", "｜", 8)
    R = []
    for r in rows:
        row = dict(l1=r[0], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7])
        indicator_row(c, row, r[2])
        R.append(row)
    for l1, w in (("预算执行", wx), ("产出指标", wo), ("效益指标", wb), ("满意度指标", ws)):
        c.check("weight_sum_mismatch", sum(N(r["weight"]) for r in R if r["l1"] == l1) == N(w), f"{l1} weights")
    wsum = sum(N(r["weight"]) for r in R)
    c.check("weight_sum_mismatch", wsum == N(end[6]) == 100, "table weights")
    ssum = sum(N(r["score"]) for r in R)
    c.check("score_sum_mismatch", close(end[7], ssum), f"scores {ssum} vs {end[7]}")
    tot, = c.one(r"本项目2023年度自评得分(" + NUM + r")分")
    c.eq(tot, end[7], "total text/table")
    grade, = c.one(r"评价等级｜(.+)")
    c.check("grade_mismatch", grade_norm(grade) == band(end[7]), "grade")
    by = {r["name"]: r for r in R}
    c.eq(by["预算执行率"]["actual"].rstrip("%"), er.rstrip("%"), "execution indicator/funds")
    # quarterly table
    qs = []
    for q in ("第一季度", "第二季度", "第三季度", "第四季度"):
        qc = c.line(q + "｜").split("｜")
        qs.append(qc)
        c.not_above(qc[3], qc[2], q + " O&M score")
        c.upper(qc[1].rstrip("%"), q + " data validity")
    avg = c.line("全年平均｜").split("｜")[1].rstrip("%")
    c.check("average_mismatch", close(avg, sum(N(q[1].rstrip("%")) for q in qs) / 4), "quarterly average")
    c.eq(avg, by["自动站数据有效率"]["actual"].rstrip("%"), "annual validity quarterly/indicator")
    floor, = c.one(r"四个季度运维考核得分均在(\d+)分以上")
    c.check("conflicting_values", all(N(q[3]) >= N(floor) for q in qs), "all quarters above floor")
    paid, per = c.one(r"运维服务费实际支付(" + NUM + r")万元，折合每站每年(" + NUM + r")万元")
    c.eq(paid, s1, "O&M paid")
    stations = parse_actual(by["水质自动站运维数量"]["actual"])[0]
    c.check("average_mismatch", close(per, N(paid) / N(stations)), "per-station cost")
    c.eq(per, parse_actual(by["单站年运维成本"]["actual"])[0], "per-station text/table")
    ns, = c.one(r"全年共采样(\d+)次")
    c.eq(ns, parse_actual(by["手工监测采样次数"]["actual"])[0], "samples text/table")
    k, ok_, pr = c.one(r"比对(\d+)次，其中(\d+)次合格，合格率(" + NUM + r")%")
    c.rate(pr, ok_, k, "QC pass rate")
    c.eq(pr, parse_actual(by["质控比对合格率"]["actual"])[0], "QC text/table")
    good, wq = c.one(r"中有(\d+)个断面年均水质达到考核目标，达标率(" + NUM + r")%")
    c.rate(wq, good, n_all, "water quality compliance")
    c.eq(wq, parse_actual(by["监测断面水质达标率"]["actual"])[0], "compliance text/table")
    prev, pp = c.one(r"较2022年的(" + NUM + r")%提高(" + NUM + r")个百分点")
    c.check("sum_mismatch", close(pp, N(wq) - N(prev)), "percentage-point change")
    warn_t, = c.one(r"推送水质异常预警(\d+)次")
    warn_tab, = re.search(r"推送预警(\d+)次", by["水质异常预警推送"]["actual"]).groups()
    c.eq(warn_t, warn_tab, "warnings text/table")
    arch, = c.one(r"档案完整率(\d+)%")
    c.eq(arch, parse_actual(by["运维档案完整率"]["actual"])[0], "archive text/table")
    sat, = c.one(r"综合满意度为(\d+)%")
    c.eq(sat, parse_actual(by["业务科室及属地镇街满意度"]["actual"])[0], "satisfaction text/table")
    c.upper(sat, "satisfaction")


def hb_xialu(c):
    year_checks(c)
    i0, ib, ip = c.one(r"年初预算(" + NUM + r")万元，其中基本支出(" + NUM + r")万元、项目支出(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": i0, "a": ib, "b": ip}, "initial split")
    f0, fb, fpers, fpub, fp = c.one(r"全年预算调整为(" + NUM + r")万元，其中基本支出(" + NUM + r")万元（人员经费(" + NUM
                                    + r")万元、公用经费(" + NUM + r")万元），项目支出(" + NUM + r")万元")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": f0, "a": fb, "b": fp}, "annual split")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": fb, "a": fpers, "b": fpub}, "basic split")
    s0, er = c.one(r"全年实际支出(" + NUM + r")万元，部门整体预算执行率(" + NUM + r")%")
    c.rate(er, s0, f0, "department execution rate")
    sp, spr = c.one(r"项目支出执行(" + NUM + r")万元，执行率(" + NUM + r")%")
    c.rate(spr, sp, fp, "project execution rate")
    c.money("sum_mismatch", sum_ok("t", ["a", "b"]), {"t": s0, "a": fb, "b": sp}, "spent = basic (all) + projects")
    # project table (PDF-style, 2+ spaces)
    P = []
    for l in c.t.split("\n"):
        m = re.match(r"^(\d)\s{2,}(\S+)\s{2,}(.+)$", l)
        if m:
            cells = re.split(r"\s{2,}", m.group(3).strip())
            if len(cells) != 6:
                raise ParseError(l)
            P.append([m.group(1), m.group(2)] + cells)  # no name ini full spent rate score grade
    if len(P) != 4:
        raise ParseError("project rows")
    tl = [l for l in c.t.split("\n") if l.strip().startswith("合计")]
    if len(tl) != 1:
        raise ParseError("total row")
    T = re.split(r"\s{2,}", tl[0].strip())  # 合计 ini full spent rate — —
    for col, nm in ((2, "年初"), (3, "全年"), (4, "执行")):
        vals = {"t": T[col - 1]}
        vals.update({f"p{i}": r[col] for i, r in enumerate(P)})
        c.money("sum_mismatch", sum_ok("t", [f"p{i}" for i in range(4)]), vals, f"projects {nm}")
    c.rate(T[4], T[3], T[2], "projects total rate")
    c.eq(T[1], ip, "projects initial text/table")
    c.eq(T[2], fp, "projects annual text/table")
    c.eq(T[3], sp, "projects spent text/table")
    c.eq(T[4].rstrip("%"), spr, "projects rate text/table")
    for r in P:
        c.rate(r[5], r[4], r[3], f"project {r[1]}")
        c.not_above(r[6], 100, f"project {r[1]} score")
        c.check("grade_mismatch", grade_norm(r[7]) == band(r[6]), f"project {r[1]} grade")
    n, n1, n2, avg = c.one(r"(\d)个项目中(\d)个为优、(\d)个为良，平均自评得分(" + NUM + r")分")
    c.check("conflicting_values", int(n) == len(P) and int(n1) == sum(1 for r in P if grade_norm(r[7]) == "优")
            and int(n2) == sum(1 for r in P if grade_norm(r[7]) == "良"), "grade counts")
    c.check("average_mismatch", close(avg, sum(N(r[6]) for r in P) / len(P)), "average score")
    cnt, = c.one(r"纳入绩效自评的项目共(\d)个")
    c.check("conflicting_values", int(cnt) == len(P), "project count")
    area, per, unit = c.one(r"保洁水域面积(" + NUM + r")万平方米.*?折合每平方米每年(" + NUM + r")(万元|元)")
    per_yuan = N(per) * (10000 if unit == "万元" else 1)
    c.money("average_mismatch", lambda v: abs(v["b"] * 10000 / (v["a"] * 10000) - v["p"]) <= D("0.05") + EPS,
            {"b": N(P[0][3]), "a": N(area), "p": per_yuan}, "cleaning cost per m²")
    for s, w in c.all(r"指标得(" + NUM + r")分（满分(" + NUM + r")分）"):
        c.not_above(s, w, "project sub-score")
    wx, wo, wb, ws = c.one(r"按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置")
    c.check("weight_sum_mismatch", N(wx) + N(wo) + N(wb) + N(ws) == 100, "department weights")
    gx_, go, gb, gs, gt, grade, prev, inc = c.one(
        r"预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得(" + NUM
        + r")分，综合得分(" + NUM + r")分，评价等级为“(.+?)”，较2023年的(" + NUM + r")分提高(" + NUM + r")分")
    for s, w in ((gx_, wx), (go, wo), (gb, wb), (gs, ws)):
        c.not_above(s, w, "department score")
    c.check("score_sum_mismatch", close(gt, N(gx_) + N(go) + N(gb) + N(gs)), "department total")
    c.check("grade_mismatch", grade_norm(grade) == band(gt), "department grade")
    c.check("sum_mismatch", close(inc, N(gt) - N(prev)), "change on 2023")
    c.warn("score_rule_mismatch", close(gx_, N(wx) * N(s0) / N(f0)), "department execution score")


CHECKERS = {
    "jx-xiangdong-heichou-2020": (jx_xiangdong, 2020),
    "ha-yuanhui-qingyu-2022": (ha_yuanhui, 2022),
    "gx-gangbei-jiewu-2019": (gx_gangbei, 2019),
    "sd-dongchangfu-duanmian-2023": (sd_dongchangfu, 2023),
    "hb-xialu-chengguan-2024": (hb_xialu, 2024),
}


def run_checks(pid, text):
    fn, year = CHECKERS[pid]
    c = Ctx(text, year)
    fn(c)
    return c


# ----------------------------------------------------------------------------------------------- diff
NUMCH = set("0123456789.,")


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    a_s, a_e, b_s, b_e = i, len(a) - j, i, len(b) - j
    # widen to whole numbers (the shared prefix/suffix is identical in both texts)
    while a_s > 0 and a[a_s - 1] in NUMCH and (a_e > a_s and a[a_s] in NUMCH or b_e > b_s and b[b_s] in NUMCH):
        a_s -= 1
        b_s -= 1
    while a_e < len(a) and a[a_e] in NUMCH and (a_e > a_s and a[a_e - 1] in NUMCH or b_e > b_s and b[b_e - 1] in NUMCH):
        a_e += 1
        b_e += 1
    return (a_s, a_e), (b_s, b_e)


def count_figure(text, tok, nxt):
    pat = r"(?<![\d.,])" + re.escape(tok) + r"(?![\d]|\.\d)" + re.escape(nxt)
    if re.fullmatch(r"\d{4}", tok) and nxt.startswith("年"):
        pat += r"(?![\d度])"   # a bare year is not the year of a longer date or of a 年度
    return len(re.findall(pat, text))


# ----------------------------------------------------------------------------------------------- main
def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ differ")
    counts = {}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    print(f"{'case':40s} {'chars':>5s}  result")
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        pid = lab["source"]
        try:
            c = run_checks(pid, text)
        except ParseError as e:
            problems.append(f"{lab['case']}: parse error {e}")
            continue
        failed = sorted({code for code, _ in c.fails})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if failed or c.warns:
                problems.append(f"{lab['case']}: clean draft fails {c.fails} {c.warns}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{lab['case']}: length {n} outside 2800-3400")
            print(f"{lab['case']:40s} {n:5d}  clean, all checks pass")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        e = exp[0]
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        if e["code"] not in ERROR_CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {e}")
        if e["value"] not in text:
            problems.append(f"{lab['case']}: value not in case")
        if c.warns:
            problems.append(f"{lab['case']}: the edit also breaks a scoring rule (warning): {c.warns}")
        if failed != [e["code"]]:
            problems.append(f"{lab['case']}: expected [{e['code']}], checks failed {failed}: {c.fails}")
        clean = clean_text[pid]
        (a_s, a_e), (b_s, b_e) = diff_region(clean, text)
        if clean[:a_s] + text[b_s:b_e] + clean[a_e:] != text or b_e - b_s > 30 or a_e - a_s > 30:
            problems.append(f"{lab['case']}: not one small contiguous change")
        spans = [(m.start(), m.start() + len(e["value"])) for m in re.finditer(re.escape(e["value"]), text)]
        if not any(s < max(b_e, b_s + 1) and b_s < t for s, t in spans):
            problems.append(f"{lab['case']}: change [{b_s},{b_e}) does not overlap the label value")
        old_tok = clean[a_s:a_e]
        if re.fullmatch(r"[\d.,]+", old_tok or "x"):
            # the figure with its unit; a year is taken with its month/day (a date is one figure)
            nxt = clean[a_e:a_e + 2]
            if re.fullmatch(r"\d{4}", old_tok) and clean[a_e:a_e + 1] == "年":
                nxt = re.match(r"年(?:\d{1,2}月(?:\d{1,2}日)?)?", clean[a_e:]).group(0)
            k = count_figure(clean, old_tok, nxt)
            want = 2 if e["code"] == "conflicting_values" else 1
            if k != want:
                problems.append(f"{lab['case']}: changed figure {old_tok + nxt!r} occurs {k} times in clean (want {want})")
        else:
            k = None
        warn = f" (+warnings {sorted({w for w, _ in c.warns})})" if c.warns else ""
        print(f"{lab['case']:40s} {len(text):5d}  {e['code']}: {clean[a_s:a_e]!r} -> {text[b_s:b_e]!r}{warn}")
    for code in ERROR_CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("per code:", ", ".join(f"{k}={counts.get(k, 0)}" for k in ERROR_CODES))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
