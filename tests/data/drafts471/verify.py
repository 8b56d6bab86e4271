#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. each of the 13 numeric codes of errors.md section A occurs at least twice;
4. the arithmetic of every clean draft is redone and must pass completely (errors and warnings);
5. the arithmetic of every error case is redone: the labelled code must fail and no other error-level
   code may fail (score-rule warnings are reported but allowed).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


# ----------------------------------------------------------------------------------------------- helpers
def dec(s):
    return D(str(s).replace(",", "").strip())


def ndec(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md section 8: stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d (+1e-9)."""
    return abs(D(computed) - dec(stated)) <= D("0.5") * (D(10) ** -ndec(stated)) + D("1e-9")


def same(a, b):
    """Two statements of one quantity agree within the precision of the less precise one."""
    d = min(ndec(a), ndec(b))
    return abs(dec(a) - dec(b)) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def one(t, pat, flags=0):
    m = list(re.finditer(pat, t, flags))
    if len(m) != 1:
        raise AssertionError("pattern %r matched %d times" % (pat, len(m)))
    g = m[0].groups()
    return g if len(g) > 1 else g[0]


def line(t, start):
    """Return the single line that starts with `start` (the rest after it)."""
    return one(t, r"^" + re.escape(start) + r"(.*)$", re.M)


class Chk:
    def __init__(self):
        self.fail = []
        self.warn = []
        self.n = 0

    def ok(self, code, cond, msg):
        assert code in CODES, code
        self.n += 1
        if not cond:
            self.fail.append((code, msg))

    def w(self, cond, msg):
        self.n += 1
        if not cond:
            self.warn.append(msg)

    # identities -------------------------------------------------------------------------------
    def eq(self, a, b, msg, code="conflicting_values"):
        self.ok(code, same(a, b), "%s: %s vs %s" % (msg, a, b))

    def total(self, total, parts, msg, code="sum_mismatch"):
        s = sum((dec(p) for p in parts), D(0))
        self.ok(code, close(total, s), "%s: stated %s, sum %s" % (msg, total, s))

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        if dec(den) == 0:
            self.ok("implausible_rate", dec(stated) == 0, "%s: rate %s on a zero base" % (msg, stated))
            return
        c = dec(num) / dec(den) * 100
        self.ok(code, close(stated, c), "%s: stated %s, computed %.4f" % (msg, stated, c))

    def pct_range(self, stated, msg):
        self.ok("implausible_rate", D(0) <= dec(stated) <= D(100), "%s: %s%% outside [0, 100]" % (msg, stated))

    def balance(self, stated, received, spent, msg):
        c = dec(received) - dec(spent)
        self.ok("balance_mismatch", close(stated, c), "%s: stated %s, computed %s" % (msg, stated, c))

    def product(self, amount_wan, count, price, unit, msg):
        """count x price (元 or 万元 as written) must equal amount (万元). A price written in 万元 that is
        reconciled by reading it as 元 is a unit_mismatch; any other disagreement a sum_mismatch."""
        price_yuan = dec(price) * (10000 if unit == "万元" else 1)
        c = dec(count) * price_yuan / 10000
        good = close(amount_wan, c)
        if not good and unit == "万元" and close(amount_wan, dec(count) * dec(price) / 10000):
            self.ok("unit_mismatch", False, "%s: price %s%s is a 元 figure labelled 万元" % (msg, price, unit))
            return
        self.ok("sum_mismatch", good, "%s: %s x %s%s = %s万元, stated %s" % (msg, count, price, unit, c, amount_wan))

    def average(self, stated, items, msg):
        c = sum((dec(i) for i in items), D(0)) / len(items)
        self.ok("average_mismatch", close(stated, c), "%s: stated %s, mean %s" % (msg, stated, c))

    def year(self, cond, msg):
        self.ok("year_mismatch", cond, msg)

    def grade(self, total, label, msg="grade"):
        s = dec(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        norm = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                "合格": "中", "差": "差", "较差": "差", "不合格": "差"}[label]
        self.ok("grade_mismatch", norm == band, "%s: %s stated for total %s (band %s)" % (msg, label, total, band))


# ------------------------------------------------------------------------------- indicator rows
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")
NUM = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*([\d.,]+)\s*(\S*)$")


def parse_q(s):
    """(direction, value, unit) of a target/actual cell, or None for a qualitative cell."""
    s = s.strip()
    m = DATE.match(s)
    if m:
        return ("lte", (int(m.group(1)), int(m.group(2)), int(m.group(3))), "date")
    m = NUM.match(s)
    if not m:
        return None
    sign = m.group(1) or "="
    direction = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq"}[sign]
    return (direction, dec(m.group(2)), m.group(3))


def rows_check(c, rows):
    """rows: dicts with name, target, actual, weight, score and optional completion."""
    for r in rows:
        w, s = dec(r["weight"]), dec(r["score"])
        c.ok("score_exceeds_weight", D(0) <= s <= w, "%s: score %s, weight %s" % (r["name"], s, w))
        T, A = parse_q(r["target"]), parse_q(r["actual"])
        if T is None:  # qualitative: achieved band [80%, 100%] of the weight (warning only)
            c.w(s >= w * D("0.8"), "%s: qualitative score %s below the achieved band" % (r["name"], s))
            continue
        if A is None or A[2] != T[2]:
            c.ok("unit_mismatch", False, "%s: target %r vs actual %r" % (r["name"], r["target"], r["actual"]))
            continue
        if T[2] == "%":
            c.pct_range(str(A[1]), r["name"])
        if T[2] == "date":
            met = A[1] <= T[1]
            comp = D(100) if met else None
            expect = w if met else D(0)
        else:
            tv, av = T[1], A[1]
            if T[0] == "lte":
                met = av <= tv
                comp = D(100) if met else tv / av * 100
                expect = w if met else w * tv / av
            else:
                met = av >= tv
                comp = av / tv * 100
                expect = w if met else w * av / tv
        if r.get("completion") not in (None, "—", ""):
            st = r["completion"].rstrip("%")
            c.ok("completion_mismatch", comp is not None and close(st, comp),
                 "%s: completion stated %s, computed %s" % (r["name"], r["completion"], comp))
        c.w(close(r["score"], expect), "%s: score %s, rule gives %s" % (r["name"], r["score"], expect))


def exec_score_check(c, weight, rate_str, score, budget, spent):
    w = dec(weight)
    raw = min(dec(spent) / dec(budget), D(1)) * w
    printed = min(dec(rate_str.rstrip("%")) / 100, D(1)) * w
    c.w(close(score, raw) or close(score, printed), "execution score %s vs %s / %s" % (score, raw, printed))
    c.ok("score_exceeds_weight", D(0) <= dec(score) <= w, "execution score %s above weight %s" % (score, w))


def totals_check(c, weights, scores, weight_total, score_totals):
    sw = sum((dec(x) for x in weights), D(0))
    c.ok("weight_sum_mismatch", sw == 100, "weights sum to %s" % sw)
    if weight_total is not None:
        c.ok("weight_sum_mismatch", dec(weight_total) == sw, "weight total %s vs sum %s" % (weight_total, sw))
    ss = sum((dec(x) for x in scores), D(0))
    for st in score_totals:
        c.ok("score_sum_mismatch", close(st, ss), "total %s vs sum of scores %s" % (st, ss))


def report_date(c, t, Y):
    y = int(one(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\n*$"))
    c.year(y in (Y, Y + 1), "report dated %d" % y)


# ------------------------------------------------------------------------------------ projects
def he_renqiu(t, c):
    Y = 2021
    c.year(int(one(t, r"(\d{4})年度婚姻家庭辅导服务项目支出绩效自评报告")) == Y, "title year")
    c.year(int(one(t, r"(\d{4})年度项目支出绩效自评表")) == Y, "table year")
    c.year(int(one(t, r"关于做好(\d{4})年度预算项目绩效自评")) == Y, "notice year")
    y, m = one(t, r"资金于(\d{4})年(\d{1,2})月一次性拨付到位")
    c.year(int(y) == Y or (int(y) == Y - 1 and int(m) == 12), "funds issued %s-%s" % (y, m))
    c.year(int(one(t, r"(\d{4})年全市办理结婚登记")) == Y, "registration year")
    c.year(int(one(t, r"（(\d{4})年分别为3015对")) == Y - 1, "last-year registrations")
    c.year(int(one(t, r"场次（(\d{4})年为538场次）")) == Y - 1, "last-year sessions")
    c.year(int(one(t, r"《民法典》自(\d{4})年1月1日起施行")) == Y, "civil code year")
    c.year(int(one(t, r"与(\d{4})年试点期间")) == Y - 1, "pilot year")
    c.year(int(one(t, r"(\d{4})年同类服务以试点方式开展")) == Y - 1, "pilot year (other)")
    c.year(int(one(t, r"(\d{4})年单价调整后")) == Y, "price change year")
    c.year(int(one(t, r"一是(\d{4})年将部分团体辅导")) > Y, "plan year")
    c.year(int(one(t, r"(\d{4})年增设线上课程")) > Y, "plan year (table)")
    report_date(c, t, Y)

    # funds: prose
    init = one(t, r"项目年初预算([\d.]+)万元，全部为市本级财政资金，年度内未作调整")
    rec_rate = one(t, r"一次性拨付到位，到位率(\d+(?:\.\d+)?)%")
    spent = one(t, r"全年实际支出([\d.]+)万元")
    p_case = one(t, r"个案辅导服务费([\d.]+)万元，按每场次(\d+)元据实结算")
    g_amt, g_cnt, g_price, g_unit = one(t, r"团体辅导及婚前教育讲座费([\d.]+)万元（(\d+)场，每场([\d.]+)(万元|元)）")
    pub = one(t, r"宣传资料印制及辅导室布置费([\d.]+)万元")
    ev = one(t, r"第三方服务评估费([\d.]+)万元")
    bal = one(t, r"年末结余([\d.]+)万元")
    est = one(t, r"服务费([\d.]+)万元，另列宣传布置费([\d.]+)万元、评估费([\d.]+)万元，合计([\d.]+)万元")
    # funds: table
    tot = line(t, "年度资金总额\t").split("\t")
    fis = line(t, "其中：当年财政拨款\t").split("\t")
    car = line(t, "上年结转资金\t").split("\t")
    oth = line(t, "其他资金\t").split("\t")
    for i, nm in enumerate(["年初", "全年", "执行"]):
        c.total(tot[i], [fis[i], car[i], oth[i]], "资金总额 %s" % nm)
    c.eq(init, tot[0], "年初预算 text/table")
    c.eq(spent, tot[2], "执行数 text/table")
    c.ok("rate_mismatch", same(tot[0], tot[1]), "未作调整 but 年初 %s ≠ 全年 %s" % (tot[0], tot[1]))
    c.rate(rec_rate, init, tot[1], "到位率 (full issue of the 年初 amount)")
    c.pct_range(rec_rate, "到位率")
    c.rate(tot[4].rstrip("%"), tot[2], tot[1], "执行率 (table)")
    c.pct_range(tot[4].rstrip("%"), "执行率")
    exec_score_check(c, tot[3], tot[4], tot[5], tot[1], tot[2])
    c.total(spent, [p_case[0], g_amt, pub, ev], "支出构成")
    c.balance(bal, init, spent, "结余 = 到位 - 支出")
    c.total(est[3], est[:3], "预算测算")
    c.eq(est[3], init, "测算合计 vs 年初预算")

    # outputs and effects (prose)
    t_case = one(t, r"个案辅导不少于(\d+)场次")
    t_grp = one(t, r"团体辅导及婚前教育讲座不少于(\d+)场")
    t_price = one(t, r"个案辅导单价不超过(\d+)元/场次")
    t_med = one(t, r"离婚冷静期调解成功率不低于(\d+)%")
    t_sat = one(t, r"服务对象满意度不低于(\d+)%")
    n_case, comp_case = one(t, r"全年开展个案辅导(\d+)场次（\d{4}年为538场次），完成年度目标的([\d.]+)%")
    n_grp, short, comp_grp = one(t, r"讲座完成(\d+)场，比目标少(\d+)场，完成率([\d.]+)%")
    held, att, avg = one(t, r"已开展的(\d+)场累计参加(\d+)人次，平均每场(\d+)人")
    c.eq(held, n_grp, "团体辅导场次 两处")
    c.product(p_case[0], n_case, p_case[1], "元", "个案辅导费")
    c.product(g_amt, g_cnt, g_price, g_unit, "团体辅导费")
    c.eq(g_cnt, n_grp, "团体辅导场次 funds/outputs")
    c.rate(comp_case, n_case, t_case, "个案辅导完成率", code="completion_mismatch")
    c.rate(comp_grp, n_grp, t_grp, "团体辅导完成率", code="completion_mismatch")
    c.ok("completion_mismatch", dec(short) == dec(t_grp) - dec(n_grp), "比目标少 %s" % short)
    c.ok("average_mismatch", close(avg, dec(att) / dec(n_grp)), "平均每场 %s vs %s/%s" % (avg, att, n_grp))
    coun, wd = one(t, r"接受辅导的(\d+)对当事人中，有(\d+)对撤回了离婚登记申请")
    med, med_t = one(t, r"调解成功率([\d.]+)%，高于(\d+)%的年度目标")
    c.rate(med, wd, coun, "调解成功率")
    c.pct_range(med, "调解成功率")
    c.eq(med_t, t_med, "调解成功率目标")
    sent, back, sat_n, sat = one(t, r"发放满意度问卷(\d+)份，收回(\d+)份，其中表示满意的(\d+)份，满意度([\d.]+)%")
    c.rate(sat, sat_n, back, "满意度")
    c.pct_range(sat, "满意度")
    c.ok("implausible_rate", dec(back) <= dec(sent) and dec(sat_n) <= dec(back), "questionnaire counts")
    c.eq(wd, one(t, r"冷静期调解成功(\d+)对"), "调解成功对数 text/table")

    # indicator table
    rows = []
    for ln in re.findall(r"^(?:产出指标|效益指标|满意度指标)\t.*$", t, re.M):
        f = ln.split("\t")
        rows.append({"name": f[2], "target": f[3], "actual": f[4], "weight": f[5], "score": f[6]})
    by = {r["name"]: r for r in rows}
    rows_check(c, rows)
    c.eq(n_case, parse_q(by["个案辅导场次"]["actual"])[1], "个案辅导场次 text/table")
    c.eq(t_case, parse_q(by["个案辅导场次"]["target"])[1], "个案辅导目标 text/table")
    c.eq(n_grp, parse_q(by["团体辅导及婚前教育讲座"]["actual"])[1], "团体辅导场次 text/table")
    c.eq(t_grp, parse_q(by["团体辅导及婚前教育讲座"]["target"])[1], "团体辅导目标 text/table")
    c.eq(t_price, parse_q(by["个案辅导单价"]["target"])[1], "单价目标 text/table")
    c.eq(p_case[1], parse_q(by["个案辅导单价"]["actual"])[1], "单价 text/table")
    c.eq(med, parse_q(by["离婚冷静期调解成功率"]["actual"])[1], "调解成功率 text/table")
    c.eq(t_med, parse_q(by["离婚冷静期调解成功率"]["target"])[1], "调解目标 text/table")
    c.eq(sat, parse_q(by["服务对象满意度"]["actual"])[1], "满意度 text/table")
    c.eq(t_sat, parse_q(by["服务对象满意度"]["target"])[1], "满意度目标 text/table")
    c.eq(one(t, r"辅导员持证上岗率(\d+)%"), parse_q(by["辅导员持证上岗率"]["target"])[1], "持证目标 text/table")
    c.eq(one(t, r"季度考核完成及时率(\d+)%"), parse_q(by["季度考核完成及时率"]["target"])[1], "及时率目标")
    total_row = line(t, "总分\t").split("\t")
    p_total, p_grade = one(t, r"项目自评得分([\d.]+)分，等级为(优秀|良好|中等|优|良|中|差)")
    totals_check(c, [tot[3]] + [r["weight"] for r in rows], [tot[5]] + [r["score"] for r in rows],
                 total_row[4], [total_row[5], p_total])
    c.grade(p_total, p_grade)


def sc_jianyang(t, c):
    Y = 2022
    c.year(int(one(t, r"简阳市民政局(\d{4})年度婚姻登记服务保障项目")) == Y, "title year")
    c.year(int(one(t, r"^（(\d{4})年度）$", re.M)) == Y, "table year")
    c.year(int(one(t, r"截至(\d{4})年12月31日")) == Y, "cut-off date")
    c.year(int(one(t, r"结转至(\d{4})年支付")) > Y, "carry-over year")
    c.year(int(one(t, r"(\d{4})年9月，因两台人证核验终端")) == Y, "adjustment year")
    c.year(int(one(t, r"(\d{4})年，全市办理结婚登记")) == Y, "registration year")
    c.year(int(one(t, r"较(\d{4})年的4389对")) == Y - 1, "last-year registrations")
    c.year(int(one(t, r"二是(\d{4})年通过购买服务引入")) > Y, "plan year")
    report_date(c, t, Y)

    reg = one(t, r"全市办理结婚登记(\d+)对，各季度分别为(\d+)对、(\d+)对、(\d+)对、(\d+)对；办理离婚登记(\d+)对，"
                 r"补领婚姻登记证(\d+)件，合计办理各类婚姻登记业务(\d+)件")
    c.total(reg[0], reg[1:5], "结婚登记季度合计")
    c.total(reg[7], [reg[0], reg[5], reg[6]], "各类婚姻登记业务合计")
    c.eq(reg[7], one(t, r"实际完成情况：全年办理各类婚姻登记业务(\d+)件"), "业务总量 text/table")
    n_mar, comp_mar = one(t, r"全年办理结婚登记(\d+)对，完成年度目标的([\d.]+)%")
    c.eq(n_mar, reg[0], "结婚登记 两处")
    t_mar = one(t, r"结婚登记办理量不少于(\d+)对")
    c.rate(comp_mar, n_mar, t_mar, "结婚登记完成率", code="completion_mismatch")
    pre, pre_rate = one(t, r"全年预约办理结婚登记(\d+)对，占结婚登记量的([\d.]+)%")
    c.rate(pre_rate, pre, reg[0], "预约办理占比")

    init = one(t, r"项目年初预算([\d.]+)万元，按窗口")
    add, adj = one(t, r"追加([\d.]+)万元用于更换，调整后预算([\d.]+)万元")
    c.total(adj, [init, add], "调整后预算")
    rec, rec_rate = one(t, r"资金到位([\d.]+)万元，到位率(\d+(?:\.\d+)?)%")
    sp = one(t, r"实际支出([\d.]+)万元，其中窗口辅助人员劳务费([\d.]+)万元，身份核验及登记设备运维费([\d.]+)万元，"
                r"证件及档案用品购置费([\d.]+)万元，特邀颁证服务费([\d.]+)万元，婚姻家庭辅导室运行及宣传费([\d.]+)万元")
    c.total(sp[0], sp[1:], "支出构成")
    retain = one(t, r"未支付的([\d.]+)万元为设备采购合同质保金")
    c.balance(retain, rec, sp[0], "质保金 = 到位 - 支出")
    c.rate(rec_rate, rec, adj, "到位率")
    c.pct_range(rec_rate, "到位率")
    n_cer = one(t, r"开展特邀颁证(\d+)场")
    price = one(t, r"颁证服务按每场(\d+)元据实结算")
    c.product(sp[4], n_cer, price, "元", "特邀颁证服务费")

    tot = line(t, "年度资金总额 ").split(" ")
    fis = line(t, "财政资金 ").split(" ")
    spc = line(t, "财政专户管理资金 ").split(" ")
    unit = line(t, "单位资金 ").split(" ")
    oth = line(t, "其他资金 ").split(" ")
    for i, nm in enumerate(["年初", "全年", "执行"]):
        c.total(tot[i], [fis[i], spc[i], unit[i], oth[i]], "资金总额 %s" % nm)
    c.eq(init, tot[0], "年初 text/table")
    c.eq(adj, tot[1], "全年 text/table")
    c.eq(sp[0], tot[2], "执行 text/table")
    c.rate(tot[4].rstrip("%"), tot[2], tot[1], "执行率 (table)")
    c.pct_range(tot[4].rstrip("%"), "执行率")
    exec_score_check(c, tot[3], tot[4], tot[5], tot[1], tot[2])

    onsite, gap = one(t, r"当场办结率([\d.]+)%，低于年度目标([\d.]+)个百分点")
    t_onsite = one(t, r"当场办结率不低于(\d+)%")
    c.ok("completion_mismatch", close(gap, dec(t_onsite) - dec(onsite)), "办结率差距 %s" % gap)
    coun, ok_n, med = one(t, r"全年接待辅导(\d+)对，其中(\d+)对经疏导后撤回离婚登记申请或达成和解，调解成功率([\d.]+)%")
    c.rate(med, ok_n, coun, "调解成功率")
    c.pct_range(med, "调解成功率")

    rows = []
    for ln in re.findall(r"^(?:产出指标|效益指标|满意度指标) .*$", t, re.M):
        f = ln.split(" ")
        nature, val, unit_ = f[3], f[4], f[5]
        u = "" if unit_ == "—" else unit_
        if nature == "定性":
            target, actual = val, f[6]
        else:
            target, actual = nature + val + u, f[6] + u
        rows.append({"name": f[2], "target": target, "actual": actual, "weight": f[7], "score": f[8]})
    by = {r["name"]: r for r in rows}
    rows_check(c, rows)
    c.eq(n_mar, parse_q(by["结婚登记办理量"]["actual"])[1], "结婚登记 text/table")
    c.eq(t_mar, parse_q(by["结婚登记办理量"]["target"])[1], "结婚登记目标 text/table")
    c.eq(n_cer, parse_q(by["特邀颁证服务场次"]["actual"])[1], "颁证场次 text/table")
    c.eq(one(t, r"特邀颁证服务不少于(\d+)场"), parse_q(by["特邀颁证服务场次"]["target"])[1], "颁证目标 text/table")
    c.eq(onsite, parse_q(by["当场办结率"]["actual"])[1], "当场办结率 text/table")
    c.eq(t_onsite, parse_q(by["当场办结率"]["target"])[1], "办结率目标 text/table")
    c.eq(one(t, r"特邀颁证单价为(\d+)元/场"), parse_q(by["特邀颁证单价"]["actual"])[1], "颁证单价 text/table")
    c.eq(price, one(t, r"特邀颁证单价为(\d+)元/场"), "颁证单价 两处")
    c.eq(one(t, r"特邀颁证单价不超过(\d+)元/场"), parse_q(by["特邀颁证单价"]["target"])[1], "单价目标 text/table")
    c.eq(med, parse_q(by["婚姻家庭辅导调解成功率"]["actual"])[1], "调解成功率 text/table")
    c.eq(one(t, r"调解成功率不低于(\d+)%"), parse_q(by["婚姻家庭辅导调解成功率"]["target"])[1], "调解目标")
    c.eq(one(t, r"服务对象满意度不低于(\d+)%"), parse_q(by["服务对象满意度"]["target"])[1], "满意度目标")
    c.eq(one(t, r"，登记准确率(\d+)%，当场"), parse_q(by["登记准确率"]["target"])[1], "准确率目标 text/table")
    c.eq(one(t, r"未发现差错，登记准确率(\d+)%"), parse_q(by["登记准确率"]["actual"])[1], "准确率 text/table")

    total_row = line(t, "总分 ").split(" ")
    p_total, p_grade = one(t, r"自评得分([\d.]+)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    totals_check(c, [tot[3]] + [r["weight"] for r in rows], [tot[5]] + [r["score"] for r in rows],
                 total_row[0], [total_row[1], p_total])
    c.grade(p_total, p_grade)
    d_exec, d_onsite = one(t, r"预算执行率（扣([\d.]+)分）和当场办结率（扣([\d.]+)分）")
    c.ok("score_sum_mismatch", close(d_exec, dec(tot[3]) - dec(tot[5])), "执行率扣分 %s" % d_exec)
    c.ok("score_sum_mismatch", close(d_onsite, dec(by["当场办结率"]["weight"]) - dec(by["当场办结率"]["score"])),
         "办结率扣分 %s" % d_onsite)


def jx_shanggao(t, c):
    Y = 2019
    c.year(int(one(t, r"上高县婚姻登记服务中心(\d{4})年度部门整体支出绩效自评报告")) == Y, "title year")
    c.year(int(one(t, r"部门整体支出绩效自评表（(\d{4})年度）")) == Y, "table year")
    c.year(int(one(t, r"关于开展(\d{4})年度部门整体支出绩效自评")) == Y, "notice year")
    c.year(int(one(t, r"(\d{4})年末实有在编人员")) == Y, "staff year")
    c.year(int(one(t, r"(\d{4})年中心年初预算")) == Y, "budget year")
    c.year(int(one(t, r"另有(\d{4})年结转的档案整理经费")) == Y - 1, "carry-in year")
    c.year(int(one(t, r"（(\d{4})年为2688对）")) == Y - 1, "last-year registrations")
    c.year(int(one(t, r"于(\d{4})年2月至3月对照")) == Y + 1, "evaluation work")
    y1, y2 = one(t, r"公开了(\d{4})年部门预算和(\d{4})年部门决算")
    c.year(int(y1) == Y and int(y2) == Y - 1, "budget/final accounts disclosed")
    c.year(int(one(t, r"服务机构11月进场，顺延至(\d{4})年完成")) > Y, "postponed to")
    c.year(int(one(t, r"下达较晚，顺延至(\d{4})年")) > Y, "postponed to (table)")
    c.year(int(one(t, r"(\d{4})年1月，中心已与")) > Y, "renewal")
    c.year(int(one(t, r"结转资金将在(\d{4})年上半年")) > Y, "carry-over use")
    report_date(c, t, Y)

    f = one(t, r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），"
               r"项目支出([\d.]+)万元（婚姻登记服务经费([\d.]+)万元、婚姻家庭辅导购买服务经费([\d.]+)万元、"
               r"婚姻登记档案整理经费([\d.]+)万元）")
    c.total(f[0], [f[1], f[4]], "年初 = 基本 + 项目")
    c.total(f[1], [f[2], f[3]], "基本支出")
    c.total(f[4], f[5:8], "项目支出")
    add = one(t, r"追加历史婚姻登记档案数字化补录经费([\d.]+)万元")
    carry = one(t, r"结转的档案整理经费([\d.]+)万元")
    full, cur, carry2 = one(t, r"全年预算合计([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转([\d.]+)万元")
    c.total(full, [f[0], add, carry], "全年预算")
    c.total(full, [cur, carry2], "全年预算 = 当年 + 结转")
    c.total(cur, [f[0], add], "当年财政拨款")
    c.eq(carry, carry2, "上年结转 两处")
    spent, erate = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(erate, spent, full, "部门预算执行率")
    c.pct_range(erate, "执行率")
    b_sp, staff, pub_sp, pub_bal, p_sp = one(
        t, r"其中基本支出([\d.]+)万元，人员经费([\d.]+)万元全部支出，公用经费支出([\d.]+)万元，结余([\d.]+)万元；"
           r"项目支出([\d.]+)万元")
    c.total(spent, [b_sp, p_sp], "支出 = 基本 + 项目")
    c.total(b_sp, [staff, pub_sp], "基本支出执行")
    c.eq(staff, f[2], "人员经费 全部支出")
    c.balance(pub_bal, f[3], pub_sp, "公用经费结余")
    rec, last, down = one(t, r"公务接待费([\d.]+)万元，较上年的([\d.]+)万元减少([\d.]+)万元")
    c.ok("sum_mismatch", close(down, dec(last) - dec(rec)), "接待费减少 %s" % down)

    pb = one(t, r"的预算分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元（含上年结转）和([\d.]+)万元")
    ps = one(t, r"支出分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元和([\d.]+)万元")
    pr = one(t, r"执行率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%和([\d.]+)%")
    c.eq(pb[0], f[5], "登记服务经费预算")
    c.eq(pb[1], f[6], "辅导经费预算")
    c.total(pb[2], [f[7], carry], "档案整理经费 含结转")
    c.eq(pb[3], add, "数字化补录预算")
    c.total(p_sp, ps, "项目支出执行")
    for i in range(4):
        c.rate(pr[i], ps[i], pb[i], "项目%d执行率" % (i + 1))
        c.pct_range(pr[i], "项目%d执行率" % (i + 1))
    avg_rate, amt_rate = one(t, r"四个项目执行率的算术平均为([\d.]+)%，按金额计算的项目支出执行率为([\d.]+)%")
    c.average(avg_rate, [dec(ps[i]) / dec(pb[i]) * 100 for i in range(4)], "执行率算术平均")
    c.rate(amt_rate, p_sp, sum((dec(x) for x in pb), D(0)), "项目支出执行率（金额）")

    n_mar = one(t, r"全年办理结婚登记(\d+)对（")
    n_case, p_case, n_lec, p_lec, paid = one(
        t, r"全年提供个案辅导(\d+)次（每次([\d.]+)元）、婚姻家庭讲座(\d+)场（每场([\d.]+)元），合计支付([\d.]+)万元")
    c.ok("sum_mismatch", close(paid, (dec(n_case) * dec(p_case) + dec(n_lec) * dec(p_lec)) / 10000),
         "辅导支付 %s" % paid)
    c.eq(paid, ps[1], "辅导支付 vs 项目支出")
    pg_price, pages, pg_target, pg_comp, pg_left = one(
        t, r"按每页([\d.]+)元计价，完成(\d+)页，为年度目标(\d+)页的([\d.]+)%.*?未使用的([\d.]+)万元随项目结转")
    c.product(ps[3], pages, pg_price, "元", "数字化补录费")
    c.rate(pg_comp, pages, pg_target, "数字化补录完成率", code="completion_mismatch")
    c.balance(pg_left, pb[3], ps[3], "数字化补录结转")
    coun, ok_n, med = one(t, r"接受辅导的(\d+)对当事人中，有(\d+)对经辅导后放弃离婚，调解和好率([\d.]+)%")
    c.rate(med, ok_n, coun, "调解和好率")
    c.pct_range(med, "调解和好率")
    sat = one(t, r"满意度为([\d.]+)%。")
    c.pct_range(sat, "满意度")
    sc = one(t, r"四个项目自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分和([\d.]+)分，平均([\d.]+)分")
    c.average(sc[4], sc[:4], "项目平均得分")
    c.eq(one(t, r"组织集体颁证(\d+)次"), one(t, r"已开展集体颁证(\d+)次"), "集体颁证次数 text/table")

    rows = []
    for ln in re.findall(r"^(?:预算执行|产出指标|效益指标|满意度指标)｜.*$", t, re.M):
        g = ln.split("｜")
        rows.append({"name": g[2], "target": g[3], "actual": g[4], "weight": g[5], "score": g[6]})
    by = {r["name"]: r for r in rows}
    ex = by["部门预算执行率"]
    c.eq(erate, ex["actual"].rstrip("%"), "执行率 text/table")
    exec_score_check(c, ex["weight"], ex["actual"], ex["score"], full, spent)
    rows_check(c, [r for r in rows if r is not ex])
    c.eq(n_mar, parse_q(by["结婚登记办理量"]["actual"])[1], "结婚登记 text/table")
    c.eq(n_case, parse_q(by["婚姻家庭个案辅导"]["actual"])[1], "个案辅导 text/table")
    c.eq(pages, parse_q(by["历史档案数字化补录"]["actual"])[1], "补录页数 text/table")
    c.eq(pg_target, parse_q(by["历史档案数字化补录"]["target"])[1], "补录目标 text/table")
    c.eq(med, parse_q(by["离婚当事人调解和好率"]["actual"])[1], "调解和好率 text/table")
    c.eq(sat, parse_q(by["群众满意度"]["actual"])[1], "满意度 text/table")
    c.eq(one(t, r"保持群众满意度在(\d+)%以上"), parse_q(by["群众满意度"]["target"])[1], "满意度目标")
    tr = line(t, "合计｜").split("｜")
    p_total, p_grade = one(t, r"自评得分([\d.]+)分，综合评定为“(优秀|良好|中等|优|良|中|差)”")
    totals_check(c, [r["weight"] for r in rows], [r["score"] for r in rows], tr[4], [tr[5], p_total])
    c.grade(p_total, p_grade)


def hb_hanchuan(t, c):
    Y = 2020
    c.year(int(one(t, r"(\d{4})年度婚姻登记服务与婚姻家庭辅导项目绩效自评报告")) == Y, "title year")
    c.year(int(one(t, r"自评表（汉川市，(\d{4})年度）")) == Y, "table year")
    c.year(int(one(t, r"截至(\d{4})年12月31日")) == Y, "cut-off date")
    c.year(int(one(t, r"(\d{4})年初受新冠肺炎疫情影响")) == Y, "epidemic year")
    c.year(int(one(t, r"（(\d{4})年全年为5126对）")) == Y - 1, "last-year registrations")
    c.year(int(one(t, r"于(\d{4})年2月完成资料收集")) == Y + 1, "evaluation work")
    c.year(int(one(t, r"四是(\d{4})年编制预算时")) == Y + 1, "next budget")
    report_date(c, t, Y)

    reg = one(t, r"全年办理结婚登记(\d+)对，一至四季度分别为(\d+)对、(\d+)对、(\d+)对、(\d+)对")
    c.total(reg[0], reg[1:], "结婚登记季度合计")
    init = one(t, r"项目年初预算([\d.]+)万元。")
    cut, full = one(t, r"6月调减([\d.]+)万元，调整后全年预算([\d.]+)万元")
    c.ok("sum_mismatch", close(full, dec(init) - dec(cut)), "调整后预算 %s" % full)
    sp = one(t, r"项目支出([\d.]+)万元，其中窗口辅助服务费([\d.]+)万元，登记设备维护及耗材([\d.]+)万元，"
                r"婚姻家庭辅导购买服务([\d.]+)万元，颁证仪式及宣传([\d.]+)万元")
    c.total(sp[0], sp[1:], "支出构成")
    bal = one(t, r"结余([\d.]+)万元已于年底上缴")
    c.balance(bal, full, sp[0], "结余 = 到位(全额) - 支出")
    staff, monthly = one(t, r"派遣辅助人员(\d+)名，按每人每月(\d+)元")
    c.ok("sum_mismatch", close(sp[1], dec(staff) * dec(monthly) * 12 / 10000), "窗口辅助服务费")
    price = one(t, r"合同约定按每场(\d+)元结算")
    n_case, comp_case = one(t, r"全年完成个案辅导(\d+)场，完成率([\d.]+)%")
    c.product(sp[3], n_case, price, "元", "辅导购买服务")
    t_case = one(t, r"个案辅导不少于(\d+)场")
    c.rate(comp_case, n_case, t_case, "个案辅导完成率", code="completion_mismatch")
    pre, pre_rate = one(t, r"全年预约办理结婚登记(\d+)对，占全部结婚登记的([\d.]+)%")
    c.rate(pre_rate, pre, reg[0], "预约占比")
    n_mar2, comp_mar = one(t, r"全年结婚登记(\d+)对，完成率([\d.]+)%")
    c.eq(n_mar2, reg[0], "结婚登记 两处")
    t_mar = one(t, r"全年结婚登记不少于(\d+)对")
    c.rate(comp_mar, n_mar2, t_mar, "结婚登记完成率", code="completion_mismatch")
    coun, ok_n, med = one(t, r"在接受辅导的(\d+)对离婚当事人中，有(\d+)对和好并撤回离婚登记申请，调解和好率([\d.]+)%")
    c.rate(med, ok_n, coun, "调解和好率")
    c.pct_range(med, "调解和好率")
    sat = one(t, r"群众满意度为([\d.]+)%")
    c.pct_range(sat, "满意度")

    # flattened table: one cell per line, rows separated by blank lines
    tab = t[t.index("附件：项目支出绩效自评表"):]
    blocks = [[x[1:] if x.startswith("\t") else x for x in b.split("\n")]
              for b in tab.split("\n\n") if b.startswith("\t") or "\n\t" in b]
    blocks = [[x for x in b if not x.startswith("附件：")] for b in blocks]
    fi = [i for i, b in enumerate(blocks) if b and b[0] == "年初预算数（万元）"][0]
    fund = blocks[fi + 1]
    c.eq(init, fund[0], "年初 text/table")
    c.eq(full, fund[1], "全年 text/table")
    c.eq(sp[0], fund[2], "执行 text/table")
    c.rate(fund[3].rstrip("%"), fund[2], fund[1], "执行率 (table)")
    c.pct_range(fund[3].rstrip("%"), "执行率")
    exec_score_check(c, fund[4], fund[3], fund[5], fund[1], fund[2])
    rows = []
    total_block = None
    for b in blocks:
        if len(b) == 7 and (re.match(r"目标\d+$", b[0]) or b[0] == "") and b[1] != "指标":
            rows.append({"name": b[1], "weight": b[2], "target": b[3], "actual": b[4], "completion": b[5],
                         "score": b[6]})
        if b and b[0] == "合计":
            total_block = b
    by = {r["name"]: r for r in rows}
    rows_check(c, rows)
    c.eq(reg[0], parse_q(by["结婚登记办理量"]["actual"])[1], "结婚登记 text/table")
    c.eq(comp_mar, by["结婚登记办理量"]["completion"].rstrip("%"), "结婚登记完成率 text/table")
    c.eq(t_mar, parse_q(by["结婚登记办理量"]["target"])[1], "结婚登记目标 text/table")
    c.eq(pre_rate, parse_q(by["网上预约办理占比"]["actual"])[1], "预约占比 text/table")
    c.eq(one(t, r"网上预约办理占比不低于(\d+)%"), parse_q(by["网上预约办理占比"]["target"])[1], "预约目标")
    c.eq(one(t, r"登记合格率(\d+)%，网上预约"), parse_q(by["登记合格率"]["target"])[1], "合格率目标 text/table")
    c.eq(one(t, r"平均办理时长控制在(\d+)分钟以内"), parse_q(by["平均办理时长"]["target"])[1], "时长目标")
    c.eq(n_case, parse_q(by["个案辅导场次"]["actual"])[1], "个案辅导 text/table")
    c.eq(comp_case, by["个案辅导场次"]["completion"].rstrip("%"), "个案辅导完成率 text/table")
    c.eq(t_case, parse_q(by["个案辅导场次"]["target"])[1], "个案辅导目标 text/table")
    c.eq(med, parse_q(by["调解和好率"]["actual"])[1], "调解和好率 text/table")
    c.eq(one(t, r"调解和好率不低于(\d+)%"), parse_q(by["调解和好率"]["target"])[1], "调解目标")
    c.eq(price, parse_q(by["个案辅导单价"]["actual"])[1], "单价 text/table")
    c.eq(one(t, r"个案辅导单价不超过(\d+)元/场"), parse_q(by["个案辅导单价"]["target"])[1], "单价目标")
    c.eq(sat, parse_q(by["群众满意度"]["actual"])[1], "满意度 text/table")
    c.eq(one(t, r"群众满意度不低于(\d+)%"), parse_q(by["群众满意度"]["target"])[1], "满意度目标")
    p_total, p_grade = one(t, r"项目自评得分([\d.]+)分，评价等级为“(优秀|良好|中等|优|良|中|差)”")
    totals_check(c, [fund[4]] + [r["weight"] for r in rows], [fund[5]] + [r["score"] for r in rows],
                 total_block[1], [total_block[6], p_total])
    c.grade(p_total, p_grade)


def fj_nanan(t, c):
    Y = 2024
    c.year(int(one(t, r"南安市民政局(\d{4})年度婚姻登记处颁证大厅")) == Y, "title year")
    c.year(int(one(t, r"发布时间：(\d{4})-\d\d-\d\d")) == Y + 1, "publication year")
    c.year(int(one(t, r"补助资金20.00万元（(\d{4})年12月提前下达）")) == Y - 1, "advance issue")
    c.year(int(one(t, r"(\d{4})年结转的婚俗改革宣传经费")) == Y - 1, "carry-in year")
    c.year(int(one(t, r"项目实施期为(\d{4})年1月至12月")) == Y, "implementation period")
    c.year(int(one(t, r"(\d{4})年7月26日通过竣工验收")) == Y, "acceptance year")
    c.year(int(one(t, r"(\d{4})年全市办理结婚登记")) == Y, "registration year")
    c.year(int(one(t, r"较(\d{4})年的5873对")) == Y - 1, "last-year registrations")
    c.year(int(one(t, r"于(\d{4})年3月对照年初批复")) == Y + 1, "evaluation work")

    full, prov, local, add, carry = one(
        t, r"项目全年预算([\d.]+)万元，其中省级婚姻登记机关标准化建设补助资金([\d.]+)万元（\d{4}年12月提前下达）、"
           r"南安市本级财政资金([\d.]+)万元（含7月追加([\d.]+)万元）、\d{4}年结转的婚俗改革宣传经费([\d.]+)万元")
    c.total(full, [prov, local, carry], "全年预算构成")
    spent, erate, bal = one(t, r"全年执行([\d.]+)万元，执行率([\d.]+)%，结余([\d.]+)万元为市本级资金")
    c.rate(erate, spent, full, "执行率")
    c.pct_range(erate, "执行率")
    c.balance(bal, full, spent, "结余 = 到位(全部) - 执行")
    contract, settle = one(t, r"合同价([\d.]+)万元，\d{4}年7月26日通过竣工验收，结算审定([\d.]+)万元")
    n_dev, p_dev, a_dev = one(t, r"购置人证核验一体机(\d+)台套，单价([\d.]+)万元，计([\d.]+)万元")
    c.ok("sum_mismatch", close(a_dev, dec(n_dev) * dec(p_dev)), "设备购置 %s" % a_dev)
    p_case, p_cls = one(t, r"个案辅导按每场(\d+)元、婚前辅导课堂按每场(\d+)元结算")
    a_case, a_cls = one(t, r"全年支付个案辅导费([\d.]+)万元、课堂费([\d.]+)万元")
    a_pub, a_sup = one(t, r"另支付集体颁证及婚俗改革宣传费([\d.]+)万元、工程监理及造价审核费([\d.]+)万元")
    c.total(spent, [settle, a_dev, a_case, a_cls, a_pub, a_sup], "支出构成")
    cut = one(t, r"审减金额([\d.]+)万元")
    c.ok("sum_mismatch", close(cut, dec(contract) - dec(settle)), "审减 %s" % cut)

    area, before = one(t, r"颁证大厅及辅导室面积(\d+)平方米（改造前为(\d+)平方米）")
    n_case, comp_case = one(t, r"全年开展个案辅导(\d+)场，完成年度目标的([\d.]+)%")
    n_cls, t_cls, comp_cls = one(t, r"婚前辅导课堂开课(\d+)场，年度目标为(\d+)场，因报名人数不足合并开班，完成率([\d.]+)%")
    c.product(a_case, n_case, p_case, "元", "个案辅导费")
    c.product(a_cls, n_cls, p_cls, "元", "课堂费")
    c.rate(comp_cls, n_cls, t_cls, "课堂完成率", code="completion_mismatch")
    reg = one(t, r"全市办理结婚登记(\d+)对，四个季度分别为(\d+)对、(\d+)对、(\d+)对和(\d+)对，较\d{4}年的(\d+)对下降([\d.]+)%")
    c.total(reg[0], reg[1:5], "结婚登记季度合计")
    c.rate(reg[6], dec(reg[5]) - dec(reg[0]), reg[5], "结婚登记降幅")
    coun, ok_n, med = one(t, r"接受辅导的(\d+)对当事人中，(\d+)对撤回离婚登记申请，调解和好率([\d.]+)%")
    c.rate(med, ok_n, coun, "调解和好率")
    c.pct_range(med, "调解和好率")
    q = one(t, r"四个季度满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%和([\d.]+)%，平均([\d.]+)%")
    c.average(q[4], q[:4], "辅导满意度季度平均")
    for x in q:
        c.pct_range(x, "辅导满意度")
    c.pct_range(one(t, r"好评率([\d.]+)%"), "好评率")
    sat = one(t, r"服务对象满意度调查结果为([\d.]+)%")
    c.pct_range(sat, "满意度")

    # 附表1: funds with 行次 and printed formulas
    F = {}
    for key in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]:
        F[key] = re.split(r"\s*\|\s*", line(t, key + " |").strip())[1:]
    for key in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        r = F[key]
        c.total(r[1], [r[2], r[3], r[4], r[5]], "%s 财政资金小计" % key)
        c.total(r[0], [r[1], r[6], r[7]], "%s 年度总金额" % key)
    cols = ["总金额", "小计", "中央", "省级", "市级", "县区级", "上年结转", "其他"]
    for j, nm in enumerate(cols):
        c.balance(F["资金结余"][j], F["实际到位资金"][j], F["全年执行资金"][j], "(5)=(3)-(4) %s" % nm)
        for key, num in [("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")]:
            st = F[key][j]
            if dec(F["全年预算资金"][j]) == 0:
                c.ok("implausible_rate", st in ("0", "—"), "%s %s on a zero base: %s" % (key, nm, st))
            else:
                c.rate(st, F[num][j], F["全年预算资金"][j], "%s %s" % (key, nm))
                c.pct_range(st, "%s %s" % (key, nm))
    c.eq(full, F["全年预算资金"][0], "全年预算 text/table")
    c.eq(full, F["实际到位资金"][0], "资金全部到位")
    c.eq(prov, F["全年预算资金"][3], "省级 text/table")
    c.eq(local, F["全年预算资金"][5], "市本级 text/table")
    c.eq(carry, F["全年预算资金"][6], "结转 text/table")
    c.ok("sum_mismatch", close(add, dec(F["全年预算资金"][5]) - dec(F["年初预算资金"][5])), "追加 %s" % add)
    c.eq(spent, F["全年执行资金"][0], "执行 text/table")
    c.eq(erate, F["预算执行率(%)"][0], "执行率 text/table")
    c.eq(bal, F["资金结余"][0], "结余 text/table")
    c.eq(bal, F["资金结余"][5], "结余为市本级资金")

    # 附表2: indicators
    rows = []
    for ln in re.findall(r"^(?:预算执行|产出指标|效益指标|满意度指标) \|.*$", t, re.M):
        g = re.split(r"\s*\|\s*", ln.strip())
        rows.append({"name": g[2], "weight": g[3], "target": g[4], "actual": g[5], "completion": g[6], "score": g[7]})
    by = {r["name"]: r for r in rows}
    ex = by["预算执行率"]
    c.eq(erate, ex["actual"].rstrip("%"), "执行率 text/附表2")
    c.rate(ex["actual"].rstrip("%"), spent, full, "执行率 附表2")
    c.rate(ex["completion"].rstrip("%"), ex["actual"].rstrip("%"), ex["target"].rstrip("%"), "执行率完成率",
           code="completion_mismatch")
    exec_score_check(c, ex["weight"], ex["actual"], ex["score"], full, spent)
    rows_check(c, [r for r in rows if r is not ex])
    c.eq(area, parse_q(by["颁证大厅及辅导室改造面积"]["actual"])[1], "改造面积 text/table")
    c.eq(n_case, parse_q(by["婚姻家庭个案辅导"]["actual"])[1], "个案辅导 text/table")
    c.eq(comp_case, by["婚姻家庭个案辅导"]["completion"].rstrip("%"), "个案完成率 text/table")
    c.rate(comp_case, n_case, parse_q(by["婚姻家庭个案辅导"]["target"])[1], "个案完成率", code="completion_mismatch")
    c.eq(n_cls, parse_q(by["婚前辅导课堂"]["actual"])[1], "课堂 text/table")
    c.eq(t_cls, parse_q(by["婚前辅导课堂"]["target"])[1], "课堂目标 text/table")
    c.eq(comp_cls, by["婚前辅导课堂"]["completion"].rstrip("%"), "课堂完成率 text/table")
    c.eq(settle, parse_q(by["改造工程结算价"]["actual"])[1], "结算价 text/table")
    c.eq(contract, parse_q(by["改造工程结算价"]["target"])[1], "合同价 text/table")
    c.eq(med, parse_q(by["离婚冷静期调解和好率"]["actual"])[1], "调解和好率 text/table")
    c.eq(sat, parse_q(by["服务对象满意度"]["actual"])[1], "满意度 text/table")
    tr = re.split(r"\s*\|\s*", line(t, "合计 |").strip())
    p_total, p_grade = one(t, r"项目自评得分([\d.]+)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    totals_check(c, [r["weight"] for r in rows], [r["score"] for r in rows], tr[2], [tr[-1], p_total])
    c.grade(p_total, p_grade)
    d_exec, d_cls = one(t, r"预算执行率（扣([\d.]+)分）和婚前辅导课堂场次（扣([\d.]+)分）")
    c.ok("score_sum_mismatch", close(d_exec, dec(ex["weight"]) - dec(ex["score"])), "执行率扣分 %s" % d_exec)
    c.ok("score_sum_mismatch", close(d_cls, dec(by["婚前辅导课堂"]["weight"]) - dec(by["婚前辅导课堂"]["score"])),
         "课堂扣分 %s" % d_cls)


PROJECTS = {
    "he-renqiu-hunjiafudao-2021": he_renqiu,
    "sc-jianyang-hunyindengji-2022": sc_jianyang,
    "jx-shanggao-hydjzx-bumen-2019": jx_shanggao,
    "hb-hanchuan-hunyindengji-2020": hb_hanchuan,
    "fj-nanan-banzhengting-2024": fj_nanan,
}


def run(pid, text):
    c = Chk()
    PROJECTS[pid](text, c)
    return c


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    assert len(labels) == 35, len(labels)
    counts = {k: 0 for k in CODES}
    where = {}
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        pid = rec["source"]
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        c = run(pid, text)
        if rec["clean"]:
            assert rec["expected"] == [], rec["case"]
            n = len(clean)
            if not 2800 <= n <= 3400:
                problems.append("%s: length %d outside 2800-3400" % (rec["case"], n))
            if c.fail or c.warn:
                problems.append("%s: clean draft fails %s %s" % (rec["case"], c.fail, c.warn))
            print("%-44s clean  %4d chars  %3d checks pass" % (rec["case"], n, c.n))
            continue
        assert len(rec["expected"]) == 1, rec["case"]
        exp = rec["expected"][0]
        code, value = exp["code"], exp["value"]
        assert exp["severity"] == "error" and code in CODES, rec["case"]
        counts[code] += 1
        # 1. value occurs (exactly once, so the label is unambiguous)
        k = text.count(value)
        if k != 1:
            problems.append("%s: value occurs %d times" % (rec["case"], k))
            continue
        # 2. one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        lo, hi = p, len(text) - s
        vs = text.index(value)
        ve = vs + len(value)
        if not (lo < hi and vs < hi and lo < ve):
            problems.append("%s: diff [%d,%d) does not overlap value [%d,%d)" % (rec["case"], lo, hi, vs, ve))
        # 5. labelled code fails, nothing else at error level
        failed = sorted(set(x[0] for x in c.fail))
        if failed != [code]:
            problems.append("%s: expected only %s to fail, got %s" % (rec["case"], code, c.fail))
        print("%-44s %-22s fails: %s%s" % (rec["case"], code, ", ".join(failed),
                                          ("  (warnings: %d)" % len(c.warn)) if c.warn else ""))
    for k in CODES:
        if counts[k] < 2:
            problems.append("code %s used %d times (< 2)" % (k, counts[k]))
    print("counts: " + ", ".join("%s=%d" % (k, counts[k]) for k in CODES))
    if problems:
        print("\n".join("PROBLEM: " + x for x in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
