#!/usr/bin/env python3
"""Verify drafts534: re-read every figure from the case texts and redo the arithmetic.

Standard library + decimal only. For every case the figures are read back from the text
(regular expressions anchored on the wording, tables re-split by ｜ / tab / two-or-more spaces)
and every identity of rules.md §7 that the draft states is recomputed with the tolerance of
rules.md §8 (a stated value with d decimals matches a computed value within 0.5 x 10^-d).

Requirements checked:
  * every clean draft passes every check (no error finding, no score-rule warning);
  * every error case fails its labelled code and no other error code;
  * each label value occurs exactly once in its case; the case differs from its clean draft by
    one contiguous edit of at most 40 characters that overlaps the value;
  * every code of errors.md §A is used at least twice; 35 label lines, 5 sources.
Prints OK on success, otherwise the problems, and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}
EPS = Decimal("1e-9")
SCALES = [Decimal(10) ** 4, Decimal(10) ** -4, Decimal(10) ** 8, Decimal(10) ** -8]


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers

def num(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return Decimal(s)


def places(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * Decimal(10) ** -places(s) + EPS


def near(stated, computed):
    return abs(num(stated) - Decimal(computed)) <= tol(stated)


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def is_dash(s):
    return str(s).strip() in ("—", "-", "–", "")


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- indicator values

DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
NUM_RE = re.compile(r"(≥|≤|=|＝|＞|＜|>|<)?\s*(\d+(?:\.\d+)?)\s*(.*)")


def parse_q(s):
    """('num', direction, Decimal, unit) | ('date', (y, m, d)) | ('text', s)."""
    s = s.strip()
    m = DATE_RE.search(s)
    if m:
        return ("date", tuple(int(x) for x in m.groups()))
    m = NUM_RE.fullmatch(s)
    if m:
        sign, val, unit = m.groups()
        direction = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte"}.get(sign, "eq")
        return ("num", direction, Decimal(val), unit.strip())
    return ("text", s)


# ---------------------------------------------------------------- checker

class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.errors = []    # (code, message)
        self.warnings = []  # score-rule findings (warnings in errors.md §B)
        self.notes = []     # approximations / statements that must hold in a clean draft

    # -- reporting
    def err(self, code, msg):
        assert code in ERROR_CODES, code
        self.errors.append((code, msg))

    def warn(self, msg):
        self.warnings.append(msg)

    def note(self, ok, msg):
        if not ok:
            self.notes.append(msg)

    # -- reading
    def grab(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern {pattern!r} matched {len(ms)} times")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def table(self, header_re, split, stop=()):
        lines = self.t.split("\n")
        idx = [i for i, ln in enumerate(lines) if re.match(header_re, ln)]
        if len(idx) != 1:
            raise ParseError(f"table header {header_re!r} found {len(idx)} times")
        rows = []
        for ln in lines[idx[0] + 1:]:
            if not ln.strip() or any(ln.startswith(p) for p in stop):
                break
            rows.append(split(ln))
        return rows

    # -- identities
    def rate(self, label, stated, numer, denom):
        d = num(denom)
        if d == 0:
            if is_dash(stated) or num(stated) == 0:
                return
            self.err("implausible_rate", f"{label}: rate {stated} on a zero base")
            return
        if is_dash(stated):
            self.err("rate_mismatch", f"{label}: no rate printed on a non-zero base")
            return
        c = num(numer) / d * 100
        if not near(stated, c):
            self.err("rate_mismatch", f"{label}: stated {stated}, computed {r2(c)}%")
        elif num(stated) > 100:
            self.err("implausible_rate", f"{label}: rate {stated} above 100%")

    def total(self, label, stated, parts, code="sum_mismatch", money=True):
        vals = [num(p) for p in parts]
        if near(stated, sum(vals)):
            return
        if money:
            # most specific explanation: one amount off by a power of ten (errors.md #11b)
            for i in range(len(vals)):
                for f in SCALES:
                    v2 = list(vals)
                    v2[i] = vals[i] * f
                    if abs(num(stated) - sum(v2)) <= tol(stated):
                        self.err("unit_mismatch", f"{label}: part {parts[i]} reconciles only when rescaled by {f}")
                        return
            for f in SCALES:
                if abs(num(stated) * f - sum(vals)) <= tol(stated) * f:
                    self.err("unit_mismatch", f"{label}: total {stated} reconciles only when rescaled by {f}")
                    return
        self.err(code, f"{label}: stated {stated}, sum of {parts} = {sum(vals)}")

    def same(self, label, a, b, scale_a=Decimal(1), scale_b=Decimal(1)):
        va, vb = num(a) * scale_a, num(b) * scale_b
        if abs(va - vb) <= max(tol(a) * scale_a, tol(b) * scale_b):
            return
        for f in SCALES:
            if abs(va * f - vb) <= EPS * 10 or abs(vb * f - va) <= EPS * 10:
                self.err("unit_mismatch", f"{label}: {a} vs {b} differ by a factor {f}")
                return
        self.err("conflicting_values", f"{label}: {a} vs {b}")

    def same_text(self, label, a, b):
        if a.strip() != b.strip():
            self.err("conflicting_values", f"{label}: {a!r} vs {b!r}")

    def balance(self, label, stated, a, b):
        c = num(a) - num(b)
        if not near(stated, c):
            self.err("balance_mismatch", f"{label}: stated {stated}, computed {c}")

    def diff(self, label, stated, a, b):
        c = num(a) - num(b)
        if not near(stated, c):
            self.err("sum_mismatch", f"{label}: stated difference {stated}, computed {c}")

    def avg(self, label, stated, items):
        c = sum(num(x) for x in items) / len(items)
        if not near(stated, c):
            self.err("average_mismatch", f"{label}: stated {stated}, mean {r2(c)}")

    def avg_total(self, label, stated, total, count, scale=Decimal(1)):
        c = num(total) * scale / num(count)
        if not near(stated, c):
            self.err("average_mismatch", f"{label}: stated {stated}, computed {r2(c)}")

    def grade(self, label, g, total):
        g = GRADE_NORM.get(g.strip())
        if g is None:
            raise ParseError(f"{label}: unknown grade")
        if g != band(num(total)):
            self.err("grade_mismatch", f"{label}: grade {g} for total {total} (band {band(num(total))})")

    def pct_max(self, label, stated):
        if num(stated) > 100:
            self.err("implausible_rate", f"{label}: {stated} above 100%")

    def years(self):
        y = self.year
        for m in re.finditer(r"结转至(\d{4})年", self.t):
            if int(m.group(1)) <= y:
                self.err("year_mismatch", f"carry-over to {m.group(1)} in a {y} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != y:
                self.err("year_mismatch", f"year-end position dated {m.group(1)} in a {y} report")
        for m in re.finditer(r"(\d{4})年(\d{1,2})月[^，。；\n]{0,12}?下达", self.t):
            yy, mm = int(m.group(1)), int(m.group(2))
            if not (yy == y or (yy == y - 1 and mm == 12)):
                self.err("year_mismatch", f"funds issued {yy}-{mm} for a {y} budget")
        for m in re.finditer(r"(\d{4})年度", self.t):
            if int(m.group(1)) != y:
                self.err("year_mismatch", f"{m.group(1)}年度 in a {y} report")

    # -- indicator rows: dicts with name, target, actual, comp, w, s
    def indicator(self, r):
        w, s = num(r["w"]), num(r["s"])
        if s > w or s < 0:
            self.err("score_exceeds_weight", f"{r['name']}: score {r['s']} vs weight {r['w']}")
        tq, aq = parse_q(r["target"]), parse_q(r["actual"])
        if tq[0] == "num" and aq[0] == "num":
            if tq[3] != aq[3]:
                self.err("unit_mismatch", f"{r['name']}: target unit {tq[3]!r}, actual unit {aq[3]!r}")
                return
            direction, t, a = tq[1], tq[2], aq[2]
            if direction == "lte":
                comp = Decimal(100) if a <= t else t / a * 100
            else:
                comp = a / t * 100
            if is_dash(r["comp"]):
                self.err("completion_mismatch", f"{r['name']}: no completion printed, computed {r2(comp)}%")
            elif not near(r["comp"], comp):
                self.err("completion_mismatch", f"{r['name']}: stated {r['comp']}, computed {r2(comp)}%")
            if "满意度" in r["name"] and aq[3] == "%" and a > 100:
                self.err("implausible_rate", f"{r['name']}: satisfaction {r['actual']}")
            exp = w if comp >= 100 else w * comp / 100
            alt = w * min(Decimal(100), num(r["comp"])) / 100 if not is_dash(r["comp"]) else exp
            if not (near(r["s"], exp) or near(r["s"], alt)) and s <= w:
                self.warn(f"score_rule_mismatch {r['name']}: score {r['s']}, rule gives {r2(exp)}")
        elif tq[0] == "date" and aq[0] == "date":
            if aq[1] > tq[1]:
                self.warn(f"score_rule_mismatch {r['name']}: completed after the deadline")
            if not is_dash(r["comp"]):
                self.err("completion_mismatch", f"{r['name']}: completion {r['comp']} for a date target")
        elif tq[0] == "text" and aq[0] == "text":
            if "达成年度指标" in r["actual"] and not (Decimal("0.8") * w <= s <= w) and s <= w:
                self.warn(f"score_rule_mismatch {r['name']}: qualitative score {r['s']} outside [80%,100%]")
        else:
            self.err("unit_mismatch", f"{r['name']}: target {r['target']!r} and actual {r['actual']!r} not comparable")


def pipe(ln):
    return ln.split("｜")


def tab(ln):
    return ln.split("\t")


def spaces(ln):
    return re.split(r" {2,}", ln.strip())


def find_row(rows, name):
    hits = [r for r in rows if r["name"] == name]
    if len(hits) != 1:
        raise ParseError(f"indicator {name!r} found {len(hits)} times")
    return hits[0]


def funds_rows(rows):
    out = {}
    for r in rows:
        if r[0] in out:
            raise ParseError(f"duplicate funds row {r[0]}")
        out[r[0]] = r
    return out


def qnum(s):
    """The number of an indicator value ('46家' -> '46')."""
    q = parse_q(s)
    if q[0] != "num":
        raise ParseError(f"not a number: {s!r}")
    m = re.search(r"\d+(?:\.\d+)?", s)
    return m.group(0)


# ================================================================ per-draft checks

def check_fj(c):
    """莆田市涵江区 2019: ｜ tables."""
    t1 = funds_rows(c.table(r"^资金类别｜年初预算数", pipe))
    tot = t1["年度资金总额"]
    comps = [t1["其中：当年财政拨款"], t1["上年结转资金"], t1["其他资金"]]
    for name, r in t1.items():
        c.rate(f"表1 {name}", r[4], r[3], r[2])
    for col in (1, 2, 3):
        c.total(f"表1 总额 col{col}", tot[col], [x[col] for x in comps])
    t2 = funds_rows(c.table(r"^子项目｜年初预算数", pipe))
    for name, r in t2.items():
        c.rate(f"表2 {name}", r[4], r[3], r[2])
    subs = [r for n, r in t2.items() if n != "合计"]
    for col in (1, 2, 3):
        c.total(f"表2 合计 col{col}", t2["合计"][col], [r[col] for r in subs])
        c.same(f"表2 合计 vs 表1 总额 col{col}", t2["合计"][col], tot[col])

    ini = c.grab(r"项目年初预算([\d.]+)万元")
    ann, prov, city, dist = c.grab(r"全年预算([\d.]+)万元，其中省级外经贸发展专项资金([\d.]+)万元、市级配套([\d.]+)万元、区级财政安排([\d.]+)万元")
    c.same("年初预算 prose vs 表1", ini, tot[1])
    c.same("全年预算 prose vs 表1", ann, tot[2])
    c.total("资金来源 省+市+区", ann, [prov, city, dist])
    rec, rec_rate = c.grab(r"实际到位([\d.]+)万元，到位率([\d.]+%)")
    c.rate("到位率", rec_rate, rec, ann)
    c.note("预算总额不变" in c.t and num(ini) == num(ann), "预算总额不变 but 年初 != 全年")
    adj = c.grab(r"调减([\d.]+)万元")
    c.diff("人才培训调减", adj, t2["跨境电商人才培训"][1], t2["跨境电商人才培训"][2])
    c.diff("平台入驻调增", adj, t2["平台入驻及推广补助"][2], t2["平台入驻及推广补助"][1])
    spent, yuan = c.grab(r"累计支付([\d.]+)万元（([\d,]+)元）")
    c.same("累计支付 vs 表1", spent, tot[3])
    c.same("累计支付 万元 vs 元", spent, yuan, Decimal(1), Decimal("0.0001"))
    c.rate("prose 预算执行率", c.grab(r"预算执行率([\d.]+%)，高于"), spent, ann)
    c.balance("年末结余 (到位-执行)", c.grab(r"年末结余([\d.]+)万元"), rec, spent)
    n, amt, per = c.grab(r"(\d+)家企业共获补([\d.]+)万元，平均每家([\d.]+)万元")
    c.avg_total("海外仓补贴 平均每家", per, amt, n)
    c.same("海外仓补贴 共获补 vs 表2", amt, t2["公共海外仓租赁补贴"][3])

    raw = c.table(r"^一级指标｜二级指标", pipe)
    rows = [dict(l1=x[0], name=x[2], target=x[3], actual=x[4], comp=x[5], w=x[6], s=x[7])
            for x in raw if x[0] != "合计"]
    tot_row = [x for x in raw if x[0] == "合计"]
    if len(tot_row) != 1:
        raise ParseError("表3 合计")
    tw, ts = tot_row[0][6], tot_row[0][7]
    for r in rows:
        c.indicator(r)
    ex = find_row(rows, "预算执行率")
    c.rate("表3 预算执行率 实际完成值", ex["actual"], spent, ann)
    c.total("表3 Σ分值", tw, [r["w"] for r in rows], "weight_sum_mismatch", money=False)
    c.total("表3 合计分值 = 100", "100", [tw], "weight_sum_mismatch", money=False)
    c.total("表3 Σ得分", ts, [r["s"] for r in rows], "score_sum_mismatch", money=False)

    s1, s2, s3, sa = c.grab(r"分别培训(\d+)人次、(\d+)人次和(\d+)人次，平均每期(\d+)人次")
    c.avg("培训 平均每期", sa, [s1, s2, s3])
    train = find_row(rows, "培训跨境电商从业人员")
    c.total("三期培训合计 vs 表3", qnum(train["actual"]), [s1, s2, s3], money=False)
    n46, a, b, d = c.grab(r"扶持跨境电商企业(\d+)家，其中生产型、贸易型和服务型企业分别为(\d+)家、(\d+)家和(\d+)家")
    c.same("扶持企业数 prose vs 表3", n46, qnum(find_row(rows, "扶持跨境电商企业数")["actual"]))
    c.total("扶持企业分类", n46, [a, b, d], money=False)
    n18, more = c.grab(r"新增使用公共海外仓企业(\d+)家，比目标多(\d+)家")
    wh = find_row(rows, "新增使用公共海外仓企业数")
    c.same("海外仓企业 prose vs 表3", n18, qnum(wh["actual"]))
    c.diff("比目标多", more, n18, qnum(wh["target"]))
    n552, less = c.grab(r"培训从业人员(\d+)人次，比目标少(\d+)人次")
    c.same("培训人次 prose vs 表3", n552, qnum(train["actual"]))
    c.diff("比目标少", less, qnum(train["target"]), n552)
    tr_spent = c.grab(r"人才培训支出([\d.]+)万元")
    c.same("培训支出 vs 表2", tr_spent, t2["跨境电商人才培训"][3])
    c.avg_total("人均培训成本 (元)", qnum(find_row(rows, "人均培训成本")["actual"]), tr_spent, n552, Decimal(10000))
    c.same("拨付及时率 prose vs 表3", c.grab(r"拨付及时率([\d.]+%)"), find_row(rows, "补助资金拨付及时率")["actual"])
    vol, times = c.grab(r"交易额([\d.]+)亿元，约为目标值的([\d.]+)倍")
    vr = find_row(rows, "扶持企业跨境电商交易额")
    c.same("交易额 prose vs 表3", vol, qnum(vr["actual"]))
    c.note(abs(num(vol) / num(qnum(vr["target"])) - num(times)) <= tol(times), "约…倍 approximation")
    dec, dec_t = c.grab(r"单票物流成本平均下降([\d.]+)%，好于(\d+)%的目标")
    lr = find_row(rows, "海外仓企业单票物流成本降低率")
    c.same("物流成本降低 prose vs 表3", dec, qnum(lr["actual"]))
    c.same("物流成本降低目标 prose vs 表3", dec_t, qnum(lr["target"]))
    job, job_t = c.grab(r"带动跨境电商就业(\d+)人，略低于(\d+)人的目标")
    jr = find_row(rows, "带动跨境电商就业人数")
    c.same("就业 prose vs 表3", job, qnum(jr["actual"]))
    c.same("就业目标 prose vs 表3", job_t, qnum(jr["target"]))
    sat = c.grab(r"扶持企业满意度为([\d.]+%)")
    c.same("满意度 prose vs 表3", sat, find_row(rows, "扶持企业满意度")["actual"])
    c.pct_max("满意度 prose", sat)

    g = c.grab(r"扶持跨境电商企业不少于(\d+)家，新增使用公共海外仓企业不少于(\d+)家，培训从业人员不少于(\d+)人次，扶持企业跨境电商交易额达到([\d.]+)亿元以上，服务对象满意度不低于(\d+)%")
    for v, nm in zip(g, ["扶持跨境电商企业数", "新增使用公共海外仓企业数", "培训跨境电商从业人员", "扶持企业跨境电商交易额",
                         "扶持企业满意度"]):
        c.same(f"绩效目标 {nm} vs 表3 指标值", v, qnum(find_row(rows, nm)["target"]))

    we, se, wo, so = c.grab(r"预算执行率指标(\d+)分，得([\d.]+)分；产出、效益和满意度指标共(\d+)分，得([\d.]+)分")
    c.same("执行率分值 prose vs 表3", we, ex["w"])
    c.same("执行率得分 prose vs 表3", se, ex["s"])
    others = [r for r in rows if r is not ex]
    c.total("产出效益满意度 分值", wo, [r["w"] for r in others], "weight_sum_mismatch", money=False)
    c.total("产出效益满意度 得分", so, [r["s"] for r in others], "score_sum_mismatch", money=False)
    total, g = c.grab(r"项目自评得分([\d.]+)分，评价等级为(\S)")
    c.total("prose 自评得分", total, [r["s"] for r in rows], "score_sum_mismatch", money=False)
    c.grade("prose 等级", g, total)


def check_zj(c):
    """湖州市南浔区 2021: space-aligned tables."""
    t1 = funds_rows(c.table(r"^子项目 +年初预算", spaces))
    for name, r in t1.items():
        c.rate(f"表1 {name}", r[4], r[3], r[2])
    subs = [r for n, r in t1.items() if n != "合计"]
    tot = t1["合计"]
    for col in (1, 2, 3):
        c.total(f"表1 合计 col{col}", tot[col], [r[col] for r in subs])
    ini, add, ann = c.grab(r"项目年初预算([\d.]+)万元，9月经区政府同意追加([\d.]+)万元用于企业培育奖励，全年预算([\d.]+)万元")
    c.total("年初+追加=全年", ann, [ini, add])
    c.same("年初 prose vs 表1", ini, tot[1])
    c.same("全年 prose vs 表1", ann, tot[2])
    c.diff("追加 = 培育奖励 全年-年初", add, t1["跨境电商企业培育奖励"][2], t1["跨境电商企业培育奖励"][1])
    rec = c.grab(r"全年实际到位([\d.]+)万元")
    c.note(num(rec) <= num(ann), "到位 above 全年预算")
    spent, rate, bal = c.grab(r"全年实际支出([\d.]+)万元，执行率([\d.]+%)，年末结余([\d.]+)万元")
    c.same("支出 prose vs 表1", spent, tot[3])
    c.rate("prose 执行率", rate, spent, ann)
    c.balance("年末结余 (到位-执行)", bal, rec, spent)
    low = c.grab(r"公共服务平台运维执行率低于(\d+)%")
    pr = t1["公共服务平台运维"]
    c.note(num(pr[3]) / num(pr[2]) * 100 < num(low), "平台运维执行率低于90% statement")

    raw = c.table(r"^一级指标 +二级指标", spaces, stop=("合计：",))
    rows, l1 = [], None
    for x in raw:
        if len(x) == 8:
            l1 = x[0]
        name, target, actual, comp, w, s = x[-6:]
        rows.append(dict(l1=l1, name=name, target=target, actual=actual, comp=comp, w=w, s=s))
    for r in rows:
        c.indicator(r)
    tw, ts = c.grab(r"合计：分值(\d+)分，得分([\d.]+)分")
    c.total("表2 Σ分值", tw, [r["w"] for r in rows], "weight_sum_mismatch", money=False)
    c.total("合计分值 = 100", "100", [tw], "weight_sum_mismatch", money=False)
    c.total("表2 Σ得分", ts, [r["s"] for r in rows], "score_sum_mismatch", money=False)
    c.rate("表2 预算执行率 实际完成值", find_row(rows, "预算执行率")["actual"], spent, ann)

    per, cap = c.grab(r"每平方米仓储面积的建设补助为([\d.]+)元，低于每平方米(\d+)元的成本控制目标")
    area = find_row(rows, "公共海外仓新增仓储面积")
    cost = find_row(rows, "单位仓储面积建设补助")
    c.avg_total("每平方米建设补助 (元)", per, t1["公共海外仓建设补助"][3], qnum(area["actual"]))
    c.same("每平方米建设补助 prose vs 表2", per, qnum(cost["actual"]))
    c.same("每平方米控制目标 prose vs 表2", cap, qnum(cost["target"]))
    a2, comp2 = c.grab(r"新增仓储面积([\d.]+)万平方米，完成年度目标的([\d.]+%)")
    c.same("仓储面积 prose vs 表2", a2, qnum(area["actual"]))
    if not near(comp2, num(a2) / num(qnum(area["target"])) * 100):
        c.err("completion_mismatch", "prose 完成年度目标的…%")
    c.note(abs(num(c.grab(r"约([\d.]+)万平方米的仓容")) - num(a2)) <= Decimal("0.05"), "约1.8万平方米")
    c.same("重点企业 prose vs 表2", c.grab(r"全年培育跨境电商重点企业(\d+)家"),
           qnum(find_row(rows, "培育跨境电商重点企业")["actual"]))
    c.same("订单准确率 prose vs 表2", c.grab(r"海外仓订单准确率([\d.]+%)"), find_row(rows, "海外仓订单准确率")["actual"])
    tim, tim_t = c.grab(r"补助资金兑付及时率([\d.]+%)，未达到(\d+)%的目标")
    tr = find_row(rows, "补助资金兑付及时率")
    c.same("兑付及时率 prose vs 表2", tim, tr["actual"])
    c.same("兑付及时率目标 prose vs 表2", tim_t, qnum(tr["target"]))
    c.same("跨境出口 prose vs 表2", c.grab(r"2021年海外仓带动全区跨境出口([\d.]+)亿元"),
           qnum(find_row(rows, "海外仓带动跨境出口额")["actual"]))
    c.same("从业人员 prose vs 表2", c.grab(r"新增跨境电商从业人员(\d+)人"),
           qnum(find_row(rows, "新增跨境电商从业人员")["actual"]))
    sat, sat_t = c.grab(r"入仓企业满意度为([\d.]+%)，略低于(\d+)%的目标")
    sr = find_row(rows, "入仓企业满意度")
    c.same("满意度 prose vs 表2", sat, sr["actual"])
    c.same("满意度目标 prose vs 表2", sat_t, qnum(sr["target"]))
    c.pct_max("满意度 prose", sat)
    c.pct_max("清关服务满意度", c.grab(r"清关服务的满意度为([\d.]+%)"))
    c.grade("综合自评等级", c.grab(r"综合自评等级为(\S)"), ts)
    g = c.grab(r"支持建设公共海外仓(\d+)个，新增海外仓储面积([\d.]+)万平方米以上，培育跨境电商重点企业(\d+)家以上；海外仓带动全区跨境出口([\d.]+)亿元以上；入仓企业平均头程时效控制在(\d+)天以内；入仓企业满意度不低于(\d+)%")
    for v, nm in zip(g, ["支持建设公共海外仓数量", "公共海外仓新增仓储面积", "培育跨境电商重点企业", "海外仓带动跨境出口额",
                         "入仓企业平均头程时效", "入仓企业满意度"]):
        c.same(f"绩效目标 {nm} vs 表2 指标值", v, qnum(find_row(rows, nm)["target"]))


def check_js(c):
    """南通市海门区 2023: tab-separated tables with level subtotals."""
    t1 = funds_rows(c.table(r"^项目\t年初预算数", tab))
    tot = t1["年度资金总额"]
    comps = [t1["其中：当年财政拨款"], t1["上年结转资金"], t1["其他资金"]]
    for name, r in t1.items():
        c.rate(f"表1 {name}", r[4], r[3], r[2])
    for col in (1, 2, 3):
        c.total(f"表1 总额 col{col}", tot[col], [x[col] for x in comps])
    t2 = funds_rows(c.table(r"^子项目\t全年预算数", tab))
    for name, r in t2.items():
        c.rate(f"表2 {name}", r[3], r[2], r[1])
    subs = [r for n, r in t2.items() if n != "合计"]
    for col in (1, 2):
        c.total(f"表2 合计 col{col}", t2["合计"][col], [r[col] for r in subs])
        c.same(f"表2 合计 vs 表1 总额 col{col}", t2["合计"][col], tot[col + 1])

    ini, prov, adv, rest, dist = c.grab(
        r"项目年初预算([\d.]+)万元，均为当年财政拨款，其中省级商务发展专项资金([\d.]+)万元（含\d{4}年12月提前下达的([\d.]+)万元，其余([\d.]+)万元于\d{4}年\d+月下达）、区级配套([\d.]+)万元")
    c.total("当年财政拨款 省+区", ini, [prov, dist])
    c.total("省级 提前下达+其余", prov, [adv, rest])
    c.same("年初 prose vs 表1", ini, tot[1])
    c.same("年初财政拨款 prose vs 表1", ini, t1["其中：当年财政拨款"][1])
    carry = c.grab(r"另有上年结转资金([\d.]+)万元")
    ann = c.grab(r"全年预算为([\d.]+)万元")
    c.total("全年 = 年初 + 结转", ann, [ini, carry])
    c.same("结转 prose vs 表1", carry, t1["上年结转资金"][2])
    c.same("全年 prose vs 表1", ann, tot[2])
    spent, rate = c.grab(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.same("支出 prose vs 表1", spent, tot[3])
    c.rate("prose 执行率", rate, spent, ann)
    c.balance("未使用资金 (全年-执行)", c.grab(r"年末未使用资金([\d.]+)万元"), ann, spent)

    raw = c.table(r"^一级指标\t二级指标", tab)
    rows, subtot, l1, total_row = [], {}, None, None
    for x in raw:
        if x[0] == "合计":
            total_row = x
        elif x[0].endswith("小计"):
            subtot[x[0][:-2]] = x
        else:
            if x[0]:
                l1 = x[0]
            rows.append(dict(l1=l1, name=x[2], target=x[3], actual=x[4], comp=x[5], w=x[6], s=x[7]))
    if total_row is None or len(subtot) != 2:
        raise ParseError("表3 合计/小计")
    for r in rows:
        c.indicator(r)
    for lvl, x in subtot.items():
        lr = [r for r in rows if r["l1"] == lvl]
        c.total(f"{lvl}小计 分值", x[6], [r["w"] for r in lr], "weight_sum_mismatch", money=False)
        c.total(f"{lvl}小计 得分", x[7], [r["s"] for r in lr], "score_sum_mismatch", money=False)
    c.total("表3 Σ分值", total_row[6], [r["w"] for r in rows], "weight_sum_mismatch", money=False)
    c.total("合计分值 = 100", "100", [total_row[6]], "weight_sum_mismatch", money=False)
    c.total("表3 Σ得分", total_row[7], [r["s"] for r in rows], "score_sum_mismatch", money=False)
    rest_rows = [r for r in rows if r["l1"] not in subtot]
    c.total("表3 合计得分 = 其他行 + 小计", total_row[7], [r["s"] for r in rest_rows] + [x[7] for x in subtot.values()],
            "score_sum_mismatch", money=False)
    c.rate("表3 预算执行率 实际完成值", find_row(rows, "预算执行率")["actual"], spent, ann)

    c.same("服务企业 prose vs 表3", c.grab(r"服务本地企业(\d+)家"), qnum(find_row(rows, "海外仓服务企业数")["actual"]))
    c.same("新培育 prose vs 表3", c.grab(r"新培育跨境电商企业(\d+)家，未完成目标"),
           qnum(find_row(rows, "新培育跨境电商企业")["actual"]))
    ppl, tr_spent, passr = c.grab(r"开展人才实训(\d+)人次，实训支出([\d.]+)万元，结业考核合格率([\d.]+%)")
    c.same("实训人次 prose vs 表3", ppl, qnum(find_row(rows, "跨境电商人才实训")["actual"]))
    c.same("实训支出 prose vs 表2", tr_spent, t2["跨境电商人才实训"][2])
    c.same("合格率 prose vs 表3", passr, find_row(rows, "实训结业考核合格率")["actual"])
    c.avg_total("人均实训成本 (元)", qnum(find_row(rows, "人均实训成本")["actual"]), tr_spent, ppl, Decimal(10000))
    y, m, d = c.grab(r"奖补资金于(\d{4})年(\d+)月(\d+)日前全部兑付到位")
    c.same_text("兑付日期 prose vs 表3", f"{y}年{m}月{d}日", find_row(rows, "奖补资金兑付完成时间")["actual"])
    vol, approx = c.grab(r"进出口额([\d.]+)亿元，接近(\d+)亿元")
    c.same("进出口额 prose vs 表3", vol, qnum(find_row(rows, "海外仓带动跨境电商进出口额")["actual"]))
    c.note(num(approx) - 1 < num(vol) <= num(approx), "接近6亿元")
    c.same("物流成本下降 prose vs 表3", c.grab(r"物流成本平均下降([\d.]+%)"),
           find_row(rows, "企业海外仓物流成本下降幅度")["actual"])
    job, job_t = c.grab(r"带动就业(\d+)人，略低于(\d+)人的目标")
    jr = find_row(rows, "带动就业人数")
    c.same("就业 prose vs 表3", job, qnum(jr["actual"]))
    c.same("就业目标 prose vs 表3", job_t, qnum(jr["target"]))
    u1, u2, u3, ua = c.grab(r"仓容利用率分别为([\d.]+)%、([\d.]+)%和([\d.]+)%，平均([\d.]+)%")
    c.avg("仓容利用率 平均", ua, [u1, u2, u3])
    low = c.grab(r"个别海外仓仓容利用率不足(\d+)%")
    c.note(min(num(u1), num(u2), num(u3)) < num(low), "不足80%")
    sat = c.grab(r"综合满意度为([\d.]+%)")
    c.same("满意度 prose vs 表3", sat, find_row(rows, "企业满意度")["actual"])
    c.pct_max("满意度 prose", sat)
    g = c.grab(r"支持公共海外仓(\d+)个，服务企业(\d+)家以上；新培育跨境电商企业(\d+)家以上；开展人才实训(\d+)人次以上；海外仓带动跨境电商进出口额(\d+)亿元以上；企业满意度(\d+)%以上")
    for v, nm in zip(g, ["支持公共海外仓数量", "海外仓服务企业数", "新培育跨境电商企业", "跨境电商人才实训",
                         "海外仓带动跨境电商进出口额", "企业满意度"]):
        c.same(f"绩效目标 {nm} vs 表3 指标值", v, qnum(find_row(rows, nm)["target"]))
    c.same("海外仓个数 prose vs 表3", c.grab(r"全年支持公共海外仓(\d+)个，分别位于"),
           qnum(find_row(rows, "支持公共海外仓数量")["actual"]))
    c.same("利用率 海外仓个数", c.grab(r"(\d+)个海外仓年末仓容利用率分别为"), "3")
    c.same("问卷企业数 vs 表3", c.grab(r"通过线上问卷对(\d+)家入仓企业"), qnum(find_row(rows, "海外仓服务企业数")["actual"]))
    nr = find_row(rows, "新培育跨境电商企业")
    c.diff("新培育 未完成差额", c.grab(r"主要是(\d+)家企业未通过海关备案审核"), qnum(nr["target"]), qnum(nr["actual"]))
    total, g = c.grab(r"本项目自评得分([\d.]+)分，评价等级为(\S)")
    c.total("prose 自评得分", total, [r["s"] for r in rows], "score_sum_mismatch", money=False)
    c.grade("prose 等级", g, total)


def check_gd(c):
    """江门市蓬江区商务局 2024 部门整体支出: space-aligned tables."""
    t1 = funds_rows(c.table(r"^支出项目 +年初预算", spaces))
    for name, r in t1.items():
        c.rate(f"表1 {name}", r[4], r[3], r[2])
    basic, proj, tot = t1["一、基本支出"], t1["二、项目支出"], t1["合计"]
    basic_parts = [t1["其中：人员经费"], t1["日常公用经费"]]
    proj_parts = [t1["其中：跨境电商公共海外仓建设扶持"], t1["外贸企业培育及出口信保补助"],
                  t1["电子商务进农村综合示范"], t1["境外展会参展补贴"]]
    for col in (1, 2, 3):
        c.total(f"基本支出 col{col}", basic[col], [x[col] for x in basic_parts])
        c.total(f"项目支出 col{col}", proj[col], [x[col] for x in proj_parts])
        c.total(f"合计 col{col}", tot[col], [basic[col], proj[col]])

    c.total("编制", *(lambda g: (g[0], [g[1], g[2]]))(c.grab(r"核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名")),
            money=False)
    ann, ini, add, carry = c.grab(r"部门全年预算([\d.]+)万元，由年初预算([\d.]+)万元、年中追加([\d.]+)万元和上年结转资金([\d.]+)万元组成")
    c.total("全年 = 年初+追加+结转", ann, [ini, add, carry])
    c.same("全年 prose vs 表1", ann, tot[2])
    c.same("年初 prose vs 表1", ini, tot[1])
    ca, cb = c.grab(r"其中外贸企业培育([\d.]+)万元、电子商务进农村([\d.]+)万元")
    c.total("上年结转构成", carry, [ca, cb])
    spent, rate = c.grab(r"全年支出([\d.]+)万元，执行率([\d.]+%)，上年度")
    c.same("支出 prose vs 表1", spent, tot[3])
    c.rate("prose 执行率", rate, spent, ann)
    bs, ps = c.grab(r"其中基本支出([\d.]+)万元，项目支出([\d.]+)万元")
    c.same("基本支出 prose vs 表1", bs, basic[3])
    c.same("项目支出 prose vs 表1", ps, proj[3])
    bal, pbal, bbal = c.grab(r"年末结余结转资金([\d.]+)万元，其中项目支出未使用资金([\d.]+)万元已结转至\d{4}年继续使用，基本支出结余([\d.]+)万元")
    c.balance("结余结转 合计", bal, ann, spent)
    c.balance("项目支出未使用", pbal, proj[2], proj[3])
    c.balance("基本支出结余", bbal, basic[2], basic[3])
    c.total("结余结转构成", bal, [pbal, bbal])
    sg_b, sg_s, sg_r = c.grab(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，控制率([\d.]+%)")
    c.rate("三公经费控制率", sg_r, sg_s, sg_b)
    c.rate("外贸培育 执行率仅为", c.grab(r"执行率仅为([\d.]+%)"), t1["外贸企业培育及出口信保补助"][3],
           t1["外贸企业培育及出口信保补助"][2])

    raw = c.table(r"^一级指标 +二级指标", spaces)
    rows, l1, total_row = [], None, None
    for x in raw:
        if x[0] == "合计":
            total_row = x
            continue
        if len(x) == 8:
            l1 = x[0]
        name, target, actual, comp, w, s = x[-6:]
        rows.append(dict(l1=l1, name=name, target=target, actual=actual, comp=comp, w=w, s=s))
    if total_row is None:
        raise ParseError("表2 合计")
    for r in rows:
        c.indicator(r)
    c.total("表2 Σ分值", total_row[1], [r["w"] for r in rows], "weight_sum_mismatch", money=False)
    c.total("合计分值 = 100", "100", [total_row[1]], "weight_sum_mismatch", money=False)
    c.total("表2 Σ得分", total_row[2], [r["s"] for r in rows], "score_sum_mismatch", money=False)
    c.rate("表2 部门预算执行率", find_row(rows, "部门预算执行率")["actual"], spent, ann)
    c.rate("表2 结转结余率", find_row(rows, "结转结余率")["actual"], num(ann) - num(spent), ann)
    c.same("三公控制率 prose vs 表2", sg_r, find_row(rows, "“三公”经费控制率")["actual"])

    levels = c.grab(r"预算执行类指标(\d+)分，得([\d.]+)分；产出指标(\d+)分，得([\d.]+)分；效益指标(\d+)分，得([\d.]+)分；满意度指标(\d+)分，得([\d.]+)分")
    for i, lvl in enumerate(["预算执行", "产出指标", "效益指标", "满意度指标"]):
        lr = [r for r in rows if r["l1"] == lvl]
        c.total(f"{lvl} 分值", levels[2 * i], [r["w"] for r in lr], "weight_sum_mismatch", money=False)
        c.total(f"{lvl} 得分", levels[2 * i + 1], [r["s"] for r in lr], "score_sum_mismatch", money=False)

    c.same("海外仓个数 prose vs 表2", c.grab(r"建设公共海外仓(\d+)个，仓储面积分别为"),
           qnum(find_row(rows, "支持公共海外仓数量")["actual"]))
    w1, w2, wt = c.grab(r"仓储面积分别为([\d.]+)万平方米和([\d.]+)万平方米，合计([\d.]+)万平方米")
    c.total("海外仓面积", wt, [w1, w2], money=False)
    hb, hs, hbal = c.grab(r"海外仓建设扶持项目全年预算([\d.]+)万元，支出([\d.]+)万元，结余([\d.]+)万元")
    hrow = t1["其中：跨境电商公共海外仓建设扶持"]
    c.same("海外仓项目预算 prose vs 表1", hb, hrow[2])
    c.same("海外仓项目支出 prose vs 表1", hs, hrow[3])
    c.balance("海外仓项目结余", hbal, hb, hs)
    d1, d2 = c.grab(r"退换货平均处理时效为(\d+)天，优于(\d+)天以内的目标")
    dr = find_row(rows, "海外仓退换货处理时效")
    c.same("退换货时效 prose vs 表2", d1, qnum(dr["actual"]))
    c.same("退换货时效目标 prose vs 表2", d2, qnum(dr["target"]))
    n61, n38, n23 = c.grab(r"培育外贸及跨境电商主体(\d+)家，其中跨境电商企业(\d+)家、传统外贸企业(\d+)家")
    c.same("培育主体 prose vs 表2", n61, qnum(find_row(rows, "培育外贸及跨境电商主体")["actual"]))
    c.total("培育主体构成", n61, [n38, n23], money=False)
    c.same("信保覆盖 prose vs 表2", c.grab(r"保费补贴覆盖企业(\d+)家"), qnum(find_row(rows, "出口信保覆盖企业数")["actual"]))
    vol, vol_t = c.grab(r"全区跨境电商进出口额([\d.]+)亿元，超过(\d+)亿元的年度目标")
    vr = find_row(rows, "跨境电商进出口额")
    c.same("进出口额 prose vs 表2", vol, qnum(vr["actual"]))
    c.same("进出口额目标 prose vs 表2", vol_t, qnum(vr["target"]))
    st, st_less = c.grab(r"建成农村电商服务站点(\d+)个，比目标少(\d+)个")
    sr = find_row(rows, "农村电商服务站点建设数")
    c.same("站点 prose vs 表2", st, qnum(sr["actual"]))
    c.diff("站点 比目标少", st_less, qnum(sr["target"]), st)
    c.same("培训人次 prose vs 表2", c.grab(r"组织电商培训(\d+)人次"), qnum(find_row(rows, "电商培训人次")["actual"]))
    g1, g1_t = c.grab(r"农村网络零售额增长([\d.]+%)，略低于(\d+)%的目标")
    gr = find_row(rows, "农村网络零售额增长率")
    c.same("零售额增长 prose vs 表2", g1, gr["actual"])
    c.same("零售额增长目标 prose vs 表2", g1_t, qnum(gr["target"]))
    sat = c.grab(r"服务对象满意度为([\d.]+%)")
    c.same("满意度 prose vs 表2", sat, find_row(rows, "服务对象满意度")["actual"])
    c.pct_max("满意度 prose", sat)

    p1, p2, p3, pa = c.grab(r"自评得分分别为([\d.]+)分、([\d.]+)分和([\d.]+)分，平均([\d.]+)分")
    c.avg("项目自评 平均分", pa, [p1, p2, p3])
    c.grade("电子商务进农村 等级", c.grab(r"因站点建设数量未达目标，自评等级为(\S)"), p3)
    g_rest = c.grab(r"其余两个项目自评等级为(\S)")
    c.grade("海外仓项目 等级", g_rest, p1)
    c.grade("外贸培育项目 等级", g_rest, p2)
    total, g = c.grab(r"部门整体支出绩效自评得分([\d.]+)分，评价等级为(\S)")
    c.total("prose 自评得分", total, [r["s"] for r in rows], "score_sum_mismatch", money=False)
    c.grade("部门 等级", g, total)


def check_sc(c):
    """德阳市旌阳区 2025: Sichuan table (10 + 90, 指标性质 / 度量单位 columns)."""
    fb = funds_rows(c.table(r"^项目资金（万元）｜", pipe, stop=("一级指标",)))
    tot = fb["年度资金总额"]
    comps = [fb["其中：财政资金"], fb["财政专户管理资金"], fb["单位资金"], fb["其他资金"]]
    for name, r in fb.items():
        c.rate(f"资金 {name}", r[5], r[3], r[2])
    for col in (1, 2, 3):
        c.total(f"资金 总额 col{col}", tot[col], [x[col] for x in comps])
    ew, es = tot[4], tot[6]
    if num(es) > num(ew) or num(es) < 0:
        c.err("score_exceeds_weight", "预算执行 score above its weight")
    exp = num(ew) * min(Decimal(100), num(tot[3]) / num(tot[2]) * 100) / 100
    if not (near(es, exp) or near(es, num(ew) * min(Decimal(100), num(tot[5])) / 100)):
        c.warn(f"score_rule_mismatch 预算执行: {es} vs {r2(exp)}")

    t1 = funds_rows(c.table(r"^子项目｜全年预算数", pipe))
    for name, r in t1.items():
        c.rate(f"表1 {name}", r[3], r[2], r[1])
    subs = [r for n, r in t1.items() if n != "合计"]
    for col in (1, 2):
        c.total(f"表1 合计 col{col}", t1["合计"][col], [r[col] for r in subs])
        c.same(f"表1 合计 vs 资金总额 col{col}", t1["合计"][col], tot[col + 1])

    ini, fis, oth = c.grab(r"年初预算([\d.]+)万元，其中财政资金([\d.]+)万元、其他资金([\d.]+)万元")
    c.total("年初 = 财政+其他", ini, [fis, oth])
    c.same("年初 prose vs 附件", ini, tot[1])
    c.same("年初财政 prose vs 附件", fis, fb["其中：财政资金"][1])
    c.same("年初其他 prose vs 附件", oth, fb["其他资金"][1])
    add, ann = c.grab(r"年中追加财政资金([\d.]+)万元，调整后全年预算([\d.]+)万元")
    c.total("全年 = 年初+追加", ann, [ini, add])
    c.diff("追加 = 财政 全年-年初", add, fb["其中：财政资金"][2], fb["其中：财政资金"][1])
    c.same("全年 prose vs 附件", ann, tot[2])
    fis_rec, rec_rate = c.grab(r"财政资金([\d.]+)万元于\d{4}年\d+月和\d+月分两批下达，到位率([\d.]+%)")
    c.same("财政资金下达 vs 附件全年", fis_rec, fb["其中：财政资金"][2])
    c.rate("财政资金到位率", rec_rate, fis_rec, fb["其中：财政资金"][2])
    oth2 = c.grab(r"其他资金([\d.]+)万元为孵化基地运营方配套的培训经费")
    c.same("其他资金 prose vs 附件", oth2, fb["其他资金"][2])
    c.same("其他资金 vs 人才培训子项目", oth2, t1["跨境电商人才培训"][1])
    spent, rate, bal = c.grab(r"全年实际支出([\d.]+)万元，执行率([\d.]+%)，未支出的([\d.]+)万元")
    c.same("支出 prose vs 附件", spent, tot[3])
    c.rate("prose 执行率", rate, spent, ann)
    c.balance("未支出 (全年-执行)", bal, ann, spent)

    raw = c.table(r"^一级指标｜二级指标｜三级指标｜指标性质", pipe, stop=("总分",))
    rows = []
    for x in raw:
        l1, l2, name, sign, val, unit, actual, comp, w, s = x
        sign = {"=": "", "＝": ""}.get(sign, sign)
        rows.append(dict(l1=l1, name=name, target=f"{sign}{val}{unit}", actual=f"{actual}{unit}",
                         comp=comp, w=w, s=s, bare=actual))
    for r in rows:
        c.indicator(r)
    tw, ts = c.grab(r"总分｜｜｜｜｜｜｜｜(\d+)｜([\d.]+)")
    c.total("Σ分值 (执行10 + 指标)", tw, [ew] + [r["w"] for r in rows], "weight_sum_mismatch", money=False)
    c.total("总分 = 100", "100", [tw], "weight_sum_mismatch", money=False)
    c.total("Σ得分 (执行 + 指标)", ts, [es] + [r["s"] for r in rows], "score_sum_mismatch", money=False)
    c.grade("附件 自评等级", c.grab(r"自评等级｜(\S)"), ts)
    c.grade("prose 自评等级", c.grab(r"自评等级为(\S)"), ts)

    def bare(name):
        return find_row(rows, name)["bare"]

    per, cap = c.grab(r"每票补贴(\d+)元，低于每票(\d+)元的控制标准")
    c.same("单票补贴 prose vs 附件", per, bare("海外仓单票补贴标准"))
    c.same("单票补贴上限 prose vs 附件", cap, qnum(find_row(rows, "海外仓单票补贴标准")["target"]))
    c.same("审核通过 vs 新增主体", c.grab(r"审核通过(\d+)家"), bare("新增跨境电商经营主体"))
    c.same("兑付周期 prose vs 附件", c.grab(r"平均兑付周期(\d+)天"), bare("奖补资金兑付周期"))
    a, b, d, e = c.grab(r"全年服务本地企业(\d+)家，新增跨境电商经营主体(\d+)家，完成人才培训(\d+)人次，海外仓订单履约率([\d.]+)%")
    c.same("服务企业 prose vs 附件", a, bare("公共海外仓服务企业数"))
    c.same("新增主体 prose vs 附件", b, bare("新增跨境电商经营主体"))
    c.same("培训 prose vs 附件", d, bare("跨境电商人才培训"))
    c.same("履约率 prose vs 附件", e, bare("海外仓订单履约率"))
    inc, inc_t = c.grab(r"孵化基地入驻企业(\d+)家，未达到(\d+)家的目标")
    c.same("入驻企业 prose vs 附件", inc, bare("孵化基地入驻企业数"))
    c.same("入驻企业目标 prose vs 附件", inc_t, qnum(find_row(rows, "孵化基地入驻企业数")["target"]))
    c.same("交易额 prose vs 附件", c.grab(r"跨境电商交易额([\d.]+)亿元，上年为"), bare("带动跨境电商交易额"))
    c.same("就业 prose vs 附件", c.grab(r"带动就业(\d+)人"), bare("带动就业人数"))
    ru, ru_t = c.grab(r"海外仓复用率([\d.]+)%，低于(\d+)%的目标")
    c.same("复用率 prose vs 附件", ru, bare("企业海外仓复用率"))
    c.same("复用率目标 prose vs 附件", ru_t, qnum(find_row(rows, "企业海外仓复用率")["target"]))
    g = c.grab(r"服务本地企业(\d+)家以上，新增跨境电商经营主体(\d+)家以上，孵化基地入驻企业(\d+)家以上，带动跨境电商交易额(\d+)亿元以上，入驻企业满意度达到(\d+)%")
    for v, nm in zip(g, ["公共海外仓服务企业数", "新增跨境电商经营主体", "孵化基地入驻企业数", "带动跨境电商交易额",
                         "入驻企业满意度"]):
        c.same(f"绩效目标 {nm} vs 附件 指标值", v, qnum(find_row(rows, nm)["target"]))
    sat, gap = c.grab(r"入驻企业满意度([\d.]+)%，较目标低([\d.]+)个百分点")
    sr = find_row(rows, "入驻企业满意度")
    c.same("满意度 prose vs 附件", sat, sr["bare"])
    c.diff("满意度 较目标低", gap, qnum(sr["target"]), sat)
    c.pct_max("满意度 prose", sat)


PROJECTS = {
    "fj-hanjiang-kuajingpeiyu-2019": (2019, check_fj),
    "zj-nanxun-haiwaicang-2021": (2021, check_zj),
    "js-haimen-haiwaicang-2023": (2023, check_js),
    "gd-pengjiang-shangwuju-bumen-2024": (2024, check_gd),
    "sc-jingyang-kuajing-2025": (2025, check_sc),
}


def run_checks(source, text):
    year, fn = PROJECTS[source]
    c = Checker(text, year)
    c.years()
    fn(c)
    return c


def one_edit(clean, case):
    """(start, end) of the changed region in `case`, and the lengths removed / inserted."""
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
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    sources = sorted({r["source"] for r in labels})
    if sorted(PROJECTS) != sources:
        problems.append(f"sources {sources} do not match the checked projects")
    code_count = {c: 0 for c in ERROR_CODES}
    cleans = {}
    for src in PROJECTS:
        with open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8") as fh:
            cleans[src] = fh.read()
        n = len(cleans[src])
        if not 1500 <= n <= 5000:
            problems.append(f"{src}: clean draft has {n} characters")

    for rec in labels:
        name, src = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            c = run_checks(src, text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        found = sorted({code for code, _ in c.errors})
        if rec["clean"]:
            if rec["expected"] != []:
                problems.append(f"{name}: clean case with expected findings")
            if c.errors or c.warnings or c.notes:
                problems.append(f"{name}: clean draft fails: {c.errors + [('warning', w) for w in c.warnings] + [('note', x) for x in c.notes]}")
            if text != cleans[src]:
                problems.append(f"{name}: differs from the clean source")
            continue
        exp = rec["expected"]
        if len(exp) != 1 or exp[0]["code"] not in ERROR_CODES or exp[0]["severity"] != "error":
            problems.append(f"{name}: expected must hold exactly one §A error label")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        code_count[code] += 1
        if found != [code]:
            problems.append(f"{name}: labelled {code}, checks fail with {found}: {c.errors}")
        if c.notes:
            problems.append(f"{name}: side statements broken: {c.notes}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {value!r} occurs {len(occ)} times")
            continue
        a, b, removed, inserted = one_edit(cleans[src], text)
        if removed == 0 and inserted == 0:
            problems.append(f"{name}: identical to the clean draft")
            continue
        if removed > 40 or inserted > 40:
            problems.append(f"{name}: edit too long ({removed} removed, {inserted} inserted)")
        vs, ve = occ[0], occ[0] + len(value)
        if b == a:
            b = a + 1
        if not (a < ve and vs < b):
            problems.append(f"{name}: the edit [{a},{b}) does not overlap the value [{vs},{ve})")

    for code, n in sorted(code_count.items()):
        if n < 2:
            problems.append(f"code {code} used {n} times (< 2)")

    if problems:
        for p in problems:
            print("FAIL:", p)
        return 1
    print("per code: " + ", ".join(f"{k}={v}" for k, v in sorted(code_count.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
