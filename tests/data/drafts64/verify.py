#!/usr/bin/env python3
"""Check set n64: labels, edit sizes and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; every value occurs exactly once in its case and never in the clean draft.
2. edits: every error case differs from its clean draft in one line (<= 16 changed characters), or, for
   score-row edits, in two adjacent lines of <= 16 changed characters each.
3. clean drafts: sub-project table (row 支付进度, 小计/合计 sums, 产业项目占比 >= 55%), 自评表 (weights to 100,
   scores to the total, score <= weight, 完成率 column, score rule of rules.md §5, grade band), funds block,
   years, and a list of prose claims recomputed from their inputs (rates, balances, sums, averages, per-unit).
Tolerance: rules.md §8 (half a unit of the last stated decimal). Pure Python 3.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
FAIL = []


def fail(msg):
    FAIL.append(msg)


def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: number string as written; computed: Decimal/float."""
    v = dec(stated)
    tol = D("0.5") * (D(10) ** -ndec(stated)) + D("1e-9")
    return abs(D(str(computed)) - v) <= tol


def q2(x):
    return D(str(x)).quantize(D("0.01"), ROUND_HALF_UP)


def last_num(fragment):
    nums = NUM.findall(fragment)
    if not nums:
        raise ValueError(fragment)
    return nums[-1]


def split_row(line):
    if "｜" in line:
        return [c.strip() for c in line.split("｜")]
    if line.startswith("|"):
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if " | " in line:
        return [c.strip() for c in line.split(" | ")]
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return None


def table_after(text, must):
    """Rows (lists of cells) of the first table whose header line contains every string in `must`."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        cells = split_row(line)
        if cells and all(any(m in c for c in cells) for m in must):
            rows = []
            for l2 in lines[i + 1:]:
                if not l2.strip():
                    break
                r = split_row(l2)
                if r is None:
                    break
                if set("".join(r)) <= set("-"):
                    continue
                rows.append(r)
            return cells, rows
    raise ValueError(f"no table with {must}")


def col(header, name):
    for i, c in enumerate(header):
        if name in c:
            return i
    raise ValueError(name)


# ------------------------------------------------------------------ sub-project table
def check_subprojects(name, text, cfg):
    header, rows = table_after(text, ["资金规模", "已拨付", "支付进度"])
    ia, ib, ir = col(header, "资金规模"), col(header, "已拨付"), col(header, "支付进度")
    items, subtotals, total = [], [], None
    for r in rows:
        a, b, rate = r[ia], r[ib], r[ir]
        # row rate
        if dec(a) == 0:
            if rate not in ("—", "-", "/"):
                fail(f"{name}: zero-base row shows rate {rate}")
        elif not close(rate.rstrip("%"), dec(b) / dec(a) * 100):
            fail(f"{name}: row {r[:3]} rate {rate} vs {dec(b) / dec(a) * 100:.4f}")
        if dec(b) > dec(a):
            fail(f"{name}: paid above budget in {r[:3]}")
        if r[0].startswith("合计"):
            total = (dec(a), dec(b), r)
        elif r[0] in "一二三四五六七八九":
            subtotals.append([dec(a), dec(b), r, []])
        else:
            items.append(r)
            if subtotals:
                subtotals[-1][3].append(r)
    n = len(items)
    if not 12 <= n <= 20:
        fail(f"{name}: {n} sub-project rows (want 12-20)")
    sa = sum(dec(r[ia]) for r in items)
    sb = sum(dec(r[ib]) for r in items)
    if total is None or total[0] != sa or total[1] != sb:
        fail(f"{name}: 合计 {total and total[:2]} vs rows {sa} {sb}")
    for a, b, r, members in subtotals:
        ma = sum(dec(x[ia]) for x in members)
        mb = sum(dec(x[ib]) for x in members)
        if (a, b) != (ma, mb):
            fail(f"{name}: subtotal {r[:2]} {a} {b} vs members {ma} {mb}")
    # industry share
    ind = [r for r in items if cfg["industry"](r, header, subtotals)]
    ia_sum = sum(dec(r[ia]) for r in ind)
    share = ia_sum / sa * 100
    if share < 55:
        fail(f"{name}: industry share {share:.2f}% below 55%")
    frag = cfg["share_fragment"]
    if frag not in text or not close(last_num(frag), share):
        fail(f"{name}: industry share fragment {frag!r} vs {share:.4f}")
    return sa, sb, ia_sum


# ------------------------------------------------------------------ 自评表
DIRS = (("≥", "gte"), ("≤", "lte"), ("=", "eq"))


def parse_target(t):
    for sign, d in DIRS:
        if t.startswith(sign):
            rest = t[len(sign):]
            m = NUM.match(rest)
            return d, dec(m.group()), rest[m.end():]
    m = NUM.match(t)
    if m and t == m.group() + "%":
        return "exec", dec(m.group()), "%"
    return "qual", None, None


def check_indicators(name, text, cfg):
    g = getter(name, text)
    header, rows = table_after(text, ["年度指标值", "得分"])
    it, ia_, iw, isc = col(header, "年度指标值"), col(header, "实际完成值"), col(header, "分值"), col(header, "得分")
    icr = col(header, "完成率") if any("完成率" in c for c in header) else None
    body = [r for r in rows if not (r[0].startswith("合计") or r[0].startswith("总分"))]
    tot = [r for r in rows if r[0].startswith("合计") or r[0].startswith("总分")][0]
    extra_w, extra_s = cfg.get("extra", (D(0), D(0)))
    wsum = sum(dec(r[iw]) for r in body) + extra_w
    ssum = sum(dec(r[isc]) for r in body) + extra_s
    if wsum != 100 or dec(tot[iw]) != 100:
        fail(f"{name}: weights sum {wsum}, total row {tot[iw]}")
    if not close(tot[isc], ssum):
        fail(f"{name}: scores sum {ssum} vs total {tot[isc]}")
    lvl = {}
    for r in body:
        lvl[r[0]] = lvl.get(r[0], D(0)) + dec(r[iw])
    for r in body:
        w, s = dec(r[iw]), dec(r[isc])
        if s > w or s < 0:
            fail(f"{name}: score {s} outside [0,{w}] in {r[2]}")
        d, T, unit = parse_target(r[it])
        A_str = r[ia_]
        if d == "qual":
            frac = s / w
            if "部分达成" in A_str:
                ok = D("0.6") <= frac < D("0.8")
            elif "未达成" in A_str:
                ok = frac < D("0.6")
            else:
                ok = frac >= D("0.8")
            if not ok:
                fail(f"{name}: qualitative band {r[2]} {s}/{w}")
            continue
        m = NUM.match(A_str)
        A = dec(m.group())
        aunit = A_str[m.end():]
        if d != "exec" and aunit != unit:
            fail(f"{name}: unit {unit!r} vs {aunit!r} in {r[2]}")
        if d == "exec":
            comp = A
            exp_scores = [w * min(A, D(100)) / 100]
            if cfg.get("exec_exact"):
                spent, budget = cfg["exec_exact"]
                exp_scores.append(w * min(g(spent) / g(budget), D(1)))
        elif d == "lte":
            comp = D(100) if A <= T else T / A * 100
            exp_scores = [w * min(comp, D(100)) / 100]
        else:  # gte, eq (T > 0)
            comp = A / T * 100
            exp_scores = [w * min(comp, D(100)) / 100]
            if r[2] in cfg.get("unrounded", {}):
                exp_scores.append(w * min(cfg["unrounded"][r[2]](g) / T, D(1)))
        if not any(close(r[isc], e) for e in exp_scores):
            fail(f"{name}: score {r[isc]} of {r[2]} vs rule {[str(q2(e)) for e in exp_scores]}")
        if icr is not None and not close(r[icr].rstrip("%"), comp):
            fail(f"{name}: 完成率 {r[icr]} of {r[2]} vs {comp:.4f}")
        if d != "exec" and comp < 100 and cfg.get("need_reason") and r[2] not in cfg["need_reason"]:
            fail(f"{name}: unmet indicator {r[2]} not in the list of explained deviations")
    # stated total & grade in the text
    mt = re.search(r"(?:自评得分|自评总分|绩效自评得分)(\d+(?:\.\d+)?)分", text)
    mg = re.search(r"评价等级为[“\"]?(优秀|良好|中等|优|良|中|合格|较差|差)", text)
    if not mt or not mg:
        fail(f"{name}: no stated total/grade")
    else:
        if dec(mt.group(1)) != dec(tot[isc]):
            fail(f"{name}: text total {mt.group(1)} vs table {tot[isc]}")
        t = dec(mt.group(1))
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        if mg.group(1)[0] != band and not (band == "中" and mg.group(1) == "合格"):
            fail(f"{name}: grade {mg.group(1)} for total {t} (band {band})")
    for k, v in cfg.get("levels", {}).items():
        if lvl.get(k) != D(v):
            fail(f"{name}: level {k} weights {lvl.get(k)} vs {v}")
    return ssum


# ------------------------------------------------------------------ funds block (MOF layout)
def check_funds_block(name, text):
    header, rows = table_after(text, ["年初预算数", "全年预算数", "全年执行数"])
    cols = [col(header, c) for c in ("年初预算数", "全年预算数", "全年执行数")]
    tot = rows[0]
    parts = rows[1:]
    for c in cols:
        s = sum(dec(p[c]) for p in parts)
        if s != dec(tot[c]):
            fail(f"{name}: funds column {header[c]} parts {s} vs total {tot[c]}")
    b, e = dec(tot[cols[1]]), dec(tot[cols[2]])
    rate = tot[col(header, "执行率")]
    if not close(rate.rstrip("%"), e / b * 100):
        fail(f"{name}: funds block rate {rate}")
    w, s = dec(tot[col(header, "分值")]), tot[col(header, "得分")]
    if not (close(s, w * e / b) or close(s, w * dec(rate.rstrip("%")) / 100)):
        fail(f"{name}: funds block score {s}")
    return w, dec(s)


# ------------------------------------------------------------------ years
def check_years(name, text, year):
    for m in re.finditer(r"结转(?:至)?(\d{4})年", text):
        if int(m.group(1)) <= year:
            fail(f"{name}: carried over to {m.group(1)}")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{name}: 截至 {m.group(1)}")
    head = text[:200]
    if str(year) not in head:
        fail(f"{name}: evaluation year {year} not in the title")


class Missing(Exception):
    pass


def getter(name, text):
    def g(fragment):
        if fragment not in text:
            fail(f"{name}: input fragment missing: {fragment!r}")
            raise Missing(fragment)
        return dec(last_num(fragment))
    return g


def check_claims(name, text, claims):
    g = getter(name, text)
    for frag, fn in claims:
        if frag not in text:
            fail(f"{name}: claim fragment missing: {frag!r}")
            continue
        try:
            val = fn(g)
        except Missing:
            continue
        if not close(last_num(frag), val):
            fail(f"{name}: claim {frag!r} vs computed {val}")


def check_table_links(name, text, cfg):
    """Prose amounts against the sub-project table: restated cells, category sums, row-range sums."""
    header, rows = table_after(text, ["资金规模", "已拨付", "支付进度"])
    ia, ib = col(header, "资金规模"), col(header, "已拨付")
    scale = D(10000) if cfg.get("yuan_table") else D(1)
    items = {r[0]: r for r in rows if r[0].isdigit()}
    g = getter(name, text)
    for frag, no, which in cfg.get("restated", []):
        cell = dec(items[str(no)][ia if which == "a" else ib]) / scale
        try:
            if not close(last_num(frag), cell) or g(frag) is None:
                fail(f"{name}: restated {frag!r} vs table row {no} {cell}")
        except Missing:
            pass
    for spec in cfg.get("subtotal_claims", []):
        frag, cname, cval = spec[:3]
        which = spec[3] if len(spec) > 3 else "a"
        ic = col(header, cname)
        tot = sum(dec(r[ia if which == "a" else ib]) for r in items.values() if r[ic] == cval) / scale
        if frag not in text or not close(last_num(frag), tot):
            fail(f"{name}: category sum {frag!r} vs {tot}")
    for frag, rng, which in cfg.get("subtotal_rows", []):
        tot = sum(dec(items[str(k)][ia if which == "a" else ib]) for k in rng)
        if cfg.get("yuan_table") and "万元" in frag:
            tot = tot / scale
        if frag not in text or not close(last_num(frag), tot):
            fail(f"{name}: row-range sum {frag!r} vs {tot}")


def F(x):
    return D(str(x))


# ------------------------------------------------------------------ per-project configuration
def sub_cat(cat_name):
    def f(r, header, subtotals):
        for a, b, srow, members in subtotals:
            if r in members:
                return cat_name in srow[1]
        return False
    return f


# Claims: (fragment, fn). The fragment must occur in the clean draft; its last number is the stated value;
# fn(g) recomputes it, where g(fragment) reads the last number of another fragment of the same draft, so every
# input comes from the text itself. Constants inside fn are per-unit rates or counts stated in the fragment.
# Restated: (fragment, 序号, column) — a prose amount must equal the sub-project table cell (元 tables / 10000).
PROJECTS = {
    "napo-linkagefund-2022": dict(
        year=2022,
        industry=sub_cat("产业发展"),
        share_fragment="占衔接资金总额的71.93%",
        exec_exact=("执行数4,020.34万元", "全年预算数4,263.65万元"),
        unrounded={"项目资产确权移交率": lambda g: g("管护的10个") / g("形成资产的12个") * 100,
                   "资金支付进度（12月31日）": lambda g: g("执行数4,020.34万元") / g("全年预算数4,263.65万元") * 100},
        levels={"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10},
        claims=[
            ("共安排衔接资金4,263.65万元", lambda g: g("中央衔接资金2,856.00万元") + g("自治区衔接资金986.00万元")
             + g("百色市级衔接资金120.00万元") + g("县本级安排301.65万元")),
            ("中央衔接资金2,856.00万元", lambda g: g("提前下达2,150.00万元") + g("2022年5月下达706.00万元")),
            ("增加345.45万元", lambda g: g("共安排衔接资金4,263.65万元") - g("较2021年的3,918.20万元")),
            ("增长8.82%", lambda g: g("增加345.45万元") / g("较2021年的3,918.20万元") * 100),
            ("已拨付4,020.34万元，支付进度94.29%", lambda g: g("已拨付4,020.34万元") / g("共安排衔接资金4,263.65万元") * 100),
            ("未拨付243.31万元", lambda g: g("共安排衔接资金4,263.65万元") - g("已拨付4,020.34万元")),
            ("提高5.53个百分点", lambda g: g("占衔接资金总额的71.93%") - g("较2021年的66.40%")),
            ("每亩补助500元，共计300.00万元", lambda g: g("八角低产林改造6,000亩") * 500 / 10000),
            ("2,716户，户均1,689元", lambda g: g("产业奖补资金458.70万元") * 10000 / 2716),
            ("按每人500元补助2,526人", lambda g: g("跨省务工一次性交通补助126.30万元") * 10000 / 500),
            ("开工率93.75%", lambda g: g("16个项目中，15") / g("统筹安排衔接资金实施项目16个") * 100),
            ("每公里造价60.00万元", lambda g: g("上劳村至弄漂屯道路硬化项目｜硬化道路4.6公里，路面宽4.5米｜276.00")
             / F("4.6")),
            ("合计硬化村屯道路7.8公里", lambda g: g("道路硬化4.6公里") + g("硬化屯级道路3.2公里")),
            ("较上年的12,436元增长11.47%", lambda g: (g("脱贫人口人均纯收入13,862元") - g("较上年的12,436元"))
             / g("较上年的12,436元") * 100),
            ("三镇平均13,914元", lambda g: (g("分别为14,286元") + g("14,286元、13,540元") + g("13,540元、13,917元")) / 3),
            ("完成自治区下达目标任务的102.83%", lambda g: g("务工就业23,652人") / g("目标23,000人") * 100),
            ("确权移交率83.33%", lambda g: g("管护的10个") / g("形成资产的12个") * 100),
            ("表示满意的482份，受益群众满意度96.40%", lambda g: g("表示满意的482份") / g("回收500份") * 100),
            ("完成目标的99.25%", lambda g: g("资金支付进度94.29%") / 95 * 100),
            ("扣0.04分", lambda g: 5 - g("94.29%｜5｜4.96")),
            ("完成目标的87.72%", lambda g: g("确权移交率83.33%") / 95 * 100),
            ("扣1.23分", lambda g: 10 - g("83.33%｜10｜8.77")),
        ],
        restated=[("冷链仓储物流中心建设项目安排680.00万元", 9, "a"), ("安排680.00万元、已拨付589.56万元", 9, "b"),
                  ("扩建项目安排520.00万元", 3, "a"), ("安排520.00万元、已拨付468.00万元", 3, "b"),
                  ("奖补项目安排458.70万元", 7, "a"), ("百合种植基地建设项目安排386.00万元", 1, "a"),
                  ("共计300.00万元", 2, "a"), ("小额信贷贴息312.45万元", 14, "b"),
                  ("跨省务工一次性交通补助126.30万元", 15, "b"), ("产业奖补资金458.70万元", 7, "b")]),
    "lancang-linkagefund-2024": dict(
        year=2024,
        industry=lambda r, h, s: r[col(h, "类别")] == "产业发展",
        share_fragment="占全县衔接资金总额的65.65%",
        exec_exact=("累计拨付13,322.05万元", "共安排衔接资金14,170.70万元"),
        unrounded={"资金支付进度": lambda g: g("累计拨付13,322.05万元") / g("共安排衔接资金14,170.70万元") * 100,
                   "项目完工率": lambda g: g("17个项目中完工15") / 17 * 100},
        levels={"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10},
        claims=[
            ("共安排衔接资金14,170.70万元", lambda g: g("中央衔接资金 | 10,486.00") + g("省级衔接资金 | 2,613.00")
             + g("普洱市级衔接资金 | 150.00") + g("县级衔接资金 | 921.70")),
            ("合计 | 14,170.70", lambda g: g("共安排衔接资金14,170.70万元")),
            ("中央衔接资金 | 10,486.00", lambda g: g("提前下达8,210.00万元") + g("下达2,276.00万元")),
            ("增加918.30万元", lambda g: g("共安排衔接资金14,170.70万元") - g("比2023年的13,252.40万元")),
            ("增长6.93%", lambda g: g("增加918.30万元") / g("比2023年的13,252.40万元") * 100),
            ("累计拨付13,322.05万元，支付进度94.01%",
             lambda g: g("累计拨付13,322.05万元") / g("共安排衔接资金14,170.70万元") * 100),
            ("未拨付的848.65万元", lambda g: g("共安排衔接资金14,170.70万元") - g("累计拨付13,322.05万元")),
            ("提高4.45个百分点", lambda g: g("占全县衔接资金总额的65.65%") - g("比2023年的61.20%")),
            ("8,656.95万元，支付进度93.05%", lambda g: g("产业发展类项目已拨付8,656.95万元") / g("资金规模9,303.70万元") * 100),
            ("平均每个初制所45.00万元", lambda g: g("茶叶初制所提质改造项目安排1,260.00万元") / g("茶叶初制所提质改造28个")),
            ("调整后资金规模2,680.00万元", lambda g: g("原计划安排2,360.00万元") + g("的320.00万元")),
            ("每公里造价75.00万元", lambda g: g("茶园产业路硬化项目安排937.50万元") / g("硬化茶园产业路12.5公里")),
            ("支付进度仅80.0%", lambda g: g("已拨付676.00万元") / g("配套设施项目安排845.00万元") * 100),
            ("完成年度目标36公里的93.89%", lambda g: g("村组道路硬化33.8公里") / 36 * 100),
            ("完工率88.24%", lambda g: g("17个项目中完工15") / 17 * 100),
            ("比2023年的14,902元增长8.83%", lambda g: (g("人均纯收入16,218元") - g("比2023年的14,902元"))
             / g("比2023年的14,902元") * 100),
            ("完成市级下达目标88,000人的102.66%", lambda g: g("务工就业90,342人") / g("下达目标88,000人") * 100),
            ("表示满意的575户，满意度95.8%", lambda g: g("表示满意的575户") / g("随机抽取600户") * 100),
            ("每亩补助400元 | 600.00", lambda g: g("种植冬早马铃薯15,000亩") * 400 / 10000),
            ("每户补助1,500元 | 540.00", lambda g: g("改造农村户厕3,600户") * 1500 / 10000),
            ("每人600元 | 276.00", lambda g: g("补助4,600人") * 600 / 10000),
            ("补贴12个月 | 756.00", lambda g: g("1,260个岗位") * 500 * 12 / 10000),
            ("每人3,000元 | 645.00", lambda g: g("补助2,150人") * 3000 / 10000),
        ],
        subtotal_claims=[("基础设施类4个项目安排3,070.00万元", "类别", "基础设施"),
                         ("就业帮扶类2个项目安排1,032.00万元", "类别", "就业帮扶"),
                         ("其他类2个项目安排765.00万元", "类别", "其他"),
                         ("资金规模9,303.70万元", "类别", "产业发展"),
                         ("产业发展类项目已拨付8,656.95万元", "类别", "产业发展", "b")],
        restated=[("茶叶初制所提质改造项目安排1,260.00万元", 1, "a"), ("已拨付2,437.15万元", 3, "b"),
                  ("调整后资金规模2,680.00万元", 3, "a"), ("茶园产业路硬化项目安排937.50万元", 9, "a"),
                  ("配套设施项目安排845.00万元", 8, "a"), ("已拨付676.00万元", 8, "b")]),
    "sanjiang-oilteafund-2023": dict(
        year=2023,
        industry=lambda r, h, s: r[col(h, "是否产业")] == "是",
        share_fragment="占林业衔接资金的91.00%",
        exec_exact=("已拨付1,787.82万元", "共安排资金1,870.00万元"),
        unrounded={"项目按期完工率": lambda g: g("14个项目中，10") / g("共实施林业衔接资金项目14个") * 100},
        levels={"预算执行": 10, "产出指标": 60, "效益指标": 30},
        claims=[
            ("共安排资金1,870.00万元", lambda g: g("中央衔接资金1,120.00万元") + g("自治区衔接资金486.00万元")
             + g("柳州市级衔接资金90.00万元") + g("县本级财政174.00万元")),
            ("增加227.50万元", lambda g: g("共安排资金1,870.00万元") - g("比2022年的1,642.50万元")),
            ("增长13.85%", lambda g: g("增加227.50万元") / g("比2022年的1,642.50万元") * 100),
            ("已拨付1,787.82万元，支付进度95.61%", lambda g: g("已拨付1,787.82万元") / g("共安排资金1,870.00万元") * 100),
            ("未拨付的82.18万元", lambda g: g("共安排资金1,870.00万元") - g("已拨付1,787.82万元")),
            ("已拨付1,625.16万元，支付进度95.50%", lambda g: g("已拨付1,625.16万元") / g("10个产业项目安排资金1,701.70万元") * 100),
            ("按每亩1,200元标准补助新造油茶林3,000亩", lambda g: g("油茶新造林项目安排360.00万元") * 10000 / 1200),
            ("每亩补助600元，改造4,500亩", lambda g: g("油茶低产林改造项目安排270.00万元") * 10000 / 600),
            ("余下24.00万元为质保金", lambda g: g("设备购置项目安排240.00万元") - g("已拨付216.00万元")),
            ("每公里造价35.00万元", lambda g: g("林区产业路建设项目安排238.00万元") / g("新建林区产业路6.8公里")),
            ("每户奖补800元", lambda g: g("奖补资金99.20万元") * 10000 / g("对1,240户")),
            ("培训2,100人次，人均150元", lambda g: g("培训项目投入31.50万元") * 10000 / g("培训2,100人次")),
            ("按期完工率71.43%", lambda g: g("14个项目中，10") / g("共实施林业衔接资金项目14个") * 100),
            ("36万株，完成目标的60%", lambda g: g("培育优质油茶苗木36万株") / g("培育优质油茶苗木60万株") * 100),
            ("比2022年的7,513吨增长6.3%", lambda g: (g("油茶籽产量7,986吨") - g("比2022年的7,513吨"))
             / g("比2022年的7,513吨") * 100),
        ],
        subtotal_claims=[("10个产业项目安排资金1,701.70万元", "是否产业", "是"),
                         ("已拨付1,625.16万元", "是否产业", "是", "b"),
                         ("非产业项目4个，安排资金168.30万元", "是否产业", "否")],
        restated=[("油茶新造林项目安排360.00万元", 1, "a"), ("油茶低产林改造项目安排270.00万元", 2, "a"),
                  ("设备购置项目安排240.00万元", 5, "a"), ("已拨付216.00万元", 5, "b"),
                  ("林区产业路建设项目安排238.00万元", 9, "a"), ("苗圃建设项目投入96.00万元", 4, "a"),
                  ("奖补资金99.20万元", 10, "a"), ("培训项目投入31.50万元", 13, "a")]),
    "ximeng-ethnicfund-2021": dict(
        year=2021,
        industry=lambda r, h, s: int(r[0]) <= 7,
        share_fragment="占少数民族发展任务资金的61.55%",
        exec_exact=("执行1,041.34万元", "全年预算1,095.00万元"),
        unrounded={"项目当年完工率": lambda g: g("13个项目当年完工12") / g("2021年实施项目13个") * 100},
        levels={"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10},
        claims=[
            ("占全县衔接资金的6.51%", lambda g: g("少数民族发展任务1,095.00万元") / (g("1.6832亿元") * 10000) * 100),
            ("增加75.00万元", lambda g: g("少数民族发展任务1,095.00万元") - g("少数民族发展资金1,020.00万元")),
            ("增长7.35%", lambda g: g("增加75.00万元") / g("少数民族发展资金1,020.00万元") * 100),
            ("中央衔接资金（少数民族发展任务）760.00万元", lambda g: g("提前下达520.00万元") + g("95号文下达240.00万元")),
            ("少数民族发展任务1,095.00万元", lambda g: g("中央衔接资金（少数民族发展任务）760.00万元")
             + g("省级衔接资金285.00万元") + g("县级配套资金50.00万元")),
            ("支出率97.20%", lambda g: g("全年支出48.60万元") / g("县级配套资金50.00万元") * 100),
            ("累计拨付资金1,041.34万元，支付进度95.10%",
             lambda g: g("累计拨付资金1,041.34万元") / g("少数民族发展任务1,095.00万元") * 100),
            ("结转2022年53.66万元", lambda g: g("少数民族发展任务1,095.00万元") - g("累计拨付资金1,041.34万元")),
            ("平均每个村寨115.67万元", lambda g: (g("分别投入180.00万元") + g("180.00万元、95.00万元")
                                             + g("95.00万元、72.00万元")) / 3),
            ("投入108.00万元，每公里72.00万元", lambda g: g("寨内道路硬化1.5公里投入108.00万元") / g("寨内道路硬化1.5公里")),
            ("民居风貌改造42户投入72.00万元", lambda g: g("分别投入180.00万元") - g("寨内道路硬化1.5公里投入108.00万元")),
            ("按每亩800元补助1,200亩", lambda g: g("澳洲坚果提质增效项目安排96.00万元") * 10000 / 800),
            ("已拨付142.50万元，支付进度95%", lambda g: g("已拨付142.50万元") / g("肉牛养殖项目安排150.00万元") * 100),
            ("完成目标的80.00%", lambda g: g("传承人培训96人次") / g("传承人120人次") * 100),
            ("完工率92.31%", lambda g: g("13个项目当年完工12") / g("2021年实施项目13个") * 100),
            ("带动脱贫人口数完成目标的92.72%", lambda g: g("612户2,318人") / g("含监测对象）2,500人") * 100),
            ("比2020年的10,512元增长12.82%", lambda g: (g("人均纯收入11,860元") - g("比2020年的10,512元"))
             / g("比2020年的10,512元") * 100),
            ("满意188份，满意度94%", lambda g: g("满意188份") / g("发放问卷200份") * 100),
            ("满意273份，满意度91%", lambda g: g("满意273份") / g("发放问卷300份") * 100),
            ("全年预算1,095.00万元", lambda g: g("少数民族发展任务1,095.00万元")),
            ("执行1,041.34万元", lambda g: g("累计拨付资金1,041.34万元")),
        ],
        subtotal_rows=[("产业发展项目7个，安排资金674.00万元", range(1, 8), "a"), ("已拨付645.56万元", range(1, 8), "b")],
        restated=[("分别投入180.00万元", 8, "a"), ("180.00万元、95.00万元", 9, "a"), ("95.00万元、72.00万元", 10, "a"),
                  ("澳洲坚果提质增效项目安排96.00万元", 1, "a"), ("肉牛养殖项目安排150.00万元", 7, "a"),
                  ("已拨付142.50万元", 7, "b")]),
    "donglan-linkagefund-2025": dict(
        year=2025,
        industry=lambda r, h, s: int(r[0]) <= 9,
        share_fragment="占衔接资金全年预算的69.25%",
        yuan_table=True,
        unrounded={"资金支付进度": lambda g: g("全年执行2,762.05万元") / g("全年预算3,091.90万元") * 100,
                   "项目完工率": lambda g: g("14个项目中已完工12") / g("实施衔接资金项目14个") * 100},
        levels={"产出指标": 50, "效益指标": 30, "满意度指标": 10},
        claims=[
            ("全年预算3,091.90万元", lambda g: g("当年财政拨款2,765.06万元") + g("2024年结转资金326.84万元")),
            ("全年预算3,091.90万元", lambda g: g("合计｜｜｜30,918,980.52") / 10000),
            ("当年财政拨款2,765.06万元", lambda g: g("中央衔接资金1,862.00万元") + g("自治区衔接资金648.00万元")
             + g("河池市级衔接资金85.00万元") + g("县本级安排170.06万元")),
            ("中央衔接资金1,862.00万元", lambda g: g("提前下达1,420.00万元") + g("下达442.00万元")),
            ("追加785.06万元", lambda g: g("全年预算3,091.90万元") - g("年初预算2,306.84万元")),
            ("全年执行2,762.05万元", lambda g: g("30,918,980.52｜27,620,480.52") / 10000),
            ("全年执行2,762.05万元，执行率89.33%", lambda g: g("全年执行2,762.05万元") / g("全年预算3,091.90万元") * 100),
            ("未执行的329.85万元", lambda g: g("全年预算3,091.90万元") - g("全年执行2,762.05万元")),
            ("折合2,141.20万元", lambda g: g("资金规模21,411,980.52元") / 10000),
            ("每亩补助300元｜2,400,000.00", lambda g: g("改造板栗低产园8,000亩") * 300),
            ("每亩补助600元｜1,800,000.00", lambda g: g("改造油茶低产林3,000亩") * 600),
            ("每户奖补1,200元｜1,875,600.00", lambda g: g("对1,563户") * 1200),
            ("每人500元｜1,115,000.00", lambda g: g("补助脱贫劳动力2,230人") * 500),
            ("每人每年3,000元｜3,492,000.00", lambda g: g("补助中高职在校生1,164人") * 3000),
            ("全年出栏2,160头，完成目标的72%", lambda g: g("全年出栏2,160头") / g("年出栏3,000头") * 100),
            ("供苗14.6万羽，完成目标的73%", lambda g: g("全年供苗14.6万羽") / g("供苗20万羽") * 100),
            ("完工率85.71%", lambda g: g("14个项目中已完工12") / g("实施衔接资金项目14个") * 100),
            ("比2024年的11.30亿元增长10.35%", lambda g: (g("综合产值12.47亿元") - g("比2024年的11.30亿元"))
             / g("比2024年的11.30亿元") * 100),
            ("满意463人，满意度92.6%", lambda g: g("满意463人") / g("受益群众500人") * 100),
            ("预算执行得分8.93分", lambda g: 10 * g("全年执行2,762.05万元") / g("全年预算3,091.90万元")),
            ("绩效指标得分81.07分", lambda g: g("自评总分90.00分") - g("预算执行得分8.93分")),
            ("年度资金总额｜2,306.84", lambda g: g("年初预算2,306.84万元")),
            ("｜2,306.84｜3,091.90", lambda g: g("全年预算3,091.90万元")),
            ("｜3,091.90｜2,762.05", lambda g: g("全年执行2,762.05万元")),
            ("上年结转资金｜326.84", lambda g: g("2024年结转资金326.84万元")),
        ],
        subtotal_rows=[("资金规模21,411,980.52元", range(1, 10), "a")],
        restated=[("冷链加工中心建设项目安排520.00万元", 5, "a"), ("已拨付364.00万元", 5, "b"),
                  ("养殖示范基地建设项目安排386.00万元", 2, "a"), ("已拨付308.80万元", 2, "b"),
                  ("良种繁育场建设项目安排165.00万元", 3, "a"), ("提质增效项目安排240.00万元", 1, "a"),
                  ("小额信贷贴息全年支付294.64万元", 8, "b"), ("雨露计划补助349.20万元", 13, "b")]),
}


def check_clean(name, text, cfg):
    check_years(name, text, cfg["year"])
    sa, sb, ind = check_subprojects(name, text, cfg)
    if cfg.get("yuan_table"):
        w, s = check_funds_block(name, text)
        cfg["extra"] = (w, s)
    check_indicators(name, text, cfg)
    check_claims(name, text, cfg["claims"])
    check_table_links(name, text, cfg)
    n = len(text)
    if not 2500 <= n <= 6000:
        fail(f"{name}: length {n} outside 2,500-6,000 characters")


# ------------------------------------------------------------------ labels and edits
def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    codes = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            fail(f"missing case {rec['case']}")
            continue
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean label inconsistent")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one label")
        for e in rec["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["severity"] != "error":
                fail(f"{rec['case']}: severity {e['severity']}")
            if text.count(e["value"]) != 1:
                fail(f"{rec['case']}: value occurs {text.count(e['value'])} times")
            if e["value"] in clean:
                fail(f"{rec['case']}: value occurs in the clean draft")
        la, lb = clean.split("\n"), text.split("\n")
        if len(la) != len(lb):
            fail(f"{rec['case']}: line count changed")
            continue
        diff = [k for k in range(len(la)) if la[k] != lb[k]]
        two_ok = rec["expected"][0]["code"] in ("score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch")
        if not diff or len(diff) > 2 or (len(diff) == 2 and (diff[1] != diff[0] + 1 or not two_ok)):
            fail(f"{rec['case']}: changed lines {diff}")
        for k in diff:
            x, y = changed_region(la[k], lb[k])
            if len(x) > 16 or len(y) > 16:
                fail(f"{rec['case']}: edit too large on line {k + 1}: {x!r} -> {y!r}")
    return labels, codes


def main():
    for proj, cfg in PROJECTS.items():
        name = proj + "-clean.txt"
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        check_clean(name, text, cfg)
    labels, codes = check_labels()
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in wanted:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)} times (< 2)")
    projects_per_code = {}
    for rec in labels:
        for e in rec["expected"]:
            projects_per_code.setdefault(e["code"], set()).add(rec["source"])
    for c, ps in projects_per_code.items():
        if len(ps) < 2:
            fail(f"code {c} only in {ps}")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} problem(s)")
        return 1
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
