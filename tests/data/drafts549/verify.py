#!/usr/bin/env python3
"""Independent re-check of drafts549 (standard library + decimal only).

For every case listed in labels.jsonl this script reads the figures back from the case text
(tables and prose), redoes the arithmetic of rules.md §5-§8 / identities I1-I14 and collects
findings with the error codes of errors.md §A.  It then asserts:
  * every clean draft yields no finding at all;
  * every error case yields findings of exactly its labelled code and of no other code;
  * each label value occurs exactly once in its case;
  * each error case differs from its clean draft by one contiguous edit of <= 40 characters
    that overlaps the label value;
  * every code of errors.md §A is labelled at least twice.
Prints OK when everything holds.
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

NUM = r"\d[\d,]*(?:\.\d+)?"
HUNDRED = Decimal(100)
RESCALE = (Decimal("0.0001"), Decimal(10000))


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------- quantities
def dec(raw):
    return Decimal(raw.replace(",", ""))


def ndec(raw):
    raw = raw.replace(",", "")
    return len(raw.split(".")[1]) if "." in raw else 0


def half_unit(raw):
    return Decimal(5) * Decimal(10) ** (-ndec(raw) - 1)


class Q:
    """A stated figure: value normalised to a base unit, tolerance (rules §8) in that unit."""

    def __init__(self, raw, unit=""):
        self.raw = raw.strip()
        unit = (unit or "").strip()
        self.unit = unit
        factor = Decimal(1)
        if unit in ("万元", "元", "亿元"):
            cat = "money"
            factor = {"万元": Decimal(1), "元": Decimal("0.0001"), "亿元": Decimal(10000)}[unit]
        elif unit.startswith("万") and len(unit) > 1:
            cat = unit[1:]
            factor = Decimal(10000)
        else:
            cat = unit
        self.cat = cat
        self.val = dec(self.raw) * factor
        self.tol = half_unit(self.raw) * factor + Decimal("1e-9")

    def scaled(self, f):
        q = Q.__new__(Q)
        q.raw, q.unit, q.cat = self.raw, self.unit, self.cat
        q.val, q.tol = self.val * f, self.tol * f
        return q

    def __repr__(self):
        return "%s%s" % (self.raw, self.unit)


NUMUNIT = re.compile(r"^(" + NUM + r")\s*(.*)$")


def parse_value(cell):
    """'≥60万小时' -> ('gte', Q(60, 万小时)); '健全' -> ('qual', None)."""
    s = cell.strip()
    direction = None
    for signs, d in (("≥＞>", "gte"), ("≤＜<", "lte"), ("=＝", "eq")):
        if s[:1] in signs:
            direction = d
            s = s[1:].strip()
            if s[:1] in "=＝":
                s = s[1:].strip()
            break
    m = NUMUNIT.match(s)
    if not m:
        return "qual", None
    return direction or "eq", Q(m.group(1), m.group(2))


def close(computed, stated):
    return abs(computed - stated.val) <= stated.tol


# ----------------------------------------------------------------------------- checker
class Checker:
    def __init__(self, text):
        self.t = text
        self.found = []

    def flag(self, code, msg):
        self.found.append((code, msg))

    # -- regex helpers
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError("%r matched %d times" % (pat, len(ms)))
        return ms[0]

    # -- identities
    def rate(self, num, den, stated_raw, what):
        """I1/I2/I5: stated rate vs num/den; implausible beyond 100% or on a zero base."""
        s = stated_raw.strip().rstrip("%")
        if den.val == 0:
            if s not in ("—", "0", ""):
                self.flag("implausible_rate", "%s: rate %s on a zero base" % (what, stated_raw))
            return
        if not re.fullmatch(NUM, s):
            self.flag("rate_mismatch", "%s: no rate printed (%s) on a non-zero base" % (what, stated_raw))
            return
        st = Q(s, "%")
        c = num.val / den.val * HUNDRED
        if st.val > HUNDRED or c > HUNDRED + st.tol:
            self.flag("implausible_rate", "%s: %s (computed %.4f)" % (what, stated_raw, c))
            return
        if close(c, st):
            return
        for f in RESCALE:
            if close(num.val * f / den.val * HUNDRED, st) or close(num.val / (den.val * f) * HUNDRED, st):
                self.flag("unit_mismatch", "%s: rate reconciles only after rescaling an amount" % what)
                return
        self.flag("rate_mismatch", "%s: stated %s, computed %.4f%%" % (what, stated_raw, c))

    def _sum_ok(self, total, parts):
        return abs(sum(p.val for p in parts) - total.val) <= total.tol

    def total(self, total, parts, what, code="sum_mismatch"):
        """I4 (and a - b = c written as total=a, parts=[b, c])."""
        if self._sum_ok(total, parts):
            return
        items = [total] + list(parts)
        for i in range(len(items)):
            for f in RESCALE:
                alt = [x.scaled(f) if j == i else x for j, x in enumerate(items)]
                if self._sum_ok(alt[0], alt[1:]):
                    self.flag("unit_mismatch", "%s: %r off by 10^4" % (what, items[i]))
                    return
        self.flag(code, "%s: %s != sum %s = %s" % (what, total, parts, sum(p.val for p in parts)))

    def balance(self, a, b, stated, what):
        """I3: stated balance = a - b."""
        self.total(a, [b, stated], what, code="balance_mismatch")

    def product(self, factors, total, what, code="sum_mismatch"):
        c = Decimal(1)
        for f in factors:
            c *= f.val
        if abs(c - total.val) <= total.tol:
            return
        for f in RESCALE:
            if abs(c - total.val * f) <= total.tol * f:
                self.flag("unit_mismatch", "%s: %r off by 10^4" % (what, total))
                return
        self.flag(code, "%s: %s != %s" % (what, total, c))

    def average(self, total, count, stated, what):
        """I10: stated average = total / count (count is a plain number)."""
        c = total.val / count.val
        if close(c, stated):
            return
        for f in RESCALE:
            if close(c * f, stated) or close(c, stated.scaled(f)):
                self.flag("unit_mismatch", "%s: average reconciles only after rescaling" % what)
                return
        self.flag("average_mismatch", "%s: stated %s, computed %s" % (what, stated, c))

    def mean(self, items, stated, what):
        c = sum(i.val for i in items) / Decimal(len(items))
        if not close(c, stated):
            self.flag("average_mismatch", "%s: stated %s, mean %s" % (what, stated, c))

    def same(self, what, items):
        """I11: one quantity, one value (items in different unit categories are left to I13)."""
        items = [i for i in items if i is not None]
        for a in items:
            for b in items:
                if a is b or a.cat != b.cat:
                    continue
                if abs(a.val - b.val) <= max(a.tol, b.tol):
                    continue
                if any(abs(a.val * f - b.val) <= max(a.tol * f, b.tol) for f in RESCALE):
                    self.flag("unit_mismatch", "%s: %r vs %r off by 10^4" % (what, a, b))
                else:
                    self.flag("conflicting_values", "%s: %r vs %r" % (what, a, b))
                return


# ----------------------------------------------------------------------------- tables
def split_tables(text):
    tables, cur = [], []
    for line in text.split("\n"):
        is_row = ("｜" in line) or ("\t" in line) or line.lstrip().startswith("|")
        if is_row:
            if line.lstrip().startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    continue
            elif "｜" in line:
                cells = [c.strip() for c in line.split("｜")]
            else:
                cells = [c.strip() for c in line.split("\t")]
            cur.append(cells)
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def col(header, *names):
    for i, h in enumerate(header):
        if any(h == n or h.startswith(n) for n in names):
            return i
    return None


def cell(row, i):
    return row[i] if i is not None and i < len(row) else ""


class Indicators:
    def __init__(self, ck, tb):
        h = tb[0]
        self.i = dict(l1=col(h, "一级指标"), l2=col(h, "二级指标"), name=col(h, "三级指标"),
                      w=col(h, "分值", "权重"), s=col(h, "得分"), t=col(h, "年度指标值", "目标值"),
                      a=col(h, "实际完成值", "业绩值"), c=col(h, "完成率"))
        self.rows, self.total_w, self.total_s, self.grades = [], None, None, []
        l1 = ""
        for r in tb[1:]:
            first = r[0]
            if first in ("合计", "总分"):
                self.total_w = Q(cell(r, self.i["w"]))
                self.total_s = Q(cell(r, self.i["s"]))
                continue
            if first == "评价等级":
                self.grades.append(r[1])
                continue
            l1 = cell(r, self.i["l1"]) or l1
            self.rows.append(dict(l1=l1, name=cell(r, self.i["name"]), w=Q(cell(r, self.i["w"])),
                                  s=Q(cell(r, self.i["s"])), t=cell(r, self.i["t"]),
                                  a=cell(r, self.i["a"]), c=cell(r, self.i["c"])))
        self.by_name = {r["name"]: r for r in self.rows}

    def actual(self, name):
        if name not in self.by_name:
            raise ParseError("indicator %s not found" % name)
        return parse_value(self.by_name[name]["a"])[1]

    def target(self, name):
        return parse_value(self.by_name[name]["t"])[1]

    def level_weights(self):
        out = {}
        for r in self.rows:
            out[r["l1"][:2]] = out.get(r["l1"][:2], Decimal(0)) + r["w"].val
        return out

    def check(self, ck):
        W = sum(r["w"].val for r in self.rows)
        if self.total_w is None or W != self.total_w.val or self.total_w.val != HUNDRED:
            ck.flag("weight_sum_mismatch", "weights sum %s, stated %s" % (W, self.total_w))
        for r in self.rows:
            if r["s"].val > r["w"].val or r["s"].val < 0:
                ck.flag("score_exceeds_weight", "%s: score %s weight %s" % (r["name"], r["s"], r["w"]))
        self.score_sum = sum(r["s"].val for r in self.rows)
        if self.total_s is not None and not close(self.score_sum, self.total_s):
            ck.flag("score_sum_mismatch", "table total %s, rows sum %s" % (self.total_s, self.score_sum))
        for r in self.rows:
            d, t = parse_value(r["t"])
            _, a = parse_value(r["a"])
            if a is None or t is None:
                if r["c"] not in ("", "—"):
                    raise ParseError("qualitative row %s with completion %s" % (r["name"], r["c"]))
                continue
            if a.cat != t.cat:
                ck.flag("unit_mismatch", "%s: target %r actual %r" % (r["name"], t, a))
                continue
            if a.cat == "%" and a.val > HUNDRED:
                ck.flag("implausible_rate", "%s: %r above 100%%" % (r["name"], a))
            if self.i["c"] is None:
                continue
            if d == "lte":
                comp = HUNDRED if a.val <= t.val else t.val / a.val * HUNDRED
            elif t.val == 0:
                comp = HUNDRED if a.val <= 0 else Decimal(0)
                if r["c"] == "—":
                    continue
            else:
                comp = a.val / t.val * HUNDRED
            if r["c"] in ("", "—"):
                ck.flag("completion_mismatch", "%s: completion missing" % r["name"])
            elif not close(comp, Q(r["c"].rstrip("%"), "%")):
                ck.flag("completion_mismatch", "%s: stated %s, computed %.4f" % (r["name"], r["c"], comp))


class Funds:
    """Row-oriented funds table: one row per sub-project / category."""

    def __init__(self, tb):
        h = tb[0]
        self.cols = dict(ini=col(h, "年初预算数"), ann=col(h, "全年预算数"), rec=col(h, "实际到位数"),
                         spent=col(h, "全年执行数"), rate=col(h, "执行率"))
        self.rows = {}
        for r in tb[1:]:
            self.rows[r[0]] = r

    def q(self, row, c):
        if row not in self.rows:
            raise ParseError("funds row %s not found" % row)
        return Q(cell(self.rows[row], self.cols[c]), "万元")

    def raw(self, row, c):
        return cell(self.rows[row], self.cols[c])

    def check(self, ck, groups):
        for name in self.rows:
            ann, spent = self.q(name, "ann"), self.q(name, "spent")
            ck.rate(spent, ann, self.raw(name, "rate"), "funds %s 执行率" % name)
            if self.cols["rec"] is not None:
                rec = self.q(name, "rec")
                if rec.val > ann.val or spent.val > rec.val:
                    ck.flag("implausible_rate", "funds %s: 执行 > 到位 or 到位 > 预算" % name)
        for total, parts in groups(list(self.rows)):
            for c in ("ini", "ann", "rec", "spent"):
                if self.cols[c] is None:
                    continue
                ck.total(self.q(total, c), [self.q(p, c) for p in parts], "funds %s %s" % (total, c))


class SourceFunds:
    """Shanxi-style table: rows (1)..(7) by 行次, columns 年度总金额 + sources."""

    ROWS = dict(ini="年初预算资金", ann="全年预算资金", rec="实际到位资金", spent="全年执行资金",
                bal="资金结余", rrate="预算到位率", erate="预算执行率")

    def __init__(self, tb):
        self.head = tb[0][2:]
        self.rows = {}
        for key, label in self.ROWS.items():
            hit = [r for r in tb[1:] if r[0].startswith(label)]
            if len(hit) != 1:
                raise ParseError("source table row %s" % label)
            self.rows[key] = hit[0][2:]

    def q(self, key, j):
        return Q(self.rows[key][j], "万元")

    def colidx(self, name):
        return self.head.index(name)

    def check(self, ck):
        n = len(self.head)
        for key in ("ini", "ann", "rec", "spent", "bal"):
            ck.total(self.q(key, 0), [self.q(key, j) for j in range(1, n)], "source table %s" % key)
        for j in range(n):
            ck.balance(self.q("rec", j), self.q("spent", j), self.q("bal", j), "source table 结余 %s" % self.head[j])
            ck.rate(self.q("rec", j), self.q("ann", j), self.rows["rrate"][j], "到位率 %s" % self.head[j])
            ck.rate(self.q("spent", j), self.q("ann", j), self.rows["erate"][j], "执行率 %s" % self.head[j])


# ----------------------------------------------------------------------------- generic document checks
GRADE = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "一般": "中", "合格": "中",
         "中": "中", "较差": "差", "不合格": "差", "差": "差"}


def band(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


def eval_year(text):
    m = re.search(r"(20\d\d)年度", text)
    if not m:
        raise ParseError("no evaluation year")
    return int(m.group(1))


def check_years(ck):
    y = eval_year(ck.t)
    for m in re.finditer(r"结转至?(20\d\d)年", ck.t):
        if int(m.group(1)) <= y:
            ck.flag("year_mismatch", "carried over to %s in a %d report" % (m.group(1), y))
    for m in re.finditer(r"截至(20\d\d)年12月31日", ck.t):
        if int(m.group(1)) != y:
            ck.flag("year_mismatch", "截至%s年 in a %d report" % (m.group(1), y))
    for m in re.finditer(r"(20\d\d)年(\d{1,2})月(?:提前)?下达", ck.t):
        yy, mm = int(m.group(1)), int(m.group(2))
        if not (yy == y or (yy == y - 1 and mm == 12)):
            ck.flag("year_mismatch", "issued %d-%d for a %d budget" % (yy, mm, y))
    for pat, want in ((r"(20\d\d)年结转资金", y - 1), (r"(20\d\d)年同口径", y - 1), (r"(20\d\d)年本项目执行率", y - 1),
                      (r"（(20\d\d)年为", y - 1), (r"下达的(20\d\d)年补助资金", y), (r"实施期为(20\d\d)年", y)):
        for m in re.finditer(pat, ck.t):
            if int(m.group(1)) != want:
                ck.flag("year_mismatch", "%s names %s, expected %d" % (pat, m.group(1), want))
    for m in re.finditer(r"(20\d\d)年(?:团市委|项目)?全年预算", ck.t):
        if int(m.group(1)) != y:
            ck.flag("year_mismatch", "budget sentence names %s" % m.group(1))


def check_totals(ck, ind):
    totals = [ind.total_s] if ind.total_s is not None else []
    for m in re.finditer(r"自评得分(" + NUM + r")分", ck.t):
        q = Q(m.group(1))
        totals.append(q)
        if not close(ind.score_sum, q):
            ck.flag("score_sum_mismatch", "text total %s, rows sum %s" % (q, ind.score_sum))
    if not totals:
        raise ParseError("no total score")
    grades = list(ind.grades)
    grades += [m.group(1) for m in re.finditer(r"评价等级为[“\"]?(优秀|良好|中等|较差|优|良|中|差)", ck.t)]
    grades += [m.group(1) for m in re.finditer(r"属于[“\"](优秀|良好|优|良|中|差)[”\"]等级", ck.t)]
    if not grades:
        raise ParseError("no grade")
    for g in grades:
        if any(GRADE[g] != band(t.val) for t in totals):
            ck.flag("grade_mismatch", "grade %s vs totals %s" % (g, totals))


def mq(m, i, unit=""):
    return Q(m.group(i), unit)


def nums(s):
    return [Q(x) for x in re.findall(NUM, s)]


# ----------------------------------------------------------------------------- per-draft prose
def prose_changzhou(ck, F, I):
    t = ck.one(r"全年预算(" + NUM + r")万元（含年中追加青年发展型城市建设经费(" + NUM + r")万元、基本支出调增("
               + NUM + r")万元），全年执行(" + NUM + r")万元，部门整体预算执行率(" + NUM + r")%")
    ann, add1, add2, spent = mq(t, 1, "万元"), mq(t, 2, "万元"), mq(t, 3, "万元"), mq(t, 4, "万元")
    ck.same("全年预算", [ann, F.q("合计", "ann")])
    ck.same("全年执行", [spent, F.q("合计", "spent")])
    ck.total(F.q("其中：青年发展型城市建设", "ann"), [F.q("其中：青年发展型城市建设", "ini"), add1], "追加")
    ck.total(F.q("基本支出", "ann"), [F.q("基本支出", "ini"), add2], "调增")
    ck.rate(spent, ann, t.group(5), "部门整体执行率(正文)")
    ck.same("部门执行率", [mq(t, 5, "%"), Q(F.raw("合计", "rate").rstrip("%"), "%"), I.actual("部门预算执行率")])
    m = ck.one(r"同口径执行率为(" + NUM + r")%，本年提高(" + NUM + r")个百分点")
    ck.total(mq(t, 5), [mq(m, 1), mq(m, 2)], "执行率提高")
    m = ck.one(r"全年未支出(" + NUM + r")万元，其中青年志愿服务项目(" + NUM + r")万元、青年发展型城市建设("
               + NUM + r")万元、青少年权益维护(" + NUM + r")万元")
    left = mq(m, 1, "万元")
    ck.balance(F.q("合计", "ann"), F.q("合计", "spent"), left, "全年未支出")
    for k, row in ((2, "其中：青年志愿服务项目"), (3, "其中：青年发展型城市建设"), (4, "其中：青少年权益维护（12355）")):
        ck.balance(F.q(row, "ann"), F.q(row, "spent"), mq(m, k, "万元"), "未支出 %s" % row)
    ck.total(left, [mq(m, k, "万元") for k in (2, 3, 4)], "未支出分项")
    m = ck.one(r"(" + NUM + r")万元已结转至20\d\d年继续使用（12355热线平台升级尾款(" + NUM + r")万元、青年驿站运营尾款("
               + NUM + r")万元、志愿服务站点运维尾款(" + NUM + r")万元），其余(" + NUM + r")万元")
    ck.total(mq(m, 1, "万元"), [mq(m, k, "万元") for k in (2, 3, 4)], "结转分项")
    ck.total(left, [mq(m, 1, "万元"), mq(m, 5, "万元")], "结转+收回")
    m = ck.one(r"新增注册志愿者(" + NUM + r")人")
    ck.same("新增注册志愿者", [mq(m, 1, "人"), I.actual("注册志愿者新增人数")])
    m = ck.one(r"累计记录志愿服务时长(" + NUM + r")(万小时)")
    ck.same("志愿服务时长", [mq(m, 1, m.group(2)), I.actual("志愿服务时长")])
    m = ck.one(r"分别组织((?:" + NUM + r"场、?)+)，共(" + NUM + r")场，平均每个辖市（区）(" + NUM + r")场")
    items = nums(m.group(1))
    ck.total(mq(m, 2), items, "活动场次")
    n = ck.one(r"(" + NUM + r")个辖市（区）团委分别组织")
    if dec(n.group(1)) != len(items):
        ck.flag("sum_mismatch", "%s 辖市（区） but %d figures" % (n.group(1), len(items)))
    ck.mean(items, mq(m, 3), "平均每个辖市（区）场次")
    m = ck.one(r"培训支出(" + NUM + r")万元，共培训志愿者骨干(" + NUM + r")人次，人均培训成本(" + NUM + r")元")
    ck.average(mq(m, 1, "万元"), mq(m, 2), mq(m, 3, "元"), "人均培训成本")
    ck.same("人均培训成本", [mq(m, 3, "元"), I.actual("志愿者培训人均成本")])
    m = ck.one(r"试点项目(" + NUM + r")个")
    ck.same("试点项目", [mq(m, 1, "个"), I.actual("青年发展型城市建设试点项目")])
    m = ck.one(r"接听来电(" + NUM + r")人次，较上年(" + NUM + r")人次减少(" + NUM + r")人次")
    ck.total(mq(m, 2), [mq(m, 1), mq(m, 3)], "接听量减少")
    ck.same("接听量", [mq(m, 1, "人次"), I.actual("12355热线接听量")])
    m = ck.one(r"来电办结率(" + NUM + r")%")
    ck.same("办结率", [mq(m, 1, "%"), I.actual("热线来电办结率")])
    m = ck.one(r"预算执行率(" + NUM + r")分、产出指标(" + NUM + r")分、效益指标(" + NUM + r")分、满意度指标(" + NUM + r")分")
    lw = I.level_weights()
    stated = dict(zip(("预算", "产出", "效益", "满意"), (dec(m.group(k)) for k in (1, 2, 3, 4))))
    if sum(stated.values()) != HUNDRED:
        ck.flag("weight_sum_mismatch", "stated level weights sum %s" % sum(stated.values()))
    for k, v in stated.items():
        if lw.get(k) != v:
            ck.flag("weight_sum_mismatch", "level %s: rows sum %s, stated %s" % (k, lw.get(k), v))
    m = ck.one(r"(" + NUM + r")万元全部用于少先队")
    ck.same("少先队", [mq(m, 1, "万元"), F.q("其中：少先队及青少年宫活动", "spent"), F.q("其中：少先队及青少年宫活动", "ann")])


def prose_jiujiang(ck, F, I):
    g = ck.one(r"新招募注册志愿者不少于(" + NUM + r")人，志愿服务时长不少于(" + NUM + r")万小时，开展志愿者培训不少于("
               + NUM + r")场，(" + NUM + r")个志愿服务站点常态化运行，服务群众不少于(" + NUM + r")万人次")
    ck.same("目标 新招募", [mq(g, 1, "人"), I.target("新招募注册志愿者")])
    ck.same("目标 时长", [mq(g, 2, "万小时"), I.target("志愿服务时长")])
    ck.same("目标 培训", [mq(g, 3, "场"), I.target("开展志愿者培训")])
    ck.same("目标 受益", [mq(g, 5, "万人次"), I.target("志愿服务受益群众")])
    stations = [mq(g, 4)]
    s2 = ck.one(r"(" + NUM + r")个站点全部常态化运行")
    stations.append(mq(s2, 1))
    m = ck.one(r"全年预算(" + NUM + r")万元，均为当年财政拨款，其中年初预算(" + NUM + r")万元，年中追加(" + NUM + r")万元")
    ann, ini, add = mq(m, 1, "万元"), mq(m, 2, "万元"), mq(m, 3, "万元")
    ck.total(ann, [ini, add], "年初+追加")
    ck.same("全年预算", [ann, F.q("合计", "ann")])
    ck.same("年初预算", [ini, F.q("合计", "ini")])
    ck.total(F.q("大型赛会志愿服务", "ann"), [F.q("大型赛会志愿服务", "ini"), add], "追加")
    m = ck.one(r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    ck.same("全年执行", [mq(m, 1, "万元"), F.q("合计", "spent")])
    ck.rate(mq(m, 1, "万元"), ann, m.group(2), "执行率(正文)")
    ck.same("执行率", [mq(m, 2, "%"), Q(F.raw("合计", "rate").rstrip("%"), "%"), I.actual("预算执行率")])
    m = ck.one(r"全年未支出(" + NUM + r")万元")
    ck.balance(ann, F.q("合计", "spent"), mq(m, 1, "万元"), "全年未支出")
    m = ck.one(r"招募与培训支出(" + NUM + r")万元，其中培训费(" + NUM + r")万元、志愿者意外保险费(" + NUM
               + r")(万元|元)（按每人每年(" + NUM + r")元标准为(" + NUM + r")名")
    ins = mq(m, 3, m.group(4))
    ck.same("招募与培训支出", [mq(m, 1, "万元"), F.q("志愿者招募与培训", "spent")])
    ck.total(mq(m, 1, "万元"), [mq(m, 2, "万元"), ins], "招募与培训分项")
    ck.product([mq(m, 5, "元"), mq(m, 6)], ins, "保险费 = 标准 × 人数")
    ck.same("新招募志愿者", [mq(m, 6, "人"), I.actual("新招募注册志愿者")])
    m = ck.one(r"建成志愿服务站点(" + NUM + r")个，站点运行支出(" + NUM + r")万元，平均每个站点(" + NUM + r")万元")
    ck.same("站点运行支出", [mq(m, 2, "万元"), F.q("志愿服务站点运行", "spent")])
    ck.same("站点数", stations + [mq(m, 1)])
    ck.average(mq(m, 2, "万元"), mq(m, 1), mq(m, 3, "万元"), "平均每个站点")
    ck.same("单站成本", [mq(m, 3, "万元"), I.actual("单个站点年均运行成本")])
    m = ck.one(r"全年新招募注册志愿者(" + NUM + r")人（2018年为")
    ck.same("新招募志愿者(正文)", [mq(m, 1, "人"), I.actual("新招募注册志愿者")])
    m = ck.one(r"记录志愿服务时长(" + NUM + r")(万小时)")
    ck.same("志愿服务时长", [mq(m, 1, m.group(2)), I.actual("志愿服务时长")])
    m = ck.one(r"开展志愿者培训(" + NUM + r")场")
    ck.same("培训场次", [mq(m, 1, "场"), I.actual("开展志愿者培训")])
    m = ck.one(r"服务群众(" + NUM + r")(万人次)")
    ck.same("受益群众", [mq(m, 1, m.group(2)), I.actual("志愿服务受益群众")])
    m = ck.one(r"共回收有效问卷(" + NUM + r")份")
    n1 = mq(m, 1)
    m = ck.one(r"回收的(" + NUM + r")份有效问卷中，选择“满意”或“比较满意”的(" + NUM + r")份，服务对象满意度(" + NUM + r")%")
    ck.same("问卷数", [n1, mq(m, 1)])
    ck.rate(mq(m, 2), mq(m, 1), m.group(3), "满意度(正文)")
    ck.same("满意度", [mq(m, 3, "%"), I.actual("服务对象满意度")])


def prose_qinzhou(ck, F, I):
    g = ck.one(r"招募市级西部计划志愿者(" + NUM + r")人并按月足额发放生活补贴；全年开展志愿服务活动不少于(" + NUM
               + r")场，志愿服务时长不少于(" + NUM + r")万小时，服务基层群众不少于(" + NUM + r")万人次；服务期满考核合格率不低于("
               + NUM + r")%")
    ck.same("目标 招募", [mq(g, 1, "人"), I.target("招募西部计划志愿者")])
    ck.same("目标 场次", [mq(g, 2, "场"), I.target("志愿服务活动场次")])
    ck.same("目标 时长", [mq(g, 3, "万小时"), I.target("志愿服务时长")])
    ck.same("目标 群众", [mq(g, 4, "万人次"), I.target("服务基层群众")])
    ck.same("目标 合格率", [mq(g, 5, "%"), I.target("服务期满考核合格率")])
    g = ck.one(r"市级西部计划志愿者(" + NUM + r")人，分布在")
    ck.same("在岗志愿者", [mq(g, 1, "人"), I.actual("招募西部计划志愿者")])
    g = ck.one(r"，高于(" + NUM + r")%的年度指标")
    ck.same("留钦目标", [mq(g, 1, "%"), I.target("期满留钦就业创业比例")])
    m = ck.one(r"全年预算(" + NUM + r")万元，其中市本级财政安排(" + NUM + r")万元、自治区团委下达补助(" + NUM + r")万元")
    ann, city, reg = mq(m, 1, "万元"), mq(m, 2, "万元"), mq(m, 3, "万元")
    ck.total(ann, [city, reg], "全年预算来源")
    ck.same("全年预算", [ann, F.q("合计", "ann")])
    ck.same("市本级(年初)", [city, F.q("合计", "ini")])
    ck.total(F.q("青年志愿者行动", "ann"), [F.q("青年志愿者行动", "ini"), reg], "自治区补助追加")
    m = ck.one(r"资金全部到位，到位率(" + NUM + r")%")
    ck.rate(ann, ann, m.group(1), "到位率")
    m = ck.one(r"每人每月(" + NUM + r")元标准，为(" + NUM + r")名志愿者发放(" + NUM + r")个月，共(" + NUM + r")元（(" + NUM + r")万元）")
    ck.product([mq(m, 1, "元"), mq(m, 2), mq(m, 3)], mq(m, 4, "元"), "生活补贴 = 标准 × 人数 × 月数")
    ck.same("生活补贴", [mq(m, 4, "元"), mq(m, 5, "万元"), F.q("西部计划志愿者生活补贴", "spent")])
    ck.same("志愿者人数", [mq(m, 2, "人"), I.actual("招募西部计划志愿者")])
    ck.same("月补贴标准", [mq(m, 1, "元"), I.actual("月生活补贴标准")])
    m = ck.one(r"截至20\d\d年12月31日，项目累计支出(" + NUM + r")万元，预算执行率(" + NUM + r")%，未支出(" + NUM + r")万元")
    spent = mq(m, 1, "万元")
    ck.same("累计支出", [spent, F.q("合计", "spent")])
    ck.rate(spent, ann, m.group(2), "执行率(正文)")
    ck.same("执行率", [mq(m, 2, "%"), Q(F.raw("合计", "rate").rstrip("%"), "%"), I.actual("预算执行率")])
    ck.balance(ann, spent, mq(m, 3, "万元"), "未支出")
    m = ck.one(r"青年志愿者行动支出(" + NUM + r")万元，其中社区服务(" + NUM + r")万元、助残服务(" + NUM + r")万元、环保服务(" + NUM + r")万元")
    ck.same("行动支出", [mq(m, 1, "万元"), F.q("青年志愿者行动", "spent")])
    ck.total(mq(m, 1, "万元"), [mq(m, k, "万元") for k in (2, 3, 4)], "行动分项")
    m = ck.one(r"考核得分分别为((?:" + NUM + r"分、?)+)，平均(" + NUM + r")分")
    n = ck.one(r"(" + NUM + r")个县区项目办年度考核")
    if dec(n.group(1)) != len(nums(m.group(1))):
        ck.flag("sum_mismatch", "county count vs listed scores")
    ck.mean(nums(m.group(1)), mq(m, 2), "县区项目办平均分")
    m = ck.one(r"全年开展志愿服务活动(" + NUM + r")场")
    ck.same("活动场次", [mq(m, 1, "场"), I.actual("志愿服务活动场次")])
    m = ck.one(r"累计志愿服务时长(" + NUM + r")(万小时)")
    ck.same("服务时长", [mq(m, 1, m.group(2)), I.actual("志愿服务时长")])
    m = ck.one(r"服务基层群众(" + NUM + r")(万人次)")
    ck.same("服务群众", [mq(m, 1, m.group(2)), I.actual("服务基层群众")])
    m = ck.one(r"(" + NUM + r")名志愿者服务期满考核合格(" + NUM + r")人，合格率(" + NUM + r")%")
    n40 = mq(m, 1)
    ck.rate(mq(m, 2), n40, m.group(3), "合格率")
    ck.same("合格率", [mq(m, 3, "%"), I.actual("服务期满考核合格率")])
    m = ck.one(r"有(" + NUM + r")人留在钦州就业创业，比例为(" + NUM + r")%")
    ck.rate(mq(m, 1), n40, m.group(2), "留钦比例")
    ck.same("留钦比例", [mq(m, 2, "%"), I.actual("期满留钦就业创业比例")])
    m = ck.one(r"满意度调查分别为(" + NUM + r")%和(" + NUM + r")%")
    ck.same("服务单位满意度", [mq(m, 1, "%"), I.actual("服务单位满意度")])
    ck.same("志愿者满意度", [mq(m, 2, "%"), I.actual("志愿者满意度")])


def prose_rizhao(ck, F, I):
    g = ck.one(r"新建青年驿站(" + NUM + r")处，接待来日求职实习青年不少于(" + NUM + r")人次，开展“志愿日照”主题活动不少于("
               + NUM + r")场，提供12355心理咨询服务不少于(" + NUM + r")人次，全市志愿服务时长不少于(" + NUM + r")万小时")
    ck.same("目标 驿站", [mq(g, 1, "处"), I.target("新建青年驿站")])
    ck.same("目标 接待", [mq(g, 2, "人次"), I.target("青年驿站接待求职实习青年")])
    ck.same("目标 活动", [mq(g, 3, "场"), I.target("“志愿日照”主题活动")])
    ck.same("目标 咨询", [mq(g, 4, "人次"), I.target("12355心理咨询服务")])
    ck.same("目标 时长", [mq(g, 5, "万小时"), I.target("全市志愿服务时长")])
    g = ck.one(r"每人每晚不超过(" + NUM + r")元")
    ck.same("住宿标准", [mq(g, 1, "元/人·晚"), I.target("青年驿站人均住宿成本")])
    m = ck.one(r"年初预算(" + NUM + r")万元，年中调减(" + NUM + r")万元（.*?赛会志愿服务预算(" + NUM
               + r")万元全部调减；12355心理关爱调减(" + NUM + r")万元），全年预算(" + NUM + r")万元")
    ini, cut, c1, c2, ann = (mq(m, k, "万元") for k in (1, 2, 3, 4, 5))
    ck.total(ini, [cut, ann], "年初-调减")
    ck.total(cut, [c1, c2], "调减分项")
    ck.total(F.q("赛会志愿服务", "ini"), [F.q("赛会志愿服务", "ann"), c1], "赛会调减")
    ck.total(F.q("青少年心理关爱（12355）", "ini"), [F.q("青少年心理关爱（12355）", "ann"), c2], "12355调减")
    ck.same("年初预算", [ini, F.q("合计", "ini")])
    ck.same("全年预算", [ann, F.q("合计", "ann")])
    m = ck.one(r"资金到位(" + NUM + r")万元，到位率(" + NUM + r")%")
    rec = mq(m, 1, "万元")
    ck.same("到位", [rec, F.q("合计", "rec")])
    ck.rate(rec, ann, m.group(2), "到位率")
    m = ck.one(r"全年执行(" + NUM + r")万元，执行率(" + NUM + r")%，结余(" + NUM + r")万元")
    spent = mq(m, 1, "万元")
    ck.same("全年执行", [spent, F.q("合计", "spent")])
    ck.rate(spent, ann, m.group(2), "执行率(正文)")
    ck.same("执行率", [mq(m, 2, "%"), Q(F.raw("合计", "rate").rstrip("%"), "%"), I.actual("预算执行率")])
    ck.balance(rec, spent, mq(m, 3, "万元"), "结余")
    m = ck.one(r"新建青年驿站(" + NUM + r")处，全年接待来日求职实习青年(" + NUM + r")人次，入住青年人均住宿成本(" + NUM + r")元/人·晚")
    ck.same("驿站", [mq(m, 1, "处"), I.actual("新建青年驿站")])
    ck.same("接待青年", [mq(m, 2, "人次"), I.actual("青年驿站接待求职实习青年")])
    ck.same("住宿成本", [mq(m, 3, "元/人·晚"), I.actual("青年驿站人均住宿成本")])
    m = ck.one(r"主题活动(" + NUM + r")场，分别为社区服务(" + NUM + r")场、关爱“一老一小”(" + NUM + r")场、文明交通("
               + NUM + r")场、生态环保(" + NUM + r")场")
    ck.total(mq(m, 1), [mq(m, k) for k in (2, 3, 4, 5)], "活动分类")
    ck.same("活动场次", [mq(m, 1, "场"), I.actual("“志愿日照”主题活动")])
    m = ck.one(r"12355心理咨询服务(" + NUM + r")人次")
    ck.same("心理咨询", [mq(m, 1, "人次"), I.actual("12355心理咨询服务")])
    m = ck.one(r"全市志愿服务时长(" + NUM + r")(万小时)")
    ck.same("服务时长", [mq(m, 1, m.group(2)), I.actual("全市志愿服务时长")])
    m = ck.one(r"留日就业比例为(" + NUM + r")%")
    ck.same("留日比例", [mq(m, 1, "%"), I.actual("驿站入住青年留日就业比例")])


def prose_hanzhong(ck, S, I):
    g = ck.one(r"全年开展志愿服务活动不少于(" + NUM + r")场、志愿服务时长不少于(" + NUM + r")万小时，结对关爱留守儿童不少于("
               + NUM + r")人，培训志愿者不少于(" + NUM + r")人次，关爱对象受益不少于(" + NUM + r")万人次，人均关爱成本控制在("
               + NUM + r")元以内")
    for k, unit, name in ((1, "场", "开展志愿服务活动"), (2, "万小时", "志愿服务时长"), (3, "人", "结对关爱留守儿童"),
                          (4, "人次", "培训志愿者"), (5, "万人次", "关爱对象受益人次"), (6, "元", "人均关爱成本")):
        ck.same("目标 " + name, [mq(g, k, unit), I.target(name)])
    m = ck.one(r"全年预算(" + NUM + r")万元，其中省团委补助(" + NUM + r")万元（20\d\d年12月提前下达）、市级财政(" + NUM
               + r")万元（年初(" + NUM + r")万元，10月追加(" + NUM + r")万元.*?）、20\d\d年结转资金(" + NUM + r")万元")
    ann, prov, city, city0, add, carry = (mq(m, k, "万元") for k in (1, 2, 3, 4, 5, 6))
    ck.total(ann, [prov, city, carry], "全年预算来源")
    ck.total(city, [city0, add], "市级年初+追加")
    j = S.colidx
    ck.same("全年预算", [ann, S.q("ann", 0)])
    ck.same("省级", [prov, S.q("ann", j("省级"))])
    ck.same("市级", [city, S.q("ann", j("市级"))])
    ck.same("市级年初", [city0, S.q("ini", j("市级"))])
    ck.same("上年结转", [carry, S.q("ann", j("上年结转"))])
    m = ck.one(r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    spent = mq(m, 1, "万元")
    ck.same("全年执行", [spent, S.q("spent", 0)])
    ck.rate(spent, ann, m.group(2), "执行率(正文)")
    ck.same("执行率", [mq(m, 2, "%"), Q(S.rows["erate"][0], "%"), I.actual("预算执行率")])
    subs = list(re.finditer(r"全年预算(" + NUM + r")万元，执行(" + NUM + r")万元，执行率(" + NUM + r")%", ck.t))
    if len(subs) != 3:
        raise ParseError("sub-projects")
    for s in subs:
        ck.rate(mq(s, 2, "万元"), mq(s, 1, "万元"), s.group(3), "子项执行率")
    ck.total(ann, [mq(s, 1, "万元") for s in subs], "子项预算合计")
    ck.total(spent, [mq(s, 2, "万元") for s in subs], "子项执行合计")
    m = ck.one(r"全年结余(" + NUM + r")万元，其中市级资金(" + NUM + r")万元结转至20\d\d年.*?省级资金(" + NUM + r")万元")
    ck.same("结余", [mq(m, 1, "万元"), S.q("bal", 0)])
    ck.same("市级结余", [mq(m, 2, "万元"), S.q("bal", j("市级"))])
    ck.same("省级结余", [mq(m, 3, "万元"), S.q("bal", j("省级"))])
    ck.total(mq(m, 1, "万元"), [mq(m, 2, "万元"), mq(m, 3, "万元")], "结余分项")
    m = ck.one(r"全年开展志愿服务活动(" + NUM + r")场")
    ck.same("活动", [mq(m, 1, "场"), I.actual("开展志愿服务活动")])
    m = ck.one(r"志愿服务时长(" + NUM + r")(万小时)")
    ck.same("时长", [mq(m, 1, m.group(2)), I.actual("志愿服务时长")])
    m = ck.one(r"培训志愿者(" + NUM + r")人次")
    ck.same("培训", [mq(m, 1, "人次"), I.actual("培训志愿者")])
    m = ck.one(r"关爱对象受益(" + NUM + r")(万人次)")
    ck.same("受益", [mq(m, 1, m.group(2)), I.actual("关爱对象受益人次")])
    m = ck.one(r"结对关爱留守儿童(" + NUM + r")人，较目标少(" + NUM + r")人")
    ck.same("结对", [mq(m, 1, "人"), I.actual("结对关爱留守儿童")])
    ck.total(I.target("结对关爱留守儿童"), [mq(m, 1, "人"), mq(m, 2, "人")], "较目标少")
    m = ck.one(r"留守儿童关爱子项执行(" + NUM + r")万元，人均关爱成本(" + NUM + r")元")
    care = [s for s in subs if "留守儿童" in ck.t[max(0, s.start() - 20):s.start()]]
    if len(care) != 1:
        raise ParseError("care sub-project")
    ck.same("关爱子项执行", [mq(m, 1, "万元"), mq(care[0], 2, "万元")])
    ck.average(mq(m, 1, "万元"), I.actual("结对关爱留守儿童"), mq(m, 2, "元"), "人均关爱成本")
    ck.same("人均成本", [mq(m, 2, "元"), I.actual("人均关爱成本")])


DRAFTS = {
    "js-changzhou-tuanshiwei-bumen-2024": dict(
        prose=prose_changzhou,
        groups=lambda rows: [("项目支出", [r for r in rows if r.startswith("其中：")]),
                             ("合计", ["基本支出", "项目支出"])]),
    "jx-jiujiang-qingnianzhiyuan-2019": dict(prose=prose_jiujiang),
    "gx-qinzhou-xibujihua-2021": dict(prose=prose_qinzhou),
    "sd-rizhao-qingfazhiyuan-2022": dict(prose=prose_rizhao),
    "sn-hanzhong-qingshaonian-2025": dict(prose=prose_hanzhong),
}


def default_groups(rows):
    return [("合计", [r for r in rows if r != "合计"])]


def check_text(text, source):
    ck = Checker(text)
    cfg = DRAFTS[source]
    try:
        tables = split_tables(text)
        ind = [Indicators(ck, tb) for tb in tables if any("三级指标" in c for c in tb[0])]
        funds = [Funds(tb) for tb in tables if "全年预算数" in tb[0] and "全年执行数" in tb[0]]
        srcs = [SourceFunds(tb) for tb in tables if "行次" in tb[0]]
        if len(ind) != 1 or len(funds) + len(srcs) != 1:
            raise ParseError("tables: %d indicator, %d funds" % (len(ind), len(funds) + len(srcs)))
        I = ind[0]
        I.check(ck)
        if funds:
            F = funds[0]
            F.check(ck, cfg.get("groups", default_groups))
            cfg["prose"](ck, F, I)
        else:
            S = srcs[0]
            S.check(ck)
            cfg["prose"](ck, S, I)
        check_totals(ck, I)
        check_years(ck)
    except ParseError as e:
        ck.flag("parse_error", str(e))
    except (ArithmeticError, ValueError, KeyError, IndexError) as e:
        ck.flag("parse_error", "%s: %s" % (type(e).__name__, e))
    return ck.found


# ----------------------------------------------------------------------------- meta checks
def single_edit(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, a[p:len(a) - s], b[p:len(b) - s]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    per_code = {c: 0 for c in CODES}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        found = check_text(text, lab["source"])
        codes = sorted(set(c for c, _ in found))
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % lab["case"])
            if found:
                problems.append("%s: clean draft fails: %s" % (lab["case"], found))
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append("%s: %d characters" % (lab["case"], n))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: %d labels" % (lab["case"], len(exp)))
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append("%s: bad label %s" % (lab["case"], e))
        per_code[e["code"]] = per_code.get(e["code"], 0) + 1
        if codes != [e["code"]]:
            problems.append("%s: labelled %s, verifier found %s" % (lab["case"], e["code"], found))
        if text.count(e["value"]) != 1:
            problems.append("%s: value occurs %d times" % (lab["case"], text.count(e["value"])))
        p, old, new = single_edit(clean_text[lab["source"]], text)
        if max(len(old), len(new)) > 40 or not (old or new):
            problems.append("%s: edit %r -> %r" % (lab["case"], old, new))
        i = text.find(e["value"])
        lo, hi = p, p + max(len(new), 1)
        if not (i < hi and lo < i + len(e["value"])):
            problems.append("%s: edit at %d does not overlap value at %d" % (lab["case"], p, i))
    for c in CODES:
        if per_code.get(c, 0) < 2:
            problems.append("code %s labelled %d times" % (c, per_code.get(c, 0)))
    if len(labels) != 35:
        problems.append("%d labels, expected 35" % len(labels))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if files != sorted(l["case"] for l in labels):
        problems.append("case files and labels differ")
    if problems:
        print("\n".join(problems))
        print("FAIL (%d problems)" % len(problems))
        sys.exit(1)
    if "-v" in sys.argv:
        for c in CODES:
            print("%-22s %d" % (c, per_code[c]))
    print("OK")


if __name__ == "__main__":
    main()
