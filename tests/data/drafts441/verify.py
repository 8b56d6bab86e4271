#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one contiguous place that
   overlaps the label value; the figure an edit changes is stated only once in the clean draft (build.py `figure`);
2. every code of errors.md §A used here occurs at least twice;
3. the arithmetic of every clean draft is redone (all checks must pass) and of every error case (the labelled code
   must fail, no other error-level code may fail).

Amounts are compared in 万元 with the tolerance of rules.md §8 (half a unit of the last decimal written).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN_RULE = "score_rule_mismatch"  # warning-level: must hold in clean drafts, ignored in error cases


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers

def N(s):
    return D(str(s).replace(",", "").replace("−", "-").strip())


def dp(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -dp(s)) + D("1e-9")


def close(computed, stated):
    return abs(D(computed) - N(stated)) <= tol(stated)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


UNIT = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def W(v, u):
    """amount in 万元"""
    return N(v) * UNIT[u]


def WT(v, u):
    """tolerance in 万元 of an amount written as v u"""
    return tol(v) * UNIT[u]


def one(t, pat):
    ms = list(re.finditer(pat, t, re.S))
    if len(ms) != 1:
        raise ParseError(f"{pat!r}: {len(ms)} matches")
    return ms[0].groups()


NUM = r"(\d[\d,]*(?:\.\d+)?)"


def nums(s, suffix=""):
    return re.findall(NUM + suffix, s)


# ---------------------------------------------------------------- collector

class Checks:
    def __init__(self):
        self.fails = []

    def add(self, code, ok, msg):
        if not ok:
            self.fails.append((code, msg))

    def eq(self, code, computed, stated, msg):
        self.add(code, close(computed, stated), f"{msg}: computed {D(computed):.4f}, stated {stated}")

    def same(self, a, b, msg):
        """the same quantity stated twice (plain numbers): equal within the looser tolerance"""
        self.add("conflicting_values", abs(N(a) - N(b)) <= max(tol(a), tol(b)), f"{msg}: {a} vs {b}")

    def money_same(self, a, b, msg):
        """two statements of one amount, a/b = (value, unit); rescaling by 10^4 explains -> unit_mismatch"""
        x, y = W(*a), W(*b)
        t = max(WT(*a), WT(*b))
        if abs(x - y) <= t:
            return
        for k in (D(10000), D("0.0001")):
            if abs(x * k - y) <= t * max(D(1), k):
                self.add("unit_mismatch", False, f"{msg}: {a} vs {b} (off by 10^4)")
                return
        self.add("conflicting_values", False, f"{msg}: {a} vs {b}")

    def money_sum(self, total, parts, msg, code="sum_mismatch"):
        """total = Σ parts, each (value, unit); if rescaling one item by 10^±4 reconciles -> unit_mismatch"""
        items = [total] + list(parts)
        vals = [W(*i) for i in items]
        t = WT(*total)  # rules §8: tolerance of the stated total; the parts are taken as exact

        def ok(vs):
            return abs(vs[0] - sum(vs[1:])) <= t

        if ok(vals):
            return
        for i in range(len(vals)):
            for k in (D(10000), D("0.0001")):
                vs = list(vals)
                vs[i] = vs[i] * k
                if ok(vs):
                    self.add("unit_mismatch", False, f"{msg}: item {items[i]} off by 10^4")
                    return
        self.add(code, False, f"{msg}: {total} vs Σ {sum(vals[1:])}")


# ---------------------------------------------------------------- grades and indicator tables

def band(total):
    s = N(total)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}

VAL = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$")


def pv(s):
    s = s.strip()
    m = VAL.match(s)
    if not m:
        return None
    return (m.group(1) or "", N(m.group(2)), m.group(3).strip(), m.group(2))


def completion(t, a):
    sign, T = t[0], t[1]
    A = a[1]
    if sign in ("≤", "＜", "<="):
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def indicators(c, rows, exec_weight=None):
    """rows: dicts kind(leaf/sub/total), l1, name, target, actual, compl (or None), w, s"""
    leaves = [r for r in rows if r["kind"] == "leaf"]
    Wsum = sum(N(r["w"]) for r in leaves)
    Ssum = sum(N(r["s"]) for r in leaves)
    c.add("weight_sum_mismatch", Wsum == 100, f"Σ 分值 = {Wsum}")
    for r in rows:
        if r["kind"] == "total":
            c.add("weight_sum_mismatch", N(r["w"]) == Wsum, f"合计 分值 {r['w']} vs Σ {Wsum}")
            c.eq("score_sum_mismatch", Ssum, r["s"], "合计 得分")
        if r["kind"] == "sub":
            blk = [x for x in leaves if x["l1"] == r["l1"]]
            c.add("weight_sum_mismatch", N(r["w"]) == sum(N(x["w"]) for x in blk), f"{r['l1']} 小计 分值")
            c.eq("score_sum_mismatch", sum(N(x["s"]) for x in blk), r["s"], f"{r['l1']} 小计 得分")
        if r["kind"] in ("leaf", "sub"):
            c.add("score_exceeds_weight", D(0) <= N(r["s"]) <= N(r["w"]), f"{r['name']}: 得分 {r['s']} vs 分值 {r['w']}")
    for r in leaves:
        t, a = pv(r["target"]), pv(r["actual"])
        if t is None:
            continue  # qualitative
        if a is None or (a[2] != t[2] and not (t[1] == 0 and t[2] == "")):
            c.add("unit_mismatch", False, f"{r['name']}: target {r['target']} vs actual {r['actual']}")
            continue
        name = r["name"]
        if ("率" in name or "满意度" in name) and "变动率" not in name and a[2] == "%":
            c.add("implausible_rate", D(0) <= a[1] <= 100, f"{name}: {r['actual']}")
        comp = completion(t, a)
        if r.get("compl") not in (None, "—", ""):
            c.eq("completion_mismatch", comp, r["compl"].rstrip("%"), f"{name} 完成率")
        w, s = N(r["w"]), N(r["s"])
        if name == "预算执行率":
            exp = w * min(a[1], D(100)) / 100
        else:
            exp = w * min(comp, D(100)) / 100
        c.add(WARN_RULE, abs(r2(exp) - s) <= D("0.01") or close(exp, r["s"]), f"{name}: score {s} vs rule {r2(exp)}")
    return leaves


def blocks_by_l1(leaves):
    out = {}
    for r in leaves:
        out.setdefault(r["l1"], []).append(r)
    return out


def md_table(t, first_header):
    lines = t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith("| " + first_header)]
    if len(idx) != 1:
        raise ParseError("table header")
    rows = []
    for l in lines[idx[0] + 2:]:
        if not l.startswith("|"):
            break
        rows.append([x.strip() for x in l.strip().strip("|").split("|")])
    return rows


def kind(l1, l2):
    return "total" if l1 == "合计" else "sub" if l2 == "小计" else "leaf"


# ---------------------------------------------------------------- per draft

def check_gaotai(t, c):
    Y = 2020
    c.add("year_mismatch", int(one(t, r"^高台县统计局(\d{4})年度")[0]) == Y, "title year")
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年\d+月\d+日\n?$")[0]) >= Y, "report date")
    n_enum, n_guide = one(t, r"选聘普查员(\d+)名、普查指导员(\d+)名")
    first, rest = one(t, r"普查员按镇分布：城关镇(\d+)名，[^分]+分别为([^。]+)。")
    c.eq("sum_mismatch", N(first) + sum(N(x) for x in nums(rest, "名")), n_enum, "普查员 by town")
    tot_hh, first_hh, rest_hh = one(t, r"共登记住户([\d,]+)户，其中城关镇([\d,]+)户，其余8个镇依次为([^，]+(?:，[\d,]+户)*)，平均")
    c.eq("sum_mismatch", N(first_hh) + sum(N(x) for x in nums(rest_hh, "户")), tot_hh, "住户 by town")
    approx = one(t, r"平均每名普查员负责约(\d+)户")[0]
    c.add("average_mismatch", abs(N(tot_hh) / N(n_enum) - N(approx)) < 1, "约 户 per 普查员")
    ini, add, ann, cen, prov, cty = one(
        t, r"年初预算安排([\d.]+)万元，[^，]*追加([\d.]+)万元，全年预算([\d.]+)万元，其中中央补助资金([\d.]+)万元、省级补助资金([\d.]+)万元、县级财政资金([\d.]+)万元")
    c.money_sum((ann, "万元"), [(ini, "万元"), (add, "万元")], "年初 + 追加")
    c.money_sum((ann, "万元"), [(cen, "万元"), (prov, "万元"), (cty, "万元")], "sources")
    rr = one(t, r"资金全部到位，到位率([\d.]+)%")[0]
    c.eq("rate_mismatch", 100, rr, "到位率 (全部到位)")
    spent, rate = one(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.eq("rate_mismatch", N(spent) / N(ann) * 100, rate, "执行率")
    c.add("implausible_rate", N(rate) <= 100, "执行率 > 100%")
    cs, crate = one(t, r"县级财政资金支出([\d.]+)万元，执行率([\d.]+)%")
    c.eq("rate_mismatch", N(cs) / N(cty) * 100, crate, "县级 执行率")
    c.money_sum((spent, "万元"), [(cen, "万元"), (prov, "万元"), (cs, "万元")], "中央+省 fully spent + 县级")
    bal, by = one(t, r"未支出的([\d.]+)万元已按规定结转至(\d{4})年")
    c.eq("balance_mismatch", N(ann) - N(spent), bal, "结转")
    c.add("year_mismatch", int(by) > Y, "结转 year")
    a1, u1, p1, d1, n1, s1, su1 = one(
        t, r"普查员劳务补助([\d,.]+)(万元|元)（正式登记阶段按(\d+)元/人·天、(\d+)天计发，(\d+)名普查员合计([\d,]+)(元|万元)）")
    c.money_sum((s1, su1), [(str(N(p1) * N(d1) * N(n1)), "元")], "普查员补助 = 元/人·天 × 天 × 人")
    c.money_same((a1, u1), (s1, su1), "普查员补助 万元 vs 元")
    c.same(n1, n_enum, "普查员人数")
    a2, u2, p2, d2, n2, s2, su2 = one(
        t, r"普查指导员补助([\d,.]+)(万元|元)（按(\d+)元/人·天、(\d+)天计发，(\d+)人合计([\d,]+)(元|万元)）")
    c.money_sum((s2, su2), [(str(N(p2) * N(d2) * N(n2)), "元")], "指导员补助 = 元/人·天 × 天 × 人")
    c.money_same((a2, u2), (s2, su2), "指导员补助 万元 vs 元")
    c.same(n2, n_guide, "指导员人数")
    parts = one(t, r"宣传及培训费([\d.]+)万元；区划绘图费([\d.]+)万元；办公设备及耗材([\d.]+)万元；交通、印刷等其他支出([\d.]+)万元")
    c.money_sum((spent, "万元"), [(a1, u1), (a2, u2)] + [(p, "万元") for p in parts], "spending breakdown")
    tr = one(t, r"参训人员分别为(\d+)人次、(\d+)人次、(\d+)人次，平均每期([\d.]+)人次")
    c.eq("average_mismatch", sum(N(x) for x in tr[:3]) / 3, tr[3], "training average")
    tot_txt, grade = one(t, r"本项目自评得分([\d.]+)分，评价等级为“(.)”")
    rows = []
    for cl in md_table(t, "一级指标"):
        rows.append(dict(kind=kind(cl[0], cl[1]), l1=cl[0], name=cl[2], target=cl[3], actual=cl[4], compl=None,
                         w=cl[5], s=cl[6]))
    leaves = indicators(c, rows)
    total = [r for r in rows if r["kind"] == "total"][0]["s"]
    c.same(tot_txt, total, "自评得分 text vs table")
    c.add("grade_mismatch", GRADE[grade] == band(total), f"grade {grade} for {total}")
    byname = {r["name"]: r for r in leaves}
    c.same(byname["预算执行率"]["actual"].rstrip("%"), rate, "执行率 text vs table")
    c.same(pv(byname["选聘“两员”人数"]["actual"])[3], str(N(n_enum) + N(n_guide)), "两员 = 普查员 + 指导员")
    c.same(pv(byname["普查小区划分及绘图"]["actual"])[3], one(t, r"普查小区(\d+)个，选聘")[0], "普查小区")
    c.same(pv(byname["普查员登记补助标准"]["actual"])[3], p1, "补助标准")
    g = one(t, r"完成(\d+)个普查小区的划分绘图；选聘“两员”不少于(\d+)人；复查差错率控制在(\d+)%以内；[^；]+；普查员登记补助不超过(\d+)元/人·天；普查对象满意度不低于(\d+)%")
    for v, nm in zip(g, ("普查小区划分及绘图", "选聘“两员”人数", "复查差错率", "普查员登记补助标准", "普查对象满意度")):
        c.same(pv(byname[nm]["target"])[3], v, f"{nm}: goal text vs table target")


def check_yingshan(t, c):
    Y = 2022
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年度人口变动情况抽样调查项目绩效自评报告")[0]) == Y, "title year")
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年\d+月\d+日\n?$")[0]) >= Y, "report date")
    ann, prov, ay, am, cty = one(
        t, r"项目全年预算([\d.]+)万元，其中省级补助资金([\d.]+)万元（省财政于(\d{4})年(\d+)月提前下达）、县级配套资金([\d.]+)万元")
    c.money_sum((ann, "万元"), [(prov, "万元"), (cty, "万元")], "sources")
    c.add("year_mismatch", int(ay) == Y or (int(ay) == Y - 1 and int(am) == 12), "advance issued")
    ey, spent, rate = one(t, r"截至(\d{4})年12月31日，资金全部到位，累计支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.add("year_mismatch", int(ey) == Y, "截至 year")
    c.eq("rate_mismatch", N(spent) / N(ann) * 100, rate, "执行率")
    c.add("implausible_rate", N(rate) <= 100, "执行率 > 100")
    cs, crate = one(t, r"县级配套资金支出([\d.]+)万元，执行率([\d.]+)%")
    c.eq("rate_mismatch", N(cs) / N(cty) * 100, crate, "县级 执行率")
    c.money_sum((spent, "万元"), [(prov, "万元"), (cs, "万元")], "省级 fully spent + 县级")
    bal, by = one(t, r"年末结余([\d.]+)万元，已于(\d{4})年\d+月由县财政收回")
    c.eq("balance_mismatch", N(ann) - N(spent), bal, "结余")
    c.add("year_mismatch", int(by) >= Y, "收回 year")
    detail = one(t, r"支出明细为：([^。]+)。")[0]
    items = re.findall(NUM + r"(万元|元)", detail)
    c.money_sum((spent, "万元"), items, "spending breakdown")
    labour = items[0]
    n1, p1, d1, s1, u1 = one(t, r"调查员(\d+)名，每人每天(\d+)元，登记复查共(\d+)天，计([\d,]+)(元|万元)")
    n2, p2, d2, s2, u2 = one(t, r"调查指导员(\d+)名，每人每天(\d+)元，同样按(\d+)天计算，计([\d,]+)(元|万元)")
    st, su = one(t, r"两项合计([\d,]+)(元|万元)")
    c.money_sum((s1, u1), [(str(N(n1) * N(p1) * N(d1)), "元")], "调查员补助")
    c.money_sum((s2, u2), [(str(N(n2) * N(p2) * N(d2)), "元")], "指导员补助")
    c.money_sum((st, su), [(s1, u1), (s2, u2)], "两项合计")
    c.money_same(labour, (st, su), "劳务补助 万元 vs 元")
    staff = one(t, r"分别配备调查员(\d+)名、(\d+)名、(\d+)名、(\d+)名")
    c.eq("sum_mismatch", sum(N(x) for x in staff), n1, "调查员 by town")
    hh, pop, h1, h2, h3, h4, avg = one(
        t, r"共登记住户([\d,]+)户、人口([\d,]+)人，4个乡镇分别登记(\d+)户、(\d+)户、(\d+)户、(\d+)户，平均每个乡镇([\d.]+)户")
    c.eq("sum_mismatch", N(h1) + N(h2) + N(h3) + N(h4), hh, "住户 by town")
    c.eq("average_mismatch", (N(h1) + N(h2) + N(h3) + N(h4)) / 4, avg, "average per town")
    rh, rp, re_, rr = one(t, r"共复查(\d+)户、(\d+)人，发现差错(\d+)人，复查差错率([\d.]+)%")
    c.eq("rate_mismatch", N(re_) / N(rp) * 100, rr, "复查差错率")
    rows = []
    for line in t.split("\n"):
        cl = line.split("｜")
        if len(cl) == 8 and cl[0] != "一级指标":
            rows.append(dict(kind=kind(cl[0], cl[1]), l1=cl[0], name=cl[2], target=cl[3], actual=cl[4],
                             compl=cl[5], w=cl[6], s=cl[7]))
    if len(rows) != 10:
        raise ParseError("yingshan table")
    leaves = indicators(c, rows)
    total = rows[-1]["s"]
    bx, bo, bb, bs, btot, grade = one(
        t, r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，自评总分([\d.]+)分，评价等级为“(.)”")
    blk = blocks_by_l1(leaves)
    c.eq("score_sum_mismatch", N(bx) + N(bo) + N(bb) + N(bs), btot, "text blocks → 自评总分")
    for name, v in (("产出指标", bo), ("效益指标", bb), ("满意度指标", bs), ("预算执行", bx)):
        c.eq("score_sum_mismatch", sum(N(r["s"]) for r in blk[name]), v, f"text {name} vs table rows")
    c.same(btot, total, "自评总分 text vs table")
    c.add("grade_mismatch", GRADE[grade] == band(btot), f"grade {grade} for {btot}")
    byname = {r["name"]: r for r in leaves}
    c.same(byname["预算执行率"]["actual"].rstrip("%"), rate, "执行率 text vs table")
    c.same(pv(byname["登记住户数"]["actual"])[3], hh, "登记住户")
    c.same(pv(byname["复查差错率"]["actual"])[3], rr, "复查差错率 text vs table")
    c.same(pv(byname["完成登记的调查小区"]["actual"])[3], one(t, r"我县共有(\d+)个调查小区入样")[0], "调查小区")
    c.same(pv(byname["调查员劳务补助标准"]["actual"])[3], p1, "补助标准")
    c.same(pv(byname["提供人口变动分析报告"]["actual"])[3], one(t, r"实际完成(\d+)篇")[0], "分析报告")
    g = one(t, r"登记住户不少于(\d+)户；复查差错率不超过([\d.]+)%；[^；]+；形成人口变动分析报告不少于(\d+)篇；调查户满意度达到(\d+)%以上")
    for v, nm in zip(g, ("登记住户数", "复查差错率", "提供人口变动分析报告", "调查户满意度")):
        c.same(pv(byname[nm]["target"])[3], v, f"{nm}: goal text vs table target")
    c.same(pv(byname["提供人口变动分析报告"]["target"])[3], one(t, r"年初计划形成(\d+)篇分析报告")[0], "计划篇数")
    c.add("weight_sum_mismatch", N(byname["预算执行率"]["w"]) == 20, "预算执行 20 points (text)")
    c.add("weight_sum_mismatch", sum(N(r["w"]) for r in leaves if r["l1"] != "预算执行") == 80, "其余80分 (text)")


def check_pengan(t, c):
    Y = 2021
    c.add("year_mismatch", int(one(t, r"第七次全国人口普查（(\d{4})年度）")[0]) == Y, "title year")
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年\d+月\d+日\n?$")[0]) >= Y, "report date")
    by, ini = one(t, r"批复(\d{4})年项目预算([\d.]+)万元")
    c.add("year_mismatch", int(by) == Y, "批复 year")
    cy, carry, ann = one(t, r"(\d{4})年未支出的普查经费([\d.]+)万元按规定结转至本年继续使用，本年可用资金合计([\d.]+)万元")
    c.add("year_mismatch", int(cy) == Y - 1, "carry-over from last year")
    c.money_sum((ann, "万元"), [(ini, "万元"), (carry, "万元")], "本年 + 上年结转")
    ey, spent, rate = one(t, r"截至(\d{4})年12月31日，项目支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.add("year_mismatch", int(ey) == Y, "截至 year")
    c.eq("rate_mismatch", N(spent) / N(ann) * 100, rate, "执行率")
    detail = one(t, r"主要支出为：([^。]+)。")[0]
    items = re.findall(NUM + r"(万元|元)", detail)
    c.money_sum((spent, "万元"), items, "spending breakdown")
    bal, fy = one(t, r"尚未支付的([\d.]+)万元为[^，]+，已结转至(\d{4})年支付")
    c.eq("balance_mismatch", N(ann) - N(spent), bal, "结转")
    c.add("year_mismatch", int(fy) > Y, "结转 year")
    # funds table
    f = {}
    for line in t.split("\n"):
        cl = line.split("\t")
        if len(cl) == 5 and cl[0] != "资金来源":
            f[cl[0].replace("其中：", "")] = cl[1:]
    if set(f) != {"年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"}:
        raise ParseError("pengan funds table")
    for j, col in enumerate(("年初", "全年", "执行")):
        c.money_sum((f["年度资金总额"][j], "万元"),
                    [(f[k][j], "万元") for k in ("当年财政拨款", "上年结转资金", "其他资金")], f"funds {col}")
    for k, v in f.items():
        if N(v[1]) == 0:
            c.add("implausible_rate", v[3] in ("—", "-", "0", "0%", ""), f"{k}: rate on zero base {v[3]}")
            continue
        r = v[3].rstrip("%")
        c.add("implausible_rate", N(r) <= 100, f"{k} rate > 100")
        c.eq("rate_mismatch", N(v[2]) / N(v[1]) * 100, r, f"{k} 执行率")
    c.same(f["年度资金总额"][0], ini, "年初 table vs text")
    c.same(f["年度资金总额"][1], ann, "全年 table vs text")
    c.same(f["年度资金总额"][2], spent, "执行 table vs text")
    c.same(f["年度资金总额"][3].rstrip("%"), rate, "执行率 table vs text")
    c.same(f["上年结转资金"][1], carry, "上年结转 table vs text")
    c.eq("rate_mismatch", N(f["上年结转资金"][2]) / N(carry) * 100, "100", "上年结转资金已全部使用完毕")
    # 复查
    hh = one(t, r"复查住户分别为([\d,]+)户、([\d,]+)户、([\d,]+)户、([\d,]+)户，共计([\d,]+)户，复查人口([\d,]+)人")
    c.eq("sum_mismatch", sum(N(x) for x in hh[:4]), hh[4], "复查住户 by town")
    st = one(t, r"抽调复查员分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，共(\d+)人，复查补助按(\d+)元/人·天、(\d+)天计发，合计([\d,]+)(元|万元)")
    c.eq("sum_mismatch", sum(N(x) for x in st[:4]), st[4], "复查员 by town")
    c.money_sum((st[7], st[8]), [(str(N(st[4]) * N(st[5]) * N(st[6])), "元")], "复查补助 = 元/人·天 × 天 × 人")
    c.money_same(items[2], (st[7], st[8]), "复查补助 万元 vs 元")
    ne, er = one(t, r"复查发现登记差错(\d+)人，复查差错率([\d.]+)%")
    c.eq("rate_mismatch", N(ne) / N(hh[5]) * 100, er, "复查差错率")
    # indicator table
    rows = []
    started = False
    for line in t.split("\n"):
        cl = line.split("\t")
        if cl[0] == "一级指标":
            started = True
            continue
        if started:
            if len(cl) != 10:
                break
            nat, tg, un, ac = cl[3], cl[4], cl[5], cl[6]
            if nat in ("=", "≥", "≤"):
                target, actual = (nat if nat != "=" else "") + tg + ("" if un == "—" else un), ac + ("" if un == "—" else un)
            else:
                target, actual = tg, ac
            rows.append(dict(kind=kind(cl[0], cl[1]), l1=cl[0], name=cl[2], target=target, actual=actual,
                             compl=None, w=cl[7], s=cl[8]))
    leaves = indicators(c, rows)
    total = rows[-1]["s"]
    wx, wo, wb = one(t, r"按照预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分的权重")
    blk = blocks_by_l1(leaves)
    for name, v in (("预算执行率", wx), ("产出指标", wo), ("效益指标", wb)):
        c.add("weight_sum_mismatch", sum(N(r["w"]) for r in blk[name]) == N(v), f"{name} weight vs text {v}")
    tot_txt, grade = one(t, r"本项目自评得分([\d.]+)分，评价等级为“(.)”")
    c.same(tot_txt, total, "自评得分 text vs table")
    c.add("grade_mismatch", GRADE[grade] == band(total), f"grade {grade} for {total}")
    byname = {r["name"]: r for r in leaves}
    c.same(pv(byname["预算执行率"]["actual"])[3], rate, "执行率 indicator vs text")
    c.same(pv(byname["专题分析报告"]["actual"])[3], one(t, r"专题分析报告(\d+)篇")[0], "专题分析报告")
    c.same(pv(byname["复查差错率"]["actual"])[3], er, "复查差错率")
    c.same(pv(byname["复查补助标准"]["actual"])[3], st[5], "复查补助标准")
    g = one(t, r"形成专题分析报告不少于(\d+)篇；复查差错率不高于([\d.]+)%；[^；]+；复查补助标准不超过(\d+)元/人·天")
    for v, nm in zip(g, ("专题分析报告", "复查差错率", "复查补助标准")):
        c.same(pv(byname[nm]["target"])[3], v, f"{nm}: goal text vs table target")


def flat_blocks(t):
    out = []
    for b in t.split("\n\n"):
        ls = b.split("\n")
        if ls and all(l.startswith("\t") for l in ls):
            out.append([l[1:] for l in ls])
    return out


L1 = {"预算执行指标": "预算执行", "数量指标": "产出", "质量指标": "产出", "时效指标": "产出", "成本指标": "产出",
      "社会效益指标": "效益", "经济效益指标": "效益", "可持续影响指标": "效益", "满意度指标": "满意度"}


def check_deqing(t, c):
    Y = 2024
    c.add("year_mismatch", int(one(t, r"^德清县统计局(\d{4})年人口变动")[0]) == Y, "title year")
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年\d+月\d+日\n?$")[0]) >= Y, "report date")
    iy, ini, city, add, ann, spent, rate = one(
        t, r"(\d{4})年年初预算安排([\d.]+)万元，其中市级补助([\d.]+)万元，其余由县级财政安排；[^；]*追加([\d.]+)万元，全年预算([\d.]+)万元。资金全部到位，全年执行([\d.]+)万元，执行率([\d.]+)%")
    c.add("year_mismatch", int(iy) == Y, "budget year")
    c.money_sum((ann, "万元"), [(ini, "万元"), (add, "万元")], "年初 + 追加")
    c.eq("rate_mismatch", N(spent) / N(ann) * 100, rate, "执行率")
    fb = {b[0]: b for b in flat_blocks(t) if len(b) == 8}
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    if not all(k in fb for k in need):
        raise ParseError("deqing funds table")
    col = lambda k: fb[k][2:6]  # 年度总金额, 小计, 市级, 县级
    for k in need[:5]:
        v = col(k)
        c.money_sum((v[0], "万元"), [(v[1], "万元")], f"{k} 总额 = 小计")
        c.money_sum((v[1], "万元"), [(v[2], "万元"), (v[3], "万元")], f"{k} 小计 = 市级 + 县级")
    for j in range(4):
        c.eq("balance_mismatch", N(col("实际到位资金")[j]) - N(col("全年执行资金")[j]), col("资金结余")[j], f"(5) col {j}")
        for rk, num in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            r = col(rk)[j]
            c.add("implausible_rate", N(r) <= 100, f"{rk} col {j} > 100")
            c.eq("rate_mismatch", N(col(num)[j]) / N(col("全年预算资金")[j]) * 100, r, f"{rk} col {j}")
    c.same(col("年初预算资金")[0], ini, "年初 table vs text")
    c.same(col("年初预算资金")[2], city, "市级 table vs text")
    c.money_sum((ini, "万元"), [(city, "万元"), (col("年初预算资金")[3], "万元")], "其余由县级财政安排")
    c.same(col("全年预算资金")[0], ann, "全年 table vs text")
    c.same(col("实际到位资金")[0], ann, "资金全部到位")
    c.same(col("全年执行资金")[0], spent, "执行 table vs text")
    c.same(col("预算执行率(%)")[0], rate, "执行率 table vs text")
    detail = one(t, r"主要支出包括：([^。]+)。")[0]
    items = re.findall(NUM + r"(万元|元)", detail)
    c.money_sum((spent, "万元"), items, "spending breakdown")
    n_enum, n_guide = one(t, r"共选聘调查员(\d+)名、调查指导员(\d+)名")
    staff = one(t, r"分别配备调查员(\d+)名、(\d+)名、(\d+)名、(\d+)名、(\d+)名、(\d+)名")
    c.eq("sum_mismatch", sum(N(x) for x in staff), n_enum, "调查员 by town")
    te, tg = one(t, r"组织(\d+)名调查员和(\d+)名指导员参加市级业务培训")
    c.same(te, n_enum, "调查员 (training)")
    c.same(tg, n_guide, "指导员 (training)")
    hh, pop, lst = one(t, r"8个调查小区共登记住户([\d,]+)户、人口([\d,]+)人，其中([^。]+)。")
    c.eq("sum_mismatch", sum(N(x) for x in nums(lst, "户")), hh, "住户 by town")
    p1, d1, n1, s1, u1 = one(t, r"调查员补助按(\d+)元/人·天、(\d+)天计发，(\d+)人共([\d,]+)(元|万元)")
    p2, d2, n2, s2, u2 = one(t, r"调查指导员补助按(\d+)元/人·天、(\d+)天计发，(\d+)人共([\d,]+)(元|万元)")
    c.money_sum((s1, u1), [(str(N(p1) * N(d1) * N(n1)), "元")], "调查员补助")
    c.money_sum((s2, u2), [(str(N(p2) * N(d2) * N(n2)), "元")], "指导员补助")
    c.same(n1, n_enum, "调查员 (paid)")
    c.same(n2, n_guide, "指导员 (paid)")
    lt, lu = one(t, r"两项合计即上文所列的([\d.]+)(万元|元)")
    c.money_sum((lt, lu), [(s1, u1), (s2, u2)], "两项合计")
    c.money_same(items[0], (lt, lu), "劳务补助 breakdown vs 合计")
    rp, rerr, rr = one(t, r"复查人口(\d+)人，发现差错(\d+)人，复查差错率([\d.]+)%")
    c.eq("rate_mismatch", N(rerr) / N(rp) * 100, rr, "复查差错率")
    should, did, coop = one(t, r"应调查住户([\d,]+)户，实际配合登记([\d,]+)户，入户配合率([\d.]+)%")
    c.eq("rate_mismatch", N(did) / N(should) * 100, coop, "入户配合率")
    c.same(did, hh, "配合登记 = 登记住户")
    sat = one(t, r"电话回访调查户\d+户，满意度([\d.]+)%")[0]
    rows = []
    for b in flat_blocks(t):
        if len(b) == 7 and b[0] != "二级指标":
            rows.append(dict(kind="leaf", l1=L1[b[0]], name=b[1], target=b[3], actual=b[4], compl=b[5], w=b[2], s=b[6]))
    if len(rows) != 9:
        raise ParseError("deqing indicator rows")
    leaves = indicators(c, rows)
    tot, grade = one(t, r"绩效自评总得分([\d.]+)分，评价等级为“(..)”")
    c.eq("score_sum_mismatch", sum(N(r["s"]) for r in leaves), tot, "总得分")
    c.add("grade_mismatch", GRADE[grade] == band(tot), f"grade {grade} for {tot}")
    byname = {r["name"]: r for r in leaves}
    c.same(byname["预算执行率"]["actual"].rstrip("%"), rate, "执行率 indicator vs text")
    c.same(byname["登记住户数（户）"]["actual"], hh, "登记住户")
    c.same(byname["复查差错率"]["actual"].rstrip("%"), rr, "复查差错率")
    c.same(byname["调查户入户配合率"]["actual"].rstrip("%"), coop, "入户配合率")
    c.same(byname["调查户满意度"]["actual"].rstrip("%"), sat, "满意度")
    c.same(byname["人口变动分析报告（篇）"]["actual"], one(t, r"人口老龄化(\d+)篇分析报告")[0], "分析报告")
    g = one(t, r"登记住户不少于(\d+)户；复查差错率不超过([\d.]+)%；数据按时上报；形成人口变动分析报告不少于(\d+)篇；调查户入户配合率不低于(\d+)%；调查户满意度不低于(\d+)%")
    for v, nm in zip(g, ("登记住户数（户）", "复查差错率", "人口变动分析报告（篇）", "调查户入户配合率", "调查户满意度")):
        c.same(pv(byname[nm]["target"])[3], v, f"{nm}: goal text vs table target")
    c.same(pv(byname["调查员劳务补助标准"]["actual"])[3], p1, "补助标准")


def check_tengzhou(t, c):
    Y = 2019
    c.add("year_mismatch", int(one(t, r"^滕州市统计局(\d{4})年度部门整体")[0]) == Y, "title year")
    c.add("year_mismatch", int(one(t, r"\n(\d{4})年\d+月\d+日\n?$")[0]) >= Y, "report date")
    ann, basic, proj = one(t, r"部门全年预算([\d,.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    c.money_sum((ann, "万元"), [(basic, "万元"), (proj, "万元")], "基本 + 项目")
    spent, rate = one(t, r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%")
    c.eq("rate_mismatch", N(spent) / N(ann) * 100, rate, "执行率")
    pspent, prate = one(t, r"项目支出执行([\d.]+)万元，执行率([\d.]+)%")
    c.eq("rate_mismatch", N(pspent) / N(proj) * 100, prate, "项目 执行率")
    c.money_sum((spent, "万元"), [(basic, "万元"), (pspent, "万元")], "基本支出全部执行 + 项目")
    bal, by = one(t, r"未执行的([\d.]+)万元为第七次全国人口普查前期筹备经费，已结转至(\d{4})年")
    c.eq("balance_mismatch", N(ann) - N(spent), bal, "结转 (部门)")
    c.eq("balance_mismatch", N(proj) - N(pspent), bal, "结转 (项目)")
    c.add("year_mismatch", int(by) > Y, "结转 year")
    g, g0, gd = one(t, r"“三公”经费支出([\d.]+)万元，较上年的([\d.]+)万元下降([\d.]+)%")
    c.eq("rate_mismatch", (N(g0) - N(g)) / N(g0) * 100, gd, "三公 下降率")
    ay = one(t, r"截至(\d{4})年12月31日，部门固定资产原值")[0]
    c.add("year_mismatch", int(ay) == Y, "截至 year")
    e = one(t, r"第四次全国经济普查经费预算([\d.]+)万元、执行([\d.]+)万元；(\d{4})年人口变动情况抽样调查经费预算([\d.]+)万元、执行([\d.]+)万元；第七次全国人口普查前期筹备经费预算([\d.]+)万元、执行([\d.]+)万元，执行率([\d.]+)%")
    c.add("year_mismatch", int(e[2]) == Y, "survey year")
    c.money_sum((proj, "万元"), [(e[0], "万元"), (e[3], "万元"), (e[5], "万元")], "项目 budgets")
    c.money_sum((pspent, "万元"), [(e[1], "万元"), (e[4], "万元"), (e[6], "万元")], "项目 spending")
    c.eq("rate_mismatch", N(e[6]) / N(e[5]) * 100, e[7], "七普筹备 执行率")
    c.eq("balance_mismatch", N(e[5]) - N(e[6]), bal, "结转 (七普筹备)")
    for b, s in ((e[0], e[1]), (e[3], e[4]), (e[5], e[6])):
        c.add("implausible_rate", N(s) <= N(b), f"project spent {s} > budget {b}")
    n_area, lst, hh = one(t, r"全市(\d+)个调查小区分布在[^，]+，登记住户分别为([^，]+(?:、[\d,]+户)*)，合计([\d,]+)户")
    c.eq("sum_mismatch", sum(N(x) for x in nums(lst, "户")), hh, "住户 by town")
    per, n_enum, p, d, s, u = one(t, r"每个调查小区配备调查员(\d+)名，共(\d+)名，登记阶段补助按(\d+)元/人·天、(\d+)天计发，合计([\d,]+)(元|万元)")
    c.eq("sum_mismatch", N(per) * N(n_area), n_enum, "调查员 = 小区 × 2")
    c.money_sum((s, u), [(str(N(n_enum) * N(p) * N(d)), "元")], "调查员补助 = 元/人·天 × 天 × 人")
    bz, staff = one(t, r"核定编制(\d+)名，实有在职人员(\d+)名")
    sc = one(t, r"在职人员控制率为(\d+)÷(\d+)=([\d.]+)%")
    c.same(sc[0], staff, "在职人数")
    c.same(sc[1], bz, "编制数")
    c.eq("rate_mismatch", N(staff) / N(bz) * 100, sc[2], "在职人员控制率")
    avg = one(t, r"得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分，平均([\d.]+)分")
    c.eq("average_mismatch", sum(N(x) for x in avg[:3]) / 3, avg[3], "项目平均分")
    tot_txt, grade = one(t, r"部门整体支出绩效自评得分([\d.]+)分，等级为“(.)”")
    rows = []
    for cl in md_table(t, "一级指标"):
        rows.append(dict(kind=kind(cl[0], cl[1]), l1=cl[0], name=cl[2], target=cl[3], actual=cl[4], compl=None,
                         w=cl[5], s=cl[6]))
    leaves = indicators(c, rows)
    total = rows[-1]["s"]
    c.same(tot_txt, total, "自评得分 text vs table")
    c.add("grade_mismatch", GRADE[grade] == band(total), f"grade {grade} for {total}")
    byname = {r["name"]: r for r in leaves}
    c.same(byname["预算执行率"]["actual"].rstrip("%"), rate, "执行率 table vs text")
    c.same(one(t, r"预算执行率([\d.]+)%，政府采购")[0], rate, "执行率 四(二) vs text")
    c.same(byname["在职人员控制率"]["actual"].rstrip("%"), sc[2], "在职人员控制率")
    c.same(byname["“三公”经费变动率"]["actual"].rstrip("%").lstrip("-"), gd, "三公 变动率")
    c.same(pv(byname["人口变动抽样调查登记住户"]["actual"])[3], hh, "登记住户")


CHECKERS = {
    "gs-gaotai-qipu-2020": check_gaotai,
    "hb-yingshan-renkoubiandong-2022": check_yingshan,
    "sc-pengan-qipuziliao-2021": check_pengan,
    "zj-deqing-renkouchouyang-2024": check_deqing,
    "sd-tengzhou-tongjiju-bumen-2019": check_tengzhou,
}


def run_checks(pid, text):
    c = Checks()
    try:
        CHECKERS[pid](text, c)
    except ParseError as e:
        c.fails.append(("parse_error", str(e)))
    except (KeyError, IndexError, ValueError, ArithmeticError) as e:
        c.fails.append(("parse_error", repr(e)))
    return c.fails


# ---------------------------------------------------------------- structure checks

def standalone_count(text, fig):
    return len(re.findall(r"(?<![\d.,])" + re.escape(fig) + r"(?![\d])(?!\.\d)(?!,\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            cleans[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    counts = {}
    where = {"prose": 0, "table": 0}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        pid = lab["source"]
        fails = run_checks(pid, text)
        errs = sorted({code for code, _ in fails if code != WARN_RULE})
        if lab["clean"]:
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{lab['case']}: length {n}")
            if fails:
                problems.append(f"{lab['case']}: clean draft fails {fails}")
            print(f"{lab['case']:45s} clean  len={n} checks ok" if not fails else f"{lab['case']} FAILS")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: expected one label")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] = counts.get(code, 0) + 1
        if code not in CODES or exp[0]["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity")
        if text.count(value) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(value)} times (want exactly once)")
        clean = cleans[pid]
        # one contiguous difference overlapping the value
        a = 0
        while a < min(len(clean), len(text)) and clean[a] == text[a]:
            a += 1
        b = 0
        while b < min(len(clean), len(text)) - a and clean[-1 - b] == text[-1 - b]:
            b += 1
        s, e = a, len(text) - b
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(e, s + 1) and o + len(value) > s for o in occ):
            problems.append(f"{lab['case']}: diff [{s},{e}) does not overlap value")
        i = int(lab["case"].rsplit("-e", 1)[1].split(".")[0])
        ed = EDITS[pid][i - 1]
        where[ed["where"]] += 1
        if clean.replace(ed["old"], ed["new"]) != text:
            problems.append(f"{lab['case']}: not the single edit of build.py")
        if ed["figure"] is not None and code != "conflicting_values":
            k = standalone_count(clean, ed["figure"])
            if k != 1:
                problems.append(f"{lab['case']}: changed figure {ed['figure']} stated {k} times in the clean draft")
        ok = code in errs and errs == [code]
        print(f"{lab['case']:45s} {code:22s} {ed['where']:5s} fails={errs}" + ("" if ok else "   <-- PROBLEM"))
        if not ok:
            problems.append(f"{lab['case']}: expected only {code}, got {errs}: {fails}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times")
    print("per code:", ", ".join(f"{k}={counts.get(k, 0)}" for k in CODES))
    print("where:", where)
    if problems:
        print("\n".join(problems))
        print("FAILED")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
