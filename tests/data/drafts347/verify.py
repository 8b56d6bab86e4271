#!/usr/bin/env python3
"""Verify this test set (standard library only, decimal.Decimal).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; each code is used >= 2 times;
2. the arithmetic of every draft is redone from the text itself (figures read with anchored
   patterns, tables rebuilt from their layout): every check passes on the clean drafts, and on
   every error case the labelled code fails and no other error-level code fails;
3. a distinctive changed figure (a number with a decimal point or 3+ digits) occurs only once in
   its clean draft, except for conflicting_values (meant to be repeated) and listed exceptions.

Tolerance (rules.md section 8): a stated value with d decimals matches a computed one when
|computed - stated| <= 0.5 * 10^-d (+1e-9). Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM_RE = r"-?\d[\d,]*(?:\.\d+)?"


class StructureError(Exception):
    pass


class Num:
    """A stated number: exact value and the decimals it was written with."""

    def __init__(self, raw):
        raw = raw.strip()
        m = re.search(NUM_RE, raw)
        if not m:
            raise StructureError(f"no number in {raw!r}")
        s = m.group().replace(",", "")
        self.raw = raw
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.unit = raw[m.end():].strip()

    def tol(self):
        return D("0.5") * (D(10) ** -self.d) + D("1e-9")

    def __repr__(self):
        return self.raw


def matches(stated, computed):
    return abs(D(computed) - stated.v) <= stated.tol()


def same(a, b):
    """Two stated values of one quantity agree within the looser precision."""
    return abs(a.v - b.v) <= max(a.tol(), b.tol())


class Run:
    def __init__(self, text):
        self.text = text
        self.fails = []   # (code, message)
        self.infos = []

    # ---- reading figures -------------------------------------------------------------
    def m(self, pattern):
        found = list(re.finditer(pattern, self.text))
        if len(found) != 1:
            raise StructureError(f"pattern matched {len(found)} times: {pattern}")
        return found[0]

    def n(self, pattern, group=1):
        return Num(self.m(pattern).group(group))

    def s(self, pattern, group=1):
        return self.m(pattern).group(group)

    # ---- checks ------------------------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def check(self, code, ok, msg):
        if not ok:
            self.fail(code, msg)

    def approx(self, code, stated, computed, msg):
        if not matches(stated, computed):
            self.fail(code, f"{msg}: stated {stated.raw}, computed {D(computed):.4f}")

    def sum_of(self, total, parts, msg, code="sum_mismatch"):
        self.approx(code, total, sum(p.v for p in parts), msg)

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        if den.v == 0:
            return
        self.approx(code, stated, num.v / den.v * 100, msg)

    def plausible(self, stated, msg):
        if stated.v > 100 or stated.v < 0:
            self.fail("implausible_rate", f"{msg}: {stated.raw}")

    def same(self, a, b, msg):
        """Same quantity stated twice. A 10^4 rescale that reconciles them is a unit slip."""
        if same(a, b):
            return
        for f in (D(10000), D("0.0001")):
            if abs(a.v * f - b.v) <= max(a.tol(), b.tol()) * f + D("1e-9") or \
                    abs(a.v - b.v * f) <= max(a.tol(), b.tol()) * f + D("1e-9"):
                self.fail("unit_mismatch", f"{msg}: {a.raw} vs {b.raw} (off by 10^4)")
                return
        self.fail("conflicting_values", f"{msg}: {a.raw} vs {b.raw}")

    def product(self, amount_wan, qty, per, per_unit, msg):
        """amount (万元) = quantity x per-unit price; per_unit is 元 or 万元."""
        scale = {"元": D("0.0001"), "万元": D(1)}[per_unit]
        c = qty.v * per.v * scale
        if matches(amount_wan, c):
            return
        if matches(amount_wan, c / 10000) or matches(amount_wan, c * 10000):
            self.fail("unit_mismatch", f"{msg}: {qty.raw} x {per.raw}{per_unit} vs {amount_wan.raw}万元")
        else:
            self.fail("sum_mismatch", f"{msg}: {qty.raw} x {per.raw}{per_unit} = {c} vs {amount_wan.raw}")

    def average(self, stated, parts, msg):
        self.approx("average_mismatch", stated, sum(p.v for p in parts) / len(parts), msg)

    def grade(self, total, word, msg):
        band = grade_band(total.v)
        ok = word in {"优": ["优", "优秀"], "良": ["良", "良好"],
                      "中": ["中", "中等", "一般", "合格"], "差": ["差", "较差", "不合格"]}[band]
        self.check("grade_mismatch", ok, f"{msg}: total {total.raw} is {band}, stated {word}")

    def year_after(self, year, eval_year, msg):
        self.check("year_mismatch", int(year) > eval_year, f"{msg}: {year} not after {eval_year}")

    def year_is(self, year, eval_year, msg):
        self.check("year_mismatch", int(year) == eval_year, f"{msg}: {year} != {eval_year}")


def grade_band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---- tables ----------------------------------------------------------------------------

def split_line(line, mode):
    if mode == "bar":
        return [c.strip() for c in line.split("｜")]
    if mode == "tab":
        return [c.strip() for c in line.split("\t")]
    if mode == "md":
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if mode == "space":
        return [c.strip() for c in re.split(r" {2,}", line.strip())]
    raise ValueError(mode)


def read_table(text, header_start, mode):
    """Rows of the table whose header line starts with header_start, as lists of cells
    aligned to the header (PDF rows with merged leading cells are padded on the left)."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.lstrip("| ").startswith(header_start)]
    if len(idx) != 1:
        raise StructureError(f"table header {header_start!r} found {len(idx)} times")
    header = split_line(lines[idx[0]], mode)
    rows = []
    for line in lines[idx[0] + 1:]:
        if not line.strip():
            break
        if mode == "bar" and "｜" not in line:
            break
        if mode == "tab" and "\t" not in line:
            break
        if mode == "md":
            if not line.startswith("|"):
                break
            if re.match(r"^\|[\s\-|]+$", line):
                continue
        if mode == "space" and not re.search(r" {2,}", line.strip()):
            break
        cells = split_line(line, mode)
        if mode == "space" and len(cells) < len(header):
            if cells[0] == "合计":
                cells = ["合计"] + [""] * (len(header) - len(cells)) + cells[1:]
            else:
                cells = [""] * (len(header) - len(cells)) + cells
        if len(cells) != len(header):
            raise StructureError(f"row has {len(cells)} cells, header {len(header)}: {line!r}")
        rows.append(dict(zip(header, cells)))
    return header, rows


DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底)")


def parse_date(s):
    m = DATE_RE.search(s)
    if not m:
        return None
    day = int(m.group(3)) if m.group(3) else 31
    return (int(m.group(1)), int(m.group(2)), day)


UNIT_SCALE = {"万亩": ("亩", D(10000))}


def base(num):
    unit = num.unit
    if unit in UNIT_SCALE:
        u, f = UNIT_SCALE[unit]
        return u, num.v * f
    return unit, num.v


def target_parts(cell):
    cell = cell.strip()
    direction = "eq"
    if cell[:1] in "≥＞>":
        direction = "gte"
    elif cell[:1] in "≤＜<":
        direction = "lte"
    body = cell.lstrip("≥≤＞＜<>= ")
    return direction, body


RATE_WORDS = ("满意度", "成活率", "合格率", "执行率", "落实率", "到位率")


def indicator_checks(run, rows, name_col, target_col, actual_col, weight_col, score_col,
                     completion_col=None):
    """Generic checks of an indicator table. Returns {indicator name: row}."""
    body = [r for r in rows if r[name_col] and "合计" not in r.values()]
    total = [r for r in rows if "合计" in r.values()]
    if len(total) != 1:
        raise StructureError("indicator table without a single 合计 row")
    total = total[0]
    weights = [Num(r[weight_col]) for r in body]
    wsum = sum(w.v for w in weights)
    run.check("weight_sum_mismatch", wsum == 100, f"indicator weights add to {wsum}")
    if total[weight_col]:
        run.check("weight_sum_mismatch", Num(total[weight_col]).v == wsum,
                  f"合计 weight {total[weight_col]} vs sum {wsum}")
    scores = []
    for r, w in zip(body, weights):
        sc = Num(r[score_col])
        scores.append(sc)
        run.check("score_exceeds_weight", 0 <= sc.v <= w.v,
                  f"{r[name_col]}: score {sc.raw} vs weight {w.raw}")
        direction, tbody = target_parts(r[target_col])
        actual = r[actual_col]
        tdate = parse_date(tbody)
        if tdate:                                   # deadline row
            adate = parse_date(actual)
            if not adate:
                run.fail("unit_mismatch", f"{r[name_col]}: target is a date, actual {actual!r}")
                continue
            if completion_col and r[completion_col]:
                if adate <= tdate:
                    run.approx("completion_mismatch", Num(r[completion_col]), 100,
                               f"{r[name_col]} completion (on time)")
            continue
        if not re.search(r"\d", tbody):             # qualitative target
            continue
        t, a = Num(tbody), Num(actual) if re.search(r"\d", actual) else None
        if a is None:
            continue
        tu, tv = base(t)
        au, av = base(a)
        if tu != au:
            run.fail("unit_mismatch", f"{r[name_col]}: target unit {t.unit!r}, actual unit {a.unit!r}")
            continue
        if any(wd in r[name_col] for wd in RATE_WORDS) and au == "%":
            run.plausible(a, f"{r[name_col]} actual")
        if completion_col and r[completion_col]:
            if direction == "lte":
                comp = D(100) if av <= tv else tv / av * 100
            else:
                comp = av / tv * 100
            run.approx("completion_mismatch", Num(r[completion_col]), comp,
                       f"{r[name_col]} completion")
        # score rule (warning only, never decides a case)
        if direction == "lte":
            rule = w.v if av <= tv else w.v * tv / av
        else:
            rule = min(w.v, w.v * av / tv)
        if not matches(sc, rule):
            run.infos.append(f"score_rule (warning) {r[name_col]}: {sc.raw} vs {rule:.2f}")
    ssum = sum(s.v for s in scores)
    tot = Num(total[score_col])
    run.approx("score_sum_mismatch", tot, ssum, "合计 score vs sum of row scores")
    return {r[name_col]: r for r in body}, tot


def funds_rows_checks(run, rows, key, cols_sum, budget_col, spent_col, rate_col,
                      balance_col=None, balance_from=None):
    """Row-per-source funds table: rate, balance per row, column sums into 合计."""
    byname = {r[key]: r for r in rows}
    if "合计" not in byname:
        raise StructureError("funds table without 合计")
    parts = [r for r in rows if r[key] != "合计"]
    for col in cols_sum:
        run.sum_of(Num(byname["合计"][col]), [Num(r[col]) for r in parts], f"funds column {col}")
    for r in rows:
        rt = Num(r[rate_col])
        run.plausible(rt, f"{r[key]} {rate_col}")
        run.rate(rt, Num(r[spent_col]), Num(r[budget_col]), f"{r[key]} {rate_col}")
        if balance_col:
            run.approx("balance_mismatch", Num(r[balance_col]),
                       Num(r[balance_from]).v - Num(r[spent_col]).v, f"{r[key]} {balance_col}")
    return byname


# ---- per-draft arithmetic ----------------------------------------------------------------

def check_hangjin(run):
    t = run.text
    Y = int(run.s(r"^[^\n]*\n(\d{4})年度库布其"))
    run.year_is(Y, 2021, "title year")
    # funds table
    _, frows = read_table(t, "资金来源｜", "bar")
    f = funds_rows_checks(run, frows, "资金来源",
                          ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余"],
                          "全年预算数", "全年执行数", "执行率", "结余", "实际到位数")
    tot = f["合计"]
    init = run.n(r"年初预算([\d,.]+)万元，其中中央")
    c = run.n(r"其中中央财政资金([\d,.]+)万元")
    r_ = run.n(r"自治区配套([\d,.]+)万元；")
    add = run.n(r"追加配套资金([\d,.]+)万元")
    annual = run.n(r"调整后全年预算([\d,.]+)万元")
    run.year_is(run.s(r"截至(\d{4})年12月31日"), Y, "截至 date")
    recv = run.n(r"资金实际到位([\d,.]+)万元")
    recv_rate = run.n(r"到位率([\d.]+%)")
    unrecv = run.n(r"旗级配套尚有([\d,.]+)万元未拨付")
    spent = run.n(r"全年执行([\d,.]+)万元，预算执行率")
    rate = run.n(r"预算执行率([\d.]+%)，较上年")
    run.sum_of(init, [c, r_], "年初 = 中央 + 自治区")
    run.sum_of(annual, [init, add], "全年 = 年初 + 追加")
    run.same(init, Num(tot["年初预算数"]), "年初预算 text/table")
    run.same(c, Num(f["中央财政资金"]["年初预算数"]), "中央 text/table")
    run.same(r_, Num(f["自治区配套资金"]["年初预算数"]), "自治区 text/table")
    run.approx("sum_mismatch", add, Num(f["旗级配套资金"]["全年预算数"]).v
               - Num(f["旗级配套资金"]["年初预算数"]).v, "追加 = 旗级 全年 - 年初")
    run.same(annual, Num(tot["全年预算数"]), "全年预算 text/table")
    run.same(recv, Num(tot["实际到位数"]), "到位 text/table")
    run.same(spent, Num(tot["全年执行数"]), "执行 text/table")
    run.same(rate, Num(tot["执行率"]), "执行率 text/table")
    run.approx("balance_mismatch", unrecv, Num(f["旗级配套资金"]["全年预算数"]).v
               - Num(f["旗级配套资金"]["实际到位数"]).v, "旗级未到位")
    run.rate(recv_rate, recv, annual, "到位率")
    run.rate(rate, spent, annual, "执行率")
    run.plausible(recv_rate, "到位率")
    run.plausible(rate, "执行率")
    # spending by content
    m1 = run.m(r"沙障铺设费([\d,.]+)万元（([\d,]+)亩，亩均(\d+)(元|万元)）")
    m2 = run.m(r"栽植费([\d,.]+)万元（([\d,]+)亩，亩均(\d+)(元|万元)）")
    s3 = run.n(r"工程监理及管护费([\d,.]+)万元")
    run.product(Num(m1.group(1)), Num(m1.group(2)), Num(m1.group(3)), m1.group(4), "沙障铺设费")
    run.product(Num(m2.group(1)), Num(m2.group(2)), Num(m2.group(3)), m2.group(4), "栽植费")
    run.sum_of(spent, [Num(m1.group(1)), Num(m2.group(1)), s3], "支出构成 = 全年执行")
    run.year_after(run.s(r"结转至(\d{4})年"), Y, "结余结转")
    # indicators
    _, irows = read_table(t, "一级指标｜", "bar")
    ind, total = indicator_checks(run, irows, "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    run.same(Num(ind["预算执行率"]["实际完成值"]), rate, "执行率 indicator/funds")
    goal = run.n(r"完成草方格沙障(\d+)万亩以上")
    o = run.m(r"全年设置草方格沙障([\d,]+)亩，即([\d.]+)万亩，完成年度任务的([\d.]+%)")
    area, area_w, comp = Num(o.group(1)), Num(o.group(2)), Num(o.group(3))
    run.approx("conflicting_values", area, area_w.v * 10000, "31,200亩 = 3.12万亩")
    run.approx("completion_mismatch", comp, area.v / (goal.v * 10000) * 100, "沙障完成率")
    run.same(area_w, Num(ind["设置草方格沙障面积"]["实际完成值"]), "沙障面积 text/table")
    towns = run.m(r"其中独贵塔拉镇([\d,]+)亩、锡尼镇([\d,]+)亩、呼和木独镇([\d,]+)亩，三镇平均每镇([\d,]+)亩")
    parts = [Num(towns.group(i)) for i in (1, 2, 3)]
    run.sum_of(area, parts, "三镇面积之和")
    run.average(Num(towns.group(4)), parts, "三镇平均")
    run.same(run.n(r"沙障内栽植沙柳、柠条([\d,]+)亩"), Num(ind["沙障内栽植灌木面积"]["实际完成值"]), "灌木面积")
    run.same(Num(m2.group(2)), Num(ind["沙障内栽植灌木面积"]["实际完成值"]), "栽植费 area")
    run.same(run.n(r"沙障验收合格率([\d.]+%)"), Num(ind["沙障验收合格率"]["实际完成值"]), "合格率")
    run.same(run.n(r"灌木造林成活率为([\d.]+%)"), Num(ind["灌木造林成活率"]["实际完成值"]), "成活率")
    run.same(Num(m1.group(3)), Num(ind["沙障亩均成本"]["实际完成值"]), "亩均成本")
    done = run.m(r"工程于(\d+)月(\d+)日全部完工")
    tdate = parse_date(ind["工程完工时间"]["实际完成值"])
    if tdate:
        run.check("conflicting_values", tdate[1:] == (int(done.group(1)), int(done.group(2))), "完工日期")
    run.same(run.n(r"6%左右提高到(\d+%)"), Num(ind["治理区植被盖度"]["实际完成值"]), "植被盖度")
    run.same(run.n(r"务工([\d,]+)人次"), Num(ind["吸纳农牧民务工"]["实际完成值"]), "务工人次")
    run.same(run.n(r"劳务报酬([\d.]+)万元"), Num(ind["农牧民务工劳务收入"]["实际完成值"]), "劳务报酬")
    sat = run.n(r"满意度为([\d.]+%)")
    run.plausible(sat, "满意度")
    run.same(sat, Num(ind["项目区农牧民满意度"]["实际完成值"]), "满意度")
    cl = run.m(r"项目全年预算([\d,.]+)万元，执行([\d,.]+)万元，完成草方格沙障([\d.]+)万亩、栽植灌木([\d,]+)亩")
    run.same(Num(cl.group(1)), annual, "结论 全年预算")
    run.same(Num(cl.group(2)), spent, "结论 执行")
    run.same(Num(cl.group(3)), area_w, "结论 沙障")
    run.same(Num(cl.group(4)), Num(m2.group(2)), "结论 灌木")
    g = run.m(r"本项目得分(\d+(?:\.\d+)?)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    run.same(Num(g.group(1)), total, "总分 text/table")
    run.grade(Num(g.group(1)), g.group(2), "等级")
    run.check("year_mismatch", int(run.s(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")


def check_jingtai(run):
    t = run.text
    Y = int(run.s(r"^[^\n]*\n(\d{4})年度沙化土地封禁保护区建设项目绩效自评报告"))
    run.year_is(Y, 2019, "title year")
    run.year_is(run.s(r"附件：(\d{4})年度"), Y, "附件 year")
    hdr, frows = read_table(t, "项目\t行次", "tab")
    rows = {r["项目"]: r for r in frows}
    srcs = ["中央资金", "省级资金", "县级资金", "上年结转", "其他资金"]

    def cell(row, col):
        v = rows[row][col]
        return Num(v) if v else Num("0")

    for row in ["年初预算数", "全年预算数", "实际到位数", "全年执行数"]:
        run.sum_of(cell(row, "合计"), [cell(row, s) for s in srcs], f"{row} 合计")
    for col in ["合计"] + srcs:
        for rrow, num_row in (("到位率(%)", "实际到位数"), ("执行率(%)", "全年执行数")):
            stated = rows[rrow][col]
            den = cell("全年预算数", col)
            if den.v == 0:
                if stated and Num(stated).v != 0:
                    run.fail("implausible_rate", f"{col} {rrow} {stated} on a zero budget")
                continue
            st = Num(stated)
            run.plausible(st, f"{col} {rrow}")
            run.rate(st, cell(num_row, col), den, f"{col} {rrow}")
    init = run.m(r"批复项目预算([\d.]+)万元，包括中央资金(\d+)万元、县级配套(\d+)万元和(\d{4})年结转的中央资金([\d.]+)万元")
    run.sum_of(Num(init.group(1)), [Num(init.group(i)) for i in (2, 3, 5)], "年初预算构成")
    run.check("year_mismatch", int(init.group(4)) < Y, "上年结转 year")
    run.same(Num(init.group(1)), cell("年初预算数", "合计"), "年初 text/table")
    run.same(Num(init.group(2)), cell("年初预算数", "中央资金"), "中央 text/table")
    run.same(Num(init.group(3)), cell("年初预算数", "县级资金"), "县级 text/table")
    run.same(Num(init.group(5)), cell("年初预算数", "上年结转"), "结转 text/table")
    adj = run.m(r"追加省级资金(\d+)万元，全年预算调整为([\d.]+)万元")
    run.sum_of(Num(adj.group(2)), [Num(init.group(1)), Num(adj.group(1))], "全年 = 年初 + 追加")
    run.same(Num(adj.group(1)), cell("全年预算数", "省级资金"), "省级 text/table")
    run.same(Num(adj.group(2)), cell("全年预算数", "合计"), "全年 text/table")
    rc = run.m(r"县级配套到位(\d+)万元，项目资金到位率([\d.]+%)")
    run.same(Num(rc.group(1)), cell("实际到位数", "县级资金"), "县级到位 text/table")
    run.same(Num(rc.group(2)), Num(rows["到位率(%)"]["合计"]), "到位率 text/table")
    run.rate(Num(rc.group(2)), cell("实际到位数", "合计"), cell("全年预算数", "合计"), "到位率 text")
    sp = run.m(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    spent = Num(sp.group(1))
    run.same(spent, cell("全年执行数", "合计"), "执行 text/table")
    run.same(Num(sp.group(2)), Num(rows["执行率(%)"]["合计"]), "执行率 text/table")
    run.rate(Num(sp.group(2)), spent, cell("全年预算数", "合计"), "执行率 text")
    run.approx("balance_mismatch", run.n(r"年末结余([\d.]+)万元"),
               cell("实际到位数", "合计").v - cell("全年执行数", "合计").v, "年末结余")
    run.year_after(run.s(r"结转至(\d{4})年"), Y, "结余结转")
    unrecv = run.n(r"县级配套资金(\d+)万元未到位")
    run.approx("balance_mismatch", unrecv,
               cell("全年预算数", "县级资金").v - cell("实际到位数", "县级资金").v, "县级未到位")
    # spending
    s = run.m(r"网围栏([\d.]+)万元；管护站(\d)座，每座([\d.]+)万元，计([\d.]+)万元；界碑(\d+)座、警示牌(\d+)块共([\d.]+)万元；"
              r"护林员劳务费([\d.]+)万元（(\d+)人，人均年报酬([\d,]+)(元|万元)）；视频监控和无人机巡护设备([\d.]+)万元；"
              r"草方格沙障([\d,]+)亩，亩均([\d,]+)(元|万元)，计([\d.]+)万元；人工补播灌草([\d.]+)万元")
    g = lambda i: Num(s.group(i))
    run.product(g(4), g(2), g(3), "万元", "管护站")
    run.product(g(8), g(9), g(10), s.group(11), "护林员劳务费")
    run.product(g(16), g(13), g(14), s.group(15), "草方格沙障")
    run.sum_of(spent, [g(1), g(4), g(7), g(8), g(12), g(16), g(17)], "支出构成 = 全年支出")
    # indicators
    _, irows = read_table(t, "一级指标\t二级指标", "tab")
    ind, total = indicator_checks(run, irows, "三级指标", "年度指标值", "实际完成值", "分值", "得分", "完成率")
    run.same(Num(ind["预算执行率"]["实际完成值"]), Num(sp.group(2)), "执行率 indicator/text")
    fence = run.m(r"新建网围栏([\d.]+)公里，其中喜泉镇([\d.]+)公里、寺滩乡([\d.]+)公里、草窝滩镇([\d.]+)公里，平均每个乡镇([\d.]+)公里")
    fl = Num(fence.group(1))
    fparts = [Num(fence.group(i)) for i in (2, 3, 4)]
    run.sum_of(fl, fparts, "围栏分乡镇之和")
    run.average(Num(fence.group(5)), fparts, "围栏乡镇平均")
    run.same(fl, Num(ind["新建网围栏长度"]["实际完成值"]), "围栏长度 text/table")
    per_km = run.m(r"每公里造价([\d.]+)万元，低于([\d.]+)万元")
    run.same(Num(per_km.group(1)), Num(ind["网围栏每公里造价"]["实际完成值"]), "每公里造价")
    run.same(Num(per_km.group(2)), Num(target_parts(ind["网围栏每公里造价"]["年度指标值"])[1]), "造价标准")
    run.product(g(1), fl, Num(per_km.group(1)), "万元", "网围栏费用")
    run.sum_of(run.n(r"设立界碑和警示牌(\d+)处"), [g(5), g(6)], "界碑+警示牌")
    area = run.n(r"完成封禁保护面积(\d+)万亩")
    run.same(area, Num(ind["封禁保护面积"]["实际完成值"]), "封禁面积")
    run.same(run.n(r"据秋季监测，封禁区植被盖度比上年提高([\d.]+)个百分点"), Num(ind["封禁区植被盖度提高"]["实际完成值"]), "盖度")
    guards = run.n(r"聘用护林员(\d+)人")
    run.same(guards, Num(ind["聘用当地护林员"]["实际完成值"]), "护林员 text/table")
    run.same(guards, g(9), "护林员 人数")
    sat = run.n(r"农牧民200户，满意度([\d.]+%)")
    run.plausible(sat, "满意度")
    run.same(sat, Num(ind["周边群众满意度"]["实际完成值"]), "满意度")
    cl = run.m(r"项目全年执行资金([\d.]+)万元，完成封禁保护(\d+)万亩，新建围栏([\d.]+)公里、管护站(\d)座，"
               r"自评得分([\d.]+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    run.same(Num(cl.group(1)), spent, "结论 执行")
    run.same(Num(cl.group(2)), area, "结论 封禁面积")
    run.same(Num(cl.group(3)), fl, "结论 围栏")
    run.same(Num(cl.group(4)), g(2), "结论 管护站")
    run.same(Num(cl.group(5)), total, "总分 text/table")
    run.grade(Num(cl.group(5)), cl.group(6), "等级")
    run.check("year_mismatch", int(run.s(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")


def check_hongsibao(run):
    t = run.text
    Y = int(run.s(r"^[^\n]*\n(\d{4})年度三北防护林"))
    run.year_is(Y, 2023, "title year")
    run.year_is(run.s(r"（(\d{4})年度）"), Y, "自评表 year")
    _, frows = read_table(t, "资金来源  ", "space")
    f = funds_rows_checks(run, frows, "资金来源",
                          ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余"],
                          "全年预算数", "全年执行数", "执行率", "结余", "实际到位数")
    tot = f["合计"]
    b = run.m(r"年初预算(\d+)万元，由中央、自治区和区级财政按批复比例共同安排；9月自治区追加(\d+)万元，全年预算(\d+)万元，年内全部到位")
    init, add, annual = Num(b.group(1)), Num(b.group(2)), Num(b.group(3))
    run.sum_of(annual, [init, add], "全年 = 年初 + 追加")
    run.same(init, Num(tot["年初预算数"]), "年初 text/table")
    run.same(annual, Num(tot["全年预算数"]), "全年 text/table")
    run.approx("sum_mismatch", add, Num(f["自治区财政资金"]["全年预算数"]).v
               - Num(f["自治区财政资金"]["年初预算数"]).v, "追加 = 自治区 全年 - 年初")
    run.rate(Num("100%"), Num(tot["实际到位数"]), Num(tot["全年预算数"]), "年内全部到位")
    e = run.m(r"截至(\d{4})年12月31日，累计支出([\d.]+)万元，预算执行率([\d.]+%)")
    run.year_is(e.group(1), Y, "截至 date")
    spent, rate = Num(e.group(2)), Num(e.group(3))
    run.same(spent, Num(tot["全年执行数"]), "执行 text/table")
    run.same(rate, Num(tot["执行率"]), "执行率 text/table")
    run.rate(rate, spent, annual, "执行率 text")
    run.plausible(rate, "执行率")
    bal = run.m(r"未支出的([\d.]+)万元已申请结转至(\d{4})年")
    run.approx("balance_mismatch", Num(bal.group(1)), annual.v - spent.v, "结转金额")
    run.year_after(bal.group(2), Y, "结转 year")
    sp = run.m(r"造林工程([\d.]+)万元（([\d,]+)亩，亩均([\d,]+)(元|万元)）；滴灌管网([\d.]+)万元；设计、监理费([\d.]+)万元；管护费([\d.]+)万元")
    run.product(Num(sp.group(1)), Num(sp.group(2)), Num(sp.group(3)), sp.group(4), "造林工程")
    run.sum_of(spent, [Num(sp.group(i)) for i in (1, 5, 6, 7)], "支出构成 = 累计支出")
    _, irows = read_table(t, "一级指标    ", "space")
    ind, total = indicator_checks(run, irows, "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    run.same(Num(ind["预算执行率"]["实际完成值"]), rate, "执行率 indicator/text")
    goal = run.m(r"新植防护林带([\d,]+)亩、林带长度(\d+)公里以上")
    run.same(Num(goal.group(1)), Num(target_parts(ind["新植防护林带面积"]["年度指标值"])[1]), "面积目标")
    run.same(Num(goal.group(2)), Num(target_parts(ind["新植林带长度"]["年度指标值"])[1]), "长度目标")
    o = run.m(r"新植防护林带([\d,]+)亩，完成计划的([\d.]+%)，其中大河乡([\d,]+)亩、新庄集乡([\d,]+)亩、柳泉乡([\d,]+)亩")
    area = Num(o.group(1))
    run.approx("completion_mismatch", Num(o.group(2)), area.v / Num(goal.group(1)).v * 100, "造林完成率")
    run.sum_of(area, [Num(o.group(i)) for i in (3, 4, 5)], "乡镇面积之和")
    run.same(area, Num(ind["新植防护林带面积"]["实际完成值"]), "面积 text/table")
    run.same(area, Num(sp.group(2)), "面积 text/支出")
    ln = run.m(r"林带长度([\d.]+)公里，三个乡镇分别为([\d.]+)公里、([\d.]+)公里、([\d.]+)公里，平均每个乡镇([\d.]+)公里")
    lparts = [Num(ln.group(i)) for i in (2, 3, 4)]
    run.sum_of(Num(ln.group(1)), lparts, "林带长度之和")
    run.average(Num(ln.group(5)), lparts, "乡镇平均长度")
    run.same(Num(ln.group(1)), Num(ind["新植林带长度"]["实际完成值"]), "长度 text/table")
    run.same(run.n(r"造林成活率([\d.]+%)。"), Num(ind["造林成活率"]["实际完成值"]), "成活率")
    cost = run.n(r"亩均造林成本([\d,]+)元")
    run.same(cost, Num(ind["亩均造林成本"]["实际完成值"]), "亩均成本 text/table")
    run.same(cost, Num(sp.group(3)), "亩均成本 text/支出")
    run.same(run.n(r"衔接后，庇护农田([\d.]+)万亩"), Num(ind["林网庇护农田面积"]["实际完成值"]), "庇护农田")
    run.same(run.n(r"吸纳当地群众务工(\d+)人次"), Num(ind["带动群众务工"]["实际完成值"]), "务工")
    sat = run.n(r"受益群众满意度为(\d+%)")
    run.plausible(sat, "满意度")
    run.same(sat, Num(ind["受益群众满意度"]["实际完成值"]), "满意度")
    cl = run.m(r"本项目全年预算(\d+)万元，执行([\d.]+)万元，新植防护林带([\d,]+)亩，自评得分(\d+)分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    run.same(Num(cl.group(1)), annual, "结论 预算")
    run.same(Num(cl.group(2)), spent, "结论 执行")
    run.same(Num(cl.group(3)), area, "结论 面积")
    run.same(Num(cl.group(4)), total, "总分 text/table")
    run.grade(Num(cl.group(4)), cl.group(5), "等级")
    run.check("year_mismatch", int(run.s(r"\n(\d{4})年\d+月\s*$")) >= Y, "report date")


def check_gonghe(run):
    Y = int(run.s(r"^共和县林业局(\d{4})年度部门整体支出绩效自评报告"))
    run.year_is(Y, 2018, "title year")
    b = run.m(r"(\d{4})年年初预算([\d,.]+)万元，年内追加([\d,.]+)万元，全年预算([\d,.]+)万元，资金全部到位")
    run.year_is(b.group(1), Y, "budget year")
    init, add, annual = Num(b.group(2)), Num(b.group(3)), Num(b.group(4))
    run.sum_of(annual, [init, add], "全年 = 年初 + 追加")
    k = run.m(r"基本支出([\d,.]+)万元，其中人员经费([\d,.]+)万元、公用经费([\d,.]+)万元；项目支出([\d,.]+)万元，其中中央资金([\d,.]+)万元、省级资金([\d,.]+)万元")
    basic, proj = Num(k.group(1)), Num(k.group(4))
    run.sum_of(basic, [Num(k.group(2)), Num(k.group(3))], "基本支出构成")
    run.sum_of(proj, [Num(k.group(5)), Num(k.group(6))], "项目支出资金来源")
    run.sum_of(annual, [basic, proj], "全年 = 基本 + 项目")
    e = run.m(r"全年实际支出([\d,.]+)万元，部门整体预算执行率([\d.]+%)，高于(\d{4})年的")
    spent, rate = Num(e.group(1)), Num(e.group(2))
    run.check("year_mismatch", int(e.group(3)) == Y - 1, "上年 comparison year")
    run.rate(rate, spent, annual, "部门执行率")
    run.plausible(rate, "部门执行率")
    pe = run.n(r"项目支出执行([\d,.]+)万元：")
    run.sum_of(spent, [basic, pe], "实际支出 = 基本(全部执行) + 项目执行")
    p = run.m(r"封禁保护区项目预算([\d,.]+)万元、执行([\d,.]+)万元，龙羊峡库区防沙治沙项目预算([\d,.]+)万元、执行([\d,.]+)万元，"
              r"三北防护林五期工程预算([\d,.]+)万元、执行([\d,.]+)万元，执行率分别为([\d.]+%)、([\d.]+%)和([\d.]+%)，三个项目平均执行率([\d.]+%)")
    g = lambda i: Num(p.group(i))
    run.sum_of(proj, [g(1), g(3), g(5)], "项目预算之和")
    run.sum_of(pe, [g(2), g(4), g(6)], "项目执行之和")
    for r_i, n_i, d_i in ((7, 2, 1), (8, 4, 3), (9, 6, 5)):
        run.rate(g(r_i), g(n_i), g(d_i), f"项目执行率 {r_i - 6}")
        run.plausible(g(r_i), "项目执行率")
    run.average(g(10), [g(7), g(8), g(9)], "三个项目平均执行率")
    c = run.m(r"年末结转资金([\d,.]+)万元，全部结转至(\d{4})年使用")
    run.approx("balance_mismatch", Num(c.group(1)), annual.v - spent.v, "结转资金 (全部到位)")
    run.year_after(c.group(2), Y, "结转 year")
    s3 = run.m(r"“三公”经费支出([\d.]+)万元，比上年的([\d.]+)万元下降([\d.]+%)")
    run.approx("rate_mismatch", Num(s3.group(3)), (1 - Num(s3.group(1)).v / Num(s3.group(2)).v) * 100, "三公下降率")
    adv = run.m(r"中央资金中有(\d+)万元为(\d{4})年12月提前下达的(\d{4})年预算指标")
    run.check("year_mismatch", int(adv.group(2)) == Y - 1 and int(adv.group(3)) == Y, "提前下达 years")
    fj = run.n(r"年内完成封禁保护面积(\d+)万亩")
    sz = run.m(r"计划设置草方格沙障([\d.]+)万亩，实际完成([\d.]+)万亩，完成率([\d.]+%)")
    run.approx("completion_mismatch", Num(sz.group(3)), Num(sz.group(2)).v / Num(sz.group(1)).v * 100, "沙障完成率")
    sb = run.m(r"计划人工造林([\d.]+)万亩，实际完成([\d.]+)万亩，完成率([\d.]+%)")
    run.approx("completion_mismatch", Num(sb.group(3)), Num(sb.group(2)).v / Num(sb.group(1)).v * 100, "造林完成率")
    w = run.m(r"满分(\d+)分，其中预算执行率(\d+)分、产出指标(\d+)分（数量指标(\d+)分、质量指标(\d+)分、时效指标(\d+)分、成本指标(\d+)分）、效益指标(\d+)分、满意度指标(\d+)分")
    W = lambda i: Num(w.group(i))
    run.approx("weight_sum_mismatch", W(1), W(2).v + W(3).v + W(8).v + W(9).v, "一级权重之和")
    run.approx("weight_sum_mismatch", W(3), sum(W(i).v for i in (4, 5, 6, 7)), "产出二级权重之和")
    sc_exec = run.n(r"预算执行率按执行率折算得([\d.]+)分")
    sc_out = run.n(r"扣分后得([\d.]+)分")
    sc_ben = run.n(r"但造林效益尚未显现，得([\d.]+)分")
    survey = run.m(r"共发放问卷(\d+)份，收回(\d+)份，回收率([\d.]+%)，群众满意度([\d.]+%)")
    run.rate(Num(survey.group(3)), Num(survey.group(2)), Num(survey.group(1)), "问卷回收率")
    run.plausible(Num(survey.group(3)), "回收率")
    run.plausible(Num(survey.group(4)), "满意度")
    sc_sat = run.n(r"对报酬发放时间有意见，得([\d.]+)分")
    for sc, wt, nm in ((sc_exec, W(2), "执行"), (sc_out, W(3), "产出"), (sc_ben, W(8), "效益"), (sc_sat, W(9), "满意度")):
        run.check("score_exceeds_weight", 0 <= sc.v <= wt.v, f"{nm} score {sc.raw} vs weight {wt.raw}")
    if not matches(sc_exec, W(2).v * spent.v / annual.v):
        run.infos.append("score_rule (warning) 执行 score")
    tot = run.m(r"部门整体支出自评得分([\d.]+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    total = Num(tot.group(1))
    run.approx("score_sum_mismatch", total, sc_exec.v + sc_out.v + sc_ben.v + sc_sat.v, "总分 = 各项得分之和")
    run.check("score_exceeds_weight", total.v <= W(1).v, "total above 100")
    run.grade(total, tot.group(2), "等级")
    cl = run.m(r"我局部门全年预算([\d,.]+)万元，实际支出([\d,.]+)万元，完成封禁保护(\d+)万亩、草方格沙障([\d.]+)万亩、人工造林([\d.]+)万亩")
    run.same(Num(cl.group(1)), annual, "结论 全年预算")
    run.same(Num(cl.group(2)), spent, "结论 实际支出")
    run.same(Num(cl.group(3)), fj, "结论 封禁")
    run.same(Num(cl.group(4)), Num(sz.group(2)), "结论 沙障")
    run.same(Num(cl.group(5)), Num(sb.group(2)), "结论 造林")
    run.check("year_mismatch", int(run.s(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")


def check_yutian(run):
    t = run.text
    Y = int(run.s(r"^# 于田县林业和草原局(\d{4})年度"))
    run.year_is(Y, 2024, "title year")
    _, frows = read_table(t, "资金来源 |", "md")
    f = funds_rows_checks(run, frows, "资金来源", ["年初预算数", "全年预算数", "全年执行数", "结余"],
                          "全年预算数", "全年执行数", "执行率", "结余", "全年预算数")
    tot = f["合计"]
    b = run.m(r"(\d{4})年年初安排中央财政资金([\d,]+)万元、自治区财政资金(\d+)万元、县级财政资金(\d+)万元，加上(\d{4})年结转的([\d.]+)万元")
    run.year_is(b.group(1), Y, "budget year")
    run.check("year_mismatch", int(b.group(5)) == Y - 1, "上年结转 year")
    run.same(Num(b.group(2)), Num(f["中央财政资金"]["年初预算数"]), "中央 text/table")
    run.same(Num(b.group(3)), Num(f["自治区财政资金"]["年初预算数"]), "自治区 text/table")
    run.same(Num(b.group(4)), Num(f["县级财政资金"]["年初预算数"]), "县级 text/table")
    run.same(Num(b.group(6)), Num(f["上年结转资金"]["年初预算数"]), "结转 text/table")
    a = run.m(r"调减县级资金(\d+)万元，调整后全年预算([\d,.]+)万元")
    run.approx("sum_mismatch", Num(a.group(1)), Num(f["县级财政资金"]["年初预算数"]).v
               - Num(f["县级财政资金"]["全年预算数"]).v, "调减 = 县级 年初 - 全年")
    annual = Num(a.group(2))
    run.same(annual, Num(tot["全年预算数"]), "全年 text/table")
    sp = run.m(r"防风固沙林营造([\d,.]+)万元（([\d,]+)亩，亩均(\d+)(元|万元)）；草方格沙障铺设([\d,.]+)万元（([\d,]+)亩，亩均(\d+)(元|万元)）；"
               r"勘察设计和监理费([\d.]+)万元；苗木管护和灌溉费([\d.]+)万元")
    g = lambda i: Num(sp.group(i))
    run.product(g(1), g(2), g(3), sp.group(4), "造林费用")
    run.product(g(5), g(6), g(7), sp.group(8), "沙障费用")
    spent = Num(tot["全年执行数"])
    run.sum_of(spent, [g(1), g(5), g(9), g(10)], "用途之和 = 全年执行")
    c = run.m(r"年末未使用的([\d.]+)万元已结转至(\d{4})年")
    run.approx("balance_mismatch", Num(c.group(1)), annual.v - spent.v, "结转金额")
    run.same(Num(c.group(1)), Num(tot["结余"]), "结余 text/table")
    run.year_after(c.group(2), Y, "结转 year")
    _, irows = read_table(t, "一级指标 |", "md")
    ind, total = indicator_checks(run, irows, "三级指标", "年度指标值", "实际完成值", "分值", "得分", "完成率")
    run.same(Num(ind["预算执行率"]["实际完成值"]), Num(tot["执行率"]), "执行率 indicator/funds")
    goal = run.m(r"营造防风固沙林([\d.]+)万亩以上、铺设草方格沙障([\d.]+)万亩以上")
    o = run.m(r"全年营造防风固沙林([\d,]+)亩（即([\d.]+)万亩），其中加依乡([\d,]+)亩、托格日尕孜乡([\d,]+)亩、英巴格乡([\d,]+)亩，三个乡平均([\d,]+)亩")
    area = Num(o.group(1))
    run.approx("conflicting_values", area, Num(o.group(2)).v * 10000, "25,200亩 = 2.52万亩")
    parts = [Num(o.group(i)) for i in (3, 4, 5)]
    run.sum_of(area, parts, "乡镇造林面积之和")
    run.average(Num(o.group(6)), parts, "三个乡平均")
    run.same(area, g(2), "造林面积 text/支出")
    run.same(Num(o.group(2)), Num(ind["防风固沙林营造面积"]["实际完成值"]), "造林面积 text/table")
    sz = run.m(r"铺设草方格沙障([\d,]+)亩，较计划少([\d,]+)亩")
    run.approx("sum_mismatch", Num(sz.group(2)), Num(goal.group(2)).v * 10000 - Num(sz.group(1)).v, "较计划少")
    run.same(Num(sz.group(1)), g(6), "沙障面积 text/支出")
    run.approx("conflicting_values", Num(sz.group(1)), Num(ind["草方格沙障铺设面积"]["实际完成值"]).v * 10000, "沙障面积 text/table")
    run.same(run.n(r"造林成活率([\d.]+%)。"), Num(ind["造林成活率"]["实际完成值"]), "成活率")
    done = parse_date(run.s(r"工程于(\d{4}年\d+月\d+日)全部完工"))
    tdate = parse_date(ind["项目完工时间"]["实际完成值"])
    if tdate:
        run.check("conflicting_values", tdate == done, "完工日期")
    run.same(g(7), Num(ind["草方格沙障亩均成本"]["实际完成值"]), "沙障亩均成本 text/table")
    run.same(run.n(r"提高到([\d.]+%)，略低于目标"), Num(ind["治理区植被覆盖度"]["实际完成值"]), "覆盖度")
    run.same(run.n(r"新建林带庇护农田([\d.]+)万亩"), Num(ind["林带庇护农田面积"]["实际完成值"]), "庇护农田")
    run.same(run.n(r"带动当地农民务工([\d,]+)人次"), Num(ind["带动农民务工"]["实际完成值"]), "务工")
    sat = run.n(r"群众满意度([\d.]+%)。")
    run.plausible(sat, "满意度")
    run.same(sat, Num(ind["项目区群众满意度"]["实际完成值"]), "满意度")
    cl = run.m(r"项目全年预算([\d,.]+)万元，执行([\d,.]+)万元，营造防风固沙林([\d.]+)万亩、铺设草方格沙障([\d.]+)万亩，"
               r"自评得分([\d.]+)分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    run.same(Num(cl.group(1)), annual, "结论 预算")
    run.same(Num(cl.group(2)), spent, "结论 执行")
    run.same(Num(cl.group(3)), Num(o.group(2)), "结论 造林")
    run.approx("conflicting_values", Num(sz.group(1)), Num(cl.group(4)).v * 10000, "结论 沙障")
    run.same(Num(cl.group(5)), total, "总分 text/table")
    run.grade(Num(cl.group(5)), cl.group(6), "等级")
    run.check("year_mismatch", int(run.s(r"\n(\d{4})年\d+月\d+日\s*$")) >= Y, "report date")


CHECKERS = {
    "nm-hangjin-shazhang-2021": check_hangjin,
    "gs-jingtai-fengjin-2019": check_jingtai,
    "nx-hongsibao-fanghulin-2023": check_hongsibao,
    "qh-gonghe-linyeju-2018": check_gonghe,
    "xj-yutian-fangfenggusha-2024": check_yutian,
}

# changed figures that legitimately occur more than once in the clean draft (as other quantities)
REPEAT_OK = {
    # 60.00 is also the 全年预算数 and 实际到位数 of the same row (different quantities, not edited)
    "nx-hongsibao-fanghulin-2023-e6.txt": ("60.00",),
}


def run_checks(source, text):
    run = Run(text)
    try:
        CHECKERS[source](run)
    except StructureError as exc:
        run.fail("STRUCTURE", str(exc))
    return run


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def changed_token(clean, start, end):
    """The whole number token of the clean draft around the changed region (or None)."""
    i, j = start, end
    while i > 0 and re.match(r"[\d.,]", clean[i - 1]):
        i -= 1
    while j < len(clean) and re.match(r"[\d.,]", clean[j]):
        j += 1
    tok = clean[i:j].strip(".,")
    if re.fullmatch(r"\d{4}", tok) and clean[j:j + 1] == "年":
        return None          # a year: checked by year_mismatch, not a figure
    return tok if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", tok) else None


def count_token(text, tok):
    return len(re.findall(r"(?<![\d.,])" + re.escape(tok) + r"(?![\d]|\.\d|,\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    try:
        sys.dont_write_bytecode = True
        sys.path.insert(0, HERE)
        from build import WHERE
    except Exception:
        WHERE = {}
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        run = run_checks(src, text)
        failing = sorted({c for c, _ in run.fails})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if run.fails:
                problems.append(f"{name}: clean draft fails {run.fails}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            print(f"{name:44s} clean  checks pass  ({n} chars{', ' + str(len(run.infos)) + ' score-rule notes' if run.infos else ''})")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES:
            problems.append(f"{name}: unknown code {code}")
            continue
        if exp.get("severity") != "error":
            problems.append(f"{name}: severity must be error")
        counts[code] += 1
        where[WHERE.get(name, "prose")] = where.get(WHERE.get(name, "prose"), 0) + 1
        if value not in text:
            problems.append(f"{name}: label value not in case: {value!r}")
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        p, ce, ee = diff_region(clean, text)
        if p >= ee and p >= ce:
            problems.append(f"{name}: identical to its clean draft")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(ee, p + 1) and o + len(value) > p for o in occ):
            problems.append(f"{name}: the edit [{p},{ee}) does not overlap the label value")
        tok = changed_token(clean, p, ce)
        if tok and ("." in tok or len(tok.replace(",", "")) >= 3) and code != "conflicting_values":
            c = count_token(clean, tok)
            if c != 1 and tok not in REPEAT_OK.get(name, ()):
                problems.append(f"{name}: changed figure {tok} occurs {c} times in the clean draft")
        if tok and code == "conflicting_values":
            pass
        if code not in failing:
            problems.append(f"{name}: labelled {code} does not fail (fails: {failing})")
        others = [f for f in run.fails if f[0] != code]
        if others:
            problems.append(f"{name}: other checks fail too: {others}")
        print(f"{name:44s} {code:22s} fails as labelled" + ("" if not others else "  + OTHERS"))
    for c, k in counts.items():
        if k < 2:
            problems.append(f"code {c} used {k} times (< 2)")
    print("per code:", ", ".join(f"{c}={k}" for c, k in counts.items()))
    print("where:", where)
    if problems:
        print("\nPROBLEMS:")
        for pr in problems:
            print(" -", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
