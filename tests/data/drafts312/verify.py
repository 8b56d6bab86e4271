#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels.jsonl: 35 cases, every label value occurs in its case, every code of errors.md §A (except the
   figures-file code figure_mismatch and the warning empty_problems) is used at least twice.
2. Every error case differs from its clean draft in one contiguous place that overlaps the label value; the
   changed figure occurs only once in the clean draft (conflicting_values: at least twice; documented
   exceptions for weight cells and year numbers, see build.py `shared`).
3. The arithmetic of every draft is redone from the text itself (figures are read from the case with regular
   expressions and table parsers, nothing is copied in): clean drafts must pass every check (errors and
   warnings); an error case must fail the labelled code and no other error-level code.
Prints OK at the end.
"""
import importlib.util
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

N = r"(\d[\d,]*(?:\.\d+)?)"          # a number as written
P = r"(\d[\d,]*(?:\.\d+)?%)"         # a percentage as written
GR = r"(优秀|优|良好|良|中等|中|合格|一般|较差|不合格|差)"
DASHES = ("—", "-", "–", "－", "")


# ---------------------------------------------------------------- numbers and tolerance (rules.md §8)
def V(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return D(s)


def ndec(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) / (D(10) ** (ndec(s) + 1)) + D("1e-9")


def close(s, c):
    return abs(D(c) - V(s)) <= tol(s)


def is_num(s):
    return re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", s.strip()) is not None


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.res = []  # (code, severity, ok, msg)

    def add(self, code, ok, msg, sev="error"):
        self.res.append((code, sev, bool(ok), msg))

    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise AssertionError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    # I4 sums; a sum reconciled by rescaling one amount by 10^4 / 10^8 is a unit slip (errors.md #11 b)
    def sum(self, total, parts, msg):
        vals = [V(total)] + [V(p) for p in parts]
        t = tol(total)
        if abs(vals[0] - sum(vals[1:])) <= t:
            self.add("sum_mismatch", True, msg)
            return
        for i in range(len(vals)):
            for f in SCALES:
                v2 = list(vals)
                v2[i] = v2[i] * f
                if abs(v2[0] - sum(v2[1:])) <= t:
                    self.add("unit_mismatch", False, msg + f" (reconciled by rescaling term {i})")
                    return
        self.add("sum_mismatch", False, f"{msg}: {total} vs {sum(vals[1:])}")

    # amount = count x unit price (元 -> 万元)
    def product(self, amount_wan, count, price_yuan, msg):
        self.sum(amount_wan, [str(V(count) * V(price_yuan) / D(10000))], msg)

    # I1 / I2 / I5 rates
    def rate(self, rate_s, num_s, den_s, msg):
        if rate_s.strip() in DASHES:
            return
        den = V(den_s)
        if den == 0:
            self.add("implausible_rate", V(rate_s) == 0, msg + ": rate on a zero base")
            return
        c = V(num_s) / den * 100
        if close(rate_s, c):
            self.add("rate_mismatch", True, msg)
        else:
            unit = any(close(rate_s, V(num_s) * f / den * 100) or close(rate_s, V(num_s) / (den * f) * 100)
                       for f in SCALES)
            self.add("unit_mismatch" if unit else "rate_mismatch", False, f"{msg}: {rate_s} vs {q2(c)}%")
        self.pct(rate_s, msg)

    def pct(self, s, msg):
        self.add("implausible_rate", D(0) <= V(s) <= D(100), f"{msg}: {s} outside [0, 100%]")

    def bal(self, stated, a, b, msg):
        c = V(a) - V(b)
        self.add("balance_mismatch", close(stated, c), f"{msg}: {stated} vs {c}")

    def same(self, a, b, msg, code="conflicting_values"):
        self.add(code, abs(V(a) - V(b)) <= max(tol(a), tol(b)), f"{msg}: {a} vs {b}")

    def avg(self, stated, items, msg):
        c = sum(V(i) for i in items) / len(items)
        self.add("average_mismatch", close(stated, c), f"{msg}: {stated} vs {c}")

    def ratio(self, stated, num, den, msg):  # a per-unit value (amount / quantity) is an average
        c = V(num) / V(den)
        self.add("average_mismatch", close(stated, c), f"{msg}: {stated} vs {c}")

    def le(self, score, maxv, msg):
        self.add("score_exceeds_weight", D(0) <= V(score) <= V(maxv), f"{msg}: {score} > {maxv}")

    def grade(self, total, word, msg, bands=None):
        s = V(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        w = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "合格": "中", "一般": "中",
             "较差": "差", "不合格": "差", "差": "差"}[word]
        self.add("grade_mismatch", band == w, f"{msg}: {total} -> {band}, stated {word}")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)


# ---------------------------------------------------------------- indicator values (rules.md §5)
DIRS = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte", "=": "eq"}


def parse_val(s):
    s = s.strip()
    m = re.fullmatch(r"(≥|≤|=)?(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return ("date", DIRS.get(m.group(1), "eq"), date(int(m.group(2)), int(m.group(3)), int(m.group(4))), "date")
    m = re.fullmatch(r"(≥|≤|=)?(\d{4})年(\d{1,2})月底前", s)
    if m:
        y, mo = int(m.group(2)), int(m.group(3))
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return ("date", "lte", date.fromordinal(nxt.toordinal() - 1), "date")
    m = re.fullmatch(r"(≥|≤|＞|＜|=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)", s)
    if m:
        return ("num", DIRS.get(m.group(1), "eq"), V(m.group(2)), m.group(3).strip())
    return ("qual", None, None, s)


QUAL_BANDS = {"achieved": (D("0.8"), D("1.0")), "partly": (D("0.6"), D("0.8")), "not": (D("0"), D("0.6"))}


def indicator_checks(c, rows, label):
    """rows: dicts name, target, actual, comp (None: no column), w, s, band (qualitative band key or None)."""
    for r in rows:
        nm = f"{label}/{r['name']}"
        c.le(r["s"], r["w"], nm + " score <= weight")
        tk, td, tv, tu = parse_val(r["target"])
        ak, ad, av, au = parse_val(r["actual"])
        if tk == "qual" or ak == "qual":
            if r.get("band"):
                lo, hi = QUAL_BANDS[r["band"]]
                ratio = V(r["s"]) / V(r["w"])
                okb = lo <= ratio <= hi if r["band"] == "achieved" else lo <= ratio < hi
                c.add("score_rule_mismatch", okb, nm + " qualitative band", sev="warning")
            continue
        if tk != ak or tu != au:
            c.add("unit_mismatch", False, f"{nm}: target {r['target']} vs actual {r['actual']}")
            continue
        c.add("unit_mismatch", True, nm)
        w = V(r["w"])
        # completion and expected score
        comp, exp = None, None
        if tk == "date":
            if td == "lte":
                comp = D(100) if av <= tv else None
                exp = w if av <= tv else None
        elif td == "lte":
            comp = D(100) if av <= tv else tv / av * 100
            exp = w if av <= tv else w * tv / av
        elif tv == 0:
            exp = w if av <= 0 else D(0)
        else:
            comp = av / tv * 100
            exp = w * min(D(1), av / tv)
        if r.get("comp") not in (None,) and r["comp"].strip() not in DASHES and comp is not None:
            c.add("completion_mismatch", close(r["comp"], comp), f"{nm}: completion {r['comp']} vs {q2(comp)}")
        if exp is not None:
            ok = close(r["s"], exp)
            if not ok and r.get("comp") and r["comp"].strip() not in DASHES:
                ok = close(r["s"], w * min(V(r["comp"]), D(100)) / 100)
            c.add("score_rule_mismatch", ok, f"{nm}: score {r['s']} vs {q2(exp)}", sev="warning")


def weight_score_sums(c, rows, extra_w, extra_s, total_s, label, total_w="100"):
    sw = sum((V(r["w"]) for r in rows), D(0)) + sum((V(x) for x in extra_w), D(0))
    ss = sum((V(r["s"]) for r in rows), D(0)) + sum((V(x) for x in extra_s), D(0))
    c.add("weight_sum_mismatch", sw == V(total_w), f"{label}: weights add to {sw}")
    c.add("score_sum_mismatch", close(total_s, ss), f"{label}: scores add to {ss}, stated {total_s}")


def level_sum(c, rows, level, w_stated, s_stated, label):
    sel = [r for r in rows if r["l1"] == level]
    assert sel, (label, level)
    if w_stated is not None:
        c.add("weight_sum_mismatch", sum(V(r["w"]) for r in sel) == V(w_stated), f"{label}: {level} weights")
    if s_stated is not None:
        sc = sum(V(r["s"]) for r in sel)
        c.add("score_sum_mismatch", close(s_stated, sc), f"{label}: {level} scores {sc} vs {s_stated}")


# ---------------------------------------------------------------- table layouts
def split_row(line, layout):
    if layout == "bar":
        return [x.strip() for x in line.split("｜")]
    if layout == "tab":
        return [x.strip() for x in line.split("\t")]
    if layout == "md":
        s = line.strip()
        if s.startswith("|"):
            s = s[1:]
        if s.endswith("|"):
            s = s[:-1]
        return [x.strip() for x in s.split("|")]
    if layout == "pdf":
        return re.split(r"\s{2,}", line.strip())
    raise ValueError(layout)


def row_cells(c, first, layout):
    hits = [split_row(l, layout) for l in c.t.split("\n") if split_row(l, layout)[0] == first]
    if len(hits) != 1:
        raise AssertionError(f"{c.name}: row {first!r} found {len(hits)} times")
    return hits[0]


def grid_rows(c, start, stop, layout):
    """Indicator rows of a bar/tab/md table (columns l1 l2 name target actual comp w s reason)."""
    lines = c.t.split("\n")
    i0 = [i for i, l in enumerate(lines) if split_row(l, layout)[0] == start]
    assert len(i0) == 1, (c.name, start)
    rows, total = [], None
    l1 = l2 = ""
    for l in lines[i0[0] + 1:]:
        cells = split_row(l, layout)
        if cells[0] == stop:
            total = cells
            break
        if len(cells) < 8 or not is_num(cells[6]) or not is_num(cells[7]):
            continue
        l1 = cells[0] or l1
        l2 = cells[1] or l2
        rows.append(dict(l1=l1, l2=l2, name=cells[2], target=cells[3], actual=cells[4], comp=cells[5],
                         w=cells[6], s=cells[7]))
    assert total is not None, (c.name, stop)
    return rows, total


def funds_checks(c, total, parts, label, cols=(1, 2, 3), rate_col=5, exec_ok=True):
    """MOF funds block: total/parts are cell lists [label, 年初, 全年, 执行, 分值, 执行率, 得分]."""
    for k in cols:
        c.sum(total[k], [p[k] for p in parts], f"{label}: column {k}")
    c.rate(total[rate_col], total[3], total[2], f"{label}: 执行率")
    for p in parts:
        c.rate(p[rate_col], p[3], p[2], f"{label}: {p[0]} 执行率")
    if exec_ok:
        w, s = total[4], total[6]
        c.le(s, w, f"{label}: execution score")
        exp = V(w) * min(D(1), V(total[3]) / V(total[2]))
        ok = close(s, exp) or close(s, V(w) * min(V(total[rate_col]), D(100)) / 100)
        c.add("score_rule_mismatch", ok, f"{label}: execution score {s} vs {q2(exp)}", sev="warning")


# ================================================================ drafts
def spec_anji(c):
    Y = 2022
    c.year(int(c.one(r"^(\d{4})年度婚姻登记机关标准化建设项目支出绩效自评报告", re.M)) == Y, "title year")
    c.year(int(c.one(r"^（(\d{4})年度）$", re.M)) == Y, "table year")
    ini, prov, cnty = c.one(r"项目年初预算" + N + r"万元，其中省级婚姻登记机关标准化建设补助资金" + N + r"万元、县级财政资金" + N + "万元")
    c.sum(ini, [prov, cnty], "年初 = 省级 + 县级")
    add, annual, cnty2 = c.one(r"追加县级资金" + N + r"万元，调整后全年预算为" + N + r"万元，其中县级资金" + N + "万元")
    c.sum(cnty2, [cnty, add], "县级 after addition")
    c.sum(annual, [prov, cnty2], "全年 = 省级 + 县级")
    c.sum(annual, [ini, add], "全年 = 年初 + 追加")
    c.rate(c.one(r"全年预算资金已全部到位，到位率" + P), annual, annual, "到位率 (all received)")
    cy, spent, rate = c.one(r"截至(\d{4})年12月31日，项目实际支出" + N + r"万元，预算执行率" + P)
    c.year(int(cy) == Y, "截至 year")
    c.rate(rate, spent, annual, "执行率 (text)")
    c.pct(c.one(r"上年度我局婚姻登记工作经费执行率为" + P), "last year's rate")
    b1, s1, r1 = c.one(r"登记大厅改造预算" + N + r"万元，支出" + N + r"万元，执行率" + P)
    b2, add2, s2, r2 = c.one(r"颁证厅及信息化设备购置预算" + N + r"万元（含追加的" + N + r"万元），支出" + N + r"万元，执行率" + P)
    b3, s3, r3, sess, per, amt = c.one(r"婚姻家庭辅导室运行及培训预算" + N + r"万元，支出" + N + r"万元，执行率" + P +
                                      r"，其中购买婚姻家庭辅导服务(\d+)场次，按每场次" + N + r"元结算，计" + N + "万元")
    c.same(add2, add, "追加 amount")
    for r_, s_, b_, nm in ((r1, s1, b1, "大厅"), (r2, s2, b2, "颁证厅设备"), (r3, s3, b3, "辅导室")):
        c.rate(r_, s_, b_, nm + " 执行率")
    c.sum(annual, [b1, b2, b3], "item budgets")
    c.sum(spent, [s1, s2, s3], "item spending")
    c.product(amt, sess, per, "辅导服务 sessions x price")
    uns, zb, wk, fd, cy2 = c.one(r"年末未支出资金" + N + r"万元，其中改造工程质保金" + N + r"万元、设备尾款" + N +
                                 r"万元须在质保期满后支付，辅导室运行经费结余" + N + r"万元，上述资金经县财政局同意结转至(\d{4})年")
    c.bal(uns, annual, spent, "未支出 = 到位 - 支出")
    c.sum(uns, [zb, wk, fd], "未支出 parts")
    c.bal(zb, b1, s1, "大厅 unspent")
    c.bal(wk, b2, s2, "设备 unspent")
    c.bal(fd, b3, s3, "辅导室 unspent")
    c.year(int(cy2) > Y, "carry-over goes to a later year")
    area = c.one(r"完成登记大厅功能区改造" + N + "平方米")
    dev = c.one(r"档案扫描仪等设备(\d+)台（套）")
    svc = c.one(r"离婚冷静期调适等服务(\d+)场次")
    c.same(svc, sess, "辅导服务场次")
    dy, dm, dd = c.one(r"工程于(\d{4})年(\d+)月(\d+)日完工")
    pd_, early = c.one(r"比计划完工时间（9月(\d+)日）提前(\d+)天完成")
    c.year(int(dy) == Y, "completion year")
    c.add("sum_mismatch", (date(Y, 9, int(pd_)) - date(int(dy), int(dm), int(dd))).days == int(early), "days early")
    ucost, ucap = c.one(r"大厅改造单位成本为" + N + r"元/平方米，低于" + N + "元/平方米的控制标准")
    c.ratio(ucost, V(s1) * 10000, area, "unit cost = 大厅 spending / area")
    mar, mar_ly, div, div_ly = c.one(r"全年办理结婚登记([\d,]+)对（2021年为([\d,]+)对），离婚登记([\d,]+)对（2021年为([\d,]+)对）")
    cer, cov, cov_t = c.one(r"为([\d,]+)对新人举办颁证仪式，占结婚登记对数的" + P + r"，未达到" + N + "%的年度目标")
    c.rate(cov, cer, mar, "颁证覆盖率")
    e_from, e_to = c.one(r"电子化率由年初的" + N + r"%提高到" + N + "%")
    a1, a2, a3, av = c.one(r"满意度分别为" + P + "、" + P + "、" + P + r"，平均" + P)
    for x in (a1, a2, a3, av):
        c.pct(x, "scene satisfaction")
    c.avg(av, [a1, a2, a3], "average satisfaction of three scenes")
    hs = c.one(r"全年当事人满意度为" + P)
    c.pct(hs, "好差评 satisfaction")
    ex_s, pw, ps, bw, bs, mw, ms, tot, gw = c.one(
        r"项目预算执行得" + N + r"分；产出指标" + N + r"分，得" + N + r"分；效益指标" + N + r"分，得" + N +
        r"分，失分在颁证服务覆盖率；满意度指标" + N + r"分，得" + N + r"分。自评总分" + N + r"分，评价等级为" + GR)
    c.grade(tot, gw, "grade")
    rs, rmax = c.one(r"评定得分" + N + r"分（满分" + N + "分）")
    c.le(rs, rmax, "等级评定得分 <= 满分")
    # table
    T = row_cells(c, "年度资金总额", "bar")
    parts = [row_cells(c, "其中：当年财政拨款", "bar"), row_cells(c, "上年结转资金", "bar"), row_cells(c, "其他资金", "bar")]
    funds_checks(c, T, parts, "funds")
    c.same(T[1], ini, "年初 text/table")
    c.same(T[2], annual, "全年 text/table")
    c.same(T[3], spent, "执行 text/table")
    c.same(T[5], rate, "执行率 text/table")
    c.same(T[6], ex_s, "execution score text/table")
    rows, trow = grid_rows(c, "一级指标", "总分", "bar")
    indicator_checks(c, rows, "indicators")
    weight_score_sums(c, rows, [T[4]], [T[6]], trow[7], "table")
    c.add("weight_sum_mismatch", V(trow[6]) == 100, "总分 row weight")
    c.same(trow[7], tot, "total text/table")
    weight_score_sums(c, rows, [T[4]], [ex_s], tot, "text total")
    level_sum(c, rows, "产出指标", pw, ps, "text")
    level_sum(c, rows, "效益指标", bw, bs, "text")
    level_sum(c, rows, "满意度指标", mw, ms, "text")
    R = {r["name"]: r for r in rows}
    c.same(R["登记大厅功能区改造面积"]["actual"].replace("平方米", ""), area, "area text/table")
    c.same(R["购置颁证及信息化设备"]["actual"].replace("台（套）", ""), dev, "devices text/table")
    c.same(R["购买婚姻家庭辅导服务"]["actual"].replace("场次", ""), svc, "sessions text/table")
    c.same(R["大厅改造单位成本"]["actual"].replace("元/平方米", ""), ucost, "unit cost text/table")
    c.same(R["大厅改造单位成本"]["target"].lstrip("≤").replace("元/平方米", ""), ucap, "cost cap text/table")
    c.same(R["颁证服务覆盖率"]["actual"], cov, "coverage text/table")
    c.same(R["颁证服务覆盖率"]["target"].lstrip("≥"), cov_t, "coverage target text/table")
    c.same(R["婚姻登记历史档案电子化率"]["actual"], e_to, "e-archive rate text/table")
    c.same(R["登记当事人满意度"]["actual"], hs, "satisfaction text/table")
    c.pct(R["登记当事人满意度"]["actual"], "satisfaction (table)")
    g_area, g_dev, g_svc, g_e, g_sat = c.one(r"完成登记大厅约(\d+)平方米的改造，建成颁证厅和辅导室，更新设备(\d+)台（套），全年提供婚姻家庭辅导服务不少于(\d+)场次，"
                                             r"历史婚姻登记档案电子化率达到" + N + r"%以上，当事人满意度不低于" + N + "%")
    for tg, gv, nm in (("登记大厅功能区改造面积", g_area, "area"), ("购置颁证及信息化设备", g_dev, "devices"), ("购买婚姻家庭辅导服务", g_svc, "sessions"),
                       ("婚姻登记历史档案电子化率", g_e, "e-archive"), ("登记当事人满意度", g_sat, "satisfaction")):
        c.same(re.match(r"[≥≤=]?(\d[\d,]*(?:\.\d+)?)", R[tg]["target"]).group(1), gv, "goal/table target: " + nm)
    td = parse_val(R["改造工程完工时间"]["target"])[2]
    ad = parse_val(R["改造工程完工时间"]["actual"])[2]
    c.same(str(ad.toordinal()), str(date(int(dy), int(dm), int(dd)).toordinal()), "completion date text/table")
    c.same(str(td.toordinal()), str(date(Y, 9, int(pd_)).toordinal()), "planned date text/table")


def spec_luoyang(c):
    Y = 2018
    c.year(int(c.one(r"^洛阳市民政局(\d{4})年度收养登记")) == Y, "title year")
    c.year(int(c.one(r"附：(\d{4})年度项目支出绩效自评表")) == Y, "table year")
    by, annual, rcv = c.one(r"(\d{4})年市级财政安排项目预算" + N + r"万元，年度中未作调整，资金于3月底前全部拨付到位，到位率" + P)
    c.year(int(by) == Y, "budget year")
    spent, rate = c.one(r"全年实际支出" + N + r"万元，预算执行率" + P)
    c.rate(rcv, annual, annual, "到位率 (all received)")
    c.rate(rate, spent, annual, "执行率 (text)")
    b1, per, s1, r1 = c.one(r"收养评估委托费预算" + N + r"万元，按每户" + N + r"元的标准与服务机构据实结算" + N + r"万元，执行率" + P)
    b2, s2, r2 = c.one(r"寻亲公告刊登及档案整理费预算" + N + r"万元，支出" + N + r"万元，执行率" + P)
    b3, s3, r3 = c.one(r"回访及收养家庭培训费预算" + N + r"万元，支出" + N + r"万元，执行率" + P)
    for r_, s_, b_, nm in ((r1, s1, b1, "评估"), (r2, s2, b2, "公告档案"), (r3, s3, b3, "回访培训")):
        c.rate(r_, s_, b_, nm + " 执行率")
    c.sum(annual, [b1, b2, b3], "item budgets")
    c.sum(spent, [s1, s2, s3], "item spending")
    bal, uy = c.one(r"项目结余" + N + r"万元，主要是实际评估户数少于计划，评估委托费相应减少。结余资金已于(\d{4})年1月")
    c.bal(bal, annual, spent, "结余 = 到位 - 支出")
    c.year(int(uy) > Y, "surplus returned after the year")
    n_text, fit = c.one(r"全年共对(\d+)户申请家庭开展收养能力评估，其中评估结论为“适合收养”的(\d+)户")
    c.add("sum_mismatch", int(fit) <= int(n_text), "适合收养 <= assessed")
    visits, ads, arch = c.one(r"完成收养家庭回访(\d+)户次，刊登寻亲公告(\d+)期，档案整理合格率" + P)
    days, per2 = c.one(r"评估报告平均(\d+)个工作日出具，单户评估费用([\d,]+)元")
    c.same(per2, per, "per-household fee")
    cnt, cnt_ly, adopted = c.one(r"全年办理收养登记(\d+)件（2017年为(\d+)件），其中社会福利机构儿童被收养(\d+)名")
    c.add("sum_mismatch", int(adopted) <= int(cnt), "adopted children <= registrations")
    short = c.one(r"比年度目标少(\d+)名")
    sat = c.one(r"收养家庭满意度为" + P)
    c.pct(sat, "satisfaction")
    ex_s, pso, bso, mso, tot, gw = c.one(r"预算执行率得分" + N + r"分，产出指标得" + N + r"分，效益指标得" + N + r"分，满意度指标得" + N +
                                         r"分，项目自评总分" + N + r"分，评价等级为" + GR)
    c.grade(tot, gw, "grade")
    # goals in the text
    g_assess, g_visit, g_ads = c.one(r"完成不少于(\d+)户收养申请家庭.*?回访不少于(\d+)户次，刊登寻亲公告不少于(\d+)期", re.S)
    g_arch, g_adopt, g_sat = c.one(r"历史收养档案数字化不少于(\d+)卷；\n4\.福利机构儿童被收养不少于(\d+)名，收养家庭满意度" + N + "%以上")
    # table
    T = row_cells(c, "年度资金总额", "tab")
    parts = [row_cells(c, "其中：当年财政拨款", "tab"), row_cells(c, "上年结转资金", "tab"), row_cells(c, "其他资金", "tab")]
    funds_checks(c, T, parts, "funds")
    c.sum(T[2], [T[1]], "未作调整: 年初 = 全年")
    c.same(T[2], annual, "全年 text/table")
    c.same(T[3], spent, "执行 text/table")
    c.same(T[5], rate, "执行率 text/table")
    c.same(T[6], ex_s, "execution score text/table")
    rows, trow = grid_rows(c, "一级指标", "合计", "tab")
    indicator_checks(c, rows, "indicators")
    weight_score_sums(c, rows, [T[4]], [T[6]], trow[7], "table")
    c.add("weight_sum_mismatch", V(trow[6]) == 100, "合计 row weight")
    c.same(trow[7], tot, "total text/table")
    level_sum(c, rows, "产出指标", None, pso, "text")
    level_sum(c, rows, "效益指标", None, bso, "text")
    level_sum(c, rows, "满意度指标", None, mso, "text")
    R = {r["name"]: r for r in rows}
    c.same(R["收养能力评估户数"]["actual"].rstrip("户"), n_text, "assessed households text/table")
    c.product(s1, R["收养能力评估户数"]["actual"].rstrip("户"), per, "评估费 = households x fee")
    c.same(R["收养能力评估户数"]["target"].strip("≥户"), g_assess, "goal assessed")
    c.same(R["收养家庭回访"]["actual"].replace("户次", ""), visits, "visits text/table")
    c.same(R["收养家庭回访"]["target"].strip("≥").replace("户次", ""), g_visit, "goal visits")
    c.same(R["寻亲公告刊登"]["actual"].rstrip("期"), ads, "notices text/table")
    c.same(R["寻亲公告刊登"]["target"].strip("≥期"), g_ads, "goal notices")
    c.same(R["收养登记档案整理合格率"]["actual"], arch, "archive rate text/table")
    c.same(R["评估报告出具时间"]["actual"].replace("个工作日", ""), days, "days text/table")
    c.same(R["每户评估费用"]["actual"].rstrip("元"), per, "fee text/table")
    c.same(R["福利机构儿童被收养人数"]["actual"].rstrip("名"), adopted, "adopted text/table")
    c.same(R["福利机构儿童被收养人数"]["target"].strip("≥名"), g_adopt, "goal adopted")
    c.bal(short, g_adopt, adopted, "shortfall = target - adopted")
    c.same(R["历史收养档案数字化"]["target"].strip("≥卷"), g_arch, "goal archive")
    c.same(R["收养家庭满意度"]["actual"], sat, "satisfaction text/table")
    c.same(R["收养家庭满意度"]["target"].strip("≥%"), g_sat, "goal satisfaction")


def spec_nanfeng(c):
    Y = 2021
    c.year(int(c.one(r"^(\d{4})年度婚俗改革实验区建设项目绩效自评报告", re.M)) == Y, "title year")
    c.year(int(c.one(r"（(\d{4})年度）")) == Y, "table year")
    annual, county, prov, ly, carry = c.one(r"项目全年预算" + N + r"万元，其中县级财政年初安排" + N + r"万元，6月省级下达婚俗改革实验区补助资金" +
                                          N + r"万元，另有(\d{4})年结转的移风易俗宣传经费" + N + "万元")
    c.year(int(ly) == Y - 1, "carry-in from the previous year")
    c.sum(annual, [county, prov, carry], "全年 = 县级 + 省级 + 结转")
    spent, rate = c.one(r"全年实际支出" + N + r"万元，预算执行率" + P)
    c.rate(rate, spent, annual, "执行率 (text)")
    b1, s1, r1 = c.one(r"集体婚礼及颁证仪式预算" + N + r"万元，支出" + N + r"万元，执行率" + P)
    b2, p1, p2, p3, s2, r2 = c.one(r"宣传教育经费" + N + r"万元，其中宣传品制作费" + N + r"万元、公益广告投放" + N + r"万元、移风易俗文艺巡演" +
                                   N + r"万元，全年支出" + N + r"万元，执行率" + P)
    per, nv, b3 = c.one(r"红白理事会工作补助按每个村（社区）([\d,]+)元标准发放，(\d+)个村（社区）共" + N + "万元，已全部拨付")
    b4, s4, r4 = c.one(r"婚姻家庭辅导及第三方评估预算" + N + r"万元，支出" + N + r"万元，执行率" + P)
    c.sum(b2, [p1, p2, p3], "宣传教育 parts")
    c.product(b3, nv, per, "红白理事会 subsidy = villages x standard")
    for r_, s_, b_, nm in ((r1, s1, b1, "集体婚礼"), (r2, s2, b2, "宣传教育"), (r4, s4, b4, "辅导评估")):
        c.rate(r_, s_, b_, nm + " 执行率")
    c.sum(annual, [b1, b2, b3, b4], "item budgets")
    c.sum(spent, [s1, s2, b3, s4], "item spending (subsidy paid in full)")
    uns, cy = c.one(r"项目年末未使用资金" + N + r"万元，经县财政局同意结转至(\d{4})年")
    c.bal(uns, annual, spent, "未使用 = 全年 - 支出")
    c.year(int(cy) > Y, "carry-over goes to a later year")
    r4b = c.one(r"执行偏慢，执行率仅" + P)
    c.same(r4b, r4, "辅导评估 rate repeated")
    weddings, couples, shows, villages = c.one(r"举办集体婚礼、集体颁证(\d+)场，参加新人共(\d+)对；组织“新风进万家”文艺巡演(\d+)场；(\d+)个村（社区）完成村规民约修订")
    c.same(villages, nv, "villages")
    complaints = c.one(r"涉高额彩礼投诉举报达到(\d+)件")
    # township assessment (each out of 100; county bands 90+ 优秀, 80-89 良好)
    lines = c.t.split("\n")
    i0 = [i for i, l in enumerate(lines) if l.startswith("乡镇（场）")]
    assert len(i0) == 1
    for l in lines[i0[0] + 1:]:
        cells = split_row(l, "pdf")
        if len(cells) != 4:
            break
        nm, mx, sc, gw = cells
        c.le(sc, mx, f"township {nm}")
        band = "优秀" if V(sc) >= 90 else "良好" if V(sc) >= 80 else "其他"
        c.add("grade_mismatch", band == gw, f"township {nm}: {sc} {gw}")
    # funds table
    T = row_cells(c, "年度资金总额", "pdf")
    parts = [row_cells(c, "其中：当年财政拨款", "pdf"), row_cells(c, "上年结转资金", "pdf"), row_cells(c, "其他资金", "pdf")]
    funds_checks(c, T, parts, "funds")
    c.same(T[2], annual, "全年 text/table")
    c.same(T[3], spent, "执行 text/table")
    c.same(T[5], rate, "执行率 text/table")
    c.sum(parts[0][2], [county, prov], "当年财政拨款 = 县级 + 省级")
    c.same(parts[1][2], carry, "结转 text/table")
    c.sum(T[1], [county], "年初 = 县级年初安排")
    # indicator table (no completion column): read cells from the right
    i0 = [i for i, l in enumerate(lines) if l.startswith("一级指标")]
    assert len(i0) == 1
    rows, l1, trow = [], "", None
    for l in lines[i0[0] + 1:]:
        cells = split_row(l, "pdf")
        if cells[0] == "总分":
            trow = cells
            break
        if not l.startswith(" "):
            l1 = cells[0]
        if not is_num(cells[-1]):
            cells = cells[:-1]
        rows.append(dict(l1=l1, name=cells[-5], target=cells[-4], actual=cells[-3], comp=None, w=cells[-2], s=cells[-1],
                         band="achieved" if cells[-3] == "已建立" else None))
    indicator_checks(c, rows, "indicators")
    weight_score_sums(c, rows, [T[4]], [T[6]], trow[-1], "table")
    c.add("weight_sum_mismatch", V(trow[-2]) == 100, "总分 row weight")
    tot, gw = c.one(r"项目自评得分" + N + r"分，等级为" + GR)
    c.same(tot, trow[-1], "total text/table")
    c.grade(tot, gw, "grade")
    d1, d2 = c.one(r"预算执行率（扣" + N + r"分）和涉高额彩礼投诉举报件数（扣" + N + "分）")
    R = {r["name"]: r for r in rows}
    c.bal(d1, T[4], T[6], "deduction execution")
    c.bal(d2, R["涉高额彩礼投诉举报件数"]["w"], R["涉高额彩礼投诉举报件数"]["s"], "deduction complaints")
    c.sum("100", [tot, d1, d2], "100 - deductions = total")
    c.same(R["举办集体婚礼（集体颁证）"]["actual"].rstrip("场"), weddings, "weddings text/table")
    c.same(R["移风易俗文艺巡演"]["actual"].rstrip("场"), shows, "shows text/table")
    c.same(R["修订村规民约的村（社区）"]["actual"].rstrip("个"), villages, "villages text/table")
    c.same(R["涉高额彩礼投诉举报件数"]["actual"].rstrip("件"), complaints, "complaints text/table")
    c.same(R["红白理事会补助标准"]["actual"].replace("元/个", ""), per, "subsidy standard text/table")
    c.pct(R["群众满意度"]["actual"], "satisfaction")
    c.pct(R["婚事新办简办比例"]["actual"], "simple-wedding share")
    goals = c.one(r"举办集体婚礼（颁证）不少于(\d+)场；(\d+)个村（社区）全部完成村规民约修订；开展文艺巡演(\d+)场以上；村级红白理事会建成率" + N +
                  r"%；婚事新办简办比例达到" + N + r"%以上；涉高额彩礼投诉举报控制在(\d+)件以内；群众满意度" + N + "%以上")
    names = ["举办集体婚礼（集体颁证）", "修订村规民约的村（社区）", "移风易俗文艺巡演", "村级红白理事会建成率", "婚事新办简办比例", "涉高额彩礼投诉举报件数", "群众满意度"]
    for gv, nm in zip(goals, names):
        c.same(re.match(r"[≥≤=]?(\d[\d,]*(?:\.\d+)?)", R[nm]["target"]).group(1), gv, "goal/table target: " + nm)
    c.same(R["修订村规民约的村（社区）"]["target"].rstrip("个"), nv, "villages target")
    c.same(R["红白理事会补助标准"]["target"].replace("元/个", ""), per, "subsidy standard target")
    py, pm, pdd = c.one(r"红白理事会补助拨付时间\s+\d{4}年10月底前\s+(\d{4})年(\d+)月(\d+)日")
    c.year(int(py) == Y, "payment year")


def spec_shouguang(c):
    Y = 2023
    c.year(int(c.one(r"^寿光市民政局(\d{4})年度婚姻家庭辅导服务项目")) == Y, "title year")
    c.year(int(c.one(r"(\d{4})年我市新设婚姻家庭辅导服务项目")) == Y, "project year")
    ini = c.one(r"项目年初预算" + N + r"万元，全部为市级财政资金，年度内未作调整")
    ay, am, adv, rest, ry, rcv, rrate = c.one(r"(\d{4})年(\d+)月，市财政局提前下达项目资金" + N + r"万元，其余" + N + r"万元于(\d{4})年4月下达，全年到位" +
                                          N + r"万元，到位率" + P)
    c.year(int(ay) == Y or (int(ay) == Y - 1 and int(am) == 12), "advance issued in the December before")
    c.year(int(ry) == Y, "issue year")
    c.sum(rcv, [adv, rest], "到位 = advance + rest")
    c.rate(rrate, rcv, ini, "到位率")
    cy, spent, rate, bal = c.one(r"截至(\d{4})年12月31日，项目累计支出" + N + r"万元，预算执行率" + P + r"；结余" + N + "万元已由市财政收回")
    c.year(int(cy) == Y, "截至 year")
    c.rate(rate, spent, ini, "执行率")
    c.bal(bal, rcv, spent, "结余 = 到位 - 支出")
    b1, s1, r1 = c.one(r"婚姻家庭辅导中心运营（购买社工服务）预算" + N + r"万元，支出" + N + r"万元，执行率" + P)
    b2, s2, r2 = c.one(r"婚前辅导课堂及“幸福家庭讲堂”预算" + N + r"万元，支出" + N + r"万元，执行率" + P)
    b3, per, s3, r3 = c.one(r"离婚冷静期调适辅导预算" + N + r"万元，按每个个案" + N + r"元的标准补助，全年支出" + N + r"万元，执行率" + P)
    for r_, s_, b_, nm in ((r1, s1, b1, "运营"), (r2, s2, b2, "讲堂"), (r3, s3, b3, "个案")):
        c.rate(r_, s_, b_, nm + " 执行率")
    c.sum(ini, [b1, b2, b3], "item budgets")
    c.sum(spent, [s1, s2, s3], "item spending")
    # goals
    g1, g2, g3, g4, g5, g6, g7, g9 = c.one(
        r"全年提供婚前辅导不少于(\d+)人次，完成离婚冷静期调适辅导个案不少于(\d+)个，举办“幸福家庭讲堂”不少于(\d+)场；辅导服务记录规范率达到" + N +
        r"%以上；个案补助标准不超过" + N + r"元/个；接受调适辅导后撤回离婚登记申请的比例不低于" + N + r"%；服务覆盖全部(\d+)个镇（街道）；制定并印发婚姻家庭辅导服务规范；服务对象满意度不低于" +
        N + "%")
    c.product(b3, g2, per, "个案 budget = target cases x standard")
    # scoring in prose
    erate, es = c.one(r"（一）预算执行（分值10分）\n预算执行率" + P + r"，得" + N + "分")
    c.same(erate, rate, "execution rate repeated")
    ew = c.one(r"（一）预算执行（分值(\d+)分）")
    c.le(es, ew, "execution score")
    c.add("score_rule_mismatch", close(es, V(ew) * min(D(1), V(spent) / V(ini))), "execution score rule", sev="warning")
    pw, ps = c.one(r"（二）产出指标（分值(\d+)分，得" + N + "分）")
    rows = []
    t1, a1, ly1, cp1, sc1, w1 = c.one(r"婚前辅导服务人次。年度目标不少于(\d+)人次，全年实际提供(\d+)人次（2022年婚姻登记处自行开展婚前辅导([\d,]+)人次），完成率" + P +
                                      r"，得" + N + r"分（分值(\d+)分）")
    rows.append(dict(l1="产出", name="婚前辅导", target="≥" + t1 + "人次", actual=a1 + "人次", comp=cp1, w=w1, s=sc1))
    t2, a2, cp2, sc2, w2 = c.one(r"离婚冷静期调适辅导个案。年度目标不少于(\d+)个，实际完成(\d+)个，完成率" + P + r"，得" + N + r"分（分值(\d+)分）")
    rows.append(dict(l1="产出", name="个案", target="≥" + t2 + "个", actual=a2 + "个", comp=cp2, w=w2, s=sc2))
    t3, a3, cp3, sc3, w3, ppl, avg = c.one(r"“幸福家庭讲堂”场次。年度目标不少于(\d+)场，实际举办(\d+)场，完成率" + P + r"，得" + N + r"分（分值(\d+)分）。全年参与群众([\d,]+)人次，场均" +
                                            N + "人次")
    rows.append(dict(l1="产出", name="讲堂", target="≥" + t3 + "场", actual=a3 + "场", comp=cp3, w=w3, s=sc3))
    c.ratio(avg, ppl, a3, "讲堂场均人次 = attendance / sessions")
    t4, a4, cp4, sc4, w4 = c.one(r"辅导服务记录规范率。年度目标" + N + r"%以上，抽查服务记录的规范率为" + N + r"%，完成率" + P + r"，得" + N + r"分（分值(\d+)分）")
    rows.append(dict(l1="产出", name="记录规范率", target="≥" + t4 + "%", actual=a4 + "%", comp=cp4, w=w4, s=sc4))
    t5, a5, w5 = c.one(r"个案补助标准。年度目标不超过(\d+)元/个，实际按(\d+)元/个结算，得满分(\d+)分")
    rows.append(dict(l1="产出", name="补助标准", target="≤" + t5 + "元/个", actual=a5 + "元/个", comp=None, w=w5, s=w5))
    c.same(a5, per, "standard repeated")
    bw, bs = c.one(r"（三）效益指标（分值(\d+)分，得" + N + "分）")
    apply_, back, share_all, back_c, share, t6, sc6 = c.one(
        r"全年申请离婚登记([\d,]+)对，冷静期内撤回申请的(\d+)对，占" + P + r"；其中接受调适辅导后撤回申请的(\d+)对，占调适辅导个案的" + P +
        r"，高于" + N + r"%的年度目标，得" + N + "分")
    c.rate(share_all, back, apply_, "撤回申请比例 (all applications)")
    c.rate(share, back_c, a2, "撤回比例 (counselled cases)")
    c.add("sum_mismatch", int(back_c) <= int(back), "withdrawn after counselling <= all withdrawn")
    # met targets are scored at full marks, so the weight of rows 1-2 is the score the text gives
    rows.append(dict(l1="效益", name="撤回比例", target="≥" + t6 + "%", actual=share, comp=None, w=sc6, s=sc6))
    nt, sc7 = c.one(r"辅导服务覆盖全部(\d+)个镇（街道），得" + N + "分")
    rows.append(dict(l1="效益", name="覆盖", target="=" + g7 + "个", actual=nt + "个", comp=None, w=sc7, s=sc7))
    sc8, w8 = c.one(r"属于部分达成年度指标并具有一定效果，得" + N + r"分（分值(\d+)分）")
    rows.append(dict(l1="效益", name="服务规范", target="制定并印发", actual="已形成送审稿", comp=None, w=w8, s=sc8, band="partly"))
    sat, t9, sc9 = c.one(r"服务对象满意度为" + P + r"，高于" + N + r"%的目标值，得" + N + "分")
    mw = c.one(r"（四）满意度指标（分值(\d+)分）")
    rows.append(dict(l1="满意度", name="满意度", target="≥" + t9 + "%", actual=sat, comp=None, w=mw, s=sc9))
    c.pct(sat, "satisfaction")
    s_back, s_better = c.one(r"随机回访(\d+)对，其中(\d+)对表示")
    c.add("sum_mismatch", int(s_better) <= int(s_back) <= int(back), "sub-count")
    # goal values vs scoring text
    for a_, b_, nm in ((g1, t1, "婚前"), (g2, t2, "个案"), (g3, t3, "讲堂"), (g4, t4, "规范率"), (g5, t5, "标准"), (g6, t6, "撤回"),
                       (g9, t9, "满意度")):
        c.same(a_, b_, "goal repeated: " + nm)
    indicator_checks(c, rows, "indicators")
    level_sum(c, rows, "产出", pw, ps, "prose")
    level_sum(c, rows, "效益", bw, bs, "prose")
    tot, gw = c.one(r"项目自评总分" + N + r"分，评价等级为“" + GR + "”")
    weight_score_sums(c, rows, [ew], [es], tot, "prose total")
    c.add("score_sum_mismatch", close(tot, V(es) + V(ps) + V(bs) + V(sc9)), "total = execution + level scores")
    c.grade(tot, gw, "grade")
    c.year(int(c.one(r"力争(\d{4})年上半年印发实施")) > Y, "plan year")


def spec_ganzhou(c):
    Y = 2024
    c.year(int(c.one(r"婚姻登记服务中心(\d{4})年度部门整体支出绩效自评报告")) == Y, "title year")
    c.year(int(c.one(r"^(\d{4})年，中心的重点任务", re.M)) == Y, "task year")
    by, ini = c.one(r"(\d{4})年中心年初预算" + N + "万元")
    c.year(int(by) == Y, "budget year")
    iy, im, add_a, add_p, annual = c.one(r"年中，省民政厅于(\d{4})年(\d+)月下达婚姻登记档案数字化补助资金" + N + r"万元，区财政因调整工资标准追加人员经费" + N +
                                         r"万元，调整后全年预算" + N + "万元")
    c.year(int(iy) == Y or (int(iy) == Y - 1 and int(im) == 12), "mid-year addition issued in the evaluation year")
    c.sum(annual, [ini, add_a, add_p], "全年 = 年初 + additions")
    spent, rate, r_basic, r_proj = c.one(r"全年实际支出" + N + r"万元，部门预算执行率" + P + r"。其中基本支出执行率" + P + r"，项目支出执行率" + P)
    rows_f = {k: row_cells(c, k, "md") for k in ("合计", "基本支出", "其中：人员经费", "公用经费", "项目支出", "其中：婚姻登记档案数字化", "婚姻家庭辅导")}
    F = rows_f
    for k in (1, 2, 3):
        c.sum(F["合计"][k], [F["基本支出"][k], F["项目支出"][k]], f"合计 column {k}")
        c.sum(F["基本支出"][k], [F["其中：人员经费"][k], F["公用经费"][k]], f"基本支出 column {k}")
        c.sum(F["项目支出"][k], [F["其中：婚姻登记档案数字化"][k], F["婚姻家庭辅导"][k]], f"项目支出 column {k}")
    for k, r in F.items():
        c.rate(r[4], r[3], r[2], f"{k} 执行率")
    c.sum(F["其中：婚姻登记档案数字化"][2], [F["其中：婚姻登记档案数字化"][1], add_a], "档案 全年 = 年初 + 省级补助")
    c.sum(F["其中：人员经费"][2], [F["其中：人员经费"][1], add_p], "人员 全年 = 年初 + 追加")
    c.same(F["合计"][1], ini, "年初 text/table")
    c.same(F["合计"][2], annual, "全年 text/table")
    c.same(F["合计"][3], spent, "执行 text/table")
    c.same(F["合计"][4], rate, "执行率 text/table")
    c.same(F["基本支出"][4], r_basic, "基本支出执行率 text/table")
    c.same(F["项目支出"][4], r_proj, "项目支出执行率 text/table")
    uns, qb, cy, rest = c.one(r"年末未使用资金" + N + r"万元。其中，档案数字化项目质保金" + N + r"万元按合同在验收满一年后支付，已结转至(\d{4})年；公用经费和婚姻家庭辅导项目结余" +
                              N + "万元")
    c.bal(uns, annual, spent, "未使用 = 全年 - 支出")
    c.bal(qb, F["其中：婚姻登记档案数字化"][2], F["其中：婚姻登记档案数字化"][3], "质保金 = 档案 unspent")
    c.sum(rest, [str(V(F["公用经费"][2]) - V(F["公用经费"][3])), str(V(F["婚姻家庭辅导"][2]) - V(F["婚姻家庭辅导"][3]))], "结余 parts")
    c.sum(uns, [qb, rest], "未使用 = 质保金 + 结余")
    c.year(int(cy) > Y, "carry-over goes to a later year")
    reg, reg_ly, mar, div, rep, cross = c.one(r"全年办理婚姻登记业务([\d,]+)件（2023年为([\d,]+)件），其中结婚登记([\d,]+)对、离婚登记([\d,]+)对、补领婚姻登记证([\d,]+)件；办理“跨省通办”婚姻登记(\d+)件")
    c.sum(reg, [mar, div, rep], "registrations by type")
    t_ly, t_now = c.one(r"婚姻登记平均办理时长由2023年的(\d+)分钟缩短至(\d+)分钟")
    vols, qual, vy = c.one(r"数据挂接([\d,]+)卷，图像质检合格率" + P + r"，项目于(\d{4})年11月通过验收")
    c.year(int(vy) == Y, "acceptance year")
    ucost = c.one(r"单卷成本约" + N + "元")
    persons = c.one(r"服务(\d+)人次")
    slow = c.one(r"电子档案调档平均用时为(\d+)分钟")
    sat = c.one(r"全年办事群众满意度为" + P)
    c.pct(sat, "satisfaction")
    p1, p2, pg = c.one(r"婚姻登记档案数字化项目自评得分" + N + r"分，婚姻家庭辅导项目自评得分" + N + r"分，等级均为" + GR)
    for p_ in (p1, p2):
        c.le(p_, "100", "project score <= 100")
        c.grade(p_, pg, "project grade")
    # indicator table
    rows, trow = grid_rows(c, "一级指标", "总分", "md")
    indicator_checks(c, rows, "indicators")
    weight_score_sums(c, rows, [], [], trow[7], "table")
    c.add("weight_sum_mismatch", V(trow[6]) == 100, "总分 row weight")
    R = {r["name"]: r for r in rows}
    c.same(R["部门预算执行率"]["actual"], rate, "execution rate text/table")
    c.same(R["办理婚姻登记业务"]["actual"].rstrip("件"), reg, "registrations text/table")
    c.same(R["历史婚姻登记档案数字化"]["actual"].rstrip("卷"), vols, "volumes text/table")
    c.same(R["婚姻家庭辅导服务"]["actual"].replace("人次", ""), persons, "counselling text/table")
    c.same(R["档案数字化图像质检合格率"]["actual"], qual, "quality text/table")
    c.same(R["婚姻登记平均办理时长"]["actual"].replace("分钟", ""), t_now, "handling time text/table")
    c.same(R["电子档案调档平均用时"]["actual"].replace("分钟", ""), slow, "retrieval time text/table")
    c.same(R["办事群众满意度"]["actual"], sat, "satisfaction text/table")
    c.same(R["档案数字化单卷成本"]["actual"].replace("元/卷", ""), ucost, "unit cost text/table")
    c.ratio(R["档案数字化单卷成本"]["actual"].replace("元/卷", ""), V(F["其中：婚姻登记档案数字化"][3]) * 10000,
            R["历史婚姻登记档案数字化"]["actual"].rstrip("卷"), "unit cost = spending / volumes")
    c.pct(R["办事群众满意度"]["actual"], "satisfaction (table)")
    tot, gw = c.one(r"部门整体支出绩效自评得分" + N + r"分，自评等级为“" + GR + "”")
    c.same(tot, trow[7], "total text/table")
    c.grade(tot, gw, "grade")


SPECS = {
    "zj-anji-hunyindengji-2022": spec_anji,
    "ha-luoyang-shouyang-2018": spec_luoyang,
    "jx-nanfeng-hunsugaige-2021": spec_nanfeng,
    "sd-shouguang-hunyinfudao-2023": spec_shouguang,
    "gs-ganzhou-hunyindengji-2024": spec_ganzhou,
}


# ================================================================ structure checks
def load_edits():
    spec = importlib.util.spec_from_file_location("build", os.path.join(HERE, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {f"{e['src']}-e{e['n']}.txt": e for e in mod.EDITS}


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def token_count(text, tok):
    return len(re.findall(r"(?<![\d.,])" + re.escape(tok) + r"(?![\d]|\.\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    edits = load_edits()
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ disagree")
    counts = {k: 0 for k in CODES}
    texts = {l["case"]: open(os.path.join(CASES, l["case"]), encoding="utf-8").read() for l in labels}
    for l in labels:
        name, src, text = l["case"], l["source"], texts[l["case"]]
        clean = texts[f"{src}-clean.txt"]
        c = Ctx(text, name)
        try:
            SPECS[src](c)
        except AssertionError as ex:
            problems.append(f"{name}: parse failure: {ex}")
            continue
        failed_err = sorted({code for code, sev, ok, _ in c.res if not ok and sev == "error"})
        failed_warn = sorted({code for code, sev, ok, _ in c.res if not ok and sev != "error"})
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{name}: clean case with labels")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            if failed_err or failed_warn:
                msgs = [m for code, sev, ok, m in c.res if not ok]
                problems.append(f"{name}: clean draft fails {failed_err + failed_warn}: {msgs}")
            continue
        exp = l["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = exp[0]
        code = e["code"]
        if code not in CODES or e["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{e['severity']}")
        counts[code] = counts.get(code, 0) + 1
        if failed_err != [code]:
            msgs = [(cd, m) for cd, sev, ok, m in c.res if not ok and sev == "error"]
            problems.append(f"{name}: labelled {code}, failing error codes {failed_err}: {msgs}")
        # one contiguous change overlapping the label value
        p, ea, eb = changed_region(clean, text)
        if ea - p > 40 or eb - p > 40:
            problems.append(f"{name}: change region too large ({ea - p}/{eb - p} chars)")
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if not occ:
            problems.append(f"{name}: label value not found")
        elif not any(o < max(eb, p + 1) and p < o + len(e["value"]) for o in occ):
            problems.append(f"{name}: label value does not overlap the change")
        # the changed figure occurs once in the clean draft (conflicting_values: at least twice)
        a0, a1 = p, ea
        while a0 > 0 and (clean[a0 - 1].isdigit() or (clean[a0 - 1] in ".," and clean[a0 - 2].isdigit())):
            a0 -= 1
        while a1 < len(clean) and (clean[a1].isdigit() or (clean[a1] in ".," and a1 + 1 < len(clean) and clean[a1 + 1].isdigit())):
            a1 += 1
        tok = clean[a0:a1]
        ed = edits.get(name)
        if ed is None or ed["code"] != code or ed["value"] != e["value"]:
            problems.append(f"{name}: label and build.py edit disagree")
        if re.search(r"\d", tok):
            m = re.search(r"\d[\d,]*(?:\.\d+)?", tok)
            tok = m.group(0)
            k = token_count(clean, tok)
            if code == "conflicting_values":
                if k < 2:
                    problems.append(f"{name}: conflicting_values figure {tok} occurs {k} times in clean")
            elif k != 1 and not (ed and ed.get("shared")):
                problems.append(f"{name}: changed figure {tok} occurs {k} times in clean")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("codes:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
