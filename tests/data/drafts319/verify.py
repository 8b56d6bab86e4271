#!/usr/bin/env python3
"""Verify the set: labels, edits and the arithmetic of every case.

Standard library only; all arithmetic in decimal.Decimal, ROUND_HALF_UP, with the
tolerance of rules.md section 8 (a stated value with d decimals matches a computed
value c iff |c - v| <= 0.5 * 10^-d).

For every clean draft all checks must pass (errors and warnings).  For every error
case the labelled code must fail and no other error-level code may fail
(score_rule_mismatch is a warning in errors.md and is only reported).
Prints OK at the end.
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
WARNINGS = {"score_rule_mismatch"}

D = Decimal
HUNDRED = D(100)
TEN4 = D(10000)


class ExtractError(Exception):
    pass


def dec(s):
    s = s.replace(",", "").replace("，", "").strip()
    return D(s)


def places(s):
    s = s.replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def close(stated, computed):
    return abs(dec(stated) - computed) <= tol(stated)


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

UNIT_FACTOR = {"元": D(1) / TEN4, "万元": D(1), "亿元": TEN4}

NUM_RE = re.compile(r"^(≥|≤|＞|＜|>=|<=|不低于|不少于|不超过|不高于)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*)$")


def parse_value(s):
    """'≥38000人' -> ('gte', Decimal(38000), '人'); non-numeric -> None."""
    s = s.strip()
    m = NUM_RE.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    if re.match(r"^年\d", unit or ""):  # a date such as 2023年11月24日
        return None
    direction = "eq"
    if sign in ("≥", "＞", ">=", "不低于", "不少于"):
        direction = "gte"
    elif sign in ("≤", "＜", "<=", "不超过", "不高于"):
        direction = "lte"
    return direction, dec(num), unit.strip()


class Ctx:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.results = []  # (code, ok, msg)

    # ---- extraction ----
    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ExtractError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def line_with(self, key):
        """The single line containing key; a key starting with '^' is a regex on the line."""
        if key.startswith("^"):
            lines = [ln for ln in self.t.split("\n") if re.search(key, ln)]
        else:
            lines = [ln for ln in self.t.split("\n") if key in ln]
        if len(lines) != 1:
            raise ExtractError(f"{self.name}: {len(lines)} lines contain {key!r}")
        return lines[0]

    def row(self, key, sep):
        ln = self.line_with(key)
        if sep == "pipe":
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        elif sep == "bar":
            cells = [c.strip() for c in ln.split("｜")]
        elif sep == "tab":
            cells = [c.strip() for c in ln.split("\t")]
        elif sep == "spaces":
            cells = [c.strip() for c in re.split(r" {2,}", ln.strip())]
        else:
            raise ValueError(sep)
        return cells

    # ---- checks ----
    def add(self, code, ok, msg):
        self.results.append((code, bool(ok), msg))

    def eq(self, code, stated, computed, msg):
        self.add(code, close(stated, computed), f"{msg}: stated {stated}, computed {computed}")

    def same(self, a, b, msg, ua="万元", ub="万元"):
        """Same quantity stated twice (money normalised to 万元 when units given)."""
        fa = UNIT_FACTOR.get(ua, D(1))
        fb = UNIT_FACTOR.get(ub, D(1))
        va, vb = dec(a) * fa, dec(b) * fb
        if abs(va - vb) <= max(tol(a) * fa, tol(b) * fb):
            self.add("conflicting_values", True, msg)
            return
        for k in (TEN4, 1 / TEN4):
            if abs(va * k - vb) <= max(tol(a) * fa * k, tol(b) * fb):
                self.add("unit_mismatch", False, f"{msg}: {a}{ua} vs {b}{ub}, off by 10^4")
                return
        self.add("conflicting_values", False, f"{msg}: {a}{ua} vs {b}{ub}")

    def total(self, total, parts, msg, utotal="万元"):
        """total == sum(parts); parts are (value, unit) tuples or plain strings."""
        ps = [(p, "万元") if isinstance(p, str) else p for p in parts]
        ft = UNIT_FACTOR.get(utotal, D(1))
        vt = dec(total) * ft
        vals = [dec(v) * UNIT_FACTOR.get(u, D(1)) for v, u in ps]
        tl = tol(total) * ft + sum(tol(v) * UNIT_FACTOR.get(u, D(1)) for v, u in ps)
        if abs(sum(vals) - vt) <= tl:
            self.add("sum_mismatch", True, msg)
            return
        for i in range(len(vals)):
            for k in (TEN4, 1 / TEN4):
                alt = vals[:i] + [vals[i] * k] + vals[i + 1:]
                if abs(sum(alt) - vt) <= tl:
                    self.add("unit_mismatch", False, f"{msg}: part {ps[i]} off by 10^4")
                    return
        for k in (TEN4, 1 / TEN4):
            if abs(sum(vals) - vt * k) <= tl * k + tl:
                self.add("unit_mismatch", False, f"{msg}: total {total} off by 10^4")
                return
        self.add("sum_mismatch", False, f"{msg}: {' + '.join(v for v, _ in ps)} = {sum(vals)} vs {total}")

    def rate(self, stated, num, den, msg):
        """A stated rate (percent string or '—') against num/den."""
        s = stated.strip().rstrip("%")
        if s in ("—", "-", ""):
            return  # no rate printed: nothing to compare
        v = dec(s)
        if dec(den) == 0:
            self.add("implausible_rate", v == 0, f"{msg}: rate {stated} on a zero base")
            return
        if v > HUNDRED or v < 0:
            self.add("implausible_rate", False, f"{msg}: rate {stated} outside [0, 100%]")
            return
        self.add("implausible_rate", True, msg)
        self.eq("rate_mismatch", s, dec(num) / dec(den) * HUNDRED, msg)

    def plausible_pct(self, stated, msg):
        v = dec(stated.rstrip("%"))
        self.add("implausible_rate", D(0) <= v <= HUNDRED, f"{msg}: {stated}")

    def balance(self, stated, received, spent, msg):
        self.eq("balance_mismatch", stated, dec(received) - dec(spent), msg)

    def average(self, stated, items, msg, count=None):
        vals = [dec(x) for x in items]
        n = D(count) if count is not None else D(len(vals))
        self.eq("average_mismatch", stated, sum(vals) / n, msg)

    def grade(self, word, total, msg):
        g = GRADE_NORM.get(word)
        self.add("grade_mismatch", g == grade_of(dec(total)), f"{msg}: {word} for {total}")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)

    def exec_score(self, score, weight, budget, spent, printed_rate=None, msg="execution score"):
        s, w = dec(score), dec(weight)
        self.add("score_exceeds_weight", D(0) <= s <= w, f"{msg}: score {score} weight {weight}")
        r = min(dec(spent) / dec(budget), D(1))
        ok = close(score, w * r)
        if printed_rate is not None and not ok:
            pr = dec(printed_rate.rstrip("%")) / HUNDRED
            ok = close(score, q2(w * min(pr, D(1))))
        self.add("score_rule_mismatch", ok, f"{msg}: {score} vs {w * r}")

    def indicator(self, name, target, actual, weight, score, completion=None, qual=None):
        w, s = dec(weight), dec(score)
        self.add("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {score} weight {weight}")
        if qual:
            lo, hi = {"achieved": (D("0.8"), D(1)), "partly": (D("0.6"), D("0.8"))}[qual]
            ok = lo * w <= s <= hi * w if qual == "achieved" else lo * w <= s < hi * w
            self.add("score_rule_mismatch", ok, f"{name}: qualitative {qual} score {score} of {weight}")
            return
        pt, pa = parse_value(target), parse_value(actual)
        if pt is None or pa is None:
            raise ExtractError(f"{self.name}: {name}: cannot parse {target!r} / {actual!r}")
        direction, tv, tu = pt
        _, av, au = pa
        if tu != au:
            self.add("unit_mismatch", False, f"{name}: target unit {tu!r}, actual unit {au!r}")
            return
        self.add("unit_mismatch", True, name)
        if au == "%":
            self.plausible_pct(actual, f"{name} actual")
        if direction == "lte":
            comp = HUNDRED if av <= tv else tv / av * HUNDRED
        else:
            comp = av / tv * HUNDRED
        if completion is not None and completion not in ("—", ""):
            self.eq("completion_mismatch", completion.rstrip("%"), comp, f"{name} completion")
        expected = w * min(comp / HUNDRED, D(1))
        ok = close(score, expected)
        if not ok and completion not in (None, "—", ""):
            ok = close(score, q2(w * min(dec(completion.rstrip("%")) / HUNDRED, D(1))))
        self.add("score_rule_mismatch", ok, f"{name}: score {score}, rule gives {expected}")

    def weights(self, parts, stated, msg):
        tot = sum(dec(p) for p in parts)
        self.add("weight_sum_mismatch", tot == dec(stated), f"{msg}: {tot} vs {stated}")

    def scores(self, parts, stated, msg):
        tot = sum(dec(p) for p in parts)
        self.add("score_sum_mismatch", close(stated, tot), f"{msg}: {tot} vs {stated}")


def eval_year(c):
    return int(c.one(r"^[^\n]*\n(\d{4})年").group(1))


# ---------------------------------------------------------------- project checks

def check_badong(c):
    Y = eval_year(c)
    t = c.t
    # prose funds
    m = c.one(r"下达我县直补资金([\d.]+)万元（按([\d,]+)人×(\d+)元核定），其中(\d{4})年12月以[^，]*?提前下达([\d.]+)万元，\d{4}年\d+月下达([\d.]+)万元")
    issued, persons, std, adv_year, adv, rest = m.groups()
    c.total(issued, [adv, rest], "issued = advance + June")
    c.total(issued, [(str(dec(persons) * dec(std)), "元")], "issued = persons x standard")
    c.year(int(adv_year) == Y - 1, f"advance issued in December {adv_year}")
    m = c.one(r"直补资金([\d,.]+)(万元|元)（涉及(\d+)人）")
    carry, carry_u, carry_n = m.groups()
    c.total(carry, [(str(dec(carry_n) * dec(std)), "元")], "carry-over = persons x standard", utotal=carry_u)
    m = c.one(r"全年预算数([\d.]+)万元，资金全部到位，到位率(\d+)%")
    annual, recv_rate = m.groups()
    c.total(annual, [issued, (carry, carry_u)], "annual = issued + carry-over")
    c.rate(recv_rate, annual, annual, "到位率 (all received)")
    m = c.one(r"截至(\d{4})年12月31日，共向([\d,]+)名移民发放")
    c.year(int(m.group(1)) == Y, "截至 year")
    paid_persons = m.group(2)
    m = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent, rate = m.groups()
    c.rate(rate, spent, annual, "prose execution rate")
    m = c.one(r"剩余([\d.]+)万元为(\d+)名移民")
    bal, bal_n = m.groups()
    c.balance(bal, annual, spent, "prose balance")
    c.total(bal, [(str(dec(bal_n) * dec(std)), "元")], "balance = persons x standard")
    m = c.one(r"核定人数为([\d,]+)人，减少的(\d+)人")
    last_persons, drop = m.groups()
    m2 = c.one(r"全县纳入后期扶持范围的移民为([\d,]+)人")
    c.same(m2.group(1), persons, "核定人数 (two mentions)", "人", "人")
    c.total(last_persons, [persons, drop], "last year's persons = this year's + decrease", utotal="人")
    c.total(persons, [paid_persons, bal_n], "核定 = paid + suspended", utotal="人")
    m = c.one(r"已按规定结转至(\d{4})年")
    c.year(int(m.group(1)) > Y, "carry-over goes to a later year")
    m = c.one(r"(\d{4})年全县发放直补资金([\d.]+)万元")
    c.year(int(m.group(1)) == Y - 1, "last year's figure is last year's")
    c.total(m.group(2), [(str(dec(last_persons) * dec(std)), "元")], "last year's amount")
    m = c.one(r"^(\d{4})年\d+月\d+日\s*$", re.M)
    c.year(int(m.group(1)) >= Y, "report date")
    # funds table
    tot = c.row("年度资金总额｜", "bar")
    cur = c.row("其中：当年财政拨款｜", "bar")
    car = c.row("上年结转资金｜", "bar")
    oth = c.row("其他资金｜", "bar")
    for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total(tot[i], [cur[i], car[i], oth[i]], f"funds table {col}")
    c.rate(tot[5], tot[3], tot[2], "table execution rate")
    for r in (cur, car, oth):
        c.rate(r[5], r[3], r[2], f"table rate {r[0]}")
    c.same(tot[2], annual, "全年预算数 table vs text")
    c.same(tot[3], spent, "全年执行数 table vs text")
    c.same(tot[5].rstrip("%"), rate, "执行率 table vs text", "%", "%")
    c.same(cur[1], issued, "年初预算数 table vs issued in text")
    c.same(car[2], carry, "上年结转 table vs text", "万元", carry_u)
    c.exec_score(tot[6], tot[4], tot[2], tot[3], tot[5])
    # indicator table
    rows = {
        "直补资金发放人数": None, "覆盖乡镇数": None, "直补资金发放准确率": None,
        "移民人口动态核定完成率": None, "资金按期发放率": None, "直补标准": None,
        "移民人均可支配收入": None, "库区移民社会稳定": "achieved", "后期扶持政策知晓率": None,
        "移民群众满意度": None,
    }
    ws, ss = [tot[4]], [tot[6]]
    cells = {}
    for name, qual in rows.items():
        r = c.row(f"｜{name}｜", "bar")
        cells[name] = r
        c.indicator(name, r[3], r[4], r[5], r[6], qual=qual)
        ws.append(r[5])
        ss.append(r[6])
    total_row = c.row("总分｜", "bar")
    c.weights(ws, total_row[5], "weights vs 总分 row")
    c.weights(ws, "100", "weights total 100")
    c.scores(ss, total_row[6], "scores vs 总分 row")
    m = c.one(r"本项目自评得分([\d.]+)分，评价等级为(优秀|良好|优|良|中|差)")
    c.scores(ss, m.group(1), "scores vs text total")
    c.grade(m.group(2), m.group(1), "grade")
    c.same(cells["直补资金发放人数"][4].rstrip("人"), paid_persons, "paid persons table vs text", "人", "人")
    m = c.one(r"较上年(\d+)元增长([\d.]+)%")
    inc = parse_value(cells["移民人均可支配收入"][4])[1]
    c.eq("rate_mismatch", m.group(2), (inc - dec(m.group(1))) / dec(m.group(1)) * HUNDRED, "income growth")
    m = c.one(r"2019年移民人均可支配收入(\d+)元")
    c.same(m.group(1), str(inc), "income text vs table", "元", "元")
    m = c.one(r"动态核定完成率([\d.]+)%")
    c.same(m.group(1), cells["移民人口动态核定完成率"][4].rstrip("%"), "核定完成率 text vs table", "%", "%")
    m = c.one(r"三镇满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+)%")
    for x in m.groups():
        c.plausible_pct(x, "town satisfaction")
    c.average(m.group(4), m.groups()[:3], "three-town average")
    c.same(m.group(4), cells["移民群众满意度"][4].rstrip("%"), "satisfaction average vs table", "%", "%")
    m = c.one(r"发放问卷(\d+)份，收回有效问卷(\d+)份")
    c.add("implausible_rate", dec(m.group(2)) <= dec(m.group(1)), "returned <= issued")


def check_nanzhao(c):
    Y = eval_year(c)
    m = c.one(r"年初预算([\d.]+)万元，其中中央大中型水库移民后期扶持基金([\d.]+)万元、省级大中型水库库区基金([\d.]+)万元；\d+月县财政追加配套资金([\d.]+)万元，全年预算调整为([\d.]+)万元")
    init, cen, prov, add, annual = m.groups()
    c.total(init, [cen, prov], "年初 = 中央 + 省级")
    c.total(annual, [init, add], "全年 = 年初 + 追加")
    m = c.one(r"截至(\d{4})年12月31日，项目支出([\d.]+)万元，预算执行率([\d.]+)%；未支付的([\d.]+)万元")
    c.year(int(m.group(1)) == Y, "截至 year")
    spent, rate, unpaid = m.group(2), m.group(3), m.group(4)
    c.rate(rate, spent, annual, "prose execution rate")
    c.balance(unpaid, annual, spent, "prose unpaid (all received)")
    m = c.one(r"结转至(\d{4})年继续支付")
    c.year(int(m.group(1)) > Y, "carry-over goes to a later year")
    m = c.one(r"^(\d{4})年\d+月\d+日\s*$", re.M)
    c.year(int(m.group(1)) >= Y, "report date")
    m = c.one(r"([\d.]+)%的受访群众")
    c.plausible_pct(m.group(1), "share of respondents")
    # funds table
    rows = [c.row(f"^\\| {k} \\| [\\d.]+ \\|", "pipe") for k in ("合计", "中央后期扶持基金", "省级库区基金", "县级配套资金")]
    tot, parts = rows[0], rows[1:]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行"), (5, "结转结余")):
        c.total(tot[i], [p[i] for p in parts], f"funds table column {col}")
    for r in rows:
        c.rate(r[4], r[3], r[2], f"table rate {r[0]}")
        c.balance(r[5], r[2], r[3], f"table balance {r[0]}")
    c.same(tot[1], init, "年初 table vs text")
    c.same(tot[2], annual, "全年 table vs text")
    c.same(tot[3], spent, "执行 table vs text")
    c.same(tot[4].rstrip("%"), rate, "rate table vs text", "%", "%")
    c.same(tot[5], unpaid, "结转 table vs text")
    c.same(parts[0][1], cen, "中央 table vs text")
    c.same(parts[1][1], prov, "省级 table vs text")
    c.same(parts[2][2], add, "县级 table vs text")
    # indicator table; cells: l1 l2 name target actual completion weight score note
    blocks = {
        "预算执行率（10分）": ["| 预算执行 | 预算执行率 |"],
        "产出指标（50分）": ["新建硬化道路长度", "修建排水沟渠长度", "安装太阳能路灯", "新建村级文化广场",
                          "工程竣工验收合格率", "项目按期完工率", "道路硬化每公里造价"],
        "效益指标（30分）": ["受益移民人口", "移民村人居环境", "工程设计使用年限"],
        "满意度指标（10分）": ["受益移民群众满意度"],
    }
    qual = {"移民村人居环境": "achieved"}
    ws, ss, cells = [], [], {}
    for head, names in blocks.items():
        c.one(re.escape(head) + r"\n")
        hw = re.search(r"（(\d+)分）", head).group(1)
        bw = []
        for key in names:
            r = c.row(key if key.startswith("|") else f"| {key} |", "pipe")
            name = r[2]
            cells[name] = r
            if head.startswith("预算执行"):
                c.rate(r[4], spent, annual, "execution row actual")
                c.eq("completion_mismatch", r[5].rstrip("%"),
                     dec(r[4].rstrip("%")) / dec(r[3].rstrip("%")) * HUNDRED, "execution row completion")
                c.exec_score(r[7], r[6], annual, spent, r[4])
            else:
                c.indicator(name, r[3], r[4], r[6], r[7], completion=r[5], qual=qual.get(name))
            bw.append(r[6])
            ws.append(r[6])
            ss.append(r[7])
        c.weights(bw, hw, f"block {head}")
    tr = c.row("^\\| 合计 \\| \\|", "pipe")
    c.weights(ws, tr[6], "weights vs 合计 row")
    c.weights(ws, "100", "weights total 100")
    c.scores(ss, tr[7], "scores vs 合计 row")
    m = c.one(r"综合得分([\d.]+)分，评价等级为(优秀|良好|优|良|中|差)")
    c.scores(ss, m.group(1), "scores vs text total")
    c.grade(m.group(2), m.group(1), "grade")
    # goal block vs rows
    m = c.one(r"实际完成：12个村全部完工，硬化道路([\d.]+)公里，排水沟渠([\d.]+)公里")
    c.same(m.group(1), cells["新建硬化道路长度"][4].replace("公里", ""), "road km goal block vs row", "公里", "公里")
    c.same(m.group(2), cells["修建排水沟渠长度"][4].replace("公里", ""), "ditch km goal block vs row", "公里", "公里")
    m = c.one(r"王庄村([\d.]+)公里因")
    t_d = parse_value(cells["修建排水沟渠长度"][3])[1]
    a_d = parse_value(cells["修建排水沟渠长度"][4])[1]
    c.total(str(t_d), [m.group(1), str(a_d)], "ditch shortfall", utotal="公里")
    m = c.one(r"12个村中(\d+)个按期完工，按期完工率([\d.]+)%")
    c.rate(m.group(2), m.group(1), "12", "on-time rate")
    c.same(m.group(2), cells["项目按期完工率"][4].rstrip("%"), "on-time rate text vs table", "%", "%")
    m = c.one(r"平均每公里([\d.]+)万元")
    c.same(m.group(1), cells["道路硬化每公里造价"][4].replace("万元", ""), "unit cost text vs table")
    m = c.one(r"覆盖移民及周边群众(\d+)人")
    c.same(m.group(1), cells["受益移民人口"][4].rstrip("人"), "beneficiaries text vs table", "人", "人")
    m = c.one(r"发放问卷(\d+)份，满意度([\d.]+)%")
    c.same(m.group(2), cells["受益移民群众满意度"][4].rstrip("%"), "satisfaction text vs table", "%", "%")


def check_zixing(c):
    Y = eval_year(c)
    m = c.one(r"年初预算([\d.]+)万元，其中(\d{4})年12月提前下达([\d.]+)万元，(\d{4})年\d+月下达([\d.]+)万元；\d+月根据培训需求追加([\d.]+)万元，全年预算([\d.]+)万元")
    init, adv_y, adv, y2, rest, add, annual = m.groups()
    c.total(init, [adv, rest], "年初 = advance + March")
    c.total(annual, [init, add], "全年 = 年初 + 追加")
    c.year(int(adv_y) == Y - 1, "advance in December of the previous year")
    c.year(int(y2) == Y, "second tranche in the evaluation year")
    m = c.one(r"全年支出([\d.]+)万元，结余([\d.]+)万元")
    spent, bal = m.groups()
    c.balance(bal, annual, spent, "prose balance (all received)")
    m = c.one(r"全年共举办培训(\d+)期，其中电工(\d+)期(\d+)人次、家政服务(\d+)期(\d+)人次、茶叶加工(\d+)期(\d+)人次、农村电商(\d+)期(\d+)人次、特色养殖(\d+)期(\d+)人次，合计(\d+)人次，平均每期([\d.]+)人次")
    g = m.groups()
    periods, trainees, avg = g[0], g[11], g[12]
    c.total(periods, [(g[i], "期") for i in (1, 3, 5, 7, 9)], "periods", utotal="期")
    c.total(trainees, [(g[i], "人次") for i in (2, 4, 6, 8, 10)], "trainees", utotal="人次")
    c.average(avg, [trainees], "trainees per period", count=periods)
    m = c.one(r"共有(\d+)名学员取得职业技能等级证书")
    certified = m.group(1)
    m = c.one(r"^(\d{4})年\d+月\d+日\s*$", re.M)
    c.year(int(m.group(1)) >= Y, "report date")
    m = c.one(r"共收回有效问卷(\d+)份")
    c.add("implausible_rate", dec(m.group(1)) <= dec(trainees), "questionnaires <= trainees")
    # execution block (tab)
    er = c.row("预算执行率\t", "tab")
    c.same(er[1], annual, "全年预算 table vs text")
    c.same(er[2], spent, "全年执行 table vs text")
    c.rate(er[3], er[2], er[1], "execution rate")
    c.exec_score(er[5], er[4], er[1], er[2], er[3])
    c.weights([er[4]], re.search(r"预算执行情况（(\d+)分）", c.t).group(1), "execution heading")
    # indicator table; cells: l1 l2 name target actual completion weight score note
    names = ["培训移民人次", "举办培训班期数", "取得职业技能等级证书人数", "结业考核合格率", "培训任务完成时限",
             "人均培训成本", "参训移民就业（创业）率", "就业移民月均增收", "移民就业技能", "培训与就业衔接机制",
             "参训移民满意度"]
    qual = {"移民就业技能": "achieved", "培训与就业衔接机制": "achieved"}
    cells, ws, ss = {}, [er[4]], [er[5]]
    iw = []
    for name in names:
        r = c.row(f"\t{name}\t", "tab")
        cells[name] = r
        if name == "培训任务完成时限":
            mt = re.match(r"(\d{4})年(\d+)月(\d+)日前", r[3])
            ma = re.match(r"(\d{4})年(\d+)月(\d+)日", r[4])
            if not (mt and ma):
                c.add("unit_mismatch", False, f"{name}: target {r[3]!r} actual {r[4]!r}")
            else:
                c.year(int(mt.group(1)) == Y and int(ma.group(1)) == Y, "deadline year")
                met = tuple(map(int, ma.groups())) <= tuple(map(int, mt.groups()))
                w, s = dec(r[6]), dec(r[7])
                c.add("score_exceeds_weight", D(0) <= s <= w, name)
                c.add("score_rule_mismatch", (s == w) == met, name)
        else:
            c.indicator(name, r[3], r[4], r[6], r[7], completion=r[5], qual=qual.get(name))
        ws.append(r[6])
        ss.append(r[7])
        iw.append(r[6])
    c.weights(iw, re.search(r"绩效指标完成情况（(\d+)分）", c.t).group(1), "indicator heading")
    c.weights(ws, "100", "weights total 100")
    m = c.one(r"预算执行得分([\d.]+)分，项目自评综合得分(\d+(?:\.\d+)?)分，等级为(优秀|良好|优|良|中|差)")
    c.same(m.group(1), er[5], "execution score text vs table", "分", "分")
    c.scores(ss, m.group(2), "scores vs text total")
    c.grade(m.group(3), m.group(2), "grade")
    c.same(certified, cells["取得职业技能等级证书人数"][4].rstrip("人"), "certificates text vs table", "人", "人")
    # per-capita cost = spent / trainees
    pc = cells["人均培训成本"][4].replace("元", "")
    c.average(pc, [str(dec(spent) * TEN4)], "per-capita cost", count=trainees)
    m = c.one(r"参训人次计算，为([\d.]+)元")
    c.same(m.group(1), pc, "per-capita cost text vs table", "元", "元")
    m = c.one(r"培训人次完成率([\d.]+)%")
    tv = parse_value(cells["培训移民人次"][3])[1]
    c.eq("completion_mismatch", m.group(1), dec(trainees) / tv * HUNDRED, "training completion in text")
    c.same(trainees, cells["培训移民人次"][4].replace("人次", ""), "trainees text vs table", "人次", "人次")
    m = c.one(r"结业考核合格率([\d.]+)%，")
    c.same(m.group(1), cells["结业考核合格率"][4].rstrip("%"), "pass rate text vs table", "%", "%")
    m = c.one(r"参训移民就业（创业）率([\d.]+)%，高于上年的([\d.]+)%")
    c.same(m.group(1), cells["参训移民就业（创业）率"][4].rstrip("%"), "employment rate text vs table", "%", "%")
    c.plausible_pct(m.group(2), "last year's employment rate")
    m = c.one(r"就业移民月均增收(\d+)元，未达到(\d+)元的目标")
    c.same(m.group(1), cells["就业移民月均增收"][4].rstrip("元"), "income gain text vs table", "元", "元")


def check_guanling(c):
    Y = eval_year(c)
    # sub-project table (spaces): name place content planned paid
    subs = [c.row("^" + k + "  ", "spaces") for k in ("关岭牛标准化养殖小区", "精品火龙果种植基地", "产地冷链仓储库")]
    st = c.row("^合计    ", "spaces")
    c.total(st[1], [s[3] for s in subs], "sub-projects planned")
    c.total(st[2], [s[4] for s in subs], "sub-projects paid")
    m = c.one(r"设计存栏分别为(\d+)头、(\d+)头、(\d+)头，合计(\d+)头")
    c.total(m.group(4), [(x, "头") for x in m.groups()[:3]], "herd capacity", utotal="头")
    m = c.one(r"年初预算([\d.]+)万元，其中中央大中型水库移民后期扶持基金([\d.]+)万元、省级财政资金([\d.]+)万元；年中省级追加([\d.]+)万元、县级安排配套([\d.]+)万元，全年预算([\d.]+)万元，其中中央([\d.]+)万元、省级([\d.]+)万元、县级([\d.]+)万元，资金均已到位")
    init, cen0, prov0, addp, addc, annual, cen, prov, cty = m.groups()
    c.total(init, [cen0, prov0], "年初 = 中央 + 省级")
    c.total(annual, [init, addp, addc], "全年 = 年初 + 追加")
    c.total(annual, [cen, prov, cty], "全年 = 中央 + 省级 + 县级")
    c.total(prov, [prov0, addp], "省级 = 年初省级 + 追加")
    c.same(cty, addc, "县级 twice")
    c.same(cen, cen0, "中央 twice")
    # funds / execution block
    lines = c.t.split("\n")
    hdr = [i for i, ln in enumerate(lines) if ln.startswith("年初预算数    全年预算数")]
    if len(hdr) != 1:
        raise ExtractError("funds header")
    f = [x.strip() for x in re.split(r" {2,}", lines[hdr[0] + 1].strip())]
    f_init, f_ann, f_recv, f_spent, f_rate, f_carry, f_w, f_s = f
    c.same(f_init, init, "年初 table vs text")
    c.same(f_ann, annual, "全年 table vs text")
    c.same(f_ann, st[1], "全年 vs sub-project total")
    c.same(f_spent, st[2], "执行 vs sub-project paid")
    c.same(f_recv, f_ann, "资金均已到位: 到位 = 全年")
    c.rate(f_rate, f_spent, f_ann, "execution rate")
    c.balance(f_carry, f_recv, f_spent, "结转资金")
    c.exec_score(f_s, f_w, f_ann, f_spent, f_rate)
    c.weights([f_w], re.search(r"预算执行情况（(\d+)分）", c.t).group(1), "execution heading")
    m = c.one(r"全部结转至(\d{4})年")
    c.year(int(m.group(1)) > Y, "carry-over year")
    m = c.one(r"于(\d{4})年1月成立自评小组")
    c.year(int(m.group(1)) == Y + 1, "self-evaluation in January of the next year")
    m = c.one(r"^(\d{4})年\d+月\s*$", re.M)
    c.year(int(m.group(1)) >= Y, "report date")
    # indicator rows: l2 name target actual weight score note
    blocks = {
        "产出指标（50分）": ["新建标准化养牛小区", "新建精品火龙果基地", "新建产地冷链仓储库", "工程验收合格率",
                          "子项目当年开工率", "单个养牛小区建设成本"],
        "效益指标（30分）": ["带动移民户户均增收", "受益移民人数", "联农带农利益联结机制"],
        "满意度指标（10分）": ["受益移民满意度"],
    }
    qual = {"联农带农利益联结机制": "partly"}
    cells, ws, ss, iw = {}, [f_w], [f_s], []
    for head, names in blocks.items():
        c.one(re.escape(head) + r"\n")
        bw = []
        for name in names:
            r = c.row(f"  {name}  ", "spaces")
            cells[name] = r
            c.indicator(name, r[2], r[3], r[4], r[5], qual=qual.get(name))
            bw.append(r[4])
            ws.append(r[4])
            ss.append(r[5])
            iw.append(r[4])
        c.weights(bw, re.search(r"（(\d+)分）", head).group(1), f"block {head}")
    c.weights(iw, re.search(r"绩效指标完成情况（(\d+)分）", c.t).group(1), "indicator heading")
    tr = c.row("总计（含预算执行）", "spaces")
    c.weights(ws, tr[1], "weights vs 总计 row")
    c.weights(ws, "100", "weights total 100")
    c.scores(ss, tr[2], "scores vs 总计 row")
    m = c.one(r"综合评分(\d+(?:\.\d+)?)分，评价等级为(优秀|良好|优|良|中|差)")
    c.scores(ss, m.group(1), "scores vs text total")
    c.grade(m.group(2), m.group(1), "grade")
    m = c.one(r"火龙果基地实际建成(\d+)亩，完成率为([\d.]+)%")
    tv = parse_value(cells["新建精品火龙果基地"][2])[1]
    c.eq("completion_mismatch", m.group(2), dec(m.group(1)) / tv * HUNDRED, "fruit base completion in text")
    c.same(m.group(1), cells["新建精品火龙果基地"][3].rstrip("亩"), "fruit base text vs table", "亩", "亩")
    m = c.one(r"基地1200亩")
    c.same("1200", str(tv), "fruit base target content vs table", "亩", "亩")
    ms = re.findall(r"访谈移民户(\d+)户", c.t)
    if len(ms) != 2:
        raise ExtractError("interviews")
    c.same(ms[0], ms[1], "interviewed households twice", "户", "户")


def check_luding(c):
    Y = eval_year(c)
    m = c.one(r"项目总投资([\d.]+)万元，其中省级避险解困补助资金([\d.]+)万元（按每人([\d.]+)万元标准测算），县级财政安排安置点配套基础设施资金([\d.]+)万元，搬迁群众自筹([\d.]+)万元")
    inv, prov, std, cty, own = m.groups()
    c.total(inv, [prov, cty, own], "总投资 = 省级 + 县级 + 自筹")
    m = c.one(r"对受地质灾害威胁的(\d+)户(\d+)名移民")
    hh, persons = m.groups()
    c.total(prov, [str(dec(persons) * dec(std))], "省级 = persons x standard")
    m = c.one(r"于(\d{4})年12月提前下达([\d.]+)万元，(\d{4})年\d+月下达([\d.]+)万元")
    c.year(int(m.group(1)) == Y - 1, "advance in December of the previous year")
    c.year(int(m.group(3)) == Y, "second tranche in the evaluation year")
    c.total(prov, [m.group(2), m.group(4)], "省级 = advance + May")
    m = c.one(r"年内完成(\d+)户(\d+)人搬迁")
    c.same(m.group(1), hh, "households goal vs overview", "户", "户")
    c.same(m.group(2), persons, "persons goal vs overview", "人", "人")
    m = c.one(r"三个集中安置点分别安置(\d+)户、(\d+)户、(\d+)户，平均每个安置点([\d.]+)户")
    c.total(hh, [(x, "户") for x in m.groups()[:3]], "households by site", utotal="户")
    c.average(m.group(4), m.groups()[:3], "households per site")
    m = c.one(r"截至(\d{4})年12月31日，(\d+)户安置房全部通过竣工验收，其中(\d+)户已搬迁入住，其余(\d+)户")
    c.year(int(m.group(1)) == Y, "截至 year")
    c.same(m.group(2), hh, "households accepted", "户", "户")
    moved, rest = m.group(3), m.group(4)
    c.total(hh, [(moved, "户"), (rest, "户")], "moved-in + remaining", utotal="户")
    m = c.one(r"督促未入住的(\d+)户")
    c.same(m.group(1), rest, "remaining households twice", "户", "户")
    m = c.one(r"合计([\d.]+)万元，全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    fiscal, spent, rate, bal = m.groups()
    c.total(fiscal, [prov, cty], "fiscal = 省级 + 县级")
    c.rate(rate, spent, fiscal, "execution rate")
    c.balance(bal, fiscal, spent, "balance")
    m = c.one(r"结转至(\d{4})年使用")
    c.year(int(m.group(1)) > Y, "carry-over year")
    m = c.one(r"兑付比例分别为(\d+)%、(\d+)%和(\d+)%")
    c.total("100", [(x, "%") for x in m.groups()], "instalment shares", utotal="%")
    m = c.one(r"于(\d{4})年1月至2月")
    c.year(int(m.group(1)) == Y + 1, "self-evaluation period")
    m = c.one(r"^(\d{4})年\d+月\s*$", re.M)
    c.year(int(m.group(1)) >= Y, "report date")
    # weights scheme
    m = c.one(r"按照预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重")
    w_exec, w_out, w_ben, w_sat = m.groups()
    c.weights(m.groups(), "100", "weight scheme total")
    c.same(w_exec, c.one(r"（一）预算执行（(\d+)分）").group(1), "exec weight", "分", "分")
    c.same(w_out, c.one(r"（二）产出指标（(\d+)分）").group(1), "output weight", "分", "分")
    c.same(w_ben, c.one(r"（三）效益指标（(\d+)分）").group(1), "benefit weight", "分", "分")
    c.same(w_sat, c.one(r"（四）满意度指标（(\d+)分）").group(1), "satisfaction weight", "分", "分")
    s_exec = c.one(r"按执行率计算得([\d.]+)分").group(1)
    c.exec_score(s_exec, w_exec, fiscal, spent, rate + "%")
    ows, oss = [], []
    m = c.one(r"搬迁户数（(\d+)分）：目标(\d+)户，完成(\d+)户，得([\d.]+)分")
    c.same(m.group(2), hh, "households target", "户", "户")
    c.indicator("搬迁户数", m.group(2) + "户", m.group(3) + "户", m.group(1), m.group(4))
    ows.append(m.group(1)); oss.append(m.group(4))
    m = c.one(r"搬迁人数（(\d+)分）：目标(\d+)人，完成(\d+)人，得([\d.]+)分")
    c.same(m.group(2), persons, "persons target", "人", "人")
    c.indicator("搬迁人数", m.group(2) + "人", m.group(3) + "人", m.group(1), m.group(4))
    ows.append(m.group(1)); oss.append(m.group(4))
    m = c.one(r"安置房验收合格率（(\d+)分）：目标([\d.]+)%，实际([\d.]+)%，得([\d.]+)分")
    c.indicator("安置房验收合格率", m.group(2) + "%", m.group(3) + "%", m.group(1), m.group(4))
    ows.append(m.group(1)); oss.append(m.group(4))
    m = c.one(r"年底前入住率（(\d+)分）：目标不低于([\d.]+)%，实际([\d.]+)%，按完成比例得([\d.]+)分")
    c.rate(m.group(3), moved, hh, "move-in rate")
    c.indicator("年底前入住率", "≥" + m.group(2) + "%", m.group(3) + "%", m.group(1), m.group(4))
    ows.append(m.group(1)); oss.append(m.group(4))
    m = c.one(r"人均补助标准（(\d+)分）：目标([\d.]+)万元/人，实际按([\d.]+)万元/人兑付，得([\d.]+)分")
    c.same(m.group(2), std, "standard target vs funding basis")
    c.indicator("人均补助标准", m.group(2) + "万元/人", m.group(3) + "万元/人", m.group(1), m.group(4))
    ows.append(m.group(1)); oss.append(m.group(4))
    c.weights(ows, w_out, "output block weights")
    c.scores(oss, c.one(r"产出指标合计得([\d.]+)分").group(1), "output block score")
    bws, bss = [], []
    m = c.one(r"消除地质灾害隐患威胁（(\d+)分）：.*?评为基本达成，得([\d.]+)分")
    c.indicator("消除地质灾害隐患威胁", "", "", m.group(1), m.group(2), qual="achieved")
    bws.append(m.group(1)); bss.append(m.group(2))
    m = c.one(r"搬迁群众稳定率（(\d+)分）：目标不低于([\d.]+)%，实际([\d.]+)%，无返迁现象，得([\d.]+)分")
    c.indicator("搬迁群众稳定率", "≥" + m.group(2) + "%", m.group(3) + "%", m.group(1), m.group(4))
    bws.append(m.group(1)); bss.append(m.group(4))
    c.weights(bws, w_ben, "benefit block weights")
    c.scores(bss, c.one(r"效益指标合计得([\d.]+)分").group(1), "benefit block score")
    m = c.one(r"搬迁群众满意度为([\d.]+)%，高于([\d.]+)%的目标，得([\d.]+)分")
    sat, sat_score = m.group(1), m.group(3)
    c.indicator("搬迁群众满意度", "≥" + m.group(2) + "%", sat + "%", w_sat, sat_score)
    m2 = c.one(r"群众满意度([\d.]+)%。")
    c.same(m2.group(1), sat, "satisfaction twice", "%", "%")
    c.plausible_pct(m2.group(1), "satisfaction in conclusion")
    m = c.one(r"本项目自评得分([\d.]+)分，评价等级为“(优秀|良好|优|良|中|差)”")
    c.scores([s_exec] + oss + bss + [sat_score], m.group(1), "total score")
    c.grade(m.group(2), m.group(1), "grade")
    c.weights([w_exec] + ows + bws + [w_sat], "100", "all weights")


CHECKS = {
    "hb-badong-houfuzhibu-2019": check_badong,
    "ha-nanzhao-yiminjichu-2021": check_nanzhao,
    "hn-zixing-yiminpeixun-2023": check_zixing,
    "gz-guanling-yiminchanye-2024": check_guanling,
    "sc-luding-bixianjiekun-2018": check_luding,
}


def run_checks(pid, text, name):
    c = Ctx(text, name)
    CHECKS[pid](c)
    return c.results


def changed_span(a, b):
    """Common prefix / suffix: the single contiguous changed region [p, len(b)-s) of b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    where_counts = {}
    build = {}
    try:
        sys.path.insert(0, HERE)
        sys.dont_write_bytecode = True
        import build as b
        build = {(e[0], e[1]): e for e in b.EDITS}
    except Exception as e:  # pragma: no cover
        problems.append(f"cannot import build.py: {e}")
    cleans = {}
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        pid = l["source"]
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with expected findings")
            cleans[pid] = text
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append(f"{l['case']}: length {n} outside about 2800-3400")
            try:
                res = run_checks(pid, text, l["case"])
            except ExtractError as e:
                problems.append(f"{l['case']}: extraction failed: {e}")
                continue
            bad = [r for r in res if not r[1]]
            for r in bad:
                problems.append(f"{l['case']}: clean draft fails {r[0]}: {r[2]}")
            print(f"{l['case']}: {len(res)} checks, {len(bad)} failing")
    for l in labels:
        if l["clean"]:
            continue
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        pid = l["source"]
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: expected exactly one label")
            continue
        exp = l["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] = counts.get(code, 0) + 1
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{l['case']}: bad code/severity {code}/{exp['severity']}")
        if text.count(value) != 1:
            problems.append(f"{l['case']}: value occurs {text.count(value)} times")
        clean = cleans[pid]
        p, ea, eb = changed_span(clean, text)
        if eb <= p and ea <= p:
            problems.append(f"{l['case']}: identical to the clean draft")
        # one contiguous place: rest of the texts identical by construction; keep the change short
        if (ea - p) > 40 or (eb - p) > 40:
            problems.append(f"{l['case']}: changed region too long ({clean[p:ea]!r} -> {text[p:eb]!r})")
        vs = text.find(value)
        ve = vs + len(value)
        if not (vs < max(eb, p + 1) and ve > p):
            problems.append(f"{l['case']}: label value does not overlap the change at {p}-{eb}")
        n = int(re.search(r"-e(\d+)\.txt$", l["case"]).group(1))
        e = build.get((pid, n))
        if e:
            where_counts[e[3]] = where_counts.get(e[3], 0) + 1
        try:
            res = run_checks(pid, text, l["case"])
        except ExtractError as e:
            problems.append(f"{l['case']}: extraction failed: {e}")
            continue
        failing = {r[0] for r in res if not r[1]}
        errs = failing - WARNINGS
        warns = failing & WARNINGS
        if code not in errs:
            problems.append(f"{l['case']}: labelled {code} does not fail (failing: {sorted(failing)})")
        if errs - {code}:
            for r in res:
                if not r[1] and r[0] in errs - {code}:
                    problems.append(f"{l['case']}: unlabelled {r[0]} fails: {r[2]}")
        note = f" (warning also: {', '.join(sorted(warns))})" if warns else ""
        print(f"{l['case']}: {code} fails as labelled{note}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k}={counts.get(k, 0)}" for k in CODES))
    print("where:", where_counts)
    if problems:
        for p_ in problems:
            print("PROBLEM:", p_)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
