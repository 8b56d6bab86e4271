#!/usr/bin/env python3
"""Verify the n374 test set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps an occurrence of the label value; each of the 13 codes is used >= 2 times;
2. the arithmetic of every clean draft is redone (all checks must pass, warnings included);
3. the arithmetic of every error case is redone: the labelled code must fail and no other error-level code.

Tolerance (rules.md §8): a stated value with d decimals matches a computed value c iff |c - v| <= 0.5*10^-d (+1e-9).
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
WARN = "score_rule_mismatch"   # warning-level; must hold in clean drafts, ignored in error cases
EPS = D("1e-9")
HUNDRED = D(100)


# ---------------------------------------------------------------- numbers
NUM_RE = re.compile(r"-?\d+(?:\.\d+)?")


def num(s):
    m = NUM_RE.search(s.replace(",", ""))
    if not m:
        raise ValueError("no number in %r" % s)
    return D(m.group(0))


def decs(s):
    m = NUM_RE.search(s.replace(",", ""))
    g = m.group(0)
    return len(g.split(".")[1]) if "." in g else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + EPS


def close(c, s):
    """computed Decimal c is consistent with the stated string s"""
    return abs(D(c) - num(s)) <= tol(s)


def same(a, b):
    """two stated strings carry the same value (tolerance of the less precise one)"""
    return abs(num(a) - num(b)) <= max(tol(a), tol(b))


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中", "一般": "中",
              "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, name, text):
        self.name, self.text = name, text
        self.fail = {}

    def check(self, code, ok, msg):
        if not ok:
            self.fail.setdefault(code, []).append(msg)

    def get(self, pattern, n=1, flags=0):
        """groups of the single match of pattern (raises if absent)"""
        ms = list(re.finditer(pattern, self.text, flags))
        if len(ms) != 1:
            raise AssertionError("%s: pattern %r matched %d times" % (self.name, pattern, len(ms)))
        g = ms[0].groups()
        return g if n != 1 else g[0]

    # ---- identities
    def eq_stated(self, code, a, b, msg):
        self.check(code, same(a, b), "%s: %s vs %s" % (msg, a, b))

    def rate(self, numer, denom, stated, msg, code="rate_mismatch"):
        c = D(numer) / D(denom) * HUNDRED
        self.check(code, close(c, stated), "%s: computed %.4f%%, stated %s" % (msg, c, stated))

    def total_of(self, total, parts, msg, code="sum_mismatch"):
        """total (str) == sum(parts (str)); a failure explained by rescaling one amount by 10^4 is unit_mismatch"""
        vals = [num(p) for p in parts]
        c = sum(vals, D(0))
        if close(c, total):
            return
        for i in range(len(vals)):
            for f in (D("0.0001"), D(10000)):
                if close(c - vals[i] + vals[i] * f, total):
                    self.check("unit_mismatch", False, "%s: part %s off by 10^4" % (msg, parts[i]))
                    return
        for f in (D("0.0001"), D(10000)):
            if abs(c - num(total) * f) <= tol(total) * f:
                self.check("unit_mismatch", False, "%s: total %s off by 10^4" % (msg, total))
                return
        self.check(code, False, "%s: sum %s, stated %s" % (msg, c, total))

    def bounded_pct(self, stated, msg):
        v = num(stated)
        self.check("implausible_rate", D(0) <= v <= HUNDRED, "%s: %s outside [0,100%%]" % (msg, stated))

    def grade(self, grade_word, total_str, msg="grade"):
        g = GRADE_NORM[grade_word]
        self.check("grade_mismatch", g == grade_of(num(total_str)), "%s: %s for %s" % (msg, grade_word, total_str))

    def exec_score(self, w, rate_str, spent, budget, score_str, msg="execution score"):
        r1 = min(num(rate_str) / HUNDRED, D(1))
        r0 = min(D(spent) / D(budget), D(1))
        ok = close(D(w) * r0, score_str) or close(D(w) * r1, score_str)
        self.check(WARN, ok, "%s: %s" % (msg, score_str))


# ---------------------------------------------------------------- table parsing
def block_after(text, header_prefix, is_row):
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(header_prefix):
            out = []
            for l2 in lines[i:]:
                if not is_row(l2):
                    break
                out.append(l2)
            return out
    raise AssertionError("table header %r not found" % header_prefix)


def rows_fw(text, header_prefix):
    return [ln.split("｜") for ln in block_after(text, header_prefix, lambda l: "｜" in l)]


def rows_tab(text, header_prefix):
    return [ln.split("\t") for ln in block_after(text, header_prefix, lambda l: "\t" in l)]


def rows_md(text, header_prefix):
    out = []
    for ln in block_after(text, header_prefix, lambda l: l.startswith("|")):
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        if all(set(c) <= set("-: ") for c in cells):
            continue
        out.append(cells)
    return out


def rows_sp(text, header_prefix):
    return [re.split(r" {2,}", ln.strip()) for ln in block_after(text, header_prefix, lambda l: l.strip() != "")]


def rows_flat(text, caption):
    """seed-003 style: one cell per line (tab-indented), blank line between rows, table after caption line"""
    start = text.index(caption + "\n") + len(caption) + 1
    rows, cur = [], []
    for ln in text[start:].split("\n"):
        if ln.startswith("\t"):
            cur.append(ln[1:])
        elif ln == "":
            if cur:
                rows.append(cur)
                cur = []
        else:
            break
    if cur:
        rows.append(cur)
    return rows


# ---------------------------------------------------------------- indicator rows
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def unit_of(s):
    if "%" in s:
        return "%"
    if DATE_RE.search(s):
        return "date"
    if not re.search(r"\d", s):
        return None
    tail = re.sub(r"^.*?\d(?:[\d.]*)", "", s)
    tail = re.sub(r"(前|以内|以上)$", "", tail)
    return tail or ""


def direction(target):
    if target.startswith(("≥", ">=", "＞＝", "不低于", "不少于")):
        return "gte"
    if target.startswith(("≤", "<=", "＜＝", "不超过", "不高于")):
        return "lte"
    return "eq"


def completion(dirn, t, a):
    if dirn == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    if dirn == "eq" and t == 0:
        return HUNDRED if a <= 0 else D(0)
    return a / t * HUNDRED


def rule_score(dirn, t, a, w):
    if dirn == "lte":
        return w if a <= t else w * t / a
    if dirn == "eq" and t == 0:
        return w if a <= 0 else D(0)
    return w if a >= t else w * max(a, D(0)) / t


def check_indicators(ctx, rows, exec_w, exec_s, total_ws=(), total_ss=(), level_ws=None, bounded_words=("满意度",)):
    """rows: dicts with l1, name, target, actual, w, s, optional comp, optional unit (Sichuan unit column)"""
    ws = [num(r["w"]) for r in rows]
    wsum = sum(ws, D(0)) + D(exec_w)
    ctx.check("weight_sum_mismatch", wsum == HUNDRED, "weights sum to %s" % wsum)
    for tw in total_ws:
        ctx.check("weight_sum_mismatch", num(tw) == HUNDRED and wsum == num(tw), "total weight row %s / %s" % (tw, wsum))
    if level_ws:
        for l1, stated in level_ws.items():
            s = sum((num(r["w"]) for r in rows if r["l1"] == l1), D(0)) if l1 != "预算执行" else D(exec_w)
            ctx.check("weight_sum_mismatch", s == num(stated), "level %s weight %s vs rows %s" % (l1, stated, s))
        ctx.check("weight_sum_mismatch", sum((num(v) for v in level_ws.values()), D(0)) == HUNDRED,
                  "stated level weights do not add to 100")
    ssum = sum((num(r["s"]) for r in rows), D(0)) + num(exec_s)
    for ts in total_ss:
        ctx.check("score_sum_mismatch", close(ssum, ts), "scores sum %s, stated total %s" % (ssum, ts))
    for r in rows:
        w, s = num(r["w"]), num(r["s"])
        ctx.check("score_exceeds_weight", D(0) <= s <= w, "%s: score %s weight %s" % (r["name"], r["s"], r["w"]))
        tgt, act = r["target"], r["actual"]
        ut = r.get("unit") if r.get("unit") not in (None, "—") else unit_of(tgt)
        ua = unit_of(act)
        if r.get("unit") not in (None, "—") and ua == "":
            ua = r["unit"]   # bare number in a table with a unit column
        if ut is None or ua is None:       # qualitative
            q = act
            if "部分达成" in q:
                ctx.check(WARN, D("0.6") * w <= s < D("0.8") * w, "%s qualitative band" % r["name"])
            elif "达成" in q or "完成" in q:
                ctx.check(WARN, D("0.8") * w <= s <= w, "%s qualitative band" % r["name"])
            continue
        if ut != ua:
            ctx.check("unit_mismatch", False, "%s: target unit %r, actual unit %r" % (r["name"], ut, ua))
            continue
        if ut == "date":
            tt = tuple(int(x) for x in DATE_RE.search(tgt).groups())
            aa = tuple(int(x) for x in DATE_RE.search(act).groups())
            ctx.check(WARN, (aa <= tt) == (s == w), "%s date score" % r["name"])
            continue
        dirn = direction(tgt)
        t, a = num(tgt), num(act)
        if ut == "%" and any(wd in r["name"] for wd in bounded_words + ("率",)):
            ctx.bounded_pct(act, r["name"])
            if a > HUNDRED:
                continue
        comp = completion(dirn, t, a)
        if r.get("comp") not in (None, "—", ""):
            ctx.check("completion_mismatch", close(comp, r["comp"]),
                      "%s: completion %.4f, stated %s" % (r["name"], comp, r["comp"]))
        ctx.check(WARN, close(rule_score(dirn, t, a, w), r["s"]), "%s: rule score" % r["name"])
    return ssum


# ================================================================ P1 zj-liandu-zhengbing-2024
def p1(ctx):
    T = ctx.text
    year = ctx.get(r"\n(\d{4})年度征兵工作经费项目支出绩效自评报告")
    ctx.check("year_mismatch", ctx.get(r"自评表（(\d{4})年度）") == year, "table year")
    ctx.check("year_mismatch", int(ctx.get(r"结转至(\d{4})年使用")) > int(year), "carry-over year")
    ctx.check("year_mismatch", int(ctx.get(r"\n(\d{4})年\d+月\n*$")) >= int(year), "report date")
    f = {r[0]: r for r in rows_fw(T, "资金情况（万元）")[1:]}
    tot, cur, car, oth = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for c in (1, 2, 3):
        ctx.total_of(tot[c], [cur[c], car[c], oth[c]], "funds column %d" % c)
    for r in (tot, cur, car, oth):
        if num(r[2]) == 0:
            ctx.check("implausible_rate", r[5] in ("—", "0", "0%", "0.00%"), "rate on zero base %s" % r[0])
        else:
            ctx.rate(num(r[3]), num(r[2]), r[5], "execution rate " + r[0])
            ctx.bounded_pct(r[5], r[0])
    ctx.exec_score(tot[4], tot[5], num(tot[3]), num(tot[2]), tot[6])
    # prose funds
    ctx.eq_stated("conflicting_values", ctx.get(r"年初安排本项目(\d+)万元"), tot[1], "initial budget")
    add, cur_y = ctx.get(r"追加([\d.]+)万元，当年财政拨款调整为([\d.]+)万元", 2)
    ctx.total_of(cur_y, [tot[1], add], "initial + addition")
    ctx.eq_stated("conflicting_values", cur_y, cur[2], "current-year appropriation")
    carry, avail = ctx.get(r"结转过来的([\d.]+)万元，全年可用资金合计([\d.]+)万元", 2)
    ctx.total_of(avail, [cur_y, carry], "available funds")
    ctx.eq_stated("conflicting_values", carry, car[2], "carry-over")
    ctx.eq_stated("conflicting_values", avail, tot[2], "annual budget")
    spent, rate = ctx.get(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)", 2)
    ctx.eq_stated("conflicting_values", spent, tot[3], "spent")
    ctx.rate(num(spent), num(avail), rate, "prose execution rate")
    ctx.eq_stated("conflicting_values", rate, tot[5], "execution rate prose/table")
    recruits, h1, h2, comp = ctx.get(r"实际征集新兵(\d+)人，其中上半年(\d+)人、下半年(\d+)人，征集任务完成率([\d.]+%)", 4)
    task = ctx.get(r"全年下达我区的征集任务为(\d+)人")
    ctx.total_of(recruits, [h1, h2], "recruits by half-year")
    ctx.check("completion_mismatch", close(num(recruits) / num(task) * HUNDRED, comp), "recruit completion " + comp)
    tj, tj_n, tj_p = ctx.get(r"体检费([\d.]+)万元（上半年和下半年上站体检共(\d+)人次，按每人次(\d+)元", 3)
    zs, zs_n, zs_p = ctx.get(r"政治考核走访调查费([\d.]+)万元（(\d+)人，每人(\d+)元）", 3)
    xc = ctx.get(r"宣传发动费([\d.]+)万元")
    yq, yq_p = ctx.get(r"役前教育训练费([\d.]+)万元（按每名新兵(\d+)元计）", 2)
    hs = ctx.get(r"新兵欢送及起运保障费([\d.]+)万元")
    bg = ctx.get(r"征兵办公及网上报名系统维护费([\d.]+)万元")
    ctx.total_of(spent, [tj, zs, xc, yq, hs, bg], "spending by item")
    for amt, n, p, m in ((tj, tj_n, tj_p, "exam fee"), (zs, zs_n, zs_p, "vetting fee"), (yq, recruits, yq_p, "pre-training")):
        ctx.check("sum_mismatch", close(num(n) * num(p) / D(10000), amt), "%s: %s x %s元 vs %s万元" % (m, n, p, amt))
    ctx.check("balance_mismatch", close(num(avail) - num(spent), ctx.get(r"全年未用完的([\d.]+)万元")), "unspent")
    avg = ctx.get(r"平均每名入伍新兵投入经费([\d.]+)元")
    ctx.check("average_mismatch", close(num(spent) * 10000 / num(recruits), avg), "average per recruit " + avg)
    ly_n, ly_amt, ly_avg = ctx.get(r"2023年我区征集新兵(\d+)人、支出征兵经费([\d.]+)万元，平均每人([\d.]+)元", 3)
    ctx.check("average_mismatch", close(num(ly_amt) * 10000 / num(ly_n), ly_avg), "last year's average")
    up, up_t = ctx.get(r"上站体检(\d+)人次，超过(\d+)人次的年度目标", 2)
    ctx.eq_stated("conflicting_values", up, tj_n, "exams prose")
    ok_all, ok_rate, n1, ok1, r1, n2, ok2, r2_ = ctx.get(
        r"全年体检合格(\d+)人，总体合格率([\d.]+%)，其中上半年(\d+)人中合格(\d+)人（([\d.]+%)），下半年(\d+)人中合格(\d+)人（([\d.]+%)）", 8)
    ctx.total_of(up, [n1, n2], "exams by half-year")
    ctx.total_of(ok_all, [ok1, ok2], "passed by half-year")
    ctx.rate(num(ok_all), num(up), ok_rate, "pass rate")
    ctx.rate(num(ok1), num(n1), r1, "pass rate H1")
    ctx.rate(num(ok2), num(n2), r2_, "pass rate H2")
    back, back_r = ctx.get(r"因病退回(\d+)人，退兵率([\d.]+%)", 2)
    ctx.rate(num(back), num(recruits), back_r, "return rate")
    ctx.eq_stated("conflicting_values", ctx.get(r"政治考核走访(\d+)人，"), zs_n, "vetting count")
    unit_cost = ctx.get(r"上站体检人均费用(\d+)元，")
    ctx.eq_stated("conflicting_values", unit_cost, tj_p, "unit exam cost")
    ctx.eq_stated("conflicting_values", ctx.get(r"核定的每人次(\d+)元"), tj_p, "unit exam cost (other)")
    stu, stu_r, ly_r, ly_n2, ly_stu, diff = ctx.get(
        r"新兵中大学生(\d+)人，占([\d.]+%)，比2023年的([\d.]+%)（(\d+)人中有(\d+)人）提高([\d.]+)个百分点", 6)
    ctx.rate(num(stu), num(recruits), stu_r, "student share")
    ctx.rate(num(ly_stu), num(ly_n2), ly_r, "student share 2023")
    ctx.check("rate_mismatch", close(num(stu_r) - num(ly_r), diff), "percentage-point difference")
    ctx.eq_stated("conflicting_values", ly_n2, ly_n, "2023 recruits")
    reg = ctx.get(r"兵役登记率([\d.]+%)，没有达到")
    sv_n, sv_ok, sv_r = ctx.get(r"回访新兵及家长(\d+)人，表示满意的(\d+)人，满意度([\d.]+%)", 3)
    ctx.rate(num(sv_ok), num(sv_n), sv_r, "satisfaction")
    ctx.bounded_pct(sv_r, "satisfaction")
    # indicator table
    ind = rows_fw(T, "一级指标｜二级指标")
    rows, total_w, total_s = [], None, None
    for r in ind[1:]:
        if r[0] == "总分":
            total_w, total_s = r[5], r[6]
            continue
        rows.append(dict(l1=r[0], name=r[2], target=r[3], actual=r[4], w=r[5], s=r[6]))
    by = {r["name"]: r for r in rows}
    check_indicators(ctx, rows, tot[4], tot[6], total_ws=[total_w], total_ss=[total_s])
    for name, prose in (("征集新兵人数", recruits), ("上站体检人数", up), ("新兵退兵率", back_r),
                        ("上站体检人均费用", unit_cost), ("新兵中大学生占比", stu_r),
                        ("适龄男青年兵役登记率", reg), ("新兵及家长满意度", sv_r)):
        ctx.eq_stated("conflicting_values", prose, by[name]["actual"], "prose vs table " + name)
    for name, prose in (("征集新兵人数", task), ("上站体检人数", up_t)):
        ctx.eq_stated("conflicting_values", prose, by[name]["target"], "target " + name)
    g_task, g_stu, g_n, g_cost = ctx.get(
        r"预期目标：完成上下半年征集任务(\d+)人.*?实际完成情况：全年征集新兵(\d+)人，大学生占比([\d.]+%)，退兵1人，上站体检人均(\d+)元", 4)
    ctx.eq_stated("conflicting_values", g_task, task, "goal block task")
    ctx.eq_stated("conflicting_values", g_stu, recruits, "goal block recruits")
    ctx.eq_stated("conflicting_values", g_n, stu_r, "goal block student share")
    ctx.eq_stated("conflicting_values", g_cost, unit_cost, "goal block cost")
    d_exec, d_reg = ctx.get(r"预算执行率扣([\d.]+)分、兵役登记率扣([\d.]+)分", 2)
    ctx.check("score_sum_mismatch", close(num(tot[4]) - num(tot[6]), d_exec), "deduction execution")
    ctx.check("score_sum_mismatch", close(num(by["适龄男青年兵役登记率"]["w"]) - num(by["适龄男青年兵役登记率"]["s"]), d_reg),
              "deduction registration")
    ctx.grade(ctx.get(r"评价等级为\"(.)\""), total_s)


# ================================================================ P2 ha-luoshan-youdaijin-2022
def p2(ctx):
    T = ctx.text
    year = ctx.get(r"\n(\d{4})年度义务兵家庭优待金项目支出绩效自评报告")
    ctx.check("year_mismatch", ctx.get(r"本项目(\d{4})年度自评得分") == year, "conclusion year")
    ctx.check("year_mismatch", ctx.get(r"(\d{4})年度优待金标准为") == year, "standard year")
    f = {r[0]: r for r in rows_tab(T, "项目\t年初预算数")[1:]}
    tot, cur, car, oth = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for c in (1, 2, 3):
        ctx.total_of(tot[c], [cur[c], car[c], oth[c]], "funds column %d" % c)
    for r in (tot, cur, car, oth):
        if num(r[2]) == 0:
            ctx.check("implausible_rate", r[5] in ("—", "0", "0%", "0.00%"), "rate on zero base " + r[0])
        else:
            ctx.rate(num(r[3]), num(r[2]), r[5], "execution rate " + r[0])
            ctx.bounded_pct(r[5], r[0])
    ctx.exec_score(tot[4], tot[5], num(tot[3]), num(tot[2]), tot[6])
    n_open = ctx.get(r"全县为(\d+)户义务兵家庭发放了优待金")
    std, std_stu = ctx.get(r"普通义务兵家庭每户每年(\d+)元；.*?上浮20%，即每户每年(\d+)元", 2)
    ctx.check("sum_mismatch", num(std) * D("1.2") == num(std_stu), "student standard +20%")
    init, sheng, annual = ctx.get(r"年初预算安排优待金([\d.]+)万元，全部为县级财政资金。9月，省级下达义务兵家庭优待金补助([\d.]+)万元，全年预算调整为([\d.]+)万元", 3)
    ctx.total_of(annual, [init, sheng], "budget = county + province")
    sheng_v = num(sheng)
    if sheng_v > num(annual):        # unit slip already reported by total_of; carry on with the rescaled amount
        sheng_v = sheng_v / 10000
    ctx.eq_stated("conflicting_values", init, tot[1], "initial budget")
    ctx.eq_stated("conflicting_values", annual, tot[2], "annual budget")
    spent, n1, a1, n2, a2, rate = ctx.get(
        r"全年发放优待金([\d.]+)万元，其中普通义务兵家庭(\d+)户、([\d.]+)万元，大学生义务兵家庭(\d+)户、([\d.]+)万元，预算执行率([\d.]+%)", 6)
    ctx.total_of(spent, [a1, a2], "spent by group")
    ctx.check("sum_mismatch", close(num(n1) * num(std) / 10000, a1), "ordinary families amount")
    ctx.check("sum_mismatch", close(num(n2) * num(std_stu) / 10000, a2), "student families amount")
    ctx.eq_stated("conflicting_values", spent, tot[3], "spent")
    ctx.rate(num(spent), num(annual), rate, "prose execution rate")
    ctx.eq_stated("conflicting_values", rate, tot[5], "execution rate prose/table")
    sheng_rate, county_rate = ctx.get(r"省级补助资金执行率(\d+%)，县级资金执行率([\d.]+%)", 2)
    ctx.check("rate_mismatch", num(sheng_rate) == 100, "provincial rate")
    ctx.rate(num(spent) - sheng_v, num(init), county_rate, "county execution rate")
    half, avg = ctx.get(r"分两次发放，每次([\d.]+)万元，户均全年领取([\d.]+)万元", 2)
    ctx.total_of(spent, [half, half], "two batches")
    bal = ctx.get(r"全年结余([\d.]+)万元")
    ctx.check("balance_mismatch", close(num(annual) - num(spent), bal), "balance " + bal)
    ctx.check("year_mismatch", int(ctx.get(r"结余资金已于(\d{4})年1月")) > int(year), "refund year")
    n_cmp, n_ly, inc, inc_r, amt_ly, amt_inc, avg_ly = ctx.get(
        r"2022年发放户数(\d+)户，比2021年的(\d+)户增加(\d+)户，增长([\d.]+%)；发放金额比上年的([\d.]+)万元增加([\d.]+)万元（上年户均约([\d.]+)万元）", 7)
    ctx.check("sum_mismatch", num(n_cmp) - num(n_ly) == num(inc), "household increase")
    ctx.rate(num(inc), num(n_ly), inc_r, "household growth")
    ctx.check("sum_mismatch", close(num(spent) - num(amt_ly), amt_inc), "amount increase")
    lo, hi = (num(amt_ly) - D("0.005")) / num(n_ly), (num(amt_ly) + D("0.005")) / num(n_ly)
    ctx.check("average_mismatch", lo - tol(avg_ly) <= num(avg_ly) <= hi + tol(avg_ly), "last year's average (约)")
    ctx.total_of(n_cmp, [n1, n2], "households by group")
    ctx.eq_stated("conflicting_values", n_open, n_cmp, "households opening vs comparison")
    ctx.check("average_mismatch", close(num(spent) / num(n_cmp), avg), "average per household " + avg)
    # weights stated in prose
    lw = ctx.get(r"按照预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重", 4)
    kn_n, kn_ok, kn_r, sv_n, sv_ok, sv_r = ctx.get(
        r"(\d+)户中知晓政策的(\d+)户，知晓率([\d.]+%)；满意度问卷(\d+)份中表示满意的(\d+)份，满意度([\d.]+%)", 6)
    ctx.rate(num(kn_ok), num(kn_n), kn_r, "awareness")
    ctx.rate(num(sv_ok), num(sv_n), sv_r, "satisfaction")
    ctx.bounded_pct(sv_r, "satisfaction")
    ctx.eq_stated("conflicting_values", ctx.get(r"随机抽取(\d+)户义务兵家庭"), kn_n, "sample size")
    ctx.eq_stated("conflicting_values", ctx.get(r"收回有效问卷(\d+)份"), sv_n, "questionnaires")
    old_std, new_std, inc_std, inc_std_r = ctx.get(r"由2021年的每户每年(\d+)元提高到(\d+)元，提高(\d+)元，增幅([\d.]+%)", 4)
    ctx.eq_stated("conflicting_values", new_std, std, "standard")
    ctx.check("sum_mismatch", num(new_std) - num(old_std) == num(inc_std), "standard increase")
    ctx.rate(num(inc_std), num(old_std), inc_std_r, "standard increase rate")
    ind = rows_tab(T, "一级指标\t二级指标")
    rows, total_w, total_s = [], None, None
    for r in ind[1:]:
        if r[0] == "总分":
            total_w, total_s = r[6], r[7]
            continue
        rows.append(dict(l1=r[0], name=r[2], target=r[3], actual=r[4], comp=r[5], w=r[6], s=r[7]))
    by = {r["name"]: r for r in rows}
    level = {"预算执行": lw[0], "产出指标": lw[1], "效益指标": lw[2], "满意度指标": lw[3]}
    concl = ctx.get(r"自评得分([\d.]+)分，评价等级为")
    check_indicators(ctx, rows, tot[4], tot[6], total_ws=[total_w], total_ss=[total_s, concl], level_ws=level)
    ctx.eq_stated("conflicting_values", concl, total_s, "total prose/table")
    for name, prose in (("优待金发放户数", n_cmp), ("优待政策知晓率", kn_r), ("义务兵家庭满意度", sv_r),
                        ("普通义务兵家庭优待金标准", std)):
        ctx.eq_stated("conflicting_values", prose, by[name]["actual"], "prose vs table " + name)
    ctx.check("year_mismatch", DATE_RE.search(by["优待金发放完成时间"]["actual"]).group(1) == year, "payment date year")
    ctx.grade(ctx.get(r"评价等级为\"(.)\""), concl)


# ================================================================ P3 hb-zengdu-minbing-2021
def p3(ctx):
    T = ctx.text
    year = ctx.get(r"\n民兵应急分队军事训练保障项目（2020—2022年）(\d{4})年度绩效自评报告")
    ctx.check("year_mismatch", ctx.get(r"本项目(\d{4})年度综合得分") == year, "conclusion year")
    ctx.check("year_mismatch", ctx.get(r"表2 (\d{4})年度项目支出绩效自评表") == year, "table year")
    ctx.check("year_mismatch", int(ctx.get(r"结转至(\d{4})年支付")) > int(year), "carry-over year")
    ctx.check("year_mismatch", ctx.get(r"截至(\d{4})年12月31日") == year, "cut-off year")
    yt = {r[0]: r for r in rows_flat(T, "表1 项目分年度资金情况（单位：万元）")[1:]}
    y20, y21, y22, tt = yt["2020年"], yt["2021年"], yt["2022年"], yt["合计"]
    ctx.total_of(tt[1], [y20[1], y21[1], y22[1]], "three-year total")
    ctx.total_of(tt[4], [y20[4], y21[4]], "cumulative spending")
    for r in (y20, y21):
        ctx.total_of(r[3], [r[1], r[2]], "available " + r[0])
        ctx.rate(num(r[4]), num(r[3]), r[5], "execution rate " + r[0])
        ctx.bounded_pct(r[5], r[0])
        ctx.check("balance_mismatch", close(num(r[3]) - num(r[4]), r[6]), "carry-forward " + r[0])
    ctx.eq_stated("conflicting_values", y20[6], y21[2], "2020 carry-forward = 2021 carry-in")
    total3 = ctx.get(r"三年总预算([\d.]+)万元")
    ctx.eq_stated("conflicting_values", total3, tt[1], "three-year total prose/table")
    cur, carry, avail = ctx.get(r"当年安排([\d.]+)万元，加上2020年结转的([\d.]+)万元，全年可用资金([\d.]+)万元", 3)
    ctx.total_of(avail, [cur, carry], "available 2021 prose")
    for a, b, m in ((cur, y21[1], "2021 allocation"), (carry, y21[2], "2021 carry-in"), (avail, y21[3], "2021 available")):
        ctx.eq_stated("conflicting_values", a, b, m)
    spent, rate = ctx.get(r"2021年全年支出([\d.]+)万元，预算执行率([\d.]+%)", 2)
    ctx.eq_stated("conflicting_values", spent, y21[4], "2021 spent")
    ctx.rate(num(spent), num(avail), rate, "2021 execution rate prose")
    ctx.eq_stated("conflicting_values", rate, y21[5], "2021 rate prose/table")
    food, n, days, per = ctx.get(r"伙食及训练补助([\d.]+)万元（(\d+)人×(\d+)天×每人每天(\d+)元）", 4)
    ctx.check("sum_mismatch", close(num(n) * num(days) * num(per) / 10000, food), "food subsidy product")
    eq_ = ctx.get(r"器材维护及弹药消耗([\d.]+)万元")
    site = ctx.get(r"训练场地租用及保障([\d.]+)万元")
    cloth = ctx.get(r"被装购置([\d.]+)万元")
    ctx.total_of(spent, [food, eq_, site, cloth], "spending by item")
    cf = ctx.get(r"年末未支出的([\d.]+)万元")
    ctx.check("balance_mismatch", close(num(avail) - num(spent), cf), "year-end unspent")
    ctx.eq_stated("conflicting_values", cf, y21[6], "carry-forward prose/table")
    c_alloc, c_spent, c_r1, c_r2 = ctx.get(r"累计安排资金([\d.]+)万元，累计支出([\d.]+)万元，占已安排资金的([\d.]+%)，占三年总预算的([\d.]+%)", 4)
    ctx.total_of(c_alloc, [y20[1], y21[1]], "cumulative allocation")
    ctx.eq_stated("conflicting_values", c_spent, tt[4], "cumulative spending")
    ctx.rate(num(c_spent), num(c_alloc), c_r1, "cumulative rate (allocated)")
    ctx.rate(num(c_spent), num(total3), c_r2, "cumulative rate (3-year)")
    units, n2, mandays, avgd = ctx.get(r"全年(\d+)个应急分队(\d+)人参加集中训练，累计训练(\d+)人日，人均训练(\d+)天", 4)
    ctx.eq_stated("conflicting_values", n2, n, "trainees")
    ctx.check("average_mismatch", close(num(mandays) / num(n2), avgd), "average training days")
    ctx.eq_stated("conflicting_values", avgd, days, "days")
    passed, prate = ctx.get(r"考核合格(\d+)人，合格率([\d.]+%)；训练全程", 2)
    ctx.rate(num(passed), num(n2), prate, "pass rate")
    ly_n, ly_ok, ly_r = ctx.get(r"全年参训民兵(\d+)人，考核合格(\d+)人，合格率([\d.]+%)", 3)
    ctx.rate(num(ly_ok), num(ly_n), ly_r, "2020 pass rate")
    tasks, t1, t2, t3, people, avgp = ctx.get(
        r"参与抢险救灾及应急处置(\d+)次（防汛抢险(\d+)次、森林火情处置(\d+)次、道路冰雪清除(\d+)次），共出动民兵(\d+)人次，平均每次出动(\d+)人次", 6)
    ctx.total_of(tasks, [t1, t2, t3], "tasks by type")
    ctx.check("average_mismatch", close(num(people) / num(tasks), avgp), "average per task " + avgp)
    presence = ctx.get(r"人员在位率为([\d.]+%)")
    sat = ctx.get(r"满意度([\d.]+%)，意见")
    ctx.bounded_pct(sat, "satisfaction")
    ly_score, ly_exec, ly_w = ctx.get(r"2020年度该项目自评得分([\d.]+)分，其中预算执行指标得分([\d.]+)分（分值(\d+)分）", 3)
    ctx.check("score_exceeds_weight", D(0) <= num(ly_exec) <= num(ly_w), "2020 execution score %s > %s" % (ly_exec, ly_w))
    ctx.check("score_exceeds_weight", num(ly_score) <= 100, "2020 total")
    ctx.exec_score(ly_w, y20[5], num(y20[4]), num(y20[3]), ly_exec, "2020 execution score")
    exec_w_prose = ctx.get(r"预算执行指标占(\d+)分")
    rest = ctx.get(r"其余(\d+)分分配到产出")
    ctx.check("weight_sum_mismatch", num(exec_w_prose) + num(rest) == 100, "20 + 80")
    ind = rows_flat(T, "表2 2021年度项目支出绩效自评表")
    rows = []
    ex = None
    for r in ind[1:]:
        if r[0] == "预算执行":
            ex = r
            continue
        rows.append(dict(l1=r[0], name=r[2], target=r[3], actual=r[4], w=r[5], s=r[6]))
    by = {r["name"]: r for r in rows}
    ctx.check("weight_sum_mismatch", num(ex[5]) == num(exec_w_prose), "execution weight prose/table")
    ctx.check("weight_sum_mismatch", sum((num(r["w"]) for r in rows), D(0)) == num(rest), "other indicators = 80")
    ctx.eq_stated("conflicting_values", ex[4], rate, "execution rate in table")
    ctx.check("score_exceeds_weight", D(0) <= num(ex[6]) <= num(ex[5]), "execution score")
    ctx.exec_score(ex[5], ex[4], num(spent), num(avail), ex[6])
    total = ctx.get(r"综合得分([\d.]+)分")
    check_indicators(ctx, rows, ex[5], ex[6], total_ss=[total])
    for name, prose in (("参训民兵人数", n2), ("人均训练天数", avgd), ("军事训练考核合格率", prate),
                        ("人均每日伙食及训练补助", per), ("参与抢险救灾及应急处置", tasks),
                        ("应急分队人员在位率", presence), ("参训民兵满意度", sat)):
        ctx.eq_stated("conflicting_values", prose, by[name]["actual"], "prose vs table " + name)
    ctx.check("year_mismatch", DATE_RE.search(by["年度集中训练完成时间"]["actual"]).group(1) == year, "completion date year")
    ctx.grade(ctx.get(r"评价等级为(.)。"), total)


# ================================================================ P4 gx-dahua-renwubu-2023
def p4(ctx):
    T = ctx.text
    year = ctx.get(r"^大化瑶族自治县人民武装部(\d{4})年度部门整体支出绩效自评报告")
    ctx.check("year_mismatch", ctx.get(r"开展(\d{4})年度预算绩效自评工作") == year, "notice year")
    ctx.check("year_mismatch", ctx.get(r"我部(\d{4})年度部门整体支出绩效自评得分") == year, "conclusion year")
    ctx.check("year_mismatch", ctx.get(r"(\d{4})年年初预算") == year, "budget year")
    ctx.check("year_mismatch", int(ctx.get(r"已按规定结转(\d{4})年使用")) > int(year), "carry-over year")
    init, basic, staff, pub, proj, zb, mb, gf, zbwh = ctx.get(
        r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元，"
        r"具体为征兵工作经费([\d.]+)万元、民兵军事训练经费([\d.]+)万元、国防教育及双拥经费([\d.]+)万元、民兵装备维护经费([\d.]+)万元", 9)
    ctx.total_of(init, [basic, proj], "initial budget")
    ctx.total_of(basic, [staff, pub], "basic expenditure")
    ctx.total_of(proj, [zb, mb, gf, zbwh], "project expenditure")
    add, annual = ctx.get(r"追加征兵工作经费([\d.]+)万元，全年预算调整为([\d.]+)万元", 2)
    ctx.total_of(annual, [init, add], "annual budget")
    spent, rate, b_sp, b_rate, p_sp, p_rate, bal, mb_cf = ctx.get(
        r"全年支出([\d.]+)万元，预算执行率([\d.]+%)。其中基本支出([\d.]+)万元，执行率(\d+%)；项目支出([\d.]+)万元，执行率([\d.]+%)。"
        r"年末结转结余([\d.]+)万元，其中民兵军事训练经费结转([\d.]+)万元", 8)
    ctx.total_of(spent, [b_sp, p_sp], "spending basic + project")
    ctx.rate(num(spent), num(annual), rate, "department execution rate")
    ctx.rate(num(b_sp), num(basic), b_rate, "basic execution rate")
    ctx.check("balance_mismatch", close(num(annual) - num(spent), bal), "year-end balance " + bal)
    sg, sg_ly, sg_d, sg_r = ctx.get(r"\"三公\"经费支出([\d.]+)万元，.*?比上年的([\d.]+)万元减少([\d.]+)万元，下降([\d.]+%)", 4)
    ctx.check("sum_mismatch", close(num(sg_ly) - num(sg), sg_d), "三公 decrease")
    ctx.rate(num(sg_ly) - num(sg), num(sg_ly), sg_r, "三公 decrease rate")
    pt = {r[0]: r for r in rows_md(T, "| 项目名称 |")[1:]}
    names = ["征兵工作经费", "民兵军事训练经费", "国防教育及双拥经费", "民兵装备维护经费"]
    tot = [k for k in pt if k.startswith("合计")][0]
    tr = pt[tot]
    initial = {"征兵工作经费": num(zb) + num(add), "民兵军事训练经费": num(mb), "国防教育及双拥经费": num(gf),
               "民兵装备维护经费": num(zbwh)}
    for nm in names:
        r = pt[nm]
        ctx.check("sum_mismatch", close(initial[nm], r[1]), "budget of %s vs initial + addition" % nm)
        ctx.rate(num(r[2]), num(r[1]), r[3], "execution rate " + nm)
        ctx.bounded_pct(r[3], nm)
        ctx.check("score_exceeds_weight", D(0) <= num(r[4]) <= 10, "%s execution score %s > 10" % (nm, r[4]))
        ctx.exec_score(10, r[3], num(r[2]), num(r[1]), r[4], "execution score " + nm)
        ctx.check("score_exceeds_weight", num(r[5]) <= 100, nm + " total")
        ctx.grade(r[6], r[5], "grade " + nm)
    ctx.total_of(tr[1], [pt[n][1] for n in names], "project budgets")
    ctx.total_of(tr[2], [pt[n][2] for n in names], "project spending")
    ctx.rate(num(tr[2]), num(tr[1]), tr[3], "project execution rate (table)")
    mean = sum((num(pt[n][5]) for n in names), D(0)) / len(names)
    ctx.check("average_mismatch", close(mean, tr[5]), "average of project scores %s vs %s" % (mean, tr[5]))
    ctx.eq_stated("conflicting_values", p_sp, tr[2], "project spending prose/table")
    ctx.eq_stated("conflicting_values", p_rate, tr[3], "project rate prose/table")
    ctx.rate(num(p_sp), num(tr[1]), p_rate, "project execution rate (prose)")
    ctx.check("balance_mismatch", close(num(pt["民兵军事训练经费"][1]) - num(pt["民兵军事训练经费"][2]), mb_cf), "training carry-forward")
    task, got, h1, h2 = ctx.get(r"征集任务(\d+)人，实际征集(\d+)人（上半年(\d+)人、下半年(\d+)人）", 4)
    ctx.total_of(got, [h1, h2], "recruits by half-year")
    plan, trained, tr_r = ctx.get(r"计划训练基干民兵(\d+)人，实际参训(\d+)人，完成计划的([\d.]+%)", 3)
    ctx.check("completion_mismatch", close(num(trained) / num(plan) * 100, tr_r), "training completion")
    schools = ctx.get(r"覆盖中小学校(\d+)所")
    q_n, q_ok, q_r = ctx.get(r"发放问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+%)", 3)
    ctx.rate(num(q_ok), num(q_n), q_r, "satisfaction")
    ctx.bounded_pct(q_r, "satisfaction")
    ctx.bounded_pct(ctx.get(r"新兵家长满意度([\d.]+%)"), "parents' satisfaction")
    ind = rows_md(T, "| 一级指标 |")
    rows, total_w, total_s = [], None, None
    for r in ind[1:]:
        if r[0] == "合计":
            total_w, total_s = r[5], r[6]
            continue
        rows.append(dict(l1=r[0], name=r[2], target=r[3], actual=r[4], w=r[5], s=r[6]))
    by = {r["name"]: r for r in rows}
    ex = by.pop("预算执行率")
    rows = [r for r in rows if r["name"] != "预算执行率"]
    ctx.eq_stated("conflicting_values", ex["actual"], rate, "execution rate table/prose")
    ctx.check("score_exceeds_weight", D(0) <= num(ex["s"]) <= num(ex["w"]), "execution score")
    ctx.exec_score(ex["w"], ex["actual"], num(spent), num(annual), ex["s"])
    concl = ctx.get(r"部门整体支出绩效自评得分([\d.]+)分")
    check_indicators(ctx, rows, ex["w"], ex["s"], total_ws=[total_w], total_ss=[total_s, concl])
    ctx.rate(num(bal), num(annual), by["结转结余率"]["actual"], "balance rate")
    ctx.eq_stated("conflicting_values", by["\"三公\"经费控制"]["actual"], sg, "三公 actual")
    ctx.eq_stated("conflicting_values", by["\"三公\"经费控制"]["target"], sg_ly, "三公 target = last year")
    ctx.check("completion_mismatch", close(num(got) / num(task) * 100, by["征集新兵任务完成率"]["actual"]), "recruit task")
    for name, prose in (("民兵训练计划完成率", tr_r), ("国防教育进校园覆盖学校数", schools), ("服务对象满意度", q_r)):
        ctx.eq_stated("conflicting_values", prose, by[name]["actual"], "prose vs table " + name)
    ctx.grade(ctx.get(r"等级为(.)。"), concl)


# ================================================================ P5 sc-ganluo-tijian-2018
def p5(ctx):
    T = ctx.text
    year = ctx.get(r"\n(\d{4})年度征兵体检政审工作经费项目支出绩效自评报告")
    ctx.check("year_mismatch", ctx.get(r"项目支出绩效自评表（(\d{4})年度）") == year, "table year")
    ctx.check("year_mismatch", ctx.get(r"截至(\d{4})年12月31日") == year, "cut-off year")
    ctx.check("year_mismatch", int(ctx.get(r"已结转(\d{4})年继续用于征兵体检")) > int(year), "carry-over year")
    adv_y, adv_m, adv_for = ctx.get(r"州财政局于(\d{4})年(\d+)月提前下达(\d{4})年征兵体检补助资金", 3)
    ctx.check("year_mismatch", adv_for == year and (adv_y == year or (int(adv_y) == int(year) - 1 and adv_m == "12")),
              "advance issue date")
    ctx.check("year_mismatch", int(ctx.get(r"\n(\d{4})年\d+月\n*$")) >= int(year), "report date")
    f = {r[0]: r for r in rows_sp(T, "资金来源")[1:]}
    tot, cty, zhou, oth = f["年度资金总额"], f["其中：县级财政资金"], f["州级补助资金"], f["其他资金"]
    for c in (1, 2, 3):
        ctx.total_of(tot[c], [cty[c], zhou[c], oth[c]], "funds column %d" % c)
    for r in (tot, cty, zhou, oth):
        if num(r[2]) == 0:
            ctx.check("implausible_rate", r[5] in ("—", "0", "0%", "0.00%"), "rate on zero base " + r[0])
        else:
            ctx.rate(num(r[3]), num(r[2]), r[5], "execution rate " + r[0])
            ctx.bounded_pct(r[5], r[0])
    ctx.exec_score(tot[4], tot[5], num(tot[3]), num(tot[2]), tot[6])
    init = ctx.get(r"县财政年初预算安排本项目([\d.]+)万元")
    adv = ctx.get(r"征兵体检补助资金([\d.]+)万元")
    annual = ctx.get(r"全年预算为([\d.]+)万元")
    ctx.total_of(annual, [init, adv], "annual budget")
    ctx.eq_stated("conflicting_values", init, cty[2], "county budget")
    ctx.eq_stated("conflicting_values", adv, zhou[2], "prefecture subsidy")
    ctx.eq_stated("conflicting_values", annual, tot[2], "annual budget")
    spent, rate = ctx.get(r"项目支出([\d.]+)万元，执行率([\d.]+%)", 2)
    ctx.eq_stated("conflicting_values", spent, tot[3], "spent")
    ctx.rate(num(spent), num(annual), rate, "prose execution rate")
    items = []
    tj, tj_n, tj_p = ctx.get(r"上站体检费([\d.]+)万元（(\d+)人，每人(\d+)元）", 3)
    cj, cj_n, cj_p = ctx.get(r"初检初考费([\d.]+)万元（(\d+)人，每人(\d+)元）", 3)
    zs, zs_n, zs_p = ctx.get(r"政治考核走访费([\d.]+)万元（(\d+)人，每人(\d+)元）", 3)
    for amt, n, p, m in ((tj, tj_n, tj_p, "exam"), (cj, cj_n, cj_p, "pre-check"), (zs, zs_n, zs_p, "vetting")):
        ctx.check("sum_mismatch", close(num(n) * num(p) / 10000, amt), "%s product" % m)
    others = [ctx.get(p) for p in (r"体检站设备维护及耗材([\d.]+)万元", r"宣传及兵役登记([\d.]+)万元", r"交通及工作人员补助([\d.]+)万元")]
    ctx.total_of(spent, [tj, cj, zs] + others, "spending by item")
    bal = ctx.get(r"年末结余([\d.]+)万元")
    ctx.check("balance_mismatch", close(num(annual) - num(spent), bal), "balance " + bal)
    must, reg, reg_r = ctx.get(r"应登记适龄男青年(\d+)人，实际登记(\d+)人，登记率([\d.]+%)", 3)
    ctx.rate(num(reg), num(must), reg_r, "registration rate")
    pre, up, ok, ok_r = ctx.get(r"初检初考(\d+)人，上站体检(\d+)人，合格(\d+)人，合格率([\d.]+%)", 4)
    ctx.rate(num(ok), num(up), ok_r, "exam pass rate")
    ctx.eq_stated("conflicting_values", pre, cj_n, "pre-check count")
    ctx.eq_stated("conflicting_values", up, tj_n, "exam count")
    pz, pz_ok, pz_r = ctx.get(r"政治考核(\d+)人，合格(\d+)人，合格率([\d.]+%)", 3)
    ctx.rate(num(pz_ok), num(pz), pz_r, "vetting pass rate")
    ctx.eq_stated("conflicting_values", pz, zs_n, "vetting count")
    ctx.eq_stated("conflicting_values", pz, ok, "vetted = passed exam")
    final, final_comp = ctx.get(r"最终定兵(\d+)人（其中大学生\d+人），完成任务的([\d.]+%)", 2)
    task = ctx.get(r"州下达我县征集任务(\d+)人")
    ctx.check("completion_mismatch", close(num(final) / num(task) * 100, final_comp), "task completion")
    ly_up, ly_ok, ly_r = ctx.get(r"2017年我县上站体检(\d+)人，合格(\d+)人，合格率([\d.]+%)", 3)
    ctx.rate(num(ly_ok), num(ly_up), ly_r, "2017 pass rate")
    ctx.check("rate_mismatch", close(num(ok_r) - num(ly_r), ctx.get(r"合格率提高了([\d.]+)个百分点")), "pp difference")
    ind = rows_sp(T, "一级指标")
    rows, total_w, total_s = [], None, None
    for r in ind[1:]:
        if r[0] == "总分":
            total_w, total_s = r[1], r[2]
            continue
        tgt = ("" if r[3] in ("定性",) else r[3]) + r[4]
        rows.append(dict(l1=r[0], name=r[2], target=tgt, unit=r[5], actual=r[6], w=r[7], s=r[8]))
    by = {r["name"]: r for r in rows}
    concl = ctx.get(r"本项目自评得分([\d.]+)分")
    check_indicators(ctx, rows, tot[4], tot[6], total_ws=[total_w], total_ss=[total_s, concl])
    ctx.eq_stated("conflicting_values", concl, total_s, "total prose/table")
    for name, prose in (("上站体检人数", up), ("完成征集任务", final), ("上站体检合格率", ok_r),
                        ("政治考核合格率", pz_r), ("适龄男青年兵役登记率", reg_r)):
        ctx.eq_stated("conflicting_values", prose, by[name]["actual"], "prose vs table " + name)
    ctx.eq_stated("conflicting_values", tj_p, by["上站体检人均费用"]["target"], "unit cost standard")
    ctx.eq_stated("conflicting_values", task, by["完成征集任务"]["target"], "task target")
    ctx.check("year_mismatch", DATE_RE.search(by["体检政审完成时间"]["actual"]).group(1) == year, "completion date year")
    ctx.grade(ctx.get(r"评价等级为(.)。"), concl)


PROJECTS = {
    "zj-liandu-zhengbing-2024": p1,
    "ha-luoshan-youdaijin-2022": p2,
    "hb-zengdu-minbing-2021": p3,
    "gx-dahua-renwubu-2023": p4,
    "sc-ganluo-tijian-2018": p5,
}


def run_checks(src, text, name):
    ctx = Ctx(name, text)
    PROJECTS[src](ctx)
    return ctx.fail


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s   # [p, end_in_b) in b; [p, end_in_a) in a


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        fails = run_checks(src, text, lab["case"])
        err = {c for c in fails if c != WARN}
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % lab["case"])
            if fails:
                problems.append("%s: clean draft fails %s" % (lab["case"], json.dumps(fails, ensure_ascii=False)))
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append("%s: length %d outside 2800-3400" % (lab["case"], n))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % lab["case"])
            continue
        e = lab["expected"][0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append("%s: bad code/severity" % lab["case"])
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        occ = occurrences(text, e["value"])
        if not occ:
            problems.append("%s: value %r not in case" % (lab["case"], e["value"]))
        if len(occ) > 1:
            problems.append("%s: value %r occurs %d times" % (lab["case"], e["value"], len(occ)))
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        p, end_b, end_a = diff_region(clean, text)
        if p == len(text) and p == len(clean):
            problems.append("%s: identical to clean draft" % lab["case"])
        if max(end_b - p, end_a - p) > 12:
            problems.append("%s: edit region too large (%d chars)" % (lab["case"], max(end_b - p, end_a - p)))
        if not any(s < max(end_b, p + 1) and p < t for s, t in occ):
            problems.append("%s: edit at [%d,%d) does not overlap the label value" % (lab["case"], p, end_b))
        if err != {e["code"]}:
            problems.append("%s: labelled %s but failing error codes are %s: %s" % (
                lab["case"], e["code"], sorted(err), json.dumps(fails, ensure_ascii=False)))
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (c, counts.get(c, 0)))
    for pr in problems:
        print("FAIL", pr)
    print("cases=%d clean=%d errors=%d" % (len(labels), sum(l["clean"] for l in labels), sum(not l["clean"] for l in labels)))
    print("per code: " + ", ".join("%s=%d" % (c, counts[c]) for c in CODES))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
