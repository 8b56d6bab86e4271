#!/usr/bin/env python3
"""Re-reads every figure from each case's text and redoes its arithmetic (standard library + decimal only).
Clean drafts must produce no finding; each error case must produce exactly its labelled §A code."""
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
TEN4 = D(10000)


def dec(s):
    s = s.strip()
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """rules §8: stated string with d decimals is consistent with computed iff |c - v| <= 0.5*10^-d."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-dec(stated.rstrip("%"))) + D("1e-9")


def grade(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def table(text, header_start):
    """Rows (lists of cells) of the tab table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l.startswith(header_start):
            rows = []
            for m in lines[i + 1:]:
                if not m.strip():
                    break
                rows.append(m.split("\t"))
            return rows
    return None


def check(text):
    F = []  # (code, detail)

    def add(code, detail):
        F.append((code, detail))

    def amount_check(stated_s, truth, what):
        """same-quantity comparison; a 10^4 rescale reconciling it is unit_mismatch (errors.md #11b)."""
        v = D(stated_s)
        if ok(stated_s, truth):
            return
        if v / TEN4 == truth or v * TEN4 == truth:
            add("unit_mismatch", f"{what}: {stated_s} vs {truth} (off by 10^4)")
        else:
            add("conflicting_values", f"{what}: {stated_s} vs {truth}")

    def sum_check(parts, total_s, what):
        tot = D(total_s)
        s = sum(D(p) for p in parts)
        if s == tot:
            return
        for i, p in enumerate(parts):
            for k in (TEN4, 1 / TEN4):
                alt = s - D(p) + D(p) / k
                if alt == tot:
                    add("unit_mismatch", f"{what}: component {p} off by 10^4")
                    return
        add("sum_mismatch", f"{what}: {' + '.join(parts)} = {s} != {total_s}")

    # ---------------- year
    Y = int(re.search(r"(\d{4})年度", text.split("\n")[1]).group(1))
    for m in re.finditer(r"(\d{4})年度", text):
        if int(m.group(1)) != Y:
            add("year_mismatch", f"{m.group(0)} in a {Y} report")
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= Y:
            add("year_mismatch", m.group(0))
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != Y:
            add("year_mismatch", m.group(0))
    for m in re.finditer(r"(\d{4})年12月提前下达", text):
        if int(m.group(1)) != Y - 1:
            add("year_mismatch", m.group(0))
    for m in re.finditer(r"于(\d{4})年内分批下达|实施期为(\d{4})年1月至12月", text):
        if int(m.group(1) or m.group(2)) != Y:
            add("year_mismatch", m.group(0))

    # ---------------- funds table
    fr = table(text, "项目\t年初预算数")
    names = [r[0].replace("其中：", "") for r in fr]
    tot = fr[0]
    for col in (1, 2, 3):
        sum_check([r[col] for r in fr[1:]], tot[col], f"funds column {col}")
    rowrate = {}
    for r in fr:
        base, ex, rate = D(r[2]), D(r[3]), r[4]
        nm = r[0].replace("其中：", "")
        if base == 0:
            if rate != "—" and D(rate.rstrip("%")) != 0:
                add("implausible_rate", f"rate {rate} on zero base ({nm})")
            continue
        c = ex / base * 100
        rowrate[nm] = c
        if D(rate.rstrip("%")) > 100 or D(rate.rstrip("%")) < 0:
            add("implausible_rate", f"{nm} {rate}")
        elif not ok(rate, c):
            add("rate_mismatch", f"{nm} rate {rate} vs {c:.4f}")
    I, B, E = D(tot[1]), D(tot[2]), D(tot[3])
    R = B
    er = E / B * 100

    # ---------------- prose funds
    for m in re.finditer(r"全年预算([\d.]+)万元", text):
        amount_check(m.group(1), B, "全年预算")
    for m in re.finditer(r"全年预算(\d+)元", text):
        amount_check(str(D(m.group(1)) / TEN4), B, "全年预算(元)")
    for m in re.finditer(r"年初预算([\d.]+)万元", text):
        amount_check(m.group(1), I, "年初预算")
    m = re.search(r"当年财政拨款([\d.]+)万元，加上年结转资金([\d.]+)万元", text)
    if m:
        amount_check(m.group(1), D(fr[names.index("当年财政拨款")][2]), "当年财政拨款")
        amount_check(m.group(2), D(fr[names.index("上年结转资金")][2]), "上年结转资金")
    m = (re.search(r"(其中项目支出)([\d.]+)万元，具体为([^。]+)。", text)
         or re.search(r"(全年预算)([\d.]+)万元，其中([^。]+)。", text))
    parts = re.findall(r"([\d.]+)万元", m.group(3))
    if m.group(1) == "其中项目支出":
        amount_check(m.group(2), D(fr[names.index("项目支出")][2]), "项目支出")
    sum_check(parts, m.group(2), "budget breakdown")
    m = re.search(r"资金实际到位([\d.]+)万元，到位率([\d.]+)%", text)
    amount_check(m.group(1), R, "到位")
    Rs = D(m.group(1)) if ok(m.group(1), R) else R
    if D(m.group(2)) > 100:
        add("implausible_rate", "到位率")
    elif not ok(m.group(2), Rs / B * 100):
        add("rate_mismatch", f"到位率 {m.group(2)}")
    m = re.search(r"全年执行([\d.]+)万元，预算执行率([\d.]+)%", text)
    amount_check(m.group(1), E, "全年执行")
    if D(m.group(2)) > 100:
        add("implausible_rate", "预算执行率")
    elif not ok(m.group(2), er):
        add("rate_mismatch", f"预算执行率 {m.group(2)} vs {er:.4f}")
    for m in re.finditer(r"其中(当年财政拨款|项目支出)执行率([\d.]+)%", text):
        if not ok(m.group(2), rowrate[m.group(1)]):
            add("rate_mismatch", m.group(0))
    m = re.search(r"结余([\d.]+)万元", text)
    if not ok(m.group(1), R - E):
        add("balance_mismatch", f"结余 {m.group(1)} vs {R - E}")

    # ---------------- signs by kind
    sr = table(text, "标志类别\t")
    body, srt = sr[:-1], sr[-1]
    for r in body:
        a = D(r[1]) * D(r[2]) / TEN4
        if not ok(r[3], a):
            if D(r[3]) / TEN4 == a:
                add("unit_mismatch", f"sign amount {r[3]}")
            else:
                add("sum_mismatch", f"price x count {r[0]}")
    sum_check([r[2] for r in body], srt[2], "sign counts")
    sum_check([r[3] for r in body], srt[3], "sign amounts")
    N = D(srt[2])
    A = D(srt[3])
    for m in re.finditer(r"共设置各类地名标志(\d+)块", text):
        if D(m.group(1)) != N:
            add("conflicting_values", m.group(0))
    m = re.search(r"其中([^。]+?)分别设置([^。]+?)。", text)
    kinds = m.group(1).split("、")
    cnts = re.findall(r"(\d+)块", m.group(2))
    for k, c in zip(kinds, cnts):
        row = [r for r in body if r[0] == k][0]
        if row[2] != c:
            add("conflicting_values", f"分别 {k} {c}")
    for m in re.finditer(r"([^\s，。、]+?)单价(\d+)元/块", text):
        row = [r for r in body if r[0] == m.group(1)]
        if row and row[0][1] != m.group(2):
            add("conflicting_values", m.group(0))

    # ---------------- townships
    tr = table(text, "乡镇（街道）\t")
    tb, tt = tr[:-1], tr[-1]
    sum_check([r[1] for r in tb], tt[1], "township signs")
    sum_check([r[2] for r in tb], tt[2], "township places")
    if D(tt[1]) != N:
        add("conflicting_values", "township 合计 vs sign 合计")
    n = len(tb)
    for m in re.finditer(r"全[区县市](\d+)个乡镇（街道）", text):
        if int(m.group(1)) != n:
            add("conflicting_values", m.group(0))
    m = re.search(r"平均每个设置标志([\d.]+)块，平均涉及地名([\d.]+)处", text)
    if not ok(m.group(1), D(tt[1]) / n):
        add("average_mismatch", m.group(0))
    if not ok(m.group(2), D(tt[2]) / n):
        add("average_mismatch", m.group(0))

    # ---------------- indicator table
    ir = table(text, "一级指标\t二级指标")
    rows, trow = ir[:-1], ir[-1]
    wsum = D(0)
    ssum = D(0)
    num = re.compile(r"^([≥≤=]?)([\d.]+)(.*)$")
    actual_by_unit = {}
    for r in rows:
        l1, l2, name, T, Aa, comp, w, s = r
        w, sv = D(w), D(s)
        wsum += w
        ssum += sv
        if sv > w or sv < 0:
            add("score_exceeds_weight", f"{name} {s} > {w}")
            over = True
        else:
            over = False
        if name == "预算执行率":
            if not ok(Aa, er):
                add("rate_mismatch", f"exec row {Aa}")
            if not ok(comp, D(Aa.rstrip("%"))) and not ok(comp, er):
                add("completion_mismatch", name)
            if not over and not ok(s, w * er / 100) and not ok(s, w * D(Aa.rstrip("%")) / 100):
                add("score_rule_mismatch", name)
            continue
        mt, ma = num.match(T), num.match(Aa)
        if not mt:  # qualitative
            band = {"达成年度指标": (D("0.8"), D(1)), "部分达成年度指标并具有一定效果": (D("0.6"), D("0.8"))}[Aa]
            if not over and not (band[0] * w <= sv <= band[1] * w):
                add("score_rule_mismatch", name)
            continue
        sign, t, ut = mt.group(1), D(mt.group(2)), mt.group(3)
        if not ma or ma.group(3) != ut:
            add("unit_mismatch", f"{name}: {T} vs {Aa}")
            continue
        a = D(ma.group(2))
        actual_by_unit.setdefault(ut, []).append((a, t, sign))
        if sign == "≤":
            c = D(100) if a <= t else t / a * 100
            sc = w if a <= t else w * t / a
        else:
            c = a / t * 100
            sc = min(w, w * a / t)
        if not ok(comp, c):
            add("completion_mismatch", f"{name} {comp} vs {c:.4f}")
        if not over and not ok(s, sc):
            add("score_rule_mismatch", f"{name} {s} vs {sc:.4f}")
        if ut == "%" and ("满意度" in name or "率" in name) and a > 100:
            add("implausible_rate", name)
        if ut == "块" and "标志" in name and a != N:
            add("conflicting_values", f"{name} {a} vs {N}")
        if name == "标志平均单价" and not ok(ma.group(2), A * TEN4 / N):
            add("average_mismatch", f"average price {Aa} vs {A * TEN4 / N:.4f}")
    if wsum != 100 or D(trow[6]) != 100:
        add("weight_sum_mismatch", f"weights {wsum}, 合计 {trow[6]}")
    total_s = trow[7]
    if not ok(total_s, ssum):
        add("score_sum_mismatch", f"rows {ssum} vs 合计 {total_s}")
    for m in re.finditer(r"自评得分([\d.]+)分", text):
        if not ok(m.group(1), ssum):
            add("score_sum_mismatch", f"prose total {m.group(1)} vs rows {ssum}")
    for m in re.finditer(r"评价等级为([优良中差])", text):
        if m.group(1) != grade(D(total_s)):
            add("grade_mismatch", f"{m.group(1)} for {total_s}")
    # prose completion restatements: "<actual><unit>，完成率x%"
    for m in re.finditer(r"([\d.]+)(万人次|块|册|处|人)，完成率([\d.]+)%", text):
        for a, t, sign in actual_by_unit.get(m.group(2), []):
            if a == D(m.group(1)) and not ok(m.group(3), a / t * 100):
                add("completion_mismatch", m.group(0))
    # rates that cannot exceed 100%
    for m in re.finditer(r"(合格率|满意度|到位率)([\d.]+)%", text):
        if D(m.group(2)) > 100:
            add("implausible_rate", m.group(0))
    return F


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    bad = []
    counts = {c: 0 for c in CODES}
    assert len(labels) == 35, len(labels)
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        F = check(text)
        found = {c for c, _ in F}
        errs = {c for c in found if c in CODES}
        if lab["clean"]:
            n = len(text)
            if not 1500 <= n <= 5000:
                bad.append(f"{lab['case']}: length {n}")
            if F:
                bad.append(f"{lab['case']}: clean draft has findings {F}")
            continue
        exp = lab["expected"]
        assert len(exp) == 1
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] += 1
        if errs != {code}:
            bad.append(f"{lab['case']}: expected {{{code}}}, got {sorted(errs)} {F}")
        if text.count(value) != 1:
            bad.append(f"{lab['case']}: value occurs {text.count(value)}x")
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        old, new = clean[i:len(clean) - j], text[i:len(text) - j]
        if max(len(old), len(new)) > 40 or (not old and not new):
            bad.append(f"{lab['case']}: edit too long or empty ({old!r} -> {new!r})")
        vs = text.index(value)
        ve = vs + len(value)
        es, ee = i, len(text) - j
        if not (vs < max(ee, es + 1) and es < ve):
            bad.append(f"{lab['case']}: edit [{es},{ee}) does not overlap value [{vs},{ve})")
    for c, k in counts.items():
        if k < 2:
            bad.append(f"code {c} used {k}x")
    if bad:
        print("\n".join(bad))
        print("FAIL")
        sys.exit(1)
    print("counts:", counts)
    print("OK")


if __name__ == "__main__":
    main()
