#!/usr/bin/env python3
"""Verify the n425 set (standard library only, decimal.Decimal, ROUND_HALF_UP semantics).

1. labels.jsonl: one line per case file, format as in the dev set; every label value occurs
   exactly once in its case; every code is one of the 13 error codes of errors.md §A; every
   code is used at least twice.
2. Every error case differs from its clean draft in one contiguous place, small, and that
   place overlaps the occurrence of the label value.
3. The arithmetic of every draft is redone from the text (figures are read with anchored
   patterns that must match exactly once): for the clean drafts every check (errors and
   warnings) must pass; for an error case the labelled code must fail and no other
   error-level code may fail (warning-level score_rule_mismatch may, it is informative).
Tolerance (rules.md §8): a stated value with d decimals matches a computed c when
|c - v| <= 0.5 * 10^-d (+1e-9). An identity on money that fails but holds after rescaling
one amount by 10^4 or 10^-4 is reported as unit_mismatch (errors.md #11(b)).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
}
WARNING_CODES = {"score_rule_mismatch"}
UNIT = {None: D(1), "": D(1), "元": D(1), "万元": D(10000)}
GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------- values
class V:
    """A stated number: its text, Decimal value, decimals, and a unit multiplier."""

    def __init__(self, s, mult=D(1)):
        s = s.strip().replace(",", "")
        if s in ("", "—", "-"):
            s = "0"
        self.s = s
        self.d = D(s)
        self.places = len(s.split(".")[1]) if "." in s else 0
        self.mult = D(mult)

    @property
    def v(self):
        return self.d * self.mult

    def scaled(self, f):
        return V(self.s, self.mult * f)

    def __repr__(self):
        return f"V({self.s}x{self.mult})"


def close(stated, computed):
    tol = D("0.5") * (D(10) ** -stated.places) * stated.mult + D("1e-9")
    return abs(D(computed) - stated.v) <= tol


def eqv(a, b):
    return close(a, b.v) or close(b, a.v)


def grade_of(total):
    s = total.v
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


# ----------------------------------------------------------------------------- reading
def g(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise LookupError(f"pattern {pat!r} matched {len(ms)} times")
    m = ms[0]
    return m.group(1) if m.re.groups == 1 else m.groups()


def gv(text, pat, unit=None):
    return V(g(text, pat), UNIT[unit])


def tab_cells(text, label):
    rows = [l for l in text.split("\n") if label in l.split("\t")]
    if len(rows) != 1:
        raise LookupError(f"tab row {label!r}: {len(rows)}")
    cells = rows[0].split("\t")
    return cells[cells.index(label) + 1:]


def word_cells(text, label):
    """Word copy: one cell per line, each line starting with a tab, blank line between rows."""
    key = "\n\t" + label + "\n"
    n = text.count(key)
    if n != 1:
        raise LookupError(f"word row {label!r}: {n}")
    rest = text[text.index(key) + len(key):].split("\n")
    out = []
    for line in rest:
        if not line.startswith("\t"):
            break
        out.append(line[1:])
    return out


def sp_cells(text, label):
    rows = [l for l in text.split("\n") if label in l.split(" ")]
    if len(rows) != 1:
        raise LookupError(f"space row {label!r}: {len(rows)}")
    cells = rows[0].split(" ")
    return cells[cells.index(label) + 1:]


def pipe_rows(text, label):
    out = []
    for l in text.split("\n"):
        if l.startswith("|"):
            cells = [c.strip() for c in l.strip().strip("|").split("|")]
            if label in cells:
                out.append(cells[cells.index(label) + 1:])
    return out


def pipe_cells(text, label):
    rows = pipe_rows(text, label)
    if len(rows) != 1:
        raise LookupError(f"pipe row {label!r}: {len(rows)}")
    return rows[0]


QRE = re.compile(r"^(≥|≤|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_q(s):
    """'≥40个' -> ('gte', V(40), '个'); '100%' -> ('eq', V(100), '%'); qualitative -> None."""
    m = QRE.match(s.strip())
    if not m:
        return None
    d = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return d, V(m.group(2)), m.group(3).strip()


# ----------------------------------------------------------------------------- checks
class Ctx:
    def __init__(self, name):
        self.name = name
        self.fails = []   # (code, message)
        self.n = 0

    def need(self, code, ok, msg):
        self.n += 1
        if not ok:
            self.fails.append((code, msg))

    def money(self, code, msg, vals, fn, scalable=None):
        """An identity on amounts; if it fails but holds after rescaling one amount by 10^±4,
        it is a unit error."""
        self.n += 1
        if fn(vals):
            return
        for k in (scalable if scalable is not None else list(vals)):
            for f in (D(10000), D("0.0001")):
                alt = dict(vals)
                alt[k] = vals[k].scaled(f)
                if fn(alt):
                    self.fails.append(("unit_mismatch", f"{msg} [holds if {k} is rescaled]"))
                    return
        self.fails.append((code, msg))

    # --- common identities
    def sum_(self, code, msg, total, parts):
        vals = {"total": total}
        vals.update({f"p{i}": p for i, p in enumerate(parts)})
        self.money(code, msg, vals,
                   lambda v: close(v["total"], sum(v[f"p{i}"].v for i in range(len(parts)))))

    def same_money(self, msg, a, b):
        self.money("conflicting_values", msg, {"a": a, "b": b}, lambda v: eqv(v["a"], v["b"]))

    def same(self, msg, a, b):
        self.need("conflicting_values", eqv(a, b), f"{msg}: {a.s} vs {b.s}")

    def rate(self, msg, r, num, den, code="rate_mismatch"):
        """r (percent) = num/den*100; zero base: only '0'/blank/— tolerated."""
        if den.v == 0:
            self.need("implausible_rate", r.d == 0, f"{msg}: rate {r.s} on a zero base")
            return
        self.money(code, msg, {"r": r, "num": num, "den": den},
                   lambda v: close(v["r"], v["num"].v / v["den"].v * 100), scalable=["num", "den"])
        self.need("implausible_rate", D(0) <= r.v <= 100, f"{msg}: rate {r.s} outside 0-100%")

    def pct_ok(self, msg, r):
        self.need("implausible_rate", D(0) <= r.v <= 100, f"{msg}: {r.s}% outside 0-100%")

    def balance(self, msg, bal, recv, spent):
        self.money("balance_mismatch", msg, {"bal": bal, "recv": recv, "spent": spent},
                   lambda v: close(v["bal"], v["recv"].v - v["spent"].v))

    def grade(self, msg, total, word):
        self.need("grade_mismatch", GRADE_WORD[word] == grade_of(total),
                  f"{msg}: {total.s} -> {grade_of(total)}, stated {word}")

    def exec_score(self, msg, score, weight, rate_unrounded, rate_stated):
        self.need("score_exceeds_weight", D(0) <= score.v <= weight.v, f"{msg}: {score.s} > {weight.s}")
        c1 = weight.v * min(rate_unrounded / 100, D(1))
        c2 = weight.v * min(rate_stated.v / 100, D(1))
        self.need("score_rule_mismatch", close(score, c1) or close(score, c2),
                  f"{msg}: score {score.s} vs {c1:.4f}")

    def indicator(self, msg, row):
        """row: dict target, actual, weight, score, optional completion (strings)."""
        w, s = V(row["weight"]), V(row["score"])
        self.need("score_exceeds_weight", D(0) <= s.v <= w.v, f"{msg}: score {s.s} > weight {w.s}")
        t, a = parse_q(row["target"]), parse_q(row["actual"])
        if t is None or a is None:
            if t is None and a is None and "部分达成" in row["actual"]:
                self.need("score_rule_mismatch", w.v * D("0.6") <= s.v < w.v * D("0.8"),
                          f"{msg}: qualitative band")
            if (t is None) != (a is None) and t is not None:
                self.need("unit_mismatch", False, f"{msg}: quantitative target, qualitative actual")
            return
        (dirn, tv, tu), (_, av, au) = t, a
        units_ok = tu == au
        self.need("unit_mismatch", units_ok, f"{msg}: target unit {tu!r} vs actual unit {au!r}")
        if not units_ok:
            return
        if dirn == "lte":
            comp = D(100) if av.v <= tv.v else tv.v / av.v * 100
            sc = w.v if av.v <= tv.v else w.v * tv.v / av.v
        else:
            comp = av.v / tv.v * 100
            sc = w.v * min(av.v / tv.v, D(1))
        if row.get("completion"):
            self.need("completion_mismatch", close(V(row["completion"].rstrip("%")), comp),
                      f"{msg}: completion {row['completion']} vs {comp:.4f}")
        self.need("score_rule_mismatch", close(s, sc), f"{msg}: score {s.s} vs {sc:.4f}")

    def table_scores(self, msg, rows, exec_w, exec_s, totals_w, totals_s):
        ws = exec_w.v + sum(V(r["weight"]).v for r in rows)
        ss = exec_s.v + sum(V(r["score"]).v for r in rows)
        self.need("weight_sum_mismatch", ws == 100, f"{msg}: weights sum {ws}")
        for tw in totals_w:
            self.need("weight_sum_mismatch", close(tw, ws), f"{msg}: stated weight total {tw.s} vs {ws}")
        for ts in totals_s:
            self.need("score_sum_mismatch", close(ts, ss), f"{msg}: stated total {ts.s} vs sum {ss}")
        return ss


# ============================================================================ projects
def p_miluo(T):
    c = Ctx("hn-miluo")
    Y = int(g(T, r"汨罗市委老干部局(\d{4})年度老年大学办学经费项目支出绩效自评报告"))
    c.need("year_mismatch", int(g(T, r"（(\d{4})年度）")) == Y, "table year vs title year")
    c.need("year_mismatch", int(g(T, r"其中20万元为(\d{4})年12月提前下达")) == Y - 1, "advance year")
    c.need("year_mismatch", int(g(T, r"结转至(\d{4})年继续使用")) > Y, "carry-forward year")
    c.need("year_mismatch", int(g(T, r"财务数据截至(\d{4})年12月31日")) == Y, "data date year")
    # prose funds
    p_init = gv(T, r"本项目年初预算([\d.]+)万元")
    p_add = gv(T, r"追加([\d.]+)万元")
    p_carry = gv(T, r"加上上年结转资金([\d.]+)万元")
    p_annual = gv(T, r"全年预算合计([\d.]+)万元")
    p_recv_rate = gv(T, r"资金全部到位，到位率([\d.]+)%")
    p_spent = gv(T, r"全年实际支出([\d.]+)万元")
    p_rate = gv(T, r"全年实际支出[\d.]+万元，执行率([\d.]+)%")
    p_bal = gv(T, r"余下的([\d.]+)万元")
    parts = [gv(T, p) for p in (r"教师课酬([\d.]+)万元", r"教材及学习资料补助([\d.]+)万元",
                                r"教学点运行补助([\d.]+)万元", r"智慧教室设备购置([\d.]+)万元",
                                r"文体活动([\d.]+)万元")]
    books = V(parts[1].s, UNIT["万元"])
    num, unit = g(T, r"每生每学期([\d.]+)(元|万元)的标准")
    per_stu = V(num, UNIT[unit])
    spring, autumn = gv(T, r"春季(\d+)人、"), gv(T, r"秋季(\d+)人，合计")
    times = gv(T, r"合计(\d+)人次")
    per_point = gv(T, r"每个教学点([\d.]+)万元")
    n_points = gv(T, r"另在(\d+)个乡镇")
    # table funds
    tot, fis, car, oth = (tab_cells(T, k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    V4 = lambda r: [V(x.rstrip("%")) for x in r[:3]]
    (ti, ta, ts), (fi, fa, fs), (ci, ca, cs), (oi, oa, os_) = V4(tot), V4(fis), V4(car), V4(oth)
    for col, a, b, cc, d in (("年初", ti, fi, ci, oi), ("全年", ta, fa, ca, oa), ("执行", ts, fs, cs, os_)):
        c.sum_("sum_mismatch", f"table {col}: total = fiscal + carry + other", a, [b, cc, d])
    c.sum_("sum_mismatch", "fiscal annual = initial + 追加", fa, [p_init, p_add])
    c.sum_("sum_mismatch", "prose annual = initial + 追加 + carry", p_annual, [p_init, p_add, p_carry])
    c.sum_("sum_mismatch", "spending breakdown", p_spent, parts)
    c.sum_("sum_mismatch", "spring + autumn = 人次", times, [spring, autumn])
    c.money("sum_mismatch", "per-student 元 x 人次 = 教材补助", {"per": per_stu, "books": books},
            lambda v: close(v["books"], v["per"].v * times.v))
    c.money("sum_mismatch", "per-point x points = 教学点运行补助", {"per": per_point, "amt": parts[2]},
            lambda v: close(v["amt"], v["per"].v * n_points.v))
    c.rate("table total execution rate", V(tot[4].rstrip("%")), ts, ta)
    c.rate("table fiscal execution rate", V(fis[4].rstrip("%")), fs, fa)
    c.rate("table carry execution rate", V(car[4].rstrip("%")), cs, ca)
    c.rate("table other execution rate", V(oth[4].rstrip("%")), os_, oa)
    c.rate("prose execution rate", p_rate, p_spent, p_annual)
    c.need("rate_mismatch", close(p_recv_rate, D(100)), "资金全部到位 => 到位率100%")
    c.need("rate_mismatch", eqv(cs, ca), "上年结转资金已全部支出 => executed = budget")
    c.balance("余下 = 全年预算(全部到位) - 支出", p_bal, p_annual, p_spent)
    c.same_money("annual prose/table", p_annual, ta)
    c.same_money("spent prose/table", p_spent, ts)
    c.same_money("initial prose/table", p_init, ti)
    c.same_money("carry prose/table", p_carry, ca)
    c.same("execution rate prose/table", p_rate, V(tot[4].rstrip("%")))
    # indicators
    names = ["开设教学班数", "在册学员人数", "学员结业率", "按期开学率", "生均办学成本",
             "文艺演出及展览场次", "学员志愿服务人次", "教学点正常开课数", "学员满意度"]
    rows = {}
    for n in names:
        cl = tab_cells(T, n)
        rows[n] = dict(target=cl[0], actual=cl[1], weight=cl[2], score=cl[3])
        c.indicator(n, rows[n])
    exec_w, exec_s = V(tot[3]), V(tot[5])
    c.exec_score("execution score", exec_s, exec_w, ts.v / ta.v * 100, V(tot[4].rstrip("%")))
    tw, tsc = [V(x) for x in tab_cells(T, "总分") if x]
    p_total, p_grade = g(T, r"本项目得分([\d.]+)分，等级为“(.)”")
    p_total = V(p_total)
    c.table_scores("self-evaluation table", list(rows.values()), exec_w, exec_s, [tw], [tsc, p_total])
    c.same("total prose/table", p_total, tsc)
    c.grade("prose grade", p_total, p_grade)
    # prose vs table, averages, completion
    act = lambda n: parse_q(rows[n]["actual"])[1]
    tgt = lambda n: parse_q(rows[n]["target"])[1]
    for pat in (r"共开设教学班(\d+)个", r"全年开设教学班(\d+)个，为目标数", r"\t开设教学班(\d+)个，在册"):
        c.same("classes", gv(T, pat), act("开设教学班数"))
    for pat in (r"在册学员(\d+)人；2021年", r"在册学员(\d+)人；学员结业率", r"\t开设教学班\d+个，在册学员(\d+)人"):
        c.same("students", gv(T, pat), act("在册学员人数"))
    c.need("completion_mismatch", close(gv(T, r"为目标数的([\d.]+)%"),
                                         act("开设教学班数").v / tgt("开设教学班数").v * 100), "classes completion")
    grad, gap = (V(x) for x in g(T, r"学员结业率([\d.]+)%，较目标低([\d.]+)个百分点"))
    c.same("graduation rate", grad, act("学员结业率"))
    c.need("sum_mismatch", close(gap, tgt("学员结业率").v - grad.v), "gap in percentage points")
    cost_p = gv(T, r"生均办学成本([\d.]+)元，在控制")
    c.same("cost per student", cost_p, act("生均办学成本"))
    for cost in (cost_p, act("生均办学成本")):
        c.money("average_mismatch", "cost per student = spent / students",
                {"cost": cost, "spent": V(p_spent.s, UNIT["万元"])},
                lambda v, cost=cost: close(v["cost"], v["spent"].v / act("在册学员人数").v))
    shows, more = (V(x) for x in g(T, r"文艺演出及展览(\d+)场，比计划多(\d+)场"))
    c.same("shows", shows, act("文艺演出及展览场次"))
    c.need("sum_mismatch", close(more, shows.v - tgt("文艺演出及展览场次").v), "shows above plan")
    c.same("volunteer", gv(T, r"社区志愿服务(\d+)人次"), act("学员志愿服务人次"))
    valid, sat, satp = (V(x) for x in g(T, r"回收有效问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%"))
    c.rate("satisfaction", satp, sat, valid)
    c.same("satisfaction prose/table", satp, act("学员满意度"))
    c.pct_ok("satisfaction table", act("学员满意度"))
    c.same("points", n_points, act("教学点正常开课数"))
    return c


def p_qinyuan(T):
    c = Ctx("sx-qinyuan")
    Y = int(g(T, r"项目实施计划：1年（(\d{4})年1月至12月）"))
    c.need("year_mismatch", int(g(T, r"截至(\d{4})年12月31日")) == Y, "截至 year")
    c.need("year_mismatch", int(g(T, r"已于(\d{4})年1月由县财政收回")) > Y, "recall after year end")
    labels = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {}
    for i, lab in enumerate(labels, 1):
        cells = word_cells(T, lab)
        R[i] = [V(x) for x in cells[1:9]]   # total, subtotal, central, prov, city, county, carry, other
    cols = ["total", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for i in (1, 2, 3, 4, 5):
        r = R[i]
        c.sum_("sum_mismatch", f"row ({i}) 小计 = 中央+省+市+县", r[1], r[2:6])
        c.sum_("sum_mismatch", f"row ({i}) total = 小计+结转+其他", r[0], [r[1], r[6], r[7]])
    for j, col in enumerate(cols):
        c.balance(f"(5)=(3)-(4) {col}", R[5][j], R[3][j], R[4][j])
        c.rate(f"(6)=(3)/(2) {col}", R[6][j], R[3][j], R[2][j])
        c.rate(f"(7)=(4)/(2) {col}", R[7][j], R[4][j], R[2][j])
    p_init = gv(T, r"年初预算([\d.]+)万元全部为财政资金")
    p_add = gv(T, r"年中省级追加补助([\d.]+)万元")
    p_carry = gv(T, r"并将上年结转的([\d.]+)万元纳入预算")
    p_annual = gv(T, r"全年预算资金([\d.]+)万元，资金全部到位")
    p_spent = gv(T, r"支出([\d.]+)万元，预算执行率")
    p_rate = gv(T, r"支出[\d.]+万元，预算执行率([\d.]+)%")
    p_rate2, p_es = (V(x) for x in g(T, r"执行率([\d.]+)%，按执行率计得([\d.]+)分"))
    p_bal = gv(T, r"结余([\d.]+)万元均为县级资金")
    c.same_money("initial prose/table", p_init, R[1][0])
    c.sum_("sum_mismatch", "annual 省级 = initial 省级 + 追加", R[2][3], [R[1][3], p_add])
    c.sum_("sum_mismatch", "annual = initial + 追加 + carry", p_annual, [p_init, p_add, p_carry])
    c.same_money("carry prose/table", p_carry, R[2][6])
    c.same_money("annual prose/table", p_annual, R[2][0])
    c.need("rate_mismatch", eqv(R[3][0], R[2][0]), "资金全部到位 => (3) = (2)")
    c.same_money("spent prose/table", p_spent, R[4][0])
    c.rate("prose execution rate", p_rate, p_spent, p_annual)
    c.same("rate prose/prose", p_rate, p_rate2)
    c.same("rate prose/table", p_rate, R[7][0])
    c.balance("prose 结余", p_bal, p_annual, p_spent)
    c.same_money("结余 prose/table", p_bal, R[5][0])
    c.same_money("结余 prose = 县区级", p_bal, R[5][5])
    n_pt, per_pt = gv(T, r"（(\d+)个教学点，每点"), gv(T, r"每点([\d.]+)万元）")
    parts = [gv(T, p) for p in (r"教学点运行补助([\d.]+)万元", r"线上课程录制及平台维护([\d.]+)万元",
                                r"学习资料([\d.]+)万元", r"兼职教师培训([\d.]+)万元")]
    c.money("sum_mismatch", "points x per point", {"a": parts[0], "p": per_pt},
            lambda v: close(v["a"], v["p"].v * n_pt.v))
    c.sum_("sum_mismatch", "spending breakdown", p_spent, parts)
    _, old, new = g(T, r"(\d+)年全县设有教学点(\d+)个，\d+年新增(\d+)个")
    old, new, now = V(old), V(new), gv(T, r"新增\d+个，达到(\d+)个")
    c.sum_("sum_mismatch", "points last year + new", now, [old, new])
    # 附件1
    names = ["教学点数量", "线上课程开设门数", "参训老年学员人次", "兼职教师培训合格率", "资金拨付及时率",
             "教学点运行补助标准", "老年人经常参加学习比例", "社区教育志愿者人数", "学员满意度"]
    rows = {}
    for n in names:
        cl = word_cells(T, n)
        rows[n] = dict(weight=cl[0], target=cl[1], actual=cl[2], completion=cl[3], score=cl[4])
        c.indicator(n, rows[n])
    ex = word_cells(T, "预算执行率")
    exec_w, exec_s = V(ex[0]), V(ex[4])
    exrow = dict(weight=ex[0], target=ex[1], actual=ex[2], completion=ex[3], score=ex[4])
    c.indicator("预算执行率 row", exrow)
    c.same("execution rate 附件1/funds table", V(ex[2].rstrip("%")), R[7][0])
    c.exec_score("execution score", exec_s, exec_w, R[4][0].v / R[2][0].v * 100, V(ex[2].rstrip("%")))
    c.same("execution score prose/table", p_es, exec_s)
    tot = word_cells(T, "合计")
    p_total, p_grade = g(T, r"总得分([\d.]+)分，属于“(.+?)”")
    p_total = V(p_total)
    c.table_scores("附件1", list(rows.values()), exec_w, exec_s, [V(tot[2])], [V(tot[6]), p_total])
    c.grade("prose grade", p_total, p_grade)
    act = lambda n: parse_q(rows[n]["actual"])[1]
    tgt = lambda n: parse_q(rows[n]["target"])[1]
    c.same("points", now, act("教学点数量"))
    c.same("points in breakdown", n_pt, act("教学点数量"))
    c.same("per point", per_pt, act("教学点运行补助标准"))
    courses, more = (V(x) for x in g(T, r"线上课程开设(\d+)门，比目标多(\d+)门"))
    c.same("courses", courses, act("线上课程开设门数"))
    c.need("sum_mismatch", close(more, courses.v - tgt("线上课程开设门数").v), "courses above target")
    learners, compl = (V(x) for x in g(T, r"参训老年学员(\d+)人次，完成率([\d.]+)%"))
    c.same("learners", learners, act("参训老年学员人次"))
    c.need("completion_mismatch", close(compl, learners.v / tgt("参训老年学员人次").v * 100), "prose completion")
    c.same("completion prose/table", compl, V(rows["参训老年学员人次"]["completion"].rstrip("%")))
    avg = gv(T, r"平均每点服务([\d.]+)人次")
    c.need("average_mismatch", close(avg, learners.v / now.v), "average per teaching point")
    c.same("teacher pass rate", gv(T, r"兼职教师培训合格率(\d+)%。"), act("兼职教师培训合格率"))
    c.same("learning share", gv(T, r"经常参加学习的比例为([\d.]+)%"), act("老年人经常参加学习比例"))
    c.same("volunteers", gv(T, r"志愿者队伍发展到(\d+)人"), act("社区教育志愿者人数"))
    sat = gv(T, r"抽样调查学员\d+名，满意度(\d+)%")
    c.same("satisfaction", sat, act("学员满意度"))
    c.pct_ok("satisfaction", sat)
    return c


def p_quxian(T):
    c = Ctx("sc-quxian")
    Y = int(g(T, r"渠县教育局(\d{4})年度项目支出绩效自评报告"))
    c.need("year_mismatch", int(g(T, r"（(\d{4})年度）")) == Y, "table year vs title year")
    c.need("year_mismatch", int(g(T, r"(\d{4})年年初批复")) == Y, "budget year")
    c.need("year_mismatch", int(g(T, r"结转至(\d{4})年继续使用")) > Y, "carry-forward year")
    rows_f = {k: sp_cells(T, k) for k in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    F = {k: [V(x) for x in r[:3]] for k, r in rows_f.items()}
    keys = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for j, col in enumerate(("年初", "全年", "执行")):
        c.sum_("sum_mismatch", f"{col}: total = components", F["年度资金总额"][j], [F[k][j] for k in keys])
    for k in rows_f:
        c.rate(f"{k} execution rate", V(rows_f[k][4].rstrip("%")), F[k][2], F[k][1])
    tot = rows_f["年度资金总额"]
    exec_w, exec_s = V(tot[3]), V(tot[5])
    c.exec_score("execution score", exec_s, exec_w, F["年度资金总额"][2].v / F["年度资金总额"][1].v * 100,
                 V(tot[4].rstrip("%")))
    p_init = gv(T, r"年初批复财政预算资金([\d.]+)万元")
    p_plan = gv(T, r"另计划接受社会捐赠([\d.]+)万元")
    p_add = gv(T, r"社区教育示范补助([\d.]+)万元")
    p_don = gv(T, r"全年实际接受社会捐赠([\d.]+)万元")
    p_annual = gv(T, r"调整后全年预算([\d.]+)万元")
    c.same_money("initial fiscal prose/table", p_init, F["其中：财政资金"][0])
    c.same_money("planned donation prose/table", p_plan, F["其他资金"][0])
    c.sum_("sum_mismatch", "fiscal annual = initial + 追加", F["其中：财政资金"][1], [p_init, p_add])
    c.sum_("sum_mismatch", "annual = initial fiscal + 追加 + donation", p_annual, [p_init, p_add, p_don])
    c.same_money("donation prose/table", p_don, F["其他资金"][1])
    c.same_money("annual prose/table", p_annual, F["年度资金总额"][1])
    c.need("rate_mismatch", close(gv(T, r"资金全部到位，到位率([\d.]+)%"), D(100)), "全部到位 => 100%")
    p_spent = gv(T, r"全年支出([\d.]+)万元，执行率")
    p_rate = gv(T, r"全年支出[\d.]+万元，执行率([\d.]+)%")
    p_frate = gv(T, r"其中财政资金执行率([\d.]+)%")
    c.same_money("spent prose/table", p_spent, F["年度资金总额"][2])
    c.rate("prose execution rate", p_rate, p_spent, p_annual)
    c.same("rate prose/table", p_rate, V(tot[4].rstrip("%")))
    c.same("fiscal rate prose/table", p_frate, V(rows_f["其中：财政资金"][4].rstrip("%")))
    c.need("rate_mismatch", eqv(F["其他资金"][2], F["其他资金"][1]), "捐赠资金全部使用 => spent = budget")
    n_pt, per_pt = gv(T, r"（(\d+)个学习点，每点"), gv(T, r"每点([\d.]+)万元）")
    parts = [gv(T, p) for p in (r"学习点运行补助([\d.]+)万元", r"送教下乡师资课酬([\d.]+)万元",
                                r"线上学习平台运维([\d.]+)万元", r"学习点设备购置([\d.]+)万元")]
    c.money("sum_mismatch", "points x per point", {"a": parts[0], "p": per_pt},
            lambda v: close(v["a"], v["p"].v * n_pt.v))
    c.sum_("sum_mismatch", "spending breakdown", p_spent, parts)
    c.balance("unspent = annual - spent", gv(T, r"尚未支付的([\d.]+)万元"), p_annual, p_spent)
    names = ["学习点运行数", "送教下乡课程场次", "线上平台注册老年学员", "学习点规范化达标率", "补助资金按季度拨付率",
             "学习点运行补助标准", "老年人参与学习比例", "学习点常态化开课率", "参学老年人满意度"]
    rows = {}
    for n in names:
        cl = sp_cells(T, n)
        sign = "" if cl[0] == "=" else cl[0]
        rows[n] = dict(target=sign + cl[1] + cl[2], actual=cl[3] + cl[2], weight=cl[4], score=cl[5])
        c.indicator(n, rows[n])
    tw, tsc = (V(x) for x in sp_cells(T, "总分"))
    p_total = gv(T, r"本项目自评得分([\d.]+)分")
    c.table_scores("自评表", list(rows.values()), exec_w, exec_s, [tw], [tsc, p_total])
    c.grade("prose grade", p_total, g(T, r"评价等级为(.)。"))
    act = lambda n: parse_q(rows[n]["actual"])[1]
    tgt = lambda n: parse_q(rows[n]["target"])[1]
    pts = gv(T, r"全县运行老年教育学习点(\d+)个")
    c.same("points", pts, act("学习点运行数"))
    c.same("points in breakdown", n_pt, act("学习点运行数"))
    c.same("per point", per_pt, act("学习点运行补助标准"))
    ok_n, ok_r = (V(x) for x in g(T, r"其中(\d+)个达到规范化标准，达标率([\d.]+)%"))
    c.rate("达标率 = 达标数 / 学习点数", ok_r, ok_n, pts)
    c.same("达标率 prose/table", ok_r, act("学习点规范化达标率"))
    c.need("sum_mismatch", close(gv(T, r"主要是(\d+)个新建学习点"), pts.v - ok_n.v), "points not up to standard")
    cls, compl = (V(x) for x in g(T, r"送教下乡课程(\d+)场次，完成率([\d.]+)%"))
    c.same("送教场次", cls, act("送教下乡课程场次"))
    c.need("completion_mismatch", close(compl, cls.v / tgt("送教下乡课程场次").v * 100), "送教 completion")
    c.same("registered learners", gv(T, r"注册老年学员(\d+)人。"), act("线上平台注册老年学员"))
    c.same("participation", gv(T, r"参与学习比例为([\d.]+)%"), act("老年人参与学习比例"))
    reg_n, reg_r = (V(x) for x in g(T, r"中有(\d+)个实现常态化开课，常态化开课率([\d.]+)%"))
    c.rate("常态化开课率", reg_r, reg_n, pts)
    c.same("常态化开课率 prose/table", reg_r, act("学习点常态化开课率"))
    sat, sub = (V(x) for x in g(T, r"综合满意度([\d.]+)%，其中线上课程满意率([\d.]+)%"))
    c.same("satisfaction", sat, act("参学老年人满意度"))
    c.pct_ok("satisfaction", sat)
    c.pct_ok("online satisfaction", sub)
    return c


def p_yidu(T):
    c = Ctx("hb-yidu")
    Y = int(g(T, r"宜都市委老干部局(\d{4})年度项目支出绩效自评报告"))
    c.need("year_mismatch", int(g(T, r"项目支出绩效自评表（(\d{4})年度）")) == Y, "table year")
    c.need("year_mismatch", int(g(T, r"(\d{4})年项目年初预算")) == Y, "budget year")
    c.need("year_mismatch", int(g(T, r"其中10万元于(\d{4})年12月提前下达")) == Y - 1, "advance year")
    c.need("year_mismatch", int(g(T, r"结转(\d{4})年使用")) > Y, "carry-forward year")
    c.need("year_mismatch", int(g(T, r"财务数据以(\d{4})年度决算为准")) == Y, "决算 year")
    city, prov = pipe_cells(T, "市级财政资金"), pipe_cells(T, "省级补助资金")
    tots = pipe_rows(T, "合计")
    if len(tots) != 2:
        raise LookupError("expected two 合计 rows")
    ftot, itot = tots
    Fc, Fp, Ft = ([V(x.rstrip("%")) for x in r[:5]] for r in (city, prov, ftot))
    for j, col in enumerate(("年初", "全年", "到位", "支出")):
        c.sum_("sum_mismatch", f"funds {col}", Ft[j], [Fc[j], Fp[j]])
    for nm, r in (("city", Fc), ("prov", Fp), ("total", Ft)):
        c.rate(f"funds {nm} execution rate", r[4], r[3], r[1])
    p_init = gv(T, r"年初预算(\d+(?:\.\d+)?)万元（")
    p_add = gv(T, r"下达老年教育补助([\d.]+)万元")
    p_annual = gv(T, r"全年预算([\d.]+)万元，资金全部到位")
    p_spent = gv(T, r"全年支出([\d.]+)万元，预算执行率")
    p_rate = gv(T, r"预算执行率([\d.]+)%，结余")
    p_bal = gv(T, r"结余([\d.]+)万元，主要是")
    c.same_money("initial prose/table", p_init, Ft[0])
    c.same_money("追加 prose/table (省级 annual)", p_add, Fp[1])
    c.sum_("sum_mismatch", "annual = initial + 追加", p_annual, [p_init, p_add])
    c.same_money("annual prose/table", p_annual, Ft[1])
    c.need("rate_mismatch", eqv(Ft[2], Ft[1]), "资金全部到位 => 到位 = 全年")
    c.same_money("spent prose/table", p_spent, Ft[3])
    c.rate("prose execution rate", p_rate, p_spent, p_annual)
    c.same("rate prose/funds table", p_rate, Ft[4])
    c.balance("结余 = 到位 - 支出", p_bal, Ft[2], p_spent)
    parts = [gv(T, p) for p in (r"教师课酬([\d.]+)万元", r"教学设备及耗材([\d.]+)万元", r"文体活动及展演([\d.]+)万元",
                                r"教材资料([\d.]+)万元", r"远程收视点建设([\d.]+)万元")]
    c.sum_("sum_mismatch", "spending breakdown", p_spent, parts)
    names = ["开设班级数", "在册学员人数", "教师授课课时", "学员到课率", "书画展及文艺汇演", "作品获市级以上奖项",
             "远程收视网络建设", "学员满意度"]
    rows, block = {}, {}
    for l in T.split("\n"):
        if l.startswith("|"):
            cells = [x.strip() for x in l.strip().strip("|").split("|")]
            if len(cells) > 1 and cells[1] in names:
                block[cells[1]] = cells[0]
    for n in names:
        cl = pipe_cells(T, n)
        rows[n] = dict(target=cl[0], actual=cl[1], weight=cl[2], score=cl[3])
        c.indicator(n, rows[n])
    ex = pipe_cells(T, "预算执行率")
    exec_w, exec_s = V(ex[2]), V(ex[3])
    c.same("rate indicator table/funds table", V(ex[1].rstrip("%")), Ft[4])
    c.exec_score("execution score (20 x rate)", exec_s, exec_w, Ft[3].v / Ft[1].v * 100, V(ex[1].rstrip("%")))
    tw, tsc = V(itot[3]), V(itot[4])
    p_es = gv(T, r"预算执行得分([\d.]+)分；")
    blocks = dict((k, (V(w), V(s))) for k, w, s in
                  (g(T, r"(目标一)（(\d+)分）得分([\d.]+)分"), g(T, r"(目标二)（(\d+)分）得分([\d.]+)分"),
                   g(T, r"(目标三)（(\d+)分）得分([\d.]+)分")))
    p_total = gv(T, r"合计([\d.]+)分，自评等级为")
    c.table_scores("indicator table", list(rows.values()), exec_w, exec_s, [tw], [tsc])
    c.same("execution score prose/table", p_es, exec_s)
    pw_exec, pw_goals = (V(x) for x in g(T, r"预算执行（(\d+)分）加年度目标完成情况（(\d+)分）"))
    c.need("weight_sum_mismatch", close(pw_exec, exec_w.v), "execution weight prose/table")
    c.need("weight_sum_mismatch", close(pw_goals, sum(w.v for w, _ in blocks.values())), "goal blocks sum to 80")
    c.need("weight_sum_mismatch", pw_exec.v + pw_goals.v == 100, "20 + 80 = 100")
    for b, (bw, bs) in blocks.items():
        members = [rows[n] for n in names if block[n] == b]
        c.need("weight_sum_mismatch", close(bw, sum(V(r["weight"]).v for r in members)), f"{b} weights")
        c.need("score_sum_mismatch", close(bs, sum(V(r["score"]).v for r in members)), f"{b} scores")
    c.need("score_sum_mismatch", close(p_total, p_es.v + sum(s.v for _, s in blocks.values())), "prose total = parts")
    c.same("total prose/table", p_total, tsc)
    c.grade("prose grade", p_total, g(T, r"自评等级为(.)。"))
    c.grade("table grade", tsc, g(T, r"自评等级：(.)"))
    act = lambda n: parse_q(rows[n]["actual"])[1]
    c.same("classes", gv(T, r"全年开设班级(\d+)个"), act("开设班级数"))
    stu = gv(T, r"在册学员(\d+)人，学员平均")
    c.same("students", stu, act("在册学员人数"))
    c.same("attendance", gv(T, r"学员平均到课率([\d.]+)%"), act("学员到课率"))
    c.same("shows", gv(T, r"文艺汇演(\d+)场，学员作品"), act("书画展及文艺汇演"))
    c.same("awards", gv(T, r"奖项(\d+)件，获奖数量"), act("作品获市级以上奖项"))
    sat = gv(T, r"学员满意度([\d.]+)%，略低于目标")
    c.same("satisfaction", sat, act("学员满意度"))
    c.pct_ok("satisfaction", sat)
    built, rest = (V(x) for x in g(T, r"完成(\d+)个乡镇收视点建设，其余(\d+)个"))
    c.need("sum_mismatch", close(gv(T, r"\| (\d+)个收视点未建成"), rest.v), "points not built")
    avg = gv(T, r"生均经费约(\d+)元")      # 约: never flagged beyond half a unit of its last digit
    c.money("average_mismatch", "per-student spending", {"avg": avg, "spent": V(p_spent.s, UNIT["万元"])},
            lambda v: close(v["avg"], v["spent"].v / stu.v))
    return c


def p_nanping(T):
    c = Ctx("fj-nanping")
    Y = int(g(T, r"南平市老年大学(\d{4})年度部门整体支出绩效自评报告"))
    c.need("year_mismatch", int(g(T, r"（(\d{4})年度）")) == Y, "table year")
    c.need("year_mismatch", int(g(T, r"(\d{4})年年初预算")) == Y, "budget year")
    c.need("year_mismatch", int(g(T, r"结转(\d{4})年支付")) > Y, "carry-forward year")
    c.need("year_mismatch", int(g(T, r"金额以(\d{4})年度部门决算数为准")) == Y, "决算 year")
    c.need("year_mismatch", int(g(T, r"\n(\d{4})年\d+月\d+日\n")) == Y + 1, "report dated the following year")
    cls = [V(x) for x in g(T, r"分别开设教学班(\d+)个、(\d+)个、(\d+)个，合计(\d+)个")]
    stu = [V(x) for x in g(T, r"在册学员分别为(\d+)人、(\d+)人、(\d+)人，合计(\d+)人")]
    c.sum_("sum_mismatch", "classes per campus", cls[3], cls[:3])
    c.sum_("sum_mismatch", "students per campus", stu[3], stu[:3])
    p_init, p_addb, p_addo, p_annual = (V(x) for x in g(
        T, r"年初预算([\d.]+)万元，年中因调整工资标准追加基本支出([\d.]+)万元、追加线上课程经费([\d.]+)万元，全年预算([\d.]+)万元"))
    c.sum_("sum_mismatch", "annual = initial + adjustments", p_annual, [p_init, p_addb, p_addo])
    basic, staff, office = (V(x) for x in g(T, r"基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元）"))
    c.sum_("sum_mismatch", "basic = staff + office", basic, [staff, office])
    proj = gv(T, r"项目支出([\d.]+)万元。全年支出")
    c.sum_("sum_mismatch", "annual = basic + projects", p_annual, [basic, proj])
    p_spent, p_rate = (V(x) for x in g(T, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%"))
    c.rate("prose execution rate", p_rate, p_spent, p_annual)
    p_pspent = gv(T, r"项目支出执行([\d.]+)万元")
    c.balance("unspent project money", gv(T, r"未执行的([\d.]+)万元"), proj, p_pspent)
    # 自评表 funds
    ft = {k: sp_cells(T, k) for k in ("年度资金总额", "其中：基本支出", "项目支出")}
    F = {k: [V(x) for x in r[:3]] for k, r in ft.items()}
    for j, col in enumerate(("年初", "全年", "执行")):
        c.sum_("sum_mismatch", f"自评表 {col}", F["年度资金总额"][j], [F["其中：基本支出"][j], F["项目支出"][j]])
    for k in ft:
        c.rate(f"自评表 {k} rate", V(ft[k][4].rstrip("%")), F[k][2], F[k][1])
    c.sum_("sum_mismatch", "basic annual = initial + 追加", F["其中：基本支出"][1], [F["其中：基本支出"][0], p_addb])
    c.sum_("sum_mismatch", "project annual = initial + 追加", F["项目支出"][1], [F["项目支出"][0], p_addo])
    c.same_money("initial prose/table", p_init, F["年度资金总额"][0])
    c.same_money("annual prose/table", p_annual, F["年度资金总额"][1])
    c.same_money("spent prose/table", p_spent, F["年度资金总额"][2])
    c.same("rate prose/table", p_rate, V(ft["年度资金总额"][4].rstrip("%")))
    c.same_money("basic prose/table", basic, F["其中：基本支出"][1])
    c.need("rate_mismatch", eqv(F["其中：基本支出"][2], F["其中：基本支出"][1]), "基本支出全部执行")
    c.same_money("projects prose/table", proj, F["项目支出"][1])
    c.same_money("project spent prose/自评表", p_pspent, F["项目支出"][2])
    tot = ft["年度资金总额"]
    exec_w, exec_s = V(tot[3]), V(tot[5])
    c.exec_score("execution score", exec_s, exec_w, F["年度资金总额"][2].v / F["年度资金总额"][1].v * 100,
                 V(tot[4].rstrip("%")))
    # three projects: prose, 表1
    pats = {"办班经费": r"办班经费：预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%",
            "教学点建设经费": r"教学点建设经费：预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%",
            "线上课程经费": r"线上课程经费：预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%"}
    T1 = {k: sp_cells(T, k) for k in pats}
    for k, pat in pats.items():
        b, s, r = (V(x) for x in g(T, pat))
        c.rate(f"{k} rate", r, s, b)
        c.same_money(f"{k} budget prose/表1", b, V(T1[k][0]))
        c.same_money(f"{k} spent prose/表1", s, V(T1[k][1]))
        es = V(T1[k][2])
        c.exec_score(f"{k} 执行得分 (分值10)", es, V(g(T, r"执行得分\(分值(\d+)\)")),
                     V(T1[k][1]).v / V(T1[k][0]).v * 100, r)
    t1sum = sp_cells(T, "合计")
    c.sum_("sum_mismatch", "表1 budgets", V(t1sum[0]), [V(T1[k][0]) for k in pats])
    c.sum_("sum_mismatch", "表1 spent", V(t1sum[1]), [V(T1[k][1]) for k in pats])
    c.same_money("表1 budget total / prose", V(t1sum[0]), proj)
    c.same_money("表1 spent total / 自评表", V(t1sum[1]), F["项目支出"][2])
    c.same_money("表1 spent total / prose", V(t1sum[1]), p_pspent)
    scores = [V(x) for x in g(T, r"三个项目自评得分分别为([\d.]+)分、([\d.]+)分和([\d.]+)分")]
    for k, sc in zip(pats, scores):
        c.same(f"{k} score prose/表1", sc, V(T1[k][3]))
        c.need("score_exceeds_weight", sc.v <= 100, f"{k} score above 100")
    avg = gv(T, r"平均([\d.]+)分。")
    c.need("average_mismatch", close(avg, sum(s.v for s in scores) / len(scores)), "average of project scores")
    sw, ss = (V(x) for x in g(T, r"满意度指标分值(\d+)分，得分([\d.]+)分"))
    c.need("score_exceeds_weight", ss.v <= sw.v, f"online satisfaction: {ss.s} > {sw.s}")
    # item arithmetic
    per, unit_ = g(T, r"按每人每学期([\d.]+)(元|万元)标准")
    per = V(per, UNIT[unit_])
    spring, autumn, subsidy = (V(x) for x in g(T, r"春季学期(\d+)人、秋季学期(\d+)人，计([\d.]+)万元"))
    subsidy = V(subsidy.s, UNIT["万元"])
    c.money("sum_mismatch", "per-student 元 x 人·学期 = subsidy", {"per": per, "sub": subsidy},
            lambda v: close(v["sub"], v["per"].v * (spring.v + autumn.v)))
    c.sum_("sum_mismatch", "办班 = subsidy + materials", g_v(T, pats["办班经费"], 1),
           [V(subsidy.s), gv(T, r"教材资料([\d.]+)万元")])
    n_pt, per_pt, pts_sum, rest = (V(x) for x in g(T, r"(\d+)个教学点每点补助([\d.]+)万元，共(\d+)万元，其余([\d.]+)万元"))
    c.money("sum_mismatch", "points x per point", {"a": pts_sum, "p": per_pt}, lambda v: close(v["a"], v["p"].v * n_pt.v))
    c.sum_("sum_mismatch", "教学点 = points + training", g_v(T, pats["教学点建设经费"], 1), [pts_sum, rest])
    courses, rec, ops = (V(x) for x in g(T, r"全年新录制课程(\d+)门，支出([\d.]+)万元；平台运维([\d.]+)万元"))
    c.sum_("sum_mismatch", "线上 = recording + platform", g_v(T, pats["线上课程经费"], 1), [rec, ops])
    # indicators
    names = ["开设教学班数", "在册学员人数", "新录制线上课程", "学员结业率", "资金拨付及时率", "学员学习补助标准",
             "线上平台注册学员", "教学点覆盖县（市、区）", "学员满意度"]
    rows = {}
    for n in names:
        cl = sp_cells(T, n)
        rows[n] = dict(target=cl[0], actual=cl[1], weight=cl[2], score=cl[3])
        c.indicator(n, rows[n])
    tw, tsc = (V(x) for x in sp_cells(T, "总分"))
    p_total, p_grade = g(T, r"自评得分([\d.]+)分，评价等级为“(.)”")
    p_total = V(p_total)
    c.table_scores("自评表", list(rows.values()), exec_w, exec_s, [tw], [tsc, p_total])
    c.grade("prose grade", p_total, p_grade)
    act = lambda n: parse_q(rows[n]["actual"])[1]
    c.same("classes", cls[3], act("开设教学班数"))
    c.same("classes (conclusion)", gv(T, r"开设教学班(\d+)个、新录制"), act("开设教学班数"))
    c.same("students", stu[3], act("在册学员人数"))
    c.same("courses", courses, act("新录制线上课程"))
    c.same("courses (conclusion)", gv(T, r"新录制线上课程(\d+)门，均完成"), act("新录制线上课程"))
    c.same("graduation", gv(T, r"学员结业率([\d.]+)%，低于"), act("学员结业率"))
    c.same("registered", gv(T, r"平台注册学员(\d+)人，比上年"), act("线上平台注册学员"))
    c.same("satisfaction", gv(T, r"学员满意度([\d.]+)%。"), act("学员满意度"))
    c.same("subsidy standard", V(per.s), act("学员学习补助标准"))
    c.same("teaching points", n_pt, act("教学点覆盖县（市、区）"))
    c.pct_ok("satisfaction", act("学员满意度"))
    return c


def g_v(text, pat, i):
    return V(g(text, pat)[i])


PROJECTS = {
    "hn-miluo-lndxbanxue-2022": p_miluo,
    "sx-qinyuan-sqlnjiaoyu-2020": p_qinyuan,
    "sc-quxian-lnjyxuexidian-2024": p_quxian,
    "hb-yidu-lndxyunzhuan-2018": p_yidu,
    "fj-nanping-laoniandaxue-bumen-2023": p_nanping,
}


# ============================================================================ main
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    code_count = {}
    cleans = {}
    for r in labels:
        if set(r) != {"case", "source", "clean", "expected"}:
            problems.append(f"{r['case']}: keys {sorted(r)}")
        with open(os.path.join(CASES, r["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if r["clean"]:
            cleans[r["source"]] = text
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expectations")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{r['case']}: length {n} outside 2800-3400")
    for r in labels:
        name = r["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        ctx = PROJECTS[r["source"]](text)
        errs = {code for code, _ in ctx.fails if code in ERROR_CODES}
        unknown = {code for code, _ in ctx.fails if code not in ERROR_CODES | WARNING_CODES}
        if unknown:
            problems.append(f"{name}: unknown codes {unknown}")
        if r["clean"]:
            if ctx.fails:
                problems.append(f"{name}: clean draft fails {ctx.fails}")
            print(f"{name:45s} clean   {ctx.n:3d} checks pass")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = r["expected"][0]
        code, value = lab["code"], lab["value"]
        code_count[code] = code_count.get(code, 0) + 1
        if code not in ERROR_CODES or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{lab['severity']}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        clean = cleans[r["source"]]
        (cs, ce), (es, ee) = diff_region(clean, text)
        if ce - cs > 40 or ee - es > 40 or ee <= es and ce <= cs:
            problems.append(f"{name}: edit region too large or empty ({clean[cs:ce]!r} -> {text[es:ee]!r})")
        i = text.find(value)
        if not (i < max(ee, es + 1) and es < i + len(value)):
            problems.append(f"{name}: label value does not overlap the edit")
        if code not in errs:
            problems.append(f"{name}: labelled {code} does not fail (fails: {ctx.fails})")
        others = errs - {code}
        if others:
            problems.append(f"{name}: other error codes fail: {[f for f in ctx.fails if f[0] in others]}")
        warn = sorted({c for c, _ in ctx.fails if c in WARNING_CODES})
        print(f"{name:45s} {code:22s} {clean[cs:ce]!r:>14} -> {text[es:ee]!r:<14} "
              f"{'(+warning ' + ','.join(warn) + ')' if warn else ''}")
    for code in sorted(ERROR_CODES):
        if code_count.get(code, 0) < 2:
            problems.append(f"code {code} used {code_count.get(code, 0)} times (< 2)")
    print("counts per code:", json.dumps(dict(sorted(code_count.items())), ensure_ascii=False))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
