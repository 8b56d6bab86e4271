#!/usr/bin/env python3
"""Verify the n199 set.

1. every label value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in one place (one short region), and the
   label value overlaps that region;
3. the set covers each of the 13 codes at least twice, six error cases per project;
4. the arithmetic of every clean draft is redone from the text itself (tables and prose):
   rates, sums, balances, averages, completion rates, weights, scores, grades, repeated values.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
FAILS = []


def fail(msg):
    FAILS.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated: the string as printed (no % sign); computed: Decimal."""
    tol = Decimal(5) / (Decimal(10) ** (decimals(stated) + 1)) + Decimal("1e-9")
    return abs(D(stated) - computed) <= tol


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Doc:
    def __init__(self, name):
        self.name = name
        self.text = read(name)

    def all(self, pattern):
        return [m.group(1) for m in re.finditer(pattern, self.text)]

    def one(self, pattern):
        """The value captured by pattern; every match must give the same string."""
        vals = self.all(pattern)
        if not vals:
            fail(f"{self.name}: pattern not found: {pattern}")
            return "0"
        if len(set(vals)) != 1:
            fail(f"{self.name}: pattern {pattern} gives different values {vals}")
        return vals[0]

    def n(self, pattern):
        return D(self.one(pattern))

    def eq(self, label, stated, computed):
        check(agrees(stated, D(computed)), f"{self.name}: {label}: stated {stated}, computed {computed}")

    def rate(self, label, stated, num, den):
        self.eq(label, stated, D(num) / D(den) * 100)

    def total(self, label, total, parts):
        self.eq(label, total, sum(D(p) for p in parts))

    def mean(self, label, stated, items):
        self.eq(label, stated, sum(D(i) for i in items) / len(items))


# ---------------------------------------------------------------- tables
def table_blocks(text):
    """Consecutive lines containing ｜ form a block; returns list of lists of cell lists."""
    blocks, cur = [], []
    for line in text.split("\n"):
        if "｜" in line:
            cur.append(line.split("｜"))
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def cell_num(c):
    c = c.strip()
    if c in ("", "—", "-"):
        return None
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)%?", c)
    return m.group(1) if m else None


def split_value(v):
    """'≥12000人' -> ('gte', '12000', '人'); '96.3%' -> (None, '96.3', '%')."""
    v = v.strip()
    m = re.fullmatch(r"(≥|≤|＞|＜|=)?(\d+(?:\.\d+)?)(.*)", v)
    if not m or re.search(r"\d", m.group(3)):
        return None
    sign = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, m.group(2), m.group(3)


def check_funds(doc, rows):
    """Funds block: header row with 年初预算数/全年预算数/全年执行数/分值/执行率/得分."""
    head = rows[0]
    idx = {k: head.index(k) for k in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
    body = []
    for r in rows[1:]:
        if r[0].startswith("年度总体目标") or r[0].startswith("一级指标") or r[0] == "":
            break
        body.append(r)
    total, parts = body[0], body[1:]
    check(total[0].startswith("年度资金总额"), f"{doc.name}: funds block starts with {total[0]}")
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        t = cell_num(total[idx[col]])
        ps = [cell_num(p[idx[col]]) for p in parts]
        doc.total(f"funds {col} total", t, [p for p in ps if p is not None])
    for r in body:
        bud, spent, rate = cell_num(r[idx["全年预算数"]]), cell_num(r[idx["全年执行数"]]), r[idx["执行率"]].strip()
        if bud is None or D(bud) == 0:
            check(rate in ("—", "", "0"), f"{doc.name}: rate {rate} printed on zero budget ({r[0]})")
        else:
            doc.rate(f"funds rate {r[0]}", cell_num(rate), spent, bud)
            check(D(spent) <= D(bud), f"{doc.name}: spent above budget in {r[0]}")
    w, s = D(cell_num(total[idx["分值"]])), cell_num(total[idx["得分"]])
    bud, spent = D(cell_num(total[idx["全年预算数"]])), D(cell_num(total[idx["全年执行数"]]))
    doc.eq("execution score", s, w * min(spent / bud, Decimal(1)))
    return {"budget": cell_num(total[idx["全年预算数"]]), "initial": cell_num(total[idx["年初预算数"]]),
            "spent": cell_num(total[idx["全年执行数"]]), "rate": cell_num(total[idx["执行率"]]),
            "weight": cell_num(total[idx["分值"]]), "score": s}


def check_indicators(doc, rows, funds):
    """Indicator block: header with 三级指标 … 分值 得分; last row 合计/总分."""
    head = rows[0]
    it, ia, iw, isc = (head.index("年度指标值"), head.index("实际完成值"), head.index("分值"), head.index("得分"))
    ic = head.index("完成率") if "完成率" in head else None
    body, total_row = [], None
    for r in rows[1:]:
        if r[0] in ("合计", "总分"):
            total_row = r
            break
        body.append(r)
    check(total_row is not None, f"{doc.name}: no total row")
    weights = [D(r[iw]) for r in body]
    scores = [D(r[isc]) for r in body]
    groups = {}
    for r, w, s in zip(body, weights, scores):
        check(Decimal(0) <= s <= w, f"{doc.name}: score {s} outside 0..{w} in {r[2]}")
        g = groups.setdefault(r[0], [Decimal(0), Decimal(0)])
        g[0] += w
        g[1] += s
        t, a = split_value(r[it]), split_value(r[ia])
        if t and a:
            check(t[2] == a[2], f"{doc.name}: unit of target {r[it]} vs actual {r[ia]} ({r[2]})")
            sign, tv, av = t[0], D(t[1]), D(a[1])
            if a[2] == "%" or r[ia].strip().endswith("%"):
                check(av <= 100, f"{doc.name}: rate above 100% in {r[2]}")
            if sign in ("gte", "eq"):
                comp = av / tv * 100
            else:
                comp = Decimal(100) if av <= tv else tv / av * 100
            exp_score = w * min(comp / 100, Decimal(1))
            doc.eq(f"indicator score {r[2]}", r[isc], exp_score)
            if ic is not None:
                doc.eq(f"completion {r[2]}", cell_num(r[ic]), comp)
        elif ic is not None and cell_num(r[ic]) is not None and r[ia].strip().endswith("%"):
            pass
    wsum = sum(weights) + (D(funds["weight"]) if funds else 0)
    ssum = sum(scores) + (D(funds["score"]) if funds else 0)
    tw = [c for c in total_row if cell_num(c) is not None]
    check(wsum == 100, f"{doc.name}: weights add to {wsum}")
    check(D(tw[0]) == 100, f"{doc.name}: total weight cell {tw[0]}")
    doc.eq("score total", tw[1], ssum)
    return {"total": tw[1], "groups": groups}


def check_tables(doc):
    funds, ind = None, None
    for block in table_blocks(doc.text):
        for i, r in enumerate(block):
            if "年初预算数" in r and "执行率" in r:
                funds = check_funds(doc, block[i:])
            if "三级指标" in r and "分值" in r:
                ind = check_indicators(doc, block[i:], funds)
    return funds, ind


def check_grades(doc, total):
    """Every grade statement must fit the band of the total."""
    band = grade_of(D(total))
    found = 0
    for m in re.finditer(r"等级为“?(优秀|良好|中等|较差|优|良|中|差)", doc.text):
        found += 1
        check(m.group(1)[0] == band, f"{doc.name}: grade {m.group(1)} for total {total}")
    for m in re.finditer(r"自评等级｜(优秀|良好|中等|较差|优|良|中|差)", doc.text):
        found += 1
        check(m.group(1)[0] == band, f"{doc.name}: table grade {m.group(1)} for total {total}")
    check(found > 0, f"{doc.name}: no grade stated")


# ---------------------------------------------------------------- per project
def fj(doc):
    funds, ind = check_tables(doc)
    d = doc
    ini, add, carry, bud = (d.n(r"年初预算(\d+\.\d+)万元"), d.n(r"补助资金(\d+\.\d+)万元"),
                            d.n(r"结转的救助资金(\d+\.\d+)万元"), d.n(r"全年预算(\d+\.\d+)万元"))
    d.total("全年预算 = 年初 + 省级 + 结转", bud, [ini, add, carry])
    spent = d.one(r"全年实际支出(\d+\.\d+)万元")
    d.rate("执行率", d.one(r"预算执行率(\d+\.\d+)%"), spent, bud)
    check(funds["budget"] == str(bud) and funds["spent"] == spent and funds["initial"] == str(ini),
          f"{d.name}: table funds differ from text")
    check(funds["rate"] == d.one(r"预算执行率(\d+\.\d+)%"), f"{d.name}: table rate differs")
    exam, aid, prop = d.one(r"检查费(\d+\.\d+)万元，占"), d.one(r"救助金(\d+\.\d+)万元；"), d.one(r"随访费(\d+\.\d+)万元")
    d.total("支出 = 检查费 + 救助金 + 宣传随访", spent, [exam, aid, prop])
    d.rate("检查费占比", d.one(r"占支出总额的(\d+\.\d+)%"), exam, spent)
    d.eq("结余", d.one(r"结余(\d+\.\d+)万元"), D(bud) - D(spent))
    carry_row = [l for l in d.text.split("\n") if l.startswith("上年结转资金｜")][0].split("｜")
    d.eq("上年结转 in table", carry_row[2], carry)
    cer, bre = d.n(r"完成宫颈癌检查(\d+)人，"), d.n(r"完成乳腺癌检查(\d+)人，")
    d.rate("宫颈癌完成率", d.one(r"完成率(\d+\.\d+)%"), cer, d.n(r"各(\d+)人以上"))
    d.rate("乳腺癌完成率", d.one(r"完成年度任务的(\d+\.\d+)%"), bre, d.n(r"各(\d+)人以上"))
    people, std = d.n(r"对符合条件的(\d+)名"), d.n(r"每人救助(\d+)元")
    d.eq("救助金 = 人数 × 标准", aid, people * std / 10000)
    check(d.one(r"发放救助金(\d+\.\d+)万元") == aid, f"{d.name}: 救助金 differs")
    visits = d.n(r"完成检查(\d+)人次")
    d.total("检查人次", visits, [cer, bre])
    d.eq("人均检查成本", d.one(r"人均检查成本(\d+\.\d+)元，"), D(exam) * 10000 / visits)
    g = ind["groups"]
    d.eq("执行得分", d.one(r"预算执行得分(\d+\.\d+)分"), D(funds["score"]))
    d.eq("产出得分", d.one(r"产出指标得分(\d+\.\d+)分"), g["产出指标"][1])
    d.eq("效益得分", d.one(r"效益指标得分(\d+\.\d+)分"), g["效益指标"][1])
    d.eq("满意度得分", d.one(r"满意度指标得分(\d+)分"), g["满意度指标"][1])
    check(d.one(r"自评得分(\d+\.\d+)分") == ind["total"], f"{d.name}: text total differs from table")
    for k, pat in (("随访率", r"随访率(\d+\.\d+)%"), ("知晓率", r"知晓率为(\d+)%"), ("早诊", r"早期病例占(\d+)%")):
        check(pat and d.one(pat) in d.text.split("附件")[-1], f"{d.name}: {k} not in table")
    check_grades(d, ind["total"])


def ha(doc):
    funds, ind = check_tables(doc)
    d = doc
    a, b = d.n(r"提前下达2023年“春蕾计划”资金(\d+\.\d+)万元"), d.n(r"下达剩余资金(\d+\.\d+)万元")
    fin = d.n(r"全年财政资金共(\d+\.\d+)万元")
    d.total("财政资金", fin, [a, b])
    bud, don = d.n(r"调整后全年预算(\d+\.\d+)万元"), d.n(r"社会爱心捐赠(\d+\.\d+)万元")
    d.total("全年预算 = 财政 + 捐赠", bud, [fin, don])
    check(D(funds["budget"]) == bud and funds["initial"] == d.one(r"年初预算(\d+\.\d+)万元"), f"{d.name}: table funds")
    spent = d.n(r"全年支出(\d+\.\d+)万元")
    check(D(funds["spent"]) == spent, f"{d.name}: table spent")
    d.rate("执行率", d.one(r"执行率(\d+\.\d+)%。"), spent, bud)
    grants, camp = d.n(r"发放助学金(\d+\.\d+)万元"), d.n(r"成长营活动经费(\d+\.\d+)万元")
    d.total("支出", spent, [grants, camp])
    dspent = d.n(r"社会捐赠资金支出(\d+\.\d+)万元")
    d.total("捐赠支出 + 财政支出", spent, [dspent, fin])
    for bal in d.all(r"结余(\d+\.\d+)万元"):
        d.eq("结余 = 捐赠 − 捐赠支出", bal, don - dspent)
        d.eq("结余 = 预算 − 支出", bal, bud - spent)
    total_n, hs, hs_std, ms, ms_std = (d.n(r"共资助春蕾女童(\d+)人"), d.n(r"高中阶段(\d+)人，"),
                                       d.n(r"人，每人(\d+)元，计"), d.n(r"义务教育阶段(\d+)人，"),
                                       d.n(r"每人每年(\d+)元，计"))
    d.total("资助人数", total_n, [hs, ms])
    d.eq("高中资助金", d.one(r"每人\d+元，计(\d+\.\d+)万元"), hs * hs_std / 10000)
    d.eq("义务教育资助金", d.one(r"每人每年\d+元，计(\d+\.\d+)万元"), ms * ms_std / 10000)
    d.total("助学金", grants, [hs * hs_std / 10000, ms * ms_std / 10000])
    d.rate("资助人数完成率", d.one(r"完成年度目标的(\d+\.\d+)%"), total_n, d.n(r"资助春蕾女童不少于(\d+)人"))
    d.eq("较上年增加", d.one(r"人增加(\d+)人"), total_n - d.n(r"较2022年的(\d+)人"))
    camps = [D(x) for x in re.search(r"分别为(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次", d.text).groups()]
    d.total("成长营合计", d.one(r"合计(\d+)人次"), camps)
    d.mean("成长营平均", d.one(r"平均每期(\d+)人次"), camps)
    d.rate("在校率", d.one(r"在校率(\d+\.\d+)%"), d.n(r"(\d+)人持续在校"), total_n)
    grads, adm = d.n(r"应届毕业(\d+)人"), d.n(r"(\d+)人考入高校")
    d.total("升学人数", adm, [d.n(r"本科(\d+)人"), d.n(r"专科(\d+)人")])
    d.rate("升学率", d.one(r"升学率(\d+\.\d+)%"), adm, grads)
    d.rate("满意度", d.one(r"满意度(\d+\.\d+)%"), d.n(r"表示满意的(\d+)份"), d.n(r"有效问卷(\d+)份"))
    g = ind["groups"]
    d.eq("执行", d.one(r"预算执行(\d+\.\d+)分"), D(funds["score"]))
    d.eq("产出", d.one(r"产出指标(\d+)分"), g["产出指标"][1])
    d.eq("效益", d.one(r"效益指标(\d+\.\d+)分"), g["效益指标"][1])
    d.eq("满意度", d.one(r"满意度指标(\d+)分"), g["满意度指标"][1])
    check(d.one(r"绩效自评得分(\d+\.\d+)分") == ind["total"], f"{d.name}: text total differs from table")
    table = d.text.split("附件")[-1]
    for v in ("500人", "99.6%", "84.72%", "97.5%", "2023年10月26日"):
        check(v in table, f"{d.name}: {v} not in table")
    check_grades(d, ind["total"])


def yn(doc):
    funds, ind = check_tables(doc)
    d = doc
    inc, fin, oth = d.n(r"收入合计(\d+\.\d+)万元"), d.n(r"财政拨款收入(\d+\.\d+)万元"), d.n(r"其他收入(\d+\.\d+)万元")
    d.total("收入", inc, [fin, oth])
    check(d.n(r"全年预算调整为(\d+\.\d+)万元") == inc, f"{d.name}: 全年预算 ≠ 收入合计")
    exp, basic, proj = d.n(r"支出合计(\d+\.\d+)万元"), d.n(r"基本支出(\d+\.\d+)万元（"), d.n(r"项目支出(\d+\.\d+)万元。")
    d.total("支出", exp, [basic, proj])
    d.total("基本支出", basic, [d.n(r"人员经费(\d+\.\d+)万元"), d.n(r"公用经费(\d+\.\d+)万元")])
    d.rate("部门预算执行率", d.one(r"部门整体预算执行率(\d+\.\d+)%"), exp, inc)
    bb, pb = d.n(r"基本支出预算(\d+\.\d+)万元"), d.n(r"项目支出预算(\d+\.\d+)万元")
    d.total("预算 = 基本 + 项目", inc, [bb, pb])
    d.rate("基本支出执行率", d.one(r"基本支出预算\d+\.\d+万元，执行率(\d+\.\d+)%"), basic, bb)
    carry, cb, cp = d.n(r"年末结转结余(\d+\.\d+)万元"), d.n(r"基本支出结余(\d+\.\d+)万元"), d.n(r"项目支出结转(\d+\.\d+)万元")
    d.eq("结转结余", carry, inc - exp)
    d.eq("基本结余", cb, bb - basic)
    d.eq("项目结转", cp, pb - proj)
    d.total("结转结余", carry, [cb, cp])
    # project table
    block = [b for b in table_blocks(d.text) if b[0][0] == "项目名称"][0]
    rows, tot = block[1:-1], block[-1]
    d.total("项目预算合计", tot[1], [r[1] for r in rows])
    d.total("项目支出合计", tot[2], [r[2] for r in rows])
    check(D(tot[1]) == pb and D(tot[2]) == proj, f"{d.name}: project table vs text")
    for r in rows + [tot]:
        d.rate(f"项目执行率 {r[0]}", cell_num(r[3]), r[2], r[1])
    d.mean("项目平均得分", d.one(r"平均得分(\d+)分"), [r[4] for r in rows])
    s_bud, s_sp = d.n(r"“三公”经费预算(\d+\.\d+)万元"), d.n(r"实际支出(\d+\.\d+)万元，其中公务接待")
    d.total("三公", s_sp, [d.n(r"公务接待费(\d+\.\d+)万元"), d.n(r"运行维护费(\d+\.\d+)万元"), d.n(r"出国（境）费(\d+)万元")])
    d.rate("三公控制率", d.one(r"控制率(\d+\.\d+)%，"), s_sp, s_bud)
    last = d.n(r"较2020年的(\d+\.\d+)万元")
    d.rate("三公下降", d.one(r"下降(\d+\.\d+)%"), last - s_sp, last)
    stu, std = d.n(r"资助家庭困难学生(\d+)人，"), d.n(r"每人(\d+)元，共")
    d.eq("希望工程助学金", d.one(r"元，共(\d+\.\d+)万元"), stu * std / 10000)
    hope = [r for r in rows if r[0].startswith("希望工程")][0]
    d.total("希望工程支出", hope[2], [stu * std / 10000, d.n(r"慰问活动(\d+\.\d+)万元")])
    table = d.text.split("自评表如下")[-1]
    for pat in (r"注册青年志愿者达(\d+)人", r"服务活动(\d+)场", r"服务时长(\d+)小时", r"资助家庭困难学生(\d+)人",
                r"等活动(\d+)次", r"满意度(\d+)%", r"控制率(\d+\.\d+)%"):
        check(re.search(r"｜" + d.one(pat) + r"[^｜\d]*｜", table), f"{d.name}: {pat} not in table")
    check(re.search(r"｜" + d.one(r"部门整体预算执行率(\d+\.\d+)%") + "%｜", table), f"{d.name}: rate not in table")
    check(d.one(r"自评得分(\d+\.\d+)分") == ind["total"], f"{d.name}: text total differs from table")
    check_grades(d, ind["total"])


def sd(doc):
    d = doc
    ini, cty, up = d.n(r"年初预算(\d+\.\d+)万元"), d.n(r"县财政配套资金(\d+\.\d+)万元"), d.n(r"上级工会帮扶资金(\d+\.\d+)万元")
    d.total("年初预算", ini, [cty, up])
    add, bud = d.n(r"医疗救助资金(\d+\.\d+)万元"), d.n(r"调整后全年预算(\d+\.\d+)万元")
    d.total("全年预算", bud, [ini, add])
    arr = d.n(r"实际到位(\d+\.\d+)万元")
    d.rate("到位率", d.one(r"到位率(\d+)%"), arr, bud)
    spent = d.n(r"共支出帮扶资金(\d+\.\d+)万元")
    rate = d.one(r"预算执行率(\d+\.\d+)%")
    d.rate("执行率", rate, spent, bud)
    parts = [d.n(r"生活救助(\d+\.\d+)万元"), d.n(r"助学救助(\d+\.\d+)万元"), d.n(r"医疗救助(\d+\.\d+)万元"),
             d.n(r"就业创业帮扶(\d+\.\d+)万元")]
    d.total("支出构成", spent, parts)
    d.eq("结余", d.one(r"结余(\d+\.\d+)万元"), arr - spent)
    batches = [D(x) for x in re.search(r"分别慰问(\d+)户、(\d+)户、(\d+)户、(\d+)户", d.text).groups()]
    hh = d.n(r"合计(\d+)户")
    d.total("慰问户数", hh, batches)
    d.mean("平均每批次", d.one(r"平均每批次(\d+\.\d+)户"), batches)
    d.eq("送温暖资金", d.one(r"共(\d+\.\d+)万元，完成率"), hh * d.n(r"每户发放慰问金(\d+)元") / 10000)
    check(d.one(r"共(\d+\.\d+)万元，完成率") == str(parts[0]), f"{d.name}: 送温暖 amount")
    rates = d.all(r"完成率(\d+\.\d+)%")
    targets = [d.n(r"送温暖慰问困难职工不少于(\d+)户"), d.n(r"金秋助学不少于(\d+)人"), d.n(r"医疗救助不少于(\d+)人"),
               d.n(r"解困脱困不少于(\d+)户")]
    actual = [hh, d.n(r"资助困难职工子女(\d+)人"), d.n(r"因病致困的(\d+)名"), d.n(r"实现解困脱困(\d+)户")]
    check(len(rates) == 4, f"{d.name}: four completion rates expected")
    for st, a, t in zip(rates, actual, targets):
        d.rate("完成率", st, a, t)
    uni, hsn = d.n(r"考入大学的(\d+)人"), d.n(r"就读高中的(\d+)人")
    d.total("助学人数", actual[1], [uni, hsn])
    d.eq("助学金", d.one(r"合计(\d+\.\d+)万元"), (uni * d.n(r"人，每人(\d+)元；") + hsn * d.n(r"高中的\d+人，每人(\d+)元")) / 10000)
    check(d.one(r"合计(\d+\.\d+)万元") == str(parts[1]), f"{d.name}: 助学 amount")
    d.rate("满意度", d.one(r"满意度(\d+\.\d+)%"), d.n(r"满意及比较满意的(\d+)份"), d.n(r"共发放问卷(\d+)份"))
    # scores in prose
    es, os_, bs, ss = (d.one(r"预算执行率指标得(\d+\.\d+)分"), d.one(r"产出指标得(\d+\.\d+)分"),
                       d.one(r"效益指标得(\d+)分"), d.one(r"满意度指标得(\d+)分"))
    w = [d.n(r"预算执行(\d+)分"), d.n(r"产出指标(\d+)分"), d.n(r"效益指标(\d+)分"), d.n(r"满意度指标(\d+)分")]
    check(sum(w) == 100, f"{d.name}: weights add to {sum(w)}")
    d.eq("执行得分", es, w[0] * D(spent) / D(bud))
    sub = d.one(r"解困脱困一项得(\d+\.\d+)分")
    d.eq("解困脱困得分", sub, 10 * actual[3] / targets[3])
    d.eq("产出得分", os_, 40 + D(sub))
    for s, ww in zip((es, os_, bs, ss), w):
        check(D(s) <= ww, f"{d.name}: score {s} above weight {ww}")
    tot = d.one(r"合计(\d+\.\d+)分")
    d.total("总分", tot, [es, os_, bs, ss])
    check_grades(d, tot)
    check(d.one(r"截至(\d{4})年12月31日") == d.one(r"^东平县总工会(\d{4})年度"), f"{d.name}: year")


def gs(doc):
    funds, ind = check_tables(doc)
    d = doc
    ini, bud = d.n(r"年初预算(\d+\.\d+)万元"), d.n(r"全年预算(\d+\.\d+)万元")
    check(ini == bud and "未作调整" in d.text, f"{d.name}: no adjustment but 年初 ≠ 全年")
    spent = d.n(r"实际支出(\d+\.\d+)万元")
    for r in d.all(r"执行率(?:仅为)?(\d+\.\d+)%"):
        d.rate("执行率", r, spent, bud)
    check(D(funds["spent"]) == spent and D(funds["budget"]) == bud, f"{d.name}: table funds vs text")
    parts = [d.n(r"竞赛奖金(\d+\.\d+)万元"), d.n(r"场地租赁及耗材(\d+\.\d+)万元"), d.n(r"组织费(\d+\.\d+)万元"),
             d.n(r"宣传费(\d+\.\d+)万元")]
    d.total("支出构成", spent, parts)
    d.eq("结余", d.one(r"结余(\d+\.\d+)万元"), bud - spent)
    items = [D(x) for x in re.findall(r"(?:焊工|电工|中式烹调|养老护理|汽车维修|叉车操作|茶艺)(\d+)人次", d.text)]
    check(len(items) == 7 and d.one(r"实际举办(\d+)个赛项") == "7", f"{d.name}: seven events")
    total_p = d.one(r"合计参赛(\d+)人次")
    d.total("参赛人次", total_p, items)
    d.mean("平均每赛项", d.one(r"平均每个赛项(\d+\.\d+)人次"), items)
    prizes = [(d.n(r"一等奖(\d+)名"), d.n(r"一等奖每人奖励(\d+)元")), (d.n(r"二等奖(\d+)名"), d.n(r"二等奖每人(\d+)元")),
              (d.n(r"三等奖(\d+)名"), d.n(r"三等奖每人(\d+)元"))]
    d.eq("奖金", parts[0], sum(a * b for a, b in prizes) / 10000)
    d.eq("人均成本", d.one(r"人均竞赛成本(\d+\.\d+)元"), spent * 10000 / D(total_p))
    planned = d.n(r"网约配送(\d+)个赛项，")
    d.eq("顺延赛项", d.one(r"网约配送(\d+)个赛项的"), planned - 7)
    table = d.text.split("附件")[-1]
    for pat in (r"全年竞赛取证(\d+)人", r"等级的职工(\d+)人", r"带动全区(\d+)家企业", r"合计参赛(\d+)人次",
                r"人均竞赛成本(\d+\.\d+)元"):
        check("｜" + d.one(pat) in table, f"{d.name}: {pat} not in table")
    check(d.one(r"自评得分(\d+\.\d+)分") == ind["total"], f"{d.name}: text total differs from table")
    check(d.one(r"结转至(\d{4})年") == "2025" and "2024年度" in d.text[:40], f"{d.name}: carry-over year")
    check_grades(d, ind["total"])


PROJECT_CHECKS = {
    "fj-yongding-liangai-2022": fj,
    "ha-queshan-chunlei-2023": ha,
    "yn-mengla-tuanxianwei-2021": yn,
    "sd-dongping-kunnanzhigong-2019": sd,
    "gs-suzhou-jinengjingsai-2024": gs,
}


# ---------------------------------------------------------------- set-level checks
def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check(sorted(l["case"] for l in labels) == files, "labels and case files differ")
    codes = Counter()
    per_source = Counter()
    where = Counter()
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with expected findings")
            n = len(text)
            check(3000 <= n <= 9000, f"{lab['case']}: {n} characters")
            continue
        per_source[lab["source"]] += 1
        check(len(lab["expected"]) == 1, f"{lab['case']}: one expected finding")
        clean = read(f"{lab['source']}-clean.txt")
        p, ea, eb = changed_region(clean, text)
        check(0 < eb - p <= 120 and ea - p <= 120, f"{lab['case']}: change region too long ({ea - p}/{eb - p})")
        check(clean[p:ea].count("\n") <= 1, f"{lab['case']}: change spans more than two lines")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            check(exp["code"] in CODES, f"{lab['case']}: unknown code {exp['code']}")
            check(exp["severity"] == "error", f"{lab['case']}: severity")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(bool(occ), f"{lab['case']}: value not found: {v!r}")
            check(any(o < max(eb, p + 1) and o + len(v) > p for o in occ),
                  f"{lab['case']}: value does not overlap the change")
            check(v not in clean or clean.count(v) < text.count(v), f"{lab['case']}: value also in clean draft")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    for src in PROJECT_CHECKS:
        check(per_source[src] == 6, f"{src}: {per_source[src]} error cases")
        PROJECT_CHECKS[src](Doc(f"{src}-clean.txt"))
    # the injected errors must break the arithmetic: rerun each project's checks on each error case
    for lab in labels:
        if lab["clean"]:
            continue
        before = len(FAILS)
        PROJECT_CHECKS[lab["source"]](Doc(lab["case"]))
        caught = len(FAILS) - before
        del FAILS[before:]
        check(caught > 0, f"{lab['case']}: verify's own arithmetic does not notice the injected error")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} problems")
        return 1
    print(f"{len(files)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
