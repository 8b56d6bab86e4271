#!/usr/bin/env python3
"""Verify the n477 test set (standard library only).

* every label value occurs in its case; each error case differs from its clean draft in one contiguous
  place that overlaps the label value; every code of errors.md section A (1-13) is used at least twice;
* the arithmetic of every clean draft is redone (all checks must pass) and of every error case (the
  labelled code must fail and no other error-level code may fail).

Figures are read from the case text itself with anchored regular expressions, so an injected change is
seen by the checks. Tolerance follows rules.md section 8: a stated value with d decimals is consistent
with a computed value c iff |c - v| <= 0.5 * 10**-d (+1e-9). Rounding is ROUND_HALF_UP (Decimal).
Prints OK at the end when everything holds.
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

N = r"(\d[\d,]*(?:\.\d+)?)"
TENK = D(10000)


class Missing(Exception):
    pass


# ----------------------------------------------------------------------------------------------- numbers
def nd(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def val(s):
    return D(s.replace(",", ""))


def close(stated, computed):
    """rules.md 8: consistent iff |c - v| <= half a unit of the stated last digit."""
    return abs(D(computed) - val(stated)) <= D("0.5") * D(10) ** -nd(stated) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def one(t, pat, group=1):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise Missing("%r matched %d times" % (pat, len(ms)))
    return ms[0].group(group) if group is not None else ms[0]


def groups(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise Missing("%r matched %d times" % (pat, len(ms)))
    return ms[0].groups()


def wan(s, unit):
    """amount string in unit 元/万元 -> Decimal in 万元"""
    v = val(s)
    return v / TENK if unit == "元" else v


# ------------------------------------------------------------------------------------------- primitives
# every primitive returns None when consistent, else the error code that the inconsistency belongs to.
def c_sum(total, parts, code="sum_mismatch"):
    """total and parts: (string, factor) pairs or plain strings; factor converts to a common unit.
    A failing sum that is reconciled exactly by rescaling one amount by 10^4 is a unit_mismatch
    (errors.md 11 b: the most specific explanation wins)."""
    def norm(x):
        return (x, D(1)) if isinstance(x, str) else (x[0], D(x[1]))
    tot = norm(total)
    prs = [norm(p) for p in parts]
    s = sum(val(p) * f for p, f in prs)
    if close(tot[0], s / tot[1]):
        return None
    # rescale the total or one part by 10^4 either way
    for k in range(len(prs) + 1):
        for fac in (TENK, 1 / TENK):
            if k == len(prs):
                if abs(val(tot[0]) * fac * tot[1] - s) < D("0.000001"):
                    return "unit_mismatch"
            else:
                s2 = s - val(prs[k][0]) * prs[k][1] + val(prs[k][0]) * prs[k][1] * fac
                if close(tot[0], s2 / tot[1]):
                    return "unit_mismatch"
    return code


def c_prod(qty, qmult, price, punit, amount, aunit):
    """qty x unit price = amount (money converted to 万元)."""
    comp = val(qty) * D(qmult) * wan(price, punit)
    a = wan(amount, aunit)
    if abs(comp - a) <= (D("0.5") * D(10) ** -nd(amount)) / (TENK if aunit == "元" else 1) + D("1e-9"):
        return None
    for fac in (TENK, 1 / TENK):
        if abs(comp * fac - a) < D("0.000001") or abs(comp - a * fac) < D("0.000001"):
            return "unit_mismatch"
    return "sum_mismatch"


def c_rate(stated, num, den, code="rate_mismatch"):
    if val(den) == 0:
        return None
    return None if close(stated, val(num) / val(den) * 100) else code


def c_bal(stated, a, b):
    return None if close(stated, val(a) - val(b)) else "balance_mismatch"


def c_avg(stated, items, mult=1):
    m = sum(val(x) for x in items) / len(items) * D(mult)
    return None if close(stated, m) else "average_mismatch"


def c_pct_range(stated):
    v = val(stated)
    return None if D(0) <= v <= D(100) else "implausible_rate"


def c_same(*vals, approx=()):
    """the same quantity stated several times. vals: strings (or (string, factor)); approx: strings
    marked 约/近 that only need to contain the other values within half a unit of their last digit."""
    xs = [(v, D(1)) if isinstance(v, str) else (v[0], D(v[1])) for v in vals]
    base = val(xs[0][0]) * xs[0][1]
    for s, f in xs[1:]:
        x = val(s) * f
        if x != base:
            if x * TENK == base or x == base * TENK:
                return "unit_mismatch"
            return "conflicting_values"
    for a in approx:
        if not close(a, base):
            return "conflicting_values"
    return None


def c_completion(stated, target, actual, direction):
    t, a = val(target), val(actual)
    if direction == "lte":
        comp = D(100) if a <= t else t / a * 100
    else:
        comp = a / t * 100
    return None if close(stated, comp) else "completion_mismatch"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    v = val(total) if isinstance(total, str) else D(total)
    return "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"


def c_grade(word, total):
    return None if GRADE.get(word) == band(total) else "grade_mismatch"


def c_year(y, expected):
    return None if int(y) == expected else "year_mismatch"


def c_year_after(y, year):
    """money carried over goes to a later year than the evaluation year"""
    return None if int(y) > year else "year_mismatch"


# ---------------------------------------------------------------------------------------------- tables
KEYS = {"三级指标": "name", "指标性质": "dir", "分值": "w", "权重": "w", "得分": "s", "年度指标值": "target",
        "目标值": "target", "指标值": "target", "实际完成值": "actual", "业绩值": "actual", "完成率": "comp",
        "度量单位": "unit", "一级指标": "l1", "二级指标": "l2"}
QRE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
DIRS = {"≥": "gte", "≤": "lte", "=": "eq", "定性": "qual"}


def ind_tables(t):
    """indicator tables: a tab line with 三级指标 and 分值/权重 starts a table; rows follow until a line
    without a tab; a row whose first cell is 合计/总分 is the total row."""
    lines = t.split("\n")
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if "\t" in ln and "三级指标" in ln and ("分值" in ln or "权重" in ln):
            hdr = [KEYS.get(h, h) for h in ln.split("\t")]
            rows, total = [], None
            i += 1
            while i < len(lines) and "\t" in lines[i] and "三级指标" not in lines[i]:
                cells = lines[i].split("\t")
                if cells[0] in ("合计", "总分"):
                    total = dict(zip(hdr, cells))
                    i += 1
                    break
                if len(cells) < len(hdr) - 1:
                    break
                rows.append(dict(zip(hdr, cells)))
                i += 1
            out.append((hdr, rows, total))
        else:
            i += 1
    if not out:
        raise Missing("no indicator table")
    return out


def qty(cell, unitcol=None):
    """'5万条' -> ('5', '条', 10000); '97.86%' -> ('97.86', '%', 1); date -> ('YYYYMMDD','date',1)."""
    cell = cell.strip()
    m = DATE.match(cell)
    if m:
        return ("%s%02d%02d" % (m.group(1), int(m.group(2)), int(m.group(3))), "date", 1)
    m = QRE.match(cell)
    if not m:
        return None
    num, unit = m.group(1), m.group(2).strip()
    mult = 1
    if unit.startswith("万") and unit != "万元" and len(unit) > 1:
        mult, unit = 10000, unit[1:]
    if unitcol is not None and unit == "":
        unit = unitcol
    return (num, unit, mult)


RATE_WORDS = ("满意度", "完好率", "合格率", "保障率", "执行率")


def table_checks(t, extra=None, totals_prose=(), warn=None):
    """generic checks on indicator tables. extra: (weight_str, score_str) of an execution line kept
    outside the indicator table (MOF funds block). totals_prose: stated totals elsewhere in the text."""
    res = []
    tabs = ind_tables(t)
    rows = [r for _, rs, _ in tabs for r in rs]
    totals = [tt for _, _, tt in tabs if tt]
    ws = [r["w"] for r in rows]
    ss = [r["s"] for r in rows]
    if extra:
        ws.append(extra[0])
        ss.append(extra[1])
    wsum = sum(val(w) for w in ws)
    ssum = sum(val(s) for s in ss)
    res.append(("weights sum to 100", None if wsum == 100 else "weight_sum_mismatch"))
    for tt in totals:
        res.append(("total row weight = sum of weights", None if val(tt["w"]) == wsum else "weight_sum_mismatch"))
        res.append(("total row score = sum of scores", None if close(tt["s"], ssum) else "score_sum_mismatch"))
    for p in totals_prose:
        res.append(("stated total %s = sum of scores" % p, None if close(p, ssum) else "score_sum_mismatch"))
    for r in rows:
        nm = r["name"]
        res.append(("%s: 0 <= score <= weight" % nm,
                    None if D(0) <= val(r["s"]) <= val(r["w"]) else "score_exceeds_weight"))
        d = DIRS.get(r.get("dir", "").strip())
        if d == "qual" or d is None:
            continue
        uc = r.get("unit")
        tq, aq = qty(r["target"], uc), qty(r["actual"], uc)
        if tq is None or aq is None:
            res.append(("%s: quantitative value readable" % nm, "unit_mismatch"))
            continue
        if tq[1] != aq[1]:
            res.append(("%s: unit of actual = unit of target" % nm, "unit_mismatch"))
            continue
        res.append(("%s: unit of actual = unit of target" % nm, None))
        if aq[1] == "%" and any(w in nm for w in RATE_WORDS):
            res.append(("%s: rate within 0-100%%" % nm, c_pct_range(aq[0])))
        if tq[1] == "date":
            continue
        tv, av = val(tq[0]) * tq[2], val(aq[0]) * aq[2]
        if "comp" in r:
            cs = r["comp"].strip().rstrip("%")
            res.append(("%s: completion" % nm, c_completion(cs, str(tv), str(av), d)))
        # score rule (rules 5) is a warning only: printed, never counted
        w = val(r["w"])
        if d == "lte":
            exp = w if av <= tv else w * tv / av
        elif d == "eq" and tv == 0:
            exp = w if av <= 0 else D(0)
        else:
            exp = w if av >= tv else w * av / tv
        if warn is not None and not close(r["s"], exp):
            warn.append("score_rule_mismatch (warning): %s scored %s, rule gives %s" % (nm, r["s"], r2(exp)))
    return res


def row(t, first):
    """cells of the unique tab line whose first cell is `first`"""
    ls = [ln.split("\t") for ln in t.split("\n") if ln.split("\t")[0] == first and "\t" in ln]
    if len(ls) != 1:
        raise Missing("row %r: %d" % (first, len(ls)))
    return ls[0]


def ind_row(t, name):
    rs = [r for _, rows, _ in ind_tables(t) for r in rows if r["name"] == name]
    if len(rs) != 1:
        raise Missing("indicator row %r: %d" % (name, len(rs)))
    return rs[0]


PROD = re.compile(r"(\d[\d,]*(?:\.\d+)?)(万)?(条|件|艘|台|套|平方米|米|个|片)(?:（[^）]*）)?，"
                  r"(?:单价|每条|每件|每艘|每台|每套|每平方米|每米|每个|每片)(\d[\d,]*(?:\.\d+)?)(元|万元)，"
                  r"(?:计)?(\d[\d,]*(?:\.\d+)?)(万元|元)")


def products(t, expected):
    ms = list(PROD.finditer(t))
    if len(ms) != expected:
        raise Missing("product lines: %d, expected %d" % (len(ms), expected))
    out = []
    for m in ms:
        q, w, _, p, pu, a, au = m.groups()
        out.append(("product %s" % m.group(0)[:14], c_prod(q, 10000 if w else 1, p, pu, a, au), (a, au)))
    return out


def amount_parts(prods):
    """amounts of the product lines as (string, factor-to-万元) parts for a sum"""
    return [(a, D(1) / TENK if au == "元" else D(1)) for _, _, (a, au) in prods]


def intcell(c):
    return c.strip() if c.strip() not in ("", "—") else "0"


# ----------------------------------------------------------------------------------------------- drafts
def fj(t, warn):
    Y = 2018
    r = []
    a = r.append
    y0 = one(t, r"\n(\d{4})年度县级防汛抗旱物资储备项目支出绩效自评报告")
    a(("title year", c_year(y0, Y)))
    a(("attachment year", c_year(one(t, r"附件：(\d{4})年度县级防汛抗旱物资储备项目绩效自评表"), Y)))
    init = one(t, r"本项目年初预算" + N + "万元")
    add = one(t, r"省级下达防汛抗旱补助资金" + N + "万元")
    cf1 = one(t, r"另有(\d{4})年结转资金")
    a(("carry-in is from the year before", c_year(cf1, Y - 1)))
    cf = one(t, r"另有\d{4}年结转资金" + N + "万元")
    ann = one(t, r"全年预算" + N + "万元，其中当年财政拨款")
    cur = one(t, r"其中当年财政拨款" + N + "万元")
    cf2 = one(t, r"、上年结转资金" + N + "万元。")
    a(("annual = initial + added + carry-in", c_sum(ann, [init, add, cf])))
    a(("annual = current + carry-in", c_sum(ann, [cur, cf2])))
    a(("current = initial + added", c_sum(cur, [init, add])))
    a(("carry-in stated twice", c_same(cf, cf2)))
    a(("到位率 with 资金全部到位", None if val(one(t, r"资金全部到位，到位率" + N + "%")) == 100 else "rate_mismatch"))
    sp, rt, bal = groups(t, r"全年支出" + N + "万元，执行率" + N + "%，结转" + N + "万元")
    a(("execution rate (prose)", c_rate(rt, sp, ann)))
    a(("carry-forward = annual - spent", c_bal(bal, ann, sp)))
    sp2, pur, rent, mnt = groups(t, r"全年支出" + N + "万元，其中物资采购" + N + "万元，仓库租金" + N +
                                  "万元，物资维护保养、检测和搬运费" + N + "万元")
    a(("spent stated twice", c_same(sp, sp2)))
    a(("spent = purchases + rent + upkeep", c_sum(sp2, [pur, rent, mnt])))
    pr = products(t, 7)
    r += [(x, y) for x, y, _ in pr]
    a(("purchases = sum of items", c_sum(pur, amount_parts(pr))))
    mr, months = groups(t, r"月租金" + N + "元，全年租用" + N + "个月")
    a(("rent = monthly x months", c_prod(months, 1, mr, "元", rent, "万元")))
    a(("carry-forward year", c_year_after(one(t, r"已按规定结转至(\d{4})年"), Y)))
    a(("carry-forward restated", c_same(bal, one(t, r"未支出的" + N + "万元为救生衣补购资金"),
                                        one(t, r"\t" + N + "万元结转下年"))))
    rent2, cap = groups(t, r"仓库年租金" + N + "万元，控制在" + N + "万元以内")
    rrow = ind_row(t, "仓库年租金")
    a(("rent restated / cap = table target", c_same(rent, rent2) or c_same(cap, qty(rrow["target"])[0])))
    a(("完好率 target prose = table", c_same(one(t, r"库存物资完好率保持在" + N + "%以上"),
                                             qty(ind_row(t, "库存物资完好率")["target"])[0])))
    bq = qty(ind_row(t, "编织袋储备采购量")["actual"])
    a(("bags bought prose = table", c_same(one(t, r"编织袋" + N + "条，单价"), (bq[0], bq[2]))))
    # outputs
    plan, got, comp = groups(t, r"救生衣计划采购" + N + "件，因下半年报价上涨，实际采购" + N + "件，完成年度目标的" + N + "%")
    a(("life-jacket completion (prose)", c_completion(comp, plan, got, "gte")))
    lj = ind_row(t, "救生衣采购量")
    a(("life-jacket target prose = table", c_same(plan, qty(lj["target"])[0])))
    a(("life-jacket actual prose = table", c_same(got, qty(lj["actual"])[0])))
    a(("boats+generators 3 + 5 = 8", c_sum(one(t, r"冲锋舟和发电机组合计更新" + N + "艘"),
                                             [one(t, r"冲锋舟" + N + "艘（含船外机）"), one(t, r"柴油发电机组" + N + "台")])))
    tot_i, ok_i, rate_i = groups(t, r"在册物资" + N + "件（台、艘、套），经检查完好" + N + "件，完好率" + N + "%")
    a(("完好率 from counts", c_rate(rate_i, ok_i, tot_i)))
    a(("完好率 within 0-100%", c_pct_range(rate_i)))
    a(("完好率 prose = table", c_same(rate_i, qty(ind_row(t, "库存物资完好率")["actual"])[0])))
    a(("rent prose = table", c_same(rent, qty(ind_row(t, "仓库年租金")["actual"])[0])))
    b1, b2, b3, btot = groups(t, r"编织袋分别调出" + N + "条、" + N + "条和" + N + "条，合计" + N + "万条")
    a(("bags issued: parts = total", c_sum((btot, 10000), [b1, b2, b3])))
    h1, h2, h3, havg = groups(t, r"分别用时" + N + "小时、" + N + "小时和" + N + "小时，平均" + N + "小时")
    a(("average delivery time", c_avg(havg, [h1, h2, h3])))
    a(("longest delivery time = table", c_same(max([h1, h2, h3], key=val), qty(ind_row(t, "单次调拨最长送达时间")["actual"])[0])))
    sent, back, sat_ok, sat = groups(t, r"发放问卷" + N + "份，收回" + N + "份，其中满意" + N + "份，满意度" + N + "%")
    a(("satisfaction from counts", c_rate(sat, sat_ok, back)))
    a(("satisfaction within 0-100%", c_pct_range(sat)))
    a(("satisfaction prose = table", c_same(sat, qty(ind_row(t, "乡镇及抢险队伍满意度")["actual"])[0])))
    # funds block
    tot = row(t, "年度资金总额")
    cu = row(t, "其中：当年财政拨款")
    cr = row(t, "上年结转资金")
    ot = row(t, "其他资金")
    for k, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        a(("funds block %s: total = components" % lab, c_sum(tot[k], [intcell(cu[k]), intcell(cr[k]), intcell(ot[k])])))
    a(("funds block rate", c_rate(tot[4].rstrip("%"), tot[3], tot[2])))
    a(("funds block rate within 0-100%", c_pct_range(tot[4].rstrip("%"))))
    a(("initial budget prose = table", c_same(init, tot[1], cu[1])))
    a(("annual budget prose = table", c_same(ann, tot[2])))
    a(("current appropriation prose = table", c_same(cur, cu[2])))
    a(("carry-in prose = table", c_same(cf, cr[2], cr[3])))
    a(("spent prose = table", c_same(sp, tot[3])))
    ex = ind_row(t, "预算执行率")
    a(("execution rate table row = funds block", c_same(ex["actual"].rstrip("%"), tot[4].rstrip("%"), rt)))
    # indicator table
    total = one(t, r"本项目得分" + N + "分")
    r += table_checks(t, totals_prose=[total], warn=warn)
    a(("grade", c_grade(one(t, r"评价等级为(优秀|优|良好|良|中等|中|合格|较差|差)"), total)))
    for d in re.findall(r"(\d{4})年4月(?:30|26)日", t):
        a(("时效 dates in evaluation year", c_year(d, Y)))
    a(("report dated in or after the evaluation year", None if int(one(t, r"\n(\d{4})年3月15日")) >= Y else "year_mismatch"))
    return r


def hb(t, warn):
    Y = 2020
    r = []
    a = r.append
    a(("title year", c_year(one(t, r"\n(\d{4})年防汛抗旱物资储备及更新项目绩效自评报告"), Y)))
    intro = one(t, r"项目" + N + "万元资金开展了绩效自评")
    ann, init, add, cf = groups(t, r"全年预算" + N + "万元，其中年初预算" + N + "万元、汛期追加" + N + "万元、上年结转" + N + "万元")
    a(("annual = initial + added + carry-in", c_sum(ann, [init, add, cf])))
    a(("intro amount = annual budget", c_same(ann, intro)))
    adv_amt, adv_y = groups(t, r"年初预算中的" + N + "万元已于(\d{4})年12月提前下达")
    a(("advance issued in December of the year before", c_year(adv_y, Y - 1)))
    a(("advance within the initial budget", None if val(adv_amt) <= val(init) else "sum_mismatch"))
    a(("截至 date in evaluation year", c_year(one(t, r"截至(\d{4})年12月31日"), Y)))
    a(("到位率 with 资金全部到位", None if val(one(t, r"资金全部到位，到位率" + N + "%")) == 100 else "rate_mismatch"))
    sp, rt = groups(t, r"全年支出" + N + "万元，预算执行率" + N + "%")
    a(("execution rate (prose)", c_rate(rt, sp, ann)))
    pur, rent, trans, mnt = groups(t, r"物资采购" + N + "万元；仓库租金" + N + "万元；汛期物资调运、装卸及抢险现场保障" + N +
                                   "万元；旧物资检测维修及保养" + N + "万元")
    a(("spent = parts", c_sum(sp, [pur, rent, trans, mnt])))
    pr = products(t, 7)
    r += [(x, y) for x, y, _ in pr]
    a(("purchases = sum of items", c_sum(pur, amount_parts(pr))))
    m1, m2, months = groups(t, r"月租金分别为" + N + "元和" + N + "元，全年共计" + N + "个月")
    a(("rent = (m1 + m2) x months", c_sum(rent, [(m1, D(months) / TENK), (m2, D(months) / TENK)])))
    a(("rent prose = table", c_same(rent, qty(ind_row(t, "仓库年租金")["actual"])[0])))
    bal = one(t, r"年末未支出资金" + N + "万元")
    a(("balance = annual - spent (all received)", c_bal(bal, ann, sp)))
    a(("carry-forward year", c_year_after(one(t, r"已结转至(\d{4})年继续使用"), Y)))
    tot_i, ok_i, rate_i = groups(t, r"年末清点储备物资" + N + "件（台、艘），完好" + N + "件，完好率" + N + "%")
    a(("完好率 from counts", c_rate(rate_i, ok_i, tot_i)))
    a(("完好率 within 0-100%", c_pct_range(rate_i)))
    a(("完好率 prose = table", c_same(rate_i, qty(ind_row(t, "储备物资完好率")["actual"])[0])))
    bags, bcomp = groups(t, r"编织袋新增储备" + N + "万条，为年度目标的" + N + "%")
    brow = ind_row(t, "编织袋新增储备")
    a(("bags completion (prose)", c_completion(bcomp, qty(brow["target"])[0], bags, "gte")))
    a(("bags prose = table = purchase", c_same(bags, qty(brow["actual"])[0], one(t, r"编织袋" + N + "万条，每条"))))
    upd = one(t, r"排涝泵合计更新" + N + "台（艘）")
    a(("6 + 8 + 2 machines", c_sum(upd, [one(t, r"冲锋舟" + N + "艘，每艘"), one(t, r"发电机组" + N + "台，每台"),
                                         one(t, r"大流量排涝泵" + N + "台，每台")])))
    urow = ind_row(t, "冲锋舟、发电机组、排涝泵更新")
    a(("machines prose = table", c_same(upd, qty(urow["actual"])[0])))
    lj = one(t, r"救生衣（圈）补充" + N + "件")
    a(("life jackets + rings", c_sum(lj, [one(t, r"救生衣" + N + "件，每件"), one(t, r"救生圈" + N + "个，每个")])))
    ljr = qty(ind_row(t, "救生衣（圈）补充")["actual"])
    if ljr and ljr[1] == "件":      # a changed unit is the unit check's finding, not a conflict
        a(("life jackets prose = table", c_same(lj, ljr[0])))
    x1, x2, x3, x4, xs, xavg = groups(t, r"调出编织袋分别为" + N + "万条、" + N + "万条、" + N + "万条和" + N + "万条，合计" + N +
                                      "万条，平均每批次" + N + "万条")
    a(("bags issued: parts = total", c_sum(xs, [x1, x2, x3, x4])))
    a(("bags per batch average", c_avg(xavg, [x1, x2, x3, x4])))
    t1, t2, t3, t4, tavg = groups(t, r"分别用时" + N + "小时、" + N + "小时、" + N + "小时和" + N + "小时，平均响应时间" + N + "小时")
    a(("average response time", c_avg(tavg, [t1, t2, t3, t4])))
    a(("response time prose = table", c_same(tavg, qty(ind_row(t, "物资调拨响应时间")["actual"])[0])))
    # funds table
    tot = row(t, "合计")
    cty = row(t, "其中：县级财政资金")
    crr = row(t, "上年结转资金")
    for k, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        a(("funds table %s: total = components" % lab, c_sum(tot[k], [intcell(cty[k]), intcell(crr[k])])))
    a(("county funds = initial + added", c_sum(cty[2], [init, add])))
    a(("funds table rate", c_rate(tot[4].rstrip("%"), tot[3], tot[2])))
    a(("funds table rate within 0-100%", c_pct_range(tot[4].rstrip("%"))))
    a(("funds table = prose", c_same(tot[1], init) or c_same(tot[2], ann) or c_same(tot[3], sp)
       or c_same(crr[2], cf) or c_same(tot[4].rstrip("%"), rt)))
    ex = ind_row(t, "预算执行率")
    a(("execution row = funds table", c_same(ex["actual"].rstrip("%"), rt)))
    a(("execution weight 20 as stated", c_same(ex["w"], one(t, r"预算执行率占" + N + "分"))))
    rest = sum(val(x["w"]) for _, rows, _ in ind_tables(t) for x in rows if x["name"] != "预算执行率")
    a(("goal blocks weight as stated", None if rest == val(one(t, r"年度目标完成情况占" + N + "分")) else "weight_sum_mismatch"))
    total = one(t, r"自评得分" + N + "分")
    r += table_checks(t, totals_prose=[total], warn=warn)
    a(("grade", c_grade(one(t, r"自评等级为(优秀|优|良好|良|中等|中|合格|较差|差)"), total)))
    a(("report dated after the year", None if int(one(t, r"\n(\d{4})年4月8日")) >= Y else "year_mismatch"))
    return r


def sx(t, warn):
    Y = 2021
    r = []
    a = r.append
    a(("title year", c_year(one(t, r"^稷山县水利局(\d{4})年防汛物资储备及更新项目"), Y)))
    a(("plan period", c_year(one(t, r"项目实施计划：(\d{4})年1月至12月"), Y)))
    intro = one(t, r"本项目全年预算" + N + "万元的使用")
    rows_ = {k: row(t, k) for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
                                     "预算到位率(%)", "预算执行率(%)")}
    cells = {k: [intcell(c) for c in v[2:10]] for k, v in rows_.items()}
    # columns: 0 total, 1 subtotal, 2 central, 3 province, 4 city, 5 county, 6 carry-in, 7 other
    for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        c = cells[k]
        a(("%s: total = subtotal + carry-in + other" % k, c_sum(c[0], [c[1], c[6], c[7]])))
        a(("%s: subtotal = levels" % k, c_sum(c[1], [c[2], c[3], c[4], c[5]])))
    for j in range(8):
        a(("(5)=(3)-(4) col %d" % j, c_bal(cells["资金结余"][j], cells["实际到位资金"][j], cells["全年执行资金"][j])))
        for k, num in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            st = cells[k][j]
            if val(cells["全年预算资金"][j]) == 0:
                a(("%s col %d zero base" % (k, j), None if val(st) == 0 else "implausible_rate"))
            else:
                a(("%s col %d" % (k, j), c_rate(st, cells[num][j], cells["全年预算资金"][j])))
                a(("%s col %d within 0-100%%" % (k, j), c_pct_range(st)))
    a(("intro amount = annual budget", c_same(intro, cells["全年预算资金"][0])))
    p30, c12 = groups(t, r"省级下达防汛救灾补助资金" + N + "万元、市级下达" + N + "万元")
    a(("province/city amounts prose = table", c_same(p30, cells["全年预算资金"][3]) or c_same(c12, cells["全年预算资金"][4])))
    got, yy, rest = groups(t, r"省级资金中" + N + "万元于(\d{4})年12月到位，其余" + N + "万元截至年末尚未拨付到位")
    a(("received in the evaluation year", c_year(yy, Y)))
    a(("province: received + outstanding = allocated", c_sum(p30, [got, rest])))
    a(("province received prose = table", c_same(got, cells["实际到位资金"][3])))
    # indicator tables
    ex = ind_row(t, "预算执行率")
    a(("execution row = funds table", c_same(ex["actual"].rstrip("%"), cells["预算执行率(%)"][0])))
    a(("execution rate restated", c_same(one(t, r"一是预算执行率" + N + "%，低于90%"), cells["预算执行率(%)"][0])))
    sp, pur, rent, tr, mnt = groups(t, r"全年执行资金" + N + "万元，其中：物资采购" + N + "万元，仓库租金" + N +
                                    "万元，10月抢险期间物资调运和装卸" + N + "万元，物资检测维修和管护" + N + "万元")
    a(("spent prose = table", c_same(sp, cells["全年执行资金"][0])))
    a(("spent = parts", c_sum(sp, [pur, rent, tr, mnt])))
    pr = products(t, 6)
    r += [(x, y) for x, y, _ in pr]
    a(("purchases = sum of items", c_sum(pur, amount_parts(pr))))
    mr, months = groups(t, r"月租金" + N + "元，租期" + N + "个月")
    a(("rent = monthly x months", c_prod(months, 1, mr, "元", rent, "万元")))
    a(("rent prose = table", c_same(rent, qty(ind_row(t, "仓库年租金")["actual"])[0])))
    bag_t, bag_over = groups(t, r"麻袋、编织袋合计储备" + N + "万条，超出目标" + N + "%")
    brow = ind_row(t, "麻袋、编织袋储备量")
    a(("bags prose = table", c_same(bag_t, qty(brow["actual"])[0])))
    a(("bags = sacks + woven bags", c_sum((bag_t, 10000), [one(t, r"麻袋" + N + "条，单价"), one(t, r"编织袋" + N + "条，单价")])))
    tv = qty(brow["target"])[0]
    a(("bags over-target percentage", None if close(bag_over, (val(bag_t) - val(tv)) / val(tv) * 100) else "completion_mismatch"))
    a(("bags target prose = table", c_same(one(t, r"麻袋、编织袋储备不少于" + N + "万条"), tv)))
    mesh = one(t, r"年内到货" + N + "片")
    mrow = ind_row(t, "铅丝网片储备量")
    a(("mesh prose = table = purchase", c_same(mesh, qty(mrow["actual"])[0], one(t, r"铅丝网片" + N + "片，单价"))))
    a(("mesh target prose = table", c_same(one(t, r"铅丝网片不少于" + N + "片"), qty(mrow["target"])[0])))
    a(("machines target prose = table", c_same(one(t, r"更新发电机组和排水泵" + N + "台"),
                                               qty(ind_row(t, "发电机组及排水泵更新")["target"])[0])))
    tot_i, ok_i, rate_i = groups(t, r"库存储备物资" + N + "件（台、片）逐一清点，完好" + N + "件，完好率" + N + "%")
    a(("完好率 from counts", c_rate(rate_i, ok_i, tot_i)))
    a(("完好率 within 0-100%", c_pct_range(rate_i)))
    a(("完好率 prose = table", c_same(rate_i, qty(ind_row(t, "储备物资完好率")["actual"])[0])))
    wb, towns, avg = groups(t, r"编织袋" + N + "万条、铅丝网片\d+片，分别用于[^。]*。其中编织袋调往沿河" + N +
                            "个乡镇，平均每个乡镇" + N + "条")
    a(("bags per town average", None if close(avg, val(wb) * TENK / val(towns)) else "average_mismatch"))
    sent, sok, sat = groups(t, r"发放问卷" + N + "份，满意" + N + "份，满意度" + N + "%")
    a(("satisfaction from counts", c_rate(sat, sok, sent)))
    a(("satisfaction within 0-100%", c_pct_range(sat)))
    a(("satisfaction prose = table", c_same(sat, qty(ind_row(t, "沿河乡镇及抢险队伍满意度")["actual"])[0])))
    total = one(t, r"总得分" + N + "分")
    r += table_checks(t, totals_prose=[total], warn=warn)
    a(("grade", c_grade(one(t, r"属于“(优秀|优|良好|良|中等|中|合格|较差|差)”"), total)))
    a(("report dated after the year", None if int(one(t, r"\n(\d{4})年2月\n?$")) >= Y else "year_mismatch"))
    return r


def sc(t, warn):
    Y = 2022
    r = []
    a = r.append
    a(("title year", c_year(one(t, r"^(\d{4})年度蓬溪县水利局项目支出"), Y)))
    a(("table header year", c_year(one(t, r"\n年度\t(\d{4})\n"), Y)))
    a(("table title year", c_year(one(t, r"\n(\d{4})年度项目支出绩效自评表"), Y)))
    a(("project name year", c_year(one(t, r"项目名称\t(\d{4})年防汛抗旱物资储备更新项目"), Y)))
    init, add, own, ann = groups(t, r"年初批复本项目预算" + N + "万元，8月县政府研究追加抗旱资金" + N + "万元，另安排单位资金" + N +
                                 "万元，全年预算合计" + N + "万元")
    a(("annual = initial + added + unit funds", c_sum(ann, [init, add, own])))
    sp, pur, rent, tr, mnt = groups(t, r"全年支出" + N + "万元，其中：物资购置" + N + "万元，仓库租金" + N +
                                    "万元，抗旱应急送水车辆租用及物资调运" + N + "万元，物资维护保养和检测" + N + "万元")
    a(("spent = parts", c_sum(sp, [pur, rent, tr, mnt])))
    pr = products(t, 6)
    r += [(x, y) for x, y, _ in pr]
    a(("purchases = sum of items", c_sum(pur, amount_parts(pr))))
    mr, months = groups(t, r"县级仓库月租金" + N + "元，租期" + N + "个月")
    a(("rent = monthly x months", c_prod(months, 1, mr, "元", rent, "万元")))
    a(("rent prose = table", c_same(rent, ind_row(t, "仓库年租金")["actual"])))
    bal = one(t, r"年末结转资金" + N + "万元")
    a(("carry-forward = annual - spent (all received)", c_bal(bal, ann, sp)))
    a(("carry-forward year", c_year_after(one(t, r"已结转至(\d{4})年。"), Y)))
    a(("approx. people prose ~ table", c_same(ind_row(t, "保障临时饮水困难群众")["actual"], approx=[one(t, r"累计为约" + N + "万名")])))
    pipes, pcomp = one(t, r"输水软管" + N + "米，每米"), one(t, r"输水软管完成年度目标的" + N + "%")
    ptarget = one(t, r"输水软管不少于" + N + "米")
    a(("pipes completion (prose)", c_completion(pcomp, ptarget, pipes, "gte")))
    prow = ind_row(t, "输水软管购置")
    a(("pipes prose = table", c_same(pipes, prow["actual"]) or c_same(ptarget, prow["target"])))
    bags, btar = groups(t, r"仅储备" + N + "万条，未完成" + N + "万条的目标")
    brow = ind_row(t, "编织袋储备")
    a(("bags prose = table", c_same((bags, 10000), brow["actual"], one(t, r"编织袋" + N + "条，单价"))
       or c_same((btar, 10000), brow["target"])))
    a(("pumps prose = table", c_same(one(t, r"柴油抽水机" + N + "台"), ind_row(t, "抽水机购置")["actual"])
       or c_same(one(t, r"购置抽水机不少于" + N + "台"), ind_row(t, "抽水机购置")["target"])))
    a(("targets prose = table", c_same(one(t, r"储备物资完好率不低于" + N + "%"), ind_row(t, "储备物资完好率")["target"])
       or c_same(one(t, r"接到指令后" + N + "小时内调拨到位"), ind_row(t, "抗旱物资调拨到位时限")["target"])
       or c_same(one(t, r"保障临时饮水困难群众不少于" + N + "万人"), ind_row(t, "保障临时饮水困难群众")["target"])))
    tot_i, ok_i, rate_i = groups(t, r"年末盘点库存物资" + N + "件（台、套），完好" + N + "件，完好率" + N + "%")
    a(("完好率 from counts", c_rate(rate_i, ok_i, tot_i)))
    a(("完好率 within 0-100%", c_pct_range(rate_i)))
    a(("完好率 prose = table", c_same(rate_i, ind_row(t, "储备物资完好率")["actual"])))
    a(("satisfaction within 0-100%", c_pct_range(one(t, r"受益群众满意度达" + N + "%"))))
    # funds block (Sichuan rows)
    tot = row(t, "年度资金总额")
    parts = [row(t, k) for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for k, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        a(("funds block %s: total = components" % lab, c_sum(tot[k], [intcell(p[k]) for p in parts])))
    a(("funds block rate", c_rate(tot[5].rstrip("%"), tot[3], tot[2])))
    a(("funds block rate within 0-100%", c_pct_range(tot[5].rstrip("%"))))
    a(("funds block = prose", c_same(tot[1], init) or c_same(tot[2], ann) or c_same(tot[3], sp) or c_same(parts[2][2], own)))
    ew, es = tot[4], tot[6]
    if not close(es, val(ew) * min(val(tot[3]) / val(tot[2]), D(1))):
        warn.append("score_rule_mismatch (warning): execution score %s" % es)
    r += table_checks(t, extra=(ew, es), totals_prose=[one(t, r"本项目自评得分" + N + "分")], warn=warn)
    a(("grade", c_grade(one(t, r"评价等级为(优秀|优|良好|良|中等|中|合格|较差|差)。"), one(t, r"本项目自评得分" + N + "分"))))
    a(("report dated after the year", None if int(one(t, r"\n(\d{4})年3月20日")) >= Y else "year_mismatch"))
    return r


def hn(t, warn):
    Y = 2024
    r = []
    a = r.append
    a(("title year", c_year(one(t, r"\n(\d{4})年度防汛抗旱物资储备与更新项目支出绩效自评报告"), Y)))
    a(("project-name year", c_year(one(t, r"项目名称\t(\d{4})年度防汛抗旱物资储备与更新项目"), Y)))
    a(("attachment year", c_year(one(t, r"附件：(\d{4})年度项目支出绩效自评表"), Y)))
    ann, init, add, prov, cty, cf = groups(t, r"全年预算" + N + "万元，其中：年初预算" + N + "万元，7月汛期追加" + N +
                                          "万元（其中省级应急抢险补助" + N + "万元、县级" + N + "万元），上年结转" + N + "万元")
    a(("annual = initial + added + carry-in", c_sum(ann, [init, add, cf])))
    a(("added = province + county", c_sum(add, [prov, cty])))
    adv, advy = groups(t, r"年初预算中的" + N + "万元已于(\d{4})年12月提前下达")
    a(("advance issued in December of the year before", c_year(advy, Y - 1)))
    a(("advance within the initial budget", None if val(adv) <= val(init) else "sum_mismatch"))
    sp, pur, rent, tr, mnt = groups(t, r"全年支出" + N + "万元，构成如下：物资采购" + N + "万元，仓库租金" + N +
                                    "万元，汛期物资调运及抢险现场保障" + N + "万元，物资检测维修和保养" + N + "万元")
    a(("spent = parts", c_sum(sp, [pur, rent, tr, mnt])))
    pr = products(t, 7)
    r += [(x, y) for x, y, _ in pr]
    a(("purchases = sum of items", c_sum(pur, amount_parts(pr))))
    mr, months = groups(t, r"月租金" + N + "万元，(?:\d{4})年租用" + N + "个月")
    a(("rent year", c_year(one(t, r"月租金[\d.]+万元，(\d{4})年租用"), Y)))
    a(("rent = monthly x months", c_prod(months, 1, mr, "万元", rent, "万元")))
    a(("monthly rent prose = table", c_same(mr, qty(ind_row(t, "仓库月租金")["actual"])[0])))
    a(("rent cap prose = table", c_same(one(t, r"仓库月租金控制在" + N + "万元以内"), qty(ind_row(t, "仓库月租金")["target"])[0])))
    cbud, cspent, crate = groups(t, r"县级资金" + N + "万元，支出" + N + "万元，县级资金执行率" + N + "%")
    a(("county budget = initial + county added", c_sum(cbud, [init, cty])))
    a(("county execution rate", c_rate(crate, cspent, cbud)))
    a(("spent = county spent + province + carry-in (fully spent)", c_sum(sp, [cspent, prov, cf])))
    bal, bal_y = groups(t, r"年末未使用的" + N + "万元为排涝泵和发电机组的质保金，已结转至(\d{4})年")
    a(("carry-forward = county budget - county spent", c_bal(bal, cbud, cspent)))
    a(("carry-forward = annual - spent", c_bal(bal, ann, sp)))
    a(("carry-forward year", c_year_after(bal_y, Y)))
    tot_i, ok_i, rate_i = groups(t, r"在册物资" + N + "件（台、艘、套），完好" + N + "件，完好率" + N + "%")
    a(("完好率 from counts", c_rate(rate_i, ok_i, tot_i)))
    a(("完好率 within 0-100%", c_pct_range(rate_i)))
    a(("完好率 prose = table", c_same(rate_i, qty(ind_row(t, "库存物资完好率")["actual"])[0])))
    a(("targets prose = table", c_same(one(t, r"库存物资完好率不低于" + N + "%"), qty(ind_row(t, "库存物资完好率")["target"])[0])
       or c_same(one(t, r"抢险队伍和受灾群众满意度不低于" + N + "%"), qty(ind_row(t, "抢险队伍及群众满意度")["target"])[0])))
    bq = qty(ind_row(t, "编织袋采购储备")["actual"])
    a(("bags bought prose = table", c_same(one(t, r"编织袋" + N + "条，单价"), (bq[0], bq[2]))))
    a(("life jackets bought prose = table", c_same(one(t, r"救生衣" + N + "件，单价"), qty(ind_row(t, "救生衣采购")["actual"])[0])))
    a(("8 + 10 + 3 machines = table", c_sum(qty(ind_row(t, "冲锋舟、发电机组、排涝泵更新")["actual"])[0],
                                            [one(t, r"冲锋舟" + N + "艘，单价"), one(t, r"柴油发电机组" + N + "台，单价"),
                                             one(t, r"大流量排涝泵" + N + "台，单价")])))
    lj1 = one(t, r"土工布[\d.]+万平方米、救生衣" + N + "件")
    lj2 = one(t, r"汛期累计调出救生衣" + N + "件")
    a(("life jackets issued stated twice", c_same(lj1, lj2)))
    a(("people protected ~ table", c_same(qty(ind_row(t, "汛期转移群众救生物资保障")["actual"])[0],
                                          approx=[one(t, r"保障转移群众约" + N + "万人次")])))
    sent, sok, sat = groups(t, r"发放问卷" + N + "份，满意" + N + "份，满意度" + N + "%")
    a(("satisfaction from counts", c_rate(sat, sok, sent)))
    a(("satisfaction within 0-100%", c_pct_range(sat)))
    a(("satisfaction prose = table", c_same(sat, qty(ind_row(t, "抢险队伍及群众满意度")["actual"])[0])))
    # funds block
    tot = row(t, "年度资金总额")
    cu = row(t, "其中：当年财政拨款")
    cr = row(t, "上年结转资金")
    ot = row(t, "其他资金")
    for k, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        a(("funds block %s: total = components" % lab, c_sum(tot[k], [intcell(cu[k]), intcell(cr[k]), intcell(ot[k])])))
    a(("current appropriation = initial + added", c_sum(cu[2], [init, add])))
    a(("funds block rate", c_rate(tot[5].rstrip("%"), tot[3], tot[2])))
    a(("funds block rate within 0-100%", c_pct_range(tot[5].rstrip("%"))))
    a(("funds block = prose", c_same(tot[1], init) or c_same(tot[2], ann) or c_same(tot[3], sp) or c_same(cr[2], cf)))
    ew, es = tot[4], tot[6]
    if not close(es, val(ew) * min(val(tot[3]) / val(tot[2]), D(1))) and \
            not close(es, val(ew) * min(val(tot[5].rstrip("%")) / 100, D(1))):
        warn.append("score_rule_mismatch (warning): execution score %s" % es)
    r += table_checks(t, extra=(ew, es), warn=warn)
    tt = [x for _, _, x in ind_tables(t) if x][0]
    a(("grade", c_grade(one(t, r"本项目评价等级为“(优秀|优|良好|良|中等|中|合格|较差|差)”"), tt["s"])))
    for d in re.findall(r"(\d{4})年5月(?:31|20)日", t):
        a(("时效 dates in evaluation year", c_year(d, Y)))
    a(("report dated after the year", None if int(one(t, r"\n(\d{4})年3月10日")) >= Y else "year_mismatch"))
    return r


DRAFTS = {
    "fj-ninghua-fangxunwuzi-2018": fj,
    "hb-gongan-fangxunwuzi-2020": hb,
    "sx-jishan-fangxunwuzi-2021": sx,
    "sc-pengxi-kanghanwuzi-2022": sc,
    "hn-huarong-fangxunwuzi-2024": hn,
}


def run_checks(source, text):
    warn = []
    try:
        res = DRAFTS[source](text, warn)
    except Missing as e:
        return None, ["PARSE: %s" % e], warn
    fails = [(lab, code) for lab, code in res if code]
    return res, fails, warn


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(b) - j   # changed span in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = {}
    nchecks = 0
    for lab in labels:
        case = lab["case"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        res, fails, warn = run_checks(lab["source"], text)
        if res is None:
            problems.append("%s: %s" % (case, fails))
            continue
        nchecks += len(res)
        failing = sorted({c for _, c in fails})
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % case)
            if fails:
                problems.append("%s: clean draft fails %s" % (case, fails))
            print("%-42s clean  %3d checks pass%s" % (case, len(res), ("; " + "; ".join(warn)) if warn else ""))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: %d labels" % (case, len(exp)))
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append("%s: bad code/severity %s" % (case, e))
        codes[e["code"]] = codes.get(e["code"], 0) + 1
        if failing != [e["code"]]:
            problems.append("%s: labelled %s but failing codes %s (%s)" % (case, e["code"], failing, fails))
        cnt = text.count(e["value"])
        if cnt != 1:
            problems.append("%s: value %r occurs %d times" % (case, e["value"], cnt))
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if clean == text:
            problems.append("%s: identical to clean" % case)
        else:
            s, t_ = diff_region(clean, text)
            vs = text.find(e["value"])
            ve = vs + len(e["value"])
            if not (vs < max(t_, s + 1) and s < ve):
                problems.append("%s: changed span [%d,%d) does not overlap value [%d,%d)" % (case, s, t_, vs, ve))
            if t_ - s > 40:
                problems.append("%s: changed span too long (%d)" % (case, t_ - s))
        print("%-42s %-22s fails: %s%s" % (case, e["code"], ", ".join(lab_ for lab_, _ in fails),
                                           ("; " + "; ".join(warn)) if warn else ""))
    for c in CODES:
        if codes.get(c, 0) < 2:
            problems.append("code %s used %d times" % (c, codes.get(c, 0)))
    print("codes:", ", ".join("%s=%d" % (c, codes.get(c, 0)) for c in CODES))
    print("cases: %d, checks run: %d" % (len(labels), nchecks))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
