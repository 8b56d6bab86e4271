#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place, and that place overlaps an occurrence of the label value;
2. each of the 13 codes of errors.md section A (1-13) is labelled at least twice;
3. the arithmetic of every case is recomputed from the text with decimal.Decimal and the
   tolerance of rules.md section 8: in a clean draft every check passes; in an error case the
   labelled code fails and no other error-level code fails (warning-level checks such as
   score_rule_mismatch are reported but only required to pass in the clean drafts).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}
TENK = D(10000)


class ParseError(Exception):
    pass


# ------------------------------------------------------------------ numbers and tolerance
def dp(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    return D(str(s).strip().rstrip("%").replace(",", ""))


def close(stated, computed):
    """rules.md 8: stated value with d decimals matches computed c iff |c - v| <= 0.5*10^-d."""
    tol = D("0.5") * (D(10) ** -dp(stated)) + D("1e-9")
    return abs(num(stated) - D(computed)) <= tol


def same(a, b):
    """Two statements of one quantity agree within the precision of the coarser one."""
    return close(a, num(b)) if dp(a) <= dp(b) else close(b, num(a))


def grade_of(total):
    t = D(total)
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
    def __init__(self, name, text):
        self.name, self.t, self.res = name, text, []

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def m(self, pat, text=None):
        mm = re.search(pat, self.t if text is None else text, re.S)
        if not mm:
            raise ParseError(f"{self.name}: pattern not found: {pat}")
        return mm

    # --- typed checks
    def eq(self, a, b, msg):
        self.add("conflicting_values", same(a, b), f"{msg}: {a} vs {b}")

    def total(self, parts, tot, msg):
        s = sum((num(p) for p in parts), D(0))
        self.add("sum_mismatch", close(tot, s), f"{msg}: {' + '.join(map(str, parts))} = {s} vs {tot}")

    def rate(self, stated, n, d, msg):
        n, d = D(n), D(d)
        if d == 0:
            ok = stated.strip() in ("—", "-", "", "0")
            self.add("implausible_rate", ok, f"{msg}: rate {stated} on a zero base")
            return
        c = n / d * 100
        self.add("rate_mismatch", close(stated, c), f"{msg}: {n}/{d} = {c:.4f}% vs {stated}")
        self.plausible(stated, msg)

    def plausible(self, stated, msg):
        if stated.strip() in ("—", "-", ""):
            return
        v = num(stated)
        self.add("implausible_rate", D(0) <= v <= 100, f"{msg}: rate {stated} outside [0, 100]")

    def balance(self, stated, a, b, msg):
        c = D(a) - D(b)
        self.add("balance_mismatch", close(stated, c), f"{msg}: {a} - {b} = {c} vs {stated}")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)

    def grade(self, word, total, msg):
        g = GRADE_WORDS.get(word.strip("“”\" "))
        self.add("grade_mismatch", g == grade_of(num(total)), f"{msg}: {word} for {total}")

    def average(self, items, stated, msg):
        c = sum((num(i) for i in items), D(0)) / len(items)
        self.add("average_mismatch", close(stated, c), f"{msg}: mean {c} vs {stated}")

    def money(self, parts, tot, msg):
        """Sum of amounts given as (number, unit) pairs, unit '万元' or '元'. When the sum
        fails but rescaling one amount by 10^4 reconciles it, the finding is unit_mismatch."""
        def wan(v, u):
            return num(v) / TENK if u == "元" else num(v)

        def ok_with(vals, total_w):
            s = sum(vals, D(0))
            tv, tu = tot
            return close(tv, s * TENK if tu == "元" else s) if total_w is None else abs(s - total_w) < D("0.000001")

        vals = [wan(v, u) for v, u in parts]
        if ok_with(vals, None):
            self.add("sum_mismatch", True, msg)
            return
        for i, (v, u) in enumerate(parts):
            for k in (TENK, 1 / TENK):
                alt = list(vals)
                alt[i] = vals[i] * k
                if ok_with(alt, None):
                    self.add("unit_mismatch", False, f"{msg}: {v}{u} reconciles only rescaled by 10^4")
                    return
        self.add("sum_mismatch", False, f"{msg}: {parts} vs {tot}")

    def product(self, stated, unit, computed_yuan, msg):
        """A money amount stated in `unit` against count x rate computed in 元."""
        c = D(computed_yuan) if unit == "元" else D(computed_yuan) / TENK
        if close(stated, c):
            self.add("sum_mismatch", True, msg)
        elif close(stated, c * TENK) or close(stated, c / TENK):
            self.add("unit_mismatch", False, f"{msg}: {stated}{unit} vs {computed_yuan}元 (off by 10^4)")
        else:
            self.add("sum_mismatch", False, f"{msg}: {stated}{unit} vs {computed_yuan}元")


# ------------------------------------------------------------------ indicator rows
SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}
QTY = re.compile(r"^(≥|≤|＞|＜|>|<|=|＝)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    mm = QTY.match(s.strip())
    if not mm:
        return None
    return SIGNS.get(mm.group(1), "eq"), D(mm.group(2)), mm.group(3).strip()


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def rule_score(direction, t, a, w):
    if direction == "lte":
        return w if a <= t else w * t / a
    if t == 0:
        return w if a <= 0 else D(0)
    return w * min(a / t, D(1))


def check_rows(ctx, rows, qual_band=None):
    """rows: dicts with name, target, actual, weight, score, optional completion/satisfaction."""
    for r in rows:
        w, s = num(r["weight"]), num(r["score"])
        ctx.add("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {r['score']} / weight {r['weight']}")
        tv, av = parse_val(r["target"]), parse_val(r["actual"])
        if tv and av:
            if tv[2] != av[2]:
                ctx.add("unit_mismatch", False, f"{r['name']}: target unit {tv[2]!r} vs actual unit {av[2]!r}")
                continue
            ctx.add("unit_mismatch", True, r["name"])
            comp = completion(tv[0], tv[1], av[1])
            if r.get("completion"):
                ctx.add("completion_mismatch", close(r["completion"], comp),
                        f"{r['name']}: completion {comp:.4f} vs {r['completion']}")
            rs = rule_score(tv[0], tv[1], av[1], w)
            ctx.add("score_rule_mismatch", close(r["score"], rs), f"{r['name']}: rule score {rs:.4f} vs {r['score']}")
            if av[2] == "%" and ("满意" in r["name"] or "率" in r["name"]):
                ctx.plausible(r["actual"], r["name"])
        elif tv and not av:
            ctx.add("unit_mismatch", False, f"{r['name']}: quantitative target, non-numeric actual {r['actual']!r}")
        elif qual_band:
            lo, hi = qual_band(r["actual"])
            ctx.add("score_rule_mismatch", lo * w <= s <= hi * w, f"{r['name']}: qualitative band")


def cells_block(seg):
    """Word flattened table: one cell per line, tab-indented, blank line between rows."""
    rows = []
    for b in seg.strip("\n").split("\n\n"):
        if b.strip():
            rows.append([l[1:] if l.startswith("\t") else l for l in b.split("\n")])
    return rows


def execution_rule(ctx, w, rate_str, spent, budget, score, msg):
    r = D(spent) / D(budget)
    c1, c2 = D(w) * min(r, D(1)), D(w) * min(num(rate_str) / 100, D(1))
    ctx.add("score_rule_mismatch", close(score, c1) or close(score, c2), f"{msg}: {score} vs {c1:.4f}")


# ================================================================== P1 Shanxi 襄垣 2021
def p1(ctx):
    t, Y = ctx.t, 2021
    seg = t[t.index("单位：万元\n") + 6: t.index("[bookmark: _Toc70231418]")]
    blocks = cells_block(seg)
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]
    F = {}
    for cells in blocks[2:]:
        key = cells[1][:3]
        F[key] = dict(zip(cols, cells[2:10]))
    v = lambda c: num(c) if c.strip() else D(0)
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)"]:
        r = F[k]
        ctx.total([r["sub"] or "0", r["carry"] or "0", r["other"] or "0"], r["total"], f"funds {k} 总 = 财政 + 结转 + 其他")
        ctx.total([r[c] or "0" for c in ("central", "prov", "city", "county")], r["sub"], f"funds {k} 小计")
    for c in cols:
        a2, a3, a4 = v(F["(2)"][c]), v(F["(3)"][c]), v(F["(4)"][c])
        if F["(5)"][c].strip():
            ctx.balance(F["(5)"][c], a3, a4, f"funds (5) {c}")
        for k, n in (("(6)", a3), ("(7)", a4)):
            cell = F[k][c]
            if a2 == 0:
                ctx.add("implausible_rate", cell.strip() in ("", "0"), f"funds {k} {c} zero base: {cell}")
            else:
                ctx.rate(cell, n, a2, f"funds {k} {c}")
    # prose
    m = ctx.m(r"古韩镇、王桥镇、侯堡镇、夏店镇、虒亭镇分别为(\d+)个、(\d+)个、(\d+)个、(\d+)个、(\d+)个，合计(\d+)个")
    ctx.total(m.groups()[:5], m.group(6), "villages by township")
    nv = m.group(6)
    m = ctx.m(r"比2020年的(\d+)个多(\d+)个")
    ctx.total([m.group(1), m.group(2)], nv, "2020 count + increase")
    std = ctx.m(r"补贴标准：每村（社区）每年(\d+)元").group(1)
    m = ctx.m(r"不少于(\d+)次（(\d+)个村（社区）每月各1次）")
    ctx.total([m.group(2)] * 12, m.group(1), "visits target = villages x 12")
    ctx.eq(m.group(2), nv, "villages in goal")
    visits_target = m.group(1)
    m = ctx.m(r"年初预算([\d.]+)万元，其中省级补助([\d.]+)万元、县级配套([\d.]+)万元，加上(\d{4})年结转的([\d.]+)万元，全年预算资金([\d.]+)万元")
    ctx.total([m.group(2), m.group(3)], m.group(1), "年初 = 省 + 县")
    ctx.total([m.group(1), m.group(5)], m.group(6), "全年 = 年初 + 结转")
    ctx.year(int(m.group(4)) == Y - 1, "carry-in year")
    ctx.eq(m.group(1), F["(1)"]["total"], "年初 text/table")
    ctx.eq(m.group(2), F["(1)"]["prov"], "省级 text/table")
    ctx.eq(m.group(3), F["(1)"]["county"], "县级 text/table")
    ctx.eq(m.group(5), F["(2)"]["carry"], "结转 text/table")
    ctx.eq(m.group(6), F["(2)"]["total"], "全年 text/table")
    ctx.m(r"年内已全部到位")
    ctx.add("rate_mismatch", same(F["(3)"]["total"], F["(2)"]["total"]), "全部到位 => 到位 = 全年预算")
    m = ctx.m(r"全年支出([\d.]+)万元，其中法律顾问补贴([\d.]+)(万元|元)（(\d+)个×(\d+)元/村·年），法律顾问业务培训、普法资料印制等([\d.]+)(万元|元)")
    spent, paid = m.group(1), m.group(2)
    ctx.product(m.group(2), m.group(3), D(m.group(4)) * D(m.group(5)), "subsidy = villages x standard")
    ctx.money([(m.group(2), m.group(3)), (m.group(6), m.group(7))], (spent, "万元"), "支出 = 补贴 + 其他")
    ctx.eq(spent, F["(4)"]["total"], "支出 text/table")
    ctx.eq(m.group(4), nv, "villages paid")
    ctx.eq(m.group(5), std, "standard")
    m = ctx.m(r"年初按(\d+)个村（社区）测算安排([\d.]+)万元")
    sub_budget = m.group(2)
    ctx.product(sub_budget, "万元", D(m.group(1)) * D(std), "subsidy budget = 152 x standard")
    m = ctx.m(r"补贴发放率([\d.]+)%")
    ctx.rate(m.group(1), num(paid), num(sub_budget), "补贴发放率")
    m = ctx.m(r"补贴结余([\d.]+)万元")
    ctx.balance(m.group(1), num(sub_budget), num(paid), "补贴结余")
    m = ctx.m(r"项目结余([\d.]+)万元全部为县级资金，已按规定结转至(\d{4})年")
    ctx.eq(m.group(1), F["(5)"]["total"], "结余 text/table")
    ctx.eq(m.group(1), F["(5)"]["county"], "结余 all county")
    ctx.year(int(m.group(2)) > Y, "carry-forward year")
    # 附件1
    blocks = cells_block(t[t.index("附件1.项目支出绩效自评表"):])
    rows, l1 = [], ""
    for cells in blocks[2:-1]:
        l1 = cells[0] or l1
        rows.append(dict(level1=l1, name=cells[2], weight=cells[3], target=cells[4], actual=cells[5],
                         completion=cells[6], score=cells[7]))
    tot = blocks[-1]
    R = {r["name"]: r for r in rows}
    ws = sum(num(r["weight"]) for r in rows)
    ctx.add("weight_sum_mismatch", ws == 100 and num(tot[3]) == ws, f"weights sum {ws}, total row {tot[3]}")
    ss = sum(num(r["score"]) for r in rows)
    ctx.add("score_sum_mismatch", close(tot[7], ss), f"scores sum {ss} vs {tot[7]}")
    ex = R["预算执行率"]
    ctx.rate(ex["actual"], num(F["(4)"]["total"]), num(F["(2)"]["total"]), "附件1 预算执行率")
    ctx.eq(ex["actual"], F["(7)"]["total"], "执行率 附件1 / funds table")
    check_rows(ctx, [r for r in rows if r["name"] != "预算执行率"])
    ctx.add("completion_mismatch", close(ex["completion"], num(ex["actual"]) / num(ex["target"]) * 100), "执行率 completion")
    execution_rule(ctx, ex["weight"], ex["actual"], F["(4)"]["total"], F["(2)"]["total"], ex["score"], "execution score")
    m = ctx.m(r"服务(\d+)次，比年度计划多(\d+)次")
    ctx.eq(m.group(1), parse_val(R["法律顾问到村（社区）服务次数"]["actual"])[1], "visits text/table")
    ctx.total([visits_target, m.group(2)], m.group(1), "visits = plan + extra")
    ctx.eq(visits_target, parse_val(R["法律顾问到村（社区）服务次数"]["target"])[1], "visits target text/table")
    ctx.eq(ctx.m(r"解答率([\d.]+)%").group(1), R["群众法律咨询解答率"]["actual"], "解答率 text/table")
    ctx.eq(ctx.m(r"各村培养“法律明白人”(\d+)人").group(1), parse_val(R["培养“法律明白人”人数"]["actual"])[1], "明白人 text/table")
    m = ctx.m(r"化解矛盾纠纷不少于(\d+)件，培养“法律明白人”不少于(\d+)人，服务对象满意度不低于(\d+)%")
    ctx.eq(m.group(1), parse_val(R["化解矛盾纠纷件数"]["target"])[1], "纠纷 target")
    ctx.eq(m.group(2), parse_val(R["培养“法律明白人”人数"]["target"])[1], "明白人 target")
    ctx.eq(m.group(3), parse_val(R["服务对象满意度"]["target"])[1], "满意度 target")
    m = ctx.m(r"发放问卷(\d+)份，回收有效问卷(\d+)份，满意和基本满意(\d+)份，满意度([\d.]+)%")
    ctx.rate(m.group(4), num(m.group(3)), num(m.group(2)), "survey satisfaction")
    ctx.eq(m.group(4), R["服务对象满意度"]["actual"], "满意度 text/table")
    m = ctx.m(r"项目总得分([\d.]+)分，等级为(“[^”]+”)")
    ctx.add("score_sum_mismatch", close(m.group(1), ss), f"text total {m.group(1)} vs sum {ss}")
    ctx.grade(m.group(2), m.group(1), "grade")


# ================================================================== P2 Sichuan 武胜 2023
def p2(ctx):
    t, Y = ctx.t, 2023
    m = ctx.m(r"为全县(\d+)个村（社区）（其中行政村(\d+)个、社区(\d+)个）")
    nv = m.group(1)
    ctx.total([m.group(2), m.group(3)], nv, "村 + 社区")
    m = ctx.m(r"由(\d+)名法律顾问（律师(\d+)名、基层法律服务工作者(\d+)名）")
    nl = m.group(1)
    ctx.total([m.group(2), m.group(3)], nl, "lawyers")
    std = ctx.m(r"法律顾问补贴每村（社区）每年(\d+)元").group(1)
    duty = ctx.m(r"值班补贴每天(\d+)元").group(1)
    m = ctx.m(r"每月到每个村（社区）服务不少于(\d+)小时，全年累计不少于(\d+)小时")
    hours_t = m.group(2)
    ctx.total([D(nv) * num(m.group(1))] * 12, hours_t, "hours target = villages x 4 x 12")
    m = ctx.m(r"解答法律咨询不少于(\d+)人次，参与调处矛盾纠纷不少于(\d+)件，每村（社区）全年举办法治讲座不少于(\d+)场")
    goals = m.groups()
    # funds table
    fl = {}
    for key in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        line = ctx.m(r"\n" + key + r"\t([^\n]*)").group(1).split("\t")
        fl[key] = dict(zip(["init", "annual", "spent", "w", "rate", "score"], line))
    for c in ("init", "annual", "spent"):
        ctx.total([fl[k][c] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")],
                  fl["年度资金总额"][c], f"funds {c}")
    for k, r in fl.items():
        ctx.rate(r["rate"], num(r["spent"]), num(r["annual"]), f"funds rate {k}")
    T = fl["年度资金总额"]
    execution_rule(ctx, T["w"], T["rate"], T["spent"], T["annual"], T["score"], "execution score")
    m = ctx.m(r"申报本项目经费([\d.]+)万元，县财政批复([\d.]+)万元，年内预算未作调整")
    ctx.eq(m.group(1), m.group(2), "申报 = 批复")
    ctx.eq(m.group(2), T["init"], "批复 = 年初")
    ctx.add("conflicting_values", same(T["init"], T["annual"]), "未调整 => 年初 = 全年")
    m = ctx.m(r"其中省级补助([\d.]+)万元、县级安排([\d.]+)万元")
    ctx.total([m.group(1), m.group(2)], T["annual"], "省 + 县")
    prov, cty = m.group(1), m.group(2)
    m = ctx.m(r"省级补助([\d.]+)万元于(\d{4})年(\d+)月提前下达，县级资金([\d.]+)万元于(\d{4})年(\d+)月下达，资金到位率(\d+)%")
    ctx.eq(m.group(1), prov, "省级")
    ctx.eq(m.group(4), cty, "县级")
    ctx.year(int(m.group(2)) == Y - 1 and int(m.group(3)) == 12, "advance issued in the December before")
    ctx.year(int(m.group(5)) == Y, "county funds issued in year")
    ctx.rate(m.group(7), num(m.group(1)) + num(m.group(4)), num(T["annual"]), "到位率")
    m = ctx.m(r"全年实际支出([\d.]+)万元，其中法律顾问补贴([\d.]+)(万元|元)（(\d+)个×(\d+)元），公共法律服务中心律师值班补贴([\d.]+)(万元|元)（(\d+)天×(\d+)元），法律顾问培训及普法资料([\d.]+)(万元|元)，预算执行率([\d.]+)%")
    g = m.groups()
    ctx.eq(g[0], T["spent"], "支出 text/table")
    ctx.product(g[1], g[2], D(g[3]) * D(g[4]), "subsidy = villages x standard")
    ctx.product(g[5], g[6], D(g[7]) * D(g[8]), "duty = days x daily")
    ctx.eq(g[3], nv, "villages paid")
    ctx.eq(g[4], std, "standard")
    ctx.eq(g[8], duty, "daily duty rate")
    ctx.money([(g[1], g[2]), (g[5], g[6]), (g[9], g[10])], (g[0], "万元"), "支出 = 补贴 + 值班 + 培训")
    ctx.rate(g[11], num(g[0]), num(T["annual"]), "执行率 text")
    m = ctx.m(r"未使用的([\d.]+)万元为[^。]*?结转至(\d{4})年")
    ctx.balance(m.group(1), num(T["annual"]), num(T["spent"]), "结余")
    ctx.year(int(m.group(2)) > Y, "carry-forward year")
    # indicators
    seg = t[t.index("一级指标\t二级指标"):]
    rows = []
    for line in seg.split("\n")[1:]:
        if line.startswith("总分"):
            tot = line.split("\t")
            break
        c = line.split("\t")
        sign = {"定性": ""}.get(c[3], c[3])
        unit = "" if c[5] == "—" else c[5]
        target = c[4] if c[3] == "定性" else sign + c[4] + unit
        actual = c[6] if c[3] == "定性" else c[6] + unit
        rows.append(dict(level1=c[0], name=c[2], target=target, actual=actual, weight=c[7], score=c[8]))
    R = {r["name"]: r for r in rows}
    ws = sum(num(r["weight"]) for r in rows) + num(T["w"])
    ctx.add("weight_sum_mismatch", ws == 100 and num(tot[1]) == ws, f"weights {ws}, total row {tot[1]}")
    ss = sum(num(r["score"]) for r in rows) + num(T["score"])
    ctx.add("score_sum_mismatch", close(tot[2], ss), f"scores {ss} vs {tot[2]}")
    check_rows(ctx, rows)
    val = lambda name, k: str(parse_val(R[name][k])[1])
    ctx.eq(hours_t, val("法律顾问到村服务时长", "target"), "hours target")
    ctx.eq(nv, val("配备法律顾问的村（社区）数", "target"), "villages target")
    ctx.eq(goals[0], val("解答法律咨询人次", "target"), "咨询 target")
    ctx.eq(goals[1], val("参与调处矛盾纠纷件数", "target"), "纠纷 target")
    ctx.total([D(nv) * num(goals[2])], val("举办法治讲座场次", "target"), "lectures target = villages x 2")
    ctx.eq(std, val("每村（社区）法律顾问补贴", "target"), "standard target")
    m = ctx.m(r"全年法律顾问到村（社区）服务(\d+)小时，解答群众法律咨询(\d+)人次，参与调处矛盾纠纷(\d+)件，审查村规民约和各类合同(\d+)份，举办法治讲座(\d+)场；(\d+)名法律顾问年度考核(\d+)名合格，合格率([\d.]+)%")
    g = m.groups()
    for i, name in enumerate(["法律顾问到村服务时长", "解答法律咨询人次", "参与调处矛盾纠纷件数",
                              "审查村规民约和合同份数", "举办法治讲座场次"]):
        ctx.eq(g[i], val(name, "actual"), f"{name} text/table")
    ctx.eq(g[5], nl, "lawyers examined")
    ctx.rate(g[7], num(g[6]), num(g[5]), "合格率")
    ctx.eq(g[7], val("法律顾问年度考核合格率", "actual"), "合格率 text/table")
    m2 = ctx.m(r"法治讲座比目标少(\d+)场")
    ctx.total([g[4], m2.group(1)], val("举办法治讲座场次", "target"), "lectures shortfall")
    m = ctx.m(r"实际完成情况：(\d+)个村（社区）全部配备法律顾问，全年到村服务(\d+)小时，[^\t]*?法治讲座完成(\d+)场")
    ctx.eq(m.group(1), nv, "goal row villages")
    ctx.eq(m.group(2), g[0], "goal row hours")
    ctx.eq(m.group(3), g[4], "goal row lectures")
    ctx.plausible(ctx.m(r"满意度为([\d.]+)%").group(1), "phone survey satisfaction")
    m = ctx.m(r"本项目自评得分(\d+)分，评价等级为(.)")
    ctx.add("score_sum_mismatch", close(m.group(1), ss), f"text total {m.group(1)} vs {ss}")
    ctx.eq(m.group(1), tot[2], "total text/table")
    ctx.grade(m.group(2), m.group(1), "grade")


# ================================================================== P3 Hunan 隆回 2019
def p3(ctx):
    t = ctx.t
    Y = int(ctx.m(r"隆回县司法局(\d{4})年度项目支出绩效自评报告").group(1))
    ctx.year(int(ctx.m(r"（(\d{4})年度）").group(1)) == Y, "自评表 year")
    ctx.year(int(ctx.m(r"我局对(\d{4})年度公共法律服务体系建设经费").group(1)) == Y, "opening year")
    ctx.year(int(ctx.m(r"县财政局关于开展(\d{4})年度预算绩效自评").group(1)) == Y, "notice year")
    m = ctx.m(r"全县(\d+)个村（居）全部聘请了法律顾问，补贴标准为每村（居）每年(\d+)元")
    nv, std = m.groups()
    m = ctx.m(r"全年受理法律咨询不少于(\d+)人次；矛盾纠纷调解成功率不低于(\d+)%；法治讲座每村（居）不少于1场；服务对象满意度不低于(\d+)%")
    goals = m.groups()
    # funds table
    fl = {}
    for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        line = ctx.m(r"\n" + key + r" ([^\n]*)").group(1).split(" ")
        fl[key] = dict(zip(["init", "annual", "spent", "w", "rate", "score"], line))
    for c in ("init", "annual", "spent"):
        ctx.total([fl[k][c] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")], fl["年度资金总额"][c], f"funds {c}")
    for k, r in fl.items():
        ctx.rate(r["rate"], num(r["spent"]), num(r["annual"]), f"funds rate {k}")
    T = fl["年度资金总额"]
    execution_rule(ctx, T["w"], T["rate"], T["spent"], T["annual"], T["score"], "execution score")
    m = ctx.m(r"年初安排本项目预算([\d.]+)万元，年中将(\d{4})年结转的([\d.]+)万元纳入预算，全年预算([\d.]+)万元，资金均已到位")
    ctx.total([m.group(1), m.group(3)], m.group(4), "全年 = 年初 + 结转")
    ctx.year(int(m.group(2)) == Y - 1, "carry-in year")
    ctx.eq(m.group(1), T["init"], "年初 text/table")
    ctx.eq(m.group(3), fl["上年结转资金"]["annual"], "结转 text/table")
    ctx.eq(m.group(4), T["annual"], "全年 text/table")
    ctx.eq(ctx.m(r"年中纳入预算的([\d.]+)万元为上年结转资金").group(1), m.group(3), "结转 restated")
    m = ctx.m(r"全年支出([\d.]+)万元，其中村（居）法律顾问补贴([\d.]+)万元（(\d+)个×(\d+)元），县中心及乡镇工作站运行费([\d.]+)万元，法治宣传资料及活动经费([\d.]+)万元")
    g = m.groups()
    ctx.eq(g[0], T["spent"], "支出 text/table")
    ctx.product(g[1], "万元", D(g[2]) * D(g[3]), "subsidy = villages x standard")
    ctx.eq(g[2], nv, "villages paid")
    ctx.eq(g[3], std, "standard")
    ctx.money([(g[1], "万元"), (g[4], "万元"), (g[5], "万元")], (g[0], "万元"), "支出 = 补贴 + 运行 + 宣传")
    m = ctx.m(r"年末结余([\d.]+)万元[^。]*?结转至(\d{4})年")
    ctx.balance(m.group(1), num(T["annual"]), num(T["spent"]), "结余")
    ctx.year(int(m.group(2)) > Y, "carry-forward year")
    m = ctx.m(r"共(\d+)名，每人包片联系(\d+)至(\d+)个村（居）")
    ctx.add("sum_mismatch", D(m.group(1)) * D(m.group(2)) <= D(nv) <= D(m.group(1)) * D(m.group(3)),
            "villages within lawyers x range")
    # indicators
    seg = t[t.index("一级指标 二级指标 三级指标"):]
    rows = []
    for line in seg.split("\n")[1:]:
        if line.startswith("总分"):
            tot = line.split(" ")
            break
        c = line.split(" ")
        rows.append(dict(level1=c[0], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    R = {r["name"]: r for r in rows}
    ws = sum(num(r["weight"]) for r in rows) + num(T["w"])
    ctx.add("weight_sum_mismatch", ws == 100 and num(tot[1]) == ws, f"weights {ws}, total row {tot[1]}")
    ss = sum(num(r["score"]) for r in rows) + num(T["score"])
    ctx.add("score_sum_mismatch", close(tot[2], ss), f"scores {ss} vs {tot[2]}")
    check_rows(ctx, rows, qual_band=lambda a: (D("0.8"), D(1)))
    val = lambda name, k: str(parse_val(R[name][k])[1])
    ctx.eq(nv, val("法律顾问覆盖村（居）数", "target"), "villages target")
    ctx.eq(goals[0], val("受理法律咨询人次", "target"), "咨询 target")
    ctx.eq(goals[1], val("矛盾纠纷调解成功率", "target"), "调解 target")
    ctx.eq(goals[2], val("服务对象满意度", "target"), "满意度 target")
    ctx.eq(nv, val("法治讲座进村（居）场次", "target"), "lectures target = 1 per village")
    ctx.eq(std, val("每村（居）法律顾问补贴", "target"), "standard target")
    m = ctx.m(r"全年共受理法律咨询(\d+)人次，比2018年的(\d+)人次增长([\d.]+)%")
    total_c = m.group(1)
    ctx.eq(total_c, val("受理法律咨询人次", "actual"), "咨询 text/table")
    ctx.add("rate_mismatch", close(m.group(3), (num(total_c) - num(m.group(2))) / num(m.group(2)) * 100), "growth on 2018")
    m = ctx.m(r"分别受理(\d+)人次、(\d+)人次、(\d+)人次和(\d+)人次，平均每个中心（站）(\d+)人次")
    ctx.total(m.groups()[:4], total_c, "sites add up to the total")
    ctx.average(m.groups()[:4], m.group(5), "mean per site")
    m = ctx.m(r"共受理矛盾纠纷(\d+)件，调解成功(\d+)件，调解成功率([\d.]+)%")
    ctx.rate(m.group(3), num(m.group(2)), num(m.group(1)), "调解成功率")
    ctx.eq(m.group(3), val("矛盾纠纷调解成功率", "actual"), "调解成功率 text/table")
    lect = ctx.m(r"法治讲座进村（居）(\d+)场").group(1)
    ctx.eq(lect, val("法治讲座进村（居）场次", "actual"), "lectures text/table")
    ctx.total([lect, ctx.m(r"法治讲座有(\d+)个村（居）未能开展").group(1)], nv, "lectures + missing = villages")
    sat = ctx.m(r"服务对象满意度为([\d.]+)%").group(1)
    ctx.eq(sat, val("服务对象满意度", "actual"), "满意度 text/table")
    ctx.plausible(sat, "满意度")
    m = ctx.m(r"实际完成情况：(\d+)个村（居）均有法律顾问，县中心和(\d+)个乡镇工作站正常运行，全年受理法律咨询(\d+)人次，调解成功率([\d.]+)%，法治讲座(\d+)场")
    ctx.eq(m.group(1), nv, "goal row villages")
    ctx.eq(m.group(3), total_c, "goal row 咨询")
    ctx.eq(m.group(4), val("矛盾纠纷调解成功率", "actual"), "goal row 调解")
    ctx.eq(m.group(5), lect, "goal row lectures")
    m = ctx.m(r"综合自评得分([\d.]+)分，等级为(.)")
    ctx.add("score_sum_mismatch", close(m.group(1), ss), f"text total {m.group(1)} vs {ss}")
    ctx.eq(m.group(1), tot[2], "total text/table")
    ctx.grade(m.group(2), m.group(1), "grade")


# ================================================================== P4 Hubei 利川 2020
def p4(ctx):
    t = ctx.t
    Y = int(ctx.m(r"利川市司法局(\d{4})年度项目支出绩效自评报告").group(1))
    ctx.year(int(ctx.m(r"（(\d{4})年度）").group(1)) == Y, "自评表 year")
    ctx.year(int(ctx.m(r"关于开展(\d{4})年度预算绩效自评").group(1)) == Y, "notice year")
    m = ctx.m(r"为全市(\d+)个乡镇（街道）(\d+)个村（居）聘请法律顾问")
    ntown, nv = m.groups()
    nl = ctx.m(r"全市共有(\d+)名律师和基层法律服务工作者").group(1)
    std = ctx.m(r"补贴标准为(\d+)元/村·年").group(1)
    fl = {}
    for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        line = ctx.m(r"\n" + key + r" ([^\n]*)").group(1).split(" ")
        fl[key] = dict(zip(["init", "annual", "spent", "w", "rate", "score"], line))
    for c in ("init", "annual", "spent"):
        ctx.total([fl[k][c] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")], fl["年度资金总额"][c], f"funds {c}")
    for k, r in fl.items():
        ctx.rate(r["rate"], num(r["spent"]), num(r["annual"]), f"funds rate {k}")
    T = fl["年度资金总额"]
    execution_rule(ctx, T["w"], T["rate"], T["spent"], T["annual"], T["score"], "execution score 20 x rate")
    m = ctx.m(r"年初预算([\d.]+)万元，其中法律顾问补贴([\d.]+)万元、工作站运行及法治宣传([\d.]+)万元；年中追加[^。]*?经费([\d.]+)万元，加上(\d{4})年结转资金([\d.]+)万元，全年预算([\d.]+)万元，资金全部到位")
    g = m.groups()
    ctx.total([g[1], g[2]], g[0], "年初 = 补贴 + 运行")
    ctx.total([g[0], g[3], g[5]], g[6], "全年 = 年初 + 追加 + 结转")
    ctx.year(int(g[4]) == Y - 1, "carry-in year")
    ctx.eq(g[0], T["init"], "年初 text/table")
    ctx.eq(g[6], T["annual"], "全年 text/table")
    ctx.eq(g[5], fl["上年结转资金"]["annual"], "结转 text/table")
    ctx.total([fl["其中：当年财政拨款"]["init"], g[3]], fl["其中：当年财政拨款"]["annual"], "当年拨款 + 追加")
    ctx.product(g[1], "万元", D(nv) * D(std), "subsidy budget = villages x standard")
    m = ctx.m(r"全年支出([\d.]+)万元，其中村（居）法律顾问补贴([\d.]+)万元（(\d+)个×(\d+)元），工作站运行、12348热线和法治宣传等([\d.]+)万元；预算执行率([\d.]+)%")
    g = m.groups()
    ctx.eq(g[0], T["spent"], "支出 text/table")
    ctx.product(g[1], "万元", D(g[2]) * D(g[3]), "subsidy = villages x standard")
    ctx.eq(g[2], nv, "villages paid")
    ctx.money([(g[1], "万元"), (g[4], "万元")], (g[0], "万元"), "支出 = 补贴 + 其他")
    ctx.rate(g[5], num(g[0]), num(T["annual"]), "执行率 text")
    ctx.eq(g[5], T["rate"], "执行率 text/table")
    bal = ctx.m(r"结余([\d.]+)万元均为当年财政拨款").group(1)
    ctx.balance(bal, num(T["annual"]), num(T["spent"]), "结余")
    cur = fl["其中：当年财政拨款"]
    ctx.balance(bal, num(cur["annual"]), num(cur["spent"]), "结余 all current-year money")
    ctx.eq(ctx.m(r"年末有([\d.]+)万元资金未能使用").group(1), bal, "结余 restated")
    m = ctx.m(r"服务不少于(\d+)小时，全年不少于(\d+)小时")
    hours_t = m.group(2)
    ctx.total([D(nv) * num(m.group(1))] * 12, hours_t, "hours target")
    ctx.eq(ctx.m(r"(\d+)个工作站全部正常运转").group(1), ntown, "stations target")
    # indicators with goal blocks
    seg = t[t.index("年度目标 一级指标"):]
    rows, blocks, cur_b = [], [], None
    for line in seg.split("\n")[1:]:
        if line.startswith("总分"):
            tot = line.split(" ")
            break
        mb = re.match(r"目标\d：.*（(\d+)分）$", line)
        if mb:
            cur_b = {"w": mb.group(1), "rows": []}
            blocks.append(cur_b)
            continue
        c = line.split(" ")
        r = dict(level1=c[0], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6])
        rows.append(r)
        cur_b["rows"].append(r)
    R = {r["name"]: r for r in rows}
    for b in blocks:
        bw = sum(num(r["weight"]) for r in b["rows"])
        ctx.add("weight_sum_mismatch", bw == num(b["w"]), f"block weights {bw} vs {b['w']}")
    ws = sum(num(b["w"]) for b in blocks) + num(T["w"])
    ws2 = sum(num(r["weight"]) for r in rows) + num(T["w"])
    ctx.add("weight_sum_mismatch", ws == 100 and ws2 == 100 and num(tot[1]) == 100, f"weights {ws}/{ws2}")
    ss = sum(num(r["score"]) for r in rows) + num(T["score"])
    ctx.add("score_sum_mismatch", close(tot[2], ss), f"scores {ss} vs {tot[2]}")

    def hubei_band(a):
        return (D("0.5"), D("0.8")) if "部分" in a else (D("0.8"), D(1))
    check_rows(ctx, rows, qual_band=hubei_band)
    val = lambda name, k: str(parse_val(R[name][k])[1])
    ctx.eq(nv, val("配备法律顾问的村（居）数", "target"), "villages target")
    ctx.eq(hours_t, val("法律顾问驻村（居）服务时长", "target"), "hours target text/table")
    ctx.eq(std, val("每村（居）法律顾问补贴", "target"), "standard target")
    ctx.eq(ntown, val("公共法律服务工作站运行数", "target"), "stations target")
    m = ctx.m(r"服务时长累计(\d+)小时，完成率([\d.]+)%，比目标多(\d+)小时，平均每名法律顾问联系(\d+)个村（居）左右")
    ctx.eq(m.group(1), val("法律顾问驻村（居）服务时长", "actual"), "hours text/table")
    ctx.add("completion_mismatch", close(m.group(2), num(m.group(1)) / num(hours_t) * 100), "hours completion")
    ctx.total([hours_t, m.group(3)], m.group(1), "hours = target + extra")
    # 左右: approximate, +-0.5 on the input and a generous band on the mean
    ctx.add("average_mismatch", abs(num(nv) / num(nl) - num(m.group(4))) < 1, "villages per lawyer about")
    ctx.eq(ctx.m(r"村（居）矛盾纠纷调解成功率([\d.]+)%").group(1), val("矛盾纠纷调解成功率", "actual"), "调解 text/table")
    ctx.eq(ctx.m(r"咨询答复率([\d.]+)%").group(1), val("12348热线及工作站咨询答复率", "actual"), "答复率 text/table")
    ctx.eq(ctx.m(r"平均([\d.]+)个工作日审查办结").group(1), val("法律援助申请审查办结时限", "actual"), "时限 text/table")
    m = ctx.m(r"开展法治宣传活动(\d+)场，完成率([\d.]+)%")
    ctx.eq(m.group(1), val("开展法治宣传活动场次", "actual"), "宣传 text/table")
    ctx.add("completion_mismatch", close(m.group(2), num(m.group(1)) / num(val("开展法治宣传活动场次", "target")) * 100), "宣传 completion")
    m = ctx.m(r"化解矛盾纠纷(\d+)件，完成率([\d.]+)%")
    ctx.eq(m.group(1), val("法律顾问参与化解矛盾纠纷件数", "actual"), "纠纷 text/table")
    ctx.add("completion_mismatch", close(m.group(2), num(m.group(1)) / num(val("法律顾问参与化解矛盾纠纷件数", "target")) * 100), "纠纷 completion")
    sat = ctx.m(r"服务对象满意度([\d.]+)%").group(1)
    ctx.eq(sat, val("服务对象满意度", "actual"), "满意度 text/table")
    ctx.plausible(sat, "满意度")
    m = ctx.m(r"本项目自评得分(\d+)分，评价等级为(.)")
    ctx.add("score_sum_mismatch", close(m.group(1), ss), f"text total {m.group(1)} vs {ss}")
    ctx.eq(m.group(1), tot[2], "total text/table")
    ctx.grade(m.group(2), m.group(1), "grade")


# ================================================================== P5 Jiangxi 于都 2024 (部门整体)
def p5(ctx):
    t = ctx.t
    Y = int(ctx.m(r"于都县司法局(\d{4})年度部门整体支出绩效自评报告").group(1))
    ctx.year(int(ctx.m(r"对本部门(\d{4})年度全部预算资金").group(1)) == Y, "opening year")
    ctx.year(int(ctx.m(r"\n(\d{4})年部门年初预算").group(1)) == Y, "budget year")
    ctx.year(int(ctx.m(r"截至(\d{4})年12月31日").group(1)) == Y, "year-end figures name the evaluation year")
    m = ctx.m(r"年末实有在职人员(\d+)人，其中行政编制(\d+)人、事业编制(\d+)人")
    ctx.total([m.group(2), m.group(3)], m.group(1), "staff")
    m = ctx.m(r"全县(\d+)个乡镇(\d+)个村（居）全部配备了法律顾问，补贴标准为每村（居）每年(\d+)元")
    nv, std = m.group(2), m.group(3)
    ctx.eq(ctx.m(r"下设(\d+)个司法所").group(1), m.group(1), "司法所 per township")
    m = ctx.m(r"人民调解调解成功率不低于(\d+)%，12348热线接通率不低于(\d+)%，社区矫正对象再犯罪率控制在([\d.]+)%以内")
    goals = m.groups()
    # table
    fl = {}
    for key, pat in (("基本支出", r"\n基本支出"), ("人员经费", r"其中：人员经费"), ("公用经费", r"&nbsp;公用经费"),
                     ("项目支出", r"\n项目支出"), ("合计", r"\n合计")):
        line = ctx.m(pat + r"\t([^\n]*)").group(1).split("\t")
        fl[key] = dict(zip(["init", "annual", "spent", "rate"], line))
    for c in ("init", "annual", "spent"):
        ctx.total([fl["人员经费"][c], fl["公用经费"][c]], fl["基本支出"][c], f"基本支出 {c}")
        ctx.total([fl["基本支出"][c], fl["项目支出"][c]], fl["合计"][c], f"合计 {c}")
    for k, r in fl.items():
        ctx.rate(r["rate"], num(r["spent"]), num(r["annual"]), f"table rate {k}")
    m = ctx.m(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元，[^，]*，调整后预算([\d.]+)万元，全年实际支出([\d.]+)万元，总体执行率([\d.]+)%")
    g = m.groups()
    ctx.total([g[0], g[1]], g[2], "调整后 = 年初 + 追加")
    ctx.eq(g[0], fl["合计"]["init"], "年初 text/table")
    ctx.eq(g[2], fl["合计"]["annual"], "调整后 text/table")
    ctx.eq(g[3], fl["合计"]["spent"], "支出 text/table")
    ctx.rate(g[4], num(g[3]), num(g[2]), "总体执行率")
    m = ctx.m(r"(\d{4})年12月县财政提前下达(\d{4})年法律援助办案补贴")
    ctx.year(int(m.group(1)) == Y - 1 and int(m.group(2)) == Y, "advance in the December before")
    ctx.year(int(ctx.m(r"其余资金于(\d{4})年3月底前全部下达").group(1)) == Y, "funds issued in year")
    m = ctx.m(r"“三公”经费支出([\d.]+)万元，比年初预算([\d.]+)万元减少([\d.]+)万元")
    ctx.balance(m.group(3), num(m.group(2)), num(m.group(1)), "三公 saving")
    m = ctx.m(r"调整后预算分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元和([\d.]+)万元，实际支出分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元和([\d.]+)万元，执行率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%和([\d.]+)%")
    g = m.groups()
    budgets, spent, rates = g[0:4], g[4:8], g[8:12]
    ctx.total(budgets, fl["项目支出"]["annual"], "projects budgets add to 项目支出")
    ctx.total(spent, fl["项目支出"]["spent"], "projects spending adds to 项目支出")
    for b, s, r in zip(budgets, spent, rates):
        ctx.rate(r, num(s), num(b), f"project rate {b}")
    m = ctx.m(r"支付补贴([\d.]+)万元（(\d+)个×(\d+)元），其余([\d.]+)万元用于法律顾问培训")
    ctx.product(m.group(1), "万元", D(m.group(2)) * D(m.group(3)), "subsidy = villages x standard")
    ctx.eq(m.group(2), nv, "villages paid")
    ctx.eq(m.group(3), std, "standard")
    ctx.total([m.group(1), m.group(4)], spent[0], "法律顾问经费 = 补贴 + 培训")
    m = ctx.m(r"未使用的([\d.]+)万元已按规定结转至(\d{4})年")
    ctx.balance(m.group(1), num(budgets[2]), num(spent[2]), "以案定补 unspent")
    ctx.year(int(m.group(2)) > Y, "carry-forward year")
    ctx.add("rate_mismatch", num(rates[2]) < 90, "“以案定补”执行率低于90% statement")
    mm = re.findall(r"参与化解矛盾纠纷(\d+)件", t)
    if len(mm) != 2:
        raise ParseError("expected two mentions of 化解矛盾纠纷")
    ctx.eq(mm[0], mm[1], "化解纠纷 stated twice")
    m = ctx.m(r"自评得分分别为(\d+)分、(\d+)分、(\d+)分和(\d+)分，平均得分([\d.]+)分")
    for s in m.groups()[:4]:
        ctx.add("score_exceeds_weight", D(0) <= num(s) <= 100, f"project score {s}")
    ctx.average(m.groups()[:4], m.group(5), "project mean")
    # indicator table
    seg = t[t.index("指标名称&nbsp;"):]
    rows = []
    for line in seg.split("\n")[1:]:
        if not line.strip() or line.startswith("&nbsp;"):
            break
        c = line.split("\t")
        rows.append(dict(name=c[0], target=c[1], actual=c[2], completion=c[3]))
    R = {r["name"]: r for r in rows}
    for r in rows:
        tv, av = parse_val(r["target"]), parse_val(r["actual"])
        if tv[2] != av[2]:
            ctx.add("unit_mismatch", False, r["name"])
            continue
        ctx.add("completion_mismatch", close(r["completion"], completion(tv[0], tv[1], av[1])), f"{r['name']} completion")
        if av[2] == "%":
            ctx.plausible(r["actual"], r["name"])
    val = lambda name, k: str(parse_val(R[name][k])[1])
    ctx.eq(goals[0], val("人民调解案件调解成功率", "target"), "调解 target")
    ctx.eq(goals[1], val("12348热线接通率", "target"), "热线 target")
    ctx.eq(goals[2], val("社区矫正对象再犯罪率", "target"), "再犯罪 target")
    m = ctx.m(r"比2023年的(\d+)件增加(\d+)件，其中刑事案件(\d+)件、民事案件(\d+)件、行政案件(\d+)件")
    cases = val("办理法律援助案件", "actual")
    ctx.total([m.group(1), m.group(2)], cases, "legal aid = 2023 + increase")
    ctx.total([m.group(3), m.group(4), m.group(5)], cases, "legal aid by type")
    m = ctx.m(r"12348热线全年呼入(\d+)个，接通(\d+)个")
    ctx.rate(R["12348热线接通率"]["actual"], num(m.group(2)), num(m.group(1)), "热线接通率")
    m = ctx.m(r"受理行政复议申请(\d+)件，办结(\d+)件，其余(\d+)件在法定期限内转入(\d{4})年办理")
    ctx.total([m.group(2), m.group(3)], m.group(1), "行政复议")
    ctx.year(int(m.group(4)) > Y, "复议 carried to a later year")
    m = ctx.m(r"共调处矛盾纠纷(\d+)件，调解成功(\d+)件")
    ctx.rate(R["人民调解案件调解成功率"]["actual"], num(m.group(2)), num(m.group(1)), "调解成功率")
    m = ctx.m(r"分别得([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分（满分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分），合计([\d.]+)分，等级为(.)")
    g = m.groups()
    sc, wt = g[0:4], g[4:8]
    ctx.add("weight_sum_mismatch", sum(num(w) for w in wt) == 100, "department weights")
    for s, w in zip(sc, wt):
        ctx.add("score_exceeds_weight", D(0) <= num(s) <= num(w), f"department score {s}/{w}")
    ctx.add("score_sum_mismatch", close(g[8], sum(num(s) for s in sc)), "department total")
    ctx.grade(g[9], g[8], "department grade")
    ded = re.findall(r"方面扣([\d.]+)分", t)
    for d_, s, w in zip(ded, sc, wt):
        ctx.add("score_sum_mismatch", close(d_, num(w) - num(s)), f"deduction {d_} = {w} - {s}")


CHECKERS = {
    "sx-xiangyuan-cunjufalvguwen-2021": p1,
    "sc-wusheng-yicunyiguwen-2023": p2,
    "hn-longhui-gonggongfalvfuwu-2019": p3,
    "hb-lichuan-falvguwen-2020": p4,
    "jx-yudu-sifaju-bumen-2024": p5,
}


def diff_region(a, b):
    """Return (start, end_in_b) of the single differing region between a and b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    count = {c: 0 for c in CODES}
    for lab in labels:
        for e in lab["expected"]:
            if e["code"] in count:
                count[e["code"]] += 1
            else:
                problems.append(f"{lab['case']}: unknown code {e['code']}")
    for c, n in count.items():
        if n < 2:
            problems.append(f"code {c} labelled only {n} times")
    texts = {}
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            texts[lab["case"]] = fh.read()
    n_checks = 0
    for lab in labels:
        name, text = lab["case"], texts[lab["case"]]
        clean = texts[f"{lab['source']}-clean.txt"]
        ctx = Ctx(name, text)
        try:
            CHECKERS[lab["source"]](ctx)
        except (ParseError, ValueError, KeyError, IndexError, ArithmeticError) as exc:
            problems.append(f"{name}: parse failure {exc!r}")
            continue
        n_checks += len(ctx.res)
        failed = [(c, m) for c, ok, m in ctx.res if not ok]
        failed_err = sorted({c for c, _ in failed if c not in WARNING_CODES})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if text != clean:
                problems.append(f"{name}: clean case differs from the draft")
            for c, m in failed:
                problems.append(f"{name}: clean draft fails {c}: {m}")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{name}: length {len(text)} outside 2800-3400")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = lab["expected"][0]
        if e["severity"] != "error":
            problems.append(f"{name}: severity {e['severity']}")
        if e["value"] not in text:
            problems.append(f"{name}: value not found: {e['value']!r}")
        if text == clean:
            problems.append(f"{name}: identical to the clean draft")
        else:
            s, end = diff_region(clean, text)
            occ, i = [], text.find(e["value"])
            while i >= 0:
                occ.append((i, i + len(e["value"])))
                i = text.find(e["value"], i + 1)
            if not any(a < max(end, s + 1) and s < b for a, b in occ):
                problems.append(f"{name}: changed region [{s},{end}) does not overlap the label value")
            if text.count(e["value"]) != 1:
                problems.append(f"{name}: label value occurs {text.count(e['value'])} times")
        if failed_err != [e["code"]]:
            problems.append(f"{name}: labelled {e['code']}, failing error codes {failed_err}: "
                            + "; ".join(m for c, m in failed if c not in WARNING_CODES))
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run")
    print("codes:", ", ".join(f"{c}={n}" for c, n in count.items()))
    if problems:
        print("\n".join(problems))
        print("FAILED")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
