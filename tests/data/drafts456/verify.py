#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal arithmetic).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps the label value; each of the 13 codes is used at least twice;
2. redo the arithmetic of every draft: all checks pass on the clean drafts; on an error case the
   labelled code fails and no other error-level code fails (warnings such as score_rule_mismatch
   may fail). Tolerance: a stated value with d decimals matches a computed value c iff
   |c - v| <= 0.5 * 10^-d (rules.md section 8); ROUND_HALF_UP; amounts as written.
Prints OK at the end.
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
N = r"([\d,]+(?:\.\d+)?)"
SCALE = {"元": D(1), "万元": D(10000), "亿元": D(10) ** 8}


class Missing(Exception):
    pass


def num(s):
    return D(s.replace(",", "").strip())


def dp(s):
    s = s.replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** (-dp(s)) + D("1e-9")


def close(stated, value):
    return abs(num(stated) - value) <= tol(stated)


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
         "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def split_value(s):
    """'≥1.5万人次' -> ('gte', '1.5', '万人次'); '96.03%' -> ('eq', '96.03', '%')."""
    m = re.match(r"^([≥≤=＞＜><]*)\s*([\d,]+(?:\.\d+)?)(.*)$", s.strip())
    if not m:
        return None
    sign, n, unit = m.groups()
    d = "eq"
    if sign in ("≥", ">", "＞"):
        d = "gte"
    elif sign in ("≤", "<", "＜"):
        d = "lte"
    return d, n, unit.strip()


class Ck:
    def __init__(self, text):
        self.t = text
        self.f = []

    # ---- extraction ----
    def g(self, pat, n=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Missing(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0].group(n)

    def gs(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Missing(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0].groups()

    def lines(self, start, end):
        """Lines of a table from the line holding `start` to the line holding `end`."""
        i = self.t.find(start)
        if i < 0 or self.t.find(start, i + 1) >= 0:
            raise Missing(f"table start {start!r} not unique")
        i = self.t.rfind("\n", 0, i) + 1
        j = self.t.find(end, i)
        if j < 0:
            raise Missing(f"table end {end!r}")
        j = self.t.find("\n", j)
        return self.t[i:j if j >= 0 else len(self.t)].split("\n")

    @staticmethod
    def toks(line):
        return [x for x in re.split(r"\s{2,}", line.strip()) if x != ""]

    def row(self, lines, name):
        rows = [self.toks(l) for l in lines if name in self.toks(l)]
        if len(rows) != 1:
            raise Missing(f"row {name!r}: {len(rows)} lines")
        tk = rows[0]
        return tk[len(tk) - tk[::-1].index(name):]

    def subtotals(self, lines):
        out = []
        for l in lines:
            tk = self.toks(l)
            if "小计" in tk:
                out.append(tk[tk.index("小计") + 1:])
        return out

    # ---- reporting ----
    def bad(self, code, msg, sev="error"):
        self.f.append((sev, code, msg))

    def eq(self, code, stated, value, msg):
        if not close(stated, value):
            self.bad(code, f"{msg}: stated {stated}, computed {value}")

    def same(self, code, a, b, msg):
        """Two statements of one quantity (same unit)."""
        if abs(num(a) - num(b)) > tol(a) + tol(b) - D("1e-9"):
            self.bad(code, f"{msg}: {a} vs {b}")

    def rate(self, stated, numer, denom, msg, code="rate_mismatch"):
        """A rate stated in percent; numerator/denominator as strings in the same unit."""
        if num(stated) > 100:
            self.bad("implausible_rate", f"{msg}: rate {stated}% above 100%")
            return
        if num(denom) == 0:
            self.bad("implausible_rate", f"{msg}: rate {stated}% on a zero base")
            return
        value = num(numer) / num(denom) * 100
        if close(stated, value):
            return
        for k in (4, -4, 8, -8):
            if close(stated, num(numer) * D(10) ** k / num(denom) * 100) or \
               close(stated, num(numer) / (num(denom) * D(10) ** k) * 100):
                self.bad("unit_mismatch", f"{msg}: reconciled by rescaling an amount by 10^{k}")
                return
        self.bad(code, f"{msg}: stated {stated}%, computed {r2(value)}%")

    def total(self, code, stated, parts, msg):
        """stated total == sum of parts; a part off by 10^4/10^8 is reported as unit_mismatch."""
        s = sum(num(p) for p in parts)
        if close(stated, s):
            return
        for i, p in enumerate(parts):
            for k in (4, -4, 8, -8):
                s2 = s - num(p) + num(p) * D(10) ** k
                if close(stated, s2):
                    self.bad("unit_mismatch", f"{msg}: part {p} off by 10^{-k}")
                    return
        for k in (4, -4, 8, -8):
            if close(stated, s * D(10) ** k):
                self.bad("unit_mismatch", f"{msg}: total {stated} off by 10^{k}")
                return
        self.bad(code, f"{msg}: stated {stated}, sum {s}")

    def amount(self, code, stated, unit, expected_yuan, msg, extra_tol=D(0)):
        """A money amount written with `unit` against a value computed in 元."""
        v = num(stated) * SCALE[unit]
        t = tol(stated) * SCALE[unit]
        if abs(v - expected_yuan) <= t + extra_tol:
            return
        for k in (4, -4, 8, -8):
            if abs(v * D(10) ** k - expected_yuan) <= t * D(10) ** k + extra_tol:
                self.bad("unit_mismatch", f"{msg}: {stated}{unit} off by 10^{-k} (expected {expected_yuan}元)")
                return
        self.bad(code, f"{msg}: {stated}{unit} vs {expected_yuan}元")

    def grade(self, total_str, word):
        if GRADE.get(word) != band(num(total_str)):
            self.bad("grade_mismatch", f"grade {word} but total {total_str} is {band(num(total_str))}")

    def year(self, found, expected, msg, rel="=="):
        y = int(found)
        if rel == "in":
            ok = y in expected
        elif rel == ">":
            ok = y > expected
        elif rel == "<":
            ok = y < expected
        else:
            ok = y == expected
        if not ok:
            self.bad("year_mismatch", f"{msg}: {found}")


# ---------------------------------------------------------------------------------------------
# indicator table (generic)

def indicator_table(c, lines, levels, cols, exec_ws=None, exec_row=None, total_rows=(), totals=(),
                    grades=(), kinds=None, note=False):
    """levels: [(level1, [row names], has_subtotal)]; cols: names of the cells after the 三级 name
    (target, actual, [completion], weight, score, [note]). exec_ws: (weight, score) strings when the
    execution score lives in a funds block; exec_row: name of the execution row inside the table."""
    kinds = kinds or {}
    rows = {}
    for _, names, _ in levels:
        for n in names:
            cells = c.row(lines, n)
            rows[n] = dict(zip(cols, cells))
    if exec_row:
        rows[exec_row] = dict(zip(cols, c.row(lines, exec_row)))
    subs = c.subtotals(lines)
    want_subs = sum(1 for lv in levels if lv[2])
    if len(subs) != want_subs:
        raise Missing(f"{len(subs)} 小计 lines, expected {want_subs}")
    # rows: weight/score bounds, units, completion, score rule
    for n, r in rows.items():
        w, s = num(r["weight"]), num(r["score"])
        if s > w or s < 0:
            c.bad("score_exceeds_weight", f"{n}: score {r['score']} > weight {r['weight']}")
        if kinds.get(n) == "date":
            continue
        tv, av = split_value(r["target"]), split_value(r["actual"])
        if tv is None or av is None:
            raise Missing(f"{n}: cannot read target/actual {r['target']!r} {r['actual']!r}")
        if tv[2] != av[2]:
            c.bad("unit_mismatch", f"{n}: target unit {tv[2]!r} vs actual unit {av[2]!r}")
            continue
        direction, T, A = tv[0], num(tv[1]), num(av[1])
        if direction == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if "completion" in r:
            c.eq("completion_mismatch", r["completion"].rstrip("%"), comp, f"{n} 完成率")
        exp = w if comp >= 100 else w * comp / 100
        alt = [exp]
        if "completion" in r:
            pc = num(r["completion"].rstrip("%"))
            alt.append(w if pc >= 100 else w * pc / 100)
        if not any(close(r["score"], x) for x in alt):
            c.bad("score_rule_mismatch", f"{n}: score {r['score']} expected {r2(exp)}", "warning")
        if note and (comp < 100 or comp > 120) and r.get("note", "—") in ("—", ""):
            c.bad("deviation_unexplained", f"{n}: completion {r2(comp)}% without reason", "warning")
    # levels and subtotals
    level_w, level_s = [], []
    si = 0
    for name, names, has_sub in levels:
        sw = sum(num(rows[n]["weight"]) for n in names)
        ss = sum(num(rows[n]["score"]) for n in names)
        if has_sub:
            sub = subs[si]
            si += 1
            if num(sub[0]) != sw:
                c.bad("weight_sum_mismatch", f"{name}: rows weigh {sw}, 小计 {sub[0]}")
            if not close(sub[1], ss):
                c.bad("score_sum_mismatch", f"{name}: rows score {ss}, 小计 {sub[1]}")
            level_w.append(num(sub[0]))
            level_s.append(sub[1])
        else:
            level_w.append(sw)
            level_s.append(str(ss))
    if exec_row:
        ew, es = rows[exec_row]["weight"], rows[exec_row]["score"]
    else:
        ew, es = exec_ws
    wsum = sum(level_w) + num(ew)
    if wsum != 100:
        c.bad("weight_sum_mismatch", f"weights add up to {wsum}")
    for label in total_rows:
        tk = c.row(lines, label)
        if num(tk[0]) != wsum:
            c.bad("weight_sum_mismatch", f"{label} weight {tk[0]} vs sum {wsum}")
        if num(tk[0]) != 100:
            c.bad("weight_sum_mismatch", f"{label} weight {tk[0]} is not 100")
        totals = tuple(totals) + (tk[1],)
    ssum = sum(num(x) for x in level_s) + num(es)
    for t in totals:
        if not close(t, ssum):
            c.bad("score_sum_mismatch", f"stated total {t}, scores add up to {ssum}")
    for t, word in grades:
        c.grade(t, word)
    return rows


def exec_score(c, w, rate_stated, spent, budget, score, msg):
    r = num(spent) / num(budget)
    cands = [num(w) * min(r, D(1)), num(w) * min(num(rate_stated) / 100, D(1))]
    if not any(close(score, x) for x in cands):
        c.bad("score_rule_mismatch", f"{msg}: execution score {score}", "warning")


# ---------------------------------------------------------------------------------------------
# project checks

def p_anji(c):
    Y = 2018
    t = c.t
    c.year(c.g(r"^安吉县红十字会\n(\d{4})年度应急救护培训项目"), Y, "title year")
    c.year(c.g(r"自评表（(\d{4})年度）"), Y, "table year")
    c.year(c.g(r"结转至(\d{4})年使用"), Y, "carry-over year", ">")
    c.year(c.g(r"连同(\d{4})年结转的"), Y, "incoming carry-over year", "<")
    c.year(c.g(r"\n(\d{4})年\d+月\d+日\n$"), (Y, Y + 1), "report date", "in")
    # funds block
    fl = c.lines("年初预算数  全年预算数", "其他资金      ")
    tot = c.row(fl, "年度资金总额")
    fin = c.row(fl, "其中：当年财政拨款")
    co = c.row(fl, "上年结转资金")
    oth = c.row(fl, "其他资金")
    for i, col in enumerate(["年初", "全年", "执行"]):
        c.total("sum_mismatch", tot[i], [fin[i], co[i], oth[i]], f"funds {col} column")
    c.rate(tot[4].rstrip("%"), tot[2], tot[1], "funds 执行率")
    exec_score(c, tot[3], tot[4].rstrip("%"), tot[2], tot[1], tot[5], "funds")
    # prose funds
    b0, add, cf, ann = c.gs(r"批复项目预算" + N + r"万元；7月县财政追加" + N + r"万元.*?连同2017年结转的" + N
                            + r"万元，全年预算" + N + "万元")
    c.same("conflicting_values", b0, tot[0], "年初预算 text vs table")
    c.same("conflicting_values", ann, tot[1], "全年预算 text vs table")
    c.same("conflicting_values", cf, co[1], "上年结转 text vs table")
    c.total("sum_mismatch", ann, [b0, add, cf], "45 + 3 + 4")
    c.total("sum_mismatch", fin[1], [b0, add], "当年财政拨款 全年 = 年初 + 追加")
    sp, a1, a2, a3 = c.gs(r"全年支出" + N + r"万元，其中救护员持证培训费" + N + r"万元、普及培训及宣传费" + N
                          + r"万元、模拟人和AED训练机等教学器材购置" + N + "万元")
    c.same("conflicting_values", sp, tot[2], "执行数 text vs table")
    c.total("sum_mismatch", sp, [a1, a2, a3], "spending parts")
    bal = c.g(r"年末未支付的" + N + "万元")
    c.eq("balance_mismatch", bal, num(ann) - num(sp), "unspent = 全年预算 − 执行")
    # trainees
    tot_tr, g1, g2, g3, g4 = c.gs(r"共计培训" + N + r"人，分别为学生" + N + r"人、教师" + N + r"人、驾驶员" + N
                                  + r"人、社区居民" + N + "人")
    c.total("sum_mismatch", tot_tr, [g1, g2, g3, g4], "trainee groups")
    cert, cr, last, pp = c.gs(N + r"人取得救护员证，取证率" + N + r"%，比上年的" + N + r"%提高" + N + "个百分点")
    c.rate(cr, cert, tot_tr, "取证率")
    c.eq("rate_mismatch", pp, num(cr) - num(last), "取证率 year-on-year change")
    pop, comp = c.gs(r"受众约" + N + r"万人次，完成年度目标的" + N + "%")
    c.eq("completion_mismatch", comp, num(pop) / num(c.g(r"救护知识普及不少于" + N + "万人次")) * 100,
         "普及 completion (text)")
    cost, cu = c.gs(r"人均培训成本" + N + r"(元|万元)，低于")
    c.amount("average_mismatch", cost, cu, num(a1) * 10000 / num(tot_tr), "持证培训人均成本 = 34.31万元 / trainees")
    gtr = c.g(r"实际完成情况：培训救护员" + N + "人")
    c.same("conflicting_values", gtr, tot_tr, "goal block trainees vs text")
    # indicator table
    il = c.lines("一级指标    二级指标", "总分  ")
    rows = indicator_table(
        c, il,
        [("产出指标", ["救护员持证培训人数", "应急救护普及培训人次", "救护员取证率", "培训任务完成时间",
                       "持证培训人均成本"], True),
         ("效益指标", ["群众救护知识知晓率", "中小学教职工持证覆盖率", "救护培训师资人数"], True),
         ("满意度指标", ["参训学员满意度"], True)],
        ["target", "actual", "weight", "score", "note"], exec_ws=(tot[3], tot[5]),
        total_rows=["总分"], totals=[c.g(r"合计得分" + N + "分")],
        grades=[(c.g(r"合计得分" + N + "分"), c.g(r"评价等级为“(.)”"))],
        kinds={"培训任务完成时间": "date"}, note=True)
    c.same("conflicting_values", split_value(rows["救护员持证培训人数"]["actual"])[1], tot_tr, "trainees table vs text")
    c.same("conflicting_values", split_value(rows["救护员取证率"]["actual"])[1], cr, "取证率 table vs text")
    c.same("conflicting_values", split_value(rows["应急救护普及培训人次"]["actual"])[1], pop, "普及 table vs text")
    ca = split_value(rows["持证培训人均成本"]["actual"])
    c.amount("conflicting_values", cost, cu, num(ca[1]), "人均成本 text vs table", extra_tol=tol(ca[1]))
    know = c.g(r"知晓率为" + N + "%")
    c.same("conflicting_values", know, split_value(rows["群众救护知识知晓率"]["actual"])[1], "知晓率")
    cov, gtarget, gap = c.gs(r"持证覆盖率" + N + r"%，距" + N + r"%的目标差" + N + "个百分点")
    c.same("conflicting_values", cov, split_value(rows["中小学教职工持证覆盖率"]["actual"])[1], "覆盖率")
    c.eq("rate_mismatch", gap, num(gtarget) - num(cov), "coverage gap")
    sat, s1, s2, s3, s4 = c.gs(r"总体满意度" + N + r"%，其中学生、教师、驾驶员、社区居民分别为" + N + "%、" + N
                               + "%、" + N + "%、" + N + "%")
    c.same("conflicting_values", sat, split_value(rows["参训学员满意度"]["actual"])[1], "满意度")
    for s in (sat, s1, s2, s3, s4):
        if num(s) > 100:
            c.bad("implausible_rate", f"satisfaction {s}% > 100%")
    tg = lambda n: split_value(rows[n]["target"])[1]
    goals = c.gs(r"培训红十字救护员不少于" + N + r"人，取证率不低于" + N + r"%；救护知识普及不少于" + N + r"万人次；持证培训人均成本不超过"
                 + N + r"元；全县中小学教职工持证覆盖率达到" + N + r"%；参训学员满意度在" + N + "%以上")
    for gv, n in zip(goals, ["救护员持证培训人数", "救护员取证率", "应急救护普及培训人次", "持证培训人均成本",
                             "中小学教职工持证覆盖率", "参训学员满意度"]):
        c.same("conflicting_values", gv, tg(n), f"goal vs table target {n}")
    gb1, gb2 = c.gs(r"年度总体目标：全年培训救护员" + N + r"人以上，普及" + N + "万人次")
    c.same("conflicting_values", gb1, tg("救护员持证培训人数"), "goal block trainees target")
    c.same("conflicting_values", gb2, tg("应急救护普及培训人次"), "goal block 普及 target")
    c.same("conflicting_values", c.g(r"低于每人" + N + "元的控制标准"), tg("持证培训人均成本"), "cost cap")
    c.same("conflicting_values", c.g(r"距" + N + "%的目标差"), tg("中小学教职工持证覆盖率"), "coverage target")


def p_juxian(c):
    Y = 2020
    c.year(c.g(r"^莒县红十字会(\d{4})年度人道救助项目"), Y, "title year")
    c.year(c.g(r"\n(\d{4})年县财政年初安排"), Y, "budget year")
    c.year(c.g(r"其中8万元已于(\d{4})年12月提前下达"), (Y - 1, Y), "advance issue year", "in")
    c.year(c.g(r"结转至(\d{4})年春节"), Y, "carry-over year", ">")
    c.year(c.g(r"\n(\d{4})年\d+月\d+日\n$"), (Y, Y + 1), "report date", "in")
    b0, sub, don, ann, rec, rr = c.gs(r"年初安排人道救助项目资金" + N + r"万元；年内省、市红十字会下拨救助补助" + N
                                      + r"万元.*?社会捐赠款" + N + r"万元。项目全年预算合计" + N + r"万元，实际到位"
                                      + N + r"万元，资金到位率" + N + "%")
    c.total("sum_mismatch", ann, [b0, sub, don], "60 + 12.50 + 18.60")
    c.rate(rr, rec, ann, "到位率")
    sp, er, fin, dsp, bal = c.gs(r"全年支出" + N + r"万元，预算执行率" + N + r"%，其中财政资金" + N
                                 + r"万元全部支出，捐赠资金支出" + N + r"万元。捐赠资金结余" + N + "万元")
    c.rate(er, sp, ann, "执行率")
    c.total("sum_mismatch", sp, [fin, dsp], "spending by source")
    c.total("sum_mismatch", fin, [b0, sub], "财政资金 = 县级 + 上级补助")
    c.eq("balance_mismatch", bal, num(don) - num(dsp), "捐赠结余 = 捐赠 − 捐赠支出")
    c.eq("balance_mismatch", bal, num(rec) - num(sp), "结余 = 到位 − 支出")
    appl, rej = c.gs(r"全年共受理申请" + N + r"件.*?对不符合条件的" + N + "件")
    cases, last, inc, pct = c.gs(r"全年实施救助" + N + r"人（户）次，比2019年的" + N + r"人次增加" + N + r"人次，增长"
                                 + N + "%")
    c.eq("sum_mismatch", cases, num(appl) - num(rej), "救助 = 受理 − 不予救助")
    c.eq("sum_mismatch", inc, num(cases) - num(last), "year-on-year increase")
    c.rate(pct, inc, last, "growth rate")
    n1, m1, f1, d1, avg1 = c.gs(r"大病救助" + N + r"人，发放救助金" + N + r"万元（其中财政资金" + N + r"万元、社会捐赠"
                                + N + r"万元），人均" + N + "元")
    c.total("sum_mismatch", m1, [f1, d1], "大病救助 其中 parts")
    c.amount("average_mismatch", avg1, "元", num(m1) * 10000 / num(n1), "大病 per person")
    n2, m2 = c.gs(r"意外灾害救助" + N + r"户，发放" + N + "万元")
    n3, m3, avg3 = c.gs(r"慰问困难家庭" + N + r"户，发放慰问金及米、面、油等物资折款" + N + r"万元，户均" + N + "元")
    c.amount("average_mismatch", avg3, "元", num(m3) * 10000 / num(n3), "慰问 per household")
    n4, each, m4 = c.gs(r"资助困难学生" + N + r"名，每人" + N + r"元，计" + N + "万元")
    c.amount("sum_mismatch", m4, "万元", num(n4) * num(each), "助学 = students × 600元")
    c.total("sum_mismatch", cases, [n1, n2, n3, n4], "救助人（户）次")
    c.total("sum_mismatch", c.g(r"以上四项合计" + N + "万元"), [m1, m2, m3, m4], "四项合计")
    c.same("conflicting_values", c.g(r"以上四项合计" + N + "万元"), sp, "四项合计 vs 全年支出")
    days = c.g(r"审批后平均" + N + "个工作日发放到位")
    relief = c.g(N + r"%的受助家庭表示")
    don2 = c.g(r"全年募集社会捐赠" + N + "万元")
    c.same("conflicting_values", don2, don, "捐赠 amount")
    sat, s1, s2, s3 = c.gs(r"综合满意度" + N + r"%，其中大病救助对象满意度" + N + r"%、受灾群众满意度" + N
                           + r"%、慰问对象满意度" + N + "%")
    for s in (sat, s1, s2, s3):
        if num(s) > 100:
            c.bad("implausible_rate", f"satisfaction {s}% > 100%")
    il = c.lines("一级指标    二级指标", "合计    ")
    total_text = c.g(r"项目自评得分" + N + "分")
    rows = indicator_table(
        c, il,
        [("产出指标", ["大病救助人数", "“博爱送万家”慰问户数", "意外灾害救助户数", "救助对象审核准确率",
                       "救助款发放周期", "意外灾害户均救助标准"], True),
         ("效益指标", ["受助家庭困难缓解率", "社会捐赠资金募集额"], True),
         ("满意度指标", ["受助群众满意度"], True)],
        ["target", "actual", "completion", "weight", "score", "note"], exec_row="预算执行率",
        total_rows=["合计"], totals=[total_text],
        grades=[(total_text, c.g(r"等级为(优秀|良好|中等|合格|较差|优|良|中|差)"))], note=True)
    a = lambda n: split_value(rows[n]["actual"])[1]
    c.same("conflicting_values", a("大病救助人数"), n1, "大病人数")
    c.same("conflicting_values", a("“博爱送万家”慰问户数"), n3, "慰问户数")
    c.same("conflicting_values", a("意外灾害救助户数"), n2, "灾害户数")
    c.same("conflicting_values", a("救助款发放周期"), days, "发放周期")
    c.same("conflicting_values", a("受助家庭困难缓解率"), relief, "缓解率")
    c.same("conflicting_values", a("社会捐赠资金募集额"), don, "捐赠额")
    c.same("conflicting_values", a("受助群众满意度"), sat, "满意度")
    c.same("conflicting_values", a("预算执行率"), er, "执行率 table vs text")
    c.amount("average_mismatch", a("意外灾害户均救助标准"), "元", num(m2) * 10000 / num(n2), "灾害户均")
    exec_score(c, rows["预算执行率"]["weight"], er, sp, ann, rows["预算执行率"]["score"], "table")
    tg = lambda n: split_value(rows[n]["target"])[1]
    goals = c.gs(r"全年救助大病患者不少于" + N + r"人，慰问困难家庭不少于" + N + r"户，救助意外灾害家庭不少于" + N
                 + r"户；救助对象审核准确率" + N + r"%；救助款在审批后" + N + r"个工作日内发放；受助群众满意度不低于" + N + "%")
    for gv, n in zip(goals, ["大病救助人数", "“博爱送万家”慰问户数", "意外灾害救助户数", "救助对象审核准确率",
                             "救助款发放周期", "受助群众满意度"]):
        c.same("conflicting_values", gv, tg(n), f"goal vs table target {n}")
    c.same("conflicting_values", c.g(r"超过" + N + "万元的年度目标"), tg("社会捐赠资金募集额"), "donation target")
    c.eq("sum_mismatch", c.g(r"比目标多" + N + "天"), num(days) - num(tg("救助款发放周期")), "days over target")


def p_chaling(c):
    Y = 2021
    c.year(c.g(r"^茶陵县红十字会(\d{4})年度应急救护培训项目"), Y, "title year")
    c.year(c.g(r"\n(\d{4})年县财政预算安排"), Y, "budget year")
    c.year(c.g(r"\n（(\d{4})年度）\n"), Y, "table year")
    c.year(c.g(r"结转至(\d{4})年继续"), Y, "carry-over year", ">")
    c.year(c.g(r"\n(\d{4})年\d+月\d+日\n$"), (Y, Y + 1), "report date", "in")
    fl = c.lines("资金情况（万元）", "其他资金      ")
    tot = c.row(fl, "年度资金总额")
    fin = c.row(fl, "其中：当年财政拨款")
    co = c.row(fl, "上年结转资金")
    oth = c.row(fl, "其他资金")
    z = lambda x: "0" if x == "—" else x
    for i, col in enumerate(["年初", "全年", "执行"]):
        c.total("sum_mismatch", tot[i], [fin[i], z(co[i]), z(oth[i])], f"funds {col} column")
    c.rate(tot[4].rstrip("%"), tot[2], tot[1], "funds 执行率")
    exec_score(c, tot[3], tot[4].rstrip("%"), tot[2], tot[1], tot[5], "funds")
    b0, ann = c.gs(r"应急救护培训专项经费" + N + r"万元，年中未作调整，全年预算" + N + "万元")
    c.same("conflicting_values", b0, tot[0], "年初 text vs table")
    c.same("conflicting_values", ann, tot[1], "全年 text vs table")
    if num(tot[0]) != num(tot[1]):
        c.bad("rate_mismatch", "未作调整 but 年初 ≠ 全年")
    sp, er, a1, a2, a3, a4, bal = c.gs(r"全年支出" + N + r"万元，预算执行率" + N + r"%，其中培训耗材" + N
                                       + r"万元、师资课酬" + N + r"万元、宣传资料印制" + N + r"万元、模拟人等教具购置"
                                       + N + r"万元。结余" + N + "万元")
    c.same("conflicting_values", sp, tot[2], "执行 text vs table")
    c.same("conflicting_values", er, tot[4].rstrip("%"), "执行率 text vs table")
    c.rate(er, sp, ann, "执行率 text")
    c.total("sum_mismatch", sp, [a1, a2, a3, a4], "spending parts")
    c.eq("balance_mismatch", bal, num(ann) - num(sp), "结余")
    per, tr, last, inc = c.gs(r"培训班" + N + r"期，培训" + N + r"人，比2020年的" + N + r"人增加" + N + "人")
    c.eq("sum_mismatch", inc, num(tr) - num(last), "trainees year-on-year")
    g = c.gs(r"学生" + N + r"人、教师" + N + r"人、驾驶员" + N + r"人、社区居民" + N + r"人。")
    c.total("sum_mismatch", tr, list(g), "trainee groups")
    cert, cr = c.gs(r"考核合格取证" + N + r"人，取证率" + N + "%")
    c.rate(cr, cert, tr, "取证率")
    cost, cu, mat, den = c.gs(r"持证培训人均成本" + N + r"(元|万元)（培训耗材和师资课酬合计" + N + r"万元÷" + N + "人）")
    c.total("sum_mismatch", mat, [a1, a2], "耗材 + 课酬")
    c.same("conflicting_values", den, tr, "divisor trainees")
    c.amount("average_mismatch", cost, cu, num(mat) * 10000 / num(den), "人均成本")
    cov, know, tea = c.gs(r"覆盖率达到" + N + r"%，抽样调查群众急救知识知晓率" + N + r"%，全县救护师资队伍扩大到" + N + "名")
    qn, qs, sat = c.gs(r"回收问卷" + N + r"份，其中满意" + N + r"份，满意度" + N + "%")
    c.rate(sat, qs, qn, "满意度 from questionnaires")
    il = c.lines("一级指标    二级指标", "总分  ")
    total_text = c.g(r"本项目得分" + N + "分")
    rows = indicator_table(
        c, il,
        [("产出指标", ["救护员持证培训人数", "应急救护普及培训人次", "平均每期培训人数", "救护员取证人数",
                       "年度培训计划完成时间", "持证培训人均成本"], True),
         ("效益指标", ["中小学校救护培训覆盖率", "群众急救知识知晓率", "救护师资人数"], True),
         ("满意度指标", ["参训人员满意度"], False)],
        ["target", "actual", "weight", "score", "note"], exec_ws=(tot[3], tot[5]),
        total_rows=["总分"], totals=[total_text],
        grades=[(total_text, c.g(r"等级为(优秀|良好|中等|合格|较差|优|良|中|差)。"))],
        kinds={"年度培训计划完成时间": "date"}, note=True)
    a = lambda n: split_value(rows[n]["actual"])[1]
    c.same("conflicting_values", a("救护员持证培训人数"), tr, "trainees")
    c.same("conflicting_values", a("救护员取证人数"), cert, "certified")
    c.amount("average_mismatch", a("平均每期培训人数"), "元", num(tr) / num(per), "trainees per class")
    c.amount("conflicting_values", cost, cu, num(a("持证培训人均成本")), "人均成本 text vs table",
             extra_tol=tol(a("持证培训人均成本")))
    c.same("conflicting_values", a("中小学校救护培训覆盖率"), cov, "覆盖率")
    c.same("conflicting_values", a("群众急救知识知晓率"), know, "知晓率")
    c.same("conflicting_values", a("救护师资人数"), tea, "师资人数")
    c.same("conflicting_values", a("参训人员满意度"), sat, "满意度")
    tg = lambda n: split_value(rows[n]["target"])[1]
    goals = c.gs(r"全年培训红十字救护员" + N + r"人以上、取证" + N + r"人以上，每期不少于" + N + r"人；普及培训不少于" + N
                 + r"万人次；持证培训人均成本控制在" + N + r"元以内；参训人员满意度达到" + N + "%")
    for gv, n in zip(goals, ["救护员持证培训人数", "救护员取证人数", "平均每期培训人数", "应急救护普及培训人次",
                             "持证培训人均成本", "参训人员满意度"]):
        c.same("conflicting_values", gv, tg(n), f"goal vs table target {n}")
    c.same("conflicting_values", c.g(r"受训群众约" + N + "万人次"), a("应急救护普及培训人次"), "普及 text vs table")
    c.same("conflicting_values", c.g(r"满意度" + N + r"%，未达到" + N + "%的目标", 2), tg("参训人员满意度"), "sat target")


def p_yingshan(c):
    Y = 2023
    c.year(c.g(r"^营山县红十字会(\d{4})年度部门整体支出"), Y, "title year")
    c.year(c.g(r"\n(\d{4})年年初预算"), Y, "budget year")
    c.year(c.g(r"结转至(\d{4})年继续"), Y, "carry-over year", ">")
    c.year(c.g(r"\n(\d{4})年\d+月\d+日\n$"), (Y, Y + 1), "report date", "in")
    b0, basic, staff, pub, proj = c.gs(r"年初预算" + N + r"万元，其中基本支出" + N + r"万元（人员经费" + N
                                       + r"万元、公用经费" + N + r"万元），项目支出" + N + "万元")
    c.total("sum_mismatch", basic, [staff, pub], "基本支出")
    c.total("sum_mismatch", b0, [basic, proj], "年初预算")
    add, add1, add2, ann = c.gs(r"年中追加" + N + r"万元，其中省级应急救护培训补助" + N + r"万元、人员调资" + N
                                + r"万元，调整后全年预算" + N + "万元")
    c.total("sum_mismatch", add, [add1, add2], "追加")
    c.total("sum_mismatch", ann, [b0, add], "全年预算")
    sp, spb, spp, bal, bf, bd = c.gs(r"全年支出" + N + r"万元，其中基本支出" + N + r"万元、项目支出" + N
                                     + r"万元。年末结余" + N + r"万元，其中财政资金" + N + r"万元已按规定收回县财政，捐赠资金"
                                     + N + "万元结转")
    c.total("sum_mismatch", sp, [spb, spp], "支出")
    c.eq("balance_mismatch", bal, num(ann) - num(sp), "结余")
    c.total("sum_mismatch", bal, [bf, bd], "结余 parts")
    c.eq("sum_mismatch", spb, num(basic) + num(add2), "基本支出 fully spent = 基本 + 调资")
    fl = c.lines("资金来源  ", "其他资金  ")
    ftot, ffin, fsp, funit, foth = (c.row(fl, x) for x in ["合计", "财政资金", "财政专户管理资金", "单位资金", "其他资金"])
    for i, col in enumerate(["年初", "全年", "执行"]):
        c.total("sum_mismatch", ftot[i], [ffin[i], fsp[i], funit[i], foth[i]], f"source table {col}")
    for name, r in [("合计", ftot), ("财政资金", ffin), ("财政专户管理资金", fsp), ("单位资金", funit), ("其他资金", foth)]:
        if num(r[1]) == 0:
            if r[3] not in ("—", "-", "0", "0%", "0.00%"):
                c.bad("implausible_rate", f"{name}: rate {r[3]} on a zero budget")
        else:
            c.rate(r[3].rstrip("%"), r[2], r[1], f"{name} 执行率")
    c.same("conflicting_values", ftot[0], b0, "年初 table vs text")
    c.same("conflicting_values", ftot[1], ann, "全年 table vs text")
    c.same("conflicting_values", ftot[2], sp, "执行 table vs text")
    c.eq("balance_mismatch", bf, num(ffin[1]) - num(ffin[2]), "财政资金结余")
    c.eq("balance_mismatch", bd, num(foth[1]) - num(foth[2]), "捐赠资金结余")
    er, last, pp, per = c.gs(r"部门预算执行率" + N + r"%，较2022年的" + N + r"%提高" + N + r"个百分点；项目支出执行率"
                             + N + "%")
    c.rate(er, sp, ann, "部门执行率")
    c.eq("rate_mismatch", pp, num(er) - num(last), "pp change")
    p1, p2, p3, s1, s2, s3 = c.gs(r"应急救护培训项目" + N + r"万元、人道救助项目" + N + r"万元、遗体和器官捐献宣传动员项目"
                                  + N + r"万元，加上省级追加的救护培训补助，三个项目全年分别支出" + N + r"万元、" + N
                                  + r"万元、" + N + "万元")
    c.total("sum_mismatch", proj, [p1, p2, p3], "项目 年初")
    c.total("sum_mismatch", spp, [s1, s2, s3], "项目 支出")
    c.rate(per, spp, str(num(proj) + num(add1)), "项目支出执行率")
    tr, g1, g2, g3, g4 = c.gs(r"培训救护员" + N + r"人，其中学生" + N + r"人、教师" + N + r"人、驾驶员" + N + r"人、社区居民"
                              + N + "人")
    c.total("sum_mismatch", tr, [g1, g2, g3, g4], "trainee groups")
    cost = c.g(r"持证培训人均成本" + N + "元，比年初")
    c.amount("average_mismatch", cost, "元", num(s1) * 10000 / num(tr), "人均成本 = 培训项目支出 / trainees")
    r1, r2_, r3 = c.gs(r"救助大病患者" + N + r"人、意外灾害受灾群众" + N + r"户，春节“博爱送万家”慰问困难家庭" + N + "户")
    hsc, hcomp = c.gs(r"血样采集" + N + r"人份，完成年度目标的" + N + "%")
    sc1, sc2, sc3, avg = c.gs(r"自评得分分别为" + N + r"分、" + N + r"分、" + N + r"分，平均" + N + "分")
    c.eq("average_mismatch", avg, (num(sc1) + num(sc2) + num(sc3)) / 3, "project average")
    ew, iw = c.gs(r"按预算执行" + N + r"分、绩效指标" + N + "分评价")
    sg_b, sg_s, sg_v = c.gs(r"“三公”经费预算" + N + r"万元，实际支出" + N + r"万元，节约" + N + "万元")
    c.eq("balance_mismatch", sg_v, num(sg_b) - num(sg_s), "三公 节约")
    il = c.lines("一级指标  二级指标", "可持续影响  ")
    il = il + [c.t[c.t.find("\n", c.t.find("红十字志愿者人数")) + 1:].split("\n")[0]]
    total_text = c.g(r"自评得分" + N + "分，评价等级")
    rows = indicator_table(
        c, il,
        [("产出指标", ["救护员持证培训人数", "人道救助人次", "造血干细胞血样采集", "救助对象公示率",
                       "救助资金发放及时率", "持证培训人均成本"], True),
         ("效益指标", ["群众自救互救知识知晓率", "困难群众救助覆盖率", "红十字志愿者人数"], True)],
        ["target", "actual", "weight", "score"], exec_row="部门预算执行率", totals=[total_text],
        grades=[(total_text, c.g(r"评价等级为“(.{1,2})”"))])
    subs = c.subtotals(il)
    if num(ew) != num(rows["部门预算执行率"]["weight"]):
        c.bad("weight_sum_mismatch", "execution weight text vs table")
    if num(iw) != num(subs[0][0]) + num(subs[1][0]):
        c.bad("weight_sum_mismatch", f"绩效指标 {iw} vs 小计 {subs[0][0]} + {subs[1][0]}")
    a = lambda n: split_value(rows[n]["actual"])
    c.same("conflicting_values", a("部门预算执行率")[1], er, "执行率 table vs text")
    c.same("conflicting_values", a("救护员持证培训人数")[1], tr, "trainees")
    c.same("conflicting_values", a("持证培训人均成本")[1], cost, "人均成本")
    c.same("conflicting_values", a("造血干细胞血样采集")[1], hsc, "血样")
    c.same("conflicting_values", a("红十字志愿者人数")[1], c.g(r"注册红十字志愿者" + N + "人"), "志愿者")
    c.same("conflicting_values", c.g(r"比年初测算的每人" + N + "元"), split_value(rows["持证培训人均成本"]["target"])[1],
           "cost target")
    c.eq("completion_mismatch", hcomp, num(hsc) / num(split_value(rows["造血干细胞血样采集"]["target"])[1]) * 100,
         "血样 completion (text)")
    if a("人道救助人次")[2] == "人次":
        c.total("sum_mismatch", a("人道救助人次")[1], [r1, r2_, r3], "救助人次 = 186 + 47 + 409")
    n_rows = len(rows)
    met = sum(1 for n, r in rows.items()
              if split_value(r["actual"])[2] == split_value(r["target"])[2] and (
                  (split_value(r["target"])[0] == "lte" and num(split_value(r["actual"])[1]) <= num(split_value(r["target"])[1]))
                  or (split_value(r["target"])[0] != "lte" and num(split_value(r["actual"])[1]) >= num(split_value(r["target"])[1]))))
    k_all, k_met, k_un = c.gs(r"年初设定的" + N + r"项指标中，" + N + r"项达到或超过目标值，部门预算执行率和造血干细胞血样采集"
                              + N + "项未完成")
    if num(k_all) != n_rows or num(k_all) != num(k_met) + num(k_un):
        c.bad("sum_mismatch", "indicator counts")
    if a("人道救助人次")[2] == "人次" and num(k_met) != met:
        c.bad("sum_mismatch", f"{k_met} indicators said met, table shows {met}")


def p_huining(c):
    Y = 2024
    c.year(c.g(r"^会宁县红十字会(\d{4})年度应急救护培训"), Y, "title year")
    c.year(c.g(r"实施期为(\d{4})年1月1日"), Y, "period year")
    c.year(c.g(r"已于(\d{4})年12月提前下达"), (Y - 1, Y), "advance issue year", "in")
    c.year(c.g(r"加上(\d{4})年结转的"), Y, "incoming carry-over year", "<")
    c.year(c.g(r"截至(\d{4})年12月31日"), Y, "截至 year")
    c.year(c.g(r"结余" + N + r"万元结转至(\d{4})年", 2), Y, "carry-over year", ">")
    c.year(c.g(r"\n(\d{4})年\d+月\d+日\n$"), (Y, Y + 1), "report date", "in")
    fl = c.lines("项目          行次", "预算执行率    (7)")
    rows = {k: c.row(fl, k) for k in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]}
    z = lambda x: "0" if x == "—" else x
    for k in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"]:
        r = rows[k]
        c.total("sum_mismatch", r[0], [z(x) for x in r[1:]], f"row {k}")
    for i in range(7):
        c.eq("balance_mismatch", z(rows["(5)=(3)-(4)"][i]), num(z(rows["(3)"][i])) - num(z(rows["(4)"][i])),
             f"(5) column {i}")
        for k, nume in [("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")]:
            cell = rows[k][i]
            base = z(rows["(2)"][i])
            if num(base) == 0:
                if cell not in ("—", "0", "-"):
                    c.bad("implausible_rate", f"{k} column {i}: {cell} on a zero base")
            else:
                c.rate(cell.rstrip("%"), z(rows[nume][i]), base, f"{k} column {i}")
    b0, prov, cty, city, cf, ann, cty_in, miss = c.gs(
        r"项目年初预算" + N + r"万元，其中省级补助" + N + r"万元.*?县级配套" + N + r"万元；年中市级追加" + N
        + r"万元，加上2023年结转的" + N + r"万元，全年预算" + N + r"万元。县级配套资金到位" + N + r"万元，尚有" + N + "万元未拨付")
    c.total("sum_mismatch", b0, [prov, cty], "年初")
    c.total("sum_mismatch", ann, [b0, city, cf], "全年")
    c.eq("balance_mismatch", miss, num(cty) - num(cty_in), "县级 未到位")
    rec, sp, bal = c.gs(r"项目实际到位" + N + r"万元，支出" + N + r"万元，结余" + N + "万元")
    c.eq("balance_mismatch", bal, num(rec) - num(sp), "结余 text")
    for a_, b_, m in [(b0, rows["(1)"][0], "年初"), (ann, rows["(2)"][0], "全年"), (rec, rows["(3)"][0], "到位"),
                      (sp, rows["(4)"][0], "执行"), (bal, rows["(5)=(3)-(4)"][0], "结余"), (prov, rows["(2)"][2], "省级"),
                      (city, rows["(2)"][3], "市级"), (cty, rows["(2)"][4], "县级"), (cf, rows["(2)"][5], "结转"),
                      (cty_in, rows["(3)"][4], "县级到位")]:
        c.same("conflicting_values", a_, b_, f"{m} text vs table")
    tr, g1, g2, g3, g4 = c.gs(r"培训" + N + r"人，其中学生" + N + r"人、教师" + N + r"人、驾驶员" + N + r"人、社区居民" + N + "人")
    c.total("sum_mismatch", tr, [g1, g2, g3, g4], "trainee groups")
    cert, cr, last, pp = c.gs(r"取证" + N + r"人，取证率" + N + r"%，比2023年的" + N + r"%提高" + N + "个百分点")
    c.rate(cr, cert, tr, "取证率")
    c.eq("rate_mismatch", pp, num(cr) - num(last), "pp change")
    pop = c.g(r"群众普及培训" + N + "人次")
    aed_tr, short = c.gs(r"AED操作培训" + N + r"场，比目标少" + N + "场")
    k, each, amt, bud, save = c.gs(r"采购AED " + N + r"台，每台" + N + r"元，合计" + N + r"万元，较" + N + r"万元的采购预算节余"
                                   + N + "万元")
    c.amount("sum_mismatch", amt, "万元", num(k) * num(each), "AED = units × unit price")
    c.eq("balance_mismatch", save, num(bud) - num(amt), "AED 节余")
    hs, h1, h2, h3, days = c.gs(r"人道救助" + N + r"人次，其中大病救助" + N + r"人、意外灾害救助" + N + r"户、春节慰问困难家庭"
                                + N + r"户，救助款审批后平均" + N + "个工作日")
    c.total("sum_mismatch", hs, [h1, h2, h3], "救助人次")
    skill, cov = c.gs(r"技能掌握率" + N + r"%；困难群众救助覆盖率" + N + "%")
    s_tr, s_aid = c.gs(r"受训学员满意度" + N + r"%，受助群众满意度" + N + "%")
    il = c.lines("一级指标    二级指标", "合计  ")
    total_text = c.g(r"自评得分" + N + "分")
    t = indicator_table(
        c, il,
        [("产出指标", ["救护员持证培训人数", "群众普及培训人次", "AED操作培训场次", "人道救助人次", "救护员取证率",
                       "救助资金发放时限", "AED采购单价"], False),
         ("效益指标", ["群众自救互救技能掌握率", "困难群众救助覆盖率", "公共场所AED累计配置数"], False),
         ("满意度指标", ["受训学员满意度", "受助群众满意度"], False)],
        ["target", "actual", "completion", "weight", "score"], exec_row="预算执行率",
        total_rows=["合计"], totals=[total_text],
        grades=[(total_text, c.g(r"评定等级为(优秀|良好|中等|合格|较差)"))])
    a = lambda n: split_value(t[n]["actual"])[1]
    c.same("conflicting_values", a("预算执行率"), rows["(7)=(4)/(2)"][0].rstrip("%"), "执行率 table vs funds table")
    c.same("conflicting_values", a("救护员持证培训人数"), tr, "trainees")
    c.same("conflicting_values", a("群众普及培训人次"), pop, "普及")
    c.same("conflicting_values", a("AED操作培训场次"), aed_tr, "AED 场次")
    c.eq("sum_mismatch", short, num(split_value(t["AED操作培训场次"]["target"])[1]) - num(aed_tr), "场次 shortfall")
    c.same("conflicting_values", a("人道救助人次"), hs, "救助人次")
    c.same("conflicting_values", a("救护员取证率"), cr, "取证率")
    c.same("conflicting_values", a("救助资金发放时限"), days, "发放时限")
    c.amount("conflicting_values", a("AED采购单价"), "万元", num(each), "AED unit price 万元 vs 元",
             extra_tol=tol(each))
    c.same("conflicting_values", a("群众自救互救技能掌握率"), skill, "掌握率")
    c.same("conflicting_values", a("困难群众救助覆盖率"), cov, "覆盖率")
    c.same("conflicting_values", a("受训学员满意度"), s_tr, "学员满意度")
    c.same("conflicting_values", a("受助群众满意度"), s_aid, "受助满意度")
    for s in (s_tr, s_aid, skill, cov):
        if num(s) > 100:
            c.bad("implausible_rate", f"rate {s}% > 100%")
    exec_score(c, t["预算执行率"]["weight"], a("预算执行率"), sp, ann, t["预算执行率"]["score"], "table")
    tg = lambda n: split_value(t[n]["target"])[1]
    goals = c.gs(r"全年培训救护员不少于" + N + r"人、普及培训不少于" + N + r"人次，新增公共场所AED，救助困难群众不少于" + N
                 + r"人次，救助资金在" + N + r"个工作日内发放，受训学员和受助群众满意度均不低于" + N + "%")
    for gv, n in zip(goals, ["救护员持证培训人数", "群众普及培训人次", "人道救助人次", "救助资金发放时限", "受训学员满意度"]):
        c.same("conflicting_values", gv, tg(n), f"goal vs table target {n}")
    c.same("conflicting_values", goals[4], tg("受助群众满意度"), "goal vs table target 受助群众满意度")


PROJECTS = {
    "zj-anji-jiuhupeixun-2018": p_anji,
    "sd-juxian-rendaojiuzhu-2020": p_juxian,
    "hn-chaling-jiuhupeixun-2021": p_chaling,
    "sc-yingshan-hszbumen-2023": p_yingshan,
    "gs-huining-jiuhujiuzhu-2024": p_huining,
}


def run_checks(source, text):
    c = Ck(text)
    PROJECTS[source](c)
    return c.f


def diff_region(a, b):
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
    if len(labels) != 35:
        problems.append(f"expected 35 labels, found {len(labels)}")
    counts = {k: 0 for k in CODES}
    where = {}
    clean_texts = {}
    for rec in labels:
        if rec["clean"]:
            clean_texts[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    for p in PROJECTS:
        n = len(clean_texts.get(p, ""))
        if not 2800 <= n <= 3400:
            problems.append(f"{p}: clean draft has {n} characters (want 2800-3400)")
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            fails = run_checks(src, text)
        except Missing as e:
            problems.append(f"{name}: extraction failed: {e}")
            continue
        errs = sorted({code for sev, code, _ in fails if sev == "error"})
        warns = [(code, m) for sev, code, m in fails if sev != "error"]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            for sev, code, m in fails:
                problems.append(f"{name}: clean draft fails {sev} {code}: {m}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = exp[0]
        code, value = lab["code"], lab["value"]
        if lab.get("severity") != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code} {lab.get('severity')}")
        counts[code] = counts.get(code, 0) + 1
        if value not in text:
            problems.append(f"{name}: label value not in case: {value!r}")
        clean = clean_texts[src]
        if clean == text:
            problems.append(f"{name}: identical to clean draft")
            continue
        a, b = diff_region(clean, text)
        spans = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(st < max(b, a + 1) and st + len(value) > a for st in spans):
            problems.append(f"{name}: label value does not overlap the changed place [{a},{b})")
        # one contiguous place: everything outside [a, b) equals the clean text by construction;
        # make sure the changed place is short (one figure or word plus alignment)
        if b - a > 12 or (len(clean) - (len(text) - (b - a))) - a > 12:
            problems.append(f"{name}: changed place too long: {text[a:b]!r}")
        if code not in errs:
            problems.append(f"{name}: labelled {code} does not fail (errors: {errs}, warnings: {warns})")
        other = [x for x in errs if x != code]
        if other:
            detail = [m for sev, cd, m in fails if sev == "error" and cd != code]
            problems.append(f"{name}: other error codes fail: {other} {detail}")
        where[name] = (code, text[a:b])
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    for code in CODES:
        print(f"{code:22s} {counts[code]}")
    print(f"{len(labels)} cases checked ({sum(counts.values())} errors)")
    print("OK")


if __name__ == "__main__":
    main()
