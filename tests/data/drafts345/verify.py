#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one contiguous
   place that overlaps the label value; every code of errors.md §A (1-13) is used at least twice;
2. the arithmetic of every draft is redone with decimal.Decimal and the tolerance of rules.md §8
   (a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d):
   clean drafts must pass every check; an error case must fail its labelled code and no other code.
Prints OK at the end.
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
EPS = D("1e-9")
HUNDRED = D(100)
NUM = re.compile(r"-?\d+(?:\.\d+)?")


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------------------- numbers
def num(s):
    """First number in a cell/string, as Decimal."""
    m = NUM.search(s)
    if not m:
        raise ExtractError("no number in %r" % s)
    return D(m.group(0))


def dec(s):
    m = NUM.search(s)
    if not m:
        raise ExtractError("no number in %r" % s)
    g = m.group(0)
    return len(g.split(".")[1]) if "." in g else 0


def close(stated, c):
    """rules.md §8: stated string with d decimals vs computed Decimal."""
    return abs(c - num(stated)) <= D("0.5") * D(10) ** (-dec(stated)) + EPS


def blank0(s):
    s = s.strip()
    return D(0) if s in ("", "—", "-") else num(s)


FACTORS = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class R:
    def __init__(self):
        self.items = []  # (code, ok, msg)

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def failed(self):
        return sorted({c for c, ok, _ in self.items if not ok and not c.startswith("W:")})

    def warnings(self):
        return [(c, m) for c, ok, m in self.items if not ok and c.startswith("W:")]

    # stated == f(operands), with the unit_mismatch reading of rules: if one amount rescaled by 10^4 / 10^8
    # reconciles the relation, the most specific explanation is a unit slip on that amount
    def rel(self, code, stated, operands, f, msg):
        vals = [blank0(o) for o in operands]
        if close(stated, f(vals)):
            self.add(code, True, msg)
            return
        for i in range(len(vals)):
            for k in FACTORS:
                vv = list(vals)
                vv[i] = vv[i] * k
                if close(stated, f(vv)):
                    self.add("unit_mismatch", False, msg + " [operand %r off by %s]" % (operands[i], k))
                    return
        for k in FACTORS:
            if abs(f(vals) - num(stated) * k) <= (D("0.5") * D(10) ** (-dec(stated))) * k + EPS:
                self.add("unit_mismatch", False, msg + " [stated %r off by %s]" % (stated, k))
                return
        self.add(code, False, msg + " [stated %s, computed %s]" % (stated, f(vals)))

    def sum(self, total, parts, msg):
        self.rel("sum_mismatch", total, parts, lambda v: sum(v, D(0)), msg)

    def rate(self, stated, a, b, msg, code="rate_mismatch"):
        """stated % == a / b * 100; zero base: only '0'/blank tolerated, otherwise implausible."""
        if blank0(b) == 0:
            self.add("implausible_rate", stated.strip() in ("", "0", "—"), msg + " (zero base)")
            return
        self.rel(code, stated, [a, b], lambda v: v[0] / v[1] * HUNDRED if v[1] else D(0), msg)

    def diff(self, stated, a, b, msg, code="balance_mismatch"):
        self.rel(code, stated, [a, b], lambda v: v[0] - v[1], msg)

    def same(self, values, msg):
        """Same quantity stated several times (text <-> table)."""
        base = values[0]
        for other in values[1:]:
            a, b = num(base), num(other)
            d = min(dec(base), dec(other))
            ok = abs(a - b) <= D("0.5") * D(10) ** (-d) + EPS
            if not ok and any(abs(a - b * k) <= D("0.5") * D(10) ** (-d) * max(k, 1) + EPS for k in FACTORS):
                self.add("unit_mismatch", False, msg + " %s vs %s (10^4)" % (base, other))
                continue
            self.add("conflicting_values", ok, msg + " %s vs %s" % (base, other))

    def max100(self, stated, msg):
        self.add("implausible_rate", num(stated) <= HUNDRED and num(stated) >= 0, msg + " " + stated)

    def average(self, stated, items, msg):
        self.rel("average_mismatch", stated, items, lambda v: sum(v, D(0)) / len(v), msg)

    def grade(self, total, grade, msg):
        t = num(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        g = grade.strip().strip('"“”')
        label = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "一般": "中",
                 "合格": "中", "差": "差", "较差": "差", "不合格": "差"}.get(g)
        self.add("grade_mismatch", label == band, msg + " %s -> %s, stated %s" % (total, band, grade))

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)


# ----------------------------------------------------------------------------------------- indicators
SIGN = re.compile(r"^\s*(≥|≤|>=|<=|＞＝|＜＝|不低于|不少于|不超过)?\s*")


def parse_val(s, unit_col=None):
    """'≥18万人次' -> (direction, Decimal, unit). A bare number takes the unit column (Sichuan layout)."""
    s = s.strip()
    m = SIGN.match(s)
    sign = m.group(1) or ""
    rest = s[m.end():]
    n = NUM.search(rest)
    if not n:
        return None
    unit = rest[n.end():].strip()
    if unit == "" and unit_col:
        unit = unit_col
    direction = "gte" if sign in ("≥", ">=", "＞＝", "不低于", "不少于") else "lte" if sign in ("≤", "<=", "＜＝", "不超过") else "eq"
    return direction, D(n.group(0)), unit


def indicator(r, name, target, actual, weight, score, completion=None, unit_col=None, direction=None):
    r.add("score_exceeds_weight", D(0) <= num(score) <= num(weight), "%s: score %s vs weight %s" % (name, score, weight))
    if actual.strip().endswith("%") and ("率" in name or "满意度" in name):
        r.max100(actual, name + " actual")
    t = parse_val(target, unit_col)
    a = parse_val(actual, unit_col)
    if t is None or a is None:  # qualitative row
        return
    dirn = direction or t[0]
    if t[2] != a[2]:
        r.add("unit_mismatch", False, "%s: target unit %r vs actual unit %r" % (name, t[2], a[2]))
        return
    r.add("unit_mismatch", True, name)
    T, A, w = t[1], a[1], num(weight)
    if dirn == "lte":
        comp = HUNDRED if A <= T else T / A * HUNDRED
        exp = w if A <= T else w * T / A
    elif T == 0:
        comp = HUNDRED if A <= 0 else D(0)
        exp = w if A <= 0 else D(0)
    else:
        comp = A / T * HUNDRED
        exp = w * min(A / T, D(1))
    if completion is not None and completion.strip() not in ("", "—"):
        r.add("completion_mismatch", close(completion, comp), "%s: completion %s vs %s" % (name, completion, comp))
    # scoring rule (rules §5) is a warning code, kept only as a sanity check of the clean drafts
    r.add("W:score_rule", close(score, exp), "%s: score %s vs rule %s" % (name, score, exp))


def totals(r, weights, scores, total_w, total_s, msg=""):
    r.add("weight_sum_mismatch", sum(map(num, weights), D(0)) == num(total_w),
          "weights %s sum %s vs %s" % (msg, sum(map(num, weights), D(0)), total_w))
    r.rel("score_sum_mismatch", total_s, scores, lambda v: sum(v, D(0)), "scores %s" % msg)


def one(text, pattern, group=1):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise ExtractError("pattern %r matched %d times" % (pattern, len(ms)))
    return ms[0].group(group)


def between(text, start, end):
    i = text.index(start) + len(start)
    j = text.index(end, i)
    return text[i:j]


def blocks(region, strip_tab=True):
    out = []
    for b in region.strip("\n").split("\n\n"):
        out.append([(l[1:] if strip_tab and l.startswith("\t") else l) for l in b.split("\n")])
    return out


def eval_year_checks(r, t, year, carry_pat=r"结转至(\d{4})年"):
    for m in re.finditer(carry_pat, t):
        r.year(int(m.group(1)) > year, "carry-over to %s in the %d report" % (m.group(1), year))


# ----------------------------------------------------------------------------------------- P1 Shanxi
def p1(t):
    r = R()
    Y = 2021
    r.year(one(t, r"泽州县民政局(\d{4})年度老年助餐") == str(Y), "title year")
    eval_year_checks(r, t, Y)
    r.year(int(one(t, r"(\d{4})年结转资金16")) == Y - 1, "incoming carry-over from the year before")
    r.year(int(one(t, r"泽州县民政局\n(\d{4})年\d+月\d+日")) >= Y, "report date")
    fr = {b[1]: b for b in blocks(between(t, "（二）预算执行情况\n", "\n\n[bookmark: _Toc92310544]"))}
    cols = range(2, 9)
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"]:
        row = fr[k]
        r.sum(row[2], [row[3], row[8]], "%s 总额 = 小计 + 结转" % k)
        r.sum(row[3], row[4:8], "%s 小计 = 中央+省+市+县" % k)
    for c in cols:
        r.diff(fr["(5)=(3)-(4)"][c], fr["(3)"][c], fr["(4)"][c], "结余 col %d" % c)
        r.rate(fr["(6)=(3)/(2)"][c], fr["(3)"][c], fr["(2)"][c], "到位率 col %d" % c)
        r.rate(fr["(7)=(4)/(2)"][c], fr["(4)"][c], fr["(2)"][c], "执行率 col %d" % c)
        for k in ["(6)=(3)/(2)", "(7)=(4)/(2)"]:
            if fr[k][c].strip():
                r.max100(fr[k][c], "%s col %d" % (k, c))
    ind = {b[2]: b for b in blocks(between(t, "附件1.项目支出绩效自评表\n\n", "\n\n泽州县民政局"))[1:]}
    rows = list(ind.values())
    for b in rows:
        indicator(r, b[2], b[4], b[5], b[3], b[7], completion=b[6])
    totals(r, [b[3] for b in rows], [b[7] for b in rows], "100", one(t, r"总得分([\d.]+)分"), "附件1")
    r.grade(one(t, r"总得分([\d.]+)分"), one(t, r"评价等级为\"(.+?)\""), "grade")
    # execution row of 附件1
    ex = ind["预算执行率"]
    r.rate(ex[5], fr["(4)"][2], fr["(2)"][2], "附件1 预算执行率 actual")
    # prose
    m = re.search(r"全年预算([\d.]+)万元，其中省级补助([\d.]+)万元、市级追加([\d.]+)万元、县级配套([\d.]+)万元、\d{4}年结转资金([\d.]+)万元", t)
    r.sum(m.group(1), [m.group(i) for i in range(2, 6)], "prose budget parts")
    r.same([m.group(1), fr["(2)"][2]], "全年预算 text/table")
    r.same([m.group(2), fr["(2)"][5]], "省级 text/table")
    r.same([m.group(3), fr["(2)"][6]], "市级 text/table")
    r.same([m.group(4), fr["(2)"][7]], "县级 text/table")
    r.same([m.group(5), fr["(2)"][8]], "结转 text/table")
    r.same([one(t, r"实际到位([\d.]+)万元"), fr["(3)"][7]], "县级到位 text/table")
    spent = one(t, r"全年支出([\d.]+)万元，执行率")
    r.same([spent, fr["(4)"][2]], "执行 text/table")
    prate = one(t, r"全年支出[\d.]+万元，执行率([\d.]+%)")
    r.rate(prate, spent, m.group(1), "prose 执行率")
    r.same([prate, fr["(7)=(4)/(2)"][2], ex[5], ex[6]], "执行率 text/table/附件1")
    m2 = re.search(r"运营助餐点(\d+)个，其中中心食堂(\d+)个、村级助餐点(\d+)个、爱心餐桌(\d+)个", t)
    r.sum(m2.group(1), [m2.group(2), m2.group(3), m2.group(4)], "助餐点 parts")
    r.same([m2.group(1), ind["运营助餐点数量"][5]], "助餐点 text/table")
    m3 = re.search(r"全年共提供助餐服务([\d.]+)万人次，比(\d{4})年的([\d.]+)万人次增加([\d.]+)万人次", t)
    r.diff(m3.group(4), m3.group(1), m3.group(3), "增量", code="sum_mismatch")
    r.year(int(m3.group(2)) == Y - 1, "last-year comparison")
    r.same([m3.group(1), ind["助餐服务人次"][5]], "人次 text/table")
    m4 = re.search(r"餐标分别为(\d+)元、(\d+)元、(\d+)元、(\d+)元、(\d+)元，平均([\d.]+)元", t)
    r.average(m4.group(6), [m4.group(i) for i in range(1, 6)], "餐标 average")
    r.same([one(t, r"全年受益老年人(\d+)人"), ind["受益老年人数"][5]], "受益 text/table")
    m5 = re.search(r"(\d+)个助餐点中(\d+)个全年持续运营", t)
    r.rate(ind["助餐点持续运营率"][5], m5.group(2), m5.group(1), "持续运营率 from counts")
    r.same([one(t, r"综合满意度为([\d.]+%)"), ind["就餐老年人满意度"][5]], "满意度 text/table")
    r.max100(one(t, r"综合满意度为([\d.]+%)"), "satisfaction")
    return r


# ----------------------------------------------------------------------------------------- P2 Zhejiang
def p2(t):
    r = R()
    Y = 2023
    r.year(one(t, r"\n(\d{4})年度社区食堂") == str(Y), "title year")
    r.year(one(t, r"（(\d{4})年度）") == str(Y), "table year")
    eval_year_checks(r, t, Y)
    r.year(int(one(t, r"加上(\d{4})年结转的")) == Y - 1, "carry-over in")
    r.year(int(one(t, r"龙游县民政局\n(\d{4})年\d+月")) >= Y, "report date")
    lines = between(t, "附件：项目支出绩效自评表\n", "\n\n龙游县民政局").split("\n")
    rows = [l.split("\t") for l in lines]
    fund = {c[1]: c for c in rows if len(c) > 2 and c[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot, cur, car, oth = fund["年度资金总额"], fund["其中：当年财政拨款"], fund["上年结转资金"], fund["其他资金"]
    for c in (2, 3, 4):
        r.sum(tot[c], [cur[c], car[c], oth[c]], "funds col %d" % c)
    for row in (tot, cur, car):
        r.rate(row[6], row[4], row[3], "执行率 " + row[1])
        r.max100(row[6], "执行率 " + row[1])
    ind = [c for c in rows if len(c) >= 8 and c[0] == "" and c[3] and c[3] not in ("三级指标",) and c[1] != "年度资金总额"
           and c[6] not in ("", "—") and c[1] not in fund]
    for c in ind:
        indicator(r, c[3], c[4], c[5], c[6], c[7])
    by = {c[3]: c for c in ind}
    total_row = [c for c in rows if c[0] == "总分"][0]
    r.add("score_exceeds_weight", num(tot[7]) <= num(tot[5]), "execution score")
    r.add("W:score_rule", close(tot[7], num(tot[5]) * min(num(tot[4]) / num(tot[3]), D(1))), "execution score rule")
    totals(r, [tot[5]] + [c[6] for c in ind], [tot[7]] + [c[7] for c in ind], total_row[6], total_row[7], "自评表")
    # prose
    r.same([one(t, r"自评得分(\d+)分"), total_row[7]], "total text/table")
    r.grade(one(t, r"自评得分(\d+)分"), one(t, r"评价等级为\"(.+?)\""), "grade")
    r.rel("score_sum_mismatch", one(t, r"自评得分(\d+)分"),
          [one(t, r"预算执行率得([\d.]+)分"), one(t, r"产出指标得([\d.]+)分"), one(t, r"效益指标得([\d.]+)分"),
           one(t, r"满意度指标得([\d.]+)分")], lambda v: sum(v, D(0)), "prose block scores")
    r.same([one(t, r"预算执行率得([\d.]+)分"), tot[7]], "exec score text/table")
    blocks_ = {"产出指标": ["新建社区食堂数量", "改建提升助餐点数量", "建设项目验收合格率", "社区食堂食品安全检查次数",
                        "项目按期完工率", "新建社区食堂单个补助标准"],
               "效益指标": ["助餐服务覆盖老年人数", "助餐服务覆盖村（社区）比例", "社区食堂持续运营率"],
               "满意度指标": ["就餐老年人满意度"]}
    for k, names in blocks_.items():
        r.rel("score_sum_mismatch", one(t, k + r"得([\d.]+)分"), [by[n][7] for n in names],
              lambda v: sum(v, D(0)), "block " + k)
    r.rel("weight_sum_mismatch", "50", [by[n][6] for n in blocks_["产出指标"]], lambda v: sum(v, D(0)), "产出 weights 50")
    r.rel("weight_sum_mismatch", "30", [by[n][6] for n in blocks_["效益指标"]], lambda v: sum(v, D(0)), "效益 weights 30")
    ini, add, carry, ann = (one(t, r"年初预算安排([\d.]+)万元"), one(t, r"省级追加([\d.]+)万元"),
                            one(t, r"年结转的([\d.]+)万元"), one(t, r"全年预算([\d.]+)万元"))
    r.sum(ann, [ini, add, carry], "全年预算 = 年初 + 追加 + 结转")
    r.same([ini, tot[2]], "年初 text/table")
    r.same([ann, tot[3]], "全年预算 text/table")
    r.same([carry, car[3]], "结转 text/table")
    r.sum(cur[3], [ini, add], "当年财政拨款 全年 = 年初 + 追加")
    spent = one(t, r"全年实际支出([\d.]+)万元")
    r.same([spent, tot[4]], "执行 text/table")
    r.rate(one(t, r"预算执行率([\d.]+%)"), spent, ann, "prose 执行率")
    r.same([one(t, r"预算执行率([\d.]+%)"), tot[6]], "执行率 text/table")
    m = re.search(r"新建社区食堂(\d+)个，每个补助([\d.]+)万元，计([\d.]+)万元；改建提升助餐点(\d+)个，每个补助([\d.]+)万元，计([\d.]+)万元；"
                  r"按每餐(\d+)元标准补贴老年人就餐([\d.]+)万餐次，计(\S+?)万元；中央厨房向偏远山区村配送餐食的送餐补贴([\d.]+)万元", t)
    g = m.group
    r.rel("sum_mismatch", g(3), [g(1), g(2)], lambda v: v[0] * v[1], "新建 count × standard")
    r.rel("sum_mismatch", g(6), [g(4), g(5)], lambda v: v[0] * v[1], "改建 count × standard")
    r.rel("sum_mismatch", g(9), [g(7), g(8)], lambda v: v[0] * v[1], "餐次 × 元 (万元)")
    r.sum(spent, [g(3), g(6), g(9), g(10)], "支出 parts")
    r.same([g(1), by["新建社区食堂数量"][5]], "新建 text/table")
    r.same([g(4), by["改建提升助餐点数量"][5]], "改建 text/table")
    r.same([g(2), by["新建社区食堂单个补助标准"][5]], "补助标准 text/table")
    m = re.search(r"未支出([\d.]+)万元，其中上年结转资金结余([\d.]+)万元.+?当年资金([\d.]+)万元", t)
    r.diff(m.group(1), ann, spent, "未支出 = 全年预算 - 执行 (到位率100%)")
    r.sum(m.group(1), [m.group(2), m.group(3)], "未支出 parts")
    r.diff(m.group(2), car[3], car[4], "结转 balance")
    r.diff(m.group(3), cur[3], cur[4], "当年 balance")
    r.max100(one(t, r"资金到位率(\d+%)"), "到位率")
    m = re.search(r"(\d+)个建设项目中(\d+)个在计划工期内完工", t)
    r.rate(by["项目按期完工率"][5], m.group(2), m.group(1), "按期完工率 from counts")
    r.sum(m.group(1), [by["新建社区食堂数量"][5], by["改建提升助餐点数量"][5]], "36 projects = 12 + 24")
    r.same([one(t, r"检查(\d+)次，未发现"), by["社区食堂食品安全检查次数"][5]], "检查 text/table")
    cov = one(t, r"助餐服务覆盖老年人(\d+)人，较")
    r.same([cov, by["助餐服务覆盖老年人数"][5], one(t, r"助餐服务覆盖(\d+)名老年人")], "覆盖人数 text/table")
    m = re.search(r"(\d+)个行政村（社区）中已有(\d+)个开展助餐服务，覆盖率(\d+%)", t)
    r.rate(m.group(3), m.group(2), m.group(1), "覆盖率")
    r.same([m.group(3), by["助餐服务覆盖村（社区）比例"][5]], "覆盖率 text/table")
    sat = one(t, r"总体满意度([\d.]+%)")
    r.same([sat, by["就餐老年人满意度"][5]], "满意度 text/table")
    r.max100(sat, "satisfaction")
    r.max100(one(t, r"对菜品口味的满意度为([\d.]+%)"), "taste satisfaction")
    return r


# ----------------------------------------------------------------------------------------- P3 Sichuan
def p3(t):
    r = R()
    Y = 2019
    r.year(one(t, r"\n(\d{4})年度宜宾市南溪区民政局项目支出") == str(Y), "title year")
    r.year(one(t, r" (\d{4})年度项目支出绩效自评表") == str(Y), "table year")
    r.year(one(t, r"\n(\d{4})年年初预算") == str(Y), "budget year")
    eval_year_checks(r, t, Y)
    r.year(int(one(t, r"南溪区民政局\n(\d{4})年\d+月")) >= Y, "report date")
    fund = {}
    for name in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        fund[name] = one(t, r"\n" + name + r" (\S+ \S+ \S+ \S+ \S+ \S+)\n").split(" ")
    tot = fund["年度资金总额"]
    for c in range(3):
        r.sum(tot[c], [fund[k][c] for k in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]], "funds col %d" % c)
    r.rate(tot[4], tot[2], tot[1], "执行率 total")
    r.max100(tot[4], "执行率 total")
    r.add("score_exceeds_weight", num(tot[5]) <= num(tot[3]), "execution score")
    r.add("W:score_rule", close(tot[5], num(tot[3]) * min(num(tot[2]) / num(tot[1]), D(1))), "execution score rule")
    names = ["配送餐食份数", "配送覆盖助餐点", "食品安全抽检合格率", "食品安全检查次数", "餐食送达及时率", "每份餐食配送成本",
             "受益老年人数", "中央厨房持续运营", "就餐老年人满意度"]
    ind = {}
    for n in names:
        m = re.search(" " + n + r" (≥|≤|定性) (\S+) (\S+) (\S+) (\S+) (\S+)", t)
        if not m:
            raise ExtractError(n)
        sign, target, unit, actual, w, s = m.groups()
        ind[n] = (sign, target, unit, actual, w, s)
        if sign == "定性":
            r.add("score_exceeds_weight", D(0) <= num(s) <= num(w), n)
            continue
        indicator(r, n, sign + target, actual, w, s, unit_col=unit)
    m = re.search(r"\n总分 (\S+) (\S+)\n", t)
    totals(r, [tot[3]] + [ind[n][4] for n in names], [tot[5]] + [ind[n][5] for n in names], m.group(1), m.group(2), "自评表")
    r.same([one(t, r"自评得分([\d.]+)分"), m.group(2)], "total text/table")
    r.grade(one(t, r"自评得分([\d.]+)分"), one(t, r"评价等级为(\S+?)。"), "grade")
    # prose
    ini, add, don, ann = (one(t, r"年初预算([\d.]+)万元"), one(t, r"区财政追加([\d.]+)万元"),
                          one(t, r"定向捐赠([\d.]+)万元"), one(t, r"全年预算([\d.]+)万元"))
    r.sum(ann, [ini, add, don], "全年预算 = 年初 + 追加 + 捐赠")
    r.same([ini, tot[0]], "年初 text/table")
    r.same([ann, tot[1]], "全年 text/table")
    r.same([don, fund["其他资金"][1]], "捐赠 text/table")
    r.sum(fund["其中：财政资金"][1], [ini, add], "财政资金 全年 = 年初 + 追加")
    rec = one(t, r"财政资金到位([\d.]+)万元")
    r.same([rec, fund["其中：财政资金"][1]], "到位 = 财政资金全年预算")
    r.rate(one(t, r"到位率(\d+%)"), rec, fund["其中：财政资金"][1], "到位率")
    spent = one(t, r"全年执行([\d.]+)万元")
    r.same([spent, tot[2]], "执行 text/table")
    r.rate(one(t, r"全年执行[\d.]+万元，执行率([\d.]+%)"), spent, ann, "prose 执行率")
    r.same([one(t, r"全年执行[\d.]+万元，执行率([\d.]+%)"), tot[4]], "执行率 text/table")
    fsp = one(t, r"其中财政资金执行([\d.]+)万元")
    r.same([fsp, fund["其中：财政资金"][2]], "财政执行 text/table")
    r.rate(one(t, r"其中财政资金执行[\d.]+万元，执行率([\d.]+%)"), fsp, fund["其中：财政资金"][1], "财政资金执行率")
    m = re.search(r"食材采购([\d.]+)万元、厨师及配送人员劳务费([\d.]+)万元、冷链车辆租赁及燃油([\d.]+)万元、水电燃气及耗材([\d.]+)万元", t)
    r.sum(spent, list(m.groups()), "支出 parts")
    r.diff(one(t, r"结余([\d.]+)万元"), rec, fsp, "财政资金结余")
    m = re.search(r"全年配送餐食([\d.]+)万份，完成年度目标的([\d.]+%)，日均约(\d+)份，比(\d{4})年的([\d.]+)万份", t)
    r.same([m.group(1), ind["配送餐食份数"][3]], "份数 text/table")
    r.rel("completion_mismatch", m.group(2), [m.group(1), ind["配送餐食份数"][1]], lambda v: v[0] / v[1] * HUNDRED, "prose completion")
    daily = num(m.group(1)) * 10000 / 365
    r.add("average_mismatch", abs(daily - num(m.group(3))) <= D("0.5") + D("0.5") * 10000 / 365, "日均约 (approximate)")
    r.year(int(m.group(4)) == Y - 1, "last-year comparison")
    r.same([one(t, r"(\d+)个助餐点全部实现配送"), ind["配送覆盖助餐点"][3]], "助餐点 text/table")
    r.same([one(t, r"送达及时率([\d.]+)%"), ind["餐食送达及时率"][3]], "及时率 text/table")
    r.same([one(t, r"平均每份成本([\d.]+)元"), ind["每份餐食配送成本"][3]], "成本 text/table")
    r.same([one(t, r"全年受益老年人(\d+)人"), ind["受益老年人数"][3]], "受益 text/table")
    sat = one(t, r"就餐老年人满意度([\d.]+%)")
    r.same([sat, ind["就餐老年人满意度"][3]], "满意度 text/table")
    r.max100(sat, "satisfaction")
    return r


# ----------------------------------------------------------------------------------------- P4 Hunan (department)
def p4(t):
    r = R()
    Y = 2022
    r.year(one(t, r"隆回县养老服务中心(\d{4})年度部门整体支出绩效自评报告") == str(Y), "title year")
    r.year(one(t, r"附表：隆回县养老服务中心(\d{4})年度") == str(Y), "table year")
    r.year(one(t, r"\n(\d{4})年年初预算") == str(Y), "budget year")
    eval_year_checks(r, t, Y)
    r.year(int(one(t, r"比(\d{4})年增加8个")) == Y - 1, "last-year comparison")
    r.year(int(one(t, r"发布时间：(\d{4})-")) >= Y, "publication date")
    rows = [l.split("｜") for l in between(t, "部门整体支出绩效自评表\n", "\n\n【打印本页】").split("\n")]
    ind = [c for c in rows[1:] if c[0] not in ("合计", "评价等级")]
    for c in ind:
        indicator(r, c[2], c[3], c[4], c[5], c[6])
    by = {c[2]: c for c in ind}
    tot = [c for c in rows if c[0] == "合计"][0]
    totals(r, [c[5] for c in ind], [c[6] for c in ind], tot[5], tot[6], "自评表")
    r.grade(tot[6], [c for c in rows if c[0] == "评价等级"][0][1], "grade")
    r.same([one(t, r"部门整体支出绩效自评得分(\d+)分"), tot[6]], "total text/table")
    for lvl, w in (("产出指标", "50"), ("效益指标", "30")):
        r.rel("weight_sum_mismatch", w, [c[5] for c in ind if c[0] == lvl], lambda v: sum(v, D(0)), lvl + " weights")
    # prose funds
    ini, add, ann, basic, proj = (one(t, r"年初预算([\d.]+)万元"), one(t, r"年中追加([\d.]+)万元"), one(t, r"全年预算([\d.]+)万元"),
                                  one(t, r"其中基本支出([\d.]+)万元"), one(t, r"、项目支出([\d.]+)万元"))
    r.sum(ann, [ini, add], "全年预算 = 年初 + 追加")
    r.sum(ann, [basic, proj], "全年预算 = 基本 + 项目")
    spent = one(t, r"全年实际支出([\d.]+)万元")
    rate = one(t, r"预算执行率([\d.]+%)")
    r.rate(rate, spent, ann, "部门执行率")
    r.same([rate, by["部门预算执行率"][4]], "执行率 text/table")
    r.diff(one(t, r"年末结余([\d.]+)万元"), ann, spent, "结余 = 全年预算 - 支出")
    r.same([one(t, r"基本支出([\d.]+)万元全部执行"), basic], "基本支出")
    m = re.search(r"项目支出预算([\d.]+)万元，包括老年助餐服务补贴([\d.]+)万元、社区食堂运营补助([\d.]+)万元、中央厨房设备购置([\d.]+)万元、"
                  r"助餐点食品安全检查及培训经费([\d.]+)万元，分别执行([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，合计([\d.]+)万元", t)
    g = m.group
    r.same([g(1), proj], "项目支出 budget")
    r.sum(g(1), [g(2), g(3), g(4), g(5)], "项目 budgets")
    r.sum(g(10), [g(6), g(7), g(8), g(9)], "项目 executions")
    r.sum(spent, [basic, g(10)], "支出 = 基本 + 项目执行")
    for b, e in ((2, 6), (3, 7), (4, 8), (5, 9)):
        r.add("implausible_rate", num(g(e)) <= num(g(b)), "project %d spent within budget" % b)
    r.same([g(4), by["中央厨房设备购置成本"][3]], "设备 budget = cost cap")
    r.same([g(8), by["中央厨房设备购置成本"][4]], "设备 spent = cost actual")
    # outputs
    r.same([one(t, r"在运营助餐点(\d+)个"), by["助餐点运营数量"][4]], "助餐点 text/table")
    r.same([one(t, r"全年提供助餐服务([\d.]+)万人次"), by["年度助餐服务人次"][4]], "人次 text/table")
    r.same([one(t, r"不少于([\d.]+)万人次"), one(t, r"未达到([\d.]+)万人次的目标"), by["年度助餐服务人次"][3]], "人次 target")
    r.same([one(t, r"食品安全检查(\d+)次，未发生"), by["助餐点食品安全检查次数"][4]], "检查 text/table")
    r.same([one(t, r"享受助餐补贴的老年人(\d+)人"), by["享受助餐补贴老年人数"][4]], "补贴人数 text/table")
    m = re.search(r"(\d+)个助餐点中(\d+)个全年持续运营", t)
    r.rate(by["助餐点持续运营率"][4], m.group(2), m.group(1), "持续运营率 from counts")
    m = re.search(r"核定事业编制(\d+)名（其中管理岗位(\d+)名、专业技术岗位(\d+)名、工勤岗位(\d+)名）", t)
    r.sum(m.group(1), [m.group(2), m.group(3), m.group(4)], "编制 parts")
    m = re.search(r"自评得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分，平均(\d+)分", t)
    r.average(m.group(5), [m.group(i) for i in range(1, 5)], "project average")
    return r


# ----------------------------------------------------------------------------------------- P5 Guangdong
def p5(t):
    r = R()
    Y = 2024
    r.year(one(t, r"清城区市场监督管理局(\d{4})年度长者饭堂") == str(Y), "title year")
    r.year(one(t, r"项目支出绩效自评表\n\n（(\d{4})年度）") == str(Y), "table year")
    r.year(one(t, r"\n(\d{4})年年初预算") == str(Y), "budget year")
    r.year(int(one(t, r"比(\d{4})年的512批次")) == Y - 1, "last-year comparison")
    r.year(int(one(t, r"发布日期：(\d{4})-")) >= Y, "publication date")
    bl = blocks(between(t, "\n附表\n", "\n\n清远市清城区市场监督管理局\n"), strip_tab=False)
    fund = {b[0]: b for b in bl if b[0] in ("年度资金总额", "其中：区级财政资金", "市级补助资金", "其他资金")}
    tot = fund["年度资金总额"]
    for c in (1, 2, 3):
        r.sum(tot[c], [fund[k][c] for k in ("其中：区级财政资金", "市级补助资金", "其他资金")], "funds col %d" % c)
    r.rate(tot[5], tot[3], tot[2], "执行率 total")
    r.max100(tot[5], "执行率")
    r.add("score_exceeds_weight", num(tot[6]) <= num(tot[4]), "execution score")
    r.add("W:score_rule", close(tot[6], num(tot[4]) * min(num(tot[3]) / num(tot[2]), D(1))), "execution score rule")
    ind = [b for b in bl if len(b) == 8 and b[0] in ("产出指标", "效益指标", "满意度指标")]
    for b in ind:
        indicator(r, b[2], b[3], b[4], b[6], b[7], completion=b[5])
    by = {b[2]: b for b in ind}
    total = [b for b in bl if b[0] == "总分"][0]
    totals(r, [tot[4]] + [b[6] for b in ind], [tot[6]] + [b[7] for b in ind], total[1], total[2], "自评表")
    r.grade(total[2], one(t, r"自评等级为\"(.+?)\""), "grade")
    for lvl, w in (("产出指标", "50"), ("效益指标", "30")):
        r.rel("weight_sum_mismatch", w, [b[6] for b in ind if b[0] == lvl], lambda v: sum(v, D(0)), lvl + " weights")
    # prose
    ini, add, ann = one(t, r"年初预算([\d.]+)万元"), one(t, r"市级追加([\d.]+)万元"), one(t, r"全年预算([\d.]+)万元")
    r.sum(ann, [ini, add], "全年预算 = 年初 + 追加")
    r.same([ini, tot[1]], "年初 text/table")
    r.same([ann, tot[2]], "全年 text/table")
    r.same([add, fund["市级补助资金"][2]], "市级 text/table")
    spent = one(t, r"全年支出([\d.]+)万元")
    r.same([spent, tot[3]], "执行 text/table")
    prate = one(t, r"全年支出[\d.]+万元，执行率([\d.]+%)")
    r.rate(prate, spent, ann, "prose 执行率")
    r.same([prate, tot[5]], "执行率 text/table")
    dsp = one(t, r"区级资金执行([\d.]+)万元")
    r.same([dsp, fund["其中：区级财政资金"][3]], "区级执行 text/table")
    r.rate(one(t, r"区级资金执行[\d.]+万元，执行率([\d.]+%)"), dsp, fund["其中：区级财政资金"][2], "区级执行率")
    m = re.search(r"抽检费([\d.]+)万元（每批次按(\d+)元结算）、快检试剂及设备购置([\d.]+)万元、从业人员培训和宣传([\d.]+)万元、检查交通及劳务([\d.]+)万元", t)
    r.sum(spent, [m.group(1), m.group(3), m.group(4), m.group(5)], "支出 parts")
    batches = one(t, r"完成监督抽检(\d+)批次")
    r.rel("sum_mismatch", m.group(1), [batches, m.group(2)], lambda v: v[0] * v[1] / 10000, "批次 × 元 = 万元")
    r.same([m.group(2), by["单批次抽检检验费"][4]], "单价 text/table")
    r.diff(one(t, r"结余([\d.]+)万元"), ann, spent, "结余")
    r.same([batches, by["食品安全监督抽检批次"][4]], "抽检 text/table")
    r.diff(one(t, r"增加(\d+)批次"), batches, one(t, r"年的(\d+)批次"), "增量", code="sum_mismatch")
    r.same([one(t, r"完成快速检测(\d+)批次"), by["快速检测批次"][4]], "快检 text/table")
    m = re.search(r"(\d+)批次监督抽检中合格(\d+)批次、不合格(\d+)批次，合格率([\d.]+%)", t)
    r.sum(m.group(1), [m.group(2), m.group(3)], "合格 + 不合格")
    r.same([m.group(1), batches], "抽检 total")
    r.rate(m.group(4), m.group(2), m.group(1), "合格率")
    r.same([m.group(4), by["监督抽检合格率"][4]], "合格率 text/table")
    r.same([one(t, r"检查长者饭堂和老年助餐点(\d+)家"), one(t, r"老年助餐点共(\d+)家")], "86家")
    r.same([one(t, r"出具后(\d+)个工作日"), by["抽检结果公示时限"][4]], "公示 text/table")
    sat = one(t, r"满意度为(\d+%)")
    r.same([sat, by["长者就餐满意度"][4]], "满意度 text/table")
    r.max100(sat, "satisfaction")
    r.diff(one(t, r"未达目标扣([\d.]+)分"), by["快速检测批次"][6], by["快速检测批次"][7], "扣分", code="score_sum_mismatch")
    r.same([one(t, r"预算执行率得([\d.]+)分"), tot[6]], "exec score text/table")
    return r


CHECKERS = {
    "sx-zezhou-zhucanbutie-2021": p1,
    "zj-longyou-shequshitang-2023": p2,
    "sc-nanxi-zhongyangchufang-2019": p3,
    "hn-longhui-yanglaozhongxin-2022": p4,
    "gd-qingcheng-zhucanshipin-2024": p5,
}


def diff_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(b) - j  # changed region in b


def main():
    errors = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    counts = {c: 0 for c in CODES}
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        errors.append("labels.jsonl and cases/ differ")
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        checker = CHECKERS[rec["source"]]
        try:
            r = checker(text)
        except (ExtractError, AttributeError, KeyError, IndexError, ValueError) as e:
            errors.append("%s: extraction failed: %r" % (rec["case"], e))
            continue
        failed = r.failed()
        if rec["clean"]:
            if rec["expected"] or text != clean:
                errors.append("%s: clean case with labels or edits" % rec["case"])
            if failed:
                errors.append("%s: clean draft fails %s: %s" % (rec["case"], failed,
                              [m for c, ok, m in r.items if not ok]))
            if r.warnings():
                errors.append("%s: clean draft scoring-rule warnings %s" % (rec["case"], r.warnings()))
            print("%-40s clean  %3d checks pass" % (rec["case"], len(r.items)))
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            errors.append("%s: expected one label" % rec["case"])
            continue
        lab = exp[0]
        code, value = lab["code"], lab["value"]
        counts[code] = counts.get(code, 0) + 1
        if lab["severity"] != "error" or code not in CODES:
            errors.append("%s: bad code/severity" % rec["case"])
        k = text.count(value)
        if k < 1:
            errors.append("%s: value %r not in case" % (rec["case"], value))
        s, e = diff_span(clean, text)
        if s >= e:
            errors.append("%s: no difference from clean" % rec["case"])
        else:
            # the changed region must be one place overlapping an occurrence of value
            occ = [m.start() for m in re.finditer(re.escape(value), text)]
            if not any(o < e and o + len(value) > s for o in occ):
                errors.append("%s: value does not overlap the edit [%d,%d)" % (rec["case"], s, e))
            if clean[:s] + text[s:e] + clean[len(clean) - (len(text) - e):] != text:
                errors.append("%s: edit not contiguous" % rec["case"])
        if failed != [code]:
            errors.append("%s: labelled %s, failing codes %s: %s" % (rec["case"], code, failed,
                          [m for c, ok, m in r.items if not ok]))
        print("%-40s %-22s fails %s" % (rec["case"], code, failed))
    for c in CODES:
        if counts.get(c, 0) < 2:
            errors.append("code %s used %d times (< 2)" % (c, counts.get(c, 0)))
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
