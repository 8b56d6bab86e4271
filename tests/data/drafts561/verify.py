#!/usr/bin/env python3
"""Re-read every figure of each case from its text and redo the arithmetic (rules.md §7, tolerance §8).
Standard library + decimal only. Prints OK when: every clean draft passes every check, every error case
fails exactly its labelled code, label values occur once, each error case is one contiguous edit (≤ 40 chars)
of its clean draft overlapping the label value, and every errors.md §A code is used at least twice."""
import json, os, re, sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class Num:
    def __init__(self, s):
        self.s = s.replace(",", "")
        self.v = D(self.s)
        self.d = len(self.s.split(".")[1]) if "." in self.s else 0

    def ok(self, c):  # rules §8: |c - v| <= 0.5 * 10^-d
        return abs(D(c) - self.v) <= D("0.5") * D(10) ** -self.d + D("1e-9")


def one(text, pat, fails, what):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        fails.append(("parse", f"{what}: {len(ms)} matches for {pat}"))
        return None
    return ms[0]


def split_row(line):
    if "｜" in line:
        return line.split("｜")
    if "\t" in line:
        return line.split("\t")
    return re.split(r" {2,}", line.strip())


def num_unit(cell):
    if re.match(r"\d{4}年\d{1,2}月", cell):
        return None
    m = re.fullmatch(r"([≥≤=]?)([\d.,]+)(.*)", cell)
    if not m:
        return None
    return m.group(1), Num(m.group(2)), m.group(3)


def to_wan(n, unit):
    return n.v / 10000 if unit == "元" else n.v


def check(text):
    fails = []
    F = lambda code, msg: fails.append((code, msg))

    def same(a, ua, b, ub, what, money=False):
        """Same quantity stated twice. a/b: Num; ua/ub: units."""
        if money:
            va, vb = to_wan(a, ua), to_wan(b, ub)
        else:
            if ua != ub:
                return F("unit_mismatch", f"{what}: units {ua} vs {ub}")
            va, vb = a.v, b.v
        if va == vb:
            return
        if any(va * s == vb for s in SCALES):
            return F("unit_mismatch", f"{what}: {va} vs {vb} differ by a power of ten")
        F("conflicting_values", f"{what}: {va} vs {vb}")

    def sum_check(total, parts, what):
        t, ps = total.v, [p.v for p in parts]
        if sum(ps) == t:
            return
        for i in range(len(ps)):
            for s in SCALES:
                if sum(ps[:i] + [ps[i] * s] + ps[i + 1:]) == t:
                    return F("unit_mismatch", f"{what}: part {i} off by a power of ten")
        for s in SCALES:
            if sum(ps) == t * s:
                return F("unit_mismatch", f"{what}: total off by a power of ten")
        F("sum_mismatch", f"{what}: {' + '.join(map(str, ps))} = {sum(ps)} != {t}")

    def rate_check(rate, num, den, what):
        if den == 0:
            return
        c = num / den * 100
        if rate.ok(c):
            return
        if any(rate.ok(c * s) for s in SCALES):
            return F("unit_mismatch", f"{what}: rate {rate.v} off by a power of ten")
        F("rate_mismatch", f"{what}: stated {rate.v}%, computed {c:.4f}%")

    # ---- title year
    Y = int(re.search(r"(\d{4})年度", text[:200]).group(1))
    # ---- funds prose
    m = one(text, r"(\d{4})年年初预算([\d.]+)万元", fails, "年初预算"); yb, B0 = int(m.group(1)), Num(m.group(2))
    add = Num(one(text, r"追加(?:疏浚经费)?([\d.]+)万元", fails, "追加").group(1))
    cut = Num(one(text, r"调减[^，。\d]*([\d.]+)万元", fails, "调减").group(1))
    B = Num(one(text, r"调整后全年预算([\d,.]+)万元", fails, "全年预算").group(1))
    m = one(text, r"当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元、其他资金([\d.]+)万元", fails, "来源")
    P, Q, O = Num(m.group(1)), Num(m.group(2)), Num(m.group(3))
    m = one(text, r"全年执行([\d.]+)万元，预算执行率([\d.]+)%", fails, "执行"); E, R = Num(m.group(1)), Num(m.group(2))
    C = Num(one(text, r"未执行([\d.]+)万元", fails, "未执行").group(1))
    ycarry = int(one(text, r"结转至(\d{4})年", fails, "结转至").group(1))
    ycut = int(one(text, r"截至(\d{4})年12月31日", fails, "截至").group(1))
    yadv = int(one(text, r"于(\d{4})年12月提前下达", fails, "提前下达").group(1))
    # I4 components and adjustment
    sum_check(B, [B0, add, Num("-" + cut.s)], "年初 + 追加 − 调减 = 全年预算")
    sum_check(B, [P, Q, O], "财政拨款 + 上年结转 + 其他 = 全年预算")
    # I3 balance
    if B.v - E.v != C.v:
        if any((B.v - E.v) == C.v * s for s in SCALES):
            F("unit_mismatch", "未执行 off by a power of ten")
        else:
            F("balance_mismatch", f"未执行 {C.v} != {B.v} - {E.v}")
    rate_check(R, E.v, B.v, "预算执行率 (prose)")
    if R.v > 100:
        F("implausible_rate", "execution over 100%")
    # I14 years
    if yb != Y: F("year_mismatch", f"budget year {yb} vs {Y}")
    if ycut != Y: F("year_mismatch", f"截至{ycut} vs {Y}")
    if ycarry <= Y: F("year_mismatch", f"结转至{ycarry} in a {Y} report")
    if yadv != Y - 1: F("year_mismatch", f"advance issued {yadv}年12月 for {Y}")
    # ---- funds table
    lines = text.split("\n")
    i0 = next(i for i, l in enumerate(lines) if l.startswith("子项目"))
    subs = []
    i = i0 + 1
    while not lines[i].startswith("合计"):
        subs.append(split_row(lines[i])); i += 1
    tot = split_row(lines[i])
    for r in subs + [tot]:
        b, e = Num(r[1]), Num(r[2])
        if b.v == 0:
            if r[3] not in ("—", "0", "0.00%", "0%"):
                F("implausible_rate", f"{r[0]}: rate {r[3]} on a zero budget")
            continue
        rt = Num(r[3].rstrip("%"))
        rate_check(rt, e.v, b.v, f"{r[0]} 执行率")
        if rt.v > 100:
            F("implausible_rate", f"{r[0]}: {rt.v}% > 100%")
    sum_check(Num(tot[1]), [Num(r[1]) for r in subs], "子项目预算合计")
    sum_check(Num(tot[2]), [Num(r[2]) for r in subs], "子项目执行合计")
    same(Num(tot[1]), "万元", B, "万元", "全年预算 table vs prose", money=True)
    same(Num(tot[2]), "万元", E, "万元", "全年执行 table vs prose", money=True)
    dredge = subs[0]
    m = one(text, r"结算金额([\d,.]+)(元|万元)", fails, "结算金额")
    same(Num(m.group(1)), m.group(2), Num(dredge[2]), "万元", "疏浚结算金额", money=True)
    m = one(text, re.escape(subs[1][0]) + r"支出([\d,.]+)(元|万元)", fails, "sub1 支出")
    same(Num(m.group(1)), m.group(2), Num(subs[1][2]), "万元", f"{subs[1][0]} 支出", money=True)
    # ---- indicator table
    h = next(i for i, l in enumerate(lines) if l.startswith("一级指标"))
    rows, i = [], h + 1
    while not lines[i].startswith("合计"):
        rows.append(split_row(lines[i])); i += 1
    trow = split_row(lines[i])
    for r in rows:
        if len(r) != 8:
            fails.append(("parse", f"row {r}"))
    wsum = sum(Num(r[6]).v for r in rows)
    ssum = sum(Num(r[7]).v for r in rows)
    if wsum != 100 or Num(trow[6]).v != wsum:
        F("weight_sum_mismatch", f"weights sum {wsum}, stated {trow[6]}")
    for r in rows:
        if Num(r[7]).v > Num(r[6]).v or Num(r[7]).v < 0:
            F("score_exceeds_weight", f"{r[2]}: {r[7]} > {r[6]}")
    if Num(trow[7]).v != ssum:
        F("score_sum_mismatch", f"table total {trow[7]} vs sum {ssum}")
    m = one(text, r"自评得分([\d.]+)分，评价等级为(优|良|中|差)", fails, "总分")
    T, G = Num(m.group(1)), m.group(2)
    if T.v != ssum:
        F("score_sum_mismatch", f"stated total {T.v} vs sum {ssum}")
    for tv in {T.v, Num(trow[7]).v}:
        band = "优" if tv >= 90 else "良" if tv >= 80 else "中" if tv >= 60 else "差"
        if band != G:
            F("grade_mismatch", f"{tv} -> {band}, stated {G}")
    byname = {}
    for r in rows:
        byname[r[2]] = r
        if r[0] == "预算执行":
            a = Num(r[4].rstrip("%"))
            rate_check(a, E.v, B.v, "自评表 预算执行率")
            continue
        t, a = num_unit(r[3]), num_unit(r[4])
        for cell in (r[3], r[4]):
            dm = re.match(r"(\d{4})年\d{1,2}月", cell)
            if dm and int(dm.group(1)) != Y:
                F("year_mismatch", f"{r[2]}: date {cell} outside {Y}")
        if t is None or a is None:  # qualitative / date row
            if (t is None) != (a is None):
                F("unit_mismatch", f"{r[2]}: {r[3]} vs {r[4]}")
            continue
        sign, tn, tu = t
        _, an, au = a
        if tu != au:
            F("unit_mismatch", f"{r[2]}: target unit {tu}, actual unit {au}")
            continue
        if au == "%" and an.v > 100:
            F("implausible_rate", f"{r[2]}: {an.v}% > 100%")
        if r[5] == "—":
            if tn.v != 0:
                fails.append(("parse", f"{r[2]}: completion missing"))
            continue
        comp = Num(r[5].rstrip("%"))
        if sign == "≤":
            c = D(100) if an.v <= tn.v else tn.v / an.v * 100
        else:
            c = an.v / tn.v * 100
        if not comp.ok(c):
            F("completion_mismatch", f"{r[2]}: stated {comp.v}%, computed {c:.4f}%")
    # ---- prose restatements of indicator figures
    vol = next(r for r in rows if r[4].endswith("万立方米"))
    vt = num_unit(vol[4])[1]
    m = one(text, r"全年完成疏浚量([\d.]+)(万立方米|立方米)", fails, "疏浚量")
    same(Num(m.group(1)), m.group(2), vt, "万立方米", "疏浚量 prose vs table")
    m = one(text, r"分别完成([\d.]+)、([\d.]+)、([\d.]+)万立方米", fails, "分段")
    segs = [Num(m.group(k)) for k in (1, 2, 3)]
    sum_check(vt, segs, "分段疏浚量之和")
    avg = Num(one(text, r"平均每[段处]([\d.]+)万立方米", fails, "平均").group(1))
    if not avg.ok(sum(s.v for s in segs) / 3):
        F("average_mismatch", f"average {avg.v} vs {sum(s.v for s in segs) / 3}")
    m = one(text, r"平均单价([\d.]+)(元/立方米|万元)", fails, "单价")
    uc, ucu = Num(m.group(1)), m.group(2)
    if ucu == "元/立方米" and not uc.ok(Num(dredge[2]).v / vt.v):
        F("average_mismatch", f"unit cost {uc.v} vs {Num(dredge[2]).v / vt.v}")
    cost = next(r for r in rows if r[2] == "疏浚单位成本")
    ca = num_unit(cost[4])
    same(uc, ucu, ca[1], ca[2], "单位成本 prose vs table")
    ship = next(r for r in rows if num_unit(r[4]) and num_unit(r[4])[2] == "艘次")
    st, sa = num_unit(ship[3])[1], num_unit(ship[4])[1]
    for mm in re.finditer(r"完成率([\d.]+)%", text):
        if not Num(mm.group(1)).ok(sa.v / st.v * 100):
            F("completion_mismatch", f"prose 完成率 {mm.group(1)}")
    for mm in re.finditer(r"超过目标([\d.]+)%", text):
        if not Num(mm.group(1)).ok((sa.v / st.v - 1) * 100):
            F("completion_mismatch", f"prose 超过目标 {mm.group(1)}")
    return fails


def main():
    ok = True
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        texts[rec["case"]] = open(os.path.join(HERE, "cases", rec["case"]), encoding="utf-8").read()
    counts = Counter()
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        got = check(text)
        codes = {c for c, _ in got}
        if "parse" in codes:
            ok = False; print("PARSE", name, [g for g in got if g[0] == "parse"])
        exp = {e["code"] for e in rec["expected"]}
        if rec["clean"]:
            if got:
                ok = False; print("CLEAN FAILS", name, got)
            if rec["expected"]:
                ok = False; print("clean case with labels", name)
            continue
        if codes != exp or len(rec["expected"]) != 1:
            ok = False; print("MISMATCH", name, "expected", exp, "got", got)
        e = rec["expected"][0]
        counts[e["code"]] += 1
        if e["code"] not in CODES or e["severity"] != "error":
            ok = False; print("bad code/severity", name)
        n = text.count(e["value"])
        if n != 1:
            ok = False; print("value occurs", n, "times", name, repr(e["value"]))
        clean = texts[rec["source"] + "-clean.txt"]
        # one contiguous edit: strip common prefix and suffix
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old, new = clean[p:len(clean) - s], text[p:len(text) - s]
        if not (old or new) or len(old) > 40 or len(new) > 40:
            ok = False; print("edit size", name, repr(old), repr(new))
        vs = text.find(e["value"]); ve = vs + len(e["value"])
        es, ee = p, len(text) - s
        if not (vs <= es and ee <= ve) and not (es < ve and vs < max(ee, es + 1)):
            ok = False; print("edit does not overlap value", name)
    for c in CODES:
        if counts[c] < 2:
            ok = False; print("code used fewer than 2 times:", c, counts[c])
    print(dict(counts))
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
