#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps the label value; the changed figure occurs once in the clean
   draft (twice or more for conflicting_values); every error code is used at least twice;
2. the arithmetic of every clean draft is redone (rules.md §5-§8, tolerance from the stated
   decimals, ROUND_HALF_UP) and must hold completely;
3. the same checks run on every error case: the labelled code must fail and no other
   error-level code may fail (score_rule_mismatch is a warning and is only reported).

Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
D = Decimal
EPS = D("0.000000001")
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
ZERO_RATE = {"", "—", "-", "0", "0%", "0.00%", "0.00"}


# ---------------------------------------------------------------- numbers
def clean_num(s):
    s = s.strip().replace(",", "")
    s = re.sub(r"^(≥|≤|＞|＜|>=|<=|＞＝|＜＝|=|约)", "", s).strip()
    m = re.match(r"-?\d+(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"not a number: {s!r}")
    return m.group(0)


def N(s):
    if isinstance(s, Decimal):
        return s
    if isinstance(s, int):
        return D(s)
    return D(clean_num(s))


def places(s):
    if isinstance(s, (Decimal, int)):
        return 2
    t = clean_num(s)
    return len(t.split(".")[1]) if "." in t else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + EPS


def close(stated, computed):
    return abs(N(stated) - N(computed)) <= tol(stated)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def split_unit(s):
    """'≥85万平方米' -> ('≥', Decimal(85), '万平方米')."""
    s = s.strip()
    m = re.match(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return None
    sign = {"＞": "≥", ">=": "≥", "＜": "≤", "<=": "≤"}.get(m.group(1) or "", m.group(1) or "=")
    return sign, D(m.group(2).replace(",", "")), m.group(3).strip()


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = N(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- checker
class Ck:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fails = []      # (code, msg) error level
        self.warns = []      # (code, msg)
        self.n = 0

    # extraction
    def grab(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        g = ms[0].groups()
        return g[0] if len(g) == 1 else g

    def section(self, start, end):
        i = self.t.find(start)
        if i < 0:
            raise ParseError(f"{self.name}: no {start!r}")
        j = self.t.find(end, i + len(start))
        if j < 0:
            raise ParseError(f"{self.name}: no {end!r} after {start!r}")
        return self.t[i:j]

    # recording
    def check(self, ok, code, msg, level="error"):
        self.n += 1
        if not ok:
            (self.fails if level == "error" else self.warns).append((code, msg))

    # primitives
    def eq(self, code, stated, computed, msg, scalable=False):
        """stated string vs computed value; a 10^4 / 10^8 rescale that reconciles -> unit_mismatch."""
        self.n += 1
        if close(stated, computed):
            return
        if scalable:
            for k in SCALES:
                if abs(N(stated) * k - N(computed)) <= tol(stated) * k + abs(N(computed)) * D("0.0001"):
                    self.fails.append(("unit_mismatch", f"{msg}: {stated} off by {k}"))
                    return
        self.fails.append((code, f"{msg}: stated {stated}, computed {computed}"))

    def same(self, a, b, msg, code="conflicting_values"):
        """two stated mentions of one quantity; each judged at its own precision."""
        self.n += 1
        if close(a, N(b)) or close(b, N(a)):
            return
        self.fails.append((code, f"{msg}: {a} vs {b}"))

    def sum_eq(self, code, total, parts, msg, scalable=True, signs=None):
        self.n += 1
        signs = signs or [1] * len(parts)
        vals = [N(p) for p in parts]
        comp = sum(v * s for v, s in zip(vals, signs))
        if close(total, comp):
            return
        if scalable:
            for i in range(len(vals)):
                for k in SCALES:
                    v2 = list(vals)
                    v2[i] = vals[i] * k
                    if close(total, sum(v * s for v, s in zip(v2, signs))):
                        self.fails.append(("unit_mismatch", f"{msg}: part {parts[i]} off by {k}"))
                        return
            for k in SCALES:
                if close(N(total) * k, comp) or abs(N(total) * k - comp) <= tol(total) * k:
                    self.fails.append(("unit_mismatch", f"{msg}: total {total} off by {k}"))
                    return
        self.fails.append((code, f"{msg}: stated {total}, parts {parts} sum {comp}"))

    def rate_eq(self, rate, num, den, msg, code="rate_mismatch"):
        self.n += 1
        rate = rate.strip()
        if N(den) == 0:
            if rate not in ZERO_RATE:
                self.fails.append(("implausible_rate", f"{msg}: {rate} on a zero base"))
            return
        comp = N(num) / N(den) * 100
        if rate in ("—", "-", ""):
            self.fails.append((code, f"{msg}: no rate printed, computed {comp}"))
            return
        st = N(rate)
        if close(rate, comp):
            if st > 100 + tol(rate):
                self.fails.append(("implausible_rate", f"{msg}: {rate} above 100%"))
            return
        for k in SCALES:
            if close(rate, N(num) * k / N(den) * 100) or close(rate, N(num) / (N(den) * k) * 100):
                self.fails.append(("unit_mismatch", f"{msg}: an amount off by {k}"))
                return
        if st > 100 + tol(rate):
            self.fails.append(("implausible_rate", f"{msg}: {rate} above 100% (computed {comp})"))
            return
        self.fails.append((code, f"{msg}: stated {rate}, computed {r2(comp)}"))

    def plausible(self, rate, msg):
        self.check(N(rate) <= 100 and N(rate) >= 0, "implausible_rate", f"{msg}: {rate}")

    def per_unit(self, stated, unit, total_wan, count, msg, code="average_mismatch"):
        """stated amount per unit written with `unit` (元 or 万元); computed = total_wan*10000/count 元."""
        self.n += 1
        comp_yuan = N(total_wan) * 10000 / N(count)
        value_yuan = N(stated) * (10000 if unit == "万元" else 1)
        if abs(value_yuan - comp_yuan) <= tol(stated) * (10000 if unit == "万元" else 1):
            return
        for k in SCALES:
            if abs(value_yuan * k - comp_yuan) <= tol(stated) * (10000 if unit == "万元" else 1) * k:
                self.fails.append(("unit_mismatch", f"{msg}: {stated}{unit} vs {r2(comp_yuan)}元"))
                return
        self.fails.append((code, f"{msg}: {stated}{unit} vs {r2(comp_yuan)}元"))

    def units_agree(self, target, actual, msg):
        a, b = split_unit(target), split_unit(actual)
        if a is None or b is None:
            self.check(False, "unit_mismatch", f"{msg}: cannot read {target!r} / {actual!r}")
            return None
        self.check(a[2] == b[2], "unit_mismatch", f"{msg}: target unit {a[2]!r}, actual {b[2]!r}")
        return (a, b) if a[2] == b[2] else None

    @staticmethod
    def completion(sign, T, A):
        if sign == "≤":
            return D(100) if A <= T else T / A * 100
        if T == 0:
            return None
        return A / T * 100

    def compl_eq(self, stated, target, actual, msg):
        ab = self.units_agree(target, actual, msg)
        if ab is None:
            return
        (sign, T, _), (_, A, _) = ab
        comp = self.completion(sign, T, A)
        if comp is None:
            return
        self.eq("completion_mismatch", stated, comp, msg)

    def rule(self, target, actual, weight, score, msg):
        """score under rules §5 (warning only)."""
        ab = self.units_agree(target, actual, msg)
        if ab is None:
            return
        (sign, T, _), (_, A, _) = ab
        w = N(weight)
        if sign == "≤":
            comp = w if A <= T else w * T / A
        elif T == 0:
            comp = w if A <= 0 else D(0)
        else:
            comp = min(w, w * max(A, D(0)) / T)
        self.check(close(score, r2(comp)), "score_rule_mismatch", f"{msg}: score {score} vs rule {r2(comp)}",
                   level="warning")

    def exec_score(self, weight, rate, spent, budget, score, msg):
        r = N(spent) / N(budget)
        a = r2(N(weight) * min(r, D(1)))
        b = r2(N(weight) * min(N(rate) / 100, D(1))) if rate.strip() not in ZERO_RATE else a
        self.check(close(score, a) or close(score, b), "score_rule_mismatch",
                   f"{msg}: execution score {score} vs {a}/{b}", level="warning")

    def within(self, weight, score, msg):
        self.check(D(0) <= N(score) <= N(weight), "score_exceeds_weight", f"{msg}: score {score} > weight {weight}")

    def grade(self, word, total, msg):
        self.check(GRADE.get(word) == band(total), "grade_mismatch", f"{msg}: {word} for {total}")

    def year_is(self, y, expected, msg):
        self.check(int(y) == int(expected), "year_mismatch", f"{msg}: {y} vs {expected}")

    def year_after(self, y, base, msg):
        self.check(int(y) > int(base), "year_mismatch", f"{msg}: carried to {y}, evaluation year {base}")


def cells(line, sep="\t"):
    return line.split(sep)


# ---------------------------------------------------------------- fj-jianyang-baiyi-2021
def check_fj(c):
    year = c.grab(r"\n(\d{4})年度城乡房屋白蚁预防与灭治项目支出绩效自评报告")
    c.year_is(c.grab(r"截至(\d{4})年12月31日"), year, "截至 date")
    c.year_is(c.grab(r"项目支出绩效自评表\n（(\d{4})年度）"), year, "自评表 header")
    fr = {}
    for name in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]:
        fr[name] = cells(c.grab(r"\n" + re.escape(name) + r"\t([^\n]*)"))
    tot, cur, car, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum_eq("sum_mismatch", tot[i], [cur[i], car[i], oth[i]], f"funds {col}")
    for name, r in fr.items():
        c.rate_eq(r[4], r[2], r[1], f"{name} 执行率")
    c.exec_score(tot[3], tot[4], tot[2], tot[1], tot[5], "funds")
    # indicator table
    sec = c.section("一级指标\t二级指标\t三级指标", "总分\t")
    rows = [cells(l) for l in sec.splitlines()[1:] if l.strip()]
    total_line = cells(c.grab(r"\n(总分\t[^\n]*)"))
    ws = [tot[3]] + [r[5] for r in rows]
    ss = [tot[5]] + [r[6] for r in rows]
    c.check(N(total_line[1]) == 100, "weight_sum_mismatch", "stated weight total")
    c.sum_eq("weight_sum_mismatch", total_line[1], ws, "weights", scalable=False)
    c.sum_eq("score_sum_mismatch", total_line[2], ss, "scores", scalable=False)
    byname = {}
    for r in rows:
        byname[r[2]] = r
        c.within(r[5], r[6], r[2])
        if split_unit(r[3]) and split_unit(r[4]):
            c.rule(r[3], r[4], r[5], r[6], r[2])
    tg = c.grab(r"新建房屋白蚁预防面积不少于(\d+)万平方米；灭治既有房屋白蚁危害不少于(\d+)户，灭治后一年内复发率控制在(\d+)%以内；"
                r"白蚁危害报修在48小时内上门处置的比例不低于(\d+)%；.*?受益群众满意度达到(\d+)%以上")
    for v, k in zip(tg, ["新建房屋白蚁预防面积", "既有房屋白蚁灭治户数", "灭治后一年内复发率", "报修48小时内上门处置率", "受益群众满意度"]):
        c.same(v, byname[k][3], f"target {k} text/table")
    # prose: funds
    init = c.grab(r"年初预算安排本项目(\d+(?:\.\d+)?)万元")
    add = c.grab(r"追加[^，。]*?经费(\d+\.\d+)万元")
    carry = c.grab(r"加上\d{4}年结转的(\d+\.\d+)万元")
    annual = c.grab(r"全年预算调整为(\d+(?:\.\d+)?)万元")
    c.sum_eq("sum_mismatch", annual, [init, add, carry], "年初 + 追加 + 结转")
    c.same(annual, tot[1], "全年预算 text/table")
    c.same(init, tot[0], "年初预算 text/table")
    c.same(carry, car[1], "上年结转 text/table")
    c.sum_eq("sum_mismatch", cur[1], [init, add], "当年财政拨款 = 年初 + 追加")
    recv, rrate = c.grab(r"到位金额(\d+\.\d+)万元，到位率(\d+(?:\.\d+)?%)")
    c.rate_eq(rrate, recv, annual, "到位率")
    spent, srate = c.grab(r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)")
    c.rate_eq(srate, spent, annual, "执行率 text")
    c.same(spent, tot[2], "执行数 text/table")
    c.same(srate, tot[4], "执行率 text/table")
    parts = c.grab(r"新建房屋白蚁预防药物及施工(\d+\.\d+)万元，既有房屋白蚁灭治(\d+\.\d+)万元，"
                   r"文物建筑应急灭治(\d+\.\d+)万元，监测设备购置及防治宣传(\d+\.\d+)万元")
    c.sum_eq("sum_mismatch", spent, list(parts), "spending by use")
    bal, cy = c.grab(r"年末结余(\d+\.\d+)万元，[^。]*?结转(\d{4})年")
    c.eq("balance_mismatch", bal, N(recv) - N(spent), "结余 = 到位 - 支出", scalable=True)
    c.year_after(cy, year, "结余 carried")
    # outputs
    area = c.grab(r"新建房屋白蚁预防(\d+\.\d+)万平方米（\d{4}年")
    arow = byname["新建房屋白蚁预防面积"]
    c.same(area, arow[4], "预防面积 text/table")
    pm2, u = c.grab(r"平均每平方米预防费用约(\d+\.\d+)(万?元)")
    c.per_unit(pm2, u, parts[0], N(area) * 10000, "预防费用 per 平方米")
    crow = byname["新建房屋预防每平方米成本"]
    c.same(pm2, crow[4], "每平方米成本 text/table")
    hh = c.grab(r"处理既有房屋白蚁危害(\d+)户，分别为潭城街道(\d+)户、童游街道(\d+)户、麻沙镇(\d+)户、"
                r"将口镇(\d+)户、其余乡镇(\d+)户")
    c.sum_eq("sum_mismatch", hh[0], list(hh[1:]), "households by district")
    c.same(hh[0], byname["既有房屋白蚁灭治户数"][4], "灭治户数 text/table")
    avg, u = c.grab(r"户均灭治费用(\d+\.\d+)(万?元)")
    c.per_unit(avg, u, parts[1], hh[0], "户均灭治费用")
    rec, rrec = c.grab(r"发现复发(\d+)户，复发率(\d+\.\d+%)")
    c.rate_eq(rrec, rec, hh[0], "复发率")
    c.same(rrec, byname["灭治后一年内复发率"][4], "复发率 text/table")
    rep, inn, irate = c.grab(r"受理白蚁危害报修(\d+)起，其中48小时内上门处置(\d+)起，处置率(\d+\.\d+%)")
    c.rate_eq(irate, inn, rep, "处置率")
    c.same(irate, byname["报修48小时内上门处置率"][4], "处置率 text/table")
    c.eq("sum_mismatch", c.grab(r"其余(\d+)起因住户外出"), N(rep) - N(inn), "其余起数")
    compl = c.grab(r"新建房屋白蚁预防面积完成年度目标的(\d+\.\d+%)")
    c.compl_eq(compl, arow[3], area + "万平方米", "预防面积完成率")
    sat = c.grab(r"群众满意度为(\d+(?:\.\d+)?%)")
    c.same(sat, byname["受益群众满意度"][4], "满意度 text/table")
    ded = c.grab(r"该指标扣(\d+(?:\.\d+)?)分")
    wrow = byname["区级文保单位木构件白蚁危害得到控制"]
    c.eq("score_sum_mismatch", ded, N(wrow[5]) - N(wrow[6]), "扣分")
    total, g = c.grab(r"自评得分(\d+(?:\.\d+)?)分，评价等级为“(.)”")
    c.same(total, total_line[2], "总分 text/table")
    c.grade(g, total, "grade")


# ---------------------------------------------------------------- hb-gongan-baiyi-2020
def check_hb(c):
    year = c.grab(r"\n(\d{4})年度城镇房屋白蚁防治专项经费绩效自评报告")
    c.year_is(c.grab(r"附：(\d{4})年度项目支出绩效自评表"), year, "自评表 header")
    fr = {}
    for name in ["中央资金", "省级资金", "市级资金", "县级资金"]:
        fr[name] = cells(c.grab(r"\n" + name + r" ([^\n]*)"), " ")
    tot = list(c.grab(r"\n合计 (\d+\.\d+) (\d+\.\d+) (\d+\.\d+) (\S+)\n"))
    for i, col in enumerate(["预算数", "到位数", "支出数"]):
        c.sum_eq("sum_mismatch", tot[i], [r[i] for r in fr.values()], f"sources {col}")
    for name, r in list(fr.items()) + [("合计", tot)]:
        c.rate_eq(r[3], r[2], r[0], f"{name} 执行率")
    annual = c.grab(r"全年预算(\d+)万元（上年：")
    c.same(annual, tot[0], "全年预算 text/table")
    prov, city, county = c.grab(r"其中省级住建专项(\d+)万元、荆州市级补助(\d+)万元、县级财政安排(\d+)万元")
    c.sum_eq("sum_mismatch", annual, [prov, city, county], "sources in text")
    c.same(prov, fr["省级资金"][0], "省级 text/table")
    c.same(city, fr["市级资金"][0], "市级 text/table")
    c.same(county, fr["县级资金"][0], "县级 text/table")
    recv, rrate = c.grab(r"全年资金到位(\d+)万元，到位率(\d+\.\d+%)")
    c.rate_eq(rrate, recv, annual, "到位率")
    c.same(recv, tot[1], "到位 text/table")
    spent, srate = c.grab(r"全年支出(\d+\.\d+)万元，执行率(\d+\.\d+%)")
    c.rate_eq(srate, spent, annual, "执行率 text")
    c.same(spent, tot[2], "支出 text/table")
    c.same(srate, tot[3], "执行率 text/table")
    parts = c.grab(r"新建房屋白蚁预防药物及施工(\d+\.\d+)万元，既有房屋灭治(\d+\.\d+)万元，"
                   r"公共建筑白蚁监测及应急灭治(\d+\.\d+)万元，\n— 1 —\n设备购置及宣传培训(\d+\.\d+)万元")
    c.sum_eq("sum_mismatch", spent, list(parts), "spending by use")
    bal, cy = c.grab(r"已到位未支出的(\d+\.\d+)万元[^。]*?结转(\d{4})年")
    c.eq("balance_mismatch", bal, N(recv) - N(spent), "结转 = 到位 - 支出", scalable=True)
    c.year_after(cy, year, "carried")
    # self-evaluation table
    ex = c.grab(r"\n(\d+\.\d+) (\d+\.\d+) (\d+\.\d+%) (\d+) (\d+\.\d+)\n")
    c.same(ex[0], tot[0], "自评表 全年预算 / funds table")
    c.same(ex[1], tot[2], "自评表 执行数 / funds table")
    c.rate_eq(ex[2], ex[1], ex[0], "自评表 执行率")
    c.exec_score(ex[3], ex[2], ex[1], ex[0], ex[4], "自评表")
    sec = c.section("年度目标 一级指标 二级指标", "\n合计 100")
    blocks, cur = {}, None
    for line in sec.splitlines()[1:]:
        if re.match(r"目标\d：", line):
            cur = line[:3]
            blocks[cur] = []
        elif line.strip():
            blocks[cur].append(cells(line, " "))
    tl = c.grab(r"\n合计 (\d+) (\d+(?:\.\d+)?)\n")
    rows = [r for b in blocks.values() for r in b]
    c.check(N(tl[0]) == 100, "weight_sum_mismatch", "stated weight total")
    c.sum_eq("weight_sum_mismatch", tl[0], [ex[3]] + [r[5] for r in rows], "weights", scalable=False)
    c.sum_eq("score_sum_mismatch", tl[1], [ex[4]] + [r[6] for r in rows], "scores", scalable=False)
    by = {}
    for r in rows:
        by[r[2]] = r
        c.within(r[5], r[6], r[2])
        c.rule(r[3], r[4], r[5], r[6], r[2])
    execw = c.grab(r"预算执行率(\d+)分，按执行率乘以")
    c.eq("weight_sum_mismatch", execw, N(ex[3]), "execution weight text/table")
    bw = c.grab(r"三个年度目标分别为(\d+)分、(\d+)分、(\d+)分")
    for w, (k, b) in zip(bw, blocks.items()):
        c.sum_eq("weight_sum_mismatch", w, [r[5] for r in b], f"{k} weight", scalable=False)
    c.sum_eq("weight_sum_mismatch", "100", [execw] + list(bw), "text weights", scalable=False)
    tg = c.grab(r"新建房屋白蚁预防面积(\d+)万平方米以上，药物施工抽检合格率不低于(\d+)%；年度目标2：灭治既有房屋白蚁危害(\d+)户以上，"
                r"灭治后复发率不高于(\d+)%；.*?群众满意度不低于(\d+)%")
    for v, k in zip(tg, ["新建房屋白蚁预防面积", "药物施工抽检合格率", "既有房屋白蚁灭治户数", "灭治后复发率", "群众满意度"]):
        c.same(v, by[k][3], f"target {k} text/table")
    c.same(c.grab(r"低于(\d+\.\d+)元的控制标准"), by["新建房屋每平方米预防成本"][3], "target 预防成本 text/table")
    # outputs
    area = c.grab(r"预防面积(\d+\.\d+)万平方米（\d{4}年为")
    c.same(area + "万平方米", by["新建房屋白蚁预防面积"][4], "预防面积 text/table")
    n, ok, qr = c.grab(r"药物施工抽检(\d+)处，合格(\d+)处，合格率(\d+(?:\.\d+)?%)")
    c.rate_eq(qr, ok, n, "抽检合格率")
    c.same(qr, by["药物施工抽检合格率"][4], "合格率 text/table")
    pm2, u = c.grab(r"折合每平方米(\d+\.\d+)(万?元)")
    c.per_unit(pm2, u, parts[0], N(area) * 10000, "预防 per 平方米")
    c.same(pm2, by["新建房屋每平方米预防成本"][4], "预防成本 text/table")
    hh = c.grab(r"灭治既有房屋白蚁危害(\d+)户，分别为斗湖堤镇(\d+)户、埠河镇(\d+)户、杨家厂镇(\d+)户、其余各镇(\d+)户")
    c.sum_eq("sum_mismatch", hh[0], list(hh[1:]), "households by town")
    c.same(hh[0], by["既有房屋白蚁灭治户数"][4], "灭治户数 text/table")
    compl = c.grab(r"完成年度目标的(\d+\.\d+%)")
    c.compl_eq(compl, by["既有房屋白蚁灭治户数"][3], hh[0] + "户", "灭治户数完成率")
    area2, cost2, u2 = c.grab(r"灭治房屋建筑面积合计(\d+\.\d+)万平方米，每平方米灭治成本约(\d+(?:\.\d+)?)(万?元)")
    c.per_unit(cost2, u2, parts[1], N(area2) * 10000, "灭治 per 平方米")
    c.same(cost2, by["每平方米灭治成本"][4], "灭治成本 text/table")
    rec, rr = c.grab(r"复发(\d+)户，复发率(\d+\.\d+%)")
    c.rate_eq(rr, rec, hh[0], "复发率")
    c.same(rr, by["灭治后复发率"][4], "复发率 text/table")
    sat = c.grab(r"群众满意度(\d+\.\d+%)")
    c.same(sat, by["群众满意度"][4], "满意度 text/table")
    total, g = c.grab(r"本项目得分(\d+\.\d+)分，等级为(优|良|中|差)")
    c.same(total, tl[1], "总分 text/table")
    c.grade(g, total, "grade")


# ---------------------------------------------------------------- sx-yuci-zijianfang-2023
def flat_row(c, label):
    m = list(re.finditer(r"(?m)^\t" + re.escape(label) + r"\n((?:\t[^\n]*(?:\n|$))*)", c.t))
    if len(m) != 1:
        raise ParseError(f"{c.name}: flattened row {label!r} matched {len(m)}")
    return [l[1:] for l in m[0].group(1).split("\n") if l.startswith("\t")]


def zero(s):
    return s if s.strip() else "0"


def check_sx(c):
    year = c.grab(r"附件1\.项目支出绩效自评表（(\d{4})年度）")
    c.year_is(c.grab(r"(\d{4})年6月省级下达"), year, "budget sentence year")
    F = {}
    for lab in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]:
        F[lab] = flat_row(c, lab)
    # cells: 行次, 总, 小计, 中央, 省, 市, 县区, 结转, 其他
    for lab in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]:
        r = [zero(x) for x in F[lab]]
        c.sum_eq("sum_mismatch", r[1], [r[2], r[7], r[8]], f"{lab} 总额")
        c.sum_eq("sum_mismatch", r[2], r[3:7], f"{lab} 财政小计")
    R2, R3, R4 = ([zero(x) for x in F[k]] for k in ["全年预算资金", "实际到位资金", "全年执行资金"])
    for j in range(1, 9):
        b = F["资金结余"][j]
        if b.strip():
            c.eq("balance_mismatch", b, N(R3[j]) - N(R4[j]), f"(5) col {j}", scalable=True)
        c.rate_eq(F["预算到位率"][j], R3[j], R2[j], f"(6) col {j}")
        c.rate_eq(F["预算执行率(%)"][j], R4[j], R2[j], f"(7) col {j}")
    # 附件1
    sec = c.t[c.t.index("附件1.项目支出绩效自评表"):]
    blocks = [b for b in sec.split("\n\n") if b.startswith("\t")]
    rows = []
    for b in blocks:
        cl = [l[1:] for l in b.split("\n") if l.startswith("\t")]
        if len(cl) == 9 and cl[0] != "一级指标":
            rows.append(cl)
    c.check(len(rows) == 8, "weight_sum_mismatch", f"附件1 rows read: {len(rows)}")
    c.sum_eq("weight_sum_mismatch", "100", [r[3] for r in rows], "weights", scalable=False)
    by, groups, g1 = {}, {}, None
    for r in rows:
        g1 = r[0] or g1
        groups.setdefault(g1, []).append(r[7])
        by[r[2]] = r
        c.within(r[3], r[7], r[2])
        if split_unit(r[4]) and split_unit(r[5]):
            if r[6] != "—":
                c.compl_eq(r[6], r[4], r[5], r[2])
            c.rule(r[4], r[5], r[3], r[7], r[2])
    tg = c.grab(r"完成经营性自建房安全鉴定不少于(\d+)栋；鉴定为C级、D级的房屋管控措施落实率不低于(\d+)%；.*?"
                r"每平方米鉴定费用控制在(\d+\.\d+)元以内；.*?房屋使用人满意度不低于(\d+)%")
    for v, k in zip(tg, ["经营性自建房安全鉴定栋数", "C级、D级房屋管控措施落实率", "每平方米鉴定费用", "房屋使用人满意度"]):
        c.same(v, by[k][4], f"target {k} text/table")
    c.same(c.grab(r"每平方米费用低于(\d+\.\d+)元的控制标准"), by["每平方米鉴定费用"][4], "target 成本 text/table")
    ex = by["预算执行率"]
    c.same(ex[5], F["预算执行率(%)"][1], "执行率 附件1 / funds table")
    # prose
    init = c.grab(r"年初区级预算安排(\d+)万元")
    c.same(init, R2[0] if False else zero(F["年初预算资金"][1]), "年初 text/table")
    prov = c.grab(r"省级下达自建房安全专项整治补助资金(\d+)万元")
    c.same(prov, R2[4], "省级 text/table")
    cut = c.grab(r"调减(\d+)万元")
    annual = c.grab(r"全年预算调整为(\d+)万元")
    c.sum_eq("sum_mismatch", annual, [init, cut, prov], "年初 - 调减 + 省级", signs=[1, -1, 1])
    c.same(annual, R2[1], "全年预算 text/table")
    spent, fee, oth = c.grab(r"全年支出(\d+\.\d+)万元，其中支付三家鉴定机构鉴定服务费(\d+\.\d+)万元，专家复核及信息录入费用(\d+\.\d+)万元")
    c.sum_eq("sum_mismatch", spent, [fee, oth], "spending")
    c.same(spent, R4[1], "支出 text/table")
    tp = c.grab(r"总得分(\d+\.\d+)分，其中预算执行(\d+\.\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分，评价等级为“(..)”")
    c.sum_eq("score_sum_mismatch", tp[0], list(tp[1:5]), "total = parts (text)", scalable=False)
    c.sum_eq("score_sum_mismatch", tp[0], [r[7] for r in rows], "total = 附件1 scores", scalable=False)
    for part, key in zip(tp[1:5], ["预算执行指标", "产出指标", "效益指标", "满意度指标"]):
        c.sum_eq("score_sum_mismatch", part, groups[key], f"{key} subtotal", scalable=False)
    c.grade(tp[5], tp[0], "grade")
    b = c.grab(r"完成经营性自建房安全鉴定(\d+)栋（\d{4}年排查阶段已完成初步摸底\d+栋），分别为锦纶街道(\d+)栋、北关街道(\d+)栋、"
               r"西南街道(\d+)栋、其余街道和乡镇(\d+)栋，鉴定建筑面积(\d+\.\d+)万平方米")
    c.sum_eq("sum_mismatch", b[0], list(b[1:5]), "buildings by street")
    c.same(b[0], by["经营性自建房安全鉴定栋数"][5], "栋数 text/table")
    ag = c.grab(r"三家鉴定机构分别完成(\d+)栋、(\d+)栋、(\d+)栋，平均每家(\d+)栋")
    c.sum_eq("sum_mismatch", b[0], list(ag[:3]), "buildings by agency")
    c.eq("average_mismatch", ag[3], sum(N(x) for x in ag[:3]) / 3, "average per agency")
    gr = c.grab(r"鉴定结论为A级(\d+)栋、B级(\d+)栋、C级(\d+)栋、D级(\d+)栋")
    c.sum_eq("sum_mismatch", b[0], list(gr), "buildings by grade")
    dd, dr = c.grab(r"D级(\d+)栋已全部停止使用或拆除，处置率(\d+%)")
    c.same(dd, gr[3], "D级 count")
    c.rate_eq(dr, dd, gr[3], "D级处置率")
    cc, cdone, cr = c.grab(r"C级(\d+)栋中已落实加固或限制使用措施(\d+)栋，处置率(\d+\.\d+%)")
    c.same(cc, gr[2], "C级 count")
    c.rate_eq(cr, cdone, cc, "C级处置率")
    cd, cddone, cdr = c.grab(r"C、D级合计(\d+)栋中已落实管控措施(\d+)栋，落实率(\d+\.\d+%)")
    c.sum_eq("sum_mismatch", cd, [cc, dd], "C+D")
    c.sum_eq("sum_mismatch", cddone, [cdone, dd], "C+D done")
    c.rate_eq(cdr, cddone, cd, "落实率")
    c.same(cdr, by["C级、D级房屋管控措施落实率"][5], "落实率 text/table")
    c.eq("sum_mismatch", c.grab(r"未落实的(\d+)栋"), N(cd) - N(cddone), "未落实")
    crow = by["每平方米鉴定费用"]
    m = re.match(r"(\d+\.\d+)(万?元)$", crow[5])
    if m:
        c.per_unit(m.group(1), m.group(2), fee, N(b[5]) * 10000, "鉴定费 per 平方米")
    else:
        c.check(False, "unit_mismatch", f"成本 actual {crow[5]!r}")
    trow = by["经营性自建房安全管理台账"]
    c.eq("score_sum_mismatch", c.grab(r"信息不全，扣(\d+)分"), N(trow[3]) - N(trow[7]), "扣分")
    q = c.grab(r"发放问卷(\d+)份，收回(\d+)份，其中表示满意(\d+)份，满意度(\d+\.\d+%)")
    c.rate_eq(q[3], q[2], q[1], "满意度")
    c.same(q[3], by["房屋使用人满意度"][5], "满意度 text/table")


# ---------------------------------------------------------------- sc-wutongqiao-fwjianding-2024
def check_sc(c):
    year = c.grab(r"\n(\d{4})年度乐山市五通桥区住房和城乡建设局项目支出")
    c.year_is(c.grab(r"项目支出绩效自评表\n（(\d{4})年度）"), year, "自评表 header")
    c.year_is(c.grab(r"\n(\d{4})年年初批复本项目"), year, "budget sentence")
    fr = {}
    for name in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        fr[name] = cells(c.grab(r"\n" + re.escape(name) + r"\t([^\n]*)"))
    tot = fr["年度资金总额"]
    others = [fr[k] for k in ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        c.sum_eq("sum_mismatch", tot[i], [r[i] for r in others], f"funds {col}")
    for name, r in fr.items():
        c.rate_eq(r[4], r[2], r[1], f"{name} 执行率")
    c.exec_score(tot[3], tot[4], tot[2], tot[1], tot[5], "funds")
    sec = c.section("一级指标\t二级指标\t三级指标\t指标性质", "\n总分\t")
    rows = [cells(l) for l in sec.splitlines()[1:] if l.strip()]
    tl = cells(c.grab(r"\n(总分\t[^\n]*)"))
    c.check(N(tl[1]) == 100, "weight_sum_mismatch", "stated weight total")
    c.sum_eq("weight_sum_mismatch", tl[1], [tot[3]] + [r[7] for r in rows], "weights", scalable=False)
    c.sum_eq("score_sum_mismatch", tl[2], [tot[5]] + [r[8] for r in rows], "scores", scalable=False)
    by = {}
    for r in rows:
        by[r[2]] = r
        c.within(r[7], r[8], r[2])
        c.rule(r[3] + r[4] + r[5], r[6] + r[5], r[7], r[8], r[2])
    tg = c.grab(r"完成房屋安全鉴定(\d+)栋以上，白蚁灭治面积(\d+\.\d+)万平方米以上，鉴定报告复核合格率(\d+)%，应急鉴定(\d+)小时内到场，"
                r"白蚁灭治每平方米成本不超过(\d+)元，D级危房住户全部撤离安置，灭治复发率不高于(\d+)%，群众满意度(\d+)%以上")
    for v, k in zip(tg, ["房屋安全鉴定栋数", "白蚁灭治面积", "鉴定报告复核合格率", "应急鉴定到场时间", "白蚁灭治每平方米成本",
                         "白蚁灭治复发率", "群众满意度"]):
        c.same(v, by[k][4], f"target {k} text/table")
    g_tab = c.grab(r"自评等级：(优秀|良好|中等|合格|较差|差)")
    g_txt = c.grab(r"项目绩效总体评价为(优秀|良好|中等|合格|较差|差)")
    c.grade(g_tab, tl[2], "grade (table)")
    c.grade(g_txt, tl[2], "grade (text)")
    # prose
    decl = c.grab(r"申报年度经费(\d+)万元")
    init = c.grab(r"年初批复本项目预算(\d+\.\d+)万元")
    c.same(decl, init, "申报 / 批复")
    c.same(init, tot[0], "年初 text/table")
    add, annual = c.grab(r"追加应急鉴定经费(\d+\.\d+)万元，全年预算调整为(\d+\.\d+)万元")
    c.sum_eq("sum_mismatch", annual, [init, add], "年初 + 追加")
    c.same(annual, tot[1], "全年预算 text/table")
    recv, rrate = c.grab(r"全年到位(\d+\.\d+)万元，资金到位率(\d+(?:\.\d+)?%)")
    c.rate_eq(rrate, recv, annual, "到位率")
    sp = c.grab(r"全年支出(\d+\.\d+)万元，其中鉴定服务费(\d+\.\d+)万元、白蚁灭治费(\d+\.\d+)万元、专家复核及档案整理费(\d+\.\d+)万元")
    c.sum_eq("sum_mismatch", sp[0], list(sp[1:]), "spending")
    c.same(sp[0], tot[2], "支出 text/table")
    unpaid, py = c.grab(r"尚未支付的(\d+\.\d+)万元[^。]*?于(\d{4})年支付")
    c.eq("balance_mismatch", unpaid, N(recv) - N(sp[0]), "未支付 = 到位 - 支出", scalable=True)
    c.year_after(py, year, "尾款 paid")
    b = c.grab(r"全年受理鉴定申请(\d+)栋，完成(\d+)栋，分别为竹根镇(\d+)栋、牛华镇(\d+)栋、金粟镇(\d+)栋、其余乡镇(\d+)栋；"
               r"其中应急鉴定(\d+)栋、委托鉴定(\d+)栋")
    c.sum_eq("sum_mismatch", b[1], list(b[2:6]), "buildings by town")
    c.sum_eq("sum_mismatch", b[1], list(b[6:8]), "buildings by type")
    c.same(b[1], by["房屋安全鉴定栋数"][6], "鉴定栋数 text/table")
    c.same(b[0], by["房屋安全鉴定栋数"][4], "受理 = 目标 400")
    c.eq("sum_mismatch", c.grab(r"一是(\d+)栋房屋因申请人撤回申请"), N(b[0]) - N(b[1]), "撤回栋数 (text)")
    c.eq("sum_mismatch", c.grab(r"\t(\d+)栋申请人撤回申请"), N(b[0]) - N(b[1]), "撤回栋数 (table)")
    per, u = c.grab(r"平均每栋鉴定费用(\d+\.\d+)(万?元)")
    c.per_unit(per, u, sp[1], b[1], "鉴定费 per 栋")
    c.plausible(c.grab(r"录入率(\d+(?:\.\d+)?)%"), "录入率")
    n, ok, qr = c.grab(r"对(\d+)份鉴定报告进行复核，合格(\d+)份，合格率(\d+(?:\.\d+)?%)")
    c.rate_eq(qr, ok, n, "复核合格率")
    c.same(qr, by["鉴定报告复核合格率"][6], "合格率 text/table")
    c.eq("sum_mismatch", c.grab(r"对不合格的(\d+)份"), N(n) - N(ok), "不合格份数")
    area, compl = c.grab(r"完成白蚁灭治面积(\d+\.\d+)万平方米（\d{4}年：[\d.]+万平方米），完成年度目标的(\d+(?:\.\d+)?%)")
    arow = by["白蚁灭治面积"]
    c.same(area, arow[6], "灭治面积 text/table")
    c.compl_eq(compl, arow[3] + arow[4] + arow[5], area + arow[5], "灭治面积完成率")
    crow = by["白蚁灭治每平方米成本"]
    c.per_unit(crow[6], crow[5], sp[2], N(arow[6]) * 10000, "灭治成本 per 平方米")
    rn, rc, rr = c.grab(r"对上年及本年灭治的(\d+)处房屋复查，发现复发(\d+)处，复发率(\d+\.\d+%)")
    c.rate_eq(rr, rc, rn, "复发率")
    c.same(rr, by["白蚁灭治复发率"][6], "复发率 text/table")
    sat = c.grab(r"群众满意度(\d+\.\d+)%")
    c.same(sat, by["群众满意度"][6], "满意度 text/table")


# ---------------------------------------------------------------- gd-jiaoling-baiyisuo-bumen-2018
def check_gd(c):
    year = c.grab(r"\n蕉岭县白蚁防治所(\d{4})年度部门整体支出绩效自评报告\n")
    c.year_is(c.grab(r"\n蕉岭县白蚁防治所(\d{4})年度部门整体支出绩效自评表"), year, "附表 header")
    c.year_is(c.grab(r"\n(\d{4})年年初预算"), year, "budget sentence")
    sec = c.section("支出类别\t年初预算数", "\n年末结余")
    dr = {l.split("\t")[0]: l.split("\t")[1:] for l in sec.splitlines()[1:] if l.strip()}
    base, pers, pub, proj, tot = (dr[k] for k in ["基本支出", "其中：人员经费", "公用经费", "项目支出", "合计"])
    for i, col in enumerate(["年初", "全年", "支出"]):
        c.sum_eq("sum_mismatch", base[i], [pers[i], pub[i]], f"基本支出 {col}")
        c.sum_eq("sum_mismatch", tot[i], [base[i], proj[i]], f"合计 {col}")
    for k, r in dr.items():
        c.rate_eq(r[3], r[2], r[1], f"{k} 执行率")
    p = c.grab(r"年初预算(\d+\.\d+)万元，年中追加(\d+\.\d+)万元（其中省级白蚁防治补助(\d+\.\d+)万元、县级追加(\d+\.\d+)万元），全年预算(\d+\.\d+)万元")
    c.sum_eq("sum_mismatch", p[4], [p[0], p[1]], "年初 + 追加")
    c.sum_eq("sum_mismatch", p[1], [p[2], p[3]], "追加 by level")
    c.same(p[0], tot[0], "年初 text/table")
    c.same(p[4], tot[1], "全年 text/table")
    fin, biz = c.grab(r"财政拨款(\d+\.\d+)万元，事业收入(\d+\.\d+)万元")
    c.sum_eq("sum_mismatch", p[4], [fin, biz], "sources")
    spent, srate = c.grab(r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)")
    c.rate_eq(srate, spent, p[4], "执行率 text")
    c.same(spent, tot[2], "支出 text/table")
    c.same(srate, tot[3], "执行率 text/table")
    bal, pbal, cy = c.grab(r"年末结余(\d+\.\d+)万元，其中项目支出结余(\d+\.\d+)万元[^。]*?结转(\d{4})年")
    c.eq("balance_mismatch", bal, N(p[4]) - N(spent), "结余", scalable=True)
    c.eq("balance_mismatch", pbal, N(proj[1]) - N(proj[2]), "项目结余", scalable=True)
    c.year_after(cy, year, "结转")
    cur3, prev3, dec3 = c.grab(r"“三公”经费支出(\d+\.\d+)万元（\d{4}年：(\d+\.\d+)万元），比上年下降(\d+(?:\.\d+)?%)")
    c.rate_eq(dec3, N(prev3) - N(cur3), prev3, "三公 下降率")
    # project table
    ps = c.section("项目名称\t全年预算数", "\n1.新建房屋")
    pr = {l.split("\t")[0]: l.split("\t")[1:] for l in ps.splitlines()[1:] if l.strip()}
    names = ["新建房屋白蚁预防", "既有房屋白蚁灭治", "水库堤围白蚁防治"]
    for i, col in enumerate(["预算", "支出"]):
        c.sum_eq("sum_mismatch", pr["合计"][i], [pr[k][i] for k in names], f"项目 {col}")
    for k in names + ["合计"]:
        c.rate_eq(pr[k][2], pr[k][1], pr[k][0], f"{k} 执行率")
    c.same(pr["合计"][0], proj[1], "项目预算 two tables")
    c.same(pr["合计"][1], proj[2], "项目支出 two tables")
    # indicator table
    isec = c.section("一级指标\t二级指标\t三级指标\t分值", "\n合计\t100")
    rows = [cells(l) for l in isec.splitlines()[1:] if l.strip()]
    tl = cells(c.grab(r"\n(合计\t100\t[^\n]*)"))
    c.check(N(tl[1]) == 100, "weight_sum_mismatch", "stated weight total")
    c.sum_eq("weight_sum_mismatch", tl[1], [r[3] for r in rows], "weights", scalable=False)
    c.sum_eq("score_sum_mismatch", tl[4], [r[6] for r in rows], "scores", scalable=False)
    by = {}
    for r in rows:
        by[r[2]] = r
        c.within(r[3], r[6], r[2])
        if r[4] != "—":
            c.rule(r[4], r[5], r[3], r[6], r[2])
    c.same(by["预算执行率"][5], srate, "执行率 table/text")
    area, prev, pm2, u = c.grab(r"全年完成预防面积(\d+\.\d+)万平方米（\d{4}年：(\d+\.\d+)万平方米），每平方米预防费用约(\d+\.\d+)(万?元)")
    c.per_unit(pm2, u, pr["新建房屋白蚁预防"][1], N(area) * 10000, "预防 per 平方米")
    c.same(area + "万平方米", by["新建房屋白蚁预防面积"][5], "预防面积 text/table")
    hh = c.grab(r"灭治既有房屋白蚁危害(\d+)户，分别为蕉城镇(\d+)户、长潭镇(\d+)户、三圳镇(\d+)户、新铺镇(\d+)户")
    c.sum_eq("sum_mismatch", hh[0], list(hh[1:]), "households by town")
    c.same(hh[0] + "户", by["既有房屋白蚁灭治户数"][5], "灭治户数 text/table")
    rec, rr = c.grab(r"复发(\d+)户，复发率(\d+\.\d+%)")
    c.rate_eq(rr, rec, hh[0], "复发率")
    c.same(rr, by["灭治后复发率"][5], "复发率 text/table")
    sc = c.grab(r"3个项目自评得分分别为(\d+)分、(\d+)分、(\d+)分，平均(\d+\.\d+)分")
    for s, k in zip(sc[:3], names):
        c.same(s, pr[k][3], f"{k} score text/table")
    c.eq("average_mismatch", sc[3], sum(N(x) for x in sc[:3]) / 3, "average project score")
    sat, tgt = c.grab(r"服务对象满意度(\d+\.\d+%)，未达到(\d+)%的目标")
    c.same(sat, by["服务对象满意度"][5], "满意度 text/table")
    c.same(tgt, by["服务对象满意度"][4], "满意度目标 text/table")
    c.eq("score_sum_mismatch", c.grab(r"资产管理规范性扣(\d+\.\d+)分"),
         N(by["资产管理规范性"][3]) - N(by["资产管理规范性"][6]), "扣分")
    total, g = c.grab(r"自评得分(\d+)分，评价等级为“(..)”")
    c.same(total, tl[4], "总分 text/table")
    c.grade(g, total, "grade")


CHECKS = {
    "fj-jianyang-baiyi-2021": check_fj,
    "hb-gongan-baiyi-2020": check_hb,
    "sx-yuci-zijianfang-2023": check_sx,
    "sc-wutongqiao-fwjianding-2024": check_sc,
    "gd-jiaoling-baiyisuo-bumen-2018": check_gd,
}


# ---------------------------------------------------------------- structure
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def number_token(text, i, j):
    """expand [i, j) in text to the whole number it touches (digits and one dot)."""
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] == "."):
        i -= 1
    while j < len(text) and (text[j].isdigit() or text[j] == "."):
        j += 1
    tok = text[i:j].strip(".")
    return tok if re.search(r"\d", tok) else ""


def standalone_count(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d]|\.\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    clean = {}
    for lab in labels:
        if lab["clean"]:
            clean[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    where = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        c = Ck(text, lab["case"])
        try:
            CHECKS[src](c)
        except (ParseError, KeyError, IndexError, ValueError) as exc:
            problems.append(f"{lab['case']}: parse failure {exc!r}")
            continue
        failing = sorted({code for code, _ in c.fails})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if c.fails or c.warns:
                problems.append(f"{lab['case']}: clean draft fails {c.fails + c.warns}")
            print(f"{lab['case']:45s} clean   checks={c.n:3d} fails=0" if not (c.fails or c.warns) else
                  f"{lab['case']:45s} clean   FAILS")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        e = exp[0]
        code, value = e["code"], e["value"]
        counts[code] = counts.get(code, 0) + 1
        if e["severity"] != "error" or code not in CODES:
            problems.append(f"{lab['case']}: bad code/severity {code}/{e['severity']}")
        if set(e) != {"code", "severity", "value", "explanation"}:
            problems.append(f"{lab['case']}: label keys {sorted(e)}")
        occ = text.count(value)
        if occ != 1:
            problems.append(f"{lab['case']}: value {value!r} occurs {occ} times")
        base = clean[src]
        p, ea, eb = diff_region(base, text)
        vi = text.find(value)
        if not (vi < max(eb, p + 1) and p < vi + len(value)):
            problems.append(f"{lab['case']}: diff [{p},{eb}) does not overlap value at {vi}")
        if code != "year_mismatch":
            tok = number_token(base, p, ea)
            if tok and len(tok.replace(".", "")) >= 3 and tok != "100":
                n = standalone_count(base, tok)
                if code == "conflicting_values" and n < 2:
                    problems.append(f"{lab['case']}: conflicting figure {tok} occurs {n} time(s) in the clean draft")
                if code != "conflicting_values" and n != 1:
                    problems.append(f"{lab['case']}: changed figure {tok} occurs {n} times in the clean draft")
        if failing != [code]:
            problems.append(f"{lab['case']}: labelled {code}, checks fail {failing}: {c.fails}")
        print(f"{lab['case']:45s} {code:22s} checks={c.n:3d} fails={failing} warns={sorted({w for w, _ in c.warns})}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if problems:
        print("\nPROBLEMS:")
        for pr in problems:
            print(" -", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
