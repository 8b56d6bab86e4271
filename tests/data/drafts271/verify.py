#!/usr/bin/env python3
"""Verify drafts271.

1. labels.jsonl: one line per case file, every label value occurs in its case, codes from errors.md §A,
   each of the 13 codes at least twice, about half of the errors in prose and half in tables.
2. every error case differs from its clean draft in exactly one contiguous place.
3. the arithmetic of every clean draft is redone from the text (funds table, indicator table, grade,
   years, and the figures of the prose); every check must hold.  The same checks are run on the error
   cases as a sanity test: each must break at least one of them.
Prints OK at the end when everything holds.
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
GRADES = {"优": 0, "优秀": 0, "良": 1, "良好": 1, "中": 2, "中等": 2, "一般": 2, "合格": 2, "差": 3, "较差": 3}


# ---------------------------------------------------------------- numbers
def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md §8: stated value with d decimals agrees with computed iff |c - v| <= 0.5*10^-d."""
    try:
        v = D(stated.strip().rstrip("%"))
    except Exception:
        return False
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-places(stated)) + D("1e-9")


def num(s):
    s = (s or "").strip().rstrip("%")
    if s in ("", "—", "-"):
        return D(0)
    return D(s)


def grade_of(total):
    t = D(total)
    return 0 if t >= 90 else 1 if t >= 80 else 2 if t >= 60 else 3


class Checks:
    def __init__(self):
        self.failed = []
        self.n = 0

    def ok(self, name, cond):
        self.n += 1
        if not cond:
            self.failed.append(name)


# ---------------------------------------------------------------- table readers (one per layout)
def rows_fullwidth(text):
    return [l.split("｜") for l in text.split("\n") if "｜" in l]


def rows_tab(text):
    return [l.split("\t") for l in text.split("\n") if "\t" in l]


def rows_pipe(text):
    return [[c.strip() for c in l.strip().strip("|").split("|")] for l in text.split("\n") if l.startswith("|")]


def rows_spaces(text):
    part = text.split("附表：", 1)[1]
    return [re.split(r" {3,}", l) for l in part.split("\n") if re.search(r" {3,}", l)]


def rows_flat(text):
    """Seed-003 layout: one cell per line, tab-indented, blank line between rows."""
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if lines and all(l.startswith("\t") for l in lines if l.strip(" ") != ""):
            cells = [l[1:] for l in lines if l.startswith("\t")]
            if cells:
                out.append(cells)
    return out


# ---------------------------------------------------------------- generic checks
def check_mof_funds(c, rows):
    """MOF 自评表 funds block: label | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分. Returns (weight, score)."""
    def row(label):
        for r in rows:
            if label in r:
                i = r.index(label)
                return r[i + 1:i + 7]
        c.ok(f"funds row {label} present", False)
        return None
    tot, cur, carry, other = (row(x) for x in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    if None in (tot, cur, carry, other):
        return D(10), D(0)
    for col, name in ((0, "年初"), (1, "全年"), (2, "执行")):
        c.ok(f"funds {name}: total = components",
             close(num(cur[col]) + num(carry[col]) + num(other[col]), tot[col]))
    for r, name in ((tot, "总额"), (cur, "当年财政拨款"), (carry, "上年结转"), (other, "其他")):
        budget, spent, rate = num(r[1]), num(r[2]), r[4]
        if budget == 0:
            c.ok(f"funds {name}: no rate on a zero base", rate.strip() in ("—", "", "0", "0%", "0.00%"))
        else:
            c.ok(f"funds {name}: 执行率 = 执行/全年", close(spent / budget * 100, rate))
            c.ok(f"funds {name}: 执行率 <= 100%", num(rate) <= 100)
            c.ok(f"funds {name}: spent <= budget", spent <= budget)
    w, s = num(tot[3]), tot[5]
    r = num(tot[2]) / num(tot[1]) if num(tot[1]) else D(0)
    c.ok("funds: execution score = w x min(r, 1)",
         close(w * min(r, D(1)), s) or close(w * min(num(tot[4]) / 100, D(1)), s))
    return w, num(s)


DIR = re.compile(r"^(≥|≤|=|＜＝|＞＝|<=|>=)?\s*([0-9]+(?:\.[0-9]+)?)(.*)$")


def parse_qty(s):
    s = s.strip()
    if re.search(r"\d+年\d+月", s) or not s:
        return None
    m = DIR.match(s)
    if not m:
        return None
    sign = {"≤": "lte", "＜＝": "lte", "<=": "lte"}.get(m.group(1) or "", "gte")
    return sign, D(m.group(2)), m.group(3).strip()


def check_indicators(c, rows, exec_wscore=None):
    """Indicator block. Returns (rows as dicts, weight total, score total, stated total)."""
    hi = next((i for i, r in enumerate(rows) if "三级指标" in r or "目标指标" in r), None)
    if hi is None:
        c.ok("indicator header present", False)
        return [], D(0), D(0), None
    head = [h.strip() for h in rows[hi]]
    col = lambda *names: next((head.index(n) for n in names if n in head), None)
    ti, ai, wi, si = col("年度指标值", "目标值"), col("实际完成值", "业绩值"), col("分值", "权重"), col("得分", "指标得分")
    ci = col("完成率")
    l1i, l3i = col("一级指标"), col("三级指标", "目标指标")
    items, stated_total, level1 = [], None, ""
    for r in rows[hi + 1:]:
        first = next((x.strip() for x in r if x.strip()), "")
        if first in ("总分", "合计"):
            # empty cells may have collapsed (PDF text): take the first two numbers after the label
            nums = [i for i, x in enumerate(r) if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", x.strip())]
            c.ok("total row has weight and score", len(nums) >= 2)
            if len(nums) >= 2:
                c.ok("total row: weight column reads 100", r[nums[0]].strip() == "100")
                stated_total = r[nums[1]].strip()
                tail = r[nums[1] + 1:]
            else:
                tail = []
            break
        if len(r) <= si:
            continue
        if r[l1i].strip():
            level1 = r[l1i].strip()
        items.append({"level1": level1, "name": r[l3i].strip(), "target": r[ti].strip(), "actual": r[ai].strip(),
                      "w": r[wi].strip(), "s": r[si].strip(), "c": r[ci].strip() if ci is not None else None})
    else:
        tail = []
    wsum, ssum = D(0), D(0)
    if exec_wscore:
        wsum, ssum = exec_wscore
    for it in items:
        w, s = num(it["w"]), num(it["s"])
        wsum += w
        ssum += s
        c.ok(f"row {it['name']}: 0 <= score <= weight", D(0) <= s <= w)
        t, a = parse_qty(it["target"]), parse_qty(it["actual"])
        if t and a:
            sign, tv, tu = t
            _, av, au = a
            c.ok(f"row {it['name']}: actual in the unit of the target", tu == au or (av == 0 and au == ""))
            if tu != au and not (av == 0 and au == ""):
                continue
            if tv == 0:
                comp, sc = (D(100), w) if av == 0 else (D(0), D(0))
            elif sign == "lte":
                comp = D(100) if av <= tv else tv / av * 100
                sc = w if av <= tv else w * tv / av
            else:
                comp = av / tv * 100
                sc = w * min(av / tv, D(1))
            c.ok(f"row {it['name']}: score follows from target/actual", close(sc, it["s"]))
            if it["c"] is not None:
                c.ok(f"row {it['name']}: 完成率 = actual/target", close(comp, it["c"]))
        elif t and not a and it["actual"] and re.match(r"^[0-9]", it["actual"]):
            c.ok(f"row {it['name']}: actual parses", False)
    c.ok("weights add to 100", wsum == 100)
    # level sums: every 一级 block must keep its 财预〔2020〕10号 default or at least add up to 100 overall
    if stated_total is not None:
        c.ok("scores add to the stated total", close(ssum, stated_total))
    return items, wsum, ssum, stated_total, " ".join(tail)


def check_grade_and_total(c, text, total, table_grade_cell=""):
    grades = re.findall(r"评价等级为[“\"]?(优秀|良好|中等|较差|优|良|中|差)", text)
    grades += re.findall(r"属于[“\"](优秀|良好|中等|较差)[”\"]", text)
    grades += re.findall(r"评价等级：(优秀|良好|中等|较差|优|良|中|差)", text)
    c.ok("a grade is stated", len(grades) >= 1)
    for g in grades:
        c.ok(f"grade {g} fits total {total}", GRADES[g] == grade_of(total))
    for m in re.findall(r"(?:自评得分|总得分|综合得分|综合自评得分)([0-9]+\.[0-9]+|[0-9]+)分", text):
        c.ok(f"total in text {m} = table total {total}", close(num(total), m))


def check_years(c, text, year):
    for y in re.findall(r"（(\d{4})年度）", text):
        c.ok(f"table header year {y}", int(y) == year)
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        c.ok(f"截至 {y}年12月31日", int(y) == year)
    for y in re.findall(r"结转(?:至)?(\d{4})年", text):
        c.ok(f"结转 to {y}", int(y) > year)
    for y in re.findall(r"(\d{4})年12月提前下达", text):
        c.ok(f"advance issued December {y}", int(y) == year - 1)


def one(c, text, pattern, name):
    m = re.findall(pattern, text)
    c.ok(f"pattern found once: {name}", len(m) == 1)
    if len(m) != 1:
        return None
    return m[0]


def item(items, name):
    return next((it for it in items if it["name"] == name), None)


# ---------------------------------------------------------------- per-project checks
def jx(text):
    c = Checks()
    rows = rows_fullwidth(text)
    w, s = check_mof_funds(c, rows)
    items, *_ , total, tail = check_indicators(c, rows, (w, s))
    check_grade_and_total(c, text, total)
    check_years(c, text, 2021)
    g = one(c, text, r"年初预算([\d.]+)万元，年中县财政追加省级候鸟保护补助资金([\d.]+)万元，加上2020年结转资金([\d.]+)万元，全年预算([\d.]+)万元", "budget")
    if g:
        c.ok("年初 + 追加 + 结转 = 全年", close(num(g[0]) + num(g[1]) + num(g[2]), g[3]))
        fr = next(r for r in rows if "年度资金总额" in r)
        c.ok("prose budget = table", g[0] == fr[1] and g[3] == fr[2])
    sub = one(c, text, r"候鸟监测巡护([\d.]+)万元，碟形湖生境修复([\d.]+)万元，护鸟宣传及护鸟员劳务([\d.]+)万元", "sub-items")
    if sub and g:
        c.ok("sub-items add to 全年预算", close(sum(num(x) for x in sub), g[3]))
    lab = one(c, text, r"聘请护鸟员(\d+)名，每人每月劳务补助(\d+)元，全年([\d.]+)(万元|元)；宣传教育([\d.]+)万元", "wardens")
    if lab:
        amount_yuan = num(lab[2]) * (10000 if lab[3] == "万元" else 1)
        c.ok("wardens x monthly x 12 = annual labour", int(lab[0]) * int(lab[1]) * 12 == amount_yuan)
        if sub:
            c.ok("labour + publicity = 护鸟宣传及护鸟员劳务", close(amount_yuan / 10000 + num(lab[4]), sub[2]))
    e = one(c, text, r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%", "spent")
    if e and g:
        c.ok("prose rate = spent/budget", close(num(e[0]) / num(g[3]) * 100, e[1]))
    b = one(c, text, r"候鸟监测巡护子项实际支出([\d.]+)万元，年末结余([\d.]+)万元", "balance")
    if b and e and g and sub:
        c.ok("balance = budget - spent", close(num(g[3]) - num(e[0]), b[1]))
        c.ok("monitoring sub-item: spent + balance = budget", close(num(b[0]) + num(b[1]), sub[0]))
    days = re.findall(r"巡护监测(\d+)天", text)
    it = item(items, "巡护监测天数")
    c.ok("patrol days agree everywhere", len(days) >= 2 and all(d + "天" == it["actual"] for d in days))
    area = one(c, text, r"等碟形湖生境修复(\d+)亩", "area")
    c.ok("restored area text = table", area and area + "亩" == item(items, "碟形湖生境修复面积")["actual"])
    cost = one(c, text, r"生境修复子项支出([\d.]+)万元，亩均成本([\d.]+)元", "unit cost")
    if cost and area and sub:
        c.ok("unit cost = spend / area", close(num(cost[0]) * 10000 / int(area), cost[1]))
        c.ok("unit cost text = table", cost[1] + "元" == item(items, "生境修复亩均成本")["actual"])
        c.ok("habitat spend = sub-item budget", cost[0] == sub[1])
    av = one(c, text, r"分别为(\d+)种、(\d+)种、(\d+)种，平均(\d+)种", "average")
    if av:
        c.ok("average of species counts", close(D(sum(int(x) for x in av[:3])) / 3, av[3]))
    sat = one(c, text, r"回收(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%", "satisfaction")
    if sat:
        c.ok("satisfaction = satisfied / returned", close(D(sat[1]) / D(sat[0]) * 100, sat[2]))
        c.ok("satisfaction text = table", sat[2] + "%" == item(items, "周边群众满意度")["actual"])
    pc = one(c, text, r"护鸟宣传覆盖人次完成年度指标的(\d+)%", "publicity completion")
    it = item(items, "护鸟宣传覆盖人次")
    if pc:
        c.ok("publicity completion", close(num(it["actual"].rstrip("人次")) / num(it["target"].lstrip("≥").rstrip("人次")) * 100, pc))
    birds = one(c, text, r"越冬候鸟数量达到([\d.]+)万只", "birds")
    c.ok("bird count text = table", birds and birds + "万只" == item(items, "保护区越冬候鸟数量")["actual"])
    return c


def qh(text):
    c = Checks()
    body, annex = text.split("附件1", 1)
    frows = {r[1]: r for r in rows_flat(body) if len(r) >= 10 and r[1].startswith("(")}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"):
        c.ok(f"funds row {k} present", k in frows)
    if len(frows) == 7:
        n = lambda k, i: num(frows[k][i])
        for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
            c.ok(f"{k}: 小计 = 中央 + 省 + 州 + 县", close(sum(n(k, i) for i in (4, 5, 6, 7)), frows[k][3] or "0"))
            c.ok(f"{k}: 总额 = 小计 + 结转 + 其他", close(n(k, 3) + n(k, 8) + n(k, 9), frows[k][2]))
        for i in range(2, 10):
            c.ok(f"(5) col {i} = (3) - (4)", close(n("(3)", i) - n("(4)", i), frows["(5)=(3)-(4)"][i] or "0"))
            for k, numr in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
                cell = frows[k][i]
                if n("(2)", i) == 0:
                    c.ok(f"{k} col {i}: no rate on a zero base", cell.strip() in ("", "0"))
                else:
                    c.ok(f"{k} col {i}: rate", close(n(numr, i) / n("(2)", i) * 100, cell))
                    c.ok(f"{k} col {i}: rate <= 100", num(cell) <= 100)
    arows = rows_flat(annex)
    items, wsum, ssum, total, tail = check_indicators(c, arows)
    ex = item(items, "预算执行率")
    c.ok("annex execution rate = funds (7)", ex and frows and ex["actual"].rstrip("%") == frows["(7)=(4)/(2)"][2])
    brows = rows_flat(body)
    bex = next((r for r in brows if r and r[0] == "预算执行指标"), None)
    c.ok("body execution row = annex", bex and ex and bex[4] == ex["actual"] and bex[5] == ex["s"] and bex[2] == ex["w"])
    check_grade_and_total(c, text, total)
    check_years(c, text, 2023)
    g = one(c, text, r"2023年初预算([\d.]+)万元，其中中央资金([\d.]+)万元", "initial")
    if g and frows:
        c.ok("prose initial = table (1)", g[0] == frows["(1)"][2] and g[1] == frows["(1)"][4])
    a = one(c, text, r"全年预算([\d.]+)万元，较年初增加([\d.]+)万元", "annual")
    if a and g:
        c.ok("annual - initial = increase", close(num(a[0]) - num(g[0]), a[1]))
        c.ok("prose annual = table (2)", a[0] == frows["(2)"][2])
    e = one(c, text, r"全年执行([\d.]+)万元，执行率([\d.]+)%，结余([\d.]+)万元均为省级资金", "spent")
    if e and a:
        c.ok("prose spent = table (4)", e[0] == frows["(4)"][2])
        c.ok("prose rate", close(num(e[0]) / num(a[0]) * 100, e[1]))
        c.ok("prose balance = annual - spent", close(num(a[0]) - num(e[0]), e[2]))
        c.ok("balance all provincial", e[2] == frows["(5)=(3)-(4)"][5])
    smp = one(c, text, r"采集送检监测样本(\d+)份", "samples")
    it = item(items, "监测样本采集送检数量（份）")
    c.ok("samples text = annex", smp and it and smp + "份" == it["actual"])
    pc = one(c, text, r"样本采集送检数量完成年度目标的(\d+)%", "samples completion")
    if pc and smp:
        c.ok("samples completion in text", close(D(smp) / 300 * 100, pc))
    avg = one(c, text, r"(\d+)个监测点全年运行费用([\d.]+)万元，平均每个监测点([\d.]+)万元", "station average")
    if avg:
        c.ok("average per station", close(num(avg[1]) / int(avg[0]), avg[2]))
        c.ok("station total = spent", e and avg[1] == e[0])
        c.ok("station average = annex cost actual", avg[2] + "万元" == item(items, "单个监测站点年运行成本")["actual"])
    sat = one(c, text, r"问卷(\d+)份，满意(\d+)份，满意度(\d+)%", "satisfaction")
    if sat:
        c.ok("satisfaction = satisfied / issued", close(D(sat[1]) / D(sat[0]) * 100, sat[2]))
        c.ok("satisfaction text = annex", sat[2] + "%" == item(items, "周边牧民群众满意度")["actual"])
    cov = one(c, text, r"监测覆盖率(\d+)%", "coverage")
    c.ok("coverage text = annex", cov and cov + "%" == item(items, "候鸟迁徙期重点区域监测覆盖率")["actual"])
    return c


def nm(text):
    c = Checks()
    rows = rows_tab(text)
    w, s = check_mof_funds(c, rows)
    items, wsum, ssum, total, tail = check_indicators(c, rows, (w, s))
    check_grade_and_total(c, text, total)
    check_years(c, text, 2020)
    fr = next(r for r in rows if "年度资金总额" in r)
    g = one(c, text, r"项目总预算([\d.]+)万元，其中中央财政湿地保护修复补助资金([\d.]+)万元（\d+年12月提前下达），自治区配套资金([\d.]+)万元", "sources")
    if g:
        c.ok("central + region = total", close(num(g[1]) + num(g[2]), g[0]))
        c.ok("total = table 全年", g[0] == fr[3])
    sub = one(c, text, r"湿地植被恢复([\d.]+)万元，补水渠道清淤([\d.]+)万元，湿地监测设备购置([\d.]+)万元，界桩标识及宣传教育([\d.]+)万元", "sub-items")
    if sub and g:
        c.ok("sub-items add to total", close(sum(num(x) for x in sub), g[0]))
    e = one(c, text, r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%", "spent")
    if e and g:
        c.ok("prose spent = table", e[0] == fr[4] and e[1] + "%" == fr[6])
        c.ok("prose rate", close(num(e[0]) / num(g[0]) * 100, e[1]))
    ce = one(c, text, r"中央资金到位([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%", "central")
    re_ = one(c, text, r"自治区资金到位([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%", "region")
    if ce and re_ and g and e:
        c.ok("central received = central budget", ce[0] == g[1])
        c.ok("region received = region budget", re_[0] == g[2])
        c.ok("central rate", close(num(ce[1]) / num(ce[0]) * 100, ce[2]))
        c.ok("region rate", close(num(re_[1]) / num(re_[0]) * 100, re_[2]))
        c.ok("central + region spent = spent", close(num(ce[1]) + num(re_[1]), e[0]))
    un = one(c, text, r"未支出的([\d.]+)万元为湿地监测设备购置款", "unspent")
    if un and g and e and sub:
        c.ok("unspent = budget - spent", close(num(g[0]) - num(e[0]), un))
        c.ok("unspent = monitoring equipment", un == sub[2])
    veg = one(c, text, r"恢复湿地植被(\d+)亩，完成年度指标的(\d+)%", "vegetation")
    it = item(items, "恢复湿地植被面积")
    if veg and it:
        c.ok("vegetation text = table", veg[0] + "亩" == it["actual"])
        c.ok("vegetation completion", close(D(veg[0]) / num(it["target"].lstrip("≥").rstrip("亩")) * 100, veg[1]))
    cost = one(c, text, r"植被恢复支出([\d.]+)万元，亩均成本([\d.]+)元", "cost")
    if cost and veg and sub:
        c.ok("unit cost", close(num(cost[0]) * 10000 / int(veg[0]), cost[1]))
        c.ok("unit cost = table", cost[1] + "元" == item(items, "植被恢复亩均成本")["actual"])
        c.ok("vegetation spend = sub-item", cost[0] == sub[0])
    dr = one(c, text, r"完成补水渠道清淤([\d.]+)公里", "dredging")
    c.ok("dredging text = table", dr and dr + "公里" == item(items, "渠道清淤长度")["actual"])
    sr = one(c, text, r"植被恢复成活率(\d+)%，完成率([\d.]+)%", "survival")
    it = item(items, "植被恢复成活率")
    if sr and it:
        c.ok("survival text = table", sr[0] + "%" == it["actual"])
        c.ok("survival completion", close(D(sr[0]) / num(it["target"].lstrip("≥")) * 100, sr[1]))
    sat = one(c, text, r"发放问卷(\d+)份，回收\d+份，满意(\d+)份，满意度(\d+)%", "satisfaction")
    if sat:
        c.ok("satisfaction", close(D(sat[1]) / D(sat[0]) * 100, sat[2]))
        c.ok("satisfaction = table", sat[2] + "%" == item(items, "周边农牧民满意度")["actual"])
    birds = one(c, text, r"全年监测记录鸟类(\d+)种", "birds")
    c.ok("birds = table", birds and birds + "种" == item(items, "监测记录鸟类种数")["actual"])
    return c


def hi(text):
    c = Checks()
    rows = rows_pipe(text)
    w, s = check_mof_funds(c, rows)
    items, wsum, ssum, total, tail = check_indicators(c, rows, (w, s))
    check_grade_and_total(c, text, total)
    check_years(c, text, 2024)
    fr = next(r for r in rows if "年度资金总额" in r)
    g = one(c, text, r"年初预算([\d.]+)万元，为市本级财政资金", "initial")
    add = one(c, text, r"追加下达红树林无人机巡护补助([\d.]+)万元，全年预算([\d.]+)万元", "annual")
    if g and add:
        c.ok("initial + addition = annual", close(num(g) + num(add[0]), add[1]))
        c.ok("prose budget = table", g == fr[2] and add[1] == fr[3])
    lab = one(c, text, r"巡护员劳务([\d.]+)万元（(\d+)人×(\d+)元/月×12个月），巡护设备及船艇油料维护([\d.]+)万元，无人机巡护服务([\d.]+)万元", "sub-items")
    if lab and add:
        c.ok("rangers x monthly x 12", close(D(int(lab[1]) * int(lab[2]) * 12) / 10000, lab[0]))
        c.ok("sub-items add to annual", close(num(lab[0]) + num(lab[3]) + num(lab[4]), add[1]))
        c.ok("drone sub-item = addition", lab[4] == add[0])
    e = one(c, text, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元", "spent")
    if e and add:
        c.ok("prose spent = table", e[0] == fr[4] and e[1] + "%" == fr[6])
        c.ok("prose rate", close(num(e[0]) / num(add[1]) * 100, e[1]))
        c.ok("balance = annual - spent", close(num(add[1]) - num(e[0]), e[2]))
    km = one(c, text, r"累计巡护(\d+)公里，其中头苑片区(\d+)公里、会文片区(\d+)公里、东阁片区(\d+)公里，平均每个片区([\d.]+)公里", "mileage")
    if km:
        c.ok("districts add to total", int(km[0]) == sum(int(x) for x in km[1:4]))
        c.ok("average per district", close(D(sum(int(x) for x in km[1:4])) / 3, km[4]))
        c.ok("mileage = table", km[0] + "公里" == item(items, "年度巡护里程")["actual"])
    drones = re.findall(r"无人机巡护(\d+)架次", text)
    c.ok("drone sorties agree", len(drones) >= 2 and all(d + "架次" == item(items, "无人机巡护架次")["actual"] for d in drones))
    area = one(c, text, r"保护区红树林面积([\d.]+)万亩，比年度指标减少约(\d+)亩", "mangrove")
    it = item(items, "保护区红树林面积")
    if area and it:
        c.ok("mangrove area = table", area[0] + "万亩" == it["actual"])
        diff = (num(it["target"].lstrip("≥").rstrip("万亩")) - num(area[0])) * 10000
        c.ok("approximate loss (约, ±0.5 of last digit)", abs(diff - int(area[1])) <= D("0.5"))
    sat = one(c, text, r"问卷(\d+)份，满意(\d+)份，满意度(\d+)%", "satisfaction")
    if sat:
        c.ok("satisfaction", close(D(sat[1]) / D(sat[0]) * 100, sat[2]))
        c.ok("satisfaction = table", sat[2] + "%" == item(items, "周边社区群众满意度")["actual"])
    parts = one(c, text, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，综合得分([\d.]+)分", "parts")
    if parts:
        c.ok("parts add to the total", close(sum(num(x) for x in parts[:4]), parts[4]))
        c.ok("execution part = funds score", close(s, parts[0]))
        for lvl, val in (("产出指标", parts[1]), ("效益指标", parts[2]), ("满意度指标", parts[3])):
            c.ok(f"{lvl} part = sum of its rows", close(sum(num(i["s"]) for i in items if i["level1"] == lvl), val))
    return c


def xz(text):
    c = Checks()
    rows = rows_spaces(text)
    w, s = check_mof_funds(c, rows)
    items, wsum, ssum, total, tail = check_indicators(c, rows, (w, s))
    grade_cell = re.findall(r"评价等级：(优|良|中|差)", tail)
    c.ok("grade in the total row", len(grade_cell) == 1)
    check_grade_and_total(c, text, total)
    check_years(c, text, 2022)
    fr = next(r for r in rows if "年度资金总额" in r)
    std = 3500
    g = one(c, text, r"年初预算([\d.]+)万元，按(\d+)名护林员测算", "initial")
    if g:
        c.ok("initial = rangers x 3500", close(D(int(g[1]) * std) / 10000, g[0]))
        c.ok("initial = table", g[0] == fr[1])
    a = one(c, text, r"增补护林员(\d+)名，追加预算([\d.]+)万元，全年预算([\d.]+)万元，其中中央财政资金([\d.]+)万元、自治区财政资金([\d.]+)万元", "annual")
    if a and g:
        c.ok("addition = added rangers x 3500", close(D(int(a[0]) * std) / 10000, a[1]))
        c.ok("initial + addition = annual", close(num(g[0]) + num(a[1]), a[2]))
        c.ok("central + region = annual", close(num(a[3]) + num(a[4]), a[2]))
        c.ok("annual = table", a[2] == fr[2])
        c.ok("target rangers = table", f"≥{int(g[1]) + int(a[0])}人" == item(items, "选聘生态护林员人数")["target"])
    adv = one(c, text, r"中央财政资金([\d.]+)万元已于\d+年12月提前下达", "advance")
    c.ok("advance = central", a and adv == a[3])
    e = one(c, text, r"实际发放护林员补助([\d.]+)万元，预算执行率([\d.]+)%", "spent")
    if e and a:
        c.ok("spent = table", e[0] == fr[3] and e[1] + "%" == fr[5])
        c.ok("prose rate", close(num(e[0]) / num(a[2]) * 100, e[1]))
    n = one(c, text, r"全年实际在岗护林员(\d+)人，(\d+)人因", "in post")
    if n and g and a and e:
        c.ok("in post = planned - dismissed", int(n[0]) == int(g[1]) + int(a[0]) - int(n[1]))
        c.ok("spent = in post x 3500", close(D(int(n[0]) * std) / 10000, e[0]))
        c.ok("in post = table", n[0] + "人" == item(items, "选聘生态护林员人数")["actual"])
    b = one(c, text, r"年末结余([\d.]+)万元", "balance")
    if b and a and e:
        c.ok("balance = annual - spent", close(num(a[2]) - num(e[0]), b))
    per = one(c, text, r"人均管护面积约(\d+)亩", "area per ranger")
    if per and n:
        area = num(item(items, "管护森林面积")["actual"].rstrip("万亩")) * 10000
        c.ok("area per ranger (约)", abs(area / int(n[0]) - int(per)) <= D("0.5"))
    tr = one(c, text, r"参加岗前培训的护林员占(\d+)%", "training")
    c.ok("training = table", tr and tr + "%" == item(items, "护林员岗前培训覆盖率")["actual"])
    sat = one(c, text, r"抽取护林员(\d+)人开展调查，满意(\d+)人，满意度(\d+)%", "satisfaction")
    if sat:
        c.ok("satisfaction", close(D(sat[1]) / D(sat[0]) * 100, sat[2]))
        c.ok("satisfaction = table", sat[2] + "%" == item(items, "护林员满意度")["actual"])
    pov = one(c, text, r"脱贫人口（含监测对象）占(\d+)%", "poverty share")
    c.ok("poverty share = table", pov and pov + "%" == item(items, "脱贫人口（含监测对象）护林员占比")["actual"])
    return c


CHECKERS = {
    "jx-duchang-houniao-2021": jx,
    "qh-gonghe-yiyuanjiance-2023": qh,
    "nm-wulateqian-wuliangsuhai-2020": nm,
    "hi-wenchang-qinglanxunhu-2024": hi,
    "xz-linzhou-hulinyuan-2022": xz,
}


def run(fn, text):
    try:
        return fn(text)
    except Exception as exc:  # a broken parse is a failed check, not a crash
        c = Checks()
        c.ok(f"parse error: {type(exc).__name__}: {exc}", False)
        return c


def main():
    problems = []
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    code_count = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    for e in build.EDITS:
        where[e[3]] += 1
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    projects = sorted({r["source"] for r in labels})
    if len(projects) != 5:
        problems.append("expected five projects")
    for rec in labels:
        name, text = rec["case"], texts.get(rec["case"], "")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{name}: {n} characters, outside 3000–9000")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected one labelled error")
        for exp in rec["expected"]:
            if exp["code"] not in CODES:
                problems.append(f"{name}: unknown code {exp['code']}")
            else:
                code_count[exp["code"]] += 1
            if exp["severity"] != "error":
                problems.append(f"{name}: severity must be error")
            if not exp["value"] or exp["value"] not in text:
                problems.append(f"{name}: label value {exp['value']!r} not in the case")
        clean = texts[f"{rec['source']}-clean.txt"]
        # exactly one contiguous difference
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        q = 0
        while q < min(len(clean), len(text)) - p and clean[-1 - q] == text[-1 - q]:
            q += 1
        a, b = clean[p:len(clean) - q], text[p:len(text) - q]
        if (not a and not b) or len(a) > 80 or len(b) > 80:
            problems.append(f"{name}: differs from its clean draft in more than one small place ({a!r} -> {b!r})")
        if a == b:
            problems.append(f"{name}: identical to its clean draft")
        # the changed characters must lie inside some occurrence of the label value
        hit = False
        s0, e0 = (p - 1, p) if not b else (p, len(text) - q)  # a pure deletion marks the character before it
        for exp in rec["expected"]:
            i = text.find(exp["value"])
            while i >= 0:
                if i < e0 and s0 < i + len(exp["value"]):
                    hit = True
                i = text.find(exp["value"], i + 1)
        if not hit:
            problems.append(f"{name}: the label value does not cover the changed characters")
    for k, v in code_count.items():
        if v < 2:
            problems.append(f"code {k} occurs {v} times (< 2)")
    if abs(where["prose"] - where["table"]) > 4:
        problems.append(f"prose/table split {where}")

    # arithmetic of the clean drafts, and a sanity run on the error cases
    for pid in projects:
        c = run(CHECKERS[pid], texts[f"{pid}-clean.txt"])
        if c.failed or c.n < 30:
            problems.append(f"{pid}-clean: {c.n} checks, failed: {c.failed}")
        else:
            print(f"{pid}-clean: {c.n} checks hold")
        for rec in labels:
            if rec["source"] == pid and not rec["clean"]:
                ce = run(CHECKERS[pid], texts[rec["case"]])
                code = rec["expected"][0]["code"]
                if not ce.failed:
                    problems.append(f"{rec['case']}: no check breaks")
                else:
                    print(f"  {rec['case']:40s} {code:22s} breaks: {'; '.join(ce.failed[:3])}")
    print("codes:", ", ".join(f"{k}={v}" for k, v in code_count.items()), "| where:", where)
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
