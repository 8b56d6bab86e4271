#!/usr/bin/env python3
"""Check set n84: labels, edit sizes, and the arithmetic of every clean draft.

    python3 build.py && python3 verify.py      -> prints OK (exit 0) or the failures (exit 1)

Arithmetic uses Decimal; a stated value with d decimals matches a computed one when
|computed - stated| <= 0.5 * 10^-d (rules.md section 8).  Every literal figure used in a check
must occur in the clean draft, and every score-table row is tied to the text by a snippet.
"""
import json
import os
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

import build

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []


def fail(msg):
    FAIL.append(msg)


def num(s):
    return D(str(s).replace(",", "").replace("%", ""))


def decs(s):
    s = str(s).replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    return abs(D(computed) - num(stated)) <= D("0.5") * D(10) ** -decs(stated) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


BANDS = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等")), (D(0), ("差", "较差"))]


def band(total):
    for lo, names in BANDS:
        if total >= lo:
            return names
    return BANDS[-1][1]


def row_score(kind, t, a, w):
    """Expected score under rules.md section 5 (unrounded) and completion in %."""
    t, a, w = num(t), num(a), num(w)
    if kind == "gte" or (kind == "eq" and t > 0):
        comp = a / t * 100
        return min(w, w * a / t), comp
    if kind == "lte":
        if a <= t:
            return w, D(100)
        return w * t / a, t / a * 100
    if kind == "eq0":
        return (w if a <= 0 else D(0)), (D(100) if a <= 0 else D(0))
    raise ValueError(kind)


def check_arith(name, text, checks):
    def need(*strs):
        for s in strs:
            if str(s) not in text:
                fail("%s: figure %r not found in clean draft" % (name, s))

    for c in checks:
        op = c[0]
        if op == "in":
            need(*c[1:])
        elif op == "sum":
            _, total, parts = c
            need(total, *parts)
            if sum(num(p) for p in parts) != num(total):
                fail("%s: sum %s != %s" % (name, "+".join(parts), total))
        elif op == "diff":
            _, res, a, b = c
            need(res, a, b)
            if num(a) - num(b) != num(res):
                fail("%s: %s - %s != %s" % (name, a, b, res))
        elif op == "mul":
            _, res, a, b = c
            need(res, a, b)
            if num(a) * num(b) != num(res):
                fail("%s: %s x %s != %s" % (name, a, b, res))
        elif op == "ratio":          # rate in % = num / den * 100
            _, st, a, b = c
            need(st, a, b)
            if not close(st, num(a) / num(b) * 100):
                fail("%s: %s / %s = %s, stated %s" % (name, a, b, num(a) / num(b) * 100, st))
        elif op == "avg":            # total / count
            _, st, a, b = c
            need(st, a, b)
            if not close(st, num(a) / num(b)):
                fail("%s: %s / %s = %s, stated %s" % (name, a, b, num(a) / num(b), st))
        elif op == "mean":
            _, st, items = c
            need(st, *items)
            m = sum(num(i) for i in items) / len(items)
            if not close(st, m):
                fail("%s: mean %s, stated %s" % (name, m, st))
        elif op == "growth":         # (new - old) / old * 100
            _, st, new, old = c
            need(st, new, old)
            g = (num(new) - num(old)) / num(old) * 100
            if not close(st, g):
                fail("%s: growth (%s-%s)/%s = %s, stated %s" % (name, new, old, old, g, st))
        elif op == "decline":        # stated as a positive 下降 x%
            _, st, new, old = c
            need(st, new, old)
            g = (num(old) - num(new)) / num(old) * 100
            if not close(st, g):
                fail("%s: decline (%s-%s)/%s = %s, stated %s" % (name, old, new, old, g, st))
        elif op == "mulwan":         # count x 元 per unit = 万元 total
            _, res, cnt, yuan = c
            need(res, cnt, yuan)
            if num(cnt) * num(yuan) / 10000 != num(res):
                fail("%s: %s x %s元 != %s万元" % (name, cnt, yuan, res))
        elif op == "wavg":           # 40/30/30 weighted mechanisation rate from areas or rates
            _, st, parts = c
            need(st)
            v = sum(D(w) * x for w, x in parts)
            if not close(st, v):
                fail("%s: weighted %s, stated %s" % (name, v, st))
        elif op == "grade":
            _, total, label = c
            need(total, label)
            if label not in band(num(total)):
                fail("%s: grade %s for %s (band %s)" % (name, label, total, band(num(total))[0]))
        elif op == "table":
            _, spec = c
            ex = spec["exec"]          # (w, s, budget, spent, snippet)
            w0, s0, bud, sp, snip = ex
            need(snip, bud, sp)
            rate = num(sp) / num(bud)
            if not close(s0, num(w0) * min(rate, D(1))):
                fail("%s: execution score %s, expected %s" % (name, s0, num(w0) * rate))
            W, S = num(w0), num(s0)
            for row in spec["rows"]:
                kind, t, a, w, s, snip = row[:6]
                comp_st = row[6] if len(row) > 6 else None
                need(snip)
                exp, comp = row_score(kind, t, a, w)
                if num(s) > num(w) or num(s) < 0:
                    fail("%s: score %s outside 0..%s (%s)" % (name, s, w, snip))
                if not close(s, exp):
                    fail("%s: row %s score %s, rule gives %s" % (name, snip, s, exp))
                if comp_st is not None and not close(comp_st, comp):
                    fail("%s: row %s completion %s, computed %s" % (name, snip, comp_st, comp))
                W += num(w)
                S += num(s)
            if W != 100:
                fail("%s: weights sum to %s" % (name, W))
            tot, tot_snip = spec["total"]
            need(tot_snip)
            if tot not in tot_snip:
                fail("%s: total %s not in its snippet" % (name, tot))
            if S != num(tot):
                fail("%s: scores sum to %s, stated %s" % (name, S, tot))
            if not (num(tot) <= 100):
                fail("%s: total above 100" % name)
            for label, idx, wsum, ssum in spec.get("groups", []):
                rows = [spec["rows"][i] for i in idx]
                if sum(num(r[3]) for r in rows) != num(wsum) or sum(num(r[4]) for r in rows) != num(ssum):
                    fail("%s: group %s does not add to %s / %s" % (name, label, wsum, ssum))
                need(ssum)
        else:
            fail("%s: unknown check %r" % (name, op))


def A(area, base):
    return num(area) / num(base) * 100


# --------------------------------------------------------------------------------------------
CHECKS = {
    "suibin-njbutie-2018": [
        ("sum", "1,542.80", ["547.20", "460.80", "199.50", "72.24", "21.60", "241.46"]),
        ("sum", "842", ["152", "64", "210", "86", "12", "318"]),
        ("sum", "783", ["131", "58", "236", "71", "0", "287"]),
        ("mul", "547.20", "152", "3.60"), ("mul", "460.80", "64", "7.20"), ("mul", "199.50", "210", "0.95"),
        ("mul", "72.24", "86", "0.84"), ("mul", "21.60", "12", "1.80"),
        ("diff", "21", "152", "131"), ("growth", "16.03%", "152", "131"),
        ("diff", "6", "64", "58"), ("growth", "10.34%", "64", "58"),
        ("diff", "-26", "210", "236"), ("growth", "-11.02%", "210", "236"),
        ("diff", "15", "86", "71"), ("growth", "21.13%", "86", "71"),
        ("diff", "31", "318", "287"), ("growth", "10.80%", "318", "287"),
        ("sum", "1,500.00", ["980.00", "520.00"]), ("sum", "1,583.60", ["1,500.00", "83.60"]),
        ("sum", "1,063.60", ["980.00", "83.60"]), ("sum", "1,542.80", ["1,459.20", "83.60"]),
        ("ratio", "97.42%", "1,542.80", "1,583.60"), ("ratio", "97.28%", "1,459.20", "1,500.00"),
        ("ratio", "100%", "1,583.60", "1,583.60"),
        ("diff", "40.80", "1,583.60", "1,542.80"),
        ("ratio", "94.28%", "1,378.40", "1,462.00"), ("diff", "83.60", "1,462.00", "1,378.40"),
        ("diff", "121.60", "1,583.60", "1,462.00"), ("growth", "8.32%", "1,583.60", "1,462.00"),
        ("diff", "164.40", "1,542.80", "1,378.40"), ("growth", "11.93%", "1,542.80", "1,378.40"),
        ("diff", "3.14", "97.42", "94.28"),
        ("diff", "59", "842", "783"), ("growth", "7.54%", "842", "783"),
        ("diff", "34", "736", "702"), ("growth", "4.84%", "736", "702"),
        ("avg", "2.10", "1,542.80", "736"), ("avg", "1.96", "1,378.40", "702"), ("diff", "0.14", "2.10", "1.96"),
        ("ratio", "99.33%", "111.85", "112.60"), ("ratio", "97.16%", "109.40", "112.60"),
        ("ratio", "96.55%", "108.72", "112.60"),
        ("wavg", "97.85%", [("0.4", A("111.85", "112.60")), ("0.3", A("109.40", "112.60")), ("0.3", A("108.72", "112.60"))]),
        ("diff", "0.75", "97.85", "97.10"), ("diff", "0.57", "99.33", "98.76"), ("diff", "1.26", "96.55", "95.29"),
        ("ratio", "93.50%", "187", "200"),
        ("diff", "0.58", "98", "97.42"), ("diff", "0.45", "97", "96.55"), ("diff", "3", "15", "12"),
        ("sum", "48.94", ["10", "10", "4", "5", "10", "9.94"]), ("sum", "29.95", ["10", "9.95", "10"]),
        ("sum", "98.63", ["9.74", "48.94", "29.95", "10"]),
        ("diff", "11.13", "98.63", "87.50"),
        ("grade", "98.63", "优秀"), ("in", "98.63分，评价等级为“优秀”"),
        ("table", {
            "exec": ("10", "9.74", "1,583.60", "1,542.80", "1,542.80｜10｜97.42%｜9.74"),
            "rows": [
                ("gte", "800", "842", "10", "10", "≥800台（套）｜842台（套）｜10｜10"),
                ("gte", "700", "736", "10", "10", "≥700户｜736户｜10｜10"),
                ("gte", "15", "12", "5", "4", "≥15架｜12架｜5｜4"),
                ("gte", "100", "100", "5", "5", "补贴机具核验率｜100%｜100%｜5｜5"),
                ("lte", "20", "16", "10", "10", "≤20个工作日｜16个工作日｜10｜10"),
                ("gte", "98", "97.42", "10", "9.94", "≥98%｜97.42%｜10｜9.94"),
                ("gte", "97", "97.85", "10", "10", "≥97%｜97.85%｜10｜10"),
                ("gte", "97", "96.55", "10", "9.95", "≥97%｜96.55%｜10｜9.95"),
                ("eq0", "0", "0", "10", "10", "0起｜0起｜10｜10"),
                ("gte", "90", "93.50", "10", "10", "≥90%｜93.50%｜10｜10"),
            ],
            "total": ("98.63", "100｜98.63"),
            "groups": [("产出", [0, 1, 2, 3, 4, 5], "50", "48.94"), ("效益", [6, 7, 8], "30", "29.95")],
        }),
    ],
    "awati-njbutie-2019": [
        ("sum", "1,082.76", ["403.20", "432.00", "52.20", "64.80", "34.10", "96.46"]),
        ("sum", "435", ["96", "18", "145", "27", "62", "87"]),
        ("sum", "383", ["88", "12", "163", "9", "40", "71"]),
        ("mul", "403.20", "96", "4.20"), ("mul", "432.00", "18", "24.00"), ("mul", "52.20", "145", "0.36"),
        ("mul", "64.80", "27", "2.40"), ("mul", "34.10", "62", "0.55"),
        ("diff", "8", "96", "88"), ("diff", "6", "18", "12"), ("diff", "-18", "145", "163"),
        ("diff", "18", "27", "9"), ("diff", "22", "62", "40"), ("diff", "16", "87", "71"), ("diff", "52", "435", "383"),
        ("growth", "200.00%", "27", "9"), ("growth", "50.00%", "18", "12"), ("growth", "55.00%", "62", "40"),
        ("decline", "11.04%", "145", "163"), ("in", "下降11.04%"),
        ("sum", "1,120.00", ["760.00", "360.00"]), ("sum", "1,166.30", ["1,120.00", "46.30"]),
        ("sum", "806.30", ["760.00", "46.30"]), ("sum", "1,082.76", ["1,036.46", "46.30"]),
        ("ratio", "92.84", "1,082.76", "1,166.30"), ("ratio", "92.54", "1,036.46", "1,120.00"),
        ("ratio", "100", "1,166.30", "1,166.30"),
        ("diff", "83.54", "1,166.30", "1,082.76"), ("in", "年末结余83.54万元"),
        ("ratio", "94.78%", "841.20", "887.50"), ("diff", "46.30", "887.50", "841.20"),
        ("diff", "278.80", "1,166.30", "887.50"), ("growth", "31.41%", "1,166.30", "887.50"),
        ("diff", "241.56", "1,082.76", "841.20"), ("growth", "28.72%", "1,082.76", "841.20"),
        ("diff", "-1.94", "92.84", "94.78"),
        ("growth", "13.58%", "435", "383"), ("diff", "42", "318", "276"), ("growth", "15.22%", "318", "276"),
        ("avg", "3.40", "1,082.76", "318"), ("avg", "3.05", "841.20", "276"), ("diff", "0.35", "3.40", "3.05"),
        ("avg", "2.49", "1,082.76", "435"), ("in", "平均每台（套）补贴2.49万元"),
        ("diff", "2.74", "91.36", "88.62"),
        ("ratio", "71.18%", "68.9", "96.8"), ("growth", "36.67%", "410", "300"),
        ("ratio", "96.20%", "253", "263"), ("diff", "2.5", "85", "82.50"),
        ("sum", "49", ["10", "9.00", "10", "5", "5", "10"]), ("sum", "29.71", ["10", "10", "9.71"]),
        ("sum", "97.99", ["9.28", "49", "29.71", "10"]),
        ("grade", "97.99", "优秀"),
        ("table", {
            "exec": ("10", "9.28", "1,166.30", "1,082.76", "预算执行率｜10｜100%｜92.84%｜92.84%｜9.28"),
            "rows": [
                ("gte", "400", "435", "10", "10", "｜10｜≥400台（套）｜435台（套）｜108.75%｜10", "108.75%"),
                ("gte", "20", "18", "10", "9.00", "｜10｜≥20台｜18台｜90.00%｜9.00", "90.00%"),
                ("gte", "300", "318", "10", "10", "｜10｜≥300户｜318户｜106.00%｜10", "106.00%"),
                ("gte", "100", "100", "5", "5", "核验率｜5｜100%｜100%｜100.00%｜5", "100.00%"),
                ("lte", "15", "13", "5", "5", "｜5｜≤15个工作日｜13个工作日｜100.00%｜5", "100.00%"),
                ("lte", "24.00", "24.00", "10", "10", "｜10｜≤24.00万元｜24.00万元｜100.00%｜10", "100.00%"),
                ("gte", "300", "410", "10", "10", "｜10｜≥300元/亩｜410元/亩｜136.67%｜10", "136.67%"),
                ("gte", "90", "91.36", "10", "10", "｜10｜≥90%｜91.36%｜101.51%｜10", "101.51%"),
                ("gte", "85", "82.50", "10", "9.71", "｜10｜≥85%｜82.50%｜97.06%｜9.71", "97.06%"),
                ("gte", "90", "96.20", "10", "10", "｜10｜≥90%｜96.20%｜106.89%｜10", "106.89%"),
            ],
            "total": ("97.99", "合计｜｜100｜｜｜｜97.99"),
            "groups": [("产出", [0, 1, 2, 3, 4, 5], "50", "49"), ("效益", [6, 7, 8], "30", "29.71")],
        }),
    ],
    "minqin-njbutie-2021": [
        ("sum", "921.28", ["163.80", "234.00", "72.00", "35.20", "64.00", "352.28"]),
        ("sum", "782", ["78", "36", "240", "22", "80", "326"]),
        ("sum", "703", ["85", "29", "262", "8", "45", "274"]),
        ("mul", "163.80", "78", "2.10"), ("mul", "234.00", "36", "6.50"), ("mul", "72.00", "240", "0.30"),
        ("mul", "35.20", "22", "1.60"), ("mul", "64.00", "80", "0.80"), 
        ("mulwan", "64.00", "80", "8000"), ("mulwan", "40.00", "80", "5000"), ("in", "8000元", "5000元"),
        ("diff", "-7", "78", "85"), ("growth", "-8.24%", "78", "85"),
        ("diff", "7", "36", "29"), ("growth", "24.14%", "36", "29"),
        ("diff", "-22", "240", "262"), ("growth", "-8.40%", "240", "262"),
        ("diff", "14", "22", "8"), ("growth", "175.00%", "22", "8"),
        ("diff", "35", "80", "45"), ("growth", "77.78%", "80", "45"),
        ("diff", "52", "326", "274"), ("growth", "18.98%", "326", "274"),
        ("sum", "961.28", ["921.28", "40.00"]), ("diff", "20", "100", "80"),
        ("sum", "935.00", ["650.00", "285.00"]), ("sum", "997.86", ["935.00", "40.00", "22.86"]),
        ("sum", "672.86", ["650.00", "22.86"]), ("sum", "975.00", ["935.00", "40.00"]),
        ("sum", "961.28", ["938.42", "22.86"]), ("sum", "957.86", ["935.00", "22.86"]),
        ("ratio", "96.33%", "961.28", "997.86"), ("ratio", "96.25%", "938.42", "975.00"),
        ("ratio", "96.18%", "921.28", "957.86"), ("ratio", "100%", "997.86", "997.86"),
        ("diff", "36.58", "957.86", "921.28"), ("diff", "36.58", "997.86", "961.28"),
        ("ratio", "97.30%", "823.14", "846.00"), ("diff", "22.86", "846.00", "823.14"),
        ("diff", "151.86", "997.86", "846.00"), ("growth", "17.95%", "997.86", "846.00"),
        ("diff", "138.14", "961.28", "823.14"), ("growth", "16.78%", "961.28", "823.14"),
        ("diff", "-0.97", "96.33", "97.30"),
        ("diff", "79", "782", "703"), ("growth", "11.24%", "782", "703"),
        ("diff", "63", "611", "548"), ("growth", "11.50%", "611", "548"),
        ("sum", "611", ["538", "52", "21"]), ("in", "受益主体611个，其中农户538户、农民合作社52个、家庭农场21个"),
        ("ratio", "97.45%", "84.20", "86.40"), ("ratio", "82.58%", "71.35", "86.40"),
        ("ratio", "68.01%", "58.76", "86.40"),
        ("wavg", "84.16%", [("0.4", A("84.20", "86.40")), ("0.3", A("71.35", "86.40")), ("0.3", A("58.76", "86.40"))]),
        ("wavg", "81.96%", [("0.4", D("96.90")), ("0.3", D("80.12")), ("0.3", D("63.87"))]),
        ("diff", "2.20", "84.16", "81.96"),
        ("ratio", "95.00%", "228", "240"), ("diff", "1.60", "85", "83.40"),
        ("diff", "0.37", "10", "9.63"), ("diff", "0.19", "10", "9.81"),
        ("sum", "29.81", ["10", "10", "9.81"]), ("sum", "98.44", ["9.63", "49", "29.81", "10"]),
        ("grade", "98.44", "优"), ("in", "评价等级为“优”"),
        ("table", {
            "exec": ("10", "9.63", "997.86", "961.28", "\t961.28\n\t10\n\t96.33%\n\t9.63\n"),
            "rows": [
                ("gte", "720", "782", "10", "10", "\t≥720台（套）\n\t782台（套）\n\t10\n\t10\n"),
                ("gte", "560", "611", "10", "10", "\t≥560个\n\t611个\n\t10\n\t10\n"),
                ("gte", "100", "80", "5", "4", "\t≥100台\n\t80台\n\t5\n\t4\n"),
                ("gte", "98", "100", "5", "5", "\t≥98%\n\t100%\n\t5\n\t5\n"),
                ("lte", "20", "18", "10", "10", "\t≤20个工作日\n\t18个工作日\n\t10\n\t10\n"),
                ("gte", "95", "96.33", "10", "10", "\t≥95%\n\t96.33%\n\t10\n\t10\n"),
                ("gte", "80", "95", "10", "10", "\t≥80元/亩\n\t95元/亩\n\t10\n\t10\n"),
                ("gte", "84", "84.16", "10", "10", "\t≥84%\n\t84.16%\n\t10\n\t10\n"),
                ("gte", "85", "83.40", "10", "9.81", "\t≥85%\n\t83.40%\n\t10\n\t9.81\n"),
                ("gte", "90", "95.00", "10", "10", "\t≥90%\n\t95.00%\n\t10\n\t10\n"),
            ],
            "total": ("98.44", "\t总分\n\t\n\t\n\t\n\t\n\t100\n\t98.44\n"),
            "groups": [("产出", [0, 1, 2, 3, 4, 5], "50", "49"), ("效益", [6, 7, 8], "30", "29.81")],
        }),
    ],
    "hutubi-njbutie-2023": [
        ("sum", "1,612.68", ["454.30", "403.20", "324.00", "60.72", "72.00", "298.46"]),
        ("sum", "580", ["118", "42", "9", "132", "48", "231"]),
        ("sum", "530", ["104", "35", "7", "150", "30", "204"]),
        ("mul", "454.30", "118", "3.85"), ("mul", "403.20", "42", "9.60"), ("mul", "324.00", "9", "36.00"),
        ("mul", "60.72", "132", "0.46"), ("mul", "72.00", "48", "1.50"),
        ("diff", "14", "118", "104"), ("growth", "13.46%", "118", "104"),
        ("diff", "7", "42", "35"), ("growth", "20.00%", "42", "35"),
        ("diff", "2", "9", "7"), ("growth", "28.57%", "9", "7"),
        ("diff", "-18", "132", "150"), ("growth", "-12.00%", "132", "150"),
        ("diff", "18", "48", "30"), ("growth", "60.00%", "48", "30"),
        ("diff", "27", "231", "204"), ("growth", "13.24%", "231", "204"),
        ("mul", "29.70", "27", "1.10"), ("mul", "16.00", "8", "2.00"), ("sum", "45.70", ["29.70", "16.00"]),
        ("sum", "35", ["27", "8"]), ("diff", "11", "35", "24"), ("growth", "45.83%", "35", "24"),
        ("sum", "1,658.38", ["1,612.68", "45.70"]), ("sum", "1,384.68", ["1,353.78", "30.90"]),
        ("sum", "1,800.00", ["1,200.00", "600.00"]), ("sum", "1,863.72", ["1,800.00", "63.72"]),
        ("sum", "1,263.72", ["1,200.00", "63.72"]), ("sum", "1,658.38", ["1,594.66", "63.72"]),
        ("ratio", "88.98%", "1,658.38", "1,863.72"), ("ratio", "88.59%", "1,594.66", "1,800.00"),
        ("ratio", "100%", "1,863.72", "1,863.72"),
        ("diff", "205.34", "1,863.72", "1,658.38"), ("in", "年末结余205.34万元"),
        ("ratio", "95.60%", "1,384.68", "1,448.40"), ("diff", "63.72", "1,448.40", "1,384.68"),
        ("diff", "415.32", "1,863.72", "1,448.40"), ("growth", "28.67%", "1,863.72", "1,448.40"),
        ("diff", "273.70", "1,658.38", "1,384.68"), ("growth", "19.77%", "1,658.38", "1,384.68"),
        ("diff", "258.90", "1,612.68", "1,353.78"), ("growth", "19.12%", "1,612.68", "1,353.78"),
        ("diff", "14.80", "45.70", "30.90"), ("growth", "47.90%", "45.70", "30.90"),
        ("diff", "-6.62", "88.98", "95.60"),
        ("diff", "50", "580", "530"), ("growth", "9.43%", "580", "530"),
        ("diff", "35", "466", "431"), ("growth", "8.12%", "466", "431"),
        ("avg", "3.56", "1,658.38", "466"), ("avg", "3.21", "1,384.68", "431"), ("diff", "0.35", "3.56", "3.21"),
        ("diff", "70", "650", "580"),
        ("mean", "3016.67", ["3200", "2850", "3600", "2400", "3100", "2950"]),
        ("ratio", "99.61%", "96.12", "96.50"), ("ratio", "98.24%", "94.80", "96.50"),
        ("ratio", "83.01%", "80.10", "96.50"),
        ("wavg", "94.22%", [("0.4", A("96.12", "96.50")), ("0.3", A("94.80", "96.50")), ("0.3", A("80.10", "96.50"))]),
        ("diff", "1.78", "96", "94.22"), ("ratio", "72.40%", "1,086", "1500"),
        ("ratio", "91.60%", "229", "250"),
        ("sum", "45.37", ["8.92", "4.66", "3.89", "10", "8.82", "9.08"]), ("sum", "27.05", ["7.24", "9.81", "10"]),
        ("sum", "90.96", ["8.90", "45.37", "27.05", "9.64"]), ("diff", "4.16", "95.12", "90.96"),
        ("grade", "90.96", "优"), ("in", "评定为“优”"),
        ("table", {
            "exec": ("10", "8.90", "1,863.72", "1,658.38", "1,658.38｜10｜88.98%｜8.90"),
            "rows": [
                ("gte", "650", "580", "10", "8.92", "≥650台（套）｜580台（套）｜89.23%｜10｜8.92", "89.23%"),
                ("gte", "500", "466", "5", "4.66", "≥500户｜466户｜93.20%｜5｜4.66", "93.20%"),
                ("gte", "45", "35", "5", "3.89", "≥45台｜35台｜77.78%｜5｜3.89", "77.78%"),
                ("gte", "100", "100", "10", "10", "核验率｜100%｜100%｜100.00%｜10｜10", "100.00%"),
                ("lte", "15", "17", "10", "8.82", "≤15个工作日｜17个工作日｜88.24%｜10｜8.82", "88.24%"),
                ("gte", "98", "88.98", "10", "9.08", "≥98%｜88.98%｜90.80%｜10｜9.08", "90.80%"),
                ("gte", "1500", "1086", "10", "7.24", "≥1500万元｜1086万元｜72.40%｜10｜7.24", "72.40%"),
                ("gte", "96", "94.22", "10", "9.81", "≥96%｜94.22%｜98.15%｜10｜9.81", "98.15%"),
                ("eq0", "0", "0", "10", "10", "0起｜0起｜100.00%｜10｜10", "100.00%"),
                ("gte", "95", "91.60", "10", "9.64", "≥95%｜91.60%｜96.42%｜10｜9.64", "96.42%"),
            ],
            "total": ("90.96", "总分｜｜｜｜｜｜100｜90.96"),
            "groups": [("产出", [0, 1, 2, 3, 4, 5], "50", "45.37"), ("效益", [6, 7, 8], "30", "27.05")],
        }),
    ],
    "baoqing-njbutie-2024": [
        ("sum", "2,363.26", ["855.60", "487.20", "148.80", "189.00", "78.00", "604.66"]),
        ("sum", "885", ["186", "58", "24", "140", "65", "412"]),
        ("sum", "786", ["171", "52", "19", "112", "44", "388"]),
        ("mul", "855.60", "186", "4.60"), ("mul", "487.20", "58", "8.40"), ("mul", "148.80", "24", "6.20"),
        ("mul", "189.00", "140", "1.35"), ("mul", "78.00", "65", "1.20"),
        ("diff", "15", "186", "171"), ("growth", "8.77%", "186", "171"),
        ("diff", "6", "58", "52"), ("growth", "11.54%", "58", "52"),
        ("diff", "5", "24", "19"), ("growth", "26.32%", "24", "19"),
        ("diff", "28", "140", "112"), ("growth", "25.00%", "140", "112"),
        ("diff", "21", "65", "44"), ("growth", "47.73%", "65", "44"),
        ("diff", "24", "412", "388"), ("growth", "6.19%", "412", "388"),
        ("diff", "99", "885", "786"), ("growth", "12.60%", "885", "786"),
        ("mul", "140.80", "88", "1.60"), ("mul", "80.60", "26", "3.10"), ("sum", "221.40", ["140.80", "80.60"]),
        ("sum", "114", ["88", "26"]), ("diff", "62", "114", "52"), ("growth", "119.23%", "114", "52"),
        ("mul", "360.00", "24.00", "15"), ("mul", "390.00", "26.00", "15"),
        ("sum", "2,944.66", ["2,363.26", "221.40", "360.00"]),
        ("sum", "2,612.24", ["2,144.24", "78.00", "390.00"]),
        ("sum", "2,600.00", ["2,100.00", "500.00"]), ("sum", "3,078.26", ["2,600.00", "360.00", "118.26"]),
        ("sum", "2,218.26", ["2,100.00", "118.26"]), ("sum", "2,960.00", ["2,600.00", "360.00"]),
        ("sum", "2,944.66", ["2,826.40", "118.26"]), ("sum", "2,718.26", ["2,600.00", "118.26"]),
        ("diff", "2,584.66", "2,944.66", "360.00"),
        ("ratio", "95.66%", "2,944.66", "3,078.26"), ("ratio", "95.49%", "2,826.40", "2,960.00"),
        ("ratio", "95.09%", "2,584.66", "2,718.26"), ("ratio", "100%", "3,078.26", "3,078.26"),
        ("diff", "133.60", "3,078.26", "2,944.66"), ("diff", "133.60", "2,718.26", "2,584.66"),
        ("ratio", "95.67%", "2,612.24", "2,730.50"), ("diff", "118.26", "2,730.50", "2,612.24"),
        ("diff", "347.76", "3,078.26", "2,730.50"), ("growth", "12.74%", "3,078.26", "2,730.50"),
        ("diff", "332.42", "2,944.66", "2,612.24"), ("growth", "12.73%", "2,944.66", "2,612.24"),
        ("diff", "219.02", "2,363.26", "2,144.24"), ("growth", "10.21%", "2,363.26", "2,144.24"),
        ("diff", "143.40", "221.40", "78.00"), ("growth", "183.85%", "221.40", "78.00"),
        ("diff", "-30.00", "360.00", "390.00"), ("growth", "-7.69%", "360.00", "390.00"),
        ("diff", "-0.01", "95.66", "95.67"),
        ("diff", "52", "742", "690"), ("growth", "7.54%", "742", "690"),
        ("diff", "-2.00", "24.00", "26.00"), ("growth", "-7.69%", "24.00", "26.00"),
        ("avg", "3.97", "2,944.66", "742"), ("avg", "3.79", "2,612.24", "690"), ("diff", "0.18", "3.97", "3.79"),
        ("diff", "10", "150", "140"),
        ("ratio", "100%", "236.80", "236.80"), ("ratio", "99.28%", "235.10", "236.80"),
        ("ratio", "96.03%", "227.40", "236.80"),
        ("wavg", "98.59%", [("0.4", A("236.80", "236.80")), ("0.3", A("235.10", "236.80")), ("0.3", A("227.40", "236.80"))]),
        ("diff", "3.60", "60", "56.40"),
        ("sum", "98.64", ["9.57", "59.67", "29.40"]),
        ("grade", "98.64", "优"), ("in", "评价等级为“优”"),
        ("table", {
            "exec": ("10", "9.57", "3,078.26", "2,944.66", "2,944.66｜10｜95.66%｜9.57"),
            "rows": [
                ("gte", "850", "885", "10", "10", "｜≥｜850｜台（套）｜885｜10｜10｜"),
                ("gte", "700", "742", "5", "5", "｜≥｜700｜户｜742｜5｜5｜"),
                ("gte", "150", "140", "5", "4.67", "｜≥｜150｜台｜140｜5｜4.67｜"),
                ("gte", "100", "114", "10", "10", "｜≥｜100｜台｜114｜10｜10｜"),
                ("gte", "24", "24.00", "10", "10", "｜≥｜24｜万亩｜24.00｜10｜10｜"),
                ("gte", "95", "97.30", "10", "10", "｜≥｜95｜%｜97.30｜10｜10｜"),
                ("lte", "15", "12", "5", "5", "｜≤｜15｜个工作日｜12｜5｜5｜"),
                ("eq", "15", "15", "5", "5", "｜=｜15｜元/亩｜15｜5｜5｜"),
                ("gte", "8", "9.6", "10", "10", "｜≥｜8｜%｜9.6｜10｜10｜"),
                ("gte", "98", "98.59", "10", "10", "｜≥｜98｜%｜98.59｜10｜10｜"),
                ("gte", "60", "56.40", "10", "9.40", "｜≥｜60｜万亩｜56.40｜10｜9.40｜"),
            ],
            "total": ("98.64", "总分｜｜｜｜｜｜｜100｜98.64｜"),
            "groups": [("产出", [0, 1, 2, 3, 4, 5, 6, 7], "60", "59.67"), ("效益", [8, 9, 10], "30", "29.40")],
        }),
        ("in", "产出指标小计｜｜｜｜｜｜｜60｜59.67｜", "效益指标小计｜｜｜｜｜｜｜30｜29.40｜"),
    ],
}


def changed_region(old, new):
    """Strip common prefix/suffix; return (prefix_len, old_mid, new_mid)."""
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return p, old[p:len(old) - s], new[p:len(new) - s]


def main():
    read = build.read
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    by_case = {l["case"]: l for l in labels}
    codes = Counter()
    code_projects = {}
    texts = {}
    for proj in build.PROJECTS:
        texts[proj] = read(os.path.join(CASES, proj + "-clean.txt"))
        n = len(texts[proj])
        if not 2500 <= n <= 6000:
            fail("%s: clean draft has %d characters" % (proj, n))
        if by_case.get(proj + "-clean.txt", {}).get("expected") != []:
            fail("%s: clean label missing or not empty" % proj)

    # --- edits and labels ---
    for proj, n, code, subs, value, expl in build.EDITS:
        clean = texts[proj]
        name = "%s-e%d.txt" % (proj, n)
        case = read(os.path.join(CASES, name))
        if case != build.apply(clean, subs):
            fail("%s: case differs from clean + listed edits" % name)
        lines = []
        for old, new in subs:
            if clean.count(old) != 1:
                fail("%s: anchor %r not unique" % (name, old))
            p, om, nm = changed_region(old, new)
            if max(len(om), len(nm)) > 16 or "\n" in om or "\n" in nm:
                fail("%s: edit too large or crosses a line: %r -> %r" % (name, om, nm))
            pos = clean.index(old) + p
            lines.append(clean.count("\n", 0, pos))
        if len(subs) > 2:
            fail("%s: more than two substitutions" % name)
        if len(subs) == 2:
            if code not in ("score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"):
                fail("%s: two-row edit for a non score-row code" % name)
            if abs(lines[0] - lines[1]) != 1:
                fail("%s: the two edited rows are not adjacent" % name)
        lab = by_case.get(name)
        if not lab or lab["clean"] or len(lab["expected"]) != 1:
            fail("%s: label missing or malformed" % name)
            continue
        exp = lab["expected"][0]
        if exp["code"] != code or exp["severity"] != "error":
            fail("%s: label code/severity mismatch" % name)
        v = exp["value"]
        if case.count(v) != 1:
            fail("%s: value occurs %d times in case: %r" % (name, case.count(v), v))
        if v in clean:
            fail("%s: value occurs in the clean draft: %r" % (name, v))
        changed = any((nm and nm in v) for old, new in subs for (_, _, nm) in [changed_region(old, new)])
        if not changed:
            fail("%s: value does not contain the changed text" % name)
        codes[code] += 1
        code_projects.setdefault(code, set()).add(proj)

    # --- coverage of the section-A codes ---
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes[c] < 2 or len(code_projects.get(c, ())) < 2:
            fail("code %s used %d times in %d projects" % (c, codes[c], len(code_projects.get(c, ()))))
    if len(labels) != len(build.PROJECTS) + len(build.EDITS):
        fail("labels.jsonl has %d lines" % len(labels))

    # --- arithmetic of the clean drafts ---
    for proj in build.PROJECTS:
        check_arith(proj, texts[proj], CHECKS[proj])

    if FAIL:
        print("\n".join(FAIL))
        print("FAILED (%d)" % len(FAIL))
        sys.exit(1)
    print("codes:", dict(sorted(codes.items())))
    print("OK: %d projects, %d cases, %d labelled errors" % (len(build.PROJECTS), len(labels), len(build.EDITS)))


if __name__ == "__main__":
    main()
