#!/usr/bin/env python3
"""Verify drafts251.

1. every label value occurs in its case file;
2. every error case differs from its clean draft in one contiguous place;
3. the arithmetic of every clean draft is redone from the text itself (figures are read from the
   prose and the tables, never typed in here): rates, balances, sums, weights, scores, completion
   rates, grades, averages, growth rates, repeated figures, years. Tolerance follows rules.md §8
   (a stated value with d decimals matches when |computed - stated| <= 0.5 * 10^-d).
4. as a self-test, the same checks are run on each error case and must fail at least once.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")


class Fail(Exception):
    pass


# ------------------------------------------------------------------ numbers and tolerance
def D(s):
    s = str(s).strip().replace(",", "")
    if s in ("", "—", "-"):
        return Decimal(0)
    return Decimal(s)


def decimals(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol_ok(stated, computed):
    v = D(str(stated).rstrip("%"))
    d = decimals(stated)
    return abs(Decimal(computed) - v) <= Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, name, text):
        self.name, self.text = name, text
        self.failures, self.count = [], 0

    def grab(self, pattern, group=1):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise Fail(f"pattern {pattern!r} matched {len(ms)} times")
        return ms[0].group(group) if isinstance(group, int) else ms[0].groups()

    def close(self, what, stated, computed):
        self.count += 1
        if not tol_ok(stated, computed):
            self.failures.append(f"{what}: stated {stated}, computed {r2(computed)}")

    def equal(self, what, a, b):
        self.count += 1
        if a != b:
            self.failures.append(f"{what}: {a!r} != {b!r}")

    def true(self, what, cond):
        self.count += 1
        if not cond:
            self.failures.append(what)

    def run(self, fn, *args):
        try:
            fn(self, *args)
        except (Fail, ValueError, IndexError, ArithmeticError) as exc:
            self.failures.append(f"{fn.__name__}: {exc}")


# ------------------------------------------------------------------ table layouts
def cells_flat(text):
    """Seed-003 Word copy: one cell per line, tab-indented; returns the flat list of cells."""
    return [ln[1:] for ln in text.split("\n") if ln.startswith("\t")]


def rows_flat(text):
    rows = []
    for block in text.split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln != ""]
        if lines and all(ln.startswith("\t") for ln in lines):
            rows.append([ln[1:] for ln in lines])
    return rows


def rows_tab(text):
    return [ln.split("\t") for ln in text.split("\n") if "\t" in ln]


def rows_space(text):
    return [ln.split(" ") for ln in text.split("\n")]


def find_row(rows, label):
    hits = [r for r in rows if label in r]
    if len(hits) != 1:
        raise Fail(f"row {label!r} found {len(hits)} times")
    r = hits[0]
    return r[r.index(label) + 1:]


TARGET_RE = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=)?([0-9.]+)(.*)$")
DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


def parse_q(s):
    m = TARGET_RE.match(s)
    if not m:
        return None
    sign = m.group(1) or ""
    direction = "gte" if sign in ("≥", "＞＝", ">=") else "lte" if sign in ("≤", "＜＝", "<=") else "eq"
    return direction, D(m.group(2)), m.group(3)


def parse_date(s):
    m = DATE_RE.match(s)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def check_indicators(c, rows, names, order, total_label, level1, extra=None):
    """Each named indicator row: units, completion, score rule, score <= weight; then the totals.

    order: column order after the indicator name, letters t (target), a (actual), c (completion),
    w (weight), s (score); extra: (weight, score) of an execution line kept outside the rows."""
    wsum, ssum = Decimal(0), Decimal(0)
    by_level = {}
    for name in names:
        r = find_row(rows, name)
        cell = {k: r[i] for i, k in enumerate(order)}
        target, actual, comp = cell["t"], cell["a"], cell.get("c")
        w, s = D(cell["w"]), D(cell["s"])
        wsum += w
        ssum += s
        lvl = level1[name]
        by_level.setdefault(lvl, [Decimal(0), Decimal(0)])
        by_level[lvl][0] += w
        by_level[lvl][1] += s
        c.true(f"{name}: score {s} within 0..weight {w}", Decimal(0) <= s <= w)
        tq, aq = parse_q(target), parse_q(actual)
        td, ad = parse_date(target), parse_date(actual)
        if td or ad:
            if not (td and ad):
                c.true(f"{name}: target {target!r} and actual {actual!r} in different units", False)
            elif ad <= td:
                c.equal(f"{name}: date met, full score", s, w)
                if comp is not None:
                    c.close(f"{name}: completion", comp.rstrip("%"), Decimal(100))
            else:
                c.true(f"{name}: date missed, score below weight", s < w)
        elif tq is None:  # qualitative target: achieved band [80%, 100%] of the weight
            c.true(f"{name}: qualitative score {s} in [0.8w, w]", w * Decimal("0.8") <= s <= w)
        elif aq is None:
            c.true(f"{name}: target {target!r} and actual {actual!r} in different units", False)
        else:
            c.equal(f"{name}: unit of target and actual", tq[2], aq[2])
            direction, t, a = tq[0], tq[1], aq[1]
            if direction == "lte":
                rate = Decimal(1) if a <= t else t / a
            else:
                rate = a / t if t else (Decimal(1) if a <= 0 else Decimal(0))
            if comp is not None:
                c.close(f"{name}: completion", comp.rstrip("%"), rate * 100)
            expected = w * min(Decimal(1), rate)
            ok = tol_ok(cell["s"], expected)
            if comp is not None and not ok:  # a score may follow the printed (rounded) rate
                ok = tol_ok(cell["s"], w * min(Decimal(1), D(comp.rstrip("%")) / 100))
            c.count += 1
            if not ok:
                c.failures.append(f"{name}: score {cell['s']} does not follow {r2(rate * 100)}% of {w}")
    if extra:
        wsum += D(extra[0])
        ssum += D(extra[1])
    tot = [x for x in find_row(rows, total_label) if x != ""]
    c.close("weights add to the stated total weight", tot[0], wsum)
    c.close("weights add to 100", "100", wsum)
    c.close("row scores add to the stated total", tot[1], ssum)
    return tot[1], by_level


def check_funds_mof(c, rows, total_label, parts):
    """MOF funds block: 年初 | 全年 | 执行 | 分值 | 执行率 | 得分; parts add up per column; rates."""
    tot = find_row(rows, total_label)
    tot = [x for x in tot if x != ""]
    ini, ann, spent, w, rate, score = tot[:6]
    c.close("funds: execution rate", rate.rstrip("%"), D(spent) / D(ann) * 100)
    c.close("funds: execution score", score, D(w) * min(Decimal(1), D(spent) / D(ann)))
    comp = [[x for x in find_row(rows, p) if x != ""] for p in parts]
    for i, col in enumerate(("年初", "全年", "执行")):
        c.close(f"funds: {col} column parts add to total", tot[i], sum(D(p[i]) for p in comp))
    for p, row in zip(parts, comp):
        a, e, r = D(row[1]), D(row[2]), row[4]
        if a == 0:
            c.true(f"funds: {p} rate on a zero base must be — or 0, got {r}", r in ("—", "0", "0%", "0.00%"))
        else:
            c.close(f"funds: {p} execution rate", r.rstrip("%"), e / a * 100)
    return D(ini), D(ann), D(spent), rate


def grade_check(c, total, word):
    c.equal(f"grade {word} fits total {total}", GRADE_WORDS.get(word, word), grade_of(total))


# ------------------------------------------------------------------ P1 Shanxi 岚县 2018
def p1(c):
    t = c.text
    head, annex = t.split("附件1.项目支出绩效自评表")
    rows = rows_flat(t)
    # funds table with 行次 and printed formulas
    cols = ["总", "小计", "中央", "省", "市", "县", "结转", "其他"]
    fr = {}
    for label in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"):
        fr[label] = dict(zip(cols, find_row(rows, label)[1:]))
    for label in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        v = {k: D(x) for k, x in fr[label].items()}
        c.close(f"{label}: 小计 = 中央+省+市+县", fr[label]["小计"], v["中央"] + v["省"] + v["市"] + v["县"])
        c.close(f"{label}: 总 = 小计+结转+其他", fr[label]["总"], v["小计"] + v["结转"] + v["其他"])
    for k in cols:
        rec, spent, ann = D(fr["实际到位资金"][k]), D(fr["全年执行资金"][k]), D(fr["全年预算资金"][k])
        c.close(f"(5)=(3)-(4) {k}", fr["资金结余"][k], rec - spent)
        for label, num in (("预算到位率", rec), ("预算执行率(%)", spent)):
            if ann == 0:
                c.true(f"{label} {k}: zero base prints 0", fr[label][k] in ("0", ""))
            else:
                c.close(f"{label} {k}", fr[label][k], num / ann * 100)
    ann, spent = D(fr["全年预算资金"]["总"]), D(fr["全年执行资金"]["总"])
    # prose on funds
    ini, prov, cnty = c.grab(r"年初预算(\d+)万元，其中省级科普大篷车运行补助资金(\d+)万元、县级配套资金(\d+)万元", None)
    c.close("prose 年初 = table", ini, D(fr["年初预算资金"]["总"]))
    c.close("prose 年初 = 省 + 县", ini, D(prov) + D(cnty))
    add, ann_p = c.grab(r"追加全国科普日活动经费(\d+)万元，全年预算资金(\d+)万元", None)
    c.close("年初 + 追加 = 全年", ann_p, D(ini) + D(add))
    c.close("prose 全年 = table", ann_p, ann)
    sp, rate = c.grab(r"全年执行([\d.]+)万元，预算执行率([\d.]+)%", None)
    c.close("prose 执行 = table", sp, spent)
    c.close("prose 执行率", rate, spent / ann * 100)
    b1, s1 = c.grab(r"大篷车配套经费(\d+)万元支出([\d.]+)万元", None)
    b2, s2, bal2 = c.grab(r"科普日追加经费(\d+)万元支出([\d.]+)万元，结余([\d.]+)万元", None)
    c.close("科普日 balance", bal2, D(b2) - D(s2))
    c.close("县级 parts = 县级 budget", fr["全年预算资金"]["县"], D(b1) + D(b2))
    c.close("县级 parts spent = 县级 spent", fr["全年执行资金"]["县"], D(s1) + D(s2))
    c.close("科普日 追加 = prose 追加", add, D(b2))
    bal, yr = c.grab(r"年末结余资金([\d.]+)万元已按规定结转至(\d{4})年", None)
    c.close("year-end balance", bal, ann - spent)
    c.true(f"carry-over year {yr} after 2018", int(yr) > 2018)
    c.close("prose execution score", c.grab(r"预算执行率[\d.]+%，该项得分([\d.]+)分"), 10 * spent / ann)
    # indicator table (附件1)
    arows = rows_flat(annex)
    names = ["预算执行率", "大篷车下乡巡展场次", "受益群众人次", "覆盖乡镇数", "展品完好率", "巡展任务完成时间",
             "项目总成本", "群众科学知识知晓率", "科普大篷车长效运行机制", "群众满意度"]
    lv = dict(zip(names, ["执行", "产出", "产出", "产出", "产出", "产出", "产出", "效益", "效益", "满意度"]))
    total, by = check_indicators(c, arows, names, "wtacs", "合计", lv)
    c.close("execution row actual = funds rate", find_row(arows, "预算执行率")[2].rstrip("%"), spent / ann * 100)
    c.close("cost actual = spent", find_row(arows, "项目总成本")[2].replace("万元", ""), spent)
    c.close("cost target = 全年预算", find_row(arows, "项目总成本")[1].lstrip("≤").replace("万元", ""), ann)
    c.close("prose total = table", c.grab(r"总得分([\d.]+)分"), D(total))
    grade_check(c, c.grab(r"总得分([\d.]+)分"), c.grab(r'属于"(.+?)"'))
    c.close("prose 产出 full marks", c.grab(r"产出指标得满分(\d+)分"), by["产出"][1])
    c.close("prose 效益 score", c.grab(r"效益指标得分(\d+)分"), by["效益"][1])
    c.close("prose satisfaction score", c.grab(r"低于年度目标\d+个百分点，得分([\d.]+)分"), by["满意度"][1])
    bus = find_row(arows, "大篷车下乡巡展场次")
    c.close("prose share of target", c.grab(r"完成年度目标的(\d+)%"), D(bus[2].rstrip("场")) / D(bus[1].lstrip("≥").rstrip("场")) * 100)
    gap = c.grab(r"低于年度目标(\d+)个百分点")
    tgt = find_row(arows, "群众满意度")[1].lstrip("≥").rstrip("%")
    act = find_row(arows, "群众满意度")[2].rstrip("%")
    c.close("satisfaction gap", gap, D(tgt) - D(act))
    c.close("巡展 over target", c.grab(r"巡展场次超出目标(\d+)场"),
            D(bus[2].rstrip("场")) - D(bus[1].lstrip("≥").rstrip("场")))
    # repeated figures
    for pat, name in ((r"组织大篷车下乡巡展(\d+场)", "大篷车下乡巡展场次"), (r"受益群众([\d.]+万人次)", "受益群众人次"),
                      (r"展品完好率(\d+%)", "展品完好率"), (r"知晓率达(\d+%)", "群众科学知识知晓率"),
                      (r"群众满意度(\d+%)，", "群众满意度")):
        c.equal(f"prose {name} = table", c.grab(pat), find_row(arows, name)[2])


# ------------------------------------------------------------------ P2 Chongqing 璧山 2021
def p2(c):
    t = c.text
    rows = rows_tab(t)
    ini, ann, spent, rate = check_funds_mof(c, rows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    c.close("prose 年初", c.grab(r"本项目年初预算(\d+)万元"), ini)
    a, p1_, p2_ = c.grab(r"全年预算(\d+)万元，其中区级财政安排(\d+)万元、市科协补助(\d+)万元", None)
    c.close("prose 全年 = table", a, ann)
    c.close("全年 = 区级 + 市科协", a, D(p1_) + D(p2_))
    c.close("区级 = 年初", p1_, ini)
    sp, rt = c.grab(r"实际支出([\d.]+)万元，预算执行率([\d.]+)%", None)
    c.close("prose spent", sp, spent)
    c.close("prose rate", rt, spent / ann * 100)
    c.close("unspent = 全年 - 执行", c.grab(r"未支出的([\d.]+)万元"), ann - spent)
    names = ["征集参赛作品数", "参赛学校数", "培训科技辅导员", "市级以上获奖作品数", "评审规范率", "区级终评完成时间",
             "项目支出控制数", "参与科技创新活动学生人次", "青少年科学素质和创新能力", "常态化开展科技创新活动学校占比",
             "参赛师生满意度"]
    lv = dict(zip(names, ["产出"] * 7 + ["效益"] * 3 + ["满意度"]))
    rows_ind = [r for r in rows if len(r) >= 8]
    exec_row = [x for x in find_row(rows, "年度资金总额") if x]
    total, by = check_indicators(c, rows_ind, names, "taws", "总分", lv, (exec_row[3], exec_row[5]))
    c.close("prose total = table", c.grab(r"自评得分(\d+)分"), D(total))
    grade_check(c, total, c.grab(r"评价等级为“(.+?)”"))
    c.close("cost target = 全年预算", find_row(rows, "项目支出控制数")[0].lstrip("≤").replace("万元", ""), ann)
    c.close("cost actual = spent", find_row(rows, "项目支出控制数")[1].replace("万元", ""), spent)
    n, over = c.grab(r"共征集参赛作品(\d+)件，超过目标(\d+)件", None)
    c.close("over target", over, D(n) - D(find_row(rows, "征集参赛作品数")[0].lstrip("≥").rstrip("件")))
    tot150, parts, avg = c.grab(r"共推荐(\d+)件作品进入区级终评，分别为([^，。]+)，平均每个片区推荐([\d.]+)件", None)
    nums = [D(x) for x in re.findall(r"(\d+)件", parts)]
    c.close("片区 parts add up", tot150, sum(nums))
    c.close("片区 average", avg, sum(nums) / len(nums))
    won, nat, a1, a2, a3 = c.grab(r"(\d+)件获市级以上奖项，其中全国奖项(\d+)件、市级一等奖(\d+)件、二等奖(\d+)件、三等奖(\d+)件", None)
    c.close("awards add up", won, D(nat) + D(a1) + D(a2) + D(a3))
    for pat, name in ((r"共征集参赛作品(\d+件)", "征集参赛作品数"), (r"全区(\d+所)学校", "参赛学校数"),
                      (r"培训(\d+人次)", "培训科技辅导员"), (r"中，(\d+件)获市级以上奖项", "市级以上获奖作品数"),
                      (r"参与学生(\d+人次)", "参与科技创新活动学生人次"), (r"学校占比为(\d+%)", "常态化开展科技创新活动学校占比"),
                      (r"满意度(\d+%)。", "参赛师生满意度")):
        c.equal(f"prose {name} = table", c.grab(pat), find_row(rows, name)[1])


# ------------------------------------------------------------------ P3 Hubei 宜都 2020
def p3(c):
    t = c.text
    annex = t.split("\n附件\n")[1]
    rows = rows_space(annex)
    c.equal("table year = report year", c.grab(r"（(\d{4})年度）"), c.grab(r"^宜都市科学技术协会\n(\d{4})年度", 1))
    ini, ann, spent, rate = check_funds_mof(c, rows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    c.true("年初 = 全年 (text says 一致)", ini == ann and "年初预算与全年预算一致" in t)
    a, cen, loc = c.grab(r"全年预算([\d.]+)万元，其中中央免费开放补助资金([\d.]+)万元（[^）]*），市级配套资金([\d.]+)万元", None)
    c.close("prose 全年 = table", a, ann)
    c.close("中央 + 市级 = 全年", a, D(cen) + D(loc))
    sp, rt = c.grab(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%", None)
    c.close("prose spent", sp, spent)
    c.close("prose rate", rt, spent / ann * 100)
    cs, cr = c.grab(r"中央补助资金支出([\d.]+)万元，执行率([\d.]+)%", None)
    ls, lr = c.grab(r"市级配套资金支出([\d.]+)万元，执行率([\d.]+)%", None)
    c.close("中央 rate", cr, D(cs) / D(cen) * 100)
    c.close("市级 rate", lr, D(ls) / D(loc) * 100)
    c.close("中央 + 市级 spent", sp, D(cs) + D(ls))
    xb, xs, xr = c.grab(r"单独安排经费([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%", None)
    c.close("流动展览 rate", xr, D(xs) / D(xb) * 100)
    c.true("流动展览 spent within its budget", D(xs) <= D(xb))
    bal, bc, bl = c.grab(r"年末结余([\d.]+)万元，其中中央补助([\d.]+)万元按规定结转下年使用，市级配套([\d.]+)万元", None)
    c.close("balance", bal, ann - spent)
    c.close("balance parts", bal, D(bc) + D(bl))
    c.close("中央 balance", bc, D(cen) - D(cs))
    c.close("市级 balance", bl, D(loc) - D(ls))
    c.close("市级 balance restated", c.grab(r"市级配套资金结余([\d.]+)万元"), D(bl))
    names = ["免费开放天数", "年接待观众人次", "开展科普教育活动场次", "展品完好率", "展品更新完成时间", "免费开放运行成本",
             "线上科普阅读量", "免费开放长效机制", "观众满意度"]
    lv = dict(zip(names, ["产出"] * 6 + ["效益"] * 2 + ["满意度"]))
    exec_row = [x for x in find_row(rows, "年度资金总额") if x]
    total, by = check_indicators(c, rows, names, "tacws", "总分", lv, (exec_row[3], exec_row[5]))
    e, o, b, s, tot = c.grab(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，综合得分([\d.]+)分", None)
    c.close("prose parts add to prose total", tot, D(e) + D(o) + D(b) + D(s))
    c.close("prose 执行 = table", e, D(exec_row[5]))
    c.close("prose 产出 = table rows", o, by["产出"][1])
    c.close("prose 效益 = table rows", b, by["效益"][1])
    c.close("prose 满意度 = table rows", s, by["满意度"][1])
    c.close("prose total = table", tot, D(total))
    grade_check(c, tot, c.grab(r"评价等级为“(.+?)”"))
    we, wo, wb, ws = c.grab(r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", None)
    c.close("prose 产出 weight = table", wo, by["产出"][0])
    c.close("prose 效益 weight = table", wb, by["效益"][0])
    c.close("prose 满意度 weight = table", ws, by["满意度"][0])
    c.close("prose 执行 weight = table", we, D(exec_row[3]))
    days, dcomp = c.grab(r"全年实际开放(\d+)天，完成目标的([\d.]+)%", None)
    c.close("days completion", dcomp, D(days) / D(find_row(rows, "免费开放天数")[0].lstrip("≥").rstrip("天")) * 100)
    vis, vcomp, last, drop = c.grab(r"接待观众([\d.]+)万人次，完成目标的([\d.]+)%，较2019年的([\d.]+)万人次下降([\d.]+)%", None)
    c.close("visitors completion", vcomp, D(vis) / D(find_row(rows, "年接待观众人次")[0].lstrip("≥").replace("万人次", "")) * 100)
    c.close("visitors decline vs 2019", drop, (D(last) - D(vis)) / D(last) * 100)
    c.close("2019 visitors restated", c.grab(r"2019年全馆接待观众([\d.]+)万人次"), D(last))
    n, a1, a2, a3 = c.grab(r"科普教育活动(\d+)场，其中“科学实验秀”“科普大讲堂”等馆内活动(\d+)场、线上直播和科普课堂(\d+)场、科普进校园流动展览(\d+)场", None)
    c.close("activities add up", n, D(a1) + D(a2) + D(a3))
    c.close("cost target = 全年预算", find_row(rows, "免费开放运行成本")[0].lstrip("≤").replace("万元", ""), ann)
    c.close("cost actual = spent", find_row(rows, "免费开放运行成本")[1].replace("万元", ""), spent)
    for pat, name in ((r"全年实际开放(\d+天)", "免费开放天数"), (r"完成目标的[\d.]+%；接待观众([\d.]+万人次)", "年接待观众人次"),
                      (r"线上线下科普教育活动(\d+场)", "开展科普教育活动场次"), (r"展品完好率(\d+%)，", "展品完好率"),
                      (r"线上科普阅读量([\d.]+万人次)", "线上科普阅读量"), (r"观众满意度([\d.]+%)。", "观众满意度")):
        c.equal(f"prose {name} = table", c.grab(pat), find_row(rows, name)[1])


# ------------------------------------------------------------------ P4 Qinghai 民和 2024
def p4(c):
    t = c.text
    rows = rows_tab(t)
    ini, ann, spent, rate = check_funds_mof(c, rows, "年度资金总额", ["当年财政拨款", "上年结转资金", "其他资金"])
    # 资金情况表
    fi = {k: find_row(rows, k) for k in ("年初预算", "上年结转", "全年预算", "实际到位", "实际支出", "资金结余")}
    c.close("资金表 年初 = 自评表", fi["年初预算"][0], ini)
    c.close("资金表 全年 = 年初 + 结转", fi["全年预算"][0], D(fi["年初预算"][0]) + D(fi["上年结转"][0]))
    c.close("资金表 全年 = 自评表", fi["全年预算"][0], ann)
    c.close("资金表 结转 = 自评表 上年结转", fi["上年结转"][0], D([x for x in find_row(rows, "上年结转资金") if x][1]))
    c.close("资金表 支出 = 自评表", fi["实际支出"][0], spent)
    c.close("资金表 到位率", re.search(r"到位率([\d.]+)%", fi["实际到位"][1]).group(1), D(fi["实际到位"][0]) / ann * 100)
    c.close("资金表 执行率", re.search(r"执行率([\d.]+)%", fi["实际支出"][1]).group(1), spent / ann * 100)
    c.close("资金表 结余 = 到位 - 支出", fi["资金结余"][0], D(fi["实际到位"][0]) - spent)
    c.true("结转 year after 2024", int(re.search(r"结转(\d{4})年", fi["资金结余"][1]).group(1)) > 2024)
    pv, cv = re.search(r"省级补助([\d.]+)万元、县级配套([\d.]+)万元", fi["年初预算"][1]).groups()
    c.close("资金表 年初 parts", fi["年初预算"][0], D(pv) + D(cv))
    a, p, cc, co, an2 = c.grab(r"项目年初预算(\d+)万元，其中省级科普基地建设补助资金(\d+)万元、县级配套资金(\d+)万元；年中将2023年科普基地建设结转资金(\d+)万元纳入预算，全年预算(\d+)万元", None)
    c.close("prose 年初 parts", a, D(p) + D(cc))
    c.close("prose 年初 = table", a, ini)
    c.close("prose 全年 = 年初 + 结转", an2, D(a) + D(co))
    c.close("prose 全年 = table", an2, ann)
    u1, u2, u3 = c.grab(r"展陈设施更新改造([\d.]+)万元、科普展品购置([\d.]+)万元、科普活动及讲解员补助([\d.]+)万元", None)
    c.close("uses add to spent", spent, D(u1) + D(u2) + D(u3))
    names = ["提升改造县级科普基地数", "更新科普展品数", "开展科普活动场次", "科普基地验收合格率", "项目完成时间", "项目总成本",
             "科普基地年接待参观人次", "科普基地常态化开放", "参观群众满意度"]
    lv = dict(zip(names, ["产出"] * 6 + ["效益"] * 2 + ["满意度"]))
    rows_ind = [r for r in rows if len(r) >= 7]
    exec_row = [x for x in find_row(rows, "年度资金总额") if x]
    total, by = check_indicators(c, rows_ind, names, "taws", "总分", lv, (exec_row[3], exec_row[5]))
    c.close("prose total = table", c.grab(r"自评得分([\d.]+)分"), D(total))
    grade_check(c, total, find_row(rows, "评价等级")[0])
    c.close("prose rate", c.grab(r"一是预算执行率([\d.]+)%"), spent / ann * 100)
    tot, parts, avg = c.grab(r"全年共接待参观者(\d+)人次，分别为([^，。]+)，平均每个基地(\d+)人次", None)
    nums = [D(x) for x in re.findall(r"(\d+)人次", parts)]
    c.close("visitors add up", tot, sum(nums))
    c.close("visitors average", avg, sum(nums) / len(nums))
    last, growth = c.grab(r"较2023年的(\d+)人次增长([\d.]+)%", None)
    c.close("visitor growth", growth, (D(tot) - D(last)) / D(last) * 100)
    n, short = c.grab(r"开展科普活动(\d+)场，较目标少(\d+)场", None)
    c.close("activities short of target", short, D(find_row(rows, "开展科普活动场次")[0].lstrip("≥").rstrip("场")) - D(n))
    ex = re.findall(r"科普展品(\d+)件（套）", t) + re.findall(r"更新展品(\d+)件（套）", t)
    c.true(f"exhibits stated alike everywhere {ex}", len(ex) == 2 and len(set(ex + [find_row(rows, '更新科普展品数')[1].rstrip('件')])) == 1)
    for pat, name in ((r"全年共接待参观者(\d+人次)", "科普基地年接待参观人次"), (r"满意度([\d.]+%)。", "参观群众满意度"),
                      (r"依托科普基地开展科普活动(\d+场)", "开展科普活动场次"), (r"于(2024年11月15日)完工", "项目完成时间")):
        c.equal(f"prose {name} = table", c.grab(pat), find_row(rows, name)[1])


# ------------------------------------------------------------------ P5 Jiangxi 南城 2023
def p5(c):
    t = c.text
    rows = rows_flat(t)
    ini, ann, spent, rate = check_funds_mof(c, rows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    a, add, an2 = c.grab(r"项目年初预算(\d+)万元，为县级财政资金；8月省科协下拨全国科普日活动补助，县财政追加预算(\d+)万元，全年预算(\d+)万元", None)
    c.close("prose 年初 = table", a, ini)
    c.close("年初 + 追加 = 全年", an2, D(a) + D(add))
    c.close("prose 全年 = table", an2, ann)
    rec, rr = c.grab(r"资金到位([\d.]+)万元，到位率([\d.]+)%", None)
    c.close("到位率 at end of August", rr, D(rec) / ann * 100)
    sp, rt, bal = c.grab(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", None)
    c.close("prose spent", sp, spent)
    c.close("prose rate", rt, spent / ann * 100)
    c.close("balance", bal, ann - spent)
    srows = rows_flat(t.split("支出明细如下：")[1].split("（四）绩效目标")[0])
    items = [r[2] for r in srows[1:] if r[0].isdigit()]
    c.equal("支出明细 has 5 items", len(items), 5)
    c.close("支出明细 add to 合计", find_row(srows, "合计")[0], sum(D(x) for x in items))
    c.close("支出明细 合计 = spent", find_row(srows, "合计")[0], spent)
    names = ["开展科普日系列活动场次", "参与群众人次", "发放科普宣传资料", "活动安全事故发生数", "主场活动举办时间", "活动总成本",
             "线上科普知识竞赛参与人数", "公民科学素质", "群众满意度"]
    lv = dict(zip(names, ["产出"] * 6 + ["效益"] * 2 + ["满意度"]))
    exec_row = [x for x in find_row(rows, "年度资金总额") if x]
    total, by = check_indicators(c, rows, names, "taws", "总分", lv, (exec_row[3], exec_row[5]))
    c.close("prose total = table", c.grab(r"自评得分(\d+)分"), D(total))
    grade_check(c, total, c.grab(r"评价等级为“(.+?)”"))
    n, m, s, x1, x2, x3, x4 = c.grab(r"科普日系列活动(\d+)场，其中主场活动(\d+)场、乡镇（街道）和学校分场活动(\d+)场（进校园(\d+)场、进社区(\d+)场、进乡村(\d+)场、线上专场(\d+)场）", None)
    c.close("activities = main + branch", n, D(m) + D(s))
    c.close("branch activities add up", s, D(x1) + D(x2) + D(x3) + D(x4))
    p, comp, last, growth = c.grab(r"参与群众([\d.]+)万人次，完成率(\d+)%，较2022年的([\d.]+)万人次增长([\d.]+)%", None)
    c.close("participants completion", comp, D(p) / D(find_row(rows, "参与群众人次")[0].lstrip("≥").replace("万人次", "")) * 100)
    c.close("growth vs 2022", growth, (D(p) - D(last)) / D(last) * 100)
    for pat, name in ((r"科普日系列活动(\d+场)", "开展科普日系列活动场次"), (r"参与群众([\d.]+万人次)", "参与群众人次"),
                      (r"科普宣传资料([\d.]+万份)", "发放科普宣传资料"), (r"参与([\d.]+万人)，", "线上科普知识竞赛参与人数"),
                      (r"群众满意度([\d.]+%)，", "群众满意度")):
        c.equal(f"prose {name} = table", c.grab(pat), find_row(rows, name)[1])
    c.true("main event date stated alike", "于9月16日" in t and find_row(rows, "主场活动举办时间")[1] == "2023年9月16日")


SPEC = {
    "lanxian-kepudapeng-2018": p1,
    "bishan-qingshaonian-2021": p2,
    "yidu-kejiguan-2020": p3,
    "minhe-kepujidi-2024": p4,
    "nancheng-kepuri-2023": p5,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    names = {lab["case"] for lab in labels}
    on_disk = {n for n in os.listdir(CASES) if n.endswith(".txt")}
    if names != on_disk:
        problems.append(f"labels and case files differ: {sorted(names ^ on_disk)}")
    codes = {}
    for lab in labels:
        text = read(lab["case"])
        clean_text = read(lab["source"] + "-clean.txt")
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                problems.append(f"{lab['case']}: length {n} outside 3000-5000")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected {len(lab['expected'])} findings, want 1")
        for exp in lab["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["value"] not in text:
                problems.append(f"{lab['case']}: value {exp['value']!r} not in case")
            if exp["value"] in clean_text:
                problems.append(f"{lab['case']}: value {exp['value']!r} also in the clean draft")
        # one contiguous difference
        if text == clean_text:
            problems.append(f"{lab['case']}: identical to clean draft")
            continue
        i = 0
        while i < min(len(text), len(clean_text)) and text[i] == clean_text[i]:
            i += 1
        j = 0
        while (j < min(len(text), len(clean_text)) - i and text[-1 - j] == clean_text[-1 - j]):
            j += 1
        old, new = clean_text[i:len(clean_text) - j], text[i:len(text) - j]
        if len(old) > 20 or len(new) > 20:
            problems.append(f"{lab['case']}: difference too long: {old!r} -> {new!r}")
        # the changed characters lie inside an occurrence of the label value
        hit = False
        for exp in lab["expected"]:
            k = text.find(exp["value"])
            while k >= 0:
                if k <= i and i + len(new) <= k + len(exp["value"]):
                    hit = True
                k = text.find(exp["value"], k + 1)
        if not hit:
            problems.append(f"{lab['case']}: the change {new!r} at {i} lies outside every occurrence of the value")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in required:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} occurs {codes.get(code, 0)} times, want >= 2")
    # arithmetic of the clean drafts; self-test on the error cases
    total_checks = 0
    for lab in labels:
        c = Checker(lab["case"], read(lab["case"]))
        c.run(SPEC[lab["source"]])
        total_checks += c.count
        if lab["clean"]:
            for f in c.failures:
                problems.append(f"{lab['case']}: {f}")
            print(f"{lab['case']}: {c.count} checks, {len(c.failures)} failed")
        else:
            if not c.failures:
                problems.append(f"{lab['case']}: the injected error is not caught by the arithmetic self-test")
            else:
                print(f"  {lab['case']} [{lab['expected'][0]['code']}] caught: {c.failures[0]}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {total_checks} arithmetic checks")
    print("OK")


if __name__ == "__main__":
    main()
