#!/usr/bin/env python3
"""Verify the n136 set.

1. every label value occurs in its case file; codes/severities are from the fixed vocabulary;
2. every error case differs from its clean draft in exactly one contiguous place (short);
3. the arithmetic of every clean draft is redone: generic table checks (funds block sums and rates,
   weights to 100 and to subtotals, scores to the total, score <= weight, completion rates, row scores,
   grade band) plus draft-specific checks of the prose figures;
4. the same checks, run on each error case, must find at least one problem (the injected one).
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

YEARS = {
    "sc-pingshan-weigai-2020": 2020,
    "sn-ziyang-dizai-2021": 2021,
    "js-baoying-budongchan-2022": 2022,
    "cq-youyang-anju-2024": 2024,
    "nm-wushen-zrzy-bumen-2023": 2023,
}


# ---------------------------------------------------------------- number helpers
def decs(s):
    s = s.replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """rules.md §8: a stated value with d decimals matches c iff |c - v| <= 0.5*10^-d."""
    v = D(stated.replace("%", "").replace(",", ""))
    d = decs(stated)
    return abs(D(computed) - v) <= D(5) * D(10) ** (-(d + 1)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


NUM = r"(\d+(?:\.\d+)?)"


class Checker:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fail = []

    def err(self, msg):
        self.fail.append(msg)

    def nums(self, pattern):
        """all matches of pattern (each with one group) as strings"""
        return re.findall(pattern, self.t)

    def one(self, pattern):
        m = self.nums(pattern)
        if not m:
            self.err(f"pattern not found: {pattern}")
            return None
        if len(set(m)) > 1:
            self.err(f"same quantity with different values {sorted(set(m))}: {pattern}")
        return m[0]

    def eq(self, label, stated, computed):
        if stated is None:
            return
        if not ok(stated, computed):
            self.err(f"{label}: stated {stated}, computed {computed}")

    def same(self, label, *vals):
        vals = [v for v in vals if v is not None]
        if len({D(v.replace('%', '')) for v in vals}) > 1:
            self.err(f"{label}: conflicting values {vals}")


# ---------------------------------------------------------------- grade
def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "良好": "良", "中等": "中", "合格": "中", "一般": "中", "较差": "差",
               "不合格": "差", "优": "优", "良": "良", "中": "中", "差": "差"}


# ---------------------------------------------------------------- table parsing
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if "｜" in line:
            cur.append(line.split("｜"))
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def parse_q(cell):
    """('gte'|'lte'|'eq', number, unit) or None for qualitative / dates"""
    c = cell.strip()
    if "年" in c and "月" in c:
        return None
    direction = "eq"
    if c.startswith("≥"):
        direction, c = "gte", c[1:]
    elif c.startswith("≤"):
        direction, c = "lte", c[1:]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", c)
    if not m:
        return None
    return direction, D(m.group(1)), m.group(2)


def completion(target, actual):
    direction, T, _ = target
    _, A, _ = actual
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return None
    return A / T * 100


def row_score(w, target, actual):
    direction, T, _ = target
    _, A, _ = actual
    if direction == "eq" and T == 0:
        return w if A <= 0 else D(0)
    if direction == "lte":
        return w if A <= T else w * T / A
    return w * min(D(1), A / T)


def check_tables(c):
    exec_weight = exec_score = None
    has_exec_row = False
    for tab in tables(c.t):
        header = None
        for i, row in enumerate(tab):
            if "年初预算数" in row and "全年执行数" in row:
                header = ("funds", i)
                break
            if "三级指标" in row and "分值" in row and "得分" in row:
                header = ("ind", i)
                break
            if "全年预算数" in row and "全年执行数" in row and "结转结余" in row:
                header = ("proj", i)
                break
        if not header:
            continue
        kind, hi = header
        h = tab[hi]
        rows = tab[hi + 1:]
        col = {name: h.index(name) for name in h if name}
        if kind == "funds":
            total, comps = rows[0], rows[1:]
            for name in ("年初预算数", "全年预算数", "全年执行数"):
                j = col[name]
                s = sum(D(r[j]) for r in comps)
                if s != D(total[j]):
                    c.err(f"funds column {name}: components {s} != total {total[j]}")
            for r in rows:
                A, B = D(r[col["全年预算数"]]), D(r[col["全年执行数"]])
                rate = r[col["执行率"]]
                if rate.endswith("%"):
                    if A == 0:
                        c.err(f"funds row {r[0]}: rate {rate} on a zero budget")
                        continue
                    if D(rate[:-1]) > 100:
                        c.err(f"funds row {r[0]}: rate over 100%")
                    c.eq(f"funds row {r[0]} 执行率", rate, B / A * 100)
                if B > A:
                    c.err(f"funds row {r[0]}: executed above budget")
            exec_weight = D(total[col["分值"]])
            exec_score = total[col["得分"]]
            rate = D(total[col["执行率"]][:-1])
            c.eq("execution score", exec_score,
                 exec_weight * min(D(1), D(total[col["全年执行数"]]) / D(total[col["全年预算数"]])))
            # a score computed from the printed rate is accepted too (rules §8)
            exec_score = D(exec_score)
        elif kind == "proj":
            for r in rows:
                A, B, bal = D(r[col["全年预算数"]]), D(r[col["全年执行数"]]), D(r[col["结转结余"]])
                if A - B != bal:
                    c.err(f"project {r[0]}: balance {bal} != {A} - {B}")
                c.eq(f"project {r[0]} 执行率", r[col["执行率"]], B / A * 100)
                if B > A:
                    c.err(f"project {r[0]}: executed above budget")
        else:
            wj, sj = col["分值"], col["得分"]
            tj = col.get("年度指标值", col.get("年度目标值"))
            aj = col["实际完成值"]
            cj = col.get("完成率")
            wsum = ssum = D(0)
            block_w = block_s = D(0)
            total_row = None
            for r in rows:
                first = r[0]
                if first.endswith("小计"):
                    if D(r[wj]) != block_w:
                        c.err(f"{first}: weight {r[wj]} != rows {block_w}")
                    if D(r[sj]) != block_s:
                        c.err(f"{first}: score {r[sj]} != rows {block_s}")
                    block_w = block_s = D(0)
                    continue
                if first in ("总分", "合计"):
                    total_row = r
                    continue
                w, s = D(r[wj]), D(r[sj])
                if first == "预算执行":
                    has_exec_row = True
                if s > w or s < 0:
                    c.err(f"row {r[2]}: score {s} outside [0, {w}]")
                wsum += w
                ssum += s
                block_w += w
                block_s += s
                tq, aq = parse_q(r[tj]), parse_q(r[aj])
                if tq and not aq and r[aj].strip() and re.match(r"^\d", r[aj].strip()):
                    c.err(f"row {r[2]}: actual {r[aj]} cannot be read against {r[tj]}")
                if tq and aq:
                    if tq[2] != aq[2]:
                        c.err(f"row {r[2]}: unit of actual {aq[2]!r} != unit of target {tq[2]!r}")
                        continue
                    comp = completion(tq, aq)
                    if cj is not None and comp is not None:
                        c.eq(f"row {r[2]} 完成率", r[cj], comp)
                    if aq[2] == "%" and aq[1] > 100:
                        c.err(f"row {r[2]}: percentage over 100")
                    if first == "预算执行":
                        continue
                    c.eq(f"row {r[2]} score", r[sj], row_score(w, tq, aq))
            if total_row is None:
                c.err("indicator table without total row")
                continue
            if not has_exec_row:
                if exec_weight is None:
                    c.err("no execution score found")
                    continue
                wsum += exec_weight
                ssum += exec_score
            tw = [x for x in total_row if x.strip()]
            stated_w, stated_s = tw[1], tw[2]
            if D(stated_w) != 100 or wsum != 100:
                c.err(f"weights: rows {wsum}, stated {stated_w} (must be 100)")
            c.eq("total score", stated_s, ssum)
            c.total = stated_s
            if len(tw) > 3 and tw[3] in GRADE_WORDS and GRADE_WORDS[tw[3]] != band(stated_s):
                c.err(f"table grade {tw[3]} for {stated_s}")


def check_grade_text(c):
    for m in re.finditer(r"(?:得分|总分)(\d+(?:\.\d+)?)分，(?:评价)?等级为“?(优秀|良好|中等|较差|优|良|中|差)", c.t):
        if GRADE_WORDS[m.group(2)] != band(m.group(1)):
            c.err(f"grade {m.group(2)} for {m.group(1)}")
    tot = getattr(c, "total", None)
    for m in re.finditer(r"(?<!平均)(?:自评得分|自评总分|支出绩效自评得分)(\d+(?:\.\d+)?)分", c.t):
        if tot is not None and D(m.group(1)) != D(tot):
            c.err(f"text total {m.group(1)} != table total {tot}")


def check_years(c, year):
    for m in re.finditer(r"结转至(\d{4})年", c.t):
        if int(m.group(1)) <= year:
            c.err(f"carried over to {m.group(1)} in a {year} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", c.t):
        if int(m.group(1)) != year:
            c.err(f"截至{m.group(1)}年12月31日 in a {year} report")
    for m in re.finditer(r"(\d{4})年12月提前下达", c.t):
        if int(m.group(1)) != year - 1:
            c.err("advance not in the December before the year")


# ---------------------------------------------------------------- draft-specific checks
def pingshan(c):
    t = c.one(r"全年预算(\d+\.\d+)万元")
    c.same("全年预算 text/table", t, c.one(r"年度资金总额｜\d+\.\d+｜(\d+\.\d+)｜"))
    ini = c.one(r"年初预算(\d+\.\d+)万元")
    add = c.one(r"追加(\d+\.\d+)万元")
    c.eq("年初 + 追加", t, D(ini) + D(add))
    cen, prov, cty = (c.one(r"中央补助资金(\d+\.\d+)万元、"), c.one(r"省级补助资金(\d+\.\d+)万元"),
                      c.one(r"县级配套资金(\d+\.\d+)万元"))
    c.eq("sources sum", t, D(cen) + D(prov) + D(cty))
    n, n1, n2 = c.one(r"年度任务为(\d+)户"), c.one(r"其中拆除重建(\d+)户"), c.one(r"、修缮加固(\d+)户")
    c.eq("households", n, D(n1) + D(n2))
    p1, p2 = c.one(r"拆除重建每户补助(\d+)元"), c.one(r"修缮加固每户补助(\d+)元")
    need, s1, s2, work = (c.one(r"补助资金需求(\d+\.\d+)万元"), c.one(r"其中拆除重建(\d+\.\d+)万元"),
                          c.one(r"修缮加固(\d+\.\d+)万元；"), c.one(r"工作经费(\d+\.\d+)万元。"))
    c.eq("拆除重建 amount", s1, D(n1) * D(p1) / 10000)
    c.eq("修缮加固 amount", s2, D(n2) * D(p2) / 10000)
    c.eq("需求", need, D(s1) + D(s2))
    c.eq("需求 + 工作经费", t, D(need) + D(work))
    spent = c.one(r"全年执行(\d+\.\d+)万元")
    c.same("执行 text/table", spent, c.one(r"年度资金总额｜\d+\.\d+｜\d+\.\d+｜(\d+\.\d+)｜"))
    c.eq("执行率 text", c.one(r"预算执行率(\d+\.\d+%)"), D(spent) / D(t) * 100)
    paid1, paid2, paidw = (c.one(r"拆除重建补助(\d+\.\d+)万元"), c.one(r"修缮加固补助(\d+\.\d+)万元，已兑付"),
                           c.one(r"工作经费支出(\d+\.\d+)万元"))
    h2 = c.one(r"已兑付(\d+)户")
    c.eq("修缮 paid", paid2, D(h2) * D(p2) / 10000)
    c.eq("执行 parts", spent, D(paid1) + D(paid2) + D(paidw))
    both = c.one(r"合计兑付(\d+\.\d+)万元")
    c.eq("合计兑付", both, D(paid1) + D(paid2))
    c.eq("兑付占比", c.one(r"万元的(\d+\.\d+%)"), D(both) / D(need) * 100)
    left, l1, l2 = c.one(r"未支出资金(\d+\.\d+)万元"), c.one(r"修缮加固补助(\d+\.\d+)万元（"), c.one(r"工作经费(\d+\.\d+)万元，已")
    c.eq("未支出", left, D(t) - D(spent))
    c.eq("未支出 parts", left, D(l1) + D(l2))
    hl = c.one(r"（(\d+)户在12月下旬")
    c.eq("未兑付 households", l1, D(hl) * D(p2) / 10000)
    c.eq("未兑付 households count", hl, D(n2) - D(h2))
    c.eq("工作经费 left", l2, D(work) - D(paidw))
    paidh = c.one(r"已兑付补助的(\d+)户")
    c.eq("兑付户数", paidh, D(n1) + D(h2))
    c.eq("兑付及时率", c.one(r"总户数的(\d+\.\d+%)"), D(paidh) / D(n) * 100)
    c.same("兑付及时率 table", c.one(r"总户数的(\d+\.\d+)%"), c.one(r"≥95%｜(\d+\.\d+)%｜"))
    moved = c.one(r"已有(\d+)户搬入")
    c.eq("入住率", c.one(r"当年入住率(\d+\.\d+%)"), D(moved) / D(n) * 100)
    c.eq("未入住", c.one(r"其余(\d+)户"), D(n) - D(moved))
    c.same("入住率 table", c.one(r"当年入住率(\d+\.\d+)%"), c.one(r"入住率｜≥90%｜(\d+\.\d+)%"))
    c.eq("满意度", c.one(r"满意度(\d+\.\d+%)。"), D(c.one(r"满意的(\d+)户")) / D(c.one(r"抽取受益农户(\d+)户")) * 100)
    c.same("满意度 table", c.one(r"满意度(\d+\.\d+)%。"), c.one(r"受益农户满意度｜≥90%｜(\d+\.\d+)%"))
    c.same("provincial 全年", prov, c.one(r"省级补助资金｜\d+\.\d+｜(\d+\.\d+)｜"))
    c.same("county 全年", cty, c.one(r"县级配套资金｜\d+\.\d+｜(\d+\.\d+)｜"))
    c.same("central 年初", c.one(r"提前下达的中央补助资金(\d+\.\d+)万元"), c.one(r"中央补助资金｜(\d+\.\d+)｜"))
    c.eq("provincial unspent = 修缮 unpaid", l1, D(prov) - D(c.one(r"省级补助资金｜\d+\.\d+｜\d+\.\d+｜(\d+\.\d+)｜")))


def ziyang(c):
    ini, add, t = c.one(r"年初预算(\d+\.\d+)万元"), c.one(r"专项资金(\d+\.\d+)万元，调整后"), c.one(r"全年预算(\d+\.\d+)万元")
    c.eq("年初 + 省级", t, D(ini) + D(add))
    parts = [c.one(p) for p in (r"群测群防员补助(\d+\.\d+)万元", r"运行维护(\d+\.\d+)万元", r"工程治理(\d+\.\d+)万元",
                                 r"应急演练(\d+\.\d+)万元", r"风险调查评价(\d+\.\d+)万元")]
    c.eq("用途 sum", t, sum(D(p) for p in parts))
    c.eq("群测群防员补助", parts[0], D(c.one(r"（(\d+)名群测群防员")) * D(c.one(r"每人每年(\d+)元")) / 10000)
    sites = re.search(r"批复投资分别为(\d+\.\d+)万元、(\d+\.\d+)万元和(\d+\.\d+)万元，平均每处(\d+\.\d+)万元", c.t)
    if not sites:
        c.err("site sentence missing")
    else:
        v = [D(x) for x in sites.groups()[:3]]
        c.eq("三处 sum", parts[2], sum(v))
        c.eq("平均每处", sites.group(4), sum(v) / 3)
    spent = c.one(r"2021年全年执行(\d+\.\d+)万元")
    c.eq("执行率", c.one(r"预算执行率(\d+\.\d+%)"), D(spent) / D(t) * 100)
    c.eq("未支出", c.one(r"年末未支出(\d+\.\d+)万元"), D(t) - D(spent))
    c.same("执行 text/table", spent, c.one(r"年度资金总额｜\d+\.\d+｜\d+\.\d+｜(\d+\.\d+)｜"))
    c.same("预算 text/table", t, c.one(r"年度资金总额｜\d+\.\d+｜(\d+\.\d+)｜"))
    c.eq("满意度", c.one(r"满意度为(\d+\.\d+%)"), D(c.one(r"满意(\d+)份")) / D(c.one(r"有效问卷(\d+)份")) * 100)
    c.same("满意度 table", c.one(r"满意度为(\d+\.\d+)%"), c.one(r"受威胁群众满意度｜≥90%｜(\d+\.\d+)%"))
    c.same("在线率", c.one(r"平均在线率(\d+\.\d+)%"), c.one(r"在线率｜≥95%｜(\d+\.\d+)%"))
    c.same("隐患点", c.one(r"隐患点(\d+)处，威胁"), c.one(r"(\d+)处隐患点全部"), c.one(r"监测数量｜≥186处｜(\d+)处"))
    c.same("受保护人数", c.one(r"威胁的(\d+)名群众"), c.one(r"≥5600人｜(\d+)人"))


def baoying(c):
    ini, add, t = c.one(r"年初预算(\d+\.\d+)万元"), c.one(r"追加档案数字化经费(\d+\.\d+)万元"), c.one(r"全年预算(\d+\.\d+)万元")
    c.eq("年初 + 追加", t, D(ini) + D(add))
    m = re.search(r"网络租赁费(\d+\.\d+)万元、历史登记档案数字化经费(\d+\.\d+)万元、窗口辅助服务外包费(\d+(?:\.\d+)?)万元", c.t)
    if not m:
        c.err("budget split missing")
    else:
        c.eq("budget split", t, sum(D(x) for x in m.groups()))
        c.same("平台运维", m.group(1), c.one(r"网络租赁费(\d+\.\d+)万元全部支出"))
    spent = c.one(r"实际支出(\d+\.\d+)万元")
    c.eq("执行率", c.one(r"预算执行率(\d+\.\d+%)"), D(spent) / D(t) * 100)
    p1, p2, p3 = c.one(r"网络租赁费(\d+\.\d+)万元全部支出"), c.one(r"支付(\d+\.\d+)万元"), c.one(r"外包费支出(\d+\.\d+)万元")
    c.eq("执行 parts", spent, D(p1) + D(p2) + D(p3))
    c.eq("结余", c.one(r"年末结余(\d+\.\d+)万元"), D(t) - D(spent))
    pages = c.one(r"(\d+\.\d+)万页")  # every mention of the digitised pages must agree
    c.eq("数字化 cost", p2, D(pages) * D(c.one(r"每页(\d+\.\d+)元")))
    c.eq("数字化完成率", c.one(r"质检\d+\.\d+万页，完成率(\d+\.\d+%)"), D(pages) / D(c.one(r"不少于(\d+)万页")) * 100)
    cases = c.one(r"登记业务(\d+)件，比上年")
    c.eq("办件完成率", c.one(r"增长\d+\.\d+%，完成率(\d+\.\d+%)"), D(cases) / D(c.one(r"不少于(\d+)件")) * 100)
    c.eq("同比增长", c.one(r"增长(\d+\.\d+%)"), (D(cases) / D(c.one(r"上年的(\d+)件")) - 1) * 100)
    q = re.search(r"分别办件(\d+)件、(\d+)件、(\d+)件、(\d+)件，季度平均(\d+)件", c.t)
    if not q:
        c.err("quarter sentence missing")
    else:
        v = [D(x) for x in q.groups()[:4]]
        c.eq("quarters sum", cases, sum(v))
        c.eq("季度平均", q.group(5), sum(v) / 4)
    sat = c.one(r"满意度为(\d+\.\d+%)")
    c.eq("满意度", sat, D(c.one(r"满意(\d+)条")) / D(c.one(r"评价(\d+)条")) * 100)
    # scores in prose
    es = c.one(r"预算执行率得分(\d+\.\d+)分")
    c.eq("执行得分", es, D(10) * min(D(1), D(spent) / D(t)))
    eco = c.one(r"电子证照签发率按完成比例得(\d+\.\d+)分")
    c.eq("电子证照得分", eco, D(10) * D(c.one(r"应签发业务的(\d+\.\d+)%")) / D(c.one(r"证照签发率达到(\d+)%")))
    out = c.one(r"产出指标得分(\d+\.\d+)分")
    c.eq("产出得分 = 40 + 电子证照", out, D(40) + D(eco))
    ben, satis = c.one(r"效益指标得分(\d+)分"), c.one(r"满意度指标得分(\d+\.\d+)分")
    c.eq("满意度得分", satis, D(10) * D(sat[:-1]) / D(c.one(r"满意度不低于(\d+)%")))
    total = c.one(r"自评总分(\d+\.\d+)分")
    c.eq("总分", total, D(es) + D(out) + D(ben) + D(satis))
    c.total = total
    w = re.search(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", c.t)
    if not w or sum(int(x) for x in w.groups()) != 100:
        c.err("weights do not add to 100")


def youyang(c):
    t = c.one(r"全年预算(\d+\.\d+)万元")
    c.same("全年预算 text/table", t, c.one(r"年度资金总额｜\d+\.\d+｜(\d+\.\d+)｜"))
    c.same("年初 text/table", c.one(r"年初预算(\d+\.\d+)万元"), c.one(r"年度资金总额｜(\d+\.\d+)｜"))
    c.same("中央", c.one(r"中央补助资金(\d+\.\d+)万元"), c.one(r"中央补助资金｜\d+\.\d+｜(\d+\.\d+)｜"))
    c.same("市级", c.one(r"市级补助资金(\d+\.\d+)万元"), c.one(r"市级补助资金｜\d+\.\d+｜(\d+\.\d+)｜"))
    u = [c.one(p) for p in (r"老旧小区改造配套基础设施(\d+\.\d+)万元", r"公租房租赁补贴(\d+\.\d+)万元（",
                             r"公租房维修改造(\d+\.\d+)万元。")]
    c.eq("用途 sum", t, sum(D(x) for x in u))
    hh, std = c.one(r"（按(\d+)户、每户每年"), c.one(r"每户每年(\d+)元测算")
    c.eq("租赁补贴测算", u[1], D(hh) * D(std) / 10000)
    spent = c.one(r"全年执行(\d+\.\d+)万元")
    c.same("执行 text/table", spent, c.one(r"年度资金总额｜\d+\.\d+｜\d+\.\d+｜(\d+\.\d+)｜"))
    c.eq("执行率", c.one(r"预算执行率(\d+\.\d+%)"), D(spent) / D(t) * 100)
    c.eq("结余", c.one(r"年末结余(\d+\.\d+)万元"), D(t) - D(spent))
    got, paid = c.one(r"全年向(\d+)户发放"), c.one(r"户发放(\d+\.\d+)万元")
    c.eq("租赁补贴 paid", paid, D(got) * D(std) / 10000)
    c.eq("租赁补贴执行率", c.one(r"万元，执行率(\d+\.\d+%)；"), D(paid) / D(u[1]) * 100)
    m = re.search(r"公租房维修改造资金(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，执行率(\d+(?:\.\d+)?%)", c.t)
    if not m:
        c.err("维修 sentence missing")
    else:
        c.same("维修 budget", m.group(1), u[2])
        c.eq("维修执行率", m.group(3), D(m.group(2)) / D(m.group(1)) * 100)
        if D(m.group(2)) > D(m.group(1)):
            c.err("维修 spent above budget")
    c.eq("少发户数", c.one(r"较测算户数少(\d+)户"), D(hh) - D(got))
    c.same("租赁户数 table", got, c.one(r"≥1300户｜(\d+)户"))
    benef = c.one(r"惠及居民(\d+)户")
    c.same("惠及户数", c.one(r"涉及居民(\d+)户"), benef, c.one(r"≥1142户｜(\d+)户"))
    c.eq("户均投资", c.one(r"户均(\d+\.\d+)万元"), D(u[0]) / D(benef))
    c.same("户均 table", c.one(r"户均(\d+\.\d+)万元"), c.one(r"≤1.7万元｜(\d+\.\d+)万元"))
    c.same("满意度", c.one(r"居民满意度为(\d+\.\d+)%"), c.one(r"居民满意度｜≥90%｜(\d+\.\d+)%"))
    c.same("长效管理覆盖率", c.one(r"长效管理覆盖率(\d+\.\d+)%"), c.one(r"覆盖率｜≥80%｜(\d+\.\d+)%"))
    c.eq("长效管理覆盖率 2/3", c.one(r"长效管理覆盖率(\d+\.\d+%)"), D(2) / D(3) * 100)
    c.eq("完工率 3/6", c.one(r"完工率(\d+%)，低于"), D(3) / D(6) * 100)
    parts = [c.one(p) for p in (r"预算执行率得分(\d+\.\d+)分", r"产出指标得分(\d+\.\d+)分",
                                 r"效益指标得分(\d+\.\d+)分", r"满意度指标得分(\d+\.\d+)分")]
    c.eq("text total", c.one(r"自评得分(\d+\.\d+)分"), sum(D(x) for x in parts))
    c.same("产出小计", parts[1], c.one(r"产出指标小计｜｜｜｜｜\d+｜(\d+\.\d+)"))
    c.same("效益小计", parts[2], c.one(r"效益指标小计｜｜｜｜｜\d+｜(\d+\.\d+)"))
    c.same("执行得分", parts[0], c.one(r"84.64%｜(\d+\.\d+)"))


def wushen(c):
    ini, t = c.one(r"年初预算(\d+\.\d+)万元"), c.one(r"调整后全年预算(\d+\.\d+)万元")
    bi, pi = c.one(r"其中基本支出(\d+\.\d+)万元、项目支出\d+\.\d+万元。年内"), c.one(r"、项目支出(\d+\.\d+)万元。年内")
    c.eq("年初 split", ini, D(bi) + D(pi))
    ba, pa = c.one(r"其中基本支出(\d+\.\d+)万元、项目支出\d+\.\d+万元。\n"), c.one(r"、项目支出(\d+\.\d+)万元。\n")
    c.eq("全年 split", t, D(ba) + D(pa))
    spent = c.one(r"全年支出(\d+\.\d+)万元")
    be, pe = c.one(r"其中基本支出(\d+\.\d+)万元，执行率"), c.one(r"项目支出(\d+\.\d+)万元，执行率")
    c.eq("执行 split", spent, D(be) + D(pe))
    c.eq("部门执行率", c.one(r"全年支出\d+\.\d+万元，预算执行率(\d+\.\d+%)"), D(spent) / D(t) * 100)
    c.eq("基本执行率", c.one(r"基本支出\d+\.\d+万元，执行率(\d+\.\d+%)"), D(be) / D(ba) * 100)
    c.eq("项目执行率", c.one(r"项目支出\d+\.\d+万元，执行率(\d+\.\d+%)"), D(pe) / D(pa) * 100)
    c.eq("结转结余", c.one(r"年末结转结余(\d+\.\d+)万元"), D(t) - D(spent))
    c.same("执行率 table", c.one(r"全年支出\d+\.\d+万元，预算执行率(\d+\.\d+)%"), c.one(r"部门预算执行率｜10｜100%｜(\d+\.\d+)%"))
    proj = re.findall(r"\n([^｜\n]+)｜(\d+\.\d+)｜(\d+\.\d+)｜(\d+\.\d+)｜(\d+\.\d+)%｜(\d+\.\d+)", c.t)
    if len(proj) != 5:
        c.err("project table rows")
        return
    c.eq("重点项目预算合计", c.one(r"全年预算合计(\d+\.\d+)万元"), sum(D(p[1]) for p in proj))
    c.eq("占项目支出", c.one(r"占项目支出预算的(\d+\.\d+%)"), sum(D(p[1]) for p in proj) / D(pa) * 100)
    c.eq("平均自评得分", c.one(r"平均自评得分(\d+\.\d+)分"), sum(D(p[5]) for p in proj) / 5)
    scores = {p[0]: p[5] for p in proj}
    c.same("最高", c.one(r"国土变更调查(\d+\.\d+)分"), scores["2023年度国土变更调查"], max(scores.values(), key=D))
    c.same("最低", c.one(r"地质灾害防治(\d+\.\d+)分"), scores["地质灾害防治"], min(scores.values(), key=D))
    c.same("规划编制预算", c.one(r"规划编制项目全年预算(\d+\.\d+)万元"), [p for p in proj if p[0].startswith("乡镇")][0][1])
    geo = [p for p in proj if p[0] == "地质灾害防治"][0]
    c.same("地灾执行率", c.one(r"执行率(\d+\.\d+)%。\n（四）"), geo[4])
    for name, pat, tab in (("图斑", r"变化图斑(\d+)个", r"≥4200个｜(\d+)个"), ("办件", r"登记业务(\d+)件", r"≥9000件｜(\d+)件"),
                           ("治理面积", r"矿山治理(\d+\.\d+)公顷", r"≥320公顷｜(\d+\.\d+)公顷"),
                           ("耕地", r"耕地保有量(\d+\.\d+)万亩", r"≥83.6万亩｜(\d+\.\d+)万亩"),
                           ("共享部门", r"已向(\d+)个部门", r"≥12个｜(\d+)个"),
                           ("满意度", r"满意度为(\d+\.\d+)%", r"服务对象满意度｜10｜≥90%｜(\d+\.\d+)%"),
                           ("办结时限", r"平均(\d+\.\d+)个工作日", r"≤5个工作日｜(\d+\.\d+)个工作日")):
        c.same(name, c.one(pat), c.one(tab))


SPECIFIC = {
    "sc-pingshan-weigai-2020": pingshan,
    "sn-ziyang-dizai-2021": ziyang,
    "js-baoying-budongchan-2022": baoying,
    "cq-youyang-anju-2024": youyang,
    "nm-wushen-zrzy-bumen-2023": wushen,
}


def check_text(text, src, name):
    c = Checker(text, name)
    check_tables(c)
    SPECIFIC[src](c)
    check_grade_text(c)
    check_years(c, YEARS[src])
    return c.fail


def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels.jsonl and cases/ disagree")
    codes = Counter()
    clean_text = {}
    for r in labels:
        if r["clean"]:
            clean_text[r["source"]] = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
    if len(clean_text) != 5:
        problems.append("need five clean drafts")
    for src, text in clean_text.items():
        n = len(text)
        if not 3000 <= n <= 9000:
            problems.append(f"{src}: clean draft has {n} characters")
        fails = check_text(text, src, src)
        for f in fails:
            problems.append(f"{src}-clean: {f}")
    for r in labels:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expectations")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: must carry exactly one expected finding")
        for e in r["expected"]:
            codes[e["code"]] += 1
            if e["code"] not in CODES13 or e["severity"] != "error":
                problems.append(f"{r['case']}: bad code/severity {e['code']}/{e['severity']}")
            if e["value"] not in text:
                problems.append(f"{r['case']}: value not in case: {e['value']!r}")
        clean = clean_text[r["source"]]
        if text == clean:
            problems.append(f"{r['case']}: identical to clean draft")
            continue
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        changed_new, changed_old = text[i:len(text) - j], clean[i:len(clean) - j]
        if max(len(changed_new), len(changed_old)) > 80:
            problems.append(f"{r['case']}: change region too long ({changed_old!r} -> {changed_new!r})")
        if not any(e["value"] in text and text.find(e["value"]) <= i + len(changed_new)
                   and text.find(e["value"]) + len(e["value"]) >= i for e in r["expected"]):
            # the value must overlap the changed region at one of its occurrences
            hit = False
            for e in r["expected"]:
                k = text.find(e["value"])
                while k >= 0:
                    if k <= i + max(len(changed_new), 1) and k + len(e["value"]) >= i:
                        hit = True
                    k = text.find(e["value"], k + 1)
            if not hit:
                problems.append(f"{r['case']}: value does not cover the changed figure")
        fails = check_text(text, r["source"], r["case"])
        if not fails:
            problems.append(f"{r['case']}: the arithmetic re-check finds nothing wrong")
        else:
            print(f"{r['case']:<40} {r['expected'][0]['code']:<22} re-check ({len(fails)}): " + " | ".join(fails))
    for code in CODES13:
        if codes[code] < 2:
            problems.append(f"code {code} occurs {codes[code]} times (< 2)")
    if sum(codes.values()) != 30:
        problems.append(f"{sum(codes.values())} error cases, expected 30")
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("codes:", dict(sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
