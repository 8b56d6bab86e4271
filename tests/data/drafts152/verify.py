#!/usr/bin/env python3
"""Verify drafts152.

1. labels.jsonl: every case exists, every label value occurs in its case, clean cases expect nothing,
   each of the 13 codes of errors.md §A occurs at least twice.
2. Each error case differs from its clean draft in one place (one contiguous replaced span).
3. Redo the arithmetic of every clean draft (all checks must pass), then run the same checks on every
   error case (each must fail at least one check, i.e. the injected slip really breaks something).
Prints OK at the end.
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
VERBOSE = "-v" in sys.argv


# ---------------------------------------------------------------- helpers
def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: stated value with d decimals matches computed iff |c - v| <= 0.5 * 10^-d."""
    v = D(str(stated).strip().rstrip("%"))
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(D(computed) - v) <= tol


def pct(a, b):
    return D(a) / D(b) * 100


def band(score):
    s = D(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


class Check:
    def __init__(self, text):
        self.t = text
        self.fail = []

    def err(self, msg):
        self.fail.append(msg)

    def one(self, pattern, label=None):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            self.err(f"pattern {label or pattern!r} found {len(ms)} times")
            return None
        return ms[0].groups()

    def all(self, pattern):
        return [m.groups() for m in re.finditer(pattern, self.t)]

    def eq(self, a, b, label):
        if a is None or b is None:
            return
        if D(a) != D(b):
            self.err(f"{label}: {a} != {b}")

    def rate(self, stated, num, den, label):
        if None in (stated, num, den):
            return
        if D(den) == 0:
            self.err(f"{label}: rate {stated} on a zero base")
            return
        c = pct(num, den)
        if c > 100 + Decimal("1e-9"):
            self.err(f"{label}: rate {c:.2f}% above 100% (implausible)")
        if not close(stated, c):
            self.err(f"{label}: stated {stated} vs computed {c:.4f}%")

    def completion(self, stated, actual, target, label, direction="gte"):
        if None in (stated, actual, target):
            return
        if direction == "lte":
            c = Decimal(100) if D(actual) <= D(target) else pct(target, actual)
        else:
            c = pct(actual, target)
        if not close(stated, c):
            self.err(f"{label}: completion {stated} vs computed {c:.4f}%")

    def total(self, parts, stated, label):
        if stated is None or any(p is None for p in parts):
            return
        s = sum(D(p) for p in parts)
        if s != D(stated):
            hint = ""
            for i, p in enumerate(parts):
                for f in (Decimal("0.0001"), Decimal(10000)):
                    if s - D(p) + D(p) * f == D(stated):
                        hint = f" (part {p} is off by a factor 10^4: unit)"
            self.err(f"{label}: {' + '.join(map(str, parts))} = {s} != {stated}{hint}")

    def mean(self, items, stated, label):
        if stated is None or any(i is None for i in items):
            return
        m = sum(D(i) for i in items) / len(items)
        if not close(stated, m):
            self.err(f"{label}: mean {m:.4f} != stated {stated}")

    def grade(self, score, grade, label):
        if None in (score, grade):
            return
        if band(score) != grade[0]:
            self.err(f"{label}: score {score} is {band(score)}, stated {grade}")

    # ---- tables
    def table(self, header_prefix):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(idx) != 1:
            self.err(f"table {header_prefix!r} found {len(idx)} times")
            return None, []
        header = lines[idx[0]].split("｜")
        rows = []
        for l in lines[idx[0] + 1:]:
            if "｜" not in l:
                break
            rows.append([c.strip().replace("其中：", "") for c in l.strip().split("｜")])
        return header, rows

    def years(self, year):
        head = "\n".join(self.t.split("\n")[:3])
        if f"{year}年度" not in head:
            self.err(f"title does not name {year}年度")
        for (y,) in self.all(r"结转至(\d{4})年"):
            if int(y) <= year:
                self.err(f"year: carried over to {y} in the {year} report")
        for (y,) in self.all(r"截至(\d{4})年12月31日"):
            if int(y) != year:
                self.err(f"year: 截至{y}年12月31日 in the {year} report")
        for (y,) in self.all(r"（(\d{4})年度）") + self.all(r"年度：(\d{4})年"):
            if int(y) != year:
                self.err(f"year: table labelled {y} in the {year} report")
        for (y,) in self.all(r"(\d{4})年12月提前下达"):
            if int(y) != year - 1:
                self.err(f"year: advance issued in December {y} for {year}")

    def weight_scheme(self):
        g = self.one(r"预算执行(?:率)?(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", "weight scheme")
        if g:
            self.total(list(g), "100", "weight scheme")
            return dict(zip(["exec", "产出", "效益", "满意度"], g))
        return {}


NUM = re.compile(r"^(≥|≤|＞|＜)?(\d+(?:\.\d+)?)(.*)$")


def parse_val(s):
    if "年" in s and "月" in s:      # a date
        return None
    m = NUM.match(s)
    if not m:
        return None
    return m.group(1) or "", m.group(2), m.group(3)


def indicator_table(c, exec_ws=None):
    """Generic checks on an indicator table: rules §5 scores, completion column, units, weight and score sums.
    exec_ws: (weight, score) of the execution line kept in a separate funds block."""
    header, rows = c.table("一级指标｜")
    if header is None:
        return None, None, {}
    iT, iA, iW, iS = (header.index(h) for h in ("年度指标值", "实际完成值", "分值", "得分"))
    iC = header.index("完成率") if "完成率" in header else None
    ws, ss, lvl = [], [], Counter()
    tot_w = tot_s = grade = None
    if exec_ws:
        ws.append(exec_ws[0]); ss.append(exec_ws[1]); lvl["预算执行"] += D(exec_ws[0])
    for r in rows:
        if r[0] in ("合计", "总分"):
            tot_w, tot_s = r[iW], r[iS]
            g = re.search(r"评价等级：(优|良|中|差)", "｜".join(r))
            grade = g.group(1) if g else None
            continue
        name = r[2]
        try:
            w, s = D(r[iW]), D(r[iS])
        except Exception:
            c.err(f"row {name}: unreadable weight/score {r[iW]!r}/{r[iS]!r}")
            continue
        ws.append(r[iW]); ss.append(r[iS]); lvl[r[0][:2]] += w
        if s > w or s < 0:
            c.err(f"row {name}: score {s} exceeds weight {w}")
        t, a = parse_val(r[iT]), parse_val(r[iA])
        if t and a is None and r[iA] and not re.search(r"年.*月|[\u4e00-\u9fff]{2,}", r[iA]):
            c.err(f"row {name}: actual {r[iA]!r} unreadable")
        if t and a:
            sign, tv, tu = t
            _, av, au = a
            if tu != au:
                c.err(f"row {name}: unit of target {r[iT]!r} vs actual {r[iA]!r}")
                continue
            if sign in ("≤", "＜"):
                comp = Decimal(100) if D(av) <= D(tv) else pct(tv, av)
            elif D(tv) == 0:
                comp = Decimal(100) if D(av) <= 0 else Decimal(0)
            else:
                comp = pct(av, tv)
            exp = (w * min(comp, Decimal(100)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if not close(r[iS], exp):
                c.err(f"row {name}: score {r[iS]} vs rule {exp}")
            if iC is not None and r[iC] not in ("—", ""):
                if not close(r[iC], comp):
                    c.err(f"row {name}: completion {r[iC]} vs computed {comp:.4f}%")
        elif iC is not None and a is not None and t is None and r[iC] not in ("—",):
            c.err(f"row {name}: completion given for a non-numeric target")
    if tot_w is None:
        c.err("indicator table: no total row")
        return None, None, lvl
    c.total(ws, tot_w, "indicator weights")
    c.eq(tot_w, "100", "indicator total weight")
    c.total(ss, tot_s, "indicator scores")
    return tot_s, grade, lvl


def funds_block(c):
    """MOF funds block: 年度资金总额 = Σ components per column, rates, score; zero base -> '—'."""
    header, rows = c.table("资金情况（万元）｜")
    if header is None:
        return None
    rows = {r[0]: r for r in rows}
    tot = rows["年度资金总额"]
    comps = [rows["当年财政拨款"], rows["上年结转资金"], rows["其他资金"]]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total([r[col] for r in comps], tot[col], f"funds block {nm}")
    for r in [tot] + comps:
        if D(r[2]) == 0:
            if r[5] not in ("—", "0", "0.00%"):
                c.err(f"funds block {r[0]}: rate {r[5]} on a zero budget (implausible)")
        else:
            c.rate(r[5], r[3], r[2], f"funds block {r[0]} rate")
    exp = (D(tot[4]) * min(pct(tot[3], tot[2]), Decimal(100)) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if not close(tot[6], exp) and not close(tot[6], D(tot[4]) * D(tot[5].rstrip("%")) / 100):
        c.err(f"funds block score {tot[6]} vs {exp}")
    return tot


# ---------------------------------------------------------------- per-draft checks
def check_nanfeng(c):
    t = c
    c.years(2021)
    g = c.one(r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    if g:
        c.total([g[1], g[2]], g[0], "年初 = 基本 + 项目")
    add = c.one(r"资金([\d.]+)万元，全年预算调整为([\d.]+)万元")
    src = c.one(r"一般公共预算拨款([\d.]+)万元、政府性基金预算拨款([\d.]+)万元、上年结转([\d.]+)万元")
    spent = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    if g and add:
        c.total([g[0], add[0]], add[1], "年初 + 追加 = 全年")
    if src and add:
        c.total(list(src), add[1], "sources = 全年")
    if spent and add:
        c.rate(spent[1], spent[0], add[1], "部门执行率 (text)")
    # table 1
    _, rows = c.table("支出类别｜")
    r = {x[0]: x for x in rows}
    for col in (1, 2, 3):
        c.total([r["人员经费"][col], r["公用经费"][col]], r["基本支出"][col], f"表1 基本支出 col{col}")
        c.total([r["基本支出"][col], r["项目支出"][col]], r["合计"][col], f"表1 合计 col{col}")
    for k in r:
        c.rate(r[k][4], r[k][3], r[k][2], f"表1 {k} 执行率")
    if g:
        c.eq(g[0], r["合计"][1], "年初 text vs 表1"); c.eq(g[1], r["基本支出"][1], "基本 年初 text vs 表1")
        c.eq(g[2], r["项目支出"][1], "项目 年初 text vs 表1")
    if add:
        c.eq(add[1], r["合计"][2], "全年 text vs 表1")
    if spent:
        c.eq(spent[0], r["合计"][3], "执行 text vs 表1"); c.eq(spent[1].rstrip("%"), r["合计"][4].rstrip("%"), "rate text vs 表1")
    # table 2
    _, rows2 = c.table("项目名称｜全年预算数")
    p = {x[0]: x for x in rows2}
    items = [k for k in p if k != "小计"]
    for col in (1, 2):
        c.total([p[k][col] for k in items], p["小计"][col], f"表2 小计 col{col}")
    for k in p:
        c.rate(p[k][3], p[k][2], p[k][1], f"表2 {k} 执行率")
    c.eq(p["小计"][1], r["项目支出"][2], "表2 vs 表1 项目 全年"); c.eq(p["小计"][2], r["项目支出"][3], "表2 vs 表1 项目 执行")
    hz = p["河长制工作经费"]
    intro = c.one(r"河长制工作经费(\d+(?:\.\d+)?)万元是")
    c.eq(intro and intro[0], hz[1], "河长制经费 intro vs 表2")
    b = c.one(r"年初安排([\d.]+)万元，年中省级河长制考核奖补追加([\d.]+)万元，实际支出([\d.]+)万元，其中河道保洁([\d.]+)万元、巡河及信息平台运维([\d.]+)万元、\"清四乱\"整治及水质监测([\d.]+)万元、宣传培训([\d.]+)万元")
    if b:
        c.total([b[0], b[1]], hz[1], "河长制 年初 + 追加")
        c.eq(b[2], hz[2], "河长制 支出 text vs 表2")
        c.total(list(b[3:]), b[2], "河长制 支出构成")
    bal = c.one(r"年末结转资金([\d.]+)万元")
    c.eq(bal and bal[0], D(r["合计"][2]) - D(r["合计"][3]), "结转 = 全年 - 执行")
    hc = c.one(r"三级河长(\d+)名，其中县级河长(\d+)名、乡级河长(\d+)名、村级河长(\d+)名")
    if hc:
        c.total(list(hc[1:]), hc[0], "河长人数")
    q = c.one(r"暗访督查(\d+)次，四个季度分别为(\d+)次、(\d+)次、(\d+)次、(\d+)次，季度平均([\d.]+)次")
    if q:
        c.total(list(q[1:5]), q[0], "督查次数"); c.mean(list(q[1:5]), q[5], "季度平均")
    bj = c.one(r"保洁总长度(\d+)公里，.*?保洁单价(\d+)元/公里·年")
    if bj and b:
        if not close(b[3], D(bj[0]) * D(bj[1]) / 10000):
            c.err("河道保洁 单价 × 长度 != 保洁费")
    ys = c.one(r"维修养护(\d+)处，完成率([\d.]+%)")
    c.completion(ys and ys[1], ys and ys[0], "35", "饮水维修养护完成率")
    sat = c.one(r"回收(\d+)份，满意和基本满意(\d+)份，满意度([\d.]+%)")
    if sat:
        c.rate(sat[2], sat[1], sat[0], "满意度")
    tot_s, _, lvl = indicator_table(c)
    c.eq(lvl["产出"], 50, "产出 weights"); c.eq(lvl["效益"], 30, "效益 weights"); c.eq(lvl["满意"], 10, "满意度 weights")
    _, rows3 = c.table("一级指标｜")
    rr = {x[2]: x for x in rows3 if len(x) > 4}
    if spent:
        c.eq(rr["部门预算执行率"][4].rstrip("%"), spent[1].rstrip("%"), "执行率 table 3 vs text")
    if sat:
        c.eq(rr["沿河群众满意度"][4].rstrip("%"), sat[2].rstrip("%"), "满意度 table vs text")
    if ys:
        c.eq(rr["农村饮水工程维修养护"][4].rstrip("处"), ys[0], "维修养护 table vs text")
    gr = c.one(r"自评等级为\"(优|良|中|差)\"")
    c.grade(tot_s, gr and gr[0], "grade")


def check_yangshan(c):
    c.years(2020)
    c.weight_scheme()
    n = c.one(r"农村集中供水工程(\d+)处，其中千吨万人供水工程(\d+)处、村级小型集中供水工程(\d+)处")
    if n:
        c.total([n[1], n[2]], n[0], "供水工程处数")
    a = c.one(r"年初预算([\d.]+)万元，其中省级[^，]*?补助([\d.]+)万元（于\d{4}年12月提前下达）、县级配套([\d.]+)万元")
    if a:
        c.total([a[1], a[2]], a[0], "年初 = 省 + 县")
    b = c.one(r"追加县级资金([\d.]+)万元用于应急修复，全年预算调整为([\d.]+)万元")
    if a and b:
        c.total([a[0], b[0]], b[1], "年初 + 追加")
    s = c.one(r"实际支出([\d.]+)万元，预算执行率([\d.]+%)，结余([\d.]+)万元")
    if s and b:
        c.rate(s[1], s[0], b[1], "执行率 (text)")
        c.eq(s[2], D(b[1]) - D(s[0]), "结余 = 到位 - 执行")
    parts = c.one(r"管网维修更换([\d.]+)万元，水源地及蓄水池清淤([\d.]+)万元，净化消毒设备维护([\d.]+)万元，水质检测([\d.]+)万元，水毁工程应急修复([\d.]+)万元")
    if parts and s:
        c.total(list(parts), s[0], "支出构成")
    src = c.one(r"省级补助资金([\d.]+)万元已全部支出，县级资金([\d.]+)万元支出([\d.]+)万元，支出率([\d.]+%)")
    if src and a and b and s:
        c.eq(src[0], a[1], "省级 twice"); c.total([a[2], b[0]], src[1], "县级 = 配套 + 追加")
        c.rate(src[3], src[2], src[1], "县级支出率"); c.total([src[0], src[2]], s[0], "省 + 县 支出")
    tot = funds_block(c)
    if tot and a and b and s:
        c.eq(tot[1], a[0], "年初 table vs text"); c.eq(tot[2], b[1], "全年 table vs text")
        c.eq(tot[3], s[0], "执行 table vs text"); c.eq(tot[5].rstrip("%"), s[1].rstrip("%"), "执行率 table vs text")
    tot_s, _, lvl = indicator_table(c, exec_ws=(tot[4], tot[6]) if tot else None)
    c.eq(lvl["产出"], 50, "产出 weights"); c.eq(lvl["效益"], 30, "效益 weights"); c.eq(lvl["满意"], 10, "满意度 weights")
    _, rows = c.table("一级指标｜")
    rr = {x[2]: x for x in rows if len(x) > 4}
    w = c.one(r"维修养护农村供水工程(\d+)处，完成率([\d.]+%)")
    if w:
        c.completion(w[1], w[0], "96", "维修养护完成率 (text)"); c.eq(rr["维修养护供水工程数量"][4].rstrip("处"), w[0], "维修养护 table vs text")
    g = c.one(r"更换维修输配水管网([\d.]+)公里，完成率([\d.]+%)")
    if g:
        c.completion(g[1], g[0], "38", "管网完成率 (text)"); c.eq(rr["更换维修输配水管网长度"][4].rstrip("公里"), g[0], "管网 table vs text")
    q = c.one(r"抽检水样(\d+)个，合格(\d+)个，合格率([\d.]+%)")
    if q:
        c.rate(q[2], q[1], q[0], "水质合格率"); c.eq(rr["农村供水水质抽检合格率"][4].rstrip("%"), q[2].rstrip("%"), "水质 table vs text")
    av = c.one(r"单处工程平均维修养护费用([\d.]+)万元")
    if av and s and w:
        if not close(av[0], D(s[0]) / D(w[0])):
            c.err("单处平均费用 != 支出 / 处数")
        c.eq(rr["单处工程平均维修养护费用"][4].rstrip("万元"), av[0], "单处费用 table vs text")
    sat = c.one(r"收回有效问卷(\d+)份，其中满意和基本满意(\d+)份，受益群众满意度([\d.]+%)")
    if sat:
        c.rate(sat[2], sat[1], sat[0], "满意度"); c.eq(rr["受益群众满意度"][4].rstrip("%"), sat[2].rstrip("%"), "满意度 table vs text")
    pz = c.one(r"受益农村人口达到([\d.]+)万人，全年农村集中供水保证率([\d.]+)%")
    if pz:
        c.eq(rr["受益农村人口"][4].rstrip("万人"), pz[0], "受益人口"); c.eq(rr["农村集中供水保证率"][4].rstrip("%"), pz[1], "保证率")
    for sc, gr in c.all(r"自评得分([\d.]+)分，等级为(优|良|中|差)"):
        c.grade(sc, gr, "grade (text)")
    cur = c.one(r"2020年度自评得分([\d.]+)分")
    c.eq(cur and cur[0], tot_s, "总分 text vs table")


def check_neiqiu(c):
    c.years(2023)
    c.weight_scheme()
    _, rows = c.table("水库名称｜")
    items = [x for x in rows if x[0] != "合计"]
    tot1 = [x for x in rows if x[0] == "合计"]
    if tot1:
        c.total([x[3] for x in items], tot1[0][3], "表1 各水库预算")
    if len(items) != 6:
        c.err("表1: not 6 reservoirs")
    a = c.one(r"项目年初预算([\d.]+)万元，[^。]*?追加[^。]*?资金([\d.]+)万元，全年预算调整为([\d.]+)万元，其中中央水利发展资金([\d.]+)万元、省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    if a:
        c.total([a[0], a[1]], a[2], "年初 + 追加"); c.total(list(a[3:]), a[2], "全年 sources")
        if tot1:
            c.eq(tot1[0][3], a[2], "表1 合计 vs 全年")
    _, rows2 = c.table("项目｜行次｜")
    r = {x[0]: x for x in rows2}
    for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        c.total(r[k][3:6], r[k][2], f"表2 {k} 合计")
    for col in range(2, 6):
        c.eq(r["资金结余"][col], D(r["实际到位资金"][col]) - D(r["全年执行资金"][col]), f"表2 结余 col{col}")
        c.rate(r["预算到位率"][col], r["实际到位资金"][col], r["全年预算资金"][col], f"表2 到位率 col{col}")
        c.rate(r["预算执行率"][col], r["全年执行资金"][col], r["全年预算资金"][col], f"表2 执行率 col{col}")
    if a:
        c.eq(r["年初预算资金"][2], a[0], "年初 表2 vs text")
        for col, v in zip(range(2, 6), (a[2], a[3], a[4], a[5])):
            c.eq(r["全年预算资金"][col], v, f"全年 表2 vs text col{col}")
    s = c.one(r"县级资金到位([\d.]+)万元，到位资金合计([\d.]+)万元；全年实际支出([\d.]+)万元，预算执行率([\d.]+%)，资金结余([\d.]+)万元")
    if s:
        c.eq(s[0], r["实际到位资金"][5], "县级到位 text vs 表2"); c.eq(s[1], r["实际到位资金"][2], "到位 text vs 表2")
        c.eq(s[2], r["全年执行资金"][2], "执行 text vs 表2"); c.eq(s[4], D(s[1]) - D(s[2]), "结余 = 到位 - 执行")
        c.rate(s[3], s[2], r["全年预算资金"][2], "执行率 text")
    p = c.one(r"工程施工费([\d.]+)万元、监理费([\d.]+)万元、设计及安全鉴定费([\d.]+)万元、质量检测费([\d.]+)万元、其他费用([\d.]+)万元")
    if p and s:
        c.total(list(p), s[2], "支出构成")
    sat = c.one(r"回收有效问卷(\d+)份，满意和基本满意(\d+)份，满意度([\d.]+%)")
    if sat:
        c.rate(sat[2], sat[1], sat[0], "满意度")
    df = c.one(r"下游受保护人口([\d.]+)万人，恢复和改善灌溉面积([\d.]+)万亩，较目标分别少([\d.]+)万人、([\d.]+)万亩")
    tot_s, grade, lvl = indicator_table(c)
    c.eq(lvl["产出"], 50, "产出 weights"); c.eq(lvl["效益"], 30, "效益 weights"); c.eq(lvl["满意"], 10, "满意度 weights")
    _, rows3 = c.table("一级指标｜")
    rr = {x[2]: x for x in rows3 if len(x) > 4}
    if df:
        c.eq(df[0], rr["下游受保护人口"][4].rstrip("万人"), "受保护人口 text vs table")
        c.eq(df[1], rr["恢复和改善灌溉面积"][4].rstrip("万亩"), "灌溉面积 text vs table")
        c.eq(df[2], D(rr["下游受保护人口"][3].lstrip("≥").rstrip("万人")) - D(df[0]), "人口差")
        c.eq(df[3], D(rr["恢复和改善灌溉面积"][3].lstrip("≥").rstrip("万亩")) - D(df[1]), "灌溉差")
    if sat:
        c.eq(rr["受益群众满意度"][4].rstrip("%"), sat[2].rstrip("%"), "满意度 table vs text")
    if s:
        c.eq(rr["全年预算执行率"][4].rstrip("%"), s[3].rstrip("%"), "执行率 table vs text")
        c.eq(rr["工程投资控制"][4].rstrip("万元"), s[2], "投资 table vs text")
    c.grade(tot_s, grade, "grade (table)")
    g2 = c.one(r"本项目2023年度得分([\d.]+)分，评价等级为\"(优|良|中|差)\"")
    if g2:
        c.eq(g2[0], tot_s, "总分 text vs table"); c.grade(g2[0], g2[1], "grade (text)")


def check_mizhi(c):
    c.years(2019)
    wsch = c.weight_scheme()
    f = c.one(r"全年预算([\d.]+)万元，其中中央水利发展资金（水土保持）([\d.]+)万元、省级资金([\d.]+)万元、县级配套资金([\d.]+)万元。年初预算([\d.]+)万元")
    if f:
        c.total(list(f[1:4]), f[0], "全年 sources"); c.total([f[1], f[2]], f[4], "年初 = 中央 + 省")
    adv = c.one(r"提前下达([\d.]+)万元，2019年6月下达([\d.]+)万元")
    if adv and f:
        c.total(list(adv), f[1], "中央两批")
    s = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)。其中坡改梯工程([\d.]+)万元、营造水土保持林([\d.]+)万元、栽植经济林([\d.]+)万元、封禁治理及小型蓄水工程([\d.]+)万元、监测及前期工作费([\d.]+)万元")
    if s and f:
        c.rate(s[1], s[0], f[0], "执行率"); c.total(list(s[2:]), s[0], "支出构成")
    sub = c.one(r"子项目预算([\d.]+)万元，已支出([\d.]+)万元，执行率([\d.]+%)")
    if sub:
        c.rate(sub[2], sub[1], sub[0], "子项目执行率")
    bal = c.one(r"未支出的([\d.]+)万元")
    if bal and s and f:
        c.eq(bal[0], D(f[0]) - D(s[0]), "结转 = 到位 - 支出")
    # indicators
    ind = {}
    g = c.one(r"年度目标(\d+)平方公里，实际完成([\d.]+)平方公里（折合(\d+)亩），完成率([\d.]+%)。其中坡改梯(\d+)亩、水土保持林(\d+)亩、经济林(\d+)亩、封禁治理(\d+)亩。该项权重(\d+)分，得([\d.]+)分")
    if g:
        c.completion(g[3], g[1], g[0], "综合治理面积完成率")
        c.eq(g[2], D(g[1]) * 1500, "平方公里 -> 亩"); c.total(list(g[4:8]), g[2], "治理面积构成")
        ind["area"] = ("gte", g[0], g[1], g[8], g[9])
    g2 = c.one(r"年度目标(\d+)亩，实际完成(\d+)亩，完成率([\d.]+%)，权重(\d+)分，得([\d.]+)分。分镇看，杨家沟镇(\d+)亩、沙家店镇(\d+)亩、印斗镇(\d+)亩、桃镇(\d+)亩、龙镇(\d+)亩，平均每镇(\d+)亩")
    if g2:
        c.completion(g2[2], g2[1], g2[0], "坡改梯完成率"); c.total(list(g2[5:10]), g2[1], "分镇坡改梯")
        c.mean(list(g2[5:10]), g2[10], "平均每镇"); ind["tt"] = ("gte", g2[0], g2[1], g2[3], g2[4])
        if g:
            c.eq(g[4], g2[1], "坡改梯 twice")
    g3 = c.one(r"目标(\d+)%以上，抽查验收合格率(\d+)%，权重(\d+)分，得([\d.]+)分")
    if g3:
        ind["ys"] = ("gte",) + tuple(g3)
    g4 = c.one(r"目标(\d+)%以上，秋季核查成活率([\d.]+)%，完成率([\d.]+%)，权重(\d+)分，得([\d.]+)分")
    if g4:
        c.completion(g4[2], g4[1], g4[0], "成活率完成率"); ind["ch"] = ("gte", g4[0], g4[1], g4[3], g4[4])
    g5 = c.one(r"属部分达成，权重(\d+)分，得([\d.]+)分")
    if g5:
        if not (D("0.6") * D(g5[0]) <= D(g5[1]) < D("0.8") * D(g5[0])):
            c.err("完工时间: partial score outside [60%, 80%)")
    out = c.one(r"以上产出指标合计得([\d.]+)分")
    b1 = c.one(r"目标([\d.]+)万吨，按已完成治理面积测算新增年保土能力([\d.]+)万吨，完成率([\d.]+%)，权重(\d+)分，得([\d.]+)分")
    if b1:
        c.completion(b1[2], b1[1], b1[0], "保土完成率"); ind["bt"] = ("gte", b1[0], b1[1], b1[3], b1[4])
    b2 = c.one(r"目标提高(\d+)个百分点，实际提高([\d.]+)个百分点，权重(\d+)分，得([\d.]+)分")
    if b2:
        ind["fg"] = ("gte",) + tuple(b2)
    b3 = c.one(r"目标(\d+)户，实际带动(\d+)户，完成率([\d.]+%)，权重(\d+)分，得([\d.]+)分")
    if b3:
        c.completion(b3[2], b3[1], b3[0], "受益农户完成率"); ind["nh"] = ("gte", b3[0], b3[1], b3[3], b3[4])
    ben = c.one(r"以上效益指标合计得([\d.]+)分")
    sat = c.one(r"收回有效问卷(\d+)份，满意和基本满意(\d+)份，满意度([\d.]+%)，未达到(\d+)%的目标，权重(\d+)分，得([\d.]+)分")
    if sat:
        c.rate(sat[2], sat[1], sat[0], "满意度"); ind["sat"] = ("gte", sat[3], sat[2].rstrip("%"), sat[4], sat[5])
    for k, (_, T, A, w, sc) in ind.items():
        if D(sc) > D(w):
            c.err(f"{k}: score {sc} exceeds weight {w}")
        comp = min(pct(A, T), Decimal(100))
        exp = (D(w) * comp / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if not close(sc, exp):
            c.err(f"{k}: score {sc} vs rule {exp}")
    out_keys, ben_keys = ["area", "tt", "ys", "ch"], ["bt", "fg", "nh"]
    if all(k in ind for k in out_keys) and g5:
        ow = [ind[k][3] for k in out_keys] + [g5[0]]
        osc = [ind[k][4] for k in out_keys] + [g5[1]]
        c.total(ow, wsch.get("产出"), "产出 weights")
        c.total(osc, out and out[0], "产出 scores")
    if all(k in ind for k in ben_keys):
        c.total([ind[k][3] for k in ben_keys], wsch.get("效益"), "效益 weights")
        c.total([ind[k][4] for k in ben_keys], ben and ben[0], "效益 scores")
    if "sat" in ind:
        c.eq(ind["sat"][3], wsch.get("满意度"), "满意度 weight")
    tt = c.one(r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，综合得分([\d.]+)分")
    if tt:
        c.total(list(tt[:4]), tt[4], "综合得分")
        if s:
            exp = (D(wsch.get("exec", 10)) * pct(s[0], f[0]) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            if not close(tt[0], exp):
                c.err(f"预算执行得分 {tt[0]} vs {exp}")
        c.eq(tt[1], out and out[0], "产出 total twice"); c.eq(tt[2], ben and ben[0], "效益 total twice")
        c.eq(tt[3], sat and sat[5], "满意度 score twice")
        gr = c.one(r"自评等级为\"(优|良|中|差)\"")
        c.grade(tt[4], gr and gr[0], "grade")


def check_hailin(c):
    c.years(2024)
    c.weight_scheme()
    st = c.one(r"已建成自动雨量站(\d+)处、自动水位站(\d+)处")
    f = c.one(r"年初预算([\d.]+)万元，其中中央水利发展资金([\d.]+)万元、市级财政资金([\d.]+)万元，年内未作调整，全年预算([\d.]+)万元")
    if f:
        c.total([f[1], f[2]], f[0], "年初 sources"); c.eq(f[0], f[3], "未调整: 年初 = 全年")
    s = c.one(r"全年实际支出([\d.]+)万元，执行率([\d.]+%)（2023年该项目执行率为[\d.]+%），结余([\d.]+)万元")
    if s and f:
        c.rate(s[1], s[0], f[3], "执行率 (text)"); c.eq(s[2], D(f[3]) - D(s[0]), "结余")
    p = c.one(r"监测站点运维([\d.]+)万元、预警广播维护([\d.]+)万元、平台运行及通信费([\d.]+)万元、群测群防([\d.]+)万元、危险区调查评价更新([\d.]+)万元")
    if p and s:
        c.total(list(p), s[0], "支出构成")
    sr = c.one(r"分资金来源看，中央资金已支出([\d.]+)万元，支出率([\d.]+%)；市级资金已支出([\d.]+)万元，支出率([\d.]+%)")
    if sr and f and s:
        c.rate(sr[1], sr[0], f[1], "中央支出率"); c.rate(sr[3], sr[2], f[2], "市级支出率")
        c.total([sr[0], sr[2]], s[0], "中央 + 市级 支出")
    _, rows = c.table("乡镇｜")
    towns = [x for x in rows if x[0] not in ("合计", "平均")]
    r = {x[0]: x for x in rows}
    for col in (1, 2, 3):
        c.total([x[col] for x in towns], r["合计"][col], f"表1 合计 col{col}")
        c.mean([x[col] for x in towns], r["平均"][col], f"表1 平均 col{col}")
    if p:
        c.eq(p[0], r["合计"][3], "站点运维费 text vs 表1")
    if st:
        c.eq(st[0], r["合计"][1], "雨量站 text vs 表1"); c.eq(st[1], r["合计"][2], "水位站 text vs 表1")
    goal = c.one(r"保障全市(\d+)处自动雨量站、(\d+)处自动水位站")
    if goal and st:
        c.eq(goal[0], st[0], "雨量站 goal"); c.eq(goal[1], st[1], "水位站 goal")
    mt = c.one(r"全年维护雨量站(\d+)处、水位站(\d+)处，单站年均运维费用([\d.]+)万元")
    if mt:
        if not close(mt[2], D(r["合计"][3]) / (D(mt[0]) + D(mt[1]))):
            c.err("单站年均运维费用 != 运维费 / 站数")
    tr = c.one(r"防御培训(\d+)场次、培训乡村两级责任人和监测员\d+人次，完成率([\d.]+%)")
    dr = c.one(r"监测数据到报率([\d.]+)%，完成率([\d.]+%)，比目标低([\d.]+)个百分点")
    sat = c.one(r"收回有效问卷(\d+)份，满意和基本满意(\d+)份，满意度([\d.]+%)")
    if sat:
        c.rate(sat[2], sat[1], sat[0], "满意度")
    tot = funds_block(c)
    if tot and f and s:
        c.eq(tot[1], f[0], "年初 table vs text"); c.eq(tot[2], f[3], "全年 table vs text")
        c.eq(tot[3], s[0], "执行 table vs text"); c.eq(tot[5].rstrip("%"), s[1].rstrip("%"), "执行率 table vs text")
    tot_s, _, lvl = indicator_table(c, exec_ws=(tot[4], tot[6]) if tot else None)
    c.eq(lvl["产出"], 50, "产出 weights"); c.eq(lvl["效益"], 30, "效益 weights"); c.eq(lvl["满意"], 10, "满意度 weights")
    _, rows3 = c.table("一级指标｜")
    rr = {x[2]: x for x in rows3 if len(x) > 4}
    if mt:
        c.eq(rr["自动雨量站运维数量"][4].rstrip("处"), mt[0], "雨量站 table vs text")
        c.eq(rr["自动水位站运维数量"][4].rstrip("处"), mt[1], "水位站 table vs text")
        c.eq(rr["单站年均运维费用"][4].rstrip("万元"), mt[2], "单站费用 table vs text")
    if tr:
        T = rr["山洪灾害防御培训"][3].lstrip("≥").rstrip("场次")
        c.completion(tr[1], tr[0], T, "培训完成率"); c.eq(rr["山洪灾害防御培训"][4].rstrip("场次"), tr[0], "培训 table vs text")
    if dr:
        T = rr["监测数据到报率"][3].lstrip("≥").rstrip("%")
        c.completion(dr[1], dr[0], T, "到报率完成率"); c.eq(dr[2], D(T) - D(dr[0]), "到报率差")
        c.eq(rr["监测数据到报率"][4].rstrip("%"), dr[0], "到报率 table vs text")
    if sat:
        c.eq(rr["危险区群众满意度"][4].rstrip("%"), sat[2].rstrip("%"), "满意度 table vs text")
    g = c.one(r"本项目自评得分([\d.]+)分，评价等级为\"(优|良|中|差)\"")
    if g:
        c.eq(g[0], tot_s, "总分 text vs table"); c.grade(g[0], g[1], "grade")


CHECKS = {
    "nanfeng-waterdept-2021": check_nanfeng,
    "yangshan-yinshui-2020": check_yangshan,
    "neiqiu-reservoir-2023": check_neiqiu,
    "mizhi-shuibao-2019": check_mizhi,
    "hailin-shanhong-2024": check_hailin,
}


def run_checks(src, text):
    c = Check(text)
    try:
        CHECKS[src](c)
    except Exception as exc:      # a parse failure counts as a failed check
        c.err(f"exception {type(exc).__name__}: {exc}")
    return c.fail


def one_place(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    texts = {l["case"]: open(os.path.join(CASES, l["case"]), encoding="utf-8").read() for l in labels}
    cleans = {l["source"]: texts[l["case"]] for l in labels if l["clean"]}
    if len(cleans) != 5:
        problems.append(f"{len(cleans)} clean drafts, expected 5")
    for l in labels:
        t = texts[l["case"]]
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with expectations")
            n = len(t)
            if not 3000 <= n <= 9000:
                problems.append(f"{l['case']}: {n} characters")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: {len(l['expected'])} expectations")
        for e in l["expected"]:
            codes[e["code"]] += 1
            if e["code"] not in CODES:
                problems.append(f"{l['case']}: unknown code {e['code']}")
            if e["severity"] != "error":
                problems.append(f"{l['case']}: severity {e['severity']}")
            if e["value"] not in t:
                problems.append(f"{l['case']}: value {e['value']!r} not in case")
        old, new = one_place(cleans[l["source"]], t)
        if not old and not new:
            problems.append(f"{l['case']}: identical to its clean draft")
        if max(len(old), len(new)) > 120:
            problems.append(f"{l['case']}: changed span too long ({len(old)}/{len(new)} chars)")
        # the changed span must overlap an occurrence of the value
        pre = 0
        while pre < min(len(t), len(cleans[l["source"]])) and t[pre] == cleans[l["source"]][pre]:
            pre += 1
        span = (pre, pre + len(new))
        hit = False
        for e in l["expected"]:
            k = t.find(e["value"])
            while k >= 0:
                if k < max(span[1], span[0] + 1) and k + len(e["value"]) > span[0]:
                    hit = True
                k = t.find(e["value"], k + 1)
        if not hit:
            problems.append(f"{l['case']}: no occurrence of the value overlaps the change")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    # arithmetic
    for l in labels:
        fails = run_checks(l["source"], texts[l["case"]])
        if l["clean"]:
            for f in fails:
                problems.append(f"{l['case']}: {f}")
        else:
            if not fails:
                problems.append(f"{l['case']}: injected error not caught by any check")
            if VERBOSE:
                print(f"{l['case']:34s} {l['expected'][0]['code']:22s} -> {fails}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} labelled errors, codes: "
          + ", ".join(f"{k}={codes[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
