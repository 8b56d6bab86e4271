#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, code coverage, and the arithmetic of every clean draft.

Pure Python 3. Prints OK at the end, or the list of failures and exits 1.
Tolerance follows rules.md §8: a stated value with d decimals matches a computed c when |c - v| <= 0.5*10^-d.
"""
import difflib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list: which edits are score-row edits)

FAIL = []
NCHECK = Counter()

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]


def fail(msg):
    FAIL.append(msg)


# ---------------------------------------------------------------- numbers
class N:
    """A number as written: value and count of decimals."""

    def __init__(self, s):
        self.s = s
        t = s.replace(",", "").replace("，", "")
        m = re.search(r"-?\d+(?:\.\d+)?", t)
        if not m:
            raise ValueError(f"no number in {s!r}")
        self.v = Decimal(m.group(0))
        self.d = len(m.group(0).split(".")[1]) if "." in m.group(0) else 0

    def __repr__(self):
        return self.s


def tol(n):
    return Decimal(5) / (Decimal(10) ** (n.d + 1)) + Decimal("1e-9")


def chk(src, label, stated, computed):
    NCHECK[src] += 1
    if not isinstance(stated, N):
        stated = N(str(stated))
    if abs(Decimal(computed) - stated.v) > tol(stated):
        fail(f"{src}: {label}: stated {stated.s}, computed {Decimal(computed):.6f}")


def eq(src, label, a, b):
    NCHECK[src] += 1
    if a != b:
        fail(f"{src}: {label}: {a!r} != {b!r}")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def one(src, text, pattern, group=1):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        fail(f"{src}: pattern {pattern!r} matched {len(ms)} times")
        return N("0")
    return N(ms[0].group(group))


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- tables
def tables(text):
    """Markdown tables: list of (header, rows) with cells stripped; separator lines dropped."""
    out, cur = [], []
    for line in text.split("\n") + [""]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            cur.append(cells)
        elif cur:
            out.append((cur[0], cur[1:]))
            cur = []
    return out


def find_table(src, text, must):
    for header, rows in tables(text):
        if all(any(m in h for h in header) for m in must):
            return header, rows
    fail(f"{src}: no table with header {must}")
    return [], []


def col(header, *names):
    for i, h in enumerate(header):
        if any(n in h for n in names):
            return i
    return None


def num_or_zero(cell):
    if cell in ("", "—", "-"):
        return N("0")
    return N(cell)


# ---------------------------------------------------------------- generic checks
def check_enterprises(src, text, basis, ratio_default, cap_fn, base_rate=None, scale=Decimal(1)):
    """Per-row interest/subsidy and column totals of the enterprise table.
    scale converts 万元 loan × rate into the unit of the interest column (10000 when that column is in 元)."""
    header, rows = find_table(src, text, ["贷款金额", "计息天数"])
    c_loan = col(header, "贷款金额")
    c_rate = col(header, "计息利率") if col(header, "计息利率") is not None else col(header, "年利率", "执行利率")
    c_days = col(header, "计息天数")
    c_int = col(header, "应付利息", "计息利息", "按基准利率计算利息", "贴息基数利息")
    c_sub = col(header, "核定贴息", "贴息金额")
    c_ratio = col(header, "贴息比例")
    c_type = col(header, "类型", "企业类别")
    body = [r for r in rows if r[0] != "" and r[0].isdigit()]
    total = [r for r in rows if "合计" in r]
    tl = ti = ts = Decimal(0)
    capped = []
    for r in body:
        L = N(r[c_loan]).v
        rate = N(r[c_rate]).v
        if base_rate is not None and c_rate != col(header, "计息利率"):
            rate = min(rate, base_rate)
        d = N(r[c_days]).v
        exact = L * scale * rate / 100 * d / basis
        chk(src, f"interest row {r[0]}", N(r[c_int]), exact)
        ratio = N(r[c_ratio]).v / 100 if c_ratio is not None else ratio_default
        cap = cap_fn(r[c_type] if c_type is not None else None)
        want = min(exact * ratio, cap)
        want_stated = min(N(r[c_int]).v * ratio, cap)
        chk(src, f"subsidy row {r[0]}", N(r[c_sub]), want)
        chk(src, f"subsidy row {r[0]} from stated interest", N(r[c_sub]), want_stated)
        if exact * ratio > cap:
            capped.append((r, r2(N(r[c_int]).v * ratio) - cap))
        tl += L
        ti += N(r[c_int]).v
        ts += N(r[c_sub]).v
    eq(src, "enterprise table has one 合计 row", len(total), 1)
    if total:
        t = total[0]
        chk(src, "loan total", N(t[c_loan]), tl)
        chk(src, "interest total", N(t[c_int]), ti)
        chk(src, "subsidy total", N(t[c_sub]), ts)
    return {"n": len(body), "loans": tl, "interest": ti, "subsidy": ts, "capped": capped, "rows": body,
            "header": header}


def check_reconciliation(src, text):
    header, rows = find_table(src, text, ["环节"])
    first, last = rows[0], rows[-1]
    for j in range(1, len(header)):
        total = num_or_zero(first[j]).v
        minus = sum((num_or_zero(r[j]).v for r in rows[1:-1]), Decimal(0))
        chk(src, f"reconciliation column {header[j]}", N(last[j]) if last[j] not in ("—",) else N("0"), total - minus)
    return header, rows


def check_funds_block(src, text):
    header, rows = find_table(src, text, ["年初预算数", "全年执行数", "执行率"])
    rowmap = {r[0]: r for r in rows}
    tot = rows[0]
    comps = rows[1:]
    for j in (1, 2, 3):
        chk(src, f"funds block column {header[j]} total", N(tot[j]), sum((N(r[j]).v for r in comps), Decimal(0)))
    rate = N(tot[3]).v / N(tot[2]).v * 100
    chk(src, "funds block execution rate", N(tot[5]), rate)
    w = N(tot[4]).v
    sc = w * min(rate, Decimal(100)) / 100
    chk(src, "funds block execution score", N(tot[6]), sc)
    for r in comps:
        if N(r[2]).v == 0:
            eq(src, f"zero-base row {r[0]} prints no rate", r[5], "—")
    return {"initial": N(tot[1]), "annual": N(tot[2]), "spent": N(tot[3]), "weight": w, "score": N(tot[6]),
            "rate": N(tot[5]), "rowmap": rowmap}


def target_actual(target, actual):
    """Return (direction, T, A) for numeric rows in the same unit, else None."""
    m_t = re.match(r"^(≥|≤|=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(%|[^\d\s]*)$", target)
    m_a = re.match(r"^(\d[\d,]*(?:\.\d+)?)\s*(%|[^\d\s]*)$", actual)
    if not m_t or not m_a:
        return None
    unit_t, unit_a = m_t.group(3), m_a.group(2)
    if unit_t != unit_a:
        return "unit", unit_t, unit_a
    direction = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m_t.group(1)]
    return direction, N(m_t.group(2)).v, N(m_a.group(1)).v


def check_indicators(src, text, funds, qualitative=()):
    header, rows = find_table(src, text, ["三级指标", "分值", "得分"])
    c_t, c_a = col(header, "年度指标值"), col(header, "实际完成值")
    c_w, c_s = col(header, "分值"), col(header, "得分")
    c_c = col(header, "完成率")
    leaf, subtot, total = [], [], None
    for r in rows:
        if r[0] in ("合计", "总分"):
            total = r
        elif "小计" in r[0]:
            subtot.append(r)
        else:
            leaf.append(r)
    wsum = sum((N(r[c_w]).v for r in leaf), Decimal(0))
    ssum = sum((N(r[c_s]).v for r in leaf), Decimal(0))
    has_exec_row = any(r[0] == "预算执行率" for r in leaf)
    if not has_exec_row:
        wsum += funds["weight"]
        ssum += funds["score"].v
    eq(src, "weights add to 100", wsum, Decimal(100))
    chk(src, "table weight total", N(total[c_w]), Decimal(100))
    chk(src, "scores add to the total", N(total[c_s]), ssum)
    for s in subtot:
        level = s[0].replace("小计", "")
        rs = [r for r in leaf if r[0] == level]
        chk(src, f"subtotal weight {level}", N(s[c_w]), sum((N(r[c_w]).v for r in rs), Decimal(0)))
        chk(src, f"subtotal score {level}", N(s[c_s]), sum((N(r[c_s]).v for r in rs), Decimal(0)))
    level_scores = defaultdict(Decimal)
    for r in leaf:
        w, s = N(r[c_w]).v, N(r[c_s]).v
        level_scores[r[0]] += s
        NCHECK[src] += 1
        if s > w or s < 0:
            fail(f"{src}: row {r[2]} score {s} outside [0, {w}]")
        if r[2] in qualitative:
            lo, hi = qualitative[r[2]]
            NCHECK[src] += 1
            if not (lo * w <= s <= hi * w):
                fail(f"{src}: qualitative row {r[2]} score {s} not in band")
            continue
        ta = target_actual(r[c_t], r[c_a])
        if ta is None:
            continue
        if ta[0] == "unit":
            fail(f"{src}: row {r[2]} unit mismatch {ta}")
            continue
        direction, T, A = ta
        if direction == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
        elif T == 0:
            comp = Decimal(100) if A <= 0 else Decimal(0)
        else:
            comp = A / T * 100
        want = w * min(comp, Decimal(100)) / 100
        if r[0] == "预算执行率":
            want = w * min(A / T, Decimal(1))
        chk(src, f"row {r[2]} score rule", N(r[c_s]), want)
        if c_c is not None and r[c_c] not in ("—", ""):
            chk(src, f"row {r[2]} completion", N(r[c_c]), comp)
        if r[0] == "满意度指标" or "满意度" in r[2]:
            NCHECK[src] += 1
            if A > 100:
                fail(f"{src}: satisfaction above 100%")
    return {"total": N(total[c_s]), "levels": level_scores, "leaf": leaf}


def check_grade(src, text, total, label_re):
    ms = list(re.finditer(label_re, text))
    if len(ms) != 1:
        fail(f"{src}: grade pattern matched {len(ms)} times")
        return
    eq(src, "grade band", ms[0].group(1)[0], grade_of(total.v))


# ---------------------------------------------------------------- project checks
def p_zhucheng(src, t):
    ent = check_enterprises(src, t, 360, Decimal("0.5"), lambda _t: Decimal(60))
    rh, rr = check_reconciliation(src, t)
    f = check_funds_block(src, t)
    ind = check_indicators(src, t, f, qualitative={"企业技改投入意愿": (Decimal("0.6"), Decimal("0.8"))})
    # overview and funds
    ini, cut, ann = one(src, t, r"年初预算(\d+\.\d+)万元（诸财预"), one(src, t, r"月结合申报审核情况调减(\d+\.\d+)万元"), \
        one(src, t, r"全年预算(\d+\.\d+)万元，由市财政局")
    chk(src, "annual = initial - cut", ann, ini.v - cut.v)
    chk(src, "funds block initial", f["initial"], ini.v)
    chk(src, "funds block annual", f["annual"], ann.v)
    got = one(src, t, r"到位资金(\d+\.\d+)万元，资金到位率")
    chk(src, "到位率", one(src, t, r"资金到位率(\d+)%"), got.v / ann.v * 100)
    spent = one(src, t, r"实际支出(\d+\.\d+)万元，预算执行率")
    chk(src, "spent = subsidies", spent, ent["subsidy"])
    chk(src, "spent = funds block", f["spent"], spent.v)
    chk(src, "执行率 text", one(src, t, r"预算执行率(\d+\.\d+)%；"), spent.v / ann.v * 100)
    chk(src, "结余", one(src, t, r"结余(\d+\.\d+)万元已于"), ann.v - spent.v)
    chk(src, "结余 in problems", one(src, t, r"仍结余(\d+\.\d+)万元"), ann.v - spent.v)
    chk(src, "average", one(src, t, r"平均每户贴息(\d+\.\d+)万元"), ent["subsidy"] / ent["n"])
    old_n, new_n = one(src, t, r"支持企业由(\d+)家增加到"), one(src, t, r"增加到(\d+)家")
    eq(src, "enterprise count", new_n.v, ent["n"])
    old_s = one(src, t, r"贴息资金由(\d+\.\d+)万元增加到")
    chk(src, "increase", one(src, t, r"，增加(\d+\.\d+)万元，增长"), ent["subsidy"] - old_s.v)
    chk(src, "growth", one(src, t, r"增长(\d+\.\d+)%"), (ent["subsidy"] - old_s.v) / old_s.v * 100)
    chk(src, "leverage", one(src, t, r"放大倍数为(\d+\.\d+)倍"), ent["loans"] / ent["subsidy"])
    chk(src, "loans in 亿元", one(src, t, r"即(\d+\.\d+)亿元"), ent["loans"] / 10000)
    inv, inv_t = one(src, t, r"2019年完成投资(\d+\.\d+)亿元"), one(src, t, r"为年度目标(\d+)亿元的")
    chk(src, "investment completion", one(src, t, r"为年度目标\d+亿元的(\d+\.\d+)%"), inv.v / inv_t.v * 100)
    sales, sales_t = one(src, t, r"新增销售收入(\d+\.\d+)亿元"), one(src, t, r"为目标值(\d+)亿元的")
    chk(src, "sales completion", one(src, t, r"为目标值\d+亿元的(\d+\.\d+)%"), sales.v / sales_t.v * 100)
    chk(src, "problems restate completions 1", one(src, t, r"分别完成目标的(\d+\.\d+)%和"), inv.v / inv_t.v * 100)
    chk(src, "problems restate completions 2", one(src, t, r"分别完成目标的\d+\.\d+%和(\d+\.\d+)%"),
        sales.v / sales_t.v * 100)
    # reconciliation against text and table
    first = rr[0]
    chk(src, "申报贷款", one(src, t, r"申报贷款([\d,]+\.\d+)万元"), N(first[2]).v)
    chk(src, "申报利息", one(src, t, r"申报贷款[\d,.]+万元、应付利息([\d,]+\.\d+)万元"), N(first[3]).v)
    chk(src, "申报贴息", one(src, t, r"、贴息(\d+\.\d+)万元。我局"), N(first[4]).v)
    eq(src, "申报 count", one(src, t, r"共有(\d+)家企业提交申请").v, N(first[1]).v)
    last = rr[-1]
    chk(src, "核定 = enterprise table loans", N(last[2]), ent["loans"])
    chk(src, "核定 = enterprise table interest", N(last[3]), ent["interest"])
    chk(src, "核定 = enterprise table subsidy", N(last[4]), ent["subsidy"])
    eq(src, "核定 count", N(last[1]).v, ent["n"])
    cap_cut = sum((c for _r, c in ent["capped"]), Decimal(0))
    chk(src, "cap cut (table)", N(rr[3][4]), cap_cut)
    chk(src, "cap cut (text)", one(src, t, r"核减贴息(\d+\.\d+)万元。\n"), cap_cut)
    eq(src, "capped count", one(src, t, r"\n3\. (\d)家企业按50%").v, len(ent["capped"]))
    chk(src, "days cut interest", N(rr[2][3]), one(src, t, r"核减应付利息(\d+\.\d+)万元").v)
    chk(src, "days cut subsidy", N(rr[2][4]), one(src, t, r"核减应付利息\d+\.\d+万元、贴息(\d+\.\d+)万元").v)
    chk(src, "rejected loans", N(rr[1][2]), one(src, t, r"博远化工有限公司贷款([\d,]+\.\d+)万元").v +
        one(src, t, r"天元建材有限公司贷款([\d,]+\.\d+)万元").v)
    # scores in the text
    lv = ind["levels"]
    chk(src, "text exec score", one(src, t, r"预算执行率得分(\d+\.\d+)分"), f["score"].v)
    chk(src, "text output score", one(src, t, r"产出指标得分(\d+)分"), lv["产出指标"])
    chk(src, "text benefit score", one(src, t, r"效益指标得分(\d+\.\d+)分"), lv["效益指标"])
    chk(src, "text satisfaction score", one(src, t, r"满意度指标得分(\d+)分"), lv["满意度指标"])
    total_text = one(src, t, r"综合得分(\d+\.\d+)分")
    chk(src, "text total = table total", total_text, ind["total"].v)
    check_grade(src, t, total_text, r"评价等级为“(优秀|良好|中等|差)”")
    eq(src, "year in table", one(src, t, r"评价年度 \| (\d{4})年度").v, Decimal(2019))
    chk(src, "max single subsidy", one(src, t, r"单户贴息最高(\d+\.\d+)万元"),
        max(N(r[-1]).v for r in ent["rows"]))


def p_jiangyin(src, t):
    f = check_funds_block(src, t)
    ind = check_indicators(src, t, f)
    # sub-item table
    h, rows = find_table(src, t, ["支出内容"])
    body, tot = rows[:-1], rows[-1]
    for j in (1, 2, 3):
        chk(src, f"sub-items {h[j]} total", N(tot[j]), sum((N(r[j]).v for r in body), Decimal(0)))
    for r in rows:
        chk(src, f"sub-item rate {r[0]}", N(r[4]), N(r[3]).v / N(r[2]).v * 100)
    chk(src, "sub-items = funds block initial", f["initial"], N(tot[1]).v)
    chk(src, "sub-items = funds block annual", f["annual"], N(tot[2]).v)
    chk(src, "sub-items = funds block spent", f["spent"], N(tot[3]).v)
    ini = one(src, t, r"年初预算(\d[\d,]*\.\d+)万元（澄财预")
    chk(src, "initial", ini, N(tot[1]).v)
    cut = one(src, t, r"调减子基金出资(\d[\d,]*\.\d+)万元")
    ann = one(src, t, r"，全年预算(\d[\d,]*\.\d+)万元。")
    chk(src, "annual = initial - cut", ann, ini.v - cut.v)
    chk(src, "sub-item fund annual", N(body[0][2]), N(body[0][1]).v - cut.v)
    got = one(src, t, r"全年预算资金(\d[\d,]*\.\d+)万元全部到位")
    chk(src, "到位率", one(src, t, r"资金到位率(\d+)%"), got.v / ann.v * 100)
    spent = one(src, t, r"全年实际支出(\d[\d,]*\.\d+)万元，其中")
    chk(src, "spent parts", spent, one(src, t, r"全年实际支出[\d,.]+万元，其中子基金出资(\d[\d,]*\.\d+)万元").v +
        one(src, t, r"、受托管理费(\d+\.\d+)万元，预算").v)
    chk(src, "执行率 text", one(src, t, r"预算执行率(\d+\.\d+)%。全年"), spent.v / ann.v * 100)
    chk(src, "执行率 problems", one(src, t, r"全年预算执行率(\d+\.\d+)%。"), spent.v / ann.v * 100)
    chk(src, "结余", one(src, t, r"结余(\d[\d,]*\.\d+)万元，主要是"), ann.v - spent.v)
    # sub-fund table
    h, rows = find_table(src, t, ["子基金名称", "撬动倍数"])
    body, tot = rows[:-1], rows[-1]
    ci = {k: col(h, k) for k in ("认缴总规模", "引导基金认缴", "出资比例", "撬动倍数", "计划实缴", "实际实缴")}
    for k in ("认缴总规模", "引导基金认缴", "计划实缴", "实际实缴"):
        chk(src, f"sub-fund total {k}", N(tot[ci[k]]), sum((N(r[ci[k]]).v for r in body), Decimal(0)))
    for r in rows:
        chk(src, f"share {r[1]}", N(r[ci["出资比例"]]), N(r[ci["引导基金认缴"]]).v / N(r[ci["认缴总规模"]]).v * 100)
        chk(src, f"leverage {r[1]}", N(r[ci["撬动倍数"]]), N(r[ci["认缴总规模"]]).v / N(r[ci["引导基金认缴"]]).v)
    scale, guide = N(tot[ci["认缴总规模"]]).v, N(tot[ci["引导基金认缴"]]).v
    plan, paid = N(tot[ci["计划实缴"]]).v, N(tot[ci["实际实缴"]]).v
    chk(src, "plan = fund budget", N(body[0][0]) if False else N(find_table(src, t, ["支出内容"])[1][0][2]), plan)
    chk(src, "paid = fund spent", N(find_table(src, t, ["支出内容"])[1][0][3]), paid)
    chk(src, "postponed 1,500", one(src, t, r"暂缓出资(\d[\d,]*\.\d+)万元"), plan - paid)
    chk(src, "text scale 亿元", one(src, t, r"认缴总规模(\d+)亿元，引导"), scale / 10000)
    chk(src, "text guide 亿元", one(src, t, r"引导基金认缴(\d+\.\d+)亿元"), guide / 10000)
    chk(src, "text social 亿元", one(src, t, r"社会资本认缴(\d+\.\d+)亿元"), (scale - guide) / 10000)
    chk(src, "1元带动", one(src, t, r"带动社会资本(\d+)元"), (scale - guide) / guide)
    prev = one(src, t, r"实缴(\d[\d,]*\.\d+)万元，累计")
    cum = one(src, t, r"累计实缴(\d[\d,]*\.\d+)万元")
    chk(src, "cumulative paid-in", cum, paid + prev.v)
    chk(src, "management fee 1%", one(src, t, r"计提受托管理费(\d+\.\d+)万元"), cum.v / 100)
    chk(src, "management fee = sub-item", N(find_table(src, t, ["支出内容"])[1][1][3]), cum.v / 100)
    chk(src, "出资计划完成率 text", one(src, t, r"当年出资计划完成率为(\d+\.\d+)%"), paid / plan * 100)
    chk(src, "average share", one(src, t, r"比例平均为(\d+\.\d+)%"), guide / scale * 100)
    # reconciliation
    rh, rr = check_reconciliation(src, t)
    chk(src, "核定 = sub-fund scale", N(rr[-1][2]), scale)
    chk(src, "核定 = guide", N(rr[-1][3]), guide)
    eq(src, "核定 count", N(rr[-1][1]).v, len(body))
    eq(src, "申报 count text", one(src, t, r"共收到(\d+)支子基金").v, N(rr[0][1]).v)
    # benefits
    inv, local = one(src, t, r"投资金额(\d[\d,]*\.\d+)万元，其中"), one(src, t, r"本地企业(\d[\d,]*\.\d+)万元")
    chk(src, "local share", one(src, t, r"占投资总额的(\d+\.\d+)%"), local.v / inv.v * 100)
    # indicator actuals against the body
    leaf = {r[2]: r for r in ind["leaf"]}
    chk(src, "indicator 子基金数", N(leaf["新设立子基金数量"][4]), len(body))
    chk(src, "indicator 规模", N(leaf["子基金认缴总规模"][4]), scale / 10000)
    chk(src, "indicator 出资计划完成率", N(leaf["当年出资计划完成率"][4]), paid / plan * 100)
    chk(src, "indicator 出资占比", N(leaf["引导基金出资占子基金规模比例"][4]), guide / scale * 100)
    chk(src, "indicator 总规模/出资", N(leaf["子基金总规模与引导基金出资之比"][4]), scale / guide)
    chk(src, "indicator 投资项目", N(leaf["子基金当年投资项目数"][4]), one(src, t, r"2021年投资项目(\d+)个").v)
    chk(src, "indicator 本地占比", N(leaf["投向本地企业金额占比"][4]), local.v / inv.v * 100)
    chk(src, "indicator 就业", N(leaf["被投企业新增就业"][4]), one(src, t, r"新增就业(\d+)人").v)
    chk(src, "indicator 满意度", N(leaf["子基金管理人及被投企业满意度"][4]), one(src, t, r"综合满意度(\d+\.\d+)%").v)
    lv = ind["levels"]
    total_text = one(src, t, r"综合得分(\d+\.\d+)分")
    chk(src, "text total", total_text, ind["total"].v)
    chk(src, "text exec", one(src, t, r"预算执行率(\d+\.\d+)分"), f["score"].v)
    chk(src, "text output", one(src, t, r"产出指标(\d+\.\d+)分"), lv["产出指标"])
    chk(src, "text benefit", one(src, t, r"效益指标(\d+)分"), lv["效益指标"])
    chk(src, "text satisfaction", one(src, t, r"满意度指标(\d+)分"), lv["满意度指标"])
    check_grade(src, t, total_text, r"评价等级为(优|良|中|差)")
    eq(src, "year", one(src, t, r"\| 年度 \| (\d{4}) \|").v, Decimal(2021))


def p_ruian(src, t):
    ent = check_enterprises(src, t, 360, Decimal("0.5"), lambda _t: Decimal(200000), scale=Decimal(10000))
    # contract vs 计息 rate: 计息利率 = min(合同利率, 4.35%)
    h = ent["header"]
    for r in ent["rows"]:
        chk(src, f"计息利率 row {r[0]}", N(r[col(h, '计息利率')]), min(N(r[col(h, '合同利率')]).v, Decimal("4.35")))
    rh, rr = check_reconciliation(src, t)
    f = check_funds_block(src, t)
    ind = check_indicators(src, t, f, qualitative={"企业出口信保投保意愿": (Decimal("0.8"), Decimal("1"))})
    ann = one(src, t, r"本项目全年预算(\d+\.\d+)万元")
    city, prov = one(src, t, r"市级年初预算(\d+\.\d+)万元"), one(src, t, r"省级商务促进资金(\d+\.\d+)万元")
    chk(src, "annual = city + province", ann, city.v + prov.v)
    chk(src, "funds block initial = city", f["initial"], city.v)
    chk(src, "funds block annual", f["annual"], ann.v)
    spent = one(src, t, r"项目实际支出(\d+\.\d+)万元（")
    spent_yuan = one(src, t, r"万元（([\d,]+\.\d+)元）")
    chk(src, "spent 元 = table", spent_yuan, ent["subsidy"])
    chk(src, "spent 万元 = 元/10000", spent, spent_yuan.v / 10000)
    chk(src, "funds block spent", f["spent"], spent.v)
    chk(src, "执行率", one(src, t, r"预算执行率(\d+\.\d+)%。其中"), spent_yuan.v / 10000 / ann.v * 100)
    city_used = one(src, t, r"市级资金使用(\d+\.\d+)万元")
    chk(src, "spent = province + city used", spent, prov.v + city_used.v)
    chk(src, "city balance", one(src, t, r"市级资金结余(\d+\.\d+)万元，已于"), city.v - city_used.v)
    chk(src, "city balance (problems)", one(src, t, r"市级资金结余(\d+\.\d+)万元。"), ann.v - spent.v)
    chk(src, "average", one(src, t, r"户均贴息(\d+\.\d+)万元"), ent["subsidy"] / ent["n"] / 10000)
    first, last = rr[0], rr[-1]
    eq(src, "申报 count", one(src, t, r"共有(\d+)家企业提出申请").v, N(first[1]).v)
    chk(src, "申报贷款", one(src, t, r"申报贷款([\d,]+\.\d+)万元"), N(first[2]).v)
    chk(src, "申报贴息", one(src, t, r"申报贴息([\d,]+\.\d+)元"), N(first[3]).v)
    chk(src, "核定 loans", N(last[2]), ent["loans"])
    chk(src, "核定 subsidy", N(last[3]), ent["subsidy"])
    eq(src, "核定 count", N(last[1]).v, ent["n"])
    cap_cut = sum((c for _r, c in ent["capped"]), Decimal(0))
    chk(src, "cap cut", N(rr[3][3]), cap_cut)
    hc = ent["header"]
    c_rate, c_calc = col(hc, "合同利率"), col(hc, "计息利率")
    rate_cut = Decimal(0)
    over = 0
    for r in ent["rows"]:
        if N(r[c_rate]).v > N(r[c_calc]).v:
            over += 1
            L, d = N(r[col(hc, "贷款金额")]).v, N(r[col(hc, "计息天数")]).v
            rate_cut += r2(L * 10000 * N(r[c_rate]).v / 100 * d / 360 / 2) - N(r[col(hc, "贴息金额")]).v
    chk(src, "rate cut", N(rr[2][3]), rate_cut)
    eq(src, "rate-cut firms named", over, 4)
    capped_row = ent["capped"][0][0]
    chk(src, "cap note", one(src, t, r"计算为([\d,]+\.\d+)元"), r2(N(capped_row[col(hc, '计息利息')]).v / 2))
    # benefits
    base = sum((N(r[col(hc, "贷款金额")]).v * 10000 * N(r[col(hc, "计息天数")]).v / 360 for r in ent["rows"]),
               Decimal(0))
    chk(src, "financing cost reduction (pp)", one(src, t, r"平均降低(\d+\.\d+)个百分点"), ent["subsidy"] / base * 100)
    loans = ent["loans"]
    chk(src, "loan target excess", one(src, t, r"超出(\d+\.\d+)%"),
        (loans - one(src, t, r"目标(\d[\d,]*)万元以上，超出").v) / one(src, t, r"目标(\d[\d,]*)万元以上，超出").v * 100)
    exp, exp_t = one(src, t, r"出口额合计(\d+\.\d+)亿元"), one(src, t, r"未达到(\d+)亿元的目标")
    chk(src, "export completion", one(src, t, r"出口额完成目标的(\d+\.\d+)%"), exp.v / exp_t.v * 100)
    leaf = {r[2]: r for r in ind["leaf"]}
    chk(src, "indicator loans", N(leaf["带动订单融资规模"][4]), loans)
    chk(src, "indicator firms", N(leaf["受益外贸企业数"][4]), ent["n"])
    lv = ind["levels"]
    total_text = one(src, t, r"自评得分(\d+\.\d+)分")
    chk(src, "text total", total_text, ind["total"].v)
    chk(src, "text exec", one(src, t, r"预算执行率得分(\d+\.\d+)分"), f["score"].v)
    chk(src, "text output", one(src, t, r"产出指标得分(\d+)分"), lv["产出指标"])
    chk(src, "text benefit", one(src, t, r"效益指标得分(\d+\.\d+)分"), lv["效益指标"])
    chk(src, "text satisfaction", one(src, t, r"满意度指标得分(\d+)分"), lv["满意度指标"])
    check_grade(src, t, total_text, r"等级为“(优|良|中|差)”")
    eq(src, "year", one(src, t, r"评价年度 \| (\d{4})年").v, Decimal(2022))


def p_tengzhou(src, t):
    caps = {"龙头企业": Decimal(20), "农民合作社": Decimal(10), "家庭农场": Decimal(5)}
    ent = check_enterprises(src, t, 365, Decimal("0.5"), lambda typ: caps[typ], base_rate=Decimal("4.35"))
    rh, rr = check_reconciliation(src, t)
    # Shanxi-style funds table with 行次
    h, rows = find_table(src, t, ["行次"])
    R = {r[1]: r for r in rows}
    for j in (2, 3, 4):
        for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
            pass
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        chk(src, f"funds {k} 合计 = 省 + 市", N(R[k][2]), N(R[k][3]).v + N(R[k][4]).v)
    for j in (2, 3, 4):
        chk(src, f"(5) col {j}", N(R["(5)=(3)-(4)"][j]), N(R["(3)"][j]).v - N(R["(4)"][j]).v)
        chk(src, f"(6) col {j}", N(R["(6)=(3)/(2)"][j]), N(R["(3)"][j]).v / N(R["(2)"][j]).v * 100)
        chk(src, f"(7) col {j}", N(R["(7)=(4)/(2)"][j]), N(R["(4)"][j]).v / N(R["(2)"][j]).v * 100)
    spent = N(R["(4)"][2]).v
    chk(src, "spent = subsidies", N(R["(4)"][2]), ent["subsidy"])
    chk(src, "text initial", one(src, t, r"年初预算为市级资金(\d+\.\d+)万元"), N(R["(1)"][2]).v)
    chk(src, "text province", one(src, t, r"贷款贴息资金(\d+\.\d+)万元，全年"), N(R["(2)"][3]).v)
    chk(src, "text annual", one(src, t, r"全年预算资金(\d+\.\d+)万元"), N(R["(2)"][2]).v)
    chk(src, "text spent", one(src, t, r"全年执行(\d+\.\d+)万元，其中"), spent)
    chk(src, "text city spent", one(src, t, r"市级资金执行(\d+\.\d+)万元"), N(R["(4)"][4]).v)
    chk(src, "text balance", one(src, t, r"结余(\d+\.\d+)万元，为市级资金"), N(R["(3)"][2]).v - spent)
    chk(src, "text city rate", one(src, t, r"市级资金执行率仅(\d+\.\d+)%"), N(R["(4)"][4]).v / N(R["(2)"][4]).v * 100)
    # reconciliation vs text and table
    first, last = rr[0], rr[-1]
    eq(src, "申报 count text", one(src, t, r"共受理(\d+)个主体申请，申报").v, N(first[1]).v)
    eq(src, "申报 count 四", one(src, t, r"2018年共受理(\d+)个主体申请").v, N(first[1]).v)
    eq(src, "核定 count 四", one(src, t, r"经审核核定(\d+)个主体").v, ent["n"])
    chk(src, "申报贷款", one(src, t, r"申报贷款([\d,]+)万元"), N(first[2]).v)
    chk(src, "申报贴息", one(src, t, r"申报贴息(\d+\.\d+)万元"), N(first[3]).v)
    chk(src, "核定 loans", N(last[2]), ent["loans"])
    chk(src, "核定 subsidy", N(last[3]), ent["subsidy"])
    eq(src, "核定 count", N(last[1]).v, ent["n"])
    hc = ent["header"]
    c_L, c_r, c_d, c_typ = col(hc, "贷款金额"), col(hc, "执行利率"), col(hc, "计息天数"), col(hc, "类型")
    rate_cut = cap_cut = Decimal(0)
    cuts = []
    for r in ent["rows"]:
        L, rate, d = N(r[c_L]).v, N(r[c_r]).v, N(r[c_d]).v
        at_base = r2(L * min(rate, Decimal("4.35")) / 100 * d / 365 / 2)
        rate_cut += r2(L * rate / 100 * d / 365 / 2) - at_base
        if at_base > caps[r[c_typ]]:
            cap_cut += at_base - caps[r[c_typ]]
            cuts.append(at_base - caps[r[c_typ]])
    chk(src, "rate cut", N(rr[2][3]), rate_cut)
    chk(src, "cap cut", N(rr[3][3]), cap_cut)
    chk(src, "cap cut 鲁南", one(src, t, r"鲁南面业有限公司(\d+\.\d+)万元"), cuts[0])
    chk(src, "cap cut 荆河", one(src, t, r"荆河果蔬食品有限公司(\d+\.\d+)万元"), cuts[1])
    # by-type summary
    h2, rows2 = find_table(src, t, ["主体类型"])
    for r in rows2[:-1]:
        rs = [x for x in ent["rows"] if x[c_typ] == r[0]]
        eq(src, f"type count {r[0]}", N(r[1]).v, len(rs))
        chk(src, f"type loans {r[0]}", N(r[2]), sum((N(x[c_L]).v for x in rs), Decimal(0)))
        chk(src, f"type subsidy {r[0]}", N(r[3]), sum((N(x[-1]).v for x in rs), Decimal(0)))
        chk(src, f"type average {r[0]}", N(r[4]), N(r[3]).v / N(r[1]).v)
    tot = rows2[-1]
    eq(src, "type total count", N(tot[1]).v, ent["n"])
    chk(src, "type total loans", N(tot[2]), ent["loans"])
    chk(src, "type total subsidy", N(tot[3]), ent["subsidy"])
    chk(src, "type total average", N(tot[4]), ent["subsidy"] / ent["n"])
    chk(src, "analysis family-farm average", one(src, t, r"户均贴息仅(\d+\.\d+)万元"), N(rows2[2][3]).v / N(rows2[2][1]).v)
    chk(src, "analysis 1元带动", one(src, t, r"带动贷款(\d+\.\d+)元"), ent["loans"] / ent["subsidy"])
    chk(src, "analysis 撬动", one(src, t, r"撬动涉农贷款([\d,]+)万元"), ent["loans"])
    chk(src, "analysis leader share", one(src, t, r"总额的(\d+\.\d+)%"), N(rows2[0][2]).v / ent["loans"] * 100)
    # completions in text
    chk(src, "count completion", one(src, t, r"完成目标12个的(\d+\.\d+)%"), Decimal(ent["n"]) / 12 * 100)
    eq(src, "count in text", one(src, t, r"核定贴息主体(\d+)个").v, ent["n"])
    chk(src, "loan completion", one(src, t, r"完成目标6,000万元的(\d+\.\d+)%"), ent["loans"] / 6000 * 100)
    chk(src, "loan in text", one(src, t, r"带动涉农贷款([\d,]+)万元，完成"), ent["loans"])
    f = {"weight": Decimal(0), "score": N("0")}
    ind = check_indicators(src, t, f, qualitative={"主体持续经营能力": (Decimal("0.6"), Decimal("0.8")),
                                                  "贴息兑付时间": (Decimal("0.6"), Decimal("0.8"))})
    leaf = {r[2]: r for r in ind["leaf"]}
    chk(src, "indicator exec actual", N(leaf["预算执行率"][4]), N(R["(7)=(4)/(2)"][2]).v)
    inc = one(src, t, r"新增经营收入([\d,]+)万元，未达到")
    hh = one(src, t, r"带动农户([\d,]+)户，未达到")
    chk(src, "income completion", one(src, t, r"新增经营收入完成目标的(\d+\.\d+)%"), inc.v / 3000 * 100)
    chk(src, "household completion", one(src, t, r"带动农户完成目标的(\d+\.\d+)%"), hh.v / 2000 * 100)
    total_text = one(src, t, r"本项目得分(\d+\.\d+)分")
    chk(src, "text total", total_text, ind["total"].v)
    check_grade(src, t, total_text, r"评价等级为(优秀|良好|中等|差)")
    eq(src, "late by 3 days", one(src, t, r"晚(\d)天").v, Decimal(28 - 25))
    eq(src, "year", one(src, t, r"\| 年度 \| (\d{4}) \|").v, Decimal(2018))


def p_pizhou(src, t):
    ent = check_enterprises(src, t, 360, None, lambda _t: Decimal(30), base_rate=Decimal("3.45"))
    hc = ent["header"]
    for r in ent["rows"]:
        want = "60%" if r[col(hc, "企业类别")] == "高新技术企业" else "50%"
        eq(src, f"ratio by class row {r[0]}", r[col(hc, "贴息比例")], want)
    rh, rr = check_reconciliation(src, t)
    f = check_funds_block(src, t)
    ind = check_indicators(src, t, f, qualitative={"科技金融服务体系建设": (Decimal("0.6"), Decimal("0.8"))})
    ann = one(src, t, r"项目全年预算([\d,]+\.\d+)万元")
    city, prov = one(src, t, r"市级财政资金([\d,]+\.\d+)万元"), one(src, t, r"转移支付资金(\d+\.\d+)万元")
    chk(src, "annual = city + province", ann, city.v + prov.v)
    chk(src, "funds block annual", f["annual"], ann.v)
    got = one(src, t, r"资金到位([\d,]+\.\d+)万元")
    chk(src, "到位率", one(src, t, r"到位率(\d+)%"), got.v / ann.v * 100)
    spent = one(src, t, r"项目支出([\d,]+\.\d+)万元")
    chk(src, "执行率", one(src, t, r"执行率(\d+\.\d+)%，结余"), spent.v / ann.v * 100)
    chk(src, "结余", one(src, t, r"，结余(\d+\.\d+)万元。"), got.v - spent.v)
    h, rows = find_table(src, t, ["子项目"])
    body, tot = rows[:-1], rows[-1]
    for j in (1, 2, 3, 5):
        chk(src, f"sub-items {h[j]}", N(tot[j]), sum((N(r[j]).v for r in body), Decimal(0)))
    for r in rows:
        chk(src, f"sub-item rate {r[0]}", N(r[4]), N(r[3]).v / N(r[2]).v * 100)
        chk(src, f"sub-item balance {r[0]}", N(r[5]), N(r[2]).v - N(r[3]).v)
    chk(src, "sub-items total = spent", N(tot[3]), spent.v)
    chk(src, "贴息 sub-item = enterprise table", N(body[0][3]), ent["subsidy"])
    chk(src, "贴息 balance text", one(src, t, r"贴息子项目结余(\d+\.\d+)万元"), N(body[0][5]).v)
    chk(src, "贴息 rate text", one(src, t, r"贴息子项目执行率(\d+\.\d+)%"), N(body[0][4]).v)
    chk(src, "fund paid = sub-item", one(src, t, r"实缴首期出资([\d,]+\.\d+)万元"), N(body[1][3]).v)
    chk(src, "fund paid (overview)", one(src, t, r"完成首期实缴([\d,]+)万元"), N(body[1][3]).v)
    first, last = rr[0], rr[-1]
    eq(src, "申报 count", one(src, t, r"共(\d+)家企业申请贴息").v, N(first[1]).v)
    chk(src, "申报贷款", one(src, t, r"申报贷款([\d,]+\.\d+)万元"), N(first[2]).v)
    chk(src, "申报贴息", one(src, t, r"、贴息(\d+\.\d+)万元。经"), N(first[3]).v)
    chk(src, "核定 loans", N(last[2]), ent["loans"])
    chk(src, "核定 subsidy", N(last[3]), ent["subsidy"])
    eq(src, "核定 count", N(last[1]).v, ent["n"])
    rate_cut = cap_cut = Decimal(0)
    notes = []
    for r in ent["rows"]:
        L, rate, d = N(r[col(hc, "贷款金额")]).v, N(r[col(hc, "执行利率")]).v, N(r[col(hc, "计息天数")]).v
        ratio = N(r[col(hc, "贴息比例")]).v / 100
        at_lpr = r2(L * min(rate, Decimal("3.45")) / 100 * d / 360 * ratio)
        rate_cut += r2(L * rate / 100 * d / 360 * ratio) - at_lpr
        if at_lpr > 30:
            cap_cut += at_lpr - 30
            notes.append(at_lpr)
    chk(src, "rate cut", N(rr[2][3]), rate_cut)
    chk(src, "cap cut", N(rr[3][3]), cap_cut)
    m = re.search(r"分别为(\d+\.\d+)万元、(\d+\.\d+)万元和(\d+\.\d+)万元", t)
    for k in range(3):
        chk(src, f"cap note {k + 1}", N(m.group(k + 1)), notes[k])
    scale, guide, social = one(src, t, r"基金认缴规模([\d,]+)万元"), one(src, t, r"引导基金认缴([\d,]+)万元（占"), \
        one(src, t, r"社会资本认缴([\d,]+)万元")
    chk(src, "fund scale", scale, guide.v + social.v)
    chk(src, "fund share", one(src, t, r"（占(\d+)%）"), guide.v / scale.v * 100)
    chk(src, "撬动倍数", one(src, t, r"撬动倍数(\d+\.\d+)倍"), social.v / guide.v)
    prev, now = one(src, t, r"放款([\d,]+)万元相比"), one(src, t, r"带动“苏科贷”放款([\d,]+)万元")
    chk(src, "loans", now, ent["loans"])
    chk(src, "increase", one(src, t, r"增加([\d,]+)万元，增长"), now.v - prev.v)
    chk(src, "growth", one(src, t, r"，增长(\d+\.\d+)%。"), (now.v - prev.v) / prev.v * 100)
    chk(src, "completion firms", one(src, t, r"完成率分别为(\d+\.\d+)%"), Decimal(ent["n"]) / 25 * 100)
    chk(src, "completion loans", one(src, t, r"%和(\d+\.\d+)%。"), ent["loans"] / 30000 * 100)
    eq(src, "firms in problems", one(src, t, r"实际仅(\d+)家企业").v, ent["n"])
    leaf = {r[2]: r for r in ind["leaf"]}
    chk(src, "indicator firms", N(leaf["贴息支持企业数"][4]), ent["n"])
    chk(src, "indicator loans 亿元", N(leaf["带动“苏科贷”放款"][4]), ent["loans"] / 10000)
    chk(src, "indicator satisfaction", N(leaf["服务对象满意度"][4]), one(src, t, r"满意度为(\d+\.\d+)%").v)
    total_text = one(src, t, r"项目得分(\d+\.\d+)分")
    chk(src, "text total", total_text, ind["total"].v)
    check_grade(src, t, total_text, r"评价等级为(优|良|中|差)")
    eq(src, "year", one(src, t, r"评价年度：(\d{4})年").v, Decimal(2024))


YEARS = {"zhucheng-techloan-2019": 2019, "jiangyin-guidefund-2021": 2021, "ruian-exportloan-2022": 2022,
         "tengzhou-agriloan-2018": 2018, "pizhou-sciloan-2024": 2024}


def check_years(src, text):
    """Figures dated 截至…年12月31日 / 年末 name the evaluation year; the title names it too."""
    y = YEARS[src]
    for m in re.finditer(r"截至(\d{4})年(?:12月31日|末)", text):
        eq(src, f"截至 year at {m.start()}", int(m.group(1)), y)
    eq(src, "title year", int(re.search(r"(\d{4})年度?", text.split("\n\n")[0]).group(1)), y)


PROJECTS = {
    "zhucheng-techloan-2019": p_zhucheng,
    "jiangyin-guidefund-2021": p_jiangyin,
    "ruian-exportloan-2022": p_ruian,
    "tengzhou-agriloan-2018": p_tengzhou,
    "pizhou-sciloan-2024": p_pizhou,
}


# ---------------------------------------------------------------- labels and edits
def line_of(text, pos):
    return text.count("\n", 0, pos)


def check_edit(name, clean, case, score_rows):
    sm = difflib.SequenceMatcher(None, clean, case, autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    if not ops:
        fail(f"{name}: identical to the clean draft")
        return
    changed = sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in ops)
    lines = {line_of(clean, i1) for _, i1, i2, _j1, _j2 in ops} | {line_of(clean, max(i1, i2 - 1))
                                                                    for _, i1, i2, _j1, _j2 in ops}
    if any("\n" in clean[i1:i2] or "\n" in case[j1:j2] for _, i1, i2, j1, j2 in ops):
        fail(f"{name}: edit changes a line break")
    if score_rows:
        if len(lines) > 2 or (len(lines) == 2 and max(lines) - min(lines) != 1):
            fail(f"{name}: score edit touches lines {sorted(lines)}")
        if changed > 16:
            fail(f"{name}: score edit changes {changed} characters")
    else:
        if len(lines) != 1:
            fail(f"{name}: edit touches lines {sorted(lines)}")
        i_start, i_end = ops[0][1], ops[-1][2]
        j_start, j_end = ops[0][3], ops[-1][4]
        span = max(i_end - i_start, j_end - j_start)
        if span > 16:
            fail(f"{name}: contiguous edit spans {span} characters")
    NCHECK[name] += 1


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    score_edit = {f"{e[0]}-e{e[1]}.txt": e[7] for e in build.EDITS}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                clean_text[rec["source"]] = fh.read()
    files = sorted(os.listdir(CASES))
    eq("set", "every case file labelled", sorted(r["case"] for r in labels), files)
    codes = Counter()
    code_sources = defaultdict(set)
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            eq(rec["case"], "clean has no expected findings", rec["expected"], [])
            n = len(text)
            if not 2500 <= n <= 6000:
                fail(f"{rec['case']}: length {n} outside 2500–6000")
            continue
        clean = clean_text[rec["source"]]
        eq(rec["case"], "one expected finding", len(rec["expected"]), 1)
        for exp in rec["expected"]:
            v = exp["value"]
            eq(rec["case"], "severity", exp["severity"], "error")
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times in the case: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            codes[exp["code"]] += 1
            code_sources[exp["code"]].add(rec["source"])
        check_edit(rec["case"], clean, text, score_edit[rec["case"]])
        # the edit must lie inside the value (the value carries the wrong figure)
        sm = difflib.SequenceMatcher(None, clean, text, autojunk=False)
        vpos = text.find(rec["expected"][0]["value"])
        vend = vpos + len(rec["expected"][0]["value"])
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag != "equal" and not (vpos <= j1 and j2 <= vend):
                # a two-row score edit may change the compensating row outside the value
                if not score_edit[rec["case"]]:
                    fail(f"{rec['case']}: changed text at {j1}-{j2} lies outside the value")
    for c in CODES_A:
        if codes[c] < 2:
            fail(f"code {c} used {codes[c]} times (need 2)")
        if len(code_sources[c]) < 2:
            fail(f"code {c} used in only one project")
    extra = set(codes) - set(CODES_A)
    if extra:
        fail(f"codes outside section A numeric list: {extra}")
    for src, fn in PROJECTS.items():
        fn(src, clean_text[src])
        check_years(src, clean_text[src])
    print("checks per project/case:", dict(NCHECK))
    print("codes:", dict(sorted(codes.items())))
    if FAIL:
        print("FAILED:")
        for f_ in FAIL:
            print("  -", f_)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
