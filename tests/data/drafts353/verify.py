#!/usr/bin/env python3
"""Verify the n353 set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps (an occurrence of) the label value; each code is used >= 2 times;
2. redo the arithmetic of every draft with project-specific readers:
   clean drafts: no check may fail (errors and score-rule warnings alike);
   error cases: the labelled code must fail and no other error-level code may fail
   (score_rule_mismatch is a warning in errors.md §B and is only reported).
Prints OK at the end when everything holds.
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
WARN = "score_rule_mismatch"


# ----------------------------------------------------------------------------- numbers
def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndp(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndp(s)) + D("1e-9")


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def close(stated, computed):
    """rules.md §8: stated value with d decimals matches computed c iff |c - v| <= 0.5*10^-d."""
    return abs(dec(stated) - computed) <= tol(stated)


def grade_of(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "合格": "中", "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


class ParseError(Exception):
    pass


class Ctx:
    def __init__(self, text):
        self.t = text
        self.errors = []
        self.warnings = []

    # readers
    def one(self, pattern, flags=re.M):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pattern, len(ms)))
        return ms[0]

    def all(self, pattern, flags=re.M):
        return list(re.finditer(pattern, self.t, flags))

    def line_cells(self, label, sep):
        m = self.one(r"^" + re.escape(label) + re.escape(sep) + r"(.*)$")
        return [label] + m.group(1).split(sep)

    # findings
    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    def calc(self, code, stated, computed, msg):
        if not close(stated, computed):
            self.err(code, "%s: stated %s, computed %s" % (msg, stated, q2(computed)))

    def same(self, code, a, b, msg):
        """two statements of one quantity (possibly with different decimals)."""
        if abs(dec(a) - dec(b)) > max(tol(a), tol(b)):
            self.err(code, "%s: %s vs %s" % (msg, a, b))

    def equal_text(self, code, a, b, msg):
        if a != b:
            self.err(code, "%s: %r vs %r" % (msg, a, b))


# ----------------------------------------------------------------------------- shared checks
def rate_check(c, budget, spent, rate_cell, label):
    """I1/I5: rate cell against spent/budget; zero base and > 100% are implausible."""
    rc = rate_cell.strip()
    if dec(budget) == 0:
        if rc not in ("—", "-", "", "0", "0%", "0.00%"):
            c.err("implausible_rate", "%s: rate %s on a zero budget" % (label, rc))
        return
    comp = dec(spent) / dec(budget) * 100
    if rc in ("—", "-", ""):
        return
    if dec(rc) > 100 or comp > 100:
        c.err("implausible_rate", "%s: rate %s (computed %s)" % (label, rc, q2(comp)))
        return
    c.calc("rate_mismatch", rc, comp, label + " execution rate")


DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
NUM_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(.*)$")


def parse_value(s):
    s = s.strip()
    m = DATE_RE.search(s)
    if m:
        return {"kind": "date", "date": tuple(int(x) for x in m.groups())}
    direction = "eq"
    for w in ("≥", "不低于", "不少于", "以上", "达到"):
        if w in s:
            direction = "gte"
    for w in ("≤", "不超过", "不高于", "以内", "控制在"):
        if w in s:
            direction = "lte"
    body = s
    for w in ("≥", "≤", "不低于", "不少于", "不超过", "不高于", "以上", "以内", "为", "最高"):
        body = body.replace(w, "")
    m = NUM_RE.search(body)
    if not m or not re.match(r"^\s*\d", body):
        return {"kind": "qual", "text": s}
    return {"kind": "num", "dir": direction, "num": m.group(1), "unit": m.group(2).strip()}


def indicator(c, row):
    """row: name, target, actual, weight, score, optional comp (stated 完成率 string)."""
    name, w, s = row["name"], dec(row["weight"]), dec(row["score"])
    if s > w or s < 0:
        c.err("score_exceeds_weight", "%s: score %s, weight %s" % (name, row["score"], row["weight"]))
    tv, av = parse_value(row["target"]), parse_value(row["actual"])
    comp_stated = row.get("comp")
    if comp_stated in ("—", "-", ""):
        comp_stated = None
    expected = None
    if tv["kind"] == "num":
        if av["kind"] != "num" or av["unit"] != tv["unit"]:
            c.err("unit_mismatch", "%s: target %s, actual %s" % (name, row["target"], row["actual"]))
            return
        T, A = dec(tv["num"]), dec(av["num"])
        if av["unit"] == "%" and A > 100:
            c.err("implausible_rate", "%s: actual %s above 100%%" % (name, row["actual"]))
            return
        if tv["dir"] == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100 if T else (D(100) if A <= 0 else D(0))
        if comp_stated is not None:
            c.calc("completion_mismatch", comp_stated, comp, name + " completion")
        expected = w * min(comp, D(100)) / 100
        alt = w * min(dec(comp_stated), D(100)) / 100 if comp_stated else expected
        if not (close(row["score"], expected) or close(row["score"], alt)):
            c.warn(WARN, "%s: score %s, rule gives %s" % (name, row["score"], q2(expected)))
    elif tv["kind"] == "date":
        if av["kind"] != "date":
            c.err("unit_mismatch", "%s: target is a date, actual %s" % (name, row["actual"]))
            return
        if av["date"] <= tv["date"] and s != w:
            c.warn(WARN, "%s: deadline met, score %s of %s" % (name, row["score"], row["weight"]))
    else:  # qualitative
        if av["kind"] == "num" and av["unit"] == "%":
            c.err("unit_mismatch", "%s: qualitative target, actual %s" % (name, row["actual"]))
            return
        if not (w * D("0.8") <= s <= w):
            c.warn(WARN, "%s: qualitative 'achieved' band is [%s, %s], score %s"
                   % (name, w * D("0.8"), w, row["score"]))


def carry_years(c, year):
    """I14: money carried over goes to a later year; 截至 dates name the evaluation year."""
    for m in c.all(r"结转至(\d{4})年"):
        if int(m.group(1)) <= year:
            c.err("year_mismatch", "carried over to %s in the %d report" % (m.group(1), year))
    for m in c.all(r"截至(\d{4})年(?:12月31日|底)"):
        if int(m.group(1)) != year:
            c.err("year_mismatch", "截至%s年 in the %d report" % (m.group(1), year))


def report_date(c, year):
    m = c.one(r"^(\d{4})年\d{1,2}月(?:\d{1,2}日)?$")
    if int(m.group(1)) not in (year, year + 1):
        c.err("year_mismatch", "report dated %s for the %d report" % (m.group(1), year))


def goals_vs_table(c, pattern, names, byname):
    """goal sentence restating the table's 年度指标值 (text <-> table equality)."""
    vals = c.one(pattern).groups()
    for val, nm in zip(vals, names):
        if nm is None:
            continue
        tv = parse_value(byname[nm]["target"])
        if tv["kind"] == "num":
            c.same("conflicting_values", val, tv["num"], nm + " target: text vs table")


def amount_wan(num, unit):
    return dec(num) / 10000 if unit == "元" else dec(num)


# ----------------------------------------------------------------------------- P1 Fujian
def check_fj(c):
    t = c.t
    y_title = c.one(r"^(\d{4})年度公共机构节能改造项目支出绩效自评报告$").group(1)
    y_tab = c.one(r"评价年度｜(\d{4})年$").group(1)
    c.equal_text("year_mismatch", y_title, y_tab, "title year vs table year")
    Y = int(y_title)
    y_cut = c.one(r"截至(\d{4})年12月31日").group(1)
    carry_years(c, Y)
    report_date(c, Y)
    S = "｜"
    tot = c.line_cells("年度资金总额", S)
    fis = c.line_cells("其中：当年财政拨款", S)
    car = c.line_cells("上年结转资金", S)
    oth = c.line_cells("其他资金", S)
    for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.calc("sum_mismatch", tot[i], dec(fis[i]) + dec(car[i]) + dec(oth[i]), "funds total " + col)
    for r in (tot, fis, car, oth):
        rate_check(c, r[2], r[3], r[5], r[0])
    if dec(tot[6]) > dec(tot[4]):
        c.err("score_exceeds_weight", "execution score %s above weight %s" % (tot[6], tot[4]))
    exec_exp = dec(tot[4]) * min(dec(tot[3]) / dec(tot[2]), D(1))
    if not close(tot[6], exec_exp):
        c.warn(WARN, "execution score %s, rule %s" % (tot[6], q2(exec_exp)))
    rows = []
    for m in c.all(r"^(产出指标|效益指标|满意度指标)｜(.*)$"):
        cells = [m.group(1)] + m.group(2).split(S)
        if len(cells) != 9:
            raise ParseError("indicator row %r" % m.group(0))
        rows.append(dict(level1=cells[0], name=cells[2], target=cells[3], actual=cells[4],
                         comp=cells[5], weight=cells[6], score=cells[7]))
    if len(rows) != 11:
        raise ParseError("expected 11 indicator rows, got %d" % len(rows))
    for r in rows:
        indicator(c, r)
    total = c.line_cells("总分", S)
    wsum = dec(tot[4]) + sum(dec(r["weight"]) for r in rows)
    if wsum != dec(total[6]) or wsum != 100:
        c.err("weight_sum_mismatch", "weights sum to %s, stated %s" % (wsum, total[6]))
    ssum = dec(tot[6]) + sum(dec(r["score"]) for r in rows)
    c.calc("score_sum_mismatch", total[7], ssum, "table total score")
    # prose: scores written as 得X分（满分Y分）
    m = c.one(r"预算执行得([\d.]+)分（满分([\d.]+)分），产出指标得([\d.]+)分（满分([\d.]+)分），"
              r"效益指标得([\d.]+)分（满分([\d.]+)分），满意度指标得([\d.]+)分（满分([\d.]+)分），"
              r"自评总分([\d.]+)分，自评等级为“(.+?)”")
    g = m.groups()
    c.same("conflicting_values", g[0], tot[6], "execution score text vs table")
    c.same("conflicting_values", g[1], tot[4], "execution weight text vs table")
    for k, lvl in ((2, "产出指标"), (4, "效益指标"), (6, "满意度指标")):
        blk = [r for r in rows if r["level1"] == lvl]
        c.calc("score_sum_mismatch", g[k], sum(dec(r["score"]) for r in blk), lvl + " score in text")
        if dec(g[k + 1]) != sum(dec(r["weight"]) for r in blk):
            c.err("weight_sum_mismatch", lvl + " weight in text")
        if dec(g[k]) > dec(g[k + 1]):
            c.err("score_exceeds_weight", lvl + " block score above its weight")
    c.calc("score_sum_mismatch", g[8], dec(g[0]) + dec(g[2]) + dec(g[4]) + dec(g[6]), "total in text")
    c.same("conflicting_values", g[8], total[7], "total text vs table")
    if GRADE_WORD.get(g[9]) != grade_of(g[8]):
        c.err("grade_mismatch", "grade %s for %s" % (g[9], g[8]))
    # prose: funds
    ini = c.one(r"项目年初预算([\d.]+)万元").group(1)
    c.same("conflicting_values", ini, tot[1], "initial budget text vs table")
    prov = c.one(r"省级公共机构节能改造补助资金([\d.]+)万元").group(1)
    c.calc("sum_mismatch", fis[2], dec(ini) + dec(prov), "当年财政拨款 = 年初 + 省级追加")
    cf = c.one(r"节能诊断经费([\d.]+)万元").group(1)
    c.same("conflicting_values", cf, car[2], "carry-over text vs table")
    ann = c.one(r"调整后全年预算([\d.]+)万元").group(1)
    c.calc("sum_mismatch", ann, dec(ini) + dec(prov) + dec(cf), "annual budget in text")
    c.same("conflicting_values", ann, tot[2], "annual budget text vs table")
    c.calc("rate_mismatch", c.one(r"到位率(\d+)%").group(1), dec(ann) / dec(ann) * 100, "到位率")
    c.equal_text("year_mismatch", y_cut, y_title, "截至 year")
    sp = c.one(r"项目累计支出([\d.]+)万元").group(1)
    c.same("conflicting_values", sp, tot[3], "spending text vs table")
    parts = c.one(r"LED灯具采购及安装([\d.]+)万元、空调替换([\d.]+)万元、屋顶光伏系统建设([\d.]+)万元、"
                  r"分项计量装置及节能诊断([\d.]+)万元").groups()
    c.calc("sum_mismatch", sp, sum(dec(x) for x in parts), "spending by use")
    m = c.one(r"LED灯具采购(\d+)盏，平均单价(\d+)元，灯具材料费(\d+)(元|万元)（([\d.]+)万元）")
    n, price, amt, unit, wan = m.groups()
    prod = dec(n) * dec(price)  # 元
    amt_yuan = dec(amt) * (10000 if unit == "万元" else 1)
    if amt_yuan != prod:
        if amt_yuan / 10000 == prod or amt_yuan * 10000 == prod:
            c.err("unit_mismatch", "material cost %s%s: %s盏 × %s元 = %s元" % (amt, unit, n, price, prod))
        else:
            c.err("sum_mismatch", "material cost %s%s vs %s元" % (amt, unit, prod))
    if not close(wan, amt_yuan / 10000):
        if close(wan, amt_yuan / 10000 / 10000) or close(wan, amt_yuan / 10000 * 10000):
            c.err("unit_mismatch", "material cost %s%s vs %s万元" % (amt, unit, wan))
        else:
            c.err("conflicting_values", "material cost %s%s vs %s万元" % (amt, unit, wan))
    led = [r for r in rows if r["name"] == "LED节能灯具更换数量"][0]
    c.same("conflicting_values", n, parse_value(led["actual"])["num"], "LED count text vs table")
    bal = c.one(r"年末未支付的([\d.]+)万元").group(1)
    c.calc("balance_mismatch", bal, dec(ann) - dec(sp), "unspent = received - spent")
    # prose: indicator restatements
    byname = {r["name"]: r for r in rows}
    ac = byname["高效空调替换数量"]
    n_ac = c.one(r"替换高效变频空调(\d+)台").group(1)
    c.same("conflicting_values", n_ac, parse_value(ac["actual"])["num"], "air conditioners text vs table")
    short = c.one(r"较目标少(\d+)台").group(1)
    c.calc("conflicting_values", short, dec(parse_value(ac["target"])["num"]) - dec(n_ac), "shortfall")
    pairs = [(r"合计装机(\d+)千瓦", "屋顶光伏装机容量"), (r"改造成本(\d+)元/平方米", "单位建筑面积改造成本"),
             (r"年可节约电费([\d.]+)万元", "年节约电费"), (r"千克标准煤，下降([\d.]+)%", "人均综合能耗下降率"),
             (r"减少二氧化碳排放(\d+)吨", "年减少二氧化碳排放量"), (r"干部职工满意度为([\d.]+)%", "干部职工满意度")]
    for pat, nm in pairs:
        c.same("conflicting_values", c.one(pat).group(1), parse_value(byname[nm]["actual"])["num"], nm)
    c.same("conflicting_values", c.one(r"全年更换LED节能灯具(\d+)盏").group(1), n, "LED count restated")
    goals_vs_table(c, r"完成(\d+)家公共机构节能改造任务，公共机构人均综合能耗较上年下降(\d+)%以上，"
                      r"年节约电费不低于(\d+)万元，改造工程验收合格率(\d+)%",
                   [None, "人均综合能耗下降率", "年节约电费", "改造工程验收合格率"], byname)
    e0, e1, dr = c.one(r"由2021年的([\d.]+)千克标准煤降至([\d.]+)千克标准煤，下降([\d.]+)%").groups()
    c.calc("rate_mismatch", dr, (dec(e0) - dec(e1)) / dec(e0) * 100, "energy per head decline")
    area = c.one(r"建筑面积约(\d+)平方米").group(1)
    lo, hi = dec(area) - D("0.5"), dec(area) + D("0.5")
    cost = dec(c.one(r"改造成本(\d+)元/平方米").group(1))
    if not (dec(sp) * 10000 / hi - tol("1") <= cost <= dec(sp) * 10000 / lo + tol("1")):
        c.err("conflicting_values", "cost per m2")
    c.same("conflicting_values", c.one(r"执行率仅([\d.]+)%").group(1), car[5], "carry-over rate text vs table")


# ----------------------------------------------------------------------------- P2 Henan
def check_ha(c):
    y_title = c.one(r"^(\d{4})年度新能源公务用车更新及充电设施建设项目绩效自评报告$").group(1)
    y_tab = c.one(r"^项目支出绩效自评表（(\d{4})年度）$").group(1)
    y_text = c.one(r"本项目(\d{4})年度自评得分").group(1)
    c.equal_text("year_mismatch", y_title, y_tab, "title vs table year")
    c.equal_text("year_mismatch", y_title, y_text, "title vs conclusion year")
    Y = int(y_title)
    carry_years(c, Y)
    report_date(c, Y)
    S = "\t"
    tot = c.line_cells("年度资金总额", S)
    fis = c.line_cells("其中：当年财政拨款", S)
    car = c.line_cells("上年结转资金", S)
    oth = c.line_cells("其他资金", S)
    for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.calc("sum_mismatch", tot[i], dec(fis[i]) + dec(car[i]) + dec(oth[i]), "funds total " + col)
    for r in (tot, fis, car, oth):
        rate_check(c, r[2], r[3], r[5], r[0])
    if dec(tot[6]) > dec(tot[4]):
        c.err("score_exceeds_weight", "execution score above weight")
    exec_exp = dec(tot[4]) * min(dec(tot[3]) / dec(tot[2]), D(1))
    if not (close(tot[6], exec_exp) or close(tot[6], dec(tot[4]) * dec(tot[5]) / 100)):
        c.warn(WARN, "execution score")
    rows = []
    for m in c.all(r"^(产出指标|效益指标|满意度指标)\t(.*)$"):
        cells = [m.group(1)] + m.group(2).split(S)
        if len(cells) != 8:
            raise ParseError("indicator row %r" % m.group(0))
        rows.append(dict(level1=cells[0], name=cells[2], target=cells[3], actual=cells[4],
                         weight=cells[5], score=cells[6]))
    if len(rows) != 10:
        raise ParseError("expected 10 rows, got %d" % len(rows))
    for r in rows:
        indicator(c, r)
    total = c.line_cells("合计", S)
    wsum = dec(tot[4]) + sum(dec(r["weight"]) for r in rows)
    if wsum != dec(total[5]) or wsum != 100:
        c.err("weight_sum_mismatch", "weights sum to %s, stated %s" % (wsum, total[5]))
    c.calc("score_sum_mismatch", total[6], dec(tot[6]) + sum(dec(r["score"]) for r in rows), "table total")
    g = c.one(r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，"
              r"本项目\d{4}年度自评得分([\d.]+)分，评价等级为(优秀|良好|中等|较差|优|良|中|差)").groups()
    c.same("conflicting_values", g[0], tot[6], "execution score text vs table")
    for k, lvl in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
        c.calc("score_sum_mismatch", g[k], sum(dec(r["score"]) for r in rows if r["level1"] == lvl),
               lvl + " score in text")
    c.calc("score_sum_mismatch", g[4], sum(dec(x) for x in g[:4]), "total in text")
    c.same("conflicting_values", g[4], total[6], "total text vs table")
    if GRADE_WORD[g[5]] != grade_of(g[4]):
        c.err("grade_mismatch", "grade %s for %s" % (g[5], g[4]))
    # funds prose
    ini, add = c.one(r"县财政年初安排本项目(\d+(?:\.\d+)?)万元，6月为增建2个直流快充桩追加(\d+(?:\.\d+)?)万元").groups()
    c.same("conflicting_values", ini, fis[1], "county initial money text vs table")
    cty = str(dec(ini) + dec(add))
    c.calc("sum_mismatch", fis[2], dec(cty), "当年财政拨款 = 年初 + 追加")
    cf = c.one(r"补助资金(\d+(?:\.\d+)?)万元，全年预算").group(1)
    c.same("conflicting_values", cf, car[2], "carry-over text vs table")
    ann = c.one(r"全年预算(\d+(?:\.\d+)?)万元。").group(1)
    c.calc("sum_mismatch", ann, dec(cty) + dec(cf), "annual budget in text")
    c.same("conflicting_values", ann, tot[2], "annual budget text vs table")
    sp = c.one(r"全年实际执行([\d.]+)万元").group(1)
    c.same("conflicting_values", sp, tot[3], "spending text vs table")
    m = c.one(r"购置新能源公务用车(\d+)辆（纯电动轿车(\d+)辆、纯电动SUV (\d+)辆）([\d.]+)万元，平均每辆([\d.]+)万元；"
              r"充电设施建设及配电增容([\d.]+)万元；公务用车管理平台升级([\d.]+)万元；"
              r"支付2018年已交付的3辆新能源车尾款([\d.]+)万元")
    nv, n1, n2, veh, avg, chg, plat, tail = m.groups()
    c.calc("sum_mismatch", nv, dec(n1) + dec(n2), "vehicle count")
    c.calc("average_mismatch", avg, dec(veh) / dec(nv), "average price per vehicle")
    c.calc("sum_mismatch", sp, dec(veh) + dec(chg) + dec(plat) + dec(tail), "spending by use")
    c.calc("sum_mismatch", fis[3], dec(veh) + dec(chg) + dec(plat), "current-year spending by use")
    c.same("conflicting_values", tail, car[3], "carry-over spending")
    byname = {r["name"]: r for r in rows}
    c.same("conflicting_values", nv, parse_value(byname["新能源公务用车购置数量"]["actual"])["num"], "vehicles")
    bal = c.one(r"剩余([\d.]+)万元为充电桩工程质保金").group(1)
    c.calc("balance_mismatch", bal, dec(ann) - dec(sp), "remaining = budget - spent")
    npile, nac, ndc = c.one(r"建设充电桩(\d+)个，其中交流慢充桩(\d+)个、直流快充桩(\d+)个").groups()
    c.calc("sum_mismatch", npile, dec(nac) + dec(ndc), "charging piles")
    c.same("conflicting_values", npile, parse_value(byname["充电桩建设数量"]["actual"])["num"], "piles")
    fleet, ne, a, b, cc, share = c.one(r"公务用车(\d+)辆，其中新能源车(\d+)辆（本年新购(\d+)辆、2018年购置(\d+)辆、"
                                       r"2017年购置(\d+)辆），占比([\d.]+)%").groups()
    c.calc("sum_mismatch", ne, dec(a) + dec(b) + dec(cc), "new-energy vehicles")
    c.calc("rate_mismatch", share, dec(ne) / dec(fleet) * 100, "new-energy share")
    c.same("conflicting_values", share, parse_value(byname["新能源车辆占公务用车比例"]["actual"])["num"], "share")
    c.same("conflicting_values", a, nv, "vehicles bought this year")
    goals_vs_table(c, r"年内完成(\d+)辆新能源公务用车的更新和(\d+)个充电桩的建设投运，新能源车辆占全县公务用车的比例"
                      r"达到(\d+)%以上，公务用车百公里能源费用控制在(\d+)元以内，车辆及充电设施验收合格率(\d+)%，"
                      r"用车单位满意度达到(\d+)%以上",
                   ["新能源公务用车购置数量", "充电桩建设数量", "新能源车辆占公务用车比例", "公务用车百公里能源费用",
                    "车辆及充电设施验收合格率", "用车单位满意度"], byname)
    c.same("conflicting_values", c.one(r"全年新购纯电动公务用车(\d+)辆").group(1), nv, "vehicles restated")
    c.same("conflicting_values", c.one(r"(\d+)个充电桩同期建成投运").group(1), npile, "piles restated")
    goals_vs_table(c, r"低于(\d+)万元的配置标准", ["单车最高购置价格"], byname)
    goals_vs_table(c, r"未达到(\d+)%的目标", ["新能源车辆占公务用车比例"], byname)
    sat = c.one(r"平均满意率([\d.]+)%").group(1)
    c.same("conflicting_values", sat, parse_value(byname["用车单位满意度"]["actual"])["num"], "satisfaction")
    for pat, nm in ((r"纯电动SUV的([\d.]+)万元", "单车最高购置价格"), (r"百公里电费约([\d.]+)元", "公务用车百公里能源费用"),
                    (r"全年减少燃油消耗([\d.]+)万升", "年减少燃油消耗")):
        c.same("conflicting_values", c.one(pat).group(1), parse_value(byname[nm]["actual"])["num"], nm)
    c.same("conflicting_values", c.one(r"尾款，执行率(\d+)%").group(1), car[5], "carry-over rate text vs table")
    c.same("conflicting_values", c.one(r"2018年结转的(\d+)万元省级补助资金").group(1), car[2], "carry-over")


# ----------------------------------------------------------------------------- P3 Guizhou (prose)
def check_gz(c):
    y_title = c.one(r"^关于(\d{4})年度县行政中心合同能源管理项目支出绩效自评情况的报告$").group(1)
    y_text = c.one(r"本项目(\d{4})年度自评得分").group(1)
    c.equal_text("year_mismatch", y_title, y_text, "title vs conclusion year")
    Y = int(y_title)
    carry_years(c, Y)
    report_date(c, Y)
    bud, share_b, est, pct, fee_b = c.one(r"年初安排项目预算([\d.]+)万元，其中节能效益分享款([\d.]+)万元（按合同预计年节约电费"
                                          r"([\d.]+)万元、分享比例(\d+)%测算），第三方节能量核定服务费([\d.]+)万元，年内未作调整").groups()
    c.calc("sum_mismatch", bud, dec(share_b) + dec(fee_b), "budget parts")
    c.calc("sum_mismatch", share_b, dec(est) * dec(pct) / 100, "budgeted share = estimate × ratio")
    c.calc("rate_mismatch", c.one(r"到位率(\d+)%").group(1), D(100), "到位率 (资金已全部到位)")
    kwh, price, saved = c.one(r"节电([\d.]+)万千瓦时，按平均电价约([\d.]+)元/千瓦时计，节约电费([\d.]+)万元").groups()
    unit_price = dec(saved) / dec(kwh)
    if not (dec(price) - tol(price) <= unit_price <= dec(price) + tol(price)):
        c.err("conflicting_values", "average price %s vs %s" % (price, unit_price))
    pct2, paid = c.one(r"按(\d+)%的分享比例，应付节能服务公司([\d.]+)万元").groups()
    c.calc("sum_mismatch", paid, dec(saved) * dec(pct2) / 100, "share paid")
    c.same("conflicting_values", pct, pct2, "share ratio")
    fee = c.one(r"核定服务费经竞争性磋商确定为([\d.]+)万元").group(1)
    spent, rate = c.one(r"全年合计支出([\d.]+)万元，预算执行率([\d.]+)%").groups()
    c.calc("sum_mismatch", spent, dec(paid) + dec(fee), "spending")
    c.calc("rate_mismatch", rate, dec(spent) / dec(bud) * 100, "execution rate")
    r1, r2 = c.one(r"节能效益分享款执行率([\d.]+)%，核定服务费执行率([\d.]+)%").groups()
    c.calc("rate_mismatch", r1, dec(paid) / dec(share_b) * 100, "share sub-rate")
    c.calc("rate_mismatch", r2, dec(fee) / dec(fee_b) * 100, "fee sub-rate")
    bal = c.one(r"年末结余([\d.]+)万元").group(1)
    c.calc("balance_mismatch", bal, dec(bud) - dec(spent), "balance = received - spent")
    # weights declared
    ws = c.one(r"其中预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分").groups()
    if sum(dec(x) for x in ws) != 100:
        c.err("weight_sum_mismatch", "declared weights sum to %s" % sum(dec(x) for x in ws))
    er, es, ew = c.one(r"预算执行率([\d.]+)%，按“执行率×分值”计算，得([\d.]+)分（满分(\d+)分）").groups()
    c.same("conflicting_values", er, rate, "execution rate restated")
    c.same("weight_sum_mismatch", ew, ws[0], "execution weight")
    if dec(es) > dec(ew):
        c.err("score_exceeds_weight", "execution score")
    if not close(es, dec(ew) * dec(er) / 100):
        c.warn(WARN, "execution score")
    # sections
    sec2 = c.one(r"（二）产出指标（满分(\d+)分，得([\d.]+)分）\n((?:.*\n)*?)（三）")
    sec3 = c.one(r"（三）效益指标（满分(\d+)分，得([\d.]+)分）\n((?:.*\n)*?)（四）")
    sec4 = c.one(r"（四）满意度指标\n((?:.*\n)*?)\n五、")
    item_re = re.compile(r"^\d\.(?P<name>[^：]+)：年度指标值(?P<target>[^，]+)，实际完成(?:值|情况为)(?P<actual>[^，]+)，"
                         r"(?:完成率(?P<comp>[\d.]+%)，)?得(?P<score>[\d.]+)分（满分(?P<weight>[\d.]+)分）", re.M)
    blocks = []
    for sec, body, wdecl in ((sec2, sec2.group(3), ws[1]), (sec3, sec3.group(3), ws[2]), (sec4, sec4.group(1), ws[3])):
        items = [m.groupdict() for m in item_re.finditer(body)]
        for it in items:
            if it["comp"]:
                it["comp"] = it["comp"].rstrip("%")
            indicator(c, it)
        wsum = sum(dec(it["weight"]) for it in items)
        ssum = sum(dec(it["score"]) for it in items)
        blocks.append((items, wsum, ssum))
        if wsum != dec(wdecl):
            c.err("weight_sum_mismatch", "block weights %s vs declared %s" % (wsum, wdecl))
        if sec is not sec4:
            if dec(sec.group(1)) != wsum or dec(sec.group(1)) != dec(wdecl):
                c.err("weight_sum_mismatch", "block header weight %s" % sec.group(1))
            c.calc("score_sum_mismatch", sec.group(2), ssum, "block header score")
    if [len(b[0]) for b in blocks] != [5, 4, 1]:
        raise ParseError("items per block %r" % [len(b[0]) for b in blocks])
    items = {it["name"]: it for b in blocks for it in b[0]}
    total, grade = c.one(r"自评得分([\d.]+)分，自评等级为(优秀|良好|优|良|中|差)").groups()
    c.calc("score_sum_mismatch", total, dec(es) + sum(b[2] for b in blocks), "total score")
    if GRADE_WORD[grade] != grade_of(total):
        c.err("grade_mismatch", "grade %s for %s" % (grade, total))
    # restatements
    for nm, val in (("年节电量", kwh), ("年节约电费", saved), ("第三方核定服务费", fee)):
        av = parse_value(items[nm]["actual"])
        if av["kind"] == "num":
            c.same("conflicting_values", av["num"], val, nm + " restated")
    goals_vs_table(c, r"大楼年节电量不低于(\d+)万千瓦时，年节约电费不低于(\d+)万元，单位面积电耗较基准年下降(\d+)%以上，"
                      r"节能设备完好率保持在(\d+)%以上，入驻单位满意度不低于(\d+)%",
                   ["年节电量", "年节约电费", "行政中心单位面积电耗下降率", "节能设备完好率", "入驻单位满意度"],
                   {k: {"target": v["target"]} for k, v in items.items()})
    c.same("conflicting_values", parse_value(items["第三方核定服务费"]["target"])["num"], fee_b, "fee cap vs budget")
    c.calc("balance_mismatch", c.one(r"较预算节约([\d.]+)万元").group(1), dec(fee_b) - dec(fee), "fee saved")
    e0, e1 = c.one(r"由每平方米([\d.]+)千瓦时降至([\d.]+)千瓦时").groups()
    dv = parse_value(items["行政中心单位面积电耗下降率"]["actual"])
    c.calc("rate_mismatch", dv["num"], (dec(e0) - dec(e1)) / dec(e0) * 100, "area intensity decline")
    factor = dec(c.one(r"按([\d.]+)千克/千瓦时的电网排放因子").group(1))
    co2 = parse_value(items["年减少二氧化碳排放"]["actual"])
    c.calc("conflicting_values", co2["num"], dec(kwh) * 10000 * factor / 1000, "CO2 from kWh")
    s20, p20 = c.one(r"节约电费([\d.]+)万元，支付分享款([\d.]+)万元").groups()
    c.calc("sum_mismatch", p20, dec(s20) * dec(pct) / 100, "2020 share")


# ----------------------------------------------------------------------------- P4 Hubei
def check_hb(c):
    y_title = c.one(r"^罗田县节水型机关建设项目(\d{4})年度绩效自评报告$").group(1)
    y_tab = c.one(r"评价年度｜(\d{4})年度$").group(1)
    c.equal_text("year_mismatch", y_title, y_tab, "title vs table year")
    Y = int(y_title)
    carry_years(c, Y)
    report_date(c, Y)
    S = "｜"
    fund_rows = {}
    for lab in ("县级财政资金", "省级奖补资金"):
        fund_rows[lab] = c.line_cells(lab, S)
    ftot = c.one(r"^合计｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([\d.]+)｜([\d.]+%)$")
    ftot = ["合计"] + list(ftot.groups())
    for i, col in ((1, "年初"), (2, "全年"), (3, "到位"), (4, "执行")):
        c.calc("sum_mismatch", ftot[i], sum(dec(r[i]) for r in fund_rows.values()), "funds " + col)
    for r in [ftot] + list(fund_rows.values()):
        rate_check(c, r[2], r[4], r[5].rstrip("%"), r[0])
        if dec(r[3]) != dec(r[2]):
            c.err("rate_mismatch", "年内全部到位 but 到位 %s vs 全年 %s" % (r[3], r[2]))
    ini, prov, ann = c.one(r"项目年初预算([\d.]+)万元，由县级财政安排。11月下旬，省水利厅下达节水型单位建设奖补资金([\d.]+)万元，"
                           r"调整后全年预算([\d.]+)万元").groups()
    c.same("conflicting_values", ini, ftot[1], "initial text vs table")
    c.same("conflicting_values", prov, fund_rows["省级奖补资金"][2], "provincial text vs table")
    c.calc("sum_mismatch", ann, dec(ini) + dec(prov), "annual in text")
    c.same("conflicting_values", ann, ftot[2], "annual text vs table")
    sp, bal = c.one(r"全年支出([\d.]+)万元，未支出的([\d.]+)万元结转至").groups()
    c.same("conflicting_values", sp, ftot[4], "spent text vs table")
    c.calc("balance_mismatch", bal, dec(ftot[3]) - dec(sp), "unspent = received - spent")
    c.same("conflicting_values", c.one(r"结转至下年的([\d.]+)万元").group(1), bal, "carry-forward restated")
    c.same("conflicting_values", c.one(r"预算执行率只有([\d.]+)%").group(1), ftot[5].rstrip("%"), "rate restated")
    # indicator table
    rows, subtot = [], {}
    for m in c.all(r"^(预算执行|产出指标|效益指标|满意度指标)｜(.*)$"):
        cells = [m.group(1)] + m.group(2).split(S)
        if len(cells) != 8:
            raise ParseError("row %r" % m.group(0))
        rows.append(dict(level1=cells[0], name=cells[2], target=cells[3], actual=cells[4],
                         weight=cells[5], score=cells[6]))
    if len(rows) != 11:
        raise ParseError("expected 11 rows, got %d" % len(rows))
    for lvl in ("产出指标", "效益指标"):
        cells = c.line_cells(lvl + "小计", S)
        subtot[lvl] = (cells[5], cells[6])
    total = ["合计"] + c.one(r"^合计｜(｜.*)$").group(1).split(S)
    for r in rows:
        indicator(c, r)
    ex = rows[0]
    c.same("conflicting_values", parse_value(ex["actual"])["num"], ftot[5].rstrip("%"), "execution rate table")
    for lvl, (w, s) in subtot.items():
        blk = [r for r in rows if r["level1"] == lvl]
        if dec(w) != sum(dec(r["weight"]) for r in blk):
            c.err("weight_sum_mismatch", lvl + " subtotal weight %s vs rows %s" % (w, sum(dec(r["weight"]) for r in blk)))
        c.calc("score_sum_mismatch", s, sum(dec(r["score"]) for r in blk), lvl + " subtotal score")
        if dec(s) > dec(w):
            c.err("score_exceeds_weight", lvl + " subtotal")
    sat = [r for r in rows if r["level1"] == "满意度指标"]
    wtot = dec(ex["weight"]) + dec(subtot["产出指标"][0]) + dec(subtot["效益指标"][0]) + sum(dec(r["weight"]) for r in sat)
    if wtot != dec(total[5]) or wtot != 100:
        c.err("weight_sum_mismatch", "first-level weights sum to %s, stated %s" % (wtot, total[5]))
    stot = dec(ex["score"]) + dec(subtot["产出指标"][1]) + dec(subtot["效益指标"][1]) + sum(dec(r["score"]) for r in sat)
    c.calc("score_sum_mismatch", total[6], stot, "table total")
    tt, grade = c.one(r"自评得分([\d.]+)分（满分100分），自评等级为“(.+?)”").groups()
    c.same("conflicting_values", tt, total[6], "total text vs table")
    if GRADE_WORD.get(grade) != grade_of(tt):
        c.err("grade_mismatch", "grade %s for %s" % (grade, tt))
    byname = {r["name"]: r for r in rows}
    n, a, b, d = c.one(r"节水器具(\d+)套（其中节水龙头(\d+)套、感应式冲洗阀(\d+)套、节水型便器(\d+)套）").groups()
    c.calc("sum_mismatch", n, dec(a) + dec(b) + dec(d), "fixtures by type")
    c.same("conflicting_values", n, parse_value(byname["节水器具更换数量"]["actual"])["num"], "fixtures text vs table")
    for pat, nm in ((r"单套改造成本(\d+)元，", "节水器具单套改造成本"), (r"年末漏损率为([\d.]+)%", "供水管网漏损率"),
                    (r"全年节水([\d.]+)万立方米", "年节水量"), (r"节约水费([\d.]+)万元", "年节约水费"),
                    (r"满意度为([\d.]+)%", "干部职工满意度")):
        c.same("conflicting_values", c.one(pat).group(1), parse_value(byname[nm]["actual"])["num"], nm)
    goals_vs_table(c, r"完成县直机关(\d+)套以上用水器具的节水改造，建成雨水回收利用设施(\d+)处，机关大院供水管网漏损率"
                      r"控制在(\d+)%以内，年节水量([\d.]+)万立方米以上，机关人均用水量较上年下降(\d+)%以上，"
                      r"干部职工对节水型机关建设的满意度达到(\d+)%以上",
                   ["节水器具更换数量", "雨水回收利用设施建设", "供水管网漏损率", "年节水量", "机关人均用水量下降率",
                    "干部职工满意度"], byname)
    goals_vs_table(c, r"低于(\d+)元的控制标准", ["节水器具单套改造成本"], byname)
    goals_vs_table(c, r"高于(\d+)%的目标值", ["供水管网漏损率"], byname)
    u0, u1, dr = c.one(r"人均用水量([\d.]+)立方米，\d{4}年降至([\d.]+)立方米，下降([\d.]+)%").groups()
    c.calc("rate_mismatch", dr, (dec(u0) - dec(u1)) / dec(u0) * 100, "per-head water decline")
    c.same("conflicting_values", dr, parse_value(byname["机关人均用水量下降率"]["actual"])["num"], "decline text vs table")


# ----------------------------------------------------------------------------- P5 Guangxi (department)
def check_gx(c):
    y_title = c.one(r"^平南县机关事务管理局(\d{4})年度部门整体支出绩效自评报告$").group(1)
    y_text = c.one(r"我局(\d{4})年度部门整体支出自评得分").group(1)
    y_bud = c.one(r"^(\d{4})年部门年初预算").group(1)
    c.equal_text("year_mismatch", y_title, y_text, "title vs conclusion")
    c.equal_text("year_mismatch", y_title, y_bud, "title vs budget year")
    Y = int(y_title)
    carry_years(c, Y)
    report_date(c, Y)
    sp = re.compile(r" {2,}")

    def row(label):
        m = c.one(r"^" + re.escape(label) + r" {2,}(.*)$")
        return [label] + sp.split(m.group(1).strip())
    basic, proj = row("基本支出"), row("项目支出")
    if len(basic) != 5 or len(proj) != 5:
        raise ParseError("dept funds rows")
    # 合计 appears three times (funds table, project table, score table): take by position
    tots = c.all(r"^合计 {2,}(.*)$")
    if len(tots) != 3:
        raise ParseError("three 合计 rows expected")
    ftot = ["合计"] + sp.split(tots[0].group(1).strip())
    ptot = ["合计"] + sp.split(tots[1].group(1).strip())
    if len(ftot) != 5 or len(ptot) != 6:
        raise ParseError("合计 rows")
    for i in (1, 2, 3):
        c.calc("sum_mismatch", ftot[i], dec(basic[i]) + dec(proj[i]), "dept funds column %d" % i)
    for r in (basic, proj, ftot):
        rate_check(c, r[2], r[3], r[4].rstrip("%"), r[0])
    ini, add, ann, spent, rate = c.one(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元（[^）]*），调整后全年预算([\d.]+)万元，"
                                       r"全年支出([\d.]+)万元，预算执行率([\d.]+)%").groups()
    c.calc("sum_mismatch", ann, dec(ini) + dec(add), "annual = initial + addition")
    c.same("conflicting_values", ini, ftot[1], "initial text vs table")
    c.same("conflicting_values", ann, ftot[2], "annual text vs table")
    c.same("conflicting_values", spent, ftot[3], "spent text vs table")
    c.same("conflicting_values", rate, ftot[4].rstrip("%"), "rate text vs table")
    c.calc("rate_mismatch", rate, dec(spent) / dec(ann) * 100, "dept execution rate in text")
    un, cf, rest = c.one(r"年末未支出([\d.]+)万元，其中结转至\d{4}年([\d.]+)万元，[^；]*；其余([\d.]+)万元").groups()
    c.calc("balance_mismatch", un, dec(ann) - dec(spent), "unspent")
    c.calc("sum_mismatch", un, dec(cf) + dec(rest), "unspent split")
    pe, pu = c.one(r"人员经费([\d.]+)万元，公用经费([\d.]+)万元").groups()
    c.calc("sum_mismatch", basic[3], dec(pe) + dec(pu), "basic spending split")
    # project table
    projects = []
    for m in c.all(r"^(\d) {2,}(.*)$"):
        cells = [m.group(1)] + sp.split(m.group(2).strip())
        if len(cells) != 7:
            raise ParseError("project row %r" % m.group(0))
        projects.append(dict(no=cells[0], name=cells[1], budget=cells[2], spent=cells[3], rate=cells[4],
                             score=cells[5], grade=cells[6]))
    npj = c.one(r"对纳入部门预算的(\d+)个项目全部开展了单位自评").group(1)
    if len(projects) != int(npj):
        raise ParseError("project count")
    for p in projects:
        rate_check(c, p["budget"], p["spent"], p["rate"].rstrip("%"), p["name"])
        if dec(p["score"]) > 100 or dec(p["score"]) < 0:
            c.err("score_exceeds_weight", p["name"])
        if GRADE_WORD.get(p["grade"]) != grade_of(p["score"]):
            c.err("grade_mismatch", "%s: grade %s for %s" % (p["name"], p["grade"], p["score"]))
    c.calc("sum_mismatch", ptot[1], sum(dec(p["budget"]) for p in projects), "project budgets")
    c.calc("sum_mismatch", ptot[2], sum(dec(p["spent"]) for p in projects), "project spending")
    rate_check(c, ptot[1], ptot[2], ptot[3].rstrip("%"), "project total")
    c.same("conflicting_values", ptot[1], proj[2], "project budget: project table vs funds table")
    c.same("conflicting_values", ptot[2], proj[3], "project spending: project table vs funds table")
    c.same("conflicting_values", ptot[3].rstrip("%"), proj[4].rstrip("%"), "project rate: two tables")
    c.same("conflicting_values", c.one(r"覆盖项目支出预算([\d.]+)万元").group(1), ptot[1], "coverage amount")
    pw = c.one(r"“预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分”").groups()
    if sum(dec(x) for x in pw) != 100:
        c.err("weight_sum_mismatch", "project scoring weights")
    nn, avg = c.one(r"(\d+)个项目平均自评得分([\d.]+)分，全部项目的自评等级均在“良”及以上").groups()
    if int(nn) != len(projects):
        raise ParseError("project count in text")
    c.calc("average_mismatch", avg, sum(dec(p["score"]) for p in projects) / len(projects), "average score")
    bands = Counter(grade_of(p["score"]) for p in projects)
    if bands["中"] or bands["差"]:
        c.err("conflicting_values", "text says all projects 良 or better, bands %s" % dict(bands))
    byname = {p["name"]: p for p in projects}
    c.same("conflicting_values", c.one(r"项目执行率([\d.]+)%，未支付部分").group(1),
           byname["公共机构节能改造（二期）"]["rate"].rstrip("%"), "project 1 rate")
    n_in, n_on, online = c.one(r"公共机构(\d+)家，年末在线(\d+)家，在线率([\d.]+)%").groups()
    c.calc("rate_mismatch", online, dec(n_on) / dec(n_in) * 100, "platform online rate")
    c.calc("conflicting_values", c.one(r"仍有(\d+)家单位因网络设备老化").group(1), dec(n_in) - dec(n_on), "offline units")
    fee, per = c.one(r"平台运维费([\d.]+)万元，平均每家公共机构年运维成本约(\d+)元").groups()
    c.same("conflicting_values", fee, byname["能耗监测平台运行维护"]["spent"], "platform fee")
    per_c = dec(fee) * 10000 / dec(n_in)
    if abs(per_c - dec(per)) > D("0.5") + D("1e-9"):
        c.err("average_mismatch", "cost per institution %s vs %s" % (per, q2(per_c)))
    plan, built, dc, ac, left = c.one(r"计划建设充电桩(\d+)个，实际建成(\d+)个（直流快充桩(\d+)个、交流慢充桩(\d+)个），"
                                      r"其余(\d+)个").groups()
    c.calc("sum_mismatch", built, dec(dc) + dec(ac), "piles by type")
    c.calc("sum_mismatch", left, dec(plan) - dec(built), "piles postponed")
    c.same("conflicting_values", c.one(r"除(\d+)个充电桩外").group(1), left, "piles postponed restated")
    sv, pc, paid = c.one(r"核定节约电费([\d.]+)万元，按(\d+)%分享比例支付([\d.]+)万元").groups()
    c.calc("sum_mismatch", paid, dec(sv) * dec(pc) / 100, "EMC share")
    c.same("conflicting_values", paid, byname["合同能源管理节能效益分享"]["spent"], "EMC paid")
    e1, e0, dr = c.one(r"折合标准煤(\d+)吨，较\d{4}年的(\d+)吨下降([\d.]+)%").groups()
    c.calc("rate_mismatch", dr, (dec(e0) - dec(e1)) / dec(e0) * 100, "energy decline")
    fl, ne, sh = c.one(r"公务用车(\d+)辆中新能源车(\d+)辆，占([\d.]+)%").groups()
    c.calc("rate_mismatch", sh, dec(ne) / dec(fl) * 100, "new-energy share")
    # department score table
    drows = {}
    for lab in ("预算执行", "产出指标", "效益指标", "满意度指标"):
        r = row(lab)
        if len(r) != 3:
            raise ParseError("dept score row " + lab)
        drows[lab] = r
        if dec(r[2]) > dec(r[1]) or dec(r[2]) < 0:
            c.err("score_exceeds_weight", lab)
    st = c.all(r"^合计 {2,}(\d+) {2,}([\d.]+)$")
    if len(st) != 1:
        raise ParseError("score total row")
    tw, ts = st[0].groups()
    wsum = sum(dec(r[1]) for r in drows.values())
    if wsum != dec(tw) or wsum != 100:
        c.err("weight_sum_mismatch", "dept weights %s vs %s" % (wsum, tw))
    c.calc("score_sum_mismatch", ts, sum(dec(r[2]) for r in drows.values()), "dept total")
    if not close(drows["预算执行"][2], dec(drows["预算执行"][1]) * dec(spent) / dec(ann)):
        c.warn(WARN, "dept execution score")
    satr = c.one(r"综合满意率([\d.]+)%").group(1)
    if not close(drows["满意度指标"][2], dec(drows["满意度指标"][1]) * dec(satr) / 100):
        c.warn(WARN, "dept satisfaction score (10 × rate)")
    tt, grade, last, up = c.one(r"自评得分([\d.]+)分，等级为“(.+?)”，较\d{4}年的([\d.]+)分提高([\d.]+)分").groups()
    c.same("conflicting_values", tt, ts, "dept total text vs table")
    if GRADE_WORD.get(grade) != grade_of(tt):
        c.err("grade_mismatch", "dept grade %s for %s" % (grade, tt))
    c.calc("conflicting_values", up, dec(tt) - dec(last), "increase over last year")


CHECKERS = {
    "fj-guangze-jienenggaizao-2022": check_fj,
    "ha-biyang-xinnengyuangongche-2019": check_ha,
    "gz-sansui-hetongnengyuan-2021": check_gz,
    "hb-luotian-jieshuijiguan-2020": check_hb,
    "gx-pingnan-jiguanshiwu-bumen-2024": check_gx,
}


def run_checks(source, text):
    c = Ctx(text)
    CHECKERS[source](c)
    return c


def diff_region(a, b):
    """common prefix/suffix: the changed region [p, len(b)-s) in b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = Counter()
    seen = set()
    for lab in labels:
        case, src = lab["case"], lab["source"]
        if case in seen:
            problems.append("duplicate case " + case)
        seen.add(case)
        path = os.path.join(CASES, case)
        text = open(path, encoding="utf-8").read()
        clean_text = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        n = len(clean_text)
        if not 2800 <= n <= 3400:
            problems.append("%s: clean draft has %d characters" % (src, n))
        try:
            c = run_checks(src, text)
        except Exception as e:  # a reader that no longer matches is a failure of the set
            problems.append("%s: parse error: %r" % (case, e))
            continue
        err_codes = set(code for code, _ in c.errors)
        if lab["clean"]:
            if lab["expected"]:
                problems.append(case + ": clean case with labels")
            if text != clean_text:
                problems.append(case + ": clean case differs from clean draft")
            if c.errors or c.warnings:
                problems.append("%s: clean draft fails: %s" % (case, c.errors + c.warnings))
            continue
        if len(lab["expected"]) != 1:
            problems.append(case + ": expected exactly one label")
            continue
        exp = lab["expected"][0]
        codes[exp["code"]] += 1
        if exp["code"] not in CODES13 or exp["severity"] != "error":
            problems.append(case + ": bad code/severity")
        val = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            problems.append("%s: value %r not in case" % (case, val))
        p, e = diff_region(clean_text, text)
        if text == clean_text:
            problems.append(case + ": identical to clean draft")
        if e - p > 200 or len(clean_text) - (len(text) - e) - p > 200:
            problems.append(case + ": edit region too large")
        # single contiguous place: clean[:p] + new + clean[len(clean)-(len(text)-e):]
        if clean_text[:p] != text[:p] or clean_text[len(clean_text) - (len(text) - e):] != text[e:]:
            problems.append(case + ": not a single contiguous edit")
        if not any(o < max(e, p + 1) and o + len(val) > p for o in occ):
            problems.append("%s: value %r does not overlap the edit [%d,%d)" % (case, val, p, e))
        if exp["code"] not in err_codes:
            problems.append("%s: labelled %s does not fail (errors: %s)" % (case, exp["code"], c.errors))
        extra = err_codes - {exp["code"]}
        if extra:
            problems.append("%s: other error codes fail: %s" % (case, [x for x in c.errors if x[0] in extra]))
        for w in c.warnings:
            print("  note %s: warning %s" % (case, w))
    for code in CODES13:
        if codes[code] < 2:
            problems.append("code %s used %d times" % (code, codes[code]))
    print("cases: %d, error cases per code: %s" % (len(labels), dict(sorted(codes.items()))))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
