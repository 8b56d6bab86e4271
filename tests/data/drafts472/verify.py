#!/usr/bin/env python3
"""Verify the n472 set: labels, edits and the arithmetic of every case.

Standard library only; all arithmetic in decimal.Decimal with the tolerance of rules.md §8
(a stated value with d decimals matches a computed value c iff |c - v| <= 0.5 * 10^-d).

For each clean draft every check must pass.  For each error case the checks of the labelled
code must fail and no other error-level check may fail (warning-level checks, i.e. the scoring
rule of a row, are only required to pass on clean drafts).  Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"
HUNDRED = D(100)
WAN = D(10000)


class Bad(Exception):
    """The verifier itself could not read a case (pattern not found once)."""


def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndec(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def matches(stated, computed):
    """rules §8: stated string vs computed Decimal."""
    tol = D(5) / (D(10) ** (ndec(stated) + 1)) + D("1e-9")
    return abs(dec(stated) - D(computed)) <= tol


def same(a, b):
    """Two statements of one quantity; decimals may differ (204 / 204.00)."""
    tol = D(5) / (D(10) ** (min(ndec(a), ndec(b)) + 1)) + D("1e-9")
    return abs(dec(a) - dec(b)) <= tol


def to_yuan(num, unit):
    v = dec(num)
    return v * WAN if unit == "万元" else (v * WAN * WAN if unit == "亿元" else v)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, level, ok, msg)

    # ---- reading -------------------------------------------------------
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Bad(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def g(self, pat, i=1):
        return self.m(pat).group(i)

    # ---- recording -----------------------------------------------------
    def add(self, code, ok, msg, level="error"):
        self.res.append((code, level, bool(ok), msg))

    # ---- arithmetic checks --------------------------------------------
    def rate(self, stated, num, den, msg, code="rate_mismatch", limit=True):
        stated = stated.strip()
        den = dec(den)
        if den == 0:
            self.add("implausible_rate", stated in ("—", "-", "0", "0%", "0.00%", ""),
                     f"{msg}: rate {stated} on a zero base")
            return
        if stated in ("—", "-", ""):
            self.add(code, False, f"{msg}: rate missing on a non-zero base")
            return
        c = dec(num) / den * HUNDRED
        self.add(code, matches(stated, c), f"{msg}: stated {stated}, computed {c:.4f}")
        if limit:
            self.add("implausible_rate", dec(stated) <= HUNDRED and dec(stated) >= 0,
                     f"{msg}: {stated} outside [0,100]")

    def pct_range(self, stated, msg):
        self.add("implausible_rate", D(0) <= dec(stated) <= HUNDRED, f"{msg}: {stated} outside [0,100]")

    def total(self, stated, parts, msg, unit_parts=None):
        """stated total == sum(parts); parts are strings (same unit as total).
        unit_parts: optional list of (num, unit) in money units; reconciled by a 10^4 rescale -> unit_mismatch."""
        s = sum((dec(p) for p in parts), D(0))
        ok = matches(stated, s) if ndec(stated) >= max(ndec(p) for p in parts) else abs(dec(stated) - s) <= D("1e-9")
        self.add("sum_mismatch", ok, f"{msg}: {' + '.join(parts)} = {s}, stated {stated}")

    def money_total(self, stated, parts, msg):
        """stated (num, unit) == sum of parts (num, unit); if a single part's unit is off by 10^4 the
        finding is unit_mismatch (most specific explanation), else sum_mismatch."""
        tot = to_yuan(*stated)
        vals = [to_yuan(n, u) for n, u in parts]
        s = sum(vals, D(0))
        if s == tot:
            self.add("sum_mismatch", True, msg)
            self.add("unit_mismatch", True, msg)
            return
        for i, v in enumerate(vals):
            for f in (WAN, 1 / WAN, WAN * WAN, 1 / (WAN * WAN)):
                if s - v + v * f == tot:
                    self.add("unit_mismatch", False, f"{msg}: part {parts[i]} off by a power of 10^4")
                    self.add("sum_mismatch", True, msg)
                    return
        self.add("sum_mismatch", False, f"{msg}: parts {s} yuan vs total {tot} yuan")
        self.add("unit_mismatch", True, msg)

    def product(self, total, count, price, msg):
        """total (num, unit) == count * price (num, unit): unit slip -> unit_mismatch, else sum_mismatch."""
        tot = to_yuan(*total)
        p = dec(count) * to_yuan(*price)
        if p == tot:
            self.add("unit_mismatch", True, msg)
            self.add("sum_mismatch", True, msg)
            return
        if p * WAN == tot or p == tot * WAN or p * WAN * WAN == tot or p == tot * WAN * WAN:
            self.add("unit_mismatch", False, f"{msg}: {count} x {price} = {p} yuan vs {tot} yuan (10^4 apart)")
            self.add("sum_mismatch", True, msg)
            return
        self.add("sum_mismatch", False, f"{msg}: {count} x {price} = {p} yuan vs {tot} yuan")
        self.add("unit_mismatch", True, msg)

    def balance(self, stated, received, spent, msg):
        c = dec(received) - dec(spent)
        self.add("balance_mismatch", matches(stated, c), f"{msg}: {received} - {spent} = {c}, stated {stated}")

    def average(self, stated, items, msg):
        c = sum((dec(i) for i in items), D(0)) / len(items)
        self.add("average_mismatch", matches(stated, c), f"{msg}: mean {c:.4f}, stated {stated}")

    def same(self, a, b, msg):
        self.add("conflicting_values", same(a, b), f"{msg}: {a} vs {b}")

    def completion_stated(self, stated, c, msg):
        self.add("completion_mismatch", matches(stated, c), f"{msg}: stated {stated}, computed {c:.4f}")

    def years(self, year, found, msg):
        for y in found:
            self.add("year_mismatch", int(y) == year, f"{msg}: {y} vs evaluation year {year}")

    def later(self, year, y, msg):
        self.add("year_mismatch", int(y) > year, f"{msg}: carry-over to {y} in a {year} report")

    def grade(self, total, label, msg):
        self.add("grade_mismatch", GRADE_NORM[label] == grade_of(dec(total)),
                 f"{msg}: total {total} -> {grade_of(dec(total))}, stated {label}")


# ---------------------------------------------------------------- indicator rows

SIGNS = {"≥": "gte", ">=": "gte", "＞＝": "gte", "不低于": "gte", "不少于": "gte",
         "≤": "lte", "<=": "lte", "＜＝": "lte", "不超过": "lte", "不高于": "lte",
         "=": "eq", "＝": "eq"}


def parse_val(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", s):
        return ("date", None, "date")
    m = re.match(r"^(≥|≤|>=|<=|＞＝|＜＝|=|＝|不低于|不少于|不超过|不高于)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return ("qual", None, "qual")
    return (SIGNS.get(m.group(1) or "=", "eq"), dec(m.group(2)), m.group(3).strip())


def completion_of(direction, t, a):
    if direction == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    if t == 0:
        return HUNDRED if a == 0 else D(0)
    return max(a, D(0)) / t * HUNDRED


def rule_score(direction, t, a, w):
    if direction == "lte":
        return w if a <= t else w * t / a
    if direction == "eq" and t == 0:
        return w if a == 0 else D(0)
    return w if a >= t else w * max(a, D(0)) / t


def check_rows(c, rows, weight_total, score_totals, tag):
    """rows: dicts with name, target, actual, weight, score, completion (optional string)."""
    wsum = D(0)
    ssum = D(0)
    for r in rows:
        w, s = dec(r["weight"]), dec(r["score"])
        wsum += w
        ssum += s
        c.add("score_exceeds_weight", D(0) <= s <= w, f"{tag} {r['name']}: score {r['score']} weight {r['weight']}")
        dt, t, ut = parse_val(r["target"])
        da, a, ua = parse_val(r["actual"])
        if dt == "qual" or da == "qual":
            if da == "qual" and "达成年度指标" in r["actual"] and not r["actual"].startswith("部分"):
                c.add("score_rule", w * D("0.8") <= s <= w, f"{tag} {r['name']}: qualitative band", "warning")
            continue
        if dt == "date" or da == "date":
            c.add("unit_mismatch", dt == da, f"{tag} {r['name']}: target {r['target']} actual {r['actual']}")
            continue
        unit_ok = (ut == ua)
        c.add("unit_mismatch", unit_ok, f"{tag} {r['name']}: target unit {ut!r} actual unit {ua!r}")
        if not unit_ok:
            continue  # completion and score cannot be computed; unit_mismatch is the finding
        comp = completion_of(dt, t, a)
        if r.get("completion") is not None:
            c.completion_stated(r["completion"], comp, f"{tag} {r['name']} 完成率")
        rs = rule_score(dt, t, a, w)
        ok = matches(r["score"], min(rs, w))
        if not ok and r.get("completion") is not None:
            ok = matches(r["score"], min(w, w * dec(r["completion"]) / HUNDRED))
        c.add("score_rule", ok, f"{tag} {r['name']}: score {r['score']} vs rule {rs:.4f}", "warning")
    c.add("weight_sum_mismatch", wsum == dec(weight_total) == HUNDRED, f"{tag}: weights sum {wsum}, stated {weight_total}")
    for st in score_totals:
        c.add("score_sum_mismatch", matches(st, ssum), f"{tag}: scores sum {ssum}, stated {st}")
    return ssum


def funds_rows(c, rows, tag):
    """rows: list of (name, initial, annual, spent, rate) ; first row is the total."""
    tot = rows[0]
    for i in (1, 2, 3):
        c.total(tot[i], [r[i] for r in rows[1:]], f"{tag} funds column {i}")
    for r in rows:
        c.rate(r[4], r[3], r[2], f"{tag} {r[0]} 执行率")


# ---------------------------------------------------------------- table readers

def bar_rows(text, sep):
    out = []
    for line in text.split("\n"):
        if sep in line:
            out.append([x.strip() for x in line.split(sep)])
    return out


def flat_blocks(text):
    blocks, cur = [], []
    for line in text.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def space_rows(text):
    out = []
    for line in text.split("\n"):
        if "  " in line:
            out.append([x.strip() for x in re.split(r" {2,}", line.strip())])
    return out


# ---------------------------------------------------------------- projects

def p_liling(c):
    t = c
    Y = 2020
    t.years(Y, [t.g(r"\n(\d{4})年度烟花爆竹安全监管"), t.g(r"开展(\d{4})年度市直单位"),
                t.g(r"(\d{4})年年初预算安排"), t.g(r"\n(\d{4})年度项目支出绩效自评表")], "year")
    t.add("year_mismatch", int(t.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\n*$")) >= Y, "report date")
    init = t.g(r"年初预算安排" + NUM + "万元")
    add = t.g(r"专项补助资金" + NUM + "万元")
    annual = t.g(r"追加后全年预算为" + NUM + "万元")
    recv, recv_rate = t.m(r"实际到位" + NUM + r"万元，资金到位率" + NUM + "%").groups()
    spent, exe_rate = t.m(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%").groups()
    bal = t.g(r"年末结余" + NUM + "万元")
    t.total(annual, [init, add], "全年预算 = 年初 + 追加")
    t.rate(recv_rate, recv, annual, "到位率")
    t.rate(exe_rate, spent, annual, "执行率")
    t.balance(bal, recv, spent, "结余")
    m = t.m(r"全年支出" + NUM + r"万元，其中：检查执法及装备费" + NUM + r"万元，非法产品收缴运输及销毁费" + NUM +
            r"万元，举报奖励" + NUM + r"万元，宣传培训费" + NUM + r"万元，流向信息平台运维费" + NUM + "万元")
    spent2, p1, p2, p3, p4, p5 = m.groups()
    t.total(spent2, [p1, p2, p3, p4, p5], "支出构成")
    t.same(spent2, spent, "全年支出 (two statements)")
    m = t.m(r"全年检查生产经营单位" + NUM + r"家次，五个重点镇分别为浦口镇" + NUM + r"家次、王仙镇" + NUM +
            r"家次、白兔潭镇" + NUM + r"家次、东富镇" + NUM + r"家次、孙家湾镇" + NUM + r"家次，平均每镇" + NUM + "家次")
    insp, *towns, avg = m.groups()
    t.total(insp, towns, "检查家次 by town")
    t.average(avg, towns, "平均每镇")
    boxes = t.g(r"全年收缴非法烟花爆竹" + NUM + "箱")
    price, punit, cost = t.m(r"按每箱" + NUM + r"(元|万元)结算，计" + NUM + "万元").groups()
    t.product((cost, "万元"), boxes, (price, punit), "销毁费 = 箱数 x 每箱")
    t.same(cost, p2, "销毁费 (breakdown vs text)")
    found, fixed, rrate = t.m(r"发现各类隐患" + NUM + r"处，已整改" + NUM + r"处，整改率" + NUM + "%").groups()
    t.rate(rrate, fixed, found, "整改率")
    major = t.g(r"其中重大隐患" + NUM + "处全部整改到位")
    gen, genfix, genrate = t.m(r"一般隐患" + NUM + r"处，整改" + NUM + r"处，整改率" + NUM + "%").groups()
    t.rate(genrate, genfix, gen, "一般隐患整改率")
    t.total(found, [major, gen], "隐患 = 重大 + 一般")
    t.total(fixed, [major, genfix], "已整改 = 重大 + 一般整改")
    left = t.g(r"未完成的" + NUM + "处")
    t.add("sum_mismatch", dec(left) == dec(found) - dec(fixed), "未完成 = 发现 - 整改")
    n_clues, n_true, rew, rew_unit = t.m(r"举报线索" + NUM + r"件，经查证属实" + NUM + r"件，按每件" + NUM + r"(元|万元)兑现奖励").groups()
    t.product((p3, "万元"), n_true, (rew, rew_unit), "举报奖励 = 件数 x 每件")
    days = t.g(r"线索核查平均用时" + NUM + "个工作日")
    online, online_t = t.m(r"在线率" + NUM + r"%，未达到" + NUM + "%的目标").groups()
    sat = t.g(r"抽样调查，满意度为" + NUM + "%")
    t.pct_range(sat, "满意度")
    total_p, grade_p = t.m(r"本项目自评得分" + NUM + r"分，评价等级为(优秀|优|良好|良|中等|中|差)").groups()

    rows = bar_rows(t.t, "｜")
    fr = {r[0]: r for r in rows}
    fund = [fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]]
    funds_rows(t, [(r[0], r[1], r[2], r[3], r[5]) for r in fund], "自评表")
    tot = fund[0]
    t.same(tot[1], init, "年初预算 (table vs text)")
    t.same(tot[2], annual, "全年预算 (table vs text)")
    t.same(tot[3], spent, "全年执行 (table vs text)")
    t.same(tot[5], exe_rate, "执行率 (table vs text)")
    t.add("score_exceeds_weight", D(0) <= dec(tot[6]) <= dec(tot[4]), "execution score")
    t.add("score_rule", matches(tot[6], dec(tot[4]) * min(dec(spent) / dec(annual), D(1))), "execution score rule", "warning")
    ind = [r for r in rows if r[0] in ("产出指标", "效益指标", "满意度指标")]
    irows = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in ind]
    irows.insert(0, dict(name="预算执行率", target="100%", actual=tot[5], weight=tot[4], score=tot[6]))
    byname = {r[2]: r for r in ind}
    total_row = fr["总分"]
    ssum = check_rows(t, irows, total_row[5], [total_row[6], total_p], "自评表")
    t.grade(total_p, grade_p, "评价等级")
    t.same(total_p, total_row[6], "总分 (text vs table)")
    t.same(byname["检查生产经营单位"][4].replace("家次", ""), insp, "检查家次")
    t.same(byname["收缴销毁非法烟花爆竹"][4].replace("箱", ""), boxes, "收缴箱数")
    t.same(byname["隐患整改率"][4], rrate, "整改率")
    t.same(byname["每箱销毁处置费用"][4].replace("元", ""), price, "每箱费用")
    t.same(byname["举报线索核查办结时间"][4].replace("个工作日", ""), days, "核查用时")
    t.same(byname["流向信息平台在线率"][4], online, "在线率")
    t.same(byname["流向信息平台在线率"][3].replace("≥", ""), online_t, "在线率目标")
    t.same(byname["经营户及群众满意度"][4], sat, "满意度")
    over = t.g(r"超目标" + NUM + "%")
    bx = byname["收缴销毁非法烟花爆竹"]
    t.completion_stated(over, (dec(bx[4].replace("箱", "")) / dec(bx[3].replace("≥", "").replace("箱", "")) - 1) * HUNDRED, "超目标幅度")


def p_wanzai(c):
    t = c
    Y = 2022
    t.years(Y, [t.g(r"^万载县应急管理局(\d{4})年度"), t.g(r"\n(\d{4})年项目资金全年预算"),
                t.g(r"附：(\d{4})年度项目绩效自评指标表")], "year")
    adv = t.g(r"省财政于(\d{4})年12月提前下达")
    t.add("year_mismatch", int(adv) == Y - 1, "advance issued the December before")
    t.later(Y, t.g(r"已按规定结转至(\d{4})年使用"), "结转")
    t.add("year_mismatch", int(t.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\n*$")) >= Y, "report date")
    annual = t.g(r"全年预算" + NUM + "万元，其中")
    prov = t.g(r"省级烟花爆竹安全生产专项资金" + NUM + "万元")
    county = t.g(r"县级配套资金" + NUM + "万元")
    carry = t.g(r"上年结转资金" + NUM + "万元")
    addn = t.g(r"追加非法产品销毁经费" + NUM + "万元")
    t.total(annual, [prov, county, carry, addn], "全年预算构成")
    spent, rate = t.m(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%").groups()
    t.rate(rate, spent, annual, "执行率 (资金全部到位)")
    bal = t.g(r"年末未支出资金" + NUM + "万元")
    t.balance(bal, annual, spent, "未支出 = 到位 - 支出")
    m = t.m(r"全年支出" + NUM + r"万元，其中企业安全检查及专家服务费" + NUM + r"万元、视频监控系统建设费" + NUM +
            r"万元、非法产品收缴销毁费" + NUM + r"万元、举报奖励" + NUM + r"万元、培训宣传费" + NUM +
            r"万元、执法装备购置费" + NUM + "万元")
    spent2, *parts = m.groups()
    t.total(spent2, parts, "支出构成")
    t.same(spent2, spent, "全年支出 (two statements)")
    cprice, cpaid = t.m(r"合同价" + NUM + r"万元，当年按进度支付" + NUM + "万元").groups()
    t.same(cpaid, parts[1], "视频监控支付")
    t.add("balance_mismatch", dec(cprice) - dec(cpaid) <= dec(bal), "合同尾款 within the carried-over balance")
    boxes = t.g(r"合计" + NUM + "箱，均已运至")
    towns = list(t.m(r"分别收缴非法烟花爆竹" + NUM + "箱、" + NUM + "箱、" + NUM + "箱、" + NUM + "箱、" + NUM + "箱").groups())
    t.total(boxes, towns, "收缴 by town")
    price, punit = t.m(r"销毁费用每箱" + NUM + r"(元|万元)").groups()
    t.product((parts[2], "万元"), boxes, (price, punit), "销毁费 = 箱数 x 每箱")
    n_all, n1, r1, u1, n2, r2, u2 = t.m(r"查实有效举报" + NUM + r"件，其中一般线索" + NUM + r"件按每件" + NUM +
                                         r"(元|万元)、重大线索" + NUM + r"件按每件" + NUM + r"(元|万元)兑现奖励").groups()
    t.total(n_all, [n1, n2], "举报件数")
    rew = to_yuan(parts[3], "万元")
    calc = dec(n1) * to_yuan(r1, u1) + dec(n2) * to_yuan(r2, u2)
    if calc == rew:
        t.add("unit_mismatch", True, "reward")
        t.add("sum_mismatch", True, "reward")
    else:
        t.add("sum_mismatch", False, f"举报奖励 {calc} yuan vs {rew} yuan")
    trained = t.g(r"培训从业人员" + NUM + "人次")
    found, fixed, rrate = t.m(r"排查隐患" + NUM + r"处，整改" + NUM + r"处，整改率" + NUM + "%").groups()
    t.rate(rrate, fixed, found, "整改率")
    vids, more = t.m(NUM + r"家重点企业视频监控接入县级平台，超过目标" + NUM + "家").groups()
    online = t.g(r"视频监控平台在线率" + NUM + "%")
    sat, gap = t.m(r"企业和周边群众满意度" + NUM + r"%，较目标低" + NUM + "个百分点").groups()
    t.pct_range(sat, "满意度")
    insp = t.g(r"全年检查生产企业" + NUM + "家次")
    tot_p, grade_p = t.m(r"自评得分" + NUM + r"分，等级为(优秀|优|良好|良|中等|中|差)").groups()
    a3, r3 = t.m(r"本项目全年预算" + NUM + r"万元，执行率" + NUM + "%").groups()
    t.same(a3, annual, "全年预算 (204 / 204.00)")
    t.rate(r3, spent, a3, "执行率 (section 三)")

    rows = [r for r in bar_rows(t.t, "\t") if len(r) >= 8]
    ind = [r for r in rows if r[0] in ("预算执行", "产出指标", "效益指标", "满意度指标")]
    by = {r[2]: r for r in ind}
    irows = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6], completion=r[7]) for r in ind]
    tot_row = [r for r in rows if r[0] == "合计"][0]
    tot_cells = [x for x in tot_row[1:] if x]
    check_rows(t, irows, tot_cells[0], [tot_cells[1], tot_p], "指标表")
    t.grade(tot_p, grade_p, "等级")
    t.same(tot_p, tot_cells[1], "总分 (text vs table)")
    t.same(by["预算执行率"][4], rate, "执行率 (table vs text)")
    t.add("score_rule", matches(by["预算执行率"][6], dec(by["预算执行率"][5]) * dec(spent) / dec(annual)), "execution score", "warning")
    t.same(by["企业安全检查"][4].replace("家次", ""), insp, "检查家次")
    t.same(by["收缴销毁非法烟花爆竹"][4].replace("箱", ""), boxes, "收缴箱数")
    t.same(by["从业人员安全培训"][4].replace("人次", ""), trained, "培训人次")
    t.same(by["隐患整改率"][4], rrate, "整改率")
    t.same(by["视频监控接入企业"][4].replace("家", ""), vids, "视频接入家数")
    t.add("sum_mismatch", dec(vids) - dec(by["视频监控接入企业"][3].replace("≥", "").replace("家", "")) == dec(more), "超过目标家数")
    t.same(by["每箱销毁处置费用"][4].replace("元", ""), price, "每箱费用")
    t.same(by["视频监控平台在线率"][4], online, "在线率")
    t.same(by["企业及群众满意度"][4], sat, "满意度")
    t.add("sum_mismatch", dec(by["企业及群众满意度"][3].replace("≥", "")) - dec(sat) == dec(gap), "满意度差距")


def p_hedong(c):
    t = c
    Y = 2018
    t.years(Y, [t.g(r"关于(\d{4})年度烟花爆竹"), t.g(r"开展(\d{4})年度区级预算"), t.g(r"实施的(\d{4})年度"),
                t.g(r"\n(\d{4})年年初预算"), t.g(r"截至(\d{4})年12月31日")], "year")
    t.add("year_mismatch", int(t.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\n*$")) >= Y, "report date")
    init = t.g(r"年年初预算" + NUM + "万元")
    add = t.g(r"安全监管补助" + NUM + "万元")
    annual = t.g(r"全年预算调整为" + NUM + "万元")
    t.total(annual, [init, add], "全年预算 = 年初 + 追加")
    spent = t.g(r"项目实际支出" + NUM + "万元")
    left = t.g(r"剩余" + NUM + "万元已交回")
    t.balance(left, annual, spent, "剩余 (全部拨付到位)")
    m = t.m(r"全年支出" + NUM + r"万元，其中：联合执法用车及办案费" + NUM + r"万元，收缴产品运输和销毁费" + NUM +
            r"万元，举报奖励" + NUM + r"万元，禁放宣传费" + NUM + r"万元，临时暂存库租赁费" + NUM + "万元")
    spent2, *parts = m.groups()
    t.total(spent2, parts, "支出构成")
    t.same(spent2, spent, "全年支出 (two statements)")
    price, punit = t.m(r"销毁按每箱" + NUM + r"(元|万元)结算").groups()
    rew, rewu, nrew = t.m(r"按每件" + NUM + r"(元|万元)给予奖励，全年奖励" + NUM + "件").groups()
    t.product((parts[2], "万元"), nrew, (rew, rewu), "举报奖励 = 件数 x 每件")
    insp, pts, cases, moved, boxes = t.m(r"全年检查经营场所" + NUM + r"处，查处非法储存销售点" + NUM + r"处，依法立案" + NUM +
                                         r"起、移送公安机关" + NUM + r"起，收缴非法烟花爆竹" + NUM + "箱").groups()
    t.product((parts[1], "万元"), boxes, (price, punit), "销毁费 = 箱数 x 每箱")
    blocks = flat_blocks(t.t)
    town = [b for b in blocks if len(b) == 4 and b[0] in ("九曲街道", "芝麻墩街道", "汤头街道", "郑旺镇", "八湖镇")]
    tot = [b for b in blocks if len(b) == 4 and b[0] == "合计"][0]
    avg = [b for b in blocks if len(b) == 4 and b[0] == "镇街平均"][0]
    for col in (1, 2, 3):
        t.total(tot[col], [b[col] for b in town], f"镇街表 column {col}")
    t.average(avg[1], [b[1] for b in town], "镇街平均 检查场所")
    t.same(tot[1], insp, "检查场所 (table vs text)")
    t.same(tot[2], pts, "查处点 (table vs text)")
    t.same(tot[3], boxes, "收缴 (table vs text)")
    ind = [b for b in blocks if len(b) == 7 and b[0] != "一级指标" and b[0] != "合计"]
    irows = [dict(name=b[2], target=b[3], actual=b[4], weight=b[5], score=b[6]) for b in ind]
    by = {b[2]: b for b in ind}
    tot_ind = [b for b in blocks if len(b) == 7 and b[0] == "合计"][0]
    tot_p, grade_p = t.m(r"项目自评得分" + NUM + r"分，评定为(优秀|优|良好|良|中等|中|差)").groups()
    check_rows(t, irows, tot_ind[5], [tot_ind[6], tot_p], "指标表")
    t.grade(tot_p, grade_p, "等级")
    t.same(tot_p, tot_ind[6], "总分 (text vs table)")
    ex = by["预算执行率"]
    t.rate(ex[4], spent, annual, "执行率 (table)")
    t.same(by["检查烟花爆竹经营场所"][4].replace("处", ""), insp, "检查场所")
    t.same(by["收缴非法烟花爆竹"][4].replace("箱", ""), boxes, "收缴箱数")
    t.same(by["每箱销毁处置费用"][4].replace("元", ""), price, "每箱费用")
    t.same(by["城区禁放区域燃放投诉"][4].replace("起", ""), t.g(r"燃放投诉" + NUM + "起，超出"), "投诉")
    t.same(by["城区禁放区域燃放投诉"][3].replace("≤", "").replace("起", ""), t.g(r"超出" + NUM + "起的控制目标"), "投诉目标")
    sat = t.g(r"抽样调查，满意度为" + NUM + "%")
    t.pct_range(sat, "满意度")
    t.same(by["群众满意度"][4], sat, "满意度")
    t.add("year_mismatch", t.g(r"集中整治于(\d{4}年\d{1,2}月\d{1,2}日)完成") == by["春节前集中整治完成时间"][4], "整治完成日期")


def p_cuiping(c):
    t = c
    Y = 2023
    t.years(Y, [t.g(r"工作经费(\d{4})年度项目支出"), t.g(r"\n(\d{4})年年初区财政批复"),
                t.g(r"实施期为(\d{4})年1月1日"), t.g(r"翠屏区(\d{4})年度项目支出绩效自评表")], "year")
    init = t.g(r"批复本项目预算" + NUM + "万元")
    add = t.g(r"于1月追加" + NUM + "万元")
    annual = t.g(r"调整后预算为" + NUM + "万元")
    t.total(annual, [init, add], "全年预算 = 年初 + 追加")
    m = t.m(r"全年实际支出" + NUM + r"万元，执行率" + NUM + r"%，其中：巡查管控劳务及车辆费用" + NUM +
            r"万元，零售点检查及专家服务费" + NUM + r"万元，非法产品收缴销毁费" + NUM + r"万元，举报奖励" + NUM +
            r"万元，禁放宣传费" + NUM + r"万元，应急值守及通信费" + NUM + "万元")
    spent, rate, *parts = m.groups()
    t.total(spent, parts, "支出构成")
    t.rate(rate, spent, annual, "执行率 (全额到位)")
    t.balance(t.g(r"年末结余" + NUM + "万元"), annual, spent, "结余")
    patrol = t.g(r"全年开展禁限放巡查管控" + NUM + "次")
    towns = list(t.m(r"分别为" + NUM + "次、" + NUM + "次、" + NUM + "次、" + NUM + "次、" + NUM + "次").groups())
    t.total(patrol, towns, "巡查 by 街道")
    t.total(t.g(r"次，合计" + NUM + "次。"), towns, "巡查 合计")
    shops = t.g(r"检查零售经营点" + NUM + "家次")
    found, fixed, rrate = t.m(r"发现隐患" + NUM + r"处，整改" + NUM + r"处，整改率" + NUM + "%").groups()
    t.rate(rrate, fixed, found, "整改率")
    boxes, comp = t.m(r"全年收缴非法烟花爆竹" + NUM + r"箱，完成年度目标的" + NUM + "%").groups()
    price, punit = t.m(r"每箱销毁费用" + NUM + r"(元|万元)").groups()
    t.product((parts[2], "万元"), boxes, (price, punit), "销毁费 = 箱数 x 每箱")
    n_rep, rew, rewu = t.m(r"举报" + NUM + r"件，全部处置，按每件" + NUM + r"(元|万元)").groups()
    t.product((parts[3], "万元"), n_rep, (rew, rewu), "举报奖励 = 件数 x 每件")
    minutes = t.g(r"平均" + NUM + "分钟到场")
    last, now, drop = t.m(r"由2022年的" + NUM + r"起下降到" + NUM + r"起，同比下降" + NUM + "%").groups()
    t.rate(drop, dec(last) - dec(now), last, "投诉同比下降")
    fires, over = t.m(r"引发火灾" + NUM + r"起，比控制目标多" + NUM + "起").groups()
    sat, s1, s2 = t.m(r"群众满意度为" + NUM + r"%，其中经营户满意度" + NUM + r"%、居民满意度" + NUM + "%").groups()
    for s in (sat, s1, s2):
        t.pct_range(s, "满意度")
    tot_p, grade_p = t.m(r"本项目自评得分" + NUM + r"分，评价等级为(优秀|优|良好|良|中等|中|差)").groups()

    rows = bar_rows(t.t, "|")
    fr = {r[0]: r for r in rows}
    fund = [fr["年度资金总额"], fr["其中：财政资金"], fr["财政专户管理资金"], fr["单位资金"], fr["其他资金"]]
    funds_rows(t, [(r[0], r[1], r[2], r[3], r[5]) for r in fund], "自评表")
    ft = fund[0]
    t.same(ft[1], init, "年初 (table vs text)")
    t.same(ft[2], annual, "全年 (table vs text)")
    t.same(ft[3], spent, "执行 (table vs text)")
    t.same(ft[5], rate, "执行率 (table vs text)")
    ind = [r for r in rows if r[0] in ("产出指标", "效益指标", "满意度指标")]
    by = {r[2]: r for r in ind}
    irows = [dict(name=r[2], target=r[3] + r[4] + r[5], actual=r[6] + r[5], weight=r[7], score=r[8]) for r in ind]
    irows.insert(0, dict(name="预算执行率", target="100%", actual=ft[5], weight=ft[4], score=ft[6]))
    tot_row = fr["总分"]
    check_rows(t, irows, tot_row[1], [tot_row[2], tot_p], "自评表")
    t.grade(tot_p, grade_p, "评价等级")
    t.same(tot_p, tot_row[2], "总分 (text vs table)")
    t.same(by["禁限放巡查管控"][6], patrol, "巡查次数")
    t.same(by["检查零售经营点"][6], shops, "检查零售点")
    t.same(by["收缴非法烟花爆竹"][6], boxes, "收缴箱数")
    t.completion_stated(comp, dec(boxes) / dec(by["收缴非法烟花爆竹"][4]) * HUNDRED, "收缴完成率 (text)")
    t.same(by["零售点隐患整改率"][6], rrate, "整改率")
    t.same(by["举报响应到场时间"][6], minutes, "到场时间")
    t.same(by["每箱销毁费用"][6], price, "每箱费用")
    t.same(by["燃放烟花爆竹引发火灾"][6], fires, "火灾起数")
    t.add("sum_mismatch", dec(fires) - dec(by["燃放烟花爆竹引发火灾"][4]) == dec(over), "超出起数")
    t.same(by["禁放区燃放投诉同比下降"][6], drop, "投诉下降")
    t.same(by["群众满意度"][6], sat, "满意度")
    t.add("implausible_rate", min(dec(s1), dec(s2)) <= dec(sat) <= max(dec(s1), dec(s2)), "overall satisfaction between its parts")


def p_qiaocheng(c):
    t = c
    Y = 2024
    t.years(Y, [t.g(r"^亳州市谯城区应急管理局(\d{4})年度部门整体"), t.g(r"\n(\d{4})年部门整体绩效目标"),
                t.g(r"\n(\d{4})年部门年初预算"), t.g(r"截至(\d{4})年12月31日")], "year")
    t.later(Y, t.g(r"已结转至(\d{4})年继续使用"), "结转")
    t.add("year_mismatch", int(t.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\n*$")) >= Y, "report date")
    init = t.g(r"部门年初预算" + NUM + "万元")
    add = t.g(r"年中追加" + NUM + "万元")
    annual = t.g(r"全年预算" + NUM + "万元。其中")
    t.total(annual, [init, add], "全年预算 = 年初 + 追加")
    basic, staff, office, proj = t.m(r"基本支出" + NUM + r"万元，包括人员经费" + NUM + r"万元、公用经费" + NUM +
                                     r"万元；项目支出" + NUM + "万元").groups()
    t.total(basic, [staff, office], "基本支出 = 人员 + 公用")
    t.total(annual, [basic, proj], "全年预算 = 基本 + 项目")
    spent, rate = t.m(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%").groups()
    t.rate(rate, spent, annual, "部门执行率")
    pspent = t.g(r"项目支出执行" + NUM + "万元")
    t.total(spent, [basic, pspent], "全年支出 = 基本(全部执行) + 项目")
    bal = t.g(r"年末结转结余" + NUM + "万元")
    t.balance(bal, annual, spent, "结转结余")
    t.balance(bal, proj, pspent, "结转结余 (项目)")
    sg, sg_b, sg_save = t.m(r"“三公”经费支出" + NUM + r"万元，比预算" + NUM + r"万元节约" + NUM + "万元").groups()
    t.balance(sg_save, sg_b, sg, "三公节约")

    rows = space_rows(t.t)
    prj = [r for r in rows if len(r) == 7 and r[0] in ("1", "2", "3", "4", "5")]
    t.total(proj, [r[2] for r in prj], "项目预算合计")
    t.total(pspent, [r[3] for r in prj], "项目执行合计")
    t.total(bal, [r[5] for r in prj], "项目结转结余合计")
    for r in prj:
        t.rate(r[4], r[3], r[2], f"项目{r[0]} 执行率")
        t.balance(r[5], r[2], r[3], f"项目{r[0]} 结转结余")
    hi, lo, avg = t.m(r"最高" + NUM + r"分、最低" + NUM + r"分，平均" + NUM + "分").groups()
    scores = [r[6] for r in prj]
    t.average(avg, scores, "项目平均得分")
    t.same(hi, str(max(dec(s) for s in scores)), "最高分")
    t.same(lo, str(min(dec(s) for s in scores)), "最低分")
    n_proj = t.g(r"本年度" + NUM + "个项目全部开展")
    t.add("sum_mismatch", int(n_proj) == len(prj), "项目个数")
    towns_tot = t.g(r"检查烟花爆竹经营单位" + NUM + "家次")
    towns = list(t.m(r"分别检查" + NUM + "家次、" + NUM + "家次、" + NUM + "家次、" + NUM + "家次、" + NUM + "家次").groups())
    t.total(towns_tot, towns, "烟花检查 by 镇")
    boxes = t.g(r"全年收缴非法烟花爆竹" + NUM + "箱，交由")
    price, punit, cost = t.m(r"每箱销毁费用" + NUM + r"(元|万元)，计" + NUM + "万元").groups()
    t.product((cost, "万元"), boxes, (price, punit), "销毁费")
    nrew, rew, rewu, rewtot = t.m(r"兑现群众举报奖励" + NUM + r"件，每件" + NUM + r"(元|万元)，计" + NUM + "万元").groups()
    t.product((rewtot, "万元"), nrew, (rew, rewu), "举报奖励")
    insp = t.g(r"全年执法检查生产经营单位" + NUM + "家次")
    found, fixed, rrate = t.m(r"排查隐患" + NUM + r"处，整改" + NUM + r"处，整改率" + NUM + "%").groups()
    t.rate(rrate, fixed, found, "整改率")
    drills, short = t.m(r"应急演练" + NUM + r"场，因汛期人员抽调，比目标少" + NUM + "场").groups()
    deaths, over = t.m(r"死亡" + NUM + r"人，超过控制目标" + NUM + "人").groups()
    store = t.g(r"储备达标率" + NUM + "%。")
    sat = t.g(r"群众满意度为" + NUM + "%")
    t.pct_range(sat, "满意度")
    tot_p = t.g(r"部门整体支出自评得分" + NUM + "分")

    ind = [r for r in rows if len(r) == 7 and r[0] in ("投入", "过程", "产出", "效益", "满意度")]
    by = {r[2]: r for r in ind}
    irows = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in ind]
    tot_row = [r for r in rows if r[0] == "合计"][0]
    grade_row = [r for r in rows if r[0] == "评价等级"][0]
    check_rows(t, irows, tot_row[1], [tot_row[2], tot_p], "评分表")
    t.grade(tot_row[2], grade_row[1], "评价等级")
    t.same(tot_p, tot_row[2], "总分 (text vs table)")
    t.same(by["部门预算执行率"][4], rate, "部门执行率")
    t.rate(by["项目支出执行率"][4], pspent, proj, "项目支出执行率 (table)")
    t.same(by["“三公”经费支出"][4].replace("万元", ""), sg, "三公经费")
    t.same(by["“三公”经费支出"][3].replace("≤", "").replace("万元", ""), sg_b, "三公预算")
    t.same(by["执法检查生产经营单位"][4].replace("家次", ""), insp, "检查家次")
    t.same(by["收缴非法烟花爆竹"][4].replace("箱", ""), boxes, "收缴箱数")
    t.same(by["组织应急演练"][4].replace("场", ""), drills, "演练场数")
    t.add("sum_mismatch", dec(by["组织应急演练"][3].replace("≥", "").replace("场", "")) - dec(drills) == dec(short), "演练差额")
    t.same(by["事故隐患整改率"][4], rrate, "整改率")
    t.same(by["生产安全事故死亡人数"][4].replace("人", ""), deaths, "死亡人数")
    t.add("sum_mismatch", dec(deaths) - dec(by["生产安全事故死亡人数"][3].replace("≤", "").replace("人", "")) == dec(over), "超出人数")
    t.same(by["应急物资储备达标率"][4], store, "储备达标率")
    t.same(by["群众满意度"][4], sat, "满意度")


PROJECT_CHECKS = {
    "hn-liling-yanhuadafei-2020": p_liling,
    "jx-wanzai-yanhuajianguan-2022": p_wanzai,
    "sd-hedong-yanhuadafei-2018": p_hedong,
    "sc-cuiping-jinfangdafei-2023": p_cuiping,
    "ah-qiaocheng-yingjiju-bumen-2024": p_qiaocheng,
}


def run_checks(pid, text):
    c = Ctx(text)
    PROJECT_CHECKS[pid](c)
    return c.res


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j  # clean [i, ea), error [i, eb)


def changed_token(clean, i, ea):
    """Expand the changed clean span to the whole number it touches (digits, comma, point)."""
    s, e = i, ea
    numch = "0123456789.,"
    if not any(ch.isdigit() for ch in clean[s:e]):
        # a unit or word changed: take the number right before it, if any
        k = s
        while k > 0 and clean[k - 1] in numch:
            k -= 1
        if k < s:
            return clean[k:s]
        return None
    while s > 0 and clean[s - 1] in numch:
        s -= 1
    while e < len(clean) and clean[e] in numch:
        e += 1
    return clean[s:e].strip(".,")


def count_number(text, tok):
    plain = tok.replace(",", "")
    n = 0
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        if m.group(0).replace(",", "") == plain:
            n += 1
    return n


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        problems.append(f"expected 35 cases / 5 clean, got {len(labels)} / {sum(r['clean'] for r in labels)}")
    codes = Counter()
    cleans = {}
    for r in labels:
        if r["clean"]:
            cleans[r["source"]] = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
    for pid, text in cleans.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f"{pid}: length {n} outside 2800-3400")
        try:
            res = run_checks(pid, text)
        except Bad as e:
            problems.append(f"{pid}-clean: {e}")
            continue
        bad = [x for x in res if not x[2]]
        for x in bad:
            problems.append(f"{pid}-clean: {x[0]} ({x[1]}) fails: {x[3]}")
        print(f"{pid}-clean: {len(res)} checks, {len(bad)} failing")
    for r in labels:
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with labels")
            continue
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        clean = cleans[r["source"]]
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected exactly one label")
            continue
        lab = r["expected"][0]
        code = lab["code"]
        codes[code] += 1
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{r['case']}: bad code/severity {code}/{lab['severity']}")
        val = lab["value"]
        i, ea, eb = diff_region(clean, text)
        if ea == i and eb == i:
            problems.append(f"{r['case']}: identical to clean")
            continue
        # one contiguous difference: clean[:i] + X + clean[ea:] == text
        if clean[:i] + text[i:eb] + clean[ea:] != text:
            problems.append(f"{r['case']}: not a single contiguous edit")
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            problems.append(f"{r['case']}: value {val!r} not in case")
        elif not any(o <= i and eb <= o + len(val) for o in occ):
            problems.append(f"{r['case']}: value {val!r} does not contain the edit [{i},{eb})")
        tok = changed_token(clean, i, ea)
        if tok and (len(tok.replace(",", "").replace(".", "")) <= 2
                    or re.fullmatch(r"(19|20)\d\d", tok) and clean[ea:ea + 1] == "年"):
            # a year, or a one/two-digit table weight: these recur as labels of other rows or dates;
            # the edited cell itself is located by the exactly-once old string of build.py
            tok = None
        if code != "conflicting_values" and tok:
            k = count_number(clean, tok)
            if k != 1:
                problems.append(f"{r['case']}: changed figure {tok!r} occurs {k} times in the clean draft")
        if code == "conflicting_values" and tok and count_number(clean, tok) != 2:
            problems.append(f"{r['case']}: conflicting figure {tok!r} should occur twice in the clean draft")
        try:
            res = run_checks(r["source"], text)
        except Bad as e:
            problems.append(f"{r['case']}: {e}")
            continue
        failing = {x[0] for x in res if not x[2] and x[1] == "error"}
        if failing != {code}:
            problems.append(f"{r['case']}: labelled {code}, failing error checks {sorted(failing)}: "
                            + "; ".join(x[3] for x in res if not x[2] and x[1] == "error"))
        else:
            print(f"{r['case']}: {code} fails as labelled ({sum(1 for x in res if not x[2] and x[1] == 'error')} finding(s))")
    for c in CODES:
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} times (< 2)")
    extra = set(codes) - set(CODES)
    if extra:
        problems.append(f"unknown codes {extra}")
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        print("FAILED")
        sys.exit(1)
    print("counts:", dict(sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
