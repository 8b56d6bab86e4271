#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps the label value; a changed (distinctive) figure appears once in
   the clean draft (twice for conflicting_values); each code is used at least twice;
2. the arithmetic of every draft is redone from the text (Decimal, ROUND_HALF_UP, tolerance of
   rules.md §8): every check passes on the clean drafts; on each error case the labelled code
   fails and no other error-level code fails (warning-level checks such as score rules may fail).
Prints OK at the end.
"""
import difflib
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
WAN = D(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def num(s):
    if isinstance(s, (D, int)):
        return D(s)
    s = s.strip().rstrip("%").replace(",", "")
    return D(s)


def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals written in the stated value."""
    v = num(stated)
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
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
    def __init__(self, text):
        self.t = text
        self.res = []   # (code, severity, message, ok)

    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
        return ms[0]

    def g(self, pat, flags=0):
        return self.one(pat, flags).group(1)

    def check(self, code, ok, msg, sev="error"):
        self.res.append((code, sev, msg, bool(ok)))

    # helpers ------------------------------------------------------------
    def eq(self, code, a, b, msg):
        """two statements of the same quantity (strings) must agree."""
        self.check(code, num(a) == num(b), "%s: %s vs %s" % (msg, a, b))

    def total(self, code, stated, parts, msg):
        self.check(code, close(stated, sum(num(p) for p in parts)),
                   "%s: %s = %s" % (msg, stated, " + ".join(parts)))

    def rate(self, stated, numer, denom, msg, code="rate_mismatch"):
        self.check(code, close(stated, D(numer) / D(denom) * 100),
                   "%s: %s vs %s/%s" % (msg, stated, numer, denom))

    def pct_range(self, stated, msg):
        self.check("implausible_rate", D(0) <= num(stated) <= D(100), "%s: %s in [0,100]" % (msg, stated))


# ---------------------------------------------------------------- indicator rows
VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
SIGN = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq", None: "eq"}


def pv(s):
    m = VAL.match(s.strip())
    if not m:
        return None
    return SIGN[m.group(1)], D(m.group(2)), m.group(3).strip()


def completion(sign, T, A):
    if sign == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def rule_score(sign, T, A, w):
    if sign == "lte":
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else D(0)
    return w * min(D(1), A / T)


def check_rows(c, rows):
    """rows: dicts with name, target, actual, w, s and optionally comp (stated 完成率)."""
    for r in rows:
        w, s = num(r["w"]), num(r["s"])
        c.check("score_exceeds_weight", D(0) <= s <= w, "%s: score %s within [0, %s]" % (r["name"], r["s"], r["w"]))
        T, A = pv(r["target"]), pv(r["actual"])
        if T and A:
            same_unit = T[2] == A[2]
            c.check("unit_mismatch", same_unit, "%s: unit of %s vs %s" % (r["name"], r["target"], r["actual"]))
            if not same_unit:
                continue
            if A[2] == "%":
                c.pct_range(r["actual"], r["name"] + " actual")
            comp = completion(T[0], T[1], A[1])
            if r.get("comp") not in (None, "", "—"):
                c.check("completion_mismatch", close(r["comp"], comp),
                        "%s: 完成率 %s vs %s" % (r["name"], r["comp"], r2(comp)))
            rs = rule_score(T[0], T[1], A[1], w)
            c.check("score_rule", close(r["s"], rs), "%s: score %s vs rule %s" % (r["name"], r["s"], r2(rs)),
                    sev="warning")


def check_totals(c, weights, scores, stated_total, grade_word=None):
    c.check("weight_sum_mismatch", sum(num(x) for x in weights) == 100,
            "weights sum %s" % sum(num(x) for x in weights))
    c.check("score_sum_mismatch", close(stated_total, sum(num(x) for x in scores)),
            "scores sum %s vs total %s" % (sum(num(x) for x in scores), stated_total))
    if grade_word is not None:
        c.check("grade_mismatch", GRADE_WORDS[grade_word] == grade_of(num(stated_total)),
                "grade %s for total %s" % (grade_word, stated_total))


def exec_score_rule(c, stated_score, stated_rate, spent, budget, w=10):
    a = D(w) * min(D(1), D(spent) / D(budget))
    b = D(w) * min(D(1), num(stated_rate) / 100)
    c.check("score_rule", close(stated_score, a) or close(stated_score, b),
            "execution score %s vs %s" % (stated_score, r2(a)), sev="warning")


def year_of(c, pat):
    return int(c.g(pat))


# ================================================================ P1 林州 2021
def check_p1(t):
    c = Checker(t)
    Y = 2021
    # years
    c.check("year_mismatch", year_of(c, r"^林州市特殊教育学校\n(\d{4})年度") == Y, "title year")
    c.check("year_mismatch", year_of(c, r"项目支出绩效自评表（(\d{4})年度）") == Y, "table year")
    c.check("year_mismatch", year_of(c, r"截至(\d{4})年12月31日") == Y, "position date")
    c.check("year_mismatch", year_of(c, r"结转至(\d{4})年继续使用") > Y, "carry-forward year")
    c.check("year_mismatch", year_of(c, r"\n(\d{4})年\d+月\d+日\n") in (Y, Y + 1), "report date")
    # funds table
    rows = {}
    for line in t.splitlines():
        for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            if line.startswith(key + "｜"):
                if key in rows:
                    raise ParseError("duplicate funds row " + key)
                rows[key] = line.split("｜")[1:]
    tot, cur, car, oth = rows["年度资金总额"], rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]
    for i, col in enumerate(("年初", "全年", "执行")):
        c.total("sum_mismatch", tot[i], [cur[i], car[i], oth[i]], "funds %s column" % col)
    init, annual, spent, w_exec, rate, s_exec = tot[:6]
    c.rate(rate, num(spent), num(annual), "table 执行率")
    c.pct_range(rate, "table 执行率")
    exec_score_rule(c, s_exec, rate, num(spent), num(annual))
    # prose funds
    a1, a2 = c.g(r"核定(\d+\.\d+)万元；二是"), c.g(r"康复器材补助(\d+\.\d+)万元")
    n_stu, std1 = c.g(r"依2021年春季在校生(\d+)人核定"), c.g(r"按每生每年(\d+)元的标准，依")
    n_sj, std2 = c.g(r"为(\d+)名送教对象安排"), c.g(r"按每生每年(\d+)元的标准，为")
    c.check("sum_mismatch", num(a1) == num(n_stu) * num(std1) / WAN, "生均公用 = 人数 × 标准")
    c.check("sum_mismatch", num(a2) == num(n_sj) * num(std2) / WAN, "送教补助 = 人数 × 标准")
    p_init = c.g(r"前两项合计(\d+\.\d+)万元")
    c.total("sum_mismatch", p_init, [a1, a2], "年初预算 components")
    c.eq("conflicting_values", p_init, init, "年初预算 text vs table")
    add, p_cur = c.g(r"中央特殊教育补助资金(\d+)万元"), c.g(r"当年财政拨款由此调整为(\d+\.\d+)万元")
    c.total("sum_mismatch", p_cur, [p_init, add], "当年财政拨款 = 年初 + 追加")
    c.eq("conflicting_values", p_cur, cur[1], "当年财政拨款 text vs table")
    p_car = c.g(r"结转的送教上门补助(\d+\.\d+)万元")
    c.eq("conflicting_values", p_car, car[1], "上年结转 text vs table")
    p_ann = c.g(r"本项目全年预算为(\d+\.\d+)万元")
    c.total("sum_mismatch", p_ann, [p_cur, p_car], "全年预算 components")
    c.eq("conflicting_values", p_ann, annual, "全年预算 text vs table")
    c.rate(c.g(r"资金到位率(\d+)%"), num(p_ann), num(p_ann), "到位率 (全部拨付到校)")
    p_sp, p_rate = c.one(r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)").groups()
    c.eq("conflicting_values", p_sp, spent, "全年支出 text vs table")
    c.rate(p_rate, num(p_sp), num(p_ann), "text 执行率")
    u1, u2, u3 = c.one(r"维修等）(\d+\.\d+)万元，送教上门交通、教具及康复器材支出(\d+\.\d+)万元，康复训练设备购置(\d+\.\d+)万元").groups()
    c.total("sum_mismatch", p_sp, [u1, u2, u3], "spending by use")
    c.rate(c.g(r"当年财政拨款执行率为(\d+\.\d+%)"), num(cur[2]), num(cur[1]), "当年财政拨款 sub-rate")
    c.check("rate_mismatch", num(car[2]) == num(car[1]), "上年结转资金已全部用完")
    unsp = c.g(r"年末尚未支出(\d+\.\d+)万元")
    c.check("balance_mismatch", close(unsp, num(p_ann) - num(p_sp)), "未支出 = 全年预算 - 支出")
    b1, b2 = c.g(r"对应资金(\d+\.\d+)万元"), c.g(r"公用经费(\d+\.\d+)万元因12月")
    c.total("sum_mismatch", unsp, [b1, b2], "未支出 components")
    # 送教
    s1, s2, sy, pc = c.one(r"春季、秋季学期分别送教(\d+)人次、(\d+)人次，全年合计(\d+)人次，为年度目标的(\d+)%").groups()
    c.total("sum_mismatch", sy, [s1, s2], "semester sum")
    goal = c.g(r"全年送教不少于(\d+)人次")
    c.check("completion_mismatch", close(pc, num(sy) / num(goal) * 100), "送教 completion")
    c.eq("conflicting_values", c.g(r"(\d+)名送教对象按所在乡镇"), n_sj, "送教对象 count")
    # 入学
    elig = c.g(r"适龄残疾儿童少年共(\d+)人")
    e1, e2, e3, et, er = c.one(r"在特教学校就读(\d+)人、在普通学校随班就读(\d+)人、接受送教上门(\d+)人，合计入学(\d+)人，义务教育入学率(\d+\.\d+%)").groups()
    c.total("sum_mismatch", et, [e1, e2, e3], "enrolled sum")
    c.rate(er, num(et), num(elig), "入学率")
    c.eq("conflicting_values", e1, n_stu, "在校生 (入学)")
    c.eq("conflicting_values", e3, n_sj, "送教 (入学)")
    now, last, diff = c.one(r"2021年春季在校生(\d+)人，比2020年的(\d+)人增加(\d+)人").groups()
    c.eq("conflicting_values", now, n_stu, "在校生 twice")
    c.check("sum_mismatch", num(now) - num(last) == num(diff), "increase vs last year")
    h = c.one(r"分别开课(\d+)节、(\d+)节、(\d+)节，平均每室(\d+)节").groups()
    c.check("average_mismatch", close(h[3], sum(num(x) for x in h[:3]) / 3), "康复课 average")
    eq_plan, eq_got = c.one(r"计划购置的(\d+)台（套）康复设备到货验收(\d+)台（套）").groups()
    cov, cov_goal = c.one(r"家长康复指导覆盖率为(\d+)%，低于(\d+)%的目标").groups()
    sat = c.g(r"家长总体满意度为(\d+\.\d+%)")
    c.pct_range(sat, "满意度 text")
    # indicator table
    ind = []
    for line in t.splitlines():
        if line.startswith(("产出指标｜", "效益指标｜", "满意度指标｜")):
            f = line.split("｜")
            ind.append(dict(name=f[2], target=f[3], actual=f[4], w=f[5], s=f[6]))
    check_rows(c, ind)
    by = {r["name"]: r for r in ind}
    c.eq("conflicting_values", pv(by["特教学校在校生人数"]["actual"])[1], n_stu, "在校生 table")
    c.eq("conflicting_values", pv(by["送教上门服务人次"]["actual"])[1], sy, "送教人次 table")
    c.eq("conflicting_values", pv(by["送教上门服务人次"]["target"])[1], goal, "送教 target")
    c.eq("conflicting_values", pv(by["康复训练设备购置数量"]["target"])[1], eq_plan, "设备 target")
    c.eq("conflicting_values", pv(by["康复训练设备购置数量"]["actual"])[1], eq_got, "设备 actual")
    c.eq("conflicting_values", pv(by["残疾儿童少年义务教育入学率"]["actual"])[1], num(er), "入学率 table")
    c.eq("conflicting_values", pv(by["家长康复指导覆盖率"]["actual"])[1], cov, "覆盖率 table")
    c.eq("conflicting_values", pv(by["家长康复指导覆盖率"]["target"])[1], cov_goal, "覆盖率 target")
    c.eq("conflicting_values", pv(by["学生家长满意度"]["actual"])[1], num(sat), "满意度 table")
    c.eq("conflicting_values", pv(by["特教学校生均公用经费标准"]["actual"])[1], std1, "生均标准 table")
    tw, ts = c.one(r"\n总分｜｜｜｜｜(\d+)｜(\d+\.\d+)｜").groups()
    c.check("weight_sum_mismatch", num(tw) == 100, "table 总分 column")
    p_total, p_grade = c.one(r"自评得分(\d+\.\d+)分，评价等级为(\S\S)").groups()
    c.eq("conflicting_values", p_total, ts, "total text vs table")
    check_totals(c, [w_exec] + [r["w"] for r in ind], [s_exec] + [r["s"] for r in ind], ts, p_grade)
    return c.res


# ================================================================ P2 中江 2023
def check_p2(t):
    c = Checker(t)
    Y = 2023
    c.check("year_mismatch", year_of(c, r"^中江县特殊教育资源中心(\d{4})年度") == Y, "title year")
    c.check("year_mismatch", year_of(c, r"\n（(\d{4})年度）\n") == Y, "table year")
    c.check("year_mismatch", year_of(c, r"截至(\d{4})年12月31日") == Y, "position date")
    c.check("year_mismatch", year_of(c, r"已结转至(\d{4})年使用") > Y, "carry-forward year")
    adv_issue, adv_year = c.one(r"(\d{4})年12月提前下达的(\d{4})年中央").groups()
    c.check("year_mismatch", int(adv_year) == Y and int(adv_issue) == Y - 1, "advance issued previous December")
    c.check("year_mismatch", year_of(c, r"\n(\d{4})年\d+月\d+日\n") in (Y, Y + 1), "report date")
    sp = lambda line: re.split(r" {2,}", line.strip())
    rows = {}
    for line in t.splitlines():
        for key in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
            if line.startswith(key + " "):
                rows[key] = sp(line)[1:]
    tot = rows["年度资金总额"]
    for i, col in enumerate(("年初", "全年", "执行")):
        c.total("sum_mismatch", tot[i], [rows[k][i] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")],
                "funds %s column" % col)
    init, annual, spent, w_exec, rate, s_exec = tot[:6]
    c.rate(rate, num(spent), num(annual), "table 执行率")
    c.pct_range(rate, "table 执行率")
    exec_score_rule(c, s_exec, rate, num(spent), num(annual))
    p_init = c.g(r"项目年初预算(\d+\.\d+)万元")
    cen, cty = c.one(r"中央特殊教育补助资金(\d+)万元，县级财政安排(\d+)万元").groups()
    c.total("sum_mismatch", p_init, [cen, cty], "年初预算 components")
    c.eq("conflicting_values", p_init, init, "年初 text vs table")
    add, p_ann = c.one(r"追加特殊教育发展专项资金(\d+)万元，调整后全年预算(\d+\.\d+)万元").groups()
    c.total("sum_mismatch", p_ann, [p_init, add], "全年预算 = 年初 + 追加")
    c.eq("conflicting_values", p_ann, annual, "全年预算 text vs table")
    c.rate(c.g(r"全部到位，到位率(\d+)%"), num(p_ann), num(p_ann), "到位率 (全部到位)")
    p_sp, p_rate = c.one(r"全年支出(\d+\.\d+)万元，执行率(\d+\.\d+%)").groups()
    c.eq("conflicting_values", p_sp, spent, "支出 text vs table")
    c.rate(p_rate, num(p_sp), num(p_ann), "text 执行率")
    unit_std = c.g(r"按每人次(\d+)元的标准发放")
    u1, u2, u3, u4 = c.one(r"误餐补助(\d+\.\d+)万元，购置送教学生康复器材和教具(\d+\.\d+)万元，资源中心开展入学评估、教师培训等运行支出(\d+\.\d+)万元，配置资源教室设备(\d+\.\d+)万元").groups()
    c.total("sum_mismatch", p_sp, [u1, u2, u3, u4], "spending by use")
    c.check("balance_mismatch", close(c.g(r"未支出的(\d+\.\d+)万元"), num(p_ann) - num(p_sp)), "未支出 = 全年预算 - 支出")
    n_sj = c.g(r"纳入送教上门的学生(\d+)人，较2022年增加6人")
    s1, s2, sy = c.one(r"春季学期送教(\d+)人次、秋季学期送教(\d+)人次，全年共送教(\d+)人次").groups()
    c.total("sum_mismatch", sy, [s1, s2], "semester sum")
    c.check("sum_mismatch", num(u1) == num(sy) * num(unit_std) / WAN, "补助 = 人次 × 标准")
    elig = c.g(r"适龄残疾儿童少年共(\d+)人")
    e1, e2, e3, et, er = c.one(r"在特殊教育学校就读(\d+)人，在普通学校随班就读(\d+)人，接受送教上门(\d+)人，合计(\d+)人，入学率(\d+\.\d+%)").groups()
    c.total("sum_mismatch", et, [e1, e2, e3], "enrolled sum")
    c.rate(er, num(et), num(elig), "入学率")
    c.eq("conflicting_values", e3, n_sj, "送教 count (入学)")
    rooms = c.g(r"投入使用随班就读资源教室(\d+)个")
    train = c.g(r"举办送教能力专题培训(\d+)期")
    n2, prog, prate = c.one(r"(\d+)名送教学生中有(\d+)人在年度康复评估中取得进步，进步率(\d+\.\d+%)").groups()
    c.eq("conflicting_values", n2, n_sj, "送教 count (进步)")
    c.rate(prate, num(prog), num(n2), "进步率")
    fam, frate = c.one(r"(\d+)户送教家庭参加了家长送教指导，参与率(\d+\.\d+%)").groups()
    c.rate(frate, num(fam), num(n_sj), "参与率")
    c.pct_range(c.g(r"家长满意度(\d+(?:\.\d+)?%)"), "满意度 text")
    # indicator table
    ind = []
    for line in t.splitlines():
        if line.startswith(("产出指标  ", "效益指标  ")):
            f = sp(line)
            ind.append(dict(name=f[2], target=f[3], actual=f[4], comp=f[5], w=f[6], s=f[7]))
    check_rows(c, ind)
    by = {r["name"]: r for r in ind}
    c.eq("conflicting_values", pv(by["送教上门服务学生数"]["actual"])[1], n_sj, "送教学生 table")
    c.eq("conflicting_values", pv(by["送教上门服务学生数"]["target"])[1], c.g(r"为不少于(\d+)名重度"), "送教学生 target")
    c.eq("conflicting_values", pv(by["全年送教人次"]["actual"])[1], sy, "送教人次 table")
    c.eq("conflicting_values", pv(by["全年送教人次"]["target"])[1], c.g(r"全年送教不少于(\d+)人次"), "人次 target")
    c.eq("conflicting_values", pv(by["新建随班就读资源教室"]["actual"])[1], rooms, "资源教室 table")
    c.eq("conflicting_values", pv(by["新建随班就读资源教室"]["target"])[1], c.g(r"新建随班就读资源教室(\d+)个"), "资源教室 target")
    c.eq("conflicting_values", pv(by["适龄残疾儿童少年入学率"]["actual"])[1], num(er), "入学率 table")
    c.eq("conflicting_values", pv(by["送教交通及误餐补助标准"]["actual"])[1], unit_std, "补助标准 table")
    c.eq("conflicting_values", pv(by["送教学生康复评估进步率"]["actual"])[1], num(prate), "进步率 table")
    c.eq("conflicting_values", pv(by["家长送教指导参与率"]["actual"])[1], num(frate), "参与率 table")
    c.eq("conflicting_values", pv(by["送教能力专题培训"]["actual"])[1], train, "培训期数 table")
    tw, ts = c.one(r"\n总分 +(\d+) +(\d+\.\d+)\n").groups()
    c.check("weight_sum_mismatch", num(tw) == 100, "table 总分 column")
    p_total, p_grade = c.one(r"自评得分(\d+\.\d+)分，等级为(\S)").groups()
    c.eq("conflicting_values", p_total, ts, "total text vs table")
    check_totals(c, [w_exec] + [r["w"] for r in ind], [s_exec] + [r["s"] for r in ind], ts, p_grade)
    return c.res


# ================================================================ P3 容县 2019
def check_p3(t):
    c = Checker(t)
    Y = 2019
    c.check("year_mismatch", year_of(c, r"^容县教育局(\d{4})年度") == Y, "title year")
    c.check("year_mismatch", year_of(c, r"\n(\d{4})年度项目支出绩效自评表\n") == Y, "table year")
    c.check("year_mismatch", year_of(c, r"截至(\d{4})年9月") == Y, "count date")
    c.check("year_mismatch", year_of(c, r"上述资金结转(\d{4})年使用") > Y, "carry-forward year")
    c.check("year_mismatch", year_of(c, r"中央资金于(\d{4})年12月提前下达") == Y - 1, "advance issued previous December")
    c.check("year_mismatch", year_of(c, r"\n(\d{4})年\d+月\d+日\n") in (Y, Y + 1), "report date")
    rows = {}
    for line in t.splitlines():
        for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            if line.startswith(key + "\t"):
                rows[key] = line.split("\t")[1:]
    tot = rows["年度资金总额"]
    for i, col in enumerate(("年初", "全年", "执行")):
        c.total("sum_mismatch", tot[i], [rows[k][i] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                "funds %s column" % col)
    init, annual, spent, w_exec, rate, s_exec = tot[:6]
    c.rate(rate, num(spent), num(annual), "table 执行率")
    c.pct_range(rate, "table 执行率")
    exec_score_rule(c, s_exec, rate, num(spent), num(annual))
    p_ann, cen, reg, cty = c.one(r"全年预算(\d+\.\d+)万元，其中中央特殊教育补助资金(\d+\.\d+)万元、自治区本级资金(\d+\.\d+)万元、县本级配套资金(\d+\.\d+)万元").groups()
    c.total("sum_mismatch", p_ann, [cen, reg, cty], "全年预算 by source")
    c.eq("conflicting_values", p_ann, annual, "全年预算 text vs table")
    std, n_sj, a1 = c.one(r"按每生每年(\d+)元的标准，对(\d+)名送教对象安排(\d+\.\d+)万元").groups()
    c.check("sum_mismatch", num(a1) == num(std) * num(n_sj) / WAN, "送教补助 = 标准 × 人数")
    per_room, n_room, a2 = c.one(r"按每个(\d+)万元的标准建设(\d+)个，安排(\d+\.\d+)万元").groups()
    c.check("sum_mismatch", num(a2) == num(per_room) * num(n_room), "资源教室 = 标准 × 个数")
    a3 = c.g(r"设备购置安排(\d+\.\d+)万元")
    c.total("sum_mismatch", p_ann, [a1, a2, a3], "全年预算 by use")
    p_init = c.g(r"年初预算合计(\d+\.\d+)万元")
    c.total("sum_mismatch", p_init, [cen, cty], "年初 = 中央提前下达 + 县本级")
    c.eq("conflicting_values", p_init, init, "年初 text vs table")
    p_sp, unsp = c.one(r"全年支出(\d+\.\d+)万元，未支出(\d+\.\d+)万元").groups()
    c.eq("conflicting_values", p_sp, spent, "支出 text vs table")
    c.check("balance_mismatch", close(unsp, num(p_ann) - num(p_sp)), "未支出 = 全年预算 - 支出")
    b1, b2 = c.g(r"对应资金(\d+)万元"), c.g(r"设备尾款(\d+\.\d+)万元")
    c.total("sum_mismatch", unsp, [b1, b2], "未支出 components")
    c.check("sum_mismatch", num(b1) == num(per_room), "unbuilt room = one room's standard")
    n_sj2, h1, h2, hy, hg, hc = c.one(r"全年为(\d+)名重度残疾儿童少年提供送教服务，春季学期、秋季学期分别送教(\d+)课时、(\d+)课时，全年(\d+)课时，完成年度目标(\d+)课时的(\d+\.\d+)%").groups()
    c.total("sum_mismatch", hy, [h1, h2], "semester sum")
    c.check("completion_mismatch", close(hc, num(hy) / num(hg) * 100), "课时 completion %s" % hc)
    c.eq("conflicting_values", n_sj2, n_sj, "送教对象 twice")
    elig = c.g(r"全县适龄残疾儿童少年(\d+)人")
    e1, e2, e3, et, er = c.one(r"在县特殊教育学校就读(\d+)人、在普通学校随班就读(\d+)人、接受送教上门(\d+)人，合计(\d+)人，入学率(\d+\.\d+%)").groups()
    c.total("sum_mismatch", et, [e1, e2, e3], "enrolled sum")
    c.rate(er, num(et), num(elig), "入学率")
    c.eq("conflicting_values", e3, n_sj, "送教 (入学)")
    built = c.g(r"年内建成随班就读资源教室(\d+)个")
    lift = c.g(r"生活自理能力评估提升率达到(\d+\.\d+)%")
    trained = c.g(r"全年培训特殊教育教师(\d+)人次")
    sat = c.g(r"家长满意度调查结果为(\d+\.\d+%)")
    c.pct_range(sat, "满意度 text")
    ind = []
    for line in t.splitlines():
        if line.startswith(("产出指标\t", "效益指标\t", "满意度指标\t")):
            f = line.split("\t")
            ind.append(dict(name=f[2], target=f[3], actual=f[4], w=f[5], s=f[6]))
    check_rows(c, ind)
    by = {r["name"]: r for r in ind}
    c.eq("conflicting_values", pv(by["送教上门对象人数"]["actual"])[1], n_sj, "送教对象 table")
    c.eq("conflicting_values", pv(by["送教上门对象人数"]["target"])[1], c.g(r"送教上门对象不少于(\d+)人"), "送教对象 target")
    c.eq("conflicting_values", pv(by["送教上门课时"]["actual"])[1], hy, "课时 table")
    c.eq("conflicting_values", pv(by["送教上门课时"]["target"])[1], hg, "课时 target")
    c.eq("conflicting_values", pv(by["新建随班就读资源教室"]["actual"])[1], built, "资源教室 table")
    c.eq("conflicting_values", pv(by["新建随班就读资源教室"]["target"])[1], n_room, "资源教室 target")
    c.eq("conflicting_values", pv(by["适龄残疾儿童少年入学率"]["actual"])[1], num(er), "入学率 table")
    c.eq("conflicting_values", pv(by["资源教室建设标准"]["actual"])[1], per_room, "建设标准 table")
    c.eq("conflicting_values", pv(by["送教对象生活自理能力评估提升率"]["actual"])[1], lift, "提升率 table")
    c.eq("conflicting_values", pv(by["特殊教育教师培训人次"]["actual"])[1], trained, "培训 table")
    c.eq("conflicting_values", pv(by["残疾学生家长满意度"]["actual"])[1], num(sat), "满意度 table")
    tw, ts, tg = c.one(r"\n总分\t\t\t\t\t(\d+)\t(\d+\.\d+)\t自评等级：(\S)").groups()
    c.check("weight_sum_mismatch", num(tw) == 100, "table 总分 column")
    lw = c.one(r"预算执行率占(\d+)分，产出指标占(\d+)分，效益指标占(\d+)分，满意度指标占(\d+)分").groups()
    c.check("weight_sum_mismatch", sum(num(x) for x in lw) == 100, "level weights in text")
    c.check("weight_sum_mismatch", num(lw[0]) == num(w_exec), "execution weight")
    for lvl, wv in zip(("产出指标", "效益指标", "满意度指标"), lw[1:]):
        c.check("weight_sum_mismatch", sum(num(r["w"]) for r, line in zip(ind, [l for l in t.splitlines() if l.startswith(("产出指标\t", "效益指标\t", "满意度指标\t"))]) if line.startswith(lvl)) == num(wv),
                "level %s weights" % lvl)
    c.eq("conflicting_values", c.g(r"项目综合得分(\d+\.\d+)分"), ts, "total text vs table")
    check_totals(c, [w_exec] + [r["w"] for r in ind], [s_exec] + [r["s"] for r in ind], ts, tg)
    return c.res


# ================================================================ P4 于都 2022 (部门整体)
def check_p4(t):
    c = Checker(t)
    Y = 2022
    c.check("year_mismatch", year_of(c, r"^于都县特殊教育学校(\d{4})年度部门整体支出绩效自评报告") == Y, "title year")
    c.check("year_mismatch", year_of(c, r"\n(\d{4})年度收支预算执行情况表") == Y, "funds table year")
    c.check("year_mismatch", year_of(c, r"\n于都县特殊教育学校(\d{4})年度部门整体支出绩效自评表\n") == Y, "score table year")
    c.check("year_mismatch", year_of(c, r"本报告数据截至(\d{4})年12月31日") == Y, "position date")
    c.check("year_mismatch", year_of(c, r"\n(\d{4})年\d+月\d+日\n") in (Y, Y + 1), "report date")
    rows = {}
    for line in t.splitlines():
        for key in ("一般公共预算财政拨款", "政府性基金预算拨款", "其他收入", "合计"):
            if line.startswith(key + "｜") and len(line.split("｜")) == 6:
                rows[key] = line.split("｜")[1:]
    parts = ("一般公共预算财政拨款", "政府性基金预算拨款", "其他收入")
    tot = rows["合计"]
    for i, col in enumerate(("年初", "全年", "支出")):
        c.total("sum_mismatch", tot[i], [rows[k][i] for k in parts], "funds %s column" % col)
    for k in parts + ("合计",):
        r = rows[k]
        if num(r[1]) == 0:
            c.check("implausible_rate", r[3] in ("—", "0", ""), "%s: rate %s on a zero budget" % (k, r[3]))
        else:
            c.rate(r[3], num(r[2]), num(r[1]), "%s 执行率" % k)
            c.pct_range(r[3], "%s 执行率" % k)
        if k != "合计":
            c.check("balance_mismatch", r[4] == "—", "%s 结余 shown only in 合计" % k)
    bal = tot[4]
    c.check("balance_mismatch", close(bal, num(tot[1]) - num(tot[2])), "合计 结余 = 全年预算 - 支出")
    p_ann, p_basic_b, p_proj_b, p_sp = c.one(r"全年预算(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元；全年支出(\d+\.\d+)万元").groups()
    c.total("sum_mismatch", p_ann, [p_basic_b, p_proj_b], "全年预算 by type")
    c.eq("conflicting_values", p_ann, tot[1], "全年预算 text vs table")
    c.eq("conflicting_values", p_sp, tot[2], "支出 text vs table")
    basic, staff, pub, proj = c.one(r"基本支出(\d+\.\d+)万元（人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元），项目支出(\d+\.\d+)万元").groups()
    c.total("sum_mismatch", basic, [staff, pub], "基本支出 components")
    c.total("sum_mismatch", p_sp, [basic, proj], "支出 by type")
    c.check("balance_mismatch", close(bal, num(p_proj_b) - num(proj)) and num(basic) == num(p_basic_b),
            "年末结余全部为项目支出结余")
    pp, q1, q2, q3 = c.one(r"项目支出全年预算(\d+\.\d+)万元，其中生均公用经费(\d+\.\d+)万元、送教上门专项(\d+(?:\.\d+)?)万元、特殊教育资源中心建设(\d+\.\d+)万元").groups()
    c.eq("conflicting_values", pp, p_proj_b, "项目支出预算 twice")
    s = num(q1) + num(q2) + num(q3)
    if close(pp, s):
        c.check("sum_mismatch", True, "项目支出 components")
    else:
        fixed = any(close(pp, s - num(x) + num(x) * f) for x in (q1, q2, q3) for f in (D(1) / WAN, WAN))
        c.check("unit_mismatch" if fixed else "sum_mismatch", False,
                "项目支出 components %s vs %s%s" % (s, pp, " (one part off by 10^4)" if fixed else ""))
    std, stu = c.one(r"按每生每年(\d+)元的标准，依在校生(\d+)人核拨").groups()
    c.check("sum_mismatch", num(q1) == num(std) * num(stu) / WAN, "生均公用 = 标准 × 人数")
    stu2 = c.g(r"秋季学期在校生(\d+)人（上年同期为158人）")
    c.eq("conflicting_values", stu2, stu, "在校生 twice")
    staff_n, tch, reh = c.one(r"在职教职工(\d+)人，其中专任教师(\d+)人、康复教师(\d+)人").groups()
    c.total("sum_mismatch", staff_n, [tch, reh], "教职工 = 专任 + 康复")
    n_sj = c.g(r"另有送教上门学生(\d+)人")
    c.eq("conflicting_values", c.g(r"将(\d+)名送教学生"), n_sj, "送教学生 twice")
    grp = c.one(r"各组分别服务(\d+)、(\d+)、(\d+)、(\d+)、(\d+)名学生，平均每组(\d+)名").groups()
    c.total("sum_mismatch", n_sj, grp[:5], "groups add up to 送教学生")
    c.check("average_mismatch", close(grp[5], sum(num(x) for x in grp[:5]) / 5), "group average")
    s1, s2, sy, goal = c.one(r"春季学期送教(\d+)人次、秋季学期送教(\d+)人次，全年(\d+)人次，超过年初(\d+)人次的目标").groups()
    c.total("sum_mismatch", sy, [s1, s2], "semester sum")
    les, short = c.one(r"康复训练课(\d+)节，比计划少(\d+)节").groups()
    keep = c.g(r"义务教育巩固率(\d+\.\d+)%")
    grads, placed, prate = c.one(r"毕业生(\d+)人，其中(\d+)人升入.*?安置率(\d+\.\d+%)").groups()
    c.rate(prate, num(placed), num(grads), "安置率")
    sat = c.g(r"学生家长满意度(\d+\.\d+%)")
    c.pct_range(sat, "满意度 text")
    ind, lvl = [], []
    for line in t.splitlines():
        if line.startswith(("预算执行｜", "产出指标｜", "效益指标｜", "满意度指标｜")):
            f = line.split("｜")
            ind.append(dict(name=f[2], target=f[3], actual=f[4], w=f[5], s=f[6]))
            lvl.append(f[0])
    check_rows(c, ind)
    by = {r["name"]: r for r in ind}
    c.eq("conflicting_values", pv(by["部门预算执行率"]["actual"])[1], num(tot[3]), "执行率 score table vs funds table")
    c.eq("conflicting_values", pv(by["在校生人数"]["actual"])[1], stu, "在校生 table")
    c.eq("conflicting_values", pv(by["送教上门服务人次"]["actual"])[1], sy, "人次 table")
    c.eq("conflicting_values", pv(by["送教上门服务人次"]["target"])[1], goal, "人次 target")
    c.eq("conflicting_values", pv(by["康复训练课时"]["actual"])[1], les, "课时 table")
    c.check("sum_mismatch", pv(by["康复训练课时"]["target"])[1] - num(les) == num(short), "比计划少")
    c.eq("conflicting_values", pv(by["义务教育巩固率"]["actual"])[1], keep, "巩固率 table")
    c.eq("conflicting_values", pv(by["毕业生升学及就业安置率"]["actual"])[1], num(prate), "安置率 table")
    c.eq("conflicting_values", pv(by["学生家长满意度"]["actual"])[1], num(sat), "满意度 table")
    c.eq("conflicting_values", pv(by["生均公用经费标准"]["actual"])[1], std, "生均标准 table")
    sub = c.one(r"预算执行(\d+\.\d+)分、产出指标(\d+\.\d+)分、效益指标(\d+\.\d+)分、满意度指标(\d+(?:\.\d+)?)分，总分(\d+\.\d+)分，等级为(\S)").groups()
    for name, stated in zip(("预算执行", "产出指标", "效益指标", "满意度指标"), sub[:4]):
        c.check("score_sum_mismatch", close(stated, sum(num(r["s"]) for r, l in zip(ind, lvl) if l == name)),
                "%s subtotal %s" % (name, stated))
    c.total("score_sum_mismatch", sub[4], sub[:4], "subtotals add up to total")
    tw, ts = c.one(r"\n合计｜｜｜｜｜(\d+)｜(\d+\.\d+)").groups()
    c.check("weight_sum_mismatch", num(tw) == 100, "table 合计 column")
    c.eq("conflicting_values", sub[4], ts, "total text vs table")
    check_totals(c, [r["w"] for r in ind], [r["s"] for r in ind], ts, sub[5])
    return c.res


# ================================================================ P5 沁县 2020 (flattened tables)
def flat_rows(t):
    rows, cur = [], None
    for line in t.split("\n"):
        if line.startswith("\t"):
            if cur is None:
                cur = []
            cur.append(line[1:])
        else:
            if cur is not None:
                rows.append(cur)
            cur = None
    if cur is not None:
        rows.append(cur)
    return rows


def check_p5(t):
    c = Checker(t)
    Y = 2020
    c.check("year_mismatch", year_of(c, r"^沁县教育局(\d{4})年度") == Y, "title year")
    c.check("year_mismatch", year_of(c, r"项目实施计划：(\d{4})年1月至12月") == Y, "implementation period")
    adv_issue, adv_year = c.one(r"(\d{4})年12月，省财政厅提前下达(\d{4})年中央").groups()
    c.check("year_mismatch", int(adv_year) == Y and int(adv_issue) == Y - 1, "advance issued previous December")
    c.check("year_mismatch", year_of(c, r"全部结转(\d{4})年继续") > Y, "carry-forward year")
    c.check("year_mismatch", year_of(c, r"另有(\d{4})年结转资金") == Y - 1, "carry-over from previous year")
    c.check("year_mismatch", year_of(c, r"\n(\d{4})年\d+月\d+日\n") in (Y, Y + 1), "report date")
    rows = flat_rows(t)
    funds = {r[0]: r[2:] for r in rows if len(r) == 10 and r[1].startswith("(")}
    ind = [r for r in rows if len(r) == 7 and r[0] != "二级指标"]
    if len(funds) != 7 or len(ind) != 9:
        raise ParseError("flattened tables: %d funds rows, %d indicator rows" % (len(funds), len(ind)))
    z = lambda s: D(0) if s.strip() == "" else num(s)
    cols = ("总额", "小计", "中央", "省", "市", "县", "结转", "其他")
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = funds[key]
        c.check("sum_mismatch", z(r[1]) == z(r[2]) + z(r[3]) + z(r[4]) + z(r[5]), "%s 小计" % key)
        c.check("sum_mismatch", z(r[0]) == z(r[1]) + z(r[6]) + z(r[7]), "%s 总额" % key)
    b, rcv, sp = funds["全年预算资金"], funds["实际到位资金"], funds["全年执行资金"]
    for i, col in enumerate(cols):
        c.check("balance_mismatch", z(funds["资金结余"][i]) == z(rcv[i]) - z(sp[i]), "(5) %s" % col)
        for key, numer in (("预算到位率", rcv), ("预算执行率(%)", sp)):
            cell = funds[key][i]
            if z(b[i]) == 0:
                c.check("implausible_rate", z(cell) == 0, "%s %s on zero base" % (key, col))
            else:
                c.rate(cell, z(numer[i]), z(b[i]), "%s %s" % (key, col))
                c.pct_range(cell, "%s %s" % (key, col))
    # prose funds
    cen = c.g(r"提前下达2020年中央特殊教育补助资金(\d+)万元")
    cty = c.g(r"县财政年初安排配套资金(\d+)万元")
    prv = c.g(r"省级追加送教上门补助(\d+)万元")
    car = c.g(r"年结转资金(\d+\.\d+)万元")
    c.eq("conflicting_values", cen, b[2], "中央 text vs table")
    c.eq("conflicting_values", cty, b[5], "县级 text vs table")
    c.eq("conflicting_values", prv, b[3], "省级 text vs table")
    c.eq("conflicting_values", car, b[6], "结转 text vs table")
    c.total("sum_mismatch", funds["年初预算资金"][0], [cen, cty], "年初 = 中央提前下达 + 县级")
    p_ann = c.g(r"全年可用资金(\d+\.\d+)万元")
    c.total("sum_mismatch", p_ann, [cen, cty, prv, car], "全年 text components")
    c.eq("conflicting_values", p_ann, b[0], "全年 text vs table")
    p_sp = c.g(r"全年支出(\d+\.\d+)万元")
    c.eq("conflicting_values", p_sp, sp[0], "支出 text vs table")
    p_bal = c.g(r"年末结余(\d+\.\d+)万元")
    c.eq("conflicting_values", p_bal, funds["资金结余"][0], "结余 text vs table")
    std, yuan, approx = c.one(r"按每人次(\d+)元发放，共(\d+)元（约(\d+\.\d+)万元）").groups()
    n_sj = c.g(r"送教上门的重度残疾儿童少年(\d+)人")
    s1, s2, sy = c.one(r"恢复入户后送教(\d+)人次；秋季学期送教(\d+)人次；全年合计(\d+)人次").groups()
    c.total("sum_mismatch", sy, [s1, s2], "semester sum")
    c.check("sum_mismatch", num(yuan) == num(std) * num(sy), "交通补助 = 标准 × 人次")
    c.check("sum_mismatch", abs(num(yuan) / WAN - num(approx)) <= D("0.005"), "约…万元")
    freq = c.g(r"按月统计，(\d+)名学生每月入户送教不少于2次")
    elig = c.g(r"适龄残疾儿童少年共(\d+)人")
    e1, e2, e3, et, er = c.one(r"在县特殊教育学校就读(\d+)人，在普通学校随班就读(\d+)人，接受送教上门(\d+)人，共计(\d+)人，入学率(\d+\.\d+%)").groups()
    c.total("sum_mismatch", et, [e1, e2, e3], "enrolled sum")
    c.rate(er, num(et), num(elig), "入学率")
    c.eq("conflicting_values", e3, n_sj, "送教 (入学)")
    n2, prog = c.one(r"(\d+)名送教学生中(\d+)人在学年末康复评估中取得进步").groups()
    c.eq("conflicting_values", n2, n_sj, "送教 (进步)")
    sat = c.g(r"家庭满意度为(\d+\.\d+%)")
    c.pct_range(sat, "满意度 text")
    # indicator tables: 二级, 三级, 权重, 目标值, 业绩值, 完成率, 得分
    rows_i = [dict(name=r[1], w=r[2], target=r[3], actual=r[4], comp=r[5], s=r[6]) for r in ind]
    check_rows(c, rows_i)
    by = {r["name"]: r for r in rows_i}
    ex = by["预算执行率"]
    c.rate(ex["actual"], z(sp[0]), z(b[0]), "预算执行率 业绩值")
    exec_score_rule(c, ex["s"], ex["actual"], z(sp[0]), z(b[0]), int(num(ex["w"])))
    c.eq("conflicting_values", pv(by["送教上门学生人数"]["actual"])[1], n_sj, "送教学生 table")
    c.eq("conflicting_values", pv(by["送教上门学生人数"]["target"])[1], c.g(r"送教学生不少于(\d+)人"), "送教学生 target")
    c.eq("conflicting_values", pv(by["全年送教人次"]["actual"])[1], sy, "人次 table")
    c.eq("conflicting_values", pv(by["全年送教人次"]["target"])[1], c.g(r"全年送教不少于(\d+)人次"), "人次 target")
    c.rate(by["每月送教不少于2次的学生占比"]["actual"], num(freq), num(n_sj), "频次占比")
    c.eq("conflicting_values", pv(by["送教教师交通补助标准"]["target"])[1], c.g(r"交通补助不超过每人次(\d+)元"), "补助 target")
    c.rate(by["送教学生康复评估进步率"]["actual"], num(prog), num(n2), "进步率")
    c.eq("conflicting_values", pv(by["送教家庭满意度"]["actual"])[1], num(sat), "满意度 text vs table")
    total, grade = c.one(r"本项目总得分(\d+\.\d+)分，等级为“(\S+?)”").groups()
    check_totals(c, [r["w"] for r in rows_i], [r["s"] for r in rows_i], total, grade)
    return c.res


CHECKS = {
    "hn-linzhou-tejiaobanxue-2021": check_p1,
    "sc-zhongjiang-songjiao-2023": check_p2,
    "gx-rongxian-tejiaobuzhu-2019": check_p3,
    "jx-yudu-tejiaoxuexiao-bumen-2022": check_p4,
    "sx-qinxian-songjiaoshangmen-2020": check_p5,
}


# ---------------------------------------------------------------- structural checks
NUMTOK = re.compile(r"\d+(?:\.\d+)?")


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s   # clean[p:ea] replaced by err[p:eb]


def standalone_count(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d.])", text))


def main():
    errors = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
            texts[rec["case"]] = f.read()
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        errors.append("labels.jsonl and cases/ do not list the same files")
    count = {k: 0 for k in CODES}
    where = {}
    for rec in labels:
        name, src = rec["case"], rec["source"]
        t = texts[name]
        clean = texts[src + "-clean.txt"]
        if rec["clean"]:
            if rec["expected"]:
                errors.append("%s: clean case with labels" % name)
            continue
        if len(rec["expected"]) != 1:
            errors.append("%s: expected exactly one label" % name)
            continue
        lab = rec["expected"][0]
        code, val = lab["code"], lab["value"]
        if code not in CODES or lab["severity"] != "error":
            errors.append("%s: bad code/severity %s/%s" % (name, code, lab["severity"]))
            continue
        count[code] += 1
        if val not in t:
            errors.append("%s: label value not in case: %r" % (name, val))
            continue
        p, ea, eb = diff_region(clean, t)
        if p == len(clean) and ea == len(clean):
            errors.append("%s: identical to clean" % name)
            continue
        spans = [(m.start(), m.start() + len(val)) for m in re.finditer(re.escape(val), t)]
        if not any(s0 < max(eb, p + 1) and p < s1 for s0, s1 in spans):
            errors.append("%s: label value does not overlap the changed place [%d,%d)" % (name, p, eb))
        if eb - p > 200:
            errors.append("%s: changed place too long (%d chars)" % (name, eb - p))
        # changed figures: distinctive number tokens touching an actually changed character of the clean draft
        ops = [op for op in difflib.SequenceMatcher(None, clean, t, autojunk=False).get_opcodes() if op[0] != "equal"]
        for m in NUMTOK.finditer(clean):
            def touches(i1, i2, ms=m.start(), me=m.end()):
                return (i1 < me and ms < i2) if i2 > i1 else (ms <= i1 <= me)
            if not any(touches(i1, i2) for _, i1, i2, _, _ in ops):
                continue
            tok = m.group(0)
            if clean[m.end():m.end() + 1] == "年":
                continue
            if "." not in tok and len(tok) < 3:
                continue
            need = 2 if code == "conflicting_values" else 1
            n = standalone_count(clean, tok)
            if n != need:
                errors.append("%s: changed figure %s appears %d times in the clean draft (want %d)" % (name, tok, n, need))
    for k, v in count.items():
        if v < 2:
            errors.append("code %s used %d times (< 2)" % (k, v))
    # arithmetic
    for rec in labels:
        name, src = rec["case"], rec["source"]
        try:
            res = CHECKS[src](texts[name])
        except ParseError as e:
            errors.append("%s: parse error: %s" % (name, e))
            continue
        failed = [(code, sev, msg) for code, sev, msg, ok in res if not ok]
        if rec["clean"]:
            for code, sev, msg in failed:
                errors.append("%s (clean): %s [%s] %s" % (name, code, sev, msg))
        else:
            want = rec["expected"][0]["code"]
            got = {code for code, sev, msg in failed if sev == "error"}
            if want not in got:
                errors.append("%s: labelled %s does not fail" % (name, want))
            for code in sorted(got - {want}):
                msgs = "; ".join(m for cd, sv, m in failed if cd == code)
                errors.append("%s: unlabelled %s fails: %s" % (name, code, msgs))
            where[name] = sorted({"%s(%s)" % (cd, sv) for cd, sv, m in failed})
    for src in CHECKS:
        res = CHECKS[src](texts[src + "-clean.txt"])
        if "-v" in sys.argv:
            print("%s-clean: %d checks (%d error-level)" % (src, len(res), sum(1 for r in res if r[1] == "error")))
    if "-v" in sys.argv:
        for k in sorted(where):
            print(k, where[k])
        print("codes:", count)
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print("%d cases, %d labels, codes: %s" % (len(labels), sum(count.values()),
                                               ", ".join("%s=%d" % kv for kv in count.items())))
    print("OK")


if __name__ == "__main__":
    main()
