#!/usr/bin/env python3
"""Verify the set: labels, one-place edits, code coverage, and the arithmetic of every case.

Standard library only; numbers are decimal.Decimal, rounding ROUND_HALF_UP, tolerance of rules.md §8
(a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d).
For every draft a project-specific function reads the figures (each with a regular expression or a
table cell that must be found exactly once) and redoes the arithmetic. Each check carries an error
code of errors.md §A (or the warning `score_rule`). Clean drafts: every check passes. Error cases:
the labelled code fails and no other error-level code fails. Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN = {"score_rule"}
HUNDRED = D(100)
WAN = D(10000)


# ---------------------------------------------------------------- helpers
class ParseError(Exception):
    pass


def dec(s):
    return D(str(s).replace(",", "").strip())


def places(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(c, s):
    """computed c consistent with stated string s (tolerance from the stated decimals)."""
    return abs(D(c) - dec(s)) <= D("0.5") * D(10) ** (-places(s)) + D("1e-9")


def eqv(a, b):
    return dec(a) == dec(b)


def one(t, pat, flags=0):
    m = list(re.finditer(pat, t, flags))
    if len(m) != 1:
        raise ParseError(f"pattern {pat!r} matched {len(m)} times")
    g = m[0].groups()
    return g if len(g) > 1 else g[0]


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

QTY = re.compile(r"^(≥|≤|＞|＜|=|不少于|不低于|不超过)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)\s*$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


def qty(s):
    """'≥110场' -> ('gte', Decimal(110), '场'); dates -> ('date', (y, m, d), 'date')."""
    s = s.strip()
    m = DATE.match(s)
    if m:
        return ("lte" if m.group(4) else "eq", (int(m.group(1)), int(m.group(2)), int(m.group(3))), "date")
    m = QTY.match(s)
    if not m:
        raise ParseError(f"cannot read quantity {s!r}")
    sign = {"≥": "gte", "＞": "gte", "不少于": "gte", "不低于": "gte", "≤": "lte", "＜": "lte", "不超过": "lte",
            "=": "eq", None: "eq"}[m.group(1)]
    return sign, D(m.group(2)), m.group(3)


def completion(direction, target, actual):
    """completion rate in % per rules §5 (None when undefined)."""
    if direction == "lte":
        return HUNDRED if actual <= target else target / actual * HUNDRED
    if target == 0:
        return None
    return actual / target * HUNDRED


def rule_score(direction, target, actual, weight):
    if direction == "lte":
        s = weight if actual <= target else weight * target / actual
    elif direction == "eq" and target == 0:
        s = weight if actual <= 0 else D(0)
    else:
        s = weight if actual >= target else weight * max(actual, D(0)) / target
    return min(max(s, D(0)), weight)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Checks:
    def __init__(self):
        self.items = []  # (code, ok, message)

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def close(self, code, computed, stated, msg):
        self.add(code, close(computed, stated), f"{msg}: computed {r2(computed)} vs stated {stated}")

    def equal(self, code, a, b, msg):
        self.add(code, eqv(a, b), f"{msg}: {a} vs {b}")

    def sum_or_unit(self, parts, total, msg):
        """Σ parts = total; if not, and rescaling one part by 10^-4 or 10^4 fixes it: unit_mismatch."""
        s = sum(dec(p) for p in parts)
        if close(s, total):
            self.add("sum_mismatch", True, msg)
            return
        for i, p in enumerate(parts):
            for f in (D(1) / WAN, WAN):
                alt = s - dec(p) + dec(p) * f
                if close(alt, total):
                    self.add("unit_mismatch", False, f"{msg}: part {p} off by 10^4")
                    return
        self.add("sum_mismatch", False, f"{msg}: Σ {s} vs {total}")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)

    def pct_cap(self, stated, msg):
        self.add("implausible_rate", D(0) <= dec(stated) <= HUNDRED, f"{msg}: {stated}% must lie in [0, 100]")

    def grade(self, total, word, msg):
        self.add("grade_mismatch", GRADE_WORDS.get(word) == grade_of(dec(total)), f"{msg}: {total} -> {word}")

    def failed(self):
        return sorted({c for c, ok, _ in self.items if not ok})


def money_unit_fix(value, check):
    """Return True if value passes check(value) directly; 'unit' if only after rescaling by 10^-4/10^4."""
    v = dec(value)
    if check(v):
        return True
    for f in (D(1) / WAN, WAN):
        if check(v * f):
            return "unit"
    return False


def issued_ok(y, m, year):
    return y == year or (y == year - 1 and m == 12)


def bar_rows(t):
    return [ln.split("｜") for ln in t.splitlines() if "｜" in ln]


def find_row(rows, idx, name):
    hits = [r for r in rows if len(r) > idx and r[idx] == name]
    if len(hits) != 1:
        raise ParseError(f"row {name!r} found {len(hits)} times")
    return hits[0]


def indicator_checks(c, rows, label):
    """rows: list of dicts with name, direction, target, t_unit, actual(str), a_unit, weight(str), score(str)."""
    for r in rows:
        c.add("score_exceeds_weight", D(0) <= dec(r["score"]) <= dec(r["weight"]),
              f"{label} {r['name']}: score {r['score']} within [0, {r['weight']}]")
        unit_ok = r["a_unit"] == r["t_unit"]
        c.add("unit_mismatch", unit_ok, f"{label} {r['name']}: unit {r['t_unit']!r} vs {r['a_unit']!r}")
        if r["a_unit"] == "%":
            c.pct_cap(r["actual"], f"{label} {r['name']}")
        if unit_ok and r["t_unit"] != "date":
            a = dec(r["actual"])
            rs = rule_score(r["direction"], r["target"], a, dec(r["weight"]))
            c.add("score_rule", close(rs, r["score"]) or ("stated_completion" in r and close(
                dec(r["weight"]) * min(dec(r["stated_completion"]), HUNDRED) / HUNDRED, r["score"])),
                f"{label} {r['name']}: rule score {r2(rs)} vs {r['score']}")


# ---------------------------------------------------------------- project 1: Jiangxi, ｜ table
def check_jx(t):
    c = Checks()
    Y = int(one(t, r"\n(\d{4})年度送戏下乡项目支出绩效自评报告"))
    c.year(int(one(t, r"附件：(\d{4})年度送戏下乡项目支出绩效自评表")) == Y, "table caption year")
    c.year(int(one(t, r"项目实施期为(\d{4})年1月1日至")) == Y, "implementation period")
    ini = one(t, r"安排送戏下乡经费([\d.]+)万元")
    iy, im = one(t, r"送戏下乡经费[\d.]+万元，于(\d{4})年(\d+)月拨付到位")
    c.year(issued_ok(int(iy), int(im), Y), f"county funds issued {iy}-{im}")
    per, nsub = one(t, r"按每场(\d+)元的标准核定我县农村公益性演出补助(\d+)场")
    prov = one(t, r"省级补助资金([\d.]+)万元于")
    py, pm = one(t, r"省级补助资金[\d.]+万元于(\d{4})年(\d+)月追加下达")
    c.year(issued_ok(int(py), int(pm), Y), f"provincial grant issued {py}-{pm}")
    c.close("sum_mismatch", dec(per) * dec(nsub) / WAN, prov, "provincial grant = 元 per show x shows")
    annual = one(t, r"项目全年预算([\d.]+)万元")
    c.sum_or_unit([ini, prov], annual, "年初 + 追加 = 全年预算")
    recv = one(t, r"实际到位([\d.]+)万元")
    c.close("rate_mismatch", dec(recv) / dec(annual) * HUNDRED, one(t, r"到位率([\d.]+)%"), "到位率")
    c.pct_cap(one(t, r"到位率([\d.]+)%"), "到位率")
    spent = one(t, r"全年实际支出([\d.]+)万元")
    rate = one(t, r"全年实际支出[\d.]+万元，预算执行率([\d.]+)%")
    c.close("rate_mismatch", dec(spent) / dec(annual) * HUNDRED, rate, "执行率")
    c.pct_cap(rate, "执行率")
    prate = one(t, r"省级补助资金执行率([\d.]+)%")
    c.pct_cap(prate, "省级执行率")
    prov_spent = dec(prov) * dec(prate) / HUNDRED
    crate = one(t, r"县级资金执行率([\d.]+)%")
    c.close("rate_mismatch", (dec(spent) - prov_spent) / dec(ini) * HUNDRED, crate, "县级资金执行率")
    c.pct_cap(crate, "县级执行率")
    parts = one(t, r"演职人员下乡补贴([\d.]+)万元、交通运输费([\d.]+)万元、舞台音响灯光租赁及维护([\d.]+)万元、服装道具购置([\d.]+)万元")
    c.sum_or_unit(list(parts), spent, "spending by content")
    bal = one(t, r"年末结余([\d.]+)万元")
    c.close("balance_mismatch", dec(recv) - dec(spent), bal, "结余 = 到位 - 执行")
    c.equal("conflicting_values", one(t, r"结转的([\d.]+)万元"), bal, "结转 amount restated")
    c.year(int(one(t, r"结转至(\d{4})年使用")) > Y, "carry-over goes to a later year")
    c.year(int(one(t, r"结转的[\d.]+万元将在(\d{4})年")) > Y, "carry-over payment year")
    # outputs in the text
    shows = one(t, r"全年完成送戏下乡演出(\d+)场")
    t_shows = one(t, r"全年送戏下乡演出不少于(\d+)场")
    c.close("completion_mismatch", dec(shows) / dec(t_shows) * HUNDRED, one(t, r"完成率([\d.]+)%"), "场次完成率")
    last, inc = one(t, r"比(?:\d{4})年的(\d+)场增加(\d+)场")
    c.equal("sum_mismatch", dec(shows) - dec(last), inc, "increase over last year")
    avgcost = one(t, r"全年场均演出成本(\d+)元")
    c.close("average_mismatch", dec(spent) * WAN / dec(shows), avgcost, "场均演出成本")
    aud = one(t, r"累计观众约([\d.]+)万人次")
    aud_avg = one(t, r"场均约(\d+)人次")
    lo = (dec(aud) - D("0.05")) * WAN / dec(shows)
    hi = (dec(aud) + D("0.05")) * WAN / dec(shows)
    c.add("average_mismatch", lo - D("0.5") <= dec(aud_avg) <= hi + D("0.5"), f"约 audience per show {aud_avg} in [{lo:.1f}, {hi:.1f}]")
    # funds table
    rows = bar_rows(t)
    tot = find_row(rows, 0, "年度资金总额")
    subs = [find_row(rows, 0, n) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for k, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_or_unit([r[k] for r in subs], tot[k], f"funds table {col} column")
    c.equal("conflicting_values", tot[1], ini, "table 年初 vs text")
    c.equal("conflicting_values", tot[2], annual, "table 全年 vs text")
    c.equal("conflicting_values", tot[3], spent, "table 执行 vs text")
    c.close("rate_mismatch", dec(tot[3]) / dec(tot[2]) * HUNDRED, tot[5].rstrip("%"), "table 执行率")
    c.pct_cap(tot[5].rstrip("%"), "table 执行率")
    c.equal("conflicting_values", tot[5].rstrip("%"), rate, "table 执行率 vs text")
    exec_w, exec_s = tot[4], tot[6]
    c.add("score_exceeds_weight", D(0) <= dec(exec_s) <= dec(exec_w), "execution score within weight")
    c.add("score_rule", close(dec(exec_w) * min(dec(tot[3]) / dec(tot[2]), D(1)), exec_s), "execution score")
    # indicator table
    names = ["送戏下乡演出场次", "演出覆盖乡镇数", "新排、复排剧目", "年度演出任务完成时间", "场均演出成本",
             "观看演出群众人次", "培养青年传承演员", "农村群众满意度"]
    ind = []
    for n in names:
        r = find_row(rows, 2, n)
        d, tv, tu = qty(r[3])
        _, av, au = qty(r[4])
        ind.append({"name": n, "l1": r[0], "direction": d, "target": tv, "t_unit": tu, "actual": str(av) if au != "date" else "0",
                    "a_unit": au, "weight": r[5], "score": r[6]})
    indicator_checks(c, ind, "table")
    totrow = find_row(rows, 0, "总分")
    wsum = dec(exec_w) + sum(dec(r["weight"]) for r in ind)
    c.add("weight_sum_mismatch", wsum == dec(totrow[5]) == HUNDRED, f"weights Σ {wsum} vs {totrow[5]} / 100")
    ssum = dec(exec_s) + sum(dec(r["score"]) for r in ind)
    c.close("score_sum_mismatch", ssum, totrow[6], "Σ scores vs table total")
    # text scores 得X分（满分Y分）
    pe = one(t, r"预算执行得([\d.]+)分（满分(\d+)分）")
    po = one(t, r"产出指标得([\d.]+)分（满分(\d+)分）")
    pb = one(t, r"效益指标得([\d.]+)分（满分(\d+)分）")
    ps = one(t, r"满意度指标得([\d.]+)分（满分(\d+)分）")
    for lab, (s, w) in (("执行", pe), ("产出", po), ("效益", pb), ("满意度", ps)):
        c.add("score_exceeds_weight", dec(s) <= dec(w), f"text {lab} {s} <= {w}")
    c.equal("conflicting_values", pe[0], exec_s, "text vs table execution score")
    c.equal("weight_sum_mismatch", pe[1], exec_w, "text vs table execution weight")
    for lab, (s, w), l1 in (("产出", po, "产出指标"), ("效益", pb, "效益指标"), ("满意度", ps, "满意度指标")):
        grp = [r for r in ind if r["l1"] == l1]
        c.add("weight_sum_mismatch", sum(dec(r["weight"]) for r in grp) == dec(w), f"{lab} weights vs 满分{w}")
        c.close("score_sum_mismatch", sum(dec(r["score"]) for r in grp), s, f"{lab} subtotal")
    c.add("weight_sum_mismatch", sum(dec(x[1]) for x in (pe, po, pb, ps)) == HUNDRED, "text maxima sum to 100")
    total = one(t, r"自评总分([\d.]+)分")
    c.close("score_sum_mismatch", sum(dec(x[0]) for x in (pe, po, pb, ps)), total, "text subtotals vs total")
    c.equal("conflicting_values", total, totrow[6], "text total vs table total")
    c.grade(total, one(t, r"评价等级为“(.)”"), "grade")
    # text vs table
    c.equal("conflicting_values", shows, qty(find_row(rows, 2, "送戏下乡演出场次")[4])[1], "shows text vs table")
    c.equal("conflicting_values", avgcost, qty(find_row(rows, 2, "场均演出成本")[4])[1], "场均成本 text vs table")
    c.equal("conflicting_values", aud, qty(find_row(rows, 2, "观看演出群众人次")[4])[1], "audience text vs table")
    c.equal("conflicting_values", t_shows, qty(find_row(rows, 2, "送戏下乡演出场次")[3])[1], "target shows text vs table")
    c.equal("conflicting_values", one(t, r"培养青年传承演员(\d+)名，"), qty(find_row(rows, 2, "培养青年传承演员")[4])[1], "trainees text vs table")
    return c


# ---------------------------------------------------------------- project 2: Shanxi, tab-separated
def check_sx(t):
    c = Checks()
    Y = int(one(t, r"\n(\d{4})年度国有文艺院团惠民演出补助项目绩效自评报告"))
    c.year(int(one(t, r"项目实施计划：(\d{4})年1月至12月")) == Y, "implementation year")
    c.year(int(one(t, r"本项目(\d{4})年度绩效自评总得分")) == Y, "score year")
    lines = [ln.split("\t") for ln in t.splitlines() if "\t" in ln]
    F = {}
    for key in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"):
        hits = [ln for ln in lines if len(ln) > 1 and ln[1] == key]
        if len(hits) != 1:
            raise ParseError(f"funds row {key}")
        F[key] = hits[0] + [""] * (10 - len(hits[0]))
    amt = lambda s: dec(s) if s.strip() else D(0)
    cols = ["总", "小计", "中央", "省", "市", "县", "结转", "其他"]
    for key in ("(1)", "(2)", "(3)", "(4)"):
        r = F[key]
        c.sum_or_unit([r[3] or "0", r[8] or "0", r[9] or "0"], r[2], f"row {key}: 总 = 小计 + 结转 + 其他")
        c.sum_or_unit([r[4] or "0", r[5] or "0", r[6] or "0", r[7] or "0"], r[3], f"row {key}: 小计 = 中央+省+市+县")
    for i in range(2, 10):
        s5 = F["(5)=(3)-(4)"][i]
        if s5.strip():
            c.close("balance_mismatch", amt(F["(3)"][i]) - amt(F["(4)"][i]), s5, f"(5) column {cols[i-2]}")
        for key, num in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
            s = F[key][i]
            base = amt(F["(2)"][i])
            if s.strip() and base != 0:
                c.close("rate_mismatch", amt(F[num][i]) / base * HUNDRED, s, f"{key} column {cols[i-2]}")
                c.pct_cap(s, f"{key} column {cols[i-2]}")
            elif s.strip() and base == 0 and dec(s) != 0:
                c.add("implausible_rate", False, f"{key} column {cols[i-2]}: rate on a zero base")
    # prose funds
    ini = one(t, r"项目年初预算([\d.]+)万元")
    cy, carry = one(t, r"年中将(\d{4})年结转资金([\d.]+)万元纳入")
    c.year(int(cy) == Y - 1, "incoming carry-over from the previous year")
    annual = one(t, r"全年预算资金([\d.]+)万元，其中")
    prov, cty = one(t, r"其中省级补助([\d.]+)万元、县级配套([\d.]+)万元")
    recv = one(t, r"资金实际到位([\d.]+)万元")
    rrate = one(t, r"到位率([\d.]+)%")
    spent = one(t, r"全年执行([\d.]+)万元，")
    rate = one(t, r"全年执行[\d.]+万元，预算执行率([\d.]+)%")
    c.sum_or_unit([ini, carry], annual, "年初 + 结转 = 全年")
    c.sum_or_unit([prov, cty, carry], annual, "省 + 县 + 结转 = 全年")
    c.close("rate_mismatch", dec(recv) / dec(annual) * HUNDRED, rrate, "text 到位率")
    c.close("rate_mismatch", dec(spent) / dec(annual) * HUNDRED, rate, "text 执行率")
    c.pct_cap(rate, "text 执行率")
    for a, b, m in ((ini, F["(1)"][2], "年初"), (annual, F["(2)"][2], "全年"), (carry, F["(2)"][8], "结转"),
                    (prov, F["(2)"][5], "省级"), (cty, F["(2)"][7], "县级"), (recv, F["(3)"][2], "到位"),
                    (spent, F["(4)"][2], "执行"), (rate, F["(7)=(4)/(2)"][2], "执行率")):
        c.equal("conflicting_values", a, b, f"text vs funds table {m}")
    c.year(int(one(t, r"结转至(\d{4})年继续使用")) > Y, "outgoing carry-over year")
    # indicator table
    hdr = [i for i, ln in enumerate(lines) if ln[0] == "一级指标"]
    if len(hdr) != 1:
        raise ParseError("indicator header")
    ind, total_row = [], None
    for ln in lines[hdr[0] + 1:]:
        if ln[0] == "合计":
            total_row = ln
            break
        d, tv, tu = qty(ln[4])
        _, av, au = qty(ln[5])
        r = {"name": ln[2], "l1": ln[0], "direction": d, "target": tv, "t_unit": tu, "actual": str(av), "a_unit": au,
             "weight": ln[3], "score": ln[7]}
        if ln[6] != "—":
            r["stated_completion"] = ln[6].rstrip("%")
            comp = completion(d, tv, av) if tu == au else None
            if comp is None:
                c.add("completion_mismatch", tu != au, f"{ln[2]}: completion on a zero target or unit mismatch")
            else:
                c.close("completion_mismatch", comp, ln[6].rstrip("%"), f"{ln[2]} 完成率")
        ind.append(r)
    indicator_checks(c, ind, "table")
    wsum = sum(dec(r["weight"]) for r in ind)
    c.add("weight_sum_mismatch", wsum == dec(total_row[3]) == HUNDRED, f"weights Σ {wsum} vs {total_row[3]}")
    c.close("score_sum_mismatch", sum(dec(r["score"]) for r in ind), total_row[7], "Σ scores vs 合计")
    byname = {r["name"]: r for r in ind}
    c.equal("conflicting_values", byname["预算执行率"]["actual"], F["(7)=(4)/(2)"][2], "execution row vs funds table")
    total = one(t, r"绩效自评总得分([\d.]+)分")
    c.equal("conflicting_values", total, total_row[7], "text total vs table")
    c.grade(total, one(t, r"评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)"), "grade")
    lastscore, gain = one(t, r"本项目自评得分([\d.]+)分，今年提高([\d.]+)分")
    c.close("sum_mismatch", dec(total) - dec(lastscore), gain, "gain over last year")
    # text outputs vs table
    shows = one(t, r"全年完成惠民演出(\d+)场")
    a1, a2 = one(t, r"农村集市演出(\d+)场，在县城广场、社区演出(\d+)场")
    c.sum_or_unit([a1, a2], shows, "shows by venue")
    c.equal("conflicting_values", shows, byname["惠民演出场次"]["actual"], "shows text vs table")
    c.equal("conflicting_values", one(t, r"全年送戏进校园(\d+)场"), byname["送戏进校园场次"]["actual"], "school shows text vs table")
    aud = one(t, r"观演群众累计([\d.]+)万人次")
    c.equal("conflicting_values", aud, byname["观演群众人次"]["actual"], "audience text vs table")
    avg = one(t, r"平均每场观众(\d+)人")
    c.close("average_mismatch", dec(aud) * WAN / dec(shows), avg, "audience per show")
    lo, hi = one(t, r"单场观众在(\d+)人至(\d+)人之间")
    c.add("average_mismatch", dec(lo) <= dec(avg) <= dec(hi), "average inside the stated range")
    cost = one(t, r"场均演出支出([\d.]+)元，低于")
    c.close("average_mismatch", dec(spent) * WAN / dec(shows), cost, "spending per show")
    c.equal("conflicting_values", cost, byname["场均演出支出"]["actual"], "cost per show text vs table")
    c.equal("conflicting_values", one(t, r"剧团全年组织业务培训(\d+)期"), byname["演职人员业务培训"]["actual"], "training text vs table")
    c.equal("conflicting_values", one(t, r"观众满意度(\d+)%，"), byname["观众满意度"]["actual"], "satisfaction text vs table")
    for pat, n in ((r"全年完成惠民演出不少于(\d+)场", "惠民演出场次"), (r"送戏进校园不少于(\d+)场", "送戏进校园场次"),
                   (r"观演群众不少于(\d+)万人次", "观演群众人次"), (r"业务培训不少于(\d+)期", "演职人员业务培训"),
                   (r"控制在(\d+)元以内", "场均演出支出"), (r"观众满意度达到(\d+)%以上", "观众满意度")):
        c.equal("conflicting_values", one(t, pat), byname[n]["target"], f"target {n} text vs table")
    return c


# ---------------------------------------------------------------- project 3: Zhejiang, prose only
def check_zj(t):
    c = Checks()
    Y = int(one(t, r"^长兴县青少年宫(\d{4})年度"))
    c.year(int(one(t, r"(\d{4})年度县财政年初安排项目预算")) == Y, "budget year")
    c.year(int(one(t, r"截至(\d{4})年12月31日")) == Y, "spending cut-off year")
    c.year(int(one(t, r"关于做好(\d{4})年度部门预算项目绩效自评")) == Y, "notice year")
    c.year(int(one(t, r"\n(\d{4})年度项目绩效目标为")) == Y, "goal year")
    ini = one(t, r"年初安排项目预算([\d.]+)万元")
    cut = one(t, r"调减预算([\d.]+)万元")
    annual = one(t, r"调整后全年预算([\d.]+)万元")
    c.close("sum_mismatch", dec(ini) - dec(cut), annual, "年初 - 调减 = 全年")
    c.equal("conflicting_values", one(t, r"调减的([\d.]+)万元夏令营经费"), cut, "调减 amount restated (5 vs 5.00)")
    bparts = one(t, r"其中师资课时费([\d.]+)万元、教材及耗材([\d.]+)万元、场地设备维护([\d.]+)万元、成果展演及宣传([\d.]+)万元。上述")
    c.sum_or_unit(list(bparts), annual, "budget parts")
    spent = one(t, r"项目实际支出([\d.]+)万元")
    rate = one(t, r"预算执行率([\d.]+)%")
    c.close("rate_mismatch", dec(spent) / dec(annual) * HUNDRED, rate, "执行率")
    c.pct_cap(rate, "执行率")
    c.pct_cap(one(t, r"到位率([\d.]+)%"), "到位率")
    sparts = one(t, r"其中师资课时费([\d.]+)万元、教材及耗材([\d.]+)万元、场地设备维护([\d.]+)万元、成果展演及宣传([\d.]+)万元。年末")
    c.sum_or_unit(list(sparts), spent, "spending parts")
    bal = one(t, r"年末结余([\d.]+)万元")
    c.close("balance_mismatch", dec(annual) - dec(spent), bal, "结余 = 全年 - 执行")
    # targets
    T = {k: one(t, p) for k, p in (("classes", r"开设公益班不少于(\d+)个"), ("hours", r"完成培训课时不少于(\d+)课时"),
                                   ("students", r"受益学员不少于(\d+)人"), ("pass", r"合格率不低于(\d+)%"),
                                   ("fee", r"不超过每课时(\d+)元"), ("shows", r"展演和比赛不少于(\d+)场"),
                                   ("vol", r"志愿者教师队伍不少于(\d+)人"), ("sat", r"家长满意度不低于(\d+)%"))}
    classes = one(t, r"全年开设公益班(\d+)个")
    kinds = one(t, r"其中合唱班(\d+)个、民乐班(\d+)个、管乐班(\d+)个、舞蹈班(\d+)个、书法班(\d+)个、美术班(\d+)个")
    c.sum_or_unit(list(kinds), classes, "classes by kind")
    last, inc = one(t, r"较(?:\d{4})年的(\d+)个增加(\d+)个")
    c.equal("sum_mismatch", dec(classes) - dec(last), inc, "increase over last year")
    hours = one(t, r"完成培训课时(\d+)课时，")
    c.close("completion_mismatch", dec(hours) / dec(T["hours"]) * HUNDRED, one(t, r"完成培训课时\d+课时，完成率([\d.]+)%"), "课时完成率")
    c.close("average_mismatch", dec(hours) / dec(classes), one(t, r"每班平均(\d+)课时"), "hours per class")
    students = one(t, r"受益学员(\d+)人，")
    c.close("average_mismatch", dec(students) / dec(classes), one(t, r"平均每班(\d+)人"), "students per class")
    fee = one(t, r"全部按每课时(\d+)元执行")
    c.equal("conflicting_values", fee, T["fee"], "fee vs standard")
    teach = sparts[0]
    res = money_unit_fix(teach, lambda v: close(v * WAN / dec(fee), hours))
    c.add("unit_mismatch" if res == "unit" else "average_mismatch", res is True, f"teaching fees / fee per hour = hours ({teach})")
    passr = one(t, r"学员结业考核合格率([\d.]+)%")
    c.pct_cap(passr, "合格率")
    shows = one(t, r"展演和比赛(\d+)场，完成率")
    c.close("completion_mismatch", dec(shows) / dec(T["shows"]) * HUNDRED, one(t, r"比赛\d+场，完成率([\d.]+)%"), "展演完成率")
    vol = one(t, r"志愿者教师(\d+)人，比目标少(\d+)人")
    c.equal("sum_mismatch", dec(T["vol"]) - dec(vol[0]), vol[1], "volunteer shortfall")
    sent, back, back_rate = one(t, r"发放问卷(\d+)份，回收(\d+)份，有效回收率([\d.]+)%")
    c.close("rate_mismatch", dec(back) / dec(sent) * HUNDRED, back_rate, "回收率")
    c.pct_cap(back_rate, "回收率")
    sat = one(t, r"家长满意度([\d.]+)%，得")
    c.pct_cap(sat, "满意度")
    # scores
    struct = one(t, r"按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置分值")
    c.add("weight_sum_mismatch", sum(dec(x) for x in struct) == HUNDRED, "stated structure sums to 100")
    pairs = [(m.group(1), m.group(2), m.start()) for m in re.finditer(r"得([\d.]+)分（满分([\d.]+)分）", t)]
    for s, w, _ in pairs:
        c.add("score_exceeds_weight", D(0) <= dec(s) <= dec(w), f"得{s}分（满分{w}分）")
    pe = one(t, r"预算执行情况。按预算执行率乘以分值计分，得([\d.]+)分（满分(\d+)分）")
    po = one(t, r"（二）产出指标，合计得([\d.]+)分（满分(\d+)分）")
    pb = one(t, r"（三）效益指标，合计得([\d.]+)分（满分(\d+)分）")
    ps = one(t, r"（四）满意度指标。.*?得([\d.]+)分（满分(\d+)分）")
    c.add("score_rule", close(dec(pe[1]) * dec(spent) / dec(annual), pe[0]), "execution score")
    pos = {k: t.index(k) for k in ("（二）产出指标，", "（三）效益指标，", "（四）满意度指标。")}
    out_items = [(s, w) for s, w, p in pairs if pos["（二）产出指标，"] < p < pos["（三）效益指标，"]][1:]
    ben_items = [(s, w) for s, w, p in pairs if pos["（三）效益指标，"] < p < pos["（四）满意度指标。"]][1:]
    if len(out_items) != 6 or len(ben_items) != 2:
        raise ParseError(f"item scores {len(out_items)} / {len(ben_items)}")
    c.close("score_sum_mismatch", sum(dec(s) for s, _ in out_items), po[0], "产出 subtotal")
    c.close("score_sum_mismatch", sum(dec(s) for s, _ in ben_items), pb[0], "效益 subtotal")
    c.add("weight_sum_mismatch", sum(dec(w) for _, w in out_items) == dec(po[1]), "产出 item maxima")
    c.add("weight_sum_mismatch", sum(dec(w) for _, w in ben_items) == dec(pb[1]), "效益 item maxima")
    for (s, w), k in zip((pe, po, pb, ps), struct):
        c.add("weight_sum_mismatch", dec(w) == dec(k), f"满分{w} vs structure {k}")
    total = one(t, r"以上各项合计得分([\d.]+)分")
    c.close("score_sum_mismatch", sum(dec(x[0]) for x in (pe, po, pb, ps)), total, "total")
    c.grade(total, one(t, r"合计得分[\d.]+分，评价等级为(优|良|中|差)"), "grade")
    # score rules of the items below target
    c.add("score_rule", close(dec(out_items[3][1]) * dec(passr) / dec(T["pass"]), out_items[3][0]), "pass-rate score")
    c.add("score_rule", close(dec(ben_items[1][1]) * dec(vol[0]) / dec(T["vol"]), ben_items[1][0]), "volunteer score")
    return c


# ---------------------------------------------------------------- project 4: Guangxi, department, space table
def check_gx(t):
    c = Checks()
    Y = int(one(t, r"\n(\d{4})年度部门整体支出绩效自评报告"))
    c.year(int(one(t, r"\n(\d{4})年，我馆部门全年预算")) == Y, "budget year")
    c.year(int(one(t, r"其余项目资金在(\d{4})年分批下达")) == Y, "issue year")
    ay, am = one(t, r"经费已于(\d{4})年(\d+)月提前下达")
    c.year(issued_ok(int(ay), int(am), Y), "advance issued")
    c.year(int(one(t, r"已按规定结转至(\d{4})年")) > Y, "carry-over year")
    annual, basic_a, proj_a = one(t, r"部门全年预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元")
    spent, basic_s, proj_s = one(t, r"全年实际支出([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元")
    c.sum_or_unit([basic_a, proj_a], annual, "budget = 基本 + 项目")
    c.sum_or_unit([basic_s, proj_s], spent, "spending = 基本 + 项目")
    rate = one(t, r"部门整体预算执行率([\d.]+)%")
    c.close("rate_mismatch", dec(spent) / dec(annual) * HUNDRED, rate, "部门执行率")
    c.pct_cap(rate, "部门执行率")
    bal, pbal, bbal = one(t, r"年末结余([\d.]+)万元，其中项目支出结余([\d.]+)万元、基本支出结余([\d.]+)万元")
    c.close("balance_mismatch", dec(annual) - dec(spent), bal, "结余")
    c.close("balance_mismatch", dec(proj_a) - dec(proj_s), pbal, "项目结余")
    c.close("balance_mismatch", dec(basic_a) - dec(basic_s), bbal, "基本结余")
    c.sum_or_unit([pbal, bbal], bal, "结余 parts")
    # project table
    rows = {}
    for ln in t.splitlines():
        cells = re.split(r" {2,}", ln.strip())
        if len(cells) == 8 and cells[0].isdigit():
            rows[cells[1]] = cells
        if len(cells) == 7 and cells[0] == "合计":
            tot = cells
    if len(rows) != 4:
        raise ParseError("project rows")
    P = list(rows.values())
    for r in P:
        c.close("rate_mismatch", dec(r[4]) / dec(r[3]) * HUNDRED, r[5].rstrip("%"), f"{r[1]} 执行率")
        c.pct_cap(r[5].rstrip("%"), f"{r[1]} 执行率")
        c.grade(r[6], r[7], f"{r[1]} grade")
    for k, col in ((2, "年初"), (3, "全年"), (4, "执行")):
        c.sum_or_unit([r[k] for r in P], tot[k - 1], f"合计 {col}")
    c.close("rate_mismatch", dec(tot[3]) / dec(tot[2]) * HUNDRED, tot[4].rstrip("%"), "合计 执行率")
    c.equal("conflicting_values", proj_a, tot[2], "项目支出 budget text vs table")
    c.equal("conflicting_values", proj_s, tot[3], "项目支出 spending text vs table")
    c.close("average_mismatch", sum(dec(r[6]) for r in P) / len(P), one(t, r"平均自评得分([\d.]+)分"), "average project score")
    n_you, n_liang = one(t, r"其中(\d+)个项目评价等级为优、(\d+)个项目为良")
    c.add("grade_mismatch", int(n_you) == sum(r[7] == "优" for r in P) and int(n_liang) == sum(r[7] == "良" for r in P),
          "grade counts text vs table")
    band_you = sum(grade_of(dec(r[6])) == "优" for r in P)
    c.add("grade_mismatch", int(n_you) == band_you, "grade counts vs scores")
    yt = rows["青少年民族乐团培训"]
    c.close("sum_mismatch", dec(yt[3]) - dec(yt[2]), one(t, r"年中追加([\d.]+)万元"), "乐团 追加 = 全年 - 年初")
    c.close("average_mismatch", dec(one(t, r"参训团员([\d,]+)人次")) / dec(one(t, r"集中排练培训(\d+)期")),
            one(t, r"期均(\d+)人次"), "合唱 per session")
    c.close("average_mismatch", dec(one(t, r"观众([\d.]+)万人次，场均")) * WAN / dec(one(t, r"小剧场全年开放演出(\d+)场")),
            one(t, r"场均(\d+)人次"), "剧场 per show")
    c.pct_cap(one(t, r"平均上座率([\d.]+)%"), "上座率")
    sx = rows["送戏进社区文艺惠民演出"]
    c.close("average_mismatch", dec(sx[3]) * WAN / dec(one(t, r"城郊村屯演出(\d+)场")), one(t, r"每场补助标准(\d+)元"), "送戏 per show")
    c.equal("conflicting_values", one(t, r"送戏进社区项目自评得分([\d.]+)分"), sx[6], "送戏 score text vs table")
    # department score
    items = [one(t, p) for p in (r"预算执行得([\d.]+)分（满分(\d+)分）", r"产出指标得([\d.]+)分（满分(\d+)分）",
                                 r"效益指标得([\d.]+)分（满分(\d+)分）", r"满意度得([\d.]+)分（满分(\d+)分）")]
    for s, w in items:
        c.add("score_exceeds_weight", D(0) <= dec(s) <= dec(w), f"得{s}分（满分{w}分）")
    c.add("weight_sum_mismatch", sum(dec(w) for _, w in items) == HUNDRED, "department maxima sum to 100")
    total = one(t, r"部门整体自评得分([\d.]+)分，评价等级")
    c.close("score_sum_mismatch", sum(dec(s) for s, _ in items), total, "department total")
    c.grade(total, one(t, r"部门整体自评得分[\d.]+分，评价等级为(优|良|中|差)"), "department grade")
    c.add("score_rule", close(dec(items[0][1]) * dec(spent) / dec(annual), items[0][0]) or
          close(dec(items[0][1]) * dec(rate) / HUNDRED, items[0][0]), "execution score")
    last, gain = one(t, r"部门整体自评得分为([\d.]+)分，本年度提高([\d.]+)分")
    c.close("sum_mismatch", dec(total) - dec(last), gain, "gain over last year")
    sent, back, brate = one(t, r"发放问卷(\d+)份，回收(\d+)份，回收率([\d.]+)%")
    c.close("rate_mismatch", dec(back) / dec(sent) * HUNDRED, brate, "回收率")
    c.pct_cap(brate, "回收率")
    sat = one(t, r"综合满意度(\d+)%")
    c.pct_cap(sat, "满意度")
    c.add("score_rule", close(dec(items[3][1]) * dec(sat) / HUNDRED, items[3][0]), "satisfaction score")
    return c


# ---------------------------------------------------------------- project 5: Sichuan, ｜ table with unit column
def check_sc(t):
    c = Checks()
    Y = int(one(t, r"\n(\d{4})年度区文化艺术中心剧场运行保障项目支出绩效自评报告"))
    c.year(int(one(t, r"（(\d{4})年度）")) == Y, "table year")
    c.year(int(one(t, r"\n(\d{4})年项目绩效目标为")) == Y, "goal year")
    ini, ini_f, ini_u = one(t, r"项目年初预算([\d.]+)万元，其中财政资金([\d.]+)万元、单位资金（剧场场租和票务收入）([\d.]+)万元")
    ay, am, add = one(t, r"(\d{4})年(\d+)月，区财政追加舞台灯光维修改造资金([\d.]+)万元")
    c.year(int(ay) == Y, "supplementary grant year")
    annual, an_f, an_u = one(t, r"调整后全年预算([\d.]+)万元，其中财政资金([\d.]+)万元、单位资金([\d.]+)万元")
    c.sum_or_unit([ini_f, ini_u], ini, "年初 parts")
    c.sum_or_unit([ini, add], annual, "年初 + 追加")
    c.sum_or_unit([ini_f, add], an_f, "财政 年初 + 追加")
    c.sum_or_unit([an_f, an_u], annual, "全年 parts")
    spent, rate = one(t, r"全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    sf, rf = one(t, r"其中财政资金执行([\d.]+)万元，执行率([\d.]+)%")
    su, ru = one(t, r"单位资金执行([\d.]+)万元，执行率([\d.]+)%")
    c.sum_or_unit([sf, su], spent, "spending parts")
    for s, b, r, m in ((spent, annual, rate, "total"), (sf, an_f, rf, "财政"), (su, an_u, ru, "单位")):
        c.close("rate_mismatch", dec(s) / dec(b) * HUNDRED, r, f"{m} 执行率")
        c.pct_cap(r, f"{m} 执行率")
    un, unf, unu = one(t, r"未执行的([\d.]+)万元中，财政资金([\d.]+)万元已由区财政收回，单位资金([\d.]+)万元结转")
    c.close("balance_mismatch", dec(annual) - dec(spent), un, "未执行")
    c.close("balance_mismatch", dec(an_f) - dec(sf), unf, "财政 未执行")
    c.close("balance_mismatch", dec(an_u) - dec(su), unu, "单位 未执行")
    c.sum_or_unit([unf, unu], un, "未执行 parts")
    c.year(int(one(t, r"单位资金[\d.]+万元结转(\d{4})年")) > Y, "carry-over year")
    # funds table
    rows = bar_rows(t)
    tot = find_row(rows, 0, "年度资金总额")
    subs = [find_row(rows, 0, n) for n in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for k, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_or_unit([r[k] for r in subs], tot[k], f"funds table {col}")
    for r in [tot] + subs:
        if r[5] != "—":
            c.close("rate_mismatch", dec(r[3]) / dec(r[2]) * HUNDRED, r[5].rstrip("%"), f"table {r[0]} 执行率")
            c.pct_cap(r[5].rstrip("%"), f"table {r[0]} 执行率")
    for a, b, m in ((ini, tot[1], "年初"), (annual, tot[2], "全年"), (spent, tot[3], "执行"), (ini_f, subs[0][1], "财政年初"),
                    (an_f, subs[0][2], "财政全年"), (sf, subs[0][3], "财政执行"), (ini_u, subs[2][1], "单位年初"),
                    (an_u, subs[2][2], "单位全年"), (su, subs[2][3], "单位执行"), (rate, tot[5].rstrip("%"), "执行率")):
        c.equal("conflicting_values", a, b, f"text vs table {m}")
    exec_w, exec_s = tot[4], tot[6]
    c.add("score_exceeds_weight", D(0) <= dec(exec_s) <= dec(exec_w), "execution score within weight")
    c.add("score_rule", close(dec(exec_w) * min(dec(spent) / dec(annual), D(1)), exec_s), "execution score")
    # indicator table
    sign = {"≥": "gte", "≤": "lte", "=": "eq"}
    ind = []
    for r in rows:
        if len(r) == 10 and r[0] in ("产出指标", "效益指标", "满意度指标"):
            m = re.match(r"^([0-9.]+)(.*)$", r[6])
            a_unit = m.group(2) or r[5]
            ind.append({"name": r[2], "l1": r[0], "direction": sign[r[3]], "target": dec(r[4]), "t_unit": r[5],
                        "actual": m.group(1), "a_unit": a_unit, "weight": r[7], "score": r[8]})
    if len(ind) != 9:
        raise ParseError("indicator rows")
    indicator_checks(c, ind, "table")
    totrow = find_row(rows, 0, "总分")
    wsum = dec(exec_w) + sum(dec(r["weight"]) for r in ind)
    c.add("weight_sum_mismatch", wsum == dec(totrow[7]) == HUNDRED, f"weights Σ {wsum} vs {totrow[7]}")
    s10, s90 = one(t, r"按“预算执行率(\d+)分、绩效指标(\d+)分”")
    c.add("weight_sum_mismatch", dec(s10) == dec(exec_w) and sum(dec(r["weight"]) for r in ind) == dec(s90),
          "stated structure 10 + 90")
    c.close("score_sum_mismatch", dec(exec_s) + sum(dec(r["score"]) for r in ind), totrow[8], "Σ scores vs 总分")
    B = {r["name"]: r for r in ind}
    # text
    pe, po, pb, ps = one(t, r"预算执行率得([\d.]+)分，绩效指标中产出指标得([\d.]+)分、效益指标得([\d.]+)分、满意度指标得([\d.]+)分")
    c.equal("conflicting_values", pe, exec_s, "execution score text vs table")
    for s, l1 in ((po, "产出指标"), (pb, "效益指标"), (ps, "满意度指标")):
        c.close("score_sum_mismatch", sum(dec(r["score"]) for r in ind if r["l1"] == l1), s, f"{l1} subtotal")
    total = one(t, r"项目自评得分([\d.]+)分")
    c.close("score_sum_mismatch", dec(pe) + dec(po) + dec(pb) + dec(ps), total, "text total")
    c.equal("conflicting_values", total, totrow[8], "text total vs table")
    c.grade(total, one(t, r"项目自评得分[\d.]+分，评价等级为(优|良|中|差)"), "grade")
    days = one(t, r"剧场全年开放(\d+)天")
    if B["剧场全年开放天数"]["a_unit"] == "天":
        c.equal("conflicting_values", days, B["剧场全年开放天数"]["actual"], "days text vs table")
    goal_days, goal_shows = one(t, r"全年开放(\d+)天，完成公益性演出(\d+)场")
    if B["剧场全年开放天数"]["a_unit"] == "天":
        c.equal("conflicting_values", goal_days, B["剧场全年开放天数"]["actual"], "days goal row vs table")
    shows = one(t, r"组织公益性演出(\d+)场，完成年度目标")
    for s, m in ((shows, "text"), (goal_shows, "goal row")):
        c.equal("conflicting_values", s, B["公益性演出场次"]["actual"], f"shows {m} vs table")
    c.close("completion_mismatch", dec(shows) / B["公益性演出场次"]["target"] * HUNDRED, one(t, r"完成年度目标的(\d+)%"), "shows completion")
    cost = one(t, r"单场运行成本约([\d.]+)万元")
    c.close("average_mismatch", dec(spent) / dec(shows), cost, "cost per show")
    c.equal("conflicting_values", cost, B["单场运行成本"]["actual"], "cost text vs table")
    yuan = one(t, r"约合(\d+)元")
    c.add("average_mismatch", abs(dec(spent) * WAN / dec(shows) - dec(yuan)) <= D("0.5") + D(50), "约 cost in 元")  # 约: input 1.19 ±0.005万
    aud = one(t, r"全年观演群众([\d.]+)万人次")
    c.equal("conflicting_values", aud, B["观演群众人次"]["actual"], "audience text vs table")
    per = one(t, r"场均观众约(\d+)人次")
    c.add("average_mismatch", abs(dec(aud) * WAN / dec(shows) - dec(per)) <= D("0.5") + D("0.05") * WAN / dec(shows),
          "约 audience per show")
    last, growth = one(t, r"\d{4}年剧场接待观众([\d.]+)万人次，本年增长([\d.]+)%")
    c.close("rate_mismatch", (dec(aud) / dec(last) - 1) * HUNDRED, growth, "growth over last year")
    sat = one(t, r"调查结果为([\d.]+)%")
    c.equal("conflicting_values", sat, B["观众满意度"]["actual"], "satisfaction text vs table")
    c.pct_cap(sat, "satisfaction text")
    for pat, n in ((r"剧场全年开放不少于(\d+)天", "剧场全年开放天数"), (r"组织公益性演出不少于(\d+)场", "公益性演出场次"),
                   (r"完好率保持在(\d+)%以上", "舞台设备完好率"), (r"控制在([\d.]+)万元以内", "单场运行成本"),
                   (r"观演群众达到(\d+)万人次", "观演群众人次"), (r"驻场演出团队不少于(\d+)支", "签约驻场演出团队"),
                   (r"观众满意度不低于(\d+)%", "观众满意度")):
        c.equal("conflicting_values", one(t, pat), B[n]["target"], f"target {n} text vs table")
    return c


CHECKERS = {"jx-yihuang-songxixiaxiang-2019": check_jx, "sx-wanrong-puju-2021": check_sx,
            "zj-changxing-qingshaonian-2023": check_zj, "gx-liuzhou-qunyiguan-bumen-2022": check_gx,
            "sc-xuzhou-juchangyunxing-2024": check_sc}


def diff_region(a, b):
    """[start, end) in b of the single differing region between a and b (common prefix / suffix)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {r["case"]: open(os.path.join(HERE, "cases", r["case"]), encoding="utf-8").read() for r in labels}
    on_disk = sorted(os.listdir(os.path.join(HERE, "cases")))
    if on_disk != sorted(texts):
        problems.append(f"case files and labels differ: {set(on_disk) ^ set(texts)}")
    counts = {}
    for rec in labels:
        name, src, text = rec["case"], rec["source"], texts[rec["case"]]
        try:
            checks = CHECKERS[src](text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        failed = checks.failed()
        failed_err = [c for c in failed if c not in WARN]
        if rec["clean"]:
            if rec["expected"] or failed:
                bad = [m for c, ok, m in checks.items if not ok]
                problems.append(f"{name}: clean draft fails {failed}: {bad}")
            continue
        clean = texts[f"{src}-clean.txt"]
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] = counts.get(code, 0) + 1
        if code not in CODES13 or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        n = text.count(value)
        if n != 1:
            problems.append(f"{name}: label value occurs {n} times")
        s, e = diff_region(clean, text)
        if s >= e and len(clean) == len(text):
            problems.append(f"{name}: identical to the clean draft")
        vs = text.find(value)
        if not (vs < max(e, s + 1) and s < vs + len(value)):
            problems.append(f"{name}: edit [{s},{e}) does not overlap the label value at [{vs},{vs + len(value)})")
        if code != "score_exceeds_weight" and e - s > 12:
            problems.append(f"{name}: edit region too long ({e - s} chars) for a single changed figure")
        if code not in failed_err:
            problems.append(f"{name}: labelled {code} does not fail (failed: {failed})")
        others = [c for c in failed_err if c != code]
        if others:
            bad = [m for c, ok, m in checks.items if not ok and c in others]
            problems.append(f"{name}: other error codes fail too {others}: {bad}")
        print(f"{name:42s} {code:22s} fails: {', '.join(failed)}")
    for code in CODES13:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("per code:", ", ".join(f"{c}={counts.get(c, 0)}" for c in CODES13))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
