#!/usr/bin/env python3
"""Verify the n158 set.

1. every label value occurs in its case (and, for error cases, overlaps the edited region);
2. every error case differs from its clean draft in one place (one contiguous region of at most two lines)
   and equals clean.replace(old, new) for its edit in build.py;
3. the arithmetic of every clean draft is redone from the text itself (rates, sums, balances, weights,
   scores, grades, completion rates, averages, repeated figures);
4. the set covers each of the 13 codes at least twice.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

FAILS = []
NCHECK = 0


def fail(msg):
    FAILS.append(msg)



def decimals(s):
    s = s.replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: stated value v with d decimals is consistent with c iff |c - v| <= 0.5*10^-d."""
    global NCHECK
    NCHECK += 1
    v = D(stated.replace("%", "").replace(",", ""))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def check(ctx, stated, computed, what):
    if not consistent(stated, computed):
        fail(f"{ctx}: {what}: stated {stated}, computed {D(computed):.4f}")


def eq(ctx, a, b, what):
    global NCHECK
    NCHECK += 1
    def norm(x):
        return D(str(x).replace("%", "").replace(",", ""))
    if norm(a) != norm(b) or (("%" in str(a)) != ("%" in str(b)) and isinstance(a, str) and isinstance(b, str)):
        fail(f"{ctx}: {what}: {a} != {b}")


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def once(ctx, text, pattern, group=1):
    """The unique match of pattern in text; returns the captured string."""
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        fail(f"{ctx}: pattern {pattern!r} matches {len(ms)} times")
        return "0"
    return ms[0].group(group)


def tables(text):
    """Consecutive lines with ｜ form a table; returns list of tables (list of rows, first = header)."""
    out, cur = [], []
    for line in text.split("\n"):
        if "｜" in line:
            if cur and line.startswith(("一级指标｜", "项目｜")):
                out.append(cur)
                cur = []
            cur.append(line.split("｜"))
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def table_with(text, header_start):
    for t in tables(text):
        if t[0][0] == header_start:
            return t
    fail(f"no table starting with {header_start}")
    return []


def row(t, first):
    for r in t:
        if r[0] == first:
            return r
    fail(f"no row {first}")
    return []


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def num(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    return D(m.group(0)) if m else None


def completion(target, actual):
    """rules.md §5 completion (percent) for ≥ / ≤ / bare targets; None when not computable."""
    t, a = num(target), num(actual)
    if t is None or a is None or "年" in target:
        return None
    if target.startswith("≤"):
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def funds_block(ctx, text, weight="10"):
    """MOF funds block: 项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分."""
    t = table_with(text, "项目")
    tot = row(t, "年度资金总额")
    init, annual, spent, w, rate, score = tot[1:7]
    eq(ctx, w, weight, "execution weight")
    r = D(spent) / D(annual) * 100
    check(ctx, rate, r, "执行率 = 执行数 / 全年预算数")
    s_unrounded = D(w) * min(r, D(100)) / 100
    s_from_rate = D(w) * min(D(rate.rstrip("%")), D(100)) / 100
    global NCHECK
    NCHECK += 1
    if not (consistent(score, s_unrounded) or consistent(score, s_from_rate)):
        fail(f"{ctx}: execution score {score} vs {s_unrounded:.4f}")
    comps = [r_ for r_ in t if r_[0] in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    eq(ctx, len(comps), 3, "three component rows")
    for i in (1, 2, 3):
        eq(ctx, sum(D(c[i]) for c in comps), D(tot[i]), f"components column {i}")
    for c in comps:
        if c[5] not in ("—",):
            if D(c[2]) == 0:
                fail(f"{ctx}: rate on zero base in {c[0]}")
            else:
                check(ctx, c[5], D(c[3]) / D(c[2]) * 100, f"{c[0]} rate")
    return dict(initial=init, annual=annual, spent=spent, rate=rate, score=score)


def indicator_table(ctx, t, has_completion=False, exec_score=None):
    """Σ weights = 100 (incl. execution), Σ scores = stated total, 0 <= score <= weight,
    completion column recomputed, quantitative scores follow the proportional rule."""
    hdr = t[0]
    iw, isc = hdr.index("分值"), hdr.index("得分")
    it, ia = hdr.index("年度指标值"), hdr.index("实际完成值")
    body = [r for r in t[1:] if r[0] not in ("总分", "合计", "总计")]
    total = [r for r in t[1:] if r[0] in ("总分", "合计", "总计")][0]
    ws = sum(D(r[iw]) for r in body)
    ss = sum(D(r[isc]) for r in body)
    if exec_score is not None:
        ws += 10
        ss += D(exec_score)
    eq(ctx, ws, 100, "Σ 分值")
    eq(ctx, total[iw], 100, "stated total weight")
    check(ctx, total[isc], ss, "Σ 得分 = 总分")
    by_l1 = {}
    for r in body:
        w, s = D(r[iw]), D(r[isc])
        global NCHECK
        NCHECK += 1
        if s < 0 or s > w:
            fail(f"{ctx}: score {s} outside [0, {w}] in {r[2]}")
        c = completion(r[it], r[ia])
        if c is not None:
            # units: actual must carry the target's unit
            ut = re.sub(r"[≥≤\d.]", "", r[it])
            ua = re.sub(r"[≥≤\d.]", "", r[ia])
            eq(ctx, 1 if ut == ua else 0, 1, f"unit of {r[2]} ({ut} vs {ua})")
            exp = w * min(c, D(100)) / 100
            NCHECK += 1
            if not (consistent(r[isc], exp)):
                fail(f"{ctx}: score of {r[2]} {r[isc]} vs rule {exp:.4f}")
            if has_completion:
                check(ctx, r[hdr.index("完成率")], c, f"完成率 of {r[2]}")
        by_l1[r[0]] = by_l1.get(r[0], D(0)) + s
    return total[isc], by_l1


def grade_check(ctx, total, label):
    g = grade_of(total)
    global NCHECK
    NCHECK += 1
    if not label.startswith(g):
        fail(f"{ctx}: grade {label} for {total}, band {g}")


def pct(ctx, stated, a, b, what):
    check(ctx, stated, D(a) / D(b) * 100, what)


# ---------------------------------------------------------------- per-draft checks

def v_linshu(text):
    c = "linshu"
    f = funds_block(c, text)
    init = once(c, text, r"年初预算(\d+\.\d+)万元，其中中央")
    c1 = once(c, text, r"中央资金(\d+\.\d+)万元（2020年12月提前下达）")
    p1 = once(c, text, r"省级资金(\d+\.\d+)万元、县级")
    x1 = once(c, text, r"县级配套资金(\d+\.\d+)万元")
    eq(c, D(c1) + D(p1) + D(x1), init, "年初 = 中央 + 省 + 县")
    add = once(c, text, r"追加调标资金(\d+\.\d+)万元")
    c2 = once(c, text, r"（中央(\d+\.\d+)万元、省级")
    p2 = once(c, text, r"省级(\d+\.\d+)万元），调整后")
    eq(c, D(c2) + D(p2), add, "追加 = 中央 + 省")
    annual = once(c, text, r"调整后全年预算(\d+\.\d+)万元")
    eq(c, D(init) + D(add), annual, "全年 = 年初 + 追加")
    eq(c, init, f["initial"], "年初 text = table")
    eq(c, annual, f["annual"], "全年 text = table")
    spent = once(c, text, r"全年实际支出(\d+\.\d+)万元")
    eq(c, spent, f["spent"], "执行 text = table")
    bal = once(c, text, r"年末结余(\d+\.\d+)万元")
    eq(c, D(annual) - D(spent), bal, "结余 = 全年预算 − 执行")
    per = once(c, text, r"人均年发放(\d+\.\d+)元")
    n = once(c, text, r"重点优抚对象(\d+)人，其中")
    check(c, per, D(spent) * 10000 / D(n), "人均 = 执行 / 人数")
    parts = [once(c, text, p) for p in (r"残疾军人(\d+)人", r"“三属”(\d+)人", r"在乡复员军人(\d+)人",
                                          r"带病回乡退伍军人(\d+)人", r"参战参试退役人员(\d+)人")]
    eq(c, sum(D(p) for p in parts), n, "categories add to total")
    eq(c, once(c, text, r"全年为(\d+)名重点优抚对象"), n, "人数 repeated")
    tgt = once(c, text, r"完成年度目标（(\d+)人）")
    pct(c, once(c, text, r"（\d+人）的(\d+\.\d+%)"), n, tgt, "completion 发放人数")
    chk = once(c, text, r"已核查(\d+)人")
    out = once(c, text, r"另有(\d+)人长期在外")
    eq(c, D(chk) + D(out), n, "核查 + 未核查 = 人数")
    eq(c, once(c, text, r"停发(\d+)人"), D(once(c, text, r"年内(\d+)名优抚对象去世")) + D(once(c, text, r"(\d+)名迁出")), "停发 = 去世 + 迁出")
    sat = once(c, text, r"满意度(\d+\.\d+%)，较上年")
    pct(c, sat, once(c, text, r"满意及基本满意(\d+)人"), once(c, text, r"电话回访优抚对象(\d+)人"), "满意度")
    t = table_with(text, "一级指标")
    total, by = indicator_table(c, t, exec_score=f["score"])
    r_n = [r for r in t if r[2] == "抚恤补助发放人数"][0]
    eq(c, num(r_n[4]), n, "table 发放人数 = text")
    r_k = [r for r in t if r[2] == "优抚对象信息核查覆盖率"][0]
    pct(c, r_k[4], chk, n, "核查覆盖率")
    r_s = [r for r in t if r[2] == "重点优抚对象满意度"][0]
    eq(c, r_s[4], sat, "满意度 table = text")
    eq(c, once(c, text, r"预算执行率得分(\d+\.\d+)分"), f["score"], "执行得分 text = table")
    check(c, once(c, text, r"产出指标得分(\d+\.\d+)分"), by["产出指标"], "产出 subtotal")
    check(c, once(c, text, r"效益指标得分(\d+)分"), by["效益指标"], "效益 subtotal")
    check(c, once(c, text, r"满意度指标得分(\d+)分"), by["满意度指标"], "满意度 subtotal")
    tt = once(c, text, r"自评总分(\d+\.\d+)分")
    eq(c, tt, total, "总分 text = table")
    grade_check(c, tt, once(c, text, r"评价等级为(.)"))


def v_pingguo(text):
    c = "pingguo"
    init = once(c, text, r"年初预算(\d+\.\d+)万元")
    eq(c, D(once(c, text, r"自治区补助资金(\d+\.\d+)万元")) + D(once(c, text, r"市本级安排(\d+\.\d+)万元")), init, "年初 = 区 + 市")
    add = once(c, text, r"追加消防设施改造资金(\d+\.\d+)万元")
    annual = once(c, text, r"调整后全年预算(\d+\.\d+)万元")
    eq(c, D(init) + D(add), annual, "全年 = 年初 + 追加")
    spent = once(c, text, r"实际支出(\d+\.\d+)万元")
    rate = once(c, text, r"预算执行率(\d+\.\d+%)。")
    pct(c, rate, spent, annual, "执行率")
    eq(c, once(c, text, r"预算执行率按(\d+\.\d+%)计"), rate, "执行率 repeated")
    bal = once(c, text, r"年末结余(\d+\.\d+)万元")
    eq(c, D(annual) - D(spent), bal, "结余")
    parts = [once(c, text, p) for p in (r"劳务报酬(\d+\.\d+)万元", r"伙食及生活补助(\d+\.\d+)万元",
                                          r"公用经费(\d+\.\d+)万元", r"消防设施改造(\d+\.\d+)万元。")]
    eq(c, sum(D(p) for p in parts), spent, "支出结构 adds to 实际支出")
    pct(c, once(c, text, r"占全部支出的(\d+\.\d+%)"), parts[0], spent, "人员经费 share")
    eq(c, once(c, text, r"全年资金全部到位，到位率(\d+)%"), 100, "到位率 with full 到位")
    n = once(c, text, r"集中供养优抚对象(\d+)人，完成")
    pct(c, once(c, text, r"不少于20人）的(\d+\.\d+%)"), n, 20, "completion 供养人数")
    beds = once(c, text, r"核定床位(\d+)张")
    rates = []
    for y in ("2021年末在院", "2022年末", "2023年末"):
        k = once(c, text, y + r"(\d+)人，入住率")
        r_ = once(c, text, y + r"\d+人，入住率(\d+\.\d+%)")
        pct(c, r_, k, beds, f"入住率 {y}")
        rates.append(D(r_.rstrip("%")))
    eq(c, once(c, text, r"2023年末(\d+)人"), n, "在院人数 repeated")
    check(c, once(c, text, r"三年平均入住率(\d+\.\d+%)"), sum(rates) / 3, "三年平均入住率")
    sat = once(c, text, r"供养对象满意度为(\d+(?:\.\d+)?)%")
    global NCHECK
    NCHECK += 1
    if D(sat) > 100:
        fail(f"{c}: satisfaction {sat}% > 100")
    # scores in prose: 得X分（分值Y分）
    pairs = re.findall(r"得(\d+(?:\.\d+)?)分（分值(\d+)分）", text)
    ws = sum(D(w) for _, w in pairs)
    ss = sum(D(s) for s, _ in pairs)
    for s, w in pairs:
        NCHECK += 1
        if D(s) > D(w):
            fail(f"{c}: score {s} > weight {w}")
    out_w, out_s = once(c, text, r"产出指标（分值(\d+)分，得分(\d+)分）", 1), once(c, text, r"产出指标（分值(\d+)分，得分(\d+)分）", 2)
    ben_w, ben_s = once(c, text, r"效益指标（分值(\d+)分，得分(\d+)分）", 1), once(c, text, r"效益指标（分值(\d+)分，得分(\d+)分）", 2)
    sat_w, sat_s = once(c, text, r"满意度指标（分值(\d+)分，得分(\d+)分）", 1), once(c, text, r"满意度指标（分值(\d+)分，得分(\d+)分）", 2)
    eq(c, ws, D(out_w) + D(ben_w), "Σ 三级 weights = 产出 + 效益")
    eq(c, ss, D(out_s) + D(ben_s), "Σ 三级 scores = 产出 + 效益")
    eq(c, D(out_w) + D(ben_w) + D(sat_w) + 10, 100, "weights add to 100")
    es = once(c, text, r"计得(\d+\.\d+)分")
    check(c, es, D(spent) / D(annual) * 10, "execution score")
    eq(c, once(c, text, r"产出指标得(\d+)分，"), out_s, "产出 repeated")
    eq(c, once(c, text, r"效益指标得(\d+)分，"), ben_s, "效益 repeated")
    eq(c, once(c, text, r"满意度指标得(\d+)分，"), sat_s, "满意度 repeated")
    tt = once(c, text, r"自评总分(\d+\.\d+)分")
    check(c, tt, D(es) + D(out_s) + D(ben_s) + D(sat_s), "总分")
    grade_check(c, tt, once(c, text, r"评价等级为(.)"))
    for y in re.findall(r"截至(\d{4})年", text):
        eq(c, y, 2023, "截至 year")


def v_linjiang(text):
    c = "linjiang"
    f = funds_block(c, text)
    total = once(c, text, r"项目资金(\d+\.\d+)万元")
    eq(c, D(once(c, text, r"补助资金(\d+\.\d+)万元")) + D(once(c, text, r"市本级财政安排(\d+\.\d+)万元")), total, "省 + 市")
    eq(c, total, f["annual"], "total = table 全年")
    eq(c, f["initial"], f["annual"], "未作调整 ⇒ 年初 = 全年")
    sub = table_with(text, "序号")
    body = [r for r in sub[1:] if r[0] != "合计"]
    tot = row(sub, "合计")
    eq(c, sum(D(r[3]) for r in body), tot[3], "sub-item budgets")
    eq(c, sum(D(r[4]) for r in body), tot[4], "sub-item spending")
    eq(c, tot[3], f["annual"], "sub-table budget = funds table")
    eq(c, tot[4], f["spent"], "sub-table spending = funds table")
    spent = once(c, text, r"全年实际支出(\d+\.\d+)万元")
    eq(c, spent, f["spent"], "spent text")
    eq(c, D(f["annual"]) - D(spent), once(c, text, r"结余(\d+\.\d+)万元"), "结余")
    per = D(once(c, text, r"按每座(\d+)元标准")) / 10000
    mig = [r for r in body if r[1] == "零散烈士墓迁移集中安葬"][0]
    done = once(c, text, r"至年底完成(\d+)座")
    eq(c, per * D(done), mig[4], "迁移 spending = 座 × 标准")
    t = table_with(text, "一级指标")
    tt, by = indicator_table(c, t, exec_score=f["score"])
    r_m = [r for r in t if r[2] == "零散烈士墓迁移集中安葬"][0]
    eq(c, per * num(r_m[3]), mig[3], "迁移 budget = target × 标准")
    eq(c, num(r_m[4]), done, "迁移 table = text")
    pct(c, once(c, text, r"仅完成年度指标的(\d+\.\d+%)"), done, num(r_m[3]), "迁移 completion")
    cost = [r for r in t if r[2] == "项目总成本"][0]
    eq(c, num(cost[4]), spent, "总成本 = 支出")
    v19, v18 = once(c, text, r"接待祭扫瞻仰群众(\d+\.\d+)万人次"), once(c, text, r"较2018年的(\d+\.\d+)万人次")
    check(c, once(c, text, r"增长(\d+\.\d+%)"), (D(v19) / D(v18) - 1) * 100, "growth vs 2018")
    eq(c, num([r for r in t if r[2] == "年接待祭扫瞻仰人次"][0][4]), v19, "接待 table = text")
    eq(c, num([r for r in t if r[2] == "开展爱国主义教育活动"][0][4]), once(c, text, r"爱国主义教育活动(\d+)场，"), "活动 table = text")
    eq(c, num([r for r in t if r[2] == "烈士纪念设施完好率"][0][4]), once(c, text, r"完好率为(\d+)%"), "完好率 table = text")
    eq(c, num([r for r in t if r[2] == "烈属及群众满意度"][0][4]), once(c, text, r"烈属及群众满意度为(\d+)%"), "满意度 table = text")
    eq(c, once(c, text, r"预算执行率得(\d+\.\d+)分"), f["score"], "exec score text")
    check(c, once(c, text, r"产出指标得(\d+)分"), by["产出指标"], "产出")
    check(c, once(c, text, r"效益指标得(\d+\.\d+)分"), by["效益指标"], "效益")
    check(c, once(c, text, r"满意度指标得(\d+)分"), by["满意度指标"], "满意度")
    t2 = once(c, text, r"自评总分(\d+\.\d+)分")
    eq(c, t2, tt, "总分 text = table")
    grade_check(c, t2, once(c, text, r"评价等级为(.)"))
    eq(c, once(c, text, r"结转至(\d{4})年继续使用"), 2020, "结转 year after 2019")


def v_fukang(text):
    c = "fukang"
    f = funds_block(c, text)
    init = once(c, text, r"年初预算(\d+\.\d+)万元")
    eq(c, D(once(c, text, r"（退役士兵培训）(\d+\.\d+)万元")) + D(once(c, text, r"市本级安排(\d+\.\d+)万元")), init, "年初 = 区 + 市")
    carry = once(c, text, r"上年结转资金(\d+\.\d+)万元")
    annual = once(c, text, r"全年预算合计(\d+\.\d+)万元")
    eq(c, D(init) + D(carry), annual, "全年 = 年初 + 结转")
    eq(c, annual, f["annual"], "全年 text = table")
    eq(c, carry, row(table_with(text, "项目"), "上年结转资金")[2], "结转 text = table")
    ct = table_with(text, "班次")
    body = [r for r in ct[1:] if r[0] != "合计"]
    tot = row(ct, "合计")
    eq(c, sum(D(r[2]) for r in body), tot[2], "参训人数 sum")
    eq(c, sum(D(r[3]) for r in body), tot[3], "取证人数 sum")
    eq(c, sum(D(r[5]) for r in body), tot[5], "培训费 sum")
    for r in body:
        eq(c, D(r[2]) * D(r[4]) / 10000, r[5], f"培训费 {r[0]} = 人数 × 标准")
    n = tot[2]
    eq(c, once(c, text, r"4期共培训退役士兵(\d+)人"), n, "人数 in text")
    check(c, once(c, text, r"平均成绩为(\d+\.\d+)分"), sum(D(r[6]) for r in body) / len(body), "平均成绩")
    eq(c, once(c, text, r"取得职业技能等级（资格）证书(\d+)人"), tot[3], "取证人数 text")
    cert = once(c, text, r"取证率(\d+\.\d+%)")
    pct(c, cert, tot[3], n, "取证率")
    spent = once(c, text, r"全年实际支出(\d+\.\d+)万元")
    eq(c, spent, f["spent"], "spent text = table")
    fee = once(c, text, r"其中培训费(\d+\.\d+)万元")
    eq(c, fee, tot[5], "培训费 text = table")
    life = once(c, text, r"学员生活补助(\d+\.\d+)万元")
    eq(c, D(fee) + D(life), spent, "培训费 + 生活补助 = 支出")
    eq(c, D(once(c, text, r"按每人(\d+)元标准")) * D(n) / 10000, life, "生活补助 = 人数 × 500")
    check(c, once(c, text, r"人均培训费用(\d+\.\d+)元"), D(fee) * 10000 / D(n), "人均培训费用")
    eq(c, D(annual) - D(spent), once(c, text, r"全年结余(\d+\.\d+)万元"), "结余")
    cur = row(table_with(text, "项目"), "其中：当年财政拨款")
    eq(c, D(cur[3]) + D(carry), spent, "当年 + 结转 执行")
    emp = once(c, text, r"已实现就业创业(\d+)人")
    parts = [once(c, text, p) for p in (r"企业就业(\d+)人", r"网约车(\d+)人", r"创业(\d+)人，灵活", r"灵活就业(\d+)人")]
    eq(c, sum(D(p) for p in parts), emp, "就业 breakdown")
    er = once(c, text, r"就业创业率(\d+\.\d+%)，其中")
    pct(c, er, emp, n, "就业创业率")
    check(c, once(c, text, r"较目标低(\d+\.\d+)个百分点"), 75 - D(er.rstrip("%")), "gap to 75%")
    sat = once(c, text, r"满意度(\d+\.\d+%)。")
    pct(c, sat, once(c, text, r"表示满意的(\d+)人"), once(c, text, r"有效问卷(\d+)份"), "满意度")
    eq(c, once(c, text, r"有效问卷(\d+)份"), n, "问卷 = 参训人数")
    t = table_with(text, "一级指标")
    tt, by = indicator_table(c, t, has_completion=True, exec_score=f["score"])
    get = lambda name: [r for r in t if r[2] == name][0]
    eq(c, num(get("培训退役士兵人数")[4]), n, "人数 table")
    eq(c, get("职业技能等级（资格）证书取得率")[4], cert, "取证率 table")
    eq(c, get("培训后就业创业率")[4], er, "就业率 table")
    eq(c, get("参训退役士兵满意度")[4], sat, "满意度 table")
    eq(c, num(get("人均培训费用")[4]), once(c, text, r"人均培训费用(\d+\.\d+)元"), "人均 table")
    t2 = once(c, text, r"自评总分(\d+\.\d+)分")
    eq(c, t2, tt, "总分 text = table")
    grade_check(c, t2, once(c, text, r"评价等级为(.)"))
    eq(c, once(c, text, r"结转至(\d{4})年继续用于"), 2025, "结转 year after 2024")


def v_hongkou(text):
    c = "hongkou"
    ft = table_with(text, "支出类别")
    R = {r[0]: r for r in ft}
    for i in (1, 2, 3):
        eq(c, D(R["其中：人员经费"][i]) + D(R["公用经费"][i]), R["基本支出"][i], f"基本 = 人员 + 公用 col {i}")
        eq(c, D(R["基本支出"][i]) + D(R["项目支出"][i]), R["合计"][i], f"合计 = 基本 + 项目 col {i}")
    for k in ("基本支出", "其中：人员经费", "公用经费", "项目支出", "合计"):
        pct(c, R[k][4], R[k][3], R[k][2], f"{k} 执行率")
    z = R["上年结转资金"]
    eq(c, D(z[2]), 0, "no carry-over")
    eq(c, 1 if z[4] in ("—", "0") else 0, 1, "no rate on a zero base")
    annual = once(c, text, r"2022年全年预算数(\d+\.\d+)万元")
    eq(c, annual, R["合计"][2], "全年 text = table")
    init = once(c, text, r"年初预算(\d+\.\d+)万元")
    eq(c, init, R["合计"][1], "年初 text = table")
    add = once(c, text, r"追加预算(\d+\.\d+)万元")
    eq(c, D(annual) - D(init), add, "追加 = 全年 − 年初")
    a1, a2 = once(c, text, r"基本支出追加(\d+\.\d+)万元"), once(c, text, r"项目支出追加(\d+\.\d+)万元")
    eq(c, D(a1) + D(a2), add, "追加 split")
    eq(c, D(R["基本支出"][2]) - D(R["基本支出"][1]), a1, "基本 追加")
    eq(c, D(R["项目支出"][2]) - D(R["项目支出"][1]), a2, "项目 追加")
    eq(c, D(annual) - D(R["合计"][3]), once(c, text, r"未执行资金(\d+\.\d+)万元"), "未执行")
    eq(c, D(once(c, text, r"运行维护费(\d+\.\d+)万元")) + D(once(c, text, r"公务接待费(\d+\.\d+)万元")),
       once(c, text, r"“三公”经费支出(\d+\.\d+)万元"), "三公")
    eq(c, once(c, text, r"中心2022年共支出(\d+\.\d+)万元"), R["合计"][3], "支出 text = table")
    pt = table_with(text, "项目名称")
    P = [r for r in pt[1:] if r[0] not in ("合计", "项目平均自评得分")]
    tot = row(pt, "合计")
    eq(c, sum(D(r[1]) for r in P), tot[1], "projects budget")
    eq(c, sum(D(r[2]) for r in P), tot[2], "projects spent")
    for r in P + [tot]:
        pct(c, r[3], r[2], r[1], f"{r[0]} 执行率")
    eq(c, tot[1], R["项目支出"][2], "projects = 项目支出 budget")
    eq(c, tot[2], R["项目支出"][3], "projects = 项目支出 spent")
    eq(c, tot[3], R["项目支出"][4], "projects rate repeated")
    check(c, row(pt, "项目平均自评得分")[4], sum(D(r[4]) for r in P) / len(P), "average project score")
    n = once(c, text, r"年末服务管理军休干部(\d+)人")
    eq(c, D(once(c, text, r"离休干部(\d+)人")) + D(once(c, text, r"退休干部(\d+)人")), n, "离休 + 退休")
    exam = once(c, text, r"组织健康体检(\d+)人")
    pct(c, once(c, text, r"体检参检率(\d+\.\d+%)"), exam, n, "参检率")
    sat = once(c, text, r"满意度(\d+\.\d+%)。")
    pct(c, sat, once(c, text, r"满意(\d+)份"), once(c, text, r"回收有效问卷(\d+)份"), "满意度")
    eq(c, once(c, text, r"发放满意度调查问卷(\d+)份"), n, "问卷 = 人数")
    t = table_with(text, "一级指标")
    tt, by = indicator_table(c, t)
    get = lambda name: [r for r in t if r[2] == name][0]
    ex = get("预算执行率")
    eq(c, ex[4], R["合计"][4], "执行率 indicator = table")
    eq(c, num(get("服务管理军休干部人数")[4]), n, "人数")
    eq(c, num(get("走访慰问军休干部及遗属")[4]), once(c, text, r"走访慰问军休干部及遗属(\d+)人次"), "走访")
    eq(c, get("军休干部年度健康体检参检率")[4], once(c, text, r"体检参检率(\d+\.\d+%)"), "参检率 table")
    eq(c, num(get("公用经费支出控制数")[4]), R["公用经费"][3], "公用经费")
    eq(c, num(get("公用经费支出控制数")[3]), R["公用经费"][2], "公用经费 cap = budget")
    eq(c, num(get("组织军休干部学习和文体活动")[4]), once(c, text, r"学习和文体活动(\d+)场次"), "活动场次")
    eq(c, num(get("军休干部参与志愿服务等活动")[4]), once(c, text, r"关心下一代等活动(\d+)人次"), "志愿")
    eq(c, get("军休干部满意度")[4], sat, "满意度 table")
    t2 = once(c, text, r"自评得分(\d+\.\d+)分")
    eq(c, t2, tt, "总分 text = table")
    grade_check(c, t2, once(c, text, r"等级为(.)"))


VERIFY = {
    "linshu-youfu-2021": v_linshu,
    "pingguo-guangrongyuan-2023": v_pingguo,
    "linjiang-lieshi-2019": v_linjiang,
    "fukang-veterantrain-2024": v_fukang,
    "hongkou-junxiu-2022": v_hongkou,
}

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def main():
    global FAILS
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    clean = {}
    for src in build.SOURCES:
        txt = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        clean[src] = txt
        if not 3000 <= len(txt) <= 9000:
            fail(f"{src}: clean draft has {len(txt)} characters")
        before = len(FAILS)
        VERIFY[src](txt)
        if len(FAILS) == before:
            print(f"clean {src}: arithmetic consistent ({len(txt)} chars)")
    edits = {(e[0], e[1]): e for e in build.EDITS}
    files = sorted(os.listdir(CASES))
    eq("set", len(files), len(labels), "one label per case file")
    codes = Counter()
    where = Counter()
    for l in labels:
        path = os.path.join(CASES, l["case"])
        if not os.path.exists(path):
            fail(f"{l['case']}: missing")
            continue
        txt = open(path, encoding="utf-8").read()
        if l["clean"]:
            if l["expected"]:
                fail(f"{l['case']}: clean case with expectations")
            continue
        src = l["source"]
        suffix = l["case"][len(src) + 1:-4]
        e = edits[(src, suffix)]
        if txt != clean[src].replace(e[4], e[5]):
            fail(f"{l['case']}: not clean.replace(old, new)")
        a, b = clean[src], txt
        p = 0
        while p < min(len(a), len(b)) and a[p] == b[p]:
            p += 1
        s = 0
        while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
            s += 1
        region_old, region_new = a[p:len(a) - s], b[p:len(b) - s]
        if region_old.count("\n") > 1 or region_new.count("\n") > 1 or len(region_new) > 60:
            fail(f"{l['case']}: edit not in one place: {region_old!r} -> {region_new!r}")
        if len(l["expected"]) != 1:
            fail(f"{l['case']}: expected one finding")
        for x in l["expected"]:
            codes[x["code"]] += 1
            where[e[3]] += 1
            if x["severity"] != "error":
                fail(f"{l['case']}: severity")
            v = x["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), txt)]
            if not occ:
                fail(f"{l['case']}: value {v!r} not in case")
            if not any(o < len(b) - s and o + len(v) > p for o in occ):
                fail(f"{l['case']}: value {v!r} does not overlap the edit [{p},{len(b) - s})")
            if v in clean[src]:
                fail(f"{l['case']}: value {v!r} also in the clean draft")
    # self-test: the same arithmetic must notice the injected error in every error case
    saved = FAILS
    for l in labels:
        if l["clean"]:
            continue
        FAILS = []
        VERIFY[l["source"]](open(os.path.join(CASES, l["case"]), encoding="utf-8").read())
        if not FAILS:
            saved.append(f"{l['case']}: the clean-draft checks do not notice the injected error")
    FAILS = saved
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    extra = set(codes) - set(CODES)
    if extra:
        fail(f"unknown codes {extra}")
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors; codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print(f"errors in prose: {where['prose']}, in tables: {where['table']}; arithmetic checks: {NCHECK}")
    if FAILS:
        for m in FAILS:
            print("FAIL", m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
