#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. every label value occurs in its case; every error case differs from its clean draft in exactly one contiguous
   place that overlaps an occurrence of the label value; every case file is labelled;
2. each of the 13 error codes of errors.md §A is used at least twice;
3. the arithmetic of every draft is redone from the text (rules.md §5–§8, tolerance from the stated decimals,
   ROUND_HALF_UP): a clean draft must pass every check (including the score-rule warnings), an error case must fail
   its labelled code and no other error-level code.
Prints OK at the end.
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
WARN = "score_rule_mismatch"
NUM = r"(\d+(?:\.\d+)?)"
HUNDRED = D(100)


class Structure(Exception):
    pass


class Num:
    """A number as written: value and number of decimals (for the §8 tolerance)."""

    def __init__(self, raw):
        self.raw = raw.strip().replace(",", "")
        self.v = D(self.raw)
        self.d = len(self.raw.split(".")[1]) if "." in self.raw else 0

    def __repr__(self):
        return self.raw


def tol(n):
    return D("0.5") * (D(10) ** -n.d) + D("1e-9")


def agree(n, computed):
    return abs(D(computed) - n.v) <= tol(n)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


SCALE = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
              "差": "差", "较差": "差", "不合格": "差"}

CELL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日前?$")


def parse_cell(c):
    """-> (direction, Num or None, unit)"""
    c = c.strip()
    if DATE.match(c):
        return None, None, "date"
    m = CELL.match(c)
    if not m:
        return None, None, "text"
    sign = m.group(1) or ""
    direction = "lte" if sign in ("≤", "＜", "<=") else "gte"
    return direction, Num(m.group(2)), m.group(3).strip()


class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []

    # ---- extraction
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise Structure(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def n(self, pat, group=1):
        return Num(self.one(pat).group(group))

    def ns(self, pat):
        m = self.one(pat)
        return [Num(g) for g in m.groups()]

    # ---- recording
    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    # ---- identities
    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        c = D(num.v if isinstance(num, Num) else num) / D(den.v if isinstance(den, Num) else den) * HUNDRED
        self.add(code, agree(stated, c), f"{msg}: stated {stated}%, computed {r2(c)}%")

    def balance(self, stated, minuend, subtrahend, msg):
        c = minuend.v - subtrahend.v
        self.add("balance_mismatch", agree(stated, c), f"{msg}: stated {stated}, computed {c}")

    def total(self, stated, parts, msg, code="sum_mismatch", units=None):
        """stated total (万元 unless units given) vs parts. A single part (or the total) that reconciles the sum when
        rescaled by 10^±4 / 10^±8 is reported as unit_mismatch (errors.md #11b), otherwise sum_mismatch."""
        if units is None:
            units = ["万元"] * (len(parts) + 1)
        tv = stated.v * SCALE[units[0]]
        vals = [p.v * SCALE[u] for p, u in zip(parts, units[1:])]
        s = sum(vals, D(0))
        t_tol = tol(stated) * SCALE[units[0]]
        if abs(s - tv) <= t_tol:
            self.add(code, True, f"{msg}: {s} = {tv}")
            return
        for i in range(len(vals)):
            for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
                alt = s - vals[i] + vals[i] * f
                if abs(alt - tv) <= t_tol:
                    self.add("unit_mismatch", False, f"{msg}: part {parts[i]} off by a power of ten")
                    return
        self.add(code, False, f"{msg}: parts {s} vs stated {tv}")

    def average(self, stated, items, msg, scale=D(1)):
        c = sum((i.v for i in items), D(0)) / len(items) * scale
        self.add("average_mismatch", agree(stated, c), f"{msg}: stated {stated}, mean {c}")

    def same(self, values, msg):
        vs = [v for v in values if v is not None]
        ok = all(v.v == vs[0].v for v in vs)
        self.add("conflicting_values", ok, f"{msg}: {vs}")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)

    def plausible(self, rate, msg):
        self.add("implausible_rate", D(0) <= rate.v <= HUNDRED, f"{msg}: {rate}%")

    def grade(self, total, word, msg):
        want = grade_of(total.v)
        got = GRADE_WORD.get(word)
        self.add("grade_mismatch", got == want, f"{msg}: total {total} -> {want}, stated {word}")

    def completion(self, stated, target_cell, actual_cell, msg):
        c = completion_of(target_cell, actual_cell)
        if c is None:
            raise Structure(f"completion not computable: {target_cell} / {actual_cell}")
        self.add("completion_mismatch", agree(stated, c), f"{msg}: stated {stated}%, computed {r2(c)}%")

    # ---- indicator table
    def indicators(self, rows, msg, comp=False):
        """rows: dicts with name, target, actual, weight, score[, comp]"""
        for r in rows:
            dt, tn, tu = parse_cell(r["target"])
            da, an, au = parse_cell(r["actual"])
            w, s = Num(r["weight"]), Num(r["score"])
            self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{msg} {r['name']}: score {s} weight {w}")
            same_unit = tu == au
            self.add("unit_mismatch", same_unit, f"{msg} {r['name']}: unit {tu!r} vs {au!r}")
            if au == "%" and an is not None:
                self.plausible(an, f"{msg} {r['name']} actual")
            if comp:
                if same_unit and tn is not None:
                    c = completion_of(r["target"], r["actual"])
                    cs = Num(r["comp"].rstrip("%"))
                    self.add("completion_mismatch", agree(cs, c),
                             f"{msg} {r['name']}: completion stated {cs}%, computed {r2(c)}%")
            if same_unit and tn is not None and an is not None:
                if dt == "lte":
                    e = w.v if an.v <= tn.v else w.v * tn.v / an.v
                else:
                    e = w.v * min(an.v / tn.v, D(1))
                self.add(WARN, agree(s, e), f"{msg} {r['name']}: score {s}, rule gives {r2(e)}")

    def weights(self, weights, stated, msg):
        s = sum((w.v for w in weights), D(0))
        self.add("weight_sum_mismatch", s == stated.v, f"{msg}: weights {s} vs {stated}")

    def scores(self, scores, stated, msg):
        s = sum((x.v for x in scores), D(0))
        self.add("score_sum_mismatch", agree(stated, s), f"{msg}: scores {s} vs {stated}")


def completion_of(target_cell, actual_cell):
    dt, tn, tu = parse_cell(target_cell)
    da, an, au = parse_cell(actual_cell)
    if tn is None or an is None or tu != au:
        return None
    if dt == "lte":
        return HUNDRED if an.v <= tn.v else tn.v / an.v * HUNDRED
    return an.v / tn.v * HUNDRED


def rows_sep(text, sep, first_in=None, ncells=None):
    out = []
    for line in text.splitlines():
        if sep not in line:
            continue
        cells = line.split(sep)
        if ncells is not None and len(cells) != ncells:
            continue
        if first_in is not None and cells[0] not in first_in:
            continue
        out.append(cells)
    return out


def one_row(rows, first):
    hit = [r for r in rows if r[0] == first]
    if len(hit) != 1:
        raise Structure(f"row {first!r} found {len(hit)} times")
    return hit[0]


def row_by_name(rows, idx, name):
    hit = [r for r in rows if r[idx] == name]
    if len(hit) != 1:
        raise Structure(f"row named {name!r} found {len(hit)} times")
    return hit[0]


def cellnum(cell):
    d, n, u = parse_cell(cell)
    if n is None:
        raise Structure(f"no number in cell {cell!r}")
    return n


def cellnum_if(cell, unit):
    d, n, u = parse_cell(cell)
    return n if (n is not None and u == unit) else None


L1 = ("预算执行", "产出指标", "效益指标", "满意度指标")


# ------------------------------------------------------------------ Xinzheng 2019
def chk_xinzheng(c):
    Y = 2019
    c.year(int(c.one(r"(\d{4})年度知识产权维权援助专项资金项目支出绩效自评报告").group(1)) == Y, "title year")
    c.year(int(c.one(r"截至(\d{4})年12月31日，75万元").group(1)) == Y, "截至 date")
    c.year(int(c.one(r"结转至(\d{4})年继续用于").group(1)) > Y, "carry-over year")
    c.year(int(c.one(r"本项目(\d{4})年度自评得分").group(1)) == Y, "conclusion year")

    b0 = c.n(r"年初市级财政安排项目预算" + NUM + "万元")
    add = c.n(r"补助资金" + NUM + "万元，经市财政局批复追加")
    ann = c.n(r"项目全年预算为" + NUM + "万元")
    c.total(ann, [b0, add], "全年预算 = 年初 + 追加")
    recv, recv_rate = c.ns(NUM + r"万元资金已全部到位，到位率" + NUM + "%")
    c.rate(recv_rate, recv, ann, "到位率")
    spent, exec_rate = c.ns(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.rate(exec_rate, spent, ann, "执行率 (prose)")
    parts = c.ns(r"案件代理及鉴定资助" + NUM + "万元，展会知识产权保护" + NUM + "万元，宣传培训" + NUM +
                 "万元，维权援助工作站建设" + NUM + "万元")
    c.total(spent, parts, "支出按用途")
    c.balance(c.n(r"年末结余" + NUM + "万元"), ann, spent, "结余 = 全年预算 − 支出")
    ncase, agent, avg, appraisal = c.ns(r"共资助案件" + NUM + "件，代理资助" + NUM + "万元，平均每件" + NUM +
                                        "元；另资助技术鉴定费" + NUM + "万元")
    c.average(avg, [agent], "代理资助 per case (元)", scale=D(10000) / ncase.v)
    c.total(parts[0], [agent, appraisal], "代理及鉴定资助 = 代理 + 鉴定")
    w1, w2, w3, wsum = c.ns(r"建设费用分别为" + NUM + "万元、" + NUM + "万元和" + NUM + "万元，合计" + NUM + "万元")
    c.total(wsum, [w1, w2, w3], "工作站建设费用")
    c.same([parts[3], wsum], "工作站建设费用 twice")

    rows = rows_sep(c.t, "｜")
    fund = one_row(rows, "年度资金总额")
    comps = [one_row(rows, "其中：当年财政拨款"), one_row(rows, "上年结转资金"), one_row(rows, "其他资金")]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total(Num(fund[col]), [Num(r[col]) for r in comps], f"资金表 {label} 列")
    f_rate = Num(fund[5].rstrip("%"))
    c.rate(f_rate, Num(fund[3]), Num(fund[2]), "执行率 (资金表)")
    c.add(WARN, agree(Num(fund[6]), Num(fund[4]).v * Num(fund[3]).v / Num(fund[2]).v), "execution score")
    c.same([spent, Num(fund[3])], "全年执行数")
    c.same([ann, Num(fund[2])], "全年预算数")
    c.same([exec_rate, f_rate], "执行率")

    ind = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6])
           for r in rows if len(r) == 8 and r[0] in L1]
    c.indicators(ind, "表2")
    sub = one_row(rows, "指标合计")
    tot = one_row(rows, "总分")
    c.weights([Num(r["weight"]) for r in ind], Num(sub[5]), "指标合计 分值")
    c.weights([Num(sub[5]), Num(fund[4])], Num(tot[5]), "总分 分值")
    c.weights([Num(tot[5])], Num("100"), "总分 = 100")
    c.scores([Num(r["score"]) for r in ind], Num(sub[6]), "指标合计 得分")
    c.scores([Num(r["score"]) for r in ind] + [Num(fund[6])], Num(tot[6]), "总分 得分")

    byname = {r["name"]: r for r in ind}
    n73 = c.n(r"全年受理维权援助申请" + NUM + "件，较2018年")
    prev = c.n(r"较2018年的" + NUM + "件增长")
    growth = c.n(r"件增长" + NUM + "%，完成年度目标")
    c.rate(growth, n73.v - prev.v, prev, "同比增长")
    c.completion(c.n(r"完成年度目标的" + NUM + "%"), byname["受理维权援助申请"]["target"], f"{n73.raw}件", "受理完成率")
    n73b, closed, close_rate = c.ns(NUM + r"件申请中已办结" + NUM + r"件，办结率" + NUM + "%")
    c.rate(close_rate, closed, n73b, "办结率")
    n73c, settled, settle_rate = c.ns(r"受理的" + NUM + r"件申请中经调解达成和解" + NUM + r"件，调解成功率" + NUM + "%")
    c.rate(settle_rate, settled, n73c, "调解成功率")
    c.same([n73, n73b, n73c, cellnum_if(byname["受理维权援助申请"]["actual"], "件")], "受理申请件数")
    c.same([close_rate, cellnum_if(byname["援助案件办结率"]["actual"], "%")], "办结率")
    c.same([settle_rate, cellnum_if(byname["侵权纠纷调解成功率"]["actual"], "%")], "调解成功率")
    c.same([c.n(r"挽回经济损失" + NUM + "万元。"), cellnum_if(byname["为企业挽回经济损失"]["actual"], "万元")], "挽回损失")
    ws_avg = cellnum_if(byname["单个工作站平均建设费用"]["actual"], "万元")
    c.average(ws_avg, [w1, w2, w3], "工作站平均建设费用")

    total = c.n(r"自评得分" + NUM + "分，评价等级")
    c.same([total, Num(tot[6])], "自评得分")
    c.grade(total, c.one(r"评价等级为“(.)”").group(1), "grade")


# ------------------------------------------------------------------ Nankang 2020
def flat_rows(text, header="\t一级指标"):
    lines = text.splitlines()
    try:
        i = lines.index(header)
    except ValueError:
        raise Structure("flattened table header not found")
    rows, cur = [], []
    for line in lines[i:]:
        if line.startswith("\t"):
            cur.append(line[1:])
        elif line.strip() == "":
            if cur:
                rows.append(cur)
                cur = []
        else:
            break
    if cur:
        rows.append(cur)
    return rows


def chk_nankang(c):
    Y = 2020
    c.year(int(c.one(r"(\d{4})年度“南康家具”集体商标").group(1)) == Y, "title year")
    c.year(int(c.one(r"截至(\d{4})年12月31日，资金全部到位").group(1)) == Y, "截至 date")
    c.year(int(c.one(r"截至(\d{4})年末，全区").group(1)) == Y, "截至年末")
    c.year(int(c.one(r"已申请结转(\d{4})年使用").group(1)) > Y, "carry-over year")
    c.year(int(c.one(r"经自评，本项目(\d{4})年度自评得分").group(1)) == Y, "conclusion year")
    c.year(int(c.one(r"本项目(\d{4})年度自评得分为").group(1)) == Y - 1, "last year's score is labelled with last year")

    b0, p1, p2, p3, p4 = c.ns(r"年初安排专项资金" + NUM + "万元，其中商标注册及国际注册资助" + NUM + "万元、集体商标品牌推广" +
                              NUM + "万元、商标监测与维权" + NUM + "万元、培训及服务" + NUM + "万元")
    c.total(b0, [p1, p2, p3, p4], "年初预算构成")
    carry = c.n(r"上年结转资金" + NUM + "万元")
    ann = c.n(r"全年预算合计" + NUM + "万元")
    c.total(ann, [b0, carry], "全年预算 = 年初 + 上年结转")
    g = c.ns(r"全年支出" + NUM + "万元：国内商标注册资助" + NUM + "万元（按每件" + NUM + "元标准资助" + NUM +
             "件），马德里国际注册资助" + NUM + "万元（每件" + NUM + "元，共" + NUM + "件），兑付上年结转尾款" + NUM +
             "万元，集体商标品牌推广" + NUM + "万元，商标监测与维权" + NUM + "万元，培训及服务" + NUM + "万元")
    spent, dom, dom_std, dom_n, mad, mad_std, mad_n, tail, promo, monitor, train = g
    c.total(spent, [dom, mad, tail, promo, monitor, train], "支出构成")
    c.total(dom, [Num(str(dom_std.v * dom_n.v))], "国内注册资助 = 标准 × 件数", units=["万元", "元"])
    c.total(mad, [Num(str(mad_std.v * mad_n.v))], "马德里资助 = 标准 × 件数", units=["万元", "元"])
    c.same([carry, tail], "上年结转尾款")
    c.balance(c.n(r"年末结余" + NUM + "万元"), ann, spent, "结余 = 全年预算 − 支出")

    rows = flat_rows(c.t)
    ind_rows = [r for r in rows if len(r) == 8 and r[0] in L1]
    ind = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in ind_rows]
    c.indicators(ind, "自评表")
    tot = one_row(rows, "合计")
    c.weights([Num(r["weight"]) for r in ind], Num(tot[5]), "合计 分值")
    c.weights([Num(tot[5])], Num("100"), "合计 = 100")
    c.scores([Num(r["score"]) for r in ind], Num(tot[6]), "合计 得分")
    byname = {r["name"]: r for r in ind}
    ex = byname["预算执行率"]
    c.rate(Num(ex["actual"].rstrip("%")), spent, ann, "执行率 (表)")

    dom_n2, comp = c.ns(r"全年资助国内商标注册" + NUM + "件，完成年度目标的" + NUM + "%")
    c.completion(comp, byname["资助国内商标注册"]["target"], f"{dom_n2.raw}件", "国内注册完成率")
    c.same([dom_n, dom_n2, cellnum_if(byname["资助国内商标注册"]["actual"], "件")], "国内注册件数")
    mad_n2 = c.n(r"资助马德里国际注册" + NUM + "件，家具企业")
    c.same([mad_n, mad_n2, cellnum_if(byname["资助马德里国际注册"]["actual"], "件")], "马德里件数")
    comp_n, done_n, done_rate = c.ns(r"受理商标侵权投诉" + NUM + "件，办结" + NUM + "件，办结率" + NUM + "%")
    c.rate(done_rate, done_n, comp_n, "投诉办结率")
    c.same([done_rate, cellnum_if(byname["商标侵权投诉办结率"]["actual"], "%")], "投诉办结率")
    prev, cur, growth = c.ns(r"由2019年末的" + NUM + "件增加到" + NUM + "件，同比增长" + NUM + "%")
    c.rate(growth, cur.v - prev.v, prev, "有效注册商标同比增长")
    c.same([c.n(r"全区有效注册商标" + NUM + "件。"), cur, cellnum_if(byname["全区有效注册商标量"]["actual"], "件")],
           "有效注册商标")
    c.same([c.n(r"融资" + NUM + "亿元，单笔最高"), cellnum_if(byname["商标专用权质押融资额"]["actual"], "亿元")],
           "质押融资额")
    total, word = c.one(r"自评得分" + NUM + r"分，等级为(..)。").groups()
    c.same([Num(total), Num(tot[6])], "自评得分")
    c.grade(Num(total), word, "grade")


# ------------------------------------------------------------------ Zhangqiu 2021
def chk_zhangqiu(c):
    Y = 2021
    c.year(int(c.one(r"(\d{4})年度专利权质押融资贴息").group(1)) == Y, "title year")
    c.year(int(c.one(r"结转至(\d{4})年继续使用").group(1)) > Y, "carry-over year")
    c.year(int(c.one(r"本项目(\d{4})年度自评得分").group(1)) == Y, "conclusion year")
    c.year(int(c.one(r"(\d{4})年区财政年初安排").group(1)) == Y, "budget year")

    b0, ann = c.ns(r"年初安排项目资金" + NUM + "万元，年度中未作调整，全年预算" + NUM + "万元")
    c.add("rate_mismatch", b0.v == ann.v, "未作调整 => 年初 = 全年")
    rows = rows_sep(c.t, "\t")
    t1 = [r for r in rows if len(r) == 4 and r[0] != "资金用途"]
    names = ["专利质押贷款贴息", "专利价值评估费补助", "风险补偿金"]
    parts = [one_row(t1, n) for n in names]
    tot1 = one_row(t1, "合计")
    for col, label in ((1, "全年预算"), (2, "执行")):
        c.total(Num(tot1[col]), [Num(r[col]) for r in parts], f"表1 {label} 列")
    for r in parts + [tot1]:
        c.rate(Num(r[3].rstrip("%")), Num(r[2]), Num(r[1]), f"表1 执行率 {r[0]}")
    c.same([ann, Num(tot1[1])], "全年预算")

    sub_pct = c.n(r"按实际支付利息的" + NUM + "%给予贴息")
    firms, subsidy, interest = c.ns(r"全年为" + NUM + "家企业兑付贴息" + NUM + "万元，对应企业实付利息" + NUM + "万元")
    c.rate(sub_pct, subsidy, interest, "贴息比例")
    c.average(c.n(r"平均每家企业获得贴息" + NUM + "万元"), [subsidy], "户均贴息", scale=D(1) / firms.v)
    c.same([subsidy, Num(parts[0][2])], "贴息执行数")
    nproj, fee, fee_avg = c.ns(r"为" + NUM + "个质押项目补助评估费" + NUM + "万元，平均每个项目约" + NUM + "万元")
    c.average(fee_avg, [fee], "项目平均评估费补助", scale=D(1) / nproj.v)
    c.same([fee, Num(parts[1][2])], "评估费补助执行数")
    m = c.one(r"分担金额分别为" + NUM + "(万元|元)和" + NUM + "(万元|元)，合计" + NUM + "万元")
    risk = Num(m.group(5))
    c.total(risk, [Num(m.group(1)), Num(m.group(3))], "风险分担金额", units=["万元", m.group(2), m.group(4)])
    c.same([risk, Num(parts[2][2])], "风险补偿金执行数")
    spent, bal = c.ns(r"全年执行" + NUM + "万元，年末结余" + NUM + "万元")
    c.balance(bal, ann, spent, "结余 = 全年预算 − 执行")
    c.same([spent, Num(tot1[2])], "全年执行数")
    c.balance(c.n(r"风险补偿金结余" + NUM + "万元"), Num(parts[2][1]), Num(parts[2][2]), "风险补偿金结余")

    t2 = [r for r in rows if len(r) == 8]
    ind_rows = [r for r in t2 if r[0] in L1]
    ind = [dict(name=r[2], target=r[3], actual=r[4], comp=r[5], weight=r[6], score=r[7]) for r in ind_rows]
    c.indicators(ind, "表2", comp=True)
    tot2 = one_row(t2, "合计")
    c.weights([Num(r["weight"]) for r in ind], Num(tot2[6]), "合计 分值")
    c.weights([Num(tot2[6])], Num("100"), "合计 = 100")
    c.scores([Num(r["score"]) for r in ind], Num(tot2[7]), "合计 得分")
    byname = {r["name"]: r for r in ind}
    c.rate(Num(byname["预算执行率"]["actual"].rstrip("%")), spent, ann, "执行率 (表2)")
    c.same([Num(byname["预算执行率"]["actual"].rstrip("%")), Num(tot1[3].rstrip("%"))], "执行率 表1/表2")
    c.same([c.n(r"单户最高" + NUM + "万元"), cellnum_if(byname["单户年度贴息额"]["actual"], "万元")], "单户最高贴息")

    n46, comp46 = c.ns(r"办理专利权质押登记" + NUM + "笔，完成目标的" + NUM + "%")
    c.completion(comp46, byname["专利质押融资登记笔数"]["target"], f"{n46.raw}笔", "登记笔数完成率")
    c.same([n46, cellnum_if(byname["专利质押融资登记笔数"]["actual"], "笔")], "登记笔数")
    c.same([firms, c.n(r"享受贴息企业" + NUM + "家，低于"), cellnum_if(byname["享受贴息企业数"]["actual"], "家")],
           "贴息企业数")
    c.same([nproj, c.n(r"评估费补助项目" + NUM + "个，略低于"), cellnum_if(byname["评估费补助项目数"]["actual"], "个")],
           "评估费补助项目数")
    c.same([c.n(r"平均兑付时限" + NUM + "天"), cellnum_if(byname["贴息资金兑付时限"]["actual"], "天")], "兑付时限")
    cur, prev, growth = c.ns(r"全区专利质押融资" + NUM + "亿元，较2020年的" + NUM + "亿元增长" + NUM + "%")
    c.rate(growth, cur.v - prev.v, prev, "质押融资同比增长")
    c.same([cur, c.n(r"项目实现专利质押融资" + NUM + "亿元"),
            cellnum_if(byname["专利质押融资总额"]["actual"], "亿元")], "质押融资总额")
    c.same([prev, c.n(r"同口径质押融资额为" + NUM + "亿元")], "2020年质押融资额")
    c.same([c.n(r"受资助企业新增研发投入" + NUM + "亿元"), cellnum_if(byname["带动企业新增研发投入"]["actual"], "亿元")],
           "新增研发投入")
    c.same([c.n(r"质押贷款不良率" + NUM + "%，风险"), cellnum_if(byname["质押贷款不良率"]["actual"], "%")], "不良率")
    c.same([c.n(r"贷款企业满意度为" + NUM + "%"), cellnum_if(byname["贷款企业满意度"]["actual"], "%")], "满意度")
    total = c.n(r"本项目2021年度自评得分" + NUM + "分")
    c.same([total, Num(tot2[7])], "自评得分")
    c.grade(Num(tot2[7]), c.one(r"自评等级\t(\S+)").group(1), "grade (表2)")


# ------------------------------------------------------------------ Yongkang 2023
def chk_yongkang(c):
    Y = 2023
    c.year(int(c.one(r"(\d{4})年度商标品牌战略专项资金").group(1)) == Y, "title year")
    y, mo = c.one(r"于(\d{4})年(\d{1,2})月提前下达").groups()
    c.year(int(y) == Y or (int(y) == Y - 1 and int(mo) == 12), "advance issue in the December before")
    c.year(int(c.one(r"结转至(\d{4})年，用于").group(1)) > Y, "carry-over year")
    c.year(int(c.one(r"本项目(\d{4})年度自评得分").group(1)) == Y, "conclusion year")

    b0 = c.n(r"年初预算" + NUM + "万元，其中省级")
    prov = c.n(r"补助资金" + NUM + "万元由省")
    cut, ann = c.ns(r"调减" + NUM + "万元，调整后全年预算" + NUM + "万元")
    c.total(b0, [ann, cut], "年初 = 全年 + 调减")
    spent, er = c.ns(r"全年支出" + NUM + "万元，预算执行率" + NUM + "%")
    c.rate(er, spent, ann, "执行率 (prose)")
    mad, mad_n = c.ns(r"马德里国际注册资助" + NUM + "万元（" + NUM + "件）")
    std = c.n(r"每件资助" + NUM + "元")
    c.total(mad, [Num(str(std.v * mad_n.v))], "马德里资助 = 标准 × 件数", units=["万元", "元"])
    rest = c.ns(r"商标品牌指导站建设" + NUM + "万元，“永康五金”区域品牌推广" + NUM + "万元，商标监测与侵权线索处置" + NUM +
                "万元，品牌培训及宣传" + NUM + "万元")
    c.total(spent, [mad] + rest, "支出构成")
    c.balance(c.n(r"未支出的" + NUM + "万元"), ann, spent, "结转 = 全年预算 − 支出")

    rows = rows_sep(c.t, "｜")
    t1 = [r for r in rows if len(r) == 5 and r[0] != "资金来源"]
    city, province, tot1 = one_row(t1, "市级财政资金"), one_row(t1, "省级补助资金"), one_row(t1, "合计")
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total(Num(tot1[col]), [Num(city[col]), Num(province[col])], f"表1 {label} 列")
    for r in (city, province, tot1):
        c.rate(Num(r[4].rstrip("%")), Num(r[3]), Num(r[2]), f"表1 执行率 {r[0]}")
    c.total(Num(city[1]), [Num(city[2]), cut], "市级 年初 = 全年 + 调减")
    c.same([prov, Num(province[1])], "省级补助")
    c.same([b0, Num(tot1[1])], "年初预算")
    c.same([ann, Num(tot1[2])], "全年预算")
    c.same([spent, Num(tot1[3])], "全年支出")
    c.same([er, Num(tot1[4].rstrip("%"))], "执行率")

    ind_rows = [r for r in rows if len(r) == 8 and r[0] in L1]
    ind = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in ind_rows]
    c.indicators(ind, "表2")
    tot2 = one_row([r for r in rows if len(r) == 8], "合计")
    c.weights([Num(r["weight"]) for r in ind], Num(tot2[5]), "合计 分值")
    c.weights([Num(tot2[5])], Num("100"), "合计 = 100")
    c.scores([Num(r["score"]) for r in ind], Num(tot2[6]), "合计 得分 (whole points)")
    byname = {r["name"]: r for r in ind}
    c.same([er, cellnum_if(byname["全年预算执行率"]["actual"], "%")], "执行率 表2")

    n, prev, growth = c.ns(r"全年新增注册商标" + NUM + "件，较2022年的" + NUM + "件增长" + NUM + "%")
    c.rate(growth, n.v - prev.v, prev, "新增注册同比增长")
    c.completion(c.n(r"完成年度目标的" + NUM + "%"), byname["新增注册商标"]["target"], f"{n.raw}件", "新增注册完成率")
    c.same([n, cellnum_if(byname["新增注册商标"]["actual"], "件")], "新增注册商标")
    c.same([mad_n, c.n(r"资助马德里国际注册" + NUM + "件，只完成"),
            cellnum_if(byname["资助马德里国际注册"]["actual"], "件")], "马德里件数")
    recv_n, done_n, done_rate = c.ns(r"接收商标侵权线索" + NUM + "条，处置" + NUM + "条，处置率" + NUM + "%")
    c.rate(done_rate, done_n, recv_n, "线索处置率")
    c.same([done_rate, cellnum_if(byname["商标侵权线索处置率"]["actual"], "%")], "线索处置率")
    c.same([c.n(r"兑付及时率" + NUM + "%。"), cellnum_if(byname["资助资金兑付及时率"]["actual"], "%")], "兑付及时率")
    c.same([c.n(r"自主品牌产品产值" + NUM + "亿元，"), cellnum_if(byname["自主品牌产品产值"]["actual"], "亿元")], "品牌产值")
    c.same([c.n(r"商标专用权质押融资" + NUM + "亿元；"), cellnum_if(byname["商标专用权质押融资额"]["actual"], "亿元")],
           "质押融资")
    c.same([c.n(r"有效注册商标总量" + NUM + "万件，"), cellnum_if(byname["有效注册商标总量"]["actual"], "万件")],
           "有效注册商标总量")
    c.same([c.n(r"满意度调查结果为" + NUM + "%"), cellnum_if(byname["受资助企业满意度"]["actual"], "%")], "满意度")
    c.plausible(c.n(r"满意率为" + NUM + "%"), "指导站回访满意率")
    total, word = c.one(r"自评得分" + NUM + r"分，评价等级为(.)。").groups()
    c.same([Num(total), Num(tot2[6])], "自评得分")
    c.grade(Num(total), word, "grade")


# ------------------------------------------------------------------ Shishi 2024 (department-wide)
def chk_shishi(c):
    Y = 2024
    c.year(int(c.one(r"(\d{4})年度部门整体支出绩效自评报告").group(1)) == Y, "title year")
    c.year(int(c.one(r"结转至(\d{4})年继续使用").group(1)) > Y, "carry-over year")
    c.year(int(c.one(r"本部门(\d{4})年度部门整体支出自评得分").group(1)) == Y, "conclusion year")
    c.year(int(c.one(r"(\d{4})年部门年初预算").group(1)) == Y, "budget year")

    b0, basic0, proj0 = c.ns(r"年初预算" + NUM + "万元，其中基本支出" + NUM + "万元、项目支出" + NUM + "万元")
    c.total(b0, [basic0, proj0], "年初预算构成")
    add_staff, add_aid, ann = c.ns(r"追加人员经费" + NUM + "万元、维权援助经费" + NUM + "万元，调整后全年预算" + NUM + "万元")
    c.total(ann, [b0, add_staff, add_aid], "全年预算 = 年初 + 追加")
    spent, er = c.ns(r"全年支出" + NUM + "万元，执行率" + NUM + "%")
    c.rate(er, spent, ann, "执行率 (prose)")
    bal, bal_basic, bal_proj = c.ns(r"年末结余结转" + NUM + "万元，其中基本支出结余" + NUM + "万元，项目支出结转" + NUM + "万元")
    c.balance(bal, ann, spent, "结余结转 = 全年预算 − 支出")
    c.total(bal, [bal_basic, bal_proj], "结余结转构成")

    rows = rows_sep(c.t, "|")
    t1 = [r for r in rows if len(r) == 5 and r[0] != "项目"]
    basic, proj, tot1 = one_row(t1, "基本支出"), one_row(t1, "项目支出"), one_row(t1, "合计")
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total(Num(tot1[col]), [Num(basic[col]), Num(proj[col])], f"表1 {label} 列")
    for r in (basic, proj, tot1):
        c.rate(Num(r[4].rstrip("%")), Num(r[3]), Num(r[2]), f"表1 执行率 {r[0]}")
    c.total(Num(basic[2]), [Num(basic[1]), add_staff], "基本支出 全年 = 年初 + 追加人员经费")
    c.total(Num(proj[2]), [Num(proj[1]), add_aid], "项目支出 全年 = 年初 + 追加维权援助经费")
    c.balance(bal_basic, Num(basic[2]), Num(basic[3]), "基本支出结余")
    c.balance(bal_proj, Num(proj[2]), Num(proj[3]), "项目支出结转")
    c.same([b0, Num(tot1[1])], "年初预算")
    c.same([basic0, Num(basic[1])], "基本支出年初")
    c.same([proj0, Num(proj[1])], "项目支出年初")
    c.same([ann, Num(tot1[2])], "全年预算")
    c.same([spent, Num(tot1[3])], "全年支出")
    c.same([er, Num(tot1[4].rstrip("%"))], "执行率")
    c.same([add_aid, c.n(r"追加的" + NUM + "万元全部用于")], "追加维权援助经费")

    t2 = [r for r in rows if len(r) == 6 and r[0] != "项目名称"]
    pnames = ["商标品牌培育专项", "专利质押融资风险补偿", "知识产权维权援助"]
    projs = [one_row(t2, n) for n in pnames]
    tot2 = one_row(t2, "合计")
    for r in projs + [tot2]:
        c.rate(Num(r[3].rstrip("%")), Num(r[2]), Num(r[1]), f"表2 执行率 {r[0]}")
    for col, label in ((1, "全年预算"), (2, "执行")):
        c.total(Num(tot2[col]), [Num(r[col]) for r in projs], f"表2 {label} 列")
    for r in projs:
        c.grade(Num(r[4]), r[5], f"表2 等级 {r[0]}")
        c.add("score_exceeds_weight", D(0) <= Num(r[4]).v <= HUNDRED, f"表2 得分 {r[0]}")
    c.same([Num(tot2[1]), Num(proj[2])], "项目支出全年预算 表1/表2")
    c.same([Num(tot2[2]), Num(proj[3])], "项目支出执行 表1/表2")
    c.same([Num(tot2[3].rstrip("%")), Num(proj[4].rstrip("%"))], "项目支出执行率 表1/表2")
    c.average(c.n(r"平均自评得分" + NUM + "分"), [Num(r[4]) for r in projs], "项目平均自评得分")

    t3 = [r for r in rows if len(r) == 7]
    ind_rows = [r for r in t3 if r[0] in ("投入", "过程", "产出", "效益", "满意度")]
    ind = [dict(name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in ind_rows]
    c.indicators(ind, "表3")
    tot3 = one_row(t3, "合计")
    c.weights([Num(r["weight"]) for r in ind], Num(tot3[5]), "合计 分值")
    c.weights([Num(tot3[5])], Num("100"), "合计 = 100")
    c.scores([Num(r["score"]) for r in ind], Num(tot3[6]), "合计 得分 (whole points)")
    byname = {r["name"]: r for r in ind}
    staff_q, staff = c.ns(r"核定编制" + NUM + "名，2024年末在职" + NUM + "人")
    c.rate(cellnum_if(byname["在职人员控制率"]["actual"], "%"), staff, staff_q, "在职人员控制率")
    c.rate(cellnum_if(byname["结转结余率"]["actual"], "%"), bal, ann, "结转结余率")
    c.rate(cellnum_if(byname["预算执行率"]["actual"], "%"), spent, ann, "执行率 (表3)")
    c.same([er, cellnum_if(byname["预算执行率"]["actual"], "%")], "执行率 表3")

    c.same([c.n(r"为" + NUM + "家企业提供商标注册指导服务"), cellnum_if(byname["商标注册指导服务企业"]["actual"], "家")],
           "指导服务企业")
    c.same([c.n(r"新增备案专利质押贷款" + NUM + "亿元，"), cellnum_if(byname["新增备案专利质押贷款"]["actual"], "亿元")],
           "备案贷款")
    recv, closed, crate = c.ns(r"全年受理案件" + NUM + "件，结案" + NUM + "件，结案率" + NUM + "%")
    c.rate(crate, closed, recv, "结案率")
    c.same([c.n(r"共受理维权援助案件" + NUM + "件"), recv, cellnum_if(byname["受理维权援助案件"]["actual"], "件")],
           "受理维权援助案件")
    c.same([crate, cellnum_if(byname["维权援助案件结案率"]["actual"], "%")], "结案率")
    cur, prev, growth = c.ns(r"全市有效注册商标" + NUM + "万件，较2023年末的" + NUM + "万件增长" + NUM + "%")
    c.rate(growth, cur.v - prev.v, prev, "有效注册商标同比增长")
    c.same([cur, cellnum_if(byname["全市有效注册商标量"]["actual"], "万件")], "有效注册商标")
    tot_pledge, tm, pat = c.ns(r"质押融资总额" + NUM + "亿元，其中商标权质押" + NUM + "亿元、专利权质押" + NUM + "亿元")
    c.total(tot_pledge, [tm, pat], "质押融资构成", units=["亿元", "亿元", "亿元"])
    c.same([tot_pledge, cellnum_if(byname["知识产权质押融资总额"]["actual"], "亿元")], "质押融资总额")
    total, word = c.one(r"自评得分" + NUM + r"分（总分按四舍五入保留整数），评价等级为(..)。").groups()
    c.same([Num(total), Num(tot3[6])], "自评得分")
    c.grade(Num(total), word, "grade")


CHECKS = {
    "ha-xinzheng-weiquanyuanzhu-2019": chk_xinzheng,
    "jx-nankang-jitishangbiao-2020": chk_nankang,
    "sd-zhangqiu-zhuanlizhiya-2021": chk_zhangqiu,
    "zj-yongkang-shangbiaopinpai-2023": chk_yongkang,
    "fj-shishi-shangbiaofuwu-bumen-2024": chk_shishi,
}


def run_checks(source, text):
    c = Ctx(text)
    CHECKS[source](c)
    return c.res


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    on_disk = set(os.listdir(CASES))
    if names != on_disk:
        problems.append(f"labelled cases {sorted(names ^ on_disk)} differ from files")
    counts = {k: 0 for k in CODES}
    clean_text = {}
    for r in labels:
        if r["clean"]:
            clean_text[r["source"]] = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
    n_checks = 0
    for r in labels:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        src = r["source"]
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with labels")
        else:
            if len(r["expected"]) != 1:
                problems.append(f"{r['case']}: expected exactly one label")
                continue
            lab = r["expected"][0]
            if lab["code"] not in CODES or lab["severity"] != "error":
                problems.append(f"{r['case']}: bad code/severity {lab['code']} {lab['severity']}")
            counts[lab["code"]] = counts.get(lab["code"], 0) + 1
            v = lab["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{r['case']}: value {v!r} not in case")
            clean = clean_text[src]
            if clean == text:
                problems.append(f"{r['case']}: identical to clean draft")
            else:
                a, b = diff_region(clean, text)
                # the differing region must be one contiguous place: check the rest is identical
                tail = len(text) - b
                if clean[:a] + clean[len(clean) - tail:] != text[:a] + text[b:] or tail < 0:
                    problems.append(f"{r['case']}: not a single contiguous change")
                if not any(o < max(b, a + 1) and a < o + len(v) for o in occ):
                    problems.append(f"{r['case']}: change [{a},{b}) does not overlap the label value")
        try:
            res = run_checks(src, text)
        except Structure as e:
            problems.append(f"{r['case']}: structure: {e}")
            continue
        n_checks += len(res)
        failed_err = sorted({code for code, ok, msg in res if not ok and code != WARN})
        failed_warn = [msg for code, ok, msg in res if not ok and code == WARN]
        if r["clean"]:
            if failed_err or failed_warn:
                for code, ok, msg in res:
                    if not ok:
                        problems.append(f"{r['case']}: {code}: {msg}")
            status = "clean ok"
        else:
            want = [r["expected"][0]["code"]]
            if failed_err != want:
                problems.append(f"{r['case']}: failing codes {failed_err}, labelled {want}: " +
                                "; ".join(msg for code, ok, msg in res if not ok and code != WARN))
            status = f"fails {failed_err}" + (f" (+{len(failed_warn)} score-rule warning)" if failed_warn else "")
        print(f"{r['case']:48s} {len(res):3d} checks  {status}")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    print(f"{len(labels)} cases, {n_checks} arithmetic checks")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
