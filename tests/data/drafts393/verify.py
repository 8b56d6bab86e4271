#!/usr/bin/env python3
"""Verify the n393 test set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that
   overlaps the label value;
3. each of the 13 error codes is used at least twice;
4. the arithmetic of every draft is redone: clean drafts must pass every check,
   error cases must fail the labelled code and no other error-level code.
   (score_rule_mismatch is a warning and is reported but not required.)
Tolerance follows rules.md §8: a stated value with d decimals matches a computed
value c iff |c - v| <= 0.5 * 10^-d (+1e-9); ROUND_HALF_UP via Decimal.
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
WARNINGS = {"score_rule_mismatch"}
EPS = D("1e-9")


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def dnum(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** (-ndec(s)) + EPS


def close(stated, computed):
    return abs(D(computed) - dnum(stated)) <= tol(stated)


NUM_UNIT = re.compile(r"([\d,]+(?:\.\d+)?)\s*(万元/台|元/台|万元/人|元/人|万元|亿元|元|人次|人|条|个|处|次|日|天|%|家|份|台)?")


def parse_q(cell):
    """'≥60%（实际63.5%）' -> value of the actual; returns (op, value_str, unit) or None (qualitative)."""
    c = cell.strip()
    m = re.search(r"实际\s*([\d.,]+)\s*(%|[^\d\s）)]*)", c)
    if m:
        return ("", m.group(1), m.group(2) or "")
    op = ""
    if c[:1] in "≥≤＞＜=":
        op = {"≥": "gte", "≤": "lte", "＞": "gte", "＜": "lte", "=": "eq"}[c[0]]
    m = re.search(r"([\d,]+(?:\.\d+)?)\s*(万元/台|元/台|元/人|万元|元|人次|人|条|个|处|次|日|天|%|家|份|台)?", c)
    if not m:
        return None
    return (op, m.group(1), m.group(2) or "")


def money_scale(unit):
    if unit.startswith("万元"):
        return D(10000), "元" + unit[2:]
    if unit.startswith("亿元"):
        return D(100000000), "元" + unit[2:]
    return D(1), unit


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
         "合格": "中", "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = dnum(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- checker
class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []

    def chk(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def one(self, pat, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    # -- identities
    def rate(self, stated, num, den, what, code="rate_mismatch"):
        c = dnum(num) / dnum(den) * 100
        self.chk(code, close(stated, c), f"{what}: {num}/{den} = {c:.4f}% vs {stated}%")

    def sum(self, total, parts, what):
        """total == sum(parts); a break reconciled exactly by rescaling one figure by 10^4 is unit_mismatch."""
        tv = dnum(total)
        pv = [dnum(p) for p in parts]
        s = sum(pv)
        t_all = tol(total)  # inputs are exact as written (rules §8); tolerance from the stated total only
        if abs(s - tv) <= t_all:
            self.chk("sum_mismatch", True, f"{what}: {s} = {total}")
            return
        for f in (D(10000), D("0.0001")):
            if abs(s - tv * f) <= t_all * f:
                self.chk("unit_mismatch", False, f"{what}: total {total} off by 10^4")
                return
            for i in range(len(pv)):
                s2 = s - pv[i] + pv[i] * f
                if abs(s2 - tv) <= t_all:
                    self.chk("unit_mismatch", False, f"{what}: part {parts[i]} off by 10^4")
                    return
        self.chk("sum_mismatch", False, f"{what}: sum {s} != {total}")

    def same(self, a, b, what, approx=False):
        """Two statements of one quantity. a, b: strings with optional units."""
        qa, qb = parse_q(a), parse_q(b)
        if qa is None or qb is None:
            self.chk("conflicting_values", a.strip() == b.strip(), f"{what}: {a} / {b}")
            return
        ua, ub = qa[2], qb[2]
        sa, ua2 = money_scale(ua)
        sb, ub2 = money_scale(ub)
        va, vb = dnum(qa[1]) * sa, dnum(qb[1]) * sb
        t = max(tol(qa[1]) * sa, tol(qb[1]) * sb)
        if approx:
            t = t * 2
        if ua2 != ub2 and ua and ub:
            self.chk("unit_mismatch", False, f"{what}: units {ua} / {ub}")
            return
        if abs(va - vb) <= t:
            self.chk("conflicting_values", True, f"{what}: {a} = {b}")
            return
        for f in (D(10000), D("0.0001")):
            if abs(va * f - vb) <= t * 2 or abs(va - vb * f) <= t * 2:
                self.chk("unit_mismatch", False, f"{what}: {a} / {b} off by 10^4")
                return
        self.chk("conflicting_values", False, f"{what}: {a} != {b}")

    def le100(self, stated, what):
        self.chk("implausible_rate", D(0) <= dnum(stated) <= 100, f"{what}: {stated}% within [0,100]")

    def year_eq(self, y, Y, what):
        self.chk("year_mismatch", int(y) == int(Y), f"{what}: {y} vs {Y}")

    def grade(self, total, word, what):
        g = GRADE.get(word)
        self.chk("grade_mismatch", g == band(total), f"{what}: {total} -> {band(total)}, stated {word}")

    def average(self, items, stated, what):
        c = sum(dnum(i) for i in items) / len(items)
        self.chk("average_mismatch", close(stated, c), f"{what}: mean {c:.4f} vs {stated}")

    def completion(self, stated, op, target, actual, what):
        T, A = dnum(target), dnum(actual)
        if op == "lte":
            c = D(100) if A <= T else T / A * 100
        else:
            c = A / T * 100
        self.chk("completion_mismatch", close(stated, c), f"{what}: completion {c:.4f}% vs {stated}")

    def indicator_rows(self, rows, what):
        """rows: dicts name, target, actual, weight, score[, completion].  Returns (Σw, Σs)."""
        sw = D(0)
        ss = D(0)
        for r in rows:
            w, s = dnum(r["weight"]), dnum(r["score"])
            sw += w
            ss += s
            self.chk("score_exceeds_weight", D(0) <= s <= w, f"{what} {r['name']}: score {s} / weight {w}")
            qt, qa = parse_q(r["target"]), parse_q(r["actual"])
            if qt is None or qa is None:
                # qualitative: achieved -> [80%,100%], partly -> [60%,80%)
                a = r["actual"]
                if "部分" in a:
                    lo, hi = D("0.6") * w, D("0.8") * w - D("0.001")
                else:
                    lo, hi = D("0.8") * w, w
                self.chk("score_rule_mismatch", lo <= s <= hi, f"{what} {r['name']}: qualitative score {s}")
                if "completion" in r:
                    self.chk("completion_mismatch", r["completion"].rstrip("%") == "100", f"{what} {r['name']}: qualitative completion")
                continue
            ut, ua = qt[2], qa[2]
            if ut != ua:
                self.chk("unit_mismatch", False, f"{what} {r['name']}: target unit {ut!r} vs actual unit {ua!r}")
                continue
            self.chk("unit_mismatch", True, f"{what} {r['name']}: units {ut!r}")
            if ua == "%" and r.get("rate", True):
                self.le100(qa[1], f"{what} {r['name']} actual")
            op = qt[0] or "gte"
            T, A = dnum(qt[1]), dnum(qa[1])
            if op == "lte":
                exp = w if A <= T else w * T / A
                comp = D(100) if A <= T else T / A * 100
            else:
                exp = w * min(D(1), A / T)
                comp = A / T * 100
            self.chk("score_rule_mismatch", close(r["score"], exp), f"{what} {r['name']}: score {s} vs rule {exp:.4f}")
            if "completion" in r:
                self.chk("completion_mismatch", close(r["completion"].rstrip("%"), comp),
                         f"{what} {r['name']}: completion {comp:.4f} vs {r['completion']}")
        return sw, ss


def cells(line, sep):
    if sep == "|":
        parts = [c.strip() for c in line.strip().strip("|").split("|")]
    else:
        parts = [c.strip() for c in line.split(sep)]
    return parts


def table(text, header_start, sep, stop=None):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        raise ParseError(f"table header {header_start!r} found {len(idx)} times")
    out = []
    for l in lines[idx[0] + 1:]:
        if not l.strip() or sep not in l or (stop and l.startswith(stop)):
            break
        out.append(cells(l, sep))
    return out


def year_of(ctx):
    return int(ctx.one(r"(\d{4})年度").group(1)) if len(re.findall(r"(\d{4})年度", ctx.t[:80])) == 1 else None


# ======================================================= draft 1: Jiangshan 2019
def check_jiangshan(t):
    c = Ctx(t)
    Y = int(re.search(r"(\d{4})年度", t[:60]).group(1))
    # funds table
    S = "｜"
    fr = {r[0]: r for r in table(t, "项目资金（万元）", S, stop="年度总体目标")}
    tot, cur, car, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for col, name in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[col], [cur[col], car[col], oth[col]], f"funds table {name} column")
    c.rate(tot[5].rstrip("%"), tot[3], tot[2], "table 执行率")
    c.le100(tot[5].rstrip("%"), "table 执行率")
    exec_score = tot[6]
    c.chk("score_exceeds_weight", dnum(exec_score) <= dnum(tot[4]), "execution score <= weight")
    c.chk("score_rule_mismatch", close(exec_score, dnum(tot[4]) * dnum(tot[3]) / dnum(tot[2])), "execution score rule")
    # prose funds
    m = c.one(r"年初预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元")
    c.sum(m.group(1), [m.group(2), m.group(3)], "prose 年初预算")
    c.same(m.group(1), tot[1], "年初预算 prose/table")
    c.same(m.group(2), cur[1], "当年财政拨款 年初 prose/table")
    c.same(m.group(3), car[1], "上年结转 prose/table")
    ini = m.group(1)
    add = c.one(r"下达示范区建设补助([\d.]+)万元").group(1)
    ann = c.one(r"全年预算调整为([\d.]+)万元").group(1)
    c.sum(ann, [ini, add], "年初 + 追加 = 全年")
    c.same(ann, tot[2], "全年预算 prose/table")
    m = c.one(r"全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    spent = m.group(1)
    c.rate(m.group(2), spent, ann, "prose 执行率")
    c.le100(m.group(2), "prose 执行率")
    c.same(spent, tot[3], "执行 prose/table")
    c.same(m.group(2) + "%", tot[5], "执行率 prose/table")
    m = c.one(r"当年财政拨款执行([\d.]+)万元、执行率([\d.]+)%")
    c.same(m.group(1), cur[3], "当年执行 prose/table")
    c.rate(m.group(2), m.group(1), cur[2], "当年财政拨款执行率")
    c.le100(m.group(2), "当年财政拨款执行率")
    c.chk("rate_mismatch", dnum(car[3]) == dnum(car[2]), "上年结转 '已全部支出'")
    seg = c.one(r"按用途分：(.*?)。").group(1)
    parts = re.findall(r"([\d.]+)万元", seg)
    c.sum(spent, parts, "用途 breakdown")
    m = c.one(r"共采购(\d+)台，中标单价(\d+)元/台，低于预算控制价(\d+)元/台")
    bp = c.one(r"家用电子血压计购置([\d.]+)万元").group(1)
    c.sum(bp, [str(dnum(m.group(1)) * dnum(m.group(2)) / 10000)], "1200台 × 168元")
    unit_price, ctrl = m.group(2), m.group(3)
    c.chk("conflicting_values", dnum(unit_price) <= dnum(ctrl), "单价 below 控制价 (statement vs numbers)")
    bal = c.one(r"年末未支出([\d.]+)万元").group(1)
    c.chk("rate_mismatch", "资金已全部到位" in t, "全部到位")
    c.chk("balance_mismatch", close(bal, dnum(ann) - dnum(spent)), f"未支出 {bal} vs {dnum(ann) - dnum(spent)}")
    # years
    c.chk("year_mismatch", int(c.one(r"结转至(\d{4})年").group(1)) > Y, "carry-over year after evaluation year")
    c.year_eq(c.one(r"截至(\d{4})年12月31日").group(1), Y, "截至 date")
    c.year_eq(c.one(r"项目支出绩效自评表（(\d{4})年度）").group(1), Y, "table year")
    c.year_eq(c.one(r"我市于(\d{4})年11月通过国家复审").group(1), Y, "复审 year")
    # management rates
    m = c.one(r"在管高血压患者(\d+)人，其中规范管理(\d+)人，规范管理率([\d.]+)%")
    htn = m.group(1)
    c.rate(m.group(3), m.group(2), htn, "高血压规范管理率")
    htn_rate = m.group(3)
    m = c.one(r"在管2型糖尿病患者(\d+)人，规范管理(\d+)人，规范管理率([\d.]+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "糖尿病规范管理率")
    dm_rate = m.group(3)
    m = c.one(r"血压控制达标(\d+)人，控制率([\d.]+)%")
    c.rate(m.group(2), m.group(1), htn, "血压控制率")
    bp_rate = m.group(2)
    for r_ in (htn_rate, dm_rate, bp_rate):
        c.le100(r_, "prose rate")
    for r_ in re.findall(r"分别为([\d.]+)%、([\d.]+)%、([\d.]+)%", t)[0]:
        c.le100(r_, "township rate")
    # indicator table
    ir = table(t, "一级指标｜二级指标", S)
    rows = []
    total_row = None
    for r in ir:
        if r[0] == "总分":
            total_row = r
            continue
        rows.append({"name": r[2], "target": r[3], "actual": r[4], "weight": r[5], "score": r[6]})
    byname = {r["name"]: r for r in rows}
    sw, ss = c.indicator_rows(rows, "indicator table")
    c.chk("weight_sum_mismatch", sw + dnum(tot[4]) == dnum(total_row[5]) == 100, f"weights {sw}+{tot[4]} vs {total_row[5]}")
    c.chk("score_sum_mismatch", close(total_row[6], ss + dnum(exec_score)), f"scores {ss}+{exec_score} vs {total_row[6]}")
    # prose <-> table
    m = c.one(r"新建健康步道(\d+)条，完成年度目标的([\d.]+)%")
    c.same(m.group(1) + "条", byname["新建健康步道"]["actual"], "步道 prose/table")
    c.completion(m.group(2), "gte", parse_q(byname["新建健康步道"]["target"])[1], m.group(1), "步道 completion")
    c.same(c.one(r"建成健康小屋(\d+个)").group(1), byname["建成健康小屋"]["actual"], "健康小屋")
    c.same(c.one(r"筛查高危人群(\d+人)").group(1), byname["高危人群筛查人数"]["actual"], "筛查人数")
    c.same(c.one(r"首诊测血压率([\d.]+%)").group(1), byname["35岁及以上居民首诊测血压率"]["actual"], "首诊测血压率")
    c.same(htn_rate + "%", byname["高血压患者规范管理率"]["actual"], "高血压规范管理率 prose/table")
    c.same(dm_rate + "%", byname["2型糖尿病患者规范管理率"]["actual"], "糖尿病规范管理率 prose/table")
    c.same(bp_rate + "%", byname["管理人群血压控制率"]["actual"], "控制率 prose/table")
    c.same(c.one(r"提高到([\d.]+%)").group(1), byname["居民健康素养水平"]["actual"], "健康素养")
    c.same(c.one(r"显示慢病患者满意度([\d.]+%)").group(1), byname["慢病患者满意度"]["actual"], "满意度")
    c.same(unit_price + "元/台", byname["电子血压计采购单价"]["actual"], "单价 prose/table")
    c.same(ctrl + "元/台", byname["电子血压计采购单价"]["target"], "控制价 prose/table")
    c.same(c.one(r"新建健康步道不少于(\d+)条").group(1) + "条", byname["新建健康步道"]["target"], "步道 target")
    c.same(c.one(r"完成高危人群筛查(\d+)人以上").group(1) + "人", byname["高危人群筛查人数"]["target"], "筛查 target")
    c.le100(c.one(r"显示慢病患者满意度([\d.]+)%").group(1), "满意度")
    c.same(c.one(r"健康小屋不少于(\d+)个").group(1) + "个", byname["建成健康小屋"]["target"], "小屋 target")
    c.same(c.one(r"首诊测血压率不低于(\d+)%").group(1) + "%", byname["35岁及以上居民首诊测血压率"]["target"], "首诊 target")
    for nm in ("高血压患者规范管理率", "2型糖尿病患者规范管理率"):
        c.same(c.one(r"规范管理率均不低于(\d+)%").group(1) + "%", byname[nm]["target"], nm + " target")
    c.same(c.one(r"血压控制率不低于(\d+)%").group(1) + "%", byname["管理人群血压控制率"]["target"], "控制率 target")
    c.same(c.one(r"健康素养水平达到(\d+)%以上").group(1) + "%", byname["居民健康素养水平"]["target"], "素养 target")
    c.same(c.one(r"慢病患者满意度(\d+)%以上").group(1) + "%", byname["慢病患者满意度"]["target"], "满意度 target")
    c.chk("conflicting_values", c.one(r"糖尿病患者规范管理率未达到(\d+)%").group(1) == parse_q(byname["2型糖尿病患者规范管理率"]["target"])[1], "问题 section target")
    # conclusion
    m = c.one(r"综合得分([\d.]+)分，评价等级为“(.)”")
    c.same(m.group(1), total_row[6], "total prose/table")
    c.grade(m.group(1), m.group(2), "grade")
    return c.res


# ======================================================= draft 2: Wugang 2021
def check_wugang(t):
    c = Ctx(t)
    Y = int(re.search(r"(\d{4})年度", t[:60]).group(1))
    S = "\t"
    fr = {r[0]: r for r in table(t, "项目资金（万元）", S, stop="年度总体目标")}
    tot, cur, car, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for col, name in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[col], [cur[col], car[col], oth[col]], f"funds table {name}")
    c.rate(tot[5].rstrip("%"), tot[3], tot[2], "table 执行率")
    c.le100(tot[5].rstrip("%"), "table 执行率")
    exec_score = tot[6]
    c.chk("score_exceeds_weight", dnum(exec_score) <= dnum(tot[4]), "execution score")
    c.chk("score_rule_mismatch", close(exec_score, dnum(tot[4]) * dnum(tot[3]) / dnum(tot[2])), "execution score rule")
    m = c.one(r"专项资金([\d.]+)万元，其中中央补助([\d.]+)万元、省级补助([\d.]+)万元、市本级配套([\d.]+)万元")
    ann, cen, prov, city = m.groups()
    c.sum(ann, [cen, prov, city], "资金来源")
    c.same(ann, tot[2], "全年预算 prose/table")
    m = c.one(r"有([\d.]+)万元于(\d{4})年12月提前下达")
    adv = m.group(1)
    c.chk("year_mismatch", int(m.group(2)) in (Y - 1, Y), "advance issued the December before")
    ini = c.one(r"年初预算合计([\d.]+)万元").group(1)
    c.sum(ini, [adv, city], "年初 = 提前下达 + 市本级")
    c.same(ini, tot[1], "年初 prose/table")
    rest = c.one(r"其余中央补助和省级补助([\d.]+)万元").group(1)
    c.sum(rest, [str(dnum(cen) - dnum(adv)), prov], "其余 = 中央 - 提前 + 省级")
    c.sum(ann, [ini, rest], "年初 + 追加 = 全年")
    c.year_eq(c.one(r"于(\d{4})年4月至10月分批下达").group(1), Y, "分批下达 year")
    c.year_eq(c.one(r"截至(\d{4})年12月31日").group(1), Y, "截至")
    m = c.one(r"资金全部到位，到位率(\d+)%")
    c.rate(m.group(1), ann, ann, "到位率 (全部到位)")
    c.le100(m.group(1), "到位率")
    m = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent = m.group(1)
    c.rate(m.group(2), spent, ann, "prose 执行率")
    c.le100(m.group(2), "prose 执行率")
    c.same(spent, tot[3], "执行 prose/table")
    c.same(m.group(2) + "%", tot[5], "执行率 prose/table")
    m = c.one(r"随访服务补助([\d.]+)万元，免费血压血糖检测耗材([\d.]+)万元，智能随访设备采购([\d.]+)万元（血压血糖一体机(\d+)台，每台(\d+)元），培训督导([\d.]+)万元")
    c.sum(spent, [m.group(1), m.group(2), m.group(3), m.group(6)], "支出 breakdown")
    c.sum(m.group(3), [str(dnum(m.group(4)) * dnum(m.group(5)) / 10000)], "120台 × 1300元")
    unit_price = m.group(5)
    bal = c.one(r"年末结余([\d.]+)万元").group(1)
    c.chk("balance_mismatch", close(bal, dnum(ann) - dnum(spent)), f"结余 {bal} vs {dnum(ann) - dnum(spent)}")
    c.chk("year_mismatch", int(c.one(r"结转至(\d{4})年").group(1)) > Y, "结转 year")
    # management
    m = c.one(r"在管高血压患者(\d+)人，完成年度目标的([\d.]+)%，其中规范管理(\d+)人，规范管理率([\d.]+)%")
    htn = m.group(1)
    goal_htn = dnum(c.one(r"高血压患者不少于([\d.]+)万人").group(1)) * 10000
    c.completion(m.group(2), "gte", goal_htn, htn, "高血压管理人数 completion")
    c.rate(m.group(4), m.group(3), htn, "高血压规范管理率")
    htn_rate = m.group(4)
    m = c.one(r"在管2型糖尿病患者(\d+)人，规范管理(\d+)人，规范管理率([\d.]+)%")
    dm = m.group(1)
    c.rate(m.group(3), m.group(2), dm, "糖尿病规范管理率")
    dm_rate = m.group(3)
    m = c.one(r"分别为([\d.%、]+)，平均为([\d.]+)%")
    items = re.findall(r"([\d.]+)%", m.group(1))
    c.average(items, m.group(2), "5 townships")
    for i in items:
        c.le100(i, "township")
    m = c.one(r"血压控制达标(\d+)人，控制率([\d.]+)%左右")
    bp_rate = m.group(2)
    c.chk("rate_mismatch", abs(dnum(m.group(1)) / dnum(htn) * 100 - dnum(bp_rate)) <= 2 * tol(bp_rate), "控制率 approx")
    m = c.one(r"血糖控制达标(\d+)人，血糖控制率([\d.]+)%")
    c.rate(m.group(2), m.group(1), dm, "血糖控制率")
    c.le100(m.group(2), "血糖控制率")
    aware = c.one(r"知晓率为([\d.]+)%").group(1)
    for r_ in (htn_rate, dm_rate, bp_rate, aware):
        c.le100(r_, "prose rate")
    # indicator table
    ir = table(t, "一级指标\t二级指标", S)
    rows, total_row = [], None
    for r in ir:
        if r[0] == "总分":
            total_row = r
            continue
        rows.append({"name": r[2], "target": r[3], "actual": r[4], "weight": r[5], "score": r[6]})
    byname = {r["name"]: r for r in rows}
    sw, ss = c.indicator_rows(rows, "indicator table")
    c.chk("weight_sum_mismatch", sw + dnum(tot[4]) == dnum(total_row[5]) == 100, f"weights {sw}")
    c.chk("score_sum_mismatch", close(total_row[6], ss + dnum(exec_score)), f"scores {ss + dnum(exec_score)} vs {total_row[6]}")
    c.same(htn + "人", byname["高血压患者健康管理人数"]["actual"], "高血压人数")
    c.same(dm + "人", byname["2型糖尿病患者健康管理人数"]["actual"], "糖尿病人数")
    c.same(c.one(r"随访业务培训(\d+人次)").group(1), byname["“两病”随访培训人次"]["actual"], "培训人次")
    c.same(htn_rate + "%", byname["高血压患者规范管理率"]["actual"], "高血压规范管理率")
    c.same(dm_rate + "%", byname["2型糖尿病患者规范管理率"]["actual"], "糖尿病规范管理率")
    c.same(bp_rate + "%", byname["管理人群血压控制率"]["actual"], "控制率", approx=True)
    c.same(aware + "%", byname["两病患者健康知识知晓率"]["actual"], "知晓率")
    c.same(unit_price + "元/台", byname["智能随访设备单价"]["actual"], "单价")
    c.same(str(goal_htn) + "人", byname["高血压患者健康管理人数"]["target"], "高血压 target")
    c.same(c.one(r"2型糖尿病患者不少于(\d+)人").group(1) + "人", byname["2型糖尿病患者健康管理人数"]["target"], "糖尿病 target")
    for nm in ("高血压患者规范管理率", "2型糖尿病患者规范管理率"):
        c.same(c.one(r"两病规范管理率均达到(\d+)%以上").group(1) + "%", byname[nm]["target"], nm + " target")
    c.same(c.one(r"血压控制率不低于(\d+)%").group(1) + "%", byname["管理人群血压控制率"]["target"], "控制率 target")
    c.same(c.one(r"知晓率达到(\d+)%").group(1) + "%", byname["两病患者健康知识知晓率"]["target"], "知晓率 target")
    c.same(c.one(r"未达到(\d+)%的目标").group(1) + "%", byname["两病患者健康知识知晓率"]["target"], "知晓率 target (2)")
    c.same(c.one(r"满意度不低于(\d+)%").group(1) + "%", byname["患者对随访服务满意度"]["target"], "满意度 target")
    # conclusion: range + grade
    m = c.one(r"自评得分在(\d+)分以上，评价等级为“(.)”")
    c.chk("conflicting_values", dnum(total_row[6]) >= dnum(m.group(1)), "90分以上 vs table total")
    c.grade(total_row[6], m.group(2), "grade vs table total")
    return c.res


# ======================================================= draft 3: Zhucheng CDC 2022
def check_zhucheng(t):
    c = Ctx(t)
    Y = int(re.search(r"(\d{4})年度", t[:60]).group(1))
    intro = c.one(r"部门整体支出([\d,.]+)万元开展").group(1)
    m = c.one(r"年初预算([\d,.]+)万元，年中因[^，]*追加([\d.]+)万元，全年预算([\d,.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    ini, add, ann, b_bud, p_bud = m.groups()
    c.sum(ann, [ini, add], "年初 + 追加")
    c.sum(ann, [b_bud, p_bud], "预算 基本 + 项目")
    m = c.one(r"全年收入([\d,.]+)万元，其中财政拨款收入([\d,.]+)万元、事业收入([\d.]+)万元、其他收入([\d.]+)万元")
    inc = m.group(1)
    c.sum(inc, [m.group(2), m.group(3), m.group(4)], "收入构成")
    m = c.one(r"全年支出([\d,.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent, b_sp, p_sp, rate = m.groups()
    c.sum(spent, [b_sp, p_sp], "支出 基本 + 项目")
    c.rate(rate, spent, ann, "部门预算执行率")
    c.le100(rate, "部门预算执行率")
    c.same(intro, spent, "opening vs body 全年支出")
    m = c.one(r"年末结转([\d.]+)万元，其中基本支出([\d.]+)万元（[^）]*），项目支出([\d.]+)万元")
    cf, b_cf, p_cf = m.groups()
    c.chk("balance_mismatch", close(cf, dnum(inc) - dnum(spent)), f"结转 {cf} vs 收入-支出")
    c.chk("balance_mismatch", close(b_cf, dnum(b_bud) - dnum(b_sp)), "基本支出结转")
    c.chk("balance_mismatch", close(p_cf, dnum(p_bud) - dnum(p_sp)), "项目支出结转")
    c.sum(cf, [b_cf, p_cf], "结转构成")
    c.chk("year_mismatch", int(c.one(r"结转至(\d{4})年").group(1)) > Y, "结转 year")
    m = c.one(r"“三公”经费支出([\d.]+)万元，控制在年初预算([\d.]+)万元以内")
    c.chk("conflicting_values", dnum(m.group(1)) <= dnum(m.group(2)), "三公 within budget")
    c.year_eq(c.one(r"截至(\d{4})年12月31日").group(1), Y, "截至")
    c.year_eq(c.one(r"(\d{4})年11月，我市顺利通过").group(1), Y, "复审 year")
    # project table
    pr = table(t, "| 项目名称 |", "|")
    projects = [r for r in pr if r[0] not in ("合计", "项目平均得分")]
    tot = [r for r in pr if r[0] == "合计"][0]
    avg = [r for r in pr if r[0] == "项目平均得分"][0]
    for col, name in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[col], [r[col] for r in projects], f"project table {name}")
    for r in projects + [tot]:
        c.rate(r[4].rstrip("%"), r[3], r[2], f"{r[0]} 执行率")
        c.le100(r[4].rstrip("%"), f"{r[0]} 执行率")
    c.average([r[5] for r in projects], avg[5], "project average score")
    c.same(tot[2], p_bud, "项目支出预算 table/prose")
    c.same(tot[3], p_sp, "项目支出 table/prose")
    c.chk("conflicting_values", len(projects) == int(c.one(r"对(\d)个重点项目").group(1)), "5 projects")
    # indicator table
    ir = table(t, "| 一级指标 |", "|")
    rows, total_row = [], None
    for r in ir:
        if r[0] == "合计":
            total_row = r
            continue
        rows.append({"name": r[2], "target": r[3], "actual": r[4], "weight": r[5], "score": r[6]})
    byname = {r["name"]: r for r in rows}
    sw, ss = c.indicator_rows(rows, "indicator table")
    c.chk("weight_sum_mismatch", sw == dnum(total_row[5]) == 100, f"weights {sw}")
    c.chk("score_sum_mismatch", close(total_row[6], ss), f"scores {ss} vs {total_row[6]}")
    c.same(rate + "%", byname["部门预算执行率"]["actual"], "执行率 prose/table")
    m = c.one(r"在管“两病”患者(\d+)人，其中规范管理(\d+)人，规范管理率([\d.]+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "两病规范管理率")
    c.le100(m.group(3), "两病规范管理率")
    c.same(m.group(3) + "%", byname["“两病”患者规范管理率"]["actual"], "规范管理率 prose/table")
    c.same(c.one(r"血压控制率([\d.]+%)，也略低于").group(1), byname["管理人群血压控制率"]["actual"], "控制率")
    c.same(c.one(r"接种率([\d.]+%)。").group(1), byname["适龄儿童免疫规划疫苗接种率"]["actual"], "接种率")
    c.same(c.one(r"健康素养水平达到([\d.]+%)，").group(1), byname["居民健康素养水平"]["actual"], "健康素养")
    sat = c.one(r"满意度为([\d.]+)%").group(1)
    c.le100(sat, "满意度")
    c.same(sat + "%", byname["群众满意度"]["actual"], "满意度")
    c.same(c.one(r"技术指导(\d+次)，").group(1), byname["示范区技术指导次数"]["actual"], "技术指导次数")
    c.same(c.one(r"中心对(\d+处)镇街").group(1), byname["“两病”规范管理督导镇街数"]["actual"], "镇街数")
    c.same(c.one(r"技术指导不少于(\d+)次").group(1) + "次", byname["示范区技术指导次数"]["target"], "指导 target")
    c.same(c.one(r"报告及时率保持(\d+)%").group(1) + "%", byname["甲乙类传染病报告及时率"]["target"], "及时率 target")
    c.same(c.one(r"接种率(\d+)%以上").group(1) + "%", byname["适龄儿童免疫规划疫苗接种率"]["target"], "接种率 target")
    c.same(c.one(r"对全市(\d+处)镇街").group(1), byname["“两病”规范管理督导镇街数"]["target"], "镇街 target")
    c.same(c.one(r"患者规范管理率(\d+)%以上").group(1) + "%", byname["“两病”患者规范管理率"]["target"], "规范管理率 target")
    c.same(c.one(r"血压控制率(\d+)%以上").group(1) + "%", byname["管理人群血压控制率"]["target"], "控制率 target")
    c.same(c.one(r"健康素养水平达到(\d+)%；").group(1) + "%", byname["居民健康素养水平"]["target"], "素养 target")
    c.same(c.one(r"群众满意度(\d+)%以上").group(1) + "%", byname["群众满意度"]["target"], "满意度 target")
    m = c.one(r"自评得分([\d.]+)分，等级为“(..)”")
    c.same(m.group(1), total_row[6], "total prose/table")
    c.grade(m.group(1), m.group(2), "grade")
    return c.res


# ======================================================= draft 4: Mianzhu 2024 (Sichuan)
def check_mianzhu(t):
    c = Ctx(t)
    Y = int(re.search(r"(\d{4})年度", t[:60]).group(1))
    S = "｜"
    fr = {r[0]: r for r in table(t, "项目资金（万元）", S, stop="年度总体目标")}
    tot = fr["年度资金总额"]
    comps = [fr["其中：财政资金"], fr["财政专户管理资金"], fr["单位资金"], fr["其他资金"]]
    for col, name in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[col], [r[col] for r in comps], f"funds table {name}")
    c.rate(tot[5].rstrip("%"), tot[3], tot[2], "table 执行率")
    c.le100(tot[5].rstrip("%"), "table 执行率")
    exec_score = tot[6]
    c.chk("score_exceeds_weight", dnum(exec_score) <= dnum(tot[4]), "execution score")
    c.chk("score_rule_mismatch", close(exec_score, dnum(tot[4]) * dnum(tot[3]) / dnum(tot[2])), "execution score rule")
    ini = c.one(r"年初预算([\d.]+)万元").group(1)
    m = c.one(r"(\d{4})年7月，省级下达慢性病综合防控补助资金([\d.]+)万元")
    c.year_eq(m.group(1), Y, "省级下达 year")
    add = m.group(2)
    ann = c.one(r"全年预算为([\d.]+)万元").group(1)
    c.sum(ann, [ini, add], "年初 + 追加")
    c.same(ini, tot[1], "年初 prose/table")
    c.same(ann, tot[2], "全年 prose/table")
    c.sum(str(dnum(comps[0][2]) - dnum(comps[0][1])), [add], "财政资金 调增 = 省级追加")
    m = c.one(r"截至(\d{4})年12月31日，项目资金全部到位，累计支出([\d.]+)万元，执行率([\d.]+)%")
    c.year_eq(m.group(1), Y, "截至")
    spent = m.group(2)
    c.rate(m.group(3), spent, ann, "prose 执行率")
    c.le100(m.group(3), "prose 执行率")
    c.same(spent, tot[3], "执行 prose/table")
    c.same(m.group(3) + "%", tot[5], "执行率 prose/table")
    m = c.one(r"其中：健康支持性环境建设([\d.]+)万元，高危人群筛查([\d.]+)万元，“两病”随访及检测耗材([\d.]+)万元，健康宣传([\d.]+)万元，培训督导([\d.]+)万元")
    c.sum(spent, list(m.groups()), "支出 breakdown")
    screen_cost = m.group(2)
    c.same(m.group(5), fr["单位资金"][3], "培训督导 = 单位资金列支")
    m = c.one(r"项目结余([\d.]+)万元，已于(\d{4})年1月")
    c.chk("balance_mismatch", close(m.group(1), dnum(ann) - dnum(spent)), "结余")
    c.chk("year_mismatch", int(m.group(2)) >= Y, "收回 year")
    m = c.one(r"全年完成慢病高危人群筛查(\d+)人，为年度任务(\d+)人的([\d.]+)%，按筛查支出测算人均成本约([\d.]+)元")
    c.completion(m.group(3), "gte", m.group(2), m.group(1), "筛查 completion")
    per = dnum(screen_cost) * 10000 / dnum(m.group(1))
    c.chk("rate_mismatch", abs(per - dnum(m.group(4))) <= 2 * tol(m.group(4)), f"人均成本 {per:.3f}")
    per_stated = m.group(4)
    m = c.one(r"在管高血压患者(\d+)人，其中规范管理(\d+)人，规范管理率([\d.]+)%")
    htn, htn_rate = m.group(1), m.group(3)
    c.rate(htn_rate, m.group(2), htn, "高血压规范管理率")
    m = c.one(r"在管2型糖尿病患者(\d+)人，规范管理(\d+)人，规范管理率([\d.]+)%")
    dm, dm_rate = m.group(1), m.group(3)
    c.rate(dm_rate, m.group(2), dm, "糖尿病规范管理率")
    m = c.one(r"新建或提升健康支持性环境(\d+)个，其中健康步道(\d+)条、健康小屋(\d+)个、健康食堂(\d+)家，较年度目标少(\d+)个")
    env = m.group(1)
    c.sum(env, [m.group(2), m.group(3), m.group(4)], "支持性环境构成")
    env_goal = c.one(r"健康食堂等支持性环境(\d+)个").group(1)
    c.sum(env_goal, [env, m.group(5)], "目标 - 完成 = 少1个")
    m = c.one(r"血压控制达标(\d+)人，控制率([\d.]+)%")
    c.rate(m.group(2), m.group(1), htn, "血压控制率")
    bp_rate = m.group(2)
    m = c.one(r"血糖控制达标(\d+)人，控制率([\d.]+)%")
    c.rate(m.group(2), m.group(1), dm, "血糖控制率")
    bg_rate = m.group(2)
    sat = c.one(r"满意度为([\d.]+)%").group(1)
    for r_ in (htn_rate, dm_rate, bp_rate, bg_rate, sat):
        c.le100(r_, "prose rate")
    # indicator table (Sichuan columns)
    ir = table(t, "一级指标｜二级指标", S)
    rows, total_row = [], None
    for r in ir:
        if r[0] == "合计":
            total_row = r
            continue
        nature, val, unit = r[3], r[4], r[5]
        if nature == "定性":
            target = val
        else:
            target = {"≥": "≥", "≤": "≤", "=": "="}[nature] + val + ("" if unit == "—" else unit)
        actual = r[6] + ("" if (unit == "—" or nature == "定性") else unit)
        rows.append({"name": r[2], "target": target, "actual": actual, "weight": r[7], "score": r[8]})
    byname = {r["name"]: r for r in rows}
    sw, ss = c.indicator_rows(rows, "indicator table")
    c.chk("weight_sum_mismatch", sw + dnum(tot[4]) == dnum(total_row[7]) == 100, f"weights {sw}+{tot[4]}")
    c.chk("score_sum_mismatch", close(total_row[8], ss + dnum(exec_score)), f"scores {ss + dnum(exec_score)} vs {total_row[8]}")
    c.same(htn + "人", byname["高血压患者健康管理人数"]["actual"], "高血压人数")
    c.same(dm + "人", byname["2型糖尿病患者健康管理人数"]["actual"], "糖尿病人数")
    c.same(env + "个", byname["新建或提升健康支持性环境"]["actual"], "支持性环境")
    c.same(env_goal + "个", byname["新建或提升健康支持性环境"]["target"], "支持性环境 target")
    c.same(htn_rate + "%", byname["高血压患者规范管理率"]["actual"], "高血压规范管理率")
    c.same(dm_rate + "%", byname["2型糖尿病患者规范管理率"]["actual"], "糖尿病规范管理率")
    c.same(bp_rate + "%", byname["管理人群血压控制率"]["actual"], "血压控制率")
    c.same(bg_rate + "%", byname["管理人群血糖控制率"]["actual"], "血糖控制率")
    c.same(per_stated + "元/人", byname["高危人群筛查人均成本"]["actual"], "人均成本")
    c.same(str(dnum(c.one(r"高血压患者健康管理([\d.]+)万人以上").group(1)) * 10000) + "人",
           byname["高血压患者健康管理人数"]["target"], "高血压 target")
    c.same(c.one(r"控制在(\d+)元以内").group(1) + "元/人", byname["高危人群筛查人均成本"]["target"], "成本 target")
    c.same(c.one(r"2型糖尿病患者(\d+)人以上").group(1) + "人", byname["2型糖尿病患者健康管理人数"]["target"], "糖尿病 target")
    for nm in ("高血压患者规范管理率", "2型糖尿病患者规范管理率"):
        c.same(c.one(r"规范管理率均不低于(\d+)%").group(1) + "%", byname[nm]["target"], nm + " target")
    c.same(c.one(r"血压控制率不低于(\d+)%").group(1) + "%", byname["管理人群血压控制率"]["target"], "血压 target")
    c.same(c.one(r"血糖控制率不低于(\d+)%").group(1) + "%", byname["管理人群血糖控制率"]["target"], "血糖 target")
    m = c.one(r"本项目得分([\d.]+)分，评价等级为“(.)”")
    c.same(m.group(1), total_row[8], "total prose/table")
    c.grade(m.group(1), m.group(2), "grade")
    return c.res


# ======================================================= draft 5: Jiexiu 2018 (Shanxi)
def check_jiexiu(t):
    c = Ctx(t)
    Y = int(re.search(r"(\d{4})年度", t[:60]).group(1))
    S = "\t"
    fr = {r[1]: r for r in table(t, "项目\t行次", S)}
    r1, r2, r3, r4 = fr["(1)"], fr["(2)"], fr["(3)"], fr["(4)"]
    r5, r6, r7 = fr["(5)=(3)-(4)"], fr["(6)=(3)/(2)"], fr["(7)=(4)/(2)"]
    for r in (r1, r2, r3, r4):
        c.sum(r[2], [r[3], r[8], r[9]], f"row {r[1]} 总额 = 小计 + 结转 + 其他")
        c.sum(r[3], [r[4], r[5], r[6], r[7]], f"row {r[1]} 小计 = 中央 + 省 + 市 + 县")
    c.chk("balance_mismatch", close(r5[2], dnum(r3[2]) - dnum(r4[2])), f"(5) {r5[2]} vs (3)-(4)")
    for k in range(2, 10):
        for rr, num, name in ((r6, r3, "到位率"), (r7, r4, "执行率")):
            den = dnum(r2[k])
            if den == 0:
                c.chk("implausible_rate", dnum(rr[k]) == 0, f"{name} col {k} on zero base")
            else:
                c.rate(rr[k], num[k], r2[k], f"{name} col {k}")
                c.le100(rr[k], f"{name} col {k}")
    # prose funds
    m = c.one(r"年初市财政在部门预算中安排创建经费(\d+)万元")
    ini = m.group(1)
    c.same(ini, r1[2], "年初 prose/table")
    m = c.one(r"下达省级示范区创建补助(\d+)万元，晋中市下达配套(\d+)万元，市财政追加(\d+)万元，全年预算(\d+)万元")
    prov, city, cty_add, ann = m.groups()
    c.sum(ann, [ini, prov, city, cty_add], "年初 + 追加 = 全年")
    c.same(ann, r2[2], "全年 prose/table")
    c.same(prov, r2[5], "省级 prose/table")
    c.same(city, r2[6], "市级 prose/table")
    c.sum(r2[7], [r1[7], cty_add], "县级 年初 + 追加")
    m = c.one(r"全年执行([\d.]+)万元，执行率([\d.]+)%")
    spent = m.group(1)
    c.rate(m.group(2), spent, ann, "prose 执行率")
    c.same(spent, r4[2], "执行 prose/table")
    c.same(m.group(2), r7[2], "执行率 prose/table")
    c.same(c.one(r"县级资金执行率([\d.]+)%").group(1), r7[7], "县级执行率 prose/table")
    c.chk("rate_mismatch", r7[5] == "100" and r7[6] == "100" and "省级、晋中市资金执行率均为100%" in t, "省市 100%")
    c.chk("year_mismatch", int(c.one(r"结转至(\d{4})年").group(1)) > Y, "结转 year")
    seg = c.one(r"从支出结构看：(.*?)。").group(1)
    parts = re.findall(r"([\d.]+)万元", seg)
    c.sum(spent, parts, "支出结构")
    m = c.one(r"健康自助检测点(\d+)个，共([\d.]+)万元")
    n_pts, pts_cost = m.groups()
    # indicator tables (four blocks, same header)
    lines = t.split("\n")
    rows = []
    for i, l in enumerate(lines):
        if l.startswith("二级指标\t三级指标"):
            for l2 in lines[i + 1:]:
                if not l2.strip() or "\t" not in l2:
                    break
                r = cells(l2, S)
                rows.append({"block": len([x for x in lines[:i] if x.startswith("二级指标\t三级指标")]),
                             "name": r[1], "weight": r[2], "target": r[3], "actual": r[4],
                             "completion": r[5], "score": r[6]})
    byname = {r["name"]: r for r in rows}
    sw, ss = c.indicator_rows(rows, "indicator tables")
    c.chk("weight_sum_mismatch", sw == 100, f"weights {sw}")
    m = c.one(r"总得分([\d.]+)分，属于“(..)”")
    total = m.group(1)
    c.chk("score_sum_mismatch", close(total, ss), f"scores {ss} vs {total}")
    c.grade(total, m.group(2), "grade")
    m = c.one(r"预算执行指标得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分")
    blocks = {}
    for r in rows:
        blocks.setdefault(r["block"], D(0))
        blocks[r["block"]] += dnum(r["score"])
    for k, g in enumerate(m.groups()):
        c.chk("score_sum_mismatch", close(g, blocks[k]), f"block {k}: {blocks[k]} vs {g}")
    c.chk("score_sum_mismatch", close(total, sum(dnum(g) for g in m.groups())), "分项 sum vs total")
    ex = byname["预算执行率"]
    c.same(ex["actual"], r7[2] + "%", "执行率 indicator/funds table")
    unit_cost = byname["健康自助检测点单点建设成本"]["actual"]
    c.sum(pts_cost, [str(dnum(n_pts) * dnum(parse_q(unit_cost)[1]))], "5 × 单点成本")
    m = c.one(r"单点建设成本([\d.]+)万元，低于([\d.]+)万元的控制标准")
    c.same(m.group(1) + "万元", unit_cost, "单点成本 prose/table")
    c.same(m.group(2) + "万元", byname["健康自助检测点单点建设成本"]["target"], "控制标准 prose/table")
    scr = c.one(r"全年筛查慢病高危人群(\d+)人").group(1)
    c.same(scr + "人", byname["慢病高危人群筛查人数"]["actual"], "筛查人数 prose/table")
    m = c.one(r"高危人群筛查([\d.]+)万元，人均约(\d+)元")
    per = dnum(m.group(1)) * 10000 / dnum(parse_q(byname["慢病高危人群筛查人数"]["actual"])[1])
    c.chk("rate_mismatch", abs(per - dnum(m.group(2))) <= 1, f"人均约 {per:.2f}")
    c.year_eq(c.one(r"截至(\d{4})年12月31日").group(1), Y, "截至")
    c.year_eq(c.one(r"(\d{4})年12月，我市通过省级").group(1), Y, "验收 year")
    m = c.one(r"在管高血压患者(\d+)人，其中规范管理(\d+)人，规范管理率([\d.]+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "高血压规范管理率")
    c.le100(m.group(3), "高血压规范管理率")
    c.same(m.group(3) + "%", byname["高血压患者规范管理率"]["actual"], "规范管理率 prose/table")
    m = c.one(r"在管糖尿病患者(\d+)人，规范管理(\d+)人，规范管理率([\d.]+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "糖尿病规范管理率")
    c.le100(m.group(3), "糖尿病规范管理率")
    c.same(c.one(r"监测结果为([\d.]+%)").group(1), byname["居民健康素养水平"]["actual"], "健康素养")
    sat = c.one(r"满意度([\d.]+)%，").group(1)
    c.le100(sat, "满意度")
    c.same(sat + "%", byname["慢病患者满意度"]["actual"], "满意度")
    c.same(c.one(r"规范管理率达到(\d+)%以上").group(1) + "%", byname["高血压患者规范管理率"]["target"], "规范管理率 target")
    c.same(c.one(r"单点建设成本不超过([\d.]+万元)").group(1), byname["健康自助检测点单点建设成本"]["target"], "成本 target")
    c.same(c.one(r"健康素养水平达到(\d+)%；").group(1) + "%", byname["居民健康素养水平"]["target"], "素养 target")
    c.same(c.one(r"距离(\d+)%的目标").group(1) + "%", byname["居民健康素养水平"]["target"], "素养 target (2)")
    c.same(c.one(r"慢病患者满意度(\d+)%以上").group(1) + "%", byname["慢病患者满意度"]["target"], "满意度 target")
    c.same(c.one(r"完成慢病高危人群筛查(\d+)人以上").group(1) + "人", byname["慢病高危人群筛查人数"]["target"], "筛查 target")
    return c.res


CHECKERS = {
    "zj-jiangshan-manbingshifanqu-2019": check_jiangshan,
    "hn-wugang-lianbingguanli-2021": check_wugang,
    "sd-zhucheng-jikongbumen-2022": check_zhucheng,
    "sc-mianzhu-manbinglianbing-2024": check_mianzhu,
    "sx-jiexiu-manbingshifanqu-2018": check_jiexiu,
}


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
            texts[rec["case"]] = f.read()
    counts = {code: 0 for code in CODES}
    where = {"prose": 0, "table": 0}
    n_clean = n_err = 0
    for rec in labels:
        name, src = rec["case"], rec["source"]
        t = texts[name]
        if rec["clean"]:
            n_clean += 1
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
        else:
            n_err += 1
            if len(rec["expected"]) != 1:
                problems.append(f"{name}: expected exactly one label")
                continue
            lab = rec["expected"][0]
            if lab["code"] not in CODES or lab["severity"] != "error":
                problems.append(f"{name}: bad code/severity {lab}")
            counts[lab["code"]] = counts.get(lab["code"], 0) + 1
            v = lab["value"]
            n = t.count(v)
            if n != 1:
                problems.append(f"{name}: value {v!r} occurs {n} times")
            clean = texts[f"{src}-clean.txt"]
            a, b = diff_region(clean, t)
            if a >= b and len(clean) == len(t):
                problems.append(f"{name}: identical to clean")
            pos = t.find(v)
            if not (pos < max(b, a + 1) and pos + len(v) > a):
                problems.append(f"{name}: value {v!r} at {pos} does not overlap diff region [{a},{b})")
        # arithmetic
        try:
            res = CHECKERS[src](t)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        failed = {code for code, ok, _ in res if not ok}
        failed_err = failed - WARNINGS
        if rec["clean"]:
            if failed:
                for code, ok, msg in res:
                    if not ok:
                        problems.append(f"{name}: clean draft fails {code}: {msg}")
        else:
            want = {rec["expected"][0]["code"]}
            if failed_err != want:
                detail = "; ".join(f"{code}: {msg}" for code, ok, msg in res if not ok)
                problems.append(f"{name}: failing codes {sorted(failed_err)} != {sorted(want)} ({detail})")
        print(f"{name:48s} checks={len(res):3d} failed={sorted(failed) if failed else '-'}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("per code:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    print(f"clean={n_clean} errors={n_err}")
    if n_clean != 5 or n_err != 30:
        problems.append("expected 5 clean + 30 error cases")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
