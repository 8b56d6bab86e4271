#!/usr/bin/env python3
"""Verify drafts500: redo every piece of arithmetic of each draft from its own text.

Standard library + decimal only. For every draft the figures are read back from the text (tables are
rebuilt from their layout: one cell a line, tab-separated rows, or runs of spaces) and every identity
of rules.md §7 that the draft states is recomputed with the tolerance of §8. Each check carries the
error code of errors.md §A that a failure would be reported as; score-rule checks (§5) are warnings.

Requirements checked:
  * every clean draft passes every check (errors and warnings);
  * every error case fails the labelled code and no other error code;
  * each label value occurs exactly once in its case and overlaps the single contiguous edit
    (≤ 40 characters on either side) that turns the clean draft into the case;
  * 35 cases, every code of errors.md §A labelled at least twice.
Prints OK when all hold.
"""
import datetime
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

NUM = r"(\d+(?:\.\d+)?)"
HUNDRED = D(100)
SCALES = [D(10) ** -4, D(10) ** 4, D(10) ** -8, D(10) ** 8]


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers (rules §8)

def dec(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    if s in ("", "—", "-"):
        return D(0)
    return D(s)


def places(s):
    m = re.search(r"\.(\d+)", str(s))
    return len(m.group(1)) if m else 0


def agrees(stated, computed):
    """rules §8: stated with d decimals agrees with computed iff |c - v| <= 0.5 * 10^-d (+1e-9)."""
    return abs(D(computed) - dec(stated)) <= D("0.5") * D(10) ** -places(stated) + D("1e-9")


def is_blank(s):
    return str(s).strip() in ("", "—", "-")


# ---------------------------------------------------------------- value parsing (rules §5, glossary)

VAL = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|=)?\s*(?:(\d{4})年(\d{1,2})月(\d{1,2})日|(\d+(?:\.\d+)?)(.*))$")


def direction(sym):
    if sym in ("≥", "＞＝", ">="):
        return "gte"
    if sym in ("≤", "＜＝", "<="):
        return "lte"
    return "eq"


def parse_val(s):
    s = s.strip()
    m = VAL.match(s)
    if not m:
        return {"kind": "qual", "text": s, "unit": None}
    d = direction(m.group(1) or "")
    if m.group(2):
        return {"kind": "date", "dir": d, "v": datetime.date(int(m.group(2)), int(m.group(3)), int(m.group(4))),
                "unit": "date"}
    return {"kind": "num", "dir": d, "v": D(m.group(5)), "s": m.group(5), "unit": m.group(6).strip()}


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- the checker

class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.res = []  # (code, ok, message, severity)

    # -- reading
    def one(self, pat, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text))
        if len(ms) != 1:
            raise ParseError(f"{pat!r}: {len(ms)} matches")
        g = ms[0].groups()
        return g[0] if len(g) == 1 else g

    def every(self, pat, text=None, at_least=1):
        ms = [m.groups() for m in re.finditer(pat, self.t if text is None else text)]
        if len(ms) < at_least:
            raise ParseError(f"{pat!r}: {len(ms)} matches")
        return [g[0] if len(g) == 1 else g for g in ms]

    def section(self, start, end=None):
        i = self.t.index(start)
        j = self.t.index(end, i) if end else len(self.t)
        return self.t[i:j]

    # -- recording
    def chk(self, code, ok, msg, sev="error"):
        self.res.append((code, bool(ok), msg, sev))

    def failed(self, sev="error"):
        return sorted({c for c, ok, _, s in self.res if not ok and s == sev})

    def messages(self):
        return [f"{s}:{c}: {m}" for c, ok, m, s in self.res if not ok]

    # -- identities
    def rate(self, name, stated, num, den):
        """I1/I2/I5: stated rate (percent) against num/den; zero base and >100% are implausible."""
        num, den = D(num), D(den)
        if den == 0:
            self.chk("implausible_rate", is_blank(stated) or dec(stated) == 0,
                     f"{name}: rate {stated!r} on a zero base")
            return
        c = num / den * HUNDRED
        if dec(stated) > HUNDRED or c > HUNDRED:
            self.chk("implausible_rate", False, f"{name}: rate {stated} (computed {c:.4f}) above 100%")
            return
        self.chk("rate_mismatch", agrees(stated, c), f"{name}: stated {stated}, computed {c:.4f}")

    def money_sum(self, name, total, parts):
        """I4 with the unit rule of errors.md #11(b): a sum reconciled by rescaling one amount is unit_mismatch."""
        s = sum(dec(p) for p in parts)
        if agrees(total, s):
            self.chk("sum_mismatch", True, name)
            return
        for i, p in enumerate(parts):
            for f in SCALES:
                if agrees(total, s - dec(p) + dec(p) * f):
                    self.chk("unit_mismatch", False, f"{name}: part {p} off by a power of ten")
                    return
        for f in SCALES:
            if abs(dec(total) * f - s) <= D("0.5") * D(10) ** -places(total) * f + D("1e-9"):
                self.chk("unit_mismatch", False, f"{name}: total {total} off by a power of ten")
                return
        self.chk("sum_mismatch", False, f"{name}: stated {total}, parts add to {s}")

    def balance(self, name, stated, a, b):
        self.chk("balance_mismatch", agrees(stated, dec(a) - dec(b)), f"{name}: stated {stated}, {a} - {b}")

    def average(self, name, stated, total, count, scale=1):
        c = dec(total) * D(scale) / dec(count)
        self.chk("average_mismatch", agrees(stated, c), f"{name}: stated {stated}, computed {c}")

    def per_unit(self, name, total_wan, per_yuan, count):
        """a 元 standard times a count gives the 万元 total (the average identity read as a product)."""
        c = dec(per_yuan) * dec(count) / D(10000)
        self.chk("average_mismatch", agrees(total_wan, c),
                 f"{name}: {per_yuan}元 x {count} = {c}万元, stated {total_wan}万元")

    def count(self, name, stated, listing):
        n = len(re.split(r"[、，]", listing))
        self.chk("sum_mismatch", n == int(stated), f"{name}: {n} items listed, stated {stated}")

    def targets(self, pairs):
        """targets restated in the text against the table (I11)."""
        for name, text_value, row_target in pairs:
            pv = parse_val(row_target)
            tv = pv["s"] if pv["kind"] == "num" else row_target.lstrip("≤≥＜＞＝")
            self.chk("conflicting_values", (dec(text_value) == dec(tv)) if pv["kind"] == "num" else text_value == tv,
                     f"target {name}: text {text_value} vs table {row_target}")

    def same(self, name, values):
        """I11: one quantity stated more than once."""
        ds = [dec(v) for v in values]
        if all(d == ds[0] for d in ds):
            self.chk("conflicting_values", True, name)
            return
        for d in ds:
            others = [e for e in ds if e != d]
            if others and all(e == others[0] for e in others) and any(d * f == others[0] for f in SCALES):
                self.chk("unit_mismatch", False, f"{name}: {values} (one off by a power of ten)")
                return
        self.chk("conflicting_values", False, f"{name}: {values}")

    def change(self, name, stated, new, old, word):
        """growth / decline against last year's figure, a rate of change."""
        c = (dec(new) - dec(old)) / dec(old) * HUNDRED
        if word in ("下降", "减少"):
            c = -c
        self.chk("rate_mismatch", agrees(stated, c), f"{name}: stated {stated}, computed {c:.4f}")

    def grade(self, name, total, word):
        g = GRADE_WORDS.get(word)
        self.chk("grade_mismatch", g == grade_of(dec(total)), f"{name}: total {total}, grade {word}")

    def period(self, name, m1, d1, m2, d2, days, year=None):
        y = year or self.year
        n = (datetime.date(y, int(m2), int(d2)) - datetime.date(y, int(m1), int(d1))).days + 1
        self.chk("conflicting_values", n == int(days), f"{name}: {m1}/{d1}-{m2}/{d2} is {n} days, stated {days}")

    def years(self):
        """I14 on the patterns these drafts use."""
        y = self.year
        for s in self.every(r"(\d{4})年度", at_least=0):
            self.chk("year_mismatch", int(s) == y, f"{s}年度 in a {y} report")
        for s in self.every(r"结转至(\d{4})年", at_least=0):
            self.chk("year_mismatch", int(s) > y, f"结转至{s}年 in a {y} report")
        for s in self.every(r"(\d{4})年结转资金", at_least=0):
            self.chk("year_mismatch", int(s) == y - 1, f"{s}年结转资金 (incoming) in a {y} report")
        for s in self.every(r"较(\d{4})年春运", at_least=0):
            self.chk("year_mismatch", int(s) == y - 1, f"last year's 春运 named {s} in a {y} report")
        for m in re.finditer(r"(\d{4})年春运", self.t):
            before, s = self.t[max(0, m.start() - 3):m.start()], int(m.group(1))
            if before.endswith("较"):
                ok = s == y - 1
            elif before.endswith("结转至") or before.endswith("用于"):
                ok = s > y
            else:
                ok = s == y
            self.chk("year_mismatch", ok, f"{before}{s}年春运 in a {y} report")
        for s in self.every(r"(\d{4})年(?:年初|县财政局年初|全年预算|1月至12月|\"三公\")", at_least=0):
            self.chk("year_mismatch", int(s) == y, f"{s}年 budget/plan sentence in a {y} report")
        for s, mo in self.every(r"(\d{4})年(\d{1,2})月(?:上旬|中旬|下旬)?(?:提前下达|下达|到位)", at_least=0):
            ok = int(s) == y or (int(s) == y - 1 and int(mo) == 12)
            self.chk("year_mismatch", ok, f"funds issued {s}年{mo}月 for a {y} budget")

    # -- indicator table (rules §5, I6-I8, I13)
    def rows(self, rows, score_totals, weight_totals=(), levels=None):
        w_all = sum(dec(r["weight"]) for r in rows)
        self.chk("weight_sum_mismatch", w_all == HUNDRED, f"weights add to {w_all}")
        for wt in weight_totals:
            self.chk("weight_sum_mismatch", dec(wt) == w_all, f"stated weight total {wt}, rows add to {w_all}")
        s_all = sum(dec(r["score"]) for r in rows)
        for st in score_totals:
            self.chk("score_sum_mismatch", agrees(st, s_all), f"stated total {st}, rows add to {s_all}")
        for lvl, (wst, sst) in (levels or {}).items():
            sub = [r for r in rows if r["level"] == lvl]
            if not sub:
                raise ParseError(f"no rows for level {lvl}")
            if wst is not None:
                ws = sum(dec(r["weight"]) for r in sub)
                self.chk("weight_sum_mismatch", dec(wst) == ws, f"{lvl}: weight {wst}, rows add to {ws}")
            if sst is not None:
                ss = sum(dec(r["score"]) for r in sub)
                self.chk("score_sum_mismatch", agrees(sst, ss), f"{lvl}: score {sst}, rows add to {ss}")
        for r in rows:
            self.row(r)

    def row(self, r):
        name, w, s = r["name"], dec(r["weight"]), dec(r["score"])
        self.chk("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {r['score']} vs weight {r['weight']}")
        comp_s = r.get("completion")
        if r.get("exec_rate") is not None:  # the execution line: actual/completion are the execution rate
            rate = r["exec_rate"]
            for label in ("actual", "completion"):
                if r.get(label) is not None:
                    self.rate(f"{name} {label}", r[label], rate, HUNDRED)
            exp = w * min(rate / HUNDRED, D(1))
            alt = w * min(dec(r["actual"]) / HUNDRED, D(1)) if r.get("actual") else exp
            self.chk("score_rule_mismatch", agrees(r["score"], exp) or agrees(r["score"], alt),
                     f"{name}: execution score {r['score']}, expected {exp:.4f}", "warning")
            return
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t["kind"] == "qual" or a["kind"] == "qual":
            if t["kind"] != a["kind"]:
                self.chk("unit_mismatch", False, f"{name}: target {r['target']} vs actual {r['actual']}")
                return
            if "部分" in a["text"]:
                lo, hi = D("0.6") * w, D("0.8") * w
                ok = lo <= s < hi
            elif "未" in a["text"]:
                ok = s < D("0.6") * w
            else:
                ok = D("0.8") * w <= s <= w
            self.chk("score_rule_mismatch", ok, f"{name}: qualitative {a['text']} scored {r['score']}", "warning")
            return
        if t["kind"] != a["kind"] or t["unit"] != a["unit"]:
            self.chk("unit_mismatch", False, f"{name}: target {r['target']} vs actual {r['actual']}")
            return
        self.chk("unit_mismatch", True, name)
        if a["kind"] == "num" and a["unit"] == "%":
            self.chk("implausible_rate", a["v"] <= HUNDRED, f"{name}: actual {r['actual']} above 100%")
        comp = exp = None
        if t["kind"] == "date":
            met = a["v"] <= t["v"] if t["dir"] == "lte" else a["v"] >= t["v"]
            comp = HUNDRED if met else None
            exp = w if met else None
        elif t["v"] == 0:
            exp = w if a["v"] <= 0 else D(0)
        elif t["dir"] == "lte":
            comp = HUNDRED if a["v"] <= t["v"] else t["v"] / a["v"] * HUNDRED
            exp = w * comp / HUNDRED
        else:
            comp = a["v"] / t["v"] * HUNDRED
            exp = w * min(comp / HUNDRED, D(1))
        if comp_s is not None and not is_blank(comp_s):
            if comp is None:
                self.chk("completion_mismatch", False, f"{name}: completion {comp_s} not computable")
            else:
                self.chk("completion_mismatch", agrees(comp_s, comp),
                         f"{name}: completion stated {comp_s}, computed {comp:.4f}")
        if exp is not None:
            ok = agrees(r["score"], exp)
            if not ok and comp_s is not None and not is_blank(comp_s):
                ok = agrees(r["score"], w * min(dec(comp_s) / HUNDRED, D(1)))
            self.chk("score_rule_mismatch", ok, f"{name}: score {r['score']}, rule gives {exp:.4f}", "warning")


# ---------------------------------------------------------------- table readers

def cell_blocks(seg):
    """Seed-003 layout: one cell a line (tab-indented), rows separated by empty lines."""
    rows = []
    for block in re.split(r"\n[ ]*\n", seg):
        lines = [ln for ln in block.split("\n") if ln.startswith("\t") or ln.startswith(" \t")]
        if lines:
            rows.append([ln.lstrip(" ")[1:].strip() for ln in lines])
    return rows


def shanxi_funds(ck, seg, cells_of):
    """Funds table with 行次 (1)-(7) and columns 总额, 小计, 中央, 省, 市, 县区, 上年结转, 其他."""
    t = {}
    for cells in cells_of(seg):
        if len(cells) >= 10 and re.match(r"\(\d\)", cells[1]):
            t[cells[1][:3]] = cells[2:10]
    if sorted(t) != ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]:
        raise ParseError(f"funds rows {sorted(t)}")
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = t[k]
        ck.money_sum(f"funds {k} 总额", r[0], [r[1], r[6], r[7]])
        ck.money_sum(f"funds {k} 小计", r[1], r[2:6])
    for j in range(8):
        ck.balance(f"funds (5) col {j}", t["(5)"][j], dec(t["(3)"][j]), dec(t["(4)"][j]))
        ck.rate(f"funds (6) col {j}", t["(6)"][j], dec(t["(3)"][j]), dec(t["(2)"][j]))
        ck.rate(f"funds (7) col {j}", t["(7)"][j], dec(t["(4)"][j]), dec(t["(2)"][j]))
    return t


def mof_funds(ck, lines, split):
    """MOF funds block: 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金 x 年初, 全年, 执行, 分值, 执行率, 得分."""
    f = {}
    for ln in lines:
        c = [x for x in split(ln) if x != ""]
        for key in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"):
            if c and c[0].endswith(key) and len(c) == 7:
                f[key] = c[1:]
    if len(f) != 4:
        raise ParseError(f"funds block {sorted(f)}")
    for j in range(3):
        ck.money_sum(f"funds column {j}", f["年度资金总额"][j],
                     [f["当年财政拨款"][j], f["上年结转资金"][j], f["其他资金"][j]])
    for key, r in f.items():
        ck.rate(f"funds {key} 执行率", r[4], dec(r[2]), dec(r[1]))
    return f


def spaces(line):
    return re.split(r"\s{2,}", line.strip())


def tabs(line):
    return line.split("\t")


# ---------------------------------------------------------------- the five drafts

def check_yushe(ck):
    """Shanxi outline (seed 003), 2021: cell-per-line tables, funds table with 行次, body tables + 附件1."""
    t = ck.t
    funds = shanxi_funds(ck, ck.section("（二）预算执行情况", "（三）项目绩效目标"), cell_blocks)
    budget, received, spent = (dec(funds[k][0]) for k in ("(2)", "(3)", "(4)"))
    exec_rate = spent / budget * HUNDRED

    # 附件1 self-evaluation table
    annex, level = [], None
    weight_total = score_total = None
    for c in cell_blocks(ck.section("附件1")):
        if c[0] == "一级指标":
            continue
        if c[0] == "合计":
            weight_total, score_total = c[3], c[7]
            continue
        if len(c) != 9:
            raise ParseError(f"annex row {c}")
        level = c[0] or level
        annex.append({"level": level, "name": c[2], "weight": c[3], "target": c[4], "actual": c[5],
                      "completion": c[6], "score": c[7],
                      "exec_rate": exec_rate if c[2] == "预算执行率" else None})
    total_text = ck.one(r"总得分" + NUM + r"分")
    ck.rows(annex, [total_text, score_total], [weight_total])
    ck.grade("conclusion", total_text, ck.one(r"属于\"(\S+?)\""))

    # body tables restate the annex rows
    body = {}
    for c in cell_blocks(ck.section("二、项目绩效情况", "三、项目绩效分析")):
        if len(c) == 6 and c[0] != "二级指标":
            body[c[1]] = c
    if len(body) != len(annex):
        raise ParseError("body tables do not list every indicator")
    for r in annex:
        b = body[r["name"]]
        if r["exec_rate"] is not None:
            ck.rate("body 预算执行率", b[4], exec_rate, HUNDRED)
            ck.same("body/annex 预算执行率 weight, score", [b[2], r["weight"]])
            ck.same("body/annex 预算执行率 score", [b[5], r["score"]])
            continue
        for i, key in ((2, "weight"), (5, "score")):
            ck.same(f"{r['name']} {key} body/annex", [b[i], r[key]])
        for i, key in ((3, "target"), (4, "actual")):
            ck.chk("conflicting_values", b[i] == r[key], f"{r['name']} {key}: body {b[i]} vs annex {r[key]}")
    by = {r["name"]: r for r in annex}

    # section 三: funds in prose
    initial = ck.one(r"年初批复春运及节假日道路运输保障经费" + NUM + "万元")
    added = ck.one(r"追加下达春运补助资金" + NUM + "万元")
    carry = ck.one(r"\d{4}年结转资金" + NUM + "万元")
    annual = ck.one(r"全年预算资金" + NUM + "万元")
    got = ck.one(r"实际到位" + NUM + "万元")
    paid = ck.one(r"全年实际支出" + NUM + "万元")
    ck.same("年初预算", [initial, funds["(1)"][0]])
    ck.same("市级追加", [added, funds["(2)"][4]])
    ck.same("上年结转", [carry, funds["(2)"][6]])
    ck.money_sum("年初 + 追加 + 结转 = 全年预算", annual, [initial, added, carry])
    ck.same("全年预算", [annual, funds["(2)"][0]])
    ck.same("实际到位", [got, funds["(3)"][0]])
    ck.same("全年支出", [paid, funds["(4)"][0], parse_val(by["春运及节假日保障经费"]["actual"])["s"]])
    ck.rate("到位率 (text)", ck.one(r"到位率" + NUM + "%"), dec(got), dec(annual))
    for s in ck.every(r"预算执行率" + NUM + "%"):
        ck.rate("预算执行率 (text)", s, dec(paid), dec(annual))
    items = ck.one(r"其中：春运一线人员值守补助" + NUM + "万元、客运站疫情防控消杀物资" + NUM +
                   "万元、应急运力租赁" + NUM + "万元、安全宣传及检查费用" + NUM + "万元")
    ck.money_sum("支出明细", paid, list(items))
    per, count = ck.one(r"按每人每天" + NUM + r"元标准发放，共计" + NUM + "人天")
    ck.average("值守补助标准 (元/人天)", per, dec(items[0]) * 10000, count)
    ck.per_unit("补助总额", items[0], per, count)
    for s in ck.every(r"资金结余" + NUM + "万元", at_least=2):
        ck.balance("资金结余 (text)", s, got, paid)

    # 产出 and 效益 in prose
    m1, d1, m2, d2, days = ck.one(r"春运自(\d+)月(\d+)日起至(\d+)月(\d+)日止，共(\d+)天")
    ck.period("春运", m1, d1, m2, d2, days)
    ck.same("春运天数", [days, ck.one(r"春运(\d+)天，")])
    veh, trips, trips_avg, pax, pax_avg, last, drop = ck.one(
        r"投入客运车辆(\d+)辆，累计发班(\d+)班次，日均(\d+)班次；发送旅客" + NUM + r"万人次，日均(\d+)人次，较\d{4}年春运的"
        + NUM + r"万人次下降" + NUM + "%")
    ck.same("投入客运车辆", [veh, parse_val(by["春运投入客运车辆（辆）"]["actual"])["s"]])
    ck.average("日均发班", trips_avg, trips, days)
    ck.average("日均旅客 (人次)", pax_avg, pax, days, 10000)
    ck.change("春运旅客同比", drop, pax, last, "下降")
    hol = ck.one(r"分别放假(\d+)天、(\d+)天、(\d+)天、(\d+)天）分别发送旅客" + NUM + "万人次、" + NUM + "万人次、" + NUM +
                 "万人次、" + NUM + "万人次，日均分别为" + NUM + "万人次、" + NUM + "万人次、" + NUM + "万人次、" + NUM +
                 "万人次，四个节假日合计发送旅客" + NUM + "万人次")
    for i in range(4):
        ck.average(f"节假日{i + 1} 日均", hol[8 + i], hol[4 + i], hol[i])
    ck.money_sum("节假日合计", hol[12], list(hol[4:8]))
    ck.same("安全检查家次", [ck.one(r"检查道路运输企业及客运站(\d+)家次"),
                         parse_val(by["道路运输企业及客运站安全检查（家次）"]["actual"])["s"]])
    ck.same("通达率", [ck.one(r"通达率为" + NUM + "%"), dec(by["农村客运班线通达率"]["actual"])])
    n, sat_n, sat = ck.one(r"收回(\d+)份，其中满意(\d+)份，满意率" + NUM + "%")
    ck.rate("满意率", sat, sat_n, n)
    ck.same("满意度", [sat, dec(by["旅客满意度"]["actual"])])
    tg = ck.one(r"投入客运车辆不少于(\d+)辆，检查道路运输企业及客运站不少于(\d+)家次，客运班线正点率不低于" + NUM +
                r"%，应急运力调度响应时间不超过(\d+)分钟，农村客运班线通达率不低于" + NUM + r"%，旅客满意度不低于" + NUM + "%")
    names = ["春运投入客运车辆（辆）", "道路运输企业及客运站安全检查（家次）", "客运班线正点率", "应急运力调度响应时间",
             "农村客运班线通达率", "旅客满意度"]
    ck.targets([(n, v, by[n]["target"]) for n, v in zip(names, tg)])
    ck.targets([("通达率 (效益)", ck.one(r"低于" + NUM + "%的年度目标"), by["农村客运班线通达率"]["target"])])
    ck.years()


def check_rucheng(ck):
    """Hunan outline (seed 002), 2023: MOF 自评表 as tab-separated rows, no completion column."""
    table = ck.section("项目支出绩效自评表\n（")
    lines = table.split("\n")
    f = mof_funds(ck, lines, tabs)
    tot, fin, car = f["年度资金总额"], f["当年财政拨款"], f["上年结转资金"]
    exec_rate = dec(tot[2]) / dec(tot[1]) * HUNDRED

    rows, level, total_row = [], None, None
    rows.append({"level": "预算执行", "name": "预算执行率", "weight": tot[3], "score": tot[5],
                 "actual": tot[4], "exec_rate": exec_rate})
    started = False
    for ln in lines:
        c = tabs(ln)
        if c[0] == "绩效指标":
            started = True
            continue
        if c[0] == "总分":
            total_row = c
            break
        if started:
            if len(c) != 9:
                raise ParseError(f"row {c}")
            level = c[1] or level
            rows.append({"level": level, "name": c[3], "target": c[4], "actual": c[5], "weight": c[6],
                         "score": c[7], "completion": None})
    if total_row is None:
        raise ParseError("no 总分 row")
    total_text = ck.one(r"自评得分" + NUM + "分")
    ck.rows(rows, [total_row[7], total_text], [total_row[6]])
    ck.grade("text", total_text, ck.one(r"评价等级为“(\S+?)”"))
    ck.grade("table", total_row[7], ck.one(r"自评等级\t(\S+)"))
    by = {r["name"]: r for r in rows}

    # funds in prose
    opening = ck.one(r"专项资金" + NUM + "万元进行了绩效自评")
    initial = ck.one(r"年初预算安排" + NUM + "万元")
    added = ck.one(r"县财政追加" + NUM + "万元")
    carry = ck.one(r"\d{4}年结转资金" + NUM + "万元")
    annual = ck.one(r"全年预算" + NUM + "万元")
    ck.same("年初预算", [initial, tot[0], fin[0]])
    ck.same("上年结转", [carry, car[1]])
    ck.money_sum("年初 + 追加 + 结转 = 全年预算", annual, [initial, added, carry])
    ck.money_sum("年初 + 追加 = 当年财政拨款全年", fin[1], [initial, added])
    ck.same("全年预算", [annual, opening, tot[1]])
    paid = ck.one(r"全年实际支出" + NUM + "万元")
    ck.same("全年支出", [paid, tot[2]])
    for s in ck.every(r"预算执行率" + NUM + "%", at_least=2):
        ck.rate("预算执行率 (text)", s, dec(paid), dec(annual))
    fin_paid, fin_rate = ck.one(r"当年财政拨款支出" + NUM + "万元，执行率" + NUM + "%")
    ck.same("当年财政拨款支出", [fin_paid, fin[2]])
    ck.rate("当年财政拨款执行率 (text)", fin_rate, dec(fin_paid), dec(fin[1]))
    car_paid, car_rate = ck.one(r"上年结转资金" + NUM + "万元全部支出，执行率" + NUM + "%")
    ck.same("上年结转支出", [car_paid, car[2], carry])
    ck.rate("上年结转执行率 (text)", car_rate, dec(car_paid), dec(carry))
    items = ck.one(r"安全检查及隐患排查" + NUM + "万元、一线人员补助" + NUM + "万元、应急运力租赁" + NUM +
                   "万元、宣传及站场秩序维护" + NUM + "万元")
    ck.money_sum("支出明细", paid, list(items))
    per, count = ck.one(r"按每人次" + NUM + r"元标准，对驾驶员、安检员、站务员等(\d+)人次发放")
    ck.average("一线人员补助标准 (元/人次)", per, dec(items[1]) * 10000, count)
    ck.per_unit("补助总额", items[1], per, count)
    ck.same("补助标准 text/table", [per, parse_val(by["一线人员补助标准"]["actual"])["s"]])
    ck.balance("未支出 (结转)", ck.one(r"未支出的" + NUM + "万元"), annual, paid)
    got, got_rate = ck.one(r"实际到位" + NUM + r"万元，到位率" + NUM + "%")
    ck.rate("到位率 (text)", got_rate, dec(got), dec(annual))
    n_pts, pts = ck.one(r"在(\S+?)设置(\d+)个春运服务点")[::-1]
    ck.count("春运服务点", n_pts, pts)
    tg = ck.one(r"投入营运客车不少于(\d+)辆；\n（2）检查客运企业及站场不少于(\d+)家次，营运客车安全例检率" + NUM +
                r"%；\n（3）节假日客流高峰应急运力调度响应时间不超过" + NUM + r"小时；\n（4）春运旅客发送量不少于" + NUM +
                r"万人次，旅客满意度不低于" + NUM + "%")
    names = ["春运投入营运客车", "客运企业及站场安全检查", "营运客车安全例检率", "应急运力调度响应", "春运旅客发送量",
             "旅客满意度"]
    ck.targets([(n, v, by[n]["target"]) for n, v in zip(names, tg)])
    ck.targets([("通达率 (效益)", ck.one(r"未达到" + NUM + "%的目标"), by["农村客运班线通达率"]["target"])])

    # outputs in prose
    m1, d1, m2, d2, days = ck.one(r"春运自(\d+)月(\d+)日起至(\d+)月(\d+)日止，共(\d+)天")
    ck.period("春运", m1, d1, m2, d2, days)
    veh, bus, rural = ck.one(r"投入营运客车(\d+)辆，其中班线客车(\d+)辆、农村客运车辆(\d+)辆")
    ck.money_sum("营运客车构成", veh, [bus, rural])
    ck.same("投入营运客车", [veh, parse_val(by["春运投入营运客车"]["actual"])["s"]])
    trips, trips_avg, pax, pax_avg, last, grow = ck.one(
        r"累计发班(\d+)班次，日均(\d+)班次；发送旅客" + NUM + r"万人次，日均" + NUM + r"万人次，较\d{4}年春运的" + NUM +
        r"万人次增长" + NUM + "%")
    ck.average("日均发班", trips_avg, trips, days)
    ck.average("日均旅客", pax_avg, pax, days)
    ck.change("春运旅客同比", grow, pax, last, "增长")
    ck.same("春运旅客发送量", [pax, parse_val(by["春运旅客发送量"]["actual"])["s"]])
    hol = ck.one(r"（分别为(\d+)天、(\d+)天）分别发送旅客" + NUM + "万人次、" + NUM + "万人次，日均分别为" + NUM + "万人次、" +
                 NUM + "万人次")
    for i in range(2):
        ck.average(f"假期{i + 1} 日均", hol[4 + i], hol[2 + i], hol[i])
    ck.same("通达率", [ck.one(r"通达率为" + NUM + "%"), dec(by["农村客运班线通达率"]["actual"])])
    ck.same("满意度", [ck.one(r"满意度为" + NUM + "%"), dec(by["旅客满意度"]["actual"])])
    ck.years()


def check_longli(ck):
    """部门整体支出, Guizhou 2020: PDF copy, tables as runs of spaces, page footers."""
    income, fiscal, advance, carry_in = ck.one(
        r"收入合计" + NUM + r"万元，其中财政拨款收入" + NUM + r"万元（含\d{4}年\d+月提前下达的省级春运补助资金" + NUM +
        r"万元），上年结转" + NUM + "万元")
    ck.money_sum("收入", income, [fiscal, carry_in])
    spent, basic, staff, office, proj = ck.one(
        r"支出合计" + NUM + r"万元，其中基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM + r"万元），项目支出" +
        NUM + "万元")
    ck.money_sum("支出", spent, [basic, proj])
    ck.money_sum("基本支出", basic, [staff, office])
    p = ck.one(r"春运及节假日道路运输保障" + NUM + "万元、客运站场疫情防控" + NUM + "万元、农村客运安全监管" + NUM + "万元")
    ck.money_sum("项目支出", proj, list(p))
    posts, people, ctrl = ck.one(r"核定事业编制(\d+)名，年末实有在职人员(\d+)人，在职人员控制率" + NUM + "%")
    ck.rate("在职人员控制率 (text)", ctrl, people, posts)
    units, n_units = ck.one(r"本所内设(\S+?)(\d+)个股室")
    ck.count("内设股室", n_units, units)
    ck.average("人均人员经费", ck.one(r"人均人员经费" + NUM + "万元"), staff, people)
    for s in ck.every(r"预算执行率" + NUM + "%", at_least=2):
        ck.rate("预算执行率 (text)", s, dec(spent), dec(income))
    ck.balance("年末结转结余", ck.one(r"年末结转结余" + NUM + "万元"), income, spent)

    # 表1
    t1 = {}
    for ln in ck.section("表1", "（三）").split("\n"):
        c = spaces(ln)
        if c[0] in ("合计", "基本支出", "项目支出") and len(c) == 4:
            t1[c[0]] = c[1:]
    if len(t1) != 3:
        raise ParseError("表1")
    ck.money_sum("表1 预算", t1["合计"][0], [t1["基本支出"][0], t1["项目支出"][0]])
    ck.money_sum("表1 执行", t1["合计"][1], [t1["基本支出"][1], t1["项目支出"][1]])
    for k, r in t1.items():
        ck.rate(f"表1 {k}", r[2], dec(r[1]), dec(r[0]))
    ck.same("全年预算 (收入)", [income, t1["合计"][0]])
    ck.same("支出合计", [spent, t1["合计"][1]])
    ck.same("基本支出", [basic, t1["基本支出"][1]])
    ck.same("项目支出", [proj, t1["项目支出"][1]])
    b_rate, p_rate = ck.one(r"基本支出执行率" + NUM + "%、项目支出执行率" + NUM + "%")
    ck.rate("基本支出执行率 (text)", b_rate, dec(t1["基本支出"][1]), dec(t1["基本支出"][0]))
    ck.rate("项目支出执行率 (text)", p_rate, dec(t1["项目支出"][1]), dec(t1["项目支出"][0]))

    # 三公
    b3, a3, l3, drop3, ctrl3 = ck.one(
        r"\"三公\"经费预算" + NUM + r"万元，实际支出" + NUM + r"万元，较上年的" + NUM + r"万元下降" + NUM + r"%，\"三公\"经费控制率" +
        NUM + "%")
    ck.change("三公同比", drop3, a3, l3, "下降")
    ck.rate("三公经费控制率 (text)", ctrl3, a3, b3)

    # indicator table
    rows, level, total_row = [], None, None
    seg = ck.section("附件：")
    for ln in seg.split("\n"):
        if not ln.strip() or ln.strip().startswith("—") or ln.startswith("附件") or ln.startswith("一级指标"):
            continue
        c = spaces(ln)
        if c[0] == "合计":
            total_row = c
            continue
        if ln[0] != " ":
            level = c[0]
        name, w, tg, ac, cp, sc = c[-6:]
        rows.append({"level": level, "name": name, "weight": w, "target": tg, "actual": ac, "completion": cp,
                     "score": sc, "exec_rate": dec(spent) / dec(income) * HUNDRED if name == "部门预算执行率" else None})
    total_text = ck.one(r"自评得分" + NUM + "分")
    ck.rows(rows, [total_text, total_row[2]], [total_row[1]])
    ck.grade("自评结论", total_text, ck.one(r"评价等级为\"(\S+?)\""))
    by = {r["name"]: r for r in rows}
    ck.rate("在职人员控制率 (table)", by["在职人员控制率"]["actual"], people, posts)
    ck.rate("三公经费控制率 (table)", by["\"三公\"经费控制率"]["actual"], a3, b3)

    # 春运 and holidays
    m1, d1, m2, d2, days = ck.one(r"春运自(\d+)月(\d+)日起至(\d+)月(\d+)日止，共(\d+)天")
    ck.period("春运", m1, d1, m2, d2, days)
    pax, pax_avg, last, drop = ck.one(r"全县发送旅客" + NUM + r"万人次，日均" + NUM + r"万人次，较\d{4}年春运的" + NUM +
                                      r"万人次下降" + NUM + "%")
    ck.average("日均旅客", pax_avg, pax, days)
    ck.change("春运旅客同比", drop, pax, last, "下降")
    veh, dis, dis_avg = ck.one(r"投入客运车辆(\d+)辆，对客运站场及营运车辆消毒(\d+)车次，日均(\d+)车次")
    ck.average("日均消毒", dis_avg, dis, days)
    ck.same("投入客运车辆", [veh, parse_val(by["春运及节假日投入客运车辆"]["actual"])["s"]])
    ck.same("消毒车次", [dis, parse_val(by["客运站场及车辆消毒"]["actual"])["s"]])
    ck.same("补助标准", [ck.one(r"按每人每天" + NUM + "元标准"), parse_val(by["一线人员补助标准"]["actual"])["s"]])
    hol = ck.one(r"（分别为(\d+)天、(\d+)天）分别发送旅客" + NUM + "万人次、" + NUM + "万人次，日均分别为" + NUM + "万人次、" +
                 NUM + "万人次")
    for i in range(2):
        ck.average(f"假期{i + 1} 日均", hol[4 + i], hol[2 + i], hol[i])
    pay, pay_t = ck.one(r"按期拨付率为" + NUM + r"%，低于" + NUM + "%的目标")
    ck.same("按期拨付率", [pay, dec(by["项目资金按期拨付率"]["actual"])])
    sat, sat_t = ck.one(r"满意度为" + NUM + r"%，低于" + NUM + "%的目标")
    ck.same("满意度", [sat, dec(by["旅客及客运企业满意度"]["actual"])])
    ck.targets([("按期拨付率", pay_t, by["项目资金按期拨付率"]["target"]),
                ("满意度", sat_t, by["旅客及客运企业满意度"]["target"])])
    ck.years()


def check_jinzhai(ck):
    """MOF reference outline, Anhui 2019: PDF copy, 自评表 as runs of spaces, page footers."""
    table = ck.section("项目支出绩效自评表")
    lines = table.split("\n")
    f = mof_funds(ck, lines, spaces)
    tot = f["年度资金总额"]
    exec_rate = dec(tot[2]) / dec(tot[1]) * HUNDRED
    rows = [{"level": "预算执行", "name": "预算执行率", "weight": tot[3], "score": tot[5], "actual": tot[4],
             "exec_rate": exec_rate}]
    level, started, total_row = None, False, None
    for ln in lines:
        if ln.startswith("一级指标"):
            started = True
            continue
        if ln.startswith("总分"):
            total_row = spaces(ln)
            break
        if started:
            c = spaces(ln)
            if ln[0] != " ":
                level = c[0]
            name, tg, ac, cp, w, sc = c[-6:]
            rows.append({"level": level, "name": name, "target": tg, "actual": ac, "completion": cp, "weight": w,
                         "score": sc})
    total_text, word = ck.one(r"综合得分" + NUM + r"分，评价等级为“(\S+?)”")
    ck.rows(rows, [total_text, total_row[2]], [total_row[1]])
    ck.grade("text", total_text, word)
    ck.grade("table", total_row[2], ck.one(r"评价等级：(\S+)"))
    by = {r["name"]: r for r in rows}

    annual, initial, prov = ck.one(r"全年预算" + NUM + r"万元，其中年初县级预算" + NUM + r"万元，省级春运补助资金" + NUM + "万元")
    ck.money_sum("全年预算构成", annual, [initial, prov])
    ck.same("全年预算", [annual, tot[1]])
    ck.same("年初预算", [initial, tot[0]])
    got, got_rate = ck.one(r"实际到位" + NUM + r"万元，资金到位率" + NUM + "%")
    ck.rate("到位率", got_rate, dec(got), dec(annual))
    paid = ck.one(r"全年实际支出" + NUM + "万元")
    ck.same("全年支出", [paid, tot[2], parse_val(by["春运保障经费"]["actual"])["s"]])
    for s in ck.every(r"预算执行率(?:仅)?" + NUM + "%", at_least=2):
        ck.rate("预算执行率 (text)", s, dec(paid), dec(annual))
    items = ck.one(r"其中：春运现场值守及加班补助" + NUM + "万元、安全检查及隐患整治" + NUM + "万元、应急运力储备" + NUM +
                   "万元、宣传培训及站场秩序维护" + NUM + "万元")
    ck.money_sum("支出明细", paid, list(items))
    per, count = ck.one(r"按每人每天" + NUM + r"元标准发放，共(\d+)人天")
    ck.average("加班补助标准 (元/人天)", per, dec(items[0]) * 10000, count)
    ck.per_unit("补助总额", items[0], per, count)
    bal = ck.one(r"年末结余" + NUM + "万元")
    ck.balance("年末结余", bal, got, paid)
    prov_left, county_left = ck.one(r"其中省级补助资金" + NUM + r"万元于.*?县级资金结余" + NUM + "万元")
    ck.money_sum("结余构成", bal, [prov_left, county_left])

    m1, d1, m2, d2, days = ck.one(r"春运自(\d+)月(\d+)日起至(\d+)月(\d+)日止，共(\d+)天")
    ck.period("春运", m1, d1, m2, d2, days)
    veh, checks, inspect, punct = ck.one(r"全县投入客运车辆(\d+)辆（含加班车\d+辆），开展客运站及车辆安全检查(\d+)次，营运客车安全例检率"
                                         + NUM + r"%。.*?准点率为" + NUM + "%")
    ck.same("投入客运车辆", [veh, parse_val(by["春运投入客运车辆"]["actual"])["s"]])
    ck.same("安全检查次数", [checks, parse_val(by["客运站及车辆安全检查"]["actual"])["s"]])
    ck.same("例检率", [inspect, dec(by["客运车辆安全例检率"]["actual"])])
    ck.same("准点率", [punct, dec(by["春运班线准点率"]["actual"])])
    pax, pax_avg, last, grow = ck.one(r"全县发送旅客" + NUM + r"万人次，日均" + NUM + r"万人次，较\d{4}年春运的" + NUM +
                                      r"万人次增长" + NUM + "%")
    ck.average("日均旅客", pax_avg, pax, days)
    ck.change("春运旅客同比", grow, pax, last, "增长")
    ck.same("旅客发送量", [pax, parse_val(by["春运旅客发送量"]["actual"])["s"]])
    hol = ck.one(r"（分别为(\d+)天、(\d+)天）分别发送旅客" + NUM + "万人次、" + NUM + "万人次，日均分别为" + NUM + "万人次、" +
                 NUM + "万人次")
    for i in range(2):
        ck.average(f"假期{i + 1} 日均", hol[4 + i], hol[2 + i], hol[i])
    ck.same("满意度", [ck.one(r"满意度为" + NUM + "%"), dec(by["旅客满意度"]["actual"])])
    tg = ck.one(r"投入客运车辆不少于(\d+)辆，开展客运站及车辆安全检查不少于(\d+)次，客运车辆安全例检率" + NUM +
                r"%，春运班线准点率不低于" + NUM + r"%，春运旅客发送量不少于" + NUM + r"万人次，.*?旅客满意度不低于" + NUM + "%")
    names = ["春运投入客运车辆", "客运站及车辆安全检查", "客运车辆安全例检率", "春运班线准点率", "春运旅客发送量", "旅客满意度"]
    ck.targets([(n, v, by[n]["target"]) for n, v in zip(names, tg)])
    ck.targets([("旅客发送量 (效益)", ck.one(r"未达到" + NUM + "万人次的目标"), by["春运旅客发送量"]["target"])])
    ck.years()


def check_minxian(ck):
    """Shanxi outline, Gansu 2025: tab-separated rows (Word copy), funds table with 行次, 附件1 with 完成率."""
    funds = shanxi_funds(ck, ck.section("（二）预算执行情况", "省级春运补助资金"),
                         lambda seg: [tabs(ln) for ln in seg.split("\n") if "\t" in ln])
    budget, received, spent = (dec(funds[k][0]) for k in ("(2)", "(3)", "(4)"))
    exec_rate = spent / budget * HUNDRED

    prov = ck.one(r"省级春运补助资金" + NUM + r"万元于\d{4}年\d+月提前下达")
    ck.same("省级补助", [prov, funds["(1)"][3], funds["(2)"][3]])
    ck.chk("rate_mismatch", dec(funds["(1)"][1]) == dec(funds["(2)"][1]),
           "当年财政拨款年中未作调整 but 年初 and 全年 小计 differ")
    carry = ck.one(r"加上\d{4}年结转资金" + NUM + "万元")
    ck.same("上年结转", [carry, funds["(2)"][6]])
    annual = ck.one(r"全年预算资金" + NUM + "万元，全部到位")
    ck.same("全年预算", [annual, funds["(2)"][0]])
    ck.rate("全部到位 (I12)", "100", received, dec(annual))
    paid = ck.one(r"全年支出" + NUM + "万元")
    ck.same("全年支出", [paid, funds["(4)"][0]])
    for s in ck.every(r"预算执行率" + NUM + "%", at_least=2):
        ck.rate("预算执行率 (text)", s, dec(paid), dec(annual))
    items = ck.one(r"其中：一线人员补助" + NUM + "万元、应急运力租赁" + NUM + "万元、安全检查及宣传" + NUM + "万元、站场防寒保畅物资" +
                   NUM + "万元")
    ck.money_sum("支出明细", paid, list(items))
    per, count = ck.one(r"按每人每天" + NUM + r"元标准，共发放(\d+)人天")
    ck.average("一线人员补助标准 (元/人天)", per, dec(items[0]) * 10000, count)
    ck.per_unit("补助总额", items[0], per, count)
    bal, bal_prov, bal_county = ck.one(r"资金结余" + NUM + r"万元，其中省级资金" + NUM + r"万元.*?县级资金" + NUM + "万元")
    ck.balance("资金结余", bal, annual, paid)
    ck.money_sum("结余构成", bal, [bal_prov, bal_county])
    ck.balance("省级结余", bal_prov, funds["(3)"][3], funds["(4)"][3])
    ck.balance("县级结余", bal_county, funds["(3)"][5], funds["(4)"][5])
    for s in ck.every(r"资金结余" + NUM + "万元；", at_least=1):
        ck.balance("资金结余 (五)", s, annual, paid)

    # 附件1
    rows, level, total_row = [], None, None
    for ln in ck.section("附件1").split("\n")[2:]:
        if not ln.strip():
            continue
        c = tabs(ln)
        if c[0] == "合计":
            total_row = c
            continue
        if len(c) != 9:
            raise ParseError(f"row {c}")
        level = c[0] or level
        rows.append({"level": level, "name": c[2], "target": c[3], "actual": c[4], "completion": c[5],
                     "weight": c[6], "score": c[7], "exec_rate": exec_rate if c[2] == "预算执行率" else None})
    total_text = ck.one(r"总得分" + NUM + "分")
    lv = ck.one(r"其中预算执行得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + "分")
    ck.rows(rows, [total_text, total_row[7]], [total_row[6]],
            levels={"预算执行率": (None, lv[0]), "产出指标": (None, lv[1]), "效益指标": (None, lv[2]),
                    "满意度指标": (None, lv[3])})
    lv_sum = sum(dec(x) for x in lv)
    ck.chk("score_sum_mismatch", agrees(total_text, lv_sum), f"level scores add to {lv_sum}, total {total_text}")
    ck.grade("二、", total_text, ck.one(r"属于\"(\S+?)\""))
    by = {r["name"]: r for r in rows}

    m1, d1, m2, d2, days = ck.one(r"春运自(\d+)月(\d+)日起至(\d+)月(\d+)日止，共(\d+)天")
    ck.period("春运", m1, d1, m2, d2, days)
    ck.same("春运天数", [days, ck.one(r"春运(\d+)天，")])
    veh, trips, per_veh, pax, pax_avg, last, grow = ck.one(
        r"投入营运客车(\d+)辆，累计发班(\d+)班次，平均每车每天" + NUM + r"班次；发送旅客" + NUM + r"万人次，日均" + NUM +
        r"万人次，较\d{4}年春运的" + NUM + r"万人次增长" + NUM + "%")
    ck.average("平均每车每天班次", per_veh, trips, dec(veh) * dec(days))
    ck.average("日均旅客", pax_avg, pax, days)
    ck.change("春运旅客同比", grow, pax, last, "增长")
    ck.same("投入营运客车", [veh, parse_val(by["春运投入营运客车"]["actual"])["s"]])
    ck.same("累计发班", [trips, parse_val(by["春运累计发班"]["actual"])["s"]])
    ck.same("旅客发送量", [pax, parse_val(by["春运旅客发送量"]["actual"])["s"]])
    hol = ck.one(r"（分别为(\d+)天、(\d+)天）分别发送旅客" + NUM + "万人次、" + NUM + "万人次，日均分别为" + NUM + "万人次、" +
                 NUM + "万人次")
    for i in range(2):
        ck.average(f"假期{i + 1} 日均", hol[4 + i], hol[2 + i], hol[i])
    ck.same("应急运力到位时间", [ck.one(r"应急运力平均" + NUM + "小时到位"),
                          parse_val(by["应急运力到位时间"]["actual"])["s"]])
    ck.same("满意度", [ck.one(r"满意度为" + NUM + "%"), dec(by["旅客满意度"]["actual"])])
    ck.same("补助标准", [per, parse_val(by["一线人员补助标准"]["actual"])["s"]])
    tg = ck.one(r"投入营运客车不少于(\d+)辆，累计发班不少于(\d+)班次，客运班线正点率不低于" + NUM + r"%，春运保障方案于(\d{4}年\d+月\d+日)前印发，应急运力"
                + NUM + r"小时内到位，.*?春运旅客发送量不少于" + NUM + r"万人次，旅客满意度不低于" + NUM + "%")
    names = ["春运投入营运客车", "春运累计发班", "客运班线正点率", "春运保障方案印发时间", "应急运力到位时间", "春运旅客发送量",
             "旅客满意度"]
    ck.targets([(n, v, by[n]["target"]) for n, v in zip(names, tg)])
    ck.targets([("到位时间 (产出)", ck.one(r"超过" + NUM + "小时的目标"), by["应急运力到位时间"]["target"]),
                ("旅客发送量 (效益)", ck.one(r"未达到" + NUM + "万人次的目标"), by["春运旅客发送量"]["target"]),
                ("满意度 (满意度)", ck.one(r"低于" + NUM + "%的目标"), by["旅客满意度"]["target"])])
    ck.years()


DRAFTS = {
    "yushe-chunyun-2021": (check_yushe, 2021),
    "rucheng-chunyun-2023": (check_rucheng, 2023),
    "longli-yunguan-2020": (check_longli, 2020),
    "jinzhai-jiejiari-2019": (check_jinzhai, 2019),
    "minxian-chunyun-2025": (check_minxian, 2025),
}


def run_checks(source, text):
    fn, year = DRAFTS[source]
    ck = Checker(text, year)
    try:
        fn(ck)
    except (ParseError, ValueError, KeyError, IndexError, ArithmeticError) as exc:
        ck.chk("parse", False, f"could not read the draft: {exc!r}")
    return ck


def edit_region(clean, case):
    """Single contiguous edit: common prefix and suffix; returns (start, end_in_case, old_len, new_len)."""
    p = 0
    while p < min(len(clean), len(case)) and clean[p] == case[p]:
        p += 1
    s = 0
    while s < min(len(clean), len(case)) - p and clean[-1 - s] == case[-1 - s]:
        s += 1
    return p, len(case) - s, len(clean) - s - p, len(case) - s - p


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} label lines, expected 35")
    counts = {c: 0 for c in CODES}
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
    if sorted(cleans) != sorted(DRAFTS):
        problems.append(f"clean drafts {sorted(cleans)}")
    for src, text in cleans.items():
        n = len(text)
        if not 1500 <= n <= 5000:
            problems.append(f"{src}: clean draft has {n} characters")
        ck = run_checks(src, text)
        bad = ck.messages()
        if bad:
            problems.append(f"{src}-clean fails: {bad}")
        print(f"{src}-clean: {len(ck.res)} checks, {n} characters, all pass" if not bad else f"{src}-clean: FAIL")
    for rec in labels:
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            continue
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: {len(exp)} expected findings, want 1")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        if code not in CODES or exp[0]["severity"] != "error":
            problems.append(f"{rec['case']}: bad code/severity {code}")
        counts[code] = counts.get(code, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{rec['case']}: value occurs {len(occ)} times")
            continue
        clean = cleans[rec["source"]]
        start, end, old_len, new_len = edit_region(clean, text)
        if old_len > 40 or new_len > 40 or (old_len == 0 and new_len == 0):
            problems.append(f"{rec['case']}: edit region old {old_len} / new {new_len} characters")
        v0, v1 = occ[0], occ[0] + len(value)
        if not (v0 < max(end, start + 1) and start < v1):
            problems.append(f"{rec['case']}: value {value!r} does not overlap the edit at [{start},{end})")
        ck = run_checks(rec["source"], text)
        failed = ck.failed("error")
        if failed != [code]:
            problems.append(f"{rec['case']}: labelled {code}, checks fail {failed}: {ck.messages()}")
        warn = ck.failed("warning")
        print(f"{rec['case']}: {code} ✓ (edit {old_len}→{new_len} chars)" + (f"; warnings {warn}" if warn else "")
              if failed == [code] else f"{rec['case']}: labelled {code}, got {failed}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} labelled {counts.get(c, 0)} times")
    print("per code:", ", ".join(f"{c} {counts[c]}" for c in CODES))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
