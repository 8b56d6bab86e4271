#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs in its case (and exactly once);
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md §A (1-13) is used at least twice;
4. the arithmetic of every clean draft is redone: all checks pass;
5. the arithmetic of every error case is redone: the labelled code fails and no other error-level code fails.

Tolerance (rules.md §8): a stated value with d decimals is consistent with a computed value c iff
|c - v| <= 0.5 * 10^-d (+1e-9); rounding ROUND_HALF_UP; numbers marked 约/左右 get an input interval.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

UNIT = {"元": D(1), "万元": D(10000), "亿元": D(100000000)}
GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class ParseError(Exception):
    pass


def dp(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -dp(stated)) + D("1e-9")


def q2(x):
    return D(x).quantize(D("0.0001"), rounding=ROUND_HALF_UP)


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.errors = []
        self.warnings = []

    # ---- extraction -------------------------------------------------------------------
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{pat!r} matched {len(ms)} times")
        return ms[0]

    def block(self, start_pat, end_pat):
        m = self.one(start_pat)
        rest = self.t[m.end():]
        e = re.search(end_pat, rest)
        return rest[: e.start()] if e else rest

    # ---- findings ---------------------------------------------------------------------
    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # ---- generic arithmetic -----------------------------------------------------------
    def expect(self, code, stated, computed, what):
        if not ok(stated, computed):
            self.err(code, f"{what}: stated {stated}, computed {q2(computed)}")

    def sum_of(self, total, parts, what, code="sum_mismatch"):
        self.expect(code, total, sum(D(p) for p in parts), what)

    def rate(self, stated, num, den, what, code="rate_mismatch"):
        """stated percentage (string, may end with %) against num/den*100."""
        s = stated.rstrip("%")
        if D(den) == 0:
            if s not in ("—", "0", ""):
                self.err("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        comp = D(num) / D(den) * 100
        if not ok(s, comp):
            self.err(code, f"{what}: stated {stated}, computed {q2(comp)}%")
            if D(s) > 100:
                self.err("implausible_rate", f"{what}: {stated} above 100%")
        elif comp > 100:
            self.err("implausible_rate", f"{what}: {stated} above 100%")

    def same(self, a, b, what):
        if D(a) != D(b):
            self.err("conflicting_values", f"{what}: {a} vs {b}")

    def product(self, code, n, per, per_unit, total, total_unit, what):
        """n x per (per_unit) must equal total (total_unit); a 10^4 / 10^8 offset is unit_mismatch."""
        comp = D(n) * D(per) * UNIT[per_unit] / UNIT[total_unit]
        if ok(total, comp):
            return
        for k in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
            if ok(total, comp * k):
                self.err("unit_mismatch", f"{what}: {n} x {per}{per_unit} vs {total}{total_unit} "
                                          f"reconciled only by a factor {k}")
                return
        self.err(code, f"{what}: {n} x {per}{per_unit} = {q2(comp)}{total_unit}, stated {total}")

    def average(self, stated, total, n, what, scale=1):
        self.expect("average_mismatch", stated, D(total) * D(scale) / D(n), what)

    def year_is(self, y, what):
        if int(y) != self.year:
            self.err("year_mismatch", f"{what}: {y} but evaluation year {self.year}")

    def year_after(self, y, what):
        if int(y) <= self.year:
            self.err("year_mismatch", f"{what}: carry-over to {y}, evaluation year {self.year}")

    def year_before(self, y, what):
        if int(y) >= self.year:
            self.err("year_mismatch", f"{what}: {y} should precede evaluation year {self.year}")

    def grade(self, total, word, what):
        g = GRADE_WORDS.get(word)
        if g is None:
            raise ParseError(f"grade word {word!r}")
        if g != band(total):
            self.err("grade_mismatch", f"{what}: total {total} is {band(total)}, stated {word}")


# ---------------------------------------------------------------------------------------
# indicator rows
VAL = re.compile(r"^(≥|≤|＞|＜|=)?\s*(-?\d+(?:\.\d+)?)\s*(.*)$")
DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def parse_val(s):
    s = s.strip()
    if DATE.search(s):
        return ("date", None, None)
    m = VAL.match(s)
    if not m:
        return ("qual", None, None)
    op = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return (op, m.group(2), m.group(3).strip())


def qual_band(actual):
    if "未达成" in actual:
        return (D(0), D("0.6"))
    if "部分达成" in actual:
        return (D("0.6"), D("0.8"))
    if "基本达成" in actual:
        return (D("0.6"), D(1))
    if "达成" in actual or "完成" in actual:
        return (D("0.8"), D(1))
    return (D(0), D(1))


def check_rows(c, rows, total_score, total_weight=None, extra_weight=D(0), extra_score=D(0),
               groups=None):
    """rows: dicts with name, l1, target, actual, weight, score, completion (opt).
    total_score: stated total string; extra_*: execution block outside the table;
    groups: {l1: (weight_str, score_str)} stated subtotals."""
    for r in rows:
        name, w, s = r["name"], D(r["weight"]), D(r["score"])
        if s > w or s < 0:
            c.err("score_exceeds_weight", f"{name}: score {r['score']} vs weight {r['weight']}")
        top, tv, tu = parse_val(r["target"])
        aop, av, au = parse_val(r["actual"])
        if top in ("gte", "lte", "eq") and aop == "eq":
            if tu != au:
                c.err("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
                continue
            if tu == "%" and D(av) > 100:
                c.err("implausible_rate", f"{name}: {r['actual']} above 100%")
            T, A = D(tv), D(av)
            if top == "lte":
                comp = D(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
            if r.get("completion") not in (None, "—", ""):
                if not ok(r["completion"], comp):
                    c.err("completion_mismatch", f"{name}: stated {r['completion']}, computed {q2(comp)}%")
            exp = w * min(comp / 100, D(1))
            alt = None
            if r.get("completion") not in (None, "—", ""):
                alt = w * min(D(r["completion"].rstrip("%")) / 100, D(1))
            if not (ok(r["score"], exp) or (alt is not None and ok(r["score"], alt))):
                c.warn("score_rule_mismatch", f"{name}: score {r['score']}, rule gives {q2(exp)}")
        elif top in ("gte", "lte", "eq") and aop in ("qual", "date"):
            c.err("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
        elif top == "date":
            if s != w:
                c.warn("score_rule_mismatch", f"{name}: time indicator met but score {s}")
        else:  # qualitative
            lo, hi = qual_band(r["actual"])
            if not (w * lo <= s <= w * hi):
                c.warn("score_rule_mismatch", f"{name}: qualitative score {s} outside band")
    wsum = sum(D(r["weight"]) for r in rows) + extra_weight
    if wsum != 100:
        c.err("weight_sum_mismatch", f"weights sum to {wsum}")
    if total_weight is not None and D(total_weight) != wsum:
        c.err("weight_sum_mismatch", f"stated weight total {total_weight} vs {wsum}")
    ssum = sum(D(r["score"]) for r in rows) + extra_score
    c.expect("score_sum_mismatch", total_score, ssum, "sum of scores vs total")
    for l1, (gw, gs) in (groups or {}).items():
        members = [r for r in rows if r["l1"] == l1]
        if D(gw) != sum(D(r["weight"]) for r in members):
            c.err("weight_sum_mismatch", f"{l1} subtotal weight {gw}")
        c.expect("score_sum_mismatch", gs, sum(D(r["score"]) for r in members), f"{l1} subtotal score")


def row_by(rows, name):
    hits = [r for r in rows if r["name"] == name]
    if len(hits) != 1:
        raise ParseError(f"row {name!r}: {len(hits)}")
    return hits[0]


def goals(c, rows, pairs):
    """pairs: (row name, regex with one group giving the target stated in the prose)."""
    for name, pat in pairs:
        c.same(numpart(row_by(rows, name)["target"]), c.one(pat).group(1), f"{name} target prose vs table")


def numpart(s):
    m = re.search(r"-?\d+(?:\.\d+)?", s)
    if not m:
        raise ParseError(f"no number in {s!r}")
    return m.group(0)


# ---------------------------------------------------------------------------------------
# project 1: Tongxiang 2019 (pipe table with 小计 rows)
def check_tongxiang(c):
    g = lambda p: c.one(p).groups()
    c.year_is(c.one(r"^桐乡市农业农村局\n(\d{4})年度").group(1), "title")
    init, = g(r"项目年初预算(\d+\.\d+)万元")
    add, = g(r"追加蚕桑产业发展资金(\d+\.\d+)万元")
    cy, carry = g(r"加上(\d{4})年结转的(\d+\.\d+)万元")
    c.year_before(cy, "结转 from")
    annual, = g(r"全年预算(\d+\.\d+)万元")
    c.sum_of(annual, [init, add, carry], "全年预算 = 年初 + 追加 + 结转")
    c.rate(g(r"到位率(\d+)%")[0], annual, annual, "到位率 (全部到位)")
    y, spent, r_all = g(r"截至(\d{4})年12月31日，项目共支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.year_is(y, "截至")
    c.rate(r_all, spent, annual, "预算执行率")
    prov, r_prov = g(r"其中省级资金(\d+\.\d+)万元当年全部支出，执行率(\d+)%")
    c.same(prov, add, "省级资金")
    c.rate(r_prov, prov, prov, "省级执行率")
    city_b, city_s, r_city = g(r"市级资金及上年结转合计(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    c.sum_of(city_b, [init, carry], "市级 + 结转")
    c.sum_of(spent, [prov, city_s], "省级支出 + 市级支出")
    c.rate(r_city, city_s, city_b, "市级及结转执行率")
    uses = g(r"老桑园改造补助(\d+\.\d+)万元，省力化蚕台补助(\d+\.\d+)万元，统防统治药剂采购(\d+\.\d+)万元，"
             r"技术培训与示范(\d+\.\d+)万元，蚕种催青消毒补助(\d+\.\d+)万元")
    c.sum_of(spent, uses, "支出按用途合计")
    bal, = g(r"年末结余(\d+\.\d+)万元")
    c.expect("balance_mismatch", bal, D(annual) - D(spent), "结余 = 全年预算 - 支出")
    c.year_after(g(r"已结转(\d{4})年继续使用")[0], "结转")
    # outputs
    goal_area, = g(r"改造老桑园(\d+)亩以上")
    area, compl = g(r"全年改造老桑园(\d+)亩，完成年度目标的(\d+)%")
    c.expect("completion_mismatch", compl, D(area) / D(goal_area) * 100, "改造面积完成率")
    towns = g(r"分别为洲泉镇(\d+)亩、河山镇(\d+)亩、石门镇(\d+)亩、乌镇镇(\d+)亩，共计(\d+)亩")
    c.sum_of(towns[4], towns[:4], "各镇改造面积")
    c.same(towns[4], area, "改造面积")
    per, pu, paid = g(r"按每亩(\d+)(元|万元)标准补助，共兑付(\d+\.\d+)万元")
    c.product("sum_mismatch", area, per, pu, paid, "万元", "改造补助")
    c.same(paid, uses[0], "改造补助")
    n_t, per_t, pu_t, amt_t = g(r"推广省力化蚕台(\d+)套，每套补助(\d+)(元|万元)，计(\d+\.\d+)万元")
    c.product("sum_mismatch", n_t, per_t, pu_t, amt_t, "万元", "蚕台补助")
    c.same(amt_t, uses[1], "蚕台补助")
    n_s, trained, avg_s = g(r"现场会(\d+)场，培训蚕农(\d+)人次，平均每场(\d+)人次")
    c.average(avg_s, trained, n_s, "平均每场人次")
    boxes_q, per_q, pu_q, amt_q = g(r"对全市(\d+)张蚕种实行统一催青和消毒，每张补助(\d+)(元|万元)，计(\d+\.\d+)万元")
    c.product("sum_mismatch", boxes_q, per_q, pu_q, amt_q, "万元", "催青消毒补助")
    c.same(amt_q, uses[4], "催青消毒补助")
    boxes, spring, autumn = g(r"全年全市发种(\d+)张，其中春蚕(\d+)张、夏秋蚕(\d+)张")
    c.sum_of(boxes, [spring, autumn], "春蚕 + 夏秋蚕")
    c.same(boxes, boxes_q, "发种张数")
    cocoon, per_box = g(r"产茧(\d+\.\d+)吨，平均每张产茧(\d+\.\d+)公斤")
    c.average(per_box, cocoon, boxes, "张产", scale=1000)
    price, value = g(r"每公斤(\d+)元计算，蚕茧总产值(\d+)万元")
    c.expect("sum_mismatch", value, D(cocoon) * 1000 * D(price) / 10000, "蚕茧总产值")
    # approximate coverage: 约2.5万亩 → interval
    tot_mu, ctrl_mu = g(r"全市现有桑园约(\d+\.\d+)万亩，全年组织统防统治(\d+\.\d+)万亩")
    total, gword = g(r"本项目自评得分(\d+\.\d+)分，评价等级为(.)")
    c.grade(total, gword, "prose grade")
    # table
    tab = c.block(r"附表：\d{4}年度[^\n]*\n", r"\n\n")
    c.year_is(c.one(r"附表：(\d{4})年度").group(1), "附表 title")
    rows, groups, trow = [], {}, None
    for line in tab.strip().split("\n")[1:]:
        cells = line.split("｜")
        if cells[0] == "总分":
            trow = cells
        elif cells[1] == "小计":
            groups[cells[0]] = (cells[5], cells[6])
        else:
            rows.append({"l1": cells[0], "name": cells[2], "target": cells[3], "actual": cells[4],
                         "weight": cells[5], "score": cells[6]})
    if trow is None:
        raise ParseError("no 总分 row")
    check_rows(c, rows, trow[6], total_weight=trow[5], groups=groups)
    c.grade(trow[6], trow[7].split("：")[1], "table grade")
    c.same(trow[6], total, "total score prose vs table")
    cov = row_by(rows, "桑园统防统治覆盖率")
    lo = D(ctrl_mu) / (D(tot_mu) + D("0.05")) * 100
    hi = D(ctrl_mu) / (D(tot_mu) - D("0.05")) * 100
    if not (lo - D("0.5") <= D(numpart(cov["actual"])) <= hi + D("0.5")):
        c.err("rate_mismatch", "统防统治覆盖率 outside the 约 interval")
    ex = row_by(rows, "预算执行率")
    c.same(numpart(ex["actual"]), r_all, "执行率 prose vs table")
    c.same(numpart(row_by(rows, "老桑园改造面积")["actual"]), area, "改造面积 prose vs table")
    c.same(numpart(row_by(rows, "省力化蚕台推广")["actual"]), n_t, "蚕台 prose vs table")
    c.same(numpart(row_by(rows, "蚕农技术培训")["actual"]), trained, "培训 prose vs table")
    c.same(numpart(row_by(rows, "蚕茧总产值")["actual"]), value, "产值 prose vs table")
    surv, = g(r"成活率为(\d+\.\d+)%")
    c.same(numpart(row_by(rows, "新栽桑苗成活率")["actual"]), surv, "成活率 prose vs table")
    paid_day = c.one(r"补助资金于(\d{4}年\d+月\d+日)全部兑付到户").group(1)
    if row_by(rows, "补助资金兑付时间")["actual"] != paid_day:
        c.err("conflicting_values", "兑付日期 prose vs table")
    c.year_is(paid_day[:4], "兑付日期")
    c.same(numpart(row_by(rows, "老桑园改造亩均补助")["actual"]), per, "亩均补助 prose vs table")
    goals(c, rows, [("老桑园改造面积", r"改造老桑园(\d+)亩以上"), ("省力化蚕台推广", r"推广省力化蚕台(\d+)套以上"),
                    ("蚕农技术培训", r"培训蚕农(\d+)人次以上"), ("新栽桑苗成活率", r"新栽桑苗成活率不低于(\d+)%"),
                    ("带动蚕农户数", r"项目带动(\d+)户以上"), ("带动蚕农户数", r"未达到(\d+)户的目标"),
                    ("桑园统防统治覆盖率", r"覆盖率达到(\d+)%以上"), ("蚕农满意度", r"蚕农满意度不低于(\d+)%")])
    if not row_by(rows, "补助资金兑付时间")["target"].startswith(f"{c.year}年12月31日"):
        c.err("year_mismatch", "兑付时限")


# ---------------------------------------------------------------------------------------
# project 2: Hanbin 2022 department-wide (space table, 得分 before 权重)
def check_hanbin(c):
    g = lambda p: c.one(p).groups()
    c.year_is(c.one(r"^安康市汉滨区蚕桑产业发展中心\n(\d{4})年度").group(1), "title")
    init, init_b, init_p = g(r"年初预算(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元")
    c.sum_of(init, [init_b, init_p], "年初 = 基本 + 项目")
    add, = g(r"追加省级蚕桑产业发展资金(\d+\.\d+)万元")
    annual, ann_b, ann_p = g(r"调整后全年预算(\d+\.\d+)万元（基本支出(\d+\.\d+)万元，项目支出(\d+\.\d+)万元）")
    c.sum_of(annual, [init, add], "全年 = 年初 + 追加")
    c.sum_of(annual, [ann_b, ann_p], "全年 = 基本 + 项目")
    c.sum_of(ann_p, [init_p, add], "项目全年 = 项目年初 + 追加")
    c.same(ann_b, init_b, "基本支出预算未调整")
    spent, r_all = g(r"全年支出(\d+\.\d+)万元，部门整体预算执行率(\d+\.\d+)%")
    c.rate(r_all, spent, annual, "部门整体预算执行率")
    sp_b, staff, public, r_b = g(r"其中基本支出(\d+\.\d+)万元（人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元），执行率(\d+\.\d+)%")
    c.sum_of(sp_b, [staff, public], "基本支出 = 人员 + 公用")
    c.rate(r_b, sp_b, ann_b, "基本支出执行率")
    sp_p, r_p = g(r"项目支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    c.rate(r_p, sp_p, ann_p, "项目支出执行率")
    c.sum_of(spent, [sp_b, sp_p], "支出 = 基本 + 项目")
    c.same(g(r"项目支出执行率仅(\d+\.\d+)%")[0], r_p, "项目支出执行率 restated")
    unused, = g(r"年末未使用资金(\d+\.\d+)万元")
    c.expect("balance_mismatch", unused, D(annual) - D(spent), "未使用 = 全年 - 支出")
    c.year_after(g(r"已按规定结转(\d{4})年使用")[0], "结转")
    sg_b, sg_s, sg_j, sg_c = g(r"“三公”经费年初预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，其中公务接待费(\d+\.\d+)万元、"
                               r"公务用车运行维护费(\d+\.\d+)万元")
    c.sum_of(sg_s, [sg_j, sg_c], "三公 = 接待 + 用车")
    ly, last, drop = g(r"比(\d{4})年的(\d+\.\d+)万元下降(\d+\.\d+)%")
    c.year_before(ly, "上年三公")
    c.rate(drop, D(last) - D(sg_s), last, "三公下降率")
    b1, s1 = g(r"1\.低效桑园提质改造项目。预算(\d+\.\d+)万元，支出(\d+\.\d+)万元")
    b2, = g(r"2\.蚕种及小蚕共育补贴项目。预算(\d+\.\d+)万元，当年全部支出")
    b3, s3, r3 = g(r"3\.蚕桑技术推广与培训项目。预算(\d+\.\d+)万元，支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    c.rate(r3, s3, b3, "技术推广项目执行率")
    c.sum_of(ann_p, [b1, b2, b3], "项目预算合计")
    c.sum_of(sp_p, [s1, b2, s3], "项目支出合计")
    t = g(r"面积分别为(\d+)亩、(\d+)亩、(\d+)亩、(\d+)亩，共计(\d+)亩，每亩补助(\d+)(元|万元)，兑付补助资金(\d+\.\d+)万元，"
          r"另支付苗木检疫及调运费(\d+\.\d+)万元")
    c.sum_of(t[4], t[:4], "各镇改造面积")
    c.product("sum_mismatch", t[4], t[5], t[6], t[7], "万元", "改造补助")
    c.sum_of(s1, [t[7], t[8]], "改造项目支出")
    k = g(r"供应一代杂交蚕种(\d+)张，每张补贴(\d+)(元|万元)，计(\d+\.\d+)万元；新建小蚕共育点(\d+)个，"
          r"每个补助(\d+\.\d+)(万元|元)，计(\d+\.\d+)万元")
    c.product("sum_mismatch", k[0], k[1], k[2], k[3], "万元", "蚕种补贴")
    c.product("sum_mismatch", k[4], k[5], k[6], k[7], "万元", "共育点补助")
    c.sum_of(b2, [k[3], k[7]], "蚕种及共育补贴项目")
    n_c, trained, avg = g(r"举办培训班(\d+)期，培训蚕农(\d+)人次，平均每期(\d+)人次")
    c.average(avg, trained, n_c, "平均每期人次")
    c.year_after(g(r"延至(\d{4})年春季")[0], "延期培训")
    boxes, cocoon, per_box, ly2, last_box, inc = g(
        r"全区发种(\d+)张，产茧(\d+)吨，平均张产(\d+\.\d+)公斤，比(\d{4})年的(\d+\.\d+)公斤提高(\d+\.\d+)公斤")
    c.year_before(ly2, "上年张产")
    c.average(per_box, cocoon, boxes, "张产", scale=1000)
    c.expect("sum_mismatch", inc, D(per_box) - D(last_box), "张产增量")
    c.same(boxes, k[0], "发种张数")
    price, value = g(r"收购均价每公斤(\d+)元，全区蚕茧产值(\d+\.\d+)万元")
    c.expect("sum_mismatch", value, D(cocoon) * 1000 * D(price) / 10000, "蚕茧产值")
    c.same(g(r"全区蚕茧产值(\d+\.\d+)万元，产业带动")[0], value, "蚕茧产值 restated")
    helped, = g(r"带动脱贫户及监测户(\d+)户养蚕")
    compl_train, = g(r"培训人次达到年度目标的(\d+)%")
    total, gword = g(r"自评得分(\d+\.\d+)分，评价等级为“(.)”")
    c.grade(total, gword, "prose grade")
    # table
    tab = c.block(r"附：\d{4}年度部门整体支出绩效自评表\n", r"\n\n")
    c.year_is(c.one(r"附：(\d{4})年度部门整体支出绩效自评表").group(1), "table title")
    rows, trow = [], None
    for line in tab.strip().split("\n")[1:]:
        cells = re.split(r"\s{2,}", line.strip())
        if cells[0] == "合计":
            trow = cells
            continue
        if len(cells) != 8:
            raise ParseError(f"row cells {cells}")
        rows.append({"l1": cells[0], "name": cells[2], "target": cells[3], "actual": cells[4],
                     "score": cells[5], "weight": cells[6]})
    check_rows(c, rows, trow[1], total_weight=trow[2])
    c.grade(trow[1], trow[3].split("：")[1], "table grade")
    c.same(trow[1], total, "total prose vs table")
    c.same(numpart(row_by(rows, "部门整体预算执行率")["actual"]), r_all, "执行率 prose vs table")
    c.same(numpart(row_by(rows, "低效桑园改造面积")["actual"]), t[4], "改造面积")
    c.same(numpart(row_by(rows, "蚕种补贴发放量")["actual"]), k[0], "蚕种张数")
    c.same(numpart(row_by(rows, "小蚕共育点建设")["actual"]), k[4], "共育点")
    tr = row_by(rows, "蚕农技术培训")
    c.same(numpart(tr["actual"]), trained, "培训人次")
    c.expect("completion_mismatch", compl_train, D(trained) / D(numpart(tr["target"])) * 100, "培训完成率")
    c.same(numpart(row_by(rows, "“三公”经费支出")["target"]), sg_b, "三公预算")
    c.same(numpart(row_by(rows, "“三公”经费支出")["actual"]), sg_s, "三公支出")
    c.same(numpart(row_by(rows, "全区蚕茧产量")["actual"]), cocoon, "产茧量")
    c.same(numpart(row_by(rows, "带动脱贫户（监测户）养蚕")["actual"]), helped, "带动户数")
    goals(c, rows, [("蚕种补贴发放量", r"超过(\d+)张的目标"), ("带动脱贫户（监测户）养蚕", r"低于(\d+)户的年度目标")])
    c.same(numpart(row_by(rows, "低效桑园改造面积")["target"]), t[4], "改造面积与年度目标持平")


# ---------------------------------------------------------------------------------------
# project 3: Huanjiang 2020 (flattened PDF tables, completion column)
def flat_rows(block):
    out = []
    for b in block.strip("\n").split("\n\n"):
        out.append([l[1:] if l.startswith("\t") else l for l in b.split("\n")])
    return out


def check_huanjiang(c):
    g = lambda p: c.one(p).groups()
    c.year_is(c.one(r"^环江毛南族自治县农业农村局\n(\d{4})年度").group(1), "title")
    init, reg, adv = g(r"项目年初预算(\d+\.\d+)万元，其中自治区财政蚕桑产业发展专项资金(\d+\.\d+)万元，已于(\d{4})年12月提前下达")
    if int(adv) != c.year - 1:
        c.err("year_mismatch", f"advance issued in December {adv}")
    cut, annual = g(r"县级配套资金调减(\d+\.\d+)万元，全年预算(\d+\.\d+)万元")
    c.sum_of(init, [annual, cut], "年初 = 全年 + 调减")
    y, spent, r_all, bal = g(r"截至(\d{4})年12月31日，项目累计支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%，年末结余(\d+\.\d+)万元")
    c.year_is(y, "截至")
    c.rate(r_all, spent, annual, "预算执行率")
    total, gword = g(r"项目综合得分(\d+\.\d+)分，评价等级为(.)")
    c.grade(total, gword, "prose grade")
    # table 1
    c.year_is(c.one(r"表1  (\d{4})年度项目资金安排及执行情况").group(1), "表1 title")
    f = flat_rows(c.block(r"表1  \d{4}年度项目资金安排及执行情况\n", r"\n\n[^\t]"))
    fr = {r[0]: r for r in f[1:]}
    tot, regr, cty = fr["年度资金总额"], fr["自治区财政资金"], fr["县级配套资金"]
    for i, col in enumerate(["年初预算", "全年预算", "实际到位", "全年执行"], start=1):
        c.sum_of(tot[i], [regr[i], cty[i]], f"表1 {col} 合计")
    for r in (tot, regr, cty):
        c.rate(r[5], r[4], r[2], f"表1 {r[0]} 执行率")
        if D(r[3]) > D(r[2]) or D(r[4]) > D(r[3]):
            c.err("implausible_rate", f"表1 {r[0]}: 执行 > 到位 > 预算 order broken")
    c.sum_of(cty[1], [cty[2], cut], "县级 年初 = 全年 + 调减")
    c.same(tot[1], init, "年初 prose vs 表1")
    c.same(regr[1], reg, "自治区资金 prose vs 表1")
    c.same(tot[2], annual, "全年 prose vs 表1")
    c.same(tot[4], spent, "执行 prose vs 表1")
    c.same(tot[5].rstrip("%"), r_all, "执行率 prose vs 表1")
    c.expect("balance_mismatch", bal, D(tot[3]) - D(spent), "结余 = 到位 - 执行")
    c.same(g(r"自治区资金当年全部支出，执行率(\d+)%")[0], regr[5].rstrip("%"), "自治区执行率 prose vs 表1")
    c.same(regr[4], regr[2], "自治区资金当年全部支出")
    c.same(g(r"验收费用未结算，执行率(\d+\.\d+)%")[0], cty[5].rstrip("%"), "县级执行率 prose vs 表1")
    per_g, pu_g, per_w, pu_w = g(r"每亩补助(\d+)(元|万元)；水肥设施按实际建设面积补助，每亩(\d+)(元|万元)")
    goal_area, = g(r"完成桑园标准化改造(\d+)亩以上")
    t = g(r"完成桑园标准化改造(\d+)亩，完成年度目标的(\d+)%，分别为思恩镇(\d+)亩、大才乡(\d+)亩、水源镇(\d+)亩、"
          r"洛阳镇(\d+)亩，共计(\d+)亩，兑付改造补助(\d+\.\d+)万元")
    c.expect("completion_mismatch", t[1], D(t[0]) / D(goal_area) * 100, "改造完成率")
    c.sum_of(t[6], t[2:6], "各乡镇改造面积")
    c.same(t[6], t[0], "改造面积")
    c.product("sum_mismatch", t[6], per_g, pu_g, t[7], "万元", "改造补助")
    b = g(r"建成水肥一体化示范基地(\d+)个，面积分别为(\d+)亩、(\d+)亩、(\d+)亩、(\d+)亩，共计(\d+)亩，平均每个基地(\d+)亩，"
          r"兑付设施补助(\d+\.\d+)万元")
    c.sum_of(b[5], b[1:5], "各基地面积")
    c.average(b[6], b[5], b[0], "平均每个基地面积")
    c.product("sum_mismatch", b[5], per_w, pu_w, b[7], "万元", "水肥设施补助")
    n_c, trained = g(r"举办培训班(\d+)期，培训蚕农(\d+)人次")
    svc, train_cost = g(r"另支付技术服务及验收费用(\d+\.\d+)万元，培训支出(\d+\.\d+)万元")
    c.sum_of(spent, [t[7], b[7], svc, train_cost], "支出按用途合计")
    boxes, ly, last_boxes, cocoon, per_box = g(r"全县发种(\d+)张，比(\d{4})年的(\d+)张有所增加；全年产茧(\d+)吨，张产(\d+\.\d+)公斤")
    c.year_before(ly, "上年发种")
    c.average(per_box, cocoon, boxes, "张产", scale=1000)
    price, approx_val = g(r"按全年均价每公斤(\d+)元计算，蚕茧产值约(\d+)万元")
    if abs(D(cocoon) * 1000 * D(price) / 10000 - D(approx_val)) > 1:
        c.err("sum_mismatch", "蚕茧产值 outside 约 interval")
    income, = g(r"改造桑园亩均增收(\d+)元，")
    helped, = g(r"带动农户养蚕(\d+)户，")
    fert, = g(r"示范区化肥施用量减少(\d+)%。")
    checked_bases, = g(r"抽查改造地块\d+块、示范基地(\d+)个")
    c.same(checked_bases, b[0], "示范基地个数")
    # table 2
    c.year_is(c.one(r"表2  (\d{4})年度项目支出绩效自评表").group(1), "表2 title")
    tr = flat_rows(c.block(r"表2  \d{4}年度项目支出绩效自评表\n", r"\n\n[^\t]"))
    rows, trow = [], None
    for cells in tr[1:]:
        if cells[0] == "合计":
            trow = cells
            continue
        if len(cells) != 9:
            raise ParseError(f"row {cells}")
        rows.append({"l1": cells[0], "name": cells[2], "target": cells[3], "actual": cells[4],
                     "completion": cells[5], "weight": cells[6], "score": cells[7]})
    check_rows(c, rows, trow[7], total_weight=trow[6])
    c.grade(trow[7], trow[8].split("：")[1], "table grade")
    c.same(trow[7], total, "total prose vs table")
    c.same(numpart(row_by(rows, "项目资金执行率")["actual"]), r_all, "执行率 prose vs 表2")
    c.same(numpart(row_by(rows, "桑园标准化改造面积")["actual"]), t[0], "改造面积 prose vs 表2")
    c.same(numpart(row_by(rows, "水肥一体化示范基地")["actual"]), b[0], "示范基地 prose vs 表2")
    c.same(numpart(row_by(rows, "蚕农技术培训")["actual"]), trained, "培训人次 prose vs 表2")
    c.same(numpart(row_by(rows, "水肥设施亩均补助")["actual"]), per_w, "亩均补助 prose vs 表2")
    c.same(numpart(row_by(rows, "改造桑园亩均增收")["actual"]), income, "亩均增收 prose vs 表2")
    c.same(numpart(row_by(rows, "带动农户养蚕")["actual"]), helped, "带动户数 prose vs 表2")
    c.same(numpart(row_by(rows, "桑园化肥施用量减少")["actual"]), fert, "化肥减量 prose vs 表2")
    c.year_is(row_by(rows, "项目完工时间")["actual"][:4], "完工时间")
    c.year_is(row_by(rows, "项目完工时间")["target"][:4], "完工时限")
    goals(c, rows, [("桑园标准化改造面积", r"完成桑园标准化改造(\d+)亩以上"), ("水肥一体化示范基地", r"建设水肥一体化示范基地(\d+)个"),
                    ("蚕农技术培训", r"培训蚕农(\d+)人次以上"), ("改造桑园验收合格率", r"改造桑园验收合格率不低于(\d+)%"),
                    ("改造桑园亩均增收", r"改造桑园亩均增收(\d+)元以上"), ("带动农户养蚕", r"带动(\d+)户以上农户养蚕"),
                    ("桑园化肥施用量减少", r"化肥施用量减少(\d+)%以上"), ("蚕农满意度", r"蚕农满意度达到(\d+)%以上")])


# ---------------------------------------------------------------------------------------
# project 4: Luliang 2023 (MOF funds block + space table with 权重/得分 after 三级指标)
def check_luliang(c):
    g = lambda p: c.one(p).groups()
    c.year_is(c.one(r"^陆良县农业农村局(\d{4})年度").group(1), "title")
    a = g(r"年初预算(\d+\.\d+)万元，其中当年财政拨款(\d+\.\d+)万元（省级(\d+\.\d+)万元、县级(\d+\.\d+)万元），"
          r"上年结转资金(\d+\.\d+)万元，茧丝企业投入(\d+\.\d+)万元")
    init, fis, prov, cty, carry, other = a
    c.sum_of(init, [fis, carry, other], "年初 = 财政 + 结转 + 其他")
    c.sum_of(fis, [prov, cty], "当年财政拨款 = 省级 + 县级")
    add, annual = g(r"省级追加蚕茧价格保险保费补贴资金(\d+\.\d+)万元，全年预算(\d+\.\d+)万元")
    c.sum_of(annual, [init, add], "全年 = 年初 + 追加")
    c.rate(g(r"资金到位率(\d+)%")[0], annual, annual, "到位率 (各类资金均已到位)")
    spent, r_all = g(r"全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.rate(r_all, spent, annual, "预算执行率")
    u = g(r"当年财政拨款支出(\d+\.\d+)万元，其中新建桑园补助(\d+\.\d+)万元、小蚕共育室补助(\d+\.\d+)万元、"
          r"蚕茧价格保险保费补贴(\d+\.\d+)万元、蚕房改造补助(\d+\.\d+)万元、技术推广及培训(\d+\.\d+)万元")
    c.sum_of(u[0], u[1:], "财政拨款支出按用途")
    carry_used, cy = g(r"上年结转资金(\d+\.\d+)万元全部用于支付(\d{4})年")
    c.year_before(cy, "结转资金用途年份")
    n_g, per_g, pu_g, amt_g = g(r"采购方格蔟(\d+)片，每片(\d+)(元|万元)，支出(\d+\.\d+)万元")
    c.product("sum_mismatch", n_g, per_g, pu_g, amt_g, "万元", "方格蔟")
    bal, by = g(r"年末结余(\d+\.\d+)万元，已结转(\d{4})年")
    c.expect("balance_mismatch", bal, D(annual) - D(spent), "结余 = 全年(到位) - 执行")
    c.year_after(by, "结转")
    # funds block
    fb = c.block(r"\n(?=项目\s{2,}年初预算数)", r"\n\n")
    fr = {}
    for line in fb.strip().split("\n")[1:]:
        cells = re.split(r"\s{2,}", line.strip())
        fr[cells[0].replace("其中：", "")] = cells
    tot, f1, f2, f3 = fr["年度资金总额"], fr["当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_of(tot[i], [f1[i], f2[i], f3[i]], f"资金表 {col} 合计")
    for r in (tot, f1, f2, f3):
        c.rate(r[5], r[3], r[2], f"资金表 {r[0]} 执行率")
    if not ok(tot[6], D(tot[4]) * min(D(tot[3]) / D(tot[2]), D(1))):
        c.warn("score_rule_mismatch", "execution score")
    c.same(tot[1], init, "年初 prose vs 表")
    c.same(f1[1], fis, "财政 年初")
    c.same(f2[1], carry, "结转 年初")
    c.same(f3[1], other, "其他 年初")
    c.sum_of(f1[2], [fis, add], "财政 全年 = 年初 + 追加")
    c.same(tot[2], annual, "全年 prose vs 表")
    c.same(tot[3], spent, "执行 prose vs 表")
    c.same(tot[5].rstrip("%"), r_all, "执行率 prose vs 表")
    c.same(f1[3], u[0], "财政支出 prose vs 表")
    c.same(f2[3], carry_used, "结转支出 prose vs 表")
    c.same(f3[3], amt_g, "其他资金支出 prose vs 表")
    # outputs
    goal, = g(r"新建标准化桑园(\d+)亩以上")
    t = g(r"新建标准化桑园(\d+)亩，完成年度计划的(\d+\.\d+)%，分别为马街镇(\d+)亩、召夸镇(\d+)亩、大莫古镇(\d+)亩、"
          r"芳华镇(\d+)亩，共计(\d+)亩，按每亩(\d+)(元|万元)标准补助(\d+\.\d+)万元")
    c.expect("completion_mismatch", t[1], D(t[0]) / D(goal) * 100, "新建桑园完成率")
    c.sum_of(t[6], t[2:6], "各镇新建面积")
    c.same(t[6], t[0], "新建面积")
    c.product("sum_mismatch", t[6], t[7], t[8], t[9], "万元", "新建桑园补助")
    c.same(t[9], u[1], "新建桑园补助")
    acc, = g(r"验收，桑园建设验收合格率(\d+)%")
    s = g(r"建成小蚕共育室(\d+)个，每个补助(\d+\.\d+)(万元|元)；改造标准化蚕房(\d+)户，每户补助(\d+)(元|万元)")
    c.product("sum_mismatch", s[0], s[1], s[2], u[2], "万元", "共育室补助")
    c.product("sum_mismatch", s[3], s[4], s[5], u[4], "万元", "蚕房补助")
    ins = g(r"为(\d+)张蚕种投保蚕茧价格保险，每张保费补贴(\d+)(元|万元)")
    c.product("sum_mismatch", ins[0], ins[1], ins[2], u[3], "万元", "保费补贴")
    c.same(g(r"推广方格蔟(\d+)片")[0], n_g, "方格蔟片数")
    boxes, ly, last, inc, cocoon, per_box = g(
        r"全县发种(\d+)张，较(\d{4})年的(\d+)张增加(\d+)张；产鲜茧(\d+\.\d+)吨，平均每张产茧(\d+\.\d+)公斤")
    c.year_before(ly, "上年发种")
    c.expect("sum_mismatch", inc, D(boxes) - D(last), "发种增量")
    c.average(per_box, cocoon, boxes, "张产", scale=1000)
    c.same(boxes, ins[0], "投保张数 = 发种张数")
    rev, hh, per_hh = g(r"全县蚕农售茧收入约(\d+\.\d+)亿元，全县养蚕农户约(\d+)户，户均售茧收入(\d+)万元左右")
    lo = (D(rev) - D("0.05")) * 10000 / (D(hh) + D("0.5"))
    hi = (D(rev) + D("0.05")) * 10000 / (D(hh) - D("0.5"))
    if not (lo - D("0.5") <= D(per_hh) <= hi + D("0.5")):
        c.err("average_mismatch", f"户均售茧收入 {per_hh}万元 outside [{q2(lo)}, {q2(hi)}]")
    helped, = g(r"带动农户养蚕(\d+)户，")
    total, gword = g(r"本项目得分(\d+)分，评价等级为(.)")
    c.grade(total, gword, "prose grade")
    # indicator table
    it = c.block(r"\n(?=一级指标\s{2,}二级指标)", r"\n\n")
    rows, trow = [], None
    for line in it.strip().split("\n")[1:]:
        cells = re.split(r"\s{2,}", line.strip())
        if cells[0].startswith("合计"):
            trow = cells
            continue
        if len(cells) != 8:
            raise ParseError(f"row {cells}")
        rows.append({"l1": cells[0], "name": cells[2], "weight": cells[3], "score": cells[4],
                     "target": cells[5], "actual": cells[6]})
    check_rows(c, rows, trow[2], total_weight=trow[1], extra_weight=D(tot[4]), extra_score=D(tot[6]))
    c.grade(trow[2], trow[3].split("：")[1], "table grade")
    c.same(trow[2], total, "total prose vs table")
    c.same(numpart(row_by(rows, "新建标准化桑园面积")["actual"]), t[0], "新建面积 prose vs table")
    c.same(numpart(row_by(rows, "小蚕共育室建设")["actual"]), s[0], "共育室")
    c.same(numpart(row_by(rows, "标准化蚕房改造")["actual"]), s[3], "蚕房")
    c.same(numpart(row_by(rows, "桑园建设验收合格率")["actual"]), acc, "验收合格率")
    c.same(numpart(row_by(rows, "新建桑园亩均补助")["actual"]), t[7], "亩均补助")
    c.same(numpart(row_by(rows, "全县蚕茧产量")["actual"]), cocoon, "产茧量")
    c.same(numpart(row_by(rows, "带动农户养蚕")["actual"]), helped, "带动户数")
    goals(c, rows, [("新建标准化桑园面积", r"新建标准化桑园(\d+)亩以上"), ("小蚕共育室建设", r"建设小蚕共育室(\d+)个"),
                    ("标准化蚕房改造", r"改造标准化蚕房(\d+)户以上"), ("桑园建设验收合格率", r"桑园建设验收合格率不低于(\d+)%"),
                    ("全县蚕茧产量", r"全县蚕茧产量达到(\d+)吨以上"), ("带动农户养蚕", r"带动(\d+)户以上农户养蚕"),
                    ("带动农户养蚕", r"未达到(\d+)户的目标"), ("蚕农满意度", r"蚕农满意度不低于(\d+)%")])


# ---------------------------------------------------------------------------------------
# project 5: Gaoxian 2024 (Sichuan table, tabs, 指标性质/度量单位, 10 + 90)
def check_gaoxian(c):
    g = lambda p: c.one(p).groups()
    c.year_is(c.one(r"^高县农业农村局\n(\d{4})年度").group(1), "title")
    init, fis, prov, cty, other = g(r"项目年初预算(\d+\.\d+)万元，其中财政资金(\d+\.\d+)万元（省级蚕桑产业发展资金(\d+\.\d+)万元、"
                                    r"县级配套资金(\d+\.\d+)万元），蚕桑专业合作社自筹资金(\d+\.\d+)万元。年内未调整预算")
    c.sum_of(init, [fis, other], "年初 = 财政 + 自筹")
    c.sum_of(fis, [prov, cty], "财政 = 省级 + 县级")
    c.year_is(g(r"各项资金于(\d{4})年10月底前全部到位")[0], "到位年份")
    y, spent, r_all = g(r"截至(\d{4})年12月31日，项目共支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    c.year_is(y, "截至")
    f_sp, f_r, f_left, fy = g(r"其中财政资金支出(\d+\.\d+)万元，执行率(\d+\.\d+)%，未支出的(\d+\.\d+)万元为技术推广培训经费，已结转(\d{4})年使用")
    c.rate(f_r, f_sp, fis, "财政资金执行率")
    c.expect("balance_mismatch", f_left, D(fis) - D(f_sp), "财政资金未支出")
    c.year_after(fy, "结转")
    o_sp, o_r = g(r"合作社自筹资金(\d+\.\d+)万元全部用于购置省力化蚕台，执行率(\d+)%")
    c.same(o_sp, other, "自筹资金全部使用")
    c.rate(o_r, o_sp, other, "自筹资金执行率")
    c.sum_of(spent, [f_sp, o_sp], "支出 = 财政 + 自筹")
    c.rate(r_all, spent, init, "预算执行率 (未调整: 全年 = 年初)")
    u = g(r"低产桑园改造补助(\d+\.\d+)万元，新植桑园补助(\d+\.\d+)万元，蚕种补贴(\d+\.\d+)万元，技术推广、病虫害防控及培训(\d+\.\d+)万元")
    c.sum_of(f_sp, u, "财政支出明细")
    t = g(r"改造低产桑园(\d+)亩，分别为胜天镇(\d+)亩、罗场镇(\d+)亩、复兴镇(\d+)亩、嘉乐镇(\d+)亩，共计(\d+)亩，每亩补助(\d+)(元|万元)；"
          r"新植桑园(\d+)亩，每亩补助(\d+)(元|万元)")
    c.sum_of(t[5], t[1:5], "各镇改造面积")
    c.same(t[5], t[0], "改造面积")
    c.product("sum_mismatch", t[5], t[6], t[7], u[0], "万元", "改造补助")
    c.product("sum_mismatch", t[8], t[9], t[10], u[1], "万元", "新植补助")
    k = g(r"全年发放蚕种(\d+)张，每张补贴(\d+)(元|万元)")
    c.product("sum_mismatch", k[0], k[1], k[2], u[2], "万元", "蚕种补贴")
    tai = g(r"合作社推广省力化蚕台(\d+)套，每套(\d+)(元|万元)")
    c.product("sum_mismatch", tai[0], tai[1], tai[2], o_sp, "万元", "蚕台")
    upper, = g(r"全县蚕茧上车率为(\d+\.\d+)%")
    boxes, ly, last, cocoon, per_box = g(r"全县发种(\d+)张，较(\d{4})年的(\d+)张有所增加；产茧(\d+)吨，张产(\d+\.\d+)公斤")
    c.year_before(ly, "上年发种")
    c.average(per_box, cocoon, boxes, "张产", scale=1000)
    c.same(boxes, k[0], "发种张数")
    price, income = g(r"收购均价每公斤(\d+\.\d+)元，蚕农售茧收入(\d+)万元")
    c.expect("sum_mismatch", income, D(cocoon) * 1000 * D(price) / 10000, "售茧收入")
    hh, per_hh, per_u = g(r"按全县约(\d+)户养蚕农户计算，户均售茧收入约(\d+)(元|万元)")
    # 约5000户: input interval +-0.5; 约7200元: +-0.5 of its last digit
    lo = D(income) * UNIT["万元"] / (D(hh) + D("0.5")) / UNIT[per_u]
    hi = D(income) * UNIT["万元"] / (D(hh) - D("0.5")) / UNIT[per_u]
    if not (lo - D("0.5") <= D(per_hh) <= hi + D("0.5")):
        c.err("average_mismatch", f"户均售茧收入 {per_hh}{per_u} outside [{q2(lo)}, {q2(hi)}]")
    helped, = g(r"全年带动(\d+)户农户养蚕")
    w_out, w_ind, w_o, w_b = g(r"预算执行占(\d+)分、绩效指标占(\d+)分（产出指标(\d+)分、效益指标(\d+)分）")
    total, gword = g(r"自评得分(\d+)分，等级为(.)")
    c.grade(total, gword, "prose grade")
    # tables
    c.year_is(c.one(r"附件：(\d{4})年度项目支出绩效自评表").group(1), "附件 title")
    fb = c.block(r"\n(?=资金来源\t)", r"\n\n")
    fr = {}
    for line in fb.strip().split("\n")[1:]:
        cells = line.split("\t")
        fr[cells[0]] = cells
    tot = fr["年度资金总额"]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_of(tot[i], [fr[k][i] for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")], f"资金表 {col}")
    for r in fr.values():
        c.same(r[1], r[2], f"{r[0]} 年初 = 全年 (年内未调整)")
        c.rate(r[5], r[3], r[2], f"资金表 {r[0]} 执行率")
    if not ok(tot[6], D(tot[4]) * min(D(tot[3]) / D(tot[2]), D(1))):
        c.warn("score_rule_mismatch", "execution score")
    c.same(tot[1], init, "年初")
    c.same(fr["财政资金"][1], fis, "财政资金")
    c.same(fr["其他资金"][1], other, "自筹资金")
    c.same(tot[3], spent, "支出")
    c.same(fr["财政资金"][3], f_sp, "财政支出")
    c.same(tot[5].rstrip("%"), r_all, "执行率")
    c.same(fr["财政资金"][5].rstrip("%"), f_r, "财政执行率")
    it = c.block(r"\n(?=一级指标\t)", r"\n\n")
    rows, trow = [], None
    for line in it.strip().split("\n")[1:]:
        cells = line.split("\t")
        if cells[0] == "总分":
            trow = cells
            continue
        unit = "" if cells[5] == "—" else cells[5]
        op = {"≥": "≥", "≤": "≤", "＝": "=", "=": "="}.get(cells[3])
        target = (op + cells[4] + unit) if op else cells[4]
        rows.append({"l1": cells[0], "name": cells[2], "target": target,
                     "actual": cells[6] + (unit if re.match(r"^-?\d", cells[6]) else ""),
                     "weight": cells[7], "score": cells[8]})
    check_rows(c, rows, trow[8], total_weight=trow[7], extra_weight=D(tot[4]), extra_score=D(tot[6]))
    c.grade(trow[8], trow[9].split("：")[1], "table grade")
    c.same(trow[8], total, "total prose vs table")
    c.same(tot[4], w_out, "预算执行分值")
    for l1, w in (("产出指标", w_o), ("效益指标", w_b)):
        s = sum(D(r["weight"]) for r in rows if r["l1"] == l1)
        if s != D(w):
            c.err("weight_sum_mismatch", f"{l1} weights {s} vs stated {w}")
    if D(w_o) + D(w_b) != D(w_ind) or D(w_ind) + D(w_out) != 100:
        c.err("weight_sum_mismatch", "stated weight split")
    c.same(numpart(row_by(rows, "低产桑园改造面积")["actual"]), t[0], "改造面积")
    c.same(numpart(row_by(rows, "新植桑园面积")["actual"]), t[8], "新植面积")
    c.same(numpart(row_by(rows, "蚕种补贴发放量")["actual"]), k[0], "蚕种补贴张数")
    c.same(numpart(row_by(rows, "省力化蚕台推广")["actual"]), tai[0], "蚕台")
    c.same(numpart(row_by(rows, "蚕茧上车率")["actual"]), upper, "上车率")
    c.same(numpart(row_by(rows, "新植桑园亩均补助")["actual"]), t[9], "亩均补助")
    c.same(numpart(row_by(rows, "蚕农售茧收入")["actual"]), income, "售茧收入")
    c.same(numpart(row_by(rows, "带动农户养蚕")["actual"]), helped, "带动户数")
    goals(c, rows, [("低产桑园改造面积", r"改造低产桑园(\d+)亩、"), ("新植桑园面积", r"新植桑园(\d+)亩，发放"),
                    ("蚕种补贴发放量", r"发放蚕种补贴(\d+)张以上"), ("省力化蚕台推广", r"推广省力化蚕台(\d+)套；"),
                    ("新植桑苗成活率", r"新植桑苗成活率不低于(\d+)%"), ("蚕茧上车率", r"蚕茧上车率不低于(\d+)%"),
                    ("蚕农售茧收入", r"蚕农售茧收入不低于(\d+)万元"), ("蚕农售茧收入", r"未达到(\d+)万元的目标"),
                    ("带动农户养蚕", r"带动(\d+)户以上农户养蚕")])


PROJECTS = {
    "zj-tongxiang-sangyuantisheng-2019": (check_tongxiang, 2019),
    "sn-hanbin-canyezhongxin-2022": (check_hanbin, 2022),
    "gx-huanjiang-sangyuanshuifei-2020": (check_huanjiang, 2020),
    "yn-luliang-cansangfazhan-2023": (check_luliang, 2023),
    "sc-gaoxian-cansanggaozhiliang-2024": (check_gaoxian, 2024),
}


def run(source, text):
    fn, year = PROJECTS[source]
    c = Checker(text, year)
    try:
        fn(c)
    except (ParseError, ArithmeticError, IndexError, KeyError, TypeError) as e:
        c.err("parse", f"{type(e).__name__}: {e}")
    return c


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s], b[p:len(b) - s]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35 or sum(l["clean"] for l in labels) != 5:
        problems.append(f"expected 35 cases / 5 clean, got {len(labels)}")
    counts = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        res = run(lab["source"], text)
        got = sorted({code for code, _ in res.errors})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if res.errors or res.warnings:
                problems.append(f"{lab['case']}: clean draft fails: {res.errors + res.warnings}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{lab['case']}: length {n}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {code}")
        counts[code] = counts.get(code, 0) + 1
        n_val = text.count(value)
        if n_val != 1:
            problems.append(f"{lab['case']}: label value occurs {n_val} times")
        clean = clean_text[lab["source"]]
        p, e, old, new = diff_region(clean, text)
        if e <= p and not old:
            problems.append(f"{lab['case']}: identical to clean draft")
        i = text.find(value)
        if not (i < max(e, p + 1) and p < i + len(value)):
            problems.append(f"{lab['case']}: diff region [{p},{e}) does not overlap value at {i}")
        # the new figure must occur once (years and one-digit cells excepted)
        for num in set(re.findall(r"\d+(?:\.\d+)?", new)) - set(re.findall(r"\d+(?:\.\d+)?", old)):
            if code == "year_mismatch" or len(num) < 3:
                continue
            k = len(re.findall(r"(?<![\d.])" + re.escape(num) + r"(?![\d.])", text))
            if k != 1:
                problems.append(f"{lab['case']}: new figure {num} occurs {k} times")
        if got != [code]:
            problems.append(f"{lab['case']}: expected only {code}, checks gave {res.errors}")
        # where: recorded in build.py's edit list
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    sys.path.insert(0, HERE)
    import build  # noqa: E402  (edit list: prose/table split)
    for src, edits in build.EDITS.items():
        for e in edits:
            where[e[2]] += 1
    if abs(where["prose"] - where["table"]) > 2:
        problems.append(f"prose/table split {where}")
    for pr in problems:
        print("FAIL", pr)
    print("codes:", json.dumps(counts, ensure_ascii=False))
    print("where:", where)
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
