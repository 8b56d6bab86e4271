#!/usr/bin/env python3
"""Verify this labelled set (standard library only; arithmetic in decimal.Decimal).

1. labels.jsonl: 35 lines, one per case file; every label value occurs in its case; each code of
   errors.md §A (1-13) is used at least twice.
2. Each error case differs from its clean draft in one contiguous place that overlaps an occurrence
   of the label value; the original figure named in build.EDITS occurs once in the clean draft (at
   least twice for conflicting_values).
3. The arithmetic of every draft is redone by a hand-written reading of that draft (regular
   expressions anchored on its wording plus a tab-table reader): on a clean draft no check may fail
   (nor any score-rule warning); on an error case the labelled code must fail and no other
   error-level code may fail (score-rule warnings are allowed there, they are not error codes).
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (the edit list)

CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = r"(\d+(?:,\d{3})*(?:\.\d+)?)"
NUMNC = r"\d+(?:,\d{3})*(?:\.\d+)?"


# ---------------------------------------------------------------- numbers and tolerance (rules §8)
def dec(s):
    return D(str(s).replace(",", "").strip().rstrip("%"))


def ndec(s):
    s = str(s).replace(",", "").strip().rstrip("%")
    return len(s.split(".", 1)[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndec(s)) + D("1e-9")


def close(stated, computed):
    return abs(dec(stated) - computed) <= tol(stated)


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def band(x):
    return "优" if x >= 90 else "良" if x >= 80 else "中" if x >= 60 else "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class ParseError(Exception):
    pass


class Ck:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fail = defaultdict(list)
        self.warn = []

    # -- reading
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{pat!r}: {len(ms)} matches")
        return ms[0]

    def s(self, pat, g=1):
        return self.m(pat).group(g)

    # -- recording
    def bad(self, code, msg):
        self.fail[code].append(msg)

    def ok(self, code, cond, msg):
        if not cond:
            self.bad(code, msg)

    def warn_if(self, cond, msg):
        if not cond:
            self.warn.append(msg)

    # -- typical checks
    def rate(self, code, stated, num, den, what):
        num, den = D(num), D(den)
        if den == 0:
            self.bad("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        c = num / den * 100
        self.ok(code, close(stated, c), f"{what}: stated {stated}%, computed {q2(c)}%")

    def total(self, code, stated, parts, what):
        c = sum((D(p) for p in parts), D(0))
        self.ok(code, close(stated, c), f"{what}: stated {stated}, computed {c}")

    def same(self, a, b, what, code="conflicting_values"):
        ok = abs(dec(a) - dec(b)) <= max(tol(a), tol(b))
        self.ok(code, ok, f"{what}: {a} vs {b}")

    def product(self, price, unit, count, amount, what):
        """price (元 or 万元) x count = amount (万元)."""
        p = dec(price) / 10000 if unit == "元" else dec(price)
        c = p * dec(count)
        if close(amount, c):
            return
        if close(amount, c / 10000) or close(amount, c * 10000):
            self.bad("unit_mismatch", f"{what}: {price}{unit} x {count} = {c}万元 vs {amount} (off by 10^4)")
        else:
            self.bad("sum_mismatch", f"{what}: {price}{unit} x {count} = {c}万元 vs {amount}")

    def approx(self, stated, computed, what, code="rate_mismatch"):
        """约/增长约: stated value with +- half a unit of its last digit."""
        self.ok(code, close(stated, computed), f"{what}: about {stated}, computed {q2(computed)}")


# ---------------------------------------------------------------- tables
def tab_table(text, header_prefix):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
    if len(idx) != 1:
        raise ParseError(f"table {header_prefix!r}: {len(idx)} headers")
    rows = []
    for l in lines[idx[0] + 1:]:
        if l.strip() == "":
            break
        rows.append(l.split("\t"))
    return lines[idx[0]].split("\t"), rows


def flat_blocks(text, first_cell):
    """Seed-003-style table: one cell per line (tab-indented), blank line between rows."""
    start = text.index("\t" + first_cell + "\n")
    blocks, cur = [], []
    for l in text[start:].split("\n"):
        if l == "":
            if cur:
                blocks.append(cur)
                cur = []
            continue
        if not l.startswith("\t"):
            break
        cur.append(l[1:])
    if cur:
        blocks.append(cur)
    return blocks


def find_row(rows, col, name):
    hits = [r for r in rows if len(r) > col and r[col] == name]
    if len(hits) != 1:
        raise ParseError(f"row {name!r}: {len(hits)} hits")
    return hits[0]


SIGN = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq"}


def parse_val(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return None  # a date
    m = re.match(r"^(≥|≤|＞|＜|>|<|=)?\s*(\d+(?:\.\d+)?)\s*(\S*)$", s)
    if not m:
        return None
    return (SIGN[m.group(1)] if m.group(1) else "eq", D(m.group(2)), m.group(3))


def completion(t, a):
    d, T, _ = t
    A = a[1]
    if d == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def indicator_row(ck, name, target, actual, weight, score, comp=None):
    w, sc = dec(weight), dec(score)
    ck.ok("score_exceeds_weight", D(0) <= sc <= w, f"{name}: score {score} vs weight {weight}")
    t, a = parse_val(target), parse_val(actual)
    if t is None or a is None:
        return None
    if t[2] != a[2]:
        ck.bad("unit_mismatch", f"{name}: target {target} vs actual {actual}")
        return None
    c = completion(t, a)
    if comp is not None:
        ck.ok("completion_mismatch", close(comp, c), f"{name}: completion {comp} vs {q2(c)}%")
    if "满意" in name or (t[2] == "%" and "率" in name):
        ck.ok("implausible_rate", a[1] <= 100, f"{name}: rate {actual} above 100%")
    exp = w * min(c, D(100)) / 100
    alt = w * min(dec(comp), D(100)) / 100 if comp is not None else exp
    ck.warn_if(close(score, exp) or close(score, alt), f"score rule {name}: {score} vs {q2(exp)}")
    return c


def funds_row(ck, cells, what):
    """cells: name, 年初, 全年, 执行, 分值, 执行率, 得分."""
    name, init, annual, spent, weight, rate, score = cells[:7]
    if dec(annual) == 0:
        ck.ok("implausible_rate", rate in ("—", "-", "", "0", "0%"), f"{what} {name}: rate {rate} on a zero budget")
        return
    if rate in ("—", "-", ""):
        return
    r = dec(spent) / dec(annual) * 100
    ck.ok("rate_mismatch", close(rate, r), f"{what} {name}: 执行率 {rate} vs {q2(r)}%")
    ck.ok("implausible_rate", dec(rate) <= 100, f"{what} {name}: 执行率 {rate} above 100%")
    if weight not in ("—", "-", ""):
        exp = dec(weight) * min(r, D(100)) / 100
        alt = dec(weight) * min(dec(rate), D(100)) / 100
        ck.warn_if(close(score, exp) or close(score, alt), f"execution score {score} vs {q2(exp)}")


def funds_components(ck, total_row, comp_rows, what):
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.total("sum_mismatch", total_row[i], [dec(r[i]) for r in comp_rows], f"{what} {col} column")


def goal_targets(ck, row, pairs):
    """Targets stated in the goal paragraph = 年度指标值 of the same row in the table."""
    for pat, name in pairs:
        ck.same(ck.s(pat), parse_val(row(name)[3])[1], f"target of {name} text vs table")


def grade_check(ck, total, word):
    g = GRADE_WORDS.get(word)
    ck.ok("grade_mismatch", g == band(dec(total)), f"grade {word} for total {total} (band {band(dec(total))})")


# ---------------------------------------------------------------- generic prose checks
def generic(ck, title_lines=3):
    t, Y = ck.t, ck.year
    head = "\n".join(t.split("\n")[:title_lines])
    ty = re.findall(r"(\d{4})年度", head)
    ck.ok("year_mismatch", ty and all(int(y) == Y for y in ty), f"title year {ty} vs {Y}")
    for m in re.finditer(r"(\d{4})年度", t):
        ck.ok("year_mismatch", int(m.group(1)) == Y, f"evaluation year {m.group(0)} vs {Y}")
    for m in re.finditer(r"结转至?(\d{4})年", t):
        ck.ok("year_mismatch", int(m.group(1)) > Y, f"carry-over to {m.group(1)} in a {Y} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        ck.ok("year_mismatch", int(m.group(1)) == Y, f"year-end figure dated {m.group(1)}")
    for m in re.finditer(r"(\d{4})年12月提前下达", t):
        ck.ok("year_mismatch", int(m.group(1)) == Y - 1, f"advance issued December {m.group(1)}")
    last = t.strip().split("\n")[-1]
    m = re.match(r"(\d{4})年\d{1,2}月\d{1,2}日$", last.strip())
    if not m:
        raise ParseError("report date")
    ck.ok("year_mismatch", Y <= int(m.group(1)) <= Y + 1, f"report dated {m.group(1)}")
    for m in re.finditer(r"(执行率|到位率|使用率|满意率|满意度)(?:为|达到|达|是)?" + NUM + "%", t):
        ck.ok("implausible_rate", dec(m.group(2)) <= 100, f"{m.group(0)} above 100%")


# ---------------------------------------------------------------- draft 1: 清河 2018
def qinghe(ck):
    t = ck.t
    init = ck.s(r"年初县本级财政安排项目预算" + NUM + "万元")
    add = ck.s(r"下达外经贸发展专项资金" + NUM + "万元")
    annual = ck.s(r"全年预算调整为" + NUM + "万元")
    ck.total("sum_mismatch", annual, [dec(init), dec(add)], "年初 + 追加 = 全年预算")
    ck.rate("rate_mismatch", ck.s(r"全部拨付到位，到位率" + NUM + "%"), dec(annual), dec(annual), "到位率")
    spent = ck.s(r"全年支出" + NUM + "万元，预算执行率")
    ck.rate("rate_mismatch", ck.s(r"全年支出" + NUMNC + "万元，预算执行率" + NUM + "%"), dec(spent), dec(annual), "执行率")
    prov = ck.s(r"省级资金" + NUM + "万元已全部支出")
    ck.rate("rate_mismatch", ck.s(r"已全部支出，执行率" + NUM + "%"), dec(prov), dec(prov), "省级执行率")
    ck.same(prov, add, "省级资金 = 追加数")
    m = ck.m(r"县级资金" + NUM + "万元，支出" + NUM + "万元，执行率" + NUM + "%")
    ck.rate("rate_mismatch", m.group(3), dec(m.group(2)), dec(m.group(1)), "县级执行率")
    ck.same(m.group(1), init, "县级资金 = 年初预算")
    ck.total("sum_mismatch", spent, [dec(prov), dec(m.group(2))], "省级 + 县级支出")
    bal = ck.s(r"年末结余" + NUM + "万元")
    ck.ok("balance_mismatch", close(bal, dec(annual) - dec(spent)), f"结余 {bal} vs {dec(annual) - dec(spent)}")
    # expenditure table
    _, rows = tab_table(t, "支出项目\t")
    items = {r[0]: r[1] for r in rows}
    tot = items.pop("合计")
    ck.total("sum_mismatch", tot, [dec(v) for v in items.values()], "支出明细合计")
    ck.same(tot, spent, "明细合计 = 全年支出")
    prep = ck.s(r"三项）合计" + NUM + "万元")
    ck.total("sum_mismatch", prep, [dec(items[k]) for k in ("展馆租赁及展位搭建", "宣传推介", "客商邀请及接待")], "筹办三项")
    a = ck.m(r"境外展会每个标准展位补贴" + NUM + "(元|万元)，全年补贴" + NUM + "个展位，计" + NUM + "万元")
    ck.product(a.group(1), a.group(2), a.group(3), a.group(4), "境外展位补贴")
    b = ck.m(r"国内展会每个标准展位补贴" + NUM + "(元|万元)，全年补贴" + NUM + "个展位，计" + NUM + "万元")
    ck.product(b.group(1), b.group(2), b.group(3), b.group(4), "国内展位补贴")
    two = ck.s(r"两项共" + NUM + "万元")
    ck.total("sum_mismatch", two, [dec(a.group(4)), dec(b.group(4))], "两项补贴")
    ck.same(two, items["企业外出参展补贴"], "补贴 prose vs table")
    # funds block
    _, frows = tab_table(t, "项目资金（万元）\t")
    ftot = find_row(frows, 0, "年度资金总额")
    comps = [r for r in frows if r[0] != "年度资金总额"]
    funds_components(ck, ftot, comps, "资金表")
    for r in frows:
        funds_row(ck, r, "资金表")
    ck.same(ftot[1], init, "年初预算 table vs text")
    ck.same(ftot[2], annual, "全年预算 table vs text")
    ck.same(ftot[3], spent, "执行数 table vs text")
    ck.same(ftot[5], ck.s(r"全年支出" + NUMNC + "万元，预算执行率" + NUM + "%"), "执行率 table vs text")
    # indicator table
    _, rows = tab_table(t, "一级指标\t")
    inds = [r for r in rows if r[0] != "总分"]
    tot = find_row(rows, 0, "总分")
    for r in inds:
        indicator_row(ck, r[2], r[3], r[4], r[5], r[6])
    wsum = dec(ftot[4]) + sum(dec(r[5]) for r in inds)
    ck.ok("weight_sum_mismatch", wsum == 100 and dec(tot[5]) == 100, f"weights {wsum}, 总分 {tot[5]}")
    ck.total("score_sum_mismatch", tot[6], [dec(ftot[6])] + [dec(r[6]) for r in inds], "总分")
    total_p = ck.s(r"本项目自评得分" + NUM + "分")
    ck.same(total_p, tot[6], "total text vs table")
    grade_check(ck, total_p, ck.s(r"评价等级为“(.)”"))
    # text vs table
    row = lambda n: find_row(inds, 2, n)
    exh = ck.m(r"本届交易会参展企业" + NUM + "家，较2017年的" + NUM + "家增加" + NUM + "家")
    ck.same(exh.group(1), row("交易会参展企业数")[4].rstrip("家"), "参展企业数")
    ck.total("sum_mismatch", exh.group(1), [dec(exh.group(2)), dec(exh.group(3))], "585 + 63")
    ck.total("sum_mismatch", row("组织企业外出参展展位数")[4].rstrip("个%"), [dec(a.group(3)), dec(b.group(3))], "境外 + 国内展位")
    sales = ck.m(r"意向成交额" + NUM + "亿元，较上届的" + NUM + "亿元增长" + NUM + "%")
    ck.same(sales.group(1), row("现场签约及意向成交额")[4].rstrip("亿元"), "成交额")
    ck.rate("rate_mismatch", sales.group(3), dec(sales.group(1)) - dec(sales.group(2)), dec(sales.group(2)), "成交额增长")
    pj = ck.m(r"签约招商项目" + NUM + "个，完成率" + NUM + "%")
    ck.same(pj.group(1), row("招商引资签约项目数")[4].rstrip("个"), "签约项目数")
    tgt = parse_val(row("招商引资签约项目数")[3])[1]
    ck.ok("completion_mismatch", close(pj.group(2), dec(pj.group(1)) / tgt * 100), "签约项目完成率")
    ck.same(ck.s(r"满意度为" + NUM + "%"), row("参展企业满意度")[4], "满意度")
    ck.same(ck.s(r"合计(" + NUMNC + ")万元，控制在成本目标以内"), row("交易会筹办成本")[4].rstrip("万元"), "筹办成本")
    goal_targets(ck, row, [(r"参展企业不少于" + NUM + "家", "交易会参展企业数"),
                           (r"使用展位不少于" + NUM + "个", "组织企业外出参展展位数"),
                           (r"意向成交额不低于" + NUM + "亿元", "现场签约及意向成交额"),
                           (r"签约招商项目不少于" + NUM + "个", "招商引资签约项目数"),
                           (r"未达到" + NUM + "个的目标", "招商引资签约项目数"),
                           (r"满意度达到" + NUM + "%以上", "参展企业满意度")])


# ---------------------------------------------------------------- draft 2: 樟树 2019
def zhangshu(ck):
    t = ck.t
    annual = ck.s(r"项目全年预算" + NUM + "万元，年内未调整")
    m = ck.m(r"其中" + NUM + "万元已于2018年12月提前下达，其余" + NUM + "万元分两批于2019年3月下达" + NUM
             + "万元、8月下达" + NUM + "万元，资金到位率" + NUM + "%")
    ck.total("sum_mismatch", annual, [dec(m.group(1)), dec(m.group(2))], "提前下达 + 其余")
    ck.total("sum_mismatch", m.group(2), [dec(m.group(3)), dec(m.group(4))], "两批")
    received = dec(m.group(1)) + dec(m.group(3)) + dec(m.group(4))
    ck.rate("rate_mismatch", m.group(5), received, dec(annual), "到位率")
    spent = ck.s(r"全年支出" + NUM + "万元，预算执行率")
    er = ck.s(r"全年支出" + NUMNC + "万元，预算执行率" + NUM + "%")
    ck.rate("rate_mismatch", er, dec(spent), dec(annual), "执行率")
    bal = ck.s(r"年末结余" + NUM + "万元")
    ck.ok("balance_mismatch", close(bal, received - dec(spent)), f"结余 {bal} vs {received - dec(spent)}")
    it = ck.m(r"展馆租赁及布展" + NUM + "万元、招商推介会" + NUM + "万元、客商接待" + NUM + "万元、参展企业补贴" + NUM + "万元")
    ck.total("sum_mismatch", spent, [dec(it.group(i)) for i in range(1, 5)], "四块支出")
    pm = ck.m(r"费用依次为" + NUM + "万元、" + NUM + "万元、" + NUM + "万元，平均每场" + NUM + "万元")
    three = [dec(pm.group(i)) for i in range(1, 4)]
    ck.total("sum_mismatch", it.group(2), three, "三场推介会")
    ck.ok("average_mismatch", close(pm.group(4), sum(three) / 3), f"平均每场 {pm.group(4)} vs {q2(sum(three) / 3)}")
    s1 = ck.m(r"标准展位每个补贴" + NUM + "(元|万元)，共" + NUM + "个，计" + NUM + "万元")
    ck.product(s1.group(1), s1.group(2), s1.group(3), s1.group(4), "标准展位补贴")
    s2 = ck.m(r"特装展位每平方米补贴" + NUM + "(元|万元)，共" + NUM + "平方米，计" + NUM + "万元")
    ck.product(s2.group(1), s2.group(2), s2.group(3), s2.group(4), "特装展位补贴")
    ck.total("sum_mismatch", it.group(4), [dec(s1.group(4)), dec(s2.group(4))], "参展企业补贴")
    # indicator table
    _, rows = tab_table(t, "一级指标\t")
    inds = [r for r in rows if r[0] != "合计"]
    tot = find_row(rows, 0, "合计")
    for r in inds:
        indicator_row(ck, r[2], r[3], r[4], r[6], r[7], comp=r[5])
    wsum = sum(dec(r[6]) for r in inds)
    ck.ok("weight_sum_mismatch", wsum == 100 and dec(tot[6]) == 100, f"weights {wsum}, 合计 {tot[6]}")
    ck.total("score_sum_mismatch", tot[7], [dec(r[7]) for r in inds], "合计")
    total_p = ck.s(r"项目自评得分" + NUM + "分")
    ck.same(total_p, tot[7], "total text vs table")
    grade_check(ck, total_p, ck.s(r"评价等级为“(.)”"))
    row = lambda n: find_row(inds, 2, n)
    ck.same(er, row("预算执行率")[4], "执行率 text vs table")
    ck.same(ck.s(r"本届参展企业" + NUM + "家"), row("参展企业数")[4].rstrip("家"), "参展企业数")
    ck.same(ck.s(r"推介会" + NUM + "场全部按计划举办"), row("举办招商推介会")[4].rstrip("场"), "推介会场次")
    ck.same(ck.s(r"拨付及时率" + NUM + "%。"), row("补贴资金拨付及时率")[4], "拨付及时率")
    sm = ck.m(r"交易会成交额" + NUM + "亿元，上届为" + NUM + "亿元，增长约" + NUM + "%")
    ck.same(sm.group(1), row("交易会成交额")[4].rstrip("亿元"), "成交额")
    ck.approx(sm.group(3), (dec(sm.group(1)) / dec(sm.group(2)) - 1) * 100, "成交额增长")
    sg = ck.m(r"招商签约资金" + NUM + "亿元，没有达到" + NUM + "亿元的目标")
    ck.same(sg.group(1), row("招商签约资金")[4].rstrip("亿元"), "签约资金")
    ck.same(sg.group(2), row("招商签约资金")[3].lstrip("≥").rstrip("亿元"), "签约资金目标")
    ck.same(ck.s(r"到会客商约" + NUM + "万人次"), row("到会客商人数")[4].rstrip("万人次"), "到会客商")
    sat = ck.m(r"参展商满意度" + NUM + "%，比目标低" + NUM + "个百分点")
    ck.same(sat.group(1), row("参展商满意度")[4], "满意度")
    ck.total("sum_mismatch", parse_val(row("参展商满意度")[3])[1], [dec(sat.group(1)), dec(sat.group(2))], "比目标低")
    ck.ok("implausible_rate", dec(ck.s(r"采购商满意率" + NUM + "%")) <= 100, "采购商满意率 above 100%")
    goal_targets(ck, row, [(r"参展企业不少于" + NUM + "家", "参展企业数"),
                           (r"到会客商不少于" + NUM + "万人次", "到会客商人数"),
                           (r"推介会不少于" + NUM + "场", "举办招商推介会"),
                           (r"成交额不低于" + NUM + "亿元", "交易会成交额"),
                           (r"签约资金不低于" + NUM + "亿元", "招商签约资金"),
                           (r"满意度不低于" + NUM + "%", "参展商满意度"),
                           (r"标准展位每个补贴" + NUM + "元", "标准展位补贴标准")])
    ck.same(s1.group(1), parse_val(row("标准展位补贴标准")[4])[1], "补贴标准 text vs table")


# ---------------------------------------------------------------- draft 3: 安溪 2020 (flattened table)
def anxi(ck):
    t = ck.t
    m = ck.m(r"项目年初预算" + NUM + "万元，其中当年财政拨款" + NUM + "万元、2019年结转资金" + NUM + "万元")
    init, init_cur, carry = m.group(1), m.group(2), m.group(3)
    ck.total("sum_mismatch", init, [dec(init_cur), dec(carry)], "年初预算构成")
    cm = ck.m(r"调减当年拨款" + NUM + "万元，全年预算调整为" + NUM + "万元")
    annual = cm.group(2)
    ck.total("sum_mismatch", annual, [dec(init), -dec(cm.group(1))], "年初 - 调减")
    sm = ck.m(r"全年实际支出" + NUM + "万元，执行率超过" + NUM + "%")
    spent = sm.group(1)
    ck.ok("rate_mismatch", dec(spent) / dec(annual) * 100 > dec(sm.group(2)), "执行率超过 claim")
    it = ck.m(r"其中企业参展补助" + NUM + "万元、线上茶博会平台建设及运营" + NUM + "万元、宣传推介" + NUM + "万元")
    ck.total("sum_mismatch", spent, [dec(it.group(i)) for i in range(1, 4)], "三项支出")
    on = ck.m(r"线上参展茶企每家补助" + NUM + "(元|万元)，共" + NUM + "家，计" + NUM + "万元")
    ck.product(on.group(1), on.group(2), on.group(3), on.group(4), "线上补助")
    off = ck.m(r"每个标准展位补助" + NUM + "(元|万元)，共" + NUM + "个展位，计" + NUM + "万元")
    ck.product(off.group(1), off.group(2), off.group(3), off.group(4), "线下展位补助")
    ck.total("sum_mismatch", it.group(1), [dec(on.group(4)), dec(off.group(4))], "企业参展补助")
    ck.same(ck.s(r"提高到" + NUM + "元"), off.group(1), "展位补助标准")
    bm = ck.m(r"年末结余" + NUM + "万元，其中" + NUM + "万元为")
    rest = ck.s(r"其余" + NUM + "万元已收回")
    ck.ok("balance_mismatch", close(bm.group(1), dec(annual) - dec(spent)), "结余")
    ck.total("sum_mismatch", bm.group(1), [dec(bm.group(2)), dec(rest)], "结余构成")
    # flattened table
    blocks = flat_blocks(t, "项目名称")
    byname = {b[0]: b for b in blocks}
    ck.ok("year_mismatch", byname["评价年度"][1] == f"{ck.year}年度", f"评价年度 {byname['评价年度'][1]}")
    ftot = byname["年度资金总额"]
    fcur = byname["其中：当年财政拨款"]
    fcar = byname["上年结转资金"]
    funds_components(ck, ftot, [fcur, fcar], "资金表")
    for r in (ftot, fcur, fcar):
        funds_row(ck, r, "资金表")
    ck.same(ftot[1], init, "年初 table vs text")
    ck.same(ftot[2], annual, "全年 table vs text")
    ck.same(ftot[3], spent, "执行 table vs text")
    ck.same(fcur[1], init_cur, "当年拨款年初")
    ck.same(fcar[1], carry, "结转年初")
    ck.total("sum_mismatch", fcur[2], [dec(init_cur), -dec(cm.group(1))], "当年拨款调减后")
    hdr_i = [i for i, b in enumerate(blocks) if b[0] == "一级指标"][0]
    inds, tot, l1 = [], None, None
    for b in blocks[hdr_i + 1:]:
        if b[0] == "总分":
            tot = b
            break
        l1 = b[0] or l1
        inds.append([l1] + b[1:])
    for r in inds:
        indicator_row(ck, r[2], r[3], r[4], r[5], r[6])
    wsum = dec(ftot[4]) + sum(dec(r[5]) for r in inds)
    ck.ok("weight_sum_mismatch", wsum == 100 and dec(tot[5]) == 100, f"weights {wsum}, 总分 {tot[5]}")
    wp = ck.m(r"预算执行率占" + NUM + "分、产出指标占" + NUM + "分、效益指标占" + NUM + "分、满意度指标占" + NUM + "分")
    ck.ok("weight_sum_mismatch", sum(dec(wp.group(i)) for i in range(1, 5)) == 100, "stated weights sum")
    for i, lv in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        ck.ok("weight_sum_mismatch", dec(wp.group(i)) == sum(dec(r[5]) for r in inds if r[0] == lv), f"{lv} weight")
    ck.ok("weight_sum_mismatch", dec(wp.group(1)) == dec(ftot[4]), "执行率 weight")
    ck.total("score_sum_mismatch", tot[6], [dec(ftot[6])] + [dec(r[6]) for r in inds], "总分")
    gm = ck.m(r"自评得分" + NUM + "分，评价等级为(.)")
    ck.same(gm.group(1), tot[6], "total text vs table")
    grade_check(ck, gm.group(1), gm.group(2))
    row = lambda n: find_row(inds, 2, n)
    cc = ck.m(r"线上茶博会" + NUM + "场（.*?线下茶博会" + NUM + "场，共" + NUM + "场，完成目标的" + NUM + "%")
    ck.total("sum_mismatch", cc.group(3), [dec(cc.group(1)), dec(cc.group(2))], "场次")
    ck.same(cc.group(3), row("茶博会举办场次")[4].rstrip("场"), "场次")
    ck.ok("completion_mismatch", close(cc.group(4), dec(cc.group(3)) / parse_val(row("茶博会举办场次")[3])[1] * 100), "场次完成率")
    ce = ck.m(r"补助参展茶企" + NUM + "家，超过目标" + NUM + "家")
    ck.same(ce.group(1), row("补助参展茶企数")[4].rstrip("家"), "补助茶企")
    ck.total("sum_mismatch", ce.group(1), [parse_val(row("补助参展茶企数")[3])[1], dec(ce.group(2))], "超过目标")
    ck.same(ce.group(1), on.group(3), "补助茶企 = 线上补助家数")
    ck.ok("conflicting_values", ck.s(r"最后一批补助于(\d{4}年\d+月\d+日)兑付完毕") == row("补助资金兑付时间")[4], "兑付日期")
    tr = ck.m(r"茶叶交易额" + NUM + "亿元，完成目标的" + NUM + "%")
    ck.same(tr.group(1), row("茶叶交易额")[4].rstrip("亿元"), "交易额")
    ck.ok("completion_mismatch", close(tr.group(2), dec(tr.group(1)) / parse_val(row("茶叶交易额")[3])[1] * 100), "交易额完成")
    ol = ck.m(r"新增开展线上销售的茶企" + NUM + "家，完成率" + NUM + "%")
    ck.same(ol.group(1), row("新增线上销售茶企数")[4].rstrip("家"), "新增线上茶企")
    ck.ok("completion_mismatch", close(ol.group(2), dec(ol.group(1)) / parse_val(row("新增线上销售茶企数")[3])[1] * 100), "新增线上完成率")
    sa = ck.m(r"满意度为" + NUM + "%，为目标值的" + NUM + "%")
    ck.same(sa.group(1), row("参展茶企满意度")[4], "满意度")
    ck.ok("completion_mismatch", close(sa.group(2), dec(sa.group(1)) / parse_val(row("参展茶企满意度")[3])[1] * 100), "满意度完成")
    qn = ck.m(r"问卷共发放" + NUM + "份，收回有效问卷" + NUM + "份")
    ck.ok("implausible_rate", dec(qn.group(2)) <= dec(qn.group(1)), "有效问卷多于发放")
    goal_targets(ck, row, [(r"茶博会不少于" + NUM + "场", "茶博会举办场次"),
                           (r"补助参展茶企不少于" + NUM + "家", "补助参展茶企数"),
                           (r"交易额不低于" + NUM + "亿元", "茶叶交易额"),
                           (r"线上销售的茶企不少于" + NUM + "家", "新增线上销售茶企数"),
                           (r"满意度不低于" + NUM + "%", "参展茶企满意度")])


# ---------------------------------------------------------------- draft 4: 醴陵 2023 (部门整体)
def liling(ck):
    t = ck.t
    st = ck.m(r"在职人员" + NUM + "人，其中局机关" + NUM + "人、会展服务中心" + NUM + "人")
    ck.total("sum_mismatch", st.group(1), [dec(st.group(2)), dec(st.group(3))], "在职人员")
    income = ck.s(r"部门收入合计" + NUM + "万元")
    _, rows = tab_table(t, "收入来源\t")
    inc = {r[0]: r[1] for r in rows}
    ck.total("sum_mismatch", inc["合计"], [dec(inc["一般公共预算拨款"]), dec(inc["上年结转"])], "收入合计")
    ck.same(inc["合计"], income, "收入合计 text vs table")
    ex = ck.m(r"部门全年支出" + NUM + "万元，其中基本支出" + NUM + "万元、项目支出" + NUM + "万元，部门预算执行率" + NUM + "%")
    spent, basic, proj, er = ex.group(1), ex.group(2), ex.group(3), ex.group(4)
    ck.total("sum_mismatch", spent, [dec(basic), dec(proj)], "基本 + 项目")
    ck.rate("rate_mismatch", er, dec(spent), dec(income), "部门预算执行率")
    bb = ck.m(r"基本支出全年预算" + NUM + "万元，执行率" + NUM + "%")
    ck.rate("rate_mismatch", bb.group(2), dec(basic), dec(bb.group(1)), "基本支出执行率")
    pc = ck.m(r"其中人员经费" + NUM + "万元、公用经费" + NUM + "万元")
    ck.total("sum_mismatch", basic, [dec(pc.group(1)), dec(pc.group(2))], "人员 + 公用")
    ly = ck.m(r"较2022年的" + NUM + "万元增加" + NUM + "万元")
    ck.total("sum_mismatch", spent, [dec(ly.group(1)), dec(ly.group(2))], "较上年增加")
    cf = ck.s(r"年末结转结余" + NUM + "万元")
    ck.ok("balance_mismatch", close(cf, dec(income) - dec(spent)), "结转结余")
    sp = ck.m(r"其中基本支出结余" + NUM + "万元、项目支出结转" + NUM + "万元")
    ck.ok("balance_mismatch", close(sp.group(1), dec(bb.group(1)) - dec(basic)), "基本支出结余")
    ck.total("sum_mismatch", cf, [dec(sp.group(1)), dec(sp.group(2))], "结转结余构成")
    # project table
    _, prow = tab_table(t, "项目名称\t")
    projs = [r for r in prow if not r[0].startswith("合计")]
    ptot = [r for r in prow if r[0].startswith("合计")][0]
    for r in projs:
        ck.rate("rate_mismatch", r[3], dec(r[2]), dec(r[1]), f"{r[0]} 执行率")
    ck.total("sum_mismatch", ptot[1], [dec(r[1]) for r in projs], "项目预算合计")
    ck.total("sum_mismatch", ptot[2], [dec(r[2]) for r in projs], "项目执行合计")
    ck.rate("rate_mismatch", ptot[3], dec(ptot[2]), dec(ptot[1]), "项目合计执行率")
    sc = [dec(r[4]) for r in projs]
    ck.ok("average_mismatch", close(ptot[4], sum(sc) / len(sc)), f"平均 {ptot[4]} vs {q2(sum(sc) / len(sc))}")
    ck.same(ptot[2], proj, "项目支出 table vs text")
    ck.ok("balance_mismatch", close(sp.group(2), dec(ptot[1]) - dec(ptot[2])), "项目支出结转")
    ck.total("sum_mismatch", income, [dec(bb.group(1)), dec(ptot[1])], "基本预算 + 项目预算")
    zs = find_row(projs, 0, "招商引资专项经费")
    ck.ok("balance_mismatch", close(ck.s(r"招商引资专项的" + NUM + "万元"), dec(zs[1]) - dec(zs[2])), "招商专项结转")
    tb = ck.m(r"特装展位每平方米补贴" + NUM + "(元|万元)，全年补贴特装面积" + NUM + "平方米，计" + NUM + "万元")
    ck.product(tb.group(1), tb.group(2), tb.group(3), tb.group(4), "特装补贴")
    # indicator table
    _, rows = tab_table(t, "一级指标\t")
    tot = find_row(rows, 0, "合计")
    inds, l1 = [], None
    for r in rows:
        if r[0] == "合计":
            continue
        l1 = r[0] or l1
        inds.append([l1] + r[1:])
    for r in inds:
        indicator_row(ck, r[2], r[3], r[4], r[5], r[6])
    wsum = sum(dec(r[5]) for r in inds)
    ck.ok("weight_sum_mismatch", wsum == 100 and dec(tot[5]) == 100, f"weights {wsum}, 合计 {tot[5]}")
    ck.total("score_sum_mismatch", tot[6], [dec(r[6]) for r in inds], "合计")
    gm = ck.m(r"部门整体支出自评得分" + NUM + "分，评价等级为“(.)”")
    ck.same(gm.group(1), tot[6], "total text vs table")
    grade_check(ck, gm.group(1), gm.group(2))
    row = lambda n: find_row(inds, 2, n)
    ck.same(er, row("预算执行率")[4], "执行率 text vs table")
    ck.same(ck.s(r"现场及意向交易额" + NUM + "亿元"), row("陶博会现场及意向交易额")[4].rstrip("亿元"), "陶博会交易额")
    nm = ck.m(r"全年新引进招商项目" + NUM + "个，完成年度目标的" + NUM + "%")
    ck.same(nm.group(1), row("新引进招商项目")[4].rstrip("个"), "招商项目数")
    ck.ok("completion_mismatch", close(nm.group(2), dec(nm.group(1)) / parse_val(row("新引进招商项目")[3])[1] * 100), "招商项目完成率")
    fm = ck.m(r"全年外贸进出口额" + NUM + "亿元，比2022年的" + NUM + "亿元增长约" + NUM + "%")
    ck.same(fm.group(1), row("外贸进出口额")[4].rstrip("亿元"), "外贸额")
    ck.approx(fm.group(3), (dec(fm.group(1)) / dec(fm.group(2)) - 1) * 100, "外贸增长")
    # deductions
    d1 = ck.m(r"未达到" + NUM + "%的目标，扣" + NUM + "分")
    r1 = row("服务对象满意度")
    ck.same(d1.group(1), parse_val(r1[3])[1], "满意度目标")
    ck.same(d1.group(2), dec(r1[5]) - dec(r1[6]), "满意度扣分")
    d2 = ck.m(r"比目标少" + NUM + "个，扣" + NUM + "分")
    r2 = row("新引进招商项目")
    ck.total("sum_mismatch", d2.group(1), [parse_val(r2[3])[1], -dec(r2[4].rstrip("个"))], "比目标少")
    ck.same(d2.group(2), dec(r2[5]) - dec(r2[6]), "招商扣分")
    d3 = ck.s(r"预算执行率扣" + NUM + "分")
    r3 = row("预算执行率")
    ck.same(d3, dec(r3[5]) - dec(r3[6]), "执行率扣分")
    d4 = ck.s(r"未及时登记入账的问题，扣" + NUM + "分")
    r4 = row("资产管理规范性")
    ck.same(d4, dec(r4[5]) - dec(r4[6]), "资产扣分")
    ck.total("score_sum_mismatch", gm.group(1), [D(100), -dec(d1.group(2)), -dec(d2.group(2)), -dec(d3), -dec(d4)], "100 - 扣分")


# ---------------------------------------------------------------- draft 5: 鄢陵 2024
def yanling(ck):
    t = ck.t
    init = ck.s(r"项目年初预算" + NUM + "万元")
    am = ck.m(r"追加" + NUM + "万元，全年预算调整为" + NUM + "万元")
    annual = am.group(2)
    ck.total("sum_mismatch", annual, [dec(init), dec(am.group(1))], "年初 + 追加")
    rm = ck.m(r"实际到位" + NUM + "万元，资金到位率" + NUM + "%")
    received = rm.group(1)
    ck.rate("rate_mismatch", rm.group(2), dec(received), dec(annual), "到位率")
    ck.ok("balance_mismatch", close(ck.s(r"尚有" + NUM + "万元未拨付"), dec(annual) - dec(received)), "未到位")
    um = ck.m(r"全年支出" + NUM + "万元，按到位资金计算的资金使用率为" + NUM + "%")
    spent = um.group(1)
    ck.rate("rate_mismatch", um.group(2), dec(spent), dec(received), "资金使用率")
    ly = ck.m(r"2023年本项目预算" + NUM + "万元、支出" + NUM + "万元，执行率" + NUM + "%")
    ck.rate("rate_mismatch", ly.group(3), dec(ly.group(2)), dec(ly.group(1)), "2023年执行率")
    it = ck.m(r"花博会展区搭建及展位补贴" + NUM + "万元、招商推介活动" + NUM + "万元、客商接待考察" + NUM + "万元、会展宣传" + NUM + "万元")
    ck.total("sum_mismatch", spent, [dec(it.group(i)) for i in range(1, 5)], "四项支出")
    bt = ck.m(r"每个标准展位" + NUM + "(元|万元)执行，共" + NUM + "个展位，计" + NUM + "万元")
    ck.product(bt.group(1), bt.group(2), bt.group(3), bt.group(4), "展位补贴")
    pm = ck.m(r"费用为" + NUM + "万元、" + NUM + "万元、" + NUM + "万元，平均每场" + NUM + "万元")
    three = [dec(pm.group(i)) for i in range(1, 4)]
    ck.total("sum_mismatch", it.group(2), three, "三场推介")
    ck.ok("average_mismatch", close(pm.group(4), sum(three) / 3), "平均每场")
    _, brow = tab_table(t, "全年预算数\t实际到位数")
    b = brow[0]
    ck.same(b[0], annual, "全年预算 table")
    ck.same(b[1], received, "到位 table")
    ck.same(b[2], spent, "支出 table")
    ck.ok("balance_mismatch", close(b[3], dec(b[1]) - dec(b[2])), f"结余 {b[3]} vs {dec(b[1]) - dec(b[2])}")
    # funds block
    _, frows = tab_table(t, "项目资金（万元）\t")
    ftot = find_row(frows, 0, "年度资金总额")
    funds_components(ck, ftot, [r for r in frows if r[0] != "年度资金总额"], "资金表")
    for r in frows:
        funds_row(ck, r, "资金表")
    ck.same(ftot[1], init, "年初 table vs text")
    ck.same(ftot[2], annual, "全年 table vs text")
    ck.same(ftot[3], spent, "执行 table vs text")
    # indicator table
    _, rows = tab_table(t, "一级指标\t")
    tot = find_row(rows, 0, "总分")
    grade_row = find_row(rows, 0, "评价等级")
    inds, l1 = [], None
    for r in rows:
        if r[0] in ("总分", "评价等级"):
            continue
        l1 = r[0] or l1
        inds.append([l1] + r[1:])
    for r in inds:
        indicator_row(ck, r[2], r[3], r[4], r[5], r[6])
    wsum = dec(ftot[4]) + sum(dec(r[5]) for r in inds)
    ck.ok("weight_sum_mismatch", wsum == 100 and dec(tot[5]) == 100, f"weights {wsum}, 总分 {tot[5]}")
    ck.total("score_sum_mismatch", tot[6], [dec(ftot[6])] + [dec(r[6]) for r in inds], "总分")
    grade_check(ck, tot[6], grade_row[1])
    pb = ck.m(r"预算执行率得" + NUM + "分，产出指标得" + NUM + "分，效益指标得" + NUM + "分，满意度指标得" + NUM + "分，合计" + NUM + "分")
    ck.total("score_sum_mismatch", pb.group(5), [dec(pb.group(i)) for i in range(1, 5)], "分项合计")
    ck.same(pb.group(5), tot[6], "total text vs table")
    ck.same(pb.group(1), ftot[6], "执行率得分 text vs table")
    for g, lv in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        ck.total("score_sum_mismatch", pb.group(g), [dec(r[6]) for r in inds if r[0] == lv], f"{lv} 得分")
    row = lambda n: find_row(inds, 2, n)
    ex = ck.m(r"参展企业" + NUM + "家，较2023年的" + NUM + "家增加" + NUM + "家")
    ck.same(ex.group(1), row("花博会参展企业数")[4].rstrip("家"), "参展企业数")
    ck.total("sum_mismatch", ex.group(1), [dec(ex.group(2)), dec(ex.group(3))], "780 + 85")
    ck.same(ck.s(r"举办招商推介活动" + NUM + "场"), row("招商推介活动场次")[4].rstrip("场"), "推介场次")
    sg = ck.m(r"新签约招商项目" + NUM + "个，完成率" + NUM + "%")
    ck.same(sg.group(1), row("新签约招商项目")[4].rstrip("个"), "签约项目")
    ck.ok("completion_mismatch", close(sg.group(2), dec(sg.group(1)) / parse_val(row("新签约招商项目")[3])[1] * 100), "签约完成率")
    kg = ck.m(r"已开工" + NUM + "个，开工率" + NUM + "%")
    ck.rate("rate_mismatch", kg.group(2), dec(kg.group(1)), dec(sg.group(1)), "开工率")
    ck.same(kg.group(2), row("签约项目开工率")[4], "开工率 text vs table")
    zj = ck.m(r"引进省外到位资金" + NUM + "亿元，完成目标的" + NUM + "%")
    ck.same(zj.group(1), row("引进省外到位资金")[4].rstrip("亿元"), "到位资金")
    ck.ok("completion_mismatch", close(zj.group(2), dec(zj.group(1)) / parse_val(row("引进省外到位资金")[3])[1] * 100), "到位资金完成")
    ck.same(ck.s(r"新增就业岗位" + NUM + "个。"), row("新增就业岗位")[4].rstrip("个"), "就业岗位")
    ck.same(ck.s(r"满意度为" + NUM + "%"), row("参展企业满意度")[4], "满意度")
    goal_targets(ck, row, [(r"推介活动不少于" + NUM + "场", "招商推介活动场次"),
                           (r"参展企业不少于" + NUM + "家", "花博会参展企业数"),
                           (r"招商项目不少于" + NUM + "个", "新签约招商项目"),
                           (r"开工率不低于" + NUM + "%", "签约项目开工率"),
                           (r"到位资金不低于" + NUM + "亿元", "引进省外到位资金"),
                           (r"就业岗位不少于" + NUM + "个", "新增就业岗位"),
                           (r"满意度不低于" + NUM + "%", "参展企业满意度")])


DRAFTS = {
    build.QH: (qinghe, 2018),
    build.ZS: (zhangshu, 2019),
    build.AX: (anxi, 2020),
    build.LL: (liling, 2023),
    build.YL: (yanling, 2024),
}


def run_checks(src, text):
    fn, year = DRAFTS[src]
    ck = Ck(text, year)
    generic(ck)
    fn(ck)
    return ck


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # clean [p, ea), error [p, eb)


def count_fig(text, fig):
    pat = re.escape(fig)
    if fig[0].isdigit():
        pat = r"(?<![\d.])" + pat
    if fig[-1].isdigit():
        pat = pat + r"(?![\d])(?!\.\d)"
    return len(re.findall(pat, text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files or len(labels) != 35:
        problems.append("labels.jsonl and cases/ do not match (or not 35 cases)")
    code_count = defaultdict(int)
    edits = {(e[0], e[1]): e for e in build.EDITS}
    where = defaultdict(int)
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        try:
            ck = run_checks(src, text)
        except ParseError as exc:
            problems.append(f"{lab['case']}: parse error {exc}")
            continue
        failed = {c for c, v in ck.fail.items() if v}
        unknown = failed - set(CODES)
        if unknown:
            problems.append(f"{lab['case']}: unknown codes {unknown}")
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if failed:
                problems.append(f"{lab['case']}: clean draft fails {dict(ck.fail)}")
            if ck.warn:
                problems.append(f"{lab['case']}: clean draft score-rule warnings {ck.warn}")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{lab['case']}: length {len(text)} outside 2800-3400")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: needs exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        code_count[code] += 1
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{lab['case']}: bad code/severity")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{lab['case']}: label value not in case")
        p, ea, eb = diff_region(clean, text)
        if eb <= p and ea <= p:
            problems.append(f"{lab['case']}: identical to clean draft")
        if eb - p > 200 or ea - p > 200:
            problems.append(f"{lab['case']}: edit region too long ({max(ea, eb) - p} chars)")
        if not any(o < max(eb, p + 1) and p < o + len(value) for o in occ):
            problems.append(f"{lab['case']}: edit region [{p},{eb}) does not overlap the label value")
        n = int(lab["case"].rsplit("-e", 1)[1].split(".")[0])
        e = edits[(src, n)]
        where[e[3]] += 1
        fig = e[7]
        if fig is not None:
            c = count_fig(clean, fig)
            if code == "conflicting_values":
                if c < 2:
                    problems.append(f"{lab['case']}: conflicting figure {fig!r} stated {c} times in clean draft")
            elif c != 1:
                problems.append(f"{lab['case']}: changed figure {fig!r} occurs {c} times in clean draft")
        if failed != {code}:
            problems.append(f"{lab['case']}: expected only {code} to fail, got {dict(ck.fail)}")
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    for p in problems:
        print("FAIL", p)
    if problems:
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print("where:", dict(where))
    print("OK")


if __name__ == "__main__":
    main()
