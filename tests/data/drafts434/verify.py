#!/usr/bin/env python3
"""Verify the n434 set (standard library only).

For every case: the label value occurs in the case; an error case differs from its clean draft in one
contiguous place that overlaps the label value; every code of errors.md section A occurs at least twice.
The arithmetic of every draft is redone from the text (Decimal, ROUND_HALF_UP, tolerance of rules.md section 8):
a clean draft must pass every check; an error case must fail its labelled code and no other error-level code.
Prints OK at the end.
"""
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
WARN = "score_rule_mismatch"          # warning-level: checked on clean drafts only


# ---------------------------------------------------------------- numbers
def dec(s):
    s = str(s).replace(",", "").replace("，", "").strip()
    return D(s)


def ndec(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndec(s)) + D("1e-9")


def close(stated, computed):
    """stated: a string as written; computed: Decimal."""
    return abs(dec(stated) - computed) <= tol(stated)


def same(a, b):
    """Two mentions of one quantity: equal within the looser of the two precisions."""
    return abs(dec(a) - dec(b)) <= max(tol(a), tol(b))


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []      # (code, message)
        self.warns = []
        self.n = 0

    # one regex match, exactly once
    def g(self, pattern, group=1):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise AssertionError("pattern %r matched %d times" % (pattern, len(ms)))
        return ms[0].group(group)

    def gs(self, pattern):
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            raise AssertionError("pattern %r matched %d times" % (pattern, len(ms)))
        return ms[0].groups()

    def chk(self, code, ok, msg):
        self.n += 1
        if not ok:
            if code == WARN:
                self.warns.append(msg)
            else:
                self.fails.append((code, msg))

    # total = sum(parts); a single part or the total off by 10^4 / 10^8 is a unit slip
    def sum_(self, total, parts, msg, code="sum_mismatch"):
        comp = sum((dec(p) for p in parts), D(0))
        if close(total, comp):
            self.chk(code, True, msg)
            return
        for i, p in enumerate(parts):
            for f in SCALES:
                c2 = comp - dec(p) + dec(p) * f
                if close(total, c2):
                    self.chk("unit_mismatch", False, msg + " (part %s off by a power of ten)" % p)
                    return
        for f in SCALES:
            if abs(dec(total) * f - comp) <= tol(total) * f:
                self.chk("unit_mismatch", False, msg + " (total off by a power of ten)")
                return
        self.chk(code, False, "%s: %s != %s" % (msg, total, comp))

    def diff_(self, result, a, b, msg, code="sum_mismatch"):
        """result = a - b, judged at the decimals of the stated result"""
        comp = dec(a) - dec(b)
        if close(result, comp):
            self.chk(code, True, msg)
            return
        for x in (result, a, b):
            for f in SCALES:
                va, vb, vr = dec(a), dec(b), dec(result)
                if x is a:
                    va = va * f
                elif x is b:
                    vb = vb * f
                else:
                    vr = vr * f
                if abs(vr - (va - vb)) <= tol(result) * max(f, D(1)):
                    self.chk("unit_mismatch", False, msg + " (%s off by a power of ten)" % x)
                    return
        self.chk(code, False, "%s: %s != %s - %s" % (msg, result, a, b))

    # amount in 万元 = qty * price in 元
    def prod_(self, amount_wan, qty, price_yuan, msg):
        comp = dec(qty) * dec(price_yuan) / D(10000)
        if close(amount_wan, comp):
            self.chk("sum_mismatch", True, msg)
            return
        for f in SCALES:
            if close(amount_wan, comp * f) or abs(dec(amount_wan) * f - comp) <= tol(amount_wan) * f:
                self.chk("unit_mismatch", False, msg + " (amount off by a power of ten)")
                return
        self.chk("sum_mismatch", False, "%s: %s != %s" % (msg, amount_wan, comp))

    def mul_(self, total, a, b, msg):
        self.chk("sum_mismatch", close(total, dec(a) * dec(b)), "%s: %s != %s x %s" % (msg, total, a, b))

    def rate_(self, stated, num, den, msg, code="rate_mismatch"):
        if dec(den) == 0:
            self.chk("implausible_rate", dec(stated) == 0, msg + " rate on zero base")
            return
        comp = dec(num) / dec(den) * 100
        if close(stated, comp):
            self.chk(code, True, msg)
            return
        for f in SCALES:
            if close(stated, comp * f):
                self.chk("unit_mismatch", False, msg + " (one amount off by a power of ten)")
                return
        self.chk(code, False, "%s: %s%% != %s" % (msg, stated, r2(comp)))

    def eq_(self, a, b, msg):
        self.chk("conflicting_values", same(a, b), "%s: %s vs %s" % (msg, a, b))

    def le100(self, s, msg):
        self.chk("implausible_rate", D(0) <= dec(s) <= D(100), "%s: %s%%" % (msg, s))

    def avg_(self, stated, items, msg):
        comp = sum((dec(x) for x in items), D(0)) / len(items)
        self.chk("average_mismatch", close(stated, comp), "%s: %s != %s" % (msg, stated, comp))

    def year_eq(self, y, msg):
        self.chk("year_mismatch", int(y) == self.year, "%s: %s vs %d" % (msg, y, self.year))

    def year_after(self, y, msg):
        self.chk("year_mismatch", int(y) > self.year, "%s: %s not after %d" % (msg, y, self.year))

    def advance(self, y, m, msg):
        ok = int(y) == self.year or (int(y) == self.year - 1 and int(m) == 12)
        self.chk("year_mismatch", ok, "%s: %s-%s" % (msg, y, m))

    def grade_(self, total, word, msg):
        s = dec(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        names = {"优": ["优", "优秀"], "良": ["良", "良好"], "中": ["中", "中等", "一般", "合格"],
                 "差": ["差", "较差", "不合格"]}
        self.chk("grade_mismatch", word in names[band], "%s: %s for %s (band %s)" % (msg, word, total, band))


# ---------------------------------------------------------------- indicator values
NUM = r"[\d][\d,]*(?:\.\d+)?"


def parse_val(s):
    """-> (direction, number-string or None, unit, kind)"""
    s = s.strip()
    if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日前?", s):
        return ("date", None, "date", "date")
    m = re.fullmatch(r"(≥|≤|=|＞|＜|>=|<=)?\s*(" + NUM + r")\s*(.*)", s)
    if not m:
        return ("qual", None, "qual", "qual")
    sign, n, unit = m.group(1) or "", m.group(2), m.group(3).strip()
    direction = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
    return (direction, n.replace(",", ""), unit, "num")


def check_row(c, r, bounded=True):
    """r: dict name, target, actual, weight, score, completion (optional), unit (optional, Sichuan)."""
    name = r["name"]
    w, s = dec(r["weight"]), dec(r["score"])
    c.chk("score_exceeds_weight", D(0) <= s <= w, "%s: score %s weight %s" % (name, r["score"], r["weight"]))
    dt, tn, tu, tk = parse_val(r["target"])
    da, an, au, ak = parse_val(r["actual"])
    if tk == "date" or ak == "date":
        c.chk("unit_mismatch", tk == ak, "%s: %s vs %s" % (name, r["target"], r["actual"]))
        return
    if tk == "qual" or ak == "qual":
        c.chk("unit_mismatch", tk == ak, "%s: %s vs %s" % (name, r["target"], r["actual"]))
        c.chk(WARN, s == w, "%s: qualitative achieved, score %s" % (name, s))
        return
    c.chk("unit_mismatch", tu == au, "%s: unit %r vs %r" % (name, tu, au))
    if tu != au:
        return
    unit = r.get("unit", tu)
    T, A = dec(tn), dec(an)
    if unit == "%" and ("率" in name or "满意度" in name):
        c.le100(an, name)
    if dt == "lte":
        comp = D(100) if A <= T else T / A * 100
        rule = w if A <= T else w * T / A
    else:
        comp = A / T * 100
        rule = w * min(A / T, D(1))
    if r.get("completion"):
        c.chk("completion_mismatch", close(r["completion"].rstrip("%"), comp),
              "%s: completion %s vs %s" % (name, r["completion"], r2(comp)))
    ok = close(r["score"], rule)
    if not ok and r.get("completion"):
        cs = dec(r["completion"].rstrip("%"))
        ok = close(r["score"], w * min(cs, D(100)) / 100)
    c.chk(WARN, ok, "%s: score %s vs rule %s" % (name, r["score"], r2(rule)))


def exec_score(c, weight, rate_str, score, msg):
    rule = dec(weight) * min(dec(rate_str), D(100)) / 100
    c.chk(WARN, close(score, rule), "%s: execution score %s vs %s" % (msg, score, r2(rule)))


def table_lines(text, sep):
    return [ln for ln in text.split("\n") if sep in ln]


# ---------------------------------------------------------------- draft 1: Henan, MOF table with ｜
def spec_neixiang(c):
    t = c.t
    # prose: funds
    cur, cen, cty = c.gs(r"当年财政拨款(" + NUM + r")万元，由中央财政“国培计划”专项资金(" + NUM + r")万元和县级配套资金(" + NUM + r")万元构成")
    c.sum_(cur, [cen, cty], "当年财政拨款 = 中央 + 县级")
    adv, add = c.gs(r"中央专项中的(" + NUM + r")万元由省财政于\d{4}年12月提前下达，其余(" + NUM + r")万元于")
    c.sum_(cen, [adv, add], "中央专项 = 提前下达 + 追加")
    ay, am = c.gs(r"由省财政于(\d{4})年(\d{1,2})月提前下达")
    c.advance(ay, am, "提前下达")
    c.year_eq(c.g(r"其余" + NUM + r"万元于(\d{4})年7月追加下达"), "追加下达")
    init = c.g(r"年初预算(" + NUM + r")万元，由提前下达")
    c.sum_(init, [adv, cty], "年初预算 = 提前下达 + 县级配套")
    annual_p = c.g(r"项目全年预算(" + NUM + r")万元")
    carry_p = c.g(r"上年结转资金(" + NUM + r")万元，为\d{4}年度")
    c.year_eq(int(c.g(r"上年结转资金" + NUM + r"万元，为(\d{4})年度")) + 1, "上年结转 year")
    up = c.g(r"较年初调增(" + NUM + r")万元")
    c.diff_(up, annual_p, init, "调增 = 全年 - 年初")
    c.sum_(up, [add, carry_p], "调增 = 追加 + 上年结转")
    c.sum_(annual_p, [cur, carry_p], "全年预算 = 当年拨款 + 上年结转")
    c.year_eq(c.g(r"于(\d{4})年10月前全部拨付到位"), "到位 year")
    c.le100(c.g(r"到位率(" + NUM + r")%"), "到位率")
    c.chk("rate_mismatch", dec(c.g(r"到位率(" + NUM + r")%")) == 100, "到位率100% with 全部到位")
    c.year_eq(c.g(r"实施期为(\d{4})年3月至12月"), "实施期")
    # questionnaire
    q1, q2, q3 = c.gs(r"共发放调查问卷(" + NUM + r")份，收回有效问卷(" + NUM + r")份，有效回收率(" + NUM + r")%")
    c.rate_(q3, q2, q1, "有效回收率")
    c.le100(q3, "有效回收率")
    c.year_after(c.g(r"(\d{4})年1月，学校成立"), "自评开展")
    # spending
    spent_p = c.g(r"全年执行(" + NUM + r")万元")
    n200, days, pd, price, a1 = c.gs(r"集中培训(" + NUM + r")人、每期(\d+)天，合计(" + NUM + r")人·天，按每人每天(" + NUM + r")元包干，支出(" + NUM + r")万元")
    a2 = c.g(r"送教下乡专家劳务、交通及资料费(" + NUM + r")万元")
    a3 = c.g(r"工作坊研修平台使用及专家指导费(" + NUM + r")万元")
    c.sum_(spent_p, [a1, a2, a3], "执行 = 三项支出")
    c.mul_(pd, n200, days, "人·天 = 人数 x 天数")
    c.prod_(a1, pd, price, "集中培训费 = 人·天 x 日标准")
    bal = c.g(r"年末结余(" + NUM + r")万元")
    c.diff_(bal, annual_p, spent_p, "结余 = 全年(全部到位) - 执行", code="balance_mismatch")
    c.year_after(c.g(r"结转至(\d{4})年"), "结转年度")
    # outputs
    tot, s1, s2, s3, s4 = c.gs(r"全年培训乡村教师(" + NUM + r")人次，分别为送教下乡(" + NUM + r")人次、工作坊研修(" + NUM + r")人次、乡村校园长(" + NUM + r")人次、县级培训团队(" + NUM + r")人次")
    c.sum_(tot, [s1, s2, s3, s4], "培训人次合计")
    c.sum_(n200, [s3, s4], "集中培训人数 = 校园长 + 培训团队")
    compl = c.g(r"完成年度目标的(" + NUM + r")%")
    tgt_p = c.g(r"培训乡村教师不少于(" + NUM + r")人次")
    c.chk("completion_mismatch", close(compl, dec(tot) / dec(tgt_p) * 100), "人次完成率")
    last, inc = c.gs(r"比\d{4}年度的(" + NUM + r")人次增加(" + NUM + r")人次")
    c.diff_(inc, tot, last, "比上年增加")
    c.year_eq(int(c.g(r"比(\d{4})年度的")) + 1, "上年度")
    ok_n, ok_r = c.gs(r"结业考核合格(" + NUM + r")人次，合格率(" + NUM + r")%")
    c.rate_(ok_r, ok_n, tot, "合格率")
    sub_n, sub_r = c.gs(r"提交研修成果(" + NUM + r")人，提交率(" + NUM + r")%")
    c.rate_(sub_r, sub_n, s2, "成果提交率")
    c.year_eq(c.g(r"数据截至(\d{4})年12月31日"), "截至日期")
    c.year_after(c.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")
    c.year_eq(c.g(r"自评表（(\d{4})年度）"), "自评表年度")
    # table: funds
    rows = {}
    for ln in table_lines(t, "｜"):
        cells = ln.split("｜")
        rows.setdefault(cells[0], []).append(cells)
    tot_r = rows["年度资金总额"][0]
    cur_r = rows["其中：当年财政拨款"][0]
    car_r = rows["上年结转资金"][0]
    oth_r = rows["其他资金"][0]
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(tot_r[i], [cur_r[i], car_r[i], oth_r[i]], "资金总额(%s)" % nm)
    for r in (tot_r, cur_r, car_r):
        c.rate_(r[5].rstrip("%"), r[3], r[2], "执行率 " + r[0])
        c.le100(r[5].rstrip("%"), "执行率 " + r[0])
    exec_score(c, tot_r[4], tot_r[5].rstrip("%"), tot_r[6], "D1")
    c.eq_(annual_p, tot_r[2], "全年预算 text/table")
    c.eq_(init, tot_r[1], "年初预算 text/table")
    c.eq_(spent_p, tot_r[3], "执行数 text/table")
    c.eq_(cur, cur_r[2], "当年拨款 text/table")
    c.eq_(carry_p, car_r[2], "上年结转 text/table")
    # table: indicators
    ind = []
    for key in ("产出指标", "效益指标", "满意度指标"):
        for cells in rows.get(key, []):
            ind.append(dict(level1=cells[0], name=cells[2], target=cells[3], actual=cells[4],
                            weight=cells[5], score=cells[6]))
    byname = {r["name"]: r for r in ind}
    for r in ind:
        check_row(c, r)
    total_r = rows["总分"][0]
    wsum = dec(tot_r[4]) + sum(dec(r["weight"]) for r in ind)
    c.chk("weight_sum_mismatch", wsum == 100 and dec(total_r[5]) == 100, "weights %s" % wsum)
    ssum = dec(tot_r[6]) + sum(dec(r["score"]) for r in ind)
    c.chk("score_sum_mismatch", close(total_r[6], ssum), "table total %s vs %s" % (total_r[6], ssum))
    e, o, b, s, tp = c.gs(r"项目预算执行得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得(" + NUM + r")分，自评得分(" + NUM + r")分")
    c.chk("score_sum_mismatch", close(e, dec(tot_r[6])), "预算执行得分 text/table")
    for lv, st in (("产出指标", o), ("效益指标", b), ("满意度指标", s)):
        c.chk("score_sum_mismatch", close(st, sum(dec(r["score"]) for r in ind if r["level1"] == lv)), lv + " 得分")
    c.sum_(tp, [e, o, b, s], "自评得分 = 各部分", code="score_sum_mismatch")
    c.eq_(tp, total_r[6], "总分 text/table")
    c.grade_(tp, c.g(r"评价等级为“(.)”"), "等级")
    # text <-> table
    c.eq_(tot, byname["培训乡村教师人次"]["actual"].replace("人次", ""), "人次 text/table")
    c.eq_(tgt_p, parse_val(byname["培训乡村教师人次"]["target"])[1], "人次目标 text/table")
    c.eq_(ok_r, byname["结业考核合格率"]["actual"].rstrip("%"), "合格率 text/table")
    c.eq_(sub_r, byname["工作坊研修成果提交率"]["actual"].rstrip("%"), "提交率 text/table")
    c.eq_(price, parse_val(byname["集中培训人均日成本"]["actual"])[1], "日成本 text/table")
    c.eq_(c.g(r"听评课优良率为(" + NUM + r")%"), byname["乡村教师听评课优良率"]["actual"].rstrip("%"), "优良率")
    c.eq_(c.g(r"培育县级骨干培训者(" + NUM + r")人，"), parse_val(byname["培育县级骨干培训者"]["actual"])[1], "骨干培训者")
    c.eq_(c.g(r"资源(" + NUM + r")节已上传"), parse_val(byname["送教生成性资源入库"]["actual"])[1], "资源节数")
    sat = c.g(r"参训教师满意度为(" + NUM + r")%")
    c.le100(sat, "满意度 text")
    c.eq_(sat, byname["参训教师满意度"]["actual"].rstrip("%"), "满意度 text/table")


# ---------------------------------------------------------------- draft 2: Sichuan, tab table
def spec_nanbu(c):
    t = c.t
    intro = c.g(r"项目调整后预算(" + NUM + r")万元")
    c.year_eq(c.g(r"实施期为(\d{4})年1月至12月"), "实施期")
    i0, if0, iu0 = c.gs(r"年初批复项目预算(" + NUM + r")万元，其中财政资金(" + NUM + r")万元、单位资金(" + NUM + r")万元")
    c.sum_(i0, [if0, iu0], "年初 = 财政 + 单位")
    cut_f, add_u, cut = c.gs(r"财政资金调减(" + NUM + r")万元，单位资金因培训场地出租收入增加(" + NUM + r")万元，合计调减(" + NUM + r")万元")
    c.diff_(cut, cut_f, add_u, "合计调减 = 财政调减 - 单位增加")
    adj, af, au = c.gs(r"调整后预算为(" + NUM + r")万元，其中财政资金(" + NUM + r")万元、单位资金(" + NUM + r")万元")
    c.diff_(adj, i0, cut, "调整后 = 年初 - 调减")
    c.diff_(af, if0, cut_f, "财政 调整后")
    c.sum_(au, [iu0, add_u], "单位 调整后")
    c.sum_(adj, [af, au], "调整后 = 财政 + 单位")
    c.eq_(intro, adj, "调整后预算 two mentions")
    arr_f = c.g(r"全年到位(" + NUM + r")万元")
    c.eq_(arr_f, af, "财政到位 = 财政预算")
    sp, sf, su, rate = c.gs(r"全年实际支出(" + NUM + r")万元，其中财政资金(" + NUM + r")万元、单位资金(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    c.sum_(sp, [sf, su], "支出 = 财政 + 单位")
    c.rate_(rate, sp, adj, "预算执行率")
    c.le100(rate, "预算执行率")
    pd, price, a1 = c.gs(r"集中面授(" + NUM + r")人·天，按每人每天(" + NUM + r")元包干，支出(" + NUM + r")万元")
    c.prod_(a1, pd, price, "面授费")
    pp, nn, a2 = c.gs(r"按每人(" + NUM + r")元计，(" + NUM + r")人支出(" + NUM + r")万元")
    c.prod_(a2, nn, pp, "网络研修费")
    a3 = c.g(r"培训资料印制和专家评审费(" + NUM + r")万元")
    c.sum_(sp, [a1, a2, a3], "支出 = 三项")
    un, unf, unu = c.gs(r"未支出的(" + NUM + r")万元中，财政资金(" + NUM + r")万元已于年末由县财政收回，单位资金(" + NUM + r")万元结转至")
    c.diff_(un, adj, sp, "未支出 = 调整后 - 支出", code="balance_mismatch")
    c.diff_(unf, af, sf, "财政结余", code="balance_mismatch")
    c.diff_(unu, au, su, "单位结余", code="balance_mismatch")
    c.sum_(un, [unf, unu], "未支出 = 财政 + 单位")
    c.year_after(c.g(r"结转至(\d{4})年继续用于"), "结转年度")
    c.year_eq(c.g(r"县审计局在(\d{4})年11月"), "审计")
    # outputs
    periods, ontime, otr = c.gs(r"全年开设培训(" + NUM + r")期，其中(" + NUM + r")期按计划时间开班，1期因疫情防控要求推迟至12月，按期开班率(" + NUM + r")%")
    c.rate_(otr, ontime, periods, "按期开班率")
    tot, compl, n1, n2, n3, n4 = c.gs(r"全年培训教师(" + NUM + r")人次，完成年度目标的(" + NUM + r")%，其中全员网络研修(" + NUM + r")人次、学科骨干教师培训(" + NUM + r")人次、新入职教师培训(" + NUM + r")人次、班主任培训(" + NUM + r")人次")
    c.sum_(tot, [n1, n2, n3, n4], "人次合计")
    tgt = c.g(r"全年培训教师不少于(" + NUM + r")人次")
    c.chk("completion_mismatch", close(compl, dec(tot) / dec(tgt) * 100), "人次完成率 %s" % compl)
    d1, d2, d3 = c.gs(r"骨干教师每期(\d+)天、新入职教师(\d+)天、班主任(\d+)天")
    c.sum_(pd, [str(dec(n2) * dec(d1)), str(dec(n3) * dec(d2)), str(dec(n4) * dec(d3))], "人·天 合计")
    should, act, pr, okn, okr = c.gs(r"应参训(" + NUM + r")人，实际参训(" + NUM + r")人，参训率(" + NUM + r")%；考核合格(" + NUM + r")人，合格率(" + NUM + r")%")
    c.rate_(pr, act, should, "参训率")
    c.rate_(okr, okn, act, "合格率")
    c.eq_(act, n1, "网络研修人数")
    c.eq_(act, nn, "网络研修付费人数")
    sch, cov, covr = c.gs(r"全县(" + NUM + r")所中小学中有(" + NUM + r")所开展了.{0,30}?覆盖率(" + NUM + r")%")
    c.rate_(covr, cov, sch, "校本研修覆盖率")
    team, team0, teamadd = c.gs(r"县级培训者团队发展到(" + NUM + r")人.*?较\d{4}年末的(" + NUM + r")人增加(" + NUM + r")人")
    c.diff_(teamadd, team, team0, "团队增加")
    score_p = c.g(r"综合自评得分(" + NUM + r")分")
    c.grade_(score_p, c.g(r"评价等级为“(.)”"), "等级")
    c.year_after(c.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")
    c.year_eq(c.g(r"自评表（(\d{4})年度）"), "自评表年度")
    # funds table
    rows = {}
    for ln in table_lines(t, "\t"):
        cells = ln.split("\t")
        rows.setdefault(cells[0], []).append(cells)
    tr = rows["年度资金总额"][0]
    fr = rows["其中：财政资金"][0]
    sr = rows["财政专户管理资金"][0]
    ur = rows["单位资金"][0]
    orow = rows["其他资金"][0]
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(tr[i], [fr[i], sr[i], ur[i], orow[i]], "资金总额(%s)" % nm)
    for r in (tr, fr, ur):
        c.rate_(r[5].rstrip("%"), r[3], r[2], "执行率 " + r[0])
    exec_score(c, tr[4], tr[5].rstrip("%"), tr[6], "D2")
    c.eq_(i0, tr[1], "年初 text/table")
    c.eq_(adj, tr[2], "调整后 text/table")
    c.eq_(sp, tr[3], "支出 text/table")
    c.eq_(af, fr[2], "财政 text/table")
    c.eq_(au, ur[2], "单位 text/table")
    c.eq_(if0, fr[1], "财政年初 text/table")
    c.eq_(rate, tr[5].rstrip("%"), "执行率 text/table")
    # indicator table
    ind = []
    for key in ("产出指标", "效益指标", "满意度指标"):
        for cells in rows.get(key, []):
            nature, val, unit, actual = cells[3], cells[4], cells[5], cells[6]
            if nature == "定性":
                target = val
            else:
                target = nature + val
            ind.append(dict(level1=cells[0], name=cells[2], target=target, actual=actual, unit=unit,
                            weight=cells[7], score=cells[8]))
    for r in ind:
        check_row(c, r)
    byname = {r["name"]: r for r in ind}
    total_r = rows["总分"][0]
    wsum = dec(tr[4]) + sum(dec(r["weight"]) for r in ind)
    c.chk("weight_sum_mismatch", wsum == 100 and dec(total_r[7]) == 100, "weights %s" % wsum)
    ssum = dec(tr[6]) + sum(dec(r["score"]) for r in ind)
    c.chk("score_sum_mismatch", close(total_r[8], ssum), "table total %s vs %s" % (total_r[8], ssum))
    c.eq_(score_p, total_r[8], "总分 text/table")
    c.eq_(tot, byname["培训教师总人次"]["actual"], "人次 text/table")
    c.eq_(tgt, byname["培训教师总人次"]["target"].lstrip("≥"), "目标 text/table")
    c.eq_(periods, byname["集中面授培训期数"]["actual"], "期数 text/table")
    c.eq_(pr, byname["全员网络研修参训率"]["actual"], "参训率 text/table")
    c.eq_(okr, byname["网络研修合格率"]["actual"], "合格率 text/table")
    c.eq_(otr, byname["集中培训按期开班率"]["actual"], "按期开班率 text/table")
    c.eq_(price, byname["集中培训人均日成本"]["actual"], "日成本 text/table")
    c.eq_(covr, byname["提升工程2.0校本研修覆盖率"]["actual"], "覆盖率 text/table")
    c.eq_(team, byname["县级培训者团队人数"]["actual"], "团队 text/table")


# ---------------------------------------------------------------- draft 3: Hunan, | table
def spec_mayang(c):
    t = c.t
    ann, cen, cty = c.gs(r"项目全年预算(" + NUM + r")万元，其中省财政厅、省教育厅下达中央财政“国培计划”资金(" + NUM + r")万元，县级配套资金(" + NUM + r")万元")
    c.sum_(ann, [cen, cty], "全年 = 中央 + 县级")
    init = c.g(r"年初预算仅安排县级配套(" + NUM + r")万元")
    c.eq_(init, cty, "年初 = 县级配套")
    c.year_eq(c.g(r"中央资金于(\d{4})年5月下达"), "下达")
    c.year_eq(c.g(r"截至(\d{4})年12月31日"), "截至")
    arr, arr_r, gap = c.gs(r"实际到位资金(" + NUM + r")万元，资金到位率(" + NUM + r")%，县级配套尚有(" + NUM + r")万元未到位")
    c.rate_(arr_r, arr, ann, "到位率")
    c.le100(arr_r, "到位率")
    c.diff_(gap, ann, arr, "未到位 = 全年 - 到位")
    sp, spc, spy, er, ur = c.gs(r"项目实际支出(" + NUM + r")万元，其中中央资金支出(" + NUM + r")万元、县级配套支出(" + NUM + r")万元，按全年预算计算的执行率为(" + NUM + r")%，占到位资金的(" + NUM + r")%")
    c.sum_(sp, [spc, spy], "支出 = 中央 + 县级")
    c.rate_(er, sp, ann, "执行率")
    c.rate_(ur, sp, arr, "支出占到位")
    c.diff_(gap, cty, spy, "县级配套: 未到位 = 配套 - 已到位(全部支出)")
    parts = []
    for pat in (r"访名校(" + NUM + r")人、每人(\d+)天，计(" + NUM + r")人·天，按(" + NUM + r")元/人·天结算(" + NUM + r")万元",
                r"校（园）长培训(" + NUM + r")人、每人(\d+)天，计(" + NUM + r")人·天，按(" + NUM + r")元/人·天结算(" + NUM + r")万元",
                r"送教下乡(" + NUM + r")人次、每人(\d+)天，计(" + NUM + r")人·天，按(" + NUM + r")元/人·天结算(" + NUM + r")万元"):
        n, dd, pdd, pr, am = c.gs(pat)
        c.mul_(pdd, n, dd, "人·天")
        c.prod_(am, pdd, pr, "结算额")
        parts.append((n, pr, am))
    wk = c.g(r"工作坊平台及导师费(" + NUM + r")万元")
    c.sum_(sp, [p[2] for p in parts] + [wk], "支出明细合计")
    bal = c.g(r"中央资金结余(" + NUM + r")万元")
    c.diff_(bal, arr, sp, "结余 = 到位 - 支出", code="balance_mismatch")
    c.diff_(bal, cen, spc, "中央结余 = 中央 - 中央支出", code="balance_mismatch")
    c.year_after(c.g(r"结转至(\d{4})年，继续用于"), "结转年度")
    tgt = c.g(r"全年培训乡村教师(" + NUM + r")人次以上")
    tgt_p = c.g(r"开展集中培训(" + NUM + r")期")
    tot, s1, s2, s3, s4 = c.gs(r"全年培训(" + NUM + r")人次，分别为送教下乡(" + NUM + r")人次、县级骨干教师工作坊(" + NUM + r")人、乡村教师访名校(" + NUM + r")人、校（园）长(" + NUM + r")人")
    c.sum_(tot, [s1, s2, s3, s4], "人次合计")
    c.eq_(s1, parts[2][0], "送教人次")
    c.eq_(s3, parts[0][0], "访名校人数")
    c.eq_(s4, parts[1][0], "校长人数")
    okn, okr = c.gs(r"结业考核合格(" + NUM + r")人次，合格率(" + NUM + r")%")
    c.rate_(okr, okn, tot, "合格率")
    res_t = c.g(r"生成性课程资源不少于(" + NUM + r")件")
    good = c.g(r"乡村教师优良率为(" + NUM + r")%")
    res = c.g(r"课程资源(" + NUM + r")件，已在")
    team = c.g(r"县级培训团队成员(" + NUM + r")人，可承担")
    s_a, s_b, s_avg = c.gs(r"对送教团队满意度(" + NUM + r")%、对课程设置满意度(" + NUM + r")%，综合满意度(" + NUM + r")%")
    c.avg_(s_avg, [s_a, s_b], "综合满意度 = 两项平均")
    for x in (s_a, s_b, s_avg):
        c.le100(x, "满意度")
    score_p = c.g(r"本项目自评得分(" + NUM + r")分")
    c.grade_(score_p, c.g(r"评价等级为“(.)”"), "等级")
    c.year_after(c.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")
    c.year_eq(c.g(r"附件：(\d{4})年度项目支出绩效自评表"), "自评表年度")
    # tables
    rows = {}
    for ln in table_lines(t, "|"):
        cells = ln.split("|")
        rows.setdefault(cells[0], []).append(cells)
    tr = rows["年度资金总额"][0]
    cr = rows["其中：当年财政拨款"][0]
    kr = rows["上年结转资金"][0]
    orow = rows["其他资金"][0]
    for i, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum_(tr[i], [cr[i], kr[i], orow[i]], "资金总额(%s)" % nm)
    for r in (tr, cr):
        c.rate_(r[5].rstrip("%"), r[3], r[2], "执行率 " + r[0])
    exec_score(c, tr[4], tr[5].rstrip("%"), tr[6], "D3")
    c.eq_(init, tr[1], "年初 text/table")
    c.eq_(ann, tr[2], "全年 text/table")
    c.eq_(sp, tr[3], "执行 text/table")
    c.eq_(er, tr[5].rstrip("%"), "执行率 text/table")
    ind = []
    for key in ("产出指标", "效益指标", "满意度指标"):
        for cells in rows.get(key, []):
            ind.append(dict(level1=cells[0], name=cells[2], target=cells[3], actual=cells[4],
                            weight=cells[5], score=cells[6]))
    for r in ind:
        check_row(c, r)
    byname = {r["name"]: r for r in ind}
    total_r = rows["总分"][0]
    wsum = dec(tr[4]) + sum(dec(r["weight"]) for r in ind)
    c.chk("weight_sum_mismatch", wsum == 100 and dec(total_r[5]) == 100, "weights %s" % wsum)
    ssum = dec(tr[6]) + sum(dec(r["score"]) for r in ind)
    c.chk("score_sum_mismatch", close(total_r[6], ssum), "table total %s vs %s" % (total_r[6], ssum))
    c.chk("score_sum_mismatch", close(score_p, ssum), "text total %s vs %s" % (score_p, ssum))
    c.eq_(tot, parse_val(byname["培训乡村教师人次"]["actual"])[1], "人次 text/table")
    c.eq_(tgt, parse_val(byname["培训乡村教师人次"]["target"])[1], "人次目标 text/table")
    c.eq_(tgt_p, parse_val(byname["集中培训期次"]["target"])[1], "期次目标 text/table")
    c.eq_(okr, byname["结业考核合格率"]["actual"].rstrip("%"), "合格率 text/table")
    c.eq_(parts[0][1], parse_val(byname["访名校人均日成本"]["actual"])[1], "日成本 text/table")
    c.eq_(good, byname["乡村教师教学能力测评优良率"]["actual"].rstrip("%"), "优良率 text/table")
    c.eq_(res, parse_val(byname["生成性课程资源"]["actual"])[1], "资源 text/table")
    c.eq_(res_t, parse_val(byname["生成性课程资源"]["target"])[1], "资源目标 text/table")
    c.eq_(team, parse_val(byname["县级培训团队成员"]["actual"])[1], "团队 text/table")
    c.eq_(s_avg, byname["参训教师满意度"]["actual"].rstrip("%"), "满意度 text/table")


# ---------------------------------------------------------------- draft 4: Shanxi, flattened tables
def flat_rows(text):
    rows, cur = [], None
    for ln in text.split("\n"):
        if ln.startswith("\t"):
            if cur is None:
                cur = []
            cur.append(ln[1:])
        else:
            if cur is not None:
                rows.append(cur)
                cur = None
    if cur is not None:
        rows.append(cur)
    return rows


def spec_lanxian(c):
    t = c.t
    frows = {}
    ind = []
    l1 = None
    for r in flat_rows(t):
        if len(r) == 10 and r[1].startswith("("):
            frows[r[1].split("=")[0]] = r
        elif len(r) == 9 and r[0] != "一级指标":
            if r[0]:
                l1 = r[0]
            ind.append(dict(level1=l1, name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6],
                            score=r[7]))
    v = lambda s: s if s else "0"
    cols = range(2, 10)
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = frows[k]
        c.sum_(v(r[3]), [v(r[4]), v(r[5]), v(r[6]), v(r[7])], "小计 row %s" % k)
        c.sum_(v(r[2]), [v(r[3]), v(r[8]), v(r[9])], "总额 row %s" % k)
    for i in cols:
        c.diff_(v(frows["(5)"][i]), v(frows["(3)"][i]), v(frows["(4)"][i]), "结余 col %d" % i, code="balance_mismatch")
        for k, num in (("(6)", "(3)"), ("(7)", "(4)")):
            den = dec(v(frows["(2)"][i]))
            st = v(frows[k][i])
            if den == 0:
                c.chk("implausible_rate", dec(st) == 0, "zero-base rate col %d" % i)
            else:
                c.rate_(st, v(frows[num][i]), v(frows["(2)"][i]), "rate %s col %d" % (k, i))
                c.le100(st, "rate %s col %d" % (k, i))
    F = lambda k, i: v(frows[k][i])
    # prose: department spending
    ab, abb, abp = c.gs(r"部门全年预算(" + NUM + r")万元，其中基本支出(" + NUM + r")万元、项目支出(" + NUM + r")万元")
    c.sum_(ab, [abb, abp], "全年预算 = 基本 + 项目")
    sp, spb, sper, spub, spp = c.gs(r"全年支出(" + NUM + r")万元，其中基本支出(" + NUM + r")万元（人员经费(" + NUM + r")万元、公用经费(" + NUM + r")万元），项目支出(" + NUM + r")万元")
    c.sum_(sp, [spb, spp], "支出 = 基本 + 项目")
    c.sum_(spb, [sper, spub], "基本支出 = 人员 + 公用")
    rb, rp = c.gs(r"基本支出执行率(" + NUM + r")%，项目支出执行率(" + NUM + r")%")
    c.rate_(rb, spb, abb, "基本支出执行率")
    c.rate_(rp, spp, abp, "项目支出执行率")
    c.eq_(ab, F("(2)", 2), "全年预算 text/table")
    c.eq_(sp, F("(4)", 2), "支出 text/table")
    g1b, g1s, g2b, g2s, g3b, g3s, g4 = c.gs(r"送教下乡项目预算(" + NUM + r")万元、支出(" + NUM + r")万元，省级乡村教师素质提升项目预算(" + NUM + r")万元、支出(" + NUM + r")万元，县级教师全员培训预算(" + NUM + r")万元、支出(" + NUM + r")万元，\d{4}年结转的县级培训资金(" + NUM + r")万元已全部支出")
    c.year_eq(int(c.g(r"(\d{4})年结转的县级培训资金")) + 1, "上年结转 year")
    c.sum_(abp, [g1b, g2b, g3b, g4], "项目预算 = 各项目")
    c.sum_(spp, [g1s, g2s, g3s, g4], "项目支出 = 各项目")
    c.eq_(g1b, F("(2)", 4), "国培预算 text/table")
    c.eq_(g1s, F("(4)", 4), "国培支出 text/table")
    c.eq_(g2b, F("(2)", 5), "省级预算 text/table")
    c.eq_(g2s, F("(4)", 5), "省级支出 text/table")
    c.eq_(g4, F("(2)", 8), "结转 text/table")
    c.sum_(F("(2)", 7), [abb, g3b], "县区级预算 = 基本 + 县级培训")
    c.sum_(F("(4)", 7), [spb, g3s], "县区级支出 = 基本 + 县级培训")
    c.year_eq(c.g(r"资金于(\d{4})年8月到位"), "到位")
    bal, bc, bp, bx = c.gs(r"年末结余(" + NUM + r")万元，其中“国培计划”资金(" + NUM + r")万元结转至\d{4}年继续用于送教下乡，省级资金(" + NUM + r")万元和县级资金(" + NUM + r")万元")
    c.sum_(bal, [bc, bp, bx], "结余 = 各级")
    c.eq_(bal, F("(5)", 2), "结余 text/table")
    c.eq_(bc, F("(5)", 4), "中央结余 text/table")
    c.eq_(bp, F("(5)", 5), "省级结余 text/table")
    c.eq_(bx, F("(5)", 7), "县级结余 text/table")
    c.year_after(c.g(r"结转至(\d{4})年继续用于送教下乡"), "结转年度")
    # outputs
    np_, tot, n1, n2, n3 = c.gs(r"全年承办培训(" + NUM + r")期、(" + NUM + r")人次，分别为“国培计划”送教下乡(" + NUM + r")人次、省级乡村教师素质提升项目(" + NUM + r")人次、县级全员培训(" + NUM + r")人次")
    c.sum_(tot, [n1, n2, n3], "人次合计")
    pn, dd, pdd, pr, am, mat = c.gs(r"省级项目集中培训(" + NUM + r")人次、每期(\d+)天，计(" + NUM + r")人·天，按每人每天(" + NUM + r")元结算(" + NUM + r")万元，另支出培训资料和专家评审费(" + NUM + r")万元")
    c.eq_(pn, n2, "省级人次")
    c.mul_(pdd, pn, dd, "人·天")
    c.prod_(am, pdd, pr, "省级培训费")
    c.sum_(g2s, [am, mat], "省级支出 = 培训费 + 资料费")
    okn, okr = c.gs(r"结业考核合格(" + NUM + r")人次，合格率(" + NUM + r")%")
    c.rate_(okr, okn, tot, "合格率")
    last, inc = c.gs(r"与\d{4}年度的(" + NUM + r")人次相比，培训人次增加(" + NUM + r")人次")
    c.diff_(inc, tot, last, "比上年增加")
    c.year_eq(int(c.g(r"与(\d{4})年度的")) + 1, "上年度")
    p_all, p_on = c.gs(r"(" + NUM + r")期培训中(" + NUM + r")期按计划时间完成")
    c.eq_(p_all, np_, "期数")
    rural, part, covr = c.gs(r"全县在册乡村教师(" + NUM + r")人，年内有(" + NUM + r")人参加了.{0,20}?覆盖率(" + NUM + r")%")
    c.rate_(covr, part, rural, "覆盖率")
    cases_ = c.g(r"优质课例中有(" + NUM + r")节通过")
    studios = c.g(r"县级名师工作室(" + NUM + r")个，每个")
    a, b, cc, avg = c.gs(r"三类项目的满意度分别为(" + NUM + r")%、(" + NUM + r")%、(" + NUM + r")%，平均(" + NUM + r")%")
    c.avg_(avg, [a, b, cc], "平均满意度")
    for x in (a, b, cc, avg):
        c.le100(x, "满意度")
    c.le100(c.g(r"认可度为(" + NUM + r")%"), "认可度")
    total_p = c.g(r"自评总得分(" + NUM + r")分")
    c.grade_(total_p, c.g(r"属于“(优秀|良好|中等|合格|较差|优|良|中|差)”"), "等级")
    c.year_after(c.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")
    c.year_eq(c.g(r"^岚县教师进修学校(\d{4})年度"), "标题年度")
    # indicator table
    byname = {r["name"]: r for r in ind}
    ex = byname.pop("部门预算执行率")
    rows = list(byname.values())
    c.eq_(ex["actual"].rstrip("%"), F("(7)", 2), "执行率 indicator/funds table")
    c.chk("completion_mismatch", close(ex["completion"].rstrip("%"), dec(ex["actual"].rstrip("%"))), "执行率完成率")
    exec_score(c, ex["weight"], ex["actual"].rstrip("%"), ex["score"], "D4")
    c.chk("score_exceeds_weight", D(0) <= dec(ex["score"]) <= dec(ex["weight"]), "执行 score")
    for r in rows:
        check_row(c, r)
    wsum = dec(ex["weight"]) + sum(dec(r["weight"]) for r in rows)
    c.chk("weight_sum_mismatch", wsum == 100, "weights %s" % wsum)
    ssum = dec(ex["score"]) + sum(dec(r["score"]) for r in rows)
    c.chk("score_sum_mismatch", close(total_p, ssum), "total %s vs %s" % (total_p, ssum))
    c.eq_(tot, parse_val(byname["年度培训人次"]["actual"])[1], "人次 text/table")
    c.eq_(c.g(r"全年完成各级各类教师培训(" + NUM + r")人次"), parse_val(byname["年度培训人次"]["target"])[1], "人次目标")
    c.eq_(np_, parse_val(byname["培训期数"]["actual"])[1], "期数 text/table")
    c.eq_(okr, byname["培训结业合格率"]["actual"].rstrip("%"), "合格率 text/table")
    c.rate_(byname["培训按期完成率"]["actual"].rstrip("%"), p_on, p_all, "按期完成率 table from text counts")
    c.eq_(pr, parse_val(byname["省级项目集中培训人均日成本"]["actual"])[1], "日成本 text/table")
    c.eq_(covr, byname["乡村教师年度参训覆盖率"]["actual"].rstrip("%"), "覆盖率 text/table")
    c.eq_(cases_, parse_val(byname["培训成果转化优质课例"]["actual"])[1], "课例 text/table")
    c.eq_(studios, parse_val(byname["县级名师工作室"]["actual"])[1], "工作室 text/table")
    c.eq_(avg, byname["参训教师满意度"]["actual"].rstrip("%"), "满意度 text/table")


# ---------------------------------------------------------------- draft 5: Yunnan, Markdown with 小计
def md_rows(text):
    out = []
    for ln in text.split("\n"):
        s = ln.strip()
        if s.startswith("|") and not re.fullmatch(r"\|(\s*-+\s*\|)+", s):
            out.append([x.strip() for x in s.strip("|").split("|")])
    return out


def spec_shidian(c):
    t = c.t
    init, adv, cty = c.gs(r"年初预算(" + NUM + r")万元，包括\d{4}年12月提前下达的中央“国培计划”资金(" + NUM + r")万元和县级配套(" + NUM + r")万元")
    c.sum_(init, [adv, cty], "年初 = 提前下达 + 县级")
    ay = c.g(r"包括(\d{4})年12月提前下达")
    c.advance(ay, 12, "提前下达")
    add, prov, up, ann = c.gs(r"年内中央资金追加(" + NUM + r")万元，省级“省培计划”资金下达(" + NUM + r")万元，全年预算调增(" + NUM + r")万元，达到(" + NUM + r")万元")
    c.sum_(up, [add, prov], "调增 = 追加 + 省级")
    c.sum_(ann, [init, up], "全年 = 年初 + 调增")
    c.chk("rate_mismatch", dec(c.g(r"资金到位率(" + NUM + r")%")) == 100, "到位率100%")
    fr = {}
    ind = []
    for r in md_rows(t):
        if len(r) == 4 and r[0] != "资金来源":
            fr[r[0]] = r
        elif len(r) == 8 and r[0] != "一级指标":
            ind.append(r)
    cen_r, prov_r, cty_r, tot_r = fr["中央财政“国培计划”资金"], fr["省级“省培计划”资金"], fr["县级配套资金"], fr["合计"]
    for i, nm in ((1, "预算"), (2, "到位"), (3, "执行")):
        c.sum_(tot_r[i], [cen_r[i], prov_r[i], cty_r[i]], "合计(%s)" % nm)
    for r in (cen_r, prov_r, cty_r, tot_r):
        c.rate_("100", r[2], r[1], "到位率100% " + r[0])
    c.sum_(cen_r[1], [adv, add], "中央 = 提前下达 + 追加")
    c.eq_(prov, prov_r[1], "省级 text/table")
    c.eq_(cty, cty_r[1], "县级 text/table")
    c.eq_(ann, tot_r[1], "全年 text/table")
    yy, sp, er = c.gs(r"截至(\d{4})年12月31日，项目累计支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    c.year_eq(yy, "截至")
    c.eq_(sp, tot_r[3], "支出 text/table")
    c.rate_(er, sp, ann, "执行率")
    c.le100(er, "执行率")
    bal = c.g(r"未支出的(" + NUM + r")万元已结转至")
    c.diff_(bal, ann, sp, "结余 = 全年(全部到位) - 支出", code="balance_mismatch")
    c.year_after(c.g(r"已结转至(\d{4})年"), "结转年度")
    c.year_eq(c.g(r"实施期为(\d{4})年3月至12月"), "实施期")
    tot, compl, n1, n2, n3, n4 = c.gs(r"全年培训乡村教师(" + NUM + r")人次，完成年度目标的(" + NUM + r")%，其中送培到校(" + NUM + r")人次、骨干教师混合研修(" + NUM + r")人、校长领导力研修(" + NUM + r")人、新入职教师(" + NUM + r")人")
    c.sum_(tot, [n1, n2, n3, n4], "人次合计")
    tgt = c.g(r"培训乡村教师(" + NUM + r")人次以上")
    c.chk("completion_mismatch", close(compl, dec(tot) / dec(tgt) * 100), "人次完成率 %s" % compl)
    d1, d2, d3 = c.gs(r"校长研修每期(\d+)天、骨干研修(\d+)天、新入职培训(\d+)天")
    p1, p2, p3 = c.gs(r"分别形成(" + NUM + r")人·天、(" + NUM + r")人·天和(" + NUM + r")人·天")
    c.mul_(p1, n3, d1, "校长人·天")
    c.mul_(p2, n2, d2, "骨干人·天")
    c.mul_(p3, n4, d3, "新入职人·天")
    s1, s2, s3, a1, a2, a3 = c.gs(r"按(" + NUM + r")元、(" + NUM + r")元和(" + NUM + r")元的日均标准分别支出(" + NUM + r")万元、(" + NUM + r")万元和(" + NUM + r")万元")
    c.prod_(a1, p1, s1, "校长研修费")
    c.prod_(a2, p2, s2, "骨干研修费")
    c.prod_(a3, p3, s3, "新入职培训费")
    pd, amt, avgc = c.gs(r"三类集中培训合计(" + NUM + r")人·天，支出(" + NUM + r")万元，人均日成本(" + NUM + r")元")
    c.sum_(pd, [p1, p2, p3], "人·天合计")
    c.sum_(amt, [a1, a2, a3], "集中培训支出合计")
    c.avg_(avgc, [str(dec(amt) * 10000 / dec(pd))], "人均日成本 = 支出 / 人·天")
    sx = c.g(r"送培到校的专家劳务、交通和资料费(" + NUM + r")万元")
    c.sum_(sp, [amt, sx], "支出 = 集中培训 + 送培到校")
    okn, okr = c.gs(r"结业考核合格(" + NUM + r")人次，合格率(" + NUM + r")%")
    c.rate_(okr, okn, tot, "合格率")
    pa, po = c.gs(r"计划(" + NUM + r")期集中培训中，(" + NUM + r")期按期完成")
    c.eq_(pa, c.g(r"(" + NUM + r")期集中培训全部按期完成"), "期数目标")
    cls, okc, clr = c.gs(r"抽测乡村教师课堂教学(" + NUM + r")节，达标(" + NUM + r")节，达标率(" + NUM + r")%")
    c.rate_(clr, okc, cls, "达标率")
    schools = c.g(r"送培到校覆盖乡村学校(" + NUM + r")所；")
    team = c.g(r"组建县级教研团队(" + NUM + r")人")
    sat = c.g(r"参训教师满意度为(" + NUM + r")%")
    c.le100(sat, "满意度")
    total_p, gw = c.gs(r"项目自评得分(" + NUM + r")分，等级为“(.)”")
    c.grade_(total_p, gw, "等级")
    c.year_after(c.g(r"本报告于(\d{4})年2月完成"), "报告完成")
    c.year_after(c.g(r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$"), "报告日期")
    c.year_eq(c.g(r"自评表（(\d{4})年度）"), "自评表年度")
    # indicator table with 小计
    leaf, subs, ex, total = [], {}, None, None
    for r in ind:
        if r[0] == "合计":
            total = r
        elif r[1] == "小计":
            subs[r[0]] = r
        elif r[0] == "预算执行":
            ex = r
        else:
            leaf.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    c.eq_(ex[4].rstrip("%"), er, "执行率 table/text")
    exec_score(c, ex[5], ex[4].rstrip("%"), ex[6], "D5")
    c.chk("score_exceeds_weight", D(0) <= dec(ex[6]) <= dec(ex[5]), "执行 score")
    for r in leaf:
        check_row(c, r)
    for lv, srow in subs.items():
        ws = sum(dec(r["weight"]) for r in leaf if r["level1"] == lv)
        ss = sum(dec(r["score"]) for r in leaf if r["level1"] == lv)
        c.chk("weight_sum_mismatch", ws == dec(srow[5]), "%s 小计分值 %s vs %s" % (lv, srow[5], ws))
        c.chk("score_sum_mismatch", close(srow[6], ss), "%s 小计得分 %s vs %s" % (lv, srow[6], ss))
    wsum = dec(ex[5]) + sum(dec(r["weight"]) for r in leaf)
    c.chk("weight_sum_mismatch", wsum == 100 and dec(total[5]) == 100, "weights %s" % wsum)
    c.chk("weight_sum_mismatch", dec(ex[5]) + sum(dec(s[5]) for s in subs.values()) == dec(total[5]), "小计分值合计")
    ssum = dec(ex[6]) + sum(dec(r["score"]) for r in leaf)
    c.chk("score_sum_mismatch", close(total[6], ssum), "table total %s vs %s" % (total[6], ssum))
    c.chk("score_sum_mismatch", close(total[6], dec(ex[6]) + sum(dec(s[6]) for s in subs.values())), "小计得分合计")
    c.eq_(total_p, total[6], "总分 text/table")
    byname = {r["name"]: r for r in leaf}
    c.eq_(tot, parse_val(byname["培训乡村教师人次"]["actual"])[1], "人次 text/table")
    c.eq_(tgt, parse_val(byname["培训乡村教师人次"]["target"])[1], "人次目标 text/table")
    c.eq_(n3, parse_val(byname["校长领导力研修人数"]["actual"])[1], "校长 text/table")
    c.eq_(okr, byname["结业考核合格率"]["actual"].rstrip("%"), "合格率 text/table")
    c.rate_(byname["集中培训按期完成率"]["actual"].rstrip("%"), po, pa, "按期完成率 table from text counts")
    c.eq_(avgc, parse_val(byname["集中培训人均日成本"]["actual"])[1], "日成本 text/table")
    c.eq_(clr, byname["乡村教师课堂教学达标率"]["actual"].rstrip("%"), "达标率 text/table")
    c.eq_(schools, parse_val(byname["送培到校覆盖乡村学校"]["actual"])[1], "学校 text/table")
    c.eq_(team, parse_val(byname["县级教研团队成员"]["actual"])[1], "团队 text/table")
    c.eq_(sat, byname["参训教师满意度"]["actual"].rstrip("%"), "满意度 text/table")


SPECS = {
    "ha-neixiang-guopei-2018": (spec_neixiang, 2018),
    "sc-nanbu-jiaoshipeixun-2020": (spec_nanbu, 2020),
    "hn-mayang-guopei-2022": (spec_mayang, 2022),
    "sx-lanxian-jiaoxiu-bumen-2023": (spec_lanxian, 2023),
    "yn-shidian-xiangcunjiaoshi-2024": (spec_shidian, 2024),
}


def run_spec(source, text):
    fn, year = SPECS[source]
    c = Ctx(text, year)
    fn(c)
    return c


# ---------------------------------------------------------------- structure checks
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s      # [p, ea) in a, [p, eb) in b


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def number_token(text, s, e):
    while s > 0 and (text[s - 1].isdigit() or text[s - 1] in ".,"):
        s -= 1
    while e < len(text) and (text[e].isdigit() or text[e] in ".,"):
        e += 1
    return text[s:e].strip(".,")


def standalone_count(text, tok):
    n = 0
    for s, e in occurrences(text, tok):
        before = text[s - 1] if s > 0 else ""
        after = text[e] if e < len(text) else ""
        if (before.isdigit() or before == ".") or (after.isdigit() or (after == "." and e + 1 < len(text) and text[e + 1].isdigit())):
            continue
        n += 1
    return n


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    counts = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    n_checks = 0
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    if len(labels) != 35 or len(clean_text) != 5:
        problems.append("expected 35 cases and 5 clean drafts, got %d / %d" % (len(labels), len(clean_text)))
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        try:
            c = run_spec(lab["source"], text)
        except AssertionError as exc:
            problems.append("%s: extraction failed: %s" % (lab["case"], exc))
            continue
        n_checks += c.n
        failed = sorted(set(code for code, _ in c.fails))
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % lab["case"])
            if failed or c.warns:
                problems.append("%s: clean draft fails %s %s" % (lab["case"], c.fails, c.warns))
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append("%s: length %d outside 2800-3400" % (lab["case"], n))
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: needs exactly one label" % lab["case"])
            continue
        e = exp[0]
        if e["severity"] != "error" or e["code"] not in CODES:
            problems.append("%s: bad code/severity" % lab["case"])
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        occ = occurrences(text, e["value"])
        if not occ:
            problems.append("%s: label value not in case: %r" % (lab["case"], e["value"]))
        clean = clean_text[lab["source"]]
        p, ea, eb = diff_region(clean, text)
        if eb <= p and ea <= p:
            problems.append("%s: identical to clean" % lab["case"])
        if not any(s < max(eb, p + 1) and p < e_ for s, e_ in occ):
            problems.append("%s: changed region [%d,%d) does not overlap the label value" % (lab["case"], p, eb))
        # the changed figure: one mention in the clean draft (two or more for conflicting_values)
        old = clean[p:ea]
        if any(ch.isdigit() for ch in old):
            tok = number_token(clean, p, ea)
            is_year = re.fullmatch(r"\d{4}", tok) is not None and clean[p:].lstrip("0123456789").startswith("年")
            if (len(tok.replace(",", "")) >= 3 or "." in tok) and not is_year:
                k = standalone_count(clean, tok)
                if e["code"] == "conflicting_values":
                    if k < 1:
                        problems.append("%s: token %s not found" % (lab["case"], tok))
                elif k != 1:
                    problems.append("%s: changed figure %s appears %d times in the clean draft" % (lab["case"], tok, k))
        if failed != [e["code"]]:
            problems.append("%s: expected failure %s, got %s" % (lab["case"], e["code"], c.fails))
        w = e.get("where")
        if w in where:
            where[w] += 1
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (k, counts.get(k, 0)))
    for p_ in problems:
        print("FAIL", p_)
    print("cases=%d checks=%d codes=%s" % (len(labels), n_checks,
                                             ", ".join("%s:%d" % (k, counts.get(k, 0)) for k in CODES)))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
