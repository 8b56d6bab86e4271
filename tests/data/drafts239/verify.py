#!/usr/bin/env python3
"""Checks drafts239: labels against cases, one edit per error case, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits non-zero at the first group of failures.
"""
import json
import pathlib
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
BAR = "｜"
CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
FAILS = []


def fail(msg):
    FAILS.append(msg)


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    return D(s.replace(",", ""))


def close(computed, stated):
    """rules.md §8: stated value with d decimals is consistent with c iff |c - v| <= 0.5*10^-d."""
    v = num(stated)
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中", "一般": "中",
              "差": "差", "较差": "差", "不合格": "差"}

# ---------------------------------------------------------------- tables
NUMRE = re.compile(r"^(≥|≤|＞|＜)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
DATERE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


def parse_value(cell):
    m = NUMRE.match(cell.strip())
    if not m:
        return None
    return m.group(1) or "", D(m.group(2)), m.group(3).strip(), m.group(2)


def check_tables(name, text):
    """Returns (total_weight, total_score_stated, stated_total_string) after checking the tables of one draft."""
    lines = text.split("\n")
    funds_w = funds_s = None
    weights, scores = [], []
    stated_total = stated_total_w = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if BAR in line and "年初预算数" in line and "执行率" in line:
            hdr = line.split(BAR)
            col = {h: k for k, h in enumerate(hdr)}
            rows = []
            i += 1
            while i < len(lines) and lines[i].count(BAR) == len(hdr) - 1 and not lines[i].startswith(("一级指标", "年度总体目标")):
                rows.append(lines[i].split(BAR))
                i += 1
            total, comps = rows[0], rows[1:]
            for c in ("年初预算数", "全年预算数", "全年执行数"):
                k = col[c]
                ssum = sum(num(r[k]) for r in comps)
                if not close(ssum, total[k]):
                    fail(f"{name}: funds column {c}: components {ssum} != total {total[k]}")
            for r in rows:
                a, e, rate = num(r[col["全年预算数"]]), num(r[col["全年执行数"]]), r[col["执行率"]]
                if a == 0:
                    if rate != "—":
                        fail(f"{name}: rate on zero budget in row {r[0]}: {rate}")
                    continue
                if e > a:
                    fail(f"{name}: execution above budget in row {r[0]}")
                if not close(e / a * 100, rate.rstrip("%")):
                    fail(f"{name}: funds rate row {r[0]}: {e}/{a} != {rate}")
            funds_w = num(total[col["分值"]])
            funds_s = total[col["得分"]]
            rate = num(total[col["全年执行数"]]) / num(total[col["全年预算数"]])
            cands = [funds_w * min(rate, D(1)), funds_w * min(num(total[col["执行率"]].rstrip("%")) / 100, D(1))]
            if not any(close(c, funds_s) for c in cands):
                fail(f"{name}: execution score {funds_s} vs {cands}")
            continue
        if BAR in line and "三级指标" in line and "分值" in line and "得分" in line:
            hdr = line.split(BAR)
            col = {h: k for k, h in enumerate(hdr)}
            i += 1
            while i < len(lines) and BAR in lines[i]:
                r = lines[i].split(BAR)
                if r[0] in ("总分", "合计"):
                    stated_total_w = r[col["分值"]]
                    stated_total = r[col["得分"]]
                    i += 1
                    break
                w, s = num(r[col["分值"]]), r[col["得分"]]
                weights.append(w)
                scores.append(num(s))
                if num(s) > w or num(s) < 0:
                    fail(f"{name}: score {s} outside [0, {w}] in {r[2]}")
                check_indicator(name, r, col, w, s)
                i += 1
            continue
        i += 1
    if not weights:
        return None
    tw = sum(weights) + (funds_w or 0)
    ts = sum(scores) + (num(funds_s) if funds_s else 0)
    if tw != 100 or num(stated_total_w) != 100:
        fail(f"{name}: weights add to {tw}, stated {stated_total_w}")
    if not close(ts, stated_total):
        fail(f"{name}: scores add to {ts}, stated {stated_total}")
    return stated_total


def check_indicator(name, r, col, w, s):
    tgt, act = r[col["年度指标值"]], r[col["实际完成值"]]
    comp = r[col["完成率"]] if "完成率" in col else None
    t, a = parse_value(tgt), parse_value(act)
    if DATERE.match(tgt) or DATERE.match(act):
        t = a = None
    if t is None or a is None:
        mt, ma = DATERE.match(tgt), DATERE.match(act)
        if mt and ma:
            ok = tuple(map(int, ma.groups()[:3])) <= tuple(map(int, mt.groups()[:3]))
            expect = w if ok else None
        elif tgt == act:
            expect = w
        else:
            fail(f"{name}: cannot read row {r[2]}: {tgt} / {act}")
            return
        if expect is None or not close(expect, s):
            fail(f"{name}: non-numeric row {r[2]} score {s}, expected {expect}")
        return
    sign, T, tu, _ = t
    _, A, au, _ = a
    if tu != au:
        fail(f"{name}: unit differs in {r[2]}: {tgt} vs {act}")
        return
    if sign in ("≤", "＜"):
        ratio = D(1) if A <= T else T / A
        completion = ratio
    elif T == 0:
        ratio = D(1) if A <= 0 else D(0)
        completion = None
    else:
        completion = A / T
        ratio = min(completion, D(1))
    if not close(w * ratio, s):
        fail(f"{name}: score of {r[2]}: {w}*{ratio:.4f} != {s}")
    if comp is not None:
        if completion is None:
            if comp != "—":
                fail(f"{name}: completion of {r[2]} should be —, got {comp}")
        elif not close(completion * 100, comp.rstrip("%")):
            fail(f"{name}: completion of {r[2]}: {completion*100:.4f} != {comp}")


# ---------------------------------------------------------------- prose facts (clean drafts)
# kinds: sum(parts)=res; diff a-b=res; ratio a/b*100=res(%); div a/b=res; mean(parts)=res;
#        growth (a-b)/b*100=res(%); prod a*b*...*scale=res; wscore w*min(a/b,1)=res; deduct w*(1-a/b)=res
FACTS = {
    "honghu-hangdao-2022": [
        ("sum", ["260.00", "40.00", "18.50"], "318.50"),
        ("sum", ["260.00", "40.00"], "300.00"),
        ("ratio", ["300.09", "318.50"], "94.22"),
        ("diff", ["318.50", "300.09"], "18.41"),
        ("sum", ["92.73", "64.20", "38.46", "86.30", "18.40"], "300.09"),
        ("ratio", ["92.73", "300.09"], "30.90"),
        ("prod", ["26.8", "3.46"], "92.73"),
        ("diff", ["3.46", "3.2"], "0.26"),
        ("diff", ["86", "82"], "4"),
        ("diff", ["88", "86"], "2"),
        ("sum", ["120", "6"], "126"),
        ("ratio", ["248.6", "260"], "95.62"),
        ("ratio", ["106", "114"], "92.98"),
        ("wscore", ["10", "86", "88"], "9.77"),
        ("wscore", ["10", "248.6", "260"], "9.56"),
        ("sum", ["9.77", "8", "8", "8", "8", "4", "4"], "49.77"),
        ("sum", ["10", "10", "9.56"], "29.56"),
        ("sum", ["9.42", "49.77", "29.56", "10"], "98.75"),
    ],
    "rugao-gangkou-2021": [
        ("sum", ["360.00", "40.00"], "400.00"),
        ("sum", ["120.00", "360.00", "40.00"], "520.00"),
        ("sum", ["120.00", "360.00"], "480.00"),
        ("ratio", ["491.26", "520.00"], "94.47"),
        ("diff", ["520.00", "491.26"], "28.74"),
        ("sum", ["149.00", "186.40", "98.36", "57.50"], "491.26"),
        ("sum", ["46.80", "52.30", "49.90"], "149.00"),
        ("mean", ["46.80", "52.30", "49.90"], "49.67"),
        ("div", ["186.40", "5.42"], "34.39"),
        ("diff", ["3126", "2874"], "252"),
        ("ratio", ["4", "5"], "80"),
    ],
    "yingde-dukou-2023": [
        ("sum", ["60.00", "96.00"], "156.00"),
        ("ratio", ["148.62", "156.00"], "95.27"),
        ("diff", ["156.00", "148.62"], "7.38"),
        ("ratio", ["57.40", "60.00"], "95.67"),
        ("ratio", ["91.22", "96.00"], "95.02"),
        ("sum", ["57.40", "91.22"], "148.62"),
        ("sum", ["69.60", "23.86", "12.48", "16.20", "20.88", "5.60"], "148.62"),
        ("prod", ["58", "1000", "12", "0.0001"], "69.60"),
        ("diff", ["640", "600"], "40"),
        ("ratio", ["68.0", "85"], "80.00"),
        ("ratio", ["21", "34"], "61.76"),
        ("diff", ["34", "21"], "13"),
        ("mean", ["90", "86", "85", "92"], "88.25"),
    ],
    "zhongxian-gangha-2024": [
        ("sum", ["812.40", "474.00"], "1,286.40"),
        ("sum", ["842.36", "570.39"], "1,412.75"),
        ("sum", ["842.36", "513.72"], "1,356.08"),
        ("ratio", ["1,356.08", "1,412.75"], "95.99"),
        ("ratio", ["842.36", "842.36"], "100.00"),
        ("ratio", ["513.72", "570.39"], "90.06"),
        ("diff", ["1,412.75", "1,356.08"], "56.67"),
        ("sum", ["172.34", "119.86", "43.20", "84.16", "94.16"], "513.72"),
        ("ratio", ["22.56", "24.00"], "94.00"),
        ("diff", ["12000", "10860"], "1140"),
        ("ratio", ["25", "27"], "92.6"),
        ("growth", ["1214.8", "1086.5"], "10.56"),
        ("sum", ["6.10", "1.72"], "7.82"),
        ("diff", ["8.50", "7.82"], "0.68"),
        ("ratio", ["178.45", "186.00"], "95.94"),
        ("sum", ["10", "50", "30", "10"], "100"),
    ],
    "huarong-chuanwu-2019": [
        ("sum", ["60.00", "120.00"], "180.00"),
        ("ratio", ["163.45", "180.00"], "90.81"),
        ("sum", ["68.60", "57.35", "29.40", "8.10"], "163.45"),
        ("diff", ["180.00", "163.45"], "16.55"),
        ("ratio", ["136.8", "120"], "114.00"),
        ("growth", ["98.6", "136.8"], "38.74"),
        ("sum", ["52.6", "47.5", "36.7"], "136.8"),
        ("mean", ["52.6", "47.5", "36.7"], "45.6"),
        ("ratio", ["372", "400"], "93.00"),
        ("ratio", ["2150", "2000"], "107.50"),
        ("ratio", ["86.5", "90"], "96.11"),
        ("ratio", ["129", "142"], "90.85"),
        ("sum", ["10", "50", "30", "10"], "100"),
        ("sum", ["30", "10", "5", "5"], "50"),
        ("sum", ["20", "10"], "30"),
        ("wscore", ["10", "163.45", "180.00"], "9.08"),
        ("deduct", ["8", "372", "400"], "0.56"),
        ("diff", ["50", "0.56"], "49.44"),
        ("deduct", ["10", "86.5", "90"], "0.39"),
        ("diff", ["30", "0.39"], "29.61"),
        ("sum", ["9.08", "49.44", "29.61", "10"], "98.13"),
    ],
}
# totals stated in prose, and the total the grade is judged on
PROSE_TOTAL = {"huarong-chuanwu-2019": "98.13"}


def compute(kind, xs):
    v = [num(x) for x in xs]
    if kind == "sum":
        return sum(v)
    if kind == "diff":
        return v[0] - v[1]
    if kind == "ratio":
        return v[0] / v[1] * 100
    if kind == "div":
        return v[0] / v[1]
    if kind == "mean":
        return sum(v) / len(v)
    if kind == "growth":
        return abs(v[1] - v[0]) / v[0] * 100
    if kind == "prod":
        p = D(1)
        for x in v:
            p *= x
        return p
    if kind == "wscore":
        return v[0] * min(v[1] / v[2], D(1))
    if kind == "deduct":
        return v[0] - r2(v[0] * v[1] / v[2])
    raise ValueError(kind)


def check_facts(src, text):
    for kind, xs, res in FACTS[src]:
        for x in xs + [res]:
            if kind == "prod" and x == "0.0001":
                continue
            if x not in text:
                fail(f"{src}: fact figure {x} not in clean text ({kind} {xs} -> {res})")
        c = compute(kind, xs)
        if not close(c, res):
            fail(f"{src}: {kind}{xs} = {c} but text says {res}")


def check_grades(src, text, total):
    for m in re.finditer(r"(?:自评总得分|自评得分|绩效自评得分|总得分)(\d+(?:\.\d+)?)分", text):
        if num(m.group(1)) != num(total):
            fail(f"{src}: prose total {m.group(1)} != {total}")
    found = 0
    for m in re.finditer(r"等级(?:为|｜)“?(优秀|良好|中等|合格|较差|不合格|优|良|中|差)", text):
        found += 1
        if GRADE_WORD[m.group(1)] != grade_of(total):
            fail(f"{src}: grade {m.group(1)} does not fit total {total}")
    if not found:
        fail(f"{src}: no grade found")


# ---------------------------------------------------------------- main
def one_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return p, len(a) - q, len(b) - q


def main():
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    files = sorted(p.name for p in CASES.glob("*.txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    sources = sorted({l["source"] for l in labels})
    codes = Counter()
    where = Counter()
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    import build
    edit_where = {(s, n): w for (s, n, _c, w, *_rest) in build.EDITS}
    for l in labels:
        text = (CASES / l["case"]).read_text(encoding="utf-8")
        if not 3000 <= len(text) <= 9000:
            fail(f"{l['case']}: length {len(text)} outside 3000–9000")
        if l["clean"]:
            if l["expected"]:
                fail(f"{l['case']}: clean case with expected findings")
            continue
        clean = (CASES / f"{l['source']}-clean.txt").read_text(encoding="utf-8")
        if len(l["expected"]) != 1:
            fail(f"{l['case']}: should carry exactly one expected error")
        e = l["expected"][0]
        codes[e["code"]] += 1
        n = int(l["case"].rsplit("-e", 1)[1].split(".")[0])
        where[edit_where[(l["source"], n)]] += 1
        if e["severity"] != "error" or e["code"] not in CODES13:
            fail(f"{l['case']}: bad code/severity {e}")
        if e["value"] not in text:
            fail(f"{l['case']}: value not found: {e['value']!r}")
        if text == clean:
            fail(f"{l['case']}: identical to clean draft")
            continue
        p, ca, cb = one_region(clean, text)
        if ca - p > 200 or cb - p > 200:
            fail(f"{l['case']}: changed region too long ({ca - p}/{cb - p} chars)")
        spans = [(m.start(), m.start() + len(e["value"])) for m in re.finditer(re.escape(e["value"]), text)]
        if not any(s < max(cb, p + 1) and p < t for s, t in spans):
            fail(f"{l['case']}: value does not cover the changed region")
    for c in CODES13:
        if codes[c] < 2:
            fail(f"code {c} used {codes[c]} times (< 2)")
    for src in sources:
        text = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
        total = check_tables(src, text)
        if total is None:
            total = PROSE_TOTAL[src]
        check_facts(src, text)
        check_grades(src, text, total)
    if FAILS:
        print("\n".join(FAILS))
        sys.exit(1)
    print(f"{len(sources)} clean drafts, {sum(codes.values())} error cases "
          f"({where['table']} in tables, {where['text']} in text), {len(codes)} codes")
    print("OK")


if __name__ == "__main__":
    main()
