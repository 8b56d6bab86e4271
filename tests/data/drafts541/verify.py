#!/usr/bin/env python3
"""Verify drafts541: read every figure back from the case texts and redo the arithmetic.

Standard library + decimal only. For each project a spec reads the figures (regexes anchored on the
wording, and the tables parsed from their ｜ / | / tab layout) and runs the identities of rules.md §7
with the tolerance of §8. Findings carry an error code of errors.md §A (score_rule_mismatch is kept
as a warning and never counts).

Passes when:
  * every clean draft yields no finding at all (errors or warnings);
  * every error case yields its labelled code and no other error code;
  * every label value occurs exactly once in its case, and the case differs from its clean draft by
    one contiguous edit of at most 40 characters that overlaps the value;
  * every code of errors.md §A is used at least twice; 35 labels, 5 clean.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}

NUM_RE = r"\d[\d,]*(?:\.\d+)?"
TEN4 = D(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers

def clean_num(s):
    return s.strip().replace(",", "").replace("，", "")


def dec(s):
    """Decimal of the first number in s (commas dropped)."""
    if isinstance(s, D):
        return s
    m = re.search(r"-?" + NUM_RE, str(s))
    if not m:
        raise ParseError(f"no number in {s!r}")
    return D(clean_num(m.group(0)))


def ndp(s):
    """Decimals written in the first number of s."""
    if isinstance(s, D):
        return None
    m = re.search(NUM_RE, str(s))
    t = clean_num(m.group(0))
    return len(t.split(".")[1]) if "." in t else 0


def tol(s):
    d = ndp(s)
    if d is None:
        return D("0.000001")
    return D("0.5") * (D(10) ** (-d)) + D("1e-9")


def close(stated, computed):
    return abs(dec(stated) - computed) <= tol(stated)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def is_dash(s):
    return s.strip() in ("—", "-", "／", "/", "")


# ---------------------------------------------------------------- tables

def split_row(line):
    s = line.strip("\n")
    if "\t" in s:
        cells = s.split("\t")
    elif "｜" in s:
        cells = s.split("｜")
    else:
        cells = s.strip().strip("|").split("|")
    return [c.strip() for c in cells]


def is_table_line(line):
    return ("\t" in line) or ("｜" in line) or line.strip().startswith("|")


def table(text, header_prefix):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
    if len(idx) != 1:
        raise ParseError(f"table header {header_prefix!r} found {len(idx)} times")
    header = split_row(lines[idx[0]])
    rows = []
    for line in lines[idx[0] + 1:]:
        if not line.strip() or not is_table_line(line):
            break
        if re.fullmatch(r"\|[-| :]+\|", line.strip()):
            continue
        cells = split_row(line)
        if len(cells) != len(header):
            raise ParseError(f"row has {len(cells)} cells, header {len(header)}: {line!r}")
        rows.append(dict(zip(header, cells)))
    return header, rows


def by_first(rows, col):
    out = {}
    for r in rows:
        key = r[col]
        if key in out:
            raise ParseError(f"duplicate row {key!r}")
        out[key] = r
    return out


# ---------------------------------------------------------------- indicator values

SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}


def parse_target(s):
    m = re.fullmatch(r"(≥|≤|=|＝|＞|＜|>|<)?\s*(" + NUM_RE + r")\s*(.*)", s.strip())
    if not m:
        return None
    return SIGNS.get(m.group(1), "eq"), D(clean_num(m.group(2))), m.group(3).strip()


def parse_actual(s):
    m = re.fullmatch(r"(" + NUM_RE + r")\s*(.*)", s.strip())
    if not m:
        return None
    return D(clean_num(m.group(1))), m.group(2).strip()


def completion(direction, t, a):
    if a < 0:
        a = D(0)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if direction == "eq" and t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def rule_score(direction, t, a, w):
    if direction == "lte":
        return w if a <= t else w * t / a
    if direction == "eq" and t == 0:
        return w if a <= 0 else D(0)
    return min(w, w * max(a, D(0)) / t)


BANDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
GRADE_RE = r"(优秀|良好|中等|一般|不合格|合格|较差|优|良|中|差)"


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- checker

class Ck:
    def __init__(self, text):
        self.text = text
        self.findings = []   # (code, message)

    def err(self, code, msg):
        self.findings.append((code, msg))

    def one(self, pat):
        ms = list(re.finditer(pat, self.text, re.M))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    # -- years
    def year_eq(self, found, year, what):
        if int(found) != year:
            self.err("year_mismatch", f"{what}: {found} ≠ {year}")

    def year_gt(self, found, year, what):
        if int(found) <= year:
            self.err("year_mismatch", f"{what}: carried over to {found}, not after {year}")

    # -- money identities
    def sum(self, what, total, parts):
        tv = dec(total)
        pv = [dec(p) for p in parts]
        if abs(sum(pv) - tv) <= tol(total):
            return
        # most specific explanation: one amount off by 10^4
        for i in range(len(pv)):
            for f in (TEN4, 1 / TEN4):
                q = pv[:]
                q[i] = pv[i] / f
                if abs(sum(q) - tv) <= tol(total):
                    self.err("unit_mismatch", f"{what}: part {parts[i]!r} off by 10^4")
                    return
        for f in (TEN4, 1 / TEN4):
            if abs(sum(pv) - tv / f) <= tol(total):
                self.err("unit_mismatch", f"{what}: total {total!r} off by 10^4")
                return
        self.err("sum_mismatch", f"{what}: {' + '.join(map(str, parts))} = {sum(pv)} ≠ {total}")

    def product(self, what, amount_wan, std_yuan, persons):
        c = dec(std_yuan) * dec(persons) / TEN4
        if not close(amount_wan, c):
            self.err("sum_mismatch", f"{what}: {std_yuan} × {persons} = {c}万元 ≠ {amount_wan}")

    def balance(self, what, stated, a, b):
        c = dec(a) - dec(b)
        if not close(stated, c):
            self.err("balance_mismatch", f"{what}: {a} − {b} = {c} ≠ {stated}")

    def rate(self, what, stated, num, den, bounded=True):
        dv = dec(den)
        if dv == 0:
            if not (is_dash(stated) or dec(stated) == 0):
                self.err("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        if is_dash(stated):
            self.err("rate_mismatch", f"{what}: rate missing on a non-zero base")
            return
        c = dec(num) / dv * 100
        if not close(stated, c):
            self.err("rate_mismatch", f"{what}: {num}/{den} = {r2(c)}% ≠ {stated}")
        elif bounded and dec(stated) > 100:
            self.err("implausible_rate", f"{what}: {stated} above 100%")

    def bounded_pct(self, what, stated):
        if dec(stated) > 100 or dec(stated) < 0:
            self.err("implausible_rate", f"{what}: {stated} outside [0, 100%]")

    def average(self, what, stated, total, count):
        c = dec(total) / dec(count)
        if not close(stated, c):
            self.err("average_mismatch", f"{what}: {total}/{count} = {r2(c)} ≠ {stated}")

    def same(self, what, items):
        """items: list of (string, factor) — value × factor in a common unit; all must agree."""
        vals = [dec(s) * f for s, f in items]
        if all(v == vals[0] for v in vals):
            return
        for i, v in enumerate(vals):
            rest = vals[:i] + vals[i + 1:]
            if rest and all(x == rest[0] for x in rest) and v != 0 and (v / TEN4 == rest[0] or v * TEN4 == rest[0]):
                self.err("unit_mismatch", f"{what}: {items[i][0]!r} off by 10^4 against {rest[0]}")
                return
        self.err("conflicting_values", f"{what}: {[s for s, _ in items]}")

    def same1(self, what, *strings):
        self.same(what, [(s, 1) for s in strings])

    def completion_stated(self, what, stated, direction, t, a):
        c = completion(direction, t, a)
        if not close(stated, c):
            self.err("completion_mismatch", f"{what}: completion {r2(c)}% ≠ {stated}")

    def grade(self, label, total):
        if BANDS[label] != band(dec(total)):
            self.err("grade_mismatch", f"grade {label} for total {total} (band {band(dec(total))})")

    def exec_score(self, weight, score, spent, budget):
        c = dec(weight) * min(dec(spent) / dec(budget), D(1))
        if not close(score, c):
            self.err("score_rule_mismatch", f"execution score {score} ≠ {r2(c)}")

    # -- indicator tables
    def indicators(self, rows, cols, extra_w=(), extra_s=(), total_w=None, total_s=None, level=None):
        """rows: indicator rows (no total rows). cols: dict name/target/actual/rate/weight/score.
        Returns per-level (weight, score) sums when `level` names the level column (blank = carried down)."""
        sw, ss = D(0), D(0)
        levels = {}
        cur = None
        for r in rows:
            name = r[cols["name"]]
            w, s = dec(r[cols["weight"]]), dec(r[cols["score"]])
            sw += w
            ss += s
            if level:
                cur = r[level] or cur
                lw, ls = levels.get(cur, (D(0), D(0)))
                levels[cur] = (lw + w, ls + s)
            if s > w or s < 0:
                self.err("score_exceeds_weight", f"{name}: score {s} outside [0, {w}]")
            tgt = parse_target(r[cols["target"]])
            act = parse_actual(r[cols["actual"]])
            stated_rate = r.get(cols.get("rate")) if cols.get("rate") else None
            if tgt and act:
                direction, t, tu = tgt
                a, au = act
                if tu != au:
                    self.err("unit_mismatch", f"{name}: target unit {tu!r}, actual unit {au!r}")
                    continue
                if au == "%" and a > 100:
                    self.err("implausible_rate", f"{name}: actual {a}% above 100%")
                c = completion(direction, t, a)
                if stated_rate is not None and not is_dash(stated_rate):
                    if not close(stated_rate, c):
                        self.err("completion_mismatch", f"{name}: completion {r2(c)}% ≠ {stated_rate}")
                rs = rule_score(direction, t, a, w)
                alt = None
                if stated_rate is not None and not is_dash(stated_rate):
                    alt = w * min(dec(stated_rate), D(100)) / 100
                if not (close(r[cols["score"]], rs) or (alt is not None and close(r[cols["score"]], alt))):
                    self.err("score_rule_mismatch", f"{name}: score {s} ≠ rule {r2(rs)}")
            elif act is None and tgt is None:
                judg = r[cols["actual"]]
                lo, hi = (D("0.8"), D(1)) if judg.startswith("达成") else \
                         (D("0.6"), D("0.8")) if judg.startswith("部分达成") else (D(0), D("0.6"))
                if not (w * lo <= s and (s <= w * hi if hi == 1 else s < w * hi)):
                    self.err("score_rule_mismatch", f"{name}: qualitative score {s} outside band")
            else:
                raise ParseError(f"{name}: target/actual not both quantitative or qualitative")
        ew = sum((dec(x) for x in extra_w), D(0))
        es = sum((dec(x) for x in extra_s), D(0))
        if total_w is not None:
            if sw + ew != dec(total_w):
                self.err("weight_sum_mismatch", f"weights {sw + ew} ≠ stated {total_w}")
        if total_s is not None and not close(total_s, ss + es):
            self.err("score_sum_mismatch", f"scores {ss + es} ≠ stated {total_s}")
        return sw, ss, levels


# ================================================================= projects

def spec_ningguo(ck):
    Y = 2019
    t = ck.text
    one = lambda p, g=1: ck.one(p).group(g)
    ck.year_eq(one(r"^宁国市职业技能鉴定中心(\d{4})年度"), Y, "title")
    ck.year_eq(one(r"开展(\d{4})年度市级预算"), Y, "notice")
    ck.year_eq(one(r"对(\d{4})年度职业技能鉴定补贴项目"), Y, "intro")
    ck.year_eq(one(r"(\d{4})年9月，根据"), Y, "追加 date")
    ck.year_eq(one(r"截至(\d{4})年12月31日"), Y, "截至")
    ck.year_gt(one(r"结转至(\d{4})年继续"), Y, "结转")
    ck.year_eq(one(r"上年（(\d{4})年）"), Y - 1, "上年")

    m = ck.one(r"项目年初预算(" + NUM_RE + r")万元，其中当年财政拨款(" + NUM_RE + r")万元、上年结转资金(" + NUM_RE + r")万元")
    init, init_fis, init_co = m.groups()
    ck.sum("年初预算 = 当年财政拨款 + 上年结转", init, [init_fis, init_co])
    m = ck.one(r"追加预算(" + NUM_RE + r")万元，全年预算调整为(" + NUM_RE + r")万元")
    add, annual = m.groups()
    ck.sum("全年预算 = 年初 + 追加", annual, [init, add])
    m = ck.one(r"全年实际到位资金(" + NUM_RE + r")万元，资金到位率(" + NUM_RE + r"%)")
    recv, recv_rate = m.groups()
    ck.rate("到位率", recv_rate, recv, annual)
    m = ck.one(r"项目实际支出(" + NUM_RE + r")万元（(" + NUM_RE + r")元），预算执行率(" + NUM_RE + r"%)")
    spent, spent_yuan, exec_rate = m.groups()
    ck.same("执行数 万元/元", [(spent, 1), (spent_yuan, 1 / TEN4)])
    ck.rate("执行率（文字）", exec_rate, spent, annual)
    ck.balance("年末结余", one(r"年末结余(" + NUM_RE + r")万元"), recv, spent)
    m = ck.one(r"项目支出(" + NUM_RE + r")万元，补贴(" + NUM_RE + r")人，本年支出较上年增长(" + NUM_RE + r"%)")
    last, _, growth = m.groups()
    ck.rate("较上年增长", growth, dec(spent) - dec(last), last, bounded=False)

    _, rows = table(t, "| 资金来源 |")
    R = by_first(rows, "资金来源")
    tot, fis, co, oth = R["年度资金总额"], R["其中：当年财政拨款"], R["上年结转资金"], R["其他资金"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        ck.sum(f"表1 {col}", tot[col], [fis[col], co[col], oth[col]])
    for r in rows:
        ck.rate(f"表1 {r['资金来源']} 执行率", r["执行率"], r["全年执行数"], r["全年预算数"])
    ck.same1("年初预算", init, tot["年初预算数"])
    ck.same1("全年预算", annual, tot["全年预算数"])
    ck.same1("全年执行", spent, tot["全年执行数"])
    ck.same1("当年财政拨款（年初）", init_fis, fis["年初预算数"])
    ck.same1("上年结转", init_co, co["年初预算数"], co["全年预算数"])
    ck.exec_score(tot["分值"], tot["得分"], tot["全年执行数"], tot["全年预算数"])

    _, rows = table(t, "| 等级 |")
    tiers, total = rows[:-1], rows[-1]
    assert total["等级"] == "合计"
    for r in tiers:
        ck.product(f"表2 {r['等级']}", r["补贴金额（万元）"], r["补贴标准（元/人）"], r["补贴人数（人）"])
    ck.sum("表2 人数", total["补贴人数（人）"], [r["补贴人数（人）"] for r in tiers])
    ck.sum("表2 金额", total["补贴金额（万元）"], [r["补贴金额（万元）"] for r in tiers])
    ck.same1("补贴总额 = 执行数（全部用于发放）", total["补贴金额（万元）"], spent)
    m = ck.one(r"初级、中级、高级分别发放(" + NUM_RE + r")万元、(" + NUM_RE + r")万元和(" + NUM_RE + r")万元")
    for s, r in zip(m.groups(), tiers):
        ck.same1(f"分别 {r['等级']}", s, r["补贴金额（万元）"])
    ck.sum("分别 list", total["补贴金额（万元）"], list(m.groups()))
    ck.average("人均补贴", one(r"人均补贴(" + NUM_RE + r")元"), dec(total["补贴金额（万元）"]) * TEN4, total["补贴人数（人）"])

    _, rows = table(t, "| 一级指标 |")
    ind_rows = [r for r in rows if r["一级指标"] != "总分"]
    trow = [r for r in rows if r["一级指标"] == "总分"][0]
    cols = dict(name="三级指标", target="年度指标值", actual="实际完成值", rate="完成率", weight="分值", score="得分")
    ck.indicators(ind_rows, cols, extra_w=[tot["分值"]], extra_s=[tot["得分"]], total_w=trow["分值"], total_s=trow["得分"])
    if dec(trow["分值"]) != 100:
        ck.err("weight_sum_mismatch", "总分 weight ≠ 100")
    I = by_first(ind_rows, "三级指标")

    m = ck.one(r"全年共为(" + NUM_RE + r")名取证人员发放鉴定补贴，完成年度目标的(" + NUM_RE + r"%)；其中高级工(\d+)人")
    ck.same1("补贴人数", m.group(1), total["补贴人数（人）"], I["鉴定补贴发放人数"]["实际完成值"])
    d, tv, _ = parse_target(I["鉴定补贴发放人数"]["年度指标值"])
    ck.completion_stated("补贴人数完成率（文字）", m.group(2), d, tv, dec(I["鉴定补贴发放人数"]["实际完成值"]))
    ck.same1("高级工人数", m.group(3), I["高级工补贴人数"]["实际完成值"], R2(tiers, "等级", "高级（三级）")["补贴人数（人）"])
    ck.same1("中级工标准", I["中级工补贴标准"]["实际完成值"], R2(tiers, "等级", "中级（四级）")["补贴标准（元/人）"])
    ck.same1("审核准确率", one(r"补贴对象审核准确率(" + NUM_RE + r"%)，"), I["补贴对象审核准确率"]["实际完成值"])
    ck.same1("发放用时", one(r"在受理后(\d+)个工作日内到账"), I["补贴发放时限"]["实际完成值"])
    ck.same1("在岗就业率", one(r"在岗就业率为(" + NUM_RE + r"%)"), I["取证人员在岗就业率"]["实际完成值"])
    ck.same1("就业率目标", one(r"略低于(\d+)%的年度目标"), I["取证人员在岗就业率"]["年度指标值"])
    m = ck.one(r"补贴对象满意度为(" + NUM_RE + r"%)，其中参加鉴定的考生满意度(" + NUM_RE + r"%)，用人单位满意度(" + NUM_RE + r"%)")
    ck.same1("满意度", m.group(1), I["补贴对象满意度"]["实际完成值"])
    for g in m.groups():
        ck.bounded_pct("满意度", g)
    # goals restated
    ck.same1("目标 人数", one(r"不少于(\d+)名取证人员"), I["鉴定补贴发放人数"]["年度指标值"])
    ck.same1("目标 高级工", one(r"其中高级工不少于(\d+)人"), I["高级工补贴人数"]["年度指标值"])
    ck.same1("目标 准确率", one(r"审核准确率不低于(\d+)%"), I["补贴对象审核准确率"]["年度指标值"])
    ck.same1("目标 时限", one(r"(\d+)个工作日内完成发放"), I["补贴发放时限"]["年度指标值"])
    ck.same1("目标 就业率", one(r"在岗就业率不低于(\d+)%"), I["取证人员在岗就业率"]["年度指标值"])
    ck.same1("目标 满意度", one(r"补贴对象满意度不低于(\d+)%"), I["补贴对象满意度"]["年度指标值"])

    m = ck.one(r"本项目自评得分(" + NUM_RE + r")分，评价等级为" + GRADE_RE)
    total_txt, grade = m.groups()
    all_s = sum((dec(r["得分"]) for r in ind_rows), D(0)) + dec(tot["得分"])
    if not close(total_txt, all_s):
        ck.err("score_sum_mismatch", f"text total {total_txt} ≠ {all_s}")
    ck.grade(grade, total_txt)
    ck.grade(grade, trow["得分"])


def spec_beihai(ck):
    Y = 2020
    t = ck.text
    one = lambda p, g=1: ck.one(p).group(g)
    N = "(" + NUM_RE + ")"
    ck.year_eq(one(r"^(\d{4})年度职业技能等级认定补贴项目绩效自评报告"), Y, "title")
    ck.year_eq(one(r"(\d{4})年，按照自治区"), Y, "intro")
    m = ck.one(r"项目年初预算" + N + r"万元，(\d{4})年10月自治区追加下达中央就业补助资金" + N + r"万元，全年预算" + N + r"万元")
    init, yr, add, annual = m.groups()
    ck.year_eq(yr, Y, "追加 date")
    ck.sum("全年预算 = 年初 + 追加", annual, [init, add])
    m = ck.one(r"当年财政拨款" + N + r"万元，其中中央就业补助资金" + N + r"万元、自治区就业补助资金" + N + r"万元、市本级配套资金" + N + r"万元")
    fis = m.group(1)
    ck.sum("当年财政拨款 sources", fis, list(m.groups()[1:]))
    m = ck.one(r"全年实际执行" + N + r"万元，预算执行率" + N + r"%，结余" + N + r"万元，将结转至(\d{4})年")
    spent, rate, bal, yr = m.groups()
    ck.rate("执行率（文字）", rate + "%", spent, annual)
    ck.balance("结余", bal, annual, spent)
    ck.year_gt(yr, Y, "结转")
    ck.year_eq(one(r"(\d{4})年同类补贴支出"), Y - 1, "上年")

    _, rows = table(t, "资金项目｜")
    R = by_first(rows, "资金项目")
    tot, f, co, oth = R["年度资金总额"], R["其中：当年财政拨款"], R["上年结转资金"], R["其他资金"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        ck.sum(f"funds {col}", tot[col], [f[col], co[col], oth[col]])
    for r in rows:
        ck.rate(f"funds {r['资金项目']}", r["执行率"], r["全年执行数"], r["全年预算数"])
    ck.same1("年初预算", init, tot["年初预算数"])
    ck.same1("全年预算", annual, tot["全年预算数"])
    ck.same1("当年财政拨款", fis, f["全年预算数"])
    ck.same1("全年执行", spent, tot["全年执行数"])
    ck.exec_score(tot["分值"], tot["得分"], tot["全年执行数"], tot["全年预算数"])

    _, rows = table(t, "等级｜补贴标准")
    tiers, total = rows[:-1], rows[-1]
    assert total["等级"] == "合计"
    for r in tiers:
        ck.product(f"tier {r['等级']}", r["补贴金额（万元）"], r["补贴标准（元/人）"], r["认定人数"])
    for r in rows:
        ck.rate(f"tier {r['等级']} 完成率", r["完成率"], r["认定人数"], r["计划人数"], bounded=False)
    for col in ("计划人数", "认定人数", "补贴金额（万元）"):
        ck.sum(f"tier {col}", total[col], [r[col] for r in tiers])
    ck.same1("补贴总额 = 执行数", total["补贴金额（万元）"], spent)
    ck.bounded_pct("督导员到场率", one(r"督导员到场率(" + NUM_RE + "%)"))
    m = ck.one(r"全年补贴(\d+)人，平均每人补贴" + N + r"元")
    ck.same1("补贴人数", m.group(1), total["认定人数"])
    ck.average("平均每人补贴", m.group(2), dec(total["补贴金额（万元）"]) * TEN4, total["认定人数"])

    _, rows = table(t, "一级指标｜")
    ind_rows = [r for r in rows if r["一级指标"] != "总分"]
    trow = R2(rows, "一级指标", "总分")
    cols = dict(name="三级指标", target="年度指标值", actual="实际完成值", rate="完成率", weight="分值", score="得分")
    ck.indicators(ind_rows, cols, extra_w=[tot["分值"]], extra_s=[tot["得分"]], total_w=trow["分值"], total_s=trow["得分"])
    if dec(trow["分值"]) != 100:
        ck.err("weight_sum_mismatch", "总分 weight ≠ 100")
    I = by_first(ind_rows, "三级指标")
    ck.same1("补贴人数（表）", total["认定人数"], I["等级认定补贴人数"]["实际完成值"])
    ck.same1("高级工（表）", R2(tiers, "等级", "高级（三级）")["认定人数"], I["高级工补贴人数"]["实际完成值"])
    ck.same1("高级工标准", R2(tiers, "等级", "高级（三级）")["补贴标准（元/人）"], I["高级工补贴标准"]["实际完成值"])
    m = ck.one(r"认定考核合格率" + N + r"%，高级工补贴(\d+)人")
    ck.same1("合格率", m.group(1), I["认定考核合格率"]["实际完成值"])
    ck.same1("高级工", m.group(2), I["高级工补贴人数"]["实际完成值"])
    m = ck.one(r"取证后实现就业(\d+)人，未达到(\d+)人的目标")
    ck.same1("就业人数", m.group(1), I["取证后实现就业人数"]["实际完成值"])
    ck.same1("就业目标", m.group(2), I["取证后实现就业人数"]["年度指标值"])
    ck.same1("占比提高", one(r"较上年提高" + N + r"个百分点"), I["高技能人才占比提高"]["实际完成值"])
    ck.same1("满意度", one(r"补贴对象300人，满意度" + N + "%"), I["补贴对象满意度"]["实际完成值"])
    ck.bounded_pct("满意度", one(r"补贴对象300人，满意度(" + NUM_RE + "%)"))
    m = ck.one(r"全年发放等级认定补贴不少于(\d+)人，其中高级工不少于(\d+)人；认定考核合格率不低于(\d+)%；补贴在申请后(\d+)天内到账；取证后实现就业不少于(\d+)人；满意度不低于(\d+)%")
    for g, key in zip(m.groups(), ["等级认定补贴人数", "高级工补贴人数", "认定考核合格率", "补贴到账时间", "取证后实现就业人数", "补贴对象满意度"]):
        ck.same1(f"目标 {key}", g, I[key]["年度指标值"])
    m = ck.one(r"项目自评得分" + N + r"分，评价等级为“" + GRADE_RE)
    all_s = sum((dec(r["得分"]) for r in ind_rows), D(0)) + dec(tot["得分"])
    if not close(m.group(1), all_s):
        ck.err("score_sum_mismatch", f"text total {m.group(1)} ≠ {all_s}")
    ck.grade(m.group(2), m.group(1))
    ck.grade(m.group(2), trow["得分"])


def spec_baoji(ck):
    Y = 2022
    t = ck.text
    one = lambda p, g=1: ck.one(p).group(g)
    N = "(" + NUM_RE + ")"
    ck.year_eq(one(r"^宝鸡市职业技能鉴定中心(\d{4})年度部门整体支出"), Y, "title")
    m = ck.one(r"(\d{4})年年初预算" + N + r"万元，年中追加认定补贴" + N + r"万元、考务经费" + N + r"万元、信息化运维" + N + r"万元及基本支出" + N + r"万元，全年预算" + N + r"万元")
    yr, init, a_sub, a_exam, a_it, a_basic, annual = m.groups()
    ck.year_eq(yr, Y, "budget sentence")
    ck.sum("全年预算 = 年初 + 追加", annual, [init, a_sub, a_exam, a_it, a_basic])
    m = ck.one(r"全年收入预算" + N + r"万元，其中财政拨款" + N + r"万元、上年结转" + N + r"万元")
    ck.same1("全年预算（两种写法）", m.group(1), annual)
    ck.sum("收入预算 = 财政拨款 + 上年结转", m.group(1), [m.group(2), m.group(3)])
    m = ck.one(r"截至(\d{4})年12月31日，全年支出" + N + r"万元，预算执行率" + N + "%")
    yr, spent, rate = m.groups()
    ck.year_eq(yr, Y, "截至")
    ck.rate("执行率（文字）", rate + "%", spent, annual)
    m = ck.one(r"年末结转" + N + r"万元，结转至(\d{4})年使用，其中认定补贴" + N + r"万元、考务经费" + N + r"万元、信息化运维" + N + r"万元、公用经费" + N + r"万元")
    carry, yr, c_sub, c_exam, c_it, c_pub = m.groups()
    ck.balance("年末结转", carry, annual, spent)
    ck.year_gt(yr, Y, "结转")
    ck.sum("结转 parts", carry, [c_sub, c_exam, c_it, c_pub])

    _, rows = table(t, "项目｜年初预算数")
    R = by_first(rows, "项目")
    tot, basic, staff, pub = R["合计"], R["基本支出"], R["其中：人员经费"], R["公用经费"]
    proj, sub, exam, it = R["项目支出"], R["其中：职业技能等级认定补贴"], R["题库建设及考务组织"], R["信息化运维"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        ck.sum(f"表1 合计 {col}", tot[col], [basic[col], proj[col]])
        ck.sum(f"表1 基本 {col}", basic[col], [staff[col], pub[col]])
        ck.sum(f"表1 项目 {col}", proj[col], [sub[col], exam[col], it[col]])
    for r in rows:
        ck.rate(f"表1 {r['项目']}", r["执行率"], r["全年执行数"], r["全年预算数"])
    ck.same1("年初预算", init, tot["年初预算数"])
    ck.same1("全年预算", annual, tot["全年预算数"])
    ck.same1("全年执行", spent, tot["全年执行数"])
    for add, r in ((a_sub, sub), (a_exam, exam), (a_it, it), (a_basic, basic)):
        ck.sum(f"追加 {r['项目']}", r["全年预算数"], [r["年初预算数"], add])
    for c, r in ((c_sub, sub), (c_exam, exam), (c_it, it), (c_pub, pub)):
        ck.balance(f"结转 {r['项目']}", c, r["全年预算数"], r["全年执行数"])
    ck.rate("信息化运维执行率（文字）", one(r"信息化运维经费执行率仅(" + NUM_RE + "%)"), it["全年执行数"], it["全年预算数"])

    _, rows = table(t, "等级｜补贴标准")
    tiers, total = rows[:-1], rows[-1]
    assert total["等级"] == "合计"
    for r in tiers:
        ck.product(f"表2 {r['等级']}", r["补贴金额（万元）"], r["补贴标准（元/人）"], r["补贴人数（人）"])
    for col in ("补贴人数（人）", "补贴金额（万元）"):
        ck.sum(f"表2 {col}", total[col], [r[col] for r in tiers])
    ck.same1("补贴总额 = 表1 认定补贴执行", total["补贴金额（万元）"], sub["全年执行数"])
    m = ck.one(r"全年认定补贴支出" + N + r"万元，惠及" + N + r"人，人均补贴" + N + r"元；(\d{4})年补贴")
    ck.same1("认定补贴支出", m.group(1), total["补贴金额（万元）"])
    ck.same1("补贴人数", m.group(2), total["补贴人数（人）"])
    ck.average("人均补贴", m.group(3), dec(total["补贴金额（万元）"]) * TEN4, total["补贴人数（人）"])
    ck.year_eq(m.group(4), Y - 1, "上年")
    m = ck.one(r"高级工和技师合计(\d+)人，占补贴人数的" + N + "%")
    hi = [R2(tiers, "等级", "高级（三级）")["补贴人数（人）"], R2(tiers, "等级", "技师（二级）")["补贴人数（人）"]]
    ck.sum("高级工和技师", m.group(1), hi)
    ck.rate("高技能占比", m.group(2) + "%", m.group(1), total["补贴人数（人）"])
    m = ck.one(r"“三公”经费预算" + N + r"万元，实际支出" + N + r"万元，控制率" + N + "%")
    sg_budget, sg_spent, sg_rate = m.groups()
    ck.rate("三公经费控制率", sg_rate + "%", sg_spent, sg_budget)
    m = ck.one(r"政府采购预算" + N + r"万元，实际采购" + N + r"万元，政府采购执行率" + N + "%")
    ck.rate("政府采购执行率", m.group(3) + "%", m.group(2), m.group(1))
    m = ck.one(r"核定编制(\d+)人，年末实有在职人员(\d+)人")
    staff_quota, staff_actual = m.groups()

    _, rows = table(t, "二级指标｜三级指标｜指标值")
    com_rows = [r for r in rows if r["二级指标"] != "小计"]
    com_sub = R2(rows, "二级指标", "小计")
    cols = dict(name="三级指标", target="指标值", actual="实际值", weight="分值", score="得分")
    ck.indicators(com_rows, cols, total_w=com_sub["分值"], total_s=com_sub["得分"])
    C = by_first(com_rows, "三级指标")
    ck.rate("在职人员控制率", C["在职人员控制率"]["实际值"], staff_actual, staff_quota)
    ck.same1("预算执行率（共性）", C["预算执行率"]["实际值"], tot["执行率"])
    ck.rate("结转结余率", C["结转结余率"]["实际值"], carry, annual)
    ck.same1("三公控制率（共性）", C["三公经费控制率"]["实际值"], sg_rate)

    _, rows = table(t, "一级指标｜二级指标｜三级指标｜年度指标值")
    ind_rows = [r for r in rows if r["一级指标"] != "小计"]
    ind_sub = R2(rows, "一级指标", "小计")
    cols = dict(name="三级指标", target="年度指标值", actual="实际完成值", rate="完成率", weight="分值", score="得分")
    ck.indicators(ind_rows, cols, total_w=ind_sub["分值"], total_s=ind_sub["得分"])
    I = by_first(ind_rows, "三级指标")
    if dec(com_sub["分值"]) + dec(ind_sub["分值"]) != 100:
        ck.err("weight_sum_mismatch", "共性 + 个性 weights ≠ 100")
    ck.same1("补贴人数（个性）", I["认定补贴发放人数"]["实际完成值"], total["补贴人数（人）"])
    ck.same1("新增高技能人才", I["新增高技能人才"]["实际完成值"], hi_sum := str(dec(hi[0]) + dec(hi[1])))
    ck.same1("初级标准", I["初级补贴标准"]["实际完成值"], R2(tiers, "等级", "初级（五级）")["补贴标准（元/人）"])
    m = ck.one(r"全年组织职业技能等级认定" + N + r"人，低于(\d+)人的年度目标")
    ck.same1("认定人数", m.group(1), I["职业技能等级认定人数"]["实际完成值"])
    ck.same1("认定人数目标", m.group(2), I["职业技能等级认定人数"]["年度指标值"])
    m = ck.one(r"发放认定补贴" + N + r"人，取证人员就业率" + N + "%")
    ck.same1("补贴人数（文字）", m.group(1), I["认定补贴发放人数"]["实际完成值"])
    ck.same1("就业率", m.group(2), I["取证人员就业率"]["实际完成值"])
    m = ck.one(r"新开发认定题库职业（工种）(\d+)个，计划的(\d+)个中有(\d+)个")
    ck.same1("题库 actual", m.group(1), I["新开发题库职业（工种）"]["实际完成值"])
    ck.same1("题库 target", m.group(2), I["新开发题库职业（工种）"]["年度指标值"])
    ck.sum("题库 计划 = 完成 + 顺延", m.group(2), [m.group(1), m.group(3)])
    m = ck.one(r"抽样调查考生满意度" + N + r"%，其中线上报名考生" + N + r"%、现场报名考生" + N + "%")
    ck.same1("考生满意度", m.group(1), I["考生满意度"]["实际完成值"])
    for g in m.groups():
        ck.bounded_pct("满意度", g)

    m = ck.one(r"共性指标得分" + N + r"分，个性指标得分" + N + r"分，部门整体支出绩效自评综合得分" + N + r"分，评价等级为" + GRADE_RE)
    s_com, s_ind, s_tot, grade = m.groups()
    c_sum = sum((dec(r["得分"]) for r in com_rows), D(0))
    i_sum = sum((dec(r["得分"]) for r in ind_rows), D(0))
    if not close(s_com, c_sum):
        ck.err("score_sum_mismatch", f"共性 {s_com} ≠ {c_sum}")
    if not close(s_ind, i_sum):
        ck.err("score_sum_mismatch", f"个性 {s_ind} ≠ {i_sum}")
    if not close(s_tot, c_sum + i_sum) or not close(s_tot, dec(s_com) + dec(s_ind)):
        ck.err("score_sum_mismatch", f"综合 {s_tot} ≠ {c_sum + i_sum}")
    ck.grade(grade, s_tot)


def spec_changde(ck):
    Y = 2023
    t = ck.text
    one = lambda p, g=1: ck.one(p).group(g)
    N = "(" + NUM_RE + ")"
    ck.year_eq(one(r"^常德市职业技能鉴定中心(\d{4})年度"), Y, "title")
    m = ck.one(r"(\d{4})年项目年初预算" + N + r"万元，其中当年财政拨款" + N + r"万元、上年结转资金" + N + r"万元")
    yr, init, init_fis, init_co = m.groups()
    ck.year_eq(yr, Y, "budget sentence")
    ck.sum("年初预算", init, [init_fis, init_co])
    m = ck.one(r"(\d{4})年7月省财政厅追加下达就业补助资金" + N + r"万元，全年预算" + N + r"万元")
    yr, add, annual = m.groups()
    ck.year_eq(yr, Y, "追加 date")
    ck.sum("全年预算 = 年初 + 追加", annual, [init, add])
    m = ck.one(r"全年当年财政拨款" + N + r"万元，其中中央资金" + N + r"万元、省级资金" + N + r"万元、市级资金" + N + r"万元")
    fis = m.group(1)
    ck.sum("当年财政拨款 sources", fis, list(m.groups()[1:]))
    ck.sum("当年财政拨款 = 年初拨款 + 追加", fis, [init_fis, add])
    ck.rate("到位率（全部到位：到位 = 全年预算）", one(r"全年资金全部到位，到位率(" + NUM_RE + "%)"), annual, annual)
    m = ck.one(r"截至(\d{4})年12月31日，项目支出" + N + r"万元，预算执行率" + N + r"%，年末结余" + N + r"万元，结转至(\d{4})年")
    yr, spent, rate, bal, yr2 = m.groups()
    ck.year_eq(yr, Y, "截至")
    ck.rate("执行率（文字）", rate + "%", spent, annual)
    ck.balance("结余（全部到位）", bal, annual, spent)
    ck.year_gt(yr2, Y, "结转")
    m = ck.one(r"(\d{4})年本项目支出" + N + r"万元，本年增加" + N + r"万元")
    ck.year_eq(m.group(1), Y - 1, "上年")
    ck.sum("本年 = 上年 + 增加", spent, [m.group(2), m.group(3)])
    m = ck.one(r"(\d{4})年12月提前下达的(\d{4})年中央")
    ck.year_eq(m.group(1), Y - 1, "提前下达")
    ck.year_eq(m.group(2), Y, "提前下达 for")

    _, rows = table(t, "| 资金来源 |")
    R = by_first(rows, "资金来源")
    tot, f, co, oth = R["年度资金总额"], R["当年财政拨款"], R["上年结转资金"], R["其他资金"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        ck.sum(f"funds {col}", tot[col], [f[col], co[col], oth[col]])
    for r in rows:
        ck.rate(f"funds {r['资金来源']}", r["执行率"], r["全年执行数"], r["全年预算数"])
    ck.same1("年初预算", init, tot["年初预算数"])
    ck.same1("全年预算", annual, tot["全年预算数"])
    ck.same1("全年执行", spent, tot["全年执行数"])
    ck.same1("当年财政拨款 年初", init_fis, f["年初预算数"])
    ck.same1("当年财政拨款 全年", fis, f["全年预算数"])
    ck.same1("上年结转", init_co, co["年初预算数"], co["全年预算数"])
    ck.exec_score(tot["分值"], tot["得分"], tot["全年执行数"], tot["全年预算数"])

    _, rows = table(t, "| 等级 |")
    tiers, total = rows[:-1], rows[-1]
    assert total["等级"] == "合计"
    for r in tiers:
        ck.product(f"tier {r['等级']}", r["补贴金额（万元）"], r["补贴标准（元/人）"], r["补贴人数（人）"])
    for col in ("补贴人数（人）", "补贴金额（万元）"):
        ck.sum(f"tier {col}", total[col], [r[col] for r in tiers])
    ck.same1("补贴总额 = 执行数", total["补贴金额（万元）"], spent)
    m = ck.one(r"高级技师分别发放" + N + r"万元、" + N + r"万元、" + N + r"万元、" + N + r"万元和" + N + r"万元，合计" + N + r"万元，人均" + N + r"元")
    parts = list(m.groups()[:5])
    for s, r in zip(parts, tiers):
        ck.same1(f"分别 {r['等级']}", s, r["补贴金额（万元）"])
    ck.same1("分别 合计", m.group(6), total["补贴金额（万元）"])
    ck.sum("分别 list", m.group(6), parts)
    ck.average("人均", m.group(7), dec(total["补贴金额（万元）"]) * TEN4, total["补贴人数（人）"])
    m = ck.one(r"(\d{4})年全市备案社会培训评价组织(\d+)家、自主评价企业(\d+)家")
    ck.year_eq(m.group(1), Y, "备案")
    n_self = m.group(3)
    m = ck.one(r"全年审核申请" + N + r"人次，审核通过" + N + r"人，核减不符合条件或重复申领" + N + r"人次")
    ck.sum("审核 = 通过 + 核减", m.group(1), [m.group(2), m.group(3)])
    ck.same1("审核通过 = 补贴人数", m.group(2), total["补贴人数（人）"])

    _, rows = table(t, "| 一级指标 |")
    ind_rows = [r for r in rows if r["一级指标"] != "总分"]
    trow = R2(rows, "一级指标", "总分")
    cols = dict(name="三级指标", target="年度指标值", actual="实际完成值", rate="完成率", weight="分值", score="得分")
    ck.indicators(ind_rows, cols, extra_w=[tot["分值"]], extra_s=[tot["得分"]], total_w=trow["分值"], total_s=trow["得分"])
    if dec(trow["分值"]) != 100:
        ck.err("weight_sum_mismatch", "总分 weight ≠ 100")
    I = by_first(ind_rows, "三级指标")
    ck.same1("补贴人数（表）", I["认定补贴发放人数"]["实际完成值"], total["补贴人数（人）"])
    hi = [R2(tiers, "等级", "技师（二级）")["补贴人数（人）"], R2(tiers, "等级", "高级技师（一级）")["补贴人数（人）"]]
    ck.sum("技师及以上", I["技师及以上补贴人数"]["实际完成值"], hi)
    ck.same1("初级标准", I["初级补贴标准"]["实际完成值"], R2(tiers, "等级", "初级（五级）")["补贴标准（元/人）"])
    ck.same1("自主评价企业", I["开展自主评价企业"]["实际完成值"], n_self)
    m = ck.one(r"全年发放补贴" + N + r"人，其中技师及以上(\d+)人；补贴发放准确率" + N + r"%，复核差错率" + N + "%")
    ck.same1("补贴人数（文字）", m.group(1), I["认定补贴发放人数"]["实际完成值"])
    ck.same1("技师及以上（文字）", m.group(2), I["技师及以上补贴人数"]["实际完成值"])
    ck.same1("准确率", m.group(3), I["补贴发放准确率"]["实际完成值"])
    ck.same1("差错率", m.group(4), I["认定结果复核差错率"]["实际完成值"])
    m = ck.one(r"补贴平均发放用时(\d+)个工作日，超出(\d+)个工作日的目标")
    ck.same1("发放用时", m.group(1), I["补贴发放时限"]["实际完成值"])
    ck.same1("发放时限目标", m.group(2), I["补贴发放时限"]["年度指标值"])
    m = ck.one(r"持证人员就业率" + N + r"%，全市(\d+)家企业开展自主评价，超过(\d+)家的目标")
    ck.same1("就业率", m.group(1), I["持证人员就业率"]["实际完成值"])
    ck.same1("自主评价企业（文字）", m.group(2), I["开展自主评价企业"]["实际完成值"])
    ck.same1("自主评价目标", m.group(3), I["开展自主评价企业"]["年度指标值"])
    m = ck.one(r"服务对象满意度" + N + r"%，其中考生满意度" + N + r"%、用人单位满意度" + N + "%")
    ck.same1("满意度", m.group(1), I["服务对象满意度"]["实际完成值"])
    for g in m.groups():
        ck.bounded_pct("满意度", g)
    m = ck.one(r"发放认定补贴不少于(\d+)人，其中技师及以上不少于(\d+)人；补贴发放准确率(\d+)%；复核差错率不超过(\d+)%；(\d+)个工作日内完成发放；持证人员就业率不低于(\d+)%；带动不少于(\d+)家企业开展自主评价；服务对象满意度不低于(\d+)%")
    keys = ["认定补贴发放人数", "技师及以上补贴人数", "补贴发放准确率", "认定结果复核差错率", "补贴发放时限",
            "持证人员就业率", "开展自主评价企业", "服务对象满意度"]
    for g, key in zip(m.groups(), keys):
        ck.same1(f"目标 {key}", g, I[key]["年度指标值"])
    m = ck.one(r"本项目自评得分" + N + r"分，评价等级为" + GRADE_RE)
    all_s = sum((dec(r["得分"]) for r in ind_rows), D(0)) + dec(tot["得分"])
    if not close(m.group(1), all_s):
        ck.err("score_sum_mismatch", f"text total {m.group(1)} ≠ {all_s}")
    ck.grade(m.group(2), m.group(1))
    ck.grade(m.group(2), trow["得分"])


def spec_tongliao(ck):
    Y = 2024
    t = ck.text
    one = lambda p, g=1: ck.one(p).group(g)
    N = "(" + NUM_RE + ")"
    ck.year_eq(one(r"^通辽市职业技能鉴定指导中心(\d{4})年度"), Y, "title")
    m = ck.one(r"(\d{4})年计划发放认定补贴不少于(\d+)人，其中高级工及以上不少于(\d+)人；补贴对象身份和证书信息核验率(\d+)%；申请受理后(\d+)日内发放到位；取证后就业不少于(\d+)人；新增企业自主评价备案不少于(\d+)家；补贴对象满意度不低于(\d+)%")
    ck.year_eq(m.group(1), Y, "goals")
    goals = m.groups()[1:]
    m = ck.one(r"项目全年预算" + N + r"万元，年内无调整，年初预算与全年预算一致，其中中央" + N + r"万元、自治区" + N + r"万元、市级" + N + r"万元")
    annual = m.group(1)
    ck.sum("全年预算 sources", annual, list(m.groups()[1:]))
    m = ck.one(r"全年到位资金" + N + r"万元，其中中央" + N + r"万元、自治区" + N + r"万元、市级" + N + r"万元，资金到位率" + N + "%")
    recv = m.group(1)
    ck.sum("到位 sources", recv, list(m.groups()[1:4]))
    ck.rate("到位率", m.group(5) + "%", recv, annual)
    m = ck.one(r"全年支出" + N + r"万元，预算执行率" + N + r"%，按到位资金计算的资金使用率" + N + "%")
    spent = m.group(1)
    ck.rate("执行率（文字）", m.group(2) + "%", spent, annual)
    ck.rate("使用率（到位为基数）", m.group(3) + "%", spent, recv)
    m = ck.one(r"已到位未使用资金" + N + r"万元结转至(\d{4})年使用")
    ck.balance("结转（到位 − 执行）", m.group(1), recv, spent)
    ck.year_gt(m.group(2), Y, "结转")
    ck.year_eq(one(r"(\d{4})年本项目执行率为"), Y - 1, "上年")
    ck.year_eq(one(r"(\d{4})年发放情况如下"), Y, "发放")

    _, rows = table(t, "项目\t年初预算数")
    R = by_first(rows, "项目")
    tot, f, co, oth = R["年度资金总额"], R["当年财政拨款"], R["上年结转资金"], R["其他资金"]
    for col in ("年初预算数", "全年预算数", "实际到位数", "全年执行数"):
        ck.sum(f"funds {col}", tot[col], [f[col], co[col], oth[col]])
    for r in rows:
        ck.rate(f"funds {r['项目']}", r["执行率"], r["全年执行数"], r["全年预算数"])
    ck.same1("无调整：年初 = 全年", tot["年初预算数"], tot["全年预算数"], annual)
    ck.same1("到位", recv, tot["实际到位数"])
    ck.same1("执行", spent, tot["全年执行数"])
    ck.exec_score(tot["分值"], tot["得分"], tot["全年执行数"], tot["全年预算数"])

    _, rows = table(t, "等级\t补贴标准")
    tiers, total = rows[:-1], rows[-1]
    assert total["等级"] == "合计"
    for r in tiers:
        ck.product(f"tier {r['等级']}", r["补贴金额（万元）"], r["补贴标准（元/人）"], r["补贴人数（人）"])
    for col in ("补贴人数（人）", "补贴金额（万元）"):
        ck.sum(f"tier {col}", total[col], [r[col] for r in tiers])
    ck.same1("补贴总额 = 执行数", total["补贴金额（万元）"], spent)
    m = ck.one(r"全年共发放认定补贴" + N + r"人，人均" + N + r"元，其中高级工及以上(\d+)人")
    ck.same1("补贴人数", m.group(1), total["补贴人数（人）"])
    ck.average("人均", m.group(2), dec(total["补贴金额（万元）"]) * TEN4, total["补贴人数（人）"])
    hi = [R2(tiers, "等级", "高级（三级）")["补贴人数（人）"], R2(tiers, "等级", "技师（二级）")["补贴人数（人）"]]
    ck.sum("高级工及以上", m.group(3), hi)
    n_hi = m.group(3)
    m = ck.one(r"全年受理" + N + r"人次，审核通过" + N + r"人，退回不符合条件的申请" + N + r"人次")
    ck.sum("受理 = 通过 + 退回", m.group(1), [m.group(2), m.group(3)])
    ck.same1("审核通过 = 补贴人数", m.group(2), total["补贴人数（人）"])

    _, rows = table(t, "一级指标\t二级指标")
    ind_rows = [r for r in rows if r["一级指标"] != "总分"]
    trow = R2(rows, "一级指标", "总分")
    cols = dict(name="三级指标", target="年度指标值", actual="实际完成值", rate="完成率", weight="分值", score="得分")
    _, _, levels = ck.indicators(ind_rows, cols, extra_w=[tot["分值"]], extra_s=[tot["得分"]],
                                 total_w=trow["分值"], total_s=trow["得分"], level="一级指标")
    if dec(trow["分值"]) != 100:
        ck.err("weight_sum_mismatch", "总分 weight ≠ 100")
    I = by_first(ind_rows, "三级指标")
    ck.same1("补贴人数（表）", I["认定补贴发放人数"]["实际完成值"], total["补贴人数（人）"])
    ck.same1("高级工及以上（表）", I["高级工及以上补贴人数"]["实际完成值"], n_hi)
    ck.same1("中级标准", I["中级补贴标准"]["实际完成值"], R2(tiers, "等级", "中级（四级）")["补贴标准（元/人）"])
    ck.same1("发放用时", one(r"平均发放用时(\d+)日"), I["发放时限"]["实际完成值"])
    m = ck.one(r"实现就业" + N + r"人，未达到(\d+)人的年度目标")
    ck.same1("就业人数", m.group(1), I["取证后就业人数"]["实际完成值"])
    ck.same1("就业目标", m.group(2), I["取证后就业人数"]["年度指标值"])
    m = ck.one(r"新增企业自主评价备案(\d+)家，远低于(\d+)家的目标")
    ck.same1("备案企业", m.group(1), I["自主评价备案企业"]["实际完成值"])
    ck.same1("备案目标", m.group(2), I["自主评价备案企业"]["年度指标值"])
    m = ck.one(r"补贴对象满意度" + N + r"%，其中农牧民满意度" + N + r"%、企业职工满意度" + N + "%")
    ck.same1("满意度", m.group(1), I["补贴对象满意度"]["实际完成值"])
    for g in m.groups():
        ck.bounded_pct("满意度", g)
    keys = ["认定补贴发放人数", "高级工及以上补贴人数", "信息核验率", "发放时限", "取证后就业人数",
            "自主评价备案企业", "补贴对象满意度"]
    for g, key in zip(goals, keys):
        ck.same1(f"目标 {key}", g, I[key]["年度指标值"])

    m = ck.one(r"预算执行得分" + N + r"分，产出指标得分" + N + r"分，效益指标得分" + N + r"分，满意度指标得分" + N + r"分，综合得分" + N + r"分，评价等级为" + GRADE_RE)
    s_exec, s_out, s_ben, s_sat, s_tot, grade = m.groups()
    ck.same1("预算执行得分", s_exec, tot["得分"])
    for s, lv in ((s_out, "产出指标"), (s_ben, "效益指标"), (s_sat, "满意度指标")):
        if not close(s, levels[lv][1]):
            ck.err("score_sum_mismatch", f"{lv} {s} ≠ {levels[lv][1]}")
    all_s = sum((v[1] for v in levels.values()), D(0)) + dec(tot["得分"])
    if not close(s_tot, all_s) or not close(s_tot, dec(s_exec) + dec(s_out) + dec(s_ben) + dec(s_sat)):
        ck.err("score_sum_mismatch", f"综合得分 {s_tot} ≠ {all_s}")
    ck.grade(grade, s_tot)
    ck.grade(grade, trow["得分"])


def R2(rows, col, key):
    found = [r for r in rows if r[col] == key]
    if len(found) != 1:
        raise ParseError(f"row {key!r} found {len(found)} times")
    return found[0]


SPECS = {
    "ah-ningguo-jianding-2019": spec_ningguo,
    "gx-beihai-rending-2020": spec_beihai,
    "sn-baoji-jdzx-bumen-2022": spec_baoji,
    "hn-changde-rending-2023": spec_changde,
    "nm-tongliao-rending-2024": spec_tongliao,
}


# ================================================================= harness

def run_spec(proj, text):
    ck = Ck(text)
    SPECS[proj](ck)
    return ck.findings


def edit_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j   # [i, end_a) in a replaced by [i, end_b) in b


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35 or sum(1 for r in labels if r["clean"]) != 5:
        problems.append(f"expected 35 labels / 5 clean, got {len(labels)}")
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    code_count = Counter()
    for rec in labels:
        name, proj = rec["case"], rec["source"]
        text = texts[name]
        if proj not in SPECS:
            problems.append(f"{name}: no spec")
            continue
        try:
            findings = run_spec(proj, text)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        errs = {c for c, _ in findings if c not in WARNING_CODES}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if findings:
                problems.append(f"{name}: clean draft has findings: {findings}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1500–5000")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        code_count[code] += 1
        if exp[0]["severity"] != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}")
        if errs != {code}:
            problems.append(f"{name}: labelled {code}, checker found {sorted(errs)}: {findings}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        clean = texts[f"{proj}-clean.txt"]
        i, ea, eb = edit_region(clean, text)
        if clean[:i] + text[i:eb] + clean[ea:] != text:
            problems.append(f"{name}: not one contiguous edit")
        if max(ea - i, eb - i) > 40 or eb - i < 0:
            problems.append(f"{name}: edit too long ({ea - i} → {eb - i} chars)")
        vs = text.find(value)
        ve = vs + len(value)
        es, ee = i, max(eb, i + 1)
        if not (vs < ee and es < ve):
            problems.append(f"{name}: edit [{es},{ee}) does not overlap value [{vs},{ve})")
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("per-code counts:", dict(sorted(code_count.items())))
    print("OK")


if __name__ == "__main__":
    main()
