#!/usr/bin/env python3
"""Verify this test set (standard library only, decimal.Decimal).

1. labels.jsonl: 35 cases, files exist, clean cases expect nothing, each error case one error label whose
   value occurs exactly once in the case.
2. Each error case differs from its clean draft in one contiguous place that overlaps the label value.
3. Every one of the 13 error codes of errors.md §A (1–13) is used at least twice.
4. The arithmetic of every draft is redone from its text: a clean draft passes every check (errors and
   warnings); an error case fails the labelled code and no other error-level code.
Prints OK at the end.
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
WARNING_CODES = {"score_rule_mismatch"}
EPS = D("1e-9")
HUNDRED = D(100)


# ----------------------------------------------------------------------------- numbers
class Num:
    """A number as written: value, decimals, tolerance (rules §8), optional money flag."""

    def __init__(self, text, money=False):
        self.text = text
        t = text.replace(",", "").replace("%", "").strip()
        self.v = D(t)
        self.d = len(t.split(".")[1]) if "." in t else 0
        self.tol = D("0.5") * (D(10) ** -self.d)
        self.money = money

    def scaled(self, f):
        n = Num.__new__(Num)
        n.text, n.v, n.d, n.tol, n.money = self.text, self.v * f, self.d, self.tol * f, self.money
        return n

    def __repr__(self):
        return self.text


def M(text):
    return Num(text, money=True)


def ok(stated, computed):
    """stated Num consistent with computed Decimal (rules §8)."""
    return abs(D(computed) - stated.v) <= stated.tol + EPS


def same(a, b, fa=D(1), fb=D(1)):
    """two stated figures of one quantity, after scaling to a common unit."""
    return abs(a.v * fa - b.v * fb) <= max(a.tol * fa, b.tol * fb) + EPS


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def band(total):
    v = total.v
    if v >= 90:
        return "优"
    if v >= 80:
        return "良"
    if v >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------- context
class ParseError(Exception):
    pass


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.res = []  # (code, severity, passed, message)

    def add(self, code, passed, msg, sev=None):
        if sev is None:
            sev = "warning" if code in WARNING_CODES else "error"
        self.res.append((code, sev, bool(passed), msg))

    def m(self, pat):
        found = list(re.finditer(pat, self.t))
        if len(found) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(found)} times")
        return found[0]

    def g(self, pat):
        return self.m(pat).groups()

    def all(self, pat):
        return [x.groups() for x in re.finditer(pat, self.t)]

    # relation with the unit rule of errors.md #11(b): if rescaling one money figure by 10^4 makes the
    # relation hold, the finding is unit_mismatch, not the relation's own code.
    def rel(self, code, msg, fn, *nums):
        if fn(*nums):
            self.add(code, True, msg)
            return
        for i, n in enumerate(nums):
            if not getattr(n, "money", False):
                continue
            for f in (D("0.0001"), D("10000")):
                trial = list(nums)
                trial[i] = n.scaled(f)
                if fn(*trial):
                    self.add("unit_mismatch", False, msg + f" (holds if {n.text} is rescaled by {f})")
                    return
        self.add(code, False, msg)

    def sum_(self, msg, total, *parts):
        self.rel("sum_mismatch", msg, lambda t, *p: ok(t, sum(x.v for x in p)), total, *parts)

    def rate(self, msg, rate, num, den, code="rate_mismatch"):
        def f(r, n, d_):
            if d_.v == 0:
                return False
            return ok(r, n.v / d_.v * HUNDRED)
        self.rel(code, msg, f, rate, num, den)
        if rate.v > 100 or rate.v < 0:
            self.add("implausible_rate", False, msg + " (rate outside 0–100%)")

    def share(self, msg, part, whole, pct, code="rate_mismatch"):
        """part = pct% × whole"""
        self.rel(code, msg, lambda p, w: ok(p, w.v * pct.v / HUNDRED), part, whole)

    def diff(self, msg, result, a, b, code="balance_mismatch"):
        """result = a − b"""
        self.rel(code, msg, lambda r, x, y: ok(r, x.v - y.v), result, a, b)

    def same(self, msg, a, b, fa=D(1), fb=D(1)):
        self.add("conflicting_values", same(a, b, fa, fb), msg)

    def year_after(self, msg, y):
        self.add("year_mismatch", int(y) > self.year, msg)

    def year_is(self, msg, y):
        self.add("year_mismatch", int(y) == self.year, msg)

    def grade(self, msg, total, word):
        self.add("grade_mismatch", GRADE_WORDS.get(word) == band(total), f"{msg}: {total.text} → {word}")


# ----------------------------------------------------------------------------- indicator rows
SIGN_RE = r"(≥|≤|＞|＜|>=|<=|=|不少于|不低于|不高于|不超过)?"
GTE = {"≥", "＞", ">=", "不少于", "不低于"}
LTE = {"≤", "＜", "<=", "不高于", "不超过"}
DATE_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


def parse_cell(s):
    s = s.strip()
    if DATE_RE.search(s):
        return ("date", s)
    m = re.match(r"^" + SIGN_RE + r"\s*(-?\d+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return ("qual", s)
    sign, num, unit = m.groups()
    direction = "gte" if sign in GTE else "lte" if sign in LTE else "eq"
    return (direction, Num(num), unit.strip())


def date_key(s):
    y, mth, d = DATE_RE.search(s).groups()
    return (int(y or 0), int(mth), int(d))


def check_rows(ctx, rows):
    """rows: dicts name, w, target, actual, score, comp (optional). Returns (sum of weights, sum of scores)."""
    wsum = D(0)
    ssum = D(0)
    for r in rows:
        name = r["name"]
        w = Num(r["w"])
        sc = Num(r["score"])
        wsum += w.v
        ssum += sc.v
        ctx.add("score_exceeds_weight", D(0) <= sc.v <= w.v, f"{name}: 0 ≤ score {sc.text} ≤ weight {w.text}")
        t = parse_cell(r["target"])
        a = parse_cell(r["actual"])
        comp = r.get("comp")
        comp_num = None
        if comp is not None and re.match(r"^-?\d", comp.strip()):
            comp_num = Num(comp)
        nonnum = ("qual", "date")
        if t[0] in nonnum or a[0] in nonnum:
            if (t[0] in nonnum) != (a[0] in nonnum):
                ctx.add("unit_mismatch", False, f"{name}: target {r['target']} vs actual {r['actual']}")
                continue
            if t[0] == "date" and a[0] == "date":
                achieved = date_key(a[1]) <= date_key(t[1])
            else:
                achieved = bool(re.search(r"已|按期|完成|落实|建立", a[1]))
            if comp_num is not None:
                ctx.add("completion_mismatch", ok(comp_num, HUNDRED if achieved else D(0)), f"{name}: completion")
            ctx.add("score_rule_mismatch", ok(sc, w.v) if achieved else sc.v < w.v * D("0.8"),
                    f"{name}: qualitative score {sc.text}")
            continue
        tdir, T, tu = t
        _, A, au = a
        if tu != au:
            ctx.add("unit_mismatch", False, f"{name}: unit of target {tu!r} vs actual {au!r}")
            continue
        ctx.add("unit_mismatch", True, f"{name}: units agree")
        if au == "%":
            ctx.add("implausible_rate", D(0) <= A.v <= HUNDRED, f"{name}: actual {A.text}% within 0–100")
        if tdir == "lte":
            c = HUNDRED if A.v <= T.v else T.v / A.v * HUNDRED
        elif tdir == "eq" and T.v == 0:
            c = HUNDRED if A.v <= 0 else D(0)
        else:
            c = max(A.v, D(0)) / T.v * HUNDRED
        if comp_num is not None:
            ctx.add("completion_mismatch", ok(comp_num, c), f"{name}: completion {comp_num.text} vs {q2(c)}")
        exp = w.v * min(c, HUNDRED) / HUNDRED
        alt = w.v * min(comp_num.v, HUNDRED) / HUNDRED if comp_num is not None else exp
        ctx.add("score_rule_mismatch", ok(sc, exp) or ok(sc, q2(alt)),
                f"{name}: score {sc.text} vs rule {q2(exp)}")
    return wsum, ssum


def totals(ctx, wsum, ssum, weight_totals, score_totals):
    ctx.add("weight_sum_mismatch", wsum == HUNDRED, f"Σ weights {wsum} = 100")
    for wt in weight_totals:
        ctx.add("weight_sum_mismatch", wt.v == wsum, f"stated weight total {wt.text} = Σ {wsum}")
    for st in score_totals:
        ctx.add("score_sum_mismatch", ok(st, ssum), f"stated total {st.text} vs Σ scores {ssum}")


def md_rows(ctx, header_start):
    """Markdown table rows after the header line that starts with header_start."""
    lines = ctx.t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        raise ParseError(f"table header {header_start!r} found {len(idx)} times")
    out = []
    for l in lines[idx[0] + 2:]:
        if not l.startswith("|"):
            break
        out.append([c.strip() for c in l.strip().strip("|").split("|")])
    return out


def fw_rows(ctx, header_start, stop):
    """rows separated by the full-width bar ｜ after a header line, up to the line starting with stop."""
    lines = ctx.t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        raise ParseError(f"table header {header_start!r} found {len(idx)} times")
    out = []
    for l in lines[idx[0] + 1:]:
        cells = l.split("｜")
        out.append(cells)
        if l.startswith(stop):
            return out
    raise ParseError(f"no stop line {stop!r}")


def row_dict(name, w, target, actual, score, comp=None):
    return {"name": name, "w": w, "target": target, "actual": actual, "score": score, "comp": comp}


# ----------------------------------------------------------------------------- drafts
N = r"(\d+(?:\.\d+)?)"


def d_cangnan(c):
    g = c.g
    ini, add, annual = g(r"年初预算" + N + r"万元，全部为县级"), g(r"补助资金" + N + r"万元下达")[0], g(r"调整后全年预算" + N + r"万元")[0]
    ini = ini[0]
    recv, recv_rate = g(r"实际到位资金" + N + r"万元，到位率" + N + "%")
    spent, exe_rate = g(r"项目支出" + N + r"万元，预算执行率" + N + "%")
    works, drill, signs = g(r"工程款" + N + r"万元、疏散演练经费" + N + r"万元、标识标牌及宣传资料" + N + r"万元")
    bal = g(r"年末结余" + N + r"万元")[0]
    c.sum_("年初 + 追加 = 全年预算", M(annual), M(ini), M(add))
    c.rate("到位率", Num(recv_rate), M(recv), M(annual))
    c.rate("预算执行率 (prose)", Num(exe_rate), M(spent), M(annual))
    c.sum_("支出构成", M(spent), M(works), M(drill), M(signs))
    c.diff("结余 = 到位 − 支出", M(bal), M(recv), M(spent))
    c.year_after("结转年份", g(r"结转至(\d{4})年")[0])
    c.year_is("截至日期", g(r"截至(\d{4})年12月31日")[0])
    c.year_is("标题年度", g(r"\n(\d{4})年度避灾安置场所")[0])
    # contract
    contract = g(r"合同价" + N + r"万元。")[0]
    pre_pct, pre = g(r"预付款" + N + r"%，即" + N + r"万元")
    prog, prog_pct = g(r"累计支付" + N + r"万元，占合同价的" + N + "%")
    rest = g(r"其余" + N + r"万元待(\d{4})年结算审计")[0]
    c.share("预付款比例", M(pre), M(contract), Num(pre_pct))
    c.share("进度款比例", M(prog), M(contract), Num(prog_pct))
    c.sum_("预付款 + 进度款 = 工程款支出", M(works), M(pre), M(prog))
    c.rel("balance_mismatch", "合同余款 = 合同价 − 已付", lambda r, k, a, b: ok(r, k.v - a.v - b.v),
          M(rest), M(contract), M(pre), M(prog))
    # shelters
    n1, a1, p1 = g(r"(?<!I)I类场所" + N + r"处，有效避难面积" + N + r"平方米，可容纳" + N + "人")
    n2, a2, p2 = g(r"(?<!I)II类场所" + N + r"处，有效避难面积合计" + N + r"平方米，可容纳" + N + "人")
    n3, a3, p3 = g(r"(?<!I)III类场所" + N + r"处，有效避难面积合计" + N + r"平方米，可容纳" + N + "人")
    nt, at, pt = g(N + r"处场所新增有效避难面积" + N + r"平方米，可容纳" + N + "人")
    c.sum_("场所数", Num(nt), Num(n1), Num(n2), Num(n3))
    c.sum_("面积", Num(at), Num(a1), Num(a2), Num(a3))
    c.sum_("容纳人数", Num(pt), Num(p1), Num(p2), Num(p3))
    cost = g(r"单位面积改造成本" + N + r"元/平方米，低于")[0]
    c.rel("average_mismatch", "单位面积成本 = 合同价 / 面积",
          lambda u, k, a: ok(u, k.v * 10000 / a.v), Num(cost), M(contract), Num(at))
    pt2 = g(r"可同时容纳" + N + "名群众")[0]
    c.same("容纳人数 (产出 vs 效益)", Num(pt), Num(pt2))
    plan_s, done_s, late_s = g(r"计划设置标识标牌" + N + r"块，年内设置" + N + r"块，另有" + N + "块")
    c.sum_("标识标牌", Num(plan_s), Num(done_s), Num(late_s))
    chk, good = g(r"检查" + N + r"台（套），完好" + N + "台（套）")
    plan_d, done_d, cty, twn, ppl, avg = g(r"计划组织演练" + N + r"场，实际组织" + N + r"场，其中县级综合演练" + N
                                          + r"场、乡镇（街道）演练" + N + r"场，参演群众" + N + r"人次，平均每场" + N + "人次")
    c.sum_("演练场次", Num(done_d), Num(cty), Num(twn))
    c.add("average_mismatch", ok(Num(avg), Num(ppl).v / Num(done_d).v), f"平均每场 {avg}")
    issued, satisfied = g(r"收回有效问卷" + N + "份")[0], g(r"表示满意的" + N + "份")[0]
    # table
    rows = md_rows(c, "| 一级指标 |")
    body = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    byname = {r[2]: r for r in body}
    wsum, ssum = check_rows(c, [row_dict(r[2], r[3], r[4], r[5], r[7], r[6]) for r in body])
    total_prose = g(r"自评得分" + N + r"分，评价等级为(优秀|优|良好|良|中等|中|差)")
    totals(c, wsum, ssum, [Num(tot[3])], [Num(tot[7]), Num(total_prose[0])])
    c.grade("评价等级", Num(total_prose[0]), total_prose[1])
    ex = byname["预算执行率"]
    c.rate("执行率 (table)", Num(ex[5]), M(spent), M(annual))
    c.same("执行率 text vs table", Num(exe_rate), Num(ex[5]))
    c.rate("完好率 (table)", Num(byname["设施设备完好率"][5]), Num(good), Num(chk))
    c.rate("满意度 (table)", Num(byname["周边群众满意度"][5]), Num(satisfied), Num(issued))
    c.same("面积 text vs table", Num(at), Num(byname["新增有效避难面积"][5].replace("万平方米", "")), D(1), D(10000))
    c.same("容纳 text vs table", Num(pt), Num(byname["新增可容纳避难人数"][5].replace("万人", "")), D(1), D(10000))
    c.same("参演 text vs table", Num(ppl), Num(byname["演练参与群众"][5].replace("万人次", "")), D(1), D(10000))
    c.same("演练场次 text vs table", Num(done_d), Num(byname["组织疏散演练"][5].replace("场", "")))
    c.same("演练计划 text vs table", Num(plan_d), Num(byname["组织疏散演练"][4].replace("≥", "").replace("场", "")))
    c.same("标识 text vs table", Num(done_s), Num(byname["设置标识标牌"][5].replace("块", "")))
    c.same("单位成本 text vs table", Num(cost), Num(byname["单位面积改造成本"][5].replace("元/平方米", "")))
    c.same("场所数 text vs table", Num(nt), Num(byname["规范化提升场所数量"][5].replace("处", "")))


def d_lianjiang(c):
    g = c.g
    ini, cur, carry = g(r"年初预算" + N + r"万元，由当年财政拨款" + N + r"万元和(?:\d{4})年结转资金" + N + "万元")
    add, annual = g(r"补助资金" + N + r"万元追加到本项目，全年预算调整为" + N + "万元")
    spent, works, drill, goods = g(r"全年实际支出" + N + r"万元，其中避灾点改造工程款" + N + r"万元、转移演练经费" + N
                                   + r"万元、避灾物资采购" + N + "万元")
    unspent, cy = g(r"年末未执行" + N + r"万元，按规定结转至(\d{4})年")
    c.sum_("年初 = 当年拨款 + 上年结转", M(ini), M(cur), M(carry))
    c.sum_("年初 + 追加 = 全年", M(annual), M(ini), M(add))
    c.sum_("支出构成", M(spent), M(works), M(drill), M(goods))
    c.diff("未执行 = 全年预算 − 支出", M(unspent), M(annual), M(spent))
    c.year_after("结转年份", cy)
    c.year_is("标题年度", g(r"连江县应急管理局(\d{4})年度防台风")[0])
    c.year_is("自评表年度", g(r"附件：(\d{4})年度项目支出绩效自评表")[0])
    contract = g(r"合同价" + N + r"万元。合同约定")[0]
    pre_pct, pre = g(r"预付款" + N + r"%，计" + N + "万元")
    prog_pct, prog = g(r"累计支付至合同价的" + N + r"%，计" + N + "万元")
    c.share("预付款比例", M(pre), M(contract), Num(pre_pct))
    c.share("进度款比例", M(prog), M(contract), Num(prog_pct))
    c.sum_("预付款 + 进度款 = 工程款", M(works), M(pre), M(prog))
    n1, n2, n3 = g(r"(?<!I)I类避灾点" + N + r"处、II类" + N + r"处、III类" + N + "处")
    a1, p1 = g(r"(?<!I)I类避灾点有效面积合计" + N + r"平方米，可容纳" + N + "人")
    a2, p2 = g(r"(?<!I)II类合计" + N + r"平方米，可容纳" + N + "人")
    a3, p3 = g(r"(?<!I)III类合计" + N + r"平方米，可容纳" + N + "人")
    nt, at, cost = g(N + r"处避灾点改造面积合计" + N + r"平方米，按合同价测算，单位面积改造成本" + N + "元")
    c.sum_("避灾点数", Num(nt), Num(n1), Num(n2), Num(n3))
    c.sum_("面积", Num(at), Num(a1), Num(a2), Num(a3))
    c.rel("average_mismatch", "单位面积成本", lambda u, k, a: ok(u, k.v * 10000 / a.v), Num(cost), M(contract), Num(at))
    stock, stock_pct = g(r"储备避灾物资" + N + r"套，完成年度目标的" + N + "%")
    chk, good = g(r"抽查" + N + r"件，完好" + N + "件")
    base_d, extra_d, done_d, ppl, avg = g(N + r"个乡镇（街道）均组织了转移演练，另有3个沿海乡镇在台风季前各追加演练" + N
                                         + r"场，全年共组织演练" + N + r"场，参演群众" + N + r"人次，平均每场" + N + "人次")
    c.add("sum_mismatch", ok(Num(done_d), Num(base_d).v + 3 * Num(extra_d).v), "演练场次 22 + 3×1")
    c.add("average_mismatch", ok(Num(avg), Num(ppl).v / Num(done_d).v), "平均每场")
    total_prose, grade_word = g(r"自评得分" + N + r"分，评价等级为(优秀|优|良好|良|中等|中|差)")
    # funds block
    fb = {r[0]: r for r in fw_rows(c, "项目资金（万元）｜", "其他资金")}
    tot, cu, ca, ot = fb["年度资金总额"], fb["其中：当年财政拨款"], fb["上年结转资金"], fb["其他资金"]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(f"资金总额 {label}", M(tot[col]), M(cu[col]), M(ca[col]), M(ot[col]))
    c.rate("执行率 总额", Num(tot[5]), M(tot[3]), M(tot[2]))
    c.rate("执行率 当年拨款", Num(cu[5]), M(cu[3]), M(cu[2]))
    c.rate("执行率 上年结转", Num(ca[5]), M(ca[3]), M(ca[2]))
    c.add("implausible_rate", ot[5] in ("—", "-", "", "0") and Num(ot[2]).v == 0, "其他资金 zero base")
    c.same("年初 text vs table", M(ini), M(tot[1]))
    c.same("当年拨款 text vs table", M(cur), M(cu[1]))
    c.same("结转 text vs table", M(carry), M(ca[1]))
    c.same("全年 text vs table", M(annual), M(tot[2]))
    c.same("执行 text vs table", M(spent), M(tot[3]))
    c.sum_("当年拨款 年初 + 追加 = 全年", M(cu[2]), M(cu[1]), M(add))
    exe_w, exe_s = Num(tot[4]), Num(tot[6])
    r_now = Num(tot[3]).v / Num(tot[2]).v
    c.add("score_exceeds_weight", D(0) <= exe_s.v <= exe_w.v, "执行率得分 ≤ 10")
    c.add("score_rule_mismatch", ok(exe_s, exe_w.v * min(r_now, D(1))) or ok(exe_s, q2(exe_w.v * min(Num(tot[5]).v, HUNDRED) / HUNDRED)),
          "执行率得分")
    # indicators
    ind = fw_rows(c, "一级指标｜二级指标｜三级指标｜年度指标值", "总分")
    body = [r for r in ind if not r[0].startswith("总分")]
    tl = ind[-1]
    byname = {r[2]: r for r in body}
    wsum, ssum = check_rows(c, [row_dict(r[2], r[5], r[3], r[4], r[6]) for r in body])
    wsum += exe_w.v
    ssum += exe_s.v
    totals(c, wsum, ssum, [Num(tl[5])], [Num(tl[6]), Num(total_prose)])
    c.grade("评价等级", Num(total_prose), grade_word)
    c.add("completion_mismatch", ok(Num(stock_pct), Num(stock).v / Num(byname["储备避灾物资"][3].replace("≥", "").replace("套", "")).v * HUNDRED),
          "物资完成率 (prose)")
    c.same("物资 text vs table", Num(stock), Num(byname["储备避灾物资"][4].replace("套", "")))
    c.rate("完好率 (table)", Num(byname["避灾点物资设备完好率"][4]), Num(good), Num(chk))
    c.same("演练 text vs table", Num(done_d), Num(byname["组织群众转移演练"][4].replace("场", "")))
    c.same("演练计划 (乡镇数) vs table", Num(base_d), Num(byname["组织群众转移演练"][3].replace("≥", "").replace("场", "")))
    c.same("场所数 text vs table", Num(nt), Num(byname["提升改造避灾点"][4].replace("处", "")))
    c.add("sum_mismatch", ok(Num(byname["可安置受灾群众"][4].replace("人", "")), Num(p1).v + Num(p2).v + Num(p3).v),
          "可安置人数 = Σ 类别")
    c.same("单位成本 text vs table", Num(cost), Num(byname["单位面积改造成本"][4].replace("元/平方米", "")))


def d_huailai(c):
    g = c.g
    lines = c.t.split("\n")
    fund = {}
    for l in lines:
        cells = l.split("\t")
        if len(cells) == 10 and cells[1].startswith("("):
            fund[cells[1][:3]] = cells
    if len(fund) != 7:
        raise ParseError("funds table rows")

    def val(row, col, money=True):
        s = fund[row][col].strip()
        return Num(s if s else "0", money=money)
    cols = {2: "总额", 3: "小计", 4: "中央", 5: "省级", 6: "市级", 7: "县区", 8: "结转", 9: "其他"}
    for r in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        c.sum_(f"{r} 总额 = 小计 + 结转 + 其他", val(r, 2), val(r, 3), val(r, 8), val(r, 9))
        c.sum_(f"{r} 小计 = 中央 + 省 + 市 + 县", val(r, 3), val(r, 4), val(r, 5), val(r, 6), val(r, 7))
    for col, name in cols.items():
        c.diff(f"(5) {name}", val("(5)", col), val("(3)", col), val("(4)", col))
        for rr, num in (("(6)", "(3)"), ("(7)", "(4)")):
            den = val("(2)", col)
            cell = fund[rr][col].strip()
            if den.v == 0:
                c.add("implausible_rate", cell in ("", "0"), f"{rr} {name}: zero base prints {cell!r}")
            else:
                c.rate(f"{rr} {name}", Num(cell), val(num, col), den)
        c.add("implausible_rate", val("(4)", col).v <= val("(3)", col).v <= val("(2)", col).v,
              f"{name}: 执行 ≤ 到位 ≤ 全年")
    ini, annual = g(r"安排项目预算" + N + r"万元，含(\d{4})年12月提前下达")[0], g(r"全年预算调整为" + N + "万元")[0]
    adv = g(r"含(\d{4})年12月提前下达")[0]
    c.add("year_mismatch", int(adv) in (c.year - 1, c.year), "提前下达 in the December before")
    cty_recv, spent = g(r"县级配套资金到位" + N + r"万元，项目累计支出" + N + "万元")
    c.same("年初 text vs table", M(ini), val("(1)", 2))
    c.same("全年 text vs table", M(annual), val("(2)", 2))
    c.same("县级到位 text vs table", M(cty_recv), val("(3)", 7))
    c.same("支出 text vs table", M(spent), val("(4)", 2))
    c.year_is("截至日期", g(r"截至(\d{4})年12月31日")[0])
    c.year_is("标题年度", g(r"怀来县应急管理局(\d{4})年度")[0])
    c.add("rate_mismatch", (val("(7)", 2).v < 90), "执行率低于90% statement")
    # contract and spending
    contract = g(r"施工合同价" + N + "万元")[0]
    pre_pct, pre = g(r"预付款" + N + r"%即" + N + "万元")
    prog_pct, prog = g(r"进度款" + N + r"%即" + N + "万元")
    works, rest = g(r"共支付工程款" + N + r"万元，剩余" + N + "万元")
    drill, goods = g(r"演练经费支出" + N + r"万元，设备物资购置支出" + N + "万元")
    c.share("预付款比例", M(pre), M(contract), Num(pre_pct))
    c.share("进度款比例", M(prog), M(contract), Num(prog_pct))
    c.sum_("工程款 = 预付 + 进度", M(works), M(pre), M(prog))
    c.diff("合同余款", M(rest), M(contract), M(works))
    c.sum_("支出构成", M(spent), M(works), M(drill), M(goods))
    n1, a1, p1 = g(r"新建(?<!I)I类场所" + N + r"处（县城体育公园），有效避难面积" + N + r"平方米，可容纳" + N + "人")
    n2, a2, p2 = g(r"(?<!I)II类场所" + N + r"处，面积合计" + N + r"平方米，可容纳" + N + "人")
    n3, a3, p3 = g(r"(?<!I)III类场所" + N + r"处，面积合计" + N + r"平方米，可容纳" + N + "人")
    nt, at, pt, cost = g(N + r"处场所合计有效避难面积" + N + r"平方米，可容纳" + N + r"人，单位面积建设成本" + N + "元")
    c.sum_("场所数", Num(nt), Num(n1), Num(n2), Num(n3))
    c.sum_("面积", Num(at), Num(a1), Num(a2), Num(a3))
    c.sum_("容纳", Num(pt), Num(p1), Num(p2), Num(p3))
    c.rel("average_mismatch", "单位面积成本", lambda u, k, a: ok(u, k.v * 10000 / a.v), Num(cost), M(contract), Num(at))
    chk, good = g(r"检查" + N + r"台（套），完好" + N + "台（套）")
    plan_d, done_d, moved, ppl, avg = g(r"计划演练" + N + r"场，完成" + N + r"场，另" + N + r"场因冬季施工安全原因顺延至(?:\d{4})年春季；参演群众"
                                       + N + r"人次，平均每场" + N + "人次")
    c.add("sum_mismatch", ok(Num(plan_d), Num(done_d).v + Num(moved).v), "计划 = 完成 + 顺延")
    c.add("average_mismatch", ok(Num(avg), Num(ppl).v / Num(done_d).v), "平均每场")
    issued, satisfied = g(r"发放问卷" + N + r"份，表示满意的" + N + "份")
    total, grade_word = g(r"总得分" + N + r"分，属于“(优秀|优|良好|良|中等|中|差)”")
    # indicator tables (tab separated)
    rows = []
    for l in lines:
        cells = l.split("\t")
        if len(cells) == 7 and cells[0] != "二级指标":
            rows.append(cells)
    if len(rows) != 11:
        raise ParseError(f"indicator rows {len(rows)}")
    byname = {r[1]: r for r in rows}
    wsum, ssum = check_rows(c, [row_dict(r[1], r[2], r[3], r[4], r[6], r[5]) for r in rows])
    totals(c, wsum, ssum, [], [Num(total)])
    c.grade("评价等级", Num(total), grade_word)
    c.rate("执行率 (indicator table)", Num(byname["预算执行率"][4]), val("(4)", 2), val("(2)", 2))
    c.same("执行率 funds vs indicator table", val("(7)", 2, money=False), Num(byname["预算执行率"][4]))
    c.rate("完好率 (table)", Num(byname["设施设备完好率"][4]), Num(good), Num(chk))
    c.rate("满意度 (table)", Num(byname["周边群众满意度"][4]), Num(satisfied), Num(issued))

    t = parse_cell(byname["新建应急避难场所"][4])
    if t[0] not in ("qual", "date") and t[2] == "处":
        c.same("场所数 text vs table", Num(nt), t[1])
    c.same("面积 text vs table", Num(at), Num(byname["新增有效避难面积"][4].replace("万平方米", "")), D(1), D(10000))
    c.same("容纳 text vs table", Num(pt), Num(byname["新增可容纳避难人数"][4].replace("万人", "")), D(1), D(10000))
    c.same("参演 text vs table", Num(ppl), Num(byname["演练参与群众"][4].replace("万人次", "")), D(1), D(10000))
    c.same("演练 text vs table", Num(done_d), Num(byname["组织应急疏散演练"][4].replace("场", "")))
    c.same("演练计划 text vs table", Num(plan_d), Num(byname["组织应急疏散演练"][3].replace("≥", "").replace("场", "")))
    c.same("单位成本 text vs table", Num(cost), Num(byname["单位面积建设成本"][4].replace("元/平方米", "")))


def d_changning(c):
    g = c.g
    total_f, cen, prov, cty = g(r"项目资金共" + N + r"万元，其中中央自然灾害防治体系建设补助资金" + N + r"万元、省级应急管理专项资金" + N
                                + r"万元、县级财政资金" + N + "万元")
    c.sum_("资金来源", M(total_f), M(cen), M(prov), M(cty))
    adv = g(r"中央资金于(\d{4})年12月提前下达")[0]
    c.add("year_mismatch", int(adv) in (c.year - 1, c.year), "提前下达 in the December before")
    c.year_is("省级下达年份", g(r"省级资金于(\d{4})年5月下达")[0])
    c.year_is("县级年初预算年份", g(r"列入(\d{4})年年初部门预算")[0])
    c.year_is("标题年度", g(r"长宁县应急管理局(\d{4})年度")[0])
    c.year_is("自评表年度", g(r"附表：(\d{4})年度项目支出绩效自评表")[0])
    recv_rate = g(r"项目资金全部到位，到位率" + N + "%")[0]
    c.add("rate_mismatch", ok(Num(recv_rate), HUNDRED), "全部到位 ⇒ 到位率100%")
    spent, exe_rate, unspent, cy = g(r"全年支出" + N + r"万元，预算执行率" + N + r"%，未支出的" + N + r"万元结转至(\d{4})年")
    c.rate("执行率", Num(exe_rate), M(spent), M(total_f))
    c.diff("未支出 = 预算 − 支出", M(unspent), M(total_f), M(spent))
    c.year_after("结转年份", cy)
    works, drill, goods = g(r"场所提升工程" + N + r"万元，疏散演练" + N + r"万元，应急物资及标识" + N + "万元")
    c.sum_("支出构成", M(spent), M(works), M(drill), M(goods))
    exe_rate2 = g(r"预算执行率为" + N + "%")[0]
    c.same("执行率 twice in text", Num(exe_rate), Num(exe_rate2))
    contract, pre_pct, pre = g(r"合同价" + N + r"万元，合同约定预付款为合同价的" + N + r"%，计" + N + "万元")
    prog_pct, prog = g(r"进度款累计支付合同价的" + N + r"%，计" + N + "万元")
    rest = g(r"剩余" + N + r"万元在竣工结算")[0]
    c.share("预付款比例", M(pre), M(contract), Num(pre_pct))
    c.share("进度款比例", M(prog), M(contract), Num(prog_pct))
    c.sum_("工程支出 = 预付 + 进度", M(works), M(pre), M(prog))
    c.rel("balance_mismatch", "合同余款", lambda r, k, a, b: ok(r, k.v - a.v - b.v), M(rest), M(contract), M(pre), M(prog))
    n1, a1, p1 = g(r"(?<!I)I类场所" + N + r"处（县体育中心），有效避难面积" + N + r"平方米，可容纳" + N + "人")
    n2, a2, p2 = g(r"(?<!I)II类场所" + N + r"处，面积合计" + N + r"平方米，可容纳" + N + "人")
    n3, a3, p3 = g(r"(?<!I)III类场所" + N + r"处，面积合计" + N + r"平方米，可容纳" + N + "人")
    nt, at, pt = g(N + r"处场所合计面积" + N + r"平方米，可容纳" + N + "人")
    nt0 = g(r"完成" + N + r"处场所提升")[0]
    c.sum_("场所数", Num(nt), Num(n1), Num(n2), Num(n3))
    c.same("场所数 twice", Num(nt), Num(nt0))
    c.sum_("面积", Num(at), Num(a1), Num(a2), Num(a3))
    c.sum_("容纳", Num(pt), Num(p1), Num(p2), Num(p3))
    done_d, plan_d, cty_d, twn_d, ppl = g(r"全年组织疏散演练" + N + r"场（计划" + N + r"场），其中县级综合演练" + N + r"场、乡镇演练" + N
                                         + r"场，参演群众" + N + "人次")
    c.sum_("演练场次", Num(done_d), Num(cty_d), Num(twn_d))
    goods_n = g(r"更新应急物资" + N + r"件，未达到")[0]
    chk, good, good_rate = g(r"巡检设施设备" + N + r"台（套），完好" + N + r"台（套），完好率" + N + "%")
    c.rate("完好率 (text)", Num(good_rate), Num(good), Num(chk))
    kept = g(r"13处场所中" + N + r"处落实了专人管护")[0]
    cost = g(r"单位面积提升成本" + N + r"元/平方米。")[0]
    c.rel("average_mismatch", "单位面积成本", lambda u, k, a: ok(u, k.v * 10000 / a.v), Num(cost), M(contract), Num(at))
    t1, t2, t3, avg = g(r"分别用时" + N + r"分钟、" + N + r"分钟、" + N + r"分钟，平均" + N + "分钟")
    c.add("average_mismatch", ok(Num(avg), (Num(t1).v + Num(t2).v + Num(t3).v) / 3), "平均用时")
    evac = g(r"按时撤离率达到" + N + "%")[0]
    c.add("implausible_rate", D(0) <= Num(evac).v <= HUNDRED, "撤离率 ≤ 100%")
    total_prose, grade_word = g(r"自评得分" + N + r"分，评价等级为(优秀|优|良好|良|中等|中|差)")
    # table
    rows = md_rows(c, "| 一级指标 |")
    body = [r for r in rows if r[0] != "合计"]
    tl = [r for r in rows if r[0] == "合计"][0]
    rd = []
    for r in body:
        sign, value, unit, actual = r[4], r[5], r[6], r[7]
        if sign == "定性":
            target = value
        else:
            target = sign + value + ("" if unit == "—" else unit)
        if re.fullmatch(r"-?\d+(?:\.\d+)?", actual):
            actual = actual + ("" if unit == "—" else unit)
        rd.append(row_dict(r[2], r[3], target, actual, r[8]))
    byname = {r[2]: r for r in body}
    wsum, ssum = check_rows(c, rd)
    totals(c, wsum, ssum, [Num(tl[3])], [Num(tl[8]), Num(total_prose)])
    c.grade("评价等级", Num(total_prose), grade_word)
    c.rate("执行率 (table)", Num(byname["预算执行率"][7]), M(spent), M(total_f))
    c.same("执行率 text vs table", Num(exe_rate), Num(byname["预算执行率"][7]))
    c.same("完好率 text vs table", Num(good_rate), Num(byname["设施设备完好率"][7]))
    c.rate("管护落实率 (table)", Num(byname["场所管护责任落实率"][7]), Num(kept), Num(nt))
    c.same("容纳 text vs table", Num(pt), Num(byname["可容纳避难人数"][7]), D(1), D(10000))
    c.same("参演 text vs table", Num(ppl), Num(byname["演练参与群众"][7]), D(1), D(10000))
    c.same("演练 text vs table", Num(done_d), Num(byname["组织疏散演练"][7]))
    c.same("演练计划 text vs table", Num(plan_d), Num(byname["组织疏散演练"][5]))
    c.same("物资 text vs table", Num(goods_n), Num(byname["更新应急物资"][7]))
    c.same("单位成本 text vs table", Num(cost), Num(byname["单位面积提升成本"][7]))
    sites = byname["提升改造应急避难场所"][7]
    if re.fullmatch(r"\d+", sites):
        c.same("场所数 text vs table", Num(nt), Num(sites))


def d_tonghai(c):
    g = c.g
    c.year_is("标题年度", g(r"通海县应急管理局(\d{4})年度部门整体")[0])
    staff, adm, inst = g(r"在职在编人员" + N + r"人，其中行政编制" + N + r"人、事业编制" + N + "人")
    c.sum_("人员编制", Num(staff), Num(adm), Num(inst))
    annual, basic, proj, spent, rate_all = g(r"部门全年预算" + N + r"万元，其中基本支出" + N + r"万元、项目支出" + N + r"万元；全年支出" + N
                                            + r"万元，部门整体预算执行率" + N + "%")
    staff_cost, office = g(r"其中人员经费" + N + r"万元、公用经费" + N + "万元")
    proj_spent, proj_rate = g(r"项目支出执行" + N + r"万元，项目支出执行率" + N + "%")
    unspent, cy = g(r"年末未执行资金" + N + r"万元，全部为项目资金，已按规定结转(\d{4})年")
    c.sum_("全年预算 = 基本 + 项目", M(annual), M(basic), M(proj))
    c.sum_("基本支出构成", M(basic), M(staff_cost), M(office))
    c.sum_("全年支出 = 基本(全部执行) + 项目执行", M(spent), M(basic), M(proj_spent))
    c.rate("部门整体执行率", Num(rate_all), M(spent), M(annual))
    c.rate("项目支出执行率", Num(proj_rate), M(proj_spent), M(proj))
    c.diff("未执行 = 预算 − 支出", M(unspent), M(annual), M(spent))
    c.diff("未执行 = 项目预算 − 项目执行 (全部为项目资金)", M(unspent), M(proj), M(proj_spent))
    c.year_after("结转年份", cy)
    sg, sb, saved = g(r"“三公”经费支出" + N + r"万元，比预算" + N + r"万元节约" + N + "万元")
    c.diff("三公经费节约", M(saved), M(sb), M(sg))
    # project table
    pt_rows = fw_rows(c, "项目名称｜", "合计")
    body = pt_rows[:-1]
    tl = pt_rows[-1]
    scores = []
    for r in body:
        c.rate(f"{r[0]} 执行率", Num(r[3]), M(r[2]), M(r[1]))
        c.grade(f"{r[0]} 等级", Num(r[4]), r[5])
        scores.append(Num(r[4]))
    c.sum_("项目预算合计", M(tl[1]), *[M(r[1]) for r in body])
    c.sum_("项目执行合计", M(tl[2]), *[M(r[2]) for r in body])
    c.same("项目预算 text vs table", M(proj), M(tl[1]))
    c.same("项目执行 text vs table", M(proj_spent), M(tl[2]))
    avg = g(r"平均自评得分" + N + "分")[0]
    c.add("average_mismatch", ok(Num(avg), sum(s.v for s in scores) / len(scores)), "平均自评得分")
    p1 = {r[0]: r for r in body}["应急避难场所建设项目"]
    # shelter project
    n1, a1, q1 = g(r"(?<!I)I类场所" + N + r"处，有效避难面积" + N + r"平方米，可容纳" + N + "人")
    n2, a2, q2_ = g(r"(?<!I)II类场所" + N + r"处，合计" + N + r"平方米，可容纳" + N + "人")
    n3, a3, q3 = g(r"(?<!I)III类场所" + N + r"处，合计" + N + r"平方米，可容纳" + N + "人")
    nt, at, qt = g(N + r"处场所合计有效避难面积" + N + r"平方米，可容纳" + N + "人")
    nt0 = g(r"新建改造应急避难场所" + N + "处：")[0]
    c.sum_("场所数", Num(nt), Num(n1), Num(n2), Num(n3))
    c.same("场所数 twice", Num(nt), Num(nt0))
    c.sum_("面积", Num(at), Num(a1), Num(a2), Num(a3))
    c.sum_("容纳", Num(qt), Num(q1), Num(q2_), Num(q3))
    contract = g(r"工程合同价" + N + "万元")[0]
    pre_pct, pre, prog_pct, prog = g(r"预付款" + N + r"%（" + N + r"万元）和进度款" + N + r"%（" + N + r"万元）")
    ret_pct, ret = g(r"其余" + N + r"%质保金" + N + "万元")
    equip = g(r"净水设备等" + N + "万元")[0]
    c.share("预付款比例", M(pre), M(contract), Num(pre_pct))
    c.share("进度款比例", M(prog), M(contract), Num(prog_pct))
    c.share("质保金比例", M(ret), M(contract), Num(ret_pct))
    c.add("sum_mismatch", Num(pre_pct).v + Num(prog_pct).v + Num(ret_pct).v == HUNDRED, "付款比例合计100%")
    c.sum_("场所项目支出 = 预付 + 进度 + 设备", M(p1[2]), M(pre), M(prog), M(equip))
    cost = g(r"单位面积建设成本" + N + "元/平方米。")[0]
    c.rel("average_mismatch", "单位面积成本", lambda u, k, a: ok(u, k.v * 10000 / a.v), Num(cost), M(contract), Num(at))
    chk, good = g(r"检查场所设施" + N + r"台（套），完好" + N + "台（套）")
    done_d, plan_d, more_d, ppl1 = g(r"组织疏散演练" + N + r"场，比计划的" + N + r"场多" + N + r"场，参演群众" + N + "万人次")
    c.add("sum_mismatch", ok(Num(done_d), Num(plan_d).v + Num(more_d).v), "演练 = 计划 + 增加")
    ppl2 = g(r"疏散演练参演群众" + N + "万人次")[0]
    c.same("参演群众 twice", Num(ppl1), Num(ppl2))
    cap_text = g(r"新增可容纳避难人数" + N + "万人。")[0]
    c.same("容纳 万人 vs 人", Num(qt), Num(cap_text), D(1), D(10000))
    sample, know = g(r"抽样调查群众" + N + r"人，知晓应急避难场所位置和避险常识的" + N + "人")
    issued, satisfied = g(r"发放群众满意度问卷" + N + r"份，表示满意的" + N + "份")
    know_rate2 = g(r"知识知晓率为" + N + "%")[0]
    # department table
    ind = fw_rows(c, "一级指标｜二级指标｜三级指标｜年度指标值", "合计")
    body = ind[:-1]
    tl = ind[-1]
    byname = {r[2]: r for r in body}
    wsum, ssum = check_rows(c, [row_dict(r[2], r[5], r[3], r[4], r[6]) for r in body])
    totals(c, wsum, ssum, [Num(tl[5])], [Num(tl[6])])
    grade_word = g(r"部门整体支出绩效自评等级为(优秀|优|良好|良|中等|中|差)")[0]
    c.grade("部门整体等级", Num(tl[6]), grade_word)
    c.rate("部门执行率 (table)", Num(byname["部门整体预算执行率"][4]), M(spent), M(annual))
    c.same("部门执行率 text vs table", Num(rate_all), Num(byname["部门整体预算执行率"][4]))
    c.rate("完好率 (table)", Num(byname["避难场所设施完好率"][4]), Num(good), Num(chk))
    c.rate("知晓率 (table)", Num(byname["群众防震避险知识知晓率"][4]), Num(know), Num(sample))
    c.same("知晓率 text vs table", Num(know_rate2), Num(byname["群众防震避险知识知晓率"][4]))
    c.rate("满意度 (table)", Num(byname["群众满意度"][4]), Num(satisfied), Num(issued))
    c.same("场所数 text vs table", Num(nt), Num(byname["新建改造应急避难场所"][4].replace("处", "")))
    c.same("演练 text vs table", Num(done_d), Num(byname["开展应急疏散演练"][4].replace("场", "")))
    c.same("演练计划 text vs table", Num(plan_d), Num(byname["开展应急疏散演练"][3].replace("≥", "").replace("场", "")))
    c.same("容纳 text vs table", Num(cap_text), Num(byname["新增可容纳避难人数"][4].replace("万人", "")))
    c.same("单位成本 text vs table", Num(cost), Num(byname["避难场所单位面积建设成本"][4].replace("元/平方米", "")))


DRAFTS = {
    "zj-cangnan-binancs-2021": (2021, d_cangnan),
    "fj-lianjiang-bizaidian-2020": (2020, d_lianjiang),
    "he-huailai-dizhenbinan-2019": (2019, d_huailai),
    "sc-changning-binanyanlian-2023": (2023, d_changning),
    "yn-tonghai-yingjiju-bumen-2024": (2024, d_tonghai),
}


def run_checks(src, text):
    year, fn = DRAFTS[src]
    ctx = Ctx(text, year)
    try:
        fn(ctx)
    except ParseError as e:
        ctx.add("parse", False, str(e), "error")
    except (ArithmeticError, KeyError, IndexError, ValueError) as e:  # a draft the checks cannot read
        ctx.add("parse", False, f"{type(e).__name__}: {e}", "error")
    return ctx.res


# ----------------------------------------------------------------------------- main
def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    clean_text = {}
    for l in labels:
        if l["clean"]:
            clean_text[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    if sorted(clean_text) != sorted(DRAFTS):
        problems.append("clean drafts do not match DRAFTS")
    for src, t in clean_text.items():
        if not 2800 <= len(t) <= 3400:
            problems.append(f"{src}: clean draft has {len(t)} characters")
    for l in labels:
        case, src = l["case"], l["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        res = run_checks(src, text)
        failing = {(code, sev) for code, sev, passed, msg in res if not passed}
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{case}: clean case with labels")
            if failing:
                for code, sev, passed, msg in res:
                    if not passed:
                        problems.append(f"{case}: clean draft fails {code} ({sev}): {msg}")
            continue
        exp = l["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in CODES:
            problems.append(f"{case}: needs exactly one error label with a §A code")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] += 1
        if text.count(value) != 1:
            problems.append(f"{case}: value {value!r} occurs {text.count(value)} times")
        # one contiguous difference overlapping the value
        clean = clean_text[src]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[len(clean) - 1 - s] == text[len(text) - 1 - s]:
            s += 1
        lo, hi = p, len(text) - s
        if text == clean:
            problems.append(f"{case}: identical to the clean draft")
        if hi - lo > 20 or len(clean) - s - p > 20:
            problems.append(f"{case}: changed region too long ({clean[p:len(clean) - s]!r} -> {text[lo:hi]!r})")
        vpos = text.find(value)
        if not (vpos < max(hi, lo + 1) and lo < vpos + len(value)):
            problems.append(f"{case}: value {value!r} does not overlap the change at [{lo},{hi})")
        err_fail = {c for c, sev in failing if sev == "error"}
        if code not in err_fail:
            problems.append(f"{case}: labelled {code} does not fail; failing: {sorted(err_fail)}")
        other = err_fail - {code}
        if other:
            msgs = [f"{c}: {m}" for c, sev, ok_, m in res if not ok_ and sev == "error" and c != code]
            problems.append(f"{case}: other error codes fail: {msgs}")
    for c, n in counts.items():
        if n < 2:
            problems.append(f"code {c} used {n} times (< 2)")
    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        sys.exit(1)
    for c in CODES:
        print(f"{c:22s} {counts[c]}")
    print("OK")


if __name__ == "__main__":
    main()
