#!/usr/bin/env python3
"""Verify draftsNN (n479): labels, single contiguous edits, code coverage, and the arithmetic of every case.

Standard library only. All arithmetic uses decimal.Decimal; a stated value with d decimals is consistent with a
computed value c iff |c - v| <= 0.5 * 10^-d (+1e-9) (rules.md §8). Numbers marked 约/余 are compared loosely.

For each of the five drafts a spec function reads the figures out of the text (each pattern must match exactly
once, in the clean draft and in all six error copies) and redoes every identity the draft states: fund sums,
到位率/执行率, balances, carry-over years, price × quantity, by-type sums, averages, completion rates, weights,
scores, totals, grades and the equality of every figure stated twice. Each identity is tagged with the error code
it would raise. A clean draft must pass all of them (and the warning-level score-rule checks); an error case must
fail the labelled code and no other error code.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402  (edit list only; importing does not rebuild)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
EPS = D("1e-9")
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


# ---------------------------------------------------------------- numbers
def dp(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    return D(str(s).replace(",", "").strip())


def tol(s):
    return D("0.5") * (D(10) ** -dp(s)) + EPS


def close(stated, computed):
    return abs(num(stated) - computed) <= tol(stated)


def same(a, b):
    """two stated figures of one quantity (e.g. 28.80 and 28.8) agree within the coarser precision"""
    return abs(num(a) - num(b)) <= max(tol(a), tol(b))


def wan(s, unit):
    """money figure -> 万元"""
    v = num(s)
    return {"元": v / 10000, "万元": v, "亿元": v * 10000}[unit]


def r2(x):
    return x.quantize(D("0.01"))


class Q:
    """a stated quantity: value normalised to the check's unit, tolerance from its written decimals"""

    def __init__(self, s, factor=D(1)):
        self.s = s
        self.v = num(s) * factor
        self.t = tol(s) * factor


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, name, text):
        self.name = name
        self.t = text
        self.fails = []
        self.warns = []
        self.n = 0

    def m(self, pat, flags=re.M):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise AssertionError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat):
        mm = self.m(pat)
        return mm.group(1) if mm.re.groups == 1 else mm.groups()

    def lines(self, pat):
        return [ln for ln in self.t.split("\n") if re.match(pat, ln)]

    def check(self, code, ok, msg):
        assert code in CODES, code
        self.n += 1
        if not ok:
            self.fails.append((code, msg))

    def warn(self, ok, msg):
        if not ok:
            self.warns.append(msg)

    # ---- identities
    def total(self, total, parts, msg, code="sum_mismatch"):
        """total (Q) = sum of parts (list of Q); a mismatch repaired by rescaling one amount by 10^±4/8 is a unit slip"""
        def ok(vals, tv):
            return abs(sum(vals) - tv) <= total.t
        vals = [p.v for p in parts]
        if ok(vals, total.v):
            return self.check(code, True, msg)
        for f in SCALES:
            if ok(vals, total.v * f) or any(ok(vals[:i] + [vals[i] * f] + vals[i + 1:], total.v) for i in range(len(vals))):
                return self.check("unit_mismatch", False, msg + f" (reconciled by a factor {f})")
        self.check(code, False, f"{msg}: {total.s} vs computed {sum(vals)}")

    def product(self, total, factors, msg, code="sum_mismatch"):
        """total (Q) = product of factors (Decimals, exact as written)"""
        p = D(1)
        for f in factors:
            p *= f
        if abs(p - total.v) <= total.t:
            return self.check(code, True, msg)
        for f in SCALES:
            if abs(p * f - total.v) <= total.t:
                return self.check("unit_mismatch", False, msg + f" (reconciled by a factor {f})")
        self.check(code, False, f"{msg}: {total.s} vs computed {p}")

    def rate(self, stated, numer, denom, msg, code="rate_mismatch", cap=True):
        """stated percent (string without %) = numer/denom*100; '—' required on a zero base"""
        if denom == 0:
            return self.check("implausible_rate", stated in ("—", "-", "0", "0.00"), f"{msg}: rate {stated} on a zero base")
        if stated in ("—", "-"):
            return self.check(code, False, f"{msg}: rate missing on a non-zero base")
        comp = numer / denom * 100
        if close(stated, comp):
            if cap:
                self.check("implausible_rate", num(stated) <= 100, f"{msg}: {stated}% over 100%")
            return self.check(code, True, msg)
        for f in SCALES:
            if close(stated, comp * f):
                return self.check("unit_mismatch", False, msg + f" (reconciled by a factor {f})")
        self.check(code, False, f"{msg}: {stated}% vs computed {r2(comp)}%")

    def equal(self, a, b, msg, code="conflicting_values"):
        if same(a, b):
            return self.check(code, True, msg)
        for f in SCALES:
            if abs(num(a) * f - num(b)) <= max(tol(a) * f, tol(b)):
                return self.check("unit_mismatch", False, msg + f" (reconciled by a factor {f})")
        self.check(code, False, f"{msg}: {a} vs {b}")

    def avg(self, stated, items, msg):
        comp = sum(num(i) for i in items) / len(items)
        self.check("average_mismatch", close(stated, comp), f"{msg}: {stated} vs mean {comp}")

    def balance(self, stated, minuend, subtrahend, msg):
        comp = num(minuend) - num(subtrahend)
        self.check("balance_mismatch", close(stated, comp), f"{msg}: {stated} vs {minuend} − {subtrahend} = {comp}")

    def grade(self, total, label, msg):
        t = num(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        lab = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
               "差": "差", "较差": "差", "不合格": "差"}[label]
        self.check("grade_mismatch", lab == band, f"{msg}: {label} for {total} (band {band})")

    def year_after(self, y, eval_year, msg):
        self.check("year_mismatch", int(y) > int(eval_year), f"{msg}: {y} not after {eval_year}")

    def year_same(self, y, eval_year, msg):
        self.check("year_mismatch", int(y) == int(eval_year), f"{msg}: {y} vs {eval_year}")

    def report_date(self, y, eval_year, msg):
        self.check("year_mismatch", int(eval_year) <= int(y) <= int(eval_year) + 1, f"{msg}: dated {y}")

    # ---- indicator table
    def weights(self, stated, items, msg):
        comp = sum(num(i) for i in items)
        self.check("weight_sum_mismatch", close(stated, comp), f"{msg}: {stated} vs Σ {comp}")

    def scores(self, stated, items, msg):
        comp = sum(num(i) for i in items)
        self.check("score_sum_mismatch", close(stated, comp), f"{msg}: {stated} vs Σ {comp}")

    def row(self, r):
        name, w, s = r["name"], num(r["weight"]), num(r["score"])
        self.check("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {r['score']} vs weight {r['weight']}")
        T, A = parse_target(r["target"]), parse_actual(r["actual"])
        comp_stated = r.get("completion")
        if comp_stated in ("—", "-", ""):
            comp_stated = None
        if T and A:
            op, tv, tu = T
            av, au = A
            if tu != au:
                return self.check("unit_mismatch", False, f"{name}: target unit {tu!r}, actual unit {au!r}")
            self.check("unit_mismatch", True, name)
            tvv, avv = num(tv), num(av)
            if au == "%":
                self.check("implausible_rate", avv <= 100, f"{name}: {av}% over 100%")
            if op == "lte":
                comp = D(100) if avv <= tvv else tvv / avv * 100
                exp = w if avv <= tvv else w * tvv / avv
            elif tvv == 0:
                comp = D(100) if avv <= 0 else D(0)
                exp = w if avv <= 0 else D(0)
            else:
                comp = avv / tvv * 100
                exp = w * min(D(1), avv / tvv)
            if comp_stated is not None:
                self.check("completion_mismatch", close(comp_stated.rstrip("%"), comp),
                           f"{name}: completion {comp_stated} vs {r2(comp)}%")
            ok = close(r["score"], exp)
            if comp_stated is not None:
                ok = ok or close(r["score"], w * min(D(100), num(comp_stated.rstrip("%"))) / 100)
            self.warn(ok, f"{name}: score {r['score']} vs rule {r2(exp)} (score_rule_mismatch, warning)")
        elif T or A:
            # one side numeric, the other a judgement: units cannot match
            self.check("unit_mismatch", False, f"{name}: {r['target']!r} vs {r['actual']!r}")
        else:
            lo, hi = (D("0.6"), D("0.8")) if ("部分" in r["actual"]) else (D("0.8"), D("1.0001"))
            self.warn(lo * w <= s < hi * w, f"{name}: qualitative score {r['score']} outside band (warning)")


def parse_target(s):
    s = s.strip()
    m = re.match(r"^(≥|≤|=|＞|＜)?\s*(\d+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return None
    op = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return op, m.group(2), m.group(3).strip()


def parse_actual(s):
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(.*)$", s.strip())
    return (m.group(1), m.group(2).strip()) if m else None


def cells(line, sep):
    parts = [p.strip() for p in line.split(sep)]
    if sep == "|":
        parts = parts[1:-1]
    return parts


# ================================================================= drafts
def spec_tiandeng(c):
    Y = c.g(r"^(\d{4})年度气象灾害预警信息发布项目支出绩效自评报告$")
    c.year_same(c.g(r"｜年度｜(\d{4})$"), Y, "自评表 year vs title")
    c.year_same(c.g(r"截至(\d{4})年12月31日"), Y, "截至 date")
    c.year_after(c.g(r"已按规定结转至(\d{4})年使用"), Y, "carry-over year")
    c.report_date(c.g(r"^(\d{4})年\d+月\s*$"), Y, "report date")
    c.year_same(c.g(r"《关于做好(\d{4})年度县级预算"), Y, "notice year")
    c.year_same(c.g(r"项目产出。(\d{4})年共发布各类预警信号"), Y, "outputs year")
    c.year_same(str(int(c.g(r"较(\d{4})年的\d+次")) + 1), Y, "last-year comparison")

    init, add = c.g(r"项目年初预算([\d.]+)万元"), c.g(r"追加([\d.]+)万元")
    fiscal, carry = c.g(r"当年财政拨款合计([\d.]+)万元"), c.g(r"加上上年结转资金([\d.]+)万元")
    annual = c.g(r"全年预算数为([\d.]+)万元")
    c.total(Q(fiscal), [Q(init), Q(add)], "年初 + 追加 = 当年财政拨款")
    c.total(Q(annual), [Q(fiscal), Q(carry)], "当年财政拨款 + 上年结转 = 全年预算")
    c.rate(c.g(r"全部到位，到位率([\d.]+)%"), num(annual), num(annual), "到位率 (全部到位)")
    spent, erate = c.g(r"项目累计支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(erate, num(spent), num(annual), "prose 执行率")
    fspent, frate = c.g(r"当年财政拨款支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(frate, num(fspent), num(fiscal), "prose 当年财政拨款执行率")
    c.rate(c.g(r"合同的尾款，执行率([\d.]+)%"), num(carry), num(carry), "上年结转 fully spent")
    c.total(Q(spent), [Q(fspent), Q(carry)], "支出 = 当年拨款支出 + 上年结转")
    c.balance(c.g(r"尚未支出的([\d.]+)万元"), annual, spent, "unspent = 全年预算 − 支出")

    fee_s, fee_u = c.g(r"预警短信费([\d.]+)(万元|元)")
    cnt = c.g(r"共发送预警短信([\d.]+)万条")
    price = c.g(r"每条按([\d.]+)元结算")
    fee = Q(fee_s, wan("1", fee_u))
    c.product(fee, [num(cnt) * 10000, num(price) / 10000], "短信条数 × 单价 = 短信费")
    horn_n = c.g(r"新购置预警大喇叭(\d+)套")
    horn_s, horn_unit = c.g(r"新购预警大喇叭([\d.]+)万元（每套(\d+)元）")
    c.product(Q(horn_s), [num(horn_n), num(horn_unit) / 10000], "套数 × 单价 = 购置费")
    parts = [fee, Q(c.g(r"运行维护费([\d.]+)万元")), Q(c.g(r"平台运维费([\d.]+)万元")), Q(horn_s),
             Q(c.g(r"信息员培训([\d.]+)万元"))]
    c.total(Q(spent), parts, "支出明细合计 = 支出")

    wt = c.g(r"共发布各类预警信号(\d+)次")
    wparts = c.g(r"分别为(\d+)次、(\d+)次、(\d+)次、(\d+)次")
    c.total(Q(wt), [Q(x) for x in wparts], "by-type warnings sum")
    last, inc = c.g(r"较\d{4}年的(\d+)次增加(\d+)次")
    c.total(Q(wt), [Q(last), Q(inc)], "last year + increase")
    sat = c.g(r"社会公众满意度为([\d.]+)%")
    gap = c.g(r"总体比目标值低([\d.]+)个百分点")

    # ---- table
    hdr = "年度资金总额｜其中：当年财政拨款｜上年结转资金｜其他资金".split("｜")
    fr = {}
    for h in hdr:
        ln = c.lines("^" + re.escape(h) + "｜")
        assert len(ln) == 1, h
        fr[h] = cells(ln[0], "｜")
    tot, fis, car, oth = (fr[h] for h in hdr)
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total(Q(tot[col]), [Q(fis[col]), Q(car[col]), Q(oth[col])], f"资金总额 {lab} = Σ sources")
    for row, lab in ((tot, "总额"), (fis, "当年财政拨款"), (car, "上年结转"), (oth, "其他资金")):
        c.rate(row[5].rstrip("%"), num(row[3]), num(row[2]), f"table {lab} 执行率")
    c.equal(tot[2], annual, "全年预算 text/table")
    c.equal(tot[3], spent, "执行数 text/table")
    c.equal(tot[5].rstrip("%"), erate, "执行率 text/table")
    c.equal(fis[1], init, "年初 text/table")
    c.equal(fis[2], fiscal, "当年拨款 text/table")
    c.equal(fis[3], fspent, "当年拨款支出 text/table")
    c.equal(fis[5].rstrip("%"), frate, "当年拨款执行率 text/table")
    c.equal(car[2], carry, "上年结转 text/table")
    ew, es = tot[4], tot[6]
    c.check("score_exceeds_weight", num(es) <= num(ew), "execution score vs weight")
    c.warn(close(es, num(ew) * min(D(1), num(tot[3]) / num(tot[2]))), "execution score rule")

    rows = []
    for ln in c.lines(r"^(产出指标|效益指标|满意度指标)｜"):
        x = cells(ln, "｜")
        rows.append(dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]))
        c.row(rows[-1])
    assert len(rows) == 10
    byname = {r["name"]: r for r in rows}
    c.equal(byname["预警信号发布次数"]["actual"].rstrip("次"), wt, "warnings text/table")
    c.equal(byname["预警短信发送量"]["actual"].rstrip("万条"), cnt, "SMS count text/table")
    c.equal(byname["新增预警大喇叭"]["actual"].rstrip("套"), horn_n, "horns text/table")
    c.equal(byname["预警信息发布准确率"]["actual"].rstrip("%"), c.g(r"预警信息发布准确率([\d.]+)%"), "accuracy text/table")
    c.equal(byname["预警信息发布用时"]["actual"].rstrip("分钟"), c.g(r"签发后平均(\d+)分钟"), "minutes text/table")
    c.equal(byname["预警信息公众覆盖率"]["actual"].rstrip("%"), c.g(r"全年预警信息公众覆盖率达到([\d.]+)%"), "coverage text/table")
    c.equal(byname["社会公众满意度"]["actual"].rstrip("%"), sat, "satisfaction text/table")
    c.equal(byname["预警短信单价"]["actual"].replace("元/条", ""), price, "price text/table")
    tgt = parse_target(byname["预警信号发布次数"]["target"])[1]
    c.check("completion_mismatch", close(c.g(r"完成年度目标的([\d.]+)%"), num(wt) / num(tgt) * 100),
            "warnings completion (text)")
    c.total(Q(gap), [Q(parse_target(byname["社会公众满意度"]["target"])[1]), Q("-" + sat)], "satisfaction gap")

    tw, ts = c.g(r"^总分｜｜｜｜｜(\d+)｜([\d.]+)｜$")
    c.weights(tw, [ew] + [r["weight"] for r in rows], "Σ weights")
    c.check("weight_sum_mismatch", num(tw) == 100, "total weight 100")
    c.weights("50", [r["weight"] for r in rows if r["name"] in list(byname)[:6]], "产出 weights")
    c.scores(ts, [es] + [r["score"] for r in rows], "Σ scores vs 总分")
    ptotal = c.g(r"综合自评得分([\d.]+)分")
    c.scores(ptotal, [es] + [r["score"] for r in rows], "Σ scores vs text total")
    c.equal(ptotal, ts, "total text/table")
    c.grade(ptotal, c.g(r"评价等级为“(.)”"), "grade")


def spec_wufeng(c):
    Y = c.g(r"^区域自动气象站运行维护项目(\d{4})年度绩效自评报告$")
    c.year_same(c.g(r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    c.year_same(c.g(r"开展(\d{4})年度项目支出绩效自评"), Y, "notice year")
    c.year_same(c.g(r"^(\d{4})年，县财政年初安排"), Y, "budget year")
    c.year_after(c.g(r"已结转(\d{4})年支付"), Y, "carry-over year")
    c.year_after(c.g(r"已列入(\d{4})年一季度维修计划"), Y, "repair plan year")
    c.year_same(str(int(c.g(r"较(\d{4})年的[\d.]+%提高")) + 1), Y, "last-year comparison")
    c.report_date(c.g(r"^(\d{4})年\d+月\s*$"), Y, "report date")

    st_total = c.g(r"全县现有区域自动气象站(\d+)个")
    st_parts = c.g(r"其中两要素站(\d+)个、四要素站(\d+)个、六要素站(\d+)个")
    c.total(Q(st_total), [Q(x) for x in st_parts], "station types sum")
    c.equal(c.g(r"保障(\d+)个区域站全年稳定运行"), st_total, "stations in goals")

    init, add, annual = c.g(r"年初安排项目资金([\d.]+)万元"), c.g(r"修复补助([\d.]+)万元"), c.g(r"调整后全年预算([\d.]+)万元")
    c.total(Q(annual), [Q(init), Q(add)], "年初 + 追加 = 全年")
    c.rate(c.g(r"资金均已到位，到位率([\d.]+)%"), num(annual), num(annual), "到位率")
    spent, erate = c.g(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(erate, num(spent), num(annual), "prose 执行率")
    c.balance(c.g(r"年末结余([\d.]+)万元"), annual, spent, "结余")

    k, p1, a1, p2, a2 = c.g(r"合同金额([\d.]+)万元，约定签订后预付(\d+)%（([\d.]+)万元），年终考核合格后支付尾款(\d+)%（([\d.]+)万元）")
    c.rate(p1, num(a1), num(k), "预付 share")
    c.rate(p2, num(a2), num(k), "尾款 share")
    c.total(Q(k), [Q(a1), Q(a2)], "预付 + 尾款 = 合同")
    c.total(Q("100"), [Q(p1), Q(p2)], "percentages sum")
    sn, sp, ss = c.g(r"传感器(\d+)套，每套平均(\d+)元，计([\d.]+)万元")
    c.product(Q(ss), [num(sn), num(sp) / 10000], "sensors")
    cp, cn, cs = c.g(r"按每站每年(\d+)元计，(\d+)站共([\d.]+)万元")
    c.product(Q(cs), [num(cn), num(cp) / 10000], "communication fee")
    c.equal(cn, st_total, "stations in comm fee")
    other = c.g(r"防雷检测费([\d.]+)万元")
    c.total(Q(spent), [Q(k), Q(ss), Q(cs), Q(other)], "支出明细 = 支出")

    patrols = c.g(r"各轮分别巡检站点(\d+)、(\d+)、(\d+)、(\d+)站次")
    c.avg(c.g(r"平均每轮([\d.]+)站次"), patrols, "patrol average")
    c.total(Q(c.g(r"湾潭镇有(\d+)个站点未能按期到达")), [Q(patrols[0]), Q("-" + patrols[2])], "stations missed in round 3")
    hours = c.g(r"平均修复时长(\d+)小时")
    due, got = c.g(r"全年应到报小时数据(\d+)条，实到(\d+)条")
    c.product(Q(due), [num(st_total), D(366 if int(Y) % 4 == 0 else 365) * 24], "应到报 = stations × hours")
    arr = c.g(r"平均到报率([\d.]+)%")
    c.rate(arr, num(got), num(due), "到报率")
    last, inc = c.g(r"较\d{4}年的([\d.]+)%提高([\d.]+)个百分点")
    c.total(Q(arr), [Q(last), Q(inc)], "到报率 year-on-year")
    ok_total, ok_n, ok_r = c.g(r"年末(\d+)个站点中运行完好的有(\d+)个，完好率([\d.]+)%")
    c.rate(ok_r, num(ok_n), num(ok_total), "完好率")
    c.equal(ok_total, st_total, "stations at year end")
    unit_cost = c.g(r"单站年均维护成本为([\d.]+)元")
    c.check("average_mismatch", close(unit_cost, num(spent) * 10000 / num(st_total)), "per-station cost = 支出/站点数")
    c.equal(c.g(r"低于每站(\d+)元的控制标准"), "7000", "cost standard")
    sat = c.g(r"用户单位满意度为([\d.]+)%")

    # ---- table
    tb, te, tr, tw, ts = c.g(r"预算执行：全年预算([\d.]+)　全年执行([\d.]+)　执行率([\d.]+)%　分值(\d+)　得分([\d.]+)")
    c.equal(tb, annual, "预算 text/table")
    c.equal(te, spent, "执行 text/table")
    c.equal(tr, erate, "执行率 text/table")
    c.rate(tr, num(te), num(tb), "table 执行率")
    c.check("score_exceeds_weight", num(ts) <= num(tw), "execution score vs weight")
    c.warn(close(ts, num(tw) * min(D(1), num(te) / num(tb))) or close(ts, num(tw) * num(tr) / 100), "execution score rule")

    blocks, cur = [], None
    for ln in c.t.split("\n"):
        mh = re.match(r"^目标[一二三]：.*（(\d+)分）$", ln)
        if mh:
            cur = dict(head=mh.group(1), rows=[], sub=None)
            blocks.append(cur)
        elif re.match(r"^(产出指标|效益指标|满意度指标)\t", ln):
            x = cells(ln, "\t")
            r = dict(name=x[2], target=x[3], actual=x[4], completion=x[5], weight=x[6], score=x[7])
            cur["rows"].append(r)
            c.row(r)
        elif ln.startswith("小计\t"):
            x = cells(ln, "\t")
            cur["sub"] = (x[-2], x[-1])
    assert len(blocks) == 3 and sum(len(b["rows"]) for b in blocks) == 9
    allrows = [r for b in blocks for r in b["rows"]]
    for b in blocks:
        ws = [r["weight"] for r in b["rows"]]
        sc = [r["score"] for r in b["rows"]]
        c.weights(b["head"], ws, "block heading weight")
        if b["sub"]:
            c.weights(b["sub"][0], ws, "block 小计 weight")
            c.scores(b["sub"][1], sc, "block 小计 score")
    gw, gs = c.g(r"^合计\t.*\t(\d+)\t([\d.]+)$")
    c.weights(gw, [tw] + [r["weight"] for r in allrows], "Σ weights")
    c.check("weight_sum_mismatch", num(gw) == 100, "total weight 100")
    c.scores(gs, [ts] + [r["score"] for r in allrows], "Σ scores vs 合计")
    byname = {r["name"]: r for r in allrows}
    c.equal(byname["小时数据到报率"]["actual"].rstrip("%"), arr, "到报率 text/table")
    c.equal(byname["年末站点完好率"]["actual"].rstrip("%"), ok_r, "完好率 text/table")
    c.equal(byname["故障平均修复时长"]["actual"].rstrip("小时"), hours, "repair hours text/table")
    c.equal(byname["单站年均维护成本"]["actual"].rstrip("元"), unit_cost, "unit cost text/table")
    c.equal(byname["用户单位满意度"]["actual"].rstrip("%"), sat, "satisfaction text/table")
    c.equal(byname["维护区域自动站数量"]["actual"].rstrip("个"), st_total, "stations text/table")

    pe, pg, pt, grade = c.g(r"本项目预算执行得分([\d.]+)分，三个目标得分合计([\d.]+)分，自评得分([\d.]+)分，等级为(\S\S)。")
    c.equal(pe, ts, "execution score text/table")
    c.scores(pg, [r["score"] for r in allrows], "three goals' scores (text)")
    c.scores(pt, [pe, pg], "text total = execution + goals")
    c.scores(pt, [ts] + [r["score"] for r in allrows], "text total vs rows")
    c.equal(pt, gs, "total text/table")
    c.grade(pt, grade, "grade")


def spec_yanbian(c):
    Y = c.g(r"^盐边县气象局(\d{4})年度突发事件预警信息发布能力提升项目$")
    c.year_same(c.g(r"^附表：(\d{4})年度项目支出绩效自评表$"), Y, "table year")
    c.year_same(c.g(r"实施期为(\d{4})年1月至12月"), Y, "implementation period")
    c.year_same(c.g(r"^(\d{4})年初批复项目预算"), Y, "budget year")
    c.year_same(c.g(r"^(\d{4})年共发布预警信号"), Y, "outputs year")
    c.year_after(c.g(r"已按规定结转至(\d{4})年"), Y, "carry-over year")
    c.year_after(c.g(r"纳入(\d{4})年预算统筹安排"), Y, "next budget")
    c.year_same(str(int(c.g(r"(\d{4})年同期为\d+次")) + 1), Y, "last-year comparison")
    c.report_date(c.g(r"^(\d{4})年2月，我局成立自评工作组"), Y, "self-evaluation date")
    c.report_date(c.g(r"^(\d{4})年\d+月\s*$"), Y, "report date")

    n_term = c.g(r"对全县(\d+)个应急广播终端进行升级改造")
    c.equal(c.g(r"完成(\d+)个应急广播终端升级"), n_term, "terminals in goals")
    c.total(Q(n_term), [Q(c.g(r"完成沿江及城区(\d+)个终端")), Q(c.g(r"10月底完成其余(\d+)个终端"))], "terminal batches")
    c.equal(c.g(r"。(\d+)个终端全部完成升级"), n_term, "terminals done")
    c.equal(c.g(r"落实(\d+)名乡村气象信息员补助"), c.g(r"，(\d+)人共[\d.]+万元"), "information officers")

    init, f0, u0 = c.g(r"批复项目预算([\d.]+)万元，其中财政资金([\d.]+)万元、单位资金([\d.]+)万元")
    c.total(Q(init), [Q(f0), Q(u0)], "年初 = 财政 + 单位")
    cut = c.g(r"调减项目财政资金([\d.]+)万元")
    adj = c.g(r"调整后预算为([\d.]+)万元")
    spent, erate = c.g(r"全年执行([\d.]+)万元，总体执行率([\d.]+)%")
    c.rate(erate, num(spent), num(adj), "overall 执行率")
    fspent, frate = c.g(r"其中财政资金执行([\d.]+)万元，执行率([\d.]+)%")
    uused = c.g(r"单位资金([\d.]+)万元全部使用")

    k, p1, a1, p2, a2, p3, a3 = c.g(
        r"合同价([\d.]+)万元，合同约定签订后预付(\d+)%（([\d.]+)万元），安装调试完成后支付(\d+)%（([\d.]+)万元），余下(\d+)%（([\d.]+)万元）")
    for p, a, lab in ((p1, a1, "预付"), (p2, a2, "进度款"), (p3, a3, "质保金")):
        c.rate(p, num(a), num(k), f"{lab} share")
    c.total(Q(k), [Q(a1), Q(a2), Q(a3)], "contract installments")
    c.total(Q("100"), [Q(p1), Q(p2), Q(p3)], "contract percentages")
    paid = c.g(r"(\d{4})年实际支付([\d.]+)万元")
    c.year_same(paid[0], Y, "contract payment year")
    c.total(Q(paid[1]), [Q(a1), Q(a2)], "paid = 预付 + 进度款")
    sms_n, sms_p, sms_s, sms_u = c.g(r"预警短信全年发送([\d.]+)万条，单价([\d.]+)元/条，短信费([\d.]+)(万元|元)")
    sms = Q(sms_s, wan("1", sms_u))
    c.product(sms, [num(sms_n) * 10000, num(sms_p) / 10000], "SMS fee")
    op, on, os_ = c.g(r"按每人每年(\d+)元标准发放，(\d+)人共([\d.]+)万元")
    c.product(Q(os_), [num(op) / 10000, num(on)], "officer allowance")
    other = c.g(r"其他支出([\d.]+)万元")
    c.total(Q(spent), [Q(paid[1]), sms, Q(os_), Q(other)], "支出明细 = 执行")
    c.balance(a3, adj, spent, "unspent = 质保金")

    wt = c.g(r"共发布预警信号(\d+)次")
    w = c.g(r"分别为(\d+)次、(\d+)次、(\d+)次，高温、森林火险等其他预警信号(\d+)次")
    c.total(Q(wt), [Q(x) for x in w], "by-type warnings")

    # ---- funds table
    fr = {}
    for name in ("财政资金", "财政专户管理资金", "单位资金", "其他资金", "合计"):
        ln = c.lines(r"^\| " + name + r" \|")
        assert len(ln) == 1, name
        fr[name] = cells(ln[0], "|")
    for col, lab in ((1, "年初"), (2, "调整后"), (3, "执行")):
        c.total(Q(fr["合计"][col]), [Q(fr[n][col]) for n in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")],
                f"funds table {lab} column")
    c.equal(fr["合计"][1], init, "年初 text/table")
    c.equal(fr["财政资金"][1], f0, "财政年初 text/table")
    c.equal(fr["单位资金"][1], u0, "单位年初 text/table")
    c.total(Q(fr["财政资金"][2]), [Q(f0), Q("-" + cut)], "财政 调整后 = 年初 − 调减")
    c.equal(fr["合计"][2], adj, "调整后 text/table")
    c.equal(fr["合计"][3], spent, "执行 text/table")
    c.equal(fr["财政资金"][3], fspent, "财政执行 text/table")
    c.rate(frate, num(fr["财政资金"][3]), num(fr["财政资金"][2]), "财政资金执行率")
    c.rate("100", num(fr["单位资金"][3]), num(fr["单位资金"][2]), "单位资金全部使用")
    c.equal(fr["单位资金"][3], uused, "单位资金 text/table")
    ew, es = fr["合计"][4], fr["合计"][5]
    c.check("score_exceeds_weight", num(es) <= num(ew), "execution score vs weight")
    c.warn(close(es, num(ew) * num(spent) / num(adj)) or close(es, num(ew) * num(erate) / 100), "execution score rule")

    rows = []
    for ln in c.lines(r"^\| (产出指标|效益指标|满意度指标) \|"):
        x = cells(ln, "|")
        if x[3] == "定性":
            r = dict(name=x[2], target=x[4], actual=x[6], weight=x[7], score=x[8])
        else:
            u = "" if x[5] == "—" else x[5]
            r = dict(name=x[2], target=x[3] + x[4] + u, actual=x[6] + u, weight=x[7], score=x[8])
        rows.append(r)
        c.row(r)
    assert len(rows) == 9
    byname = {r["name"]: r for r in rows}
    sub = cells(c.lines(r"^\| 绩效指标小计 \|")[0], "|")
    tot = cells(c.lines(r"^\| 自评总分 \|")[0], "|")
    c.weights(sub[7], [r["weight"] for r in rows], "indicator 小计 weight")
    c.scores(sub[8], [r["score"] for r in rows], "indicator 小计 score")
    c.weights(tot[7], [ew, sub[7]], "total weight = execution + indicators")
    c.weights(tot[7], [ew] + [r["weight"] for r in rows], "Σ all weights")
    c.check("weight_sum_mismatch", num(tot[7]) == 100, "total weight 100")
    c.scores(tot[8], [es, sub[8]], "total score = execution + indicators")
    c.scores(tot[8], [es] + [r["score"] for r in rows], "Σ all scores")
    pe, pi, pt, grade = c.g(r"预算执行得分([\d.]+)分，绩效指标得分([\d.]+)分，自评总分([\d.]+)分，评价等级为“(.)”")
    c.equal(pe, es, "execution score text/table")
    c.scores(pi, [r["score"] for r in rows], "indicator score (text)")
    c.scores(pt, [pe, pi], "text total")
    c.equal(pt, tot[8], "total text/table")
    c.grade(pt, grade, "grade")
    c.equal(byname["预警信号发布次数"]["actual"].rstrip("次"), wt, "warnings text/table")
    c.equal(byname["应急广播终端升级数量"]["actual"].rstrip("个"), n_term, "terminals text/table")
    c.equal(byname["预警短信发送量"]["actual"].rstrip("万条"), sms_n, "SMS text/table")
    c.equal(byname["暴雨预警准确率"]["actual"].rstrip("%"), c.g(r"暴雨预警准确率([\d.]+)%"), "accuracy text/table")
    c.equal(byname["预警信息发布时间"]["actual"].rstrip("分钟"), c.g(r"签发后平均(\d+)分钟发出"), "minutes text/table")
    c.equal(byname["终端升级合同价"]["actual"].rstrip("万元"), k, "contract price text/table")
    c.equal(byname["预警信息公众覆盖率"]["actual"].rstrip("%"), c.g(r"公众覆盖率达到([\d.]+)%，覆盖全县"), "coverage text/table")


def spec_wuxiang(c):
    Y = c.g(r"^武乡县气象局(\d{4})年度部门整体支出绩效自评报告$")
    c.report_date(c.g(r"^(\d{4})年\d+月\s*$"), Y, "report date")
    c.year_after(c.g(r"部分货款转入(\d{4})年支付"), Y, "carry-over year")
    c.year_same(str(int(c.g(r"较(\d{4})年的[\d.]+万元下降")) + 1), Y, "last-year comparison")

    st, nat, reg = c.g(r"全县共有地面气象观测站(\d+)个，其中国家级自动站(\d+)个、区域自动站(\d+)个")
    c.total(Q(st), [Q(nat), Q(reg)], "stations by type")
    annual, central, county = c.g(r"全年预算数([\d.]+)万元（其中中央财政([\d.]+)万元、县级财政([\d.]+)万元）")
    c.total(Q(annual), [Q(central), Q(county)], "central + county")
    spent, erate = c.g(r"全年执行数([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(erate, num(spent), num(annual), "overall 执行率")
    c.balance(c.g(r"年末结余([\d.]+)万元"), annual, spent, "结余")
    bb, be, br = c.g(r"基本支出预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%")
    c.rate(br, num(be), num(bb), "基本支出执行率")
    pb, pe, pr = c.g(r"项目支出预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%")
    c.rate(pr, num(pe), num(pb), "项目支出执行率")
    init, a1, a2, adj = c.g(r"年初预算为([\d.]+)万元，年中追加人员经费([\d.]+)万元、站网维护资金([\d.]+)万元，调整后为([\d.]+)万元")
    c.total(Q(adj), [Q(init), Q(a1), Q(a2)], "年初 + 追加 = 调整后")
    c.equal(adj, annual, "调整后 = 全年预算")

    T = {}
    names = ["人员经费", "公用经费", "基本支出小计", "气象灾害预警信息发布", "气象观测站网运行维护", "人工影响天气作业",
             "项目支出小计", "合计"]
    for n in names:
        ln = c.lines(r"^\| " + n + r" \| [\d.]+ \|")
        assert len(ln) == 1, n
        T[n] = cells(ln[0], "|")
    for n in names:
        c.total(Q(T[n][3]), [Q(T[n][1]), Q(T[n][2])], f"{n}: 年初 + 调整 = 全年")
    for col in (1, 2, 3, 4):
        c.total(Q(T["基本支出小计"][col]), [Q(T["人员经费"][col]), Q(T["公用经费"][col])], f"基本支出小计 col {col}")
        c.total(Q(T["项目支出小计"][col]), [Q(T[n][col]) for n in names[3:6]], f"项目支出小计 col {col}")
        c.total(Q(T["合计"][col]), [Q(T["基本支出小计"][col]), Q(T["项目支出小计"][col])], f"合计 col {col}")
    c.equal(T["合计"][3], annual, "全年 text/table")
    c.equal(T["合计"][4], spent, "执行 text/table")
    c.equal(T["合计"][1], init, "年初 text/table")
    c.equal(T["人员经费"][2], a1, "追加人员经费 text/table")
    c.equal(T["气象观测站网运行维护"][2], a2, "追加站网 text/table")
    c.equal(T["基本支出小计"][3], bb, "基本预算 text/table")
    c.equal(T["基本支出小计"][4], be, "基本执行 text/table")
    c.equal(T["项目支出小计"][3], pb, "项目预算 text/table")
    c.equal(T["项目支出小计"][4], pe, "项目执行 text/table")
    r1, r2_, r3 = c.g(r"预警信息发布项目执行率([\d.]+)%，站网运行维护项目执行率([\d.]+)%，人工影响天气作业项目执行率([\d.]+)%")
    for rr, n in ((r1, "气象灾害预警信息发布"), (r2_, "气象观测站网运行维护"), (r3, "人工影响天气作业")):
        c.rate(rr, num(T[n][4]), num(T[n][3]), f"{n} 执行率")
    c.check("rate_mismatch", num(r3) < 90, "人影 said to be below 90%")

    s1, s2, s3, av = c.g(r"预警信息发布项目([\d.]+)分、气象观测站网运行维护项目([\d.]+)分、人工影响天气作业项目([\d.]+)分，平均([\d.]+)分")
    c.avg(av, [s1, s2, s3], "average project score")

    wt = c.g(r"全年发布气象灾害预警信号(\d+)次")
    w = c.g(r"分别为(\d+)次、(\d+)次、(\d+)次，雷电、高温、寒潮等其他预警(\d+)次")
    c.total(Q(wt), [Q(x) for x in w], "by-type warnings")
    wcomp = c.g(r"完成年度目标的([\d.]+)%")
    wtarget = c.g(r"全年发布气象灾害预警信号不少于(\d+)次")
    c.check("completion_mismatch", close(wcomp, num(wt) / num(wtarget) * 100), "warnings completion (text)")
    due, got, arr = c.g(r"全年应到报自动站数据(\d+)条，实到(\d+)条，到报率([\d.]+)%")
    c.product(Q(due), [num(st), D(366 if int(Y) % 4 == 0 else 365) * 24], "应到报 = stations × hours")
    c.rate(arr, num(got), num(due), "到报率")
    okt, okn, okr = c.g(r"年末(\d+)个站点中(\d+)个运行正常，完好率([\d.]+)%")
    c.rate(okr, num(okn), num(okt), "完好率")
    c.equal(okt, st, "stations at year end")
    lead, more = c.g(r"预警信号平均提前(\d+)分钟发出，比目标多(\d+)分钟")
    c.total(Q(lead), [Q(c.g(r"预警信号平均提前量不少于(\d+)分钟")), Q(more)], "lead time vs target")
    sg, sl, sd = c.g(r"“三公”经费支出([\d.]+)万元，较\d{4}年的([\d.]+)万元下降([\d.]+)万元")
    c.total(Q(sl), [Q(sg), Q(sd)], "三公 year-on-year")
    cov = c.g(r"公众覆盖率([\d.]+)%，全县约")
    area = c.g(r"人影作业影响面积约(\d+)平方公里")
    sat = c.g(r"服务对象满意度为([\d.]+)%")

    rows = []
    for ln in c.lines(r"^\| (预算执行|产出指标|效益指标|满意度指标) \|"):
        x = cells(ln, "|")
        r = dict(name=x[2], target=x[3], actual=x[4], completion=x[5], weight=x[6], score=x[7])
        rows.append(r)
        if x[0] == "预算执行":
            ex = r
            c.check("score_exceeds_weight", num(r["score"]) <= num(r["weight"]), "execution score vs weight")
            c.check("completion_mismatch", close(r["completion"].rstrip("%"), num(r["actual"].rstrip("%"))), "execution completion")
            c.equal(r["actual"].rstrip("%"), erate, "执行率 text/table")
            c.warn(close(r["score"], num(r["weight"]) * num(spent) / num(annual)), "execution score rule")
        else:
            c.row(r)
    assert len(rows) == 11
    byname = {r["name"]: r for r in rows}
    gw, gs = c.g(r"^\| 合计 \|  \|  \|  \|  \|  \| (\d+) \| ([\d.]+) \|$")
    c.weights(gw, [r["weight"] for r in rows], "Σ weights")
    c.check("weight_sum_mismatch", num(gw) == 100, "total weight 100")
    c.scores(gs, [r["score"] for r in rows], "Σ scores vs 合计")
    pt, grade = c.g(r"部门整体支出绩效自评得分([\d.]+)分，等级为(\S\S)。")
    c.scores(pt, [r["score"] for r in rows], "Σ scores vs text total")
    c.equal(pt, gs, "total text/table")
    c.grade(pt, grade, "grade")
    c.equal(byname["发布气象灾害预警信号"]["actual"].rstrip("次"), wt, "warnings text/table")
    c.equal(byname["发布气象灾害预警信号"]["completion"].rstrip("%"), wcomp, "warnings completion text/table")
    c.equal(byname["维护地面气象观测站"]["actual"].rstrip("个"), st, "stations text/table")
    c.equal(byname["自动站数据到报率"]["actual"].rstrip("%"), arr, "到报率 text/table")
    c.equal(byname["预警信号平均提前量"]["actual"].rstrip("分钟"), lead, "lead time text/table")
    c.equal(byname["“三公”经费支出"]["actual"].rstrip("万元"), sg, "三公 text/table")
    c.equal(byname["预警信息公众覆盖率"]["actual"].rstrip("%"), cov, "coverage text/table")
    c.equal(byname["人影作业影响面积"]["actual"].rstrip("平方公里"), area, "area text/table (约)")
    c.equal(byname["服务对象满意度"]["actual"].rstrip("%"), sat, "satisfaction text/table")


def spec_wangqing(c):
    Y = c.g(r"^(\d{4})年度气象灾害监测预警能力建设项目支出绩效自评报告$")
    c.year_same(c.g(r"^附件：项目支出绩效自评表（(\d{4})年度）$"), Y, "table year")
    c.year_same(c.g(r"关于开展(\d{4})年度预算绩效自评"), Y, "notice year")
    c.year_same(c.g(r"。(\d{4})年县里为该项目安排资金"), Y, "opening year")
    c.year_same(c.g(r"截至(\d{4})年12月31日"), Y, "截至 date")
    c.year_after(c.g(r"已结转至(\d{4})年用于剩余显示屏建设"), Y, "carry-over year")
    c.year_after(c.g(r"计划(\d{4})年6月前完成"), Y, "remaining screens")
    c.year_same(str(int(c.g(r"(\d{4})年为[\d.]+%")) + 1), Y, "last-year comparison")
    c.year_same(str(int(c.g(r"(\d{4})年该项目支出为")) + 1), Y, "last-year spending")
    c.report_date(c.g(r"^(\d{4})年\d+月\s*$"), Y, "report date")

    opening = c.g(r"安排资金(\d+)万元")
    annual, central, prov, county = c.g(r"项目全年预算([\d.]+)万元，其中中央财政([\d.]+)万元、省级财政([\d.]+)万元、县级财政([\d.]+)万元")
    c.equal(opening, annual, "opening budget vs funds section")
    c.total(Q(annual), [Q(central), Q(prov), Q(county)], "budget by source")
    recv, rrate = c.g(r"实际到位([\d.]+)万元，到位率([\d.]+)%")
    c.rate(rrate, num(recv), num(annual), "到位率")
    missing = c.g(r"县级资金尚有([\d.]+)万元未到位")
    spent, erate = c.g(r"实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(erate, num(spent), num(annual), "执行率")
    c.balance(c.g(r"到位资金结余([\d.]+)万元"), recv, spent, "结余 = 到位 − 执行")

    S = {}
    for n in ("中央财政", "省级财政", "县级财政", "合计"):
        ln = c.lines("^" + n + r" [\d.]+ ")
        assert len(ln) == 1, n
        S[n] = cells(ln[0], " ")
    for col in (1, 2, 4):
        c.total(Q(S["合计"][col]), [Q(S[n][col]) for n in ("中央财政", "省级财政", "县级财政")], f"source table col {col}")
    for n in S:
        c.rate(S[n][3].rstrip("%"), num(S[n][2]), num(S[n][1]), f"{n} 到位率")
        c.rate(S[n][5].rstrip("%"), num(S[n][4]), num(S[n][1]), f"{n} 执行率")
    for a, b, lab in ((S["合计"][1], annual, "预算"), (S["中央财政"][1], central, "中央"), (S["省级财政"][1], prov, "省级"),
                      (S["县级财政"][1], county, "县级"), (S["合计"][2], recv, "到位"), (S["合计"][3].rstrip("%"), rrate, "到位率"),
                      (S["合计"][4], spent, "执行"), (S["合计"][5].rstrip("%"), erate, "执行率")):
        c.equal(a, b, f"{lab} text/table")
    c.total(Q(missing), [Q(S["县级财政"][1]), Q("-" + S["县级财政"][2])], "县级 not received")

    ns, up, maint = c.g(r"(\d+)个区域站委托维护费([\d.]+)万元（按单站每年(\d+)元包干）")
    ns_, maint_s, up_ = ns, up, maint
    c.product(Q(maint_s), [num(ns_), num(up_) / 10000], "maintenance = stations × unit price")
    screens = c.g(r"乡镇预警显示屏购置安装([\d.]+)万元")
    sms_s, sms_n, sms_p = c.g(r"预警短信费([\d.]+)万元（全年发送([\d.]+)万条，每条([\d.]+)元）")
    c.product(Q(sms_s), [num(sms_n) * 10000, num(sms_p) / 10000], "SMS fee")
    c.total(Q(spent), [Q(maint_s), Q(screens), Q(sms_s)], "支出构成 = 支出")
    k, kn, kp, p1, p2, p3 = c.g(r"合同总价([\d.]+)万元（(\d+)块，每块([\d.]+)万元），约定签订后预付(\d+)%，每块安装验收后支付该块价款的(\d+)%，余下(\d+)%")
    c.product(Q(k), [num(kn), num(kp)], "contract = blocks × price")
    c.total(Q("100"), [Q(p1), Q(p2), Q(p3)], "contract percentages")
    a1, done, a2 = c.g(r"年内预付([\d.]+)万元，已验收的(\d+)块支付([\d.]+)万元")
    c.rate(p1, num(a1), num(k), "预付 share")
    c.rate(p2, num(a2), num(done) * num(kp), "per-block payment share")
    c.total(Q(screens), [Q(a1), Q(a2)], "screens paid = 预付 + 验收款")

    due, got, arr, last = c.g(r"全年应到报区域站数据(\d+)条，实到(\d+)条，到报率([\d.]+)%，\d{4}年为([\d.]+)%")
    c.product(Q(due), [num(ns_), D(366 if int(Y) % 4 == 0 else 365) * 24], "应到报 = stations × hours")
    c.rate(arr, num(got), num(due), "到报率")
    okt, okn, okr = c.g(r"年末(\d+)个站点中(\d+)个运行完好，完好率([\d.]+)%")
    c.rate(okr, num(okn), num(okt), "完好率")
    c.equal(okt, ns_, "stations at year end")
    wt = c.g(r"合计(\d+)次。")
    w = c.g(r"分别为(\d+)次、(\d+)次、(\d+)次，寒潮、暴雪、森林火险等其他预警(\d+)次")
    c.total(Q(wt), [Q(x) for x in w], "by-type warnings")
    built, left, l1, l2 = c.g(r"新建显示屏(\d+)块，另(\d+)块中(\d+)块因选址调整、(\d+)块因入冬冻土停工")
    c.total(Q(left), [Q(l1), Q(l2)], "screens left by reason")
    c.total(Q(kn), [Q(built), Q(left)], "screens built + left = contract")
    c.equal(built, done, "screens accepted = built")
    cov = c.g(r"预警信息覆盖率达到([\d.]+)%，覆盖人口")
    vn, vs, sat = c.g(r"随机电话回访群众(\d+)人，满意(\d+)人，群众满意度([\d.]+)%")
    c.rate(sat, num(vs), num(vn), "satisfaction from counts")

    rows = []
    for ln in c.lines(r"^(预算执行|产出指标|效益指标|满意度指标) \S+ \S+ \S+ \S+ \d+ [\d.]+( |$)"):
        x = ln.split(" ")
        r = dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6])
        rows.append(r)
        if x[0] == "预算执行":
            c.check("score_exceeds_weight", num(r["score"]) <= num(r["weight"]), "execution score vs weight")
            c.equal(r["actual"].rstrip("%"), erate, "执行率 text/table")
            c.warn(close(r["score"], num(r["weight"]) * num(spent) / num(annual)), "execution score rule")
        else:
            c.row(r)
    assert len(rows) == 11, len(rows)
    byname = {r["name"]: r for r in rows}
    gw, gs = c.g(r"^总分 (\d+) ([\d.]+)$")
    c.weights(gw, [r["weight"] for r in rows], "Σ weights")
    c.check("weight_sum_mismatch", num(gw) == 100, "total weight 100")
    c.scores(gs, [r["score"] for r in rows], "Σ scores vs 总分")
    pt, grade = c.g(r"本项目自评得分(\d+)分，评价等级为(\S\S)。")
    c.scores(pt, [r["score"] for r in rows], "Σ scores vs text total")
    c.equal(pt, gs, "total text/table")
    c.grade(pt, grade, "grade")
    c.equal(byname["维护区域自动气象站"]["actual"].rstrip("个"), ns_, "stations text/table")
    c.equal(byname["新建乡镇预警显示屏"]["target"].rstrip("块"), kn, "screens target text/table")
    c.equal(byname["新建乡镇预警显示屏"]["actual"].rstrip("块"), built, "screens built text/table")
    c.equal(byname["自动站数据到报率"]["actual"].rstrip("%"), arr, "到报率 text/table")
    c.equal(byname["年末设备完好率"]["actual"].rstrip("%"), okr, "完好率 text/table")
    c.equal(byname["单站年维护费"]["actual"].rstrip("元"), up_, "unit maintenance text/table")
    c.equal(byname["预警信息覆盖率"]["actual"].rstrip("%"), cov, "coverage text/table")
    c.equal(byname["群众满意度"]["actual"].rstrip("%"), sat, "satisfaction text/table")


SPECS = {
    "gx-tiandeng-yujingfabu-2019": spec_tiandeng,
    "hb-wufeng-quyuzhan-2020": spec_wufeng,
    "sc-yanbian-yujingnengli-2022": spec_yanbian,
    "sx-wuxiang-qixiangbumen-2023": spec_wuxiang,
    "jl-wangqing-jianceyujing-2021": spec_wangqing,
}


# ================================================================= harness
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # clean [p, ea), error [p, eb)


def standalone_count(text, fig):
    return len(re.findall(r"(?<![\d.])" + re.escape(fig) + (r"(?![\d])" if fig[-1].isdigit() else ""), text))


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    cases_dir = os.path.join(HERE, "cases")
    assert len(labels) == 35, len(labels)
    assert sorted(os.listdir(cases_dir)) == sorted(r["case"] for r in labels), "case files vs labels"
    count = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    for d in build.DRAFTS:
        clean = open(os.path.join(cases_dir, f"{d}-clean.txt"), encoding="utf-8").read()
        if not 2800 <= len(clean) <= 3400:
            problems.append(f"{d}: clean length {len(clean)} outside 2800–3400")
        c = Ctx(d + "-clean", clean)
        SPECS[d](c)
        if c.fails or c.warns:
            problems.append(f"{d}-clean: fails {c.fails} warns {c.warns}")
        print(f"{d}-clean: {c.n} checks pass")
        for i, e in enumerate(build.EDITS[d], 1):
            name = f"{d}-e{i}"
            rec = next(r for r in labels if r["case"] == name + ".txt")
            assert rec["source"] == d and rec["clean"] is False and len(rec["expected"]) == 1
            lab = rec["expected"][0]
            assert lab["code"] == e["code"] and lab["severity"] == "error" and lab["code"] in CODES
            count[lab["code"]] += 1
            where[e["where"]] += 1
            err = open(os.path.join(cases_dir, name + ".txt"), encoding="utf-8").read()
            # label value occurs and overlaps the single changed region
            occ = [m.start() for m in re.finditer(re.escape(lab["value"]), err)]
            p, ea, eb = diff_region(clean, err)
            if not occ:
                problems.append(f"{name}: value not in case")
            elif not any(o <= max(p, eb - 1) and o + len(lab["value"]) > p for o in occ):
                problems.append(f"{name}: value does not overlap the edit [{p},{eb})")
            if ea - p > 40 or eb - p > 40 or clean[:p] + err[p:eb] + clean[ea:] != err:
                problems.append(f"{name}: edit region not a single small place")
            # the changed figure appears once in its draft (CV: stated twice on purpose; Y: years recur)
            if e["figure"] is not None and e["code"] != "conflicting_values":
                n = standalone_count(clean, e["figure"])
                if n != 1:
                    problems.append(f"{name}: changed figure {e['figure']!r} occurs {n}x in the clean draft")
            if e["code"] == "conflicting_values":
                if standalone_count(clean, e["figure"]) != 1:
                    problems.append(f"{name}: CV figure {e['figure']!r} should be the one mention edited")
            # arithmetic
            c = Ctx(name, err)
            SPECS[d](c)
            codes = {f[0] for f in c.fails}
            if codes != {lab["code"]}:
                problems.append(f"{name}: expected only {lab['code']}, got {sorted(codes)}: {c.fails}")
            else:
                print(f"{name}: {lab['code']:<22} {c.fails[0][1]}")
    for r in labels:
        if r["clean"]:
            assert r["expected"] == [], r
    for k, v in count.items():
        if v < 2:
            problems.append(f"code {k} used {v} times (< 2)")
    print("codes:", count)
    print("where:", where)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
