#!/usr/bin/env python3
"""Verify the n128 set: labels, one-place edits, and the arithmetic of every clean draft."""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def num(s):
    """First number in s as Decimal, or None."""
    m = NUM.search(s.replace(",", ""))
    return Decimal(m.group()) if m else None


def decimals(s):
    m = NUM.search(s.replace(",", ""))
    if not m or "." not in m.group():
        return 0
    return len(m.group().split(".")[1])


def agrees(stated, computed):
    """Tolerance rule of rules.md §8: |c - v| <= 0.5 * 10^-d."""
    v = num(stated)
    d = decimals(stated)
    return abs(Decimal(computed) - v) <= Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- generic table checks
def table_checks(name, text):
    """Checks on the funds table and the indicator table; returns list of failures."""
    errs = []
    lines = text.split("\n")
    exec_score = None
    exec_weight = None
    # funds tables
    for i, line in enumerate(lines):
        if "｜" in line and "年初预算数" in line and "全年预算数" in line and "全年执行数" in line:
            head = line.split("｜")
            col = {h: k for k, h in enumerate(head)}
            rows = []
            j = i + 1
            while j < len(lines) and "｜" in lines[j] and not lines[j].startswith("一级指标"):
                rows.append(lines[j].split("｜"))
                j += 1
            total = rows[0]
            parts = rows[1:]
            for h in ("年初预算数", "全年预算数", "全年执行数"):
                c = col[h]
                s = sum(num(p[c]) for p in parts)
                if not agrees(total[c], s):
                    errs.append(f"funds {h}: parts {s} vs total {total[c]}")
            for r in rows:
                bud, spent = num(r[col["全年预算数"]]), num(r[col["全年执行数"]])
                rate = r[col["执行率"]]
                if bud == 0:
                    if rate.strip() not in ("—", "-", ""):
                        errs.append(f"funds row {r[0]}: rate {rate} on zero budget")
                    continue
                if spent > bud:
                    errs.append(f"funds row {r[0]}: spent above budget")
                if not agrees(rate, spent / bud * 100):
                    errs.append(f"funds row {r[0]}: rate {rate} vs {spent / bud * 100:.4f}")
            if "分值" in col:
                exec_weight = num(total[col["分值"]])
                exec_score = num(total[col["得分"]])
                bud, spent = num(total[col["全年预算数"]]), num(total[col["全年执行数"]])
                if not agrees(total[col["得分"]], exec_weight * min(spent / bud, Decimal(1))):
                    errs.append(f"exec score {total[col['得分']]}")
                if exec_score > exec_weight:
                    errs.append("exec score above weight")
    # indicator table
    for i, line in enumerate(lines):
        if "｜" in line and line.startswith("一级指标") and "分值" in line and "得分" in line:
            head = line.split("｜")
            col = {h: k for k, h in enumerate(head)}
            tcol = col.get("年度指标值", col.get("指标值"))
            acol = col.get("实际完成值", col.get("完成值"))
            wcol, scol = col["分值"], col["得分"]
            ccol = col.get("完成率")
            wsum = Decimal(exec_weight or 0)
            ssum = Decimal(exec_score or 0)
            j = i + 1
            while j < len(lines) and "｜" in lines[j]:
                cells = lines[j].split("｜")
                if cells[0] in ("合计", "总分"):
                    if not agrees(cells[wcol], wsum):
                        errs.append(f"weights sum {wsum} vs {cells[wcol]}")
                    if wsum != 100:
                        errs.append(f"weights sum {wsum} != 100")
                    if not agrees(cells[scol], ssum):
                        errs.append(f"scores sum {ssum} vs {cells[scol]}")
                    tot = num(cells[scol])
                    stated = [g for g in "优良中差" if g in "".join(cells[scol + 1:])]
                    for g in stated:
                        if g != grade_of(tot):
                            errs.append(f"table grade {g} vs total {tot}")
                    for m in re.finditer(r"(?:评价等级|等级)为(优|良|中|差)", text):
                        if m.group(1) != grade_of(tot):
                            errs.append(f"text grade {m.group(1)} vs total {tot}")
                    for m in re.finditer(r"(?:自评得分|综合得分|得分|合计)(\d+\.\d+)分", text):
                        if Decimal(m.group(1)) != tot and Decimal(m.group(1)) > 80:
                            errs.append(f"text total {m.group(1)} vs table {tot}")
                    break
                w, s = num(cells[wcol]), num(cells[scol])
                wsum += w
                ssum += s
                if s > w or s < 0:
                    errs.append(f"row {cells[2]}: score {s} outside [0, {w}]")
                tgt, act = cells[tcol], cells[acol]
                # units of target and actual
                ut = re.sub(r"[≥≤=\d.\s]", "", tgt)
                ua = re.sub(r"[≥≤=\d.\s]", "", act)
                tn, an = num(tgt), num(act)
                quantitative = tn is not None and an is not None and "年" not in tgt and "万分之" not in tgt \
                    and not re.search(r"[\u4e00-\u9fff]{3,}", act)
                if quantitative and ut != ua and cells[2] != "全年执行数/全年预算数":
                    errs.append(f"row {cells[2]}: unit {ut!r} vs {ua!r}")
                if quantitative:
                    if tgt.startswith("≤"):
                        comp = Decimal(100) if an <= tn else tn / an * 100
                    elif tn == 0:
                        comp = None
                    else:
                        comp = an / tn * 100
                    if comp is not None:
                        expect_score = w * min(comp / 100, Decimal(1))
                        if not agrees(cells[scol], expect_score):
                            errs.append(f"row {cells[2]}: score {cells[scol]} vs rule {expect_score:.4f}")
                    if ccol is not None:
                        cst = cells[ccol]
                        if comp is None:
                            if cst.strip() != "—":
                                errs.append(f"row {cells[2]}: completion {cst} on zero target")
                        elif not agrees(cst, comp):
                            errs.append(f"row {cells[2]}: completion {cst} vs {comp:.4f}")
                j += 1
            else:
                errs.append("indicator table without total row")
    return errs


# ---------------------------------------------------------------- explicit checks per draft
# kinds: rate (num, den, stated%), sum ([parts], total), diff (a, b, stated), mean ([items], stated),
# prod ([factors], stated, scale), growth (old, new, stated%), decline (old, new, stated%), same (snippets)
CHECKS = {
    "meixian-archivesdigital-2021": [
        ("sum", ["60.00", "8.00"], "68.00"),
        ("sum", ["68.00", "4.50"], "72.50"),
        ("sum", ["65.30", "4.50"], "69.80"),
        ("sum", ["53.06", "12.40", "4.34"], "69.80"),
        ("rate", "69.80", "72.50", "96.28%"),
        ("rate", "65.30", "68.00", "96.03%"),
        ("rate", "53.06", "69.80", "76.02%"),
        ("diff", "72.50", "69.80", "2.70万元"),
        ("prod", ["126.34万页", "每页0.42元"], "加工费53.06万元", 1),
        ("rate", "126.34", "120", "105.28%"),
        ("rate", "61820", "65000", "95.11%"),
        ("growth", "2815", "3462", "22.98%"),
        ("rate", "244", "250", "97.60%"),
        ("score", "10", "61820条", "≥65000条", "｜9.51｜"),
        ("count", {"96.28%": 2, "96.03%": 1, "98.14": 2, "72.50万元": 1}),
        ("same", ["126.34万页", "｜126.34万页｜", "61820条", "｜61820条｜", "99.20%", "3462人次", "｜3462人次｜",
                  "97.60%", "98.14分", "｜98.14｜", "2021年12月20日", "0.42元", "｜0.42元/页｜",
                  "结转至2022年", "2020年12月提前下达"]),
    ],
    "yongchun-countychronicle-2023": [
        ("sum", ["45.00", "5.00"], "50.00"),
        ("sum", ["50.00", "8.20"], "58.20"),
        ("sum", ["47.36", "8.20"], "55.56"),
        ("sum", ["45.00", "8.20", "0.00"], "53.20"),
        ("sum", ["21.40", "6.80", "11.16", "16.20"], "55.56"),
        ("rate", "55.56", "58.20", "95.46%"),
        ("rate", "47.36", "50.00", "94.72%"),
        ("diff", "58.20", "55.56", "2.64万元"),
        ("diff", "50.00", "47.36", "2.64万元"),
        ("diff", "37.20", "16.20", "21.00万元"),
        ("rate", "16.20", "37.20", "43.55%"),
        ("prod", ["1500册", "每册248元"], "合同金额37.20万元", Decimal("0.0001")),
        ("mean", ["87", "90", "94"], "90.33分"),
        ("diff", "268", "260", "8万字"),
        ("rate", "47", "50", "94.00%"),
        ("count", {"95.46%": 2, "94.72%": 2, "94.05": 2, "53.20": 1}),
        ("same", ["268万字", "｜268万字｜", "1620万字", "｜1620万字｜", "612人次", "｜612人次｜", "94.05分",
                  "｜94.05｜", "11月24日", "结转至2024年", "55.56万元", "｜55.56｜"]),
    ],
    "juxian-statsbureau-2022": [
        ("sum", ["486.30", "42.44"], "528.74"),
        ("sum", ["374.60", "111.70"], "486.30"),
        ("sum", ["389.62", "139.12"], "528.74"),
        ("sum", ["389.62", "127.06"], "516.68"),
        ("sum", ["341.18", "48.44"], "389.62"),
        ("sum", ["68.40", "36.20", "12.52", "22.00"], "139.12"),
        ("rate", "516.68", "528.74", "97.72%"),
        ("rate", "127.06", "139.12", "91.33%"),
        ("rate", "389.62", "516.68", "75.41%"),
        ("diff", "528.74", "516.68", "12.06万元"),
        ("diff", "139.12", "127.06", "12.06万元"),
        ("prod", ["180户", "每月90元", "12"], "全年共19.44万元", Decimal("0.0001")),
        ("decline", "6.73", "5.86", "12.93%"),
        ("rate", "64", "70", "91.43%"),
        ("mean", ["98.5", "97.2", "99.1"], "98.27%"),
        ("rate", "187", "200", "93.50%"),
        ("score", "5", "｜64家", "≥70家", "｜4.57｜"),
        ("score", "10", "516.68", "528.74", "｜9.77｜"),
        ("count", {"97.72%": 3, "91.33%": 1, "98.34": 2}),
        ("same", ["47项", "｜47项｜", "64家", "｜64家｜", "0.4%", "｜0.4%｜", "136条", "｜136条｜", "27篇", "｜27篇｜",
                  "93.50%", "｜93.50%｜", "5.86万元", "｜5.86万元｜", "98.34分", "｜98.34｜", "2022年3月28日",
                  "结转至2023年", "（2022年度）", "19个"]),
    ],
    "qixian-officecars-2024": [
        ("sum", ["18.00", "22.00", "8.00", "16.00"], "64.00"),
        ("rate", "61.70", "64.00", "96.41%"),
        ("diff", "64.00", "61.70", "2.30万元"),
        ("rate", "17.28", "18.00", "96.00%"),
        ("quot", "维修保养费支出212520元", "纳管公务用车46辆", "单车年均4620元", 1),
        ("growth", "4912", "5386", "9.65%"),
        ("rate", "5386", "5000", "107.72%"),
        ("decline", "65.18", "61.70", "5.34%"),
        ("quot", "61.70万元", "约52万公里", "约1.19元", 1),
        ("sum", ["9.64", "50", "28.75", "10"], "98.39分"),
        ("sum", ["10", "10", "8.75"], "28.75分"),
        ("count", {"96.41%": 3, "98.39": 2, "28.75": 1, "22分钟": 2}),
        ("same", ["5386车次", "｜5386车次｜", "46辆", "｜46辆｜", "97.80%", "｜97.80%｜", "22分钟", "｜22分钟｜",
                  "4620元", "｜4620元｜", "5.34%", "｜5.34%｜", "99.60%", "｜99.60%｜", "14辆", "｜14辆｜",
                  "96.20%", "｜96.20%｜", "98.39分", "｜98.39｜", "等级为优", "｜98.39｜优"]),
    ],
    "gangu-energysaving-2019": [
        ("sum", ["80.00", "12.00"], "92.00"),
        ("sum", ["36.00", "30.00", "18.00", "8.00"], "92.00"),
        ("sum", ["35.40", "28.60", "13.32", "6.40"], "83.72"),
        ("rate", "83.72", "92.00", "91.00%"),
        ("rate", "13.32", "18.00", "74.00%"),
        ("diff", "92.00", "83.72", "8.28万元"),
        ("rate", "26", "30", "86.67%"),
        ("diff", "186.5", "159.1", "27.4万千瓦时"),
        ("prod", ["节约用电27.4万千瓦时", "0.65元/千瓦时"], "约17.81万元", 1),
        ("rate", "176", "200", "88.00%"),
        ("score", "10", "｜26家", "≥30家", "｜8.67｜"),
        ("score", "10", "｜88.00%", "≥90%", "｜9.78｜"),
        ("count", {"91.00%": 3, "89.55": 2, "2460盏": 2}),
        ("same", ["2460盏", "｜2460盏｜", "12台", "｜12台｜", "26家", "｜26家｜", "5期", "｜5期｜",
                  "2019年12月20日", "｜2019年12月20日｜", "27.4万千瓦时", "｜27.4万千瓦时｜", "9.6%", "｜9.6%｜",
                  "88.00%", "｜88.00%｜", "89.55分", "｜89.55｜", "等级为良", "｜89.55｜良", "结转至2020年"]),
    ],
}


def explicit_checks(src, text):
    errs = []

    def need(s):
        if s not in text:
            errs.append(f"figure {s!r} not in text")
            return False
        return True

    for chk in CHECKS[src]:
        kind = chk[0]
        if kind == "same":
            for s in chk[1]:
                need(s)
            continue
        if kind == "count":
            for s, n in chk[1].items():
                if text.count(s) != n:
                    errs.append(f"{s!r} occurs {text.count(s)} times, expected {n}")
            continue
        if kind == "sum":
            parts, total = chk[1], chk[2]
            if all(need(p) for p in parts) and need(total):
                s = sum(Decimal(p) for p in parts)
                if not agrees(total, s):
                    errs.append(f"sum {'+'.join(parts)} = {s} vs {total}")
        elif kind == "rate":
            a, b, st = chk[1], chk[2], chk[3]
            if need(a) and need(b) and need(st):
                c = Decimal(a) / Decimal(b) * 100
                if not agrees(st, c):
                    errs.append(f"rate {a}/{b} = {c:.4f}% vs {st}")
        elif kind == "diff":
            a, b, st = chk[1], chk[2], chk[3]
            if need(a) and need(b) and need(st):
                c = Decimal(a) - Decimal(b)
                if not agrees(st, c):
                    errs.append(f"diff {a}-{b} = {c} vs {st}")
        elif kind == "mean":
            items, st = chk[1], chk[2]
            if all(need(x) for x in items) and need(st):
                c = sum(Decimal(x) for x in items) / len(items)
                if not agrees(st, c):
                    errs.append(f"mean of {items} = {c:.4f} vs {st}")
        elif kind == "prod":
            factors, st, scale = chk[1], chk[2], Decimal(chk[3])
            if all(need(f) for f in factors) and need(st):
                c = Decimal(1)
                for f in factors:
                    c *= num(f)
                c *= scale
                if not agrees(st, c):
                    errs.append(f"product {factors} x {scale} = {c} vs {st}")
        elif kind == "quot":
            a, b, st, scale = chk[1], chk[2], chk[3], Decimal(chk[4])
            if need(a) and need(b) and need(st):
                c = num(a) / num(b) * scale
                if not agrees(st, c):
                    errs.append(f"quotient {a}/{b} = {c:.4f} vs {st}")
        elif kind == "score":
            w, a, tgt, st = chk[1], chk[2], chk[3], chk[4]
            if need(a) and need(tgt) and need(st):
                c = Decimal(w) * min(num(a) / num(tgt), Decimal(1))
                if not agrees(st, c):
                    errs.append(f"score {w}x{a}/{tgt} = {c:.4f} vs {st}")
        elif kind in ("growth", "decline"):
            old, new, st = chk[1], chk[2], chk[3]
            if need(old) and need(new) and need(st):
                o, n = Decimal(old), Decimal(new)
                c = (n - o) / o * 100 if kind == "growth" else (o - n) / o * 100
                if not agrees(st, c):
                    errs.append(f"{kind} {old}->{new} = {c:.4f}% vs {st}")
    return errs


def year_checks(src, text):
    errs = []
    year = int(src.rsplit("-", 1)[1])
    if f"{year}年度" not in text.split("\n")[0] + text.split("\n")[1]:
        errs.append("title year")
    for m in re.finditer(r"（(\d{4})年度）", text):
        if int(m.group(1)) != year:
            errs.append(f"table year {m.group(1)}")
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= year:
            errs.append(f"carried over to {m.group(1)}")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            errs.append(f"截至 {m.group(1)}")
    return errs


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels and case files differ")
    edits = {(e[0], e[1]): e for e in build.EDITS}
    code_count = {c: 0 for c in CODES}
    where_count = {"prose": 0, "table": 0}
    for lab in labels:
        text = read(lab["case"])
        src = lab["source"]
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: length {n} outside 3000-9000")
            for e in table_checks(lab["case"], text) + explicit_checks(src, text) + year_checks(src, text):
                fail(f"{lab['case']}: {e}")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected must hold one error")
            continue
        exp = lab["expected"][0]
        code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
        if exp["severity"] != "error":
            fail(f"{lab['case']}: severity")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if not occ:
            fail(f"{lab['case']}: value {exp['value']!r} not in case")
        clean = read(f"{src}-clean.txt")
        # one place: trim the common prefix and suffix
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        changed_clean, changed_case = clean[p:len(clean) - s], text[p:len(text) - s]
        if not changed_case and not changed_clean:
            fail(f"{lab['case']}: identical to clean draft")
        if max(len(changed_clean), len(changed_case)) > 80:
            fail(f"{lab['case']}: changed region too long ({changed_clean!r} -> {changed_case!r})")
        suffix = lab["case"][len(src) + 1:-4]
        e = edits[(src, suffix)]
        if clean.count(e[4]) != 1 or clean.replace(e[4], e[5], 1) != text:
            fail(f"{lab['case']}: not the clean draft with its one edit")
        where_count[e[3]] += 1
        lo, hi = p, max(p + 1, len(text) - s)
        if not any(o < hi and o + len(exp["value"]) > lo for o in occ):
            fail(f"{lab['case']}: value does not cover the changed figure")
        # the edit must break something the clean draft satisfied (informational for year/unit codes)
        broken = table_checks(lab["case"], text) + explicit_checks(src, text) + year_checks(src, text)
        if not broken:
            fail(f"{lab['case']}: no arithmetic check notices the injected {exp['code']}")
        print(f"  {lab['case']:<42} {exp['code']:<22} {e[3]:<5} "
              f"{changed_clean!r} -> {changed_case!r}  [{len(broken)} check(s) broken]")
    for c in CODES:
        if code_count.get(c, 0) < 2:
            fail(f"code {c} occurs {code_count.get(c, 0)} times (< 2)")
    print("codes:", ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print("where:", where_count)
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
