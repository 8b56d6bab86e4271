#!/usr/bin/env python3
"""Independent re-check of drafts526 (standard library + decimal only).

For every case the figures are read back from the text itself (regular expressions anchored on the
wording of each draft, and a generic reader for the ｜/tab tables), and all arithmetic is redone under
rules.md §5–§8 (Decimal, ROUND_HALF_UP, tolerance from the stated decimals).  Each failed identity is
reported under the error code the rules assign to it.  The set passes when

  * every clean draft fails no check;
  * every error case fails checks of exactly one code, the labelled one;
  * every label value occurs exactly once in its case, the case differs from its clean draft by one
    contiguous edit of at most 40 characters on either side, and the edit overlaps the value;
  * every code of errors.md §A is labelled at least twice.

Prints OK on success, otherwise the problems, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]

EPS = Decimal("1e-9")
HUNDRED = Decimal(100)
TEN4 = Decimal(10000)
MONEY = {"元": Decimal(1) / TEN4, "万元": Decimal(1), "亿元": TEN4}
M = r"([\d,]+(?:\.\d+)?(?:亿元|万元|元))"      # a money amount with its unit, one group
N = r"([\d,]+(?:\.\d+)?)"                       # a bare number, one group


class ParseError(Exception):
    pass


class Q:
    """A stated quantity: value (money normalised to 万元), tolerance from its written decimals."""

    def __init__(self, raw, value, dec, factor=Decimal(1), money=False):
        self.raw, self.v, self.d, self.f, self.money = raw, value, dec, factor, money

    @property
    def tol(self):
        return Decimal(5) * Decimal(10) ** (-(self.d + 1)) * self.f + EPS

    def scaled(self, k):
        return Q(self.raw + f"×{k}", self.v * k, self.d, self.f * k, self.money)

    def __repr__(self):
        return self.raw


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    """A bare number or percentage ("95.43%", "8,642", "99.5")."""
    s0 = s.strip()
    s = s0.rstrip("%").replace(",", "")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", s):
        raise ParseError(f"not a number: {s0!r}")
    return Q(s0, Decimal(s), decimals(s))


def amt(s, unit=None):
    """A money amount; the unit is taken from the text, or given for table cells."""
    s0 = s.strip()
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(亿元|万元|元)?", s0)
    if not m:
        raise ParseError(f"not an amount: {s0!r}")
    u = m.group(2) or unit
    if u is None:
        raise ParseError(f"amount without unit: {s0!r}")
    f = MONEY[u]
    return Q(s0 if m.group(2) else s0 + u, Decimal(m.group(1).replace(",", "")) * f, decimals(m.group(1)), f, True)


def r2(x):
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []          # (code, message)

    # ---- reading -------------------------------------------------------------------------------------
    def g(self, pattern, flags=0):
        pattern = pattern.replace("{M}", M).replace("{N}", N)
        found = list(re.finditer(pattern, self.t, flags))
        if len(found) != 1:
            raise ParseError(f"pattern found {len(found)}×: {pattern}")
        grp = found[0].groups()
        return grp if len(grp) != 1 else grp[0]

    def table(self, header_prefix, sep):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(idx) != 1:
            raise ParseError(f"table header {header_prefix!r} found {len(idx)}×")
        header = [c.strip() for c in lines[idx[0]].split(sep)]
        rows = []
        for line in lines[idx[0] + 1:]:
            if sep not in line:
                break
            cells = [c.strip() for c in line.split(sep)]
            if len(cells) != len(header):
                raise ParseError(f"row with {len(cells)} cells under a {len(header)}-column header: {line!r}")
            rows.append(cells)
        return header, rows

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---- identities ------------------------------------------------------------------------------------
    @staticmethod
    def _holds(total, parts):
        return abs(sum((p.v for p in parts), Decimal(0)) - total.v) <= total.tol

    def _rescued(self, items, test):
        """True if rescaling exactly one money amount by 10^±4 makes `test` hold (errors.md #11 b)."""
        for i, q in enumerate(items):
            if not q.money:
                continue
            for k in (TEN4, Decimal(1) / TEN4):
                trial = list(items)
                trial[i] = q.scaled(k)
                if test(trial):
                    return True
        return False

    def sum(self, total, parts, what):
        """I4: total = Σ parts."""
        items = [total] + list(parts)
        test = lambda it: self._holds(it[0], it[1:])
        if test(items):
            return
        code = "unit_mismatch" if self._rescued(items, test) else "sum_mismatch"
        self.fail(code, f"{what}: {total} ≠ {' + '.join(map(repr, parts))} = {sum(p.v for p in parts)}")

    def product(self, total, price, count, what):
        """price × count = total (per-unit amount beside the total) — a broken product is a sum error."""
        items = [total, price]
        test = lambda it: abs(it[1].v * count - it[0].v) <= it[0].tol
        if test(items):
            return
        code = "unit_mismatch" if self._rescued(items, test) else "sum_mismatch"
        self.fail(code, f"{what}: {price} × {count} ≠ {total}")

    def same(self, a, b, what):
        """I11: the same quantity stated twice."""
        test = lambda it: abs(it[0].v - it[1].v) <= max(it[0].tol, it[1].tol)
        if test([a, b]):
            return
        code = "unit_mismatch" if self._rescued([a, b], test) else "conflicting_values"
        self.fail(code, f"{what}: {a} vs {b}")

    def balance(self, have, spent, bal, what):
        """I3: 结余 = 到位(预算) − 执行."""
        items = [have, spent, bal]
        test = lambda it: abs(it[0].v - it[1].v - it[2].v) <= it[2].tol
        if test(items):
            return
        code = "unit_mismatch" if self._rescued(items, test) else "balance_mismatch"
        self.fail(code, f"{what}: {have} − {spent} ≠ {bal}")

    def rate(self, numer, denom, stated, what, bounded=True):
        """I1/I2 (and shares, response rates): stated% = numer / denom × 100; I5 for zero bases and > 100%."""
        s = stated.strip()
        if denom.v == 0:
            if s in ("—", "-", "0", "0%", "0.00", "0.00%"):
                return
            self.fail("implausible_rate", f"{what}: rate {s} on a zero base")
            return
        if s in ("—", "-"):
            self.fail("rate_mismatch", f"{what}: rate missing (—) on a non-zero base")
            return
        r = num(s)
        test = lambda it: abs(it[0].v / it[1].v * HUNDRED - r.v) <= r.tol
        if test([numer, denom]):
            if bounded and r.v > HUNDRED:
                self.fail("implausible_rate", f"{what}: {numer}/{denom} = {s} (> 100%)")
            return
        code = "unit_mismatch" if self._rescued([numer, denom], test) else "rate_mismatch"
        self.fail(code, f"{what}: {numer}/{denom} = {r2(numer.v / denom.v * HUNDRED)}%, stated {s}")

    def points(self, new, old, diff, what):
        """percentage-point difference between two stated rates."""
        if abs(new.v - old.v - diff.v) > diff.tol:
            self.fail("rate_mismatch", f"{what}: {new} − {old} ≠ {diff} 个百分点")

    def average(self, items, avg, what):
        """I10."""
        mean = sum((q.v for q in items), Decimal(0)) / len(items)
        if abs(mean - avg.v) > avg.tol:
            self.fail("average_mismatch", f"{what}: mean {mean} ≠ {avg}")

    def grade(self, total, word, what):
        """I9 / rules §6."""
        w = word.strip("“”\"")
        bands = {"优": 90, "优秀": 90, "良": 80, "良好": 80, "中": 60, "中等": 60, "一般": 60, "合格": 60,
                 "差": 0, "较差": 0, "不合格": 0}
        if w not in bands:
            raise ParseError(f"unknown grade {word!r}")
        s = total.v
        expect = 90 if s >= 90 else 80 if s >= 80 else 60 if s >= 60 else 0
        if bands[w] != expect:
            self.fail("grade_mismatch", f"{what}: total {total} graded {w}")

    def years(self, y):
        """I14 anchors common to the drafts."""
        head = "\n".join(self.t.split("\n")[:2])
        m = re.search(r"(\d{4})年度", head)
        if not m:
            raise ParseError("no year in the title")
        if int(m.group(1)) != y:
            self.fail("year_mismatch", f"title year {m.group(1)} ≠ {y}")
        for m in re.finditer(r"结转(?:至|到)(\d{4})年", self.t):
            if int(m.group(1)) <= y:
                self.fail("year_mismatch", f"carried over to {m.group(1)} in the {y} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"year-end position dated {m.group(1)}")
        for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:提前)?下达", self.t):
            yy, mm = int(m.group(1)), int(m.group(2))
            if not (yy == y or (yy == y - 1 and mm == 12)):
                self.fail("year_mismatch", f"funds issued {yy}-{mm} for the {y} budget")
        for m in re.finditer(r"(\d{4})年我局部门(?:全年)?预算(?:收入合计|支出总额|总额)?[\d,]", self.t):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"department budget of {m.group(1)}")
        for m in re.finditer(r"实施期为(\d{4})年1月至12月", self.t):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"implementation period {m.group(1)}")
        for m in re.finditer(r"(?:本项目|我局)(\d{4})年度", self.t):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"evaluation year {m.group(1)} in the conclusion")

    # ---- indicator table -----------------------------------------------------------------------------
    def indicators(self, header_prefix, sep):
        header, rows = self.table(header_prefix, sep)
        col = {}
        for key, names in (("l1", ["一级指标"]), ("name", ["三级指标"]), ("nature", ["指标性质"]),
                           ("target", ["年度指标值", "目标值", "指标值"]), ("unit", ["度量单位"]),
                           ("actual", ["实际完成值", "业绩值"]), ("comp", ["完成率"]),
                           ("w", ["分值", "权重"]), ("s", ["得分"])):
            for n in names:
                if n in header:
                    col[key] = header.index(n)
                    break
        for key in ("l1", "name", "target", "actual", "w", "s"):
            if key not in col:
                raise ParseError(f"indicator table lacks column {key}")
        return Indicators(self, header, rows, col)


SIGN = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte", "=": "eq", "＝": "eq"}


def split_value(s):
    """'≥30个' -> ('gte', Q(30), '个'); '0起' -> ('eq', Q(0), '起'); '健全' -> (None, None, None)."""
    m = re.fullmatch(r"(≥|≤|＞|＜|>=|<=|=|＝)?\s*([\d,]+(?:\.\d+)?)\s*(.*)", s.strip())
    if not m:
        return None, None, None
    return SIGN.get(m.group(1), "eq"), num(m.group(2)), m.group(3).strip()


def completion(direction, t, a):
    """rules §5 completion; None where it is not defined (eq 0)."""
    if direction == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    if t == 0:
        return None
    return a / t * HUNDRED


class Row:
    pass


class Indicators:
    def __init__(self, chk, header, rows, col):
        self.chk, self.col = chk, col
        self.rows, self.total = [], None
        for cells in rows:
            if cells[0] in ("合计", "总分"):
                self.total = cells
                continue
            r = Row()
            r.cells, r.l1, r.name = cells, cells[col["l1"]], cells[col["name"]]
            if "nature" in col:                       # Sichuan: sign, value and unit in separate columns
                r.dir = SIGN[cells[col["nature"]]]
                r.t, r.tu = num(cells[col["target"]]), cells[col["unit"]]
                r.a, r.au = num(cells[col["actual"]]), cells[col["unit"]]
            else:
                r.dir, r.t, r.tu = split_value(cells[col["target"]])
                _, r.a, r.au = split_value(cells[col["actual"]])
            r.comp = cells[col["comp"]] if "comp" in col else None
            r.w, r.s = num(cells[col["w"]]), num(cells[col["s"]])
            self.rows.append(r)

    def row(self, name):
        found = [r for r in self.rows if r.name == name]
        if len(found) != 1:
            raise ParseError(f"indicator row {name!r} found {len(found)}×")
        return found[0]

    def level1(self, l1):
        found = [r for r in self.rows if r.l1 == l1]
        if not found:
            raise ParseError(f"no rows under {l1!r}")
        return found

    def check(self):
        c = self.chk
        for r in self.rows:
            if r.s.v > r.w.v or r.s.v < 0:
                c.fail("score_exceeds_weight", f"{r.name or r.l1}: score {r.s} > weight {r.w}")
            if r.t is None or r.a is None:
                continue                               # qualitative row
            if r.tu != r.au:
                c.fail("unit_mismatch", f"{r.name}: target in {r.tu!r}, actual in {r.au!r}")
                continue
            if r.au == "%" and r.a.v > HUNDRED:
                c.fail("implausible_rate", f"{r.name}: actual {r.a}% above 100%")
            if r.comp is not None and r.comp not in ("—", "-"):
                expect = completion(r.dir, r.t.v, r.a.v)
                stated = num(r.comp)
                if expect is None:
                    expect = HUNDRED if r.a.v <= 0 else Decimal(0)
                if abs(expect - stated.v) > stated.tol:
                    c.fail("completion_mismatch", f"{r.name}: completion {r2(expect)}%, stated {r.comp}")
        wsum = sum((r.w.v for r in self.rows), Decimal(0))
        if wsum != HUNDRED:
            c.fail("weight_sum_mismatch", f"weights add up to {wsum}")
        if self.total is not None:
            tw, ts = num(self.total[self.col["w"]]), num(self.total[self.col["s"]])
            if tw.v != wsum:
                c.fail("weight_sum_mismatch", f"weights add up to {wsum}, 合计 states {tw}")
            self.stated_total(ts, "table 合计")

    def ssum(self, rows=None):
        return sum((r.s.v for r in (rows or self.rows)), Decimal(0))

    def stated_total(self, q, what):
        if abs(self.ssum() - q.v) > q.tol:
            self.chk.fail("score_sum_mismatch", f"{what}: row scores add up to {self.ssum()}, stated {q}")

    def level_weight(self, l1, q, what):
        w = sum((r.w.v for r in self.level1(l1)), Decimal(0))
        if w != q.v:
            self.chk.fail("weight_sum_mismatch", f"{what}: {l1} rows weigh {w}, stated {q}")

    def level_score(self, l1, q, what):
        s = self.ssum(self.level1(l1))
        if abs(s - q.v) > q.tol:
            self.chk.fail("score_sum_mismatch", f"{what}: {l1} rows score {s}, stated {q}")

    def goals(self, pairs):
        """targets restated in the 绩效目标 text must equal the table's 年度指标值 (I11)."""
        for pattern, name in pairs:
            self.chk.same(num(self.chk.g(pattern)), self.row(name).t, f"goal text vs target of {name}")


# =====================================================================================================
# per-draft readers
# =====================================================================================================

def w(s):
    return amt(s, "万元")


def yuan(s):
    return amt(s, "元")


def ruijin(c):
    c.years(2019)
    tot, bas, proj = c.g(r"部门预算收入合计{M}，其中基本支出{M}、项目支出{M}。")
    c.sum(amt(tot), [amt(bas), amt(proj)], "部门预算 = 基本 + 项目")
    pbud, share = c.g(r"本项目全年预算{M}，占部门项目支出的([\d.]+%)")
    c.rate(amt(pbud), amt(proj), share, "share of 项目支出")
    init, add, carry, annual = c.g(r"项目年初预算{M}，全部为本级财政拨款。.*?追加预算{M}；.*?纳入上年结转资金{M}.*?调整后全年预算{M}。", re.S)
    c.sum(amt(annual), [amt(init), amt(add), amt(carry)], "年初 + 追加 + 结转 = 全年")

    _, rows = c.table("资金来源｜年初预算数", "｜")
    names = [r[0] for r in rows]
    if names != ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"]:
        raise ParseError(f"funds rows {names}")
    for k in (1, 2, 3):
        c.sum(w(rows[0][k]), [w(r[k]) for r in rows[1:]], f"表1 column {k}")
    for r in rows:
        c.rate(w(r[3]), w(r[2]), r[4], f"表1 {r[0]} 执行率")
    c.same(amt(init), w(rows[0][1]), "年初预算 text/table")
    c.same(amt(annual), w(rows[0][2]), "全年预算 text/table")
    c.same(amt(pbud), w(rows[0][2]), "项目全年预算 text/table")
    c.sum(w(rows[1][2]), [amt(init), amt(add)], "当年财政拨款 = 年初 + 追加")
    c.same(amt(carry), w(rows[2][2]), "上年结转 text/table")
    if num(rows[0][5]).v + 0 != 10:
        raise ParseError("execution weight")

    spent, a, b, d, e = c.g(r"全年执行{M}，其中运维服务费{M}、云资源及安全服务费{M}、等级保护测评费{M}、短信提醒服务费{M}。")
    c.sum(amt(spent), [amt(a), amt(b), amt(d), amt(e)], "执行 breakdown")
    c.same(amt(spent), w(rows[0][3]), "全年执行 text/table")
    contract, monthly = c.g(r"运维服务合同金额{M}，按每月{M}计算")
    c.product(amt(contract), amt(monthly), 12, "monthly × 12 = contract")
    c.same(amt(contract), amt(a), "运维服务费 contract/breakdown")
    cnt, price, sms = c.g(r"全年发送([\d,]+)条，按每条([\d.]+)元结算，计{M}")
    c.product(amt(sms), amt(price + "元"), int(cnt.replace(",", "")), "SMS count × price")
    c.same(amt(sms), amt(e), "短信费 元/万元")
    bal = c.g(r"未支出的{M}为第四季度")
    c.balance(w(rows[0][2]), w(rows[0][3]), amt(bal), "全年预算 − 执行 = 结转")

    ind = c.indicators("一级指标｜二级指标｜三级指标", "｜")
    ind.check()
    ex = ind.level1("预算执行率")[0]
    c.same(ex.a, num(rows[0][4]), "execution rate 表1/表2")
    ind.goals([(r"系统可用率不低于(\d+)%", "平台系统可用率"), (r"监管项目不少于(\d+)个", "纳入监管的预售项目"),
               (r"拨付申请(\d+)个工作日内办结", "拨付申请办结时限"), (r"数据对接率达到(\d+)%以上", "与网签备案系统数据对接率")])
    c.same(ex.s, num(rows[0][6]), "execution score 表1/表2")
    c.same(ex.w, num(rows[0][5]), "execution weight 表1/表2")
    n, comp = c.g(r"新纳入监管的预售项目(\d+)个，完成率([\d.]+%)")
    row = ind.row("纳入监管的预售项目")
    c.same(num(n), row.a, "监管项目 text/table")
    exp = completion(row.dir, row.t.v, num(n).v)
    if abs(exp - num(comp).v) > num(comp).tol:
        c.fail("completion_mismatch", f"监管项目 completion {r2(exp)} stated {comp}")
    q = c.g(r"系统可用率分别为([\d.]+%)、([\d.]+%)、([\d.]+%)、([\d.]+%)，全年平均([\d.]+%)")
    c.average([num(x) for x in q[:4]], num(q[4]), "quarterly availability")
    c.same(num(q[4]), ind.row("平台系统可用率").a, "可用率 text/table")
    c.same(num(c.g(r"拨付申请平均([\d.]+)个工作日办结")), ind.row("拨付申请办结时限").a, "办结时限 text/table")
    c.same(num(c.g(r"数据对接率为([\d.]+)%")), ind.row("与网签备案系统数据对接率").a, "对接率 text/table")
    c.same(num(c.g(r"未达到(\d+)%的目标")), ind.row("与网签备案系统数据对接率").t, "对接率 target text/table")
    sent, back, rr, sat = c.g(r"发放问卷(\d+)份，收回(\d+)份，回收率([\d.]+%)，综合满意度([\d.]+)%")
    c.rate(num(back), num(sent), rr, "问卷回收率")
    c.same(num(sat), ind.row("开发企业及购房人满意度").a, "满意度 text/table")
    c.same(w(ind.row("运维服务费").a.raw), amt(a), "运维服务费 actual/breakdown")

    wx, wo, wb, ws = c.g(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重")
    for l1, q_ in (("预算执行率", wx), ("产出指标", wo), ("效益指标", wb), ("满意度指标", ws)):
        ind.level_weight(l1, num(q_), "conclusion weights")
    if sum(num(x).v for x in (wx, wo, wb, ws)) != 100:
        c.fail("weight_sum_mismatch", "conclusion weights do not add up to 100")
    tot_s, sx, so, sb, ss, grade = c.g(r"项目自评得分([\d.]+)分，其中预算执行得([\d.]+)分、产出指标得([\d.]+)分、效益指标得([\d.]+)分、满意度指标得([\d.]+)分，评价等级为(\S)。")
    ind.stated_total(num(tot_s), "conclusion total")
    for l1, q_ in (("预算执行率", sx), ("产出指标", so), ("效益指标", sb), ("满意度指标", ss)):
        ind.level_score(l1, num(q_), "conclusion scores")
    c.grade(num(tot_s), grade, "conclusion")


def yuzhou(c):
    c.years(2021)
    _, rows = c.table("项目｜年初预算数｜全年预算数", "｜")
    names = [r[0] for r in rows]
    if names != ["年度资金总额", "其中：财政拨款", "上年结转", "其他资金"]:
        raise ParseError(f"funds rows {names}")
    for k in (1, 2, 3):
        c.sum(w(rows[0][k]), [w(r[k]) for r in rows[1:]], f"表1 column {k}")
    for r in rows:
        c.rate(w(r[3]), w(r[2]), r[4], f"表1 {r[0]} 执行率")
    bas, prj, pbud, prate = c.g(r"全年执行数中基本支出{M}、项目支出{M}；项目支出全年预算{M}，执行率([\d.]+%)")
    c.sum(w(rows[0][3]), [amt(bas), amt(prj)], "执行 = 基本 + 项目")
    c.rate(amt(prj), amt(pbud), prate, "项目支出执行率")
    c.balance(w(rows[0][2]), w(rows[0][3]), amt(c.g(r"全年未执行的{M}")), "部门 全年预算 − 执行")
    last, diff = c.g(r"2020年我局部门预算执行率为([\d.]+%)，本年提高([\d.]+)个百分点")
    c.points(num(rows[0][4]), num(last), num(diff), "比上年")

    _, kp = c.table("项目名称｜全年预算数｜全年执行数｜执行率", "｜")
    items, total = kp[:-1], kp[-1]
    if total[0] != "合计" or len(items) != 3:
        raise ParseError("key project table")
    c.sum(w(total[1]), [w(r[1]) for r in items], "重点项目 预算合计")
    c.sum(w(total[2]), [w(r[2]) for r in items], "重点项目 执行合计")
    for r in kp:
        c.rate(w(r[2]), w(r[1]), r[3], f"表2 {r[0]}")
    mean, pooled = c.g(r"执行率的算术平均为([\d.]+%)，按金额加权的合计执行率为([\d.]+%)")
    c.average([num(r[3]) for r in items], num(mean), "重点项目 mean rate")
    c.same(num(pooled), num(total[3]), "加权执行率 text/table")
    plat = kp[0]
    init, spent, a, monthly, b, d = c.g(r"平台运维项目年初预算{M}，年内未调整，全年执行{M}，其中运维服务费{M}（按每月{M}支付）、云服务器租赁费{M}、短信服务费{M}。")
    c.same(amt(init), w(plat[1]), "未调整: 年初 = 全年")
    c.same(amt(spent), w(plat[2]), "平台执行 text/table")
    c.sum(amt(spent), [amt(a), amt(b), amt(d)], "平台执行 breakdown")
    c.product(amt(a), amt(monthly), 12, "monthly × 12")
    cnt, price, sms = c.g(r"提醒(\d[\d,]*)条，按每条([\d.]+)元结算，计{M}")
    c.product(amt(sms), amt(price + "元"), int(cnt.replace(",", "")), "SMS count × price")
    c.same(amt(sms), amt(d), "短信费 元/万元")
    c.balance(w(plat[1]), w(plat[2]), amt(c.g(r"项目结余{M}已由财政收回")), "平台 预算 − 执行 = 结余")

    ind = c.indicators("一级指标｜二级指标｜三级指标", "｜")
    ind.check()
    ex = ind.level1("预算执行")[0]
    c.same(ex.a, num(rows[0][4]), "部门预算执行率 表1/表3")
    c.same(num(c.g(r"新批预售项目(\d+)个全部纳入")), ind.row("纳入资金监管的预售项目").a, "监管项目 text/table")
    c.same(num(c.g(r"系统可用率([\d.]+)%，")), ind.row("监管平台系统可用率").a, "可用率 text/table")
    c.same(num(c.g(r"拨付申请平均(\d+)个工作日办结")), ind.row("预售资金拨付申请办结时限").a, "办结时限")
    c.same(num(c.g(r"数字化扫描(\d+)万页")), ind.row("城建档案数字化扫描").a, "扫描页数")
    c.same(amt(c.g(r"公用经费支出{M}，控制")), w(ind.row("公用经费支出").a.raw), "公用经费")
    c.same(num(c.g(r"信访事项办结率([\d.]+)%")), ind.row("房地产领域信访办结率").a, "信访办结率")
    c.same(num(c.g(r"略低于(\d+)%的目标")), ind.row("房地产领域信访办结率").t, "信访 target")
    c.same(num(c.g(r"有效样本[\d,]+份，满意度([\d.]+)%")), ind.row("购房群众满意度").a, "满意度")
    nrows = c.g(r"共设三级指标(\d+)个")
    if int(nrows) != len(ind.rows):
        raise ParseError("indicator count")
    wo, wb, ws, wx = c.g(r"其中产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分、预算执行(\d+)分")
    for l1, q_ in (("产出指标", wo), ("效益指标", wb), ("满意度指标", ws), ("预算执行", wx)):
        ind.level_weight(l1, num(q_), "conclusion weights")
    tot_s, grade = c.g(r"自评得分([\d.]+)分，评价等级为(“\S+?”)")
    ind.stated_total(num(tot_s), "conclusion total")
    c.grade(num(tot_s), grade, "conclusion")


def beiliu(c):
    c.years(2022)
    init, sub, ann = c.g(r"项目年初预算{M}，为北流市本级财政资金；.*?补助资金{M}（.*?），全年预算{M}。")
    c.sum(amt(ann), [amt(init), amt(sub)], "年初 + 补助 = 全年")
    _, rows = c.table("项目\t行次\t合计", "\t")
    byname = {r[0]: r for r in rows}
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "到位率(%)", "执行率(%)"]
    if [r[0] for r in rows] != need:
        raise ParseError("funds rows")
    for key in need[:5]:
        r = byname[key]
        c.sum(w(r[2]), [w(x) for x in r[3:]], f"表1 {key} 合计")
    for k in range(2, 6):
        col = lambda key: w(byname[key][k])
        c.balance(col("实际到位资金"), col("全年执行资金"), col("资金结余"), f"表1 (5) column {k}")
        c.rate(col("实际到位资金"), col("全年预算资金"), byname["到位率(%)"][k], f"表1 (6) column {k}")
        c.rate(col("全年执行资金"), col("全年预算资金"), byname["执行率(%)"][k], f"表1 (7) column {k}")
    c.same(amt(init), w(byname["年初预算资金"][2]), "年初 text/table")
    c.same(amt(ann), w(byname["全年预算资金"][2]), "全年 text/table")
    c.same(amt(sub), w(byname["全年预算资金"][3]), "自治区补助 text/table")
    spent, rate = c.g(r"全年执行{M}，执行率([\d.]+%)")
    c.same(amt(spent), w(byname["全年执行资金"][2]), "执行 text/table")
    c.same(num(rate), num(byname["执行率(%)"][2]), "执行率 text/table")
    c.same(w(byname["全年执行资金"][3]), w(byname["全年预算资金"][3]), "自治区补助 已全部支出")
    parts = c.g(r"支出明细为：系统运维服务费{M}、银行对账接口维护费{M}、电子合同签章服务费{M}、机房租赁费{M}。")
    c.sum(amt(spent), [amt(x) for x in parts], "支出明细")
    price, cnt, sign = c.g(r"按每份(\d+)元计费，全年签章([\d,]+)份，计{M}")
    c.product(amt(sign), amt(price + "元"), int(cnt.replace(",", "")), "签章 count × price")
    c.same(amt(sign), amt(parts[2]), "签章费 元/万元")
    c.same(amt(c.g(r"结余{M}为电子签章")), w(byname["资金结余"][2]), "结余 text/table")

    ind = c.indicators("一级指标\t二级指标\t三级指标", "\t")
    ind.check()
    ind.goals([(r"纳入监管项目不少于(\d+)个", "纳入监管的预售项目"), (r"入账核对不少于(\d+)笔", "监管资金入账核对笔数"),
               (r"差错率控制在([\d.]+)%以内", "拨付审核差错率"), (r"系统故障(\d+)小时内响应", "系统故障响应时间"),
               (r"满意度达到(\d+)%以上", "购房群众满意度")])
    ex = ind.level1("预算执行")[0]
    c.same(ex.a, num(byname["执行率(%)"][2]), "执行率 表1/表2")
    q = c.g(r"分别核对监管资金入账([\d,]+)笔、([\d,]+)笔、([\d,]+)笔、([\d,]+)笔，合计([\d,]+)笔，季度平均([\d,.]+)笔")
    c.sum(num(q[4]), [num(x) for x in q[:4]], "quarterly counts")
    c.average([num(x) for x in q[:4]], num(q[5]), "quarterly mean")
    c.same(num(q[4]), ind.row("监管资金入账核对笔数").a, "入账核对 text/table")
    c.same(num(c.g(r"全年新批预售项目(\d+)个")), ind.row("纳入监管的预售项目").a, "监管项目 text/table")
    approx, err, erate = c.g(r"全年审核拨付申请约([\d,]+)笔，发现并纠正差错(\d+)笔，差错率([\d.]+)%")
    # 约: the count is an interval of ± half a unit of its last digit (rules §8)
    base = num(approx).v
    lo, hi = num(err).v / (base + Decimal("0.5")) * HUNDRED, num(err).v / (base - Decimal("0.5")) * HUNDRED
    if not (lo - num(erate).tol <= num(erate).v <= hi + num(erate).tol):
        c.fail("rate_mismatch", "差错率 outside the interval of 约")
    c.same(num(erate), ind.row("拨付审核差错率").a, "差错率 text/table")
    c.same(num(c.g(r"按期交付率为(\d+)%")), ind.row("监管项目按期交付率").a, "交付率 text/table")
    c.same(num(c.g(r"未达到(\d+)%的目标")), ind.row("监管项目按期交付率").t, "交付率 target")
    c.same(num(c.g(r"法院(\d+)个部门共享")), ind.row("监管数据共享部门").a, "共享部门")
    c.same(num(c.g(r"有效问卷\d+份，满意度([\d.]+)%")), ind.row("购房群众满意度").a, "满意度")
    ops = ind.row("系统运维服务费")
    if ops.au != "万元":
        raise ParseError("运维服务费 unit")
    c.same(amt(parts[0]), w(ops.a.raw), "运维服务费 text/table")
    tot_s, grade = c.g(r"自评得分([\d.]+)分，评价等级为(\S)。")
    ind.stated_total(num(tot_s), "conclusion total")
    c.grade(num(tot_s), grade, "conclusion")


def guanghan(c):
    c.years(2023)
    dbud, dspent, drate = c.g(r"部门全年预算{M}，全年支出{M}，部门预算执行率([\d.]+%)")
    c.rate(amt(dspent), amt(dbud), drate, "部门预算执行率")
    init, init_w, add, unitf, adj = c.g(r"年初批复预算{M}（{M}）。.*?追加财政资金{M}，.*?使用单位资金{M}支付等级保护测评费，调整后预算{M}。", re.S)
    c.same(amt(init), amt(init_w), "年初 元/万元")
    c.sum(amt(adj), [amt(init), amt(add), amt(unitf)], "年初 + 追加 + 单位资金 = 调整后")
    _, rows = c.table("资金来源｜年初预算数｜调整后预算数", "｜")
    names = [r[0] for r in rows]
    if names != ["合计", "财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        raise ParseError(f"funds rows {names}")
    for k in (1, 2, 3):
        c.sum(yuan(rows[0][k]), [yuan(r[k]) for r in rows[1:]], f"表1 column {k}")
    for r in rows:
        c.rate(yuan(r[3]), yuan(r[2]), r[4], f"表1 {r[0]} 执行率")
    c.same(amt(init), yuan(rows[0][1]), "年初 text/table")
    c.same(amt(adj), yuan(rows[0][2]), "调整后 text/table")
    c.sum(yuan(rows[1][2]), [yuan(rows[1][1]), amt(add)], "财政资金 年初 + 追加")
    c.same(amt(unitf), yuan(rows[3][2]), "单位资金 text/table")
    adj_w, sp_w, rate_w = c.g(r"项目调整后预算{M}，全年执行{M}，执行率([\d.]+%)")
    c.same(amt(adj_w), yuan(rows[0][2]), "调整后 万元/元")
    c.same(amt(sp_w), yuan(rows[0][3]), "执行 万元/元")
    c.rate(amt(sp_w), amt(adj_w), rate_w, "执行率 (万元 text)")
    c.same(num(rate_w), num(rows[0][4]), "执行率 text/table")
    parts = c.g(r"支出明细为：运维服务费{M}、云资源租赁费{M}、等级保护测评费{M}、短信及专线费{M}。")
    c.sum(yuan(rows[0][3]), [amt(x) for x in parts], "支出明细")
    c.same(amt(parts[2]), amt(unitf), "等保测评费 = 单位资金")
    c.product(amt(parts[0]), amt(c.g(r"运维服务按每月{M}支付，全年12个月")), 12, "monthly × 12")
    c.balance(yuan(rows[0][2]), yuan(rows[0][3]), amt(c.g(r"结余资金{M}为专线费")), "调整后 − 执行 = 结余")

    ind = c.indicators("一级指标｜二级指标｜三级指标｜指标性质", "｜")
    ind.check()
    ind.goals([(r"系统可用率不低于([\d.]+)%", "平台系统可用率"), (r"纳入监管项目不少于(\d+)个", "纳入监管预售项目"),
               (r"资金拨付不少于(\d+)笔", "资金拨付笔数"), (r"审核时限不超过(\d+)个工作日", "拨付审核时限"),
               (r"直连覆盖率达到(\d+)%。", "银行直连覆盖率")])
    ex = ind.level1("预算执行率")[0]
    c.same(ex.a, num(rows[0][4]), "执行率 表1/表2")
    n, cnt, days, avail = c.g(r"全年纳入监管预售项目(\d+)个，办理资金拨付([\d,]+)笔，平均审核时限(\d+)个工作日；平台全年可用率([\d.]+)%")
    c.same(num(n), ind.row("纳入监管预售项目").a, "监管项目 text/table")
    c.same(num(cnt), ind.row("资金拨付笔数").a, "拨付笔数 text/table")
    c.same(num(days), ind.row("拨付审核时限").a, "审核时限 text/table")
    c.same(num(avail), ind.row("平台系统可用率").a, "可用率 text/table")
    c.same(amt(parts[0]), yuan(ind.row("运维服务费").a.raw), "运维服务费 text/table")
    banks, direct, cov, tgt = c.g(r"(\d+)家监管银行中已有(\d+)家实现系统直连，覆盖率(\d+)%，未达到(\d+)%的目标")
    c.rate(num(direct), num(banks), cov + "%", "直连覆盖率")
    c.same(num(cov), ind.row("银行直连覆盖率").a, "覆盖率 text/table")
    c.same(num(tgt), ind.row("银行直连覆盖率").t, "覆盖率 target")
    wx, wi, wo, wb = c.g(r"预算执行情况(\d+)分、绩效指标(\d+)分（其中产出指标权重(\d+)分、效益指标权重(\d+)分）")
    ind.level_weight("预算执行率", num(wx), "conclusion weights")
    ind.level_weight("产出指标", num(wo), "conclusion weights")
    ind.level_weight("效益指标", num(wb), "conclusion weights")
    if num(wo).v + num(wb).v != num(wi).v or num(wx).v + num(wi).v != 100:
        c.fail("weight_sum_mismatch", f"conclusion weights {wx} + {wi} ({wo} + {wb})")
    tot_s, grade = c.g(r"项目得分([\d.]+)分，评价等级为(\S)。")
    ind.stated_total(num(tot_s), "conclusion total")
    c.grade(num(tot_s), grade, "conclusion")


def laixi(c):
    c.years(2025)
    tot, bas, proj = c.g(r"部门预算支出总额{M}，其中基本支出{M}、项目支出{M}。")
    c.sum(amt(tot), [amt(bas), amt(proj)], "部门 = 基本 + 项目")
    pbud, share = c.g(r"本项目全年预算{M}，占部门项目支出的([\d.]+%)")
    c.rate(amt(pbud), amt(proj), share, "share of 项目支出")
    init, lx, qd = c.g(r"项目年初预算{M}，其中莱西市级资金{M}、青岛市级补助{M}。")
    c.sum(amt(init), [amt(lx), amt(qd)], "年初 = 市级 + 补助")
    qd2 = c.g(r"月下达补助资金{M}。")
    c.same(amt(qd2), amt(qd), "补助 下达/年初")
    cut, ann = c.g(r"调减莱西市级资金{M}，调整后全年预算{M}。")
    c.sum(amt(init), [amt(ann), amt(cut)], "年初 = 全年 + 调减")
    _, rows = c.table("资金来源｜年初预算数｜全年预算数｜到位数｜执行数", "｜")
    names = [r[0] for r in rows]
    if names != ["合计", "莱西市级资金", "青岛市级补助", "其他资金"]:
        raise ParseError(f"funds rows {names}")
    for k in (1, 2, 3, 4):
        c.sum(w(rows[0][k]), [w(r[k]) for r in rows[1:]], f"表1 column {k}")
    c.same(amt(init), w(rows[0][1]), "年初 text/table")
    c.same(amt(lx), w(rows[1][1]), "市级 年初 text/table")
    c.same(amt(qd), w(rows[2][1]), "补助 年初 text/table")
    c.same(amt(ann), w(rows[0][2]), "全年 text/table")
    c.same(amt(pbud), w(rows[0][2]), "项目全年预算 text/table")
    c.sum(w(rows[1][1]), [w(rows[1][2]), amt(cut)], "市级 年初 = 全年 + 调减")
    rec, rrate, spent, erate = c.g(r"全年资金到位{M}，到位率(\d+%)；执行{M}，预算执行率([\d.]+%)")
    c.same(amt(rec), w(rows[0][3]), "到位 text/table")
    c.same(amt(spent), w(rows[0][4]), "执行 text/table")
    c.rate(amt(rec), amt(ann), rrate, "到位率")
    c.rate(amt(spent), amt(ann), erate, "执行率")
    qd3, lxs, lxr = c.g(r"其中青岛市级补助资金{M}已全部支出，莱西市级资金执行{M}，执行率([\d.]+%)")
    c.same(amt(qd3), w(rows[2][4]), "补助 全部支出")
    c.same(w(rows[2][4]), w(rows[2][2]), "补助 全部支出 = 预算")
    c.same(amt(lxs), w(rows[1][4]), "市级 执行 text/table")
    c.rate(amt(lxs), w(rows[1][2]), lxr, "莱西市级 执行率")
    for r in rows:
        c.rate(w(r[3]), w(r[2]), "—" if w(r[2]).v == 0 else "100%", f"{r[0]} 到位 = 预算 (到位率100%)")
    parts = c.g(r"支出中运维服务费{M}、银行对账服务费{M}、短信服务费{M}。")
    c.sum(amt(spent), [amt(x) for x in parts], "支出明细")
    per, nproj, total = c.g(r"按每个监管项目每年{M}计取，全年(\d+)个项目，计{M}。")
    c.product(amt(total), amt(per), int(nproj), "per project × projects")
    c.same(amt(total), amt(parts[1]), "对账服务费 元/万元")
    bal = c.g(r"尚未支付的{M}为短信服务")
    c.balance(amt(rec), amt(spent), amt(bal), "到位 − 执行 = 结转")

    ind = c.indicators("一级指标｜二级指标｜三级指标", "｜")
    ind.check()
    ex = ind.level1("预算执行")[0]
    c.same(ex.a, num(erate), "执行率 text/表2")
    ind.goals([(r"监管项目不少于(\d+)个", "纳入监管的预售项目"), (r"平台可用率不低于([\d.]+)%", "平台可用率"),
               (r"拨付审核(\d+)个工作日内办结", "拨付审核办结时限"), (r"运维费用控制在(\d+)万元以内", "运维费用控制"),
               (r"满意度达到(\d+)%以上", "购房人满意度")])
    c.same(num(nproj), ind.row("纳入监管的预售项目").a, "监管项目 per-project/table")
    c.same(num(c.g(r"全年纳入监管预售项目(\d+)个")), ind.row("纳入监管的预售项目").a, "监管项目 text/table")
    c.same(amt(parts[0]), w(ind.row("运维费用控制").a.raw), "运维服务费 text/table")
    got, done, drate = c.g(r"风险投诉共受理(\d+)件，办结(\d+)件，办结率([\d.]+%)")
    c.rate(num(done), num(got), drate, "投诉办结率")
    c.same(num(drate), ind.row("购房资金风险投诉办结率").a, "办结率 text/table")
    c.same(num(c.g(r"办结率未达到(\d+)%的目标")), ind.row("购房资金风险投诉办结率").t, "办结率 target")
    c.same(num(c.g(r"有效问卷\d+份，满意度([\d.]+)%")), ind.row("购房人满意度").a, "满意度")
    tw, wo, wb, ws, wx = c.g(r"绩效指标分值合计(\d+)分，其中产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分、预算执行(\d+)分")
    for l1, q_ in (("产出指标", wo), ("效益指标", wb), ("满意度指标", ws), ("预算执行", wx)):
        ind.level_weight(l1, num(q_), "conclusion weights")
    if sum(num(x).v for x in (wo, wb, ws, wx)) != num(tw).v or num(tw).v != 100:
        c.fail("weight_sum_mismatch", "conclusion weights")
    tot_s, grade = c.g(r"综合自评得分([\d.]+)分，评价等级为(\S)。")
    ind.stated_total(num(tot_s), "conclusion total")
    c.grade(num(tot_s), grade, "conclusion")


READERS = {
    "jx-ruijin-yushoujianguan-2019": ruijin,
    "ha-yuzhou-yushoujianguan-bumen-2021": yuzhou,
    "gx-beiliu-yushoujianguan-2022": beiliu,
    "sc-guanghan-yushoujianguan-2023": guanghan,
    "sd-laixi-yushoujianguan-2025": laixi,
}


def check_text(source, text):
    c = Checker(text)
    try:
        READERS[source](c)
    except ParseError as exc:
        c.fail("parse_error", str(exc))
    return c.fails


def edit_region(a, b):
    """Common prefix/suffix diff: (start, old_end, new_end)."""
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
    clean = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean[rec["source"]] = fh.read()
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files or len(labels) != 35:
        problems.append("labels.jsonl and cases/ do not list the same 35 files")
    counts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text)
        if not 1500 <= n <= 5000:
            problems.append(f"{rec['case']}: {n} characters")
        fails = check_text(rec["source"], text)
        got = {code for code, _ in fails}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            for code, msg in fails:
                problems.append(f"{rec['case']}: clean draft fails {code}: {msg}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: {len(exp)} labels")
            continue
        lab = exp[0]
        counts[lab["code"]] = counts.get(lab["code"], 0) + 1
        if lab["code"] not in CODES_A or lab["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {lab}")
        if got != {lab["code"]}:
            problems.append(f"{rec['case']}: labelled {lab['code']}, checks fail {sorted(got) or 'nothing'}: "
                            + "; ".join(f"{c}: {m}" for c, m in fails))
        if text.count(lab["value"]) != 1:
            problems.append(f"{rec['case']}: value occurs {text.count(lab['value'])}×")
            continue
        base = clean[rec["source"]]
        p, old_end, new_end = edit_region(base, text)
        if old_end - p > 40 or new_end - p > 40:
            problems.append(f"{rec['case']}: edit longer than 40 characters ({old_end - p}/{new_end - p})")
        if old_end == p and new_end == p:
            problems.append(f"{rec['case']}: identical to its clean draft")
        vs = text.index(lab["value"])
        ve = vs + len(lab["value"])
        es, ee = p, max(new_end, p + 1)
        if not (es < ve and vs < ee):
            problems.append(f"{rec['case']}: the edit [{es},{ee}) does not overlap the value [{vs},{ve})")
    for code in CODES_A:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} labelled {counts.get(code, 0)}× (< 2)")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"OK: {len(labels)} cases, {len(clean)} clean; per code: "
          + ", ".join(f"{c} {counts[c]}" for c in CODES_A))
    return 0


if __name__ == "__main__":
    sys.exit(main())
