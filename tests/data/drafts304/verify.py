#!/usr/bin/env python3
"""Verify this set: labels, one-place edits, code coverage, and the arithmetic of every case.

For every case the arithmetic of its draft is redone from the text itself (figures are read with regular
expressions and table parsing, never copied from the edit list): every clean draft must pass every check,
and every error case must fail the labelled code and no other error-level code. `score_rule_mismatch`
(rules.md §5, a warning in errors.md §B) must pass on clean drafts but may fail on error cases.
Tolerance follows rules.md §8 (half a unit of the stated number's last decimal, Decimal, ROUND_HALF_UP).
Standard library only.  Usage: python3 verify.py   (prints OK at the end when everything holds)
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}
WARNING_CODES = {"score_rule_mismatch"}

N = r"(\d[\d,]*(?:\.\d+)?)"          # a stated number, captured as written
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
ONE = D(1)
HUNDRED = D(100)


def num(s):
    return D(str(s).replace(",", "").rstrip("%"))


def places(s):
    s = str(s).replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def ok(stated, computed):
    """rules.md §8: stated value consistent with the computed one within half a unit of its last digit."""
    return abs(num(stated) - computed) <= tol(stated)


def cellnum(cell):
    m = re.search(N, cell)
    if not m:
        raise ExtractError(f"no number in cell {cell!r}")
    return m.group(1)


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------------------------------------
class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []          # (code, message)

    # extraction ------------------------------------------------------------------------------------------
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"pattern matched {len(ms)} times: {pat}")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def line(self, prefix):
        ls = [l for l in self.t.split("\n") if l.startswith(prefix)]
        if len(ls) != 1:
            raise ExtractError(f"line prefix matched {len(ls)} times: {prefix!r}")
        return ls[0]

    def table(self, header_prefix, sep, ncols, stop):
        """Rows (lists of cells) after the header line, up to the line for which stop(line) is true
        (that line is returned separately, None if the table ends at a blank line)."""
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(idx) != 1:
            raise ExtractError(f"table header matched {len(idx)} times: {header_prefix!r}")
        rows, end = [], None
        for l in lines[idx[0] + 1:]:
            if stop(l):
                end = l
                break
            if not l.strip():
                break
            cells = split_cells(l, sep)
            if len(cells) != ncols:
                raise ExtractError(f"row with {len(cells)} cells (expected {ncols}): {l!r}")
            rows.append(cells)
        return rows, end

    # findings --------------------------------------------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    # identities ------------------------------------------------------------------------------------------
    def same(self, a, b, what):
        """Two statements of one quantity (I11); a power-of-ten slip is reported as unit_mismatch."""
        x, y = num(a), num(b)
        t = max(tol(a), tol(b))
        if abs(x - y) <= t:
            return
        for f in SCALES:
            if abs(x * f - y) <= t * max(ONE, f) or abs(y * f - x) <= t * max(ONE, f):
                self.fail("unit_mismatch", f"{what}: {a} vs {b} differ by a power of ten")
                return
        self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def total(self, total_s, parts, what, code="sum_mismatch"):
        """total = sum of parts (I4); if rescaling one amount by 10^±4/8 reconciles, unit_mismatch."""
        s = sum(num(p) for p in parts)
        if ok(total_s, s):
            return
        if code == "sum_mismatch":
            for p in parts:
                for f in SCALES:
                    if ok(total_s, s - num(p) + num(p) * f):
                        self.fail("unit_mismatch", f"{what}: part {p} off by a power of ten")
                        return
            for f in SCALES:
                if ok(total_s, s * f):
                    self.fail("unit_mismatch", f"{what}: total {total_s} off by a power of ten")
                    return
        self.fail(code, f"{what}: stated {total_s}, parts {'+'.join(parts)} = {s}")

    def diff(self, result_s, a, b, code, what):
        """result = a − b (I3 and differences between counts)."""
        c = num(a) - num(b)
        if not ok(result_s, c):
            self.fail(code, f"{what}: stated {result_s}, {a} − {b} = {c}")

    def product(self, stated_wan, yuan_value, what):
        """an amount in 万元 stated beside its per-unit build-up in 元."""
        c = yuan_value / D(10000)
        if ok(stated_wan, c):
            return
        for f in SCALES:
            if ok(stated_wan, c * f):
                self.fail("unit_mismatch", f"{what}: {stated_wan}万元 vs {yuan_value}元 off by a power of ten")
                return
        self.fail("sum_mismatch", f"{what}: {stated_wan}万元 vs {c}")

    def rate(self, rate_s, numer, denom, what):
        """stated rate = numer / denom × 100 (I1, I2, I5)."""
        r, n, d = num(rate_s), num(numer), num(denom)
        if d == 0:
            if r != 0:
                self.fail("implausible_rate", f"{what}: rate {rate_s}% on a zero base")
            return
        c = n / d * HUNDRED
        if r > HUNDRED or r < 0:
            self.fail("implausible_rate", f"{what}: rate {rate_s}% outside [0, 100]")
            return
        if not ok(rate_s, c):
            self.fail("rate_mismatch", f"{what}: stated {rate_s}%, {numer}/{denom} = {c:.4f}%")

    def completion(self, comp_s, direction, target, actual, what):
        comp = completion_of(direction, num(target), num(actual))
        if not ok(comp_s, comp):
            self.fail("completion_mismatch", f"{what}: stated {comp_s}%, computed {comp:.4f}%")

    def avg(self, avg_s, total_s, count_s, what):
        c = num(total_s) / num(count_s)
        if not ok(avg_s, c):
            self.fail("average_mismatch", f"{what}: stated {avg_s}, {total_s}/{count_s} = {c:.4f}")

    def approx(self, stated, computed, what):
        """约/余/左右: never an error when inside half a unit of the last digit (rules §8)."""
        if not ok(stated, computed):
            self.fail("conflicting_values", f"{what}: 约{stated} vs {computed}")

    def exec_score(self, score_s, weight_s, spent, budget, rate_s, what="execution score"):
        w, s = num(weight_s), num(score_s)
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{what}: score {score_s} vs weight {weight_s}")
        r = num(spent) / num(budget)
        alts = [w * min(ONE, r), w * min(ONE, num(rate_s) / HUNDRED)]
        if not any(ok(score_s, x) for x in alts):
            self.fail("score_rule_mismatch", f"{what}: {score_s} vs {alts}")

    def score_total(self, total_s, scores, what):
        s = sum(num(x) for x in scores)
        if not ok(total_s, s):
            self.fail("score_sum_mismatch", f"{what}: stated {total_s}, sum {s}")

    def weights(self, stated_s, weights, what):
        s = sum(num(x) for x in weights)
        if num(stated_s) != s:
            self.fail("weight_sum_mismatch", f"{what}: stated {stated_s}, sum {s}")

    def grade(self, total_s, word, what="grade"):
        band = grade_band(num(total_s))
        if GRADE_WORDS.get(word) != band:
            self.fail("grade_mismatch", f"{what}: total {total_s} is {band}, stated {word}")

    def years(self, ey):
        for m in re.finditer(r"结转至?(\d{4})年", self.t):
            if int(m.group(1)) <= ey:
                self.fail("year_mismatch", f"carry-over to {m.group(1)} in a {ey} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != ey:
                self.fail("year_mismatch", f"year-end figure dated {m.group(1)} in a {ey} report")
        head = "\n".join(self.t.split("\n")[:3])
        for m in re.finditer(r"(\d{4})年度", head):
            if int(m.group(1)) != ey:
                self.fail("year_mismatch", f"title year {m.group(1)} vs {ey}")
        last = [l for l in self.t.split("\n") if l.strip()][-1]
        m = re.match(r"(\d{4})年\d{1,2}月", last)
        if not m or int(m.group(1)) not in (ey, ey + 1):
            self.fail("year_mismatch", f"report date {last!r} for a {ey} report")

    # indicator rows -------------------------------------------------------------------------------------
    def rows(self, rows):
        for r in rows:
            self.check_row(r)

    def check_row(self, r):
        name, w_s, s_s = r["name"], r["weight"], r["score"]
        w, s = num(w_s), num(s_s)
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{name}: score {s_s} vs weight {w_s}")
        T, A = parse_value(r["target"]), parse_value(r["actual"])
        if T is None or A is None:
            return
        if T[0] == "date" or A[0] == "date":
            if T[0] != A[0]:
                self.fail("unit_mismatch", f"{name}: {r['target']} vs {r['actual']}")
                return
            if A[1] <= T[1] and s != w:
                self.fail("score_rule_mismatch", f"{name}: date met, score {s_s} of {w_s}")
            return
        if T[2] != A[2]:
            self.fail("unit_mismatch", f"{name}: target unit {T[2]!r}, actual unit {A[2]!r}")
            return
        a = num(A[1])
        if A[2] == "%" and (a > HUNDRED or a < 0):
            self.fail("implausible_rate", f"{name}: {r['actual']} outside [0, 100%]")
        comp = completion_of(T[3], num(T[1]), a)
        alts = [w * min(ONE, comp / HUNDRED)]
        if r.get("comp") is not None:
            if not ok(r["comp"], comp):
                self.fail("completion_mismatch", f"{name}: stated {r['comp']}, computed {comp:.4f}%")
            alts.append(w * min(ONE, num(r["comp"]) / HUNDRED))
        if not any(ok(s_s, x) for x in alts):
            self.fail("score_rule_mismatch", f"{name}: score {s_s}, rule gives {alts[0]:.4f}")


def split_cells(line, sep):
    if sep == "spaces":
        return re.split(r"\s{2,}", line.strip())
    return [c.strip() for c in line.split(sep)]


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
SIGN = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}


def parse_value(cell):
    cell = cell.strip()
    m = DATE.search(cell)
    if m:
        return ("date", tuple(int(x) for x in m.groups()), None, None)
    m = re.match(r"^([≥≤＞＜<>=＝])?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$", cell)
    if not m:
        return None
    return ("num", m.group(2), m.group(3), SIGN.get(m.group(1), "eq"))


def completion_of(direction, t, a):
    if direction == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    if t == 0:
        return HUNDRED if a <= 0 else D(0)
    return max(a, D(0)) / t * HUNDRED


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def grade_band(s):
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


def row_by(rows, name):
    rs = [r for r in rows if r["name"] == name]
    if len(rs) != 1:
        raise ExtractError(f"indicator row {name!r} found {len(rs)} times")
    return rs[0]


def tgt(r):
    return parse_value(r["target"])[1]


def act(r):
    return parse_value(r["actual"])[1]


# ----------------------------------------------------------------------------------------------------------
def p_tianmen(t):
    """hb-tianmen-zhaoshang-2022: full-width bars, execution block (20 points) above the indicator table."""
    c = Checker(t)
    c.years(2022)
    fb = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        cells = split_cells(c.line(name + "｜"), "｜")
        if len(cells) != 7:
            raise ExtractError(f"funds row {name}")
        fb[name] = cells
    tot = fb["年度资金总额"]
    comps = [fb[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total(tot[col], [r[col] for r in comps], f"funds block {label}")
    ini, ann, spent, w_exec, rate_s, sc_exec = tot[1:7]
    c.rate(rate_s, spent, ann, "执行率 年度资金总额")
    for r in comps:
        if r[5] not in ("—", "-", ""):
            c.rate(cellnum(r[5]), r[3], r[2], f"执行率 {r[0]}")
    c.exec_score(sc_exec, w_exec, spent, ann, rate_s)
    c.same(c.one(r"预算执行情况（分值(\d+)分）"), w_exec, "execution weight heading")
    c.same(c.one(r"预算执行指标分值(\d+)分"), w_exec, "execution weight text")

    ini2, add, ann2 = c.one(r"年初预算" + N + r"万元。年中，[^。]*?追加经费" + N + r"万元，调整后全年预算" + N + r"万元")
    c.same(ini2, ini, "年初预算 text vs table")
    c.same(ann2, ann, "全年预算 text vs table")
    c.total(ann2, [ini2, add], "年初 + 追加 = 全年预算")
    c.same(c.one(r"共安排该项经费" + N + r"万元"), ann, "overview funds vs 全年预算")
    spent2, a, b, cc, d = c.one(r"全年共支出" + N + r"万元，其中：外出招商差旅及客商接待" + N + r"万元，展会及推介活动" + N
                                + r"万元，招商宣传资料制作及平台维护" + N + r"万元，第三方产业链研究及委托招商服务" + N + r"万元")
    c.same(spent2, spent, "全年支出 text vs table")
    c.total(spent2, [a, b, cc, d], "spending items")
    part, subrate = c.one(r"年初预算部分支出" + N + r"万元，执行率" + N + "%")
    c.rate(subrate, part, ini, "年初预算部分执行率")
    add_sp = c.one(r"追加的" + N + r"万元已全部用于")
    c.same(add_sp, add, "追加 amount")
    c.total(spent, [part, add_sp], "年初部分 + 追加 = 全年执行")
    c.rate(c.one(r"到位率" + N + "%"), ann, ann, "到位率 (全部拨付到位)")
    c.diff(c.one(r"年末未支出的" + N + r"万元"), ann, spent, "balance_mismatch", "未支出 = 到位 − 执行")

    rows_raw, end = c.table("一级指标｜", "｜", 8, lambda l: l.startswith("合计｜"))
    rows = [dict(l1=r[0], l2=r[1], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in rows_raw]
    endc = split_cells(end, "｜")
    w_tab, s_tab = endc[5], endc[6]
    c.rows(rows)
    c.weights(w_tab, [r["weight"] for r in rows], "indicator weights vs 合计")
    c.weights(c.one(r"绩效指标完成情况（分值(\d+)分）"), [r["weight"] for r in rows], "indicator weights vs heading")
    c.weights("100", [w_exec] + [r["weight"] for r in rows], "all weights")
    c.score_total(s_tab, [r["score"] for r in rows], "indicator scores vs 合计")
    e_p, i_p, tot_p = c.one(r"预算执行指标得分" + N + r"分，绩效指标得分" + N + r"分，综合自评得分" + N + r"分")
    c.same(e_p, sc_exec, "execution score text vs block")
    c.same(i_p, s_tab, "indicator score text vs table")
    c.score_total(tot_p, [e_p, i_p], "total score")
    c.grade(tot_p, c.one(r"评价等级为“([^”]+)”"))

    trips = row_by(rows, "外出招商活动批次")
    n_trips, comp_t, avg_t = c.one(r"全年组织外出招商(\d+)批次，完成年度目标的" + N + r"%，平均每批次支出" + N + r"万元")
    c.same(n_trips, act(trips), "外出招商批次 text vs table")
    c.completion(comp_t, "gte", tgt(trips), n_trips, "外出招商 completion")
    c.avg(avg_t, a, n_trips, "差旅及接待 per 批次")
    ev = row_by(rows, "举办或参加重点招商推介会")
    n_ev, less = c.one(r"举办或参加重点招商推介会(\d+)场，比目标少(\d+)场")
    c.same(n_ev, act(ev), "推介会场次 text vs table")
    c.diff(less, tgt(ev), n_ev, "sum_mismatch", "推介会 shortfall")
    c.avg(act(row_by(rows, "单场推介会平均成本")), b, n_ev, "展会及推介活动 per 场")
    signed, last, inc, started = c.one(r"新签约亿元以上项目(\d+)个，比上年的(\d+)个增加(\d+)个，其中(\d+)个项目当年开工")
    c.same(signed, act(row_by(rows, "新签约亿元以上项目")), "签约项目 text vs table")
    c.diff(inc, signed, last, "sum_mismatch", "increase over last year")
    c.rate(act(row_by(rows, "签约项目当年开工率")), started, signed, "开工率")
    c.same(c.one(r"新签约项目协议投资额" + N + r"亿元"), act(row_by(rows, "新签约项目协议投资额")), "协议投资额")
    fr = row_by(rows, "实际到位省外资金")
    arr, comp_a, gap = c.one(r"实际到位省外资金" + N + r"亿元，完成目标的" + N + r"%，与全年目标相差约" + N + r"亿元")
    c.same(arr, act(fr), "到位资金 text vs table")
    c.completion(comp_a, "gte", tgt(fr), arr, "到位资金 completion")
    c.approx(gap, num(tgt(fr)) - num(arr), "到位资金 gap")
    g = c.one(r"组织外出招商不少于(\d+)批次，举办或参加重点招商推介会不少于(\d+)场，新签约亿元以上项目不少于(\d+)个，协议投资额不低于"
              + N + r"亿元，实际到位省外资金不低于" + N + r"亿元，签约落户企业满意度达到" + N + r"%以上")
    for goal, rname in zip(g, ("外出招商活动批次", "举办或参加重点招商推介会", "新签约亿元以上项目", "新签约项目协议投资额",
                               "实际到位省外资金", "签约落户企业满意度")):
        c.same(goal, tgt(row_by(rows, rname)), f"goal vs table target: {rname}")
    sent, valid, sat = c.one(r"发放满意度问卷(\d+)份，收回有效问卷(\d+)份，表示满意或基本满意的(\d+)份")
    c.rate(act(row_by(rows, "签约落户企业满意度")), sat, valid, "满意度 from questionnaires")
    return c.fails


def p_jieshou(t):
    """ah-jieshou-biaozhunchangfang-2020: ASCII pipes, 完成率 column, weights line, whole-point total."""
    c = Checker(t)
    c.years(2020)
    fr = {}
    for name in ("合计", "地方政府专项债券", "市本级财政资金"):
        cells = split_cells(c.line(name + " | "), "|")
        if len(cells) != 6:
            raise ExtractError(f"funds row {name}")
        fr[name] = cells
    tot, bond, city = fr["合计"], fr["地方政府专项债券"], fr["市本级财政资金"]
    for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "实际到位数"), (4, "全年执行数")):
        c.total(tot[col], [bond[col], city[col]], f"funds table {label}")
    for r in (tot, bond, city):
        c.rate(cellnum(r[5]), r[4], r[2], f"执行率 {r[0]}")
        if num(r[3]) > num(r[2]) or num(r[4]) > num(r[3]):
            c.fail("implausible_rate", f"{r[0]}: 执行 ≤ 到位 ≤ 预算 violated")

    ini_p, bond_p, city_p = c.one(r"2020年初批复预算" + N + r"万元，其中专项债券" + N + r"万元、市本级财政资金" + N + r"万元")
    c.same(ini_p, tot[1], "年初预算 text vs table")
    c.same(bond_p, bond[1], "专项债券 年初")
    c.same(city_p, city[1], "市本级 年初")
    c.total(ini_p, [bond_p, city_p], "年初预算 split")
    add, ann_p = c.one(r"追加市本级资金" + N + r"万元，全年预算调整为" + N + r"万元")
    c.total(ann_p, [ini_p, add], "年初 + 追加 = 全年预算")
    c.same(ann_p, tot[2], "全年预算 text vs table")
    c.total(city[2], [city[1], add], "市本级 年初 + 追加")
    rec_p, rec_rate = c.one(r"全年实际到位资金" + N + r"万元，资金到位率" + N + "%")
    c.same(rec_p, tot[3], "到位 text vs table")
    c.rate(rec_rate, rec_p, ann_p, "资金到位率")
    sp_p, bal = c.one(r"全年执行" + N + r"万元，年末结余" + N + r"万元")
    c.same(sp_p, tot[4], "执行 text vs table")
    c.diff(bal, rec_p, sp_p, "balance_mismatch", "结余 = 到位 − 执行")

    we, wo, wb, ws, wt = c.one(r"权重设置：预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分，合计(\d+)分")
    rows_raw, _ = c.table("一级指标 | ", "|", 8, lambda l: False)
    rows = [dict(l1=r[0], l2=r[1], name=r[2], target=r[3], actual=r[4], comp=r[5].rstrip("%"), weight=r[6],
                 score=r[7]) for r in rows_raw]
    c.rows(rows)
    for lv, w in (("预算执行", we), ("产出指标", wo), ("效益指标", wb), ("满意度指标", ws)):
        c.weights(w, [r["weight"] for r in rows if r["l1"] == lv], f"{lv} weights")
    c.weights(wt, [we, wo, wb, ws], "weights line")
    c.weights("100", [r["weight"] for r in rows], "all weights")
    ex = row_by(rows, "预算执行率")
    c.same(cellnum(ex["actual"]), cellnum(tot[5]), "执行率 indicator row vs funds table")
    total = c.one(r"项目自评得分" + N + r"分")
    c.score_total(total, [r["score"] for r in rows], "total score (whole points)")
    c.grade(total, c.one(r"评价等级为“([^”]+)”"))

    cost = row_by(rows, "每平方米建安成本")
    ca, ct = c.one(r"厂房建安成本每平方米" + N + r"元，低于可研批复的每平方米" + N + r"元")
    c.same(ca, act(cost), "建安成本 text vs table")
    c.same(ct, tgt(cost), "建安成本 target")
    plan, done, ontime, rest = c.one(r"计划内(\d+)栋厂房中有(\d+)栋完成主体工程，其中(\d+)栋按原定节点完工，其余(\d+)栋")
    bld = row_by(rows, "完成主体工程厂房栋数")
    c.same(plan, tgt(bld), "计划栋数")
    c.same(done, act(bld), "完成栋数")
    c.diff(rest, plan, done, "sum_mismatch", "未完成栋数")
    c.rate(act(row_by(rows, "厂房按期完工率")), ontime, plan, "按期完工率")
    c.same(c.one(r"新增入驻企业(\d+)家，只完成"), act(row_by(rows, "新增入驻企业")), "入驻企业")
    jobs_r = row_by(rows, "带动新增就业")
    jobs, over = c.one(r"带动就业(\d+)人，超出目标(\d+)人")
    c.same(jobs, act(jobs_r), "就业 text vs table")
    c.diff(over, jobs, tgt(jobs_r), "sum_mismatch", "就业 over target")
    occ_r = row_by(rows, "年末厂房出租率")
    occ, occ_t = c.one(r"出租率为" + N + r"%，低于" + N + r"%的目标")
    c.same(occ, act(occ_r), "出租率 text vs table")
    c.same(occ_t, tgt(occ_r), "出租率 target")
    c.same(c.one(r"满意度" + N + r"%，企业意见"), act(row_by(rows, "入驻企业满意度")), "满意度")
    nb, area = c.one(r"二期工程规划建设厂房(\d+)栋，建筑面积" + N + r"万平方米")
    c.same(nb, tgt(bld), "规划栋数 vs table target")
    c.same(area, tgt(row_by(rows, "新建标准厂房建筑面积")), "规划面积 vs table target")
    g = c.one(r"计划完成二期全部(\d+)栋厂房主体工程和配套道路管网，新增入驻企业(\d+)家，带动就业(\d+)人以上，年底厂房出租率达到" + N + "%")
    for goal, rname in zip(g, ("完成主体工程厂房栋数", "新增入驻企业", "带动新增就业", "年末厂房出租率")):
        c.same(goal, tgt(row_by(rows, rname)), f"goal vs table target: {rname}")
    c.same(c.one(r"对剩余(\d+)栋厂房"), rest, "剩余栋数")
    return c.fails


def p_juye(t):
    """sd-juye-luohujiangli-2018: tab-separated table with 完成率, execution block in prose above it."""
    c = Checker(t)
    c.years(2018)
    bud = c.one(r"预算安排落户奖励资金" + N + r"万元，年内未作调整")
    c.rate(c.one(r"到位率" + N + "%"), bud, bud, "到位率 (全部拨付到位)")
    spent = c.one(r"全年按程序兑现奖励" + N + r"万元")
    a, n_a, avg_a = c.one(r"1\.固定资产投资奖励" + N + r"万元，共(\d+)家企业，户均" + N + r"万元")
    b, n_b, price, months, area = c.one(r"2\.厂房租金补贴" + N + r"万元，对租用标准厂房的(\d+)家企业按每平方米每月" + N
                                        + r"元的标准补贴(\d+)个月，补贴面积合计" + N + r"平方米")
    cc, persons, per = c.one(r"3\.人才安家补助" + N + r"万元，补助对象(\d+)人，每人" + N + r"元")
    d, n_d = c.one(r"4\.税收贡献奖励" + N + r"万元，共(\d+)家企业")
    c.total(spent, [a, b, cc, d], "four reward items")
    c.avg(avg_a, a, n_a, "固定资产投资奖励 户均")
    x1, x2, x3, rest = c.one(r"分别兑现" + N + r"万元、" + N + r"万元、" + N + r"万元，其余3家企业合计" + N + r"万元")
    c.total(a, [x1, x2, x3, rest], "固定资产投资奖励 by firm")
    c.product(b, num(price) * num(area) * num(months), "租金补贴 = 单价 × 面积 × 月数")
    c.product(cc, num(persons) * num(per), "安家补助 = 人数 × 标准")
    inst, both, uniq = c.one(r"三类奖励共(\d+)家次，其中(\d+)家企业同时享受两类政策，实际受益企业(\d+)家")
    c.total(inst, [n_a, n_b, n_d], "家次")
    c.diff(uniq, inst, both, "sum_mismatch", "受益企业")
    c.diff(c.one(r"年末结余" + N + r"万元"), bud, spent, "balance_mismatch", "结余 = 到位 − 执行")
    apps, passed, deferred = c.one(r"全年受理申请(\d+)件，审核通过(\d+)件，(\d+)件")
    c.total(apps, [passed, deferred], "申请件数")

    w_exec = c.one(r"预算执行情况（权重(\d+)分）")
    b2, s2, r2, sc2 = c.one(r"全年预算" + N + r"万元，全年执行" + N + r"万元，预算执行率" + N + r"%，按“执行率×权重”计算得" + N + r"分")
    c.same(b2, bud, "预算 block vs funds text")
    c.same(s2, spent, "执行 block vs funds text")
    c.rate(r2, s2, b2, "预算执行率")
    c.exec_score(sc2, w_exec, s2, b2, r2)
    w_ind = c.one(r"绩效指标完成情况（权重(\d+)分）")
    rows_raw, end = c.table("一级指标\t", "\t", 9, lambda l: l.startswith("自评总分"))
    rows = [dict(l1=r[0], l2=r[1], name=r[2], target=r[3], actual=r[4], comp=r[5].rstrip("%"), weight=r[6],
                 score=r[7]) for r in rows_raw]
    c.rows(rows)
    c.weights(w_ind, [r["weight"] for r in rows], "indicator weights vs 权重90分")
    c.weights("100", [w_exec] + [r["weight"] for r in rows], "all weights")
    total, word = c.one(r"自评总分\t" + N + r"\t评价等级\t(\S+)")
    c.score_total(total, [sc2] + [r["score"] for r in rows], "自评总分 (whole points)")
    c.grade(total, word)

    firms = row_by(rows, "兑现奖励企业数")
    c.same(uniq, act(firms), "受益企业 text vs table")
    c.diff(c.one(r"兑现奖励企业数比目标少(\d+)家"), tgt(firms), act(firms), "sum_mismatch", "企业数 shortfall")
    tal = row_by(rows, "人才安家补助人数")
    c.same(persons, act(tal), "安家补助人数 text vs table")
    c.same(c.one(r"(\d+)名中高级人才落户"), persons, "人才人数")
    days_r = row_by(rows, "奖励兑现平均办理时限")
    days, promise, saved = c.one(r"平均用时(\d+)个工作日，比政策承诺的(\d+)个工作日缩短(\d+)个工作日")
    c.same(days, act(days_r), "办理时限 text vs table")
    c.same(promise, tgt(days_r), "承诺时限")
    c.diff(saved, promise, days, "sum_mismatch", "缩短天数")
    cost = row_by(rows, "奖励资金支出总额")
    c.same(act(cost), spent, "支出总额 table vs text")
    c.same(tgt(cost), bud, "支出上限 vs 预算")
    c.same(c.one(r"新落户企业当年实现税收" + N + r"万元，比上年"), act(row_by(rows, "新落户企业当年实现税收")), "税收")
    c.same(c.one(r"新增就业岗位(\d+)个，其中"), act(row_by(rows, "新增就业岗位")), "就业岗位")
    g = c.one(r"全年为不少于(\d+)家符合条件的落户企业兑现奖励，发放人才安家补助不少于(\d+)人，奖励资金审核合规率" + N
              + r"%，新落户企业当年实现税收" + N + r"万元以上、完成固定资产投资" + N + r"亿元以上、新增就业岗位(\d+)个以上，落户企业满意度"
              + N + r"%以上")
    for goal, rname in zip(g, ("兑现奖励企业数", "人才安家补助人数", "奖励资金审核合规率", "新落户企业当年实现税收",
                               "新落户企业完成固定资产投资", "新增就业岗位", "落户企业满意度")):
        c.same(goal, tgt(row_by(rows, rname)), f"goal vs table target: {rname}")
    c.same(c.one(r"万元，为(\d+)家企业未达到投产条件"), deferred, "暂缓兑现企业数")
    fai = row_by(rows, "新落户企业完成固定资产投资")
    fa, ft = c.one(r"新落户企业固定资产投资完成" + N + r"亿元，低于" + N + r"亿元的目标")
    c.same(fa, act(fai), "固定资产投资 text vs table")
    c.same(ft, tgt(fai), "固定资产投资 target")
    return c.fails


def p_xingren(t):
    """gz-xingren-yuanqupeitao-2023: space-aligned tables, weights line with 二级 weights, carry-in funds."""
    c = Checker(t)
    c.years(2023)
    fr = {}
    for name in ("年度资金总额", "当年财政拨款", "上年结转资金"):
        cells = split_cells(c.line(name + "  "), "spaces")
        if len(cells) != 5:
            raise ExtractError(f"funds row {name}")
        fr[name] = cells
    tot, fis, car = fr["年度资金总额"], fr["当年财政拨款"], fr["上年结转资金"]
    for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total(tot[col], [fis[col], car[col]], f"funds table {label}")
    for r in (tot, fis, car):
        c.rate(cellnum(r[4]), r[3], r[2], f"执行率 {r[0]}")
    c.same(c.one(r"2023年度项目资金" + N + r"万元"), tot[2], "overview funds vs 全年预算")
    c.same(c.one(r"2023年初预算" + N + r"万元"), tot[1], "年初预算 text vs table")
    add = c.one(r"追加预算" + N + r"万元")
    c.total(fis[2], [fis[1], add], "当年财政拨款 年初 + 追加")
    c.same(c.one(r"2022年结转的纵三路征地拆迁补偿资金" + N + r"万元"), car[2], "上年结转 text vs table")
    sp = c.one(r"全年执行" + N + r"万元，其中")
    c.same(sp, tot[3], "执行 text vs table")
    road, water, sewer = c.one(r"分别支出" + N + r"万元、" + N + r"万元和" + N + r"万元")
    c.total(sp, [road, water, sewer], "three works")
    c.approx(c.one(r"全年支出折合约" + N + r"亿元"), num(sp) / D(10000), "支出 in 亿元")
    c.diff(c.one(r"未执行的" + N + r"万元"), tot[2], tot[3], "balance_mismatch", "未执行 = 预算 − 执行")
    c.diff(c.one(r"补偿资金中有" + N + r"万元因两户"), car[2], car[3], "balance_mismatch", "结转资金未兑付")

    (we, wo, wq, wl, wt_, wc, wb, ws) = c.one(
        r"预算执行率(\d+)分；产出指标(\d+)分（数量指标(\d+)分、质量指标(\d+)分、时效指标(\d+)分、成本指标(\d+)分）；效益指标(\d+)分；满意度指标(\d+)分")
    rows_raw, end = c.table("一级指标  ", "spaces", 8, lambda l: l.startswith("合计"))
    rows = [dict(l1=r[0], l2=r[1], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in rows_raw]
    endc = split_cells(end, "spaces")
    w_tab, s_tab = endc[5], endc[6]
    c.rows(rows)
    c.weights(wo, [wq, wl, wt_, wc], "产出 二级 weights in the line")
    for l2, w in (("数量指标", wq), ("质量指标", wl), ("时效指标", wt_), ("成本指标", wc)):
        c.weights(w, [r["weight"] for r in rows if r["l2"] == l2], f"{l2} weights")
    for l1, w in (("预算执行", we), ("产出指标", wo), ("效益指标", wb), ("满意度指标", ws)):
        c.weights(w, [r["weight"] for r in rows if r["l1"] == l1], f"{l1} weights")
    c.weights(w_tab, [r["weight"] for r in rows], "weights vs 合计")
    c.weights("100", [we, wo, wb, ws], "weights line total")
    c.score_total(s_tab, [r["score"] for r in rows], "scores vs 合计")
    c.same(cellnum(row_by(rows, "预算执行率")["actual"]), cellnum(tot[4]), "执行率 indicator row vs funds table")
    g = c.one(r"计划建成纵三路" + N + r"公里，新建供水及污水管网" + N + r"公里，工程验收合格率" + N
              + r"%，道路工程10月底前完工；通过配套完善，当年新引进入园企业(\d+)家以上，园区企业用水保障率" + N
              + r"%以上，污水集中收集率达到" + N + "%")
    for goal, rname in zip(g, ("新建园区道路", "新建供水及污水管网", "工程验收合格率", "新引进入园企业", "园区企业用水保障率",
                               "污水集中收集率")):
        c.same(goal, tgt(row_by(rows, rname)), f"goal vs table target: {rname}")
    if not num(cellnum(tot[4])) < num(c.one(r"全年预算执行率低于(\d+)%")):
        c.fail("rate_mismatch", "text says the execution rate is below the threshold")
    total = c.one(r"综合得分" + N + r"分")
    c.same(total, s_tab, "conclusion total vs 合计")
    c.grade(total, c.one(r"评价等级为“([^”]+)”"))
    road_r = row_by(rows, "新建园区道路")
    perkm = c.one(r"道路工程每公里综合造价" + N + r"万元")
    c.avg(perkm, road, act(road_r), "道路 cost per km")
    c.same(perkm, act(row_by(rows, "道路每公里综合造价")), "per-km cost text vs table")
    c.same(c.one(r"年底累计完成供水及污水管网" + N + r"公里"), act(row_by(rows, "新建供水及污水管网")), "管网公里数")
    return c.fails


def p_qionglai(t):
    """sc-qionglai-touzicujin-2024: department-wide report, prose only (10 + 90 points)."""
    c = Checker(t)
    c.years(2024)
    ini, basic, proj = c.one(r"年初预算" + N + r"万元，其中基本支出" + N + r"万元、项目支出" + N + r"万元")
    c.total(ini, [basic, proj], "年初预算 split")
    add, ann, proj_adj = c.one(r"追加重点项目服务保障经费" + N + r"万元，调整后全年预算" + N + r"万元，项目支出预算调整为" + N + r"万元")
    c.total(ann, [ini, add], "年初 + 追加 = 全年预算")
    c.total(proj_adj, [proj, add], "项目支出 调整后")
    c.total(ann, [basic, proj_adj], "基本 + 项目 = 全年预算")
    sp, rate_all = c.one(r"全年实际支出" + N + r"万元，部门整体预算执行率" + N + "%")
    c.rate(rate_all, sp, ann, "部门整体预算执行率")
    sp_b, r_b = c.one(r"其中基本支出" + N + r"万元，执行率" + N + "%")
    c.rate(r_b, sp_b, basic, "基本支出执行率")
    sp_p, r_p = c.one(r"项目支出" + N + r"万元，执行率" + N + "%")
    c.rate(r_p, sp_p, proj_adj, "项目支出执行率")
    c.total(sp, [sp_b, sp_p], "基本 + 项目 = 全年支出")
    c.diff(c.one(r"年末结转结余" + N + r"万元"), ann, sp, "balance_mismatch", "结转结余 = 预算 − 支出")
    pb = c.one(r"预算分别为" + N + r"万元、" + N + r"万元和" + N + r"万元")
    ps = c.one(r"实际支出分别为" + N + r"万元、" + N + r"万元和" + N + r"万元")
    pr = c.one(r"执行率分别为" + N + r"%、" + N + r"%和" + N + "%")
    c.total(proj_adj, list(pb), "three project budgets")
    c.total(sp_p, list(ps), "three project spendings")
    for i in range(3):
        c.rate(pr[i], ps[i], pb[i], f"project {i + 1} 执行率")
    base, goods, grants = c.one(r"项目支出" + N + r"万元中商品和服务支出" + N + r"万元、对企业补助" + N + r"万元")
    c.same(base, sp_p, "项目支出 by economic class")
    c.total(base, [goods, grants], "economic classification")

    we, wi, wo, wb, ws, wt = c.one(r"预算执行率(\d+)分，绩效指标(\d+)分，其中产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分，合计(\d+)分")
    c.weights(wi, [wo, wb, ws], "绩效指标 split")
    c.weights(wt, [we, wi], "total weights")
    r_exec, sc_exec = c.one(r"部门整体预算执行率" + N + r"%，按“执行率×10”计算得" + N + r"分")
    c.same(r_exec, rate_all, "执行率 restated")
    c.exec_score(sc_exec, we, sp, ann, r_exec)
    ind = []
    pats = [
        ("gte", r"引进产业链项目目标不少于(\d+)个，实际引进(\d+)个，完成率" + N + r"%，该项权重(\d+)分，得" + N + r"分", "产出"),
        ("gte", r"合同总投资目标不低于" + N + r"亿元，实际完成" + N + r"亿元，完成率" + N + r"%，权重(\d+)分，得" + N + r"分", "产出"),
        ("gte", r"重点项目开工率目标不低于" + N + r"%，实际为" + N + r"%，完成率" + N + r"%，权重(\d+)分，得" + N + r"分", "产出"),
        ("gte", r"到位市外资金目标不低于" + N + r"亿元，实际到位" + N + r"亿元，完成率" + N + r"%，权重(\d+)分，得" + N + r"分", "效益"),
        ("gte", r"新增规模以上工业企业目标不少于(\d+)家，实际新增(\d+)家，完成率" + N + r"%，权重(\d+)分，得" + N + r"分", "效益"),
    ]
    for direction, pat, lv in pats:
        T, A, comp, w, s = c.one(pat)
        ind.append((lv, T, A, w, s))
        c.completion(comp, direction, T, A, pat[:12])
        cv = completion_of(direction, num(T), num(A))
        if num(s) > num(w):
            c.fail("score_exceeds_weight", f"{pat[:12]}: {s} > {w}")
        if not (ok(s, num(w) * min(ONE, cv / HUNDRED)) or ok(s, num(w) * min(ONE, num(comp) / HUNDRED))):
            c.fail("score_rule_mismatch", f"{pat[:12]}: score {s}")
    Tc, Ac, wc_, sc_ = c.one(r"经费支出控制在" + N + r"万元以内，实际支出" + N + r"万元，达到目标，权重(\d+)分，得" + N + r"分")
    ind.append(("产出", Tc, Ac, wc_, sc_))
    if num(Ac) > num(Tc) or num(sc_) != num(wc_):
        c.fail("score_rule_mismatch", "cost indicator")
    c.same(Tc, pb[1], "活动经费 cap vs project budget")
    c.same(Ac, ps[1], "活动经费 actual vs project spending")
    As, Ts, comp_s, w_s, s_s = c.one(r"企业满意度为" + N + r"%，目标为" + N + r"%以上，完成率" + N + r"%，权重(\d+)分，得" + N + r"分")
    ind.append(("满意度", Ts, As, w_s, s_s))
    if num(As) > HUNDRED:
        c.fail("implausible_rate", "satisfaction above 100%")
    c.completion(comp_s, "gte", Ts, As, "satisfaction")
    if num(s_s) > num(w_s):
        c.fail("score_exceeds_weight", "satisfaction")
    for lv, lvw, lbl in (("产出", wo, "产出指标"), ("效益", wb, "效益指标"), ("满意度", ws, "满意度指标")):
        c.weights(lvw, [x[3] for x in ind if x[0] == lv], f"{lbl} weights")
        c.same(c.one(r"（[二三四]）" + lbl + r"（(\d+)分）"), lvw, f"{lbl} heading weight")
    out_s = c.one(r"产出指标合计得" + N + r"分")
    ben_s = c.one(r"效益指标合计得" + N + r"分")
    c.score_total(out_s, [x[4] for x in ind if x[0] == "产出"], "产出 subtotal")
    c.score_total(ben_s, [x[4] for x in ind if x[0] == "效益"], "效益 subtotal")
    total, word = c.one(r"绩效自评得分" + N + r"分，评价等级为“([^”]+)”")
    c.score_total(total, [sc_exec, out_s, ben_s, s_s], "department total")
    c.grade(total, word)
    s1, s2, s3, avg = c.one(r"自评得分分别为" + N + r"分、" + N + r"分和" + N + r"分，平均" + N + r"分")
    c.avg(avg, str(num(s1) + num(s2) + num(s3)), "3", "project average score")
    n_proj, inv = c.one(r"全年引进产业链项目(\d+)个、签约合同总投资" + N + r"亿元")
    c.same(n_proj, ind[0][2], "引进项目 overview vs indicator")
    c.same(inv, ind[1][2], "签约投资 overview vs indicator")
    c.diff(c.one(r"开工率比目标低(\d+)个百分点"), ind[2][1], ind[2][2], "sum_mismatch", "开工率 gap")
    return c.fails


PROJECT_CHECKS = {
    "hb-tianmen-zhaoshang-2022": p_tianmen,
    "ah-jieshou-biaozhunchangfang-2020": p_jieshou,
    "sd-juye-luohujiangli-2018": p_juye,
    "gz-xingren-yuanqupeitao-2023": p_xingren,
    "sc-qionglai-touzicujin-2024": p_qionglai,
}


# ----------------------------------------------------------------------------------------------------------
def diff_region(a, b):
    """[start, end) in b of the single place where b differs from a (common prefix / suffix)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s], b[p:len(b) - s]


def main():
    problems = []
    counts = Counter()
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    sources = Counter(r["source"] for r in labels)
    for pid, n in sources.items():
        if n != 7:
            problems.append(f"{pid}: {n} cases, expected 7")
    for rec in labels:
        name, pid = rec["case"], rec["source"]
        if set(rec) != {"case", "source", "clean", "expected"}:
            problems.append(f"{name}: keys {sorted(rec)}")
        with open(os.path.join(CASES, name), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as f:
            clean = f.read()
        try:
            fails = PROJECT_CHECKS[pid](text)
        except ExtractError as e:
            problems.append(f"{name}: extraction failed: {e}")
            continue
        err_codes = {code for code, _ in fails if code in ERROR_CODES}
        if rec["clean"]:
            if rec["expected"] != [] or text != clean:
                problems.append(f"{name}: clean case with labels or text differing from the draft")
            if fails:
                problems.append(f"{name}: clean draft fails checks: {fails}")
            n_chars = len(text)
            print(f"{name}: clean, {n_chars} characters, all checks pass")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        if set(exp) != {"code", "severity", "value", "explanation"} or exp["severity"] != "error":
            problems.append(f"{name}: bad label fields {exp}")
        code, value = exp["code"], exp["value"]
        if code not in ERROR_CODES:
            problems.append(f"{name}: unknown code {code}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: label value {value!r} not in the case")
        start, end, old, new = diff_region(clean, text)
        if not old and not new:
            problems.append(f"{name}: identical to its clean draft")
        # one contiguous place: outside [start, end) the case equals its clean draft (common prefix and
        # suffix); that place must be short and lie inside an occurrence of the label value
        if len(old) > 12 or len(new) > 12:
            problems.append(f"{name}: changed place too long: {old!r} -> {new!r}")
        if not any(o <= start and end <= o + len(value) for o in occ):
            problems.append(f"{name}: changed place [{start},{end}) is not inside the label value")
        if code not in err_codes:
            problems.append(f"{name}: labelled {code} does not fail; failures: {fails}")
        others = err_codes - {code}
        if others:
            problems.append(f"{name}: other error-level codes fail too: {[x for x in fails if x[0] in others]}")
        counts[code] += 1
        print(f"{name}: {code}: {old!r} -> {new!r}; failing: {sorted({c for c, _ in fails})}")
    for code in sorted(ERROR_CODES):
        if counts[code] < 2:
            problems.append(f"code {code} used {counts[code]} times (< 2)")
    print("counts per code:", dict(sorted(counts.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
