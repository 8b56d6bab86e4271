#!/usr/bin/env python3
"""Re-check drafts542: read every figure back from the case texts and redo the arithmetic.

Standard library + decimal only.  For every clean draft all checks must pass; for every
error case exactly the labelled error code must fail (warnings such as score_rule_mismatch
are reported but do not count).  Also checks the labels file: value occurs exactly once,
one contiguous edit (<= 40 characters) that overlaps the value, every errors.md §A code
used at least twice.  Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"
EPS = D("1e-9")
HUNDRED = D(100)
WAN = D(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers

def dec(s):
    m = re.search(r"[0-9][0-9,]*(?:\.[0-9]+)?", s)
    if not m:
        raise ParseError(f"no number in {s!r}")
    return D(m.group(0).replace(",", ""))


def ndp(s):
    m = re.search(r"[0-9][0-9,]*(?:\.([0-9]+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def tol(s, mult=D(1)):
    return D("0.5") * D(10) ** (-ndp(s)) * mult + EPS


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


QRE = re.compile(r"^(≥|≤|=|＞|＜|>|<|不低于|不少于|不超过)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def qty(s):
    """'≥45000人次' -> (direction, value, unit, raw number string)."""
    m = QRE.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    if sign in ("≥", "＞", ">", "不低于", "不少于"):
        dirn = "gte"
    elif sign in ("≤", "＜", "<", "不超过"):
        dirn = "lte"
    else:
        dirn = "eq"
    return dirn, D(num.replace(",", "")), unit.strip(), num


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- text access

class Doc:
    def __init__(self, text, footer_re):
        self.text = text
        self.lines = text.split("\n")
        self.footer = re.compile(footer_re)

    def one(self, pattern, group=1):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise ParseError(f"pattern {pattern!r} matched {len(ms)} times")
        return ms[0].group(group)

    def all(self, pattern, group=1):
        return [m.group(group) for m in re.finditer(pattern, self.text)]

    def cells(self, anchor, n, start_after=None):
        """The n non-empty, non-footer lines after the unique line equal to anchor."""
        idx = [i for i, l in enumerate(self.lines) if l.strip() == anchor]
        if start_after is not None:
            lo = [i for i, l in enumerate(self.lines) if l.strip() == start_after]
            if len(lo) != 1:
                raise ParseError(f"section line {start_after!r} found {len(lo)} times")
            idx = [i for i in idx if i > lo[0]][:1]   # the first such line after the section start
        if len(idx) != 1:
            raise ParseError(f"anchor line {anchor!r} found {len(idx)} times")
        out = []
        for l in self.lines[idx[0] + 1:]:
            s = l.strip()
            if not s or self.footer.match(l):
                continue
            out.append(s)
            if len(out) == n:
                return out
        raise ParseError(f"not enough cells after {anchor!r}")


# ---------------------------------------------------------------- results

class Result:
    def __init__(self):
        self.fails = []   # (code, message)
        self.warns = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    def codes(self):
        return sorted({c for c, _ in self.fails})

    # -- primitives -------------------------------------------------------
    def eq(self, code, stated, computed, msg, mult=D(1), rescale=False):
        """stated (string, unit factor mult to the base unit) against a computed base value."""
        v = dec(stated) * mult
        t = tol(stated, mult)
        if abs(computed - v) <= t:
            return True
        if rescale:
            for f in (WAN, 1 / WAN, D(10) ** 8, D(10) ** -8):
                if abs(computed - v / f) <= t / f + EPS:
                    self.fail("unit_mismatch", f"{msg}: {stated} is {computed} off by a power of ten")
                    return False
        self.fail(code, f"{msg}: stated {stated}, computed {computed}")
        return False

    def sum(self, code, total, parts, msg, mult=D(1), money=False):
        vals = [dec(p) * mult for p in parts]
        tv = dec(total) * mult
        t = max([tol(total, mult)] + [tol(p, mult) for p in parts])
        if abs(sum(vals) - tv) <= t:
            return True
        # a single money figure written in the wrong unit (x 10^4 / 10^8)?
        for f in ((WAN, 1 / WAN, D(10) ** 8, D(10) ** -8) if money else ()):
            if abs(sum(vals) - tv / f) <= t:
                self.fail("unit_mismatch", f"{msg}: total {total} reconciles after rescaling")
                return False
            for i in range(len(vals)):
                alt = vals[:i] + [vals[i] / f] + vals[i + 1:]
                if abs(sum(alt) - tv) <= t:
                    self.fail("unit_mismatch", f"{msg}: part {parts[i]} reconciles after rescaling")
                    return False
        self.fail(code, f"{msg}: {' + '.join(parts)} = {sum(vals)}, stated {total}")
        return False

    def rate(self, code, stated, num, den, msg, bounded=True):
        """stated rate (string, % implied) = num/den*100; zero base must print — or 0."""
        s = stated.strip()
        if den == 0:
            if s in ("—", "-", "/", "") or (re.fullmatch(r"0(\.0+)?%?", s)):
                return True
            self.fail("implausible_rate", f"{msg}: rate {stated} on a zero base")
            return False
        if s in ("—", "-", "/"):
            self.fail(code, f"{msg}: rate missing although base {den}")
            return False
        c = num / den * HUNDRED
        ok = self.eq(code, s, c, msg, rescale=False)
        if ok and bounded and dec(s) > HUNDRED:
            self.fail("implausible_rate", f"{msg}: {stated} above 100%")
            return False
        return ok

    def bounded(self, stated, msg):
        if dec(stated) > HUNDRED:
            self.fail("implausible_rate", f"{msg}: {stated} above 100%")
            return False
        return True

    def same(self, msg, mentions, money=False):
        """mentions: list of (string, mult, expected_unit or None).  All the same quantity."""
        vals = []
        for s, mult, unit in mentions:
            if unit is not None:
                q = qty(s)
                if q is None or q[2] != unit:
                    self.fail("unit_mismatch", f"{msg}: {s} is not in {unit}")
                    continue
            vals.append((s, dec(s) * mult, tol(s, mult)))
        for i in range(len(vals)):
            for j in range(i + 1, len(vals)):
                (sa, a, ta), (sb, b, tb) = vals[i], vals[j]
                t = max(ta, tb)
                if abs(a - b) <= t:
                    continue
                if money and any(abs(a - b * f) <= t * f or abs(a * f - b) <= t * f for f in (WAN, D(10) ** 8)):
                    self.fail("unit_mismatch", f"{msg}: {sa} vs {sb} differ by a power of ten")
                else:
                    self.fail("conflicting_values", f"{msg}: {sa} vs {sb}")

    def grade(self, stated, total, msg):
        g = GRADE_NORM.get(stated.strip())
        if g is None:
            raise ParseError(f"unknown grade {stated!r}")
        if g != grade_of(total):
            self.fail("grade_mismatch", f"{msg}: {stated} but total {total} is {grade_of(total)}")

    def years(self, doc, year):
        for y in doc.all(r"([0-9]{4})年度"):
            if int(y) != year:
                self.fail("year_mismatch", f"'{y}年度' in a {year} report")
        for y in doc.all(r"结转至([0-9]{4})年"):
            if int(y) <= year:
                self.fail("year_mismatch", f"carried forward to {y} in a {year} report")
        for y in doc.all(r"截至([0-9]{4})年12月31日"):
            if int(y) != year:
                self.fail("year_mismatch", f"截至{y}年12月31日 in a {year} report")
        for m in re.finditer(r"([0-9]{4})年([0-9]{1,2})月[^。；，\n]{0,12}下达", doc.text):
            y, mo = int(m.group(1)), int(m.group(2))
            if not (y == year or (y == year - 1 and mo == 12)):
                self.fail("year_mismatch", f"funds issued {y}-{mo} for a {year} budget")

    # -- indicator rows ---------------------------------------------------
    def indicator(self, name, target, actual, weight, score, completion=None, qual=None):
        """qual: None for quantitative, else 'achieved' or 'partial' (qualitative band)."""
        w, s = dec(weight), dec(score)
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{name}: score {score} outside 0..{weight}")
        if qual:
            lo, hi = {"achieved": (D("0.8"), D(1)), "partial": (D("0.6"), D("0.8"))}[qual]
            if not (w * lo - EPS <= s <= w * hi + EPS) or (qual == "partial" and s >= w * hi):
                self.warn("score_rule_mismatch", f"{name}: qualitative score {score} outside band")
            return
        qt, qa = qty(target), qty(actual)
        if qt is None or qa is None:
            raise ParseError(f"{name}: cannot read {target!r} / {actual!r}")
        dirn, T, ut, _ = qt
        _, A, ua, _ = qa
        if ut != ua:
            self.fail("unit_mismatch", f"{name}: target in {ut or '(none)'}, actual in {ua or '(none)'}")
            return
        if ua in ("%", "‰") and A > (HUNDRED if ua == "%" else D(1000)):
            self.fail("implausible_rate", f"{name}: actual {actual} above 100%")
        if dirn == "lte":
            comp = HUNDRED if A <= T else T / A * HUNDRED
            exp = w if A <= T else w * T / A
        elif dirn == "eq" and T == 0:
            comp = HUNDRED if A <= 0 else D(0)
            exp = w if A <= 0 else D(0)
        else:
            comp = A / T * HUNDRED
            exp = min(w, w * A / T)
        if completion is not None and completion.strip() not in ("—", "-"):
            self.eq("completion_mismatch", completion, comp, f"{name} completion", rescale=False)
        # score rule (warning only): from the unrounded completion or from the printed one
        ok = abs(s - exp) <= tol(score)
        if not ok and completion is not None and completion.strip() not in ("—", "-"):
            ok = abs(s - min(w, w * dec(completion) / HUNDRED)) <= tol(score)
        if not ok:
            self.warn("score_rule_mismatch", f"{name}: score {score}, rule gives {r2(exp)}")


def funds_rows(doc, R, rows, ncol_amount=3, sum_code="sum_mismatch"):
    """rows: dict name -> cells (年初, 全年, 执行, 分值, 执行率, 得分). First row is the total."""
    names = list(rows)
    tot = rows[names[0]]
    for c in range(ncol_amount):
        R.sum(sum_code, tot[c], [rows[n][c] for n in names[1:]], f"funds column {c} components", money=True)
    for n in names:
        cells = rows[n]
        R.rate("rate_mismatch", cells[4], dec(cells[2]), dec(cells[1]), f"{n} 执行率")


# ================================================================ projects

def p_baoding(doc):
    R = Result()
    Y = 2019
    R.years(doc, Y)
    ft = {n: doc.cells(n, 6) for n in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    funds_rows(doc, R, ft)
    tot = ft["年度资金总额"]
    exec_w, exec_s = tot[3], tot[5]
    R.indicator("预算执行率", "100%", tot[4], exec_w, exec_s)
    # prose funds
    init = doc.one(r"年初预算" + NUM + r"万元")
    add = doc.one(r"年中追加" + NUM + r"万元")
    fiscal = doc.one(r"当年财政拨款合计" + NUM + r"万元")
    carry = doc.one(r"加上年结转资金" + NUM + r"万元")
    annual = doc.one(r"全年预算" + NUM + r"万元")
    recv = doc.one(r"资金实际到位" + NUM + r"万元")
    recv_rate = doc.one(r"到位率" + NUM + r"%")
    spent = doc.one(r"全年支出" + NUM + r"万元")
    spent_yuan = doc.one(r"全年支出[0-9.,]+万元（" + NUM + r"元）")
    exec_rate = doc.one(r"预算执行率" + NUM + r"%")
    R.same("年初预算", [(init, 1, None), (tot[0], 1, None), (ft["其中：当年财政拨款"][0], 1, None)], money=True)
    R.sum("sum_mismatch", fiscal, [init, add], "年初 + 追加 = 当年财政拨款", money=True)
    R.same("当年财政拨款", [(fiscal, 1, None), (ft["其中：当年财政拨款"][1], 1, None)], money=True)
    R.same("上年结转", [(carry, 1, None), (ft["上年结转资金"][1], 1, None)], money=True)
    R.sum("sum_mismatch", annual, [fiscal, carry], "财政拨款 + 上年结转 = 全年预算", money=True)
    R.same("全年预算", [(annual, 1, None), (tot[1], 1, None)], money=True)
    R.rate("rate_mismatch", recv_rate, dec(recv), dec(annual), "到位率")
    R.same("全年支出", [(spent, 1, None), (spent_yuan, 1 / WAN, None), (tot[2], 1, None)], money=True)
    R.rate("rate_mismatch", exec_rate, dec(spent), dec(annual), "prose 执行率")
    R.same("执行率", [(exec_rate, 1, None), (tot[4], 1, None)])
    parts = [doc.one(p + NUM + r"万元") for p in
             ["宣传品制作及媒体投放", "献血者招募活动及团体献血组织", "献血者关爱及纪念品", "招募短信及信息平台运维"]]
    R.sum("sum_mismatch", spent, parts, "支出明细", money=True)
    bal = doc.one(r"年末结余" + NUM + r"万元")
    R.eq("balance_mismatch", bal, dec(recv) - dec(spent), "结余 = 到位 - 支出", rescale=True)
    tail = doc.one(r"宣传品印制尾款" + NUM + r"万元")
    back = doc.one(r"其余" + NUM + r"万元按规定收回")
    R.sum("sum_mismatch", bal, [tail, back], "结余 = 结转 + 收回", money=True)
    # site table
    sites = ["朝阳大街献血屋", "万博广场献血屋", "火车站献血屋", "市区流动采血车", "县（市）采血点", "团体献血"]
    st = {n: doc.cells(n, 2, start_after="表1  2019年各采血点采血情况") for n in sites}
    stot = doc.cells("合计", 2, start_after="表1  2019年各采血点采血情况")
    for c, what in ((0, "献血人次"), (1, "采血量")):
        R.sum("sum_mismatch", stot[c], [st[n][c] for n in sites], f"采血点{what}合计")
    # indicator table
    rows = [
        ("无偿献血人次", "产出", None), ("采血量", "产出", None), ("招募活动场次", "产出", None),
        ("血液检测不合格率", "产出", None), ("固定献血者占比", "产出", None), ("应急招募响应时间", "产出", None),
        ("单位采血量招募成本", "产出", None), ("放支出", "产出", None),
        ("临床用血需求保障率", "效益", None), ("市民无偿献血知晓率", "效益", None), ("制建设", "效益", "achieved"),
        ("献血者满意度", "满意度", None),
    ]
    ind = {}
    for name, lvl, qual in rows:
        t, a, w, s = doc.cells(name, 4, start_after="偏差原因分析及改进措施")
        ind[name] = (t, a, w, s, lvl)
        R.indicator(name, t, a, w, s, qual=qual)
    weights = [dec(exec_w)] + [dec(v[2]) for v in ind.values()]
    scores = [dec(exec_s)] + [dec(v[3]) for v in ind.values()]
    wt, total = doc.cells("总分", 2)
    if sum(weights) != dec(wt) or dec(wt) != 100:
        R.fail("weight_sum_mismatch", f"weights sum {sum(weights)}, stated {wt}")
    R.eq("score_sum_mismatch", total, sum(scores), "table total = sum of scores", rescale=False)
    # prose restatements of the table
    act = {k: v[1] for k, v in ind.items()}
    R.same("献血人次", [(doc.one(r"共采集全血" + NUM + r"人次"), 1, None), (act["无偿献血人次"], 1, "人次"),
                     (stot[0], 1, None)])
    units = doc.one(r"人次、" + NUM + r"单位（约")
    R.same("采血量", [(units, 1, None), (act["采血量"], 1, "单位"), (stot[1], 1, None)])
    R.same("采血量折合毫升", [(doc.one(r"单位（约" + NUM + r"万毫升）"), WAN / 200, None), (units, 1, None)])
    c1, c2 = doc.one(r"分别完成年度目标的" + NUM + r"%和"), doc.one(r"%和" + NUM + r"%。各季度")
    R.eq("completion_mismatch", c1, dec(act["无偿献血人次"]) / dec(ind["无偿献血人次"][0]) * 100,
         "prose completion 献血人次", rescale=False)
    R.eq("completion_mismatch", c2, dec(act["采血量"]) / dec(ind["采血量"][0]) * 100,
         "prose completion 采血量", rescale=False)
    q = re.search(r"各季度献血人次分别为" + NUM + "、" + NUM + "、" + NUM + "和" + NUM + "人次", doc.text)
    quarters = list(q.groups())
    R.sum("sum_mismatch", stot[0], quarters, "季度献血人次之和")
    R.eq("average_mismatch", doc.one(r"季度平均约" + NUM + r"万人次"),
         sum(dec(x) for x in quarters) / 4 / WAN, "季度平均", rescale=False)
    last = doc.one(r"较2018年的" + NUM + r"人次")
    R.rate("rate_mismatch", doc.one(r"人次增长" + NUM + r"%"), dec(stot[0]) - dec(last), dec(last), "同比增长",
           bounded=False)
    R.same("活动场次", [(doc.one(r"招募活动" + NUM + r"场"), 1, None), (act["招募活动场次"], 1, "场")])
    R.same("固定献血者占比", [(doc.one(r"固定献血者占比" + NUM + r"%，"), 1, None), (act["固定献血者占比"], 1, "%")])
    cost = doc.one(r"单位采血量招募成本约" + NUM + r"元")
    R.eq("average_mismatch", cost, dec(spent) * WAN / dec(units), "单位采血量招募成本", rescale=False)
    R.same("单位成本", [(cost, 1, None), (act["单位采血量招募成本"], 1, "元/单位")])
    R.same("宣传品支出", [(parts[0], 1, None), (act["放支出"], 1, "万元")], money=True)
    R.same("保障率", [(doc.one(r"临床用血需求保障率" + NUM + r"%"), 1, None), (act["临床用血需求保障率"], 1, "%")])
    R.same("知晓率", [(doc.one(r"抽样调查结果为" + NUM + r"%"), 1, None), (act["市民无偿献血知晓率"], 1, "%")])
    surveyed = doc.one(r"共调查献血者" + NUM + r"人")
    happy = doc.one(r"表示满意的" + NUM + r"人")
    sat = doc.one(r"满意度" + NUM + r"%。")
    R.rate("rate_mismatch", sat, dec(happy), dec(surveyed), "满意度 = 满意人数/调查人数")
    R.same("满意度", [(sat, 1, None), (act["献血者满意度"], 1, "%")])
    # conclusion
    R.same("执行得分", [(doc.one(r"预算执行率得分" + NUM + r"分"), 1, None), (exec_s, 1, None)])
    for lvl, pat in (("产出", r"产出指标得分"), ("效益", r"效益指标得分"), ("满意度", r"满意度指标得分")):
        R.eq("score_sum_mismatch", doc.one(pat + NUM + r"分"),
             sum(dec(v[3]) for v in ind.values() if v[4] == lvl), f"{lvl} level score", rescale=False)
    ptotal = doc.one(r"自评总分" + NUM + r"分")
    R.eq("score_sum_mismatch", ptotal, sum(scores), "prose total = sum of scores", rescale=False)
    R.grade(doc.one(r"评价等级为“(.+?)”"), dec(total), "prose grade")
    R.grade(doc.one(r"评价等级：(\S+)"), dec(total), "table grade")
    # targets stated in the goals paragraph
    R.same("献血人次目标", [(doc.one(r"全年招募无偿献血者不少于" + NUM + r"人次"), 1, None),
                       (ind["无偿献血人次"][0], 1, "人次")])
    R.same("采血量目标", [(doc.one(r"采血不少于" + NUM + r"单位"), 1, None), (ind["采血量"][0], 1, "单位")])
    R.same("场次目标", [(doc.one(r"招募活动不少于" + NUM + r"场"), 1, None), (ind["招募活动场次"][0], 1, "场")])
    R.same("固定献血者目标", [(doc.one(r"固定献血者占比达到" + NUM + r"%"), 1, None),
                        (doc.one(r"未达到" + NUM + r"%的目标"), 1, None), (ind["固定献血者占比"][0], 1, "%")])
    R.same("保障率目标", [(doc.one(r"临床用血需求保障率不低于" + NUM + r"%"), 1, None),
                     (ind["临床用血需求保障率"][0], 1, "%")])
    R.same("满意度目标", [(doc.one(r"献血者满意度不低于" + NUM + r"%"), 1, None), (ind["献血者满意度"][0], 1, "%")])
    return R


def p_qujing(doc):
    R = Result()
    Y = 2021
    R.years(doc, Y)
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "预算到位率(%)", "预算执行率(%)"]
    ft = {n: doc.cells(n, 5)[1:] for n in names}   # skip the 行次 cell
    cols = ["合计", "中央", "省级", "市级"]
    for n in names[:4]:
        R.sum("sum_mismatch", ft[n][0], ft[n][1:], f"{n} 合计 = 中央 + 省级 + 市级", money=True)
    for c, col in enumerate(cols):
        R.rate("rate_mismatch", ft["预算到位率(%)"][c], dec(ft["实际到位资金"][c]), dec(ft["全年预算资金"][c]),
               f"{col} 到位率")
        R.rate("rate_mismatch", ft["预算执行率(%)"][c], dec(ft["全年执行资金"][c]), dec(ft["全年预算资金"][c]),
               f"{col} 执行率")
    prov = doc.one(r"省级补助资金" + NUM + r"万元于")
    R.same("省级资金", [(prov, 1, None), (ft["全年预算资金"][2], 1, None)], money=True)
    city0 = doc.one(r"市级资金年初安排" + NUM + r"万元")
    add = doc.one(r"追加" + NUM + r"万元")
    R.same("市级年初", [(city0, 1, None), (ft["年初预算资金"][3], 1, None)], money=True)
    R.sum("sum_mismatch", ft["全年预算资金"][3], [city0, add], "市级 年初 + 追加 = 全年", money=True)
    short = doc.one(r"年末尚有" + NUM + r"万元未到位")
    R.sum("sum_mismatch", ft["全年预算资金"][3], [ft["实际到位资金"][3], short], "市级 全年 = 到位 + 未到位", money=True)
    R.same("未到位", [(short, 1, None), (doc.one(r"年末仍有" + NUM + r"万元未拨付"), 1, None)], money=True)
    spent = doc.one(r"全年执行" + NUM + r"万元")
    R.same("执行数", [(spent, 1, None), (ft["全年执行资金"][0], 1, None)], money=True)
    parts = [doc.one(p + NUM + r"万元") for p in ["核酸检测试剂及质控品", "设备维保及校准", "室间质评及人员培训"]]
    R.sum("sum_mismatch", spent, parts, "支出明细", money=True)
    bal = doc.one(r"结余" + NUM + r"万元")
    R.eq("balance_mismatch", bal, dec(ft["实际到位资金"][0]) - dec(spent), "结余 = 到位 - 执行", rescale=True)
    # month table
    months = [f"{i}月" for i in range(1, 13)]
    mt = {m: doc.cells(m, 2, start_after="表2  2021年各月核酸检测标本量") for m in months}
    mtot = doc.cells("合计", 2, start_after="表2  2021年各月核酸检测标本量")
    R.sum("sum_mismatch", mtot[0], [mt[m][0] for m in months], "检测标本合计")
    R.sum("sum_mismatch", mtot[1], [mt[m][1] for m in months], "反应性合计")
    R.eq("average_mismatch", doc.one(r"月均检测标本" + NUM + r"份"),
         sum(dec(mt[m][0]) for m in months) / 12, "月均检测标本", rescale=False)
    R.same("反应性", [(doc.one(r"反应性标本" + NUM + r"份"), 1, None), (mtot[1], 1, None)])
    # indicator table (Shanxi-like: 权重, 目标值, 业绩值, 完成率, 指标得分)
    rows = [("预算执行率", "执行"), ("核酸检测标本数", "产出"), ("核酸检测覆盖率", "产出"), ("室间质评合格率", "产出"),
            ("检测报告发放时间", "产出"), ("单份检测试剂成本", "产出"), ("输血传播传染病事件", "效益"),
            ("置率", "效益"), ("检测设备完好率", "效益"), ("度", "满意度")]
    ind = {}
    for name, lvl in rows:
        w, t, a, c, s = doc.cells(name, 5, start_after="附件1.项目支出绩效自评表")
        ind[name] = (t, a, w, s, lvl)
        R.indicator(name, t, a, w, s, completion=c)
    wt_total, s_total = doc.cells("合计", 2, start_after="附件1.项目支出绩效自评表")
    wsum = sum(dec(v[2]) for v in ind.values())
    if wsum != dec(wt_total) or dec(wt_total) != 100:
        R.fail("weight_sum_mismatch", f"weights sum {wsum}, stated {wt_total}")
    ssum = sum(dec(v[3]) for v in ind.values())
    R.eq("score_sum_mismatch", s_total, ssum, "table total", rescale=False)
    R.eq("score_sum_mismatch", doc.one(r"自评总得分" + NUM + r"分"), ssum, "prose total", rescale=False)
    R.grade(doc.one(r"属于“(.+?)”"), dec(s_total), "prose grade")
    act = {k: v[1] for k, v in ind.items()}
    R.same("执行率", [(act["预算执行率"], 1, "%"), (ft["预算执行率(%)"][0], 1, None)])
    R.same("检测标本数", [(doc.one(r"全年检测标本" + NUM + r"份"), 1, None), (mtot[0], 1, None),
                      (act["核酸检测标本数"], 1, "份")])
    R.same("标本目标", [(doc.one(r"核酸检测不少于" + NUM + r"份"), 1, None), (ind["核酸检测标本数"][0], 1, "份")])
    R.same("标本目标(分析)", [(doc.one(r"未达到" + NUM + r"份的目标"), 1, None), (ind["核酸检测标本数"][0], 1, "份")])
    R.same("覆盖率目标", [(doc.one(r"检测覆盖率" + NUM + r"%"), 1, None), (ind["核酸检测覆盖率"][0], 1, "%")])
    R.same("质评目标", [(doc.one(r"室间质评合格率" + NUM + r"%"), 1, None), (ind["室间质评合格率"][0], 1, "%")])
    R.same("时效目标", [(doc.one(r"检测报告" + NUM + r"小时内发放"), 1, None), (ind["检测报告发放时间"][0], 1, "小时")])
    cost = doc.one(r"单份检测试剂成本" + NUM + r"元。")
    R.eq("average_mismatch", cost, dec(parts[0]) * WAN / dec(mtot[0]), "单份检测试剂成本", rescale=False)
    R.same("单份成本", [(cost, 1, None), (act["单份检测试剂成本"], 1, "元/份")])
    R.same("报告时间", [(doc.one(r"报告发放时间延长至" + NUM + r"小时"), 1, None), (act["检测报告发放时间"], 1, "小时")])
    R.same("设备完好率", [(doc.one(r"检测设备完好率" + NUM + r"%，"), 1, None), (act["检测设备完好率"], 1, "%")])
    R.same("满意度", [(doc.one(r"满意度" + NUM + r"%，主要"), 1, None), (act["度"], 1, "%")])
    return R


def p_weifang(doc):
    R = Result()
    Y = 2022
    R.years(doc, Y)
    names = ["年度资金总额", "按来源：财政拨款", "事业收入", "上年结转", "其他收入", "按用途：基本支出", "项目支出"]
    ft = {n: doc.cells(n, 4, start_after="资金来源及用途") for n in names}
    for c in range(3):
        R.sum("sum_mismatch", ft["年度资金总额"][c], [ft[n][c] for n in names[1:5]], f"按来源 column {c}", money=True)
        R.sum("sum_mismatch", ft["年度资金总额"][c], [ft[n][c] for n in names[5:]], f"按用途 column {c}", money=True)
    for n in names:
        R.rate("rate_mismatch", ft[n][3], dec(ft[n][2]), dec(ft[n][1]), f"{n} 执行率")
    tot = ft["年度资金总额"]
    annual = doc.one(r"全年预算" + NUM + r"万元")
    R.same("全年预算", [(annual, 1, None), (tot[1], 1, None)], money=True)
    src = [doc.one(r"，其中财政拨款" + NUM + r"万元"), doc.one(r"事业收入" + NUM + r"万元"),
           doc.one(r"上年结转" + NUM + r"万元")]
    R.sum("sum_mismatch", annual, src, "收入来源", money=True)
    for s, n in zip(src, names[1:4]):
        R.same(n, [(s, 1, None), (ft[n][1], 1, None)], money=True)
    spent = doc.one(r"全年支出" + NUM + r"万元")
    use = [doc.one(r"基本支出" + NUM + r"万元"), doc.one(r"项目支出" + NUM + r"万元")]
    R.sum("sum_mismatch", spent, use, "基本 + 项目", money=True)
    R.same("全年支出", [(spent, 1, None), (tot[2], 1, None)], money=True)
    R.same("基本支出", [(use[0], 1, None), (ft["按用途：基本支出"][2], 1, None)], money=True)
    R.same("项目支出", [(use[1], 1, None), (ft["项目支出"][2], 1, None)], money=True)
    prate = doc.one(r"预算执行率" + NUM + r"%")
    R.rate("rate_mismatch", prate, dec(spent), dec(annual), "prose 执行率")
    R.same("执行率", [(prate, 1, None), (tot[3], 1, None)])
    # "财政拨款资金全部执行完毕" => executed = budget
    f = ft["按来源：财政拨款"]
    if dec(f[2]) != dec(f[1]):
        R.fail("rate_mismatch", "财政拨款 said fully executed but 执行 != 全年")
    carry = doc.one(r"年末结转" + NUM + r"万元")
    R.eq("balance_mismatch", carry, dec(tot[1]) - dec(tot[2]), "结转 = 全年预算 - 执行", rescale=True)
    sy = ft["事业收入"]
    R.eq("balance_mismatch", carry, dec(sy[1]) - dec(sy[2]), "结转全部为事业收入", rescale=True)
    R.same("事业收入执行率", [(doc.one(r"执行率" + NUM + r"%。\n"), 1, None), (sy[3], 1, None)])
    # execution block of the table
    blk = doc.cells("预算执行", 6)
    if blk[0] != "分值" or blk[2] != "执行率" or blk[4] != "得分":
        raise ParseError(f"execution block {blk}")
    ew, er, es = blk[1], blk[3], blk[5]
    R.same("表内执行率", [(er, 1, None), (tot[3], 1, None)])
    R.indicator("预算执行率", "100%", er, ew, es)
    # month table
    months = [f"{i}月" for i in range(1, 13)]
    mt = {m: doc.cells(m, 3, start_after="表  2022年各月采血情况") for m in months}
    mtot = doc.cells("合计", 3, start_after="表  2022年各月采血情况")
    for c, what in enumerate(["献血人次", "全血", "机采血小板"]):
        R.sum("sum_mismatch", mtot[c], [mt[m][c] for m in months], f"{what}合计")
    rows = [("无偿献血人次", "产出", None), ("采集全血量", "产出", None), ("机采血小板采集量", "产出", None),
            ("血液报废率", "产出", None), ("血液质量抽检合格率", "产出", None), ("应急用血供应及时率", "产出", None),
            ("“三公”经费控制率", "产出", None), ("临床用血供应保障率", "效益", None), ("千人口献血率", "效益", None),
            ("登记固定献血者人数", "效益", None), ("运行", "效益", "achieved"),
            ("用血医疗机构满意度", "满意度", None), ("献血者满意度", "满意度", None)]
    ind = {}
    for name, lvl, qual in rows:
        t, a, w, s = doc.cells(name, 4, start_after="偏差原因分析及改进措施")
        ind[name] = (t, a, w, s, lvl)
        R.indicator(name, t, a, w, s, qual=qual)
    wt_total, s_total = doc.cells("合计", 2, start_after="偏差原因分析及改进措施")
    wsum = dec(ew) + sum(dec(v[2]) for v in ind.values())
    if wsum != dec(wt_total) or dec(wt_total) != 100:
        R.fail("weight_sum_mismatch", f"weights sum {wsum}, stated {wt_total}")
    ssum = dec(es) + sum(dec(v[3]) for v in ind.values())
    R.eq("score_sum_mismatch", s_total, ssum, "table total", rescale=False)
    R.eq("score_sum_mismatch", doc.one(r"自评得分" + NUM + r"分"), ssum, "prose total", rescale=False)
    R.grade(doc.one(r"评价等级为“(.+?)”"), dec(s_total), "prose grade")
    R.grade(doc.cells("自评等级", 1)[0], dec(s_total), "table grade")
    act = {k: v[1] for k, v in ind.items()}
    R.same("献血人次", [(doc.one(r"全年无偿献血" + NUM + r"万人次"), WAN, None),
                     (act["无偿献血人次"], WAN, "万人次"), (mtot[0], 1, None)])
    R.same("全血", [(doc.one(r"采集全血" + NUM + r"万单位，"), WAN, None), (act["采集全血量"], WAN, "万单位"),
                  (mtot[1], 1, None)])
    R.same("血小板", [(act["机采血小板采集量"], WAN, "万治疗量"), (mtot[2], 1, None)])
    R.same("固定献血者", [(doc.one(r"全市在库登记固定献血者" + NUM + r"万人"), 1, None),
                      (act["登记固定献血者人数"], 1, "万人")])
    R.same("保障率", [(doc.one(r"临床用血供应保障率" + NUM + r"%"), 1, None), (act["临床用血供应保障率"], 1, "%")])
    R.same("千人口献血率", [(doc.one(r"千人口献血率" + NUM + r"‰"), 1, None), (act["千人口献血率"], 1, "‰")])
    R.same("医疗机构满意度", [(doc.one(r"用血医疗机构满意度" + NUM + r"%"), 1, None),
                        (act["用血医疗机构满意度"], 1, "%")])
    R.same("献血者满意度", [(doc.one(r"献血者满意度" + NUM + r"%"), 1, None), (act["献血者满意度"], 1, "%")])
    R.same("全血目标", [(doc.one(r"采集全血不少于" + NUM + r"万单位"), 1, None), (ind["采集全血量"][0], 1, "万单位")])
    R.same("血小板目标", [(doc.one(r"机采血小板不少于" + NUM + r"万治疗量"), 1, None),
                      (ind["机采血小板采集量"][0], 1, "万治疗量")])
    R.same("报废率目标", [(doc.one(r"血液报废率控制在" + NUM + r"%以内"), 1, None), (ind["血液报废率"][0], 1, "%")])
    R.same("保障率目标", [(doc.one(r"临床用血供应保障率不低于" + NUM + r"%"), 1, None),
                     (ind["临床用血供应保障率"][0], 1, "%")])
    R.same("满意度目标", [(doc.one(r"满意度均不低于" + NUM + r"%"), 1, None), (ind["用血医疗机构满意度"][0], 1, "%"),
                     (ind["献血者满意度"][0], 1, "%")])
    return R


def p_yichang(doc):
    R = Result()
    Y = 2024
    R.years(doc, Y)
    ft = {n: doc.cells(n, 6) for n in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    funds_rows(doc, R, ft)
    tot = ft["年度资金总额"]
    exec_w, exec_s = tot[3], tot[5]
    R.indicator("预算执行率", "100%", tot[4], exec_w, exec_s)
    init = doc.one(r"本项目年初预算" + NUM + r"万元")
    carry = doc.one(r"加上年结转资金" + NUM + r"万元")
    annual = doc.one(r"全年预算" + NUM + r"万元")
    R.same("年初预算", [(init, 1, None), (tot[0], 1, None)], money=True)
    R.same("上年结转", [(carry, 1, None), (ft["上年结转资金"][1], 1, None)], money=True)
    R.sum("sum_mismatch", annual, [init, carry], "年初 + 结转 = 全年", money=True)
    R.same("全年预算", [(annual, 1, None), (tot[1], 1, None)], money=True)
    spent = doc.one(r"实际支出" + NUM + r"万元")
    R.same("支出", [(spent, 1, None), (tot[2], 1, None)], money=True)
    prate = doc.one(r"预算执行率" + NUM + r"%")
    R.rate("rate_mismatch", prate, dec(spent), dec(annual), "prose 执行率")
    R.same("执行率", [(prate, 1, None), (tot[4], 1, None)])
    # "资金全部到位": received = annual budget
    R.eq("balance_mismatch", doc.one(r"结余" + NUM + r"万元"), dec(annual) - dec(spent), "结余 = 到位 - 支出", rescale=True)
    parts = [doc.one(r"全自动血型分析仪1台" + NUM + r"万元"), doc.one(r"冷链设备" + NUM + r"万元"),
             doc.one(r"冷链温度监控系统升级" + NUM + r"万元"), doc.one(r"安装调试及培训" + NUM + r"万元")]
    R.sum("sum_mismatch", spent, parts, "支出明细", money=True)
    R.same("执行分值", [(doc.one(r"预算执行率分值" + NUM + r"分"), 1, None), (exec_w, 1, None)])
    # batches
    q = re.search(r"分别用时" + NUM + "天、" + NUM + "天、" + NUM + "天、" + NUM + "天，平均" + NUM + "天", doc.text)
    batches, avg = list(q.groups()[:4]), q.group(5)
    R.eq("average_mismatch", avg, sum(dec(b) for b in batches) / 4, "平均用时", rescale=False)
    R.bounded(doc.one(r"自动判读率达" + NUM + r"%"), "血型自动判读率")
    # site table
    sites = ["夷陵广场献血屋", "万达广场献血屋", "东山大道献血屋", "流动采血车", "枝江市采血点", "当阳市采血点", "宜都市采血点"]
    st = {n: doc.cells(n, 2, start_after="表3  2024年各采血点采血及冷链转运情况") for n in sites}
    stot = doc.cells("合计", 2, start_after="表3  2024年各采血点采血及冷链转运情况")
    for c, what in ((0, "采血量"), (1, "转运批次")):
        R.sum("sum_mismatch", stot[c], [st[n][c] for n in sites], f"{what}合计")
    R.same("转运批次", [(doc.one(r"冷链转运血液" + NUM + r"批次"), 1, None), (stot[1], 1, None)])
    # indicator table: 分值, 年度指标值, 实际完成值, 完成率, 得分
    rows = [("采供血设备购置数量", "产出", None), ("车", "产出", None), ("设备验收合格率", "产出", None),
            ("血液运输温度达标率", "产出", None), ("用最长用时", "产出", None), ("血型分析仪采购单价", "产出", None),
            ("血液检测差错事件", "效益", None), ("追溯率", "效益", None), ("设备完好率", "效益", None),
            ("省级平台", "效益", "partial"), ("构满意度", "满意度", None)]
    ind = {}
    for name, lvl, qual in rows:
        w, t, a, c, s = doc.cells(name, 5, start_after="偏差原因分析及改进措施")
        ind[name] = (t, a, w, s, lvl)
        R.indicator(name, t, a, w, s, completion=c, qual=qual)
    wt_total, s_total = doc.cells("总分", 2)
    isum = sum(dec(v[2]) for v in ind.values())
    wsum = dec(exec_w) + isum
    if wsum != dec(wt_total) or dec(wt_total) != 100:
        R.fail("weight_sum_mismatch", f"weights sum {wsum}, stated {wt_total}")
    if isum != dec(doc.one(r"满意度指标分值" + NUM + r"分")):
        R.fail("weight_sum_mismatch", f"indicator weights sum {isum}, stated 80")
    ssum = dec(exec_s) + sum(dec(v[3]) for v in ind.values())
    R.eq("score_sum_mismatch", s_total, ssum, "table total", rescale=False)
    R.eq("score_sum_mismatch", doc.one(r"项目总得分" + NUM + r"分"), ssum, "prose total", rescale=False)
    R.grade(doc.one(r"评价等级为“(.+?)”"), dec(s_total), "prose grade")
    R.grade(doc.one(r"评价等级：(\S+)"), dec(s_total), "table grade")
    act = {k: v[1] for k, v in ind.items()}
    R.same("最长用时", [(str(max(dec(b) for b in batches)), 1, None), (act["用最长用时"], 1, "天")])
    R.same("血型分析仪单价", [(parts[0], 1, None), (act["血型分析仪采购单价"], 1, "万元/台")], money=True)
    R.same("温度达标率", [(doc.one(r"运输温度达标率" + NUM + r"%"), 1, None), (act["血液运输温度达标率"], 1, "%")])
    R.same("设备完好率", [(doc.one(r"设备完好率" + NUM + r"%，"), 1, None), (act["设备完好率"], 1, "%")])
    R.same("完好率目标", [(doc.one(r"低于" + NUM + r"%的目标"), 1, None), (ind["设备完好率"][0], 1, "%")])
    R.same("满意度", [(doc.one(r"满意度" + NUM + r"%。"), 1, None), (act["构满意度"], 1, "%")])
    R.same("满意度目标", [(doc.one(r"医疗机构满意度不低于" + NUM + r"%"), 1, None), (ind["构满意度"][0], 1, "%")])
    R.same("验收合格率目标", [(doc.one(r"设备验收合格率" + NUM + r"%"), 1, None), (ind["设备验收合格率"][0], 1, "%")])
    R.same("温度达标率目标", [(doc.one(r"血液运输温度达标率不低于" + NUM + r"%"), 1, None),
                        (ind["血液运输温度达标率"][0], 1, "%")])
    R.same("运输车目标", [(doc.one(r"医用血液冷藏运输车" + NUM + r"辆"), 1, None), (ind["车"][0], 1, "辆")])
    R.same("设备数量", [(doc.one(r"等采供血设备" + NUM + r"台（套）"), 1, None), (doc.one(r"\n" + NUM + r"台（套）设备全部到货"), 1, None),
                    (act["采供血设备购置数量"], 1, "台（套）")])
    return R


def p_chifeng(doc):
    R = Result()
    Y = 2025
    R.years(doc, Y)
    ft = {n: doc.cells(n, 6) for n in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    funds_rows(doc, R, ft)
    tot = ft["年度资金总额"]
    exec_w, exec_s = tot[3], tot[5]
    R.indicator("预算执行率", "100%", tot[4], exec_w, exec_s)
    fiscal = doc.one(r"当年财政拨款" + NUM + r"万元，其中")
    city = doc.one(r"其中市级资金" + NUM + r"万元")
    region = doc.one(r"自治区补助资金" + NUM + r"万元")
    R.sum("sum_mismatch", fiscal, [city, region], "市级 + 自治区 = 当年财政拨款", money=True)
    R.same("当年财政拨款", [(fiscal, 1, None), (ft["其中：当年财政拨款"][1], 1, None), (tot[0], 1, None)], money=True)
    carry = doc.one(r"上年结转资金" + NUM + r"万元")
    donate = doc.one(r"社会捐赠资金" + NUM + r"万元，")
    annual = doc.one(r"全年预算" + NUM + r"万元")
    R.same("上年结转", [(carry, 1, None), (ft["上年结转资金"][1], 1, None)], money=True)
    R.same("捐赠", [(donate, 1, None), (ft["其他资金"][1], 1, None)], money=True)
    R.sum("sum_mismatch", annual, [fiscal, carry, donate], "全年预算来源", money=True)
    R.same("全年预算", [(annual, 1, None), (tot[1], 1, None)], money=True)
    spent = doc.one(r"全年执行" + NUM + r"万元")
    R.same("执行", [(spent, 1, None), (tot[2], 1, None)], money=True)
    prate = doc.one(r"执行率" + NUM + r"%。")
    R.rate("rate_mismatch", prate, dec(spent), dec(annual), "prose 执行率")
    R.same("执行率", [(prate, 1, None), (tot[4], 1, None)])
    parts = [doc.one(r"车辆运行及维护（燃油、保险、维修）" + NUM + r"万元"), doc.one(r"采血耗材及检测" + NUM + r"万元"),
             doc.one(r"献血者招募宣传" + NUM + r"万元"), doc.one(r"献血者关爱" + NUM + r"万元。")]
    R.sum("sum_mismatch", spent, parts, "支出明细", money=True)
    unspent = doc.one(r"年末未执行资金" + NUM + r"万元")
    R.eq("balance_mismatch", unspent, dec(annual) - dec(spent), "未执行 = 全年预算 - 执行", rescale=True)
    fb = doc.one(r"财政资金结余" + NUM + r"万元")
    db = doc.one(r"社会捐赠资金结余" + NUM + r"万元")
    f = ft["其中：当年财政拨款"]
    R.eq("balance_mismatch", fb, dec(f[1]) - dec(f[2]), "财政资金结余", rescale=True)
    o = ft["其他资金"]
    R.eq("balance_mismatch", db, dec(o[1]) - dec(o[2]), "捐赠资金结余", rescale=True)
    R.sum("sum_mismatch", unspent, [fb, db], "未执行 = 财政结余 + 捐赠结余", money=True)
    # month table
    months = [f"{i}月" for i in range(1, 13)]
    mt = {m: doc.cells(m, 3, start_after="表2  2025年流动采血车分月采血情况") for m in months}
    mtot = doc.cells("合计", 3, start_after="表2  2025年流动采血车分月采血情况")
    for c, what in enumerate(["出车天数", "献血人次", "采血量"]):
        R.sum("sum_mismatch", mtot[c], [mt[m][c] for m in months], f"{what}合计")
    rows = [("流动采血车出车天数", "产出", None), ("流动车献血人次", "产出", None), ("流动车采血量", "产出", None),
            ("采血不良反应发生率", "产出", None), ("献血者回访率", "产出", None), ("检测结果告知及时率", "产出", None),
            ("采血车日均运行成本", "产出", None), ("率", "效益", None), ("比", "效益", None), ("定期献血者人数", "效益", None),
            ("献血者满意度", "满意度", None)]
    ind = {}
    for name, lvl, qual in rows:
        t, a, w, s = doc.cells(name, 4, start_after="偏差原因分析及改进措施")
        ind[name] = (t, a, w, s, lvl)
        R.indicator(name, t, a, w, s, qual=qual)
    wt_total, s_total = doc.cells("总分", 2)
    wsum = dec(exec_w) + sum(dec(v[2]) for v in ind.values())
    if wsum != dec(wt_total) or dec(wt_total) != 100:
        R.fail("weight_sum_mismatch", f"weights sum {wsum}, stated {wt_total}")
    isum = sum(dec(v[3]) for v in ind.values())
    ssum = dec(exec_s) + isum
    R.eq("score_sum_mismatch", s_total, ssum, "table total", rescale=False)
    R.eq("score_sum_mismatch", doc.one(r"绩效指标得分" + NUM + r"分"), isum, "prose indicator score", rescale=False)
    R.eq("score_sum_mismatch", doc.one(r"自评总分" + NUM + r"分"), ssum, "prose total", rescale=False)
    R.same("执行得分", [(doc.one(r"预算执行率得分" + NUM + r"分"), 1, None), (exec_s, 1, None)])
    R.grade(doc.one(r"评价等级为“(.+?)”"), dec(s_total), "prose grade")
    R.grade(doc.one(r"评价等级：(\S+)"), dec(s_total), "table grade")
    act = {k: v[1] for k, v in ind.items()}
    R.same("出车天数", [(doc.one(r"全年累计出车" + NUM + r"天"), 1, None), (act["流动采血车出车天数"], 1, "天"),
                     (mtot[0], 1, None)])
    persons = doc.one(r"流动车采集献血者" + NUM + r"人次")
    R.same("献血人次", [(persons, 1, None), (doc.one(r"（即" + NUM + r"万人次）"), WAN, None),
                     (act["流动车献血人次"], WAN, "万人次"), (mtot[1], 1, None)])
    R.same("采血量", [(doc.one(r"采血" + NUM + r"单位，"), 1, None), (act["流动车采血量"], 1, "单位"), (mtot[2], 1, None)])
    rural = doc.one(r"旗县区采血" + NUM + r"人次")
    share = doc.one(r"占流动车献血人次的" + NUM + r"%")
    R.rate("rate_mismatch", share, dec(rural), dec(mtot[1]), "旗县区占比")
    R.same("旗县区占比", [(share, 1, None), (act["比"], 1, "%")])
    R.same("不良反应", [(doc.one(r"不良反应发生率" + NUM + r"%。"), 1, None), (act["采血不良反应发生率"], 1, "%")])
    R.same("回访率", [(doc.one(r"回访率" + NUM + r"%，"), 1, None), (act["献血者回访率"], 1, "%")])
    R.same("回访率目标", [(doc.one(r"未达到" + NUM + r"%的目标"), 1, None), (ind["献血者回访率"][0], 1, "%")])
    R.same("定期献血者", [(doc.one(r"及以上）" + NUM + r"人"), 1, None), (act["定期献血者人数"], 1, "人")])
    R.same("满意度", [(doc.one(r"献血者满意度" + NUM + r"%。"), 1, None), (act["献血者满意度"], 1, "%")])
    R.eq("average_mismatch", act["采血车日均运行成本"], dec(parts[0]) * WAN / dec(act["流动采血车出车天数"]),
         "日均运行成本 = 车辆运行费 / 出车天数", rescale=False)
    return R


PROJECTS = {
    "he-baoding-xianxuezhaomu-2019": (p_baoding, r"^\s*— [0-9]+ —\s*$"),
    "yn-qujing-hesuanjiance-2021": (p_qujing, r"^\s{10,}[0-9]+\s*$"),
    "sd-weifang-xuezhan-bumen-2022": (p_weifang, r"^\s*第 [0-9]+ 页  共 [0-9]+ 页\s*$"),
    "hb-yichang-xueyeanquan-2024": (p_yichang, r"^\s*— [0-9]+ —\s*$"),
    "nm-chifeng-liudongcaixue-2025": (p_chifeng, r"^\s*第 [0-9]+ 页\s*$"),
}


# ================================================================ labels / edits

def edit_region(a, b):
    """Common prefix/suffix diff: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def check_case(name, text):
    src = re.sub(r"-(clean|e[0-9]+)\.txt$", "", name)
    fn, footer = PROJECTS[src]
    doc = Doc(text, footer)
    return fn(doc)


def main():
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    code_count = {}
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            R = check_case(name, text)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        got = R.codes()
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if got:
                problems.append(f"{name}: clean draft fails {got}: {R.fails}")
            if R.warns:
                problems.append(f"{name}: clean draft has warnings {R.warns}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters, outside 1500..5000")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        e = exp[0]
        code_count[e["code"]] = code_count.get(e["code"], 0) + 1
        if e["code"] not in CODES_A or e["severity"] != "error":
            problems.append(f"{name}: bad code/severity {e['code']}/{e['severity']}")
        if got != [e["code"]]:
            problems.append(f"{name}: labelled {e['code']} but checks fail {got}: {R.fails}")
        cnt = text.count(e["value"])
        if cnt != 1:
            problems.append(f"{name}: value {e['value']!r} occurs {cnt} times")
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        p, ea, eb = edit_region(clean, text)
        if ea - p > 40 or eb - p > 40 or (ea == p and eb == p):
            problems.append(f"{name}: edit region {clean[p:ea]!r} -> {text[p:eb]!r} not a 1..40 char edit")
        vs = text.find(e["value"])
        ve = vs + len(e["value"])
        lo, hi = p, max(eb, p + 1)
        if not (vs < hi and lo < ve):
            problems.append(f"{name}: value does not overlap the edit")
        print(f"{name:45s} {e['code']:22s} warnings={len(R.warns)}")
    for c in CODES_A:
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} used {code_count.get(c, 0)} times (< 2)")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("FAILED")
        return 1
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={code_count[c]}" for c in CODES_A))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
