#!/usr/bin/env python3
"""Verify the n411 set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md section A (1-13) is used at least twice;
4. the arithmetic of every clean draft is redone: all checks pass;
5. the arithmetic of every error case is redone: the labelled code fails and no other error-level code fails.

The arithmetic is redone from the text itself: every figure a check uses is read out of the case by a regex
anchored on its context (each anchor must match exactly once), tables are rebuilt from their separators.
Tolerance follows rules.md section 8: a stated value with d decimals matches a computed c iff
|c - v| <= 0.5 * 10^-d. Rounding is ROUND_HALF_UP (decimal.Decimal).
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
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


# ---------------------------------------------------------------- numbers
def clean_num(s):
    return s.replace(",", "").replace("，", "").strip().rstrip("%").strip()


def _numpart(s):
    m = re.match(r"^-?[\d.]+", clean_num(s))
    if not m:
        raise AssertionError("not a number: %r" % s)
    return m.group(0)


def N(s):
    return D(_numpart(s))


def decs(s):
    s = _numpart(s)
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, c):
    """stated: string as written; c: computed Decimal in the same unit."""
    v = N(stated)
    return abs(c - v) <= D(5) * D(10) ** (-decs(stated) - 1) + D("1e-9")


def same(a, b):
    """two stated values of one quantity agree within the precision of the less precise one."""
    d = min(decs(a), decs(b))
    return abs(N(a) - N(b)) <= D(5) * D(10) ** (-d - 1) + D("1e-9")


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def to_wan(num, unit):
    v = N(num)
    return {"万元": v, "亿元": v * 10000, "元": v / 10000}[unit]


def grade_of(total):
    t = N(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
               "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- checker
class Check:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = []      # (code, message)
        self.warns = []      # (code, message) -- warning-level (score rule), not counted as errors

    # --- extraction
    def g(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise AssertionError("%s: anchor %r matched %d times" % (self.name, pat, len(ms)))
        m = ms[0]
        return m.groups() if len(m.groups()) > 1 else m.group(1)

    def table(self, first_header_cell, sep="｜"):
        """rows of the table whose header line starts with first_header_cell (exactly one such line)."""
        lines = self.t.split("\n")
        starts = [i for i, ln in enumerate(lines) if ln.startswith(first_header_cell + sep)]
        if len(starts) != 1:
            raise AssertionError("%s: table %r found %d times" % (self.name, first_header_cell, len(starts)))
        rows = []
        for ln in lines[starts[0]:]:
            if sep not in ln:
                break
            rows.append(ln.split(sep))
        return rows

    def tables(self, first_header_cell, sep):
        lines = self.t.split("\n")
        out = []
        i = 0
        while i < len(lines):
            if lines[i].startswith(first_header_cell + sep):
                rows = []
                while i < len(lines) and sep in lines[i]:
                    rows.append(lines[i].split(sep))
                    i += 1
                out.append(rows)
            else:
                i += 1
        return out

    # --- recording
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def _rescued(self, test, values):
        """True if scaling exactly one of the values by 10^±4 / 10^±8 makes test pass."""
        for i in range(len(values)):
            for k in SCALES:
                vs = list(values)
                vs[i] = vs[i] * k
                try:
                    if test(vs):
                        return True
                except (ZeroDivisionError, ArithmeticError):
                    pass
        return False

    # --- identities
    def sum(self, what, total, parts, code="sum_mismatch"):
        """total: (str, unit) ; parts: list of (str, unit). Everything compared in the unit of total."""
        tu = total[1]
        f = {"万元": D(1), "亿元": D(10000), "元": D(1) / D(10000), None: D(1)}
        vals = [N(total[0]) * f[tu]] + [N(p[0]) * f[p[1]] for p in parts]

        tol = D(5) * D(10) ** (-decs(total[0]) - 1) * f[tu] + D("1e-9")

        def test(vs):
            return abs(vs[0] - sum(vs[1:])) <= tol

        if test(vals):
            return
        if self._rescued(test, vals):
            self.fail("unit_mismatch", "%s: one amount off by a power of ten" % what)
        else:
            self.fail(code, "%s: %s != sum %s" % (what, total[0], sum(vals[1:]) / f[tu]))

    def diff(self, what, stated, a, b, code="balance_mismatch"):
        """stated = a - b ; all (str, unit) in 万元/亿元/元; compared in the unit of stated."""
        f = {"万元": D(1), "亿元": D(10000), "元": D(1) / D(10000), None: D(1)}
        su = stated[1]
        vals = [N(stated[0]) * f[su], N(a[0]) * f[a[1]], N(b[0]) * f[b[1]]]

        def test(vs):
            return abs(vs[0] - (vs[1] - vs[2])) <= D(5) * D(10) ** (-decs(stated[0]) - 1) * f[su] + D("1e-9")

        if test(vals):
            return
        if self._rescued(test, vals):
            self.fail("unit_mismatch", "%s: one amount off by a power of ten" % what)
        else:
            self.fail(code, "%s: %s != %s - %s" % (what, stated[0], a[0], b[0]))

    def rate(self, what, stated, num, den, code="rate_mismatch", bounded=True):
        """stated: '95.76' or '95.76%' (percent); num/den Decimals or strings (same unit)."""
        n = num if isinstance(num, D) else N(num)
        d = den if isinstance(den, D) else N(den)
        if d == 0:
            if N(stated) != 0:
                self.fail("implausible_rate", "%s: rate %s on a zero base" % (what, stated))
            return
        if bounded and N(stated) > 100:
            self.fail("implausible_rate", "%s: rate %s above 100%%" % (what, stated))
        if bounded and N(stated) < 0:
            self.fail("implausible_rate", "%s: negative rate" % what)

        def test(vs):
            return close(stated, vs[0] / vs[1] * 100)

        if test([n, d]):
            return
        if self._rescued(test, [n, d]):
            self.fail("unit_mismatch", "%s: one amount off by a power of ten" % what)
        else:
            self.fail(code, "%s: stated %s, computed %s" % (what, stated, r2(n / d * 100)))

    def average(self, what, stated, items):
        c = sum(N(x) for x in items) / len(items)
        if not close(stated, c):
            self.fail("average_mismatch", "%s: stated %s, mean %s" % (what, stated, c))

    def equal(self, what, a, b, unit_a=None, unit_b=None):
        """one quantity stated twice."""
        if unit_a and unit_b and unit_a != unit_b:
            va, vb = to_wan(a, unit_a), to_wan(b, unit_b)
            if unit_a == "元":
                ok = close(a, vb * 10000)
            elif unit_b == "元":
                ok = close(b, va * 10000)
            else:
                ok = abs(va - vb) < D("0.005")
            if not ok:
                self.fail("conflicting_values", "%s: %s%s vs %s%s" % (what, a, unit_a, b, unit_b))
            return
        if same(a, b):
            return
        for k in SCALES:
            if N(a) * k == N(b) or N(b) * k == N(a):
                self.fail("unit_mismatch", "%s: %s vs %s off by a power of ten" % (what, a, b))
                return
        self.fail("conflicting_values", "%s: %s vs %s" % (what, a, b))

    def pct_ok(self, what, stated):
        if N(stated) > 100 or N(stated) < 0:
            self.fail("implausible_rate", "%s: %s outside [0, 100]" % (what, stated))

    def year_is(self, what, stated, eval_year):
        if int(stated) != eval_year:
            self.fail("year_mismatch", "%s: %s, evaluation year %d" % (what, stated, eval_year))

    def year_after(self, what, stated, eval_year):
        if int(stated) <= eval_year:
            self.fail("year_mismatch", "%s: %s not after evaluation year %d" % (what, stated, eval_year))

    def grade(self, what, word, total):
        if GRADE_WORDS[word] != grade_of(total):
            self.fail("grade_mismatch", "%s: %s for total %s" % (what, word, total))

    def score_total(self, what, stated, scores):
        s = sum(N(x) for x in scores)
        if not close(stated, s):
            self.fail("score_sum_mismatch", "%s: stated %s, sum %s" % (what, stated, s))

    def weight_total(self, what, weights, expected="100"):
        s = sum(N(x) for x in weights)
        if s != N(expected):
            self.fail("weight_sum_mismatch", "%s: weights sum to %s, not %s" % (what, s, expected))

    # --- indicator rows
    def indicator(self, row):
        """row: dict name,target,actual,w,s[,comp][,dir][,unit][,qual_bands]"""
        name, w, s = row["name"], row["w"], row["s"]
        if N(s) > N(w) or N(s) < 0:
            self.fail("score_exceeds_weight", "%s: score %s, weight %s" % (name, s, w))
        tgt, act = row["target"], row["actual"]
        qual = row.get("dir") == "定性" or not re.search(r"\d", act) or not re.search(r"\d", tgt)
        if qual:
            lo, hi = row.get("bands", ((D("0.8"), D("1")), (D("0.6"), D("0.8"))))
            if "部分" in act:
                band = hi
                ok = band[0] * N(w) <= N(s) < band[1] * N(w)
            elif "未" in act:
                ok = N(s) < D("0.6") * N(w)
            else:
                band = lo
                ok = band[0] * N(w) <= N(s) <= band[1] * N(w)
            if not ok:
                self.warns.append(("score_rule_mismatch", "%s: qualitative score %s outside band" % (name, s)))
            return
        # units
        if "年" in tgt and "月" in tgt:
            if not ("年" in act and "月" in act):
                self.fail("unit_mismatch", "%s: target is a date, actual %s" % (name, act))
            return
        mt = re.match(r"^\s*([≥≤=＞＜<>]?)\s*([\d.,]+)\s*(.*?)\s*$", tgt)
        ma = re.match(r"^\s*(?:平均)?([\d.,]+)\s*(.*?)\s*$", act)
        if not mt or not ma:
            raise AssertionError("%s: cannot read %r / %r" % (name, tgt, act))
        sign = row.get("dir") or mt.group(1) or "="
        ut = mt.group(3) or row.get("unit") or ""
        ua = ma.group(2)
        if ua and ua != ut:
            self.fail("unit_mismatch", "%s: target unit %r, actual %r" % (name, ut, ua))
            return
        T, A = N(mt.group(2)), N(ma.group(1))
        bounded = ("满意", "覆盖率", "参与率", "准确率", "到位率", "执行率", "可用率", "整改")
        if ut == "%" and any(b in name for b in bounded) and A > 100:
            self.fail("implausible_rate", "%s: %s%% above 100%%" % (name, A))
        if sign in ("≤", "＜", "<"):
            comp = D(100) if A <= T else T / A * 100
            rule = N(w) if A <= T else N(w) * T / A
        else:
            comp = A / T * 100
            rule = N(w) if A >= T else N(w) * A / T
        if "comp" in row and row["comp"] not in ("—", ""):
            if not close(row["comp"], comp):
                self.fail("completion_mismatch", "%s: completion %s, computed %s" % (name, row["comp"], r2(comp)))
            rule_alt = N(w) if N(row["comp"]) >= 100 else N(w) * N(row["comp"]) / 100
        else:
            rule_alt = rule
        if not (close(s, rule) or close(s, rule_alt)):
            self.warns.append(("score_rule_mismatch", "%s: score %s, rule gives %s" % (name, s, r2(rule))))

    def exec_score(self, what, score, weight, rate):
        c = N(weight) * min(N(rate), D(100)) / 100
        if not close(score, c):
            self.warns.append(("score_rule_mismatch", "%s: execution score %s, rule %s" % (what, score, r2(c))))


# ================================================================ project checks
def chk_guangde(t):
    c = Check(t, "guangde")
    Y = 2020
    title_y = c.g(r"\n(\d{4})年度国家组织药品集中带量采购落地及结余留用专项经费\n")
    c.year_is("title", title_y, Y)
    c.year_is("attachment year", c.g(r"项目支出绩效自评表（(\d{4})年度）"), Y)
    c.year_after("report date", c.g(r"\n(\d{4})年\d+月\d+日\n?$"), Y - 1)
    c.year_after("carry-over", c.g(r"已按规定结转至(\d{4})年继续使用"), Y)
    ini, add, ann = c.g(r"年初预算中为本项目安排([\d.]+)万元.*?补助资金([\d.]+)万元，经市政府同意追加列入本项目，全年预算调整为([\d.]+)万元", re.S)
    c.sum("annual budget = initial + addition", (ann, "万元"), [(ini, "万元"), (add, "万元")])
    c.rate("到位率", c.g(r"资金已全部到位，到位率(\d+%)"), N(ann), N(ann))
    spent, rate_txt = c.g(r"本项目全年执行([\d.]+)万元，预算执行率([\d.]+%)")
    total_txt = c.g(r"自评总分([\d.]+)分")
    # funds table
    ft = c.table("资金来源")
    hdr = ft[0]
    rows = {r[0]: r for r in ft[1:]}
    for k in ("本级财政拨款", "上级补助资金", "合计"):
        r = rows[k]
        c.sum(k + " 全年 = 年初 + 追加", (r[3], "万元"), [(r[1], "万元"), (r[2], "万元")])
        c.rate(k + " 执行率", r[5], N(r[4]), N(r[3]))
    for j in (1, 2, 3, 4):
        c.sum("合计 column " + hdr[j], (rows["合计"][j], "万元"),
              [(rows["本级财政拨款"][j], "万元"), (rows["上级补助资金"][j], "万元")])
    c.equal("annual budget text/table", ann, rows["合计"][3])
    c.equal("spent text/table", spent, rows["合计"][4])
    c.equal("execution rate text/table", rate_txt, rows["合计"][5])
    c.exec_score("funds table", rows["合计"][6], "10", rows["合计"][5])
    c.grade("funds table 合计 grade", rows["合计"][7], total_txt)
    # process
    uses = c.g(r"全年支出中，监测平台运维([\d.]+)万元、第三方考核服务([\d.]+)万元、培训宣传([\d.]+)万元、专项检查([\d.]+)万元")
    c.sum("uses = spent", (spent, "万元"), [(u, "万元") for u in uses])
    c.diff("year-end balance", (c.g(r"年末结余([\d.]+)万元"), "万元"), (ann, "万元"), (spent, "万元"))
    # outputs
    b1, b2, b3, btot = c.g(r"第一批扩围(\d+)个、第二批(\d+)个、第三批(\d+)个，共(\d+)个品种")
    c.sum("batches", (btot, None), [(b1, None), (b2, None), (b3, None)])
    agreed, bought, comp = c.g(r"约定采购量合计([\d,.]+)万片（袋），全年实际采购([\d,.]+)万片（袋），完成约定量的([\d.]+%)")
    c.rate("约定量完成", comp, N(bought), N(agreed), code="completion_mismatch", bounded=False)
    ly, h1, h2, h3 = c.g(r"结余留用([\d.]+)万元，广德市人民医院、广德市中医院和16家乡镇卫生院分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元")
    c.sum("结余留用 split", (ly, "万元"), [(h1, "万元"), (h2, "万元"), (h3, "万元")])
    bid, lst, sav, srate = c.g(r"采购金额([\d,.]+)万元，按原挂网价计算应为([\d,.]+)万元，节约([\d,.]+)万元，节约率([\d.]+%)")
    c.sum("list = bid + saving", (lst, "万元"), [(bid, "万元"), (sav, "万元")])
    c.rate("节约率", srate, N(sav), N(lst))
    p0, p1, pr = c.g(r"每盒由([\d.]+)元降至([\d.]+)元，降幅(\d+%)")
    c.rate("per-box drop", pr, N(p0) - N(p1), N(p0))
    sat_p, sat_h = c.g(r"参保群众满意度([\d.]+%)，定点医疗机构满意度([\d.]+%)")
    c.pct_ok("参保群众满意度", sat_p)
    c.pct_ok("定点医疗机构满意度", sat_h)
    # attachment
    at = c.table("一级指标")
    rows2 = [r for r in at[1:] if r[0] != "总分"]
    tot = [r for r in at[1:] if r[0] == "总分"][0]
    weights, scores = [], []
    for r in rows2:
        weights.append(r[5]); scores.append(r[6])
        if r[0] == "预算执行":
            c.equal("exec rate table/text", r[4], rate_txt)
            c.equal("exec score attachment/funds", r[6], rows["合计"][6])
            c.exec_score("attachment", r[6], r[5], r[4])
            continue
        c.indicator({"name": r[2], "target": r[3], "actual": r[4], "w": r[5], "s": r[6]})
    c.weight_total("attachment", weights, tot[5])
    c.weight_total("attachment vs 100", [tot[5]])
    c.score_total("attachment total", tot[6], scores)
    c.equal("total text/table", total_txt, tot[6])
    byname = {r[2]: r for r in rows2}
    c.equal("约定量 completion text/table", comp, byname["约定采购量完成比例"][4])
    c.equal("batches text/table", btot, byname["中选药品落地品种"][4].rstrip("个"))
    c.equal("参保群众满意度", sat_p, byname["参保群众满意度"][4])
    c.equal("定点医疗机构满意度", sat_h, byname["定点医疗机构满意度"][4])
    c.equal("平均降价", c.g(r"按品种简单平均的降价幅度为([\d.]+%)"), byname["中选药品平均降价幅度"][4])
    c.equal("运维费", uses[0], byname["监测平台运维费用"][4].replace("万元", ""))
    return c


def chk_dangyang(t):
    c = Check(t, "dangyang")
    Y = 2022
    c.year_is("title", c.g(r"^当阳市医疗保障局(\d{4})年度"), Y)
    c.year_is("attachment", c.g(r"附表：(\d{4})年度"), Y)
    c.year_is("截至", c.g(r"截至(\d{4})年12月31日"), Y)
    c.year_after("carry-over", c.g(r"已结转至(\d{4})年"), Y)
    c.year_after("report date", c.g(r"\n(\d{4})年\d+月\d+日\n?$"), Y - 1)
    ini, add, ann = c.g(r"年初市级财政安排本项目([\d.]+)万元。.*?资金（医保基金监管方向）([\d.]+)万元下达我市，经批准追加列入本项目，全年预算为([\d.]+)万元", re.S)
    c.sum("annual = initial + addition", (ann, "万元"), [(ini, "万元"), (add, "万元")])
    spent = c.g(r"全年支出([\d.]+)万元。其中")
    uses = c.g(r"第三方专业机构审核服务([\d.]+)万元，智能监控规则维护([\d.]+)万元，飞行检查及专项检查([\d.]+)万元，宣传月活动([\d.]+)万元")
    c.sum("uses", (spent, "万元"), [(u, "万元") for u in uses])
    c.diff("balance", (c.g(r"年末结余([\d.]+)万元"), "万元"), (ann, "万元"), (spent, "万元"))
    ft = c.table("资金来源")
    rows = {r[0]: r for r in ft[1:]}
    for k in rows:
        c.rate(k + " 执行率", rows[k][5], N(rows[k][4]), N(rows[k][2]))
        c.rate(k + " 到位率<=100", "100", N(rows[k][3]), N(rows[k][2]))
    for j in (1, 2, 3, 4):
        c.sum("合计 col %d" % j, (rows["合计"][j], "万元"),
              [(rows["市级财政资金"][j], "万元"), (rows["中央补助资金"][j], "万元")])
    c.equal("annual text/table", ann, rows["合计"][2])
    c.equal("initial text/table", ini, rows["合计"][1])
    c.equal("spent text/table", spent, rows["合计"][4])
    c.sum("机构", (c.g(r"定点医药机构共(\d+)家"), None), [(x, None) for x in c.g(r"其中定点医疗机构(\d+)家、定点零售药店(\d+)家")])
    plan, done, comp = c.g(r"全年计划现场检查(\d+)家次，实际检查(\d+)家次，完成率([\d.]+%)")
    c.rate("检查完成率", comp, N(done), N(plan), code="completion_mismatch", bounded=False)
    a1, a2, a3, avg = c.g(r"分别追回([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，平均每家([\d.]+)万元")
    c.average("三家医院追回", avg, [a1, a2, a3])
    rec, rec1, rec2 = c.g(r"追回（拒付）医保基金合计([\d.]+)万元，其中定点医疗机构([\d.]+)万元、定点零售药店([\d.]+)万元")
    c.sum("追回", (rec, "万元"), [(rec1, "万元"), (rec2, "万元")])
    c.equal("追回 conclusion", c.g(r"本年度全年追回医保基金([\d.]+)万元"), rec)
    e1, e0, gr = c.g(r"全市医保基金支出([\d.]+)亿元，比上年的([\d.]+)亿元增长([\d.]+%)")
    c.rate("growth", gr, N(e1) - N(e0), N(e0), bounded=False)
    q0, q1, qr = c.g(r"发放问卷(\d+)份，收回有效问卷(\d+)份，回收率([\d.]+%)")
    c.rate("回收率", qr, N(q1), N(q0))
    sat = c.g(r"回收率[\d.]+%，满意度为([\d.]+%)")
    c.pct_ok("群众满意度", sat)
    c.pct_ok("机构满意度", c.g(r"其对检查工作的满意度为([\d.]+%)"))
    grade_txt = c.g(r"评价等级为(优|良|中|差)")
    # table
    at = c.table("一级指标")
    body = [r for r in at[1:] if r[0] != "合计"]
    tot = [r for r in at[1:] if r[0] == "合计"][0]
    by = {r[2]: r for r in body}
    ws, ss = [], []
    for r in body:
        ws.append(r[5]); ss.append(r[6])
        if r[0] == "预算执行":
            c.equal("exec rate", r[4], rows["合计"][5])
            c.exec_score("exec", r[6], r[5], r[4])
            continue
        c.indicator({"name": r[2], "target": r[3], "actual": r[4], "w": r[5], "s": r[6],
                     "bands": ((D("0.8"), D("1")), (D("0.5"), D("0.8")))})
    c.weight_total("weights", ws, tot[5])
    c.weight_total("weights vs 100", [tot[5]])
    c.weight_total("Hubei: execution 20", [by["预算执行率"][5]], "20")
    c.score_total("total", tot[6], ss)
    c.grade("text grade", grade_txt, tot[6])
    c.grade("funds table grade", rows["合计"][6], tot[6])
    c.equal("追回 table", by["追回（拒付）医保基金"][4].replace("万元", ""), rec)
    dev = c.g(r"超目标([\d.]+%)")
    c.rate("deviation", dev, N(rec) - N(by["追回（拒付）医保基金"][3].strip("≥万元")), N(by["追回（拒付）医保基金"][3].strip("≥万元")), bounded=False)
    c.equal("病历", c.g(r"审核住院病历(\d+)份"), by["第三方审核住院病历数"][4].rstrip("份"))
    c.equal("整改", c.g(r"违规问题整改到位率([\d.]+%)，"), by["违规问题整改到位率"][4])
    c.equal("办结", c.g(r"举报线索平均(\d+)天办结"), by["举报线索办结时限"][4].rstrip("天"))
    c.equal("群众满意度", sat, by["参保群众满意度"][4])
    c.equal("第三方费", uses[0], by["第三方审核服务费"][4].replace("万元", ""))
    return c


def chk_chongzhou(t):
    c = Check(t, "chongzhou")
    Y = 2023
    c.year_is("title", c.g(r"^崇州市(\d{4})年度"), Y)
    c.year_is("table year", c.g(r"｜年度｜(\d{4})年"), Y)
    c.year_is("截至", c.g(r"截至(\d{4})年12月31日"), Y)
    c.year_after("report date", c.g(r"\n(\d{4})年\d+月\d+日\n?$"), Y - 1)
    ini, ini_f, ini_s = c.g(r"年初预算批复([\d.]+)万元，其中财政资金([\d.]+)万元为考核工作经费，财政专户管理资金([\d.]+)万元")
    c.sum("initial", (ini, "万元"), [(ini_f, "万元"), (ini_s, "万元")])
    adj, ann = c.g(r"结余留用资金调增至([\d.]+)万元，全年预算为([\d.]+)万元")
    c.sum("annual", (ann, "万元"), [(ini_f, "万元"), (adj, "万元")])
    spent, ly, ly_yuan, wk = c.g(r"全年执行([\d.]+)万元，其中结余留用资金([\d.]+)万元（即([\d,.]+)元）已全额拨付，工作经费支出([\d.]+)万元")
    c.sum("spent", (spent, "万元"), [(ly, "万元"), (wk, "万元")])
    c.equal("留用 万元/元", ly, ly_yuan, "万元", "元")
    c.diff("工作经费结余", (c.g(r"结余([\d.]+)万元已由财政收回"), "万元"), (ini_f, "万元"), (wk, "万元"))
    ft = c.table("资金性质")
    rows = {r[0]: r for r in ft[1:]}
    names = ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for j in (1, 2, 3):
        c.sum("合计 col %d" % j, (rows["合计"][j], "万元"), [(rows[k][j], "万元") for k in names])
    for k in names + ["合计"]:
        if rows[k][4] != "—":
            c.rate(k + " 执行率", rows[k][4], N(rows[k][3]), N(rows[k][2]))
    c.equal("initial", ini, rows["合计"][1])
    c.equal("annual", ann, rows["合计"][2])
    c.equal("spent", spent, rows["合计"][3])
    c.equal("留用 table", ly, rows["财政专户管理资金"][3])
    c.equal("工作经费 table", wk, rows["财政资金"][3])
    agreed, bought, comp = c.g(r"约定采购量合计([\d,]+)套（件），实际采购([\d,]+)套（件），完成([\d.]+%)")
    c.rate("约定量", comp, N(bought), N(agreed), code="completion_mismatch", bounded=False)
    ht = c.table("考核单元")
    hrows = [r for r in ht[1:] if r[0] != "合计"]
    htot = [r for r in ht[1:] if r[0] == "合计"][0]
    c.sum("留用 by unit", (htot[3], "万元"), [(r[3], "万元") for r in hrows])
    c.equal("留用 total", htot[3], ly)
    c.average("考核平均分", c.g(r"四个考核单元平均得分([\d.]+)分"), [r[2] for r in hrows])
    s1, s2 = c.g(r"留用金额分别占总额的([\d.]+%)和([\d.]+%)")
    hb = {r[0]: r for r in hrows}
    c.rate("人民医院占比", s1, N(hb["崇州市人民医院"][3]), N(htot[3]))
    c.rate("中医医院占比", s2, N(hb["崇州市中医医院"][3]), N(htot[3]))
    bid, lst, sav, srate = c.g(r"采购中选耗材([\d,.]+)万元，按集采前同品规价格计算为([\d,.]+)万元，节约([\d,.]+)万元，节约率([\d.]+%)")
    c.sum("list = bid + saving", (lst, "万元"), [(bid, "万元"), (sav, "万元")])
    c.rate("节约率", srate, N(sav), N(lst))
    total_txt = c.g(r"自评得分([\d.]+)分")
    c.grade("funds grade", rows["合计"][5], total_txt)
    # attachment
    ab, asp, aw, asc = c.g(r"预算执行｜全年预算数([\d.]+)万元｜全年执行数([\d.]+)万元｜分值(\d+)｜得分([\d.]+)")
    c.equal("attachment annual", ab, ann)
    c.equal("attachment spent", asp, spent)
    c.exec_score("exec", asc, aw, rows["合计"][4])
    at = c.table("一级指标")
    ws, ss = [aw], [asc]
    by = {}
    for r in at[1:]:
        by[r[2]] = r
        ws.append(r[7]); ss.append(r[8])
        c.indicator({"name": r[2], "dir": r[3], "target": r[4], "unit": r[5], "actual": r[6], "w": r[7], "s": r[8]})
    c.weight_total("weights", ws)
    c.score_total("total", total_txt, ss)
    c.equal("约定量 text/table", comp, by["约定采购量完成率"][6])
    c.equal("拨付天数", c.g(r"在考核结果确定后(\d+)天拨付"), by["考核结果确定后拨付时限"][6])
    c.equal("工作经费 indicator", wk, by["考核工作经费"][6])
    return c


def chk_gaoping(t):
    c = Check(t, "gaoping")
    Y = 2021
    c.year_is("title", c.g(r"\n(\d{4})年度药品耗材集中带量采购和医保基金监管专项资金绩效自评报告"), Y)
    c.year_is("实施计划", c.g(r"项目实施计划：(\d{4})年1月至12月"), Y)
    c.year_after("carry-over", c.g(r"已结转至(\d{4})年继续使用"), Y)
    c.year_after("report date", c.g(r"\n(\d{4})年\d+月\d+日\n?$"), Y - 1)
    ini, add, co, ann = c.g(r"年初县区级财政安排([\d.]+)万元。.*?补助资金([\d.]+)万元到位后追加列入本项目，加上上年结转资金([\d.]+)万元，全年预算资金为([\d.]+)万元", re.S)
    c.sum("annual", (ann, "万元"), [(ini, "万元"), (add, "万元"), (co, "万元")])
    ft = c.table("项目", sep="\t")
    R = {r[1].split("=")[0]: r for r in ft[1:]}
    cols = list(range(2, 10))   # total, subtotal, central, prov, city, county, carry, other
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = R[k]
        c.sum(k + " total = subtotal + carry + other", (r[2], "万元"), [(r[3], "万元"), (r[8], "万元"), (r[9], "万元")])
        c.sum(k + " subtotal", (r[3], "万元"), [(r[j], "万元") for j in (4, 5, 6, 7)])
    for j in cols:
        c.diff("(5) col %d" % j, (R["(5)"][j], "万元"), (R["(3)"][j], "万元"), (R["(4)"][j], "万元"))
        c.rate("(6) col %d" % j, R["(6)"][j], N(R["(3)"][j]), N(R["(2)"][j]))
        c.rate("(7) col %d" % j, R["(7)"][j], N(R["(4)"][j]), N(R["(2)"][j]))
    c.equal("initial", ini, R["(1)"][2])
    c.equal("annual", ann, R["(2)"][2])
    c.equal("central", add, R["(2)"][4])
    c.equal("carry", co, R["(2)"][8])
    spent = c.g(r"\n全年执行([\d.]+)万元，其中")
    uses = c.g(r"第三方审核服务([\d.]+)万元、集采监测及结余留用考核([\d.]+)万元、专项检查([\d.]+)万元、宣传培训([\d.]+)万元")
    c.sum("uses", (spent, "万元"), [(u, "万元") for u in uses])
    c.equal("spent", spent, R["(4)"][2])
    total_txt, grade_txt = c.g(r"本项目总得分([\d.]+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.grade("text grade", grade_txt, total_txt)
    ws, ss = [], []
    by = {}
    for tb in c.tables("二级指标", "\t"):
        for r in tb[1:]:
            name = r[1]
            by[re.sub(r"（.*?）", "", name)] = r
            ws.append(r[2]); ss.append(r[6])
            if name == "预算执行率":
                c.equal("exec rate", r[4], R["(7)"][2])
                c.rate("exec completion", r[5], N(r[4]), D(100), code="completion_mismatch")
                c.exec_score("exec", r[6], r[2], r[4])
                continue
            mu = re.search(r"（(.*?)）", name)
            c.indicator({"name": name, "target": r[3], "actual": r[4], "comp": r[5], "w": r[2], "s": r[6],
                         "unit": mu.group(1) if mu else ""})
    c.weight_total("weights", ws)
    c.score_total("total", total_txt, ss)
    c.equal("exec rate text", c.g(r"全年预算执行率([\d.]+%)"), by["预算执行率"][4])
    c.equal("落地品种", c.g(r"集采药品(\d+)个；"), by["集采中选药品落地品种"][4])
    c.equal("检查家数", c.g(r"全年现场检查定点医药机构(\d+)家"), by["现场检查定点医药机构"][4])
    p0, p1, pr = c.g(r"每片由([\d.]+)元降至([\d.]+)元，降幅约(\d+%)")
    c.rate("per-tablet drop (approx.)", pr, N(p0) - N(p1), N(p0))
    b0, b1, bal, keep = c.g(r"医保资金预算额([\d.]+)万元，实际结算支出([\d.]+)万元，结余([\d.]+)万元，考核后核定留用([\d.]+)万元")
    c.diff("集采医保资金结余", (bal, "万元"), (b0, "万元"), (b1, "万元"))
    k1, k2 = c.g(r"高平市人民医院、高平市中医院分别留用([\d.]+)万元、([\d.]+)万元")
    c.sum("留用 split", (keep, "万元"), [(k1, "万元"), (k2, "万元")])
    c.equal("拨付天数", c.g(r"在考核结果公布后(\d+)天内完成"), by["结余留用资金拨付时限"][4])
    rec, r1, r2_ = c.g(r"全年追回医保基金([\d.]+)万元，其中定点医疗机构([\d.]+)万元、定点零售药店([\d.]+)万元")
    c.sum("追回", (rec, "万元"), [(r1, "万元"), (r2_, "万元")])
    c.equal("追回 table", rec, by["追回医保基金"][4])
    c.equal("第三方费", uses[0], by["第三方审核服务费"][4])
    sat = c.g(r"参保群众满意度([\d.]+%)，略低于目标")
    c.pct_ok("满意度", sat)
    c.equal("满意度", sat, by["参保群众满意度"][4])
    c.equal("整改率", c.g(r"违规问题整改完成率只有([\d.]+%)"), by["违规问题整改完成率"][4])
    return c


def chk_jianou(t):
    c = Check(t, "jianou")
    Y = 2024
    c.year_is("title", c.g(r"^建瓯市医疗保障局(\d{4})年度部门整体"), Y)
    c.year_is("budget", c.g(r"\n(\d{4})年年初批复部门预算中"), Y)
    c.year_after("carry-over", c.g(r"已结转至(\d{4})年"), Y)
    c.year_after("self-evaluation", c.g(r"\n(\d{4})年1月，我局成立"), Y)
    c.year_after("report date", c.g(r"\n(\d{4})年\d+月\d+日\n?$"), Y - 1)
    base, proj, a1, a2, addt, co, ann = c.g(
        r"基本支出([\d.]+)万元、项目支出([\d.]+)万元；年中省级下达医保基金监管补助资金([\d.]+)万元、集采结余留用考核工作经费([\d.]+)万元，合计追加([\d.]+)万元；另有上年结转的医保信息平台运维资金([\d.]+)万元。全年预算([\d.]+)万元")
    c.sum("addition", (addt, "万元"), [(a1, "万元"), (a2, "万元")])
    c.sum("annual", (ann, "万元"), [(base, "万元"), (proj, "万元"), (addt, "万元"), (co, "万元")])
    spent, rate_txt, bal = c.g(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)；年末结余([\d.]+)万元")
    c.rate("dept execution", rate_txt, N(spent), N(ann))
    c.diff("dept balance", (bal, "万元"), (ann, "万元"), (spent, "万元"))
    ft = c.table("支出项目")
    rows = {r[0]: r for r in ft[1:]}
    items = ["基本支出", "医保基金监管专项", "集采结余留用考核及监测", "医保信息平台运维"]
    for k in items + ["合计"]:
        r = rows[k]
        c.sum(k + " 全年 = 年初+追加+结转", (r[4], "万元"), [(r[1], "万元"), (r[2], "万元"), (r[3], "万元")])
        c.rate(k + " 执行率", r[6], N(r[5]), N(r[4]))
    for j in (1, 2, 3, 4, 5):
        c.sum("合计 col %d" % j, (rows["合计"][j], "万元"), [(rows[k][j], "万元") for k in items])
    c.sum("项目 年初", (proj, "万元"), [(rows[k][1], "万元") for k in items[1:]])
    c.equal("基本支出 年初", base, rows["基本支出"][1])
    c.equal("追加 a1", a1, rows["医保基金监管专项"][2])
    c.equal("追加 a2", a2, rows["集采结余留用考核及监测"][2])
    c.equal("结转", co, rows["医保信息平台运维"][3])
    c.equal("annual", ann, rows["合计"][4])
    c.equal("spent", spent, rows["合计"][5])
    c.equal("rate", rate_txt, rows["合计"][6])
    pt = c.table("项目名称")
    prow = [r for r in pt[1:] if r[0] != "平均分"]
    pavg = [r for r in pt[1:] if r[0] == "平均分"][0]
    c.average("project average", pavg[1], [r[1] for r in prow])
    for r in prow:
        c.grade(r[0], r[2], r[1])
    plan, done, comp = c.g(r"全年计划现场检查定点医药机构(\d+)家次，实际完成(\d+)家次，完成率([\d.]+%)")
    c.rate("检查完成率", comp, N(done), N(plan), code="completion_mismatch", bounded=False)
    ly, l1, l2, l3 = c.g(r"集采结余留用资金([\d.]+)万元拨付建瓯市立医院、建瓯市中医院和基层医疗机构，分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元")
    c.sum("留用 split", (ly, "万元"), [(l1, "万元"), (l2, "万元"), (l3, "万元")])
    bid, lst, sav, srate = c.g(r"采购集采中选产品([\d,.]+)万元，按集采前价格测算需([\d,.]+)万元，节约([\d,.]+)万元，节约率([\d.]+%)")
    c.sum("list = bid + saving", (lst, "万元"), [(bid, "万元"), (sav, "万元")])
    c.rate("节约率", srate, N(sav), N(lst))
    ppl, per, tot_aid = c.g(r"资助困难群众参保([\d.]+)万人，按人均(\d+)元标准共资助([\d.]+)万元")
    c.sum("资助 = 人数 × 标准", (tot_aid, "万元"), [(str(N(ppl) * N(per)), "万元")])
    inc, exp_, fb = c.g(r"医保基金收入([\d.]+)亿元、支出([\d.]+)亿元，当期结余([\d.]+)亿元")
    c.diff("基金当期结余", (fb, "亿元"), (inc, "亿元"), (exp_, "亿元"))
    total_txt = c.g(r"以上各项得分合计([\d.]+)分")
    grade_txt = c.g(r"部门整体支出绩效为(优|良|中|差)")
    c.grade("text grade", grade_txt, total_txt)
    c.grade("funds table grade", rows["合计"][7], total_txt)
    it = c.table("一级指标")
    ws, ss = [], []
    by = {}
    for r in it[1:]:
        by[r[2]] = r
        ws.append(r[5]); ss.append(r[6])
        if r[0] == "预算执行":
            c.equal("exec rate", r[4], rate_txt)
            c.exec_score("exec", r[6], r[5], r[4])
            continue
        c.indicator({"name": r[2], "target": r[3], "actual": r[4], "w": r[5], "s": r[6]})
    c.weight_total("weights", ws)
    c.score_total("total", total_txt, ss)
    c.equal("检查", done, by["定点医药机构现场检查"][4].replace("家次", ""))
    c.equal("追回", c.g(r"追回（拒付）医保基金([\d.]+)万元，未达到"), by["追回（拒付）医保基金"][4].replace("万元", ""))
    c.equal("落地", c.g(r"中选药品耗材(\d+)个；"), by["集采中选药品耗材落地数"][4].rstrip("个"))
    c.equal("准确率", c.g(r"医保结算数据准确率([\d.]+%)，未达到"), by["医保结算数据准确率"][4])
    c.equal("拨付天数", c.g(r"拨付用时(\d+)天"), by["结余留用资金拨付时限"][4].rstrip("天"))
    c.equal("运维支出", rows["医保信息平台运维"][5], by["信息平台运维支出"][4].replace("万元", ""))
    return c


PROJECTS = {
    "ah-guangde-jicaijieyu-2020": chk_guangde,
    "hb-dangyang-jijinjianguan-2022": chk_dangyang,
    "sc-chongzhou-haocaijieyu-2023": chk_chongzhou,
    "sx-gaoping-jicaijianguan-2021": chk_gaoping,
    "fj-jianou-ybjbumen-2024": chk_jianou,
}


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if len(labels) != len(files) or sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    where = {"prose": 0, "table": 0}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        fn = PROJECTS[lab["source"]]
        try:
            ck = fn(text)
        except AssertionError as e:
            problems.append("%s: extraction failed: %s" % (lab["case"], e))
            continue
        failed = sorted(set(code for code, _ in ck.fails))
        if lab["clean"]:
            n = len(text)
            if not (2800 <= n <= 3400):
                problems.append("%s: %d characters" % (lab["case"], n))
            if lab["expected"]:
                problems.append("%s: clean case with expectations" % lab["case"])
            if ck.fails:
                problems.append("%s: clean draft fails %s" % (lab["case"], ck.fails))
            if ck.warns:
                problems.append("%s: clean draft has score-rule warnings %s" % (lab["case"], ck.warns))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected must hold one finding" % lab["case"])
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] = counts.get(code, 0) + 1
        if exp.get("severity") != "error" or code not in CODES:
            problems.append("%s: bad code/severity" % lab["case"])
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append("%s: value occurs %d times" % (lab["case"], len(occ)))
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        a, b = p, len(text) - s
        if a >= b and text == clean:
            problems.append("%s: identical to clean" % lab["case"])
        elif not any(o < max(b, a + 1) and a < o + len(value) for o in occ):
            problems.append("%s: diff [%d,%d) does not overlap the value" % (lab["case"], a, b))
        if failed != [code]:
            problems.append("%s: labelled %s, checks fail %s: %s" % (lab["case"], code, failed, ck.fails))
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append("code %s used %d times" % (code, counts.get(code, 0)))
    for pr in problems:
        print("FAIL", pr)
    if problems:
        sys.exit(1)
    print("cases: %d, error cases: %d, codes: %s" % (len(labels), sum(counts.values()),
                                                     ", ".join("%s=%d" % (k, counts[k]) for k in CODES)))
    print("OK")


if __name__ == "__main__":
    main()
