#!/usr/bin/env python3
"""Verify set n165.

1. every label value occurs in its case, and (for error cases) not in the clean draft;
2. every error case differs from its clean draft in one place (one short window) that the value overlaps;
3. every case is 3,000-5,000 characters;
4. the arithmetic of every clean draft is redone from its text: the 自评表 (funds block, weights, scores,
   score rules, completion column, total, grade) and the figures of the prose (sums, rates, balances,
   averages, completion rates, years, same value in text and table).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, approx=False):
    """stated: the figure as written; computed: Decimal. Tolerance = half a unit of the last digit."""
    tol = D(5) * D(10) ** (-(ndec(stated) + 1))
    if approx:
        tol *= 2
    return abs(dec(stated) - computed) <= tol + D("1e-9")


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def grab(text, pattern, src, what):
    m = re.search(pattern, text)
    if not m:
        fail(f"{src}: pattern for {what} not found: {pattern}")
        return None
    return m.groups()


def check(cond, src, what):
    if not cond:
        fail(f"{src}: {what}")


# ---------------------------------------------------------------- table parsing
def table_rows(text, layout):
    start = text.index("项目资金（万元）")
    part = text[start:]
    rows = []
    if layout == "tab":
        rows = [ln.split("\t") for ln in part.split("\n") if ln.strip()]
    elif layout == "flat":
        block = []
        for ln in (part.split("\n")):
            if ln.startswith("\t"):
                block.append(ln[1:])
            elif ln.strip() == "":
                if block:
                    rows.append(block)
                block = []
            else:  # the first line (no tab) is a cell too
                block.append(ln.strip())
        if block:
            rows.append(block)
    elif layout == "space":
        rows = [ln.split(" ") for ln in part.split("\n") if ln.strip()]
    elif layout == "full":
        rows = [ln.split("｜") for ln in part.split("\n") if ln.strip()]
    elif layout == "pipe":
        for ln in part.split("\n"):
            ln = ln.strip()
            if ln.startswith("|"):
                rows.append([c.strip() for c in ln.strip("|").split("|")])
    return [[c.strip() for c in r] for r in rows]


NUM = re.compile(r"^-?\d+(?:\.\d+)?%?$")


def is_num(c):
    return bool(NUM.match(c))


def parse_table(text, layout, src):
    rows = table_rows(text, layout)
    funds = {}
    ind, header, total_row = [], None, None
    for r in rows:
        cells = [c for c in r]
        first = next((c for c in cells if c), "")
        if first in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            vals = [c for c in cells[cells.index(first) + 1:] if c != ""]
            funds[first] = vals[:6]
        elif first == "一级指标":
            header = [c for c in cells if c]
        elif first == "总分":
            total_row = [c for c in cells if c and c != "总分"]
        elif header is not None and total_row is None:
            cs = list(cells)
            while cs and cs[-1] == "":
                cs.pop()
            if len(cs) < 4:
                continue
            reason = ""
            if not is_num(cs[-1]):
                reason = cs.pop()
            score, weight = cs.pop(), cs.pop()
            completion = cs.pop() if "完成率" in header else None
            actual, target, name = cs.pop(), cs.pop(), cs.pop()
            ind.append(dict(name=name, target=target, actual=actual, completion=completion,
                            weight=weight, score=score, reason=reason))
    return funds, header, ind, total_row


QTY = re.compile(r"^(≥|≤|＞|＜|=)?(\d+(?:\.\d+)?)(.*)$")


def check_table(text, layout, src):
    funds, header, ind, total_row = parse_table(text, layout, src)
    out = {}
    tot = funds.get("年度资金总额")
    check(tot is not None and len(tot) == 6, src, f"funds row not parsed: {tot}")
    initial, annual, spent, w_exec, rate, s_exec = tot
    out.update(initial=dec(initial), annual=dec(annual), spent=dec(spent), rate=rate, exec_score=s_exec)
    # components add to the total in each money column
    comps = [funds.get(k) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    check(all(c is not None for c in comps), src, "component rows missing")
    for col in range(3):
        ssum = sum(dec(c[col]) for c in comps)
        check(ssum == dec(tot[col]), src, f"funds column {col}: components {ssum} != total {tot[col]}")
    for c in comps:
        check(c[3:] == ["—", "—", "—"], src, f"component row shows a rate/score: {c}")
    out["carry_in"] = dec(funds["上年结转资金"][1])
    # execution rate and score
    r = dec(spent) / dec(annual) * 100
    check(close(rate.rstrip("%"), r), src, f"execution rate {rate} vs {r:.4f}")
    check(w_exec == "10", src, "execution weight is not 10")
    sc1 = 10 * min(r, D(100)) / 100
    sc2 = 10 * min(dec(rate.rstrip("%")), D(100)) / 100
    check(close(s_exec, sc1) or close(s_exec, sc2), src, f"execution score {s_exec}")
    # indicators
    check(len(ind) >= 8, src, f"only {len(ind)} indicator rows parsed")
    wsum = D(w_exec) + sum(dec(i["weight"]) for i in ind)
    ssum = dec(s_exec) + sum(dec(i["score"]) for i in ind)
    check(wsum == 100, src, f"weights add to {wsum}")
    check(total_row is not None and total_row[0] == "100", src, f"总分 row {total_row}")
    total = total_row[1]
    check(ssum == dec(total), src, f"scores add to {ssum}, total {total}")
    for i in ind:
        w, s = dec(i["weight"]), dec(i["score"])
        check(D(0) <= s <= w, src, f"score out of range in {i['name']}")
        mt, ma = QTY.match(i["target"]), QTY.match(i["actual"])
        if mt and ma:
            sign, t, tu = mt.group(1) or "=", dec(mt.group(2)), mt.group(3)
            a, au = dec(ma.group(2)), ma.group(3)
            check(tu == au, src, f"units differ in {i['name']}: {i['target']} / {i['actual']}")
            if t == 0:
                exp_score, comp = (w if a <= 0 else D(0)), None
            elif sign in ("≤", "＜"):
                comp = D(100) if a <= t else t / a * 100
                exp_score = w if a <= t else w * t / a
            else:
                comp = a / t * 100
                exp_score = w * min(a / t, D(1))
            check(close(i["score"], exp_score), src, f"score rule in {i['name']}: {s} vs {exp_score:.4f}")
            if i["completion"] is not None:
                check(comp is not None and close(i["completion"].rstrip("%"), comp), src,
                      f"completion column in {i['name']}: {i['completion']} vs {comp}")
            if a != t and comp is not None and (comp < 100 or comp > 120):
                check(i["reason"] != "", src, f"deviation without reason in {i['name']}")
        else:  # qualitative: score within the weight, a reason when not full
            check(s == w or i["reason"] != "", src, f"qualitative row {i['name']} lost points without reason")
    out["total"] = dec(total)
    out["ind"] = {i["name"]: i for i in ind}
    # grade mentions anywhere in the text fit the band of the total
    grades = re.findall(r"评价等级(?:为|｜)?[“\"]?(优|良|中|差)", text)
    check(len(grades) >= 1, src, "no grade stated")
    for g in grades:
        check(g == grade_of(dec(total)), src, f"grade {g} for total {total}")
    # every total stated in the prose equals the table total
    for m in re.finditer(r"(?:自评得分|综合评分|绩效自评得分)(\d+\.\d+)分", text):
        check(dec(m.group(1)) == dec(total), src, f"prose total {m.group(1)} vs table {total}")
    return out


def same(src, what, a, b):
    check(dec(a) == dec(b) if isinstance(a, str) else a == b, src, f"{what}: {a} vs {b}")


# ---------------------------------------------------------------- per-project prose arithmetic
def p_fengjie(t, tb, src):
    g = grab(t, r"年初预算([\d,.]+)万元", src, "initial")
    same(src, "initial", dec(g[0]), tb["initial"])
    g = grab(t, r"全年预算调整为([\d,.]+)万元，其中当年财政拨款([\d,.]+)万元（中央补助([\d,.]+)万元、市级补助([\d,.]+)万元、"
                r"县级配套([\d,.]+)万元），2021年结转资金([\d,.]+)万元", src, "budget")
    a, b, c, d, e, f = map(dec, g)
    check(a == b + f and b == c + d + e and a == tb["annual"] and f == tb["carry_in"], src, "budget composition")
    g = grab(t, r"全年执行([\d,.]+)万元，预算执行率([\d.]+)%", src, "spent")
    check(dec(g[0]) == tb["spent"] and g[1] + "%" == tb["rate"], src, "prose spent/rate vs table")
    check(close(g[1], tb["spent"] / tb["annual"] * 100), src, "prose rate")
    g = grab(t, r"发放城市低保金([\d,.]+)万元、农村低保金([\d,.]+)万元", src, "parts")
    city, rural = map(dec, g)
    check(city + rural == tb["spent"], src, "city + rural != spent")
    g = grab(t, r"全年月均保障城市低保对象([\d,]+)人、农村低保对象([\d,]+)人", src, "persons")
    pc, pr = map(dec, g)
    check(tb["ind"]["城市低保保障人数"]["actual"] == f"{pc}人" and tb["ind"]["农村低保保障人数"]["actual"] == f"{pr}人",
          src, "persons text vs table")
    g = grab(t, r"月人均补差分别约为(\d+)元、(\d+)元", src, "per capita")
    check(close(g[0], city * 10000 / pc / 12, approx=True) and close(g[1], rural * 10000 / pr / 12, approx=True),
          src, "monthly per-capita amounts")
    g = grab(t, r"月均保障城乡低保对象([\d,]+)人", src, "all persons")
    check(dec(g[0]) == pc + pr, src, "persons sum")
    g = grab(t, r"未支出的([\d,.]+)万元", src, "balance")
    check(dec(g[0]) == tb["annual"] - tb["spent"], src, "balance")
    g = grab(t, r"结转至(\d{4})年", src, "carry year")
    check(g[0] == "2023", src, "carry-forward year")
    g = grab(t, r"2021年该项目全年预算([\d,.]+)万元，执行([\d,.]+)万元，执行率([\d.]+)%，结转资金([\d,.]+)万元", src, "2021")
    b21, s21, r21, c21 = g
    check(close(r21, dec(s21) / dec(b21) * 100), src, "2021 rate")
    check(dec(c21) == dec(b21) - dec(s21) == tb["carry_in"], src, "2021 carry-over")
    g = grab(t, r"抽查低保档案(\d+)户", src, "sample")
    n = dec(g[0])
    g = grab(t, r"认定准确的(\d+)户，低保对象认定准确率([\d.]+)%", src, "accuracy")
    check(close(g[1], dec(g[0]) / n * 100), src, "accuracy rate")
    k = grab(t, r"对发现的(\d+)户", src, "inaccurate")
    check(dec(k[0]) == n - dec(g[0]), src, "inaccurate households")
    g = grab(t, r"动态调整及时率(\d+)%，完成年度指标值的([\d.]+)%", src, "completion")
    check(close(g[1], dec(g[0]) / 95 * 100), src, "completion 92/95")
    g = grab(t, r"满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，平均满意度([\d.]+)%", src, "satisfaction")
    check(close(g[3], (dec(g[0]) + dec(g[1]) + dec(g[2])) / 3), src, "average satisfaction")
    check(tb["ind"]["低保对象满意度"]["actual"] == g[3] + "%", src, "satisfaction text vs table")
    g = grab(t, r"扣减([\d.]+)分", src, "deduction")
    row = tb["ind"]["低保对象动态调整及时率"]
    check(dec(g[0]) == dec(row["weight"]) - dec(row["score"]), src, "deduction")
    check("（2022年度）" in t, src, "table year")


def p_yingshang(t, tb, src):
    g = grab(t, r"年初预算([\d,.]+)万元，年中追加省级补助资金([\d,.]+)万元，全年预算([\d,.]+)万元，其中省级资金([\d,.]+)万元、"
                r"县级资金([\d,.]+)万元", src, "budget")
    a, b, c, d, e = map(dec, g)
    check(a + b == c == d + e and a == tb["initial"] and c == tb["annual"], src, "budget composition")
    g = grab(t, r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%", src, "spent")
    check(dec(g[0]) == tb["spent"] and g[1] + "%" == tb["rate"], src, "prose spent/rate vs table")
    g = grab(t, r"困难残疾人生活补贴([\d,.]+)万元，月均发放([\d,]+)人；发放重度残疾人护理补贴([\d,.]+)万元，月均发放([\d,]+)人", src, "parts")
    live, pl, care, pc = map(dec, g)
    check(live + care == tb["spent"], src, "parts sum")
    check(live * 10000 == pl * 80 * 12 and care * 10000 == pc * 80 * 12, src, "persons x 80元 x 12")
    check(tb["ind"]["困难残疾人生活补贴月均发放人数"]["actual"] == f"{pl}人"
          and tb["ind"]["重度残疾人护理补贴月均发放人数"]["actual"] == f"{pc}人", src, "persons text vs table")
    for m in re.finditer(r"护理补贴月均发放([\d,]+)人", t):
        check(dec(m.group(1)) == pc, src, "护理 persons restated")
    g = grab(t, r"一至四季度分别发放([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，季度平均([\d.]+)万元", src, "quarters")
    q = list(map(dec, g[:4]))
    check(sum(q) == care, src, "quarters sum")
    check(close(g[4], sum(q) / 4), src, "quarter average")
    g = grab(t, r"结余资金([\d.]+)万元", src, "balance")
    check(dec(g[0]) == tb["annual"] - tb["spent"], src, "balance")
    g = grab(t, r"按月发放及时率([\d.]+)%，为年度指标值的([\d.]+)%", src, "completion")
    check(close(g[1], dec(g[0]) / 98 * 100), src, "completion 91.7/98")
    check(tb["ind"]["补贴按月发放及时率"]["actual"] == g[0] + "%", src, "timeliness text vs table")
    g = grab(t, r"受益残疾人满意度([\d.]+)%", src, "satisfaction")
    check(tb["ind"]["受益残疾人满意度"]["actual"] == g[0] + "%", src, "satisfaction text vs table")
    check("无上年结转和其他资金" in t and tb["carry_in"] == 0, src, "no carry-over")
    check("（2023年度）" in t, src, "table year")


def p_zhushan(t, tb, src):
    g = grab(t, r"年初预算([\d,.]+)万元，年中追加([\d,.]+)万元，全年预算([\d,.]+)万元，其中中央资金([\d,.]+)万元、省级资金([\d,.]+)万元、"
                r"县级资金([\d,.]+)万元", src, "budget")
    a, b, c, d, e, f = map(dec, g)
    check(a + b == c == d + e + f and a == tb["initial"] and c == tb["annual"], src, "budget composition")
    g = grab(t, r"全年支出([\d,.]+)万元，其中基本生活费([\d,.]+)万元、照料护理费([\d,.]+)万元、供养服务机构运转及设施维修([\d,.]+)万元",
             src, "spent")
    s, x, y, z = map(dec, g)
    check(s == tb["spent"] and x + y + z == s, src, "spending parts")
    g = grab(t, r"结余([\d,.]+)万元", src, "balance")
    check(dec(g[0]) == tb["annual"] - tb["spent"], src, "balance")
    g = grab(t, r"已结转(\d{4})年使用", src, "carry year")
    check(g[0] == "2020", src, "carry-forward year")
    g = grab(t, r"年末集中供养特困人员([\d,]+)人，分散供养([\d,]+)人", src, "persons")
    check(tb["ind"]["集中供养人数"]["actual"] == f"{dec(g[0])}人" and tb["ind"]["分散供养人数"]["actual"] == f"{dec(g[1])}人",
          src, "persons text vs table")
    g = grab(t, r"全年12个月中有(\d+)个月.*?发放及时率([\d.]+)%", src, "timeliness")
    check(close(g[1], (12 - dec(g[0])) / 12 * 100), src, "11/12 months")
    check(tb["ind"]["供养金按月发放及时率"]["actual"] == g[1] + "%", src, "timeliness text vs table")
    for name, pat in (("生活不能自理特困人员集中供养率", r"集中供养率([\d.]+)%，未达到"),
                      ("护理人员配比达标率", r"配比达标率([\d.]+)%"),
                      ("供养对象满意度", r"满意度([\d.]+)%，低于")):
        g = grab(t, pat, src, name)
        check(tb["ind"][name]["actual"] == g[0] + "%", src, f"{name} text vs table")
    check("2019年度项目支出绩效自评表" in t, src, "table year")


def p_kuqa(t, tb, src):
    g = grab(t, r"年初预算([\d,.]+)万元，其中2023年12月提前下达中央资金([\d,.]+)万元、自治区资金([\d,.]+)万元、市级配套([\d,.]+)万元；"
                r"年内追加中央资金([\d,.]+)万元、自治区资金([\d,.]+)万元，全年预算([\d,.]+)万元", src, "budget")
    a, b, c, d, e, f, h = map(dec, g)
    check(a == b + c + d and h == a + e + f and a == tb["initial"] and h == tb["annual"], src, "budget composition")
    g = grab(t, r"累计实施临时救助([\d,]+)人次，支出([\d,.]+)万元，预算执行率([\d.]+)%", src, "spent")
    n, s, r = dec(g[0]), dec(g[1]), g[2]
    check(s == tb["spent"] and r + "%" == tb["rate"], src, "prose spent/rate vs table")
    g = grab(t, r"急难型临时救助([\d,]+)人次、支出([\d,.]+)万元，支出型临时救助([\d,]+)人次、支出([\d,.]+)万元，人均救助水平([\d,]+)元",
             src, "parts")
    n1, s1, n2, s2, avg = map(dec, g)
    check(n1 + n2 == n and s1 + s2 == s, src, "parts sum")
    check(close(g[4].replace(",", ""), s * 10000 / n), src, "per-capita assistance")
    check(tb["ind"]["人均救助水平"]["actual"] == f"{avg}元" and tb["ind"]["临时救助人次"]["actual"] == f"{n}人次",
          src, "text vs table")
    g = grab(t, r"未支出的([\d,.]+)万元", src, "balance")
    check(dec(g[0]) == tb["annual"] - tb["spent"], src, "balance")
    g = grab(t, r"已结转(\d{4})年", src, "carry year")
    check(g[0] == "2025", src, "carry-forward year")
    g = grab(t, r"截至(\d{4})年12月31日", src, "cut-off year")
    check(g[0] == "2024", src, "cut-off year")
    g = grab(t, r"完成年度目标的([\d.]+)%", src, "completion")
    check(close(g[0], n / 8000 * 100), src, "completion 7426/8000")
    g = grab(t, r"审核审批准确的(\d+)份，准确率(\d+)%", src, "accuracy")
    m = grab(t, r"临时救助档案(\d+)份", src, "sample")
    check(close(g[1], dec(g[0]) / dec(m[0]) * 100), src, "accuracy 298/310")
    g = grab(t, r"比年度指标值高([\d.]+)%", src, "deviation")
    check(close(g[0], (avg - 1000) / 1000 * 100), src, "deviation +20.2%")
    g = grab(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分", src, "levels")
    e_, o_, b_, s_ = map(dec, g)
    check(e_ == dec(tb["exec_score"]), src, "exec score text vs table")
    names = list(tb["ind"])
    out_rows = [tb["ind"][k] for k in names[:5]]
    ben_rows = [tb["ind"][k] for k in names[5:8]]
    sat_rows = [tb["ind"][k] for k in names[8:]]
    check(o_ == sum(dec(i["score"]) for i in out_rows), src, "产出 level score")
    check(b_ == sum(dec(i["score"]) for i in ben_rows), src, "效益 level score")
    check(s_ == sum(dec(i["score"]) for i in sat_rows), src, "满意度 level score")
    check(e_ + o_ + b_ + s_ == tb["total"], src, "level scores add to total")
    g = grab(t, r"满意度(\d+)%，略低于", src, "satisfaction")
    check(tb["ind"]["救助对象满意度"]["actual"] == g[0] + "%", src, "satisfaction text vs table")
    check("（2024年度）" in t, src, "table year")


def p_shaowu(t, tb, src):
    g = grab(t, r"年初预算([\d,.]+)万元，年中追加省级居家养老服务补助([\d,.]+)万元，全年预算([\d,.]+)万元，其中省级补助([\d,.]+)万元、"
                r"南平市级补助([\d,.]+)万元、市本级资金([\d,.]+)万元", src, "budget")
    a, b, c, d, e, f = map(dec, g)
    check(a + b == c == d + e + f and a == tb["initial"] and c == tb["annual"], src, "budget composition")
    check("预算0万元，未发生支出" in t and tb["carry_in"] == 0, src, "zero other funds")
    g = grab(t, r"全年支出([\d,.]+)万元", src, "spent")
    s = dec(g[0])
    check(s == tb["spent"], src, "spent text vs table")
    g = grab(t, r"政府购买居家养老服务([\d.]+)万元，为([\d,]+)名.*?每人每年([\d,]+)元", src, "service")
    p1, n1, u1 = map(dec, g)
    check(p1 * 10000 == n1 * u1, src, "purchase = persons x 1200")
    g = grab(t, r"运营补贴([\d.]+)万元，对(\d+)个农村幸福院每个补助([\d.]+)万元", src, "stations")
    p2, n2, u2 = map(dec, g)
    check(p2 == n2 * u2, src, "stations")
    g = grab(t, r"新建社区居家养老服务照料中心([\d.]+)万元，4个照料中心分别投入([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，"
                r"平均每个([\d.]+)万元", src, "centres")
    p3 = dec(g[0])
    parts = list(map(dec, g[1:5]))
    check(sum(parts) == p3 and close(g[5], p3 / 4), src, "centres sum / average")
    g = grab(t, r"适老化改造([\d.]+)万元，户均补助([\d,]+)元", src, "retrofit")
    p4, u4 = map(dec, g)
    check(p1 + p2 + p3 + p4 == s, src, "four parts add to spent")
    g = grab(t, r"完成特殊困难老年人家庭适老化改造(\d+)户，完成年度目标任务(\d+)户的([\d.]+)%，其余(\d+)户", src, "retrofit count")
    done, tgt, comp, rest = g
    check(p4 * 10000 == dec(done) * u4, src, "retrofit money = households x 4000")
    check(close(comp, dec(done) / dec(tgt) * 100) and dec(rest) == dec(tgt) - dec(done), src, "retrofit completion")
    check(tb["ind"]["特殊困难老年人家庭适老化改造户数"]["actual"] == f"{done}户", src, "retrofit text vs table")
    g = grab(t, r"\| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| (\d+)% \|", src, "funds table")
    bud, rec, sp, bal, rr = g
    check(dec(bud) == tb["annual"] and dec(sp) == s, src, "funds table vs self-evaluation table")
    check(dec(bal) == dec(rec) - dec(sp), src, "balance = received - spent")
    check(close(rr, dec(rec) / dec(bud) * 100), src, "到位率")
    g = grab(t, r"(\d+)个农村幸福院中(\d+)个正常运营，运营率([\d.]+)%", src, "stations running")
    check(close(g[2], dec(g[1]) / dec(g[0]) * 100), src, "running rate")
    check(tb["ind"]["农村幸福院正常运营率"]["actual"] == g[2] + "%", src, "running rate text vs table")
    g = grab(t, r"(\d+)个幸福院因场地问题暂停运营", src, "stopped")
    check(int(g[0]) == 32 - 30, src, "stopped stations")
    g = grab(t, r"满意度分别为([\d.]+)%、([\d.]+)%，综合满意度([\d.]+)%", src, "satisfaction")
    check(close(g[2], (dec(g[0]) + dec(g[1])) / 2), src, "satisfaction mean (equal samples)")
    check(tb["ind"]["服务对象满意度"]["actual"] == g[2] + "%", src, "satisfaction text vs table")
    g = grab(t, r"项目总体完成及时率(\d+)%", src, "timeliness")
    check(tb["ind"]["项目完成及时率"]["actual"] == g[0] + "%", src, "timeliness text vs table")
    check("项目支出绩效自评表（2021年度）" in t, src, "table year")


PROJECTS = {
    "fengjie-dibao-2022": ("tab", p_fengjie),
    "yingshang-liangbu-2023": ("flat", p_yingshang),
    "zhushan-tekun-2019": ("space", p_zhushan),
    "kuqa-linshijiuzhu-2024": ("full", p_kuqa),
    "shaowu-homecare-2021": ("pipe", p_shaowu),
}

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def diff_window(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    listed = set(texts)
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    check(listed == on_disk, "set", f"cases on disk and in labels differ: {sorted(listed ^ on_disk)}")

    counts = {c: 0 for c in CODES}
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = texts[name]
        check(3000 <= len(text) <= 5000, name, f"length {len(text)}")
        if rec["clean"]:
            check(rec["expected"] == [], name, "clean case with expected findings")
            continue
        clean = texts[f"{src}-clean.txt"]
        check(len(rec["expected"]) == 1, name, "not exactly one label")
        for exp in rec["expected"]:
            check(exp["code"] in CODES and exp["severity"] == "error", name, f"bad code/severity {exp}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            check(v in text, name, f"value not in case: {v!r}")
            check(v not in clean, name, f"value also in the clean draft: {v!r}")
            s, e_clean, e_err = diff_window(clean, text)
            check(e_err - s <= 200 and e_clean - s <= 200, name, f"changed window too wide ({s}..{e_err})")
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(any(o < max(e_err, s + 1) and s < o + len(v) for o in occ), name, "value does not cover the change")
    for c in CODES:
        check(counts[c] >= 2, "set", f"code {c} occurs {counts[c]} times")
    check(sum(counts.values()) == 30, "set", f"{sum(counts.values())} injected errors")

    for src, (layout, fn) in PROJECTS.items():
        name = f"{src}-clean.txt"
        t = texts[name]
        try:
            tb = check_table(t, layout, name)
            fn(t, tb, name)
        except Exception as exc:  # a parse failure is a failure of the draft
            fail(f"{name}: exception {type(exc).__name__}: {exc}")

    for p in PROBLEMS:
        print("FAIL", p)
    if PROBLEMS:
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
