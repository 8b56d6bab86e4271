#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels.jsonl lists 35 cases; every case file exists; every label value occurs in its case.
2. Every error case differs from its clean draft in one short contiguous place that overlaps the
   label value.
3. Every code of errors.md §A (the 13 error codes) is used at least twice.
4. The arithmetic of every draft is recomputed with decimal.Decimal and the tolerance of
   rules.md §8: a clean draft must pass every check; an error case must fail the labelled code
   and no other error-level code.
Prints OK at the end.
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

NUM = r"(\d+(?:\.\d+)?)"


# ----------------------------------------------------------------------------- helpers
def dec_places(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: stated value with d decimals matches computed iff |c - v| <= 0.5*10^-d."""
    v = D(str(stated))
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -dec_places(stated)) + D("1e-9")


SCALE = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def wan(num, unit):
    """Amount in 万元."""
    return D(num) * SCALE[unit]


class Checker:
    """Collects failing codes for one text."""

    def __init__(self, text):
        self.text = text
        self.failed = set()

    def fail(self, code, why):
        self.failed.add(code)
        if os.environ.get("VERBOSE"):
            print(f"    fail {code}: {why}")

    def one(self, pattern, group=1):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise AssertionError(f"pattern {pattern!r} matched {len(ms)} times")
        m = ms[0]
        return m.group(group) if isinstance(group, int) else m.group(*group)

    def groups(self, pattern):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise AssertionError(f"pattern {pattern!r} matched {len(ms)} times")
        return ms[0].groups()

    # ---- generic identities
    def rate(self, stated, num, den, what):
        """stated: string of the percent number; num/den Decimals (same unit)."""
        if D(stated) > 100:
            self.fail("implausible_rate", f"{what}: {stated}% > 100%")
            return
        if den == 0:
            return
        if not consistent(stated, D(num) / D(den) * 100):
            self.fail("rate_mismatch", f"{what}: {stated}% vs {D(num) / D(den) * 100:.4f}%")

    def equal(self, a, b, code, what):
        """a stated (string) compared with b (stated string or Decimal)."""
        if isinstance(b, str):
            ok = D(a) == D(b) or consistent(a, D(b)) or consistent(b, D(a))
        else:
            ok = consistent(a, b)
        if not ok:
            self.fail(code, f"{what}: {a} vs {b}")

    def money_sum(self, total, parts, what):
        """total, parts: (num, unit) pairs. A unit slip of 10^4 / 10^8 on one amount -> unit_mismatch."""
        tvals = wan(*total)
        pvals = [wan(*p) for p in parts]
        if abs(tvals - sum(pvals)) <= D("0.005") * SCALE[total[1]] + D("1e-9"):
            return
        for f in (D(10000), D("0.0001"), D(100000000), D("0.00000001")):
            for i in range(len(pvals)):
                alt = pvals[:i] + [pvals[i] * f] + pvals[i + 1:]
                if abs(tvals - sum(alt)) <= D("0.005") + D("1e-9"):
                    self.fail("unit_mismatch", f"{what}: part {parts[i]} off by {f}")
                    return
            if abs(tvals * f - sum(pvals)) <= D("0.005") + D("1e-9"):
                self.fail("unit_mismatch", f"{what}: total {total} off by {f}")
                return
        self.fail("sum_mismatch", f"{what}: {total} vs {sum(pvals)}")

    def balance(self, stated, a, b, what):
        if not consistent(stated, D(a) - D(b)):
            self.fail("balance_mismatch", f"{what}: {stated} vs {D(a) - D(b)}")

    def average(self, stated, values, what, count=None):
        n = count if count is not None else len(values)
        avg = sum(D(v) for v in values) / n
        if not consistent(stated, avg):
            self.fail("average_mismatch", f"{what}: {stated} vs {avg:.4f}")

    def grade(self, total, word, what):
        t = D(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        w = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
             "合格": "中", "差": "差", "较差": "差", "不合格": "差"}[word]
        if w != band:
            self.fail("grade_mismatch", f"{what}: {total} is {band}, stated {word}")

    def year_after(self, y, year, what):
        if int(y) <= year:
            self.fail("year_mismatch", f"{what}: {y} not after {year}")

    def year_is(self, y, year, what):
        if int(y) != year:
            self.fail("year_mismatch", f"{what}: {y} != {year}")


# ---------------------------------------------------------------- indicator table checks
VAL = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*" + NUM + r"\s*(.*)$")


def parse_val(cell):
    cell = cell.strip()
    if re.search(r"\d{4}年\d{1,2}月", cell):
        return None  # a date
    m = VAL.match(cell)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte"}.get(sign, "eq")
    return direction, D(num), unit.strip()


def completion(target, actual):
    direction, t, _ = target
    a = actual[1]
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return a / t * 100


def check_indicators(c, rows, name_i, tgt_i, act_i, w_i, s_i, rate_i=None):
    """Per-row checks; returns (sum of weights, sum of scores)."""
    ws, ss = D(0), D(0)
    for r in rows:
        w, s = D(r[w_i]), D(r[s_i])
        ws += w
        ss += s
        if s > w or s < 0:
            c.fail("score_exceeds_weight", f"{r[name_i]}: score {s} > weight {w}")
        tv, av = parse_val(r[tgt_i]), parse_val(r[act_i])
        if av and av[2] == "%" and av[1] > 100 and ("率" in r[name_i] or "满意" in r[name_i]):
            c.fail("implausible_rate", f"{r[name_i]}: {r[act_i]}")
        if tv and av:
            if tv[2] != av[2]:
                c.fail("unit_mismatch", f"{r[name_i]}: {r[tgt_i]} vs {r[act_i]}")
                continue
            if rate_i is not None and r[rate_i].endswith("%"):
                comp = completion(tv, av)
                stated = r[rate_i].rstrip("%")
                if comp is None or not consistent(stated, comp):
                    c.fail("completion_mismatch", f"{r[name_i]}: {r[rate_i]} vs {comp}")
        elif (tv is None) != (av is None) and rate_i is not None and r[rate_i].endswith("%"):
            c.fail("unit_mismatch", f"{r[name_i]}: {r[tgt_i]} vs {r[act_i]}")
    return ws, ss


def table_rows(text, splitter, first_cells, ncells):
    out = []
    for line in text.splitlines():
        cells = splitter(line)
        if cells and cells[0] in first_cells and len(cells) == ncells:
            out.append(cells)
    return out


def bar(line):
    return [x.strip() for x in line.split("｜")] if "｜" in line else []


def tab(line):
    return [x.strip() for x in line.split("\t")] if "\t" in line else []


def spaces(line):
    return [x for x in re.split(r" {2,}", line.strip())] if "  " in line.strip() else []


def md(line):
    line = line.strip()
    if not line.startswith("|"):
        return []
    return [x.strip() for x in line.strip("|").split("|")]


def row_by_name(rows, name):
    found = [r for r in rows if r[0] == name]
    if len(found) != 1:
        raise AssertionError(f"row {name!r}: {len(found)} found")
    return found[0]


def funds_block(c, rows, names, cols, rate_col=None, exec_col=None, budget_col=None):
    """Σ components = total for each amount column; per-row execution rate."""
    total, parts = rows[names[0]], [rows[n] for n in names[1:]]
    for k in cols:
        c.money_sum((total[k], "万元"), [(p[k], "万元") for p in parts], f"funds column {k}")
    if rate_col is not None:
        for n in names:
            r = rows[n]
            if r[rate_col].endswith("%"):
                c.rate(r[rate_col].rstrip("%"), D(r[exec_col]), D(r[budget_col]), f"{n} 执行率")


# ------------------------------------------------------------------------ per-draft checks
LEVELS = {"产出指标", "效益指标", "满意度指标", "预算执行"}


def check_sangzhi(t):
    c, Y = Checker(t), 2023
    rows = {r[0]: r for r in table_rows(t, bar, {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"}, 7)}
    names = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    funds_block(c, rows, names, [1, 2, 3], rate_col=5, exec_col=3, budget_col=2)
    tot = rows["年度资金总额"]
    ind = table_rows(t, bar, LEVELS, 9)
    ws, ss = check_indicators(c, ind, 2, 3, 4, 6, 7, rate_i=5)
    ew, es = D(tot[4]), D(tot[6])
    if es > ew:
        c.fail("score_exceeds_weight", "execution score")
    total_row = row_by_name(table_rows(t, bar, {"总分"}, 9), "总分")
    if ws + ew != D(total_row[6]) or ws + ew != 100:
        c.fail("weight_sum_mismatch", f"weights {ws + ew}")
    prose_total = c.one(r"自评总分" + NUM + "分")
    for s in (total_row[7], prose_total):
        c.equal(s, ss + es, "score_sum_mismatch", "total score")
    c.equal(c.one(r"满意度指标合计得分" + NUM + "分"), ss, "score_sum_mismatch", "indicator subtotal")
    c.equal(c.one(r"项目预算执行得分" + NUM + "分"), tot[6], "conflicting_values", "execution score text/table")
    c.grade(prose_total, c.one(r"评价等级为“(优|良|中|差)”"), "grade")
    # prose money
    init, carry = c.groups(r"年初预算" + NUM + r"万元（含上年结转资金" + NUM + r"万元）")
    c.equal(init, tot[1], "conflicting_values", "年初预算 text/table")
    c.equal(carry, rows["上年结转资金"][1], "conflicting_values", "结转 text/table")
    add, annual = c.groups(r"追加预算" + NUM + r"万元，调整后全年预算数为" + NUM + r"万元")
    c.money_sum((annual, "万元"), [(init, "万元"), (add, "万元")], "年初 + 追加")
    c.equal(annual, tot[2], "conflicting_values", "全年预算 text/table")
    spent, rate = c.groups(r"项目累计支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.equal(spent, tot[3], "conflicting_values", "执行 text/table")
    c.rate(rate, D(spent), D(annual), "prose 执行率")
    b1, s1, b2, s2, avg = c.groups(r"国家站设备更换预算" + NUM + r"万元，支出" + NUM + r"万元；区域站升级改造预算" + NUM
                                   + r"万元，支出" + NUM + r"万元，平均每站" + NUM + r"万元")
    cy = rows["上年结转资金"]
    c.money_sum((annual, "万元"), [(b1, "万元"), (b2, "万元"), (cy[2], "万元")], "item budgets")
    c.money_sum((spent, "万元"), [(s1, "万元"), (s2, "万元"), (cy[3], "万元")], "item spending")
    n_sta = c.one(r"对全县" + NUM + r"个区域自动气象站进行升级")
    c.average(avg, [s2], "区域站 per station", count=D(n_sta))
    cost = [r for r in ind if r[2] == "区域站单站平均升级成本"][0]
    c.equal(parse_val(cost[4])[1].to_eng_string(), D(avg), "conflicting_values", "per-station cost")
    c.balance(c.one(r"相差" + NUM + r"万元"), annual, spent, "全年预算 − 执行")
    c.year_after(c.one(r"已结转至(\d{4})年"), Y, "carry-over")
    c.year_is(c.one(r"截至(\d{4})年12月31日"), Y, "截至")
    c.year_is(c.one(r"^桑植县气象局(\d{4})年度"), Y, "title")
    c.year_is(c.one(r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    # restated indicator values
    c.equal(c.one(r"数据到报率" + NUM + r"%，比上年同期"), "99.3", "conflicting_values", "到报率")
    c.equal(c.one(r"问卷，满意度为" + NUM + "%"), [r for r in ind if "满意度" in r[2]][0][4].rstrip("%"),
            "conflicting_values", "满意度")
    return c.failed


def check_rongshui(t):
    c, Y = Checker(t), 2021
    fr = {r[0]: r for r in table_rows(t, tab, {"自治区财政资金", "县本级财政资金", "合计"}, 5)}
    tot = fr["合计"]
    for k in (1, 2, 3):
        c.money_sum((tot[k], "万元"), [(fr["自治区财政资金"][k], "万元"), (fr["县本级财政资金"][k], "万元")], f"col {k}")
    for r in fr.values():
        c.rate(r[4].rstrip("%"), D(r[3]), D(r[1]), f"{r[0]} 执行率")
        if D(r[2]) > D(r[1]):
            c.fail("implausible_rate", "到位 > 预算")
    annual, reg, cty = c.groups(r"项目全年预算" + NUM + r"万元，其中自治区普查补助" + NUM + r"万元、县本级配套" + NUM + "万元")
    c.money_sum((annual, "万元"), [(reg, "万元"), (cty, "万元")], "prose sources")
    c.equal(annual, tot[1], "conflicting_values", "预算 text/table")
    c.equal(reg, fr["自治区财政资金"][1], "conflicting_values", "自治区")
    c.equal(cty, fr["县本级财政资金"][1], "conflicting_values", "县本级")
    b1, s1, bal1, npts, unit_cost = c.groups(r"外业调查委托费预算" + NUM + r"万元，实际支出" + NUM + r"万元，节余" + NUM
                                             + r"万元，外业调查按实际完成点数结算，" + NUM + r"个隐患点单点费用" + NUM + "元")
    c.balance(bal1, b1, s1, "外业 节余")
    c.average(unit_cost, [wan(s1, "万元") * 10000], "单点费用 (元)", count=D(npts))
    b2 = c.one(r"调查设备购置预算" + NUM + "万元")
    b3, s3 = c.groups(r"数据审核及成果编制费预算" + NUM + r"万元，支出" + NUM + "万元")
    b4 = c.one(r"培训及宣传费预算" + NUM + r"万元，全额支出")
    c.money_sum((tot[1], "万元"), [(b1, "万元"), (b2, "万元"), (b3, "万元"), (b4, "万元")], "item budgets")
    c.money_sum((tot[3], "万元"), [(s1, "万元"), (b2, "万元"), (s3, "万元"), (b4, "万元")], "item spending")
    c.balance(c.one(r"年末结余" + NUM + "万元"), tot[2], tot[3], "年末结余")
    c.year_after(c.one(r"已按规定结转(\d{4})年"), Y, "carry-over")
    c.year_is(c.one(r"^融水苗族自治县气象局\n(\d{4})年度"), Y, "title")
    c.year_is(c.one(r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    # indicator table
    ind = table_rows(t, tab, LEVELS, 8)
    ws, ss = check_indicators(c, ind, 2, 3, 4, 5, 6)
    ex = row_by_name(ind, "预算执行")
    c.rate(ex[4].rstrip("%"), D(tot[3]), D(tot[1]), "indicator 执行率")
    c.equal(ex[4].rstrip("%"), tot[4].rstrip("%"), "conflicting_values", "执行率 two tables")
    total_row = row_by_name(table_rows(t, tab, {"合计"}, 8), "合计")
    if ws != 100 or D(total_row[5]) != ws:
        c.fail("weight_sum_mismatch", f"weights {ws}")
    prose_total, g = c.groups(r"综合自评得分" + NUM + r"分，等级为(优|良|中|差)")
    for s in (total_row[6], prose_total):
        c.equal(s, ss, "score_sum_mismatch", "total")
    c.grade(prose_total, g, "grade")
    # groups and restated counts
    g4 = c.groups(r"分别完成隐患点调查" + NUM + "个、" + NUM + "个、" + NUM + "个、" + NUM + r"个，平均每组" + NUM + "个")
    c.average(g4[4], g4[:4], "per group")
    hz = parse_val([r for r in ind if r[2] == "雷电灾害隐患点调查数量"][0][4])[1]
    if sum(D(x) for x in g4[:4]) != hz:
        c.fail("sum_mismatch", "groups vs table 隐患点")
    if D(npts) != hz:
        c.fail("conflicting_values", "隐患点 count")
    fl = parse_val([r for r in ind if r[2] == "易燃易爆及危化品场所调查数"][0][4])[1]
    c.equal(c.one(r"调查易燃易爆场所" + NUM + "家"), fl, "conflicting_values", "易燃易爆场所")
    c.equal(c.one(r"抽检点位一次通过率" + NUM + "%"), [r for r in ind if r[2] == "普查数据质检通过率"][0][4].rstrip("%"),
            "conflicting_values", "质检")
    cost = parse_val([r for r in ind if r[2] == "隐患点外业调查单点成本"][0][4])
    c.equal(unit_cost, cost[1], "conflicting_values", "单点成本")
    return c.failed


def check_anding(t):
    c, Y = Checker(t), 2018
    names = ["年度资金总额", "其中：区级财政资金", "上年结转资金", "其他资金"]
    rows = {r[0]: r for r in table_rows(t, spaces, set(names), 7)}
    funds_block(c, rows, names, [1, 2, 3], rate_col=5, exec_col=3, budget_col=2)
    tot = rows["年度资金总额"]
    ind = table_rows(t, spaces, LEVELS | {"满意度指标"}, 9)
    ws, ss = check_indicators(c, ind, 2, 3, 4, 6, 7, rate_i=5)
    ew, es = D(tot[4]), D(tot[6])
    if es > ew:
        c.fail("score_exceeds_weight", "execution")
    total_row = [r for r in (spaces(l) for l in t.splitlines()) if r and r[0] == "合计"]
    assert len(total_row) == 1 and len(total_row[0]) == 3
    tw, ts = total_row[0][1], total_row[0][2]
    if ws + ew != 100 or D(tw) != ws + ew:
        c.fail("weight_sum_mismatch", f"weights {ws + ew}")
    prose_total = c.one(r"合计得分" + NUM + "分")
    for s in (ts, prose_total):
        c.equal(s, ss + es, "score_sum_mismatch", "total")
    c.grade(ts, c.one(r"自评等级：(优|良|中|差)"), "grade")
    init, cut, annual = c.groups(r"项目年初预算" + NUM + r"万元.*?调减预算" + NUM + r"万元，调整后全年预算" + NUM + "万元")
    c.equal(init, tot[1], "conflicting_values", "年初")
    c.equal(annual, tot[2], "conflicting_values", "全年")
    c.money_sum((init, "万元"), [(annual, "万元"), (cut, "万元")], "年初 − 调减")
    rec, rr = c.groups(r"全额拨付" + NUM + r"万元，到位率" + NUM + "%")
    c.rate(rr, D(rec), D(annual), "到位率")
    spent = c.one(r"全年执行" + NUM + "万元")
    c.equal(spent, tot[3], "conflicting_values", "执行")
    per, nb, det_num, det_unit, rect, nsch, avg = c.groups(
        r"按每栋" + NUM + r"元结算，" + NUM + r"栋合计" + NUM + r"(万元|元|亿元)；隐患整改工程支出" + NUM
        + r"万元，涉及" + NUM + r"所学校，校均约" + NUM + "万元")
    c.money_sum((det_num, det_unit), [(str(D(per) * D(nb)), "元")], "检测费 = 栋数 × 单价")
    c.money_sum((spent, "万元"), [(det_num, det_unit), (rect, "万元")], "执行 = 检测 + 整改")
    c.average(avg, [rect], "校均整改", count=D(nsch))
    c.balance(c.one(r"年末结余" + NUM + "万元"), rec, spent, "结余")
    bld = [r for r in ind if r[2] == "防雷装置检测建筑物"][0]
    c.equal(nb, parse_val(bld[4])[1], "conflicting_values", "栋数")
    c.equal(per, parse_val([r for r in ind if r[2] == "单栋建筑物检测费"][0][4])[1], "conflicting_values", "单价")
    c.equal(nsch, parse_val([r for r in ind if r[2] == "隐患整改学校数"][0][4])[1], "conflicting_values", "整改学校")
    c.equal(c.one(r"全年检测校舍" + NUM + "栋"), parse_val(bld[4])[1], "conflicting_values", "检测栋数 prose")
    c.equal(c.one(r"覆盖师生" + NUM + r"万人次（"), "3.26", "conflicting_values", "教育人次")
    c.equal(c.one(r"满意度为" + NUM + "%"), [r for r in ind if r[2] == "学校师生满意度"][0][4].rstrip("%"),
            "conflicting_values", "满意度")
    c.year_is(c.one(r"^定西市安定区教育局\n(\d{4})年度"), Y, "title")
    c.year_is(c.one(r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    return c.failed


def check_pingyang(t):
    c, Y = Checker(t), 2024
    names = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    rows = {r[0]: r for r in table_rows(t, md, set(names), 5)}
    funds_block(c, rows, names, [1, 2, 3], rate_col=4, exec_col=3, budget_col=2)
    tot = rows["年度资金总额"]
    init, fis, cy = c.groups(r"项目年初预算" + NUM + r"万元，其中当年县级财政拨款" + NUM + r"万元、上年结转资金" + NUM + "万元")
    c.equal(init, tot[1], "conflicting_values", "年初")
    c.equal(fis, rows["其中：当年财政拨款"][1], "conflicting_values", "财政拨款")
    c.equal(cy, rows["上年结转资金"][1], "conflicting_values", "结转")
    c.money_sum((init, "万元"), [(fis, "万元"), (cy, "万元")], "prose 年初")
    if "年内未调整预算" in t and D(tot[1]) != D(tot[2]):
        c.fail("sum_mismatch", "未调整 but 年初 != 全年")
    y, spent, rate = c.groups(r"截至(\d{4})年12月31日，项目累计支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.year_is(y, Y, "截至")
    c.equal(spent, tot[3], "conflicting_values", "执行")
    c.rate(rate, D(spent), D(tot[2]), "prose 执行率")
    items = table_rows(t, md, {"区域站运行维护（委托第三方）", "备件购置", "通信费", "上年结转合同尾款", "合计"}, 4)
    it = {r[0]: r for r in items}
    parts = [it[k] for k in ("区域站运行维护（委托第三方）", "备件购置", "通信费", "上年结转合同尾款")]
    for k in (1, 2):
        c.money_sum((it["合计"][k], "万元"), [(p[k], "万元") for p in parts], f"items col {k}")
    c.equal(it["合计"][1], tot[2], "conflicting_values", "items total budget")
    c.equal(it["合计"][2], tot[3], "conflicting_values", "items total spent")
    nst, avg = re.match(NUM + r"个站，平均每站" + NUM + "万元", it["区域站运行维护（委托第三方）"][3]).groups()
    c.average(avg, [it["区域站运行维护（委托第三方）"][2]], "per station", count=D(nst))
    c.balance(c.one(r"年末结余" + NUM + "万元"), tot[2], tot[3], "年末结余")
    c.balance(c.one(r"（结余" + NUM + "万元）"), it["备件购置"][1], it["备件购置"][2], "备件结余")
    c.year_after(c.one(r"已申请结转至(\d{4})年"), Y, "carry-over")
    c.year_is(c.one(r"^平阳县气象局(\d{4})年度"), Y, "title")
    # indicators
    ind = table_rows(t, md, LEVELS, 8)
    ws, ss = check_indicators(c, ind, 2, 3, 4, 5, 6)
    ex = row_by_name(ind, "预算执行")
    c.rate(ex[4].rstrip("%"), D(tot[3]), D(tot[2]), "indicator 执行率")
    total_row = row_by_name(table_rows(t, md, {"合计"}, 8), "合计")
    if ws != 100 or D(total_row[5]) != ws:
        c.fail("weight_sum_mismatch", f"weights {ws}")
    prose_total = c.one(r"项目综合得分" + NUM + "分")
    for s in (total_row[6], prose_total):
        c.equal(s, ss, "score_sum_mismatch", "total")
    c.grade(prose_total, c.one(r"自评等级为(优秀|良好|中等|较差|优|良|中|差)"), "grade")
    byname = {r[2]: r for r in ind}
    c.equal(c.one(r"全年采购各类备件" + NUM + "件"), parse_val(byname["备件采购数量"][4])[1], "conflicting_values", "备件件数")
    q = c.groups(r"四个季度数据到报率分别为" + NUM + "%、" + NUM + "%、" + NUM + "%、" + NUM + "%")
    c.average(byname["区域站数据平均到报率"][4].rstrip("%"), q, "平均到报率")
    nf, nfix = c.groups(r"全年发生站点故障" + NUM + r"站次，24小时内修复" + NUM + "站次")
    c.rate(byname["故障站点24小时内修复率"][4].rstrip("%"), D(nfix), D(nf), "修复率")
    c.equal(c.one(r"24小时修复率为" + NUM + "%"), byname["故障站点24小时内修复率"][4].rstrip("%"), "conflicting_values", "修复率")
    c.equal(parse_val(byname["单站年均运维成本"][4])[1].to_eng_string(), D(avg), "conflicting_values", "单站成本")
    c.equal(c.one(r"资料服务" + NUM + "次。"), parse_val(byname["为县防汛防台指挥部提供资料服务次数"][4])[1],
            "conflicting_values", "服务次数")
    c.equal(c.one(r"项目累计支出" + NUM), tot[3], "conflicting_values", "spent")
    return c.failed


def check_pinghe(t):
    c, Y = Checker(t), 2022
    init, add, annual = c.groups(r"部门年初预算" + NUM + r"万元，年中追加" + NUM + r"万元.*?全年预算" + NUM + "万元")
    c.money_sum((annual, "万元"), [(init, "万元"), (add, "万元")], "年初 + 追加")
    src = c.groups(r"中央气象事业经费" + NUM + r"(万元|元)（其中(\d{4})年(\d{1,2})月提前下达" + NUM + r"万元），省级补助" + NUM
                   + r"(万元|元)，县级财政" + NUM + "(万元|元)")
    c.money_sum((annual, "万元"), [(src[0], src[1]), (src[5], src[6]), (src[7], src[8])], "sources")
    if not (int(src[2]) == Y - 1 and int(src[3]) == 12):
        c.fail("year_mismatch", "advance issue date")
    basic, proj = c.groups(r"按支出性质分，基本支出" + NUM + r"万元，项目支出" + NUM + "万元")
    c.money_sum((annual, "万元"), [(basic, "万元"), (proj, "万元")], "basic + project")
    ib = c.groups(r"气象科普馆运行维护" + NUM + r"万元，防雷安全监管及检测" + NUM + r"万元，人工影响天气作业" + NUM
                  + r"万元，自动气象站运行维护" + NUM + "万元。")
    c.money_sum((proj, "万元"), [(x, "万元") for x in ib], "project items budget")
    spent, rate = c.groups(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.rate(rate, D(spent), D(annual), "overall 执行率")
    bs, br, ps, pr = c.groups(r"其中基本支出" + NUM + r"万元，执行率" + NUM + r"%；项目支出" + NUM + r"万元，执行率" + NUM + "%")
    if D(br) == 100:
        c.equal(bs, basic, "conflicting_values", "基本支出 budget = spent (100%)")
    c.rate(br, D(bs), D(basic), "基本支出 执行率")
    c.rate(pr, D(ps), D(proj), "项目支出 执行率")
    c.money_sum((spent, "万元"), [(bs, "万元"), (ps, "万元")], "spent basic + project")
    sp = c.groups(r"气象科普馆运行维护支出" + NUM + r"(万元|元)，执行率" + NUM + r"%；防雷安全监管及检测支出" + NUM
                  + r"(万元|元)，执行率" + NUM + r"%；人工影响天气作业支出" + NUM + r"(万元|元)；自动气象站运行维护支出" + NUM
                  + r"(万元|元)，执行率" + NUM + "%")
    c.money_sum((ps, "万元"), [(sp[0], sp[1]), (sp[3], sp[4]), (sp[6], sp[7]), (sp[8], sp[9])], "project items spent")
    c.rate(sp[2], wan(sp[0], sp[1]), D(ib[0]), "科普馆 执行率")
    c.rate(sp[5], wan(sp[3], sp[4]), D(ib[1]), "防雷 执行率")
    c.rate(sp[10], wan(sp[8], sp[9]), D(ib[3]), "自动站 执行率")
    bal = c.one(r"年末结余" + NUM + r"万元，全部为项目资金")
    c.balance(bal, annual, spent, "结余 total")
    c.balance(bal, proj, ps, "结余 project")
    c.year_after(c.one(r"已结转(\d{4})年继续使用"), Y, "carry-over")
    c.year_is(c.one(r"^平和县气象局(\d{4})年度"), Y, "title")
    # outputs
    found, fixed = c.groups(r"发现隐患" + NUM + r"处，已全部督促整改，整改率" + NUM + "%")
    c.rate(fixed, D(found), D(found), "整改率")
    v1 = c.one(r"接待参观" + NUM + r"万人次（")
    v2 = c.one(r"科普馆年接待量达" + NUM + r"万人次")
    c.equal(v1, v2, "conflicting_values", "科普馆 visitors")
    sat = c.one(r"综合满意度为" + NUM + "%")
    if D(sat) > 100:
        c.fail("implausible_rate", "satisfaction")
    c.equal(c.one(r"数据平均到报率" + NUM + "%"), "99.2", "conflicting_values", "到报率")
    # scores
    w = c.groups(r"分值分别为" + NUM + "分、" + NUM + "分、" + NUM + "分、" + NUM + "分")
    s = c.groups(r"投入指标得" + NUM + r"分；过程指标得" + NUM + r"分.*?产出指标得" + NUM + r"分.*?效益指标得" + NUM + "分")
    if sum(D(x) for x in w) != 100:
        c.fail("weight_sum_mismatch", "level-1 weights")
    for wi, si in zip(w, s):
        if D(si) > D(wi) or D(si) < 0:
            c.fail("score_exceeds_weight", f"{si} > {wi}")
    sw, ssc, srate = c.groups(r"预算执行率指标分值" + NUM + r"分，按执行率" + NUM + r"%计得" + NUM + "分")
    if D(srate) > D(sw):
        c.fail("score_exceeds_weight", f"预算执行率 {srate} > {sw}")
    c.equal(ssc, rate, "conflicting_values", "执行率 in score section")
    total, g = c.groups(r"综合自评得分" + NUM + r"分，等级为(优|良|中|差)")
    c.equal(total, sum(D(x) for x in s), "score_sum_mismatch", "total")
    c.grade(total, g, "grade")
    return c.failed


CHECKS = {
    "hn-sangzhi-guancezhan-2023": check_sangzhi,
    "gx-rongshui-leidianpucha-2021": check_rongshui,
    "gs-anding-xiaoshefanglei-2018": check_anding,
    "zj-pingyang-zidongzhanbeijian-2024": check_pingyang,
    "fj-pinghe-qixiangju-2022": check_pinghe,
}


# ---------------------------------------------------------------------------------- main
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, got {len(labels)}")
    counts = {c: 0 for c in CODES}
    sources = {}
    for lab in labels:
        assert set(lab) == {"case", "source", "clean", "expected"}, lab
        sources.setdefault(lab["source"], []).append(lab)
    if len(sources) != 5:
        problems.append(f"expected 5 sources, got {len(sources)}")
    for src, labs in sources.items():
        clean_lab = [l for l in labs if l["clean"]]
        if len(clean_lab) != 1 or len(labs) != 7:
            problems.append(f"{src}: need 1 clean + 6 error cases")
            continue
        clean = open(os.path.join(CASES, clean_lab[0]["case"]), encoding="utf-8").read()
        if clean_lab[0]["expected"]:
            problems.append(f"{src}: clean case has expected findings")
        failed = CHECKS[src](clean)
        if failed:
            problems.append(f"{src}-clean: checks fail: {sorted(failed)}")
        if not 2800 <= len(clean) <= 3400:
            problems.append(f"{src}-clean: length {len(clean)} outside 2800-3400")
        for lab in labs:
            if lab["clean"]:
                continue
            text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
            if len(lab["expected"]) != 1:
                problems.append(f"{lab['case']}: expected exactly one finding")
                continue
            exp = lab["expected"][0]
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{lab['case']}: bad code/severity {exp}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            val = exp["value"]
            if val not in text:
                problems.append(f"{lab['case']}: value not in case: {val!r}")
                continue
            (cs, ce), (es, ee) = diff_region(clean, text)
            if es == ee and cs == ce:
                problems.append(f"{lab['case']}: identical to clean")
            if max(ce - cs, ee - es) > 12:
                problems.append(f"{lab['case']}: changed region too long ({clean[cs:ce]!r} -> {text[es:ee]!r})")
            occ = [m.start() for m in re.finditer(re.escape(val), text)]
            if not any(o < max(ee, es + 1) and es < o + len(val) for o in occ):
                problems.append(f"{lab['case']}: value does not overlap the change {text[es:ee]!r}")
            got = CHECKS[src](text)
            if got != {exp["code"]}:
                problems.append(f"{lab['case']}: expected only {exp['code']}, checks failed {sorted(got)}")
    for code, n in counts.items():
        if n < 2:
            problems.append(f"code {code} used {n} times (< 2)")
    for p in problems:
        print("PROBLEM:", p)
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
