#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md §A 1-13 occurs at least twice;
4. the arithmetic of every draft is redone from the figures read out of the text (regular
   expressions per project): every check passes on a clean draft; on an error case the labelled
   code fails and no other error-level code fails (warnings such as score_rule_mismatch may).
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
WARNING_CODES = {"score_rule_mismatch"}
D0 = Decimal(0)
HUNDRED = Decimal(100)
WAN = Decimal(10000)


class ParseError(Exception):
    pass


# ------------------------------------------------------------------ number helpers
def dec(s):
    s = s.strip().replace(",", "").replace("%", "")
    if s in ("", "—", "-"):
        return D0
    return Decimal(s)


def ndec(s):
    s = s.strip().replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """Stated string vs computed Decimal, tolerance half a unit of the stated last digit."""
    tol = Decimal("0.5") * (Decimal(10) ** -ndec(stated)) + Decimal("1e-9")
    return abs(dec(stated) - computed) <= tol


def r2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def split_value(s):
    """'≥12万平方米' -> ('gte', Decimal(12), '万平方米'); '365天' -> (None, 365, '天')."""
    s = s.strip()
    sign = None
    if s[:1] in "≥＞>":
        sign, s = "gte", s[1:]
    elif s[:1] in "≤＜<":
        sign, s = "lte", s[1:]
    elif s[:1] in "=＝":
        sign, s = "eq", s[1:]
    m = re.match(r"^([\d.,]+)\s*(.*)$", s)
    if not m:
        return sign, None, s
    return sign, dec(m.group(1)), m.group(2).strip()


# ------------------------------------------------------------------ check context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.results = []  # (code, ok, message)

    def m(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
        return ms[0]

    def g(self, pat, flags=0):
        m = self.m(pat, flags)
        return m.groups() if len(m.groups()) > 1 else m.group(1)

    def add(self, code, ok, msg):
        self.results.append((code, bool(ok), msg))

    # amounts: a mismatch reconciled by a factor 10^4 is a unit slip
    def money(self, code, stated, computed, msg):
        if close(stated, computed):
            self.add(code, True, msg)
        elif computed != 0 and (close(stated, computed * WAN) or close(stated, computed / WAN)):
            self.add("unit_mismatch", False, msg + " (off by 10^4: unit)")
        else:
            self.add(code, False, "%s: stated %s, computed %s" % (msg, stated, computed))

    def rate(self, stated, num, den, msg):
        """Stated rate (percent string) vs num/den; zero base: only 0 or — tolerated."""
        v = dec(stated)
        if den == 0:
            ok = stated.strip() in ("—", "-", "") or v == 0
            self.add("implausible_rate", ok, msg + " (zero base)")
            return
        self.add("implausible_rate", D0 <= v <= HUNDRED, msg + " within 0-100")
        c = num / den * HUNDRED
        self.add("rate_mismatch", close(stated, c), "%s: stated %s, computed %s" % (msg, stated, r2(c)))

    def same(self, a, b, msg, code="conflicting_values"):
        """Same quantity stated twice (strings), compared with the tolerance of the coarser one."""
        ok = close(a, dec(b)) or close(b, dec(a))
        self.add(code, ok, "%s: %s vs %s" % (msg, a, b))

    def year(self, stated, expected, msg, later=False):
        y = int(stated)
        ok = y > expected if later else y == expected
        self.add("year_mismatch", ok, "%s: %s" % (msg, stated))

    def grade(self, word, score, msg):
        g = GRADE_NORM.get(word)
        self.add("grade_mismatch", g == grade_of(score), "%s: %s for %s" % (msg, word, score))


# ------------------------------------------------------------------ indicator rows
def eval_rows(cx, rows):
    """rows: dicts name, kind (gte/lte/eq/qual), target, actual, weight, score, [completion], bounded, band.
    Returns (sum of weights, sum of scores)."""
    sw, ss = D0, D0
    for r in rows:
        w, s = dec(r["weight"]), dec(r["score"])
        sw += w
        ss += s
        cx.add("score_exceeds_weight", D0 <= s <= w, "%s: score %s weight %s" % (r["name"], r["score"], r["weight"]))
        if r["kind"] == "qual":
            lo, hi = r["band"]
            cx.add("score_rule_mismatch", w * lo <= s <= w * hi, "%s: qualitative band" % r["name"])
            continue
        tsign, tv, tu = split_value(r["target"])
        asign, av, au = split_value(r["actual"])
        if tv is None or av is None or tu != au:
            cx.add("unit_mismatch", False, "%s: target %s vs actual %s" % (r["name"], r["target"], r["actual"]))
            continue
        cx.add("unit_mismatch", True, r["name"])
        if au == "%" and r.get("bounded"):
            cx.add("implausible_rate", D0 <= av <= HUNDRED, "%s: %s" % (r["name"], r["actual"]))
        kind = r["kind"]
        if kind in ("gte", "eq"):
            comp = av / tv * HUNDRED
            rule = w * min(av / tv, Decimal(1))
        else:  # lte
            comp = HUNDRED if av <= tv else tv / av * HUNDRED
            rule = w if av <= tv else w * tv / av
        if r.get("completion") is not None:
            cx.add("completion_mismatch", close(r["completion"], comp),
                   "%s: completion %s vs %s" % (r["name"], r["completion"], r2(comp)))
        cx.add("score_rule_mismatch", close(r["score"], r2(rule)) or close(r["score"], rule),
               "%s: score %s vs rule %s" % (r["name"], r["score"], r2(rule)))
    return sw, ss


def exec_score(cx, weight, score, spent, budget, msg="execution score"):
    rule = dec(weight) * min(spent / budget, Decimal(1))
    cx.add("score_rule_mismatch", close(score, rule), "%s: %s vs %s" % (msg, score, r2(rule)))
    cx.add("score_exceeds_weight", D0 <= dec(score) <= dec(weight), msg)


# ------------------------------------------------------------------ project 1: Ruili 2018
def check_ruili(t):
    cx = Ctx(t)
    Y = 2018
    # funds block of the MOF table
    cells = r"\t([^\t\n]*)" * 6
    tot = cx.g(r"\t年度资金总额" + cells)
    cur = cx.g(r"\t其中：当年财政拨款" + cells)
    car = cx.g(r"\t上年结转资金" + cells)
    oth = cx.g(r"\t其他资金" + cells)
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        cx.money("sum_mismatch", tot[i], dec(cur[i]) + dec(car[i]) + dec(oth[i]), "年度资金总额 " + col)
    init, annual, spent = dec(tot[0]), dec(tot[1]), dec(tot[2])
    cx.rate(tot[4], spent, annual, "年度资金总额 执行率")
    cx.rate(cur[4], dec(cur[2]), dec(cur[1]), "当年财政拨款 执行率")
    cx.rate(car[4], dec(car[2]), dec(car[1]), "上年结转 执行率")
    exec_score(cx, tot[3], tot[5], spent, annual)
    # prose: budget build-up
    a1, a2 = cx.g(r"提前下达([\d.]+)万元，\d{4}年3月下达([\d.]+)万元")
    t_init = cx.g(r"年初预算([\d.]+)万元，全部为市级")
    cx.money("sum_mismatch", t_init, dec(a1) + dec(a2), "年初 = 提前下达 + 3月下达")
    cx.same(t_init, tot[0], "年初预算 text vs table")
    add, adj = cx.g(r"追加([\d.]+)万元，当年财政拨款调整为([\d.]+)万元")
    cx.money("sum_mismatch", adj, dec(t_init) + dec(add), "年初 + 追加")
    cx.same(adj, cur[1], "当年财政拨款 text vs table")
    t_car = cx.g(r"结转资金([\d.]+)万元一并纳入")
    cx.same(t_car, car[1], "上年结转 text vs table")
    t_ann = cx.g(r"全年预算合计([\d.]+)万元")
    cx.money("sum_mismatch", t_ann, dec(adj) + dec(t_car), "全年预算 = 当年 + 结转")
    cx.same(t_ann, tot[1], "全年预算 text vs table")
    t_spent, t_rate = cx.g(r"项目实际支出([\d.]+)万元，执行率([\d.]+)%")
    cx.same(t_spent, tot[2], "实际支出 text vs table")
    cx.rate(t_rate, dec(t_spent), dec(t_ann), "执行率 (text)")
    items = cx.g(r"秩序维护([\d.]+)万元，监管设备维护保养([\d.]+)万元，水电及专网通信([\d.]+)万元，地磅检定及维修([\d.]+)万元")
    cx.money("sum_mismatch", t_spent, sum(dec(x) for x in items), "支出内容合计")
    unit, times, amt = cx.g(r"每台次([\d,]+)元送检，全年检定(\d+)台次，计([\d.]+)万元")
    cx.money("sum_mismatch", amt, dec(unit) * dec(times) / WAN, "地磅检定费")
    cx.add("sum_mismatch", dec(amt) <= dec(items[3]), "地磅检定费 within 地磅检定及维修")
    bal = cx.g(r"年末尚有([\d.]+)万元未支付")
    cx.money("balance_mismatch", bal, dec(t_ann) - dec(t_spent), "未支付结转")
    cx.year(cx.g(r"结转至(\d{4})年继续使用"), Y, "结转至", later=True)
    cx.year(cx.g(r"截至(\d{4})年12月31日"), Y, "截至")
    cx.year(cx.g(r"瑞丽市口岸办(\d{4})年度"), Y, "title")
    cx.year(cx.g(r"\n(\d{4})年项目年初预算"), Y, "budget sentence")
    cx.year(cx.g(r"其中(\d{4})年12月市财政提前下达"), Y - 1, "advance in December before")
    cx.year(cx.g(r"(\d{4})年度结转资金"), Y - 1, "carry-over from")
    cx.year(cx.g(r"\n（(\d{4})年度）\n"), Y, "table year")
    # indicators
    spec = [("查验场地维护面积", "gte", False), ("监管设备维护台套数", "gte", False),
            ("查验设备完好率", "gte", True), ("故障修复时限", "lte", False),
            ("监管设备维护费用", "lte", False), ("查验场地全年开放天数", "gte", False),
            ("姐告口岸进出口货运量增幅", "gte", False), ("查验设施使用年限", "qual", False),
            ("查验单位及进出口企业满意度", "gte", True)]
    rows, byname = [], {}
    for name, kind, bounded in spec:
        tg, ac, w, s = cx.g(r"\t" + name + r"\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)")
        r = dict(name=name, kind=kind, target=tg, actual=ac, weight=w, score=s, bounded=bounded,
                 band=(Decimal("0.8"), Decimal(1)))
        rows.append(r)
        byname[name] = r
    sw, ss = eval_rows(cx, rows)
    sw += dec(tot[3])
    ss += dec(tot[5])
    total_w, total = cx.g(r"总分\t+(\d+)\t([\d.]+)")
    cx.add("weight_sum_mismatch", sw == 100 and dec(total_w) == 100, "Σ 分值 = %s" % sw)
    cx.add("score_sum_mismatch", close(total, ss), "Σ 得分 %s vs 总分 %s" % (ss, total))
    t_total = cx.g(r"项目自评得分([\d.]+)分")
    cx.same(t_total, total, "总分 text vs table")
    cx.grade(cx.g(r"评价等级为“(\S+?)”"), dec(t_total), "grade")
    # prose figures that restate the table
    devices = cx.g(r"纳入维保的监管设备(\d+)台套")
    cx.same(devices, byname["监管设备维护台套数"]["actual"].replace("台套", ""), "设备台套数")
    more = cx.g(r"比年初计划多(\d+)台套")
    cx.money("sum_mismatch", more, dec(devices) - split_value(byname["监管设备维护台套数"]["target"])[1], "多出台套数")
    avg = cx.g(r"每台套年均维护费用(\d+)元")
    cx.money("average_mismatch", avg, dec(items[1]) * WAN / dec(devices), "每台套年均维护费用")
    cx.same(cx.g(r"全年维护查验场地([\d.]+)万平方米"), byname["查验场地维护面积"]["actual"].replace("万平方米", ""), "维护面积")
    cx.same(cx.g(r"；查验设备完好率([\d.]+)%"), byname["查验设备完好率"]["actual"], "完好率")
    cx.same(cx.g(r"平均修复时间(\d+)小时"), byname["故障修复时限"]["actual"].replace("小时", ""), "修复时间")
    cx.same(cx.g(r"同比增长([\d.]+)%，低于年初"), byname["姐告口岸进出口货运量增幅"]["actual"], "货运量增幅")
    cx.same(cx.g(r"监管设备维护保养([\d.]+)万元"), byname["监管设备维护费用"]["actual"].replace("万元", ""), "维护费用")
    sent, back, rr = cx.g(r"发放问卷(\d+)份，收回(\d+)份，回收率([\d.]+)%")
    cx.rate(rr, dec(back), dec(sent), "问卷回收率")
    cx.same(cx.g(r"综合满意度([\d.]+)%"), byname["查验单位及进出口企业满意度"]["actual"], "满意度")
    return cx.results


# ------------------------------------------------------------------ project 2: Manzhouli 2020
def check_manzhouli(t):
    cx = Ctx(t)
    Y = 2020

    def frow(label, code):
        return cx.g(r"\t" + re.escape(label) + r"\n\t" + re.escape(code) + r"\n" + r"\t([^\n]*)\n" * 7)

    R = {i: frow(lab, code) for i, (lab, code) in enumerate([
        ("年初预算资金", "(1)"), ("全年预算资金", "(2)"), ("实际到位资金", "(3)"), ("全年执行资金", "(4)"),
        ("资金结余", "(5)=(3)-(4)"), ("预算到位率", "(6)=(3)/(2)"), ("预算执行率(%)", "(7)=(4)/(2)")], 1)}
    cols = ["年度总金额", "小计", "中央级", "自治区级", "市级", "上年结转", "其他"]
    for i in range(1, 6):
        r = R[i]
        cx.money("sum_mismatch", r[0], dec(r[1]) + dec(r[5]) + dec(r[6]), "row (%d) 总金额 = 小计 + 结转 + 其他" % i)
        cx.money("sum_mismatch", r[1], dec(r[2]) + dec(r[3]) + dec(r[4]), "row (%d) 小计 = 中央 + 自治区 + 市级" % i)
    for c in range(7):
        cx.money("balance_mismatch", R[5][c], dec(R[3][c]) - dec(R[4][c]), "(5)=(3)-(4) " + cols[c])
        cx.rate(R[6][c], dec(R[3][c]), dec(R[2][c]), "(6)=(3)/(2) " + cols[c])
        cx.rate(R[7][c], dec(R[4][c]), dec(R[2][c]), "(7)=(4)/(2) " + cols[c])
    annual, spent = dec(R[2][0]), dec(R[4][0])
    # prose on funds
    t_init, t_add, t_car, t_ann = cx.g(r"年初预算([\d.]+)万元，6月自治区追加口岸疫情防控补助([\d.]+)万元，连同\d{4}年结转资金([\d.]+)万元，全年预算资金([\d.]+)万元")
    cx.same(t_init, R[1][0], "年初 text vs table")
    cx.money("sum_mismatch", R[2][3], dec(R[1][3]) + dec(t_add), "自治区 全年 = 年初 + 追加")
    cx.same(t_car, R[2][5], "结转 text vs table")
    cx.money("sum_mismatch", t_ann, dec(t_init) + dec(t_add) + dec(t_car), "全年 = 年初 + 追加 + 结转")
    cx.same(t_ann, R[2][0], "全年预算 text vs table")
    t_spent, t_rate = cx.g(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    cx.same(t_spent, R[4][0], "支出 text vs table")
    cx.rate(t_rate, dec(t_spent), dec(t_ann), "执行率 text")
    sb, ss_, sr = cx.g(r"维护的([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%")
    cx.rate(sr, dec(ss_), dec(sb), "消杀专项执行率")
    cx.add("sum_mismatch", dec(sb) <= dec(t_add), "消杀专项 within 追加")
    cx.year(cx.g(r"结转至(\d{4})年支付"), Y, "结转至", later=True)
    cx.year(cx.g(r"连同(\d{4})年结转资金"), Y - 1, "carry-over from")
    cx.year(cx.g(r"\n(\d{4})年度绩效自评报告"), Y, "title")
    # 附件1 rows: weight, target, actual, completion, score
    spec = [("预算执行率", "exec", True), ("查验场地维护面积", "gte", False), ("监管设备维护保养次数", "gte", False),
            ("查验设备完好率", "gte", True), ("故障响应时间", "lte", False), ("运维成本控制", "lte", False),
            ("货运通道保障天数", "gte", False), ("设备平均无故障运行时间", "gte", False),
            ("驻口岸查验单位满意度", "gte", True)]
    levels = {"预算执行": ["预算执行率"],
              "产出指标": ["查验场地维护面积", "监管设备维护保养次数", "查验设备完好率", "故障响应时间", "运维成本控制"],
              "效益指标": ["货运通道保障天数", "设备平均无故障运行时间"],
              "满意度指标": ["驻口岸查验单位满意度"]}
    rows, byname = [], {}
    for name, kind, bounded in spec:
        w, tg, ac, comp, s = cx.g(r"\t" + name + r"\n\t([^\n]*)\n\t([^\n]*)\n\t([^\n]*)\n\t([^\n]*)\n\t([^\n]*)\n")
        r = dict(name=name, kind=kind, target=tg, actual=ac, weight=w, score=s, completion=comp, bounded=bounded)
        byname[name] = r
        if kind == "exec":
            cx.same(ac, R[7][0], "预算执行率 附件1 vs funds table")
            cx.rate(ac, spent, annual, "预算执行率 附件1")
            cx.add("completion_mismatch", close(comp, dec(ac) / dec(tg) * HUNDRED), "exec completion")
            exec_score(cx, w, s, spent, annual)
        else:
            rows.append(r)
    eval_rows(cx, rows)
    sum_w = sum(dec(r["weight"]) for r in byname.values())
    cx.add("weight_sum_mismatch", sum_w == 100, "Σ 权重 = %s" % sum_w)
    lvl_total_w, lvl_total_s = D0, D0
    for lv, names in levels.items():
        lw, ls = cx.g(r"\t" + lv + r"\n\t([\d.]+)\n\t([\d.]+)\n\n")
        lvl_total_w += dec(lw)
        lvl_total_s += dec(ls)
        cx.add("weight_sum_mismatch", dec(lw) == sum(dec(byname[n]["weight"]) for n in names), lv + " weight")
        cx.add("score_sum_mismatch", close(ls, sum(dec(byname[n]["score"]) for n in names)), lv + " score")
        cx.add("score_exceeds_weight", dec(ls) <= dec(lw), lv)
    cx.add("weight_sum_mismatch", lvl_total_w == 100, "Σ 一级权重")
    t_total, gword = cx.g(r"总得分([\d.]+)分，等级为“(\S+?)”")
    cx.add("score_sum_mismatch", close(t_total, lvl_total_s), "总得分 %s vs Σ 一级 %s" % (t_total, lvl_total_s))
    cx.add("score_sum_mismatch", close(t_total, sum(dec(r["score"]) for r in byname.values())), "总得分 vs Σ rows")
    cx.grade(gword, dec(t_total), "grade")
    # prose restating the table
    n_jobs, per_month = cx.g(r"累计维护保养(\d+)次，月均(\d+)次")
    cx.add("average_mismatch", close(per_month, dec(n_jobs) / 12), "月均 %s vs %s/12" % (per_month, n_jobs))
    cx.same(n_jobs, byname["监管设备维护保养次数"]["actual"].replace("次", ""), "保养次数")
    a, b, c, avg = cx.g(r"分别为(\d+)%、(\d+)%、(\d+)%，平均(\d+)%")
    cx.add("average_mismatch", close(avg, (dec(a) + dec(b) + dec(c)) / 3), "三区满意度平均")
    cx.same(avg + "%", byname["驻口岸查验单位满意度"]["actual"], "满意度")
    ok_rate, resp = cx.g(r"设备完好率([\d.]+)%，故障平均响应时间([\d.]+)小时")
    cx.same(ok_rate + "%", byname["查验设备完好率"]["actual"], "完好率")
    cx.same(resp, byname["故障响应时间"]["actual"].replace("小时", ""), "响应时间")
    cx.same(cx.g(r"全年货运通道保障(\d+)天"), byname["货运通道保障天数"]["actual"].replace("天", ""), "保障天数")
    cx.same(cx.g(r"无故障运行时间达到(\d+)小时"), byname["设备平均无故障运行时间"]["actual"].replace("小时", ""), "无故障时间")
    return cx.results


# ------------------------------------------------------------------ project 3: Dandong 2022
def check_dandong(t):
    cx = Ctx(t)
    Y = 2022
    cells = r"｜([^｜\n]*)" * 6
    tot = cx.g(r"｜年度资金总额" + cells)
    cur = cx.g(r"｜其中：当年财政拨款" + cells)
    car = cx.g(r"｜上年结转资金" + cells)
    oth = cx.g(r"｜其他资金" + cells)
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        cx.money("sum_mismatch", tot[i], dec(cur[i]) + dec(car[i]) + dec(oth[i]), "年度资金总额 " + col)
    annual, spent = dec(tot[1]), dec(tot[2])
    cx.rate(tot[4], spent, annual, "自评表 执行率")
    exec_score(cx, tot[3], tot[5], spent, annual)
    t_init = cx.g(r"年年初预算([\d.]+)万元")
    cx.same(t_init, tot[0], "年初 text vs table")
    cut, t_ann = cx.g(r"调减预算([\d.]+)万元，全年预算([\d.]+)万元")
    cx.money("sum_mismatch", t_ann, dec(t_init) - dec(cut), "全年 = 年初 − 调减")
    cx.same(t_ann, tot[1], "全年预算 text vs table")
    t_spent, t_rate, bal = cx.g(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    cx.same(t_spent, tot[2], "支出 text vs table")
    cx.rate(t_rate, dec(t_spent), dec(t_ann), "执行率 text")
    cx.money("balance_mismatch", bal, dec(t_ann) - dec(t_spent), "结余 = 到位 − 支出")
    cx.rate(cx.g(r"资金执行率达([\d.]+)%"), spent, annual, "执行率 conclusion")
    # 表1 by port
    ports = [cx.g(r"\n" + p + r"｜([\d.]+)｜([\d.]+)\n") for p in ("丹东公路口岸", "丹东铁路口岸", "大东港口岸")]
    sb, ss_ = cx.g(r"\n合计｜([\d.]+)｜([\d.]+)\n")
    cx.money("sum_mismatch", sb, sum(dec(p[0]) for p in ports), "表1 全年预算合计")
    cx.money("sum_mismatch", ss_, sum(dec(p[1]) for p in ports), "表1 实际支出合计")
    cx.same(sb, tot[1], "表1 预算 vs 自评表")
    cx.same(ss_, tot[2], "表1 支出 vs 自评表")
    for p in ports:
        cx.add("implausible_rate", dec(p[1]) <= dec(p[0]), "port spent within budget")
    per, n, amt = cx.g(r"每台年维保费([\d.]+)万元，(\d+)台共([\d.]+)万元")
    cx.money("sum_mismatch", amt, dec(per) * dec(n), "H986 维保费")
    per, n, amt = cx.g(r"按每路每年([\d,]+)元结算，共(\d+)路，计([\d.]+)万元")
    cx.money("sum_mismatch", amt, dec(per) * dec(n) / WAN, "视频监控维护费")
    # years
    cx.year(cx.g(r"\n(\d{4})年度项目支出绩效自评报告"), Y, "title")
    cx.year(cx.g(r"\n(\d{4})年度项目支出绩效自评表"), Y, "table title")
    cx.year(cx.g(r"截至(\d{4})年12月31日"), Y, "截至")
    cx.year(cx.g(r"\n(\d{4})年年初预算"), Y, "budget sentence")
    cx.year(cx.g(r"表1  (\d{4})年分口岸"), Y, "表1 year")
    # indicators
    spec = [("查验场地维护面积", "gte", False), ("视频监控点位维护数量", "gte", False),
            ("大型检查设备维保台数", "eq", False), ("监管设备完好率", "gte", True),
            ("维保按合同约定时间完成率", "eq", True), ("项目支出控制数", "lte", False),
            ("因设施故障中断查验作业次数", "lte", False), ("大东港口岸货物吞吐量", "gte", False),
            ("查验设施长效运维机制", "qual", False), ("驻口岸查验单位满意度", "gte", True),
            ("进出口企业满意度", "gte", True)]
    rows, byname = [], {}
    for name, kind, bounded in spec:
        tg, ac, w, s = cx.g(r"｜" + name + r"｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜")
        r = dict(name=name, kind=kind, target=tg, actual=ac, weight=w, score=s, bounded=bounded,
                 band=(Decimal("0.8"), Decimal(1)))
        rows.append(r)
        byname[name] = r
    sw, ss = eval_rows(cx, rows)
    sw += dec(tot[3])
    ss += dec(tot[5])
    tw, total = cx.g(r"总分｜+(\d+)｜([\d.]+)｜")
    cx.add("weight_sum_mismatch", sw == 100 and dec(tw) == 100, "Σ 分值 %s" % sw)
    cx.add("score_sum_mismatch", close(total, ss), "Σ 得分 %s vs %s" % (ss, total))
    t_total, gword = cx.g(r"项目自评得分([\d.]+)分，评价等级为“(\S+?)”")
    cx.same(t_total, total, "总分 text vs table")
    cx.grade(gword, dec(t_total), "grade")
    # prose restating indicators
    cx.same(cx.g(r"完成查验场地维护([\d.]+)万平方米"), byname["查验场地维护面积"]["actual"].replace("万平方米", ""), "面积")
    pts, more = cx.g(r"维护视频监控点位(\d+)路，比年度指标多(\d+)路")
    cx.same(pts, byname["视频监控点位维护数量"]["actual"].replace("路", ""), "监控点位")
    cx.money("sum_mismatch", more, dec(pts) - split_value(byname["视频监控点位维护数量"]["target"])[1], "多出点位")
    cx.same(cx.g(r"共(\d+)路，计"), pts, "点位 in cost sentence")
    h, v = cx.g(r"(\d+)台H986检查系统及(\d+)台车辆检查设备")
    cx.money("sum_mismatch", byname["大型检查设备维保台数"]["actual"].replace("台", ""), dec(h) + dec(v), "大型设备台数")
    cx.same(cx.g(r"；监管设备完好率(\d+)%"), byname["监管设备完好率"]["actual"].replace("%", ""), "完好率")
    cx.same(cx.g(r"中断查验作业(\d+)次，"), byname["因设施故障中断查验作业次数"]["actual"].replace("次", ""), "中断次数")
    cx.same(cx.g(r"完成货物吞吐量(\d+)万吨"), byname["大东港口岸货物吞吐量"]["actual"].replace("万吨", ""), "吞吐量")
    s1, s2 = cx.g(r"查验单位满意度(\d+)%，进出口企业满意度(\d+)%")
    cx.same(s1, byname["驻口岸查验单位满意度"]["actual"].replace("%", ""), "查验单位满意度")
    cx.same(s2, byname["进出口企业满意度"]["actual"].replace("%", ""), "企业满意度")
    return cx.results


# ------------------------------------------------------------------ project 4: Horgos 2023
def check_horgos(t):
    cx = Ctx(t)
    Y = 2023
    cells = r" (\S+)" * 6
    tot = cx.g(r"\n年度资金总额" + cells)
    cur = cx.g(r"\n其中：当年财政拨款" + cells)
    car = cx.g(r"\n上年结转资金" + cells)
    oth = cx.g(r"\n其他资金" + cells)
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        cx.money("sum_mismatch", tot[i], dec(cur[i]) + dec(car[i]) + dec(oth[i]), "年度资金总额 " + col)
    annual, spent = dec(tot[1]), dec(tot[2])
    cx.rate(tot[4], spent, annual, "自评表 执行率")
    exec_score(cx, tot[3], tot[5], spent, annual)
    t_init = cx.g(r"年年初预算([\d.]+)万元")
    reg, city = cx.g(r"专项资金([\d.]+)万元、市级配套资金([\d.]+)万元")
    cx.money("sum_mismatch", t_init, dec(reg) + dec(city), "年初 = 自治区 + 市级")
    cx.same(t_init, tot[0], "年初 text vs table")
    add = cx.g(r"市级追加([\d.]+)万\n?元")
    adj = cx.g(r"调整为([\d.]+)万元")
    cx.money("sum_mismatch", adj, dec(t_init) + dec(add), "年初 + 追加")
    cx.same(adj, cur[1], "当年财政拨款 text vs table")
    t_car = cx.g(r"结转资\n?金([\d.]+)万元")
    cx.same(t_car, car[1], "结转 text vs table")
    t_ann = cx.g(r"全年预算合计([\d.]+)万元")
    cx.money("sum_mismatch", t_ann, dec(adj) + dec(t_car), "全年 = 当年 + 结转")
    cx.same(t_ann, tot[1], "全年 text vs table")
    t_spent, t_rate = cx.g(r"全年执行([\d.]+)万元，预算执行率\n?([\d.]+)%")
    cx.same(t_spent, tot[2], "执行 text vs table")
    cx.rate(t_rate, dec(t_spent), dec(t_ann), "执行率 text")
    last, diff = cx.g(r"比\d{4}年的([\d.]+)%提高([\d.]+)个百分点")
    cx.money("sum_mismatch", diff, dec(t_rate) - dec(last), "百分点差")
    c_spent, c_rate = cx.g(r"财政拨款执行([\d.]+)万元，执行率([\d.]+)%")
    cx.same(c_spent, cur[2], "当年执行 text vs table")
    cx.rate(c_rate, dec(c_spent), dec(adj), "当年财政拨款执行率")
    items = cx.g(r"查验场地保洁([\d.]+)万元，监管设备维\n?保([\d.]+)万元，水电暖([\d.]+)万元，安防及专网([\d.]+)万元")
    cx.money("sum_mismatch", t_spent, sum(dec(x) for x in items), "用途合计")
    price, area, months, amt = cx.g(r"每平方米每月([\d.]+)元，\n?保洁面积(\d+)万平方米，全年(\d+)个月计([\d.]+)万元")
    cx.money("sum_mismatch", amt, dec(price) * dec(area) * dec(months), "保洁费 = 单价 × 面积 × 月数")
    cx.same(amt, items[0], "保洁费")
    devices, avg = cx.g(r"入维保的监管设备(\d+)台套，平均每台套(\d+)元")
    cx.money("average_mismatch", avg, dec(items[1]) * WAN / dec(devices), "每台套平均维保费")
    bal = cx.g(r"尚有([\d.]+)万元未支出")
    cx.money("balance_mismatch", bal, dec(t_ann) - dec(t_spent), "未支出")
    cx.year(cx.g(r"已结转(\d{4})年使用"), Y, "结转", later=True)
    cx.year(cx.g(r"截至(\d{4})\n?年12月31日"), Y, "截至")
    cx.year(cx.g(r"\n(\d{4})年度口岸查验场地"), Y, "title")
    cx.year(cx.g(r"\n(\d{4})年年初预算"), Y, "budget sentence")
    cx.year(cx.g(r"另有(\d{4})年结转"), Y - 1, "carry-over from")
    cx.year(cx.g(r"\n（(\d{4})年度）\n"), Y, "table year")
    cx.add("year_mismatch", int(cx.g(r"\n(\d{4})年3月18日\n")) in (Y, Y + 1), "report date")
    # indicators
    spec = [("查验场地保洁面积", "gte", False), ("监管设备维保台套数", "gte", False), ("设备完好率", "gte", True),
            ("故障处置及时率", "gte", True), ("场地保洁单价", "lte", False), ("查验场地保障开放天数", "gte", False),
            ("口岸进出口货运量同比增长", "gte", False), ("查验设施运维长效机制", "qual", False),
            ("驻场查验单位满意度", "gte", True), ("通关企业及司机满意度", "gte", True)]
    rows, byname = [], {}
    for name, kind, bounded in spec:
        tg, ac, w, s = cx.g(r"(?<=[ \n])" + name + r" (\S+) (\S+) (\S+) (\S+)")
        r = dict(name=name, kind=kind, target=tg, actual=ac, weight=w, score=s, bounded=bounded,
                 band=(Decimal("0.8"), Decimal(1)))
        rows.append(r)
        byname[name] = r
    sw, ss = eval_rows(cx, rows)
    sw += dec(tot[3])
    ss += dec(tot[5])
    tw, total = cx.g(r"\n总分 (\d+) ([\d.]+)")
    cx.add("weight_sum_mismatch", sw == 100 and dec(tw) == 100, "Σ 分值 %s" % sw)
    cx.add("score_sum_mismatch", close(total, ss), "Σ 得分 %s vs 总分 %s" % (ss, total))
    approx = cx.g(r"综合得分约(\d+)分")   # 约: ± half a unit, never flagged unless outside
    cx.add("score_sum_mismatch", abs(dec(approx) - ss) <= Decimal("0.5"), "约%s分 vs Σ %s" % (approx, ss))
    cx.add("conflicting_values", abs(dec(approx) - dec(total)) <= Decimal("0.5"), "约%s分 vs 总分 %s" % (approx, total))
    gword = cx.g(r"评价等级为“(\S+?)”")
    cx.grade(gword, dec(total), "grade vs table total")
    cx.grade(gword, dec(approx), "grade vs text total")
    # prose restating indicators / completion
    grow, comp = cx.g(r"同比增长([\d.]+)%，完成年度指标值的([\d.]+)%")
    cx.same(grow + "%", byname["口岸进出口货运量同比增长"]["actual"], "货运量增幅")
    tgt = split_value(byname["口岸进出口货运量同比增长"]["target"])[1]
    cx.add("completion_mismatch", close(comp, dec(grow) / tgt * HUNDRED), "货运量完成率 %s" % comp)
    more = cx.g(r"较年度指标多(\d+)台套")
    cx.money("sum_mismatch", more, dec(devices) - split_value(byname["监管设备维保台套数"]["target"])[1], "多出台套")
    cx.same(devices, byname["监管设备维保台套数"]["actual"].replace("台套", ""), "台套数")
    cx.same(cx.g(r"完成查验场地保洁(\d+)万平方米"), byname["查验场地保洁面积"]["actual"].replace("万平方米", ""), "保洁面积")
    cx.same(area, byname["查验场地保洁面积"]["actual"].replace("万平方米", ""), "保洁面积 (cost)")
    cx.same(price, byname["场地保洁单价"]["actual"].replace("元/平方米·月", ""), "保洁单价")
    cx.same(cx.g(r"；设备完好率([\d.]+)%"), byname["设备完好率"]["actual"].replace("%", ""), "完好率")
    cx.same(cx.g(r"及时率\n(\d+)%"), byname["故障处置及时率"]["actual"].replace("%", ""), "及时率")
    cx.same(cx.g(r"查验场地全年开放(\d+)天"), byname["查验场地保障开放天数"]["actual"].replace("天", ""), "开放天数")
    return cx.results


# ------------------------------------------------------------------ project 5: Hunchun 2024 (department)
def check_hunchun(t):
    cx = Ctx(t)
    Y = 2024
    three = r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\n"
    basic = cx.g(r"\n一、基本支出" + three)
    staff = cx.g(r"\n其中：人员经费" + three)
    office = cx.g(r"\n公用经费" + three)
    proj = cx.g(r"\n二、项目支出" + three)
    total = cx.g(r"\n合计" + three)
    for i, col in enumerate(("年初预算", "调整后预算", "实际支出")):
        cx.money("sum_mismatch", basic[i], dec(staff[i]) + dec(office[i]), "基本支出 " + col)
        cx.money("sum_mismatch", total[i], dec(basic[i]) + dec(proj[i]), "合计 " + col)
    for row, nm in ((basic, "基本"), (staff, "人员"), (office, "公用"), (proj, "项目"), (total, "合计")):
        cx.add("implausible_rate", dec(row[2]) <= dec(row[1]), nm + " spent within budget")
    t_init, add, a_plat, a_staff, adj = cx.g(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元（其中口岸电子信息平台运维([\d.]+)万元、人员经费调资([\d.]+)万元），调整后预算([\d.]+)万元")
    cx.same(t_init, total[0], "年初 text vs 表1")
    cx.money("sum_mismatch", add, dec(a_plat) + dec(a_staff), "追加 = 平台 + 调资")
    cx.money("sum_mismatch", adj, dec(t_init) + dec(add), "调整后 = 年初 + 追加")
    cx.same(adj, total[1], "调整后 text vs 表1")
    cx.money("sum_mismatch", proj[1], dec(proj[0]) + dec(a_plat), "项目支出 调整后 = 年初 + 平台追加")
    cx.money("sum_mismatch", staff[1], dec(staff[0]) + dec(a_staff), "人员经费 调整后 = 年初 + 调资")
    t_spent, t_rate = cx.g(r"部门实际支出([\d.]+)万元，整体预算执行率([\d.]+)%")
    cx.same(t_spent, total[2], "支出 text vs 表1")
    cx.rate(t_rate, dec(t_spent), dec(adj), "整体执行率")
    cx.rate(cx.g(r"基本支出执行率([\d.]+)%"), dec(basic[2]), dec(basic[1]), "基本支出执行率")
    cx.rate(cx.g(r"项目支出执行率([\d.]+)%"), dec(proj[2]), dec(proj[1]), "项目支出执行率")
    bal = cx.g(r"未支出的([\d.]+)万元")
    cx.money("balance_mismatch", bal, dec(adj) - dec(t_spent), "未支出")
    cx.year(cx.g(r"已按规定结转(\d{4})年使用"), Y, "结转", later=True)
    cx.year(cx.g(r"截至(\d{4})年12月31日"), Y, "截至")
    cx.year(cx.g(r"\n(\d{4})年度部门整体支出绩效自评报告"), Y, "title")
    cx.year(cx.g(r"\n(\d{4})年部门年初预算"), Y, "budget sentence")
    cx.year(cx.g(r"上年（(\d{4})年）"), Y - 1, "last year")
    cx.year(cx.g(r"表1 (\d{4})年部门预算"), Y, "表1")
    cx.year(cx.g(r"表2 (\d{4})年项目支出"), Y, "表2")
    cx.year(cx.g(r"\n（(\d{4})年度）\n"), Y, "自评表 year")
    # 表2 projects
    projs = []
    for i in range(1, 5):
        b, s, r, sc, gd = cx.g(r"\n%d\t[^\t\n]+\t([\d.]+)\t([\d.]+)\t([^\t\n]+)\t([^\t\n]+)\t([^\t\n]+)\n" % i)
        projs.append((b, s, r, sc, gd))
        cx.rate(r, dec(s), dec(b), "project %d 执行率" % i)
        cx.add("score_exceeds_weight", D0 <= dec(sc) <= 100, "project %d score ≤ 100" % i)
        cx.grade(gd, dec(sc), "project %d grade" % i)
    b5, s5, r5 = cx.g(r"\n5\t口岸联检楼应急维修\t([\d.]+)\t([\d.]+)\t([^\t\n]+)\t")
    cx.rate(r5, dec(s5), dec(b5), "project 5 执行率")
    pb, ps, pr = cx.g(r"\n合计\t\t([\d.]+)\t([\d.]+)\t([\d.]+%)")
    cx.money("sum_mismatch", pb, sum(dec(p[0]) for p in projs) + dec(b5), "表2 预算合计")
    cx.money("sum_mismatch", ps, sum(dec(p[1]) for p in projs) + dec(s5), "表2 执行合计")
    cx.rate(pr, dec(ps), dec(pb), "表2 合计执行率")
    cx.same(pb, proj[1], "表2 预算 vs 表1 项目支出")
    cx.same(ps, proj[2], "表2 执行 vs 表1 项目支出")
    avg = cx.g(r"平均自评得分([\d.]+)分")
    cx.add("average_mismatch", close(avg, sum(dec(p[3]) for p in projs) / 4), "平均自评得分 %s" % avg)
    n_you, n_liang = cx.g(r"(\d)个项目等级为优、(\d)个项目为良")
    cx.add("grade_mismatch", int(n_you) == sum(1 for p in projs if p[4] == "优")
           and int(n_liang) == sum(1 for p in projs if p[4] == "良"), "grade counts")
    cx.same(cx.g(r"运维项目预算([\d.]+)万元"), projs[0][0], "公路口岸项目预算 text vs 表2")
    # 自评表
    spec = [("查验场地维护面积", "gte", False), ("监管设备维护台套数", "gte", False), ("监管设备完好率", "gte", True),
            ("维修工程按期完工率", "gte", True), ("项目支出控制数", "lte", False), ("口岸通关保障天数", "gte", False),
            ("口岸进出境货运量", "gte", False), ("查验设施运维长效机制", "qual", False),
            ("驻口岸单位及通关企业满意度", "gte", True)]
    rows, byname = [], {}
    for name, kind, bounded in spec:
        tg, ac, w, s = cx.g(r"\t" + name + r"\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)(?:\n|$)")
        r = dict(name=name, kind=kind, target=tg, actual=ac, weight=w, score=s, bounded=bounded,
                 band=(Decimal("0.8"), Decimal(1)))
        rows.append(r)
        byname[name] = r
    sw, ss = eval_rows(cx, rows)
    etg, eac, ew, es = cx.g(r"\t部门预算执行率\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\n")
    cx.rate(eac, dec(total[2]), dec(total[1]), "自评表 部门预算执行率")
    exec_score(cx, ew, es, dec(total[2]), dec(total[1]))
    sw += dec(ew)
    ss += dec(es)
    tw, tscore = cx.g(r"\n合计\t+(\d+)\t([\d.]+)")
    cx.add("weight_sum_mismatch", sw == 100 and dec(tw) == 100, "Σ 分值 %s" % sw)
    cx.add("score_sum_mismatch", close(tscore, ss), "Σ 得分 %s vs %s" % (ss, tscore))
    t_total, gword = cx.g(r"自评得分([\d.]+)分，评价等级为“(\S+?)”")
    cx.same(t_total, tscore, "总分 text vs table")
    cx.grade(gword, dec(t_total), "grade")
    # prose restating indicators
    area, dev, okr = cx.g(r"维护查验场地([\d.]+)万平方米，维护监管设备(\d+)台套，监管设备完好率([\d.]+)%")
    cx.same(area, byname["查验场地维护面积"]["actual"].replace("万平方米", ""), "面积")
    cx.same(dev, byname["监管设备维护台套数"]["actual"].replace("台套", ""), "台套")
    cx.same(okr, byname["监管设备完好率"]["actual"].replace("%", ""), "完好率")
    n_all, n_ok, pr_ = cx.g(r"维修工程(\d+)项，按期完工(\d+)项，按期完工率(\d+)%")
    cx.rate(pr_, dec(n_ok), dec(n_all), "按期完工率")
    cx.same(pr_, byname["维修工程按期完工率"]["actual"].replace("%", ""), "按期完工率 text vs table")
    cx.same(cx.g(r"保障通关(\d+)天"), byname["口岸通关保障天数"]["actual"].replace("天", ""), "天数")
    cx.add("year_mismatch", int(byname["口岸通关保障天数"]["actual"].replace("天", "")) <= (366 if Y % 4 == 0 else 365), "days in year")
    cx.same(cx.g(r"货运量([\d.]+)万吨"), byname["口岸进出境货运量"]["actual"].replace("万吨", ""), "货运量")
    cx.same(cx.g(r"问卷150份，满意度(\d+)%"), byname["驻口岸单位及通关企业满意度"]["actual"].replace("%", ""), "满意度")
    return cx.results


CHECKERS = {
    "yn-ruili-kouanchayan-2018": check_ruili,
    "nm-manzhouli-gonglukouan-2020": check_manzhouli,
    "ln-dandong-chayanshebei-2022": check_dandong,
    "xj-huoerguosi-kouanyunwei-2023": check_horgos,
    "jl-hunchun-kouanban-bumen-2024": check_hunchun,
}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def diff_region(a, b):
    """[start, end) in b of the one contiguous place where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if line.strip()]
    codes = Counter()
    where = Counter()
    for lab in labels:
        case, src = lab["case"], lab["source"]
        text = read(os.path.join(CASES, case))
        try:
            results = CHECKERS[src](text)
        except (ParseError, ArithmeticError, ValueError) as exc:
            problems.append("%s: parse error %r" % (case, exc))
            continue
        failed = [(c, m) for c, ok, m in results if not ok]
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % case)
            for c, m in failed:
                problems.append("%s (clean): %s failed: %s" % (case, c, m))
            if not 2800 <= len(text) <= 3400:
                problems.append("%s: length %d outside 2800-3400" % (case, len(text)))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        if exp["severity"] != "error" or code not in CODES:
            problems.append("%s: bad code/severity %s/%s" % (case, code, exp["severity"]))
        if value not in text:
            problems.append("%s: label value not in case" % case)
        clean = read(os.path.join(CASES, src + "-clean.txt"))
        s, e = diff_region(clean, text)
        if s >= e:
            problems.append("%s: no difference from the clean draft" % case)
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < e and o + len(value) > s for o in occ):
            problems.append("%s: label value does not overlap the changed place [%d,%d)" % (case, s, e))
        failed_err = {c for c, m in failed if c not in WARNING_CODES}
        if code not in failed_err:
            problems.append("%s: labelled %s does not fail" % (case, code))
        for c in sorted(failed_err - {code}):
            msgs = [m for cc, m in failed if cc == c]
            problems.append("%s: unlabelled %s fails: %s" % (case, c, msgs))
        warn = [m for c, m in failed if c in WARNING_CODES]
        print("%-40s %-22s failed: %s%s" % (case, code, sorted(failed_err),
                                             ("  (warnings: %d)" % len(warn)) if warn else ""))
    for c in CODES:
        if codes[c] < 2:
            problems.append("code %s used %d times (< 2)" % (c, codes[c]))
    print("codes:", dict(sorted(codes.items())))
    print("checks per clean draft:", {src: len(fn(read(os.path.join(CASES, src + "-clean.txt"))))
                                      for src, fn in CHECKERS.items()})
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
