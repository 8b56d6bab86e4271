#!/usr/bin/env python3
"""Verify this set: labels, edits and the arithmetic of every case (standard library only).

1. labels.jsonl: 35 cases, every case file exists, label values occur in their case, every one of the 13 error
   codes of errors.md §A is used at least twice, the clean cases have no expected findings.
2. Every error case differs from its clean draft in one contiguous place that overlaps the label value.
3. The arithmetic of every case is redone with decimal.Decimal and the tolerance of rules.md §8: all checks pass on
   the clean drafts; on an error case the labelled code fails and no other error-level code fails.
   (score_rule_mismatch is only a warning and is reported, not enforced, on error cases.)
Prints OK at the end when everything holds; `-v` lists every check.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
VERBOSE = "-v" in sys.argv

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def N(s):
    return D(str(s).replace(",", "").replace("，", ""))


def places(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def agrees(stated, computed):
    return abs(N(stated) - D(computed)) <= tol(stated)


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}
GRADE_RE = r"(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)"


def band(total):
    t = N(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


SIGN_RE = r"(≥|≤|>=|<=|＞＝|＜＝|>|<|＞|＜|=)?"
NUM_RE = r"([0-9][0-9,]*(?:\.[0-9]+)?)"


def parse_target(s):
    m = re.fullmatch(SIGN_RE + r"\s*" + NUM_RE + r"\s*(.*)", s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    if sign in ("≥", ">=", "＞＝", ">", "＞"):
        d = "gte"
    elif sign in ("≤", "<=", "＜＝", "<", "＜"):
        d = "lte"
    else:
        d = "eq"
    return d, num, unit.strip()


def parse_actual(s):
    m = re.fullmatch(NUM_RE + r"\s*(.*)", s.strip())
    if not m:
        return None
    return m.group(1), m.group(2).strip()


# ---------------------------------------------------------------- checking context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.results = []  # (code, severity, description, ok)

    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def check(self, code, desc, ok, severity="error"):
        self.results.append((code, severity, desc, bool(ok)))

    def eq(self, code, desc, stated, computed):
        self.check(code, f"{desc}: stated {stated}, computed {q2(computed) if isinstance(computed, D) else computed}",
                   agrees(stated, computed))

    def same(self, code, desc, a, b):
        self.check(code, f"{desc}: {a} vs {b}", abs(N(a) - N(b)) <= max(tol(a), tol(b)))

    def total(self, code, desc, total, plus, minus=()):
        comp = sum((N(x) for x in plus), D(0)) - sum((N(x) for x in minus), D(0))
        self.eq(code, desc, total, comp)

    def rate(self, desc, stated, num, den, cap=True):
        """stated rate (percent) against num/den; a rate above 100% is implausible_rate."""
        self.eq("rate_mismatch", desc, stated, N(num) / N(den) * 100)
        if cap:
            self.check("implausible_rate", f"{desc} <= 100%: {stated}", N(stated) <= 100)

    def money_same(self, desc, num, unit, ref_wan, default_code="conflicting_values"):
        """an amount written in 元 or 万元 against a reference in 万元; a 10^4 slip is unit_mismatch."""
        expected = N(ref_wan) * 10000 if unit == "元" else N(ref_wan)
        if agrees(num, expected):
            self.check(default_code, f"{desc}: {num}{unit} = {ref_wan}万元", True)
            return
        other = N(ref_wan) if unit == "元" else N(ref_wan) * 10000
        if agrees(num, other):
            self.check("unit_mismatch", f"{desc}: {num}{unit} is {ref_wan}万元 with the wrong unit", False)
        else:
            self.check(default_code, f"{desc}: {num}{unit} vs {ref_wan}万元", False)

    def grade(self, desc, total, word):
        g = GRADE.get(word)
        self.check("grade_mismatch", f"{desc}: total {total} is {band(total)}, stated {word}", g == band(total))

    def year_is(self, desc, stated, expected):
        self.check("year_mismatch", f"{desc}: {stated} (expected {expected})", str(stated) == str(expected))

    def year_after(self, desc, stated, year):
        self.check("year_mismatch", f"{desc}: {stated} must be later than {year}", int(stated) > int(year))

    def table(self, header_prefix):
        lines = self.t.split("\n")
        idx = [i for i, ln in enumerate(lines) if ln.startswith(header_prefix)]
        if len(idx) != 1:
            raise ParseError(f"table header {header_prefix!r} found {len(idx)} times")
        rows = []
        for ln in lines[idx[0] + 1:]:
            if "｜" not in ln:
                break
            rows.append(ln.split("｜"))
        return lines[idx[0]].split("｜"), rows


def find_row(rows, col, name):
    hits = [r for r in rows if len(r) > col and r[col] == name]
    if len(hits) != 1:
        raise ParseError(f"row {name!r} found {len(hits)} times")
    return hits[0]


# ---------------------------------------------------------------- indicator tables
def indicator_checks(c, inds, weight_total, score_total):
    """inds: dicts name/target/actual/compl/w/s (strings).  The execution row is one of them."""
    c.total("weight_sum_mismatch", "Σ 分值 = 总分值", weight_total, [i["w"] for i in inds])
    c.check("weight_sum_mismatch", f"总分值 = 100: {weight_total}", N(weight_total) == 100)
    c.total("score_sum_mismatch", "Σ 得分 = 总分", score_total, [i["s"] for i in inds])
    for i in inds:
        w, s = N(i["w"]), N(i["s"])
        c.check("score_exceeds_weight", f"{i['name']}: 0 <= {i['s']} <= {i['w']}", D(0) <= s <= w)
        tg = parse_target(i["target"])
        ac = parse_actual(i["actual"])
        if tg is None or ac is None:  # qualitative
            continue
        direction, tnum, tunit = tg
        anum, aunit = ac
        unit_ok = tunit == aunit
        c.check("unit_mismatch", f"{i['name']}: target unit {tunit!r}, actual unit {aunit!r}", unit_ok)
        if not unit_ok:
            continue
        T, A = N(tnum), N(anum)
        if direction == "lte":
            comp = D(100) if A <= T else T / A * 100
            rule = w if A <= T else w * T / A
        else:
            comp = A / T * 100
            rule = w * min(D(1), A / T)
        compl = i.get("compl")
        if compl not in (None, "—", ""):
            c.eq("completion_mismatch", f"{i['name']} 完成率", compl.rstrip("%"), comp)
        alt = [rule, w * min(D(1), q2(comp) / 100)]
        if compl not in (None, "—", ""):
            alt.append(w * min(D(1), N(compl.rstrip("%")) / 100))
        c.check("score_rule_mismatch", f"{i['name']}: score {i['s']} vs rule {q2(rule)}",
                any(agrees(i["s"], a) for a in alt), severity="warning")


def exec_score_rule(c, score, weight, spent, budget, stated_rate):
    r = N(spent) / N(budget)
    alts = [N(weight) * min(D(1), r), N(weight) * min(D(1), N(stated_rate.rstrip("%")) / 100)]
    c.check("score_rule_mismatch", f"execution score {score}", any(agrees(score, a) for a in alts), "warning")


# ================================================================= project 1: Shanxi, 静乐县 2021
def p_jingle(c):
    y = c.one(r"(\d{4})年度孤儿和事实无人抚养儿童基本生活保障资金项目支出绩效自评报告")
    c.year_is("title year", y, "2021")
    c.year_is("conclusion year", c.one(r"本项目(\d{4})年度绩效自评得分"), y)
    sj, ss = c.one(r"集中养育孤儿基本生活费标准为每人每月(\d+)元，社会散居孤儿和事实无人抚养儿童为每人每月(\d+)元")
    a0, aout, a1 = c.one(r"集中养育孤儿年初(\d+)人，(\d+)人年满18周岁后转出，年末(\d+)人")
    c.total("sum_mismatch", "集中 年初−转出=年末", a1, [a0], [aout])
    b0, bin_, bout, b1 = c.one(r"社会散居孤儿年初(\d+)人，新增(\d+)人，因年满18周岁、被依法收养等原因退出(\d+)人，年末(\d+)人")
    c.total("sum_mismatch", "散居 年初+新增−退出=年末", b1, [b0, bin_], [bout])
    d0, din, dout, d1 = c.one(r"事实无人抚养儿童年初(\d+)人，新增(\d+)人，退出(\d+)人，年末(\d+)人")
    c.total("sum_mismatch", "事实 年初+新增−退出=年末", d1, [d0, din], [dout])
    t1, t0, tdiff = c.one(r"全县年末在保对象(\d+)人，比年初的(\d+)人多(\d+)人")
    c.total("sum_mismatch", "年末合计", t1, [a1, b1, d1])
    c.total("sum_mismatch", "年初合计", t0, [a0, b0, d0])
    c.total("sum_mismatch", "年末−年初", tdiff, [t1], [t0])

    init, c0, p0, m0, x0, carry, add, annual = c.one(
        r"年初预算安排([\d.]+)万元，其中中央提前下达资金([\d.]+)万元、省级资金([\d.]+)万元、市级资金([\d.]+)万元、"
        r"县级资金([\d.]+)万元、上年结转资金([\d.]+)万元；10月中央追加下达([\d.]+)万元，调整后全年预算([\d.]+)万元")
    c.total("sum_mismatch", "年初预算 = Σ 来源", init, [c0, p0, m0, x0, carry])
    c.total("sum_mismatch", "全年预算 = 年初 + 追加", annual, [init, add])

    _, rows = c.table("项目｜行次｜合计")
    B = find_row(rows, 0, "全年预算数")[2:8]
    A = find_row(rows, 0, "实际到位数")[2:8]
    S = find_row(rows, 0, "实际支出数")[2:8]
    BAL = find_row(rows, 0, "结余")[2:8]
    RA = find_row(rows, 0, "到位率（%）")[2:8]
    RE = find_row(rows, 0, "执行率（%）")[2:8]
    cols = ["合计", "中央", "省级", "市级", "县级", "上年结转"]
    for label, vals in (("(2)", B), ("(3)", A), ("(4)", S), ("(5)", BAL)):
        c.total("sum_mismatch", f"row {label} 合计 = Σ 来源", vals[0], vals[1:])
    for k, col in enumerate(cols):
        c.eq("balance_mismatch", f"(5)=(3)-(4) {col}", BAL[k], N(A[k]) - N(S[k]))
        c.rate(f"(6)=(3)/(2) {col}", RA[k], A[k], B[k])
        c.rate(f"(7)=(4)/(2) {col}", RE[k], S[k], B[k])
        c.check("implausible_rate", f"0 <= 支出 <= 到位 <= 预算 {col}", D(0) <= N(S[k]) <= N(A[k]) <= N(B[k]))
    c.same("conflicting_values", "全年预算 text/table", annual, B[0])
    c.total("sum_mismatch", "中央 = 提前下达 + 追加", B[1], [c0, add])
    for s_, b_, nm in ((p0, B[2], "省级"), (m0, B[3], "市级"), (x0, B[4], "县级"), (carry, B[5], "上年结转")):
        c.same("conflicting_values", f"{nm} text/table", s_, b_)

    mj, aj, ms, as_, md, ad, share, mt, avg = c.one(
        r"集中养育孤儿累计(\d+)人月，([\d.]+)万元；社会散居孤儿累计(\d+)人月，([\d.]+)万元；事实无人抚养儿童累计(\d+)人月，"
        r"([\d.]+)万元，约占全年支出的(\d+)%。全年合计发放(\d+)人月，月人均发放([\d.]+)元")
    c.eq("sum_mismatch", "集中 人月×标准", aj, N(mj) * N(sj) / 10000)
    c.eq("sum_mismatch", "散居 人月×标准", as_, N(ms) * N(ss) / 10000)
    c.eq("sum_mismatch", "事实 人月×标准", ad, N(md) * N(ss) / 10000)
    c.total("sum_mismatch", "支出 = Σ 类别", S[0], [aj, as_, ad])
    c.total("sum_mismatch", "人月合计", mt, [mj, ms, md])
    c.eq("average_mismatch", "月人均 = 支出/人月", avg, N(S[0]) * 10000 / N(mt))
    c.check("rate_mismatch", f"约{share}% share", abs(N(ad) / N(S[0]) * 100 - N(share)) <= 1)

    notarr, bal, cy = c.one(r"县级资金尚有([\d.]+)万元未拨付到位；已到位资金结余([\d.]+)万元，经县财政局同意，结转至(\d{4})年")
    c.eq("balance_mismatch", "县级未到位 = 预算 − 到位", notarr, N(B[4]) - N(A[4]))
    c.eq("balance_mismatch", "结余 = 到位 − 支出", bal, N(A[0]) - N(S[0]))
    c.same("conflicting_values", "结余 text/table", bal, BAL[0])
    c.year_after("结转年度", cy, y)

    tp, tm, tacc, tedu, tsat = c.one(r"保障人数不少于(\d+)人，全年发放(\d+)个月，对象认定准确率不低于(\d+)%，"
                                     r"义务教育阶段入学率不低于(\d+)%，监护人满意度不低于(\d+)%")
    total, grade = c.one(r"绩效自评得分([\d.]+)分，等级为" + GRADE_RE)

    hdr, rows = c.table("一级指标｜二级指标｜三级指标｜目标值｜业绩值｜完成率｜分值｜指标得分")
    inds, trow = [], None
    for r in rows:
        if r[0] == "合计":
            trow = r
            continue
        inds.append(dict(name=r[2], target=r[3], actual=r[4], compl=r[5], w=r[6], s=r[7]))
    indicator_checks(c, inds, trow[6], trow[7])
    I = {i["name"]: i for i in inds}
    c.same("conflicting_values", "总分 text/table", total, trow[7])
    c.grade("grade in text", total, grade)
    ex = I["预算执行率"]
    c.same("conflicting_values", "执行率 indicator/funds table", ex["actual"].rstrip("%"), RE[0])
    c.rate("执行率 indicator", ex["actual"].rstrip("%"), S[0], B[0])
    exec_score_rule(c, ex["s"], ex["w"], S[0], B[0], ex["actual"])
    c.same("conflicting_values", "保障人数 table/text", parse_actual(I["孤儿和事实无人抚养儿童保障人数"]["actual"])[0], t1)
    c.same("conflicting_values", "保障人数目标", parse_target(I["孤儿和事实无人抚养儿童保障人数"]["target"])[1], tp)
    c.same("conflicting_values", "发放月数", parse_actual(I["基本生活费发放月数"]["actual"])[0], tm)
    c.same("conflicting_values", "准确率目标", parse_target(I["保障对象认定准确率"]["target"])[1], tacc)
    c.same("conflicting_values", "入学率目标", parse_target(I["义务教育阶段入学率"]["target"])[1], tedu)
    c.same("conflicting_values", "满意度目标", parse_target(I["监护人满意度"]["target"])[1], tsat)
    c.same("conflicting_values", "集中标准", parse_actual(I["集中养育孤儿保障标准"]["actual"])[0], sj)
    c.same("conflicting_values", "散居标准", parse_actual(I["散居孤儿和事实无人抚养儿童保障标准"]["actual"])[0], ss)

    pa, pra, ps, pre, pscore = c.one(r"全年到位资金([\d.]+)万元，到位率([\d.]+)%；支出([\d.]+)万元，执行率([\d.]+)%，按执行率计得([\d.]+)分")
    c.same("conflicting_values", "到位 text/table", pa, A[0])
    c.same("conflicting_values", "到位率 text/table", pra, RA[0])
    c.same("conflicting_values", "支出 text/table", ps, S[0])
    c.same("conflicting_values", "执行率 text/table", pre, RE[0])
    c.same("conflicting_values", "执行得分 text/table", pscore, ex["s"])
    c.same("conflicting_values", "县级执行率 text/table", c.one(r"县级资金执行率只有([\d.]+)%"), RE[4])
    n_end, over = c.one(r"年末在保(\d+)人，超出年度目标(\d+)人")
    c.same("conflicting_values", "年末在保", n_end, t1)
    c.total("sum_mismatch", "超出目标人数", over, [n_end], [tp])
    c.same("conflicting_values", "新认定事实无人抚养儿童", c.one(r"新认定事实无人抚养儿童(\d+)人"), din)
    c.same("conflicting_values", "全年月数", c.one(r"全年(\d+)个月的基本生活费"), tm)
    en, ei, er, eo = c.one(r"义务教育阶段的孤儿和事实无人抚养儿童共(\d+)人，在校就读(\d+)人，入学率([\d.]+)%，另(\d+)人")
    c.rate("入学率", er, ei, en)
    c.total("sum_mismatch", "未在校人数", eo, [en], [ei])
    c.same("conflicting_values", "入学率 text/table", er, I["义务教育阶段入学率"]["actual"].rstrip("%"))
    c.same("conflicting_values", "入学率得分 text/table", c.one(r"该项得([\d.]+)分"), I["义务教育阶段入学率"]["s"])
    sq, sy, sr = c.one(r"发放满意度问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%")
    c.rate("满意度", sr, sy, sq)
    c.same("conflicting_values", "满意度 text/table", sr, I["监护人满意度"]["actual"].rstrip("%"))
    c.same("conflicting_values", "上年末人数 = 年初人数", c.one(r"2020年全县保障(\d+)人"), t0)


# ================================================================= project 2: Hubei, 房县 2020
def p_fangxian(c):
    y = c.one(r"房县民政局(\d{4})年度孤儿和事实无人抚养儿童基本生活保障项目")
    c.year_is("title year", y, "2020")
    sj, ss = c.one(r"集中养育孤儿每人每月(\d+)元；社会散居孤儿、事实无人抚养儿童每人每月(\d+)元")
    (a0, ain, aout, a1, b0, bin_, bout, b1, d0, din, dout, d1, prev, cur) = c.one(
        r"集中养育孤儿年初(\d+)人，年内新增(\d+)人、退出(\d+)人，年末(\d+)人；社会散居孤儿年初(\d+)人，新增(\d+)人、退出(\d+)人，"
        r"年末(\d+)人；事实无人抚养儿童年初(\d+)人，新增(\d+)人、退出(\d+)人，年末(\d+)人。2019年末全县保障孤儿和事实无人抚养儿童"
        r"(\d+)人，2020年末为(\d+)人")
    c.total("sum_mismatch", "集中", a1, [a0, ain], [aout])
    c.total("sum_mismatch", "散居", b1, [b0, bin_], [bout])
    c.total("sum_mismatch", "事实", d1, [d0, din], [dout])
    c.total("sum_mismatch", "2019年末 = Σ 年初", prev, [a0, b0, d0])
    c.total("sum_mismatch", "2020年末 = Σ 年末", cur, [a1, b1, d1])

    init = c.one(r"2020年年初预算([\d.]+)万元")
    add, annual, cz, sz, mz, xz = c.one(r"追加下达([\d.]+)万元，全年预算调整为([\d.]+)万元，其中中央资金([\d.]+)万元、"
                                        r"省级资金([\d.]+)万元、市级资金([\d.]+)万元、县级资金([\d.]+)万元")
    c.total("sum_mismatch", "全年 = 年初 + 追加", annual, [init, add])
    c.total("sum_mismatch", "全年 = Σ 来源", annual, [cz, sz, mz, xz])
    cy = c.one(r"截至(\d{4})年12月31日，上述资金全部到位")
    c.year_is("截至年度", cy, y)
    arate, paid, erate = c.one(r"资金到位率(\d+)%；全年支付([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate("到位率 (全部到位)", arate, annual, annual)
    c.rate("执行率", erate, paid, annual)
    mj, aj, ms, as_, md, ad, mt, avg = c.one(
        r"集中养育孤儿累计(\d+)人月，支付([\d.]+)万元；社会散居孤儿累计(\d+)人月，支付([\d.]+)万元；事实无人抚养儿童累计(\d+)人月，"
        r"支付([\d.]+)万元。三类对象合计(\d+)人月，月人均发放([\d.]+)元")
    c.eq("sum_mismatch", "集中 人月×标准", aj, N(mj) * N(sj) / 10000)
    c.eq("sum_mismatch", "散居 人月×标准", as_, N(ms) * N(ss) / 10000)
    c.eq("sum_mismatch", "事实 人月×标准", ad, N(md) * N(ss) / 10000)
    c.total("sum_mismatch", "支付 = Σ 类别", paid, [aj, as_, ad])
    c.total("sum_mismatch", "人月合计", mt, [mj, ms, md])
    c.eq("average_mismatch", "月人均", avg, N(paid) * 10000 / N(mt))
    bal = c.one(r"年末结余([\d.]+)万元")
    c.eq("balance_mismatch", "结余 = 到位 − 支付", bal, N(annual) - N(paid))
    c.same("conflicting_values", "追加 (problems section)", c.one(r"年底追加的([\d.]+)万元"), add)
    c1, c2 = c.one(r"结转至(\d{4})年，于(\d{4})年1月")
    c.year_after("结转年度", c1, y)
    c.year_after("补发年度", c2, y)

    _, rows = c.table("年度目标｜一级指标｜二级指标｜三级指标｜指标值｜实际完成值｜分值｜得分｜偏差原因分析")
    inds, trow = [], None
    for r in rows:
        if r[0] == "总分":
            trow = r
            continue
        inds.append(dict(block=r[0], name=r[3], target=r[4], actual=r[5], compl=None, w=r[6], s=r[7]))
    indicator_checks(c, inds, trow[6], trow[7])
    I = {i["name"]: i for i in inds}
    ex = I["预算执行率"]
    c.same("conflicting_values", "执行率 table/text", ex["actual"].rstrip("%"), erate)
    exec_score_rule(c, ex["s"], ex["w"], paid, annual, ex["actual"])

    w1, s1, w2, s2, sx, grade = c.one(r"目标一“[^”]+”分值(\d+)分，得([\d.]+)分；目标二“[^”]+”分值(\d+)分，得([\d.]+)分；"
                                      r"预算执行得([\d.]+)分。自评等级为“" + GRADE_RE + "”")
    for blk, w, s in (("目标一", w1, s1), ("目标二", w2, s2)):
        c.total("weight_sum_mismatch", f"{blk} 分值", w, [i["w"] for i in inds if i["block"] == blk])
        c.total("score_sum_mismatch", f"{blk} 得分", s, [i["s"] for i in inds if i["block"] == blk])
    c.total("weight_sum_mismatch", "20 + 目标一 + 目标二 = 100", "100", [ex["w"], w1, w2])
    c.same("conflicting_values", "执行得分 text/table", sx, ex["s"])
    c.total("score_sum_mismatch", "总分 = 执行 + 目标一 + 目标二", trow[7], [sx, s1, s2])
    c.grade("grade", trow[7], grade)

    on, oj, os_, fn = c.one(r"年末孤儿(\d+)人（集中养育(\d+)人、社会散居(\d+)人），事实无人抚养儿童(\d+)人")
    c.total("sum_mismatch", "孤儿 = 集中 + 散居", on, [oj, os_])
    c.same("conflicting_values", "集中 年末", oj, a1)
    c.same("conflicting_values", "散居 年末", os_, b1)
    c.same("conflicting_values", "事实 年末", fn, d1)
    c.same("conflicting_values", "孤儿人数 text/table", on, parse_actual(I["孤儿保障人数"]["actual"])[0])
    c.same("conflicting_values", "事实人数 text/table", fn, parse_actual(I["事实无人抚养儿童保障人数"]["actual"])[0])
    c.same("conflicting_values", "新增事实", c.one(r"全年实际新增事实无人抚养儿童(\d+)人"), din)
    c.same("conflicting_values", "散居标准 table/text", parse_actual(I["散居孤儿和事实无人抚养儿童保障标准"]["actual"])[0], ss)
    vn, vy, vr = c.one(r"全县(\d+)个村（社区）已配备儿童主任(\d+)个，配备率([\d.]+)%")
    c.rate("配备率", vr, vy, vn)
    c.same("conflicting_values", "配备率 text/table", vr, I["村（社区）儿童主任配备率"]["actual"].rstrip("%"))
    cov, covc = c.one(r"应保尽保率达到(\d+)%，完成率([\d.]+)%")
    c.same("conflicting_values", "应保尽保率 text/table", cov, I["符合条件对象应保尽保率"]["actual"].rstrip("%"))
    c.eq("completion_mismatch", "应保尽保率完成率", covc,
         N(cov) / N(parse_target(I["符合条件对象应保尽保率"]["target"])[1]) * 100)
    qn, qb, qy, qr = c.one(r"发放监护人问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%")
    c.rate("监护人满意度", qr, qy, qb)
    c.check("implausible_rate", "收回 <= 发放", N(qb) <= N(qn))
    c.same("conflicting_values", "满意度 text/table", qr, I["监护人满意度"]["actual"].rstrip("%"))
    kid = c.one(r"儿童本人满意度为([\d.]+)%")
    c.check("implausible_rate", f"儿童满意度 <= 100%: {kid}", N(kid) <= 100)


# ================================================================= project 3: Sichuan, 蓬溪县 2022
def p_pengxi(c):
    y = c.one(r"(\d{4})年度项目支出绩效自评报告")
    c.year_is("title year", y, "2022")
    opening = c.one(r"保障资金([\d.]+)万元的管理使用情况")
    h1j, h1s = c.one(r"上半年执行的标准为：集中养育孤儿每人每月(\d+)元，社会散居孤儿和事实无人抚养儿童每人每月(\d+)元")
    h2j, h2s = c.one(r"自2022年7月起分别提高到每人每月(\d+)元和(\d+)元")
    a0, a1, b0, bin_, bout, b1, d0, din, dout, d1 = c.one(
        r"集中养育孤儿年初(\d+)人，年末(\d+)人；社会散居孤儿年初(\d+)人，新增(\d+)人，退出(\d+)人，年末(\d+)人；"
        r"事实无人抚养儿童年初(\d+)人，新增(\d+)人，退出(\d+)人，年末(\d+)人")
    c.total("sum_mismatch", "散居", b1, [b0, bin_], [bout])
    c.total("sum_mismatch", "事实", d1, [d0, din], [dout])
    tgo, tgf = c.one(r"孤儿保障人数不少于(\d+)人，事实无人抚养儿童保障人数不少于(\d+)人")

    init = c.one(r"年初县财政批复预算([\d.]+)万元")
    add, annual, cz, sz, mz, xz = c.one(r"县财政局追加([\d.]+)万元，调整后预算([\d.]+)万元，其中中央资金([\d.]+)万元、"
                                        r"省级资金([\d.]+)万元、市级资金([\d.]+)万元、县级资金([\d.]+)万元")
    c.total("sum_mismatch", "调整后 = 年初 + 追加", annual, [init, add])
    c.total("sum_mismatch", "调整后 = Σ 来源", annual, [cz, sz, mz, xz])
    c.same("conflicting_values", "opening amount", opening, annual)
    arate, spent, erate, bal, cy = c.one(r"全年资金到位率(\d+)%，实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元"
                                         r"已报县财政局同意结转(\d{4})年使用")
    c.rate("到位率 (全部到位)", arate, annual, annual)
    c.rate("执行率", erate, spent, annual)
    c.eq("balance_mismatch", "结余 = 到位 − 支出", bal, N(annual) - N(spent))
    c.year_after("结转年度", cy, y)
    up, uprate, xs, xrate = c.one(r"上级补助资金([\d.]+)万元全部支出，执行率(\d+)%；县级资金支出([\d.]+)万元，县级资金执行率([\d.]+)%")
    c.total("sum_mismatch", "上级 = 中央 + 省 + 市", up, [cz, sz, mz])
    c.rate("上级执行率", uprate, up, up)
    c.total("sum_mismatch", "支出 = 上级 + 县级", spent, [up, xs])
    c.rate("县级执行率", xrate, xs, xz)
    _, crow = c.table("保障类别｜年初人数｜年末人数｜上半年人月｜下半年人月｜支出金额")
    cj = find_row(crow, 0, "集中养育孤儿")
    cs = find_row(crow, 0, "社会散居孤儿")
    cf = find_row(crow, 0, "事实无人抚养儿童")
    ct = find_row(crow, 0, "合计")
    for r, std1, std2 in ((cj, h1j, h2j), (cs, h1s, h2s), (cf, h1s, h2s)):
        c.eq("sum_mismatch", f"{r[0]} 金额 = 人月×标准", r[5], (N(r[3]) * N(std1) + N(r[4]) * N(std2)) / 10000)
    for k, col in ((1, "年初人数"), (2, "年末人数"), (3, "上半年人月"), (4, "下半年人月"), (5, "支出金额")):
        c.total("sum_mismatch", f"测算表 合计 {col}", ct[k], [cj[k], cs[k], cf[k]])
    for r, n0, n1 in ((cj, a0, a1), (cs, b0, b1), (cf, d0, d1)):
        c.same("conflicting_values", f"{r[0]} 年初 table/text", r[1], n0)
        c.same("conflicting_values", f"{r[0]} 年末 table/text", r[2], n1)
    c.same("conflicting_values", "支出 测算表/text", ct[5], spent)
    yuan, unit = c.one(r"发放基本生活费([\d,]+)(万元|元)")
    c.money_same("发放金额 = 实际支出", yuan, unit, spent)
    stop, new = c.one(r"停发不再符合条件的对象(\d+)人，新增纳入保障(\d+)人")
    c.total("sum_mismatch", "停发 = Σ 退出", stop, [a0, bout, dout], [a1])
    c.total("sum_mismatch", "新增 = Σ 新增", new, [bin_, din])
    on, fn, oc, fc = c.one(r"年末保障孤儿(\d+)人、事实无人抚养儿童(\d+)人，孤儿保障人数完成率([\d.]+)%，事实无人抚养儿童保障人数完成率([\d.]+)%")
    c.total("sum_mismatch", "孤儿 = 集中 + 散居", on, [a1, b1])
    c.same("conflicting_values", "事实 年末", fn, d1)
    c.eq("completion_mismatch", "孤儿完成率", oc, N(on) / N(tgo) * 100)
    c.eq("completion_mismatch", "事实完成率", fc, N(fn) / N(tgf) * 100)
    en, ei, er = c.one(r"适龄的保障对象(\d+)人，在校就读(\d+)人，入学率([\d.]+)%")
    c.rate("入学率", er, ei, en)
    c.total("sum_mismatch", "休学人数", c.one(r"(\d+)人因长期住院休学"), [en], [ei])
    c.same("conflicting_values", "上年末 = 年初合计", c.one(r"2021年全县保障对象年末为(\d+)人"), N(a0) + N(b0) + N(d0))
    c.total("sum_mismatch", "本年年末合计", c.one(r"本年年末为(\d+)人"), [a1, b1, d1])
    c.total("sum_mismatch", "自评表 年末保障", c.one(r"年末保障(\d+)人，应保尽保"), [a1, b1, d1])

    _, rows = c.table("项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分")
    tot = find_row(rows, 0, "年度资金总额")
    parts = [find_row(rows, 0, nm) for nm in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for k, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total("sum_mismatch", f"年度资金总额 {col}", tot[k], [p[k] for p in parts])
    for p in parts:
        c.check("implausible_rate", f"{p[0]} 执行率 on its base", p[5] in ("—", "0") or N(p[2]) != 0)
    c.same("conflicting_values", "年初 text/table", init, tot[1])
    c.same("conflicting_values", "全年 text/table", annual, tot[2])
    c.same("conflicting_values", "执行 text/table", spent, tot[3])
    c.rate("执行率 table", tot[5].rstrip("%"), tot[3], tot[2])
    c.same("conflicting_values", "执行率 text/table", erate, tot[5].rstrip("%"))
    exec_score_rule(c, tot[6], tot[4], tot[3], tot[2], tot[5])

    _, rows = c.table("一级指标｜二级指标｜三级指标｜指标性质｜指标值｜度量单位｜实际完成值｜分值｜得分｜未完成原因分析")
    inds = [dict(name="预算执行率", target="100%", actual=tot[5], compl=None, w=tot[4], s=tot[6])]
    for r in rows:
        if r[3] == "定性":
            inds.append(dict(name=r[2], target=r[4], actual=r[6], compl=None, w=r[7], s=r[8]))
        else:
            sign = "" if r[3] == "=" else r[3]
            inds.append(dict(name=r[2], target=sign + r[4] + r[5], actual=r[6] + r[5], compl=None, w=r[7], s=r[8],
                             level1=r[0]))
    for r, i in zip(rows, inds[1:]):
        i["level1"] = r[0]
    w_all = sum(N(i["w"]) for i in inds)
    s_all = sum(N(i["s"]) for i in inds)
    indicator_checks(c, inds, str(w_all), str(s_all))
    I = {i["name"]: i for i in inds}
    c.same("conflicting_values", "孤儿人数 text/table", on, parse_actual(I["孤儿保障人数"]["actual"])[0])
    c.same("conflicting_values", "事实人数 text/table", fn, parse_actual(I["事实无人抚养儿童保障人数"]["actual"])[0])
    c.same("conflicting_values", "孤儿目标", tgo, parse_target(I["孤儿保障人数"]["target"])[1])
    c.same("conflicting_values", "事实目标", tgf, parse_target(I["事实无人抚养儿童保障人数"]["target"])[1])
    c.same("conflicting_values", "集中标准", h2j, parse_actual(I["集中养育孤儿月保障标准"]["actual"])[0])
    c.same("conflicting_values", "散居标准", h2s, parse_actual(I["散居孤儿和事实无人抚养儿童月保障标准"]["actual"])[0])
    c.same("conflicting_values", "入学率 text/table", er, parse_actual(I["适龄儿童义务教育入学率"]["actual"])[0])

    ew, sx, ow, vw, vs, total, grade = c.one(
        r"按照预算执行(\d+)分、绩效指标\d+分的评分办法，预算执行按执行率计([\d.]+)分，产出指标(\d+)分全部得满分，"
        r"效益指标(\d+)分得([\d.]+)分，综合自评得分([\d.]+)分，等级为“" + GRADE_RE + "”")
    pw = c.one(r"预算执行\d+分、绩效指标(\d+)分的评分办法")
    c.same("conflicting_values", "执行分值", ew, tot[4])
    c.total("weight_sum_mismatch", "绩效指标 = 90", pw, [i["w"] for i in inds[1:]])
    c.total("weight_sum_mismatch", "10 + 90 = 100", "100", [ew, pw])
    c.same("conflicting_values", "执行得分 text/table", sx, tot[6])
    outs = [i for i in inds[1:] if i["level1"] == "产出指标"]
    bens = [i for i in inds[1:] if i["level1"] == "效益指标"]
    c.total("weight_sum_mismatch", "产出分值", ow, [i["w"] for i in outs])
    c.total("score_sum_mismatch", "产出全部满分", ow, [i["s"] for i in outs])
    c.total("weight_sum_mismatch", "效益分值", vw, [i["w"] for i in bens])
    c.total("score_sum_mismatch", "效益得分", vs, [i["s"] for i in bens])
    c.total("score_sum_mismatch", "综合得分 = Σ", total, [i["s"] for i in inds])
    c.grade("grade", total, grade)


# ================================================================= project 4: Hunan, 新晃 2019
def p_xinhuang(c):
    y = c.one(r"孤儿和事实无人抚养儿童基本生活保障资金(\d{4})年度绩效自评报告")
    c.year_is("title year", y, "2019")
    c.year_is("自评表年度", c.one(r"项目支出绩效自评表（(\d{4})年度）"), y)
    yy, init, cur0, carry = c.one(r"(\d{4})年年初预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元")
    c.year_is("预算年度", yy, y)
    c.total("sum_mismatch", "年初 = 当年 + 结转", init, [cur0, carry])
    add, annual = c.one(r"县财政追加预算([\d.]+)万元，全年预算([\d.]+)万元")
    c.total("sum_mismatch", "全年 = 年初 + 追加", annual, [init, add])
    cur, cz, sz, xz = c.one(r"当年财政拨款([\d.]+)万元中，中央资金([\d.]+)万元、省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    c.total("sum_mismatch", "当年 = Σ 来源", cur, [cz, sz, xz])
    c.total("sum_mismatch", "全年 = 当年 + 结转", annual, [cur, carry])
    c.same("conflicting_values", "追加 (决策)", c.one(r"追加预算([\d.]+)万元经局党组会议研究"), add)
    sj, ss = c.one(r"集中养育孤儿每人每月(\d+)元，社会散居孤儿和事实无人抚养儿童每人每月(\d+)元")
    (arr, arate, notarr, spent, erate, urate, bal, cy) = c.one(
        r"全年实际到位资金([\d.]+)万元，到位率([\d.]+)%，县级资金有([\d.]+)万元未到位。全年支出([\d.]+)万元，预算执行率([\d.]+)%；"
        r"如以到位资金为基数计算，资金使用率为([\d.]+)%。全年结余([\d.]+)万元，已结转(\d{4})年")
    c.rate("到位率", arate, arr, annual)
    c.eq("balance_mismatch", "未到位 = 预算 − 到位", notarr, N(annual) - N(arr))
    c.rate("执行率", erate, spent, annual)
    c.rate("使用率 (到位基数)", urate, spent, arr)
    c.eq("balance_mismatch", "结余 = 到位 − 支出", bal, N(arr) - N(spent))
    c.year_after("结转年度", cy, y)
    mj, aj, ms, as_, md, ad, mt, avg = c.one(
        r"集中养育孤儿累计(\d+)人月，支出([\d.]+)万元；社会散居孤儿累计(\d+)人月，支出([\d.]+)万元；事实无人抚养儿童7至12月累计(\d+)人月，"
        r"支出([\d.]+)万元。全年共计(\d+)人月，月人均发放约(\d+)元")
    c.eq("sum_mismatch", "集中 人月×标准", aj, N(mj) * N(sj) / 10000)
    c.eq("sum_mismatch", "散居 人月×标准", as_, N(ms) * N(ss) / 10000)
    c.eq("sum_mismatch", "事实 人月×标准", ad, N(md) * N(ss) / 10000)
    c.total("sum_mismatch", "支出 = Σ 类别", spent, [aj, as_, ad])
    c.total("sum_mismatch", "人月合计", mt, [mj, ms, md])
    c.check("average_mismatch", f"约{avg}元 per person-month", abs(N(spent) * 10000 / N(mt) - N(avg)) <= 1)
    a0, aout, a1, b0, bin_, bout, b1, f0, fin, fout, f1 = c.one(
        r"集中养育孤儿年初(\d+)人，(\d+)人年满18周岁后退出，年末(\d+)人；社会散居孤儿年初(\d+)人，新增(\d+)人，退出(\d+)人，年末(\d+)人；"
        r"事实无人抚养儿童7月首批认定(\d+)人，此后新增(\d+)人、退出(\d+)人，年末(\d+)人")
    c.total("sum_mismatch", "集中", a1, [a0], [aout])
    c.total("sum_mismatch", "散居", b1, [b0, bin_], [bout])
    c.total("sum_mismatch", "事实", f1, [f0, fin], [fout])
    on, more, fn, fc = c.one(r"年末保障孤儿(\d+)人，比目标多(\d+)人；事实无人抚养儿童纳入保障(\d+)人，完成率([\d.]+)%")
    c.total("sum_mismatch", "孤儿 = 集中 + 散居", on, [a1, b1])
    c.same("conflicting_values", "事实 年末", fn, f1)
    tgo, tgf = c.one(r"孤儿保障人数不少于(\d+)人，事实无人抚养儿童纳入保障不少于(\d+)人")
    c.total("sum_mismatch", "比目标多", more, [on], [tgo])
    c.eq("completion_mismatch", "事实完成率", fc, N(fn) / N(tgf) * 100)
    c.same("conflicting_values", "散居标准 text", c.one(r"散居孤儿基本生活费按每人每月(\d+)元标准落实"), ss)
    cyr, elig, cov, covr, rest = c.one(r"截至(\d{4})年12月31日，全县排查认定符合条件的事实无人抚养儿童(\d+)人，已纳入保障(\d+)人，"
                                       r"应保尽保率([\d.]+)%，其余(\d+)人")
    c.year_is("截至年度", cyr, y)
    c.rate("应保尽保率", covr, cov, elig)
    c.total("sum_mismatch", "其余人数", rest, [elig], [cov])
    c.same("conflicting_values", "纳入保障 = 年末", cov, f1)
    sq, sy, sr = c.one(r"共发放满意度问卷(\d+)份，满意(\d+)份，监护人满意度([\d.]+)%")
    c.rate("满意度", sr, sy, sq)
    total, grade = c.one(r"本项目自评得分([\d.]+)分，评价等级为" + GRADE_RE)

    _, rows = c.table("资金情况（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分")
    tot = find_row(rows, 0, "年度资金总额")
    parts = [find_row(rows, 0, nm) for nm in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for k, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total("sum_mismatch", f"年度资金总额 {col}", tot[k], [p[k] for p in parts])
    for p in parts:
        if N(p[2]) == 0:
            c.check("implausible_rate", f"{p[0]}: rate on a zero base must be — or 0, got {p[5]}", p[5] in ("—", "0"))
        elif p[5] not in ("—",):
            c.rate(f"{p[0]} 执行率", p[5].rstrip("%"), p[3], p[2])
    c.same("conflicting_values", "年初 text/table", init, tot[1])
    c.same("conflicting_values", "当年年初 text/table", cur0, parts[0][1])
    c.same("conflicting_values", "结转 text/table", carry, parts[1][1])
    c.same("conflicting_values", "全年 text/table", annual, tot[2])
    c.same("conflicting_values", "当年全年 text/table", cur, parts[0][2])
    c.same("conflicting_values", "执行 text/table", spent, tot[3])
    c.rate("执行率 table", tot[5].rstrip("%"), tot[3], tot[2])
    c.same("conflicting_values", "执行率 text/table", erate, tot[5].rstrip("%"))
    exec_score_rule(c, tot[6], tot[4], tot[3], tot[2], tot[5])

    _, rows = c.table("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因分析及改进措施")
    inds, trow = [dict(name="预算执行率", target="100%", actual=tot[5], compl=None, w=tot[4], s=tot[6], level1="预算执行")], None
    for r in rows:
        if r[0] == "总分":
            trow = r
            continue
        inds.append(dict(name=r[2], target=r[3], actual=r[4], compl=None, w=r[5], s=r[6], level1=r[0]))
    indicator_checks(c, inds, trow[5], trow[6])
    I = {i["name"]: i for i in inds}
    c.same("conflicting_values", "总分 text/table", total, trow[6])
    c.grade("grade", total, grade)
    c.same("conflicting_values", "孤儿人数 text/table", on, parse_actual(I["孤儿保障人数"]["actual"])[0])
    c.same("conflicting_values", "事实人数 text/table", fn, parse_actual(I["事实无人抚养儿童纳入保障人数"]["actual"])[0])
    c.same("conflicting_values", "孤儿目标", tgo, parse_target(I["孤儿保障人数"]["target"])[1])
    c.same("conflicting_values", "事实目标", tgf, parse_target(I["事实无人抚养儿童纳入保障人数"]["target"])[1])
    c.same("conflicting_values", "散居标准 table", parse_actual(I["散居孤儿基本生活费标准"]["actual"])[0], ss)
    c.same("conflicting_values", "应保尽保率 text/table", covr, I["事实无人抚养儿童应保尽保率"]["actual"].rstrip("%"))
    c.same("conflicting_values", "满意度 text/table", sr, I["监护人满意度"]["actual"].rstrip("%"))
    c.same("conflicting_values", "未纳入人数 table", c.one(r"｜(\d+)人材料未及时提交"), rest)


# ================================================================= project 5: Anhui, 太和县 2024
def p_taihe(c):
    y = c.one(r"太和县民政局(\d{4})年度孤儿和事实无人抚养儿童基本生活保障")
    c.year_is("title year", y, "2024")
    opening = c.one(r"项目资金([\d.]+)万元开展了绩效自评")
    sj, ss = c.one(r"集中养育孤儿每人每月(\d+)元，社会散居孤儿和事实无人抚养儿童每人每月(\d+)元")
    (a0, ain, aout, a1, b0, bin_, bout, b1, d0, din, dout, d1) = c.one(
        r"集中养育孤儿年初(\d+)人，新增(\d+)人、退出(\d+)人，年末(\d+)人；社会散居孤儿年初(\d+)人，新增(\d+)人、退出(\d+)人，年末(\d+)人；"
        r"事实无人抚养儿童年初(\d+)人，新增(\d+)人、退出(\d+)人，年末(\d+)人")
    c.total("sum_mismatch", "集中", a1, [a0, ain], [aout])
    c.total("sum_mismatch", "散居", b1, [b0, bin_], [bout])
    c.total("sum_mismatch", "事实", d1, [d0, din], [dout])
    init, cur0, carry, add, annual, cur, cz, sz, mz, xz = c.one(
        r"年初预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转([\d.]+)万元。因提标和事实无人抚养儿童增加，年中追加([\d.]+)万元，"
        r"全年预算([\d.]+)万元。当年财政拨款([\d.]+)万元的构成为：中央资金([\d.]+)万元，省级资金([\d.]+)万元，市级资金([\d.]+)万元，"
        r"县级资金([\d.]+)万元")
    c.total("sum_mismatch", "年初 = 当年 + 结转", init, [cur0, carry])
    c.total("sum_mismatch", "全年 = 年初 + 追加", annual, [init, add])
    c.total("sum_mismatch", "当年 = Σ 来源", cur, [cz, sz, mz, xz])
    c.total("sum_mismatch", "全年 = 当年 + 结转", annual, [cur, carry])
    c.same("conflicting_values", "opening amount", opening, annual)
    tgo, tgf, tgr, tgs = c.one(r"孤儿保障人数不少于(\d+)人，事实无人抚养儿童保障人数不少于(\d+)人；.*?动态复核按时完成率不低于(\d+)%；"
                               r"监护人满意度不低于(\d+)%")
    arate, spent, erate, bal, cy = c.one(r"资金到位率(\d+)%，全年支出([\d.]+)万元，预算执行率([\d.]+)%，年末结余([\d.]+)万元，"
                                         r"已按规定结转(\d{4})年")
    c.rate("到位率 (全部到位)", arate, annual, annual)
    c.rate("执行率", erate, spent, annual)
    c.eq("balance_mismatch", "结余 = 到位 − 支出", bal, N(annual) - N(spent))
    c.year_after("结转年度", cy, y)
    mt, yuan, avg = c.one(r"全年共发放(\d+)人月，折合([\d,]+)元，月人均发放([\d.]+)元")
    c.money_same("折合元 = 支出", yuan, "元", spent)
    c.eq("average_mismatch", "月人均", avg, N(yuan) / N(mt))
    total_text = c.one(r"自评得分([\d.]+)分，具体得分和等级见附表2")
    cs, cur_spent = c.one(r"上年结转资金([\d.]+)万元在一季度全部用完；当年财政拨款执行([\d.]+)万元")
    c.same("conflicting_values", "结转 used", cs, carry)
    c.total("sum_mismatch", "支出 = 当年执行 + 结转", spent, [cur_spent, cs])
    mj, aj, ms, as_, md, ad = c.one(r"集中养育孤儿累计(\d+)人月，支出([\d.]+)万元；社会散居孤儿累计(\d+)人月，支出([\d.]+)万元；"
                                    r"事实无人抚养儿童累计(\d+)人月，支出([\d.]+)万元")
    c.eq("sum_mismatch", "集中 人月×标准", aj, N(mj) * N(sj) / 10000)
    c.eq("sum_mismatch", "散居 人月×标准", as_, N(ms) * N(ss) / 10000)
    c.eq("sum_mismatch", "事实 人月×标准", ad, N(md) * N(ss) / 10000)
    c.total("sum_mismatch", "支出 = Σ 类别", spent, [aj, as_, ad])
    c.total("sum_mismatch", "人月合计", mt, [mj, ms, md])
    on, fn, oc, fc = c.one(r"年末保障孤儿(\d+)人、事实无人抚养儿童(\d+)人，分别完成年度指标的([\d.]+)%和([\d.]+)%")
    c.total("sum_mismatch", "孤儿 = 集中 + 散居", on, [a1, b1])
    c.same("conflicting_values", "事实 年末", fn, d1)
    c.eq("completion_mismatch", "孤儿完成", oc, N(on) / N(tgo) * 100)
    c.eq("completion_mismatch", "事实完成", fc, N(fn) / N(tgf) * 100)
    rn, ry, rr, rc = c.one(r"全年应开展动态复核(\d+)人次，按时完成(\d+)人次，按时完成率([\d.]+)%，完成年度指标值的([\d.]+)%")
    c.rate("动态复核按时完成率", rr, ry, rn)
    c.eq("completion_mismatch", "动态复核完成", rc, N(rr) / N(tgr) * 100)
    gs = c.one(r"监护人满意度([\d.]+)%，达到年度指标")

    _, rows = c.table("调查对象｜有效问卷（份）｜满意及基本满意（份）｜满意度")
    groups = [r for r in rows if r[0] != "平均"]
    for r in groups:
        c.rate(f"满意度 {r[0]}", r[3].rstrip("%"), r[2], r[1])
    avg_row = find_row(rows, 0, "平均")
    c.eq("average_mismatch", "平均满意度", avg_row[3].rstrip("%"),
         sum(N(r[3].rstrip("%")) for r in groups) / len(groups))
    c.check("implausible_rate", "平均满意度 <= 100", N(avg_row[3].rstrip("%")) <= 100)
    c.same("conflicting_values", "监护人满意度 text/附表1", gs, find_row(rows, 0, "监护人")[3].rstrip("%"))

    _, rows = c.table("资金（万元）｜年初预算数｜全年预算数（A）｜全年执行数（B）｜分值｜执行率（B/A）｜得分")
    tot = find_row(rows, 0, "年度资金总额")
    parts = [find_row(rows, 0, nm) for nm in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for k, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total("sum_mismatch", f"年度资金总额 {col}", tot[k], [p[k] for p in parts])
    for p in parts:
        if N(p[2]) == 0:
            c.check("implausible_rate", f"{p[0]}: rate on a zero base must be — or 0, got {p[5]}", p[5] in ("—", "0"))
        else:
            c.rate(f"{p[0]} 执行率", p[5].rstrip("%"), p[3], p[2])
    c.same("conflicting_values", "年初 text/table", init, tot[1])
    c.same("conflicting_values", "当年年初 text/table", cur0, parts[0][1])
    c.same("conflicting_values", "结转 text/table", carry, parts[1][1])
    c.same("conflicting_values", "全年 text/table", annual, tot[2])
    c.same("conflicting_values", "当年全年 text/table", cur, parts[0][2])
    c.same("conflicting_values", "执行 text/table", spent, tot[3])
    c.same("conflicting_values", "当年执行 text/table", cur_spent, parts[0][3])
    c.rate("执行率 table", tot[5].rstrip("%"), tot[3], tot[2])
    c.same("conflicting_values", "执行率 text/table", erate, tot[5].rstrip("%"))
    exec_score_rule(c, tot[6], tot[4], tot[3], tot[2], tot[5])

    _, rows = c.table("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因分析及改进措施")
    inds, trow, grade = [dict(name="预算执行率", target="100%", actual=tot[5], compl=None, w=tot[4], s=tot[6],
                              level1="预算执行")], None, None
    for r in rows:
        if r[0] == "总分":
            trow = r
            continue
        if r[0] == "自评等级":
            grade = r[1]
            continue
        inds.append(dict(name=r[2], target=r[3], actual=r[4], compl=None, w=r[5], s=r[6], level1=r[0]))
    indicator_checks(c, inds, trow[5], trow[6])
    c.grade("grade in table", trow[6], grade)
    c.same("conflicting_values", "总分 text/table", total_text, trow[6])
    ew, ow, vw, sw = c.one(r"按照预算执行(\d+)分、产出(\d+)分、效益(\d+)分、满意度(\d+)分的权重评分")
    for lv, w in (("预算执行", ew), ("产出指标", ow), ("效益指标", vw), ("满意度指标", sw)):
        c.total("weight_sum_mismatch", f"{lv} 分值", w, [i["w"] for i in inds if i["level1"] == lv])
    I = {i["name"]: i for i in inds}
    c.same("conflicting_values", "孤儿人数", on, parse_actual(I["孤儿保障人数"]["actual"])[0])
    c.same("conflicting_values", "事实人数", fn, parse_actual(I["事实无人抚养儿童保障人数"]["actual"])[0])
    c.same("conflicting_values", "孤儿目标", tgo, parse_target(I["孤儿保障人数"]["target"])[1])
    c.same("conflicting_values", "事实目标", tgf, parse_target(I["事实无人抚养儿童保障人数"]["target"])[1])
    c.same("conflicting_values", "复核目标", tgr, parse_target(I["动态复核按时完成率"]["target"])[1])
    c.same("conflicting_values", "满意度目标", tgs, parse_target(I["监护人满意度"]["target"])[1])
    c.same("conflicting_values", "复核率 text/table", rr, I["动态复核按时完成率"]["actual"].rstrip("%"))
    c.same("conflicting_values", "满意度 text/table", gs, I["监护人满意度"]["actual"].rstrip("%"))
    c.same("conflicting_values", "集中标准", sj, parse_actual(I["集中养育孤儿月保障标准"]["actual"])[0])
    c.same("conflicting_values", "散居标准", ss, parse_actual(I["散居孤儿和事实无人抚养儿童月保障标准"]["actual"])[0])


PROJECTS = {
    "sx-jingle-guerbaozhang-2021": p_jingle,
    "hb-fangxian-guershishiwuren-2020": p_fangxian,
    "sc-pengxi-guerjibenshenghuo-2022": p_pengxi,
    "hn-xinhuang-guerbaozhang-2019": p_xinhuang,
    "ah-taihe-shishiwuren-2024": p_taihe,
}


# ---------------------------------------------------------------- driver
def run_checks(project, text):
    c = Ctx(text)
    PROJECTS[project](c)
    return c.results


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(ln) for ln in f if ln.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, got {len(labels)}")
    counts = {k: 0 for k in CODES}
    clean_text = {}
    n_checks = 0
    for rec in labels:
        name, proj = rec["case"], rec["source"]
        if proj not in PROJECTS:
            problems.append(f"{name}: unknown source {proj}")
            continue
        with open(os.path.join(CASES, name), encoding="utf-8") as f:
            text = f.read()
        if rec["clean"]:
            clean_text[proj] = text
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
        else:
            if len(rec["expected"]) != 1:
                problems.append(f"{name}: expected exactly one label")
            lab = rec["expected"][0]
            if lab["code"] not in CODES or lab["severity"] != "error":
                problems.append(f"{name}: bad code/severity {lab['code']}/{lab['severity']}")
            counts[lab["code"]] = counts.get(lab["code"], 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(lab["value"]), text)]
            if not occ:
                problems.append(f"{name}: label value not found")
            elif len(occ) > 1:
                problems.append(f"{name}: label value occurs {len(occ)} times")
            clean = clean_text.get(proj)
            if clean is None:
                problems.append(f"{name}: clean draft must precede its error cases in labels.jsonl")
            else:
                (cs, ce), (es, ee) = diff_region(clean, text)
                if es == ee and cs == ce:
                    problems.append(f"{name}: identical to its clean draft")
                if ee - es > 200 or ce - cs > 200:
                    problems.append(f"{name}: changed region too long ({ce - cs} / {ee - es} chars)")
                if not any(o < max(ee, es + 1) and es < o + len(lab["value"]) for o in occ):
                    problems.append(f"{name}: changed region [{es},{ee}) does not overlap the label value")
        try:
            res = run_checks(proj, text)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        n_checks += len(res)
        failed_err = sorted({code for code, sev, desc, ok in res if not ok and sev == "error"})
        warns = [desc for code, sev, desc, ok in res if not ok and sev != "error"]
        if VERBOSE:
            print(f"== {name}: {len(res)} checks")
            for code, sev, desc, ok in res:
                if not ok or VERBOSE:
                    print(f"   {'ok  ' if ok else 'FAIL'} [{code}/{sev}] {desc}")
        if rec["clean"]:
            if failed_err:
                problems.append(f"{name}: clean draft fails {failed_err}: " + "; ".join(
                    desc for code, sev, desc, ok in res if not ok and sev == "error"))
            if warns:
                problems.append(f"{name}: clean draft has warnings: {warns}")
        else:
            want = rec["expected"][0]["code"]
            if failed_err != [want]:
                problems.append(f"{name}: labelled {want}, failing error codes {failed_err}: " + "; ".join(
                    f"[{code}] {desc}" for code, sev, desc, ok in res if not ok and sev == "error"))
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    print(f"cases: {len(labels)}, arithmetic checks run: {n_checks}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
