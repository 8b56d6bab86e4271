#!/usr/bin/env python3
"""Re-read the figures of every case from its text and redo the arithmetic (stdlib + decimal only).

Clean drafts must break no identity; each error case must break exactly the identity of its label
(and no other code), differ from its clean draft by one contiguous edit of at most 40 characters,
and contain its label's `value` exactly once, overlapping the edit.
Identities follow rules.md §7 (I1-I14); tolerance follows §8 (half a unit of the stated last digit).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
WAN = D(10000)
HUNDRED = D(100)
NUM = r"-?\d[\d,]*(?:\.\d+)?"


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".", 1)[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndec(s)) + D("1e-9")


def dnum(s):
    m = re.search(NUM, s)
    if not m:
        raise ValueError("no number in %r" % s)
    return D(m.group().replace(",", ""))


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


# ---------------------------------------------------------------- tables

class Table:
    def __init__(self, rows):
        self.head = rows[0]
        self.rows = rows[1:]

    def col(self, name):
        for i, h in enumerate(self.head):
            if name in h:
                return i
        raise KeyError("column %s not in %s" % (name, self.head))

    def row(self, label):
        hits = [r for r in self.rows if r[0] == label]
        if len(hits) != 1:
            raise KeyError("row %r found %d times" % (label, len(hits)))
        return hits[0]

    def v(self, label, colname):
        return self.row(label)[self.col(colname)]

    def n(self, label, colname):
        return dnum(self.v(label, colname))


def tables(text):
    blocks, cur = [], []
    for ln in text.split("\n"):
        if ln.startswith("|"):
            cur.append(ln)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        rows = [[c.strip() for c in ln.strip()[1:-1].split("|")] for ln in b]
        rows = [r for r in rows if not all(re.fullmatch(r":?-{3,}:?", c) for c in r)]
        out.append(Table(rows))
    return out


SIGN_GTE = ("≥", "＞", ">", "不低于", "不少于")
SIGN_LTE = ("≤", "＜", "<", "不高于", "不超过")


class Ind:
    """One indicator row of a 自评表."""

    def __init__(self, name, sign, t, tu, a, au, comp, w, s):
        self.name, self.sign, self.t, self.tu, self.a, self.au = name, sign, t, tu, a, au
        self.comp, self.w, self.s = comp, w, s

    def completion(self):
        if self.t is None or self.a is None or self.tu != self.au or self.t == 0:
            return None
        if self.sign in SIGN_LTE:
            return HUNDRED if self.a <= self.t else self.a and self.t / self.a * HUNDRED
        return self.a / self.t * HUNDRED

    def rule_score(self):
        c = self.completion()
        if c is None:
            return None
        return q2(dnum(self.w) * min(c, HUNDRED) / HUNDRED)


# ---------------------------------------------------------------- checker

class Check:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []
        self.tabs = tables(text)

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # --- comparisons
    def eq(self, code, stated, computed, msg=""):
        """stated: string as written; computed: Decimal."""
        v = D(stated.replace(",", ""))
        tl = tol(stated)
        if abs(computed - v) <= tl:
            return
        if abs(v - computed * WAN) <= tl or abs(v / WAN - computed) <= tl / WAN:
            self.fail("unit_mismatch", "%s: %s is %s off by 10^4" % (msg, stated, computed))
            return
        self.fail(code, "%s: stated %s, computed %s" % (msg, stated, computed))

    def same(self, stated, ref, msg=""):
        self.eq("conflicting_values", stated, ref, msg)

    def rate(self, stated, num, den, msg=""):
        s = stated.replace("%", "").strip()
        if den == 0:
            if s not in ("—", "-", "0", "0.00"):
                self.fail("implausible_rate", "%s: rate %s on a zero base" % (msg, stated))
            return
        if s in ("—", "-"):
            self.fail("rate_mismatch", "%s: rate missing" % msg)
            return
        v = D(s)
        if v > HUNDRED or v < 0:
            self.fail("implausible_rate", "%s: rate %s outside [0,100]" % (msg, stated))
            return
        self.eq("rate_mismatch", s, num / den * HUNDRED, msg)

    def bal(self, stated, a, b, msg=""):
        self.eq("balance_mismatch", stated, a - b, msg)

    def summ(self, stated, parts, msg=""):
        self.eq("sum_mismatch", stated, sum(parts, D(0)), msg)

    def avg(self, stated, total, count, msg=""):
        self.eq("average_mismatch", stated, total / count, msg)

    # --- text access
    def g(self, pat, n=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            self.fail("parse", "pattern %r matched %d times" % (pat, len(ms)))
            return None
        return ms[0].group(n) if n else ms[0]

    def tab(self, *kws, row=None):
        hits = [T for T in self.tabs if all(any(k in h for h in T.head) for k in kws)
                and (row is None or any(r[0] == row for r in T.rows))]
        if len(hits) != 1:
            raise KeyError("table %s/%s found %d times" % (kws, row, len(hits)))
        return hits[0]

    # --- funds tables
    def row_id(self, T, label, plus, minus, result):
        c = sum((T.n(label, p) for p in plus), D(0)) - sum((T.n(label, m) for m in minus), D(0))
        self.eq("sum_mismatch", T.v(label, result), c, "%s %s" % (label, result))

    def col_sum(self, T, parts, total, cols):
        for c in cols:
            self.summ(T.v(total, c), [T.n(p, c) for p in parts], "%s column %s" % (total, c))

    def row_rate(self, T, label, numcol, dencol, ratecol):
        self.rate(T.v(label, ratecol), T.n(label, numcol), T.n(label, dencol), "%s %s" % (label, ratecol))

    def tier(self, T, parts, stdcol, cntcol, amtcol, std_in_yuan=True, total="合计"):
        for p in parts:
            c = T.n(p, stdcol) * T.n(p, cntcol)
            if std_in_yuan:
                c = c / WAN
            self.eq("sum_mismatch", T.v(p, amtcol), c, "%s standard × count" % p)
        self.col_sum(T, parts, total, [cntcol, amtcol])

    def batch(self, T, parts, tiercols, stds_wan, cntcol, amtcol, total="合计"):
        for p in parts:
            self.summ(T.v(p, cntcol), [T.n(p, c) for c in tiercols], "%s persons" % p)
            amt = sum((T.n(p, c) * s for c, s in zip(tiercols, stds_wan)), D(0))
            self.eq("sum_mismatch", T.v(p, amtcol), amt, "%s amount from tiers" % p)
        self.col_sum(T, parts, total, tiercols + [cntcol, amtcol])

    # --- indicator table
    def indicators(self, exec_rate):
        T = self.tab("三级指标", "得分")
        h = T.head
        idx = lambda *names: next((i for i, x in enumerate(h) if any(x == nm or x.startswith(nm) for nm in names)), None)
        i1, i3 = idx("一级指标"), idx("三级指标")
        itg = idx("年度指标值", "指标值", "目标值")
        iac = idx("实际完成值", "实际值")
        ina, iun = idx("指标性质"), idx("度量单位")
        ico, iw, isc = idx("完成率"), idx("分值", "权重"), idx("得分")
        self.ind = {}
        blocks, cur = [], []
        total = None
        for r in T.rows:
            l1 = r[i1]
            if "小计" in l1:
                # I6 / I7: Σ 三级 = 小计 of the first-level indicator
                self.eq("weight_sum_mismatch", r[iw], sum((dnum(x.w) for x in cur), D(0)), "小计 weights " + l1)
                self.eq("score_sum_mismatch", r[isc], sum((dnum(x.s) for x in cur), D(0)), "小计 scores " + l1)
                blocks.append((dnum(r[iw]), dnum(r[isc])))
                cur = []
                continue
            if l1 == "合计":
                total = (r[iw], r[isc])
                continue
            name = r[i3]
            if ina is not None:
                sign, tnum, tu = r[ina], r[itg], r[iun]
                m = re.fullmatch(r"(%s)\s*(.*)" % NUM, r[iac])
                a, au = (D(m.group(1)), m.group(2) or tu) if m else (None, None)
                t = D(tnum) if re.fullmatch(NUM, tnum) else None
            else:
                mt = re.fullmatch(r"(≥|≤|=|＞|＜|>|<)?\s*(%s)\s*(.*)" % NUM, r[itg])
                ma = re.fullmatch(r"(%s)\s*(.*)" % NUM, r[iac])
                sign, t, tu = (mt.group(1) or "=", D(mt.group(2)), mt.group(3)) if mt else (None, None, None)
                a, au = (D(ma.group(1)), ma.group(2)) if ma else (None, None)
            ind = Ind(name, sign, t, tu, a, au, r[ico] if ico is not None else None, r[iw], r[isc])
            self.ind[name] = ind
            # I13 units
            if t is not None and a is not None and tu != au:
                self.fail("unit_mismatch", "%s: target unit %r, actual unit %r" % (name, tu, au))
            elif a is not None:
                # I5 rates in percent cannot exceed 100
                if au == "%" and a > HUNDRED:
                    self.fail("implausible_rate", "%s: %s%% above 100" % (name, a))
                # I8 completion
                c = ind.completion()
                if ind.comp is not None and c is not None:
                    self.eq("completion_mismatch", ind.comp.replace("%", ""), c, name + " 完成率")
            # I7 score within weight
            if dnum(ind.s) > dnum(ind.w) or dnum(ind.s) < 0:
                self.fail("score_exceeds_weight", "%s: score %s, weight %s" % (name, ind.s, ind.w))
            if l1.startswith("预算执行"):
                # I1: the execution row restates the execution rate
                self.rate(r[iac].replace("%", ""), exec_rate[0], exec_rate[1], "自评表 预算执行率")
                self.exec_ind = ind
                blocks.append((dnum(ind.w), dnum(ind.s)))
            else:
                cur.append(ind)
        if total is None:
            self.fail("parse", "no 合计 row")
            return None
        self.eq("weight_sum_mismatch", total[0], sum((b[0] for b in blocks), D(0)), "合计 weights")
        self.eq("weight_sum_mismatch", total[0], HUNDRED, "合计 weights = 100")
        self.eq("score_sum_mismatch", total[1], sum((b[1] for b in blocks), D(0)), "合计 scores")
        return total[1]

    def act(self, name):
        return self.ind[name]

    def same_act(self, stated, name, unit):
        ind = self.ind[name]
        if ind.au != unit:   # a unit slip in the table is judged by the table check
            return
        self.same(stated, ind.a, "prose vs 自评表 " + name)

    def same_tgt(self, stated, name):
        ind = self.ind[name]
        if ind.t is not None:
            self.same(stated, ind.t, "goal vs 自评表 target " + name)

    def goals(self, pairs):
        """pairs: (regex with one number group, indicator name) read from the 绩效目标 prose."""
        for pat, name in pairs:
            s = self.g(pat)
            if s is not None:
                self.same_tgt(s, name)

    def standards(self, pairs):
        """pairs: (regex with one number group, Decimal) — a standard stated twice must agree."""
        for pat, ref in pairs:
            s = self.g(pat)
            if s is not None:
                self.same(s, ref, "standard " + pat)

    def comp_prose(self, stated, name):
        c = self.ind[name].completion()
        if c is not None:
            self.eq("completion_mismatch", stated, c, "prose completion " + name)

    def rule_scores(self, exec_rate):
        """score_rule (rules §5), checked on clean drafts only."""
        out = []
        for ind in self.ind.values():
            if ind is getattr(self, "exec_ind", None):
                r = exec_rate[0] / exec_rate[1]
                exp = q2(dnum(ind.w) * min(r, D(1)))
            else:
                exp = ind.rule_score()
            if exp is not None and abs(exp - dnum(ind.s)) > tol(ind.s):
                out.append("%s: score %s, rule gives %s" % (ind.name, ind.s, exp))
        return out

    # --- total, grade, years
    def total_grade(self, table_total):
        m = self.g(r"得分(%s)分，(?:评价)?等级为“?(优秀|良好|中等|较差|优|良|中|差)" % NUM, 0)
        if not m:
            return
        self.eq("score_sum_mismatch", m.group(1), dnum(table_total), "stated total vs 自评表")
        s = D(m.group(1))
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        stated = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}.get(m.group(2), m.group(2))
        if stated != band:
            self.fail("grade_mismatch", "total %s is %s, stated %s" % (s, band, m.group(2)))

    def years(self):
        Y = self.year
        head = "\n".join(self.t.split("\n")[:3])
        for m in re.finditer(r"(\d{4})年度", head):
            if int(m.group(1)) != Y:
                self.fail("year_mismatch", "title year %s" % m.group(1))
        for m in re.finditer(r"结转至(\d{4})年", self.t):
            back = self.t[max(0, m.start() - 25):m.start()]
            back = re.split(r"[。；]", back)[-1]
            ys = [int(x) for x in re.findall(r"(\d{4})年", back)]
            src = ys[-1] if ys and ys[-1] < Y else Y
            if int(m.group(1)) <= src:
                self.fail("year_mismatch", "carried over to %s from %s" % (m.group(1), src))
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != Y:
                self.fail("year_mismatch", "截至 %s" % m.group(1))
        issued = [m.groups() for m in re.finditer(r"(\d{4})年(\d{1,2})月下达", self.t)]
        for T in self.tabs:
            for i, hd in enumerate(T.head):
                if "下达时间" in hd:
                    for r in T.rows:
                        m = re.fullmatch(r"(\d{4})年(\d{1,2})月", r[i])
                        if m:
                            issued.append(m.groups())
        for y, mth in issued:
            y, mth = int(y), int(mth)
            if not (y == Y or (y == Y - 1 and mth == 12)):
                self.fail("year_mismatch", "issued %d-%d for a %d budget" % (y, mth, Y))


# ---------------------------------------------------------------- projects

def yantai(c):
    t = c.t
    F = c.tab("上年结转", "全年执行")
    items = ["留学回国人员生活补贴", "留学人员创业启动资助", "海外引才及留学人员服务活动"]
    for it in items + ["合计"]:
        c.row_id(F, it, ["年初预算", "追加", "上年结转"], ["调减"], "全年预算")
        c.row_rate(F, it, "全年执行", "全年预算", "执行率")
    c.col_sum(F, items, "合计", ["年初预算", "追加", "调减", "上年结转", "全年预算", "全年执行"])
    bud, spent = F.n("合计", "全年预算"), F.n("合计", "全年执行")
    # prose: budget
    c.same(c.g(r"年初预算安排(%s)万元" % NUM), F.n("合计", "年初预算"), "年初")
    c.same(c.g(r"追加生活补贴资金(%s)万元" % NUM), F.n("留学回国人员生活补贴", "追加"), "追加")
    c.same(c.g(r"入选项目少于计划调减(%s)万元" % NUM), F.n("留学人员创业启动资助", "调减"), "调减 创业")
    c.same(c.g(r"服务活动经费调减(%s)万元" % NUM), F.n("海外引才及留学人员服务活动", "调减"), "调减 服务")
    c.same(c.g(r"合计调减(%s)万元" % NUM), F.n("合计", "调减"), "调减 合计")
    m = c.g(r"加上上年结转资金(%s)万元，全年预算为(%s)万元，其中当年财政拨款(%s)万元、上年结转资金(%s)万元" % ((NUM,) * 4), 0)
    if m:
        c.same(m.group(1), F.n("合计", "上年结转"), "上年结转")
        c.same(m.group(2), bud, "全年预算")
        c.same(m.group(4), F.n("合计", "上年结转"), "上年结转")
        c.summ(m.group(2), [D(m.group(3)), D(m.group(4))], "全年 = 当年 + 结转")
        c.summ(m.group(3), [F.n("合计", "年初预算"), F.n("合计", "追加"), -F.n("合计", "调减")], "当年拨款")
    recv = D(c.g(r"全年资金到位(%s)万元" % NUM))
    c.same(str(recv), bud, "到位")
    c.rate(c.g(r"到位率(%s)%%" % NUM), recv, bud, "到位率")
    c.same(c.g(r"项目实际支出(%s)万元" % NUM), spent, "支出")
    c.rate(c.g(r"项目实际支出%s万元，预算执行率(%s)%%" % (NUM, NUM)), spent, bud, "执行率 prose")
    m = c.g(r"其中生活补贴执行率(%s)%%，创业启动资助执行率(%s)%%，服务活动经费执行率(%s)%%" % ((NUM,) * 3), 0)
    if m:
        for k, it in enumerate(items):
            c.rate(m.group(k + 1), F.n(it, "全年执行"), F.n(it, "全年预算"), "prose rate " + it)
    m = c.g(r"年末结余(%s)万元，其中生活补贴结余(%s)万元.*?服务活动经费结余(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.bal(m.group(1), recv, spent, "年末结余")
        c.bal(m.group(2), F.n(items[0], "全年预算"), F.n(items[0], "全年执行"), "生活补贴结余")
        c.bal(m.group(3), F.n(items[2], "全年预算"), F.n(items[2], "全年执行"), "服务活动结余")
        c.summ(m.group(1), [D(m.group(2)), D(m.group(3))], "结余 components")
    # living subsidy
    T2 = c.tab("学历层次", "补贴标准")
    tiers = ["博士研究生", "硕士研究生", "学士"]
    c.tier(T2, tiers, "补贴标准", "人数", "金额")
    c.same(T2.v("合计", "金额"), F.n(items[0], "全年执行"), "表2 vs 表1")
    m = c.g(r"全年分三批为(\d+)名留学回国人员发放生活补贴(%s)万元（(\d+)元），人均(%s)万元" % (NUM, NUM), 0)
    if m:
        c.same(m.group(1), T2.n("合计", "人数"), "persons")
        c.same(m.group(2), T2.n("合计", "金额"), "amount")
        c.same(m.group(3), T2.n("合计", "金额") * WAN, "amount in 元")
        c.avg(m.group(4), T2.n("合计", "金额"), T2.n("合计", "人数"), "人均")
    m = c.g(r"其中博士研究生(\d+)人、硕士研究生(\d+)人、学士(\d+)人", 0)
    if m:
        for k, tr in enumerate(tiers):
            c.same(m.group(k + 1), T2.n(tr, "人数"), tr)
    m = c.g(r"2017年全年发放(\d+)人.*?同比增加(\d+)人", 0)
    if m:
        c.summ(m.group(2), [T2.n("合计", "人数"), -D(m.group(1))], "同比增加")
    T3 = c.tab("批次", "文号")
    stds = [T2.n(tr, "补贴标准") / WAN for tr in tiers]
    c.batch(T3, ["第一批", "第二批", "第三批"], ["博士", "硕士", "学士"], stds, "人数小计", "金额")
    c.same(T3.v("合计", "人数小计"), T2.n("合计", "人数"), "表3 vs 表2 persons")
    c.same(T3.v("合计", "金额"), T2.n("合计", "金额"), "表3 vs 表2 amount")
    # start-up grants
    T4 = c.tab("资助等次")
    c.tier(T4, ["一等", "二等", "三等"], "资助标准", "项目数", "金额", std_in_yuan=False)
    c.same(T4.v("合计", "金额"), F.n(items[1], "全年执行"), "表4 vs 表1")
    m = c.g(r"确定资助项目(\d+)个，以烟人社字〔2018〕120号文下达资助资金(%s)万元" % NUM, 0)
    if m:
        c.same(m.group(1), T4.n("合计", "项目数"), "projects")
        c.same(m.group(2), T4.n("合计", "金额"), "grants")
    c.same(c.g(r"服务活动经费全年支出(%s)万元" % NUM), F.n(items[2], "全年执行"), "服务活动支出")
    # indicators
    total = c.indicators((spent, bud))
    c.same_act(c.g(r"全年发放生活补贴(\d+)人"), "发放生活补贴人数", "人")
    c.comp_prose(c.g(r"全年发放生活补贴\d+人，完成年度指标的(%s)%%" % NUM), "发放生活补贴人数")
    c.same_act(c.g(r"资助创业项目(\d+)个，完成年度目标"), "资助创业项目数", "个")
    c.same_act(c.g(r"组织海外引才活动(\d+)场，完成"), "组织海外引才活动", "场")
    c.comp_prose(c.g(r"组织海外引才活动\d+场，完成(%s)%%" % NUM), "组织海外引才活动")
    c.same_act(c.g(r"全年新引进留学回国人员(\d+)人"), "新引进留学回国人员", "人")
    c.comp_prose(c.g(r"（2017年为\d+人），完成年度指标的(%s)%%" % NUM), "新引进留学回国人员")
    c.same_act(c.g(r"年末用工合计(\d+)人"), "资助项目带动就业", "人")
    ind = c.act("资助项目带动就业")
    c.summ(c.g(r"较年度目标少(\d+)人"), [ind.t, -ind.a], "少N人")
    c.comp_prose(c.g(r"较年度目标少\d+人，完成(%s)%%" % NUM), "资助项目带动就业")
    c.same_act(c.g(r"仍在烟工作的占(%s)%%" % NUM), "补贴对象在烟留任率", "%")
    m = c.g(r"留学人员满意度(%s)%%，用人单位满意度(%s)%%" % (NUM, NUM), 0)
    if m:
        c.same_act(m.group(1), "留学人员满意度", "%")
        c.same_act(m.group(2), "用人单位满意度", "%")
    c.goals([(r"全年为不少于(\d+)名留学回国人员", "发放生活补贴人数"),
             (r"择优资助不少于(\d+)个", "资助创业项目数"),
             (r"组织海外引才活动不少于(\d+)场", "组织海外引才活动"),
             (r"补贴发放及时率不低于(\d+)%", "补贴发放及时率"),
             (r"博士生活补贴标准控制在(\d+)元/人", "博士生活补贴标准"),
             (r"新引进留学回国人员不少于(\d+)人", "新引进留学回国人员"),
             (r"资助项目带动就业不少于(\d+)人", "资助项目带动就业"),
             (r"在烟留任率不低于(\d+)%", "补贴对象在烟留任率")])
    c.standards([(r"博士研究生(\d+)元/人", T2.n("博士研究生", "补贴标准")),
                 (r"硕士研究生(\d+)元/人", T2.n("硕士研究生", "补贴标准")),
                 (r"学士(\d+)元/人", T2.n("学士", "补贴标准")),
                 (r"一等(\d+)万元/项", T4.n("一等", "资助标准")),
                 (r"二等(\d+)万元/项", T4.n("二等", "资助标准")),
                 (r"三等(\d+)万元/项", T4.n("三等", "资助标准")),
                 (r"博士生活补贴按(\d+)元/人执行", T2.n("博士研究生", "补贴标准"))])
    c.same_act(T2.v("博士研究生", "补贴标准"), "博士生活补贴标准", "元/人")
    if total:
        c.total_grade(total)
    return (spent, bud)


def suizhou(c):
    F = c.tab("上年结转", "全年执行", row="基本支出")
    for it in ["基本支出", "其中：人员经费", "公用经费", "项目支出", "合计"]:
        c.row_id(F, it, ["年初预算", "追加", "上年结转"], ["调减"], "全年预算")
        c.row_rate(F, it, "全年执行", "全年预算", "执行率")
    cols = ["年初预算", "追加", "调减", "上年结转", "全年预算", "全年执行"]
    c.col_sum(F, ["其中：人员经费", "公用经费"], "基本支出", cols)
    c.col_sum(F, ["基本支出", "项目支出"], "合计", cols)
    bud, spent = F.n("合计", "全年预算"), F.n("合计", "全年执行")
    S = c.tab("资金来源", "年末结转")
    srcs = ["当年财政拨款", "上年结转", "其他资金"]
    for it in srcs + ["合计"]:
        c.row_rate(S, it, "全年执行", "全年预算", "执行率")
        c.bal(S.v(it, "年末结转"), S.n(it, "实际到位"), S.n(it, "全年执行"), it + " 年末结转")
    c.col_sum(S, srcs, "合计", ["全年预算", "实际到位", "全年执行", "年末结转"])
    c.same(S.v("合计", "全年预算"), bud, "表2 vs 表1 预算")
    c.same(S.v("合计", "全年执行"), spent, "表2 vs 表1 执行")
    c.same(S.v("上年结转", "全年预算"), F.n("合计", "上年结转"), "表2 结转 vs 表1")
    P = c.tab("项目名称", "全年执行")
    items = ["海智计划海外引才补助", "院士专家工作站建站补助", "海外科技人才交流活动", "学会服务及科普日常经费"]
    for it in items + ["合计"]:
        c.row_id(P, it, ["年初预算", "追加", "上年结转"], ["调减"], "全年预算")
        c.row_rate(P, it, "全年执行", "全年预算", "执行率")
    c.col_sum(P, items, "合计", cols)
    for col in cols:
        c.same(P.v("合计", col), F.n("项目支出", col), "表3 vs 表1 " + col)
    # prose funds
    m = c.g(r"年初预算(%s)万元，其中基本支出(%s)万元、项目支出(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.summ(m.group(1), [D(m.group(2)), D(m.group(3))], "年初 = 基本 + 项目")
        c.same(m.group(1), F.n("合计", "年初预算"), "年初")
        c.same(m.group(2), F.n("基本支出", "年初预算"), "基本")
        c.same(m.group(3), F.n("项目支出", "年初预算"), "项目")
    c.same(c.g(r"追加院士专家工作站建站补助(%s)万元" % NUM), P.n("院士专家工作站建站补助", "追加"), "追加")
    m = c.g(r"调减海智计划海外引才补助(%s)万元、海外科技人才交流活动经费(%s)万元，合计调减(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(1), P.n(items[0], "调减"), "调减 海智")
        c.same(m.group(2), P.n(items[2], "调减"), "调减 交流")
        c.summ(m.group(3), [D(m.group(1)), D(m.group(2))], "合计调减")
    c.same(c.g(r"2019年海智计划资金(%s)万元" % NUM), F.n("合计", "上年结转"), "上年结转")
    c.same(c.g(r"全年预算为(%s)万元" % NUM), bud, "全年预算")
    m = c.g(r"全年预算(%s)万元中，当年财政拨款(%s)万元，上年结转(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.summ(m.group(1), [D(m.group(2)), D(m.group(3))], "全年 = 当年 + 结转")
        c.summ(m.group(2), [F.n("合计", "年初预算"), F.n("合计", "追加"), -F.n("合计", "调减")], "当年拨款")
        c.same(m.group(2), S.n("当年财政拨款", "全年预算"), "当年拨款 vs 表2")
    c.rate(c.g(r"资金全部到位，到位率(%s)%%" % NUM), S.n("合计", "实际到位"), bud, "到位率")
    c.same(c.g(r"全年支出(%s)万元，预算执行率" % NUM), spent, "支出")
    c.rate(c.g(r"全年支出%s万元，预算执行率(%s)%%" % (NUM, NUM)), spent, bud, "执行率 prose")
    m = c.g(r"其中人员经费执行率(%s)%%，公用经费执行率(%s)%%，项目支出执行率(%s)%%" % ((NUM,) * 3), 0)
    if m:
        for k, it in enumerate(["其中：人员经费", "公用经费", "项目支出"]):
            c.rate(m.group(k + 1), F.n(it, "全年执行"), F.n(it, "全年预算"), "prose rate " + it)
    c.bal(c.g(r"年末结转资金(%s)万元" % NUM), S.n("合计", "实际到位"), S.n("合计", "全年执行"), "年末结转")
    m = c.g(r"共实施4个项目，全年预算(%s)万元，执行(%s)万元，结余(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(1), P.n("合计", "全年预算"), "项目预算")
        c.same(m.group(2), P.n("合计", "全年执行"), "项目执行")
        c.bal(m.group(3), P.n("合计", "全年预算"), P.n("合计", "全年执行"), "项目结余")
    c.rate(c.g(r"二是项目支出执行率为(%s)%%" % NUM), F.n("项目支出", "全年执行"), F.n("项目支出", "全年预算"), "problems rate")
    # 海智 tiers
    T4 = c.tab("引才类别")
    tiers = ["全职引进海外博士（含博士后）", "柔性引进海外专家", "短期来随服务专家"]
    c.tier(T4, tiers, "补助标准", "人数", "金额")
    c.same(T4.v("合计", "金额"), P.n(items[0], "全年执行"), "表4 vs 表3")
    m = c.g(r"共补助海外人才(\d+)人，兑现海外引才补助(%s)万元" % NUM, 0)
    if m:
        c.same(m.group(1), T4.n("合计", "人数"), "persons")
        c.same(m.group(2), T4.n("合计", "金额"), "海智 amount")
    c.avg(c.g(r"人均补助(%s)万元" % NUM), T4.n("合计", "金额"), T4.n("合计", "人数"), "人均")
    c.rate(c.g(r"占补助总额的(%s)%%" % NUM), T4.n(tiers[0], "金额"), T4.n("合计", "金额"), "share")
    # stations
    T5 = c.tab("工作站类别")
    c.tier(T5, ["A类（院士工作站）", "B类（专家工作站）"], "补助标准", "个数", "金额", std_in_yuan=False)
    c.same(T5.v("合计", "金额"), P.n(items[1], "全年执行"), "表5 vs 表3")
    m = c.g(r"全年新建院士专家工作站(\d+)个，其中院士工作站(\d+)个、专家工作站(\d+)个.*?拨付建站补助(%s)万元，平均每站(%s)万元" % (NUM, NUM), 0)
    if m:
        c.summ(m.group(1), [D(m.group(2)), D(m.group(3))], "stations")
        c.same(m.group(1), T5.n("合计", "个数"), "stations")
        c.same(m.group(4), T5.n("合计", "金额"), "station amount")
        c.avg(m.group(5), T5.n("合计", "金额"), T5.n("合计", "个数"), "平均每站")
    m = c.g(r"2019年新建工作站(\d+)个，今年增加(\d+)个", 0)
    if m:
        c.summ(m.group(2), [T5.n("合计", "个数"), -D(m.group(1))], "增加")
    m = c.g(r"全年举办交流活动(\d+)场，支出(%s)万元" % NUM, 0)
    if m:
        c.same(m.group(2), P.n(items[2], "全年执行"), "交流 spent")
    c.same(c.g(r"学会服务及科普日常经费\n全年支出(%s)万元" % NUM), P.n(items[3], "全年执行"), "学会 spent")
    total = c.indicators((spent, bud))
    if m:
        c.same_act(m.group(1), "举办海外人才交流活动", "场")
    c.same_act(c.g(r"全年引进海外人才(\d+)人"), "引进海外人才人数", "人")
    c.same_act(c.g(r"；新建院士专家工作站(\d+)个"), "新建院士专家工作站", "个")
    c.same_act(c.g(r"举办海外人才交流活动(\d+)场，未达到"), "举办海外人才交流活动", "场")
    c.same_act(c.g(r"补助资金拨付及时率(%s)%%" % NUM), "补助资金拨付及时率", "%")
    c.same_act(c.g(r"参与企业技术攻关项目(\d+)项"), "参与企业技术攻关项目", "项")
    c.same_act(c.g(r"带动企业新增研发投入(\d+)万元"), "带动企业新增研发投入", "万元")
    c.same_act(c.g(r"引进人才满意度(%s)%%" % NUM), "引进人才满意度", "%")
    c.same_act(c.g(r"建站企业满意度(%s)%%" % NUM), "企业满意度", "%")
    c.same_tgt(c.g(r"年度指标为不少于(\d+)人"), "引进海外人才人数")
    c.same_tgt(c.g(r"超过不少于(\d+)个的年度指标"), "新建院士专家工作站")
    c.same_tgt(c.g(r"未达到(\d+)场的年度指标"), "举办海外人才交流活动")
    c.standards([(r"全职引进海外博士（含博士后）(\d+)元/人", T4.n(tiers[0], "补助标准")),
                 (r"柔性引进海外专家(\d+)元/人", T4.n(tiers[1], "补助标准")),
                 (r"短期来随服务专家(\d+)元/人", T4.n(tiers[2], "补助标准")),
                 (r"A类(\d+)万元/站", T5.n("A类（院士工作站）", "补助标准")),
                 (r"B类(\d+)万元/站", T5.n("B类（专家工作站）", "补助标准")),
                 (r"柔性引进补助严格按(\d+)元/人", T4.n(tiers[1], "补助标准"))])
    c.same_act(T4.v(tiers[1], "补助标准"), "柔性引进补助标准", "元/人")
    c.same_act(T4.v("合计", "人数"), "引进海外人才人数", "人")
    c.same_act(T5.v("合计", "个数"), "新建院士专家工作站", "个")
    if total:
        c.total_grade(total)
    return (spent, bud)


def jinhua(c):
    F = c.tab("子项目", "全年执行")
    items = ["留学回国人员生活补贴", "引才奖励", "海外高层次人才创业项目资助", "服务平台运维及引才活动"]
    for it in items + ["合计"]:
        c.row_id(F, it, ["年初预算", "追加"], ["调减"], "全年预算")
        c.row_rate(F, it, "全年执行", "全年预算", "执行率")
    c.col_sum(F, items, "合计", ["年初预算", "追加", "调减", "全年预算", "全年执行"])
    bud, spent = F.n("合计", "全年预算"), F.n("合计", "全年执行")
    c.same(c.g(r"年年初预算(%s)万元，全部为市级" % NUM), F.n("合计", "年初预算"), "年初")
    m = c.g(r"省级人才发展专项资金(%s)万元（浙财社〔2022〕64号），市级根据下半年申报人数追加(%s)万元，两项合计追加(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.summ(m.group(3), [D(m.group(1)), D(m.group(2))], "追加")
        c.same(m.group(3), F.n("合计", "追加"), "追加 vs 表1")
        prov = D(m.group(1))
        city_add = D(m.group(2))
    m2 = c.g(r"调减引才奖励(%s)万元、创业项目资助(%s)万元、服务平台运维及活动经费(%s)万元，合计调减(%s)万元" % ((NUM,) * 4), 0)
    if m2:
        for k, it in enumerate([items[1], items[2], items[3]]):
            c.same(m2.group(k + 1), F.n(it, "调减"), "调减 " + it)
        c.summ(m2.group(4), [D(m2.group(k)) for k in (1, 2, 3)], "合计调减")
    m3 = c.g(r"调整后全年预算(%s)万元，其中市级财政资金(%s)万元、省级补助资金(%s)万元" % ((NUM,) * 3), 0)
    if m3:
        c.same(m3.group(1), bud, "全年预算")
        c.summ(m3.group(1), [D(m3.group(2)), D(m3.group(3))], "市级 + 省级")
        if m:
            c.same(m3.group(3), prov, "省级")
            c.summ(m3.group(2), [F.n("合计", "年初预算"), city_add, -F.n("合计", "调减")], "市级")
    recv = D(c.g(r"全年资金到位(%s)万元" % NUM))
    c.same(str(recv), bud, "到位")
    c.rate(c.g(r"到位率(%s)%%" % NUM), recv, bud, "到位率")
    c.same(c.g(r"全年支出(%s)万元，预算执行率" % NUM), spent, "支出")
    c.rate(c.g(r"全年支出%s万元，预算执行率(%s)%%" % (NUM, NUM)), spent, bud, "执行率 prose")
    m = c.g(r"年末结余(%s)万元，其中生活补贴结余(%s)万元、引才奖励结余(%s)万元、服务平台运维及活动经费结余(%s)万元" % ((NUM,) * 4), 0)
    if m:
        c.bal(m.group(1), recv, spent, "年末结余")
        for k, it in zip((2, 3, 4), (items[0], items[1], items[3])):
            c.bal(m.group(k), F.n(it, "全年预算"), F.n(it, "全年执行"), it + " 结余")
        c.summ(m.group(1), [D(m.group(k)) for k in (2, 3, 4)], "结余 components")
    c.bal(c.g(r"生活补贴有(%s)万元未能在年内兑现" % NUM), F.n(items[0], "全年预算"), F.n(items[0], "全年执行"), "problems 结余")
    T2 = c.tab("学历", "补贴标准")
    tiers = ["博士", "硕士", "学士"]
    c.tier(T2, tiers, "补贴标准", "人数", "金额")
    c.same(T2.v("合计", "金额"), F.n(items[0], "全年执行"), "表2 vs 表1")
    m = c.g(r"共为(\d+)名留学回国人员发放生活补贴(%s)万元，人均(%s)万元，平均每批(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(1), T2.n("合计", "人数"), "persons")
        c.same(m.group(2), T2.n("合计", "金额"), "amount")
        c.avg(m.group(3), T2.n("合计", "金额"), T2.n("合计", "人数"), "人均")
    T3 = c.tab("批次", "文号")
    batches = ["第一批", "第二批", "第三批"]
    stds = [T2.n(tr, "补贴标准") / WAN for tr in tiers]
    c.batch(T3, batches, ["博士", "硕士", "学士"], stds, "人数", "金额")
    if m:
        c.avg(m.group(4), T3.n("合计", "金额"), D(len(batches)), "平均每批")
    c.same(T3.v("合计", "人数"), T2.n("合计", "人数"), "表3 vs 表2 persons")
    c.same(T3.v("合计", "金额"), T2.n("合计", "金额"), "表3 vs 表2 amount")
    m = c.g(r"其中博士(\d+)人、硕士(\d+)人、学士(\d+)人。2021年全年发放(\d+)人，今年同比增加(\d+)人", 0)
    if m:
        for k, tr in enumerate(tiers):
            c.same(m.group(k + 1), T2.n(tr, "人数"), tr)
        c.summ(m.group(5), [T2.n("合计", "人数"), -D(m.group(4))], "同比增加")
    m = c.g(r"兑现引才奖励(%s)万元，涉及引进留学回国人员(\d+)人，其中博士(\d+)人，按(\d+)元/人奖励(%s)万元；硕士(\d+)人，按(\d+)元/人奖励(%s)万元" % (NUM, NUM, NUM), 0)
    if m:
        c.same(m.group(1), F.n(items[1], "全年执行"), "引才奖励")
        c.summ(m.group(2), [D(m.group(3)), D(m.group(6))], "奖励 persons")
        c.eq("sum_mismatch", m.group(5), D(m.group(3)) * D(m.group(4)) / WAN, "博士奖励")
        c.eq("sum_mismatch", m.group(8), D(m.group(6)) * D(m.group(7)) / WAN, "硕士奖励")
        c.summ(m.group(1), [D(m.group(5)), D(m.group(8))], "奖励 amount")
        reward_persons = m.group(2)
    m = c.g(r"A类(\d+)项、B类(\d+)项，共资助(%s)万元（(\d+)元），A类(%s)万元、B类(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(3), F.n(items[2], "全年执行"), "创业资助")
        c.same(m.group(4), D(m.group(3)) * WAN, "元 vs 万元")
        c.summ(m.group(3), [D(m.group(5)), D(m.group(6))], "A + B")
        c.eq("sum_mismatch", m.group(5), D(m.group(1)) * 60, "A类")
        c.eq("sum_mismatch", m.group(6), D(m.group(2)) * 30, "B类")
        projects = D(m.group(1)) + D(m.group(2))
    c.same(c.g(r"（五）服务平台运维及引才活动\n全年支出(%s)万元" % NUM), F.n(items[3], "全年执行"), "服务平台")
    total = c.indicators((spent, bud))
    c.same_act(reward_persons, "兑现引才奖励人数", "人")
    c.same_act(str(projects), "资助创业项目数", "个")
    c.same_act(c.g(r"全年发放生活补贴(\d+)人"), "发放生活补贴人数", "人")
    c.comp_prose(c.g(r"全年发放生活补贴\d+人，完成年度指标的(%s)%%" % NUM), "发放生活补贴人数")
    m = c.g(r"兑现引才奖励(\d+)人，较年度指标少(\d+)人，完成率(%s)%%" % NUM, 0)
    if m:
        ind = c.act("兑现引才奖励人数")
        c.same_act(m.group(1), "兑现引才奖励人数", "人")
        c.summ(m.group(2), [ind.t, -ind.a], "少N人")
        c.comp_prose(m.group(3), "兑现引才奖励人数")
    c.same_act(c.g(r"资助创业项目(\d+)个，完成年度目标"), "资助创业项目数", "个")
    c.same_act(c.g(r"补贴兑现周期(\d+)个工作日，"), "补贴兑现周期", "个工作日")
    c.same_act(c.g(r"新增留学回国人员来金就业创业(\d+)人"), "新增来金就业创业人数", "人")
    c.comp_prose(c.g(r"来金就业创业\d+人，完成年度指标的(%s)%%" % NUM), "新增来金就业创业人数")
    c.same_act(c.g(r"当年实现营业收入(\d+)万元"), "资助项目当年营业收入", "万元")
    c.comp_prose(c.g(r"营业收入\d+万元，完成年度指标的(%s)%%" % NUM), "资助项目当年营业收入")
    c.same_act(c.g(r"引进人才留金率(%s)%%" % NUM), "引进人才留金率", "%")
    c.same_act(c.g(r"留学回国人员满意度(%s)%%" % NUM), "留学回国人员满意度", "%")
    c.same_act(c.g(r"用人单位满意度(%s)%%" % NUM), "单位满意度", "%")
    c.goals([(r"发放生活补贴不少于(\d+)人", "发放生活补贴人数"),
             (r"兑现引才奖励不少于(\d+)人", "兑现引才奖励人数"),
             (r"资助创业项目不少于(\d+)个", "资助创业项目数"),
             (r"补贴兑现周期控制在(\d+)个工作日", "补贴兑现周期"),
             (r"博士首年生活补贴标准不超过(\d+)元/人", "博士首年生活补贴标准"),
             (r"来金就业创业不少于(\d+)人", "新增来金就业创业人数"),
             (r"营业收入不少于(\d+)万元", "资助项目当年营业收入"),
             (r"引进人才留金率不低于(\d+)%", "引进人才留金率")])
    c.standards([(r"博士(\d+)元/人、硕士", T2.n("博士", "补贴标准")),
                 (r"硕士(\d+)元/人、学士", T2.n("硕士", "补贴标准")),
                 (r"学士(\d+)元/人；", T2.n("学士", "补贴标准")),
                 (r"博士首年生活补贴按(\d+)元/人执行", T2.n("博士", "补贴标准"))])
    c.same_act(T2.v("博士", "补贴标准"), "博士首年生活补贴标准", "元/人")
    if total:
        c.total_grade(total)
    return (spent, bud)


def zhuhai(c):
    F = c.tab("子项", "全年执行")
    items = ["海外人才工作站运营补助", "引才补助", "创新创业大赛及对接活动", "服务平台运维及档案服务"]
    for it in items + ["合计"]:
        c.row_id(F, it, ["年初预算", "追加", "上年结转"], ["调减"], "全年预算")
        c.row_rate(F, it, "全年执行", "全年预算", "执行率")
    c.col_sum(F, items, "合计", ["年初预算", "追加", "调减", "上年结转", "全年预算", "全年执行"])
    bud, spent = F.n("合计", "全年预算"), F.n("合计", "全年执行")
    c.same(c.g(r"年年初预算(%s)万元" % NUM), F.n("合计", "年初预算"), "年初")
    c.same(c.g(r"追加引才补助(%s)万元" % NUM), F.n(items[1], "追加"), "追加")
    m = c.g(r"调减引才补助(%s)万元、大赛及对接活动经费(%s)万元，合计调减(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(1), F.n(items[1], "调减"), "调减 引才")
        c.same(m.group(2), F.n(items[2], "调减"), "调减 大赛")
        c.summ(m.group(3), [D(m.group(1)), D(m.group(2))], "合计调减")
    c.same(c.g(r"2022年结余资金(%s)万元结转至2023年" % NUM), F.n("合计", "上年结转"), "上年结转")
    m = c.g(r"全年预算(%s)万元，其中当年财政拨款(%s)万元、上年结转资金(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(1), bud, "全年")
        c.summ(m.group(1), [D(m.group(2)), D(m.group(3))], "全年 = 当年 + 结转")
        c.summ(m.group(2), [F.n("合计", "年初预算"), F.n("合计", "追加"), -F.n("合计", "调减")], "当年拨款")
        c.same(m.group(3), F.n("合计", "上年结转"), "结转")
    recv = D(c.g(r"全年资金到位(%s)万元" % NUM))
    c.same(str(recv), bud, "到位")
    c.rate(c.g(r"到位率(%s)%%" % NUM), recv, bud, "到位率")
    m = c.g(r"全年支出(%s)万元，预算执行率(%s)%%，资金结余(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(1), spent, "支出")
        c.rate(m.group(2), spent, bud, "执行率 prose")
        c.bal(m.group(3), recv, spent, "结余")
    m = c.g(r"工作站运营补助执行率(%s)%%，引才补助执行率(%s)%%，大赛及对接活动执行率(%s)%%，服务平台运维执行率(%s)%%" % ((NUM,) * 4), 0)
    if m:
        for k, it in enumerate(items):
            c.rate(m.group(k + 1), F.n(it, "全年执行"), F.n(it, "全年预算"), "prose rate " + it)
    T2 = c.tab("考核等次")
    c.tier(T2, ["A档", "B档", "C档"], "补助标准", "站点数", "金额")
    c.same(T2.v("合计", "金额"), F.n(items[0], "全年执行"), "表2 vs 表1")
    m = c.g(r"海外人才工作站(\d+)个，2023年度考核A档(\d+)个、B档(\d+)个、C档(\d+)个、不合格(\d+)个", 0)
    if m:
        c.summ(m.group(1), [D(m.group(k)) for k in (2, 3, 4, 5)], "stations")
        for k, lv in zip((2, 3, 4), ("A档", "B档", "C档")):
            c.same(m.group(k), T2.n(lv, "站点数"), lv)
    m = c.g(r"拨付运营补助(%s)万元，平均每站(%s)万元" % (NUM, NUM), 0)
    if m:
        c.same(m.group(1), T2.n("合计", "金额"), "运营补助")
        c.avg(m.group(2), T2.n("合计", "金额"), T2.n("合计", "站点数"), "平均每站")
    T3 = c.tab("学历", "补助标准")
    tiers = ["博士", "硕士", "学士"]
    c.tier(T3, tiers, "补助标准", "人数", "金额")
    c.same(T3.v("合计", "金额"), F.n(items[1], "全年执行"), "表3 vs 表1")
    m = c.g(r"兑现引才补助(%s)万元，涉及用人单位\d+家、引进留学人员(\d+)人，平均每人补助(%s)万元" % (NUM, NUM), 0)
    if m:
        c.same(m.group(1), T3.n("合计", "金额"), "引才补助")
        c.same(m.group(2), T3.n("合计", "人数"), "persons")
        c.avg(m.group(3), T3.n("合计", "金额"), T3.n("合计", "人数"), "平均每人")
    T4 = c.tab("批次", "文号")
    stds = [T3.n(tr, "补助标准") / WAN for tr in tiers]
    c.batch(T4, ["第一批", "第二批"], ["博士", "硕士", "学士"], stds, "人数", "金额")
    c.same(T4.v("合计", "人数"), T3.n("合计", "人数"), "表4 vs 表3 persons")
    c.same(T4.v("合计", "金额"), T3.n("合计", "金额"), "表4 vs 表3 amount")
    m = c.g(r"对接活动(\d+)场，合计(\d+)场，支出(%s)万元。结余(%s)万元" % (NUM, NUM), 0)
    if m:
        c.summ(m.group(2), [D(1), D(m.group(1))], "活动场次")
        c.same(m.group(3), F.n(items[2], "全年执行"), "大赛支出")
        c.bal(m.group(4), F.n(items[2], "全年预算"), F.n(items[2], "全年执行"), "大赛结余")
    total = c.indicators((spent, bud))
    if m:
        c.same_act(m.group(2), "大赛及对接活动", "场")
    c.same_act(c.g(r"全年补助海外人才工作站(\d+)个"), "补助海外人才工作站", "个")
    c.same_act(c.g(r"补助引进留学人员(\d+)人"), "补助引进留学人员", "人")
    c.comp_prose(c.g(r"补助引进留学人员\d+人，完成年度指标的(%s)%%" % NUM), "补助引进留学人员")
    c.same_act(c.g(r"举办大赛及对接活动(\d+)场"), "大赛及对接活动", "场")
    c.same_act(c.g(r"兑现周期为(\d+)天"), "补助兑现周期", "天")
    c.same_act(c.g(r"在珠落地(\d+)个"), "创业项目落地", "个")
    c.same_act(c.g(r"带动就业(\d+)人，完成"), "带动就业人数", "人")
    c.comp_prose(c.g(r"带动就业\d+人，完成(%s)%%" % NUM), "带动就业人数")
    c.same_act(c.g(r"仍在珠工作的占(%s)%%" % NUM), "引进人才一年以上留珠率", "%")
    c.goals([(r"补助海外人才工作站不少于(\d+)个", "补助海外人才工作站"),
             (r"补助引进留学人员不少于(\d+)人", "补助引进留学人员"),
             (r"其中海外博士不少于(\d+)人", "其中：海外博士"),
             (r"对接活动不少于(\d+)场", "大赛及对接活动"),
             (r"补助兑现周期不超过(\d+)天", "补助兑现周期"),
             (r"博士引进补助标准不超过(\d+)元/人", "博士引进补助标准"),
             (r"创业项目落地不少于(\d+)个", "创业项目落地"),
             (r"带动就业不少于(\d+)人", "带动就业人数"),
             (r"留珠率不低于(\d+)%", "引进人才一年以上留珠率")])
    c.standards([(r"A档(\d+)元/站", T2.n("A档", "补助标准")),
                 (r"B档(\d+)元/站", T2.n("B档", "补助标准")),
                 (r"C档(\d+)元/站", T2.n("C档", "补助标准")),
                 (r"学历分档：博士(\d+)元/人", T3.n("博士", "补助标准")),
                 (r"硕士(\d+)元/人、学士", T3.n("硕士", "补助标准")),
                 (r"学士(\d+)元/人，补助对象", T3.n("学士", "补助标准"))])
    c.same_act(T3.v("博士", "补助标准"), "博士引进补助标准", "元/人")
    c.same_act(T2.v("合计", "站点数"), "补助海外人才工作站", "个")
    c.same_act(T3.v("合计", "人数"), "补助引进留学人员", "人")
    if total:
        c.total_grade(total)
    return (spent, bud)


def luzhou(c):
    B = c.tab("批次", "文号")
    rows = ["市级提前下达", "市级第二批", "省级补助"]
    c.col_sum(B, rows, "合计", ["金额"])
    F = c.tab("资金类别", "全年执行数")
    parts = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for it in parts + ["年度资金总额"]:
        c.row_rate(F, it, "全年执行数", "全年预算数", "执行率")
    c.col_sum(F, parts, "年度资金总额", ["年初预算数", "全年预算数", "全年执行数"])
    bud, spent = F.n("年度资金总额", "全年预算数"), F.n("年度资金总额", "全年执行数")
    c.same(B.v("合计", "金额"), bud, "下达 vs 全年预算")
    S = c.tab("子项目", "全年执行")
    items = ["海智专家柔性引进补助", "海智计划工作站建设补助", "海外科技人才项目对接活动", "留学人员科技创新项目评审"]
    for it in items + ["合计"]:
        c.row_rate(S, it, "全年执行", "全年预算", "执行率")
    c.col_sum(S, items, "合计", ["全年预算", "全年执行"])
    c.same(S.v("合计", "全年预算"), bud, "表3 vs 表2 预算")
    c.same(S.v("合计", "全年执行"), spent, "表3 vs 表2 执行")
    init = D(c.g(r"年年初预算(%s)万元" % NUM))
    c.same(str(init), F.n("年度资金总额", "年初预算数"), "年初")
    add = c.g(r"下达海智计划省级补助资金(%s)万元" % NUM)
    cut = c.g(r"调减本项目对接活动经费(%s)万元" % NUM)
    c.same(add, B.n("省级补助", "金额"), "省级")
    m = c.g(r"全年预算(%s)万元，其中市级财政资金(%s)万元、省级补助资金(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(1), bud, "全年")
        c.summ(m.group(1), [init, D(add), -D(cut)], "年初 + 追加 − 调减")
        c.summ(m.group(1), [D(m.group(2)), D(m.group(3))], "市级 + 省级")
        c.summ(m.group(2), [init, -D(cut)], "市级 = 年初 − 调减")
        c.summ(m.group(2), [B.n("市级提前下达", "金额"), B.n("市级第二批", "金额")], "市级 batches")
        c.same(m.group(3), D(add), "省级")
    recv = D(c.g(r"资金实际到位(%s)万元" % NUM))
    c.same(str(recv), bud, "到位")
    c.rate(c.g(r"到位率(%s)%%" % NUM), recv, bud, "到位率")
    m = c.g(r"实际支出(%s)万元，预算执行率(%s)%%，结余(%s)万元" % ((NUM,) * 3), 0)
    if m:
        c.same(m.group(1), spent, "支出")
        c.rate(m.group(2), spent, bud, "执行率 prose")
        c.bal(m.group(3), recv, spent, "结余")
    c.rate(c.g(r"三是预算执行率(%s)%%" % NUM), spent, bud, "problems rate")
    m = c.g(r"柔性引进补助全年兑现(%s)万元（(\d+)元），对接活动经费结余(%s)万元" % (NUM, NUM), 0)
    if m:
        c.same(m.group(1), S.n(items[0], "全年执行"), "柔性引进补助")
        c.same(m.group(2), D(m.group(1)) * WAN, "元 vs 万元")
        c.bal(m.group(3), S.n(items[2], "全年预算"), S.n(items[2], "全年执行"), "对接活动结余")
    T4 = c.tab("专家层次")
    c.tier(T4, ["海外院士及同等层次", "海外知名专家", "青年海归博士"], "补助标准", "人数", "金额")
    c.same(T4.v("合计", "金额"), S.n(items[0], "全年执行"), "表4 vs 表3")
    T5 = c.tab("类别", "补助标准", row="新认定")
    c.tier(T5, ["新认定", "续建考核优秀"], "补助标准", "个数", "金额")
    c.same(T5.v("合计", "金额"), S.n(items[1], "全年执行"), "表5 vs 表3")
    total = c.indicators((spent, bud))
    m = c.g(r"全年柔性引进海智专家(\d+)名，比2024年的(\d+)名增加(\d+)名，完成年度指标的(%s)%%" % NUM, 0)
    if m:
        c.same_act(m.group(1), "柔性引进海智专家", "人")
        c.summ(m.group(3), [D(m.group(1)), -D(m.group(2))], "增加")
        c.comp_prose(m.group(4), "柔性引进海智专家")
    c.same_act(T4.v("合计", "人数"), "柔性引进海智专家", "人")
    c.same_act(c.g(r"新认定海智计划工作站(\d+)个；"), "新认定海智计划工作站", "个")
    c.same_act(T5.v("新认定", "个数"), "新认定海智计划工作站", "个")
    m = c.g(r"组织海外人才项目对接活动(\d+)场，完成(%s)%%" % NUM, 0)
    if m:
        c.same_act(m.group(1), "组织海外人才项目对接活动", "场")
        c.comp_prose(m.group(2), "组织海外人才项目对接活动")
    c.same_act(c.g(r"工作站年度考核合格率(%s)%%" % NUM), "工作站年度考核合格率", "%")
    c.same_act(c.g(r"在公示后(\d+)天内拨付"), "补助资金拨付时限", "天")
    c.same_act(c.g(r"达成合作项目(\d+)项"), "促成海外人才与企业合作项目", "项")
    m = c.g(r"带动企业技改投入(\d+)万元，完成年度指标的(%s)%%" % NUM, 0)
    if m:
        c.same_act(m.group(1), "合作项目带动企业技改投入", "万元")
        c.comp_prose(m.group(2), "合作项目带动企业技改投入")
    c.same_act(c.g(r"海智专家续聘率(%s)%%" % NUM), "海智专家续聘率", "%")
    c.goals([(r"柔性引进海智专家不少于(\d+)人", "柔性引进海智专家"),
             (r"新认定海智计划工作站不少于(\d+)个", "新认定海智计划工作站"),
             (r"对接活动不少于(\d+)场", "组织海外人才项目对接活动"),
             (r"考核合格率不低于(\d+)%", "工作站年度考核合格率"),
             (r"公示后(\d+)天内拨付，", "补助资金拨付时限"),
             (r"海外知名专家补助标准不超过(\d+)元/人", "海外知名专家补助标准"),
             (r"合作项目不少于(\d+)项", "促成海外人才与企业合作项目"),
             (r"技改投入不少于(\d+)万元", "合作项目带动企业技改投入"),
             (r"续聘率不低于(\d+)%", "海智专家续聘率")])
    c.standards([(r"海外院士及同等层次(\d+)元/人", T4.n("海外院士及同等层次", "补助标准")),
                 (r"海外知名专家(\d+)元/人、", T4.n("海外知名专家", "补助标准")),
                 (r"青年海归博士(\d+)元/人", T4.n("青年海归博士", "补助标准")),
                 (r"新认定(\d+)元/个", T5.n("新认定", "补助标准")),
                 (r"续建考核优秀(\d+)元/个", T5.n("续建考核优秀", "补助标准")),
                 (r"海外知名专家补助按(\d+)元/人执行", T4.n("海外知名专家", "补助标准"))])
    c.same_act(T4.v("海外知名专家", "补助标准"), "海外知名专家补助标准", "元/人")
    if total:
        c.total_grade(total)
    return (spent, bud)


PROJECTS = {
    "sd-yantai-liuxuebutie-2018": (yantai, 2018),
    "hb-suizhou-kexie-bumen-2020": (suizhou, 2020),
    "zj-jinhua-haiguiyincai-2022": (jinhua, 2022),
    "gd-zhuhai-liuxuefuwu-2023": (zhuhai, 2023),
    "sc-luzhou-kexie-haizhi-2025": (luzhou, 2025),
}


def run(text, pid, clean):
    fn, year = PROJECTS[pid]
    c = Check(text, year)
    try:
        er = fn(c)
    except Exception as exc:  # a figure that cannot be read is a failure of the case
        c.fail("parse", "%s: %s" % (type(exc).__name__, exc))
        return c.fails
    c.years()
    if clean:
        for msg in c.rule_scores(er):
            c.fail("score_rule_mismatch", msg)
    return c.fails


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    bad = []
    codes = {}
    for lab in labels:
        text = open(os.path.join(HERE, "cases", lab["case"]), encoding="utf-8").read()
        fails = run(text, lab["source"], lab["clean"])
        got = sorted(set(f[0] for f in fails))
        if lab["clean"]:
            if fails:
                bad.append((lab["case"], "clean draft breaks %s" % fails))
            continue
        exp = lab["expected"][0]
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        if got != [exp["code"]]:
            bad.append((lab["case"], "expected %s, got %s" % (exp["code"], fails)))
        clean = open(os.path.join(HERE, "cases", lab["source"] + "-clean.txt"), encoding="utf-8").read()
        i, ea, eb = edit_span(clean, text)
        if ea - i > 40 or eb - i > 40 or (ea == i and eb == i):
            bad.append((lab["case"], "edit spans %d/%d characters" % (ea - i, eb - i)))
        if text.count(exp["value"]) != 1:
            bad.append((lab["case"], "value occurs %d times" % text.count(exp["value"])))
        else:
            s = text.index(exp["value"])
            if not (s < max(eb, i + 1) and i < s + len(exp["value"])):
                bad.append((lab["case"], "value does not overlap the edit"))
    if len(labels) != 35 or sum(codes.values()) != 30:
        bad.append(("set", "%d cases, %d errors" % (len(labels), sum(codes.values()))))
    for code in ["rate_mismatch", "sum_mismatch", "balance_mismatch", "completion_mismatch",
                 "score_sum_mismatch", "weight_sum_mismatch", "score_exceeds_weight", "grade_mismatch",
                 "conflicting_values", "average_mismatch", "implausible_rate", "unit_mismatch",
                 "year_mismatch"]:
        if codes.get(code, 0) < 2:
            bad.append(("set", "%s used %d times" % (code, codes.get(code, 0))))
    for case, msg in bad:
        print("FAIL", case, msg)
    if bad:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
