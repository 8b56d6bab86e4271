#!/usr/bin/env python3
"""Verify drafts210.

1. labels.jsonl: every case exists, every label value occurs in its case and overlaps the edited region,
   each error case differs from its clean draft in one place, every §A code occurs at least twice.
2. Redo the arithmetic of every clean draft (funds, rates, balances, sums, weights, scores, grade,
   completion, averages, units, years, repeated figures): a clean draft must pass every check.
3. Run the same checks on each error case: the labelled code must be among the failing checks.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def dec(s):
    if not isinstance(s, str):
        return D(s)
    return D(s.replace(",", "").replace("%", "").strip())


def ndp(s):
    s = str(s).replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def agrees(computed, stated):
    """stated (string as written) is consistent with computed within half a unit of its last digit."""
    return abs(D(computed) - dec(stated)) <= D(5) * D(10) ** (-ndp(stated) - 1) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    total = D(total)
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def m(self, pat, flags=re.S):
        mm = re.search(pat, self.t, flags)
        if not mm:
            raise ParseError(pat)
        return mm.groups()

    def all(self, pat):
        return re.findall(pat, self.t)

    # generic identities
    def rate(self, code, num, den, stated, what):
        if not agrees(D(num) / D(den) * 100, stated):
            self.fail(code, f"{what}: {num}/{den} = {r2(D(num) / D(den) * 100)}% ≠ {stated}")

    def sum_(self, total, parts, what, code="sum_mismatch"):
        tot = dec(total)
        vals = [dec(p) for p in parts]
        if sum(vals) == tot:
            return
        for i, v in enumerate(vals):  # an amount off by 10^4 / 10^8 reconciles the sum: unit slip
            for k in (D(10) ** 4, D(10) ** 8):
                for alt in (v / k, v * k):
                    if sum(vals[:i] + [alt] + vals[i + 1:]) == tot:
                        self.fail("unit_mismatch", f"{what}: part {parts[i]} off by a power of ten")
                        return
        for i, v in enumerate([tot]):
            for k in (D(10) ** 4, D(10) ** 8):
                if sum(vals) in (v / k, v * k):
                    self.fail("unit_mismatch", f"{what}: total {total} off by a power of ten")
                    return
        self.fail(code, f"{what}: {' + '.join(parts)} = {sum(vals)} ≠ {total}")

    def same(self, what, values):
        vals = set(dec(v) for v in values)
        if len(vals) > 1:
            self.fail("conflicting_values", f"{what}: {values}")

    def avg(self, items, stated, what):
        mean = sum(dec(i) for i in items) / len(items)
        if not agrees(mean, stated):
            self.fail("average_mismatch", f"{what}: mean {r2(mean)} ≠ {stated}")

    def grade(self, total, label):
        g = label[0]
        if g != grade_of(total):
            self.fail("grade_mismatch", f"total {total} → {grade_of(total)}, stated {label}")

    def years(self, year, exact=(), later=()):
        for pat in exact:
            for y in self.all(pat):
                if int(y) != year:
                    self.fail("year_mismatch", f"{pat}: {y} ≠ {year}")
        for pat in later:
            for y in self.all(pat):
                if int(y) <= year:
                    self.fail("year_mismatch", f"{pat}: carried over to {y}, evaluation year {year}")

    # funds block: rows name -> (initial, annual, spent, weight, rate, score)
    def funds(self, rows, total_name, part_names, exec_weight=D(10)):
        if total_name not in rows:
            raise ParseError("funds total row")
        for name, (ini, ann, sp, w, rate, sc) in rows.items():
            if dec(ann) == 0:
                if rate not in ("—", "-", "0", ""):
                    self.fail("implausible_rate", f"{name}: rate {rate} on a zero budget")
                continue
            if dec(rate) > 100:
                self.fail("implausible_rate", f"{name}: rate {rate} > 100%")
            self.rate("rate_mismatch", sp, ann, rate, f"funds row {name}")
        for col, label in ((0, "年初"), (1, "全年"), (2, "执行")):
            self.sum_(rows[total_name][col], [rows[n][col] for n in part_names], f"funds {label} column")
        ini, ann, sp, w, rate, sc = rows[total_name]
        if dec(w) != exec_weight:
            self.fail("weight_sum_mismatch", f"execution weight {w}")
        exact = min(D(sp) / D(ann), D(1)) * dec(w)
        from_stated = min(dec(rate) / 100, D(1)) * dec(w)
        if not (agrees(exact, sc) or agrees(from_stated, sc)):
            self.fail("score_rule_mismatch", f"execution score {sc} vs {r2(exact)}")
        if dec(sc) > dec(w):
            self.fail("score_exceeds_weight", f"execution score {sc} > {w}")

    # indicator rows: dicts level1, name, target, actual, weight, score, completion (or None)
    def indicators(self, rows, exec_weight, exec_score, table_total, table_weight_total, prose_totals=(),
                   subtotals=None):
        wsum = D(exec_weight) + sum(dec(r["weight"]) for r in rows)
        if wsum != 100 or dec(table_weight_total) != 100:
            self.fail("weight_sum_mismatch", f"weights sum {wsum}, 总分 row {table_weight_total}")
        ssum = D(exec_score) + sum(dec(r["score"]) for r in rows)
        if not agrees(ssum, table_total):
            self.fail("score_sum_mismatch", f"scores sum {ssum} ≠ table total {table_total}")
        for pt in prose_totals:
            if not agrees(ssum, pt):
                self.fail("score_sum_mismatch", f"scores sum {ssum} ≠ stated total {pt}")
        if subtotals:
            for lvl, stated in subtotals.items():
                got = exec_score if lvl == "预算执行" else sum(dec(r["score"]) for r in rows if r["level1"] == lvl)
                if not agrees(got, stated):
                    self.fail("score_sum_mismatch", f"{lvl} subtotal {got} ≠ stated {stated}")
        for r in rows:
            w, s = dec(r["weight"]), dec(r["score"])
            if s > w or s < 0:
                self.fail("score_exceeds_weight", f"{r['name']}: score {r['score']} > weight {r['weight']}")
            self.indicator_rule(r)

    def indicator_rule(self, r):
        tgt, act = r["target"].strip(), r["actual"].strip()
        if "年" in tgt and "月" in tgt:  # a date target
            dt = re.findall(r"\d+", tgt)
            da = re.findall(r"\d+", act)
            if len(da) != 3:
                self.fail("unit_mismatch", f"{r['name']}: date target, actual {act}")
                return
            compl = D(100) if [int(x) for x in da] <= [int(x) for x in dt] else D(0)
            if r.get("completion") and not agrees(compl, r["completion"]):
                self.fail("completion_mismatch", f"{r['name']}: completion {r['completion']}")
            return
        mt = re.match(r"^(≥|≤|=|＞|＜)?\s*([\d.]+)\s*(.*)$", tgt)
        ma = re.match(r"^([\d.]+)\s*(.*)$", act)
        if not mt:  # qualitative
            if r.get("completion") not in (None, "—", ""):
                self.fail("completion_mismatch", f"{r['name']}: completion on a qualitative row")
            return
        if not ma:
            self.fail("unit_mismatch", f"{r['name']}: target {tgt}, actual {act}")
            return
        sign, T, ut = mt.group(1) or "=", dec(mt.group(2)), mt.group(3).strip()
        A, ua = dec(ma.group(1)), ma.group(2).strip()
        if ut != ua:
            self.fail("unit_mismatch", f"{r['name']}: target unit {ut!r}, actual unit {ua!r}")
            return
        w = dec(r["weight"])
        if sign in ("≤", "＜"):
            compl = D(100) if A <= T else T / A * 100
            score = w if A <= T else w * T / A
        else:
            compl = A / T * 100
            score = w if A >= T else w * A / T
        if r.get("completion") not in (None, "—", "") and not agrees(compl, r["completion"]):
            self.fail("completion_mismatch", f"{r['name']}: {r2(compl)}% ≠ {r['completion']}")
        if not agrees(r2(score), r["score"]):
            self.fail("score_rule_mismatch", f"{r['name']}: score {r['score']} vs {r2(score)}")


# ---------------------------------------------------------------- table readers
def rows_tabs(text):
    return [ln.split("\t") for ln in text.split("\n") if "\t" in ln]


def rows_flat(text):
    out = []
    for blk in text.split("\n\n"):
        lines = blk.strip("\n").split("\n")
        if lines and all(l.startswith("\t") for l in lines):
            out.append([l[1:] for l in lines])
    return out


def rows_pipe(text, sep):
    out = []
    for ln in text.split("\n"):
        if sep in ln:
            cells = ln.strip().strip(sep).split(sep) if sep == "|" else ln.split(sep)
            out.append([c.strip() for c in cells])
    return out


def rows_space(text):
    return [re.split(r"\s{2,}", ln.strip()) for ln in text.split("\n") if re.search(r"\S\s{4,}\S", ln)]


FUND_NAMES = ("年度资金总额", "其中：财政资金", "其中：当年财政拨款", "财政专户管理资金", "单位资金", "上年结转资金", "其他资金")


def funds_from(rows, offset):
    out = {}
    for r in rows:
        if len(r) > offset + 6 and r[offset] in FUND_NAMES:
            name = r[offset].replace("其中：", "")
            out[name] = tuple(r[offset + 1:offset + 7])
    return out


def indicators_generic(rows, first_col, ncols_before_target=3):
    """rows after the 一级指标 header; cells: level1, level2, name, target, actual, weight, score[, reason]."""
    out, level1, started = [], "", False
    total = None
    for r in rows:
        c = r[first_col:]
        if not c:
            continue
        if c[0] == "一级指标":
            started = True
            continue
        if not started:
            continue
        if c[0] in ("总分", "合计"):
            nums = [x for x in c[1:] if re.fullmatch(r"[\d.]+", x)]
            total = nums
            break
        level1 = c[0] or level1
        out.append(dict(level1=level1, name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6],
                        completion=None))
    if total is None:
        raise ParseError("total row")
    return out, total


# ---------------------------------------------------------------- the five drafts
def check_xuzhou(t):
    C = Checker(t)
    rows = rows_tabs(t)
    f = funds_from(rows, 1)
    C.funds(f, "年度资金总额", ["财政资金", "财政专户管理资金", "单位资金", "其他资金"])
    ini, ann, sp, w, rate, sc = f["年度资金总额"]
    inds, started, level1, total = [], False, "", None
    for r in rows:
        if r[0] == "绩效指标":
            started = True
            continue
        if r[0] == "总分":
            total = [x for x in r[1:] if x]
            break
        if started:
            level1 = r[1] or level1
            sign, val, unit, act = r[4], r[5], r[6], r[7]
            u = "" if unit == "—" else unit
            target = (sign if sign in "≥≤=" else "") + val + u if sign != "定性" else val
            actual = act if (sign == "定性" or re.search(r"[^\d.]", act)) else act + u
            inds.append(dict(level1=level1, name=r[3], target=target, actual=actual, weight=r[8], score=r[9]))
    if total is None:
        raise ParseError("total")
    (pt, grade), = [C.m(r"自评总分([\d.]+)分，评价等级为(.)")]
    C.indicators(inds, w, sc, total[1], total[0], prose_totals=[pt])
    C.grade(pt, grade)
    # prose funds
    a, b, c = C.m(r"全年预算调整为([\d.]+)万元，其中区级财政安排([\d.]+)万元、省级政法转移支付追加([\d.]+)万元")
    C.sum_(a, [b, c], "全年预算 = 区级 + 省级")
    C.same("全年预算", [a, ann] + C.all(r"全年预算([\d.]+)万元以内"))
    C.same("年初预算", [ini] + C.all(r"运行经费([\d.]+)万元") + C.all(r"区财政批复([\d.]+)万元"))
    rec, rrate = C.m(r"全年到位([\d.]+)万元，到位率(\d+%)")
    C.rate("rate_mismatch", rec, ann, rrate, "到位率")
    spent, erate = C.m(r"项目全年执行([\d.]+)万元，预算执行率([\d.]+%)")
    C.rate("rate_mismatch", spent, ann, erate, "prose 执行率")
    C.same("执行数", [spent, sp] + C.all(r"全年实际支出([\d.]+)万元"))
    parts = C.m(r"耗材）([\d.]+)万元，12368热线及网上诉讼服务平台运维([\d.]+)万元，导诉及辅助人员劳务([\d.]+)万元，跨域立案设备购置([\d.]+)万元")
    C.sum_(spent, list(parts), "支出构成")
    saved, = C.m(r"节约资金([\d.]+)万元未使用")
    if dec(saved) != dec(ann) - dec(spent):
        C.fail("balance_mismatch", f"未使用 {saved} ≠ {ann} − {spent}")
    tot, *calls = C.m(r"受理来电(\d+)个，其中咨询类(\d+)个、查询类(\d+)个、投诉建议类(\d+)个")
    C.sum_(tot, calls, "12368 来电")
    *st, av = C.m(r"分别接待(\d+)人次、(\d+)人次、(\d+)人次，平均每站(\d+)人次")
    C.avg(st, av, "诉讼服务站平均接待")
    vis, vc = C.m(r"接待来访群众(\d+)人次（2021年为\d+人次），平均每个工作日约\d+人次，完成年度指标的([\d.]+%)")
    C.rate("completion_mismatch", vis, inds[0]["target"].strip("≥人次"), vc, "接待 completion")
    med, mc = C.m(r"诉前调解成功(\d+)件，完成年度目标的([\d.]+%)")
    C.rate("completion_mismatch", med, "1800", mc, "诉前调解 completion")
    C.same("接待人次", [vis, inds[0]["actual"].strip("人次")] + C.all(r"接待来访群众(\d+)人次，网上"))
    C.same("网上立案", C.all(r"网上立案（含跨域立案）(\d+)件") + C.all(r"网上立案(\d+)件，诉前") + [inds[1]["actual"].strip("件")])
    C.same("诉前调解", [med, inds[5]["actual"].strip("件")] + C.all(r"诉前调解成功(\d+)件，当事人"))
    C.same("满意度", C.all(r"满意度为?([\d.]+)%") + [inds[7]["actual"].strip("%")])
    C.years(2022, exact=[r"截至(\d{4})年12月31日", r"（(\d{4})年度）", r"人民法院(\d{4})年度项目支出"])
    return C.fails


def check_yanjin(t):
    C = Checker(t)
    rows = rows_flat(t)
    f = funds_from(rows, 1)
    C.funds(f, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    ini, ann, sp, w, rate, sc = f["年度资金总额"]
    inds, started, level1, total = [], False, "", None
    for r in rows:
        if r[0] == "绩效指标":
            started = True
            continue
        if r[0] == "总分":
            total = [x for x in r[1:] if x]
            break
        if started:
            level1 = r[1] or level1
            inds.append(dict(level1=level1, name=r[3], target=r[4], actual=r[5], weight=r[6], score=r[7]))
    if total is None:
        raise ParseError("total")
    pt, grade = C.m(r"综合得分([\d.]+)分，自评等级为“(.)”")
    C.indicators(inds, w, sc, total[1], total[0], prose_totals=[pt])
    C.grade(pt, grade)
    a, b, c = C.m(r"年初预算安排司法救助资金([\d.]+)万元，其中县级财政资金([\d.]+)万元，.*?转移支付司法救助资金([\d.]+)万元")
    C.sum_(a, [b, c], "年初预算")
    add, year_budget = C.m(r"追加省级司法救助资金([\d.]+)万元，当年财政拨款全年预算([\d.]+)万元")
    C.sum_(year_budget, [a, add], "当年财政拨款全年预算")
    carry, annual, rec = C.m(r"2020年结转资金([\d.]+)万元，纳入2021年统筹使用。项目全年预算数([\d.]+)万元，实际到位([\d.]+)万元")
    C.sum_(annual, [year_budget, carry], "全年预算数")
    C.same("全年预算", [annual, ann, rec] + C.all(r"全年预算数([\d.]+)万元，全年执行数"))
    C.same("年初/拨款", [a, f["当年财政拨款"][0]])
    C.same("当年拨款全年", [year_budget, f["当年财政拨款"][1]])
    C.same("上年结转", [carry, f["上年结转资金"][1]] + C.all(r"上年结转资金([\d.]+)万元已全部使用"))
    for s, r_ in C.all(r"全年(?:实际支出|执行数)([\d.]+)万元，预算执行率([\d.]+%)"):
        C.rate("rate_mismatch", s, annual, r_, "prose 执行率")
        C.same("执行数", [s, sp])
    s1, r1 = C.m(r"当年财政拨款执行([\d.]+)万元，执行率([\d.]+%)")
    C.rate("rate_mismatch", s1, year_budget, r1, "当年拨款执行率")
    bal, = C.m(r"年末结余([\d.]+)万元")
    if dec(bal) != dec(rec) - dec(sp):
        C.fail("balance_mismatch", f"结余 {bal} ≠ {rec} − {sp}")
    sc_stated, = C.m(r"该项得分([\d.]+)分")
    C.same("执行率得分", [sc_stated, sc])
    n, a1, a2, people = C.m(r"决定救助(\d+)件，其中依当事人申请救助(\d+)件、依职权主动救助(\d+)件，共救助(\d+)人")
    C.sum_(n, [a1, a2], "救助案件")
    p1, m1, p2, m2 = C.m(r"被害人及近亲属(\d+)人([\d.]+)万元，民事侵权等其他案件当事人(\d+)人([\d.]+)万元")
    C.sum_(people, [p1, p2], "救助人数")
    paid, = C.m(r"全年发放救助金([\d.]+)万元")
    C.sum_(paid, [m1, m2], "救助金")
    C.same("救助金", [paid, sp])
    avg, = C.m(r"人均救助金额(\d+)元")
    C.avg([dec(paid) * 10000 / dec(people)], avg, "人均救助金额")
    cases = [n] + C.all(r"(\d+)件救助案件") + C.all(r"办结司法救助案件(\d+)件") + C.all(r"办理救助案件(\d+)件、")
    C.same("救助案件数", cases + [inds[0]["actual"].strip("件")])
    C.same("救助人数", [people] + C.all(r"救助(\d+)人[，。]") + C.all(r"对(\d+)名被救助人"))
    base, ok_, rr = C.m(r"(\d+)件救助案件中(\d+)件当事人息诉罢访，息诉罢访率([\d.]+%)")
    C.rate("rate_mismatch", ok_, base, rr, "息诉罢访率")
    C.same("息诉罢访率", [rr.strip("%"), inds[4]["actual"].strip("%")])
    x, tgt, cp = C.m(r"移送多元救助线索(\d+)人次，年度指标为(\d+)人次，完成(\d+%)")
    C.rate("completion_mismatch", x, tgt, cp, "多元救助 completion")
    asked, = C.m(r"对(\d+)名被救助人电话回访")
    sat, srate = C.m(r"表示满意的(\d+)人，满意度([\d.]+%)")
    C.rate("rate_mismatch", sat, asked, srate, "满意度")
    C.same("满意度", [srate.strip("%"), inds[6]["actual"].strip("%")] + C.all(r"救助对象满意度([\d.]+)%"))
    C.years(2021, exact=[r"（(\d{4})年度）", r"^\S+\n(\d{4})年度"], later=[r"结转至(\d{4})年"])
    return C.fails


def check_duyun(t):
    C = Checker(t)
    rows = rows_pipe(t, "|")
    f = funds_from(rows, 0)
    C.funds(f, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    ini, ann, sp, w, rate, sc = f["年度资金总额"]
    inds, total = indicators_generic(rows, 0)
    subs = dict(zip(("预算执行", "产出指标", "效益指标", "满意度指标"),
                    C.m(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分")))
    pt, grade = C.m(r"项目总得分([\d.]+)分，评价等级为“(.)”")
    C.indicators(inds, w, sc, total[1], total[0], prose_totals=[pt], subtotals=subs)
    C.grade(pt, grade)
    tot, a, b = C.m(r"年初预算([\d.]+)万元，其中市级财政资金([\d.]+)万元、中央政法纪检监察转移支付资金([\d.]+)万元")
    C.sum_(tot, [a, b], "资金来源")
    ops_b, dev_b = C.m(r"运维服务费([\d.]+)万元、科技法庭设备购置费([\d.]+)万元")
    C.sum_(tot, [ops_b, dev_b], "资金用途")
    C.same("年初预算", [tot, ini, ann])
    spent, erate = C.m(r"项目全年执行([\d.]+)万元，预算执行率([\d.]+%)")
    C.rate("rate_mismatch", spent, ann, erate, "prose 执行率")
    C.same("执行数", [spent, sp])
    C.same("执行率得分", [C.m(r"预算执行率[\d.]+%，得分([\d.]+)分")[0], sc, subs["预算执行"]])
    ops, orate, gap = C.m(r"运维服务费支出([\d.]+)万元，执行率([\d.]+%)，差额([\d.]+)万元")
    C.rate("rate_mismatch", ops, ops_b, orate, "运维执行率")
    if dec(gap) != dec(ops_b) - dec(ops):
        C.fail("balance_mismatch", f"运维差额 {gap}")
    dev, drate = C.m(r"科技法庭设备购置支出([\d.]+)万元，执行率([\d.]+%)")
    C.rate("rate_mismatch", dev, dev_b, drate, "设备执行率")
    C.sum_(spent, [ops, dev], "执行构成")
    unpaid, ret, warr = C.m(r"未支付([\d.]+)万元，其中政府采购节约及运维考核扣减资金([\d.]+)万元.*?质保金([\d.]+)万元结转至")
    if dec(unpaid) != dec(ann) - dec(spent):
        C.fail("balance_mismatch", f"未支付 {unpaid} ≠ {ann} − {spent}")
    C.sum_(unpaid, [ret, warr], "未支付构成")
    C.same("质保金", [warr] + C.all(r"预留质保金([\d.]+)万元"))
    C.same("运维服务费", [ops, inds[4]["actual"].replace("万元", "")] + C.all(r"运维服务费实际支出([\d.]+)万元"))
    built, bc = C.m(r"科技法庭建成(\d+)个.*?完成年度指标的(\d+%)")
    C.rate("completion_mismatch", built, "4", bc, "科技法庭 completion")
    C.same("科技法庭", [built, inds[1]["actual"].strip("个")] + C.all(r"建成科技法庭(\d+)个"))
    n, web, wr = C.m(r"立案(\d+)件，其中网上立案(\d+)件，网上立案率([\d.]+%)")
    C.rate("rate_mismatch", web, n, wr, "网上立案率")
    C.same("网上立案率", [wr.strip("%"), inds[6]["actual"].strip("%")] + C.all(r"网上立案率([\d.]+)%。"))
    C.same("电子卷宗", C.all(r"随案同步生成率([\d.]+)%，") + C.all(r"随案生成率([\d.]+)%") + [inds[5]["actual"].strip("%")])
    C.same("运行率", C.all(r"正常运行率([\d.]+)%，") + [inds[2]["actual"].strip("%")])
    q, = C.m(r"回收有效问卷(\d+)份，表示满意")
    s, srate = C.m(r"表示满意的(\d+)份，满意度([\d.]+%)")
    C.rate("rate_mismatch", s, q, srate, "满意度")
    C.same("满意度", [srate.strip("%"), inds[8]["actual"].strip("%")])
    C.years(2023, exact=[r"截至(\d{4})年12月31日", r"（(\d{4})年度）", r"人民法院(\d{4})年度"],
            later=[r"结转至(\d{4})年"])
    return C.fails


def check_zhenxing(t):
    C = Checker(t)
    rows = rows_space(t)
    fr = {r[0]: r[2:] for r in rows if r and r[0] in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金",
                                                       "资金结余", "预算到位率(%)", "预算执行率(%)")}
    if len(fr) != 7:
        raise ParseError("funds table")
    for col in range(4):
        b, rcv, sp = (dec(fr[k][col]) for k in ("全年预算资金", "实际到位资金", "全年执行资金"))
        if dec(fr["资金结余"][col]) != rcv - sp:
            C.fail("balance_mismatch", f"结余 col {col}: {fr['资金结余'][col]} ≠ {rcv} − {sp}")
        for key, num in (("预算到位率(%)", rcv), ("预算执行率(%)", sp)):
            stated = fr[key][col]
            if b == 0:
                if dec(stated) != 0:
                    C.fail("implausible_rate", f"{key} col {col} on zero base")
            else:
                if dec(stated) > 100:
                    C.fail("implausible_rate", f"{key} {stated}")
                C.rate("rate_mismatch", num, b, stated, key)
    for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        C.sum_(fr[k][0], fr[k][1:4], f"{k} columns")
    inds, total = [], None
    level1, started = "", False
    for r in rows:
        if r[0] == "一级指标":
            started = True
            continue
        if not started:
            continue
        if r[0] == "合计":
            total = r[1:]
            break
        i = next(k for k, c in enumerate(r) if re.fullmatch(r"\d+(\.\d+)?", c))
        if i == 3:
            level1 = r[0]
        inds.append(dict(level1=level1, name=r[i - 1], weight=r[i], target=r[i + 1], actual=r[i + 2],
                         completion=r[i + 3], score=r[i + 4]))
    if total is None:
        raise ParseError("total")
    exec_row = inds.pop(0)
    subs = dict(zip(("预算执行", "产出指标", "效益指标", "满意度指标"),
                    C.m(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分")))
    pt, grade = C.m(r"自评得分([\d.]+)分，评价等级为(.)")
    C.indicators(inds, exec_row["weight"], exec_row["score"], total[1], total[0], prose_totals=[pt],
                 subtotals=subs)
    C.indicator_rule(exec_row)
    if dec(exec_row["score"]) > dec(exec_row["weight"]):
        C.fail("score_exceeds_weight", "execution row")
    C.grade(pt, grade)
    b, = C.m(r"批复案件质量评查专项经费([\d.]+)万元")
    C.same("预算", [b, fr["全年预算资金"][0], fr["年初预算资金"][0]])
    parts = C.all(r"外聘评查专家劳务费([\d.]+)万元，评查资料印制及档案整理费([\d.]+)万元，交叉评查差旅费([\d.]+)万元")
    if len(parts) != 2:
        raise ParseError("parts")
    C.sum_(b, list(parts[0]), "预算构成")
    rec, rr = C.m(r"一次性拨付资金([\d.]+)万元，到位率(\d+%)")
    C.rate("rate_mismatch", rec, b, rr, "到位率")
    sp, er = C.m(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    C.rate("rate_mismatch", sp, b, er, "prose 执行率")
    C.same("执行数", [sp, fr["全年执行资金"][0]])
    C.same("执行率", [er.strip("%"), exec_row["actual"].strip("%")])
    C.sum_(sp, list(parts[1]), "支出构成")
    rate_pd, days = C.m(r"每人每天(\d+)元标准发放，全年共聘请外部专家(\d+)人天")
    C.sum_(parts[1][0], [str(dec(rate_pd) * dec(days) / 10000)], "专家劳务费 = 人天 × 标准")
    n, *kinds = C.m(r"全年评查案件(\d+)件，其中刑事检察案件(\d+)件、民事行政检察案件(\d+)件、公益诉讼案件(\d+)件")
    C.sum_(n, kinds, "评查案件构成")
    *groups, av = C.m(r"分别评查(\d+)件、(\d+)件、(\d+)件，平均每组评查([\d.]+)件")
    C.sum_(n, groups, "评查小组")
    C.avg(groups, av, "平均每组评查")
    C.same("评查案件", [n, inds[0]["actual"].strip("件")] + C.all(r"(\d+)件评查案件中"))
    ex, *grades_, qr = C.m(r"(\d+)件评查案件中，评定为优质案件(\d+)件、合格案件(\d+)件、瑕疵案件(\d+)件.*?优质、合格率([\d.]+%)")
    C.sum_(ex, grades_, "评定结果")
    C.rate("rate_mismatch", dec(grades_[0]) + dec(grades_[1]), ex, qr, "优质合格率")
    C.same("优质合格率", [qr.strip("%"), inds[4]["actual"].strip("%")])
    found, fixed, fr_ = C.m(r"发现问题(\d+)个，已整改(\d+)个，整改率(\d+%)")
    C.rate("rate_mismatch", fixed, found, fr_, "整改率")
    C.same("整改率", [fr_.strip("%"), inds[2]["actual"].strip("%")])
    asked, ok_, sr = C.m(r"被评查的(\d+)名员额检察官发放满意度问卷，满意(\d+)人，满意度(\d+%)")
    C.rate("rate_mismatch", ok_, asked, sr, "满意度")
    C.same("满意度", [sr.strip("%"), inds[6]["actual"].strip("%")])
    C.same("专项评查", [str(len(C.m(r"全年开展([^。]*?)3次专项评查")[0].split("、"))), inds[1]["actual"].strip("次")])
    C.years(2020, exact=[r"(\d{4})年度项目支出绩效自评表", r"人民检察院\n(\d{4})年度"])
    return C.fails


def check_yangpu(t):
    C = Checker(t)
    rows = rows_pipe(t, "｜")
    f = funds_from(rows, 0)
    C.funds(f, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    ini, ann, sp, w, rate, sc = f["年度资金总额"]
    inds, total = indicators_generic(rows, 0)
    pt, grade = C.m(r"自评得分([\d.]+)分，评价等级为(.)")
    C.indicators(inds, w, sc, total[1], total[0], prose_totals=[pt])
    C.grade(pt, grade)
    i0, cut, a = C.m(r"年初预算([\d.]+)万元.*?调减([\d.]+)万元，全年预算数([\d.]+)万元")
    C.sum_(i0, [a, cut], "年初 = 全年 + 调减")
    C.same("年初", [i0, ini])
    C.same("全年预算", [a, ann] + C.all(r"全年预算([\d.]+)万元，实际支出"))
    s, r_, bal = C.m(r"实际支出([\d.]+)万元，执行率([\d.]+%)，年末结余([\d.]+)万元")
    C.rate("rate_mismatch", s, ann, r_, "prose 执行率")
    C.same("执行数", [s, sp])
    if dec(bal) != dec(ann) - dec(s):
        C.fail("balance_mismatch", f"结余 {bal}")
    d, std1, a1, n, std2, a2, other = C.m(
        r"派驻补贴(\d+)人天×(\d+)元=([\d.]+)万元；认罪认罚案件见证补贴(\d+)件×(\d+)元=([\d.]+)万元；.*?日常运行([\d.]+)万元")
    C.sum_(a1, [str(dec(d) * dec(std1) / 10000)], "派驻补贴")
    C.sum_(a2, [str(dec(n) * dec(std2) / 10000)], "见证补贴")
    C.sum_(s, [a1, a2, other], "支出构成")
    C.same("补贴标准", [std1] + C.all(r"每人每天(\d+)元") + [inds[4]["target"].strip("=元/人天")])
    if inds[4]["actual"] != inds[4]["target"].lstrip("="):
        C.same("补贴标准实际", [inds[4]["actual"].replace("元/人天", ""), std1])
    cons, cc = C.m(r"提供法律咨询(\d+)人次，完成年度指标的([\d.]+%)")
    C.rate("completion_mismatch", cons, "6000", cc, "法律咨询 completion")
    C.same("法律咨询", [cons, inds[0]["actual"].strip("人次")] + C.all(r"提供法律咨询(\d+)人次，见证"))
    C.same("认罪认罚见证", [n, inds[1]["actual"].strip("件")] + C.all(r"全年为(\d+)件认罪认罚") +
           C.all(r"见证认罪认罚案件(\d+)件"))
    *st, tot = C.m(r"分别派驻(\d+)、(\d+)、(\d+)人天，合计(\d+)人天")
    C.sum_(tot, st, "派驻人天")
    C.same("派驻人天", [tot, d, inds[2]["actual"].strip("人天")] + C.all(r"派驻值班律师(\d+)人天"))
    q, ok_, qr = C.m(r"抽查值班律师工作记录(\d+)份，合格(\d+)份，合格率([\d.]+%)")
    C.rate("rate_mismatch", ok_, q, qr, "合格率")
    C.same("合格率", [qr.strip("%"), inds[3]["actual"].strip("%")])
    prop, adop, ar = C.m(r"变更强制措施建议(\d+)件，被办案机关采纳(\d+)件，采纳率([\d.]+%)")
    C.rate("rate_mismatch", adop, prop, ar, "采纳率")
    asked, sat, sr = C.m(r"回访受援人(\d+)人，满意(\d+)人，满意度([\d.]+%)")
    C.rate("rate_mismatch", sat, asked, sr, "满意度")
    C.same("满意度", [sr.strip("%"), inds[7]["actual"].strip("%")])
    C.years(2024, exact=[r"（(\d{4})年度）", r"司法局(\d{4})年度"])
    return C.fails


CHECKS = {
    "xuzhou-susongfuwu-2022": check_xuzhou,
    "yanjin-sifajiuzhu-2021": check_yanjin,
    "duyun-zhihuifayuan-2023": check_duyun,
    "zhenxing-anjianpingcha-2020": check_zhenxing,
    "yangpu-zhibanlvshi-2024": check_yangpu,
}


def run_checks(pid, text):
    try:
        return CHECKS[pid](text)
    except ParseError as exc:
        return [("parse", str(exc))]
    except (StopIteration, IndexError, KeyError, ValueError, ArithmeticError, TypeError, AttributeError) as exc:
        return [("parse", repr(exc))]


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return (i, len(a) - j), (i, len(b) - j)


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    by_case = {l["case"]: l for l in labels}
    files = sorted(os.listdir(CASES))
    if sorted(by_case) != files:
        problems.append(f"labels and case files differ: {set(files) ^ set(by_case)}")
    code_count = Counter()
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
            cleans[lab["source"]] = text
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expectations")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{lab['case']}: length {len(text)}")
            fails = run_checks(lab["source"], text)
            for f in fails:
                problems.append(f"{lab['case']}: clean draft fails {f}")
            print(f"{lab['case']:40s} clean, {len(text)} chars, {len(fails)} failing checks")
    for lab in labels:
        if lab["clean"]:
            continue
        name = lab["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = cleans[lab["source"]]
        (cs, ce), (es, ee) = changed_region(clean, text)
        if text == clean or ce - cs > 120 or ee - es > 120:
            problems.append(f"{name}: not a single small edit ({cs}-{ce} / {es}-{ee})")
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected {len(lab['expected'])} findings")
        for exp in lab["expected"]:
            code_count[exp["code"]] += 1
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{name}: bad code/severity {exp}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{name}: value {v!r} not in case")
            elif not any(o < max(ee, es + 1) and es < o + len(v) for o in occ):
                problems.append(f"{name}: value {v!r} does not overlap the edit")
        fails = run_checks(lab["source"], text)
        got = sorted(set(c for c, _ in fails))
        want = lab["expected"][0]["code"]
        if want not in got:
            problems.append(f"{name}: arithmetic re-check does not flag {want} (flags {got}: {fails})")
        print(f"{name:40s} {want:22s} re-check flags {', '.join(got)}")
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} occurs {code_count[c]} times")
    print("codes:", dict(code_count))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
