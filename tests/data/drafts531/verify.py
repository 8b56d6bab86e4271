#!/usr/bin/env python3
"""Independent arithmetic verifier for drafts531 (standard library + decimal only).

For every case it reads the figures back from the text (tables and prose, by pattern),
redoes every identity of rules.md §7 with the tolerance of §8, and collects the error codes
of the identities that fail. Then:
  * every clean draft must fail nothing (warnings included);
  * every error case must fail its labelled code and no other error code
    (score_rule_mismatch, a warning, may additionally fail);
  * each label value occurs exactly once in its case and overlaps the one contiguous edit
    (<= 40 characters) that separates the case from its clean draft;
  * every code of errors.md §A is labelled at least twice.
Prints OK at the end when all holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}

NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
UNITS = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)


# ---------------------------------------------------------------- numbers
def dec(s):
    return Decimal(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol_of(s):
    """Half a unit of the last written digit (rules §8)."""
    return Decimal("0.5") * (Decimal(10) ** -ndec(s)) + EPS


def close(stated, computed):
    """stated: string as written (may carry % or a unit); computed: Decimal."""
    m = re.search(NUM, stated)
    return abs(dec(m.group(0)) - computed) <= tol_of(m.group(0))


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Amt:
    """An amount as written: value in 元 and the tolerance of its last digit, in 元."""

    def __init__(self, s, default_unit="元"):
        m = re.fullmatch(r"\s*(约|近)?\s*(" + NUM + r")\s*(万元|亿元|元)?\s*(左右|余)?\s*", s)
        if not m:
            raise ValueError("not an amount: %r" % s)
        self.raw = s
        f = UNITS[m.group(3) or default_unit]
        self.v = dec(m.group(2)) * f
        self.tol = tol_of(m.group(2)) * f
        if m.group(1) or m.group(4):          # approximate: a whole unit of the last digit
            self.tol = self.tol * 2

    def __repr__(self):
        return self.raw


def rescales(v):
    return [v * Decimal(10000), v / Decimal(10000)]


# ---------------------------------------------------------------- tables
def parse_tables(text):
    tables, cur = [], []
    for line in text.split("\n"):
        if "|" in line or "｜" in line:
            if "|" in line:
                s = line.strip()
                if s.startswith("|"):
                    s = s[1:]
                if s.endswith("|"):
                    s = s[:-1]
                cells = [c.strip() for c in s.split("|")]
                if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    continue
            else:
                cells = [c.strip() for c in line.split("｜")]
            cur.append(cells)
        else:
            if cur:
                tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def find_table(text, *keys):
    found = [t for t in parse_tables(text) if all(any(k in c for c in t[0]) for k in keys)]
    if len(found) != 1:
        raise ValueError("table with header %s found %d times" % (keys, len(found)))
    return found[0]


def col(header, key):
    idx = [i for i, c in enumerate(header) if key in c]
    if len(idx) != 1:
        raise ValueError("column %r ambiguous in %r" % (key, header))
    return idx[0]


def rowname(s):
    return re.sub(r"^其中[:：]", "", s.strip())


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []   # (code, message)

    def err(self, code, msg):
        self.fails.append((code, msg))

    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ValueError("pattern %r matched %d times" % (pat, len(ms)))
        m = ms[0]
        return m.group(1) if m.groups() else m.group(0)

    def groups(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ValueError("pattern %r matched %d times" % (pat, len(ms)))
        return ms[0].groups()

    # --- identity helpers; each records a failure with the code the rules assign
    def same(self, what, *mentions):
        """Same quantity stated several times (amounts or plain numbers with a unit)."""
        vals = [Amt(m) if isinstance(m, str) else m for m in mentions]
        for a in vals[1:]:
            b = vals[0]
            if abs(a.v - b.v) <= max(a.tol, b.tol):
                continue
            if any(abs(r - b.v) <= max(a.tol, b.tol) for r in rescales(a.v)):
                self.err("unit_mismatch", "%s: %s vs %s off by 10^4" % (what, a, b))
            else:
                self.err("conflicting_values", "%s: %s vs %s" % (what, a, b))

    def same_count(self, what, *mentions):
        vals = [dec(re.search(NUM, m).group(0)) for m in mentions]
        if len(set(vals)) != 1:
            self.err("conflicting_values", "%s: %s" % (what, mentions))

    def total(self, what, total, parts, code="sum_mismatch"):
        T = Amt(total) if isinstance(total, str) else total
        P = [Amt(p) if isinstance(p, str) else p for p in parts]
        if abs(sum(p.v for p in P) - T.v) <= T.tol:
            return
        # one amount written in the wrong money unit? (errors.md #11 b)
        for i in range(len(P) + 1):
            for k in (Decimal(10000), Decimal(1) / Decimal(10000)):
                vs = [p.v for p in P] + [T.v]
                vs[i] = vs[i] * k
                if abs(sum(vs[:-1]) - vs[-1]) <= T.tol * (k if i == len(P) else 1):
                    self.err("unit_mismatch", "%s: %s reconciles after rescaling one amount" % (what, total))
                    return
        self.err(code, "%s: %s != sum %s = %s" % (what, T, P, sum(p.v for p in P)))

    def count_total(self, what, total, parts):
        T = dec(re.search(NUM, total).group(0))
        P = [dec(re.search(NUM, p).group(0)) for p in parts]
        if sum(P) != T:
            self.err("sum_mismatch", "%s: %s != %s" % (what, total, parts))

    def rate(self, what, stated, num, den, capped=True):
        """stated rate string ('94.70%', '100%', '—'); num, den Decimal (same unit)."""
        if den == 0:
            if stated.strip() in ("—", "-", "0", "0%", "0.00%"):
                return
            self.err("implausible_rate", "%s: rate %s on a zero base" % (what, stated))
            return
        if stated.strip() in ("—", "-"):
            self.err("rate_mismatch", "%s: rate missing" % what)
            return
        c = num / den * HUNDRED
        if not close(stated, c):
            self.err("rate_mismatch", "%s: %s vs computed %.4f%%" % (what, stated, c))
        elif capped and dec(re.search(NUM, stated).group(0)) > HUNDRED:
            self.err("implausible_rate", "%s: %s above 100%%" % (what, stated))

    def avg(self, what, stated, total, count):
        T = Amt(total) if isinstance(total, str) else total
        n = dec(re.search(NUM, count).group(0)) if isinstance(count, str) else count
        c = T.v / n
        if close(stated, c):
            return
        if any(close(stated, r / n) for r in rescales(T.v)):
            self.err("unit_mismatch", "%s: %s/%s reconciles with %s after rescaling" % (what, T, n, stated))
        else:
            self.err("average_mismatch", "%s: %s vs computed %.4f" % (what, stated, c))

    def balance(self, what, stated, a, b):
        A = Amt(a) if isinstance(a, str) else a
        B = Amt(b) if isinstance(b, str) else b
        S = Amt(stated)
        if abs((A.v - B.v) - S.v) > S.tol:
            self.err("balance_mismatch", "%s: %s vs %s - %s" % (what, stated, A, B))

    def diff(self, what, stated, a, b):
        """a difference of two counts (比目标少6台, 增加121台)."""
        s, x, y = (dec(re.search(NUM, v).group(0)) for v in (stated, a, b))
        if x - y != s:
            self.err("sum_mismatch", "%s: %s vs %s - %s" % (what, stated, a, b))

    def growth(self, what, stated, new, old):
        n, o = dec(re.search(NUM, new).group(0)), dec(re.search(NUM, old).group(0))
        if not close(stated, (n - o) / o * HUNDRED):
            self.err("rate_mismatch", "%s: %s" % (what, stated))

    def years(self):
        Y = self.year
        for m in re.finditer(r"(\d{4})年度", self.t):
            if int(m.group(1)) != Y:
                self.err("year_mismatch", "evaluation year %s年度 in a %d report" % (m.group(1), Y))
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != Y:
                self.err("year_mismatch", "截至%s年12月31日 in a %d report" % (m.group(1), Y))
        for m in re.finditer(r"结转[^。；]{0,20}?(\d{4})年", self.t):
            if int(m.group(1)) <= Y:
                self.err("year_mismatch", "carried forward to %s in a %d report" % (m.group(1), Y))
        for m in re.finditer(r"(\d{4})年(\d{1,2})月[^。；]{0,30}?下达", self.t):
            y, mo = int(m.group(1)), int(m.group(2))
            if not (y == Y or (y == Y - 1 and mo == 12)):
                self.err("year_mismatch", "funds issued %d-%d for a %d budget" % (y, mo, Y))

    def grade(self, total_s, grade_s):
        s = dec(total_s)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        g = grade_s[0]
        if g in ("一", "合"):
            g = "中"
        if g in ("较", "不"):
            g = "差"
        if g != band:
            self.err("grade_mismatch", "total %s is %s, stated %s" % (total_s, band, grade_s))


# ---------------------------------------------------------------- generic table checks
def funds_table(ctx, keys=("全年执行数",)):
    t = find_table(ctx.t, *keys)
    h = t[0]
    ci = {k: col(h, k) for k in ("年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分")}
    rows = {}
    for r in t[1:]:
        rows[rowname(r[0])] = {k: r[i] for k, i in ci.items()}
    for name, r in rows.items():
        ctx.rate("funds row %s" % name, r["执行率"], dec(r["全年执行数"]), dec(r["全年预算数"]))
    tot = rows["年度资金总额"]
    w, s = dec(tot["分值"]), tot["得分"]
    b, e = dec(tot["全年预算数"]), dec(tot["全年执行数"])
    if b:
        r_unrounded = min(e / b, Decimal(1))
        r_stated = min(dec(re.search(NUM, tot["执行率"]).group(0)) / HUNDRED, Decimal(1))
        if not (close(s, w * r_unrounded) or close(s, w * r_stated)):
            ctx.err("score_rule_mismatch", "execution score %s vs %s" % (s, w * r_unrounded))
    if dec(s) > w or dec(s) < 0:
        ctx.err("score_exceeds_weight", "execution score %s > %s" % (s, w))
    return rows


def funds_sums(ctx, rows, total, parts, cols=("年初预算数", "全年预算数", "全年执行数")):
    for c in cols:
        ctx.total("funds %s: %s = %s" % (c, total, "+".join(parts)), rows[total][c],
                  [rows[p][c] for p in parts])


def parse_target(s):
    m = re.fullmatch(r"(≥|≤|＞|＜|>=|<=|=)?\s*(" + NUM + r")\s*(\S*)", s.strip())
    if not m:
        return None
    sign = m.group(1) or "="
    d = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
    return d, dec(m.group(2)), m.group(3)


def parse_actual(s):
    m = re.fullmatch(r"(约)?\s*(" + NUM + r")\s*(\S*)", s.strip())
    if not m:
        return None
    return dec(m.group(2)), m.group(3)


QUAL_BANDS = [("部分达成", Decimal("0.6"), Decimal("0.8")), ("未达成", Decimal(0), Decimal("0.6")),
              ("达成", Decimal("0.8"), Decimal(1))]


def indicator_table(ctx, exec_w, exec_s):
    t = find_table(ctx.t, "年度指标值", "得分")
    h = t[0]
    c1, c2, c3 = col(h, "一级指标"), col(h, "二级指标"), col(h, "三级指标")
    ct, ca, cc = col(h, "年度指标值"), col(h, "实际完成值"), col(h, "完成率")
    cw, cs = col(h, "分值"), col(h, "得分")
    rows, total = [], None
    l1 = l2 = ""
    for r in t[1:]:
        if r[0] in ("总分", "合计"):
            total = (r[cw], r[cs])
            continue
        l1 = r[c1] or l1
        l2 = r[c2] or l2
        rows.append(dict(l1=l1, l2=l2, name=rowname(r[c3]), target=r[ct], actual=r[ca],
                         comp=r[cc], w=r[cw], s=r[cs]))
    for r in rows:
        what = "indicator %s" % r["name"]
        w, s = dec(r["w"]), dec(r["s"])
        if s > w or s < 0:
            ctx.err("score_exceeds_weight", "%s: score %s, weight %s" % (what, r["s"], r["w"]))
        tg, ac = parse_target(r["target"]), parse_actual(r["actual"])
        if tg is None:                       # qualitative
            if r["comp"] not in ("—", "-"):
                ctx.err("completion_mismatch", "%s: qualitative row with completion %s" % (what, r["comp"]))
            band = next((b for b in QUAL_BANDS if b[0] in r["actual"]), None)
            if band is None or not (w * band[1] <= s <= w * band[2]):
                ctx.err("score_rule_mismatch", "%s: qualitative score %s" % (what, r["s"]))
            continue
        d, T, tu = tg
        if ac is None:
            ctx.err("unit_mismatch", "%s: actual %s not numeric against %s" % (what, r["actual"], r["target"]))
            continue
        A, au = ac
        if tu != au:
            ctx.err("unit_mismatch", "%s: target unit %r, actual unit %r" % (what, tu, au))
            continue
        if au == "%" and A > HUNDRED:
            ctx.err("implausible_rate", "%s: actual %s above 100%%" % (what, r["actual"]))
        if T == 0:
            if r["comp"] not in ("—", "-"):
                ctx.err("completion_mismatch", "%s: completion on a zero target" % what)
            exp = w if A <= 0 else Decimal(0)
            if not close(r["s"], exp):
                ctx.err("score_rule_mismatch", "%s: score %s vs %s" % (what, r["s"], exp))
            continue
        if d == "lte":
            comp = HUNDRED if A <= T else T / A * HUNDRED
        else:
            comp = max(A, Decimal(0)) / T * HUNDRED
        if r["comp"] in ("—", "-") or not close(r["comp"], comp):
            ctx.err("completion_mismatch", "%s: completion %s vs computed %.4f%%" % (what, r["comp"], comp))
        exp = w * min(comp / HUNDRED, Decimal(1))
        alt = None
        if r["comp"] not in ("—", "-"):
            alt = w * min(dec(re.search(NUM, r["comp"]).group(0)) / HUNDRED, Decimal(1))
        if not (close(r["s"], exp) or (alt is not None and close(r["s"], alt))):
            ctx.err("score_rule_mismatch", "%s: score %s vs %.4f" % (what, r["s"], exp))
    if total is None:
        raise ValueError("indicator table without total row")
    wsum = sum(dec(r["w"]) for r in rows) + exec_w
    if wsum != dec(total[0]) or wsum != HUNDRED:
        ctx.err("weight_sum_mismatch", "weights sum to %s, stated %s" % (wsum, total[0]))
    ssum = sum(dec(r["s"]) for r in rows) + exec_s
    if not close(total[1], ssum):
        ctx.err("score_sum_mismatch", "scores sum to %s, table total %s" % (ssum, total[1]))
    return rows, total


def by_level(rows, key, field):
    out = {}
    for r in rows:
        out[r[key]] = out.get(r[key], Decimal(0)) + dec(r[field])
    return out


def level_weights(ctx, rows, exec_w, stated):
    """stated: {level-name: weight string} read from the prose; 预算执行 is the execution block."""
    s1 = by_level(rows, "l1", "w")
    s2 = by_level(rows, "l2", "w")
    total = Decimal(0)
    for name, v in stated.items():
        total += dec(v)
        if name == "预算执行":
            got = exec_w
        else:
            got = s1.get(name, s2.get(name))
        if got != dec(v):
            ctx.err("weight_sum_mismatch", "level %s stated %s, rows sum %s" % (name, v, got))
    return total


def level_scores(ctx, rows, exec_s, stated, total_s):
    s1 = by_level(rows, "l1", "s")
    acc = Decimal(0)
    for name, v in stated.items():
        got = exec_s if name == "预算执行" else s1.get(name)
        acc += dec(v)
        if not close(v, got):
            ctx.err("score_sum_mismatch", "level %s stated %s, rows sum %s" % (name, v, got))
    if not close(total_s, acc):
        ctx.err("score_sum_mismatch", "stated total %s vs sum of stated level scores %s" % (total_s, acc))


def ind(rows, name):
    m = [r for r in rows if r["name"] == name]
    if len(m) != 1:
        raise ValueError("indicator %s found %d times" % (name, len(m)))
    return m[0]


def W(amount_yuan_str):
    return amount_yuan_str + "元"


# ================================================================ projects
def p_shenzhou(text):
    c = Ctx(text, 2019)
    c.years()
    F = funds_table(c)
    funds_sums(c, F, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    tot, cur, co = F["年度资金总额"], F["当年财政拨款"], F["上年结转资金"]
    # budget sentences
    adv, carry_in, init, add, annual = c.groups(
        r"提前下达我市2019年中央财政农机购置补贴资金中的报废更新补贴(" + NUM + r"万元)，加上2018年结转的报废补贴资金("
        + NUM + r"万元)，年初预算(" + NUM + r"万元)；2019年7月追加下达(" + NUM + r"万元)，全年预算(" + NUM + r"万元)")
    c.total("年初预算", init, [adv, carry_in])
    c.total("全年预算", annual, [init, add])
    c.total("当年财政拨款全年", W(cur["全年预算数"]), [adv, add])
    c.same("年初预算", init, W(tot["年初预算数"]))
    c.same("全年预算", annual, W(tot["全年预算数"]))
    c.same("提前下达", adv, W(cur["年初预算数"]))
    c.same("上年结转", carry_in, W(co["年初预算数"]), W(co["全年预算数"]))
    recv, recv_rate = c.groups(r"全年资金到位(" + NUM + r"万元)，到位率(" + NUM + r"%?)")
    c.rate("到位率", recv_rate, Amt(recv).v, Amt(W(tot["全年预算数"])).v)
    spent, spent_rate, cur_sp, cur_rate, co_sp = c.groups(
        r"全年执行(" + NUM + r"万元)，预算执行率(" + NUM + r"%)，其中当年财政拨款执行(" + NUM + r"万元)、执行率("
        + NUM + r"%)，上年结转资金(" + NUM + r"万元)已全部执行")
    c.same("全年执行", spent, W(tot["全年执行数"]))
    c.rate("预算执行率(文字)", spent_rate, Amt(spent).v, Amt(annual).v)
    c.same("当年财政拨款执行", cur_sp, W(cur["全年执行数"]))
    c.rate("当年财政拨款执行率(文字)", cur_rate, Amt(cur_sp).v, Amt(W(cur["全年预算数"])).v)
    c.same("上年结转执行", co_sp, W(co["全年执行数"]), W(co["全年预算数"]))   # 已全部执行
    bal = c.one(r"结转资金(" + NUM + r"万元)，系12月")
    c.balance("结转资金", bal, recv, spent)
    # structure
    n_t, a_t, n_h, a_h, n_o, a_o, n_all, a_all = c.groups(
        r"全年兑付拖拉机报废补贴(\d+台)、(" + NUM + r"万元)，联合收割机报废补贴(\d+台)、(" + NUM
        + r"万元)，其他机具（[^）]*）(\d+台)、(" + NUM + r"万元)，合计(\d+台)、(" + NUM + r"万元)")
    c.count_total("机具台数", n_all, [n_t, n_h, n_o])
    c.total("分机型补贴", a_all, [a_t, a_h, a_o])
    c.same("执行数(合计)", a_all, spent)
    avg_all, avg_t, avg_h = c.groups(r"平均每台补贴(" + NUM + r")元，其中拖拉机平均每台(" + NUM
                                     + r")元、联合收割机平均每台(" + NUM + r")元")
    hh, avg_hh = c.groups(r"受益农户(\d+户)，平均每户(" + NUM + r")元")
    c.avg("平均每台", avg_all, a_all, n_all)
    c.avg("拖拉机平均每台", avg_t, a_t, n_t)
    c.avg("联合收割机平均每台", avg_h, a_h, n_h)
    c.avg("平均每户", avg_hh, a_all, hh)
    n_prev, growth = c.groups(r"2018年全市报废农机(\d+台)、兑付补贴" + NUM + r"万元，2019年报废数量比上年增长(" + NUM + "%)")
    c.growth("报废数量增长", growth, n_all, n_prev)
    # indicators
    rows, total = indicator_table(c, dec(tot["分值"]), dec(tot["得分"]))
    wt = c.groups(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重")
    wsum = level_weights(c, rows, dec(tot["分值"]), dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], wt)))
    if wsum != HUNDRED:
        c.err("weight_sum_mismatch", "level weights in text sum to %s" % wsum)
    c.same_count("报废台数", n_all, ind(rows, "报废农业机械数量")["actual"])
    c.same_count("受益农户", hh, ind(rows, "补贴受益农户数")["actual"])
    goal = c.one(r"全年完成老旧农机报废不少于(\d+台)")
    c.same_count("目标(文字/表)", goal, ind(rows, "报废农业机械数量")["target"])
    c.same("拖拉机平均每台(表)", avg_t + "元", ind(rows, "拖拉机平均每台补贴")["actual"])
    p_n, p_comp, p_hh, p_days, p_new, p_new_t, p_oil = c.groups(
        r"全年报废农业机械(\d+台)，完成年度目标的(" + NUM + r"%)，受益农户(\d+户)；.*?平均兑付时限(\d+个工作日)。"
        r"报废后更新购置新机具(\d+台)，略低于(\d+台)的目标；.*?年减少柴油消耗约(" + NUM + r")吨")
    c.same_count("报废台数(文字)", p_n, n_all)
    c.same("完成率(文字)", Amt(p_comp.rstrip("%")), Amt(ind(rows, "报废农业机械数量")["comp"].rstrip("%")))
    c.same_count("受益农户(文字)", p_hh, hh)
    c.same_count("兑付时限", p_days, ind(rows, "补贴资金兑付时限")["actual"])
    c.same_count("带动购机", p_new, ind(rows, "带动更新购置新机具数量")["actual"])
    c.same_count("带动购机目标", p_new_t, ind(rows, "带动更新购置新机具数量")["target"])
    c.same("节油", Amt("约" + p_oil), Amt(ind(rows, "年减少柴油消耗")["actual"].rstrip("吨")))
    q_sent, q_valid, q_ok, q_rate = c.groups(r"共发放问卷(\d+)份，收回有效问卷(\d+)份，其中表示满意的(\d+)份，满意度(" + NUM + "%)")
    c.rate("满意度(问卷)", q_rate, dec(q_ok), dec(q_valid))
    c.same("满意度", Amt(q_rate.rstrip("%")), Amt(ind(rows, "受补贴农户满意度")["actual"].rstrip("%")))
    e_s, o_s, b_s, s_s, tot_s, grade = c.groups(
        r"本项目预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得("
        + NUM + r")分，自评总分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    level_scores(c, rows, dec(tot["得分"]), {"预算执行": e_s, "产出指标": o_s, "效益指标": b_s, "满意度指标": s_s}, tot_s)
    if not close(tot_s, dec(total[1])):
        c.err("conflicting_values", "total in text %s vs table %s" % (tot_s, total[1]))
    c.grade(tot_s, grade)
    return c.fails


def p_yucheng(text):
    c = Ctx(text, 2021)
    c.years()
    F = funds_table(c)
    funds_sums(c, F, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    tot, cur, co = F["年度资金总额"], F["当年财政拨款"], F["上年结转资金"]
    opening = c.one(r"我中心对2021年度农机报废更新补贴资金(" + NUM + r"万元)的管理使用")
    init, cen0, co0, add, annual = c.groups(
        r"2021年年初预算(" + NUM + r"万元)，其中中央农机购置补贴资金中安排的报废更新补贴(" + NUM + r"万元)、上年结转资金("
        + NUM + r"万元)；9月，根据全市报废申请量，省级调剂追加中央资金(" + NUM + r"万元)，全年预算调整为(" + NUM + r"万元)")
    c.total("年初预算", init, [cen0, co0])
    c.total("全年预算", annual, [init, add])
    c.total("当年财政拨款全年", W(cur["全年预算数"]), [cen0, add])
    c.same("年初预算", init, W(tot["年初预算数"]))
    c.same("全年预算", annual, W(tot["全年预算数"]), opening)
    c.same("中央年初", cen0, W(cur["年初预算数"]))
    c.same("上年结转", co0, W(co["年初预算数"]), W(co["全年预算数"]))
    spent, rate, cen_sp, cen_rate, co_sp, co_rate, unspent = c.groups(
        r"全年执行(" + NUM + r"万元)，预算执行率(" + NUM + r"%)，其中中央资金执行(" + NUM + r"万元)、执行率(" + NUM
        + r"%)，上年结转资金执行(" + NUM + r"万元)、执行率(" + NUM + r"%)。年末未执行的(" + NUM + r"万元)")
    c.same("全年执行", spent, W(tot["全年执行数"]))
    c.rate("执行率(文字)", rate, Amt(spent).v, Amt(annual).v)
    c.same("中央执行", cen_sp, W(cur["全年执行数"]))
    c.rate("中央执行率(文字)", cen_rate, Amt(cen_sp).v, Amt(W(cur["全年预算数"])).v)
    c.same("结转执行", co_sp, W(co["全年执行数"]))
    c.rate("结转执行率(文字)", co_rate, Amt(co_sp).v, Amt(co0).v)
    c.balance("未执行", unspent, annual, spent)
    later = c.one(r"有(" + NUM + r"万元)资金未能在当年兑付")
    c.same("未执行(问题)", unspent, later)
    n_all, a_all, n_t, a_t, n_h, a_h, n_o, a_o = c.groups(
        r"全年共兑付报废补贴(\d+台)、(" + NUM + r"万元)，其中拖拉机(\d+台)、补贴(" + NUM + r"万元)，联合收割机(\d+台)、补贴("
        + NUM + r"万元)，其他机具（[^）]*）(\d+台)、补贴(" + NUM + r"万元)")
    c.same("兑付合计", a_all, spent)
    c.count_total("机具台数", n_all, [n_t, n_h, n_o])
    c.total("分机型补贴", a_all, [a_t, a_h, a_o])
    avg_all, avg_t, avg_h, hh, avg_hh = c.groups(
        r"平均每台补贴(" + NUM + r")元，其中拖拉机平均每台(" + NUM + r")元、联合收割机平均每台(" + NUM
        + r")元；共(\d+户)农户和农机合作社受益，平均每户(" + NUM + r")元")
    c.avg("平均每台", avg_all, a_all, n_all)
    c.avg("拖拉机平均每台", avg_t, a_t, n_t)
    c.avg("联合收割机平均每台", avg_h, a_h, n_h)
    c.avg("平均每户", avg_hh, a_all, hh)
    prev, inc = c.groups(r"与2020年的(\d+台)相比，报废数量增加(\d+台)")
    c.diff("比上年增加", inc, n_all, prev)
    rows, total = indicator_table(c, dec(tot["分值"]), dec(tot["得分"]))
    c.same_count("拖拉机台数(表)", n_t, ind(rows, "报废拖拉机数量")["actual"])
    c.same_count("收割机台数(表)", n_h, ind(rows, "报废联合收割机数量")["actual"])
    g_t, g_h, g_q, g_d, g_s = c.groups(
        r"报废老旧拖拉机不少于(\d+台)、联合收割机不少于(\d+台)；报废机具回收拆解合规率(\d+%)；补贴资金在申请受理后(\d+个工作日)内兑付；受补贴农户满意度不低于(\d+%)")
    for g, nm in ((g_t, "报废拖拉机数量"), (g_h, "报废联合收割机数量"), (g_q, "报废机具回收拆解合规率"),
                  (g_d, "补贴资金兑付时限"), (g_s, "受补贴农户满意度")):
        c.same_count("目标 %s (文字/表)" % nm, g, ind(rows, nm)["target"])
    c.same("拖拉机平均(表)", avg_t + "元", ind(rows, "拖拉机平均每台补贴")["actual"])
    p_t, p_comp, p_h, p_short, p_days, p_new = c.groups(
        r"报废拖拉机(\d+台)，完成目标的(" + NUM + r"%)；报废联合收割机(\d+台)，比目标少(\d+台)，.*?平均兑付时限(\d+个工作日)，报废后新购农机具(\d+台)")
    c.same_count("拖拉机(文字)", p_t, n_t)
    c.same("拖拉机完成率(文字)", Amt(p_comp.rstrip("%")), Amt(ind(rows, "报废拖拉机数量")["comp"].rstrip("%")))
    c.same_count("收割机(文字)", p_h, n_h)
    c.diff("收割机比目标少", p_short, ind(rows, "报废联合收割机数量")["target"], p_h)
    c.same_count("兑付时限", p_days, ind(rows, "补贴资金兑付时限")["actual"])
    c.same_count("新购", p_new, ind(rows, "带动新购农机具数量")["actual"])
    e_s, o_s, b_s, s_s, tot_s, grade = c.groups(
        r"本项目预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得("
        + NUM + r")分，自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    level_scores(c, rows, dec(tot["得分"]), {"预算执行": e_s, "产出指标": o_s, "效益指标": b_s, "满意度指标": s_s}, tot_s)
    if not close(tot_s, dec(total[1])):
        c.err("conflicting_values", "total in text %s vs table %s" % (tot_s, total[1]))
    c.grade(tot_s, grade)
    return c.fails


def p_mingshui(text):
    c = Ctx(text, 2022)
    c.years()
    F = funds_table(c)
    funds_sums(c, F, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    funds_sums(c, F, "当年财政拨款", ["中央资金", "省级资金"])
    tot, cen, prov = F["年度资金总额"], F["中央资金"], F["省级资金"]
    init, add_c, add_p, annual = c.groups(
        r"2022年年初预算(" + NUM + r"万元)，全部为中央财政农机购置补贴资金中安排的报废更新补贴；6月中央追加(" + NUM
        + r"万元)，9月省级安排配套资金(" + NUM + r"万元)，全年预算(" + NUM + r"万元)")
    c.total("全年预算", annual, [init, add_c, add_p])
    c.same("年初预算", init, W(tot["年初预算数"]), W(cen["年初预算数"]))
    c.total("中央全年", W(cen["全年预算数"]), [init, add_c])
    c.same("省级", add_p, W(prov["全年预算数"]))
    a2, cen2, prov2, recv_rate = c.groups(
        r"全年预算(" + NUM + r"万元)，其中中央资金(" + NUM + r"万元)、省级资金(" + NUM + r"万元)。资金全部到位，到位率(" + NUM + r"%)")
    c.same("全年预算(二)", a2, annual)
    c.total("全年预算构成", a2, [cen2, prov2])
    c.same("中央全年", cen2, W(cen["全年预算数"]))
    c.same("省级全年", prov2, W(prov["全年预算数"]))
    c.rate("到位率", recv_rate, Amt(a2).v, Amt(annual).v)        # 资金全部到位
    spent, rate, r_c, r_p = c.groups(
        r"截至\d{4}年12月31日，累计兑付补贴资金(" + NUM + r"万元)，预算执行率(" + NUM + r"%)；中央资金和省级资金执行率分别为("
        + NUM + r"%)和(" + NUM + r"%)")
    c.same("执行", spent, W(tot["全年执行数"]))
    c.rate("执行率(文字)", rate, Amt(spent).v, Amt(annual).v)
    c.rate("中央执行率(文字)", r_c, dec(cen["全年执行数"]), dec(cen["全年预算数"]))
    c.rate("省级执行率(文字)", r_p, dec(prov["全年执行数"]), dec(prov["全年预算数"]))
    due, paid, pay_rate = c.groups(r"应兑付(" + NUM + r"万元)，已兑付(" + NUM + r"万元)，兑付率(" + NUM + r"%)")
    c.same("已兑付", paid, spent)
    c.rate("兑付率", pay_rate, Amt(paid).v, Amt(due).v)
    bal = c.one(r"未兑付的(" + NUM + r"万元)结转")
    c.balance("结转", bal, annual, spent)
    n1, a1, n2, a2_, n3, a3, n_all, a_all = c.groups(
        r"全年兑付大中型拖拉机(\d+台)、(" + NUM + r"万元)，小型拖拉机(\d+台)、(" + NUM + r"万元)，联合收割机（含玉米收获机）(\d+台)、("
        + NUM + r"万元)，合计(\d+台)、(" + NUM + r"万元)")
    c.count_total("台数", n_all, [n1, n2, n3])
    c.total("分机型", a_all, [a1, a2_, a3])
    c.same("合计=执行", a_all, spent)
    avg_all, avg1, avg3, avg2, hh, avg_hh = c.groups(
        r"平均每台补贴(" + NUM + r")元，其中大中型拖拉机平均每台(" + NUM + r")元，联合收割机平均每台(" + NUM
        + r")元，小型拖拉机平均每台(" + NUM + r")元。受益农户(\d+户)，平均每户(" + NUM + r")元")
    c.avg("平均每台", avg_all, a_all, n_all)
    c.avg("大中型拖拉机", avg1, a1, n1)
    c.avg("联合收割机", avg3, a3, n3)
    c.avg("小型拖拉机", avg2, a2_, n2)
    c.avg("平均每户", avg_hh, a_all, hh)
    prev, g = c.groups(r"2021年全县报废农机(\d+台)，本年报废数量同比增长(" + NUM + "%)")
    c.growth("同比增长", g, n_all, prev)
    rows, total = indicator_table(c, dec(tot["分值"]), dec(tot["得分"]))
    wt = c.groups(r"权重设置为：预算执行率(\d+)分；产出指标(\d+)分（其中数量指标(\d+)分、质量指标(\d+)分、时效指标(\d+)分、成本指标(\d+)分）；效益指标(\d+)分；满意度指标(\d+)分")
    names = ["预算执行", "产出指标", "数量指标", "质量指标", "时效指标", "成本指标", "效益指标", "满意度指标"]
    level_weights(c, rows, dec(tot["分值"]), dict(zip(names, wt)))
    l1sum = dec(wt[0]) + dec(wt[1]) + dec(wt[6]) + dec(wt[7])
    l2sum = sum(dec(x) for x in wt[2:6])
    if l1sum != HUNDRED or l2sum != dec(wt[1]):
        c.err("weight_sum_mismatch", "text weights: level-1 sum %s, 产出 parts %s" % (l1sum, l2sum))
    c.same_count("台数(表)", n_all, ind(rows, "报废农业机械数量")["actual"])
    g = c.groups(r"全年报废老旧农机不少于(\d+台)，其中联合收割机不少于(\d+台)；报废机具现场核验率(\d+%)；补贴资金在申请受理后(\d+个工作日)内兑付；带动新购大中型农机具不少于(\d+台)；受补贴农户满意度不低于(\d+%)")
    for v, nm in zip(g, ("报废农业机械数量", "报废联合收割机数量", "报废机具现场核验率", "补贴资金兑付时限",
                         "带动新购大中型农机具数量", "受补贴农户满意度")):
        c.same_count("目标 %s (文字/表)" % nm, v, ind(rows, nm)["target"])
    c.same_count("收割机(表)", n3, ind(rows, "报废联合收割机数量")["actual"])
    c.same("收割机平均(表)", avg3 + "元", ind(rows, "联合收割机平均每台补贴")["actual"])
    p_n, p_h, p_days, p_over = c.groups(r"全年报废农业机械(\d+台)，其中联合收割机(\d+台)，均超过年度目标；.*?平均兑付时限为(\d+个工作日)，超出目标(\d+个工作日)")
    c.same_count("台数(文字)", p_n, n_all)
    c.same_count("收割机(文字)", p_h, n3)
    c.same_count("兑付时限(文字)", p_days, ind(rows, "补贴资金兑付时限")["actual"])
    c.diff("超出目标", p_over, p_days, ind(rows, "补贴资金兑付时限")["target"])
    p_new, p_short, p_oil = c.groups(r"报废后新购大中型农机具(\d+台)，比目标少(\d+台).*?年减少燃油消耗(" + NUM + r")吨")
    c.same_count("新购(文字)", p_new, ind(rows, "带动新购大中型农机具数量")["actual"])
    c.diff("比目标少", p_short, ind(rows, "带动新购大中型农机具数量")["target"], p_new)
    c.same("节油", Amt(p_oil), Amt(ind(rows, "年减少燃油消耗")["actual"].rstrip("吨")))
    sat = c.one(r"随机回访受补贴农户\d+户，满意度(" + NUM + "%)")
    c.same("满意度", Amt(sat.rstrip("%")), Amt(ind(rows, "受补贴农户满意度")["actual"].rstrip("%")))
    e_s, o_s, b_s, s_s, tot_s, grade = c.groups(
        r"本项目预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得("
        + NUM + r")分，自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    level_scores(c, rows, dec(tot["得分"]), {"预算执行": e_s, "产出指标": o_s, "效益指标": b_s, "满意度指标": s_s}, tot_s)
    if not close(tot_s, dec(total[1])):
        c.err("conflicting_values", "total in text %s vs table %s" % (tot_s, total[1]))
    c.grade(tot_s, grade)
    return c.fails


def p_linquan(text):
    c = Ctx(text, 2023)
    c.years()
    F = funds_table(c, ("年初预算数", "全年执行数"))
    funds_sums(c, F, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    tot, co = F["年度资金总额"], F["上年结转资金"]
    t2 = find_table(text, "支出类别")
    h = t2[0]
    cb, ce, cr = col(h, "全年预算数"), col(h, "全年执行数"), col(h, "执行率")
    S = {rowname(r[0]): r for r in t2[1:]}
    for name, r in S.items():
        c.rate("表2 %s" % name, r[cr], dec(r[ce]), dec(r[cb]))
    for i in (cb, ce):
        c.total("表2 基本支出", W(S["基本支出"][i]), [W(S["人员经费"][i]), W(S["公用经费"][i])])
        c.total("表2 项目支出", W(S["项目支出"][i]),
                [W(S[k][i]) for k in ("农机报废更新补贴", "农机购置与报废补贴工作经费", "农机安全监理及平安农机创建", "农机化技术推广")])
        c.total("表2 合计", W(S["合计"][i]), [W(S["基本支出"][i]), W(S["项目支出"][i])])
    c.same("表1/表2 全年预算", W(tot["全年预算数"]), W(S["合计"][cb]))
    c.same("表1/表2 全年执行", W(tot["全年执行数"]), W(S["合计"][ce]))
    # overview
    ov_amt, ov_n, ov_chk, ov_tr, ov_vil = c.groups(
        r"我中心兑付农机报废更新补贴(" + NUM + r"万元)、报废老旧农机(\d+台)，完成农机安全检验(" + NUM + r"台)，开展农机化技术培训(\d+人次)，创建平安农机示范村(\d+个)")
    # budget text
    init, init_b, init_p, add_b, add_p, co_in, add_c, annual, ann_b, ann_p = c.groups(
        r"部门年初预算(" + NUM + r"万元)，其中基本支出(" + NUM + r"万元)、项目支出(" + NUM + r"万元)。年中因人员工资调整增加基本支出("
        + NUM + r"万元)；项目支出增加(" + NUM + r"万元)，其中2022年结转的农机报废更新补贴资金(" + NUM
        + r"万元)、年中追加中央农机报废更新补贴资金(" + NUM + r"万元)。调整后全年预算(" + NUM + r"万元)，其中基本支出(" + NUM
        + r"万元)、项目支出(" + NUM + r"万元)")
    c.total("年初预算", init, [init_b, init_p])
    c.same("年初预算(表1)", init, W(tot["年初预算数"]))
    c.total("项目支出增加", add_p, [co_in, add_c])
    c.total("基本支出全年", ann_b, [init_b, add_b])
    c.total("项目支出全年", ann_p, [init_p, add_p])
    c.total("全年预算", annual, [ann_b, ann_p])
    c.same("全年预算(表1)", annual, W(tot["全年预算数"]))
    c.same("基本支出全年(表2)", ann_b, W(S["基本支出"][cb]))
    c.same("项目支出全年(表2)", ann_p, W(S["项目支出"][cb]))
    c.same("上年结转(表1)", co_in, W(co["全年预算数"]), W(co["全年执行数"]))
    spent, rate, sp_b, rate_b, sp_p, rate_p, unsp, unsp_bf, unsp_rest = c.groups(
        r"全年执行(" + NUM + r"万元)，预算执行率(" + NUM + r"%)。其中基本支出执行(" + NUM + r"万元)，执行率(" + NUM
        + r"%)；项目支出执行(" + NUM + r"万元)，执行率(" + NUM + r"%)。年末未执行(" + NUM + r"万元)，其中农机报废更新补贴("
        + NUM + r"万元)结转2024年继续使用，其余(" + NUM + r"万元)")
    c.same("全年执行(表1)", spent, W(tot["全年执行数"]))
    c.rate("执行率(文字)", rate, Amt(spent).v, Amt(annual).v)
    c.same("基本支出执行(表2)", sp_b, W(S["基本支出"][ce]))
    c.rate("基本支出执行率(文字)", rate_b, Amt(sp_b).v, Amt(ann_b).v)
    c.same("项目支出执行(表2)", sp_p, W(S["项目支出"][ce]))
    c.rate("项目支出执行率(文字)", rate_p, Amt(sp_p).v, Amt(ann_p).v)
    c.total("执行构成", spent, [sp_b, sp_p])
    c.balance("年末未执行", unsp, annual, spent)
    c.total("未执行构成", unsp, [unsp_bf, unsp_rest])
    c.balance("报废补贴结转", unsp_bf, W(S["农机报废更新补贴"][cb]), W(S["农机报废更新补贴"][ce]))
    prob_rate, prob_bf = c.groups(r"一是项目支出执行率(" + NUM + r"%)，报废更新补贴有(" + NUM + r"万元)结转下年")
    c.same("项目支出执行率(问题)", Amt(prob_rate.rstrip("%")), Amt(rate_p.rstrip("%")))
    c.same("报废补贴结转(问题)", prob_bf, unsp_bf)
    # key project
    bf_budget, bf_rate = c.groups(r"全年预算(" + NUM + r"万元)，执行率(" + NUM + r"%)。全年报废")
    c.same("报废补贴预算(表2)", bf_budget, W(S["农机报废更新补贴"][cb]))
    c.same("报废补贴执行率(表2)", Amt(bf_rate.rstrip("%")), Amt(S["农机报废更新补贴"][cr].rstrip("%")))
    n_t, a_t, n_h, a_h, n_o, a_o, n_all = c.groups(
        r"全年报废拖拉机(\d+台)、补贴(" + NUM + r"万元)，联合收割机(\d+台)、补贴(" + NUM + r"万元)，其他机具（[^）]*）(\d+台)、补贴("
        + NUM + r"万元)，共(\d+台)")
    bf_spent = W(S["农机报废更新补贴"][ce])
    c.total("分机型补贴", bf_spent, [a_t, a_h, a_o])
    c.count_total("台数", n_all, [n_t, n_h, n_o])
    c.same("报废补贴兑付(概况)", ov_amt, bf_spent)
    c.same_count("报废台数(概况)", ov_n, n_all)
    avg_all, avg_t, avg_h, hh, avg_hh = c.groups(
        r"平均每台补贴(" + NUM + r")元，其中拖拉机平均每台(" + NUM + r")元、联合收割机平均每台(" + NUM + r")元；受益农户(\d+户)，平均每户("
        + NUM + r")元")
    c.avg("平均每台", avg_all, bf_spent, n_all)
    c.avg("拖拉机平均", avg_t, a_t, n_t)
    c.avg("收割机平均", avg_h, a_h, n_h)
    c.avg("平均每户", avg_hh, bf_spent, hh)
    rows, total = indicator_table(c, dec(tot["分值"]), dec(tot["得分"]))
    wt = c.groups(r"按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重")
    if level_weights(c, rows, dec(tot["分值"]), dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], wt))) != HUNDRED:
        c.err("weight_sum_mismatch", "level weights in text do not sum to 100")
    c.same_count("报废台数(表)", n_all, ind(rows, "报废更新农机数量")["actual"])
    c.same_count("安全检验(表)", ov_chk, ind(rows, "农机安全检验数量")["actual"])
    c.same_count("培训(表)", ov_tr, ind(rows, "技术培训人次")["actual"])
    c.same_count("示范村(表)", ov_vil, ind(rows, "平安农机示范村创建数")["actual"])
    c.same("公用经费(表)", ind(rows, "公用经费支出")["actual"], W(S["公用经费"][ce]))
    e_s, o_s, b_s, s_s, tot_s, grade = c.groups(
        r"预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得(" + NUM
        + r")分，总分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    level_scores(c, rows, dec(tot["得分"]), {"预算执行": e_s, "产出指标": o_s, "效益指标": b_s, "满意度指标": s_s}, tot_s)
    if not close(tot_s, dec(total[1])):
        c.err("conflicting_values", "total in text %s vs table %s" % (tot_s, total[1]))
    c.grade(tot_s, grade)
    return c.fails


def p_nanxian(text):
    c = Ctx(text, 2025)
    c.years()
    F = funds_table(c)
    funds_sums(c, F, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    tot, cur, co = F["年度资金总额"], F["当年财政拨款"], F["上年结转资金"]
    ov_n, ov_hh = c.groups(r"全年我县共报废老旧农机(\d+台)，惠及农户(\d+户)")
    adv, co_in, init, add_c, prov, cen_all, prov2, annual = c.groups(
        r"提前下达2025年中央农机报废更新补贴资金(" + NUM + r"万元)，与2024年结转的(" + NUM + r"万元)一并列入年初预算，年初预算("
        + NUM + r"万元)。2025年4月和8月，中央分两批追加资金(" + NUM + r"万元)（含超长期特别国债资金），省级安排补助资金("
        + NUM + r"万元)，当年中央和省级资金分别为(" + NUM + r"万元)、(" + NUM + r"万元)，全年预算(" + NUM + r"万元)")
    c.total("年初预算", init, [adv, co_in])
    c.same("年初预算(表)", init, W(tot["年初预算数"]))
    c.same("提前下达(表)", adv, W(cur["年初预算数"]))
    c.same("上年结转(表)", co_in, W(co["年初预算数"]), W(co["全年预算数"]))
    c.total("中央合计", cen_all, [adv, add_c])
    c.same("省级", prov2, prov)
    c.total("当年财政拨款", W(cur["全年预算数"]), [cen_all, prov2])
    c.total("全年预算", annual, [cen_all, prov2, co_in])
    c.same("全年预算(表)", annual, W(tot["全年预算数"]))
    spent, rate, sp_c, r_c, sp_p, r_p, sp_co, carry = c.groups(
        r"全年执行(" + NUM + r"万元)，预算执行率(" + NUM + r"%)。其中中央资金执行(" + NUM + r"万元)、执行率(" + NUM
        + r"%)，省级资金执行(" + NUM + r"万元)、执行率(" + NUM + r"%)，上年结转资金(" + NUM
        + r"万元)全部执行完毕。年末结转(" + NUM + r"万元)至")
    c.same("全年执行(表)", spent, W(tot["全年执行数"]))
    c.rate("执行率(文字)", rate, Amt(spent).v, Amt(annual).v)
    c.rate("中央执行率", r_c, Amt(sp_c).v, Amt(cen_all).v)
    c.rate("省级执行率", r_p, Amt(sp_p).v, Amt(prov2).v)
    c.same("结转执行(表)", sp_co, W(co["全年执行数"]), co_in)
    c.total("当年财政拨款执行", W(cur["全年执行数"]), [sp_c, sp_p])
    c.total("执行构成", spent, [sp_c, sp_p, sp_co])
    c.balance("年末结转", carry, annual, spent)
    prob_rate, prob_carry = c.groups(r"一是预算执行率(" + NUM + r"%)，年末有(" + NUM + r"万元)资金结转下年")
    c.same("执行率(问题)", Amt(prob_rate.rstrip("%")), Amt(rate.rstrip("%")))
    c.same("结转(问题)", prob_carry, carry)
    n_t, a_t, n_h, a_h, n_r, a_r, n_o, a_o = c.groups(
        r"报废拖拉机(\d+台)、补贴(" + NUM + r"万元)，联合收割机(\d+台)、补贴(" + NUM + r"万元)，水稻插秧机(\d+台)、补贴("
        + NUM + r"万元)，其他机具（[^）]*）(\d+台)、补贴(" + NUM + r"万元)")
    c.total("分机型补贴", spent, [a_t, a_h, a_r, a_o])
    rows, total = indicator_table(c, dec(tot["分值"]), dec(tot["得分"]))
    n_all = ind(rows, "报废农业机械数量")["actual"]
    c.count_total("台数", n_all, [n_t, n_h, n_r, n_o])
    c.same_count("报废台数(概况)", ov_n, n_all)
    c.same_count("收割机(表)", n_h, ind(rows, "报废联合收割机数量")["actual"])
    g = c.groups(r"报废老旧农机不少于(\d+台)，其中联合收割机不少于(\d+台)；回收拆解合规率(\d+%)；补贴资金在申请受理后(\d+个工作日)内兑付；带动新购置农机具不少于(\d+台)；受补贴农户满意度不低于(\d+%)")
    for v, nm in zip(g, ("报废农业机械数量", "报废联合收割机数量", "报废机具回收拆解合规率", "补贴资金兑付时限",
                         "带动新购置农机具数量", "受补贴农户满意度")):
        c.same_count("目标 %s (文字/表)" % nm, v, ind(rows, nm)["target"])
    avg_all, avg_t, avg_h, avg_r, avg_hh = c.groups(
        r"平均每台补贴(" + NUM + r")元，其中拖拉机平均每台(" + NUM + r")元、联合收割机平均每台(" + NUM + r")元、插秧机平均每台("
        + NUM + r")元；平均每户补贴(" + NUM + r")元")
    c.avg("平均每台", avg_all, spent, n_all)
    c.avg("拖拉机平均", avg_t, a_t, n_t)
    c.avg("收割机平均", avg_h, a_h, n_h)
    c.avg("插秧机平均", avg_r, a_r, n_r)
    c.avg("平均每户", avg_hh, spent, ov_hh)
    c.same("收割机平均(表)", avg_h + "元", ind(rows, "联合收割机平均每台补贴")["actual"])
    prev, g = c.groups(r"2024年全县报废农机(\d+台)，本年报废数量增长(" + NUM + "%)")
    c.growth("增长", g, n_all, prev)
    wt = c.groups(r"指标权重为：预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分")
    if level_weights(c, rows, dec(tot["分值"]), dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], wt))) != HUNDRED:
        c.err("weight_sum_mismatch", "level weights in text do not sum to 100")
    p_n, p_h, p_days = c.groups(r"全年报废农业机械(\d+台)，其中联合收割机(\d+台)，均超额完成目标；.*?平均兑付时限(\d+个工作日)")
    c.same_count("台数(文字)", p_n, n_all)
    c.same_count("收割机(文字)", p_h, n_h)
    c.same_count("兑付时限(文字)", p_days, ind(rows, "补贴资金兑付时限")["actual"])
    p_new, p_comp, p_short, p_oil = c.groups(
        r"报废后新购置农机具(\d+台)，完成目标的(" + NUM + r"%)，比目标少(\d+台)；.*?年减少柴油消耗(" + NUM + r")吨左右")
    r_new = ind(rows, "带动新购置农机具数量")
    c.same_count("新购(文字)", p_new, r_new["actual"])
    c.same("新购完成率(文字)", Amt(p_comp.rstrip("%")), Amt(r_new["comp"].rstrip("%")))
    c.diff("比目标少", p_short, r_new["target"], p_new)
    c.same("节油", Amt(p_oil + "左右"), Amt(ind(rows, "年减少柴油消耗")["actual"].rstrip("吨")))
    sat = c.one(r"调查受补贴农户\d+户，满意度(" + NUM + "%)")
    c.same("满意度", Amt(sat.rstrip("%")), Amt(ind(rows, "受补贴农户满意度")["actual"].rstrip("%")))
    e_s, o_s, b_s, s_s, tot_s, grade = c.groups(
        r"本项目预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得("
        + NUM + r")分，自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    level_scores(c, rows, dec(tot["得分"]), {"预算执行": e_s, "产出指标": o_s, "效益指标": b_s, "满意度指标": s_s}, tot_s)
    if not close(tot_s, dec(total[1])):
        c.err("conflicting_values", "total in text %s vs table %s" % (tot_s, total[1]))
    c.grade(tot_s, grade)
    return c.fails


PROJECTS = {
    "hb-shenzhou-njbaofei-2019": p_shenzhou,
    "sd-yucheng-njbaofei-2021": p_yucheng,
    "hlj-mingshui-njbaofei-2022": p_mingshui,
    "ah-linquan-njzx-bumen-2023": p_linquan,
    "hn-nanxian-njbaofei-2025": p_nanxian,
}


# ---------------------------------------------------------------- set-level checks
def edit_region(a, b):
    """Minimal contiguous edit turning a into b: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
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
        problems.append("expected 35 labels, got %d" % len(labels))
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    code_count = {}
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = texts[name]
        try:
            fails = PROJECTS[src](text)
        except Exception as exc:  # a pattern that no longer reads is a failure of the set
            problems.append("%s: could not read figures: %s" % (name, exc))
            continue
        err_codes = {c for c, _ in fails if c not in WARNING_CODES}
        if rec["clean"]:
            if fails or rec["expected"]:
                problems.append("%s: clean draft fails %s" % (name, fails))
            continue
        if len(rec["expected"]) != 1:
            problems.append("%s: expected exactly one label" % name)
            continue
        exp = rec["expected"][0]
        code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
        if exp["severity"] != "error" or exp["code"] not in CODES_A:
            problems.append("%s: label code/severity %s/%s" % (name, exp["code"], exp["severity"]))
        if err_codes != {exp["code"]}:
            problems.append("%s: labelled %s, failing error codes %s: %s" % (name, exp["code"], sorted(err_codes), fails))
        n = text.count(exp["value"])
        if n != 1:
            problems.append("%s: value %r occurs %d times" % (name, exp["value"], n))
        clean = texts[src + "-clean.txt"]
        p, ea, eb = edit_region(clean, text)
        if max(ea - p, eb - p) > 40 or ea - p == 0 and eb - p == 0:
            problems.append("%s: edit region %d/%d characters" % (name, ea - p, eb - p))
        i = text.find(exp["value"])
        if not (i < max(eb, p + 1) and p < i + len(exp["value"])):
            problems.append("%s: value does not overlap the edit [%d,%d)" % (name, p, eb))
    for code in CODES_A:
        if code_count.get(code, 0) < 2:
            problems.append("code %s labelled %d times" % (code, code_count.get(code, 0)))
    if "-v" in sys.argv:
        for rec in labels:
            print(rec["case"], PROJECTS[rec["source"]](texts[rec["case"]]))
    if problems:
        for p_ in problems:
            print("FAIL", p_)
        sys.exit(1)
    print("per code:", ", ".join("%s %d" % (c, code_count[c]) for c in CODES_A))
    print("OK")


if __name__ == "__main__":
    main()
