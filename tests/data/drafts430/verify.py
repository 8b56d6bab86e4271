#!/usr/bin/env python3
"""Verify the n430 test set (standard library only).

1. every label value occurs in its case (exactly once);
2. every error case differs from its clean draft in one short contiguous place that overlaps the label value;
3. every error code of errors.md section A is used at least twice;
4. the arithmetic of every draft is redone from the text: every check passes on a clean draft; on an error
   case the labelled code fails and no other error-level code fails (warning-level score-rule checks may).
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
WARN = {"score_rule_mismatch"}
MAX_DIFF = 60


class AnchorError(Exception):
    pass


def dp(s):
    s = s.strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = D(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-dp(stated)) + D("1e-9")


def to_wan(num, unit):
    num = D(num)
    if unit == "元":
        return num / D(10000)
    if unit == "亿元":
        return num * D(10000)
    return num


def from_wan(val, unit):
    if unit == "元":
        return val * D(10000)
    if unit == "亿元":
        return val / D(10000)
    return val


def grade_of(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

NUM_RE = re.compile(r"^(≥|≤|＞|＜|>=|<=|=|不低于|不少于|不超过)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    """'≥140人次' -> ('gte', D(140), '人次', '140'); dates -> ('date', year, 'date', s)."""
    s = s.strip()
    m = re.match(r"^(\d{4})年\d{1,2}月", s)
    if m:
        return ("date", int(m.group(1)), "date", s)
    m = NUM_RE.match(s)
    if not m:
        return ("text", None, "text", s)
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">=": "gte", "不低于": "gte", "不少于": "gte",
                 "≤": "lte", "＜": "lte", "<=": "lte", "不超过": "lte", "=": "eq", None: "eq"}[sign]
    return (direction, D(num), unit.strip(), num)


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.res = []  # (code, ok, desc)

    # ---- extraction -------------------------------------------------------------------------------------
    def find(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise AnchorError("pattern matched %d times: %s" % (len(ms), pattern))
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    # ---- recording --------------------------------------------------------------------------------------
    def check(self, code, ok, desc):
        self.res.append((code, bool(ok), desc))

    def eq(self, code, stated, computed, desc):
        self.check(code, close(stated, computed), "%s: stated %s, computed %s" % (desc, stated, computed))

    def money(self, code, num, unit, computed_wan, desc):
        """stated amount (num, unit) against a computed amount in 万元; a 10^4 slip is unit_mismatch."""
        comp = from_wan(D(computed_wan), unit)
        if close(num, comp):
            self.check(code, True, desc)
        elif close(num, comp * 10000) or close(num, comp / 10000):
            self.check("unit_mismatch", False, "%s: %s%s off by 10^4 from %s万元" % (desc, num, unit, computed_wan))
        else:
            self.check(code, False, "%s: stated %s%s, computed %s万元" % (desc, num, unit, computed_wan))

    def same_money(self, code, n1, u1, n2, u2, desc):
        a, b = to_wan(n1, u1), to_wan(n2, u2)
        if close(n1, from_wan(b, u1)) or close(n2, from_wan(a, u2)):
            self.check(code, True, desc)
        elif any(close(n1, from_wan(b * k, u1)) or close(n2, from_wan(a * k, u2))
                 for k in (D(10000), D(1) / D(10000))):
            self.check("unit_mismatch", False, "%s: %s%s vs %s%s off by 10^4" % (desc, n1, u1, n2, u2))
        else:
            self.check(code, False, "%s: %s%s vs %s%s" % (desc, n1, u1, n2, u2))

    def same(self, a, b, desc, code="conflicting_values"):
        """the same quantity stated twice (strings with units); unit difference -> unit_mismatch."""
        pa, pb = parse_val(a), parse_val(b)
        if pa[2] != pb[2] and pa[0] not in ("text",) and pb[0] not in ("text",):
            self.check("unit_mismatch", False, "%s: units differ %s / %s" % (desc, a, b))
            return
        if pa[0] == "date" or pa[0] == "text":
            self.check(code, a.strip() == b.strip(), "%s: %s / %s" % (desc, a, b))
            return
        ok = close(pa[3], pb[1]) or close(pb[3], pa[1])
        self.check(code, ok, "%s: %s / %s" % (desc, a, b))

    def rate(self, stated, num, den, desc, code="rate_mismatch"):
        """a stated rate (string, %) from num/den; zero base: only '0', '—' or '' tolerated."""
        s = stated.strip().rstrip("%")
        if D(den) == 0:
            ok = s in ("", "—", "-", "0", "0.00")
            self.check("implausible_rate", ok, "%s: rate %s on a zero base" % (desc, stated))
            return
        if s in ("—", "-", ""):
            self.check(code, False, "%s: rate missing" % desc)
            return
        comp = D(num) / D(den) * 100
        if close(s, comp):
            self.check("implausible_rate", D(s) <= 100 + D("0.5") * D(10) ** (-dp(s)),
                       "%s: rate %s%% above 100%%" % (desc, s))
        else:
            self.check(code, False, "%s: stated %s%%, computed %.4f%%" % (desc, s, comp))

    def pct_range(self, stated, desc):
        self.check("implausible_rate", D(stated.rstrip("%")) <= 100, "%s: %s" % (desc, stated))

    def year_is(self, y, desc):
        self.check("year_mismatch", int(y) == self.year, "%s: %s vs %d" % (desc, y, self.year))

    def year_after(self, y, desc):
        self.check("year_mismatch", int(y) > self.year, "%s: %s not after %d" % (desc, y, self.year))

    def grade(self, total, word, desc):
        self.check("grade_mismatch", GRADE_NORM[word] == grade_of(total), "%s: %s -> %s" % (desc, total, word))

    # ---- indicator tables ---------------------------------------------------------------------------------
    def indicators(self, rows, totals, weight_total="100"):
        """rows: dicts name, weight, score, target, actual, [completion]. totals: stated total-score strings."""
        ws = sum(D(r["weight"]) for r in rows)
        self.check("weight_sum_mismatch", ws == D(weight_total) and D(weight_total) == 100,
                   "weights sum %s (stated %s)" % (ws, weight_total))
        ss = sum(D(r["score"]) for r in rows)
        for tot in totals:
            self.eq("score_sum_mismatch", tot, ss, "sum of row scores vs stated total")
        for r in rows:
            w, s = D(r["weight"]), D(r["score"])
            self.check("score_exceeds_weight", D(0) <= s <= w, "%s: score %s weight %s" % (r["name"], s, w))
            self.row_rule(r)

    def row_rule(self, r):
        tgt, act = parse_val(r["target"]), parse_val(r["actual"])
        w = D(r["weight"])
        if tgt[0] == "text":  # qualitative
            a = r["actual"]
            lo, hi = (D("0.6"), D("0.8")) if "部分达成" in a else (D("0.8"), D("1.0001"))
            s = D(r["score"])
            self.check("score_rule_mismatch", w * lo <= s < w * hi, "%s: qualitative band" % r["name"])
            if "completion" in r:
                self.check("completion_mismatch", True, "qualitative")
            return
        if tgt[2] != act[2]:
            self.check("unit_mismatch", False, "%s: target %s, actual %s" % (r["name"], r["target"], r["actual"]))
            return
        self.check("unit_mismatch", True, r["name"])
        if tgt[0] == "date":
            self.year_is(tgt[1], "%s target year" % r["name"])
            self.year_is(act[1], "%s actual year" % r["name"])
            if "completion" in r:
                self.check("completion_mismatch", r["completion"] == "100%", "%s: date row" % r["name"])
            self.check("score_rule_mismatch", D(r["score"]) == w, "%s: date row met" % r["name"])
            return
        T, A = tgt[1], act[1]
        if tgt[0] == "lte":
            comp = D(100) if A <= T else T / A * 100
            full = w if A <= T else w * T / A
        else:
            comp = A / T * 100
            full = w * min(A / T, D(1))
        if "completion" in r:
            self.eq("completion_mismatch", r["completion"].rstrip("%"), comp, "%s completion" % r["name"])
        self.check("score_rule_mismatch", close(r["score"], full), "%s score %s vs rule %s" % (r["name"], r["score"], full))


# ============================================================================================================
# project 1: Shanxi, 平遥
# ============================================================================================================
def sx_cells(c, label, n, after=None):
    lines = c.t.split("\n")
    idx = [i for i, l in enumerate(lines) if l == "\t" + label]
    if len(idx) != 1:
        raise AnchorError("label %s found %d times" % (label, len(idx)))
    i = idx[0]
    cells = [l[1:] if l.startswith("\t") else l for l in lines[i + 1:i + 1 + n]]
    if len(cells) != n:
        raise AnchorError("short row " + label)
    return cells


def zero(s):
    return D(s) if s.strip() not in ("", "—") else D(0)


def check_sx(c):
    rows = {}
    for lab in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]:
        rows[lab] = sx_cells(c, lab, 9)
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]
    v = {lab: dict(zip(cols, cells[1:])) for lab, cells in rows.items()}
    for lab in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        r = v[lab]
        c.eq("sum_mismatch", r["total"], zero(r["sub"]) + zero(r["carry"]) + zero(r["other"]), lab + " total")
        c.eq("sum_mismatch", r["sub"] or "0",
             zero(r["central"]) + zero(r["prov"]) + zero(r["city"]) + zero(r["county"]), lab + " subtotal")
    for col in cols:
        c.eq("balance_mismatch", v["资金结余"][col] or "0",
             zero(v["实际到位资金"][col]) - zero(v["全年执行资金"][col]), "(5)=(3)-(4) " + col)
        c.rate(v["预算到位率"][col], zero(v["实际到位资金"][col]), zero(v["全年预算资金"][col]), "(6) " + col)
        c.rate(v["预算执行率(%)"][col], zero(v["全年执行资金"][col]), zero(v["全年预算资金"][col]), "(7) " + col)
    # prose: funds
    ini, prov, cty = c.find(r"年初预算安排(\d+)万元，其中省级民兵训练补助(\d+)万元、县级配套(\d+)万元")
    c.eq("sum_mismatch", ini, D(prov) + D(cty), "initial = provincial + county (prose)")
    c.same(ini, v["年初预算资金"]["total"], "initial prose/table")
    c.same(prov, v["年初预算资金"]["prov"], "provincial prose/table")
    c.same(cty, v["年初预算资金"]["county"], "county prose/table")
    add, annual = c.find(r"追加县级资金([\d.]+)万元.*?调整后全年预算([\d.]+)万元")
    c.eq("sum_mismatch", annual, D(ini) + D(add), "initial + 追加 = annual (prose)")
    c.eq("sum_mismatch", v["全年预算资金"]["county"], zero(v["年初预算资金"]["county"]) + D(add), "county + 追加")
    c.same(annual, v["全年预算资金"]["total"], "annual prose/table")
    c.same(annual, v["实际到位资金"]["total"], "资金全部到位")
    spent, r_exec, r_last, pp = c.find(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，较2020年的([\d.]+)%提高([\d.]+)个百分点")
    c.same(spent, v["全年执行资金"]["total"], "spent prose/table")
    c.rate(r_exec, D(spent), D(annual), "execution rate prose")
    c.same(r_exec, v["预算执行率(%)"]["total"], "execution rate prose/table")
    c.eq("rate_mismatch", pp, D(r_exec) - D(r_last), "percentage points vs 2020")
    bal, carry_y = c.find(r"年末结余([\d.]+)万元.*?结转至(\d{4})年使用")
    c.eq("balance_mismatch", bal, D(annual) - D(spent), "balance prose")
    c.same(bal, v["资金结余"]["total"], "balance prose/table")
    c.year_after(carry_y, "carry-forward year")
    g = c.find(r"伙食补助([\d.]+)万元（标准为每人每天(\d+)(元|万元)，三批合计(\d+)人·天，计(\d+)(元|万元)）；"
               r"误工补贴([\d.]+)万元（每人每天(\d+)(元|万元)）；训练器材及弹药保障([\d.]+)万元；被装购置([\d.]+)万元；"
               r"交通及场地租赁([\d.]+)万元；合计([\d.]+)万元。伙食补助和误工补贴两项约占支出总额的(\d+)%")
    meal, meal_std, meal_std_u, pdays, meal_yuan, meal_yuan_u, lab, lab_std, lab_std_u, equip, cloth, trans, tot, share = g
    c.eq("sum_mismatch", tot, D(meal) + D(lab) + D(equip) + D(cloth) + D(trans), "breakdown sum")
    c.same(tot, spent, "breakdown total vs spent")
    c.money("sum_mismatch", meal_yuan, meal_yuan_u, to_wan(meal_std, meal_std_u) * D(pdays), "meal = std x person-days")
    c.same_money("conflicting_values", meal_yuan, meal_yuan_u, meal, "万元", "meal in 元 and 万元")
    c.money("sum_mismatch", lab, "万元", to_wan(lab_std, lab_std_u) * D(pdays), "labour = std x person-days")
    c.eq("rate_mismatch", share, (D(meal) + D(lab)) / D(tot) * 100, "约占 share")
    b = c.find(r"第一批于3月中旬组织，参训(\d+)人，训练(\d+)天；第二批于6月组织，参训(\d+)人，训练(\d+)天；"
               r"第三批于10月下旬组织，参训(\d+)人，训练(\d+)天。三批应训(\d+)人、实训(\d+)人，参训率([\d.]+)%；"
               r"结业考核合格(\d+)人，合格率([\d.]+)%")
    n1, d1, n2, d2, n3, d3, due, real, att, passed, pass_r = b
    c.eq("sum_mismatch", real, D(n1) + D(n2) + D(n3), "batches sum to trained")
    c.eq("sum_mismatch", pdays, D(n1) * D(d1) + D(n2) * D(d2) + D(n3) * D(d3), "person-days")
    c.rate(att, D(real), D(due), "attendance")
    c.rate(pass_r, D(passed), D(real), "pass rate")
    done_y = c.find(r"训练任务于(\d{4})年11月全部完成")
    c.year_is(done_y, "completion year")
    missions = c.find(r"等任务(\d+)次，累计出动")
    q_n, q_s, sat = c.find(r"收回有效问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%")
    c.rate(sat, D(q_s), D(q_n), "satisfaction")
    total, gword = c.find(r"自评总得分([\d.]+)分，属于\"(优秀|良好|中等|较差|差)\"")
    c.grade(total, gword, "grade")
    # 附件1
    names = ["预算执行率", "参训民兵人次", "组训批次", "参训率", "训练任务完成时限", "伙食补助标准", "遂行抢险救援任务",
             "训练考核合格率", "参训民兵满意度"]
    ind = []
    for nm in names:
        w, tg, ac, comp, sc, note = sx_cells(c, nm, 6)
        ind.append(dict(name=nm, weight=w, target=tg, actual=ac, completion=comp, score=sc))
    c.indicators(ind, [total])
    by = {r["name"]: r for r in ind}
    c.same(by["预算执行率"]["actual"], r_exec + "%", "execution rate table/prose")
    c.same(by["参训民兵人次"]["actual"], real + "人次", "trained prose/table")
    c.same(by["参训率"]["actual"], att + "%", "attendance prose/table")
    c.same(by["训练考核合格率"]["actual"], pass_r + "%", "pass rate prose/table")
    c.same(by["参训民兵满意度"]["actual"], sat + "%", "satisfaction prose/table")
    c.same(by["遂行抢险救援任务"]["actual"], missions + "次", "missions prose/table")
    c.same(by["伙食补助标准"]["actual"], meal_std + meal_std_u + "/人·天", "meal standard prose/table")
    c.same(by["组训批次"]["actual"], "3批", "三批")
    c.year_is(c.find(r"^(\d{4})年度民兵应急分队训练经费项目支出绩效自评报告$".replace("^", "(?m)^")), "title year")
    g = c.find(r"参训不少于(\d+)人次，参训率不低于(\d+)%，考核合格率不低于(\d+)%，(\d+)月底前完成全部训练")
    c.same("≥" + g[0] + "人次", by["参训民兵人次"]["target"], "target 人次 prose/table")
    c.same("≥" + g[1] + "%", by["参训率"]["target"], "target 参训率 prose/table")
    c.same("≥" + g[2] + "%", by["训练考核合格率"]["target"], "target 合格率 prose/table")
    c.same("%s年%s月底前" % (c.year, g[3]), by["训练任务完成时限"]["target"], "target date prose/table")


# ============================================================================================================
# project 2: Sichuan, 剑阁
# ============================================================================================================
def check_sc(c):
    fr = {}
    for lab in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        fr[lab] = c.find(r"(?m)^" + lab + r" (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$")
    tot = fr["年度资金总额"]
    for i, col in enumerate(["initial", "annual", "spent"]):
        c.eq("sum_mismatch", tot[i], sum(zero(fr[l][i]) for l in list(fr)[1:]), "funds total " + col)
    for lab, r in fr.items():
        c.rate(r[4], zero(r[2]), zero(r[1]), "execution rate " + lab)
    c.same(tot[0], tot[1], "年度内未作调整: initial = annual")
    ind = [dict(name="预算执行率", weight=tot[3], score=tot[5], target="100%", actual=tot[4])]
    names = ["参训民兵人次", "组训批次", "训练课目完成率", "训练考核合格率", "训练任务完成时间", "伙食补助标准", "遂行抢险救灾任务"]
    by = {}
    for nm in names:
        sign, tg, unit, ac, w, sc = c.find(nm + r" (≥|≤|=) (\S+) (\S+) (\S+) (\S+) (\S+)")
        r = dict(name=nm, weight=w, score=sc, target=sign + tg + unit, actual=ac + unit)
        ind.append(r)
        by[nm] = r
    wt, total_tab = c.find(r"(?m)^总分 (\d+) ([\d.]+)$")
    exec_s, ind_s, total, gword = c.find(r"预算执行得([\d.]+)分，绩效指标得([\d.]+)分，自评得分([\d.]+)分，评价等级为\"(.)\"")
    c.indicators(ind, [total_tab, total], weight_total=wt)
    c.same(exec_s, tot[5], "execution score prose/table")
    c.eq("score_sum_mismatch", ind_s, sum(D(r["score"]) for r in ind[1:]), "indicator scores (prose subtotal)")
    c.eq("score_sum_mismatch", total, D(exec_s) + D(ind_s), "9.71 + 89.61")
    c.grade(total, gword, "grade")
    # prose
    for pat in [r"申报2023年民兵应急分队训练经费(\d+)万元", r"项目支出预算共三项：民兵应急分队训练经费(\d+)万元",
                r"2023年申报民兵应急分队训练经费(\d+)万元", r"县财政批复(\d+)万元，年度内未作调整"]:
        c.same(c.find(pat), tot[1], "budget " + pat[:12])
    t1, t2, rec, rec_r = c.find(r"2月下达(\d+)万元，8月下达(\d+)万元，全年到位(\d+)万元，到位率(\d+)%")
    c.eq("sum_mismatch", rec, D(t1) + D(t2), "two tranches")
    c.rate(rec_r, D(rec), D(tot[1]), "到位率")
    spent, r_exec = c.find(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.same(spent, tot[2], "spent prose/table")
    c.rate(r_exec, D(spent), D(tot[1]), "execution rate prose")
    c.same(r_exec + "%", tot[4], "rate prose/table")
    g = c.find(r"伙食补助([\d.]+)万元（(\d+)(元|万元)/人·天×(\d+)人·天=(\d+)(元|万元)）；误工补贴([\d.]+)万元（每人每天(\d+)(元|万元)）；"
               r"训练保障（器材、油料、场地）([\d.]+)万元；意外伤害保险([\d.]+)万元（(\d+)人次，每人次(\d+)(元|万元)）；"
               r"教材及宣传资料([\d.]+)万元。结余([\d.]+)万元，已于(\d{4})年1月")
    meal, mstd, mstd_u, pdays, myuan, myuan_u, lab, lstd, lstd_u, equip, ins, ins_n, ins_std, ins_u, books, bal, ret_y = g
    c.eq("sum_mismatch", spent, D(meal) + D(lab) + D(equip) + D(ins) + D(books), "breakdown")
    c.money("sum_mismatch", myuan, myuan_u, to_wan(mstd, mstd_u) * D(pdays), "meal product")
    c.same_money("conflicting_values", myuan, myuan_u, meal, "万元", "meal 元/万元")
    c.money("sum_mismatch", lab, "万元", to_wan(lstd, lstd_u) * D(pdays), "labour product")
    c.money("sum_mismatch", ins, "万元", to_wan(ins_std, ins_u) * D(ins_n), "insurance product")
    c.same(mstd + mstd_u + "/人·天", by["伙食补助标准"]["actual"].replace("元/人·天", "元/人·天"), "meal std prose/table")
    c.eq("balance_mismatch", bal, D(rec) - D(spent), "balance")
    c.year_after(ret_y, "balance returned")
    b = c.find(r"第一批（4月）基干民兵应急连(\d+)人，训练(\d+)天；第二批（6月）森林防灭火分队(\d+)人，训练(\d+)天；"
               r"第三批（8月下旬）防汛抢险排(\d+)人，训练(\d+)天。三批合计(\d+)人次、(\d+)人·天，参训民兵年龄在18至35周岁之间。通知参训(\d+)人，实际到训(\d+)人，到训率([\d.]+)%")
    n1, d1, n2, d2, n3, d3, pt, pd2, due, real, att = b
    c.eq("sum_mismatch", pt, D(n1) + D(n2) + D(n3), "batches")
    c.eq("sum_mismatch", pd2, D(n1) * D(d1) + D(n2) * D(d2) + D(n3) * D(d3), "person-days")
    c.same(pd2, pdays, "person-days twice")
    c.same(real, pt, "到训 = 人次")
    c.same(ins_n, pt, "insured = 人次")
    c.same(pt + "人次", by["参训民兵人次"]["actual"], "人次 prose/table")
    c.rate(att, D(real), D(due), "到训率")
    absent = c.find(r"有(\d+)人未能按时到训")
    c.eq("sum_mismatch", absent, D(due) - D(real), "absent")
    passed, pr, ptarget = c.find(r"考核合格(\d+)人，合格率([\d.]+)%，未达到(\d+)%的目标")
    c.rate(pr, D(passed), D(real), "pass rate")
    c.same(pr + "%", by["训练考核合格率"]["actual"], "pass rate prose/table")
    c.same("≥" + ptarget + "%", by["训练考核合格率"]["target"], "pass target prose/table")
    m, m1, m2 = c.find(r"共出动(\d+)次（森林火情处置(\d+)次、防汛抢险(\d+)次）")
    c.eq("sum_mismatch", m, D(m1) + D(m2), "missions")
    c.same(m + "次", by["遂行抢险救灾任务"]["actual"], "missions prose/table")
    c.pct_range(c.find(r"综合满意度([\d.]+)%"), "satisfaction")
    c.year_is(c.find(r"(?m)^(\d{4})年度项目支出绩效自评表$"), "table year")
    c.year_is(c.find(r"(?m)^(\d{4})年度剑阁县人民武装部项目支出$"), "title year")
    g = c.find(r"参训不少于(\d+)人次，训练课目完成率(\d+)%，考核合格率不低于(\d+)%，(\d+)月底前完成训练，"
               r"伙食补助标准每人每天不超过(\d+)元；全年遂行抢险救灾任务不少于(\d+)次")
    for val, nm in zip(g, ["参训民兵人次", "训练课目完成率", "训练考核合格率", "训练任务完成时间", "伙食补助标准", "遂行抢险救灾任务"]):
        c.same(val, str(parse_val(by[nm]["target"])[3]), "target prose/table " + nm)
    c.same(c.find(r"训练于(\d+)月全部结束"), str(parse_val(by["训练任务完成时间"]["actual"])[3]), "completion month")


# ============================================================================================================
# project 3: Hunan, 茶陵
# ============================================================================================================
def check_hn(c):
    fr = {}
    for lab in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        fr[lab] = c.find(r"(?m)^\t" + lab + r"\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t\n]+)$")
    tot = fr["年度资金总额"]
    for i, col in enumerate(["initial", "annual", "spent"]):
        c.eq("sum_mismatch", tot[i], sum(zero(fr[l][i]) for l in list(fr)[1:]), "funds total " + col)
    for lab, r in fr.items():
        c.rate(r[4], zero(r[2]), zero(r[1]), "execution rate " + lab)
    ind = [dict(name="预算执行率", weight=tot[3], score=tot[5], target="100%", actual=tot[4])]
    names = ["整训人次", "整训批次", "参训率", "整训完成时间", "伙食补助标准", "预备役分队应急动员能力", "整训考核优良率", "参训人员满意度"]
    by = {}
    for nm in names:
        tg, ac, w, sc = c.find(r"\t" + nm + r"\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t")
        r = dict(name=nm, weight=w, score=sc, target=tg, actual=ac)
        ind.append(r)
        by[nm] = r
    wt, total_tab = c.find(r"(?m)^总分\t+(\d+)\t([\d.]+)\t?$")
    total, gword = c.find(r"本项目得分([\d.]+)分，评价等级为\"(.)\"")
    c.indicators(ind, [total_tab, total], weight_total=wt)
    c.grade(total, gword, "grade")
    c.year_is(c.find(r"（(\d{4})年度）"), "table year")
    c.year_is(c.find(r"茶陵县人民武装部(\d{4})年度项目支出绩效自评报告"), "title year")
    cur, carry, add = c.find(r"年初预算安排当年财政拨款(\d+)万元，另有2018年结转的整训经费([\d.]+)万元；8月，.*?县财政追加(\d+)万元")
    c.same(cur, fr["其中：当年财政拨款"][0], "current initial prose/table")
    c.same(carry, fr["上年结转资金"][0], "carry-over prose/table")
    c.eq("sum_mismatch", fr["其中：当年财政拨款"][1], D(fr["其中：当年财政拨款"][0]) + D(add), "current + 追加")
    c.eq("sum_mismatch", tot[1], D(tot[0]) + D(add), "total initial + 追加")
    spent, carry_used, r_exec, r_cur = c.find(r"全年支出([\d.]+)万元（含使用上年结转([\d.]+)万元），预算执行率([\d.]+)%，其中当年财政拨款执行率([\d.]+)%")
    c.same(spent, tot[2], "spent prose/table")
    c.same(carry_used, fr["上年结转资金"][2], "carry-over used")
    c.rate(r_exec, D(spent), D(tot[1]), "execution rate prose")
    c.same(r_exec + "%", tot[4], "rate prose/table")
    c.same(r_cur + "%", fr["其中：当年财政拨款"][4], "current rate prose/table")
    items = c.find(r"伙食补助([\d.]+)万元，误工补贴([\d.]+)万元，训练保障（器材、靶场、弹药运输）([\d.]+)万元，交通运输([\d.]+)万元，教材资料([\d.]+)万元")
    c.eq("sum_mismatch", spent, sum(D(x) for x in items), "breakdown")
    g = c.find(r"伙食补助按每人每天(\d+)(元|万元)标准发放，(\d+)人·天共计(\d+)(元|万元)；误工补贴按每人每天(\d+)(元|万元)发放，共计(\d+)(元|万元)")
    mstd, mstd_u, pdays, myuan, myuan_u, lstd, lstd_u, lyuan, lyuan_u = g
    c.money("sum_mismatch", myuan, myuan_u, to_wan(mstd, mstd_u) * D(pdays), "meal product")
    c.same_money("conflicting_values", myuan, myuan_u, items[0], "万元", "meal 元/万元")
    c.money("sum_mismatch", lyuan, lyuan_u, to_wan(lstd, lstd_u) * D(pdays), "labour product")
    c.same_money("conflicting_values", lyuan, lyuan_u, items[1], "万元", "labour 元/万元")
    c.same(mstd + mstd_u + "/人·天", by["伙食补助标准"]["actual"], "meal std prose/table")
    bal, cy = c.find(r"年末未支出的([\d.]+)万元，经县财政局批准结转至(\d{4})年")
    c.eq("balance_mismatch", bal, D(tot[1]) - D(spent), "balance")
    c.year_after(cy, "carry-forward year")
    b = c.find(r"第一批预备役军官应训(\d+)人、实训(\d+)人，训练(\d+)天；第二批步兵连应训(\d+)人、实训(\d+)人，训练(\d+)天；"
               r"第三批专业技术分队应训(\d+)人、实训(\d+)人，训练(\d+)天。全年应训(\d+)人，实训(\d+)人次，参训率([\d.]+)%；合计(\d+)人·天，人均参训([\d.]+)天")
    a1, r1, d1, a2, r2, d2, a3, r3, d3, due, real, att, pd2, avg = b
    c.eq("sum_mismatch", due, D(a1) + D(a2) + D(a3), "应训")
    c.eq("sum_mismatch", real, D(r1) + D(r2) + D(r3), "实训")
    c.eq("sum_mismatch", pd2, D(r1) * D(d1) + D(r2) * D(d2) + D(r3) * D(d3), "person-days")
    c.same(pd2, pdays, "person-days twice")
    c.rate(att, D(real), D(due), "参训率")
    c.eq("average_mismatch", avg, D(pd2) / D(real), "人均参训天数")
    c.same(real + "人次", by["整训人次"]["actual"], "人次 prose/table")
    c.same(att + "%", by["参训率"]["actual"], "参训率 prose/table")
    good, good_r = c.find(r"优良(\d+)人，优良率([\d.]+)%")
    c.rate(good_r, D(good), D(real), "优良率")
    c.same(good_r + "%", by["整训考核优良率"]["actual"], "优良率 prose/table")
    qn, qs, sat, sat_t = c.find(r"收回有效问卷(\d+)份，满意和基本满意的(\d+)份，参训人员满意度(\d+)%，低于(\d+)%的目标")
    c.rate(sat, D(qs), D(qn), "satisfaction")
    c.same(sat + "%", by["参训人员满意度"]["actual"], "satisfaction prose/table")
    c.same("≥" + sat_t + "%", by["参训人员满意度"]["target"], "satisfaction target")
    c.year_is(c.find(r"(\d{4})年10月25日"), "completion date")
    g = c.find(r"不少于(\d+)人次，参训率不低于(\d+)%，10月31日前完成整训，伙食补助标准不超过每人每天(\d+)元；"
               r"整训考核优良率不低于(\d+)%，参训人员满意度不低于(\d+)%")
    for val, nm in zip(g, ["整训人次", "参训率", "伙食补助标准", "整训考核优良率", "参训人员满意度"]):
        c.same(val, str(parse_val(by[nm]["target"])[3]), "target prose/table " + nm)
    c.same(c.find(r"实训人次低于(\d+)人次的目标"), str(parse_val(by["整训人次"]["target"])[3]), "target restated")
    c.check("conflicting_values", by["整训完成时间"]["actual"].endswith(c.find(r"整训于(10月\d+日)全部结束")), "end date")


# ============================================================================================================
# project 4: Fujian, 尤溪 (department)
# ============================================================================================================
def check_fj(c):
    g = c.find(r"年初预算([\d.]+)万元（基本支出([\d.]+)万元、项目支出([\d.]+)万元），年中县财政追加([\d.]+)万元，"
               r"其中征兵工作经费(\d+)万元、民兵装备器材购置([\d.]+)万元，调整后全年预算([\d.]+)万元")
    ini, ini_b, ini_p, add, add1, add2, annual = g
    c.eq("sum_mismatch", ini, D(ini_b) + D(ini_p), "initial = basic + project")
    c.eq("sum_mismatch", add, D(add1) + D(add2), "追加 parts")
    c.eq("sum_mismatch", annual, D(ini) + D(add), "initial + 追加")
    g = c.find(r"截至(\d{4})年12月31日，全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，包括人员经费([\d.]+)万元、"
               r"公用经费([\d.]+)万元；项目支出([\d.]+)万元。与2023年度部门支出([\d.]+)万元相比增加([\d.]+)万元，增长([\d.]+)%。"
               r"未支出的([\d.]+)万元主要为.*?结转至(\d{4})年使用")
    y, spent, r_exec, basic, staff, office, proj, last, inc, inc_r, bal, cy = g
    c.year_is(y, "截至 year")
    c.rate(r_exec, D(spent), D(annual), "execution rate prose")
    c.eq("sum_mismatch", spent, D(basic) + D(proj), "basic + project")
    c.eq("sum_mismatch", basic, D(staff) + D(office), "staff + office")
    c.eq("sum_mismatch", inc, D(spent) - D(last), "increase vs 2023")
    c.rate(inc_r, D(inc), D(last), "growth rate")
    c.eq("balance_mismatch", bal, D(annual) - D(spent), "unspent")
    c.year_after(cy, "carry-forward year")
    s3, car, rec, b3, less = c.find(r"“三公”经费支出([\d.]+)万元，其中公务用车运行维护费([\d.]+)万元、公务接待费([\d.]+)万元，"
                                     r"无因公出国（境）费用，比年初预算([\d.]+)万元减少([\d.]+)万元")
    c.eq("sum_mismatch", s3, D(car) + D(rec), "三公 parts")
    c.eq("sum_mismatch", less, D(b3) - D(s3), "三公 decrease")
    st, mil, civ = c.find(r"在编人员(\d+)人，其中现役军人(\d+)人、地方编制人员(\d+)人")
    c.eq("sum_mismatch", st, D(mil) + D(civ), "staff count")
    t1 = {}
    for lab in ["基本支出", "项目支出", "合计"]:
        t1[lab] = c.find(r"(?m)^" + lab + r"\t([\d.]+)\t([\d.]+)\t([^\t\n]+)$")
        c.rate(t1[lab][2], D(t1[lab][1]), D(t1[lab][0]), "table rate " + lab)
    for i, col in enumerate(["budget", "spent"]):
        c.eq("sum_mismatch", t1["合计"][i], D(t1["基本支出"][i]) + D(t1["项目支出"][i]), "table sum " + col)
    c.same(t1["合计"][0], annual, "annual prose/table")
    c.same(t1["合计"][1], spent, "spent prose/table")
    c.same(t1["合计"][2], r_exec + "%", "rate prose/table")
    c.same(t1["基本支出"][1], basic, "basic prose/table")
    c.same(t1["项目支出"][1], proj, "project prose/table")
    c.same(t1["基本支出"][0], ini_b, "basic budget unchanged")
    c.eq("sum_mismatch", t1["项目支出"][0], D(ini_p) + D(add), "project budget = initial + 追加")
    pb = c.find(r"预算分别为(\d+)万元、(\d+)万元、(\d+)万元和(\d+)万元")
    projs = ["民兵应急分队训练经费", "民兵武器装备维护及器材购置", "征兵工作经费", "国防教育经费"]
    pr = {}
    for i, nm in enumerate(projs):
        pr[nm] = c.find(r"(?m)^" + nm + r"\t([\d.]+)\t([\d.]+)\t([^\t]+)\t(\d+)$")
        c.rate(pr[nm][2], D(pr[nm][1]), D(pr[nm][0]), "project rate " + nm)
        c.same(pb[i], pr[nm][0], "project budget prose/table " + nm)
    c.eq("sum_mismatch", t1["项目支出"][0], sum(D(pr[n][0]) for n in projs), "projects budget sum")
    c.eq("sum_mismatch", t1["项目支出"][1], sum(D(pr[n][1]) for n in projs), "projects spent sum")
    avg = c.find(r"四个项目平均自评得分([\d.]+)分")
    c.eq("average_mismatch", avg, sum(D(pr[n][3]) for n in projs) / 4, "average of project scores")
    unsp = c.find(r"该项目未支出([\d.]+)万元")
    c.eq("balance_mismatch", unsp, D(pr[projs[1]][0]) - D(pr[projs[1]][1]), "equipment unspent")
    hstd, hu, hn, hamt, hamt_u = c.find(r"体检费按每人次(\d+)(元|万元)标准支付，全年上站体检(\d+)人次，计([\d.]+)(元|万元)")
    c.money("sum_mismatch", hamt, hamt_u, to_wan(hstd, hu) * D(hn), "medical exam product")
    g = c.find(r"民兵应急分队训练经费支出([\d.]+)万元，其中伙食补助([\d.]+)万元、误工补贴([\d.]+)万元（每人每天(\d+)(元|万元)）、训练保障及器材([\d.]+)万元")
    tspent, meal, lab, lstd, lstd_u, equip = g
    c.eq("sum_mismatch", tspent, D(meal) + D(lab) + D(equip), "training breakdown")
    c.same(tspent, pr[projs[0]][1], "training spent prose/table")
    b = c.find(r"第一批3月，(\d+)人，训练(\d+)天；第二批5月，(\d+)人，训练(\d+)天；第三批9月，(\d+)人，训练(\d+)天，合计(\d+)人·天。"
               r"三批应训(\d+)人、实训(\d+)人，参训率([\d.]+)%")
    n1, d1, n2, d2, n3, d3, pdays, due, real, att = b
    c.eq("sum_mismatch", pdays, D(n1) * D(d1) + D(n2) * D(d2) + D(n3) * D(d3), "person-days")
    c.eq("sum_mismatch", real, D(n1) + D(n2) + D(n3), "batches")
    c.rate(att, D(real), D(due), "参训率")
    mstd, mstd_u, myuan, myuan_u = c.find(r"伙食补助按每人每天(\d+)(元|万元)发放，共计(\d+)(元|万元)")
    c.money("sum_mismatch", myuan, myuan_u, to_wan(mstd, mstd_u) * D(pdays), "meal product")
    c.same_money("conflicting_values", myuan, myuan_u, meal, "万元", "meal 元/万元")
    c.money("sum_mismatch", lab, "万元", to_wan(lstd, lstd_u) * D(pdays), "labour product")
    rec, col, col_r = c.find(r"共批准入伍新兵(\d+)名，其中大学生(\d+)名，占([\d.]+)%")
    c.rate(col_r, D(col), D(rec), "college share")
    rec2 = c.find(r"(\d+)名新兵中有\d+人入营后")
    c.same(rec2, rec, "recruits twice")
    c.pct_range(c.find(r"满意度为([\d.]+)%"), "satisfaction")
    c.year_is(c.find(r"完成(\d{4})年度兵役登记工作"), "兵役登记 year")
    c.year_is(c.find(r"尤溪县人民武装部(\d{4})年度部门整体支出绩效自评报告"), "title year")
    ind = []
    for lab in ["预算执行率", "产出指标", "效益指标", "满意度指标"]:
        w, s = c.find(r"(?m)^" + lab + r"\t(\d+)\t([\d.]+)$")
        ind.append(dict(name=lab, weight=w, score=s))
    wt, ttot = c.find(r"(?m)^合计\t(\d+)\t([\d.]+)$")
    total, gword = c.find(r"部门整体自评得分([\d.]+)分，等级为“(.)”")
    ws = sum(D(r["weight"]) for r in ind)
    c.check("weight_sum_mismatch", ws == D(wt) == 100, "dept weights")
    ss = sum(D(r["score"]) for r in ind)
    c.eq("score_sum_mismatch", ttot, ss, "dept table total")
    c.eq("score_sum_mismatch", total, ss, "dept prose total")
    for r in ind:
        c.check("score_exceeds_weight", 0 <= D(r["score"]) <= D(r["weight"]), r["name"])
    c.check("score_rule_mismatch", close(ind[0]["score"], D(10) * D(spent) / D(annual)), "execution score")
    c.grade(total, gword, "grade")


# ============================================================================================================
# project 5: Hebei, 滦平
# ============================================================================================================
def check_he(c):
    fr = {}
    for lab in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        fr[lab] = c.find(r"(?m)^" + lab + r" (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$")
    tot = fr["年度资金总额"]
    for i, col in enumerate(["initial", "annual", "spent"]):
        c.eq("sum_mismatch", tot[i], sum(zero(fr[l][i]) for l in list(fr)[1:]), "funds total " + col)
    for lab, r in fr.items():
        c.rate(r[4], zero(r[2]), zero(r[1]), "execution rate " + lab)
    ind = [dict(name="预算执行率", weight=tot[3], score=tot[5], target="100%", actual=tot[4])]
    names = ["整训人次", "整训批次", "考核合格率", "整训完成时间", "伙食补助标准", "遂行应急处突任务", "预备役编组落实率", "参训人员满意度"]
    by = {}
    for nm in names:
        tg, ac, w, sc = c.find(nm + r" (\S+) (\S+) (\d+) (\d+)")
        r = dict(name=nm, weight=w, score=sc, target=tg, actual=ac)
        ind.append(r)
        by[nm] = r
    wt, total_tab, gword = c.find(r"(?m)^总分 (\d+) (\d+) 评价等级：(.)$")
    total = c.find(r"综合自评得分(\d+)分")
    c.indicators(ind, [total_tab, total], weight_total=wt)
    c.grade(total_tab, gword, "grade")
    c.year_is(c.find(r"（(\d{4})年度）"), "table year")
    c.year_is(c.find(r"(?m)^(\d{4})年度预备役人员及基干民兵整训经费绩效自评报告$"), "title year")
    ini, annual, rec, rec_r = c.find(r"年初预算(\d+)万元，全年未追加、未调减，全年预算仍为([\d.]+)万元；县财政于3月和6月分两次拨付，实际到位([\d.]+)万元，到位率(\d+)%")
    c.same(ini, annual, "未追加、未调减: initial = annual")
    c.same(ini, tot[0], "initial prose/table")
    c.same(annual, tot[1], "annual prose/table")
    c.rate(rec_r, D(rec), D(annual), "到位率")
    spent, r_exec, r_tab = c.find(r"全年执行资金([\d.]+)万元，预算执行率([\d.]+)%，自评表中按四舍五入列为(\d+)%")
    c.same(spent, tot[2], "spent prose/table")
    c.rate(r_exec, D(spent), D(annual), "execution rate prose")
    c.same(r_tab + "%", tot[4], "rounded rate prose/table")
    c.check("rate_mismatch", close(r_tab, D(r_exec)), "rounded rate")
    items = c.find(r"伙食补助([\d.]+)万元，误工补贴([\d.]+)万元，训练器材和弹药([\d.]+)万元，被装([\d.]+)万元，运输及场地([\d.]+)万元")
    c.eq("sum_mismatch", spent, sum(D(x) for x in items), "breakdown")
    mstd, mstd_u, lstd, lstd_u = c.find(r"伙食补助按每人每天(\d+)(元|万元)、误工补贴按每人每天(\d+)(元|万元)标准")
    bal, cy = c.find(r"年末未使用资金([\d.]+)万元.*?结转至(\d{4})年继续")
    c.eq("balance_mismatch", bal, D(rec) - D(spent), "balance")
    c.year_after(cy, "carry-forward year")
    r_last, pp = c.find(r"2017年度该项目执行率为([\d.]+)%，本年度下降([\d.]+)个百分点")
    c.eq("rate_mismatch", pp, D(r_last) - D(r_exec), "percentage points vs 2017")
    b = c.find(r"第一批4月组织基干民兵应急分队(\d+)人，训练(\d+)天；第二批8月组织预备役步兵连(\d+)人，训练(\d+)天；第三批12月组织预备役专业技术兵(\d+)人，训练(\d+)天")
    n1, d1, n2, d2, n3, d3 = b
    due, real, att, pdays, myuan, myuan_u, lyuan, lyuan_u = c.find(
        r"全年应训(\d+)人、实训(\d+)人次，参训率([\d.]+)%；累计(\d+)人·天，其中伙食补助(\d+)(元|万元)、误工补贴(\d+)(元|万元)")
    c.eq("sum_mismatch", real, D(n1) + D(n2) + D(n3), "batches")
    c.eq("sum_mismatch", pdays, D(n1) * D(d1) + D(n2) * D(d2) + D(n3) * D(d3), "person-days")
    c.rate(att, D(real), D(due), "参训率")
    c.money("sum_mismatch", myuan, myuan_u, to_wan(mstd, mstd_u) * D(pdays), "meal product")
    c.money("sum_mismatch", lyuan, lyuan_u, to_wan(lstd, lstd_u) * D(pdays), "labour product")
    c.same_money("conflicting_values", myuan, myuan_u, items[0], "万元", "meal 元/万元")
    c.same_money("conflicting_values", lyuan, lyuan_u, items[1], "万元", "labour 元/万元")
    c.same(mstd + mstd_u + "/人·天", by["伙食补助标准"]["actual"], "meal std prose/table")
    c.same(real + "人次", by["整训人次"]["actual"], "人次 prose/table")
    comp = c.find(r"整训人次完成率([\d.]+)%")
    tg = parse_val(by["整训人次"]["target"])
    c.eq("completion_mismatch", comp, D(real) / tg[1] * 100, "整训人次 completion (prose)")
    passed, pr = c.find(r"考核合格(\d+)人，合格率([\d.]+)%")
    c.rate(pr, D(passed), D(real), "pass rate")
    c.same(pr + "%", by["考核合格率"]["actual"], "pass rate prose/table")
    m1, m2, m, mt = c.find(r"森林防火扑救(\d+)次、防汛抢险(\d+)次，共(\d+)次，未达到(\d+)次的目标")
    c.eq("sum_mismatch", m, D(m1) + D(m2), "missions")
    c.same(m + "次", by["遂行应急处突任务"]["actual"], "missions prose/table")
    c.same("≥" + mt + "次", by["遂行应急处突任务"]["target"], "missions target")
    lr = c.find(r"预备役编组落实率(\d+)%，")
    c.same(lr + "%", by["预备役编组落实率"]["actual"], "落实率 prose/table")
    sat = c.find(r"问卷调查满意度(\d+)%")
    c.pct_range(sat, "satisfaction")
    c.same(sat + "%", by["参训人员满意度"]["actual"], "satisfaction prose/table")
    g = c.find(r"年度内分三批完成整训(\d+)人次，考核合格率不低于(\d+)%，12月底前完成整训，伙食补助标准不超过每人每天(\d+)元；"
               r"遂行应急处突任务不少于(\d+)次，预备役编组落实率不低于(\d+)%，参训人员满意度不低于(\d+)%")
    for val, nm in zip(g, ["整训人次", "考核合格率", "伙食补助标准", "遂行应急处突任务", "预备役编组落实率", "参训人员满意度"]):
        c.same(val, str(parse_val(by[nm]["target"])[3]), "target prose/table " + nm)
    days = [D(d1), D(d2), D(d3)]
    lo, hi = c.find(r"每批训练(\d+)至(\d+)天不等")
    c.check("conflicting_values", min(days) == D(lo) and max(days) == D(hi), "range of batch days")


PROJECTS = {
    "sx-pingyao-minbingyingji-2021": (check_sx, 2021),
    "sc-jiange-minbingxunlian-2023": (check_sc, 2023),
    "hn-chaling-yubeiyizhengxun-2019": (check_hn, 2019),
    "fj-youxi-renwubu-bumen-2024": (check_fj, 2024),
    "he-luanping-yubeiyizhengxun-2018": (check_he, 2018),
}


def run_checks(source, text):
    fn, year = PROJECTS[source]
    c = Ctx(text, year)
    fn(c)
    return c.res


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # [p, ea) in a, [p, eb) in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for lab in labels:
        texts[lab["case"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    counts = {code: 0 for code in CODES}
    verbose = "-v" in sys.argv
    for lab in labels:
        case, src, text = lab["case"], lab["source"], texts[lab["case"]]
        if src not in PROJECTS:
            problems.append("%s: unknown source" % case)
            continue
        try:
            res = run_checks(src, text)
        except AnchorError as e:
            problems.append("%s: anchor: %s" % (case, e))
            continue
        failed = {code for code, ok, _ in res if not ok and code not in WARN}
        warned = {code for code, ok, _ in res if not ok and code in WARN}
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % case)
            bad = [(code, d) for code, ok, d in res if not ok]
            for code, d in bad:
                problems.append("%s: clean draft fails %s (%s)" % (case, code, d))
            if verbose:
                print("%-45s %4d checks, all pass" % (case, len(res)))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        e = lab["expected"][0]
        code, value = e["code"], e["value"]
        counts[code] = counts.get(code, 0) + 1
        if e["severity"] != "error" or code not in CODES:
            problems.append("%s: bad code/severity %s/%s" % (case, code, e["severity"]))
        n = text.count(value)
        if n != 1:
            problems.append("%s: label value occurs %d times" % (case, n))
        clean = texts[src + "-clean.txt"]
        p, ea, eb = diff_region(clean, text)
        if eb - p <= 0 and ea - p <= 0:
            problems.append("%s: identical to clean" % case)
        if max(eb, ea) - p > MAX_DIFF:
            problems.append("%s: changed region too long (%d)" % (case, max(eb, ea) - p))
        vpos = text.find(value)
        if not (vpos < max(eb, p + 1) and p < vpos + len(value)):
            problems.append("%s: change [%d,%d) does not overlap value at %d" % (case, p, eb, vpos))
        if failed != {code}:
            det = [(c2, d) for c2, ok, d in res if not ok]
            problems.append("%s: labelled %s, failing error codes %s; %s" % (case, code, sorted(failed), det))
        if verbose:
            print("%-45s %-22s fails=%s warnings=%s diff=%r->%r" % (case, code, sorted(failed), sorted(warned),
                                                                   clean[p:ea], text[p:eb]))
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (code, counts.get(code, 0)))
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print("cases: %d (%d clean, %d with one error); per code: %s" % (
        len(labels), sum(l["clean"] for l in labels), sum(not l["clean"] for l in labels),
        ", ".join("%s=%d" % (k, counts[k]) for k in CODES)))
    print("OK")


if __name__ == "__main__":
    main()
