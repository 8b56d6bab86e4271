#!/usr/bin/env python3
"""Verify drafts278: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits non-zero on the first group of failures.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


NUM = re.compile(r"\d+(?:\.\d+)?")


def num(s):
    m = NUM.search(s)
    return None if m is None else Decimal(m.group())


def decimals(s):
    m = NUM.search(s)
    g = m.group()
    return len(g.split(".")[1]) if "." in g else 0


def consistent(stated, computed):
    """rules.md §8: stated value with d decimals matches computed within 0.5·10^-d."""
    v = num(stated)
    d = decimals(stated)
    return abs(Decimal(str(computed)) - v) <= Decimal("0.5") * Decimal(10) ** -d + Decimal("1e-9")


def r2(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = Decimal(str(total))
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- tables
def tables(text):
    """Yield lists of rows (lists of cells) for consecutive ｜ lines."""
    block = []
    for line in text.split("\n"):
        if "｜" in line:
            block.append(line.split("｜"))
        elif block:
            yield block
            block = []
    if block:
        yield block


def check_funds(tag, header, rows):
    """MOF funds block: total row rate/score, components add up (each numeric column)."""
    col = {h: i for i, h in enumerate(header)}
    budget_c, exec_c = col["全年预算数"], col["全年执行数"]
    total = rows[0]
    b, e = Decimal(total[budget_c]), Decimal(total[exec_c])
    rate = e / b * 100
    if "执行率" in col and not consistent(total[col["执行率"]], rate):
        fail(f"{tag}: funds rate {total[col['执行率']]} vs {rate:.4f}")
    score = None
    if "得分" in col:
        w = Decimal(total[col["分值"]])
        stated_rate = num(total[col["执行率"]])
        s = total[col["得分"]]
        if not (consistent(s, w * min(rate, Decimal(100)) / 100)
                or consistent(s, w * min(stated_rate, Decimal(100)) / 100)):
            fail(f"{tag}: execution score {s}")
        score = (w, Decimal(s))
    comps = [r for r in rows[1:] if r[0] != "" and all(re.fullmatch(r"\d+\.\d+", r[c]) for c in (budget_c, exec_c))]
    for c in [i for i, h in enumerate(header) if h in ("年初预算数", "全年预算数", "全年执行数")]:
        if sum(Decimal(r[c]) for r in comps) != Decimal(total[c]):
            fail(f"{tag}: funds column {header[c]} components do not add up")
    return score


DIR_GTE = ("≥", "不低于", "不少于", "以上")
DIR_LTE = ("≤", "不超过", "以内")


def check_indicators(tag, header, rows, exec_score):
    col = {h: i for i, h in enumerate(header)}
    wc, sc = col["分值"], col["得分"]
    tc = col.get("年度指标值", col.get("指标值"))
    ac = col.get("实际完成值")
    cc = col.get("完成率")
    pc = col.get("指标性质")
    uc = col.get("度量单位")
    wsum = exec_score[0] if exec_score else Decimal(0)
    ssum = exec_score[1] if exec_score else Decimal(0)
    total = None
    for r in rows:
        if r[0] in ("合计", "总分"):
            total = (Decimal(r[wc]), Decimal(r[sc]))
            continue
        if len(r) != len(header):
            fail(f"{tag}: row width {len(r)} != {len(header)}: {r}")
            continue
        w, s = Decimal(r[wc]), Decimal(r[sc])
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{tag}: score {s} > weight {w} in {r[2]}")
        target, actual = r[tc], r[ac]
        if uc is not None:
            unit = r[uc]
            target_u = actual_u = unit
        else:
            target_u = re.sub(r"[≥≤＝=\d.]|前$", "", target).replace("最小", "")
            actual_u = re.sub(r"[\d.]|最小", "", actual)
        sense = r[pc] if pc is not None else target
        if sense in ("定性",) or num(target) is None or "年" in target:
            continue
        if target_u != actual_u:
            fail(f"{tag}: unit {target_u!r} vs {actual_u!r} in {r[2]}")
        T, A = num(target), num(actual)
        if any(sense.startswith(x) for x in DIR_LTE):
            comp = Decimal(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if cc is not None and r[cc] not in ("—",) and not consistent(r[cc], comp):
            fail(f"{tag}: completion {r[cc]} vs {comp:.4f} in {r[2]}")
        if r[0] != "预算执行":
            exp = w * min(comp, Decimal(100)) / 100
            if not consistent(r[sc], exp):
                fail(f"{tag}: score {r[sc]} vs rule {exp:.4f} in {r[2]}")
        else:
            if not consistent(r[sc], w * min(comp, Decimal(100)) / 100):
                fail(f"{tag}: execution score row {r[sc]}")
    if total is None:
        fail(f"{tag}: no total row")
        return None
    if wsum != 100 or total[0] != 100:
        fail(f"{tag}: weights add to {wsum}, total row {total[0]}")
    if ssum != total[1]:
        fail(f"{tag}: scores add to {ssum}, total row {total[1]}")
    return total[1]


def check_dept_funds(tag, header, rows):
    """部门整体 funds table: 合计 = 基本 + 项目; 基本 = 人员 + 公用; rate per row."""
    col = {h: i for i, h in enumerate(header)}
    by = {r[0].replace("其中：", ""): r for r in rows}
    for r in rows:
        b, e = Decimal(r[col["全年预算数"]]), Decimal(r[col["全年执行数"]])
        if not consistent(r[col["执行率"]], e / b * 100):
            fail(f"{tag}: dept rate {r}")
    for c in ("年初预算数", "全年预算数", "全年执行数"):
        i = col[c]
        if Decimal(by["合计"][i]) != Decimal(by["基本支出"][i]) + Decimal(by["项目支出"][i]):
            fail(f"{tag}: 合计 != 基本 + 项目 in {c}")
        if Decimal(by["基本支出"][i]) != Decimal(by["人员经费"][i]) + Decimal(by["公用经费"][i]):
            fail(f"{tag}: 基本 != 人员 + 公用 in {c}")


def check_tables(tag, text):
    """Return the table total score (or None when the draft has no score table)."""
    exec_score = None
    total = None
    for block in tables(text):
        # a block can hold several headers (funds block, indicator block); split at header rows
        parts, cur = [], None
        for r in block:
            if "全年预算数" in r or "一级指标" in r:
                cur = [r, []]
                parts.append(cur)
            elif cur is not None:
                cur[1].append(r)
        for header, rows in parts:
            if "全年预算数" in header and "分值" in header:
                rows = [r for r in rows if r[0] != "年度总体目标"]
                exec_score = check_funds(tag, header, rows)
            elif "全年预算数" in header:
                check_dept_funds(tag, header, rows)
            elif "一级指标" in header:
                rows = [r for r in rows if r[0] not in ("评价结论", "存在问题", "改进措施")]
                total = check_indicators(tag, header, rows, exec_score)
    return total


# ---------------------------------------------------------------- prose facts
def fact(tag, text, sub, stated, computed):
    """sub must occur in text, contain `stated`, and `stated` must equal computed (decimals rule)."""
    if sub not in text:
        fail(f"{tag}: missing text {sub!r}")
        return
    if stated not in sub:
        fail(f"{tag}: {stated!r} not inside {sub!r}")
        return
    if not consistent(stated, computed):
        fail(f"{tag}: {sub!r}: stated {stated} vs computed {computed}")


D = Decimal


def facts_tiantai(tag, t):
    fact(tag, t, "全年预算196.00万元", "196.00", D("180.00") + D("6.00") + D("10.00"))
    fact(tag, t, "预算执行率96.00%", "96.00", D("188.16") / D("196.00") * 100)
    fact(tag, t, "全年实际支出188.16万元", "188.16", D("96.40") + D("52.00") + D("29.76") + D("10.00"))
    fact(tag, t, "全年预算196.00万元", "196.00", D("98.00") + D("52.00") + D("36.00") + D("10.00"))
    fact(tag, t, "支付进度82.67%", "82.67", D("29.76") / D("36.00") * 100)
    fact(tag, t, "尚未支付的7.84万元", "7.84", D("196.00") - D("188.16"))
    fact(tag, t, "尚未支付的7.84万元", "7.84", (D("98.00") - D("96.40")) + (D("36.00") - D("29.76")))
    fact(tag, t, "质保金7.84万元", "7.84", D("196.00") - D("188.16"))
    fact(tag, t, "平均面积146平方米", "146", (D(152) + D(138) + D(126) + D(168) + D(146)) / 5)
    fact(tag, t, "平均每册19.85元", "19.85", D("52.00") * 10000 / (D("2.62") * 10000))
    fact(tag, t, "平均单个书房投入37.63万元", "37.63", D("188.16") / 5)
    fact(tag, t, "完成年度目标的92.00%", "92.00", D(2760) / D(3000) * 100)
    fact(tag, t, "比目标多14小时", "14", D(84) - D(70))
    fact(tag, t, "每周人工服务84小时", "84", D(12) * 7)
    fact(tag, t, "平均每场40人次", "40", D(1440) / D(36))
    fact(tag, t, "自评得分98.80分", "98.80", D("9.60") + 50 + D("29.20") + 10)
    for s in ("9.46万人次", "2.62万册", "95.60%", "2760张", "2021年9月28日"):
        if t.count(s) < 2:
            fail(f"{tag}: {s} expected in text and table")


def facts_shangcai(tag, t):
    fact(tag, t, "共83.20万元", "83.20", D(416) * 2000 / 10000)
    fact(tag, t, "共83.20万元", "83.20", D("62.40") + D("20.80"))
    fact(tag, t, "全县补充图书不少于6.24万册", "6.24", D(416) * 150 / 10000)
    fact(tag, t, "预算执行率95.00%", "95.00", D("79.04") / D("83.20") * 100)
    fact(tag, t, "全年实际支出79.04万元", "79.04", D("61.20") + D("12.48") + D("5.36"))
    fact(tag, t, "报刊订阅12.48万元（每个书屋300元）", "12.48", D(416) * 300 / 10000)
    fact(tag, t, "年末结余4.16万元", "4.16", D("83.20") - D("79.04"))
    fact(tag, t, "完成率104.17%", "104.17", D("6.5") / D("6.24") * 100)
    fact(tag, t, "平均每个书屋补充156.25册", "156.25", D(65000) / D(416))
    fact(tag, t, "完成率90.00%", "90.00", D("10.8") / D(12) * 100)
    fact(tag, t, "完成率90.00%，权重10分，得9分", "9", D(10) * D("10.8") / D(12))
    fact(tag, t, "活动836场，完成率104.50%", "104.50", D(836) / D(800) * 100)
    fact(tag, t, "满意度91.30%", "91.30", D(1050) / D(1150) * 100)
    fact(tag, t, "执行率95.00%，按执行率计分，得9.50分", "9.50", D(10) * D("79.04") / D("83.20"))
    # indicator weights and scores given in prose
    prod = [(15, 15), (15, 15), (10, 10), (10, 10)]
    ben = [(10, 10), (10, 9), (10, 10)]
    fact(tag, t, "（一）产出指标（权重50分，得分50分）", "50", sum(w for w, _ in prod))
    fact(tag, t, "（一）产出指标（权重50分，得分50分）", "得分50", sum(s for _, s in prod))
    fact(tag, t, "（二）效益指标（权重30分，得分29分）", "30", sum(w for w, _ in ben))
    fact(tag, t, "（二）效益指标（权重30分，得分29分）", "29", sum(s for _, s in ben))
    for w, s in prod + ben:
        if s > w:
            fail(f"{tag}: prose score above weight")
    if 50 + 30 + 10 + 10 != 100:
        fail(f"{tag}: weights")
    fact(tag, t, "项目总得分98.50分", "98.50", D("9.50") + 50 + 29 + 10)
    if "评价等级为“优”" not in t or grade(D("98.50")) != "优":
        fail(f"{tag}: grade")


def facts_yingshan(tag, t):
    fact(tag, t, "调整后全年预算56.00万元", "56.00", D("52.00") + D("4.00"))
    fact(tag, t, "调整后全年预算56.00万元", "56.00", D("18.00") + D("8.60") + D("16.40") + D("9.60") + D("3.40"))
    fact(tag, t, "全年支出43.25万元", "43.25", D("5.25") + D("8.60") + D("16.40") + D("9.60") + D("3.40"))
    fact(tag, t, "预付款5.25万元（合同价17.50万元的30%）", "5.25", D("17.50") * D("0.30"))
    fact(tag, t, "结余12.75万元", "12.75", D("56.00") - D("43.25"))
    fact(tag, t, "结余12.75万元", "12.75", D("18.00") - D("5.25"))
    fact(tag, t, "全年共252车次", "252", D(66) + D(60) + D(64) + D(62))
    fact(tag, t, "平均每条线路63车次", "63", (D(66) + D(60) + D(64) + D(62)) / 4)
    fact(tag, t, "每条线路覆盖16个服务点", "16", D(64) / 4)
    fact(tag, t, "单车次运行成本341.27元", "341.27", D("8.60") * 10000 / D(252))
    fact(tag, t, "比目标少6场", "6", D(48) - D(42))
    fact(tag, t, "服务点增加8个", "8", D(64) - D(56))
    fact(tag, t, "下乡车次增加36车次", "36", D(252) - D(216))
    fact(tag, t, "项目自评得分83.47分", "83.47", D("7.72") + 40 + D("25.75") + 10)
    if "评价等级为“良”" not in t or "评价等级为良。" not in t or grade(D("83.47")) != "良":
        fail(f"{tag}: grade")


def facts_baoding(tag, t):
    fact(tag, t, "全年预算调整为75.00万元", "75.00", D("60.00") + D("15.00"))
    fact(tag, t, "预算执行率91.20%", "91.20", D("68.40") / D("75.00") * 100)
    fact(tag, t, "支出12.00万元，执行率80.00%", "80.00", D("12.00") / D("15.00") * 100)
    fact(tag, t, "全年支出68.40万元", "68.40", D("24.60") + D("28.80") + D("11.20") + D("3.80"))
    fact(tag, t, "数字化扫描服务28.80万元（3.2万拍，每拍9元）", "28.80", D("3.2") * 10000 * 9 / 10000)
    fact(tag, t, "年末结余6.60万元", "6.60", D("75.00") - D("68.40"))
    fact(tag, t, "线上发布古籍430部，完成率86.00%", "86.00", D(430) / D(500) * 100)
    fact(tag, t, "平均每期32人", "32", (D(32) + D(28) + D(36)) / 3)
    fact(tag, t, "预算执行得分9.12分", "9.12", D(10) * D("68.40") / D("75.00"))
    fact(tag, t, "效益指标得分28.60分", "28.60", D("8.60") + 10 + 10)
    fact(tag, t, "总得分97.72分", "97.72", D("9.12") + 50 + D("28.60") + 10)
    for s in ("1260部", "2150叶", "3.2万拍", "99.2%", "12月16日", "430部", "1.86万人次", "97.5%"):
        if t.count(s) < 2:
            fail(f"{tag}: {s} expected in text and table")
    if "自评等级为“优秀”" not in t or grade(D("97.72")) != "优":
        fail(f"{tag}: grade")


def facts_sinan(tag, t):
    fact(tag, t, "2024年年初预算312.50万元", "312.50", D("238.50") + D("74.00"))
    fact(tag, t, "全年预算调整为338.90万元", "338.90", D("312.50") + D("7.80") + D("18.60"))
    fact(tag, t, "其中基本支出246.30万元，项目支出92.60万元", "246.30", D("238.50") + D("7.80"))
    fact(tag, t, "其中基本支出246.30万元，项目支出92.60万元", "92.60", D("74.00") + D("18.60"))
    fact(tag, t, "全年支出330.42万元，预算执行率97.50%", "97.50", D("330.42") / D("338.90") * 100)
    fact(tag, t, "全年支出330.42万元", "330.42", D("246.30") + D("84.12"))
    fact(tag, t, "基本支出246.30万元，包括人员经费221.80万元、公用经费24.50万元", "246.30", D("221.80") + D("24.50"))
    fact(tag, t, "人均公用经费1.44万元", "1.44", D("24.50") / 17)
    fact(tag, t, "项目支出84.12万元，执行率90.84%", "90.84", D("84.12") / D("92.60") * 100)
    fact(tag, t, "项目支出全年预算92.60万元", "92.60", D("38.00") + D("30.00") + D("24.60"))
    fact(tag, t, "项目支出84.12万元", "84.12", D("36.10") + D("30.00") + D("18.02"))
    fact(tag, t, "当年支出18.60万元，执行率100%", "100", D("18.60") / D("18.60") * 100)
    fact(tag, t, "年末结余8.48万元", "8.48", D("338.90") - D("330.42"))
    fact(tag, t, "下降8.2%", "8.2", (D("1.22") - D("1.12")) / D("1.22") * 100)
    fact(tag, t, "全民阅读活动136场", "136", D(28) + D(46) + D(34) + D(28))
    fact(tag, t, "季均34场", "34", (D(28) + D(46) + D(34) + D(28)) / 4)
    fact(tag, t, "扣2.50分", "2.50", D(10) - D("7.50"))
    fact(tag, t, "预算执行扣0.25分", "0.25", D(10) - D("9.75"))
    fact(tag, t, "自评得分97.25分", "97.25", 100 - D("2.50") - D("0.25"))
    for s in ("16.8万人次", "8.64万册次", "2350人", "92.8%", "0.9万册", "136场", "63小时"):
        if t.count(s) < 2:
            fail(f"{tag}: {s} expected in text and table")
    if "等级为优。" not in t or "自评等级：优" not in t or grade(D("97.25")) != "优":
        fail(f"{tag}: grade")


FACTS = {
    "zj-tiantai-chengshishufang-2021": (facts_tiantai, "98.80"),
    "ha-shangcai-nongjiashuwu-2019": (facts_shangcai, None),
    "sc-yingshan-liudongtushuche-2023": (facts_yingshan, "83.47"),
    "he-baoding-gujibaohu-2022": (facts_baoding, "97.72"),
    "gz-sinan-tushuguan-bumen-2024": (facts_sinan, "97.25"),
}


# ---------------------------------------------------------------- main
def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean with expected findings")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one label")
        clean = read(f"{lab['source']}-clean.txt")
        # one place: a single contiguous differing region, short
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        region_new = (p, len(text) - s)
        if clean == text:
            fail(f"{lab['case']}: identical to clean")
        if region_new[1] - region_new[0] > 120 or (len(clean) - s) - p > 120:
            fail(f"{lab['case']}: changed region too long")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["severity"] != "error" or e["code"] not in CODES:
                fail(f"{lab['case']}: bad code/severity")
            v = e["value"]
            i, hits = text.find(v), []
            while i >= 0:
                hits.append((i, i + len(v)))
                i = text.find(v, i + 1)
            if not hits:
                fail(f"{lab['case']}: value {v!r} not in case")
            # the value must cover (overlap) the changed figure
            a, b = region_new
            if not any(h0 < max(b, a + 1) and a < h1 for h0, h1 in hits):
                fail(f"{lab['case']}: value does not overlap the change")
            if v in clean:
                fail(f"{lab['case']}: value {v!r} also occurs in the clean draft")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} used {codes[c]} times (< 2)")
    # clean drafts: length, tables, prose arithmetic, grade
    sources = {l["source"] for l in labels}
    if len(sources) != 5:
        fail("expected five sources")
    for src in sorted(sources):
        tag = src
        t = read(f"{src}-clean.txt")
        if not 3000 <= len(t) <= 9000:
            fail(f"{tag}: length {len(t)}")
        year = re.search(r"-(\d{4})$", src).group(1)
        if f"{year}年度" not in t[:80]:
            fail(f"{tag}: title year")
        fn, table_total = FACTS[src]
        fn(tag, t)
        total = check_tables(tag, t)
        if table_total is not None:
            if total is None or str(total) != table_total:
                fail(f"{tag}: table total {total} != {table_total}")
        elif total is not None:
            fail(f"{tag}: prose-only draft has a score table")
        for m in re.finditer(r"(?:等级为|自评等级：)“?(优秀|优|良好|良|中等|中|差)", t):
            g = m.group(1)[0]
            tot = Decimal(table_total) if table_total else Decimal("98.50")
            if g != grade(tot):
                fail(f"{tag}: grade {m.group(1)} vs total {tot}")
        for m in re.finditer(r"结转至(\d{4})年", t):
            if int(m.group(1)) <= int(year):
                fail(f"{tag}: carry-over to {m.group(1)}")
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            if m.group(1) != year:
                fail(f"{tag}: 截至 {m.group(1)}")
        for m in re.finditer(r"(\d+(?:\.\d+)?)%", t):
            if Decimal(m.group(1)) > 100:
                ctx = t[max(0, m.start() - 40):m.start()]
                if "执行率" in ctx[-12:] or "满意度" in ctx[-12:] or "到位率" in ctx[-12:]:
                    fail(f"{tag}: rate above 100% {m.group()}")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
