#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl is well-formed; every label value occurs in its case; every error case differs
   from its clean draft in one contiguous place that overlaps an occurrence of the label value;
   every one of the 13 error codes of errors.md section A occurs at least twice.
2. The arithmetic of every draft is redone from the text (amounts, rates, balances, sums,
   weights, scores, grades, averages, completion rates, units, years, repeated figures).
   Clean drafts: every check must pass.  Error cases: the labelled code must fail and no other
   error-level code may fail (score_rule_mismatch is a warning and is only required on clean
   drafts).
Tolerance (rules.md section 8): a stated value with d decimals matches a computed value c iff
|c - v| <= 0.5 * 10^-d; figures marked 约/近/余/左右 get an input interval of half a unit of
their last digit.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]
WARNING_CODES = ["score_rule_mismatch"]

NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
DASHES = {"—", "-", "－", "–", ""}


# ----------------------------------------------------------------------------- numbers
def numstr(s):
    """The first number in s, as written (commas removed)."""
    m = NUM_RE.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return m.group(0).replace(",", "")


def N(s):
    """Decimal value of the first number in s ('' or a dash counts as 0)."""
    if isinstance(s, D):
        return s
    if isinstance(s, int):
        return D(s)
    if s.strip() in DASHES:
        return D(0)
    return D(numstr(s))


def decimals(s):
    n = numstr(s)
    return len(n.split(".")[1]) if "." in n else 0


def tol(s):
    return D("0.5") * (D(10) ** -decimals(s)) + D("1e-9")


def close(stated, computed):
    """Stated string vs computed Decimal, within the stated decimals."""
    return abs(N(stated) - D(computed)) <= tol(stated)


def same(a, b):
    """Two stated strings name the same value (within the coarser of the two precisions)."""
    return abs(N(a) - N(b)) <= max(tol(a), tol(b))


def unit_of(cell):
    """Unit written after the number ('万元', '%', '个', '人次', '天', ...); '' if none."""
    m = NUM_RE.search(cell)
    if not m:
        return None
    u = cell[m.end():].strip()
    u = re.sub(r"[/／].*$", "", u)  # '元/个' -> '元'
    return u


def direction(cell):
    c = cell.strip()
    if c.startswith(("≥", ">=", "＞＝", "不少于", "不低于")):
        return "gte"
    if c.startswith(("≤", "<=", "＜＝", "不超过", "不高于")):
        return "lte"
    if c.startswith(("=", "＝")):
        return "eq"
    return "gte"


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, ok, msg)

    # extraction ---------------------------------------------------------------
    def g(self, pat, grp=1, count=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != count:
            raise AssertionError(f"pattern {pat!r} matched {len(ms)} times (want {count})")
        if count == 1:
            return ms[0].group(grp)
        return [m.group(grp) for m in ms]

    def lines(self, label, n):
        """One-cell-per-line table: the n cells after the line '\\t<label>'."""
        ls = self.t.split("\n")
        idx = [i for i, l in enumerate(ls) if l == "\t" + label]
        if len(idx) != 1:
            raise AssertionError(f"lines label {label!r} found {len(idx)} times")
        i = idx[0]
        return [l[1:] if l.startswith("\t") else l for l in ls[i + 1:i + 1 + n]]

    def tsv(self, label, n):
        rows = [l.split("\t") for l in self.t.split("\n") if label in l.split("\t")]
        if len(rows) != 1:
            raise AssertionError(f"tsv label {label!r} found {len(rows)} times")
        cells = rows[0]
        i = cells.index(label)
        return cells[i + 1:i + 1 + n]

    def html(self, label, n):
        key = f"<td>{label}</td>"
        if self.t.count(key) != 1:
            raise AssertionError(f"html label {label!r} found {self.t.count(key)} times")
        pos = self.t.index(key) + len(key)
        cells = re.findall(r"<td[^>]*>(.*?)</td>", self.t[pos:])
        return cells[:n]

    def spaced(self, label, n):
        rows = [l for l in self.t.split("\n") if label + " " in l]
        if len(rows) != 1:
            raise AssertionError(f"spaced label {label!r} found {len(rows)} times")
        rest = rows[0][rows[0].index(label) + len(label):].split()
        return rest[:n]

    def pipe(self, label, n):
        rows = [l.split("｜") for l in self.t.split("\n") if l.startswith(label + "｜")]
        if len(rows) != 1:
            raise AssertionError(f"pipe label {label!r} found {len(rows)} times")
        return rows[0][1:1 + n]

    # checks -------------------------------------------------------------------
    def chk(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def rate(self, stated, num, den, what, code="rate_mismatch"):
        den = N(den)
        if den == 0:
            return
        c = N(num) / den * 100
        self.chk(code, close(stated, c), f"{what}: stated {stated}, computed {c:.4f}")
        self.chk("implausible_rate", N(stated) <= 100 and N(stated) >= 0,
                 f"{what}: rate {stated} outside [0, 100]")

    def zero_base_rate(self, cell, base, what):
        """A rate printed over a zero base: only a dash or a zero is tolerated."""
        if N(base) == 0:
            ok = cell.strip() in DASHES or N(cell) == 0
            self.chk("implausible_rate", ok, f"{what}: rate {cell!r} on a zero base")

    def pct_range(self, stated, what):
        self.chk("implausible_rate", D(0) <= N(stated) <= 100, f"{what}: {stated} outside [0, 100]")

    def total(self, stated, parts, what, code="sum_mismatch", factors=None):
        """stated = sum(parts); parts may be strings or (string, factor) pairs."""
        vals = []
        for p in parts:
            if isinstance(p, tuple):
                vals.append(N(p[0]) * D(p[1]))
            else:
                vals.append(N(p))
        c = sum(vals, D(0))
        scale = D(factors) if factors else D(1)
        if close(stated, c * scale):
            self.chk(code, True, what)
            return
        # a single amount off by 10^4 / 10^8 is a unit slip, not a broken sum
        for i in range(len(vals)):
            for f in (D("1e-4"), D("1e4"), D("1e-8"), D("1e8")):
                c2 = (c - vals[i] + vals[i] * f) * scale
                if close(stated, c2):
                    self.chk("unit_mismatch", False, f"{what}: part {i} off by a power of ten")
                    return
        for f in (D("1e-4"), D("1e4")):
            if close(str(N(stated) * f), c * scale):
                self.chk("unit_mismatch", False, f"{what}: total off by a power of ten")
                return
        self.chk(code, False, f"{what}: stated {stated}, computed {c * scale}")

    def diff(self, stated, a, b, what, code="balance_mismatch"):
        c = N(a) - N(b)
        self.chk(code, close(stated, c), f"{what}: stated {stated}, computed {c}")

    def eqv(self, a, b, what, code="conflicting_values"):
        self.chk(code, same(a, b), f"{what}: {a} vs {b}")

    def avg(self, stated, items, what):
        c = sum((N(i) for i in items), D(0)) / len(items)
        self.chk("average_mismatch", close(stated, c), f"{what}: stated {stated}, computed {c:.4f}")

    def weights(self, stated_total, parts, what):
        c = sum((N(p) for p in parts), D(0))
        self.chk("weight_sum_mismatch", c == N(stated_total), f"{what}: sum {c} vs {stated_total}")

    def scores(self, stated_total, parts, what):
        c = sum((N(p) for p in parts), D(0))
        self.chk("score_sum_mismatch", close(stated_total, c), f"{what}: sum {c} vs {stated_total}")

    def capped(self, score, weight, what):
        self.chk("score_exceeds_weight", D(0) <= N(score) <= N(weight),
                 f"{what}: score {score} vs weight {weight}")

    def grade(self, total, label, what="grade"):
        s = N(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "合格", "一般"),
                 "差": ("差", "较差", "不合格")}
        self.chk("grade_mismatch", label in names[band], f"{what}: {total} -> {band}, stated {label}")

    def units(self, target, actual, what):
        ut, ua = unit_of(target), unit_of(actual)
        self.chk("unit_mismatch", ut == ua, f"{what}: target unit {ut!r}, actual unit {ua!r}")
        return ut == ua

    def completion(self, stated, target, actual, what, dirn=None):
        if unit_of(target) != unit_of(actual):
            return  # reported as unit_mismatch
        dirn = dirn or direction(target)
        T, A = N(target), N(actual)
        if dirn == "lte":
            c = D(100) if A <= T else T / A * 100
        else:
            c = A / T * 100
        self.chk("completion_mismatch", close(stated, c), f"{what}: stated {stated}, computed {c:.4f}")

    def rule(self, score, weight, target, actual, what, dirn=None, ratio=None):
        """Scoring rule (warning): full marks when met, proportional when not; lte -> w*T/A."""
        w = N(weight)
        if ratio is not None:
            exp = [w * min(D(1), D(ratio)), w * min(D(1), r2(D(ratio) * 100) / 100)]
        else:
            if unit_of(target) != unit_of(actual):
                return
            dirn = dirn or direction(target)
            T, A = N(target), N(actual)
            if dirn == "lte":
                exp = [w if A <= T else w * T / A]
            else:
                exp = [w * min(D(1), A / T)]
        ok = any(close(score, e) for e in exp)
        self.chk("score_rule_mismatch", ok, f"{what}: score {score}, expected {[str(r2(e)) for e in exp]}")

    def year(self, found, expected, what, op="=="):
        f, e = int(found), int(expected)
        ok = {"==": f == e, ">": f > e, ">=": f >= e, "<": f < e}[op]
        self.chk("year_mismatch", ok, f"{what}: {found} {op} {expected}")


# ============================================================================= drafts
def sx_jiaocheng(c):
    Y = 2019
    # ---- funds table, one cell per line: 行次, 总额, 小计, 中央, 省, 市, 县, 结转, 其他
    rows = {}
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
                "预算到位率(%)", "预算执行率(%)"):
        rows[key] = c.lines(key, 9)[1:]
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = rows[key]
        c.total(r[1], r[2:6], f"{key} 小计 = 中央+省+市+县")
        c.total(r[0], [r[1], r[6], r[7]], f"{key} 总额 = 小计+结转+其他")
    cols = ["总额", "小计", "中央", "省", "市", "县", "结转", "其他"]
    for j, col in enumerate(cols):
        b, rec, sp = rows["全年预算资金"][j], rows["实际到位资金"][j], rows["全年执行资金"][j]
        c.diff(rows["资金结余"][j], rec, sp, f"(5)=(3)-(4) {col}")
        if N(b) == 0:
            c.zero_base_rate(rows["预算到位率(%)"][j], b, f"(6) {col}")
            c.zero_base_rate(rows["预算执行率(%)"][j], b, f"(7) {col}")
        else:
            c.rate(rows["预算到位率(%)"][j], rec, b, f"(6)=(3)/(2) {col}")
            c.rate(rows["预算执行率(%)"][j], sp, b, f"(7)=(4)/(2) {col}")
    F = rows
    # ---- funds prose
    c.eqv(c.g(r"年初预算(\d+\.\d+)万元，由中央"), F["年初预算资金"][0], "年初预算 text/table")
    central = c.g(r"中央财政资金(\d+)万元（")
    prov = c.g(r"省级资金(\d+)万元、县级配套")
    county = c.g(r"县级配套(\d+)万元和")
    carry = c.g(r"2018年结转资金(\d+\.\d+)万元组成")
    c.total(F["年初预算资金"][0], [central, prov, county, carry], "年初预算 = 中央+省+县+结转 (text)")
    c.eqv(central, F["年初预算资金"][2], "中央 text/table")
    c.eqv(prov, F["年初预算资金"][3], "省级 text/table")
    c.eqv(county, F["年初预算资金"][5], "县级 text/table")
    c.eqv(carry, F["年初预算资金"][6], "结转 text/table")
    add = c.g(r"追加县级运营补助(\d+)万元")
    annual = c.g(r"全年预算调整为(\d+\.\d+)万元")
    c.total(annual, [F["年初预算资金"][0], add], "全年预算 = 年初 + 追加")
    c.total(F["全年预算资金"][5], [F["年初预算资金"][5], add], "县级全年 = 年初 + 追加")
    c.eqv(annual, F["全年预算资金"][0], "全年预算 text/table")
    c.rate(c.g(r"到位率(\d+)%；"), F["实际到位资金"][0], annual, "到位率 text")
    spent = c.g(r"全年支出(\d+\.\d+)万元，预算执行率")
    c.eqv(spent, F["全年执行资金"][0], "全年支出 text/table")
    c.rate(c.g(r"预算执行率(\d+\.\d+)%，中央"), spent, annual, "执行率 text")
    c.rate(c.g(r"县级资金执行率(\d+)%"), F["全年执行资金"][5], F["全年预算资金"][5], "县级执行率 text")
    # ---- spending breakdown and operating subsidy
    parts = [c.g(r"益农信息社运营补助(\d+\.\d+)万元，村级"), c.g(r"村级信息员培训(\d+\.\d+)万元"),
             c.g(r"专线租用(\d+\.\d+)万元"), c.g(r"终端设备维护(\d+\.\d+)万元")]
    c.total(spent, parts, "支出构成 = 全年支出")
    std_amt = c.g(r"标准社每社每年(\d+)元")
    pro_amt = c.g(r"专业社每社每年(\d+)元")
    due = c.g(r"全县应拨付(\d+\.\d+)万元")
    c.total(due, [(str(N(std_amt) * 120), 1), (str(N(pro_amt) * 6), 1)], "应拨付 = 120x标准 + 6x专业",
            factors="0.0001")
    paid = c.g(r"实际拨付(\d+\.\d+)万元")
    c.eqv(paid, parts[0], "运营补助 支出/实际拨付")
    unpaid = c.g(r"未拨付的(\d+\.\d+)万元")
    c.diff(unpaid, due, paid, "未拨付 = 应拨付 - 实际拨付")
    paused = c.g(r"年内考核有(\d+)个标准社")
    c.total(unpaid, [(paused, N(std_amt))], "未拨付 = 暂停社数 x 标准", code="balance_mismatch",
            factors="0.0001")
    c.total(c.g(r"建成益农信息社(\d+)个"), [c.g(r"县级中心社(\d+)个"), c.g(r"专业社(\d+)个、标准社"),
                                        c.g(r"标准社(\d+)个）")], "127 = 1 + 6 + 120")
    village = c.g(r"年底全县(\d+)个村级益农信息社")
    c.total(village, [c.g(r"专业社(\d+)个、标准社"), c.g(r"标准社(\d+)个）")], "村级社 = 专业 + 标准")
    normal = c.g(r"中正常运营(\d+)个")
    c.diff(normal, village, paused, "正常运营 = 村级社 - 暂停")
    # ---- years
    c.year(c.g(r"项目名称：(\d{4})年信息进村入户"), Y, "项目名称")
    c.year(c.g(r"(\d{4})年12月提前下达"), Y - 1, "提前下达 (December before)")
    c.year(c.g(r"截至(\d{4})年12月31日"), Y, "截至日期")
    c.year(c.g(r"已结转至(\d{4})年"), Y, "结转 to a later year", op=">")
    c.year(c.g(r"运营补助于(\d{4})年11月26日拨付"), Y, "拨付日期")
    c.year(c.g(r"\n(\d{4})年3月16日\n"), Y, "report date", op=">=")
    c.year(c.g(r"(\d{4})年1月至12月"), Y, "实施计划")
    # ---- indicator table: 权重, 目标值, 业绩值, 完成率, 指标得分
    ind = {}
    for lab in ("预算执行率", "正常运营的村级益农信息社", "培训村级信息员", "\"四类服务\"开通率",
                "运营补助拨付时间", "标准社运营补助标准", "便民服务人次", "代购代销农产品交易额", "农户满意度"):
        ind[lab] = c.lines(lab, 5)
    tot = c.lines("合计", 8)
    tw, ts = tot[2], tot[6]
    c.weights(tw, [r[0] for r in ind.values()], "权重合计")
    c.weights("100", [r[0] for r in ind.values()], "权重 = 100")
    out = ["正常运营的村级益农信息社", "培训村级信息员", "\"四类服务\"开通率", "运营补助拨付时间", "标准社运营补助标准"]
    ben = ["便民服务人次", "代购代销农产品交易额"]
    c.weights(c.g(r"产出指标得满分(\d+)分"), [ind[k][0] for k in out], "产出 weights (text)")
    c.scores(ts, [r[4] for r in ind.values()], "得分合计")
    for k, r in ind.items():
        c.capped(r[4], r[0], k)
    prose_total = c.g(r"自评总得分(\d+\.\d+)分")
    c.eqv(prose_total, ts, "总得分 text/table")
    c.grade(prose_total, c.g(r"属于\"(.+?)\""))
    c.eqv(c.g(r"预算执行率得(\d+\.\d+)分"), ind["预算执行率"][4], "执行得分 text/table")
    c.scores(c.g(r"产出指标得满分(\d+)分"), [ind[k][4] for k in out], "产出得分 (text)")
    c.scores(c.g(r"效益指标得(\d+\.\d+)分"), [ind[k][4] for k in ben], "效益得分 (text)")
    c.eqv(c.g(r"满意度指标得(\d+)分"), ind["农户满意度"][4], "满意度得分 text/table")
    c.scores(prose_total, [c.g(r"预算执行率得(\d+\.\d+)分"), c.g(r"产出指标得满分(\d+)分"),
                           c.g(r"效益指标得(\d+\.\d+)分"), c.g(r"满意度指标得(\d+)分")], "总得分 = 四部分 (text)")
    # completion, units, rules
    ex = ind["预算执行率"]
    c.eqv(ex[2], F["预算执行率(%)"][0], "执行率 自评表/资金表")
    c.completion(ex[3], ex[1], ex[2], "执行率 完成率")
    c.rule(ex[4], ex[0], None, None, "执行得分", ratio=N(spent) / N(annual))
    for k in out + ben + ["农户满意度"]:
        w, t, a, comp, s = ind[k]
        if k == "运营补助拨付时间":
            c.year(c.g(r"\t(\d{4})年11月30日前"), Y, "时效 target year")
            c.year(c.g(r"\t(\d{4})年11月26日\n"), Y, "时效 actual year")
            ok = (int(re.search(r"(\d+)日", a).group(1)) <= int(re.search(r"(\d+)日", t).group(1)))
            c.chk("completion_mismatch", close(comp, D(100) if ok else D(0)), "时效 完成率")
            c.rule(s, w, "1", "1" if ok else "0", k)
            continue
        if c.units(t, a, k):
            c.completion(comp, t, a, k)
            c.rule(s, w, t, a, k)
    c.pct_range(ind["农户满意度"][2], "满意度")
    # prose restatements and prose arithmetic
    c.eqv(normal, ind["正常运营的村级益农信息社"][2], "正常运营 text/table")
    c.completion(c.g(r"完成年度目标的(\d+\.\d+)%"), ind["正常运营的村级益农信息社"][1], normal + "个", "正常运营 完成率 (text)")
    batches = c.g(r"参训人数分别为(\d+)、(\d+)、(\d+)、(\d+)人次", grp=0)
    items = re.findall(r"\d+", batches.replace("参训人数分别为", ""))
    c.total(c.g(r"合计(\d+)人次"), items, "4期合计")
    c.avg(c.g(r"平均每期(\d+\.\d+)人次"), items, "平均每期")
    c.eqv(c.g(r"合计(\d+)人次"), ind["培训村级信息员"][2], "培训人次 text/table")
    c.eqv(c.g(r"开通率(\d+\.\d+)%，运营"), ind["\"四类服务\"开通率"][2], "开通率 text/table")
    c.eqv(c.g(r"便民服务(\d+\.\d+)万人次，比"), ind["便民服务人次"][2], "便民服务 text/table")
    c.eqv(c.g(r"代购代销农产品交易额(\d+)万元，未完成"), ind["代购代销农产品交易额"][2], "交易额 text/table")
    c.eqv(c.g(r"未完成(\d+)万元的年度目标"), ind["代购代销农产品交易额"][1], "交易额目标 text/table")
    c.eqv(std_amt, ind["标准社运营补助标准"][2], "补助标准 text/table")
    c.rate(c.g(r"满意度(\d+\.\d+)%。\n"), c.g(r"表示满意的(\d+)户"), c.g(r"随机走访农户(\d+)户"), "满意度 = 468/500")
    c.eqv(c.g(r"满意度(\d+\.\d+)%。\n"), ind["农户满意度"][2], "满意度 text/table")
    goal = c.g(r"2\.年度目标：(.+?)\n")
    for lab, pat in (("正常运营的村级益农信息社", r"不少于(\d+)个"), ("培训村级信息员", r"不少于(\d+)人次"),
                     ("\"四类服务\"开通率", r"不低于(\d+)%，"), ("便民服务人次", r"不少于(\d+\.\d+)万人次"),
                     ("代购代销农产品交易额", r"不低于(\d+)万元"), ("农户满意度", r"满意度不低于(\d+)%")):
        c.eqv(re.search(pat, goal).group(1), ind[lab][1], f"年度目标 {lab} text/table")
    c.eqv(c.g(r"对照年初申报的(\d+)项指标"), str(len(ind)), "指标项数")
    c.year(c.g(r"(\d{4})年项目资金用于"), Y, "项目概况 year")
    c.year(c.g(r"吕梁市(\d{4})年信息进村入户"), Y, "工作要点 year")
    c.year(c.g(r"(\d{4})年项目年初预算"), Y, "预算 year")
    c.year(c.g(r"已结转至(\d{4})年继续"), Y + 1, "结转 next year")


def jx_chongyi(c):
    Y = 2022
    tot = c.tsv("年度资金总额", 6)
    fis = c.tsv("其中：当年财政拨款", 6)
    car = c.tsv("上年结转资金", 6)
    oth = c.tsv("其他资金", 6)
    for j, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.total(tot[j], [fis[j], car[j], oth[j]], f"年度资金总额 {col}")
    c.rate(tot[4], tot[2], tot[1], "执行率 (table)")
    for r, nm in ((fis, "当年财政拨款"), (car, "上年结转"), (oth, "其他资金")):
        c.chk("implausible_rate", r[4].strip() in DASHES or (N(r[1]) > 0 and close(r[4], N(r[2]) / N(r[1]) * 100)),
              f"{nm} 执行率 cell {r[4]!r}")
    c.rule(tot[5], tot[3], None, None, "执行得分", ratio=N(tot[2]) / N(tot[1]))
    # prose funds
    init = c.g(r"项目年初预算(\d+)万元")
    carry = c.g(r"专项资金(\d+)万元，经县财政局批复")
    annual = c.g(r"全年预算(\d+)万元。")
    c.eqv(init, tot[0], "年初 text/table")
    c.eqv(carry, car[1], "结转 text/table")
    c.eqv(annual, tot[1], "全年 text/table")
    c.total(annual, [init, carry], "全年 = 年初 + 结转")
    spent = c.g(r"项目支出(\d+\.\d+)万元，预算执行率")
    c.eqv(spent, tot[2], "执行 text/table")
    c.rate(c.g(r"预算执行率(\d+\.\d+)%。支出"), spent, annual, "执行率 text")
    c.diff(c.g(r"年底未支付的(\d+\.\d+)万元"), annual, spent, "未支付 = 全年 - 执行")
    c.year(c.g(r"(\d{4})年结余的省级电子商务"), Y - 1, "carry-over origin year")
    c.year(c.g(r"批复结转至(\d{4})年，统筹"), Y, "incoming carry-over year")
    c.year(c.g(r"已结转至(\d{4})年支付"), Y, "outgoing carry-over", op=">")
    c.year(c.g(r"截至(\d{4})年12月31日"), Y, "截至日期")
    c.year(c.g(r"年初预算资金于(\d{4})年3月拨付"), Y, "拨付日期")
    c.year(c.g(r"（(\d{4})年度）"), Y, "自评表年度")
    c.year(c.g(r"崇义县商务局(\d{4})年度项目支出"), Y, "title")
    c.year(c.g(r"\n(\d{4})年3月10日\n"), Y, "report date", op=">=")
    c.year(c.g(r"\t(\d{4})年11月30日前"), Y, "时效 target")
    c.year(c.g(r"\t(\d{4})年11月18日\t"), Y, "时效 actual")
    # indicators: 年度指标值, 实际完成值, 分值, 得分
    labs = ["举办直播电商培训班期数", "培训学员人数", "学员结业考核合格率", "能独立开播的孵化主播人数",
            "培训任务完成时间", "人均培训成本", "学员直播带货销售额", "带动农户就业增收户数",
            "持续开播3个月以上学员占比", "参训学员满意度"]
    ind = {k: c.tsv(k, 4) for k in labs}
    total_row = [x for x in c.t.split("\n") if x.startswith("总分\t")]
    assert len(total_row) == 1
    tcells = [x for x in total_row[0].split("\t")[1:] if x.strip()]
    tw, ts = tcells[0], tcells[1]
    ws = [tot[3]] + [ind[k][2] for k in labs]
    c.weights(tw, ws, "分值合计")
    c.weights("100", ws, "分值 = 100")
    lvl = {"产出": labs[0:6], "效益": labs[6:9], "满意度": labs[9:10]}
    c.eqv(c.g(r"按预算执行率(\d+)分"), tot[3], "执行分值 text/table")
    for name, ks in lvl.items():
        c.weights(c.g(name + r"指标(\d+)分"), [ind[k][2] for k in ks], f"{name} weights (text)")
    c.scores(ts, [tot[5]] + [ind[k][3] for k in labs], "得分合计")
    for k in labs:
        c.capped(ind[k][3], ind[k][2], k)
    prose_total = c.g(r"本项目自评得分(\d+)分")
    c.eqv(prose_total, ts, "总分 text/table")
    c.grade(prose_total, c.g(r"评价等级为(..)"))
    for k in labs:
        t, a, w, s = ind[k]
        if k == "培训任务完成时间":
            ok = int(re.search(r"(\d+)日", a).group(1)) <= int(re.search(r"(\d+)日", t).group(1))
            c.rule(s, w, "1", "1" if ok else "0", k)
            continue
        if c.units(t, a, k):
            c.rule(s, w, t, a, k)
    c.pct_range(ind["参训学员满意度"][1], "学员满意度")
    # prose restatements
    c.eqv(c.g(r"全年举办培训(\d+)期，其中"), ind[labs[0]][1], "期数 text/table")
    c.total(c.g(r"全年举办培训(\d+)期，其中"), [c.g(r"县城集中培训(\d+)期"), c.g(r"乡镇巡回培训(\d+)期")], "9 = 5 + 4")
    c.eqv(c.g(r"全年培训学员(\d+)人"), ind[labs[1]][1], "学员 text/table")
    c.eqv(c.g(r"发放问卷(\d+)份"), ind[labs[1]][1], "问卷 = 学员")
    c.eqv(c.g(r"合格率(\d+\.\d+)%；"), ind[labs[2]][1], "合格率 text/table")
    c.eqv(c.g(r"开播的主播(\d+)人，比"), ind[labs[3]][1], "主播 text/table")
    c.diff(c.g(r"比目标少(\d+)人"), ind[labs[3]][0], ind[labs[3]][1], "少6人", code="sum_mismatch")
    approx = c.g(r"人均培训成本约(\d+)元")
    per = N(spent) * 10000 / N(ind[labs[1]][1])
    c.chk("average_mismatch", abs(per - N(approx)) <= D("0.5") + D("1e-9"), f"人均成本约{approx} vs {per:.2f}")
    c.eqv(approx, ind[labs[5]][1], "人均成本 text/table")
    c.eqv(c.g(r"低于(\d+)元的控制标准"), ind[labs[5]][0], "成本标准 text/table")
    c.eqv(c.g(r"带动(\d+)户农户"), ind[labs[7]][1], "带动户数 text/table")
    c.eqv(c.g(r"带动农户增收(\d+)户\n"), ind[labs[7]][1], "带动户数 目标行/table")
    c.eqv(c.g(r"举办培训(\d+)期、培训\d+人，孵化"), ind[labs[0]][1], "期数 目标行")
    c.eqv(c.g(r"培训(\d+)人，孵化主播"), ind[labs[1]][1], "学员 目标行")
    c.eqv(c.g(r"孵化主播(\d+)人，带动"), ind[labs[3]][1], "主播 目标行")
    c.eqv(c.g(r"学员占比(\d+\.\d+)%，部分"), ind[labs[8]][1], "持续开播 text/table")
    c.eqv(c.g(r"参训学员满意度(\d+\.\d+)%；"), ind[labs[9]][1], "满意度 text/table")
    c.pct_range(c.g(r"满意度为(\d+\.\d+)%"), "企业满意度")
    goal = c.g(r"（三）年度绩效目标\n(.+?)\n")
    for lab, pat in ((labs[0], r"不少于(\d+)期"), (labs[1], r"学员不少于(\d+)人"), (labs[2], r"合格率不低于(\d+)%"),
                     (labs[3], r"主播不少于(\d+)人"), (labs[6], r"销售额不低于(\d+)万元"),
                     (labs[7], r"增收不少于(\d+)户"), (labs[8], r"占比不低于(\d+)%"),
                     (labs[9], r"满意度不低于(\d+)%"), (labs[5], r"控制在(\d+)元以内")):
        c.eqv(re.search(pat, goal).group(1), ind[lab][0], f"年度目标 {lab} text/table")
    grow = [x for x in c.t.split("\n") if x.startswith("\t举办直播电商培训班不少于")]
    assert len(grow) == 1
    for lab, pat in ((labs[0], r"不少于(\d+)期"), (labs[1], r"培训(\d+)人以上"), (labs[3], r"主播(\d+)人"),
                     (labs[7], r"增收(\d+)户以上")):
        c.eqv(re.search(pat, grow[0]).group(1), ind[lab][0], f"目标行 {lab}")
    c.year(c.g(r"县商务局(\d{4})年设立"), Y, "设立 year")
    c.year(c.g(r"实施期为(\d{4})年3月至12月"), Y, "实施期")
    c.year(c.g(r"制定《(\d{4})年农村电商"), Y, "实施方案 year")
    c.year(c.g(r"县政府(\d{4})年第3次"), Y, "常务会议 year")
    c.year(c.g(r"项目名称\t(\d{4})年农村电商"), Y, "表 项目名称")
    c.year(c.g(r"已结转至(\d{4})年支付"), Y + 1, "结转 next year")


def sc_jingyan(c):
    Y = 2023
    tot = c.html("年度资金总额", 6)
    fis = c.html("财政资金", 6)
    zero = {k: c.html(k, 6) for k in ("财政专户管理资金", "单位资金", "其他资金")}
    for j, col in enumerate(("年初", "全年", "执行")):
        c.total(tot[j], [fis[j]] + [r[j] for r in zero.values()], f"年度资金总额 {col}")
    c.rate(tot[4], tot[2], tot[1], "执行率 total")
    c.rate(fis[4], fis[2], fis[1], "执行率 财政资金")
    for k, r in zero.items():
        c.zero_base_rate(r[4], r[1], k)
    c.rule(tot[5], tot[3], None, None, "执行得分", ratio=N(tot[2]) / N(tot[1]))
    # prose funds
    init = c.g(r"年初预算(\d+)万元，其中")
    cen = c.g(r"补助资金(\d+)万元、省级")
    prov = c.g(r"试点资金(\d+)万元、县级")
    cty = c.g(r"县级配套(\d+)万元。")
    add = c.g(r"县级追加(\d+)万元")
    annual = c.g(r"全年预算(\d+)万元。")
    c.total(init, [cen, prov, cty], "年初 = 中央+省+县")
    c.total(annual, [init, add], "全年 = 年初 + 追加")
    c.eqv(init, tot[0], "年初 text/table")
    c.eqv(annual, tot[1], "全年 text/table")
    add_rec = c.g(r"追加资金年内到位(\d+)万元")
    rec = c.g(r"全年到位(\d+\.\d+)万元")
    c.total(rec, [cen, prov, cty, add_rec], "到位 = 中央+省+县+追加到位")
    c.rate(c.g(r"到位率(\d+\.\d+)%"), rec, annual, "到位率")
    spent = c.g(r"全年支出(\d+\.\d+)万元，其中")
    c.eqv(spent, tot[2], "执行 text/table")
    parts = [c.g(r"服务站建设(\d+\.\d+)万元"), c.g(r"开发部署(\d+\.\d+)万元"),
             c.g(r"服务中心改造(\d+\.\d+)万元"), c.g(r"运营推广(\d+(?:\.\d+)?)万元")]
    c.total(spent, parts, "支出构成 = 全年支出")
    c.diff(c.g(r"已到位未支出的(\d+\.\d+)万元"), rec, spent, "结余 = 到位 - 执行")
    c.diff(c.g(r"未到位的(\d+)万元"), annual, rec, "未到位 = 全年 - 到位")
    # years
    c.year(c.g(r"中央资金于(\d{4})年12月提前下达"), Y - 1, "提前下达")
    c.year(c.g(r"县级配套于(\d{4})年4月前到位"), Y, "到位日期")
    c.year(c.g(r"已结转至(\d{4})年"), Y, "结转", op=">")
    c.year(c.g(r"在(\d{4})年预算中统筹"), Y, "next budget", op=">")
    c.year(c.g(r"自评表（(\d{4})年度）"), Y, "自评表年度")
    c.year(c.g(r"井研县农业农村局(\d{4})年度数字乡村"), Y, "title")
    c.year(c.g(r"<td[^>]*>(\d{4})年数字乡村试点建设项目"), Y, "项目名称")
    c.year(c.g(r"发布时间：(\d{4})-"), Y, "publication", op=">")
    c.year(c.g(r"&nbsp;&nbsp;(\d{4})年4月18日"), Y, "report date", op=">")
    # indicators: 性质, 指标值, 单位, 实际, 分值, 得分
    labs = ["建成村级数字乡村服务站", "平台覆盖试点行政村", "平台系统验收合格率", "站点建设按期完成率",
            "单个村级服务站建设成本", "村民线上办理事项", "农产品线上销售额", "平台月活跃用户", "村民满意度"]
    ind = {k: c.html(k, 6) for k in labs}
    trow = re.search(r"<td colspan=\"7\">总分</td><td>([^<]*)</td><td>([^<]*)</td>", c.t)
    tw, ts = trow.group(1), trow.group(2)
    ws = [tot[3]] + [ind[k][4] for k in labs]
    c.weights(tw, ws, "分值合计")
    c.weights("100", ws, "分值 = 100")
    c.scores(ts, [tot[5]] + [ind[k][5] for k in labs], "得分合计")
    for k in labs:
        sign, tv, u, a, w, s = ind[k]
        c.capped(s, w, k)
        dirn = {"≥": "gte", "≤": "lte", "=": "eq"}[sign]
        c.rule(s, w, tv + u, a + u, k, dirn=dirn)
    c.pct_range(ind["村民满意度"][3], "满意度")
    prose_total = c.g(r"项目自评得分(\d+\.\d+)分")
    c.eqv(prose_total, ts, "总分 text/table")
    c.grade(prose_total, c.g(r"评价等级为\"(.+?)\""))
    # prose outputs
    built = c.g(r"建成村级数字乡村服务站(\d+)个，完成")
    c.eqv(built, ind[labs[0]][3], "站点数 text/table")
    c.eqv(c.g(r"建成村级数字乡村服务站(\d+)个以上"), ind[labs[0]][1], "站点目标 text/table")
    c.completion(c.g(r"完成目标的(\d+\.\d+)%，单站"), ind[labs[0]][1], built, "站点 完成率")
    unit_cost = c.g(r"单站平均建设成本(\d+\.\d+)万元")
    c.avg(unit_cost, [parts[0]] + ["0"] * (int(built) - 1), "单站平均成本")  # mean over the 62 stations
    c.eqv(unit_cost, ind[labs[4]][3], "单站成本 text/table")
    c.eqv(c.g(r"平台在(\d+)个试点村全部上线"), ind[labs[1]][3], "覆盖村 text/table")
    c.eqv(c.g(r"平台覆盖(\d+)个试点行政村"), ind[labs[1]][1], "覆盖村目标 text/table")
    c.eqv(c.g(r"按期完成率(\d+\.\d+)%"), ind[labs[3]][3], "按期完成率 text/table")
    c.eqv(c.g(r"等事项(\d+\.\d+)万件"), ind[labs[5]][3], "线上事项 text/table")
    sales = c.g(r"农产品线上销售额(\d+)万元，完成")
    c.eqv(sales, ind[labs[6]][3], "销售额 text/table")
    c.eqv(c.g(r"农产品线上销售额(\d+)万元以上"), ind[labs[6]][1], "销售额目标 text/table")
    c.completion(c.g(r"完成年度目标的(\d+\.\d+)%"), ind[labs[6]][1], sales, "销售额 完成率")
    mau = c.g(r"平台月活跃用户(\d+\.\d+)万人，完成率")
    c.eqv(mau, ind[labs[7]][3], "月活 text/table")
    c.completion(c.g(r"万人，完成率(\d+\.\d+)%。"), ind[labs[7]][1], mau, "月活 完成率")
    sat = c.g(r"满意度(\d+\.\d+)%。")
    c.rate(sat, c.g(r"基本满意的(\d+)人"), c.g(r"回访村民(\d+)人"), "满意度 = 463/500")
    c.eqv(sat, ind[labs[8]][3], "满意度 text/table")
    goal = c.g(r"（二）项目绩效目标。(.+?)<br>")
    for lab, pat in ((labs[2], r"合格率(\d+)%"), (labs[4], r"不超过(\d+)万元"), (labs[5], r"办理事项(\d+\.\d+)万件"),
                     (labs[7], r"月活跃用户(\d+)万人"), (labs[8], r"满意度(\d+)%")):
        c.eqv(re.search(pat, goal).group(1), ind[lab][1], f"目标 {lab} text/table")
    c.year(c.g(r"井研县(\d{4})年列入"), Y - 1, "试点县 year")
    c.year(c.g(r"(\d{4})年试点项目由"), Y, "项目 year")
    c.year(c.g(r"已结转至(\d{4})年"), Y + 1, "结转 next year")


def hb_yuanan(c):
    Y = 2020
    tot = c.spaced("年度资金总额", 7)
    cty = c.spaced("其中：县级财政资金", 3)
    up = c.spaced("上级补助资金", 3)
    for j, col in enumerate(("年初", "全年", "执行")):
        c.total(tot[j], [cty[j], up[j]], f"年度资金总额 {col}")
    c.diff(tot[3], tot[1], tot[2], "结余 = 全年(全部到位) - 执行")
    c.rate(tot[5], tot[2], tot[1], "执行率 table")
    c.rule(tot[6], tot[4], None, None, "执行得分 20x", ratio=N(tot[2]) / N(tot[1]))
    init = c.g(r"项目年初预算(\d+)万元")
    add = c.g(r"试点补助资金(\d+\.\d+)万元")
    annual = c.g(r"追加后全年预算(\d+\.\d+)万元")
    c.eqv(init, tot[0], "年初 text/table")
    c.eqv(add, up[1], "上级 text/table")
    c.total(annual, [init, add], "全年 = 年初 + 上级")
    c.eqv(annual, tot[1], "全年 text/table")
    spent = c.g(r"全年支出(\d+\.\d+)万元，执行率")
    c.eqv(spent, tot[2], "执行 text/table")
    c.rate(c.g(r"执行率(\d+\.\d+)%，其中"), spent, annual, "执行率 text")
    cspent = c.g(r"县级资金支出(\d+\.\d+)万元")
    c.eqv(cspent, cty[2], "县级执行 text/table")
    c.rate(c.g(r"县级资金支出\d+\.\d+万元、执行率(\d+\.\d+)%"), cspent, init, "县级执行率")
    c.eqv(c.g(r"上级补助资金(\d+\.\d+)万元全部支出"), up[2], "上级执行 text/table")
    parts = [c.g(r"云资源租用(\d+\.\d+)万元"), c.g(r"专线租用(\d+\.\d+)万元"),
             c.g(r"通讯补贴(\d+\.\d+)万元"), c.g(r"平台推广(\d+\.\d+)万元")]
    c.total(spent, parts, "支出构成 = 全年支出")
    staff = c.g(r"（(\d+)名网格员")
    per = c.g(r"每人每月(\d+)元")
    c.total(parts[2], [(staff, N(per) * 12)], "通讯补贴 = 214 x 50 x 12", factors="0.0001")
    vill = c.g(r"全县(\d+)个行政村（社区）全部接入")
    c.total(staff, [(vill, 2)], "网格员 = 村数 x 2")
    c.rate(c.g(r"到位率(\d+)%"), annual, annual, "到位率 (全部到位)")
    # years
    c.year(c.g(r"(\d{4})年11月，省委政法委"), Y, "下达")
    c.year(c.g(r"尾款结转至(\d{4})年支付"), Y, "结转", op=">")
    c.year(c.g(r"测评报告于(\d{4})年1月出具"), Y, "测评报告", op=">")
    for y in c.g(r"远安县(\d{4})年度项目支出绩效自评报告", count=2):
        c.year(y, Y, "title / running header")
    c.year(c.g(r"项目支出绩效自评表（(\d{4})年度）"), Y, "自评表年度")
    c.year(c.g(r"宜昌市财政局(\d{4})年度"), Y, "scoring notice year")
    c.year(c.g(r"\n(\d{4})年4月12日"), Y, "report date", op=">")
    # indicators: 指标值, 完成值, 分值, 得分
    g1 = ["接入平台的行政村（社区）数", "培训村级网格员", "平台全年正常运行率", "群众诉求平均办结时长"]
    g2 = ["线上受理诉求事项办结率", "矛盾纠纷化解成功率"]
    g3 = ["群众满意度"]
    ind = {k: c.spaced(k, 4) for k in g1 + g2 + g3}
    allk = g1 + g2 + g3
    c.weights("100", [tot[4]] + [ind[k][2] for k in allk], "分值 = 100")
    for k in allk:
        t, a, w, s = ind[k]
        c.capped(s, w, k)
        if c.units(t, a, k):
            c.rule(s, w, t, a, k)
    c.pct_range(ind["群众满意度"][1], "满意度")
    # prose scores and weights
    c.eqv(c.g(r"预算执行率按(\d+)分计分"), tot[4], "执行分值 text/table")
    c.weights(c.g(r"三个年度目标合计(\d+)分"), [ind[k][2] for k in allk], "目标合计80")
    c.eqv(c.g(r"预算执行得(\d+\.\d+)分"), tot[6], "执行得分 text/table")
    for lab, ks in (("目标1", g1), ("目标2", g2), ("目标3", g3)):
        c.weights(c.g(lab + r"（分值(\d+)分）"), [ind[k][2] for k in ks], f"{lab} weights")
        c.scores(c.g(lab + r"（分值\d+分）得(\d+(?:\.\d+)?)分"), [ind[k][3] for k in ks], f"{lab} scores")
    c.weights("100", [c.g(r"预算执行率按(\d+)分计分"), c.g(r"三个年度目标合计(\d+)分")], "20 + 80")
    total = c.g(r"综合得分(\d+\.\d+)分")
    c.scores(total, [c.g(r"预算执行得(\d+\.\d+)分")] +
             [c.g(lab + r"（分值\d+分）得(\d+(?:\.\d+)?)分") for lab in ("目标1", "目标2", "目标3")], "综合得分 (text)")
    c.scores(total, [tot[6]] + [ind[k][3] for k in allk], "综合得分 = table rows")
    c.grade(total, c.g(r"评价等级为\"(.+?)\""))
    # prose outputs
    c.eqv(c.g(r"乡镇(\d+)个行政村（社区），比"), ind[g1[0]][1], "接入村 text/table")
    c.eqv(vill, ind[g1[0]][0], "接入村目标 text/table")
    c.diff(c.g(r"试运行时增加(\d+)个"), c.g(r"乡镇(\d+)个行政村（社区），比"), c.g(r"接入(\d+)个村（社区）。"),
           "增加 = 107 - 85", code="sum_mismatch")
    c.eqv(c.g(r"培训村级网格员(\d+)人次"), ind[g1[1]][1], "培训人次 text/table")
    c.eqv(c.g(r"不少于(\d+)人次"), ind[g1[1]][0], "培训目标 text/table")
    c.eqv(c.g(r"正常运行率(\d+\.\d+)%"), ind[g1[2]][1], "运行率 text/table")
    c.eqv(c.g(r"平均办结时长(\d+\.\d+)天，较"), ind[g1[3]][1], "办结时长 text/table")
    c.diff(c.g(r"缩短(\d+\.\d+)天"), c.g(r"较2019年的(\d+\.\d+)天"), c.g(r"平均办结时长(\d+\.\d+)天，较"),
           "缩短 = 7.2 - 5.6", code="sum_mismatch")
    r1 = c.g(r"办结率(\d+\.\d+)%")
    c.rate(r1, c.g(r"办结(\d[\d,]*)件"), c.g(r"受理群众诉求(\d[\d,]*)件"), "办结率")
    c.eqv(r1, ind[g2[0]][1], "办结率 text/table")
    r2_ = c.g(r"化解成功率(\d+\.\d+)%")
    c.rate(r2_, c.g(r"化解(\d+)件"), c.g(r"矛盾纠纷(\d+)件"), "化解成功率")
    c.eqv(r2_, ind[g2[1]][1], "化解率 text/table")
    sat = c.g(r"满意度(\d+\.\d+)%。")
    c.rate(sat, c.g(r"基本满意的(\d+)人"), c.g(r"回访群众(\d+)人"), "满意度")
    c.eqv(sat, ind[g3[0]][1], "满意度 text/table")
    for k, pat in ((g1[2], r"正常运行率不低于(\d+)%"), (g1[3], r"控制在(\d+)天以内"), (g2[0], r"办结率不低于(\d+)%"),
                   (g2[1], r"化解成功率不低于(\d+)%"), (g3[0], r"满意度不低于(\d+)%")):
        c.eqv(c.g(pat), ind[k][0], f"目标 {k} text/table")
    c.eqv(c.g(r"未达到(\d+)%的目标"), ind[g2[1]][0], "化解率目标 restated")
    c.eqv(c.g(r"但未达到(\d+)天以内的目标"), ind[g1[3]][0], "办结时长目标 restated")
    c.year(c.g(r"(\d{4})年项目资金用于"), Y, "项目 year")
    c.year(c.g(r"\n(\d{4})年，我县依托"), Y - 1, "平台建成 year")
    c.year(c.g(r"(\d{4})年平台试运行"), Y - 1, "试运行 year")
    c.year(c.g(r"比(\d{4})年试运行时"), Y - 1, "试运行 year (restated)")
    c.year(c.g(r"尾款结转至(\d{4})年支付"), Y + 1, "结转 next year")


def gz_shiqian(c):
    Y = 2024
    inc = c.g(r"收入合计(\d+\.\d+)万元")
    app = c.g(r"财政拨款收入(\d+\.\d+)万元")
    carry = c.g(r"上年结转(\d+\.\d+)万元，比")
    c.total(inc, [app, carry], "收入 = 拨款 + 结转")
    c.diff(c.g(r"增加(\d+\.\d+)万元"), inc, c.g(r"比2023年的(\d+\.\d+)万元"), "收入增加", code="sum_mismatch")
    exp = c.g(r"支出合计(\d+\.\d+)万元")
    basic = c.g(r"基本支出(\d+\.\d+)万元（")
    proj = c.g(r"项目支出(\d+\.\d+)万元。年末")
    c.total(exp, [basic, proj], "支出 = 基本 + 项目")
    c.total(basic, [c.g(r"人员经费(\d+\.\d+)万元"), c.g(r"公用经费(\d+\.\d+)万元）")], "基本 = 人员 + 公用")
    c.diff(c.g(r"年末结转(\d+\.\d+)万元"), inc, exp, "年末结转 = 收入 - 支出")
    annual = c.g(r"全年预算数(\d+\.\d+)万元（含上年结转）")
    c.eqv(annual, inc, "全年预算 = 收入合计")
    c.eqv(c.g(r"全年执行(\d+\.\d+)万元"), exp, "全年执行 = 支出合计")
    c.rate(c.g(r"整体预算执行率(\d+\.\d+)%"), exp, annual, "整体执行率 text")
    c.eqv(c.g(r"上年结转资金(\d+\.\d+)万元主要是"), carry, "上年结转 restated")
    # table 1
    t1 = {k: c.pipe(k, 3) for k in ("基本支出", "项目支出")}
    t1sum = [x for x in c.t.split("\n") if x.startswith("合计｜") and x.count("｜") == 3]
    assert len(t1sum) == 1
    t1["合计"] = t1sum[0].split("｜")[1:]
    for k, r in t1.items():
        c.rate(r[2], r[1], r[0], f"表1 {k} 执行率")
    c.total(t1["合计"][0], [t1["基本支出"][0], t1["项目支出"][0]], "表1 预算合计")
    c.total(t1["合计"][1], [t1["基本支出"][1], t1["项目支出"][1]], "表1 执行合计")
    c.eqv(t1["合计"][0], annual, "表1 合计预算 / text")
    c.eqv(t1["合计"][1], exp, "表1 合计执行 / text")
    c.eqv(t1["合计"][2], c.g(r"整体预算执行率(\d+\.\d+)%"), "表1 合计执行率 / text")
    c.eqv(t1["基本支出"][1], basic, "表1 基本支出 / text")
    c.eqv(t1["项目支出"][1], proj, "表1 项目支出 / text")
    # table 2
    pn = ["益农信息社运营维护", "数字乡村服务平台运维", "农村电商直播培训"]
    t2 = {k: c.pipe(k, 4) for k in pn}
    t2sum = [x for x in c.t.split("\n") if x.startswith("合计｜") and x.count("｜") == 4]
    assert len(t2sum) == 1
    s2 = t2sum[0].split("｜")[1:]
    c.total(s2[0], [t2[k][0] for k in pn], "表2 预算合计")
    c.total(s2[1], [t2[k][1] for k in pn], "表2 执行合计")
    c.eqv(s2[0], t1["项目支出"][0], "表2 合计 / 表1 项目支出预算")
    c.eqv(s2[1], t1["项目支出"][1], "表2 合计 / 表1 项目支出执行")
    for k in pn:
        c.grade(t2[k][2], t2[k][3], f"{k} 等级")
        c.chk("implausible_rate", N(t2[k][1]) <= N(t2[k][0]), f"{k} 执行 <= 预算")
    rates = c.g(r"执行率分别为(\d+\.\d+)%和(\d+\.\d+)%", grp=0)
    ra, rb = re.findall(r"\d+\.\d+", rates)
    c.rate(ra, t2[pn[0]][1], t2[pn[0]][0], "益农 执行率")
    c.rate(rb, t2[pn[2]][1], t2[pn[2]][0], "电商 执行率")
    c.diff(c.g(r"未执行的(\d+\.\d+)万元"), t2[pn[2]][0], t2[pn[2]][1], "电商 未执行")
    c.avg(c.g(r"平均自评得分(\d+\.\d+)分"), [t2[k][2] for k in pn], "3个项目平均分")
    c.diff(c.g(r"节约(\d+\.\d+)万元"), c.g(r"政府采购预算(\d+\.\d+)万元"), c.g(r"实际采购(\d+\.\d+)万元"), "采购节约")
    c.total(c.g(r"固定资产原值(\d+\.\d+)万元"), [c.g(r"通用设备(\d+\.\d+)万元"), c.g(r"专用设备(\d+\.\d+)万元")], "固定资产")
    # table 3
    t3n = ["正常运营益农信息社数量", "数字乡村服务平台注册用户", "农村电商直播培训期数", "农村电商直播培训人次",
           "信息服务群众满意度"]
    t3 = {k: c.pipe(k, 3) for k in t3n}
    for k in t3n:
        c.units(t3[k][0], t3[k][1], k)
    c.pct_range(t3[t3n[4]][1], "满意度")
    c.completion(c.g(r"注册用户完成年度目标的(\d+\.\d+)%"), t3[t3n[1]][0], t3[t3n[1]][1], "注册用户 完成率")
    c.completion(c.g(r"培训人次完成目标的(\d+\.\d+)%"), t3[t3n[3]][0], t3[t3n[3]][1], "培训人次 完成率")
    c.eqv(c.g(r"全年(\d+)个益农信息社均正常运营"), t3[t3n[0]][1], "益农社 text/table")
    c.eqv(c.g(r"保障全县(\d+)个益农信息社"), t3[t3n[0]][0], "益农社目标 text/table")
    c.eqv(c.g(r"注册用户达到(\d+\.\d+)万人以上"), t3[t3n[1]][0], "注册用户目标 text/table")
    c.eqv(c.g(r"电商直播培训(\d+)期全部办完"), t3[t3n[2]][1], "期数 text/table")
    c.eqv(c.g(r"举办农村电商直播培训(\d+)期、"), t3[t3n[2]][0], "期数目标 text/table")
    c.eqv(c.g(r"培训(\d+)人次以上"), t3[t3n[3]][0], "人次目标 text/table")
    c.eqv(c.g(r"信息服务的满意度为(\d+\.\d+)%"), t3[t3n[4]][1], "满意度 text/table")
    # department scores
    blocks = ["投入指标", "过程指标", "产出指标", "效果指标"]
    w = [c.g(b + r"（分值(\d+)分）") for b in blocks]
    s = [c.g(b + r"（分值\d+分）得(\d+\.\d+)分") for b in blocks]
    c.weights("100", w, "部门整体 weights")
    for b, wi, si in zip(blocks, w, s):
        c.capped(si, wi, b)
    total = c.g(r"综合自评得分(\d+)分")
    c.scores(total, s, "综合自评得分")
    c.grade(total, c.g(r"等级为(..)。"))
    # years
    c.year(c.g(r"石阡县农村信息服务中心(\d{4})年度部门整体"), Y, "title")
    for y in c.g(r"结转至(\d{4})年", count=2):
        c.year(y, Y, "结转", op=">")
    c.year(c.g(r"比(\d{4})年的368.90万元"), Y - 1, "last year")
    c.year(c.g(r"主要是(\d{4})年未结算"), Y - 1, "carry-over origin")
    c.year(c.g(r"已于(\d{4})年上半年全部支付"), Y, "carry-over paid")
    c.year(c.g(r"表1  (\d{4})年预算执行情况"), Y, "表1")
    c.year(c.g(r"表2  (\d{4})年项目支出"), Y, "表2")
    c.year(c.g(r"\n(\d{4})年3月20日"), Y, "report date", op=">")
    c.eqv(c.g(r"中心\d{4}年实施(\d+)个项目"), str(len(pn)), "项目个数")
    c.eqv(c.g(r"结转至\d{4}年。(\d+)个项目平均"), str(len(pn)), "平均分项目个数")
    c.year(c.g(r"(\d{4})年收入合计"), Y, "收入 year")
    c.year(c.g(r"(\d{4})年支出合计"), Y, "支出 year")
    c.year(c.g(r"(\d{4})年全年预算数"), Y, "预算 year")
    c.year(c.g(r"中心(\d{4})年实施"), Y, "项目 year")
    c.year(c.g(r"(\d{4})年末实有"), Y, "人员 year")
    for y in c.g(r"结转至(\d{4})年", count=2):
        c.year(y, Y + 1, "结转 next year")


SPECS = {
    "sx-jiaocheng-yinongshe-2019": sx_jiaocheng,
    "jx-chongyi-zhibopeixun-2022": jx_chongyi,
    "sc-jingyan-shuzixiangcun-2023": sc_jingyan,
    "hb-yuanan-zhilipingtai-2020": hb_yuanan,
    "gz-shiqian-nongxinzhongxin-2024": gz_shiqian,
}


# ============================================================================= driver
def run_spec(pid, text):
    c = Ctx(text)
    SPECS[pid](c)
    return c.res


def changed_region(a, b):
    """[start, end) in b of the single region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    code_count = {k: 0 for k in ERROR_CODES}
    where_count = {"prose": 0, "table": 0}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
                clean_text[lab["source"]] = fh.read()
    n_checks = 0
    for lab in labels:
        pid = lab["source"]
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            text = fh.read()
        try:
            res = run_spec(pid, text)
        except Exception as exc:  # extraction failure is a failure of the set
            problems.append(f"{lab['case']}: extraction failed: {exc}")
            continue
        n_checks += len(res)
        failed = {code for code, ok, _ in res if not ok}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            for code, ok, msg in res:
                if not ok:
                    problems.append(f"{lab['case']}: clean draft fails {code}: {msg}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        e = exp[0]
        code = e["code"]
        if code not in ERROR_CODES or e.get("severity") != "error":
            problems.append(f"{lab['case']}: bad code/severity {code}")
        code_count[code] = code_count.get(code, 0) + 1
        val = e["value"]
        if val not in text:
            problems.append(f"{lab['case']}: value not found: {val!r}")
        clean = clean_text[pid]
        st, en, _ = changed_region(clean, text)
        if en <= st:
            problems.append(f"{lab['case']}: no change against the clean draft")
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not any(o < en and o + len(val) > st for o in occ):
            problems.append(f"{lab['case']}: change [{st},{en}) does not overlap the value")
        if en - st > 12:
            problems.append(f"{lab['case']}: changed region suspiciously long ({en - st} chars)")
        if code not in failed:
            problems.append(f"{lab['case']}: labelled {code} does not fail")
        others = {f for f in failed if f in ERROR_CODES and f != code}
        for f in sorted(others):
            msgs = [m for c_, ok, m in res if c_ == f and not ok]
            problems.append(f"{lab['case']}: unlabelled error-level failure {f}: {msgs}")
        # where: prose or table (from build.py's edit list, recorded in the explanation table of README)
    for k in ERROR_CODES:
        if code_count.get(k, 0) < 2:
            problems.append(f"code {k} used {code_count.get(k, 0)} times (< 2)")
    # prose/table balance from build.py
    try:
        sys.dont_write_bytecode = True
        sys.path.insert(0, HERE)
        import build  # noqa: E402
        for pid, edits in build.EDITS.items():
            for ed in edits:
                where_count[ed[2]] += 1
    except Exception as exc:
        problems.append(f"cannot read build.EDITS: {exc}")
    for p in problems:
        print("FAIL", p)
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run; codes: " +
          ", ".join(f"{k}={code_count[k]}" for k in ERROR_CODES))
    print(f"slips in prose: {where_count['prose']}, in tables: {where_count['table']}")
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
