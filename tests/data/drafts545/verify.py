#!/usr/bin/env python3
"""Independent re-check of drafts545 (standard library + decimal only).

For every case the figures are read back from the text (per-project regular expressions and table
parsers), every arithmetic identity of rules.md §7 is recomputed with Decimal (ROUND_HALF_UP, the
decimals tolerance of §8), and each failure is assigned the error code of errors.md §A.

Requirements checked:
  * every clean draft fails no check (error codes and score_rule warnings alike);
  * every error case fails its labelled code and no other error code;
  * each label value occurs exactly once in its case, the case differs from its clean draft by one
    contiguous edit of at most 40 characters, and that edit overlaps the value;
  * every code of errors.md §A is labelled at least twice; clean drafts are 1,500–5,000 characters.
Prints OK when everything holds.
"""
import html
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
NUM = r"([\d,]+(?:\.\d+)?)"
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class ExtractError(Exception):
    pass


def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndec(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    return abs(D(computed) - dec(stated)) <= D("0.5") * D(10) ** -ndec(stated) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def one(pattern, text, flags=0):
    ms = re.findall(pattern, text, flags)
    if len(ms) != 1:
        raise ExtractError(f"pattern {pattern!r} matched {len(ms)} times")
    return ms[0]


def band(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, year):
        self.year = year
        self.errors = []    # (code, message)
        self.warnings = []  # (code, message)

    def fail(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # ---- helpers that reconcile a failure by a 10^4 / 10^8 unit slip (errors.md #11 b) ----
    @staticmethod
    def _rescued(values, test):
        for i in range(len(values)):
            for f in SCALES:
                vv = list(values)
                vv[i] = vv[i] * f
                if test(vv):
                    return True
        return False

    def sum(self, total, parts, msg, signs=None):
        """total == sum(sign_i * part_i)  (I4)."""
        signs = signs or [1] * len(parts)
        vals = [dec(total)] + [dec(p) for p in parts]
        comp = sum(s * v for s, v in zip(signs, vals[1:]))
        if close(total, comp):
            return
        tol = D("0.5") * D(10) ** -max([ndec(total)] + [ndec(p) for p in parts]) + D("1e-9")
        if self._rescued(vals, lambda vv: abs(vv[0] - sum(s * v for s, v in zip(signs, vv[1:]))) <= tol):
            self.fail("unit_mismatch", f"{msg}: reconciled only by rescaling one amount by 10^4/10^8")
        else:
            self.fail("sum_mismatch", f"{msg}: stated {total}, parts give {comp}")

    def product(self, total_wan, count, unit_yuan, msg):
        """an amount in 万元 = count x per-unit amount in 元."""
        comp = dec(count) * dec(unit_yuan) / D(10000)
        if close(total_wan, comp):
            return
        vals = [dec(total_wan), dec(count), dec(unit_yuan)]
        if self._rescued(vals, lambda vv: abs(vv[0] - vv[1] * vv[2] / D(10000)) <= D("0.005")):
            self.fail("unit_mismatch", f"{msg}: {total_wan}万元 vs {count} x {unit_yuan}元 = {comp}万元, off by a power of ten")
        else:
            self.fail("sum_mismatch", f"{msg}: {total_wan} vs {comp}")

    def rate(self, stated, num, den, msg, cap=True):
        """stated % == num/den*100 (I1, I2); zero base -> '—' or 0; > 100% -> implausible (I5)."""
        s = str(stated).strip()
        if dec(den) == 0:
            if s in ("—", "-", "/", "") or dec(s) == 0:
                return
            self.fail("implausible_rate", f"{msg}: rate {s} on a zero base")
            return
        if s in ("—", "-", "/", ""):
            self.fail("rate_mismatch", f"{msg}: rate missing on a non-zero base")
            return
        comp = dec(num) / dec(den) * 100
        if close(s, comp):
            if cap and dec(s) > 100:
                self.fail("implausible_rate", f"{msg}: rate {s} above 100%")
            return
        vals = [dec(num), dec(den)]
        if self._rescued(vals, lambda vv: close(s, vv[0] / vv[1] * 100)):
            self.fail("unit_mismatch", f"{msg}: {s} reconciled only by rescaling an amount")
        elif cap and dec(s) > 100 and comp > 100:
            self.fail("implausible_rate", f"{msg}: rate {s} above 100%")
        else:
            self.fail("rate_mismatch", f"{msg}: stated {s.rstrip('%')}%, computed {r2(comp)}%")

    def balance(self, stated, received, spent, msg):
        comp = dec(received) - dec(spent)
        if close(stated, comp):
            return
        if self._rescued([dec(stated), dec(received), dec(spent)], lambda vv: abs(vv[0] - (vv[1] - vv[2])) <= D("0.005")):
            self.fail("unit_mismatch", f"{msg}: reconciled only by rescaling")
        else:
            self.fail("balance_mismatch", f"{msg}: stated {stated}, computed {comp}")

    def avg(self, stated, items, msg):
        comp = sum(dec(i) for i in items) / len(items)
        if not close(stated, comp):
            self.fail("average_mismatch", f"{msg}: stated {stated}, mean {comp:.4f}")

    def per_unit(self, stated, total, count, msg):
        """a per-unit figure = total / count (an average)."""
        comp = dec(total) / dec(count)
        if not close(stated, comp):
            self.fail("average_mismatch", f"{msg}: stated {stated}, computed {comp:.4f}")

    def approx(self, stated, computed, msg):
        """约/余: input interval of ± half a unit of the last digit; never an error unless outside."""
        if not close(stated, computed):
            self.fail("average_mismatch", f"{msg}: approximate {stated} not compatible with {computed:.4f}")

    def same(self, a, b, msg):
        """the same quantity stated twice (I11)."""
        va, vb = dec(a), dec(b)
        tol = D("0.5") * D(10) ** -min(ndec(a), ndec(b)) + D("1e-9")
        if abs(va - vb) <= tol:
            return
        if vb != 0 and any(va == vb * f for f in SCALES):
            self.fail("unit_mismatch", f"{msg}: {a} vs {b}, off by a power of ten")
        else:
            self.fail("conflicting_values", f"{msg}: {a} vs {b}")

    def same_text(self, a, b, msg):
        if a.strip() != b.strip():
            self.fail("conflicting_values", f"{msg}: {a!r} vs {b!r}")

    def pp(self, stated_diff, now, before, msg):
        if not close(stated_diff, dec(now) - dec(before)):
            self.fail("rate_mismatch", f"{msg}: {now} - {before} != {stated_diff}")

    def growth(self, stated, now, before, msg):
        self.rate(stated, dec(now) - dec(before), before, msg, cap=False)

    def grade(self, total, grade_word, msg):
        g = GRADE_WORDS.get(grade_word.strip())
        if g is None:
            raise ExtractError(f"unknown grade {grade_word!r}")
        if g != band(total):
            self.fail("grade_mismatch", f"{msg}: total {total} is {band(total)}, stated {grade_word}")

    def years(self, text, extra=()):
        """I14: evaluation year consistency."""
        Y = self.year
        for y in re.findall(r"截至(\d{4})年12月31日", text):
            if int(y) != Y:
                self.fail("year_mismatch", f"截至{y}年12月31日 in a {Y} report")
        for y in re.findall(r"结转至(\d{4})年", text):
            if int(y) <= Y:
                self.fail("year_mismatch", f"结转至{y}年 in a {Y} report")
        for y, m in re.findall(r"(\d{4})年(\d{1,2})月下达", text):
            if not (int(y) == Y or (int(y) == Y - 1 and int(m) == 12)):
                self.fail("year_mismatch", f"{y}年{m}月下达 in a {Y} report")
        for y in re.findall(r"(\d{4})年度", text):
            if int(y) != Y:
                self.fail("year_mismatch", f"{y}年度 in a {Y} report")
        for y in re.findall(r"(\d{4})年年初预算", text):
            if int(y) != Y:
                self.fail("year_mismatch", f"{y}年年初预算 in a {Y} report")
        for y in extra:
            if int(y) != Y:
                self.fail("year_mismatch", f"year {y} where {Y} is due")

    # ---- indicator rows ----
    def indicators(self, rows, total_weight, total_score, blocks=None, band_low=D("0.6")):
        """rows: dicts name, target, actual, completion (or None), weight, score, level.
        Checks I6 weights, I7 scores, I8 completion, I13 units, I5 percentages; score rule as warning."""
        wsum = sum(dec(r["weight"]) for r in rows)
        if not close(total_weight, wsum) or dec(total_weight) != 100:
            self.fail("weight_sum_mismatch", f"weights add to {wsum}, stated {total_weight}")
        if blocks:
            for lvl, w in blocks.items():
                s = sum(dec(r["weight"]) for r in rows if r["level"] == lvl)
                if s != dec(w):
                    self.fail("weight_sum_mismatch", f"block {lvl}: rows add to {s}, block weight {w}")
        ssum = sum(dec(r["score"]) for r in rows)
        if not close(total_score, ssum):
            self.fail("score_sum_mismatch", f"scores add to {ssum}, stated {total_score}")
        for r in rows:
            self.indicator(r, band_low)

    def indicator(self, r, band_low):
        name, T, A, C = r["name"], r["target"].strip(), r["actual"].strip(), r.get("completion")
        w, s = dec(r["weight"]), dec(r["score"])
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{name}: score {r['score']} vs weight {r['weight']}")
        date_re = r"(\d{4})年(\d{1,2})月(\d{1,2})日"
        if re.search(date_re, T):
            ty, tm, td = map(int, re.search(date_re, T).groups())
            ma = re.search(date_re, A)
            if not ma:
                self.fail("unit_mismatch", f"{name}: date target, actual {A!r}")
                return
            ay, am, ad = map(int, ma.groups())
            for y in (ty, ay):
                if y != self.year:
                    self.fail("year_mismatch", f"{name}: date in {y}")
            met = (ay, am, ad) <= (ty, tm, td)
            if C is not None and C.strip() not in ("—",) and not close(C, 100 if met else 0):
                self.fail("completion_mismatch", f"{name}: completion {C}")
            if met and s != w:
                self.warn("score_rule_mismatch", f"{name}: met date target scored {s}/{w}")
            return
        mt = re.match(r"^(≥|≤|=|＞|＜|>=|<=)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$", T)
        ma = re.match(r"^([\d,]+(?:\.\d+)?)\s*(.*)$", A)
        if not mt:  # qualitative
            if ma:
                self.fail("unit_mismatch", f"{name}: qualitative target, numeric actual {A!r}")
            if C is not None and C.strip() not in ("—", "/", ""):
                self.fail("completion_mismatch", f"{name}: completion {C} on a qualitative row")
            lo, hi = {"达成年度指标": (D("0.8"), D(1)), "达成": (D("0.8"), D(1)),
                      "部分达成": (band_low, D("0.8"))}.get(A, (D(0), D("0.6")))
            ok = (lo * w <= s <= w) if hi == 1 else (lo * w <= s < hi * w)
            if not ok:
                self.warn("score_rule_mismatch", f"{name}: qualitative {A} scored {s}/{w}")
            return
        sign, tnum, tunit = mt.groups()
        if not ma:
            self.fail("unit_mismatch", f"{name}: numeric target {T!r}, actual {A!r}")
            return
        anum, aunit = ma.groups()
        if tunit.strip() != aunit.strip():
            self.fail("unit_mismatch", f"{name}: target unit {tunit!r}, actual unit {aunit!r}")
            return
        t, a = dec(tnum), dec(anum)
        if aunit.strip() == "%" and a > 100:
            self.fail("implausible_rate", f"{name}: {A} above 100%")
        direction = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
        if direction == "eq" and t == 0:
            comp_c = D(100) if a <= 0 else None
            exp = w if a <= 0 else D(0)
        elif direction == "lte":
            comp_c = D(100) if a <= t else t / a * 100
            exp = w if a <= t else w * t / a
        else:
            comp_c = a / t * 100
            exp = w * min(a / t, D(1))
        if C is not None:
            c = C.strip()
            if comp_c is None:
                if c not in ("—", "/") and dec(c) != 0:
                    self.fail("completion_mismatch", f"{name}: completion {c} where the zero target is missed")
            elif c in ("—", "/"):
                if not (direction == "eq" and t == 0):
                    self.fail("completion_mismatch", f"{name}: completion missing")
            elif not close(c, comp_c):
                self.fail("completion_mismatch", f"{name}: stated {c}, computed {r2(comp_c)}%")
        alt = None
        if C is not None and C.strip() not in ("—", "/"):
            alt = w * min(dec(C) / 100, D(1))
        if not (close(r["score"], exp) or (alt is not None and close(r["score"], alt))):
            self.warn("score_rule_mismatch", f"{name}: scored {r['score']}, rule gives {r2(exp)}")

    def exec_score(self, score, weight, rate_stated, spent, budget, msg):
        exp = dec(weight) * min(dec(spent) / dec(budget), D(1))
        alt = dec(weight) * min(dec(rate_stated) / 100, D(1))
        if dec(score) > dec(weight):
            self.fail("score_exceeds_weight", f"{msg}: {score} > {weight}")
        elif not (close(score, exp) or close(score, alt)):
            self.warn("score_rule_mismatch", f"{msg}: {score} vs {r2(exp)}")


def strip_html(t):
    t = re.sub(r"<br\s*/?>", "", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t).replace("\xa0", " ")


# =====================================================================================
# A  北流市 2020 — Word page saved as HTML
# =====================================================================================
def check_beiliu(t):
    k = Checker(2020)
    rows = []
    for tr in re.findall(r"<tr>(.*?)</tr>", t):
        rows.append([strip_html(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", tr)])
    funds = {r[0]: r[1:] for r in rows if r and r[0] in ("中央资金", "自治区级资金", "北流市本级资金", "上年结转", "合计")}
    if len(funds) != 5:
        raise ExtractError("funds rows")
    srcs = ["中央资金", "自治区级资金", "北流市本级资金", "上年结转"]
    for name in srcs + ["合计"]:
        ini, ann, rec, spent, rate = funds[name]
        k.rate(rate, spent, ann, f"funds {name} 执行率")
    for col, label in enumerate(["年初预算", "全年预算", "实际到位", "全年执行"]):
        k.sum(funds["合计"][col], [funds[s][col] for s in srcs], f"funds column {label}")
    tot = funds["合计"]
    p = strip_html(t)
    ini, cut, add, carry, ann, rec, rrate = one(
        r"年初预算" + NUM + r"万元，年中调减本级经费" + NUM + r"万元，追加自治区级烟花爆竹打非专项补助" + NUM
        + r"万元，加上年结转" + NUM + r"万元，全年预算" + NUM + r"万元，实际到位" + NUM + r"万元，到位率" + NUM + "%", p)
    k.sum(ann, [ini, cut, add, carry], "prose 年初 − 调减 + 追加 + 结转 = 全年", signs=[1, -1, 1, 1])
    k.rate(rrate, rec, ann, "prose 到位率")
    k.same(ini, tot[0], "年初预算 prose/table")
    k.same(ann, tot[1], "全年预算 prose/table")
    k.same(rec, tot[2], "到位 prose/table")
    k.same(add, funds["自治区级资金"][1], "自治区追加 prose/table")
    k.same(carry, funds["上年结转"][1], "上年结转 prose/table")
    k.sum(funds["北流市本级资金"][1], [funds["北流市本级资金"][0], cut], "本级 年初 − 调减 = 全年", signs=[1, -1])
    y, spent, erate, last, diff = one(r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM
                                      + r"%，较2019年的" + NUM + r"%提高" + NUM + "个百分点", p)
    k.same(spent, tot[3], "全年支出 prose/table")
    k.rate(erate, spent, ann, "prose 执行率")
    k.pp(diff, erate, last, "执行率 vs 2019")
    subs = re.findall(r"(经营单位安全检查及专家服务|打非治违专项行动|非法烟花爆竹收缴运输及销毁|安全宣传培训)预算"
                      + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%", p)
    if len(subs) != 4:
        raise ExtractError("sub-items")
    for name, b, s_, r in subs:
        k.rate(r, s_, b, f"sub-item {name}")
    k.sum(ann, [x[1] for x in subs], "sub-item budgets = 全年预算")
    k.sum(tot[3], [x[2] for x in subs], "sub-item spending = 全年执行")
    n, amt, per = one(r"兑现举报奖励(\d+)人次共" + NUM + r"万元（每人次" + NUM + "元）", p)
    k.product(amt, n, per, "举报奖励")
    k.balance(one(r"年末未使用资金" + NUM + "万元", p), tot[2], tot[3], "年末未使用资金 = 到位 − 执行")
    k.years(p)
    acts = one(r"全年开展联合执法行动(\d+)次，其中春节前后(\d+)次、清明前后(\d+)次、中秋国庆前后(\d+)次、其他时段(\d+)次", p)
    k.sum(acts[0], acts[1:], "联合执法行动 breakdown")
    insp = one(r"检查经营单位(\d+)家次，4个片区分别检查(\d+)、(\d+)、(\d+)、(\d+)家次，平均每个片区" + NUM + "家次", p)
    k.sum(insp[0], insp[1:5], "片区 inspections")
    k.avg(insp[5], insp[1:5], "平均每个片区")
    cases = one(r"查处非法生产经营储存运输案件(\d+)起（2019年同期\d+起），其中行政处罚(\d+)起、移送公安机关(\d+)起", p)
    k.sum(cases[0], cases[1:], "案件 breakdown")
    boxes = one(r"收缴非法烟花爆竹" + NUM + r"箱、引火线", p)
    k.approx(one(r"平均每箱处置费约(\d+)元", p), dec(subs[2][2]) * 10000 / dec(boxes), "平均每箱处置费约")
    c1, c2 = one(r"查处案件、收缴数量分别完成年度指标的" + NUM + "%和" + NUM + "%", p)
    people = one(r"宣传覆盖群众" + NUM + "万人次", p)
    nq, nsat, sat = one(r"回收有效问卷(\d+)份，满意及基本满意(\d+)份，满意度" + NUM + "%", p)
    k.rate(sat, nsat, nq, "满意度 from the survey")
    total, grade = one(r"本项目得分" + NUM + r"分，等级为“(.)”", p)
    k.grade(total, grade, "prose grade")
    # 自评表
    ex = [r for r in rows if r and r[0] == "预算执行"]
    if len(ex) != 1:
        raise ExtractError("exec row")
    _, e_ini, e_ann, e_sp, e_w, e_rate, e_sc = ex[0]
    k.same(e_ini, tot[0], "自评表 年初")
    k.same(e_ann, tot[1], "自评表 全年")
    k.same(e_sp, tot[3], "自评表 执行")
    k.rate(e_rate, e_sp, e_ann, "自评表 执行率")
    k.exec_score(e_sc, e_w, e_rate, e_sp, e_ann, "execution score")
    ind = []
    level = None
    for r in rows:
        if len(r) == 9 and r[0] != "一级指标":
            level = r[0] or level
            ind.append(dict(level=level, name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]))
    if len(ind) != 12:
        raise ExtractError(f"indicator rows {len(ind)}")
    trow = one(r"<tr><td colspan=6>总分</td><td>" + NUM + "</td><td>" + NUM + "</td>", t)
    allrows = [dict(level="预算执行", name="预算执行率", target="100%", actual=e_rate, completion=None,
                    weight=e_w, score=e_sc)] + ind
    k.indicators(allrows, trow[0], trow[1])
    k.same(total, trow[1], "total prose/table")
    byname = {r["name"]: r for r in ind}
    k.same(acts[0], dec(byname["开展打非治违联合执法行动"]["actual"].rstrip("次")), "联合执法 prose/table")
    k.same(insp[0], byname["检查烟花爆竹经营单位"]["actual"].rstrip("家次"), "检查家次 prose/table")
    k.same(cases[0], byname["查处非法生产经营储存运输案件"]["actual"].rstrip("起"), "案件 prose/table")
    k.same(boxes, byname["收缴非法烟花爆竹"]["actual"].rstrip("箱"), "收缴箱数 prose/table")
    k.same(c1, byname["查处非法生产经营储存运输案件"]["completion"], "案件完成率 prose/table")
    k.same(c2, byname["收缴非法烟花爆竹"]["completion"], "收缴完成率 prose/table")
    k.rate(c1, byname["查处非法生产经营储存运输案件"]["actual"].rstrip("起"), "30", "prose 案件完成率", cap=False)
    k.rate(c2, boxes, "1000", "prose 收缴完成率", cap=False)
    k.same(people, byname["安全宣传覆盖群众"]["actual"].replace("万人次", ""), "宣传人次 prose/table")
    k.same(sat, byname["经营单位及群众满意度"]["actual"].rstrip("%"), "满意度 prose/table")
    k.per_unit(byname["销毁处置单价"]["actual"].replace("元/箱", ""), dec(subs[2][2]) * 10000,
               byname["收缴非法烟花爆竹"]["actual"].rstrip("箱"), "销毁处置单价 = 支出 / 箱数")
    goal = one(r"全年检查经营单位不少于(\d+)家次，开展联合执法行动不少于(\d+)次，查处非法生产经营储存运输案件不少于(\d+)起，收缴非法烟花爆竹不少于(\d+)箱", p)
    for g, nm in zip(goal, ["检查烟花爆竹经营单位", "开展打非治违联合执法行动", "查处非法生产经营储存运输案件", "收缴非法烟花爆竹"]):
        k.same(g, re.search(r"[\d.]+", byname[nm]["target"]).group(), f"target {nm} goals/table")
    k.same(one(r"群众满意度" + NUM + "%以上", p), byname["经营单位及群众满意度"]["target"].strip("≥%"), "满意度 target goals/table")
    return k


# =====================================================================================
# B  浏阳市 2023 — department, Word copy with tab rows
# =====================================================================================
def check_liuyang(t):
    k = Checker(2023)
    rows = [ln.split("\t") for ln in t.splitlines() if "\t" in ln]
    get = {}
    for r in rows:
        key = r[0] or (r[1] if len(r) > 1 and r[1] else "") or (r[2] if len(r) > 2 else "")
        get.setdefault(key, []).append(r)
    srcs = ["一般公共预算财政拨款", "政府性基金预算拨款", "上年结转", "其他收入"]
    f = {s: get[s][0][1:] for s in srcs + ["合计"]}
    for s in srcs + ["合计"]:
        k.rate(f[s][3], f[s][2], f[s][1], f"funds {s}")
    for col, label in enumerate(["年初预算", "全年预算", "全年支出"]):
        k.sum(f["合计"][col], [f[s][col] for s in srcs], f"funds column {label}")
    ann, ini, add = one(r"2023年全年预算" + NUM + r"万元（年初预算" + NUM + r"万元，年中追加" + NUM + "万元）", t)
    k.sum(ann, [ini, add], "全年 = 年初 + 追加")
    k.same(ann, f["合计"][1], "全年预算 prose/table")
    k.same(ini, f["合计"][0], "年初预算 prose/table")
    spent, erate, last, diff = one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，较2022年的" + NUM + r"%提高" + NUM + "个百分点", t)
    k.same(spent, f["合计"][2], "全年支出 prose/table")
    k.rate(erate, spent, ann, "prose 执行率")
    k.pp(diff, erate, last, "执行率 vs 2022")
    basic, staff, pub, proj = one(r"基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM + r"万元）；项目支出" + NUM + "万元", t)
    k.sum(basic, [staff, pub], "基本支出 = 人员 + 公用")
    k.sum(spent, [basic, proj], "全年支出 = 基本 + 项目")
    k.balance(one(r"年末结转结余" + NUM + "万元", t), ann, spent, "结转结余 = 全年预算 − 支出")
    k.years(t)
    pb, ps, prate, pavg = one(r"5个项目全年预算合计" + NUM + r"万元，支出" + NUM + r"万元，项目支出执行率" + NUM + r"%，5个项目平均执行率" + NUM + "%", t)
    names = ["烟花爆竹安全监管专项", "打非治违专项", "应急救援队伍建设及装备", "安全生产宣传培训", "防汛抗旱及森林防火"]
    subs = [get[n][0][1:] for n in names]
    for n, s in zip(names, subs):
        k.rate(s[2], s[1], s[0], f"project {n}")
    k.sum(pb, [s[0] for s in subs], "project budgets")
    k.sum(ps, [s[1] for s in subs], "project spending")
    k.same(ps, proj, "项目支出 two statements")
    k.rate(prate, ps, pb, "项目支出执行率")
    k.avg(pavg, [s[2] for s in subs], "5个项目平均执行率")
    k.same(one(r"上年结转资金执行率仅" + NUM + "%", t), f["上年结转"][3], "结转执行率 restated")
    # indicators
    ind = []
    level = None
    start = t.index("附件：2023年度部门整体支出绩效自评表")
    for ln in t[start:].splitlines():
        c = ln.split("\t")
        if len(c) == 8 and c[0] not in ("一级指标", "合计"):
            level = c[0] or level
            ind.append(dict(level=level, name=c[2], target=c[3], actual=c[4], completion=c[5], weight=c[6], score=c[7]))
    if len(ind) != 12:
        raise ExtractError(f"indicator rows {len(ind)}")
    tw, ts = one(r"\n合计\t\t\t\t\t\t" + NUM + "\t" + NUM, t)
    k.indicators(ind, tw, ts)
    ex = ind[0]
    k.same(ex["actual"], erate, "执行率 table/prose")
    k.rate(ex["actual"], spent, ann, "自评表 执行率")
    k.exec_score(ex["score"], ex["weight"], ex["actual"], spent, ann, "execution score")
    by = {r["name"]: r for r in ind}
    k.same(one(r"检查烟花爆竹生产经营单位" + NUM + "家次", t), by["检查烟花爆竹生产经营单位"]["actual"].replace("家次", ""), "检查 prose/table")
    k.same(one(r"查处非法烟花爆竹案件" + NUM + "起", t), by["查处非法烟花爆竹案件"]["actual"].rstrip("起"), "案件 prose/table")
    k.same(one(r"收缴非法烟花爆竹" + NUM + "箱（", t), by["收缴非法烟花爆竹"]["actual"].rstrip("箱"), "收缴 prose/table")
    k.same(one(r"举报线索平均" + NUM + "天办结", t), by["举报线索核查办结时限"]["actual"].rstrip("天"), "办结天数 prose/table")
    k.same(one(r"标准化达标率" + NUM + "%，", t), by["企业安全标准化达标率"]["actual"].rstrip("%"), "达标率 prose/table")
    k.same(one(r"未达到" + NUM + "%的目标", t), by["企业安全标准化达标率"]["target"].strip("≥%"), "达标率 target prose/table")
    k.same(one(r"满意度" + NUM + "%。", t), by["企业及群众满意度"]["actual"].rstrip("%"), "满意度 prose/table")
    k.same(by["项目支出总额"]["target"].lstrip("≤").replace("万元", ""), pb, "成本指标 target = 项目预算")
    k.same(by["项目支出总额"]["actual"].replace("万元", ""), ps, "成本指标 actual = 项目支出")
    total, grade = one(r"绩效自评得分" + NUM + r"分，评价等级为“(.)”", t)
    k.same(total, ts, "total prose/table")
    k.grade(total, grade, "prose grade")
    return k


# =====================================================================================
# C  介休市 2021 — Shanxi layout, one cell a line
# =====================================================================================
def cell_rows(block):
    out = []
    for chunk in block.split("\n\n"):
        cells = [ln[1:] if ln.startswith("\t") else None for ln in chunk.split("\n")]
        cells = [c for c in cells if c is not None]
        if cells:
            out.append(cells)
    return out


def check_jiexiu(t):
    k = Checker(2021)
    a = t.index("（二）预算执行情况")
    b = t.index("（三）项目绩效目标")
    fr = {r[0]: r for r in cell_rows(t[a:b]) if len(r) == 10}
    cols = ["总", "小计", "中央", "省", "市", "县", "结转", "其他"]

    def row(name):
        r = fr[name]
        return dict(zip(cols, [x.strip() or "0" for x in r[2:]]))
    r1, r2_, r3, r4 = row("年初预算资金"), row("全年预算资金"), row("实际到位资金"), row("全年执行资金")
    r5, r6, r7 = row("资金结余"), row("预算到位率(%)"), row("预算执行率(%)")
    for r, nm in ((r1, "(1)"), (r2_, "(2)"), (r3, "(3)"), (r4, "(4)"), (r5, "(5)")):
        k.sum(r["总"], [r["小计"], r["结转"], r["其他"]], f"row {nm} 总 = 财政小计 + 结转 + 其他")
        k.sum(r["小计"], [r["中央"], r["省"], r["市"], r["县"]], f"row {nm} 小计 = 中央 + 省 + 市 + 县")
    for c in cols:
        k.balance(r5[c], r3[c], r4[c], f"(5)=(3)-(4) column {c}")
        k.rate(r6[c], r3[c], r2_[c], f"(6)=(3)/(2) column {c}")
        k.rate(r7[c], r4[c], r2_[c], f"(7)=(4)/(2) column {c}")
    ini, add, carry, ann = one(r"年初预算" + NUM + r"万元，年中追加省级烟花爆竹打非专项补助" + NUM + r"万元，加上年结转" + NUM + r"万元，全年预算" + NUM + "万元", t)
    k.sum(ann, [ini, add, carry], "全年 = 年初 + 追加 + 结转")
    k.same(ini, r1["总"], "年初 prose/table")
    k.same(add, r2_["省"], "省级追加 prose/table")
    k.same(carry, r2_["结转"], "结转 prose/table")
    k.same(ann, r2_["总"], "全年 prose/table")
    bud = one(r"其中零售点安全检查及许可审查" + NUM + r"万元、打非治违联合执法及举报奖励" + NUM + r"万元、收缴烟花爆竹转运销毁" + NUM + r"万元、宣传培训" + NUM + "万元", t)
    k.sum(ann, bud, "sub-item budgets = 全年预算")
    y, spent, erate, bal = one(r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，资金结余" + NUM + "万元", t)
    k.same(spent, r4["总"], "支出 prose/table")
    k.rate(erate, spent, ann, "prose 执行率")
    k.same(erate, r7["总"], "执行率 prose/table")
    k.same(bal, r5["总"], "结余 prose/table")
    k.same(bal, r5["县"], "结余 均为县区级资金")
    k.balance(bal, r3["总"], spent, "prose 结余")
    subs = re.findall(r"(零售点安全检查及许可审查|打非治违联合执法及举报奖励|收缴烟花爆竹转运销毁|宣传培训)支出" + NUM + r"万元，执行率" + NUM + "%", t)
    if len(subs) != 4:
        raise ExtractError("sub-items")
    for (nm, s_, r), bgt in zip(subs, bud):
        k.rate(r, s_, bgt, f"sub-item {nm}")
    k.sum(spent, [x[1] for x in subs], "sub-item spending = 支出")
    k.same(one(r"打非治违子项执行率" + NUM + "%", t), subs[1][2], "打非治违执行率 restated")
    k.years(t)
    # 附件1
    c = t.index("附件1.项目支出绩效自评表")
    ir = [r for r in cell_rows(t[c:]) if len(r) == 9 and r[0] != "一级指标"]
    total = [r for r in ir if r[0] == "合计"]
    ind = []
    level = None
    for r in ir:
        if r[0] == "合计":
            continue
        level = r[0] or level
        ind.append(dict(level=level, name=r[2], target=r[4], actual=r[5], completion=r[6], weight=r[3], score=r[7]))
    if len(ind) != 10 or len(total) != 1:
        raise ExtractError("indicator rows")
    k.indicators(ind, total[0][3], total[0][7])
    ex = ind[0]
    k.rate(ex["actual"], spent, ann, "附件1 执行率 业绩值")
    k.exec_score(ex["score"], ex["weight"], ex["actual"], spent, ann, "execution score")
    by = {r["name"]: r for r in ind}
    tot, grade = one(r"总得分" + NUM + r"分，属于“(..)”", t)
    k.same(tot, total[0][7], "total prose/table")
    k.grade(tot, grade, "grade")
    k.same(one(r"检查烟花爆竹零售网点" + NUM + "家次", t), by["检查烟花爆竹零售网点（家次）"]["actual"].replace("家次", ""), "检查 prose/table")
    k.same(one(r"查处非法经营案件" + NUM + "起", t), by["查处非法经营案件（起）"]["actual"].rstrip("起"), "案件 prose/table")
    k.same(one(r"收缴非法烟花爆竹" + NUM + "箱（", t), by["收缴非法烟花爆竹（箱）"]["actual"].rstrip("箱"), "收缴 prose/table")
    k.per_unit(by["单箱销毁处置成本"]["actual"].rstrip("元"), dec(subs[2][1]) * 10000,
               by["收缴非法烟花爆竹（箱）"]["actual"].rstrip("箱"), "单箱处置成本 = 转运销毁支出 / 箱数")
    lo, hi = one(r"单箱处置成本控制在" + NUM + "—" + NUM + "元区间", t)
    u = dec(by["单箱销毁处置成本"]["actual"].rstrip("元"))
    if not (dec(lo) <= u <= dec(hi)):
        k.fail("conflicting_values", "单箱处置成本 outside the stated range")
    k.same(one(r"网格化监管覆盖" + NUM + "个乡镇（街道），", t), by["网格化监管覆盖乡镇（个）"]["actual"].rstrip("个"), "覆盖乡镇 prose/table")
    n, m, sat = one(r"随机抽查群众(\d+)人，满意(\d+)人，满意度" + NUM + "%", t)
    k.rate(sat, m, n, "满意度 from the survey")
    k.same(sat, by["群众满意度"]["actual"].rstrip("%"), "满意度 prose/table")
    d = one(r"春节前于(\d{4}年\d{1,2}月\d{1,2}日)完成全部零售网点检查", t)
    k.same_text(d, by["春节前检查完成时间"]["actual"], "检查完成日期 prose/table")
    goal = one(r"检查零售网点不少于(\d+)家次，查处非法经营案件不少于(\d+)起，收缴非法烟花爆竹不少于(\d+)箱，网格化监管覆盖全部(\d+)个乡镇（街道），群众满意度不低于" + NUM + "%", t)
    for g, nm in zip(goal, ["检查烟花爆竹零售网点（家次）", "查处非法经营案件（起）", "收缴非法烟花爆竹（箱）", "网格化监管覆盖乡镇（个）", "群众满意度"]):
        k.same(g, re.search(r"[\d.]+", by[nm]["target"]).group(), f"target {nm} goals/table")
    return k


# =====================================================================================
# D  宣州区 2019 — PDF copy, runs of spaces, page footers
# =====================================================================================
def check_xuanzhou(t):
    k = Checker(2019)
    lines = [ln for ln in t.splitlines() if not re.match(r"^\s*— \d+ —\s*$", ln)]
    p = "".join(ln.strip() for ln in lines)
    sp = [re.split(r"\s{2,}", ln.strip()) for ln in lines]
    get = {}
    for r in sp:
        get.setdefault(r[0], []).append(r)
    srcs = ["区级财政资金", "市级补助资金", "上年结转资金"]
    f = {s: get[s][0][1:] for s in srcs + ["合计"] if s in get}
    f["合计"] = [r for r in get["合计"] if len(r) == 5][0][1:]
    for s in srcs + ["合计"]:
        k.rate(f[s][3], f[s][2], f[s][1], f"funds {s}")
    for col, lab in enumerate(["年初", "全年", "执行"]):
        k.sum(f["合计"][col], [f[s][col] for s in srcs], f"funds column {lab}")
    ini, a1, a2, ann, rec, rr, spent, erate, bal = one(
        r"年初预算" + NUM + r"万元，年中区财政追加" + NUM + r"万元、市应急管理局下达补助" + NUM + r"万元，全年预算" + NUM
        + r"万元，实际到位" + NUM + r"万元，到位率" + NUM + r"%。全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + "万元", p)
    k.sum(ann, [ini, a1, a2], "全年 = 年初 + 区追加 + 市补助")
    k.rate(rr, rec, ann, "到位率")
    k.same(ini, f["合计"][0], "年初 prose/table")
    k.same(ann, f["合计"][1], "全年 prose/table")
    k.same(a2, f["市级补助资金"][1], "市级补助 prose/table")
    k.sum(f["区级财政资金"][1], [f["区级财政资金"][0], a1], "区级 年初 + 追加 = 全年")
    k.same(spent, f["合计"][2], "支出 prose/table")
    k.rate(erate, spent, ann, "prose 执行率")
    k.balance(bal, rec, spent, "结余 = 到位 − 支出")
    subn = ["联合执法检查", "举报奖励", "收缴仓储及销毁", "宣传及培训"]
    subs = {n: get[n][0][1:] for n in subn}
    for n in subn:
        k.rate(subs[n][2], subs[n][1], subs[n][0], f"sub-item {n}")
    k.sum(ann, [subs[n][0] for n in subn], "sub-item budgets")
    k.sum(spent, [subs[n][1] for n in subn], "sub-item spending")
    k.same(one(r"举报奖励子项执行率仅" + NUM + "%", p), subs["举报奖励"][2], "举报奖励执行率 restated")
    n, per, amt = one(r"兑现举报奖励(\d+)人次，每人次" + NUM + r"元，共" + NUM + "万元", p)
    k.product(amt, n, per, "举报奖励")
    k.same(amt, subs["举报奖励"][1], "举报奖励 prose/table")
    k.years(p)
    acts = one(r"全年开展联合执法检查(\d+)次", p)
    c_all, c_adm, c_pol, c_closed, c_rate = one(r"查处非法烟花爆竹案件(\d+)起，其中行政处罚(\d+)起、移送公安机关(\d+)起，已结案(\d+)起，结案率" + NUM + "%", p)
    k.sum(c_all, [c_adm, c_pol], "案件 breakdown")
    k.rate(c_rate, c_closed, c_all, "结案率")
    boxes, last, growth = one(r"收缴非法烟花爆竹" + NUM + r"箱，较2018年的" + NUM + r"箱增长" + NUM + "%", p)
    k.growth(growth, boxes, last, "收缴增长率")
    leads, fast, lrate = one(r"受理有效举报线索(\d+)条，其中(\d+)条在24小时内完成核查，核查率" + NUM + "%", p)
    k.rate(lrate, fast, leads, "核查率")
    nq, nv, ns, sat = one(r"发放问卷(\d+)份，有效问卷(\d+)份，满意(\d+)份，满意度" + NUM + "%", p)
    k.rate(sat, ns, nv, "满意度")
    total, grade = one(r"本项目自评得分" + NUM + r"分，评价等级为(..)", p)
    k.grade(total, grade, "grade")
    # 自评表 (columns split by runs of spaces)
    a = t.index("附件：项目支出绩效自评表")
    b = t.index("四、存在的问题及原因")
    ind = []
    level = None
    tw = ts = None
    for ln in t[a:b].splitlines()[1:]:
        c = re.split(r"\s{2,}", ln.strip())
        if not ln.strip() or c[0] == "一级指标":
            continue
        if c[0] == "合计":
            tw, ts = c[1], c[2]
            continue
        lead = len(ln) - len(ln.lstrip(" "))
        if lead > 6:  # continuation row: 一级 cell empty
            c = [level] + c
        level = c[0]
        if len(c) != 7:
            raise ExtractError(f"row {c}")
        ind.append(dict(level=c[0], name=c[2], target=c[3], actual=c[4], completion=None, weight=c[5], score=c[6]))
    if len(ind) != 12 or tw is None:
        raise ExtractError("indicator rows")
    k.indicators(ind, tw, ts)
    k.same(total, ts, "total prose/table")
    by = {r["name"]: r for r in ind}
    ex = by["预算执行率"]
    k.same(ex["actual"], erate, "执行率 table/prose")
    k.exec_score(ex["score"], ex["weight"], ex["actual"], spent, ann, "execution score")
    k.same(acts, by["开展联合执法检查"]["actual"].rstrip("次"), "联合执法 prose/table")
    k.same(c_all, by["查处非法烟花爆竹案件"]["actual"].rstrip("起"), "案件 prose/table")
    k.same(boxes, by["收缴非法烟花爆竹"]["actual"].rstrip("箱"), "收缴 prose/table")
    k.same(c_rate, by["案件结案率"]["actual"].rstrip("%"), "结案率 prose/table")
    k.same(lrate, by["举报线索24小时内核查率"]["actual"].rstrip("%"), "核查率 prose/table")
    k.same(leads, by["有效举报线索"]["actual"].rstrip("条"), "线索 prose/table")
    k.same(sat, by["群众满意度"]["actual"].rstrip("%"), "满意度 prose/table")
    k.same(per, by["举报奖励标准"]["actual"].replace("元/人次", ""), "奖励标准 prose/table")
    rewarded, pending = one(r"兑现举报奖励(\d+)人次，.{0,30}?其余(\d+)条线索奖励尚在审核", p)
    k.sum(leads, [rewarded, pending], "有效线索 = 已奖励 + 待审核")
    k.same(one(r"三是发生非法储存引发火灾(\d+)起", p), by["非法烟花爆竹火灾爆炸事故"]["actual"].rstrip("起"), "火灾 restated")
    k.same(one(r"引发火灾爆炸事故为(\d+)起”未实现", p), by["非法烟花爆竹火灾爆炸事故"]["target"].strip("=起"), "事故 target prose/table")
    k.same(one(r"群众满意度不低于" + NUM + "%", p), by["群众满意度"]["target"].strip("≥%"), "满意度 target prose/table")
    fires = one(r"非法储存烟花爆竹引发火灾(\d+)起", p)
    k.same(fires, by["非法烟花爆竹火灾爆炸事故"]["actual"].rstrip("起"), "火灾起数 prose/table")
    goal = one(r"开展联合执法检查不少于(\d+)次，查处非法烟花爆竹案件不少于(\d+)起，收缴非法烟花爆竹不少于(\d+)箱", p)
    for g, nm in zip(goal, ["开展联合执法检查", "查处非法烟花爆竹案件", "收缴非法烟花爆竹"]):
        k.same(g, re.search(r"[\d.]+", by[nm]["target"]).group(), f"target {nm}")
    k.same(one(r"未完成(\d+)箱的年度目标", p), goal[2], "收缴目标 restated")
    return k


# =====================================================================================
# E  浠水县 2025 — HTML residue, Hubei 20 + 80 goal blocks
# =====================================================================================
def check_xishui(t):
    k = Checker(2025)
    p = strip_html(t)
    rows = [ln.split("\t") for ln in t.splitlines() if "\t" in ln]
    get = {}
    for r in rows:
        get.setdefault(r[0], []).append(r)
    srcs = ["省级安全生产专项", "县级财政", "上年结转"]
    f = {s: get[s][0][1:] for s in srcs}
    f["合计"] = [r for r in get["合计"] if len(r) == 6][0][1:]
    for s in srcs + ["合计"]:
        k.rate(f[s][4], f[s][3], f[s][1], f"funds {s} 执行率")
    for col, lab in enumerate(["年初", "全年", "到位", "执行"]):
        k.sum(f["合计"][col], [f[s][col] for s in srcs], f"funds column {lab}")
    y0, ini, y1, m1, prov, carry, ann = one(r"(\d{4})年年初预算" + NUM + r"万元，省应急管理厅(\d{4})年(\d{1,2})月下达省级安全生产专项" + NUM
                                           + r"万元，加上年结转" + NUM + r"万元，全年预算" + NUM + "万元", p)
    k.sum(ann, [ini, prov, carry], "全年 = 年初 + 省级 + 结转")
    k.same(ini, f["合计"][0], "年初 prose/table")
    k.same(prov, f["省级安全生产专项"][1], "省级 prose/table")
    k.same(carry, f["上年结转"][1], "结转 prose/table")
    k.same(ann, f["合计"][1], "全年 prose/table")
    k.same(f["合计"][2], ann, "资金全部到位")
    y2, spent, erate = one(r"截至(\d{4})年12月31日，项目支出" + NUM + r"万元，执行率" + NUM + "%", p)
    k.same(spent, f["合计"][3], "支出 prose/table")
    k.rate(erate, spent, ann, "prose 执行率")
    subs = re.findall(r"(经营单位监管检查|打非治违专项行动|收缴物品销毁处置|禁限放宣传)预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%", p)
    if len(subs) != 4:
        raise ExtractError("sub-items")
    for nm, b, s_, r in subs:
        k.rate(r, s_, b, f"sub-item {nm}")
    k.sum(ann, [x[1] for x in subs], "sub-item budgets")
    k.sum(spent, [x[2] for x in subs], "sub-item spending")
    k.balance(one(r"未支出的" + NUM + "万元", p), f["合计"][2], spent, "未支出 = 到位 − 支出")
    k.years(p)
    insp = one(r"全年检查批发零售经营单位(\d+)家次，未达到(\d+)家次的目标", p)
    compl = one(r"禁放区燃放投诉(\d+)起，超过(\d+)起的控制目标", p)
    cases = one(r"查处非法烟花爆竹案件(\d+)起（2024年同期\d+起）", p)
    r3 = one(r"开展(\d+)轮集中整治，分别收缴(\d+)箱、(\d+)箱、(\d+)箱，平均每轮" + NUM + r"箱，全年收缴(\d+)箱", p)
    if int(r3[0]) != 3:
        k.fail("conflicting_values", "number of rounds")
    k.sum(r3[5], r3[1:4], "3 rounds = 全年收缴")
    k.avg(r3[4], r3[1:4], "平均每轮")
    sat = one(r"群众满意度" + NUM + "%。", p)
    tot, grade = one(r"本项目自评得分" + NUM + r"分，等级为“(..)”", p)
    k.grade(tot, grade, "grade")
    wexec, wgoal = one(r"预算执行率(\d+)分、年度目标(\d+)分", p)
    # 自评表
    a = t.index("附件：项目支出绩效自评表")
    ind = []
    block = None
    blocks = {}
    tw = ts = None
    for ln in t[a:].splitlines():
        c = ln.split("\t")
        if len(c) != 7 or c[0] == "年度目标":
            continue
        if c[0] == "合计":
            tw, ts = c[5], c[6]
            continue
        if c[0] != "&nbsp;":
            block = c[0]
            m = re.search(r"（(\d+)分）", block)
            if m:
                blocks[block] = m.group(1)
        ind.append(dict(level=block, name=c[1], target=c[2], actual=c[3], completion=c[4], weight=c[5], score=c[6]))
    if len(ind) != 10 or tw is None:
        raise ExtractError("indicator rows")
    k.indicators(ind, tw, ts, blocks=blocks, band_low=D("0.5"))
    ex = ind[0]
    if dec(ex["weight"]) != dec(wexec) or sum(dec(w) for w in blocks.values()) != dec(wgoal):
        k.fail("weight_sum_mismatch", "Hubei split 20 + 80 vs table")
    k.rate(ex["actual"], spent, ann, "自评表 执行率")
    k.rate(ex["completion"], spent, ann, "自评表 执行率 完成率")
    k.exec_score(ex["score"], ex["weight"], ex["actual"], spent, ann, "execution score")
    k.same(tot, ts, "total prose/table")
    by = {r["name"]: r for r in ind}
    k.same(insp[0], by["检查批发零售经营单位"]["actual"].replace("家次", ""), "检查 prose/table")
    k.same(insp[1], re.search(r"\d+", by["检查批发零售经营单位"]["target"]).group(), "检查目标 prose/table")
    k.same(compl[0], by["禁放区燃放投诉"]["actual"].rstrip("起"), "投诉 prose/table")
    k.same(compl[1], re.search(r"\d+", by["禁放区燃放投诉"]["target"]).group(), "投诉目标 prose/table")
    k.same(cases, by["查处非法烟花爆竹案件"]["actual"].rstrip("起"), "案件 prose/table")
    k.same(r3[5], by["收缴非法烟花爆竹"]["actual"].rstrip("箱"), "收缴 prose/table")
    k.same(sat, by["群众满意度"]["actual"].rstrip("%"), "满意度 prose/table")
    k.same(one(r"零售点发生火灾(\d+)起", p), by["烟花爆竹安全事故"]["actual"].rstrip("起"), "事故 prose/table")
    # "约为年度目标的八成": 655/800 within [75%, 85%)
    share = dec(r3[5]) / dec(re.search(r"\d+", by["收缴非法烟花爆竹"]["target"]).group())
    if not (D("0.75") <= share < D("0.85")):
        k.fail("conflicting_values", "约八成")
    return k


PROJECTS = {
    "gx-beiliu-yanhuadafei-2020": check_beiliu,
    "hn-liuyang-yingjiju-bumen-2023": check_liuyang,
    "sx-jiexiu-yanbaojianguan-2021": check_jiexiu,
    "ah-xuanzhou-dafeizhiwei-2019": check_xuanzhou,
    "hb-xishui-yanhuabaozhu-2025": check_xishui,
}


def edit_region(a, b):
    """common prefix / suffix -> (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"labels: {len(labels)} lines, expected 35")
    counts = {c: 0 for c in CODES_A}
    verbose = "-v" in sys.argv
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            k = PROJECTS[src](text)
        except (ExtractError, KeyError, IndexError, ValueError) as exc:
            problems.append(f"{name}: could not read figures back: {exc!r}")
            continue
        got = sorted({c for c, _ in k.errors})
        if verbose:
            print(name, got, [m for _, m in k.errors], "warnings:", [m for _, m in k.warnings])
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if k.errors or k.warnings:
                problems.append(f"{name}: clean draft fails {k.errors + k.warnings}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} labels")
            continue
        e = exp[0]
        if e["code"] not in CODES_A or e["severity"] != "error":
            problems.append(f"{name}: bad code/severity {e}")
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append(f"{name}: labelled {e['code']}, verify finds {got}: {k.errors}")
        if text.count(e["value"]) != 1:
            problems.append(f"{name}: value occurs {text.count(e['value'])} times")
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        s, ea, eb = edit_region(clean, text)
        if ea - s > 40 or eb - s > 40:
            problems.append(f"{name}: edit too long ({ea - s} -> {eb - s} chars)")
        if clean == text:
            problems.append(f"{name}: no edit")
        v0 = text.find(e["value"])
        v1 = v0 + len(e["value"])
        lo, hi = s, max(eb, s + 1)
        if not (lo < v1 and v0 < hi):
            problems.append(f"{name}: edit [{s},{eb}) does not overlap the value [{v0},{v1})")
        if verbose and k.warnings:
            print(f"  note {name}: also warns {sorted({c for c, _ in k.warnings})}")
    for c in CODES_A:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} labelled {counts.get(c, 0)} times (< 2)")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
