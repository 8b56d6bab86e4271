#!/usr/bin/env python3
"""Independent arithmetic check of drafts488 (standard library + decimal only).

For every case the figures are read back from the case text (regular expressions on the prose,
a small parser for the ｜/tab tables) and every identity of rules.md §7 that the draft offers is
recomputed with the §8 tolerance. A failed identity yields the error code the rules assign;
score-rule deviations (§5) are warnings. Then:
  * every clean draft passes every check (errors and warnings);
  * every error case fails its labelled code and no other error code;
  * label values occur exactly once; the case differs from its clean draft in one contiguous
    region of at most 40 characters that overlaps the value; every §A code is used at least twice.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)
SCALE = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}
RESCALES = [Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8]


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    return Decimal(str(s).replace(",", ""))


def ndp(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s, scale=Decimal(1)):
    """Half a unit of the last written digit of s, in the unit s is multiplied into."""
    return Decimal("0.5") * Decimal(10) ** (-ndp(s)) * scale + EPS


def agrees(computed, stated, scale=Decimal(1)):
    return abs(Decimal(computed) - dec(stated) * scale) <= tol(stated, scale)


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Money:
    """An amount as written: number string and money unit."""

    def __init__(self, num, unit="万元"):
        self.num, self.unit = num, unit

    @property
    def wan(self):
        return dec(self.num) * SCALE[self.unit]

    @property
    def tol(self):
        return tol(self.num, SCALE[self.unit])

    def __repr__(self):
        return f"{self.num}{self.unit}"


def M(num, unit="万元"):
    return Money(num, unit)


# ---------------------------------------------------------------- result collector
class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []  # (code, message)
        self.nchecks = 0

    def one(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        return ms[0]

    def check(self, code, ok, msg):
        self.nchecks += 1
        if not ok:
            self.fails.append((code, msg))

    # identities --------------------------------------------------------------
    def sum_(self, total, parts, what, code="sum_mismatch"):
        """total (Money) = Σ parts (Money); a power-of-ten unit slip that reconciles → unit_mismatch."""
        s = sum(p.wan for p in parts)
        ok = abs(s - total.wan) <= total.tol
        if ok:
            return self.check(code, True, what)
        for i, p in enumerate(parts):
            for f in RESCALES:
                if abs(s - p.wan + p.wan * f - total.wan) <= total.tol:
                    return self.check("unit_mismatch", False, f"{what}: {p} off by a power of ten")
        for f in RESCALES:
            if abs(s - total.wan * f) <= total.tol * f:
                return self.check("unit_mismatch", False, f"{what}: total {total} off by a power of ten")
        self.check(code, False, f"{what}: Σ {parts} = {s} ≠ {total}")

    def product(self, total, unit_amount, count, what, code="sum_mismatch"):
        """total = unit_amount × count (a per-unit standard times a count)."""
        c = unit_amount.wan * dec(count)
        if abs(c - total.wan) <= total.tol:
            return self.check(code, True, what)
        for f in RESCALES:
            if abs(c * f - total.wan) <= total.tol:
                return self.check("unit_mismatch", False, f"{what}: {unit_amount}×{count} vs {total}, power of ten")
        self.check(code, False, f"{what}: {unit_amount}×{count} = {c} ≠ {total}")

    def same(self, what, *vals):
        """Same quantity stated several times (Money or plain strings)."""
        vals = [v if isinstance(v, Money) else Money(v, "万元") for v in vals]
        base = vals[0]
        for v in vals[1:]:
            if abs(v.wan - base.wan) <= max(v.tol, base.tol):
                self.check("conflicting_values", True, what)
                continue
            if any(abs(v.wan * f - base.wan) <= max(v.tol * f, base.tol) for f in RESCALES):
                self.check("unit_mismatch", False, f"{what}: {v} vs {base}, power of ten")
            else:
                self.check("conflicting_values", False, f"{what}: {v} vs {base}")

    def rate(self, num, den, stated, what):
        """stated % = num / den × 100; zero base → only —/0; over 100 → implausible."""
        if stated in ("—", "-", ""):
            return self.check("rate_mismatch", True, what)
        if den.wan == 0:
            return self.check("implausible_rate", dec(stated) == 0, f"{what}: {stated}% on a zero base")
        c = num.wan / den.wan * HUNDRED
        if not agrees(c, stated):
            for f in RESCALES:
                if agrees(c * f, stated):
                    return self.check("unit_mismatch", False, f"{what}: rate {stated} vs {c:.4f}, power of ten")
            return self.check("rate_mismatch", False, f"{what}: computed {c:.4f}%, stated {stated}%")
        self.check("implausible_rate", dec(stated) <= HUNDRED and c <= HUNDRED + EPS,
                   f"{what}: rate {stated}% above 100%")

    def share(self, base, pct, stated, what):
        """stated amount = base × pct% (e.g. 50% of premiums)."""
        c = base.wan * dec(pct) / HUNDRED
        self.check("rate_mismatch", abs(c - stated.wan) <= stated.tol, f"{what}: {base}×{pct}% = {c} vs {stated}")

    def balance(self, a, b, stated, what):
        c = a.wan - b.wan
        if abs(c - stated.wan) <= stated.tol:
            return self.check("balance_mismatch", True, what)
        if any(abs(c - stated.wan * f) <= stated.tol * f for f in RESCALES):
            return self.check("unit_mismatch", False, f"{what}: {stated} power of ten")
        self.check("balance_mismatch", False, f"{what}: {a} − {b} = {c} ≠ {stated}")

    def diff(self, a, b, stated, what):
        """a − b = stated for counts (增加 N家)."""
        self.check("sum_mismatch", agrees(dec(a) - dec(b), stated), f"{what}: {a} − {b} ≠ {stated}")

    def count_sum(self, total, parts, what):
        self.check("sum_mismatch", agrees(sum(dec(p) for p in parts), total), f"{what}: Σ{parts} ≠ {total}")

    def average(self, items, stated, what, divisor=None):
        n = Decimal(divisor) if divisor is not None else Decimal(len(items))
        c = sum(dec(i) for i in items) / n
        self.check("average_mismatch", agrees(c, stated), f"{what}: computed {c:.4f}, stated {stated}")

    def grade(self, score, label, what):
        s = dec(score)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                 "差": ("差", "较差", "不合格")}
        self.check("grade_mismatch", label in names[band], f"{what}: {score} → {band}, stated {label}")

    def cap(self, value, limit, what):
        self.check("score_exceeds_weight", Decimal(0) <= dec(value) <= dec(limit), f"{what}: score {value} vs weight {limit}")

    def weights(self, parts, stated, what):
        self.check("weight_sum_mismatch", agrees(sum(dec(p) for p in parts), stated),
                   f"{what}: Σ{parts} = {sum(dec(p) for p in parts)} ≠ {stated}")

    def scores(self, parts, stated, what):
        self.check("score_sum_mismatch", agrees(sum(dec(p) for p in parts), stated),
                   f"{what}: Σ{parts} = {sum(dec(p) for p in parts)} ≠ {stated}")

    def rule(self, ok, msg):
        self.check("score_rule_mismatch", ok, msg)


# ---------------------------------------------------------------- tables
def parse_table(text, header_pred):
    """Rows of the first table whose header line satisfies header_pred; rows end at a blank line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if header_pred(line):
            sep = "｜" if "｜" in line else "\t"
            header = line.split(sep)
            rows = []
            for row in lines[i + 1:]:
                if not row.strip() or sep not in row:
                    break
                rows.append(row.split(sep))
            return header, rows
    raise ParseError("table not found")


def col(header, *names):
    for n in names:
        for j, h in enumerate(header):
            if h.strip() == n:
                return j
    raise ParseError(f"column {names} not found in {header}")


VAL = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def split_value(s):
    """'≥170家' → ('gte', '170', '家'); qualitative/date → None."""
    s = s.strip()
    if DATE.search(s):
        return None
    m = VAL.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte"}.get(sign or "", "eq")
    return direction, num, unit.strip()


def completion(direction, t, a):
    t, a = dec(t), dec(a)
    if direction == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    return a / t * HUNDRED


def check_indicator(c, year, name, target, actual, weight, score, compl=None, direction=None, unit=None):
    """One indicator row: exceeds-weight, unit, completion, date year, satisfaction range, score rule."""
    c.cap(score, weight, name)
    w, s = dec(weight), dec(score)
    dates_t, dates_a = DATE.search(target or ""), DATE.search(actual or "")
    if dates_a:
        y, mo, d = map(int, dates_a.groups())
        c.check("year_mismatch", y == year, f"{name}: actual date in {y}, evaluation year {year}")
        if dates_t:
            yt, mt, dt = map(int, dates_t.groups())
            c.check("year_mismatch", yt == year, f"{name}: target date in {yt}")
            if s <= w:
                c.rule((y, mo, d) <= (yt, mt, dt) and s == w or (y, mo, d) > (yt, mt, dt), f"{name}: date row score")
        return
    if direction is None:  # unit inside the cells
        tv, av = split_value(target), split_value(actual)
        if tv is None:  # qualitative
            if "达成年度指标" in actual and s <= w:
                c.rule(w * Decimal("0.8") - EPS <= s <= w, f"{name}: qualitative 达成 band")
            return
        if av is None:
            c.check("unit_mismatch", False, f"{name}: actual {actual!r} not a number in {tv[2]}")
            return
        direction, tnum, tunit = tv
        _, anum, aunit = av
    else:  # Sichuan layout: direction and unit in their own columns
        if direction == "定性":
            if "达成年度指标" in actual and s <= w:
                c.rule(w * Decimal("0.8") - EPS <= s <= w, f"{name}: qualitative 达成 band")
            return
        direction = {"≥": "gte", "≤": "lte", "=": "eq"}[direction]
        tnum, tunit = target, unit
        av = split_value(actual)
        if av is None:
            c.check("unit_mismatch", False, f"{name}: actual {actual!r}")
            return
        _, anum, aunit = av
        aunit = aunit or unit
    if aunit != tunit:
        c.check("unit_mismatch", False, f"{name}: target in {tunit!r}, actual in {aunit!r}")
        return
    c.check("unit_mismatch", True, name)
    if tunit == "%" and ("满意度" in name or ("率" in name and "增长率" not in name)):
        c.check("implausible_rate", dec(anum) <= HUNDRED and dec(tnum) <= HUNDRED, f"{name}: rate above 100%")
    comp = completion(direction, tnum, anum)
    if compl not in (None, "—"):
        c.check("completion_mismatch", agrees(comp, compl.rstrip("%")), f"{name}: completion {comp:.4f} vs {compl}")
    if s <= w:
        met = dec(anum) <= dec(tnum) if direction == "lte" else dec(anum) >= dec(tnum)
        expect = w if met else r2(w * min(comp, HUNDRED) / HUNDRED)
        alt = expect
        if compl not in (None, "—") and not met:
            alt = r2(w * dec(compl.rstrip("%")) / HUNDRED)
        c.rule(agrees(expect, score) or agrees(alt, score), f"{name}: score {score}, rule gives {expect}")


def indicator_table(c, year, header_pred, sichuan=False):
    """Parse an indicator table; return (rows, totals) with rows as dicts."""
    header, rows = parse_table(c.t, header_pred)
    j3 = col(header, "三级指标")
    jw = col(header, "分值", "权重")
    js = col(header, "得分")
    jc = None
    if "完成率" in [h.strip() for h in header]:
        jc = col(header, "完成率")
    if sichuan:
        jn, jt, ju, ja = col(header, "指标性质"), col(header, "指标值"), col(header, "度量单位"), col(header, "实际完成值")
    else:
        jt, ja = col(header, "年度指标值", "目标值"), col(header, "实际完成值", "业绩值")
    out, totals = [], {}
    for cells in rows:
        first = cells[0].strip()
        if first in ("总分", "合计", "绩效指标合计"):
            totals[first] = (cells[jw].strip(), cells[js].strip())
            continue
        row = {"l1": first, "name": cells[j3].strip(), "weight": cells[jw].strip(), "score": cells[js].strip(),
               "target": cells[jt].strip(), "actual": cells[ja].strip(),
               "compl": cells[jc].strip() if jc is not None else None}
        if sichuan:
            row["direction"], row["unit"] = cells[jn].strip(), cells[ju].strip()
            check_indicator(c, year, row["name"], row["target"], row["actual"], row["weight"], row["score"],
                            None, row["direction"], row["unit"])
        else:
            check_indicator(c, year, row["name"], row["target"], row["actual"], row["weight"], row["score"],
                            row["compl"])
        out.append(row)
    return out, totals


def row_by(rows, name):
    hits = [r for r in rows if r["name"] == name]
    if len(hits) != 1:
        raise ParseError(f"indicator {name} found {len(hits)} times")
    return hits[0]


def mof_funds(c, header_pred, score_col=True):
    """MOF/Sichuan funds block: rows name｜年初｜全年｜执行｜(分值)｜执行率｜(得分). Returns dict by row name."""
    header, rows = parse_table(c.t, header_pred)
    j0, j1, j2 = col(header, "年初预算数"), col(header, "全年预算数"), col(header, "全年执行数")
    jr = col(header, "执行率")
    data = {}
    for cells in rows:
        name = cells[0].strip().replace("其中：", "")
        d = {"init": M(cells[j0].strip()), "annual": M(cells[j1].strip()), "spent": M(cells[j2].strip()),
             "rate": cells[jr].strip().rstrip("%")}
        if score_col:
            d["weight"], d["score"] = cells[col(header, "分值")].strip(), cells[col(header, "得分")].strip()
        data[name] = d
        c.rate(d["spent"], d["annual"], d["rate"], f"funds row {name} 执行率")
    return data


def exec_score(c, annual, spent, stated_rate, weight, score, what):
    c.cap(score, weight, what)
    r = spent.wan / annual.wan
    a = r2(dec(weight) * min(r, Decimal(1)))
    b = r2(dec(weight) * min(dec(stated_rate) / HUNDRED, Decimal(1)))
    c.rule(agrees(a, score) or agrees(b, score), f"{what}: score {score}, rule gives {a}")


def year_checks(c, year):
    t = c.t
    for m in re.finditer(r"结转(?:至)?(\d{4})年", t):
        c.check("year_mismatch", int(m.group(1)) > year, f"carried over to {m.group(1)} in a {year} report")
    for m in re.finditer(r"(\d{4})年度", t):
        c.check("year_mismatch", int(m.group(1)) == year, f"{m.group(1)}年度 in a {year} report")
    for m in re.finditer(r"截至(\d{4})年", t):
        c.check("year_mismatch", int(m.group(1)) == year, f"截至{m.group(1)} in a {year} report")
    for m in re.finditer(r"年度：(\d{4})|（(\d{4})年度）", t):
        y = int(m.group(1) or m.group(2))
        c.check("year_mismatch", y == year, f"table year {y}")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月提前下达", t):
        c.check("year_mismatch", int(m.group(1)) == year - 1 and int(m.group(2)) == 12, "advance issue date")
    for m in re.finditer(r"〔(\d{4})〕", t):
        c.check("year_mismatch", int(m.group(1)) <= year, f"document of {m.group(1)} cited in a {year} report")
    m = re.search(r"\n(\d{4})年(\d{1,2})月\s*$", t)
    if m:
        c.check("year_mismatch", year <= int(m.group(1)) <= year + 1, "report date")


def eval_year(c):
    return int(c.one(r"\A[^\n]*\n?[^\n]*?(\d{4})年度").group(1))


# ---------------------------------------------------------------- projects
def p_haining(c):
    Y = eval_year(c)
    year_checks(c, Y)
    m = c.one(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元，全年预算([\d.]+)万元")
    init, add, annual = M(m[1]), M(m[2]), M(m[3])
    c.sum_(annual, [init, add], "年初 + 追加 = 全年")
    m = c.one(r"第一批([\d.]+)万元（海财企〔(\d{4})〕38号，\d{4}年12月提前下达），第二批([\d.]+)万元（海财企〔(\d{4})〕112号），"
              r"第三批([\d.]+)万元（海财企〔(\d{4})〕205号，年中追加），合计([\d.]+)万元")
    b1, b2, b3, btot = M(m[1]), M(m[3]), M(m[5]), M(m[7])
    for g in (2, 4, 6):
        c.check("year_mismatch", int(m[g]) == Y, "funds document year")
    c.sum_(btot, [b1, b2, b3], "three batches = 合计")
    c.same("batch total = 全年预算", btot, annual)
    c.same("第三批 = 年中追加", b3, add)
    m = c.one(r"全年执行([\d.]+)万元，其中保费补助([\d.]+)万元，统保平台保费([\d.]+)(万元|元)")
    spent, prem, tb = M(m[1]), M(m[2]), M(m[3], m[4])
    c.sum_(spent, [prem, tb], "执行 = 保费补助 + 统保平台")
    m = c.one(r"按每户([\d.]+)(万元|元)的标准为(\d+)户小微企业")
    std, ntb = M(m[1], m[2]), m[3]
    c.product(tb, std, ntb, "统保 = 标准 × 户数")
    m = c.one(r"实缴保费合计([\d.]+)万元，按(\d+)%计算应补助([\d.]+)万元")
    paid, pct, due = M(m[1]), m[2], M(m[3])
    c.share(paid, pct, due, "50% of premiums")
    m = c.one(r"补助额分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，超过单户上限，均按([\d.]+)万元核定，共核减([\d.]+)万元，"
              r"实际核定保费补助([\d.]+)万元，涉及企业(\d+)家，户均补助([\d.]+)万元")
    three, capv, cut, approved, ncomp, avg = [M(m[i]) for i in (1, 2, 3)], M(m[4]), M(m[5]), M(m[6]), m[7], m[8]
    for x in three:
        c.check("sum_mismatch", x.wan > capv.wan, "capped firms exceed the cap")
    c.sum_(M(str(sum(x.wan for x in three))), [cut] + [capv] * 3, "Σ capped = 核减 + 3 × 上限")
    c.sum_(due, [approved, cut], "应补助 = 核定 + 核减")
    c.same("核定保费补助 = 执行中的保费补助", approved, prem)
    c.average([approved.num], avg, "户均补助", divisor=ncomp)
    m = c.one(r"单家企业年度补助最高不超过([\d.]+)万元（即([\d.]+)元）")
    c.same("单户上限 two ways", M(m[1]), M(m[2], "元"))
    c.same("单户上限 = 核定上限", M(m[1]), capv)
    bal = M(c.one(r"未执行的([\d.]+)万元")[1])
    c.balance(annual, spent, bal, "未执行 = 全年预算 − 执行")
    m = c.one(r"全年支持投保企业(\d+)家，较(\d{4})年的(\d+)家增加(\d+)家；统保平台覆盖小微企业(\d+)户")
    c.diff(m[1], m[3], m[4], "比上年增加")
    c.check("year_mismatch", int(m[2]) == Y - 1, "上年 year")
    n186, n596 = m[1], m[5]
    c.same("投保企业数 prose", n186, ncomp)
    c.same("统保户数 prose", n596, ntb)
    scale = c.one(r"短期险承保规模([\d.]+)亿美元，")[1]
    fin = c.one(r"信保项下融资([\d.]+)亿元")[1]
    sat = c.one(r"满意度([\d.]+)%。")[1]
    # funds table
    f = mof_funds(c, lambda l: l.startswith("项目｜年初预算数"))
    tot = f["年度资金总额"]
    for k in ("init", "annual", "spent"):
        c.sum_(tot[k], [f["当年财政拨款"][k], f["上年结转资金"][k], f["其他资金"][k]], f"funds table column {k}")
    c.same("年初 text/table", init, tot["init"])
    c.same("全年 text/table", annual, tot["annual"])
    c.same("执行 text/table", spent, tot["spent"])
    exec_score(c, tot["annual"], tot["spent"], tot["rate"], tot["weight"], tot["score"], "funds execution score")
    rows, totals = indicator_table(c, Y, lambda l: l.startswith("一级指标｜"))
    c.weights([tot["weight"]] + [r["weight"] for r in rows], totals["总分"][0], "weights vs 总分")
    c.weights([totals["总分"][0]], "100", "总分 = 100")
    c.scores([tot["score"]] + [r["score"] for r in rows], totals["总分"][1], "scores vs 总分")
    for l1, w in (("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "10")):
        pass  # the table states no block subtotals; block weights are only checked through the total
    m = c.one(r"自评得分([\d.]+)分，评价等级为(\S)")
    c.scores([tot["score"]] + [r["score"] for r in rows], m[1], "scores vs text total")
    c.grade(m[1], m[2], "grade")
    c.same("投保企业数 text/table", n186, split_value(row_by(rows, "支持投保企业数")["actual"])[1])
    c.same("统保户数 text/table", n596, split_value(row_by(rows, "统保平台覆盖小微企业数")["actual"])[1])
    c.same("承保规模 text/table", scale, split_value(row_by(rows, "短期险承保规模")["actual"])[1])
    c.same("融资 text/table", fin, split_value(row_by(rows, "信保项下融资额")["actual"])[1])
    c.same("满意度 text/table", sat, split_value(row_by(rows, "投保企业满意度")["actual"])[1])
    c.same("上限 text/table", capv.num, split_value(row_by(rows, "单户年度补助上限")["actual"])[1])
    c.same("上限 target text/table", capv.num, split_value(row_by(rows, "单户年度补助上限")["target"])[1])
    c.same("补助比例 text/table", pct, split_value(row_by(rows, "保费补助比例")["actual"])[1])
    c.same("补助比例 restated", pct, c.one(r"按企业当年实际缴纳保费的(\d+)%给予补助")[1], c.one(r"其中\d家企业按(\d+)%计算")[1])
    c.check("sum_mismatch", int(c.one(r"其中(\d)家企业按")[1]) == len(three), "number of capped firms")
    g2 = c.one(r"带动短期险承保规模不低于([\d.]+)亿美元，信保项下融资不低于([\d.]+)亿元；投保企业满意度不低于(\d+)%")
    c.same("目标 承保规模", g2[1], split_value(row_by(rows, "短期险承保规模")["target"])[1])
    c.same("目标 融资", g2[2], c.one(r"未达到([\d.]+)亿元的目标")[1], split_value(row_by(rows, "信保项下融资额")["target"])[1])
    c.same("目标 满意度", g2[3], split_value(row_by(rows, "投保企业满意度")["target"])[1])
    g = c.one(r"全年支持投保企业不少于(\d+)家，统保平台覆盖小微企业不少于(\d+)户")
    c.same("目标 text/table", g[1], split_value(row_by(rows, "支持投保企业数")["target"])[1])
    c.same("目标 text/table", g[2], split_value(row_by(rows, "统保平台覆盖小微企业数")["target"])[1])


def shanxi_funds(c):
    header, rows = parse_table(c.t, lambda l: l.startswith("项目\t行次"))
    cols = [h.strip() for h in header[2:]]
    data = {}
    for cells in rows:
        data[cells[1].strip()[:3]] = dict(zip(cols, [x.strip() for x in cells[2:]]))
    srcs = cols[1:]
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        c.sum_(M(data[k]["合计"]), [M(data[k][s]) for s in srcs], f"row {k} 合计 = Σ sources")
    for s in cols:
        c.balance(M(data["(3)"][s]), M(data["(4)"][s]), M(data["(5)"][s]), f"(5)=(3)-(4) {s}")
        c.rate(M(data["(3)"][s]), M(data["(2)"][s]), data["(6)"][s], f"(6)=(3)/(2) {s}")
        c.rate(M(data["(4)"][s]), M(data["(2)"][s]), data["(7)"][s], f"(7)=(4)/(2) {s}")
    return data


def p_nankang(c):
    Y = eval_year(c)
    year_checks(c, Y)
    m = c.one(r"全年预算([\d.]+)万元，其中年初预算([\d.]+)万元（区级），年中追加上级资金([\d.]+)万元（中央外经贸发展专项资金([\d.]+)万元，"
              r"赣市财建〔(\d{4})〕28号；省级商务发展专项资金([\d.]+)万元，赣财建〔(\d{4})〕57号）。资金全部到位，资金到位率(\d+)%")
    annual, init, add, cen, prov, recv_rate = M(m[1]), M(m[2]), M(m[3]), M(m[4]), M(m[6]), m[8]
    c.check("year_mismatch", int(m[5]) == Y and int(m[7]) == Y, "funds documents year")
    c.sum_(annual, [init, add], "年初 + 追加 = 全年")
    c.sum_(add, [cen, prov], "追加 = 中央 + 省级")
    m = c.one(r"全年执行([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元，已按规定结转(\d{4})年")
    spent, rate, bal = M(m[1]), m[2], M(m[3])
    m = c.one(r"中央资金执行率([\d.]+)%，省级资金执行率([\d.]+)%，区级资金执行率([\d.]+)%")
    src_rates = {"中央资金": m[1], "省级资金": m[2], "区级资金": m[3]}
    f = shanxi_funds(c)
    c.rate(spent, annual, rate, "text 执行率")
    c.balance(annual, spent, bal, "text 结余 (到位 = 全年)")
    c.same("全年 text/table", annual, M(f["(2)"]["合计"]))
    c.same("年初 text/table", init, M(f["(1)"]["合计"]))
    c.same("中央 text/table", cen, M(f["(2)"]["中央资金"]))
    c.same("省级 text/table", prov, M(f["(2)"]["省级资金"]))
    c.same("区级 年初 = 区级 全年 (no change)", M(f["(1)"]["区级资金"]), M(f["(2)"]["区级资金"]))
    c.same("到位率 text/table", recv_rate, f["(6)"]["合计"])
    c.same("执行 text/table", spent, M(f["(4)"]["合计"]))
    c.same("执行率 text/table", rate, f["(7)"]["合计"])
    c.same("结余 text/table", bal, M(f["(5)"]["合计"]))
    for s, v in src_rates.items():
        c.same(f"{s} 执行率 text/table", v, f["(7)"][s])
    m = c.one(r"执行资金中，出口信用保险保费补贴([\d.]+)万元，外贸企业开拓国际市场补助([\d.]+)万元")
    prem, mkt = M(m[1]), M(m[2])
    c.sum_(spent, [prem, mkt], "执行 = 保费补贴 + 开拓市场")
    m = c.one(r"第一批（康商务字〔(\d{4})〕23号）补贴企业(\d+)家次，金额([\d.]+)万元；第二批（康商务字〔(\d{4})〕61号）补贴企业(\d+)家次，"
              r"金额([\d.]+)万元；两批平均每批([\d.]+)万元，户均补贴([\d.]+)万元")
    c.check("year_mismatch", int(m[1]) == Y and int(m[4]) == Y, "batch documents year")
    n1, a1, n2, a2, avg_batch, avg_firm = m[2], M(m[3]), m[5], M(m[6]), m[7], m[8]
    c.sum_(prem, [a1, a2], "two batches = 保费补贴")
    c.average([a1.num, a2.num], avg_batch, "平均每批")
    m = c.one(r"全年保费补贴企业(\d+)家次，较(\d{4})年的(\d+)家次")
    nfirms = m[1]
    c.check("year_mismatch", int(m[2]) == Y - 1, "last-year figure year")
    c.count_sum(nfirms, [n1, n2], "48 + 57 家次")
    c.average([prem.num], avg_firm, "户均补贴", divisor=nfirms)
    m = c.one(r"境内外展会展位费补助([\d.]+)万元，国际认证及商标注册补助([\d.]+)万元，跨境电商平台推广补助([\d.]+)万元")
    c.sum_(mkt, [M(m[1]), M(m[2]), M(m[3])], "开拓市场 breakdown")
    fair = c.one(r"共支持(\d+)家企业参加")[1]
    cert = c.one(r"支持国际认证及商标注册项目(\d+)个")[1]
    qbal = c.one(r"结余([\d.]+)万元；")[1]
    c.same("区级结余 text/table", M(qbal), M(f["(5)"]["区级资金"]))
    rows, totals = indicator_table(c, Y, lambda l: l.startswith("一级指标\t"))
    ex = row_by(rows, "预算执行率")
    c.same("执行率 indicator/table", ex["actual"].rstrip("%"), rate)
    c.weights([r["weight"] for r in rows], totals["合计"][0], "weights vs 合计")
    c.weights([totals["合计"][0]], "100", "合计 = 100")
    c.scores([r["score"] for r in rows], totals["合计"][1], "scores vs 合计")
    for l1, w in (("产出指标", "50"), ("效益指标", "30"), ("满意度指标", "10"), ("预算执行", "10")):
        c.weights([r["weight"] for r in rows if r["l1"] == l1], w, f"{l1} block (default split)")
    m = c.one(r"本项目自评得分([\d.]+)分，评价等级为(\S)")
    c.scores([r["score"] for r in rows], m[1], "scores vs text total")
    c.grade(m[1], m[2], "grade")
    c.same("保费补贴企业数 text/table", nfirms, split_value(row_by(rows, "保费补贴企业数")["actual"])[1])
    c.same("参展企业 text/table", fair, split_value(row_by(rows, "支持参加境内外展会企业数")["actual"])[1])
    c.same("认证项目 text/table", cert, split_value(row_by(rows, "支持国际认证及商标注册项目数")["actual"])[1])
    g = c.one(r"全年保费补贴企业不少于(\d+)家次，支持参加境内外展会企业不少于(\d+)家，支持国际认证及商标注册项目不少于(\d+)个；"
              r"参保企业出口额不低于(\d+)亿元，新增有出口实绩企业不少于(\d+)家，企业满意度不低于(\d+)%")
    for i, nm in enumerate(["保费补贴企业数", "支持参加境内外展会企业数", "支持国际认证及商标注册项目数", "参保企业出口额",
                            "新增有出口实绩企业数", "企业满意度"], start=1):
        c.same(f"目标 {nm} text/table", g[i], split_value(row_by(rows, nm)["target"])[1])
    m = c.one(r"单户年度补贴不超过(\d+)万元")
    c.same("上限 text/table", m[1], split_value(row_by(rows, "单户保费补贴上限")["target"])[1])
    c.same("补贴比例 text/table", c.one(r"短期出口信用保险保费的(\d+)%给予补贴")[1],
           split_value(row_by(rows, "保费补贴比例")["target"])[1])


def p_yibin(c):
    Y = eval_year(c)
    year_checks(c, Y)
    m = c.one(r"项目年初预算([\d.]+)万元，其中中央外经贸发展专项资金([\d.]+)万元、省级资金([\d.]+)万元、市级资金([\d.]+)万元。"
              r"年中市级资金因财政收支平衡需要调减([\d.]+)万元，调整后全年预算([\d.]+)万元（市级([\d.]+)万元）")
    init, cen, prov, city0, cut, annual, city1 = [M(m[i]) for i in range(1, 8)]
    c.sum_(init, [cen, prov, city0], "年初 = 中央 + 省 + 市")
    c.sum_(init, [annual, cut], "年初 − 调减 = 全年")
    c.sum_(city0, [city1, cut], "市级 − 调减 = 调整后市级")
    c.sum_(annual, [cen, prov, city1], "全年 = 中央 + 省 + 调整后市级")
    m = c.one(r"实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中出口信用保险保费补助([\d.]+)万元，开拓国际市场补助([\d.]+)万元")
    spent, rate, prem, mkt = M(m[1]), m[2], M(m[3]), M(m[4])
    c.rate(spent, annual, rate, "text 执行率")
    c.sum_(spent, [prem, mkt], "支出 = 保费 + 开拓")
    m = c.one(r"第一批（宜商务发〔(\d{4})〕41号）补助企业(\d+)家次，金额([\d.]+)万元，[^；]*；第二批（宜商务发〔(\d{4})〕96号）补助企业(\d+)家次，"
              r"金额([\d.]+)万元。两批合计(\d+)家次、([\d.]+)万元，户均补助([\d.]+)万元")
    c.check("year_mismatch", int(m[1]) == Y and int(m[4]) == Y, "batch documents year")
    n1, a1, n2, a2, ntot, atot, avg = m[2], M(m[3]), m[5], M(m[6]), m[7], M(m[8]), m[9]
    c.count_sum(ntot, [n1, n2], "家次 total")
    c.sum_(atot, [a1, a2], "two batches")
    c.same("两批合计 = 保费补助", atot, prem)
    c.average([atot.num], avg, "户均补助", divisor=ntot)
    m = c.one(r"实缴保费([\d.]+)万元，按(\d+)%计算为([\d.]+)万元，按上限核定为([\d.]+)万元")
    c.share(M(m[1]), m[2], M(m[3]), "50% of the largest premium")
    capped = M(m[4])
    capv = c.one(r"单户年度补助不超过([\d.]+)万元")[1]
    c.check("sum_mismatch", M(m[3]).wan > capped.wan, "capped above the cap")
    c.same("上限 text", capped, M(capv))
    bal = M(c.one(r"未支出的([\d.]+)万元")[1])
    c.balance(annual, spent, bal, "未支出 = 全年 − 支出")
    m = c.one(r"全年保费补助企业(\d+)家次，较(\d{4})年的(\d+)家次增加(\d+)家次；支持企业参加境内外重点展会(\d+)家次")
    c.diff(m[1], m[3], m[4], "比上年增加")
    c.check("year_mismatch", int(m[2]) == Y - 1, "上年 year")
    c.same("保费补助家次 text", m[1], ntot)
    nfair = m[5]
    m = c.one(r"短期出口信用保险渗透率([\d.]+)%，未达到(\d+)%的目标")
    pen, pen_t = m[1], m[2]
    g = c.one(r"全年保费补助企业不少于(\d+)家次，支持企业参加境内外重点展会不少于(\d+)家次；资金拨付及时率不低于(\d+)%；"
              r"短期出口信用保险渗透率不低于(\d+)%")
    f = mof_funds(c, lambda l: l.startswith("项目｜年初预算数"))
    tot = f["年度资金总额"]
    for k in ("init", "annual", "spent"):
        c.sum_(tot[k], [f["财政资金"][k], f["财政专户管理资金"][k], f["单位资金"][k], f["其他资金"][k]], f"funds column {k}")
    c.same("年初 text/table", init, tot["init"])
    c.same("全年 text/table", annual, tot["annual"])
    c.same("支出 text/table", spent, tot["spent"])
    c.same("执行率 text/table", rate, tot["rate"])
    exec_score(c, tot["annual"], tot["spent"], tot["rate"], tot["weight"], tot["score"], "funds execution score")
    rows, totals = indicator_table(c, Y, lambda l: l.startswith("一级指标｜"), sichuan=True)
    c.weights([r["weight"] for r in rows], totals["绩效指标合计"][0], "indicator weights vs 绩效指标合计")
    c.weights([tot["weight"], totals["绩效指标合计"][0]], totals["总分"][0], "10 + 90 = 总分")
    c.weights([totals["总分"][0]], "100", "总分 = 100")
    c.scores([r["score"] for r in rows], totals["绩效指标合计"][1], "indicator scores vs 绩效指标合计")
    c.scores([tot["score"], totals["绩效指标合计"][1]], totals["总分"][1], "execution + indicators = 总分")
    m = c.one(r"项目自评得分([\d.]+)分，自评等级为(\S)")
    c.scores([tot["score"]] + [r["score"] for r in rows], m[1], "scores vs text total")
    c.grade(m[1], m[2], "grade")
    c.same("家次 text/table", ntot, row_by(rows, "保费补助企业")["actual"])
    c.same("展会 text/table", nfair, row_by(rows, "支持企业参加境内外重点展会")["actual"])
    c.same("渗透率 text/table", pen, row_by(rows, "短期出口信用保险渗透率")["actual"])
    c.same("渗透率目标 text/table", pen_t, g[4], row_by(rows, "短期出口信用保险渗透率")["target"])
    c.same("上限 text/table", capv, row_by(rows, "单户年度保费补助上限")["target"], row_by(rows, "单户年度保费补助上限")["actual"])
    c.same("目标 家次", g[1], row_by(rows, "保费补助企业")["target"])
    c.same("目标 展会", g[2], row_by(rows, "支持企业参加境内外重点展会")["target"])
    c.same("目标 及时率", g[3], row_by(rows, "资金拨付及时率")["target"])


def p_xuchang(c):
    Y = eval_year(c)
    year_checks(c, Y)
    m = c.one(r"(\d{4})年年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元；年中追加出口信用保险保费补贴等项目资金([\d.]+)万元，"
              r"全年预算([\d.]+)万元。截至\d{4}年12月31日，全年支出([\d.]+)万元，预算执行率([\d.]+)%，未支出的([\d.]+)万元均为项目资金")
    c.check("year_mismatch", int(m[1]) == Y, "budget year")
    init, basic0, proj0, add, annual, spent, rate, bal = M(m[2]), M(m[3]), M(m[4]), M(m[5]), M(m[6]), M(m[7]), m[8], M(m[9])
    c.sum_(init, [basic0, proj0], "年初 = 基本 + 项目")
    c.sum_(annual, [init, add], "年初 + 追加 = 全年")
    c.rate(spent, annual, rate, "text 执行率")
    c.balance(annual, spent, bal, "未支出 = 全年 − 支出")
    header, rows = parse_table(c.t, lambda l: l.startswith("项目｜年初预算数｜全年预算数｜全年执行数｜执行率"))
    dept = {r[0].strip(): [x.strip() for x in r[1:]] for r in rows}
    for k in ("基本支出", "项目支出", "合计"):
        c.rate(M(dept[k][2]), M(dept[k][1]), dept[k][3].rstrip("%"), f"dept row {k}")
    for j in range(3):
        c.sum_(M(dept["合计"][j]), [M(dept["基本支出"][j]), M(dept["项目支出"][j])], f"dept column {j}")
    c.sum_(M(dept["项目支出"][1]), [M(dept["项目支出"][0]), add], "项目 年初 + 追加 = 项目 全年")
    c.balance(M(dept["项目支出"][1]), M(dept["项目支出"][2]), bal, "未支出 = 项目 全年 − 项目 执行 (均为项目资金)")
    c.same("年初 text/table", init, M(dept["合计"][0]))
    c.same("基本 text/table", basic0, M(dept["基本支出"][0]))
    c.same("项目 text/table", proj0, M(dept["项目支出"][0]))
    c.same("全年 text/table", annual, M(dept["合计"][1]))
    c.same("支出 text/table", spent, M(dept["合计"][2]))
    c.same("执行率 text/table", rate, dept["合计"][3].rstrip("%"))
    header, rows = parse_table(c.t, lambda l: l.startswith("项目名称｜全年预算数"))
    proj = {r[0].strip(): [x.strip() for x in r[1:]] for r in rows}
    names = [k for k in proj if k != "合计"]
    for k in proj:
        c.rate(M(proj[k][1]), M(proj[k][0]), proj[k][2].rstrip("%"), f"project {k}")
    for k in names:
        c.grade(proj[k][3], proj[k][4], f"project {k} grade")
        c.cap(proj[k][3], "100", f"project {k} score")
    for j in range(2):
        c.sum_(M(proj["合计"][j]), [M(proj[k][j]) for k in names], f"project column {j}")
    c.same("项目支出 全年 project/dept table", M(proj["合计"][0]), M(dept["项目支出"][1]))
    c.same("项目支出 执行 project/dept table", M(proj["合计"][1]), M(dept["项目支出"][2]))
    c.same("项目执行率 project/dept table", proj["合计"][2].rstrip("%"), dept["项目支出"][3].rstrip("%"))
    c.check("sum_mismatch", int(c.one(r"部门(\d+)个外贸类项目")[1]) == len(names), "project count (intro)")
    m = c.one(r"(\d+)个项目平均自评得分([\d.]+)分")
    c.check("sum_mismatch", int(m[1]) == len(names), "project count")
    c.average([proj[k][3] for k in names], m[2], "平均自评得分")
    m = c.one(r"第一批（许商务〔(\d{4})〕18号）([\d.]+)万元，第二批（许商务〔(\d{4})〕77号）([\d.]+)万元，全年共为(\d+)家企业兑付保费补贴，"
              r"(\d{4})年该项补贴企业为(\d+)家")
    c.check("year_mismatch", int(m[1]) == Y and int(m[3]) == Y and int(m[6]) == Y - 1, "batch / last-year years")
    c.sum_(M(proj["出口信用保险保费补贴"][1]), [M(m[2]), M(m[4])], "two batches = 保费补贴 执行")
    nfirm = m[5]
    nfair = c.one(r"支持企业参加境内外展会(\d+)场次")[1]
    m = c.one(r"全市货物贸易进出口总额增长([\d.]+)%，低于(\d+)%的年度目标（(\d{4})年增长([\d.]+)%）")
    growth, growth_t = m[1], m[2]
    c.check("year_mismatch", int(m[3]) == Y - 1, "last-year growth year")
    sg = c.one(r"“三公”经费支出([\d.]+)万元")[1]
    sat = c.one(r"满意度([\d.]+)%。")[1]
    g = c.one(r"出口信保保费补贴企业不少于(\d+)家，组织企业参加境内外展会不少于(\d+)场，全市货物贸易进出口总额增长(\d+)%以上，"
              r"跨境电商交易额不低于(\d+)亿元")
    rows, totals = indicator_table(c, Y, lambda l: l.startswith("一级指标｜"))
    ex = row_by(rows, "预算执行率")
    c.same("执行率 indicator/text", ex["actual"].rstrip("%"), rate)
    c.weights([r["weight"] for r in rows], totals["总分"][0], "weights vs 总分")
    c.weights([totals["总分"][0]], "100", "总分 = 100")
    c.scores([r["score"] for r in rows], totals["总分"][1], "scores vs 总分")
    blocks = {"预算执行": "10", "产出指标": "50", "效益指标": "30", "满意度指标": "10"}
    cur = None
    for r in rows:
        cur = r["l1"] or cur
        r["block"] = cur
    for l1, w in blocks.items():
        c.weights([r["weight"] for r in rows if r["block"] == l1], w, f"{l1} block (default split)")
    m = c.one(r"部门整体支出绩效自评得分([\d.]+)分，综合评价等级为(\S)")
    c.scores([r["score"] for r in rows], m[1], "scores vs text total")
    c.grade(m[1], m[2], "grade")
    c.same("补贴企业数 text/table", nfirm, split_value(row_by(rows, "出口信保保费补贴企业数")["actual"])[1])
    c.same("展会场次 text/table", nfair, split_value(row_by(rows, "组织企业参加境内外展会")["actual"])[1])
    c.same("增长率 text/table", growth, split_value(row_by(rows, "全市货物贸易进出口总额增长率")["actual"])[1])
    c.same("增长率目标 text/table", growth_t, g[3], split_value(row_by(rows, "全市货物贸易进出口总额增长率")["target"])[1])
    c.same("三公 text/table", sg, split_value(row_by(rows, "“三公”经费支出")["actual"])[1])
    c.same("满意度 text/table", sat, split_value(row_by(rows, "外贸企业满意度")["actual"])[1])
    c.same("目标 企业", g[1], split_value(row_by(rows, "出口信保保费补贴企业数")["target"])[1])
    c.same("目标 展会", g[2], split_value(row_by(rows, "组织企业参加境内外展会")["target"])[1])
    c.same("目标 跨境电商", g[4], split_value(row_by(rows, "跨境电商交易额")["target"])[1])


def p_lanshan(c):
    Y = eval_year(c)
    year_checks(c, Y)
    m = c.one(r"(\d{4})年项目年初预算([\d.]+)万元（区级财政资金），年内追加省级外经贸发展专项资金([\d.]+)万元（鲁财工指〔(\d{4})〕46号），"
              r"全年预算([\d.]+)万元。实际到位([\d.]+)万元，到位率(\d+)%。全年支出([\d.]+)万元，预算执行率([\d.]+)%，未支出的([\d.]+)万元")
    c.check("year_mismatch", int(m[1]) == Y and int(m[4]) == Y, "budget / document year")
    init, add, annual, recv, recv_rate, spent, rate, bal = M(m[2]), M(m[3]), M(m[5]), M(m[6]), m[7], M(m[8]), m[9], M(m[10])
    c.sum_(annual, [init, add], "年初 + 追加 = 全年")
    c.rate(recv, annual, recv_rate, "到位率")
    c.rate(spent, annual, rate, "执行率")
    c.balance(recv, spent, bal, "未支出 = 到位 − 支出")
    mm = c.one(r"项目实施期为(\d{4})年1月至12月")
    c.check("year_mismatch", int(mm[1]) == Y, "implementation period year")
    c.check("sum_mismatch", int(c.one(r"对(\d)批补贴名单")[1]) == len(re.findall(r"第[一二三四五]批（兰商发", c.t)),
            "number of batches")
    approx = c.one(r"约(\d+)万元资金未能在年内支出")[1]
    c.check("conflicting_values", abs(dec(approx) - (recv.wan - spent.wan)) <= Decimal("0.5") + EPS,
            "approximate restatement of the unspent amount (±0.5)")
    m = c.one(r"支出中，出口信用保险保费补贴([\d.]+)万元，开拓市场补助([\d.]+)万元（境外展会([\d.]+)万元、线上展会([\d.]+)万元）")
    prem, mkt = M(m[1]), M(m[2])
    c.sum_(spent, [prem, mkt], "支出 = 保费 + 开拓")
    c.sum_(mkt, [M(m[3]), M(m[4])], "开拓 = 境外 + 线上")
    m = c.one(r"第一批（兰商发〔(\d{4})〕9号）(\d+)家、([\d.]+)万元，第二批（兰商发〔(\d{4})〕33号）(\d+)家、([\d.]+)万元，"
              r"第三批（兰商发〔(\d{4})〕58号）(\d+)家、([\d.]+)万元，三批合计(\d+)家、([\d.]+)万元，平均每批([\d.]+)万元")
    c.check("year_mismatch", all(int(m[i]) == Y for i in (1, 4, 7)), "batch documents year")
    ns, amts = [m[2], m[5], m[8]], [M(m[3]), M(m[6]), M(m[9])]
    c.count_sum(m[10], ns, "三批家数")
    c.sum_(M(m[11]), amts, "三批金额")
    c.same("三批合计 = 保费补贴", M(m[11]), prem)
    c.average([a.num for a in amts], m[12], "平均每批")
    nfirm = m[10]
    m = c.one(r"企业实缴保费合计([\d.]+)万元，按(\d+)%计算为([\d.]+)万元；其中(\d+)家企业超过单户(\d+)万元上限，核减([\d.]+)万元")
    c.share(M(m[1]), m[2], M(m[3]), "50% of premiums")
    c.sum_(M(m[3]), [prem, M(m[6])], "应补 = 实补 + 核减")
    capv = m[5]
    c.same("上限 text", capv, c.one(r"单户年度补贴不超过(\d+)万元")[1])
    # indicators in prose
    b0 = c.one(r"（一）预算执行（分值(\d+)分）：预算执行率([\d.]+)%，得([\d.]+)分")
    c.same("执行率 restated", b0[2], rate)
    c.cap(b0[3], b0[1], "预算执行")
    ra = spent.wan / annual.wan
    c.rule(agrees(r2(dec(b0[1]) * min(ra, Decimal(1))), b0[3]) or agrees(r2(dec(b0[1]) * dec(b0[2]) / HUNDRED), b0[3]),
           "execution score")
    blocks = {}
    for key, pat in (("产出", r"（二）产出指标（分值(\d+)分，得([\d.]+)分）"), ("效益", r"（三）效益指标（分值(\d+)分，得([\d.]+)分）"),
                     ("满意度", r"（四）满意度指标（分值(\d+)分，得([\d.]+)分）")):
        mm = c.one(pat)
        blocks[key] = (mm[1], mm[2])
        c.cap(mm[2], mm[1], f"{key} block")
    c.weights([b0[1]] + [w for w, _ in blocks.values()], "100", "first-level weights = 100")
    quant = list(re.finditer(r"(\d)\.([^：\n]+)：分值(\d+)分，目标(不少于|不低于|不超过)?([\d.]+)(家次|家|%|万元|亿元)，"
                             r"实际(?:最高)?([\d.]+)(家次|家|%|万元|亿元)，完成率([\d.]+)%，得([\d.]+)分", c.t))
    if len(quant) != 5:
        raise ParseError(f"quantitative indicators: {len(quant)}")
    items = {}
    for q in quant:
        sign = {"不少于": "≥", "不低于": "≥", "不超过": "≤"}.get(q[4] or "", "")
        check_indicator(c, Y, q[2], f"{sign}{q[5]}{q[6]}", f"{q[7]}{q[8]}", q[3], q[10], q[9] + "%")
        items[q[2]] = q
    dt = c.one(r"\d\.补贴资金拨付时间：分值(\d+)分，目标(\d{4}年\d+月\d+日)前，实际(\d{4}年\d+月\d+日)全部拨付，得([\d.]+)分")
    check_indicator(c, Y, "补贴资金拨付时间", dt[2] + "前", dt[3], dt[1], dt[4])
    qual = list(re.finditer(r"“([^”]+)”分值(\d+)分，达成年度指标，得([\d.]+)分", c.t))
    if len(qual) != 2:
        raise ParseError("qualitative indicators")
    for q in qual:
        check_indicator(c, Y, q[1], "定性", "达成年度指标", q[2], q[3])
    sat = c.one(r"投保企业满意度目标不低于([\d.]+)%，实际([\d.]+)%，完成率([\d.]+)%，得([\d.]+)分")
    check_indicator(c, Y, "投保企业满意度", f"≥{sat[1]}%", f"{sat[2]}%", blocks["满意度"][0], sat[4], sat[3] + "%")
    out_names = ["保费补贴企业数", "支持企业参加境内外展会", "补贴审核准确率", "单户保费补贴上限"]
    c.weights([items[n][3] for n in out_names] + [dt[1]], blocks["产出"][0], "产出 items vs 产出 weight")
    c.scores([items[n][10] for n in out_names] + [dt[4]], blocks["产出"][1], "产出 items vs 产出 score")
    c.weights([items["投保企业出口额"][3]] + [q[2] for q in qual], blocks["效益"][0], "效益 items vs 效益 weight")
    c.scores([items["投保企业出口额"][10]] + [q[3] for q in qual], blocks["效益"][1], "效益 items vs 效益 score")
    c.scores([sat[4]], blocks["满意度"][1], "满意度 item vs block")
    m = c.one(r"预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，合计自评得分([\d.]+)分，评价等级为(\S)")
    c.same("执行得分 restated", m[1], b0[3])
    c.same("产出得分 restated", m[2], blocks["产出"][1])
    c.same("效益得分 restated", m[3], blocks["效益"][1])
    c.same("满意度得分 restated", m[4], blocks["满意度"][1])
    c.scores([b0[3]] + [s for _, s in blocks.values()], m[5], "total score")
    c.grade(m[5], m[6], "grade")
    c.same("保费补贴企业数 text", nfirm, items["保费补贴企业数"][7])
    c.same("上限 indicator/text", capv, items["单户保费补贴上限"][5], items["单户保费补贴上限"][7])
    g = c.one(r"保费补贴企业不少于(\d+)家，支持企业参加境内外展会不少于(\d+)家次，投保企业出口额不低于(\d+)亿元，投保企业满意度不低于(\d+)%")
    c.same("目标 企业", g[1], items["保费补贴企业数"][5])
    c.same("目标 展会", g[2], items["支持企业参加境内外展会"][5])
    c.same("目标 出口额", g[3], items["投保企业出口额"][5])
    c.same("目标 满意度", g[4], sat[1])
    c.check("year_mismatch", int(c.one(r"(\d{4})年该指标实际为")[1]) == Y - 1, "last-year figure year")


PROJECTS = {
    "haining-xinbao-2019": p_haining,
    "nankang-kaituo-2021": p_nankang,
    "lanshan-baofei-2022": p_lanshan,
    "yibin-waijingmao-2023": p_yibin,
    "xuchang-bumen-2024": p_xuchang,
}


def run_checks(source, text):
    c = Ctx(text)
    try:
        PROJECTS[source](c)
    except (ParseError, KeyError, IndexError, ValueError) as exc:
        c.fails.append(("parse_error", f"{type(exc).__name__}: {exc}"))
    return c


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    problems = []
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    clean_of = {rec["source"]: texts[rec["case"]] for rec in labels if rec["clean"]}
    code_count = Counter()
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        problems.append(f"expected 35 labels with 5 clean, got {len(labels)}")
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        n = len(text)
        if not 1500 <= n <= 5000:
            problems.append(f"{name}: length {n} outside 1500-5000")
        c = run_checks(rec["source"], text)
        err_codes = sorted({code for code, _ in c.fails if code not in WARNINGS})
        warns = [(code, msg) for code, msg in c.fails if code in WARNINGS]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expectations")
            if c.fails:
                problems.append(f"{name}: clean draft fails {c.fails}")
            print(f"{name:38s} clean   {c.nchecks:3d} checks pass")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} expectations")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        code_count[code] += 1
        if exp[0]["severity"] != "error" or code not in CODES_A:
            problems.append(f"{name}: bad code/severity {code}")
        if err_codes != [code]:
            problems.append(f"{name}: labelled {code}, checks fail {err_codes}: {c.fails}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        a, b = changed_region(clean_of[rec["source"]], text)
        if not 0 < b - a <= 40:
            problems.append(f"{name}: changed region {b - a} characters")
        vs = text.find(value)
        if not (vs < b and a < vs + len(value)):
            problems.append(f"{name}: value does not overlap the edit")
        if warns:
            problems.append(f"{name}: also raises warnings {warns}")
        extra = ""
        print(f"{name:38s} {code:22s} fails {err_codes}{extra}")
    for code in CODES_A:
        if code_count[code] < 2:
            problems.append(f"code {code} used {code_count[code]} times")
    print("per code:", dict(sorted(code_count.items())))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
