#!/usr/bin/env python3
"""Verify the n194 set.

1. every label value occurs in its case; every error case differs from its clean draft in one place
   (one contiguous changed region) and the label value overlaps that region;
2. redo the arithmetic of every clean draft: the self-evaluation tables (funds block, weights, scores,
   completion rates, score rules, grade) and, per project, the figures in the text (sums, rates,
   balances, averages, repeated figures, years). All checks must pass on the clean drafts, and each
   error case must fail at least one of them.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
BAR = "｜"


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


class Missing(Exception):
    pass


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated is a string as written; tolerance half a unit of its last digit."""
    d = decimals(stated)
    v = Decimal(stated.strip().rstrip("%"))
    return abs(Decimal(computed) - v) <= Decimal(5) / (Decimal(10) ** (d + 1)) + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grab(text, pattern, group=1, nth=0):
    m = list(re.finditer(pattern, text))
    if len(m) <= nth:
        raise Missing(pattern)
    return m[nth].group(group)


def D(s):
    return Decimal(s.replace(",", ""))


def pct(a, b):
    return Decimal(a) / Decimal(b) * 100


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

# ---------------------------------------------------------------- table checks

NUM_UNIT = re.compile(r"^(≥|≤|＞|＜|=)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?$")


def parse_value(cell):
    cell = cell.strip()
    m = DATE.match(cell)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))), "", "lte" if m.group(4) else "eq")
    m = NUM_UNIT.match(cell)
    if m:
        sign, num, unit = m.groups()
        direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte"}.get(sign or "", "eq")
        return ("num", Decimal(num), unit.strip(), direction)
    return ("text", cell, "", None)


def table_checks(text, fails):
    lines = text.split("\n")
    exec_weight = exec_score = None
    # funds block
    for i, line in enumerate(lines):
        if line.endswith("年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分"):
            rows = []
            j = i + 1
            while j < len(lines) and BAR in lines[j] and not lines[j].startswith(("年度总体目标", "一级指标")):
                rows.append(lines[j].split(BAR))
                j += 1
            total, subs = rows[0], rows[1:]
            init, annual, spent = (D(total[k]) for k in (1, 2, 3))
            exec_weight = D(total[4])
            rate, score = total[5], total[6]
            if not close(pct(spent, annual), rate):
                fails.append(f"funds total rate {rate} vs {r2(pct(spent, annual))}")
            if Decimal(rate.rstrip("%")) > 100:
                fails.append(f"funds total rate over 100%: {rate}")
            sc1 = exec_weight * min(spent / annual, Decimal(1))
            sc2 = exec_weight * min(Decimal(rate.rstrip("%")) / 100, Decimal(1))
            if not (close(sc1, score) or close(sc2, score)):
                fails.append(f"execution score {score} vs {r2(sc1)}")
            exec_score = D(score)
            for k, label in ((1, "年初"), (2, "全年"), (3, "执行")):
                s = sum(D(r[k]) for r in subs)
                if s != D(total[k]):
                    fails.append(f"funds {label} column: parts {s} vs total {total[k]}")
            for r in subs:
                if r[5].endswith("%"):
                    if D(r[2]) == 0:
                        fails.append(f"rate {r[5]} on a zero budget in row {r[0]}")
                    elif not close(pct(D(r[3]), D(r[2])), r[5]):
                        fails.append(f"row {r[0]} rate {r[5]} vs {r2(pct(D(r[3]), D(r[2])))}")
    # indicator block
    for i, line in enumerate(lines):
        if not line.startswith("一级指标｜二级指标｜三级指标"):
            continue
        head = line.split(BAR)
        it, ia, iw, isc = (head.index(h) for h in ("年度指标值", "实际完成值", "分值", "得分"))
        ic = head.index("完成率") if "完成率" in head else None
        wsum = Decimal(0)
        ssum = Decimal(0)
        j = i + 1
        while not lines[j].startswith(("总分", "合计")):
            c = lines[j].split(BAR)
            w, s = D(c[iw]), D(c[isc])
            wsum += w
            ssum += s
            name = c[2]
            if s > w or s < 0:
                fails.append(f"score {s} outside [0, {w}] in {name}")
            t, a = parse_value(c[it]), parse_value(c[ia])
            comp = None
            if t[0] == "num" and a[0] == "num":
                if t[2] != a[2]:
                    fails.append(f"unit of actual {c[ia]} differs from target {c[it]} in {name}")
                else:
                    T, A, direction = t[1], a[1], t[3]
                    if direction == "lte":
                        comp = Decimal(1) if A <= T else T / A
                    elif direction == "eq" and T == 0:
                        comp = Decimal(1) if A <= 0 else Decimal(0)
                    else:
                        comp = A / T
                    exp = w * min(comp, Decimal(1))
                    if not close(exp, c[isc]):
                        fails.append(f"score {c[isc]} vs rule {r2(exp)} in {name}")
                    if "满意度" in name and A > 100:
                        fails.append(f"satisfaction over 100% in {name}")
            elif t[0] == "date" and a[0] == "date":
                comp = Decimal(1) if a[1] <= t[1] else Decimal(0)
                if not close(w * comp, c[isc]):
                    fails.append(f"date row score {c[isc]} in {name}")
            elif (t[0] == "num") != (a[0] == "num") and (t[0] != "text" or a[0] != "text"):
                fails.append(f"target {c[it]} and actual {c[ia]} not comparable in {name}")
            if ic is not None and c[ic].endswith("%"):
                if comp is None or (t[0] == "num" and t[3] == "eq" and t[1] == 0):
                    fails.append(f"completion {c[ic]} without a computable base in {name}")
                elif not close(comp * 100, c[ic]):
                    fails.append(f"completion {c[ic]} vs {r2(comp * 100)} in {name}")
            j += 1
        last = lines[j].split(BAR)
        wtot, stot = D(last[iw]), last[isc]
        if exec_weight is not None:
            wsum += exec_weight
            ssum += exec_score
        if wsum != 100 or wtot != 100:
            fails.append(f"weights add to {wsum} (stated {wtot})")
        if not close(ssum, stot):
            fails.append(f"scores add to {ssum}, total reads {stot}")
        if len(last) > isc + 1 and last[isc + 1].strip():
            g = GRADE_NORM.get(last[isc + 1].strip())
            if g != grade_of(stot):
                fails.append(f"table grade {last[isc + 1]} for {stot}")
        return D(stot)
    return None


def prose_grade(text, total, fails):
    for m in re.finditer(r"(?:评价等级|等级)为[“\"]?(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)", text):
        if GRADE_NORM[m.group(1)] != grade_of(total):
            fails.append(f"grade {m.group(1)} for total {total}")


def satisfaction(text, fails):
    for m in re.finditer(r"满意度[^%，。｜]{0,12}?(\d+(?:\.\d+)?)%", text):
        if D(m.group(1)) > 100:
            fails.append(f"satisfaction {m.group(1)}% over 100%")


def need(cond, msg, fails):
    if not cond:
        fails.append(msg)


def same_everywhere(text, pattern, fails, label):
    vals = {m.group(1) for m in re.finditer(pattern, text)}
    if len(vals) != 1:
        fails.append(f"{label}: values {sorted(vals)}")


def year_is(text, pattern, year, fails, label):
    for m in re.finditer(pattern, text):
        if int(m.group(1)) != year:
            fails.append(f"{label}: year {m.group(1)} in a {year} report")


def body_rate_table(text, header, cols, fails, label):
    """A body table: columns named in cols (budget, received?, spent, rate columns)."""
    lines = text.split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith(header))
    rows = []
    j = i + 1
    while j < len(lines) and BAR in lines[j]:
        rows.append(lines[j].split(BAR))
        j += 1
    body, total = rows[:-1], rows[-1]
    need(total[0] == "合计", f"{label}: no 合计 row", fails)
    for k in cols["sum"]:
        s = sum(D(r[k]) for r in body)
        need(s == D(total[k]), f"{label}: column {k} parts {s} vs 合计 {total[k]}", fails)
    for (num, den, rc) in cols["rates"]:
        for r in rows:
            ok = close(pct(D(r[num]), D(r[den])), r[rc])
            need(ok, f"{label}: {r[0]} rate {r[rc]} vs {r2(pct(D(r[num]), D(r[den])))}", fails)
            need(D(r[rc].rstrip('%')) <= 100, f"{label}: {r[0]} rate over 100%", fails)
    return rows


# ---------------------------------------------------------------- per-project checks

def p_jiaoling(t, f):
    total = table_checks(t, f)
    y0 = D(grab(t, r"年初预算(\d+\.\d+)万元"))
    prov = D(grab(t, r"省级应急广播体系建设补助资金(\d+\.\d+)万元"))
    cty0 = D(grab(t, r"县级财政资金(\d+\.\d+)万元"))
    add = D(grab(t, r"追加安排(\d+\.\d+)万元"))
    carry = D(grab(t, r"结转的省级资金(\d+\.\d+)万元"))
    annual = D(grab(t, r"全年预算(\d+\.\d+)万元"))
    prov2 = D(grab(t, r"当年省级补助(\d+\.\d+)万元"))
    cty = D(grab(t, r"当年县级资金(\d+\.\d+)万元"))
    carry2 = D(grab(t, r"上年结转资金(\d+\.\d+)万元"))
    need(y0 == prov + cty0, "年初 = 省级 + 县级", f)
    need(cty == cty0 + add, "县级 = 年初县级 + 追加", f)
    need(annual == prov2 + cty + carry2, f"全年 {annual} vs {prov2}+{cty}+{carry2}", f)
    need(prov2 == prov and carry2 == carry, "same source amounts", f)
    spent = D(grab(t, r"项目实际支出(\d+\.\d+)万元"))
    cur = D(grab(t, r"当年财政拨款支出(\d+\.\d+)万元"))
    need(close(pct(spent, annual), grab(t, r"全年预算执行率(\d+\.\d+%)")), "全年执行率", f)
    need(close(pct(cur, prov2 + cty), grab(t, r"当年财政拨款支出[\d.]+万元，执行率(\d+\.\d+%)")), "当年执行率", f)
    need(cur + carry == spent, "当年 + 结转 = 支出", f)
    need(annual - spent == D(grab(t, r"未支出的(\d+\.\d+)万元")), "未支出 = 全年 - 支出", f)
    lines = {l.split(BAR)[0]: l.split(BAR) for l in t.split("\n") if BAR in l}
    need(D(lines["年度资金总额"][2]) == annual and D(lines["年度资金总额"][3]) == spent, "table = text (funds)", f)
    need(D(lines["年度资金总额"][1]) == y0, "table 年初 = text", f)
    need(D(lines["其中：当年财政拨款"][2]) == prov2 + cty, "table 当年 = 省 + 县", f)
    need(D(grab(t, r"新建应急广播主动发布终端(\d+)套")) - 380 == D(grab(t, r"比年度目标多(\d+)套")), "392 - 380", f)
    need(grab(t, r"新建村级终端(\d+)套") == grab(t, r"主动发布终端｜≥380套｜(\d+)套"), "392 text = table", f)
    need(30 - int(grab(t, r"2022年11月(\d+)日通过竣工验收")) == int(grab(t, r"提前(\d+)天")), "days early", f)
    same_everywhere(t, r"在线率(?:为)?(\d+\.\d+)%", f, "在线率")
    same_everywhere(t, r"预警信息(\d+)次", f, "预警信息次数")
    need(grab(t, r"中标单价(\d+)元/套") == grab(t, r"｜≤4500元/套｜(\d+)元/套"), "单价 text = table", f)
    need(grab(t, r"总体满意度为(\d+\.\d+)%") == grab(t, r"群众满意度｜≥90%｜(\d+\.\d+)%"), "满意度 text = table", f)
    need(total is not None and close(total, grab(t, r"自评得分(\d+\.\d+)分")), "total text = table", f)
    prose_grade(t, total, f)
    satisfaction(t, f)
    year_is(t, r"截至(\d{4})年12月31日", 2022, f, "cut-off")
    year_is(t, r"结转至(\d{4})年", 2023, f, "carry-forward")


def p_huitong(t, f):
    total = table_checks(t, f)
    y0 = D(grab(t, r"年初预算(\d+\.\d+)万元"))
    cty = D(grab(t, r"县级财政资金(\d+\.\d+)万元"))
    adv = D(grab(t, r"省级森林防火补助资金(\d+\.\d+)万元"))
    add = D(grab(t, r"追加下达森林防火补助资金(\d+\.\d+)万元"))
    annual = D(grab(t, r"全年预算调整为(\d+\.\d+)万元"))
    cty2 = D(grab(t, r"其中县级(\d+\.\d+)万元"))
    prov = D(grab(t, r"、省级(\d+\.\d+)万元"))
    need(y0 == cty + adv, "年初 = 县 + 省提前", f)
    need(annual == y0 + add, "全年 = 年初 + 追加", f)
    need(prov == adv + add and annual == cty2 + prov and cty2 == cty, "省级 80 and 全年 = 县 + 省", f)
    spent = D(grab(t, r"项目实际支出(\d+\.\d+)万元"))
    need(close(pct(spent, annual), grab(t, r"预算执行率(\d+\.\d+%)")), "执行率", f)
    need(annual - spent == D(grab(t, r"结余(\d+\.\d+)万元")), f"结余 vs {annual - spent}", f)
    rows = body_rate_table(t, "支出用途｜", {"sum": (1, 2), "rates": ((2, 1, 3),)}, f, "用途表")
    need(D(rows[-1][1]) == annual and D(rows[-1][2]) == spent, "用途表合计 = text", f)
    scores = [D(x) for x in re.findall(r"(\d+)分、", grab(t, r"平均成绩分别为([^，。]*)")) + [grab(t, r"、(\d+)分，全年平均")]]
    need(close(sum(scores) / len(scores), grab(t, r"全年平均(\d+(?:\.\d+)?)分")), f"average of {scores}", f)
    # body completion table
    lines = t.split("\n")
    i = lines.index("指标名称｜年度目标｜实际完成｜完成率")
    j = i + 1
    while BAR in lines[j]:
        name, tg, ac, cp = lines[j].split(BAR)
        tv, av = parse_value(tg), parse_value(ac)
        need(tv[2] == av[2], f"unit {name}", f)
        comp = (Decimal(1) if av[1] <= tv[1] else tv[1] / av[1]) if tv[3] == "lte" else av[1] / tv[1]
        need(close(comp * 100, cp), f"completion {name} {cp} vs {r2(comp * 100)}", f)
        # same actual in the attached table
        need(re.search(re.escape(name) + r"｜[^｜]*｜" + re.escape(ac) + "｜", t.split("附件")[-1]) is not None,
             f"{name} actual differs between body and 自评表", f)
        j += 1
    n, ok = int(grab(t, r"全年(\d+)名队员中")), int(grab(t, r"队员中(\d+)人培训考核合格"))
    need(close(pct(ok, n), "97.78"), "44/45", f)
    pay = D(grab(t, r"队员工资及社会保险｜[\d.]+｜([\d.]+)｜"))
    need(close(pay / n, grab(t, r"人均工资及社会保险(\d+\.\d+)万元")), "工资 / 人数", f)
    need(close(pct(int(grab(t, r"流失队员(\d+)人")), n), grab(t, r"流失率(\d+\.\d+)%")), "6/45", f)
    need(int(grab(t, r"2020年的(\d+)起")) - 3 == int(grab(t, r"减少(\d+)起")), "5 - 3", f)
    need(total is not None and close(total, grab(t, r"自评得分(\d+\.\d+)分")), "total text = table", f)
    need(grab(t, r"群众满意度为(\d+\.\d+)%") == grab(t, r"群众满意度｜≥90%｜(\d+\.\d+)%"), "满意度 text = table", f)
    prose_grade(t, total, f)
    satisfaction(t, f)
    year_is(t, r"结转(\d{4})年", 2022, f, "carry-forward")


def p_yongjing(t, f):
    total = table_checks(t, f)
    annual = D(grab(t, r"项目全年预算(\d+\.\d+)万元"))
    c, p, x = (D(grab(t, r"中央水利发展资金（防汛抗旱）(\d+\.\d+)万元")),
               D(grab(t, r"省级防汛抗旱补助资金(\d+\.\d+)万元")), D(grab(t, r"县级配套资金(\d+\.\d+)万元")))
    need(annual == c + p + x, "全年 = 中央 + 省 + 县", f)
    carry = D(grab(t, r"结转的县级防汛资金(\d+\.\d+)万元"))
    y0 = D(grab(t, r"年初预算(\d+\.\d+)万元"))
    c0, p0, x0 = (D(grab(t, r"中央资金提前下达的(\d+\.\d+)万元")), D(grab(t, r"省级资金提前下达的(\d+\.\d+)万元")),
                  D(grab(t, r"县级当年安排的(\d+\.\d+)万元")))
    need(y0 == c0 + p0 + x0 + carry, "年初 = parts", f)
    need(c == c0 + D(grab(t, r"追加下达(\d+\.\d+)万元", nth=0)), "中央 = 提前 + 追加", f)
    need(p == p0 + D(grab(t, r"追加下达(\d+\.\d+)万元", nth=1)), "省级 = 提前 + 追加", f)
    need(x == x0 + carry, "县级 = 当年 + 结转", f)
    rec = D(grab(t, r"实际到位(\d+\.\d+)万元"))
    spent = D(grab(t, r"实际支出(\d+\.\d+)万元"))
    need(close(pct(rec, annual), grab(t, r"到位率(\d+\.\d+%)")), "到位率", f)
    need(close(pct(spent, annual), grab(t, r"预算执行率(\d+\.\d+%)")), "执行率", f)
    need(close(pct(spent, rec), grab(t, r"占到位资金的(\d+\.\d+%)")), "使用率 (到位 base)", f)
    need(rec - spent == D(grab(t, r"年末结余(\d+\.\d+)万元")), f"结余 vs {rec - spent}", f)
    need(x - D(grab(t, r"县级配套资金｜[\d.]+｜([\d.]+)｜")) == D(grab(t, r"有(\d+\.\d+)万元未到位")), "未到位", f)
    rows = body_rate_table(t, "资金来源｜", {"sum": (1, 2, 3), "rates": ((2, 1, 4), (3, 1, 5))}, f, "来源表")
    need(D(rows[-1][1]) == annual and D(rows[-1][2]) == rec and D(rows[-1][3]) == spent, "来源表 = text", f)
    lines = {l.split(BAR)[0]: l.split(BAR) for l in t.split("\n") if BAR in l}
    need(D(lines["年度资金总额"][1]) == y0 and D(lines["年度资金总额"][2]) == annual, "自评表 = text", f)
    need(D(lines["上年结转资金"][1]) == carry, "结转 table = text", f)
    bags = D(grab(t, r"编织袋(\d+\.\d+)万条"))
    need(bags * 10000 * D(grab(t, r"单价(\d+\.\d+)元")) / 10000 == D(grab(t, r"计(\d+\.\d+)万元")), "编织袋金额", f)
    need(grab(t, r"补充防汛编织袋｜≥2万条｜([^｜]+)｜") == f"{bags}万条", "编织袋 table = text", f)
    n_done = int(grab(t, r"实际建成(\d+)处"))
    need(close(D(grab(t, r"合计支出(\d+\.\d+)万元")) / n_done, grab(t, r"单处平均(\d+\.\d+)万元")), "单处平均", f)
    need(grab(t, r"保灌面积(\d+)亩，缓解") == grab(t, r"≥2000亩｜(\d+)亩｜"), "保灌面积 text = table", f)
    need(grab(t, r"正常运行率(\d+\.\d+)%") == grab(t, r"≥95%｜(\d+\.\d+)%"), "运行率 text = table", f)
    need(total is not None and close(total, grab(t, r"总得分(\d+\.\d+)分")), "total text = table", f)
    prose_grade(t, total, f)
    satisfaction(t, f)
    year_is(t, r"截至(\d{4})年12月31日", 2019, f, "cut-off")
    year_is(t, r"于(\d{4})年\d+月追加下达", 2019, f, "追加下达")
    year_is(t, r"（(\d{4})年12月下达）", 2018, f, "December advance")


def p_hedong(t, f):
    total = table_checks(t, f)
    y0, b0, p0 = (D(grab(t, r"年初预算(\d+\.\d+)万元")), D(grab(t, r"其中基本支出(\d+\.\d+)万元", nth=0)),
                  D(grab(t, r"、项目支出(\d+\.\d+)万元", nth=0)))
    need(y0 == b0 + p0, "年初 = 基本 + 项目", f)
    ba, pa = D(grab(t, r"追加基本支出(\d+\.\d+)万元")), D(grab(t, r"追加项目支出(\d+\.\d+)万元"))
    annual = D(grab(t, r"全年预算调整为(\d+\.\d+)万元"))
    b1, p1 = D(grab(t, r"其中基本支出(\d+\.\d+)万元", nth=1)), D(grab(t, r"、项目支出(\d+\.\d+)万元", nth=1))
    need(b1 == b0 + ba and p1 == p0 + pa and annual == b1 + p1, "adjusted budget", f)
    spent = D(grab(t, r"全年实际支出(\d+\.\d+)万元"))
    bs, ps = D(grab(t, r"其中基本支出(\d+\.\d+)万元，主要")), D(grab(t, r"项目支出(\d+\.\d+)万元，分项目"))
    need(spent == bs + ps, "支出 = 基本 + 项目", f)
    need(close(pct(spent, annual), grab(t, r"部门预算执行率(\d+\.\d+%)")), "执行率", f)
    rows = body_rate_table(t, "项目名称｜年初预算｜全年预算｜执行数", {"sum": (1, 2, 3), "rates": ()}, f, "项目表")
    need(D(rows[-1][1]) == p0 and D(rows[-1][2]) == p1 and D(rows[-1][3]) == ps, "项目表合计 = text", f)
    lines = {l.split(BAR)[0]: l.split(BAR) for l in t.split("\n") if BAR in l}
    need([D(x) for x in lines["其中：基本支出"][1:4]] == [b0, b1, bs], "table 基本 = text", f)
    need([D(x) for x in lines["项目支出"][1:4]] == [p0, p1, ps], "table 项目 = text", f)
    q = [int(x) for x in re.findall(r"(\d+)家次", grab(t, r"季度检查生产经营单位([^，]*)，合计"))]
    tot_q = int(grab(t, r"合计(\d+)家次"))
    need(sum(q) == tot_q and len(q) == 4, f"quarters {q} vs {tot_q}", f)
    need(close(Decimal(sum(q)) / 4, grab(t, r"季度平均(\d+)家次")), "quarter average", f)
    need(grab(t, r"执法检查｜≥1200家次｜(\d+)家次") == str(tot_q), "检查 table = text", f)
    cases, ontime = int(grab(t, r"违法案件(\d+)起")), int(grab(t, r"按期办结(\d+)起"))
    need(close(pct(ontime, cases), grab(t, r"按期办结率(\d+\.\d+)%")), "按期办结率", f)
    need(cases - ontime == int(grab(t, r"另(\d+)起")), "超期起数", f)
    need(close(D(grab(t, r"共培训(\d+)人次")) / D(grab(t, r"培训班(\d+)期")), grab(t, r"平均每期(\d+)人次")), "每期平均", f)
    s3, last = D(grab(t, r"“三公”经费支出(\d+\.\d+)万元")), D(grab(t, r"较上年(\d+\.\d+)万元"))
    need(close(pct(last - s3, last), grab(t, r"下降(\d+\.\d+)%")), "三公 drop", f)
    need(D(grab(t, r"≤28\.50万元｜(\d+(?:\.\d+)?)万元")) == s3, "三公 table = text", f)
    need(D(grab(t, r"执法装备，支出(\d+(?:\.\d+)?)万元")) == D(grab(t, r"≤86\.00万元｜(\d+\.\d+)万元")), "装备 text = table", f)
    need(grab(t, r"满意度为(\d+\.\d+)%") == grab(t, r"满意度｜≥90%｜(\d+\.\d+)%"), "满意度 text = table", f)
    need(close(total, grab(t, r"综合得分(\d+\.\d+)分")), "total text = table", f)
    need(close(lines["年度资金总额"][6], grab(t, r"预算执行率得(\d+\.\d+)分")), "exec score text = table", f)
    prod = [D(l.split(BAR)[6]) for l in t.split("\n") if l.startswith("产出指标｜")]
    need(close(sum(prod), grab(t, r"产出指标得(\d+\.\d+)分")), "产出 score text = table", f)
    row = next(l.split(BAR) for l in t.split("\n") if "按期办结率｜" in l)
    need(close(D(row[5]) - D(row[6]), grab(t, r"扣(\d+\.\d+)分")), "deduction", f)
    prose_grade(t, total, f)
    satisfaction(t, f)


def p_laian(t, f):
    y0 = D(grab(t, r"年初预算(\d+\.\d+)万元"))
    add = D(grab(t, r"自然灾害救灾资金(\d+\.\d+)万元"))
    annual = D(grab(t, r"全年预算调整为(\d+\.\d+)万元"))
    need(annual == y0 + add, "全年 = 年初 + 追加", f)
    rec = D(grab(t, r"实际到位(\d+\.\d+)万元"))
    need(close(pct(rec, annual), grab(t, r"到位率(\d+%)")), "到位率", f)
    spent = D(grab(t, r"全年实际支出(\d+\.\d+)万元"))
    rate = grab(t, r"全年实际支出[\d.]+万元，预算执行率(\d+\.\d+%)")
    need(close(pct(spent, annual), rate), "执行率", f)
    need(grab(t, r"全年预算执行率(\d+\.\d+%)") == rate, "执行率 twice", f)
    parts = [D(grab(t, p)) for p in (r"其中物资采购(\d+\.\d+)万元", r"仓储管理及物资轮换(\d+\.\d+)万元",
                                     r"信息化管理系统建设(\d+\.\d+)万元")]
    need(sum(parts) == spent, f"parts {sum(parts)} vs spent {spent}", f)
    need(rec - spent == D(grab(t, r"年末结余(\d+\.\d+)万元")), "结余", f)
    need(D(grab(t, r"采购支出共计(\d+\.\d+)万元")) == parts[0], "物资采购 twice", f)
    items = [int(x) for x in re.findall(r"(\d+)(?:顶|张|床|台)", grab(t, r"新增(帐篷[^，]*)，合计"))]
    need(sum(items) == int(grab(t, r"合计(\d+)件（套）")), f"items {items}", f)
    hrs = [int(x) for x in re.findall(r"(\d+)小时", grab(t, r"分别用时([^，]*)，平均"))]
    need(close(Decimal(sum(hrs)) / len(hrs), grab(t, r"平均(\d+)小时")), "平均用时", f)
    cap, target = D(grab(t, r"紧急转移安置(\d+)人的基本生活需要，完成率")), D(grab(t, r"未达到(\d+)人的目标"))
    comp = grab(t, r"完成率(\d+\.\d+)%")
    need(close(pct(cap, target), comp), "完成率", f)
    need(close(10 * cap / target, grab(t, r"得(\d+\.\d+)分（分值10分）。\n3")), "安置 score", f)
    # weights: first-level in the method paragraph, third-level in section 四
    w = {k: D(grab(t, k + r"(\d+)分")) for k in ("预算执行率", "产出指标", "效益指标", "满意度指标")}
    need(sum(w.values()) == 100, f"weights {w}", f)
    sec = t.split("（二）产出指标")[1].split("（三）效益指标")[0]
    need(len(re.findall(r"分值10分", sec)) * 10 == w["产出指标"], "产出 item weights", f)
    sec2 = t.split("（三）效益指标")[1].split("（四）满意度指标")[0]
    need(len(re.findall(r"分值10分", sec2)) * 10 == w["效益指标"], "效益 item weights", f)
    sec_sat = t.split("（四）满意度指标")[1].split("五、")[0]
    need(len(re.findall(r"分值10分", sec_sat)) * 10 == w["满意度指标"], "满意度 item weights", f)
    out_items = [D(x) for x in re.findall(r"得(\d+(?:\.\d+)?)分（分值10分）", sec)]
    ben_items = [D(x) for x in re.findall(r"得(\d+(?:\.\d+)?)分（分值10分）", sec2)]
    sat_items = [D(x) for x in re.findall(r"得(\d+(?:\.\d+)?)分（分值10分）", sec_sat)]
    need(all(x <= 10 for x in out_items + ben_items + sat_items), "item score above weight", f)
    need(sum(out_items) == D(grab(t, r"产出指标合计得(\d+)分")), "产出 items sum", f)
    ex = grab(t, r"得(\d+\.\d+)分。\n（二）")
    need(close(10 * spent / annual, ex), "execution score", f)
    summ = grab(t, r"各部分得分为：([^。]*)。")
    parts_s = [D(grab(summ, p)) for p in (r"预算执行(\d+\.\d+)分", r"产出指标(\d+(?:\.\d+)?)分", r"效益指标(\d+(?:\.\d+)?)分",
                                          r"满意度指标(\d+(?:\.\d+)?)分")]
    need(parts_s == [D(ex), sum(out_items), sum(ben_items), sum(sat_items)], f"section scores {parts_s}", f)
    total = grab(t, r"综合得分(\d+\.\d+)分")
    need(close(sum(parts_s), total), f"total {total} vs {sum(parts_s)}", f)
    prose_grade(t, total, f)
    satisfaction(t, f)
    year_is(t, r"截至(\d{4})年12月31日", 2024, f, "cut-off")
    year_is(t, r"省级于(\d{4})年9月", 2024, f, "追加")


CHECKS = {
    "jiaoling-yingjiguangbo-2022": p_jiaoling,
    "huitong-senlinxiaofang-2021": p_huitong,
    "yongjing-fangxun-2019": p_yongjing,
    "tj-hedong-yingjiju-2023": p_hedong,
    "laian-yingjiwuzi-2024": p_laian,
}


def run_checks(source, text):
    fails = []
    try:
        CHECKS[source](text, fails)
    except Missing as exc:
        fails.append(f"figure not found: {exc}")
    except (ValueError, ArithmeticError, IndexError, KeyError, StopIteration) as exc:
        fails.append(f"{type(exc).__name__}: {exc}")
    return fails


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    codes = {}
    for rec in labels:
        text = read(rec["case"])
        src = rec["source"]
        if rec["clean"]:
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{rec['case']}: {n} characters")
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            fails = run_checks(src, text)
            for msg in fails:
                problems.append(f"{rec['case']}: {msg}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected one label")
        clean = read(f"{src}-clean.txt")
        s, e_clean, e_case = changed_region(clean, text)
        if e_case <= s and e_clean <= s:
            problems.append(f"{rec['case']}: identical to the clean draft")
        if max(e_clean, e_case) - s > 120:
            problems.append(f"{rec['case']}: changed region too long ({max(e_clean, e_case) - s})")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{rec['case']}: value {v!r} not found")
            elif not any(o < max(e_case, s + 1) and s < o + len(v) for o in occ):
                problems.append(f"{rec['case']}: value {v!r} does not cover the change at {s}")
            if exp["severity"] != "error":
                problems.append(f"{rec['case']}: severity {exp['severity']}")
        if not run_checks(src, text):
            problems.append(f"{rec['case']}: the arithmetic checks do not catch the injected error")
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in wanted:
        if codes.get(c, 0) < 2:
            problems.append(f"code {c} occurs {codes.get(c, 0)} times")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(labels)} cases, {sum(codes.values())} labelled errors, codes: "
          + ", ".join(f"{c}={codes.get(c, 0)}" for c in wanted))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
