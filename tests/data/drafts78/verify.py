#!/usr/bin/env python3
"""Check set n78: labels against cases, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; every `value` occurs exactly once in its case and never in
   the clean draft of its project; codes are from errors.md section A.
2. Edits: each error case differs from its clean draft in one line, by one contiguous change of at
   most 16 characters (score-row edits marked rows=True in build.py: two adjacent lines, at most
   16 changed characters in all).
3. Arithmetic of the clean drafts, re-read from the text with regular expressions: rates, balances,
   sums (其中 lists and table columns), people × standard × months, averages, completion rates,
   weights to 100, row scores (rules.md §5), scores to the total, grade band (rules.md §6).
   Tolerance as rules.md §8: |computed − stated| ≤ 0.5 × 10^−d, d = decimals written.

Pure Python 3.  Usage:  python3 verify.py   (prints OK or the list of failures, exit 1)
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS  # noqa: E402

CODES_A = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch", "figure_mismatch", "empty_problems"}

FAIL = []
NCHECK = [0]


def fail(msg):
    FAIL.append(msg)


# ----------------------------------------------------------------------------- numbers
def N(s):
    """Decimal from a written number ('1,234.56', '98.1%', '16,194人')."""
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", str(s))
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def decimals(s):
    m = re.search(r"-?\d[\d,]*(?:\.(\d+))?", str(s))
    return len(m.group(1)) if m and m.group(1) else 0


def ok(desc, computed, stated):
    """stated is the string as written; computed a Decimal/int."""
    NCHECK[0] += 1
    v = N(stated)
    tol = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")
    if abs(Decimal(computed) - v) > tol:
        fail(f"{desc}: computed {Decimal(computed):.6f}, stated {stated}")


def eq(desc, a, b):
    NCHECK[0] += 1
    if a != b:
        fail(f"{desc}: {a!r} != {b!r}")


def g(text, pat, pid):
    m = re.search(pat, text)
    if not m:
        fail(f"{pid}: pattern not found: {pat}")
        return ["0"] * 20
    return m.groups()


def pct(a, b):
    return Decimal(a) / Decimal(b) * 100


def r2(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)


def grade(total):
    t = Decimal(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ----------------------------------------------------------------------------- tables
def sep_rows(text, header_start, sep):
    """Rows of a one-line-per-row table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(header_start):
            rows = []
            for ln2 in lines[i + 1:]:
                if sep not in ln2:
                    break
                cells = ln2.split(sep)
                if sep == "|" and ln2.startswith("|"):
                    cells = [c.strip() for c in cells[1:-1]]
                    if set("".join(cells)) <= set("- "):
                        continue
                rows.append(cells)
            return rows
    raise ValueError(f"table not found: {header_start}")


def flat_rows(text, header_first_cell, ncols):
    """Rows of a flattened table (one '\t'-cell per line, blank line between rows)."""
    i = text.index("\t" + header_first_cell + "\n")
    blocks = text[i:].split("\n\n")
    rows = []
    for b in blocks[1:]:
        cells = [c[1:] if c.startswith("\t") else c for c in b.split("\n")]
        if len(cells) < ncols or not b.startswith("\t"):
            break
        rows.append(cells[:ncols])
    return rows


def parse_target(s):
    """(direction, value, unit) or None for qualitative text."""
    s = s.strip()
    m = re.match(r"^(≥|≤|=|＞|＜)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return None
    d = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return d, Decimal(m.group(2).replace(",", "")), m.group(3)


def check_scored_rows(pid, rows, total_w, total_s, grade_label):
    """rows: dicts name, target, actual, completion (str or None), weight, score (strings)."""
    sw = sum(N(r["weight"]) for r in rows)
    ss = sum(N(r["score"]) for r in rows)
    ok(f"{pid} weights sum", sw, total_w)
    ok(f"{pid} weights sum to 100", sw, "100")
    ok(f"{pid} scores sum to total", ss, total_s)
    eq(f"{pid} grade band of {total_s}", grade(N(total_s)), grade_label)
    for r in rows:
        w, s = N(r["weight"]), N(r["score"])
        NCHECK[0] += 1
        if not (0 <= s <= w):
            fail(f"{pid} {r['name']}: score {s} outside [0, {w}]")
        t, a = parse_target(r["target"]), parse_target(r["actual"])
        if t is None or a is None:
            continue  # qualitative
        if t[2] != a[2]:
            fail(f"{pid} {r['name']}: unit of target {r['target']!r} vs actual {r['actual']!r}")
            continue
        direction, T, A = t[0], t[1], a[1]
        if direction == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
        elif T == 0:
            comp = Decimal(100) if A <= 0 else Decimal(0)
        else:
            comp = A / T * 100
        if r.get("completion"):
            ok(f"{pid} {r['name']} completion", comp, r["completion"])
        exp = min(w, w * comp / 100)
        # accept a score computed from the printed completion as well (rules.md §8)
        alt = exp
        if r.get("completion"):
            alt = min(w, w * N(r["completion"]) / 100)
        tol = Decimal("0.005") if decimals(r["score"]) >= 2 else Decimal(5) * Decimal(10) ** (-(decimals(r["score"]) + 1))
        NCHECK[0] += 1
        if abs(exp - s) > tol + Decimal("1e-9") and abs(alt - s) > tol + Decimal("1e-9"):
            fail(f"{pid} {r['name']}: score {s} vs rule {r2(exp)}")


def check_col_sums(pid, rows, cols, total_label="合计"):
    body = [r for r in rows if r[0] != total_label]
    tot = [r for r in rows if r[0] == total_label]
    if not tot:
        fail(f"{pid}: no {total_label} row")
        return
    for c in cols:
        ok(f"{pid} column {c} sum", sum(N(r[c]) for r in body), tot[0][c])


# ============================================================================= projects
def p_changyi(t, pid="changyi-gaoling-2021"):
    init, add, carry = g(t, r"年初预算安排高龄老人津贴([\d,.]+)万元.*?补助资金([\d,.]+)万元.*?应发未发津贴([\d,.]+)万元", pid)
    annual, fiscal, city, prov, carry2 = g(t, r"全年预算数为([\d,.]+)万元，其中当年财政拨款([\d,.]+)万元（市级([\d,.]+)万元、省级([\d,.]+)万元），上年结转资金([\d,.]+)万元", pid)
    ok("annual = init + add + carry", N(init) + N(add) + N(carry), annual)
    ok("annual = fiscal + carry", N(fiscal) + N(carry2), annual)
    ok("fiscal = city + prov", N(city) + N(prov), fiscal)
    eq("init = city", N(init), N(city))
    recv, = g(t, r"全年预算资金([\d,.]+)万元已全部到位，资金到位率100%", pid)
    ok("received rate", pct(N(recv), N(annual)), "100")
    spent, rate = g(t, r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%", pid)
    ok("execution rate", pct(N(spent), N(annual)), rate)
    fsp, frate, c3 = g(t, r"当年财政拨款支出([\d,.]+)万元，执行率([\d.]+)%；上年结转资金([\d,.]+)万元", pid)
    ok("fiscal rate", pct(N(fsp), N(fiscal)), frate)
    ok("spent = fiscal spent + carry", N(fsp) + N(c3), spent)
    bal, = g(t, r"年末结余([\d,.]+)万元", pid)
    ok("balance", N(annual) - N(spent), bal)
    # age-band table
    rows = sep_rows(t, "年龄段\t", "\t")
    body = [r for r in rows if r[0] != "合计"]
    for r in body:
        ok(f"band {r[0]} person-months", N(r[2]) * 12, r[3])
        ok(f"band {r[0]} amount", N(r[1]) * N(r[3]), r[4])
    check_col_sums(pid + " bands", rows, [2, 3, 4])
    total_yuan = N([r for r in rows if r[0] == "合计"][0][4])
    ok("band total in 万元", total_yuan / 10000, spent)
    a, b, c, s = g(t, r"即80至89周岁津贴([\d,.]+)万元、90至99周岁津贴([\d,.]+)万元、百岁老人长寿补贴([\d,.]+)万元，合计([\d,.]+)万元", pid)
    for x, r in zip((a, b, c), body):
        ok(f"{r[0]} in 万元", N(r[4]) / 10000, x)
    ok("万元 parts sum", N(a) + N(b) + N(c), s)
    eq("parts total = spent", N(s), N(spent))
    last, inc, grw = g(t, r"与2020年发放的([\d,.]+)万元相比，增加([\d,.]+)万元，增长([\d.]+)%", pid)
    ok("yoy increase", N(spent) - N(last), inc)
    ok("yoy growth", pct(N(inc), N(last)), grw)
    # town table
    rows = sep_rows(t, "镇街\t", "\t")
    for r in rows:
        ok(f"town {r[0]} amount", 50 * N(r[1]) + 100 * N(r[2]) + 300 * N(r[3]), r[4])
    check_col_sums(pid + " towns", rows, [1, 2, 3, 4])
    tot = [r for r in rows if r[0] == "合计"][0]
    for k, r in zip((1, 2, 3), body):
        eq(f"town col {k} = band person-months", N(tot[k]), N(r[3]))
    # flows and indicators
    jan, new, dead, out, dec = g(t, r"2021年1月发放([\d,]+)人，全年新增认定([\d,]+)人，因死亡停发([\d,]+)人，因户籍迁出停发([\d,]+)人，12月发放([\d,]+)人", pid)
    ok("people flow", N(jan) + N(new) - N(dead) - N(out), dec)
    avg, tgt, more, comp = g(t, r"月均享受津贴高龄老人([\d,]+)人，较年度目标([\d,]+)人多([\d,]+)人，完成率([\d.]+)%", pid)
    ok("avg people = band sum", sum(N(r[2]) for r in body), avg)
    ok("more than target", N(avg) - N(tgt), more)
    ok("completion people", pct(N(avg), N(tgt)), comp)
    last_avg, inc2, g2 = g(t, r"较2020年月均([\d,]+)人增加([\d,]+)人，增长([\d.]+)%", pid)
    ok("yoy people", N(avg) - N(last_avg), inc2)
    ok("yoy people growth", pct(N(inc2), N(last_avg)), g2)
    n1, n2, acc, c2 = g(t, r"抽查([\d,]+)人中认定准确([\d,]+)人，认定准确率([\d.]+)%，完成年度目标的([\d.]+)%", pid)
    ok("accuracy", pct(N(n2), N(n1)), acc)
    ok("accuracy completion", pct(N(acc), 98), c2)
    _, card, soc = g(t, r"月均([\d,]+)名享受对象中，通过社保卡直接打卡发放([\d,]+)人，社会化发放率([\d.]+)%", pid)
    ok("socialised rate", pct(N(card), N(avg)), soc)
    cash, = g(t, r"全市仍有([\d,]+)名高龄老人由镇街代领", pid)
    ok("cash-paid count", N(avg) - N(card), cash)
    sv, sat, satr = g(t, r"随机抽取([\d,]+)户.*?满意([\d,]+)户，满意度为([\d.]+)%", pid)
    ok("satisfaction", pct(N(sat), N(sv)), satr)
    # funds block of the table
    frows = sep_rows(t, "项目资金（万元）｜", "｜")
    frows = [r for r in frows if len(r) == 7]
    top = frows[0]
    for k in (1, 2, 3):
        ok(f"funds col {k} = parts", sum(N(r[k]) for r in frows[1:]), top[k])
    for r in frows:
        if N(r[2]) and r[5] != "—":
            ok(f"funds row {r[0]} rate", pct(N(r[3]), N(r[2])), r[5])
    ok("execution score", min(Decimal(10), N(top[4]) * N(top[3]) / N(top[2])), top[6])
    # indicator block
    irows = sep_rows(t, "一级指标｜", "｜")
    tot = [r for r in irows if r[0] == "总分"][0]
    rows = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in irows if r[0] != "总分"]
    rows.append(dict(name="预算执行率", target="", actual="", weight=top[4], score=top[6]))
    glabel = re.search(r"自评等级：(.)", tot[7]).group(1)
    check_scored_rows(pid, rows, tot[5], tot[6], glabel)
    ex, out_, ben, sat_, tot_, gtxt = g(t, r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分，自评等级为“(.)”", pid)
    lv = {"产出指标": 0, "效益指标": 0, "满意度指标": 0}
    for r in irows:
        if r[0] in lv:
            lv[r[0]] += N(r[6])
    ok("text exec score", N(top[6]), ex)
    ok("text output score", lv["产出指标"], out_)
    ok("text benefit score", lv["效益指标"], ben)
    ok("text satisfaction score", lv["满意度指标"], sat_)
    ok("text total", N(ex) + N(out_) + N(ben) + N(sat_), tot_)
    eq("text total = table total", N(tot_), N(tot[6]))
    eq("text grade", grade(N(tot_)), gtxt)


def p_ganjingzi(t, pid="ganjingzi-homecare-2023"):
    p1, p2, p3, tot = g(t, r"月均服务老年人([\d,]+)人，其中一类([\d,]+)人、二类([\d,]+)人、三类([\d,]+)人", pid)
    ok("people sum", N(p2) + N(p3) + N(tot), p1)
    h, h1, h2, h3 = g(t, r"全年应提供服务([\d,]+)小时（一类([\d,]+)小时、二类([\d,]+)小时、三类([\d,]+)小时）", pid)
    ok("hours cat1", N(p2) * 30 * 12, h1)
    ok("hours cat2", N(p3) * 15 * 12, h2)
    ok("hours cat3", N(tot) * 8 * 12, h3)
    ok("entitled hours sum", N(h1) + N(h2) + N(h3), h)
    i0, d0, c0, s0 = g(t, r"项目年初预算([\d,.]+)万元，其中区级([\d,.]+)万元、市级([\d,.]+)万元、省级([\d,.]+)万元", pid)
    ok("initial budget sources", N(d0) + N(c0) + N(s0), i0)
    cut, = g(t, r"调减区级资金([\d,.]+)万元", pid)
    a0, d1, c1, s1 = g(t, r"调整后全年预算([\d,.]+)万元，其中区级([\d,.]+)万元、市级([\d,.]+)万元、省级([\d,.]+)万元", pid)
    ok("annual = initial - cut", N(i0) - N(cut), a0)
    ok("annual budget sources", N(d1) + N(c1) + N(s1), a0)
    ok("district after cut", N(d0) - N(cut), d1)
    u1, u2 = g(t, r"居家养老服务补贴([\d,.]+)万元，居家养老服务信息平台运维费([\d,.]+)万元", pid)
    ok("uses sum", N(u1) + N(u2), a0)
    rec, = g(t, r"全年资金到位([\d,.]+)万元，到位率100%", pid)
    ok("received rate", pct(N(rec), N(a0)), "100")
    sp, rate, sp1, r1, sp2, r2_ = g(t, r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%。其中居家养老服务补贴支出([\d,.]+)万元，执行率([\d.]+)%；信息平台运维费支出([\d,.]+)万元，执行率([\d.]+)%", pid)
    ok("execution rate", pct(N(sp), N(a0)), rate)
    ok("spent parts", N(sp1) + N(sp2), sp)
    ok("service rate", pct(N(sp1), N(u1)), r1)
    ok("platform rate", pct(N(sp2), N(u2)), r2_)
    bal, = g(t, r"结余([\d,.]+)万元", pid)
    ok("balance", N(a0) - N(sp), bal)
    hrs, share, fee, fee_w = g(t, r"实际提供上门服务([\d,]+)小时，占应服务时长的([\d.]+)%；按每小时30元结算服务费([\d,]+)元，即([\d,.]+)万元", pid)
    ok("hours share", pct(N(hrs), N(h)), share)
    ok("fee", N(hrs) * 30, fee)
    ok("fee 万元", N(fee) / 10000, fee_w)
    eq("fee = service spending", N(fee_w), N(sp1))
    a_, b_, inc, g1, c_, d_, g2 = g(t, r"月均服务人数由([\d,]+)人增加到([\d,]+)人，增加([\d,]+)人，增长([\d.]+)%；服务时长由([\d,]+)小时增加到([\d,]+)小时，增长([\d.]+)%", pid)
    ok("yoy people", N(b_) - N(a_), inc)
    ok("yoy people growth", pct(N(inc), N(a_)), g1)
    ok("yoy hours growth", pct(N(d_) - N(c_), N(c_)), g2)
    rows = sep_rows(t, "街道\t", "\t")
    for r in rows:
        ok(f"{r[0]} amount", N(r[2]) * 30, r[3])
        ok(f"{r[0]} share", pct(N(r[2]), N(hrs)), r[4])
    check_col_sums(pid + " streets", rows, [1, 2, 3, 4])
    tr = [r for r in rows if r[0] == "合计"][0]
    eq("street people = avg", N(tr[1]), N(p1))
    eq("street hours = hours", N(tr[2]), N(hrs))
    orders, done, otr = g(t, r"服务工单([\d,]+)单，按时完成([\d,]+)单，按时完成率([\d.]+)%", pid)
    ok("order rate", pct(N(done), N(orders)), otr)
    gap, = g(t, r"较98%的目标低([\d.]+)个百分点", pid)
    ok("gap points", 98 - N(otr), gap)
    short, = g(t, r"实际服务时长比应服务时长少([\d,]+)小时", pid)
    ok("short hours", N(h) - N(hrs), short)
    ev, cov_n, c1_, c2_, cov = g(t, r"失能半失能困难老人([\d,]+)人中，纳入居家服务([\d,]+)人（一类([\d,]+)人、二类([\d,]+)人），覆盖率([\d.]+)%", pid)
    ok("coverage count", N(c1_) + N(c2_), cov_n)
    ok("coverage rate", pct(N(cov_n), N(ev)), cov)
    sc = g(t, r"得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分、(\d+)分、(\d+)分，平均([\d.]+)分", pid)
    ok("agency average", sum(N(x) for x in sc[:6]) / 6, sc[6])
    chk_n, same, same_r = g(t, r"入户抽查的([\d,]+)户中，实际服务内容与平台工单记录一致的([\d,]+)户，一致率([\d.]+)%", pid)
    ok("household match rate", pct(N(same), N(chk_n)), same_r)
    q, qs, sat = g(t, r"回收有效问卷([\d,]+)份，满意及基本满意([\d,]+)份，满意率([\d.]+)%", pid)
    ok("satisfaction", pct(N(qs), N(q)), sat)
    p_, c3_, h_, c4_ = g(t, r"月均服务([\d,]+)人，完成目标的([\d.]+)%；全年服务([\d,]+)小时，完成目标的([\d.]+)%", pid)
    ok("text completion people", pct(N(p_), 2500), c3_)
    ok("text completion hours", pct(N(h_), 360000), c4_)
    # score table
    trs = sep_rows(t, "一级指标|", "|")
    tot = [r for r in trs if r[0] == "合计"][0]
    rows = [dict(name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]) for r in trs if r[0] != "合计"]
    ex = rows[0]
    ok("table exec rate", pct(N(sp), N(a0)), ex["actual"])
    ok("exec score", 10 * N(sp) / N(a0), ex["score"])
    total_txt, gl = g(t, r"综合得分([\d.]+)分，评价等级为(.)", pid)
    eq("text total = table", N(total_txt), N(tot[7]))
    check_scored_rows(pid, rows[1:] + [dict(name="exec", target="", actual="", weight=ex["weight"], score=ex["score"])], tot[6], tot[7], gl)


def p_jiutai(t, pid="jiutai-welfare-2019"):
    beds, nb, ob, share = g(t, r"核定床位(\d+)张，其中护理型床位(\d+)张、普通床位(\d+)张，护理型床位占比([\d.]+)%", pid)
    ok("beds sum", N(nb) + N(ob), beds)
    ok("nursing share", pct(N(nb), N(beds)), share)
    i0, up, dist = g(t, r"年初预算([\d,.]+)万元，其中中央和省级特困人员救助供养补助资金([\d,.]+)万元（2018年12月提前下达），区级财政资金([\d,.]+)万元", pid)
    ok("initial sources", N(up) + N(dist), i0)
    add, a0, up2, d2 = g(t, r"追加设施设备购置及维修资金([\d,.]+)万元.*?调整后预算([\d,.]+)万元（上级补助([\d,.]+)万元、区级([\d,.]+)万元）", pid)
    ok("annual = initial + add", N(i0) + N(add), a0)
    ok("annual sources", N(up2) + N(d2), a0)
    ok("district = initial district + add", N(dist) + N(add), d2)
    sp, rate, bal = g(t, r"实际支出([\d,.]+)万元，预算执行率([\d.]+)%，结余([\d,.]+)万元", pid)
    ok("execution rate", pct(N(sp), N(a0)), rate)
    ok("balance", N(a0) - N(sp), bal)
    upsp, dsp, drate = g(t, r"上级补助资金([\d,.]+)万元全部支出；区级资金支出([\d,.]+)万元，区级资金执行率([\d.]+)%", pid)
    ok("spent by source", N(upsp) + N(dsp), sp)
    ok("district rate", pct(N(dsp), N(d2)), drate)
    rows = flat_rows(t, "项目", 6)
    for r in rows:
        ok(f"funds {r[0]} balance", N(r[2]) - N(r[3]), r[4])
        ok(f"funds {r[0]} rate", pct(N(r[3]), N(r[2])), r[5])
    check_col_sums(pid + " funds", rows, [1, 2, 3, 4])
    tot = [r for r in rows if r[0] == "合计"][0]
    eq("funds table totals", (N(tot[1]), N(tot[2]), N(tot[3]), N(tot[4])), (N(i0), N(a0), N(sp), N(bal)))
    item = {r[0]: r for r in rows}
    # detail sentence
    d = g(t, r"按月均供养(\d+)人、全年([\d,]+)人月、每人每月(\d+)元计算，支出([\d,]+)元；照料护理费支出([\d,]+)元，其中生活自理([\d,]+)人月、部分失能([\d,]+)人月、完全失能([\d,]+)人月", pid)
    ok("person-months", N(d[0]) * 12, d[1])
    ok("basic living", N(d[1]) * N(d[2]), d[3])
    ok("basic living 万元", N(d[3]) / 10000, item["特困人员基本生活费"][3])
    ok("care fee", N(d[5]) * 200 + N(d[6]) * 600 + N(d[7]) * 1000, d[4])
    ok("care person-months", N(d[5]) + N(d[6]) + N(d[7]), d[1])
    ok("care fee 万元", N(d[4]) / 10000, item["特困人员照料护理费"][3])
    s_, sp_m, bed = g(t, r"月均入住社会老人(\d+)人、每人每月(\d+)元补助，支出([\d,]+)元", pid)
    ok("social bed subsidy", N(s_) * N(sp_m) * 12, bed)
    ok("social bed 万元", N(bed) / 10000, item["社会代养床位运营补助"][3])
    n, wage, w_ = g(t, r"护理员购买服务费按(\d+)人、每人每月([\d,]+)元计算，支出([\d,]+)元", pid)
    ok("carers", N(n) * N(wage) * 12, w_)
    ok("carers 万元", N(w_) / 10000, item["护理员购买服务费"][3])
    area, price, heat = g(t, r"供热面积([\d,]+)平方米、每平方米(\d+)元结算，支出([\d,]+)元", pid)
    ok("heating", N(area) * N(price), heat)
    ok("heating 万元", N(heat) / 10000, item["取暖费"][3])
    nb2, pb, beds_c, fire, eq_t = g(t, r"电动护理床(\d+)张，每张([\d,]+)元，计([\d,]+)元，消防设施改造([\d,]+)元，合计([\d,]+)元", pid)
    ok("beds purchase", N(nb2) * N(pb), beds_c)
    ok("equipment total", N(beds_c) + N(fire), eq_t)
    ok("equipment 万元", N(eq_t) / 10000, item["设施设备购置及维修"][3])
    bud_n, = g(t, r"按(\d+)人编制预算", pid)
    ok("living budget", N(bud_n) * 800 * 12 / 10000, item["特困人员基本生活费"][2])
    hp, = g(t, r"取暖费按每平方米(\d+)元预算", pid)
    ok("heating budget", N(area) * N(hp) / 10000, item["取暖费"][2])
    # residents
    tk, a1, a2, a3, _ = g(t, r"月均集中供养特困人员(\d+)人，其中生活自理(\d+)人、部分失能(\d+)人、完全失能(\d+)人，完成目标的([\d.]+)%", pid)
    ok("residents by care level", N(a1) + N(a2) + N(a3), tk)
    eq("residents = detail", N(tk), N(d[0]))
    tot_r, tk2, so, occ, last, pts = g(t, r"月均入住老人(\d+)人（特困人员(\d+)人、社会代养老人(\d+)人），平均床位入住率([\d.]+)%，比2018年的([\d.]+)%提高([\d.]+)个百分点", pid)
    ok("residents sum", N(tk2) + N(so), tot_r)
    ok("occupancy", pct(N(tot_r), N(beds)), occ)
    ok("occupancy points", N(occ) - N(last), pts)
    q = sep_rows(t, "季度\t", "\t")
    for r in q:
        ok(f"{r[0]} occupancy", pct(N(r[1]), N(r[2])), r[3])
    body = [r for r in q if r[0] != "全年平均"]
    yr = [r for r in q if r[0] == "全年平均"][0]
    ok("quarterly average residents", sum(N(r[1]) for r in body) / len(body), yr[1])
    eq("year row = occupancy", N(yr[3]), N(occ))
    y1, y2, y3, av = g(t, r"分别为([\d.]+)%、([\d.]+)%和([\d.]+)%，三年平均([\d.]+)%", pid)
    ok("three-year average", (N(y1) + N(y2) + N(y3)) / 3, av)
    eq("2018 value", N(y2), N(last))
    allp, inc, cr = g(t, r"特困人员(\d+)人，其中在中心集中供养(\d+)人，集中供养率([\d.]+)%", pid)
    ok("concentrated rate", pct(N(inc), N(allp)), cr)
    ok("non-self-care in centre", N(a2) + N(a3), inc)
    cn, cc, cr2 = g(t, r"(\d+)名护理员中持有养老护理员职业资格证书的(\d+)人，持证上岗率([\d.]+)%", pid)
    ok("certified rate", pct(N(cc), N(cn)), cr2)
    sv, ss, sr = g(t, r"入住老人及家属(\d+)人开展满意度测评，满意(\d+)人，满意度([\d.]+)%", pid)
    ok("satisfaction", pct(N(ss), N(sv)), sr)
    # score table
    rows = flat_rows(t, "一级指标", 8)
    tot = [r for r in rows if r[0] == "合计"][0]
    body = [r for r in rows if r[0] != "合计"]
    ok("table exec rate", pct(N(sp), N(a0)), body[0][5])
    recs = [dict(name=r[2], target=r[4], actual=r[5], completion=r[6], weight=r[3], score=r[7]) for r in body[1:]]
    recs.append(dict(name="exec", target="", actual="", weight=body[0][3], score=body[0][7]))
    ok("exec score", min(Decimal(10), 10 * N(sp) / N(a0)), body[0][7])
    tt, gl, e_, o_, b_, s_ = g(t, r"综合得分([\d.]+)分，等级为“(.)秀”。预算执行指标得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分", pid)
    check_scored_rows(pid, recs, tot[3], tot[7], gl)
    lv = {}
    for r in body:
        lv[r[0]] = lv.get(r[0], 0) + N(r[7])
    ok("text exec", lv["预算执行"], e_)
    ok("text output", lv["产出指标"], o_)
    ok("text benefit", lv["效益指标"], b_)
    ok("text satisfaction", lv["满意度指标"], s_)
    eq("text total", N(tt), N(tot[7]))


def p_hunchun(t, pid="hunchun-civilaffairs-2024"):
    i0, add, car, a0 = g(t, r"年初预算([\d,.]+)万元，年中追加预算([\d,.]+)万元，上年结转资金([\d,.]+)万元，全年预算([\d,.]+)万元", pid)
    ok("annual budget", N(i0) + N(add) + N(car), a0)
    src = g(t, r"中央资金([\d,.]+)万元，省级资金([\d,.]+)万元，延边州级资金([\d,.]+)万元，市级资金([\d,.]+)万元，上年结转资金([\d,.]+)万元", pid)
    ok("sources sum", sum(N(x) for x in src), a0)
    eq("carry-over twice", N(src[4]), N(car))
    sp, rate = g(t, r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%", pid)
    ok("execution rate", pct(N(sp), N(a0)), rate)
    bs, pers, pub, bb, br, bbal, ps, pb, pr = g(t, r"基本支出([\d,.]+)万元（人员经费([\d,.]+)万元、公用经费([\d,.]+)万元），基本支出预算([\d,.]+)万元，执行率([\d.]+)%，结余([\d,.]+)万元；项目支出([\d,.]+)万元，项目支出预算([\d,.]+)万元，执行率([\d.]+)%", pid)
    ok("basic parts", N(pers) + N(pub), bs)
    ok("basic rate", pct(N(bs), N(bb)), br)
    ok("basic balance", N(bb) - N(bs), bbal)
    ok("project rate", pct(N(ps), N(pb)), pr)
    ok("spent = basic + project", N(bs) + N(ps), sp)
    ok("budget = basic + project", N(bb) + N(pb), a0)
    tb, cf, rest = g(t, r"结余结转资金([\d,.]+)万元，其中社区居家养老服务中心建设项目未完工部分([\d,.]+)万元按规定结转至2025年继续使用，其余([\d,.]+)万元", pid)
    ok("balance + carry-forward", N(a0) - N(sp), tb)
    ok("balance parts", N(cf) + N(rest), tb)
    rows = sep_rows(t, "序号\t", "\t")
    body = [r for r in rows if r[0].strip()]
    tot = [r for r in rows if r[1] == "合计"][0]
    for r in body:
        ok(f"project {r[1]} rate", pct(N(r[3]), N(r[2])), r[4])
    ok("project budget sum", sum(N(r[2]) for r in body), tot[2])
    ok("project spent sum", sum(N(r[3]) for r in body), tot[3])
    ok("project table rate", pct(N(tot[3]), N(tot[2])), tot[4])
    eq("project table = text", (N(tot[2]), N(tot[3])), (N(pb), N(ps)))
    nproj, = g(t, r"共有(\d+)个项目纳入绩效自评", pid)
    eq("project count", len(body), int(nproj))
    scores = [N(r[5]) for r in body]
    n90, n80 = g(t, r"其中90分以上的(\d+)个、80至90分的(\d+)个", pid)
    eq("count >= 90", sum(1 for s in scores if s >= 90), int(n90))
    eq("count 80-90", sum(1 for s in scores if 80 <= s < 90), int(n80))
    avg, = g(t, r"各项目平均自评得分([\d.]+)分", pid)
    ok("average project score", sum(scores) / len(scores), avg)
    build_row = [r for r in body if r[1] == "社区居家养老服务中心建设"][0]
    ok("carried = unspent of building project", N(build_row[2]) - N(build_row[3]), cf)
    # elder allowance
    avgp, b1, b2, b3, yuan, wan = g(t, r"月均发放([\d,]+)人（80至89周岁([\d,]+)人、90至99周岁([\d,]+)人、100周岁以上([\d,]+)人），全年发放([\d,]+)元，即([\d,.]+)万元", pid)
    ok("band people", N(b1) + N(b2) + N(b3), avgp)
    ok("allowance yuan", (N(b1) * 100 + N(b2) * 200 + N(b3) * 500) * 12, yuan)
    ok("allowance 万元", N(yuan) / 10000, wan)
    ga = [r for r in body if r[1] == "高龄津贴"][0]
    eq("allowance = project spent", N(wan), N(ga[3]))
    last, inc, gr = g(t, r"较2023年的([\d,]+)人增加([\d,]+)人，增长([\d.]+)%", pid)
    ok("yoy people", N(avgp) - N(last), inc)
    ok("yoy growth", pct(N(inc), N(last)), gr)
    st = sep_rows(t, "街道（乡镇）\t", "\t")
    for r in st:
        ok(f"{r[0]} people", N(r[1]) + N(r[2]) + N(r[3]), r[4])
        ok(f"{r[0]} amount", (N(r[1]) * 100 + N(r[2]) * 200 + N(r[3]) * 500) * 12, r[5])
    check_col_sums(pid + " streets", st, [1, 2, 3, 4, 5])
    stt = [r for r in st if r[0] == "合计"][0]
    eq("street totals = text", (N(stt[1]), N(stt[2]), N(stt[3]), N(stt[4]), N(stt[5])), (N(b1), N(b2), N(b3), N(avgp), N(yuan)))
    n_, amt = g(t, r"全年月均补贴([\d,]+)人，支出([\d,.]+)万元", pid)
    ok("service subsidy", N(n_) * 100 * 12 / 10000, amt)
    sv = [r for r in body if r[1] == "经济困难老年人养老服务补贴"][0]
    eq("service subsidy = project", N(amt), N(sv[3]))
    res, tk, so, occ = g(t, r"月均入住(\d+)人（特困人员(\d+)人、社会代养老人(\d+)人），床位入住率([\d.]+)%", pid)
    beds, = g(t, r"核定床位(\d+)张", pid)
    ok("residents", N(tk) + N(so), res)
    ok("occupancy", pct(N(res), N(beds)), occ)
    # dept table
    trs = sep_rows(t, "一级指标\t", "\t")
    tot = [r for r in trs if r[0] == "合计"][0]
    body = [r for r in trs if r[0] not in ("合计",) and not r[0].endswith("小计")]
    subs = {r[0][:-2]: r for r in trs if r[0].endswith("小计")}
    for lvl, sr in subs.items():
        ok(f"{lvl} weights", sum(N(r[6]) for r in body if r[0] == lvl), sr[6])
        ok(f"{lvl} scores", sum(N(r[7]) for r in body if r[0] == lvl), sr[7])
    recs = [dict(name=r[2], target=r[3], actual=r[4], completion=(r[5] if r[5] != "—" else None), weight=r[6], score=r[7]) for r in body]
    ok("table exec rate", pct(N(sp), N(a0)), body[0][4])
    ok("exec score", 10 * N(sp) / N(a0), body[0][7])
    recs[0] = dict(name="exec", target="", actual="", weight=body[0][6], score=body[0][7])
    tt, gl = g(t, r"自评得分([\d.]+)分，等级为(.)", pid)
    eq("text total", N(tt), N(tot[7]))
    check_scored_rows(pid, recs, tot[6], tot[7], gl)
    lb = [r for r in body if r[2] == "城乡低保月均保障人数"][0]
    u, rr = g(t, r"城市低保([\d,]+)人、农村低保([\d,]+)人", pid)
    ok("dibao people", N(u) + N(rr), lb[4])
    gl_row = [r for r in body if r[2] == "高龄津贴月均发放人数"][0]
    eq("allowance people in table", N(gl_row[4]), N(avgp))
    sv_n, sv_s = g(t, r"回访救助对象和高龄老人(\d+)人，满意(\d+)人", pid)
    sr = [r for r in body if r[2] == "救助对象及老年人满意度"][0]
    ok("satisfaction", pct(N(sv_s), N(sv_n)), sr[4])
    occ_row = [r for r in body if r[2] == "社会福利中心床位入住率"][0]
    eq("occupancy in table", N(occ_row[4]), N(occ))


def p_laizhou(t, pid="laizhou-wenchang-2018"):
    a0, city, st = g(t, r"项目预算([\d,.]+)万元，其中莱州市级养老服务补助资金([\d,.]+)万元（莱财社〔2018〕9号），街道财政配套资金([\d,.]+)万元", pid)
    ok("sources", N(city) + N(st), a0)
    uses = g(t, r"农村幸福院运营补助([\d,.]+)万元，街道敬老院运营补助([\d,.]+)万元，居家养老服务补贴([\d,.]+)万元，老年餐桌助餐补贴([\d,.]+)万元，80周岁以上老年人意外伤害保险([\d,.]+)万元", pid)
    ok("uses", sum(N(x) for x in uses), a0)
    rec, = g(t, r"全年到位([\d,.]+)万元，到位率100%", pid)
    ok("received", pct(N(rec), N(a0)), "100")
    sp, rate, bal = g(t, r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%，结余([\d,.]+)万元", pid)
    ok("execution rate", pct(N(sp), N(a0)), rate)
    ok("balance", N(a0) - N(sp), bal)
    parts = g(t, r"其中农村幸福院运营补助([\d,.]+)万元、敬老院运营补助([\d,.]+)万元、居家养老服务补贴([\d,.]+)万元、老年餐桌助餐补贴([\d,.]+)万元、意外伤害保险([\d,.]+)万元", pid)
    ok("spent parts", sum(N(x) for x in parts), sp)
    for x, b in zip(parts, uses):
        NCHECK[0] += 1
        if N(x) > N(b):
            fail(f"{pid}: part {x} above its budget {b}")
    s3, s2, s1 = g(t, r"三星级每处([\d,]+)元、二星级每处([\d,]+)元、一星级每处([\d,]+)元", pid)
    rows = sep_rows(t, "| 幸福院 |", "|")
    std = {"三星": N(s3), "二星": N(s2), "一星": N(s1)}
    for r in rows:
        if r[0] != "合计":
            ok(f"{r[0]} subsidy by star", std[r[1]], r[3])
    check_col_sums(pid + " homes", rows, [2, 3])
    body = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    n3, n2, n1 = g(t, r"评定三星级(\d+)处、二星级(\d+)处、一星级(\d+)处", pid)
    eq("star counts", (sum(r[1] == "三星" for r in body), sum(r[1] == "二星" for r in body), sum(r[1] == "一星" for r in body)), (int(n3), int(n2), int(n1)))
    ok("homes subsidy 万元", N(tot[3]) / 10000, parts[0])
    ops, c1 = g(t, r"全年运营幸福院(\d+)处.*?完成年度目标的([\d.]+)%", pid)
    eq("homes operated", len(body), int(ops))
    ok("homes completion", pct(N(ops), 15), c1)
    meals, per, sub, c2, last, inc, gr = g(t, r"全年助餐([\d,]+)份，按每份(\d+)元补贴([\d,]+)元，完成年度目标的([\d.]+)%；较2017年的([\d,]+)份增加([\d,]+)份，增长([\d.]+)%", pid)
    ok("meal subsidy", N(meals) * N(per), sub)
    ok("meal 万元", N(sub) / 10000, parts[3])
    ok("meal completion", pct(N(meals), 60000), c2)
    ok("meal increase", N(meals) - N(last), inc)
    ok("meal growth", pct(N(inc), N(last)), gr)
    hc, hs, c3 = g(t, r"月均服务(\d+)人，每人每月补助(\d+)元，完成年度目标的([\d.]+)%", pid)
    ok("home care 万元", N(hc) * N(hs) * 12 / 10000, parts[2])
    ok("home care completion", pct(N(hc), 90), c3)
    beds, res, occ = g(t, r"核定床位(\d+)张，全年月均入住(\d+)人，入住率([\d.]+)%", pid)
    ok("occupancy", pct(N(res), N(beds)), occ)
    ps, pm, ny = g(t, r"按入住老人每人每月(\d+)元、全年([\d,]+)人月拨付，计([\d,]+)元", pid)
    ok("person-months", N(res) * 12, pm)
    ok("nursing-home subsidy", N(ps) * N(pm), ny)
    ok("nursing-home 万元", N(ny) / 10000, parts[1])
    old, prem, ptot = g(t, r"为辖区([\d,]+)名80周岁以上老年人统一投保，每人保费(\d+)元，保费合计([\d,]+)元", pid)
    ok("premium", N(old) * N(prem), ptot)
    ok("premium 万元", N(ptot) / 10000, parts[4])
    hb, used, ur, vis, c4 = g(t, r"共设午休床位(\d+)张，日均使用(\d+)张，使用率([\d.]+)%；幸福院日均到院老人(\d+)人，完成年度目标的([\d.]+)%", pid)
    ok("home beds = table", N(hb), tot[2])
    ok("bed use rate", pct(N(used), N(hb)), ur)
    ok("visitors completion", pct(N(vis), 300), c4)
    sv, ss, sr = g(t, r"随机抽取(\d+)名服务对象开展满意度调查，满意(\d+)人，满意度([\d.]+)%", pid)
    ok("satisfaction", pct(N(ss), N(sv)), sr)
    trs = sep_rows(t, "| 一级指标 |", "|")
    tot = [r for r in trs if r[0] == "合计"][0]
    body = [r for r in trs if r[0] != "合计"]
    ok("table exec rate", pct(N(sp), N(a0)), body[0][4])
    ok("exec score (20 points)", 20 * N(sp) / N(a0), body[0][6])
    recs = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in body[1:]]
    recs.append(dict(name="exec", target="", actual="", weight=body[0][5], score=body[0][6]))
    gl = re.search(r"等级：(.)", tot[7]).group(1)
    check_scored_rows(pid, recs, tot[5], tot[6], gl)
    tt, gtxt = g(t, r"综合得分([\d.]+)分，评价等级为(.)好", pid)
    eq("text total", N(tt), N(tot[6]))
    eq("text grade", grade(N(tt)), gtxt)


CHECKS = {
    "changyi-gaoling-2021": p_changyi,
    "ganjingzi-homecare-2023": p_ganjingzi,
    "jiutai-welfare-2019": p_jiutai,
    "hunchun-civilaffairs-2024": p_hunchun,
    "laizhou-wenchang-2018": p_laizhou,
}


# ----------------------------------------------------------------------------- labels / edits
def changed_lines(a, b):
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    return [i for i, (x, y) in enumerate(zip(la, lb)) if x != y], la, lb


def trimmed(x, y):
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    s = 0
    while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
        s += 1
    return x[p:len(x) - s], y[p:len(y) - s]


def check_labels():
    recs = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    clean = {}
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean[pid] = fh.read()
    files = set(os.listdir(CASES))
    eq("case files = labels", files, {r["case"] for r in recs})
    counts = {}
    for rec in recs:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            eq(f"{rec['case']} clean has no labels", rec["expected"], [])
            continue
        eq(f"{rec['case']} one label", len(rec["expected"]), 1)
        k = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        ed = EDITS[rec["source"]][k - 1]
        for exp in rec["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            NCHECK[0] += 4
            if exp["code"] not in CODES_A or exp["code"] in ("figure_mismatch", "empty_problems"):
                fail(f"{rec['case']}: code {exp['code']} not a numeric section-A code")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if text.count(exp["value"]) != 1:
                fail(f"{rec['case']}: value occurs {text.count(exp['value'])} times: {exp['value']!r}")
            if exp["value"] in clean[rec["source"]]:
                fail(f"{rec['case']}: value also in the clean draft: {exp['value']!r}")
        res = changed_lines(clean[rec["source"]], text)
        if res is None:
            fail(f"{rec['case']}: line count differs from clean")
            continue
        idx, la, lb = res
        NCHECK[0] += 1
        if ed.get("rows"):
            if not (1 <= len(idx) <= 2 and (len(idx) == 1 or idx[1] == idx[0] + 1)):
                fail(f"{rec['case']}: row edit touches lines {idx}")
            total = 0
            for i in idx:
                x, y = trimmed(la[i], lb[i])
                total += max(len(x), len(y))
            if total > 16:
                fail(f"{rec['case']}: row edit changes {total} characters")
        else:
            if len(idx) != 1:
                fail(f"{rec['case']}: edit touches lines {idx}")
            else:
                x, y = trimmed(la[idx[0]], lb[idx[0]])
                if max(len(x), len(y)) > 16:
                    fail(f"{rec['case']}: edit of {max(len(x), len(y))} characters: {x!r} -> {y!r}")
    for code, n in sorted(counts.items()):
        NCHECK[0] += 1
        if n < 2:
            fail(f"code {code} used only {n} time(s)")
    missing = CODES_A - {"figure_mismatch", "empty_problems"} - set(counts)
    if missing:
        fail(f"codes never used: {sorted(missing)}")
    return counts, clean


def main():
    counts, clean = check_labels()
    for pid in PROJECTS:
        try:
            CHECKS[pid](clean[pid])
        except Exception as exc:  # a parsing failure is a failure, not a crash
            fail(f"{pid}: check raised {type(exc).__name__}: {exc}")
        n = len(clean[pid])
        NCHECK[0] += 1
        if not 2500 <= n <= 6000:
            fail(f"{pid}: clean draft has {n} characters")
    if FAIL:
        print("\n".join("FAIL " + f for f in FAIL))
        print(f"{len(FAIL)} failure(s) in {NCHECK[0]} checks")
        return 1
    print("codes: " + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())))
    print(f"OK ({NCHECK[0]} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
