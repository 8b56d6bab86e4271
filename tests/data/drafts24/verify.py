#!/usr/bin/env python3
"""Check the set: labels against the case texts, edit sizes, code coverage, and the
arithmetic of every clean draft (rates, balances, sums, per-unit products, averages,
weights to 100, scores to total, score rules, completion rates, grade band).

Every arithmetic check names a snippet that must occur in the clean draft and the figures
it uses must be written inside that snippet, so the check is about the text, not about a
copy of the numbers. Pure Python 3. Prints OK at the end or exits 1.
"""
import difflib
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

import build

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERRORS = []
NCHECKS = [0]


def fail(msg):
    ERRORS.append(msg)


def D(s):
    return Decimal(str(s).replace(" ", "").replace("%", "").replace(",", ""))


def decimals(s):
    s = str(s).replace(" ", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- arithmetic
def need(text, pid, snippet, *figures):
    NCHECKS[0] += 1
    if text.count(snippet) < 1:
        fail(f"{pid}: snippet not in clean draft: {snippet!r}")
        return False
    for f in figures:
        if str(f) not in snippet:
            fail(f"{pid}: figure {f!r} not inside its snippet {snippet!r}")
            return False
    return True


def check_project(pid, text, spec):
    for chk in spec["checks"]:
        kind, snip = chk[0], chk[1]
        if kind == "rate":  # num / den * 100 = stated %
            _, _, num, den, stated = chk
            if need(text, pid, snip, num, den, stated) and not close(D(num) / D(den) * 100, stated):
                fail(f"{pid}: rate {num}/{den} = {D(num) / D(den) * 100:.4f}, stated {stated}")
        elif kind == "rate_only":  # like rate, but num/den come from elsewhere (listed in 'also')
            _, _, num, den, stated, also = chk
            if need(text, pid, snip, stated) and all(need(text, pid, a, ) for a in also):
                if not close(D(num) / D(den) * 100, stated):
                    fail(f"{pid}: rate {num}/{den}, stated {stated}")
        elif kind == "sum":  # total = sum(parts)
            _, _, total, parts = chk
            if need(text, pid, snip, total, *parts) and sum(D(p) for p in parts) != D(total):
                fail(f"{pid}: sum {' + '.join(parts)} = {sum(D(p) for p in parts)}, stated {total}")
        elif kind == "diff":  # a - b = res
            _, _, a, b, res = chk
            if need(text, pid, snip, a, b, res) and D(a) - D(b) != D(res):
                fail(f"{pid}: {a} - {b} = {D(a) - D(b)}, stated {res}")
        elif kind == "mul":  # a * b * factor = res (within res decimals)
            _, _, a, b, res, factor = chk
            if need(text, pid, snip, a, b, res) and not close(D(a) * D(b) * Decimal(factor), res):
                fail(f"{pid}: {a} x {b} x {factor} = {D(a) * D(b) * Decimal(factor)}, stated {res}")
        elif kind == "div":  # a / b * factor = res
            _, _, a, b, res, factor = chk
            if need(text, pid, snip, a, b, res) and not close(D(a) / D(b) * Decimal(factor), res):
                fail(f"{pid}: {a} / {b} x {factor} = {D(a) / D(b) * Decimal(factor)}, stated {res}")
        elif kind == "mean":
            _, _, items, res = chk
            if need(text, pid, snip, res, *items):
                m = sum(D(i) for i in items) / len(items)
                if not close(m, res):
                    fail(f"{pid}: mean of {items} = {m}, stated {res}")
        elif kind == "pct_change":  # (new - old) / old * 100 = pct
            _, _, old, new, pct = chk
            if need(text, pid, snip, old, new, pct) and not close((D(new) - D(old)) / D(old) * 100, pct):
                fail(f"{pid}: change {old}->{new} = {(D(new) - D(old)) / D(old) * 100:.4f}%, stated {pct}")
        elif kind == "in":
            need(text, pid, snip)
        else:
            fail(f"{pid}: unknown check {kind}")
    tbl = spec["table"]
    wsum = ssum = Decimal(0)
    for row in tbl["rows"]:
        snip, w, s, rule = row[0], row[1], row[2], row[3]
        target, actual, compl = (list(row[4:]) + [None, None, None])[:3]
        figs = [w, s] + [x for x in ((compl,) if rule == "exec" else (target, actual, compl)) if x is not None]
        if not need(text, pid, snip, *figs):
            continue
        W, S = D(w), D(s)
        wsum += W
        ssum += S
        if S > W or S < 0:
            fail(f"{pid}: score {s} outside [0, {w}] in {snip!r}")
        if rule == "exec":  # target is the budget, actual the spending (numbers), compl the stated rate
            rate = D(actual) / D(target)
            exp = W * min(rate, Decimal(1))
            alt = W * min(D(compl) / 100, Decimal(1)) if compl else exp
            if not (close(exp, s) or close(alt, s)):
                fail(f"{pid}: execution score {s}, expected {r2(exp)} in {snip!r}")
            if compl and not close(rate * 100, compl):
                fail(f"{pid}: execution rate {compl}, expected {rate * 100:.4f}")
            continue
        if rule in ("gte", "eq"):
            t, a = D(re.sub(r"[^\d.]", "", target)), D(re.sub(r"[^\d.]", "", actual))
            c = a / t
            exp = W * min(c, Decimal(1))
            ccomp = c * 100
        elif rule == "lte":
            t, a = D(re.sub(r"[^\d.]", "", target)), D(re.sub(r"[^\d.]", "", actual))
            c = Decimal(1) if a <= t else t / a
            exp = W * c
            ccomp = c * 100
        elif rule == "eq0":
            a = D(re.sub(r"[^\d.]", "", actual))
            exp = W if a == 0 else Decimal(0)
            ccomp = Decimal(100) if a == 0 else Decimal(0)
        elif rule == "qual_partial":  # band [60%, 80%)
            if not (W * Decimal("0.6") <= S < W * Decimal("0.8")):
                fail(f"{pid}: qualitative partly-achieved score {s} outside [60%, 80%) of {w}")
            continue
        else:
            fail(f"{pid}: unknown rule {rule}")
            continue
        if not close(exp, s):
            fail(f"{pid}: row score {s}, expected {r2(exp)} ({rule}) in {snip!r}")
        if compl is not None and not close(ccomp, compl):
            fail(f"{pid}: completion {compl}, expected {ccomp:.4f} in {snip!r}")
    if wsum != 100:
        fail(f"{pid}: weights sum to {wsum}")
    tot_snip, total = tbl["total"]
    if need(text, pid, tot_snip, total) and ssum != D(total):
        fail(f"{pid}: row scores sum to {ssum}, stated total {total}")
    for snip, val in tbl.get("total_mentions", []):  # the total restated in the text
        if need(text, pid, snip, val) and D(val) != D(total):
            fail(f"{pid}: total restated as {val}, table says {total}")
    for snip, parts, val in tbl.get("level_scores", []):  # level score in text = Σ its rows
        if need(text, pid, snip, val) and sum(D(p) for p in parts) != D(val):
            fail(f"{pid}: level score {val} ≠ {' + '.join(parts)}")
    for snip, parts, val in tbl.get("level_weights", []):
        if need(text, pid, snip, val) and sum(D(p) for p in parts) != D(val):
            fail(f"{pid}: level weight {val} ≠ {' + '.join(parts)}")
    gsnip, grade = tbl["grade"]
    if need(text, pid, gsnip, grade):
        t = D(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        if not grade.startswith(band):
            fail(f"{pid}: grade {grade} for total {total}, band {band}")
    for snip, val in tbl.get("other_grades", []):  # per-item grades (department summary)
        if need(text, pid, snip, val[0], val[1]):
            t = D(val[0])
            band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
            if not val[1].startswith(band):
                fail(f"{pid}: item grade {val[1]} for {val[0]}")


SPECS = {}

# ---------------------------------------------------------------- A shouyang-millet-2019
SPECS["shouyang-millet-2019"] = {
    "checks": [
        # funds table rows: 总额 = 小计 + 结转 + 其他; 小计 = 中央 + 省 + 市 + 县
        ("sum", "(1) 380.00 360.00 0 300.00 0 60.00 20.00 0", "360.00", ["0", "300.00", "0", "60.00"]),
        ("sum", "(1) 380.00 360.00 0 300.00 0 60.00 20.00 0", "380.00", ["360.00", "20.00", "0"]),
        ("sum", "(2) 436.50 416.50 0 300.00 40.00 76.50 20.00 0", "416.50", ["300.00", "40.00", "76.50"]),
        ("sum", "(2) 436.50 416.50 0 300.00 40.00 76.50 20.00 0", "436.50", ["416.50", "20.00"]),
        ("sum", "(3) 430.00 410.00 0 300.00 40.00 70.00 20.00 0", "410.00", ["300.00", "40.00", "70.00"]),
        ("sum", "(3) 430.00 410.00 0 300.00 40.00 70.00 20.00 0", "430.00", ["410.00", "20.00"]),
        ("sum", "(4) 419.88 399.88 0 291.36 40.00 68.52 20.00 0", "399.88", ["291.36", "40.00", "68.52"]),
        ("sum", "(4) 419.88 399.88 0 291.36 40.00 68.52 20.00 0", "419.88", ["399.88", "20.00"]),
        ("sum", "资金结余 (5)=(3)-(4) 10.12 10.12 0 8.64 0.00 1.48 0.00 0", "10.12", ["8.64", "0.00", "1.48", "0.00"]),
        # (5)=(3)-(4), (6)=(3)/(2), (7)=(4)/(2) column by column (figures of rows (2)-(4) checked above)
        ("rate_only", "(6)=(3)/(2) 98.51 98.44 — 100.00 100.00 91.50 100.00 —", "430.00", "436.50", "98.51", []),
        ("rate_only", "(6)=(3)/(2) 98.51 98.44 — 100.00 100.00 91.50 100.00 —", "410.00", "416.50", "98.44", []),
        ("rate_only", "(6)=(3)/(2) 98.51 98.44 — 100.00 100.00 91.50 100.00 —", "70.00", "76.50", "91.50", []),
        ("rate_only", "(7)=(4)/(2) 96.19 96.01 — 97.12 100.00 89.57 100.00 —", "419.88", "436.50", "96.19", []),
        ("rate_only", "(7)=(4)/(2) 96.19 96.01 — 97.12 100.00 89.57 100.00 —", "399.88", "416.50", "96.01", []),
        ("rate_only", "(7)=(4)/(2) 96.19 96.01 — 97.12 100.00 89.57 100.00 —", "291.36", "300.00", "97.12", []),
        ("rate_only", "(7)=(4)/(2) 96.19 96.01 — 97.12 100.00 89.57 100.00 —", "68.52", "76.50", "89.57", []),
        ("rate_only", "(7)=(4)/(2) 96.19 96.01 — 97.12 100.00 89.57 100.00 —", "40.00", "40.00", "100.00", []),
        # text
        ("sum", "年初预算380.00万元，其中省级资金300.00万元、县级\n配套60.00万元、上年结转资金20.00万元", "380.00", ["300.00", "60.00", "20.00"]),
        ("in", "追加市\n级资金40.00万元；9月县财政追加县级配套16.50万元，调整后全年预算436.50"),
        ("in", "截至年末实际到位430.00万元，县级追加资金中6.50万元未到位，资金到\n位率98.51%"),
        ("sum", "419.88万元（4 198 800.00\n元），其中：谷种、有机肥、渗水地膜等物化补助200.07万元，渗水地膜穴播等\n旱作节水技术推广补助114.00万元，深松整地作业补助43.00万元，技术培训及\n田间观摩18.36万元，土壤墒情监测与产品质量检测24.45万元，使用上年结转资\n金建设田间集雨补灌设施20.00万元",
         "419.88", ["200.07", "114.00", "43.00", "18.36", "24.45", "20.00"]),
        ("mul", "419.88万元（4 198 800.00", "419.88", "419.88", "4 198 800.00", Decimal(10000) / Decimal("419.88")),
        ("mul", "物化补助按每亩195元标准兑付，示范基地\n10 260亩共计2 000 700.00元", "195", "10 260", "2 000 700.00", 1),
        ("in", "节水技术推广2.85万亩，每亩补助40元"),
        ("in", "深松整\n地8 600亩，每亩补助50元"),
        ("mul", "举办培训36期，每期60人，共2 160人次", "36", "60", "2 160", 1),
        ("in", "人均培训\n费用85元"),
        ("in", "资金结余10.12万元，其中省级资金8.64万元为招标节余，县级资\n金1.48万元"),
        ("in", "县级预算执行率\n89.57%"),
        ("in", "全年建成示范基地10 260亩，完成目标的102.60%"),
        ("in", "2.85万亩，较目标少0.15万亩"),
        ("in", "比对照田（271公斤）高出47公斤"),
        ("in", "较2018年的289公斤增长\n10.03%"),
        ("in", "每公斤2.90元\n测算，亩均增收136.30元"),
        ("in", "由2018年的25.0公斤降\n至23.55公斤，减少5.80%"),
        ("div", "收回有效问卷484份，其中“满意”和“基本满\n意”453份，受益农户满意度93.60%", "453", "484", "93.60", 100),
        ("in", "本项目自评总得分98.64分，评价等级为“优秀”"),
    ],
}
EXTRA = {}
# numeric facts whose figures sit in different sentences (checked on the values, presence checked above)
EXTRA.update({
    "shouyang-millet-2019": [
        ("fact", Decimal("2000700") / 10000, "200.07"),
        ("fact", Decimal("2.85") * 40, "114.00"),
        ("fact", Decimal(8600) * 50 / 10000, "43.00"),
        ("fact", Decimal(2160) * 85 / 10000, "18.36"),
        ("fact", Decimal(318) - 271, "47"),
        ("fact", (Decimal(318) - 289) / 289 * 100, "10.03"),
        ("fact", Decimal(47) * Decimal("2.90"), "136.30"),
        ("fact", (Decimal("25.0") - Decimal("23.55")) / Decimal("25.0") * 100, "5.80"),
        ("fact", Decimal("430.00") / Decimal("436.50") * 100, "98.51"),
        ("fact", Decimal("436.50") - Decimal("430.00"), "6.50"),
        ("fact", Decimal("380.00") + 40 + Decimal("16.50"), "436.50"),
        ("fact", Decimal("300.00") - Decimal("291.36"), "8.64"),
        ("fact", Decimal("70.00") - Decimal("68.52"), "1.48"),
        ("fact", Decimal("10") * Decimal("0.9619"), "9.62"),
        ("fact", Decimal(10) + Decimal("9.50") + 10 + 10 + 10, "49.50"),
        ("fact", Decimal(10) + Decimal("9.52") + 5 + 5, "29.52"),
        ("fact", Decimal("3.0") - Decimal("2.85"), "0.15"),
    ],
})
SPECS["shouyang-millet-2019"]["table"] = {
    "rows": [
        ("预算执行率 10 100% 96.19% 96.19% 9.62", "10", "9.62", "exec", "436.50", "419.88", "96.19"),
        ("谷子示范基地建设面积 10 ≥10000亩 10 260亩 102.60% 10", "10", "10", "gte", "≥10000亩", "10 260亩", "102.60%"),
        ("旱作节水技术推广面积 10 ≥3.0万亩 2.85万亩 95.00% 9.50", "10", "9.50", "gte", "≥3.0万亩", "2.85万亩", "95.00%"),
        ("平均亩 10 ≥300公斤 318公斤 106.00% 10", "10", "10", "gte", "≥300公斤", "318公斤", "106.00%"),
        ("项目完成时限 10 2019年11月 2019年11月 100% 10", "10", "10", "eq", "1", "1", "100%"),
        ("每亩物化补助标准 10 ≤200元 195元 100% 10", "10", "10", "lte", "≤200元", "195元", "100%"),
        ("示范区亩均增收 10 ≥120元 136.30元 113.58% 10", "10", "10", "gte", "≥120元", "136.30元", "113.58%"),
        ("带动农户数 10 ≥1500户 1 428户 95.20% 9.52", "10", "9.52", "gte", "≥1500户", "1 428户", "95.20%"),
        ("化肥使用量减少比例 5 ≥5% 5.80% 116.00% 5", "5", "5", "gte", "≥5%", "5.80%", "116.00%"),
        ("示范技术持续应用年 5 ≥3年 3年 100% 5", "5", "5", "gte", "≥3年", "3年", "100%"),
        ("受益农户满意度 10 ≥90% 93.60% 104.00% 10", "10", "10", "gte", "≥90%", "93.60%", "104.00%"),
    ],
    "total": ("合计 100 98.64", "98.64"),
    "total_mentions": [("自评总得分98.64分", "98.64")],
    "level_scores": [("产出指标得分49.50分", ["10", "9.50", "10", "10", "10"], "49.50"),
                     ("效益指标得分29.52分", ["10", "9.52", "5", "5"], "29.52"),
                     ("预算执行率得分\n9.62分", ["9.62"], "9.62")],
    "grade": ("评价等级为“优秀”", "优秀"),
}

# ---------------------------------------------------------------- B luonan-minerestore-2021
SPECS["luonan-minerestore-2021"] = {
    "checks": [
        ("sum", "治理面积310.0亩，其中石门镇废弃石料厂\n126.4亩、景村镇废弃金矿渣堆98.6亩、保安镇废弃采石场85.0亩", "310.0", ["126.4", "98.6", "85.0"]),
        ("sum", "石门镇治理工程318.60万元、景村镇治理工程265.20万\n元、保安镇治理工程214.70万元，工程费合计798.50万元", "798.50", ["318.60", "265.20", "214.70"]),
        ("in", "工程费合计798.50万元；勘查设计费42.30\n万元，工程监理费21.60万元，监测及验收费18.40万元，预留费15.20万元"),
        ("in", "全年预算896.00万元"),
        ("in", "年初预算716.00万元"),
        ("in", "全年执行823.12万元，预算执行率91.87%"),
        ("in", "执行620.00万元，执行率100%"),
        ("in", "省级资金执行111.12万元，执行率61.73%，结\n余68.88万元"),
        ("in", "县级资金执行92.00万元，执行率95.83%"),
        ("in", "12.60万元（其中无人机航测43 800元、土壤及水质检测52 200元、\n竣工验收技术评审30 000元）"),
        ("sum", "未执行资金72.88万元全部结转至2022年，其中石门、景村两处\n治理区工程质保金17.52万元，保安镇治理区工程尾款32.20万元，监理及监测\n验收尾款7.96万元，预留费15.20万元", "72.88", ["17.52", "32.20", "7.96", "15.20"]),
        ("in", "合同价合计\n798.50万元"),
        ("in", "治理面积310.0亩，完成目标的103.33%"),
        ("in", "成活2.09万株，植被成活率88.56%"),
        ("in", "栽植侧柏、油松2.36万株"),
        ("in", "按期完工率\n66.67%"),
        ("in", "新增林草覆盖面积296.5亩，完成目标的105.89%"),
        ("in", "2021年治理面积较2020年的186.5亩增加\n123.5亩，增长66.22%"),
        ("div", "收回146份，满意139份，满意度\n95.21%", "139", "146", "95.21", 100),
        ("in", "本项目自评得分95.86分，等级为“优”"),
        ("in", "年度资金总额 716.00 896.00 823.12 10 91.87% 9.19"),
        ("in", "其中：当年财政拨款 716.00 896.00 823.12 — 91.87% —"),
        ("in", "上年结转资金 0.00 0.00 0.00 — — —"),
    ],
}
EXTRA["luonan-minerestore-2021"] = [
    ("fact", Decimal("620.00") + Decimal("180.00") + Decimal("96.00"), "896.00"),
    ("fact", Decimal("620.00") + Decimal("96.00"), "716.00"),
    ("fact", Decimal("798.50") + Decimal("42.30") + Decimal("21.60") + Decimal("18.40") + Decimal("15.20"), "896.00"),
    ("fact", Decimal("823.12") / Decimal("896.00") * 100, "91.87"),
    ("fact", Decimal("111.12") / Decimal("180.00") * 100, "61.73"),
    ("fact", Decimal("92.00") / Decimal("96.00") * 100, "95.83"),
    ("fact", Decimal("180.00") - Decimal("111.12"), "68.88"),
    ("fact", Decimal("620.00") + Decimal("111.12") + Decimal("92.00"), "823.12"),
    ("fact", Decimal("309.04") + Decimal("257.24") + Decimal("182.50") + Decimal("42.30") + Decimal("19.44") + Decimal("12.60"), "823.12"),
    ("fact", (Decimal(43800) + 52200 + 30000) / 10000, "12.60"),
    ("fact", Decimal("896.00") - Decimal("823.12"), "72.88"),
    ("fact", (Decimal("318.60") - Decimal("309.04")) + (Decimal("265.20") - Decimal("257.24")), "17.52"),
    ("fact", Decimal("214.70") - Decimal("182.50"), "32.20"),
    ("fact", (Decimal("21.60") - Decimal("19.44")) + (Decimal("18.40") - Decimal("12.60")), "7.96"),
    ("fact", Decimal("798.50") / Decimal("310.0"), "2.58"),
    ("fact", Decimal("310.0") / 300 * 100, "103.33"),
    ("fact", Decimal("2.09") / Decimal("2.36") * 100, "88.56"),
    ("fact", Decimal(2) / 3 * 100, "66.67"),
    ("fact", Decimal("296.5") / 280 * 100, "105.89"),
    ("fact", Decimal("310.0") - Decimal("186.5"), "123.5"),
    ("fact", Decimal("123.5") / Decimal("186.5") * 100, "66.22"),
    ("fact", Decimal("9.19") + Decimal("46.67") + 30 + 10, "95.86"),
    ("fact", Decimal(10) + 10 + 10 + Decimal("6.67") + 10, "46.67"),
]
SPECS["luonan-minerestore-2021"]["table"] = {
    "rows": [
        ("年度资金总额 716.00 896.00 823.12 10 91.87% 9.19", "10", "9.19", "exec", "896.00", "823.12", "91.87%"),
        ("治理废弃矿山数量 =3个 3个 10 10", "10", "10", "eq", "=3个", "3个"),
        ("治理面积 ≥300亩 310.0亩 10 10", "10", "10", "gte", "≥300亩", "310.0亩"),
        ("植被成活率 ≥85% 88.56% 10 10", "10", "10", "gte", "≥85%", "88.56%"),
        ("按期完工率 100% 66.67% 10 6.67", "10", "6.67", "gte", "100%", "66.67%"),
        ("亩均治理成本 ≤3.0万元 2.58万元 10 10", "10", "10", "lte", "≤3.0万元", "2.58万元"),
        ("新增林草覆盖面积 ≥280亩 296.5亩 10 10", "10", "10", "gte", "≥280亩", "296.5亩"),
        ("消除地质灾害隐患 ≥3处 3处 10 10", "10", "10", "gte", "≥3处", "3处"),
        ("治理区管护期 ≥3年 3年 10 10", "10", "10", "gte", "≥3年", "3年"),
        ("周边群众满意度 ≥90% 95.21% 10 10", "10", "10", "gte", "≥90%", "95.21%"),
    ],
    "total": ("总分 100 95.86", "95.86"),
    "total_mentions": [("自评得分95.86分", "95.86")],
    "level_scores": [("产出指标得分46.67分", ["10", "10", "10", "6.67", "10"], "46.67"),
                     ("效益指标得分30分", ["10", "10", "10"], "30"),
                     ("预算执行率得分\n9.19分", ["9.19"], "9.19")],
    "grade": ("等级为“优”", "优"),
}

# ---------------------------------------------------------------- C jinzhai-watersource-2023
SPECS["jinzhai-watersource-2023"] = {
    "checks": [
        ("sum", "年初预算168.00万元，其中省级生态环境保护专项资金120.00万\n元（2022年12月提前下达），县级财政资金48.00万元", "168.00", ["120.00", "48.00"]),
        ("in", "追加县级资金15.60万元（金财预〔2023〕58号），全年预算\n183.60万元"),
        ("in", "省级资金120.00万元、县级资金63.60万元均已到位，资金到位\n率100%"),
        ("in", "全年支出171.42万元，预算执行率93.37%，结余12.18万元"),
        ("rate", "水源保护区规范化建设 96.00 92.16 3.84 96.00%", "92.16", "96.00", "96.00%"),
        ("diff", "水源保护区规范化建设 96.00 92.16 3.84 96.00%", "96.00", "92.16", "3.84"),
        ("rate", "水质例行监测 48.00 45.60 2.40 95.00%", "45.60", "48.00", "95.00%"),
        ("diff", "水质例行监测 48.00 45.60 2.40 95.00%", "48.00", "45.60", "2.40"),
        ("rate", "水源地巡查及环境整治 24.00 22.06 1.94 91.92%", "22.06", "24.00", "91.92%"),
        ("diff", "水源地巡查及环境整治 24.00 22.06 1.94 91.92%", "24.00", "22.06", "1.94"),
        ("rate", "应急监测能力保障 15.60 11.60 4.00 74.36%", "11.60", "15.60", "74.36%"),
        ("diff", "应急监测能力保障 15.60 11.60 4.00 74.36%", "15.60", "11.60", "4.00"),
        ("rate", "合计 183.60 171.42 12.18 93.37%", "171.42", "183.60", "93.37%"),
        ("diff", "合计 183.60 171.42 12.18 93.37%", "183.60", "171.42", "12.18"),
        ("in", "应急监测能力保障执行率74.36%"),
        ("in", "界标114块、警示牌38块共计228 000元，隔离防护网6.2公里\n682 000元，视频监控点位维护11 600元"),
        ("in", "县级水源地24批次按\n每批次8 500元结算，乡镇级水源地76批次按每批次3 000元结算，县级水源地全分\n析2批次按每批次12 000元结算，合计456 000元"),
        ("sum", "全年完成水质监测102批次，其中县级水源地24批次、乡镇级水\n源地76批次、全分析2批次", "102", ["24", "76", "2"]),
        ("sum", "新设和更换界标114块、警示牌38块，合计152块", "152", ["114", "38"]),
        ("in", "19\n处乡镇级水源地平均每处6块界标"),
        ("div", "102批次监测报告中按时报送97批次，按时报送率95.10%", "97", "102", "95.10%", 100),
        ("mean", "1.8mg/L、2.1mg/L、2.4mg/L、1.9mg/L，年均值2.05mg/L", ["1.8", "2.1", "2.4", "1.9"], "2.05"),
        ("div", "76批次中74批次达标，达标率97.37%", "74", "76", "97.37%", 100),
        ("div", "8个水\n源地环境问题已整改5个，整改完成率62.50%", "5", "8", "62.50%", 100),
        ("div", "发放问卷500份，满意473份，满意度94.60%", "473", "500", "94.60%", 100),
        ("in", "自评得分95.10分，评价等级为“优秀”"),
        ("in", "上年结转资金 0.00 0.00 0.00 — — —"),
    ],
}
EXTRA["jinzhai-watersource-2023"] = [
    ("fact", Decimal("96.00") + Decimal("48.00") + Decimal("24.00") + Decimal("15.60"), "183.60"),
    ("fact", Decimal("92.16") + Decimal("45.60") + Decimal("22.06") + Decimal("11.60"), "171.42"),
    ("fact", Decimal("3.84") + Decimal("2.40") + Decimal("1.94") + Decimal("4.00"), "12.18"),
    ("fact", Decimal("168.00") + Decimal("15.60"), "183.60"),
    ("fact", Decimal("48.00") + Decimal("15.60"), "63.60"),
    ("fact", Decimal("120.00") + Decimal("63.60"), "183.60"),
    ("fact", (Decimal(228000) + 682000 + 11600) / 10000, "92.16"),
    ("fact", (Decimal(24) * 8500 + 76 * 3000 + 2 * 12000), "456000"),
    ("fact", Decimal(456000) / 10000, "45.60"),
    ("fact", Decimal(682000) / Decimal("6.2") / 10000, "11.00"),
    ("fact", Decimal(114) / 19, "6"),
    ("fact", Decimal(102) - 97, "5"),
    ("fact", Decimal(76) - 74, "2"),
    ("fact", Decimal(8) - 5, "3"),
    ("fact", Decimal("171.42") / Decimal("183.60") * 10, "9.34"),
]
SPECS["jinzhai-watersource-2023"]["table"] = {
    "rows": [
        ("年度资金总额 168.00 183.60 171.42 10 93.37% 9.34", "10", "9.34", "exec", "183.60", "171.42", "93.37%"),
        ("水质监测批次 ≥100批次 102批次 10 10", "10", "10", "gte", "≥100批次", "102批次"),
        ("设置界标、警示牌 ≥150块 152块 10 10", "10", "10", "gte", "≥150块", "152块"),
        ("县级水源地水质达标 100% 100% 10 10", "10", "10", "gte", "100%", "100%"),
        ("监测报告按时报送率 100% 95.10% 10 9.51", "10", "9.51", "gte", "100%", "95.10%"),
        ("隔离防护网单位造价 ≤12万元/公 11.00万元/公 10 10", "10", "10", "lte", "≤12", "11.00"),
        ("乡镇级水源地水质达 ≥95% 97.37% 10 10", "10", "10", "gte", "≥95%", "97.37%"),
        ("保障饮水人口 ≥25万人 26.8万人 10 10", "10", "10", "gte", "≥25万人", "26.8万人"),
        ("水源地环境问题整改 100% 62.50% 10 6.25", "10", "6.25", "gte", "100%", "62.50%"),
        ("受益群众满意度 ≥90% 94.60% 10 10", "10", "10", "gte", "≥90%", "94.60%"),
    ],
    "total": ("合计 100 95.10", "95.10"),
    "total_mentions": [("自评得分95.10分", "95.10")],
    "grade": ("评价等级为“优秀”", "优秀"),
}

# ---------------------------------------------------------------- D xingguo-veterans-2022
SPECS["xingguo-veterans-2022"] = {
    "checks": [
        ("sum", "年初预算3 137.80万元，其中基本支出398.50万元、项\n目支出2 739.30万元", "3 137.80", ["398.50", "2 739.30"]),
        ("sum", "预算调整为3 268.65万元，其中基本支出412.36\n万元、项目支出2 856.29万元", "3 268.65", ["412.36", "2 856.29"]),
        ("sum", "3 268.65万元，其中基本支出412.36\n万元、项目支出2 856.29万元。按资金来源分，中央转移支付1 562.40万元，省\n级补助286.70万元，县级财政安排1 419.55万元", "3 268.65", ["1 562.40", "286.70", "1 419.55"]),
        ("in", "全年支出3 211.79万元，部门预算执行率98.26%"),
        ("sum", "3 211.79万元，部门预算执行率98.26%。其中基本支\n出409.87万元，执行率99.40%，包括人员经费356.20万元、公用经费53.67万元；\n项目支出2 801.92万元", "3 211.79", ["409.87", "2 801.92"]),
        ("sum", "409.87万元，执行率99.40%，包括人员经费356.20万元、公用经费53.67万元", "409.87", ["356.20", "53.67"]),
        ("sum", "年末结余56.86万元，其中基本支出2.49万元、项目支出54.37\n万元", "56.86", ["2.49", "54.37"]),
        ("in", "烈士纪念设施维修尾款18.43万元已结转至2023年"),
        ("in", "定期抚恤补助年初安排1 920.00万元，其中中央优抚对象补助\n经费1 326.00万元"),
        ("in", "县级配套594.00万元"),
        ("in", "追加省级定期抚恤提标资金58.19万元"),
        ("rate", "重点优抚对象定期抚恤 1 920.00 1 978.19 1 978.19 100.00% 98.50 优", "1 978.19", "1 978.19", "100.00%"),
        ("rate", "优抚对象医疗保障 300.00 312.00 298.56 95.69% 94.20 优", "298.56", "312.00", "95.69%"),
        ("rate", "烈士纪念设施维护管理 200.00 246.80 228.37 92.53% 91.60 优", "228.37", "246.80", "92.53%"),
        ("rate", "退役军人就业创业培训 180.00 180.00 168.00 93.33% 88.40 良", "168.00", "180.00", "93.33%"),
        ("rate", "退役军人服务站运行保 139.30 139.30 128.80 92.46% 92.80 优", "128.80", "139.30", "92.46%"),
        ("rate", "合计 2 739.30 2 856.29 2 801.92 98.10% — —", "2 801.92", "2 856.29", "98.10%"),
        ("in", "5个项目平均自评得分93.10分"),
        ("in", "98.50 优"), ("in", "94.20 优"), ("in", "91.60 优"), ("in", "88.40 良"), ("in", "92.80 优"),
        ("sum", "全年为1 784名重点优抚对象按月发放定期抚恤\n补助，其中烈士遗属186人、因公牺牲军人遗属23人、病故军人遗属41人、在乡\n复员军人64人、带病回乡退伍军人118人、参战参试退役人员1 352人", "1 784",
         ["186", "23", "41", "64", "118", "1 352"]),
        ("pct_change", "年抚\n恤标准由24 750元提高到26 250元，提高6.06%", "24 750", "26 250", "6.06%"),
        ("in", "全年发放19 781 900元"),
        ("sum", "3处县级设施\n和29处零散烈士纪念设施修缮，合计32处", "32", ["3", "29"]),
        ("div", "全县156处烈士纪念设施中完好151处，\n完好率96.79%", "151", "156", "96.79%", 100),
        ("in", "培训420人，人均培训费4 000元；培训后实现就业320人，就\n"),
        ("in", "业率76.19%"),
        ("mul", "乡镇服务站25个，每站运转经费3.20万元，计\n80.00万元", "25", "3.20", "80.00", 1),
        ("mul", "村级服务站按每站1 600元标准补助，共305个计48.80万元", "1 600", "305", "48.80", Decimal("0.0001")),
        ("div", "发放满意度问卷500份，满意481份，满意度96.20%", "481", "500", "96.20%", 100),
        ("in", "部门整体支出自评得分99.35分，评价等级为“优”"),
        ("in", "信息化建设资金10.50万元"),
        ("in", "其中：基本支出 398.50 412.36 409.87 — 99.40% —"),
        ("in", "项目支出 2 739.30 2 856.29 2 801.92 — 98.10% —"),
    ],
}
EXTRA["xingguo-veterans-2022"] = [
    ("fact", Decimal("1920.00") + 300 + 200 + 180 + Decimal("139.30"), "2739.30"),
    ("fact", Decimal("1978.19") + 312 + Decimal("246.80") + 180 + Decimal("139.30"), "2856.29"),
    ("fact", Decimal("1978.19") + Decimal("298.56") + Decimal("228.37") + 168 + Decimal("128.80"), "2801.92"),
    ("fact", Decimal("398.50") + Decimal("2739.30"), "3137.80"),
    ("fact", Decimal("3211.79") / Decimal("3268.65") * 100, "98.26"),
    ("fact", Decimal("409.87") / Decimal("412.36") * 100, "99.40"),
    ("fact", Decimal("2801.92") / Decimal("2856.29") * 100, "98.10"),
    ("fact", Decimal("412.36") - Decimal("409.87"), "2.49"),
    ("fact", Decimal("2856.29") - Decimal("2801.92"), "54.37"),
    ("fact", Decimal("3268.65") - Decimal("3211.79"), "56.86"),
    ("fact", Decimal("246.80") - Decimal("228.37"), "18.43"),
    ("fact", Decimal("139.30") - Decimal("128.80"), "10.50"),
    ("fact", Decimal("1326.00") + Decimal("594.00"), "1920.00"),
    ("fact", Decimal("1920.00") + Decimal("58.19"), "1978.19"),
    ("fact", (Decimal("98.50") + Decimal("94.20") + Decimal("91.60") + Decimal("88.40") + Decimal("92.80")) / 5, "93.10"),
    ("fact", (Decimal(186) * 26250 + 23 * 22700 + 41 * 21940 + 64 * 25340 + 118 * 12480 + 1352 * 7680), "19781900"),
    ("fact", Decimal(19781900) / 10000, "1978.19"),
    ("fact", Decimal(420) * 4000 / 10000, "168.00"),
    ("fact", Decimal(320) / 420 * 100, "76.19"),
    ("fact", Decimal("80.00") + Decimal("48.80"), "128.80"),
    ("fact", Decimal("3211.79") / Decimal("3268.65") * 10, "9.83"),
]
SPECS["xingguo-veterans-2022"]["table"] = {
    "rows": [
        ("年度资金总额 3 137.80 3 268.65 3 211.79 10 98.26% 9.83", "10", "9.83", "exec", "3 268.65", "3 211.79", "98.26%"),
        ("定期抚恤补助发放人数 ≥1 750人 1 784人 10 10", "10", "10", "gte", "≥1 750人", "1 784人"),
        ("修缮烈士纪念设施 ≥30处 32处 10 10", "10", "10", "gte", "≥30处", "32处"),
        ("退役军人技能培训人数 ≥400人 420人 10 10", "10", "10", "gte", "≥400人", "420人"),
        ("抚恤补助发放准确率 100% 100% 10 10", "10", "10", "gte", "100%", "100%"),
        ("抚恤金按月发放及时 100% 100% 10 10", "10", "10", "gte", "100%", "100%"),
        ("培训后就业率 ≥80% 76.19% 10 9.52", "10", "9.52", "gte", "≥80%", "76.19%"),
        ("烈士纪念设施完好率 ≥95% 96.79% 10 10", "10", "10", "gte", "≥95%", "96.79%"),
        ("服务站“五有”达标率 ≥90% 100% 10 10", "10", "10", "gte", "≥90%", "100%"),
        ("优抚对象满意度 ≥90% 96.20% 10 10", "10", "10", "gte", "≥90%", "96.20%"),
    ],
    "total": ("总分 100 99.35", "99.35"),
    "total_mentions": [("自评得分99.35分", "99.35")],
    "grade": ("评价等级为“优”", "优"),
    "other_grades": [("1 978.19 100.00% 98.50 优", ("98.50", "优")), ("298.56 95.69% 94.20 优", ("94.20", "优")),
                     ("228.37 92.53% 91.60 优", ("91.60", "优")), ("168.00 93.33% 88.40 良", ("88.40", "良")),
                     ("128.80 92.46% 92.80 优", ("92.80", "优"))],
}

# ---------------------------------------------------------------- E linyou-foresttending-2018
SPECS["linyou-foresttending-2018"] = {
    "checks": [
        ("in", "于2017年12月提前下达200.00万元"),
        ("in", "陕财办农〔2018〕72号文件下达100.00万元，全\n年预算300.00万元"),
        ("sum", "补助标准为每亩100元，其中抚育作业\n补助90元、作业设计3元、检查验收2元、项目管理5元", "100", ["90", "3", "2", "5"]),
        ("sum", "完成中幼龄林抚育3.0万亩，其中国有林1.8万亩、集体林\n1.2万亩", "3.0", ["1.8", "1.2"]),
        ("in", "较2017年抚育任务2.5万亩增加0.5万亩，增长20.00%"),
        ("in", "项目支出282.94万元，预算执行率\n94.31%"),
        ("sum", "282.94万元，预算执行率\n94.31%。其中：抚育作业补助256.50万元，作业设计费9.00万元，检查验收\n费4.80万元，项目管理费12.64万元", "282.94", ["256.50", "9.00", "4.80", "12.64"]),
        ("in", "抚育作业补助按每亩85.5元（标准的\n95%）先行兑付，国有林场抚育1.8万亩，兑付1 539 000元；集体林抚育1.2\n万亩，兑付1 026 000元"),
        ("sum", "年末结余17.06万元，其中剩余5%抚育作业补助13.50万元\n待2019年4月复查验收后兑付，检查验收费1.20万元、项目管理费2.36万元", "17.06", ["13.50", "1.20", "2.36"]),
        ("sum", "酒房林场 0.65 0.65 100%\n两亭林场 0.60 0.60 100%\n招贤林场 0.55 0.55 100%\n国有林小计 1.80 1.80 100%", "1.80", ["0.65", "0.60", "0.55"]),
        ("sum", "两亭镇 0.30 0.30 100%\n招贤镇 0.25 0.25 100%\n常丰镇 0.20 0.20 100%\n丈八镇 0.15 0.15 100%\n酒房镇 0.18 0.18 100%\n九成宫镇 0.12 0.12 100%\n集体林小计 1.20 1.20 100%",
         "1.20", ["0.30", "0.25", "0.20", "0.15", "0.18", "0.12"]),
        ("sum", "国有林小计 1.80 1.80 100%\n两亭镇 0.30 0.30 100%\n招贤镇 0.25 0.25 100%\n常丰镇 0.20 0.20 100%\n丈八镇 0.15 0.15 100%\n酒房镇 0.18 0.18 100%\n九成宫镇 0.12 0.12 100%\n集体林小计 1.20 1.20 100%\n合计 3.00 3.00 100%",
         "3.00", ["1.80", "1.20"]),
        ("in", "按面积推算合格面积2.736万亩，验收合格率91.20%"),
        ("mul", "参与抚育作业的林农500人，人均务工收入2 572元，共计128.60\n万元", "500", "2 572", "128.60", Decimal("0.0001")),
        ("div", "发放问卷300份，满意252份，满意度\n84.00%", "252", "300", "84.00%", 100),
        ("in", "本项目自评得分89.73分，评价等级为“良好”"),
        ("in", "200.00 300.00 282.94 94.31%"),
    ],
}
EXTRA["linyou-foresttending-2018"] = [
    ("fact", Decimal("200.00") + Decimal("100.00"), "300.00"),
    ("fact", Decimal("282.94") / 300 * 100, "94.31"),
    ("fact", Decimal("3.0") - Decimal("2.5"), "0.5"),
    ("fact", Decimal("0.5") / Decimal("2.5") * 100, "20.00"),
    ("fact", Decimal(90) * Decimal("0.95"), "85.5"),
    ("fact", Decimal(18000) * Decimal("85.5"), "1539000"),
    ("fact", Decimal(12000) * Decimal("85.5"), "1026000"),
    ("fact", (Decimal(1539000) + 1026000) / 10000, "256.50"),
    ("fact", Decimal(30000) * 90 / 10000 - Decimal("256.50"), "13.50"),
    ("fact", Decimal(30000) * 2 / 10000 - Decimal("4.80"), "1.20"),
    ("fact", Decimal(30000) * 5 / 10000 - Decimal("12.64"), "2.36"),
    ("fact", Decimal(30000) * 3 / 10000, "9.00"),
    ("fact", Decimal("300.00") - Decimal("282.94"), "17.06"),
    ("fact", Decimal("2.736") / Decimal("3.0") * 100, "91.20"),
]
SPECS["linyou-foresttending-2018"]["table"] = {
    "rows": [
        ("预算执行率 100% 94.31% 94.31% 10 9.43", "10", "9.43", "exec", "300.00", "282.94", "94.31%"),
        ("森林抚育面积 ≥3.0万亩 3.0万亩 100.00% 15 15", "15", "15", "gte", "≥3.0万亩", "3.0万亩", "100.00%"),
        ("抚育作业验收合格 ≥95% 91.20% 96.00% 15 14.40", "15", "14.40", "gte", "≥95%", "91.20%", "96.00%"),
        ("作业完成时限 2018年11月 部分达成 — 10 6.00", "10", "6.00", "qual_partial"),
        ("亩均补助标准 =100元 100元 100.00% 10 10", "10", "10", "eq", "=100元", "100元", "100.00%"),
        ("抚育后林分郁闭度 ≥0.6 0.65 108.33% 10 10", "10", "10", "gte", "≥0.6", "0.65", "108.33%"),
        ("林农务工收入 ≥150万元 128.60万元 85.73% 10 8.57", "10", "8.57", "gte", "≥150万元", "128.60万元", "85.73%"),
        ("≥300人 210人 70.00% 10 7.00", "10", "7.00", "gte", "≥300人", "210人", "70.00%"),
        ("林农满意度 ≥90% 84.00% 93.33% 10 9.33", "10", "9.33", "gte", "≥90%", "84.00%", "93.33%"),
    ],
    "total": ("合计 100 89.73", "89.73"),
    "total_mentions": [("自评得分89.73分", "89.73")],
    "grade": ("评价等级为“良好”", "良好"),
}

# ---------------------------------------------------------------- F wanzai-flashflood-2025
SPECS["wanzai-flashflood-2025"] = {
    "checks": [
        ("in", "全县已建成自动雨量站86个、自动水位站24个、图\n像视频监测站12个"),
        ("in", "对122个自动监测站点"),
        ("sum", "年初预算188.00万元，其中省级补助资金60.00万元（2024\n年12月提前下达），县级财政资金128.00万元", "188.00", ["60.00", "128.00"]),
        ("diff", "年初预算188.00万元，其中省级补助资金60.00万元（2024\n年12月提前下达），县级财政资金128.00万元。2025年8月，按照县财政预算压减\n要求（万财预〔2025〕41号），调减县级资金8.00万元，全年预算180.00万元", "188.00", "8.00", "180.00"),
        ("in", "全年预算资金180.00万元全部到位，到位率100%"),
        ("in", "全年执行171.36万元，预算执行率95.20%"),
        ("in", "其中省级资金执行\n60.00万元，执行率100%"),
        ("in", "结余8.64万元已按规定收回县财政"),
        ("mul", "自动雨量站运维 86个 4 800 412 800", "86", "4 800", "412 800", 1),
        ("mul", "自动水位站运维 24个 6 500 156 000", "24", "6 500", "156 000", 1),
        ("mul", "图像视频站运维 12个 9 200 110 400", "12", "9 200", "110 400", 1),
        ("mul", "无线预警广播维护 310套 1 600 496 000", "310", "1 600", "496 000", 1),
        ("mul", "简易雨量报警器维护 420台 180 75 600", "420", "180", "75 600", 1),
        ("mul", "站点通信费 122个 1 200 146 400", "122", "1 200", "146 400", 1),
        ("in", "合计 1 713 600"),
        ("mean", "考核得分分别为92分、\n88分、94分、91分，平均91.25分", ["92", "88", "94", "91"], "91.25"),
        ("in", "全年站点数据平均到报率97.6%，\n较2024年的96.8%提高0.8个百分点"),
        ("in", "量站、水位站、视频站运维费合计679 200元，单站年均运维成本5 567元"),
        ("in", "成功送达12 460条，发送成功率99.20%"),
        ("in", "全县群测群防责任人1 200人，培训1 020人，培训覆盖率85.00%"),
        ("div", "发放问卷650份，满意620份，满意度95.38%", "620", "650", "95.38%", 100),
        ("in", "本项目自评得分98.96分，评价等级为优秀"),
    ],
}
EXTRA["wanzai-flashflood-2025"] = [
    ("fact", Decimal(86) + 24 + 12, "122"),
    ("fact", Decimal(412800) + 156000 + 110400 + 496000 + 75600 + 146400 + 218400 + 98000, "1713600"),
    ("fact", Decimal(1713600) / 10000, "171.36"),
    ("fact", Decimal("171.36") / 180 * 100, "95.20"),
    ("fact", Decimal("180.00") - Decimal("171.36"), "8.64"),
    ("fact", Decimal("128.00") - Decimal("8.00") + Decimal("60.00"), "180.00"),
    ("fact", Decimal(412800) + 156000 + 110400, "679200"),
    ("fact", Decimal(679200) / 122, "5567"),
    ("fact", Decimal(12460) / 12560 * 100, "99.20"),
    ("fact", Decimal(1020) / 1200 * 100, "85.00"),
    ("fact", Decimal("97.6") - Decimal("96.8"), "0.8"),
]
SPECS["wanzai-flashflood-2025"]["table"] = {
    "rows": [
        ("年度资金总额 188.00 180.00 171.36 10 95.20% 9.52", "10", "9.52", "exec", "180.00", "171.36", "95.20%"),
        ("监测站点运维数量 ≥ 122 个 122 10 10", "10", "10", "gte", "122", "122"),
        ("预警设施巡检覆盖率 ≥ 100 % 100 10 10", "10", "10", "gte", "100", "100"),
        ("站点数据平均到报率 ≥ 95 % 97.6 10 10", "10", "10", "gte", "95", "97.6"),
        ("故障站点修复时限 ≤ 48 小时 36 10 10", "10", "10", "lte", "48", "36"),
        ("单站年均运维成本 ≤ 6000 元 5567 10 10", "10", "10", "lte", "6000", "5567"),
        ("预警信息发送成功率 ≥ 98 % 99.20 10 10", "10", "10", "gte", "98", "99.20"),
        ("山洪灾害人员伤亡 = 0 人 0 10 10", "10", "10", "eq0", "0", "0"),
        ("群测群防责任人培训 ≥ 90 % 85.00 10 9.44", "10", "9.44", "gte", "90", "85.00"),
        ("危险区群众满意度 ≥ 90 % 95.38 10 10", "10", "10", "gte", "90", "95.38"),
    ],
    "total": ("总分 100 98.96", "98.96"),
    "total_mentions": [("自评得分98.96分", "98.96")],
    "level_weights": [("产出指标（50分）\n数量指标 监测站点运维数量 ≥ 122 个 122 10 10\n预警设施巡检覆盖率 ≥ 100 % 100 10 10\n质量指标 站点数据平均到报率 ≥ 95 % 97.6 10 10\n时效指标 故障站点修复时限 ≤ 48 小时 36 10 10\n成本指标 单站年均运维成本 ≤ 6000 元 5567 10 10\n效益指标（30分）",
                       ["10", "10", "10", "10", "10"], "50"),
                      ("效益指标（30分）\n社会效益 预警信息发送成功率 ≥ 98 % 99.20 10 10\n山洪灾害人员伤亡 = 0 人 0 10 10\n可持续影响 群测群防责任人培训 ≥ 90 % 85.00 10 9.44\n覆盖率\n满意度指标（10分）",
                       ["10", "10", "10"], "30")],
    "grade": ("评价等级为优秀", "优秀"),
}


def check_extra(pid, text):
    for _, computed, stated in EXTRA.get(pid, []):
        NCHECKS[0] += 1
        if not close(computed, stated):
            fail(f"{pid}: fact {computed} vs stated {stated}")
        # the stated figure must be written somewhere in the draft (with or without thousand groups)
        flat = text.replace(" ", "")
        if stated not in flat and stated.rstrip("0").rstrip(".") not in flat:
            fail(f"{pid}: fact figure {stated} not in the draft")


# --------------------------------------------------------------------------- edits, labels
SCORE_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def trim(old, new):
    i = 0
    while i < min(len(old), len(new)) and old[i] == new[i]:
        i += 1
    j = 0
    while j < min(len(old), len(new)) - i and old[-1 - j] == new[-1 - j]:
        j += 1
    return old[i:len(old) - j], new[i:len(new) - j]


def check_edits_and_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    cleans = {}
    for pid in build.PROJECTS:
        cleans[pid] = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        fail("labels.jsonl and cases/ disagree")
    by_case = {f"{p}-{s}.txt": (c, e) for p, s, c, e, _, _ in build.EDITS}
    used = defaultdict(set)
    count = defaultdict(int)
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = cleans[rec["source"]]
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean record malformed")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            v = exp["value"]
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times in the case: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            used[exp["code"]].add(rec["source"])
            count[exp["code"]] += 1
        code, edits = by_case[rec["case"]]
        # declared edits: each ≤ 16 characters changed, inside one line
        lines = []
        for old, new in edits:
            o, n = trim(old, new)
            if max(len(o), len(n)) > 16 or "\n" in o or "\n" in n:
                fail(f"{rec['case']}: edit too large or spans lines: {o!r} -> {n!r}")
            lines.append(clean[:clean.index(old)].count("\n") + old[:old.find(o[:1]) if o else 0].count("\n"))
        if len(edits) > 1:
            if code not in SCORE_CODES or len(edits) != 2 or abs(lines[0] - lines[1]) > 2:
                fail(f"{rec['case']}: two edits allowed only on adjacent score rows")
        # independent diff: the case differs from the clean draft in len(edits) small one-line blocks
        sm = difflib.SequenceMatcher(None, clean, text, autojunk=False)
        blocks = [op for op in sm.get_opcodes() if op[0] != "equal"]
        if not blocks:
            fail(f"{rec['case']}: no difference from the clean draft")
            continue
        lo = min(b[1] for b in blocks)
        hi = max(b[2] for b in blocks)
        lo2 = min(b[3] for b in blocks)
        hi2 = max(b[4] for b in blocks)
        if len(edits) == 1 and ("\n" in clean[lo:hi] or "\n" in text[lo2:hi2] or max(hi - lo, hi2 - lo2) > 16):
            fail(f"{rec['case']}: diff region {clean[lo:hi]!r} -> {text[lo2:hi2]!r} too large")
        if len(edits) == 2 and clean[lo:hi].count("\n") > 2:
            fail(f"{rec['case']}: two-row diff spans more than adjacent rows")
    target = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"}
    for code in sorted(target):
        if count[code] < 2 or len(used[code]) < 2:
            fail(f"code {code}: used {count[code]} times in {len(used[code])} projects")
    extra = set(count) - target
    if extra:
        fail(f"codes outside the target list: {extra}")
    return count


def main():
    for pid in build.PROJECTS:
        text = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if not 2500 <= n <= 6000:
            fail(f"{pid}: clean draft has {n} characters")
        check_project(pid, text, SPECS[pid])
        check_extra(pid, text)
    count = check_edits_and_labels()
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        sys.exit(1)
    print(f"{NCHECKS[0]} arithmetic/presence checks on {len(build.PROJECTS)} clean drafts; "
          f"{sum(count.values())} error cases; codes: " + ", ".join(f"{c}={n}" for c, n in sorted(count.items())))
    print("OK")


if __name__ == "__main__":
    main()
