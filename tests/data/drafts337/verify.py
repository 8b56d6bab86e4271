#!/usr/bin/env python3
"""Verify the set: labels, edits and the arithmetic of every case (standard library only).

For each case the arithmetic of its draft is redone from the text itself (regexes anchored on the wording of
each draft, tables rebuilt from their layout). Every check carries an error code of errors.md §A; a few checks
of the scoring rule (rules.md §5) carry the warning code `score_rule_mismatch`.
- clean drafts: every check must pass (warnings included);
- error cases: the labelled code must fail and no other error-level code may fail.
Tolerance (rules.md §8): a stated value with d decimals matches a computed one iff |c - v| <= 0.5 * 10^-d.
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

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}
WARNING_CODES = {"score_rule_mismatch"}

NUM = r"\d+(?:\.\d+)?"
HUNDRED = Decimal(100)
WAN = Decimal(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def D(s):
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def ndec(s):
    s = str(s).replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * Decimal(10) ** (-ndec(s)) + Decimal("1e-9")


def close(stated, computed):
    """stated: the string as written; computed: Decimal."""
    return abs(D(stated) - computed) <= tol(stated)


def same(a, b):
    """two stated figures of the same quantity agree (each within the other's decimals)."""
    return abs(D(a) - D(b)) <= max(tol(a), tol(b))


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
          "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- collector
class Checks:
    def __init__(self, text):
        self.text = text
        self.fails = []   # (code, message)
        self.n = 0

    def one(self, pattern):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        return ms[0]

    def ok(self, cond, code, msg):
        self.n += 1
        if not cond:
            self.fails.append((code, msg))

    # ---- typed helpers
    def eq(self, a, b, code, msg):
        self.ok(same(a, b), code, f"{msg}: {a} vs {b}")

    def total(self, stated, parts, code, msg):
        self.ok(close(stated, sum(D(p) for p in parts)), code, f"{msg}: {' + '.join(map(str, parts))} vs {stated}")

    def rate(self, stated_pct, num, den, code="rate_mismatch", msg="rate"):
        num, den = D(num), D(den)
        if den == 0:
            # a rate over a zero base: only a printed 0 is tolerated
            self.ok(stated_pct in ("—", "-", "") or D(stated_pct) == 0, "implausible_rate",
                    f"{msg}: rate {stated_pct} on a zero base")
            return
        if stated_pct in ("—", "-", ""):
            return
        v = D(stated_pct)
        if v > 100 or v < 0:
            self.ok(False, "implausible_rate", f"{msg}: {stated_pct} outside [0, 100]")
            return
        self.ok(close(stated_pct, num / den * HUNDRED), code, f"{msg}: {num}/{den} vs {stated_pct}")

    def money_product(self, stated_wan, count, per, per_unit, msg):
        """count x per-unit amount (元 or 万元) = stated total in 万元; a 10^4 slip in the per-unit unit is unit_mismatch."""
        per_wan = D(per) / WAN if per_unit == "元" else D(per)
        c = D(count) * per_wan
        if close(stated_wan, c):
            self.ok(True, "sum_mismatch", msg)
            return
        for k in (WAN, 1 / WAN):
            if close(stated_wan, c * k):
                self.ok(False, "unit_mismatch", f"{msg}: {count} x {per}{per_unit} reconciles only when rescaled by 10^4")
                return
        self.ok(False, "sum_mismatch", f"{msg}: {count} x {per}{per_unit} = {c}万元 vs {stated_wan}")

    def year(self, y, allowed, msg):
        self.ok(int(y) in allowed, "year_mismatch", f"{msg}: {y}")


# ---------------------------------------------------------------- indicator rows
VAL = re.compile(r"^([≥≤=＞＜>]?)(" + NUM + r")(.*)$")


def parse_val(s):
    s = s.strip()
    m = VAL.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "=": "eq", "": "eq"}[sign]
    return direction, D(num), unit.strip()


def completion(target, actual):
    """rules §5. Returns (value or None, unit_ok)."""
    t, a = parse_val(target), parse_val(actual)
    if t is None or a is None:
        return None, True
    if t[2] != a[2]:
        return None, False
    direction, tv, av = t[0], t[1], a[1]
    if tv == 0:
        return None, True
    if direction == "lte":
        return (HUNDRED if av <= tv else tv / av * HUNDRED), True
    return av / tv * HUNDRED, True


def rule_score(target, actual, weight):
    """rules §5 score; None for qualitative rows."""
    w = D(weight)
    t, a = parse_val(target), parse_val(actual)
    if t is None or a is None or t[2] != a[2]:
        return None
    direction, tv, av = t[0], t[1], a[1]
    if direction == "lte":
        s = w if av <= tv else w * tv / av
    else:
        s = w if av >= tv else w * max(av, Decimal(0)) / tv
    return min(s, w)


QUAL_BANDS = {"达成年度指标": (Decimal("0.8"), Decimal(1)), "部分达成年度指标并具有一定效果": (Decimal("0.6"), Decimal("0.8")),
              "未达成年度指标且效果较差": (Decimal(0), Decimal("0.6"))}


def indicator_rows(C, rows, exec_rate=None):
    """rows: dicts with level1, name, target, actual, weight, score and optionally completion."""
    for r in rows:
        name = r["name"]
        w, s = D(r["weight"]), D(r["score"])
        C.ok(Decimal(0) <= s <= w, "score_exceeds_weight", f"{name}: score {r['score']} vs weight {r['weight']}")
        comp, unit_ok = completion(r["target"], r["actual"])
        C.ok(unit_ok, "unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
        a = parse_val(r["actual"])
        if a is not None and a[2] == "%" and "率" in name + r.get("level2", "") + "满意度" * ("满意" in name):
            C.ok(Decimal(0) <= a[1] <= HUNDRED, "implausible_rate", f"{name}: {r['actual']} outside [0, 100]")
        if "completion" in r:
            if comp is None:
                pass  # qualitative or not computable (unit checked above)
            else:
                C.ok(close(r["completion"], comp), "completion_mismatch",
                     f"{name}: completion {r['completion']} vs {r2(comp)}")
        # scoring rule (warning level)
        if r["actual"] in QUAL_BANDS:
            lo, hi = QUAL_BANDS[r["actual"]]
            C.ok(lo * w <= s <= hi * w, "score_rule_mismatch", f"{name}: qualitative band")
        else:
            rs = rule_score(r["target"], r["actual"], r["weight"])
            if rs is not None and r["level1"] != "预算执行":
                C.ok(close(r["score"], rs), "score_rule_mismatch", f"{name}: score {r['score']} vs rule {r2(rs)}")


def exec_score(C, score, weight, rate_str, num, den):
    """execution score = weight x min(rate, 100%); accept the unrounded or the printed rate (rules §8)."""
    w = D(weight)
    exact = w * min(D(num) / D(den), Decimal(1))
    printed = w * min(D(rate_str) / HUNDRED, Decimal(1))
    C.ok(close(score, exact) or close(score, printed), "score_rule_mismatch", f"execution score {score}")


def weights_and_scores(C, weights, scores, stated_w, stated_s, what):
    C.total(stated_w, weights, "weight_sum_mismatch", f"{what}: weights")
    C.ok(D(stated_w) == 100, "weight_sum_mismatch", f"{what}: stated weight total {stated_w}")
    C.total(stated_s, scores, "score_sum_mismatch", f"{what}: scores")


def grade(C, total, word):
    C.ok(GRADES.get(word) == band(total), "grade_mismatch", f"grade {word} for {total}")


# ---------------------------------------------------------------- table readers
def bar_rows(text, first_cells):
    out = {}
    for line in text.splitlines():
        if "｜" in line:
            cells = line.split("｜")
            if cells[0] in first_cells:
                out.setdefault(cells[0], []).append(cells)
    return out


def lines_split(text, sep_re, keep):
    rows = []
    for line in text.splitlines():
        # tab rows keep their empty trailing cells; space runs are trimmed first
        cells = [c.strip() for c in re.split(sep_re, line if sep_re == r"\t" else line.strip())]
        if cells and keep(cells):
            rows.append(cells)
    return rows


def md_rows(text):
    rows = []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("|") and s.endswith("|") and not re.match(r"^\|[-| ]+\|$", s):
            rows.append([c.strip() for c in s.strip("|").split("|")])
    return rows


def amt(cell):
    return "0" if cell in ("—", "-", "") else cell


# ================================================================ draft A (full-width bar)
def check_kecheng(text):
    C = Checks(text)
    Y = 2022
    # years
    C.year(C.one(r"\n(\d{4})年度普惠托育机构建设补助项目支出绩效自评报告").group(1), {Y}, "title year")
    C.year(C.one(r"关于开展(\d{4})年度部门预算项目绩效自评").group(1), {Y}, "notice year")
    C.year(C.one(r"我区(\d{4})年争取中央预算内投资").group(1), {Y}, "project year")
    C.year(C.one(r"中央资金于(\d{4})年12月提前下达").group(1), {Y - 1, Y}, "advance issue (December before)")
    C.year(C.one(r"省级补助于(\d{4})年7月追加下达").group(1), {Y}, "provincial issue")
    C.year(C.one(r"截至(\d{4})年12月31日").group(1), {Y}, "as-of date")
    C.ok(int(C.one(r"结转至(\d{4})年继续使用").group(1)) > Y, "year_mismatch", "carry-over year")
    C.year(C.one(r"计划于(\d{4})年春季开园").group(1), {Y + 1}, "opening plan")
    C.year(C.one(r"\n(\d{4})年2月20日\s*$").group(1), {Y, Y + 1}, "report date")

    # institutions and places
    m = C.one(r"托育中心（新增托位(\d+)个）、荷花街道嘉禾社区托育园（(\d+)个）、衢化路企业职工托育点（(\d+)个）和石室乡中心托育点（(\d+)个），合计新增普惠托位(\d+)个，平均每家新增托位(\d+)个")
    parts, tot, avg = m.groups()[:4], m.group(5), m.group(6)
    C.total(tot, parts, "sum_mismatch", "places by institution")
    C.ok(close(avg, D(tot) / 4), "average_mismatch", f"average places {avg}")
    places = tot

    # funds in prose
    m = C.one(r"中央预算内投资按每个新增托位(" + NUM + r")(万元|元)安排，省级按每个托位(" + NUM + r")(万元|元)补助，区级按每个托位(" + NUM + r")(万元|元)配套")
    per = [(m.group(1), m.group(2)), (m.group(3), m.group(4)), (m.group(5), m.group(6))]
    m = C.one(r"项目全年预算(" + NUM + r")万元，其中中央预算内投资(" + NUM + r")万元、省级补助(" + NUM + r")万元、区级配套(" + NUM + r")万元")
    budget, cen, prov, dist = m.groups()
    C.total(budget, [cen, prov, dist], "sum_mismatch", "budget by source")
    for (p, u), comp, nm in zip(per, [cen, prov, dist], ["中央", "省级", "区级"]):
        C.money_product(comp, places, p, u, f"{nm} per-place x places")
    initial = C.one(r"年初预算数为(" + NUM + r")万元").group(1)
    C.total(initial, [cen, dist], "sum_mismatch", "initial budget = 中央 + 区级")
    m = C.one(r"到位率(" + NUM + r")%；累计支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    recv_rate, spent, exec_rate = m.groups()
    m2 = C.one(r"省级和区级资金分别支出(" + NUM + r")万元、(" + NUM + r")万元")
    prov_sp, dist_sp = m2.groups()
    balance = C.one(r"年末结余(" + NUM + r")万元").group(1)

    # funds table
    ft = bar_rows(text, {"中央预算内投资", "省级补助资金", "区级配套资金", "合计"})
    rows = {k: v[0] for k, v in ft.items() if len(v[0]) == 6}
    if len(rows) != 4:
        raise ParseError("funds table")
    for k in ("中央预算内投资", "省级补助资金", "区级配套资金", "合计"):
        _, ini, ann, rec, sp, rt = rows[k]
        C.rate(rt, sp, ann, msg=f"{k} 执行率")
        C.ok(D(sp) <= D(rec) <= D(ann), "implausible_rate", f"{k}: ordering")
    for col, nm in [(1, "年初"), (2, "全年"), (3, "到位"), (4, "执行")]:
        C.total(rows["合计"][col], [rows[k][col] for k in ("中央预算内投资", "省级补助资金", "区级配套资金")],
                "sum_mismatch", f"funds table column {nm}")
    T = rows["合计"]
    C.eq(budget, T[2], "conflicting_values", "budget text/table")
    C.eq(initial, T[1], "conflicting_values", "initial budget text/table")
    C.eq(spent, T[4], "conflicting_values", "spent text/table")
    C.eq(exec_rate, T[5], "conflicting_values", "execution rate text/table")
    C.eq(prov_sp, rows["省级补助资金"][4], "conflicting_values", "provincial spent")
    C.eq(dist_sp, rows["区级配套资金"][4], "conflicting_values", "district spent")
    for k, v in (("中央预算内投资", cen), ("省级补助资金", prov), ("区级配套资金", dist)):
        C.eq(v, rows[k][2], "conflicting_values", f"{k} budget text/table")
    C.eq(rows["中央预算内投资"][4], rows["中央预算内投资"][3], "conflicting_values", "中央资金已全部支出")
    C.rate(recv_rate, T[3], T[2], msg="到位率")
    C.rate(exec_rate, spent, budget, msg="执行率 (text)")
    C.ok(close(balance, D(T[3]) - D(spent)), "balance_mismatch", f"balance {balance}")

    # indicator table
    ind = [r for r in (line.split("｜") for line in text.splitlines() if "｜" in line)
           if len(r) == 9 and r[0] not in ("一级指标", "合计")]
    rows_i = [dict(level1=r[0], level2=r[1], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7])
              for r in ind]
    if len(rows_i) != 10:
        raise ParseError(f"indicator rows {len(rows_i)}")
    indicator_rows(C, rows_i)
    tot_row = C.one(r"\n合计｜｜｜｜｜｜(" + NUM + r")｜(" + NUM + r")｜")
    weights_and_scores(C, [r["weight"] for r in rows_i], [r["score"] for r in rows_i], tot_row.group(1), tot_row.group(2), "indicator table")
    ex = rows_i[0]
    exec_score(C, ex["score"], ex["weight"], exec_rate, spent, budget)
    C.eq(ex["actual"], exec_rate, "conflicting_values", "execution rate in indicator table")
    byname = {r["name"]: r for r in rows_i}
    m = C.one(r"按期完工率(" + NUM + r")%，未达到")
    C.eq(m.group(1), byname["项目按期完工率"]["actual"], "conflicting_values", "on-time rate")
    C.eq(C.one(r"托位使用率为(" + NUM + r")%").group(1), byname["已开园机构托位使用率"]["actual"], "conflicting_values", "occupancy")
    C.eq(C.one(r"入托家长满意度为(" + NUM + r")%").group(1), byname["入托家长满意度"]["actual"], "conflicting_values", "satisfaction")
    C.eq(C.one(r"新增托位(\d+)个全部通过").group(1), byname["新增普惠托位数"]["actual"].rstrip("个"), "conflicting_values", "places")
    C.eq(C.one(r"按每个托位(" + NUM + r")万元的标准执行").group(1), byname["每个新增托位中央补助"]["actual"].rstrip("万元"), "conflicting_values", "per-place subsidy")
    m = C.one(r"（一）产出方面。(\d+)个建设点均完成[^。]*。其中(\d+)个点于10月底前完工")
    C.eq(m.group(1), byname["支持普惠托育机构数"]["actual"].rstrip("家"), "conflicting_values", "sites")
    C.rate(byname["项目按期完工率"]["actual"], m.group(2), m.group(1), msg="on-time rate = sites on time / sites")
    # goals (text) = 年度指标值 (table)
    C.year(C.one(r"实施期为(\d{4})年1月至12月").group(1), {Y}, "implementation period")
    C.eq(C.one(r"新增普惠托位不少于(\d+)个").group(1), byname["新增普惠托位数"]["target"].strip("≥个"), "conflicting_values", "goal places")
    C.eq(C.one(r"按期完工率不低于(" + NUM + r")%").group(1), byname["项目按期完工率"]["target"].strip("≥%"), "conflicting_values", "goal on-time")
    C.eq(C.one(r"托位数达到(" + NUM + r")个以上").group(1), byname["每千人口3岁以下婴幼儿托位数"]["target"].strip("≥个"), "conflicting_values", "goal per 1000")
    C.eq(C.one(r"入托家长满意度不低于(" + NUM + r")%").group(1), byname["入托家长满意度"]["target"].strip("≥%"), "conflicting_values", "goal satisfaction")
    C.eq(C.one(r"支持(\d+)家机构新建或改扩建").group(1), byname["支持普惠托育机构数"]["actual"].rstrip("家"), "conflicting_values", "institutions")
    # text of the conclusion
    m = C.one(r"本项目自评得分(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    C.eq(m.group(1), tot_row.group(2), "conflicting_values", "total text/table")
    grade(C, m.group(1), m.group(2))
    m = C.one(r"预算执行率得(" + NUM + r")分，产出指标（(" + NUM + r")分）得(" + NUM + r")分")
    C.eq(m.group(1), ex["score"], "conflicting_values", "execution score text/table")
    out = [r for r in rows_i if r["level1"] == "产出指标"]
    C.total(m.group(2), [r["weight"] for r in out], "weight_sum_mismatch", "产出 weights")
    C.total(m.group(3), [r["score"] for r in out], "score_sum_mismatch", "产出 scores")
    other = [r for r in rows_i if r["level1"] in ("效益指标", "满意度指标")]
    C.ok(all(D(r["score"]) == D(r["weight"]) for r in other), "conflicting_values", "效益/满意度 full marks")
    return C


# ================================================================ draft B (tab separated)
def check_wusheng(text):
    C = Checks(text)
    Y = 2023
    C.year(C.one(r"\n(\d{4})年度托位运营补贴项目支出绩效自评报告").group(1), {Y}, "title year")
    C.year(C.one(r"\n(\d{4})年年初预算").group(1), {Y}, "budget year")
    C.year(C.one(r"(\d{4})年享受补贴的机构").group(1), {Y}, "service year")
    C.year(C.one(r"系(\d{4})年第四季度已核定未拨付").group(1), {Y - 1}, "carry-over origin")
    C.ok(int(C.one(r"已结转至(\d{4})年统筹使用").group(1)) > Y, "year_mismatch", "carry-over year")
    C.year(C.one(r"关于开展(\d{4})年度项目支出绩效自评").group(1), {Y}, "notice year")
    C.year(C.one(r"自评表（(\d{4})年度）").group(1), {Y}, "table year")
    C.year(C.one(r"\n(\d{4})年2月\s*$").group(1), {Y, Y + 1}, "report date")

    m = C.one(r"按核定收托人数每人每年(" + NUM + r")(元|万元)")
    per, per_u = m.groups()
    m = C.one(r"另给予每家(" + NUM + r")万元一次性奖补")
    demo_per = m.group(1)
    m = C.one(r"享受补贴的机构(\d+)家，核定收托婴幼儿(\d+)人")
    n_inst, kids = m.groups()
    m = C.one(r"（(\d{4})年：收托(\d+)人，运营补贴(" + NUM + r")万元。）")
    C.year(m.group(1), {Y - 1}, "last-year bracket")
    C.money_product(m.group(3), m.group(2), per, per_u, "last year's subsidy")

    m = C.one(r"年初预算(" + NUM + r")万元，其中省级提前下达资金(" + NUM + r")万元、县级预算安排(" + NUM + r")万元；年中省级追加(" + NUM + r")万元；另有上年结转资金(" + NUM + r")万元")
    ini, prov_adv, county, prov_add, carry = m.groups()
    C.total(ini, [prov_adv, county], "sum_mismatch", "initial budget")
    annual = C.one(r"调整后全年预算(" + NUM + r")万元").group(1)
    C.total(annual, [ini, prov_add, carry], "sum_mismatch", "annual budget")
    m = C.one(r"全年预算资金(" + NUM + r")万元已全部到位，到位率(" + NUM + r")%")
    C.eq(m.group(1), annual, "conflicting_values", "annual budget restated")
    C.rate(m.group(2), m.group(1), annual, msg="到位率")
    m = C.one(r"全年支出(" + NUM + r")万元，其中运营补贴(" + NUM + r")万元、示范机构奖补(" + NUM + r")万元、综合责任保险补助(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    spent, op, demo, ins, rate = m.groups()
    C.total(spent, [op, demo, ins], "sum_mismatch", "spending by use")
    C.rate(rate, spent, annual, msg="执行率 (text)")
    C.money_product(op, kids, per, per_u, "operating subsidy = kids x standard")
    n_demo = C.one(r"示范机构奖补兑现(\d+)家").group(1)
    C.total(demo, [D(demo_per) * D(n_demo)], "sum_mismatch", "demonstration awards")
    avg = C.one(r"平均每家获得运营补贴(" + NUM + r")万元").group(1)
    C.ok(close(avg, D(op) / D(n_inst)), "average_mismatch", f"average per institution {avg}")
    m = C.one(r"省级资金(" + NUM + r")万元和上年结转资金(" + NUM + r")万元全部支出，县级资金支出(" + NUM + r")万元，支出率(" + NUM + r")%")
    prov_sp, carry_sp, county_sp, county_rate = m.groups()
    C.total(prov_sp, [prov_adv, prov_add], "sum_mismatch", "provincial funds")
    C.eq(carry_sp, carry, "conflicting_values", "carry-over")
    C.total(spent, [prov_sp, carry_sp, county_sp], "sum_mismatch", "spending by source")
    C.rate(county_rate, county_sp, county, msg="county rate")
    bal = C.one(r"县级资金结余(" + NUM + r")万元").group(1)
    C.ok(close(bal, D(county) - D(county_sp)), "balance_mismatch", f"county balance {bal}")

    # funds table
    ft = {r[0]: r for r in lines_split(text, r"\t", lambda c: len(c) == 7 and c[0] in
                                       ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))}
    if len(ft) != 4:
        raise ParseError("funds table")
    comps = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for col, nm in [(1, "年初"), (2, "全年"), (3, "执行")]:
        C.total(amt(ft["年度资金总额"][col]), [amt(ft[k][col]) for k in comps], "sum_mismatch", f"funds column {nm}")
    for k in ft:
        C.rate(ft[k][5], amt(ft[k][3]), amt(ft[k][2]), msg=f"{k} 执行率")
    tot = ft["年度资金总额"]
    C.eq(tot[1], ini, "conflicting_values", "initial text/table")
    C.eq(tot[2], annual, "conflicting_values", "annual text/table")
    C.eq(tot[3], spent, "conflicting_values", "spent text/table")
    C.eq(tot[5], rate, "conflicting_values", "rate text/table")
    C.total(ft["其中：当年财政拨款"][2], [prov_adv, prov_add, county], "sum_mismatch", "当年财政拨款 annual")
    C.total(ft["其中：当年财政拨款"][3], [prov_sp, county_sp], "sum_mismatch", "当年财政拨款 spent")
    C.eq(ft["上年结转资金"][2], carry, "conflicting_values", "carry-over table")
    exec_score(C, tot[6], tot[4], tot[5], tot[3], tot[2])

    # indicator table
    ind = lines_split(text, r"\t", lambda c: len(c) == 8 and c[0] in ("产出指标", "效益指标", "满意度指标"))
    rows_i = [dict(level1=r[0], level2=r[1], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in ind]
    if len(rows_i) != 10:
        raise ParseError(f"indicator rows {len(rows_i)}")
    indicator_rows(C, rows_i)
    m = C.one(r"\n总分\t\t\t\t\t(" + NUM + r")\t(" + NUM + r")\t")
    weights_and_scores(C, [tot[4]] + [r["weight"] for r in rows_i], [tot[6]] + [r["score"] for r in rows_i],
                       m.group(1), m.group(2), "自评表")
    by = {r["name"]: r for r in rows_i}
    C.eq(by["享受运营补贴的普惠托育机构数"]["actual"].rstrip("家"), n_inst, "conflicting_values", "institutions")
    C.eq(by["补贴覆盖在托婴幼儿人数"]["actual"].rstrip("人"), kids, "conflicting_values", "children")
    C.eq(by["每名在托婴幼儿年补贴标准"]["actual"].rstrip("元"), per, "conflicting_values", "standard")
    m3 = C.one(r"补贴覆盖不少于(\d+)家普惠托育机构、不少于(\d+)名在托婴幼儿")
    C.eq(m3.group(1), by["享受运营补贴的普惠托育机构数"]["target"].strip("≥家"), "conflicting_values", "goal institutions")
    C.eq(m3.group(2), by["补贴覆盖在托婴幼儿人数"]["target"].strip("≥人"), "conflicting_values", "goal children")
    C.eq(C.one(r"持续运营率不低于(" + NUM + r")%").group(1), by["受补机构年内持续运营率"]["target"].strip("≥%"), "conflicting_values", "goal operating")
    g = C.one(r"家长和机构满意度均不低于(" + NUM + r")%").group(1)
    C.eq(g, by["在托婴幼儿家长满意度"]["target"].strip("≥%"), "conflicting_values", "goal parents")
    C.eq(g, by["托育机构满意度"]["target"].strip("≥%"), "conflicting_values", "goal institutions sat.")
    m3 = C.one(r"补贴覆盖机构(\d+)家、在托婴幼儿(\d+)人")
    C.eq(m3.group(1), n_inst, "conflicting_values", "institutions (outputs)")
    C.eq(m3.group(2), kids, "conflicting_values", "children (outputs)")
    C.eq(C.one(r"补贴标准严格按每人每年(" + NUM + r")元执行").group(1), per, "conflicting_values", "standard (outputs)")
    C.eq(by["每名在托婴幼儿年补贴标准"]["target"].strip("=元"), per, "conflicting_values", "standard target")
    on_time = C.one(r"其余(\d)个季度按时拨付").group(1)
    C.rate(by["补贴资金按季度拨付及时率"]["actual"], on_time, 4, msg="quarters on time")
    C.eq(C.one(r"(\d+)家机构均配备了专职或兼职卫生保健人员").group(1), n_inst, "conflicting_values", "institutions (benefits)")
    stopped = C.one(r"(\d+)家机构因场地租赁到期于11月停止运营").group(1)
    C.rate(by["受补机构年内持续运营率"]["actual"], D(n_inst) - D(stopped), n_inst, msg="持续运营率")
    C.eq(C.one(r"家长满意度调查满意率为(" + NUM + r")%").group(1), by["在托婴幼儿家长满意度"]["actual"], "conflicting_values", "parents")
    C.eq(C.one(r"机构对补贴政策的满意率为(" + NUM + r")%").group(1), by["托育机构满意度"]["actual"], "conflicting_values", "institutions sat.")
    m2 = C.one(r"自评得分(" + NUM + r")分，评价等级为“(\S+?)”")
    C.eq(m2.group(1), m.group(2), "conflicting_values", "total text/table")
    grade(C, m2.group(1), m2.group(2))
    return C


# ================================================================ draft C (runs of spaces)
def check_xiangcheng(text):
    C = Checks(text)
    Y = 2021
    C.year(C.one(r"\n(\d{4})年度婴幼儿照护指导服务项目绩效自评报告").group(1), {Y}, "title")
    C.year(C.one(r"项目实施期为(\d{4})年1月至12月").group(1), {Y}, "period")
    C.year(C.one(r"（(\d{4})年：入户指导\d+户").group(1), {Y - 1}, "last year")
    m = C.one(r"\n(\d{4})年项目全年预算(" + NUM + r")万元，其中市级财政资金(" + NUM + r")万元列入年初预算，省级婴幼儿照护服务补助资金(" + NUM + r")万元于(\d{4})年6月追加下达")
    C.year(m.group(1), {Y}, "budget year")
    C.year(m.group(5), {Y}, "issue year")
    budget, city, prov = m.group(2), m.group(3), m.group(4)
    C.total(budget, [city, prov], "sum_mismatch", "budget by source")
    C.year(C.one(r"\n(\d{4})年3月15日\s*$").group(1), {Y, Y + 1}, "report date")
    C.eq(C.one(r"省级资金(" + NUM + r")万元全部到位").group(1), prov, "conflicting_values", "provincial received (text)")
    m = C.one(r"市级资金到位(" + NUM + r")万元，合计到位(" + NUM + r")万元，资金到位率(" + NUM + r")%")
    city_rec, rec, rec_rate = m.groups()
    C.total(rec, [prov, city_rec], "sum_mismatch", "received = 省级 (all) + 市级")
    C.rate(rec_rate, rec, budget, msg="到位率 (text)")
    m = C.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%；若按到位资金计算，支出率为(" + NUM + r")%")
    spent, exec_rate, use_rate = m.groups()
    C.rate(exec_rate, spent, budget, msg="执行率")
    C.rate(use_rate, spent, rec, msg="支出率 on received")
    m = C.one(r"入户指导(" + NUM + r")万元、讲座及家长课堂(" + NUM + r")万元、发育筛查耗材及检测(" + NUM + r")万元、宣传资料印制及人员培训(" + NUM + r")万元")
    home_cost = m.group(1)
    C.total(spent, m.groups(), "sum_mismatch", "spending by use")
    bal = C.one(r"年末结余(" + NUM + r")万元").group(1)
    C.ok(close(bal, D(rec) - D(spent)), "balance_mismatch", f"balance {bal}")
    for g in re.findall(r"市级资金(?:有)?(" + NUM + r")万元(?:年内|因财政资金调度)未到位", text):
        C.ok(close(g, D(city) - D(city_rec)), "balance_mismatch", f"not received {g}")

    # funds table
    ft = {r[0]: r for r in lines_split(text, r" {2,}", lambda c: len(c) == 6 and c[0] in ("省级补助资金", "市级财政资金", "合计"))}
    if len(ft) != 3:
        raise ParseError("funds table")
    for k, r in ft.items():
        C.rate(r[4], r[2], r[1], msg=f"{k} 到位率")
        C.rate(r[5], r[3], r[1], msg=f"{k} 执行率")
        C.ok(D(r[3]) <= D(r[2]) <= D(r[1]), "implausible_rate", f"{k} ordering")
    for col in (1, 2, 3):
        C.total(ft["合计"][col], [ft["省级补助资金"][col], ft["市级财政资金"][col]], "sum_mismatch", f"funds column {col}")
    C.eq(ft["合计"][1], budget, "conflicting_values", "budget")
    C.eq(ft["合计"][2], rec, "conflicting_values", "received")
    C.eq(ft["合计"][3], spent, "conflicting_values", "spent")
    C.eq(ft["合计"][4], rec_rate, "conflicting_values", "到位率")
    C.eq(ft["合计"][5], exec_rate, "conflicting_values", "执行率")
    C.eq(ft["省级补助资金"][1], prov, "conflicting_values", "provincial")
    C.eq(ft["省级补助资金"][2], prov, "conflicting_values", "provincial received in full")
    C.eq(ft["市级财政资金"][1], city, "conflicting_values", "city")
    C.eq(ft["市级财政资金"][2], city_rec, "conflicting_values", "city received")

    # outputs in prose
    m = C.one(r"全年入户指导(\d+)户；举办科学育儿讲座(\d+)场，参加家长(\d+)人次，平均每场(\d+)人次；完成0—3岁婴幼儿发育筛查(\d+)人")
    homes, talks, people, avg, screened = m.groups()
    C.ok(close(avg, D(people) / D(talks)), "average_mismatch", f"average per talk {avg}")
    m = C.one(r"家长科学育儿知识知晓率(" + NUM + r")%，3岁以下儿童系统管理率(" + NUM + r")%，服务对象满意度(" + NUM + r")%")
    know, mgmt, sat = m.groups()
    C.ok(D(sat) <= 100, "implausible_rate", "satisfaction")

    # indicator table
    ind = lines_split(text, r" {2,}", lambda c: len(c) == 8 and c[0] in ("预算执行", "产出指标", "效益指标", "满意度指标"))
    rows_i = [dict(level1=r[0], level2=r[1], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]) for r in ind]
    if len(rows_i) != 11:
        raise ParseError(f"indicator rows {len(rows_i)}")
    indicator_rows(C, rows_i)
    m = C.one(r"\n合计 {2,}(" + NUM + r") {2,}(" + NUM + r")\n")
    table_total = m.group(2)
    weights_and_scores(C, [r["weight"] for r in rows_i], [r["score"] for r in rows_i], m.group(1), m.group(2), "自评表")
    by = {r["name"]: r for r in rows_i}
    ex = by["预算执行率"]
    C.eq(ex["actual"], exec_rate, "conflicting_values", "execution rate in table")
    exec_score(C, ex["score"], ex["weight"], exec_rate, spent, budget)
    for nm, v, u in (("入户指导家庭数", homes, "户"), ("科学育儿讲座场次", talks, "场"), ("婴幼儿发育筛查人数", screened, "人"),
                     ("家长科学育儿知识知晓率", know, "%"), ("3岁以下儿童系统管理率", mgmt, "%"), ("服务对象满意度", sat, "%")):
        C.eq(by[nm]["actual"].rstrip(u), v, "conflicting_values", nm)
    m3 = C.one(r"全年入户指导不少于(\d+)户，举办科学育儿讲座不少于(\d+)场，完成婴幼儿发育筛查不少于(\d+)人，筛查异常儿童转诊率(\d+)%；家长科学育儿知识知晓率达到(" + NUM + r")%以上，3岁以下儿童系统管理率达到(" + NUM + r")%以上；服务对象满意度不低于(" + NUM + r")%")
    for g, nm, strip in zip(m3.groups(), ("入户指导家庭数", "科学育儿讲座场次", "婴幼儿发育筛查人数", "筛查异常儿童转诊率",
                                          "家长科学育儿知识知晓率", "3岁以下儿童系统管理率", "服务对象满意度"),
                            ("≥户", "≥场", "≥人", "%", "≥%", "≥%", "≥%")):
        C.eq(g, by[nm]["target"].strip(strip), "conflicting_values", f"goal {nm}")
    cost = parse_val(by["入户指导户均成本"]["actual"])
    if cost is not None and cost[2] == "元":
        C.ok(close(by["入户指导户均成本"]["actual"].rstrip("元"), D(home_cost) * WAN / D(homes)), "average_mismatch", "cost per household")
    # sub-points of the qualitative indicator
    m = C.one(r"其中人员配备要点分值(" + NUM + r")分，[^。]*?得(" + NUM + r")分，该指标共得(" + NUM + r")分")
    sub_w, sub_s, ind_s = m.groups()
    q = by["照护指导服务网络运行情况"]
    C.ok(Decimal(0) <= D(sub_s) <= D(sub_w), "score_exceeds_weight", f"sub-point {sub_s}/{sub_w}")
    C.eq(ind_s, q["score"], "conflicting_values", "qualitative indicator score")
    C.ok(D(ind_s) - D(sub_s) <= D(q["weight"]) - D(sub_w), "score_sum_mismatch", "other sub-points")
    m2 = C.one(r"项目综合得分(" + NUM + r")分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    C.eq(m2.group(1), table_total, "conflicting_values", "total text/table")
    grade(C, m2.group(1), m2.group(2))
    return C


# ================================================================ draft D (prose only)
def check_zhucheng(text):
    C = Checks(text)
    Y = 2020
    C.year(C.one(r"^诸城市卫生健康局(\d{4})年度托育从业人员培训").group(1), {Y}, "title")
    C.year(C.one(r"做好(\d{4})年度预算绩效自评").group(1), {Y}, "notice")
    C.year(C.one(r"我局(\d{4})年实施托育从业人员培训").group(1), {Y}, "project")
    m = C.one(r"项目(\d{4})年度全年预算(" + NUM + r")万元，其中市级财政安排(" + NUM + r")万元列入年初预算，潍坊市级补助资金(" + NUM + r")万元于(\d{4})年5月追加下达")
    C.year(m.group(1), {Y}, "budget year")
    C.year(m.group(5), {Y}, "issue year")
    budget, own, sub = m.group(2), m.group(3), m.group(4)
    C.total(budget, [own, sub], "sum_mismatch", "budget by source")
    C.rate(C.one(r"上述资金全部到位，到位率(" + NUM + r")%").group(1), budget, budget, msg="到位率")
    m = C.one(r"截至(\d{4})年12月31日，项目累计支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    C.year(m.group(1), {Y}, "as-of date")
    spent, exec_rate = m.group(2), m.group(3)
    C.rate(exec_rate, spent, budget, msg="执行率")
    fee = C.one(r"支付培训机构培训费(" + NUM + r")万元").group(1)
    m = C.one(r"支付职业技能考核鉴定费(" + NUM + r")万元，按每人(" + NUM + r")(元|万元)的标准为(\d+)名参考学员结算")
    exam_fee, per, per_u, n_exam = m.groups()
    C.total(spent, [fee, exam_fee], "sum_mismatch", "spending by use")
    C.money_product(exam_fee, n_exam, per, per_u, "exam fee")
    m = C.one(r"(\d+)期平均每期培训费(" + NUM + r")万元")
    C.ok(close(m.group(2), D(fee) / D(m.group(1))), "average_mismatch", "fee per session")
    n_sess_fee = m.group(1)
    m = C.one(r"年末结余(" + NUM + r")万元，[^。]*?结余资金已于(\d{4})年1月按规定交回市财政")
    C.ok(close(m.group(1), D(budget) - D(spent)), "balance_mismatch", f"balance {m.group(1)}")
    C.ok(int(m.group(2)) > Y, "year_mismatch", "return year")
    # goals
    m = C.one(r"全年举办培训不少于(\d+)期、培训不少于(\d+)人，考核合格率不低于(" + NUM + r")%")
    g_sess, g_people, g_pass = m.groups()
    g_cert = C.one(r"持证上岗率达到(" + NUM + r")%以上").group(1)
    g_cost = C.one(r"人均培训成本控制在(" + NUM + r")元以内").group(1)
    # participants
    m = C.one(r"保育人员(\d+)人，机构负责人(\d+)人，卫生保健人员(\d+)人")
    cats = m.groups()
    m = C.one(r"各期参训人数分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人、(\d+)人、(\d+)人和(\d+)人")
    per_sess = m.groups()
    m = C.one(r"全年共举办培训(\d+)期，培训(\d+)人，培训人数完成率(" + NUM + r")%（(\d{4})年：(\d+)期，(\d+)人），平均每期约(\d+)人")
    sess, people, comp, ly, _, _, approx = m.groups()
    C.year(ly, {Y - 1}, "last-year bracket")
    C.eq(sess, n_sess_fee, "conflicting_values", "sessions")
    C.ok(int(sess) == len(per_sess), "sum_mismatch", "number of sessions listed")
    C.total(people, per_sess, "sum_mismatch", "trainees by session")
    C.total(people, cats, "sum_mismatch", "trainees by category")
    C.ok(close(comp, D(people) / D(g_people) * HUNDRED), "completion_mismatch", "people completion")
    lo, hi = D(approx) - Decimal("0.5"), D(approx) + Decimal("0.5")   # 约: ± half a unit
    C.ok(lo <= D(people) / D(sess) <= hi, "average_mismatch", "approximate average per session")
    m = C.one(r"参加职业技能考核(\d+)人，因病、因事缺考的(\d+)人")
    C.eq(m.group(1), n_exam, "conflicting_values", "examinees")
    C.total(people, [m.group(1), m.group(2)], "sum_mismatch", "examinees + absent")
    m = C.one(r"考核合格(\d+)人，合格率(" + NUM + r")%")
    C.rate(m.group(2), m.group(1), n_exam, msg="pass rate")
    avg_cost = C.one(r"项目人均培训成本(" + NUM + r")元，低于(" + NUM + r")元的控制标准")
    C.ok(close(avg_cost.group(1), D(spent) * WAN / D(people)), "average_mismatch", "cost per trainee")
    C.eq(avg_cost.group(2), g_cost, "conflicting_values", "cost target")
    m = C.one(r"持证上岗率提高到(" + NUM + r")%，比(\d{4})年的(" + NUM + r")%提高(" + NUM + r")个百分点，但未达到(" + NUM + r")%的年度目标")
    cert, ly2, cert_ly, diff, g2 = m.groups()
    C.year(ly2, {Y - 1}, "last year (cert)")
    C.ok(close(diff, D(cert) - D(cert_ly)), "sum_mismatch", "percentage-point difference")
    C.eq(g2, g_cert, "conflicting_values", "cert target")
    C.ok(D(C.one(r"用人单位满意率(" + NUM + r")%").group(1)) <= 100, "implausible_rate", "employer satisfaction")
    sat = C.one(r"综合满意率(" + NUM + r")%").group(1)
    C.ok(D(sat) <= 100, "implausible_rate", "trainee satisfaction")
    m = C.one(r"每期(\d+)课时，其中理论(\d+)课时、实操(\d+)课时")
    C.total(m.group(1), [m.group(2), m.group(3)], "sum_mismatch", "class hours")
    C.ok(D(m.group(3)) * 2 > D(m.group(1)), "conflicting_values", "实操课时占一半以上")
    m = C.one(r"培训师资共(\d+)人，其中市妇幼保健院儿科和儿童保健医师(\d+)人、高校学前教育专业教师(\d+)人、托育机构一线骨干(\d+)人")
    C.total(m.group(1), m.groups()[1:], "sum_mismatch", "teachers")
    C.eq(C.one(r"\n(\d+)名缺考学员的补考").group(1), C.one(r"因病、因事缺考的(\d+)人").group(1), "conflicting_values", "absentees")
    C.eq(C.one(r"第(\d+)期改为部分线上授课").group(1), sess, "conflicting_values", "last session number")
    C.ok(int(sess) >= int(g_sess) and D(people) >= D(g_people), "conflicting_values", "sessions/people goals met as stated")
    C.ok(D(C.one(r"合格率(" + NUM + r")%。").group(1)) >= D(g_pass), "conflicting_values", "pass-rate goal met")
    # scores
    m = C.one(r"预算执行率（(" + NUM + r")分）得(" + NUM + r")分，产出指标（(" + NUM + r")分）得(" + NUM + r")分，效益指标（(" + NUM + r")分）得(" + NUM + r")分，满意度指标（(" + NUM + r")分）得(" + NUM + r")分，合计(" + NUM + r")分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    g = m.groups()
    ws, ss = [g[0], g[2], g[4], g[6]], [g[1], g[3], g[5], g[7]]
    C.total("100", ws, "weight_sum_mismatch", "level-1 weights")
    C.total(g[8], ss, "score_sum_mismatch", "level-1 scores")
    for w, s in zip(ws, ss):
        C.ok(Decimal(0) <= D(s) <= D(w), "score_exceeds_weight", f"{s} of {w}")
    grade(C, g[8], g[9])
    exec_score(C, g[1], g[0], exec_rate, spent, budget)
    g_sat = C.one(r"参训学员满意度不低于(" + NUM + r")%").group(1)
    C.ok(close(g[7], rule_score("≥" + g_sat + "%", sat + "%", g[6])), "score_rule_mismatch", "satisfaction score")
    m = C.one(r"“年度培训计划完成时限”分值(" + NUM + r")分，[^。]*?扣(" + NUM + r")分")
    C.ok(D(m.group(2)) <= min(D(m.group(1)), D(g[2]) - D(g[3]) + Decimal("1e-9")), "score_sum_mismatch", "deduction")
    m = C.one(r"“托育机构从业人员持证上岗率”分值(" + NUM + r")分，目标≥(" + NUM + r")%，实际(" + NUM + r")%，按完成比例得(" + NUM + r")分")
    w3, t3, a3, s3 = m.groups()
    C.ok(Decimal(0) <= D(s3) <= D(w3), "score_exceeds_weight", f"持证上岗率 {s3}/{w3}")
    C.eq(t3, g_cert, "conflicting_values", "cert target in scoring")
    C.eq(a3, cert, "conflicting_values", "cert actual in scoring")
    C.ok(D(g[5]) - D(s3) <= D(g[4]) - D(w3), "score_sum_mismatch", "other benefit indicators")
    C.ok(close(s3, rule_score("≥" + t3 + "%", a3 + "%", w3)) or D(s3) > D(w3), "score_rule_mismatch", "持证上岗率 rule")
    return C


# ================================================================ draft E (Markdown)
def check_xiling(text):
    C = Checks(text)
    Y = 2024
    C.year(C.one(r"西陵区卫生健康局(\d{4})年度社区托育点").group(1), {Y}, "title")
    C.year(C.one(r"(\d{4})年在学院、云集、西坝").group(1), {Y}, "project year")
    C.year(C.one(r"（(\d{4})年：建成托育点\d+个").group(1), {Y - 1}, "last year")
    m0 = C.one(r"市级补助资金(" + NUM + r")万元于(\d{4})年8月追加下达")
    C.year(m0.group(2), {Y}, "issue")
    C.year(C.one(r"截至(\d{4})年12月31日").group(1), {Y}, "as-of")
    C.ok(int(C.one(r"结转至(\d{4})年").group(1)) > Y, "year_mismatch", "carry-over year")
    C.year(C.one(r"于(\d{4})年1月上旬集中开展自评").group(1), {Y + 1}, "evaluation date")
    C.year(C.one(r"\n(\d{4})年1月20日\s*$").group(1), {Y, Y + 1}, "report date")
    m = C.one(r"新建社区托育点(\d+)个，每点托位(\d+)至(\d+)个不等，合计新增托位(\d+)个，平均每个托育点(\d+)个")
    n, lo, hi, places, avg = m.groups()
    C.ok(close(avg, D(places) / D(n)), "average_mismatch", "average places")
    C.ok(D(n) * D(lo) <= D(places) <= D(n) * D(hi), "sum_mismatch", "places within the stated range")
    m = C.one(r"全年预算(" + NUM + r")万元，由三部分组成：上年结转资金(" + NUM + r")万元、区级财政资金(" + NUM + r")万元、市级补助资金(" + NUM + r")万元")
    budget, carry, dist, city = m.groups()
    C.total(budget, [carry, dist, city], "sum_mismatch", "budget")
    C.eq(m0.group(1), city, "conflicting_values", "city top-up (60 vs 60.00)")
    initial = C.one(r"年初预算数为(" + NUM + r")万元").group(1)
    C.total(initial, [carry, dist], "sum_mismatch", "initial")
    m = C.one(r"每个托育点一次性建设补助(" + NUM + r")万元；运营补助按实际收托人数每人每月(" + NUM + r")(元|万元)")
    build_per, op_per, op_u = m.groups()
    m = C.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%，结余(" + NUM + r")万元")
    spent, exec_rate, bal = m.groups()
    C.rate(exec_rate, spent, budget, msg="执行率 text")
    C.ok(close(bal, D(budget) - D(spent)), "balance_mismatch", f"balance {bal}")
    rows = md_rows(text)
    fr = {r[0]: r for r in rows if len(r) == 6 and r[0] in ("上年结转资金", "市级补助资金", "区级财政资金", "合计")}
    if len(fr) != 4:
        raise ParseError("funds table")
    for k, r in fr.items():
        C.rate(r[5], r[4], r[2], msg=f"{k} 执行率")
        C.ok(D(r[4]) <= D(r[3]) <= D(r[2]), "implausible_rate", f"{k} ordering")
    for col in (1, 2, 3, 4):
        C.total(fr["合计"][col], [fr[k][col] for k in ("上年结转资金", "市级补助资金", "区级财政资金")], "sum_mismatch", f"funds col {col}")
    C.eq(fr["合计"][1], initial, "conflicting_values", "initial")
    C.eq(fr["合计"][2], budget, "conflicting_values", "budget")
    C.eq(fr["合计"][3], budget, "conflicting_values", "资金全部到位")
    C.eq(fr["合计"][4], spent, "conflicting_values", "spent")
    C.eq(fr["合计"][5], exec_rate, "conflicting_values", "rate")
    for k, v in (("上年结转资金", carry), ("区级财政资金", dist), ("市级补助资金", city)):
        C.eq(fr[k][2], v, "conflicting_values", k)
    er = {r[0]: r for r in rows if len(r) == 3 and r[0] in ("托育点建设补助", "托育运营补助", "培训及业务督导", "合计")}
    if len(er) != 4:
        raise ParseError("spending table")
    C.total(er["合计"][1], [er[k][1] for k in ("托育点建设补助", "托育运营补助", "培训及业务督导")], "sum_mismatch", "spending by use")
    C.eq(er["合计"][1], spent, "conflicting_values", "spending total")
    m = re.fullmatch(r"(\d+)个点×(" + NUM + r")万元", er["托育点建设补助"][2])
    C.eq(m.group(1), n, "conflicting_values", "points")
    C.eq(m.group(2), build_per, "conflicting_values", "build subsidy per point")
    C.total(er["托育点建设补助"][1], [D(m.group(1)) * D(m.group(2))], "sum_mismatch", "build subsidy")
    m = re.fullmatch(r"(\d+)人·月×(" + NUM + r")(元|万元)", er["托育运营补助"][2])
    C.eq(m.group(2), op_per, "conflicting_values", "operating standard")
    C.money_product(er["托育运营补助"][1], m.group(1), m.group(2), m.group(3), "operating subsidy")
    # indicators
    ind = [r for r in rows if len(r) == 8 and r[0] in ("预算执行", "产出指标", "效益指标", "满意度指标")]
    rows_i = [dict(level1=r[0], level2=r[1], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in ind]
    if len(rows_i) != 9:
        raise ParseError(f"indicator rows {len(rows_i)}")
    indicator_rows(C, rows_i)
    tot = [r for r in rows if len(r) == 8 and r[0] == "合计"]
    if len(tot) != 1:
        raise ParseError("total row")
    tot = tot[0]
    weights_and_scores(C, [r["weight"] for r in rows_i], [r["score"] for r in rows_i], tot[5], tot[6], "自评表")
    gm = re.fullmatch(r"评价等级：(\S+)", tot[7])
    grade(C, tot[6], gm.group(1))
    m = C.one(r"预算执行率按(" + NUM + r")分计，产出、效益和满意度指标合计(" + NUM + r")分。本项目综合自评得分(" + NUM + r")分")
    ex = rows_i[0]
    C.eq(m.group(1), ex["weight"], "conflicting_values", "execution weight")
    C.total(m.group(2), [r["weight"] for r in rows_i[1:]], "weight_sum_mismatch", "80 points")
    C.eq(m.group(3), tot[6], "conflicting_values", "total text/table")
    C.eq(ex["actual"], exec_rate, "conflicting_values", "rate in indicator table")
    exec_score(C, ex["score"], ex["weight"], exec_rate, spent, budget)
    by = {r["name"]: r for r in rows_i}
    C.eq(by["新增托位数"]["actual"].rstrip("个"), places, "conflicting_values", "places")
    C.eq(by["新建社区托育点数"]["actual"].rstrip("个"), n, "conflicting_values", "points")
    C.eq(C.one(r"新增托位(\d+)个，超过年度目标").group(1), places, "conflicting_values", "places (outputs)")
    C.eq(by["每个托育点建设补助"]["actual"].rstrip("万元"), build_per, "conflicting_values", "per point")
    m3 = C.one(r"年内建成社区托育点不少于(\d+)个、新增托位不少于(\d+)个，托育点消防和卫生评价合格率(\d+)%；社区托育点平均收托率达到(" + NUM + r")%以上；入托家长满意度不低于(" + NUM + r")%")
    for g, nm, strip in zip(m3.groups(), ("新建社区托育点数", "新增托位数", "托育点消防及卫生评价合格率", "社区托育点平均收托率", "入托家长满意度"),
                            ("≥个", "≥个", "%", "≥%", "≥%")):
        C.eq(g, by[nm]["target"].strip(strip), "conflicting_values", f"goal {nm}")
    C.eq(C.one(r"（一）产出。(\d+)个社区托育点全部建成投用").group(1), n, "conflicting_values", "points (outputs)")
    C.eq(C.one(r"逐个走访(\d+)个社区托育点").group(1), n, "conflicting_values", "points visited")
    C.eq(C.one(r"(\d+)个点均取得消防和卫生评价合格意见").group(1), n, "conflicting_values", "points accepted")
    C.rate(by["运营补助按季度拨付及时率"]["actual"], C.one(r"全年(\d)个季度均按时拨付").group(1), 4, msg="quarters on time")
    C.eq(C.one(r"社区托育点平均收托率(" + NUM + r")%，").group(1), by["社区托育点平均收托率"]["actual"].rstrip("%"), "conflicting_values", "enrolment")
    C.eq(C.one(r"家长满意度(" + NUM + r")%。").group(1), by["入托家长满意度"]["actual"].rstrip("%"), "conflicting_values", "satisfaction")
    return C


CHECKERS = {
    "zj-kecheng-puhuituoyu-2022": check_kecheng,
    "sc-wusheng-tuoweibutie-2023": check_wusheng,
    "ha-xiangcheng-zhaohuzhidao-2021": check_xiangcheng,
    "sd-zhucheng-tuoyupeixun-2020": check_zhucheng,
    "hb-xiling-shequtuodian-2024": check_xiling,
}


# ---------------------------------------------------------------- label and edit checks
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


UNIT = r"(?:%|万元|元|个|家|人次|人|户|场|期|分|年)?"


def number_tokens(text, start, end):
    """numbers with their unit overlapping [start, end) of text, each with one character of context either side
    (so that "| 12 |" is not confused with "12月" or "12.50")."""
    toks = []
    for m in re.finditer(NUM + UNIT, text):
        if m.start() < end and m.end() > start:
            toks.append(text[max(m.start() - 1, 0):m.end() + 1])
    return toks


def count_number(text, tok):
    """occurrences of a figure in the same context."""
    return text.count(tok)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if len(labels) != 35 or len(files) != 35 or sorted(l["case"] for l in labels) != files:
        problems.append(f"expected 35 cases and labels, got {len(labels)} labels / {len(files)} files")
    codes = Counter()
    where = Counter()
    clean_text = {}
    for l in labels:
        if l["clean"]:
            clean_text[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    for pid, t in clean_text.items():
        n = len(t)
        if not 2750 <= n <= 3450:
            problems.append(f"{pid}: clean draft length {n}")
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        pid = l["source"]
        try:
            C = CHECKERS[pid](text)
        except (ParseError, KeyError, AttributeError) as e:
            problems.append(f"{l['case']}: parse error: {e!r}")
            continue
        failed = {c for c, _ in C.fails}
        if l["clean"]:
            if l["expected"] != []:
                problems.append(f"{l['case']}: clean case with labels")
            if C.fails:
                problems.append(f"{l['case']}: clean draft fails: {C.fails}")
            print(f"{l['case']}: {C.n} checks pass")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: expected one label")
            continue
        lab = l["expected"][0]
        code, value = lab["code"], lab["value"]
        codes[code] += 1
        if lab["severity"] != "error" or code not in ERROR_CODES:
            problems.append(f"{l['case']}: bad code/severity {code}/{lab['severity']}")
        if value not in text:
            problems.append(f"{l['case']}: value not in case: {value!r}")
        clean = clean_text[pid]
        p, ea, eb = diff_region(clean, text)
        if eb - p > 20 or ea - p > 20 or eb <= p:
            problems.append(f"{l['case']}: changed region too large or empty ({clean[p:ea]!r} -> {text[p:eb]!r})")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < eb and o + len(value) > p for o in occ):
            problems.append(f"{l['case']}: label value does not overlap the edit")
        # the changed figure (number with its unit) appears once in the error case; for a changed year or word,
        # the label value itself is unique
        toks = number_tokens(text, p, max(eb, p + 1))
        if code == "year_mismatch" or not toks:
            if text.count(value) != 1:
                problems.append(f"{l['case']}: label value not unique")
        else:
            for tok in toks:
                if count_number(text, tok) != 1:
                    problems.append(f"{l['case']}: changed figure {tok} appears {count_number(text, tok)} times")
        if code not in failed:
            problems.append(f"{l['case']}: labelled {code} does not fail (fails: {C.fails})")
        other = {c for c in failed if c in ERROR_CODES and c != code}
        if other:
            problems.append(f"{l['case']}: other error codes fail: {[f for f in C.fails if f[0] in other]}")
        warns = [f for f in C.fails if f[0] in WARNING_CODES]
        print(f"{l['case']}: {code} fails as labelled" + (f" (warning also: {warns[0][1]})" if warns else ""))
    for c in sorted(ERROR_CODES):
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} times (< 2)")
    print("codes:", dict(sorted(codes.items())))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
