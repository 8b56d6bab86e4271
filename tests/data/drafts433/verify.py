#!/usr/bin/env python3
"""Verify this set: labels, edits, and the arithmetic of every draft.

1. every label value occurs in its case; labels.jsonl has 35 lines, 5 clean and 30 error cases;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
   the changed figure occurs once in the clean draft (twice for conflicting_values) and the new figure
   once in the error case;
3. every code of errors.md §A 1-13 is used at least twice;
4. the arithmetic of each draft is recomputed (decimal.Decimal, ROUND_HALF_UP, tolerance of rules.md §8):
   a clean draft must pass every error-level check; an error case must fail the labelled code and no
   other error-level code. score_rule_mismatch checks are warnings (printed, never fatal).
Standard library only. Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, SOURCES  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARN = {"score_rule_mismatch"}
HUNDRED = Decimal(100)
SCALES = [Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8]


# ---------------------------------------------------------------- numbers
def num(s):
    """Decimal of a stated figure: drops thousands separators, %, signs and units."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def dp(s):
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def tol(s):
    return Decimal("0.5") * Decimal(10) ** -dp(s) + Decimal("1e-9")


def near(stated, computed):
    """rules §8: stated value with d decimals is consistent with computed iff |c - v| <= 0.5*10^-d."""
    return abs(num(stated) - computed) <= tol(stated)


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


MONEY = {"元": Decimal(1) / Decimal(10000), "万元": Decimal(1), "亿元": Decimal(10000)}


def wan(s):
    """Amount in 万元 from '26,800元' / '81.55万元' / '1,246.33' (bare = 万元)."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)?", s)
    return Decimal(m.group(1).replace(",", "")) * MONEY[m.group(2) or "万元"]


def cell(s):
    return s.strip().strip("\t ").strip()


def blank(s):
    return cell(s) in ("", "—", "-", "/")


def val(s):
    return Decimal(0) if blank(s) else num(s)


# ---------------------------------------------------------------- results
class Res:
    def __init__(self):
        self.items = []

    def add(self, code, desc, ok):
        self.items.append((code, desc, bool(ok)))

    def failed(self):
        return [(c, d) for c, d, ok in self.items if not ok]


def one(t, pat, flags=0):
    ms = list(re.finditer(pat, t, flags))
    if len(ms) != 1:
        raise AssertionError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def rescale_ok(values, target, tstr, idx_all=True):
    """True when rescaling exactly one of values (or the target) by 10^±4 / 10^±8 makes the sum agree."""
    for i in range(len(values)):
        for k in SCALES:
            v2 = list(values)
            v2[i] = v2[i] * k
            if abs(sum(v2) - target) <= tol(tstr):
                return True
    for k in SCALES:
        if abs(sum(values) - target * k) <= tol(tstr) * k:
            return True
    return False


def sum_check(r, desc, total_str, parts, total=None, code="sum_mismatch"):
    """total_str: the stated total as written; parts: Decimals (same unit); total: its value if not num()."""
    tv = num(total_str) if total is None else total
    ok = abs(sum(parts) - tv) <= tol(total_str)
    if ok:
        r.add(code, desc, True)
    elif rescale_ok(parts, tv, total_str):
        r.add("unit_mismatch", desc + " (reconciled by a 10^4/10^8 unit rescale)", False)
    else:
        r.add(code, desc, False)


def prod_check(r, desc, amount_str, amount, factors, approx=None):
    """amount (万元 or plain) = product of factors; approx: relative half-width of an input marked 约."""
    p = Decimal(1)
    for f in factors:
        p *= f
    lo = hi = p
    if approx is not None:
        lo, hi = approx
    ok = lo - tol(amount_str) <= amount <= hi + tol(amount_str)
    if ok:
        r.add("sum_mismatch", desc, True)
        return
    for k in SCALES:
        if abs(p * k - amount) <= tol(amount_str) * max(Decimal(1), k):
            r.add("unit_mismatch", desc + " (reconciled by a 10^4/10^8 unit rescale)", False)
            return
    r.add("sum_mismatch", desc, False)


def same(r, desc, a_str, a, b, b_str=None):
    """Two statements of one quantity (I11). a_str/a: first mention, b: second value."""
    t = min(tol(a_str), tol(b_str)) if b_str else tol(a_str)
    if abs(a - b) <= max(t, Decimal("1e-9")):
        r.add("conflicting_values", desc, True)
        return
    for k in SCALES:
        if abs(a * k - b) <= t * max(Decimal(1), k) or abs(a - b * k) <= t * max(Decimal(1), k):
            r.add("unit_mismatch", desc + " (reconciled by a 10^4 unit rescale)", False)
            return
    r.add("conflicting_values", desc, False)


def rate_check(r, desc, stated, numer, denom, code="rate_mismatch"):
    """Stated rate (percent string) vs numer/denom*100; > 100% or a zero base -> implausible_rate."""
    s = cell(stated)
    if denom == 0:
        r.add("implausible_rate", desc + " (zero base)", blank(s) or num(s) == 0)
        return
    if blank(s):
        return
    r.add("implausible_rate", desc + " (<=100%)", num(s) <= HUNDRED)
    if num(s) <= HUNDRED:
        r.add(code, desc, near(s, numer / denom * HUNDRED))


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def grade_check(r, desc, word, total):
    r.add("grade_mismatch", desc, GRADE_WORDS[word] == grade_of(total))


def parse_ind(s):
    """'≥2400小时' -> ('gte', Decimal, '小时'); '≤22万元' -> lte; '5座' -> eq; qualitative -> None."""
    s = cell(s)
    m = re.match(r"^(≥|≤|＞＝|＜＝|>=|<=|不低于|不少于|不超过|=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return None
    sign = m.group(1) or "="
    d = "gte" if sign in ("≥", "＞＝", ">=", "不低于", "不少于") else "lte" if sign in ("≤", "＜＝", "<=", "不超过") else "eq"
    return d, Decimal(m.group(2).replace(",", "")), m.group(3).strip()


def completion(d, t, a):
    if d == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    if t == 0:
        return HUNDRED if a <= 0 else Decimal(0)
    return a / t * HUNDRED


def rule_score(d, t, a, w):
    if d == "lte":
        return w if a <= t else w * t / a
    if d == "eq" and t == 0:
        return w if a <= 0 else Decimal(0)
    return min(w, w * a / t)


def indicator_row(r, name, target, actual, weight, score, comp=None):
    """unit (I13), completion (I8), score <= weight (I7), scoring rule (warning)."""
    w, sc = num(weight), num(score)
    r.add("score_exceeds_weight", f"{name}: score {score} <= weight {weight}", Decimal(0) <= sc <= w)
    pt, pa = parse_ind(target), parse_ind(actual)
    if pt is None or pa is None:
        return
    if pt[2] != pa[2]:
        r.add("unit_mismatch", f"{name}: unit of actual {actual!r} vs target {target!r}", False)
        return
    r.add("unit_mismatch", f"{name}: units agree", True)
    if pa[2] == "%" and "满意" in name:
        r.add("implausible_rate", f"{name}: satisfaction <= 100%", pa[1] <= HUNDRED)
    c = completion(pt[0], pt[1], pa[1])
    if comp is not None:
        r.add("completion_mismatch", f"{name}: 完成率 {comp} vs {r2(c)}", near(comp, c))
    rs = rule_score(pt[0], pt[1], pa[1], w)
    ok = near(score, rs) or (comp is not None and near(score, w * min(num(comp), HUNDRED) / HUNDRED))
    r.add("score_rule_mismatch", f"{name}: score {score} vs rule {r2(rs)}", ok)


# ---------------------------------------------------------------- table readers
def tab_cells(t, label, n):
    """Word/PDF tab-flattened table (one cell per line, tab-indented): the n cells after the label cell."""
    lines = t.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.startswith("\t") and cell(ln) == label]
    if len(idx) != 1:
        raise AssertionError(f"tab cell {label!r} found {len(idx)} times")
    return [cell(x) for x in lines[idx[0] + 1: idx[0] + 1 + n]]


def line_cells(t, label, sep):
    """One table row per line (browser tab copy or pipe separators): the cells after the label."""
    hits = []
    for ln in t.split("\n"):
        cs = [c.strip() for c in ln.split(sep)]
        if label in cs:
            hits.append(cs[cs.index(label) + 1:])
    if len(hits) != 1:
        raise AssertionError(f"row {label!r} found {len(hits)} times")
    return hits[0]


def pdf_cells(t, label, n):
    """PDF copy, one cell per line without indentation."""
    lines = t.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip() == label]
    if len(idx) != 1:
        raise AssertionError(f"pdf cell {label!r} found {len(idx)} times")
    return [x.strip() for x in lines[idx[0] + 1: idx[0] + 1 + n]]


NUM = r"(\d[\d,]*(?:\.\d+)?)"


def year_checks(r, t, year, title_pat, date_pat, extra=()):
    y = int(one(t, title_pat).group(1))
    r.add("year_mismatch", f"title year {y} == {year}", y == year)
    d = int(one(t, date_pat).group(1))
    r.add("year_mismatch", f"report dated {d} in {year}..{year + 1}", d in (year, year + 1))
    for m in re.finditer(r"结转(?:至)?(\d{4})年", t):
        r.add("year_mismatch", f"carry-over to {m.group(1)} after {year}", int(m.group(1)) > year)
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        r.add("year_mismatch", f"cut-off {m.group(1)}-12-31 == {year}", int(m.group(1)) == year)
    for pat in extra:
        for m in re.finditer(pat, t):
            r.add("year_mismatch", f"{pat}: {m.group(1)} == {year}", int(m.group(1)) == year)


# ---------------------------------------------------------------- D1 Shanxi
def check_yuci(t):
    r = Res()
    Y = 2018
    rows = {}
    for lab in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]:
        rows[lab] = tab_cells(t, lab, 10)[1:]   # drop 行次 -> 总, 小计, 中央, 省, 市, 县区, 结转, 其他
    cols = ["总", "小计", "中央", "省级", "市级", "县区级", "上年结转", "其他"]
    for lab in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]:
        c = rows[lab]
        sum_check(r, f"{lab}: 小计 = 中央+省+市+县区", c[1], [val(x) for x in c[2:6]])
        sum_check(r, f"{lab}: 总 = 小计+结转+其他", c[0], [val(c[1]), val(c[6]), val(c[7])])
    b, a, e = rows["全年预算资金"], rows["实际到位资金"], rows["全年执行资金"]
    for i, name in enumerate(cols):
        if not blank(rows["资金结余"][i]):
            sum_check(r, f"资金结余 {name} = (3)-(4)", rows["资金结余"][i], [val(a[i]), -val(e[i])], code="balance_mismatch")
        rate_check(r, f"到位率 {name} = (3)/(2)", rows["预算到位率(%)"][i], val(a[i]), val(b[i]))
        rate_check(r, f"执行率 {name} = (4)/(2)", rows["预算执行率(%)"][i], val(e[i]), val(b[i]))
        r.add("implausible_rate", f"{name}: 执行 <= 到位 <= 预算", val(e[i]) <= val(a[i]) <= val(b[i]))
    # prose funds
    m = one(t, r"年初批复项目预算" + NUM + r"万元，其中省级城市排水防涝补助资金" + NUM + r"万元、区级财政资金" + NUM + r"万元，(\d{4})年结转的" + NUM + "万元")
    sum_check(r, "年初 420 = 省级 + 区级", m.group(1), [num(m.group(2)), num(m.group(3))])
    same(r, "prose 年初 财政 = table (1) 小计", m.group(1), num(m.group(1)), val(rows["年初预算资金"][1]))
    same(r, "prose 省级 = table (1) 省级", m.group(2), num(m.group(2)), val(rows["年初预算资金"][3]))
    same(r, "prose 区级 = table (1) 县区级", m.group(3), num(m.group(3)), val(rows["年初预算资金"][5]))
    same(r, "prose 结转 = table (1) 结转", m.group(5), num(m.group(5)), val(rows["年初预算资金"][6]))
    r.add("year_mismatch", "incoming carry-over from the year before", int(m.group(4)) == Y - 1)
    m2 = one(t, r"追加区级资金" + NUM + r"万元，全年预算调整为" + NUM + "万元")
    sum_check(r, "全年 = 年初总 + 追加", m2.group(2), [val(rows["年初预算资金"][0]), num(m2.group(1))])
    sum_check(r, "(2) 县区级 = (1) 县区级 + 追加", rows["全年预算资金"][5], [val(rows["年初预算资金"][5]), num(m2.group(1))])
    same(r, "prose 全年预算 = table (2) 总", m2.group(2), num(m2.group(2)), val(b[0]))
    r.add("rate_mismatch", "资金均已到位: (3) = (2)", all(val(a[i]) == val(b[i]) for i in range(8)))
    m3 = one(t, r"项目支出" + NUM + r"万元，预算执行率" + NUM + "%")
    same(r, "prose 支出 = table (4) 总", m3.group(1), num(m3.group(1)), val(e[0]))
    rate_check(r, "prose 执行率", m3.group(2) + "%", num(m3.group(1)), num(m2.group(2)))
    m4 = one(t, r"易涝点整治工程" + NUM + r"万元、管道清掏疏通" + NUM + r"万元、设施巡查维修" + NUM + "万元")
    sum_check(r, "支出结构 = 支出", m3.group(1), [num(m4.group(i)) for i in (1, 2, 3)])
    m5 = one(t, r"共确定易涝点(\d+)处，其中(\d+)处列入2018年整治计划，其余(\d+)处")
    sum_check(r, "23 = 18 + 5", m5.group(1), [num(m5.group(2)), num(m5.group(3))])
    m6 = one(t, r"单处平均" + NUM + "万元")
    r.add("average_mismatch", "单处平均 = 整治工程 / 18", near(m6.group(1), num(m4.group(1)) / num(m5.group(2))))
    m7 = one(t, r"清掏疏通雨水管道" + NUM + r"公里，比年度目标多" + NUM + "公里")
    m7t = one(t, r"清掏疏通雨水管道不少于" + NUM + "公里")
    sum_check(r, "多出 = 实际 - 目标", m7.group(2), [num(m7.group(1)), -num(m7t.group(1))])
    m8 = one(t, r"清掏雨水井" + NUM + r"座，按每座" + NUM + r"元的单价支付清掏费" + NUM + "万元")
    prod_check(r, "雨水井 × 单价 = 清掏费", m8.group(3), num(m8.group(3)), [num(m8.group(1)), num(m8.group(2)) * MONEY["元"]])
    m9 = one(t, r"发放问卷" + NUM + r"份，收回有效问卷" + NUM + r"份，回收率" + NUM + r"%，其中表示满意的" + NUM + r"份，满意度" + NUM + "%")
    rate_check(r, "回收率", m9.group(3) + "%", num(m9.group(2)), num(m9.group(1)))
    rate_check(r, "满意度", m9.group(5) + "%", num(m9.group(4)), num(m9.group(2)))
    m10 = one(t, r"积水均在" + NUM + "小时内消退")
    m11 = one(t, r"排水设施完好率" + NUM + "%")
    # annex
    names = ["预算执行率", "易涝点整治数量", "雨水管道清掏疏通长度", "整治工程验收合格率", "单处易涝点平均整治费用",
             "整治点位雨后积水消退时间", "排水设施完好率", "周边居民及商户满意度"]
    W, S = [], []
    for nm in names:
        w, tg, ac, comp, sc = tab_cells(t, nm, 5)
        W.append(num(w))
        S.append(num(sc))
        indicator_row(r, nm, tg, ac, w, sc, comp)
        if nm == "预算执行率":
            rate_check(r, "附件1 预算执行率 业绩值", ac, val(e[0]), val(b[0]))
        if nm == "雨水管道清掏疏通长度":
            same(r, "清掏长度 prose = 附件1", m7.group(1), num(m7.group(1)), num(ac))
        if nm == "单处易涝点平均整治费用":
            same(r, "单处平均 prose = 附件1", m6.group(1), num(m6.group(1)), num(ac))
        if nm == "整治点位雨后积水消退时间":
            same(r, "消退时间 prose = 附件1", m10.group(1), num(m10.group(1)), num(ac))
        if nm == "排水设施完好率":
            same(r, "完好率 prose = 附件1", m11.group(1), num(m11.group(1)), num(ac))
        if nm == "周边居民及商户满意度":
            same(r, "满意度 prose = 附件1", m9.group(5), num(m9.group(5)), num(ac))
    r.add("weight_sum_mismatch", f"Σ权重 {sum(W)} = 100", sum(W) == HUNDRED)
    mt = one(t, r"自评总得分" + NUM + r"分，属于“(.+?)”")
    sum_check(r, "Σ指标得分 = 总得分", mt.group(1), S, code="score_sum_mismatch")
    grade_check(r, "grade of 总得分", mt.group(2), num(mt.group(1)))
    year_checks(r, t, Y, r"城市管理局\n(\d{4})年度城区易涝点", r"\n(\d{4})年3月18日")
    return r


# ---------------------------------------------------------------- D2 Guangxi
def check_liuzhou(t):
    r = Res()
    Y = 2019
    tot = line_cells(t, "年度资金总额", "\t")
    subs = [line_cells(t, lab, "\t") for lab in ["其中：当年财政拨款", "上年结转资金", "其他资金"]]
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        sum_check(r, f"年度资金总额 {col} = Σ其中", tot[j], [val(s[j]) for s in subs])
    rate_check(r, "附表 执行率", tot[4], num(tot[2]), num(tot[1]))
    r.add("score_exceeds_weight", "执行率 score <= 10", num(tot[5]) <= num(tot[3]))
    r.add("score_rule_mismatch", "执行率 score = 10 × rate",
          near(tot[5], num(tot[3]) * min(num(tot[2]) / num(tot[1]), Decimal(1))))
    for s, lab in zip(subs, ["当年财政拨款", "上年结转资金", "其他资金"]):
        if val(s[1]) == 0:
            r.add("implausible_rate", f"{lab}: no rate on a zero base", blank(s[4]) or num(s[4]) == 0)
        r.add("implausible_rate", f"{lab}: 执行 <= 全年", val(s[2]) <= val(s[1]))
    m = one(t, r"年初预算" + NUM + r"万元，均为市本级财政拨款。")
    same(r, "prose 年初 = 附表", m.group(1), num(m.group(1)), num(tot[0]))
    m2 = one(t, r"(\d{4})年结转的机组大修资金" + NUM + r"万元纳入本年预算，全年预算调整为" + NUM + "万元")
    r.add("year_mismatch", "结转 from the year before", int(m2.group(1)) == Y - 1)
    sum_check(r, "全年 = 年初 + 结转", m2.group(3), [num(m.group(1)), num(m2.group(2))])
    same(r, "prose 结转 = 附表", m2.group(2), num(m2.group(2)), val(subs[1][1]))
    same(r, "prose 全年 = 附表", m2.group(3), num(m2.group(3)), num(tot[1]))
    m3 = one(t, r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%；分来源看，当年财政拨款执行率" + NUM + r"%，上年结转资金执行率" + NUM + "%")
    same(r, "prose 支出 = 附表", m3.group(1), num(m3.group(1)), num(tot[2]))
    rate_check(r, "prose 执行率", m3.group(2) + "%", num(m3.group(1)), num(m2.group(3)))
    rate_check(r, "当年财政拨款执行率", m3.group(3) + "%", val(subs[0][2]), val(subs[0][1]))
    rate_check(r, "上年结转资金执行率", m3.group(4) + "%", val(subs[1][2]), val(subs[1][1]))
    same(r, "prose 执行率 = 附表", m3.group(2) + "%", num(m3.group(2)), num(tot[4]), tot[4])
    m4 = one(t, r"尚未支付的" + NUM + "万元")
    sum_check(r, "未支付 = 全年 - 支出", m4.group(1), [num(m2.group(3)), -num(m3.group(1))], code="balance_mismatch")
    m5 = one(t, r"电费" + NUM + r"万元、机电设备维修养护" + NUM + r"万元、值守及运行人员劳务" + NUM + r"万元、应急抢险物资及油料" + NUM + "万元")
    sum_check(r, "支出结构 = 支出", m3.group(1), [num(m5.group(i)) for i in range(1, 5)])
    m6 = one(t, r"用电" + NUM + r"万千瓦时，平均电价" + NUM + r"元/千瓦时；电费比(\d{4})年的" + NUM + r"万元增加" + NUM + "万元")
    prod_check(r, "电费 = 用电量 × 电价", m5.group(1), num(m5.group(1)),
               [num(m6.group(1)) * 10000, num(m6.group(2)) * MONEY["元"]])
    sum_check(r, "电费增加 = 本年 - 上年", m6.group(5), [num(m5.group(1)), -num(m6.group(4))])
    m7 = one(t, r"累计降雨" + NUM + r"毫米，较(\d{4})年同期的" + NUM + r"毫米偏多" + NUM + "%")
    rate_check(r, "降雨偏多", m7.group(4) + "%", num(m7.group(1)) - num(m7.group(3)), num(m7.group(3)))
    stations = ["河东泵站", "白沙泵站", "竹鹅溪泵站", "鹧鸪江泵站", "香兰泵站"]
    st = [line_cells(t, s, "\t") for s in stations]
    hj = line_cells(t, "合计", "\t")
    for j, col in enumerate(["装机容量", "机组", "运行时间", "抽排水量"]):
        sum_check(r, f"泵站表 合计 {col}", hj[j], [num(s[j]) for s in st])
    m8 = one(t, r"总装机容量" + NUM + "千瓦")
    same(r, "装机容量 prose = 表", m8.group(1), num(m8.group(1)), num(hj[0]))
    m9 = one(t, r"(\d+)座泵站累计运行" + NUM + r"小时，平均每座" + NUM + r"小时，比(\d{4})年全年的" + NUM + r"小时增加" + NUM + "小时")
    same(r, "累计运行 prose = 表", m9.group(2), num(m9.group(2)), num(hj[2]))
    r.add("average_mismatch", "平均每座 = mean of station hours",
          near(m9.group(3), sum(num(s[2]) for s in st) / len(st)))
    sum_check(r, "增加 = 本年 - 上年", m9.group(6), [num(m9.group(2)), -num(m9.group(5))])
    m10 = one(t, r"机组完好率保持在" + NUM + "%")
    m11 = one(t, r"接警后一般" + NUM + "分钟内到场")
    m12 = one(t, r"出现内涝积水(\d+)处次，2019年降至(\d+)处次，下降" + NUM + "%")
    rate_check(r, "积水处次下降", m12.group(3) + "%", num(m12.group(1)) - num(m12.group(2)), num(m12.group(1)))
    names = ["运行维护泵站数量", "累计排涝运行时间", "机组完好率", "险情抢修到场时间", "运行维护费用",
             "主要易涝路段积水消退时间", "泵站安全生产事故", "沿线居民及商户满意度"]
    W, S = [num(tot[3])], [num(tot[5])]
    for nm in names:
        c = line_cells(t, nm, "\t")
        tg, ac, w, sc = c[0], c[1], c[2], c[3]
        W.append(num(w))
        S.append(num(sc))
        indicator_row(r, nm, tg, ac, w, sc)
        if nm == "机组完好率":
            same(r, "完好率 prose = 附表", m10.group(1), num(m10.group(1)), num(ac))
            r.add("implausible_rate", "完好率 <= 100%", num(ac) <= HUNDRED)
        if nm == "累计排涝运行时间":
            same(r, "运行时间 附表 = 泵站表", ac, num(ac), num(hj[2]))
        if nm == "险情抢修到场时间":
            same(r, "到场时间 prose = 附表", m11.group(1), num(m11.group(1)), num(ac))
        if nm == "运行维护费用":
            same(r, "运行维护费用 = 全年执行数", ac, wan(ac), num(tot[2]))
    zf = line_cells(t, "总分", "\t")
    r.add("weight_sum_mismatch", f"Σ分值 {sum(W)} = 100 = 总分 分值", sum(W) == HUNDRED == num(zf[0]))
    sum_check(r, "Σ得分 = 总分", zf[1], S, code="score_sum_mismatch")
    md = one(t, r"预算执行率指标扣" + NUM + "分，其余指标均得满分")
    sum_check(r, "扣分 = 10 - 执行率得分", md.group(1), [num(tot[3]), -num(tot[5])], code="score_sum_mismatch")
    mg = one(t, r"自评等级为“(.)”")
    grade_check(r, "grade of 总分", mg.group(1), num(zf[1]))
    year_checks(r, t, Y, r"排水管理处(\d{4})年度城区排涝泵站", r"\n(\d{4})年4月10日",
                extra=[r"\n(\d{4})年度项目支出绩效自评表"])
    pub = int(one(t, r"发布时间：(\d{4})-").group(1))
    r.add("year_mismatch", "published the following year", pub in (Y, Y + 1))
    return r


# ---------------------------------------------------------------- D3 Jiangxi
def check_jizhou(t):
    r = Res()
    Y = 2021
    tot = pdf_cells(t, "年度资金总额", 6)
    subs = [pdf_cells(t, lab, 6) for lab in ["其中：当年财政拨款", "上年结转资金", "其他资金"]]
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        sum_check(r, f"年度资金总额 {col} = Σ其中", tot[j], [val(s[j]) for s in subs])
    rate_check(r, "附件1 执行率", tot[4], num(tot[2]), num(tot[1]))
    r.add("score_exceeds_weight", "执行率 score <= 10", num(tot[5]) <= num(tot[3]))
    r.add("score_rule_mismatch", "执行率 score", near(tot[5], num(tot[3]) * num(tot[2]) / num(tot[1])))
    for s, lab in zip(subs, ["当年财政拨款", "上年结转资金", "其他资金"]):
        rate_check(r, f"{lab} 执行率 cell", s[4], val(s[2]), val(s[1]))
        r.add("implausible_rate", f"{lab}: 执行 <= 全年", val(s[2]) <= val(s[1]))
    m = one(t, r"年初预算安排区级财政资金" + NUM + r"万元，并将上年结转资金" + NUM + r"万元纳入年初预算；3月，将(\d{4})年(\d+)月提前下达的省级城市排水防涝补助资金" + NUM + r"万元纳入预算，当年财政拨款全年预算增至" + NUM + r"万元，项目全年预算" + NUM + "万元")
    same(r, "区级 年初 = 表", m.group(1), num(m.group(1)), val(subs[0][0]))
    same(r, "结转 年初 = 表", m.group(2), num(m.group(2)), val(subs[1][0]))
    r.add("year_mismatch", "advance issued in the December before the year",
          (int(m.group(3)), int(m.group(4))) == (Y - 1, 12) or int(m.group(3)) == Y)
    sum_check(r, "当年拨款 全年 = 区级 + 省级", m.group(6), [num(m.group(1)), num(m.group(5))])
    same(r, "当年拨款 全年 = 表", m.group(6), num(m.group(6)), val(subs[0][1]))
    sum_check(r, "项目全年 = 当年拨款 + 结转", m.group(7), [num(m.group(6)), num(m.group(2))])
    same(r, "项目全年 = 表", m.group(7), num(m.group(7)), num(tot[1]))
    m2 = one(t, r"项目实际支出" + NUM + r"万元，其中当年财政拨款支出" + NUM + r"万元，执行率" + NUM + "%，上年结转资金全部支出")
    same(r, "支出 = 表", m2.group(1), num(m2.group(1)), num(tot[2]))
    same(r, "当年拨款支出 = 表", m2.group(2), num(m2.group(2)), val(subs[0][2]))
    rate_check(r, "当年财政拨款执行率", m2.group(3) + "%", num(m2.group(2)), num(m.group(6)))
    r.add("rate_mismatch", "上年结转资金全部支出: 执行 = 全年", val(subs[1][2]) == val(subs[1][1]))
    m3 = one(t, r"未执行的" + NUM + "万元")
    sum_check(r, "未执行 = 全年 - 支出", m3.group(1), [num(m.group(7)), -num(m2.group(1))], code="balance_mismatch")
    m4 = one(t, r"工程施工费" + NUM + r"万元、设计及监理费" + NUM + r"万元、雨水箅子更换" + NUM + r"万元、检测及其他" + NUM + "万元")
    sum_check(r, "支出结构 = 支出", m2.group(1), [num(m4.group(i)) for i in range(1, 5)])
    m5 = one(t, r"雨水箅子" + NUM + r"套，单价" + NUM + "元/套")
    prod_check(r, "箅子 × 单价 = 更换费", m4.group(3), num(m4.group(3)), [num(m5.group(1)), num(m5.group(2)) * MONEY["元"]])
    m6 = one(t, r"完成易涝点整治(\d+)处，分布在.+?分别为(\d+)处、(\d+)处、(\d+)处、(\d+)处和(\d+)处")
    sum_check(r, "易涝点 by street", m6.group(1), [num(m6.group(i)) for i in range(2, 7)])
    m7 = one(t, r"共排查出易涝点(\d+)处")
    m8 = one(t, r"其余(\d+)处涉及棚户区改造")
    sum_check(r, "剩余 = 排查 - 完成", m8.group(1), [num(m7.group(1)), -num(m6.group(1))])
    m9 = one(t, r"(\d+)处点位平均整治成本约" + NUM + "万元")
    lo = num(m9.group(2)) - tol(m9.group(2))
    hi = num(m9.group(2)) + tol(m9.group(2))
    r.add("average_mismatch", "约 平均整治成本 (approximate)", lo <= num(m4.group(1)) / num(m9.group(1)) <= hi)
    m10 = one(t, r"现场抽查整治点位(\d+)处，占全部点位的" + NUM + "%")
    rate_check(r, "抽查比例", m10.group(2) + "%", num(m10.group(1)), num(m6.group(1)))
    m11 = one(t, r"雨水管渠" + NUM + r"公里，完成年度目标（" + NUM + r"公里）的" + NUM + "%")
    r.add("completion_mismatch", "管渠 completion", near(m11.group(3), num(m11.group(1)) / num(m11.group(2)) * HUNDRED))
    m12 = one(t, r"新建和改造雨水口(\d+)个")
    m13 = one(t, r"(\d+)处点位中(\d+)处在主汛期（6月30日）前完工，完工率" + NUM + "%")
    rate_check(r, "主汛期前完工率", m13.group(3) + "%", num(m13.group(2)), num(m13.group(1)))
    m14 = one(t, r"排水设施完好率" + NUM + "%")
    m15 = one(t, r"走访群众和商户(\d+)人，其中表示满意的(\d+)人，满意度" + NUM + r"%，比2020年同类调查的" + NUM + r"%提高" + NUM + "个百分点")
    rate_check(r, "满意度", m15.group(3) + "%", num(m15.group(2)), num(m15.group(1)))
    sum_check(r, "满意度提高", m15.group(5), [num(m15.group(3)), -num(m15.group(4))])
    names = ["易涝点整治数量", "新建改造雨水管渠长度", "新建改造雨水口数量", "工程验收合格率", "主汛期前完工率",
             "整治点位雨停后退水时间", "排水设施完好率", "周边群众满意度"]
    W, S, rows = [num(tot[3])], [num(tot[5])], {}
    for nm in names:
        tg, ac, w, sc = pdf_cells(t, nm, 4)
        rows[nm] = (tg, ac, w, sc)
        W.append(num(w))
        S.append(num(sc))
        indicator_row(r, nm, tg, ac, w, sc)
    same(r, "整治数量 prose = 表", m6.group(1), num(m6.group(1)), num(rows["易涝点整治数量"][1]))
    same(r, "管渠 prose = 表", m11.group(1), num(m11.group(1)), num(rows["新建改造雨水管渠长度"][1]))
    same(r, "管渠目标 prose = 表", m11.group(2), num(m11.group(2)), num(rows["新建改造雨水管渠长度"][0]))
    same(r, "雨水口 prose = 表", m12.group(1), num(m12.group(1)), num(rows["新建改造雨水口数量"][1]))
    same(r, "完工率 prose = 表", m13.group(3), num(m13.group(3)), num(rows["主汛期前完工率"][1]))
    same(r, "完好率 prose = 表", m14.group(1), num(m14.group(1)), num(rows["排水设施完好率"][1]))
    same(r, "满意度 prose = 表", m15.group(3), num(m15.group(3)), num(rows["周边群众满意度"][1]))
    zf = pdf_cells(t, "总分", 2)
    r.add("weight_sum_mismatch", f"Σ分值 {sum(W)} = 100", sum(W) == HUNDRED == num(zf[0]))
    sum_check(r, "Σ得分 = 总分", zf[1], S, code="score_sum_mismatch")
    mt = one(t, r"本项目自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|合格|较差|优|良|中|差)")
    same(r, "总分 prose = 表", mt.group(1), num(mt.group(1)), num(zf[1]))
    grade_check(r, "grade", mt.group(2), num(mt.group(1)))
    md = one(t, r"主汛期前完工率未达目标扣" + NUM + r"分，预算执行率指标扣" + NUM + "分")
    sum_check(r, "完工率扣分", md.group(1), [num(rows["主汛期前完工率"][2]), -num(rows["主汛期前完工率"][3])], code="score_sum_mismatch")
    sum_check(r, "执行率扣分", md.group(2), [num(tot[3]), -num(tot[5])], code="score_sum_mismatch")
    year_checks(r, t, Y, r"\n(\d{4})年度城区易涝点整治项目支出", r"\n(\d{4})年2月18日", extra=[r"（(\d{4})年度）"])
    return r


# ---------------------------------------------------------------- D4 Fujian (department)
def check_licheng(t):
    r = Res()
    Y = 2022
    m = one(t, r"年初财政拨款预算" + NUM + r"万元，年中追加易涝点整治和防汛抢险资金" + NUM + r"万元。部门收入合计" + NUM + r"万元，其中财政拨款收入" + NUM + r"万元、上年结转" + NUM + "万元")
    sum_check(r, "财政拨款 = 年初 + 追加", m.group(4), [num(m.group(1)), num(m.group(2))])
    sum_check(r, "收入 = 拨款 + 结转", m.group(3), [num(m.group(4)), num(m.group(5))])
    m2 = one(t, r"全年支出" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元，部门整体预算执行率" + NUM + r"%，年末结转结余" + NUM + "万元")
    sum_check(r, "支出 = 基本 + 项目", m2.group(1), [num(m2.group(2)), num(m2.group(3))])
    rate_check(r, "部门整体执行率", m2.group(4) + "%", num(m2.group(1)), num(m.group(3)))
    sum_check(r, "结转结余 = 收入 - 支出", m2.group(5), [num(m.group(3)), -num(m2.group(1))], code="balance_mismatch")
    m3 = one(t, r"全年支出较(\d{4})年的" + NUM + r"万元增长" + NUM + "%")
    rate_check(r, "支出增长", m3.group(3) + "%", num(m2.group(1)) - num(m3.group(2)), num(m3.group(2)))
    m4 = one(t, r"基本支出全年预算" + NUM + "万元")
    m5 = one(t, r"“三公”经费支出" + NUM + r"万元，比2021年的" + NUM + r"万元下降" + NUM + r"%，其中公务接待费" + NUM + r"万元、公务用车运行维护费" + NUM + "万元")
    sum_check(r, "三公 = 接待 + 公车", m5.group(1), [num(m5.group(4)), num(m5.group(5))])
    rate_check(r, "三公下降", m5.group(3) + "%", num(m5.group(2)) - num(m5.group(1)), num(m5.group(2)))
    projects = ["城区易涝点整治工程", "排水管网及泵站运行维护", "防汛应急物资储备及抢险", "市容环境卫生专项"]
    P = {p: line_cells(t, p, "｜") for p in projects}
    for p, c in P.items():
        rate_check(r, f"{p} 执行率", c[2], num(c[1]), num(c[0]))
        r.add("score_exceeds_weight", f"{p} 自评得分 {c[4]} <= 分值 {c[3]}", Decimal(0) <= num(c[4]) <= num(c[3]))
    hj = line_cells(t, "合计", "｜")
    sum_check(r, "表1 合计 全年预算", hj[0], [num(c[0]) for c in P.values()])
    sum_check(r, "表1 合计 执行数", hj[1], [num(c[1]) for c in P.values()])
    rate_check(r, "表1 合计 执行率", hj[2], num(hj[1]), num(hj[0]))
    same(r, "项目支出 prose = 表1 合计", m2.group(3), num(m2.group(3)), num(hj[1]))
    sum_check(r, "收入 = 基本支出预算 + 项目预算", m.group(3), [num(m4.group(1)), num(hj[0])])
    for p in ["防汛应急物资储备及抢险", "市容环境卫生专项"]:
        mm = one(t, p + r"(?:项目)?执行率" + NUM + "%")
        same(r, f"{p} 执行率 prose = 表1", mm.group(1), num(mm.group(1)), num(P[p][2]), P[p][2])
    m6 = one(t, r"救生器材等物资" + NUM + r"(万元|元)，抢险队伍补助及汛期值守费用" + NUM + "万元")
    sum_check(r, "防汛 执行 = 物资 + 抢险", P["防汛应急物资储备及抢险"][1],
              [num(m6.group(1)) * MONEY[m6.group(2)], num(m6.group(3))])
    m7 = one(t, r"为(\d+)个易涝小区各配备移动排水泵1台，每台采购价" + NUM + r"(元|万元)，合计" + NUM + "万元")
    prod_check(r, "排水泵 × 单价", m7.group(4), num(m7.group(4)), [num(m7.group(1)), num(m7.group(2)) * MONEY[m7.group(3)]])
    m8 = one(t, r"全年处置积水险情(\d+)起，其中(\d+)起在30分钟内到场，响应及时率" + NUM + "%")
    rate_check(r, "响应及时率", m8.group(3) + "%", num(m8.group(2)), num(m8.group(1)))
    m9 = one(t, r"投诉由2021年的(\d+)件下降到(\d+)件，降幅" + NUM + "%")
    rate_check(r, "投诉降幅", m9.group(3) + "%", num(m9.group(1)) - num(m9.group(2)), num(m9.group(1)))
    m10 = one(t, r"每个街道（镇）回收有效问卷(\d+)份，共" + NUM + "份")
    prod_check(r, "问卷 5 × 200", m10.group(2), num(m10.group(2)), [Decimal(5), num(m10.group(1))])
    m11 = one(t, r"满意度分别为" + NUM + "%、" + NUM + "%、" + NUM + "%、" + NUM + "%和" + NUM + r"%，平均" + NUM + "%")
    sat = [num(m11.group(i)) for i in range(1, 6)]
    for v in sat:
        r.add("implausible_rate", "satisfaction <= 100%", v <= HUNDRED)
    r.add("average_mismatch", "平均满意度", near(m11.group(6), sum(sat) / 5))
    m12 = one(t, r"积水点位由2021年的(\d+)处降至(\d+)处")
    m13 = one(t, r"但仍有(\d+)处")
    same(r, "积水点位 14 = 14", m12.group(2), num(m12.group(2)), num(m13.group(1)))
    ind = ["预算编制规范性", "预算执行率", "资金使用合规性", "资产管理规范性", "易涝点整治完成率", "排水设施运维达标率",
           "防汛应急响应及时率", "城区内涝积水点位减少", "群众满意度"]
    W, S, rows = [], [], {}
    for nm in ind:
        c = line_cells(t, nm, "｜")
        rows[nm] = c
        W.append(num(c[0]))
        S.append(num(c[1]))
        r.add("score_exceeds_weight", f"{nm} score <= weight", Decimal(0) <= num(c[1]) <= num(c[0]))
    r.add("score_rule_mismatch", "执行率 score = 15 × rate",
          near(rows["预算执行率"][1], num(rows["预算执行率"][0]) * num(m2.group(4)) / HUNDRED))
    r.add("score_rule_mismatch", "及时率 score = 10 × rate",
          near(rows["防汛应急响应及时率"][1], num(rows["防汛应急响应及时率"][0]) * num(m8.group(3)) / HUNDRED))
    zf = line_cells(t, "总分", "｜")
    r.add("weight_sum_mismatch", f"表2 Σ分值 {sum(W)} = 100", sum(W) == num(zf[0]) == HUNDRED)
    sum_check(r, "表2 Σ得分 = 总分", zf[1], S, code="score_sum_mismatch")
    mt = one(t, r"部门整体支出绩效自评得分" + NUM + "分")
    same(r, "总分 prose = 表2", mt.group(1), num(mt.group(1)), num(zf[1]))
    grade_check(r, "表2 grade", one(zf[2], r"评价等级：(.+)$").group(1), num(zf[1]))
    md = one(t, r"预算执行率指标按执行率计分扣" + NUM + r"分，资产管理扣" + NUM + r"分，防汛应急响应及时率扣" + NUM + r"分，城区内涝积水点位减少指标因仍有积水点位扣" + NUM + r"分，合计扣" + NUM + "分")
    pairs = [("预算执行率", 1), ("资产管理规范性", 2), ("防汛应急响应及时率", 3), ("城区内涝积水点位减少", 4)]
    for nm, g in pairs:
        sum_check(r, f"扣分 {nm}", md.group(g), [num(rows[nm][0]), -num(rows[nm][1])], code="score_sum_mismatch")
    sum_check(r, "合计扣分", md.group(5), [num(md.group(g)) for _, g in pairs], code="score_sum_mismatch")
    sum_check(r, "合计扣分 = 100 - 总分", md.group(5), [HUNDRED, -num(zf[1])], code="score_sum_mismatch")
    year_checks(r, t, Y, r"城市管理局(\d{4})年度部门整体支出", r"\n(\d{4})年3月28日")
    pub = int(one(t, r"发布日期：(\d{4})-").group(1))
    r.add("year_mismatch", "published the following year", pub in (Y, Y + 1))
    return r


# ---------------------------------------------------------------- D5 Hubei
def check_shashi(t):
    r = Res()
    Y = 2024
    m = one(t, r"年初预算" + NUM + r"万元，均为区级财政资金；6月入汛后，市级下达应急排涝补助资金" + NUM + r"万元，全年预算" + NUM + r"万元，资金全部到位。全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，其中区级资金执行率" + NUM + "%，市级资金全部支出")
    sum_check(r, "全年 = 年初 + 市级", m.group(3), [num(m.group(1)), num(m.group(2))])
    rows = {lab: line_cells(t, lab, "|") for lab in ["区级财政资金", "市级补助资金"]}
    hj = line_cells(t, "合计", "|")
    for lab, c in list(rows.items()) + [("合计", hj)]:
        # 行次, 全年预算, 到位, 支出, 结余, 执行率
        sum_check(r, f"{lab} 结余 = 到位 - 支出", c[4], [num(c[2]), -num(c[3])], code="balance_mismatch")
        rate_check(r, f"{lab} 执行率", c[5], num(c[3]), num(c[1]))
        r.add("implausible_rate", f"{lab}: 支出 <= 到位 <= 预算", num(c[3]) <= num(c[2]) <= num(c[1]))
    for j, col in enumerate(["全年预算", "到位", "支出", "结余"], start=1):
        sum_check(r, f"合计 {col} = 行1 + 行2", hj[j], [num(rows["区级财政资金"][j]), num(rows["市级补助资金"][j])])
    same(r, "区级 年初 = 表 全年 (no adjustment of 区级)", m.group(1), num(m.group(1)), num(rows["区级财政资金"][1]))
    same(r, "市级 = 表", m.group(2), num(m.group(2)), num(rows["市级补助资金"][1]))
    same(r, "全年 prose = 表", m.group(3), num(m.group(3)), num(hj[1]))
    r.add("rate_mismatch", "资金全部到位", num(hj[2]) == num(hj[1]))
    same(r, "支出 prose = 表", m.group(4), num(m.group(4)), num(hj[3]))
    rate_check(r, "prose 执行率", m.group(5) + "%", num(m.group(4)), num(m.group(3)))
    rate_check(r, "prose 区级执行率", m.group(6) + "%", num(rows["区级财政资金"][3]), num(rows["区级财政资金"][1]))
    r.add("rate_mismatch", "市级资金全部支出", num(rows["市级补助资金"][3]) == num(rows["市级补助资金"][1]))
    m2 = one(t, r"管道清淤疏浚" + NUM + r"万元，应急排涝抢险" + NUM + r"万元，淤泥外运处置" + NUM + r"万元，管道检测" + NUM + "万元")
    sum_check(r, "支出结构 = 支出", m.group(4), [num(m2.group(i)) for i in range(1, 5)])
    m3 = one(t, r"全年清淤管道" + NUM + r"公里，其中主干管" + NUM + r"公里、支管" + NUM + r"公里。主干管按综合单价" + NUM + r"万元/公里结算，计" + NUM + r"万元；支管按每公里" + NUM + r"(元|万元)结算，计" + NUM + "万元")
    sum_check(r, "清淤长度 = 主干 + 支管", m3.group(1), [num(m3.group(2)), num(m3.group(3))])
    prod_check(r, "主干管 费用", m3.group(5), num(m3.group(5)), [num(m3.group(2)), num(m3.group(4))])
    prod_check(r, "支管 费用", m3.group(8), num(m3.group(8)), [num(m3.group(3)), num(m3.group(6)) * MONEY[m3.group(7)]])
    sum_check(r, "清淤疏浚 = 主干 + 支管费用", m2.group(1), [num(m3.group(5)), num(m3.group(8))])
    m4 = one(t, r"外运处置淤泥约" + NUM + r"立方米，处置费" + NUM + "万元")
    ac_price = line_cells(t, "淤泥外运处置单价", "|")[1]
    q = num(m4.group(1))
    half = tol(m4.group(1).replace(",", "")) if "." in m4.group(1) else Decimal("0.5")
    price = num(ac_price) * MONEY["元"]
    prod_check(r, "约 淤泥量 × 单价 = 处置费", m4.group(2), num(m4.group(2)), [q, price],
               approx=((q - half) * price, (q + half) * price))
    same(r, "处置费 = 支出结构", m4.group(2), num(m4.group(2)), num(m2.group(3)))
    m5 = one(t, r"累计降雨" + NUM + r"毫米，为(\d{4})年同期（" + NUM + r"毫米）的" + NUM + "倍")
    r.add("rate_mismatch", "降雨倍数", near(m5.group(4), num(m5.group(1)) / num(m5.group(3))))
    m6 = one(t, r"中山街道(\d+)处、崇文街道(\d+)处、解放街道(\d+)处、胜利街道(\d+)处、朝阳街道(\d+)处，合计(\d+)处")
    sum_check(r, "易涝点 by street", m6.group(6), [num(m6.group(i)) for i in range(1, 6)])
    m7 = one(t, r"出动抢险人员" + NUM + "人次")
    m8 = one(t, r"清淤长度完成年度目标的" + NUM + "%")
    m9 = one(t, r"过水断面恢复率" + NUM + "%，未达到")
    m10 = one(t, r"雨停后平均" + NUM + "小时排除")
    m11 = one(t, r"沿线居民及商户满意度" + NUM + "%，")
    names = ["预算执行率", "清淤管道长度", "过水断面恢复率", "主干管汛前清淤完成率", "淤泥外运处置单价", "抢险人员出动",
             "积水点雨停后排除时间", "汛期内涝致人员伤亡事故", "易涝点台账及应急预案", "沿线居民及商户满意度"]
    W, S, rows2 = [], [], {}
    for nm in names:
        c = line_cells(t, nm, "|")
        if nm == "预算执行率":
            c = c[1:] if c[0] == "预算执行率" else c
        tg, ac, w, sc = c[0], c[1], c[2], c[3]
        rows2[nm] = (tg, ac, w, sc)
        W.append(num(w))
        S.append(num(sc))
        if nm == "预算执行率":
            rate_check(r, "附件 执行率", ac, num(hj[3]), num(hj[1]))
            r.add("score_exceeds_weight", "执行率 score <= 20", num(sc) <= num(w))
            r.add("score_rule_mismatch", "执行率 score = 20 × rate", near(sc, num(w) * num(hj[3]) / num(hj[1])))
        else:
            indicator_row(r, nm, tg, ac, w, sc)
    tg, ac = rows2["清淤管道长度"][0], rows2["清淤管道长度"][1]
    r.add("completion_mismatch", "清淤长度 completion (prose)", near(m8.group(1), num(ac) / num(tg) * HUNDRED))
    same(r, "清淤长度 prose = 附件", m3.group(1), num(m3.group(1)), num(ac))
    same(r, "抢险人员 prose = 附件", m7.group(1), num(m7.group(1)), num(rows2["抢险人员出动"][1]))
    same(r, "恢复率 prose = 附件", m9.group(1), num(m9.group(1)), num(rows2["过水断面恢复率"][1]))
    same(r, "排除时间 prose = 附件", m10.group(1), num(m10.group(1)), num(rows2["积水点雨停后排除时间"][1]))
    same(r, "满意度 prose = 附件", m11.group(1), num(m11.group(1)), num(rows2["沿线居民及商户满意度"][1]))
    same(r, "执行率 prose = 附件", m.group(5), num(m.group(5)), num(rows2["预算执行率"][1]))
    r.add("weight_sum_mismatch", f"Σ分值 {sum(W)} = 100", sum(W) == HUNDRED)
    mw = one(t, r"预算执行率指标分值(\d+)分，按执行率计分；其余(\d+)分")
    r.add("weight_sum_mismatch", "20 + 80 split", num(mw.group(1)) == num(rows2["预算执行率"][2]) and
          num(mw.group(1)) + num(mw.group(2)) == HUNDRED)
    mt = one(t, r"综合自评得分" + NUM + r"分，评价等级为“(.)”")
    sum_check(r, "Σ得分 = 综合自评得分 (whole points)", mt.group(1), S, code="score_sum_mismatch")
    grade_check(r, "grade", mt.group(2), num(mt.group(1)))
    year_checks(r, t, Y, r"\](?:荆州市沙市区城市排水管理处)\n(\d{4})年度城区排水管网", r"\n(\d{4})年3月12日",
                extra=[r"附件\n(\d{4})年度项目支出绩效自评表"])
    return r


CHECKS = {
    "sx-yuci-yilaodian-2018": check_yuci,
    "gx-liuzhou-bengzhan-2019": check_liuzhou,
    "jx-jizhou-yilaodian-2021": check_jizhou,
    "fj-licheng-bumen-2022": check_licheng,
    "hb-shashi-qingyu-2024": check_shashi,
}


# ---------------------------------------------------------------- structure checks
def count_fig(text, fig):
    """Occurrences of a stand-alone figure (not part of a longer number), comparing by value."""
    target = Decimal(fig.replace(",", ""))
    n = 0
    for m in re.finditer(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d])", text):
        tok = m.group(0).rstrip(",")
        try:
            if Decimal(tok.replace(",", "")) == target:
                n += 1
        except Exception:
            pass
    return n


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def run(src, text):
    try:
        return CHECKS[src](text)
    except (AssertionError, ValueError, KeyError, IndexError, AttributeError) as exc:
        r = Res()
        r.add("parse_error", f"{type(exc).__name__}: {exc}", False)
        return r


def main():
    problems = []
    warnings = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35 or sum(l["clean"] for l in labels) != 5:
        problems.append(f"expected 35 cases (5 clean), got {len(labels)}")
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    by_case = {l["case"]: l for l in labels}
    for src in SOURCES:
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        n = len(clean)
        if not 2800 <= n <= 3400:
            problems.append(f"{src}: clean draft has {n} characters")
        res = run(src, clean)
        bad = [(c, d) for c, d in res.failed() if c not in WARN]
        if bad:
            problems.append(f"{src}-clean fails: {bad}")
        for c, d in res.failed():
            if c in WARN:
                warnings.append(f"{src}-clean: {c}: {d}")
        print(f"{src}-clean: {len(res.items)} checks, {len(bad)} error-level failures")
        for i, ed in enumerate(EDITS[src], 1):
            name = f"{src}-e{i}.txt"
            text = open(os.path.join(CASES, name), encoding="utf-8").read()
            lab = by_case[name]
            exp = lab["expected"]
            if len(exp) != 1 or exp[0]["code"] != ed["code"] or exp[0]["severity"] != "error":
                problems.append(f"{name}: label does not match the edit")
            val_ = exp[0]["value"]
            occ = [m.start() for m in re.finditer(re.escape(val_), text)]
            if not occ:
                problems.append(f"{name}: value not in case")
            if len(occ) > 1:
                warnings.append(f"{name}: value occurs {len(occ)} times")
            (ca, cb), (ea, eb) = diff_region(clean, text)
            if eb <= ea and cb <= ca:
                problems.append(f"{name}: identical to clean")
            if not any(o < max(eb, ea + 1) and ea < o + len(val_) for o in occ):
                problems.append(f"{name}: diff region [{ea},{eb}) does not overlap the value")
            if eb - ea > 12 or cb - ca > 12:
                problems.append(f"{name}: changed region too long ({cb - ca} -> {eb - ea} chars)")
            if ed["fig"]:
                fo, fn, mode = ed["fig"]
                want = 2 if mode == "twice" else 1
                if count_fig(clean, fo) != want:
                    problems.append(f"{name}: old figure {fo} occurs {count_fig(clean, fo)} times in clean, want {want}")
                if count_fig(text, fn) != 1:
                    problems.append(f"{name}: new figure {fn} occurs {count_fig(text, fn)} times in case")
            res = run(src, text)
            failed = {c for c, d in res.failed() if c not in WARN}
            if failed != {ed["code"]}:
                problems.append(f"{name}: expected failing codes {{{ed['code']}}}, got {sorted(failed)}: "
                                f"{[x for x in res.failed() if x[0] not in WARN]}")
            for c, d in res.failed():
                if c in WARN:
                    warnings.append(f"{name}: {c}: {d}")
            counts[ed["code"]] += 1
            where[ed["where"]] += 1
            print(f"  {name}: {ed['code']:<22} {ed['where']:<6} fails={sorted(failed)}")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times")
    print("per code:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("where:", where)
    for w in warnings:
        print("warning:", w)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
