#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps the label value; every code of errors.md §A is used >= 2 times;
2. the arithmetic of every draft is redone from its own text (figures pulled with anchored
   regular expressions, each of which must match exactly once): in a clean draft no check may
   fail; in an error case the labelled code must fail and no other error-level code may fail.
Scoring-rule deviations (score_rule_mismatch, a warning) are reported but never fail a case.
Tolerance: rules.md §8 (a stated value with d decimals matches within 0.5 x 10^-d; 约 marks an
input as an interval of half a unit of its last digit). Rounding is ROUND_HALF_UP via Decimal.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
EPS = D("1e-9")


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def num(s):
    return D(str(s).replace(",", ""))


def decs(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + EPS


def consistent(computed, stated):
    """computed (Decimal) against a stated string, rules §8."""
    return abs(D(computed) - num(stated)) <= tol(stated)


def same(a, b):
    """two stated strings of the same quantity."""
    return abs(num(a) - num(b)) <= max(tol(a), tol(b))


def approx(s):
    """interval of a number marked 约/左右/余."""
    h = D("0.5") * (D(10) ** -decs(s))
    return num(s) - h, num(s) + h


def overlaps(lo, hi, stated, approximate=False):
    slo, shi = approx(stated) if approximate else (num(stated) - tol(stated), num(stated) + tol(stated))
    return not (hi < slo - EPS or lo > shi + EPS)


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []   # (code, message)
        self.warns = []

    def m(self, pat):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != 1:
            raise ExtractError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def g(self, pat):
        return self.m(pat).groups()

    def g1(self, pat):
        return self.m(pat).group(1)

    def check(self, code, ok, msg):
        assert code in CODES, code
        if not ok:
            self.fails.append((code, msg))

    def warn(self, ok, msg):
        if not ok:
            self.warns.append(msg)

    # typed checks -----------------------------------------------------------
    def rate(self, numer, denom, stated, what):
        """stated rate (string, percent without %) = numer/denom."""
        if num(stated) > 100 or num(stated) < 0:
            self.check("implausible_rate", False, f"{what}: {stated}% outside [0,100]")
            return
        if D(denom) == 0:
            self.check("implausible_rate", num(stated) == 0, f"{what}: rate on a zero base")
            return
        c = D(numer) / D(denom) * 100
        self.check("rate_mismatch", consistent(c, stated), f"{what}: {numer}/{denom} = {c:.4f}%, stated {stated}%")

    def bounded(self, stated, what):
        self.check("implausible_rate", D(0) <= num(stated) <= 100, f"{what}: {stated}% outside [0,100]")

    def total(self, parts, stated, what, code="sum_mismatch"):
        s = sum((num(p) for p in parts), D(0))
        self.check(code, consistent(s, stated), f"{what}: {' + '.join(map(str, parts))} = {s}, stated {stated}")

    def eq(self, a, b, what):
        self.check("conflicting_values", same(a, b), f"{what}: {a} vs {b}")

    def balance(self, received, spent, stated, what):
        c = num(received) - num(spent)
        self.check("balance_mismatch", consistent(c, stated), f"{what}: {received} - {spent} = {c}, stated {stated}")

    def product(self, qty, qty_scale, per, per_unit, amount_wan, what):
        """qty x qty_scale items at `per` per_unit each = amount_wan 万元.
        A mismatch reconciled by rescaling the per-unit amount by 10^4 is a unit_mismatch."""
        per_wan = num(per) / (D(10000) if per_unit == "元" else D(1))
        c = num(qty) * D(qty_scale) * per_wan
        if consistent(c, amount_wan):
            return
        for k in (D(10000), D(1) / D(10000)):
            if consistent(c / k, amount_wan):
                self.check("unit_mismatch", False, f"{what}: {qty}x{qty_scale} x {per}{per_unit} = {c}万元 vs {amount_wan}; off by 10^4")
                return
        self.check("sum_mismatch", False, f"{what}: {qty}x{qty_scale} x {per}{per_unit} = {c}万元 vs {amount_wan}")

    def grade(self, total, word, what):
        self.check("grade_mismatch", GRADE_WORDS.get(word) == band(num(total)),
                   f"{what}: total {total} is {band(num(total))}, stated {word}")

    def year_eq(self, y, expected, what):
        self.check("year_mismatch", int(y) == expected, f"{what}: {y} vs evaluation year {expected}")


# ---------------------------------------------------------------- indicator tables
def parse_val(s):
    s = s.strip()
    if s in ("", "—", "-"):
        return None
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?", s)
    if m:
        return {"kind": "date", "v": (int(m.group(1)), int(m.group(2)), int(m.group(3))),
                "dir": "lte" if m.group(4) else "eq"}
    dirn = "eq"
    for pre, d in (("≥", "gte"), (">=", "gte"), ("＞", "gte"), ("≤", "lte"), ("<=", "lte"),
                   ("＜", "lte"), ("=", "eq")):
        if s.startswith(pre):
            s = s[len(pre):]
            dirn = d
            break
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(.*)", s)
    if m:
        return {"kind": "num", "v": num(m.group(1)), "s": m.group(1), "unit": m.group(2), "dir": dirn}
    return {"kind": "qual", "s": s}


def table_rows(ctx, header, sep, fields, stop):
    """Rows between the header line and the line starting with `stop` (the total row)."""
    lines = ctx.t.split("\n")
    starts = [i for i, l in enumerate(lines) if l.startswith(header)]
    if len(starts) != 1:
        raise ExtractError(f"table header {header!r} found {len(starts)} times")
    rows, total = [], None
    for l in lines[starts[0] + 1:]:
        cells = l.split(sep)
        if l.startswith(stop):
            total = cells
            break
        if len(cells) != len(fields):
            raise ExtractError(f"row with {len(cells)} cells: {l!r}")
        rows.append(dict(zip(fields, [c.strip() for c in cells])))
    if total is None:
        raise ExtractError("table without total row")
    return rows, total


def indicator_checks(ctx, rows, total_score, level_weights=None):
    """rows: dicts with l1, name, target, actual, (comp), w, s."""
    wsum = sum((num(r["w"]) for r in rows), D(0))
    ctx.check("weight_sum_mismatch", wsum == 100, f"weights add to {wsum}")
    ssum = sum((num(r["s"]) for r in rows), D(0))
    ctx.check("score_sum_mismatch", consistent(ssum, total_score), f"scores add to {ssum}, total {total_score}")
    if level_weights:
        for lvl, w in level_weights.items():
            got = sum((num(r["w"]) for r in rows if r["l1"].startswith(lvl)), D(0))
            ctx.check("weight_sum_mismatch", got == num(w), f"{lvl}: rows weigh {got}, stated {w}")
    for r in rows:
        w, s = num(r["w"]), num(r["s"])
        ctx.check("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {r['s']} vs weight {r['w']}")
        T, A = parse_val(r.get("target", "")), parse_val(r.get("actual", ""))
        comp = r.get("comp")
        if T is None or A is None or T["kind"] == "qual" or A["kind"] == "qual":
            continue
        if T["kind"] != A["kind"] or (T["kind"] == "num" and T["unit"] != A["unit"]):
            ctx.check("unit_mismatch", False, f"{r['name']}: target {r['target']} vs actual {r['actual']}")
            continue
        if A["kind"] == "num" and A["unit"] == "%" and ("率" in r["name"] or "满意度" in r["name"]):
            ctx.bounded(A["s"], r["name"])
        if T["kind"] == "date":
            c = D(100) if A["v"] <= T["v"] else D(0)
            exp = w if A["v"] <= T["v"] else D(0)
        elif T["dir"] == "lte":
            c = D(100) if A["v"] <= T["v"] else T["v"] / A["v"] * 100
            exp = w if A["v"] <= T["v"] else w * T["v"] / A["v"]
        else:
            c = A["v"] / T["v"] * 100
            exp = w * min(A["v"] / T["v"], D(1))
        if comp not in (None, "", "—"):
            ctx.check("completion_mismatch", consistent(c, comp.rstrip("%")),
                      f"{r['name']}: completion {c:.4f}%, stated {comp}")
        ok = consistent(exp, r["s"])
        if not ok and comp not in (None, "", "—"):
            ok = consistent(w * min(num(comp.rstrip("%")) / 100, D(1)), r["s"])
        ctx.warn(ok, f"score_rule: {r['name']} expected {exp:.2f}, stated {r['s']}")


# ================================================================ project checks
def jl_zhenlai(ctx):
    Y = 2021
    ctx.year_eq(ctx.g1(r"(\d{4})年度盐碱地改良项目支出绩效自评报告"), Y, "title")
    ctx.year_eq(ctx.g1(r"自评表（(\d{4})年度）"), Y, "table header")
    ctx.year_eq(ctx.g1(r"截至(\d{4})年12月31日"), Y, "截至")
    ctx.check("year_mismatch", int(ctx.g1(r"已结转至(\d{4})年继续使用")) > Y, "carry-forward year")
    ctx.check("year_mismatch", int(ctx.g1(r"(\d{4})年项目未支出的")) == Y - 1, "carry-over source year")
    ctx.check("year_mismatch", int(ctx.g1(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")

    # funds block
    fr = {}
    for key, pat in (("total", r"^年度资金总额"), ("fiscal", r"^其中：当年财政拨款"),
                     ("carry", r"^上年结转资金"), ("other", r"^其他资金")):
        fr[key] = ctx.g(pat + r"｜([\d,.]+)｜([\d,.]+)｜([\d,.]+)｜(\S+?)｜(\S+?)｜(\S+?)$")
    for col, name in ((0, "年初"), (1, "全年"), (2, "执行")):
        ctx.total([fr[k][col] for k in ("fiscal", "carry", "other")], fr["total"][col], f"funds {name} column")
    for k in ("total", "fiscal", "carry"):
        ctx.rate(num(fr[k][2]), num(fr[k][1]), fr[k][4].rstrip("%"), f"funds row {k} 执行率")
    exec_rate = num(fr["total"][2]) / num(fr["total"][1])
    ctx.warn(consistent(10 * min(exec_rate, D(1)), fr["total"][5]), "score_rule: execution score")

    # funds prose
    init, central, prov = ctx.g(r"本项目年初预算([\d,.]+)万元，全部为当年财政拨款，其中中央财政资金(\d+)万元、省级财政资金(\d+)万元")
    ctx.eq(init, fr["total"][0], "年初预算 text vs table")
    ctx.eq(init, fr["fiscal"][1], "当年财政拨款 text vs table")
    ctx.total([central, prov], init, "中央 + 省级 = 年初预算")
    carry = ctx.g1(r"年项目未支出的([\d.]+)万元按规定结转本年度")
    ctx.eq(carry, fr["carry"][1], "上年结转 text vs table")
    annual = ctx.g1(r"调整后全年预算数为([\d,.]+)万元")
    ctx.eq(annual, fr["total"][1], "全年预算 text vs table")
    ctx.total([init, carry], annual, "年初 + 结转 = 全年")
    ctx.eq(ctx.g1(r"全年可用资金([\d.]+)万元"), annual, "可用资金 vs 全年预算")
    ctx.rate(num(annual), num(annual), ctx.g1(r"到位率(\d+)%"), "到位率 (all received)")
    spent, rate = ctx.g(r"项目累计支出([\d,.]+)万元，预算执行率([\d.]+)%")
    ctx.eq(spent, fr["total"][2], "执行 text vs table")
    ctx.eq(rate, fr["total"][4].rstrip("%"), "执行率 text vs table")
    ctx.rate(num(spent), num(annual), rate, "执行率 (text)")
    mat, per, unit, area, deep, mon, left = ctx.g(
        r"改良物料补助([\d,.]+)万元，补助标准每亩(\d+)(万元|元)，按验收合格面积([\d.]+)万亩兑付；"
        r"深松整地作业补助([\d.]+)万元；土壤检测与效果监测费([\d.]+)万元。未支出的([\d.]+)万元")
    ctx.total([mat, deep, mon], spent, "spending parts")
    ctx.product(area, 10000, per, unit, mat, "物料补助 = 面积 x 每亩标准")
    ctx.balance(annual, spent, left, "未支出 = 全年 - 执行")

    # indicators (table)
    rows, tot = table_rows(ctx, "一级指标｜二级指标｜三级指标", "｜",
                           ["l1", "l2", "name", "target", "actual", "w", "s", "note"], "总分｜")
    byname = {r["name"]: r for r in rows}
    rows = [{"l1": "预算执行", "name": "预算执行率", "target": "", "actual": "", "w": fr["total"][3],
             "s": fr["total"][5]}] + rows
    lw = dict(zip(("预算执行", "产出", "效益", "满意度"),
                  ctx.g(r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置")))
    ctx.check("weight_sum_mismatch", sum(num(v) for v in lw.values()) == 100, "weight sentence")
    ctx.check("weight_sum_mismatch", num(tot[5]) == 100, "总分 分值")
    indicator_checks(ctx, rows, tot[6], lw)
    total, word = ctx.g(r"本项目自评得分([\d.]+)分，等级为(.)")
    ctx.eq(total, tot[6], "total text vs table")
    ctx.grade(total, word, "grade")

    # outputs and effects (text vs table, derived figures)
    last, plan = ctx.g(r"2020年全县已改良([\d.]+)万亩，本年度计划改良(\d+)万亩")
    done, comp, more = ctx.g(r"全年完成盐碱耕地改良([\d.]+)万亩，完成年度目标的([\d.]+)%，比上年多改良([\d.]+)万亩")
    ctx.check("completion_mismatch", consistent(num(done) / num(plan) * 100, comp), "area completion")
    ctx.total([last, more], done, "last year + increase = this year")
    ctx.eq(done, parse_val(byname["盐碱耕地改良面积"]["actual"])["s"], "area text vs table")
    ctx.eq(done, area, "area paid vs area done")
    ctx.eq(plan, parse_val(byname["盐碱耕地改良面积"]["target"])["s"], "area target")
    pts = ctx.g1(r"检测点位(\d+)个")
    ctx.eq(pts, parse_val(byname["土壤采样检测点位"]["actual"])["s"], "sample points")
    ctx.total([pts, ctx.g1(r"剩余(\d+)个点位")], parse_val(byname["土壤采样检测点位"]["target"])["s"], "points done + left = target")
    a, b, drop = ctx.g(r"pH值平均由([\d.]+)降至([\d.]+)，下降([\d.]+)个单位")
    ctx.check("sum_mismatch", consistent(num(a) - num(b), drop), "pH drop")
    ctx.eq(drop, parse_val(byname["改良区耕层土壤pH值降低"]["actual"])["s"], "pH text vs table")
    y, mo, d = ctx.g(r"于(\d{4})年(\d+)月(\d+)日全部完工")
    ctx.check("conflicting_values", (int(y), int(mo), int(d)) == parse_val(byname["改良工程完工时间"]["actual"])["v"], "completion date")
    ctx.year_eq(y, Y, "completion date year")
    s0, s1 = ctx.g(r"含盐量平均由([\d.]+)%降至([\d.]+)%")
    ctx.rate(num(s0) - num(s1), num(s0), parse_val(byname["耕层土壤含盐量降低"]["actual"])["s"], "salt reduction")
    gain, price, inc = ctx.g(r"亩均增产(\d+)公斤，按当年稻谷收购价每公斤约([\d.]+)元估算，亩均增收约(\d+)元")
    ctx.eq(gain, parse_val(byname["改良区水稻亩均增产"]["actual"])["s"], "yield gain")
    plo, phi = approx(price)
    ctx.check("sum_mismatch", overlaps(num(gain) * plo, num(gain) * phi, inc, True), "income per mu (approximate)")
    sent, back, qrate, sat = ctx.g(r"发放问卷(\d+)份，收回有效问卷(\d+)份，有效回收率([\d.]+)%，受益农户满意度([\d.]+)%")
    ctx.rate(num(back), num(sent), qrate, "questionnaire return rate")
    ctx.bounded(sat, "satisfaction")
    ctx.eq(sat, parse_val(byname["受益农户满意度"]["actual"])["s"], "satisfaction text vs table")


def gs_zhenyuan(ctx):
    Y = 2019
    ctx.year_eq(ctx.g1(r"镇原县(\d{4})年度废旧地膜回收利用项目"), Y, "title")
    # funds table
    fr = {}
    for key in ("中央财政资金", "省级财政资金", "县级财政资金", "合计"):
        fr[key] = ctx.g(r"^" + key + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t([\d.]+)%$")
    for col, name in ((0, "预算"), (1, "到位"), (2, "执行")):
        ctx.total([fr[k][col] for k in ("中央财政资金", "省级财政资金", "县级财政资金")], fr["合计"][col], f"funds {name} column")
    for k, v in fr.items():
        ctx.rate(num(v[2]), num(v[0]), v[3], f"{k} 执行率")
    tot, c, p, cty = ctx.g(r"本年度项目资金(\d+)万元，包括中央农业资源及生态保护补助资金(\d+)万元、省级财政资金(\d+)万元、县级配套资金(\d+)万元")
    ctx.total([c, p, cty], tot, "sources (text)")
    for a, k in ((tot, "合计"), (c, "中央财政资金"), (p, "省级财政资金"), (cty, "县级财政资金")):
        ctx.eq(a, fr[k][0], f"{k} budget text vs table")
    adv, ay, am, ry, rm, rr = ctx.g(r"中央资金中的(\d+)万元属于提前下达资金，省财政已于(\d{4})年(\d+)月下达，其余资金于(\d{4})年(\d+)月前下达到位，资金到位率(\d+)%")
    ctx.check("year_mismatch", (int(ay), int(am)) == (Y - 1, 12) or int(ay) == Y, "advance issue date")
    ctx.year_eq(ry, Y, "rest issued")
    ctx.check("sum_mismatch", num(adv) <= num(c), "advance part of central funds")
    ctx.rate(num(fr["合计"][1]), num(fr["合计"][0]), rr, "到位率")
    spent, rate = ctx.g(r"共支出项目资金([\d.]+)万元，预算执行率([\d.]+)%")
    ctx.eq(spent, fr["合计"][2], "执行 text vs table")
    ctx.rate(num(spent), num(fr["合计"][0]), rate, "执行率 (text)")
    sub, per, unit, qty, net, netper, mach, nmach, machper, rest, bal = ctx.g(
        r"废旧地膜回收补贴([\d.]+)万元，按每吨(\d+)(元|万元)的标准，依据核实后的回收量([\d,]+)吨兑付；"
        r"村级回收网点建设补助([\d.]+)万元，每个网点补助(\d+)万元；残膜回收机具购置补贴([\d.]+)万元，(\d+)台每台补助([\d.]+)万元；"
        r"地膜残留监测、宣传培训和加工企业设备更新补助共([\d.]+)万元。年末结余([\d.]+)万元")
    ctx.total([sub, net, mach, rest], spent, "spending parts")
    ctx.product(qty, 1, per, unit, sub, "回收补贴 = 回收量 x 每吨标准")
    nnet = ctx.g1(r"全县新建村级回收网点(\d+)个")
    ctx.product(nnet, 1, netper, "万元", net, "网点补助")
    ctx.product(nmach, 1, machper, "万元", mach, "机具补贴")
    ctx.balance(fr["合计"][1], spent, bal, "年末结余 = 到位 - 执行")
    ctx.check("year_mismatch", int(ctx.g1(r"结余资金已结转(\d{4})年")) > Y, "carry-forward year")
    # indicators
    rows, totrow = table_rows(ctx, "一级指标\t二级指标\t三级指标", "\t",
                              ["l1", "l2", "name", "target", "actual", "comp", "w", "s", "note"], "合计\t")
    by = {r["name"]: r for r in rows}
    ctx.eq(by["预算执行率"]["actual"].rstrip("%"), rate, "执行率 table vs text")
    lw = dict(zip(("预算执行", "产出", "效益", "满意度"),
                  ctx.g(r"预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分")))
    ctx.check("weight_sum_mismatch", sum(num(v) for v in lw.values()) == 100, "weight sentence")
    ctx.check("weight_sum_mismatch", num(totrow[6]) == 100, "合计 分值")
    indicator_checks(ctx, rows, totrow[7], lw)
    ctx.grade(totrow[7], totrow[8].strip(), "grade in table")
    ctx.eq(ctx.g1(r"自评综合得分([\d.]+)分"), totrow[7], "total text vs table")
    # outputs/effects
    use = ctx.g1(r"当年地膜使用量约(\d+)吨")
    ctx.eq(nnet, parse_val(by["新建村级回收网点"]["target"])["s"], "new collection points")
    ctx.bounded(ctx.g1(r"覆盖全县([\d.]+)%的行政村"), "village coverage")
    q2, rrate, ly, lrate, pp = ctx.g(r"全年核实回收废旧地膜(\d+)吨，当季地膜回收率([\d.]+)%，比(\d{4})年的([\d.]+)%提高(\d)个多百分点")
    ctx.year_eq(int(ly) + 1, Y, "previous year")
    ulo, uhi = approx(use)
    ctx.check("rate_mismatch", overlaps(num(q2) / uhi * 100, num(q2) / ulo * 100, rrate), "recovery rate vs 约 use")
    ctx.check("rate_mismatch", int(num(rrate) - num(lrate)) == int(pp), "percentage-point gain")
    ctx.eq(rrate, by["当季地膜回收率"]["actual"].rstrip("%"), "recovery rate text vs table")
    q3 = ctx.g1(r"全年回收废旧地膜([\d,]+)吨，回收利用")
    for q in (qty, q2, q3):
        ctx.eq(q, parse_val(by["废旧地膜回收量"]["actual"])["s"], "recovered tonnage")
    nm, less = ctx.g(r"补贴残膜回收机具(\d+)台，较计划少(\d+)台")
    ctx.eq(nm, nmach, "machines text")
    ctx.eq(nm, parse_val(by["补贴残膜回收机具"]["actual"])["s"], "machines text vs table")
    ctx.total([nm, less], parse_val(by["补贴残膜回收机具"]["target"])["s"], "machines + shortfall = plan")
    dy, dm, dd = ctx.g(r"回收补贴在(\d{4})年(\d+)月(\d+)日前全部兑付")
    ctx.check("conflicting_values", (int(dy), int(dm), int(dd)) == parse_val(by["回收补贴兑付时间"]["actual"])["v"], "payment date")
    ctx.eq(ctx.g1(r"全年生产再生颗粒(\d+)吨"), parse_val(by["再生颗粒产量"]["actual"])["s"], "pellets")
    cap, lres = ctx.g(r"亩均地膜残留量已控制在([\d.]+)公斤以内，上年这一数值为([\d.]+)公斤")
    ctx.eq(cap, parse_val(by["监测点亩均地膜残留量"]["target"])["s"], "residue cap text vs table target")
    sat = ctx.g1(r"满意度为([\d.]+)%")
    ctx.bounded(sat, "satisfaction")
    ctx.eq(sat, by["覆膜农户满意度"]["actual"].rstrip("%"), "satisfaction text vs table")


def sd_shanghe(ctx):
    Y = 2022
    ctx.year_eq(ctx.g1(r"关于(\d{4})年度农药包装废弃物回收处置项目"), Y, "title")
    ctx.year_eq(ctx.g1(r"开展(\d{4})年度县级预算项目绩效自评"), Y, "notice")
    ctx.check("year_mismatch", int(ctx.g1(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")
    init, add, annual = ctx.g(r"年初县级预算安排([\d.]+)万元。9月份省级下达农药包装废弃物回收处置补助资金([\d.]+)万元，纳入本项目统筹使用，全年预算调整为([\d.]+)万元，资金全部到位")
    ctx.total([init, add], annual, "年初 + 追加 = 全年")
    spent, rate, bal = ctx.g(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%。结余([\d.]+)万元")
    ctx.rate(num(spent), num(annual), rate, "执行率")
    ctx.balance(annual, spent, bal, "结余 = 到位 - 执行")
    items = {}
    for k in ("回收补助", "无害化处置费", "回收站点标准化建设", "转运车辆租赁及运输", "宣传培训", "第三方运营服务"):
        items[k] = ctx.g1(r"^" + k + r"｜([\d.]+)｜")
    tot = ctx.g1(r"^合计｜([\d.]+)｜$")
    ctx.total(list(items.values()), tot, "spending table")
    ctx.eq(tot, spent, "spending table total vs 实际支出")
    perkg, unit, qty, perton, nst, perst = ctx.g(r"回收补助按每公斤(\d+)(元|万元)的标准，依据全年([\d.]+)吨回收量核定；无害化处置费按每吨([\d,]+)元结算；(\d+)个乡镇回收站每站建设补助([\d.]+)万元")
    ctx.product(qty, 1000, perkg, unit, items["回收补助"], "回收补助 = kg x 每公斤")
    ctx.product(qty, 1, perton, "元", items["无害化处置费"], "处置费 = 吨 x 每吨")
    ctx.product(nst, 1, perst, "万元", items["回收站点标准化建设"], "站点建设")
    q, a1, a2, a3, a4, avg = ctx.g(r"全年回收农药包装废弃物([\d.]+)吨，一至四季度分别回收([\d.]+)吨、([\d.]+)吨、([\d.]+)吨和([\d.]+)吨，季度平均([\d.]+)吨")
    ctx.total([a1, a2, a3, a4], q, "quarters")
    ctx.check("average_mismatch", consistent(sum(num(x) for x in (a1, a2, a3, a4)) / 4, avg), "quarterly average")
    ctx.eq(q, qty, "tonnage in two text places")
    rr, lr, pp = ctx.g(r"回收率为([\d.]+)%，上年为([\d.]+)%，提高([\d.]+)个百分点")
    ctx.check("rate_mismatch", consistent(num(rr) - num(lr), pp), "percentage-point gain")
    rows, totrow = table_rows(ctx, "一级指标｜二级指标｜三级指标", "｜",
                              ["l1", "l2", "name", "target", "actual", "comp", "w", "s", "note"], "合计｜｜")
    by = {r["name"]: r for r in rows}
    ctx.eq(q, parse_val(by["农药包装废弃物回收量"]["actual"])["s"], "tonnage text vs table")
    ctx.eq(rr, by["农药包装废弃物回收率"]["actual"].rstrip("%"), "recovery rate text vs table")
    ctx.eq(rate, by["预算执行率"]["actual"].rstrip("%"), "执行率 text vs table")
    ctx.eq(nst, parse_val(by["乡镇标准化回收站建设"]["actual"])["s"], "stations")
    ctx.eq(ctx.g1(r"(\d+)个乡镇回收站全部按标准建成投用"), nst, "stations built")
    ntr = ctx.g1(r"全年举办宣传培训(\d+)场")
    ctx.eq(ntr, parse_val(by["宣传培训场次"]["actual"])["s"], "trainings")
    ctx.total([ntr, ctx.g1(r"取消了(\d+)场集中培训")], parse_val(by["宣传培训场次"]["target"])["s"], "trainings + cancelled = plan")
    ctx.eq(perton, parse_val(by["每吨无害化处置费用"]["actual"])["s"], "disposal cost per ton")
    for pat, name in ((r"农户回收知晓率([\d.]+)%", "农户回收知晓率"), (r"检出率为([\d.]+)%", "抽查田块包装废弃物检出率"),
                      (r"满意度为([\d.]+)%，略低于", "农户满意度")):
        v = ctx.g1(pat)
        ctx.bounded(v, name)
        ctx.eq(v, by[name]["actual"].rstrip("%"), f"{name} text vs table")
    # scores in text
    (se, we, so, wo, sb, wb, ss, ws, total, word) = ctx.g(
        r"预算执行率得([\d.]+)分（满分(\d+)分），产出指标得([\d.]+)分（满分(\d+)分），效益指标得([\d.]+)分（满分(\d+)分），"
        r"满意度指标得([\d.]+)分（满分(\d+)分），自评总分([\d.]+)分，评价等级为“(.)”")
    lw = {"预算执行": we, "产出": wo, "效益": wb, "满意度": ws}
    ctx.check("weight_sum_mismatch", sum(num(v) for v in lw.values()) == 100, "满分 add to 100")
    for s_, w_, lvl in ((se, we, "预算执行"), (so, wo, "产出"), (sb, wb, "效益"), (ss, ws, "满意度")):
        ctx.check("score_exceeds_weight", num(s_) <= num(w_), f"{lvl} score vs 满分")
        got = sum((num(r["s"]) for r in rows if r["l1"].startswith(lvl)), D(0))
        ctx.check("score_sum_mismatch", consistent(got, s_), f"{lvl}: rows score {got}, text {s_}")
    ctx.total([se, so, sb, ss], total, "level scores = 自评总分", "score_sum_mismatch")
    ctx.eq(total, totrow[7], "total text vs table")
    ctx.check("weight_sum_mismatch", num(totrow[6]) == 100, "合计 分值")
    indicator_checks(ctx, rows, totrow[7], lw)
    ctx.grade(total, word, "grade")
    dt = parse_val(by["回收补助兑付完成时间"]["actual"])["v"]
    ctx.year_eq(dt[0], Y, "payment date year")


def jx_yujiang(ctx):
    Y = 2020
    ctx.year_eq(ctx.g1(r"(\d{4})年度化肥减量增效（测土配方施肥）项目绩效自评报告"), Y, "title")
    ctx.year_eq(ctx.g1(r"开展(\d{4})年度部门预算项目支出绩效自评"), Y, "notice")
    ctx.check("year_mismatch", int(ctx.g1(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")
    tot, c, cty = ctx.g(r"本项目资金共([\d.]+)万元，包括中央财政农业生产发展资金([\d.]+)万元和区级配套资金([\d.]+)万元")
    ctx.total([c, cty], tot, "sources")
    ay, am = ctx.g(r"于(\d{4})年(\d+)月提前下达")
    ctx.check("year_mismatch", (int(ay), int(am)) == (Y - 1, 12), "advance must be issued in December of the year before")
    by_, rr = ctx.g(r"区级配套资金列入(\d{4})年部门预算，资金到位率(\d+)%")
    ctx.year_eq(by_, Y, "county budget year")
    ctx.rate(num(tot), num(tot), rr, "到位率 (all received)")
    lw = ctx.g(r"按照预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分确定")
    ctx.check("weight_sum_mismatch", sum(num(v) for v in lw) == 100, "weight sentence")
    total, word = ctx.g(r"本项目自评总分([\d.]+)分，评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)")
    ctx.grade(total, word, "grade")
    spent, rate, se, we = ctx.g(r"全年项目支出([\d.]+)万元，预算执行率([\d.]+)%，得([\d.]+)分（满分(\d+)分）")
    ctx.rate(num(spent), num(tot), rate, "执行率")
    ctx.warn(consistent(num(we) * min(num(spent) / num(tot), D(1)), se), "score_rule: execution score")
    (soil, nsoil, persoil, u, trial, ntrial, pertrial, sub, permu, train, bal) = ctx.g(
        r"土样采集化验费([\d.]+)万元，共([\d,]+)个土样，每个土样化验费(\d+)(元|万元)；田间肥效试验费([\d.]+)万元，完成试验(\d+)个，每个试验([\d,]+)元；"
        r"配方肥推广补贴([\d.]+)万元，按示范面积每亩(\d+)元补贴；技术培训、施肥建议卡印发和宣传等([\d.]+)万元。项目结余([\d.]+)万元")
    ctx.total([soil, trial, sub, train], spent, "spending parts")
    ctx.balance(tot, spent, bal, "结余 = 到位 - 执行")
    ctx.product(nsoil, 1, persoil, u, soil, "化验费")
    ctx.product(ntrial, 1, pertrial, "元", trial, "试验费")
    area, paid, extra = ctx.g(r"配方肥推广示范面积实际达到([\d.]+)万亩，其中纳入补贴的核定面积为([\d.]+)万亩，其余([\d.]+)万亩")
    ctx.total([paid, extra], area, "area split")
    ctx.product(paid, 10000, permu, "元", sub, "配方肥补贴")
    ctx.eq(ctx.g1(r"全年采集化验土样([\d,]+)个"), nsoil, "soil samples")
    cov, cy, lcov = ctx.g(r"技术覆盖率([\d.]+)%，(\d{4})年为([\d.]+)%")
    ctx.bounded(cov, "coverage")
    ctx.year_eq(int(cy) + 1, Y, "previous year")
    plan, flood, done, st, wt = ctx.g(r"田间肥效试验计划布置(\d+)个，[^。]*?(\d+)个早稻试验点被淹而中止，实际完成(\d+)个，按完成比例得([\d.]+)分（满分(\d+)分）")
    ctx.eq(done, ntrial, "trials done")
    ctx.total([done, flood], plan, "trials done + flooded = plan")
    ctx.check("score_exceeds_weight", D(0) <= num(st) <= num(wt), f"trial item score {st} vs 满分 {wt}")
    ctx.warn(consistent(num(wt) * num(done) / num(plan), st), "score_rule: trial item")
    so, wo = ctx.g(r"产出指标得([\d.]+)分（满分(\d+)分）")
    sb, wb = ctx.g(r"效益指标得(\d+)分（满分(\d+)分）")
    ss, ws = ctx.g(r"满意度指标得(\d+)分（满分(\d+)分）")
    ctx.total([wb, "-" + ctx.g1(r"该项为部分达成，扣(\d+)分")], sb, "效益 = 满分 - deduction", "score_sum_mismatch")
    for s_, w_, name in ((se, we, "预算执行"), (so, wo, "产出"), (sb, wb, "效益"), (ss, ws, "满意度")):
        ctx.check("score_exceeds_weight", D(0) <= num(s_) <= num(w_), f"{name} score vs 满分")
    for w_, l_ in zip((we, wo, wb, ws), lw):
        ctx.check("weight_sum_mismatch", num(w_) == num(l_), "满分 vs weight sentence")
    ctx.total([se, so, sb, ss], total, "level scores = 总分", "score_sum_mismatch")
    y0, f0, y1, f1, fr, tgt = ctx.g(r"由(\d{4})年的([\d.]+)万吨降至(\d{4})年的([\d.]+)万吨，下降([\d.]+)%，超过(\d+)%的目标")
    ctx.year_eq(y1, Y, "fertiliser year")
    ctx.year_eq(int(y0) + 1, Y, "fertiliser base year")
    ctx.rate(num(f0) - num(f1), num(f0), fr, "fertiliser reduction")
    ctx.check("rate_mismatch", num(fr) >= num(tgt), "reduction above target")
    c1, c2, tot_mu = ctx.g(r"亩均减少化肥投入约(\d+)元，增产增收约(\d+)元，亩均节本增效([\d.]+)元")
    lo = approx(c1)[0] + approx(c2)[0]
    hi = approx(c1)[1] + approx(c2)[1]
    ctx.check("sum_mismatch", overlaps(lo, hi, tot_mu), "节本增效 parts (approximate)")
    ctx.bounded(ctx.g1(r"综合满意度为([\d.]+)%"), "satisfaction")


def nm_wuyuan(ctx):
    Y = 2024
    ctx.year_eq(ctx.g1(r"五原县农牧局(\d{4})年度部门整体支出绩效自评报告"), Y, "title")
    ctx.year_eq(ctx.g1(r"。(\d{4})年，我局围绕"), Y, "overview")
    ctx.year_eq(ctx.g1(r"^（一）预算安排。(\d{4})年部门年初预算"), Y, "budget year")
    ctx.check("year_mismatch", int(ctx.g1(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")) in (Y, Y + 1), "report date")
    init, add = ctx.g(r"部门年初预算([\d,.]+)万元，年中追加([\d.]+)万元")
    annual, basic, staff, office, proj = ctx.g(r"调整后全年预算([\d,.]+)万元，其中基本支出([\d,.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元，全年未作调整）、项目支出([\d,.]+)万元")
    ctx.total([init, add], annual, "年初 + 追加 = 全年")
    ctx.total([basic, proj], annual, "基本 + 项目 = 全年")
    ctx.total([staff, office], basic, "人员 + 公用 = 基本")
    spent, rate, bspent, brate, pspent, prate, left = ctx.g(
        r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d,.]+)万元，执行率([\d.]+)%；项目支出([\d,.]+)万元，执行率([\d.]+)%。未支出的([\d.]+)万元")
    ctx.total([bspent, pspent], spent, "基本 + 项目 spent")
    ctx.rate(num(spent), num(annual), rate, "部门执行率")
    ctx.rate(num(bspent), num(basic), brate, "基本支出执行率")
    ctx.rate(num(pspent), num(proj), prate, "项目支出执行率")
    ctx.balance(annual, spent, left, "未支出 = 全年 - 执行")
    ctx.check("year_mismatch", int(ctx.g1(r"已结转(\d{4})年继续使用")) > Y, "carry-forward year")
    s3, less, car, rec = ctx.g(r"“三公”经费支出([\d.]+)万元，比上年减少([\d.]+)万元，其中公务用车运行维护费([\d.]+)万元、公务接待费([\d.]+)万元")
    ctx.total([car, rec], s3, "三公")
    # project table (PDF copy, columns separated by runs of spaces)
    rows = []
    for i in range(1, 5):
        g = ctx.g(r"^" + str(i) + r"\s+(\S+)\s+([\d,.]+)\s+([\d,.]+)\s+([\d.]+)%\s+([\d.]+)\s+(\S)\s+([\d.]+)%\s*$")
        rows.append(dict(zip(("name", "budget", "spent", "rate", "score", "grade", "sat"), g)))
    tb, ts, tr = ctx.g(r"^\s+合计\s+([\d,.]+)\s+([\d,.]+)\s+([\d.]+)%")
    for r in rows:
        ctx.rate(num(r["spent"]), num(r["budget"]), r["rate"], f"{r['name']} 执行率")
        ctx.grade(r["score"], r["grade"], f"{r['name']} grade")
        ctx.check("score_exceeds_weight", D(0) <= num(r["score"]) <= 100, f"{r['name']} score")
        ctx.bounded(r["sat"], f"{r['name']} satisfaction")
    ctx.total([r["budget"] for r in rows], tb, "project budgets")
    ctx.total([r["spent"] for r in rows], ts, "project spending")
    ctx.rate(num(ts), num(tb), tr, "projects 执行率 (合计 row)")
    ctx.eq(tb, proj, "项目支出 budget text vs table")
    ctx.eq(ts, pspent, "项目支出 spent text vs table")
    ctx.eq(tr, prate, "项目支出 rate text vs table")
    n, avg = ctx.g(r"(\d)个项目平均得分([\d.]+)分")
    ctx.check("average_mismatch", int(n) == len(rows) and consistent(sum(num(r["score"]) for r in rows) / len(rows), avg), "average score")
    permu, u, area, larea = ctx.g(r"按每亩(\d+)(元|万元)的标准安排预算，全年完成盐碱化耕地改良([\d.]+)万亩，上年为([\d.]+)万亩")
    ctx.product(area, 10000, permu, u, rows[0]["budget"], "改良 budget = 面积 x 每亩")
    ps, pw = ctx.g(r"项目产出指标得([\d.]+)分（满分(\d+)分），主要因")
    ctx.check("score_exceeds_weight", D(0) <= num(ps) <= num(pw), f"project output score {ps} vs 满分 {pw}")
    ctx.balance(rows[0]["budget"], rows[0]["spent"], ctx.g1(r"剩余([\d.]+)万元为工程质保金"), "改良 unspent")
    film = ctx.g1(r"回收农田残膜([\d,]+)吨")
    per, paid = ctx.g(r"按每吨(\d+)元的标准兑付给回收站点，全年兑付回收补贴(\d+)万元")
    ctx.product(film, 1, per, "元", paid, "残膜 subsidy")
    ctx.eq(ctx.g1(r"项目区农户对技术服务的满意度为([\d.]+)%"), rows[2]["sat"], "化肥 satisfaction text vs table")
    ctx.eq(ctx.g1(r"最低的是农药包装废弃物回收项目（([\d.]+)分）"), rows[3]["score"], "lowest score")
    ctx.check("rate_mismatch", num(rows[0]["budget"]) / num(tb) >= D("0.6"), "六成以上")
    # department score
    lw = ctx.g(r"权重分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分")
    ctx.check("weight_sum_mismatch", sum(num(v) for v in lw) == 100, "weight sentence")
    parts = [ctx.g(r"投入指标得([\d.]+)分（满分(\d+)分）"), ctx.g(r"过程指标得([\d.]+)分（满分(\d+)分）"),
             ctx.g(r"产出指标得([\d.]+)分（满分(\d+)分），扣分主要"), ctx.g(r"效益指标得([\d.]+)分（满分(\d+)分）")]
    for (s_, w_), l_ in zip(parts, lw):
        ctx.check("score_exceeds_weight", D(0) <= num(s_) <= num(w_), f"dept level {s_} vs {w_}")
        ctx.check("weight_sum_mismatch", num(w_) == num(l_), "满分 vs weight sentence")
    total, word = ctx.g(r"部门整体支出绩效自评总分([\d.]+)分，评价等级为(.)")
    ctx.total([p[0] for p in parts], total, "dept level scores = 总分", "score_sum_mismatch")
    ctx.grade(total, word, "dept grade")


CHECKS = {
    "jl-zhenlai-yanjiandi-2021": jl_zhenlai,
    "gs-zhenyuan-dimohuishou-2019": gs_zhenyuan,
    "sd-shanghe-nongyaobaozhuang-2022": sd_shanghe,
    "jx-yujiang-cetupeifang-2020": jx_yujiang,
    "nm-wuyuan-nongmubumen-2024": nm_wuyuan,
}


# ================================================================ driver
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s   # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    counts = {c: 0 for c in CODES}
    texts = {}
    for lab in labels:
        texts[lab["case"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    names = set(os.listdir(CASES))
    if names != set(texts):
        problems.append(f"cases/ and labels.jsonl disagree: {sorted(names ^ set(texts))}")
    for lab in labels:
        name, pid, text = lab["case"], lab["source"], texts[lab["case"]]
        if pid not in CHECKS:
            problems.append(f"{name}: unknown source {pid}")
            continue
        clean_text = texts[pid + "-clean.txt"]
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{name}: length {len(text)} outside 2800-3400")
        else:
            if len(lab["expected"]) != 1:
                problems.append(f"{name}: expected exactly one label")
                continue
            e = lab["expected"][0]
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if e["severity"] != "error" or e["code"] not in CODES:
                problems.append(f"{name}: bad code/severity {e['code']}/{e['severity']}")
            occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if not occ:
                problems.append(f"{name}: value not in case: {e['value']!r}")
            lo, hi = diff_region(clean_text, text)
            if text == clean_text:
                problems.append(f"{name}: identical to clean draft")
            if not any(o <= hi and o + len(e["value"]) >= lo for o in occ):
                problems.append(f"{name}: diff region [{lo},{hi}) does not overlap the value")
            if e["value"] in clean_text:
                problems.append(f"{name}: value also occurs in the clean draft")
        ctx = Ctx(text)
        try:
            CHECKS[pid](ctx)
        except ExtractError as ex:
            problems.append(f"{name}: extraction failed: {ex}")
            continue
        failed = {c for c, _ in ctx.fails}
        if lab["clean"]:
            if failed:
                problems.append(f"{name}: clean draft fails {ctx.fails}")
            for w in ctx.warns:
                print(f"  note {name}: {w}")
        else:
            code = lab["expected"][0]["code"]
            if failed != {code}:
                problems.append(f"{name}: labelled {code}, checks failed {sorted(failed)}: {ctx.fails}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
