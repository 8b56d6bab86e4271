#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. labels.jsonl: 35 cases, every label value occurs (exactly once) in its case;
   each error case differs from its clean draft in one contiguous place that overlaps the label value;
   every code of errors.md section A is used at least twice.
2. Arithmetic: a small, draft-specific re-computation of every identity in the five drafts
   (funds sums, rates, balances, products count x unit cost, averages, weights, scores, completion
   rates, grades, years, units, text <-> table equality). Each check carries the error code it would
   raise. Clean drafts: every check passes. Error cases: the labelled code fails and no other
   error-level code fails (score_rule_mismatch is a warning and only reported).
Tolerance (rules.md section 8): a stated value v with d decimals agrees with a computed c
iff |c - v| <= 0.5 * 10^-d (+1e-9); ROUND_HALF_UP semantics via Decimal.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARN_CODES = {"score_rule_mismatch"}
EPS = Decimal("1e-9")
TENK = Decimal(10000)


class ParseError(Exception):
    pass


def D(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return Decimal(s)


def decs(s):
    s = str(s).replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def agrees(computed, stated):
    """stated: the string as printed."""
    tol = Decimal(5) * Decimal(10) ** (-(decs(stated) + 1)) + EPS
    return abs(Decimal(computed) - D(stated)) <= tol


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []   # (code, message)
        self.warns = []

    # -- extraction
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        m = ms[0]
        return m.groups() if len(m.groups()) > 1 else m.group(1)

    # -- reporting
    def fail(self, code, msg):
        (self.warns if code in WARN_CODES else self.fails).append((code, msg))

    def eq(self, code, computed, stated, msg):
        if not agrees(computed, stated):
            self.fail(code, f"{msg}: computed {Decimal(computed):.4f}, stated {stated}")

    def same(self, a, b, msg):
        """Two mentions of one quantity (strings, compared as numbers when numeric)."""
        try:
            ok = D(a) == D(b)
        except Exception:
            ok = a == b
        if not ok:
            self.fail("conflicting_values", f"{msg}: {a} vs {b}")

    def rate(self, num, den, stated, msg, code="rate_mismatch"):
        num, den = D(num), D(den)
        if den == 0:
            if stated.strip() not in ("—", "-", "0", ""):
                self.fail("implausible_rate", f"{msg}: rate {stated} on a zero base")
            return
        c = num / den * 100
        if D(stated) > 100 and c > 100:
            self.fail("implausible_rate", f"{msg}: {stated} > 100%")
        elif not agrees(c, stated):
            self.fail(code, f"{msg}: computed {c:.4f}%, stated {stated}")

    def pct_range(self, stated, msg):
        v = D(stated)
        if v > 100 or v < 0:
            self.fail("implausible_rate", f"{msg}: {stated}% outside 0-100%")

    def money(self, parts, stated, msg, code="sum_mismatch", unit_candidates=True):
        """parts: list of (value_string, unit) ; stated: (value_string, unit). Units 元 / 万元.
        Sum of parts (in 万元) must equal stated. If it fails but rescaling one amount by 10^4
        (a 元 figure labelled 万元 or the reverse) repairs it, report unit_mismatch."""
        def wan(v, u):
            return D(v) / TENK if u == "元" else D(v)
        vals = [wan(v, u) for v, u in parts]
        sv, su = stated
        target = wan(sv, su)
        dec_s = sv if su == "万元" else str(D(sv))
        def ok(total, tgt):
            if su == "万元":
                return abs(total - tgt) <= Decimal(5) * Decimal(10) ** (-(decs(sv) + 1)) + EPS
            return abs(total * TENK - tgt * TENK) <= Decimal("0.5") + EPS
        if ok(sum(vals), target):
            return
        if unit_candidates:
            for i in range(len(vals)):
                for k in (TENK, 1 / TENK):
                    v2 = list(vals)
                    v2[i] = vals[i] * k
                    if ok(sum(v2), target):
                        self.fail("unit_mismatch", f"{msg}: part {parts[i]} off by 10^4")
                        return
            for k in (TENK, 1 / TENK):
                if ok(sum(vals), target * k):
                    self.fail("unit_mismatch", f"{msg}: stated {stated} off by 10^4")
                    return
        self.fail(code, f"{msg}: parts {sum(vals)} vs stated {stated}")

    def product(self, count, unit_cost, total, msg, code="sum_mismatch"):
        """count x unit_cost = total ; unit_cost/total are (value, unit)."""
        n = D(count)
        self.money([(str(D(unit_cost[0]) * n), unit_cost[1])], total, msg, code)

    def year_is(self, y, msg):
        if int(y) != self.year:
            self.fail("year_mismatch", f"{msg}: {y} vs evaluation year {self.year}")

    def grade(self, total, word, msg):
        g = GRADE_WORDS.get(word)
        if g is None:
            raise ParseError(f"unknown grade word {word}")
        if g != grade_of(D(total)):
            self.fail("grade_mismatch", f"{msg}: {total} -> {grade_of(D(total))}, stated {word}")


# ---------------------------------------------------------------- indicator rows
NUM_T = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*([\d.,]+)\s*(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?$")
ACHIEVED = ("达成年度指标", "已建立", "已健全", "有效保障", "有效缓解", "得到保障")


def parse_val(s):
    s = s.strip()
    m = DATE.match(s)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))), None, None)
    m = NUM_T.match(s)
    if m:
        sign = m.group(1) or "="
        d = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq"}[sign]
        return ("num", D(m.group(2)), m.group(3).strip(), d)
    return ("text", s, None, None)


def targets(c, byname, pairs):
    """pairs: (regex with one group in the goals text, table row name): the same target twice."""
    for pat, nm in pairs:
        stated = c.one(pat)
        tv = parse_val(byname[nm]["target"])
        c.same(stated, tv[1] if tv[0] == "num" else byname[nm]["target"], f"target of {nm} text/table")


def indicator_checks(c, rows, total=None, weight_total="100"):
    """rows: dicts name, target, actual, weight, score, completion (or None)."""
    wsum = Decimal(0)
    ssum = Decimal(0)
    for r in rows:
        name = r["name"]
        w, s = D(r["weight"]), D(r["score"])
        wsum += w
        ssum += s
        if s > w or s < 0:
            c.fail("score_exceeds_weight", f"{name}: score {r['score']} vs weight {r['weight']}")
        tk, tv, tu, tdir = parse_val(r["target"])
        ak, av, au, _ = parse_val(r["actual"])
        comp = r.get("completion")
        # units
        if tk == "num" and ak == "num" and tu != au:
            c.fail("unit_mismatch", f"{name}: target unit {tu!r} vs actual unit {au!r}")
            continue
        if tk == "date" and ak != "date":
            c.fail("unit_mismatch", f"{name}: target is a date, actual {r['actual']}")
            continue
        if tk == "num" and ak == "text":
            c.fail("unit_mismatch", f"{name}: quantitative target, actual {r['actual']}")
            continue
        if ak == "num" and au == "%" and ("率" in name or "满意度" in name):
            c.pct_range(str(av), name)
        # completion and score rule
        if tk == "num":
            if tdir == "lte":
                cval = Decimal(100) if av <= tv else tv / av * 100
                rule = w if av <= tv else w * tv / av
            else:
                cval = av / tv * 100
                rule = w if av >= tv else w * av / tv
            if comp not in (None, "—", ""):
                c.eq("completion_mismatch", cval, comp, f"{name} completion")
            if not agrees(rule, r["score"]):
                # a score computed from the rounded completion is also accepted
                alt = w * min(D(comp), Decimal(100)) / 100 if comp not in (None, "—", "") else None
                if alt is None or not agrees(alt, r["score"]):
                    c.fail("score_rule_mismatch", f"{name}: rule {rule:.4f} vs score {r['score']}")
        elif tk == "date":
            if comp not in (None, "—", ""):
                raise ParseError(f"completion for date row {name}")
            if av > tv and s > 0:
                c.fail("score_rule_mismatch", f"{name}: late yet scored")
        else:  # qualitative
            act = r["actual"]
            if "部分达成" in act:
                lo, hi = w * Decimal("0.6"), w * Decimal("0.8")
                if not (lo <= s < hi):
                    c.fail("score_rule_mismatch", f"{name}: partial band {lo}-{hi}, score {s}")
            elif any(k in act for k in ACHIEVED):
                if not (w * Decimal("0.8") <= s <= w):
                    c.fail("score_rule_mismatch", f"{name}: achieved band, score {s}")
            else:
                raise ParseError(f"qualitative actual not understood: {act}")
    if wsum != D(weight_total):
        c.fail("weight_sum_mismatch", f"weights add up to {wsum}, expected {weight_total}")
    if total is not None:
        c.eq("score_sum_mismatch", ssum, total, "sum of row scores vs stated total")
    return wsum, ssum


def mof_funds(c, rows, label):
    """rows: dict key -> [init, annual, spent, weight, rate, score] for keys total/fiscal/carry/other."""
    for col, nm in ((0, "年初预算数"), (1, "全年预算数"), (2, "全年执行数")):
        parts = [D(rows[k][col]) for k in ("fiscal", "carry", "other")]
        if sum(parts) != D(rows["total"][col]):
            c.fail("sum_mismatch", f"{label} {nm}: {parts} vs total {rows['total'][col]}")
    for k in ("total", "fiscal", "carry", "other"):
        r = rows[k]
        c.rate(r[2], r[1], r[4], f"{label} {k} 执行率")
    r = rows["total"]
    if D(r[1]) > 0:
        exec_score = D(r[3]) * min(D(r[2]) / D(r[1]), Decimal(1))
        alt = D(r[3]) * min(D(r[4]), Decimal(100)) / 100 if r[4] not in ("—",) else exec_score
        if not (agrees(exec_score, r[5]) or agrees(alt, r[5])):
            c.fail("score_rule_mismatch", f"{label} execution score {r[5]} vs {exec_score:.4f}")


# ---------------------------------------------------------------- per-draft checks
def pipe_rows(text):
    return [ln.split("｜") for ln in text.splitlines() if "｜" in ln]


def check_jinjiang(c):
    t = c.t
    c.year_is(c.one(r"^晋江市人民政府侨务办公室\n(\d{4})年度侨情调查"), "title")
    c.year_is(c.one(r"自评表（(\d{4})年度）"), "table title")
    c.year_is(c.one(r"截至(\d{4})年12月31日"), "cut-off date")
    init, add, annual = c.one(r"年初预算([\d.]+)万元，7月经市政府同意追加([\d.]+)万元.*?全年预算([\d.]+)万元")
    c.money([(init, "万元"), (add, "万元")], (annual, "万元"), "年初 + 追加 = 全年")
    p1, p2, rr = c.one(r"3月拨付([\d.]+)万元、8月拨付([\d.]+)万元，资金到位率([\d.]+)%")
    received = D(p1) + D(p2)
    c.money([(p1, "万元"), (p2, "万元")], (annual, "万元"), "两次拨付 = 全年预算")
    c.rate(received, annual, rr, "到位率")
    spent, er, bal = c.one(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    c.rate(spent, annual, er, "执行率 (text)")
    c.eq("balance_mismatch", received - D(spent), bal, "结余 = 到位 - 支出")
    # spending details
    trainees, per_tr, tr_cost = c.one(r"共(\d+)人次，按每人次(\d+)元安排资料和误餐，支出([\d.]+)万元")
    c.product(trainees, (per_tr, "元"), (tr_cost, "万元"), "培训费")
    n_inv, = [c.one(r"(\d+)名调查员每人参加两期")]
    c.eq("sum_mismatch", D(n_inv) * 2, trainees, "调查员 x 2期 = 人次")
    per_hh, hh, hh_cost, hh_bud, hh_rate = c.one(
        r"入户调查补贴按每户(\d+)元发放，共入户(\d+)户，支出([\d.]+)万元，该项预算([\d.]+)万元，支出率([\d.]+)%")
    c.product(hh, (per_hh, "元"), (hh_cost, "万元"), "入户补贴")
    c.rate(hh_cost, hh_bud, hh_rate, "入户补贴支出率")
    tel = c.one(r"通讯和翻译费([\d.]+)万元")
    dat = c.one(r"数据录入和系统维护([\d.]+)万元")
    books, per_book, book_cost = c.one(r"印制侨情分析报告(\d+)册，每册(\d+)元，计([\d.]+)万元")
    c.product(books, (per_book, "元"), (book_cost, "万元"), "报告印制")
    oth = c.one(r"其他支出([\d.]+)万元")
    c.money([(x, "万元") for x in (tr_cost, hh_cost, tel, dat, book_cost, oth)], (spent, "万元"), "支出明细合计")
    # average
    n2, avg = c.one(r"(\d+)名调查员人均完成入户调查([\d.]+)户")
    c.same(n2, n_inv, "调查员人数")
    hh2 = c.one(r"全部完成调查，入户(\d+)户")
    c.same(hh2, hh, "入户户数 (text)")
    c.eq("average_mismatch", D(hh) / D(n2), avg, "人均入户")
    acc = c.one(r"入库准确率为([\d.]+)%")
    c.pct_range(acc, "入库准确率")
    sat = c.one(r"对调查工作表示满意的占([\d.]+)%")
    c.pct_range(sat, "满意度 (text)")
    new_assoc = c.one(r"全年新增联系海外侨团(\d+)个")
    total, gword = c.one(r"本项目自评得分([\d.]+)分，等级为(优|良|中|差)")
    c.grade(total, gword, "grade")
    # table
    rows = pipe_rows(t)
    f = {}
    keymap = {"年度资金总额": "total", "其中：当年财政拨款": "fiscal", "上年结转资金": "carry", "其他资金": "other"}
    ind = []
    ttotal = None
    for r in rows:
        if r[0] in keymap:
            f[keymap[r[0]]] = r[1:7]
        elif r[0] in ("产出指标", "效益指标", "满意度指标"):
            ind.append(dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6], completion=None))
        elif r[0] == "总分":
            ttotal = r[6]
            if r[5] != "100":
                c.fail("weight_sum_mismatch", f"total weight printed {r[5]}")
    if len(f) != 4 or len(ind) != 11 or ttotal is None:
        raise ParseError("jinjiang table")
    mof_funds(c, f, "funds block")
    c.same(f["total"][0], init, "年初预算 text/table")
    c.same(f["total"][1], annual, "全年预算 text/table")
    c.same(f["total"][2], spent, "执行数 text/table")
    c.same(f["total"][4], er + "%", "执行率 text/table")
    full = [dict(name="预算执行率", weight=f["total"][3], score=f["total"][5])]
    for r in full:
        if D(r["score"]) > D(r["weight"]):
            c.fail("score_exceeds_weight", "execution row")
    ind_w = [dict(r) for r in ind]
    # execution row joins the weights / scores
    ind_w.append(dict(name="预算执行率", target="100%", actual=f["total"][4], weight=f["total"][3],
                      score=f["total"][5], completion=None))
    indicator_checks(c, ind_w, ttotal)
    c.same(ttotal, total, "总分 text/table")
    byname = {r["name"]: r for r in ind}
    c.same(byname["入户调查归侨侨眷户数"]["actual"].rstrip("户"), hh, "入户户数 text/table")
    c.same(byname["调查员业务培训"]["actual"].rstrip("人次"), trainees, "培训人次 text/table")
    c.same(byname["侨情数据入库准确率"]["actual"], acc + "%", "准确率 text/table")
    c.same(byname["侨情分析报告编印"]["actual"].rstrip("册"), books, "报告册数 text/table")
    c.same(byname["入户调查补贴标准"]["actual"].replace("元/户", ""), per_hh, "补贴标准 text/table")
    c.same(byname["新增联系海外侨团数量"]["actual"].rstrip("个"), new_assoc, "侨团 text/table")
    c.same(byname["归侨侨眷满意度"]["actual"], sat + "%", "满意度 text/table")
    for r in ind:
        for y in re.findall(r"(\d{4})年", r["target"] + r["actual"]):
            c.year_is(y, f"{r['name']} date")
    targets(c, byname, [(r"入户调查归侨侨眷家庭不少于(\d+)户", "入户调查归侨侨眷户数"),
                        (r"培训调查员不少于(\d+)人次", "调查员业务培训"),
                        (r"入库准确率不低于(\d+)%", "侨情数据入库准确率"),
                        (r"编印侨情分析报告(\d+)册；", "侨情分析报告编印"),
                        (r"新增联系海外侨团(\d+)个以上", "新增联系海外侨团数量"),
                        (r"未达到(\d+)个的目标", "新增联系海外侨团数量"),
                        (r"服务对象满意度不低于(\d+)%", "归侨侨眷满意度")])
    over = c.one(r"超额([\d.]+)%，在合理范围内")
    hr = byname["入户调查归侨侨眷户数"]
    tv = D(hr["target"].lstrip("≥").rstrip("户"))
    c.eq("completion_mismatch", (D(hr["actual"].rstrip("户")) - tv) / tv * 100, over, "超额比例")


def check_wenchang(c):
    t = c.t
    c.year_is(c.one(r"^文昌市外事侨务办公室(\d{4})年度"), "title")
    c.year_is(c.one(r"\n(\d{4})年度项目支出绩效自评表"), "table title")
    open_amt = c.one(r"帮扶慰问经费(\d+)万元的使用情况")
    bud, prov, adv_y, city = c.one(r"该项目预算([\d.]+)万元，其中省侨办补助([\d.]+)万元（(\d{4})年12月提前下达）、市本级安排([\d.]+)万元")
    if int(adv_y) != c.year - 1:
        c.fail("year_mismatch", f"advance issued {adv_y}")
    c.money([(prov, "万元"), (city, "万元")], (bud, "万元"), "省 + 市 = 预算")
    spent, er = c.one(r"全年支出([\d.]+)万元，预算执行率(\d+)%")
    c.rate(spent, bud, er, "执行率 (text)")
    spent2, a1, a2, a3, a4, a5 = c.one(
        r"全年支出([\d.]+)万元，其中春节慰问([\d.]+)万元、重病救助([\d.]+)万元、金秋助学([\d.]+)万元、老归侨节日走访([\d.]+)万元、入户核查等工作经费([\d.]+)万元")
    c.same(spent2, spent, "全年支出 (two mentions)")
    c.money([(x, "万元") for x in (a1, a2, a3, a4, a5)], (spent2, "万元"), "支出构成")
    sf_bud, sf_paid, sf_bal = c.one(r"春节慰问预算([\d.]+)万元，实际发放([\d.]+)万元，结余([\d.]+)万元")
    c.same(sf_paid, a1, "春节慰问支出")
    c.eq("balance_mismatch", D(sf_bud) - D(sf_paid), sf_bal, "春节慰问结余")
    hh, per = c.one(r"春节前慰问困难归侨侨眷(\d+)户，每户(\d+)元")
    c.product(hh, (per, "元"), (a1, "万元"), "春节慰问 户数 x 标准")
    ill, per_ill = c.one(r"救助重病困难归侨(\d+)人，每人(\d+)元")
    c.product(ill, (per_ill, "元"), (a2, "万元"), "重病救助")
    stu, uni, high, per_stu = c.one(r"资助归侨侨眷子女(\d+)名（其中大学生(\d+)名、高中生(\d+)名），每人(\d+)元")
    c.eq("sum_mismatch", D(uni) + D(high), stu, "大学生 + 高中生")
    c.product(stu, (per_stu, "元"), (a3, "万元"), "金秋助学")
    old, per_old = c.one(r"走访老归侨(\d+)人，每人(\d+)元")
    c.product(old, (per_old, "元"), (a4, "万元"), "节日走访")
    recs = c.one(r"四类帮扶对象共核对记录(\d+)条")
    c.eq("sum_mismatch", D(hh) + D(ill) + D(stu) + D(old), recs, "核对记录")
    sample, satn, satr = c.one(r"随机抽取(\d+)户进行满意度调查，表示“满意”或“比较满意”的(\d+)户，满意率为([\d.]+)%")
    c.rate(satn, sample, satr, "满意率")
    last_bud, inc = c.one(r"2017年本项目预算([\d.]+)万元.*?2018年预算增加(\d+)万元")
    c.money([(last_bud, "万元"), (inc, "万元")], (bud, "万元"), "上年预算 + 增加")
    total, gword = c.one(r"本项目自评得分(\d+)分，评价等级为“(.)”")
    c.grade(total, gword, "grade")
    # table (tab separated)
    lines = [ln.split("\t") for ln in t.splitlines() if "\t" in ln]
    keymap = {"年度资金总额": "total", "其中：当年财政拨款": "fiscal", "上年结转资金": "carry", "其他资金": "other"}
    f, ind, ttotal = {}, [], None
    for r in lines:
        r = r + [""] * (8 - len(r))
        if r[0] in keymap:
            f[keymap[r[0]]] = r[1:7]
        elif r[0] in ("产出指标", "效益指标", "满意度指标"):
            ind.append(dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6], completion=None))
        elif r[0] == "合计":
            ttotal = r[6]
            if r[5] != "100":
                c.fail("weight_sum_mismatch", f"合计 weight {r[5]}")
    if len(f) != 4 or len(ind) != 10 or ttotal is None:
        raise ParseError("wenchang table")
    mof_funds(c, f, "funds block")
    c.same(f["total"][1], bud, "全年预算 text/table")
    c.same(f["total"][1], open_amt, "opening amount vs table")
    c.same(f["total"][2], spent, "执行 text/table")
    rows = ind + [dict(name="预算执行率", target="100%", actual=f["total"][4], weight=f["total"][3],
                       score=f["total"][5], completion=None)]
    indicator_checks(c, rows, ttotal)
    c.same(ttotal, total, "总分 text/table")
    byname = {r["name"]: r for r in ind}
    c.same(byname["春节慰问困难归侨侨眷户数"]["actual"].rstrip("户"), hh, "慰问户数 text/table")
    c.same(byname["救助重病困难归侨人数"]["actual"].rstrip("人"), ill, "救助人数 text/table")
    c.same(byname["资助归侨侨眷子女人数"]["actual"].rstrip("名"), stu, "助学人数 text/table")
    c.same(byname["户均春节慰问标准"]["actual"].replace("元/户", ""), per, "慰问标准 text/table")
    c.same(byname["受助对象满意度"]["actual"], satr + "%", "满意度 text/table")
    targets(c, byname, [(r"春节慰问困难归侨侨眷不少于(\d+)户", "春节慰问困难归侨侨眷户数"),
                        (r"户均标准(\d+)元；", "户均春节慰问标准"),
                        (r"救助重病困难归侨不少于(\d+)人", "救助重病困难归侨人数"),
                        (r"资助归侨侨眷子女不少于(\d+)名", "资助归侨侨眷子女人数"),
                        (r"未达到(\d+)名的目标", "资助归侨侨眷子女人数"),
                        (r"入学（升学）率不低于(\d+)%", "受助学生入学（升学）率"),
                        (r"服务对象满意度不低于(\d+)%", "受助对象满意度"),
                        (r"慰问金于(\d{4}年\d+月\d+日前)发放到户", "春节慰问金发放完成时间")])
    c.same(byname["春节慰问金发放完成时间"]["actual"].split("年", 1)[1], c.one(r"，(\d+月\d+日)前全部发放到户"), "发放日期 text/table")
    for r in ind:
        for y in re.findall(r"(\d{4})年", r["target"] + r["actual"]):
            c.year_is(y, f"{r['name']} date")


def flat_blocks(text):
    tail = text[text.index("附件："):]
    out = []
    for blk in re.split(r"\n\n+", tail):
        lines = [ln for ln in blk.split("\n") if ln.startswith("\t")]
        if lines:
            out.append([ln[1:] for ln in lines])
    return out


def check_tengchong(c):
    t = c.t
    c.year_is(c.one(r"\n(\d{4})年度海外联谊及为侨服务专项经费绩效自评报告"), "title")
    c.year_is(c.one(r"附件：(\d{4})年度项目支出绩效自评表"), "table title")
    init, cy, carry, annual = c.one(r"(?:2021)年初预算([\d.]+)万元，另有(\d{4})年因疫情停办的海外乡亲恳亲活动结转资金([\d.]+)万元，全年预算合计([\d.]+)万元")
    if int(cy) != c.year - 1:
        c.fail("year_mismatch", f"carry-over from {cy}")
    c.money([(init, "万元"), (carry, "万元")], (annual, "万元"), "年初 + 结转 = 全年")
    spent, er = c.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(spent, annual, er, "执行率 (text)")
    nm, per_m, m_cost = c.one(r"举办“云端”海外联谊会(\d+)场，每场技术服务及直播费用(\d+)元，计([\d.]+)万元")
    c.product(nm, (per_m, "元"), (m_cost, "万元"), "联谊会费用")
    ns, per_s, s_cost = c.one(r"召开侨商侨团座谈会(\d+)场，每场会务费(\d+)元，计([\d.]+)万元")
    c.product(ns, (per_s, "元"), (s_cost, "万元"), "座谈会费用")
    camp, per_c, c_cost = c.one(r"学员(\d+)名，人均课程及资料费(\d+)元，计([\d.]+)万元")
    c.product(camp, (per_c, "元"), (c_cost, "万元"), "夏令营费用")
    hh, per_hh, u_hh, hh_cost = c.one(r"共慰问困难归侨侨眷(\d+)户，每户(\d+)(元|万元)，合计([\d.]+)万元")
    c.product(hh, (per_hh, u_hh), (hh_cost, "万元"), "两节慰问")
    ill, per_ill, ill_cost = c.one(r"救助重病归侨(\d+)人，每人(\d+)元，计([\d.]+)万元")
    c.product(ill, (per_ill, "元"), (ill_cost, "万元"), "重病救助")
    iss, per_iss, iss_cost = c.one(r"编印《腾冲侨讯》(\d+)期，每期印制费(\d+)元，计([\d.]+)万元")
    c.product(iss, (per_iss, "元"), (iss_cost, "万元"), "侨刊印制")
    work = c.one(r"工作经费([\d.]+)万元")
    c.money([(x, "万元") for x in (m_cost, s_cost, c_cost, hh_cost, ill_cost, iss_cost, work)], (spent, "万元"), "支出明细合计")
    left = c.one(r"年末尚有([\d.]+)万元未支出")
    c.eq("balance_mismatch", D(annual) - D(spent), left, "未支出 = 全年预算 - 支出")
    cf = c.one(r"该笔资金结转至(\d{4})年")
    if int(cf) <= c.year:
        c.fail("year_mismatch", f"carried over to {cf}")
    share = c.one(r"年末结转资金占全年预算的(\d+)%")
    c.rate(left, annual, share, "结转占比")
    att, avg = c.one(r"共(\d+)人次，平均每场(\d+)人次")
    c.eq("average_mismatch", D(att) / D(nm), avg, "每场平均人次")
    per_m2 = c.one(r"线上联谊会每场费用([\d.]+)万元")
    c.same(D(per_m2) * TENK, per_m, "每场联谊会费用 万元/元")
    sat = c.one(r"满意度为([\d.]+)%")
    c.pct_range(sat, "满意度 (text)")
    per_c2 = c.one(r"夏令营人均课程及资料费(\d+)元，低于")
    c.same(per_c2, per_c, "夏令营人均费用")
    total, gword = c.one(r"本项目得分(\d+)分，等级为(优秀|良好|中等|较差)")
    c.grade(total, gword, "grade")
    # flattened table
    blocks = flat_blocks(t)
    keymap = {"年度资金总额": "total", "其中：当年财政拨款": "fiscal", "上年结转资金": "carry", "其他资金": "other"}
    f, ind, ttotal = {}, [], None
    l1 = l2 = ""
    for b in blocks:
        if b[0] in keymap and len(b) == 7:
            f[keymap[b[0]]] = b[1:7]
        elif len(b) == 8 and b[0] != "一级指标":
            if b[0] == "总分":
                ttotal = b[6]
                if b[5] != "100":
                    c.fail("weight_sum_mismatch", f"总分 weight {b[5]}")
                continue
            l1 = b[0] or l1
            l2 = b[1] or l2
            ind.append(dict(l1=l1, name=b[2], target=b[3], actual=b[4], weight=b[5], score=b[6], completion=None))
    if len(f) != 4 or len(ind) != 11 or ttotal is None:
        raise ParseError(f"tengchong table {len(f)} {len(ind)} {ttotal}")
    mof_funds(c, f, "funds block")
    c.same(f["total"][0], init, "年初 text/table")
    c.same(f["total"][1], annual, "全年 text/table")
    c.same(f["total"][2], spent, "执行 text/table")
    c.same(f["carry"][1], carry, "结转 text/table")
    c.same(f["carry"][2], carry, "结转已全部使用")
    c.same(f["total"][4], er + "%", "执行率 text/table")
    rows = ind + [dict(name="预算执行率", target="100%", actual=f["total"][4], weight=f["total"][3],
                       score=f["total"][5], completion=None)]
    indicator_checks(c, rows, ttotal)
    c.same(ttotal, total, "总分 text/table")
    byname = {r["name"]: r for r in ind}
    c.same(byname["“云端”海外联谊会场次"]["actual"].rstrip("场"), nm, "联谊会场次")
    c.same(byname["侨商侨团座谈会场次"]["actual"].rstrip("场"), ns, "座谈会场次")
    c.same(byname["线上寻根夏令营学员人数"]["actual"].rstrip("名"), camp, "夏令营人数")
    c.same(byname["走访慰问困难归侨侨眷户数"]["actual"].rstrip("户"), hh, "慰问户数")
    c.same(byname["夏令营人均课程及资料费"]["actual"].rstrip("元"), per_c, "人均费用")
    c.same(byname["海外乡亲及归侨侨眷满意度"]["actual"], sat + "%", "满意度 text/table")
    assoc = c.one(r"全年保持联系的海外侨团达(\d+)个")
    c.same(byname["保持联系的海外侨团数"]["actual"].rstrip("个"), assoc, "侨团数")
    rep = c.one(r"刊发相关报道(\d+)篇")
    c.same(byname["媒体及侨刊报道篇数"]["actual"].rstrip("篇"), rep, "报道篇数")
    for nm, pat in (("线上寻根夏令营学员人数", r"线上形式不受名额限制，超出(\d+)%"),
                    ("媒体及侨刊报道篇数", r"线上活动关注度高，超出目标(\d+)%")):
        r = byname[nm]
        tv = parse_val(r["target"])[1]
        av = parse_val(r["actual"])[1]
        c.eq("completion_mismatch", (av - tv) / tv * 100, c.one(pat), f"{nm} 超出比例")
    c.same(camp, c.one(r"实际招收(\d+)名"), "夏令营人数 (text)")
    targets(c, byname, [(r"举办“云端”海外联谊会不少于(\d+)场", "“云端”海外联谊会场次"),
                        (r"侨商侨团座谈会不少于(\d+)场", "侨商侨团座谈会场次"),
                        (r"原计划(\d+)场", "侨商侨团座谈会场次"),
                        (r"招收学员不少于(\d+)名", "线上寻根夏令营学员人数"),
                        (r"计划招收(\d+)名", "线上寻根夏令营学员人数"),
                        (r"走访慰问困难归侨侨眷不少于(\d+)户", "走访慰问困难归侨侨眷户数"),
                        (r"保持联系的海外侨团不少于(\d+)个", "保持联系的海外侨团数"),
                        (r"服务对象满意度不低于(\d+)%", "海外乡亲及归侨侨眷满意度"),
                        (r"低于(\d+)元的控制标准", "夏令营人均课程及资料费")])
    c.same(ns, c.one(r"实际举办(\d+)场"), "座谈会场次 (text)")


def check_yanhu(c):
    t = c.t
    c.year_is(c.one(r"^运城市盐湖区侨务工作专项经费\n(\d{4})年度"), "title")
    init = c.one(r"(?:2022)年区财政年初安排(\d+)万元")
    prov = c.one(r"省侨办下达困难归侨侨眷帮扶补助([\d.]+)万元")
    cy, carry = c.one(r"另有(\d{4})年结转的([\d.]+)万元")
    if int(cy) != c.year - 1:
        c.fail("year_mismatch", f"carry-over from {cy}")
    annual, spent = c.one(r"全年预算资金([\d.]+)万元，已全部到位，全年执行([\d.]+)万元")
    c.money([(init, "万元"), (prov, "万元"), (carry, "万元")], (annual, "万元"), "区级 + 省级 + 结转 = 全年")
    # funds table (Shanxi 行次 layout)
    rows = pipe_rows(t)
    fr = {}
    for r in rows:
        m = re.match(r"\((\d)\)", r[1]) if len(r) > 1 else None
        if m and len(r) == 10:
            fr[int(m.group(1))] = r[2:]
    if sorted(fr) != [1, 2, 3, 4, 5, 6, 7]:
        raise ParseError("yanhu funds table")
    cols = ["总额", "小计", "中央", "省级", "市级", "县区级", "结转", "其他"]
    for i in (1, 2, 3, 4, 5):
        r = [D(x) for x in fr[i]]
        if r[2] + r[3] + r[4] + r[5] != r[1]:
            c.fail("sum_mismatch", f"row ({i}) 小计 {fr[i][1]} vs sources")
        if r[1] + r[6] + r[7] != r[0]:
            c.fail("sum_mismatch", f"row ({i}) 总额 {fr[i][0]} vs 小计 + 结转 + 其他")
    for j, nm in enumerate(cols):
        c.eq("balance_mismatch", D(fr[3][j]) - D(fr[4][j]), fr[5][j], f"(5)=(3)-(4) {nm}")
        c.rate(fr[3][j], fr[2][j], fr[6][j], f"(6)=(3)/(2) {nm}")
        c.rate(fr[4][j], fr[2][j], fr[7][j], f"(7)=(4)/(2) {nm}")
    c.same(fr[1][5], init, "区级年初 text/table")
    c.same(fr[2][3], prov, "省级 text/table")
    c.same(fr[2][6], carry, "结转 text/table")
    c.same(fr[2][0], annual, "全年 text/table")
    c.same(fr[3][0], annual, "到位 = 全年 (已全部到位)")
    c.same(fr[4][0], spent, "执行 text/table")
    # spending detail
    hh, per_hh, hh_cost = c.one(r"春节走访慰问困难归侨侨眷(\d+)户，每户(\d+)元，计([\d.]+)万元")
    c.product(hh, (per_hh, "元"), (hh_cost, "万元"), "慰问金")
    ev, per_ev, ev_cost = c.one(r"线上座谈会(\d+)次，每次(\d+)元，计([\d.]+)万元")
    c.product(ev, (per_ev, "元"), (ev_cost, "万元"), "联谊座谈")
    upd, per_upd, upd_cost = c.one(r"入户更新侨情信息(\d+)户，每户补贴调查员(\d+)元，计([\d.]+)万元")
    c.product(upd, (per_upd, "元"), (upd_cost, "万元"), "侨情更新补贴")
    db = c.one(r"软件服务费([\d.]+)万元")
    misc = c.one(r"下乡交通等([\d.]+)万元")
    c.money([(x, "万元") for x in (hh_cost, ev_cost, upd_cost, db, misc)], (fr[4][5], "万元"), "区级支出明细 = 县区级执行")
    pb, per_ill, ill, ill_cost, pbal = c.one(r"省级补助([\d.]+)万元按每人(\d+)元的标准救助重病困难归侨侨眷(\d+)人，支出([\d.]+)万元，结余([\d.]+)万元")
    c.same(pb, prov, "省级补助 (two mentions)")
    c.product(ill, (per_ill, "元"), (ill_cost, "万元"), "省级救助")
    c.eq("balance_mismatch", D(pb) - D(ill_cost), pbal, "省级结余")
    c.same(fr[4][3], ill_cost, "省级执行 text/table")
    c.same(fr[5][3], pbal, "省级结余 text/table")
    cspent = c.one(r"上年结转资金实际支出([\d.]+)万元")
    c.same(fr[4][6], cspent, "结转执行 text/table")
    crest = c.one(r"上年结转资金剩余的([\d.]+)万元")
    c.eq("balance_mismatch", D(carry) - D(cspent), crest, "结转剩余")
    cf = c.one(r"不再结转至(\d{4})年")
    if int(cf) <= c.year:
        c.fail("year_mismatch", f"结转至{cf}")
    upd2 = c.one(r"全年更新侨情信息(\d+)户")
    c.same(upd2, upd, "更新户数 (text)")
    hh2 = c.one(r"春节前慰问(\d+)户")
    c.same(hh2, hh, "慰问户数 (text)")
    last_hh, hh3, last_per, per3 = c.one(r"慰问户数由(\d+)户增加到(\d+)户，户均标准由(\d+)元提高到(\d+)元")
    c.same(hh3, hh, "慰问户数 (comparison)")
    c.same(per3, per_hh, "户均标准 (comparison)")
    ur, un, ud = c.one(r"侨情数据库更新率为([\d.]+)%（(\d+)户/(\d+)户）")
    c.same(un, upd, "更新户数 (rate)")
    c.rate(un, ud, ur, "侨情数据库更新率")
    reg = c.one(r"登记在册的归侨侨眷和留学归国人员家庭共(\d+)户")
    c.same(reg, ud, "在册户数")
    sent, back, rr = c.one(r"发放满意度问卷(\d+)份，收回(\d+)份，回收率([\d.]+)%")
    c.rate(back, sent, rr, "问卷回收率")
    s1, s2, s3 = c.one(r"归侨满意度([\d.]+)%、侨眷满意度([\d.]+)%，综合满意度([\d.]+)%")
    for s, nm in ((s1, "归侨满意度"), (s2, "侨眷满意度"), (s3, "综合满意度")):
        c.pct_range(s, nm)
    total, gword = c.one(r"本项目综合得分([\d.]+)分，评价等级为(优秀|良好|中等|较差)")
    c.grade(total, gword, "grade")
    # indicator table
    ind, ttotal = [], None
    for r in rows:
        if r[0] in ("预算执行", "产出指标", "效益指标", "满意度指标") and len(r) == 8:
            ind.append(dict(name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7]))
        elif r[0] == "合计" and len(r) == 8:
            ttotal = r[7]
            if r[3] != "100":
                c.fail("weight_sum_mismatch", f"合计 weight {r[3]}")
    if len(ind) != 10 or ttotal is None:
        raise ParseError("yanhu indicator table")
    indicator_checks(c, ind, ttotal)
    c.same(ttotal, total, "总分 text/table")
    byname = {r["name"]: r for r in ind}
    c.same(byname["预算执行率"]["actual"], fr[7][0] + "%", "执行率 indicator/funds table")
    c.same(byname["侨情信息更新户数"]["actual"].rstrip("户"), upd, "更新户数 text/table")
    c.same(byname["春节走访慰问困难归侨侨眷户数"]["actual"].rstrip("户"), hh, "慰问户数 text/table")
    c.same(byname["联谊座谈活动次数"]["actual"].rstrip("次"), ev, "活动次数 text/table")
    c.same(byname["户均慰问标准"]["actual"].replace("元/户", ""), per_hh, "户均标准 text/table")
    c.same(byname["侨情数据库年度更新率"]["actual"], ur + "%", "更新率 text/table")
    c.same(byname["归侨侨眷满意度"]["actual"], s3 + "%", "满意度 text/table")
    targets(c, byname, [(r"完成不少于(\d+)户归侨侨眷家庭", "侨情信息更新户数"),
                        (r"年度更新率达到(\d+)%以上", "侨情数据库年度更新率"),
                        (r"未达到(\d+)%的目标", "侨情数据库年度更新率"),
                        (r"困难归侨侨眷不少于(\d+)户", "春节走访慰问困难归侨侨眷户数"),
                        (r"户均标准不超过(\d+)元", "户均慰问标准"),
                        (r"联谊座谈活动不少于(\d+)次", "联谊座谈活动次数"),
                        (r"满意度达到(\d+)%以上", "归侨侨眷满意度")])
    c.same(c.one(r"分析\n全年执行([\d.]+)万元。"), spent, "全年执行 (two mentions)")


def check_xiantao(c):
    t = c.t
    c.year_is(c.one(r"^仙桃市外事侨务办公室(\d{4})年度部门整体支出"), "title")
    c.year_is(c.one(r"评价年度：(\d{4})年"), "score table header")
    init, basic0, proj0 = c.one(r"(?:2024)年部门年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    c.money([(basic0, "万元"), (proj0, "万元")], (init, "万元"), "年初 基本 + 项目")
    adj1, adj2, annual = c.one(r"增加人员经费([\d.]+)万元，.*?追加海外联谊经费([\d.]+)万元，调整后全年预算([\d.]+)万元")
    c.money([(init, "万元"), (adj1, "万元"), (adj2, "万元")], (annual, "万元"), "年初 + 调整 = 全年")
    spent, er = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(spent, annual, er, "执行率 (text)")
    ber, per_ = c.one(r"其中基本支出执行率([\d.]+)%，项目支出执行率([\d.]+)%")
    bal = c.one(r"全年结余([\d.]+)万元")
    c.eq("balance_mismatch", D(annual) - D(spent), bal, "结余 = 全年预算 - 支出 (资金均已到位)")
    cf = c.one(r"经批准结转至(\d{4})年")
    if int(cf) <= c.year:
        c.fail("year_mismatch", f"结转至{cf}")
    # funds table
    fr = {}
    for r in pipe_rows(t):
        key = r[0].replace("其中：", "").replace("　", "").strip()
        if len(r) == 5 and key in ("合计", "基本支出", "人员经费", "公用经费", "项目支出",
                                   "侨务工作经费", "困难归侨侨眷帮扶经费", "海外联谊经费"):
            fr[key] = r[1:]
    if len(fr) != 8:
        raise ParseError("xiantao funds table")
    for col in range(3):
        g = lambda k: D(fr[k][col])
        if g("人员经费") + g("公用经费") != g("基本支出"):
            c.fail("sum_mismatch", f"基本支出 col {col}")
        if g("侨务工作经费") + g("困难归侨侨眷帮扶经费") + g("海外联谊经费") != g("项目支出"):
            c.fail("sum_mismatch", f"项目支出 col {col}")
        if g("基本支出") + g("项目支出") != g("合计"):
            c.fail("sum_mismatch", f"合计 col {col}")
    for k, r in fr.items():
        c.rate(r[2], r[1], r[3], f"{k} 执行率")
    c.same(fr["合计"][0], init, "年初 text/table")
    c.same(fr["基本支出"][0], basic0, "基本支出 text/table")
    c.same(fr["项目支出"][0], proj0, "项目支出 text/table")
    c.same(fr["合计"][1], annual, "全年 text/table")
    c.same(fr["合计"][2], spent, "执行 text/table")
    c.same(fr["合计"][3], er + "%", "执行率 text/table")
    c.same(fr["基本支出"][3], ber + "%", "基本支出执行率 text/table")
    c.same(fr["项目支出"][3], per_ + "%", "项目支出执行率 text/table")
    c.eq("sum_mismatch", D(fr["人员经费"][1]) - D(fr["人员经费"][0]), adj1, "人员经费调增")
    c.eq("sum_mismatch", D(fr["海外联谊经费"][1]) - D(fr["海外联谊经费"][0]), adj2, "海外联谊追加")
    # goal details
    upd, upd_acc = c.one(r"完成全市侨情信息年度更新(\d+)户，第三方抽查录入准确率([\d.]+)%")
    c.pct_range(upd_acc, "录入准确率")
    per_upd, upd_cost = c.one(r"侨情更新入户补贴（每户(\d+)元，计([\d.]+)万元）")
    c.product(upd, (per_upd, "元"), (upd_cost, "万元"), "侨情更新补贴")
    hh, per_hh, hh_cost = c.one(r"春节前慰问困难归侨侨眷(\d+)户，每户(\d+)元，计([\d.]+)万元")
    c.product(hh, (per_hh, "元"), (hh_cost, "万元"), "春节慰问")
    stu, per_stu, stu_cost = c.one(r"资助归侨侨眷子女(\d+)名，每人(\d+)元，共(\d+)元")
    c.product(stu, (per_stu, "元"), (stu_cost, "元"), "金秋助学")
    other = c.one(r"慰问品运送及核查工作经费([\d.]+)万元")
    help_total = c.one(r"帮扶经费([\d.]+)万元全部用完")
    c.money([(hh_cost, "万元"), (stu_cost, "元"), (other, "万元")], (help_total, "万元"), "帮扶经费构成")
    c.same(fr["困难归侨侨眷帮扶经费"][2], help_total, "帮扶经费执行 text/table")
    c.same(fr["困难归侨侨眷帮扶经费"][1], help_total, "帮扶经费全部用完 (预算 = 执行)")
    short = c.one(r"助学人数比目标少(\d+)名")
    ev = c.one(r"全年举办海外联谊活动(\d+)场")
    assoc = c.one(r"新建立联系的海外侨团(\d+)个")
    sign = c.one(r"签约金额(\d+)万元")
    sat = c.one(r"侨界群众满意度为([\d.]+)%")
    c.pct_range(sat, "满意度 (text)")
    g3, g3a, g3b, g3c = c.one(r"“三公”经费支出([\d.]+)万元，其中因公出国（境）费(\d+)元、公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元")
    c.money([(g3a, "元"), (g3b, "万元"), (g3c, "万元")], (g3, "万元"), "三公经费")
    ew, gw = c.one(r"部门预算执行占(\d+)分，得分=20×预算执行率；三个年度目标合计(\d+)分")
    es, s1, s2, s3, total, gword = c.one(
        r"部门预算执行得分([\d.]+)分，目标一得分([\d.]+)分、目标二得分([\d.]+)分、目标三得分([\d.]+)分，综合得分([\d.]+)分，等级为(优|良|中|差)")
    c.grade(total, gword, "grade")
    c.eq("score_sum_mismatch", D(es) + D(s1) + D(s2) + D(s3), total, "分项得分之和 = 综合得分")
    over = c.one(r"海外联谊活动场次超出目标([\d.]+)%")
    c.same(fr["海外联谊经费"][3], c.one(r"海外联谊经费执行率只有([\d.]+)%") + "%", "海外联谊执行率 text/table")
    # indicator table
    ind = []
    for r in pipe_rows(t):
        if len(r) == 9 and r[0] in ("预算执行", "目标一", "目标二", "目标三"):
            ind.append(dict(goal=r[0], name=r[3], target=r[4], actual=r[5], completion=r[6], weight=r[7], score=r[8]))
    if len(ind) != 14:
        raise ParseError("xiantao indicator table")
    indicator_checks(c, ind, total)
    for goal, stated in (("目标一", s1), ("目标二", s2), ("目标三", s3), ("预算执行", es)):
        rs = [r for r in ind if r["goal"] == goal]
        c.eq("score_sum_mismatch", sum(D(r["score"]) for r in rs), stated, f"{goal} 得分")
    exec_w = sum(D(r["weight"]) for r in ind if r["goal"] == "预算执行")
    goal_w = sum(D(r["weight"]) for r in ind if r["goal"] != "预算执行")
    if exec_w != D(ew):
        c.fail("weight_sum_mismatch", f"预算执行 weight {exec_w} vs {ew}")
    if goal_w != D(gw):
        c.fail("weight_sum_mismatch", f"目标 weights {goal_w} vs {gw}")
    byname = {r["name"]: r for r in ind}
    c.same(byname["部门预算执行率"]["actual"], er + "%", "执行率 text/table")
    c.same(byname["侨情信息更新户数"]["actual"].rstrip("户"), upd, "更新户数")
    c.same(byname["侨情数据录入准确率"]["actual"], upd_acc + "%", "录入准确率")
    c.same(byname["春节慰问困难归侨侨眷户数"]["actual"].rstrip("户"), hh, "慰问户数")
    c.same(byname["金秋助学资助人数"]["actual"].rstrip("名"), stu, "助学人数")
    c.eq("sum_mismatch", D(byname["金秋助学资助人数"]["target"].lstrip("≥").rstrip("名")) - D(stu), short, "比目标少")
    c.same(byname["户均春节慰问标准"]["actual"].replace("元/户", ""), per_hh, "户均标准")
    c.same(byname["海外联谊活动场次"]["actual"].rstrip("场"), ev, "联谊场次")
    c.same(byname["新建立联系的海外侨团"]["actual"].rstrip("个"), assoc, "新联系侨团")
    c.same(byname["侨资项目签约金额"]["actual"].rstrip("万元"), sign, "签约金额")
    c.same(byname["侨界群众满意度"]["actual"], sat + "%", "满意度")
    targets(c, byname, [(r"未达到(\d+)万元的年度目标", "侨资项目签约金额")])
    c.same(byname["春节慰问金发放时间"]["actual"].split("年", 1)[1], c.one(r"，(\d+月\d+日)前全部发放到户"), "发放日期 text/table")
    tgt = D(byname["海外联谊活动场次"]["target"].lstrip("≥").rstrip("场"))
    c.eq("completion_mismatch", (D(ev) - tgt) / tgt * 100, over, "超出目标比例")
    # exec score: 20 x rate
    ex = byname["部门预算执行率"]
    if not agrees(D(ex["weight"]) * D(spent) / D(annual), ex["score"]):
        c.fail("score_rule_mismatch", "execution score")
    for r in ind:
        for y in re.findall(r"(\d{4})年", r["target"] + r["actual"]):
            c.year_is(y, f"{r['name']} date")


CHECKERS = {
    "fj-jinjiang-qiaoqing-2019": (check_jinjiang, 2019),
    "hi-wenchang-guiqiaoweiwen-2018": (check_wenchang, 2018),
    "yn-tengchong-haiwailianyi-2021": (check_tengchong, 2021),
    "sx-yanhu-qiaowu-2022": (check_yanhu, 2022),
    "hb-xiantao-waiqiaoban-2024": (check_xiantao, 2024),
}


def run_checks(pid, text):
    fn, year = CHECKERS[pid]
    c = Ctx(text, year)
    try:
        fn(c)
    except (ParseError, KeyError, IndexError, ValueError, ArithmeticError) as e:
        c.fails.append(("parse_error", f"{type(e).__name__}: {e}"))
    return c


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
                clean_text[lab["source"]] = fh.read()
    counts = {k: 0 for k in CODES}
    for lab in labels:
        pid = lab["source"]
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text)
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if not (2700 <= n <= 3500):
                problems.append(f"{lab['case']}: length {n} outside the target range")
        else:
            if len(lab["expected"]) != 1:
                problems.append(f"{lab['case']}: expected exactly one label")
                continue
            e = lab["expected"][0]
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{lab['case']}: bad code/severity {e['code']} {e['severity']}")
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            v = e["value"]
            occ = text.count(v)
            if occ != 1:
                problems.append(f"{lab['case']}: label value occurs {occ} times: {v!r}")
            # one contiguous difference, overlapping the value
            clean = clean_text[pid]
            p = 0
            while p < min(len(clean), n) and clean[p] == text[p]:
                p += 1
            s = 0
            while s < min(len(clean), n) - p and clean[-1 - s] == text[-1 - s]:
                s += 1
            d_start, d_end = p, n - s
            if d_end <= d_start:
                problems.append(f"{lab['case']}: no difference from the clean draft")
            i = text.find(v)
            if not (i < d_end and d_start < i + len(v)):
                problems.append(f"{lab['case']}: change [{d_start},{d_end}) does not overlap the value at {i}")
            # the changed region must be the only difference: re-apply and compare
            if clean[:d_start] + text[d_start:d_end] + clean[len(clean) - s:] != text:
                problems.append(f"{lab['case']}: diff reconstruction failed")
        c = run_checks(pid, text)
        failed = sorted({code for code, _ in c.fails})
        if lab["clean"]:
            if c.fails or c.warns:
                problems.append(f"{lab['case']}: clean draft fails {c.fails + c.warns}")
        else:
            want = lab["expected"][0]["code"]
            if failed != [want]:
                problems.append(f"{lab['case']}: expected only {want} to fail, got {failed}: {c.fails}")
        tag = "clean" if lab["clean"] else lab["expected"][0]["code"]
        print(f"{lab['case']:<42} {tag:<22} fails={failed} warns={sorted({w for w, _ in c.warns})}")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("counts per code:", json.dumps(counts, ensure_ascii=False))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
