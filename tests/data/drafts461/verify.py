#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. labels.jsonl: one line per case file; every label value occurs in its case.
2. Every error case differs from its clean draft in one contiguous place that overlaps an
   occurrence of the label value.
3. Every code of errors.md section A used here occurs at least twice.
4. The arithmetic of every draft is redone by per-project checks (funds, rates, balances, sums,
   weights, scores, completion, units, averages, grades, years, text <-> table equality):
   every check passes on the clean drafts (warnings included), and on each error case the set of
   failing error-level codes is exactly the labelled code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def num(s):
    s = s.strip().replace(",", "").rstrip("%")
    return Decimal(s)


def decimals(s):
    s = s.strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def near(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    tol = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")
    return abs(num(stated) - computed) <= tol


def r2(x):
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


def one(t, pat):
    m = list(re.finditer(pat, t))
    if len(m) != 1:
        raise ParseError(f"{len(m)} matches for {pat!r}")
    return m[0].groups()


class Result:
    def __init__(self):
        self.fails = []  # (code, message)

    def check(self, code, ok, msg):
        if not ok:
            self.fails.append((code, msg))

    def codes(self, errors_only=True):
        return {c for c, _ in self.fails if not (errors_only and c in WARNINGS)}


SCALES = [Decimal("0.0001"), Decimal("10000"), Decimal("0.00000001"), Decimal("100000000")]


def rel(r, code, strs, f, msg, money=True):
    """Relation f(values) over stated figures.  If it fails and rescaling ONE money figure by
    10^+-4 / 10^+-8 makes it hold, the most specific explanation is unit_mismatch (errors.md #11b)."""
    vals = [num(s) for s in strs]
    if f(vals):
        return
    if money:
        for i in range(len(vals)):
            for k in SCALES:
                v2 = list(vals)
                v2[i] = vals[i] * k
                if f(v2):
                    r.check("unit_mismatch", False, f"{msg}: {strs[i]} off by a power of ten")
                    return
    r.check(code, False, f"{msg}: {strs}")


def eq_sum(total_str, parts):
    """total stated string equals the sum of parts (Decimals), within the total's decimals."""
    return near(total_str, sum(parts, Decimal(0)))


def rate(r, stated, n, d, msg, code="rate_mismatch"):
    if d == 0:
        r.check("implausible_rate", num(stated) == 0, f"{msg}: rate {stated} on a zero base")
        return
    r.check(code, near(stated, n / d * 100), f"{msg}: stated {stated}, computed {r2(n / d * 100)}%")


def same(r, a, b, msg):
    """Same quantity stated twice (text <-> table, or twice in text)."""
    r.check("conflicting_values", near(a, num(b)) or near(b, num(a)), f"{msg}: {a} vs {b}")


def band(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


def grade(r, total_str, label):
    r.check("grade_mismatch", GRADE.get(label) == band(num(total_str)),
            f"total {total_str} -> {band(num(total_str))}, stated {label}")


def years(r, t, Y):
    for m in re.finditer(r"结转至(\d{4})年", t):
        r.check("year_mismatch", int(m.group(1)) > Y, f"carried over to {m.group(1)} in a {Y} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        r.check("year_mismatch", int(m.group(1)) == Y, f"position at 31 Dec {m.group(1)} in a {Y} report")
    for m in re.finditer(r"将在(\d{4})年继续兑付", t):
        r.check("year_mismatch", int(m.group(1)) > Y, f"remaining payments in {m.group(1)}")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:一次性|提前)下达", t):
        y, mo = int(m.group(1)), int(m.group(2))
        r.check("year_mismatch", y == Y or (y == Y - 1 and mo == 12), f"funds issued {y}-{mo} for {Y}")
    head = t[:120]
    r.check("year_mismatch", f"{Y}年" in head, f"title year {Y}")


# ---------------------------------------------------------------- markdown tables
def md_tables(t):
    blocks, cur = [], []
    for line in t.split("\n"):
        if line.startswith("|"):
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    out = []
    for b in blocks:
        rows = []
        for line in b:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            rows.append(cells)
        out.append(rows)
    return out


def table_with(t, header_cell):
    found = [tb for tb in md_tables(t) if header_cell in tb[0]]
    if len(found) != 1:
        raise ParseError(f"{len(found)} tables with header {header_cell}")
    tb = found[0]
    width = len(tb[0])
    for row in tb:
        if len(row) != width:
            raise ParseError(f"row width {len(row)} != {width}: {row}")
    return tb


def col(hdr, prefix):
    idx = [i for i, h in enumerate(hdr) if h.startswith(prefix)]
    if len(idx) != 1:
        raise ParseError(f"column {prefix}")
    return idx[0]


def label(cell):
    return cell.replace("其中：", "").strip()


def funds_table(r, tb, sums, amount_cols, rate_cols, score_col=None):
    """sums: [(total label, [component labels])]; rate_cols: [(rate col, numerator col, denominator col)]."""
    hdr = tb[0]
    rows = {label(row[0]): row for row in tb[1:]}
    for tot, parts in sums:
        for cn in amount_cols:
            c = col(hdr, cn)
            rel(r, "sum_mismatch", [rows[tot][c]] + [rows[p][c] for p in parts],
                lambda v: v[0] == sum(v[1:], Decimal(0)), f"funds table {tot} {cn}")
    for rc, nc, dc in rate_cols:
        ci, ni, di = col(hdr, rc), col(hdr, nc), col(hdr, dc)
        for name, row in rows.items():
            n, d, cell = num(row[ni]), num(row[di]), row[ci]
            if d == 0:
                r.check("implausible_rate", cell in ("—", "0", "0.00%", "0%"), f"{name} {rc} {cell} on a zero base")
                continue
            r.check("implausible_rate", n <= d, f"{name}: {nc} {row[ni]} above {dc} {row[di]}")
            rate(r, cell, n, d, f"funds table {name} {rc}")
    if score_col:
        sc, rc, w = score_col
        for name, row in rows.items():
            if row[col(hdr, sc)] not in ("—", ""):
                rr = num(row[col(hdr, rc)])
                exp = Decimal(w) * min(rr, Decimal(100)) / 100
                r.check("score_rule_mismatch", near(row[col(hdr, sc)], exp), f"funds table score {name}")
    return hdr, rows


# ---------------------------------------------------------------- indicator table
def parse_value(s):
    s = s.strip()
    m = re.fullmatch(r"(≥|≤|=|＞|＜)?\s*(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return {"kind": "date", "sign": m.group(1), "val": (int(m.group(2)), int(m.group(3)), int(m.group(4))),
                "unit": "date"}
    m = re.fullmatch(r"(≥|≤|=|＞|＜)?\s*([\d,]+(?:\.\d+)?)\s*(.*)", s)
    if m:
        return {"kind": "num", "sign": m.group(1), "str": m.group(2), "val": num(m.group(2)), "unit": m.group(3)}
    return {"kind": "qual", "sign": None, "val": s, "unit": "qual"}


def completion(tv, av):
    T, A = tv["val"], av["val"]
    sign = tv["sign"]
    if sign in ("≤", "＜"):
        return Decimal(100) if A <= T else T / A * 100
    if sign in ("=", None) and T == 0:
        return Decimal(100) if A <= 0 else Decimal(0)
    return A / T * 100


def indicator_table(r, tb, exec_num=None, exec_den=None):
    hdr = tb[0]
    ct, ca, cw, cs = col(hdr, "年度指标值"), col(hdr, "实际完成值"), col(hdr, "分值"), col(hdr, "得分")
    cc = hdr.index("完成率") if "完成率" in hdr else None
    body = tb[1:]
    exec_row, total, leaves, sub1, sub2 = None, None, [], {}, {}
    for row in body:
        l1, l2, l3 = row[0], row[1], row[2]
        if l1 == "合计":
            total = row
        elif l1.startswith("预算执行"):
            exec_row = row
        elif l2 == "小计":
            sub1[l1] = row
        elif l3 == "小计":
            sub2[(l1, l2)] = row
        else:
            leaves.append(row)
    if exec_row is None or total is None:
        raise ParseError("indicator table without execution or total row")

    def W(row):
        return num(row[cw])

    def S(row):
        return num(row[cs])

    for row in body:
        name = " / ".join(x for x in row[:3] if x)
        r.check("score_exceeds_weight", Decimal(0) <= S(row) <= W(row), f"{name}: score {row[cs]} vs weight {row[cw]}")
    groups = {}
    for row in leaves:
        groups.setdefault((row[0], row[1]), []).append(row)
    for key, lst in groups.items():
        if key in sub2:
            s = sub2[key]
            r.check("weight_sum_mismatch", eq_sum(s[cw], [W(x) for x in lst]), f"weights under {key}")
            r.check("score_sum_mismatch", eq_sum(s[cs], [S(x) for x in lst]), f"scores under {key}")
        elif len(lst) != 1:
            raise ParseError(f"group {key} has {len(lst)} rows and no 小计")
    for l1, s in sub1.items():
        units = [sub2.get(k) or lst[0] for k, lst in groups.items() if k[0] == l1]
        r.check("weight_sum_mismatch", eq_sum(s[cw], [W(x) for x in units]), f"weights under {l1}")
        r.check("score_sum_mismatch", eq_sum(s[cs], [S(x) for x in units]), f"scores under {l1}")
    if set(sub1) != {k[0] for k in groups}:
        raise ParseError("first-level 小计 rows missing")
    top = [exec_row] + list(sub1.values())
    r.check("weight_sum_mismatch", eq_sum(total[cw], [W(x) for x in top]), "total weight = sum of first levels")
    r.check("weight_sum_mismatch", num(total[cw]) == 100, "total weight 100")
    r.check("score_sum_mismatch", eq_sum(total[cs], [S(x) for x in top]), "total score = sum of first levels")

    for row in [exec_row] + leaves:
        name = row[2] or row[0]
        tv, av = parse_value(row[ct]), parse_value(row[ca])
        if tv["kind"] == "qual" and av["kind"] == "qual":
            if av["val"] == tv["val"]:
                r.check("score_rule_mismatch", S(row) == W(row), f"{name}: achieved qualitative, full marks")
            else:
                r.check("score_rule_mismatch", W(row) * Decimal("0.6") <= S(row) < W(row) * Decimal("0.8"),
                        f"{name}: partly achieved band")
            if cc is not None:
                r.check("completion_mismatch", row[cc] in ("—", ""), f"{name}: completion of a qualitative row")
            continue
        if tv["unit"] != av["unit"]:
            r.check("unit_mismatch", False, f"{name}: target {row[ct]} vs actual {row[ca]}")
            continue
        if av["kind"] == "num" and av["unit"] == "%" and ("率" in name or "满意度" in name):
            r.check("implausible_rate", Decimal(0) <= av["val"] <= 100, f"{name}: rate {row[ca]}")
        if tv["kind"] == "date":
            on_time = av["val"] <= tv["val"]
            r.check("score_rule_mismatch", (S(row) == W(row)) == on_time, f"{name}: date target")
            if cc is not None:
                r.check("completion_mismatch", row[cc] in ("—", "100%", "100.00%") if on_time else True,
                        f"{name}: completion of a date row")
            continue
        comp = completion(tv, av)
        if cc is not None and row[cc] not in ("—", ""):
            r.check("completion_mismatch", near(row[cc], comp), f"{name}: completion {row[cc]} vs {r2(comp)}%")
        exp = W(row) * min(comp, Decimal(100)) / 100
        alt = [exp]
        if cc is not None and row[cc] not in ("—", ""):
            alt.append(W(row) * min(num(row[cc]), Decimal(100)) / 100)
        alt.append(W(row) * min(r2(comp), Decimal(100)) / 100)
        r.check("score_rule_mismatch", any(near(row[cs], a) for a in alt), f"{name}: score {row[cs]} vs {r2(exp)}")
    if exec_num is not None:
        rate(r, exec_row[ca], exec_num, exec_den, "indicator table execution rate")
    leaf = {row[2]: row for row in leaves}
    return hdr, leaf, exec_row, total, (ct, ca, cw, cs, cc)


def actual(row, idx):
    return parse_value(row[idx[1]]).get("str") or row[idx[1]].rstrip("%")


def targets(r, leaf, idx, pairs):
    """Targets announced in the goal text equal the 年度指标值 of the table (same quantity twice)."""
    for name, stated in pairs:
        tv = parse_value(leaf[name][idx[0]])
        same(r, tv.get("str") or tv["val"], stated, f"target of {name} text/table")


# ---------------------------------------------------------------- project A: Hebei Xinle 2019
def proj_xinle(t, r):
    Y = 2019
    years(r, t, Y)
    init, c, p, m = one(t, r"年初预算安排([\d.]+)万元，其中中央财政资金([\d.]+)万元、省级资金([\d.]+)万元、市本级资金([\d.]+)万元")
    rel(r, "sum_mismatch", [init, c, p, m], lambda v: v[0] == v[1] + v[2] + v[3], "年初预算 = 中央 + 省 + 市")
    add, approp = one(t, r"追加市本级资金([\d.]+)万元，当年财政拨款达到([\d.]+)万元")
    rel(r, "sum_mismatch", [approp, init, add], lambda v: v[0] == v[1] + v[2], "当年财政拨款 = 年初 + 追加")
    (carry,) = one(t, r"另有2018年结转资金([\d.]+)万元")
    (annual,) = one(t, r"全年预算合计([\d.]+)万元")
    rel(r, "sum_mismatch", [annual, approp, carry], lambda v: v[0] == v[1] + v[2], "全年预算 = 当年 + 结转")
    spent, er = one(t, r"2019年共支出([\d.]+)万元，预算执行率([\d.]+%)")
    rate(r, er, num(spent), num(annual), "text execution rate")
    cpaid, cur, heads_paid = one(t, r"兑付上年结转补助([\d.]+)万元，兑付本年处理补助([\d.]+)万元，对应病死猪([\d,]+)头")
    rel(r, "sum_mismatch", [spent, cpaid, cur], lambda v: v[0] == v[1] + v[2], "支出 = 结转 + 本年")
    (price,) = one(t, r"财政按每头(\d+)元的标准")
    rel(r, "sum_mismatch", [cur, heads_paid, price], lambda v: v[0] * 10000 == v[1] * v[2], "本年补助 = 头数 × 80元")
    same(r, cpaid, carry, "上年结转")
    (bal,) = one(t, r"年末结余([\d.]+)万元")
    rel(r, "balance_mismatch", [bal, annual, spent], lambda v: v[0] == v[1] - v[2], "结余 = 全年预算 - 执行")
    tb = table_with(t, "年初预算数")
    hdr, rows = funds_table(r, tb, [("年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])],
                            ["年初预算数", "全年预算数", "全年执行数"], [("执行率", "全年执行数", "全年预算数")],
                            score_col=("得分", "执行率", 10))
    same(r, rows["年度资金总额"][col(hdr, "年初预算数")], init, "年初预算 text/table")
    same(r, rows["年度资金总额"][col(hdr, "全年预算数")], annual, "全年预算 text/table")
    same(r, rows["年度资金总额"][col(hdr, "全年执行数")], spent, "全年执行 text/table")
    same(r, rows["年度资金总额"][col(hdr, "执行率")], er, "执行率 text/table")
    same(r, rows["当年财政拨款"][col(hdr, "全年预算数")], approp, "当年财政拨款 text/table")
    same(r, rows["当年财政拨款"][col(hdr, "全年执行数")], cur, "本年补助 text/table")
    same(r, rows["上年结转资金"][col(hdr, "全年预算数")], carry, "上年结转 text/table")
    (target,) = one(t, r"全年集中收集处理病死猪不少于([\d,]+)头")
    heads, comp = one(t, r"全年共收集处理病死猪([\d,]+)头，为年度目标的([\d.]+%)")
    r.check("completion_mismatch", near(comp, num(heads) / num(target) * 100), "text completion of heads")
    g = one(t, r"化皮镇、承安镇、东王镇、邯邰镇分别收集病死猪([\d,]+)头、([\d,]+)头、([\d,]+)头、([\d,]+)头，"
               r"其余7个乡镇（街道）共收集([\d,]+)头，全市共计([\d,]+)头")
    rel(r, "sum_mismatch", list(g), lambda v: v[5] == sum(v[:5]), "township counts", money=False)
    same(r, g[5], heads, "全市共计 vs 全年共收集")
    n24, r24 = one(t, r"其中([\d,]+)头在接报后24小时内完成收集，24小时收集率为([\d.]+%)")
    rate(r, r24, num(n24), num(heads), "24小时收集率")
    n, k, kr = one(t, r"对([\d,]+)户养殖户抽样调查，([\d,]+)户知晓病死猪须交由处理企业统一处理，知晓率([\d.]+%)")
    rate(r, kr, num(k), num(n), "知晓率")
    n, k, sr = one(t, r"回收有效问卷([\d,]+)份，表示满意和基本满意的([\d,]+)份，满意度([\d.]+%)")
    rate(r, sr, num(k), num(n), "满意度")
    it = table_with(t, "一级指标")
    _, leaf, ex, total, idx = indicator_table(r, it, num(spent), num(annual))
    same(r, ex[idx[3]], rows["年度资金总额"][col(hdr, "得分")], "execution score in both tables")
    same(r, actual(leaf["病死猪集中收集处理数量"], idx), heads, "heads table/text")
    same(r, actual(leaf["接报后24小时内收集率"], idx), r24, "24h rate table/text")
    same(r, actual(leaf["养殖户政策知晓率"], idx), kr, "知晓率 table/text")
    same(r, actual(leaf["养殖场户满意度"], idx), sr, "满意度 table/text")
    same(r, ex[idx[2]], rows["年度资金总额"][col(hdr, "分值")], "execution weight in both tables")
    g = one(t, r"不少于([\d,]+)头，收集范围覆盖全部(\d+)个乡镇（街道），无害化处理率达到(\d+)%，"
               r"接报后24小时内完成收集的比例不低于(\d+)%；杜绝病死猪流入市场，养殖场户满意度达到(\d+)%以上")
    targets(r, leaf, idx, [("病死猪集中收集处理数量", g[0]), ("收集覆盖乡镇（街道）", g[1]), ("无害化处理率", g[2]),
                           ("接报后24小时内收集率", g[3]), ("养殖场户满意度", g[4])])
    sc, gl = one(t, r"本项目得分([\d.]+)分，评价等级为“(.)”")
    same(r, sc, total[idx[3]], "total score text/table")
    grade(r, sc, gl)


# ---------------------------------------------------------------- project B: Jiangxi Xingan 2021
def proj_xingan(t, r):
    Y = 2021
    years(r, t, Y)
    budget, prov, county = one(t, r"项目预算([\d.]+)万元，年中未作调整，其中省级补助资金([\d.]+)万元、县级配套资金([\d.]+)万元")
    rel(r, "sum_mismatch", [budget, prov, county], lambda v: v[0] == v[1] + v[2], "预算 = 省级 + 县级")
    b1, b2 = one(t, r"5月拨付([\d.]+)万元，10月拨付([\d.]+)万元")
    rel(r, "sum_mismatch", [county, b1, b2], lambda v: v[0] == v[1] + v[2], "县级 = 两批")
    yy, rr = one(t, r"截至(\d{4})年12月31日，项目资金全部到位，到位率([\d.]+%)")
    rate(r, rr, num(prov) + num(b1) + num(b2), num(budget), "到位率")
    (npts,) = one(t, r"(\d+)个收集点通过公开招标")
    bid, avg = one(t, r"中标总价([\d.]+)万元，平均每个收集点([\d.]+)万元")
    r.check("average_mismatch", near(avg, num(bid) / num(npts)), "average bid per point")
    (ncar,) = one(t, r"购置冷藏收集车(\d+)辆")
    car, unitp = one(t, r"合同金额([\d.]+)万元，单价([\d.]+)万元/辆")
    rel(r, "sum_mismatch", [car, unitp, ncar], lambda v: v[0] == v[1] * v[2], "车辆合同 = 单价 × 辆数")
    both, saved = one(t, r"两项合同合计([\d.]+)万元，比预算节约([\d.]+)万元")
    rel(r, "sum_mismatch", [both, bid, car], lambda v: v[0] == v[1] + v[2], "两项合同合计")
    rel(r, "sum_mismatch", [saved, budget, both], lambda v: v[0] == v[1] - v[2], "节约 = 预算 - 合同")
    pc, ret = one(t, r"预留(\d+)%作为质量保证金，计([\d.]+)万元")
    rel(r, "sum_mismatch", [ret, bid, pc], lambda v: v[0] == r2(v[1] * v[2] / 100), "质保金 = 5% × 中标价")
    paid, er = one(t, r"全年实际支付([\d.]+)万元，预算执行率([\d.]+%)")
    rel(r, "sum_mismatch", [paid, bid, ret, car], lambda v: v[0] == v[1] - v[2] + v[3], "支付 = 工程 - 质保金 + 车辆")
    rate(r, er, num(paid), num(budget), "执行率")
    bal, ret2, _ = one(t, r"年末资金结余([\d.]+)万元，其中质保金([\d.]+)万元已结转至(\d{4})年")
    rel(r, "balance_mismatch", [bal, budget, paid], lambda v: v[0] == v[1] - v[2], "结余 = 到位 - 支付")
    (saved2,) = one(t, r"节约的([\d.]+)万元")
    rel(r, "sum_mismatch", [bal, ret2, saved2], lambda v: v[0] == v[1] + v[2], "结余 = 质保金 + 节约")
    same(r, ret2, ret, "质保金 twice")
    same(r, saved2, saved, "节约 twice")
    (target,) = one(t, r"当年收集病死猪不少于([\d,]+)头")
    g = one(t, r"界埠镇收集点分别收集病死猪([\d,]+)头、([\d,]+)头、([\d,]+)头、([\d,]+)头、([\d,]+)头、([\d,]+)头，共计([\d,]+)头")
    rel(r, "sum_mismatch", list(g), lambda v: v[6] == sum(v[:6]), "township counts", money=False)
    (avgh,) = one(t, r"平均每个收集点收集([\d,]+)头")
    r.check("average_mismatch", near(avgh, num(g[6]) / num(npts)), "average heads per point")
    n, k, tr = one(t, r"抽查温度(\d+)次，达标(\d+)次，达标率([\d.]+%)")
    rate(r, tr, num(k), num(n), "冷库温度达标率")
    n, k, cr = one(t, r"全县(\d+)家规模养殖场中已有(\d+)家签订收集协议，纳入率([\d.]+%)")
    rate(r, cr, num(k), num(n), "纳入率")
    (left,) = one(t, r"仍有(\d+)家规模养殖场未签订收集协议")
    rel(r, "sum_mismatch", [left, n, k], lambda v: v[0] == v[1] - v[2], "未签订 = 总数 - 签订", money=False)
    (sat,) = one(t, r"满意度([\d.]+%)。")
    dy, dm, dd = one(t, r"(\d{4})年(\d{1,2})月(\d{1,2})日全部通过竣工验收")
    it = table_with(t, "一级指标")
    _, leaf, ex, total, idx = indicator_table(r, it, num(paid), num(budget))
    same(r, ex[idx[1]], er, "执行率 text/table")
    same(r, actual(leaf["新建乡镇收集点"], idx), npts, "收集点数 table/text")
    same(r, actual(leaf["购置冷藏收集车"], idx), ncar, "车辆数 table/text")
    same(r, actual(leaf["收集病死猪数量"], idx), g[6], "heads table/text")
    same(r, actual(leaf["冷库温度抽查达标率"], idx), tr, "温度达标率 table/text")
    same(r, actual(leaf["单个收集点建设成本"], idx), avg, "单个收集点成本 table/text")
    same(r, actual(leaf["规模养殖场纳入收集体系比例"], idx), cr, "纳入率 table/text")
    same(r, actual(leaf["养殖场户满意度"], idx), sat, "满意度 table/text")
    r.check("conflicting_values", leaf["收集点建成投运时间"][idx[1]] == f"{dy}年{dm}月{dd}日", "投运日期 table/text")
    g = one(t, r"(\d{4})年(\d{1,2})月(\d{1,2})日前建成(\d+)个收集点并投入运行，竣工验收合格率(\d+)%；当年收集病死猪不少于([\d,]+)头；"
               r"全县规模养殖场纳入收集体系的比例达到(\d+)%以上；养殖场户满意度不低于(\d+)%")
    r.check("conflicting_values", leaf["收集点建成投运时间"][idx[0]] == f"≤{g[0]}年{g[1]}月{g[2]}日", "投运期限 text/table")
    targets(r, leaf, idx, [("新建乡镇收集点", g[3]), ("收集点竣工验收合格率", g[4]), ("收集病死猪数量", g[5]),
                           ("规模养殖场纳入收集体系比例", g[6]), ("养殖场户满意度", g[7])])
    sc, gl = one(t, r"本项目自评得分([\d.]+)分，等级为(..)。")
    same(r, sc, total[idx[3]], "total score text/table")
    grade(r, sc, gl)


# ---------------------------------------------------------------- project C: Henan Jiaxian 2023
def proj_jiaxian(t, r):
    Y = 2023
    years(r, t, Y)
    budget, cen, _, _, prov, county = one(
        t, r"全年预算([\d.]+)万元，其中中央资金([\d.]+)万元（(\d{4})年(\d{1,2})月提前下达）、省级资金([\d.]+)万元、县级资金([\d.]+)万元")
    rel(r, "sum_mismatch", [budget, cen, prov, county], lambda v: v[0] == v[1] + v[2] + v[3], "预算 = 中央 + 省 + 县")
    crec, rec, rr = one(t, r"县级资金到位([\d.]+)万元，全年共到位([\d.]+)万元，到位率([\d.]+%)")
    rel(r, "sum_mismatch", [rec, cen, prov, crec], lambda v: v[0] == v[1] + v[2] + v[3], "到位 = 中央 + 省 + 县级到位")
    rate(r, rr, num(rec), num(budget), "到位率")
    spent, er, ur = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+%)；如以到位资金为基数计算，资金使用率为([\d.]+%)")
    rate(r, er, num(spent), num(budget), "执行率")
    rate(r, ur, num(spent), num(rec), "使用率 (base: 到位)")
    a, ah, ap, b, bw, bp = one(t, r"养殖环节补助([\d.]+)万元（([\d,]+)头×(\d+)元/头），处理环节补助([\d.]+)万元（([\d.]+)吨×([\d,]+)元/吨）")
    rel(r, "sum_mismatch", [a, ah, ap], lambda v: v[0] * 10000 == v[1] * v[2], "养殖环节补助 = 头 × 元")
    rel(r, "sum_mismatch", [b, bw, bp], lambda v: v[0] * 10000 == v[1] * v[2], "处理环节补助 = 吨 × 元")
    rel(r, "sum_mismatch", [spent, a, b], lambda v: v[0] == v[1] + v[2], "支出 = 两环节")
    (bal,) = one(t, r"年末结余([\d.]+)万元")
    rel(r, "balance_mismatch", [bal, rec, spent], lambda v: v[0] == v[1] - v[2], "结余 = 到位 - 支出")
    (gap,) = one(t, r"([\d.]+)万元至年底仍未拨付")
    rel(r, "sum_mismatch", [gap, county, crec], lambda v: v[0] == v[1] - v[2], "未到位 = 县级预算 - 县级到位")
    (cen2,) = one(t, r"中央资金([\d.]+)万元系")
    same(r, cen2, cen, "中央资金 twice")
    tb = table_with(t, "资金来源")
    hdr, rows = funds_table(r, tb, [("合计", ["中央资金", "省级资金", "县级资金"])], ["全年预算数", "到位数", "执行数"],
                            [("到位率", "到位数", "全年预算数"), ("执行率", "执行数", "全年预算数")])
    for lab, cn, v in [("合计", "全年预算数", budget), ("合计", "到位数", rec), ("合计", "执行数", spent),
                       ("县级资金", "到位数", crec), ("中央资金", "全年预算数", cen), ("省级资金", "全年预算数", prov),
                       ("县级资金", "全年预算数", county), ("合计", "到位率", rr), ("合计", "执行率", er)]:
        same(r, rows[lab][col(hdr, cn)], v, f"{lab} {cn} text/table")
    tgt_h, tgt_w = one(t, r"全年收集处理病死猪([\d,]+)头以上、处理重量(\d+)吨以上")
    heads, comp, py, pyh, inc = one(t, r"全年收集处理病死猪([\d,]+)头，完成年度目标的([\d.]+%)，比(\d{4})年的([\d,]+)头增加([\d,]+)头")
    r.check("completion_mismatch", near(comp, num(heads) / num(tgt_h) * 100), "text completion of heads")
    r.check("year_mismatch", int(py) == Y - 1, "previous-year comparison")
    rel(r, "sum_mismatch", [inc, heads, pyh], lambda v: v[0] == v[1] - v[2], "增加 = 本年 - 上年", money=False)
    g = one(t, r"安良镇分别收集([\d,]+)头、([\d,]+)头、([\d,]+)头、([\d,]+)头，其余11个乡镇（街道）合计([\d,]+)头，全县共计([\d,]+)头")
    rel(r, "sum_mismatch", list(g), lambda v: v[5] == sum(v[:5]), "township counts", money=False)
    same(r, g[5], heads, "全县共计 vs 全年收集")
    same(r, ah, heads, "补助头数 vs 收集头数")
    w, mw = one(t, r"全年处理重量([\d.]+)吨，平均每月处理([\d.]+)吨")
    r.check("average_mismatch", near(mw, num(w) / 12), "monthly average tonnes")
    same(r, bw, w, "补助吨数 vs 处理重量")
    (days,) = one(t, r"平均用时(\d+)天")
    n, k, kr = one(t, r"调查养殖场户(\d+)户，(\d+)户知晓病死猪须统一交售处理，知晓率([\d.]+%)")
    rate(r, kr, num(k), num(n), "知晓率")
    _, pts = one(t, r"截至(\d{4})年12月31日，全县已建成村级暂存点(\d+)个")
    n, k, sr = one(t, r"收回有效问卷(\d+)份，其中满意(\d+)份，满意度([\d.]+%)")
    rate(r, sr, num(k), num(n), "满意度")
    it = table_with(t, "一级指标")
    _, leaf, ex, total, idx = indicator_table(r, it, num(spent), num(budget))
    same(r, ex[idx[1]], er, "执行率 text/table")
    same(r, actual(leaf["病死猪收集处理数量"], idx), heads, "heads table/text")
    same(r, leaf["病死猪收集处理数量"][idx[4]], comp, "completion table/text")
    same(r, actual(leaf["病死猪处理重量"], idx), w, "tonnes table/text")
    same(r, actual(leaf["补助资金兑付平均用时"], idx), days, "days table/text")
    same(r, actual(leaf["养殖场户政策知晓率"], idx), kr, "知晓率 table/text")
    same(r, actual(leaf["村级暂存点"], idx), pts, "暂存点 table/text")
    same(r, actual(leaf["养殖场户满意度"], idx), sr, "满意度 table/text")
    same(r, actual(leaf["养殖环节补助标准"], idx), ap, "元/头 table/text")
    same(r, actual(leaf["处理环节补助标准"], idx), bp, "元/吨 table/text")
    g = one(t, r"无害化处理率(\d+)%；处理企业废水排放达标；村级暂存点不少于(\d+)个；养殖场户满意度(\d+)%以上")
    (lim,) = one(t, r"控制在(\d+)天以内")
    (kt,) = one(t, r"略低于(\d+)%的目标")
    targets(r, leaf, idx, [("病死猪收集处理数量", tgt_h), ("病死猪处理重量", tgt_w), ("无害化处理率", g[0]),
                           ("村级暂存点", g[1]), ("养殖场户满意度", g[2]), ("补助资金兑付平均用时", lim),
                           ("养殖场户政策知晓率", kt)])
    sc, gl = one(t, r"本项目综合得分([\d.]+)分，评价等级为(.)。")
    same(r, sc, total[idx[3]], "total score text/table")
    grade(r, sc, gl)


# ---------------------------------------------------------------- project D: Guangxi Luchuan 2020
def proj_luchuan(t, r):
    Y = 2020
    years(r, t, Y)
    pp, wp = one(t, r"病死猪按每头(\d+)元、病死禽按每吨([\d,]+)元")
    yearly, q = one(t, r"服务费按合同每年([\d.]+)万元，按季度考核后支付，每季度([\d.]+)万元")
    rel(r, "sum_mismatch", [yearly, q], lambda v: v[0] == 4 * v[1], "年服务费 = 4 × 季度")
    init, c, p, cn, add, annual = one(t, r"年初预算安排([\d.]+)万元，其中中央资金([\d.]+)万元、自治区资金([\d.]+)万元、"
                                         r"县级资金([\d.]+)万元；三季度县财政追加([\d.]+)万元，调整后全年预算([\d.]+)万元")
    rel(r, "sum_mismatch", [init, c, p, cn], lambda v: v[0] == v[1] + v[2] + v[3], "年初 = 中央 + 自治区 + 县")
    rel(r, "sum_mismatch", [annual, init, add], lambda v: v[0] == v[1] + v[2], "全年 = 年初 + 追加")
    spent, pig, bird, fee, er = one(t, r"全年支出([\d.]+)万元，其中病死猪处理补助([\d.]+)万元、病死禽处理补助([\d.]+)万元、"
                                       r"收集转运服务费([\d.]+)万元（前三个季度）。预算执行率([\d.]+%)")
    rel(r, "sum_mismatch", [spent, pig, bird, fee], lambda v: v[0] == v[1] + v[2] + v[3], "支出构成")
    rel(r, "sum_mismatch", [fee, q], lambda v: v[0] == 3 * v[1], "前三季度服务费")
    rate(r, er, num(spent), num(annual), "执行率")
    (bal,) = one(t, r"年末结余([\d.]+)万元")
    rel(r, "balance_mismatch", [bal, annual, spent], lambda v: v[0] == v[1] - v[2], "结余 = 全年预算 - 执行")
    tb = table_with(t, "年初预算数")
    hdr, rows = funds_table(r, tb, [("年度资金总额", ["当年财政拨款", "上年结转资金"])],
                            ["年初预算数", "全年预算数", "全年执行数"], [("执行率", "全年执行数", "全年预算数")],
                            score_col=("得分", "执行率", 10))
    same(r, rows["年度资金总额"][col(hdr, "年初预算数")], init, "年初 text/table")
    same(r, rows["年度资金总额"][col(hdr, "全年预算数")], annual, "全年 text/table")
    same(r, rows["年度资金总额"][col(hdr, "全年执行数")], spent, "执行 text/table")
    same(r, rows["年度资金总额"][col(hdr, "执行率")], er, "执行率 text/table")
    tgt_h, tgt_w = one(t, r"病死猪不少于([\d,]+)头、病死禽不少于(\d+)吨")
    rep, ok, cr, dup = one(t, r"申报病死猪([\d,]+)头，经镇农业站现场核查，符合补助条件的([\d,]+)头，核查通过率([\d.]+%)，其余(\d+)头")
    rate(r, cr, num(ok), num(rep), "核查通过率")
    rel(r, "sum_mismatch", [dup, rep, ok], lambda v: v[0] == v[1] - v[2], "剔除 = 申报 - 通过", money=False)
    g = one(t, r"马坡镇分别为([\d,]+)头、([\d,]+)头、([\d,]+)头、([\d,]+)头，其余10个镇共([\d,]+)头，全县合计([\d,]+)头，超出年度目标([\d,]+)头")
    rel(r, "sum_mismatch", list(g[:6]), lambda v: v[5] == sum(v[:5]), "township counts", money=False)
    rel(r, "sum_mismatch", [g[6], g[5], tgt_h], lambda v: v[0] == v[1] - v[2], "超出目标 = 合计 - 目标", money=False)
    same(r, g[5], ok, "全县合计 vs 通过核查")
    rel(r, "sum_mismatch", [pig, g[5], pp], lambda v: v[0] * 10000 == v[1] * v[2], "病死猪补助 = 头 × 元")
    (bw,) = one(t, r"病死禽处理量([\d.]+)吨")
    rel(r, "sum_mismatch", [bird, bw, wp], lambda v: v[0] * 10000 == v[1] * v[2], "病死禽补助 = 吨 × 元")
    (hrs,) = one(t, r"平均收运时间([\d.]+)小时")
    (ev,) = one(t, r"漂浮死猪事件(\d+)起，超过")
    ar, py, pr, dif = one(t, r"主动报告率([\d.]+%)，比(\d{4})年的([\d.]+%)提高([\d.]+)个百分点")
    rel(r, "sum_mismatch", [dif, ar, pr], lambda v: v[0] == v[1] - v[2], "提高百分点", money=False)
    r.check("year_mismatch", int(py) == Y - 1, "previous-year comparison")
    it = table_with(t, "一级指标")
    _, leaf, ex, total, idx = indicator_table(r, it, num(spent), num(annual))
    same(r, ex[idx[3]], rows["年度资金总额"][col(hdr, "得分")], "execution score in both tables")
    same(r, actual(leaf["病死猪无害化处理数量"], idx), g[5], "heads table/text")
    same(r, actual(leaf["病死禽无害化处理量"], idx), bw, "tonnes table/text")
    same(r, actual(leaf["接报后平均收运时间"], idx), hrs, "hours table/text")
    same(r, actual(leaf["九洲江流域漂浮死猪事件"], idx), ev, "events table/text")
    same(r, actual(leaf["养殖场户主动报告率"], idx), ar, "报告率 table/text")
    same(r, actual(leaf["病死猪处理补助标准"], idx), pp, "元/头 table/text")
    same(r, actual(leaf["病死禽处理补助标准"], idx), wp, "元/吨 table/text")
    same(r, ex[idx[2]], rows["年度资金总额"][col(hdr, "分值")], "execution weight in both tables")
    g = one(t, r"收集转运覆盖全县(\d+)个镇，无害化处理率(\d+)%；九洲江流域漂浮死猪事件不超过(\d+)起；养殖场户满意度达到(\d+)%")
    targets(r, leaf, idx, [("病死猪无害化处理数量", tgt_h), ("病死禽无害化处理量", tgt_w), ("收集转运覆盖镇数", g[0]),
                           ("病死畜禽无害化处理率", g[1]), ("九洲江流域漂浮死猪事件", g[2]), ("养殖场户满意度", g[3])])
    sc, gl = one(t, r"本项目自评综合得分([\d.]+)分，评价等级为(..)。")
    same(r, sc, total[idx[3]], "total score text/table")
    grade(r, sc, gl)


# ---------------------------------------------------------------- project E: Hubei Gucheng 2024 (department)
def proj_gucheng(t, r):
    Y = 2024
    years(r, t, Y)
    tb = table_with(t, "支出类别")
    hdr, rows = funds_table(r, tb, [("基本支出", ["人员经费", "公用经费"]), ("合计", ["基本支出", "项目支出", "上年结转资金"])],
                            ["年初预算数", "全年预算数", "全年执行数"], [("执行率", "全年执行数", "全年预算数")])
    I, A_, S_ = col(hdr, "年初预算数"), col(hdr, "全年预算数"), col(hdr, "全年执行数")
    annual, inc, pay, p1add, p3add = one(t, r"全年预算([\d.]+)万元，比年初增加([\d.]+)万元，其中人员调资增加([\d.]+)万元、"
                                           r"处理补助追加([\d.]+)万元、车辆运维追加([\d.]+)万元")
    rel(r, "sum_mismatch", [inc, pay, p1add, p3add], lambda v: v[0] == v[1] + v[2] + v[3], "调整构成")
    rel(r, "sum_mismatch", [inc, annual, rows["合计"][I]], lambda v: v[0] == v[1] - v[2], "全年 - 年初")
    same(r, annual, rows["合计"][A_], "全年预算 text/table")
    rel(r, "sum_mismatch", [pay, rows["人员经费"][A_], rows["人员经费"][I]], lambda v: v[0] == v[1] - v[2], "人员调资")
    spent, er, bal = one(t, r"全年执行([\d.]+)万元，整体预算执行率([\d.]+%)，年末结余([\d.]+)万元")
    same(r, spent, rows["合计"][S_], "执行 text/table")
    same(r, er, rows["合计"][col(hdr, "执行率")], "执行率 text/table")
    rate(r, er, num(spent), num(annual), "整体执行率")
    rel(r, "balance_mismatch", [bal, annual, spent], lambda v: v[0] == v[1] - v[2], "结余 = 全年 - 执行")
    g1 = one(t, r"全年预算([\d.]+)万元（年初([\d.]+)万元，11月追加([\d.]+)万元），执行([\d.]+)万元，执行率([\d.]+%)。"
                r"其中病死猪处理补助([\d.]+)万元（([\d,]+)头，每头(\d+)元），病死牛羊及家禽处理补助([\d.]+)万元（([\d.]+)吨，每吨([\d,]+)元）")
    b1, i1, a1, s1, r1, pig, heads, pp, oth, tons, tp = g1
    rel(r, "sum_mismatch", [b1, i1, a1], lambda v: v[0] == v[1] + v[2], "项目1 全年 = 年初 + 追加")
    same(r, a1, p1add, "处理补助追加 twice")
    rate(r, r1, num(s1), num(b1), "项目1 执行率")
    rel(r, "sum_mismatch", [s1, pig, oth], lambda v: v[0] == v[1] + v[2], "项目1 支出构成")
    rel(r, "sum_mismatch", [pig, heads, pp], lambda v: v[0] * 10000 == v[1] * v[2], "病死猪补助 = 头 × 元")
    rel(r, "sum_mismatch", [oth, tons, tp], lambda v: v[0] * 10000 == v[1] * v[2], "牛羊禽补助 = 吨 × 元")
    g2 = one(t, r"预算([\d.]+)万元，在石花镇、盛康镇、五山镇新建收集点(\d)个，中标合同总价([\d.]+)万元，按合同预留(\d+)%质保金([\d,]+)元，"
                r"实际支付([\d.]+)万元，执行率([\d.]+%)；质保金结转至(\d{4})年，节约资金([\d.]+)万元")
    b2, npts, bid, pc, ret, s2, r2_, _, saved = g2
    rel(r, "sum_mismatch", [ret, bid, pc], lambda v: v[0] == v[1] * 10000 * v[2] / 100, "质保金 = 5% × 合同价")
    rel(r, "sum_mismatch", [s2, bid, ret], lambda v: v[0] * 10000 == v[1] * 10000 - v[2], "支付 = 合同 - 质保金")
    rate(r, r2_, num(s2), num(b2), "项目2 执行率")
    rel(r, "sum_mismatch", [saved, b2, bid], lambda v: v[0] == v[1] - v[2], "节约 = 预算 - 合同")
    b3, i3, a3, s3, r3 = one(t, r"全年预算([\d.]+)万元（年初([\d.]+)万元，追加([\d.]+)万元），执行([\d.]+)万元，执行率([\d.]+%)")
    rel(r, "sum_mismatch", [b3, i3, a3], lambda v: v[0] == v[1] + v[2], "项目3 全年 = 年初 + 追加")
    same(r, a3, p3add, "车辆运维追加 twice")
    rate(r, r3, num(s3), num(b3), "项目3 执行率")
    proj = rows["项目支出"]
    rel(r, "sum_mismatch", [proj[A_], b1, b2, b3], lambda v: v[0] == v[1] + v[2] + v[3], "项目支出全年 = 三个项目")
    rel(r, "sum_mismatch", [proj[S_], s1, s2, s3], lambda v: v[0] == v[1] + v[2] + v[3], "项目支出执行 = 三个项目")
    rel(r, "sum_mismatch", [proj[I], i1, b2, i3], lambda v: v[0] == v[1] + v[2] + v[3], "项目支出年初 = 三个项目")
    (heads2,) = one(t, r"全年收集处理病死猪([\d,]+)头")
    g = one(t, r"庙滩镇分别为([\d,]+)头、([\d,]+)头、([\d,]+)头、([\d,]+)头，其余6个乡镇共计([\d,]+)头")
    rel(r, "sum_mismatch", [heads2] + list(g), lambda v: v[0] == sum(v[1:]), "township counts", money=False)
    same(r, heads2, heads, "收集头数 vs 补助头数")
    (tons2,) = one(t, r"处理病死牛羊及家禽([\d.]+)吨")
    same(r, tons2, tons, "吨数 twice")
    (avg,) = one(t, r"单个收集点平均中标价([\d.]+)万元")
    r.check("average_mismatch", near(avg, num(bid) / num(npts)), "average bid per point")
    n, k, tr = one(t, r"全年分(\d+)批次兑付处理补助，按季度按时兑付(\d+)批次，及时率([\d.]+%)")
    rate(r, tr, num(k), num(n), "及时率")
    n, k, cr = one(t, r"全县(\d+)家规模养殖场中(\d+)家已纳入统一收集，覆盖率([\d.]+%)")
    rate(r, cr, num(k), num(n), "覆盖率")
    (comp,) = one(t, r"受理乱扔乱弃病死畜禽投诉(\d+)起")
    (sat,) = one(t, r"满意度([\d.]+%)")
    s_1, s_2, s_3, av = one(t, r"自评得分分别为([\d.]+)分、([\d.]+)分和([\d.]+)分，平均([\d.]+)分")
    r.check("average_mismatch", near(av, (num(s_1) + num(s_2) + num(s_3)) / 3), "average of project scores")
    for s in (s_1, s_2, s_3):
        r.check("score_exceeds_weight", Decimal(0) <= num(s) <= 100, f"project score {s} out of 100")
    w_exec, w_rest = one(t, r"预算执行率指标(\d+)分，按执行率×\d+计分；产出、效益、满意度指标共(\d+)分")
    rel(r, "weight_sum_mismatch", ["100", w_exec, w_rest], lambda v: v[0] == v[1] + v[2], "20 + 80 = 100", money=False)
    it = table_with(t, "一级指标")
    _, leaf, ex, total, idx = indicator_table(r, it, num(spent), num(annual))
    same(r, ex[idx[2]], w_exec, "execution weight text/table")
    rel(r, "weight_sum_mismatch", [w_rest] + [row[idx[2]] for row in it[1:] if row[1] == "小计"],
        lambda v: v[0] == sum(v[1:]), "产出 + 效益 + 满意度 weights", money=False)
    same(r, ex[idx[1]], er, "执行率 text/table")
    same(r, actual(leaf["病死猪收集处理量"], idx), heads2, "heads table/text")
    same(r, actual(leaf["病死牛羊及家禽处理量"], idx), tons2, "tonnes table/text")
    same(r, actual(leaf["新建乡镇收集点"], idx), npts, "收集点 table/text")
    same(r, actual(leaf["处理补助按季兑付及时率"], idx), tr, "及时率 table/text")
    same(r, actual(leaf["单个收集点建设成本"], idx), avg, "单个收集点成本 table/text")
    same(r, actual(leaf["规模养殖场收集覆盖率"], idx), cr, "覆盖率 table/text")
    same(r, actual(leaf["乱扔乱弃病死畜禽投诉"], idx), comp, "投诉 table/text")
    same(r, actual(leaf["养殖场户满意度"], idx), sat, "满意度 table/text")
    sc, gl = one(t, r"部门整体支出绩效自评得分([\d.]+)分，等级为“(.)”")
    same(r, sc, total[idx[3]], "total score text/table")
    grade(r, sc, gl)


PROJECTS = {
    "he-xinle-wuhaihua-2019": proj_xinle,
    "jx-xingan-shoujitixi-2021": proj_xingan,
    "ha-jiaxian-wuhaihua-2023": proj_jiaxian,
    "gx-luchuan-wuhaihua-2020": proj_luchuan,
    "hb-gucheng-wuhaihua-bumen-2024": proj_gucheng,
}


def run(pid, text):
    r = Result()
    try:
        PROJECTS[pid](text, r)
    except (ParseError, KeyError, ValueError, ArithmeticError) as e:
        r.fails.append(("parse", f"{type(e).__name__}: {e}"))
    return r


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ disagree")
    counts = {}
    clean_texts = {}
    for lab in labels:
        if lab["clean"]:
            clean_texts[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for pid, text in clean_texts.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f"{pid}: clean draft has {n} characters")
        r = run(pid, text)
        if r.fails:
            problems.append(f"{pid}-clean: " + "; ".join(f"{c}: {m}" for c, m in r.fails))
        else:
            print(f"{pid}-clean: all checks pass")
    for lab in labels:
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            continue
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = clean_texts[lab["source"]]
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        e = lab["expected"][0]
        code, value = e["code"], e["value"]
        counts[code] = counts.get(code, 0) + 1
        if code not in CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {code}/{e['severity']}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{lab['case']}: value {value!r} occurs {len(occ)} times in the case")
        if value in clean:
            problems.append(f"{lab['case']}: value {value!r} also in the clean draft")
        p, q = diff_region(clean, text)
        if q <= p:
            problems.append(f"{lab['case']}: identical to clean draft")
        if q - p > 80:
            problems.append(f"{lab['case']}: changed region too long ({q - p} chars)")
        if not any(o < q and o + len(value) > p for o in occ):
            problems.append(f"{lab['case']}: changed region [{p},{q}) does not overlap the value")
        r = run(lab["source"], text)
        got = r.codes(errors_only=True)
        if got != {code}:
            problems.append(f"{lab['case']}: expected {{{code}}}, checks fail with {sorted(got)}: "
                            + "; ".join(f"{c}: {m}" for c, m in r.fails))
        else:
            extra = sorted(c for c, _ in r.fails if c in WARNINGS)
            note = f" (+ warnings {extra})" if extra else ""
            old = clean[p:q + len(clean) - len(text)].replace("\n", "\\n")
            print(f"{lab['case']}: {code}: {old!r} -> {text[p:q].replace(chr(10), chr(92) + 'n')!r}{note}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False, sort_keys=True))
    if problems:
        print("\nPROBLEMS:")
        for pr in problems:
            print(" -", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
