#!/usr/bin/env python3
"""Verify set n46: labels, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; every value occurs exactly once in its case and never in the
   clean draft of its project; codes come from errors.md section A; every numeric code
   (all of section A but figure_mismatch / empty_problems) is used at least twice, in >= 2 projects.
2. edits: each error case differs from its clean draft in one line (or, for score/weight-row edits,
   two adjacent lines), each changed segment at most 16 characters.
3. arithmetic: the key figures of every clean draft are restated here, checked against the text
   (each figure, or each table row's cells in order on one line, must appear in the draft) and
   recomputed: rates, balances, sums, per-enterprise subsidies, averages, weights to 100, scores by
   rule, scores to the total, grade band. Tolerance: half a unit of the stated last decimal.
Pure Python 3. Prints OK or the list of failures (exit 1).
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []

SECTION_A = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
             "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
             "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
             "completion_mismatch", "figure_mismatch", "empty_problems"}
NUMERIC = SECTION_A - {"figure_mismatch", "empty_problems"}
MULTIROW_OK = {"score_exceeds_weight"}


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ----------------------------------------------------------------------------- numbers
def num(s):
    """Decimal of a stated figure: strips thousands separators, %, units."""
    m = re.search(r"-?[\d,]+(?:\.\d+)?", s)
    return D(m.group(0).replace(",", ""))


def decimals(s):
    m = re.search(r"-?[\d,]+(?:\.(\d+))?", s)
    return len(m.group(1)) if m.group(1) else 0


def close(computed, stated, what):
    """stated is the string as written; computed a Decimal in the same unit."""
    v, d = num(stated), decimals(stated)
    tol = D("0.5") * (D(10) ** -d) + D("1e-9")
    if abs(D(computed) - v) > tol:
        fail(f"{what}: stated {stated}, computed {D(computed):.6f}")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def pct(a, b):
    return D(a) / D(b) * 100


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ----------------------------------------------------------------------------- text presence
class Doc:
    def __init__(self, pid):
        self.pid = pid
        self.text = read(f"{pid}-clean.txt")
        self.lines = self.text.split("\n")

    def has(self, s):
        if s not in self.text:
            fail(f"{self.pid}: text lacks {s!r}")

    def row(self, *cells):
        pat = re.compile(r"(?:^|\s)" + r"\s+".join(re.escape(c) for c in cells) + r"(?=\s|$)")
        if not any(pat.search(ln) for ln in self.lines):
            fail(f"{self.pid}: no line with cells {cells!r}")


# ----------------------------------------------------------------------------- scoring
def row_score(kind, T, A, w):
    """rules.md §5; kind gte/lte/eq/met (date or qualitative achieved)."""
    w = D(w)
    if kind == "met":
        return w
    T, A = D(T), D(A)
    if kind in ("gte", "eq"):
        if kind == "eq" and T == 0:
            return w if A <= 0 else D(0)
        return w if A >= T else r2(w * max(A, D(0)) / T)
    if kind == "lte":
        if T == 0:
            return w if A <= 0 else D(0)
        return w if A <= T else r2(w * T / A)
    raise ValueError(kind)


def completion(kind, T, A):
    T, A = D(T), D(A)
    if kind == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def check_table(doc, exec_row, rows, total, grade_label, level_sums=None):
    """exec_row: (weight, rate_string, score_string) or None.
    rows: dicts level1, cells (tokens on the row's line), kind, T, A, w, s, [band], [comp]."""
    wsum, ssum = D(0), D(0)
    lvl_w, lvl_s = defaultdict(D), defaultdict(D)
    if exec_row:
        w, rate, s = exec_row
        close(D(w) * min(num(rate), D(100)) / 100, s, f"{doc.pid} execution score")
        wsum += D(w)
        ssum += num(s)
        lvl_s["exec"] += num(s)
    for r in rows:
        doc.row(*r["cells"])
        w, s = D(r["w"]), num(r["s"])
        if s > w or s < 0:
            fail(f"{doc.pid}: score {r['s']} outside [0,{w}] in {r['cells']}")
        if r["kind"] == "qual":
            lo, hi = r["band"]
            if not (D(lo) * w <= s <= D(hi) * w):
                fail(f"{doc.pid}: qualitative score {s} outside band {r['band']}")
        else:
            close(row_score(r["kind"], r.get("T", 0), r.get("A", 0), w), r["s"], f"{doc.pid} score {r['cells']}")
        if "comp" in r:
            close(completion(r["kind"], r["T"], r["A"]) if r["kind"] != "met" else D(100),
                  r["comp"], f"{doc.pid} completion {r['cells']}")
        wsum += w
        ssum += s
        lvl_w[r["level1"]] += w
        lvl_s[r["level1"]] += s
    if wsum != 100:
        fail(f"{doc.pid}: weights sum to {wsum}")
    close(ssum, total, f"{doc.pid} total score")
    if grade(num(total)) != grade_label:
        fail(f"{doc.pid}: total {total} is {grade(num(total))}, table says {grade_label}")
    for lvl, (wexp, sexp) in (level_sums or {}).items():
        if wexp is not None and lvl_w[lvl] != D(wexp):
            fail(f"{doc.pid}: level {lvl} weights {lvl_w[lvl]} != {wexp}")
        if sexp is not None:
            close(lvl_s[lvl], sexp, f"{doc.pid} level {lvl} score")
    return ssum


def funds_block(doc, rows):
    """rows: name -> (initial, annual, spent, rate) strings; first key is the total."""
    names = list(rows)
    tot = rows[names[0]]
    for col in range(3):
        close(sum(num(rows[n][col]) for n in names[1:]), tot[col], f"{doc.pid} funds column {col}")
    for n in names:
        ini, ann, sp, rate = rows[n]
        doc.row(ini, ann, sp)
        if num(ann) == 0:
            if rate != "—":
                fail(f"{doc.pid}: rate on zero base in {n}")
        else:
            close(pct(num(sp), num(ann)), rate, f"{doc.pid} {n} execution rate")
            if num(sp) > num(ann):
                fail(f"{doc.pid}: {n} spent above budget")


# ============================================================================ projects
def dafeng():
    doc = Doc("dafeng-techreform-2019")
    h = doc.has
    funds_block(doc, {"total": ("1,886.40", "2,046.40", "1,990.60", "97.27%"),
                      "fiscal": ("1,800.00", "1,960.00", "1,904.20", "97.15%"),
                      "carry": ("86.40", "86.40", "86.40", "100.00%"),
                      "other": ("0.00", "0.00", "0.00", "—")})
    doc.row("1,886.40", "2,046.40", "1,990.60", "10", "97.27%", "9.73")
    doc.row("1,800.00", "1,960.00", "1,904.20", "—", "97.15%")
    doc.row("0.00", "0.00", "0.00", "—", "—", "—")
    for s in ("预算安排技改补助资金1,800.00万元", "追加预算160.00万元", "调整为1,960.00万元", "上年结转资金86.40万元",
              "资金总额2,046.40万元，全年实际支出1,990.60万元，预算执行率97.27%", "当年财政拨款支出1,904.20万元",
              "上年结转资金支出86.40万元", "年末结余55.80万元", "仍有结余55.80万元"):
        h(s)
    close(num("1,960.00") - num("1,800.00"), "160.00", "dafeng 追加")
    close(num("2,046.40") - num("1,990.60"), "55.80", "dafeng balance")
    ents = [("3,260.00", "200.00"), ("1,845.60", "184.56"), ("2,410.00", "200.00"), ("968.40", "96.84"),
            ("1,236.50", "123.65"), ("742.80", "74.28"), ("615.00", "61.50"), ("1,580.20", "158.02"),
            ("506.40", "50.64"), ("876.30", "87.63"), ("2,045.00", "200.00"), ("689.90", "68.99"),
            ("1,120.40", "112.04"), ("558.70", "55.87"), ("934.00", "93.40"), ("1,367.80", "136.78")]
    capped = 0
    for i, (inv, sub) in enumerate(ents, 1):
        doc.row(inv, sub)
        want = min(r2(num(inv) * D("0.1")), D(200))
        capped += num(inv) * D("0.1") > 200
        close(want, sub, f"dafeng subsidy row {i}")
        if num(inv) < 500:
            fail(f"dafeng row {i}: investment below 500")
    I, S = sum(num(a) for a, _ in ents), sum(num(b) for _, b in ents)
    doc.row("合计", "20,757.00", "1,904.20")
    close(I, "20,757.00", "dafeng investment sum")
    close(S, "1,904.20", "dafeng subsidy sum")
    close(S, "1,904.20", "dafeng subsidies = 当年 execution")
    if capped != 3:
        fail("dafeng: capped count")
    h("其中3家企业按10%计算超过200万元")
    h("16家企业补助资金合计1,904.20万元，平均每家补助119.01万元，补助资金占核定设备投资的9.17%")
    close(S / len(ents), "119.01", "dafeng average")
    close(pct(S, I), "9.17%", "dafeng subsidy/investment")
    h("（补助企业13家、补助资金1,526.80万元）相比，补助企业增加3家，补助资金增加377.40万元，增长24.72%")
    close(len(ents) - 13, "3", "dafeng +firms")
    close(S - num("1,526.80"), "377.40", "dafeng +money")
    close(pct(S - num("1,526.80"), "1526.80"), "24.72%", "dafeng growth")
    h("共受理企业申报23家"); h("不予支持7家（其中核定设备投资未达500万元的4家，设备发票或付款凭证不合规的3家），确定补助企业16家")
    close(23 - 7, "16", "dafeng 23-7"); close(4 + 3, "7", "dafeng 4+3")
    h("申报设备投资22,143.50万元，审计核减1,386.50万元，核定设备投资20,757.00万元")
    close(num("22,143.50") - num("1,386.50"), "20,757.00", "dafeng audit")
    h("带动企业设备投资20,757.00万元，为年度目标2亿元的103.8%")
    close(pct(I, 20000), "103.8%", "dafeng investment completion")
    close(I / 10000, "2.08", "dafeng 亿元")
    h("新增税收7384万元，完成年度目标8000万元的92.30%")
    close(pct(7384, 8000), "92.30%", "dafeng tax completion")
    h("发放满意度问卷23份，回收23份，其中表示满意或基本满意的22份，满意度95.65%")
    close(pct(22, 23), "95.65%", "dafeng satisfaction")
    rows = [
        dict(level1="产出", cells=("≥15家", "16家", "10", "10"), kind="gte", T=15, A=16, w=10, s="10"),
        dict(level1="产出", cells=("≥2亿元", "2.08亿元", "10", "10"), kind="gte", T=2, A="2.0757", w=10, s="10"),
        dict(level1="产出", cells=("100%", "100%", "10", "10"), kind="eq", T=100, A=100, w=10, s="10"),
        dict(level1="产出", cells=("2019年12月31日前", "2019年11月28日", "10", "10"), kind="met", w=10, s="10"),
        dict(level1="产出", cells=("≤200万元", "200万元", "10", "10"), kind="lte", T=200, A=200, w=10, s="10"),
        dict(level1="效益", cells=("≥15亿元", "16.82亿元", "10", "10"), kind="gte", T=15, A="16.82", w=10, s="10"),
        dict(level1="效益", cells=("≥8000万元", "7384万元", "10", "9.23"), kind="gte", T=8000, A=7384, w=10, s="9.23"),
        dict(level1="效益", cells=("≥300个", "356个", "5", "5"), kind="gte", T=300, A=356, w=5, s="5"),
        dict(level1="效益", cells=("持续提升", "达成年度指标，新增", "5", "5"), kind="qual", band=("0.8", "1"), w=5, s="5"),
        dict(level1="满意度", cells=("≥90%", "95.65%", "10", "10"), kind="gte", T=90, A="95.65", w=10, s="10"),
    ]
    check_table(doc, ("10", "97.27%", "9.73"), rows, "98.96", "优",
                {"产出": (50, "50"), "效益": (30, "29.23"), "满意度": (10, "10"), "exec": (None, "9.73")})
    doc.row("总分", "100", "98.96")
    h("自评等级：优"); h("自评总分98.96分，评价等级为\"优\"")
    h("预算执行率得分9.73分，产出指标得分50分，效益指标得分29.23分，满意度指标得分10分")


def linzi():
    doc = Doc("linzi-zhuanjingtexin-2022")
    h = doc.has
    funds_block(doc, {"total": ("600.00", "700.00", "693.00", "99.00%"),
                      "fiscal": ("600.00", "700.00", "693.00", "99.00%"),
                      "carry": ("0.00", "0.00", "0.00", "—"),
                      "other": ("0.00", "0.00", "0.00", "—")})
    doc.row("600.00", "700.00", "693.00", "10", "99.00%", "9.90")
    h("年初预算安排奖励资金600.00万元"); h("追加100.00万元"); h("全年预算700.00万元")
    h("到位700.00万元，到位率100%")
    close(pct(700, 700), "100%", "linzi 到位率")
    close(num("700.00") - num("600.00"), "100.00", "linzi 追加")
    h("截至2022年12月31日，实际支出693.00万元，预算执行率99.00%，结余7.00万元")
    close(num("700.00") - num("693.00"), "7.00", "linzi balance")
    tiers = [("50", "4", "200.00"), ("30", "2", "60.00"), ("20", "17", "340.00"), ("3", "31", "93.00")]
    for std, n, amt in tiers:
        doc.row(std, n, amt)
        close(num(std) * num(n), amt, f"linzi tier {std}x{n}")
    doc.row("合计", "54", "693.00")
    close(sum(num(n) for _, n, _ in tiers), "54", "linzi tier count")
    close(sum(num(a) for _, _, a in tiers), "693.00", "linzi tier amount")
    h("共兑现奖励企业54家、奖励资金693.00万元，户均12.83万元")
    close(D("693.00") / 54, "12.83", "linzi average")
    h("（38家、512.00万元）相比，企业数增加16家，资金增加181.00万元，增长35.35%")
    close(54 - 38, "16", "linzi +firms"); close(D("693.00") - D("512.00"), "181.00", "linzi +money")
    close(pct(181, 512), "35.35%", "linzi growth")
    h("奖励资金总额693.00万元，控制在700万元以内")
    h("新增授权专利186件"); h("较年度目标少14件"); close(200 - 186, "14", "linzi patents short")
    h("国家级专精特新\"小巨人\"企业每家50万元，省级制造业单项冠军企业每家30万元，省级专精特新中小企业每家20万元，省级创新型中小企业每家3万元")
    rows = [
        dict(level1="产出", cells=("≥50家", "54家", "108.00%", "10", "10"), kind="gte", T=50, A=54, w=10, s="10", comp="108.00%"),
        dict(level1="产出", cells=("≥4家", "4家", "100.00%", "10", "10"), kind="gte", T=4, A=4, w=10, s="10", comp="100.00%"),
        dict(level1="产出", cells=("100%", "100%", "100.00%", "10", "10"), kind="eq", T=100, A=100, w=10, s="10", comp="100.00%"),
        dict(level1="产出", cells=("2022年11月30日前", "2022年11月25日", "100.00%", "10", "10"), kind="met", w=10, s="10", comp="100.00%"),
        dict(level1="产出", cells=("≤700万元", "693万元", "100.00%", "10", "10"), kind="lte", T=700, A=693, w=10, s="10", comp="100.00%"),
        dict(level1="效益", cells=("≥12%", "12.6%", "105.00%", "10", "10"), kind="gte", T=12, A="12.6", w=10, s="10", comp="105.00%"),
        dict(level1="效益", cells=("≥200件", "186件", "93.00%", "10", "9.30"), kind="gte", T=200, A=186, w=10, s="9.30", comp="93.00%"),
        dict(level1="效益", cells=("≥120家", "128家", "106.67%", "10", "10"), kind="gte", T=120, A=128, w=10, s="10", comp="106.67%"),
        dict(level1="满意度", cells=("≥95%", "97.2%", "102.32%", "10", "10"), kind="gte", T=95, A="97.2", w=10, s="10", comp="102.32%"),
    ]
    check_table(doc, ("10", "99.00%", "9.90"), rows, "99.20", "优",
                {"产出": (50, "50"), "效益": (30, "29.30"), "满意度": (10, "10")})
    doc.row("合计", "100", "99.20")
    h("预算执行率得分9.90分，产出指标得分50分，效益指标得分29.30分，满意度指标得分10分，自评得分99.20分，自评等级为优")
    h("平均满意度为97.2%")


def shunde():
    doc = Doc("shunde-firstset-2023")
    h = doc.has
    funds_block(doc, {"total": ("900.00", "900.00", "644.96", "71.66%"),
                      "fiscal": ("900.00", "900.00", "644.96", "71.66%"),
                      "carry": ("0.00", "0.00", "0.00", "—"),
                      "other": ("0.00", "0.00", "0.00", "—")})
    doc.row("900.00", "900.00", "644.96", "10", "71.66%", "7.17")
    h("全年预算900.00万元"); h("全年实际兑付补贴资金644.96万元，预算执行率71.66%，结余255.04万元")
    close(D("900.00") - D("644.96"), "255.04", "shunde balance")
    ents = [(3, "4,860.00", "145.80", "100.00"), (2, "2,380.00", "66.64", "53.31"), (4, "3,120.00", "99.84", "79.87"),
            (2, "2,650.00", "79.50", "63.60"), (1, "1,960.00", "49.00", "39.20"), (3, "2,240.00", "67.20", "53.76"),
            (1, "3,580.00", "114.56", "91.65"), (2, "1,420.00", "39.76", "31.81"), (1, "2,860.00", "85.80", "68.64"),
            (2, "1,180.00", "35.40", "28.32"), (2, "1,740.00", "43.50", "34.80")]
    for i, (n, ins, prem, sub) in enumerate(ents, 1):
        doc.row(str(n), ins, prem, sub)
        close(min(r2(num(prem) * D("0.8")), D(100)), sub, f"shunde subsidy row {i}")
        rate = pct(num(prem), num(ins))
        if not (D("2.5") <= rate <= D("3.2")):
            fail(f"shunde row {i}: premium rate {rate} outside 2.5%-3.2%")
    N = sum(e[0] for e in ents)
    I = sum(num(e[1]) for e in ents)
    P = sum(num(e[2]) for e in ents)
    S = sum(num(e[3]) for e in ents)
    doc.row("合计", "23", "27,990.00", "827.00", "644.96")
    close(N, "23", "shunde units"); close(I, "27,990.00", "shunde insured"); close(P, "827.00", "shunde premium")
    close(S, "644.96", "shunde subsidy sum = execution")
    h("共有13家企业提出申请，经专家评审和保单核验，2家企业因装备未列入指导目录被退回，最终支持11家企业投保的23台（套）装备，投保金额合计27,990.00万元，实际缴纳保险费827.00万元")
    close(13 - 2, "11", "shunde 13-2"); close(len(ents), "11", "shunde firms")
    h("补贴金额合计644.96万元，占保费总额827.00万元的77.99%")
    close(pct(S, P), "77.99%", "shunde subsidy/premium")
    h("按80%计算的补贴额为116.64万元"); close(D("145.80") * D("0.8"), "116.64", "shunde capped")
    h("平均每家补贴58.63万元，平均每台（套）补贴28.04万元")
    close(S / 11, "58.63", "shunde avg firm"); close(S / N, "28.04", "shunde avg unit")
    h("（8家企业、17台（套）、补贴资金468.35万元）相比，企业数增加3家，装备数增加6台（套），补贴资金增长37.71%")
    close(11 - 8, "3", "shunde +firms"); close(N - 17, "6", "shunde +units")
    close(pct(S - D("468.35"), "468.35"), "37.71%", "shunde growth")
    h("支持企业11家，完成年度目标15家的73.33%"); close(pct(11, 15), "73.33%", "shunde firm completion")
    h("行业覆盖完成率83.33%"); close(pct(5, 6), "83.33%", "shunde industry completion")
    h("即带动首台（套）装备实现销售2.80亿元"); close(I / 10000, "2.80", "shunde 亿元")
    h("于10月16日下达")
    # 2023-10-17 .. 2023-10-31, Monday-Friday, no public holiday in that range
    import datetime
    d0, wd = datetime.date(2023, 10, 17), 0
    while d0 <= datetime.date(2023, 10, 31):
        wd += d0.weekday() < 5
        d0 += datetime.timedelta(days=1)
    close(wd, "11", "shunde working days")
    rows = [
        dict(level1="产出", cells=("≥20台（套）", "23台（套）", "10", "10"), kind="gte", T=20, A=23, w=10, s="10"),
        dict(level1="产出", cells=("≥15家", "11家", "10", "7.33"), kind="gte", T=15, A=11, w=10, s="7.33"),
        dict(level1="产出", cells=("100%", "100%", "10", "10"), kind="eq", T=100, A=100, w=10, s="10"),
        dict(level1="产出", cells=("≤15个工作日", "11个工作日", "10", "10"), kind="lte", T=15, A=11, w=10, s="10"),
        dict(level1="产出", cells=("≤100万元", "100万元", "10", "10"), kind="lte", T=100, A=100, w=10, s="10"),
        dict(level1="效益", cells=("≥2.5亿元", "2.80亿元", "10", "10"), kind="gte", T="2.5", A="2.799", w=10, s="10"),
        dict(level1="效益", cells=("≥6个", "5个", "10", "8.33"), kind="gte", T=6, A=5, w=10, s="8.33"),
        dict(level1="效益", cells=("持续增长", "部分达成", "10", "7.00"), kind="qual", band=("0.6", "0.7999"), w=10, s="7.00"),
        dict(level1="满意度", cells=("≥90%", "94.3%", "10", "10"), kind="gte", T=90, A="94.3", w=10, s="10"),
    ]
    check_table(doc, ("10", "71.66%", "7.17"), rows, "89.83", "良",
                {"产出": (50, "47.33"), "效益": (30, "25.33"), "满意度": (10, "10")})
    doc.row("总分", "100", "89.83")
    h("自评等级：良")
    h("预算执行率得分7.17分，产出指标得分47.33分，效益指标得分25.33分，满意度指标得分10分，自评总分89.83分，综合评价等级为良")
    h("预算执行率仅71.66%")


def chiping():
    doc = Doc("chiping-deptwhole-2020")
    h = doc.has
    h("收入合计1,962.48万元，其中一般公共预算财政拨款收入1,876.30万元，上年结转86.18万元")
    close(D("1876.30") + D("86.18"), "1,962.48", "chiping income")
    h("支出合计1,901.26万元，预算执行率96.88%。其中基本支出612.74万元（人员经费548.36万元、公用经费64.38万元），基本支出预算622.48万元；项目支出1,288.52万元，项目支出预算1,340.00万元，执行率96.16%。年末结转和结余61.22万元")
    close(D("548.36") + D("64.38"), "612.74", "chiping basic")
    close(D("612.74") + D("1288.52"), "1,901.26", "chiping spend")
    close(D("622.48") + D("1340.00"), "1,962.48", "chiping budget = income")
    close(pct("1901.26", "1962.48"), "96.88%", "chiping rate")
    close(pct("1288.52", "1340.00"), "96.16%", "chiping project rate")
    close(D("1962.48") - D("1901.26"), "61.22", "chiping balance")
    close((D("622.48") - D("612.74")) + (D("1340.00") - D("1288.52")), "61.22", "chiping balance split")
    h("结转至2021年")
    h("\"三公\"经费预算9.60万元（公务接待费2.40万元、公务用车运行维护费7.20万元，无因公出国（境）费预算），实际支出6.84万元，其中公务接待费1.26万元、公务用车运行维护费5.58万元，预算控制率71.25%，较2019年（8.10万元）下降15.56%")
    close(D("2.40") + D("7.20"), "9.60", "chiping 三公 budget")
    close(D("1.26") + D("5.58"), "6.84", "chiping 三公 actual")
    close(pct("6.84", "9.60"), "71.25%", "chiping 三公 rate")
    close(pct(D("8.10") - D("6.84"), "8.10"), "15.56%", "chiping 三公 decline")
    h("全年政府采购预算48.60万元，实际采购45.36万元"); close(pct("45.36", "48.60"), "93.33%", "chiping procurement")
    h("核定编制28名（行政编制18名、事业编制10名），年末实有在职人员26名")
    close(18 + 10, "28", "chiping staff"); close(pct(26, 28), "92.86%", "chiping staff rate")
    close(pct("1340.00", "1962.48"), "68.28%", "chiping key spending"); h("比重为68.28%")
    close(pct("61.22", "1962.48"), "3.12%", "chiping carry rate"); h("结转结余率3.12%")
    projects = [("620.00", "612.40", "98.77%", "96.5"), ("260.00", "260.00", "100.00%", "98"),
                ("180.00", "156.32", "86.84%", "88.6"), ("150.00", "142.80", "95.20%", "93.2"),
                ("130.00", "117.00", "90.00%", "91")]
    for b, s, r, sc in projects:
        doc.row(b, s, r, sc)
        close(pct(num(s), num(b)), r, f"chiping project rate {b}")
    doc.row("合计", "1,340.00", "1,288.52", "96.16%")
    close(sum(num(p[0]) for p in projects), "1,340.00", "chiping project budgets")
    close(sum(num(p[1]) for p in projects), "1,288.52", "chiping project spending")
    h("实施项目5个"); h("5个项目平均自评得分93.46分")
    close(sum(num(p[3]) for p in projects) / 5, "93.46", "chiping average")
    h("支持企业22家，平均每家27.84万元"); close(D("612.40") / 22, "27.84", "chiping tech avg")
    h("13家省级专精特新中小企业每家奖励20万元"); close(13 * 20, "260.00", "chiping 专精特新")
    h("预算180.00万元，实际支出156.32万元，结余23.68万元"); close(D("180.00") - D("156.32"), "23.68", "chiping C balance")
    h("执行率仅86.84%")
    h("支持9家重点物资生产企业")
    rows = [
        dict(level1="投入", cells=("≤100%", "92.86%", "5", "5"), kind="lte", T=100, A="92.86", w=5, s="5"),
        dict(level1="投入", cells=("≤0", "-15.56%", "5", "5"), kind="lte", T=0, A="-15.56", w=5, s="5"),
        dict(level1="投入", cells=("≥60%", "68.28%", "10", "10"), kind="gte", T=60, A="68.28", w=10, s="10"),
        dict(level1="过程", cells=("≥95%", "96.88%", "10", "10"), kind="gte", T=95, A="96.88", w=10, s="10"),
        dict(level1="过程", cells=("≤5%", "3.12%", "5", "5"), kind="lte", T=5, A="3.12", w=5, s="5"),
        dict(level1="过程", cells=("≤100%", "71.25%", "5", "5"), kind="lte", T=100, A="71.25", w=5, s="5"),
        dict(level1="过程", cells=("100%", "93.33%", "5", "4.67"), kind="eq", T=100, A="93.33", w=5, s="4.67"),
        dict(level1="过程", cells=("账实相符", "账实相符", "5", "5"), kind="qual", band=("0.8", "1"), w=5, s="5"),
        dict(level1="产出", cells=("≥20家", "22家", "10", "10"), kind="gte", T=20, A=22, w=10, s="10"),
        dict(level1="产出", cells=("≥12家", "13家", "10", "10"), kind="gte", T=12, A=13, w=10, s="10"),
        dict(level1="产出", cells=("≥500家次", "436家次", "10", "8.72"), kind="gte", T=500, A=436, w=10, s="8.72"),
        dict(level1="效益", cells=("≥3%", "3.5%", "10", "10"), kind="gte", T=3, A="3.5", w=10, s="10"),
        dict(level1="效益", cells=("≥90%", "94.20%", "10", "10"), kind="gte", T=90, A="94.20", w=10, s="10"),
    ]
    check_table(doc, None, rows, "98.39", "优",
                {"投入": (20, "20"), "过程": (30, "29.67"), "产出": (30, "28.72"), "效益": (20, "20")})
    for lvl in ("投入（20）", "过程（30）", "产出（30）", "效益（20）"):
        h(lvl)
    doc.row("合计", "100", "98.39")
    h("自评得分98.39分，等级为优")


def shuyang():
    doc = Doc("shuyang-industryfund-2024")
    h = doc.has
    funds_block(doc, {"total": ("1,280.00", "1,660.00", "1,530.36", "92.19%"),
                      "fiscal": ("1,280.00", "1,660.00", "1,530.36", "92.19%"),
                      "carry": ("0.00", "0.00", "0.00", "—"),
                      "other": ("0.00", "0.00", "0.00", "—")})
    doc.row("1,280.00", "1,660.00", "1,530.36", "10", "92.19%", "9.22")
    h("下达我县省级工业和信息产业转型升级专项资金380.00万元")
    h("全年预算1,660.00万元，其中县级财政资金1,280.00万元、省级专项资金380.00万元")
    close(D("1280.00") + D("380.00"), "1,660.00", "shuyang sources")
    h("全年实际支出1,530.36万元，预算执行率92.19%，较2023年（执行1,368.50万元）增长11.83%。未支出的129.64万元结转至2025年")
    close(pct(D("1530.36") - D("1368.50"), "1368.50"), "11.83%", "shuyang growth")
    close(D("1660.00") - D("1530.36"), "129.64", "shuyang balance")
    subs = [("1,160.00", "1,087.28", "93.73%", "72.72"), ("350.00", "350.00", "100.00%", "0.00"),
            ("150.00", "93.08", "62.05%", "56.92")]
    for b, s, r, c in subs:
        doc.row(b, s, r, c)
        close(pct(num(s), num(b)), r, f"shuyang sub rate {b}")
        close(num(b) - num(s), c, f"shuyang sub carry {b}")
    doc.row("合计", "1,660.00", "1,530.36", "92.19%", "129.64")
    for col, tot in ((0, "1,660.00"), (1, "1,530.36"), (3, "129.64")):
        close(sum(num(x[col]) for x in subs), tot, f"shuyang sub col {col}")
    ents = [("2,680.00", "200.00"), ("1,436.80", "143.68"), ("958.50", "95.85"), ("2,215.00", "200.00"),
            ("784.20", "78.42"), ("1,127.60", "112.76"), ("663.40", "66.34"), ("1,902.30", "190.23")]
    capped = 0
    for i, (inv, sub) in enumerate(ents, 1):
        doc.row(inv, sub)
        close(min(r2(num(inv) * D("0.1")), D(200)), sub, f"shuyang subsidy row {i}")
        capped += num(inv) * D("0.1") > 200
    I, S = sum(num(a) for a, _ in ents), sum(num(b) for _, b in ents)
    doc.row("合计", "11,767.80", "1,087.28")
    close(I, "11,767.80", "shuyang investment sum"); close(S, "1,087.28", "shuyang subsidy sum")
    if capped != 2:
        fail("shuyang capped count")
    h("8家企业设备投资合计11,767.80万元，补助1,087.28万元，平均每家135.91万元，其中2家企业按上限200万元补助")
    close(S / 8, "135.91", "shuyang average")
    h("带动技改设备投资1.18亿元"); close(I / 10000, "1.18", "shuyang 亿元")
    h("国家级专精特新\"小巨人\"企业2家、省级专精特新中小企业9家、市级专精特新中小企业14家，分别奖励100.00万元、180.00万元、70.00万元，合计25家、350.00万元")
    close(2 * 50, "100.00", "shuyang t1"); close(9 * 20, "180.00", "shuyang t2"); close(14 * 5, "70.00", "shuyang t3")
    close(2 + 9 + 14, "25", "shuyang tier count"); close(100 + 180 + 70, "350.00", "shuyang tier sum")
    prem = [("38.40", "30.72", 1), ("26.75", "21.40", 2), ("51.20", "40.96", 1)]
    for p, s, n in prem:
        h(f"保费{p}万元，补贴{s}万元")
        close(r2(num(p) * D("0.8")), s, f"shuyang premium {p}")
    h("3家企业投保4台（套）装备，实际缴纳保费116.35万元，补贴93.08万元")
    close(sum(num(p) for p, _, _ in prem), "116.35", "shuyang premiums")
    close(sum(num(s) for _, s, _ in prem), "93.08", "shuyang premium subsidies")
    close(sum(n for _, _, n in prem), "4", "shuyang units")
    h("对36家获补企业开展问卷调查"); close(8 + 25 + 3, "36", "shuyang surveyed")
    rows = [
        dict(level1="产出", cells=("≥8家", "8家", "10", "10"), kind="gte", T=8, A=8, w=10, s="10"),
        dict(level1="产出", cells=("≥22家", "25家", "10", "10"), kind="gte", T=22, A=25, w=10, s="10"),
        dict(level1="产出", cells=("100%", "100%", "5", "5"), kind="eq", T=100, A=100, w=5, s="5"),
        dict(level1="产出", cells=("2024年12月20日前", "2024年12月16日", "5", "5"), kind="met", w=5, s="5"),
        dict(level1="产出", cells=("80%", "80%", "5", "5"), kind="eq", T=80, A=80, w=5, s="5"),
        dict(level1="产出", cells=("≤200万元", "200万元", "5", "5"), kind="lte", T=200, A=200, w=5, s="5"),
        dict(level1="效益", cells=("≥1亿元", "1.18亿元", "10", "10"), kind="gte", T=1, A="1.17678", w=10, s="10"),
        dict(level1="效益", cells=("≥8%", "9.3%", "10", "10"), kind="gte", T=8, A="9.3", w=10, s="10"),
        dict(level1="效益", cells=("≥150人", "138人", "10", "9.20"), kind="gte", T=150, A=138, w=10, s="9.20"),
        dict(level1="效益", cells=("≥5台（套）", "4台（套）", "10", "8.00"), kind="gte", T=5, A=4, w=10, s="8.00"),
        dict(level1="满意度", cells=("≥90%", "93.6%", "10", "10"), kind="gte", T=90, A="93.6", w=10, s="10"),
    ]
    check_table(doc, ("10", "92.19%", "9.22"), rows, "96.42", "优",
                {"产出": (40, "40"), "效益": (40, "37.20"), "满意度": (10, "10")})
    doc.row("总分", "100", "96.42")
    h("自评等级：优")
    h("预算执行率得分9.22分，产出指标得分40分，效益指标得分37.20分，满意度指标得分10分，自评总分96.42分，评价等级为优秀")


PROJECT_CHECKS = {"dafeng-techreform-2019": dafeng, "linzi-zhuanjingtexin-2022": linzi,
                  "shunde-firstset-2023": shunde, "chiping-deptwhole-2020": chiping,
                  "shuyang-industryfund-2024": shuyang}


# ----------------------------------------------------------------------------- labels and edits
def seg_diff(a, b):
    """changed segment of two strings via common prefix/suffix: (old_part, new_part)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_labels():
    recs = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                recs.append(json.loads(line))
    clean = {r["source"]: read(r["case"]) for r in recs if r["clean"]}
    if set(clean) != set(PROJECT_CHECKS):
        fail(f"clean drafts {sorted(clean)}")
    codes = Counter()
    code_projects = defaultdict(set)
    for r in recs:
        for key in ("case", "source", "clean", "expected"):
            if key not in r:
                fail(f"{r.get('case')}: missing {key}")
        text = read(r["case"])
        if r["clean"]:
            if r["expected"]:
                fail(f"{r['case']}: clean case with expectations")
            n = len(text)
            if not 2500 <= n <= 6000:
                fail(f"{r['case']}: length {n} outside 2500-6000")
            continue
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected exactly one label")
        for e in r["expected"]:
            if e["code"] not in SECTION_A or e["severity"] != "error":
                fail(f"{r['case']}: bad code/severity {e['code']}/{e['severity']}")
            codes[e["code"]] += 1
            code_projects[e["code"]].add(r["source"])
            v = e["value"]
            if text.count(v) != 1:
                fail(f"{r['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean[r["source"]]:
                fail(f"{r['case']}: value also in the clean draft: {v!r}")
            if not e.get("explanation"):
                fail(f"{r['case']}: no explanation")
        # edit size
        a, b = clean[r["source"]].split("\n"), text.split("\n")
        if len(a) != len(b):
            fail(f"{r['case']}: line count changed")
            continue
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        allowed_two = any(e["code"] in MULTIROW_OK for e in r["expected"])
        if not diff:
            fail(f"{r['case']}: identical to clean")
        elif len(diff) > 2 or (len(diff) == 2 and (not allowed_two or diff[1] - diff[0] != 1)):
            fail(f"{r['case']}: edit touches lines {diff}")
        for k in diff:
            old, new = seg_diff(a[k], b[k])
            if max(len(old), len(new)) > 16:
                fail(f"{r['case']}: edit of {max(len(old), len(new))} chars on line {k + 1}: {old!r} -> {new!r}")
    for c in sorted(NUMERIC):
        if codes[c] < 2:
            fail(f"code {c} used {codes[c]} times (< 2)")
        if len(code_projects[c]) < 2:
            fail(f"code {c} used in one project only")
    return recs, codes


def check_years(pid):
    """rules.md I14: 截至 dates name the evaluation year, carry-over goes to a later year,
    the table's year is the evaluation year."""
    year = int(pid.rsplit("-", 1)[1])
    text = read(f"{pid}-clean.txt")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{pid}: {m.group(0)} in the {year} report")
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= year:
            fail(f"{pid}: {m.group(0)} in the {year} report")
    for m in re.finditer(r"（(\d{4})年度）", text):
        if int(m.group(1)) != year:
            fail(f"{pid}: table year {m.group(0)}")
    if f"{year}年度" not in text.split("\n", 3)[1] + text.split("\n", 3)[0]:
        fail(f"{pid}: title lacks {year}年度")


def main():
    for pid, fn in PROJECT_CHECKS.items():
        fn()
        check_years(pid)
    recs, codes = check_labels()
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        print(f"{len(FAIL)} failure(s)")
        return 1
    print(f"{len(recs)} cases, {sum(codes.values())} labelled errors: "
          + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
