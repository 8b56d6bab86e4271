#!/usr/bin/env python3
"""Checks for set n75 (pure Python 3).

1. labels: every value occurs exactly once in its case and never in the clean draft;
   clean drafts have no expected findings; every case file is labelled.
2. edit sizes: each error case differs from its clean draft by one contiguous change of at
   most 16 characters inside one line (score swaps: two adjacent lines, ≤ 16 each).
3. arithmetic of every clean draft:
   - FACTS: hand-listed identities (rates, balances, sums, unit costs, averages), each tied to
     a snippet that must occur in the clean text;
   - the 自评表 is parsed: per-row 0 ≤ 得分 ≤ 分值, score from target/actual under rules §5,
     stated 完成率, Σ 分值 = 100 = total row, Σ 得分 = total row, grade band of the total
     (table and text);
   - the funds block (年度资金总额 … ): rate = 执行/全年预算, score = 分值 × rate, components add.
Tolerance: half a unit of the stated last decimal (rules §8), ROUND_HALF_UP.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    stated = stated.replace(",", "")
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - D(stated)) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


NUM = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)")


def ev(expr):
    """Evaluate an arithmetic expression with all literals as Decimal."""
    return eval(NUM.sub(lambda m: f"D('{m.group(1)}')", expr), {"D": D, "min": min})


# (expression, stated value, snippet that must occur in the clean text and contain the value)
FACTS = {
    "kelan-popcensus-2020": [
        ("30.00+12.00+36.40", "78.40", "年初预算78.40万元，其中中央补助资金30.00万元"),
        ("78.40+8.00", "86.40", "全年预算调整为86.40万元"),
        ("30.00+12.00+8.00+36.40", "86.40", "| 全年预算资金 | (2) | 86.40 | 86.40 | 30.00 | 12.00 | 8.00 | 36.40 |"),
        ("30.00+12.00+8.00+33.17", "83.17", "| 全年执行资金 | (4) | 83.17 | 83.17 | 30.00 | 12.00 | 8.00 | 33.17 |"),
        ("83.17/86.40*100", "96.26", "全年执行83.17万元，预算执行率96.26%"),
        ("86.40-83.17", "3.23", "资金结余3.23万元"),
        ("36.40-33.17", "3.23", "| 资金结余 | (5)=(3)-(4) | 3.23 | 3.23 | 0.00 | 0.00 | 0.00 | 3.23 |"),
        ("33.17/36.40*100", "91.13", "支出33.17万元，执行率91.13%"),
        ("86.40/86.40*100", "100", "到位率100%"),
        ("420+96", "516", "合计516人"),
        ("14.60+18.20+44.80+8.80", "86.40", "| 合计 | | 86.40 | 83.17 | 96.26% |"),
        ("14.32+17.95+43.50+7.40", "83.17", "| 合计 | | 86.40 | 83.17 | 96.26% |"),
        ("14.32/14.60*100", "98.08", "| 14.60 | 14.32 | 98.08% |"),
        ("17.95/18.20*100", "98.63", "| 18.20 | 17.95 | 98.63% |"),
        ("43.50/44.80*100", "97.10", "| 44.80 | 43.50 | 97.10% |"),
        ("7.40/8.80*100", "84.09", "| 8.80 | 7.40 | 84.09% |"),
        ("420*8*40/10000", "13.44", "420名×8天×40元/人·天计13.44万元"),
        ("13.44+4.76", "18.20", "| 18.20 | 17.95 | 98.63% |"),
        ("420*12*50/10000", "25.20", "普查员劳务补助25.20万元（420名×12天×50元/人·天）"),
        ("96*15*50/10000", "7.20", "普查指导员补助7.20万元（96名×15天×50元/人·天）"),
        ("420*150/10000", "6.30", "6.30万元（420台，每台150元）"),
        ("25.20+7.20+6.30+6.10", "44.80", "| 44.80 | 43.50 | 97.10% |"),
        ("24620/420", "58.62", "平均每名普查员负责58.62户"),
        ("118+264+250", "632", "累计632人次"),
        ("(118+264+250)/3", "210.67", "平均每期210.67人次"),
        ("4/3336*100", "0.12", "发现漏登4人，漏登率0.12%"),
        ("12/3336*100", "0.36", "发现差错12人份，差错率0.36%"),
        ("365/392*100", "93.11", "满意的365份，满意度93.11%"),
        ("516/520*100", "99.23", "为目标520人的99.23%"),
        ("92/95*100", "96.84", "完成目标值的96.84%"),
        ("10+7.94+5+8+8+6+5", "49.94", "产出指标得分49.94分"),
        ("15+14.53", "29.53", "效益指标得分29.53分"),
        ("9.63+49.94+29.53+10", "99.10", "自评得分99.10分"),
        ("10*83.17/86.40", "9.63", "计得9.63分"),
    ],
    "luotian-econcensus-2019": [
        ("18.00+10.00+6.00+15.00", "49.00", "当年财政拨款49.00万元（中央补助18.00万元、省级补助10.00万元、市级补助6.00万元、县级安排15.00万元）"),
        ("49.00+9.36", "58.36", "年初预算58.36万元"),
        ("58.36+3.00", "61.36", "全年预算调整为61.36万元"),
        ("49.00+3.00", "52.00", "其中当年财政拨款52.00万元"),
        ("49.60/61.36*100", "80.83", "全年执行49.60万元，预算执行率80.83%"),
        ("61.36-49.60", "11.76", "年末结余11.76万元"),
        ("38.60+9.20+7.56+6.00", "61.36", "全年预算61.36万元按阶段安排为"),
        ("36.20+8.40+4.10+0.90", "49.60", "全年执行49.60万元"),
        ("36.20/38.60*100", "93.78", "93.78%"), ("8.40/9.20*100", "91.30", "91.30%"),
        ("4.10/7.56*100", "54.23", "54.23%"), ("0.90/6.00*100", "15.00", "15.00%"),
        ("312*25*40/10000", "31.20", "普查员补助31.20万元（312名×25天×40元/人·天）"),
        ("58*25*40/10000", "5.80", "普查指导员补助5.80万元（58名×25天×40元/人·天）"),
        ("31.20+5.80+1.60", "38.60", "正式登记38.60万元"),
        ("112+96+138+74", "420", "共420人次"), ("(112+96+138+74)/4", "105", "平均每期105人次"),
        ("49.60-9.36", "40.24", "支出40.24万元，执行率77.38%"),
        ("40.24/52.00*100", "77.38", "支出40.24万元，执行率77.38%"),
        ("2846-2800", "46", "超过目标46个"),
        ("15300/18000*100", "85.00", "为目标的85.00%"),
        ("4/320*100", "1.25", "漏报4个，漏报率1.25%"),
        ("138/5750*100", "2.40", "差错138项，差错率2.40%"),
        ("88.20/98*100", "90.00", "为目标值的90.00%"),
        ("198/250*100", "79.20", "满意的198份，满意度79.20%"),
        ("10+8.50+6.40+6.67+9", "40.57", "产出指标得分40.57分"),
        ("15+9.00", "24.00", "效益指标得分24.00分"),
        ("16.17+40.57+24.00+8.80", "89.54", "自评综合得分89.54分"),
    ],
    "chongyi-econcensus-2023": [
        ("14.00+8.00+18.00", "40.00", "年初预算40.00万元，其中中央补助14.00万元、省级补助8.00万元、县级安排18.00万元"),
        ("40.00+4.00+2.00", "46.00", "全年预算调整为46.00万元"),
        ("41.86/46.00*100", "91.00", "项目累计支出41.86万元，预算执行率91.00%"),
        ("46.00-41.86", "4.14", "结余4.14万元"),
        ("18.00+2.00", "20.00", "县级资金20.00万元"),
        ("41.86-14.00-8.00-4.00", "15.86", "支出15.86万元，执行率79.30%"),
        ("15.86/20.00*100", "79.30", "执行率79.30%"),
        ("9.40+24.80+11.80", "46.00", "| 合计 | 46.00 | 41.86 | 91.00% |"),
        ("9.12+23.94+8.80", "41.86", "| 合计 | 46.00 | 41.86 | 91.00% |"),
        ("9.12/9.40*100", "97.02", "| 9.40 | 9.12 | 97.02% |"),
        ("23.94/24.80*100", "96.53", "支出23.94万元，执行率96.53%"),
        ("8.80/11.80*100", "74.58", "| 11.80 | 8.80 | 74.58% |"),
        ("3.60+4.20+1.60", "9.40", "前期准备阶段预算9.40万元"),
        ("168*15*80/10000", "20.16", "普查员清查补助20.16万元（168名×15天×80元/人·天）"),
        ("32*15*80/10000", "3.84", "普查指导员补助3.84万元（32名×15天×80元/人·天）"),
        ("20.16+3.84+0.80", "24.80", "单位清查阶段预算24.80万元"),
        ("3.20+6.60+2.00", "11.80", "登记准备阶段预算11.80万元"),
        ("168+32", "200", "合计200人"),
        ("46+168+75+60+51", "400", "合计400人次"),
        ("(46+168+75+60+51)/5", "80", "平均每期80人"),
        ("(1962-1684)/1684*100", "16.51", "增长16.51%"),
        ("2/648*100", "0.31", "发现漏报2个，单位漏报率0.31%"),
        ("5/648*100", "0.77", "发现差错5份，差错率0.77%"),
        ("96.50/98*100", "98.47", "完成率98.47%"),
        ("377/400*100", "94.25", "满意377份，满意度94.25%"),
        ("10*41.86/46.00", "9.10", "按10×91.00%计9.10分"),
        ("10+10+9.85", "29.85", "效益指标29.85分"),
        ("9.10+50+29.85+10", "98.95", "自评得分98.95分"),
    ],
    "yanshan-agricensus-2025": [
        ("32.80+38.60+92.30+22.80", "186.50", "全周期经费预算186.50万元"),
        ("8.00+20.00", "28.00", "年初预算28.00万元，其中省级补助8.00万元"),
        ("28.00+4.80", "32.80", "全年预算32.80万元"),
        ("32.80-2.40", "30.40", "全年到位30.40万元"),
        ("30.40/32.80*100", "92.68", "到位率92.68%"),
        ("24.60/32.80*100", "75.00", "全年执行24.60万元，预算执行率75.00%"),
        ("30.40-24.60", "5.80", "年末结余5.80万元"),
        ("6.40+9.60+5.80+8.20+2.80", "32.80", "全年预算32.80万元按用途安排为"),
        ("5.62/5.80*100", "96.90", "实际支出5.62万元，执行率96.90%"),
        ("52+38", "90", "共90人次"),
        ("208/216*100", "96.30", "完成率96.30%"),
        ("216-208", "8", "剩余8个普查区"),
        ("400/460*100", "86.96", "为目标的86.96%"),
        ("30/1200*100", "2.50", "发现差错30处，差错率2.50%"),
        ("2/125*100", "1.60", "发现漏登2户，漏登率1.60%"),
        ("360/600*100", "60.00", "知晓农业普查的360户，知晓率60.00%"),
        ("60/85*100", "70.59", "为目标值的70.59%"),
        ("190/250*100", "76.00", "满意190份，满意度76.00%"),
        ("9.63+6.96+2.50+6.40+5.00+6+5", "41.49", "产出指标41.49分"),
        ("7.06+6.00+10", "23.06", "效益指标23.06分"),
        ("7.50+41.49+23.06+8.44", "80.49", "自评得分80.49分"),
    ],
    "tongshan-popsample-2025": [
        ("12.00+6.00+17.00", "35.00", "年初预算35.00万元，其中中央补助12.00万元"),
        ("35.00+3.50", "38.50", "全年预算38.50万元"),
        ("35.38/38.50*100", "91.90", "全年支出35.38万元，预算执行率91.90%"),
        ("38.50-35.38", "3.12", "结余3.12万元"),
        ("7.90+5.60+18.40+6.60", "38.50", "全年预算38.50万元"),
        ("7.62+5.46+17.30+5.00", "35.38", "全年支出35.38万元"),
        ("7.62/7.90*100", "96.46", "支出7.62万元，执行率96.46%"),
        ("5.46/5.60*100", "97.50", "支出5.46万元，执行率97.50%"),
        ("17.30/18.40*100", "94.02", "支出17.30万元，执行率94.02%"),
        ("5.00/6.60*100", "75.76", "支出5.00万元，执行率75.76%"),
        ("90*15*100/10000", "13.50", "调查员补助13.50万元（90名×15天×100元/人·天）"),
        ("22*15*100/10000", "3.30", "调查指导员补助3.30万元（22名×15天×100元/人·天）"),
        ("13.50+3.30+1.60", "18.40", "正式登记预算18.40万元"),
        ("90+22", "112", "共112人"),
        ("112/120*100", "93.33", "为目标120人的93.33%"),
        ("42+116+64", "222", "共222人次"),
        ("(42+116+64)/3", "74", "平均每期74人次"),
        ("8/1750*100", "0.46", "漏登8人，漏登率0.46%"),
        ("35/1750*100", "2.00", "差错35人，差错率2.00%"),
        ("173000/3360", "51.49", "户均登记成本51.49元"),
        ("80.00/95*100", "84.21", "为目标的84.21%"),
        ("171/200*100", "85.50", "满意171份，满意度85.50%"),
        ("85.50/95*100", "90.00", "为目标值95%的90.00%"),
        ("10+7.47+3.75+8+6.00+6+5", "46.22", "产出指标46.22分"),
        ("10+8.00+8.42", "26.42", "效益指标26.42分"),
        ("9.19+46.22+26.42+9.00", "90.83", "自评得分90.83分"),
    ],
}

GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
          (D(0), ("差", "较差", "不合格"))]


def band(total):
    for lo, names in GRADES:
        if total >= lo:
            return names
    return GRADES[-1][1]


def tables(text):
    """Yield lists of rows (list of cells) for each Markdown pipe table."""
    cur = []
    for line in text.split("\n") + [""]:
        if line.startswith("|"):
            cur.append([c.strip() for c in line.strip().strip("|").split("|")])
        else:
            if cur:
                yield cur
            cur = []


SEP = re.compile(r"^-{3,}$")
QTY = re.compile(r"^(=|≥|≤)?\s*(\d+(?:\.\d+)?)\s*(%|[^\d\s]*)$")


def parse_q(s):
    m = QTY.match(s.replace(",", ""))
    if not m:
        return None
    return m.group(1) or "=", D(m.group(2)), m.group(3)


def rule_score(w, target, actual):
    """Score and completion (%) under rules §5, or None when not quantitative."""
    t, a = parse_q(target), parse_q(actual)
    if not t or not a or t[2] != a[2]:
        return None
    sign, tv, unit = t
    av = a[1]
    if sign == "≤":
        comp = D(100) if av <= tv else tv / av * 100
    else:
        comp = av / tv * 100
    return min(w, w * comp / 100), comp


def check_indicator_table(pid, text, rows):
    # header: a row holding both 分值 and 得分
    hdr_i = next(i for i, r in enumerate(rows[:3]) if "分值" in r and "得分" in r)
    hdr = rows[hdr_i]
    wi, si = hdr.index("分值"), hdr.index("得分")
    names = rows[0]
    ti = next(i for i, c in enumerate(names) if c in ("年度指标值", "目标值"))
    ai = next(i for i, c in enumerate(names) if c in ("实际完成值", "业绩值"))
    ci = names.index("完成率") if "完成率" in names else None
    body = [r for i, r in enumerate(rows) if i > hdr_i and not all(SEP.match(c) for c in r)]
    sw, ss, total = D(0), D(0), None
    for r in body:
        if r[0] in ("合计", "总分"):
            total = r
            continue
        w, s = D(r[wi]), D(r[si])
        sw += w
        ss += s
        if not (0 <= s <= w):
            err(f"{pid}: row {r[2] or r[1] or r[0]} score {s} outside [0, {w}]")
        t, a = r[ti], r[ai]
        rs = rule_score(w, t, a)
        if rs is not None:
            sc, comp = rs
            if not close(sc, r[si]):
                err(f"{pid}: row {r[2]} score {r[si]} vs rule {q2(sc)}")
            if ci is not None and not close(comp, r[ci].rstrip("%")):
                err(f"{pid}: row {r[2]} completion {r[ci]} vs {q2(comp)}")
        elif a in ("通过",) or re.match(r"^\d{4}年\d+月\d+日$", a):
            if s != w:
                err(f"{pid}: row {r[2]} achieved but score {s} != {w}")
        elif a.startswith("部分达成"):
            if not (D("0.6") * w <= s < D("0.8") * w):
                err(f"{pid}: row {r[2]} partly achieved, score {s} outside [60%, 80%)")
        else:
            err(f"{pid}: row {r[2]} not checked ({t} / {a})")
    if total is None:
        err(f"{pid}: no total row")
        return None
    if sw != 100 or D(total[wi]) != 100:
        err(f"{pid}: weights add to {sw}, total row {total[wi]}")
    if not close(ss, total[si]):
        err(f"{pid}: scores add to {ss}, total row {total[si]}")
    tot = D(total[si])
    names_ok = band(tot)
    stated = [c.replace("等级：", "") for c in total if c and c.replace("等级：", "") in sum((g for _, g in GRADES), ())]
    if not stated or any(g not in names_ok for g in stated):
        err(f"{pid}: table grade {stated} for total {tot}")
    for m in re.finditer(r"评价等级为[“\"]?([优良中差][秀好等]?)", text):
        if m.group(1) not in names_ok:
            err(f"{pid}: text grade {m.group(1)} for total {tot}")
    if not re.search(r"评价等级为", text):
        err(f"{pid}: no grade sentence")
    return tot


def check_funds_block(pid, rows):
    hdr = rows[0]
    if "全年预算数" not in hdr:
        return False
    ai, bi, wi, ri, si = (hdr.index(k) for k in ("全年预算数", "全年执行数", "分值", "执行率", "得分"))
    ii = hdr.index("年初预算数")
    body = [r for r in rows[1:] if not all(SEP.match(c) for c in r)]
    total = body[0]
    for col in (ii, ai, bi):
        parts = [D(r[col]) if r[col] not in ("—", "") else D(0) for r in body[1:]]
        if sum(parts) != D(total[col]):
            err(f"{pid}: funds column {hdr[col]} components {sum(parts)} != {total[col]}")
    for r in body:
        if r[ai] in ("—", "") or D(r[ai]) == 0:
            if r[ri] not in ("—", ""):
                err(f"{pid}: rate on zero base in row {r[0]}")
            continue
        rate = D(r[bi]) / D(r[ai]) * 100
        if not close(rate, r[ri].rstrip("%")):
            err(f"{pid}: funds row {r[0]} rate {r[ri]} vs {q2(rate)}")
        if r[wi] not in ("—", ""):
            sc = D(r[wi]) * min(rate, D(100)) / 100
            if not close(sc, r[si]):
                err(f"{pid}: funds score {r[si]} vs {q2(sc)}")
    return True


def check_clean(pid, text):
    for expr, stated, snip in FACTS[pid]:
        if snip not in text:
            err(f"{pid}: snippet not found: {snip}")
        elif stated not in snip.replace(",", ""):
            err(f"{pid}: stated {stated} not in its snippet {snip}")
        val = ev(expr)
        if not close(val, stated):
            err(f"{pid}: {expr} = {val}, stated {stated}")
    n_ind = 0
    for rows in tables(text):
        flat = sum(rows[:3], [])
        if "分值" in flat and "得分" in flat and ("三级指标" in flat):
            tot = check_indicator_table(pid, text, rows)
            n_ind += 1
            m = re.search(r"自评(?:综合)?得分(\d+\.\d+)分", text)
            if not m or tot is None or D(m.group(1)) != tot:
                err(f"{pid}: text total {m and m.group(1)} != table total {tot}")
        else:
            check_funds_block(pid, rows)
    if n_ind != 1:
        err(f"{pid}: expected one indicator table, found {n_ind}")
    n = len(text)
    if not 2500 <= n <= 6000:
        err(f"{pid}: clean draft has {n} characters")


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_edit(name, clean, case, rows2):
    if rows2:
        la, lb = clean.split("\n"), case.split("\n")
        if len(la) != len(lb):
            err(f"{name}: line count changed")
            return
        changed = [i for i, (x, y) in enumerate(zip(la, lb)) if x != y]
        if not changed or len(changed) > 2 or (len(changed) == 2 and changed[1] != changed[0] + 1):
            err(f"{name}: score edit touches lines {changed}")
        for i in changed:
            x, y = diff_region(la[i], lb[i])
            if max(len(x), len(y)) > 16:
                err(f"{name}: line {i} change too long")
        return
    x, y = diff_region(clean, case)
    if "\n" in x or "\n" in y or max(len(x), len(y)) > 16 or (not x and not y):
        err(f"{name}: edit {x!r} -> {y!r} not one in-line change of ≤16 chars")


def main():
    sys.path.insert(0, HERE)
    import build
    rows2 = {(e["project"], e["n"]): e["rows2"] for e in build.edits()}
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    labelled = {l["case"] for l in labels}
    for f in os.listdir(CASES):
        if f not in labelled:
            err(f"unlabelled case file {f}")
    codes = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                err(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            err(f"{lab['case']}: expected exactly one finding")
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["severity"] != "error":
                err(f"{lab['case']}: severity {e['severity']}")
            if text.count(e["value"]) != 1:
                err(f"{lab['case']}: value occurs {text.count(e['value'])} times in case")
            if e["value"] in clean:
                err(f"{lab['case']}: value occurs in the clean draft")
        n = int(lab["case"].rsplit("-e", 1)[1].split(".")[0])
        check_edit(lab["case"], clean, text, rows2[(lab["source"], n)])
    for pid in FACTS:
        check_clean(pid, open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read())
    needed = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
              "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
              "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
              "completion_mismatch"]
    for c in needed:
        if codes.get(c, 0) < 2:
            err(f"code {c} used {codes.get(c, 0)} times")
    if ERRORS:
        print("\n".join(ERRORS))
        print(f"FAILED ({len(ERRORS)} problems)")
        sys.exit(1)
    print("codes:", json.dumps(codes, ensure_ascii=False, sort_keys=True))
    print("OK")


if __name__ == "__main__":
    main()
