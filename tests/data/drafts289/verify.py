#!/usr/bin/env python3
"""Check drafts289: labels against cases, one edit per error case, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits non-zero at the first failed group otherwise.
Tolerance follows rules.md §8: a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True  # leave no __pycache__ behind
sys.path.insert(0, HERE)
import build  # noqa: E402  (only for SOURCES / EDITS metadata)

FAILS = []

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def fail(msg):
    FAILS.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)


def decs(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def near(stated, computed, what):
    """stated: the string as printed; computed: Decimal."""
    v = D(stated.strip().rstrip("%"))
    tol = D("0.5") * (D(10) ** -decs(stated)) + D("1e-9")
    check(abs(D(computed) - v) <= tol, f"{what}: stated {stated}, computed {computed:.4f}")


def eq(a, b, what):
    """numbers compared as Decimals (a trailing % ignored), anything else as strings"""
    try:
        same = D(str(a).rstrip("%")) == D(str(b).rstrip("%"))
    except ArithmeticError:
        same = str(a) == str(b)
    check(same, f"{what}: {a} != {b}")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    total = D(total)
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def one(text, pat, what, group=1):
    ms = list(re.finditer(pat, text))
    if not ms:
        fail(f"{what}: pattern {pat!r} not found")
        return "0"
    return ms[0].group(group)


def allm(text, pat):
    return [m.group(1) for m in re.finditer(pat, text)]


def row(text, first):
    """cells of the table line whose first cell is `first`"""
    for line in text.splitlines():
        cells = line.split("｜")
        if cells[0] == first:
            return cells
    fail(f"table row {first!r} not found")
    return [""] * 12


def num(cell):
    m = re.search(r"-?\d+(?:\.\d+)?", cell)
    return m.group(0) if m else None


def indicator_table(text, exec_w=None, exec_s=None, total_label="总分"):
    """Rebuild the indicator block that starts with the header 一级指标｜...; check weights, scores, completion."""
    lines = text.splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("一级指标｜"))
    head = lines[start].split("｜")
    wcol = head.index("分值") if "分值" in head else head.index("权重")
    scol = head.index("得分") if "得分" in head else head.index("指标得分")
    tcol = head.index("年度指标值") if "年度指标值" in head else head.index("目标值")
    acol = head.index("实际完成值") if "实际完成值" in head else head.index("业绩值")
    ccol = head.index("完成率") if "完成率" in head else None
    rows, total = [], None
    for l in lines[start + 1:]:
        c = l.split("｜")
        if c[0] in (total_label, "合计"):
            total = c
            break
        rows.append(c)
    W = sum(D(c[wcol]) for c in rows) + (D(exec_w) if exec_w is not None else 0)
    S = sum(D(c[scol]) for c in rows) + (D(exec_s) if exec_s is not None else 0)
    tot_w = next(x for x in total[1:] if x)
    tot_s = [x for x in total[1:] if x][1]
    eq(W, 100, "sum of weights")
    eq(tot_w, 100, "total weight cell")
    near(tot_s, S, "sum of scores vs total row")
    blocks = Counter()
    for c in rows:
        w, s = D(c[wcol]), D(c[scol])
        check(0 <= s <= w, f"score {s} outside [0, {w}] in row {c[2]}")
        blocks[c[0]] += w
        t, a = c[tcol], c[acol]
        tn, an = num(t), num(a)
        quant = tn is not None and an is not None and not re.search(r"年|月", t)
        if quant:
            unit_t = re.sub(r"[≥≤\d.,]", "", t)
            unit_a = re.sub(r"[≥≤\d.,]", "", a)
            check(unit_t == unit_a, f"unit of target {t} vs actual {a}")
            T, A = D(tn), D(an)
            if t.startswith("≤"):
                comp = D(100) if A <= T else T / A * 100
                exp = w if A <= T else w * T / A
            else:
                comp = A / T * 100
                exp = w if A >= T else w * A / T
            if ccol is not None and c[ccol] not in ("", "—"):
                near(c[ccol], comp, f"completion of {c[2]}")
            near(c[scol], exp, f"score of {c[2]}")
            if unit_a == "%" and ("满意度" in c[2] or "率" in c[2]):
                check(A <= 100, f"rate over 100% in {c[2]}")
        elif re.search(r"年|月", t):
            # dates: met if actual day is not after the deadline
            check(c[scol] == c[wcol], f"date row {c[2]} not full marks")
            if ccol is not None:
                eq(num(c[ccol]), 100, f"completion of date row {c[2]}")
    return rows, S, blocks


def title_year(text):
    return int(one(text, r"(20\d\d)年度", "title year"))


# ---------------------------------------------------------------------------------------------------------------
def check_taixing(t):
    Y = title_year(t)
    eq(Y, 2022, "year")
    ini = one(t, r"项目年初预算([\d.]+)万元", "年初")
    city = one(t, r"其中市财政拨款([\d.]+)万元", "市财政")
    up = one(t, r"上级工会补助([\d.]+)万元", "上级")
    add = one(t, r"追加下达帮扶资金([\d.]+)万元", "追加")
    fin = one(t, r"全年预算调整为([\d.]+)万元", "全年")
    exe = one(t, r"全年实际支出([\d.]+)万元", "执行")
    eq(D(city) + D(up), ini, "年初 = 市财政 + 上级")
    eq(D(ini) + D(add), fin, "年初 + 追加 = 全年")
    near(one(t, r"预算执行率([\d.]+%)", "执行率"), D(exe) / D(fin) * 100, "执行率")
    upfin = one(t, r"上级工会补助资金([\d.]+)万元", "上级全年")
    upexe = one(t, r"当年支出([\d.]+)万元", "上级支出")
    eq(D(up) + D(add), upfin, "上级全年 = 年初上级 + 追加")
    near(one(t, r"当年支出[\d.]+万元，执行率([\d.]+%)", "上级执行率"), D(upexe) / D(upfin) * 100, "上级执行率")
    eq(D(fin) - D(exe), one(t, r"年末未使用的([\d.]+)万元", "结余"), "结余 = 全年 - 执行")
    eq(D(upfin) - D(upexe), one(t, r"年末未使用的([\d.]+)万元", "结余"), "结余 = 上级全年 - 上级支出")
    eq(one(t, r"结转至(\d{4})年", "结转年"), Y + 1, "carry-over year")
    m = re.search(r"全年支出的([\d.]+)万元中，生活救助([\d.]+)万元，医疗救助([\d.]+)万元，子女助学([\d.]+)万元，送温暖慰问([\d.]+)万元", t)
    tot, live, med, edu, warm = m.groups()
    eq(tot, exe, "breakdown total = 执行")
    eq(D(live) + D(med) + D(edu) + D(warm), tot, "breakdown sum")
    hh = one(t, r"在档困难职工(\d+)户", "户数")
    near(one(t, r"户均([\d.]+)元", "户均"), D(live) * 10000 / D(hh), "户均生活救助")
    eq(one(t, r"医疗救助([\d.]+)万元，共救助", "医疗"), med, "医疗 amount restated")
    n_med = one(t, r"共救助(\d+)人次", "医疗人次")
    near(one(t, r"平均每人次(\d+)元", "人次均"), D(med) * 10000 / D(n_med), "医疗 average")
    n_edu = one(t, r"困难职工子女(\d+)名，每名", "助学人数")
    eq(D(n_edu) * D(one(t, r"每名(\d+)元", "每名")) / 10000, edu, "助学 = 人数 × 标准")
    eq(D(one(t, r"对(\d+)户困难职工开展送温暖", "慰问户")) * D(one(t, r"每户(\d+)元", "每户")) / 10000, warm, "慰问")
    near(one(t, r"年度目标100名，完成率为([\d.]+%)", "完成率"), D(n_edu) / 100 * 100, "助学完成率")
    q, ok = one(t, r"收回(\d+)份", "问卷"), one(t, r"基本满意(\d+)份", "满意")
    sat = one(t, r"满意度([\d.]+%)。", "满意度")
    near(sat, D(ok) / D(q) * 100, "满意度")
    eq(D(one(t, r"(\d+)户困难职工家庭通过", "解困")) - 40, one(t, r"比年度目标多(\d+)户", "多"), "over-target")
    # funds block
    r = row(t, "年度资金总额")
    eq(r[1], ini, "table 年初"); eq(r[2], fin, "table 全年"); eq(r[3], exe, "table 执行")
    near(r[5], D(r[3]) / D(r[2]) * 100, "table 执行率")
    near(r[6], D(r[4]) * min(D(r[3]) / D(r[2]), D(1)), "execution score")
    parts = [row(t, "其中：当年财政拨款"), row(t, "上年结转资金"), row(t, "其他资金")]
    for k in (1, 2, 3):
        eq(sum(D(p[k]) for p in parts), r[k], f"funds column {k} components")
    rows, S, blocks = indicator_table(t, exec_w=r[4], exec_s=r[6])
    eq(blocks["产出指标"], 50, "产出 weight"); eq(blocks["效益指标"], 30, "效益"); eq(blocks["满意度指标"], 10, "满意度")
    eq(row(t, "满意度指标")[4], sat, "satisfaction table = text")
    m = re.search(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分，等级为(.)", t)
    a, b, c, d_, tot, g = m.groups()
    eq(a, r[6], "exec score text")
    eq(b, sum(D(x[6]) for x in rows if x[0] == "产出指标"), "产出 score text")
    eq(c, sum(D(x[6]) for x in rows if x[0] == "效益指标"), "效益 score text")
    eq(d_, sum(D(x[6]) for x in rows if x[0] == "满意度指标"), "满意度 score text")
    eq(D(a) + D(b) + D(c) + D(d_), tot, "text total")
    eq(tot, S, "text total = table")
    eq(g, grade(tot), "grade")


def check_liling(t):
    Y = title_year(t)
    eq(Y, 2023, "year")
    ini = one(t, r"项目年初预算([\d.]+)万元", "年初")
    city = one(t, r"市本级财政安排([\d.]+)万元", "财政")
    own = one(t, r"工会经费([\d.]+)万元", "工会经费")
    add = one(t, r"补助资金([\d.]+)万元", "补助")
    fin = one(t, r"全年预算调整为([\d.]+)万元", "全年")
    eq(D(city) + D(own), ini, "年初 components")
    eq(D(ini) + D(add), fin, "年初 + 追加")
    arr = one(t, r"资金到位([\d.]+)万元", "到位")
    near(one(t, r"到位率([\d.]+%)", "到位率"), D(arr) / D(fin) * 100, "到位率")
    exe = one(t, r"实际支出([\d.]+)万元", "执行")
    near(one(t, r"预算执行率([\d.]+%)", "执行率"), D(exe) / D(fin) * 100, "执行率")
    m = re.search(r"资助本科新生(\d+)名，每人(\d+)元，计([\d.]+)万元；资助高职（专科）新生(\d+)名，每人(\d+)元，计([\d.]+)万元，人均资助([\d.]+)元", t)
    nb, sb, ab, nz, sz, az, avg = m.groups()
    eq(D(nb) * D(sb) / 10000, ab, "本科 amount"); eq(D(nz) * D(sz) / 10000, az, "专科 amount")
    eq(D(ab) + D(az), exe, "本科 + 专科 = 执行")
    n = D(nb) + D(nz)
    near(avg, D(exe) * 10000 / n, "人均资助")
    bal = one(t, r"年末结余([\d.]+)万元", "结余")
    eq(D(arr) - D(exe), bal, "结余 = 到位 - 执行")
    eq(D(one(t, r"系(\d+)名已通过审核", "3名")) * D(sb) / 10000, bal, "结余 = 3 × 5000")
    eq(one(t, r"已结转(\d{4})年", "结转年"), Y + 1, "carry-over year")
    for v in allm(t, r"为(\d+)名困难职工子女") + allm(t, r"受助的(\d+)名学生") + allm(t, r"资助(\d+)名，全部"):
        eq(v, n, "number aided restated")
    eq(one(t, r"共资助困难职工子女(\d+)名", "资助"), n, "资助人数")
    near(one(t, r"完成年度目标160名的([\d.]+%)", "完成率"), n / 160 * 100, "完成率")
    eq(D(one(t, r"2022年我会资助(\d+)名", "上年")) + D(one(t, r"今年资助人数增加(\d+)名", "增加")), n, "increase vs 2022")
    r = row(t, "年度资金总额")
    eq(r[1], ini, "table 年初"); eq(r[2], fin, "table 全年"); eq(r[3], exe, "table 执行")
    near(r[5], D(r[3]) / D(r[2]) * 100, "table 执行率")
    near(r[6], D(r[4]) * D(r[3]) / D(r[2]), "execution score")
    parts = [row(t, "其中：当年财政拨款"), row(t, "上年结转资金"), row(t, "其他资金")]
    for k in (1, 2, 3):
        eq(sum(D(p[k]) for p in parts), r[k], f"funds column {k} components")
    eq(parts[0][1], city, "财政拨款 = 市本级"); eq(parts[2][2], D(own) + D(add), "其他资金 全年")
    rows, S, blocks = indicator_table(t, exec_w=r[4], exec_s=r[6])
    eq(blocks["产出指标"], 50, "产出"); eq(blocks["效益指标"], 30, "效益"); eq(blocks["满意度指标"], 10, "满意度")
    eq(num(row(t, "产出指标")[4]), n, "table 资助人数")
    tot = one(t, r"自评得分([\d.]+)分", "total")
    eq(tot, S, "text total = table total")
    eq(one(t, r"评价等级为(.)", "grade"), grade(tot), "grade")
    eff = [x for x in rows if x[0] == "效益指标"]
    eq(D(eff[1][5]) - D(eff[1][6]), one(t, r"该项指标扣(\d+)分", "扣分"), "deducted points text")


def check_jiexiu(t):
    Y = title_year(t)
    eq(Y, 2021, "year")
    cols = ["年度总金额", "财政资金小计", "中央级", "省级", "市级", "县区级", "上年结转资金", "其他资金"]

    def vals(label):
        c = row(t, label)
        return [D(x) if x else D(0) for x in c[2:10]], c[2:10]

    b1, _ = vals("年初预算资金"); b2, _ = vals("全年预算资金"); b3, _ = vals("实际到位资金"); b4, _ = vals("全年执行资金")
    b5, _ = vals("资金结余"); _, s6 = vals("预算到位率(%)"); _, s7 = vals("预算执行率(%)")
    for b, name in ((b1, "(1)"), (b2, "(2)"), (b3, "(3)"), (b4, "(4)"), (b5, "(5)")):
        eq(b[2] + b[3] + b[4] + b[5], b[1], f"{name} 小计 = 中央+省+市+县")
        eq(b[1] + b[6] + b[7], b[0], f"{name} 总额 = 小计 + 结转 + 其他")
    for k, name in enumerate(cols):
        eq(b3[k] - b4[k], b5[k], f"(5)=(3)-(4) {name}")
        if b2[k] == 0:
            check(D(s6[k] or 0) == 0 and D(s7[k] or 0) == 0, f"zero-base column {name} must print 0")
        else:
            near(s6[k], b3[k] / b2[k] * 100, f"(6) {name}")
            near(s7[k], b4[k] / b2[k] * 100, f"(7) {name}")
    m = re.search(r"年初安排县区级资金(\d+)万元；年中，省级财政下达户外劳动者服务站点建设补助资金(\d+)万元，晋中市总工会拨付补助资金(\d+)万元，全年预算(\d+)万元，实际到位(\d+)万元。全年支出([\d.]+)万元", t)
    a, p, o, fin, arr, exe = m.groups()
    eq(a, b1[0], "text 年初"); eq(p, b2[3], "text 省级"); eq(o, b2[7], "text 其他")
    eq(D(a) + D(p) + D(o), fin, "text 全年 components"); eq(fin, b2[0], "text 全年"); eq(arr, b3[0], "text 到位")
    eq(exe, b4[0], "text 执行")
    m = re.search(r"新建驿站(\d+)个，每个补助(\d+)万元，计(\d+)万元；原有(\d+)个驿站运行维护补助每个([\d.]+)万元，计([\d.]+)万元；为部分驿站更新空调、冰箱、微波炉等设备([\d.]+)万元；统一制作驿站标识牌、服务指南和宣传品([\d.]+)万元", t)
    nn, per, amt, old, per2, amt2, eqp, pub = m.groups()
    eq(D(nn) * D(per), amt, "新建 amount"); eq(D(old) * D(per2), amt2, "运维 amount")
    eq(D(amt) + D(amt2) + D(eqp) + D(pub), exe, "spending breakdown")
    eq(one(t, r"县区级资金结余([\d.]+)万元", "结余"), b5[5], "text 结余 = table 县区级")
    eq(one(t, r"已结转(\d{4})年", "结转年"), Y + 1, "carry-over year")
    eq(D(old) + D(nn), one(t, r"全年(\d+)个驿站共服务", "驿站数"), "22 + 8 stations")
    m = re.search(r"分布在城区(\d+)个、义安镇和张兰镇各(\d+)个", t)
    eq(D(m.group(1)) + 2 * D(m.group(2)), nn, "distribution of new stations")
    served = one(t, r"共服务户外劳动者(\d+)人次", "服务人次")
    # indicator table with its execution row inside
    rows, S, blocks = indicator_table(t, total_label="合计")
    ex = rows[0]
    near(ex[5], D(exe) / D(fin) * 100, "table 执行率 业绩值"); near(ex[6], D(exe) / D(fin) * 100, "table 执行率 完成率")
    near(ex[7], D(ex[3]) * D(exe) / D(fin), "execution score")
    eq(s7[0], num(ex[5]), "funds table (7) = indicator table")
    eq(blocks["产出指标"], 50, "产出"); eq(blocks["效益指标"], 30, "效益"); eq(blocks["满意度指标"], 10, "满意度")
    byname = {x[2]: x for x in rows}
    eq(num(byname["驿站全年服务户外劳动者人次"][5]), served, "served text = table")
    eq(num(byname["新建户外劳动者驿站数量"][5]), nn, "new stations text = table")
    eq(num(byname["驿站日常开放率"][5]), one(t, r"驿站日常开放率为([\d.]+)%", "开放率"), "opening rate text = table")
    eq(num(byname["户外劳动者满意度"][5]), one(t, r"户外劳动者满意度为([\d.]+)%", "满意度"), "satisfaction text = table")
    tot = one(t, r"总得分([\d.]+)分", "total")
    eq(tot, S, "text total = table")
    eq(one(t, r"属于“(.)", "grade"), grade(tot), "grade")


def check_qingtongxia(t):
    Y = title_year(t)
    eq(Y, 2019, "year")
    ini = one(t, r"年初预算即为([\d.]+)万元", "年初")
    fin = one(t, r"全年预算([\d.]+)万元", "全年")
    eq(ini, fin, "无调整 ⇒ 年初 = 全年")
    eq(one(t, r"下达我会职工疗休养项目资金指标([\d.]+)万元", "下达"), fin, "advance = budget")
    exe = one(t, r"实际支出([\d.]+)万元", "执行")
    near(one(t, r"预算执行率([\d.]+%)", "执行率"), D(exe) / D(fin) * 100, "执行率")
    eq(D(fin) - D(exe), one(t, r"结余([\d.]+)万元", "结余"), "结余")
    batches = [D(x) for x in allm(t, r"第[一二三四五六]批(\d+)人")]
    eq(len(batches), 6, "six batches"); eq(one(t, r"分(\d)批组织", "批数"), 6, "批数")
    n = one(t, r"共(\d+)名职工参加，完成", "人数")
    eq(sum(batches), n, "batches add up")
    near(one(t, r"完成年度目标180人的([\d.]+%)", "完成率"), D(n) / 180 * 100, "完成率")
    lm, fl = one(t, r"各级劳动模范(\d+)名", "劳模"), one(t, r"企业一线职工(\d+)名", "一线")
    eq(D(lm) + D(fl), n, "劳模 + 一线")
    near(one(t, r"一线职工占比([\d.]+%)", "占比"), D(fl) / D(n) * 100, "一线占比")
    near(one(t, r"全年人均(\d+)元", "人均"), D(exe) * 10000 / D(n), "人均费用")
    plan = one(t, r"预算按(\d+)人测算", "计划人数")
    eq(D(plan) - D(n), one(t, r"有(\d+)名职工因工作原因临时取消", "取消"), "plan - actual")
    q, ok = one(t, r"收回有效问卷(\d+)份", "问卷"), one(t, r"表示满意的(\d+)份", "满意")
    sat = one(t, r"满意度([\d.]+%)", "满意度")
    near(sat, D(ok) / D(q) * 100, "满意度")
    check(D(sat.rstrip("%")) <= 100, "satisfaction <= 100%")
    m = re.search(r"预算执行率(\d+)分；产出指标(\d+)分，其中疗休养人数(\d+)分、一线职工占比(\d+)分、疗休养批次(\d+)分、完成时间(\d+)分、人均费用(\d+)分；效益指标(\d+)分，其中职工身心健康改善(\d+)分、疗休养工作常态化(\d+)分；满意度指标(\d+)分", t)
    w = [D(x) for x in m.groups()]
    eq(sum(w[2:7]), w[1], "产出 sub-weights"); eq(w[8] + w[9], w[7], "效益 sub-weights")
    eq(w[0] + w[1] + w[7] + w[10], 100, "weights total 100")
    m = re.search(r"预算执行率得([\d.]+)分；产出指标各项均已完成，得(\d+)分；效益指标得(\d+)分，其中职工身心健康改善得(\d+)分，疗休养工作常态化得(\d+)分；满意度指标得(\d+)分。以上合计([\d.]+)分，自评等级为(.)", t)
    s_ex, s_out, s_eff, s_e1, s_e2, s_sat, tot, g = m.groups()
    near(s_ex, w[0] * D(exe) / D(fin), "execution score")
    eq(s_out, w[1], "产出 full marks")
    eq(D(s_e1) + D(s_e2), s_eff, "效益 sub-scores")
    check(D(s_e1) <= w[8] and D(s_e2) <= w[9] and D(s_sat) <= w[10], "scores within weights")
    eq(D(s_ex) + D(s_out) + D(s_eff) + D(s_sat), tot, "total")
    eq(g, grade(tot), "grade")


def check_qionghai(t):
    Y = title_year(t)
    eq(Y, 2024, "year")
    ini = one(t, r"年年初预算([\d.]+)万元", "年初")
    fin = one(t, r"全年预算([\d.]+)万元，其中", "全年")
    m = re.search(r"一般公共预算财政拨款([\d.]+)万元、上级补助收入([\d.]+)万元、其他收入([\d.]+)万元", t)
    eq(sum(D(x) for x in m.groups()), fin, "income components")
    exe = one(t, r"全年支出([\d.]+)万元", "执行")
    near(one(t, r"预算执行率([\d.]+%)", "执行率"), D(exe) / D(fin) * 100, "执行率")
    eq(D(fin) - D(exe), one(t, r"年末结转结余([\d.]+)万元", "结转"), "结转 = 全年 - 执行")
    mb = re.search(r"其中基本支出([\d.]+)万元、项目支出([\d.]+)万元，项目支出部分", t)
    eq(D(mb.group(1)) + D(mb.group(2)), D(fin) - D(exe), "结转结余 split")
    eq(one(t, r"已结转(\d{4})年", "结转年"), Y + 1, "carry-over year")
    T = {k: row(t, k) for k in ("合计", "一、基本支出", "（一）人员经费", "（二）公用经费", "二、项目支出")}
    for k in (1, 2, 3):
        eq(D(T["（一）人员经费"][k]) + D(T["（二）公用经费"][k]), T["一、基本支出"][k], f"表1 基本支出 col {k}")
        eq(D(T["一、基本支出"][k]) + D(T["二、项目支出"][k]), T["合计"][k], f"表1 合计 col {k}")
    for r in T.values():
        near(r[4], D(r[3]) / D(r[2]) * 100, f"表1 rate {r[0]}")
    eq(T["合计"][1], ini, "表1 年初"); eq(T["合计"][2], fin, "表1 全年"); eq(T["合计"][3], exe, "表1 执行")
    m = re.search(r"“三公”经费支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元，因公出国（境）费0元，比2023年的([\d.]+)万元下降([\d.]+%)", t)
    sg, a, b, last, dec = m.groups()
    eq(D(a) + D(b), sg, "三公 components")
    near(dec, (D(last) - D(sg)) / D(last) * 100, "三公 decrease")
    projects = ["职工技能竞赛", "困难职工帮扶", "户外劳动者服务站点建设", "金秋助学", "职工文体及普惠服务"]
    P = [row(t, p) for p in projects]
    for r in P:
        near(r[3], D(r[2]) / D(r[1]) * 100, f"表2 rate {r[0]}")
        check(D(r[4]) <= 100, "project score <= 100")
    tot2 = [x for x in t.splitlines() if x.startswith("合计｜584")][0].split("｜")
    eq(sum(D(r[1]) for r in P), tot2[1], "表2 budget sum"); eq(sum(D(r[2]) for r in P), tot2[2], "表2 exec sum")
    near(tot2[3], D(tot2[2]) / D(tot2[1]) * 100, "表2 total rate")
    eq(D(T["一、基本支出"][2]) - D(T["一、基本支出"][3]), mb.group(1), "基本支出 结余")
    eq(D(T["二、项目支出"][2]) - D(T["二、项目支出"][3]), mb.group(2), "项目支出 结转")
    eq(tot2[1], T["二、项目支出"][2], "表2 = 表1 项目支出 budget"); eq(tot2[2], T["二、项目支出"][3], "表2 = 表1 项目支出 exec")
    mean = sum(D(r[4]) for r in P) / len(P)
    near(one(t, r"平均自评得分([\d.]+)分", "avg"), mean, "average project score")
    check(all(grade(r[4]) == "优" for r in P), "all projects 优")
    m = re.search(r"其中本科(\d+)名、专科(\d+)名，本科每人(\d+)元、专科每人(\d+)元", t)
    nb, nz, sb, sz = (D(x) for x in m.groups())
    eq((nb * sb + nz * sz) / 10000, P[3][2], "金秋助学 amount")
    eq(nb + nz, one(t, r"困难职工子女(\d+)名", "金秋人数"), "金秋 students")
    hh, out = one(t, r"在档困难职工(\d+)户", "户"), one(t, r"全年(\d+)户实现解困脱困", "解困")
    rate = one(t, r"解困脱困率([\d.]+%)", "解困率")
    near(rate, D(out) / D(hh) * 100, "解困脱困率")
    m = re.search(r"核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名", t)
    eq(D(m.group(2)) + D(m.group(3)), m.group(1), "编制")
    eq(row(t, "部门名称")[3], f"{Y}年", "table year")
    fr = row(t, "年度资金总额")
    eq(fr[1], ini, "自评表 年初"); eq(fr[2], fin, "自评表 全年"); eq(fr[3], exe, "自评表 执行")
    near(fr[5], D(fr[3]) / D(fr[2]) * 100, "自评表 执行率")
    near(fr[6], D(fr[4]) * D(fr[3]) / D(fr[2]), "execution score")
    rows, S, blocks = indicator_table(t, exec_w=fr[4], exec_s=fr[6])
    eq(blocks["产出指标"], 50, "产出"); eq(blocks["效益指标"], 30, "效益"); eq(blocks["满意度指标"], 10, "满意度")
    byname = {x[2]: x for x in rows}
    eq(num(byname["“三公”经费支出"][4]), sg, "三公 table = text")
    eq(num(byname["困难职工解困脱困率"][4]), num(rate), "解困率 table = text")
    eq(num(byname["职工群众满意度"][4]), one(t, r"职工群众满意度为([\d.]+)%", "满意度"), "satisfaction")
    eq(num(byname["举办职工技能竞赛工种数"][4]), one(t, r"职工技能竞赛(\d+)个工种", "工种"), "工种")
    eq(num(byname["技能竞赛获奖职工晋升技能等级人数"][4]), one(t, r"有(\d+)人按规定晋升", "晋升"), "晋升")
    eq(num(byname["困难职工帮扶人次"][4]), one(t, r"共计(\d+)人次", "帮扶人次"), "帮扶人次")
    eq(num(byname["新建户外劳动者服务站点"][4]), one(t, r"新建站点(\d+)个", "站点"), "站点")
    tot = one(t, r"部门整体支出绩效自评得分([\d.]+)分", "total")
    eq(tot, S, "text total = table")
    eq(one(t, r"评价等级为“(.)”", "grade"), grade(tot), "grade")


CHECKS = {
    "taixing-kunnanbangfu-2022": check_taixing,
    "liling-jinqiuzhuxue-2023": check_liling,
    "jiexiu-yizhan-2021": check_jiexiu,
    "qingtongxia-liaoxiuyang-2019": check_qingtongxia,
    "qionghai-zonggonghui-bumen-2024": check_qionghai,
}


def changed_window(a, b):
    """common prefix / suffix stripped: (start, end_in_a, end_in_b)"""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check(sorted(l["case"] for l in labels) == files, "labels and case files differ")
    check(len(labels) == 35, f"{len(labels)} labels, want 35")
    codes = Counter()
    where = Counter()
    for src, eds in build.EDITS.items():
        for ed in eds:
            where[ed["where"]] += 1
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with findings")
            check(text == clean, "clean mismatch")
            continue
        check(len(lab["expected"]) == 1, f"{lab['case']}: want exactly one expected finding")
        s, ea, eb = changed_window(clean, text)
        check(0 < eb - s and ea - s <= 120 and eb - s <= 120,
              f"{lab['case']}: changed window too large or empty ({ea - s}/{eb - s} chars)")
        check(clean[s:ea].count("\n") <= 1, f"{lab['case']}: change spans more than two lines")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            v = exp["value"]
            check(exp["severity"] == "error", "severity")
            check(v in text, f"{lab['case']}: value {v!r} not in case")
            check(v not in clean, f"{lab['case']}: value {v!r} also in the clean draft")
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(any(o < eb and o + len(v) > s for o in occ), f"{lab['case']}: value does not cover the change")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} used {codes[c]} times")
    check(set(codes) <= set(CODES), f"unknown codes {set(codes) - set(CODES)}")
    check(abs(where["prose"] - where["table"]) <= 2, f"prose/table split {dict(where)}")
    # arithmetic of every clean draft
    for src, fn in CHECKS.items():
        t = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        check(3000 <= len(t) <= 4000, f"{src}: {len(t)} characters")
        before = len(FAILS)
        try:
            fn(t)
        except Exception as e:  # a pattern that no longer matches is a failure, not a crash
            import traceback
            fail(f"{type(e).__name__}: {e} at line {traceback.extract_tb(e.__traceback__)[-1].lineno}")
        for f_ in FAILS[before:]:
            FAILS[FAILS.index(f_)] = f"{src}: {f_}"
    if FAILS:
        for f_ in FAILS:
            print("FAIL", f_)
        sys.exit(1)
    print(f"{len(labels)} cases, codes {dict(sorted(codes.items()))}, split {dict(where)}")
    print("OK")


if __name__ == "__main__":
    main()
