#!/usr/bin/env python3
"""Verify this set: labels, diffs, code counts, and the arithmetic of every case.

Standard library only; numbers are compared with decimal.Decimal under the tolerance of rules.md §8
(a stated value with d decimals matches a computed value c iff |c - v| <= 0.5 * 10^-d).

For each clean draft every check must pass. For each error case the labelled code must fail and no other
error-level code may fail (warning-level checks such as score_rule_mismatch may fail).
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
EPS = D("1e-9")
SCALES = [D("1e-4"), D("1e4"), D("1e-8"), D("1e8")]


class StructError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def N(s):
    return D(str(s).replace(",", "").strip().rstrip("%"))


def dp(s):
    s = str(s).replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -dp(s)) + EPS


def near(stated, computed):
    """stated: a string as written; computed: Decimal."""
    return abs(N(stated) - computed) <= tol(stated)


def same(a, b):
    """Two statements of one quantity agree (judged at the coarser of the two precisions)."""
    return abs(N(a) - N(b)) <= max(tol(a), tol(b))


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, severity, ok, message)

    def one(self, pat, flags=0):
        m = re.findall(pat, self.t, flags)
        if len(m) != 1:
            raise StructError(f"pattern {pat!r} matched {len(m)} times")
        return m[0]

    def chk(self, code, ok, msg, sev="error"):
        self.res.append((code, sev, bool(ok), msg))

    # identities --------------------------------------------------------
    def total(self, label, total, parts, code="sum_mismatch"):
        """total = Σ parts (amounts). A break mended by rescaling one amount by 10^±4/8 is unit_mismatch."""
        vals = [N(total)] + [N(p) for p in parts]
        if abs(vals[0] - sum(vals[1:])) <= tol(total):
            self.chk(code, True, label)
            return
        for i in range(len(vals)):
            for f in SCALES:
                v = list(vals)
                v[i] = v[i] * f
                if abs(v[0] - sum(v[1:])) <= tol(total):
                    self.chk("unit_mismatch", False, f"{label}: amount {[total] + list(parts)} #{i} off by {f}")
                    return
        self.chk(code, False, f"{label}: {total} != {' + '.join(parts)} = {sum(vals[1:])}")

    def diff(self, label, result, a, b, code="sum_mismatch"):
        """result = a - b"""
        c = N(a) - N(b)
        self.chk(code, near(result, c), f"{label}: {a} - {b} = {c}, stated {result}")

    def product(self, label, amount_wan, count, unit_price, price_in_yuan):
        """amount (万元) = count × unit price (元 or 万元)."""
        c = N(count) * N(unit_price) / (D(10000) if price_in_yuan else D(1))
        if near(amount_wan, c):
            self.chk("sum_mismatch", True, label)
            return
        for f in SCALES:
            if near(str(N(amount_wan) * f), c) or abs(N(amount_wan) * f - c) <= tol(amount_wan):
                self.chk("unit_mismatch", False, f"{label}: {amount_wan} off by {f}")
                return
        self.chk("sum_mismatch", False, f"{label}: {count} × {unit_price} = {c}万元, stated {amount_wan}")

    def rate(self, label, stated, num, den, code="rate_mismatch", bounded=True):
        """stated % = num / den × 100; over 100% or on a zero base is implausible_rate when bounded."""
        if N(den) == 0:
            self.chk("implausible_rate", N(stated) == 0, f"{label}: rate {stated} on a zero base")
            return
        if bounded and N(stated) > 100:
            self.chk("implausible_rate", False, f"{label}: rate {stated}% above 100%")
            return
        c = N(num) / N(den) * 100
        self.chk(code, near(stated, c), f"{label}: {num}/{den} = {c:.4f}%, stated {stated}%")

    def eq(self, label, a, b, code="conflicting_values"):
        if same(a, b):
            self.chk(code, True, label)
            return
        for f in SCALES:
            if abs(N(a) * f - N(b)) <= max(tol(a), tol(b)) or abs(N(b) * f - N(a)) <= max(tol(a), tol(b)):
                self.chk("unit_mismatch", False, f"{label}: {a} vs {b} off by {f}")
                return
        self.chk(code, False, f"{label}: {a} vs {b}")

    def average(self, label, stated, items, approx=False):
        c = sum(N(x) for x in items) / len(items)
        ok = near(stated, c) or (approx and abs(N(stated) - c) <= 1 + EPS)
        self.chk("average_mismatch", ok, f"{label}: mean of {items} = {c}, stated {stated}")

    def completion(self, label, stated, actual, target):
        c = N(actual) / N(target) * 100
        self.chk("completion_mismatch", near(stated, c), f"{label}: {actual}/{target} = {c:.4f}%, stated {stated}%")

    def year_after(self, label, later, year):
        self.chk("year_mismatch", int(later) > int(year), f"{label}: {later} should be after {year}")

    def year_same(self, label, a, b):
        self.chk("year_mismatch", int(a) == int(b), f"{label}: {a} vs {b}")

    def report_date(self, year):
        y = self.one(r"^(\d{4})年\d{1,2}月\d{1,2}日$", re.M)
        self.chk("year_mismatch", int(year) <= int(y) <= int(year) + 1, f"report dated {y} for {year}")

    def grade(self, total, word):
        s = N(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        norm = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
        self.chk("grade_mismatch", norm.get(word) == band, f"total {total} -> {band}, stated {word}")


# ---------------------------------------------------------------- tables
def parse_table(text, first_cell, stop=("一级指标",)):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if "\t" in l and l.split("\t")[0] == first_cell]
    if len(idx) != 1:
        raise StructError(f"table header {first_cell!r} found {len(idx)} times")
    i = idx[0]
    hdr = lines[i].split("\t")
    rows = []
    for l in lines[i + 1:]:
        if "\t" not in l:
            break
        c = l.split("\t")
        if c[0] in stop:
            break
        rows.append(c)
    return hdr, rows


def row(rows, name, col=0):
    r = [x for x in rows if x[col] == name]
    if len(r) != 1:
        raise StructError(f"row {name!r} found {len(r)} times")
    return r[0]


def pval(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return {"kind": "date", "raw": s}
    m = re.match(r"^(≥|≤|＞|＜|>=|<=)?\s*(约)?([\d,]+(?:\.\d+)?)(.*)$", s)
    if not m:
        return {"kind": "qual", "raw": s}
    sign, approx, num, unit = m.groups()
    direction = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
    return {"kind": "num", "dir": direction, "num": num, "unit": unit.strip(), "approx": bool(approx), "raw": s}


def check_indicators(ctx, hdr, rows, text_total=None, funds=None, level_weights=None):
    """funds: (weight, score) of an execution line kept outside the indicator table (MOF funds block)."""
    def col(*names):
        for n in names:
            if n in hdr:
                return hdr.index(n)
        raise StructError(f"no column {names}")
    iN, iT, iA = col("三级指标"), col("年度指标值", "目标值"), col("实际完成值", "业绩值")
    iW, iS = col("分值", "权重"), col("得分", "指标得分")
    iC = hdr.index("完成率") if "完成率" in hdr else None
    body = [r for r in rows if r[0] not in ("合计", "总分")]
    tot = [r for r in rows if r[0] in ("合计", "总分")]
    if len(tot) != 1:
        raise StructError("no total row")
    tot = tot[0]
    ws = [N(r[iW]) for r in body]
    ss = [N(r[iS]) for r in body]
    if funds:
        ws.append(N(funds[0]))
        ss.append(N(funds[1]))
    W, S = sum(ws), sum(ss)
    # I6 weights
    ctx.chk("weight_sum_mismatch", W == N(tot[iW]) == 100, f"Σ weights {W}, total row {tot[iW]}")
    if level_weights:
        for lvl, w in level_weights.items():
            got = sum(N(r[iW]) for r in body if r[0] == lvl)
            if funds and lvl == "预算执行率":
                got += N(funds[0])
            ctx.chk("weight_sum_mismatch", got == N(w), f"level {lvl}: Σ {got}, stated {w}")
    # I7 scores
    for r in body:
        ctx.chk("score_exceeds_weight", D(0) <= N(r[iS]) <= N(r[iW]), f"{r[iN]}: score {r[iS]} / weight {r[iW]}")
    if funds:
        ctx.chk("score_exceeds_weight", D(0) <= N(funds[1]) <= N(funds[0]), f"execution score {funds}")
    ctx.chk("score_sum_mismatch", near(tot[iS], S), f"Σ scores {S}, total row {tot[iS]}")
    if text_total is not None:
        ctx.chk("score_sum_mismatch", near(text_total, S), f"Σ scores {S}, text total {text_total}")
        ctx.eq("text total vs table total", text_total, tot[iS])
    # per row: units, completion, plausibility, scoring rule (warning)
    for r in body:
        name, t, a, w, s = r[iN], pval(r[iT]), pval(r[iA]), N(r[iW]), N(r[iS])
        if t["kind"] == "date" and a["kind"] != "date":
            ctx.chk("unit_mismatch", False, f"{name}: target {t['raw']} is a date, actual {a['raw']}")
            continue
        if t["kind"] == "num" and a["kind"] == "date":
            ctx.chk("unit_mismatch", False, f"{name}: target {t['raw']}, actual a date {a['raw']}")
            continue
        if t["kind"] == "num" and a["kind"] == "num":
            if t["unit"] != a["unit"]:
                ctx.chk("unit_mismatch", False, f"{name}: units {t['unit']!r} vs {a['unit']!r}")
                continue
            ctx.chk("unit_mismatch", True, name)
            T_, A_ = N(t["num"]), N(a["num"])
            if a["unit"] == "%" and ("满意" in name or name.endswith("率")):
                ctx.chk("implausible_rate", A_ <= 100, f"{name}: {a['raw']} above 100%")
            if t["dir"] == "lte":
                comp = D(100) if A_ <= T_ else T_ / A_ * 100
                exp = w if A_ <= T_ else w * T_ / A_
            else:
                comp = A_ / T_ * 100
                exp = w * min(D(1), A_ / T_)
            if name == "预算执行率":
                # score from the stated rate (rules §8: printed or unrounded rate both accepted)
                exp = w * min(D(1), A_ / 100)
            if iC is not None:
                ctx.chk("completion_mismatch", near(r[iC], comp), f"{name}: completion {comp:.4f}, stated {r[iC]}")
            ctx.chk("score_rule_mismatch", near(r[iS], exp), f"{name}: rule score {exp:.4f}, stated {r[iS]}",
                    sev="warning")
        elif t["kind"] == "qual" and a["kind"] == "qual":
            lo, hi = (D("0.6") * w, D("0.8") * w) if "部分" in a["raw"] else (D("0.8") * w, w)
            ctx.chk("score_rule_mismatch", lo <= s <= hi, f"{name}: qualitative score {s} outside [{lo}, {hi}]",
                    sev="warning")
    return body


def actual_of(rows, name, hdr):
    iN = hdr.index("三级指标")
    iA = hdr.index("实际完成值") if "实际完成值" in hdr else hdr.index("业绩值")
    return pval(row(rows, name, iN)[iA])


def target_of(rows, name, hdr):
    iN = hdr.index("三级指标")
    iT = hdr.index("年度指标值") if "年度指标值" in hdr else hdr.index("目标值")
    return pval(row(rows, name, iN)[iT])


def check_mof_funds(ctx, hdr, rows):
    """MOF funds block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分."""
    i0, i1, i2 = hdr.index("年初预算数"), hdr.index("全年预算数"), hdr.index("全年执行数")
    iW, iR, iS = hdr.index("分值"), hdr.index("执行率"), hdr.index("得分")
    tot = row(rows, "年度资金总额")
    comps = [r for r in rows if r[0] != "年度资金总额"]
    for i in (i0, i1, i2):
        ctx.total(f"funds column {hdr[i]}", tot[i], [r[i] for r in comps])
    for r in rows:
        if r[iR].strip() in ("—", "-", ""):
            continue
        ctx.rate(f"funds {r[0]} 执行率", r[iR].rstrip("%"), r[i2], r[i1])
    rate = N(tot[iR].rstrip("%"))
    unrounded = N(tot[i2]) / N(tot[i1])
    ok = near(tot[iS], N(tot[iW]) * min(D(1), rate / 100)) or near(tot[iS], N(tot[iW]) * min(D(1), unrounded))
    ctx.chk("score_rule_mismatch", ok, f"execution score {tot[iS]}", sev="warning")
    return tot[iW], tot[iS], tot


# ================================================================= project checks
def p_fenxi(ctx):
    t = ctx
    year = t.one(r"\n(\d{4})年度基层农技推广体系改革与建设补助项目绩效自评报告")
    t.report_date(year)
    # funds table, Shanxi layout
    hdr, rows = parse_table(t.t, "项目")
    r = {x[1][:3]: x for x in rows}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        c = r[k]
        t.total(f"row {k} 小计", c[3], c[4:8])
        t.total(f"row {k} 总额", c[2], [c[3], c[8], c[9]])
    for j in range(2, 10):
        t.diff(f"(5) col {hdr[j]}", r["(5)"][j], r["(3)"][j], r["(4)"][j], code="balance_mismatch")
        for k, num in (("(6)", "(3)"), ("(7)", "(4)")):
            stated = r[k][j]
            if N(r["(2)"][j]) == 0:
                t.chk("implausible_rate", N(stated) == 0, f"{k} col {hdr[j]}: {stated} on a zero base")
            else:
                t.rate(f"{k} col {hdr[j]}", stated, r[num][j], r["(2)"][j])
    # prose funds
    init = t.one(r"年初安排预算(\d+(?:\.\d+)?)万元")
    carry = t.one(r"将2018年结转的(\d+\.\d+)万元")
    annual = t.one(r"全年预算资金调整为(\d+\.\d+)万元")
    spent = t.one(r"全年执行(\d+\.\d+)万元，具体为")
    t.eq("年初预算 text/table", init, r["(1)"][2])
    t.eq("上年结转 text/table", carry, r["(2)"][8])
    t.total("全年预算 = 年初 + 结转", annual, [init, carry])
    t.eq("全年预算 text/table", annual, r["(2)"][2])
    t.eq("执行 text/table", spent, r["(4)"][2])
    seg = t.one(r"具体为：([^。]*)。")
    t.total("spending breakdown", spent, re.findall(r"(\d+(?:\.\d+)?)万元", seg))
    households = t.one(r"共遴选农业科技示范户(\d+)户")
    t.product("示范户物化补助", t.one(r"示范户物化补助(\d+\.\d+)万元"), households,
              t.one(r"每户按(\d+)元标准"), True)
    t.product("特聘农技员补助", t.one(r"特聘农技员补助(\d+\.\d+)万元"), t.one(r"招募特聘农技员(\d+)名"),
              t.one(r"每人每年补助(\d+(?:\.\d+)?)万元"), False)
    bal = t.one(r"年末结余(\d+\.\d+)万元")
    t.diff("结余 = 全年预算 − 执行", bal, annual, spent, code="balance_mismatch")
    t.eq("结余 text/table", bal, r["(5)"][2])
    t.year_after("结转", t.one(r"已按规定结转至(\d{4})年"), year)
    rate_txt = t.one(r"全年预算执行率(\d+\.\d+)%")
    t.rate("执行率 text", rate_txt, spent, annual)
    t.eq("执行率 text/table", rate_txt, r["(7)"][2])
    # indicator table (附件1)
    ih, irows = parse_table(t.t, "一级指标", stop=())
    total_txt = t.one(r"自评总得分(\d+(?:\.\d+)?)分")
    check_indicators(t, ih, irows, text_total=total_txt)
    t.grade(total_txt, t.one(r"属于\"(\S+?)\""))
    t.eq("执行率 附件1/funds", actual_of(irows, "预算执行率", ih)["num"], r["(7)"][2])
    target_hh = t.one(r"遴选农业科技示范户不少于(\d+)户")
    t.diff("示范户 多于任务", t.one(r"比年度任务多(\d+)户"), households, target_hh)
    t.eq("示范户 text/table", households, actual_of(irows, "遴选农业科技示范户", ih)["num"])
    t.eq("示范户目标 text/table", target_hh, target_of(irows, "遴选农业科技示范户", ih)["num"])
    trained = t.one(r"全年培训基层农技人员(\d+)人")
    t.total("培训 县+乡", trained, [t.one(r"其中县级农技人员(\d+)人"), t.one(r"乡镇农技人员(\d+)人")])
    t.eq("培训 text/table", trained, actual_of(irows, "培训基层农技人员", ih)["num"])
    areas, avg = t.one(r"面积分别为(.*?)，平均每个基地(\d+(?:\.\d+)?)亩")
    items = re.findall(r"(\d+)亩", areas)
    t.average("基地平均面积", avg, items)
    t.eq("基地个数 text/table", str(len(items)), actual_of(irows, "建设农业科技示范基地", ih)["num"])
    t.eq("主推技术到位率 text/table", t.one(r"主推技术到位率为(\d+(?:\.\d+)?)%"),
         actual_of(irows, "主推技术到位率", ih)["num"])
    y1, y0 = t.one(r"示范户玉米平均亩产(\d+)公斤"), t.one(r"非示范户（(\d+)公斤）")
    inc, pct = t.one(r"亩增(\d+)公斤，增幅(\d+\.\d+)%")
    t.diff("亩增", inc, y1, y0)
    t.rate("增幅", pct, inc, y0, bounded=False)
    t.eq("增幅 text/table", pct, actual_of(irows, "示范户主要作物亩均增产率", ih)["num"])
    iN, iW, iS = ih.index("三级指标"), ih.index("权重"), ih.index("指标得分")
    soc = row(irows, "基层农技人员服务能力", iN)
    t.diff("社会效益 扣分", t.one(r"此项扣(\d+)分"), soc[iW], soc[iS], code="score_sum_mismatch")
    t.rate("满意度 survey/table", actual_of(irows, "示范户满意度", ih)["num"],
           t.one(r"表示满意的有(\d+)户"), t.one(r"抽样调查示范户(\d+)户"))


def p_lankao(ctx):
    t = ctx
    year = t.one(r"^兰考县农业农村局(\d{4})年度")
    t.year_same("自评表年度", t.one(r"自评表（(\d{4})年度）"), year)
    a1, a2, grant = t.one(r"2020年12月提前下达(\d+)万元"), t.one(r"2021年7月下达(\d+)万元"), t.one(r"合计(\d+)万元")
    t.total("中央资金两批", grant, [a1, a2])
    carry = t.one(r"另有2020年结转资金(\d+\.\d+)万元")
    t.eq("结转全部支出", t.one(r"(\d+\.\d+)万元全部支出"), carry)
    annual, spent, rate_all = t.one(r"全年预算(\d+\.\d+)万元，执行(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    t.total("全年预算 = 中央 + 结转", annual, [grant, carry])
    t.rate("执行率", rate_all, spent, annual)
    c_spent, c_rate = t.one(r"中央当年资金执行(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    t.rate("中央当年资金执行率", c_rate, c_spent, grant)
    t.total("执行 = 中央 + 结转", spent, [c_spent, carry])
    t.diff("结余", t.one(r"项目年末结余(\d+\.\d+)万元"), annual, spent, code="balance_mismatch")
    t.year_after("结转", t.one(r"已按规定结转至(\d{4})年"), year)
    seg = t.one(r"全年支出中，(.*?)。物化补助")
    t.total("spending breakdown", spent, re.findall(r"(?:补助|培训|建设|经费)(\d+\.\d+)万元", seg))
    amt, n, p = t.one(r"示范户物化补助(\d+\.\d+)万元（(\d+)户，每户(\d+)元）")
    t.product("示范户物化补助", amt, n, p, True)
    hh_spent = n
    amt, n, p = t.one(r"特聘农技员补助(\d+\.\d+)万元（(\d+)人，每人每年(\d+)万元）")
    t.product("特聘农技员补助", amt, n, p, False)
    amt, n, p = t.one(r"示范展示基地建设(\d+\.\d+)万元（(\d+)个，每个(\d+)万元）")
    t.product("示范基地", amt, n, p, False)
    # funds block + indicators
    fh, frows = parse_table(t.t, "项目")
    fw, fs, ftot = check_mof_funds(t, fh, frows)
    t.eq("全年预算 text/table", annual, ftot[fh.index("全年预算数")])
    t.eq("执行 text/table", spent, ftot[fh.index("全年执行数")])
    t.eq("执行率 text/table", rate_all, ftot[fh.index("执行率")].rstrip("%"))
    t.eq("结转 text/table", carry, row(frows, "上年结转资金")[fh.index("全年预算数")])
    ih, irows = parse_table(t.t, "一级指标", stop=())
    total_txt = t.one(r"本项目自评得分(\d+\.\d+)分")
    check_indicators(t, ih, irows, text_total=total_txt, funds=(fw, fs))
    t.grade(total_txt, t.one(r"评价等级为\"(\S+?)\""))
    hh, tr, c1, c2 = t.one(r"遴选示范户(\d+)户、培训基层农技人员(\d+)人，分别完成目标任务的(\d+)%和(\d+)%")
    hh_t, tr_t = t.one(r"遴选示范户不少于(\d+)户"), t.one(r"培训基层农技人员不少于(\d+)人")
    t.completion("示范户", c1, hh, hh_t)
    t.completion("培训", c2, tr, tr_t)
    t.eq("示范户 text/spending", hh, hh_spent)
    t.eq("示范户 text/table", hh, actual_of(irows, "遴选农业科技示范户", ih)["num"])
    t.eq("培训 text/table", tr, actual_of(irows, "培训基层农技人员", ih)["num"])
    t.total("培训 县+乡", tr, list(t.one(r"县级农技人员(\d+)人、乡镇农技人员(\d+)人")))
    nb, seg2, avg = t.one(r"(\d+)个示范展示基地分别展示小麦、花生、红薯新品种(.*?)，平均每个基地展示(\d+)个")
    items = re.findall(r"(\d+)个", seg2)
    t.average("基地平均展示品种", avg, items)
    t.eq("基地个数", str(len(items)), nb)
    t.eq("基地 text/table", nb, actual_of(irows, "建设农业科技示范展示基地", ih)["num"])
    rec, left = t.one(r"招募特聘农技员(\d+)名，其中(\d+)人于8月")
    on = t.one(r"实际在岗(\d+)人")
    t.diff("特聘在岗", on, rec, left)
    t.eq("特聘 text/table", on, actual_of(irows, "招募特聘农技员", ih)["num"])
    t.eq("主推技术 text/table", t.one(r"主推技术到位率为(\d+)%"), actual_of(irows, "主推技术到位率", ih)["num"])
    y1, y0 = t.one(r"示范户小麦平均亩产(\d+)公斤"), t.one(r"全县平均亩产（(\d+)公斤）")
    inc, pct = t.one(r"增加(\d+)公斤，增幅(\d+\.\d+)%")
    t.diff("亩增", inc, y1, y0)
    t.rate("增幅", pct, inc, y0, bounded=False)
    t.eq("亩增 text/table", inc, actual_of(irows, "示范户小麦亩均增产", ih)["num"])
    sent, back, sat, srate = t.one(r"发放问卷(\d+)份，回收(\d+)份，其中满意(\d+)份，满意度(\d+\.\d+)%")
    t.rate("回收率", str(min(D(100), N(back) / N(sent) * 100)), back, sent)
    t.rate("满意度", srate, sat, back)
    t.eq("满意度 text/table", srate, actual_of(irows, "示范户满意度", ih)["num"])


def p_dangtu(ctx):
    t = ctx
    year = t.one(r"^当涂县(\d{4})年度")
    t.report_date(year)
    budget, c, p, x = t.one(r"全年预算(\d+\.\d+)万元，其中中央财政资金(\d+)万元、省级财政资金(\d+)万元、县级配套资金(\d+)万元")
    t.total("全年预算 = 中央 + 省 + 县", budget, [c, p, x])
    sh, srows = parse_table(t.t, "资金用途")
    stot = row(srows, "合计")
    comps = [r for r in srows if r[0] != "合计"]
    for j in (1, 2):
        t.total(f"用途表 {sh[j]}", stot[j], [r[j] for r in comps])
    t.eq("预算 text/用途表", budget, stot[1])
    recv, rrate = t.one(r"实际到位(\d+\.\d+)万元，到位率(\d+)%")
    t.rate("到位率", rrate, recv, budget)
    t.year_same("截至日期", t.one(r"截至(\d{4})年12月31日"), year)
    spent, erate, bal = t.one(r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，结余(\d+\.\d+)万元")
    t.rate("执行率", erate, spent, budget)
    t.diff("结余", bal, recv, spent, code="balance_mismatch")
    t.eq("支出 text/用途表", spent, stot[2])
    t.year_after("结转", t.one(r"已按规定结转至(\d{4})年"), year)
    hh = t.one(r"遴选科技示范户(\d+)户（")
    fund, per = t.one(r"示范户培育资金(\d+\.\d+)万元全部用于发放物化补助，户均约(\d+)元")
    t.eq("示范户培育 text/用途表(预算)", fund, row(srows, "示范户培育")[1])
    t.eq("示范户培育 text/用途表(支出)", fund, row(srows, "示范户培育")[2])
    c_per = N(fund) * 10000 / N(hh)
    t.chk("average_mismatch", abs(N(per) - c_per) <= 1 + EPS, f"户均约{per}元 vs {c_per}")
    trained = t.one(r"选派县乡两级农技人员(\d+)人")
    t.total("培训 县+乡", trained, list(t.one(r"其中县级(\d+)人、乡镇(\d+)人")))
    ih, irows = parse_table(t.t, "一级指标", stop=())
    total_txt = t.one(r"自评得分(\d+\.\d+)分")
    check_indicators(t, ih, irows, text_total=total_txt)
    t.grade(total_txt, t.one(r"等级为\"(\S+?)\""))
    t.eq("执行率 text/table", erate, actual_of(irows, "预算执行率", ih)["num"])
    t.eq("示范户 text/table", hh, actual_of(irows, "遴选科技示范户", ih)["num"])
    t.eq("示范户目标 text/table", t.one(r"遴选科技示范户(\d+)户以上"), target_of(irows, "遴选科技示范户", ih)["num"])
    t.eq("培训 text/table", trained, actual_of(irows, "培训基层农技人员", ih)["num"])
    t.eq("培训目标 text/table", t.one(r"培训基层农技人员(\d+)人以上"), target_of(irows, "培训基层农技人员", ih)["num"])
    t.eq("基地 text/table", t.one(r"等农业科技示范基地(\d+)个"), actual_of(irows, "建设农业科技示范基地", ih)["num"])
    t.eq("主推技术 text/table", t.one(r"等主推技术(\d+)项"), actual_of(irows, "发布主推技术", ih)["num"])
    t.eq("主推技术目标 text/table", t.one(r"遴选发布主推技术(\d+)项以上"), target_of(irows, "发布主推技术", ih)["num"])
    t.eq("户均补助 text/table", per, actual_of(irows, "示范户户均物化补助", ih)["num"])
    y1, y0 = t.one(r"示范户水稻平均亩产(\d+)公斤"), t.one(r"非示范户（(\d+)公斤）")
    inc, pct = t.one(r"亩增(\d+)公斤，增幅(\d+\.\d+)%")
    t.diff("亩增", inc, y1, y0)
    t.rate("增幅", pct, inc, y0, bounded=False)
    t.eq("增幅 text/table", pct, actual_of(irows, "示范户水稻亩均增产率", ih)["num"])
    t.eq("化肥减量 text/table", t.one(r"比上年减少(\d+\.\d+)%"), actual_of(irows, "示范户化肥亩均用量减少", ih)["num"])
    t.eq("满意度目标 text/table", t.one(r"示范户满意度(\d+)%以上"), target_of(irows, "示范户满意度", ih)["num"])


def p_yanshou(ctx):
    t = ctx
    year = t.one(r"\n(\d{4})年基层农技推广体系改革与建设补助项目绩效自评报告")
    t.report_date(year)
    t.year_same("自评表年度", t.one(r"评价年度\t(\d{4})年度"), year)
    grant = t.one(r"下达我县项目资金(\d+)万元")
    adv = t.one(r"(\d{4})年12月提前下达(\d+)万元")
    t.chk("year_mismatch", int(adv[0]) == int(year) - 1, f"advance in December {adv[0]}")
    second = t.one(r"\d{4}年6月下达(\d+)万元")
    t.total("两批下达", grant, [adv[1], second])
    init = t.one(r"按提前下达数(\d+)万元编列")
    t.eq("年初预算 = 提前下达", init, adv[1])
    annual = t.one(r"第二批资金下达后调整为(\d+)万元")
    t.eq("全年预算 = 下达", annual, grant)
    spent = t.one(r"全年支出(\d+\.\d+)万元，占全年预算的八成以上")
    t.chk("rate_mismatch", N(spent) / N(annual) >= D("0.8"), "八成以上")
    seg = t.one(r"包括：(.*?)。未支出")
    t.total("spending breakdown", spent, re.findall(r"(?:补助|培训|建设|经费)(\d+(?:\.\d+)?)万元", seg))
    amt, n, p = t.one(r"示范户物化补助(\d+\.\d+)万元（(\d+)户，每户(\d+)元）")
    t.product("示范户物化补助", amt, n, p, True)
    hh_paid = n
    amt, n, p = t.one(r"特聘农技员服务补助(\d+\.\d+)万元（(\d+)人，每人每年(\d+\.\d+)万元）")
    t.product("特聘农技员补助", amt, n, p, False)
    amt, nb, p = t.one(r"示范基地建设(\d+\.\d+)万元（(\d+)个，每个(\d+\.\d+)万元）")
    t.product("示范基地", amt, nb, p, False)
    bal, cy = t.one(r"未支出的(\d+\.\d+)万元结转至(\d{4})年")
    t.diff("结转 = 预算 − 执行", bal, annual, spent, code="balance_mismatch")
    t.year_after("结转", cy, year)
    fh, frows = parse_table(t.t, "资金（万元）")
    fw, fs, ftot = check_mof_funds(t, fh, frows)
    t.eq("年初 text/table", init, ftot[fh.index("年初预算数")])
    t.eq("全年 text/table", annual, ftot[fh.index("全年预算数")])
    t.eq("执行 text/table", spent, ftot[fh.index("全年执行数")])
    ih, irows = parse_table(t.t, "一级指标", stop=())
    total_txt = t.one(r"本项目\d{4}年度自评得分(\d+\.\d+)分")
    check_indicators(t, ih, irows, text_total=total_txt, funds=(fw, fs))
    t.grade(total_txt, t.one(r"评价等级为(\S)。"))
    hh, sp, c1, c2 = t.one(r"遴选示范户(\d+)户（2022年为\d+户）、招募特聘农技员(\d+)人，分别为计划数的(\d+(?:\.\d+)?)%和(\d+(?:\.\d+)?)%")
    hh_t, sp_t = t.one(r"遴选示范户(\d+)户以上"), t.one(r"招募特聘农技员(\d+)人，建设")
    t.completion("示范户", c1, hh, hh_t)
    t.completion("特聘农技员", c2, sp, sp_t)
    t.eq("示范户 text/补助", hh, hh_paid)
    t.eq("示范户 text/table", hh, actual_of(irows, "遴选农业科技示范户", ih)["num"])
    t.eq("特聘 text/table", sp, actual_of(irows, "招募特聘农技员", ih)["num"])
    tr, short = t.one(r"全年培训基层农技人员(\d+)人次，比计划少(\d+)人次")
    t.diff("培训 少于计划", short, t.one(r"培训基层农技人员(\d+)人次以上"), tr)
    t.eq("培训 text/table", tr, actual_of(irows, "培训基层农技人员", ih)["num"])
    built, notb = t.one(r"示范基地建成(\d+)个，另(\d+)个")
    t.diff("基地未建", notb, t.one(r"建设示范基地(\d+)个"), built)
    t.eq("基地 text/补助", built, nb)
    t.eq("基地 text/table", built, actual_of(irows, "建设农业科技示范基地", ih)["num"])
    t.eq("主推技术 text/table", t.one(r"抽查示范户\d+户，主推技术到位率(\d+)%"), actual_of(irows, "主推技术到位率", ih)["num"])
    y1, y0, inc, pct = t.one(r"示范户水稻平均亩产(\d+)公斤，比全县平均亩产（(\d+)公斤）增加(\d+)公斤，增幅(\d+\.\d+)%")
    t.diff("亩增", inc, y1, y0)
    t.rate("增幅", pct, inc, y0, bounded=False)
    t.eq("亩增 text/table", inc, actual_of(irows, "示范户水稻亩均增产", ih)["num"])
    t.eq("带动农户 text/table", t.one(r"辐射带动周边农户约(\d+\.\d+)万户"), actual_of(irows, "辐射带动周边农户", ih)["num"])
    sent, sat = t.one(r"发放示范户满意度调查问卷(\d+)份，全部收回，表示满意的(\d+)份")
    t.rate("满意度 survey/table", actual_of(irows, "示范户满意度", ih)["num"], sat, sent)


def p_lingui(ctx):
    t = ctx
    year = t.one(r"^桂林市临桂区农业农村局(\d{4})年度")
    t.report_date(year)
    t.year_same("自评表年度", t.one(r"评价年度\t(\d{4})年度"), year)
    ay, am = t.one(r"已于(\d{4})年(\d{1,2})月提前下达")
    t.chk("year_mismatch", int(ay) == int(year) or (int(ay) == int(year) - 1 and int(am) == 12), "advance date")
    c0, x0 = t.one(r"中央财政补助资金(\d+)万元"), t.one(r"区本级安排配套资金(\d+)万元")
    budget, c1, x1 = t.one(r"全年预算(\d+\.\d+)万元，其中中央资金(\d+\.\d+)万元、区级配套资金(\d+\.\d+)万元")
    t.eq("中央资金 概况/资金", c0, c1)
    t.eq("配套资金 概况/资金", x0, x1)
    t.total("全年预算 = 中央 + 区级", budget, [c1, x1])
    spent, erate = t.one(r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    t.rate("执行率", erate, spent, budget)
    cs, cr = t.one(r"中央资金支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    xs, xr = t.one(r"区级配套资金支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    t.rate("中央执行率", cr, cs, c1)
    t.rate("区级执行率", xr, xs, x1)
    t.total("支出 = 中央 + 区级", spent, [cs, xs])
    seg = t.one(r"按用途分：(.*?)。年末")
    t.total("spending breakdown", spent, re.findall(r"(?:补助|培训|建设|经费)(\d+\.\d+)万元", seg))
    amt, n, p = t.one(r"示范户物化补助(\d+\.\d+)万元（(\d+)户，每户(\d+)元）")
    t.product("示范户物化补助", amt, n, p, True)
    hh_paid = n
    trained = t.one(r"培训农技人员(\d+)人，建成")
    amt, p = t.one(r"农技人员培训(\d+\.\d+)万元（人均(\d+)元）")
    t.product("培训费", amt, trained, p, True)
    amt, nb, p = t.one(r"示范基地建设(\d+\.\d+)万元（(\d+)个，每个(\d+)万元）")
    t.product("示范基地", amt, nb, p, False)
    plan_sp, on_sp = t.one(r"特聘农技员计划招募(\d+)名，实际到岗(\d+)名")
    t.product("特聘农技员补助", t.one(r"特聘农技员补助(\d+\.\d+)万元"), on_sp, t.one(r"每人每年补助(\d+)万元"), False)
    bal, cy = t.one(r"年末未支出的(\d+\.\d+)万元已按程序结转至(\d{4})年")
    t.diff("结转 = 预算 − 支出", bal, budget, spent, code="balance_mismatch")
    t.year_after("结转", cy, year)
    seg2, avg = t.one(r"每期分别培训农技人员(.*?)，平均每期(\d+(?:\.\d+)?)人")
    items = re.findall(r"(\d+)人", seg2)
    t.average("每期平均人数", avg, items)
    t.total("各期合计 = 培训人数", trained, items)
    t.eq("期数", str(len(items)), t.one(r"分(\d+)期举办"))
    nb2, more = t.one(r"和宛田(\d+)个乡镇，比计划多建(\d+)个")
    base_t = t.one(r"建设示范基地(\d+)个以上")
    t.diff("基地多建", more, nb2, base_t)
    t.eq("基地 组织/用途", nb2, nb)
    lw = dict(zip(("预算执行率", "产出指标", "效益指标"),
                  t.one(r"项目设置预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分")))
    ih, irows = parse_table(t.t, "一级指标", stop=())
    total_txt = t.one(r"本项目自评得分(\d+(?:\.\d+)?)分")
    check_indicators(t, ih, irows, text_total=total_txt, level_weights=lw)
    t.grade(total_txt, t.one(r"等级为(\S)。"))
    t.eq("执行率 text/table", erate, actual_of(irows, "预算执行率", ih)["num"])
    hh = t.one(r"遴选示范户(\d+)户（2023年为")
    t.eq("示范户 text/补助", hh, hh_paid)
    t.eq("示范户 text/table", hh, actual_of(irows, "遴选农业科技示范户", ih)["num"])
    tr2, nb3, sp = t.one(r"培训农技人员(\d+)人，建成示范基地(\d+)个，到岗特聘农技员(\d+)名")
    t.eq("培训 text/table", tr2, actual_of(irows, "培训基层农技人员", ih)["num"])
    t.eq("基地 text/table", nb3, actual_of(irows, "建设农业科技示范基地", ih)["num"])
    t.eq("特聘 产出/组织", sp, on_sp)
    t.eq("特聘 text/table", sp, actual_of(irows, "招募特聘农技员", ih)["num"])
    t.eq("特聘目标 text/table", plan_sp, target_of(irows, "招募特聘农技员", ih)["num"])
    t.eq("主推技术 text/table", t.one(r"主推技术到位率(\d+\.\d+)%"), actual_of(irows, "主推技术到位率", ih)["num"])
    t.eq("增收 text/table", t.one(r"示范户柑橘亩均增收(\d+)元，超出"), actual_of(irows, "示范户柑橘亩均增收", ih)["num"])
    t.eq("满意度 text/table", t.one(r"示范户满意度(\d+)%。"), actual_of(irows, "示范户满意度", ih)["num"])


PROJECTS = {
    "sx-fenxi-njtg-2019": p_fenxi,
    "ha-lankao-njtg-2021": p_lankao,
    "ah-dangtu-njtg-2018": p_dangtu,
    "hl-yanshou-njtg-2023": p_yanshou,
    "gx-lingui-njtg-2024": p_lingui,
}


def run_checks(src, text):
    ctx = Ctx(text)
    PROJECTS[src](ctx)
    return ctx.res


# ================================================================= set-level checks
NUM_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # [p, ea) in a, [p, eb) in b


def expand(text, i, j):
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] == "."):
        i -= 1
    while j < len(text) and (text[j].isdigit() or text[j] == "."):
        j += 1
    return i, j


def main():
    fails = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    cleans = {}
    code_count = Counter()
    where = Counter()
    n_checks = 0
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        with open(path, encoding="utf-8") as f:
            text = f.read()
        src = rec["source"]
        if rec["clean"]:
            cleans[src] = text
            if rec["expected"]:
                fails.append(f"{rec['case']}: clean case with labels")
            if not 2800 <= len(text) <= 3400:
                fails.append(f"{rec['case']}: length {len(text)} outside 2800–3400")
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        with open(path, encoding="utf-8") as f:
            text = f.read()
        src = rec["source"]
        try:
            res = run_checks(src, text)
        except StructError as e:
            fails.append(f"{rec['case']}: structure: {e}")
            continue
        n_checks += len(res)
        failed_err = {c for (c, sev, ok, m) in res if not ok and sev == "error"}
        msgs = [f"{c}: {m}" for (c, sev, ok, m) in res if not ok and sev == "error"]
        if rec["clean"]:
            warn = [f"{c}: {m}" for (c, sev, ok, m) in res if not ok]
            if warn:
                fails.append(f"{rec['case']}: clean draft fails {warn}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            fails.append(f"{rec['case']}: expected exactly one label")
            continue
        lab = exp[0]
        code, value = lab["code"], lab["value"]
        code_count[code] += 1
        if lab["severity"] != "error" or code not in CODES13:
            fails.append(f"{rec['case']}: bad code/severity {code}/{lab['severity']}")
        if failed_err != {code}:
            fails.append(f"{rec['case']}: labelled {code}, failing error codes {sorted(failed_err)} {msgs}")
        # label value and diff
        if value not in text:
            fails.append(f"{rec['case']}: value not found")
            continue
        clean = cleans[src]
        p, ea, eb = changed_region(clean, text)
        if eb <= p and ea <= p:
            fails.append(f"{rec['case']}: identical to clean")
            continue
        # one contiguous place: rebuilding from the single region gives the error case
        if clean[:p] + text[p:eb] + clean[ea:] != text:
            fails.append(f"{rec['case']}: not a single contiguous change")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o <= p and eb <= o + len(value) for o in occ):
            fails.append(f"{rec['case']}: change [{p},{eb}) not inside label value")
        if len(text[p:eb]) > 20 or len(clean[p:ea]) > 20:
            fails.append(f"{rec['case']}: change too large")
        # a changed figure appears once in the clean draft (twice or more for conflicting_values)
        i, j = expand(clean, p, ea)
        old_tok = clean[i:j]
        nums = NUM_RE.findall(old_tok)
        if len(nums) == 1 and nums[0] == old_tok and len(re.sub(r"\D", "", old_tok)) >= 3 \
                and code != "year_mismatch":
            cnt = sum(1 for x in NUM_RE.findall(clean) if N(x) == N(old_tok))
            if code == "conflicting_values" and cnt < 2:
                fails.append(f"{rec['case']}: conflicting figure {old_tok} appears only {cnt}×")
            if code != "conflicting_values" and cnt != 1:
                fails.append(f"{rec['case']}: changed figure {old_tok} appears {cnt}× in the clean draft")
    for c in CODES13:
        if code_count[c] < 2:
            fails.append(f"code {c} used {code_count[c]}× (< 2)")
    if len(labels) != 35 or len(cleans) != 5:
        fails.append(f"{len(labels)} cases / {len(cleans)} clean drafts")
    for x in fails:
        print("FAIL", x)
    print(f"{len(labels)} cases, {n_checks} checks run; codes: " +
          ", ".join(f"{c}={code_count[c]}" for c in CODES13))
    if fails:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
