#!/usr/bin/env python3
"""Verify drafts216.

1. labels.jsonl: one line per case file; every label value occurs in its case; clean cases have
   no expected findings, error cases exactly one; each of the 13 codes occurs at least twice.
2. Every error case differs from its clean draft in one place (one contiguous region).
3. The arithmetic of every clean draft is redone from its text (tables parsed in their own
   layout, prose figures read by pattern): rates, balances, sums, weights, scores, grade,
   completion rates, averages, units, years and figures stated twice. A clean draft must pass
   every check; each error case must fail a check of the code it is labelled with.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"-?\d+(?:\.\d+)?"


# ------------------------------------------------------------------ numbers and tolerance
def D(s):
    m = re.search(NUM, str(s).replace(",", ""))
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0))


def decs(s):
    m = re.search(NUM, str(s))
    return len(m.group(0).split(".")[1]) if m and "." in m.group(0) else 0


def ok(stated, computed):
    """rules.md §8: |computed - stated| <= half a unit of the stated last digit."""
    tol = Decimal(5) * Decimal(10) ** (-decs(stated) - 1) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # --- reading
    def one(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ValueError(f"pattern matched {len(ms)} times: {pattern}")
        return ms[0].groups()

    # --- identities
    def rate(self, num, den, stated, what, code="rate_mismatch", cap=True):
        if stated.strip() in ("—", "-", ""):
            if D(den) != 0:
                self.fail(code, f"{what}: rate missing although base {den}")
            return
        if D(den) == 0:
            if D(stated) != 0:
                self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        c = D(num) / D(den) * 100
        if not ok(stated, c):
            self.fail(code, f"{what}: {num}/{den} = {c:.4f}%, stated {stated}")
        if cap and D(stated) > 100:
            self.fail("implausible_rate", f"{what}: rate {stated} over 100%")

    def balance(self, got, spent, stated, what):
        c = D(got) - D(spent)
        if not ok(stated, c):
            self.fail("balance_mismatch", f"{what}: {got} - {spent} = {c}, stated {stated}")

    def total(self, total, parts, what, code="sum_mismatch"):
        c = sum(D(p) for p in parts)
        if ok(total, c):
            return
        for i, p in enumerate(parts):  # one part off by 10^4: a unit slip
            for f in (Decimal("0.0001"), Decimal(10000)):
                alt = c - D(p) + D(p) * f
                if ok(total, alt):
                    self.fail("unit_mismatch", f"{what}: part {p} off by a factor {f}")
                    return
        self.fail(code, f"{what}: {' + '.join(parts)} = {c}, stated {total}")

    def mean(self, stated, items, what):
        c = sum(D(i) for i in items) / len(items)
        if not ok(stated, c):
            self.fail("average_mismatch", f"{what}: mean {c:.4f}, stated {stated}")

    def same(self, a, b, what):
        if D(a) != D(b):
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def grade(self, total, g, what):
        if not g.startswith(grade_of(total)):
            self.fail("grade_mismatch", f"{what}: total {total} is {grade_of(total)}, stated {g}")

    def years(self):
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != self.year:
                self.fail("year_mismatch", f"截至{m.group(1)}年12月31日 in a {self.year} report")
        for m in re.finditer(r"结转(?:至)?(\d{4})年", self.t):
            if int(m.group(1)) <= self.year:
                self.fail("year_mismatch", f"carried over to {m.group(1)} in a {self.year} report")

    def execution(self, annual, spent, weight, rate, score, what="执行率"):
        self.rate(spent, annual, rate, what)
        r = min(D(spent) / D(annual), Decimal(1))
        r_stated = min(D(rate) / 100, Decimal(1))
        if not (ok(score, D(weight) * r) or ok(score, D(weight) * r_stated)):
            self.fail("score_rule", f"execution score {score}, expected {D(weight) * r:.4f}")

    def indicators(self, rows, exec_weight, exec_score, total_w, total_s, units_col=False):
        """rows: dicts with name, target, actual, weight, score, [completion], [unit], [dir]."""
        sw = Decimal(exec_weight) + sum(D(r["weight"]) for r in rows)
        ss = Decimal(exec_score) + sum(D(r["score"]) for r in rows)
        if sw != D(total_w) or sw != 100:
            self.fail("weight_sum_mismatch", f"weights add to {sw}, stated {total_w}")
        if not ok(total_s, ss):
            self.fail("score_sum_mismatch", f"scores add to {ss}, stated {total_s}")
        for r in rows:
            self.indicator(r, units_col)

    def indicator(self, r, units_col):
        w, s = D(r["weight"]), D(r["score"])
        name = r["name"]
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{name}: score {s} > weight {w}")
        tgt, act = r["target"], r["actual"]
        direction = r.get("dir") or ("gte" if re.search(r"≥|不低于|不少于", tgt) else
                                     "lte" if re.search(r"≤|不超过|不高于", tgt) else "eq")
        if direction in ("≥",):
            direction = "gte"
        if direction in ("≤",):
            direction = "lte"
        if direction == "定性" or not re.search(r"\d", tgt):
            if r.get("completion") not in (None, "—"):
                self.fail("completion_mismatch", f"{name}: completion on a qualitative row")
            return
        if re.search(r"\d{4}年\d+月\d+日", tgt):  # date targets
            if not re.search(r"\d{4}年\d+月\d+日", act):
                self.fail("unit_mismatch", f"{name}: date target, actual {act}")
            return
        # units: the unit written after the figure must agree
        ut = re.sub(r"[≥≤＞＜=\d.\s]", "", tgt)
        ua = re.sub(r"[≥≤＞＜=\d.\s]", "", act)
        if units_col:  # unit in its own column: the actual must be a bare number
            ut = ""
        if ut != ua:
            self.fail("unit_mismatch", f"{name}: target unit {ut!r}, actual {act!r}")
            return
        T, A = D(tgt), D(act)
        if T == 0:
            comp = None
            full = A <= 0
            exp_score = w if full else Decimal(0)
        else:
            if direction == "lte":
                comp = Decimal(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
            exp_score = w * min(comp / 100, Decimal(1))
        if not ok(r["score"], exp_score) and not (
                r.get("completion") not in (None, "—") and ok(r["score"], w * min(D(r["completion"]) / 100, Decimal(1)))):
            self.fail("score_rule", f"{name}: score {r['score']}, expected {exp_score:.4f}")
        c = r.get("completion")
        if c is not None:
            if comp is None:
                if c != "—":
                    self.fail("completion_mismatch", f"{name}: completion {c} on a zero target")
            elif not ok(c, comp):
                self.fail("completion_mismatch", f"{name}: completion {comp:.4f}%, stated {c}")


def title_year(text):
    return int(re.search(r"(\d{4})年度", text).group(1))


# ------------------------------------------------------------------ 盐亭县 (tab table)
def check_yanting(text):
    c = Checker(text, title_year(text))
    c.years()
    f = c.one(r"\n年度资金总额\t(\S+)\t(\S+)\t(\S+)\t(\S+)\t(\S+)%\t(\S+)\n")
    comps = [c.one(r"\n其中：财政资金\t(\S+)\t(\S+)\t(\S+)\t\S+\t(\S+)\t"),
             c.one(r"\n财政专户管理资金\t(\S+)\t(\S+)\t(\S+)\t\S+\t(\S+)\t"),
             c.one(r"\n单位资金\t(\S+)\t(\S+)\t(\S+)\t\S+\t(\S+)\t"),
             c.one(r"\n其他资金\t(\S+)\t(\S+)\t(\S+)\t\S+\t(\S+)\t")]
    init, annual, spent, w, rate, score = f
    c.execution(annual, spent, w, rate, score)
    for col in range(3):
        c.total(f[col], [x[col] for x in comps], f"funds column {col}")
    for x in comps:
        c.rate(x[2], x[1], x[3].rstrip("%"), "funds component rate")
    # prose money
    g = c.one(r"下达家电以旧换新补贴资金(\S+?)万元，其中中央资金(\S+?)万元、省级资金(\S+?)万元，全年预算数(\S+?)万元")
    c.total(g[0], [g[1], g[2]], "中央 + 省级")
    c.same(g[0], annual, "全年预算 (text vs table)")
    c.same(g[3], annual, "全年预算数 (text vs table)")
    b = c.one(r"第一批(\S+?)万元于8月到位，第二批(\S+?)万元于9月到位，第三批(\S+?)万元于11月到位，资金到位率(\S+?)%")
    c.total(annual, b[:3], "three batches received")
    c.rate(sum(D(x) for x in b[:3]), annual, b[3], "到位率")
    p = c.one(r"分别为(\S+?)万元、(\S+?)万元、(\S+?)万元、(\S+?)万元、(\S+?)万元。")
    c.total(spent, list(p), "five payment batches")
    e = c.one(r"累计兑付补贴资金(\S+?)万元，预算执行率(\S+?)%。结余(\S+?)万元")
    c.same(e[0], spent, "执行数 (text vs table)")
    c.rate(e[0], annual, e[1], "执行率 (text)")
    c.balance(annual, e[0], e[2], "结余")
    a = c.one(r"分别抽查门店(\d+)家、(\d+)家、(\d+)家、(\d+)家，平均每次抽查(\d+)家")
    c.mean(a[4], a[:4], "抽查门店")
    k = c.one(r"核销补贴家电(\d+)台（套），其中空调(\d+)台（套），冰箱、洗衣机(\d+)台，其他品类(\d+)台（套），空调占补贴总量的(\S+?)%，平均每台（套）补贴约(\d+)元")
    c.total(k[0], k[1:4], "品类")
    c.rate(k[1], k[0], k[4], "空调占比")
    if abs(D(spent) * 10000 / D(k[0]) - D(k[5])) > 1:
        c.fail("average_mismatch", "per-unit subsidy")
    h = c.one(r"带动全县家电销售(\S+?)万元，完成年度目标的(\S+?)%")
    # indicator table
    rows, tot = [], None
    lines = text.split("\n")
    i = next(j for j, l in enumerate(lines) if l.startswith("一级指标\t二级指标\t三级指标\t指标性质"))
    for l in lines[i + 1:]:
        cells = l.split("\t")
        if cells[0] == "总分":
            tot = (cells[7], cells[8])
            break
        rows.append({"name": cells[2], "dir": cells[3], "target": cells[4], "unit": cells[5],
                     "actual": cells[6], "weight": cells[7], "score": cells[8]})
    c.indicators(rows, w, score, tot[0], tot[1], units_col=True)
    byname = {r["name"]: r for r in rows}
    c.same(k[0], byname["补贴家电数量"]["actual"], "补贴家电数量")
    c.rate(h[0], byname["带动家电消费金额"]["target"], h[1], "带动消费完成率", code="completion_mismatch")
    c.same(h[0], byname["带动家电消费金额"]["actual"], "带动消费")
    for pat, nm in [(r"参与以旧换新的销售门店(\d+)家", "参与以旧换新销售门店数量"),
                    (r"补贴资金兑付及时率(\d+)%", "补贴资金兑付及时率"),
                    (r"；回收旧家电(\d+)台", "回收旧家电数量"),
                    (r"满意度为(\S+?)%", "消费者满意度")]:
        v = c.one(pat)
        c.same(v[0], byname[nm]["actual"], nm)
    gl = c.one(r"全年补贴家电(\d+)台（套），带动家电消费(\S+?)万元，回收旧家电(\d+)台")
    c.same(gl[0], k[0], "总体目标 补贴台数")
    c.same(gl[1], h[0], "总体目标 带动消费")
    c.same(gl[2], byname["回收旧家电数量"]["actual"], "总体目标 回收")
    s = c.one(r"本项目得分(\S+?)分，评价等级为“(.)”")
    c.same(s[0], tot[1], "总分 (text vs table)")
    c.grade(s[0], s[1], "等级")
    return c.fails


# ------------------------------------------------------------------ 东海县 (PDF, spaces)
def check_donghai(text):
    c = Checker(text, title_year(text))
    c.years()
    f = c.one(r"\n年度资金总额 (\S+) (\S+) (\S+) (\S+) (\S+)% (\S+)\n")
    comps = [c.one(r"\n其中：当年财政拨款 (\S+) (\S+) (\S+) \S+ (\S+) "),
             c.one(r"\n上年结转资金 (\S+) (\S+) (\S+) \S+ (\S+) "),
             c.one(r"\n其他资金 (\S+) (\S+) (\S+) \S+ (\S+) ")]
    init, annual, spent, w, rate, score = f
    c.execution(annual, spent, w, rate, score)
    for col in range(3):
        c.total(f[col], [x[col] for x in comps], f"funds column {col}")
    for x in comps:
        c.rate(x[2], x[1], x[3].rstrip("%"), "funds component rate")
    g = c.one(r"年初预算(\S+?)万元，其中中央财政服务业发展资金(\S+?)万元（已于(\d{4})年12月提前下达）、省级商务发展专项资金(\S+?)万元、县级配套资金(\S+?)万元")
    c.total(g[0], [g[1], g[3], g[4]], "年初预算 sources")
    if int(g[2]) != c.year - 1:
        c.fail("year_mismatch", "advance issue not in the previous December")
    c.same(g[0], init, "年初预算 (text vs table)")
    h = c.one(r"(\d{4})年结转的县域商业建设资金(\S+?)万元纳入本年预算，全年预算数调整为(\S+?)万元")
    c.total(h[2], [g[0], h[1]], "年初 + 结转 = 全年")
    c.same(h[2], annual, "全年预算 (text vs table)")
    c.same(h[1], comps[1][1], "上年结转 (text vs table)")
    e = c.one(r"项目实际支出(\S+?)万元，预算执行率(\S+?)%；结余资金(\S+?)万元")
    c.same(e[0], spent, "执行数 (text vs table)")
    c.rate(e[0], annual, e[1], "执行率 (text)")
    c.balance(annual, e[0], e[2], "结余")
    # 表1
    rows1 = re.findall(r"\n\d (\S+) (\d+)个 (\d+)个 (\S+)% (\S+)", text)
    if len(rows1) != 5:
        c.fail("parse", "表1 rows")
    for name, plan, done, comp, paid in rows1:
        c.rate(done, plan, comp, f"表1 {name}", code="completion_mismatch", cap=False)
    t1 = c.one(r"\n合计 (\S+)\n")
    c.total(t1[0], [r[4] for r in rows1], "表1 实际支付")
    c.same(t1[0], spent, "表1 合计 vs 执行数")
    u = c.one(r"每个(\S+?)万元（即(\d+)元）")
    if D(u[0]) * 10000 != D(u[1]):
        c.fail("unit_mismatch", "per-store subsidy 万元 vs 元")
    stores = [r for r in rows1 if "便民商店" in r[0]][0]
    if D(stores[2]) * D(u[0]) != D(stores[4]):
        c.fail("average_mismatch", "62 stores × 1.5万元")
    q = c.one(r"合同金额(\S+?)万元，已支付(\S+?)万元，剩余质保金(\S+?)万元")
    c.total(q[0], [q[1], q[2]], "物流中心合同")
    # conclusion counts vs 表1
    k = c.one(r"全年完成(\d+)个乡镇商贸中心改造、(\d+)个村级便民商店建设和(\d+)个县级物流配送中心设备购置，农村电商服务站点提升完成(\d+)个")
    for val, idx in zip(k, range(4)):
        c.same(val, rows1[idx][2], f"conclusion vs 表1 row {idx + 1}")
    gl = c.one(r"完成乡镇商贸中心改造(\d+)个、村级便民商店新建改造(\d+)个，农村电商服务站点提升(\d+)个")
    for val, idx in zip(gl, (0, 1, 3)):
        c.same(val, rows1[idx][2], f"总体目标 vs 表1 row {idx + 1}")
    wt = c.one(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    # indicator table
    lines = text.split("\n")
    i = next(j for j, l in enumerate(lines) if l.startswith("一级指标 二级指标 三级指标"))
    rows, tot = [], None
    blocks = {"产出指标": [], "效益指标": [], "满意度指标": []}
    cur = None
    for l in lines[i + 1:]:
        if l.startswith("总分"):
            tot = l.split()[1:3]
            break
        for b in blocks:
            if l.startswith(b):
                cur = b
        m = re.match(r"^(.*?) ?(\S+) (\S+) (" + NUM + r") (" + NUM + r")(?: (\S+))?$", l)
        if not m:
            c.fail("parse", f"row {l}")
            continue
        r = {"name": m.group(1).split()[-1], "target": m.group(2), "actual": m.group(3),
             "weight": m.group(4), "score": m.group(5)}
        rows.append(r)
        blocks[cur].append(r)
    c.indicators(rows, w, score, tot[0], tot[1])
    for b, stated in zip(blocks, wt[1:]):
        sw = sum(D(r["weight"]) for r in blocks[b])
        if sw != D(stated):
            c.fail("weight_sum_mismatch", f"{b} weights {sw}, stated {stated}")
    if D(wt[0]) != D(w):
        c.fail("weight_sum_mismatch", "execution weight")
    byname = {r["name"]: r for r in rows}
    c.same(rows1[1][2], byname["新建改造村级便民商店数量"]["actual"], "便民商店 表1 vs 自评表")
    c.same(rows1[3][2], byname["农村电商服务站点提升数量"]["actual"], "电商站点 表1 vs 自评表")
    for pat, nm in [(r"零售额同比增长(\S+?)%", "农村消费品零售额增长率"),
                    (r"新增就业岗位(\d+)个", "新增就业岗位"),
                    (r"，满意度(" + NUM + r")%。", "经营户及村民满意度")]:
        v = c.one(pat)
        c.same(v[0], byname[nm]["actual"], nm)
    s = c.one(r"本项目自评得分(\S+?)分，评价等级为“(.)”")
    c.same(s[0], tot[1], "总分 (text vs table)")
    c.grade(s[0], s[1], "等级")
    return c.fails


# ------------------------------------------------------------------ 宾县 (flattened cells)
def blocks_after(text, start_marker, end_marker=None):
    seg = text[text.index(start_marker):]
    if end_marker:
        seg = seg[:seg.index(end_marker)]
    out = []
    for blk in seg.split("\n\n"):
        cells = [l[1:] if l.startswith("\t") else l for l in blk.strip("\n").split("\n")]
        out.append([x.strip() for x in cells])
    return out


def check_binxian(text):
    c = Checker(text, title_year(text))
    c.years()
    fb = blocks_after(text, "\t项目\n\t行次", "（三）项目绩效目标")
    rows = {b[0]: b for b in fb if len(b) == 10 and b[0]}
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]
    if any(n not in rows for n in need):
        c.fail("parse", "funds table")
        return c.fails
    z = lambda v: v if v else "0"
    for n in need[:5]:
        r = [z(x) for x in rows[n]]
        c.total(r[3], r[4:8], f"{n} 小计 = 中央+省+市+县")
        c.total(r[2], [r[3], r[8], r[9]], f"{n} 总额 = 财政 + 结转 + 其他")
    for col in range(2, 10):
        got, spent, ann = (z(rows[n][col]) for n in ("实际到位资金", "全年执行资金", "全年预算资金"))
        c.balance(got, spent, z(rows["资金结余"][col]), f"结余 column {col}")
        c.rate(got, ann, z(rows["预算到位率"][col]), f"到位率 column {col}")
        c.rate(spent, ann, z(rows["预算执行率(%)"][col]), f"执行率 column {col}")
    init, annual, got, spent = (rows[n][2] for n in need[:4])
    # prose money
    p = c.one(r"年初预算(\S+?)万元，其中省级商务发展资金(\S+?)万元、县级配套资金(\S+?)万元；年中因\S+?，县级追加配套资金(\S+?)万元，全年预算资金(\S+?)万元")
    c.total(p[0], [p[1], p[2]], "年初 sources")
    c.total(p[4], [p[0], p[3]], "年初 + 追加")
    c.same(p[0], init, "年初 (text vs table)")
    c.same(p[4], annual, "全年 (text vs table)")
    c.same(p[1], rows["年初预算资金"][5], "省级 (text vs table)")
    c.same(p[2], rows["年初预算资金"][7], "县级年初 (text vs table)")
    e = c.one(r"项目实际支出(\S+?)万元，其中省级资金(\S+?)万元已全部支出，县级资金支出(\S+?)万元")
    c.total(e[0], [e[1], e[2]], "支出 省 + 县")
    c.same(e[0], spent, "执行 (text vs table)")
    c.same(e[2], rows["全年执行资金"][7], "县级执行 (text vs table)")
    m = c.one(r"支出中，宾州镇中心菜市场补助(\S+?)万元、宾西镇农贸市场(\S+?)万元、糖坊镇菜市场(\S+?)万元、宾安镇农贸市场(\S+?)万元、新甸镇菜市场(\S+?)万元，5个市场改造补助合计(\S+?)万元，平均每个市场补助(\S+?)万元；设计及监理费(\S+?)万元，检测验收费(\S+?)万元。结余(\S+?)万元")
    c.total(m[5], m[:5], "5 markets")
    c.mean(m[6], m[:5], "平均每个市场补助")
    c.total(e[0], [m[5], m[7], m[8]], "支出构成")
    c.balance(annual, e[0], m[9], "结余 (text)")
    # indicator table
    ib = blocks_after(text, "附件1")
    ind = [b for b in ib if len(b) == 9]
    head, body = ind[0], ind[1:]
    if head[0] != "一级指标":
        c.fail("parse", "indicator header")
    tot = [b for b in body if b[0] == "合计"][0]
    rows_i = []
    exec_row = None
    for b in body:
        if b[0] == "合计":
            continue
        r = {"name": b[2], "weight": b[3], "target": b[4], "actual": b[5], "completion": b[6],
             "score": b[7]}
        if b[2] == "预算执行率":
            exec_row = r
        else:
            rows_i.append(r)
    c.same(exec_row["actual"], rows["预算执行率(%)"][2], "执行率 (自评表 vs funds table)")
    c.rate(spent, annual, exec_row["completion"], "执行率完成率")
    c.execution(annual, spent, exec_row["weight"], exec_row["actual"].rstrip("%"), exec_row["score"])
    c.indicators(rows_i, exec_row["weight"], exec_row["score"], tot[3], tot[7])
    byname = {r["name"]: r for r in rows_i}
    s = c.one(r"总得分(\S+?)分，属于\"(\S\S)\"")
    c.same(s[0], tot[7], "总分 (text vs table)")
    c.grade(s[0], s[1], "等级")
    for pat, nm in [(r"改造提升面积(\d+)平方米", "改造提升面积"),
                    (r"规范经营摊位(\d+)个", "规范经营摊位数"),
                    (r"批次，合格率(" + NUM + r")%。", "市场食用农产品抽检合格率"),
                    (r"商户满意度(\d+)%", "商户满意度"),
                    (r"群众满意度(\d+)%", "群众满意度"),
                    (r"单个市场补助最高为(\d+)万元", "单个市场改造补助")]:
        v = c.one(pat)
        c.same(v[0], byname[nm]["actual"], nm)
    k = c.one(r"规范经营摊位\d+个，较计划少(\d+)个")
    c.total(byname["规范经营摊位数"]["target"], [byname["规范经营摊位数"]["actual"], k[0]], "摊位差额")
    if D(m[0]) != D(byname["单个市场改造补助"]["actual"]):
        c.fail("conflicting_values", "max market subsidy")
    return c.fails


# ------------------------------------------------------------------ 二连浩特 (｜ table)
def check_erlian(text):
    c = Checker(text, title_year(text))
    c.years()
    fr = c.one(r"\n市本级外经贸发展资金｜(\S+?)｜(\S+?)｜(\S+?)｜(\S+?)｜(\S+?)｜(\S+?)%\n")
    f = c.one(r"\n年度资金总额｜(\S+?)｜(\S+?)｜(\S+?)｜(\S+?)｜(\S+?)%｜(\S+?)\n")
    comps = [c.one(r"\n其中：当年财政拨款｜(\S+?)｜(\S+?)｜(\S+?)｜\S+?｜(\S+?)｜"),
             c.one(r"\n上年结转资金｜(\S+?)｜(\S+?)｜(\S+?)｜\S+?｜(\S+?)｜"),
             c.one(r"\n其他资金｜(\S+?)｜(\S+?)｜(\S+?)｜\S+?｜(\S+?)｜")]
    init, annual, spent, w, rate, score = f
    c.execution(annual, spent, w, rate, score)
    for col in range(3):
        c.total(f[col], [x[col] for x in comps], f"funds column {col}")
    for x in comps:
        c.rate(x[2], x[1], x[3].rstrip("%"), "component rate")
    c.same(fr[0], init, "年初 (资金情况表 vs 自评表)")
    c.same(fr[1], annual, "全年 (资金情况表 vs 自评表)")
    c.same(fr[3], spent, "执行 (资金情况表 vs 自评表)")
    c.rate(fr[2], fr[1], "100", "到位率 (资金全部到位)")
    c.balance(fr[2], fr[3], fr[4], "结余 (资金情况表)")
    c.rate(fr[3], fr[1], fr[5], "执行率 (资金情况表)")
    p = c.one(r"年初预算(\S+?)万元，全年预算(\S+?)万元，年内未调整")
    c.same(p[0], p[1], "未调整 ⇒ 年初 = 全年")
    c.same(p[1], annual, "全年 (text vs table)")
    b = c.one(r"分别于7月、11月和12月拨付(\S+?)万元、(\S+?)万元和(\S+?)万元。全年实际支出(\S+?)万元，预算执行率(\S+?)%")
    c.total(b[3], b[:3], "three payments")
    c.same(b[3], spent, "执行 (text vs table)")
    c.rate(b[3], annual, b[4], "执行率 (text)")
    s = c.one(r"参展(\d+)家次（其中(\d+)家企业参加了2个展会）")
    n16 = c.one(r"共支持(\d+)家外贸企业参展")
    if D(n16[0]) + D(s[1]) != D(s[0]):
        c.fail("sum_mismatch", "家 vs 家次")
    m = c.one(r"广交会(\d+)家次、补助(\S+?)万元，中国—东北亚博览会(\d+)家次、补助(\S+?)万元，乌兰巴托国际贸易展览会(\d+)家次、补助(\S+?)万元，其他国内专业展会(\d+)家次、补助(\S+?)万元，合计补助(\S+?)万元，平均每家次补助约(\S+?)万元")
    c.total(m[8], [m[1], m[3], m[5], m[7]], "补助 by fair")
    c.total(s[0], [m[0], m[2], m[4], m[6]], "家次 by fair")
    c.same(m[8], spent, "补助合计 vs 执行")
    if abs(D(m[8]) / D(s[0]) - D(m[9])) > Decimal("0.005"):
        c.fail("average_mismatch", "平均每家次")
    cl = c.one(r"新开拓境外客户(\d+)个，其中蒙古国客户(\d+)个、俄罗斯客户(\d+)个、其他国家客户(\d+)个")
    c.total(cl[0], cl[1:], "客户 by country")
    cp = c.one(r"全年参展\d+家次，完成目标的(\S+?)%")
    wt = c.one(r"预算执行率权重(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分")
    # indicator table
    lines = text.split("\n")
    i = next(j for j, l in enumerate(lines) if l.startswith("一级指标｜二级指标｜三级指标"))
    rows, tot, blocks = [], None, {}
    for l in lines[i + 1:]:
        cells = l.split("｜")
        if cells[0] == "总分":
            tot = (cells[5], cells[6])
            continue
        if cells[0] == "自评等级":
            g = cells[1]
            break
        r = {"name": cells[2], "target": cells[3], "actual": cells[4], "weight": cells[5],
             "score": cells[6]}
        rows.append(r)
        blocks.setdefault(cells[0], []).append(r)
    c.indicators(rows, w, score, tot[0], tot[1])
    if sum(D(x) for x in wt) != 100:
        c.fail("weight_sum_mismatch", f"stated first-level weights add to {sum(D(x) for x in wt)}")
    for b, stated in zip(("产出指标", "效益指标", "满意度指标"), wt[1:]):
        sw = sum(D(r["weight"]) for r in blocks[b])
        if sw != D(stated):
            c.fail("weight_sum_mismatch", f"{b}: rows weigh {sw}, text says {stated}")
    byname = {r["name"]: r for r in rows}
    c.same(s[0], byname["支持企业参展家次"]["actual"], "参展家次")
    c.rate(s[0], byname["支持企业参展家次"]["target"], cp[0], "参展完成率", code="completion_mismatch")
    c.same(cl[0], byname["新开拓境外客户数"]["actual"], "新开拓境外客户")
    for pat, nm in [(r"实际参加境外展会(\d+)个", "支持参加境外展会数量"),
                    (r"审核合规率(\d+)%", "补助资金审核合规率"),
                    (r"最高补助(\S+?)万元", "单家企业单次展会补助"),
                    (r"意向成交额(\d+)万美元，较", "参展企业意向成交额"),
                    (r"参展企业满意度为(\d+)%", "参展企业满意度")]:
        v = c.one(pat)
        c.same(v[0], byname[nm]["actual"], nm)
    gl = c.one(r"支持(\d+)家企业参展(\d+)家次，达成意向成交额(\d+)万美元，新开拓境外客户(\d+)个")
    c.same(gl[0], n16[0], "总体目标 企业数")
    c.same(gl[1], s[0], "总体目标 家次")
    c.same(gl[3], cl[0], "总体目标 客户")
    t = c.one(r"本项目得分(\S+?)分，评价等级为“(.)”")
    c.same(t[0], tot[1], "总分 (text vs table)")
    c.grade(t[0], t[1], "等级 (text)")
    c.grade(tot[1], g, "自评等级 (table)")
    return c.fails


# ------------------------------------------------------------------ 三亚 (| table)
def check_sanya(text):
    c = Checker(text, title_year(text))
    c.years()
    cells = lambda l: [x.strip() for x in l.split("|")]
    lines = text.split("\n")
    row = {cells(l)[0]: cells(l) for l in lines if "|" in l}
    f = row["年度资金总额"]
    init, annual, spent, w, rate, score = f[1], f[2], f[3], f[4], f[5].rstrip("%"), f[6]
    c.execution(annual, spent, w, rate, score)
    comps = [row["其中：当年财政拨款"], row["上年结转资金"], row["其他资金"]]
    for col in (1, 2, 3):
        c.total(f[col], [x[col] for x in comps], f"funds column {col}")
    for x in comps:
        c.rate(x[3], x[2], x[5].rstrip("%"), "component rate")
    p = c.one(r"年初预算(\S+?)万元，年中因\S+?追加预算(\S+?)万元，专项整治实际使用(\S+?)万元，使用率(\S+?)%。全年预算(\S+?)万元")
    c.total(p[4], [p[0], p[1]], "年初 + 追加")
    c.rate(p[2], p[1], p[3], "专项整治使用率")
    c.same(p[0], init, "年初 (text vs table)")
    c.same(p[4], annual, "全年 (text vs table)")
    e = c.one(r"实际支出(\S+?)万元，预算执行率(\S+?)%，结余(\S+?)万元")
    c.same(e[0], spent, "执行 (text vs table)")
    c.rate(e[0], annual, e[1], "执行率 (text)")
    c.balance(annual, e[0], e[2], "结余")
    k = c.one(r"支出构成为：油品抽检检测费(\S+?)万元、执法检查及车辆运行费(\S+?)万元、宣传培训费(\S+?)万元、信息化监管平台运维费(\S+?)万元")
    c.total(spent, list(k), "支出构成")
    q = c.one(r"抽检油品(\d+)批次（\d{4}年为\d+批次），合格(\d+)批次，合格率(\S+?)%")
    c.rate(q[1], q[0], q[2], "合格率")
    avg = c.one(r"平均每批次约(\d+)元")
    if abs(D(k[0]) * 10000 / D(q[0]) - D(avg[0])) > 1:
        c.fail("average_mismatch", "平均每批次检测费")
    r2_ = c.one(r"全年预算执行率(\S+?)%，主要绩效目标")
    c.rate(spent, annual, r2_[0], "执行率 (conclusion)")
    # indicators
    i = next(j for j, l in enumerate(lines) if l.startswith("一级指标 | 二级指标"))
    rows, blocks, cur = [], {}, None
    for l in lines[i + 1:]:
        x = cells(l)
        if x[0] == "总分":
            tot = (x[6], x[7])
            break
        cur = x[0] or cur
        r = {"name": x[2], "target": x[3], "actual": x[4], "completion": x[5], "weight": x[6],
             "score": x[7]}
        rows.append(r)
        blocks.setdefault(cur, []).append(r)
    c.indicators(rows, w, score, tot[0], tot[1])
    byname = {r["name"]: r for r in rows}
    bs = c.one(r"本项目得分(\S+?)分，其中预算执行率得分(\S+?)分，产出指标得分(\S+?)分，效益指标得分(\S+?)分，满意度指标得分(\S+?)分，评价等级为“(.)”")
    c.total(bs[0], bs[1:5], "block scores (text)", code="score_sum_mismatch")
    c.same(bs[0], tot[1], "总分 (text vs table)")
    c.same(bs[1], score, "执行得分 (text vs table)")
    for b, stated in zip(("产出指标", "效益指标", "满意度指标"), bs[2:5]):
        ssum = sum(D(r["score"]) for r in blocks[b])
        if not ok(stated, ssum):
            c.fail("score_sum_mismatch", f"{b}: rows score {ssum}, text says {stated}")
    c.grade(bs[0], bs[5], "等级")
    for pat, nm in [(r"全年共检查加油站（点）(\d+)家次", "加油站（点）监督检查"),
                    (r"抽检油品(\d+)批次（", "油品质量抽检批次"),
                    (r"合格率(\S+?)%，不合格", "抽检油品合格率"),
                    (r"取缔非法加油点(\d+)个，查扣", "取缔非法加油点"),
                    (r"满意度为(\d+)%", "经营者及群众满意度")]:
        v = c.one(pat)
        a = byname[nm]["actual"]
        if re.sub(r"[\d.]", "", a) == "%" and "%" not in pat and "批次" in nm:
            c.fail("unit_mismatch", f"{nm}: actual {a}")
            continue
        c.same(v[0], a, nm)
    gl = c.one(r"检查加油站（点）(\d+)家次，抽检油品(\d+)批次，取缔非法加油点(\d+)个")
    c.same(gl[0], byname["加油站（点）监督检查"]["actual"], "总体目标 检查")
    c.same(gl[1], q[0], "总体目标 抽检")
    c.same(gl[2], byname["取缔非法加油点"]["actual"], "总体目标 取缔")
    return c.fails


CHECKS = {
    "yanting-appliancetradein-2024": check_yanting,
    "donghai-countycommerce-2022": check_donghai,
    "binxian-wetmarket-2021": check_binxian,
    "erlianhaote-tradefair-2023": check_erlian,
    "sanya-oilmarket-2019": check_sanya,
}


def one_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def run(src, text):
    try:
        return CHECKS[src](text)
    except Exception as ex:  # a pattern that no longer matches
        return [("parse", f"{type(ex).__name__}: {ex}")]


def main():
    errors = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        errors.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    texts = {}
    for l in labels:
        texts[l["case"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    for src in CHECKS:
        clean = texts[f"{src}-clean.txt"]
        if not 3000 <= len(clean) <= 5000:
            errors.append(f"{src}: clean draft has {len(clean)} characters")
        fails = run(src, clean)
        for f in fails:
            errors.append(f"{src}-clean: {f[0]}: {f[1]}")
    for l in labels:
        name, text = l["case"], texts[l["case"]]
        if l["clean"]:
            if l["expected"]:
                errors.append(f"{name}: clean case with expected findings")
            continue
        if len(l["expected"]) != 1:
            errors.append(f"{name}: expected exactly one label")
        clean = texts[f"{l['source']}-clean.txt"]
        a0, a1, b1 = one_region(clean, text)
        if a0 == len(clean) and b1 == a0:
            errors.append(f"{name}: identical to the clean draft")
        if a1 - a0 > 80 or b1 - a0 > 80:
            errors.append(f"{name}: changed region too long ({a1 - a0} chars)")
        if not 3000 <= len(text) <= 5000:
            errors.append(f"{name}: {len(text)} characters")
        for e in l["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if e["code"] not in CODES:
                errors.append(f"{name}: unknown code {e['code']}")
            occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if not occ:
                errors.append(f"{name}: value not in case: {e['value']!r}")
            elif not any(o <= b1 and a0 <= o + len(e["value"]) for o in occ):
                errors.append(f"{name}: value does not cover the changed figure")
            if e["severity"] != "error":
                errors.append(f"{name}: severity {e['severity']}")
        fails = run(l["source"], text)
        got = {f[0] for f in fails}
        want = l["expected"][0]["code"]
        if want not in got:
            errors.append(f"{name}: labelled {want}, arithmetic re-check found {sorted(got) or 'nothing'}")
        if "parse" in got:
            errors.append(f"{name}: parse failure {[f for f in fails if f[0] == 'parse']}")
    for c, n in counts.items():
        if n < 2:
            errors.append(f"code {c} occurs {n} times (< 2)")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    n_err = sum(1 for l in labels if not l["clean"])
    print(f"{len(labels)} cases ({len(CHECKS)} clean, {n_err} with one error); "
          f"codes: " + ", ".join(f"{c}×{counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
