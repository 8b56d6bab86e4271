#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl has one line per case file; every label value occurs in its case.
2. Each error case differs from its clean draft in one contiguous place that overlaps the label value.
3. The changed figure is stated once in the clean draft (twice for conflicting_values), unless the
   edit carries a note saying why other occurrences are other quantities.
4. Every code of errors.md §A (1-13) is used at least twice.
5. The arithmetic of every draft is redone with decimal.Decimal and the tolerance of rules.md §8:
   every clean draft passes every check; in every error case the labelled code fails and no other
   error-level code fails. Score-rule deviations (rules §5) are warnings and only reported.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list and project ids)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)


# ----------------------------------------------------------------------------- numbers
def _numtxt(s):
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(s))
    if not m:
        raise ValueError("no number in %r" % (s,))
    return m.group(0).replace(",", "")


def dec(s):
    return Decimal(_numtxt(s))


def ndp(s):
    s = _numtxt(s)
    return len(s.split(".", 1)[1]) if "." in s else 0


def agree(stated, computed):
    """rules §8: stated value with d decimals agrees with computed c iff |c - v| <= 0.5*10^-d."""
    return abs(Decimal(computed) - dec(stated)) <= Decimal("0.5") * Decimal(10) ** (-ndp(stated)) + EPS


def same(a, b):
    """Two statements of the same quantity: equal within the precision of the coarser one."""
    d = min(ndp(a), ndp(b))
    return abs(dec(a) - dec(b)) <= Decimal("0.5") * Decimal(10) ** (-d) + EPS


def pct(num, den):
    return Decimal(num) / Decimal(den) * HUNDRED


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    v = dec(total)
    if v >= 90:
        return "优"
    if v >= 80:
        return "良"
    if v >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<": "lte",
         "<=": "lte", "=": "eq"}


def parse_v(s):
    """Target/actual cell -> dict(dir, v, s, unit) or None for dates and qualitative text."""
    s = (s or "").strip().replace(" ", "")
    m = re.fullmatch(r"(>=|<=|≥|≤|＞|＜|>|<|=)?(\d[\d,]*(?:\.\d+)?)(.*)", s)
    if not m:
        return None
    sign, num, unit = m.groups()
    if unit[:1] in ("年", "月", "-"):
        return None  # a date
    return {"dir": SIGNS.get(sign or "=", "eq"), "v": dec(num), "s": num, "unit": unit}


def completion(T, A):
    if T["dir"] == "lte":
        if A["v"] <= T["v"]:
            return HUNDRED
        return T["v"] / A["v"] * HUNDRED
    if T["v"] == 0:  # eq 0 (e.g. 0 accidents)
        return HUNDRED if A["v"] <= 0 else Decimal(0)
    return max(A["v"], Decimal(0)) / T["v"] * HUNDRED


class Parse(Exception):
    pass


# ----------------------------------------------------------------------------- checker
class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []
        self.warns = []

    # extraction ---------------------------------------------------------------
    def g(self, pat, region=None):
        src = self.t if region is None else region
        ms = list(re.finditer(pat, src))
        if len(ms) != 1:
            raise Parse("pattern %r matched %d times" % (pat, len(ms)))
        m = ms[0]
        return m.groups() if len(m.groups()) > 1 else m.group(1)

    def region(self, start, end=None):
        i = self.t.index(start)
        j = self.t.index(end, i) if end else len(self.t)
        return self.t[i:j]

    # recording ------------------------------------------------------------------
    def chk(self, code, cond, msg):
        if not cond:
            self.fails.append((code, msg))

    def warn(self, msg):
        self.warns.append(msg)

    # identities -----------------------------------------------------------------
    def sum_(self, total, parts, what, money=True):
        parts = [p for p in parts if p not in (None, "")]
        s = sum((dec(p) for p in parts), Decimal(0))
        if agree(total, s):
            return
        if money:  # an amount written with the wrong money unit (errors.md #11 b)
            for i, p in enumerate(parts):
                for f in (Decimal(10) ** 4, Decimal(10) ** 8, Decimal(10) ** -4, Decimal(10) ** -8):
                    if dec(p) != 0 and s - dec(p) + dec(p) / f == dec(total):  # exact, rules §7 #11
                        self.fails.append(("unit_mismatch", "%s: part %s off by a power of ten" % (what, p)))
                        return
            for f in (Decimal(10) ** 4, Decimal(10) ** 8, Decimal(10) ** -4, Decimal(10) ** -8):
                if dec(total) != 0 and s == dec(total) / f:
                    self.fails.append(("unit_mismatch", "%s: total %s off by a power of ten" % (what, total)))
                    return
        self.fails.append(("sum_mismatch", "%s: %s != %s = %s" % (what, total, "+".join(parts), s)))

    def rate(self, stated, num, den, what):
        if dec(den) == 0:
            self.chk("implausible_rate", stated in ("—", "-", "", "0", None), "%s: rate %s on a zero base" % (what, stated))
            return
        c = pct(dec(num), dec(den))
        self.chk("rate_mismatch", agree(stated, c), "%s: stated %s, computed %s" % (what, stated, q2(c)))
        self.chk("implausible_rate", dec(stated) <= 100, "%s: rate %s over 100%%" % (what, stated))

    def balance(self, stated, a, b, what):
        self.chk("balance_mismatch", agree(stated, dec(a) - dec(b)),
                 "%s: stated %s, computed %s - %s = %s" % (what, stated, a, b, dec(a) - dec(b)))

    def conflict(self, a, b, what):
        self.chk("conflicting_values", same(a, b), "%s: %s vs %s" % (what, a, b))

    def average(self, stated, items, what):
        m = sum(dec(i) for i in items) / len(items)
        self.chk("average_mismatch", agree(stated, m), "%s: stated %s, mean %s" % (what, stated, m))

    def grade(self, word, total, what):
        self.chk("grade_mismatch", GRADE_WORD.get(word) == grade_of(total),
                 "%s: grade %s for total %s" % (what, word, total))

    def year_eq(self, stated, year, what):
        self.chk("year_mismatch", int(stated) == year, "%s: %s vs evaluation year %d" % (what, stated, year))

    def year_after(self, stated, year, what):
        self.chk("year_mismatch", int(stated) > year, "%s: carried to %s, evaluation year %d" % (what, stated, year))

    def exec_score(self, score, weight, rate_str, what):
        self.chk("score_exceeds_weight", Decimal(0) <= dec(score) <= dec(weight), "%s: score %s > weight %s" % (what, score, weight))
        exp = dec(weight) * min(dec(rate_str) / HUNDRED, Decimal(1))
        if not agree(score, exp):
            self.warn("score_rule %s: %s vs %s" % (what, score, q2(exp)))

    def indicator(self, name, target, actual, comp, weight, score):
        """One indicator row. Returns the parsed actual (or None)."""
        if score not in (None, ""):
            self.chk("score_exceeds_weight", Decimal(0) <= dec(score) <= dec(weight),
                     "%s: score %s vs weight %s" % (name, score, weight))
        T, A = parse_v(target), parse_v(actual)
        if T is None or A is None:
            if T is not None and re.search(r"\d", actual or "") and A is None:
                self.fails.append(("unit_mismatch", "%s: target %s, actual %s" % (name, target, actual)))
            return None
        if T["unit"] != A["unit"]:
            self.fails.append(("unit_mismatch", "%s: target %s, actual %s" % (name, target, actual)))
            return None
        if "满意度" in name and A["unit"] == "%":
            self.chk("implausible_rate", A["v"] <= 100, "%s: satisfaction %s" % (name, actual))
        c = completion(T, A)
        if comp not in (None, "", "—", "-"):
            self.chk("completion_mismatch", agree(comp, c), "%s: completion %s, computed %s" % (name, comp, q2(c)))
        if score not in (None, ""):
            exp = dec(weight) * min(c / HUNDRED, Decimal(1)) if T["dir"] != "lte" else (
                dec(weight) if A["v"] <= T["v"] else dec(weight) * T["v"] / A["v"])
            if not agree(score, exp):
                self.warn("score_rule %s: %s vs %s" % (name, score, q2(exp)))
        return A


def cells_after(line, label, sep=None):
    i = line.index(label) + len(label)
    rest = line[i:]
    return rest.split(sep) if sep else rest.split()


def unique_line(region, label):
    ls = [l for l in region.split("\n") if label in l]
    if len(ls) != 1:
        raise Parse("label %r on %d lines" % (label, len(ls)))
    return ls[0]


# ============================================================================ P1 阆中 2019
def check_p1(t):
    C = Ctx(t)
    Y = 2019
    a = C.g(r"提前下达我市2019年中央补助资金" + NUM + "万元")
    b = C.g(r"追加下达" + NUM + "万元")
    fin = C.g(r"全年财政资金合计" + NUM + "万元")
    unit_b = C.g(r"另以单位资金" + NUM + "万元")
    tot = C.g(r"项目全年预算" + NUM + "万元")
    C.sum_(fin, [a, b], "中央 提前下达 + 追加")
    C.sum_(tot, [fin, unit_b], "财政资金 + 单位资金")
    recv, recv_rate = C.g(r"财政资金" + NUM + r"万元已全部拨付到位，到位率" + NUM + "%")
    C.conflict(recv, fin, "到位财政资金 vs 财政资金")
    C.rate(recv_rate, recv, fin, "到位率")
    spent = C.g(r"项目共支出" + NUM + "万元")
    exe_rate = C.g(r"预算执\s*行率" + NUM + "%")
    C.rate(exe_rate, spent, tot, "预算执行率 (text)")
    fin_spent, fin_rate = C.g(r"其中财政资金支出" + NUM + r"万元，支出率" + NUM + "%")
    C.rate(fin_rate, fin_spent, fin, "财政资金支出率")
    seal_m, seal_n, seal_p = C.g(r"窝沟封闭补助" + NUM + r"万元（" + NUM + r"颗，按" + NUM + "元/颗")
    fl_m, fl_n, fl_p = C.g(r"局部涂氟" + NUM + r"万元（" + NUM + r"人次，按" + NUM + "元/人次")
    train = C.g(r"人员培训" + NUM + "万元")
    qc = C.g(r"耗材" + NUM + "万元")
    C.sum_(fin_spent, [seal_m, fl_m, train, qc], "财政资金支出明细")
    C.sum_(seal_m, [str(dec(seal_n) * dec(seal_p) / 10000)], "封闭补助 = 颗数 × 单价", money=False)
    C.sum_(fl_m, [str(dec(fl_n) * dec(fl_p) / 10000)], "涂氟补助 = 人次 × 单价", money=False)
    unit_spent = C.g(r"单位资金" + NUM + "万元全部用于")
    C.conflict(unit_spent, unit_b, "单位资金 spent = budget (全部用于)")
    C.sum_(spent, [fin_spent, unit_spent], "共支出 = 财政 + 单位")
    unspent = C.g(r"财政资金未支出" + NUM + "万元")
    C.balance(unspent, fin, fin_spent, "财政资金未支出")
    C.year_after(C.g(r"结转至(\d{4})年"), Y, "结转")
    C.year_eq(C.g(r"截至(\d{4})年12月31日"), Y, "截至")
    C.year_eq(C.g(r"(\d{4})年度阆中市"), Y, "title")
    C.year_eq(C.g(r"（(\d{4})年度）"), Y, "table year")
    C.chk("year_mismatch", int(C.g(r"提前下达我市(\d{4})年中央")) == Y, "advance for the evaluation year")
    # outputs in the text
    chk_n, chk_c = C.g(r"全年完成口腔健康检查" + NUM + r"人，完成率" + NUM + "%")
    chk_T = C.g(r"口腔健康检查不少于" + NUM + "人")
    C.chk("completion_mismatch", agree(chk_c, pct(dec(chk_n), dec(chk_T))), "检查完成率 (text)")
    parts = C.g(r"分别检查" + NUM + "人、" + NUM + "人、" + NUM + "人、" + NUM + "人")
    C.sum_(chk_n, list(parts), "4家机构检查人数", money=False)
    C.average(C.g(r"平均每个机构" + NUM + "人"), parts, "平均每个机构")
    C.conflict(C.g(r"未达到" + NUM + "颗的年度目标"), cells_after(unique_line(C.region("一级指标    二级指标"), "窝沟封闭牙数"), "窝沟封闭牙数")[1], "封闭目标 text/table")
    seal, seal_ly, seal_inc = C.g(r"完成窝沟封闭" + NUM + r"颗，比2018年的" + NUM + r"颗增加" + NUM + "颗")
    C.sum_(seal, [seal_ly, seal_inc], "比上年增加", money=False)
    C.conflict(seal, seal_n, "封闭颗数 (funds text vs outputs text)")
    fl = C.g(r"完成局部涂氟" + NUM + "人次")
    C.conflict(fl, fl_n, "涂氟人次 (funds text vs outputs text)")
    smp, ok_n, ok_r = C.g(r"抽查" + NUM + r"颗，完好" + NUM + r"颗，完好率" + NUM + "%")
    C.rate(ok_r, ok_n, smp, "完好率")
    know = C.g(r"知晓率为" + NUM + "%")
    caries = C.g(r"患龋率为" + NUM + "%")
    sat = C.g(r"家长满意度" + NUM + "%")
    C.chk("implausible_rate", dec(sat) <= 100, "家长满意度")
    # table: funds
    reg = C.region("项目资金（万元）", "年度总体目标")
    rows = {}
    for lab in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        rows[lab] = cells_after(unique_line(reg, lab), lab)
    tt = rows["年度资金总额"]
    for k in range(3):
        C.sum_(tt[k], [rows[l][k] for l in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")],
               "funds table column %d" % k)
    C.rate(tt[4].rstrip("%"), tt[2], tt[1], "funds table 执行率")
    C.exec_score(tt[5], tt[3], tt[4].rstrip("%"), "预算执行")
    C.conflict(tt[1], tot, "全年预算 table/text")
    C.conflict(tt[2], spent, "全年执行 table/text")
    C.conflict(tt[4].rstrip("%"), exe_rate, "执行率 table/text")
    C.conflict(rows["其中：财政资金"][0], a, "财政资金 年初 table/text")
    C.conflict(rows["其中：财政资金"][1], fin, "财政资金 全年 table/text")
    C.conflict(rows["其中：财政资金"][2], fin_spent, "财政资金 执行 table/text")
    C.conflict(rows["单位资金"][1], unit_b, "单位资金 table/text")
    # table: indicators
    ireg = C.region("一级指标    二级指标")
    weights = [tt[3]]
    scores = [tt[5]]
    acts = {}
    for lab in ("口腔健康检查人数", "窝沟封闭牙数", "局部涂氟人次", "封闭3个月完好率", "服务完成时间",
                "窝沟封闭补助标准", "口腔健康知识知晓率", "已封闭牙齿患龋率", "家长满意度"):
        c = cells_after(unique_line(ireg, lab), lab)
        if len(c) != 7:
            raise Parse("row %s has %d cells" % (lab, len(c)))
        if c[2] == "—":  # date row: sign, target, unit, actual, completion, weight, score
            target, actual = c[0] + c[1], c[3]
        else:
            target, actual = c[0] + c[1] + c[2], c[3] + c[2]
        A = C.indicator(lab, target, actual, c[4], c[5], c[6])
        acts[lab] = c[3]
        weights.append(c[5])
        scores.append(c[6])
    tw, ts = cells_after(unique_line(ireg, "总分"), "总分")
    C.chk("weight_sum_mismatch", dec(tw) == 100 and sum(map(dec, weights)) == dec(tw),
          "weights %s vs %s" % (sum(map(dec, weights)), tw))
    C.chk("score_sum_mismatch", agree(ts, sum(map(dec, scores))), "scores %s vs %s" % (sum(map(dec, scores)), ts))
    total_txt = C.g(r"本项目得分" + NUM + "分")
    C.conflict(total_txt, ts, "总分 text/table")
    C.grade(C.g(r"评价等级为“(\S+?)”"), total_txt, "grade")
    C.conflict(chk_n, acts["口腔健康检查人数"], "检查人数 text/table")
    C.conflict(chk_c, cells_after(unique_line(ireg, "口腔健康检查人数"), "口腔健康检查人数")[4], "检查完成率 text/table")
    C.conflict(seal, acts["窝沟封闭牙数"], "封闭颗数 text/table")
    C.conflict(fl, acts["局部涂氟人次"], "涂氟 text/table")
    C.conflict(ok_r, acts["封闭3个月完好率"], "完好率 text/table")
    C.conflict(know, acts["口腔健康知识知晓率"], "知晓率 text/table")
    C.conflict(caries, acts["已封闭牙齿患龋率"], "患龋率 text/table")
    C.conflict(sat, acts["家长满意度"], "满意度 text/table")
    goal = C.g(r"(完成检查\d+人、封闭\d+颗、涂氟\d+人次，知晓率[\d.]+%)")
    g1, g2, g3, g4 = re.search(r"完成检查(\d+)人、封闭(\d+)颗、涂氟(\d+)人次，知晓率([\d.]+)%", goal).groups()
    for x, y, w in ((g1, chk_n, "goal 检查"), (g2, seal, "goal 封闭"), (g3, fl, "goal 涂氟"), (g4, know, "goal 知晓率")):
        C.conflict(x, y, w)
    for lab, pat in (("窝沟封闭牙数", r"窝沟封闭不少于" + NUM + "颗"), ("局部涂氟人次", r"局部涂氟不少于" + NUM + "人次"),
                     ("封闭3个月完好率", r"完好率不低于" + NUM + "%"), ("口腔健康知识知晓率", r"知晓率达到" + NUM + "%"),
                     ("家长满意度", r"家长满意度不低于" + NUM + "%")):
        C.conflict(C.g(pat), cells_after(unique_line(ireg, lab), lab)[1], "target %s text/table" % lab)
    return C


# ============================================================================ P2 沁水 2021
def cell_rows(region):
    rows = []
    for blk in region.split("\n\n"):
        lines = [l for l in blk.split("\n")]
        cells = [l[1:] if l.startswith("\t") else l for l in lines]
        if any(c.strip() for c in cells):
            rows.append([c.strip() for c in cells])
    return rows


def check_p2(t):
    C = Ctx(t)
    Y = 2021
    C.year_eq(C.g(r"项目名称：(\d{4})年"), Y, "title")
    C.year_eq(C.g(r"(\d{4})年项目全年预算"), Y, "funds text")
    C.chk("year_mismatch", C.g(r"于(\d{4})年12月提前下达") == str(Y - 1), "advance issued the December before")
    # funds table
    freg = C.region("\t项目\n\t行次", "说明：")
    rows = {r[0]: r for r in cell_rows(freg)}
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]
    for n in need:
        if n not in rows or len(rows[n]) != 10:
            raise Parse("funds row %s" % n)
    V = {n: rows[n][2:10] for n in need}  # 总, 小计, 中央, 省, 市, 县, 结转, 其他
    z = lambda x: x if x else "0"  # noqa: E731
    for n in need[:4]:
        v = V[n]
        C.sum_(z(v[1]), [z(x) for x in v[2:6]], "%s 小计" % n)
        C.sum_(z(v[0]), [z(v[1]), z(v[6]), z(v[7])], "%s 总额" % n)
    for k in range(8):
        if V["资金结余"][k]:
            C.balance(V["资金结余"][k], z(V["实际到位资金"][k]), z(V["全年执行资金"][k]), "(5) col %d" % k)
        for rn, num in (("预算到位率", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            base = z(V["全年预算资金"][k])
            st = V[rn][k]
            if dec(base) == 0:
                C.chk("implausible_rate", st in ("", "0", "—"), "%s col %d on zero base" % (rn, k))
            else:
                C.rate(st, z(V[num][k]), base, "%s col %d" % (rn, k))
    bud, spent, rate_t = C.g(r"全年预算" + NUM + r"万元，全年执行" + NUM + r"万元，预算执行率" + NUM + "%")
    C.conflict(bud, V["全年预算资金"][0], "全年预算 text/table")
    C.conflict(spent, V["全年执行资金"][0], "执行 text/table")
    C.rate(rate_t, spent, bud, "执行率 text")
    C.balance(C.g(r"尚有" + NUM + "万元补助未能"), V["实际到位资金"][3], V["全年执行资金"][3], "省级未结算")
    # indicator table
    ireg = C.region("\t一级指标\n")
    irows = cell_rows(ireg)
    body = [r for r in irows[1:] if r[0] != "合计"]
    tot = [r for r in irows if r[0] == "合计"][0]
    weights, scores, act = [], [], {}
    groups = Counter()
    cur = None
    for r in body:
        if len(r) != 9:
            raise Parse("indicator row %r" % r)
        l1, l2, name, w, T, A, comp, s, _ = r
        cur = l1 or cur
        if name == "预算执行率":
            C.exec_score(s, w, A.rstrip("%"), "预算执行")
            C.chk("completion_mismatch", agree(comp, pct(dec(A), dec(T))), "执行率 completion")
            C.conflict(A, V["预算执行率(%)"][0], "执行率 附件1/funds table")
        else:
            C.indicator(name, T, A, comp, w, s)
        act[name] = A
        weights.append(w)
        scores.append(s)
        groups[cur] += dec(s)
    tw, ts = tot[3], tot[7]
    C.chk("weight_sum_mismatch", dec(tw) == 100 and sum(map(dec, weights)) == dec(tw),
          "weights %s vs %s" % (sum(map(dec, weights)), tw))
    C.chk("score_sum_mismatch", agree(ts, sum(map(dec, scores))), "scores %s vs %s" % (sum(map(dec, scores)), ts))
    total = C.g(r"自评总得分" + NUM + "分")
    C.conflict(total, ts, "总得分 text/table")
    C.grade(C.g(r"属于“(\S+?)”"), total, "grade")
    lv = C.g(r"预算执行率指标得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM + "分")
    for st, key in zip(lv, ("预算执行指标", "产出指标", "效益指标", "满意度指标")):
        C.chk("score_sum_mismatch", agree(st, groups[key]), "level %s: %s vs %s" % (key, st, groups[key]))
    C.chk("score_sum_mismatch", agree(total, sum(map(dec, lv))), "level scores vs total")
    # text vs table
    kids, teeth = C.g(r"全年为" + NUM + r"名儿童完成窝沟封闭" + NUM + "颗")
    for txt, name in ((kids, "窝沟封闭儿童人数"), (teeth, "窝沟封闭牙数")):
        A = parse_v(act[name])
        if A and A["unit"] in ("人", "颗"):
            C.conflict(txt, A["s"], "%s text/table" % name)
    chk_n, short = C.g(r"口腔健康检查完成" + NUM + r"人，比目标少" + NUM + "人")
    chk_T = C.g(r"口腔健康检查" + NUM + "人，半年")
    C.sum_(chk_T, [chk_n, short], "检查 目标 = 完成 + 差额", money=False)
    C.conflict(chk_n, parse_v(act["口腔健康检查人数"])["s"], "检查人数 text/table")
    smp, ok_n, ok_r = C.g(r"封闭的" + NUM + r"颗牙进行复查，完好" + NUM + r"颗，完好率" + NUM + "%")
    C.rate(ok_r, ok_n, smp, "完好率")
    C.conflict(ok_r, act["窝沟封闭半年完好率"], "完好率 text/table")
    C.conflict(C.g(r"单颗牙封闭成本" + NUM + "元"), act["单颗牙封闭成本"], "单颗成本 text/table")
    C.conflict(C.g(r"知识知晓率" + NUM + "%"), act["学生口腔保健知识知晓率"], "知晓率 text/table")
    sent, back, back_r, sat_n, sat = C.g(r"发放问卷" + NUM + r"份，回收" + NUM + r"份（回收率" + NUM + r"%），表示满意的" + NUM + r"份，满意度" + NUM + "%")
    C.rate(back_r, back, sent, "回收率")
    C.rate(sat, sat_n, back, "满意度")
    C.conflict(sat, act["学生及家长满意度"], "满意度 text/table")
    goals = C.g(r"2021年为" + NUM + r"名以上儿童实施窝沟封闭，封闭牙数不少于" + NUM + r"颗，口腔健康检查" + NUM + r"人，半年复查完好率" + NUM + r"%以上，学生及家长满意度" + NUM + "%以上")
    tg = {r[2]: r[4] for r in body}
    for st, name in zip(goals, ("窝沟封闭儿童人数", "窝沟封闭牙数", "口腔健康检查人数", "窝沟封闭半年完好率", "学生及家长满意度")):
        C.conflict(st, parse_v(tg[name])["s"], "target %s text/table" % name)
    return C


# ============================================================================ P3 五峰 2022
def check_p3(t):
    C = Ctx(t)
    Y = 2022
    C.year_eq(C.g(r"卫生健康局(\d{4})年度儿童口腔"), Y, "title")
    C.year_eq(C.g(r"截至(\d{4})年12月31日"), Y, "截至")
    C.year_eq(C.g(r"(\d{4})年度项目支出绩效自评表"), Y, "table title")
    C.chk("year_mismatch", C.g(r"（(\d{4})年12月提前下达") == str(Y - 1), "advance issued the December before")
    tot, cen, cty = C.g(r"项目全年预算" + NUM + r"万元，其中中央补助资金" + NUM + r"万元（[^）]*）、县级配套资金" + NUM + "万元")
    C.sum_(tot, [cen, cty], "全年预算 = 中央 + 县级")
    C.chk("rate_mismatch", C.g(r"到位率" + NUM + "%") == "100", "到位率: 资金已全部到位")
    spent, rate_t = C.g(r"实际支出" + NUM + r"万元，执行率" + NUM + "%")
    C.rate(rate_t, spent, tot, "执行率 text")
    C.balance(C.g(r"结余" + NUM + "万元"), tot, spent, "结余")
    seal_p = C.g(r"窝沟封闭按每颗牙" + NUM + "元")
    know_now, know_ly, pp = C.g(r"知晓率" + NUM + r"%，比2021年的" + NUM + r"%提高" + NUM + "个百分点")
    C.sum_(know_now, [know_ly, pp], "知晓率 增幅", money=False)
    teach = C.g(r"教师满意度为" + NUM + "%")
    C.chk("implausible_rate", dec(teach) <= 100, "教师满意度 %s" % teach)
    parent = C.g(r"家长满意度为" + NUM + "%")
    C.chk("implausible_rate", dec(parent) <= 100, "家长满意度 %s" % parent)
    chk_n = C.g(r"全年检查儿童" + NUM + "人")
    schools = C.g(r"在" + NUM + "所学校和幼儿园开展宣教")
    seal = C.g(r"全年封闭" + NUM + "颗")
    strip = C.g(r"剥脱率" + NUM + "%")
    archive = C.g(r"建档率" + NUM + "%")
    fl = C.g(r"全年涂氟" + NUM + "人次")
    kg = C.g(r"全县" + NUM + "个乡镇中心幼儿园")
    # table
    reg = C.region("附件：", "【打印本页】")
    lines = reg.split("\n")
    frow = cells_after(unique_line(reg, "年度资金总额"), "年度资金总额", "\t")[1:]
    sub = {}
    for lab in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        sub[lab] = cells_after(unique_line(reg, lab), lab, "\t")[1:]
    for k in range(3):
        C.sum_(frow[k], [sub[l][k] for l in sub], "funds column %d" % k)
    for lab in sub:
        if dec(sub[lab][1]) == 0:
            C.chk("implausible_rate", sub[lab][4] in ("—", "-", ""), "%s rate on zero base" % lab)
    C.rate(frow[4].rstrip("%"), frow[2], frow[1], "funds table 执行率")
    C.exec_score(frow[5], frow[3], frow[4].rstrip("%"), "预算执行 (20分, Hubei)")
    C.conflict(frow[1], tot, "全年预算 table/text")
    C.conflict(frow[2], spent, "执行 table/text")
    C.conflict(frow[4].rstrip("%"), rate_t, "执行率 table/text")
    C.conflict(frow[0], tot, "年初预算 (中央提前下达 + 县级列入年初预算) table/text")
    hdr = [i for i, l in enumerate(lines) if l.startswith("年度目标\t一级指标")][0]
    blocks = []
    weights, scores, act, tgt = [frow[3]], [frow[5]], {}, {}
    for l in lines[hdr + 1:]:
        c = l.split("\t")
        if c[0] == "总分":
            nums = [x for x in c[1:] if x.strip()]
            tw, ts = nums
            break
        if c[0]:
            blocks.append([dec(C.g(r"（" + NUM + "分）", c[0])), Decimal(0), Decimal(0)])
        if len(c) != 10:
            raise Parse("row %r" % c)
        _, l1, l2, name, T, A, comp, w, s, _r = c
        C.indicator(name, T, A, comp, w, s)
        act[name], tgt[name] = A, T
        weights.append(w)
        scores.append(s)
        blocks[-1][1] += dec(w)
        blocks[-1][2] += dec(s)
    for i, (bw, sw, ss) in enumerate(blocks):
        C.chk("weight_sum_mismatch", bw == sw, "goal block %d: %s vs rows %s" % (i + 1, bw, sw))
    C.chk("weight_sum_mismatch", dec(tw) == 100 and sum(map(dec, weights)) == dec(tw),
          "weights %s vs %s" % (sum(map(dec, weights)), tw))
    C.chk("score_sum_mismatch", agree(ts, sum(map(dec, scores))), "scores %s vs %s" % (sum(map(dec, scores)), ts))
    es, gs, total = C.g(r"预算执行得" + NUM + r"分，3个年度目标共得" + NUM + r"分，自评得分" + NUM + "分")
    C.conflict(es, frow[5], "执行得分 text/table")
    C.chk("score_sum_mismatch", agree(gs, sum(b[2] for b in blocks)), "goal blocks %s vs %s" % (sum(b[2] for b in blocks), gs))
    C.chk("score_sum_mismatch", agree(total, dec(es) + dec(gs)), "text total = 执行 + 目标")
    C.conflict(total, ts, "总分 text/table")
    C.chk("weight_sum_mismatch", dec(C.g(r"预算执行率分值" + NUM + "分")) == dec(frow[3]), "执行分值 text/table")
    C.chk("weight_sum_mismatch", dec(C.g(r"3个年度目标共" + NUM + "分，")) == sum(b[0] for b in blocks), "目标分值 text/table")
    C.grade(C.g(r"等级为(\S)。"), total, "grade")
    pv = lambda name: parse_v(act[name])["s"]  # noqa: E731
    C.conflict(chk_n, pv("口腔健康检查人数"), "检查 text/table")
    C.conflict(schools, pv("宣教覆盖学校数"), "学校 text/table")
    C.conflict(know_now, pv("儿童口腔健康知识知晓率"), "知晓率 text/table")
    C.conflict(parent, pv("家长满意度"), "家长满意度 text/table")
    C.conflict(seal, pv("窝沟封闭牙数"), "封闭 text/table")
    C.conflict(strip, pv("封闭剥脱率"), "剥脱率 text/table")
    C.conflict(archive, pv("儿童口腔健康档案建档率"), "建档率 text/table")
    C.conflict(fl, pv("局部涂氟人次"), "涂氟 text/table")
    C.conflict(seal_p, pv("每颗牙补助标准"), "补助标准 text/table")
    C.conflict(kg, C.g(NUM + r"个乡镇中心幼儿园全部覆盖\t"), "幼儿园 text/table")
    C.conflict(C.g(r"未完成" + NUM + "颗的年度目标"), parse_v(tgt["窝沟封闭牙数"])["s"], "封闭目标 text/table")
    C.chk("conflicting_values", abs(dec(C.g(r"近" + NUM + "名适龄儿童")) - dec(chk_n)) <= 100, "近3000名 ~ 检查人数")
    g = C.g(r"完成检查" + NUM + r"人、封闭" + NUM + r"颗、涂氟" + NUM + r"人次，封闭和涂氟略低于目标，知晓率" + NUM + "%")
    for x, y in zip(g, (chk_n, seal, fl, know_now)):
        C.conflict(x, y, "年度总体目标 row")
    goals = C.g(r"口腔检查不少于" + NUM + r"人、窝沟封闭不少于" + NUM + r"颗、局部涂氟不少于" + NUM + r"人次，儿童口腔健康知识知晓率达到" + NUM + "%")
    for st, name in zip(goals, ("口腔健康检查人数", "窝沟封闭牙数", "局部涂氟人次", "儿童口腔健康知识知晓率")):
        C.conflict(st, parse_v(tgt[name])["s"], "target %s" % name)
    return C


# ============================================================================ P4 长汀 2023
def pipe_rows(region):
    return [l.split("｜") for l in region.split("\n") if "｜" in l]


def check_p4(t):
    C = Ctx(t)
    Y = 2023
    C.year_eq(C.g(r"保健院(\d{4})年度部门整体"), Y, "title")
    C.year_eq(C.g(r"截至(\d{4})年12月31日"), Y, "截至")
    C.year_eq(C.g(r"收支数据为(\d{4})年度决算数"), Y, "决算年度")
    inc, fa, biz, oth, inc_ly, growth = C.g(
        r"收入合计" + NUM + r"万元，其中财政拨款收入" + NUM + r"万元、事业收入" + NUM + r"万元、其他收入" + NUM +
        r"万元，比2022年的" + NUM + r"万元增长" + NUM + "%")
    C.sum_(inc, [fa, biz, oth], "收入合计")
    C.rate(growth, dec(inc) - dec(inc_ly), inc_ly, "收入增长率")
    exp, basic, proj, cf = C.g(r"支出合计" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元，年末结转和结余" + NUM + "万元")
    C.sum_(exp, [basic, proj], "支出合计")
    C.balance(cf, inc, exp, "年末结转和结余")
    fb, fs, fr = C.g(r"财政拨款全年预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%")
    C.rate(fr, fs, fb, "财政拨款执行率")
    init, add = C.g(r"财政拨款年初预算" + NUM + r"万元，年中追加" + NUM + "万元")
    C.sum_(fb, [init, add], "财政拨款 年初 + 追加")
    C.conflict(fb, fa, "财政拨款收入 = 财政拨款全年预算")
    # project table
    preg = C.region("项目名称｜全年预算数", "说明：")
    prow = pipe_rows(preg)[1:]
    body = [r for r in prow if r[0] != "合计"]
    tot = [r for r in prow if r[0] == "合计"][0]
    scored = []
    for r in body:
        name, b, e, rt, sc = r
        if dec(b) == 0:
            C.chk("implausible_rate", rt in ("—", "-", ""), "%s: rate %s on a zero budget" % (name, rt))
        else:
            C.rate(rt.rstrip("%"), e, b, name)
        if sc not in ("—", "-", ""):
            scored.append(sc)
            C.chk("score_exceeds_weight", Decimal(0) <= dec(sc) <= 100, "%s score" % name)
    C.sum_(tot[1], [r[1] for r in body], "项目预算合计")
    C.sum_(tot[2], [r[2] for r in body], "项目执行合计")
    C.rate(tot[3].rstrip("%"), tot[2], tot[1], "项目合计执行率")
    C.conflict(proj, tot[2], "项目支出 text/table")
    C.average(C.g(r"平均自评得分" + NUM + "分"), scored, "项目平均自评得分")
    C.chk("average_mismatch", int(C.g(r"纳入评分的(\d+)个项目")) == len(scored), "number of scored projects")
    # output table
    oreg = C.region("指标名称｜年度目标值", "局部涂氟超出计划")
    orows = pipe_rows(oreg)[1:]
    act = {}
    for name, T, A, comp in orows:
        C.indicator(name, T, A, comp, "100", None)
        act[name] = (T, A)
    goals = C.g(r"孕产妇系统管理率和7岁以下儿童健康管理率均达到" + NUM + r"%以上；儿童口腔健康检查不少于" + NUM +
                r"人、窝沟封闭不少于" + NUM + r"颗、局部涂氟不少于" + NUM + r"人次；服务对象满意度达到" + NUM +
                r"%以上；财政拨款预算执行率不低于" + NUM + "%")
    for st, name in zip(goals[:4], ("孕产妇系统管理率", "儿童口腔健康检查人数", "窝沟封闭牙数", "局部涂氟人次")):
        C.conflict(st, parse_v(act[name][0])["s"], "target %s" % name)
    C.conflict(goals[0], parse_v(act["7岁以下儿童健康管理率"][0])["s"], "target 儿童健康管理率")
    sat = C.g(r"综合满意度" + NUM + "%")
    C.chk("implausible_rate", dec(sat) <= 100, "满意度 %s" % sat)
    C.conflict(C.g(r"高于" + NUM + "%的年度目标"), goals[4], "满意度目标")
    pb, pa, save = C.g(r"政府采购预算" + NUM + r"万元，实际采购" + NUM + r"万元，节约" + NUM + "万元")
    C.balance(save, pb, pa, "采购节约")
    s3, s3ly, s3d = C.g(r"“三公”经费支出" + NUM + r"万元，比2022年的" + NUM + r"万元下降" + NUM + "%")
    C.rate(s3d, dec(s3ly) - dec(s3), s3ly, "三公经费降幅")
    # department score (text only)
    sreg = C.region("四、自评结论", "五、存在的问题")
    pairs = re.findall(r"(预算执行|部门管理|履职产出|履职效益|服务对象满意度)（" + NUM + r"分）[^；。]*?得" + NUM + "分", sreg)
    if len(pairs) != 5:
        raise Parse("score pairs %r" % pairs)
    for name, w, s in pairs:
        C.chk("score_exceeds_weight", Decimal(0) <= dec(s) <= dec(w), "%s: %s > %s" % (name, s, w))
        if name == "预算执行":
            C.exec_score(s, w, fr, "预算执行")
    C.chk("weight_sum_mismatch", sum(dec(w) for _, w, _ in pairs) == 100, "weights %s" % sum(dec(w) for _, w, _ in pairs))
    total = C.g(r"综合自评得分" + NUM + "分")
    C.chk("score_sum_mismatch", agree(total, sum(dec(s) for _, _, s in pairs)), "scores %s vs %s" % (sum(dec(s) for _, _, s in pairs), total))
    C.grade(C.g(r"评价等级为“(\S+?)”"), total, "grade")
    return C


# ============================================================================ P5 通渭 2024
def check_p5(t):
    C = Ctx(t)
    Y = 2024
    C.year_eq(C.g(r"(\d{4})年度儿童口腔疾病综合干预项目支出绩效自评报告"), Y, "title")
    C.year_eq(C.g(r"（(\d{4})年度）"), Y, "table year")
    C.year_eq(C.g(r"截至(\d{4})年12月31日"), Y, "截至")
    C.year_eq(C.g(r"资金数据与(\d{4})年度部门决算"), Y, "决算")
    C.chk("year_mismatch", C.g(r"(\d{4})年12月，省财政厅提前下达") == str(Y - 1), "advance the December before")
    C.year_eq(C.g(r"提前下达(\d{4})年中央补助资金"), Y, "advance for the evaluation year")
    C.year_after(C.g(r"已按规定结转至(\d{4})年"), Y, "结余结转")
    C.chk("year_mismatch", int(C.g(r"(\d{4})年未支出的")) == Y - 1, "carry-over comes from the year before")
    cen = C.g(r"中央补助资金" + NUM + "万元，列入年初预算")
    cf = C.g(r"年未支出的" + NUM + "万元结转至本年")
    bud = C.g(r"全年预算" + NUM + "万元")
    C.conflict(C.g(r"全年可用资金" + NUM + "万元"), bud, "可用资金 = 全年预算")
    C.sum_(bud, [cen, cf], "全年预算 = 当年 + 结转")
    spent, rate_t = C.g(r"全年支出" + NUM + r"万元，执行率" + NUM + "%")
    C.rate(rate_t, spent, bud, "执行率 text")
    cur, cur_r = C.g(r"当年资金支出" + NUM + r"万元，执行率" + NUM + "%")
    C.rate(cur_r, cur, cen, "当年资金执行率")
    items = C.g(r"包括窝沟封闭补助" + NUM + r"万元、局部涂氟" + NUM + r"万元、口腔检查及宣教" + NUM + "万元")
    C.sum_(cur, list(items), "当年资金支出明细")
    cf_spent = C.g(r"上年结转资金" + NUM + "万元全部用于")
    C.conflict(cf_spent, cf, "结转资金全部用于")
    C.sum_(spent, [cur, cf_spent], "全年支出 = 当年 + 结转")
    C.balance(C.g(r"年末结余" + NUM + "万元"), bud, spent, "年末结余")
    seal, seal_p = C.g(r"窝沟封闭" + NUM + r"颗，按每颗牙" + NUM + "元标准结算")
    C.sum_(items[0], [str(dec(seal) * dec(seal_p) / 10000)], "封闭补助 = 颗数 × 单价", money=False)
    chk_n = C.g(r"全年完成口腔健康检查" + NUM + "人")
    fl = C.g(r"完成局部涂氟" + NUM + "人次")
    keep = C.g(r"保留率为" + NUM + "%")
    know, know_ly, pp = C.g(r"知晓率" + NUM + r"%，比2023年的" + NUM + r"%提高" + NUM + "个百分点")
    C.sum_(know, [know_ly, pp], "知晓率 增幅", money=False)
    caries = C.g(r"12岁儿童龋患率" + NUM + "%，")
    sat = C.g(r"家长满意度" + NUM + "%，")
    C.chk("implausible_rate", dec(sat) <= 100, "满意度")
    # table
    reg = C.region("项目支出绩效自评表")
    F = {}
    for lab in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        F[lab] = cells_after(unique_line(reg, "\t" + lab + "\t"), "\t" + lab, "\t")[1:]
    for k in range(3):
        C.sum_(F["年度资金总额"][k], [F[l][k] for l in ("其中：当年财政拨款", "上年结转资金", "其他资金")], "funds column %d" % k)
    for lab in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        if dec(F[lab][1]) == 0:
            C.chk("implausible_rate", F[lab][4] in ("—", "-", ""), "%s rate on zero base" % lab)
    tt = F["年度资金总额"]
    C.rate(tt[4].rstrip("%"), tt[2], tt[1], "funds table 执行率")
    C.exec_score(tt[5], tt[3], tt[4].rstrip("%"), "预算执行")
    C.conflict(tt[0], cen, "年初预算 table/text")
    C.conflict(tt[1], bud, "全年预算 table/text")
    C.conflict(tt[2], spent, "执行 table/text")
    C.conflict(tt[4].rstrip("%"), rate_t, "执行率 table/text")
    C.conflict(F["其中：当年财政拨款"][2], cur, "当年执行 table/text")
    C.conflict(F["上年结转资金"][1], cf, "结转 table/text")
    lines = reg.split("\n")
    hdr = [i for i, l in enumerate(lines) if l.startswith("绩效指标\t一级指标")][0]
    weights, scores, act, tgt = [tt[3]], [tt[5]], {}, {}
    for l in lines[hdr + 1:]:
        c = l.split("\t")
        if c[0] == "总分":
            tw, ts = [x for x in c[1:] if x.strip()]
            break
        if len(c) != 9:
            raise Parse("row %r" % c)
        _, l1, l2, name, T, A, w, s, _r = c
        C.indicator(name, T, A, None, w, s)
        act[name], tgt[name] = A, T
        weights.append(w)
        scores.append(s)
    C.chk("weight_sum_mismatch", dec(tw) == 100 and sum(map(dec, weights)) == dec(tw),
          "weights %s vs %s" % (sum(map(dec, weights)), tw))
    C.chk("score_sum_mismatch", agree(ts, sum(map(dec, scores))), "scores %s vs %s" % (sum(map(dec, scores)), ts))
    total = C.g(r"综合得分" + NUM + "分")
    C.conflict(total, ts, "总分 text/table")
    C.grade(C.g(r"评价等级\t(\S+)"), ts, "grade (table)")
    pv = lambda name: parse_v(act[name])["s"]  # noqa: E731
    C.conflict(chk_n, pv("口腔健康检查人数"), "检查 text/table")
    C.conflict(seal, pv("窝沟封闭牙数"), "封闭 text/table")
    C.conflict(fl, pv("局部涂氟人次"), "涂氟 text/table")
    C.conflict(keep, pv("窝沟封闭保留率"), "保留率 text/table")
    C.conflict(know, pv("儿童口腔卫生知识知晓率"), "知晓率 text/table")
    C.conflict(caries, pv("12岁儿童龋患率"), "龋患率 text/table")
    C.conflict(sat, pv("家长满意度"), "满意度 text/table")
    C.conflict(seal_p, pv("每颗牙封闭补助标准"), "补助标准 text/table")
    g = C.g(r"检查" + NUM + r"人、封闭" + NUM + r"颗、涂氟" + NUM + "人次")
    for x, y in zip(g, (chk_n, seal, fl)):
        C.conflict(x, y, "年度总体目标 row")
    goals = C.g(r"完成口腔健康检查" + NUM + r"人以上，窝沟封闭" + NUM + r"颗以上，局部涂氟" + NUM + r"人次以上，封闭保留率不低于" + NUM +
                r"%，儿童口腔卫生知识知晓率达到" + NUM + r"%，12岁儿童龋患率控制在" + NUM + r"%以内，家长满意度" + NUM + "%以上")
    for st, name in zip(goals, ("口腔健康检查人数", "窝沟封闭牙数", "局部涂氟人次", "窝沟封闭保留率", "儿童口腔卫生知识知晓率",
                                "12岁儿童龋患率", "家长满意度")):
        C.conflict(st, parse_v(tgt[name])["s"], "target %s" % name)
    C.chk("weight_sum_mismatch", int(C.g(r"年初设定的(\d+)项绩效指标")) == len(weights) - 1, "number of indicators")
    return C


CHECKS = {build.P1: check_p1, build.P2: check_p2, build.P3: check_p3, build.P4: check_p4, build.P5: check_p5}


# ============================================================================ structure
def count_figure(text, fig):
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)%?", fig)
    if not m:
        return text.count(fig)
    want = m.group(1).replace(",", "")
    n = 0
    for tok in re.finditer(r"(?<![\d.])\d[\d,]*(?:\.\d+)?", text):
        if tok.group(0).rstrip(",").replace(",", "") == want:  # the same number as written
            n += 1
    return n


def run_checks(pid, text):
    try:
        C = CHECKS[pid](text)
    except (Parse, ValueError, IndexError, KeyError, ArithmeticError) as exc:
        return [("parse", str(exc))], []
    return C.fails, C.warns


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(os.listdir(os.path.join(HERE, "cases")))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ disagree")
    edits = {("%s-e%d.txt" % (e[0], e[1])): e for e in build.EDITS}
    clean = {}
    for pid in build.PROJECTS:
        with open(os.path.join(HERE, "cases", pid + "-clean.txt"), encoding="utf-8") as fh:
            clean[pid] = fh.read()
    codes = Counter()
    where = Counter()
    for rec in labels:
        with open(os.path.join(HERE, "cases", rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        pid = rec["source"]
        fails, warns = run_checks(pid, text)
        failing = sorted(set(c for c, _ in fails))
        if rec["clean"]:
            if rec["expected"]:
                problems.append("%s: clean case with labels" % rec["case"])
            if fails:
                problems.append("%s: clean draft fails %s" % (rec["case"], fails))
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append("%s: %d characters" % (rec["case"], n))
            print("%-42s clean  len=%d  %s%s" % (rec["case"], n, "checks pass" if not fails else "CHECKS FAIL",
                                                ("  (warnings: %d)" % len(warns)) if warns else ""))
            continue
        if len(rec["expected"]) != 1:
            problems.append("%s: needs exactly one label" % rec["case"])
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        codes[code] += 1
        if lab["severity"] != "error" or code not in CODES:
            problems.append("%s: bad code/severity" % rec["case"])
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append("%s: value not found" % rec["case"])
        elif len(occ) > 1:
            problems.append("%s: value occurs %d times" % (rec["case"], len(occ)))
        base = clean[pid]
        p = 0
        while p < min(len(base), len(text)) and base[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(base), len(text)) - p and base[-1 - s] == text[-1 - s]:
            s += 1
        lo, hi = p, len(text) - s
        if base == text:
            problems.append("%s: identical to clean" % rec["case"])
        if not any(o < max(hi, lo + 1) and lo < o + len(value) for o in occ):
            problems.append("%s: diff [%d,%d) does not overlap the value" % (rec["case"], lo, hi))
        e = edits[rec["case"]]
        where[e[3]] += 1
        fig = e[7]
        n = count_figure(base, fig)
        want = 2 if code == "conflicting_values" else 1
        if code == "conflicting_values":
            ok = n >= 2
        else:
            ok = n == want
        if not ok and len(e) < 10:
            problems.append("%s: figure %r occurs %d times in the clean draft" % (rec["case"], fig, n))
        if failing != [code]:
            problems.append("%s: labelled %s, checks fail %s: %s" % (rec["case"], code, failing, fails))
        print("%-42s %-21s %-5s fails=%s  diff=[%d,%d)" % (rec["case"], code, e[3], ",".join(failing), lo, hi))
    for c in CODES:
        if codes[c] < 2:
            problems.append("code %s used %d times" % (c, codes[c]))
    print("per code:", dict(sorted(codes.items())))
    print("where:", dict(where))
    if problems:
        print("\nPROBLEMS:")
        for pr in problems:
            print(" -", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
