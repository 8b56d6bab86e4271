#!/usr/bin/env python3
"""Re-read the figures of every case from its text and redo the arithmetic (stdlib + decimal).

Clean drafts must break no identity; each error case must break only the identity of its label
(score_rule_mismatch, a warning-level rule, is checked on the clean drafts only).
Tolerance follows rules.md §8: a stated value with d decimals agrees with a computed c when
|c - v| <= 0.5 * 10^-d.  A mismatch that disappears when one amount is rescaled by 10^4 is
reported as unit_mismatch (errors.md #11b).
"""
import json
import re
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
NUM = r"(\d[\d,]*(?:\.\d+)?)"
E4 = Decimal(10000)
WARN = {"score_rule_mismatch"}


class N:
    def __init__(self, text):
        self.text = text
        t = text.replace(",", "")
        self.v = Decimal(t)
        self.d = len(t.split(".")[1]) if "." in t else 0

    def tol(self):
        return Decimal("0.5") * Decimal(10) ** (-self.d) + Decimal("1e-9")

    def __repr__(self):
        return self.text


def D(x):
    return x if isinstance(x, Decimal) else Decimal(str(x))


class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []

    # ---------- reading ----------
    def one(self, pat, grp=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise AssertionError(f"pattern {pat!r} matched {len(ms)} times")
        return N(ms[0].group(grp))

    def all(self, pat, grp=1):
        return [N(m.group(grp)) for m in re.finditer(pat, self.t)]

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---------- comparisons ----------
    @staticmethod
    def _ok(stated, c):
        return abs(D(c) - stated.v) <= stated.tol()

    def _rescued(self, stated, fn, inputs):
        """True if rescaling the stated value or one input by 10^4 reconciles."""
        for f in (E4, 1 / E4):
            try:
                if abs(fn(*[i.v for i in inputs]) - stated.v * f) <= stated.tol() * f:
                    return True
            except ArithmeticError:
                pass
            for k in range(len(inputs)):
                vals = [i.v * (f if j == k else 1) for j, i in enumerate(inputs)]
                try:
                    if self._ok(stated, fn(*vals)):
                        return True
                except ArithmeticError:
                    pass
        return False

    def eq(self, code, label, stated, fn, *inputs):
        c = fn(*[i.v for i in inputs])
        if self._ok(stated, c):
            return True
        if self._rescued(stated, fn, inputs):
            self.fail("unit_mismatch", f"{label}: {stated} vs {c} (off by 10^4)")
        else:
            self.fail(code, f"{label}: stated {stated}, computed {c}")
        return False

    def total(self, label, stated, parts, signs=None):
        signs = signs or [1] * len(parts)
        return self.eq("sum_mismatch", label, stated,
                       lambda *v: sum(s * x for s, x in zip(signs, v)), *parts)

    def balance(self, label, stated, a, b):
        return self.eq("balance_mismatch", label, stated, lambda x, y: x - y, a, b)

    def rate(self, label, stated, num, den, code="rate_mismatch", sub=None):
        """stated % = num/den*100 (or (num-sub)/den*100 when sub given)."""
        if den.v == 0:
            if stated is not None and stated.v != 0:
                self.fail("implausible_rate", f"{label}: rate {stated}% on a zero base")
            return
        if sub is None:
            fn = lambda a, b: a / b * 100
            ins = (num, den)
        else:
            fn = lambda a, s, b: (a - s) / b * 100
            ins = (num, sub, den)
        c = fn(*[i.v for i in ins])
        if self._ok(stated, c):
            if stated.v > 100 and code != "completion_mismatch" and sub is None:
                self.fail("implausible_rate", f"{label}: {stated}% above 100%")
            return
        if self._rescued(stated, fn, ins):
            self.fail("unit_mismatch", f"{label}: {stated}% vs {c} (off by 10^4)")
        elif sub is None and code != "completion_mismatch" and (stated.v > 100 or c > 100):
            self.fail("implausible_rate", f"{label}: {stated}% / computed {c}")
        else:
            self.fail(code, f"{label}: stated {stated}%, computed {c:.4f}%")

    def avg(self, label, stated, items):
        self.eq("average_mismatch", label, stated, lambda *v: sum(v) / len(v), *items)

    def same(self, label, a, b):
        tol = max(a.tol(), b.tol())
        if abs(a.v - b.v) <= tol:
            return
        for f in (E4, 1 / E4):
            if abs(a.v * f - b.v) <= tol * max(f, 1) or abs(a.v - b.v * f) <= tol * max(f, 1):
                self.fail("unit_mismatch", f"{label}: {a} vs {b} (off by 10^4)")
                return
        self.fail("conflicting_values", f"{label}: {a} vs {b}")

    def rate_ok(self, label, stated):
        if stated.v > 100:
            self.fail("implausible_rate", f"{label}: {stated}% above 100%")


# ---------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for ln in text.split("\n"):
        if "｜" in ln:
            cur.append(ln)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [[ln.split("｜") for ln in tb] for tb in out]


def isnum(s):
    return re.fullmatch(r"\d[\d,]*(?:\.\d+)?", s.strip() or "x") is not None


def check_rate_table(ctx, tb, name):
    hdr = tb[0]
    rcols = [i for i, h in enumerate(hdr) if h.endswith("率") and not re.search(r"\d{4}年", h)]
    if not rcols:
        return None
    r = rcols[0]
    rows = tb[1:]
    for row in rows:
        label = f"{name}/{row[0]}"
        den, num, cell = N(row[r - 2]), N(row[r - 1]), row[r].strip()
        if cell == "—":
            if den.v != 0:
                ctx.fail("rate_mismatch", f"{label}: rate missing on a non-zero base")
            continue
        ctx.rate(label, N(cell.rstrip("%")), num, den)
    tot = [row for row in rows if row[0].startswith("合计") or row[0].startswith("年度资金总额")]
    comps = [row for row in rows if row not in tot]
    if tot:
        cols = [j for j, h in enumerate(hdr)
                if j > 0 and not h.endswith("率") and h != "序号" and all(isnum(c[j]) for c in comps)]
        for j in cols:
            ctx.total(f"{name}/{hdr[j]} 合计", N(tot[0][j]), [N(c[j]) for c in comps])
    return {"hdr": hdr, "rows": rows, "tot": tot[0] if tot else None}


VAL = re.compile(r"^(≥|≤|＞|＜|=|)\s*(\d[\d,]*(?:\.\d+)?)(.*)$")


def parse_val(s):
    s = s.strip()
    m = VAL.match(s)
    if not m or re.search(r"[年月日]", m.group(3)):
        return None
    sign = m.group(1)
    direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte"}.get(sign, "eq")
    return direction, N(m.group(2)), m.group(3).strip()


def check_indicator_rows(ctx, rows, total_w=None, total_s=None, name="自评表"):
    """rows: dicts with name, target, actual, completion (opt), weight, score."""
    sw = Decimal(0)
    ss = Decimal(0)
    for r in rows:
        label = f"{name}/{r['name']}"
        w, s = N(r["weight"]), N(r["score"])
        sw += w.v
        ss += s.v
        if s.v > w.v or s.v < 0:
            ctx.fail("score_exceeds_weight", f"{label}: score {s} vs weight {w}")
        if r["name"] == "预算执行率":
            continue  # checked against the funds figures by the project checks
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if (t is None) != (a is None) or (t and a and t[2] != a[2]):
            ctx.fail("unit_mismatch", f"{label}: target {r['target']} vs actual {r['actual']}")
            continue
        if t is None:
            continue  # date / qualitative
        direction, T, unit = t
        A = a[1]
        if unit == "%" and ("率" in r["name"] or "满意度" in r["name"]):
            ctx.rate_ok(label, A)
        if direction == "lte":
            comp = Decimal(100) if A.v <= T.v else T.v / A.v * 100
            rule = w.v if A.v <= T.v else w.v * T.v / A.v
        elif T.v == 0:
            comp = None
            rule = w.v if A.v == 0 else Decimal(0)
        else:
            comp = A.v / T.v * 100
            rule = w.v * min(Decimal(1), A.v / T.v)
        c = r.get("completion")
        if c is not None:
            c = c.strip()
            if c == "—":
                if comp is not None:
                    ctx.fail("completion_mismatch", f"{label}: completion missing")
            elif comp is None:
                ctx.fail("completion_mismatch", f"{label}: completion {c} on a zero target")
            else:
                cs = N(c.rstrip("%"))
                if not Ctx._ok(cs, comp):
                    ctx.fail("completion_mismatch", f"{label}: stated {c}, computed {comp:.4f}%")
        if not Ctx._ok(s, rule):
            ctx.fail("score_rule_mismatch", f"{label}: score {s}, rule gives {rule}")
    if total_w is not None and sw != total_w.v:
        ctx.fail("weight_sum_mismatch", f"{name}: weights sum {sw}, stated {total_w}")
    if sw != 100:
        ctx.fail("weight_sum_mismatch", f"{name}: weights sum {sw}, not 100")
    if total_s is not None and not Ctx._ok(total_s, ss):
        ctx.fail("score_sum_mismatch", f"{name}: scores sum {ss}, stated {total_s}")
    return ss


def check_indicator_table(ctx, tb):
    hdr = tb[0]
    if "年度指标值" not in hdr:
        return None
    ix = {h: i for i, h in enumerate(hdr)}
    rows, tw, ts, exec_row = [], None, None, None
    for row in tb[1:]:
        if row[0].startswith("合计"):
            tw, ts = N(row[ix["分值"]]), N(row[ix["得分"]])
            continue
        d = {"name": row[ix["三级指标"]], "target": row[ix["年度指标值"]],
             "actual": row[ix["实际完成值"]], "weight": row[ix["分值"]], "score": row[ix["得分"]]}
        if "完成率" in ix:
            d["completion"] = row[ix["完成率"]]
        rows.append(d)
        if d["name"] == "预算执行率":
            exec_row = d
    ss = check_indicator_rows(ctx, rows, tw, ts)
    return {"sum": ss, "exec": exec_row, "rows": rows, "total": ts}


def kv_blocks(text):
    blocks = []
    for chunk in re.split(r"\n\s*\n", text):
        d = {}
        for ln in chunk.split("\n"):
            m = re.match(r"^([^：\n]{1,20})：(.*)$", ln.strip())
            if m:
                d[m.group(1)] = m.group(2).strip()
        if d:
            blocks.append(d)
    return blocks


def check_exec_row(ctx, row, spent, budget):
    act = N(row["actual"].rstrip("%"))
    ctx.rate("自评表/预算执行率 实际完成值", act, spent, budget)
    if row.get("completion") not in (None, "—"):
        ctx.rate("自评表/预算执行率 完成率", N(row["completion"].rstrip("%")), spent, budget)
    w, s = N(row["weight"]), N(row["score"])
    raw = w.v * min(Decimal(1), spent.v / budget.v)
    via = w.v * min(Decimal(1), act.v / 100)
    if not (Ctx._ok(s, raw) or Ctx._ok(s, via)):
        ctx.fail("score_rule_mismatch", f"预算执行率 score {s} vs {raw}")


# ---------------------------------------------------------------- generic
BAND = [(Decimal(90), "优"), (Decimal(80), "良"), (Decimal(60), "中"), (Decimal(0), "差")]


def band(s):
    for lo, g in BAND:
        if s >= lo:
            return g


def check_totals_grade(ctx, ss):
    stated = ctx.all(r"自评得分" + NUM + r"分") + ctx.all(r"自评得分：" + NUM)
    for st in stated:
        if not Ctx._ok(st, ss):
            ctx.fail("score_sum_mismatch", f"stated total {st}, row scores sum {ss}")
    for m in re.finditer(r"等级(?:为|：)“?(优秀|良好|中等|优|良|中|较差|差)", ctx.t):
        g = m.group(1)[0]
        for s in [ss] + [x.v for x in stated]:
            if band(s) != g:
                ctx.fail("grade_mismatch", f"grade {m.group(1)} vs total {s} ({band(s)})")
                break


def check_years(ctx):
    y = int(re.search(r"(20\d\d)年度", ctx.t).group(1))
    for m in re.finditer(r"结转至(\d{4})年", ctx.t):
        if int(m.group(1)) <= y:
            ctx.fail("year_mismatch", f"结转至{m.group(1)}年 in a {y} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", ctx.t):
        if int(m.group(1)) != y:
            ctx.fail("year_mismatch", f"截至{m.group(1)}年12月31日 in a {y} report")
    for m in re.finditer(r"年度：(\d{4})年", ctx.t):
        if int(m.group(1)) != y:
            ctx.fail("year_mismatch", f"年度：{m.group(1)} in a {y} report")
    for m in re.finditer(r"(\d{4})年年初预算", ctx.t):
        if int(m.group(1)) != y:
            ctx.fail("year_mismatch", f"{m.group(1)}年年初预算 in a {y} report")
    return y


def ind_row(ind, name):
    for r in ind["rows"]:
        if r["name"] == name:
            return r
    raise AssertionError(f"indicator row {name} not found")


def num_of(cell):
    return parse_val(cell)[1]


# ---------------------------------------------------------------- projects
def p_dingxi(c):
    tbs = tables(c.t)
    sub = check_rate_table(c, tbs[0], "分项支出表")
    exam = check_rate_table(c, tbs[1], "分科目考试表")
    ind = check_indicator_table(c, tbs[2])
    y0 = c.one(r"本项目年初预算" + NUM + "万元")
    add = c.one(r"追加预算" + NUM + "万元")
    cut = c.one(r"调减公用经费" + NUM + "万元")
    annual = c.one(r"调整后全年预算" + NUM + "万元")
    c.total("年初+追加-调减=全年", annual, [y0, add, cut], [1, 1, -1])
    c.total("财政拨款+上年结转=全年", annual, [c.one(r"当年财政拨款" + NUM), c.one(r"上年结转资金" + NUM)])
    recv = c.one(r"资金实际到位" + NUM + "万元")
    c.rate("到位率", c.one(r"到位率" + NUM + "%"), recv, annual)
    spent = c.one(r"全年实际支出" + NUM + "万元")
    c.rate("执行率(正文)", c.one(r"预算执行率" + NUM + "%"), spent, annual)
    c.same("全年预算 正文/分项表", annual, N(sub["tot"][2]))
    c.same("实际支出 正文/分项表", spent, N(sub["tot"][3]))
    c.balance("年末结余", c.one(r"年末结余资金" + NUM + "万元"), recv, spent)
    check_exec_row(c, ind["exec"], spent, annual)
    # exams
    tot_exam = N(exam["tot"][1])
    prose_total = c.one(r"共组织驾驶人考试" + NUM + "人次")
    c.same("考试总量 正文/考试表", prose_total, tot_exam)
    c.same("考试总量 自评表/考试表", num_of(ind_row(ind, "全年组织驾驶人考试")["actual"]), tot_exam)
    qs = c.all(r"[、分别考试]" + NUM + r"人次(?=[、，])")
    m = re.search(r"一至四季度分别考试" + NUM + "人次、" + NUM + "人次、" + NUM + "人次、" + NUM + "人次", c.t)
    c.total("四个季度之和", tot_exam, [N(m.group(i)) for i in range(1, 5)])
    c.rate("考试量完成率(正文)", c.one(r"完成年度目标（12万人次）的" + NUM + "%"), prose_total,
           N("120000"), code="completion_mismatch")
    c.eq("average_mismatch", "月均约1.15万人次", c.one(r"月均约" + NUM + "万人次"),
         lambda t: t / 12 / 10000, tot_exam)
    k2 = [r for r in exam["rows"] if r[0].startswith("科目二")][0]
    c.rate("科目二合格率(正文)", c.one(r"全年科目二合格率" + NUM + "%"), N(k2[2]), N(k2[1]))
    # satisfaction survey
    got, sat = c.one(r"收回有效问卷" + NUM + "份"), c.one(r"表示满意的" + NUM + "份")
    c.rate("满意度(问卷)", c.one(r"满意度" + NUM + "%。"), sat, got)
    c.same("满意度 问卷/自评表", c.one(r"满意度" + NUM + "%。"), num_of(ind_row(ind, "考生满意度")["actual"]))
    # other restatements
    veh = [r for r in sub["rows"] if r[1].startswith("考试车辆")][0]
    fuel = c.one(r"考试车辆燃油及维修支出" + NUM + "万元")
    c.same("车辆燃油维修 正文/分项表", fuel, N(veh[3]))
    n_car = c.one(NUM + r"辆考试车辆单车")
    c.eq("conflicting_values", "单车成本", c.one(r"单车年运行维护成本" + NUM + "万元，"),
         lambda a, b: a / b, fuel, n_car)
    c.same("单车成本 正文/自评表", c.one(r"单车年运行维护成本" + NUM + "万元，"),
           num_of(ind_row(ind, "考试车辆单车年运行维护成本")["actual"]))
    c.same("考试员 正文/自评表", c.one(r"持证考试员" + NUM + "人"),
           num_of(ind_row(ind, "考试员年度培训考核")["actual"]))
    c.same("考试员 正文", c.one(r"，" + NUM + "名考试员全部参加"), c.one(r"持证考试员" + NUM + "人"))
    mon = [r for r in sub["rows"] if r[1].startswith("科目二考场监控")][0]
    c.eq("conflicting_values", "监控设备支付80%", N(mon[3]), lambda a: a * Decimal("0.8"),
         c.one(r"中标金额" + NUM + "万元"))
    c.same("中标金额 万元/元", c.one(r"中标金额" + NUM + "万元"), N(str(c.one(r"万元（" + NUM + "元）").v / E4)))
    c.rate("监控更新完成率(正文)", c.one(r"完成率" + NUM + "%，剩余"), N("4"), N("5"))
    c.same("监控更新完成率 正文/自评表", c.one(r"完成率" + NUM + "%，剩余"),
           num_of(ind_row(ind, "科目二考场监控设备更新完成率")["actual"]))
    c.same("投诉查实 正文/自评表", c.one(r"经调查查实" + NUM + "起"), num_of(ind_row(ind, "考试过程投诉查实数")["actual"]))
    return ind["sum"]


def p_loudi(c):
    tbs = tables(c.t)
    sub = check_rate_table(c, tbs[0], "分项支出表")
    ind = check_indicator_table(c, tbs[1])
    y0 = c.one(r"安排本项目预算" + NUM + "万元")
    cut = c.one(r"调减预算" + NUM + "万元")
    add = c.one(r"疫情防控补助资金" + NUM + "万元")
    annual = c.one(r"调整后全年预算" + NUM + "万元")
    c.total("年初-调减+追加=全年", annual, [y0, cut, add], [1, -1, 1])
    c.total("市本级+省级=全年", annual, [c.one(r"市本级财政资金" + NUM), c.one(r"省级补助资金" + NUM)])
    c.same("省级补助 追加/来源", add, c.one(r"省级补助资金" + NUM))
    recv = c.one(r"全年资金到位" + NUM + "万元")
    c.rate("到位率", c.one(r"到位率" + NUM + "%"), recv, annual)
    spent = c.one(r"实际支出" + NUM + "万元，预算执行率")
    c.rate("执行率(正文)", c.one(r"预算执行率" + NUM + "%，结余"), spent, annual)
    c.balance("结余", c.one(r"结余" + NUM + "万元（"), annual, spent)
    c.same("全年预算 正文/分项表", annual, N(sub["tot"][1]))
    c.same("实际支出 正文/分项表", spent, N(sub["tot"][2]))
    c.same("结余 万元/元", c.one(r"结余" + NUM + "万元（"), N(str(c.one(r"万元（" + NUM + "元）").v / E4)))
    check_exec_row(c, ind["exec"], spent, annual)
    # schools
    n58 = c.one(r"全市共有驾驶员培训机构" + NUM + "所")
    c.total("61-3=58", n58, [c.one(r"（2019年为" + NUM + "所"), c.one(r"年内注销" + NUM + "所")], [1, -1])
    rated = c.one(r"全年完成" + NUM + "所驾校质量信誉考核")
    c.same("考核驾校数", rated, n58)
    c.same("考核驾校数 正文/自评表", rated, num_of(ind_row(ind, "驾培机构质量信誉考核")["actual"]))
    grades = [c.one(r"AAA级" + NUM + "所"), c.one(r"、AA级" + NUM + "所"), c.one(r"、A级" + NUM + "所"),
              c.one(r"B级" + NUM + "所，")]
    c.total("质量信誉等级之和", rated, grades)
    # monthly intake
    total = c.one(r"新增报名学员" + NUM + "人")
    m = re.search(r"1—12月分别为((?:[\d,]+人、){11}[\d,]+人)", c.t)
    months = [N(x) for x in re.findall(r"([\d,]+)人", m.group(1))]
    c.total("月度之和", total, months)
    c.avg("月均", c.one(r"，月均" + NUM + "人；"), months)
    c.avg("3—12月月均", c.one(r"（3—12月）月均" + NUM + "人"), months[2:])
    # training
    trained = c.one(r"组织教练员继续教育培训" + NUM + "人")
    c.rate("继续教育合格率", c.one(r"合格率" + NUM + "%。计时"), c.one(r"考核合格" + NUM + "人"), trained)
    c.same("继续教育人数 正文/自评表", trained, num_of(ind_row(ind, "教练员继续教育培训人数")["actual"]))
    c.same("在线率 正文/自评表", c.one(r"平均在线率" + NUM + "%"), num_of(ind_row(ind, "计时培训系统在线率")["actual"]))
    k2 = c.one(r"首次合格率" + NUM + "%")
    c.rate("科目二首次合格率", k2, c.one(r"首次合格" + NUM + "人次"), c.one(r"首次参考" + NUM + "人次"))
    c.same("科目二首次合格率 正文/自评表", k2, num_of(ind_row(ind, "学员科目二首次考试合格率")["actual"]))
    # inspection stations
    c.same("执法检查 正文/自评表", c.one(r"开展执法检查" + NUM + "站次"),
           num_of(ind_row(ind, "综合性能检测站执法检查")["actual"]))
    c.total("检测车辆分类之和", c.one(r"共检测道路运输车辆" + NUM + "辆次"),
            [c.one(r"营运客车" + NUM), c.one(r"营运货车" + NUM), c.one(r"危险货物运输车辆" + NUM)])
    pr = c.one(r"处置率" + NUM + "%。")
    c.rate("预警处置率", pr, c.one(r"已处置" + NUM + "条"), c.one(r"推送异常预警" + NUM + "条"))
    c.same("预警处置率 正文/自评表", pr, num_of(ind_row(ind, "检测数据异常预警处置率")["actual"]))
    c.same("预警处置率 问题/自评表", c.one(r"异常预警处置率" + NUM + "%，未达到"),
           num_of(ind_row(ind, "检测数据异常预警处置率")["actual"]))
    op = [r for r in sub["rows"] if r[0].startswith("驾培计时")][0]
    c.same("平台运维 分项表/自评表", N(op[2]), num_of(ind_row(ind, "计时培训平台年运维费")["actual"]))
    return ind["sum"]


def p_pizhou(c):
    t = c.t
    y0 = c.one(r"年初预算" + NUM + "万元，其中基本支出")
    basic = c.one(r"基本支出" + NUM + "万元（")
    staff0, pub0 = c.one(r"（人员经费" + NUM + "万元"), c.one(r"、公用经费" + NUM + "万元），")
    proj0 = c.one(r"），项目支出" + NUM + "万元。")
    c.total("基本=人员+公用(年初)", basic, [staff0, pub0])
    c.total("年初=基本+项目", y0, [basic, proj0])
    add = c.one(r"追加预算" + NUM + "万元，其中")
    add_staff, add_proj = c.one(r"追加人员经费" + NUM), c.one(r"追加项目经费" + NUM)
    c.total("追加之和", add, [add_staff, add_proj])
    cut = c.one(r"调减预算" + NUM + "万元")
    annual = c.one(r"调整后全年预算" + NUM + "万元")
    c.total("年初+追加-调减=全年", annual, [y0, add, cut], [1, 1, -1])
    staff, pub, proj = c.one(r"其中人员经费" + NUM + "万元、"), c.one(r"、公用经费" + NUM + "万元、"), \
        c.one(r"、项目支出" + NUM + "万元，资金来源")
    c.total("全年=人员+公用+项目", annual, [staff, pub, proj])
    c.total("人员经费 年初+追加", staff, [staff0, add_staff])
    c.total("公用经费 年初-调减", pub, [pub0, cut], [1, -1])
    c.total("项目支出 年初+追加", proj, [proj0, add_proj])
    spent = c.one(r"实际支出" + NUM + "万元，预算执行率")
    c.rate("执行率(正文)", c.one(r"预算执行率" + NUM + "%。其中"), spent, annual)
    s_staff, s_pub, s_proj = c.one(r"人员经费支出" + NUM + "万元"), c.one(r"公用经费支出" + NUM + "万元"), \
        c.one(r"项目支出" + NUM + "万元，执行率")
    c.total("执行=人员+公用+项目", spent, [s_staff, s_pub, s_proj])
    c.rate("人员经费执行率", c.one(r"人员经费支出[\d.,]+万元，执行率" + NUM + "%"), s_staff, staff)
    c.rate("公用经费执行率", c.one(r"公用经费支出[\d.,]+万元，执行率" + NUM + "%"), s_pub, pub)
    c.rate("项目支出执行率", c.one(r"项目支出[\d.,]+万元，执行率" + NUM + "%"), s_proj, proj)
    bal = c.one(r"年末结余" + NUM + "万元")
    c.balance("年末结余", bal, annual, spent)
    b_pub, b_proj = c.one(r"公用经费结余" + NUM + "万元"), c.one(r"项目资金" + NUM + "万元结转")
    c.balance("公用经费结余", b_pub, pub, s_pub)
    c.balance("项目资金结转", b_proj, proj, s_proj)
    c.total("结余构成", bal, [b_pub, b_proj])
    items = re.findall(r"\n\d\.[^\n]*?预算" + NUM + r"万元，执行" + NUM + r"万元，执行率" + NUM + "%", t)
    assert len(items) == 5, items
    for i, (b, s, r) in enumerate(items, 1):
        c.rate(f"项目{i}执行率", N(r), N(s), N(b))
    c.total("项目预算之和", proj, [N(b) for b, s, r in items])
    c.total("项目执行之和", s_proj, [N(s) for b, s, r in items])
    c.same("项目1支出 重述", c.one(r"驾培机构计时培训监管支出" + NUM + "万元"), N(items[0][1]))
    p5 = c.one(r"合同金额" + NUM + "万元")
    paid = c.one(r"验收后支付90%即" + NUM + "万元")
    c.eq("conflicting_values", "合同90%", paid, lambda a: a * Decimal("0.9"), p5)
    c.total("项目5执行=90%合同+监理", N(items[4][1]), [paid, c.one(r"等保测评费" + NUM + "万元")])
    c.same("项目5 追加/预算", add_proj, N(items[4][0]))
    # kv table
    blocks = kv_blocks(t[t.index("绩效自评表\n"):])
    head = [b for b in blocks if "年初预算数" in b][0]
    c.same("自评表 年初预算数", N(head["年初预算数"].replace("万元", "")), y0)
    c.same("自评表 全年预算数", N(head["全年预算数"].replace("万元", "")), annual)
    c.same("自评表 全年执行数", N(head["全年执行数"].replace("万元", "")), spent)
    exec_row = {"name": "预算执行率", "actual": head["预算执行率"], "weight": head["分值"], "score": head["得分"]}
    check_exec_row(c, exec_row, N(head["全年执行数"].replace("万元", "")), N(head["全年预算数"].replace("万元", "")))
    rows = [exec_row]
    for b in blocks:
        if "三级指标" in b:
            rows.append({"name": b["三级指标"], "target": b["年度指标值"], "actual": b["实际完成值"],
                         "weight": b["分值"], "score": b["得分"]})
    fin = [b for b in blocks if "总分" in b][0]
    ind = {"rows": rows}
    ss = check_indicator_rows(c, rows, N(fin["总分"]), N(fin["自评得分"]))
    c.rate("公用经费控制率(自评表)", num_of(ind_row(ind, "公用经费控制率")["actual"]), s_pub, pub)
    # outputs
    c.same("驾培机构数", c.one(r"全市现有驾培机构" + NUM + "所"), num_of(ind_row(ind, "驾培机构质量信誉考核")["actual"]))
    c.same("驾培机构数 正文", c.one(r"全年完成" + NUM + "所驾培机构"), c.one(r"全市现有驾培机构" + NUM + "所"))
    trained = c.one(r"组织教练员继续教育" + NUM + "人，")
    c.same("继续教育人数 正文/自评表", trained, num_of(ind_row(ind, "教练员继续教育参训人数")["actual"]))
    pr = c.one(r"合格率" + NUM + "%。2022")
    c.rate("继续教育合格率", pr, c.one(r"考核合格" + NUM + "人"), trained)
    c.same("继续教育合格率 正文/自评表", pr, num_of(ind_row(ind, "教练员继续教育考核合格率")["actual"]))
    c.rate("招生同比下降", c.one(r"人下降" + NUM + "%"), c.one(r"较2021年的" + NUM + "人"),
           c.one(r"较2021年的" + NUM + "人"), sub=c.one(r"招收学员" + NUM + "人"))
    c.same("审核准确率", c.one(r"审核准确率达到" + NUM + "%"), num_of(ind_row(ind, "计时培训学时审核准确率")["actual"]))
    c.same("执法检查", c.one(r"执法检查" + NUM + "家次，"), num_of(ind_row(ind, "维修及检测企业执法检查")["actual"]))
    up = c.one(r"上传率" + NUM + "%，未达到")
    c.rate("健康档案上传率", up, c.one(r"实际上传" + NUM + "条"), c.one(r"应上传维修记录" + NUM + "条"))
    c.same("上传率 正文/自评表", up, num_of(ind_row(ind, "维修企业电子健康档案上传率")["actual"]))
    c.same("上传率 问题/自评表", c.one(r"电子健康档案上传率" + NUM + "%，部分"),
           num_of(ind_row(ind, "维修企业电子健康档案上传率")["actual"]))
    c.same("满意度 正文/自评表", c.one(r"满意度为" + NUM + "%"), num_of(ind_row(ind, "驾培学员及企业满意度")["actual"]))
    c.same("项目3执行率 问题/清单", c.one(r"运行项目执行率" + NUM + "%"), N(items[2][2]))
    c.same("项目5执行率 问题/清单", c.one(r"升级改造项目执行率" + NUM + "%"), N(items[4][2]))
    return ss


def p_guigang(c):
    tbs = tables(c.t)
    fund = check_rate_table(c, tbs[0], "资金表")
    sub = check_rate_table(c, tbs[1], "分项支出表")
    exam = check_rate_table(c, tbs[2], "分科目考试表")
    ind = check_indicator_table(c, tbs[3])
    y0 = c.one(r"年初预算" + NUM + "万元（")
    add = c.one(r"追加科目三路线智能化改造二期资金" + NUM + "万元")
    annual = c.one(r"调整后全年预算" + NUM + "万元")
    c.total("年初+追加=全年", annual, [y0, add])
    tot = fund["tot"]
    c.same("年初 正文/资金表", y0, N(tot[1]))
    c.same("全年 正文/资金表", annual, N(tot[2]))
    c.same("全年 正文/分项表", annual, N(sub["tot"][1]))
    spent = c.one(r"项目支出" + NUM + "万元，预算执行率")
    c.rate("执行率(正文)", c.one(r"预算执行率" + NUM + "%。"), spent, annual)
    c.same("执行 正文/资金表", spent, N(tot[3]))
    c.same("执行 正文/分项表", spent, N(sub["tot"][2]))
    c.rate("到位率", c.one(r"到位率" + NUM + "%"), annual, annual)
    c.balance("未支出", c.one(r"未支出的" + NUM + "万元"), annual, spent)
    two = [r for r in sub["rows"] if r[0].startswith("科目三路线智能化")][0]
    c.same("二期 追加/分项表", add, N(two[1]))
    c.rate("付款比例约89%", c.one(r"付款比例约" + NUM + "%"), c.one(r"已按进度支付" + NUM + "万元"),
           c.one(r"合同价" + NUM + "万元"))
    c.same("二期支付 正文/分项表", c.one(r"已按进度支付" + NUM + "万元"), N(two[2]))
    check_exec_row(c, ind["exec"], spent, annual)
    # exams
    tot_exam = N(exam["tot"][1])
    prose_total = c.one(r"共组织驾驶人考试" + NUM + "人次")
    c.same("考试总量 正文/考试表", prose_total, tot_exam)
    c.same("考试总量 自评表/考试表", num_of(ind_row(ind, "全年组织驾驶人考试")["actual"]), tot_exam)
    last = c.one(r"较2022年的" + NUM + "人次")
    c.rate("同比增长", c.one(r"人次增长" + NUM + "%"), prose_total, last, sub=last)
    c.rate("完成年度目标(正文)", c.one(r"完成年度目标的" + NUM + "%"), prose_total, N("160000"),
           code="completion_mismatch")
    m = re.search(r"1—12月考试量分别为((?:[\d,]+人次、){11}[\d,]+人次)", c.t)
    months = [N(x) for x in re.findall(r"([\d,]+)人次", m.group(1))]
    c.total("月度之和", prose_total, months)
    c.avg("月均", c.one(r"月均考试" + NUM + "人次"), months)
    k2 = [r for r in exam["rows"] if r[0] == "科目二"][0]
    c.same("科目二考试量 正文/考试表", c.one(r"科目二全年考试" + NUM + "人次"), N(k2[1]))
    c.rate("科目二合格率(正文)", c.one(r"科目二合格率" + NUM + "%"), N(k2[2]), N(k2[1]))
    c.eq("conflicting_values", "科目二提高百分点", c.one(r"较上年提高" + NUM + "个百分点"),
         lambda a, b: a - b, N(k2[3].rstrip("%")), N(k2[4].rstrip("%")))
    unit = c.one(r"单人次考试运行成本" + NUM + "元。")
    c.eq("conflicting_values", "单人次成本", unit, lambda s, n: s * 10000 / n, spent, tot_exam)
    c.same("单人次成本 正文/自评表", unit, num_of(ind_row(ind, "单人次考试运行成本")["actual"]))
    c.same("考试员", c.one(r"在岗考试员" + NUM + "名，"), num_of(ind_row(ind, "在岗考试员")["actual"]))
    c.same("二期进度", c.one(r"二期改造完成进度" + NUM + "%"),
           num_of(ind_row(ind, "科目三路线智能化改造二期完成进度")["actual"]))
    c.same("投诉查实", c.one(r"投诉查实" + NUM + "起"), num_of(ind_row(ind, "考试过程投诉查实数")["actual"]))
    c.same("约考等待", c.one(r"缩短至" + NUM + "天"), num_of(ind_row(ind, "科目二平均约考等待时间")["actual"]))
    c.same("满意度", c.one(r"考生满意度" + NUM + "%。"), num_of(ind_row(ind, "考生满意度")["actual"]))
    return ind["sum"]


def p_mudanjiang(c):
    tbs = tables(c.t)
    sub = check_rate_table(c, tbs[0], "分项支出表")
    veh = check_rate_table(c, tbs[1], "分车型检验表")
    ind = check_indicator_table(c, tbs[2])
    c.total("检测线构成", c.one(r"检测线" + NUM + "条，其中"),
            [c.one(r"汽车安检线" + NUM + "条"), c.one(r"摩托车检测线" + NUM + "条"), c.one(r"安检综检合一线" + NUM + "条")])
    y0 = c.one(r"项目年初预算" + NUM + "万元")
    cut = c.one(r"调减预算" + NUM + "万元")
    annual = c.one(r"调整后全年预算" + NUM + "万元")
    c.total("年初-调减=全年", annual, [y0, cut], [1, -1])
    recv = c.one(r"全年资金到位" + NUM + "万元")
    c.rate("到位率", c.one(r"到位率" + NUM + "%"), recv, annual)
    spent = c.one(r"实际支出" + NUM + "万元，预算执行率")
    c.rate("执行率(正文)", c.one(r"预算执行率" + NUM + "%；"), spent, annual)
    c.balance("结余", c.one(r"结余" + NUM + "万元，年终"), recv, spent)
    c.same("全年 正文/分项表", annual, N(sub["tot"][1]))
    c.same("执行 正文/分项表", spent, N(sub["tot"][2]))
    check_exec_row(c, ind["exec"], spent, annual)
    n_org = c.one(r"全市现有机动车检验机构" + NUM + "家")
    unit = c.one(r"单家检验机构年均监管成本" + NUM + "万元。")
    c.eq("conflicting_values", "单家监管成本", unit, lambda s, n: s / n, spent, n_org)
    c.same("单家成本 正文/自评表", unit, num_of(ind_row(ind, "单家检验机构年均监管成本")["actual"]))
    # monthly
    total = c.one(r"共检验机动车" + NUM + "辆次")
    c.same("检验总量 正文/车型表", total, N(veh["tot"][1]))
    m = re.search(r"1—12月检验量分别为((?:[\d,]+辆次、){11}[\d,]+辆次)", c.t)
    months = [N(x) for x in re.findall(r"([\d,]+)辆次", m.group(1))]
    c.total("月度之和", total, months)
    c.avg("月均", c.one(r"月均" + NUM + "辆次"), months)
    c.total("一季度合计", c.one(r"检验量合计仅" + NUM + "辆次"), months[:3])
    # supervision
    c.same("现场抽查", c.one(r"现场抽查" + NUM + "家次"), num_of(ind_row(ind, "检验机构现场抽查")["actual"]))
    c.same("远程抽查", c.one(r"远程抽查检验视频及数据" + NUM + "条"),
           num_of(ind_row(ind, "检验视频及数据远程抽查")["actual"]))
    c.same("查验员培训", c.one(r"培训查验员" + NUM + "人次"), num_of(ind_row(ind, "查验员培训")["actual"]))
    c.rate("比对一致率", c.one(r"一致率" + NUM + "%"), c.one(r"比对结果一致" + NUM + "辆次"),
           c.one(r"比对检验" + NUM + "辆次，"))
    hr = c.one(r"办结率" + NUM + "%，")
    c.rate("线索办结率", hr, c.one(r"核查办结" + NUM + "条"), c.one(r"疑似违规检验线索" + NUM + "条"))
    c.same("线索办结率 正文/自评表", hr, num_of(ind_row(ind, "违规检验线索30日内核查办结率")["actual"]))
    cr = num_of(ind_row(ind, "检验机构信用评价覆盖率")["actual"])
    c.rate("信用评价覆盖率", cr, c.one(r"完成" + NUM + "家检验机构信用评价"), n_org)
    c.same("覆盖率 问题/自评表", c.one(r"信用评价覆盖率" + NUM + "%，未实现"), cr)
    truck = [r for r in veh["rows"] if r[0].startswith("货车")][0]
    c.rate("货车一次合格率(正文)", c.one(r"货车一次检验合格率" + NUM + "%"), N(truck[2]), N(truck[1]))
    c.same("满意度", c.one(r"车主检验满意度" + NUM + "%。"), num_of(ind_row(ind, "车主检验满意度")["actual"]))
    return ind["sum"]


PROJECT_CHECKS = {
    "gs-dingxi-jiakao-2018": p_dingxi,
    "hn-loudi-jiapeijianguan-2020": p_loudi,
    "js-pizhou-yunshuzhongxin-bumen-2022": p_pizhou,
    "gx-guigang-kemusan-2023": p_guigang,
    "hlj-mudanjiang-jianyanjianguan-2025": p_mudanjiang,
}


def run(text, pid):
    c = Ctx(text)
    ss = PROJECT_CHECKS[pid](c)
    check_totals_grade(c, ss)
    check_years(c)
    return c.fails


def edit_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    labels = [json.loads(l) for l in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    problems = []
    codes = {}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = (CASES / rec["case"]).read_text(encoding="utf-8")
    assert len(labels) == 35 and len(clean_text) == 5
    for rec in labels:
        text = (CASES / rec["case"]).read_text(encoding="utf-8")
        pid = rec["source"]
        try:
            fails = run(text, pid)
        except Exception as e:  # a figure could not be read
            problems.append(f"{rec['case']}: reading failed: {e!r}")
            continue
        if rec["clean"]:
            n = len(text)
            if not 2500 <= n <= 6000:
                problems.append(f"{rec['case']}: length {n}")
            if fails:
                problems.append(f"{rec['case']}: clean draft fails {fails}")
            continue
        errs = [f for f in fails if f[0] not in WARN]
        (exp,) = rec["expected"]
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        got = {f[0] for f in errs}
        if got != {exp["code"]}:
            problems.append(f"{rec['case']}: expected only {exp['code']}, got {errs}")
        clean = clean_text[pid]
        p, e_clean, e_err = edit_span(clean, text)
        if max(e_clean - p, e_err - p) > 40:
            problems.append(f"{rec['case']}: edit longer than 40 chars ({e_clean - p}/{e_err - p})")
        if text.count(exp["value"]) != 1:
            problems.append(f"{rec['case']}: value occurs {text.count(exp['value'])} times")
        else:
            vs = text.index(exp["value"])
            ve = vs + len(exp["value"])
            if not (vs < max(e_err, p + 1) and ve > p):
                problems.append(f"{rec['case']}: value does not overlap the edit")
    for code in ["rate_mismatch", "sum_mismatch", "balance_mismatch", "completion_mismatch",
                 "score_sum_mismatch", "weight_sum_mismatch", "score_exceeds_weight", "grade_mismatch",
                 "conflicting_values", "average_mismatch", "implausible_rate", "unit_mismatch", "year_mismatch"]:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} used {codes.get(code, 0)} times")
    if sum(codes.values()) != 30:
        problems.append(f"{sum(codes.values())} errors, expected 30")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
