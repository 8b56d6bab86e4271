#!/usr/bin/env python3
"""Verify drafts241.

1. every label value occurs in its case; clean cases expect nothing, error cases exactly one error;
   every code of errors.md §A occurs at least twice;
2. every error case is its clean draft with exactly one edit of build.py applied (one place:
   one replacement, at most two changed cells inside it);
3. the arithmetic of every clean draft is redone from the figures read out of the text
   (tables parsed in each layout, prose figures found by pattern).
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = D(str(stated).replace("%", ""))
    d = decimals(stated)
    return abs(D(computed) - v) <= Decimal("0.5") * Decimal(10) ** (-d) + Decimal("1e-9")


def check(ctx, what, stated, computed):
    if not consistent(stated, computed):
        fail(f"{ctx}: {what}: stated {stated}, computed {Decimal(computed):.4f}")


def eq(ctx, what, a, b):
    if D(a) != D(b):
        fail(f"{ctx}: {what}: {a} != {b}")


def r2(x):
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def one(ctx, text, pattern, group=1):
    """The figure captured by a pattern that must match exactly once."""
    found = list(re.finditer(pattern, text))
    if len(found) != 1:
        fail(f"{ctx}: pattern {pattern!r} matched {len(found)} times")
        return "0"
    return found[0].group(group)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差"}


# ---------------------------------------------------------------- indicator rows and scoring (rules.md §5)
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def direction(target):
    if re.search(r"≥|不低于|不少于|以上", target):
        return "gte"
    if re.search(r"≤|不高于|不超过|以内", target):
        return "lte"
    if target.startswith("=") and NUM.search(target):
        return "eq"
    return "qual"


def unit_of(s):
    m = NUM.search(s)
    if not m:
        return None
    return s[m.end():].strip()


def completion_and_score(row):
    """Return (completion %, expected score or band) for a row."""
    t, a, w = row["target"], row["actual"], D(row["weight"])
    kind = direction(t)
    if kind == "qual":
        return None, None
    mt, ma = NUM.search(t), NUM.search(a)
    if not mt or not ma:  # a date target with a date actual: on time when actual <= target
        return None, None
    T, A = D(mt.group()), D(ma.group())
    if unit_of(t) != unit_of(a):
        fail(f"{row['ctx']}: {row['name']}: units differ ({t} vs {a})")
        return None, None
    if kind in ("gte", "eq"):
        if T == 0:
            comp = Decimal(100) if A <= 0 else Decimal(0)
        else:
            comp = A / T * 100
        score = w * min(comp / 100, Decimal(1))
    else:  # lte
        comp = Decimal(100) if A <= T else T / A * 100
        score = w * min(comp / 100, Decimal(1))
    return comp, r2(score)


def check_rows(ctx, rows, total_stated, grade_stated_list, prose_total=None):
    wsum = sum(D(r["weight"]) for r in rows)
    ssum = sum(D(r["score"]) for r in rows)
    eq(ctx, "sum of weights", wsum, 100)
    for r in rows:
        r["ctx"] = ctx
        if not (0 <= D(r["score"]) <= D(r["weight"])):
            fail(f"{ctx}: {r['name']}: score {r['score']} outside [0, {r['weight']}]")
        comp, exp = completion_and_score(r)
        if r.get("completion") not in (None, "", "—") and comp is not None:
            check(ctx, f"{r['name']} 完成率", r["completion"], comp)
        if exp is not None:
            if D(r["score"]) != exp:
                fail(f"{ctx}: {r['name']}: score {r['score']}, rule gives {exp}")
            if comp < 100 and not r.get("note"):
                fail(f"{ctx}: {r['name']}: shortfall without a 偏差原因")
            if comp > 120 and not r.get("note"):
                fail(f"{ctx}: {r['name']}: over-achievement above 20% without a 偏差原因")
        elif direction(r["target"]) == "qual":
            ratio = D(r["score"]) / D(r["weight"])
            if ratio < Decimal("0.6"):
                fail(f"{ctx}: {r['name']}: qualitative score below the 部分达成 band")
    check(ctx, "total score", total_stated, ssum)
    if prose_total is not None:
        eq(ctx, "prose total = table total", prose_total, total_stated)
    for g in grade_stated_list:
        if GRADE_WORDS[g] != grade_of(total_stated):
            fail(f"{ctx}: grade {g} does not fit total {total_stated}")
    return ssum


def exec_row(ctx, budget, spent, rate_str, score_str, weight="10"):
    r = D(spent) / D(budget) * 100
    check(ctx, "执行率", rate_str, r)
    exp = r2(D(weight) * min(r / 100, Decimal(1)))
    if D(score_str) != exp:
        fail(f"{ctx}: execution score {score_str}, rule gives {exp}")
    if r > 100:
        fail(f"{ctx}: execution rate over 100%")


# ---------------------------------------------------------------- table parsers per layout
def flattened_blocks(text, header_first_cell):
    """Flattened PDF table (seed 003 style): one cell per tab-indented line, blank line between rows."""
    start = text.index("\t" + header_first_cell + "\n")
    rows, cur = [], []
    for line in text[start:].split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:])
        elif line.strip() == "":
            if cur:
                rows.append(cur)
                cur = []
        else:
            break
    if cur:
        rows.append(cur)
    return rows


def check_A(name, text):
    ctx = name
    year = 2021
    # funds table (行次 layout)
    blocks = flattened_blocks(text, "项目")
    funds = {b[0]: b[2:] for b in blocks if len(b) == 5}
    init, annual, recv, spent, bal, recv_rate, exe_rate = (funds[k] for k in (
        "年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"))
    for rowv in (init, annual, recv, spent, bal):
        eq(ctx, "合计 = 市级 + 其他", D(rowv[0]), D(rowv[1]) + D(rowv[2]))
    for i in (0, 1):
        eq(ctx, "(5)=(3)-(4)", D(bal[i]), D(recv[i]) - D(spent[i]))
        check(ctx, "(6)=(3)/(2)", recv_rate[i], D(recv[i]) / D(annual[i]) * 100)
        check(ctx, "(7)=(4)/(2)", exe_rate[i], D(spent[i]) / D(annual[i]) * 100)
    eq(ctx, "zero-base column prints 0", D(recv_rate[2]) + D(exe_rate[2]), 0)
    # prose funds
    p_init = one(ctx, text, r"下达年初预算([\d.]+)万元")
    p_add = one(ctx, text, r"市财政追加([\d.]+)万元")
    p_ann = one(ctx, text, r"全年预算调整为([\d.]+)万元")
    p_spent = one(ctx, text, r"项目实际支出([\d.]+)万元")
    p_rate = one(ctx, text, r"实际支出[\d.]+万元，预算执行率([\d.]+%)")
    p_bal = one(ctx, text, r"结余([\d.]+)万元已于")
    eq(ctx, "年初 + 追加 = 全年", D(p_init) + D(p_add), D(p_ann))
    eq(ctx, "prose 年初 = table", p_init, init[0])
    eq(ctx, "prose 全年 = table", p_ann, annual[0])
    eq(ctx, "prose 支出 = table", p_spent, spent[0])
    check(ctx, "prose 执行率", p_rate, D(p_spent) / D(p_ann) * 100)
    eq(ctx, "prose 结余", D(p_bal), D(p_ann) - D(p_spent))
    if one(ctx, text, r"截至(\d{4})年12月31日") != str(year):
        fail(f"{ctx}: 截至 year")
    parts = [one(ctx, text, p) for p in (r"误工补贴([\d.]+)万元", r"训练伙食补助([\d.]+)万元",
                                         r"训练器材购置及维护([\d.]+)万元", r"场地、交通及训练保障([\d.]+)万元")]
    eq(ctx, "支出构成 sum", sum(D(x) for x in parts), D(p_spent))
    check(ctx, "伙食 share", one(ctx, text, r"占实际支出的([\d.]+%)"), D(parts[1]) / D(p_spent) * 100)
    fb = one(ctx, text, r"伙食补助预算([\d.]+)万元")
    fs = one(ctx, text, r"伙食补助预算[\d.]+万元，实际支出([\d.]+)万元")
    eq(ctx, "伙食 spent", fs, parts[1])
    check(ctx, "伙食 支出率", one(ctx, text, r"支出率([\d.]+%)"), D(fs) / D(fb) * 100)
    # trainees
    m = re.search(r"参训人数分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，合计(\d+)人，平均每期([\d.]+)人", text)
    if not m:
        fail(f"{ctx}: trainee sentence not found")
    else:
        n = [D(x) for x in m.groups()[:4]]
        eq(ctx, "trainees sum", sum(n), D(m.group(5)))
        check(ctx, "trainees average", m.group(6), sum(n) / len(n))
        days = D(one(ctx, text, r"每期训练(\d+)天"))
        pd = D(one(ctx, text, r"累计训练(\d+)人·天"))
        eq(ctx, "人·天", D(m.group(5)) * days, pd)
        eq(ctx, "误工补贴 = 人·天 x 50元", pd * D(one(ctx, text, r"每人每天(\d+)元标准发放误工补贴")) / 10000, D(parts[0]))
        eq(ctx, "伙食 = 人·天 x 100元", pd * D(one(ctx, text, r"每人每天(\d+)元标准保障伙食")) / 10000, D(parts[1]))
        last = one(ctx, text, r"较2020年的(\d+)人增加")
        eq(ctx, "增加人数", D(m.group(5)) - D(last), D(one(ctx, text, r"人增加(\d+)人")))
    # indicator table
    rows = []
    blocks = flattened_blocks(text, "一级指标")
    for b in blocks[1:]:
        if len(b) < 8:
            continue
        rows.append({"name": b[2], "weight": b[3], "target": b[4], "actual": b[5], "completion": b[6],
                     "score": b[7], "note": b[8] if len(b) > 8 else ""})
    exe = rows[0]
    exec_row(ctx, annual[0], spent[0], exe["actual"], exe["score"])
    check(ctx, "execution 完成率", exe["completion"], D(spent[0]) / D(annual[0]) * 100)
    total = one(ctx, text, r"本项目总得分([\d.]+)分")
    grade = one(ctx, text, r"总得分[\d.]+分，评价等级为(优|良|中|差)")
    check_rows(ctx, rows, total, [grade])
    # prose gaps
    eq(ctx, "合格率 gap", D("97.2") - D("95"), D(one(ctx, text, r"高出目标([\d.]+)个百分点")))
    eq(ctx, "满意度 gap", D("95") - D("93.5"), D(one(ctx, text, r"满意度低于目标([\d.]+)个百分点")))
    eq(ctx, "器材 gap", D("120") - D("112"), D(one(ctx, text, r"较目标少(\d+)件")))
    if len(rows) != 11:
        fail(f"{ctx}: expected 11 indicator rows, got {len(rows)}")


def tab_rows(text, start_marker, sep):
    start = text.index(start_marker)
    lines = text[start:].split("\n")
    return [ln.split(sep) for ln in lines if ln.strip()]


def funds_block(ctx, lines, sep, annual_col=2, spent_col=3, rate_col=5):
    rows = {}
    for ln in lines:
        cells = [c.strip() for c in ln.split(sep)]
        if cells and cells[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            rows[cells[0]] = cells
    tot = rows["年度资金总额"]
    comps = [rows[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for col, nm in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        eq(ctx, f"{nm} column sum", D(tot[col]), sum(D(c[col]) for c in comps))
    for c in comps:
        if D(c[2]) == 0:
            if c[5] not in ("—", "-", "0", "0%", "0.00%"):
                fail(f"{ctx}: rate on zero base printed as {c[5]}")
        else:
            check(ctx, f"{c[0]} 执行率", c[5], D(c[3]) / D(c[2]) * 100)
    exec_row(ctx, tot[2], tot[3], tot[5], tot[6], tot[4])
    return tot


def check_B(name, text):
    ctx = name
    year = 2023
    lines = text[text.index("附件：项目支出绩效自评表"):].split("\n")
    tot = funds_block(ctx, lines, "\t")
    rows, cur1 = [], None
    start = False
    for ln in lines:
        cells = ln.split("\t")
        if cells[0] == "一级指标":
            start = True
            continue
        if not start or not ln.strip():
            continue
        if cells[0] == "总分":
            total = [c for c in cells if c][-1]
            break
        rows.append({"name": cells[2], "target": cells[3], "actual": cells[4], "weight": cells[5],
                     "score": cells[6], "note": cells[7] if len(cells) > 7 else ""})
    rows.insert(0, {"name": "预算执行率", "target": "—", "actual": tot[5], "weight": tot[4], "score": tot[6],
                    "note": "x"})
    prose_total = one(ctx, text, r"综合自评得分([\d.]+)分")
    grade = one(ctx, text, r"综合自评得分[\d.]+分，自评等级为(优秀|良好|中等|较差)")
    check_rows(ctx, rows, total, [grade], prose_total)
    last_total = one(ctx, text, r"上年度该项目自评得分([\d.]+)分")
    last_grade = one(ctx, text, r"上年度该项目自评得分[\d.]+分，评定为(优秀|良好|中等|较差)")
    if GRADE_WORDS[last_grade] != grade_of(last_total):
        fail(f"{ctx}: last year's grade does not fit")
    # prose funds
    init = one(ctx, text, r"年年初预算([\d.]+)万元")
    adv = one(ctx, text, r"(\d{4})年12月县财政提前下达")
    a1 = one(ctx, text, r"提前下达([\d.]+)万元")
    a2 = one(ctx, text, r"年3月下达([\d.]+)万元")
    carry = one(ctx, text, r"上年结转资金([\d.]+)万元（")
    ann = one(ctx, text, r"全年预算([\d.]+)万元，资金全部到位")
    spent = one(ctx, text, r"实际支出([\d.]+)万元，预算执行率")
    rate = one(ctx, text, r"预算执行率([\d.]+%)，结余")
    bal = one(ctx, text, r"结余([\d.]+)万元已按规定结转至")
    to_year = one(ctx, text, r"结转至(\d{4})年")
    eq(ctx, "advance in the December before", int(adv), year - 1)
    if int(to_year) <= year:
        fail(f"{ctx}: carry-forward year")
    eq(ctx, "提前 + 3月 = 年初", D(a1) + D(a2), D(init))
    eq(ctx, "年初 + 结转 = 全年", D(init) + D(carry), D(ann))
    eq(ctx, "table 年初", tot[1], init)
    eq(ctx, "table 全年", tot[2], ann)
    eq(ctx, "table 执行", tot[3], spent)
    check(ctx, "prose 执行率", rate, D(spent) / D(ann) * 100)
    eq(ctx, "结余", D(bal), D(ann) - D(spent))
    parts = [one(ctx, text, p) for p in (r"体格检查费([\d.]+)万元", r"政治考核及走访调查([\d.]+)万元",
                                         r"兵役宣传([\d.]+)万元", r"役前教育训练([\d.]+)万元",
                                         r"新兵欢送及走访慰问([\d.]+)万元", r"差旅及办公([\d.]+)万元")]
    eq(ctx, "支出明细 sum", sum(D(x) for x in parts), D(spent))
    n_exam = one(ctx, text, r"体格检查(\d+)人")
    per = one(ctx, text, r"人均体检费用(\d+)元")
    eq(ctx, "体检费 = 人数 x 人均", D(n_exam) * D(per) / 10000, D(one(ctx, text, r"人均体检费用\d+元，共计([\d.]+)万元")))
    eq(ctx, "体检费 明细", D(parts[0]), D(n_exam) * D(per) / 10000)
    m = re.search(r"输送合格新兵(\d+)名（其中上半年(\d+)名、下半年(\d+)名）", text)
    eq(ctx, "上 + 下半年", D(m.group(2)) + D(m.group(3)), D(m.group(1)))
    for x in re.findall(r"输送合格新兵(\d+)名", text):
        eq(ctx, "新兵 mentions", x, m.group(1))
    uni = one(ctx, text, r"大学生新兵(\d+)名，占")
    check(ctx, "大学生占比", one(ctx, text, r"占输送新兵总数的([\d.]+%)"), D(uni) / D(m.group(1)) * 100)
    reg = one(ctx, text, r"完成网上兵役登记(\d+)人")
    check(ctx, "登记完成率", one(ctx, text, r"完成率([\d.]+%)"), D(reg) / D("3200") * 100)
    eq(ctx, "登记 gap", D("3200") - D(reg), D(one(ctx, text, r"较目标少(\d+)人")))
    eq(ctx, "满意度 gap", D("95") - D("93"), D(one(ctx, text, r"较目标值低(\d+)个百分点")))
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        eq(ctx, "截至 year", y, year)


def pipe_cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def check_C(name, text):
    ctx = name
    year = 2019
    init = one(ctx, text, r"年初预算([\d.]+)万元")
    add = one(ctx, text, r"县财政追加([\d.]+)万元")
    ann = one(ctx, text, r"全年预算([\d.]+)万元")
    recv = one(ctx, text, r"资金到位([\d.]+)万元")
    recv_rate = one(ctx, text, r"到位率([\d.]+%)")
    spent = one(ctx, text, r"全年实际支出([\d.]+)万元")
    rate = one(ctx, text, r"全年实际支出[\d.]+万元，预算执行率([\d.]+%)")
    bal = one(ctx, text, r"预算执行率[\d.]+%，结余([\d.]+)万元")
    eq(ctx, "年初 + 追加 = 全年", D(init) + D(add), D(ann))
    check(ctx, "到位率", recv_rate, D(recv) / D(ann) * 100)
    check(ctx, "执行率", rate, D(spent) / D(ann) * 100)
    eq(ctx, "结余", D(bal), D(recv) - D(spent))
    for b in re.findall(r"结余([\d.]+)万元", text):
        eq(ctx, "结余 mentions", b, bal)
    parts = [one(ctx, text, p) for p in (r"走访慰问经费([\d.]+)万元", r"双拥创建活动经费([\d.]+)万元",
                                         r"拥军优属宣传经费([\d.]+)万元", r"军人军属服务保障经费([\d.]+)万元")]
    total_parts = one(ctx, text, r"服务保障经费[\d.]+万元，合计([\d.]+)万元")
    eq(ctx, "支出明细 sum", sum(D(x) for x in parts), D(total_parts))
    eq(ctx, "合计 = 支出", total_parts, spent)
    hh = one(ctx, text, r"走访慰问重点优抚对象(\d+)户次，按每户")
    std = one(ctx, text, r"按每户(\d+)元标准")
    amt = one(ctx, text, r"发放慰问金，共计([\d.]+)万元")
    eq(ctx, "慰问金 = 户数 x 标准", D(hh) * D(std) / 10000, D(amt))
    eq(ctx, "慰问金 = 明细", amt, parts[0])
    last = one(ctx, text, r"较2018年的(\d+)户次增长")
    check(ctx, "growth", one(ctx, text, r"户次增长([\d.]+%)"), (D(hh) - D(last)) / D(last) * 100)
    check(ctx, "问卷满意度", one(ctx, text, r"优抚对象满意度([\d.]+%)。"),
          D(one(ctx, text, r"表示满意的(\d+)份")) / D(one(ctx, text, r"(\d+)份有效问卷中")) * 100)
    sat = one(ctx, text, r"官兵对我县双拥工作满意率达([\d.]+)%")
    if D(sat) > 100:
        fail(f"{ctx}: satisfaction over 100%")
    acts = re.findall(r"双拥共建活动(\d+)次", text)
    if len(set(acts)) != 1:
        fail(f"{ctx}: 双拥共建活动 mentions differ {acts}")
    # table
    lines = [ln for ln in text[text.index("| 一级指标"):].split("\n") if ln.startswith("|")]
    rows, total = [], None
    for ln in lines[2:]:
        c = pipe_cells(ln)
        if c[0] == "合计":
            total = c[7]
            wtot = c[6]
            continue
        rows.append({"name": c[2], "target": c[3], "actual": c[4], "completion": c[5], "weight": c[6],
                     "score": c[7], "note": c[8]})
    eq(ctx, "合计 分值", wtot, 100)
    exe = rows[0]
    exec_row(ctx, ann, spent, exe["actual"], exe["score"])
    check(ctx, "execution 完成率", exe["completion"], D(spent) / D(ann) * 100)
    prose_total = one(ctx, text, r"自评得分([\d.]+)分")
    grade = one(ctx, text, r"评价等级为(优|良|中|差)")
    check_rows(ctx, rows, total, [grade], prose_total)
    for r in rows:
        if r["name"] == "开展双拥共建活动":
            eq(ctx, "活动 table = prose", NUM.search(r["actual"]).group(), acts[0])
        if r["name"] == "走访慰问重点优抚对象":
            eq(ctx, "户次 table = prose", NUM.search(r["actual"]).group(), hh)
        if r["name"] == "优抚对象慰问标准":
            eq(ctx, "标准 table = prose", NUM.search(r["actual"]).group(), std)


def check_D(name, text):
    ctx = name
    year = 2024
    kv = {}
    for ln in text[text.index("项目｜金额｜备注"):].split("\n")[1:8]:
        c = ln.split("｜")
        kv[c[0]] = c[1:]
    init, adj, carry, ann, recv, spent, bal = (kv[k][0] for k in (
        "年初预算数", "预算调整数", "上年结转资金", "全年预算数", "实际到位资金", "实际支出", "结余"))
    eq(ctx, "年初 + 调整 + 结转 = 全年", D(init) + D(adj) + D(carry), D(ann))
    check(ctx, "到位率", re.search(r"([\d.]+%)", kv["实际到位资金"][1]).group(1), D(recv) / D(ann) * 100)
    check(ctx, "执行率", re.search(r"([\d.]+%)", kv["实际支出"][1]).group(1), D(spent) / D(ann) * 100)
    eq(ctx, "结余", D(bal), D(recv) - D(spent))
    parts = [one(ctx, text, p) for p in (r"国防教育宣传支出([\d.]+)万元，潜力", r"潜力统计调查支出([\d.]+)万元",
                                         r"防空警报维护及试鸣支出([\d.]+)万元", r"动员数据维护及办公支出([\d.]+)万元")]
    eq(ctx, "支出明细 sum", sum(D(x) for x in parts), D(spent))
    lines = text[text.index("项目支出绩效自评表（"):].split("\n")
    tot = funds_block(ctx, lines, "｜")
    eq(ctx, "table 年初", tot[1], init)
    eq(ctx, "table 全年", tot[2], ann)
    eq(ctx, "table 执行", tot[3], spent)
    carry_row = [ln.split("｜") for ln in lines if ln.startswith("上年结转资金｜")][0]
    eq(ctx, "table 结转", carry_row[2], carry)
    m = re.search(r"参与群众分别为([\d、]+)人次，平均(\d+)人次", text)
    n = [D(x) for x in m.group(1).split("、")]
    check(ctx, "average", m.group(2), sum(n) / len(n))
    eq(ctx, "场次", len(n), D(one(ctx, text, r"全年开展国防教育宣传活动(\d+)场次")))
    cost = one(ctx, text, r"宣传支出([\d.]+)万元，场均")
    check(ctx, "场均成本", one(ctx, text, r"场均([\d.]+)万元。"), D(cost) / len(n))
    eq(ctx, "宣传支出 = 明细", cost, parts[0])
    sirens = one(ctx, text, r"全县(\d+)台警报器")
    ok_s = one(ctx, text, r"警报器中鸣响(\d+)台")
    check(ctx, "鸣响率", one(ctx, text, r"鸣响率([\d.]+%)"), D(ok_s) / D(sirens) * 100)
    eq(ctx, "调查 gap", D("120") - D(one(ctx, text, r"完成潜力统计调查单位(\d+)家")),
       D(one(ctx, text, r"较目标少(\d+)家")))
    rows, start, total, grade_t = [], False, None, None
    for ln in lines:
        c = ln.split("｜")
        if c[0] == "一级指标":
            start = True
            continue
        if not start or not ln.strip():
            continue
        if c[0] == "总分":
            total = c[6]
            continue
        if c[0] == "自评等级":
            grade_t = c[1]
            break
        rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6], "note": c[7]})
    rows.insert(0, {"name": "预算执行率", "target": "—", "actual": tot[5], "weight": tot[4], "score": tot[6],
                    "note": "x"})
    prose_total = one(ctx, text, r"本项目自评得分([\d.]+)分")
    grade = one(ctx, text, r"自评得分[\d.]+分，等级为(优秀|良好|中等|较差)")
    check_rows(ctx, rows, total, [grade, grade_t], prose_total)
    for y in re.findall(r"对(\d{4})年度国防动员工作经费", text) + re.findall(r"^(\d{4})年度国防动员", text, re.M):
        eq(ctx, "evaluation year", y, year)
    eq(ctx, "table year", one(ctx, text, r"项目支出绩效自评表（(\d{4})年度）"), year)


def check_E(name, text):
    ctx = name
    year = 2020
    init = one(ctx, text, r"年初预算([\d.]+)万元")
    add = one(ctx, text, r"年中追加疫情防控民兵执勤补助([\d.]+)万元")
    ann = one(ctx, text, r"全年预算([\d.]+)万元")
    recv = one(ctx, text, r"实际到位资金([\d.]+)万元")
    recv_rate = one(ctx, text, r"资金到位率([\d.]+%)")
    gap = one(ctx, text, r"未到位的([\d.]+)万元")
    spent = one(ctx, text, r"全年实际支出([\d.]+)万元")
    rate = one(ctx, text, r"全年实际支出[\d.]+万元，预算执行率([\d.]+%)")
    bal = one(ctx, text, r"结余([\d.]+)万元")
    eq(ctx, "年初 + 追加 = 全年", D(init) + D(add), D(ann))
    check(ctx, "到位率", recv_rate, D(recv) / D(ann) * 100)
    eq(ctx, "未到位", D(ann) - D(recv), D(gap))
    check(ctx, "执行率", rate, D(spent) / D(ann) * 100)
    eq(ctx, "结余 = 到位 - 支出", D(bal), D(recv) - D(spent))
    last = one(ctx, text, r"2019年本项目支出([\d.]+)万元")
    eq(ctx, "较上年增加", D(spent) - D(last), D(one(ctx, text, r"较上年增加([\d.]+)万元")))
    parts = [one(ctx, text, p) for p in (r"公用经费（办公、水电、取暖）([\d.]+)万元", r"车辆运行维护([\d.]+)万元，营区",
                                         r"营区及民兵装备仓库维修维护([\d.]+)万元", r"疫情防控民兵执勤补助([\d.]+)万元（",
                                         r"国防教育及政治工作([\d.]+)万元")]
    eq(ctx, "支出构成 sum", sum(D(x) for x in parts), D(spent))
    eq(ctx, "取暖费", D(one(ctx, text, r"取暖面积(\d+)平方米")) * D(one(ctx, text, r"每平方米(\d+)元")) / 10000,
       D(one(ctx, text, r"缴纳取暖费([\d.]+)万元")))
    m = re.search(r"分别派驻民兵([\d人、]+)，平均每个卡点(\d+)人，共(\d+)人", text)
    n = [D(x) for x in re.findall(r"(\d+)人", m.group(1))]
    eq(ctx, "卡点个数", len(n), D(one(ctx, text, r"民兵执勤卡点(\d+)个")))
    check(ctx, "卡点 average", m.group(2), sum(n) / len(n))
    eq(ctx, "卡点 total", sum(n), D(m.group(3)))
    kept = one(ctx, text, r"维护保养民兵装备(\d+)件（套）")
    eq(ctx, "装备 gap", D("260") - D(kept), D(one(ctx, text, r"较目标少(\d+)件（套）")))
    lines = text[text.index("项目支出绩效自评表"):].split("\n")
    tot = funds_block(ctx, lines, " ")
    eq(ctx, "table 年初", tot[1], init)
    eq(ctx, "table 全年", tot[2], ann)
    eq(ctx, "table 执行", tot[3], spent)
    rows, start, total = [], False, None
    for ln in lines:
        c = ln.split(" ")
        if c[0] == "一级指标":
            start = True
            continue
        if not start or not ln.strip():
            continue
        if c[0] == "合计":
            eq(ctx, "合计 分值", c[1], 100)
            total = c[2]
            break
        rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6],
                     "note": c[7] if len(c) > 7 else "", "l1": c[0]})
    for r in rows:
        if r["name"] == "民兵装备维护保养":
            eq(ctx, "装备 table = prose", NUM.search(r["actual"]).group(), kept)
        if r["name"] == "卡点执勤民兵人数":
            eq(ctx, "卡点 table = prose", NUM.search(r["actual"]).group(), m.group(3))
        if r["name"] == "车辆运行维护费":
            eq(ctx, "车辆 table = prose", NUM.search(r["actual"]).group(), parts[1])
    ind = list(rows)
    rows.insert(0, {"name": "预算执行率", "target": "—", "actual": tot[5], "weight": tot[4], "score": tot[6],
                    "note": "x"})
    bd = re.search(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，"
                   r"满意度指标得分([\d.]+)分，综合得分([\d.]+)分，自评等级为(优秀|良好|中等|较差)", text)
    eq(ctx, "prose 执行 score", bd.group(1), tot[6])
    for i, l1 in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
        eq(ctx, f"prose {l1} score", bd.group(i), sum(D(r["score"]) for r in ind if r["l1"] == l1))
    eq(ctx, "prose breakdown sum", sum(D(bd.group(i)) for i in range(1, 5)), D(bd.group(5)))
    check_rows(ctx, rows, total, [bd.group(6)], bd.group(5))


CHECKS = {
    "jl-longjing-minbing-2021": check_A,
    "xj-manas-zhengbing-2023": check_B,
    "sn-sanyuan-shuangyong-2019": check_C,
    "hi-lingao-guofangdongyuan-2024": check_D,
    "nm-wulatezhongqi-renwubu-2020": check_E,
}


TOKEN = re.compile(r"\d+(?:\.\d+)?%?|\s+|.", re.S)


def diff_blocks(a, b):
    """Changed places at token level (a number with its decimals and % is one token).
    Returns (a_start, a_end, b_start, b_end) character offsets."""
    ta = [m for m in TOKEN.finditer(a)]
    tb = [m for m in TOKEN.finditer(b)]
    sm = difflib.SequenceMatcher(None, [m.group() for m in ta], [m.group() for m in tb], autojunk=False)
    out = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        a1 = ta[i1].start() if i1 < len(ta) else len(a)
        a2 = ta[i2 - 1].end() if i2 > i1 else a1
        b1 = tb[j1].start() if j1 < len(tb) else len(b)
        b2 = tb[j2 - 1].end() if j2 > j1 else b1
        out.append((op, a1, a2, b1, b2))
    return out


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    count = {c: 0 for c in CODES}
    edits = {(e[0], e[1]): e for e in build.EDITS}
    for rec in labels:
        text = read(rec["case"])
        src = rec["source"]
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{rec['case']}: length {n} outside 3000-9000")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one error")
        for exp in rec["expected"]:
            if exp["code"] not in count:
                fail(f"{rec['case']}: unknown code {exp['code']}")
            else:
                count[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity")
            if exp["value"] not in text:
                fail(f"{rec['case']}: value {exp['value']!r} not in the case")
        k = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        e = edits[(src, k)]
        old, new = e[4], e[5]
        clean = read(f"{src}-clean.txt")
        if clean.count(old) != 1:
            fail(f"{rec['case']}: old string not unique in clean draft")
        if clean.replace(old, new) != text:
            fail(f"{rec['case']}: case is not the clean draft with its one edit")
        blocks = diff_blocks(clean, text)
        pos = clean.index(old)
        if not blocks or len(blocks) > 2 or any(op[1] < pos or op[2] > pos + len(old) for op in blocks):
            fail(f"{rec['case']}: differs from the clean draft in {len(blocks)} places")
        if len(blocks) == 2 and "swapped" not in e[7]:
            fail(f"{rec['case']}: two changed cells but not a swap")
        value = rec["expected"][0]["value"]
        vpos = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(s <= op[3] and max(op[4], op[3] + 1) <= s + len(value) for s in vpos for op in blocks):
            fail(f"{rec['case']}: value does not contain a changed figure")
    for c, n in count.items():
        if n < 2:
            fail(f"code {c} occurs {n} times (< 2)")
    sources = sorted({r["source"] for r in labels})
    for src in sources:
        CHECKS[src](f"{src}-clean.txt", read(f"{src}-clean.txt"))
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} problem(s)")
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={n}" for c, n in count.items()))
    print(f"{len(labels)} cases, {len(sources)} clean drafts re-computed")
    print("OK")


if __name__ == "__main__":
    main()
