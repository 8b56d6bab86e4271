#!/usr/bin/env python3
"""Check set n59: labels, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft of its project;
2. every error case differs from its clean draft by one contiguous edit of at most 16 characters inside
   one line (kind "rows" in build.py: at most two adjacent lines, each changed by at most 16 characters);
3. the clean drafts: rates, balances, column sums, weights to 100, scores to the total, score rules,
   completion rates and grade band (tables), plus a list of prose facts per project.
Tolerance: a stated value with d decimals matches a computed value c when |c - v| <= 0.5 * 10^-d.
Pure Python 3, no third-party packages. Prints OK or the list of failures.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402  (edit list)

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []


def fail(msg):
    FAIL.append(msg)


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(s):
    m = NUM.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return D(m.group().replace(",", ""))


def decs(s):
    m = NUM.search(s)
    g = m.group()
    return len(g.split(".")[1]) if "." in g else 0


def ok(stated, computed):
    """stated: string as written; computed: Decimal."""
    v = num(stated)
    tol = D("0.5") * (D(10) ** -decs(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def check(where, stated, computed, alt=None):
    if not (ok(stated, computed) or (alt is not None and ok(stated, alt))):
        fail(f"{where}: stated {stated!r}, computed {D(computed):.6f}")


def pct(a, b):
    return D(a) / D(b) * 100


# ---------------------------------------------------------------- tables
def pipe_tables(text):
    """Consecutive lines containing ｜ -> list of tables (list of rows of cells)."""
    tables, cur = [], []
    for line in text.split("\n"):
        if "｜" in line:
            cur.append(line.split("｜"))
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def flat_table(text, after):
    """Seed-003 style: one tab-indented cell per line, blank line between rows."""
    i = text.index(after) + len(after)
    rest = text[i:].lstrip("\n")
    rows = []
    for block in rest.split("\n\n"):
        lines = block.split("\n")
        if not lines or not all(l.startswith("\t") for l in lines if l != ""):
            break
        rows.append([l[1:] for l in lines])
        if rows[-1][0] == "合计":
            break
    return rows


def find_table(tables, head):
    for t in tables:
        if t[0][0].startswith(head) or "｜".join(t[0]).startswith(head):
            return t
    raise KeyError(head)


def col(header, *names):
    for n in names:
        for i, h in enumerate(header):
            if h.startswith(n):
                return i
    raise KeyError(names)


def check_sum_table(where, table, money_cols, total_label="合计", skip=()):
    header, rows = table[0], table[1:]
    body = [r for r in rows if r[0] != total_label and r[0] not in skip]
    tot = [r for r in rows if r[0] == total_label]
    if len(tot) != 1:
        fail(f"{where}: no single {total_label} row")
        return
    for c in money_cols:
        s = sum(num(r[c]) for r in body)
        check(f"{where} column {header[c]} sum", tot[0][c], s)


def check_rate_col(where, table, rate_c, num_c, den_c):
    for r in table[1:]:
        den = num(r[den_c])
        if den == 0:
            if r[rate_c] not in ("—", "0", "0.00%"):
                fail(f"{where} row {r[0]}: rate {r[rate_c]!r} on a zero base")
            continue
        check(f"{where} row {r[0]} {table[0][rate_c]}", r[rate_c], pct(num(r[num_c]), den))


def parse_target(s):
    s = s.strip()
    if re.search(r"\d{4}年\d+月\d+日", s):
        return None
    direction = "eq"
    if s.startswith(("≥", ">=", "＞")):
        direction = "gte"
    elif s.startswith(("≤", "<=", "＜")):
        direction = "lte"
    if ":" in s:
        return direction, D(s.split(":")[1].rstrip("%"))
    return direction, num(s)


def parse_actual(s):
    if re.search(r"\d{4}年\d+月\d+日", s):
        return None
    if ":" in s:
        return D(s.split(":")[1])
    return num(s)


def check_score_table(where, rows, total_text_score=None, grade=None):
    header, body = rows[0], rows[1:]
    wc = col(header, "分值", "权重")
    sc = col(header, "得分")
    tc = col(header, "年度指标值", "目标值")
    ac = col(header, "实际完成值", "实际值", "业绩值")
    try:
        cc = col(header, "完成率")
    except KeyError:
        cc = None
    total = [r for r in body if r[0] == "合计"]
    subtot = [r for r in body if r[0].endswith("小计")]
    items = [r for r in body if r[0] != "合计" and not r[0].endswith("小计")]
    if len(total) != 1:
        fail(f"{where}: no 合计 row")
        return
    total = total[0]
    wsum = sum(num(r[wc]) for r in items)
    ssum = sum(num(r[sc]) for r in items)
    if wsum != 100 or num(total[wc]) != 100:
        fail(f"{where}: weights sum {wsum}, total row {total[wc]}")
    check(f"{where}: score total", total[sc], ssum)
    if total_text_score is not None:
        check(f"{where}: total in text", total_text_score, num(total[sc]))
    for st in subtot:
        lvl = st[0].replace("小计", "")
        grp = [r for r in items if r[0] == lvl]
        if sum(num(r[wc]) for r in grp) != num(st[wc]):
            fail(f"{where}: {lvl} weights do not add to subtotal")
        check(f"{where}: {lvl} score subtotal", st[sc], sum(num(r[sc]) for r in grp))
    for r in items:
        w, s = num(r[wc]), num(r[sc])
        if s > w or s < 0:
            fail(f"{where} {r[2]}: score {s} outside [0, {w}]")
        t = parse_target(r[tc])
        a = parse_actual(r[ac])
        if t is None or a is None:
            if s != w:
                fail(f"{where} {r[2]}: date/qualitative row not full marks")
            continue
        direction, tv = t
        if direction == "lte":
            comp = D(100) if a <= tv else tv / a * 100
        else:
            comp = a / tv * 100
        if cc is not None:
            check(f"{where} {r[2]} completion", r[cc], comp)
        exp = w * min(comp, D(100)) / 100
        alt = None
        if cc is not None:
            alt = w * min(num(r[cc]), D(100)) / 100
        check(f"{where} {r[2]} score rule", r[sc], exp, alt)
    if grade is not None:
        tot = num(total[sc])
        band = "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 60 else "差"
        if not grade.startswith(band):
            fail(f"{where}: grade {grade} but total {tot} is {band}")


def grade_in(text):
    m = re.search(r"评价等级为[“\"]?(优秀|优|良好|良|中等|中|差)", text)
    return m.group(1) if m else None


def text_total(text):
    m = re.search(r"(?:综合得分|自评得分)(\d+(?:\.\d+)?)分", text)
    return m.group(1) if m else None


def facts(where, text, items):
    """items: (substring that must occur in the text, stated string inside it, computed value)."""
    for sub, stated, computed in items:
        if sub not in text:
            fail(f"{where}: fact text not found: {sub!r}")
            continue
        check(f"{where}: {sub}", stated, computed)


# ---------------------------------------------------------------- per project
def p_wendeng(t):
    w = "wendeng"
    tabs = pipe_tables(t)
    funds = find_table(tabs, "项目｜年初预算数")
    rows = funds[1:]
    for c in (1, 2, 3):
        check(f"{w} funds col {c}", rows[0][c], sum(num(r[c]) for r in rows[1:]))
    check_rate_col(w + " funds", funds, 4, 3, 2)
    ent = find_table(tabs, "序号｜企业名称")
    check_sum_table(w + " enterprises", ent, (2, 3, 4))
    check_rate_col(w + " enterprises", ent, 5, 4, 3)
    for r in ent[1:-1]:
        if num(r[3]) > 500000:
            fail(f"{w}: subsidy above the 50万 cap in row {r[0]}")
    score = find_table(tabs, "一级指标")
    check_score_table(w, score, text_total(t), grade_in(t))
    rd21 = num(ent[-1][2])
    rd22 = D("261037800.00")
    facts(w, t, [
        ("预算执行率95.68%", "95.68", pct(409.96, 428.46)),
        ("调整后全年预算428.46万元", "428.46", D("300.00") + D("128.46")),
        ("增长64.79%", "64.79", pct(D("428.46") - 260, 260)),
        ("户均补助额由28.89万元", "28.89", D(260) / 9),
        ("提高到35.71万元", "35.71", D("428.46") / 12),
        ("全年资金到位428.46万元", "428.46", D("300.00") + D("128.46")),
        ("到位率100%", "100", pct(428.46, 428.46)),
        ("实际拨付补助资金409.96万元", "409.96", D("300.00") + D("109.96")),
        ("未拨付的18.50万元", "18.50", D("428.46") - D("409.96")),
        ("兑现补助企业11家，完成率91.67%", "91.67", pct(11, 12)),
        ("研发费用合计2.30亿元", "2.30", rd21 / 10 ** 8),
        ("同比增长13.42%", "13.42", pct(rd22 - rd21, rd21)),
        ("2022年研发投入合计2.61亿元", "2.61", rd22 / 10 ** 8),
        ("带动企业研发投入60.92元", "60.92", rd22 / D("4284600")),
        ("撬动比为1:60.9", "60.9", rd22 / D("4284600")),
        ("增长41.38%", "41.38", pct(41 - 29, 29)),
        ("超过年度目标36.67%", "36.67", pct(41 - 30, 30)),
        ("满意度97.22%", "97.22", pct(35, 36)),
        ("共发放问卷36份", "36", D(12 * 3)),
        ("12家企业符合条件，3家", "12", D(15 - 3)),
        ("拨付周期21天", "21", D(21)),  # 2022-08-26 -> 2022-09-16
        ("研发费用归集不规范（2家）或增量不足（1家）", "2", D(3 - 1)),
    ])


def p_jintan(t):
    w = "jintan"
    tabs = pipe_tables(t)
    funds = find_table(tabs, "项目｜年初预算数")
    rows = funds[1:]
    for c in (1, 2, 3):
        check(f"{w} funds col {c}", rows[0][c], sum(num(r[c]) for r in rows[1:]))
    check_rate_col(w + " funds", funds, 4, 3, 2)
    kt = find_table(tabs, "课题编号")
    check_sum_table(w + " topics", kt, (3, 4, 5, 6))
    check_rate_col(w + " topics", kt, 7, 6, 5)
    maxli = max(num(r[3]) for r in kt[1:-1])
    new = [r for r in kt[1:-1] if r[0].startswith("JT2020")]
    old = [r for r in kt[1:-1] if r[0].startswith("JT2019")]
    score = find_table(tabs, "一级指标")
    check_score_table(w, score, text_total(t), grade_in(t))
    facts(w, t, [
        ("全年预算197.00万元，共支持在研课题8个", "197.00", num(funds[1][2]) / 10000),
        ("其中2020年新立项课题6个、2019年立项需拨付尾款的课题2个", "8", D(len(new) + len(old))),
        ("立项经费合计275.00万元", "275.00", sum(num(r[3]) for r in new) / 10000 + 20),
        ("6个新立项课题立项经费合计255.00万元", "255.00", sum(num(r[3]) for r in new) / 10000),
        ("2个课题立项经费合计110.00万元", "110.00", sum(num(r[3]) for r in old) / 10000),
        ("2020年初预算209.00万元", "209.00", D("165.00") + D("44.00")),
        ("分别为24.00万元、20.00万元", "24.00", D("44.00") - D("20.00")),
        ("调整后全年预算197.00万元", "197.00", D("209.00") - D("12.00")),
        ("按调整后预算153.00万元", "153.00", D("165.00") - D("12.00")),
        ("全年实际拨付课题经费173.00万元，预算执行率87.82%", "87.82", pct(173, 197)),
        ("执行153.00万元，执行率100.00%", "100.00", pct(153, 153)),
        ("执行20.00万元，执行率45.45%", "45.45", pct(20, 44)),
        ("未执行的24.00万元", "24.00", D(197) - D(173)),
        ("使用区级经费162.88万元", "162.88", num(kt[-1][6]) / 10000),
        ("占已拨付经费的94.15%", "94.15", pct(num(kt[-1][6]), num(kt[-1][5]))),
        ("拨付首期经费153.00万元", "153.00", sum(num(r[5]) for r in new) / 10000),
        ("承担单位支出142.88万元，支出率93.38%", "142.88", sum(num(r[6]) for r in new) / 10000),
        ("支出率93.38%", "93.38", pct(sum(num(r[6]) for r in new), sum(num(r[5]) for r in new))),
        ("自筹经费386.40万元，为区级立项经费365.00万元的1.06倍", "1.06", D("386.40") / 365),
        ("区级立项经费365.00万元", "365.00", num(kt[-1][3]) / 10000),
        ("示范推广面积12,600亩", "12,600", D(6800 + 2900 + 1600 + 1300)),
        ("完成年度目标的63.00%", "63.00", pct(12600, 20000)),
        ("平均每期43.30人次", "43.30", D(1862) / 43),
        ("超过年度目标24.13%", "24.13", pct(1862 - 1500, 1500)),
        ("申请专利7件，其中发明专利2件、实用新型专利5件", "7", D(2 + 5)),
        ("按期完成率75.00%", "75.00", pct(6, 8)),
        ("单个课题区级资助最高60.00万元", "60.00", maxli / 10000),
        ("完成年度目标的96.60%", "96.60", pct(D("386.40"), 400)),
        ("预算执行率得分8.78分", "8.78", num(score[1][6])),
        ("产出指标得分52.71分", "52.71", sum(num(r[6]) for r in score[1:] if r[0] == "产出指标")),
        ("效益指标得分27.17分", "27.17", sum(num(r[6]) for r in score[1:] if r[0] == "效益指标")),
    ])
    if sum(num(r[5]) for r in score[1:] if r[0] == "产出指标") != 60:
        fail(f"{w}: 产出 weights not 60")


def p_jining(t):
    w = "jining"
    tabs = pipe_tables(t)
    kt = find_table(tabs, "课题编号")
    check_sum_table(w + " topics", kt, (3, 4, 5))
    check_rate_col(w + " topics", kt, 6, 5, 4)
    for r in kt[1:-1]:
        key = r[0][-3]
        li = num(r[3])
        if li != (200000 if key == "Z" else 80000):
            fail(f"{w}: 资助标准 row {r[0]}")
        if num(r[4]) != li * D("0.6"):
            fail(f"{w}: first installment not 60% in {r[0]}")
    score = find_table(tabs, "一级指标")
    check_score_table(w, score, text_total(t), grade_in(t))
    li_tot = num(kt[-1][3]) / 10000
    first = num(kt[-1][4]) / 10000
    tail_plan = D(2) * 8 + D(6) * D("3.2")
    tail_paid = D(2) * 8 + D(4) * D("3.2")
    facts(w, t, [
        ("立项经费合计116.00万元", "116.00", li_tot),
        ("立项10项，其中重点课题3项、一般课题7项", "10", D(3 + 7)),
        ("平均每项11.60万元", "11.60", li_tot / 10),
        ("新立项课题首期经费69.60万元", "69.60", first),
        ("重点课题3项36.00万元", "36.00", D(3) * 12),
        ("一般课题7项33.60万元", "33.60", D(7) * D("4.8")),
        ("2021年立项课题尾款35.20万元", "35.20", tail_plan),
        ("2023年项目年初预算104.80万元", "104.80", first + tail_plan),
        ("实际执行98.40万元", "98.40", first + tail_paid),
        ("预算执行率93.89%", "93.89", pct(first + tail_paid, first + tail_plan)),
        ("拨付尾款28.80万元", "28.80", tail_paid),
        ("重点课题2项16.00万元", "16.00", D(2) * 8),
        ("一般课题4项12.80万元", "12.80", D(4) * D("3.2")),
        ("尾款6.40万元结转至2024年", "6.40", first + tail_plan - first - tail_paid),
        ("共支出首期经费60.29万元", "60.29", num(kt[-1][5]) / 10000),
        ("支出率86.63%", "86.63", pct(num(kt[-1][5]), num(kt[-1][4]))),
        ("支出率仅为65.95%", "65.95", pct(31655, 48000)),
        ("完成结题验收，完成率75.00%", "75.00", pct(6, 8)),
        ("发表学术论文31篇，其中SCI收录9篇、中文核心期刊22篇", "31", D(9 + 22)),
        ("申请专利8件，其中发明专利3件、实用新型专利5件", "8", D(3 + 5)),
        ("超过年度目标15.00%", "15.00", pct(23 - 20, 20)),
        ("完成年度目标的90.00%", "90.00", pct(27, 30)),
        ("满意30份，满意度93.75%", "93.75", pct(30, 32)),
        ("发放问卷32份", "32", D(16 * 2)),
        ("拨付用时18日", "18", D(18)),  # 2023-06-12 -> 2023-06-30
        ("科学技术进步奖2项，共3项", "3", D(1 + 2)),
        ("预算执行率得分9.39分", "9.39", num(score[1][7])),
        ("产出指标得分48分", "48", sum(num(r[7]) for r in score[1:] if r[0] == "产出指标")),
        ("效益指标得分29分", "29", sum(num(r[7]) for r in score[1:] if r[0] == "效益指标")),
    ])


def p_qinhuangdao(t):
    w = "qinhuangdao"
    tabs = pipe_tables(t)
    funds = find_table(tabs, "项目｜年初预算数")
    rows = funds[1:]
    for c in (1, 2, 3, 4):
        check(f"{w} funds col {c}", rows[0][c], sum(num(r[c]) for r in rows[1:]))
    check_rate_col(w + " funds 到位率", funds, 5, 3, 2)
    check_rate_col(w + " funds 执行率", funds, 6, 4, 2)
    pt = find_table(tabs, "编号｜项目名称")
    check_sum_table(w + " projects", pt, (3, 4, 5))
    check_rate_col(w + " projects", pt, 6, 5, 3)
    flat = flat_table(t, "自评表如下（得分保留一位小数）：")
    check_score_table(w, flat, text_total(t), grade_in(t))
    F = num(pt[-1][3])
    Z = num(pt[-1][4])
    facts(w, t, [
        ("本年度项目全年预算资金600.00万元，支持重点研发项目9项", "600.00", F / 10000),
        ("支持重点研发项目9项，平均每项66.67万元", "66.67", F / 10000 / 9),
        ("平均每项71.43万元", "71.43", D(500) / 7),
        ("年中追加后全年预算600.00万元", "600.00", D(480) + D(120)),
        ("实际到位600.00万元，到位率100.00%", "100.00", pct(600, 600)),
        ("执行564.00万元，执行率94.00%", "94.00", pct(564, 600)),
        ("执行84.00万元，执行率70.00%", "70.00", pct(84, 120)),
        ("未执行的36.00万元", "36.00", D(600) - D(564)),
        ("合计5,248.00万元", "5,248.00", Z / 10000),
        ("与财政资助之比为8.75:1", "8.75", Z / F),
        ("支出35.47万元，支出率98.53%", "98.53", pct(D("35.47"), 36)),
        ("首期资金36.00万元", "36.00", num(pt[-2][5]) / 10000),
        ("带动企业研发投入0.52亿元", "0.52", Z / 10 ** 8),
        ("撬动比1:8.75", "8.75", Z / F),
        ("完成年度目标的80.00%", "80.00", pct(12, 15)),
        ("合格率88.89%", "88.89", pct(8, 9)),
        ("完成年度目标的86.67%", "86.67", pct(52, 60)),
        ("满意32份，满意度88.89%", "88.89", pct(32, 36)),
        ("开发新产品（新工艺、新品种）5个，其中低辐射镀膜玻璃、轻量化轮毂2个", "5", D(2 + 3)),
        ("单项财政资助最高80万元", "80", max(num(r[3]) for r in pt[1:-1]) / 10000),
    ])


def p_xuyi(t):
    w = "xuyi"
    tabs = pipe_tables(t)
    funds = find_table(tabs, "项目｜行次")
    fr = {r[0]: r for r in funds[1:]}
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        check(f"{w} funds {key} 合计", fr[key][2], num(fr[key][3]) + num(fr[key][4]))
    for c in (2, 3, 4):
        check(f"{w} (5) col {c}", fr["资金结余"][c], num(fr["实际到位资金"][c]) - num(fr["全年执行资金"][c]))
        check(f"{w} (6) col {c}", fr["预算到位率"][c], pct(num(fr["实际到位资金"][c]), num(fr["全年预算资金"][c])))
        check(f"{w} (7) col {c}", fr["预算执行率"][c], pct(num(fr["全年执行资金"][c]), num(fr["全年预算资金"][c])))
    ent = find_table(tabs, "序号｜企业名称")
    check_sum_table(w + " enterprises", ent, (2, 3, 5))
    check_rate_col(w + " enterprises 占比", ent, 4, 3, 2)
    for r in ent[1:-1]:
        if num(r[4]) < 3:
            fail(f"{w}: 占比 below 3% in {r[0]}")
        expect = min((num(r[3]) / 100).quantize(D("0.01")), D(300000))
        if num(r[5]) != expect:
            fail(f"{w}: subsidy rule row {r[0]}")
    score = find_table(tabs, "一级指标")
    check_score_table(w, score, text_total(t), grade_in(t))
    sub = num(ent[-1][5]) / 10000
    facts(w, t, [
        ("户均21.49万元", "21.49", D("236.40") / 11),
        ("年中追加后全年预算310.00万元", "310.00", D(250) + D(60)),
        ("全年执行304.17万元，预算执行率98.12%", "98.12", pct(D("304.17"), 310)),
        ("全年执行304.17万元", "304.17", sub + D("57.00") + D("20.00")),
        ("研发费用后补助227.17万元、", "227.17", sub),
        ("新产品奖励57.00万元", "57.00", D(19) * 3),
        ("年末结余5.83万元，已由县财政收回", "5.83", D(310) - D("304.17")),
        ("研发费用合计2.29亿元", "2.29", num(ent[-1][3]) / 10 ** 8),
        ("占主营业务收入的4.58%", "4.58", pct(num(ent[-1][3]), num(ent[-1][2]))),
        ("户均16.23万元", "16.23", sub / 14),
        ("综合得分96.98分", "96.98", num(score[-1][7])),
        ("兑现研发费用后补助227.17万元", "227.17", sub),
        ("19项新产品（新技术）兑现奖励57.00万元", "57.00", D(19) * 3),
        ("完成年度目标的92.40%", "92.40", pct(D("13.86"), 15)),
        ("共34份，满意32份，满意度94.12%", "94.12", pct(32, 34)),
        ("17家企业（研发后补助14家，仅获新产品奖励3家）", "17", D(14 + 3)),
        ("共34份", "34", D(17 * 2)),
    ])
    if len(ent) - 2 != 14:
        fail(f"{w}: enterprise rows {len(ent) - 2} != 14")


CHECKS = {
    "wendeng-rdbuzhu-2022": p_wendeng,
    "jintan-agritech-2020": p_jintan,
    "jining-medsci-2023": p_jining,
    "qinhuangdao-keyrd-2024": p_qinhuangdao,
    "xuyi-rdbuzhu-2019": p_xuyi,
}


# ---------------------------------------------------------------- labels and edits
def occurrences(text, value):
    n, i = 0, text.find(value)
    while i >= 0:
        n += 1
        i = text.find(value, i + 1)
    return n


def line_diff(a, b):
    """Return (old_mid, new_mid) after stripping the common prefix and suffix."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_edit(name, clean, case, kind):
    if clean == case:
        fail(f"{name}: identical to clean")
        return
    cl, kl = clean.split("\n"), case.split("\n")
    if len(cl) != len(kl):
        fail(f"{name}: line count changed")
        return
    changed = [i for i, (x, y) in enumerate(zip(cl, kl)) if x != y]
    limit = 1 if kind == "line" else 2
    if len(changed) > limit or (len(changed) == 2 and changed[1] != changed[0] + 1):
        fail(f"{name}: changed lines {changed} (kind {kind})")
    for i in changed:
        o, n = line_diff(cl[i], kl[i])
        if len(o) > 16 or len(n) > 16:
            fail(f"{name}: edit too long on line {i + 1}: {o!r} -> {n!r}")


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    kinds = {e["case"] + ".txt": e["kind"] for e in build.EDITS}
    cleans = {}
    for p in build.PROJECTS:
        with open(os.path.join(CASES, p + "-clean.txt"), encoding="utf-8") as fh:
            cleans[p] = fh.read()
    seen = set()
    for rec in labels:
        name = rec["case"]
        seen.add(name)
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        clean = cleans[rec["source"]]
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{name}: clean record inconsistent")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected exactly one label")
        for exp in rec["expected"]:
            v = exp["value"]
            if occurrences(text, v) != 1:
                fail(f"{name}: value occurs {occurrences(text, v)} times in case: {v!r}")
            if occurrences(clean, v) != 0:
                fail(f"{name}: value occurs in the clean draft: {v!r}")
            if exp["severity"] != "error":
                fail(f"{name}: severity {exp['severity']}")
        check_edit(name, clean, text, kinds[name])
    files = set(os.listdir(CASES))
    if files != seen:
        fail(f"case files without labels or labels without files: {sorted(files ^ seen)}")
    for p, fn in CHECKS.items():
        n = len(cleans[p])
        if not 2500 <= n <= 6000:
            fail(f"{p}: clean draft has {n} characters")
        try:
            fn(cleans[p])
        except Exception as exc:  # a parse failure is a failure
            fail(f"{p}: check crashed: {exc!r}")
    codes = {}
    for rec in labels:
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)} times (< 2)")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} failures")
        return 1
    print("codes:", ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
