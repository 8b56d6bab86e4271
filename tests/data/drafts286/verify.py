#!/usr/bin/env python3
"""Verify drafts286.

1. labels.jsonl lists every case; each label value occurs in its case file.
2. Each error case differs from its clean draft in one place (one contiguous changed region, which the
   label value overlaps), and that change is the edit listed in build.py.
3. The arithmetic of every clean draft is redone from its own text: funds tables (sums, balances, rates),
   indicator tables (weights, scores, completion, units, score rules), totals and grades, prose amounts,
   averages, counts and rates, years, and the figures the text and the tables share.
   A clean draft must give no finding at all; each error case must give its labelled code.
4. Every code of errors.md §A occurs at least twice; drafts are 3,000-5,000 characters.
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
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


# ----------------------------------------------------------------------------- numbers
def D(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return Decimal(s) if s not in ("", "—", "-") else Decimal(0)


def ndec(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated (string, as written) agrees with computed within half a unit of its last decimal."""
    tol = Decimal(5) * Decimal(10) ** (-(ndec(stated) + 1)) + Decimal("1e-9")
    return abs(D(stated) - Decimal(computed)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class F:
    """Collects findings as (code, message)."""

    def __init__(self):
        self.items = []

    def add(self, code, msg):
        self.items.append((code, msg))

    def codes(self):
        return {c for c, _ in self.items}


def one(f, text, pattern, what):
    m = re.search(pattern, text)
    if not m:
        f.add("parse", f"pattern not found: {what}")
        return None
    return m


def grade_ok(total, label):
    t = D(total)
    band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
    names = {"优": {"优", "优秀"}, "良": {"良", "良好"}, "中": {"中", "中等", "一般", "合格"},
             "差": {"差", "较差", "不合格"}}
    return label in names[band]


def same(f, a, b, what):
    """Two statements of one quantity; compared only when written in the same unit."""
    qa, qb = parse_q(a), parse_q(b)
    if qa and qb and qa[2] == qb[2] and D(qa[1]) != D(qb[1]):
        f.add("conflicting_values", f"{what}: {a} vs {b}")


def check_sum(f, parts, total, what):
    """parts / total: strings of 万元 amounts (a part may carry its own unit: ('8.00','万元'))."""
    vals = [D(p) for p in parts]
    if sum(vals) == D(total) or ok(total, sum(vals)):
        return
    for i, v in enumerate(vals):  # a 元 figure written as 万元?
        if v >= 1000 and ok(total, sum(vals) - v + v / Decimal(10000)):
            f.add("unit_mismatch", f"{what}: {parts[i]} reconciles only as 元")
            return
    f.add("sum_mismatch", f"{what}: {' + '.join(parts)} = {sum(vals)} vs {total}")


def check_rate(f, num, den, stated, what):
    if D(den) == 0:
        if D(stated) != 0:
            f.add("implausible_rate", f"{what}: {stated} on a zero base")
        return
    c = D(num) / D(den) * 100
    if not ok(stated, c):
        f.add("rate_mismatch", f"{what}: {num}/{den} = {r2(c)}%, stated {stated}")
    elif D(stated) > 100:
        f.add("implausible_rate", f"{what}: {stated} above 100%")


def check_balance(f, received, spent, stated, what):
    if not ok(stated, D(received) - D(spent)):
        f.add("balance_mismatch", f"{what}: {received} - {spent} = {D(received) - D(spent)}, stated {stated}")


def check_year(f, text, year):
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            f.add("year_mismatch", f"截至{m.group(1)}年12月31日 in a {year} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:区财政)?(?:提前)?下达", text):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == year or (y == year - 1 and mo == 12)):
            f.add("year_mismatch", f"money issued {y}-{mo} for the {year} budget")
    for m in re.finditer(r"（(\d{4})年度）", text):
        if int(m.group(1)) != year:
            f.add("year_mismatch", f"table headed {m.group(1)}年度 in a {year} report")


# ----------------------------------------------------------------------------- indicators
QTY = re.compile(r"^(≥|≤|>=|<=|＞＝|＜＝|=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def parse_q(s):
    m = QTY.match(str(s).strip())
    if not m:
        return None
    sign = {"≥": "gte", ">=": "gte", "＞＝": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte"}.get(m.group(1) or "", "eq")
    return sign, m.group(2), m.group(3).strip()


def check_rows(f, rows, exec_w, exec_s, total_w, totals, grades, levels=None):
    """rows: dicts level1, name, target, actual, weight, score, [completion].
    exec_w / exec_s: weight and score of the budget execution line when it sits outside rows.
    total_w: stated total weight or None (then 100). totals: stated total scores. grades: stated labels."""
    wsum = sum(D(r["weight"]) for r in rows) + D(exec_w or 0)
    ssum = sum(D(r["score"]) for r in rows) + D(exec_s or 0)
    if wsum != D(total_w or 100) or wsum != 100:
        f.add("weight_sum_mismatch", f"weights add up to {wsum}")
    for t in totals:
        if not ok(t, ssum):
            f.add("score_sum_mismatch", f"scores add up to {ssum}, stated {t}")
    for g in grades:
        if totals and not grade_ok(totals[0], g):
            f.add("grade_mismatch", f"grade {g} for total {totals[0]}")
    if levels:
        for lvl, stated in levels.items():
            got = sum(D(r["score"]) for r in rows if r["level1"] == lvl)
            if lvl == "预算执行" and exec_s is not None:
                got = D(exec_s)
            if not ok(stated, got):
                f.add("score_sum_mismatch", f"level {lvl}: {got} vs stated {stated}")
    for r in rows:
        w, s = D(r["weight"]), D(r["score"])
        if s > w or s < 0:
            f.add("score_exceeds_weight", f"{r['name']}: score {r['score']} > weight {r['weight']}")
        qt, qa = parse_q(r["target"]), parse_q(r["actual"])
        if qt and not qa:
            f.add("unit_mismatch", f"{r['name']}: target {r['target']}, actual {r['actual']}")
            continue
        if not qt:  # qualitative
            if r["target"] in r["actual"] and not r["actual"].startswith(("基本", "部分")):
                exp_lo, exp_hi = w, w
            else:
                exp_lo, exp_hi = w * Decimal("0.6"), w * Decimal("0.8") - Decimal("0.01")
            if not (exp_lo <= s <= exp_hi) and s <= w:
                f.add("score_rule", f"{r['name']}: qualitative score {s} outside [{exp_lo}, {exp_hi}]")
            continue
        if qt[2] != qa[2]:
            f.add("unit_mismatch", f"{r['name']}: target unit {qt[2]!r}, actual unit {qa[2]!r}")
            continue
        T, A = D(qt[1]), D(qa[1])
        if qa[2] == "%" and ("率" in r["name"] or "满意度" in r["name"]) and A > 100:
            f.add("implausible_rate", f"{r['name']}: {r['actual']} above 100%")
        if qt[0] == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
            exp = w if A <= T else w * T / A
        elif qt[0] == "eq" and T == 0:
            comp = Decimal(100) if A <= 0 else Decimal(0)
            exp = w if A <= 0 else Decimal(0)
        else:
            comp = A / T * 100
            exp = w if A >= T else w * A / T
        if r.get("completion") is not None:
            if not ok(r["completion"], comp):
                f.add("completion_mismatch", f"{r['name']}: completion {r2(comp)}%, stated {r['completion']}")
        alt = min(w, w * D(r["completion"]) / 100) if r.get("completion") else exp
        if s <= w and not (ok(r["score"], exp) or ok(r["score"], alt)):
            f.add("score_rule", f"{r['name']}: score {r['score']}, rule gives {r2(exp)}")


def check_mof_funds(f, fr, what="funds"):
    """fr: dict name -> [init, annual, spent, weight, rate, score] (MOF 自评表 funds block)."""
    names = list(fr)
    total, parts = fr[names[0]], [fr[n] for n in names[1:]]
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        check_sum(f, [p[j] for p in parts], total[j], f"{what} {col}")
    for n in names:
        check_rate(f, fr[n][2], fr[n][1], fr[n][4], f"{what} {n} 执行率")
    rate = D(total[2]) / D(total[1])
    w = D(total[3])
    if not (ok(total[5], w * min(rate, 1)) or ok(total[5], min(w, w * D(total[4]) / 100))):
        f.add("score_rule", f"execution score {total[5]}")
    return total


# ----------------------------------------------------------------------------- project 1: Shanxi
def check_sx(text):
    f = F()
    year = int(re.search(r"(\d{4})年度项目支出", text).group(1))
    check_year(f, text, year)
    blocks = [b for b in text.split("\n\n")]
    rows = []
    for b in blocks:
        lines = b.split("\n")
        while lines and not lines[-1].startswith("\t") and not lines[-1].strip():
            lines.pop()  # trailing blank or space-only line (page residue)
        while lines and not lines[0].startswith("\t") and not lines[0].strip():
            lines.pop(0)
        if lines and all(ln.startswith("\t") for ln in lines):
            rows.append([ln[1:] for ln in lines])
    fund = {r[0]: r for r in rows if r and r[0] in
            ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)")}
    r1, r2_, r3, r4 = (fund[k] for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"))
    for r in (r1, r2_, r3, r4):
        check_sum(f, r[4:8], r[3], f"{r[0]} 小计")
        check_sum(f, [r[3], r[8], r[9]], r[2], f"{r[0]} 年度总金额")
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for j in range(2, 10):
        check_balance(f, r3[j], r4[j], fund["资金结余"][j] or "0", f"(5) {cols[j - 2]}")
        check_rate(f, r3[j], r2_[j], fund["预算到位率"][j] or "0", f"(6) {cols[j - 2]}")
        check_rate(f, r4[j], r2_[j], fund["预算执行率(%)"][j] or "0", f"(7) {cols[j - 2]}")
    # 附件1
    att = text[text.index("附件1"):]
    ind, level, total = [], None, None
    for r in rows:
        if len(r) != 9 or r[0] == "一级指标" or not any(r):
            continue
        if "\t" + r[2] not in att and r[0] != "合计":
            continue
        if r[0] == "合计":
            total = r
            continue
        level = r[0] or level
        ind.append({"level1": level, "name": r[2], "weight": r[3], "target": r[4], "actual": r[5],
                    "completion": r[6], "score": r[7]})
    m = one(f, text, r"总得分([\d.]+)分，属于\"(.+?)\"", "total/grade")
    lv = one(f, text, r"预算执行指标得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分", "levels")
    levels = dict(zip(["预算执行指标", "产出指标", "效益指标", "满意度指标"], lv.groups())) if lv else None
    check_rows(f, ind, None, None, total[3], [total[7]] + ([m.group(1)] if m else []),
               [m.group(2)] if m else [], levels)
    # prose funds
    m = one(f, text, r"全年预算([\d.]+)万元（年初预算([\d.]+)万元，年中追加([\d.]+)万元），实际到位([\d.]+)万元，到位率([\d.]+)%。"
                     r"截至(\d{4})年12月31日，全年执行([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", "funds text")
    if m:
        annual, init, add, recv, rrate, _, spent, erate, bal = m.groups()
        check_sum(f, [init, add], annual, "年初 + 追加")
        check_rate(f, recv, annual, rrate, "到位率 text")
        check_rate(f, spent, annual, erate, "执行率 text")
        check_balance(f, recv, spent, bal, "结余 text")
        for a, b, w in ((annual, r2_[2], "全年预算"), (init, r1[2], "年初预算"), (spent, r4[2], "全年执行"),
                        (erate + "%", fund["预算执行率(%)"][2] + "%", "执行率"), (bal, fund["资金结余"][2], "结余")):
            same(f, a, b, w)
        same(f, erate + "%", ind[0]["actual"], "执行率 text vs 附件1")
    m = one(f, text, r"省级资金([\d.]+)万元于(\d{4})年(\d+)月提前下达；区级年中追加([\d.]+)万元，其中购置执法记录仪(\d+)台（单价(\d+)元）"
                     r"计([\d.]+)万元，其余([\d.]+)万元", "note")
    if m:
        prov, _, _, add, n, price, cost, rest = m.groups()
        same(f, prov, r2_[5], "省级")
        check_sum(f, [cost, rest], add, "追加 split")
        check_sum(f, [str(D(n) * D(price) / 10000)], cost, "记录仪 n × 单价")
        same(f, add, str(D(r2_[7]) - D(r1[7])), "区级追加")
    byname = {r["name"]: r for r in ind}
    m = one(f, text, r"执法检查(\d+)家次，较上年（(\d{4})年(\d+)家次）增加(\d+)家次", "checks")
    if m:
        check_sum(f, [m.group(3), m.group(4)], m.group(1), "checks vs last year")
        same(f, m.group(1) + "家次", byname["重点管理单位现场执法检查（家次）"]["actual"], "checks")
    m = one(f, text, r"审核排污许可证执行报告(\d+)份", "reports")
    if m:
        same(f, m.group(1) + "份", byname["排污许可证执行报告审核（份）"]["actual"], "reports")
    m = one(f, text, r"检查发现问题(\d+)个，已完成整改(\d+)个，整改率([\d.]+)%，剩余(\d+)个", "rectification")
    if m:
        found, done, rate, left = m.groups()
        check_rate(f, done, found, rate, "整改率")
        check_sum(f, [done, left], found, "整改 + 剩余")
        same(f, rate + "%", byname["检查发现问题整改率"]["actual"], "整改率")
    m = one(f, text, r"通过证后监管，持证单位按证排污率达到([\d.]+)%", "permit compliance")
    if m:
        same(f, m.group(1) + "%", byname["持证单位按证排污率"]["actual"], "按证排污率")
    m = one(f, text, r"回收有效问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%", "satisfaction")
    if m:
        check_rate(f, m.group(2), m.group(1), m.group(3), "满意度")
        same(f, m.group(3) + "%", byname["排污单位满意度"]["actual"], "满意度")
    return f


# ----------------------------------------------------------------------------- project 2: Tianjin
def check_tj(text):
    f = F()
    year = int(re.search(r"(\d{4})年度项目支出绩效自评报告", text).group(1))
    check_year(f, text, year)
    for m in re.finditer(r"(\d{4})年度项目支出绩效自评表", text):
        if int(m.group(1)) != year:
            f.add("year_mismatch", "table year")
    lines = text.split("\n")
    fr = {}
    for ln in lines:
        c = ln.split("\t")
        if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            fr[c[0]] = c[1:7]
    total = check_mof_funds(f, fr)
    start = next(i for i, ln in enumerate(lines) if ln.startswith("绩效指标\t一级指标"))
    ind, level = [], None
    for ln in lines[start + 1:]:
        c = ln.split("\t")
        if len(c) < 8 or c[0] != "":
            break
        level = c[1] or level
        ind.append({"level1": level, "name": c[3], "target": c[4], "actual": c[5], "weight": c[6], "score": c[7]})
    m = one(f, text, r"综合自评得分([\d.]+)分，评价等级为“(.+?)”。其中预算执行率得分([\d.]+)分；(\d+)项三级绩效指标中(\d+)项达到或超过年度指标值，.*?(\d+)项未达到", "total")
    check_rows(f, ind, total[3], total[5], None, [m.group(1)] if m else [], [m.group(2)] if m else [])
    byname = {r["name"]: r for r in ind}
    if m:
        same(f, m.group(3), total[5], "执行率得分")
        met = 0
        for r in ind:
            qt, qa = parse_q(r["target"]), parse_q(r["actual"])
            if not qt:
                met += r["target"] == r["actual"]
            elif qt[0] == "lte":
                met += D(qa[1]) <= D(qt[1])
            else:
                met += D(qa[1]) >= D(qt[1])
        if int(m.group(4)) != len(ind) or int(m.group(5)) != met or int(m.group(6)) != len(ind) - met:
            f.add("sum_mismatch", "indicator counts")
    m = one(f, text, r"年初预算([\d.]+)万元，上年结转资金([\d.]+)万元，全年预算([\d.]+)万元", "budget")
    if m:
        check_sum(f, [m.group(1), m.group(2)], m.group(3), "年初 + 结转")
        same(f, m.group(1), total[0], "年初")
        same(f, m.group(2), fr["上年结转资金"][1], "结转")
        same(f, m.group(3), total[1], "全年预算")
        annual = m.group(3)
    m = one(f, text, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", "spent")
    if m:
        check_rate(f, m.group(1), annual, m.group(2), "执行率 text")
        check_balance(f, annual, m.group(1), m.group(3), "结余 text")
        same(f, m.group(1), total[2], "全年执行")
        same(f, m.group(2) + "%", total[4], "执行率")
        spent = m.group(1)
    m = one(f, text, r"资金主要用于：(.*?)\n", "uses")
    if m:
        check_sum(f, re.findall(r"费([\d.]+)万元", m.group(1)), spent, "资金用途")
    m = one(f, text, r"运维费([\d.]+)万元（(\d+)套，每套([\d.]+)万元/年）", "remote sensing")
    if m:
        check_sum(f, [str(D(m.group(2)) * D(m.group(3)))], m.group(1), "套 × 单价")
        same(f, m.group(3) + "万元", byname["遥感设备单套年运维费"]["actual"], "单套运维费")
    m = one(f, text, r"抓拍系统运维费([\d.]+)万元（(\d+)个点位，每个点位([\d,]+)元/年）", "black smoke")
    if m:
        check_sum(f, [str(D(m.group(2)) * D(m.group(3)) / 10000)], m.group(1), "点位 × 单价")
    m = one(f, text, r"开展监督检查(\d+)次，各机构分别为(.*?)，平均每家([\d.]+)次，比年度目标多(\d+)次", "inspections")
    if m:
        items = re.findall(r"(\d+)次", m.group(2))
        check_sum(f, items, m.group(1), "各机构检查次数")
        if not ok(m.group(3), sum(D(x) for x in items) / len(items)):
            f.add("average_mismatch", f"mean of {items} vs {m.group(3)}")
        check_sum(f, [parse_q(byname["排放检验机构监督检查次数"]["target"])[1], m.group(4)], m.group(1), "目标 + 多")
        same(f, m.group(1) + "次", byname["排放检验机构监督检查次数"]["actual"], "检查次数")
    m = one(f, text, r"有效数据([\d.]+)万条，设备数据有效率([\d.]+)%", "data")
    if m:
        same(f, m.group(1) + "万条", byname["遥感监测有效数据量"]["actual"], "有效数据")
        same(f, m.group(2) + "%", byname["遥感设备数据有效率"]["actual"], "数据有效率")
    goal = one(f, text, r"抽测车辆(\d+)辆，柴油货车抽测排放达标率([\d.]+)%", "goal block")
    m = one(f, text, r"全年抽测柴油车(\d+)辆", "tests")
    if m:
        same(f, m.group(1) + "辆", byname["路检路查、入户抽测车辆数"]["actual"], "抽测车辆")
        if goal:
            same(f, m.group(1) + "辆", goal.group(1) + "辆", "抽测车辆 goal block")
    m = one(f, text, r"排放达标率([\d.]+)%，较(\d{4})年（([\d.]+)%）提高([\d.]+)个百分点", "pass rate")
    if m:
        check_sum(f, [m.group(3), m.group(4)], m.group(1), "达标率 vs 上年")
        same(f, m.group(1) + "%", byname["柴油货车抽测排放达标率"]["actual"], "达标率")
    m = one(f, text, r"复检合格率([\d.]+)%", "retest")
    if m:
        same(f, m.group(1) + "%", byname["超标车辆复检合格率"]["actual"], "复检合格率")
    m = one(f, text, r"车主满意度为([\d.]+)%", "satisfaction")
    if m:
        same(f, m.group(1) + "%", byname["车主满意度"]["actual"], "满意度")
    return f


# ----------------------------------------------------------------------------- project 3: Chongqing
L2 = {"数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "生态效益指标", "经济效益指标",
      "可持续影响指标", "服务对象满意度指标"}
L1 = {"产出指标", "效益指标", "满意度指标"}


def check_cq(text):
    f = F()
    year = int(re.search(r"(\d{4})年度餐饮", text).group(1))
    check_year(f, text, year)
    att = text.index("附件\n项目支出绩效自评表")
    cells = text[att:].split("\n")
    fr = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        i = cells.index(name)
        fr[name] = cells[i + 1:i + 7]
    total = check_mof_funds(f, fr)
    i = cells.index("偏差原因分析及改进措施") + 1
    ind, level, tot = [], None, None
    while i < len(cells):
        c = cells[i]
        if c in L1:
            level = c
        elif c in L2:
            n, t, a, comp, w, s = cells[i + 1:i + 7]
            ind.append({"level1": level, "name": n, "target": t, "actual": a, "completion": comp,
                        "weight": w, "score": s})
            i += 6
        elif c == "总分":
            tot = cells[i + 1:i + 3]
            break
        i += 1
    p = text.replace("\n", "")
    m = one(f, p, r"自评得分([\d.]+)分，等级为“(.+?)”。其中预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分", "total")
    levels = dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], m.groups()[2:])) if m else None
    check_rows(f, ind, total[3], total[5], tot[0], [tot[1]] + ([m.group(1)] if m else []),
               [m.group(2)] if m else [], levels)
    byname = {r["name"]: r for r in ind}
    m = one(f, p, r"年初预算([\d.]+)万元，(\d{4})年7月区财政追加第三方监测经费([\d.]+)万元，全年预算([\d.]+)万元，"
                  r"其中油烟净化设施补助([\d.]+)万元、第三方监测费([\d.]+)万元、宣传及执法辅助([\d.]+)万元", "budget")
    if m:
        init, _, add, annual, b1, b2, b3 = m.groups()
        check_sum(f, [init, add], annual, "年初 + 追加")
        check_sum(f, [b1, b2, b3], annual, "预算分项")
        same(f, init, total[0], "年初")
        same(f, annual, total[1], "全年预算")
    m2 = one(f, p, r"(\d{4})年12月提前下达([\d.]+)万元，(\d{4})年4月下达([\d.]+)万元", "issuance")
    if m and m2:
        check_sum(f, [m2.group(2), m2.group(4), add], annual, "分次下达")
    s = one(f, p, r"本项目实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中油烟净化设施补助([\d.]+)万元、第三方监测费([\d.]+)万元、"
                  r"宣传及执法辅助费([\d.]+)万元", "spent")
    if m and s:
        spent, erate, s1, s2, s3 = s.groups()
        check_rate(f, spent, annual, erate, "执行率 text")
        check_sum(f, [s1, s2, s3], spent, "支出分项")
        same(f, spent, total[2], "全年执行")
        same(f, erate + "%", total[4], "执行率")
        bal = one(f, p, r"结余资金([\d.]+)万元", "balance")
        if bal:
            check_balance(f, annual, spent, bal.group(1), "结余")
    m3 = one(f, p, r"补助资金预算([\d.]+)万元，实际兑付([\d.]+)万元，兑付率([\d.]+)%，另有(\d+)家小型餐饮单位设施验收未通过，"
                   r"对应补助([\d.]+)万元未兑付", "subsidy")
    std = one(f, p, r"大型餐饮单位每家(\d+)元，中型每家(\d+)元，小型每家(\d+)元；第三方监测按每家次(\d+)元", "standards")
    if m3:
        bud, paid, rate, n, unpaid = m3.groups()
        check_rate(f, paid, bud, rate, "兑付率")
        check_balance(f, bud, paid, unpaid, "未兑付")
        if std:
            check_sum(f, [str(D(n) * D(std.group(3)) / 10000)], unpaid, "未兑付 = 家数 × 标准")
        if m:
            same(f, bud, m.group(5), "补助预算")
        if s:
            same(f, paid, s.group(3), "补助支出")
    m4 = one(f, p, r"全年完成(\d+)家餐饮单位油烟净化设施安装（改造），其中大型(\d+)家、中型(\d+)家、小型(\d+)家，共兑付补助([\d.]+)万元"
                   r"（大型([\d.]+)万元、中型([\d.]+)万元、小型([\d.]+)万元）", "outputs")
    if m4:
        n, a, b, c, paid, pa, pb, pc = m4.groups()
        check_sum(f, [a, b, c], n, "家数")
        check_sum(f, [pa, pb, pc], paid, "分档补助")
        if std:
            for cnt, amt, st in ((a, pa, std.group(1)), (b, pb, std.group(2)), (c, pc, std.group(3))):
                check_sum(f, [str(D(cnt) * D(st) / 10000)], amt, "家数 × 标准")
        same(f, n + "家", byname["完成油烟净化设施安装（改造）的餐饮单位"]["actual"], "完成家数")
        if s:
            same(f, paid, s.group(3), "补助")
        if std:
            same(f, std.group(1) + "元/家", byname["大型餐饮单位补助标准"]["actual"], "大型标准")
    m5 = one(f, p, r"共组织验收(\d+)家，合格(\d+)家，验收合格率([\d.]+)%", "acceptance")
    if m5:
        check_rate(f, m5.group(2), m5.group(1), m5.group(3), "验收合格率")
        same(f, m5.group(3) + "%", byname["净化设施验收合格率"]["actual"], "验收合格率")
        if m4:
            same(f, m5.group(2), m4.group(1), "合格家数")
    m6 = one(f, p, r"委托第三方开展油烟排放监测(\d+)家次，支付监测费([\d.]+)万元", "monitoring")
    if m6:
        if std:
            check_sum(f, [str(D(m6.group(1)) * D(std.group(4)) / 10000)], m6.group(2), "监测家次 × 单价")
        same(f, m6.group(1) + "家次", byname["第三方油烟排放监测"]["actual"], "监测家次")
        if s:
            same(f, m6.group(2), s.group(4), "监测费")
    m7 = one(f, p, r"补助资金按时兑付率([\d.]+)%", "on time")
    if m7:
        same(f, m7.group(1) + "%", byname["补助资金按时兑付率"]["actual"], "按时兑付率")
    m8 = one(f, p, r"由(\d{4})年的(\d+)件下降至(\d{4})年的(\d+)件，下降([\d.]+)%", "complaints")
    if m8:
        check_rate(f, D(m8.group(2)) - D(m8.group(4)), m8.group(2), m8.group(5), "投诉下降率")
        same(f, m8.group(5) + "%", byname["油烟投诉件数较上年下降"]["actual"], "投诉下降率")
    m9 = one(f, p, r"(\d+)家次中(\d+)家次油烟排放浓度达标，达标率([\d.]+)%", "compliance")
    if m9:
        check_rate(f, m9.group(2), m9.group(1), m9.group(3), "达标率")
        same(f, m9.group(3) + "%", byname["监测单位油烟排放达标率"]["actual"], "达标率")
    m10 = one(f, p, r"满意度为([\d.]+)%", "satisfaction")
    if m10:
        same(f, m10.group(1) + "%", byname["周边居民满意度"]["actual"], "满意度")
    return f


# ----------------------------------------------------------------------------- project 4: Guangdong
def pipe_rows(text):
    out = []
    for ln in text.split("\n"):
        if ln.startswith("|") and not ln.startswith("|---"):
            out.append([c.strip() for c in ln.strip()[1:-1].split("|")])
    return out


def check_gd(text):
    f = F()
    year = int(re.search(r"(\d{4})年度项目支出绩效自评报告", text).group(1))
    check_year(f, text, year)
    rows = pipe_rows(text)
    v = {r[0]: r for r in rows if len(r) == 3}
    check_sum(f, [v["年初预算数"][1], v["年中追加"][1]], v["全年预算数"][1], "年初 + 追加")
    check_rate(f, v["实际到位资金"][1], v["全年预算数"][1], re.search(r"([\d.]+)%", v["实际到位资金"][2]).group(1), "到位率")
    check_rate(f, v["全年执行数"][1], v["全年预算数"][1], re.search(r"([\d.]+)%", v["全年执行数"][2]).group(1), "执行率")
    check_balance(f, v["实际到位资金"][1], v["全年执行数"][1], v["结余资金"][1], "结余")
    q = {r[0]: r[1] for r in rows if len(r) == 2}
    quarters = [q[k] for k in ("第一季度", "第二季度", "第三季度", "第四季度")]
    if not ok(q["全年平均"], sum(D(x) for x in quarters) / 4):
        f.add("average_mismatch", f"mean of {quarters} vs {q['全年平均']}")
    fr = {r[1]: r[2:8] for r in rows if len(r) == 8 and r[1] in ("年度资金总额", "其中：财政拨款", "上年结转资金", "其他资金")}
    total = check_mof_funds(f, fr)
    for a, b, w in ((v["年初预算数"][1], total[0], "年初"), (v["全年预算数"][1], total[1], "全年"),
                    (v["全年执行数"][1], total[2], "执行")):
        same(f, a, b, w)
    same(f, re.search(r"([\d.]+%)", v["全年执行数"][2]).group(1), total[4], "执行率")
    hdr = next(i for i, r in enumerate(rows) if r[0] == "一级指标")
    ind, level, tot = [], None, None
    for r in rows[hdr + 1:]:
        if r[0] == "总分":
            tot = r
            break
        level = r[0] or level
        ind.append({"level1": level, "name": r[2], "target": r[3], "actual": r[4], "weight": r[5], "score": r[6]})
    m = one(f, text, r"综合自评得分([\d.]+)分，自评等级为“(.+?)”。其中预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分", "total")
    levels = dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], m.groups()[2:])) if m else None
    g = re.search(r"自评等级：(.+)", tot[7])
    check_rows(f, ind, total[3], total[5], tot[5], [tot[6]] + ([m.group(1)] if m else []),
               ([g.group(1)] if g else []) + ([m.group(2)] if m else []), levels)
    byname = {r["name"]: r for r in ind}
    same(f, q["全年平均"], byname["监测数据有效传输率"]["actual"], "传输率")
    m = one(f, text, r"支出构成：设备运维服务费([\d.]+)万元（(\d+)套，平均每套([\d.]+)万元），占全年执行数的([\d.]+)%；平台软件升级费([\d.]+)万元；网络通信费([\d.]+)万元", "uses")
    if m:
        om, n, avg, share, up, net = m.groups()
        check_sum(f, [om, up, net], v["全年执行数"][1], "支出构成")
        if not ok(avg, D(om) / D(n)):
            f.add("average_mismatch", f"{om}/{n} vs {avg}")
        check_rate(f, om, v["全年执行数"][1], share, "运维占比")
        same(f, n + "套", byname["扬尘在线监测设备运维数量"]["actual"], "设备套数")
        same(f, avg + "万元", byname["单套设备年运维费"]["actual"], "单套运维费")
    sites = [next(g for g in x.groups() if g) for x in re.finditer(r"在建工地(\d+)个|全区(\d+)个在建工地|实际完成情况：(\d+)个在建工地", text)]
    for s_ in sites:
        same(f, s_ + "个", byname["纳入在线监测的在建工地数"]["actual"], "在建工地数")
    m = one(f, text, r"运维设备(\d+)套", "devices")
    if m:
        same(f, m.group(1) + "套", byname["扬尘在线监测设备运维数量"]["actual"], "设备套数")
    m = one(f, text, r"全年触发PM10超标预警(\d+)次，处置到位(\d+)次，处置率([\d.]+)%", "warnings")
    if m:
        check_rate(f, m.group(2), m.group(1), m.group(3), "处置率")
        same(f, m.group(3) + "%", byname["超标预警处置率"]["actual"], "处置率")
    m = one(f, text, r"平均推送时间(\d+)分钟", "push time")
    if m:
        same(f, m.group(1) + "分钟", byname["预警信息推送时间"]["actual"], "推送时间")
    m = one(f, text, r"由(\d{4})年的([\d.]+)微克/立方米降至([\d.]+)微克/立方米，下降([\d.]+)%", "PM10")
    if m:
        check_rate(f, D(m.group(2)) - D(m.group(3)), m.group(2), m.group(4), "PM10下降率")
        same(f, m.group(4) + "%", byname["建筑工地PM10月均浓度下降率"]["actual"], "PM10下降率")
    m = one(f, text, r"全年受理扬尘投诉(\d+)件，全部办结，办结率(\d+)%", "complaints")
    if m:
        check_rate(f, m.group(1), m.group(1), m.group(2), "办结率")
        same(f, m.group(2) + "%", byname["扬尘投诉办结率"]["actual"], "办结率")
    m = one(f, text, r"数据有效传输率([\d.]+)%，超标预警处置率([\d.]+)%，PM10浓度下降([\d.]+)%", "goal block")
    if m:
        same(f, m.group(1) + "%", q["全年平均"], "goal 传输率")
        same(f, m.group(2) + "%", byname["超标预警处置率"]["actual"], "goal 处置率")
        same(f, m.group(3) + "%", byname["建筑工地PM10月均浓度下降率"]["actual"], "goal PM10")
    m = one(f, text, r"（三）预算执行率([\d.]+)%", "rate text")
    if m:
        same(f, m.group(1) + "%", total[4], "执行率 text")
    return f


# ----------------------------------------------------------------------------- project 5: Inner Mongolia
def bar_rows(text):
    return [ln.strip()[1:-1].split("｜") for ln in text.split("\n") if ln.startswith("｜")]


def check_nm(text):
    f = F()
    year = int(re.search(r"(\d{4})年度项目支出绩效自评报告", text).group(1))
    check_year(f, text, year)
    rows = bar_rows(text)
    mat = [r for r in rows if len(r) == 4 and r[0] not in ("类别",)]
    mat_total = next(r for r in mat if r[0] == "合计")
    check_sum(f, [r[3] for r in mat if r[0] != "合计"], mat_total[3], "物资采购明细")
    fr = {r[1]: r[2:8] for r in rows if len(r) == 8 and r[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    total = check_mof_funds(f, fr)
    hdr = next(i for i, r in enumerate(rows) if r[0] == "一级指标")
    ind, level, tot = [], None, None
    for r in rows[hdr + 1:]:
        if r[0] == "总分":
            tot = r
            break
        level = r[0] or level
        ind.append({"level1": level, "name": r[2], "target": r[3], "actual": r[4], "weight": r[5], "score": r[6]})
    m = one(f, text, r"自评得分([\d.]+)分，自评等级为“(.+?)”。其中预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分", "total")
    levels = dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], m.groups()[2:])) if m else None
    check_rows(f, ind, total[3], total[5], tot[5], [tot[6]] + ([m.group(1)] if m else []),
               [m.group(2)] if m else [], levels)
    byname = {r["name"]: r for r in ind}
    m = one(f, text, r"年初预算([\d.]+)万元，全年未调整。资金分两次下达：(\d{4})年(\d+)月提前下达([\d.]+)万元，(\d{4})年(\d+)月下达([\d.]+)万元，"
                     r"资金到位率(\d+)%。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", "funds text")
    if m:
        init = m.group(1)
        check_sum(f, [m.group(4), m.group(7)], init, "分次下达")
        check_rate(f, D(m.group(4)) + D(m.group(7)), init, m.group(8), "到位率")
        check_rate(f, m.group(9), init, m.group(10), "执行率 text")
        check_balance(f, init, m.group(9), m.group(11), "结余")
        same(f, init, total[1], "全年预算")
        same(f, init, total[0], "年初预算")
        same(f, m.group(9), total[2], "全年执行")
        same(f, m.group(10) + "%", total[4], "执行率")
        spent, bal = m.group(9), m.group(11)
    b = one(f, text, r"预算分项为应急物资采购([\d.]+)万元、储备库房租赁及维护([\d.]+)万元、应急演练([\d.]+)万元，实际支出分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元", "items")
    if m and b:
        check_sum(f, list(b.groups()[:3]), init, "预算分项")
        check_sum(f, list(b.groups()[3:]), spent, "支出分项")
        same(f, b.group(4), mat_total[3], "物资采购支出 vs 明细合计")
        same(f, b.group(4) + "万元", byname["物资采购成本"]["actual"], "物资采购成本")
        same(f, "≤" + b.group(1) + "万元", byname["物资采购成本"]["target"], "采购成本上限")
    r = one(f, text, r"物资采购预算([\d.]+)万元，实际支出([\d.]+)万元，支出率([\d.]+)%", "purchase rate")
    if r:
        check_rate(f, r.group(2), r.group(1), r.group(3), "物资采购支出率")
        if b:
            same(f, r.group(1), b.group(1), "采购预算")
            same(f, r.group(2), b.group(4), "采购支出")
    for pat, bi, si, what in ((r"租赁及维护预算([\d.]+)万元，实际支出([\d.]+)万元", 2, 5, "库房"),
                              (r"应急演练预算([\d.]+)万元，实际支出([\d.]+)万元", 3, 6, "演练")):
        x = one(f, text, pat, what)
        if x and b:
            same(f, x.group(1), b.group(bi), what + "预算")
            same(f, x.group(2), b.group(si), what + "支出")
    u = one(f, text, r"未支出的([\d.]+)万元中，物资采购资金([\d.]+)万元、库房租赁维护资金([\d.]+)万元、演练资金([\d.]+)万元", "unspent")
    if u and b and m:
        same(f, u.group(1), bal, "未支出 vs 结余")
        check_sum(f, list(u.groups()[1:]), u.group(1), "未支出分项")
        for k in range(3):
            check_balance(f, b.group(1 + k), b.group(4 + k), u.group(2 + k), "未支出分项")
    for pat, name, unit in ((r"全年储备应急物资(\d+)类", "应急物资储备品种", "类"),
                            (r"(\d+)处储备点全部投入使用", "应急物资储备点", "处"),
                            (r"物资入库验收合格率(\d+)%", "应急物资验收合格率", "%"),
                            (r"应急演练(\d+)次，参演", "应急演练次数", "次"),
                            (r"参演人员(\d+)人次", "应急演练参演人次", "人次"),
                            (r"调拨到园区需([\d.]+)小时", "应急物资调拨到位时间", "小时"),
                            (r"综合满意度(\d+)%", "应急联动单位满意度", "%")):
        x = one(f, text, pat, name)
        if x:
            same(f, x.group(1) + unit, byname[name]["actual"], name)
    x = one(f, text, r"全年处置一般突发环境事件(\d+)起，其中(\d+)起在1小时内到达现场，处置及时率(\d+)%", "response")
    if x:
        check_rate(f, x.group(2), x.group(1), x.group(3), "处置及时率")
        same(f, x.group(3) + "%", byname["突发环境事件应急处置及时率"]["actual"], "处置及时率")
    x = one(f, text, r"（一）预算执行率([\d.]+)%", "rate text")
    if x:
        same(f, x.group(1) + "%", total[4], "执行率 text")
    x = one(f, text, r"(\d{4})年12月提前下达的([\d.]+)万元为(\d{4})年预算资金", "advance")
    if x and m:
        if int(x.group(3)) != year or int(x.group(1)) != year - 1:
            f.add("year_mismatch", "advance note")
        same(f, x.group(2), m.group(4), "提前下达")
    return f


CHECKS = {
    "sx-lucheng-paiwuxuke-2022": check_sx,
    "tj-ninghe-jidongche-2023": check_tj,
    "cq-yongchuan-youyan-2021": check_cq,
    "gd-rongcheng-yangchen-2024": check_gd,
    "nm-jining-yingjiwuzi-2019": check_nm,
}


# ----------------------------------------------------------------------------- main
def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    errors = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    files = sorted(x for x in os.listdir(CASES) if x.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        errors.append("labels.jsonl and cases/ do not list the same files")
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    codes = Counter()
    where = Counter()
    edits = {(src, e[0]): e for src, lst in build.EDITS.items() for e in lst}
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        if not 3000 <= len(text) <= 5000:
            errors.append(f"{name}: {len(text)} characters, outside 3,000-5,000")
        f = CHECKS[rec["source"]](text)
        if rec["clean"]:
            if rec["expected"]:
                errors.append(f"{name}: clean case with expected findings")
            for code, msg in f.items:
                errors.append(f"{name}: clean draft fails a check: {code}: {msg}")
            continue
        if len(rec["expected"]) != 1:
            errors.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        codes[exp["code"]] += 1
        if exp["severity"] != "error" or exp["code"] not in CODES:
            errors.append(f"{name}: bad code/severity {exp}")
        clean = texts[f"{rec['source']}-clean.txt"]
        suffix = name[len(rec["source"]) + 1:-4]
        e = edits[(rec["source"], suffix)]
        where[e[2]] += 1
        if clean.count(e[3]) != 1 or clean.replace(e[3], e[4], 1) != text or e[1] != exp["code"]:
            errors.append(f"{name}: does not match its edit in build.py")
        p, ea, eb = changed_region(clean, text)
        if ea - p > 200 or eb - p > 200 or text == clean:
            errors.append(f"{name}: differs from the clean draft in more than one place ({p}..{ea})")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if not occ:
            errors.append(f"{name}: value {exp['value']!r} not in the case")
        elif not any(o < max(eb, p + 1) and p < o + len(exp["value"]) for o in occ):
            errors.append(f"{name}: value {exp['value']!r} does not cover the changed text")
        found = f.codes()
        if exp["code"] not in found:
            errors.append(f"{name}: the checks do not see {exp['code']} (found {sorted(found)})")
        if "parse" in found:
            errors.append(f"{name}: parse failure {[m for c, m in f.items if c == 'parse']}")
        extra = sorted(found - {exp["code"], "score_rule", "parse"})
        if extra:
            errors.append(f"{name}: the one edit also breaks {extra}")
    for c in CODES:
        if codes[c] < 2:
            errors.append(f"code {c} occurs {codes[c]} times (< 2)")
    print(f"cases: {len(labels)}; error cases by code: {dict(sorted(codes.items()))}; by place: {dict(where)}")
    for e in errors:
        print("FAIL", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
