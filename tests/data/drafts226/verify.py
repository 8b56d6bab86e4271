#!/usr/bin/env python3
"""Verify drafts226: labels, one-place edits, and the arithmetic of every clean draft.

Checks
  1. labels.jsonl: 35 lines, every case file exists, clean cases expect nothing, each error case
     expects exactly one error whose code is one of the 13 numeric codes; each code at least twice.
  2. every label value occurs in its case, not in the clean draft, and overlaps the changed region;
     each error case differs from its clean draft in one place (one contiguous region, <= 120 chars).
  3. every file is 3,000-5,000 characters.
  4. the arithmetic of each clean draft, with every figure read from the text itself:
     funds (rates, balances, sums of parts and of the funds block), indicator table (weights add to
     100, scores within weights and adding to the stated total, scores and completion rates following
     from target and actual), grade band, averages, shares, growth figures, and repeated figures equal.
Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAILS = []
NCHECK = [0]


def fail(msg):
    FAILS.append(msg)


def D(s):
    return Decimal(str(s))


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: a stated value with d decimals fits c iff |c - v| <= 0.5*10^-d."""
    v = D(stated.strip().rstrip("%"))
    d = decimals(stated)
    return abs(D(computed) - v) <= Decimal("0.5") * Decimal(10) ** (-d) + Decimal("1e-9")


def check(cond, msg):
    NCHECK[0] += 1
    if not cond:
        fail(msg)


def near(stated, computed, msg):
    NCHECK[0] += 1
    if not consistent(stated, computed):
        fail(f"{msg}: stated {stated}, computed {D(computed):.6f}")


def r2(x):
    return D(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Doc:
    def __init__(self, name):
        self.name = name
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            self.text = fh.read()

    def one(self, pat, flat=False):
        """The single group of a regex that must match exactly once."""
        t = self.text.replace("\n", "") if flat else self.text
        m = re.findall(pat, t)
        if len(m) != 1:
            fail(f"{self.name}: pattern {pat!r} matched {len(m)} times")
            return "0"
        return m[0]

    def every(self, pat, flat=False):
        t = self.text.replace("\n", "") if flat else self.text
        return re.findall(pat, t)

    def same(self, pat, expected, flat=False, minimum=2):
        """Every mention matched by pat carries the same value (I11)."""
        vals = self.every(pat, flat)
        check(len(vals) >= minimum, f"{self.name}: {pat!r} mentioned {len(vals)} times, expected >= {minimum}")
        for v in vals:
            check(v == expected, f"{self.name}: {pat!r} has {v}, elsewhere {expected}")


NUM = re.compile(r"^(≥|≤|＞|＜)?(\d+(?:\.\d+)?)(.*)$")


def parse_value(s):
    m = NUM.match(s.strip())
    if not m:
        return None
    return m.group(1) or "", D(m.group(2)), m.group(3)


def check_indicator(doc, row):
    """row: dict name, target, actual, weight, score, completion (optional)."""
    name, tgt, act, w, sc = row["name"], row["target"], row["actual"], D(row["weight"]), row["score"]
    check(D(sc) <= w and D(sc) >= 0, f"{doc.name}: {name} score {sc} outside [0, {w}]")
    comp = None
    if re.match(r"^\d{4}年\d+月\d+日前$", tgt):  # deadline
        dt = tuple(int(x) for x in re.findall(r"\d+", tgt))
        da = tuple(int(x) for x in re.findall(r"\d+", act))
        check(da <= dt, f"{doc.name}: {name} finished after the deadline")
        comp = D(1)
    elif tgt in ("逐步完善",):  # qualitative: partly achieved -> [60%, 80%)
        check(act == "部分完善", f"{doc.name}: {name} qualitative actual {act}")
        check(D("0.6") * w <= D(sc) < D("0.8") * w, f"{doc.name}: {name} qualitative score {sc} not in the 部分达成 band")
        return
    else:
        pt, pa = parse_value(tgt), parse_value(act)
        check(pt is not None and pa is not None, f"{doc.name}: {name} target/actual not numeric: {tgt} / {act}")
        if pt is None or pa is None:
            return
        sign, T, ut = pt
        _, A, ua = pa
        check(ut == ua, f"{doc.name}: {name} units differ: {tgt} vs {act}")
        if sign == "≤":
            comp = D(1) if A <= T else T / A
        elif T == 0:
            comp = D(1) if A == 0 else D(0)
        else:
            comp = A / T
        if ua == "%":
            check(A <= 100, f"{doc.name}: {name} rate {act} above 100%")
    expect = w * min(comp, D(1))
    near(sc, expect, f"{doc.name}: {name} score")
    if row.get("completion"):
        near(row["completion"], comp * 100, f"{doc.name}: {name} completion rate")


def check_funds(doc, rows, weight_exec=10):
    """rows: name -> (init, annual, spent, weight, rate, score) strings; first key is the total."""
    names = list(rows)
    tot = rows[names[0]]
    for col in range(3):
        parts = [D(rows[n][col]) for n in names[1:]]
        near(tot[col], sum(parts), f"{doc.name}: funds column {col} total = sum of its parts")
    for n in names:
        init, annual, spent, w, rate, score = rows[n]
        if D(annual) == 0:
            check(rate in ("—", "0", "/"), f"{doc.name}: {n} prints rate {rate} on a zero base")
            continue
        check(D(spent) <= D(annual), f"{doc.name}: {n} spent above budget")
        near(rate, D(spent) / D(annual) * 100, f"{doc.name}: {n} execution rate")
    init, annual, spent, w, rate, score = tot
    check(D(w) == weight_exec, f"{doc.name}: execution weight {w}")
    r = D(spent) / D(annual)
    NCHECK[0] += 1
    if not (consistent(score, D(w) * min(r, D(1))) or consistent(score, D(w) * D(rate.rstrip("%")) / 100)):
        fail(f"{doc.name}: execution score {score} does not follow from {rate}")
    return D(w), D(score)


def check_table(doc, exec_w, exec_s, indicators, total_w, total_s):
    for row in indicators:
        check_indicator(doc, row)
    wsum = exec_w + sum(D(r["weight"]) for r in indicators)
    ssum = exec_s + sum(D(r["score"]) for r in indicators)
    check(wsum == 100, f"{doc.name}: weights add to {wsum}")
    check(D(total_w) == 100, f"{doc.name}: 总分 weight {total_w}")
    check(wsum == D(total_w), f"{doc.name}: weights {wsum} vs 总分 {total_w}")
    check(ssum == D(total_s), f"{doc.name}: scores add to {ssum}, stated total {total_s}")
    lv = Counter()
    for r in indicators:
        lv[r["l1"]] += D(r["weight"])
    check(lv.get("产出指标") == 50 and lv.get("效益指标") == 30 and lv.get("满意度指标") == 10,
          f"{doc.name}: level-1 weights {dict(lv)}")
    return ssum


# ---------------------------------------------------------------- project checks

def p_anhui(doc):
    t = doc.text
    tab = t[t.index("项目支出绩效自评表"):]
    blocks = [[c[1:] if c.startswith("\t") else c for c in b.split("\n")] for b in tab.split("\n\n")]
    funds, inds, total = {}, [], None
    l1 = l2 = ""
    header_seen = False
    for b in blocks:
        b = [c for c in b if c != "" or True]
        if len(b) >= 8 and b[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[b[1]] = tuple(b[2:8])
        elif b[:3] == ["一级指标", "二级指标", "三级指标"]:
            header_seen = True
        elif header_seen and b and b[0] == "总分":
            total = (b[5], b[6])
        elif header_seen and len(b) >= 8:
            l1 = b[0] or l1
            l2 = b[1] or l2
            inds.append(dict(l1=l1, l2=l2, name=b[2], target=b[3], actual=b[4], weight=b[5], score=b[6]))
    check(len(funds) == 4 and len(inds) == 8 and total, f"{doc.name}: table parse {len(funds)} {len(inds)} {total}")
    ew, es = check_funds(doc, funds)
    check_table(doc, ew, es, inds, *total)
    # text
    init = doc.one(r"年初预算安排食品安全抽检监测专项经费([\d.]+)万元")
    add = doc.one(r"省级下达食品安全监管补助资金([\d.]+)万元")
    annual = doc.one(r"全年预算调整为([\d.]+)万元")
    near(annual, D(init) + D(add), f"{doc.name}: 年初 + 追加 = 全年")
    recv = doc.one(r"实际到位([\d.]+)万元，资金到位率")
    rr = doc.one(r"资金到位率(\d+)%")
    near(rr, D(recv) / D(annual) * 100, f"{doc.name}: 到位率")
    spent = doc.one(r"项目实际支出([\d.]+)万元")
    rate = doc.one(r"项目实际支出[\d.]+万元，预算执行率([\d.]+)%")
    near(rate, D(spent) / D(annual) * 100, f"{doc.name}: text execution rate")
    check(funds["年度资金总额"][:3] == (init, annual, spent), f"{doc.name}: table funds differ from text")
    fee = doc.one(r"抽检服务费([\d.]+)万元")
    share = doc.one(r"占实际支出的([\d.]+)%")
    near(share, D(fee) / D(spent) * 100, f"{doc.name}: share of 抽检服务费")
    kit = doc.one(r"快检试剂及耗材([\d.]+)万元")
    smp = doc.one(r"样品购置费([\d.]+)万元")
    near(spent, D(fee) + D(kit) + D(smp), f"{doc.name}: spending breakdown")
    county = doc.one(r"区级资金([\d.]+)万元已全部支出")
    prov_sp = doc.one(r"年内支出([\d.]+)万元")
    bal = doc.one(r"结余([\d.]+)万元")
    near(spent, D(county) + D(prov_sp), f"{doc.name}: 区级 + 省级 spent")
    near(init, D(county), f"{doc.name}: 区级 budget fully spent")
    near(bal, D(add) - D(prov_sp), f"{doc.name}: provincial balance")
    near(bal, D(recv) - D(spent), f"{doc.name}: balance = 到位 - 执行")
    yr = doc.one(r"结转至(\d{4})年")
    check(int(yr) > 2022, f"{doc.name}: carry-over year {yr}")
    check(doc.one(r"（(\d{4})年度）") == "2022", f"{doc.name}: table year")
    # outputs
    n = doc.one(r"全年完成食品监督抽检(\d+)批次")
    comp = doc.one(r"全年完成食品监督抽检\d+批次，完成年度计划的([\d.]+)%")
    near(comp, D(n) / 1800 * 100, f"{doc.name}: 抽检 completion")
    last = doc.one(r"较2021年的(\d+)批次")
    inc = doc.one(r"增加(\d+)批次")
    check(D(n) - D(last) == D(inc), f"{doc.name}: increase over 2021")
    check(doc.every(r"2021年本项目预算[\d.]+万元，全年完成监督抽检(\d+)批次") == [last], f"{doc.name}: 2021 figure")
    q = doc.one(r"完成快检(\d+)批次")
    qc = doc.one(r"完成快检\d+批次，完成年度计划的([\d.]+)%")
    near(qc, D(q) / 6000 * 100, f"{doc.name}: 快检 completion")
    bad = doc.one(r"检出不合格食品(\d+)批次")
    badr = doc.one(r"不合格率([\d.]+)%")
    near(badr, D(bad) / D(n) * 100, f"{doc.name}: 不合格率")
    good = doc.one(r"监督抽检合格(\d+)批次")
    check(D(good) + D(bad) == D(n), f"{doc.name}: 合格 + 不合格 = 抽检")
    goodr = doc.one(r"总体合格率([\d.]+)%")
    near(goodr, D(good) / D(n) * 100, f"{doc.name}: 合格率")
    per = doc.one(r"平均每批次([\d.]+)元")
    near(per, D(fee) * 10000 / D(n), f"{doc.name}: cost per batch")
    # per thousand people (约: population 约180万 -> interval 175万..185万)
    pk = doc.one(r"每千人口抽检量约([\d.]+)批次")
    check(D(n) / D(1850) <= D(pk) + D("0.005") and D(pk) - D("0.005") <= D(n) / D(1750), f"{doc.name}: 每千人口")
    tot_txt = doc.one(r"自评得分([\d.]+)分")
    check(tot_txt == total[1], f"{doc.name}: text total {tot_txt} vs table {total[1]}")
    g = doc.one(r"评价等级为“(.)”")
    check(g == grade(tot_txt), f"{doc.name}: grade {g} for {tot_txt}")
    ded = doc.one(r"扣分([\d.]+)分")
    check(D(ded) == 100 - D(tot_txt), f"{doc.name}: deduction")
    # table values equal the text values
    vals = {r["name"]: r["actual"] for r in inds}
    check(vals["食品监督抽检批次"] == n + "批次" and vals["食品快检批次"] == q + "批次", f"{doc.name}: table actuals")
    check(vals["每批次监督抽检平均费用"] == per + "元" and vals["食品抽检总体合格率"] == goodr + "%", f"{doc.name}: table actuals 2")
    sat = doc.one(r"满意率([\d.]+)%")
    check(vals["群众食品安全满意度"] == sat + "%", f"{doc.name}: satisfaction")


def p_guangdong(doc):
    t = doc.text
    tab = t[t.index("附件："):]
    funds, inds, total = {}, [], None
    l1 = l2 = ""
    header = False
    for line in tab.split("\n"):
        c = line.split("\t")
        if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[c[0]] = tuple(c[1:7])
        elif c[:3] == ["一级指标", "二级指标", "三级指标"]:
            header = True
        elif header and c[0] == "总分":
            total = (c[5], c[6])
        elif header and len(c) == 8:
            l1 = c[0] or l1
            l2 = c[1] or l2
            inds.append(dict(l1=l1, l2=l2, name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    check(len(funds) == 4 and len(inds) == 8 and total, f"{doc.name}: table parse")
    ew, es = check_funds(doc, funds)
    check_table(doc, ew, es, inds, *total)
    init = doc.one(r"专项经费([\d.]+)万元，资金来源")
    spent = doc.one(r"全年实际支出([\d.]+)万元")
    rate = doc.one(r"全年实际支出[\d.]+万元，预算执行率([\d.]+)%")
    near(rate, D(spent) / D(init) * 100, f"{doc.name}: execution rate (年度中未调整: 全年 = 年初)")
    check(funds["年度资金总额"][:3] == (init, init, spent), f"{doc.name}: table funds vs text")
    doc.same(r"预算执行率([\d.]+)%", rate)
    bal = doc.one(r"结余([\d.]+)万元已按规定")
    near(bal, D(init) - D(spent), f"{doc.name}: balance")
    doc.same(r"结余(?:资金)?([\d.]+)万元", bal)
    parts = [doc.one(p) for p in (r"热线坐席服务外包费([\d.]+)万元", r"消费维权宣传费([\d.]+)万元",
                                  r"投诉调查取证及调解费用([\d.]+)万元", r"录音系统运维费([\d.]+)万元")]
    near(spent, sum(D(p) for p in parts), f"{doc.name}: spending breakdown")
    seats = doc.one(r"（(\d+)个坐席")
    mon = doc.one(r"每个坐席每月(\d+)元")
    near(parts[0], D(seats) * D(mon) * 12 / 10000, f"{doc.name}: seat fee 元 -> 万元")
    allc = doc.one(r"共受理投诉举报咨询(\d+)件")
    doc.same(r"(?<!，)受理投诉举报咨询(\d+)件", allc, minimum=3)
    last = doc.one(r"比2019年的(\d+)件")
    check(doc.every(r"2019年本项目预算[\d.]+万元，受理投诉举报咨询(\d+)件") == [last], f"{doc.name}: 2019 figure")
    gr = doc.one(r"增长([\d.]+)%")
    near(gr, (D(allc) / D(last) - 1) * 100, f"{doc.name}: growth")
    avg = doc.one(r"月均受理([\d.]+)件")
    near(avg, D(allc) / 12, f"{doc.name}: monthly average")
    c1, c2, c3 = doc.one(r"其中投诉(\d+)件"), doc.one(r"举报(\d+)件、"), doc.one(r"、咨询(\d+)件")
    check(D(c1) + D(c2) + D(c3) == D(allc), f"{doc.name}: 投诉 + 举报 + 咨询")
    ontime = doc.one(r"投诉按时办结(\d+)件")
    otr = doc.one(r"按时办结率([\d.]+)%；")
    near(otr, D(ontime) / D(c1) * 100, f"{doc.name}: 按时办结率")
    doc.same(r"按时办结率([\d.]+)%", otr, minimum=2)
    med = doc.one(r"调解成功(\d+)件")
    medr = doc.one(r"调解成功率([\d.]+)%")
    near(medr, D(med) / D(c1) * 100, f"{doc.name}: 调解成功率")
    loss = doc.one(r"全年通过调解为消费者挽回经济损失([\d.]+)万元")
    doc.same(r"挽回经济损失(\d+\.\d+)万元", loss, minimum=3)
    lc = doc.one(r"完成年度目标的([\d.]+)%")
    near(lc, D(loss) / 150 * 100, f"{doc.name}: 挽回损失 completion")
    calls, sat_n = doc.one(r"电话回访(\d+)人次"), doc.one(r"满意及基本满意(\d+)人次")
    sat = doc.one(r"满意及基本满意\d+人次，满意度([\d.]+)%")
    near(sat, D(sat_n) / D(calls) * 100, f"{doc.name}: satisfaction")
    doc.same(r"消费者满意度(?:\t≥90%\t)?([\d.]+)%", sat, minimum=2)
    tot = doc.one(r"自评得分([\d.]+)分")
    check(tot == total[1], f"{doc.name}: text total vs table")
    g = doc.one(r"评价等级为“(.)”")
    check(g == grade(tot), f"{doc.name}: grade")
    vals = {r["name"]: r["actual"] for r in inds}
    check(vals["投诉按时办结率"] == otr + "%" and vals["投诉调解成功率"] == medr + "%"
          and vals["为消费者挽回经济损失"] == loss + "万元" and vals["坐席外包服务费"] == parts[0] + "万元",
          f"{doc.name}: table actuals vs text")
    check(re.search(r"\n\d{4}年\d+月\d+日\n?$", t) and "2021年3月18日" in t, f"{doc.name}: report date")


def p_shaanxi(doc):
    t = doc.text
    tab = t[t.index("项目支出绩效自评表"):]
    funds, inds, total = {}, [], None
    l1 = ""
    for line in tab.split("\n"):
        tok = line.split(" ")
        if tok[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[tok[0]] = tuple(tok[1:7])
            continue
        if tok[0] == "总分":
            total = (tok[1], tok[2])
            continue
        for i, x in enumerate(tok):
            if re.match(r"^\d+\.\d\d%$", x) and i >= 3 and i + 2 < len(tok) and re.match(r"^[\d.]+$", tok[i + 1]):
                if tok[0] in ("产出指标", "效益指标", "满意度指标"):
                    l1 = tok[0]
                inds.append(dict(l1=l1, name=tok[i - 3], target=tok[i - 2], actual=tok[i - 1], completion=x,
                                 weight=tok[i + 1], score=tok[i + 2]))
                break
    check(len(funds) == 4 and len(inds) == 9 and total, f"{doc.name}: table parse {len(funds)} {len(inds)}")
    ew, es = check_funds(doc, funds)
    check_table(doc, ew, es, inds, *total)
    check(doc.one(r"（(\d{4})年度）") == "2023", f"{doc.name}: table year")
    init = doc.one(r"年初预算([\d.]+)万元", flat=True)
    cut = doc.one(r"调减([\d.]+)万元", flat=True)
    carry = doc.one(r"上年结转资金([\d.]+)万元纳入", flat=True)
    annual = doc.one(r"全年预算调整为([\d.]+)万元", flat=True)
    near(annual, D(init) - D(cut) + D(carry), f"{doc.name}: 年初 - 调减 + 结转 = 全年")
    F = funds
    check(F["年度资金总额"][:3] == (init, annual, F["年度资金总额"][2]), f"{doc.name}: funds total vs text")
    near(F["其中：当年财政拨款"][1], D(init) - D(cut), f"{doc.name}: 当年财政拨款 after the cut")
    check(F["上年结转资金"][1] == carry, f"{doc.name}: carry-over in table")
    spent = doc.one(r"全年实际支出([\d.]+)万元", flat=True)
    check(F["年度资金总额"][2] == spent, f"{doc.name}: spent table vs text")
    doc.same(r"预算执行率([\d.]+)%", F["年度资金总额"][4].rstrip("%"), flat=True)
    rest = doc.one(r"剩余([\d.]+)万元", flat=True)
    near(rest, D(annual) - D(spent), f"{doc.name}: unspent remainder")
    sub = doc.one(r"当年财政拨款执行率([\d.]+)%", flat=True)
    check(sub + "%" == F["其中：当年财政拨款"][4], f"{doc.name}: sub-row rate text vs table")
    parts = [doc.one(p, flat=True) for p in (r"委托检验检测费([\d.]+)万元", r"专家劳务费([\d.]+)万元",
                                             r"检测仪器购置费([\d.]+)万元", r"安全宣传费([\d.]+)万元")]
    near(spent, sum(D(p) for p in parts), f"{doc.name}: spending breakdown")
    allq = doc.one(r"现有在用特种设备(\d+)台", flat=True)
    kinds = [doc.one(p, flat=True) for p in (r"其中电梯(\d+)台", r"锅炉(\d+)台", r"压力容器(\d+)台",
                                             r"起重机械(\d+)台", r"专用机动车辆(\d+)台")]
    check(sum(D(k) for k in kinds) == D(allq), f"{doc.name}: equipment by kind")
    last, inc = doc.one(r"较2022年末的(\d+)台", flat=True), doc.one(r"增加(\d+)台", flat=True)
    check(D(allq) - D(last) == D(inc), f"{doc.name}: increase over 2022")
    due, done = doc.one(r"应检特种设备(\d+)台", flat=True), doc.one(r"完成定期检验(\d+)台", flat=True)
    dr = doc.one(r"定期检验率([\d.]+)%。", flat=True)
    near(dr, D(done) / D(due) * 100, f"{doc.name}: 定期检验率")
    sp, per = doc.one(r"监督抽查检验(\d+)台", flat=True), doc.one(r"检验费用约(\d+)元", flat=True)
    # 约: the per-unit figure is approximate; the fee must fall within ±0.5元 of it
    check(abs(D(parts[0]) * 10000 / D(sp) - D(per)) <= D("0.5"), f"{doc.name}: fee per inspection")
    vals = {r["name"]: r for r in inds}
    check(vals["监督抽查检验平均费用"]["actual"] == per + "元/台", f"{doc.name}: cost row vs text")
    insp = doc.one(r"开展监督检查(\d+)家次", flat=True)
    ic = doc.one(r"监督检查\d+家次，完成目标的([\d.]+)%", flat=True)
    near(ic, D(insp) / 300 * 100, f"{doc.name}: 监督检查 completion")
    check(vals["使用单位监督检查"]["completion"] == ic + "%", f"{doc.name}: completion text vs table")
    tr = doc.one(r"作业人员培训(\d+)人次", flat=True)
    trc = doc.one(r"培训\d+人次，完成目标的([\d.]+)%", flat=True)
    near(trc, D(tr) / 500 * 100, f"{doc.name}: 培训 completion")
    y22, y23 = doc.one(r"由2022年的(\d+)起", flat=True), doc.one(r"下降到(\d+)起", flat=True)
    dec = doc.one(r"起，下降([\d.]+)%", flat=True)
    near(dec, (D(y22) - D(y23)) / D(y22) * 100, f"{doc.name}: decline of 困人故障")
    decc = doc.one(r"下降[\d.]+%，完成目标的([\d.]+)%", flat=True)
    near(decc, D(dec) / 10 * 100, f"{doc.name}: decline completion")
    check(vals["电梯困人故障起数较上年下降"]["actual"] == dec + "%", f"{doc.name}: decline row vs text")
    tot = doc.one(r"合得分([\d.]+)分", flat=True)
    check(tot == total[1], f"{doc.name}: text total vs table")
    g = doc.one(r"评价等级为(优秀|良好|中等|较差)", flat=True)
    check(g[0] == grade(tot), f"{doc.name}: grade")


def p_jilin(doc):
    t = doc.text
    tab = t[t.index("附件："):]
    funds, inds, total = {}, [], None
    l1 = ""
    header = False
    for line in tab.split("\n"):
        c = line.split("\t")
        if len(c) > 1 and c[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[c[1]] = tuple(c[2:8])
        elif c[:4] == ["一级指标", "二级指标", "三级指标", "分值"]:
            header = True
        elif header and c[0] == "合计":
            total = (c[3], c[6])
        elif header and len(c) == 8:
            l1 = c[0] or l1
            inds.append(dict(l1=l1, name=c[2], weight=c[3], target=c[4], actual=c[5], score=c[6]))
    check(len(funds) == 4 and len(inds) == 8 and total, f"{doc.name}: table parse")
    ew, es = check_funds(doc, funds)
    check_table(doc, ew, es, inds, *total)
    budget = doc.one(r"年初预算安排本项目经费([\d.]+)万元")
    check("年度内未调整" in t and funds["年度资金总额"][:2] == (budget, budget), f"{doc.name}: no adjustment")
    planned = re.search(r"其中：标准器送检溯源费([\d.]+)万元，检定设备购置费([\d.]+)万元，现场检定车辆运行费([\d.]+)万元，检定耗材及证书印制费([\d.]+)万元。\n（二）", t)
    actual = re.search(r"其中：标准器送检溯源费([\d.]+)万元，检定设备购置费([\d.]+)万元，现场检定车辆运行费([\d.]+)万元，检定耗材及证书印制费([\d.]+)万元。检定设备", t)
    check(planned and actual, f"{doc.name}: breakdowns not found")
    if planned and actual:
        near(budget, sum(D(x) for x in planned.groups()), f"{doc.name}: planned breakdown")
        spent = doc.one(r"项目实际支出([\d.]+)万元")
        near(spent, sum(D(x) for x in actual.groups()), f"{doc.name}: actual breakdown")
        eqb, eqs = planned.group(2), actual.group(2)
        check(doc.one(r"检定设备购置预算([\d.]+)万元") == eqb, f"{doc.name}: equipment budget")
        check(doc.one(r"设备款([\d.]+)万元") == eqs, f"{doc.name}: equipment spent")
        near(doc.one(r"设备款[\d.]+万元，执行率([\d.]+)%"), D(eqs) / D(eqb) * 100, f"{doc.name}: equipment rate")
        rate = doc.one(r"项目实际支出[\d.]+万元，预算执行率([\d.]+)%")
        near(rate, D(spent) / D(budget) * 100, f"{doc.name}: execution rate")
        check(funds["年度资金总额"][2] == spent and funds["年度资金总额"][4] == rate + "%", f"{doc.name}: funds text vs table")
        bal = doc.one(r"结余([\d.]+)万元")
        near(bal, D(budget) - D(spent), f"{doc.name}: balance (资金已全部到位)")
        near(bal, D(eqb) - D(eqs), f"{doc.name}: balance = unspent equipment money")
        near(doc.one(r"按实际支出([\d.]+)万元计算"), D(spent), f"{doc.name}: cost base")
        cost = doc.one(r"单台（件）平均检定成本([\d.]+)元")
        n = doc.one(r"共检定各类强检计量器具(\d+)台")
        near(cost, D(spent) * 10000 / D(n), f"{doc.name}: cost per device")
    n = doc.one(r"共检定各类强检计量器具(\d+)台")
    doc.same(r"(?:检定各类强检计量器具|全年检定计量器具|\t)(\d{4})台（件）", n, minimum=3)
    near(doc.one(r"完成年度计划的([\d.]+)%"), D(n) / 8000 * 100, f"{doc.name}: completion")
    kinds = [doc.one(p) for p in (r"燃油加油机(\d+)台", r"电子计价秤(\d+)台", r"医用计量器具(\d+)台", r"其他计量器具(\d+)台")]
    check(sum(D(k) for k in kinds) == D(n), f"{doc.name}: devices by kind")
    staff = doc.one(r"全所(\d)名检定员")
    check(doc.one(r"测试所现有检定人员(\d)名") == staff, f"{doc.name}: staff count")
    near(doc.one(r"人均完成检定([\d.]+)台"), D(n) / D(staff), f"{doc.name}: average per verifier")
    ok_n, bad_n = doc.one(r"检定合格(\d+)台"), doc.one(r"不合格的(\d+)台")
    check(D(ok_n) + D(bad_n) == D(n), f"{doc.name}: 合格 + 不合格")
    near(doc.one(r"合格率([\d.]+)%"), D(ok_n) / D(n) * 100, f"{doc.name}: 合格率")
    a18, a19 = doc.one(r"由2018年的([\d.]+)%"), doc.one(r"提高到2019年的([\d.]+)%")
    pp = doc.one(r"%，提高([\d.]+)个百分点")
    check(D(a19) - D(a18) == D(pp), f"{doc.name}: percentage points")
    q, ok = doc.one(r"收回有效问卷(\d+)份"), doc.one(r"满意及基本满意(\d+)份")
    sat = doc.one(r"满意度([\d.]+)%，未达到")
    near(sat, D(ok) / D(q) * 100, f"{doc.name}: satisfaction")
    vals = {r["name"]: r["actual"] for r in inds}
    check(vals["受检单位满意度"] == sat + "%" and vals["民生计量器具受检率较上年提高"] == pp + "个百分点"
          and vals["检定证书出具及时率"] == doc.one(r"出具检定证书及时率([\d.]+)%") + "%", f"{doc.name}: table vs text")
    tot = doc.one(r"本项目得分([\d.]+)分")
    check(tot == total[1], f"{doc.name}: text total vs table")
    check(doc.one(r"评价等级为“(.)”") == grade(tot), f"{doc.name}: grade")
    check(int(doc.one(r"结转(\d{4})年")) > 2019, f"{doc.name}: carry-over year")


def p_hainan(doc):
    t = doc.text
    tab = t[t.index("附件：项目支出绩效自评表"):]
    funds, inds, total = {}, [], None
    header = False
    for b in tab.split("\n\n"):
        c = b.strip("\n").split("\n")
        if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[c[0]] = tuple(c[1:7])
        elif c[:3] == ["一级指标", "二级指标", "三级指标"]:
            header = True
        elif header and c[0] == "总分":
            total = (c[1], c[2])
        elif header and len(c) == 8:
            inds.append(dict(l1=c[0], l2=c[1], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    check(len(funds) == 4 and len(inds) == 9 and total, f"{doc.name}: table parse {len(funds)} {len(inds)}")
    ew, es = check_funds(doc, funds)
    check_table(doc, ew, es, inds, *total)
    init = doc.one(r"年初预算安排本项目资金([\d.]+)万元")
    prov = doc.one(r"药品安全监管补助资金([\d.]+)万元")
    annual = doc.one(r"全年预算调整为([\d.]+)万元")
    near(annual, D(init) + D(prov), f"{doc.name}: 年初 + 省级 = 全年")
    spent = doc.one(r"全年实际支出([\d.]+)万元")
    rate = doc.one(r"全年实际支出[\d.]+万元，预算执行率([\d.]+)%")
    near(rate, D(spent) / D(annual) * 100, f"{doc.name}: execution rate")
    check(funds["年度资金总额"][:3] == (init, annual, spent) and funds["年度资金总额"][4] == rate + "%",
          f"{doc.name}: funds text vs table")
    parts = [doc.one(p) for p in (r"乡镇监测员劳务补助([\d.]+)万元", r"监测业务培训费([\d.]+)万元", r"宣传费([\d.]+)万元",
                                  r"监测信息系统运维费([\d.]+)万元", r"专家评价费([\d.]+)万元")]
    near(spent, sum(D(p) for p in parts), f"{doc.name}: spending breakdown")
    m, pay = doc.one(r"（(\d+)名监测员"), doc.one(r"每人每月(\d+)元")
    near(parts[0], D(m) * D(pay) * 12 / 10000, f"{doc.name}: monitor allowance 元 -> 万元")
    city = doc.one(r"市级资金([\d.]+)万元已全部支出")
    psp = doc.one(r"年内支出([\d.]+)万元")
    check(city == init, f"{doc.name}: city money")
    near(spent, D(city) + D(psp), f"{doc.name}: city + province spent")
    near(doc.one(r"年内支出[\d.]+万元，执行率([\d.]+)%"), D(psp) / D(prov) * 100, f"{doc.name}: provincial rate")
    bal = doc.one(r"结余([\d.]+)万元")
    near(bal, D(annual) - D(spent), f"{doc.name}: balance")
    check(int(doc.one(r"结转(\d{4})年")) > 2024, f"{doc.name}: carry-over year")
    n = doc.one(r"全年收集上报药品不良反应报告(\d+)份")
    doc.same(r"药品不良反应报告(\d{3})份", n, minimum=2)
    vals = {r["name"]: r["actual"] for r in inds}
    check(vals["药品不良反应报告数"] == n + "份", f"{doc.name}: ADR table vs text")
    near(doc.one(r"完成年度目标的([\d.]+)%"), D(n) / 230 * 100, f"{doc.name}: ADR completion")
    last, inc = doc.one(r"比2023年的(\d+)份"), doc.one(r"增加(\d+)份")
    check(D(n) - D(last) == D(inc), f"{doc.name}: increase over 2023")
    pm = doc.one(r"每百万人口报告数约([\d.]+)份")  # population 约56万 -> 55.5..56.5万
    check(D(n) / D("0.565") - D("0.05") <= D(pm) <= D(n) / D("0.555") + D("0.05"), f"{doc.name}: per million")
    ns = doc.one(r"新的和严重报告(\d+)份")
    near(doc.one(r"新的和严重报告\d+份，占([\d.]+)%"), D(ns) / D(n) * 100, f"{doc.name}: share new/serious")
    check(vals["新的和严重报告比例"] == doc.one(r"新的和严重报告\d+份，占([\d.]+)%") + "%", f"{doc.name}: share vs table")
    dv = doc.one(r"收集医疗器械不良事件报告(\d+)份")
    near(doc.one(r"不良事件报告\d+份，完成目标的([\d.]+)%"), D(dv) / 150 * 100, f"{doc.name}: device completion")
    tr = doc.one(r"培训(\d+)人次")
    near(doc.one(r"培训\d+人次，完成目标的([\d.]+)%"), D(tr) / 200 * 100, f"{doc.name}: training completion")
    units = [doc.one(p) for p in (r"二级以上医院(\d+)家", r"社区卫生服务中心(\d+)家", r"其他医疗机构(\d+)家")]
    allu = doc.one(r"共(\d+)家监测报告单位")
    check(sum(D(u) for u in units) == D(allu), f"{doc.name}: reporting units")
    check(doc.one(r"全市(\d+)家监测报告单位中") == allu, f"{doc.name}: reporting units repeated")
    rep = doc.one(r"有(\d+)家全年上报")
    cov = doc.one(r"监测报告单位报告覆盖率([\d.]+)%")
    near(cov, D(rep) / D(allu) * 100, f"{doc.name}: coverage")
    sat = doc.one(r"满意度为(\d+)%")
    check(vals["医疗机构及公众满意度"] == sat + "%" and vals["监测报告单位报告覆盖率"] == cov + "%", f"{doc.name}: table vs text")
    tot = doc.one(r"本项目得分([\d.]+)分")
    check(tot == total[1], f"{doc.name}: text total vs table")
    check(doc.one(r"评价等级为“(.)”") == grade(tot), f"{doc.name}: grade")


PROJECTS = {
    "ah-yongqiao-foodchoujian-2022": p_anhui,
    "gd-yingde-12315-2020": p_guangdong,
    "sn-fengxiang-tezhongshebei-2023": p_shaanxi,
    "jl-fusong-jiliangjianding-2019": p_jilin,
    "hainan-wenchang-adr-2024": p_hainan,
}


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    check(len(labels) == 35, f"labels.jsonl has {len(labels)} lines, expected 35")
    names = sorted(os.listdir(CASES))
    check(sorted(r["case"] for r in labels) == names, "labels and case files differ")
    codes = Counter()
    for rec in labels:
        name = rec["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        check(3000 <= len(text) <= 5000, f"{name}: length {len(text)}")
        check(rec["source"] in PROJECTS and name.startswith(rec["source"] + "-"), f"{name}: source {rec['source']}")
        if rec["clean"]:
            check(rec["expected"] == [] and name.endswith("-clean.txt"), f"{name}: clean case with expectations")
            continue
        check(len(rec["expected"]) == 1, f"{name}: expected {len(rec['expected'])} findings")
        with open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        # one place: strip the common prefix and suffix
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        region = (p, len(text) - s)
        check(text != clean, f"{name}: identical to its clean draft")
        check(len(clean) - s - p <= 120 and region[1] - region[0] <= 120, f"{name}: changed region too long {region}")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            check(exp["code"] in CODES and exp["severity"] == "error", f"{name}: code {exp['code']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(len(occ) >= 1, f"{name}: value {v!r} not in case")
            check(v not in clean, f"{name}: value {v!r} also in the clean draft")
            check(any(o < max(region[1], region[0] + 1) and region[0] < o + len(v) for o in occ),
                  f"{name}: value {v!r} does not overlap the change {region}")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    for src, fn in PROJECTS.items():
        fn(Doc(src + "-clean.txt"))
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} failures of {NCHECK[0]} checks")
        sys.exit(1)
    print(f"{NCHECK[0]} checks on {len(labels)} cases ({sum(codes.values())} injected errors, "
          f"{len(codes)} codes)")
    print("OK")


if __name__ == "__main__":
    main()
