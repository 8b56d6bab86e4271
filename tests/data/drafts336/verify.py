#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; every code of errors.md §A
   used here occurs at least twice;
2. the arithmetic of every draft is redone from the text (figures read with regexes and table
   parsers, no figure is hard-coded): every check passes on the clean drafts; on an error case the
   labelled code fails and no other error-level code fails.

Tolerance (rules.md §8): a stated value with d decimals matches a computed value c when
|c - v| <= 0.5 * 10^-d; 四舍五入 with Decimal.  Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES_13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
            "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
            "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
            "completion_mismatch"]
NUM = r"-?\d+(?:\.\d+)?"
HUNDRED = D(100)


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
def num(s):
    m = re.search(NUM, s.replace(",", ""))
    if not m:
        raise ExtractError(f"no number in {s!r}")
    return D(m.group())


def places(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1) or "") if m else 0


def half(s):
    return D("0.5") * (D(10) ** -places(s))


def half_wan(s):
    """half a unit of the last written digit, expressed in 万元."""
    h = half(s)
    if "亿元" in s:
        return h * 10000
    if "万元" not in s and "元" in s:
        return h / 10000
    return h


def consistent(computed, stated):
    """stated: string as written."""
    return abs(D(computed) - num(stated)) <= half(stated) + D("1e-9")


def wan(s):
    """amount in 万元."""
    v = num(s)
    if "亿元" in s:
        return v * 10000
    if "万元" in s:
        return v
    if "元" in s:
        return v / 10000
    return v


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------- checker
class Checker:
    def __init__(self, name):
        self.name = name
        self.fails = []      # (code, message) error level
        self.warns = []      # (code, message) warning level
        self.n = 0

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def check(self, cond, code, msg):
        self.n += 1
        if not cond:
            self.fail(code, msg)

    def warn(self, cond, code, msg):
        if not cond:
            self.warns.append((code, msg))

    # same quantity stated twice
    def same(self, a, b, msg, money=False):
        self.n += 1
        va, vb = (wan(a), wan(b)) if money else (num(a), num(b))
        tol = (max(half_wan(a), half_wan(b)) if money else max(half(a), half(b))) + D("1e-9")
        if abs(va - vb) > tol:
            if money and any(abs(va * k - vb) <= tol * max(k, 1) for k in (D("0.0001"), D(10000))):
                # one side written with the wrong money unit (off by 10^4): most specific code
                self.fail("unit_mismatch", f"{msg}: {a!r} vs {b!r} off by 10^4")
                return
            self.fail("conflicting_values", f"{msg}: {a!r} vs {b!r}")

    # total = sum of parts (amounts in 万元 when money=True); a part off by 10^4 is unit_mismatch
    def sum_(self, total, parts, msg, money=True, code="sum_mismatch"):
        self.n += 1
        f = wan if money else num
        vals = [f(p) for p in parts]
        if consistent(sum(vals), f"{f(total)}" if not money else _as_stated(total)):
            return
        if money:
            for i in range(len(vals)):
                for k in (D("0.0001"), D(10000)):
                    alt = vals[:i] + [vals[i] * k] + vals[i + 1:]
                    if abs(sum(alt) - wan(total)) <= half(total) + D("1e-9"):
                        self.fail("unit_mismatch", f"{msg}: {parts[i]!r} off by 10^4")
                        return
            for k in (D("0.0001"), D(10000)):
                if abs(sum(vals) - wan(total) * k) <= half(total) * k + D("1e-9"):
                    self.fail("unit_mismatch", f"{msg}: {total!r} off by 10^4")
                    return
        self.fail(code, f"{msg}: {' + '.join(parts)} = {sum(vals)} vs {total!r}")

    # count x per-unit amount = total
    def product(self, total, count, unit_amount, msg):
        self.n += 1
        c = num(count)
        u = wan(unit_amount)
        if abs(c * u - wan(total)) <= half(total) + D("1e-9"):
            return
        for k in (D("0.0001"), D(10000)):
            if abs(c * u * k - wan(total)) <= half(total) + D("1e-9"):
                self.fail("unit_mismatch", f"{msg}: {unit_amount!r} off by 10^4")
                return
        self.fail("sum_mismatch", f"{msg}: {count} x {unit_amount} vs {total}")

    def balance(self, a, b, stated, msg, money=True):
        self.n += 1
        f = wan if money else num
        if not abs(f(a) - f(b) - f(stated)) <= half(stated) + D("1e-9"):
            self.fail("balance_mismatch", f"{msg}: {a} - {b} = {f(a) - f(b)} vs {stated!r}")

    def rate(self, numer, denom, stated, msg, money=True, code="rate_mismatch"):
        """stated rate in percent ('95.10%' or '95.10' under a (%) header)."""
        self.n += 1
        f = wan if money else num
        n_, d_ = f(numer), f(denom)
        v = num(stated)
        if v > HUNDRED or v < 0:
            self.fail("implausible_rate", f"{msg}: rate {stated!r} outside [0, 100]")
        if d_ == 0:
            if v != 0:
                self.fail("implausible_rate", f"{msg}: rate {stated!r} on a zero base")
            return
        c = n_ / d_ * HUNDRED
        if not consistent(c, stated):
            self.fail(code, f"{msg}: {numer}/{denom} = {r2(c)}% vs {stated!r}")

    def bounded(self, stated, msg):
        self.n += 1
        v = num(stated)
        if v > HUNDRED or v < 0:
            self.fail("implausible_rate", f"{msg}: {stated!r} outside [0, 100]")

    def average(self, items, stated, msg):
        self.n += 1
        vals = [num(x) for x in items]
        c = sum(vals) / len(vals)
        if not consistent(c, stated):
            self.fail("average_mismatch", f"{msg}: mean {r2(c)} vs {stated!r}")

    def approx(self, computed, stated, msg, code):
        """stated marked 约/余/左右: computed must fall within ± half a unit of its last digit."""
        self.n += 1
        if abs(D(computed) - num(stated)) > half(stated) + D("1e-9"):
            self.fail(code, f"{msg}: {r2(computed)} vs approx {stated!r}")


def _as_stated(s):
    """money string re-expressed in 万元 while keeping its decimals for the tolerance."""
    v = wan(s)
    d = places(s)
    if "万元" not in s and "元" in s:
        d += 4
    return f"{v:.{d}f}"


def grab(text, pattern, group=1):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise ExtractError(f"pattern {pattern!r} matched {len(ms)} times")
    return ms[0].group(group)


GRADES = {"优": "A", "优秀": "A", "良": "B", "良好": "B", "中": "C", "中等": "C", "一般": "C",
          "合格": "C", "差": "D", "较差": "D", "不合格": "D"}


def band(total):
    t = D(total)
    if t >= 90:
        return "A"
    if t >= 80:
        return "B"
    if t >= 60:
        return "C"
    return "D"


# ----------------------------------------------------------------------------- indicators
SIGN_GTE = ("≥", ">=", "＞＝", "不低于", "不少于")
SIGN_LTE = ("≤", "<=", "＜＝", "不高于", "不超过")
SIGN_EQ = ("=", "＝")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


def parse_value(s):
    """-> (kind, direction, number, unit)"""
    s = s.strip()
    m = DATE.match(s)
    if m:
        return ("date", "lte", D(m.group(1) + m.group(2).zfill(2) + m.group(3).zfill(2)), "date")
    direction = "eq"
    for signs, dname in ((SIGN_GTE, "gte"), (SIGN_LTE, "lte"), (SIGN_EQ, "eq")):
        for sg in signs:
            if s.startswith(sg):
                direction = dname
                s = s[len(sg):].strip()
                break
        else:
            continue
        break
    m = re.match(r"^(" + NUM + r")(.*)$", s)
    if not m:
        return ("qual", None, None, None)
    return ("num", direction, D(m.group(1)), m.group(2).strip())


def completion(target, actual):
    kind, direction, t, _ = parse_value(target)
    _, _, a, _ = parse_value(actual)
    if direction == "lte":
        if a <= t:
            return HUNDRED
        return t / a * HUNDRED
    if t == 0:
        return HUNDRED if a <= 0 else D(0)
    return a / t * HUNDRED


def rule_score(target, actual, weight):
    kind, direction, t, _ = parse_value(target)
    _, _, a, _ = parse_value(actual)
    w = D(weight)
    if kind == "date":
        return w if a <= t else D(0)
    if direction == "lte":
        if a <= t:
            return w
        return w * t / a if t > 0 else D(0)
    if t == 0:
        return w if a <= 0 else D(0)
    return min(w, w * max(a, D(0)) / t)


def indicator_checks(c, rows, totals, grade=None, weight_total=None, eval_year=None):
    """rows: dicts name/target/actual/weight/score[/completion][/rate_score_from]; the execution
    line is a row with target None.  totals: stated total strings (table and text)."""
    wsum = sum(D(r["weight"]) for r in rows)
    c.check(wsum == HUNDRED, "weight_sum_mismatch", f"weights sum to {wsum}")
    if weight_total is not None:
        c.check(num(weight_total) == wsum, "weight_sum_mismatch",
                f"stated weight total {weight_total} vs {wsum}")
    for r in rows:
        w, s = D(r["weight"]), num(r["score"])
        c.check(D(0) <= s <= w, "score_exceeds_weight", f"{r['name']}: score {s} vs weight {w}")
    ssum = sum(num(r["score"]) for r in rows)
    for t in totals:
        c.check(consistent(ssum, t), "score_sum_mismatch", f"row scores sum {ssum} vs total {t!r}")
    if grade is not None:
        g = GRADES[grade]
        for t in totals:
            c.check(band(num(t)) == g, "grade_mismatch", f"grade {grade} vs total {t}")
    for r in rows:
        tgt, act = r.get("target"), r.get("actual")
        if tgt is None:
            continue
        kt, _, _, ut = parse_value(tgt)
        ka, _, va, ua = parse_value(act)
        if kt == "qual":
            # qualitative: achieved band [80%, 100%] of the weight (warning level)
            if "达成" in act or act == tgt:
                c.warn(D(r["weight"]) * D("0.8") <= num(r["score"]), "score_rule_mismatch",
                       f"{r['name']}: qualitative score below the achieved band")
            continue
        if kt != ka or ut != ua:
            c.fail("unit_mismatch", f"{r['name']}: target {tgt!r} vs actual {act!r}")
            c.n += 1
            continue
        c.n += 1
        if kt == "date" and eval_year is not None:
            c.check(str(va)[:4] == str(eval_year), "year_mismatch",
                    f"{r['name']}: date {act} outside {eval_year}")
        if ua == "%" and ("率" in r["name"] or "满意度" in r["name"]) \
                and "增长率" not in r["name"] and "变动率" not in r["name"]:
            c.bounded(act, f"{r['name']} actual")
        if kt == "num":
            comp = completion(tgt, act)
            if r.get("completion"):
                c.check(consistent(comp, r["completion"]), "completion_mismatch",
                        f"{r['name']}: completion {r2(comp)}% vs {r['completion']!r}")
            c.warn(consistent(rule_score(tgt, act, r["weight"]), r["score"]), "score_rule_mismatch",
                   f"{r['name']}: rule score {r2(rule_score(tgt, act, r['weight']))} vs {r['score']}")
        elif kt == "date":
            c.warn(consistent(rule_score(tgt, act, r["weight"]), r["score"]), "score_rule_mismatch",
                   f"{r['name']}: date score")


def year_checks(c, text, year):
    for m in re.finditer(r"结转至(\d{4})年", text):
        c.check(int(m.group(1)) > year, "year_mismatch", f"carried over to {m.group(1)} in a {year} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        c.check(int(m.group(1)) == year, "year_mismatch", f"截至{m.group(1)}年12月31日 in a {year} report")


# ============================================================================= A: Shanxi
def cell_blocks(region):
    rows = []
    for block in region.strip("\n").split("\n\n"):
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in block.split("\n")]
        rows.append(cells)
    return rows


def check_anze(text):
    c = Checker("anze")
    Y = int(grab(text, r"\n(\d{4})年度民营企业纾困帮扶专项经费绩效自评报告"))
    # funds table (行次 layout)
    region = text.split("（二）预算执行情况\n\n", 1)[1].split("\n\n[bookmark: _Toc90321405]", 1)[0]
    F = {r[0]: r for r in cell_blocks(region)}
    cols = {"总额": 2, "小计": 3, "中央": 4, "省": 5, "市": 6, "县": 7, "结转": 8, "其他": 9}

    def v(row, col):
        s = F[row][cols[col]].strip()
        return s if s else "0"
    amount_rows = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]
    for row in amount_rows:
        c.sum_(v(row, "总额"), [v(row, "小计"), v(row, "结转"), v(row, "其他")], f"{row} 总额")
        c.sum_(v(row, "小计"), [v(row, k) for k in ("中央", "省", "市", "县")], f"{row} 小计")
    for col in cols:
        c.balance(v("实际到位资金", col), v("全年执行资金", col), v("资金结余", col), f"(5) {col}")
        c.rate(v("实际到位资金", col), v("全年预算资金", col), v("预算到位率(%)", col), f"(6) {col}")
        c.rate(v("全年执行资金", col), v("全年预算资金", col), v("预算执行率(%)", col), f"(7) {col}")
    # indicator table (附件1)
    region = text.split("附件1.项目支出绩效自评表\n\n", 1)[1]
    blocks = cell_blocks(region)
    rows, total = [], None
    for b in blocks[1:]:
        if b[0] == "合计":
            total = b[7]
            weight_total = b[3]
            continue
        name, w, tgt, act, comp, sc = b[2], b[3], b[4], b[5], b[6], b[7]
        rows.append({"name": name, "weight": w, "target": tgt, "actual": act, "completion": comp,
                     "score": sc, "lvl1": b[0]})
    # carry level-1 names down (merged cells)
    last = None
    for r in rows:
        if r["lvl1"]:
            last = r["lvl1"]
        r["lvl1"] = last
    exec_row = rows[0]
    # execution indicator: actual = funds (7) total; score from rate (warning)
    c.same(exec_row["actual"], v("预算执行率(%)", "总额"), "执行率 indicator vs funds table")
    c.warn(consistent(D(exec_row["weight"]) * min(num(exec_row["actual"]), HUNDRED) / HUNDRED,
                      exec_row["score"]), "score_rule_mismatch", "execution score")
    rows_for_generic = [dict(r) for r in rows]
    rows_for_generic[0]["target"] = None  # execution line: checked above
    text_total = grab(text, r"本项目自评得分(" + NUM + r")分")
    grade = grab(text, r"评价等级为“(\S+?)”")
    indicator_checks(c, rows_for_generic, [total, text_total], grade, weight_total, Y)
    # execution line completion column
    c.check(consistent(num(rows[0]["actual"]), rows[0]["completion"]), "completion_mismatch",
            "execution completion")
    # level-1 subtotals stated in the text
    for lvl, pat in (("预算执行指标", r"预算执行指标得分(" + NUM + r")分"),
                     ("产出指标", r"产出指标得分(" + NUM + r")分"),
                     ("效益指标", r"效益指标得分(" + NUM + r")分"),
                     ("满意度指标", r"满意度指标得分(" + NUM + r")分")):
        stated = grab(text, pat)
        s = sum(num(r["score"]) for r in rows if r["lvl1"] == lvl)
        c.check(consistent(s, stated), "score_sum_mismatch", f"{lvl} subtotal {s} vs {stated}")
    # prose ↔ funds table
    init = grab(text, r"年初县财政安排纾困帮扶专项经费(" + NUM + r"万元)")
    city = grab(text, r"市级民营经济发展扶持资金(" + NUM + r"万元)")
    donate = grab(text, r"自愿捐助(" + NUM + r"万元)")
    annual = grab(text, r"全年预算调整为(" + NUM + r"万元)")
    c.same(init, v("年初预算资金", "总额"), "年初", money=True)
    c.same(city, v("全年预算资金", "市"), "市级", money=True)
    c.same(donate, v("全年预算资金", "其他"), "捐助", money=True)
    c.same(annual, v("全年预算资金", "总额"), "全年预算", money=True)
    c.sum_(annual, [init, city, donate], "年初 + 市级 + 捐助")
    c.check("资金全部到位" in text and wan(v("实际到位资金", "总额")) == wan(annual), "rate_mismatch",
            "资金全部到位 but 到位 ≠ 全年预算")
    spent = grab(text, r"全年实际支出(" + NUM + r"万元)")
    c.same(spent, v("全年执行资金", "总额"), "全年执行", money=True)
    parts = [grab(text, r"贷款贴息补助(" + NUM + r"万元)"), grab(text, r"银企对接会经费(" + NUM + r"万元)"),
             grab(text, r"走访调研及政策宣传(" + NUM + r"万元)"), grab(text, r"财税咨询服务(" + NUM + r"万元)")]
    c.sum_(spent, parts, "支出构成")
    plan = grab(text, r"原计划安排(" + NUM + r"万元)")
    saved = grab(text, r"节约(" + NUM + r"万元)")
    c.balance(plan, parts[1], saved, "银企对接会节约")
    bal = grab(text, r"项目结余(" + NUM + r"万元)")
    bal_fis = grab(text, r"其中财政资金(" + NUM + r"万元)")
    bal_oth = grab(text, r"会员捐助资金(" + NUM + r"万元)")
    c.same(bal, v("资金结余", "总额"), "结余", money=True)
    c.same(bal_fis, v("资金结余", "小计"), "财政结余", money=True)
    c.same(bal_oth, v("资金结余", "其他"), "捐助结余", money=True)
    c.sum_(bal, [bal_fis, bal_oth], "结余构成")
    year_checks(c, text, Y)
    # outputs
    visits = grab(text, r"入企走访民营企业(\d+)户，")
    last_year = grab(text, r"比上年的(\d+)户")
    inc = grab(text, r"增加(\d+)户")
    c.sum_(visits, [last_year, inc], "走访户数增量", money=False)
    by = {r["name"]: r for r in rows}
    c.same(visits, by["走访调研民营企业户数"]["actual"], "走访户数")
    c.same(grab(text, r"召开银企对接会(\d+)场"), by["举办银企对接会场次"]["actual"], "对接会")
    households = grab(text, r"为(\d+)户企业兑付贷款贴息")
    c.same(households, by["享受贷款贴息企业户数"]["actual"], "贴息户数")
    per = grab(text, r"户均(" + NUM + r"万元)")
    c.approx(wan(parts[0]) / num(households), per, "户均贴息 = 贴息 / 户数", "average_mismatch")
    c.same(per, by["单户贴息补助标准"]["actual"], "户均贴息 vs 表 (元)", money=True)
    recv = grab(text, r"受理企业诉求(\d+)件")
    done = grab(text, r"已办结(\d+)件")
    c.rate(done, recv, by["企业诉求办结率"]["actual"], "办结率", money=False)
    open_ = grab(text, r"有(\d+)件涉及")
    c.sum_(recv, [done, open_], "诉求件数", money=False)
    c.same(grab(text, r"当年新增银行授信(" + NUM + r"万元)"), by["帮助企业新增银行授信"]["actual"], "授信", money=True)
    c.same(grab(text, r"授信\d+万元，稳定就业岗位(\d+)个"), by["帮扶企业稳定就业岗位"]["actual"], "岗位")
    sat = grab(text, r"满意度(" + NUM + r"%)，")
    c.same(sat, by["受帮扶企业满意度"]["actual"], "满意度")
    c.bounded(sat, "满意度")
    c.check(int(grab(text, r"\n(\d{4})年\d{1,2}月\d{1,2}日\n")) == Y + 1, "year_mismatch", "report date")
    return c


# ============================================================================= B: Sichuan
def check_jiange(text):
    c = Checker("jiange")
    Y = int(grab(text, r"\n(\d{4})年度基层商会建设补助资金项目支出绩效自评报告"))
    table = text.split("\n附件\n", 1)[1]
    lines = [ln.split("\t") for ln in table.strip("\n").split("\n")]
    c.check(any(ln[0] == f"（{Y}年度）" for ln in lines), "year_mismatch", "table year")
    F = {ln[0].replace("其中：", ""): ln for ln in lines if ln[0].replace("其中：", "") in
         ("年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    for col, cname in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(F["年度资金总额"][col], [F[k][col] for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")],
               f"{cname} 总额")
    for k, row in F.items():
        if row[5] != "—":
            c.rate(row[3], row[2], row[5], f"{k} 执行率")
        else:
            c.check(wan(row[2]) == 0, "rate_mismatch", f"{k}: rate missing on a non-zero base")
    tot = F["年度资金总额"]
    c.check(D(0) <= num(tot[6]) <= num(tot[4]), "score_exceeds_weight", "execution score")
    c.warn(consistent(num(tot[4]) * min(num(tot[5]), HUNDRED) / HUNDRED, tot[6]), "score_rule_mismatch",
           "execution score")
    rows = [{"name": "预算执行率", "weight": tot[4], "score": tot[6], "target": None}]
    weight_total = total = None
    for ln in lines:
        if len(ln) >= 9 and ln[3] in ("≥", "≤", "＝", "="):
            sign = {"＝": "＝"}.get(ln[3], ln[3])
            unit = ln[5]
            rows.append({"name": ln[2], "target": f"{sign}{ln[4]}{unit}", "actual": f"{ln[6]}{unit}",
                         "weight": ln[7], "score": ln[8]})
        if ln[0] == "总分":
            weight_total, total = ln[7], ln[8]
    text_total = grab(text, r"本项目得分(" + NUM + r")分")
    grade = grab(text, r"评价等级为“(\S+?)”")
    indicator_checks(c, rows, [total, text_total], grade, weight_total, Y)
    by = {r["name"]: r for r in rows}
    # prose
    opening = grab(text, r"基层商会建设补助资金(" + NUM + r"万元)的管理")
    c.same(opening, tot[2], "opening amount vs 全年预算", money=True)
    init = grab(text, r"批复本项目预算(" + NUM + r"万元)")
    add = grab(text, r"追加商会服务平台运维经费(" + NUM + r"万元)")
    unit_f = grab(text, r"安排单位资金(" + NUM + r"万元)")
    annual = grab(text, r"全年预算调整为(" + NUM + r"万元)")
    c.same(init, tot[1], "年初", money=True)
    c.same(annual, tot[2], "全年", money=True)
    c.same(unit_f, F["单位资金"][2], "单位资金", money=True)
    c.sum_(annual, [init, add, unit_f], "年初 + 追加 + 单位资金")
    c.balance(F["财政资金"][2], F["财政资金"][1], add, "财政资金追加 = 全年 - 年初")
    plan = [grab(text, r"商会建设补助(" + NUM + r"万元)，行业"), grab(text, r"规范化建设奖补(" + NUM + r"万元)，"),
            grab(text, r"商会负责人培训(" + NUM + r"万元)，"), grab(text, r"商会服务平台运维(" + NUM + r"万元)。")]
    c.sum_(annual, plan, "预算用途")
    c.same(grab(text, r"财政资金(" + NUM + r"万元)和单位资金"), F["财政资金"][2], "财政到位", money=True)
    c.same(grab(text, r"和单位资金(" + NUM + r"万元)均已全部到位"), F["单位资金"][2], "单位到位", money=True)
    spent = grab(text, r"全年实际支出(" + NUM + r"万元)，执行率")
    rate = grab(text, r"全年实际支出" + NUM + r"万元，执行率(" + NUM + r"%)")
    c.same(spent, tot[3], "执行数", money=True)
    c.rate(spent, annual, rate, "执行率 (text)")
    c.same(rate, tot[5], "执行率 text vs table")
    per = grab(text, r"每个商会补助(" + NUM + r"(?:万元|元))")
    n_town = grab(text, r"的标准拨付，(\d+)个商会合计")
    town_total = grab(text, r"个商会合计(" + NUM + r"万元)；")
    c.product(town_total, n_town, per, "乡镇商会补助")
    c.same(town_total, plan[0], "乡镇补助", money=True)
    c.same(n_town, by["乡镇（街道）商会补助个数"]["actual"], "乡镇商会个数")
    c.same(per, by["单个乡镇商会补助标准"]["actual"].replace("万元/个", "万元"), "补助标准", money=True)
    n_ind = grab(text, r"(\d+)个行业商会每个奖补")
    ind_total = grab(text, r"每个奖补" + NUM + r"万元，合计(" + NUM + r"万元)")
    c.product(ind_total, n_ind, grab(text, r"每个奖补(" + NUM + r"万元)"), "行业商会奖补")
    c.same(ind_total, plan[1], "行业奖补", money=True)
    c.same(n_ind, by["行业商会规范化建设奖补个数"]["actual"], "行业商会个数")
    sessions = re.findall(r"(\d+)人", grab(text, r"参训人数分别为(.*?)，平均"))
    avg = grab(text, r"平均每期(\d+人)")
    c.average(sessions, avg, "每期平均参训")
    c.sum_(grab(text, r"全年培训商会负责人(\d+)人次"), sessions, "培训人次", money=False)
    c.same(grab(text, r"全年培训商会负责人(\d+)人次"), by["商会负责人培训人次"]["actual"], "培训人次")
    train = grab(text, r"平均每期\d+人，支出(" + NUM + r"万元)")
    plat = grab(text, r"平台运维支出(" + NUM + r"万元)")
    c.sum_(spent, [town_total, ind_total, train, plat], "支出构成")
    left = grab(text, r"未支出的(" + NUM + r"万元)")
    c.balance(annual, spent, left, "未支出")
    c.sum_(left, [str(wan(plan[2]) - wan(train)), str(wan(plan[3]) - wan(plat))], "结余 = 培训 + 平台", money=False)
    year_checks(c, text, Y)
    # outcomes
    total_sh = grab(text, r"(\d+)个商会中")
    ok4 = grab(text, r"个商会中(\d+)个达到")
    rate4 = grab(text, r"标准，达标率(" + NUM + r"%)")
    c.rate(ok4, total_sh, rate4, "四好达标率", money=False)
    c.same(rate4, by["“四好”商会创建达标率"]["actual"], "达标率 text vs table")
    c.sum_(total_sh, [n_town, n_ind], "商会总数", money=False)
    c.same(grab(text, r"调解涉企矛盾纠纷(\d+)件"), by["商会参与调解涉企矛盾纠纷"]["actual"], "纠纷")
    prev = grab(text, r"上年末的(\d+)家")
    now = grab(text, r"增加到(\d+)家")
    growth = grab(text, r"家，增长(" + NUM + r"%)")
    c.rate(str(num(now) - num(prev)), prev, growth, "会员增长率", money=False)
    c.same(growth, by["商会会员企业数量增长率"]["actual"], "增长率 text vs table")
    c.approx(num(now) / num(n_town), grab(text, r"联系会员企业约(\d+)家"), "约55家", "average_mismatch")
    c.bounded(grab(text, r"满意率为(" + NUM + r"%)"), "满意率")
    goal_actual = [ln for ln in lines if ln[0] == "" and len(ln) == 3][0][2]
    c.same(grab(goal_actual, r"培训商会负责人(\d+)人次"), by["商会负责人培训人次"]["actual"], "goal block 培训")
    c.same(grab(goal_actual, r"达标率(" + NUM + r"%)"), by["“四好”商会创建达标率"]["actual"], "goal block 达标率")
    c.same(grab(goal_actual, r"(\d+)个乡镇"), n_town, "goal block 乡镇商会")
    c.same(grab(goal_actual, r"(\d+)个行业商会"), n_ind, "goal block 行业商会")
    c.same(grab(text, r"拨付及时率仅(" + NUM + r"%)"), by["补助资金拨付及时率"]["actual"], "及时率")
    # report date: following year
    c.check(int(grab(text, r"\n(\d{4})年\d{1,2}月\d{1,2}日\n")) == Y + 1, "year_mismatch", "report date")
    return c


# ============================================================================= C: Hubei (HTML)
def check_tuanfeng(text):
    c = Checker("tuanfeng")
    Y = int(grab(text, r"\n团风县工商业联合会(\d{4})年度非公有制经济人士理想信念教育培训项目<br>"))
    trs = re.findall(r"<tr>(.*?)</tr>", text)
    rows_html = [[x.replace("&nbsp;", "").strip() for x in re.findall(r"<td>(.*?)</td>", tr)] for tr in trs]
    for r in rows_html:
        if "年度" in r:
            c.check(r[r.index("年度") + 1] == str(Y), "year_mismatch", f"table year {r[r.index('年度') + 1]}")
    F = {r[0].replace("其中：", ""): r for r in rows_html if r[0].replace("其中：", "") in ("年度资金总额", "财政拨款", "其他资金")}
    for col, cname in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(F["年度资金总额"][col], [F["财政拨款"][col], F["其他资金"][col]], f"{cname} 总额")
    tot = F["年度资金总额"]
    c.rate(tot[3], tot[2], tot[5], "执行率")
    c.check(D(0) <= num(tot[6]) <= num(tot[4]), "score_exceeds_weight", "execution score")
    c.warn(consistent(num(tot[4]) * min(wan(tot[3]) / wan(tot[2]), D(1)), tot[6]), "score_rule_mismatch",
           "execution score 20 × 执行率")
    rows = [{"name": "预算执行", "weight": tot[4], "score": tot[6], "target": None}]
    total = weight_total = None
    for r in rows_html:
        if len(r) == 8 and r[2] and r[2] != "三级指标":
            rows.append({"name": r[2], "target": r[3], "actual": r[4], "weight": r[5], "score": r[6]})
        if r and r[0] == "总分":
            weight_total, total = r[5], r[6]
    text_total = grab(text, r"本项目自评得分(" + NUM + r")分")
    grade = grab(text, r"评价等级为(\S)。")
    indicator_checks(c, rows, [total, text_total], grade, weight_total, Y)
    by = {r["name"]: r for r in rows}
    # prose
    init = grab(text, r"本项目年初预算(" + NUM + r"万元)")
    adv = grab(text, r"其中(" + NUM + r"万元)由县财政于")
    adv_y, adv_m = grab(text, r"由县财政于(\d{4})年(\d{1,2})月提前下达", 1), grab(text, r"由县财政于\d{4}年(\d{1,2})月提前下达")
    c.check(int(adv_y) == Y or (int(adv_y) == Y - 1 and int(adv_m) == 12), "year_mismatch", "advance issue date")
    c.check(wan(adv) <= wan(init), "sum_mismatch", "advance part above 年初")
    cut = grab(text, r"调减预算(" + NUM + r"万元)")
    annual = grab(text, r"，全年预算(" + NUM + r"万元)")
    recv = grab(text, r"资金到位(" + NUM + r"万元)")
    c.same(init, tot[1], "年初", money=True)
    c.same(annual, tot[2], "全年", money=True)
    c.sum_(init, [annual, cut], "年初 = 全年 + 调减")
    spent = grab(text, r"全年支出(" + NUM + r"万元)")
    c.same(spent, tot[3], "执行", money=True)
    over = grab(text, r"执行率超过(\d+)%")
    c.check(wan(spent) / wan(annual) * HUNDRED > num(over), "rate_mismatch", "执行率超过…")
    parts = [grab(text, r"线下专题培训(" + NUM + r"万元)"), grab(text, r"课件制作(" + NUM + r"万元)"),
             grab(text, r"学习资料印制(" + NUM + r"万元)"), grab(text, r"座谈会(" + NUM + r"万元)")]
    c.sum_(spent, parts, "支出构成")
    c.balance(recv, spent, grab(text, r"结余(" + NUM + r"万元)"), "结余 = 到位 - 支出")
    c.check(wan(recv) <= wan(annual), "implausible_rate", "到位 above budget")
    sessions = re.findall(r"(\d+)人", grab(text, r"两期分别参训(.*?)，平均"))
    c.average(sessions, grab(text, r"平均每期(\d+人)"), "每期平均")
    offline = sum(num(x) for x in sessions)
    per = grab(text, r"人均培训费用(\d+元)")
    c.approx(wan(parts[0]) * 10000 / offline, per, "人均 = 线下培训费 / 人数", "average_mismatch")
    c.same(per, by["线下培训人均费用"]["actual"], "人均 text vs table", money=True)
    online = grab(text, r"组织学习(\d+)人次")
    allp = grab(text, r"全年合计培训(\d+)人次")
    c.sum_(allp, [str(offline), online], "培训人次", money=False)
    c.same(allp, by["培训非公经济人士"]["actual"], "人次 text vs table")
    c.same(grab(text, r"结业考核合格率(" + NUM + r"%)"), by["结业考核合格率"]["actual"], "合格率")
    c.same(grab(text, r"参训企业中有(\d+)家"), by["参训企业参与“百企帮百村”等公益活动"]["actual"], "公益企业")
    c.same(grab(text, r"全年新增就业岗位(\d+)个"), by["参训企业新增就业岗位"]["actual"], "岗位")
    c.check(num(by["参训人员满意度"]["actual"]) > 90 if "超过九成" in text else True, "conflicting_values",
            "满意度超过九成")
    c.check(int(grab(text, r"\n(\d{4})年\d{1,2}月\d{1,2}日<br>")) == Y + 1, "year_mismatch", "report date")
    return c


# ============================================================================= D: Jiangxi department (PDF)
def check_quannan(text):
    c = Checker("quannan")
    flat = text.replace("\n", "")
    Y = int(grab(text, r"\n(\d{4})年度部门整体支出绩效自评报告"))
    lines = text.split("\n")
    proj = [ln.split(" ") for ln in lines if re.match(r"^(\d \S+经费|合计) ", ln)]
    P = [p for p in proj if p[0] != "合计"]
    tot = [p for p in proj if p[0] == "合计"][0]
    for p in P:
        c.rate(p[3], p[2], p[4], f"{p[1]} 执行率")
    c.sum_(tot[1], [p[2] for p in P], "项目预算合计")
    c.sum_(tot[2], [p[3] for p in P], "项目执行合计")
    c.rate(tot[2], tot[1], tot[3], "项目合计执行率")
    for p in P:
        c.check(D(0) <= num(p[5]) <= HUNDRED, "score_exceeds_weight", f"{p[1]} score over 100")
    c.average([p[5] for p in P], grab(flat, r"平均自评得分(\d+)分"), "项目平均分")
    g = grab(flat, r"自评等级均为“(\S)”")
    for p in P:
        c.check(band(num(p[5])) == GRADES[g], "grade_mismatch", f"{p[1]} {p[5]} vs {g}")
    low = [p for p in P if "招商引资" in p[1]][0]
    c.check(num(low[4]) < 90, "rate_mismatch", "执行率低于90%")
    # department funds
    init = grab(flat, r"年初部门预算(" + NUM + r"万元)")
    b0 = grab(flat, r"其中基本支出(" + NUM + r"万元)、项目支出")
    p0 = grab(flat, r"、项目支出(" + NUM + r"万元)。年中追加")
    add = grab(flat, r"年中追加(" + NUM + r"万元)")
    badd = grab(flat, r"其中基本支出(" + NUM + r"万元)（调整工资标准）")
    padd = grab(flat, r"、项目支出(" + NUM + r"万元)（在外")
    annual = grab(flat, r"全年预算(" + NUM + r"万元)")
    c.sum_(init, [b0, p0], "年初 = 基本 + 项目")
    c.sum_(add, [badd, padd], "追加构成")
    c.sum_(annual, [init, add], "全年 = 年初 + 追加")
    c.sum_(tot[1], [p0, padd], "项目全年 = 年初项目 + 追加项目")
    spent = grab(flat, r"全年实际支出(" + NUM + r"万元)")
    rate = grab(flat, r"全年实际支出" + NUM + r"万元，预算执行率(" + NUM + r"%)")
    c.rate(spent, annual, rate, "部门执行率")
    bspent = grab(flat, r"其中基本支出(" + NUM + r"万元)，全部执行完毕")
    c.sum_(bspent, [b0, badd], "基本支出全部执行完毕 = 基本全年")
    c.sum_(bspent, [grab(flat, r"人员经费(" + NUM + r"万元)"), grab(flat, r"公用经费(" + NUM + r"万元)")], "基本支出构成")
    pspent = grab(flat, r"；项目支出(" + NUM + r"万元)，项目支出执行率")
    c.same(pspent, tot[2], "项目执行 text vs table", money=True)
    c.sum_(spent, [bspent, pspent], "执行 = 基本 + 项目")
    c.rate(pspent, tot[1], grab(flat, r"项目支出执行率(" + NUM + r"%)"), "项目执行率 (text)")
    left = grab(flat, r"年末结转结余(" + NUM + r"万元)")
    c.balance(annual, spent, left, "结转结余")
    c.sum_(spent, [grab(flat, r"群众团体事务）(" + NUM + r"万元)"), grab(flat, r"就业支出(" + NUM + r"万元)"),
                   grab(flat, r"住房保障支出(" + NUM + r"万元)")], "功能分类")
    sg = grab(flat, r"“三公”经费支出(" + NUM + r"万元)")
    c.sum_(sg, [grab(flat, r"公务接待费(" + NUM + r"万元)"), grab(flat, r"运行维护费(" + NUM + r"万元)")], "三公构成")
    sg_prev = grab(flat, r"比\d{4}年的(" + NUM + r"万元)")
    c.check(int(grab(flat, r"比(\d{4})年的" + NUM + r"万元")) == Y - 1, "year_mismatch", "三公 last year")
    drop = grab(flat, r"万元下降(" + NUM + r"%)")
    c.rate(str(wan(sg_prev) - wan(sg)), sg_prev, drop, "三公下降率")
    # indicator table
    rows, total, grade, weight_total = [], None, None, None
    for ln in lines:
        t = ln.split(" ")
        if t[0] in ("投入", "过程", "产出", "效果") and len(t) == 7:
            rows.append({"name": t[2], "target": t[3], "actual": t[4], "weight": t[5], "score": t[6]})
        if t[0] == "综合得分":
            weight_total, total, grade = t[1], t[2], t[4]
    by = {r["name"]: r for r in rows}
    text_total = grab(flat, r"部门整体支出绩效自评得分(\d+)分")
    indicator_checks(c, rows, [total, text_total], grade, weight_total, Y)
    c.same(by["预算执行率"]["actual"], rate, "执行率 table vs text")
    c.rate(left, annual, by["结转结余率"]["actual"], "结转结余率")
    c.same(by["“三公”经费变动率"]["actual"].lstrip("-"), drop, "三公变动率 table vs text")
    c.check(num(by["“三公”经费变动率"]["actual"]) < 0 and num(sg) < num(sg_prev), "conflicting_values", "三公下降")
    trained = grab(flat, r"全年培训非公经济人士(\d+)人次")
    plan = grab(flat, r"完成年度计划(\d+)人次")
    comp = grab(flat, r"完成年度计划\d+人次的(" + NUM + r"%)")
    c.check(consistent(num(trained) / num(plan) * HUNDRED, comp), "completion_mismatch", "培训完成率")
    c.same(trained, by["非公经济人士培训"]["actual"], "培训 actual")
    c.same(plan, by["非公经济人士培训"]["target"], "培训 target")
    c.same(grab(flat, r"新发展会员企业(\d+)家，"), by["新发展会员企业"]["actual"], "会员")
    c.same(grab(flat, r"新创建“四好”商会(\d+)个"), by["“四好”商会创建"]["actual"], "四好")
    c.same(grab(flat, r"光彩事业帮扶项目(\d+)个"), by["光彩事业帮扶项目"]["actual"], "光彩项目")
    gc = grab(flat, r"其中光彩事业帮扶经费(" + NUM + r"万元)")
    c.same(gc, [p for p in P if "光彩" in p[1]][0][2], "光彩经费 text vs table", money=True)
    allw = grab(flat, r"交办的(\d+)项重点工作")
    ontime = grab(flat, r"按时完成(\d+)项")
    c.rate(ontime, allw, by["重点工作按时完成率"]["actual"], "按时完成率", money=False)
    c.same(grab(flat, r"满意度为(" + NUM + r"%)"), by["会员企业满意度"]["actual"], "满意度")
    c.rate(grab(flat, r"已协调解决(\d+)条"), grab(flat, r"收集企业意见建议(\d+)条"),
           grab(flat, r"办结率(" + NUM + r"%)"), "意见办结率", money=False)
    c.sum_(grab(flat, r"收集企业意见建议(\d+)条"), [grab(flat, r"已协调解决(\d+)条"),
           grab(flat, r"尚未解决的(\d+)条")], "意见建议 = 解决 + 未解决", money=False)
    c.check(int(grab(flat, r"(\d{4})年\d{1,2}月\d{1,2}日— 3 —")) == Y + 1, "year_mismatch", "report date")
    return c


# ============================================================================= E: Guizhou (｜)
def check_leishan(text):
    c = Checker("leishan")
    Y = int(grab(text, r"\n(\d{4})年度光彩事业“万企兴万村”帮扶项目支出绩效自评报告"))
    c.check(int(grab(text, r"项目支出绩效自评表（(\d{4})年度）")) == Y, "year_mismatch", "table year")
    table = text.split("附件：项目支出绩效自评表", 1)[1]
    lines = [ln.split("｜") for ln in table.split("\n") if "｜" in ln]
    F = {ln[0].replace("其中：", ""): ln for ln in lines if ln[0].replace("其中：", "") in
         ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")}
    for col, cname in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(F["年度资金总额"][col], [F[k][col] for k in ("当年财政拨款", "上年结转资金", "其他资金")], f"{cname} 总额")
    for k, r in F.items():
        c.rate(r[3], r[2], r[5], f"{k} 执行率")
    tot = F["年度资金总额"]
    c.warn(consistent(num(tot[4]) * min(num(tot[5]), HUNDRED) / HUNDRED, tot[6]), "score_rule_mismatch", "exec score")
    rows = [{"name": "预算执行率", "weight": tot[4], "score": tot[6], "target": None}]
    total = weight_total = None
    for ln in lines:
        if len(ln) == 8 and ln[2] and ln[2] != "三级指标":
            rows.append({"name": ln[2], "target": ln[3], "actual": ln[4], "weight": ln[5], "score": ln[6]})
        if ln[0] == "总分":
            weight_total, total = ln[5], ln[6]
    by = {r["name"]: r for r in rows}
    text_total = grab(text, r"本项目自评得分(" + NUM + r")分")
    grade = grab(text, r"评价等级为“(\S)”")
    indicator_checks(c, rows, [total, text_total], grade, weight_total, Y)
    # prose
    init = grab(text, r"年初预算(" + NUM + r"万元)")
    fadd = grab(text, r"年中县财政追加(" + NUM + r"万元)")
    dadd = grab(text, r"企业捐赠增加(" + NUM + r"万元)")
    annual = grab(text, r"调整后全年预算(" + NUM + r"万元)")
    c.same(init, tot[1], "年初", money=True)
    c.same(annual, tot[2], "全年", money=True)
    c.sum_(annual, [init, fadd, dadd], "年初 + 追加 + 捐赠增加")
    c.sum_(F["当年财政拨款"][2], [F["当年财政拨款"][1], fadd], "财政 全年 = 年初 + 追加")
    c.sum_(F["其他资金"][2], [F["其他资金"][1], dadd], "捐赠 全年 = 年初 + 增加")
    spent = grab(text, r"全年实际支出(" + NUM + r"万元)")
    rate = grab(text, r"全年实际支出" + NUM + r"万元，执行率(" + NUM + r"%)")
    c.same(spent, tot[3], "执行", money=True)
    c.rate(spent, annual, rate, "执行率 (text)")
    c.same(rate, tot[5], "执行率 text vs table")
    parts = [grab(text, r"产业帮扶资金(" + NUM + r"万元)"), grab(text, r"“光彩助学”资金(" + NUM + r"万元)"),
             grab(text, r"村级公益设施(" + NUM + r"万元)"), grab(text, r"项目管理费(" + NUM + r"万元)")]
    c.sum_(spent, parts, "支出构成")
    c.product(parts[1], grab(text, r"资助困难学生(\d+)名，每名"), grab(text, r"每名(\d+元)"), "助学")
    c.same(grab(text, r"每名(\d+元)"), by["每名学生资助标准"]["actual"], "资助标准", money=True)
    left = grab(text, r"年末结余(" + NUM + r"万元)")
    c.balance(annual, spent, left, "结余")
    c.balance(F["当年财政拨款"][2], F["当年财政拨款"][3], left, "结余为财政资金")
    year_checks(c, text, Y)
    cy = grab(text, r"(\d{4})年结转的" + NUM + r"万元捐赠资金")
    c.check(int(cy) == Y - 1, "year_mismatch", "carry-over comes from the previous year")
    c.same(grab(text, r"\d{4}年结转的(" + NUM + r"万元)"), F["上年结转资金"][2], "上年结转", money=True)
    plan = grab(text, r"年初计划结对帮扶村(\d+)个")
    act = grab(text, r"实际结对帮扶(\d+)个")
    comp = grab(text, r"完成率(" + NUM + r"%)")
    c.check(consistent(num(act) / num(plan) * HUNDRED, comp), "completion_mismatch", "帮扶村完成率")
    c.same(act, by["结对帮扶村数量"]["actual"], "帮扶村 actual")
    c.same(plan, by["结对帮扶村数量"]["target"], "帮扶村 target")
    c.same(grab(text, r"资助困难学生(\d+)名，助学金"), by["资助困难学生人数"]["actual"], "学生")
    c.same(grab(text, r"集体经济当年增收(" + NUM + r"万元)"), by["带动帮扶村集体经济增收"]["actual"], "增收", money=True)
    c.same(grab(text, r"就近务工(\d+)人，"), by["带动农村劳动力就近务工"]["actual"], "务工")
    goal = [ln for ln in lines if ln[0] == "年度总体目标"][0][2]
    c.same(grab(goal, r"增收(" + NUM + r"万元)"), by["带动帮扶村集体经济增收"]["actual"], "goal block 增收", money=True)
    c.same(grab(goal, r"结对帮扶(\d+)个村"), by["结对帮扶村数量"]["actual"], "goal block 帮扶村")
    c.same(grab(goal, r"资助困难学生(\d+)名"), by["资助困难学生人数"]["actual"], "goal block 学生")
    sat = grab(text, r"满意度达(" + NUM + r"%)")
    c.same(sat, by["受益群众满意度"]["actual"], "满意度 text vs table")
    c.bounded(sat, "满意度")
    c.check(int(grab(text, r"\n(\d{4})年\d{1,2}月\d{1,2}日\n")) == Y + 1, "year_mismatch", "report date")
    return c


CHECKS = {
    "sx-anze-minqishukun-2021": check_anze,
    "sc-jiange-shanghuibuzhu-2023": check_jiange,
    "hb-tuanfeng-feigongpeixun-2020": check_tuanfeng,
    "jx-quannan-gslbumen-2018": check_quannan,
    "gz-leishan-guangcai-2024": check_leishan,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as f:
        return f.read()


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    where = Counter()
    for rec in labels:
        text = read(rec["case"])
        clean_name = f"{rec['source']}-clean.txt"
        clean = read(clean_name)
        run = CHECKS[rec["source"]]
        try:
            c = run(text)
        except ExtractError as e:
            problems.append(f"{rec['case']}: extraction failed: {e}")
            continue
        failed = {code for code, _ in c.fails}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            if c.fails:
                problems.append(f"{rec['case']}: clean draft fails {c.fails}")
            if c.warns:
                problems.append(f"{rec['case']}: clean draft has warnings {c.warns}")
            print(f"{rec['case']:45s} clean  {c.n:3d} checks pass, {len(text)} chars")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        codes[lab["code"]] += 1
        if lab["severity"] != "error":
            problems.append(f"{rec['case']}: severity {lab['severity']}")
        v = lab["value"]
        if v not in text:
            problems.append(f"{rec['case']}: value {v!r} not in case")
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        a, b = p, len(text) - s
        if text == clean:
            problems.append(f"{rec['case']}: identical to clean")
        spans = [(m.start(), m.start() + len(v)) for m in re.finditer(re.escape(v), text)]
        if not any(st < max(b, a + 1) and en > a for st, en in spans):
            problems.append(f"{rec['case']}: value does not overlap the edit [{a},{b})")
        if clean[:p] + clean[len(clean) - s:] != text[:p] + text[len(text) - s:]:
            problems.append(f"{rec['case']}: more than one edit")
        if lab["code"] not in failed:
            problems.append(f"{rec['case']}: labelled {lab['code']} does not fail (fails: {c.fails})")
        other = failed - {lab["code"]}
        if other:
            problems.append(f"{rec['case']}: other codes fail: {[f for f in c.fails if f[0] in other]}")
        print(f"{rec['case']:45s} {lab['code']:22s} fails: {sorted(failed)}")
    for code in CODES_13:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    print("counts:", dict(sorted(codes.items())))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
