#!/usr/bin/env python3
"""Check this set: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3, no third-party packages.  Prints OK (exit 0) or the list of problems (exit 1).

1. labels.jsonl: every case exists; every `value` occurs exactly once in its case and never in the
   clean draft; the case differs from the clean draft in one line (two adjacent lines for score-row
   edits) by one contiguous region of at most 16 characters per line, and that region lies inside the
   value; every numeric code of errors.md section A except figure_mismatch is used at least twice,
   in at least two projects.
2. clean drafts, recomputed with Decimal and the tolerance of rules.md section 8:
   - every Markdown 自评表: weights add up to 100 and to the 合计 row, scores add up to the total,
     0 <= score <= weight, each score follows rules.md section 5 (execution: w x min(r,100%);
     >= / = : proportional; <= : full when met; date targets), units of target and actual agree,
     a 完成率 column matches section 5, and the grade stated in the text is the band of the total;
   - every budget table: 年初 + 调整 = 调整后, 执行率 = 执行 / 预算, 结余/结转 = 预算 - 执行,
     column totals (小计 and 合计), zero bases print "—";
   - the Shanxi-style 行次 table: (5)=(3)-(4), (6)=(3)/(2), (7)=(4)/(2), 总额 = 小计 + 结转 + 其他,
     小计 = 中央 + 自治区;
   - a list of text claims per draft (rates, balances, sums, averages, per-head figures, growth),
     each recomputed from figures that appear in the draft;
   - years: 截至YYYY年12月31日 names the evaluation year, 结转至YYYY年 a later year.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


# ---------------------------------------------------------------- numbers and tolerance
NUM = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def dec(s):
    return Decimal(s.replace(",", "").replace("+", ""))


def places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = dec(stated)
    tol = Decimal(5) * Decimal(10) ** (-(places(stated) + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def first_num(s):
    m = NUM.search(s)
    return m.group(0) if m else None


def with_commas(lit):
    if "." in lit:
        ip, fp = lit.split(".")
    else:
        ip, fp = lit, None
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    grouped = "{:,}".format(int(ip)) if ip else ip
    return ("-" if neg else "") + grouped + ("." + fp if fp is not None else "")


CONSTANTS = {"100", "10", "10000", "0.04", "0.12", "0.5", "2", "3", "1"}


def evaluate(expr, text, where):
    for lit in re.findall(r"\d+(?:\.\d+)?", expr):
        if lit in CONSTANTS:
            continue
        if lit not in text and with_commas(lit) not in text:
            fail(f"{where}: figure {lit} used in '{expr}' does not appear in the draft")
    safe = re.sub(r"(\d+(?:\.\d+)?)", r"Decimal('\1')", expr)
    return eval(safe, {"Decimal": Decimal})


# ---------------------------------------------------------------- Markdown tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    parsed = []
    for block in out:
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in block]
        header, body = rows[0], [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]
        parsed.append((header, body))
    return parsed


def col(header, *names):
    for i, h in enumerate(header):
        if any(n in h for n in names):
            return i
    return None


# ---------------------------------------------------------------- scoring (rules.md section 5)
def unit_of(s):
    s = s.replace("≥", "").replace("≤", "").replace("=", "").replace("前", "")
    return NUM.sub("", s).strip()


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def expected(target, actual, weight):
    """Return (completion %, score) under rules.md section 5, or None for qualitative rows."""
    w = Decimal(weight)
    dt, da = DATE.search(target), DATE.search(actual)
    if dt and da:
        met = tuple(map(int, da.groups())) <= tuple(map(int, dt.groups()))
        return (Decimal(100) if met else Decimal(0)), (w if met else Decimal(0))
    t, a = first_num(target), first_num(actual)
    if t is None or a is None:
        return None
    T, A = dec(t), dec(a)
    if target.startswith("≤"):
        comp = Decimal(100) if A <= T else T / A * 100
        return comp, (w if A <= T else w * T / A)
    if T == 0:  # = 0 起 / 人
        return (Decimal(100) if A <= 0 else Decimal(0)), (w if A <= 0 else Decimal(0))
    comp = A / T * 100
    return comp, min(w, w * max(A, Decimal(0)) / T)


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def check_score_table(name, text, header, body):
    it, ia = col(header, "年度指标值", "目标值"), col(header, "实际完成值", "业绩值")
    iw, isc, ic = col(header, "权重"), col(header, "得分"), col(header, "完成率")
    i3 = col(header, "三级指标")
    rows = [r for r in body if r[0] != "合计"]
    total = [r for r in body if r[0] == "合计"]
    if len(total) != 1:
        fail(f"{name}: score table without exactly one 合计 row")
        return None
    total = total[0]
    wsum = sum(dec(r[iw]) for r in rows)
    ssum = sum(dec(r[isc]) for r in rows)
    if wsum != 100 or dec(total[iw]) != 100:
        fail(f"{name}: weights add up to {wsum}, 合计 says {total[iw]}")
    if not consistent(total[isc], ssum):
        fail(f"{name}: scores add up to {ssum}, 合计 says {total[isc]}")
    for r in rows:
        w, s = dec(r[iw]), dec(r[isc])
        label = r[i3]
        if s < 0 or s > w:
            fail(f"{name}: {label} score {s} outside [0, {w}]")
        ut, ua = unit_of(r[it]), unit_of(r[ia])
        if DATE.search(r[it]) and DATE.search(r[ia]):
            pass
        elif ut != ua:
            fail(f"{name}: {label} target unit '{ut}' vs actual unit '{ua}'")
        if label == "预算执行率":
            rate = dec(first_num(r[ia]))
            exp_score = w * min(rate, Decimal(100)) / 100
            comp = rate
        else:
            e = expected(r[it], r[ia], w)
            if e is None:
                fail(f"{name}: {label} cannot be scored")
                continue
            comp, exp_score = e
        if not consistent(r[isc], exp_score):
            fail(f"{name}: {label} score {r[isc]} but rule gives {exp_score:.4f}")
        if ic is not None and not consistent(first_num(r[ic]), comp):
            fail(f"{name}: {label} 完成率 {r[ic]} but rule gives {comp:.4f}")
        # deviations must be explained: shortfall, or over-achievement beyond 20 %
        idev = col(header, "偏差")
        if idev is not None and (comp < 100 or comp > 120) and not r[idev]:
            fail(f"{name}: {label} deviates ({comp:.2f}%) with an empty 偏差原因")
    # grade and total as stated in the text
    tot = total[isc]
    m = re.findall(r"(\d+\.\d+)分[，,]\s*(?:评价等级为|属于)[“\"]?(优秀|良好|中等|优|良|中|差)", text)
    if not m:
        fail(f"{name}: no 'score + grade' statement in the text")
    for sc, gr in m:
        if dec(sc) != dec(tot):
            fail(f"{name}: text total {sc} vs table total {tot}")
        if gr[0] != band(dec(sc)):
            fail(f"{name}: grade {gr} for {sc} (band {band(dec(sc))})")
    return dec(tot)


# ---------------------------------------------------------------- budget tables
def check_budget_table(name, header, body):
    ib = col(header, "年初批复数", "年初预算数", "批复数")
    ia = col(header, "调整数")
    ir = col(header, "调整后预算数", "全年预算数")
    ie = col(header, "执行数", "全年执行数")
    ip = col(header, "执行率")
    ik = col(header, "结余", "结转下年")
    numeric = [i for i in (ib, ia, ir, ie, ik) if i is not None]
    for r in body:
        label = r[0] + " " + r[1]
        if ib is not None and ia is not None and ir is not None:
            if dec(r[ib]) + dec(r[ia]) != dec(r[ir]):
                fail(f"{name}: {label} 年初 + 调整 != 调整后")
        if ip is not None:
            if dec(r[ir]) == 0:
                if r[ip] != "—":
                    fail(f"{name}: {label} rate on a zero base printed as {r[ip]}")
            elif not consistent(first_num(r[ip]), dec(r[ie]) / dec(r[ir]) * 100):
                fail(f"{name}: {label} 执行率 {r[ip]} vs {dec(r[ie]) / dec(r[ir]) * 100:.4f}")
        if ik is not None and dec(r[ik]) != dec(r[ir]) - dec(r[ie]):
            fail(f"{name}: {label} 结余/结转 {r[ik]} vs {dec(r[ir]) - dec(r[ie])}")
    # column totals: a 小计 row sums the rows above it; 合计 sums all detail rows
    detail, since = [], []
    for r in body:
        if r[0] in ("小计", "合计"):
            group = since if r[0] == "小计" else detail
            for i in numeric:
                if sum(dec(x[i]) for x in group) != dec(r[i]):
                    fail(f"{name}: {r[0]} column '{header[i]}' {r[i]} vs {sum(dec(x[i]) for x in group)}")
            since = []
        else:
            detail.append(r)
            since.append(r)


def check_source_table(name, header, body):
    """MOF funds block: 年度资金总额 = the rows below it."""
    ib, ir, ie, ip = col(header, "年初预算数"), col(header, "全年预算数"), col(header, "全年执行数"), col(header, "执行率")
    head, parts = body[0], body[1:]
    for i in (ib, ir, ie):
        if sum(dec(x[i]) for x in parts) != dec(head[i]):
            fail(f"{name}: 年度资金总额 '{header[i]}' is not the sum of its parts")
    for r in body:
        if dec(r[ir]) == 0:
            if r[ip] != "—":
                fail(f"{name}: {r[0]} rate on a zero base printed as {r[ip]}")
        elif not consistent(first_num(r[ip]), dec(r[ie]) / dec(r[ir]) * 100):
            fail(f"{name}: {r[0]} 执行率 {r[ip]}")


def check_hangci_table(name, header, body):
    rows = {r[1]: [dec(x) for x in r[2:]] for r in body}
    get = lambda key: next(v for k, v in rows.items() if k.startswith(key))
    r1, r2, r3, r4, r5, r6, r7 = (get(f"({i})") for i in range(1, 8))
    for row in (r1, r2, r3, r4, r5):  # 总额 = 小计 + 结转 + 其他 ; 小计 = 中央 + 自治区
        if row[0] != row[1] + row[4] + row[5] or row[1] != row[2] + row[3]:
            fail(f"{name}: 行次 table row does not add up: {row}")
    raw = {r[1]: r[2:] for r in body}
    s6 = next(v for k, v in raw.items() if k.startswith("(6)"))
    s7 = next(v for k, v in raw.items() if k.startswith("(7)"))
    for j in range(6):
        if r5[j] != r3[j] - r4[j]:
            fail(f"{name}: (5)=(3)-(4) fails in column {j}")
        if r2[j] == 0:
            continue
        if not consistent(s6[j], r3[j] / r2[j] * 100):
            fail(f"{name}: (6)=(3)/(2) fails in column {j}")
        if not consistent(s7[j], r4[j] / r2[j] * 100):
            fail(f"{name}: (7)=(4)/(2) fails in column {j}")


# ---------------------------------------------------------------- text claims per draft
# (context that must occur in the clean draft, the stated figure inside it, expression)
CLAIMS = {
    "sx-guanzhongligong-xueke-2023": [
        ("年初预算为2,535.6820万元", "2,535.6820", "2400.0000+135.6820"),
        ("追加学科专项360.0000万元", "360.0000", "120.0000+80.0000+60.0000+100.0000"),
        ("高层次人才引育100.0000万元", "100.0000", "120.0000-20.0000"),
        ("全年预算数为2,895.6820万元", "2,895.6820", "2535.6820+360.0000"),
        ("其中当年财政拨款2,760.0000万元", "2,760.0000", "2400.0000+360.0000"),
        ("其中当年财政拨款2,760.0000万元、上年结转135.6820万元", "2,760.0000", "2895.6820-135.6820"),
        ("资金到位率100.00%", "100.00", "2895.6820/2895.6820*100"),
        ("预算执行率93.81%", "93.81", "2716.4316/2895.6820*100"),
        ("其中当年财政拨款支出2,580.7496万元，执行率93.51%", "93.51", "2580.7496/2760.0000*100"),
        ("其中当年财政拨款支出2,580.7496万元", "2,580.7496", "2716.4316-135.6820"),
        ("未支出的179.2504万元", "179.2504", "2895.6820-2716.4316"),
        ("XK-2023-04执行率为78.00%", "78.00", "296.4100/380.0000*100"),
        ("高水平论文113篇", "113", "46+38+29"),
        ("平均每个学科37.67篇", "37.67", "(46+38+29)/3"),
        ("比2022年的98篇增长15.31%", "15.31", "(113-98)/98*100"),
        ("比2022年的22件增长22.73%", "22.73", "(27-22)/22*100"),
        ("全年引进和培育高层次人才6人", "6", "2+3+1"),
        ("目标8人，完成75.00%", "75.00", "6/8*100"),
        ("合计100.0000万元", "100.0000", "200*5000/10000"),
        ("生均投入1.7469万元", "1.7469", "(912.3650+801.2218+452.6060)/1240"),
        ("完成年度目标的110.50%", "110.50", "13260/12000*100"),
        ("单机时运行成本89.10元", "89.10", "118.1468*10000/13260"),
        ("按期完成率96.30%", "96.30", "52/54*100"),
        ("完成年度目标的92.43%", "92.43", "1386.5000/1500*100"),
        ("比目标少3件", "3", "30-27"),
    ],
    "gs-qilianshifan-xszz-2021": [
        ("占在校生的30.44%", "30.44", "5126/16842*100"),
        ("国家奖助学金1,668.3000万元", "1,668.3000", "20.8000+245.0000+1402.5000"),
        ("困难补助经费374.0000万元", "374.0000", "9350.0000*0.04"),
        ("年初预算合计2,042.3000万元", "2,042.3000", "1668.3000+374.0000"),
        ("以上调整合计98.9000万元", "98.9000", "7.5000+52.8000+38.6000"),
        ("调整后全年预算为2,141.2000万元", "2,141.2000", "2042.3000+98.9000"),
        ("调整后全年预算为2,141.2000万元", "2,141.2000", "1425.6400+341.5600+374.0000"),
        ("全年支出2,116.5840万元", "2,116.5840", "1423.0000+340.9000+352.6840"),
        ("预算执行率98.85%", "98.85", "2116.5840/2141.2000*100"),
        ("执行率均为99.81%", "99.81", "1423.0000/1425.6400*100"),
        ("执行率均为99.81%", "99.81", "340.9000/341.5600*100"),
        ("执行率94.30%", "94.30", "352.6840/374.0000*100"),
        ("年末结余24.6160万元", "24.6160", "2141.2000-2116.5840"),
        ("每人8,000元，发放20.8000万元", "20.8000", "26*8000/10000"),
        ("每人5,000元，发放252.5000万元", "252.5000", "505*5000/10000"),
        ("国家助学金资助4,410人", "4,410", "1260+1890+1260"),
        ("应发1,455.3000万元", "1,455.3000", "(1260*4400+1890*3300+1260*2200)/10000"),
        ("平均每人3,300元", "3,300", "1455.3000*10000/4410"),
        ("实际发放1,452.0000万元", "1,452.0000", "1455.3000-3.3000"),
        ("比目标少180个", "180", "1200-1020"),
        ("发放酬金186.4200万元", "186.4200", "124280*15/10000"),
        ("人均1,199.60元", "1,199.60", "166.2640*10000/1386"),
        ("学院事业收入支出352.6840万元", "352.6840", "186.4200+166.2640"),
        ("比2020年的2,034.7200万元增长4.02%", "4.02", "(2116.5840-2034.7200)/2034.7200*100"),
        ("人均获得资助4,129.11元", "4,129.11", "2116.5840*10000/5126"),
        ("资助覆盖率91.34%", "91.34", "4682/5126*100"),
        ("完成目标的85.00%", "85.00", "1020/1200*100"),
        ("有21.3160万元未使用", "21.3160", "374.0000-352.6840"),
        ("比目标低6.4个百分点", "6.4", "95-88.6"),
    ],
    "xj-zhundongligong-zxdk-2024": [
        ("占在校生的43.54%", "43.54", "4975/11426*100"),
        ("安排风险补偿金120.0000万元", "120.0000", "2000.0000*0.12*0.5"),
        ("年初批复608.0000万元", "608.0000", "120.0000+380.0000+60.0000+40.0000+8.0000"),
        ("风险补偿金相应调减5.8440万元", "5.8440", "120.0000-114.1560"),
        ("调整数合计35.2910万元", "35.2910", "-5.8440+32.6350+8.5000"),
        ("调整后全年预算643.2910万元", "643.2910", "608.0000+35.2910"),
        ("调整后全年预算643.2910万元", "643.2910", "521.1350+122.1560"),
        ("自治区财政资金521.1350万元", "521.1350", "412.6350+60.0000+48.5000"),
        ("学院事业收入122.1560万元", "122.1560", "114.1560+8.0000"),
        ("预算执行率96.71%", "96.71", "622.1010/643.2910*100"),
        ("未支出21.1900万元", "21.1900", "643.2910-622.1010"),
        ("DK-2024-04执行率64.47%", "64.47", "31.2680/48.5000*100"),
        ("人均15,004.73元", "15,004.73", "1902.6000*10000/1268"),
        ("计提风险补偿金228.3120万元", "228.3120", "1902.6000*0.12"),
        ("学院承担部分为114.1560万元", "114.1560", "228.3120*0.5"),
        ("当年到期贷款违约率1.17%", "1.17", "16.2200/1386.4000*100"),
        ("三年平均1.48%", "1.48", "(1.82+1.46+1.17)/3"),
        ("完成目标的105.67%", "105.67", "1268/1200*100"),
        ("人均22,184.68元", "22,184.68", "412.6350*10000/186"),
        ("新生入学资助720人", "720", "312+408"),
        ("合计56.4000万元", "56.4000", "(312*500+408*1000)/10000"),
        ("目标12场，完成75.00%", "75.00", "9/12*100"),
        ("结余3.6000万元", "3.6000", "60.0000-56.4000"),
    ],
    "xj-tianshanyixue-xueke-2019": [
        ("财政资金1,050.0000万元已全额到位", "1,050.0000", "600.0000+400.0000+50.0000"),
        ("支出112.6400万元，结余7.3600万元", "7.3600", "120.0000-112.6400"),
        ("未到位的30.0000万元", "30.0000", "150.0000-120.0000"),
        ("项目全年执行1,179.2910万元", "1,179.2910", "352.4180+279.6520+168.3310+378.8900"),
        ("预算执行率91.67%", "91.67", "1179.2910/1286.4500*100"),
        ("全年预算1,286.4500万元", "1,286.4500", "380.0000+300.0000+220.0000+386.4500"),
        ("执行率92.74%", "92.74", "352.4180/380.0000*100"),
        ("执行率93.22%", "93.22", "279.6520/300.0000*100"),
        ("执行率76.51%", "76.51", "168.3310/220.0000*100"),
        ("执行率98.04%", "98.04", "378.8900/386.4500*100"),
        ("（含上年结转86.4500万元）", "86.4500", "386.4500-300.0000"),
        ("实际支出316.16万元，执行率98.8%", "98.8", "316.16/320.00*100"),
        ("资金结余77.1590万元", "77.1590", "1256.4500-1179.2910"),
        ("得9.17分", "9.17", "10*1179.2910/1286.4500"),
        ("比2018年的47篇增加7篇", "7", "54-47"),
        ("完成目标的90.00%", "90.00", "54/60*100"),
        ("授权发明专利9件，完成75.00%", "75.00", "9/12*100"),
        ("完成108.00%", "108.00", "162/150*100"),
        ("完成99.00%", "99.00", "2376/2400*100"),
        ("完成73.33%", "73.33", "11/15*100"),
        ("按期到货率86.0%", "86.0", "43/50*100"),
        ("完成200万元目标的69.30%", "69.30", "138.6/200*100"),
        ("学校自筹资金到位80.00%", "80.00", "120/150*100"),
    ],
    "sx-qinlingshifan-yjszz-2020": [
        ("全日制研究生3,126人", "3,126", "3034+92"),
        ("非定向就业研究生3,044人", "3,044", "2956+88"),
        ("定向就业研究生82人", "82", "3126-3044"),
        ("研究生奖助资金4,276.0000万元", "4,276.0000", "136.0000+1860.0000+2280.0000"),
        ("年初预算合计4,596.0000万元", "4,596.0000", "4276.0000+320.0000"),
        ("调整数合计118.6000万元", "118.6000", "45.6000+43.0000+30.0000"),
        ("调整后全年预算4,714.6000万元", "4,714.6000", "4596.0000+118.6000"),
        ("调整后全年预算4,714.6000万元", "4,714.6000", "2250.3000+2114.3000+350.0000"),
        ("项目支出4,671.7100万元", "4,671.7100", "2246.7000+2110.7000+314.3100"),
        ("预算执行率99.09%", "99.09", "4671.7100/4714.6000*100"),
        ("比2019年的4,402.3600万元增长6.12%", "6.12", "(4671.7100-4402.3600)/4402.3600*100"),
        ("执行率99.84%", "99.84", "2246.7000/2250.3000*100"),
        ("执行率99.83%", "99.83", "2110.7000/2114.3000*100"),
        ("学校事业收入支出314.3100万元，执行率89.80%", "89.80", "314.3100/350.0000*100"),
        ("学校事业收入支出314.3100万元", "314.3100", "287.4600+26.8500"),
        ("未支出42.8900万元", "42.8900", "4714.6000-4671.7100"),
        ("停发7.2000万元", "7.2000", "12*6000/10000"),
        ("研究生国家奖学金66人", "66", "62+4"),
        ("合计136.0000万元", "136.0000", "(62*20000+4*30000)/10000"),
        ("应发1,905.6000万元", "1,905.6000", "(2956*6000+88*15000)/10000"),
        ("实际发放1,898.4000万元", "1,898.4000", "1905.6000-7.2000"),
        ("覆盖全部3,044名", "3,044", "592+1478+886+88"),
        ("合计2,323.0000万元", "2,323.0000", "(592*10000+1478*8000+886*5000+88*12000)/10000"),
        ("发放助教津贴148.4800万元", "148.4800", "18560*80/10000"),
        ("| 287.4600 | 89.83% |", "287.4600", "148.4800+138.9800"),
        ("合计26.8500万元", "26.8500", "537*500/10000"),
        ("人均获得奖助14,944.69元", "14,944.69", "4671.7100*10000/3126"),
        ("满意度84.06%", "84.06", "1429/1700*100"),
    ],
}


def check_years(name, text):
    m = re.search(r"((?:19|20)\d{2})年度", text)
    year = int(m.group(1))
    for y in re.findall(r"截至((?:19|20)\d{2})年12月31日", text):
        if int(y) != year:
            fail(f"{name}: 截至{y}年12月31日 in the {year} report")
    for y in re.findall(r"结转至((?:19|20)\d{2})年", text):
        if int(y) <= year:
            fail(f"{name}: 结转至{y}年 in the {year} report")
    return year


def check_clean(src):
    name = f"{src}-clean.txt"
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        text = fh.read()
    n = len(text)
    if not 2500 <= n <= 6000:
        fail(f"{name}: length {n} outside 2,500-6,000 characters")
    check_years(name, text)
    n_score = n_budget = 0
    for header, body in tables(text):
        if col(header, "权重") is not None and col(header, "得分") is not None:
            check_score_table(name, text, header, body)
            n_score += 1
        elif col(header, "行次") is not None:
            check_hangci_table(name, header, body)
            n_budget += 1
        elif col(header, "调整数") is not None or col(header, "结余") is not None:
            check_budget_table(name, header, body)
            n_budget += 1
        elif col(header, "全年预算数") is not None:
            check_source_table(name, header, body)
            n_budget += 1
        else:
            fail(f"{name}: unrecognised table {header}")
    if n_score != 1 or n_budget < 1:
        fail(f"{name}: expected one 自评表 and at least one budget table, found {n_score} / {n_budget}")
    for ctx, stated, expr in CLAIMS[src]:
        if ctx not in text:
            fail(f"{name}: claim context not found: {ctx}")
            continue
        if stated not in ctx:
            fail(f"{name}: stated figure {stated} not inside its context {ctx}")
        value = evaluate(expr, text, name)
        if not consistent(stated, value):
            fail(f"{name}: {ctx}: stated {stated}, computed {value:.6f} from {expr}")
    return len(CLAIMS[src])


# ---------------------------------------------------------------- labels and edits
SCORE_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
SECTION_A = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
             "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
             "unit_mismatch", "year_mismatch", "completion_mismatch"}


def line_diff(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j  # start, end in a, end in b


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    by_src = {r["source"]: r for r in labels if r["clean"]}
    used = defaultdict(set)
    count = defaultdict(int)
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            continue
        with open(os.path.join(CASES, by_src[rec["source"]]["case"]), encoding="utf-8") as fh:
            clean = fh.read()
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        exp = rec["expected"][0]
        if exp["severity"] != "error" or exp["code"] not in SECTION_A:
            fail(f"{rec['case']}: code/severity {exp['code']}/{exp['severity']}")
        used[exp["code"]].add(rec["source"])
        count[exp["code"]] += 1
        v = exp["value"]
        if text.count(v) != 1:
            fail(f"{rec['case']}: value occurs {text.count(v)}x in the case")
        if v in clean:
            fail(f"{rec['case']}: value occurs in the clean draft")
        cl, el = clean.split("\n"), text.split("\n")
        if len(cl) != len(el):
            fail(f"{rec['case']}: line count changed")
            continue
        changed = [k for k in range(len(cl)) if cl[k] != el[k]]
        if not changed or len(changed) > 2:
            fail(f"{rec['case']}: {len(changed)} lines changed")
            continue
        if len(changed) == 2 and (changed[1] != changed[0] + 1 or exp["code"] not in SCORE_ROW_CODES):
            fail(f"{rec['case']}: two changed lines allowed only for adjacent score rows")
        vpos = text.find(v)
        touches = False
        for k in changed:
            s, ea, eb = line_diff(cl[k], el[k])
            if max(ea - s, eb - s) > 16:
                fail(f"{rec['case']}: edit of {max(ea - s, eb - s)} characters on line {k + 1}")
            off = sum(len(x) + 1 for x in el[:k])
            if vpos <= off + max(eb, s + 1) - 1 and off + s < vpos + len(v):
                touches = True
        if not touches:
            fail(f"{rec['case']}: the edit is not inside the labelled value")
    for code in sorted(SECTION_A):
        if count[code] < 2 or len(used[code]) < 2:
            fail(f"code {code}: used {count[code]}x in {len(used[code])} projects (need >= 2 in >= 2)")
    return labels, count


def main():
    labels, count = check_labels()
    sources = sorted({r["source"] for r in labels})
    n_claims = sum(check_clean(s) for s in sources)
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print(f"{len(PROBLEMS)} problem(s)")
        return 1
    print(f"{len(labels)} cases, {len(sources)} clean drafts, {n_claims} text claims recomputed; "
          f"codes: " + ", ".join(f"{c}={count[c]}" for c in sorted(count)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
