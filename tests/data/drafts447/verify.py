#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every one of the 13 error codes is used at least twice;
4. the arithmetic of every case is redone from the figures as written in that case:
   clean drafts must pass every check (warnings included);
   an error case must fail at least one check of its labelled code and no check of another error-level code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARN = "score_rule_mismatch"   # warning-level: must hold in clean drafts only
MAX_DIFF = 80                  # a "place": changed span in the error case at most this long

# ---------------------------------------------------------------- numbers


def num(s):
    s = s.strip().replace(",", "").replace("%", "")
    return D(s)


def decs(s):
    s = s.strip().replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + D("1e-9")


def close(s, c):
    """stated string s agrees with computed c within the decimals of s (rules.md §8)."""
    return abs(num(s) - c) <= tol(s)


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def money(v, unit):
    """value as Decimal in 万元"""
    v = num(v) if isinstance(v, str) else v
    return {"元": v / D(10000), "万元": v, "亿元": v * D(10000)}[unit]


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- check collector

class C:
    def __init__(self, text):
        self.t = text
        self.out = []

    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise AssertionError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def many(self, pat):
        return list(re.finditer(pat, self.t))

    def add(self, code, ok, msg):
        self.out.append((code, bool(ok), msg))

    # --- relations with the 10^4 unit explanation (errors.md #11 b: most specific wins)
    def rel(self, code, vals, pred, msg, scalable=None):
        """vals: Decimals; pred(vals) -> bool.  When pred fails but rescaling one amount
        (an index in `scalable`, default all) by 10^4 or 10^8 satisfies it, the finding is unit_mismatch."""
        if pred(vals):
            self.add(code, True, msg)
            return
        idx = range(len(vals)) if scalable is None else scalable
        hits = []
        for i in idx:
            for f in (D(10000), D("0.0001"), D(10) ** 8, D(10) ** -8):
                v = list(vals)
                v[i] = v[i] * f
                if pred(v):
                    hits.append(i)
        if hits:
            self.add("unit_mismatch", False, msg + f" [reconciled by rescaling item(s) {sorted(set(hits))}]")
            return
        self.add(code, False, msg)

    def sum_(self, total_s, parts, msg, code="sum_mismatch", scale_total=D(1), scales=None):
        """total_s (string) == sum(parts); parts: strings or Decimals, optional per-part scale."""
        pv = [num(p) if isinstance(p, str) else p for p in parts]
        sc = scales or [D(1)] * len(pv)
        t = tol(total_s) * scale_total

        def pred(v):
            return abs(sum(x * s for x, s in zip(v[1:], sc)) - v[0] * scale_total) <= t
        self.rel(code, [num(total_s)] + pv, pred, msg)

    def diff(self, res_s, a, b, msg, code="balance_mismatch"):
        """res_s == a - b"""
        a = num(a) if isinstance(a, str) else a
        b = num(b) if isinstance(b, str) else b
        t = tol(res_s)
        self.rel(code, [num(res_s), a, b], lambda v: abs(v[1] - v[2] - v[0]) <= t, msg)

    def prod(self, total_s, total_unit, count_s, per_s, per_unit, msg, code="sum_mismatch"):
        """total (in total_unit) == count x per (per in per_unit)"""
        f_t = money(D(1), total_unit)
        f_p = money(D(1), per_unit)
        t = tol(total_s) * f_t

        def pred(v):
            return abs(v[1] * v[2] * f_p - v[0] * f_t) <= t
        self.rel(code, [num(total_s), num(count_s), num(per_s)], pred, msg, scalable=[0, 2])

    def rate(self, rate_s, n, d, msg, code="rate_mismatch", bounded=True):
        """rate_s (percent) == n/d*100; zero base -> only '' / '0' / '—' allowed"""
        n = num(n) if isinstance(n, str) else n
        d = num(d) if isinstance(d, str) else d
        rs = rate_s.strip()
        if d == 0:
            ok = rs in ("", "0", "—", "-")
            self.add("implausible_rate", ok, msg + " (zero base)")
            return
        if rs in ("", "—"):
            self.add(code, False, msg + " (rate missing)")
            return
        if bounded and (num(rs) > 100 or num(rs) < 0):
            self.add("implausible_rate", False, msg + f" ({rs} outside 0-100)")
            return
        t = tol(rs)
        self.rel(code, [num(rs), n, d], lambda v: v[2] != 0 and abs(v[1] / v[2] * 100 - v[0]) <= t, msg,
                 scalable=[1, 2])

    def same(self, a_s, b_s, msg, code="conflicting_values"):
        a, b = num(a_s), num(b_s)
        t = max(tol(a_s), tol(b_s))
        self.rel(code, [a, b], lambda v: abs(v[0] - v[1]) <= t, msg)

    def avg(self, avg_s, items, msg, code="average_mismatch"):
        vals = [num(x) for x in items]
        self.add(code, close(avg_s, sum(vals) / len(vals)), msg)

    def completion(self, comp_s, direction, T, A, msg):
        self.add("completion_mismatch", close(comp_s, completion(direction, T, A)), msg)

    def grade(self, total_s, word, msg):
        self.add("grade_mismatch", grade_of(num(total_s)) == word[0], msg + f" ({total_s} -> {word})")


def completion(direction, T, A):
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


# ---------------------------------------------------------------- generic checks

RATE_WORDS = "到位率|执行率|达标率|满意度|合格率|开机率|运行率|普及率|支出率|使用率"


def implausible_scan(c):
    for m in c.many(rf"({RATE_WORDS})(?:为|达到|达|是)?(\d+(?:\.\d+)?)%"):
        v = num(m.group(2))
        c.add("implausible_rate", D(0) <= v <= 100, f"{m.group(1)} {m.group(2)}% within 0-100")


def year_checks(c, Y):
    for m in c.many(r"结转至(\d{4})年"):
        c.add("year_mismatch", int(m.group(1)) > Y, f"carry-forward to {m.group(1)} after {Y}")
    for m in c.many(r"截至(\d{4})年12月31日"):
        c.add("year_mismatch", int(m.group(1)) == Y, f"year-end {m.group(1)} == {Y}")
    for m in c.many(r"(\d{4})年结转的"):
        c.add("year_mismatch", int(m.group(1)) < Y, f"incoming carry-over from {m.group(1)} before {Y}")
    for m in c.many(r"(\d{4})年12月提前下达"):
        c.add("year_mismatch", int(m.group(1)) == Y - 1, f"advance issued December {m.group(1)}")
    for m in c.many(r"（(\d{4})年度）"):
        c.add("year_mismatch", int(m.group(1)) == Y, f"table header {m.group(1)} == {Y}")


def parse_val(s):
    s = s.strip()
    d = "eq"
    if s[:1] in "≥":
        d, s = "gte", s[1:]
    elif s[:1] in "≤":
        d, s = "lte", s[1:]
    elif s[:1] == "=":
        d, s = "eq", s[1:]
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(前)?", s)
    if m:
        return ("date", date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "", "lte" if m.group(4) else d, s)
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(.*)", s)
    if m:
        return ("num", num(m.group(1)), m.group(2).strip(), d, m.group(1))
    return ("text", s, "", d, s)


def indicator_checks(c, rows, levels, exec_w, exec_s, total_w_s, total_s, exec_rate=None):
    """rows: dicts level,name,target,actual,weight,score,[completion]; levels: {level: declared weight str or None}"""
    # weights
    lvl_sum = {}
    for r in rows:
        lvl_sum[r["level"]] = lvl_sum.get(r["level"], D(0)) + num(r["weight"])
    for lv, decl in levels.items():
        if decl is not None:
            c.add("weight_sum_mismatch", num(decl) == lvl_sum.get(lv, D(0)),
                  f"Σ weights of {lv} = {lvl_sum.get(lv)} vs {decl}")
    lv_total = sum((num(levels[lv]) if levels.get(lv) is not None else lvl_sum[lv]) for lv in lvl_sum)
    c.add("weight_sum_mismatch", lv_total + num(exec_w) == 100, f"level weights + execution = {lv_total + num(exec_w)}")
    if total_w_s is not None:
        s = sum(num(r["weight"]) for r in rows) + num(exec_w)
        c.add("weight_sum_mismatch", s == num(total_w_s) and num(total_w_s) == 100,
              f"Σ row weights + execution = {s}, stated {total_w_s}")
    # score within weight
    c.add("score_exceeds_weight", D(0) <= num(exec_s) <= num(exec_w), "execution score within weight")
    for r in rows:
        c.add("score_exceeds_weight", D(0) <= num(r["score"]) <= num(r["weight"]),
              f"{r['name']}: score {r['score']} within weight {r['weight']}")
    # score sum
    ssum = sum(num(r["score"]) for r in rows) + num(exec_s)
    for ts in ([total_s] if isinstance(total_s, str) else total_s):
        c.add("score_sum_mismatch", close(ts, ssum), f"Σ scores {ssum} vs stated {ts}")
    # execution score rule
    if exec_rate is not None:
        e = num(exec_w) * min(exec_rate, D(100)) / 100
        c.add(WARN, close(exec_s, e), f"execution score {exec_s} vs {e}")
    # rows
    for r in rows:
        T = parse_val(r["target"])
        A = parse_val(r["actual"])
        w = num(r["weight"])
        same_unit = T[0] == A[0] and (T[0] != "num" or T[2] == A[2])
        c.add("unit_mismatch", same_unit, f"{r['name']}: units {r['target']} / {r['actual']}")
        if A[0] == "num" and A[2] == "%":
            c.add("implausible_rate", D(0) <= A[1] <= 100, f"{r['name']}: actual {r['actual']} within 0-100")
        if not same_unit:
            continue
        if T[0] == "num":
            if r.get("completion") is not None:
                c.completion(r["completion"], T[3], T[1], A[1], f"{r['name']}: completion")
            if T[3] == "lte":
                exp = w if A[1] <= T[1] else w * T[1] / A[1]
            else:
                exp = w if A[1] >= T[1] else w * A[1] / T[1]
            c.add(WARN, close(r["score"], exp), f"{r['name']}: score {r['score']} vs rule {exp}")
        elif T[0] == "date":
            if r.get("completion") is not None:
                c.add("completion_mismatch", num(r["completion"]) == (100 if A[1] <= T[1] else num(r["completion"])),
                      f"{r['name']}: date completion")
            if A[1] <= T[1]:
                c.add(WARN, num(r["score"]) == w, f"{r['name']}: on time, full score")
            else:
                c.add(WARN, w * D("0.6") <= num(r["score"]) < w * D("0.8"), f"{r['name']}: late, partial band")
        else:
            if A[1] == T[1]:
                c.add(WARN, w * D("0.8") <= num(r["score"]) <= w, f"{r['name']}: achieved band")
            else:
                c.add(WARN, w * D("0.6") <= num(r["score"]) < w * D("0.8"), f"{r['name']}: partly achieved band")


def tab_rows(c, start, stop, sep="\t"):
    """lines between the header line starting with `start` and the line starting with `stop`"""
    lines = c.t.split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith(start))
    out = []
    for l in lines[i + 1:]:
        if l.startswith(stop):
            return out, l.split(sep)
        out.append(l.split(sep))
    raise AssertionError("table end not found")


def level_rows(cells_list, ncols_from):
    """tab layout: first cell '产出指标（50分）' or empty (merged)."""
    rows, levels, cur = [], {}, None
    for cells in cells_list:
        if cells[0]:
            m = re.fullmatch(r"(.+?)（(\d+(?:\.\d+)?)分）", cells[0])
            cur = m.group(1) if m else cells[0]
            levels[cur] = m.group(2) if m else None
        rows.append(dict(level=cur, **ncols_from(cells)))
    return rows, levels


def funds_block(c, sep, first="年度资金总额"):
    get = lambda name: c.one(rf"(?m)^{name}{re.escape(sep)}.*$").group(0).split(sep)
    tot = get(first)
    cur = get("其中：当年财政拨款")
    co = get("上年结转资金")
    oth = get("其他资金")
    for k, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.sum_(tot[k], [cur[k], co[k], oth[k]], f"funds block {col}: 总额 = 当年 + 结转 + 其他")
    c.rate(tot[5], tot[3], tot[2], "funds block 执行率 = 执行 / 全年预算")
    return tot, cur, co, oth


# ---------------------------------------------------------------- D1 献县 2019

def check_d1(c):
    year_checks(c, 2019)
    implausible_scan(c)
    m = c.one(r"全年完成改造([\d,]+)户，其中煤改气、煤改电分别为([\d,]+)户和([\d,]+)户（上年完成([\d,]+)户）")
    tot_h, gas, ele, last = m.groups()
    c.sum_(tot_h, [gas, ele], "households 煤改气 + 煤改电 = 合计")
    m = c.one(r"年初预算([\d,.]+)万元，全部为当年财政拨款，其中中央大气污染防治资金([\d,.]+)万元、省级清洁取暖补助资金([\d,.]+)万元、县级配套资金([\d,.]+)万元")
    b0, cen, prov, cty = m.groups()
    c.sum_(b0, [cen, prov, cty], "年初预算 = 中央 + 省 + 县")
    m = c.one(r"结转的管网工程尾款([\d,.]+)万元纳入本项目，全年预算调整为([\d,.]+)万元")
    co, b1 = m.groups()
    c.sum_(b1, [b0, co], "全年预算 = 年初 + 上年结转")
    m = c.one(r"全年执行([\d,.]+)万元，预算执行率([\d.]+)%")
    sp, rt = m.groups()
    c.rate(rt, sp, b1, "预算执行率 = 执行 / 全年预算")
    m = c.one(r"设备购置补贴([\d,.]+)万元，按煤改气每户([\d,]+)(元|万元)、煤改电每户([\d,]+)(元|万元)的标准补助，分别支付([\d,.]+)万元和([\d,.]+)万元")
    dev, pg, ug, pe, ue, ag, ae = m.groups()
    c.prod(ag, "万元", gas, pg, ug, "煤改气 households x per-household subsidy")
    c.prod(ae, "万元", ele, pe, ue, "煤改电 households x per-household subsidy")
    c.sum_(dev, [ag, ae], "设备购置补贴 = 煤改气 + 煤改电")
    pipe_pay = c.one(r"村内燃气管网工程款([\d,.]+)万元").group(1)
    m = c.one(r"运行补贴([\d,.]+)万元，向2018年已改造的([\d,]+)户每户发放([\d,]+)(元|万元)")
    op, oph, opp, opu = m.groups()
    c.prod(op, "万元", oph, opp, opu, "运行补贴 = households x per household")
    c.same(oph, last, "2018 households stated twice")
    c.sum_(sp, [dev, pipe_pay, op], "执行 = 设备补贴 + 管网工程 + 运行补贴")
    bal = c.one(r"未支付的([\d,.]+)万元").group(1)
    c.diff(bal, b1, sp, "未支付 = 全年预算 - 执行")
    m = c.one(r"一季度完成([\d.]+)公里，二季度([\d.]+)公里，三季度([\d.]+)公里，四季度([\d.]+)公里，全年累计([\d.]+)公里，比目标少([\d.]+)公里")
    q1, q2, q3, q4, km, short = m.groups()
    c.sum_(km, [q1, q2, q3, q4], "quarterly pipe lengths")
    tgt_km = c.one(r"新建村内中压燃气管线([\d.]+)公里，").group(1)
    c.diff(short, tgt_km, km, "shortfall = target - actual", code="sum_mismatch")
    m = c.one(r"完成率分别为([\d.]+)%和([\d.]+)%；管线敷设完成率([\d.]+)%")
    cg, ce, ck = m.groups()
    tg = c.one(r"煤改气改造不少于([\d,]+)户").group(1)
    te = c.one(r"煤改电改造不少于([\d,]+)户").group(1)
    c.completion(cg, "gte", num(tg), num(gas), "煤改气 completion")
    c.completion(ce, "gte", num(te), num(ele), "煤改电 completion")
    c.completion(ck, "gte", num(tgt_km), num(km), "pipe completion")
    m = c.one(r"年均浓度为([\d.]+)微克/立方米，比上年（([\d.]+)微克/立方米）下降([\d.]+)%")
    now, prev, drop = m.groups()
    c.rate(drop, num(prev) - num(now), prev, "PM2.5 decrease rate")
    m = c.one(r"分别为([\d.]+)℃、([\d.]+)℃、([\d.]+)℃、([\d.]+)℃、([\d.]+)℃，平均([\d.]+)℃")
    c.avg(m.group(6), m.groups()[:5], "mean room temperature")
    m = c.one(r"收回有效问卷([\d,]+)份，其中满意和基本满意([\d,]+)份，满意度([\d.]+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "satisfaction = satisfied / valid")
    sat = m.group(3)
    run = c.one(r"改造设备正常运行率([\d.]+)%").group(1)
    # table
    tot, cur, cob, oth = funds_block(c, "\t")
    c.same(tot[1], b0, "年初预算 text/table")
    c.same(tot[2], b1, "全年预算 text/table")
    c.same(tot[3], sp, "执行 text/table")
    c.same(tot[5], rt, "执行率 text/table")
    c.same(cob[2], co, "上年结转 text/table")
    cells, total = tab_rows(c, "一级指标\t二级指标\t三级指标", "总分\t")
    rows, levels = level_rows(cells, lambda x: dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]))
    indicator_checks(c, rows, levels, tot[4], tot[6], total[5], total[6], exec_rate=num(sp) / num(b1) * 100)
    byname = {r["name"]: r for r in rows}
    c.same(byname["煤改气改造户数"]["actual"].rstrip("户"), gas, "煤改气 households text/table")
    c.same(byname["煤改电改造户数"]["actual"].rstrip("户"), ele, "煤改电 households text/table")
    c.same(byname["新建村内中压燃气管线"]["actual"].replace("公里", ""), km, "pipe km text/table")
    c.same(byname["改造户满意度"]["actual"].rstrip("%"), sat, "satisfaction text/table")
    c.same(byname["改造设备正常运行率"]["actual"].rstrip("%"), run, "运行率 text/table")
    c.same(byname["煤改气改造户数"]["target"].lstrip("≥").rstrip("户"), tg, "煤改气 target text/table")
    c.same(byname["煤改电改造户数"]["target"].lstrip("≥").rstrip("户"), te, "煤改电 target text/table")
    c.same(byname["新建村内中压燃气管线"]["target"].lstrip("≥").replace("公里", ""), tgt_km, "pipe target text/table")
    c.same(byname["县域PM2.5年均浓度"]["actual"].replace("微克/立方米", ""), now, "PM2.5 text/table")
    c.same(byname["县域PM2.5年均浓度"]["target"].lstrip("≤").replace("微克/立方米", ""),
           c.one(r"年均浓度控制在([\d.]+)微克/立方米以内").group(1), "PM2.5 target text/table")
    c.same(byname["改造设备正常运行率"]["target"].lstrip("≥").rstrip("%"), c.one(r"略低于([\d.]+)%的目标").group(1), "运行率 target text/table")
    c.same(byname["煤改电户均设备补贴"]["target"].lstrip("≤").replace("元/户", ""), pe, "煤改电 standard text/table")
    # prose scores
    m = c.one(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，综合自评得分([\d.]+)分，评价等级为“(.)”")
    se, so, sb, ss, st, g = m.groups()
    c.same(se, tot[6], "execution score text/table", code="score_sum_mismatch")
    for lv, s in (("产出指标", so), ("效益指标", sb), ("满意度指标", ss)):
        c.add("score_sum_mismatch", close(s, sum(num(r["score"]) for r in rows if r["level"] == lv)), f"{lv} score text vs rows")
    c.sum_(st, [se, so, sb, ss], "text total = Σ level scores", code="score_sum_mismatch")
    c.same(st, total[6], "total text/table", code="score_sum_mismatch")
    c.grade(st, g, "grade")


# ---------------------------------------------------------------- D2 孝义 2021 (flattened tables)

def flat_blocks(text):
    """seed-003 style: one cell per line (tab-indented), blank line between rows."""
    rows, cur = [], []
    for line in text.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:])
        else:
            if cur:
                rows.append(cur)
                cur = []
    if cur:
        rows.append(cur)
    return rows


def check_d2(c):
    year_checks(c, 2021)
    implausible_scan(c)
    t = c.t
    a = t.index("（二）预算执行情况")
    b = t.index("（三）项目绩效目标")
    fr = {r[0]: r for r in flat_blocks(t[a:b]) if r and r[0] not in ("项目", "")}
    cols = {"总": 2, "小计": 3, "中央": 4, "省": 5, "市": 6, "县": 7, "结转": 8, "其他": 9}
    v = lambda row, k: (num(fr[row][cols[k]]) if fr[row][cols[k]].strip() else D(0))
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]
    for rn in names:
        c.sum_(fr[rn][3] or "0", [v(rn, "中央"), v(rn, "省"), v(rn, "市"), v(rn, "县")], f"{rn}: 小计 = 中央+省+市+县")
        c.sum_(fr[rn][2] or "0", [v(rn, "小计"), v(rn, "结转"), v(rn, "其他")], f"{rn}: 总 = 小计+结转+其他")
    for k in cols:
        c.diff(fr["资金结余"][cols[k]] or "0", v("实际到位资金", k), v("全年执行资金", k), f"(5)=(3)-(4) column {k}")
        c.rate(fr["预算到位率(%)"][cols[k]], v("实际到位资金", k), v("全年预算资金", k), f"(6)=(3)/(2) column {k}")
        c.rate(fr["预算执行率(%)"][cols[k]], v("全年执行资金", k), v("全年预算资金", k), f"(7)=(4)/(2) column {k}")
    # indicator tables
    a = t.index("二、项目绩效情况")
    b = t.index("三、绩效分析")
    irows = [r for r in flat_blocks(t[a:b]) if r[0] != "二级指标"]
    assert len(irows) == 11, len(irows)
    ex = irows[0]
    rows = []
    for r in irows[1:]:
        lvl = "产出" if r[0] in ("数量指标", "质量指标", "时效指标", "成本指标") else (
            "满意度" if r[0].startswith("服务对象") else "效益")
        rows.append(dict(level=lvl, name=r[1], weight=r[2], target=r[3], actual=r[4], completion=r[5], score=r[6]))
    m = c.one(r"本项目自评总得分([\d.]+)分，评价等级为“(..)”")
    total_s, g = m.groups()
    exec_rate = v("全年执行资金", "总") / v("全年预算资金", "总") * 100
    indicator_checks(c, rows, {"产出": None, "效益": None, "满意度": None}, ex[2], ex[6], None, total_s, exec_rate=exec_rate)
    c.same(ex[4].rstrip("%"), fr["预算执行率(%)"][2], "execution rate indicator vs funds table")
    c.completion(ex[5], "gte", num(ex[3].rstrip("%")), num(ex[4].rstrip("%")), "execution completion")
    c.grade(total_s, g, "grade")
    byname = {r["name"]: r for r in rows}
    # prose
    m = c.one(r"全年预算资金([\d,.]+)万元，实际到位([\d,.]+)万元，到位率([\d.]+)%，省级资金中([\d,.]+)万元于2021年12月28日下达，年内未到位")
    pb, pr, prr, miss = m.groups()
    c.same(pb, fr["全年预算资金"][2], "全年预算 text/table")
    c.same(pr, fr["实际到位资金"][2], "到位 text/table")
    c.rate(prr, pr, pb, "到位率 text")
    c.diff(miss, v("全年预算资金", "省"), v("实际到位资金", "省"), "省级 not received = budget - received")
    m = c.one(r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%；结余([\d,.]+)万元，其中省级资金([\d,.]+)万元、市本级资金([\d,.]+)万元")
    ps, prt, pbal, pbp, pbc = m.groups()
    c.same(ps, fr["全年执行资金"][2], "执行 text/table")
    c.rate(prt, ps, pb, "执行率 text")
    c.diff(pbal, pr, ps, "结余 text = 到位 - 执行")
    c.sum_(pbal, [pbp, pbc], "结余 = 省 + 市本级")
    c.same(pbp, fr["资金结余"][cols["省"]], "省级结余 text/table")
    c.same(pbc, fr["资金结余"][cols["县"]], "本级结余 text/table")
    m = c.one(r"一级管网工程([\d,.]+)万元，二级管网工程([\d,.]+)万元，换热站设备([\d,.]+)万元，设计、监理和检测费([\d,.]+)万元")
    c.sum_(ps, list(m.groups()), "支出构成 = 执行")
    prim = m.group(1)
    m = c.one(r"一级管网二季度完成([\d.]+)公里、三季度([\d.]+)公里、四季度([\d.]+)公里，全年([\d.]+)公里")
    c.sum_(m.group(4), list(m.groups()[:3]), "一级管网 quarters")
    c.same(m.group(4), byname["改造一级供热管网"]["actual"].replace("公里", ""), "一级管网 text/table")
    km1 = m.group(4)
    m = c.one(r"二级庭院管网二季度完成([\d.]+)公里、三季度([\d.]+)公里、四季度([\d.]+)公里，全年([\d.]+)公里")
    c.sum_(m.group(4), list(m.groups()[:3]), "二级管网 quarters")
    c.same(m.group(4), byname["改造二级庭院管网"]["actual"].replace("公里", ""), "二级管网 text/table")
    m = c.one(r"(\d+)座换热站设备更换合同价合计([\d,.]+)万元，平均每座([\d,.]+)万元")
    n_st, st_tot, st_avg = m.groups()
    c.add("average_mismatch", close(st_avg, num(st_tot) / num(n_st)), "average per station")
    c.same(n_st, byname["改造换热站"]["actual"].rstrip("座"), "station count text/table")
    m = c.one(r"按结算金额计算单位造价([\d.]+)万元/公里")
    c.add("average_mismatch", close(m.group(1), num(prim) / num(km1)), "unit cost per km = 一级管网工程 / km")
    c.same(m.group(1), byname["一级管网改造单位造价"]["actual"].replace("万元/公里", ""), "unit cost text/table")
    areas = [x.group(1) for x in c.many(r"供热面积([\d.]+)万平方米")]
    assert len(areas) == 2
    c.same(areas[0], areas[1], "heating area stated twice")
    m = c.one(r"改造片区([\d,]+)户中室温不达标有效投诉([\d,]+)户，供热达标率([\d.]+)%")
    hh, comp, ok = m.groups()
    c.rate(ok, num(hh) - num(comp), hh, "达标率 = (households - complaints) / households")
    c.same(hh, c.one(r"供热用户([\d,]+)户").group(1), "households stated twice")
    c.same(ok, byname["改造片区供热达标率"]["actual"].rstrip("%"), "达标率 text/table")
    m = c.one(r"热损失率由改造前的([\d.]+)%降至([\d.]+)%，下降([\d.]+)个百分点")
    c.diff(m.group(3), m.group(1), m.group(2), "percentage-point drop", code="rate_mismatch")
    c.same(m.group(2), byname["管网热损失率"]["actual"].rstrip("%"), "热损失率 text/table")
    c.same(c.one(r"节约标准煤约([\d.]+)万吨").group(1), byname["年节约标准煤"]["actual"].replace("万吨", ""), "标准煤 text/table")
    c.same(c.one(r"供热用户满意度为([\d.]+)%").group(1), byname["供热用户满意度"]["actual"].rstrip("%"), "满意度 text/table")
    c.same(st_tot, c.one(r"换热站设备([\d,.]+)万元，设计").group(1), "换热站 cost stated twice")
    for pat, nm, unit in ((r"改造一级供热管网([\d.]+)公里、", "改造一级供热管网", "公里"),
                          (r"二级庭院管网([\d.]+)公里，更换", "改造二级庭院管网", "公里"),
                          (r"年节约标准煤([\d.]+)万吨以上", "年节约标准煤", "万吨"),
                          (r"供热达标率不低于([\d.]+)%", "改造片区供热达标率", "%"),
                          (r"热损失率降至([\d.]+)%以下", "管网热损失率", "%"),
                          (r"单位造价控制在([\d.]+)万元/公里以内", "一级管网改造单位造价", "万元/公里")):
        c.same(c.one(pat).group(1), byname[nm]["target"].lstrip("≥≤").replace(unit, ""), f"{nm} target text/table")


# ---------------------------------------------------------------- D3 临河 2022 (｜ table)

def check_d3(c):
    year_checks(c, 2022)
    implausible_scan(c)
    m = c.one(r"项目年初预算([\d,.]+)万元，其中当年财政拨款([\d,.]+)万元、供热企业自筹([\d,.]+)万元。年中自治区追加([\d,.]+)万元，并将2021年结转的([\d,.]+)万元纳入项目，全年预算([\d,.]+)万元。财政资金([\d,.]+)万元全部到位；企业自筹应到([\d,.]+)万元，实到([\d,.]+)万元，到位率([\d.]+)%。全年执行([\d,.]+)万元，执行率([\d.]+)%。全年未执行([\d,.]+)万元，其中财政资金([\d,.]+)万元因二期管网工程尚未结算，结转至2023年；企业自筹资金未到位([\d,.]+)万元、已到位未使用([\d,.]+)万元")
    (b0, cur0, oth0, add, co, b1, fis, oth_due, oth_in, oth_rt, sp, rt, unsp, fis_left, oth_miss, oth_left) = m.groups()
    c.sum_(b0, [cur0, oth0], "年初 = 当年拨款 + 企业自筹")
    c.sum_(fis, [cur0, add], "当年财政拨款 = 年初 + 追加")
    c.sum_(b1, [fis, co, oth_due], "全年预算 = 当年拨款 + 结转 + 自筹")
    c.rate(oth_rt, oth_in, oth_due, "自筹 到位率")
    c.rate(rt, sp, b1, "执行率")
    c.diff(unsp, b1, sp, "未执行 = 全年预算 - 执行")
    c.sum_(unsp, [fis_left, oth_miss, oth_left], "未执行 = 财政结转 + 自筹未到位 + 自筹未使用")
    c.diff(oth_miss, oth_due, oth_in, "自筹未到位 = 应到 - 实到")
    tot, cur, cob, oth = funds_block(c, "｜")
    c.diff(fis_left, cur[2], cur[3], "财政结转 = 当年拨款全年 - 执行")
    c.diff(oth_left, oth_in, oth[3], "自筹未使用 = 实到 - 执行")
    for a_, b_, msg in ((tot[1], b0, "年初"), (tot[2], b1, "全年预算"), (tot[3], sp, "执行"), (tot[5], rt, "执行率"),
                        (cur[2], fis, "当年拨款"), (cob[2], co, "上年结转"), (oth[2], oth_due, "自筹")):
        c.same(a_, b_, f"{msg} text/table")
    m = c.one(r"全年执行数中，一级管网工程([\d,.]+)万元，二级管网工程([\d,.]+)万元，平房区改造补助([\d,.]+)万元，换热站及附属设施([\d,.]+)万元")
    c.sum_(sp, list(m.groups()), "执行 = 支出构成")
    prim_pay, sub_pay = m.group(1), m.group(3)
    cells, total = tab_rows(c, "一级指标｜二级指标", "合计｜", sep="｜")
    rows = [dict(level=x[0], name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]) for x in cells]
    st = c.one(r"本项目自评得分([\d.]+)分").group(1)
    indicator_checks(c, rows, {"产出指标": None, "效益指标": None, "满意度指标": None}, tot[4], tot[6], total[5],
                     [total[6], st], exec_rate=num(sp) / num(b1) * 100)
    g = c.one(r"评价等级｜(.+)").group(1).strip()
    c.grade(total[6], g, "table grade")
    byname = {r["name"]: r for r in rows}
    m = c.one(r"一级管网二季度完成([\d.]+)公里、三季度完成([\d.]+)公里，全年([\d.]+)公里")
    c.sum_(m.group(3), [m.group(1), m.group(2)], "一级管网 quarters")
    c.same(m.group(3), byname["一级管网改造长度"]["actual"].replace("公里", ""), "一级管网 text/table")
    km1 = m.group(3)
    m = c.one(r"二级管网全年完成([\d.]+)公里，完成目标的([\d.]+)%")
    t2 = c.one(r"二级管网不少于([\d.]+)公里").group(1)
    c.completion(m.group(2), "gte", num(t2), num(m.group(1)), "二级管网 completion")
    c.same(m.group(1), byname["二级管网改造长度"]["actual"].replace("公里", ""), "二级管网 text/table")
    m = c.one(r"平房区清洁取暖改造共计([\d,]+)户，其中接入集中供热([\d,]+)户、煤改电([\d,]+)户，完成率([\d.]+)%")
    hh, hc, he, hr = m.groups()
    c.sum_(hh, [hc, he], "households 集中供热 + 煤改电 = 共计")
    th = c.one(r"完成城郊平房区清洁取暖改造([\d,]+)户").group(1)
    c.completion(hr, "gte", num(th), num(hh), "households completion")
    c.same(hh, byname["平房区清洁取暖改造户数"]["actual"].rstrip("户"), "households text/table")
    m = c.one(r"每户补助入网费([\d,]+)(元|万元)，共([\d,.]+)万元；煤改电每户补助设备费([\d,]+)(元|万元)，共([\d,.]+)万元；两类补助合计([\d,.]+)万元")
    p1, u1, a1, p2, u2, a2, s12 = m.groups()
    c.prod(a1, "万元", hc, p1, u1, "集中供热 subsidy = households x per household")
    c.prod(a2, "万元", he, p2, u2, "煤改电 subsidy = households x per household")
    c.sum_(s12, [a1, a2], "两类补助合计")
    c.same(s12, sub_pay, "补助 total stated twice")
    m = c.one(r"一级管网结算金额([\d,.]+)万元，平均每公里([\d.]+)万元")
    c.same(m.group(1), prim_pay, "一级管网 payment stated twice")
    c.add("average_mismatch", close(m.group(2), num(m.group(1)) / num(km1)), "average cost per km")
    c.same(m.group(2), byname["一级管网改造单位造价"]["actual"].replace("万元/公里", ""), "unit cost text/table")
    m = c.one(r"改造片区([\d,]+)户中有效室温投诉([\d,]+)户，供热达标率([\d.]+)%")
    n, k, r_ = m.groups()
    c.rate(r_, num(n) - num(k), n, "达标率 from complaints")
    c.same(c.one(r"改造片区([\d,]+)户居民").group(1), n, "renovated-area households stated twice")
    c.same(r_, byname["改造片区供热达标率"]["actual"].rstrip("%"), "达标率 text/table")
    c.same(c.one(r"可节约热量([\d.]+)万吉焦").group(1), byname["年节约热量"]["actual"].replace("万吉焦", ""), "heat text/table")
    c.same(c.one(r"减少散煤约([\d.]+)万吨").group(1), byname["减少散煤消耗"]["actual"].replace("万吨", ""), "coal text/table")
    c.same(c.one(r"管网补水率为([\d.]+)%").group(1), byname["管网补水率"]["actual"].rstrip("%"), "补水率 text/table")
    m = c.one(r"回访用户([\d,]+)户，满意及基本满意([\d,]+)户，满意度([\d.]+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "满意度 from survey")
    c.same(m.group(3), byname["用户满意度"]["actual"].rstrip("%"), "满意度 text/table")
    c.same(c.one(r"2021年结转的([\d,.]+)万元为一期").group(1), co, "上年结转 stated twice")
    for pat, nm, unit in ((r"改造一级管网不少于([\d.]+)公里", "一级管网改造长度", "公里"),
                          (r"二级管网不少于([\d.]+)公里", "二级管网改造长度", "公里"),
                          (r"供热达标率不低于([\d.]+)%", "改造片区供热达标率", "%"),
                          (r"年节约热量([\d.]+)万吉焦", "年节约热量", "万吉焦"),
                          (r"补水率控制在([\d.]+)%以内", "管网补水率", "%"),
                          (r"用户满意度达到([\d.]+)%", "用户满意度", "%")):
        c.same(c.one(pat).group(1), byname[nm]["target"].lstrip("≥≤").replace(unit, ""), f"{nm} target text/table")
    c.same(th, byname["平房区清洁取暖改造户数"]["target"].lstrip("≥").rstrip("户"), "households target text/table")


# ---------------------------------------------------------------- D4 蒲城 2023

def check_d4(c):
    year_checks(c, 2023)
    implausible_scan(c)
    m = c.one(r"年初预算([\d,.]+)万元，其中中央资金([\d,.]+)万元、省级资金([\d,.]+)万元、市级资金([\d,.]+)万元、县级资金([\d,.]+)万元，加上2022年结转的([\d,.]+)万元，全年预算([\d,.]+)万元，资金全部到位。全年支出([\d,.]+)万元，执行率([\d.]+)%；年末结余([\d,.]+)万元")
    b0, cen, prov, city, cty, co, b1, sp, rt, bal = m.groups()
    c.sum_(b0, [cen, prov, city, cty], "年初 = 中央+省+市+县")
    c.sum_(b1, [b0, co], "全年 = 年初 + 结转")
    c.rate(rt, sp, b1, "执行率")
    c.diff(bal, b1, sp, "结余 = 全年预算 - 支出")
    m = c.one(r"改造户补助([\d,.]+)万元，主管网工程款([\d,.]+)万元，换热站设备及安装([\d,.]+)万元")
    sub, main_, st = m.groups()
    c.sum_(sp, [sub, main_, st], "支出 = 补助 + 管网 + 换热站")
    m = c.one(r"煤改电每户([\d,]+)(元|万元)、煤改气每户([\d,]+)(元|万元)、城中村接入集中供热每户([\d,]+)(元|万元)，三类补助分别为([\d,.]+)万元、([\d,.]+)万元和([\d,.]+)万元")
    pe, ue, pg, ug, ph, uh, ae, ag, ah = m.groups()
    c.sum_(sub, [ae, ag, ah], "补助 = 三类之和")
    m2 = c.one(r"全年完成农村清洁取暖改造([\d,]+)户，完成率([\d.]+)%，其中煤改电([\d,]+)户、煤改气([\d,]+)户、城中村接入集中供热([\d,]+)户")
    hh, hr, he, hg, hc = m2.groups()
    c.sum_(hh, [he, hg, hc], "households 共计")
    c.completion(hr, "gte", num(c.one(r"完成农村清洁取暖改造([\d,]+)户，新建").group(1)), num(hh), "households completion")
    c.prod(ae, "万元", he, pe, ue, "煤改电 subsidy")
    c.prod(ag, "万元", hg, pg, ug, "煤改气 subsidy")
    c.prod(ah, "万元", hc, ph, uh, "集中供热 subsidy")
    m = c.one(r"二季度完成([\d.]+)公里，三季度([\d.]+)公里，四季度([\d.]+)公里，全年([\d.]+)公里；穿越铁路段因审批滞后，剩余([\d.]+)公里")
    q2, q3, q4, km, rest = m.groups()
    c.sum_(km, [q2, q3, q4], "主管网 quarters")
    tkm = c.one(r"新建供热主管网([\d.]+)公里、").group(1)
    c.diff(rest, tkm, km, "remaining = target - done", code="sum_mismatch")
    m = c.one(r"两座换热站设备及安装费合计([\d,.]+)万元，平均每座([\d,.]+)万元")
    c.same(m.group(1), st, "换热站 cost stated twice")
    c.add("average_mismatch", close(m.group(2), num(m.group(1)) / 2), "average per station")
    m = c.one(r"普及率由上年的([\d.]+)%提高到([\d.]+)%，提高([\d.]+)个百分点")
    c.diff(m.group(3), m.group(2), m.group(1), "percentage-point rise", code="rate_mismatch")
    pop = m.group(2)
    m = c.one(r"县城供热用户([\d,]+)户，2023—2024年采暖季截至2023年12月31日有效投诉([\d,]+)户，供热达标率([\d.]+)%")
    c.rate(m.group(3), num(m.group(1)) - num(m.group(2)), m.group(1), "达标率 from complaints")
    tot, cur, cob, oth = funds_block(c, "\t")
    for a_, b_, msg in ((tot[1], b0, "年初"), (tot[2], b1, "全年"), (tot[3], sp, "执行"), (tot[5], rt, "执行率"), (cob[2], co, "结转")):
        c.same(a_, b_, f"{msg} text/table")
    cells, total = tab_rows(c, "一级指标\t二级指标\t三级指标", "总分\t")
    rows, levels = level_rows(cells, lambda x: dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]))
    st_s, g = c.one(r"本项目自评得分([\d.]+)分，等级为“(.)”").groups()
    indicator_checks(c, rows, levels, tot[4], tot[6], total[5], [total[6], st_s], exec_rate=num(sp) / num(b1) * 100)
    c.grade(st_s, g, "grade")
    byname = {r["name"]: r for r in rows}
    c.same(hh, byname["农村清洁取暖改造户数"]["actual"].rstrip("户"), "households text/table")
    c.same(km, byname["新建供热主管网"]["actual"].replace("公里", ""), "主管网 text/table")
    c.same(c.one(r"合格率([\d.]+)%").group(1), byname["改造设备验收合格率"]["actual"].rstrip("%"), "合格率 text/table")
    c.same(pop, byname["县城集中供热普及率"]["actual"].rstrip("%"), "普及率 text/table")
    c.same(c.one(r"改造户冬季减少散煤消耗([\d.]+)万吨").group(1), byname["冬季散煤消耗减少量"]["actual"].replace("万吨", ""), "散煤 text/table")
    c.same(c.one(r"满意度([\d.]+)%，未达到目标").group(1), byname["改造户及供热用户满意度"]["actual"].rstrip("%"), "满意度 text/table")
    c.same(pe, byname["煤改电户均补贴"]["actual"].replace("元/户", ""), "煤改电 per-household text/table")
    for pat, nm, unit in ((r"完成农村清洁取暖改造([\d,]+)户，新建", "农村清洁取暖改造户数", "户"),
                          (r"新建供热主管网([\d.]+)公里、", "新建供热主管网", "公里"),
                          (r"设备验收合格率不低于([\d.]+)%", "改造设备验收合格率", "%"),
                          (r"普及率达到([\d.]+)%", "县城集中供热普及率", "%"),
                          (r"冬季减少散煤消耗([\d.]+)万吨，建立", "冬季散煤消耗减少量", "万吨"),
                          (r"用户满意度不低于([\d.]+)%", "改造户及供热用户满意度", "%")):
        c.same(c.one(pat).group(1), byname[nm]["target"].lstrip("≥≤").replace(unit, ""), f"{nm} target text/table")


# ---------------------------------------------------------------- D5 肇东 2024 部门整体

def check_d5(c):
    year_checks(c, 2024)
    implausible_scan(c)
    m = c.one(r"部门年初预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元")
    c.sum_(m.group(1), [m.group(2), m.group(3)], "年初 = 基本 + 项目")
    m = c.one(r"全年预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元")
    b1, bb, pb = m.groups()
    c.sum_(b1, [bb, pb], "全年 = 基本 + 项目")
    m = c.one(r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%，其中基本支出([\d,.]+)万元全部支出（人员经费([\d,.]+)万元、公用经费([\d,.]+)万元），项目支出([\d,.]+)万元，执行率([\d.]+)%")
    sp, rt, bs, pers, pub, ps, prt = m.groups()
    c.sum_(sp, [bs, ps], "支出 = 基本 + 项目")
    c.sum_(bs, [pers, pub], "基本支出 = 人员 + 公用")
    c.same(bs, bb, "基本支出 fully spent")
    c.rate(rt, sp, b1, "预算执行率")
    c.rate(prt, ps, pb, "项目支出执行率")
    bal = c.one(r"年末未支出的([\d,.]+)万元").group(1)
    c.diff(bal, b1, sp, "未支出 = 全年预算 - 支出")
    # project table
    cells, tot = tab_rows(c, "项目名称\t全年预算", "合计\t")
    for x in cells:
        c.rate(x[3], x[2], x[1], f"{x[0]}: 执行率")
        c.grade(x[4], x[5], f"{x[0]}: grade")
    c.sum_(tot[1], [x[1] for x in cells], "Σ project budgets")
    c.sum_(tot[2], [x[2] for x in cells], "Σ project spending")
    c.rate(tot[3], tot[2], tot[1], "合计 执行率")
    c.same(tot[1], pb, "项目支出 budget text/table")
    c.same(tot[2], ps, "项目支出 spending text/table")
    c.same(tot[3], prt, "项目支出 执行率 text/table")
    m = c.one(r"5个项目平均自评得分([\d.]+)分，其中(\d)个项目为“优”、(\d)个为“良”")
    c.avg(m.group(1), [x[4] for x in cells], "average project score")
    c.add("grade_mismatch", int(m.group(2)) == sum(1 for x in cells if x[5] == "优")
          and int(m.group(3)) == sum(1 for x in cells if x[5] == "良"), "grade counts")
    proj = {x[0]: x for x in cells}
    m = c.one(r"全年改造老旧供热管网([\d.]+)公里，其中二季度([\d.]+)公里、三季度([\d.]+)公里、四季度（10月上旬）([\d.]+)公里")
    c.sum_(m.group(1), list(m.groups()[1:]), "pipe quarters")
    c.same(c.one(r"全年完成老旧供热管网改造([\d.]+)公里").group(1), m.group(1), "pipe km stated twice")
    m = c.one(r"城区集中供热用户([\d,]+)户，有效室温投诉([\d,]+)户，供热达标率([\d.]+)%")
    c.rate(m.group(3), num(m.group(1)) - num(m.group(2)), m.group(1), "达标率 from complaints")
    m = c.one(r"分别完成煤改电([\d,]+)户、煤改气([\d,]+)户、接入集中供热([\d,]+)户，共计([\d,]+)户；按煤改电每户([\d,]+)(元|万元)、煤改气每户([\d,]+)(元|万元)、接入集中供热每户([\d,]+)(元|万元)的标准兑付补助([\d,.]+)万元，加上第三方核验和监理费用([\d,.]+)万元，项目支出合计([\d,.]+)万元")
    he, hg, hc, hh, pe, ue, pg, ug, pc, uc, subs, fee, tot_cl = m.groups()
    c.sum_(hh, [he, hg, hc], "households 共计")
    c.sum_(subs, [num(he) * money(pe, ue), num(hg) * money(pg, ug), num(hc) * money(pc, uc)], "subsidies = Σ households x standard")
    c.sum_(tot_cl, [subs, fee], "清洁取暖 spending = 补助 + 费用")
    c.same(tot_cl, proj["乡镇清洁取暖改造补助"][2], "清洁取暖 spending text/table")
    m = c.one(r"为([\d,]+)户城乡低保、特困家庭每户发放取暖补贴([\d,]+)(元|万元)，共([\d,.]+)万元")
    c.prod(m.group(4), "万元", m.group(1), m.group(2), m.group(3), "取暖补贴 = households x standard")
    c.same(m.group(4), proj["困难群体冬季取暖补贴"][2], "取暖补贴 text/table")
    m = c.one(r"年初确定的(\d+)项重点任务完成(\d+)项，完成率(\d+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "task completion")
    task_rate = num(m.group(2)) / num(m.group(1)) * 100
    m = c.one(r"该项目执行率([\d.]+)%，自评为(.)")
    c.same(m.group(1), proj["老旧小区改造供热配套"][3], "配套 rate text/table")
    c.add("grade_mismatch", m.group(2) == proj["老旧小区改造供热配套"][5], "配套 grade text/table")
    m = c.one(r"回收有效问卷([\d,]+)份，满意及基本满意([\d,]+)份，满意度([\d.]+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "满意度 from survey")
    sat = num(m.group(3))
    # department table
    cells, total = tab_rows(c, "一级指标\t二级指标\t分值", "合计\t")
    rows, levels = [], {}
    cur = None
    for x in cells:
        if x[0]:
            mm = re.fullmatch(r"(.+?)（(\d+)分）", x[0])
            cur = mm.group(1)
            levels[cur] = mm.group(2)
        rows.append(dict(level=cur, name=x[1], weight=x[2], score=x[3]))
    lvl_sum = {}
    for r in rows:
        lvl_sum[r["level"]] = lvl_sum.get(r["level"], D(0)) + num(r["weight"])
        c.add("score_exceeds_weight", D(0) <= num(r["score"]) <= num(r["weight"]), f"{r['name']} score within weight")
    for lv, dcl in levels.items():
        c.add("weight_sum_mismatch", num(dcl) == lvl_sum[lv], f"{lv} weights")
    c.add("weight_sum_mismatch", sum(num(v) for v in levels.values()) == 100 == num(total[2]), "level weights = 100")
    ssum = sum(num(r["score"]) for r in rows)
    st, g = c.one(r"部门整体支出自评得分([\d.]+)分，等级为“(.)”").groups()
    c.add("score_sum_mismatch", close(total[3], ssum), "Σ dept scores vs 合计")
    c.add("score_sum_mismatch", close(st, ssum), "Σ dept scores vs text")
    c.grade(st, g, "dept grade")
    byname = {r["name"]: r for r in rows}
    c.add(WARN, close(byname["预算执行率"]["score"], num(byname["预算执行率"]["weight"]) * num(rt) / 100), "execution score")
    c.add(WARN, close(byname["重点任务完成率"]["score"], num(byname["重点任务完成率"]["weight"]) * task_rate / 100), "task score")
    c.add(WARN, close(byname["服务对象满意度"]["score"], num(byname["服务对象满意度"]["weight"]) * sat / 100), "satisfaction score")


CHECKS = {
    "he-xianxian-meigaiqi-2019": check_d1,
    "sx-xiaoyi-gongreguanwang-2021": check_d2,
    "nm-linhe-laojiuguanwang-2022": check_d3,
    "sn-pucheng-qingjiequnuan-2023": check_d4,
    "hl-zhaodong-zhujianju-bumen-2024": check_d5,
}


def run_checks(source, text):
    c = C(text)
    CHECKS[source](c)
    return c.out


# ---------------------------------------------------------------- main

def main():
    fails = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fails.append("labels and case files differ")
    counts = {k: 0 for k in CODES}
    where = {}
    clean_text = {}
    for l in labels:
        if l["clean"]:
            clean_text[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    for s, t in clean_text.items():
        n = len(t)
        if not 2800 <= n <= 3400:
            fails.append(f"{s}: clean draft length {n} outside 2800-3400")
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        try:
            res = run_checks(l["source"], text)
        except Exception as e:   # a pattern that stopped matching is a failure of the set
            fails.append(f"{l['case']}: check crashed: {e!r}")
            continue
        failed = [(code, msg) for code, ok, msg in res if not ok]
        if l["clean"]:
            if l["expected"]:
                fails.append(f"{l['case']}: clean case with labels")
            for code, msg in failed:
                fails.append(f"{l['case']}: clean draft fails {code}: {msg}")
            continue
        if len(l["expected"]) != 1:
            fails.append(f"{l['case']}: expected exactly one label")
            continue
        e = l["expected"][0]
        code, value = e["code"], e["value"]
        if code not in CODES or e["severity"] != "error":
            fails.append(f"{l['case']}: bad code/severity {code} {e['severity']}")
        counts[code] = counts.get(code, 0) + 1
        # value occurs
        if value not in text:
            fails.append(f"{l['case']}: value not found: {value!r}")
            continue
        # one contiguous difference overlapping the value
        ct = clean_text[l["source"]]
        p = 0
        while p < min(len(ct), len(text)) and ct[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(ct), len(text)) - p and ct[-1 - s] == text[-1 - s]:
            s += 1
        a, b = p, len(text) - s
        if b - a <= 0 and len(ct) - s - p <= 0:
            fails.append(f"{l['case']}: identical to clean draft")
        if b - a > MAX_DIFF or len(ct) - s - p > MAX_DIFF:
            fails.append(f"{l['case']}: changed region too long ({b - a})")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if b > a:
            hit = any(o < b and a < o + len(value) for o in occ)
        else:   # pure deletion: the deletion point must lie inside the value
            hit = any(o <= a <= o + len(value) for o in occ)
        if not hit:
            fails.append(f"{l['case']}: change [{a},{b}) does not overlap the value")
        # arithmetic
        failed_codes = {c_ for c_, _ in failed}
        if code not in failed_codes:
            fails.append(f"{l['case']}: labelled {code} not detected by the arithmetic")
        other = sorted(c_ for c_ in failed_codes if c_ != code and c_ in CODES)
        if other:
            fails.append(f"{l['case']}: other error codes fail too: {other} "
                         + "; ".join(m for c_, m in failed if c_ in other))
        where[l["case"]] = sorted(failed_codes)
    for k in CODES:
        if counts.get(k, 0) < 2:
            fails.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("cases:", len(labels), " errors:", sum(counts.values()))
    print("per code:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    if fails:
        for f in fails:
            print("FAIL:", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
