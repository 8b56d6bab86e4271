#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case, and each error case differs from its clean
   draft in one contiguous place that overlaps the label value;
2. every code of errors.md section A (the 13 numeric codes) is used at least twice;
3. a changed figure occurs only once in its clean draft (twice or more for
   conflicting_values);
4. the arithmetic of every draft is redone from the text with decimal.Decimal:
   every check passes on the clean drafts; on an error case the labelled code
   fails and no other error-level code fails.

Tolerance (rules.md section 8): a stated value with d decimals matches a computed
value c when |c - v| <= 0.5 * 10^-d. Rounding is ROUND_HALF_UP.
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
WARN_CODES = {"score_rule_mismatch"}
SCALES = [D(10) ** 4, D(10) ** 8, D(10) ** -4, D(10) ** -8]
NUM = r"(\d+(?:\.\d+)?)"


class ParseError(Exception):
    pass


def dp(s):
    s = str(s).strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** (-dp(s)) + D("1e-9")


def near(stated, computed):
    """stated: the string as written; computed: Decimal."""
    return abs(D(computed) - D(stated)) <= tol(stated)


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def wan(n, unit):
    n = D(n)
    return {"元": n / 10000, "万元": n, "亿元": n * 10000}[unit]


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
          "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def one(t, pat, group=1):
    m = re.search(pat, t)
    if not m:
        raise ParseError(pat)
    return m.group(group) if isinstance(group, int) else m.group(*group)


# ---------------------------------------------------------------- value parsing
DIRS = [("≥", "gte"), ("不低于", "gte"), ("不少于", "gte"), ("≤", "lte"), ("不高于", "lte"),
        ("不超过", "lte"), ("=", "eq")]


def pv(s):
    """Parse a target / actual cell."""
    s = s.strip()
    if re.match(r"^\d{4}年\d{1,2}月(\d{1,2}日)?(前|底前)?$", s):
        return {"kind": "date"}
    d = "eq"
    for sign, name in DIRS:
        if s.startswith(sign):
            d, s = name, s[len(sign):].strip()
            break
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(\S*)$", s)
    if not m:
        return {"kind": "text"}
    return {"kind": "num", "dir": d, "val": D(m.group(1)), "unit": m.group(2), "raw": m.group(1)}


class Checker:
    def __init__(self):
        self.results = []   # (code, ok, message)

    def add(self, code, ok, msg):
        self.results.append((code, bool(ok), msg))

    # --- generic arithmetic -------------------------------------------------
    def same(self, a, b, msg, ua="万元", ub="万元"):
        """Two statements of one quantity. A mismatch reconciled by 10^4 / 10^8 is a unit slip."""
        va, vb = wan(a, ua) if ua in ("元", "万元", "亿元") else D(a), wan(b, ub) if ub in ("元", "万元", "亿元") else D(b)
        if abs(va - vb) <= max(tol(a), tol(b)):
            self.add("conflicting_values", True, msg)
            return
        unit = any(vb != 0 and abs(va / vb - f) < D("1e-9") for f in SCALES)
        self.add("unit_mismatch" if unit else "conflicting_values", False, f"{msg}: {a}{ua} vs {b}{ub}")

    def total(self, stated, parts, msg, code="sum_mismatch"):
        """stated: str (万元 or plain); parts: list of Decimals (already normalised)."""
        s = sum(parts, D(0))
        if near(stated, s):
            self.add(code, True, msg)
            return
        unit = False
        for i, p in enumerate(parts):
            for f in SCALES:
                if near(stated, s - p + p * f):
                    unit = True
        for f in SCALES:
            if abs(D(stated) * f - s) <= tol(stated) * f:
                unit = True
        self.add("unit_mismatch" if unit else code, False, f"{msg}: stated {stated}, computed {s}")

    def derived(self, code, stated, computed, msg):
        """A stated result of an operation (balance, average, product, growth)."""
        if near(stated, computed):
            self.add(code, True, msg)
            return
        unit = any(near(stated, computed * f) for f in SCALES)
        self.add("unit_mismatch" if unit else code, False, f"{msg}: stated {stated}, computed {q2(computed)}")

    def rate(self, stated, num, den, msg, bounded=True):
        """Rate in percent. A rate on a zero base or above 100% (if bounded) is implausible."""
        num, den = D(num), D(den)
        if den == 0:
            self.add("implausible_rate", D(stated) == 0, f"{msg}: zero base, stated {stated}")
            return
        c = num / den * 100
        self.add("rate_mismatch", near(stated, c), f"{msg}: stated {stated}, computed {q2(c)}")
        if bounded:
            self.add("implausible_rate", D(stated) <= 100 and c <= 100, f"{msg}: {stated} over 100")

    def pct_bounded(self, stated, msg):
        self.add("implausible_rate", D(0) <= D(stated) <= 100, f"{msg}: {stated}%")

    def grade(self, word, total, msg):
        self.add("grade_mismatch", GRADES[word] == band(total), f"{msg}: {word} for {total}")

    def year_is(self, y, year, msg):
        self.add("year_mismatch", int(y) == year, f"{msg}: {y} vs {year}")

    def year_after(self, y, year, msg):
        self.add("year_mismatch", int(y) > year, f"{msg}: {y} not after {year}")

    def issued(self, y, m, year, msg):
        y, m = int(y), int(m)
        self.add("year_mismatch", y == year or (y == year - 1 and m == 12), f"{msg}: issued {y}-{m}")

    # --- indicator rows -----------------------------------------------------
    def indicator(self, name, target, actual, weight, score, completion=None, qual=None,
                  lte_rule="ratio"):
        """qual: (lo, hi) fractions of the weight for a qualitative row."""
        t, a = pv(target), pv(actual)
        w, s = D(weight), D(score)
        self.add("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {score} / weight {weight}")
        comparable = True
        if "text" not in (t["kind"], a["kind"]):   # qualitative rows carry no unit
            if t["kind"] != a["kind"]:              # number vs date
                comparable = False
            elif t["kind"] == "num" and t["unit"] != a["unit"]:
                comparable = False
            self.add("unit_mismatch", comparable, f"{name}: {target} vs {actual}")
        if t["kind"] == "num" and a["kind"] == "num" and comparable:
            T, A = t["val"], a["val"]
            if t["dir"] == "lte":
                comp = D(100) if A <= T else T / A * 100
                rule = w if A <= T else w * T / A
            else:
                comp = A / T * 100
                rule = w * min(D(1), A / T)
            if completion not in (None, "—"):
                self.add("completion_mismatch", near(completion.rstrip("%"), comp),
                         f"{name}: completion {completion}, computed {q2(comp)}")
            self.add("score_rule_mismatch", near(score, rule), f"{name}: score {score}, rule {q2(rule)}")
            if "%" in a["unit"] and ("满意" in name):
                self.pct_bounded(a["raw"], f"{name} actual")
        elif qual is not None:
            lo, hi = qual
            self.add("score_rule_mismatch", w * D(lo) <= s <= w * D(hi), f"{name}: qualitative score {score}")

    def weights(self, stated, ws, msg):
        self.add("weight_sum_mismatch", near(stated, sum((D(x) for x in ws), D(0))), f"{msg}: {stated} vs {sum((D(x) for x in ws), D(0))}")

    def scores(self, stated, ss, msg):
        self.add("score_sum_mismatch", near(stated, sum((D(x) for x in ss), D(0))), f"{msg}: {stated} vs {sum((D(x) for x in ss), D(0))}")

    def exec_score(self, score, weight, rate_stated, num, den, msg):
        w = D(weight)
        self.add("score_exceeds_weight", D(0) <= D(score) <= w, f"{msg}: score {score} / {weight}")
        r1 = min(D(1), D(num) / D(den))
        r2 = min(D(1), D(rate_stated.rstrip("%")) / 100)
        self.add("score_rule_mismatch", near(score, w * r1) or near(score, w * r2), f"{msg}: execution score {score}")


# ============================================================== the projects
def pipe_rows(t, sep="｜"):
    return [[c.strip() for c in line.split(sep)] for line in t.splitlines() if sep in line]


def row_by(rows, key, col=0):
    hits = [r for r in rows if len(r) > col and r[col] == key]
    if len(hits) != 1:
        raise ParseError(f"row {key!r}: {len(hits)} hits")
    return hits[0]


def check_huantai(t):
    c = Checker()
    year = 2020
    c.year_is(one(t, r"\n(\d{4})年度县级图书馆总分馆制建设项目"), year, "title year")
    # prose funds
    ini = one(t, r"项目年初预算" + NUM + "万元")
    add = one(t, r"县财政追加" + NUM + "万元")
    carry = one(t, r"上年结转资金" + NUM + "万元")
    annual = one(t, r"全年预算合计" + NUM + "万元")
    c.total(annual, [D(ini), D(add), D(carry)], "年初 + 追加 + 结转 = 全年预算")
    m = re.search(r"分馆建设补助" + NUM + r"万元（(\d+)个分馆，每个" + NUM + r"(元|万元|亿元)）", t)
    branch_total, branch_n, branch_each, branch_u = m.groups()
    m = re.search(r"图书采购" + NUM + r"万元，通借通还平台及物流" + NUM + r"万元，基层服务点补助" + NUM +
                  r"万元（(\d+)个服务点，每个补助" + NUM + r"(元|万元|亿元)）", t)
    books, logistics, points_total, points_n, points_each, points_u = m.groups()
    c.total(annual, [D(branch_total), D(books), D(logistics), D(points_total)], "用途构成 = 全年预算")
    c.derived("sum_mismatch", branch_total, int(branch_n) * wan(branch_each, branch_u), "分馆数 × 每个补助")
    c.derived("sum_mismatch", points_total, int(points_n) * wan(points_each, points_u), "服务点数 × 每个补助")
    received = one(t, r"全年资金实际到位" + NUM + "万元")
    received_rate = one(t, r"到位率" + NUM + "%")
    spent = one(t, r"实际支出" + NUM + "万元，其中当年财政拨款执行率")
    sub_rate = one(t, r"其中当年财政拨款执行率" + NUM + "%")
    books_paid = one(t, r"图书采购实际支付" + NUM + "万元")
    bal = one(t, r"年末结余" + NUM + "万元")
    c.rate(received_rate, received, annual, "到位率")
    c.derived("balance_mismatch", bal, D(received) - D(spent), "结余 = 到位 − 支出")
    c.derived("balance_mismatch", bal, D(books) - D(books_paid), "结余 = 图书采购预算 − 已付")
    c.year_after(one(t, r"结转至(\d{4})年继续"), year, "carry-over year")
    # funds table
    rows = pipe_rows(t)
    tot = row_by(rows, "年度资金总额")
    fis = row_by(rows, "其中：当年财政拨款")
    car = row_by(rows, "上年结转资金")
    oth = row_by(rows, "其他资金")
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total(tot[i], [D(fis[i]), D(car[i]), D(oth[i])], f"funds table {col} column")
    c.rate(tot[5].rstrip("%"), tot[3], tot[2], "table 执行率")
    c.exec_score(tot[6], tot[4], tot[5], tot[3], tot[2], "execution row")
    c.rate(sub_rate, fis[3], fis[2], "当年财政拨款执行率 (prose vs table row)")
    c.same(annual, tot[2], "全年预算 prose vs table")
    c.same(ini, tot[1], "年初预算 prose vs table")
    c.same(spent, tot[3], "执行数 prose vs table")
    c.same(carry, car[2], "上年结转 prose vs table")
    c.same(add, str(D(fis[2]) - D(fis[1])), "追加 prose vs table 当年财政拨款 全年 − 年初")
    # indicators
    inds = [r for r in rows if r[0] in ("产出指标", "效益指标", "满意度指标")]
    quals = {"总分馆运行长效机制": (D("0.8"), D(1))}
    for r in inds:
        if r[2] == "分馆挂牌运行时间":
            c.add("score_exceeds_weight", D(0) <= D(r[6]) <= D(r[5]), r[2])
            c.add("unit_mismatch", pv(r[3])["kind"] == pv(r[4])["kind"] == "date", r[2])
            continue
        c.indicator(r[2], r[3], r[4], r[5], r[6], qual=quals.get(r[2]))
    total_row = row_by(rows, "总分")
    c.weights(total_row[5], [tot[4]] + [r[5] for r in inds], "分值 sum")
    c.scores(total_row[6], [tot[6]] + [r[6] for r in inds], "得分 sum")
    total_text = one(t, r"本项目自评得分" + NUM + "分")
    c.same(total_text, total_row[6], "total prose vs table", "分", "分")
    c.grade(one(t, r"评价等级为“(\S+?)”"), total_text, "grade")
    ind = {r[2]: r for r in inds}
    # prose vs table, completion, averages
    loans = one(t, r"全年图书外借" + NUM + "万册次")
    c.same(loans, pv(ind["全年图书外借量"][4])["raw"], "外借 prose vs table", "", "")
    c.add("completion_mismatch", near(one(t, r"完成年度指标的" + NUM + "%"),
                                      D(loans) / pv(ind["全年图书外借量"][3])["val"] * 100), "外借 completion (prose)")
    c.derived("rate_mismatch", one(t, r"增长" + NUM + "%"), (D(loans) / D(one(t, r"较2019年的" + NUM + "万册次")) - 1) * 100, "外借同比")
    c.derived("average_mismatch", one(t, r"平均每个分馆" + NUM + "万人次"),
              D(one(t, r"接待读者共" + NUM + "万人次")) / int(one(t, r"(\d+)个分馆全年接待读者")), "平均每个分馆接待")
    ex = one(t, r"通借通还" + NUM + "万册次，完成目标的")
    c.same(ex, pv(ind["总分馆间通借通还"][4])["raw"], "通借通还 prose vs table", "", "")
    c.add("completion_mismatch", near(one(t, r"完成目标的" + NUM + "%"), D(ex) / pv(ind["总分馆间通借通还"][3])["val"] * 100), "通借通还 completion (prose)")
    c.same(one(t, r"新增馆藏图书" + NUM + "万册，超过"), pv(ind["新增馆藏图书"][4])["raw"], "新增图书 prose vs table", "", "")
    sat = one(t, r"读者满意度为" + NUM + "%")
    c.same(sat, pv(ind["读者满意度"][4])["raw"], "满意度 prose vs table", "", "")
    c.pct_bounded(sat, "满意度 prose")
    # goals sentence vs table targets, and other prose restatements
    m = re.search(r"建成并挂牌运行(\d+)个镇（街道）分馆，新增馆藏图书不少于" + NUM + r"万册，完成(\d+)个基层服务点的图书配送；"
                  r"全年图书外借量达到" + NUM + r"万册次以上，总分馆之间通借通还达到" + NUM + r"万册次以上，读者满意度不低于" + NUM + "%", t)
    for g, k in zip(m.groups(), ["建成镇（街道）分馆", "新增馆藏图书", "基层服务点图书配送", "全年图书外借量",
                                 "总分馆间通借通还", "读者满意度"]):
        c.same(g, pv(ind[k][3])["raw"], f"goal vs table target {k}", "", "")
    opened = one(t, r"(\d+)个分馆已全部挂牌")
    c.same(opened, pv(ind["建成镇（街道）分馆"][4])["raw"], "挂牌分馆 prose vs table", "", "")
    c.total(opened, [D(one(t, r"其中(\d+)个在10月底前开放")), D(one(t, r"另外(\d+)个因场地改造"))], "挂牌分馆 split")
    c.same(branch_n, opened, "分馆数 (资金安排) vs 挂牌", "", "")
    c.same(one(t, r"(\d+)个基层服务点全部完成"), pv(ind["基层服务点图书配送"][4])["raw"], "服务点 prose vs table", "", "")
    c.same(points_n, pv(ind["基层服务点图书配送"][4])["raw"], "服务点 (资金安排) vs table", "", "")
    c.same(branch_each, pv(ind["分馆建设补助标准"][4])["raw"], "每个分馆补助 vs 成本指标", branch_u, "万元")
    return c


def flat_rows(t):
    """Seed-003 style tables: one cell per tab-indented line, blank line between rows."""
    rows = []
    for block in t.split("\n\n"):
        lines = block.split("\n")
        if lines and all(l.startswith("\t") for l in lines if l != ""):
            rows.append([l[1:].strip() for l in lines if l != ""])
    return rows


def check_wuxiang(t):
    c = Checker()
    year = 2019
    c.year_is(one(t, r"武乡县图书馆(\d{4})年度"), year, "title year")
    c.year_is(one(t, r"即(\d{4})年1月至12月"), year, "implementation period")
    rows = flat_rows(t)
    fr = {r[0]: r for r in rows if len(r) == 10}
    cols = {"total": 2, "sub": 3, "central": 4, "prov": 5, "city": 6, "county": 7, "carry": 8, "other": 9}
    v = lambda s: D(s) if s not in ("", "—") else D(0)
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = fr[key]
        c.total(r[2] or "0", [v(r[3]), v(r[8]), v(r[9])], f"{key}: total = 小计 + 结转 + 其他")
        c.total(r[3] or "0", [v(r[4]), v(r[5]), v(r[6]), v(r[7])], f"{key}: 小计 = 中央 + 省 + 市 + 县")
    for name, i in cols.items():
        c.derived("balance_mismatch", fr["资金结余"][i] or "0", v(fr["实际到位资金"][i]) - v(fr["全年执行资金"][i]), f"结余 {name}")
        c.rate(fr["预算到位率(%)"][i], v(fr["实际到位资金"][i]), v(fr["全年预算资金"][i]), f"到位率 {name}")
        c.rate(fr["预算执行率(%)"][i], v(fr["全年执行资金"][i]), v(fr["全年预算资金"][i]), f"执行率 {name}")
    # prose funds
    m = re.search(r"全年预算" + NUM + r"万元，实际到位" + NUM + r"万元，全年支出" + NUM + r"万元，资金结余" + NUM +
                  r"万元，其中中央资金结余" + NUM + r"万元、县级资金结余" + NUM + r"万元", t)
    b, rec, sp, bal, bal_c, bal_x = m.groups()
    c.same(b, fr["全年预算资金"][2], "全年预算 prose vs table")
    c.same(rec, fr["实际到位资金"][2], "到位 prose vs table")
    c.same(sp, fr["全年执行资金"][2], "支出 prose vs table")
    c.same(bal, fr["资金结余"][2], "结余 prose vs table")
    c.same(bal_c, fr["资金结余"][4], "中央结余 prose vs table")
    c.same(bal_x, fr["资金结余"][7], "县级结余 prose vs table")
    c.derived("balance_mismatch", bal, D(rec) - D(sp), "结余 = 到位 − 支出 (prose)")
    c.total(bal, [D(bal_c), D(bal_x)], "结余 components (prose)")
    c.year_after(one(t, r"结转至(\d{4})年继续"), year, "carry-over year")
    m = re.search(r"于(\d{4})年(\d{1,2})月提前下达我县(\d{4})年中央补助资金" + NUM + "万元", t)
    c.issued(m.group(1), m.group(2), year, "central funds issued")
    c.year_is(m.group(3), year, "central funds budget year")
    c.same(m.group(4), fr["全年预算资金"][4], "中央 prose vs table")
    m = re.search(r"省级补助资金" + NUM + r"万元于(\d{4})年(\d{1,2})月下达", t)
    c.same(m.group(1), fr["全年预算资金"][5], "省级 prose vs table")
    c.issued(m.group(2), m.group(3), year, "provincial funds issued")
    c.same(one(t, r"县级配套资金" + NUM + "万元"), fr["全年预算资金"][7], "县级 prose vs table")
    # indicator tables (7 cells)
    inds = [r for r in rows if len(r) == 7 and r[0] != "二级指标"]
    quals = {"免费开放长效机制": (D("0.8"), D(1))}
    for r in inds:
        if r[1] == "年度任务完成时间":
            c.add("score_exceeds_weight", D(0) <= D(r[6]) <= D(r[2]), r[1])
            c.add("unit_mismatch", pv(r[3])["kind"] == pv(r[4])["kind"] == "date", r[1])
            continue
        c.indicator(r[1], r[3], r[4], r[2], r[6], completion=r[5], qual=quals.get(r[1]))
    ind = {r[1]: r for r in inds}
    c.weights("100", [r[2] for r in inds], "权重 sum")
    total = one(t, r"绩效自评总得分" + NUM + "分")
    c.scores(total, [r[6] for r in inds], "得分 sum")
    c.grade(one(t, r"属于“(\S+?)”"), total, "grade")
    c.same(ind["预算执行率"][4].rstrip("%"), fr["预算执行率(%)"][2], "执行率 indicator vs funds table", "", "")
    c.same(pv(ind["免费开放补助资金支出"][4])["raw"], fr["全年执行资金"][2], "cost actual vs funds table")
    # prose figures
    c.same(one(t, r"全年开馆(\d+)天"), pv(ind["免费开放天数"][4])["raw"], "开馆天数", "", "")
    acts = one(t, r"等活动(\d+)场次")
    c.same(acts, pv(ind["举办公益讲座、展览、培训"][4])["raw"], "活动场次", "", "")
    m = re.search(r"其中讲座(\d+)场、展览(\d+)场、培训(\d+)场", t)
    c.total(acts, [D(x) for x in m.groups()], "活动 components")
    c.same(one(t, r"新购图书入藏(\d+)册"), pv(ind["新增图书入藏"][4])["raw"], "新增图书", "", "")
    visits = re.findall(r"(?:全年接待到馆读者|全年)(\d+\.\d+)万人次", t)
    if len(visits) != 2:
        raise ParseError("到馆读者 mentions")
    for x in visits:
        c.same(x, pv(ind["年接待到馆读者"][4])["raw"], "到馆读者 prose vs table", "", "")
    m = re.search(r"较(\d{4})年的" + NUM + r"万人次增长" + NUM + "%", t)
    c.year_is(m.group(1), year - 1, "previous-year figure")
    c.derived("rate_mismatch", m.group(3), (D(visits[0]) / D(m.group(2)) - 1) * 100, "到馆同比")
    c.derived("completion_mismatch", one(t, r"比年度目标高出" + NUM + "%"),
              (D(visits[0]) / pv(ind["年接待到馆读者"][3])["val"] - 1) * 100, "到馆 deviation")
    c.same(one(t, r"图书外借" + NUM + "万册次，未完成"), pv(ind["图书外借册次"][4])["raw"], "外借", "", "")
    sp2 = one(t, r"全年支出" + NUM + "万元，控制在")
    c.same(sp2, fr["全年执行资金"][2], "支出 (成本分析) vs table")
    m = re.search(r"图书报刊购置" + NUM + r"万元、数字资源维护" + NUM + r"万元、公益活动" + NUM + r"万元、日常运转" + NUM + "万元", t)
    c.total(sp2, [D(x) for x in m.groups()], "支出构成")
    sat = one(t, r"读者满意度" + NUM + "%。")
    c.same(sat, pv(ind["读者满意度"][4])["raw"], "满意度", "", "")
    c.pct_bounded(sat, "满意度 prose")
    m = re.search(r"全年免费开放不少于(\d+)天；举办公益讲座、展览、培训不少于(\d+)场次；新增图书入藏不少于(\d+)册；"
                  r"年接待到馆读者" + NUM + r"万人次以上，图书外借" + NUM + r"万册次以上；读者满意度达到" + NUM + "%", t)
    for g, k in zip(m.groups(), ["免费开放天数", "举办公益讲座、展览、培训", "新增图书入藏", "年接待到馆读者",
                                 "图书外借册次", "读者满意度"]):
        c.same(g, pv(ind[k][3])["raw"], f"goal vs table target {k}", "", "")
    c.same(one(t, r"未完成" + NUM + "万册次的目标"), pv(ind["图书外借册次"][3])["raw"], "外借 target restated", "", "")
    c.same(one(t, r"控制在" + NUM + "万元预算以内"), pv(ind["免费开放补助资金支出"][3])["raw"], "cost cap restated", "", "")
    c.same(one(t, r"控制在" + NUM + "万元预算以内"), fr["全年预算资金"][2], "cost cap = budget", "", "")
    return c


def check_xishui(t):
    c = Checker()
    year = 2021
    c.year_is(one(t, r"浠水县图书馆(\d{4})年度"), year, "title year")
    annual = one(t, r"项目全年预算" + NUM + "万元")
    prov = one(t, r"其中省级补助" + NUM + "万元")
    county = one(t, r"县级财政安排" + NUM + "万元")
    c.total(annual, [D(prov), D(county)], "全年预算 = 省级 + 县级")
    rec = one(t, r"全年资金到位" + NUM + "万元")
    c.rate(one(t, r"到位率" + NUM + "%"), rec, annual, "到位率")
    spent = one(t, r"实际支出" + NUM + "万元，预算执行率")
    rate = one(t, r"预算执行率" + NUM + "%")
    c.rate(rate, spent, annual, "执行率")
    bal = one(t, r"结余" + NUM + "万元，已结转")
    c.derived("balance_mismatch", bal, D(rec) - D(spent), "结余 = 到位 − 支出")
    c.year_after(one(t, r"已结转(\d{4})年"), year, "carry-over year")
    c.same(one(t, r"省级补助" + NUM + "万元已全部支出"), prov, "省级 restated")
    cs = one(t, r"县级财政资金支出" + NUM + "万元")
    c.rate(one(t, r"县级财政资金支出[\d.]+万元，执行率" + NUM + "%"), cs, county, "县级执行率")
    c.total(spent, [D(prov), D(cs)], "支出 = 省级 + 县级")
    rows = pipe_rows(t, "\t")
    detail = [r for r in rows if len(r) == 2 and r[0] not in ("支出内容", "合计")]
    total_row = [r for r in rows if len(r) == 2 and r[0] == "合计"][0]
    c.total(total_row[1], [D(r[1]) for r in detail], "支出明细 sum")
    c.same(total_row[1], spent, "明细合计 vs 支出")
    m = re.search(r"截至(\d{4})年12月31日，项目累计支付资金" + NUM + "万元", t)
    c.year_is(m.group(1), year, "截至 date")
    c.same(m.group(2), spent, "累计支付 vs 支出")
    c.same(one(t, r"结转的" + NUM + "万元"), bal, "结转 restated")
    # score table
    inds = [r for r in rows if len(r) == 6 and r[0] not in ("年度目标", "合计")]
    quals = {"分馆运行长效机制": (D("0.5"), D("0.8"))}
    blocks = {}
    current = None
    for r in inds:
        m = re.match(r"^(目标\d)(?:：.*（(\d+)分）)?$", r[0])
        if r[0] == "预算执行":
            c.rate(r[3].rstrip("%"), spent, annual, "table 执行率")
            c.same(r[3].rstrip("%"), rate, "table 执行率 vs prose", "", "")
            c.exec_score(r[5], r[4], r[3], spent, annual, "execution row")
            continue
        if m:
            current = m.group(1)
            if m.group(2):
                blocks.setdefault(current, [m.group(2), []])
            blocks[current][1].append(r[4])
        c.indicator(r[1], r[2], r[3], r[4], r[5], qual=quals.get(r[1]))
    for k, (stated, ws) in blocks.items():
        c.weights(stated, ws, f"{k} block weights")
    tr = [r for r in rows if r[0] == "合计" and len(r) == 6][0]
    c.weights(tr[4], [r[4] for r in inds], "分值 sum")
    c.scores(tr[5], [r[5] for r in inds], "得分 sum")
    total = one(t, r"本项目自评得分" + NUM + "分")
    c.same(total, tr[5], "total prose vs table", "", "")
    c.grade(one(t, r"评价等级为(\S)。"), total, "grade")
    ind = {r[1]: r for r in inds}
    n_built = one(t, r"竹瓦(\d+)个乡镇分馆")
    c.same(n_built, pv(ind["新建乡镇分馆"][3])["raw"], "分馆数", "", "")
    c.add("completion_mismatch", near(one(t, r"完成年度目标的" + NUM + "%"), D(n_built) / pv(ind["新建乡镇分馆"][2])["val"] * 100), "分馆 completion (prose)")
    trips = one(t, r"下乡服务(\d+)场次")
    c.same(trips, pv(ind["流动图书车下乡服务"][3])["raw"], "场次", "", "")
    people = one(t, r"惠及群众" + NUM + "万人次")
    c.same(people, pv(ind["流动服务惠及群众"][3])["raw"], "惠及人次", "", "")
    c.derived("average_mismatch", one(t, r"平均每场约" + NUM + "人次"), D(people) * 10000 / D(trips), "平均每场")
    c.same(one(t, r"单场服务成本为" + NUM + "元"), pv(ind["单场服务成本"][3])["raw"], "单场成本", "", "")
    loans = one(t, r"全年外借图书" + NUM + "万册次")
    c.same(loans, pv(ind["分馆年外借量"][3])["raw"], "外借", "", "")
    c.derived("average_mismatch", one(t, r"平均每个分馆" + NUM + "万册次"), D(loans) / D(one(t, r"(\d+)个分馆全年外借")), "平均每个分馆外借")
    sat = one(t, r"群众满意度为" + NUM + "%")
    c.same(sat, pv(ind["群众满意度"][3])["raw"], "满意度", "", "")
    c.pct_bounded(sat, "满意度")
    c.same(one(t, r"洗马(\d+)个乡镇综合文化站"), pv(ind["新建乡镇分馆"][2])["raw"], "planned 分馆 vs target", "", "")
    c.same(one(t, r"与(\d+)个乡镇分别签订共建协议"), pv(ind["新建乡镇分馆"][2])["raw"], "共建协议 vs target", "", "")
    c.same(one(t, r"未达到" + NUM + "万册次的年度目标"), pv(ind["分馆年外借量"][2])["raw"], "外借 target restated", "", "")
    c.same(one(t, r"高于" + NUM + "元的控制标准"), pv(ind["单场服务成本"][2])["raw"], "cost cap restated", "", "")
    c.same(one(t, r"(\d+)个分馆已全部接入"), n_built, "接入分馆", "", "")
    c.same(one(t, r"(\d+)个分馆全年外借"), n_built, "外借分馆数", "", "")
    ew = one(t, r"预算执行占(\d+)分")
    gw = one(t, r"年度绩效目标占(\d+)分")
    exec_row = [r for r in rows if len(r) == 6 and r[0] == "预算执行"][0]
    c.same(ew, exec_row[4], "预算执行 weight restated", "", "")
    c.weights(gw, [r[4] for r in inds if r[0] != "预算执行"], "年度绩效目标 weights")
    c.weights(tr[4], [ew, gw], "20 + 80")
    return c


def check_lezhi(t):
    c = Checker()
    year = 2023
    c.year_is(one(t, r"\n(\d{4})年度公共图书馆免费开放"), year, "title year")
    c.year_is(one(t, r"（(\d{4})年度）"), year, "table year")
    m = re.search(r"(\d{4})年项目资金" + NUM + r"万元，其中中央补助" + NUM + r"(元|万元|亿元)、省级补助" + NUM +
                  r"(元|万元|亿元)、县级配套" + NUM + r"(元|万元|亿元)", t)
    y, annual, cen, cu, prov, pu, cty, xu = m.groups()
    c.year_is(y, year, "funds year")
    c.total(annual, [wan(cen, cu), wan(prov, pu), wan(cty, xu)], "全年 = 中央 + 省 + 县")
    m = re.search(r"中央补助资金于(\d{4})年(\d{1,2})月提前下达", t)
    c.issued(m.group(1), m.group(2), year, "central funds issued")
    m = re.search(r"省级补助资金于(\d{4})年(\d{1,2})月追加下达", t)
    c.issued(m.group(1), m.group(2), year, "provincial funds issued")
    ini = one(t, r"年初预算合计" + NUM + "万元")
    c.total(ini, [wan(cen, cu), wan(cty, xu)], "年初 = 中央(提前下达) + 县级")
    adj = one(t, r"调整后全年预算" + NUM + "万元")
    c.total(adj, [D(ini), wan(prov, pu)], "全年 = 年初 + 省级追加")
    c.same(adj, annual, "全年预算 restated")
    m = re.search(r"截至(\d{4})年12月31日，实际支出" + NUM + r"万元，结余" + NUM + r"万元，已结转(\d{4})年", t)
    c.year_is(m.group(1), year, "截至 date")
    spent, bal = m.group(2), m.group(3)
    c.year_after(m.group(4), year, "carry-over year")
    c.derived("balance_mismatch", bal, D(annual) - D(spent), "结余 = 到位(全部) − 支出")
    rows = pipe_rows(t, "\t")
    src = {r[0]: r for r in rows if len(r) == 5 and r[0] != "资金来源"}
    for k in ("中央补助", "省级补助", "县级配套", "合计"):
        r = src[k]
        c.rate(r[4].rstrip("%"), r[3], r[1], f"{k} 执行率")
        c.rate("100", r[2], r[1], f"{k} 到位 (各级资金全部到位)")
    for i in (1, 2, 3):
        c.total(src["合计"][i], [D(src[k][i]) for k in ("中央补助", "省级补助", "县级配套")], f"source table column {i}")
    c.same(cen, src["中央补助"][1], "中央 prose vs table", cu)
    c.same(prov, src["省级补助"][1], "省级 prose vs table", pu)
    c.same(cty, src["县级配套"][1], "县级 prose vs table", xu)
    c.same(spent, src["合计"][3], "支出 prose vs table")
    m = re.search(r"中心分馆(\d+)个各" + NUM + r"万元，一般分馆(\d+)个各" + NUM + r"万元，共计" + NUM + "万元", t)
    c.total(m.group(5), [int(m.group(1)) * D(m.group(2)), int(m.group(3)) * D(m.group(4))], "分馆运行补助")
    # self-evaluation table
    tot = row_by(rows, "年度资金总额")
    fin = row_by(rows, "其中：财政资金")
    others = [row_by(rows, k) for k in ("财政专户管理资金", "单位资金", "其他资金")]
    for i in (1, 2, 3):
        c.total(tot[i], [D(fin[i])] + [D(o[i]) for o in others], f"自评表 funds column {i}")
    c.rate(tot[5].rstrip("%"), tot[3], tot[2], "自评表 执行率")
    c.rate(fin[5].rstrip("%"), fin[3], fin[2], "财政资金 执行率")
    c.exec_score(tot[6], tot[4], tot[5], tot[3], tot[2], "execution row")
    c.same(ini, tot[1], "年初 prose vs table")
    c.same(annual, tot[2], "全年 prose vs table")
    c.same(spent, tot[3], "执行 prose vs table")
    inds = [r for r in rows if len(r) >= 9 and r[0] in ("产出指标", "效益指标")]
    quals = {"补助资金拨付及时性": (D("0.8"), D(1)), "乡镇分馆常态化开放": (D("0.8"), D(1))}
    sign = {"≥": "≥", "≤": "≤", "=": "=", "定性": ""}
    for r in inds:
        if r[3] == "定性":
            c.add("score_exceeds_weight", D(0) <= D(r[8]) <= D(r[7]), r[2])
            lo, hi = quals[r[2]]
            c.add("score_rule_mismatch", D(r[7]) * lo <= D(r[8]) <= D(r[7]) * hi, r[2])
            continue
        unit = "" if r[5] == "—" else r[5]
        c.indicator(r[2], sign[r[3]] + r[4] + unit, r[6] + unit, r[7], r[8])
    tr = row_by(rows, "总分")
    tr = [x for x in tr if x != ""]
    c.weights(tr[1], [tot[4]] + [r[7] for r in inds], "分值 sum")
    c.scores(tr[2], [tot[6]] + [r[8] for r in inds], "得分 sum")
    total = one(t, r"项目得分" + NUM + "分")
    c.same(total, tr[2], "total prose vs table", "", "")
    for g in re.findall(r"评价等级为(\S)[。，]", t):
        c.grade(g, total, "grade")
    ind = {r[2]: r for r in inds}
    c.same(one(t, r"全年免费开放(\d+)天"), ind["图书馆免费开放天数"][6], "开放天数", "", "")
    acts = one(t, r"全民阅读推广活动(\d+)场次，")
    c.same(acts, ind["开展全民阅读推广活动"][6], "活动场次", "", "")
    m = re.search(r"读书分享会(\d+)场、少儿绘本共读(\d+)场、公益讲座(\d+)场、线上阅读打卡(\d+)场", t)
    c.total(acts, [D(x) for x in m.groups()], "活动 components")
    m = re.search(r"活动支出" + NUM + r"(元|万元|亿元)，平均每场" + NUM + r"(元|万元|亿元)", t)
    c.derived("average_mismatch", m.group(3), wan(m.group(1), m.group(2)) / D(acts) * (10000 if m.group(4) == "元" else 1), "平均每场经费")
    flow = one(t, r"图书流转" + NUM + "册次，完成目标的")
    c.same(flow, ind["乡镇分馆图书流转"][6], "流转", "", "")
    c.add("completion_mismatch", near(one(t, r"完成目标的" + NUM + "%"), D(flow) / D(ind["乡镇分馆图书流转"][4]) * 100), "流转 completion")
    visits = one(t, r"全年接待到馆读者" + NUM + "万人次")
    c.same(visits, ind["年到馆读者"][6], "到馆", "", "")
    c.derived("rate_mismatch", one(t, r"增长约" + NUM + "%"), (D(visits) / D(one(t, r"上年为" + NUM + "万人次")) - 1) * 100, "到馆同比")
    c.same(one(t, r"占全部借阅的" + NUM + "%"), ind["少儿读者借阅册次占比"][6], "少儿占比", "", "")
    c.pct_bounded(one(t, r"满意率为" + NUM + "%"), "满意率")
    m = re.search(r"全年免费开放不少于(\d+)天；开展全民阅读推广活动不少于(\d+)场次；乡镇分馆图书流转不少于(\d+)册次；"
                  r"免费开放服务项目全部达标；补助资金按时拨付到位；全年到馆读者不少于" + NUM + r"万人次，少儿读者借阅册次占比不低于" + NUM + "%", t)
    for g, k in zip(m.groups(), ["图书馆免费开放天数", "开展全民阅读推广活动", "乡镇分馆图书流转", "年到馆读者", "少儿读者借阅册次占比"]):
        c.same(g, ind[k][4], f"goal vs table target {k}", "", "")
    for x in re.findall(r"全年免费开放(\d+)天", t):
        c.same(x, ind["图书馆免费开放天数"][6], "开放天数 (all mentions)", "", "")
    for x in re.findall(r"阅读推广活动(\d+)场次", t):
        c.same(x, ind["开展全民阅读推广活动"][6], "活动场次 (all mentions)", "", "")
    nb = one(t, r"指导全县(\d+)个乡镇分馆")
    c.total(nb, [D(one(t, r"中心分馆(\d+)个各")), D(one(t, r"一般分馆(\d+)个各"))], "分馆数 = 中心 + 一般")
    for x in re.findall(r"(\d+)个乡镇分馆(?:均保持|正常运行)", t):
        c.same(x, nb, "分馆数 restated", "", "")
    c.same(one(t, r"中心分馆\d+个各" + NUM + "万元"), ind["中心分馆运行补助标准"][6], "中心分馆补助 vs 成本指标", "", "")
    return c


def md_rows(t):
    out = []
    for line in t.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            out.append([c.strip() for c in line.strip().strip("|").split("|")])
    return out


def check_yanshan(t):
    c = Checker()
    year = 2022
    c.year_is(one(t, r"铅山县图书馆(\d{4})年度"), year, "title year")
    c.year_is(one(t, r"(\d{4})年部门全年预算"), year, "budget year")
    annual = one(t, r"部门全年预算" + NUM + "万元")
    basic = one(t, r"其中基本支出" + NUM + "万元")
    staff = one(t, r"人员经费" + NUM + "万元")
    public = one(t, r"公用经费" + NUM + "万元")
    proj = one(t, r"项目支出" + NUM + "万元，分别为")
    m = re.search(r"免费开放补助" + NUM + r"万元、总分馆体系建设" + NUM + r"万元、全民阅读推广" + NUM + "万元", t)
    p_free, p_branch, p_read = m.groups()
    c.total(annual, [D(basic), D(proj)], "全年 = 基本 + 项目")
    c.total(basic, [D(staff), D(public)], "基本 = 人员 + 公用")
    c.total(proj, [D(p_free), D(p_branch), D(p_read)], "项目 = 3 projects")
    spent = one(t, r"全年实际支出" + NUM + "万元")
    rate = one(t, r"部门整体预算执行率" + NUM + "%")
    c.rate(rate, spent, annual, "部门执行率")
    c.same(one(t, r"基本支出" + NUM + "万元全部支出"), basic, "基本支出 restated")
    c.rate(one(t, r"全部支出，执行率" + NUM + "%"), basic, basic, "基本支出执行率")
    pspent = one(t, r"项目支出实际支出" + NUM + "万元")
    c.rate(one(t, r"项目支出执行率" + NUM + "%"), pspent, proj, "项目支出执行率")
    c.total(spent, [D(basic), D(pspent)], "支出 = 基本 + 项目")
    unspent = re.findall(r"(?:未支出的|结转至\d{4}年的)" + NUM + "万元", t)
    for u in unspent:
        c.derived("balance_mismatch", u, D(annual) - D(spent), "未支出 = 预算 − 支出")
    for y in re.findall(r"结转至(\d{4})年", t):
        c.year_after(y, year, "carry-over year")
    m = re.search(r"向(\d+)个乡镇分馆拨付运行补助" + NUM + r"万元，按分馆类型核定：(\d+)个中心镇分馆每馆" + NUM + r"万元，(\d+)个一般分馆每馆" + NUM + "万元", t)
    n, sub, n1, e1, n2, e2 = m.groups()
    c.total(sub, [int(n1) * D(e1), int(n2) * D(e2)], "分馆补助")
    c.total(n, [D(n1), D(n2)], "分馆数")
    rest = one(t, r"其余" + NUM + "万元预算")
    c.total(p_branch, [D(sub), D(rest)], "总分馆项目 = 补助 + 其余")
    c.add("balance_mismatch", D(one(t, r"全年支付" + NUM + "万元")) <= D(rest), "平台支付 ≤ 预算")
    m = re.search(r"支出" + NUM + r"万元，全部为公务接待费，较上年的" + NUM + r"万元减少" + NUM + "万元", t)
    c.derived("sum_mismatch", m.group(3), D(m.group(2)) - D(m.group(1)), "三公 decrease")
    rows = md_rows(t)
    ind_rows = [r for r in rows if r[0] not in ("一级指标", "小计", "合计")]
    ind = {r[2]: r for r in ind_rows}
    # project scores and average
    m = re.search(r"免费开放补助项目" + NUM + r"分，总分馆体系建设项目" + NUM + r"分，全民阅读推广项目" + NUM + r"分，三个项目平均得分" + NUM + "分", t)
    s1, s2, s3, avg = m.groups()
    c.derived("average_mismatch", avg, (D(s1) + D(s2) + D(s3)) / 3, "项目平均分")
    for s in (s1, s2, s3):
        c.grade("优秀", s, "均达到“优秀”")
    # markdown table with 小计 rows
    group, groups = [], []
    for r in rows[1:]:
        if r[0] == "小计":
            c.weights(r[5], [x[5] for x in group], "小计 weights")
            c.scores(r[6], [x[6] for x in group], "小计 scores")
            groups.append(r)
            group = []
        elif r[0] == "合计":
            c.weights(r[5], [x[5] for x in groups], "合计 weights = Σ 小计")
            c.scores(r[6], [x[6] for x in groups], "合计 scores = Σ 小计")
            c.weights(r[5], [x[5] for x in ind_rows], "合计 weights = Σ rows")
            c.scores(r[6], [x[6] for x in ind_rows], "合计 scores = Σ rows")
            total_row = r
        else:
            group.append(r)
    quals = {"通借通还覆盖乡镇分馆": (D("0.8"), D(1))}
    for r in ind_rows:
        if r[2] == "分馆运行补助拨付时间":
            c.add("score_exceeds_weight", D(0) <= D(r[6]) <= D(r[5]), r[2])
            c.add("unit_mismatch", pv(r[3])["kind"] == pv(r[4])["kind"] == "date", r[2])
            continue
        c.indicator(r[2], r[3], r[4], r[5], r[6], qual=quals.get(r[2]))
    total = one(t, r"部门整体支出绩效自评得分" + NUM + "分")
    c.same(total, total_row[6], "total prose vs table", "", "")
    c.grade(one(t, r"综合评定为“(\S+?)”"), total, "grade")
    c.same(ind["部门预算执行率"][4].rstrip("%"), rate, "执行率 table vs prose", "", "")
    c.same(one(t, r"全年免费开放(\d+)天"), pv(ind["免费开放天数"][4])["raw"], "开放天数", "", "")
    books = one(t, r"新增纸质图书" + NUM + "万册，完成")
    c.same(books, pv(ind["新增纸质图书"][4])["raw"], "新增图书", "", "")
    c.add("completion_mismatch", near(one(t, r"完成年度任务的" + NUM + "%"), D(books) / pv(ind["新增纸质图书"][3])["val"] * 100), "新增图书 completion")
    c.same(one(t, r"阅读推广活动(\d+)场"), pv(ind["全民阅读推广活动"][4])["raw"], "活动场次", "", "")
    c.same(one(t, r"差错率控制在" + NUM + "%"), pv(ind["图书编目差错率"][4])["raw"], "差错率", "", "")
    c.same(n, pv(ind["正常运行的乡镇分馆"][4])["raw"], "分馆数", "", "")
    visits = one(t, r"全年到馆读者" + NUM + "万人次")
    c.same(visits, pv(ind["年到馆读者"][4])["raw"], "到馆读者 prose vs table", "", "")
    m = re.search(r"较(\d{4})年的" + NUM + r"万人次增长" + NUM + "%", t)
    c.year_is(m.group(1), year - 1, "previous-year figure")
    c.derived("rate_mismatch", m.group(3), (D(visits) / D(m.group(2)) - 1) * 100, "到馆同比")
    loans = one(t, r"图书外借" + NUM + "万册次，较上年")
    c.same(loans, pv(ind["图书外借册次"][4])["raw"], "外借", "", "")
    m = re.search(r"较上年的" + NUM + r"万册次下降" + NUM + "%", t)
    c.derived("rate_mismatch", m.group(2), (1 - D(loans) / D(m.group(1))) * 100, "外借同比")
    c.pct_bounded(one(t, r"家长满意率为" + NUM + "%"), "家长满意率")
    c.same(one(t, r"(\d+)个乡镇分馆全部正常运行"), n, "分馆数 restated", "", "")
    c.same(one(t, r"\| (\d+)个分馆全覆盖"), n, "通借通还 分馆数", "", "")
    c.same(one(t, r"低于" + NUM + "%的控制标准"), pv(ind["图书编目差错率"][3])["raw"], "差错率 cap restated", "", "")
    c.same(one(t, r"每馆" + NUM + "万元，\d+个一般"), pv(ind["中心镇分馆补助标准"][4])["raw"], "中心镇分馆补助 vs 成本指标", "", "")
    c.total(one(t, r"和(\d+)个项目支出"), [D(1) for _ in (s1, s2, s3)], "number of projects = projects scored")
    return c


CHECKS = {
    "sd-huantai-zongfenguan-2020": check_huantai,
    "sx-wuxiang-mianfeikaifang-2019": check_wuxiang,
    "hb-xishui-zongfenguan-2021": check_xishui,
    "sc-lezhi-mianfeikaifang-2023": check_lezhi,
    "jx-yanshan-tushuguan-bumen-2022": check_yanshan,
}


# ============================================================== structure
def diff_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j   # [i, ea) in a, [i, eb) in b


def numbers_at(text, s, e):
    """Numeric tokens of text overlapping or touching [s, e)."""
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        if m.start() <= e and m.end() >= s:
            out.append(m)
    return out


def count_number(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d]|\.\d)", text))


def main():
    fails = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    texts = {}
    code_count = {k: 0 for k in CODES}
    for rec in labels:
        texts[rec["case"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    # 1. structure of labels and diffs
    for rec in labels:
        t = texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                fails.append(f"{rec['case']}: clean case with labels")
            continue
        clean = texts[f"{rec['source']}-clean.txt"]
        if len(rec["expected"]) != 1:
            fails.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code_count[lab["code"]] = code_count.get(lab["code"], 0) + 1
        if lab["code"] not in CODES or lab["severity"] != "error":
            fails.append(f"{rec['case']}: bad code/severity {lab}")
        s, ea, eb = diff_span(clean, t)
        if ea <= s and eb <= s:
            fails.append(f"{rec['case']}: no difference from the clean draft")
            continue
        if "\n" in clean[s:ea] or "\n" in t[s:eb] or max(ea, eb) - s > 12:
            fails.append(f"{rec['case']}: the change is not one short in-line edit: {clean[s:ea]!r} -> {t[s:eb]!r}")
        occ = [m.start() for m in re.finditer(re.escape(lab["value"]), t)]
        if not occ:
            fails.append(f"{rec['case']}: value not found")
        elif not any(o < max(eb, s + 1) and o + len(lab["value"]) > s for o in occ):
            fails.append(f"{rec['case']}: value does not overlap the change [{s},{eb})")
        # 3. the changed figure occurs once in the clean draft (conflicting_values: at least twice)
        for m in numbers_at(clean, s, ea):
            tok = m.group(0)
            if len(tok) < 4 or re.fullmatch(r"(19|20)\d\d", tok):
                continue   # small integers in table cells and years: checked by hand (README)
            n = count_number(clean, tok)
            want_ok = n >= 2 if lab["code"] == "conflicting_values" else n == 1
            if not want_ok:
                fails.append(f"{rec['case']}: changed figure {tok} occurs {n} times in the clean draft")
    for k, n in code_count.items():
        if n < 2:
            fails.append(f"code {k} used {n} times (< 2)")
    # 4. arithmetic
    for rec in labels:
        t = texts[rec["case"]]
        try:
            res = CHECKS[rec["source"]](t).results
        except (ParseError, AttributeError, KeyError, IndexError) as exc:
            fails.append(f"{rec['case']}: parse error {exc!r}")
            continue
        failed = [(c, m) for c, ok, m in res if not ok]
        if rec["clean"]:
            for c, m in failed:
                fails.append(f"{rec['case']}: clean draft fails {c}: {m}")
        else:
            code = rec["expected"][0]["code"]
            if not any(c == code for c, _ in failed):
                fails.append(f"{rec['case']}: labelled {code} does not fail")
            for c, m in failed:
                if c != code and c not in WARN_CODES:
                    fails.append(f"{rec['case']}: unlabelled {c} fails: {m}")
        print(f"{rec['case']:45s} checks={len(res):3d} failed={sorted(set(c for c, _ in failed))}")
    print("codes:", ", ".join(f"{k}={v}" for k, v in code_count.items()))
    if fails:
        print("\n".join("FAIL " + f for f in fails))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
