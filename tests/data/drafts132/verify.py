#!/usr/bin/env python3
"""Verify the n132 set.

1. every label value occurs in its case; every case has a label; the codes cover the 13 §A codes twice;
2. every error case differs from its clean draft in one place (one short contiguous region);
3. redo the arithmetic of every clean draft (tables: weights, scores, totals, grade, execution rates,
   completion rates, score rule, units; prose: per-draft identities and repeated figures) -> no failure;
4. the same checks run on each error case must fail at least once (the injected error is detectable).
Prints OK at the end when all holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import SOURCES, EDITS  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"


# ---------------------------------------------------------------- helpers
def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated: string as written; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    v = dec(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-ndec(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def fail(self, msg):
        self.fails.append(msg)

    def one(self, pattern, n=1):
        """groups of the single match of pattern (must occur exactly once)"""
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            self.fail(f"pattern matched {len(ms)} times: {pattern}")
            return None
        return ms[0].groups() if n > 1 else ms[0].group(1)

    def expect(self, label, stated, computed):
        if stated is None:
            return
        if not ok(stated, computed):
            self.fail(f"{label}: stated {stated}, computed {computed}")

    def same(self, label, pattern):
        """all occurrences of pattern's group 1 must be the same value"""
        vals = [dec(m.group(1)) for m in re.finditer(pattern, self.t)]
        if len(vals) < 2:
            self.fail(f"{label}: expected >= 2 mentions, found {len(vals)}")
        elif len(set(vals)) != 1:
            self.fail(f"{label}: conflicting values {vals}")

    def grade(self, total_str):
        m = re.findall(r"等级为[“\"]?(优秀|良好|中等|优|良|中|差)", self.t)
        if not m:
            self.fail("no grade stated")
        for g in m:
            if GRADE_NORM[g] != grade_of(dec(total_str)):
                self.fail(f"grade {g} does not fit total {total_str}")


# ---------------------------------------------------------------- tables
TARGET_COLS = ("年度指标值", "目标值")
ACTUAL_COLS = ("实际完成值", "业绩值")
SCORE_COLS = ("得分", "指标得分")
IND_RE = re.compile(r"^(≥|≤|=|＞|＜)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    m = IND_RE.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    return sign or "=", dec(num), unit.strip(), num


def table_rows(text):
    for line in text.split("\n"):
        if "｜" in line:
            yield [c.strip() for c in line.split("｜")]


def is_num(s):
    return re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", s or "") is not None


def check_tables(ck):
    header = None
    wsum = D(0)
    ssum = D(0)
    totals = []
    for cells in table_rows(ck.t):
        if "分值" in cells or "执行率" in cells or "完成率" in cells:
            header = {c: i for i, c in enumerate(cells)}
            continue
        if header is None or len(cells) != len(header):
            continue
        col = lambda names: next((header[n] for n in ([names] if isinstance(names, str) else names)
                                  if n in header), None)
        iw, isc = col("分值"), col(SCORE_COLS)
        first = cells[0]
        # --- funds rows (全年预算数/全年执行数/执行率)
        ib, ie, ir = col("全年预算数"), col("全年执行数"), col("执行率")
        if ib is not None and ie is not None and ir is not None and is_num(cells[ib]) and is_num(cells[ie]):
            b, e, rs = dec(cells[ib]), dec(cells[ie]), cells[ir]
            if b == 0:
                if rs not in ("—", "0", ""):
                    ck.fail(f"rate {rs} on zero budget in row {first}")
            else:
                rate = e / b * 100
                if rate > 100:
                    ck.fail(f"execution rate over 100% in row {first}")
                if rs.endswith("%"):
                    ck.expect(f"execution rate row {first}", rs[:-1], rate)
                if iw is not None and isc is not None and is_num(cells[iw]) and is_num(cells[isc]):
                    w, sc = dec(cells[iw]), cells[isc]
                    exp1 = w * min(rate / 100, D(1))
                    exp2 = w * min(dec(rs[:-1]) / 100, D(1)) if rs.endswith("%") else exp1
                    if not (ok(sc, exp1) or ok(sc, exp2)):
                        ck.fail(f"execution score row {first}: {sc} vs {r2(exp1)}")
        # --- weight / score rows
        if iw is not None and isc is not None and is_num(cells[iw]) and is_num(cells[isc]):
            w, s = dec(cells[iw]), dec(cells[isc])
            if first in ("总分", "合计"):
                totals.append((cells[iw], cells[isc]))
                continue
            wsum += w
            ssum += s
            if s > w or s < 0:
                ck.fail(f"score {s} outside [0, {w}] in row {cells[2] if len(cells) > 2 else first}")
            # --- indicator rows: units, completion, score rule
            it, ia = col(TARGET_COLS), col(ACTUAL_COLS)
            if it is None or ia is None:
                continue
            tv, av = parse_val(cells[it]), parse_val(cells[ia])
            if re.search(r"\d{4}年\d+月\d+日", cells[it] + cells[ia]):
                continue  # date indicator
            ic = col("完成率")
            name = cells[2]
            if tv is None and av is None:
                continue  # qualitative
            if (tv is None) != (av is None) or tv[2] != av[2]:
                ck.fail(f"unit of actual differs from target in {name}: {cells[it]} / {cells[ia]}")
                continue
            sign, T, _, _ = tv
            _, A, _, _ = av
            if sign == "≤":
                comp = D(100) if A <= T else T / A * 100
            elif T == 0:
                comp = None
            else:
                comp = A / T * 100
            if ic is not None and cells[ic] not in ("—", ""):
                if comp is None:
                    ck.fail(f"completion on zero target in {name}")
                else:
                    ck.expect(f"completion {name}", cells[ic].rstrip("%"), comp)
            if comp is None:
                exp = w if A == 0 else D(0)
            else:
                exp = w * min(comp / 100, D(1))
            alt = exp
            if ic is not None and cells[ic].endswith("%"):
                alt = w * min(dec(cells[ic][:-1]) / 100, D(1))
            if not (ok(cells[isc], exp) or ok(cells[isc], alt)):
                ck.fail(f"score rule {name}: {cells[isc]} vs {r2(exp)}")
    if totals:
        tw, ts = totals[-1]
        if wsum != D(100) or dec(tw) != D(100):
            ck.fail(f"weights add to {wsum}, total row {tw}")
        ck.expect("total score", ts, ssum)
        return ts
    return None


# ---------------------------------------------------------------- per-draft prose checks
def check_shiqian(ck):
    t = ck
    parts = t.one(r"其中县道" + NUM + r"公里、乡道" + NUM + r"公里、村道" + NUM + r"公里", 3)
    total_len = t.one(r"全县列养农村公路" + NUM + r"公里，其中")
    if parts:
        t.expect("road length sum", total_len, sum(dec(p) for p in parts))
    t.same("列养里程", r"列养(?:农村公路)?(\d+\.\d)公里")
    ini, fis, carry = t.one(r"年初预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、上年结转资金" + NUM + r"万元", 3) or (None,) * 3
    if ini:
        t.expect("initial = fiscal + carryover", ini, dec(fis) + dec(carry))
    prov, adv, county = t.one(r"省级农村公路养护补助资金" + NUM + r"万元（含2020年12月提前下达的" + NUM + r"万元），县级配套资金" + NUM + r"万元", 3) or (None,) * 3
    if prov:
        t.expect("fiscal = provincial + county", fis, dec(prov) + dec(county))
    add = t.one(r"追加下达农村公路养护补助" + NUM + r"万元")
    annual = t.one(r"调整后全年预算" + NUM + r"万元")
    if add and annual:
        t.expect("annual = initial + added", annual, dec(ini) + dec(add))
    spent = t.one(r"项目实际支出" + NUM + r"万元，预算执行率")
    rate = t.one(r"预算执行率" + NUM + r"%。按用途分")
    t.expect("execution rate (text)", rate, dec(spent) / dec(annual) * 100)
    if not re.search(r"截至2021年12月31日，项目实际支出", t.t):
        t.fail("year of the spending figure is not the evaluation year")
    keepers, pay, labour = t.one(r"养护员劳务报酬" + NUM + r"万元（" + NUM + r"名养护员，每人每月" + NUM + r"元）", 3) or (None,) * 3
    if keepers:
        t.expect("labour pay = n x monthly x 12", keepers, dec(pay) * dec(labour) * 12 / 10000)
    t.same("养护员人数", r"(\d+)名(?:养护员|，超过400名)")
    uses = t.one(r"养护员劳务报酬" + NUM + r"万元.*?路面病害处治及中修工程款" + NUM + r"万元，灾毁抢通及水毁修复费用" + NUM + r"万元，养护机械燃料及小型机具购置" + NUM + r"万元", 4)
    if uses:
        t.expect("uses add to spent", spent, sum(dec(u) for u in uses))
    prov_sp = t.one(r"省级补助资金" + NUM + r"万元全部支出")
    crec, csp, crate = t.one(r"县级配套资金到位" + NUM + r"万元，支出" + NUM + r"万元，支出率" + NUM + r"%", 3) or (None,) * 3
    if crec:
        t.expect("county rate", crate, dec(csp) / dec(crec) * 100)
        t.expect("provincial = 300 + 220 + 124", prov_sp, dec(prov) + dec(add))
        t.expect("sources add to spent", spent, dec(prov_sp) + dec(csp) + dec(carry))
    left = t.one(r"未执行的" + NUM + r"万元")
    t.expect("unspent = annual - spent", left, dec(annual) - dec(spent))
    if not re.search(r"结转至2022年", t.t):
        t.fail("carry-forward year")
    cost, perkm = t.one(r"日常养护（养护员报酬及机械燃料）共" + NUM + r"万元，折合每公里" + NUM + r"元", 2) or (None, None)
    if cost:
        t.expect("daily cost = labour + fuel", cost, dec(keepers) + dec(uses[3]))
        t.expect("cost per km", perkm, dec(cost) * 10000 / dec(total_len))
    n, okn, pr = t.one(r"中修工程" + NUM + r"段，一次验收合格" + NUM + r"段，一次验收合格率" + NUM + r"%", 3) or (None,) * 3
    if n:
        t.expect("acceptance rate", pr, dec(okn) / dec(n) * 100)
    cur, last, diff = t.one(r"优良中等路率" + NUM + r"%，较上年（" + NUM + r"%）提高" + NUM + r"个百分点", 3) or (None,) * 3
    if cur:
        t.expect("road quality change", diff, dec(cur) - dec(last))
    q, s, sat = t.one(r"回收有效问卷" + NUM + r"份，其中满意和比较满意" + NUM + r"份，满意度" + NUM + r"%", 3) or (None,) * 3
    if q:
        t.expect("satisfaction", sat, dec(s) / dec(q) * 100)
    # the spent amount in the text equals the table
    m = re.search(r"^年度资金总额｜[\d.]+｜([\d.]+)｜([\d.]+)｜", t.t, re.M)
    if not m or dec(m.group(1)) != dec(annual) or dec(m.group(2)) != dec(spent):
        t.fail("funds table vs text")


def check_shiqian_extra(ck, total):
    t = ck
    exec_score = t.one(r"本项目预算执行得分" + NUM + r"分")
    m = re.search(r"年度资金总额｜[\d.]+｜[\d.]+｜[\d.]+｜10｜[\d.]+%｜([\d.]+)", t.t)
    if exec_score and m and dec(exec_score) != dec(m.group(1)):
        t.fail("execution score text vs table")
    text_total = t.one(r"综合评分" + NUM + r"分")
    if text_total and total and dec(text_total) != dec(total):
        t.fail("total text vs table")
    t.same("中修里程", r"(?:完成中修|｜)(\d+\.\d)公里(?:；|｜6)")


def check_guidong(ck):
    t = ck
    n4, n5 = t.one(r"其中四级站" + r"(\d+)个、五级站(\d+)个", 2) or (None, None)
    nall = t.one(r"乡镇客运站共(\d+)个")
    if n4:
        t.expect("station count", nall, dec(n4) + dec(n5))
    s4, s5, sub, avg = t.one(r"四级站每站每年" + NUM + r"万元，五级站每站每年" + NUM + r"万元，\d+个站合计" + NUM + r"万元，平均每站" + NUM + r"万元", 4) or (None,) * 4
    if s4:
        t.expect("subsidy total", sub, dec(n4) * dec(s4) + dec(n5) * dec(s5))
        t.expect("average per station", avg, (dec(n4) * dec(s4) + dec(n5) * dec(s5)) / dec(nall))
    t.same("发送旅客", r"发送旅客(\d+\.\d)万人次(?:，比|，未)")
    ini = t.one(r"年初预算安排县本级资金" + NUM + r"万元")
    prov = t.one(r"下达农村客运站运营补助资金" + NUM + r"万元")
    annual = t.one(r"全年预算调整为" + NUM + r"万元")
    t.expect("annual = county + provincial", annual, dec(ini) + dec(prov))
    spent, rate = t.one(r"全年共支出" + NUM + r"万元，预算执行率" + NUM + r"%", 2) or (None, None)
    t.expect("execution rate", rate, dec(spent) / dec(annual) * 100)
    opsub = t.one(r"其中站点运营补贴" + NUM + r"万元")
    t.expect("operating subsidy", opsub, dec(sub))
    nsafe, safe, savg = t.one(r"实际完成(\d+)个站，支出" + NUM + r"万元，平均每站" + NUM + r"万元", 3) or (None,) * 3
    if nsafe:
        t.expect("safety average", savg, dec(safe) / dec(nsafe))
        t.expect("spent = subsidy + safety", spent, dec(opsub) + dec(safe))
    cty_sp, cty_rate = t.one(r"县本级资金支出" + NUM + r"万元，执行率" + NUM + r"%", 2) or (None, None)
    if cty_sp:
        t.expect("county spent", cty_sp, dec(spent) - dec(prov))
        t.expect("county rate", cty_rate, dec(cty_sp) / dec(ini) * 100)
    bal = t.one(r"全年结余资金" + NUM + r"万元")
    t.expect("balance", bal, dec(annual) - dec(spent))
    # scores
    sc = {}
    es = t.one(r"按执行率计得" + NUM + r"分")
    t.expect("execution score", es, D(10) * dec(spent) / dec(annual))
    items = [dec(x) for x in re.findall(r"得" + NUM + r"分[。，]", t.t)]
    pw, ps = t.one(r"产出指标（分值(\d+)分，得分" + NUM + r"分）", 2) or (None, None)
    bw, bs = t.one(r"效益指标（分值(\d+)分，得分" + NUM + r"分）", 2) or (None, None)
    mw, ms = t.one(r"满意度指标（分值(\d+)分，得分" + NUM + r"分）", 2) or (None, None)
    if pw:
        # 产出 items: 10, 9.63, 10, 7, 7.78 ; 效益 items: 9.47, 10, 6
        prod = re.search(r"（二）产出指标.*?（三）效益指标", t.t, re.S).group(0)
        ben = re.search(r"（三）效益指标.*?（四）满意度指标", t.t, re.S).group(0)
        pi = [dec(x) for x in re.findall(r"得" + NUM + r"分", prod)]
        bi = [dec(x) for x in re.findall(r"得" + NUM + r"分", ben)]
        t.expect("产出 subtotal", ps, sum(pi))
        t.expect("效益 subtotal", bs, sum(bi))
        if dec(pw) + dec(bw) + dec(mw) + 10 != 100:
            t.fail("weights")
        # indicator scores from targets
        t.expect("开站率 score", re.search(r"暂停营业一个月，得" + NUM, prod).group(1), D(10) * D("91.5") / 95)
        t.expect("安全设施 score", re.search(r"实际14个站，得" + NUM, prod).group(1), D(10) * 14 / 18)
        t.expect("发送旅客 score", re.search(r"的目标，得" + NUM, ben).group(1), D(10) * D("42.6") / 45)
    q, s, sat = t.one(r"回收有效问卷" + NUM + r"份，其中满意和基本满意的" + NUM + r"份，满意度" + NUM + r"%", 3) or (None,) * 3
    if q:
        t.expect("satisfaction", sat, dec(s) / dec(q) * 100)
        if dec(sat) > 100 or dec(s) > dec(q):
            t.fail("satisfaction over 100%")
    total = t.one(r"综合自评得分" + NUM + r"分")
    if total and es and ps:
        t.expect("total", total, dec(es) + dec(ps) + dec(bs) + dec(ms))
        t.grade(total)
    _ = (items, sc)


def check_huguan(ck, total):
    t = ck
    rows = re.findall(r"^\d｜[^｜]+｜" + NUM + "｜" + NUM + "｜" + r"(\d+)｜" + NUM + "$", t.t, re.M)
    tot = re.search(r"^合计｜｜" + NUM + "｜" + NUM + r"｜(\d+)｜" + NUM + "$", t.t, re.M)
    if len(rows) != 5 or not tot:
        t.fail("表1 not found")
    else:
        for k, label in enumerate(["里程", "护栏", "标牌", "费用"]):
            t.expect(f"表1 {label} sum", tot.group(k + 1), sum(dec(r[k]) for r in rows))
    t.same("处治里程", r"(?:处治隐患路段|处治里程|｜)(\d+\.\d)公里(?:，分路线|，完成年度|｜101)")
    # funds table 2
    f = {m.group(1): m.groups()[1:] for m in
         re.finditer(r"^\d｜(合计|中央资金|省级资金|市级资金|县级资金|上年结转)｜" + "｜".join([NUM] * 4) + r"｜([\d.]+%?)｜([\d.]+%?)$", t.t, re.M)}
    if len(f) != 6:
        t.fail("表2 not found")
        return
    for k in range(4):
        t.expect(f"表2 column {k} sum", f["合计"][k],
                 sum(dec(f[s][k]) for s in ["中央资金", "省级资金", "市级资金", "县级资金", "上年结转"]))
    for s, (b, rec, sp, bal, rr, er) in f.items():
        t.expect(f"结余 {s}", bal, dec(rec) - dec(sp))
        if dec(b) == 0:
            if rr.rstrip("%") != "0" or er.rstrip("%") != "0":
                t.fail(f"rate on zero base {s}")
            continue
        t.expect(f"到位率 {s}", rr.rstrip("%"), dec(rec) / dec(b) * 100)
        t.expect(f"执行率 {s}", er.rstrip("%"), dec(sp) / dec(b) * 100)
    a, c, p, cty = t.one(r"全年预算" + NUM + r"万元，其中中央车购税资金" + NUM + r"万元、省级配套资金" + NUM + r"万元、县级配套资金" + NUM + r"万元", 4) or (None,) * 4
    if a:
        t.expect("text budget sum", a, dec(c) + dec(p) + dec(cty))
        for x, s in [(a, "合计"), (c, "中央资金"), (p, "省级资金"), (cty, "县级资金")]:
            if dec(x) != dec(f[s][0]):
                t.fail(f"text budget {s} vs table")
    sp, bal = t.one(r"实际支出" + NUM + r"万元，结余" + NUM + r"万元", 2) or (None, None)
    if sp and (dec(sp) != dec(f["合计"][2]) or dec(bal) != dec(f["合计"][3])):
        t.fail("text spent/balance vs table")
    if not re.search(r"截至2019年12月31日", t.t) or not re.search(r"经综合评价，2019年度", t.t):
        t.fail("evaluation year")
    perkm = t.one(r"每公里平均处治成本" + NUM + r"万元，低于")
    t.expect("cost per km", perkm, dec(f["合计"][2]) / D("96.5"))
    n, okn, pr = t.one(r"(\d+)个标段（单位工程）交工验收，一次验收合格(\d+)个，一次合格率" + NUM + "%", 3) or (None,) * 3
    if n:
        t.expect("acceptance", pr, dec(okn) / dec(n) * 100)
    a19, a18, drop = t.one(r"发生交通事故(\d+)起，比2018年的(\d+)起下降" + NUM + "%", 3) or (None,) * 3
    if a19:
        t.expect("accident drop", drop, (dec(a18) - dec(a19)) / dec(a18) * 100)
    q, s, sat = t.one(r"回收有效问卷(\d+)份，满意(\d+)份，满意度" + NUM + "%", 3) or (None,) * 3
    if q:
        t.expect("satisfaction", sat, dec(s) / dec(q) * 100)
    t.expect("处治里程 completion text", t.one(r"完成年度目标的" + NUM + "%"), D("96.5") / 95 * 100)
    t.expect("标牌 completion text", t.one(r"设置标志标牌196块，完成" + NUM + "%"), D(196) / 200 * 100)
    subs = t.one(r"其中预算执行率得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM + r"分", 4)
    tt = t.one(r"项目自评得分" + NUM + "分")
    if subs:
        t.expect("text total", tt, sum(dec(x) for x in subs))
    if tt and total and dec(tt) != dec(total):
        t.fail("text total vs table")
    t.grade(tt or total)
    # level subtotals vs table rows
    lv = {"产出指标": D(0), "效益指标": D(0), "满意度指标": D(0), "预算执行": D(0)}
    for m in re.finditer(r"^(预算执行|产出指标|效益指标|满意度指标)｜.*｜([\d.]+)$", t.t, re.M):
        lv[m.group(1)] += dec(m.group(2))
    if subs:
        for (k, v) in zip(["预算执行", "产出指标", "效益指标", "满意度指标"], subs):
            if dec(v) != lv[k]:
                t.fail(f"text subtotal {k} {v} vs table {lv[k]}")
    # guardrail total in table 1 equals indicator actual
    gr = re.search(r"｜≥18000米｜(\d+)米｜", t.t)
    if gr and tot and dec(gr.group(1)) != dec(tot.group(2)):
        t.fail("guardrail total vs indicator")


def check_jixi(ck, total):
    t = ck
    lines, buses, nev = t.one(r"开通城乡公交线路(\d+)条，运营车辆(\d+)辆，其中新能源车辆(\d+)辆", 3) or (None,) * 3
    share = t.one(r"新能源车辆占比" + NUM + "%")
    if lines:
        t.expect("NEV share", share, dec(nev) / dec(buses) * 100)
    ini, carry = t.one(r"年初预算" + NUM + r"万元，含上年结转资金" + NUM + r"万元", 2) or (None, None)
    add = t.one(r"奖补资金" + NUM + r"万元")
    annual = t.one(r"调整后全年预算" + NUM + r"万元")
    t.expect("annual = initial + added", annual, dec(ini) + dec(add))
    parts = t.one(r"公交运营亏损补贴" + NUM + r"万元、新能源公交车购置补助" + NUM + r"万元、农村候车亭建设" + NUM + r"万元", 3)
    if parts:
        t.expect("uses add to annual", annual, sum(dec(p) for p in parts))
        nb, per = t.one(r"计划更新车辆(\d+)辆，每辆补助" + NUM + r"万元", 2)
        ns, pers = t.one(r"计划新建(\d+)座，每座补助" + NUM + r"万元", 2)
        t.expect("bus subsidy", parts[1], dec(nb) * dec(per))
        t.expect("shelter budget", parts[2], dec(ns) * dec(pers))
    spent = t.one(r"全年实际支出" + NUM + r"万元")
    sh_sp, sh_rate = t.one(r"建成20座，支出" + NUM + r"万元，执行率" + NUM + "%", 2) or (None, None)
    if parts and sh_sp:
        t.expect("shelter rate", sh_rate, dec(sh_sp) / dec(parts[2]) * 100)
        t.expect("spent = op + bus + shelter", spent, dec(parts[0]) + dec(parts[1]) + dec(sh_sp))
    left = t.one(r"未使用的" + NUM + r"万元结转至")
    t.expect("unspent", left, dec(annual) - dec(spent))
    if not re.search(r"结转至2023年", t.t):
        t.fail("carry-forward year")
    rate = t.one(r"本项目预算执行率" + NUM + "%")
    t.expect("text execution rate", rate, dec(spent) / dec(annual) * 100)
    km = t.one(r"运营里程" + NUM + r"万公里，每公里")
    perkm = t.one(r"每公里运营补贴" + NUM + r"元；")
    if parts:
        t.expect("subsidy per km", perkm, dec(parts[0]) / dec(km))
    t.expect("shelter completion", t.one(r"候车亭20座，完成率" + NUM + "%"), D(20) / 24 * 100)
    subs = t.one(r"其中预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + r"分，自评总分" + NUM + "分", 5)
    if subs:
        t.expect("text total", subs[4], sum(dec(x) for x in subs[:4]))
        if total and dec(subs[4]) != dec(total):
            t.fail("text total vs table")
        t.grade(subs[4])
        lv = {"产出指标": D(0), "效益指标": D(0), "满意度指标": D(0)}
        for m in re.finditer(r"^(产出指标|效益指标|满意度指标)｜(?:[^｜]*｜){5}([\d.]+)｜", t.t, re.M):
            lv[m.group(1)] += dec(m.group(2))
        for k, v in zip(["产出指标", "效益指标", "满意度指标"], subs[1:4]):
            if dec(v) != lv[k]:
                t.fail(f"text subtotal {k} {v} vs table {lv[k]}")
    # funds block component sums
    rows = {m.group(1): [dec(x) for x in m.groups()[1:]] for m in
            re.finditer(r"^(年度资金总额|其中：当年财政拨款|上年结转资金|其他资金)｜" + "｜".join([NUM] * 3), t.t, re.M)}
    if len(rows) == 4:
        for k in range(3):
            if rows["年度资金总额"][k] != rows["其中：当年财政拨款"][k] + rows["上年结转资金"][k] + rows["其他资金"][k]:
                t.fail(f"funds column {k} sum")
        if rows["年度资金总额"][0] != dec(ini) or rows["上年结转资金"][0] != dec(carry):
            t.fail("funds table vs text")
    else:
        t.fail("funds block not found")


def check_linkou(ck, total):
    t = ck
    ini, add, annual = t.one(r"年初预算" + NUM + r"万元（含上年结转15.00万元），年中追加" + NUM + r"万元.*?调整后全年预算" + NUM + r"万元", 3) or (None,) * 3
    if ini:
        t.expect("annual = initial + added", annual, dec(ini) + dec(add))
    inc, sp, bal = t.one(r"全年收入" + NUM + r"万元，全年支出" + NUM + r"万元，年末结转结余" + NUM + r"万元", 3) or (None,) * 3
    if inc:
        t.expect("balance", bal, dec(inc) - dec(sp))
    names = ["支出合计", "一、基本支出", "其中：人员经费", "公用经费", "二、项目支出", "其中：执法装备购置", "执法车辆运行维护", "超限检测站运行"]
    rows = {m.group(1): m.groups()[1:] for m in
            re.finditer(r"^(" + "|".join(names) + r")｜" + "｜".join([NUM] * 3) + r"｜" + NUM + "%$", t.t, re.M)}
    if len(rows) != 8:
        t.fail("表1 not found")
        return
    for k in range(3):
        g = lambda n: dec(rows[n][k])
        if g("支出合计") != g("一、基本支出") + g("二、项目支出"):
            t.fail(f"表1 col {k}: total != basic + project")
        if g("一、基本支出") != g("其中：人员经费") + g("公用经费"):
            t.fail(f"表1 col {k}: basic != personnel + public")
        if g("二、项目支出") != g("其中：执法装备购置") + g("执法车辆运行维护") + g("超限检测站运行"):
            t.fail(f"表1 col {k}: projects sum")
    if dec(rows["支出合计"][0]) != dec(ini) or dec(rows["支出合计"][1]) != dec(annual) or dec(rows["支出合计"][2]) != dec(sp):
        t.fail("表1 vs text")
    # 表2 equipment detail
    eq = re.findall(r"^\d｜[^｜]+｜(\d+)[台套架]｜" + NUM + "｜" + NUM + "$", t.t, re.M)
    tot = re.search(r"^合计｜｜(\d+)台（套）｜｜" + NUM + "$", t.t, re.M)
    if len(eq) != 6 or not tot:
        t.fail("表2 not found")
    else:
        for q, price, amt in eq:
            t.expect("qty x price", amt, dec(q) * dec(price) / 10000)
        t.expect("表2 qty", tot.group(1), sum(dec(q) for q, _, _ in eq))
        t.expect("表2 amount", tot.group(2), sum(dec(a) for _, _, a in eq))
        if dec(tot.group(2)) != dec(rows["其中：执法装备购置"][2]):
            t.fail("equipment total vs 表1")
    sc = t.one(r"执法装备购置项目" + NUM + r"分，执法车辆运行维护项目" + NUM + r"分，超限检测站运行项目" + NUM + r"分，三个项目平均得分" + NUM + "分", 4)
    if sc:
        t.expect("average of project scores", sc[3], sum(dec(x) for x in sc[:3]) / 3)
    t.expect("巡查 completion text", t.one(r"完成目标的" + NUM + "%"), D("10.2") / D("9.5") * 100)
    a, b, inc2 = t.one(r"执法检查(\d+)户次，比2023年的(\d+)户次增加(\d+)户次", 3) or (None,) * 3
    if a:
        t.expect("increase", inc2, dec(a) - dec(b))
    n, okn, r = t.one(r"受理投诉举报(\d+)件，按时办结(\d+)件，按时办结率" + NUM + "%", 3) or (None,) * 3
    if n:
        t.expect("按时办结率", r, dec(okn) / dec(n) * 100)
    q, s, sat = t.one(r"回收有效问卷(\d+)份，满意和比较满意(\d+)份，社会公众及行政相对人满意度" + NUM + "%", 3) or (None,) * 3
    if q:
        t.expect("satisfaction", sat, dec(s) / dec(q) * 100)
    subs = t.one(r"本年度预算执行率得" + NUM + r"分，履职产出得" + NUM + r"分，履职效益得" + NUM + r"分，满意度得" + NUM + r"分，部门整体支出绩效自评得分" + NUM + "分", 5)
    if subs:
        t.expect("text total", subs[4], sum(dec(x) for x in subs[:4]))
        if total and dec(subs[4]) != dec(total):
            t.fail("text total vs table")
        t.grade(subs[4])


def check_case(source, text):
    ck = Checker(text)
    total = check_tables(ck)
    if source == "shiqian-ruralroadmaint-2021":
        check_shiqian_core(ck)
        check_shiqian_extra(ck, total)
        if total:
            ck.grade(total)
    elif source == "guidong-busstation-2023":
        check_guidong(ck)
    elif source == "huguan-roadsafety-2019":
        check_huguan(ck, total)
    elif source == "jixi-busintegration-2022":
        check_jixi(ck, total)
    elif source == "linkou-enforcement-2024":
        check_linkou(ck, total)
    return ck.fails


def check_shiqian_core(ck):
    check_shiqian(ck)
    # keeper count also appears in the table
    m = re.search(r"聘用农村公路养护员｜≥400名｜(\d+)名｜", ck.t)
    m2 = re.search(r"全年聘用养护员(\d+)名", ck.t)
    if not m or not m2 or m.group(1) != m2.group(1):
        ck.fail("keeper count text vs table")


# ---------------------------------------------------------------- main
def one_place(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    bad = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        bad.append("labels and case files differ")
    codes = Counter(e["code"] for l in labels for e in l["expected"])
    for c in CODES:
        if codes[c] < 2:
            bad.append(f"code {c} occurs {codes[c]} times")
    if set(codes) - set(CODES):
        bad.append(f"unknown codes {set(codes) - set(CODES)}")
    cleans = {}
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        if l["clean"]:
            cleans[l["source"]] = text
            if l["expected"]:
                bad.append(f"{l['case']}: clean with expected findings")
            n = len(text)
            if not 3000 <= n <= 4000:
                bad.append(f"{l['case']}: length {n}")
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        for e in l["expected"]:
            if e["value"] not in text:
                bad.append(f"{l['case']}: value not found {e['value']!r}")
            if e["severity"] != "error":
                bad.append(f"{l['case']}: severity")
        if not l["clean"]:
            if len(l["expected"]) != 1:
                bad.append(f"{l['case']}: expected must hold one error")
            old, new = one_place(cleans[l["source"]], text)
            if not new or len(old) > 80 or len(new) > 80:
                bad.append(f"{l['case']}: differs in more than one short place ({len(old)}/{len(new)} chars)")
            if not any(ch.isdigit() or ch in "优良" for ch in old + new):
                bad.append(f"{l['case']}: change carries no figure")
    # arithmetic
    for src in SOURCES:
        fails = check_case(src, cleans[src])
        for f in fails:
            bad.append(f"{src}-clean: {f}")
    for l in labels:
        if l["clean"]:
            continue
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        fails = check_case(l["source"], text)
        print(f"{l['case']:40s} {l['expected'][0]['code']:22s} -> {fails[0] if fails else 'NOT DETECTED'}")
        if not fails:
            bad.append(f"{l['case']}: injected error not detected by the arithmetic checks")
    prose = sum(1 for e in EDITS if e[3] == "text")
    print(f"{len(EDITS)} errors: {prose} in prose, {len(EDITS) - prose} in tables; codes: {dict(codes)}")
    if bad:
        print("\n".join("FAIL " + b for b in bad))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
