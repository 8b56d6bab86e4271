#!/usr/bin/env python3
"""Check the n83 set: labels, edits and the arithmetic of every clean draft.

1. labels.jsonl: one record per case file, format as in the dev set; every value occurs exactly once in
   its case and never in the clean draft; the value overlaps the edited region.
2. Edits: each error case differs from its clean draft in one line by one contiguous edit of at most
   16 characters, or (score_exceeds_weight / score_sum_mismatch only) in two adjacent lines with at most
   16 changed characters each.
3. Clean drafts: generic table checks (score table: 得分 = 分值 - 扣分, 0 <= 得分 <= 分值, subtotals and
   合计, weights to 100; comparison table: column sums, self/evaluator scores within weights, evaluator
   column = score-table group sums; indicator tables: completion per rules §5; funds tables: rates and
   totals), every "得分X分 … 等级为“Y”" statement, and the explicit identities listed in CHECKS
   (rates, balances, sums, averages, per-unit costs, scores).  Tolerance: half a unit of the stated
   last decimal (rules §8).

Pure Python 3, no third-party dependencies.  Usage: python3 verify.py   (prints OK or the failures)
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
SCORE_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch"}
MAX_EDIT = 16
# layouts where targets and actuals sit in the text and the score table, not in an indicator table
NO_INDICATOR_TABLE = {"bj-shijingshan-oldcomm-2021", "hb-qiaoxi-oldcomm-2020"}

failures = []


def fail(msg):
    failures.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def num(s):
    s = s.strip().lstrip("=").replace(",", "").replace("%", "")
    return D(s)


def decimals(s):
    s = s.strip().lstrip("=").replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the string as written; computed: Decimal."""
    tol = D(5) * D(10) ** (-(decimals(stated) + 1)) + D("1e-9")
    return abs(num(stated) - computed) <= tol


def grade_of(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- explicit identities per clean draft
# Strings are written as in the draft and must occur in it (prefix "=" for a literal not in the text).
CHECKS = {
    "bj-shijingshan-oldcomm-2021": [
        ("sum", "9,020.00", ["8,400.00", "620.00"]),
        ("sum", "9,020.00", ["5,412.00", "3,608.00"]),
        ("sum", "9,020.00", ["5,120.40", "2,108.60", "960.00", "831.00"]),
        ("sum", "8,697.45", ["5,046.25", "2,080.30", "768.00", "802.90"]),
        ("sum", "802.90", ["298.60", "286.50", "217.80"]),
        ("sum", "7,126.55", ["5,046.25", "2,080.30"]),
        ("sum", "322.55", ["192.00", "130.55"]),
        ("diff", "322.55", "9,020.00", "8,697.45"),
        ("ratio", "96.42%", "8,697.45", "9,020.00"),
        ("ratio", "98.55%", "5,046.25", "5,120.40"),
        ("ratio", "98.66%", "2,080.30", "2,108.60"),
        ("ratio", "80.00%", "768.00", "960.00"),
        ("ratio", "96.62%", "802.90", "831.00"),
        ("ratio", "=60%", "5,412.00", "9,020.00"),
        ("ratio", "95.77%", "498", "520"),
        ("ratio", "93.57%", "466", "498"),
        ("ratio", "85.71%", "=6", "=7"),
        ("ratio", "102.69%", "3,286", "3,200"),
        ("ratio", "103.58%", "24.86", "=24"),
        ("ratio", "80.00%", "=12", "=15"),
        ("prod", "960.00", ["=15", "=64"]),
        ("prod", "768.00", ["=12", "=64"]),
        ("quot", "286.67", "7,126.55", "24.86"),
        ("quot", "2.65", "8,697.45", "3,286"),
        ("wscore", "4.82", "=5", "8,697.45", "9,020.00"),
        ("wscore", "4.29", "=5", "=6", "=7"),
        ("wscore", "5.14", "=6", "=6", "=7"),
        ("wscore", "4", "=5", "=12", "=15"),
        ("band", "4", "=5", "0.8", "1.0"),
        ("diff", "4.75", "98.50", "93.75"),
        ("diff", "1.50", "20.00", "18.50"),
        ("diff", "0.68", "19.50", "18.82"),
        ("diff", "0.71", "34.00", "33.29"),
        ("diff", "1.86", "25.00", "23.14"),
        ("sum", "4.75", ["1.50", "0.68", "0.71", "1.86"]),
        ("sum", "100", ["=20", "=20", "=35", "=25"]),
        ("grade", "93.75", "优"),
    ],
    "hb-lianchi-rentalhousing-2023": [
        ("sum", "3,680.00", ["3,260.00", "420.00"]),
        ("sum", "3,260.00", ["2,480.00", "780.00"]),
        ("sum", "3,680.00", ["2,480.00", "420.00", "780.00"]),
        ("sum", "3,402.16", ["828.00", "2,574.16"]),
        ("sum", "3,402.16", ["2,356.40", "309.76", "736.00"]),
        ("diff", "277.84", "3,680.00", "3,402.16"),
        ("ratio", "92.45%", "3,402.16", "3,680.00"),
        ("ratio", "95.02%", "2,356.40", "2,480.00"),
        ("ratio", "73.75%", "309.76", "420.00"),
        ("ratio", "94.36%", "736.00", "780.00"),
        ("ratio", "97.00%", "291", "300"),
        ("ratio", "92.44%", "269", "291"),
        ("ratio", "83.68%", "1,046", "1,250"),
        ("ratio", "92.00%", "1.38", "1.50"),
        ("ratio", "85.00%", "51", "60"),
        ("ratio", "87.87%", "1,318", "1,500"),
        ("ratio", "82.41%", "862", "1,046"),
        ("ratio", "86.75%", "82.41", "=95"),
        ("ratio", "86.75%", "=0.8240917782", "=0.95"),
        ("ratio", "97.31%", "92.44", "=95"),
        ("ratio", "97.31%", "=0.9243986254", "=0.95"),
        ("ratio", "81.51%", "21.60", "26.50"),
        ("sum", "1,046", ["286", "214", "546"]),
        ("sum", "500", ["286", "214"]),
        ("sum", "1.38", ["0.82", "0.56"]),
        ("diff", "204", "1,250", "1,046"),
        ("diff", "=9", "60", "51"),
        ("prod", "828.00", ["1.38", "600"]),
        ("quot", "1,680.00", "2,318.40", "1.38"),
        ("mean", "21.60", ["21.6", "19.8", "23.4"]),
        ("wscore", "9.25", "=10", "3,402.16", "3,680.00"),
        ("wscore", "12.55", "=15", "1,046", "1,250"),
        ("wscore", "4.6", "=5", "1.38", "1.50"),
        ("wscore", "5.95", "=7", "51", "60"),
        ("wscore", "8.79", "=10", "1,318", "1,500"),
        ("wscore", "8.67", "=10", "=0.8240917782", "=0.95"),
        ("wscore", "9.73", "=10", "=0.9243986254", "=0.95"),
        ("band", "4.2", "=7", "0.6", "0.8"),
        ("sum", "50", ["20", "15", "7", "8"]),
        ("sum", "20", ["=15", "=5"]),
        ("sum", "15", ["=8", "=7"]),
        ("sum", "100", ["10", "50", "30", "10"]),
        ("diff", "5.26", "95.00", "89.74"),
        ("diff", "3.70", "47.00", "43.30"),
        ("diff", "1.29", "28.75", "27.46"),
        ("diff", "0.27", "10.00", "9.73"),
        ("sum", "5.26", ["3.70", "1.29", "0.27"]),
        ("grade", "89.74", "良"),
        ("grade", "95.00", "优"),
    ],
    "hb-qiaoxi-oldcomm-2020": [
        ("sum", "10,350.00", ["6,850.00", "3,500.00"]),
        ("sum", "10,350.00", ["4,210.00", "3,500.00", "2,640.00"]),
        ("sum", "6,850.00", ["4,210.00", "2,640.00"]),
        ("sum", "10,350.00", ["7,862.40", "1,947.60", "540.00"]),
        ("sum", "9,820.00", ["4,210.00", "3,500.00", "2,110.00"]),
        ("sum", "2,640.00", ["2,110.00", "530.00"]),
        ("sum", "9,516.37", ["7,318.52", "1,702.85", "495.00"]),
        ("diff", "303.63", "9,820.00", "9,516.37"),
        ("ratio", "94.88%", "9,820.00", "10,350.00"),
        ("ratio", "91.95%", "9,516.37", "10,350.00"),
        ("ratio", "93.08%", "7,318.52", "7,862.40"),
        ("ratio", "87.43%", "1,702.85", "1,947.60"),
        ("ratio", "91.67%", "495.00", "540.00"),
        ("ratio", "98.00%", "686", "700"),
        ("ratio", "91.84%", "630", "686"),
        ("ratio", "100.65%", "4,932", "4,900"),
        ("ratio", "82.00%", "24.6", "=30"),
        ("ratio", "81.00%", "648", "800"),
        ("ratio", "91.30%", "=21", "=23"),
        ("ratio", "97.60%", "488", "500"),
        ("ratio", "82.61%", "=19", "=23"),
        ("sum", "24.6", ["9.8", "8.3", "6.5"]),
        ("sum", "=19", ["=12", "=7"]),
        ("diff", "=4", "=23", "=19"),
        ("quot", "247.37", "9,516.37", "38.47"),
        ("quot", "1.93", "9,516.37", "4,932"),
        ("wscore", "3.80", "=4", "9,820.00", "10,350.00"),
        ("wscore", "5.52", "=6", "9,516.37", "10,350.00"),
        ("wscore", "3.28", "=4", "24.6", "=30"),
        ("wscore", "3.24", "=4", "648", "800"),
        ("wscore", "7.30", "=8", "=21", "=23"),
        ("wscore", "4.86", "=5", "82.61", "=85"),
        ("wscore", "4.86", "=5", "=0.8260869565", "=0.85"),
        ("band", "4.5", "=6", "0.6", "0.8"),
        ("sum", "100", ["15", "20", "40", "25"]),
        ("diff", "7.50", "97.50", "90.00"),
        ("diff", "3.00", "15.00", "12.00"),
        ("diff", "2.18", "19.00", "16.82"),
        ("diff", "1.18", "39.00", "37.82"),
        ("diff", "1.14", "24.50", "23.36"),
        ("sum", "7.50", ["3.00", "2.18", "1.18", "1.14"]),
        ("grade", "90.00", "优"),
        ("grade", "97.50", "优"),
    ],
    "sd-zhangdian-rentalhousing-2024": [
        ("sum", "1,900.00", ["1,120.00", "260.00", "520.00"]),
        ("sum", "1,900.00", ["780.00", "1,068.00", "52.00"]),
        ("sum", "1,863.96", ["749.16", "1,068.00", "46.80"]),
        ("diff", "36.04", "1,900.00", "1,863.96"),
        ("ratio", "98.10%", "1,863.96", "1,900.00"),
        ("ratio", "96.05%", "749.16", "780.00"),
        ("ratio", "90.00%", "46.80", "52.00"),
        ("prod", "780.00", ["1,300", "10", "600", "=0.0001"]),
        ("prod", "749.16", ["12,486", "600", "=0.0001"]),
        ("prod", "1,068.00", ["3.56", "300"]),
        ("prod", "396.00", ["1.32", "300"]),
        ("prod", "282.00", ["0.94", "300"]),
        ("prod", "390.00", ["1.30", "300"]),
        ("sum", "1,068.00", ["396.00", "282.00", "390.00"]),
        ("sum", "752", ["296", "198", "258"]),
        ("sum", "3.56", ["1.32", "0.94", "1.30"]),
        ("diff", "48", "800", "752"),
        ("ratio", "94.00%", "752", "800"),
        ("ratio", "105.54%", "1,372", "1,300"),
        ("ratio", "99.13%", "=1360", "1,372"),
        ("diff", "=1360", "1,372", "=12"),
        ("ratio", "75.00%", "=3", "=4"),
        ("ratio", "92.72%", "2,318", "2,500"),
        ("ratio", "96.30%", "443", "460"),
        ("ratio", "92.82%", "698", "752"),
        ("ratio", "79.17%", "19.00", "24.00"),
        ("quot", "9.10", "12,486", "1,372"),
        ("sum", "2,318", ["946", "1,372"]),
        ("mean", "19.00", ["18.6", "21.0", "17.4"]),
        ("mean", "93.50", ["93.2", "95.6", "91.7"]),
        ("wscore", "5.89", "=6", "1,863.96", "1,900.00"),
        ("wscore", "7.52", "=8", "752", "800"),
        ("wscore", "5.95", "=6", "=1360", "1,372"),
        ("wscore", "4.5", "=6", "=3", "=4"),
        ("wscore", "7.42", "=8", "2,318", "2,500"),
        ("band", "3.5", "=5", "0.6", "0.8"),
        ("sum", "100", ["=10", "=20", "=40", "=30"]),
        ("diff", "5.72", "99.00", "93.28"),
        ("grade", "93.28", "优"),
        ("grade", "99.00", "优"),
    ],
    "sd-zhifu-oldcomm-2022": [
        ("sum", "9,600.00", ["5,840.00", "1,260.00", "900.00", "1,600.00"]),
        ("diff", "9,200.00", "9,600.00", "400.00"),
        ("sum", "9,200.00", ["6,420.00", "1,380.00", "1,000.00", "400.00"]),
        ("sum", "7,836.48", ["5,618.36", "1,214.12", "650.00", "354.00"]),
        ("sum", "1,214.12", ["386.40", "647.72", "180.00"]),
        ("sum", "6,832.48", ["5,618.36", "1,214.12"]),
        ("diff", "1,363.52", "9,200.00", "7,836.48"),
        ("ratio", "85.18%", "7,836.48", "9,200.00"),
        ("ratio", "87.51%", "5,618.36", "6,420.00"),
        ("ratio", "87.98%", "1,214.12", "1,380.00"),
        ("ratio", "65.00%", "650.00", "1,000.00"),
        ("ratio", "88.50%", "354.00", "400.00"),
        ("prod", "650.00", ["26", "25"]),
        ("prod", "1,000.00", ["40", "25"]),
        ("ratio", "95.33%", "572", "600"),
        ("ratio", "86.89%", "497", "572"),
        ("ratio", "100.50%", "3,618", "3,600"),
        ("ratio", "101.17%", "29.34", "=29"),
        ("ratio", "65.00%", "26", "40"),
        ("ratio", "92.31%", "=12", "=13"),
        ("ratio", "81.25%", "=13", "=16"),
        ("ratio", "68.75%", "=11", "=16"),
        ("quot", "232.87", "6,832.48", "29.34"),
        ("quot", "2.17", "7,836.48", "3,618"),
        ("diff", "14", "40", "26"),
        ("diff", "=5", "=16", "=11"),
        ("wscore", "5.11", "=6", "7,836.48", "9,200.00"),
        ("wscore", "3.90", "=6", "26", "40"),
        ("wscore", "4.62", "=5", "=12", "=13"),
        ("wscore", "4.06", "=5", "=13", "=16"),
        ("wscore", "4.58", "=6", "68.75", "=90"),
        ("wscore", "9.65", "=10", "86.89", "=90"),
        ("wscore", "9.65", "=10", "=0.8688811189", "=0.9"),
        ("band", "5", "=8", "0.6", "0.8"),
        ("sum", "100", ["=15", "=20", "=35", "=30"]),
        ("diff", "8.58", "92.50", "83.92"),
        ("grade", "83.92", "良"),
        ("grade", "92.50", "优"),
    ],
}


def run_checks(pid, text):
    def need(*strs):
        for s in strs:
            if not s.startswith("=") and s not in text:
                fail(f"{pid}: figure {s!r} used in a check does not occur in the clean draft")

    for chk in CHECKS[pid]:
        kind = chk[0]
        if kind == "sum":
            _, total, parts = chk
            need(total, *parts)
            c = sum(num(p) for p in parts)
            if not close(total, c):
                fail(f"{pid}: sum {parts} = {c}, stated {total}")
        elif kind == "diff":
            _, res, a, b = chk
            need(res, a, b)
            if not close(res, num(a) - num(b)):
                fail(f"{pid}: {a} - {b} = {num(a) - num(b)}, stated {res}")
        elif kind == "ratio":
            _, rate, n, d = chk
            need(rate, n, d)
            c = num(n) / num(d) * 100
            if not close(rate, c):
                fail(f"{pid}: {n}/{d} = {c:.4f}%, stated {rate}")
        elif kind == "prod":
            _, res, factors = chk
            need(res, *factors)
            c = D(1)
            for f in factors:
                c *= num(f)
            if not close(res, c):
                fail(f"{pid}: product {factors} = {c}, stated {res}")
        elif kind == "quot":
            _, res, n, d = chk
            need(res, n, d)
            c = num(n) / num(d)
            if not close(res, c):
                fail(f"{pid}: {n}/{d} = {c:.4f}, stated {res}")
        elif kind == "mean":
            _, avg, items = chk
            need(avg, *items)
            c = sum(num(i) for i in items) / len(items)
            if not close(avg, c):
                fail(f"{pid}: mean {items} = {c:.4f}, stated {avg}")
        elif kind == "wscore":
            _, sc, w, n, d = chk
            need(sc, w, n, d)
            c = num(w) * min(num(n) / num(d), D(1))
            if not close(sc, c):
                fail(f"{pid}: {w} x min({n}/{d}, 1) = {c:.4f}, stated score {sc}")
        elif kind == "band":
            _, sc, w, lo, hi = chk
            r = num(sc) / num(w)
            if not (D(lo) <= r <= D(hi)):
                fail(f"{pid}: qualitative score {sc}/{w} = {r:.3f} outside band [{lo}, {hi}]")
        elif kind == "grade":
            _, sc, g = chk
            need(sc)
            if grade_of(num(sc)) != g:
                fail(f"{pid}: score {sc} has grade {grade_of(num(sc))}, check says {g}")
        else:
            fail(f"{pid}: unknown check {kind}")


# ---------------------------------------------------------------- generic table checks
def table_blocks(text, header_pred):
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if header_pred(lines[i]):
            header = lines[i].split("｜")
            rows = []
            j = i + 1
            while j < len(lines) and "｜" in lines[j]:
                rows.append(lines[j].split("｜"))
                j += 1
            yield header, rows
            i = j
        else:
            i += 1


GROUPS = ("决策", "过程", "产出", "效益", "满意度", "预算执行率")


def group_of(name):
    for g in GROUPS:
        if name.startswith(g):
            return g
    return None


def check_score_tables(pid, text):
    """Returns {group: (weight, score)} from the evaluator's score table."""
    groups = {}
    found = 0
    for header, rows in table_blocks(text, lambda l: l.startswith("指标｜分值｜评分标准｜扣分｜得分")):
        found += 1
        leaves, total = [], None
        sub_open = []          # leaves since the last 小计 (P1 style)
        header_group = None    # group header row (P3 style), followed by its leaves
        group_rows = {}
        for r in rows:
            if len(r) != 6:
                fail(f"{pid}: score row has {len(r)} cells: {'｜'.join(r)}")
                continue
            name, w, crit, ded, sc, _ = r
            w, ded, sc = num(w), num(ded), num(sc)
            if sc != w - ded:
                fail(f"{pid}: row {name}: 分值 {w} - 扣分 {ded} != 得分 {sc}")
            if not (0 <= sc <= w) or ded < 0:
                fail(f"{pid}: row {name}: score {sc} outside [0, {w}] or negative deduction")
            if name == "合计":
                total = (w, ded, sc)
            elif name.endswith("小计"):
                sw = sum(x[0] for x in sub_open), sum(x[1] for x in sub_open), sum(x[2] for x in sub_open)
                if sw != (w, ded, sc):
                    fail(f"{pid}: subtotal {name} {(w, ded, sc)} != rows {sw}")
                g = group_of(name)
                groups[g] = (w, sc)
                sub_open = []
            elif crit == "" and name in GROUPS:
                header_group = name
                group_rows[name] = (w, ded, sc)
            else:
                g = header_group or group_of(name)
                leaves.append((g, w, ded, sc))
                sub_open.append((w, ded, sc))
        # group sums
        agg = {}
        for g, w, ded, sc in leaves:
            a = agg.setdefault(g, [D(0), D(0), D(0)])
            a[0] += w
            a[1] += ded
            a[2] += sc
        for g, vals in group_rows.items():
            if tuple(agg.get(g, [None] * 3)) != vals:
                fail(f"{pid}: group row {g} {vals} != its rows {agg.get(g)}")
        for g, a in agg.items():
            groups.setdefault(g, (a[0], a[2]))
        if total is None:
            fail(f"{pid}: score table without 合计")
            continue
        tw = sum(x[1] for x in leaves)
        td = sum(x[2] for x in leaves)
        ts = sum(x[3] for x in leaves)
        if (tw, td, ts) != total:
            fail(f"{pid}: 合计 {total} != sum of rows {(tw, td, ts)}")
        if tw != 100:
            fail(f"{pid}: weights sum to {tw}")
    if found != 1:
        fail(f"{pid}: expected one score table, found {found}")
    return groups


def check_comparison(pid, text, groups):
    found = 0
    for header, rows in table_blocks(text, lambda l: l.startswith("一级指标｜分值｜单位自评得分｜")):
        found += 1
        sums = [D(0), D(0), D(0)]
        total = None
        for r in rows:
            name = r[0]
            w, s_self, s_eval = num(r[1]), num(r[2]), num(r[3])
            if name == "合计":
                total = (w, s_self, s_eval)
                continue
            for k, v in enumerate((w, s_self, s_eval)):
                sums[k] += v
            if not (0 <= s_self <= w and 0 <= s_eval <= w):
                fail(f"{pid}: comparison row {name}: score above weight {w}")
            g = group_of(name)
            if g not in groups:
                fail(f"{pid}: comparison row {name} has no group in the score table")
            elif groups[g] != (w, s_eval):
                fail(f"{pid}: comparison row {name} {(w, s_eval)} != score table {groups[g]}")
        if total != tuple(sums):
            fail(f"{pid}: comparison 合计 {total} != {tuple(sums)}")
        if total and total[0] != 100:
            fail(f"{pid}: comparison weights total {total[0]}")
    if found != 1:
        fail(f"{pid}: expected one comparison table, found {found}")


NUM_UNIT = re.compile(r"([≥≤]?)[^\d]*?([\d,]+(?:\.\d+)?)(.*)$")


def check_indicator_tables(pid, text):
    checked = 0
    for header, rows in table_blocks(text, lambda l: l.startswith("三级指标｜年度指标值｜实际完成值｜完成率")):
        for r in rows:
            name, tgt, act, comp = r
            mt, ma = NUM_UNIT.match(tgt), NUM_UNIT.match(act)
            if not (mt and ma) or not comp.endswith("%"):
                continue
            unit_t, unit_a = mt.group(3).strip(), ma.group(3).strip()
            if unit_t != unit_a:
                continue  # qualitative or differently phrased row
            t, a = num(mt.group(2)), num(ma.group(2))
            sign = "≤" if ("≤" in tgt) else ("≥" if "≥" in tgt else "=")
            if sign == "≤":
                c = D(100) if a <= t else t / a * 100
            else:
                c = a / t * 100
            checked += 1
            if not close(comp, c):
                fail(f"{pid}: indicator {name}: completion {c:.4f}% stated {comp}")
    return checked


def check_funds_tables(pid, text):
    for header, rows in table_blocks(text, lambda l: "执行率" in l and "全年预算数" in l and "执行数" in l):
        cols = header
        ib = cols.index("全年预算数")
        ie = [k for k, c in enumerate(cols) if c.endswith("执行数")][0]
        ir = cols.index("执行率")
        numeric = [k for k in range(1, len(cols)) if k != ir]
        total, parts = None, []
        for r in rows:
            name = r[0].replace("其中：", "")
            b, e = num(r[ib]), num(r[ie])
            if b == 0:
                if r[ir] != "—":
                    fail(f"{pid}: funds row {name}: rate {r[ir]} on a zero budget")
            elif not close(r[ir], e / b * 100):
                fail(f"{pid}: funds row {name}: {e}/{b} != {r[ir]}")
            vals = [num(r[k]) for k in numeric]
            if name in ("合计", "年度资金总额"):
                total = vals
            else:
                parts.append(vals)
        if total is not None:
            s = [sum(p[k] for p in parts) for k in range(len(numeric))]
            if s != total:
                fail(f"{pid}: funds total {total} != sum {s}")


GRADE_RE = re.compile(r"得分(\d+(?:\.\d+)?)分[，,]?(?:[^，。\n]{0,4})等级为?“(优|良|中|差)”")


def check_grade_statements(pid, text):
    n = 0
    for m in GRADE_RE.finditer(text):
        n += 1
        if grade_of(D(m.group(1))) != m.group(2):
            fail(f"{pid}: '{m.group(0)}' – {m.group(1)} is {grade_of(D(m.group(1)))}")
    if n == 0:
        fail(f"{pid}: no score+grade statement found")
    return n


# ---------------------------------------------------------------- edits and labels
def changed_regions(a, b):
    """Per changed line: (line index, old fragment, new fragment)."""
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    out = []
    for i, (x, y) in enumerate(zip(la, lb)):
        if x == y:
            continue
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[len(x) - 1 - s] == y[len(y) - 1 - s]:
            s += 1
        out.append((i, x[p:len(x) - s], y[p:len(y) - s], p))
    return out


def line_offsets(text):
    offs, pos = [], 0
    for line in text.split("\n"):
        offs.append(pos)
        pos += len(line) + 1
    return offs


def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = {}
    for rec in labels:
        for key in ("case", "source", "clean", "expected"):
            if key not in rec:
                fail(f"{rec.get('case')}: missing key {key}")
        text = read(os.path.join(CASES, rec["case"]))
        clean_text = read(os.path.join(CASES, rec["source"] + "-clean.txt"))
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            if text != clean_text:
                fail(f"{rec['case']}: clean label on a modified file")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one finding")
        exp = rec["expected"][0]
        for key in ("code", "severity", "value", "explanation"):
            if key not in exp:
                fail(f"{rec['case']}: finding misses {key}")
        if exp["severity"] != "error":
            fail(f"{rec['case']}: severity {exp['severity']}")
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        v = exp["value"]
        if text.count(v) != 1:
            fail(f"{rec['case']}: value occurs {text.count(v)} times in the case")
        if v in clean_text:
            fail(f"{rec['case']}: value occurs in the clean draft")
        regions = changed_regions(clean_text, text)
        if regions is None:
            fail(f"{rec['case']}: line count differs from the clean draft")
            continue
        if not regions:
            fail(f"{rec['case']}: identical to the clean draft")
            continue
        for (_, old, new, _) in regions:
            if max(len(old), len(new)) > MAX_EDIT:
                fail(f"{rec['case']}: edit {old!r} -> {new!r} longer than {MAX_EDIT} characters")
        if len(regions) == 2:
            if exp["code"] not in SCORE_ROW_CODES or regions[1][0] - regions[0][0] != 1:
                fail(f"{rec['case']}: two edited lines only allowed for adjacent score rows")
        elif len(regions) > 2:
            fail(f"{rec['case']}: {len(regions)} edited lines")
        # the value must overlap an edited region
        offs = line_offsets(text)
        vs = text.find(v)
        ve = vs + len(v)
        hit = False
        for (li, _, new, p) in regions:
            s = offs[li] + p
            e = s + max(len(new), 1)
            if s < ve and vs < e:
                hit = True
        if not hit:
            fail(f"{rec['case']}: value does not cover the edited text")
    return labels, codes


def main():
    labels, codes = check_labels()
    projects = sorted({r["source"] for r in labels})
    for pid in projects:
        text = read(os.path.join(CASES, pid + "-clean.txt"))
        n = len(text)
        if not (2500 <= n <= 6000):
            fail(f"{pid}: clean draft has {n} characters")
        groups = check_score_tables(pid, text)
        check_comparison(pid, text, groups)
        if check_indicator_tables(pid, text) == 0 and pid not in NO_INDICATOR_TABLE:
            fail(f"{pid}: no indicator row checked")
        check_funds_tables(pid, text)
        check_grade_statements(pid, text)
        run_checks(pid, text)
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)} times (need >= 2)")
        used_in = {r["source"] for r in labels if not r["clean"] and r["expected"][0]["code"] == c}
        if len(used_in) < 2:
            fail(f"code {c} not spread across projects")
    if failures:
        for f in failures:
            print("FAIL", f)
        print(f"{len(failures)} problem(s)")
        return 1
    n_checks = sum(len(v) for v in CHECKS.values())
    print(f"{len(labels)} cases, {len(projects)} projects, {n_checks} explicit identities; codes: "
          + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
