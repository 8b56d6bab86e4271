#!/usr/bin/env python3
"""Re-read the figures of every draft in cases/ and redo the arithmetic (stdlib + decimal only).

For each case the checks of its project are run (rules.md §7 identities, §8 tolerance from the stated
decimals, ROUND_HALF_UP).  A clean draft must break no identity; an error case must break exactly the one
identity named in labels.jsonl (same code, one finding).  Also re-checks the one-contiguous-edit rule and
that each label value occurs exactly once in its case and covers the edit.  Prints OK or the problems.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

GRADE = {"优": (90, 101), "优秀": (90, 101), "良": (80, 90), "良好": (80, 90),
         "中": (60, 80), "中等": (60, 80), "差": (0, 60)}


# ---------------------------------------------------------------- numbers
def num(s):
    return D(s.replace(",", "").strip())


def ndp(s):
    s = s.replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated: string as written; computed: Decimal.  §8 tolerance."""
    return abs(D(computed) - num(stated)) <= D("0.5") * D(10) ** (-ndp(stated)) + D("1e-9")


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.lines = text.split("\n")
        self.found = []

    def flag(self, code, msg):
        self.found.append((code, msg))

    # ---- regex helpers
    def one(self, pat, n=1):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != n:
            raise AssertionError("pattern %r matched %d times, expected %d" % (pat, len(ms), n))
        return ms[0] if n == 1 else ms

    # ---- table helpers
    def block(self, title):
        """Lines after the (unique) line containing `title` up to the next blank line."""
        idx = [i for i, l in enumerate(self.lines) if title in l]
        if len(idx) != 1:
            raise AssertionError("table title %r found %d times" % (title, len(idx)))
        out = []
        for l in self.lines[idx[0] + 1:]:
            if not l.strip():
                break
            out.append(l)
        return out

    @staticmethod
    def row(block, first):
        rs = [l.split("\t") for l in block if l.split("\t")[0] == first]
        if len(rs) != 1:
            raise AssertionError("row %r found %d times" % (first, len(rs)))
        return rs[0]

    @staticmethod
    def rowc(block, cell, pos=1):
        rs = [l.split("\t") for l in block if len(l.split("\t")) > pos and l.split("\t")[pos] == cell]
        if len(rs) != 1:
            raise AssertionError("row with %r found %d times" % (cell, len(rs)))
        return rs[0]

    # ---- identity helpers
    def money(self, stated, expected, code, msg):
        """Same amount: stated string vs Decimal.  A 10^4 rescale that reconciles it is unit_mismatch."""
        if ok(stated, expected):
            return
        v = num(stated)
        if abs(v / 10000 - expected) <= D("0.005") or abs(v * 10000 - expected) <= D("0.5"):
            self.flag("unit_mismatch", msg + ": %s off by 10^4 from %s" % (stated, expected))
        else:
            self.flag(code, msg + ": stated %s, expected %s" % (stated, expected))

    def same(self, stated, expected, msg):
        self.money(stated, expected, "conflicting_values", msg)

    def total(self, stated, parts, msg):
        self.money(stated, sum(parts, D(0)), "sum_mismatch", msg)

    def rate(self, stated, n, d, msg):
        """stated: '94.27' (no %), or '—'."""
        if d == 0:
            if stated.strip() not in ("—", "-", "", "0"):
                self.flag("implausible_rate", msg + ": rate %s on a zero base" % stated)
            return
        if stated.strip() in ("—", "-"):
            return
        c = D(n) / D(d) * 100
        if not ok(stated, c):
            self.flag("rate_mismatch", msg + ": stated %s%%, computed %.4f%%" % (stated, c))
        elif num(stated) > 100:
            self.flag("implausible_rate", msg + ": %s%% above 100%%" % stated)

    def balance(self, stated, received, spent, msg):
        self.money(stated, D(received) - D(spent), "balance_mismatch", msg)

    def average(self, stated, items, n, msg):
        c = sum(items, D(0)) / n
        if not ok(stated, c):
            self.flag("average_mismatch", msg + ": stated %s, mean %.4f" % (stated, c))

    def approx_average(self, stated, items, n, msg):
        c = sum(items, D(0)) / n
        half = D("0.5") * D(10) ** (-ndp(stated))
        if not (num(stated) - half <= c <= num(stated) + half):
            self.flag("average_mismatch", msg + ": 约%s vs mean %.4f" % (stated, c))

    def exec_score(self, stated, rate_str, spent, annual, weight, msg):
        """score = weight × min(rate,100%); either from amounts or from the printed rate (rules §8)."""
        a = D(weight) * min(D(spent) / D(annual), D(1))
        b = D(weight) * min(num(rate_str) / 100, D(1))
        if not (ok(stated, a) or ok(stated, b)):
            self.flag("score_rule_mismatch", msg + ": %s vs %.4f" % (stated, a))

    def grade(self, score_str, label, msg):
        lo, hi = GRADE[label]
        s = num(score_str)
        if not (lo <= s < hi):
            self.flag("grade_mismatch", msg + ": %s is not %s" % (score_str, label))

    def year_checks(self):
        y = self.year
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != y:
                self.flag("year_mismatch", "截至%s年12月31日 in a %d report" % (m.group(1), y))
        for m in re.finditer(r"结转至(\d{4})年", self.t):
            if int(m.group(1)) <= y:
                self.flag("year_mismatch", "结转至%s年 in a %d report" % (m.group(1), y))
        for m in re.finditer(r"(\d{4})年(\d{1,2})月[^。；]{0,12}?(下达|提前下达|到位)", self.t):
            yy, mm = int(m.group(1)), int(m.group(2))
            if not (yy == y or (yy == y - 1 and mm == 12)):
                self.flag("year_mismatch", "funds issued %d年%d月 for a %d budget" % (yy, mm, y))
        for m in re.finditer(r"项目支出绩效自评表（(\d{4})年度）|（(\d{4})年度）", self.t):
            yy = int(m.group(1) or m.group(2))
            if yy != y:
                self.flag("year_mismatch", "table year %d in a %d report" % (yy, y))


# ---------------------------------------------------------------- indicator values
VAL = re.compile(r"^(≥|≤|=|＜|＞)?\s*(\d[\d,]*(?:\.\d+)?)(?:～(\d[\d,]*(?:\.\d+)?))?(.*)$")


def parse_val(s):
    """-> ('date', None) | ('text', None) | (sign, (lo, hi, unit, lo_str))"""
    s = s.strip()
    if re.match(r"^\d{4}年\d{1,2}月", s):
        return "date", None
    m = VAL.match(s)
    if not m:
        return "text", None
    lo = num(m.group(2))
    hi = num(m.group(3)) if m.group(3) else lo
    return (m.group(1) or ""), (lo, hi, m.group(4).strip(), m.group(2))


def completion(sign, T, lo, hi):
    if sign in ("≤", "＜"):
        return D(100) if hi <= T else T / hi * 100
    if T == 0:
        return None
    return lo / T * 100


def indicator_table(c, block, extra_w=D(0), extra_s=D(0), total_first=("合计", "总分"), sichuan=False):
    """Generic checks on a tab-separated indicator table (header line first in `block`)."""
    head = block[0].split("\t")

    def col(*names):
        for n in names:
            if n in head:
                return head.index(n)
        return None
    ci_t = col("年度指标值", "指标值")
    ci_a = col("实际完成值", "完成值")
    ci_r = col("完成率")
    ci_w = col("分值")
    ci_s = col("得分")
    ci_sign = col("指标性质")
    ci_u = col("度量单位")
    rows, tot = [], None
    for l in block[1:]:
        cs = l.split("\t")
        if cs[0] in total_first:
            tot = cs
            break
        rows.append(cs)
    if tot is None:
        raise AssertionError("no total row in indicator table")
    sw, ss = D(extra_w), D(extra_s)
    facts = {}
    for cs in rows:
        name = cs[2]
        w, s = num(cs[ci_w]), num(cs[ci_s])
        sw += w
        ss += s
        if s > w or s < 0:
            c.flag("score_exceeds_weight", "%s: score %s, weight %s" % (name, cs[ci_s], cs[ci_w]))
        tgt, act = cs[ci_t].strip(), cs[ci_a].strip()
        if sichuan:
            sign = cs[ci_sign].strip()
            if sign == "定性":
                continue
            unit = cs[ci_u].strip()
            tk, tv = parse_val(tgt)
            ak, av = parse_val(act)
            if tv is None or av is None:
                continue
            if av[2] and av[2] != unit:
                c.flag("unit_mismatch", "%s: target in %s, actual %s" % (name, unit, act))
                continue
            tv = (tv[0], tv[1], unit, tv[3])
        else:
            tk, tv = parse_val(tgt)
            ak, av = parse_val(act)
            if tk == "date" or ak == "date":
                if (tk == "date") != (ak == "date"):
                    c.flag("unit_mismatch", "%s: target %s, actual %s" % (name, tgt, act))
                continue
            if tv is None or av is None:
                continue
            sign = tk
            if tv[2] != av[2]:
                c.flag("unit_mismatch", "%s: target unit %r, actual unit %r" % (name, tv[2], av[2]))
                continue
        facts[name] = (tv, av)
        unit = tv[2]
        if unit == "%" and ("满意度" in name or name.endswith("率")) and av[1] > 100:
            c.flag("implausible_rate", "%s: %s above 100%%" % (name, act))
        if ci_r is not None:
            stated = cs[ci_r].strip()
            comp = completion(sign, tv[0], av[0], av[1])
            if stated not in ("—", "") and comp is not None:
                if not ok(stated.rstrip("%"), comp):
                    c.flag("completion_mismatch", "%s: stated %s, computed %.4f%%" % (name, stated, comp))
    if sw != 100 or num(tot[ci_w]) != 100:
        c.flag("weight_sum_mismatch", "weights sum to %s (total row %s)" % (sw, tot[ci_w]))
    if not ok(tot[ci_s], ss):
        c.flag("score_sum_mismatch", "row scores sum to %s, total row %s" % (ss, tot[ci_s]))
    facts["__sum__"] = ss
    return facts, tot[ci_s]


def street_table(c, block, amount_col, area_col, price_col, n_rows):
    head = block[0].split("\t")
    body = [l.split("\t") for l in block[1:]]
    data = [r for r in body if r[0] not in ("合计", "平均")]
    if len(data) != n_rows:
        raise AssertionError("street table: %d rows" % len(data))
    tot = [r for r in body if r[0] == "合计"][0]
    for r in data:
        prod = num(r[area_col]) * num(r[price_col]) / 10000
        if not ok(r[amount_col], prod):
            c.flag("product_mismatch", "%s: %s×%s/10000 ≠ %s" % (r[0], r[area_col], r[price_col], r[amount_col]))
    for j in range(1, len(head)):
        if j == price_col or not tot[j].strip():
            continue
        c.total(tot[j], [num(r[j]) for r in data], "street table column %s" % head[j])
    return data, tot


# ---------------------------------------------------------------- project checks
def yuanhui(c):
    t = c.t
    init = c.one(r"年初安排项目预算([\d.]+)万元").group(1)
    add = c.one(r"区财政追加预算([\d.]+)万元").group(1)
    annual = c.one(r"调整后全年预算([\d.]+)万元").group(1)
    m = c.one(r"资金来源为市级城市管理专项补助([\d.]+)万元、区级财政([\d.]+)万元")
    A = num(annual)
    c.total(annual, [num(init), num(add)], "年初+追加=全年")
    c.total(annual, [num(m.group(1)), num(m.group(2))], "sources 市级+区级=全年")
    m = c.one(r"实际到位([\d.]+)万元，到位率(\d+)%")
    rec = num(m.group(1))
    c.rate(m.group(2), rec, A, "到位率")
    m = c.one(r"实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent = num(m.group(1))
    c.rate(m.group(2), spent, A, "执行率 (prose)")
    c.balance(c.one(r"结余资金([\d.]+)万元").group(1), rec, spent, "结余")
    c.balance(c.one(r"结转的([\d.]+)万元").group(1), rec, spent, "结转 (措施)")
    # table 1
    b = c.block("表1  2018年户外广告设施专项整治项目资金支出明细表")
    data = [l.split("\t") for l in b if re.match(r"^\d\t", l)]
    tot = c.rowc(b, "合计")
    z = lambda s: num(s) if s.strip() else D(0)
    for r in data:
        c.total(r[4], [z(r[2]), z(r[3])], "表1 %s 年初+追加" % r[1])
        c.rate(r[6].rstrip("%"), num(r[5]), num(r[4]), "表1 %s 执行率" % r[1])
    for j, nm in ((2, "年初"), (3, "追加"), (4, "全年"), (5, "实际支出")):
        c.total(tot[j], [z(r[j]) for r in data], "表1 合计 %s" % nm)
    c.total(tot[4], [z(tot[2]), z(tot[3])], "表1 合计 年初+追加")
    c.rate(tot[6].rstrip("%"), num(tot[5]), num(tot[4]), "表1 合计 执行率")
    c.same(tot[2], num(init), "表1 年初 vs prose")
    c.same(tot[3], num(add), "表1 追加 vs prose")
    c.same(tot[4], A, "表1 全年 vs prose")
    c.same(tot[5], spent, "表1 支出 vs prose")
    rates = {r[1]: r for r in data}
    m = c.one(r"执行率分别为([\d.]+)%和([\d.]+)%")
    r3, r4 = rates["户外广告设施安全检测"], rates["设计、宣传及第三方监理"]
    c.rate(m.group(1), num(r3[5]), num(r3[4]), "问题 安全检测执行率")
    c.rate(m.group(2), num(r4[5]), num(r4[4]), "问题 设计监理执行率")
    c.rate(c.one(r"全年执行率([\d.]+)%").group(1), spent, A, "问题 执行率")
    # table 2 streets
    b2 = c.block("表2  各街道整治任务完成情况")
    st, st_tot = street_table(c, b2, 5, 3, 4, 4)
    c.same(st_tot[5], num(rates["店招店牌规范更换补助"][5]), "街道补助合计 vs 表1 店招补助支出")
    m = c.one(r"4个街道平均拆除违规户外广告([\d.]+)处、规范店招店牌([\d.]+)块")
    c.average(m.group(1), [num(r[1]) for r in st], 4, "平均拆除")
    c.average(m.group(2), [num(r[2]) for r in st], 4, "平均店招")
    m = c.one(r"补助资金([\d.]+)万元（(\d+)元）")
    c.same(m.group(1), num(st_tot[5]), "补助资金 prose vs 表2")
    c.same(str(num(m.group(2)) / 10000), num(m.group(1)), "补助资金 元 vs 万元")
    m = c.one(r"全年拆除违规户外广告(\d+)处，规范更换店招店牌(\d+)块，完成年度目标的([\d.]+)%")
    c.same(m.group(1), num(st_tot[1]), "拆除 prose vs 表2")
    c.same(m.group(2), num(st_tot[2]), "店招 prose vs 表2")
    # self-evaluation table
    fb = c.block("项目支出绩效自评表（2018年度）")
    fr = c.rowc(fb, "年度资金总额")
    c.same(fr[2], num(init), "自评表 年初")
    c.same(fr[3], A, "自评表 全年")
    c.same(fr[4], spent, "自评表 执行")
    c.rate(fr[6].rstrip("%"), num(fr[4]), num(fr[3]), "自评表 执行率")
    c.exec_score(fr[7], fr[6].rstrip("%"), num(fr[4]), num(fr[3]), fr[5], "自评表 执行得分")
    parts = [c.rowc(fb, n) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for j in (2, 3, 4):
        c.total(fr[j], [num(p[j]) for p in parts], "自评表 资金构成 col %d" % j)
    i = [k for k, l in enumerate(fb) if l.startswith("一级指标\t")][0]
    facts, total = indicator_table(c, fb[i:], extra_w=num(fr[5]), extra_s=num(fr[7]))
    tgt_store = facts["规范更换店招店牌"][0][0]
    comp = num(m.group(2)) / tgt_store * 100
    if not ok(m.group(3), comp):
        c.flag("completion_mismatch", "prose 完成率 %s vs %.4f" % (m.group(3), comp))
    c.same(str(facts["拆除违规户外广告"][1][0]), num(st_tot[1]), "自评表 拆除 vs 表2")
    c.same(str(facts["规范更换店招店牌"][1][0]), num(st_tot[2]), "自评表 店招 vs 表2")
    m = c.one(r"本项目得分([\d.]+)分，评价等级为“(.)”")
    if not ok(m.group(1), facts["__sum__"]):
        c.flag("score_sum_mismatch", "prose total %s vs table %s" % (m.group(1), total))
    c.grade(m.group(1), m.group(2), "prose grade")
    c.year_checks()


def huashan(c):
    init = c.one(r"本项目年初预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元")
    c.total(init.group(1), [num(init.group(2)), num(init.group(3))], "年初 = 当年拨款+上年结转")
    add = c.one(r"追加店招更换补助([\d.]+)万元")
    cut = c.one(r"调减违规广告拆除清运([\d.]+)万元、店招亮化配套([\d.]+)万元，合计调减([\d.]+)万元")
    c.total(cut.group(3), [num(cut.group(1)), num(cut.group(2))], "调减 components")
    annual = c.one(r"调整后全年预算([\d.]+)万元").group(1)
    A = num(annual)
    c.money(annual, num(init.group(1)) + num(add.group(1)) - num(cut.group(3)), "sum_mismatch", "年初+追加-调减=全年")
    m = c.one(r"全年实际到位资金([\d.]+)万元，到位率([\d.]+)%，区级追加资金中有([\d.]+)万元")
    rec = num(m.group(1))
    c.rate(m.group(2), rec, A, "到位率")
    c.total(annual, [rec, num(m.group(3))], "到位+未到位=全年")
    m = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，到位资金使用率([\d.]+)%")
    spent = num(m.group(1))
    c.rate(m.group(2), spent, A, "执行率")
    c.rate(m.group(3), spent, rec, "到位资金使用率")
    c.balance(c.one(r"结余([\d.]+)万元，主要为").group(1), rec, spent, "结余")
    # table 1
    b = c.block("表1  项目资金预算调整及执行情况表")
    data = [l.split("\t") for l in b[2:] if not l.startswith("合计")]
    tot = c.row(b, "合计")
    z = lambda s: num(s) if s.strip() else D(0)
    for r in data:
        c.total(r[3], [z(r[1]), z(r[2])], "表1 %s 年初+调整" % r[0])
        c.rate(r[5].rstrip("%"), num(r[4]), num(r[3]), "表1 %s 执行率" % r[0])
    for j, nm in ((1, "年初"), (2, "调整"), (3, "全年"), (4, "支出")):
        c.total(tot[j], [z(r[j]) for r in data], "表1 合计 %s" % nm)
    c.rate(tot[5].rstrip("%"), num(tot[4]), num(tot[3]), "表1 合计 执行率")
    c.same(tot[1], num(init.group(1)), "表1 年初 vs prose")
    c.same(tot[2], num(add.group(1)) - num(cut.group(3)), "表1 调整 vs prose")
    c.same(tot[3], A, "表1 全年 vs prose")
    c.same(tot[4], spent, "表1 支出 vs prose")
    sub = {r[0]: r for r in data}
    # table 2 streets
    b2 = c.block("表2  2020年各街道店招店牌整治情况")
    st, st_tot = street_table(c, b2, 4, 2, 3, 5)
    c.same(st_tot[4], num(sub["店招店牌更换补助"][4]), "街道补助合计 vs 表1")
    m = c.one(r"5个街道平均整治店招([\d.]+)块，全区平均补助单价([\d.]+)元/平方米")
    c.average(m.group(1), [num(r[1]) for r in st], 5, "平均店招")
    avg_price = num(st_tot[4]) * 10000 / num(st_tot[2])
    if not ok(m.group(2), avg_price):
        c.flag("average_mismatch", "平均补助单价 %s vs %.4f" % (m.group(2), avg_price))
    m = c.one(r"全区共整治店招店牌(\d+)块、拆除违规户外广告(\d+)处")
    c.same(m.group(1), num(st_tot[1]), "概况 店招 vs 表2")
    removed_p = m.group(2)
    m = c.one(r"年度目标整治店招店牌(\d+)块，实际完成(\d+)块，完成率([\d.]+)%；拆除违规户外广告目标(\d+)处，实际拆除(\d+)处，完成率([\d.]+)%")
    c.same(m.group(2), num(st_tot[1]), "产出 店招 vs 表2")
    if not ok(m.group(3), num(m.group(2)) / num(m.group(1)) * 100):
        c.flag("completion_mismatch", "prose 店招完成率")
    if not ok(m.group(6), num(m.group(5)) / num(m.group(4)) * 100):
        c.flag("completion_mismatch", "prose 拆除完成率")
    c.same(m.group(5), num(removed_p), "拆除 prose twice")
    m2 = c.one(r"拆除(\d+)处，离(\d+)处的年度目标还差(\d+)处")
    c.same(m2.group(3), num(m2.group(2)) - num(m2.group(1)), "还差")
    m3 = c.one(r"平均补助单价([\d.]+)元/平方米，控制在")
    c.same(m3.group(1), q2(avg_price), "成本 prose vs 表2")
    m4 = c.one(r"受理户外广告类投诉(\d+)件，较2019年的(\d+)件下降([\d.]+)%")
    c.rate(m4.group(3), num(m4.group(2)) - num(m4.group(1)), num(m4.group(2)), "投诉下降率")
    # self-evaluation table
    fb = c.block("项目支出绩效自评表")
    fr = c.row(fb, "年度资金总额")
    c.same(fr[1], num(init.group(1)), "自评表 年初")
    c.same(fr[2], A, "自评表 全年")
    c.same(fr[3], spent, "自评表 执行")
    c.rate(fr[5].rstrip("%"), num(fr[3]), num(fr[2]), "自评表 执行率")
    c.exec_score(fr[6], fr[5].rstrip("%"), num(fr[3]), num(fr[2]), fr[4], "自评表 执行得分")
    p1, p2 = c.row(fb, "其中：当年财政拨款"), c.row(fb, "上年结转资金")
    for j in (1, 2, 3):
        c.total(fr[j], [num(p1[j]), num(p2[j])], "自评表 资金构成 col %d" % j)
    for p in (p1, p2):
        c.rate(p[5].rstrip("%"), num(p[3]), num(p[2]), "自评表 %s 执行率" % p[0])
    c.same(p1[1], num(init.group(2)), "当年拨款 年初")
    c.same(p2[1], num(init.group(3)), "上年结转 年初")
    i = [k for k, l in enumerate(fb) if l.startswith("一级指标\t")][0]
    facts, total = indicator_table(c, fb[i:], extra_w=num(fr[4]), extra_s=num(fr[6]))
    if "整治店招店牌" in facts:
        c.same(str(facts["整治店招店牌"][1][0]), num(st_tot[1]), "自评表 店招 vs 表2")
    if "拆除违规户外广告" in facts:
        c.same(str(facts["拆除违规户外广告"][1][0]), num(removed_p), "自评表 拆除 vs prose")
    if "平均补助单价" in facts:
        c.same(facts["平均补助单价"][1][3], q2(avg_price), "自评表 单价 vs 表2")
    if "户外广告类投诉同比下降" in facts:
        c.same(facts["户外广告类投诉同比下降"][1][3], num(m4.group(3)), "自评表 投诉下降 vs prose")
    m = c.one(r"绩效自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    if not ok(m.group(1), facts["__sum__"]):
        c.flag("score_sum_mismatch", "prose total %s vs table %s" % (m.group(1), total))
    c.grade(m.group(1), m.group(2), "prose grade")
    c.year_checks()


def shigu(c):
    init = c.one(r"项目年初预算([\d.]+)万元，全部为区级财政资金").group(1)
    city = c.one(r"市级补助资金([\d.]+)万元（衡财建指").group(1)
    m = c.one(r"全年预算调整为([\d.]+)万元，其中区级([\d.]+)万元、市级([\d.]+)万元")
    annual = m.group(1)
    A = num(annual)
    c.total(annual, [num(m.group(2)), num(m.group(3))], "全年 = 区级+市级")
    c.total(annual, [num(init), num(city)], "年初+市级追加=全年")
    c.same(m.group(2), num(init), "区级 vs 年初")
    c.same(m.group(3), num(city), "市级 restated")
    c.one(r"资金全部到位，到位率100%")
    rec = A
    m = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，未支出的([\d.]+)万元")
    spent = num(m.group(1))
    c.rate(m.group(2), spent, A, "执行率 (prose)")
    c.balance(m.group(3), rec, spent, "结转")
    b = c.block("表1  2021年户外广告及店招店牌整治提质经费支出情况")
    data = [l.split("\t") for l in b if re.match(r"^\d\t", l)]
    tot = c.rowc(b, "合计")
    for r in data:
        c.rate(r[4].rstrip("%"), num(r[3]), num(r[2]), "表1 %s 执行率" % r[1])
    c.total(tot[2], [num(r[2]) for r in data], "表1 合计 全年")
    c.total(tot[3], [num(r[3]) for r in data], "表1 合计 支出")
    c.rate(tot[4].rstrip("%"), num(tot[3]), num(tot[2]), "表1 合计 执行率")
    c.same(tot[2], A, "表1 全年 vs prose")
    c.same(tot[3], spent, "表1 支出 vs prose")
    sub = {r[1]: r for r in data}
    c.rate(c.one(r"宣传及档案资料整理执行率仅([\d.]+)%").group(1),
           num(sub["宣传及档案资料整理"][3]), num(sub["宣传及档案资料整理"][2]), "问题 宣传执行率")
    # streets, with 合计 and 平均 rows
    b2 = c.block("表2  各街道户外广告及店招店牌整治情况统计表")
    st, st_tot = street_table(c, b2, 5, 3, 4, 6)
    avg = c.row(b2, "平均")
    for j in (1, 2, 5):
        c.average(avg[j], [num(r[j]) for r in st], 6, "平均 row col %d" % j)
    c.same(st_tot[5], num(sub["店招店牌整治补助"][3]), "街道补助合计 vs 表1")
    m = c.one(r"全年拆除违规户外广告(\d+)处，6个街道共整治店招店牌(\d+)块，完成年度目标的([\d.]+)%")
    c.same(m.group(1), num(st_tot[1]), "拆除 prose vs 表2")
    c.same(m.group(2), num(st_tot[2]), "店招 prose vs 表2")
    m2 = c.one(r"全年发放店招店牌整治补助资金([\d.]+)万元，平均每个街道约(\d+)块，各街道综合单价在(\d+)～(\d+)元/平方米")
    c.same(m2.group(1), num(st_tot[5]), "补助资金 prose vs 表2")
    c.approx_average(m2.group(2), [num(r[2]) for r in st], 6, "约 平均店招")
    prices = [num(r[4]) for r in st]
    if num(m2.group(3)) != min(prices) or num(m2.group(4)) != max(prices):
        c.flag("conflicting_values", "单价区间 vs 表2")
    fb = c.block("附件：项目支出绩效自评表（2021年度）")
    fr = c.rowc(fb, "年度资金总额")
    c.same(fr[2], num(init), "自评表 年初")
    c.same(fr[3], A, "自评表 全年")
    c.same(fr[4], spent, "自评表 执行")
    c.rate(fr[6].rstrip("%"), num(fr[4]), num(fr[3]), "自评表 执行率")
    c.exec_score(fr[7], fr[6].rstrip("%"), num(fr[4]), num(fr[3]), fr[5], "自评表 执行得分")
    p = c.rowc(fb, "其中：当年财政拨款")
    for j in (2, 3, 4):
        c.total(fr[j], [num(p[j])], "自评表 资金构成 col %d" % j)
    i = [k for k, l in enumerate(fb) if l.startswith("一级指标\t")][0]
    facts, total = indicator_table(c, fb[i:], extra_w=num(fr[5]), extra_s=num(fr[7]))
    comp = num(m.group(2)) / facts["整治店招店牌"][0][0] * 100
    if not ok(m.group(3), comp):
        c.flag("completion_mismatch", "prose 完成率 %s vs %.4f" % (m.group(3), comp))
    c.same(str(facts["整治店招店牌"][1][0]), num(st_tot[2]), "自评表 店招 vs 表2")
    c.same(str(facts["拆除违规户外广告"][1][0]), num(st_tot[1]), "自评表 拆除 vs 表2")
    c.same(c.one(r"按期完成率为([\d.]+)%").group(1), facts["店招整治按期完成率"][1][0], "按期完成率 prose")
    c.same(c.one(r"沿街商户满意度为([\d.]+)%").group(1), facts["沿街商户满意度"][1][0], "满意度 prose")
    m = c.one(r"综合自评得分([\d.]+)分，评价等级为“(.)”")
    if not ok(m.group(1), facts["__sum__"]):
        c.flag("score_sum_mismatch", "prose total %s vs row sum/table %s" % (m.group(1), total))
    c.grade(m.group(1), m.group(2), "prose grade")
    c.year_checks()


def xinzhou(c):
    m = c.one(r"部门年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    init, init_b, init_p = m.group(1), m.group(2), m.group(3)
    c.total(init, [num(init_b), num(init_p)], "年初 = 基本+项目")
    m = c.one(r"追加([\d.]+)万元（户外广告设施安全隐患整治专项([\d.]+)万元、数字化城管平台扩容([\d.]+)万元、人员调资([\d.]+)万元）")
    add = m.group(1)
    c.total(add, [num(m.group(2)), num(m.group(3)), num(m.group(4))], "追加 components")
    cut = c.one(r"调减数字化城管运行维护等支出([\d.]+)万元").group(1)
    annual = c.one(r"调整后全年预算([\d.]+)万元").group(1)
    A = num(annual)
    c.money(annual, num(init) + num(add) - num(cut), "sum_mismatch", "年初+追加-调减=全年")
    m = c.one(r"一般公共预算拨款([\d.]+)万元、上年结转([\d.]+)万元")
    c.total(annual, [num(m.group(1)), num(m.group(2))], "sources")
    m = c.one(r"实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余结转([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    spent = num(m.group(1))
    c.rate(m.group(2), spent, A, "执行率 prose")
    c.balance(m.group(3), A, spent, "结余结转 prose")
    c.total(m.group(3), [num(m.group(4)), num(m.group(5))], "结余结转 components")
    bal_b, bal_p = m.group(4), m.group(5)
    b = c.block("表1  2023年度部门预算收支情况表")
    rows = {l.split("\t")[0]: l.split("\t") for l in b[2:]}
    for k in ("年初预算", "预算调整", "全年预算", "实际到位", "全年支出"):
        r = rows[k]
        c.total(r[1], [num(r[2]), num(r[3])], "表1 %s 合计" % k)
    for j in (1, 2, 3):
        c.total(rows["全年预算"][j], [num(rows["年初预算"][j]), num(rows["预算调整"][j])], "表1 年初+调整 col %d" % j)
        c.rate(rows["执行率"][j].rstrip("%"), num(rows["全年支出"][j]), num(rows["全年预算"][j]), "表1 执行率 col %d" % j)
    c.balance(rows["结余结转"][1], num(rows["实际到位"][1]), num(rows["全年支出"][1]), "表1 结余结转")
    c.balance(bal_b, num(rows["实际到位"][2]), num(rows["全年支出"][2]), "结余 基本")
    c.balance(bal_p, num(rows["实际到位"][3]), num(rows["全年支出"][3]), "结余 项目")
    c.same(rows["年初预算"][1], num(init), "表1 年初 vs prose")
    c.same(rows["年初预算"][2], num(init_b), "表1 年初基本 vs prose")
    c.same(rows["预算调整"][1], num(add) - num(cut), "表1 调整 vs prose")
    c.same(rows["全年预算"][1], A, "表1 全年 vs prose")
    c.same(rows["全年支出"][1], spent, "表1 支出 vs prose")
    m = c.one(r"基本支出全年预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%")
    c.same(m.group(1), num(rows["全年预算"][2]), "基本 预算 prose")
    c.same(m.group(2), num(rows["全年支出"][2]), "基本 支出 prose")
    c.rate(m.group(3), num(m.group(2)), num(m.group(1)), "基本 执行率 prose")
    m = c.one(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，控制率([\d.]+)%")
    c.rate(m.group(3), num(m.group(2)), num(m.group(1)), "三公 控制率")
    sangong = m.group(3)
    m2 = c.one(r"其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元")
    c.total(m.group(2), [num(m2.group(1)), num(m2.group(2))], "三公 components")
    m = c.one(r"项目支出全年预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%")
    c.same(m.group(1), num(rows["全年预算"][3]), "项目 预算 prose")
    c.same(m.group(2), num(rows["全年支出"][3]), "项目 支出 prose")
    c.rate(m.group(3), num(m.group(2)), num(m.group(1)), "项目 执行率 prose")
    b2 = c.block("表2  2023年度项目支出执行情况表")
    data = [l.split("\t") for l in b2[2:] if not l.startswith("合计")]
    tot = c.row(b2, "合计")
    for r in data:
        c.rate(r[4].rstrip("%"), num(r[3]), num(r[2]), "表2 %s 执行率" % r[0])
    for j in (1, 2, 3):
        c.total(tot[j], [num(r[j]) for r in data], "表2 合计 col %d" % j)
    c.rate(tot[4].rstrip("%"), num(tot[3]), num(tot[2]), "表2 合计 执行率")
    c.same(tot[1], num(init_p), "表2 年初 vs prose")
    c.same(tot[2], num(rows["全年预算"][3]), "表2 全年 vs 表1")
    c.same(tot[3], num(rows["全年支出"][3]), "表2 支出 vs 表1")
    sub = {r[0]: r for r in data}
    dz = sub["店招店牌规范提升"]
    m = c.one(r"店招店牌规范提升项目全年支出([\d.]+)万元，其中街道店招补助([\d.]+)万元、中心城区特色街区统一制作([\d.]+)万元、设计及监理([\d.]+)万元")
    c.same(m.group(1), num(dz[3]), "店招项目支出 prose vs 表2")
    c.total(m.group(1), [num(m.group(2)), num(m.group(3)), num(m.group(4))], "店招项目 components")
    street_sub = m.group(2)
    c.same(c.one(r"全年投入店招店牌规范提升资金([\d.]+)万元").group(1), num(dz[3]), "产出 店招资金 vs 表2")
    c.rate(c.one(r"店招店牌规范提升项目执行率([\d.]+)%").group(1), num(dz[3]), num(dz[2]), "问题 店招执行率")
    c.rate(c.one(r"项目支出执行率([\d.]+)%，其中").group(1), num(tot[3]), num(tot[2]), "问题 项目执行率")
    b3 = c.block("表3  2023年各街道店招店牌规范提升情况")
    st, st_tot = street_table(c, b3, 4, 2, 3, 6)
    c.same(st_tot[4], num(street_sub), "街道补助合计 vs prose")
    m = c.one(r"6个街道平均规范店招([\d.]+)块、平均补助([\d.]+)万元")
    c.average(m.group(1), [num(r[1]) for r in st], 6, "平均店招")
    c.average(m.group(2), [num(r[4]) for r in st], 6, "平均补助")
    m = c.one(r"全年排查户外广告设施(\d+)处，是年度目标(\d+)处的([\d.]+)%")
    if not ok(m.group(3), num(m.group(1)) / num(m.group(2)) * 100):
        c.flag("completion_mismatch", "prose 排查完成率")
    check_n = m.group(1)
    m2 = c.one(r"规范店招(\d+)块，为年度目标的([\d.]+)%")
    c.same(m2.group(1), num(st_tot[1]), "店招 prose vs 表3")
    m3 = c.one(r"比年度目标少(\d+)块")
    m4 = c.one(r"未完成的(\d+)块店招")
    m5 = c.one(r"受理城市管理类投诉(\d+)件，较2022年的(\d+)件下降([\d.]+)%")
    c.rate(m5.group(3), num(m5.group(2)) - num(m5.group(1)), num(m5.group(2)), "投诉下降率")
    fb = c.block("表4  2023年度部门整体支出绩效自评表")
    facts, total = indicator_table(c, fb)
    tgt = facts["店招店牌规范提升"][0][0]
    if not ok(m2.group(2), num(m2.group(1)) / tgt * 100):
        c.flag("completion_mismatch", "prose 店招完成率")
    c.same(m3.group(1), tgt - num(m2.group(1)), "比目标少")
    c.same(m4.group(1), tgt - num(m2.group(1)), "未完成块数")
    c.same(str(facts["预算执行率"][1][0]), num(c.one(r"预算执行率([\d.]+)%，结余结转").group(1)), "自评表 执行率 vs prose")
    c.rate(facts["预算执行率"][1][3], spent, A, "自评表 预算执行率")
    c.rate(facts["结转结余率"][1][3], A - spent, A, "自评表 结转结余率")
    c.same(facts["“三公”经费控制率"][1][3], num(sangong), "自评表 三公 vs prose")
    c.same(str(facts["户外广告设施安全隐患排查"][1][0]), num(check_n), "自评表 排查 vs prose")
    c.same(str(facts["店招店牌规范提升"][1][0]), num(st_tot[1]), "自评表 店招 vs 表3")
    c.same(facts["城市管理类投诉下降率"][1][3], num(m5.group(3)), "自评表 投诉 vs prose")
    c.same(c.one(r"按期结案率([\d.]+)%，略低于").group(1), facts["数字城管案件按期结案率"][1][0], "结案率 prose")
    c.same(c.one(r"平均办结时间([\d.]+)个工作日").group(1), facts["户外广告设置许可办结时限"][1][0], "办结时间 prose")
    c.same(c.one(r"建档率([\d.]+)%").group(1), facts["户外广告设施电子档案建档率"][1][0], "建档率 prose")
    m = c.one(r"部门整体支出绩效自评得分([\d.]+)分，评价等级为“(.)”")
    if not ok(m.group(1), facts["__sum__"]):
        c.flag("score_sum_mismatch", "prose total %s vs table %s" % (m.group(1), total))
    c.grade(m.group(1), m.group(2), "prose grade")
    c.year_checks()


def shunqing(c):
    init = c.one(r"项目年初预算([\d.]+)万元，全部为区级财政资金").group(1)
    prov = c.one(r"城镇品质提升补助资金([\d.]+)万元").group(1)
    dist_add = c.one(r"追加区级资金([\d.]+)万元").group(1)
    add = c.one(r"共追加([\d.]+)万元").group(1)
    c.total(add, [num(prov), num(dist_add)], "追加 = 省级+区级追加")
    m = c.one(r"调整后全年预算([\d.]+)万元，其中省级补助([\d.]+)万元、区级财政资金([\d.]+)万元")
    annual = m.group(1)
    A = num(annual)
    c.total(annual, [num(init), num(add)], "年初+追加=全年")
    c.total(annual, [num(m.group(2)), num(m.group(3))], "全年 = 省级+区级")
    c.same(m.group(2), num(prov), "省级 restated")
    m = c.one(r"全年资金实际到位([\d.]+)万元，到位率(\d+)%")
    rec = num(m.group(1))
    c.rate(m.group(2), rec, A, "到位率")
    m = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余资金([\d.]+)万元")
    spent = num(m.group(1))
    c.rate(m.group(2), spent, A, "执行率 prose")
    c.balance(m.group(3), rec, spent, "结余")
    # sub-project table (no title line)
    i = c.lines.index("子项目\t全年预算（万元）\t实际支出（万元）\t执行率")
    sb = []
    for l in c.lines[i + 1:]:
        if not l.strip():
            break
        sb.append(l.split("\t"))
    data = [r for r in sb if r[0] != "合计"]
    tot = [r for r in sb if r[0] == "合计"][0]
    for r in data:
        c.rate(r[3].rstrip("%"), num(r[2]), num(r[1]), "子项目 %s 执行率" % r[0])
    c.total(tot[1], [num(r[1]) for r in data], "子项目 合计 全年")
    c.total(tot[2], [num(r[2]) for r in data], "子项目 合计 支出")
    c.rate(tot[3].rstrip("%"), num(tot[2]), num(tot[1]), "子项目 合计 执行率")
    c.same(tot[1], A, "子项目 全年 vs prose")
    c.same(tot[2], spent, "子项目 支出 vs prose")
    sub = {r[0]: r for r in data}
    pl = sub["违规广告清理及监管平台运维"]
    c.rate(c.one(r"违规广告清理及监管平台运维执行率([\d.]+)%").group(1), num(pl[2]), num(pl[1]), "问题 运维执行率")
    i = [k for k, l in enumerate(c.lines) if l.startswith("街道\t排查户外广告设施")][0]
    sb = [c.lines[i]]
    for l in c.lines[i + 1:]:
        if not l.strip():
            break
        sb.append(l)
    st, st_tot = street_table(c, sb, 6, 4, 5, 5)
    c.same(st_tot[6], num(sub["店招店牌规范提升补助"][2]), "街道补助合计 vs 子项目")
    m = c.one(r"5个街道平均排查([\d.]+)处、整改隐患([\d.]+)处、提升店招([\d.]+)块，平均补助([\d.]+)万元，全区店招提升平均补助单价([\d.]+)元/平方米")
    for g, j, nm in ((1, 1, "排查"), (2, 2, "整改"), (3, 3, "店招"), (4, 6, "补助")):
        c.average(m.group(g), [num(r[j]) for r in st], 5, "平均" + nm)
    avg_price = num(st_tot[6]) * 10000 / num(st_tot[4])
    if not ok(m.group(5), avg_price):
        c.flag("average_mismatch", "平均补助单价 %s vs %.4f" % (m.group(5), avg_price))
    m1 = c.one(r"全年排查户外广告设施(\d+)处，整改安全隐患(\d+)处；完成店招店牌规范提升(\d+)块，完成率([\d.]+)%")
    c.same(m1.group(1), num(st_tot[1]), "排查 prose vs 表")
    c.same(m1.group(2), num(st_tot[2]), "整改 prose vs 表")
    c.same(m1.group(3), num(st_tot[3]), "店招 prose vs 表")
    m2 = c.one(r"隐患整改复查合格率([\d.]+)%，有(\d+)处整改不到位")
    c.rate(m2.group(1), num(m1.group(2)) - num(m2.group(2)), num(m1.group(2)), "复查合格率 prose")
    m3 = c.one(r"由年初的(\d+)处减少到(\d+)处，下降([\d.]+)%")
    c.rate(m3.group(3), num(m3.group(1)) - num(m3.group(2)), num(m3.group(1)), "存量下降率")
    m4 = c.one(r"946处设施全部入库")
    m5 = c.one(r"沿街商户及市民满意度([\d.]+)%")
    fb = c.block("（2025年度）")
    fr = c.rowc(fb, "年度资金总额")
    c.same(fr[2], num(init), "自评表 年初")
    c.same(fr[3], A, "自评表 全年")
    c.same(fr[4], spent, "自评表 执行")
    c.rate(fr[6].rstrip("%"), num(fr[4]), num(fr[3]), "自评表 执行率")
    c.exec_score(fr[7], fr[6].rstrip("%"), num(fr[4]), num(fr[3]), fr[5], "自评表 执行得分")
    p = c.rowc(fb, "其中：财政资金")
    c.rate(p[6].rstrip("%"), num(p[4]), num(p[3]), "自评表 财政资金 执行率")
    z = lambda s: num(s) if s.strip() else D(0)
    others = [c.rowc(fb, n) for n in ("财政专户管理资金", "单位资金", "其他资金")]
    for j in (2, 3, 4):
        c.total(fr[j], [num(p[j])] + [z(o[j]) for o in others], "自评表 资金构成 col %d" % j)
    i = [k for k, l in enumerate(fb) if l.startswith("一级指标\t")][0]
    facts, total = indicator_table(c, fb[i:], extra_w=num(fr[5]), extra_s=num(fr[7]), sichuan=True)
    tgt = facts["店招店牌规范提升"][0][0]
    if not ok(m1.group(4), num(m1.group(3)) / tgt * 100):
        c.flag("completion_mismatch", "prose 店招完成率 %s vs %.4f" % (m1.group(4), num(m1.group(3)) / tgt * 100))
    c.same(str(facts["户外广告设施安全隐患排查"][1][0]), num(st_tot[1]), "自评表 排查 vs 表")
    c.same(str(facts["安全隐患整改"][1][0]), num(st_tot[2]), "自评表 整改 vs 表")
    c.same(str(facts["店招店牌规范提升"][1][0]), num(st_tot[3]), "自评表 店招 vs 表")
    c.same(facts["隐患整改复查合格率"][1][3], num(m2.group(1)), "自评表 合格率 vs prose")
    c.same(facts["店招提升补助单价"][1][3], q2(avg_price), "自评表 单价 vs 表")
    c.same(facts["违规户外广告设施存量下降率"][1][3], num(m3.group(3)), "自评表 下降率 vs prose")
    c.same(facts["沿街商户及市民满意度"][1][3], num(m5.group(1)), "自评表 满意度 vs prose")
    m = c.one(r"评价结论\t自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    if not ok(m.group(1), facts["__sum__"]):
        c.flag("score_sum_mismatch", "评价结论 total %s vs table %s" % (m.group(1), total))
    c.grade(m.group(1), m.group(2), "评价结论 grade")
    g2 = c.one(r"综合自评结果为“(.)”").group(1)
    c.grade(total, g2, "prose grade")
    c.year_checks()


PROJECTS = {
    "ha-yuanhui-hwgg-2018": (yuanhui, 2018),
    "ah-huashan-dianzhao-2020": (huashan, 2020),
    "hn-shigu-zhaopai-2021": (shigu, 2021),
    "jx-xinzhou-cgj-bumen-2023": (xinzhou, 2023),
    "sc-shunqing-hwgg-2025": (shunqing, 2025),
}


def run_case(path, source):
    fn, year = PROJECTS[source]
    c = Checker(open(path, encoding="utf-8").read(), year)
    fn(c)
    return c.found


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
    if len(labels) != 35:
        problems.append("labels.jsonl has %d lines" % len(labels))
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        try:
            found = run_case(path, lab["source"])
        except AssertionError as e:
            problems.append("%s: extraction failed: %s" % (lab["case"], e))
            continue
        if lab["clean"]:
            if found:
                problems.append("%s (clean) breaks: %s" % (lab["case"], found))
            continue
        want = [e["code"] for e in lab["expected"]]
        got = [f[0] for f in found]
        if len(want) != 1 or got != want:
            problems.append("%s: expected %s, verify found %s" % (lab["case"], want, found))
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        err = open(path, encoding="utf-8").read()
        i, ea, eb = edit_span(clean, err)
        if ea - i > 40 or eb - i > 40 or err == clean:
            problems.append("%s: edit not one contiguous change of ≤40 chars (%d/%d)" % (lab["case"], ea - i, eb - i))
        for e in lab["expected"]:
            v = e["value"]
            if err.count(v) != 1:
                problems.append("%s: value occurs %d times" % (lab["case"], err.count(v)))
                continue
            s = err.index(v)
            if not (s <= i and eb <= s + len(v)) and not (s < eb and i < s + len(v)):
                problems.append("%s: value does not cover the edit" % lab["case"])
            if e["severity"] != "error":
                problems.append("%s: severity %s" % (lab["case"], e["severity"]))
    for p in problems:
        print(p)
    print("OK" if not problems else "FAIL (%d problems)" % len(problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
