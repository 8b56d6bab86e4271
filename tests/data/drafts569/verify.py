#!/usr/bin/env python3
"""Re-read every figure of the drafts569 cases from their text and redo the arithmetic.

stdlib + decimal only.  For each project the clean draft must break no identity (and no scoring rule);
each error case must break exactly the identity family of its label, and its label must be well formed
(value occurs once, overlaps the single contiguous edit of <= 40 characters).
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"-?\+?\d[\d,]*(?:\.\d+)?"


# ---------------------------------------------------------------- numbers and tolerance
def parse(s):
    """First number in s -> (Decimal, decimals) or None."""
    m = re.search(r"[-+]?\d[\d,]*(?:\.\d+)?", s)
    if not m:
        return None
    t = m.group(0).replace(",", "").replace("+", "")
    d = len(t.split(".")[1]) if "." in t else 0
    return D(t), d


def val(s):
    p = parse(s)
    if p is None:
        raise ValueError("no number in %r" % s)
    return p[0]


def close(stated, computed):
    v, d = parse(stated)
    tol = D("0.5") * (D(10) ** -d) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- markdown tables
class Table:
    def __init__(self, lines):
        self.lines = lines
        self.header = self.cells(lines[0])
        self.rows = [self.cells(l) for l in lines[2:]]

    @staticmethod
    def cells(line):
        return [c.strip() for c in line.strip().strip("|").split("|")]

    def col(self, *names):
        for n in names:
            hits = [i for i, h in enumerate(self.header) if h == n]
            if hits:
                return hits[0]
        for n in names:
            hits = [i for i, h in enumerate(self.header) if n in h]
            if len(hits) == 1:
                return hits[0]
        raise KeyError("column %r not in %r" % (names, self.header))

    def row(self, label):
        exact = [r for r in self.rows if r[0] == label]
        if exact:
            return exact[0]
        hits = [r for r in self.rows if label in r[0]]
        if len(hits) != 1:
            raise KeyError("row %r: %d hits" % (label, len(hits)))
        return hits[0]

    def cell(self, label, *col):
        return self.row(label)[self.col(*col)]

    def body(self, exclude=("合计", "小计", "总分")):
        return [r for r in self.rows if not any(x in r[0] for x in exclude)]


def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append(line)
        else:
            if cur:
                out.append(Table(cur))
            cur = []
    if cur:
        out.append(Table(cur))
    return out


# ---------------------------------------------------------------- the document under check
GRADE = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "合格", "一般")), (D(-1), ("差", "较差", "不合格"))]


class Doc:
    def __init__(self, text, year):
        self.text = text
        self.year = year
        self.tabs = tables(text)
        self.prose = "\n".join(l for l in text.split("\n") if not l.startswith("|"))
        self.found = []      # (code, message)
        self.warn = []       # rule warnings (clean drafts must have none)

    # -- lookup
    def table(self, *kws):
        hits = [t for t in self.tabs if all(any(k in h for h in t.header) for k in kws)]
        if len(hits) != 1:
            raise KeyError("table %r: %d hits" % (kws, len(hits)))
        return hits[0]

    def rx(self, pattern, group=1, where=None):
        src = self.prose if where is None else where
        m = re.search(pattern, src)
        if not m:
            raise KeyError("pattern not found: %s" % pattern)
        return m.group(group) if isinstance(group, int) else m.groups()

    # -- findings
    def add(self, code, msg):
        self.found.append((code, msg))

    def rate(self, stated, num, den, what, code="rate_mismatch"):
        num, den = D(num), D(den)
        s = stated.strip()
        if den == 0:
            if s not in ("—", "-", "0", "0%", ""):
                self.add("implausible_rate", "%s: rate %s on a zero base" % (what, s))
            return
        v = val(s)
        if v > 100 and code != "completion_mismatch":
            self.add("implausible_rate", "%s: %s above 100%%" % (what, s))
            return
        if not close(s, num / den * 100):
            self.add(code, "%s: %s/%s = %.4f%%, stated %s" % (what, num, den, num / den * 100, s))

    def total(self, stated, parts, what, code="sum_mismatch"):
        c = sum((D(p) for p in parts), D(0))
        if not close(stated, c):
            self.add(code, "%s: parts give %s, stated %s" % (what, c, stated))

    def diff(self, stated, a, b, what):
        """stated = a - b"""
        if not close(stated, D(a) - D(b)):
            self.add("sum_mismatch", "%s: %s - %s = %s, stated %s" % (what, a, b, D(a) - D(b), stated))

    def balance(self, stated, a, b, what):
        if not close(stated, D(a) - D(b)):
            self.add("balance_mismatch", "%s: %s - %s = %s, stated %s" % (what, a, b, D(a) - D(b), stated))

    def product(self, stated_wan, count, std_yuan, what):
        c = D(count) * D(std_yuan) / D(10000)
        v = val(stated_wan)
        if close(stated_wan, c):
            return
        if v == c * 10000 or v * 10000 == c:
            self.add("unit_mismatch", "%s: %s off by 10^4 from %s x %s" % (what, stated_wan, count, std_yuan))
        else:
            self.add("sum_mismatch", "%s: %s x %s = %s, stated %s" % (what, count, std_yuan, c, stated_wan))

    def same(self, stated, ref, what, scale=D(1)):
        ref = D(ref) * scale
        v = val(stated)
        if close(stated, ref):
            return
        if v == ref * 10000 or v * 10000 == ref:
            self.add("unit_mismatch", "%s: %s is %s off by 10^4" % (what, stated, ref))
        else:
            self.add("conflicting_values", "%s: %s vs %s elsewhere" % (what, stated, ref))

    def goals(self, t, pairs, col):
        """Restatements of indicator values in the prose: (pattern, indicator name)."""
        ind = {r[2]: r for r in t.rows if len(r) > 2 and r[2]}
        c = t.col(*col)
        for pattern, name in pairs:
            self.same(self.rx(pattern), val(ind[name][c]), "%s (%s)" % (name, col[0]))

    def approx(self, stated, computed, what):
        """约/近 figures: accepted within half a unit of their last digit."""
        if not close(stated, computed):
            self.add("conflicting_values", "%s: about %s, computed %s" % (what, stated, computed))

    def avg(self, stated, items, what):
        items = [D(i) for i in items]
        c = sum(items, D(0)) / len(items)
        if not close(stated, c):
            self.add("average_mismatch", "%s: mean %s, stated %s" % (what, c, stated))

    def avg_of_total(self, stated, tot, n, what):
        c = D(tot) / D(n)
        if not close(stated, c):
            self.add("average_mismatch", "%s: %s/%s = %s, stated %s" % (what, tot, n, c, stated))

    # -- generic checks
    def grade_and_total(self, row_sum):
        totals = re.findall(r"自评得分(\d+(?:\.\d+)?)分", self.prose)
        if not totals:
            raise KeyError("no total score in text")
        for t in totals:
            if not close(t, row_sum):
                self.add("score_sum_mismatch", "text total %s, rows sum to %s" % (t, row_sum))
        s = val(totals[-1])
        band = next(labels for lo, labels in GRADE if s >= lo)
        grades = re.findall(r"等级为“?(优秀|良好|中等|合格|较差|不合格|优|良|中|差)", self.prose)
        if not grades:
            raise KeyError("no grade")
        for g in grades:
            if g not in band:
                self.add("grade_mismatch", "grade %s for total %s" % (g, s))

    def years(self):
        for y in re.findall(r"结转至(\d{4})年", self.text):
            if int(y) <= self.year:
                self.add("year_mismatch", "carried over to %s in the %d report" % (y, self.year))
        for y in re.findall(r"截至(\d{4})年12月31日", self.text):
            if int(y) != self.year:
                self.add("year_mismatch", "figures dated end of %s in the %d report" % (y, self.year))
        head = self.text.split("\n\n")[0]
        for y in re.findall(r"(\d{4})年度", head):
            if int(y) != self.year:
                self.add("year_mismatch", "title year %s" % y)

    def prose_rates(self):
        pat = r"(满意率|满意度|覆盖率|到位率|执行率|享受率|上岗率|通过率|改变率|维持率|运行率|及时率)(?:为|达|达到|仅)?(\d+(?:\.\d+)?)%"
        for name, v in re.findall(pat, self.prose):
            if D(v) > 100:
                self.add("implausible_rate", "%s %s%% above 100%%" % (name, v))

    def table_rates(self):
        for t in self.tabs:
            for i, h in enumerate(t.header):
                if h in ("执行率", "占比", "2025年占比", "占完成评估比例"):
                    for r in t.rows:
                        if i < len(r) and r[i].endswith("%") and val(r[i]) > 100:
                            self.add("implausible_rate", "%s %s above 100%%" % (h, r[i]))

    def indicator_table(self, extra=None):
        """Generic 自评表 checks. extra = (weight, score) of an execution line kept outside the table."""
        t = self.table("三级指标", "得分")
        c_t = t.col("年度指标值", "指标值")
        c_a = t.col("实际完成值", "完成值")
        c_w = t.col("分值", "权重")
        c_s = t.col("得分")
        c_c = t.col("完成率") if any(h == "完成率" for h in t.header) else None
        allw, alls = [], []
        gw, gs = [], []
        if extra:
            allw.append(D(extra[0]))
            alls.append(D(extra[1]))
        stated_total = None
        for r in t.rows:
            lab = r[0]
            if "小计" in lab:
                if not close(r[c_w], sum(gw, D(0))):
                    self.add("weight_sum_mismatch", "%s weight %s, rows %s" % (lab, r[c_w], sum(gw, D(0))))
                if not close(r[c_s], sum(gs, D(0))):
                    self.add("score_sum_mismatch", "%s score %s, rows %s" % (lab, r[c_s], sum(gs, D(0))))
                gw, gs = [], []
                continue
            if lab in ("合计", "总分"):
                if val(r[c_w]) != 100 or not close(r[c_w], sum(allw, D(0))):
                    self.add("weight_sum_mismatch", "total weight %s, rows %s" % (r[c_w], sum(allw, D(0))))
                if not close(r[c_s], sum(alls, D(0))):
                    self.add("score_sum_mismatch", "table total %s, rows %s" % (r[c_s], sum(alls, D(0))))
                stated_total = r[c_s]
                continue
            if lab:
                gw, gs = [], []
            w, s = val(r[c_w]), val(r[c_s])
            gw.append(w)
            gs.append(s)
            allw.append(w)
            alls.append(s)
            name = r[2]
            if s > w or s < 0:
                self.add("score_exceeds_weight", "%s: score %s, weight %s" % (name, s, w))
            tgt, act = r[c_t], r[c_a]
            tp, ap = parse(tgt), parse(act)
            if tp is None:
                # qualitative: achieved band [0.8w, w]
                if not (D("0.8") * w <= s <= w):
                    self.warn.append("%s: qualitative score %s outside band" % (name, s))
                continue
            if ap is None:
                self.add("unit_mismatch", "%s: target %s, actual %s" % (name, tgt, act))
                continue
            ut = unit(tgt)
            ua = unit(act)
            if ut != ua:
                self.add("unit_mismatch", "%s: target in %s, actual in %s" % (name, ut or "-", ua or "-"))
                continue
            T, A = tp[0], ap[0]
            if ua == "%" and A > 100:
                self.add("implausible_rate", "%s: %s above 100%%" % (name, act))
            direction = "lte" if tgt.startswith(("≤", "<", "＜")) else "gte"
            if direction == "lte":
                comp = D(100) if A <= T else T / A * 100
                rule = w if A <= T else w * T / A
            else:
                comp = A / T * 100
                rule = w if A >= T else w * A / T
            if c_c is not None and r[c_c] not in ("—", ""):
                if not close(r[c_c], comp):
                    self.add("completion_mismatch", "%s: completion %.4f%%, stated %s" % (name, comp, r[c_c]))
            if not close(r[c_s], rule):
                self.warn.append("%s: score %s, rule gives %s" % (name, s, rule))
        if stated_total is None:
            raise KeyError("no total row")
        return t, sum(alls, D(0))


def unit(s):
    s = re.sub(r"^[≥≤<>＜＞=]+", "", s.strip())
    s = re.sub(r"[-+]?\d[\d,]*(?:\.\d+)?", "", s, count=1)
    return s.strip()


def col_sum(d, t, col, what):
    c = t.col(col)
    body = t.body()
    tot = t.row("合计")[c]
    d.total(tot, [val(r[c]) for r in body], "%s column %s" % (what, col))


def shares(d, t, count_col, share_col, what):
    cc, sc = t.col(count_col), t.col(share_col)
    body = t.body()
    tot = val(t.row("合计")[cc])
    d.total(t.row("合计")[cc], [val(r[cc]) for r in body], "%s counts" % what)
    for r in body:
        d.rate(r[sc], val(r[cc]), tot, "%s share %s" % (what, r[0]))
    sh = t.row("合计")[sc]
    if not close(sh, sum((val(r[sc]) for r in body), D(0))) or val(sh) != 100:
        d.add("sum_mismatch", "%s shares total %s" % (what, sh))


def products(d, t, basis_col, amount_col, what):
    b, a = t.col(basis_col), t.col(amount_col)
    for r in t.body():
        m = re.match(r"(\d[\d,]*)(?:人次|人月|人)×(\d[\d,]*)元", r[b])
        if m:
            d.product(r[a], val(m.group(1)), val(m.group(2)), "%s %s" % (what, r[0]))


# ---------------------------------------------------------------- per-project readings
def chengde(d):
    f = d.table("资金来源", "调整数")
    for lab in ("市级财政资金", "省级试点补助资金", "合计"):
        r = f.row(lab)
        d.total(r[f.col("全年预算")], [val(r[f.col("年初预算")]), val(r[f.col("调整数")])], "funds %s 年初+调整" % lab)
        d.rate(r[f.col("执行率")], val(r[f.col("实际支出")]), val(r[f.col("全年预算")]), "funds %s 执行率" % lab)
    for c in ("年初预算", "调整数", "全年预算", "实际到位", "实际支出"):
        col_sum(d, f, c, "funds")
    annual = val(f.cell("合计", "全年预算"))
    recv = val(f.cell("合计", "实际到位"))
    spent = val(f.cell("合计", "实际支出"))
    d.same(d.rx(r"年初预算(" + NUM + ")万元"), val(f.cell("合计", "年初预算")), "年初预算")
    add = d.rx(r"补助资金(" + NUM + r")万元（")
    cut = d.rx(r"调减市级资金(" + NUM + ")万元")
    d.same(add, val(f.cell("省级", "调整数")), "追加")
    d.same(cut, -val(f.cell("市级", "调整数")), "调减")
    d.total(d.rx(r"调整后全年预算(" + NUM + ")万元"), [val(d.rx(r"年初预算(" + NUM + ")万元")), val(add), -val(cut)], "全年预算 prose")
    d.same(d.rx(r"调整后全年预算(" + NUM + ")万元"), annual, "全年预算")
    d.same(d.rx(r"实际到位(" + NUM + ")万元"), recv, "到位")
    d.rate(d.rx(r"到位率(" + NUM + "%)"), recv, annual, "到位率")
    d.same(d.rx(r"实际支出(" + NUM + ")万元（"), spent, "支出")
    d.same(d.rx(r"万元（(" + NUM + ")元）"), spent, "支出 in 元", scale=D(10000))
    d.rate(d.rx(r"预算执行率(" + NUM + "%)"), spent, annual, "执行率 prose")
    d.balance(d.rx(r"年末结余(" + NUM + ")万元"), recv, spent, "结余")

    s = d.table("支出内容", "结算依据")
    products(d, s, "结算依据", "实际支出", "sub-items")
    for r in s.rows:
        d.rate(r[s.col("执行率")], val(r[s.col("实际支出")]), val(r[s.col("全年预算")]), "sub-item %s" % r[0])
    col_sum(d, s, "全年预算", "sub-items")
    col_sum(d, s, "实际支出", "sub-items")
    d.same(s.cell("合计", "全年预算"), annual, "sub-items total budget")
    d.same(s.cell("合计", "实际支出"), spent, "sub-items total spent")
    d.same(d.rx(r"全年支付评估费(" + NUM + ")万元"), val(s.cell("失能评估费", "实际支出")), "评估费 prose")
    n_ass = val(re.match(r"(\d[\d,]*)", s.cell("失能评估费", "结算依据")).group(1))
    d.avg_of_total(d.rx(r"月均完成评估(" + NUM + ")人次"), n_ass, 12, "月均评估")
    staff, pm, std = d.rx(r"经办人员(\d+)人、全年(" + NUM + r")人月、每人月(" + NUM + ")元", group=None)
    d.total(pm, [val(staff) * 12], "人月")
    d.product(s.cell("委托经办服务费", "实际支出"), val(pm), val(std), "经办服务费 prose")

    c = d.table("评估结论", "占比")
    shares(d, c, "人次", "占比", "assessments")
    total_ass = val(c.cell("合计", "人次"))
    d.same(str(n_ass), total_ass, "评估人次 (sub-items vs counts)")
    y = d.table("2017年", "2018年")
    for r in y.rows:
        d.diff(r[3], val(r[2]), val(r[1]), "two-year %s" % r[0])
        d.rate(r[4], val(r[3]), val(r[1]), "two-year growth %s" % r[0])
    d.same(y.cell("完成失能评估", "2018年"), total_ass, "评估人次 two-year")
    d.same(y.cell("新增享受待遇", "2018年"), val(c.cell("重度失能", "人次")), "享受待遇 two-year")
    done, last, inc = d.rx(r"完成评估(" + NUM + r")人次，较2017年的(" + NUM + r")人次增加(" + NUM + ")人次", group=None)
    d.same(done, total_ass, "评估人次 prose")
    d.same(last, val(y.cell("完成失能评估", "2017年")), "2017 评估 prose")
    d.diff(inc, val(done), val(last), "评估增加 prose")
    acc = d.rx(r"受理失能评估申请(" + NUM + ")人次")
    d.diff(d.rx(r"12月受理的(" + NUM + ")人次"), val(acc), total_ass, "pending")
    d.same(d.rx(r"培训(" + NUM + r")人次，完成"), val(re.match(r"(\d[\d,]*)", s.cell("培训", "结算依据")).group(1)), "培训人次")
    chg = d.rx(r"改变原评估结论(" + NUM + ")人次")
    d.rate(d.rx(r"复核改变率(" + NUM + "%)"), val(chg), total_ass, "复核改变率")
    ins, dlt = d.rx(r"覆盖参保职工(" + NUM + r")万人，较上年末增加(" + NUM + ")万人", group=None)
    d.same(ins, val(y.cell("参保职工", "2018年")), "参保")
    d.diff(dlt, val(ins), val(y.cell("参保职工", "2017年")), "参保增加")
    d.same(d.rx(r"新增享受长期护理保险待遇(" + NUM + ")人"), val(c.cell("重度失能", "人次")), "享受待遇 prose")
    d.same(d.rx(r"基金支出(" + NUM + ")万元"), val(y.cell("长护基金支出", "2018年")), "基金支出 prose")
    inc_, exp_, bal_ = d.rx(r"基金收入(" + NUM + r")万元，支出(" + NUM + r")万元，当期结余(" + NUM + ")万元", group=None)
    d.same(exp_, val(y.cell("长护基金支出", "2018年")), "基金支出 prose 2")
    d.balance(bal_, val(inc_), val(exp_), "基金当期结余")
    tot, a, b, cc = d.rx(r"定点护理服务机构(" + NUM + r")家，其中医疗机构(" + NUM + r")家、养老机构(" + NUM + r")家、居家护理服务机构(" + NUM + ")家", group=None)
    d.total(tot, [val(a), val(b), val(cc)], "定点机构构成")
    d.same(d.rx(r"全市定点机构(" + NUM + ")家"), val(tot), "定点机构 problems")
    d.same(d.rx(r"未完成(" + NUM + ")家的年度目标"), val(d.rx(r"定点护理服务机构达到(" + NUM + ")家")), "定点机构目标 problems")
    d.diff(d.rx(r"较年度目标少(" + NUM + ")家"), val(d.rx(r"定点护理服务机构达到(" + NUM + ")家")), val(tot), "定点机构差额")

    t, rs = d.indicator_table()
    d.same(t.row("预算执行")[4], spent / annual * 100, "执行率 in 自评表")
    d.same(t.row("产出指标")[4], total_ass, "评估人次 in 自评表")
    d.same(d.rx(r"满意度(" + NUM + ")%。"), val(t.rows[-3][4]), "满意度")
    d.goals(t, [(r"完成失能评估不少于(" + NUM + ")人次", "完成失能评估人次"),
                (r"培训护理服务人员不少于(" + NUM + ")人次", "护理服务人员培训人次"),
                (r"复核改变率控制在(" + NUM + ")%以内", "评估结论复核改变率"),
                (r"自受理之日起(" + NUM + ")个工作日内送达", "评估结论送达时限"),
                (r"享受覆盖率不低于(" + NUM + ")%", "重度失能人员待遇享受覆盖率"),
                (r"定点护理服务机构达到(" + NUM + ")家", "定点护理服务机构数量"),
                (r"满意度不低于(" + NUM + ")%", "失能人员及家属满意度")], ("年度指标值",))
    d.goals(t, [(r"复核改变率(" + NUM + ")%", "评估结论复核改变率"),
                (r"平均用时(" + NUM + ")个工作日", "评估结论送达时限"),
                (r"每人次评估费用(" + NUM + ")元", "每人次评估费用"),
                (r"享受覆盖率(" + NUM + ")%", "重度失能人员待遇享受覆盖率"),
                (r"定点护理服务机构(" + NUM + ")家，其中", "定点护理服务机构数量"),
                (r"培训(" + NUM + r")人次，完成", "护理服务人员培训人次")], ("实际完成值",))
    d.grade_and_total(rs)


def ningbo(d):
    f = d.table("子项目", "调整数")
    for r in f.rows:
        d.total(r[f.col("全年预算")], [val(r[f.col("年初预算")]), val(r[f.col("调整数")])], "sub %s 年初+调整" % r[0])
        d.rate(r[f.col("执行率")], val(r[f.col("实际支出")]), val(r[f.col("全年预算")]), "sub %s 执行率" % r[0])
    for c in ("年初预算", "调整数", "全年预算", "实际支出"):
        col_sum(d, f, c, "sub-items")
    annual = val(f.cell("合计", "全年预算"))
    spent = val(f.cell("合计", "实际支出"))
    init = d.rx(r"项目年初预算(" + NUM + ")万元")
    d.same(init, val(f.cell("合计", "年初预算")), "年初预算")
    cut = d.rx(r"调减失能评估费(" + NUM + ")万元")
    add = d.rx(r"追加第三方稽核经费(" + NUM + ")万元")
    d.same(cut, -val(f.cell("失能评估费", "调整数")), "调减")
    d.same(add, val(f.cell("第三方稽核", "调整数")), "追加")
    d.total(d.rx(r"全年预算(" + NUM + ")万元，资金来源"), [val(init), -val(cut), val(add)], "全年预算 prose")
    sp, rt, bl = d.rx(r"全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r"%)，年末结余(" + NUM + ")万元", group=None)
    d.same(sp, spent, "支出 prose")
    d.rate(rt, spent, annual, "执行率 prose")
    d.balance(bl, annual, spent, "结余 (全部到位)")
    std, n, amt = d.rx(r"按每人次(" + NUM + r")元结算，全年结算(" + NUM + r")人次，支出(" + NUM + ")万元", group=None)
    d.product(amt, val(n), val(std), "评估费")
    d.same(amt, val(f.cell("失能评估费", "实际支出")), "评估费 prose")
    std2, n2, amt2 = d.rx(r"按每人次(" + NUM + r")元结算，全年复评(" + NUM + r")人次，支出(" + NUM + ")万元", group=None)
    d.product(amt2, val(n2), val(std2), "复评劳务费")
    d.same(amt2, val(f.cell("专家复评", "实际支出")), "复评 prose")
    st, pm, ps, amt3 = d.rx(r"按(\d+)名经办人员、全年(" + NUM + r")人月、每人月(" + NUM + r")元标准结算，支出(" + NUM + ")万元", group=None)
    d.total(pm, [val(st) * 12], "人月")
    d.product(amt3, val(pm), val(ps), "经办服务费")
    d.same(amt3, val(f.cell("委托经办", "实际支出")), "经办 prose")
    d.same(d.rx(r"分两期支付，支出(" + NUM + ")万元"), val(f.cell("第三方稽核", "实际支出")), "稽核 prose")
    it, sav = d.rx(r"按合同支付，支出(" + NUM + r")万元，节约资金(" + NUM + ")万元", group=None)
    d.same(it, val(f.cell("信息系统", "实际支出")), "信息系统 prose")
    d.balance(sav, val(f.cell("信息系统", "全年预算")), val(it), "信息系统节约")

    c = d.table("评估结论", "占比")
    shares(d, c, "人次", "占比", "assessments")
    total_ass = val(c.cell("合计", "人次"))
    d.same(d.rx(r"全年完成失能等级评估(" + NUM + ")人次"), total_ass, "评估人次 prose")
    first, re_ = d.rx(r"其中初评(" + NUM + r")人次、复评(" + NUM + ")人次", group=None)
    d.total(str(total_ass), [val(first), val(re_)], "初评+复评")
    d.same(re_, val(n2), "复评人次")
    d.same(n, total_ass, "结算人次")
    q = d.rx(r"四个季度分别完成(" + NUM + r")、(" + NUM + r")、(" + NUM + r")、(" + NUM + ")人次", group=None)
    d.total(str(total_ass), [val(x) for x in q], "季度合计")
    d.avg(d.rx(r"季度平均(" + NUM + ")人次"), [val(x) for x in q], "季度平均")
    heavy, pr = d.rx(r"重度失能的共(" + NUM + r")人次，评估通过率(" + NUM + "%)", group=None)
    d.total(heavy, [val(r[1]) for r in c.body() if r[0].startswith("重度")], "重度合计")
    d.rate(pr, val(heavy), total_ass, "评估通过率")
    chg, cr = d.rx(r"复核改变评估结论(" + NUM + r")人次，复核改变率(" + NUM + "%)", group=None)
    d.rate(cr, val(chg), total_ass, "复核改变率")
    y = d.table("2019年", "2020年")
    for r in y.rows:
        d.diff(r[3], val(r[2]), val(r[1]), "two-year %s" % r[0])
        d.rate(r[4], val(r[3]), val(r[1]), "two-year change %s" % r[0])
    d.same(y.cell("完成评估", "2020年"), total_ass, "评估 two-year")
    d.same(y.cell("新增享受待遇", "2020年"), val(heavy), "享受待遇 two-year")
    d.same(d.rx(r"平均送达用时(" + NUM + ")个工作日"), val(y.cell("平均送达用时", "2020年")), "送达用时")

    t, rs = d.indicator_table()
    d.same(t.row("预算执行")[4], spent / annual * 100, "执行率 in 自评表")
    d.same(t.row("产出指标")[4], total_ass, "评估人次 in 自评表")
    d.same(d.rx(r"待遇及时享受率(" + NUM + ")%"), val(t.row("效益指标")[4]), "享受率")
    d.same(d.rx(r"失能人员及家属满意度(" + NUM + ")%；"), val(t.row("满意度指标")[4]), "满意度")
    d.goals(t, [(r"完成失能等级评估不少于(" + NUM + ")人次", "完成失能等级评估人次"),
                (r"专家复评不少于(" + NUM + ")人次", "专家复评人次"),
                (r"经办服务人员配备不少于(" + NUM + ")人", "经办服务人员配备"),
                (r"复核改变率不超过(" + NUM + ")%", "评估结论复核改变率"),
                (r"自受理起(" + NUM + ")个工作日内送达", "评估结论送达时限"),
                (r"每人次评估费不超过(" + NUM + ")元", "每人次评估费"),
                (r"待遇及时享受率不低于(" + NUM + ")%", "重度失能人员待遇及时享受率"),
                (r"人均每月减轻(" + NUM + ")元以上", "家庭照护负担人均每月减轻"),
                (r"满意度不低于(" + NUM + ")%", "失能人员及家属满意度")], ("年度指标值",))
    d.goals(t, [(r"复核改变率(" + NUM + ")%", "评估结论复核改变率"),
                (r"按(\d+)名经办人员", "经办服务人员配备"),
                (r"全年复评(" + NUM + ")人次", "专家复评人次")], ("实际完成值",))
    ind = {r[2]: r for r in t.rows if len(r) > 2 and r[2]}
    d.approx(d.rx(r"约(" + NUM + ")元"), val(ind["家庭照护负担人均每月减轻"][4]), "照护减负")
    d.rate(d.rx(r"失能评估费执行率(" + NUM + "%)"), val(f.cell("失能评估费", "实际支出")), val(f.cell("失能评估费", "全年预算")), "评估费执行率 prose")
    d.rate(d.rx(r"合同价，执行率(" + NUM + "%)"), val(f.cell("信息系统", "实际支出")), val(f.cell("信息系统", "全年预算")), "信息系统执行率 prose")
    d.same(d.rx(r"一季度评估量仅(" + NUM + ")人次"), val(q[0]), "一季度评估量")
    d.same(d.rx(r"全年复核改变结论(" + NUM + ")人次"), val(chg), "复核改变人次")
    d.grade_and_total(rs)


def anqing(d):
    v = d.table("项目", "金额（万元）", "说明")
    amt = lambda lab: v.cell(lab, "金额")
    d.total(amt("全年预算"), [val(amt("年初预算")), val(amt("年中追加")), val(amt("上年结转"))], "全年预算")
    d.rate(d.rx(r"到位率(" + NUM + "%)", where=v.cell("实际到位", "说明")), val(amt("实际到位")), val(amt("全年预算")), "到位率")
    d.balance(amt("结余"), val(amt("实际到位")), val(amt("实际支出")), "结余")
    d.rate(amt("预算执行率"), val(amt("实际支出")), val(amt("全年预算")), "执行率")
    annual, spent = val(amt("全年预算")), val(amt("实际支出"))
    d.same(d.rx(r"项目资金实际支出(" + NUM + ")万元"), spent, "支出 prose")

    s = d.table("支出内容", "计算依据")
    products(d, s, "计算依据", "实际支出", "sub-items")
    for r in s.rows:
        d.rate(r[s.col("执行率")], val(r[s.col("实际支出")]), val(r[s.col("全年预算")]), "sub-item %s" % r[0])
    col_sum(d, s, "全年预算", "sub-items")
    col_sum(d, s, "实际支出", "sub-items")
    d.same(s.cell("合计", "全年预算"), annual, "sub total budget")
    d.same(s.cell("合计", "实际支出"), spent, "sub total spent")
    staff, std = d.rx(r"经办人员(\d+)人、每人每月(" + NUM + ")元", group=None)
    m = re.match(r"(\d[\d,]*)人月×(\d[\d,]*)元", s.cell("委托经办", "计算依据"))
    d.total(m.group(1), [val(staff) * 12], "人月")
    d.same(std, val(m.group(2)), "经办标准")

    acc, done, cr = d.rx(r"受理失能评估申请(" + NUM + r")人次，完成评估(" + NUM + r")人次，评估完成率(" + NUM + "%)", group=None)
    d.rate(cr, val(done), val(acc), "评估完成率")
    c = d.table("评估结论", "占完成评估比例")
    shares(d, c, "人次", "占完成评估比例", "assessments")
    total_ass = val(c.cell("合计", "人次"))
    d.same(done, total_ass, "评估人次 prose")
    d.same(d.rx(r"全年资助困难群众参保(" + NUM + ")人"), val(re.match(r"(\d[\d,]*)", s.cell("参保资助", "计算依据")).group(1)), "资助人数")
    trained = d.rx(r"培训(" + NUM + r")人次，较目标少")
    d.same(trained, val(re.match(r"(\d[\d,]*)", s.cell("培训", "计算依据")).group(1)), "培训人次")
    target_tr = d.rx(r"培训护理服务人员(" + NUM + ")人次以上")
    d.diff(d.rx(r"较目标少(" + NUM + ")人次"), val(target_tr), val(trained), "培训差额")
    chg, rr = d.rx(r"复核改变评估结论(" + NUM + r")人次，复核改变率(" + NUM + "%)", group=None)
    d.rate(rr, val(chg), total_ass, "复核改变率")
    y = d.table("2020年", "2021年", "同比增减")
    for r in y.rows:
        d.diff(r[3], val(r[2]), val(r[1]), "two-year %s" % r[0])
    d.same(y.cell("受理评估申请", "2021年"), val(acc), "受理 two-year")
    d.same(y.cell("完成评估", "2021年"), total_ass, "完成 two-year")
    d.same(y.cell("重度失能", "2021年"), val(c.cell("重度失能", "人次")), "重度 two-year")
    d.same(d.rx(r"享受长护待遇(" + NUM + ")人"), val(y.cell("享受待遇人数", "2021年")), "享受待遇 prose")
    n_org, n_new = d.rx(r"定点护理服务机构(" + NUM + r")家，当年新增(" + NUM + ")家", group=None)
    d.same(n_org, val(y.cell("定点护理服务机构", "2021年")), "定点机构 prose")
    d.diff(n_new, val(n_org), val(y.cell("定点护理服务机构", "2020年")), "新增机构")
    fi, fe, fb = d.rx(r"基金全年收入(" + NUM + r")万元，支出(" + NUM + r")万元，当期结余(" + NUM + ")万元", group=None)
    d.same(fe, val(y.cell("长护基金支出", "2021年")), "基金支出")
    d.balance(fb, val(fi), val(fe), "基金当期结余")
    d.diff(d.rx(r"年末仍有(" + NUM + ")人次"), val(acc), total_ass, "积压")
    d.same(d.rx(r"不足，(" + NUM + ")家定点机构中"), val(n_org), "定点机构 problems")

    t, rs = d.indicator_table()
    d.same(t.row("预算执行")[4], spent / annual * 100, "执行率 in 自评表")
    d.same(d.rx(r"护理服务覆盖率(" + NUM + ")%"), val(t.rows[9][4]), "覆盖率")
    d.same(d.rx(r"满意度(" + NUM + ")%。"), val(t.row("满意度指标")[4]), "满意度")
    d.goals(t, [(r"完成失能评估(" + NUM + ")人次以上", "完成失能评估"),
                (r"资助困难群众参保(" + NUM + ")人以上", "资助困难群众参保人数"),
                (r"培训护理服务人员(" + NUM + ")人次以上", "护理服务人员培训"),
                (r"复核改变率不超过(" + NUM + ")%", "评估结论复核改变率"),
                (r"受理后(" + NUM + ")个工作日内作出", "评估结论作出时限"),
                (r"每人次评估费用不超过(" + NUM + ")元", "每人次评估费用"),
                (r"护理服务覆盖率达到(" + NUM + ")%以上", "重度失能人员护理服务覆盖率"),
                (r"定点护理服务机构达到(" + NUM + ")家以上", "定点护理服务机构数"),
                (r"满意度达到(" + NUM + ")%以上", "参保失能人员满意度")], ("指标值",))
    d.goals(t, [(r"复核改变率(" + NUM + ")%", "评估结论复核改变率"),
                (r"平均作出时间(" + NUM + ")个工作日", "评估结论作出时限"),
                (r"每人次评估费用(" + NUM + ")元", "每人次评估费用"),
                (r"全年资助困难群众参保(" + NUM + ")人", "资助困难群众参保人数"),
                (r"培训(" + NUM + r")人次，较目标少", "护理服务人员培训"),
                (r"定点护理服务机构(" + NUM + ")家，当年", "定点护理服务机构数")], ("完成值",))
    d.rate(d.rx(r"培训人次完成率(" + NUM + "%)"), val(trained), val(target_tr), "培训完成率 prose", code="completion_mismatch")
    d.rate(d.rx(r"培训费执行率仅(" + NUM + "%)"), val(s.cell("培训", "实际支出")), val(s.cell("培训", "全年预算")), "培训费执行率 prose")
    d.grade_and_total(rs)


def hanzhong(d):
    init, basic, proj = d.rx(r"年初预算(" + NUM + r")万元，其中基本支出(" + NUM + r")万元、项目支出(" + NUM + ")万元", group=None)
    d.total(init, [val(basic), val(proj)], "年初预算构成")
    add, a1, a2, a3, cut, annual_p = d.rx(
        r"年中追加(" + NUM + r")万元（其中人员调资(" + NUM + r")万元、省级长期护理保险试点补助资金(" + NUM + r")万元、医保基金监管专项(" + NUM
        + r")万元），调减项目支出(" + NUM + r")万元，全年预算(" + NUM + ")万元", group=None)
    d.total(add, [val(a1), val(a2), val(a3)], "追加构成")
    d.total(annual_p, [val(init), val(add), -val(cut)], "全年预算")
    src = d.table("资金来源")
    for r in src.rows:
        d.rate(r[3], val(r[2]), val(r[1]), "source %s" % r[0])
    col_sum(d, src, "全年预算", "sources")
    col_sum(d, src, "实际支出", "sources")
    annual, spent = val(src.cell("合计", "全年预算")), val(src.cell("合计", "实际支出"))
    d.same(annual_p, annual, "全年预算 table")
    cat = d.table("支出类别")
    for r in cat.rows:
        d.rate(r[3], val(r[2]), val(r[1]), "category %s" % r[0])
    for ci in (1, 2):
        d.total(cat.row("基本支出")[ci], [val(cat.row("人员经费")[ci]), val(cat.row("公用经费")[ci])], "基本支出构成")
        d.total(cat.row("合计")[ci], [val(cat.row("基本支出")[ci]), val(cat.row("项目支出")[ci])], "类别合计")
    d.same(cat.cell("合计", "全年预算"), annual, "类别合计 vs sources")
    d.same(cat.cell("合计", "实际支出"), spent, "类别支出 vs sources")
    sp, rt, last, inc = d.rx(r"全年实际支出(" + NUM + r")万元，部门预算执行率(" + NUM + r"%)，较2022年的支出(" + NUM + r")万元增加(" + NUM + ")万元", group=None)
    d.same(sp, spent, "支出 prose")
    d.rate(rt, spent, annual, "执行率 prose")
    d.diff(inc, val(sp), val(last), "同比增加")
    staff = d.rx(r"实有在职人员(\d+)人")
    d.avg_of_total(d.rx(r"人均人员经费(" + NUM + ")万元"), val(cat.cell("人员经费", "实际支出")), val(staff), "人均人员经费")
    d.balance(d.rx(r"节约(" + NUM + ")万元"), val(cat.cell("公用经费", "全年预算")), val(cat.cell("公用经费", "实际支出")), "公用经费节约")

    pj = d.table("项目名称")
    for r in pj.rows:
        d.rate(r[3], val(r[2]), val(r[1]), "project %s" % r[0])
    col_sum(d, pj, "全年预算", "projects")
    col_sum(d, pj, "实际支出", "projects")
    d.same(pj.cell("合计", "全年预算"), val(cat.cell("项目支出", "全年预算")), "项目合计 budget")
    d.same(pj.cell("合计", "实际支出"), val(cat.cell("项目支出", "实际支出")), "项目合计 spent")
    d.rate(d.rx(r"项目支出执行率(" + NUM + "%)"), val(pj.cell("合计", "实际支出")), val(pj.cell("合计", "全年预算")), "项目执行率 prose")
    d.rate(d.rx(r"经办能力建设项目执行率(" + NUM + "%)"), val(pj.cell("宣传", "实际支出")), val(pj.cell("宣传", "全年预算")), "宣传项目 prose")
    det = d.table("支出内容", "数量", "标准")
    for r in det.body():
        m1, m2 = re.match(r"(\d[\d,]*)", r[1]), re.match(r"(\d[\d,]*)", r[2])
        if m1 and m2:
            d.product(r[3], val(m1.group(1)), val(m2.group(1)), "detail %s" % r[0])
    col_sum(d, det, "金额", "detail")
    ltc_b, ltc_s = val(pj.cell("长期护理保险", "全年预算")), val(pj.cell("长期护理保险", "实际支出"))
    d.same(det.cell("合计", "金额"), ltc_s, "长护明细合计")
    n_staff, pm = d.rx(r"聘用的(\d+)名评估员、经办人员全年(" + NUM + ")人月", group=None)
    d.total(pm, [val(n_staff) * 12], "人月")
    d.same(pm, val(det.cell("劳务", "数量")), "人月 table")
    d.balance(d.rx(r"未执行的(" + NUM + ")万元"), ltc_b, ltc_s, "长护未执行")

    c = d.table("评估等级", "占比")
    shares(d, c, "人次", "占比", "assessments")
    total_ass = val(c.cell("合计", "人次"))
    d.same(d.rx(r"全年完成失能等级评估(" + NUM + ")人次"), total_ass, "评估 prose")
    d.same(det.cell("失能等级评估费", "数量"), total_ass, "评估 detail")
    g = d.rx(r"各组分别完成(" + NUM + r")、(" + NUM + r")、(" + NUM + r")、(" + NUM + ")人次", group=None)
    d.total(str(total_ass), [val(x) for x in g], "各组合计")
    d.avg(d.rx(r"平均每组(" + NUM + ")人次"), [val(x) for x in g], "每组平均")
    heavy = d.rx(r"纳入长护待遇保障的共(" + NUM + ")人")
    d.total(heavy, [val(r[1]) for r in c.body() if r[0].startswith("重度")], "重度合计")
    org, o1, o2 = d.rx(r"定点护理服务机构增至(" + NUM + r")家，其中医养结合机构(" + NUM + r")家、居家上门服务机构(" + NUM + ")家", group=None)
    d.total(org, [val(o1), val(o2)], "定点机构构成")
    y = d.table("2022年", "2023年")
    for r in y.rows:
        d.diff(r[3], val(r[2]), val(r[1]), "two-year %s" % r[0])
    d.same(y.cell("完成失能等级评估", "2023年"), total_ass, "评估 two-year")
    d.same(y.cell("享受长护待遇", "2023年"), val(heavy), "待遇 two-year")
    d.same(y.cell("定点护理服务机构", "2023年"), val(org), "机构 two-year")
    d.same(y.cell("部门支出", "2023年"), spent, "支出 two-year")
    d.same(y.cell("部门支出", "2022年"), val(last), "2022支出 two-year")

    t, rs = d.indicator_table()
    ind = {r[2]: r for r in t.rows if len(r) > 2 and r[2]}
    d.same(ind["部门预算执行率"][4], spent / annual * 100, "执行率 in 自评表")
    d.same(ind["完成失能等级评估"][4], total_ass, "评估 in 自评表")
    d.same(ind["定点护理服务机构数"][4], val(org), "机构 in 自评表")
    d.same(d.rx(r"维持原结论的比例为(" + NUM + ")%"), val(ind["失能评估复核维持率"][4]), "维持率")
    d.same(d.rx(r"追回违规使用医保基金(" + NUM + ")万元"), val(ind["追回违规使用医保基金"][4]), "追回基金")
    d.same(d.rx(r"稳定运行率(" + NUM + ")%"), val(ind["医保信息平台稳定运行率"][4]), "运行率")
    d.same(d.rx(r"结算及时率(" + NUM + ")%"), val(ind["医保待遇结算及时率"][4]), "及时率")
    d.same(d.rx(r"参保群众满意度(" + NUM + ")%"), val(ind["参保群众满意度"][4]), "群众满意度")
    d.same(d.rx(r"失能人员家属满意度(" + NUM + ")%"), val(ind["失能人员家属满意度"][4]), "家属满意度")
    d.same(det.cell("失能等级评估费", "标准"), val(ind["每人次失能评估费用"][4]), "评估费标准")
    d.approx(d.rx(r"约占评估人次的(" + NUM + ")%"), val(heavy) / total_ass * 100, "重度占比")
    d.same(d.rx(r"后者未达到(" + NUM + ")%的目标值"), val(ind["失能人员家属满意度"][3]), "家属满意度目标")
    d.grade_and_total(rs)


def fuzhou(d):
    f = d.table("资金项目", "年初预算数")
    cols = ("年初预算数", "全年预算数", "全年执行数")
    tot = f.row("年度资金总额")
    parts = [f.row("当年财政拨款"), f.row("上年结转"), f.row("其他资金")]
    for c in cols:
        i = f.col(c)
        d.total(tot[i], [val(p[i]) for p in parts], "funds block %s" % c)
    for r in f.rows:
        d.rate(r[f.col("执行率")], val(r[f.col("全年执行数")]), val(r[f.col("全年预算数")]), "funds %s" % r[0])
    annual, spent = val(tot[f.col("全年预算数")]), val(tot[f.col("全年执行数")])
    w_exec, s_exec = tot[f.col("分值")], tot[f.col("得分")]
    if not close(s_exec, D(val(w_exec)) * spent / annual):
        d.warn.append("execution score")
    if val(s_exec) > val(w_exec):
        d.add("score_exceeds_weight", "execution score")
    init = d.rx(r"年初预算(" + NUM + ")万元")
    cut = d.rx(r"调减当年财政拨款(" + NUM + ")万元")
    carry = d.rx(r"信息系统运维资金(" + NUM + ")万元")
    d.same(init, val(tot[f.col("年初预算数")]), "年初 prose")
    d.total(f.row("当年财政拨款")[f.col("全年预算数")], [val(f.row("当年财政拨款")[f.col("年初预算数")]), -val(cut)], "当年拨款调减")
    d.same(carry, val(f.row("上年结转")[f.col("全年预算数")]), "结转 prose")
    d.total(d.rx(r"全年预算(" + NUM + ")万元。资金"), [val(init), -val(cut), val(carry)], "全年预算 prose")
    sp, rt, bl = d.rx(r"全年执行(" + NUM + r")万元，执行率(" + NUM + r"%)，未执行的(" + NUM + ")万元", group=None)
    d.same(sp, spent, "执行 prose")
    d.rate(rt, spent, annual, "执行率 prose")
    d.balance(bl, annual, spent, "未执行")

    s = d.table("支出内容", "测算依据")
    products(d, s, "测算依据", "全年执行", "sub-items")
    for r in s.rows:
        d.rate(r[s.col("执行率")], val(r[s.col("全年执行")]), val(r[s.col("全年预算")]), "sub-item %s" % r[0])
    col_sum(d, s, "全年预算", "sub-items")
    col_sum(d, s, "全年执行", "sub-items")
    d.same(s.cell("合计", "全年预算"), annual, "sub total budget")
    d.same(s.cell("合计", "全年执行"), spent, "sub total spent")
    staff, pm, ps = d.rx(r"经办人员(\d+)人、全年(" + NUM + r")人月、每人月(" + NUM + ")元", group=None)
    d.total(pm, [val(staff) * 12], "人月")
    d.product(s.cell("委托经办", "全年执行"), val(pm), val(ps), "经办 prose")
    basis = lambda lab: val(re.match(r"(\d[\d,]*)", s.cell(lab, "测算依据")).group(1))
    d.same(d.rx(r"全年入户上门评估(" + NUM + ")人次"), basis("上门评估交通补贴"), "上门评估人次")

    c = d.table("评估等级", "2025年占比")
    i24, i25, ish = c.col("2024年"), c.col("2025年（人次）"), c.col("2025年占比")
    body = c.body()
    d.total(c.row("合计")[i24], [val(r[i24]) for r in body], "2024 counts")
    d.total(c.row("合计")[i25], [val(r[i25]) for r in body], "2025 counts")
    n25, n24 = val(c.row("合计")[i25]), val(c.row("合计")[i24])
    for r in body:
        d.rate(r[ish], val(r[i25]), n25, "share %s" % r[0])
    if val(c.row("合计")[ish]) != 100 or not close(c.row("合计")[ish], sum((val(r[ish]) for r in body), D(0))):
        d.add("sum_mismatch", "shares total")
    done, last, inc, gr = d.rx(r"全年完成失能等级评估(" + NUM + r")人次，较上年(" + NUM + r")人次增加(" + NUM + r")人次，增长(" + NUM + "%)", group=None)
    d.same(done, n25, "2025 评估 prose")
    d.same(last, n24, "2024 评估 prose")
    d.diff(inc, val(done), val(last), "评估增加")
    d.rate(gr, val(inc), val(last), "评估增长率")
    d.same(str(basis("失能等级评估服务费")), n25, "评估 sub-items")
    heavy, hr = d.rx(r"重度失能一至三级的(" + NUM + r")人次，占全部评估的(" + NUM + "%)", group=None)
    d.total(heavy, [val(r[i25]) for r in body if r[0].startswith("重度")], "重度合计")
    d.rate(hr, val(heavy), n25, "重度占比")
    rev, chg, cr = d.rx(r"专家复核评估(" + NUM + r")人次，改变评估结论(" + NUM + r")人次，复核改变率(" + NUM + "%)", group=None)
    d.same(rev, basis("专家复核"), "复核人次")
    d.rate(cr, val(chg), n25, "复核改变率")

    t, rs = d.indicator_table(extra=(val(w_exec), val(s_exec)))
    ind = {r[2]: r for r in t.rows if len(r) > 2 and r[2]}
    d.same(ind["完成失能等级评估"][4], n25, "评估 in 自评表")
    d.same(ind["专家复核评估"][4], val(rev), "复核 in 自评表")
    d.same(d.rx(r"待遇享受率(" + NUM + ")%"), val(ind["重度失能人员待遇享受率"][4]), "享受率")
    d.same(d.rx(r"持证上岗率(" + NUM + ")%，未达到"), val(ind["护理服务从业人员持证上岗率"][4]), "持证率")
    d.same(d.rx(r"失能人员及家属满意度(" + NUM + ")%"), val(ind["失能人员及家属满意度"][4]), "满意度")
    d.same(d.rx(r"评估结论平均告知用时(" + NUM + ")个工作日"), val(ind["评估结论告知时限"][4]), "告知用时")
    d.goals(t, [(r"完成失能等级评估(" + NUM + ")人次以上", "完成失能等级评估"),
                (r"专家复核评估(" + NUM + ")人次以上", "专家复核评估"),
                (r"复核改变率不超过(" + NUM + ")%", "评估结论复核改变率"),
                (r"在(" + NUM + ")个工作日内告知", "评估结论告知时限"),
                (r"每人次评估服务费不超过(" + NUM + ")元", "每人次评估服务费"),
                (r"待遇享受率达到(" + NUM + ")%以上", "重度失能人员待遇享受率"),
                (r"持证上岗率达到(" + NUM + ")%以上", "护理服务从业人员持证上岗率"),
                (r"满意度不低于(" + NUM + ")%", "失能人员及家属满意度"),
                (r"未达到(" + NUM + ")%的目标值", "护理服务从业人员持证上岗率")], ("年度指标值",))
    d.goals(t, [(r"复核改变率(" + NUM + ")%", "评估结论复核改变率")], ("实际完成值",))
    d.same(re.search(r"×(\d+)元", s.cell("失能等级评估服务费", "测算依据")).group(1), val(ind["每人次评估服务费"][4]), "评估服务费标准")
    d.approx(d.rx(r"约占评估总量的(" + NUM + ")%"), basis("上门评估交通补贴") / n25 * 100, "上门评估占比")
    d.rate(d.rx(r"执行率仅(" + NUM + "%)"), val(s.cell("交通补贴", "全年执行")), val(s.cell("交通补贴", "全年预算")), "交通补贴 prose")
    d.grade_and_total(rs)


PROJECTS = {
    "hb-chengde-changhujingban-2018": (2018, chengde),
    "zj-ningbo-shinengpinggu-2020": (2020, ningbo),
    "ah-anqing-changhujingban-2021": (2021, anqing),
    "sn-hanzhong-yibaoju-bumen-2023": (2023, hanzhong),
    "fj-fuzhou-changhu-2025": (2025, fuzhou),
}


def check(path, pid):
    year, fn = PROJECTS[pid]
    text = open(path, encoding="utf-8").read()
    d = Doc(text, year)
    fn(d)
    d.years()
    d.prose_rates()
    d.table_rates()
    return d, text


def edit_span(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    seen = set()
    for lab in labels:
        case = lab["case"]
        seen.add(case)
        pid = lab["source"]
        d, text = check(os.path.join(CASES, case), pid)
        codes = sorted(set(c for c, _ in d.found))
        n = len(text)
        if lab["clean"]:
            if not 2500 <= n <= 6000:
                problems.append("%s: %d characters" % (case, n))
            if codes or d.warn:
                problems.append("%s: clean draft fails %s %s" % (case, d.found, d.warn))
            if lab["expected"]:
                problems.append("%s: clean with labels" % case)
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: %d labels" % (case, len(exp)))
            continue
        e = exp[0]
        if codes != [e["code"]]:
            problems.append("%s: expected [%s], verify finds %s" % (case, e["code"], d.found))
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        i, ja, jb = edit_span(clean, text)
        if ja - i > 40 or jb - i > 40:
            problems.append("%s: edit longer than 40 characters (%d/%d)" % (case, ja - i, jb - i))
        if text.count(e["value"]) != 1:
            problems.append("%s: value occurs %d times" % (case, text.count(e["value"])))
        else:
            p = text.index(e["value"])
            if not (p <= i and jb <= p + len(e["value"])) and not (p < jb and i < p + len(e["value"])):
                problems.append("%s: value does not cover the edit" % case)
        if e["severity"] != "error":
            problems.append("%s: severity" % case)
    for f in os.listdir(CASES):
        if f not in seen:
            problems.append("%s: no label" % f)
    if len(labels) != 35:
        problems.append("%d labels" % len(labels))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        for p in sys.argv[1:]:
            pid = re.sub(r"-(clean|e\d)\.txt$", "", os.path.basename(p))
            d, _ = check(p, pid)
            print(p, d.found, d.warn)
    else:
        main()
