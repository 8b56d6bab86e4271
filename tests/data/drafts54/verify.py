#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, and the arithmetic of every clean draft."""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERR = []


def err(msg):
    ERR.append(msg)


def ok_dec(stated, computed):
    """rules.md §8: tolerance from the stated decimals."""
    s = stated.replace("%", "")
    d = len(s.split(".")[1]) if "." in s else 0
    return abs(D(computed) - D(s)) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def check(cond, msg):
    if not cond:
        err(msg)


def table(text, header_start):
    """Rows (list of cells) of the Markdown table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(header_start):
            rows = []
            for l2 in lines[i + 2:]:
                if not l2.startswith("|"):
                    break
                rows.append([c.strip() for c in l2.strip().strip("|").split("|")])
            return rows
    raise ValueError(header_start)


def one(pattern, text, pid):
    m = re.findall(pattern, text)
    if len(m) != 1:
        err(f"{pid}: pattern {pattern!r} found {len(m)}x")
        return None
    return m[0]


def grade(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_clean(pid, t):
    year = int(re.search(r"(\d{4})年度部门整体支出", t).group(1))
    # funds sentence
    m = re.search(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元、调减([\d.]+)万元，调整后预算([\d.]+)万元。"
                  r"截至(\d{4})年12月31日，全局实际支出([\d.]+)万元，预算执行率([\d.]+)%；未支出的([\d.]+)万元按规定结转至(\d{4})年", t)
    check(m, f"{pid}: funds sentence not found")
    I, A_, C, T, yy, S, R, B, yc = m.groups()
    check(D(I) + D(A_) - D(C) == D(T), f"{pid}: initial+add-cut != T")
    check(ok_dec(R, D(S) * 100 / D(T)), f"{pid}: exec rate")
    check(D(T) - D(S) == D(B), f"{pid}: balance")
    check(int(yy) == year and int(yc) == year + 1, f"{pid}: years")
    m = re.search(r"基本支出([\d.]+)万元（其中人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元", t)
    check(D(m.group(2)) + D(m.group(3)) == D(m.group(1)), f"{pid}: basic split")
    check(D(m.group(1)) + D(m.group(4)) == D(S), f"{pid}: basic+project")
    # table 1 and 2
    for hdr in ("| 资金来源 |", "| 序号 |"):
        rows = table(t, hdr)
        off = 1 if hdr == "| 资金来源 |" else 2
        body, tot = rows[:-1], rows[-1]
        ncol = 3 if off == 1 else 2
        for k in range(ncol):
            check(sum(D(r[off + k]) for r in body) == D(tot[off + k]), f"{pid}: {hdr} column {k} sum")
        bcol = off + ncol - 2
        for r in rows:
            b, s_, rr = D(r[bcol]), D(r[bcol + 1]), r[bcol + 2]
            if b == 0:
                check(rr == "—", f"{pid}: zero base rate {r}")
            else:
                check(ok_dec(rr, s_ * 100 / b) and D(rr.rstrip('%')) <= 100, f"{pid}: rate {r}")
        check(D(tot[bcol]) == D(T) and D(tot[bcol + 1]) == D(S), f"{pid}: {hdr} totals vs text")
        if off == 1:
            check(D(tot[1]) == D(I), f"{pid}: table1 initial")
    # low-rate sentence
    m = re.search(r"调整后预算([\d.]+)万元、实际支出([\d.]+)万元，执行率([\d.]+)%，未支出的([\d.]+)万元", t)
    if m:
        check(ok_dec(m.group(3), D(m.group(2)) * 100 / D(m.group(1))), f"{pid}: low unit rate")
        check(D(m.group(1)) - D(m.group(2)) == D(m.group(4)), f"{pid}: low unit balance")
        check(f"| {m.group(1)} | {m.group(2)} | {m.group(3)}% |" in t, f"{pid}: low unit not in table")
    m = re.search(r"执行率最高，为([\d.]+)%", t)
    if m:
        rows = table(t, "| 序号 |")[:-1]
        check(max(D(r[4].rstrip("%")) for r in rows) == D(m.group(1)), f"{pid}: max rate")
    # averages
    m = re.search(r"平均[^\d（]*([\d.]+)[^\d（]*（分别为([\d.、]+)", t)
    vals = [D(v) for v in m.group(2).split("、")]
    check(ok_dec(m.group(1), sum(vals) / len(vals)), f"{pid}: average")
    # sangong table
    rows = {r[0]: r for r in table(t, "| 项目 |")}
    for k in (1, 2, 3):
        car = D(rows["其中：公务用车购置费"][k]) + D(rows["公务用车运行维护费"][k])
        check(car == D(rows["3.公务用车购置及运行维护费"][k]), f"{pid}: car sum col {k}")
        tot = D(rows["1.因公出国（境）费"][k]) + D(rows["2.公务接待费"][k]) + car
        check(tot == D(rows["“三公”经费小计"][k]), f"{pid}: sangong sum col {k}")
    sg = rows["“三公”经费小计"]
    m = re.search(r"“三公”经费支出([\d.]+)万元，为预算的([\d.]+)%，比上年(减少|增加)([\d.]+)万元，(下降|增长)([\d.]+)%", t)
    check(D(m.group(1)) == D(sg[2]), f"{pid}: sangong text")
    check(ok_dec(m.group(2), D(sg[2]) * 100 / D(sg[1])), f"{pid}: sangong control rate")
    dlt = D(sg[3]) - D(sg[2])
    check(abs(dlt) == D(m.group(4)) and (m.group(3) == "减少") == (dlt > 0), f"{pid}: sangong delta")
    check(ok_dec(m.group(6), abs(dlt) * 100 / D(sg[3])), f"{pid}: sangong pct")
    m = re.search(r"增加([\d.]+)万元，增长[\d.]+%，主要是按车改方案更新.{0,8}公务用车，购置费增加([\d.]+)万元", t)
    if m:
        r_ = rows["其中：公务用车购置费"]
        check(D(r_[2]) - D(r_[3]) == D(m.group(2)), f"{pid}: purchase delta")
    check(D(one(r"其中公务接待费([\d.]+)万元", t, pid)) == D(rows["2.公务接待费"][2]), f"{pid}: reception text")
    m = re.search(r"会议费支出([\d.]+)万元；举办培训班\d+期、培训(\d+)人次，培训费支出([\d.]+)万元，人均培训费([\d.]+)元，较上年([\d.]+)万元(减少|增加)([\d.]+)万元", t)
    check(D(m.group(1)) == D(rows["会议费"][2]) and D(m.group(3)) == D(rows["培训费"][2]), f"{pid}: meeting/training text")
    check(ok_dec(m.group(4), D(m.group(3)) * 10000 / D(m.group(2))), f"{pid}: per-head training")
    check(D(m.group(5)) == D(rows["培训费"][3]) and abs(D(m.group(5)) - D(m.group(3))) == D(m.group(7)), f"{pid}: training delta")
    # procurement
    m = re.search(r"政府采购预算([\d.]+)万元，实际采购金额([\d.]+)万元，节约资金([\d.]+)万元，节约率([\d.]+)%。其中授予中小企业合同金额([\d.]+)万元，占政府采购金额的([\d.]+)%", t)
    G, H, sv, sr, K, kr = m.groups()
    check(D(G) - D(H) == D(sv) and ok_dec(sr, D(sv) * 100 / D(G)) and ok_dec(kr, D(K) * 100 / D(H)), f"{pid}: procurement")
    # per-capita money
    m = re.search(r"按(小学每生每年(\d+)元、初中每生每年(\d+)元)的标准足额安排，按小学在校生(\d+)人、初中在校生(\d+)人核定，共拨付生均公用经费([\d.]+)万元", t)
    if m:
        check(ok_dec(m.group(6), (D(m.group(2)) * D(m.group(4)) + D(m.group(3)) * D(m.group(5))) / 10000), f"{pid}: percap edu")
    m = re.search(r"按人均(\d+)元标准、以基本公共卫生服务常住人口(\d+)人核定，全年安排([\d.]+)万元", t)
    if m:
        check(ok_dec(m.group(3), D(m.group(1)) * D(m.group(2)) / 10000), f"{pid}: percap health")
    m = re.search(r"编制(\d+)名，实有在编人员(\d+)名，空编(\d+)名", t)
    check(int(m.group(1)) - int(m.group(2)) == int(m.group(3)), f"{pid}: staff")
    # indicator table
    rows = table(t, "| 一级指标 |")
    wsum = ssum = D(0)
    lw = ls = D(0)
    tw = ts = D(0)
    for r in rows:
        if r[0].endswith("小计"):
            check(D(r[6]) == lw and D(r[7]) == ls, f"{pid}: subtotal {r[0]}")
            tw += lw; ts += ls; lw = ls = D(0)
            continue
        if r[0] == "合计":
            check(D(r[6]) == tw == 100, f"{pid}: weights total")
            check(D(r[7]) == ts, f"{pid}: score total")
            total = D(r[7])
            continue
        w, sc = D(r[6]), D(r[7])
        lw += w; ls += sc
        check(0 <= sc <= w, f"{pid}: score > weight {r}")
        tgt, act, comp = r[3], r[4], r[5]
        if comp == "—":
            check(sc >= w * D("0.6"), f"{pid}: qualitative band {r}")
            continue
        num = lambda s: D(re.search(r"[\d.]+", s).group(0))
        unit = lambda s: re.sub(r"[≥≤\d.]", "", s)
        check(unit(tgt) == unit(act), f"{pid}: unit {r}")
        Tn, An = num(tgt), num(act)
        if tgt.startswith("≤"):
            c = D(100) if An <= Tn else Tn * 100 / An
            exp = w if An <= Tn else w * Tn / An
        else:
            c = An * 100 / Tn
            exp = w if An >= Tn else w * An / Tn
        check(ok_dec(comp, c), f"{pid}: completion {r}")
        check(ok_dec(r[7], exp), f"{pid}: score rule {r}")
        if r[2] == "预算执行率":
            check(act == f"{R}%", f"{pid}: exec row vs text")
        if r[2] == "结转结余率":
            check(ok_dec(act, (D(T) - D(S)) * 100 / D(T)), f"{pid}: balance rate")
        if r[2] == "服务对象满意度":
            m = re.search(r"满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，三项平均([\d.]+)%", t)
            v = [D(x) for x in m.groups()[:3]]
            check(ok_dec(m.group(4), sum(v) / 3) and act == m.group(4) + "%", f"{pid}: satisfaction avg")
    for lvl in ("决策", "过程", "产出", "效益"):
        m = re.search(lvl + r"指标。分值(\d+)分，得分([\d.]+)分", t)
        sub = [r for r in rows if r[0] == lvl + "小计"][0]
        check(m.group(1) == sub[6] and m.group(2) == sub[7], f"{pid}: {lvl} text vs table")
    m = re.search(r"自评得分([\d.]+)分，评价等级为“(.)”", t)
    check(D(m.group(1)) == total and m.group(2) == grade(total), f"{pid}: total/grade")
    for m in re.finditer(r"满意度为([\d.]+)%", t):
        check(D(m.group(1)) <= 100, f"{pid}: satisfaction over 100%")
    # restated output figures
    if "新增公办学位数实际完成" in t:
        v = re.search(r"新增公办学位数实际完成(\d+)个", t).group(1)
        check(f"| {v}个 |" in t, f"{pid}: restated places")
    if "“两癌”筛查" in t:
        m = re.search(r"“两癌”筛查(\d+)人", t)
        check(f"| {D(m.group(1)) / 10000}万人 |" in t, f"{pid}: screening vs table")
    if "新招聘教师" in t:
        m = re.search(r"新招聘教师(\d+)人，其中应届毕业生(\d+)人、社会招聘(\d+)人", t)
        check(int(m.group(2)) + int(m.group(3)) == int(m.group(1)), f"{pid}: teacher split")
    if "家庭医生签约" in t and "重点人群签约" in t:
        v = re.search(r"全年家庭医生签约([\d.]+)万人", t).group(1)
        check(f"| {v}万人 |" in t, f"{pid}: signing vs table")
    # deviation explained for every row that lost points
    for r in rows:
        if r[0] in ("合计",) or r[0].endswith("小计") or r[2] == "预算执行率":
            continue
        if D(r[7]) < D(r[6]):
            check(f"{r[2]}指标年度指标值" in t, f"{pid}: deviation unexplained {r[2]}")
    return total


def edit_core(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    clean = {}
    for lab in labels:
        if lab["clean"]:
            t = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
            clean[lab["source"]] = t
            total = check_clean(lab["source"], t)
            check(2500 <= len(t) <= 6000, f"{lab['case']}: length {len(t)}")
            print(f"{lab['case']}: {len(t)} chars, total {total}")
    codes = {}
    for lab in labels:
        if lab["clean"]:
            continue
        t = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        c = clean[lab["source"]]
        check(len(lab["expected"]) == 1, f"{lab['case']}: one label")
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            check(t.count(e["value"]) == 1, f"{lab['case']}: value occurs {t.count(e['value'])}x")
            check(e["value"] not in c, f"{lab['case']}: value in clean draft")
        a, b = edit_core(c, t)
        if "\n" in a or "\n" in b:
            # two adjacent score rows: each line's own change ≤ 16
            la, lb = a.split("\n"), b.split("\n")
            check(len(la) == len(lb) == 2, f"{lab['case']}: multi-line edit spans more than two rows")
            for x, y in zip(la, lb):
                x2, y2 = edit_core(x, y)
                check(max(len(x2), len(y2)) <= 16, f"{lab['case']}: row edit too big")
        else:
            check(0 < max(len(a), len(b)) <= 16, f"{lab['case']}: edit size {len(a)}/{len(b)}")
    print("codes:", json.dumps(codes, ensure_ascii=False))
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
                "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        check(codes.get(c, 0) >= 2, f"code {c} used {codes.get(c, 0)}x")
    if ERR:
        print("\n".join(ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
