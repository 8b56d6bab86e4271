#!/usr/bin/env python3
"""Verify the n195 set.

1. labels.jsonl is well formed, every case file exists, every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place, and the label value
   overlaps that place;
3. each of the 13 codes of errors.md section A occurs at least twice;
4. the arithmetic of every clean draft is redone from its own text (funds, rates, balances,
   sums, averages, completion rates, weights, scores, total, grade, years, repeated figures),
   and the same checks fail on every error case.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
def dec(s):
    return Decimal(str(s).replace(",", "").strip())


def places(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, value):
    """rules.md section 8: |value - stated| <= half a unit of the stated last digit."""
    tol = Decimal("0.5") * Decimal(10) ** (-places(stated)) + Decimal("1e-9")
    return abs(dec(stated) - Decimal(value)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pct(a, b):
    return Decimal(a) / Decimal(b) * 100


def grab(text, pattern, src, n=None):
    """All matches of pattern (one group -> str, several -> tuple); must match at least once,
    all matches equal; n = exact count when given."""
    ms = re.findall(pattern, text)
    if not ms:
        fail(f"{src}: pattern not found: {pattern}")
        return None
    if n is not None and len(ms) != n:
        fail(f"{src}: pattern {pattern} matched {len(ms)} times, expected {n}")
    if any(m != ms[0] for m in ms):
        fail(f"{src}: pattern {pattern} has differing values {ms}")
    return ms[0]


def eq_sum(src, what, total, parts):
    s = sum((dec(p) for p in parts), Decimal(0))
    check(dec(total) == s, f"{src}: {what}: {' + '.join(map(str, parts))} = {s} != {total}")


def rate_ok(src, what, stated, num, den):
    v = pct(dec(num), dec(den))
    check(consistent(stated, v), f"{src}: {what}: {num}/{den} = {v:.4f}% but stated {stated}%")


def same(src, what, a, b):
    check(dec(a) == dec(b), f"{src}: {what}: {a} != {b}")


# ---------------------------------------------------------------- indicators
SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq"}
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_value(s):
    s = s.strip()
    m = DATE.search(s)
    if m:
        d = tuple(int(x) for x in m.groups())
        return ("lte" if s.endswith("前") or s.startswith("≤") else "eq"), d, "date"
    direction = "eq"
    if s and s[0] in SIGNS:
        direction, s = SIGNS[s[0]], s[1:]
    m = re.match(r"^([\d.,]+)\s*(.*)$", s)
    if not m:
        raise ValueError(f"cannot parse value {s!r}")
    return direction, dec(m.group(1)), m.group(2).strip()


def completion(target, actual):
    d, t, tu = parse_value(target)
    _, a, au = parse_value(actual)
    if tu != au:
        return None, f"units differ: {target!r} vs {actual!r}"
    if tu == "date":
        return Decimal(1) if a <= t else Decimal(0), None
    if d == "lte":
        return (Decimal(1) if a <= t else t / a), None
    return a / t, None


def check_indicator(src, row):
    name, target, actual, w, s = row["name"], row["target"], row["actual"], row["weight"], row["score"]
    check(dec(s) <= dec(w) and dec(s) >= 0, f"{src}: {name}: score {s} outside [0, {w}]")
    comp, err = completion(target, actual)
    if err:
        fail(f"{src}: {name}: {err}")
        return
    expected = r2(dec(w) * min(Decimal(1), comp))
    ok = abs(dec(s) - expected) <= Decimal("0.005")
    if row.get("completion"):
        stated = row["completion"].rstrip("%")
        check(consistent(stated, comp * 100), f"{src}: {name}: completion {comp * 100:.4f}% stated {stated}%")
        ok = ok or abs(dec(s) - r2(dec(w) * min(Decimal(1), dec(stated) / 100))) <= Decimal("0.005")
    check(ok, f"{src}: {name}: score {s}, expected {expected} (completion {comp * 100:.2f}%)")
    if comp < 1:
        check(bool(row.get("reason")) or row.get("reason_in_text", False),
              f"{src}: {name}: shortfall without a reason")


def band(total):
    t = dec(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_scores(src, text, exec_row, rows, total, grade_pattern):
    # execution row
    rate = pct(dec(exec_row["spent"]), dec(exec_row["budget"]))
    check(consistent(exec_row["rate"].rstrip("%"), rate), f"{src}: exec rate {rate:.4f} vs {exec_row['rate']}")
    exp = r2(dec(exec_row["weight"]) * min(Decimal(1), rate / 100))
    check(abs(dec(exec_row["score"]) - exp) <= Decimal("0.005"), f"{src}: exec score {exec_row['score']} vs {exp}")
    for row in rows:
        check_indicator(src, row)
    weights = dec(exec_row["weight"]) + sum(dec(r["weight"]) for r in rows)
    check(weights == 100, f"{src}: weights add to {weights}")
    scores = dec(exec_row["score"]) + sum(dec(r["score"]) for r in rows)
    check(scores == dec(total), f"{src}: scores add to {scores}, total stated {total}")
    g = re.findall(grade_pattern, text)
    check(len(g) >= 1, f"{src}: grade not found")
    for x in g:
        check(x[0] == band(total), f"{src}: grade {x} but total {total} is {band(total)}")


def check_funds(src, rows):
    """rows: list of (name, initial, annual, spent, rate) with the total first."""
    tot, parts = rows[0], rows[1:]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        eq_sum(src, f"funds column {col}", tot[i], [p[i] for p in parts])
    for name, ini, ann, sp, rate in rows:
        if dec(ann) == 0:
            check(rate in ("—", "-", "/", ""), f"{src}: {name}: rate {rate} on a zero base")
        else:
            check(dec(sp) <= dec(ann), f"{src}: {name}: spent above budget")
            rate_ok(src, f"{name} 执行率", rate.rstrip("%"), sp, ann)


# ---------------------------------------------------------------- per project
def v_sishui(src, t):
    budget = grab(t, r"全年预算(?:调整为)?([\d,]+\.\d\d)万元，(?:其中中央|实际到位)", src)
    init = grab(t, r"安排([\d,]+\.\d\d)万元。", src, 1)
    add = grab(t, r"追加([\d,]+\.\d\d)万元", src, 1)
    eq_sum(src, "年初 + 追加", budget, [init, add])
    c = grab(t, r"其中中央财政补助资金([\d,.]+)万元、省级补助资金([\d,.]+)万元、县级配套资金([\d,.]+)万元", src, 1)
    eq_sum(src, "sources", budget, c)
    recv, rrate = grab(t, r"实际到位([\d,.]+)万元，资金到位率(\d+)%", src, 1)
    same(src, "到位 = 全年预算", recv, budget)
    rate_ok(src, "到位率", rrate, recv, budget)
    spent, erate, bal = grab(t, r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%，结余([\d,.]+)万元", src, 1)
    rate_ok(src, "执行率", erate, spent, budget)
    check(dec(bal) == dec(recv) - dec(spent), f"{src}: balance {bal}")
    paid, prate = grab(t, r"县级配套资金支付([\d.]+)万元，支付率([\d.]+)%", src, 1)
    rate_ok(src, "县级支付率", prate, paid, c[2])
    eq_sum(src, "spent = central + provincial + county paid", spent, [c[0], c[1], paid])
    check(dec(c[2]) - dec(paid) == dec(bal), f"{src}: county balance")
    lb, ls, lr, pp = grab(t, r"全年预算([\d,.]+)万元，实际支出([\d,.]+)万元，执行率([\d.]+)%，本年度执行率较上年提高([\d.]+)个百分点", src, 1)
    rate_ok(src, "2021 执行率", lr, ls, lb)
    check(dec(erate) - dec(lr) == dec(pp), f"{src}: percentage points")
    for y in re.findall(r"截至(\d{4})年12月31日", t):
        check(y == "2022", f"{src}: 截至{y}年12月31日 in the 2022 report")
    p = grab(t, r"重点优抚对象(\d+)人，其中残疾军人(\d+)人、“三属”(\d+)人、在乡复员军人(\d+)人、带病回乡退伍军人(\d+)人、参战参试退役军人(\d+)人", src, 1)
    eq_sum(src, "recipients", p[0], p[1:])
    same(src, "recipients in 产出 text", grab(t, r"全年为(\d+)名重点优抚对象", src), p[0])
    chk, crate, miss = grab(t, r"核查(\d+)人，核查覆盖率([\d.]+)%，未完成核查的(\d+)人", src, 1)
    rate_ok(src, "核查覆盖率", crate, chk, p[0])
    check(dec(p[0]) - dec(chk) == dec(miss), f"{src}: unchecked count")
    n, k, krate = grab(t, r"抽查优抚对象(\d+)人，了解本人享受的优抚政策的(\d+)人，优抚政策知晓率([\d.]+)%", src, 1)
    rate_ok(src, "知晓率", krate, k, n)
    n2, s2, srate = grab(t, r"随机回访优抚对象(\d+)人，表示满意的(\d+)人，满意度([\d.]+)%", src, 1)
    rate_ok(src, "满意度", srate, s2, n2)
    # table (tab-separated web table)
    lines = t.splitlines()
    funds = []
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        f = [x for x in lines if x.startswith("\t" + name + "\t")]
        check(len(f) == 1, f"{src}: funds row {name}")
        c8 = f[0].split("\t")
        funds.append((name, c8[2], c8[3], c8[4], c8[6]))
        if name == "年度资金总额":
            exec_row = {"budget": c8[3], "spent": c8[4], "weight": c8[5], "rate": c8[6], "score": c8[7]}
    check_funds(src, funds)
    same(src, "table 年初", funds[0][1], init)
    same(src, "table 全年", funds[0][2], budget)
    same(src, "table 执行", funds[0][3], spent)
    check(exec_row["rate"] == erate + "%", f"{src}: table rate {exec_row['rate']} vs text {erate}")
    start = lines.index(next(x for x in lines if x.startswith("绩效指标\t")))
    rows = []
    for x in lines[start + 1:]:
        if x.startswith("总分"):
            total = [c for c in x.split("\t") if c][-1]
            break
        f = x.split("\t")
        rows.append({"name": f[-6], "target": f[-5], "actual": f[-4], "weight": f[-3], "score": f[-2],
                     "reason": f[-1]})
    check(len(rows) == 8, f"{src}: {len(rows)} indicator rows")
    check_scores(src, t, exec_row, rows, total, r"评价等级为“(优|良|中|差)")
    same(src, "text total", grab(t, r"自评得分([\d.]+)分", src, 1), total)
    act = {r["name"]: r["actual"] for r in rows}
    same(src, "table recipients", parse_value(act["重点优抚对象抚恤补助人数"])[1], p[0])
    same(src, "table 核查", parse_value(act["优抚对象信息核查覆盖率"])[1], crate)
    same(src, "table 知晓率", parse_value(act["优抚政策知晓率"])[1], krate)
    same(src, "table 满意度", parse_value(act["优抚对象满意度"])[1], srate)
    same(src, "table 成本", parse_value(act["抚恤补助资金支出"])[1], spent)
    same(src, "goal block satisfaction", grab(t, r"优抚对象满意度([\d.]+)%。\n", src), srate)


def v_santai(src, t):
    init = grab(t, r"批复县级残疾儿童康复救助资金([\d.]+)万元", src, 1)
    cen, prov, budget = grab(t, r"中央财政补助资金([\d.]+)万元、省级财政补助资金([\d.]+)万元，全年预算调整为([\d.]+)万元", src, 1)
    eq_sum(src, "年初 + 中央 + 省级", budget, [init, cen, prov])
    check(dec(grab(t, r"申报2021年县级残疾儿童康复救助资金(\d+)万元", src, 1)) == dec(init), f"{src}: 申报 vs 批复")
    recv, rr = grab(t, r"全年到位([\d.]+)万元，资金到位率(\d+)%", src, 1)
    rate_ok(src, "到位率", rr, recv, budget)
    spent, er, bal = grab(t, r"实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", src, 1)
    rate_ok(src, "执行率", er, spent, budget)
    check(dec(bal) == dec(recv) - dec(spent), f"{src}: balance")
    check("结转至2022年" in t, f"{src}: carry-forward year")
    kids = grab(t, r"全年共救助残疾儿童(\d+)名，其中视力残疾(\d+)名、听力残疾(\d+)名（含人工耳蜗植入\d+名）、言语残疾(\d+)名、肢体残疾(\d+)名、智力残疾(\d+)名、孤独症(\d+)名", src, 1)
    eq_sum(src, "categories", kids[0], kids[1:])
    target, comp = grab(t, r"年度目标(\d+)名，完成率(\d+)%", src, 1)
    rate_ok(src, "completion", comp, kids[0], target)
    inst = grab(t, r"县残疾人康复中心承担(\d+)名、县特殊教育学校康复部(\d+)名、三台县星语儿童康复中心(\d+)名、三台县启航康复服务中心(\d+)名，平均每家机构承担(\d+)名", src, 1)
    eq_sum(src, "institutions", kids[0], inst[:4])
    check(consistent(inst[4], sum(dec(x) for x in inst[:4]) / 4), f"{src}: average per institution")
    check(abs(dec(spent) / dec(kids[0]) - dec(grab(t, r"人均救助约([\d.]+)万元", src, 1))) < Decimal("0.01"), f"{src}: 约 per child")
    nb, ok_b, br = grab(t, r"全年分(\d+)批次结算，按时完成(\d+)批次，结算及时率(\d+)%", src, 1)
    rate_ok(src, "结算及时率", br, ok_b, nb)
    kk, eff, effr = grab(t, r"(\d+)名受助儿童中康复有效(\d+)名，康复有效率([\d.]+)%", src, 1)
    same(src, "kids in 效益", kk, kids[0])
    rate_ok(src, "有效率", effr, eff, kk)
    fam, famr = grab(t, r"覆盖受助儿童家庭(\d+)户，覆盖率([\d.]+)%", src, 1)
    rate_ok(src, "覆盖率", famr, fam, kids[0])
    q1, q2, q3, sr = grab(t, r"问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度(\d+)%", src, 1)
    same(src, "questionnaires", q1, kids[0])
    rate_ok(src, "满意度", sr, q3, q2)
    # table: one cell per line, tab-indented, blank line between rows
    blocks = [[ln[1:] for ln in b.split("\n") if ln.startswith("\t")] for b in t.split("\n\n")]
    funds, rows, exec_row, total = [], [], None, None
    in_ind = False
    for b in blocks:
        if len(b) == 8 and b[1] in ("年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"):
            funds.append((b[1], b[2], b[3], b[4], b[6]))
            if b[1] == "年度资金总额":
                exec_row = {"budget": b[3], "spent": b[4], "weight": b[5], "rate": b[6], "score": b[7]}
        if b and b[0] == "一级指标":
            in_ind = True
            continue
        if in_ind and b and b[0] == "总分":
            check(b[6] == "100", f"{src}: 总分 column {b[6]}")
            total = b[8]
            in_ind = False
        elif in_ind and len(b) == 10:
            sign = {"≥": "≥", "≤": "≤", "=": "="}[b[3]]
            rows.append({"name": b[2], "target": sign + b[4] + b[5], "actual": b[7] + b[5],
                         "weight": b[6], "score": b[8], "reason": b[9]})
    # 财政资金 is the subtotal that equals the total here; the four Sichuan rows add up to it
    # Sichuan rows: 年度资金总额 = 财政资金 + 财政专户管理资金 + 单位资金 + 其他资金
    check_funds(src, funds)
    same(src, "table 全年", funds[0][2], budget)
    same(src, "table 执行", funds[0][3], spent)
    same(src, "table 年初", funds[0][1], init)
    check(len(rows) == 7, f"{src}: {len(rows)} rows")
    check_scores(src, t, exec_row, rows, total, r"总体评价(优|良|中|差)")
    same(src, "text total", grab(t, r"自评得分([\d.]+)分", src, 1), total)
    act = {r["name"]: parse_value(r["actual"])[1] for r in rows}
    same(src, "table kids", act["救助残疾儿童人数"], kids[0])
    same(src, "table 有效率", act["受助儿童康复有效率"], effr)
    same(src, "table 覆盖率", act["家长康复知识培训覆盖率"], famr)
    same(src, "table 满意度", act["受助儿童家长满意度"], sr)
    same(src, "table 及时率", act["康复训练费用按批次结算及时率"], br)
    same(src, "table 成本", act["项目总成本"], spent)
    goal = grab(t, r"救助残疾儿童(\d+)名，康复有效率([\d.]+)%，家长满意度(\d+)%", src, 1)
    check(goal == (kids[0], effr, sr), f"{src}: goal block {goal}")


def v_neixiang(src, t):
    opening = grab(t, r"项目资金([\d.]+)万元开展了绩效自评", src, 1)
    budget, county, prov, carry = grab(t, r"预算资金([\d.]+)万元，其中县级财政年初预算安排([\d.]+)万元，年中省级残疾人就业补助资金追加([\d.]+)万元，2022年结转资金([\d.]+)万元", src, 1)
    same(src, "opening = budget", opening, budget)
    eq_sum(src, "sources", budget, [county, prov, carry])
    spent, er = grab(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%", src, 1)
    rate_ok(src, "执行率", er, spent, budget)
    same(src, "执行率 in problems", grab(t, r"预算执行率([\d.]+)%，未达到", src, 1), er)
    parts = grab(t, r"职业技能培训费([\d.]+)万元，就业创业扶持补贴([\d.]+)万元，盲人按摩等实训基地补助([\d.]+)万元", src, 1)
    eq_sum(src, "spending items", spent, parts)
    n, each, sub, rest = grab(t, r"一次性创业补贴(\d+)人、每人(\d+)元，计([\d.]+)万元；灵活就业社保补贴和用人单位岗位补贴([\d.]+)万元", src, 1)
    same(src, "创业补贴 in 元", dec(n) * dec(each) / 10000, sub)
    eq_sum(src, "扶持补贴", parts[1], [sub, rest])
    bal, b1, b2 = grab(t, r"年末结余([\d.]+)万元，其中当年财政拨款结余([\d.]+)万元、上年结转资金结余([\d.]+)万元", src, 1)
    check(dec(bal) == dec(budget) - dec(spent), f"{src}: balance")
    eq_sum(src, "balance parts", bal, [b1, b2])
    check("结转至2024年" in t, f"{src}: carry-forward year")
    cls = grab(t, r"盲人按摩培训(\d)期(\d+)人、电子商务培训(\d)期(\d+)人、家政服务培训(\d)期(\d+)人、手工编织培训(\d)期(\d+)人、种养殖实用技术培训(\d)期(\d+)人，平均每期(\d+)人", src, 1)
    periods, people = cls[0:10:2], cls[1:10:2]
    trained = grab(t, r"全年举办培训班(\d+)期，培训残疾人(\d+)人", src, 1)
    eq_sum(src, "periods", trained[0], periods)
    eq_sum(src, "trainees", trained[1], people)
    check(consistent(cls[10], dec(trained[1]) / dec(trained[0])), f"{src}: average per period")
    passed, pr = grab(t, r"结业考核合格(\d+)人，合格率([\d.]+)%", src, 1)
    rate_ok(src, "合格率", pr, passed, trained[1])
    cert, cr = grab(t, r"证书(\d+)人，持证比例([\d.]+)%", src, 1)
    rate_ok(src, "持证比例", cr, cert, trained[1])
    job, jt, jc = grab(t, r"实现就业创业(\d+)人，完成年度目标（(\d+)人）的(\d+)%", src, 1)
    rate_ok(src, "就业 completion", jc, job, jt)
    self_emp, other = grab(t, r"其中自主创业(\d+)人、灵活就业和单位就业(\d+)人", src, 1)
    eq_sum(src, "就业 split", job, [self_emp, other])
    same(src, "自主创业 = 创业补贴人数", self_emp, n)
    rate_ok(src, "就业率", grab(t, r"培训后就业率([\d.]+)%。", src), job, trained[1])
    st, sr = grab(t, r"仍稳定就业的(\d+)人，稳定就业率([\d.]+)%", src, 1)
    rate_ok(src, "稳定就业率", sr, st, job)
    last_t, last_j = grab(t, r"2022年本项目培训残疾人(\d+)人、实现就业创业(\d+)人", src, 1)
    check(dec(job) - dec(last_j) == dec(grab(t, r"较上年增加(\d+)人", src, 1)), f"{src}: 较上年")
    q1, q2, q3, satr = grab(t, r"问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%", src, 1)
    same(src, "问卷 = trainees", q1, trained[1])
    rate_ok(src, "满意度", satr, q3, q2)
    unit_cost = grab(t, r"人均培训成本约(\d+)元", src, 1)
    check(consistent(unit_cost, dec(parts[0]) * 10000 / dec(trained[1])), f"{src}: 人均培训成本")
    # table: full-width pipes
    lines = t.splitlines()
    funds = []
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        f = [x for x in lines if x.startswith("｜" + name + "｜")]
        check(len(f) == 1, f"{src}: funds row {name}")
        c = f[0].split("｜")
        funds.append((name, c[2], c[3], c[4], c[6]))
        if name == "年度资金总额":
            exec_row = {"budget": c[3], "spent": c[4], "weight": c[5], "rate": c[6], "score": c[7]}
    check_funds(src, funds)
    same(src, "table 全年", funds[0][2], budget)
    same(src, "table 年初", funds[0][1], county)
    same(src, "table 当年全年", funds[1][2], dec(county) + dec(prov))
    same(src, "table 结转全年", funds[2][2], carry)
    same(src, "当年 balance", dec(funds[1][2]) - dec(funds[1][3]), b1)
    same(src, "结转 balance", dec(funds[2][2]) - dec(funds[2][3]), b2)
    check(exec_row["rate"] == er + "%", f"{src}: table rate")
    check("（2023年度）" in t and "2023年度残疾人职业技能培训" in t, f"{src}: year")
    start = lines.index(next(x for x in lines if x.startswith("绩效指标｜")))
    rows = []
    for x in lines[start + 1:]:
        if x.startswith("总分"):
            c = x.split("｜")
            check(c[6] == "100", f"{src}: 总分 column")
            total = c[7]
            break
        c = x.split("｜")
        rows.append({"name": c[3], "target": c[4], "actual": c[5], "weight": c[6], "score": c[7], "reason": c[8]})
    check(len(rows) == 9, f"{src}: {len(rows)} rows")
    check_scores(src, t, exec_row, rows, total, r"自评等级为“(优|良|中|差)")
    same(src, "text total", grab(t, r"自评得分([\d.]+)分", src, 1), total)
    act = {r["name"]: parse_value(r["actual"])[1] for r in rows}
    same(src, "table trainees", act["残疾人职业技能培训人数"], trained[1])
    same(src, "table jobs", act["实现就业创业人数"], job)
    same(src, "table 合格率", act["培训结业考核合格率"], pr)
    same(src, "table 持证", act["取得职业技能证书比例"], cr)
    same(src, "table 人均成本", act["人均培训成本"], unit_cost)
    same(src, "table 就业率", act["培训后就业率"], grab(t, r"培训后就业率([\d.]+)%。", src))
    same(src, "table 稳定就业率", act["就业创业人员稳定就业率"], sr)
    same(src, "table 满意度", act["受训残疾人满意度"], satr)
    # over-achievement beyond 20% carries a reason
    for r in rows:
        comp, _ = completion(r["target"], r["actual"])
        if comp > Decimal("1.2"):
            check(bool(r["reason"]), f"{src}: {r['name']} over-achieved without reason")


def v_guiping(src, t):
    init = grab(t, r"年初预算安排([\d.]+)万元", src, 1)
    add = grab(t, r"追加预算([\d.]+)万元", src, 1)
    carry = grab(t, r"加上上年结转资金([\d.]+)万元", src, 1)
    budget = grab(t, r"全年预算([\d.]+)万元，资金全部到位", src, 1)
    eq_sum(src, "年初 + 追加 + 结转", budget, [init, add, carry])
    spent, er, bal = grab(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", src, 1)
    rate_ok(src, "执行率", er, spent, budget)
    check(dec(bal) == dec(budget) - dec(spent), f"{src}: balance")
    items = grab(t, r"休养员生活费及伙食补助([\d.]+)万元，护理及工作人员劳务费([\d.]+)万元，医疗保健及健康体检([\d.]+)万元，院舍维修及设施维护([\d.]+)万元", src, 1)
    eq_sum(src, "spending items", spent, items)
    q = grab(t, r"各季度末在院集中供养人数分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，全年平均在院人数([\d.]+)人，年末在院(\d+)人", src, 1)
    check(consistent(q[4], sum(dec(x) for x in q[:4]) / 4), f"{src}: average residents")
    same(src, "year-end = Q4", q[5], q[3])
    check(abs(dec(spent) / dec(q[4]) - dec(grab(t, r"人均供养支出约([\d.]+)万元", src, 1))) < Decimal("0.05"), f"{src}: 约 per head")
    acts = grab(t, r"文体及精神慰藉活动(\d+)次，未达到(\d+)次", src, 1)
    months, paid = grab(t, r"全年(\d+)个月中有(\d+)个月按时足额发放生活费", src, 1)
    mr = grab(t, r"按月足额发放率([\d.]+)%", src, 1)
    rate_ok(src, "按月发放率", mr, paid, months)
    cap, cost, over = grab(t, r"成本控制目标为([\d.]+)万元，实际支出([\d.]+)万元，超支([\d.]+)万元", src, 1)
    check(dec(cost) - dec(cap) == dec(over), f"{src}: overspend")
    same(src, "维修 cost = 维修 item", cost, items[3])
    beds = grab(t, r"核定床位(\d+)张", src, 1)
    br = grab(t, r"年末床位使用率([\d.]+)%", src, 1)
    rate_ok(src, "床位使用率", br, q[5], beds)
    score78 = grab(t, r"考评中得分(\d+)分", src, 1)
    sat = grab(t, r"休养员满意度([\d.]+)%，家属满意度([\d.]+)%", src, 1)
    check(all(dec(x) <= 100 for x in sat), f"{src}: satisfaction above 100")
    # table: pdftotext -layout
    lines = t.splitlines()
    num = r"([\d.]+)"
    funds = []
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        f = [x for x in lines if name in x and re.search(name + r"\s+[\d.]+\s+[\d.]+", x)]
        check(len(f) == 1, f"{src}: funds row {name}")
        m = re.search(name + r"\s+" + r"\s+".join([num] * 3) + r"\s+(\S+)\s+(\S+)\s+(\S+)", f[0])
        funds.append((name, m.group(1), m.group(2), m.group(3), m.group(5)))
        if name == "年度资金总额":
            exec_row = {"budget": m.group(2), "spent": m.group(3), "weight": m.group(4), "rate": m.group(5), "score": m.group(6)}
    check_funds(src, funds)
    same(src, "table 年初", funds[0][1], init)
    same(src, "table 全年", funds[0][2], budget)
    same(src, "table 执行", funds[0][3], spent)
    same(src, "table 当年全年", funds[1][2], dec(init) + dec(add))
    same(src, "table 结转", funds[2][2], carry)
    check(exec_row["rate"] == er + "%", f"{src}: table rate")
    row_re = re.compile(r"(\S+)\s+([≥≤=]\S+)\s+(\S+)\s+([\d.]+%)\s+(\d+)\s+([\d.]+)(?:\s+(\S.*))?$")
    rows, total = [], None
    for x in lines:
        m = row_re.search(x)
        if m:
            rows.append({"name": m.group(1), "target": m.group(2), "actual": m.group(3), "completion": m.group(4),
                         "weight": m.group(5), "score": m.group(6), "reason": m.group(7) or ""})
        mt = re.match(r"\s*总分\s+(\d+)\s+([\d.]+)\s+评价等级", x)
        if mt:
            check(mt.group(1) == "100", f"{src}: 总分 column")
            total = mt.group(2)
    check(len(rows) == 10, f"{src}: {len(rows)} rows")
    check_scores(src, t, exec_row, rows, total, r"评价等级：(优|良|中|差)")
    same(src, "text total", grab(t, r"综合自评得分([\d.]+)分", src, 1), total)
    act = {r["name"]: parse_value(r["actual"])[1] for r in rows}
    tgt = {r["name"]: parse_value(r["target"])[1] for r in rows}
    same(src, "table residents", act["集中供养优抚对象人数"], q[5])
    same(src, "table activities", act["文体及精神慰藉活动次数"], acts[0])
    same(src, "table activity target", tgt["文体及精神慰藉活动次数"], acts[1])
    same(src, "table 按月", act["生活费按月足额发放率"], mr)
    same(src, "table 维修", act["院舍维修改造成本"], cost)
    same(src, "table 维修 cap", tgt["院舍维修改造成本"], cap)
    same(src, "table 床位", act["床位使用率"], br)
    same(src, "table 考评", act["规范化建设考评得分"], score78)
    same(src, "table 满意度", act["休养员满意度"], sat[0])
    goal = grab(t, r"年末在院(\d+)人，床位使用率([\d.]+)%，休养员满意度([\d.]+)%", src, 1)
    check(goal == (q[5], br, sat[0]), f"{src}: goal block")


def v_changxing(src, t):
    init, daily, repair = grab(t, r"年初预算([\d.]+)万元，其中烈士陵园日常管护经费([\d.]+)万元、零散烈士纪念设施维修补助([\d.]+)万元", src, 1)
    eq_sum(src, "年初 parts", init, [daily, repair])
    budget = grab(t, r"全年预算([\d.]+)万元。", src, 1)
    same(src, "no adjustment", budget, init)
    recv = grab(t, r"到位([\d.]+)万元，到位率100%", src, 1)
    same(src, "到位", recv, budget)
    dparts = grab(t, r"保洁绿化服务合同费用([\d.]+)万元、安保值守费用([\d.]+)万元、水电及零星维护费用([\d.]+)万元", src, 1)
    eq_sum(src, "日常管护 parts", daily, dparts)
    monthly = grab(t, r"按照每月([\d.]+)万元的合同价", src, 1)
    same(src, "monthly x 12", dec(monthly) * 12, dparts[0])
    paid, prate = grab(t, r"实际拨付([\d.]+)万元，拨付率([\d.]+)%", src, 1)
    rate_ok(src, "拨付率", prate, paid, repair)
    spent, er, bal = grab(t, r"全年合计支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", src, 1)
    eq_sum(src, "spent = daily + repair paid", spent, [daily, paid])
    rate_ok(src, "执行率", er, spent, budget)
    check(dec(bal) == dec(recv) - dec(spent), f"{src}: balance")
    lb, ls, lr = grab(t, r"预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+)%", src, 1)
    rate_ok(src, "2018 执行率", lr, ls, lb)
    fac = grab(t, r"全县共有烈士纪念设施(\d+)处，其中县烈士陵园(\d+)处、烈士纪念碑（亭）(\d+)处、零散烈士墓(\d+)处", src, 1)
    eq_sum(src, "facilities", fac[0], fac[1:])
    n_fix = grab(t, r"完成零散烈士纪念设施维修(\d+)处", src, 1)
    n_fix2, paid2, avg = grab(t, r"(\d+)处维修共拨付([\d.]+)万元，平均每处([\d.]+)万元", src, 1)
    same(src, "repairs", n_fix, n_fix2)
    same(src, "repair money", paid2, paid)
    check(consistent(avg, dec(paid) / dec(n_fix)), f"{src}: average repair cost")
    patrol = grab(t, r"日常保洁巡查(\d+)次", src, 1)
    all_f, good, gr = grab(t, r"对(\d+)处烈士纪念设施逐一排查，完好的(\d+)处，完好率([\d.]+)%", src, 1)
    same(src, "facilities checked", all_f, fac[0])
    rate_ok(src, "完好率", gr, good, all_f)
    check(dec(grab(t, r"其余(\d+)处", src, 1)) == dec(all_f) - dec(good), f"{src}: 其余")
    edu = grab(t, r"开展红色教育活动(\d+)场", src, 1)
    visitors = grab(t, r"接待祭扫群众约([\d.]+)万人次", src, 1)
    n, s, sr = grab(t, r"群众(\d+)人开展问卷调查，表示满意的(\d+)人，满意度([\d.]+)%", src, 1)
    rate_ok(src, "满意度", sr, s, n)
    # table: PDF rows flattened with single spaces
    lines = t.splitlines()
    funds = []
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        f = [x for x in lines if x.startswith(name + " ")]
        check(len(f) == 1, f"{src}: funds row {name}")
        c = f[0].split(" ")
        funds.append((name, c[1], c[2], c[3], c[5]))
        if name == "年度资金总额":
            exec_row = {"budget": c[2], "spent": c[3], "weight": c[4], "rate": c[5], "score": c[6]}
    check_funds(src, funds)
    same(src, "table 全年", funds[0][2], budget)
    same(src, "table 执行", funds[0][3], spent)
    check(exec_row["rate"] == er + "%", f"{src}: table rate")
    start = lines.index(next(x for x in lines if x.startswith("一级指标 ")))
    rows, total = [], None
    for x in lines[start + 1:]:
        if x.startswith("合计 "):
            _, w, total = x.split(" ")
            check(w == "100", f"{src}: 合计 column")
            break
        m = re.search(r"(\S+) (\S+) (\S+) (\d+) (\d+(?:\.\d+)?)(?: (\S.*))?$", x)
        rows.append({"name": m.group(1), "target": m.group(2), "actual": m.group(3), "weight": m.group(4),
                     "score": m.group(5), "reason": m.group(6) or ""})
    check(len(rows) == 9, f"{src}: {len(rows)} rows")
    check_scores(src, t, exec_row, rows, total, r"评价等级为(优|良|中|差)")
    same(src, "text total", grab(t, r"自评得分([\d.]+)分", src, 1), total)
    act = {r["name"]: parse_value(r["actual"])[1] for r in rows}
    same(src, "table repairs", act["零散烈士纪念设施维修数量"], n_fix)
    same(src, "table patrols", act["烈士墓日常保洁巡查次数"], patrol)
    same(src, "table avg cost", act["零散烈士墓平均维修成本"], avg)
    same(src, "table visitors", act["重要节点接待祭扫群众"], visitors)
    same(src, "table 完好率", act["烈士纪念设施完好率"], gr)
    same(src, "table edu", act["开展红色教育活动场次"], edu)
    same(src, "table 满意度", act["烈属及祭扫群众满意度"], sr)
    goal = grab(t, r"完成维修(\d+)处，设施完好率([\d.]+)%，满意度([\d.]+)%", src, 1)
    check(goal == (n_fix, gr, sr), f"{src}: goal block")


PROJECTS = {
    "sishui-youfu-2022": v_sishui,
    "santai-kangfu-2021": v_santai,
    "neixiang-canjiuye-2023": v_neixiang,
    "guiping-guangrongyuan-2024": v_guiping,
    "changxing-lieshi-2019": v_changxing,
}


def one_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    check(names == on_disk, f"labels and case files differ: {sorted(names ^ on_disk)}")
    check(len(labels) == 35, f"{len(labels)} labels")
    codes = Counter()
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = read(rec["case"])
    check(set(clean_text) == set(PROJECTS), "clean drafts")
    for src, t in clean_text.items():
        n = len(t)
        check(3000 <= n <= 9000, f"{src}: clean draft has {n} characters")
        PROJECTS[src](src, t)
    regions = Counter()
    for rec in labels:
        t = read(rec["case"])
        if rec["clean"]:
            check(rec["expected"] == [], f"{rec['case']}: clean case with labels")
            continue
        check(len(rec["expected"]) == 1, f"{rec['case']}: {len(rec['expected'])} labels")
        clean = clean_text[rec["source"]]
        check(t != clean, f"{rec['case']}: identical to clean")
        p, ea, eb = one_region(clean, t)
        check(eb - p <= 120 and ea - p <= 120, f"{rec['case']}: changed region too long ({ea - p}/{eb - p})")
        check(clean[:p] + t[p:eb] + clean[ea:] == t, f"{rec['case']}: not a single region")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            check(exp["severity"] == "error", f"{rec['case']}: severity")
            check(exp["code"] in CODES, f"{rec['case']}: unknown code {exp['code']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), t)]
            check(bool(occ), f"{rec['case']}: value not found: {v!r}")
            check(any(o < max(eb, p + 1) and p < o + len(v) for o in occ),
                  f"{rec['case']}: value {v!r} does not cover the change")
            regions[rec["source"]] += 1
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    # every error case must break the checks that pass on its clean draft
    if not FAIL:
        for rec in labels:
            if rec["clean"]:
                continue
            before = len(FAIL)
            try:
                PROJECTS[rec["source"]](rec["source"], read(rec["case"]))
            except Exception as exc:  # a parse failure also counts as detected
                FAIL.append(repr(exc))
            caught = len(FAIL) > before
            del FAIL[before:]
            check(caught, f"{rec['case']}: the arithmetic checks do not notice the injected error")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} problems")
        return 1
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
