#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps an occurrence of the label value; every code is used at least twice;
2. the arithmetic of every case is redone from the text (rules.md §5-§8, tolerance from the stated decimals,
   ROUND_HALF_UP): in a clean draft every check must pass; in an error case the labelled code must fail and
   no other error-level code may fail. Score-rule deviations (rules §5) are warnings: none is allowed in a
   clean draft, they are only reported for error cases.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"[0-9][0-9,]*(?:\.[0-9]+)?"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


class ParseError(Exception):
    pass


class V:
    """A number as written: value, decimals, unit (money units are normalised to 万元 in .w)."""

    def __init__(self, s, unit="", approx=False):
        s = s.replace(",", "")
        self.s, self.v, self.unit, self.approx = s, D(s), unit, approx
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.w = self.v * MONEY[unit] if unit in MONEY else self.v

    def tol(self):
        return D("0.5") * D(10) ** (-self.d) + D("1e-9")

    def __repr__(self):
        return f"{self.s}{self.unit}"


def close(stated, computed):
    return abs(computed - stated.v) <= stated.tol()


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Ctx:
    def __init__(self, text):
        self.t = text
        self.err = []   # (code, message)
        self.warn = []

    # ---------- extraction ----------
    def one(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        return ms[0]

    def num(self, pattern, unit=None):
        """pattern with one group (the number) or two groups (number, unit)."""
        m = self.one(pattern)
        u = m.group(2) if m.re.groups >= 2 else (unit or "")
        return V(m.group(1), u)

    def fail(self, code, msg):
        self.err.append((code, msg))

    # ---------- identities ----------
    def ident(self, code, stated, fn, inputs, msg):
        """stated ~ fn(inputs as 万元/plain values), compared in stated's unit; on failure try rescaling a single
        money amount by 10^4 (元 written as 万元 or the reverse): if that reconciles, report unit_mismatch."""
        def ok(vals, st_w):
            c = fn(vals)
            scale = MONEY.get(stated.unit, D(1))
            return abs(c / scale - st_w / scale) <= stated.tol()
        vals = [x.w for x in inputs]
        if ok(vals, stated.w):
            return True
        for i, x in enumerate(inputs):
            if x.unit in MONEY:
                for f in (D("0.0001"), D(10000)):
                    v2 = list(vals)
                    v2[i] = vals[i] * f
                    if ok(v2, stated.w):
                        self.fail("unit_mismatch", f"{msg}: {x} reconciles only when rescaled by 10^4")
                        return False
        if stated.unit in MONEY:
            for f in (D("0.0001"), D(10000)):
                if ok(vals, stated.w * f):
                    self.fail("unit_mismatch", f"{msg}: stated {stated} reconciles only when rescaled by 10^4")
                    return False
        self.fail(code, f"{msg}: stated {stated}, computed {fn(vals)}")
        return False

    def sum(self, total, parts, msg, code="sum_mismatch"):
        return self.ident(code, total, lambda v: sum(v), parts, msg)

    def diff(self, stated, a, b, msg, code="balance_mismatch"):
        return self.ident(code, stated, lambda v: v[0] - v[1], [a, b], msg)

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        if den.w == 0:
            self.zero_base(stated, msg)
            return
        self.ident(code, stated, lambda v: v[0] / v[1] * 100, [num, den], msg)
        self.bound(stated, msg)

    def avg(self, stated, total, n, msg):
        self.ident("average_mismatch", stated, lambda v: v[0] / v[1], [total, n], msg)

    def same(self, a, b, msg):
        if a.unit in MONEY and b.unit in MONEY:
            ok = abs(a.w - b.w) <= max(a.tol() * MONEY[a.unit], b.tol() * MONEY[b.unit])
        else:
            ok = abs(a.v - b.v) <= max(a.tol(), b.tol())
        if not ok:
            self.fail("conflicting_values", f"{msg}: {a} vs {b}")

    def bound(self, pct, msg):
        if pct.v > 100 or pct.v < 0:
            self.fail("implausible_rate", f"{msg}: {pct}% outside [0, 100]")

    def zero_base(self, cell, msg):
        if isinstance(cell, V):
            if cell.v != 0:
                self.fail("implausible_rate", f"{msg}: rate {cell} on a zero base")
        elif cell.strip() not in ("—", "-", "", "0"):
            self.fail("implausible_rate", f"{msg}: rate {cell!r} on a zero base")

    def year_eq(self, y, ev, msg):
        if y != ev:
            self.fail("year_mismatch", f"{msg}: {y} vs evaluation year {ev}")

    def year_after(self, y, ev, msg):
        if y <= ev:
            self.fail("year_mismatch", f"{msg}: carry-over to {y}, evaluation year {ev}")

    def grade(self, total, word):
        g = grade_of(total.v)
        if norm_grade(word) != g:
            self.fail("grade_mismatch", f"total {total} is {g}, stated {word}")


def grade_of(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def norm_grade(w):
    w = w.strip("“”\"")
    for g, alts in (("优", ("优", "优秀")), ("良", ("良", "良好")), ("中", ("中", "中等", "一般", "合格")),
                    ("差", ("差", "较差", "不合格"))):
        if w in alts:
            return g
    raise ParseError(f"unknown grade {w!r}")


# ---------------- indicator rows ----------------
DIR = [("≥", "gte"), ("≤", "lte"), ("＞", "gte"), ("＜", "lte"), ("不低于", "gte"), ("不少于", "gte"),
       ("不超过", "lte"), ("不高于", "lte")]
ACHIEVED = ("达成", "已建立并运行", "健全", "规范", "持续运行", "已建立", "达成年度指标")
PARTLY = ("部分达成", "初步建立", "基本规范", "部分达成年度指标并具有一定效果")


def parse_target(s):
    s = s.strip()
    direction = "eq"
    for sign, d in DIR:
        if s.startswith(sign):
            direction, s = d, s[len(sign):]
            break
    m = re.fullmatch(r"(" + NUM + r")\s*(.*)", s)
    if not m:
        return None
    return direction, V(m.group(1), m.group(2).strip())


def parse_actual(s):
    s = s.strip()
    approx = False
    for p in ("约", "近"):
        if s.startswith(p):
            approx, s = True, s[len(p):]
    m = re.fullmatch(r"(" + NUM + r")\s*(.*)", s)
    if not m:
        return None
    return V(m.group(1), m.group(2).strip(), approx)


class Row:
    def __init__(self, name, target, actual, weight, score, completion=None, kind="ind"):
        self.name, self.target, self.actual = name, target, actual
        self.weight, self.score, self.completion, self.kind = V(weight), V(score), completion, kind


def check_rows(c, rows, total_w, total_s):
    """weights, scores, completion, units, bounds, score rules; total_w/total_s: V as stated."""
    sw = sum(r.weight.v for r in rows)
    if sw != total_w.v or total_w.v != 100:
        c.fail("weight_sum_mismatch", f"weights sum {sw}, stated {total_w}")
    ss = sum(r.score.v for r in rows)
    if not close(total_s, ss):
        c.fail("score_sum_mismatch", f"scores sum {ss}, stated {total_s}")
    for r in rows:
        if r.score.v > r.weight.v or r.score.v < 0:
            c.fail("score_exceeds_weight", f"{r.name}: score {r.score} > weight {r.weight}")
        t, a = parse_target(r.target), parse_actual(r.actual)
        if t and a:
            direction, tv = t
            if tv.unit != a.unit:
                c.fail("unit_mismatch", f"{r.name}: target unit {tv.unit!r}, actual unit {a.unit!r}")
                continue
            if a.unit == "%" and ("满意度" in r.name or r.name.endswith("率")):
                c.bound(a, r.name)
            if direction == "lte":
                comp = D(100) if a.v <= tv.v else tv.v / a.v * 100
            else:
                comp = a.v / tv.v * 100
            if r.completion is not None and r.completion.strip() not in ("—", "-", ""):
                cv = V(r.completion.strip().rstrip("%"))
                if not close(cv, comp):
                    c.fail("completion_mismatch", f"{r.name}: completion {r.completion}, computed {q2(comp)}%")
            if a.approx:
                expect_full = (direction == "gte" and a.v - a.tol() >= tv.v) or \
                              (direction == "lte" and a.v + a.tol() <= tv.v)
                exp = r.weight.v if expect_full else None
            else:
                exp = r.weight.v * min(comp, D(100)) / 100
            if r.kind == "exec":
                alt = r.weight.v * min(a.v, D(100)) / 100   # from the printed rate
                ok = exp is not None and (close(r.score, exp) or close(r.score, alt))
            else:
                ok = exp is not None and close(r.score, exp)
            if not ok:
                c.warn.append(("score_rule_mismatch", f"{r.name}: score {r.score}, rule gives {exp}"))
        elif t is None and a is None:
            w = r.weight.v
            act = r.actual.strip()
            if act in PARTLY:
                lo, hi = w * D("0.6"), w * D("0.8")
                ok = lo <= r.score.v < hi
            elif act in ACHIEVED:
                ok = w * D("0.8") <= r.score.v <= w
            else:
                raise ParseError(f"qualitative actual not classified: {act!r}")
            if not ok:
                c.warn.append(("score_rule_mismatch", f"{r.name}: qualitative {act} scored {r.score}"))
        else:
            if t and not a:
                c.fail("unit_mismatch", f"{r.name}: numeric target {r.target}, non-numeric actual {r.actual}")
            # non-numeric target with numeric actual does not occur in these drafts


def cells_of(line, sep):
    if sep == "md":
        return [x.strip() for x in line.strip().strip("|").split("|")]
    if sep == "sp":
        return re.split(r" {3,}", line.strip())
    return line.split(sep)


def rows_by_first(text, sep, firsts):
    out = []
    for line in text.split("\n"):
        cs = cells_of(line, sep)
        if cs and cs[0] in firsts:
            out.append(cs)
    return out


def title_year(c):
    return int(c.one(r"^[^\n]*\n?[^\n]*?(\d{4})年度").group(1))


# =============== project A: Gansu CORS 2021 (｜ table) ===============
def check_gs(c):
    t = c.t
    ev = title_year(c)
    c.year_eq(int(c.one(r"自评表（(\d{4})年度）").group(1)), ev, "table year")
    c.year_eq(int(c.one(r"截至(\d{4})年12月31日").group(1)), ev, "截至 date")
    c.year_after(int(c.one(r"结转至(\d{4})年").group(1)), ev, "carry-over")
    c.year_eq(int(c.one(r"(\d{4})年8月，省财政厅").group(1)), ev, "追加 date")
    # prose funds
    p_init = c.num(r"年初预算(" + NUM + r")(万元)")
    p_cur = c.num(r"其中当年财政拨款(" + NUM + r")(万元)")
    p_co = c.num(r"上年结转资金(" + NUM + r")(万元)。")
    p_add = c.num(r"追加预算(" + NUM + r")(万元)")
    p_ann = c.num(r"调整后全年预算(" + NUM + r")(万元)")
    p_exe = c.num(r"全年实际支出(" + NUM + r")(万元)")
    p_rate = c.num(r"预算执行率(" + NUM + r")%（")
    c.sum(p_init, [p_cur, p_co], "年初 = 当年 + 结转 (text)")
    c.sum(p_ann, [p_init, p_add], "年初 + 追加 = 全年 (text)")
    c.rate(p_rate, p_exe, p_ann, "执行率 (text)")
    subs = re.findall(r"安排(" + NUM + r")万元[^，]*，支出(" + NUM + r")万元，执行率(" + NUM + r")%", t)
    if len(subs) != 3:
        raise ParseError("sub-projects")
    for b, e, r in subs:
        c.rate(V(r), V(e, "万元"), V(b, "万元"), f"sub-project rate {b}")
    c.sum(p_ann, [V(b, "万元") for b, _, _ in subs], "sub-project budgets")
    c.sum(p_exe, [V(e, "万元") for _, e, _ in subs], "sub-project spending")
    comm = c.num(r"通信链路租用费(" + NUM + r")(万元)")
    nst = c.num(r"按(\d+)座站点计算")
    per = c.num(r"平均每座(" + NUM + r")(元|万元)")
    c.avg(per, comm, nst, "通信费 per station")
    bal = c.num(r"年末未支出的(" + NUM + r")(万元)")
    c.diff(bal, p_ann, p_exe, "结余 = 全年 - 执行")
    # table funds block
    fr = {r[0]: r for r in rows_by_first(t, "｜", ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))}
    tot, cur, co, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(V(tot[col], "万元"), [V(cur[col], "万元"), V(co[col], "万元"), V(oth[col], "万元")],
              f"funds column {label}")
    for row in (tot, cur, co):
        c.rate(V(row[5].rstrip("%")), V(row[3], "万元"), V(row[2], "万元"), f"rate {row[0]}")
    c.zero_base(oth[5], "其他资金 rate")
    c.same(p_init, V(tot[1], "万元"), "年初 text/table")
    c.same(p_ann, V(tot[2], "万元"), "全年 text/table")
    c.same(p_exe, V(tot[3], "万元"), "执行 text/table")
    c.same(p_rate, V(tot[5].rstrip("%")), "执行率 text/table")
    c.same(p_cur, V(cur[1], "万元"), "当年 text/table")
    c.same(p_co, V(co[1], "万元"), "结转 text/table")
    c.sum(V(cur[2], "万元"), [V(cur[1], "万元"), p_add], "当年 + 追加")
    # indicator table
    ind = rows_by_first(t, "｜", ("产出指标", "效益指标", "满意度指标"))
    rows = [Row("预算执行率", "100%", tot[5], tot[4], tot[6], kind="exec")]
    rows += [Row(r[2], r[3], r[4], r[5], r[6]) for r in ind]
    total = rows_by_first(t, "｜", ("总分",))[0]
    tw, ts = V(total[5]), V(total[6])
    check_rows(c, rows, tw, ts)
    byname = {r[2]: r for r in ind}
    # text vs table
    c.same(c.num(r"观测数据完整率(" + NUM + r")%；"), V(byname["观测数据完整率"][4].rstrip("%")), "完整率")
    c.same(c.num(r"实时定位服务可用率(" + NUM + r")%，"), V(byname["实时定位服务可用率"][4].rstrip("%")), "可用率")
    c.same(c.num(r"平均修复时间(" + NUM + r")小时"), V(byname["设备故障平均修复时间"][4].rstrip("小时")), "修复时间")
    users = c.num(r"系统注册用户(\d+)个")
    c.same(users, V(byname["注册用户数量"][4].rstrip("个")), "注册用户")
    c.same(c.num(r"服务行业部门(\d+)个。"), V(byname["服务行业部门数量"][4].rstrip("个")), "行业部门")
    c.same(c.num(r"用户满意度为(" + NUM + r")%"), V(byname["注册用户满意度"][4].rstrip("%")), "满意度")
    c.same(c.num(r"全网在运行基准站(\d+)座"), V(byname["运维基准站数量"][4].rstrip("座")), "站点数")
    last = c.num(r"较上年末的(" + NUM + r")个")
    inc = c.num(r"增加(\d+)个，")
    c.diff(inc, users, last, "users increase", code="sum_mismatch")
    over = c.num(r"超出年度目标(" + NUM + r")%")
    tgt = parse_target(byname["注册用户数量"][3])[1]
    c.ident("completion_mismatch", over, lambda v: v[0] / v[1] * 100 - 100, [users, tgt], "超出目标")
    # unit cost indicator = operation budget / stations
    uc = parse_actual(byname["站均年运行维护成本"][4])
    c.avg(uc, V(subs[0][0], "万元"), nst, "站均运维成本")
    p_total = c.num(r"项目自评得分(" + NUM + r")分")
    c.same(p_total, ts, "total text/table")
    c.grade(ts, c.one(r"等级为(优秀|良好|优|良|中|差)").group(1))


# =============== project B: Deqing 实景三维 2023 (Markdown) ===============
def check_zj(c):
    t = c.t
    ev = title_year(c)
    c.year_eq(int(c.one(r"截至(\d{4})年12月31日").group(1)), ev, "截至 date")
    c.year_after(int(c.one(r"结转至(\d{4})年").group(1)), ev, "carry-over")
    c.year_eq(int(c.one(r"(\d{4})年8月因").group(1)), ev, "追加 date")
    p_init = c.num(r"项目年初预算(" + NUM + r")(万元)")
    p_add = c.num(r"追加(" + NUM + r")(万元)")
    p_ann = c.num(r"全年预算(" + NUM + r")(万元)，其中")
    prov = c.num(r"省级补助资金(" + NUM + r")(万元)")
    cnty = c.num(r"县级财政资金(" + NUM + r")(万元)")
    c.sum(p_ann, [p_init, p_add], "年初 + 追加")
    c.sum(p_ann, [prov, cnty], "sources")
    p_exe = c.num(r"项目支出(" + NUM + r")(万元)，预算执行率")
    p_rate = c.num(r"，预算执行率(" + NUM + r")%。")
    c.rate(p_rate, p_exe, p_ann, "执行率")
    s1 = c.num(r"地形级实景三维(" + NUM + r")(万元)已全部支付")
    s1r = c.num(r"已全部支付，执行率(" + NUM + r")%")
    c.rate(s1r, s1, s1, "地形级 rate (fully paid)")
    subs = re.findall(r"安排(" + NUM + r")万元，支出(" + NUM + r")万元，执行率(" + NUM + r")%", t)
    if len(subs) != 2:
        raise ParseError("sub-projects")
    for b, e, r in subs:
        c.rate(V(r), V(e, "万元"), V(b, "万元"), f"sub-project rate {b}")
    c.sum(p_ann, [s1] + [V(b, "万元") for b, _, _ in subs], "sub-project budgets")
    c.sum(p_exe, [s1] + [V(e, "万元") for _, e, _ in subs], "sub-project spending")
    bal = c.num(r"未支付的(" + NUM + r")(万元)")
    c.diff(bal, p_ann, p_exe, "结余")
    price = c.num(r"每平方公里(" + NUM + r")(万元)")
    # Markdown funds table
    fr = {r[0]: r for r in rows_by_first(t, "md", ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))}
    tot, cur, co, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(V(tot[col], "万元"), [V(cur[col], "万元"), V(co[col], "万元"), V(oth[col], "万元")],
              f"funds column {label}")
    for row in (tot, cur):
        c.rate(V(row[4].rstrip("%")), V(row[3], "万元"), V(row[2], "万元"), f"rate {row[0]}")
    for row in (co, oth):
        c.zero_base(row[4], f"{row[0]} rate")
    c.same(p_init, V(tot[1], "万元"), "年初 text/table")
    c.same(p_ann, V(tot[2], "万元"), "全年 text/table")
    c.same(p_exe, V(tot[3], "万元"), "执行 text/table")
    c.same(p_rate, V(tot[4].rstrip("%")), "执行率 text/table")
    if "无上年结转资金" in t:
        c.same(V(co[2], "万元"), V("0", "万元"), "无上年结转 vs table")
    # indicator table
    ind = rows_by_first(t, "md", ("预算执行", "产出指标", "效益指标", "满意度指标"))
    rows = []
    for r in ind:
        rows.append(Row(r[2], r[3], r[4], r[6], r[7], completion=r[5],
                        kind="exec" if r[0] == "预算执行" else "ind"))
    total = rows_by_first(t, "md", ("合计",))[0]
    tw, ts = V(total[6]), V(total[7])
    check_rows(c, rows, tw, ts)
    by = {r[2]: r for r in ind}
    c.same(V(by["预算执行率"][4].rstrip("%")), V(tot[4].rstrip("%")), "exec row vs funds table")
    area = parse_actual(by["城市级实景三维建模面积"][4])
    tarea = parse_target(by["城市级实景三维建模面积"][3])[1]
    c.same(c.num(r"城市级建模完成(" + NUM + r")平方公里"), area, "城市级面积 text/table")
    c.diff(c.num(r"较计划多出(" + NUM + r")平方公里"), area, tarea, "多出面积", code="sum_mismatch")
    c.avg(price, V(subs[0][1], "万元"), area, "单价 = 城市级支出 / 面积")
    c.same(price, parse_actual(by["城市级建模单价"][4].replace("/平方公里", "")), "单价 text/table")
    c.same(c.num(r"地形级成果覆盖全县域(" + NUM + r")平方公里"), parse_actual(by["地形级实景三维覆盖面积"][4]), "地形级面积")
    c.same(c.num(r"单体化建筑模型(" + NUM + r")万栋"), parse_actual(by["单体化建筑模型数量"][4]), "单体化")
    c.same(c.num(r"批次合格率(" + NUM + r")%"), V(by["成果质检批次合格率"][4].rstrip("%")), "合格率")
    c.same(c.num(r"平面中误差(" + NUM + r")米"), parse_actual(by["模型平面中误差"][4]), "中误差")
    c.same(c.num(r"按期完成率为(" + NUM + r")%"), V(by["年度任务按期完成率"][4].rstrip("%")), "按期完成率")
    c.same(c.num(r"等(\d+)个部门"), parse_actual(by["共享平台接入部门"][4]), "接入部门")
    calls = c.num(r"全年数据调用(" + NUM + r")万次")
    c.same(calls, parse_actual(by["全年数据调用次数"][4]), "调用次数")
    prev = c.num(r"较2022年的(" + NUM + r")万次")
    growth = c.num(r"万次增长(" + NUM + r")%")
    c.ident("rate_mismatch", growth, lambda v: v[0] / v[1] * 100 - 100, [calls, prev], "调用增长率")
    c.same(c.num(r"减少重复投入约(" + NUM + r")万元"), parse_actual(by["减少重复测绘投入"][4]), "减少投入")
    c.same(c.num(r"使用部门满意度(" + NUM + r")%"), V(by["使用部门满意度"][4].rstrip("%")), "满意度")
    floor = c.num(r"自评得分(" + NUM + r")分以上")
    if ts.v < floor.v:
        c.fail("conflicting_values", f"text says above {floor}, table total {ts}")
    c.grade(ts, c.one(r"评价等级为(“[^”]+”)").group(1))


# =============== project C: Wangcang 测量标志与界桩 2019 (prose only) ===============
def check_sc(c):
    t = c.t
    ev = title_year(c)
    c.year_after(int(c.one(r"结转至(\d{4})年").group(1)), ev, "carry-over")
    c.year_eq(int(c.one(r"省级补助于(\d{4})年6月").group(1)), ev, "到位 date")
    ann = c.num(r"项目全年预算(" + NUM + r")(万元)")
    prov = c.num(r"专项补助(" + NUM + r")(万元)")
    cnty = c.num(r"县级财政配套(" + NUM + r")(万元)")
    c.sum(ann, [prov, cnty], "sources")
    b1 = c.num(r"测量标志普查维护(" + NUM + r")(万元)，")
    b2 = c.num(r"界桩维护(" + NUM + r")(万元)，")
    b3 = c.num(r"宣传及巡查(" + NUM + r")(万元)。")
    c.sum(ann, [b1, b2, b3], "content split")
    c_in = c.num(r"到位(" + NUM + r")(万元)，另有")
    c_out = c.num(r"另有(" + NUM + r")(万元)未能拨付")
    c.diff(c_out, cnty, c_in, "county part not paid", code="sum_mismatch")
    rec = c.num(r"实际到位资金(" + NUM + r")(万元)")
    c.sum(rec, [prov, c_in], "到位 = 省级 + 县级到位")
    c.rate(c.num(r"资金到位率(" + NUM + r")%"), rec, ann, "到位率")
    exe = c.num(r"全年支出(" + NUM + r")(万元)")
    c.rate(c.num(r"预算执行率(" + NUM + r")%"), exe, ann, "执行率")
    c.rate(c.num(r"资金使用率为(" + NUM + r")%"), exe, rec, "使用率 (到位 base)")
    subs = re.findall(r"(测量标志普查维护|界桩维护|宣传及巡查)支出(" + NUM + r")万元，执行率(" + NUM + r")%", t)
    if len(subs) != 3:
        raise ParseError("sub spending")
    budgets = {"测量标志普查维护": b1, "界桩维护": b2, "宣传及巡查": b3}
    for n, e, r in subs:
        c.rate(V(r), V(e, "万元"), budgets[n], f"{n} rate")
    c.sum(exe, [V(e, "万元") for _, e, _ in subs], "sub spending")
    jz = V([e for n, e, _ in subs if n == "界桩维护"][0], "万元")
    repl = c.num(r"，更换界桩\d+颗支出(" + NUM + r")(万元|元)")
    rep = c.num(r"维修界桩\d+颗支出(" + NUM + r")(万元|元)")
    other = c.num(r"资料报送支出(" + NUM + r")(万元|元)")
    c.sum(jz, [repl, rep, other], "界桩维护 breakdown")
    n_repl = c.num(r"，更换界桩(\d+)颗支出")
    n_rep = c.num(r"维修界桩(\d+)颗")
    c.avg(c.num(r"平均维修费用(" + NUM + r")(元|万元)"), rep, n_rep, "每颗维修费用")
    n_done = c.num(r"维修和更换界桩(\d+)颗")
    c.sum(n_done, [n_repl, n_rep], "界桩 count")
    rest = c.num(r"其余(\d+)颗中")
    c.diff(rest, c.num(r"维修、更换界桩(\d+)颗"), n_done, "界桩 not done", code="sum_mismatch")
    c.sum(rest, [c.num(r"中(\d+)颗位于"), c.num(r"(\d+)颗需与相邻县")], "界桩 not done split")
    c.sum(c.num(r"办结相关线索(\d+)件"), [c.num(r"恢复原状(\d+)件"), c.num(r"移交乡镇处理(\d+)件")], "线索")
    c.diff(c.num(r"到位资金中尚未支出的(" + NUM + r")(万元)"), rec, exe, "结余 = 到位 - 支出")
    c.rate(c.num(r"回收率(" + NUM + r")%"), c.num(r"回收有效问卷(\d+)份"), c.num(r"发放问卷(\d+)份"), "回收率")
    # completion
    def comp(actual_pat, target_pat, comp_pat, name):
        a, tg, cp = c.num(actual_pat), c.num(target_pat), c.num(comp_pat)
        c.ident("completion_mismatch", cp, lambda v: v[0] / v[1] * 100, [a, tg], name)
        return a, tg
    survey, _ = comp(r"实地普查测量标志(\d+)座", r"完成不少于(\d+)座", r"普查测量标志\d+座，完成率(" + NUM + r")%", "普查")
    c.sum(survey, [c.num(r"三角点(\d+)座"), c.num(r"水准点(\d+)座"), c.num(r"GNSS控制点(\d+)座")], "标志 types")
    comp(r"维护损毁标志(\d+)座", r"对(\d+)座损毁标志", r"维护损毁标志\d+座，完成率(" + NUM + r")%", "标志维护")
    comp(r"维修和更换界桩(\d+)颗", r"维修、更换界桩(\d+)颗", r"界桩\d+颗，完成率(" + NUM + r")%", "界桩维护")
    comp(r"外业工作按期完成率(" + NUM + r")%，", r"按期完成率不低于(" + NUM + r")%",
         r"目标，完成率(" + NUM + r")%，主要是汛期", "按期完成率")
    comp(r"测量标志完好率(" + NUM + r")%，", r"完好率保持在(" + NUM + r")%", r"目标，完成率(" + NUM + r")%，主要是城镇",
         "完好率")
    c.bound(c.num(r"完好率(" + NUM + r")%，低于"), "完好率")
    sat = c.num(r"满意度为(" + NUM + r")%")
    c.bound(sat, "满意度")
    # scores (prose)
    ex_w, ex_s = c.num(r"预算执行率(\d+)分"), c.num(r"按执行率计得(" + NUM + r")分")
    out_w = c.num(r"产出指标(\d+)分")
    ow = [V(x) for x in c.one(r"其中普查数量(\d+)分、标志维护(\d+)分、界桩维护(\d+)分、维护合格率(\d+)分、"
                               r"按期完成率(\d+)分、成本控制(\d+)分").groups()]
    os_ = [V(x) for x in c.one(r"分别得(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分、("
                                + NUM + r")分、(" + NUM + r")分，合计").groups()]
    out_s = c.num(r"分，合计(" + NUM + r")分；效益")
    ben_w = c.num(r"效益指标(\d+)分")
    bw = [V(x) for x in c.one(r"其中边界争议(\d+)分、标志完好率(\d+)分、保护意识(\d+)分").groups()]
    bs = [V(x) for x in c.one(r"分别得(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分，合计").groups()]
    ben_s = c.num(r"分，合计(" + NUM + r")分；满意度")
    sat_w, sat_s = c.num(r"满意度指标(\d+)分"), c.num(r"满意度指标\d+分，得(" + NUM + r")分")
    total = c.num(r"综合得分(" + NUM + r")分")
    for lvl_w, parts in ((out_w, ow), (ben_w, bw)):
        if sum(p.v for p in parts) != lvl_w.v:
            c.fail("weight_sum_mismatch", f"sub-weights {parts} vs {lvl_w}")
    if ex_w.v + out_w.v + ben_w.v + sat_w.v != 100:
        c.fail("weight_sum_mismatch", "level weights do not total 100")
    c.sum(out_s, os_, "产出 subtotal", code="score_sum_mismatch")
    c.sum(ben_s, bs, "效益 subtotal", code="score_sum_mismatch")
    c.sum(total, [ex_s, out_s, ben_s, sat_s], "total", code="score_sum_mismatch")
    for w, s in list(zip(ow, os_)) + list(zip(bw, bs)) + [(ex_w, ex_s), (sat_w, sat_s)]:
        if s.v > w.v or s.v < 0:
            c.fail("score_exceeds_weight", f"score {s} > weight {w}")
    # score rules (warnings)
    exe_rate = exe.w / ann.w
    expect = [(ex_s, ex_w.v * min(exe_rate, D(1)))]
    jz_done, jz_tgt = c.num(r"维修和更换界桩(\d+)颗"), c.num(r"维修、更换界桩(\d+)颗")
    ontime, ontime_t = c.num(r"外业工作按期完成率(" + NUM + r")%，"), c.num(r"按期完成率不低于(" + NUM + r")%")
    good, good_t = c.num(r"测量标志完好率(" + NUM + r")%，"), c.num(r"完好率保持在(" + NUM + r")%")
    expect += [(os_[2], ow[2].v * min(jz_done.v / jz_tgt.v, D(1))),
               (os_[4], ow[4].v * min(ontime.v / ontime_t.v, D(1))),
               (bs[1], bw[1].v * min(good.v / good_t.v, D(1)))]
    for s, e in expect:
        if not close(s, e):
            c.warn.append(("score_rule_mismatch", f"score {s}, rule gives {q2(e)}"))
    if not (bw[2].v * D("0.6") <= bs[2].v < bw[2].v * D("0.8")):
        c.warn.append(("score_rule_mismatch", "保护意识 partly achieved outside [60%, 80%)"))
    c.grade(total, c.one(r"评价等级为(优秀|良好|中等|优|良|中|差)").group(1))


# =============== project D: Hechi 天地图 2020 (tab table) ===============
def check_gx(c):
    t = c.t
    ev = title_year(c)
    c.year_eq(int(c.one(r"评价年度\t(\d{4})年度").group(1)), ev, "table 评价年度")
    c.year_after(int(c.one(r"结余资金已结转(\d{4})年").group(1)), ev, "carry-over")
    init = c.num(r"项目年初预算(" + NUM + r")(万元)")
    ann = c.num(r"全年预算仍为(" + NUM + r")(万元)")
    if "无调整" in t:
        c.same(init, ann, "无调整: 年初 = 全年")
    exe = c.num(r"全年支出(" + NUM + r")(万元)")
    rate = c.num(r"执行率(" + NUM + r")%，其中")
    c.rate(rate, exe, ann, "执行率 (text)")
    subs = re.findall(r"安排(" + NUM + r")万元、支出(" + NUM + r")万元、执行率(" + NUM + r")%", t)
    if len(subs) != 3:
        raise ParseError("sub-projects")
    for b, e, r in subs:
        c.rate(V(r), V(e, "万元"), V(b, "万元"), f"sub-project rate {b}")
    c.sum(ann, [V(b, "万元") for b, _, _ in subs], "sub budgets")
    c.sum(exe, [V(e, "万元") for _, e, _ in subs], "sub spending")
    monthly = c.num(r"每月(" + NUM + r")(万元)")
    c.ident("sum_mismatch", c.num(r"全年(" + NUM + r")(万元)。"), lambda v: v[0] * 12, [monthly], "托管费 12 months")
    # funds table (Shanxi style rows)
    f = {}
    for r in rows_by_first(t, "\t", ("年初预算数", "全年预算数", "实际到位资金", "全年执行数", "资金结余",
                                     "资金到位率（%）", "预算执行率（%）")):
        f[r[0]] = r[2]
    t1, t2, t3, t4 = (V(f[k], "万元") for k in ("年初预算数", "全年预算数", "实际到位资金", "全年执行数"))
    c.diff(V(f["资金结余"], "万元"), t3, t4, "(5)=(3)-(4)")
    c.rate(V(f["资金到位率（%）"]), t3, t2, "(6)=(3)/(2)")
    c.rate(V(f["预算执行率（%）"]), t4, t2, "(7)=(4)/(2)")
    c.same(init, t1, "年初 text/table")
    c.same(ann, t2, "全年 text/table")
    c.same(exe, t4, "执行 text/table")
    c.same(rate, V(f["预算执行率（%）"]), "执行率 text/table")
    if "资金已全额到位" in t:
        c.same(t3, t2, "全额到位: 到位 = 全年")
    # indicator table
    ind = rows_by_first(t, "\t", ("预算执行", "产出指标", "效益指标", "满意度指标"))
    rows = [Row(r[2], r[3], r[4], r[5], r[6], kind="exec" if r[0] == "预算执行" else "ind") for r in ind]
    total = rows_by_first(t, "\t", ("合计",))[0]
    tw, ts = V(total[5]), V(total[6])
    check_rows(c, rows, tw, ts)
    by = {r[2]: r for r in ind}
    c.same(V(by["预算执行率"][4].rstrip("%")), V(f["预算执行率（%）"]), "exec row vs funds table")
    # goal block (actual column) vs indicator rows
    goal = c.one(r"\t保障平台全年稳定运行[^\t]*\t([^\n]*)").group(1)

    def g(p):
        ms = re.findall(p, goal)
        if len(ms) != 1:
            raise ParseError(p)
        return V(ms[0])
    c.same(g(r"年可用率(" + NUM + r")%"), V(by["平台年可用率"][4].rstrip("%")), "可用率 goal/row")
    c.same(g(r"要素更新(" + NUM + r")公里"), parse_actual(by["道路水系等要素更新里程"][4]), "更新里程 goal/row")
    c.same(g(r"POI (" + NUM + r")万条"), parse_actual(by["POI更新数量"][4]), "POI goal/row")
    c.same(g(r"专题图层(\d+)个"), parse_actual(by["新增专题图层"][4]), "图层 goal/row")
    c.same(g(r"接入政务部门(\d+)个"), parse_actual(by["接入应用的政务部门"][4]), "部门 goal/row")
    c.same(c.num(r"其中2020年新增(\d+)个"), parse_actual(by["新增专题图层"][4]), "图层 text/row")
    visits = c.num(r"平台全年访问量(" + NUM + r")万人次")
    c.same(visits, parse_actual(by["平台访问量"][4]), "访问量 text/row")
    c.avg(c.num(r"月均(" + NUM + r")万人次"), visits, V("12"), "月均访问量")
    c.diff(c.num(r"增加(" + NUM + r")万人次"), visits, c.num(r"较2019年的(" + NUM + r")万人次"), "访问量增加",
           code="sum_mismatch")
    sat = c.num(r"用户满意度(" + NUM + r")%，未达到")
    c.same(sat, V(by["用户满意度"][4].rstrip("%")), "满意度 text/row")
    p_total = c.num(r"项目自评得分(" + NUM + r")分")
    c.same(p_total, ts, "total text/table")
    c.grade(ts, c.one(r"等级为(优秀|良好|优|良|中|差)。").group(1))


# =============== project E: Rizhao department 2024 (PDF spaces) ===============
def check_sd(c):
    t = c.t
    ev = title_year(c)
    c.year_eq(int(c.one(r"数据截至(\d{4})年12月31日").group(1)), ev, "截至 date")
    c.year_after(int(c.one(r"结转至(\d{4})年使用").group(1)), ev, "carry-over")
    c.year_after(int(c.one(r"将在(\d{4})年度自评中").group(1)), ev, "carry-over reported next year")
    lines = [cells_of(l, "sp") for l in t.split("\n")]
    t1 = {}
    for cs in lines:
        if cs[0] in ("基本支出", "项目支出") or (cs[0] == "合  计" and len(cs) == 5):
            t1[cs[0]] = cs
    b, p, s = t1["基本支出"], t1["项目支出"], t1["合  计"]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(V(s[col], "万元"), [V(b[col], "万元"), V(p[col], "万元")], f"table 1 column {label}")
    for row in (b, p, s):
        c.rate(V(row[4].rstrip("%")), V(row[3], "万元"), V(row[2], "万元"), f"rate {row[0]}")
    add_basic = c.num(r"调资增加(" + NUM + r")(万元)")
    c.sum(V(b[2], "万元"), [V(b[1], "万元"), add_basic], "基本支出 年初 + 调资")
    if "已全部支出" in t:
        c.same(V(b[3], "万元"), V(b[2], "万元"), "基本支出 已全部支出")
    p_ann = c.num(r"项目支出全年预算(" + NUM + r")(万元)")
    p_init = c.num(r"由年初预算(" + NUM + r")(万元)")
    p_add = c.num(r"建设资金(" + NUM + r")(万元)和")
    p_co = c.num(r"上年结转资金(" + NUM + r")(万元)构成")
    c.sum(p_ann, [p_init, p_add, p_co], "项目支出 全年 composition")
    c.same(p_ann, V(p[2], "万元"), "项目全年 text/table")
    c.same(p_init, V(p[1], "万元"), "项目年初 text/table")
    c.bound(c.num(r"资金到位率(" + NUM + r")%"), "到位率")
    subs = re.findall(r"(" + NUM + r")万元，执行(" + NUM + r")万元，执行率(" + NUM + r")%", t)
    if len(subs) != 4:
        raise ParseError("sub-projects")
    for bb, e, r in subs:
        c.rate(V(r), V(e, "万元"), V(bb, "万元"), f"sub-project rate {bb}")
    c.sum(V(p[2], "万元"), [V(x, "万元") for x, _, _ in subs], "sub budgets")
    c.sum(V(p[3], "万元"), [V(e, "万元") for _, e, _ in subs], "sub spending")
    co = c.num(r"年末结转资金(" + NUM + r")(万元)")
    c.diff(co, V(s[2], "万元"), V(s[3], "万元"), "结转 = 全年 - 执行")
    co_rate = c.num(r"结转结余率(" + NUM + r")%")
    c.rate(co_rate, co, V(s[2], "万元"), "结转结余率")
    sg_b, sg_e = c.num(r"经费预算(" + NUM + r")(万元)"), c.num(r"实际支出(" + NUM + r")(万元)，控制率")
    sg_r = c.num(r"控制率(" + NUM + r")%")
    c.rate(sg_r, sg_e, sg_b, "三公控制率")
    # table 2
    ind = [cs for cs in lines if cs[0] in ("投入", "过程", "产出", "效益")]
    rows = [Row(r[2], r[3], r[4], r[6], r[7], completion=r[5], kind="exec" if r[2] == "预算执行率" else "ind")
            for r in ind]
    tot = [cs for cs in lines if cs[0] == "合  计" and len(cs) == 3][0]
    tw, ts = V(tot[1]), V(tot[2])
    check_rows(c, rows, tw, ts)
    by = {r[2]: r for r in ind}
    c.same(V(by["预算执行率"][4].rstrip("%")), V(s[4].rstrip("%")), "exec row vs table 1")
    c.same(V(by["结转结余率"][4].rstrip("%")), co_rate, "结转结余率 text/table")
    c.same(V(by["“三公”经费控制率"][4].rstrip("%")), sg_r, "三公 text/table")
    c.same(c.num(r"1:500地形图更新(" + NUM + r")平方公里"), parse_actual(by["1:500地形图更新面积"][4]), "地形图")
    c.same(c.num(r"城市级建模完成(" + NUM + r")平方公里"), parse_actual(by["城市级实景三维建模面积"][4]), "建模")
    c.same(c.num(r"巡查维护测量标志(\d+)座"), parse_actual(by["测量标志巡查维护数量"][4]), "标志")
    c.same(c.num(r"基准站数据可用率(" + NUM + r")%"), V(by["基准站数据可用率"][4].rstrip("%")), "可用率")
    c.same(c.num(r"提供测绘成果(\d+)次"), parse_actual(by["测绘成果提供服务次数"][4]), "成果服务")
    c.same(c.num(r"天地图·日照访问量(" + NUM + r")万人次，"), parse_actual(by["天地图·日照访问量"][4]), "访问量")
    c.same(c.num(r"综合满意度(" + NUM + r")%"), V(by["服务对象满意度"][4].rstrip("%")), "满意度")
    p_total = c.num(r"综合自评得分(" + NUM + r")分")
    c.same(p_total, ts, "total text/table")
    c.grade(ts, c.one(r"评价等级为(优秀|良好|中等|优|良|中|差)").group(1))


CHECKERS = {
    "gs-lanzhou-cors-2021": check_gs,
    "zj-deqing-shijingsanwei-2023": check_zj,
    "sc-wangcang-cebiaojiezhuang-2019": check_sc,
    "gx-hechi-tianditu-2020": check_gx,
    "sd-rizhao-cehuizhongxin-2024": check_sd,
}


def run_checks(pid, text):
    c = Ctx(text)
    CHECKERS[pid](c)
    return c


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    code_count = {}
    prose_table = {}
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build  # for the prose/table split
    where = {}
    for pid, edits in build.EDITS.items():
        for i, e in enumerate(edits, 1):
            where[f"{pid}-e{i}.txt"] = e[1]
    for lab in labels:
        name, pid = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        n = len(text)
        try:
            c = run_checks(pid, text)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        failed = {code for code, _ in c.err}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if c.err:
                problems.append(f"{name}: clean draft fails: {c.err}")
            if c.warn:
                problems.append(f"{name}: clean draft has warnings: {c.warn}")
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            print(f"{name:45s} clean  len={n}  checks ok")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code} {exp['severity']}")
        code_count[code] = code_count.get(code, 0) + 1
        prose_table[where.get(name, "?")] = prose_table.get(where.get(name, "?"), 0) + 1
        if value not in text:
            problems.append(f"{name}: value not in case: {value!r}")
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        ds, de = p, len(text) - s
        if text == clean:
            problems.append(f"{name}: identical to clean")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < max(de, ds + 1) and ds < o + len(value) for o in occ):
            problems.append(f"{name}: diff [{ds},{de}) does not overlap value {value!r}")
        if code not in failed:
            problems.append(f"{name}: labelled {code} does not fail (failed: {sorted(failed)})")
        other = failed - {code}
        if other:
            problems.append(f"{name}: other error codes fail: {[e for e in c.err if e[0] in other]}")
        print(f"{name:45s} {code:22s} diff=[{ds},{de}) fails={sorted(failed)} warn={len(c.warn)}")
    for code in CODES:
        if code_count.get(code, 0) < 2:
            problems.append(f"code {code} used {code_count.get(code, 0)} times (< 2)")
    print("codes:", json.dumps(code_count, ensure_ascii=False))
    print("where:", prose_table)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
