#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl: every case file exists, every label value occurs in its case, codes are from errors.md §A,
   every code is used at least twice.
2. Every error case differs from its clean draft in ONE contiguous place that overlaps an occurrence of the
   label value; the changed figure occurs once in the clean draft (twice for conflicting_values).
3. The arithmetic of every draft is redone from its own text (regexes per source, decimal.Decimal, tolerance
   of rules.md §8): all error-level checks pass on the clean drafts; on an error case the labelled code fails
   and no other error-level code fails. Warning-level checks (score rules) are reported, never fatal.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN = "score_rule_mismatch"

# --------------------------------------------------------------------------------------------- helpers


class Missing(Exception):
    pass


def dec(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return D(s)


def decimals(s):
    s = str(s).replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(c, s, extra=D(0)):
    """computed value c consistent with stated string s (rules §8)."""
    tol = D("0.5") * (D(10) ** -decimals(s)) + D("1e-9") + extra
    return abs(D(c) - dec(s)) <= tol


def rnd(x, d=2):
    return D(x).quantize(D(10) ** -d, rounding=ROUND_HALF_UP)


def band(score):
    s = dec(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Doc:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, description, ok)

    def one(self, pat, flags=re.M):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise Missing(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def g(self, pat, flags=re.M):
        return self.one(pat, flags).groups()

    def all(self, pat, flags=re.M):
        return [m.groups() for m in re.finditer(pat, self.t, flags)]

    def add(self, code, desc, ok):
        self.res.append((code, desc, bool(ok)))

    # ---- generic relations
    def same(self, desc, a, b, code="conflicting_values"):
        """two statements of one quantity; compare at the coarser precision."""
        da, db = decimals(a), decimals(b)
        ok = close(dec(a), b) if da >= db else close(dec(b), a)
        self.add(code, desc, ok)

    def calc(self, desc, computed, stated, code="conflicting_values"):
        """a value computed from other figures against a stated figure (stated precision)."""
        self.add(code, desc, close(D(computed), stated))

    def total(self, desc, total, parts, code="sum_mismatch"):
        """total = sum(parts); amounts already in one unit, given as (string, scale) or strings."""
        self.add_money(desc, total, parts, code)

    def add_money(self, desc, total, parts, code):
        def val(x):
            return (dec(x[0]) * x[1]) if isinstance(x, tuple) else dec(x)
        tot_s = total[0] if isinstance(total, tuple) else total
        tot = val(total)
        vals = [val(p) for p in parts]
        scale = total[1] if isinstance(total, tuple) else D(1)
        ok = close(sum(vals) / scale, tot_s)
        if ok:
            self.add(code, desc, True)
            return
        # most specific explanation: one amount off by 10^4 (元 <-> 万元) -> unit_mismatch
        for i in range(len(vals)):
            for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
                v2 = vals[:i] + [vals[i] * f] + vals[i + 1:]
                if close(sum(v2) / scale, tot_s):
                    self.add("unit_mismatch", desc + " (one amount off by a power of ten)", False)
                    return
        for f in (D(10) ** 4, D(10) ** -4):
            if close(sum(vals) / scale, str(rnd(tot * f / scale, decimals(tot_s)))):
                self.add("unit_mismatch", desc + " (total off by a power of ten)", False)
                return
        self.add(code, desc, False)

    def product(self, desc, a, b, c_str, scale, code="sum_mismatch"):
        """a * b / scale = c (c stated as c_str); unit slips of 10^4 -> unit_mismatch."""
        prod = dec(a) * dec(b) / scale
        if close(prod, c_str):
            self.add(code, desc, True)
            return
        for f in (D(10) ** 4, D(10) ** -4):
            if close(prod * f, c_str):
                self.add("unit_mismatch", desc + " (off by 10^4)", False)
                return
        self.add(code, desc, False)

    def rate(self, desc, num, den, stated, code="rate_mismatch"):
        num, den = dec(num), dec(den)
        if den == 0:
            self.add("implausible_rate", desc + " (zero base)", dec(stated) == 0)
            return
        self.add(code, desc, close(num / den * 100, stated))
        self.add("implausible_rate", desc + " <= 100%", dec(stated) <= 100 and dec(stated) >= 0)

    def pct_ok(self, desc, stated):
        self.add("implausible_rate", desc + " in [0, 100%]", D(0) <= dec(stated) <= 100)

    def grade(self, desc, score, word):
        self.add("grade_mismatch", desc, GRADE_WORDS.get(word) == band(score))

    def year_after(self, desc, year, eval_year):
        self.add("year_mismatch", desc, int(year) > int(eval_year))

    def year_eq(self, desc, year, eval_year):
        self.add("year_mismatch", desc, int(year) == int(eval_year))

    def warn(self, desc, ok):
        self.add(WARN, desc, ok)

    # ---- indicator helpers
    def completion(self, desc, target, actual, stated):
        t, a = parse_val(target), parse_val(actual)
        if t["kind"] != "num" or a["kind"] != "num" or t["unit"] != a["unit"]:
            return
        T, A = t["num"], a["num"]
        if t["dir"] == "lte":
            c = D(100) if A <= T else T / A * 100
        else:
            if T == 0:
                return
            c = A / T * 100
        self.add("completion_mismatch", desc, close(c, stated))

    def units(self, desc, target, actual):
        t, a = parse_val(target), parse_val(actual)
        if t["kind"] == "num" and a["kind"] == "num":
            self.add("unit_mismatch", desc, t["unit"] == a["unit"])
        elif t["kind"] == "date" and a["kind"] == "num":
            self.add("unit_mismatch", desc, False)

    def score_rule(self, desc, target, actual, weight, score):
        t, a = parse_val(target), parse_val(actual)
        if t["kind"] != "num" or a["kind"] != "num" or t["unit"] != a["unit"]:
            return
        T, A, w = t["num"], a["num"], dec(weight)
        if t["dir"] == "lte":
            exp = w if A <= T else w * T / A
        elif t["dir"] == "eq" and T == 0:
            exp = w if A <= 0 else D(0)
        else:
            exp = w if A >= T else w * A / T
        self.warn(desc, close(exp, score))


def parse_val(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s) or re.search(r"^\d{1,2}月", s):
        return {"kind": "date"}
    m = re.match(r"^(≥|≤|=|＞|＜|>|<)?\s*([\d.]+)\s*(.*?)\s*(以上|以内|前)?$", s)
    if not m:
        return {"kind": "text"}
    sign = m.group(1) or ""
    dr = "gte" if sign in ("≥", "＞", ">") else "lte" if sign in ("≤", "＜", "<") else "eq"
    if m.group(4) == "以内":
        dr = "lte"
    if sign == "" and m.group(4) is None:
        dr = "gte" if m.group(3) == "%" else "eq"
    return {"kind": "num", "dir": dr, "num": dec(m.group(2)), "unit": m.group(3)}


def flat_rows(block):
    """flattened Word/PDF table: one cell per line (tab-indented), blank line between rows."""
    rows, cur = [], []
    for line in block.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        elif line.strip() == "":
            if cur:
                rows.append(cur)
                cur = []
        else:
            break
    if cur:
        rows.append(cur)
    return rows


# ------------------------------------------------------------------------------------ per-source checks


def chk_xianju(d):
    EY = 2018
    # parks table
    price = {"一级": d.g(r"一级每平方米每年([\d.]+)元")[0], "二级": d.g(r"二级每平方米每年([\d.]+)元")[0]}
    rows = d.all(r"^(\d)｜([^｜\n]+)｜(一级|二级)｜(\d+)｜([\d.]+)｜([\d.]+)$")
    if len(rows) != 5:
        raise Missing("park rows")
    for no, name, lvl, area, p, cost in rows:
        d.same(f"park {name} price vs class price", p, price[lvl])
        d.product(f"park {name} area x price", area, p, cost, D(10000))
    tot_area, tot_cost = d.g(r"^合计｜｜｜(\d+)｜｜([\d.]+)$")
    d.total("park area 合计", tot_area, [r[3] for r in rows])
    d.total("park cost 合计", tot_cost, [r[5] for r in rows])
    mu, mu17, inc = d.g(r"折合约(\d+)亩，比2017年的约(\d+)亩增加(\d+)亩左右")
    d.add("conflicting_values", "约326亩 vs 合计 area", close(dec(tot_area) * D("0.0015"), mu))
    d.add("conflicting_values", "增加21亩左右", abs(dec(mu) - dec(mu17) - dec(inc)) <= D("1.5"))
    for (v,) in d.all(r"养护(?:公园绿地)?([\d.]+)万平方米"):
        d.calc("养护面积 万平方米 vs 合计", dec(tot_area) / 10000, v)
    # funds
    ini, ann, exe, w, r, sc = d.g(r"｜年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜(\d+)｜([\d.]+)%｜([\d.]+)")
    f_ini, f_ann, f_exe, f_r = d.g(r"｜其中：当年财政拨款｜([\d.]+)｜([\d.]+)｜([\d.]+)｜—｜([\d.]+)%｜—")
    c_ini, c_ann, c_exe, c_r = d.g(r"｜上年结转资金｜([\d.]+)｜([\d.]+)｜([\d.]+)｜—｜([\d.]+)%｜—")
    o_ini, o_ann, o_exe = d.g(r"｜其他资金｜([\d.]+)｜([\d.]+)｜([\d.]+)｜—｜—｜—")
    d.total("年初 column", ini, [f_ini, c_ini, o_ini])
    d.total("全年 column", ann, [f_ann, c_ann, o_ann])
    d.total("执行 column", exe, [f_exe, c_exe, o_exe])
    d.rate("total 执行率", exe, ann, r)
    d.rate("当年财政拨款 执行率", f_exe, f_ann, f_r)
    d.rate("上年结转 执行率", c_exe, c_ann, c_r)
    d.add("score_exceeds_weight", "execution score <= 10", dec(sc) <= dec(w))
    rr = dec(exe) / dec(ann)
    d.warn("execution score = 10 x rate", close(min(rr, D(1)) * dec(w), sc) or close(dec(r) / 100 * dec(w), sc))
    y_ini, add, carry, y_ann = d.g(r"年初预算安排(\d+)万元.*?追加苗木补植资金(\d+)万元，加上2017年结转的([\d.]+)万元，全年预算数为([\d.]+)万元")
    d.same("年初预算 text vs table", y_ini, ini)
    d.same("结转 text vs table", carry, c_ann)
    d.same("全年预算 text vs table", y_ann, ann)
    d.total("全年预算 = 年初 + 追加 + 结转", y_ann, [y_ini, add, carry])
    d.total("当年财政拨款 全年 = 年初 + 追加", f_ann, [y_ini, add])
    spent, sp1, sp2, sp3 = d.g(r"全年实际支出([\d.]+)万元，其中日常养护费([\d.]+)万元、苗木补植费([\d.]+)万元、设施维修费([\d.]+)万元")
    d.total("spending 其中", spent, [sp1, sp2, sp3])
    d.same("spent text vs table", spent, exe)
    d.same("日常养护费 vs park 合计", sp1, tot_cost)
    bid, labour = d.g(r"中标金额([\d.]+)万元，另支付起苗运输和种植人工费([\d.]+)万元")
    d.total("苗木补植费 = 中标 + 人工", sp2, [bid, labour])
    (bal, yr) = d.g(r"年末未支出([\d.]+)万元，.*?结转至(\d{4})年")
    d.total("结余 = 全年预算 - 执行", ann, [bal, exe], code="balance_mismatch")
    d.year_after("carry-over year", yr, EY)
    d.year_eq("title year", d.g(r"^(\d{4})年度城区公园绿地养护项目支出绩效自评报告")[0], EY)
    d.year_eq("table year", d.g(r"^（(\d{4})年度）$")[0], EY)
    # quarterly assessment
    q = d.all(r"^第(.)季度｜(\d+)｜([\d.]+)｜(\d+)｜(\d+)$")
    if len(q) != 4:
        raise Missing("quarter rows")
    for name, w_, s_, found, fixed in q:
        d.add("score_exceeds_weight", f"Q{name} score <= 分值", D(0) <= dec(s_) <= dec(w_))
        d.add("conflicting_values", f"Q{name} >= 90 (text: 均在90分以上)", dec(s_) >= 90)
        d.add("conflicting_values", f"Q{name} 整改 = 发现 (text: 均已整改到位)", found == fixed)
    d.total("问题 82处", d.g(r"全年发现问题(\d+)处")[0], [x[3] for x in q])
    # replanting
    b1, b2, b3, bs, avg, more, comp = d.g(r"第一批(\d+)株、第二批(\d+)株、第三批(\d+)株，合计(\d+)株，平均每批(\d+)株，比年度目标多(\d+)株，完成年度目标的([\d.]+)%")
    d.total("batches sum", bs, [b1, b2, b3])
    d.add("average_mismatch", "average per batch", close((dec(b1) + dec(b2) + dec(b3)) / 3, avg))
    tgt = d.g(r"｜补植乔灌木数量｜≥(\d+)株｜(\d+)株｜")
    d.same("1064 text vs table", bs, tgt[1])
    d.add("conflicting_values", "多64株", dec(bs) - dec(tgt[0]) == dec(more))
    d.add("completion_mismatch", "完成年度目标的106.4%", close(dec(bs) / dec(tgt[0]) * 100, comp))
    alive, srate, gap = d.g(r"复查成活(\d+)株，成活率([\d.]+)%，比目标低([\d.]+)个百分点")
    d.rate("成活率", alive, bs, srate)
    tt, ta = d.g(r"｜补植苗木成活率｜≥([\d.]+)%｜([\d.]+)%｜")
    d.same("成活率 text vs table", srate, ta)
    d.add("conflicting_values", "低0.8个百分点", close(dec(tt) - dec(srate), gap))
    prev, cur = d.g(r"服务半径覆盖率由上年的([\d.]+)%提高到([\d.]+)%")
    d.same("服务半径 text vs table", cur, d.g(r"｜公园绿地服务半径覆盖率｜≥80%｜([\d.]+)%｜")[0])
    gc, gprev, ginc = d.g(r"城区绿化覆盖率达到([\d.]+)%，比上年的([\d.]+)%提高([\d.]+)个百分点")
    d.add("conflicting_values", "绿化覆盖率 increase", close(dec(gc) - dec(gprev), ginc))
    d.same("绿化覆盖率 text vs table", gc, d.g(r"｜城区绿化覆盖率｜≥40%｜([\d.]+)%｜")[0])
    n = d.g(r"收回有效问卷(\d+)份")[0]
    ok_n, sat = d.g(r"满意和基本满意的(\d+)份，满意度([\d.]+)%")
    d.rate("满意度", ok_n, n, sat)
    d.same("满意度 text vs table", sat, d.g(r"｜游园群众满意度｜≥90%｜([\d.]+)%｜")[0])
    d.same("苗木补植费用 text vs table", sp2, d.g(r"｜苗木补植费用｜≤35万元｜([\d.]+)万元｜")[0])
    # indicator table
    seg = d.t[d.t.index("一级指标｜二级指标｜三级指标"):d.t.index("\n总分｜")]
    ind = [ln.split("｜") for ln in seg.split("\n")[1:] if ln.strip()]
    ws, ss = [dec(w)], [dec(sc)]
    for c in ind:
        name, tgt_, act, w_, s_ = c[2], c[3], c[4], c[5], c[6]
        ws.append(dec(w_))
        ss.append(dec(s_))
        d.add("score_exceeds_weight", f"{name} score <= weight", D(0) <= dec(s_) <= dec(w_))
        d.units(f"{name} units", tgt_, act)
        d.score_rule(f"{name} score rule", tgt_, act, w_, s_)
    tw, ts = d.g(r"^总分｜｜｜｜｜(\d+)｜([\d.]+)｜$")
    d.add("weight_sum_mismatch", "Σ 分值 = 100", sum(ws) == 100 and dec(tw) == 100)
    d.add("score_sum_mismatch", "Σ 得分 = 总分", close(sum(ss), ts))
    total, word = d.g(r"本项目自评得分([\d.]+)分，评价等级为(\S\S)。")
    d.same("total text vs table", total, ts)
    d.grade("grade", total, word)
    deds = d.all(r"扣([\d.]+)分")
    d.add("score_sum_mismatch", "100 - Σ 扣分 = total", close(100 - sum(dec(x[0]) for x in deds), total))
    d.add("score_sum_mismatch", "扣0.37 = 10 - execution score", close(10 - dec(sc), deds[0][0]))


def chk_gaoping(d):
    EY = 2021
    price = d.g(r"统一按每平方米每年([\d.]+)元的单价结算")[0]
    seg = d.t[d.t.index("纳入托管的公园绿地情况：\n") + len("纳入托管的公园绿地情况：\n"):]
    prow = flat_rows(seg)
    head, body, tot = prow[0], prow[1:-1], prow[-1]
    if head[0] != "公园名称" or tot[0] != "合计" or len(body) != 4:
        raise Missing("park table")
    for name, area, mu, cost in body:
        d.add("conflicting_values", f"{name} 亩", close(dec(area) * D("0.0015"), mu))
        d.product(f"{name} area x price", area, price, cost, D(10000))
    d.total("park area 合计", tot[1], [r[1] for r in body])
    d.total("park 亩 合计", tot[2], [r[2] for r in body])
    d.total("park cost 合计", tot[3], [r[3] for r in body])
    # funds table
    seg = d.t[d.t.index("（二）预算执行情况\n") + len("（二）预算执行情况\n"):]
    frows = flat_rows(seg)
    F = {}
    for r in frows[2:]:
        key = r[1][:3]
        F[key] = [None if x == "" else x for x in r[2:]]
    cols = ["总额", "小计", "中央", "省", "市", "县", "结转", "其他"]

    def v(key, col):
        x = F[key][cols.index(col)]
        return "0" if x is None else x
    for key in ("(1)", "(2)", "(3)", "(4)"):
        d.total(f"{key} 总额 = 小计 + 结转 + 其他", v(key, "总额"), [v(key, "小计"), v(key, "结转"), v(key, "其他")])
        d.total(f"{key} 小计 = 中央 + 省 + 市 + 县", v(key, "小计"), [v(key, c) for c in ("中央", "省", "市", "县")])
    d.total("(5) = (3) - (4)", v("(3)", "总额"), [v("(5)", "总额"), v("(4)", "总额")], code="balance_mismatch")
    for key, num in (("(6)", "(3)"), ("(7)", "(4)")):
        for c in cols:
            d.rate(f"{key} {c}", v(num, c), v("(2)", c), v(key, c))
    y_ini, city, carry = d.g(r"年初批复县区级资金(\d+)万元；9月晋城市下达城市园林绿化补助(\d+)万元，连同2020年结转的([\d.]+)万元")
    d.same("年初 text vs table", y_ini, v("(1)", "县"))
    d.same("市级 text vs table", city, v("(2)", "市"))
    d.same("结转 text vs table", carry, v("(2)", "结转"))
    spent, s1, s2, s2u, s3, s4 = d.g(r"全年支出([\d.]+)万元，其中公园日常养护费([\d.]+)万元、苗木补植支出(\d+)(万元|元)、园林设施维修([\d.]+)万元、灌溉水电费([\d.]+)万元")
    sc2 = D(1) if s2u == "万元" else D("0.0001")
    d.total("spending 其中", spent, [s1, (s2, sc2), s3, s4])
    d.same("spent text vs table", spent, v("(4)", "总额"))
    d.same("日常养护费 vs park 合计", s1, tot[3])
    d.same("全年预算 text vs table", d.g(r"全年预算([\d.]+)万元，已全部到位")[0], v("(3)", "总额"))
    d.year_after("unused money paid later", d.g(r"均于(\d{4})年6月前支付")[0], EY)
    d.year_eq("title year", d.g(r"^(\d{4})年度城区公园绿地养护及苗木补植项目绩效自评报告")[0], EY)
    # indicator table
    seg = d.t[d.t.index("附件1.项目支出绩效自评表\n") + len("附件1.项目支出绩效自评表\n"):]
    irows = flat_rows(seg.lstrip("\n"))[1:]
    ws, ss = [], []
    for r in irows:
        name, w_, tgt, act, comp, s_ = r[2], r[3], r[4], r[5], r[6], r[7]
        ws.append(dec(w_))
        ss.append(dec(s_))
        d.add("score_exceeds_weight", f"{name} score <= weight", D(0) <= dec(s_) <= dec(w_))
        d.units(f"{name} units", tgt, act)
        d.completion(f"{name} 完成率", tgt, act, comp)
        d.score_rule(f"{name} score rule", tgt, act, w_, s_)
        if name == "预算执行率":
            d.same("execution rate 附件1 vs funds (7)", act, v("(7)", "总额"))
    d.add("weight_sum_mismatch", "Σ 权重 = 100", sum(ws) == 100)
    total, word = d.g(r"总得分([\d.]+)分，属于\"(\S+?)\"")
    d.add("score_sum_mismatch", "Σ 得分 = 总得分", close(sum(ss), total))
    d.grade("grade", total, word)
    by = {r[2]: r for r in irows}
    area, mu = d.g(r"全年托管公园绿地([\d.]+)万平方米（约(\d+)亩）")
    d.calc("托管面积 vs 合计", dec(tot[1]) / 10000, area)
    d.same("托管面积 text vs table", area, by["公园绿地养护面积"][5].replace("万平方米", ""))
    d.same("约421亩", tot[2], mu)
    n, more = d.g(r"乔灌木(\d+)株，超出目标(\d+)株")
    d.same("补植 text vs table", n, by["补植乔灌木数量"][5].replace("株", ""))
    d.add("conflicting_values", "超出目标36株", dec(n) - 1200 == dec(more))
    d.same("成活率 text vs table", d.g(r"11月复查成活率([\d.]+)%")[0], by["补植苗木成活率"][5])
    p20, p21 = d.g(r"建成区绿地率由2020年的([\d.]+)%提高到([\d.]+)%")
    d.same("绿地率 text vs table", p21, by["建成区绿地率"][5])
    d.add("conflicting_values", "差0.3个百分点", close(dec("36.5") - dec(p21), d.g(r"距目标差([\d.]+)个百分点")[0]))
    q, ok_n, sat = d.g(r"发放问卷(\d+)份，满意和基本满意的(\d+)份，满意度([\d.]+)%")
    d.rate("满意度", ok_n, q, sat)
    d.same("满意度 text vs table", sat, by["周边群众满意度"][5])


def chk_zhongxiang(d):
    EY = 2020
    ini, add, ann, basic, proj = d.g(r"年初预算([\d.]+)万元，年中因疫情防控消杀和春季苗木补植追加(\d+)万元，全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    d.total("全年 = 年初 + 追加", ann, [ini, add])
    d.total("全年 = 基本 + 项目", ann, [basic, proj])
    spent, rate = d.g(r"全年实际支出([\d.]+)万元，部门整体预算执行率([\d.]+)%")
    d.rate("部门整体执行率", spent, ann, rate)
    b_exe, p_exe, p_rate = d.g(r"基本支出执行([\d.]+)万元；项目支出执行([\d.]+)万元，项目支出执行率([\d.]+)%")
    d.total("执行 = 基本 + 项目", spent, [b_exe, p_exe])
    d.rate("项目支出执行率", p_exe, proj, p_rate)
    d.add("implausible_rate", "基本支出 执行 <= 预算", dec(b_exe) <= dec(basic))
    bal, yr = d.g(r"年末未支出的([\d.]+)万元全部为项目资金，已按规定结转至(\d{4})年")
    d.total("结转 = 全年 - 执行", ann, [bal, spent], code="balance_mismatch")
    d.total("结转 = 项目预算 - 项目执行", proj, [bal, p_exe], code="balance_mismatch")
    d.year_after("carry-over year", yr, EY)
    proj2, a1, a2, a3, a4 = d.g(r"项目支出([\d.]+)万元，其中城区公园绿地养护([\d.]+)万元、苗木补植([\d.]+)万元、园林设施维修([\d.]+)万元、古树名木保护([\d.]+)万元")
    d.same("项目支出 restated", proj2, proj)
    d.total("项目支出 其中", proj2, [a1, a2, a3, a4])
    area, mu, price, pu, fee, clean = d.g(r"养护面积([\d.]+)万平方米（约(\d+)亩），按每平方米每年([\d.]+)(万元|元)核定养护经费([\d.]+)万元，另安排绿化垃圾清运费([\d.]+)万元")
    pscale = D(10000) if pu == "万元" else D(1)
    d.product("面积 x 单价 = 养护经费", str(dec(area) * 10000), str(dec(price) * pscale), fee, D(10000))
    d.add("conflicting_values", "约2796亩", close(dec(area) * 10000 * D("0.0015"), mu))
    d.total("公园绿地养护 = 经费 + 清运", a1, [fee, clean])
    prow = d.all(r"^(\S+公园) (\d+) ([\d.]+) ([\d.]+)$")
    if len(prow) != 5:
        raise Missing("park rows")
    for name, ar, m, c in prow:
        d.add("conflicting_values", f"{name} 亩", close(dec(ar) * D("0.0015"), m))
        d.product(f"{name} area x price", ar, str(dec(price) * pscale), c, D(10000))
    ta, tm, tc = d.g(r"^合计 (\d+) ([\d.]+) ([\d.]+)$")
    d.total("park area 合计", ta, [r[1] for r in prow])
    d.total("park 亩 合计", tm, [r[2] for r in prow])
    d.total("park cost 合计", tc, [r[3] for r in prow])
    pa, share = d.g(r"其中5处综合公园([\d.]+)万平方米，占([\d.]+)%")
    d.calc("5处综合公园 area", dec(ta) / 10000, pa)
    d.same("养护面积 restated", d.g(r"全年完成([\d.]+)万平方米绿地的日常养护")[0], area)
    w20, w80 = d.g(r"预算执行率计(\d+)分，按执行率计分；年度工作目标计(\d+)分")
    d.rate("5处综合公园 share", pa, area, share)
    # 三公 and procurement
    b3, s3, prev3, dn, j, car = d.g(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，比上年的([\d.]+)万元下降([\d.]+)%，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元")
    d.total("三公 其中", s3, [j, car])
    d.rate("三公 下降", str(dec(prev3) - dec(s3)), prev3, dn)
    pb, pa2, saved = d.g(r"政府采购预算([\d.]+)万元，实际采购([\d.]+)万元，节约资金([\d.]+)万元")
    d.total("采购 节约", pb, [pa2, saved], code="balance_mismatch")
    # outputs in text
    open_d, tgt_d, less = d.g(r"全年开放(\d+)天，较(\d+)天的目标少(\d+)天")
    d.add("conflicting_values", "少13天", dec(tgt_d) - dec(open_d) == dec(less))
    trees, comp = d.g(r"乔木(\d+)株，完成目标的([\d.]+)%")
    g1, g2, g3 = d.g(r"其中一级古树(\d+)株、二级古树(\d+)株、三级古树(\d+)株")
    old_total = d.g(r"对城区(\d+)株古树名木全部挂牌建档")[0]
    d.total("古树 其中", old_total, [g1, g2, g3])
    cost, unit = d.g(r"补植实际支出([\d.]+)万元，单株综合成本约(\d+)元")
    d.add("average_mismatch", "单株成本约411元", close(dec(cost) * 10000 / dec(trees), unit))
    # self-evaluation table
    seg = d.t[d.t.index("一级指标 二级指标 指标值"):d.t.index("\n合计 100")]
    er = d.g(r"^预算执行 预算执行率 100% ([\d.]+)% (\d+) ([\d.]+)$")
    d.same("execution rate table vs text", er[0], rate)
    d.warn("execution score = 20 x rate", close(dec(spent) / dec(ann) * dec(er[1]), er[2]) or close(dec(er[0]) / 100 * dec(er[1]), er[2]))
    blocks = re.split(r"\n年度目标\d：", seg)[1:]
    ws, ss = [dec(er[1])], [dec(er[2])]
    rows = {}
    for b in blocks:
        lines = b.split("\n")
        bw = re.search(r"（(\d+)分）", lines[0]).group(1)
        bsum = D(0)
        for ln in lines[1:]:
            if not ln.strip():
                continue
            name, tgt, act, w_, s_ = ln.strip().split(" ")
            rows[name] = (tgt, act, w_, s_)
            bsum += dec(w_)
            ws.append(dec(w_))
            ss.append(dec(s_))
            d.add("score_exceeds_weight", f"{name} score <= weight", D(0) <= dec(s_) <= dec(w_))
            d.units(f"{name} units", tgt, act)
            d.score_rule(f"{name} score rule", tgt, act, w_, s_)
        d.add("weight_sum_mismatch", f"block {lines[0]} weights", bsum == dec(bw))
    tw, ts = d.g(r"^合计 (\d+) ([\d.]+)$")
    d.add("weight_sum_mismatch", "Σ 分值 = 100", sum(ws) == 100 and dec(tw) == 100)
    d.add("weight_sum_mismatch", "execution weight = 20 (text)", dec(er[1]) == dec(w20))
    d.add("weight_sum_mismatch", "goal blocks = 80 (text)", sum(ws) - dec(er[1]) == dec(w80))
    d.add("score_sum_mismatch", "Σ 得分 = 合计", close(sum(ss), ts))
    total, word = d.g(r"部门整体支出自评得分([\d.]+)分，等级为(\S)。")
    d.same("total text vs table", total, ts)
    d.grade("department grade", total, word)
    d.same("养护面积 table", area, rows["养护面积"][1].replace("万平方米", ""))
    d.same("合格率", d.g(r"月度养护考核合格率([\d.]+)%")[0], rows["月度养护考核合格率"][1].rstrip("%"))
    d.same("开放天数", open_d, rows["公园开放天数"][1].rstrip("天"))
    d.same("补植乔木", trees, rows["补植乔木数量"][1].rstrip("株"))
    d.add("completion_mismatch", "完成目标的104.2%", close(dec(trees) / dec(rows["补植乔木数量"][0].strip("≥株")) * 100, comp))
    d.same("成活率", d.g(r"秋季复查成活率([\d.]+)%")[0], rows["补植成活率"][1].rstrip("%"))
    d.same("单株成本", unit, rows["单株综合成本"][1].rstrip("元"))
    d.same("维修处数", d.g(r"设施维修(\d+)处")[0], rows["设施维修数量"][1].rstrip("处"))
    d.same("古树", old_total, rows["古树名木挂牌保护"][1].rstrip("株"))
    sat = d.g(r"市民满意度调查，满意度为([\d.]+)%")[0]
    d.same("满意度", sat, rows["市民满意度"][1].rstrip("%"))
    d.pct_ok("满意度", sat)
    # project table
    pr = d.all(r"^(城区公园绿地养护|苗木补植|园林设施维修|古树名木保护) ([\d.]+) ([\d.]+) (\S+)$")
    if len(pr) != 4:
        raise Missing("project rows")
    for name, ex, s_, gw in pr:
        d.grade(f"project {name} grade", s_, gw)
    d.total("project execution Σ", p_exe, [r[1] for r in pr])
    budgets = dict(zip(["城区公园绿地养护", "苗木补植", "园林设施维修", "古树名木保护"], [a1, a2, a3, a4]))
    for name, ex, s_, gw in pr:
        d.add("implausible_rate", f"{name} 执行 <= 预算", dec(ex) <= dec(budgets[name]))
    d.same("苗木补植 执行 text vs table", cost, [r for r in pr if r[0] == "苗木补植"][0][1])
    avg = d.g(r"4个项目平均自评得分([\d.]+)分")[0]
    d.add("average_mismatch", "project average", close(sum(dec(r[2]) for r in pr) / 4, avg))
    mm = [r for r in pr if r[0] == "苗木补植"][0]
    d.add("conflicting_values", "苗木补植 执行率不足90%", dec(mm[1]) / dec(a2) < D("0.9"))
    d.year_eq("title year", d.g(r"^钟祥市园林局(\d{4})年度部门整体支出绩效自评报告$")[0], EY)
    d.year_eq("table year", d.g(r"^钟祥市园林局(\d{4})年度部门整体支出绩效自评表$")[0], EY)


def chk_pengshan(d):
    EY = 2023
    price = d.g(r"按合同单价每平方米每年([\d.]+)元结算")[0]
    rows = d.all(r"^(一|二|三)标段\t([^\t]+)\t(\d+)\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t([\d.]+)$")
    if len(rows) != 3:
        raise Missing("section rows")
    for no, rng, area, mu, p, cost, w_, s_ in rows:
        d.add("conflicting_values", f"{no}标段 亩", close(dec(area) * D("0.0015"), mu))
        d.same(f"{no}标段 price", p, price)
        d.product(f"{no}标段 area x price", area, p, cost, D(10000))
        d.add("score_exceeds_weight", f"{no}标段 考核得分 <= 分值", D(0) <= dec(s_) <= dec(w_))
        d.add("conflicting_values", f"{no}标段 >= 90 (text)", dec(s_) >= 90)
    ta, tm, tc = d.g(r"^合计\t\t(\d+)\t([\d.]+)\t—\t([\d.]+)\t—\t—$")
    d.total("section area 合计", ta, [r[2] for r in rows])
    d.total("section 亩 合计", tm, [r[3] for r in rows])
    d.total("section cost 合计", tc, [r[5] for r in rows])
    y_dec, y_for, adv = d.g(r"(\d{4})年12月，区财政局提前下达(\d{4})年城区绿地管护资金(\d+)万元")
    d.add("year_mismatch", "advance issued in the December before", int(y_for) == EY and int(y_dec) == EY - 1)
    add = d.g(r"追加苗木补植资金([\d.]+)万元")[0]
    unit_f = d.g(r"停车服务收入([\d.]+)万元")[0]
    ann, arr = d.g(r"全年预算([\d.]+)万元，资金到位率(\d+)%")
    d.total("全年 = 提前下达 + 追加 + 单位资金", ann, [adv, add, unit_f])
    yr, spent, rate = d.g(r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    d.year_eq("截至 year", yr, EY)
    d.rate("执行率 text", spent, ann, rate)
    m1, m2, m2a, m2b, per, m3, m4 = d.g(r"其中管护费([\d.]+)万元，苗木补植([\d.]+)万元（乔木([\d.]+)万元、灌木及地被([\d.]+)万元，乔木平均每株(\d+)元），设施维修([\d.]+)万元，绿化垃圾清运([\d.]+)万元")
    d.total("spending 其中", spent, [m1, m2, m3, m4])
    d.total("苗木补植 其中", m2, [m2a, m2b])
    d.same("管护费 vs section 合计", m1, tc)
    bal, cy = d.g(r"未支出的([\d.]+)万元为补植苗木养护期质保金，结转(\d{4})年支付")
    d.total("结转 = 全年 - 执行", ann, [bal, spent], code="balance_mismatch")
    d.year_after("carry-over year", cy, EY)
    # funds table
    ini, t_ann, exe, w, r, sc = d.g(r"\t年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t([\d.]+)%\t([\d.]+)")
    sub = {}
    for lab in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        sub[lab] = d.g(r"\t" + lab + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t—\t—\t—")
    for i, col in enumerate(("年初", "全年", "执行")):
        d.total(f"{col} column", (ini, t_ann, exe)[i], [sub[k][i] for k in sub])
    d.same("全年 text vs table", ann, t_ann)
    d.same("执行 text vs table", spent, exe)
    d.same("rate text vs table", rate, r)
    d.rate("rate table", exe, t_ann, r)
    d.add("score_exceeds_weight", "execution score <= 10", dec(sc) <= dec(w))
    d.warn("execution score", close(min(dec(exe) / dec(t_ann), D(1)) * dec(w), sc) or close(dec(r) / 100 * dec(w), sc))
    d.same("财政资金 年初 = 提前下达", sub["其中：财政资金"][0], adv)
    d.total("财政资金 全年 = 年初 + 追加", sub["其中：财政资金"][1], [sub["其中：财政资金"][0], add])
    d.same("单位资金", sub["单位资金"][1], unit_f)
    d.add("rate_mismatch", "到位率100% => 到位 = 全年", dec(arr) == 100)
    # indicator table
    seg = d.t[d.t.index("一级指标\t二级指标"):d.t.index("\n总分\t")]
    lines = [ln.split("\t") for ln in seg.split("\n")[1:]]
    ws, ss = [dec(w)], [dec(sc)]
    lvl, lvl_w, lvl_sum = None, {}, {}
    vals = {}
    for c in lines:
        l1, l2, name, nat, val, unit, act, w_, s_ = c[:9]
        m = re.match(r"(\S+?)\((\d+)分\)", l1)
        if m:
            lvl = m.group(1)
            lvl_w[lvl] = dec(m.group(2))
            lvl_sum[lvl] = D(0)
        lvl_sum[lvl] += dec(w_)
        ws.append(dec(w_))
        ss.append(dec(s_))
        vals[name] = act
        d.add("score_exceeds_weight", f"{name} score <= weight", D(0) <= dec(s_) <= dec(w_))
        if nat in ("≥", "≤", "="):
            tgt = nat + val + unit
            actual = act + unit
            d.score_rule(f"{name} score rule", tgt, actual, w_, s_)
            if unit == "%":
                d.pct_ok(f"{name} actual %", act)
    for k in lvl_w:
        d.add("weight_sum_mismatch", f"{k} weights = header", lvl_sum[k] == lvl_w[k])
    tw, ts = d.g(r"^总分\t\t\t\t\t\t\t(\d+)\t([\d.]+)\t$")
    d.add("weight_sum_mismatch", "Σ 分值 = 100", sum(ws) == 100 and dec(tw) == 100)
    d.add("score_sum_mismatch", "Σ 得分 = 总分", close(sum(ss), ts))
    for pat in (r"评价结论\t项目资金使用规范，绩效目标基本实现，自评得分([\d.]+)分，等级为(\S)。",
                r"（一）评价结论。项目自评得分([\d.]+)分，评价等级为(\S)。"):
        tot, gw = d.g(pat)
        d.same("total vs table", tot, ts)
        d.grade("grade", tot, gw)
    area_t, mu_t, trees, comp, shrub, alive = d.g(r"全年管护城区公园绿地([\d.]+)万平方米（约(\d+)亩）；补植乔木(\d+)株，完成率([\d.]+)%，补植灌木及地被(\d+)平方米；11月24日全部完成补植，成活率([\d.]+)%")
    d.calc("管护面积 vs 合计", dec(ta) / 10000, area_t)
    d.same("约635亩", tm, mu_t)
    d.same("管护面积 text vs table", area_t, vals["绿地管护面积"])
    d.same("乔木 text vs table", trees, vals["补植乔木"])
    d.add("completion_mismatch", "乔木完成率", close(dec(trees) / 800 * 100, comp))
    d.same("灌木 text vs table", shrub, vals["补植灌木及地被"])
    d.same("成活率 text vs table", alive, vals["补植苗木成活率"])
    d.add("average_mismatch", "乔木平均每株580元", close(dec(m2a) * 10000 / dec(trees), per))
    ga, gt, gs_ = d.g(r"实际完成情况：管护([\d.]+)万平方米，补植乔木(\d+)株、灌木及地被(\d+)平方米，成活率([\d.]+)%")[:3]
    d.same("goal block area", ga, vals["绿地管护面积"])
    d.same("goal block trees", gt, vals["补植乔木"])
    d.same("goal block shrubs", gs_, vals["补植灌木及地被"])
    d.same("服务半径", d.g(r"服务半径覆盖率达到([\d.]+)%")[0], vals["公园绿地服务半径覆盖率"])
    cov, gap = d.g(r"建成区绿化覆盖率([\d.]+)%，较目标低([\d.]+)个百分点")
    d.same("覆盖率 text vs table", cov, vals["建成区绿化覆盖率"])
    d.add("conflicting_values", "低0.7个百分点", close(42 - dec(cov), gap))
    sat = d.g(r"问卷500份，游园群众满意度([\d.]+)%")[0]
    d.same("满意度 text vs table", sat, vals["游园群众满意度"])
    d.pct_ok("满意度", sat)
    d.year_eq("title year", d.g(r"^(\d{4})年度眉山市彭山区园林绿化服务中心项目支出$")[0], EY)
    d.year_eq("table year", d.g(r"^（(\d{4})年度）$")[0], EY)


def chk_baiyin(d):
    EY = 2024
    price = {"一级": d.g(r"一级每平方米每年([\d.]+)元")[0], "二级": d.g(r"二级每平方米每年([\d.]+)元")[0]}
    rows = d.all(r"^(\d)\t([^\t]+)\t(一级|二级)\t(\d+)\t([\d.]+)\t([\d.]+)\t([\d.]+)$")
    if len(rows) != 5:
        raise Missing("park rows")
    for no, name, lvl, area, mu, p, cost in rows:
        d.add("conflicting_values", f"{name} 亩", close(dec(area) * D("0.0015"), mu))
        d.same(f"{name} price", p, price[lvl])
        d.product(f"{name} area x price", area, p, cost, D(10000))
    ta, tm, tc = d.g(r"^\t合计\t\t(\d+)\t([\d.]+)\t\t([\d.]+)$")
    d.total("park area 合计", ta, [r[3] for r in rows])
    d.total("park 亩 合计", tm, [r[4] for r in rows])
    d.total("park cost 合计", tc, [r[6] for r in rows])
    ini, prov, ann = d.g(r"年初预算(\d+)万元，6月省级下达城市园林绿化补助资金(\d+)万元，全年预算([\d.]+)万元")
    d.total("全年 = 年初 + 省级", ann, [ini, prov])
    recv, rrate, notrecv = d.g(r"实际到位资金([\d.]+)万元，到位率([\d.]+)%，未到位的([\d.]+)万元")
    d.rate("到位率", recv, ann, rrate)
    d.total("未到位 = 全年 - 到位", ann, [recv, notrecv], code="balance_mismatch")
    spent, erate = d.g(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    d.rate("执行率 text", spent, ann, erate)
    s1, s2, s3, s4 = d.g(r"其中日常养护费([\d.]+)万元，苗木补植([\d.]+)万元，节水灌溉改造([\d.]+)万元，设施维修([\d.]+)万元")
    d.total("spending 其中", spent, [s1, s2, s3, s4])
    d.same("日常养护费 vs park 合计", s1, tc)
    bal, cy = d.g(r"结余资金([\d.]+)万元，主要是滴灌改造二期工程尚未完工结算，结转(\d{4})年")
    d.total("结余 = 到位 - 支出", recv, [bal, spent], code="balance_mismatch")
    d.year_after("carry-over year", cy, EY)
    # funds table
    t_ini, t_ann, exe, w, r, sc = d.g(r"\t年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t([\d.]+)%\t([\d.]+)")
    sub = [d.g(r"\t" + lab + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t—\t—\t—") for lab in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for i, col in enumerate(("年初", "全年", "执行")):
        d.total(f"{col} column", (t_ini, t_ann, exe)[i], [s[i] for s in sub])
    d.same("年初 text vs table", ini, t_ini)
    d.same("全年 text vs table", ann, t_ann)
    d.same("执行 text vs table", spent, exe)
    d.same("执行率 text vs table", erate, r)
    d.rate("执行率 table", exe, t_ann, r)
    d.add("score_exceeds_weight", "execution score <= 10", dec(sc) <= dec(w))
    d.warn("execution score", close(min(dec(exe) / dec(t_ann), D(1)) * dec(w), sc) or close(dec(r) / 100 * dec(w), sc))
    # indicator table
    seg = d.t[d.t.index("一级指标\t二级指标"):d.t.index("\n总分\t")]
    lines = [ln.split("\t") for ln in seg.split("\n")[1:]]
    ws, ss = [dec(w)], [dec(sc)]
    lvl = None
    lsum = {}
    vals = {}
    for c in lines:
        l1, l2, name, tgt, act, comp, w_, s_ = c[:8]
        if l1:
            lvl = l1
            lsum[lvl] = D(0)
        lsum[lvl] += dec(s_)
        ws.append(dec(w_))
        ss.append(dec(s_))
        vals[name] = act
        d.add("score_exceeds_weight", f"{name} score <= weight", D(0) <= dec(s_) <= dec(w_))
        d.units(f"{name} units", tgt, act)
        d.completion(f"{name} 完成率", tgt, act, comp)
        d.score_rule(f"{name} score rule", tgt, act, w_, s_)
        if act.endswith("%") and tgt.endswith("%"):
            d.pct_ok(f"{name} actual", act)
    tw, ts = d.g(r"^总分\t\t\t\t\t\t(\d+)\t([\d.]+)\t$")
    d.add("weight_sum_mismatch", "Σ 分值 = 100", sum(ws) == 100 and dec(tw) == 100)
    d.add("score_sum_mismatch", "Σ 得分 = 总分", close(sum(ss), ts))
    pe, po, pb, ps, ptot, gw = d.g(r"各部分得分为：预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，合计([\d.]+)分，评价等级为(\S+?)。")
    d.add("score_sum_mismatch", "parts = 合计", close(dec(pe) + dec(po) + dec(pb) + dec(ps), ptot))
    d.same("预算执行 part", pe, sc, code="score_sum_mismatch")
    d.add("score_sum_mismatch", "产出 part = Σ rows", close(lsum["产出指标"], po))
    d.add("score_sum_mismatch", "效益 part = Σ rows", close(lsum["效益指标"], pb))
    d.add("score_sum_mismatch", "满意度 part = Σ rows", close(lsum["满意度指标"], ps))
    d.same("合计 vs 总分", ptot, ts)
    d.grade("grade", ptot, gw)
    area, mu = d.g(r"全年养护市区公园绿地([\d.]+)万平方米，折合约(\d+)亩")
    d.calc("养护面积 vs 合计", dec(ta) / 10000, area)
    d.same("约550亩", tm, mu)
    d.same("养护面积 table", area, vals["公园绿地养护面积"].replace("万平方米", ""))
    alive, gap = d.g(r"秋季复查成活率([\d.]+)%，较目标低([\d.]+)个百分点")
    d.same("成活率 text vs table", alive, vals["补植苗木成活率"].rstrip("%"))
    d.add("conflicting_values", "低1.2个百分点", close(95 - dec(alive), gap))
    cost = d.g(r"苗木补植实际成本([\d.]+)万元，控制在(\d+)万元以内")
    d.same("苗木补植 cost vs spending", cost[0], s2)
    d.same("苗木补植 cost vs table", cost[0], vals["苗木补植成本"].replace("万元", ""))
    d.add("conflicting_values", "控制在100万元以内", dec(cost[0]) <= dec(cost[1]))
    d.same("服务半径", d.g(r"服务半径覆盖率(\d+\.\d)%，人均")[0], vals["公园绿地500米服务半径覆盖率"].rstrip("%"))
    d.same("人均", d.g(r"人均公园绿地面积([\d.]+)平方米；")[0], vals["人均公园绿地面积"].replace("平方米", ""))
    p0, p1 = d.g(r"节水灌溉覆盖率由上年的([\d.]+)%提高到([\d.]+)%")
    d.same("节水灌溉", p1, vals["节水灌溉覆盖率"].rstrip("%"))
    d.add("conflicting_values", "还差3个百分点", close(60 - dec(p1), d.g(r"距目标还差(\d+)个百分点")[0]))
    sat = d.g(r"周边居民满意度调查显示满意度为([\d.]+)%")[0]
    d.same("满意度", sat, vals["周边居民满意度"].rstrip("%"))
    d.pct_ok("周边居民满意度", sat)
    d.pct_ok("游客满意度", d.g(r"游客满意度为([\d.]+)%")[0])
    d.year_eq("title year", d.g(r"^白银市园林绿化服务中心(\d{4})年度市区公园绿地养护")[0], EY)
    d.year_eq("table year", d.g(r"^(\d{4})年度项目支出绩效自评表$")[0], EY)


CHECKS = {
    "zj-xianju-gongyuanyanghu-2018": chk_xianju,
    "sx-gaoping-lvdiyanghu-2021": chk_gaoping,
    "hb-zhongxiang-yuanlinju-2020": chk_zhongxiang,
    "sc-pengshan-lvdiyanghu-2023": chk_pengshan,
    "gs-baiyin-gongyuanlvdi-2024": chk_baiyin,
}

# Figures whose edited cell is identified by its row/column rather than by the number alone
# (counted as a context string instead of a bare token). Documented in README.md.
FIGURE_CONTEXT = {
    "zj-xianju-gongyuanyanghu-2018-e5.txt": "结转至2019年",              # a year: other 2019s are other dates
    "sc-pengshan-lvdiyanghu-2023-e3.txt": "截至2023年12月31日",         # a year: the report year recurs
    "sx-gaoping-lvdiyanghu-2021-e6.txt": "(6)=(3)/(2)\n\t100\n\t100\n\t0\n",  # a zero cell of the 中央级 column
}


def run_checks(src, text):
    d = Doc(text)
    CHECKS[src](d)
    return d.res


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, i, len(b) - j


def number_token(text, s, e):
    """expand [s, e) to the numeric token it touches in text; None if no digit is touched."""
    numch = "0123456789."
    s2, e2 = s, e
    while s2 > 0 and text[s2 - 1] in numch:
        s2 -= 1
    while e2 < len(text) and text[e2] in numch:
        e2 += 1
    tok = text[s2:e2].strip(".")
    if not any(ch.isdigit() for ch in tok):
        return None
    return tok


def count_token(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d])(?!\.\d)", text))


def main():
    fails = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    code_count = {c: 0 for c in CODES}
    texts = {}
    for rec in labels:
        p = os.path.join(CASES, rec["case"])
        if not os.path.exists(p):
            fails.append(f"missing case file {rec['case']}")
            continue
        texts[rec["case"]] = open(p, encoding="utf-8").read()
        if set(rec) != {"case", "source", "clean", "expected"}:
            fails.append(f"{rec['case']}: keys {sorted(rec)}")
        if rec["clean"] != (rec["expected"] == []):
            fails.append(f"{rec['case']}: clean flag vs expected")
        for e in rec["expected"]:
            if set(e) != {"code", "severity", "value", "explanation"}:
                fails.append(f"{rec['case']}: label keys {sorted(e)}")
            if e["code"] not in CODES:
                fails.append(f"{rec['case']}: unknown code {e['code']}")
            else:
                code_count[e["code"]] += 1
            if e["severity"] != "error":
                fails.append(f"{rec['case']}: severity {e['severity']}")
            if e["value"] not in texts[rec["case"]]:
                fails.append(f"{rec['case']}: value not found: {e['value']!r}")
    for c, n in code_count.items():
        if n < 2:
            fails.append(f"code {c} used {n} times (< 2)")
    clean_of = {r["source"]: r["case"] for r in labels if r["clean"]}
    n_checks = 0
    warn_notes = []
    for rec in labels:
        src, name = rec["source"], rec["case"]
        text = texts.get(name)
        if text is None:
            continue
        clean = texts[clean_of[src]]
        if rec["clean"]:
            if not 2800 <= len(text) <= 3400:
                fails.append(f"{name}: length {len(text)} outside 2800-3400")
        else:
            a0, a1, b0, b1 = diff_region(clean, text)
            if a0 == a1 and b0 == b1:
                fails.append(f"{name}: identical to clean draft")
            val = rec["expected"][0]["value"]
            occ = [m.start() for m in re.finditer(re.escape(val), text)]
            if not any(o < b1 and o + len(val) > b0 for o in occ):
                fails.append(f"{name}: the one changed region [{b0},{b1}) does not overlap the label value")
            # single contiguous change: clean = prefix + X + suffix, error = prefix + Y + suffix by construction;
            # make sure X/Y are short (one figure or word)
            if (a1 - a0) > 12 or (b1 - b0) > 12:
                fails.append(f"{name}: changed region too long ({clean[a0:a1]!r} -> {text[b0:b1]!r})")
            want = 2 if rec["expected"][0]["code"] == "conflicting_values" else 1
            if name in FIGURE_CONTEXT:
                ctx = FIGURE_CONTEXT[name]
                n = clean.count(ctx)
                fig = ctx
            else:
                fig = number_token(clean, a0, a1)
                n = count_token(clean, fig) if fig else None
            if fig is not None and n != want:
                fails.append(f"{name}: changed figure {fig!r} occurs {n} times in the clean draft (want {want})")
        try:
            res = run_checks(src, text)
        except Missing as ex:
            fails.append(f"{name}: extraction failed: {ex}")
            continue
        n_checks += len(res)
        bad = sorted({c for c, desc, ok in res if not ok and c != WARN})
        bad_desc = [f"{c}: {desc}" for c, desc, ok in res if not ok and c != WARN]
        warns = [desc for c, desc, ok in res if not ok and c == WARN]
        if rec["clean"]:
            if bad:
                fails.append(f"{name}: clean draft fails {bad_desc}")
            if warns:
                fails.append(f"{name}: clean draft has score-rule warnings {warns}")
        else:
            want = rec["expected"][0]["code"]
            if bad != [want]:
                fails.append(f"{name}: expected exactly [{want}] to fail, got {bad_desc}")
            if warns:
                warn_notes.append(f"{name}: warning only ({WARN}): {warns}")
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run")
    print("codes: " + ", ".join(f"{c}={n}" for c, n in code_count.items()))
    for w in warn_notes:
        print("note  " + w)
    if fails:
        for f in fails:
            print("FAIL  " + f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
