#!/usr/bin/env python3
"""Verify the n403 set (standard library only).

1. labels.jsonl: one line per case file, clean cases with no label, error cases with one label whose
   `value` occurs in the case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every one of the 13 error codes of errors.md §A is used at least twice;
4. the changed figure occurs only once in its clean draft (except for conflicting_values);
5. the arithmetic of every draft is redone from the text (rules.md §5–§8, Decimal, ROUND_HALF_UP,
   tolerance from the stated decimals): every check passes on the clean drafts; on an error case the
   labelled code fails and no other error-level code fails (score_rule_mismatch is a warning and may fail).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS  # noqa: E402  (the edit list; build.py has no side effects on import)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN = {"score_rule_mismatch"}
AUX = "aux"          # internal consistency of the draft (counts, differences) - must hold in clean drafts
N = r"(\d+(?:\.\d+)?)"
TEN4 = D(10000)
YUAN, WAN = D("0.0001"), D(1)


# ----------------------------------------------------------------------------------------- numbers
def places(s):
    s = s.strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def val(s):
    return D(s.strip().replace(",", "").rstrip("%"))


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def close(stated, computed):
    return abs(D(computed) - val(stated)) <= tol(stated)


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def cells(text):
    return [c.strip() for c in re.split(r"\t|\n|｜| {2,}", text) if c.strip()]


class Ctx:
    def __init__(self, text):
        self.t = text
        self.cs = cells(text)
        self.res = []          # (code, ok, message)

    # ------------------------------------------------------------------ extraction
    def g(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise AssertionError(f"pattern matched {len(ms)} times: {pat}")
        gr = ms[0].groups()
        return gr[0] if len(gr) == 1 else gr

    def row(self, name, n):
        idx = [i for i, c in enumerate(self.cs) if c == name]
        if len(idx) != 1:
            raise AssertionError(f"row {name!r} found {len(idx)} times")
        out = self.cs[idx[0] + 1: idx[0] + 1 + n]
        if len(out) != n:
            raise AssertionError(f"row {name!r} too short")
        return out

    # ------------------------------------------------------------------ recording
    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def judge(self, code, fn, amts, msg):
        """fn(amounts) -> bool.  A failure reconciled by rescaling one amount by 10^4 / 10^8 is a unit slip."""
        if fn(amts):
            self.add(code, True, msg)
            return
        for i in range(len(amts)):
            for f in (TEN4, 1 / TEN4, TEN4 * TEN4, 1 / (TEN4 * TEN4)):
                a = list(amts)
                a[i] = a[i] * f
                if fn(a):
                    self.add("unit_mismatch", False, f"{msg} [reconciled by rescaling term {i} by {f}]")
                    return
        self.add(code, False, msg)

    # ------------------------------------------------------------------ check forms
    def sum_(self, total, parts, tu=WAN, pu=None, code="sum_mismatch", msg=""):
        pu = pu or [WAN] * len(parts)
        amts = [val(total) * tu] + [val(p) * u for p, u in zip(parts, pu)]
        t = tol(total) * tu
        self.judge(code, lambda a: abs(a[0] - sum(a[1:])) <= t, amts, f"sum {msg}: {total} = {' + '.join(parts)}")

    def prod(self, total, factors, tu=WAN, fu=None, code="sum_mismatch", msg=""):
        fu = fu or [D(1)] * len(factors)
        amts = [val(total) * tu] + [val(f) * u for f, u in zip(factors, fu)]
        t = tol(total) * tu

        def fn(a):
            p = D(1)
            for x in a[1:]:
                p *= x
            return abs(a[0] - p) <= t
        self.judge(code, fn, amts, f"product {msg}: {total} = {' × '.join(factors)}")

    def diff(self, stated, a, b, code="balance_mismatch", msg=""):
        amts = [val(stated), val(a), val(b)]
        t = tol(stated)
        self.judge(code, lambda x: abs(x[0] - (x[1] - x[2])) <= t, amts, f"difference {msg}: {stated} = {a} − {b}")

    def rate(self, stated, num, den, code="rate_mismatch", msg=""):
        amts = [val(num), val(den)]
        self.judge(code, lambda a: a[1] != 0 and close(stated, a[0] / a[1] * 100), amts,
                   f"rate {msg}: {stated} = {num}/{den}")

    def eq(self, a, b, ua=WAN, ub=WAN, code="conflicting_values", msg=""):
        t = max(tol(a) * ua, tol(b) * ub)
        self.judge(code, lambda x: abs(x[0] - x[1]) <= t, [val(a) * ua, val(b) * ub], f"same value {msg}: {a} / {b}")

    def le100(self, s, msg=""):
        v = val(s)
        self.add("implausible_rate", D(0) <= v <= 100, f"rate in range {msg}: {s}")

    def zero_base(self, base, rate_cell, msg=""):
        if val(base) == 0:
            self.add("implausible_rate", rate_cell in ("—", "-", "/", "0"), f"no rate on a zero base {msg}: {rate_cell}")

    def weights(self, ws, total="100", msg=""):
        self.add("weight_sum_mismatch", sum(val(w) for w in ws) == val(total), f"weights {msg}: {' + '.join(ws)} = {total}")

    def score_le(self, w, s, msg=""):
        self.add("score_exceeds_weight", D(0) <= val(s) <= val(w), f"score ≤ weight {msg}: {s} ≤ {w}")

    def score_sum(self, total, scores, msg=""):
        self.add("score_sum_mismatch", close(total, sum(val(s) for s in scores)),
                 f"score sum {msg}: {' + '.join(scores)} = {total}")

    def grade(self, total, word, msg=""):
        self.add("grade_mismatch", GRADE_WORD[word] == band(val(total)), f"grade {msg}: {total} → {word}")

    def average(self, stated, items, msg=""):
        self.add("average_mismatch", close(stated, sum(val(i) for i in items) / len(items)),
                 f"average {msg}: {stated} = mean({', '.join(items)})")

    def year(self, y, expected, rel="==", msg=""):
        y, e = int(y), int(expected)
        ok = {"==": y == e, ">": y > e, "<": y < e}[rel]
        self.add("year_mismatch", ok, f"year {msg}: {y} {rel} {e}")

    def aux(self, ok, msg):
        self.add(AUX, ok, msg)

    # ------------------------------------------------------------------ indicators
    def indicator(self, name, direction, T, tunit, A, aunit, w, s, comp=None):
        """direction gte/lte/eq; T, A, w, s as strings; comp = stated completion or None."""
        self.add("unit_mismatch", tunit == aunit, f"{name}: target unit {tunit!r} vs actual unit {aunit!r}")
        self.score_le(w, s, name)
        if tunit != aunit:
            return
        Tv, Av, wv = val(T), val(A), val(w)
        if direction == "lte":
            c = D(100) if Av <= Tv else Tv / Av * 100
            sc = wv if Av <= Tv else wv * Tv / Av
        elif Tv == 0:
            c = None
            sc = wv if Av <= 0 else D(0)
        else:
            c = Av / Tv * 100
            sc = wv * min(Av / Tv, D(1))
        if comp is not None and comp not in ("—", "-"):
            self.add("completion_mismatch", c is not None and close(comp, c), f"{name}: completion {comp} vs {c}")
        self.add("score_rule_mismatch", close(s, r2(sc)) or val(s) == r2(sc), f"{name}: score {s} vs rule {r2(sc)}")

    def exec_score(self, score, w, spent, budget, printed_rate):
        r = min(val(spent) / val(budget), D(1))
        rp = min(val(printed_rate) / 100, D(1))
        ok = close(score, r2(val(w) * r)) or close(score, r2(val(w) * rp))
        self.add("score_rule_mismatch", ok, f"execution score {score} vs {val(w) * r}")


def split_target(s):
    m = re.match(r"^(≥|≤|＞＝|＜＝|>=|<=|=|＞|＜)?\s*(\d+(?:\.\d+)?)\s*(.*)$", s.strip())
    if not m:
        raise AssertionError(f"cannot parse target {s!r}")
    d = {"≥": "gte", "＞＝": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "＜＝": "lte", "<=": "lte", "＜": "lte",
         "=": "eq", None: "eq"}[m.group(1)]
    return d, m.group(2), m.group(3)


def split_actual(s):
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(.*)$", s.strip())
    if not m:
        raise AssertionError(f"cannot parse actual {s!r}")
    return m.group(1), m.group(2)


# ============================================================================== per project
def gx_lingyun(c):
    Y = 2019
    tot = c.row("年度资金总额", 6)
    cur = c.row("其中：当年财政拨款", 6)
    car = c.row("上年结转资金", 6)
    oth = c.row("其他资金", 6)
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum_(tot[j], [cur[j], car[j], oth[j]], msg=f"table {col}")
    c.rate(tot[4], tot[2], tot[1], msg="table 年度资金总额")
    c.rate(cur[4], cur[2], cur[1], msg="table 当年财政拨款")
    c.rate(car[4], car[2], car[1], msg="table 上年结转资金")
    for r in (tot, cur, car):
        c.le100(r[4], "table")
    c.zero_base(oth[1], oth[4], "其他资金")
    c.exec_score(tot[5], tot[3], tot[2], tot[1], tot[4])

    # prose: budget
    n_vil = c.g(r"2019年我县" + N + r"个贫困村均派驻了第一书记")
    a, b = c.g(r"区直、市直单位选派" + N + r"名，县直单位选派" + N + r"名")
    c.sum_(n_vil, [a, b], msg="第一书记 by origin")
    u, wk = c.g(r"按每村每年" + N + r"万元标准安排，共" + N + r"万元")
    c.prod(wk, [u, n_vil], msg="工作经费 = 标准 × 村数")
    per, unit, ppl, mon, allow = c.g(r"按" + N + r"(元|万元)/人·月标准发放，" + N + r"人全年" + N + r"个月共" + N + r"万元")
    c.sum_(n_vil, [a, ppl], msg="县派 people")  # 26 + 38
    c.prod(allow, [per, ppl, mon], fu=[YUAN if unit == "元" else WAN, D(1), D(1)], msg="生活补助 = 元/人·月 × 人 × 月")
    proj, new, old = c.g(r"第一书记帮扶项目资金" + N + r"万元，其中2019年新安排" + N + r"万元、2018年结转" + N + r"万元")
    c.sum_(proj, [new, old], msg="帮扶项目资金 sources")
    c.eq(old, car[1], msg="carry-over prose/table")
    c.sum_(tot[1], [wk, allow, proj], msg="全年预算 by content")
    c.sum_(tot[0], [wk, allow, new], msg="年初预算 by content")
    init, reg, cty = c.g(r"项目年初预算" + N + r"万元，其中自治区财政补助" + N + r"万元、县级财政安排" + N + r"万元")
    c.sum_(init, [reg, cty], msg="年初预算 by level")
    c.eq(init, tot[0], msg="年初预算 prose/table")
    carry2, annual = c.g(r"将2018年结转的帮扶项目资金" + N + r"万元纳入本年度预算，全年预算数调整为" + N + r"万元")
    c.eq(carry2, car[1], msg="carry-over (2)")
    c.eq(annual, tot[1], msg="全年预算 prose/table")
    c.sum_(annual, [init, carry2], msg="全年 = 年初 + 结转")
    c.le100(c.g(r"资金到位率" + N + r"%"), "到位率")
    y0, spent, rt = c.g(r"截至(\d{4})年12月31日，项目全年执行" + N + r"万元，预算执行率" + N + r"%")
    c.year(y0, Y, msg="截至")
    c.eq(spent, tot[2], msg="执行 prose/table")
    c.rate(rt, spent, annual, msg="prose 执行率")
    s1, r1 = c.g(r"当年财政拨款执行" + N + r"万元，执行率" + N + r"%")
    c.eq(s1, cur[2], msg="当年 执行")
    c.rate(r1, s1, cur[1], msg="prose 当年 执行率")
    s2, r2_ = c.g(r"上年结转资金执行" + N + r"万元，执行率" + N + r"%")
    c.eq(s2, car[2], msg="结转 执行")
    c.rate(r2_, s2, car[1], msg="prose 结转 执行率")
    wk2, allow2, ps, pr, left, ycar = c.g(r"第一书记工作经费" + N + r"万元和生活补助" + N + r"万元已全额支出；帮扶项目资金执行"
                                        + N + r"万元，执行率" + N + r"%，未支出的" + N + r"万元.*?结转至(\d{4})年")
    c.eq(wk2, wk, msg="工作经费 64 / 64.00")
    c.eq(allow2, allow, msg="生活补助")
    c.rate(pr, ps, proj, msg="帮扶项目资金 执行率")
    c.diff(left, proj, ps, msg="帮扶项目 unspent")
    c.diff(left, tot[1], tot[2], msg="project unspent")
    c.sum_(spent, [wk2, allow2, ps], msg="执行 by content")
    c.year(ycar, Y, ">", msg="carry-over goes to a later year")
    v1, v2, v3, vs = c.g(r"分别安排" + N + r"万元、" + N + r"万元和" + N + r"万元，合计" + N + r"万元")
    c.sum_(vs, [v1, v2, v3], msg="three villages")
    # indicators
    names = ["选派第一书记覆盖贫困村数", "实施第一书记帮扶项目个数", "第一书记在岗率", "生活补助按月发放率", "第一书记工作经费标准",
             "贫困村脱贫出列数", "带动贫困户增收户数", "帮扶村群众满意度"]
    ws, ss, rows = [tot[3]], [tot[5]], {}
    for nm in names:
        tg, ac, cp, w, s = c.row(nm, 5)
        d, T, tu = split_target(tg)
        A, au = split_actual(ac)
        c.indicator(nm, d, T, tu, A, au, w, s, cp)
        ws.append(w)
        ss.append(s)
        rows[nm] = (T, A)
    wt, total = c.row("总分", 2)
    c.weights(ws, wt)
    c.score_sum(total, ss, "table")
    ptot, gw = c.g(r"本项目自评得分" + N + r"分，评价等级为\"(.)\"")
    c.eq(ptot, total, msg="total prose/table")
    c.score_sum(ptot, ss, "prose")
    c.grade(ptot, gw)
    c.le100(rows["帮扶村群众满意度"][1], "satisfaction")
    c.eq(c.g(r"第一书记全年在岗率" + N + r"%"), rows["第一书记在岗率"][1], msg="在岗率")
    c.eq(c.g(r"群众满意度" + N + r"%。"), rows["帮扶村群众满意度"][1], msg="满意度")
    c.eq(c.g(r"带动贫困户增收" + N + r"户，户均"), rows["带动贫困户增收户数"][1], msg="增收户数")
    c.eq(c.g(r"全年" + N + r"个贫困村达到脱贫出列标准"), rows["贫困村脱贫出列数"][1], msg="出列数")
    c.eq(c.g(r"全年共实施第一书记帮扶项目" + N + r"个"), rows["实施第一书记帮扶项目个数"][1], msg="项目数")
    c.year(c.g(r"\n(\d{4})年度贫困村第一书记工作经费"), Y, msg="title")
    c.year(c.g(r"项目支出绩效自评表\n（(\d{4})年度）"), Y, msg="table header")
    c.year(c.g(r"关于做好(\d{4})年度财政支出绩效自评"), Y, msg="notice")
    c.year(c.g(r"中共凌云县委组织部\n(\d{4})年3月18日"), Y + 1, msg="report date (following year)")


def hn_chengbu(c):
    Y = 2020
    tot = c.row("年度资金总额", 6)
    cur = c.row("其中：当年财政拨款", 6)
    car = c.row("上年结转资金", 6)
    oth = c.row("其他资金", 6)
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum_(tot[j], [cur[j], car[j], oth[j]], msg=f"table {col}")
    c.rate(tot[4], tot[2], tot[1], msg="table")
    c.le100(tot[4], "table")
    c.exec_score(tot[5], tot[3], tot[2], tot[1], tot[4])
    teams, per, ppl = c.g(r"派驻工作队" + N + r"支，每支工作队" + N + r"人，共选派驻村工作队员" + N + r"名")
    c.prod(ppl, [teams, per], msg="队员 = 队 × 3")
    annual = c.g(r"全年预算" + N + r"万元，具体为")
    c.eq(annual, tot[1], msg="全年预算 prose/table")
    std, wk, wcar = c.g(r"按每队每年" + N + r"万元标准安排" + N + r"万元（含上年结转" + N + r"万元）")
    c.prod(wk, [std, teams], msg="工作经费")
    c.eq(wcar, car[1], msg="结转 prose/table")
    m, mu, allow = c.g(r"按每人每月" + N + r"(元|万元)标准安排" + N + r"万元")
    c.prod(allow, [m, ppl, "12"], fu=[YUAN if mu == "元" else WAN, D(1), D(1)], msg="生活补助 = 800元 × 171 × 12")
    ins_u, iu, ins = c.g(r"按每人每年" + N + r"(元|万元)标准安排" + N + r"万元")
    c.prod(ins, [ins_u, ppl], fu=[YUAN if iu == "元" else WAN, D(1)], msg="保险")
    train = c.g(r"驻村干部培训经费" + N + r"万元。")
    c.sum_(annual, [wk, allow, ins, train], msg="全年预算 by content")
    init, ycar, car2, ann2 = c.g(r"年初预算安排" + N + r"万元，年中将(\d{4})年结转的工作队工作经费" + N + r"万元纳入预算，全年预算数为" + N + r"万元")
    c.year(ycar, Y - 1, msg="carry-over comes from the year before")
    c.eq(init, tot[0], msg="年初 prose/table")
    c.eq(car2, car[1], msg="结转 (2)")
    c.eq(ann2, tot[1], msg="全年 (2)")
    c.sum_(ann2, [init, car2], msg="全年 = 年初 + 结转")
    c.le100(c.g(r"资金到位率" + N + r"%"), "到位率")
    spent, rt, bal = c.g(r"全年执行" + N + r"万元，预算执行率" + N + r"%，资金结余" + N + r"万元")
    c.eq(spent, tot[2], msg="执行 prose/table")
    c.rate(rt, spent, ann2, msg="prose")
    c.diff(bal, ann2, spent, msg="结余 = 全年预算 − 执行 (到位率100%)")
    tspent = c.g(r"培训经费实际支出" + N + r"万元")
    c.diff(bal, train, tspent, msg="结余 is all training money")
    c.eq(c.g(r"全年实际支出" + N + r"万元，未发现"), tot[2], msg="执行 section 四")
    c.year(c.g(r"（(\d{4})年度本项目预算"), Y - 1, msg="last year's figures")
    days = c.g(r"分别为" + N + r"天、" + N + r"天、" + N + r"天、" + N + r"天和" + N + r"天")
    c.average(c.g(r"平均" + N + r"天"), list(days))
    # indicators
    names = ["派驻村工作队数", "选派驻村工作队员人数", "工作队员年度考核合格率", "生活补助按月发放率", "每支工作队年度工作经费",
             "集体经济年收入5万元以上村占比", "脱贫人口返贫户数", "驻村群众满意度"]
    ws, ss, rows = [tot[3]], [tot[5]], {}
    for nm in names:
        tg, ac, w, s = c.row(nm, 4)
        d, T, tu = split_target(tg)
        A, au = split_actual(ac)
        c.indicator(nm, d, T, tu, A, au, w, s)
        ws.append(w)
        ss.append(s)
        rows[nm] = (T, A)
    wt, total = c.row("总分", 2)
    c.weights(ws, wt)
    c.score_sum(total, ss, "table")
    ptot, gw = c.g(r"自评得分" + N + r"分，评价等级为\"(.)\"")
    c.eq(ptot, total, msg="total")
    c.grade(ptot, gw)
    c.eq(teams, rows["派驻村工作队数"][1], msg="队数")
    c.eq(ppl, rows["选派驻村工作队员人数"][1], msg="人数")
    nv, share = c.g(r"年收入5万元以上的村达到" + N + r"个，占比" + N + r"%")
    c.rate(share, nv, teams, msg="集体经济 share")
    c.eq(share, rows["集体经济年收入5万元以上村占比"][1], msg="share prose/table")
    sat = c.g(r"群众满意度测评结果为" + N + r"%")
    c.eq(sat, rows["驻村群众满意度"][1], msg="满意度")
    c.le100(sat, "satisfaction")
    c.year(c.g(r"（(\d{4})年度）\n项目名称"), Y, msg="table header")
    c.year(c.g(r"我部对(\d{4})年度驻村帮扶工作队工作经费"), Y, msg="opening")
    c.year(c.g(r"中共城步苗族自治县委组织部\n(\d{4})年3月25日"), Y + 1, msg="report date (following year)")


def sx_baode(c):
    Y = 2021
    R = {k: c.row(k, 7) for k in ["财政资金小计", "中央资金", "省级资金", "市级资金", "县级资金", "上年结转资金", "其他资金", "合计"]}
    for j, col in zip(range(1, 5), ["年初预算", "全年预算", "实际到位", "全年执行"]):
        c.sum_(R["财政资金小计"][j], [R[k][j] for k in ["中央资金", "省级资金", "市级资金", "县级资金"]], msg=f"(1)=(2..5) {col}")
        c.sum_(R["合计"][j], [R[k][j] for k in ["财政资金小计", "上年结转资金", "其他资金"]], msg=f"(8)=(1)+(6)+(7) {col}")
    for k, r in R.items():
        if val(r[2]) == 0:
            c.zero_base(r[2], r[5], k)
            c.zero_base(r[2], r[6], k)
            continue
        c.rate(r[5], r[3], r[2], msg=f"到位率 {k}")
        c.rate(r[6], r[4], r[2], msg=f"执行率 {k}")
        c.le100(r[5], k)
        c.le100(r[6], k)
    u, nv, prov = c.g(r"省级资金按每村" + N + r"万元标准对" + N + r"个原深度贫困村安排第一书记工作经费" + N + r"万元")
    c.prod(prov, [u, nv], msg="省级 = 1万元 × 42")
    c.eq(prov, R["省级资金"][2], msg="省级")
    c.eq(c.g(r"市级补助" + N + r"万元"), R["市级资金"][2], msg="市级")
    c.eq(c.g(r"县级安排" + N + r"万元"), R["县级资金"][2], msg="县级")
    c.eq(c.g(r"上年结转资金" + N + r"万元；"), R["上年结转资金"][2], msg="结转")
    c.eq(c.g(r"社会帮扶资金" + N + r"万元"), R["其他资金"][2], msg="其他")
    add = c.g(r"年中省级追加第一书记工作经费" + N + r"万元")
    c.diff(add, R["省级资金"][2], R["省级资金"][1], code="sum_mismatch", msg="省级追加")
    cut = c.g(r"县级因队员轮换调减生活补助" + N + r"万元")
    c.diff(cut, R["县级资金"][1], R["县级资金"][2], code="sum_mismatch", msg="县级调减")
    y0, rec, spent, bal, yback = c.g(r"截至(\d{4})年12月31日，项目资金到位" + N + r"万元，执行" + N + r"万元，全年结余" + N
                                    + r"万元，已于(\d{4})年1月全部收回")
    c.year(y0, Y, msg="截至")
    c.year(yback, Y, ">", msg="money returned after the year")
    c.eq(rec, R["合计"][3], msg="到位")
    c.eq(spent, R["合计"][4], msg="执行")
    c.diff(bal, rec, spent, msg="结余 = 到位 − 执行")
    ann, rt, up = c.g(r"全年预算" + N + r"万元，执行率" + N + r"%，较上年提高" + N + r"个百分点")
    c.eq(ann, R["合计"][2], msg="全年预算 240 / 240.00")
    c.rate(rt, spent, ann, msg="prose 执行率")
    last = c.g(r"(?:2020)年本项目执行率为" + N + r"%")
    c.aux(abs(val(up) - (val(rt) - val(last))) <= tol(up), "提高 = 98.06 − 96.8")
    # indicators
    ws, ss, rows = [], [], {}
    for nm in ["预算执行率", "派驻工作队覆盖村数", "驻村干部培训人次", "驻村干部在岗率", "生活补助按季度发放及时率", "队员生活补助标准",
               "脱贫人口人均纯收入增幅", "集体经济收入10万元以上村数", "防返贫监测对象帮扶覆盖率", "帮扶村群众满意度"]:
        w, tg, ac, cp, s = c.row(nm, 5)
        d, T, tu = split_target(tg)
        A, au = split_actual(ac)
        if nm == "预算执行率":
            c.add("unit_mismatch", tu == au, "预算执行率 units")
            c.score_le(w, s, nm)
            c.eq(A, R["合计"][6], msg="业绩值 = 执行率")
            c.add("completion_mismatch", close(cp, val(A) / val(T) * 100), "预算执行率 completion")
            c.exec_score(s, w, spent, ann, A)
        else:
            c.indicator(nm, d, T, tu, A, au, w, s, cp)
        ws.append(w)
        ss.append(s)
        rows[nm] = (T, A)
    c.weights(ws, "100")
    ptot, gw = c.g(r"项目自评总得分" + N + r"分，属于\"(..)\"等次")
    c.score_sum(ptot, ss, "prose total")
    c.grade(ptot, gw)
    c.eq(c.g(r"累计培训" + N + r"人次"), rows["驻村干部培训人次"][1], msg="培训人次")
    c.eq(c.g(r"驻村干部在岗率" + N + r"%。生活补助"), rows["驻村干部在岗率"][1], msg="在岗率")
    inc, over = c.g(r"脱贫人口人均纯收入增幅" + N + r"%，高于目标" + N + r"个百分点")
    c.eq(inc, rows["脱贫人口人均纯收入增幅"][1], msg="增幅")
    c.aux(val(over) == val(inc) - val(rows["脱贫人口人均纯收入增幅"][0]), "高于目标")
    nvil, less = c.g(r"集体经济收入10万元以上的村" + N + r"个，比目标少" + N + r"个")
    c.eq(nvil, rows["集体经济收入10万元以上村数"][1], msg="村数")
    c.aux(val(less) == val(rows["集体经济收入10万元以上村数"][0]) - val(nvil), "比目标少")
    c.eq(c.g(r"培训驻村干部不少于" + N + r"人次"), rows["驻村干部培训人次"][0], msg="target 378")
    c.eq(c.g(r"集体经济收入10万元以上的村不少于" + N + r"个"), rows["集体经济收入10万元以上村数"][0], msg="target 40")
    sat = c.g(r"满意度" + N + r"%。\n")
    c.eq(sat, rows["帮扶村群众满意度"][1], msg="满意度")
    c.le100(sat, "satisfaction")
    c.year(c.g(r"项目名称：(\d{4})年驻村帮扶"), Y, msg="project name")
    c.year(c.g(r"保德县乡村振兴局\n(\d{4})年3月10日"), Y + 1, msg="report date (following year)")


def gs_minxian(c):
    Y = 2022
    ann, basic, staff, pub, proj = c.g(r"(\d{4})年部门全年预算数" + N + r"万元，其中基本支出" + N + r"万元（人员经费" + N
                                      + r"万元、公用经费" + N + r"万元），项目支出" + N + r"万元")[1:]
    c.year(c.g(r"(\d{4})年部门全年预算数"), Y, msg="budget sentence")
    c.sum_(ann, [basic, proj], msg="全年预算 = 基本 + 项目")
    c.sum_(basic, [staff, pub], msg="基本支出 = 人员 + 公用")
    spent, rt = c.g(r"全年实际支出" + N + r"万元，预算执行率" + N + r"%（2021年为")
    c.rate(rt, spent, ann, msg="部门 执行率")
    c.le100(rt, "部门")
    pspent, prt = c.g(r"项目支出执行" + N + r"万元，执行率" + N + r"%")
    c.rate(prt, pspent, proj, msg="项目支出 执行率")
    c.sum_(spent, [basic, pspent], msg="执行 = 基本(全部执行) + 项目")
    left, fwd, back, yfwd = c.g(r"未支出的" + N + r"万元中，结转下年继续使用" + N + r"万元、收回财政" + N + r"万元.*?将在(\d{4})年上半年")
    c.diff(left, ann, spent, msg="未支出")
    c.sum_(left, [fwd, back], msg="结转 + 收回")
    c.year(yfwd, Y, ">", msg="carry-forward paid in a later year")
    nproj = c.g(r"本年度项目支出共" + N + r"项")
    teams, mem, std, wk, tr = c.g(r"派驻驻村工作队" + N + r"支、队员" + N + r"名，工作经费按每队每年" + N + r"万元标准安排" + N
                                 + r"万元，另安排驻村干部培训经费" + N + r"万元")
    c.prod(wk, [std, teams], msg="工作经费 = 0.8 × 353")
    P = ["驻村帮扶工作队工作经费", "东西部协作项目管理经费", "脱贫人口小额信贷贴息", "防返贫动态监测经费", "雨露计划职业教育补助",
         "乡村振兴项目库建设经费"]
    rows = {k: c.row(k, 5) for k in P}
    c.aux(int(nproj) == len(P), "number of projects")
    total = c.row("合计", 5)
    c.sum_(rows[P[0]][0], [wk, tr], msg="驻村经费 = 工作经费 + 培训")
    c.sum_(total[0], [rows[k][0] for k in P], msg="table 全年预算 column")
    c.sum_(total[1], [rows[k][1] for k in P], msg="table 执行 column")
    c.eq(total[0], proj, msg="项目支出 prose/table")
    c.eq(total[1], pspent, msg="项目执行 prose/table")
    c.rate(total[2], total[1], total[0], msg="table 合计")
    scored = []
    for k in P:
        b, e, r, s, gword = rows[k]
        if val(b) == 0:
            c.zero_base(b, r, k)
            continue
        c.rate(r, e, b, msg=k)
        c.le100(r, k)
        c.grade(s, gword, k)
        scored.append(s)
    avg = c.g(r"参与评分项目的平均得分" + N + r"分")
    c.average(avg, scored, "project scores")
    n90, n80 = c.g(r"90分以上（含90分）的" + N + r"个，80—90分的" + N + r"个")
    c.aux(int(n90) == sum(1 for s in scored if val(s) >= 90) and int(n80) == sum(1 for s in scored if 80 <= val(s) < 90),
          "score bands count")
    c.eq(c.g(r"预算执行率仅" + N + r"%"), rows[P[1]][2], msg="87 / 87.00%")
    c.eq(c.g(r"驻村帮扶工作队工作经费得分" + N + r"分"), rows[P[0]][3], msg="驻村 score")
    c.eq(c.g(r"雨露计划职业教育补助得分" + N + r"分"), rows[P[4]][3], msg="雨露 score")
    ws = c.g(r"分值分别为" + N + r"分、" + N + r"分、" + N + r"分、" + N + r"分、" + N + r"分")
    ss = c.g(r"得分分别为" + N + r"分、" + N + r"分、" + N + r"分、" + N + r"分、" + N + r"分")
    c.weights(list(ws), "100", "department blocks")
    for w, s in zip(ws, ss):
        c.score_le(w, s, "department block")
    c.exec_score(ss[0], ws[0], spent, ann, rt)
    tot, gw = c.g(r"自评总得分" + N + r"分，评价等级为\"(.)\"")
    c.score_sum(tot, list(ss), "department")
    c.grade(tot, gw, "department")
    c.eq(c.g(r"全年" + N + r"支驻村工作队全部在岗"), teams, msg="353 teams")
    sat = c.g(r"群众满意度调查结果为" + N + r"%")
    c.le100(sat, "satisfaction")
    c.year(c.g(r"岷县乡村振兴局(\d{4})年度部门整体支出"), Y, msg="title")
    c.year(c.g(r"表1  (\d{4})年度项目支出"), Y, msg="table 1")
    c.year(c.g(r"岷县乡村振兴局\n(\d{4})年5月20日"), Y + 1, msg="report date (following year)")


def sc_leibo(c):
    Y = 2023
    tot = c.row("年度资金总额", 6)
    fis = c.row("其中：财政资金", 6)
    spa = c.row("财政专户管理资金", 6)
    uni = c.row("单位资金", 6)
    oth = c.row("其他资金", 6)
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum_(tot[j], [fis[j], spa[j], uni[j], oth[j]], msg=f"table {col}")
    c.rate(tot[4], tot[2], tot[1], msg="table")
    c.le100(tot[4], "table")
    c.exec_score(tot[5], tot[3], tot[2], tot[1], tot[4])
    nv = c.g(r"我县向" + N + r"个村（社区）选派")
    sec, mem, allp = c.g(r"选派驻村第一书记" + N + r"名、驻村工作队员" + N + r"名，共计" + N + r"名驻村干部")
    c.sum_(allp, [sec, mem], msg="驻村干部")
    u, wk = c.g(r"按每村每年" + N + r"万元标准拨付到村，计" + N + r"万元")
    c.prod(wk, [u, nv], msg="工作经费")
    iu, iun, ins = c.g(r"按每人" + N + r"(元|万元)标准，计" + N + r"万元；三是")
    c.prod(ins, [iu, allp], fu=[YUAN if iun == "元" else WAN, D(1)], msg="保险")
    hu, hun, hc = c.g(r"按每人" + N + r"(元|万元)标准，计" + N + r"万元；四是")
    c.prod(hc, [hu, allp], fu=[YUAN if hun == "元" else WAN, D(1)], msg="体检")
    tr = c.g(r"驻村干部培训经费" + N + r"万元。")
    req, appr = c.g(r"申报项目资金" + N + r"万元，县财政批复" + N + r"万元，全年预算未调整")
    c.sum_(appr, [wk, ins, hc, tr], msg="批复 by content")
    c.eq(req, appr, msg="申报 229 / 批复 229.00")
    c.eq(appr, tot[1], msg="批复 = 全年预算")
    c.aux(val(tot[0]) == val(tot[1]), "未调整 ⇒ 年初 = 全年")
    y1, b1, b2, rr = c.g(r"(\d{4})年3月下达" + N + r"万元、9月下达" + N + r"万元，资金到位率" + N + r"%")
    c.year(y1, Y, msg="funds issued")
    c.le100(rr, "到位率")
    c.judge("rate_mismatch", lambda a: close(rr, (a[0] + a[1]) / a[2] * 100), [val(b1), val(b2), val(appr)],
            f"到位率 {rr} = ({b1} + {b2}) / {appr}")
    spent, rt = c.g(r"全年实际支出" + N + r"万元，预算执行率" + N + r"%")
    c.eq(spent, tot[2], msg="执行 prose/table")
    c.rate(rt, spent, tot[1], msg="prose")
    w2, i2, t2, hs, hb = c.g(r"其中驻村工作经费" + N + r"万元、保险费" + N + r"万元和培训费" + N + r"万元全部支出；体检费实际支出" + N
                             + r"万元，结余" + N + r"万元")
    c.eq(w2, wk, msg="工作经费")
    c.eq(i2, ins, msg="保险")
    c.eq(t2, tr, msg="培训")
    c.sum_(spent, [w2, i2, t2, hs], msg="执行 by content")
    c.diff(hb, hc, hs, msg="体检 结余")
    c.diff(hb, tot[1], tot[2], msg="project 结余")
    # indicators
    names = ["选派驻村第一书记人数", "驻村干部培训人次", "驻村干部健康体检人数", "驻村工作经费拨付到村率", "意外伤害保险参保及时率",
             "每村年度工作经费标准", "集体经济年收入5万元以上村数", "脱贫人口返贫户数", "帮扶村群众满意度"]
    ws, ss, rows = [tot[3]], [tot[5]], {}
    for nm in names:
        sign, T, unit, A, w, s = c.row(nm, 6)
        d = {"≥": "gte", "≤": "lte", "=": "eq"}[sign]
        c.indicator(nm, d, T, unit, A, unit, w, s)
        ws.append(w)
        ss.append(s)
        rows[nm] = (T, A)
    wt, total = c.row("总分", 2)
    c.weights(ws, wt)
    c.score_sum(total, ss, "table")
    ptot, gw = c.g(r"本项目自评得分" + N + r"分，评价等级为\"(.)\"")
    c.eq(ptot, total, msg="total")
    c.score_sum(ptot, ss, "prose")
    c.grade(ptot, gw)
    c.eq(sec, rows["选派驻村第一书记人数"][1], msg="第一书记人数")
    c.eq(c.g(r"累计培训" + N + r"人次"), rows["驻村干部培训人次"][1], msg="培训人次 prose/table")
    c.eq(c.g(r"培训驻村干部不少于" + N + r"人次"), rows["驻村干部培训人次"][0], msg="培训 target")
    tgt, did, comp, miss = c.g(r"组织" + N + r"名驻村干部全部参加健康体检，实际体检" + N + r"人，完成率" + N + r"%，未完成的" + N + r"人")
    c.add("completion_mismatch", close(comp, val(did) / val(tgt) * 100), f"体检 completion {comp}")
    c.aux(val(miss) == val(tgt) - val(did), "未完成人数")
    c.eq(did, rows["驻村干部健康体检人数"][1], msg="体检人数")
    c.eq(tgt, rows["驻村干部健康体检人数"][0], msg="体检 target")
    c.prod(hs, [hu, did], fu=[YUAN if hun == "元" else WAN, D(1)], msg="体检 spent = 400元 × 513")
    nv5, t5 = c.g(r"年收入5万元以上的村达到" + N + r"个（目标" + N + r"个）")
    c.eq(nv5, rows["集体经济年收入5万元以上村数"][1], msg="集体经济")
    c.eq(t5, rows["集体经济年收入5万元以上村数"][0], msg="集体经济 target")
    sat = c.g(r"满意度为" + N + r"%")
    c.eq(sat, rows["帮扶村群众满意度"][1], msg="满意度")
    c.le100(sat, "satisfaction")
    c.year(c.g(r"^(\d{4})年度中共雷波县委组织部"), Y, msg="title")
    c.year(c.g(r"项目支出绩效自评表\n（(\d{4})年度）"), Y, msg="table header")
    c.year(c.g(r"(\d{4})年申报项目资金"), Y, msg="申报")
    c.year(c.g(r"已安排在(\d{4})年第一季度补检"), Y, ">", msg="follow-up after the year")


CHECKS = {
    "gx-lingyun-diyishuji-2019": gx_lingyun,
    "hn-chengbu-zhucundui-2020": hn_chengbu,
    "sx-baode-zhucunbangfu-2021": sx_baode,
    "gs-minxian-xczxj-bumen-2022": gs_minxian,
    "sc-leibo-zhucunjingfei-2023": sc_leibo,
}


def run_checks(pid, text):
    c = Ctx(text)
    CHECKS[pid](c)
    return c.res


def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read()


def count_figure(text, token):
    """occurrences of a figure not embedded in a longer number"""
    return len(re.findall(r"(?<![\d.])" + re.escape(token) + r"(?!\d|\.\d)", text))


def main():
    fails = []
    cases_dir = os.path.join(HERE, "cases")
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    files = sorted(os.listdir(cases_dir))
    if sorted(l["case"] for l in labels) != files:
        fails.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35 or sum(l["clean"] for l in labels) != 5:
        fails.append(f"expected 35 cases with 5 clean, got {len(labels)}")
    edits = {f"{e[0]}-e{e[1]}.txt": e for e in EDITS}
    codes = {}
    where = {"prose": 0, "table": 0}
    n_checks = 0
    for lab in labels:
        name, pid = lab["case"], lab["source"]
        text = read(os.path.join(cases_dir, name))
        clean = read(os.path.join(cases_dir, pid + "-clean.txt"))
        try:
            res = run_checks(pid, text)
        except AssertionError as ex:
            fails.append(f"{name}: extraction failed: {ex}")
            continue
        n_checks += len(res)
        failed = [(c, m) for c, ok, m in res if not ok]
        if lab["clean"]:
            if lab["expected"]:
                fails.append(f"{name}: clean case with labels")
            if not 2800 <= len(text) <= 3400:
                fails.append(f"{name}: length {len(text)} outside 2800–3400")
            for c, m in failed:
                fails.append(f"{name}: clean draft fails {c}: {m}")
            continue
        if len(lab["expected"]) != 1:
            fails.append(f"{name}: needs exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] = codes.get(code, 0) + 1
        if exp["severity"] != "error" or code not in CODES:
            fails.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        e = edits[name]
        where[e[3]] += 1
        # value and single contiguous difference
        if value not in text:
            fails.append(f"{name}: value not in case")
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        lo, hi = p, len(text) - s
        if hi <= lo and len(clean) - s <= p:
            fails.append(f"{name}: identical to its clean draft")
        if max(hi - lo, len(clean) - s - p) > 30:
            fails.append(f"{name}: difference region too long ({hi - lo} chars)")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o <= max(lo, hi - 1) and lo <= o + len(value) - 1 for o in occ) and not any(o <= lo <= o + len(value) for o in occ):
            fails.append(f"{name}: difference [{lo},{hi}) does not overlap the label value")
        # the changed figure occurs once in the clean draft (twice or more only for conflicting_values)
        token = e[7]
        if token is not None:
            k = count_figure(clean, token)
            if code == "conflicting_values" and k < 2:
                fails.append(f"{name}: conflicting figure {token} occurs {k} times")
            if code != "conflicting_values" and k != 1:
                fails.append(f"{name}: changed figure {token} occurs {k} times in the clean draft")
        # arithmetic: the labelled code fails, no other error-level code fails
        err_failed = {c for c, m in failed if c in CODES}
        other = {c for c, m in failed if c not in CODES and c not in WARN}
        if code not in err_failed:
            fails.append(f"{name}: labelled {code} does not fail")
        if err_failed - {code}:
            fails.append(f"{name}: other error codes fail: {sorted(err_failed - {code})} "
                         + "; ".join(m for c, m in failed if c in err_failed - {code}))
        if other:
            fails.append(f"{name}: internal checks fail: {sorted(other)}")
    for c in CODES:
        if codes.get(c, 0) < 2:
            fails.append(f"code {c} used {codes.get(c, 0)} times (< 2)")
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run; slips: {where['prose']} prose / {where['table']} table")
    print("codes: " + ", ".join(f"{c} {codes.get(c, 0)}" for c in CODES))
    if fails:
        print("\n".join("FAIL " + f for f in fails))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
