#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. labels.jsonl is well formed, every label value occurs in its case, and every error case differs from
   its clean draft in one contiguous place that overlaps the label value;
2. each of the 13 error codes of errors.md §A is used at least twice;
3. the arithmetic of every clean draft is redone (every check must pass), and of every error case
   (the labelled code must fail, no other error-level code may fail).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules.md §8)
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(s):
    """First number in s -> (Decimal, decimals as written)."""
    m = NUM.search(s)
    if not m:
        raise ExtractError(f"no number in {s!r}")
    txt = m.group().replace(",", "")
    return D(txt), (len(txt.split(".")[1]) if "." in txt else 0)


def val(s):
    return num(s)[0]


def tol(d):
    return D("0.5") * (D(10) ** -d) + D("1e-9")


def close(stated, computed):
    v, d = num(stated)
    return abs(computed - v) <= tol(d)


def has_num(s):
    return bool(NUM.search(s))


SIGNS_GTE = ("≥", "＞＝", ">=", "不少于", "不低于")
SIGNS_LTE = ("≤", "＜＝", "<=", "不超过", "不高于")


def direction(target):
    t = target.strip()
    if t.startswith(SIGNS_GTE):
        return "gte"
    if t.startswith(SIGNS_LTE):
        return "lte"
    return "eq"


def unit_of(s):
    m = NUM.search(s)
    if not m:
        return None
    return s[m.end():].strip()


def completion(target, actual):
    T, A = val(target), val(actual)
    if direction(target) == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


# ---------------------------------------------------------------- extraction helpers
def one(t, pat):
    ms = list(re.finditer(pat, t, re.M))
    if len(ms) != 1:
        raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def lines_after(t, anchor, n, prefix=""):
    """Layouts with one cell per line: the n cells following the line prefix+anchor."""
    lines = t.split("\n")
    idx = [i for i, l in enumerate(lines) if l == prefix + anchor]
    if len(idx) != 1:
        raise ExtractError(f"cell {anchor!r} found {len(idx)} times")
    out = []
    for k in range(n):
        l = lines[idx[0] + 1 + k]
        out.append(l[len(prefix):] if prefix and l.startswith(prefix) else l)
    return out


def tab_row(t, anchor):
    """Tab-separated row layout: the cells after the cell equal to anchor."""
    hits = []
    for l in t.split("\n"):
        cells = l.split("\t")
        if anchor in cells:
            hits.append(cells[cells.index(anchor) + 1:])
    if len(hits) != 1:
        raise ExtractError(f"row {anchor!r} found {len(hits)} times")
    return hits[0]


# ---------------------------------------------------------------- checks
class Checks:
    def __init__(self):
        self.res = []

    def add(self, code, desc, ok):
        self.res.append((code, desc, bool(ok)))

    def fail_codes(self):
        return sorted({c for c, _, ok in self.res if not ok})

    def sum(self, desc, total, parts, code="sum_mismatch"):
        comp = sum(val(p) for p in parts)
        self.add(code, f"{desc}: {' + '.join(parts)} = {comp} vs {total}", close(total, comp))

    def diff(self, desc, result, a, b, code="sum_mismatch"):
        comp = val(a) - val(b)
        self.add(code, f"{desc}: {a} - {b} = {comp} vs {result}", close(result, comp))

    def rate(self, desc, rate, numer, denom, code="rate_mismatch"):
        n, d = val(numer), val(denom)
        if d == 0:
            self.add(code, f"{desc}: zero base, not compared", True)
            return
        comp = n / d * 100
        self.add(code, f"{desc}: {numer}/{denom} = {comp:.4f}% vs {rate}", close(rate, comp))

    def plausible(self, desc, rate, denom=None, code="implausible_rate"):
        r = val(rate) if has_num(rate) else None
        if denom is not None and val(denom) == 0:
            ok = r is None or r == 0
            self.add(code, f"{desc}: rate on a zero base must be 0/—, got {rate}", ok)
            return
        ok = r is None or (D(0) <= r <= D(100))
        self.add(code, f"{desc}: {rate} within [0, 100]", ok)

    def same(self, desc, a, b, code="conflicting_values"):
        va, da = num(a)
        vb, db = num(b)
        self.add(code, f"{desc}: {a} vs {b}", abs(va - vb) <= tol(min(da, db)))

    def money(self, desc, stated, unit, expected_wan, code):
        """A stated amount (in its own unit) against an amount computed in 万元; an amount that is off by
        exactly 10^4 (元 written as 万元 or the reverse) is a unit_mismatch (errors.md §A.11 b)."""
        v, d = num(stated)
        exp = expected_wan / MONEY[unit]
        if abs(v - exp) <= tol(d):
            self.add(code, f"{desc}: {stated}{unit} = {exp}", True)
            return
        for k in (D(10000), D("0.0001")):
            if abs(v - exp * k) <= tol(d):
                self.add("unit_mismatch", f"{desc}: {stated}{unit} is {exp}{unit} off by a factor {k}", False)
                return
        self.add(code, f"{desc}: {stated}{unit} vs computed {exp}{unit}", False)

    def money_same(self, desc, a, ua, b, ub, code="conflicting_values"):
        """Two statements of one amount in different money units; tolerance of the less precise one.
        If they differ but one rescaled by 10^4 agrees, it is a unit_mismatch (errors.md §A.11 b)."""
        (va, da), (vb, db) = num(a), num(b)
        ya, yb = va * MONEY[ua] * 10000, vb * MONEY[ub] * 10000   # in 元
        t = max(tol(da) * MONEY[ua] * 10000, tol(db) * MONEY[ub] * 10000)
        if abs(ya - yb) <= t:
            self.add(code, f"{desc}: {a}{ua} = {b}{ub}", True)
            return
        for k in (D(10000), D("0.0001")):
            if abs(ya * k - yb) <= t:
                self.add("unit_mismatch", f"{desc}: {a}{ua} vs {b}{ub}: off by a factor {k}", False)
                return
        self.add(code, f"{desc}: {a}{ua} vs {b}{ub}", False)

    def avg(self, desc, avg, items, code="average_mismatch"):
        comp = sum(val(i) for i in items) / len(items)
        self.add(code, f"{desc}: mean {comp:.4f} vs {avg}", close(avg, comp))

    def units(self, desc, target, actual, code="unit_mismatch"):
        ut, ua = unit_of(target), unit_of(actual)
        self.add(code, f"{desc}: unit {ut!r} vs {ua!r}", ut == ua)
        return ut == ua

    def completion(self, desc, stated, target, actual, code="completion_mismatch"):
        if unit_of(target) != unit_of(actual):
            return  # not computable; the unit check reports it
        comp = completion(target, actual)
        self.add(code, f"{desc}: completion {comp:.4f}% vs {stated}", close(stated, comp))

    def exceeds(self, desc, score, weight, code="score_exceeds_weight"):
        self.add(code, f"{desc}: score {score} <= weight {weight}", D(0) <= val(score) <= val(weight))

    def grade(self, desc, total, grade, code="grade_mismatch"):
        g = GRADES.get(grade.strip())
        self.add(code, f"{desc}: {total} -> {band(val(total))}, stated {grade}", g == band(val(total)))

    def cond(self, code, desc, ok):
        self.add(code, desc, ok)


def score_table(C, rows, total_w, total_s, exec_w=None, exec_s=None, tag="自评表"):
    """rows: list of (name, weight, target, actual, score[, completion]). Weight/score sums, score<=weight,
    units and (when given) completion rates."""
    ws = [r[1] for r in rows] + ([exec_w] if exec_w else [])
    ss = [r[4] for r in rows] + ([exec_s] if exec_s else [])
    C.sum(f"{tag} 分值合计", total_w, ws, code="weight_sum_mismatch")
    C.cond("weight_sum_mismatch", f"{tag} 分值合计 = 100", val(total_w) == 100)
    C.sum(f"{tag} 得分合计", total_s, ss, code="score_sum_mismatch")
    if exec_w:
        C.exceeds(f"{tag} 预算执行", exec_s, exec_w)
    for r in rows:
        name, w, target, actual, s = r[:5]
        C.exceeds(f"{tag} {name}", s, w)
        if has_num(target) and has_num(actual):
            C.units(f"{tag} {name}", target, actual)
            if len(r) > 5:
                C.completion(f"{tag} {name}", r[5], target, actual)


# ================================================================ A  Shanxi, 霍州 2021
def checks_huozhou(t):
    C = Checks()
    year = one(t, r"^霍州市委老干部局\n(\d{4})年度老年大学")[1]
    C.cond("year_mismatch", "附件1 year = report year", one(t, r"^\t（(\d{4})年度）$")[1] == year)
    # prose funds
    p_init = one(t, r"批复本项目预算(\d+)万元")[1]
    p_prov = one(t, r"老年教育补助资金(\d+)万元")[1]
    p_carry = one(t, r"加上\d{4}年结转的([\d.]+)万元")[1]
    p_annual = one(t, r"全年预算调整为([\d.]+)万元")[1]
    m = one(t, r"全年支出([\d.]+)万元，其中外聘教师课酬([\d.]+)万元、教材及教学耗材([\d.]+)万元、"
               r"教学设备购置([\d.]+)万元、场地运行维护([\d.]+)万元")
    p_spent, p_fee = m[1], m[2]
    C.sum("支出构成", p_spent, [m[2], m[3], m[4], m[5]])
    C.sum("全年预算 = 年初 + 省补助 + 上年结转", p_annual, [p_init, p_prov, p_carry])
    m = one(t, r"年末结余([\d.]+)万元，其中([\d.]+)万元为教材印制尾款，经市财政局同意结转(\d{4})年支付，"
               r"其余([\d.]+)万元已于(\d{4})年1月上缴")
    p_bal, p_fwd, p_fwd_year, p_back = m[1], m[2], m[3], m[4]
    C.diff("结余 = 到位(全年预算，全部到位) - 支出", p_bal, p_annual, p_spent, code="balance_mismatch")
    C.sum("结余 = 结转 + 上缴", p_bal, [p_fwd, p_back])
    C.cond("year_mismatch", f"carry-over year {p_fwd_year} after {year}", int(p_fwd_year) > int(year))
    p_rate = one(t, r"全年预算执行率([\d.]+)%")[1]
    C.rate("正文 执行率", p_rate, p_spent, p_annual)
    C.plausible("正文 执行率", p_rate)
    # funds table with 行次
    cols = ["总", "小计", "省级", "市本级", "上年结转", "其他"]
    rows = {}
    for anchor, key in [("年初预算资金", 1), ("全年预算资金", 2), ("实际到位资金", 3), ("全年执行资金", 4),
                        ("资金结余", 5), ("其中：结转下年", 6), ("上缴财政", 7), ("预算到位率(%)", 8),
                        ("预算执行率(%)", 9)]:
        rows[key] = lines_after(t, anchor, 7, prefix="\t")[1:]
    for k in range(1, 8):
        r = rows[k]
        C.sum(f"行次({k}) 总额 = 小计 + 上年结转 + 其他", r[0], [r[1], r[4], r[5]])
        C.sum(f"行次({k}) 小计 = 省级 + 市本级", r[1], [r[2], r[3]])
    for c in range(6):
        C.diff(f"(5)=(3)-(4) {cols[c]}", rows[5][c], rows[3][c], rows[4][c], code="balance_mismatch")
        C.sum(f"(5) = (6) + (7) {cols[c]}", rows[5][c], [rows[6][c], rows[7][c]])
        C.rate(f"(8)=(3)/(2) {cols[c]}", rows[8][c], rows[3][c], rows[2][c])
        C.plausible(f"(8) {cols[c]}", rows[8][c], rows[2][c])
        C.rate(f"(9)=(4)/(2) {cols[c]}", rows[9][c], rows[4][c], rows[2][c])
        C.plausible(f"(9) {cols[c]}", rows[9][c], rows[2][c])
    C.same("年初预算 text/table", p_init, rows[1][0])
    C.same("省级补助 text/table", p_prov, rows[2][2])
    C.same("上年结转 text/table", p_carry, rows[2][4])
    C.same("全年预算 text/table", p_annual, rows[2][0])
    C.same("到位 text(全部到位)/table", p_annual, rows[3][0])
    C.same("支出 text/table", p_spent, rows[4][0])
    C.same("结余 text/table", p_bal, rows[5][0])
    C.same("结转下年 text/table", p_fwd, rows[6][0])
    C.same("上缴 text/table", p_back, rows[7][0])
    C.same("执行率 text/table", p_rate, rows[9][0])
    # outputs in text
    m = one(t, r"分别开设教学班(\d+)个、(\d+)个，全年共(\d+)个")
    C.sum("教学班 春+秋", m[3], [m[1], m[2]])
    p_classes = m[3]
    m = one(t, r"在册学员分别为(\d+)人、(\d+)人，合计(\d+)人次，较\d{4}年的(\d+)人次增加(\d+)人次")
    C.sum("学员 春+秋", m[3], [m[1], m[2]])
    C.diff("学员 比上年增加", m[5], m[3], m[4])
    m = one(t, r"全年授课(\d+)课时，其中外聘教师承担(\d+)课时，按每课时(\d+)元的标准")
    p_hours, p_fee_rate = m[1], m[3]
    C.money("外聘教师课酬 = 课时 × 每课时标准", p_fee, "万元", val(m[2]) * val(m[3]) * MONEY["元"], "sum_mismatch")
    m = one(t, r"应出勤(\d+)人次，实际出勤(\d+)人次，出勤率([\d.]+)%")
    C.rate("出勤率", m[3], m[2], m[1])
    C.plausible("出勤率", m[3])
    p_pass = one(t, r"；结业考核合格率([\d.]+)%")[1]
    p_show = one(t, r"全年参加文艺展演(\d+)人次")[1]
    m = one(t, r"发放问卷(\d+)份，收回(\d+)份，其中“满意”和“较满意”(\d+)份，满意度([\d.]+)%")
    C.rate("满意度", m[4], m[3], m[2])
    C.plausible("满意度", m[4])
    p_sat = m[4]
    p_cover = one(t, r"覆盖(\d+)个乡镇（街道）")[1]
    m = one(t, r"自评总得分([\d.]+)分，评价等级为“(\S+?)”")
    p_total, p_grade = m[1], m[2]
    C.grade("正文 等级", p_total, p_grade)
    # 附件1 自评表 (Shanxi layout, 完成率 column)
    names = ["预算执行率", "全年开设教学班", "全年授课课时", "结业学员考核合格率", "春秋学期按期开课率",
             "外聘教师课时费标准", "学员参加文艺展演人次", "教学点覆盖乡镇（街道）数", "学员满意度"]
    srows = []
    for n in names:
        w, target, actual, comp, score = lines_after(t, n, 5, prefix="\t")
        srows.append((n, w, target, actual, score, comp))
    for r in srows:
        if r[3].endswith("%"):
            C.plausible(f"附件1 {r[0]} 业绩值", r[3])
    tot = lines_after(t, "合计", 8, prefix="\t")
    score_table(C, srows, tot[2], tot[6], tag="附件1")
    d = {r[0]: r for r in srows}
    C.same("执行率 附件1/资金表", d["预算执行率"][3], rows[9][0])
    C.same("总得分 text/附件1", p_total, tot[6])
    C.same("教学班 text/附件1", p_classes, d["全年开设教学班"][3])
    C.same("课时 text/附件1", p_hours, d["全年授课课时"][3])
    C.same("课时费标准 text/附件1", p_fee_rate, d["外聘教师课时费标准"][3])
    C.same("合格率 text/附件1", p_pass, d["结业学员考核合格率"][3])
    C.same("文艺展演 text/附件1", p_show, d["学员参加文艺展演人次"][3])
    C.same("覆盖乡镇 text/附件1", p_cover, d["教学点覆盖乡镇（街道）数"][3])
    C.same("满意度 text/附件1", p_sat, d["学员满意度"][3])
    return C


# ================================================================ B  Sichuan, 江阳 2023
def checks_jiangyang(t):
    C = Checks()
    year = one(t, r"^(\d{4})年度泸州市江阳区委老干部局项目支出")[1]
    C.cond("year_mismatch", "自评表 year = report year", one(t, r"^(\d{4})年度项目支出绩效自评表$")[1] == year)
    m = one(t, r"批复本项目预算(\d+)万元；7月追加([\d.]+)万元")
    p_init, p_add = m[1], m[2]
    m = one(t, r"全年预算([\d.]+)万元，其中财政资金([\d.]+)万元、单位资金（学员学费收入）([\d.]+)万元")
    p_annual, p_fis, p_unit = m[1], m[2], m[3]
    C.sum("全年预算 = 年初 + 追加", p_annual, [p_init, p_add])
    C.sum("全年预算 = 财政 + 单位资金", p_annual, [p_fis, p_unit])
    C.plausible("到位率", one(t, r"资金到位率(\d+)%")[1])
    m = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    p_spent, p_rate = m[1], m[2]
    C.rate("正文 执行率", p_rate, p_spent, p_annual)
    C.plausible("正文 执行率", p_rate)
    m = one(t, r"其中财政资金支出([\d.]+)万元，结余([\d.]+)万元已按规定由区财政收回；"
               r"单位资金支出([\d.]+)万元，结余([\d.]+)万元结转(\d{4})年")
    p_fis_sp, p_unit_sp = m[1], m[3]
    C.diff("财政资金结余", m[2], p_fis, m[1], code="balance_mismatch")
    C.diff("单位资金结余", m[4], p_unit, m[3], code="balance_mismatch")
    C.sum("支出 = 财政 + 单位", p_spent, [m[1], m[3]])
    C.cond("year_mismatch", f"carry-over year {m[5]} after {year}", int(m[5]) > int(year))
    m = one(t, r"高级讲师每课时(\d+)元，全年(\d+)课时；一般讲师每课时(\d+)元，全年(\d+)课时，合计支付课酬([\d.]+)万元")
    C.money("课酬 = Σ 标准 × 课时", m[5], "万元", (val(m[1]) * val(m[2]) + val(m[3]) * val(m[4])) * MONEY["元"],
            "sum_mismatch")
    p_fee = m[5]
    m = one(t, r"讲师课酬([\d.]+)万元、教材讲义([\d.]+)万元、教学设备维护及耗材([\d.]+)万元、学员活动组织([\d.]+)万元、"
               r"示范教学点建设([\d.]+)万元、水电及物业([\d.]+)万元")
    C.sum("支出按用途", p_spent, [m[i] for i in range(1, 7)])
    C.same("课酬 两处", p_fee, m[1])
    m = one(t, r"分别开设教学班(\d+)个、(\d+)个，注册学员分别为(\d+)人次、(\d+)人次，全年共开班(\d+)个")
    C.sum("教学班 春+秋", m[5], [m[1], m[2]])
    p_classes, st1, st2 = m[5], m[3], m[4]
    m = one(t, r"应到课(\d+)人次，实到(\d+)人次，出勤率([\d.]+)%")
    C.rate("出勤率", m[3], m[2], m[1])
    C.plausible("出勤率", m[3])
    p_att = m[3]
    m = one(t, r"推出微课(\d+)节，累计点播(\d+)人次，平均每节(\d+)人次")
    C.add("average_mismatch", f"每节平均点播: {m[2]}/{m[1]} vs {m[3]}", close(m[3], val(m[2]) / val(m[1])))
    p_act = one(t, r"志愿服务活动(\d+)场")[1]
    C.plausible("问卷满意率", one(t, r"学员问卷满意率(\d+)%")[1])
    m = one(t, r"自评得分([\d.]+)分，评价等级为(\S)。")
    p_total, p_grade = m[1], m[2]
    C.grade("正文 等级", p_total, p_grade)
    # 自评表, funds block
    fr = {}
    for a in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]:
        fr[a] = tab_row(t, a)[:6]
    comps = ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum(f"资金 {col} 总额 = Σ来源", fr["年度资金总额"][i], [fr[a][i] for a in comps])
    for a in fr:
        C.rate(f"执行率 {a}", fr[a][4], fr[a][2], fr[a][1])
        C.plausible(f"执行率 {a}", fr[a][4], fr[a][1])
    tot = fr["年度资金总额"]
    C.same("年初 text/table", p_init, tot[0])
    C.same("全年 text/table", p_annual, tot[1])
    C.same("执行 text/table", p_spent, tot[2])
    C.same("执行率 text/table", p_rate, tot[4])
    C.same("财政资金 全年 text/table", p_fis, fr["其中：财政资金"][1])
    C.same("单位资金 全年 text/table", p_unit, fr["单位资金"][1])
    C.same("财政资金 执行 text/table", p_fis_sp, fr["其中：财政资金"][2])
    C.same("单位资金 执行 text/table", p_unit_sp, fr["单位资金"][2])
    # 自评表, indicators: 指标性质, 指标值, 实际完成值, 分值, 得分
    names = ["开设教学班", "注册学员人次", "学员出勤率", "课程按计划开课率", "人均培训成本",
             "举办展演、赛事及志愿服务活动", "社区（村）老年学校教学点"]
    ind = {}
    srows = []
    for n in names:
        c = tab_row(t, n)
        ind[n] = c
        srows.append((n, c[3], c[1], c[2], c[4]))
    last = tab_row(t, "总分")
    tw, ts = [x for x in last if x][:2]
    score_table(C, srows, tw, ts, exec_w=tot[3], exec_s=tot[5], tag="自评表")
    C.plausible("自评表 出勤率", ind["学员出勤率"][2])
    C.same("教学班 text/table", p_classes, ind["开设教学班"][2])
    C.sum("注册学员 春+秋 = 自评表", ind["注册学员人次"][2], [st1, st2])
    C.same("出勤率 text/table", p_att, ind["学员出勤率"][2])
    C.same("活动场次 text/table", p_act, ind["举办展演、赛事及志愿服务活动"][2])
    cost = ind["人均培训成本"][2]
    cu = unit_of(cost).split("/")[0]
    if cu in MONEY:
        C.money("人均培训成本 = 支出 / 注册学员", num(cost)[0].to_eng_string(), cu,
                val(p_spent) / val(ind["注册学员人次"][2]), "average_mismatch")
    C.same("总分 text/table", p_total, ts)
    return C


# ================================================================ C  Jiangxi, 安源 2019
def checks_anyuan(t):
    C = Checks()
    year = one(t, r"^萍乡市安源区委老干部局\n(\d{4})年度区老年大学")[1]
    C.cond("year_mismatch", "自评表 year = report year", one(t, r"^（(\d{4})年度）$")[1] == year)
    m = one(t, r"(\d{4})年年初预算(\d+)万元，其中区财政拨款(\d+)万元、学员学费(\d+)万元；"
               r"加上\d{4}年未用完结转的([\d.]+)万元教室改造资金，全年预算([\d.]+)万元")
    C.cond("year_mismatch", "budget year = report year", m[1] == year)
    p_init, p_fis, p_fee_in, p_carry, p_annual = m[2], m[3], m[4], m[5], m[6]
    C.sum("年初 = 财政 + 学费", p_init, [p_fis, p_fee_in])
    C.sum("全年 = 年初 + 上年结转", p_annual, [p_init, p_carry])
    m = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中兼职教师课时费([\d.]+)万元、教学用品及教材([\d.]+)万元、"
               r"活动展演([\d.]+)万元、设备购置及维护([\d.]+)万元")
    p_spent, p_rate, p_fee_wan = m[1], m[2], m[3]
    C.sum("支出构成", p_spent, [m[3], m[4], m[5], m[6]])
    C.rate("正文 执行率", p_rate, p_spent, p_annual)
    C.plausible("正文 执行率", p_rate)
    m = one(t, r"尚未支付的([\d.]+)万元为教室改造工程质保金，已结转(\d{4})年")
    C.diff("未支付 = 全年预算(全部到位) - 支出", m[1], p_annual, p_spent, code="balance_mismatch")
    C.cond("year_mismatch", f"carry-over year {m[2]} after {year}", int(m[2]) > int(year))
    p_major = one(t, r"等(\d+)门专业")[1]
    m = one(t, r"分别招收学员(\d+)人、(\d+)人，合计(\d+)人，较\d{4}年的(\d+)人增长([\d.]+)%")
    C.sum("学员 春+秋", m[3], [m[1], m[2]])
    C.add("rate_mismatch", f"增长率 ({m[3]}-{m[4]})/{m[4]} vs {m[5]}",
          close(m[5], (val(m[3]) - val(m[4])) / val(m[4]) * 100))
    p_students = m[3]
    m = one(t, r"课时费标准为每课时(\d+)元，全年授课(\d+)课时，共计支付课时费(\d+)(元|万元)")
    p_fee_std = m[1]
    fee_total_wan = val(m[1]) * val(m[2]) * MONEY["元"]
    C.money("课时费 = 标准 × 课时", m[3], m[4], fee_total_wan, "sum_mismatch")
    C.money_same("课时费 两处（元 / 万元）", m[3], m[4], p_fee_wan, "万元")
    m = one(t, r"应到课(\d+)人次，实到(\d+)人次，到课率([\d.]+)%")
    C.rate("到课率", m[3], m[2], m[1])
    C.plausible("到课率", m[3])
    p_pass = one(t, r"结业考核合格率([\d.]+)%。")[1]
    p_vol = one(t, r"志愿服务(\d+)人次，因汛期")[1]
    m = one(t, r"(\d+)个村（社区）中已有(\d+)个建立老年学习点，覆盖比例约(\d+)%")
    C.rate("覆盖比例", m[3], m[2], m[1])
    p_cover = m[3]
    m = one(t, r"满意度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，平均([\d.]+)%")
    C.avg("满意度平均", m[5], [m[1], m[2], m[3], m[4]])
    for i in range(1, 6):
        C.plausible(f"满意度 {i}", m[i])
    p_sat = m[5]
    m = one(t, r"综合得分([\d.]+)分，等级为“(\S)”")
    p_total, p_grade = m[1], m[2]
    C.grade("正文 等级", p_total, p_grade)
    p_carry2 = one(t, r"包含上年结转资金([\d.]+)万元")[1]
    p_fee_in2 = one(t, r"学员学费收入(\d+)万元纳入")[1]
    # 自评表 funds block (PDF copy, space separated)
    fr = {}
    fr["总"] = one(t, r"^年度资金总额 ([\d.]+) ([\d.]+) ([\d.]+) (\d+) ([\d.]+%) ([\d.]+)$").groups()
    fr["财政"] = one(t, r"^其中：当年财政拨款 ([\d.]+) ([\d.]+) ([\d.]+) — ([\d.]+%|—) —$").groups()
    fr["结转"] = one(t, r"^上年结转资金 ([\d.]+) ([\d.]+) ([\d.]+) — ([\d.]+%|—) —$").groups()
    fr["其他"] = one(t, r"^其他资金 ([\d.]+) ([\d.]+) ([\d.]+) — ([\d.]+%|—) —$").groups()
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum(f"自评表 {col} 总额 = Σ", fr["总"][i], [fr["财政"][i], fr["结转"][i], fr["其他"][i]])
    C.rate("自评表 执行率 总额", fr["总"][4], fr["总"][2], fr["总"][1])
    C.plausible("自评表 执行率 总额", fr["总"][4], fr["总"][1])
    for k in ["财政", "结转", "其他"]:
        C.rate(f"自评表 执行率 {k}", fr[k][3], fr[k][2], fr[k][1])
        C.plausible(f"自评表 执行率 {k}", fr[k][3], fr[k][1])
    C.same("年初 text/table", p_init, fr["总"][0])
    C.same("财政拨款 text/table", p_fis, fr["财政"][0])
    C.same("学费 text/table", p_fee_in, fr["其他"][0])
    C.same("学费 七/table", p_fee_in2, fr["其他"][1])
    C.same("上年结转 text/table", p_carry, fr["结转"][1])
    C.same("上年结转 七/table", p_carry2, fr["结转"][1])
    C.same("全年 text/table", p_annual, fr["总"][1])
    C.same("支出 text/table", p_spent, fr["总"][2])
    C.same("执行率 text/table", p_rate, fr["总"][4])
    # indicators
    pat = r"(\S+) (\S+) ([\d.]+) ([\d.]+)"
    rows = []
    for name, pre in [("开设专业", "开设专业 "), ("招收学员人数", "招收学员人数 "), ("学员结业考核合格率", "学员结业考核合格率 "),
                      ("兼职教师课时费标准", "兼职教师课时费标准 "), ("学员参与社区志愿服务", "学员参与社区志愿服务 "),
                      ("覆盖村（社区）比例", "覆盖村（社区）\n比例\n"), ("学员满意度", "服务对象满意度指标 学员满意度 ")]:
        g = one(t, re.escape(pre) + pat).groups()
        rows.append((name, g[2], g[0], g[1], g[3]))
    g = one(t, r"春、秋季学期按时开学 3月、9月 按时开学 ([\d.]+) ([\d.]+)").groups()
    rows.append(("春、秋季学期按时开学", g[0], "3月、9月", "按时开学", g[1]))
    tw, ts = one(t, r"^总分 (\d+) ([\d.]+)$").groups()
    score_table(C, rows, tw, ts, exec_w=fr["总"][3], exec_s=fr["总"][5], tag="自评表")
    d = {r[0]: r for r in rows}
    C.plausible("自评表 合格率", d["学员结业考核合格率"][3])
    C.plausible("自评表 满意度", d["学员满意度"][3])
    C.same("专业 text/table", p_major, d["开设专业"][3])
    C.same("学员 text/table", p_students, d["招收学员人数"][3])
    C.same("合格率 text/table", p_pass, d["学员结业考核合格率"][3])
    C.same("课时费标准 text/table", p_fee_std, d["兼职教师课时费标准"][3])
    C.same("志愿服务 text/table", p_vol, d["学员参与社区志愿服务"][3])
    C.same("覆盖比例 text/table", p_cover, d["覆盖村（社区）比例"][3])
    C.same("满意度 text/table", p_sat, d["学员满意度"][3])
    C.same("总分 text/table", p_total, ts)
    return C


# ================================================================ D  Hebei, 运河 2020 (部门整体)
def checks_yunhe(t):
    C = Checks()
    year = one(t, r"^中共沧州市运河区委老干部局\n(\d{4})年度部门整体支出")[1]
    C.cond("year_mismatch", "自评表 year = report year", one(t, r"^（(\d{4})年度）$")[1] == year)
    C.cond("year_mismatch", "数据截至 year", one(t, r"数据截至(\d{4})年12月31日")[1] == year)
    C.cond("year_mismatch", "收入 year", one(t, r"^(\d{4})年收入合计")[1] == year)
    m = one(t, r"核定编制(\d+)名，年末实有在编人员(\d+)名")
    p_quota, p_staff = m[1], m[2]
    m = one(t, r"离退休干部(\d+)人，其中离休干部(\d+)人、退休干部(\d+)人")
    C.sum("离退休干部", m[1], [m[2], m[3]])
    m = one(t, r"收入合计([\d.]+)万元，其中财政拨款收入([\d.]+)万元、上年结转([\d.]+)万元")
    p_income = m[1]
    C.sum("收入", m[1], [m[2], m[3]])
    m = one(t, r"全年预算([\d.]+)万元，其中基本支出预算([\d.]+)万元、项目支出预算([\d.]+)万元")
    p_budget, p_basic_b, p_proj_b = m[1], m[2], m[3]
    C.sum("预算", m[1], [m[2], m[3]])
    C.same("收入/预算", p_income, p_budget)
    m = one(t, r"支出合计([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），"
               r"项目支出([\d.]+)万元")
    p_spent, p_basic, p_pub, p_proj = m[1], m[2], m[4], m[5]
    C.sum("基本支出", m[2], [m[3], m[4]])
    C.sum("支出合计", m[1], [m[2], m[5]])
    p_basic_rate = one(t, r"基本支出执行率([\d.]+)%")[1]
    C.rate("基本支出执行率", p_basic_rate, p_basic, p_basic_b)
    C.plausible("基本支出执行率", p_basic_rate)
    p_pub_b = one(t, r"公用经费年初预算(\d+)万元")[1]
    m = one(t, r"年末结转结余([\d.]+)万元，.*?全部结转(\d{4})年使用")
    p_left = m[1]
    C.diff("结转结余 = 预算 - 支出", m[1], p_budget, p_spent, code="balance_mismatch")
    C.cond("year_mismatch", f"carry-over year {m[2]} after {year}", int(m[2]) > int(year))
    m = one(t, r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务接待费([\d.]+)万元、"
               r"公务用车运行维护费([\d.]+)万元，因公出国（境）费用(\d+)元，比\d{4}年的([\d.]+)万元下降([\d.]+)%")
    C.sum("三公", m[2], [m[3], m[4], (val(m[5]) * MONEY["元"]).to_eng_string()])
    C.add("rate_mismatch", f"三公 下降率 vs {m[7]}", close(m[7], (val(m[6]) - val(m[2])) / val(m[6]) * 100))
    p_3g_now, p_3g_last = m[2], m[6]
    m = one(t, r"预算分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，合计([\d.]+)万元；实际支出分别为([\d.]+)万元、"
               r"([\d.]+)万元、([\d.]+)万元，执行率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%")
    C.sum("项目预算", m[4], [m[1], m[2], m[3]])
    C.same("项目支出预算 两处", m[4], p_proj_b)
    C.sum("项目支出 = Σ项目", p_proj, [m[5], m[6], m[7]])
    for i in range(3):
        C.rate(f"项目{i + 1} 执行率", m[8 + i], m[5 + i], m[1 + i])
        C.plausible(f"项目{i + 1} 执行率", m[8 + i])
    m = one(t, r"全年预算执行率([\d.]+)%，结转结余率([\d.]+)%")
    p_rate, p_left_rate = m[1], m[2]
    C.rate("预算执行率", p_rate, p_spent, p_budget)
    C.plausible("预算执行率", p_rate)
    C.rate("结转结余率", p_left_rate, p_left, p_budget)
    p_visit = one(t, r"走访慰问离退休干部(\d+)人次")[1]
    m = one(t, r"分别开设班级(\d+)个、(\d+)个，全年(\d+)个")
    C.sum("班级", m[3], [m[1], m[2]])
    p_cls = m[3]
    p_study = one(t, r"学习活动(\d+)次")[1]
    p_vol = one(t, r"志愿服务(\d+)人次")[1]
    p_sat = one(t, r"测评结果为([\d.]+)%")[1]
    C.plausible("满意度", p_sat)
    m = one(t, r"自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分，平均([\d.]+)分")
    C.avg("项目平均得分", m[4], [m[1], m[2], m[3]])
    for i in range(1, 4):
        C.cond("score_exceeds_weight", f"项目{i} 得分 <= 100", val(m[i]) <= 100)
    p_total = one(t, r"自评得分([\d.]+)分，各项指标得分见附表")[1]
    # table
    names = ["财政供养人员控制率", "“三公”经费变动率", "预算执行率", "结转结余率", "公用经费控制率", "固定资产利用率",
             "走访慰问离退休干部", "老年大学开设班级", "组织离退休干部学习活动", "重点工作按时完成率",
             "离退休干部参与志愿服务", "离退休干部满意度", "管理制度健全性"]
    rows = []
    d = {}
    for n in names:
        w, target, actual, s = tab_row(t, n)[:4]
        d[n] = (n, w, target, actual, s)
        if n == "“三公”经费变动率":  # target ≤0 carries no unit
            rows.append((n, w, "—", "—", s))
        else:
            rows.append((n, w, target, actual, s))
    tot = tab_row(t, "合计")
    tw, ts = [x for x in tot if x][:2]
    score_table(C, rows, tw, ts, tag="自评表")
    C.grade("自评表 等级", ts, tab_row(t, "评价等级")[0])
    C.rate("供养人员控制率", d["财政供养人员控制率"][3], p_staff, p_quota)
    C.add("rate_mismatch", "三公 变动率 (table)",
          close(d["“三公”经费变动率"][3], (val(p_3g_now) - val(p_3g_last)) / val(p_3g_last) * 100))
    C.rate("公用经费控制率", d["公用经费控制率"][3], p_pub, p_pub_b)
    C.same("执行率 text/table", p_rate, d["预算执行率"][3])
    C.same("结转结余率 text/table", p_left_rate, d["结转结余率"][3])
    C.same("走访 text/table", p_visit, d["走访慰问离退休干部"][3])
    C.same("班级 text/table", p_cls, d["老年大学开设班级"][3])
    C.same("学习活动 text/table", p_study, d["组织离退休干部学习活动"][3])
    C.same("志愿服务 text/table", p_vol, d["离退休干部参与志愿服务"][3])
    C.same("满意度 text/table", p_sat, d["离退休干部满意度"][3])
    C.plausible("自评表 满意度", d["离退休干部满意度"][3])
    C.same("总分 text/table", p_total, ts)
    return C


# ================================================================ E  Yunnan, 红塔 2024 (web page)
def checks_hongta(t):
    C = Checks()
    year = one(t, r"^红塔区委老干部局(\d{4})年度老年教育")[1]
    C.cond("year_mismatch", "自评表 year = report year", one(t, r"^（(\d{4})年度）$")[1] == year)
    m = one(t, r"(\d{4})年初区级财政安排项目资金(\d+)万元；5月省委老干部局下达老年教育专项补助(\d+)万元，"
               r"全年预算调整为([\d.]+)万元")
    C.cond("year_mismatch", "budget year = report year", m[1] == year)
    p_init, p_prov, p_annual = m[2], m[3], m[4]
    C.sum("全年 = 区级 + 省级", p_annual, [p_init, p_prov])
    m = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中上半年支付([\d.]+)万元、下半年支付([\d.]+)万元")
    p_spent, p_rate = m[1], m[2]
    C.sum("上半年 + 下半年", p_spent, [m[3], m[4]])
    C.rate("正文 执行率", p_rate, p_spent, p_annual)
    C.plausible("正文 执行率", p_rate)
    m = one(t, r"分来源看，区级资金(\d+)万元，支出([\d.]+)万元，执行率([\d.]+)%；省级补助资金(\d+)万元，支出([\d.]+)万元，"
               r"执行率([\d.]+)%")
    C.same("区级 两处", m[1], p_init)
    C.same("省级 两处", m[4], p_prov)
    C.rate("区级 执行率", m[3], m[2], m[1])
    C.rate("省级 执行率", m[6], m[5], m[4])
    C.plausible("区级 执行率", m[3])
    C.plausible("省级 执行率", m[6])
    C.sum("支出 = 区级 + 省级", p_spent, [m[2], m[5]])
    m = one(t, r"讲师课酬按每课时(\d+)元标准，全年(\d+)课时，计([\d.]+)万元")
    C.money("课酬 = 标准 × 课时", m[3], "万元", val(m[1]) * val(m[2]) * MONEY["元"], "sum_mismatch")
    p_fee, p_fee_std = m[3], m[1]
    det = {}
    for a in ["送教讲师课酬", "教学点设备配置", "教材及学习资料", "宣传及展演活动"]:
        det[a] = tab_row(t, a)[:4]
        C.diff(f"明细 {a} 结余 = 到位 - 支出", det[a][3], det[a][1], det[a][2], code="balance_mismatch")
    C.sum("明细 预算合计", p_annual, [r[0] for r in det.values()])
    C.sum("明细 到位合计", p_annual, [r[1] for r in det.values()])
    C.sum("明细 支出合计", p_spent, [r[2] for r in det.values()])
    C.same("课酬 text/明细", p_fee, det["送教讲师课酬"][2])
    m = one(t, r"分别送教(\d+)个、(\d+)个班次，全年共送教(\d+)个班次，为年度目标(\d+)个的([\d.]+)%")
    C.sum("送教 春+秋", m[3], [m[1], m[2]])
    C.add("completion_mismatch", f"送教完成率 {m[3]}/{m[4]} vs {m[5]}", close(m[5], val(m[3]) / val(m[4]) * 100))
    p_cls, p_cls_t = m[3], m[4]
    p_new = one(t, r"新建社区教学点(\d+)个")[1]
    p_act = one(t, r"学员参与社区文化活动(\d+)场")[1]
    m = one(t, r"新建的(\d+)个社区教学点中，(\d+)个实现每周固定开课")
    p_run_n, p_run_d = m[2], m[1]
    m = one(t, r"按照预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重")
    pw = m.groups()
    C.sum("权重 合计", "100", list(pw), code="weight_sum_mismatch")
    m = one(t, r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，"
               r"自评总分([\d.]+)分，等级为(\S)。")
    pb = m.groups()
    C.sum("分块得分合计", pb[4], list(pb[:4]), code="score_sum_mismatch")
    C.grade("正文 等级", pb[4], pb[5])
    # 自评表 (browser copy, one cell per line)
    fr = {a: lines_after(t, a, 6) for a in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]}
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        C.sum(f"自评表 {col} 总额 = Σ", fr["年度资金总额"][i],
              [fr[a][i] for a in ["其中：当年财政拨款", "上年结转资金", "其他资金"]])
    for a in fr:
        C.rate(f"自评表 执行率 {a}", fr[a][4], fr[a][2], fr[a][1])
        C.plausible(f"自评表 执行率 {a}", fr[a][4], fr[a][1])
    tot = fr["年度资金总额"]
    C.same("年初 text/table", p_init, tot[0])
    C.same("全年 text/table", p_annual, tot[1])
    C.same("支出 text/table", p_spent, tot[2])
    C.same("执行率 text/table", p_rate, tot[4])
    blocks = {"产出": ["送教班次", "受益老年学员", "新建社区教学点", "学员结业率", "送教任务完成时限", "每课时讲师课酬"],
              "效益": ["学员参与社区文化活动", "教学点常态化运行率"], "满意度": ["学员满意度"]}
    rows = []
    d = {}
    for b, names in blocks.items():
        for n in names:
            target, actual, w, s = lines_after(t, n, 4)
            d[n] = (n, w, target, actual, s)
            if n == "送教任务完成时限":
                rows.append((n, w, "—", "—", s))
            else:
                rows.append((n, w, target, actual, s))
    tw, ts = lines_after(t, "总分", 7)[4:6]
    score_table(C, rows, tw, ts, exec_w=tot[3], exec_s=tot[5], tag="自评表")
    for b, key in [("产出", 1), ("效益", 2), ("满意度", 3)]:
        C.sum(f"{b} 分块得分 = Σ行", pb[key], [d[n][4] for n in blocks[b]], code="score_sum_mismatch")
        C.sum(f"{b} 分块权重 = Σ行", pw[key], [d[n][1] for n in blocks[b]], code="weight_sum_mismatch")
    C.same("预算执行 权重 text/table", pw[0], tot[3], code="weight_sum_mismatch")
    C.same("预算执行 得分 text/table", pb[0], tot[5], code="score_sum_mismatch")
    C.same("总分 text/table", pb[4], ts)
    C.plausible("自评表 结业率", d["学员结业率"][3])
    C.plausible("自评表 运行率", d["教学点常态化运行率"][3])
    C.plausible("自评表 满意度", d["学员满意度"][3])
    C.rate("常态化运行率", d["教学点常态化运行率"][3], p_run_n, p_run_d)
    C.same("送教班次 text/table", p_cls, d["送教班次"][3])
    C.same("送教目标 text/table", p_cls_t, d["送教班次"][2])
    C.same("新建教学点 text/table", p_new, d["新建社区教学点"][3])
    C.same("新建教学点 两处", p_new, p_run_d)
    C.same("文化活动 text/table", p_act, d["学员参与社区文化活动"][3])
    C.same("课酬标准 text/table", p_fee_std, d["每课时讲师课酬"][3])
    return C


CHECKERS = {
    "sx-huozhou-lndxjingfei-2021": checks_huozhou,
    "sc-jiangyang-lndxyunxing-2023": checks_jiangyang,
    "jx-anyuan-lndxbanxue-2019": checks_anyuan,
    "he-yunhe-lgbjzhengti-2020": checks_yunhe,
    "yn-hongta-lnjysongjiao-2024": checks_hongta,
}


def diff_region(a, b):
    """Common prefix/suffix -> the changed region [p, e) in b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labels, got {len(labels)}")
    counts = {c: 0 for c in CODES}
    clean_text = {}
    for lab in labels:
        if set(lab) != {"case", "source", "clean", "expected"}:
            problems.append(f"{lab.get('case')}: keys {sorted(lab)}")
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    if sorted(clean_text) != sorted(CHECKERS):
        problems.append(f"clean drafts {sorted(clean_text)} vs checkers {sorted(CHECKERS)}")
    n_checks = 0
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        if not 2800 <= len(clean_text[src]) <= 3400:
            problems.append(f"{src}: clean draft has {len(clean_text[src])} characters")
        try:
            C = CHECKERS[src](text)
        except ExtractError as e:
            problems.append(f"{name}: extraction failed: {e}")
            continue
        n_checks += len(C.res)
        failed = C.fail_codes()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if name != f"{src}-clean.txt":
                problems.append(f"{name}: clean case name")
            for code, desc, ok in C.res:
                if not ok:
                    problems.append(f"{name}: clean draft fails {code}: {desc}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        if set(exp) != {"code", "severity", "value", "explanation"} or exp["severity"] != "error":
            problems.append(f"{name}: malformed label {exp}")
        code, value = exp["code"], exp["value"]
        if code not in CODES:
            problems.append(f"{name}: unknown code {code}")
            continue
        counts[code] += 1
        if value not in text:
            problems.append(f"{name}: value {value!r} not in case")
        p, e = diff_region(clean_text[src], text)
        if (p, e) == (len(text), len(text)) and text == clean_text[src]:
            problems.append(f"{name}: identical to the clean draft")
        hit = False
        i = text.find(value)
        while i != -1:
            if i < max(e, p + 1) and p < i + len(value):
                hit = True
            i = text.find(value, i + 1)
        if not hit:
            problems.append(f"{name}: label value does not overlap the changed region [{p},{e})")
        if code not in failed:
            problems.append(f"{name}: labelled {code} but no {code} check fails")
        others = [c for c in failed if c != code]
        if others:
            detail = [f"{c}: {d}" for c, d, ok in C.res if not ok and c != code]
            problems.append(f"{name}: other codes fail: {detail}")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    print("cases:", len(labels), " checks run:", n_checks)
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
