#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs in its case (exactly once);
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every one of the 13 error codes of errors.md §A is used at least twice;
4. the arithmetic of every draft is redone from the text: all checks pass on the clean drafts, and on each
   error case the labelled code fails and no other error-level code does.
Tolerance follows rules.md §8: a stated value with d decimals matches a computed c iff |c - v| <= 0.5*10^-d.
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

NUM = r"-?[\d,]*\.?\d+"


# ---------------------------------------------------------------- numbers and tolerance
def _numtxt(s):
    m = re.search(NUM, str(s))
    if not m:
        raise AssertionError(f"no number in {s!r}")
    return m.group(0).replace(",", "")


def num(s):
    return D(_numtxt(s))


def decs(s):
    s = _numtxt(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + D("1e-9")


def close(s, c):
    return abs(num(s) - D(c)) <= tol(s)


class V:
    """A stated figure with a scale factor to a common unit (e.g. 万元 -> 元 = 10000)."""

    def __init__(self, s, k=1):
        self.s, self.k = str(s), D(k)

    @property
    def v(self):
        return num(self.s) * self.k

    @property
    def t(self):
        return tol(self.s) * self.k


def _v(x):
    return x if isinstance(x, V) else V(x)


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- checker context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []
        self.warns = []

    def fail(self, code, msg):
        assert code in CODES, code
        self.fails.append((code, msg))

    def warn(self, msg):
        self.warns.append(msg)

    # --- extraction
    def one(self, pat):
        ms = re.findall(pat, self.t)
        if len(ms) != 1:
            raise AssertionError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def all(self, pat):
        ms = re.findall(pat, self.t)
        if not ms:
            raise AssertionError(f"pattern not found: {pat}")
        return ms

    def row(self, prefix, sep="｜"):
        lines = [ln for ln in self.t.split("\n") if ln.startswith(prefix) and sep in ln]
        if len(lines) != 1:
            raise AssertionError(f"row {prefix!r} found {len(lines)} times")
        return lines[0].split(sep)

    # --- identities
    def rate(self, code, stated, numer, denom, msg):
        numer, denom = _v(numer).v, _v(denom).v
        if denom == 0:
            self.fail("implausible_rate", f"{msg}: rate on a zero base")
            return
        c = numer / denom * 100
        if not close(stated, c):
            self.fail(code, f"{msg}: stated {stated}%, computed {c:.4f}%")

    def share(self, stated, msg):
        """a share (execution, receipt, transmission, satisfaction ...) must lie in [0, 100]."""
        x = num(stated)
        if x > 100 or x < 0:
            self.fail("implausible_rate", f"{msg}: {stated}% outside [0, 100]")

    def same(self, vals, msg):
        vals = [_v(x) for x in vals]
        for a in vals[1:]:
            b = vals[0]
            if abs(a.v - b.v) > max(a.t, b.t):
                self.fail("conflicting_values", f"{msg}: {b.s} vs {a.s}")
                return

    def sum(self, total, parts, msg, code="sum_mismatch"):
        total = _v(total)
        parts = [_v(p) for p in parts]

        def ok(tv, pv):
            return abs(tv - sum(pv)) <= total.t  # amounts are exact as written (rules §8)

        tv, pv = total.v, [p.v for p in parts]
        if ok(tv, pv):
            return
        # wrong money unit (10^4 / 10^8) on one term reconciles the identity -> unit_mismatch (errors.md #11b)
        for f in (D(10000), D("0.0001"), D(100000000), D("0.00000001")):
            if ok(tv * f, pv):
                self.fail("unit_mismatch", f"{msg}: total {total.s} off by a factor {f}")
                return
            for i in range(len(pv)):
                q = list(pv)
                q[i] = q[i] * f
                if ok(tv, q):
                    self.fail("unit_mismatch", f"{msg}: part {parts[i].s} off by a factor {f}")
                    return
        self.fail(code, f"{msg}: {total.s} vs sum {sum(pv)}")

    def diff(self, stated, a, b, msg, code="balance_mismatch"):
        """stated = a - b"""
        stated, a, b = _v(stated), _v(a), _v(b)
        if abs(stated.v - (a.v - b.v)) > stated.t:
            self.fail(code, f"{msg}: stated {stated.s}, computed {a.v - b.v}")

    def average(self, stated, items, msg):
        c = sum(num(i) for i in items) / len(items)
        if not close(stated, c):
            self.fail("average_mismatch", f"{msg}: stated {stated}, mean {c}")

    def year_carry(self, y_str, year, msg):
        if int(y_str) <= year:
            self.fail("year_mismatch", f"{msg}: carried over to {y_str} in a {year} report")

    def year_eq(self, y_str, year, msg):
        if int(y_str) != year:
            self.fail("year_mismatch", f"{msg}: {y_str} in a {year} report")

    def grade(self, word, total, msg):
        g = GRADE.get(word)
        if g is None:
            raise AssertionError(f"unknown grade {word}")
        if g != band(num(total)):
            self.fail("grade_mismatch", f"{msg}: {word} for total {total}")

    # --- indicator rows
    def indicator(self, name, target, actual, weight, score, completion=None):
        """generic row check (rules §5): unit, completion, score <= weight; score rule as a warning."""
        w, s = num(weight), num(score)
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{name}: score {score} vs weight {weight}")
        pt = parse_val(target)
        pa = parse_val(actual)
        if pt is None:  # qualitative
            if pa is not None:
                self.fail("unit_mismatch", f"{name}: qualitative target, numeric actual {actual}")
            elif s < w * D("0.8") and actual == target:
                self.warn(f"{name}: achieved qualitative scored below band")
            return
        if pa is None:
            self.fail("unit_mismatch", f"{name}: numeric target {target}, actual {actual}")
            return
        dirn, T, ut = pt
        _, A, ua = pa
        if ut != ua:
            self.fail("unit_mismatch", f"{name}: target unit {ut!r}, actual unit {ua!r}")
            return
        T, A = num(T), num(A)
        if dirn == "lte":
            comp = D(100) if A <= T else (T / A * 100 if A > 0 else D(0))
            exp = w if A <= T else (w * T / A if T > 0 else D(0))
        elif T == 0:
            comp = D(100) if A <= 0 else D(0)
            exp = w if A <= 0 else D(0)
        else:
            comp = A / T * 100
            exp = w * min(D(1), max(D(0), A / T))
        if completion is not None:
            if not close(completion, comp):
                self.fail("completion_mismatch", f"{name}: completion {completion} vs {comp:.4f}")
        ok = close(score, exp)
        if not ok and completion is not None:
            ok = close(score, w * min(D(1), num(completion) / 100))
        if not ok:
            self.warn(f"score_rule {name}: {score} vs {exp:.4f}")

    def weights(self, ws, total, msg):
        s = sum(num(w) for w in ws)
        if s != num(total) or s != 100:
            self.fail("weight_sum_mismatch", f"{msg}: weights sum {s}, stated {total}")

    def scores(self, ss, totals, msg):
        s = sum(num(x) for x in ss)
        for tt in totals:
            if not close(tt, s):
                self.fail("score_sum_mismatch", f"{msg}: scores sum {s}, stated {tt}")
                return


def parse_val(s):
    s = s.strip().replace("＞", ">").replace("＜", "<")
    m = re.match(r"^(≥|≤|>=|<=|>|<)?\s*(" + NUM + r")\s*(.*?)\s*$", s)
    if not m:
        return None
    sign = m.group(1) or ""
    dirn = "lte" if sign in ("≤", "<=", "<") else ("gte" if sign else "eq")
    return dirn, m.group(2), m.group(3)


def table_after(t, header_start, sep, stop_prefixes=(), first=False):
    """rows (cell lists) following the header line that starts with header_start, until a blank line."""
    lines = t.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.startswith(header_start)]
    assert idx and (first or len(idx) == 1), header_start
    out = []
    for ln in lines[idx[0] + 1:]:
        if not ln.strip() or sep not in ln:
            break
        if any(ln.startswith(p) for p in stop_prefixes):
            break
        out.append(ln.split(sep))
    return out


# ================================================================ project models
def m_xiuwu(c):
    """Henan, Xiuwu 2022. MOF outline; funds table in 元; MOF indicator table."""
    Y = 2022
    W = 10000
    tot = c.row("年度资金总额｜")
    cty = c.row("其中：县级财政拨款｜")
    prv = c.row("省级专项补助｜")
    car = c.row("上年结转资金｜")
    oth = c.row("其他资金｜")
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[col], [cty[col], prv[col], car[col], oth[col]], f"funds table {lab} column")
    ini = c.one(r"年初县财政批复本项目预算(" + NUM + r")万元")
    carp = c.one(r"年中将上年结转的(" + NUM + r")万元")
    ann = c.one(r"全年预算调整为(" + NUM + r")万元")
    c.same([V(ini, W), tot[1]], "年初预算 text vs table")
    c.same([V(carp, W), car[2]], "上年结转 text vs table")
    c.same([V(ann, W), tot[2]], "全年预算 text vs table")
    c.sum(ann, [ini, carp], "年初 + 结转 = 全年")
    spent = c.one(r"项目累计支出(" + NUM + r")万元")
    c.same([V(spent, W), tot[3]], "支出 text vs table")
    rp = c.one(r"预算执行率(" + NUM + r")%，其中")
    c.rate("rate_mismatch", rp, tot[3], tot[2], "执行率 (text)")
    c.share(rp, "执行率")
    rc = c.one(r"县级财政拨款执行率(" + NUM + r")%")
    c.rate("rate_mismatch", rc, cty[3], cty[2], "县级拨款执行率")
    c.share(rc, "县级拨款执行率")
    c.one(r"省级专项补助和上年结转资金均已支出完毕")
    for r_, lab in ((prv, "省级"), (car, "结转")):
        if num(r_[3]) != num(r_[2]):
            c.fail("balance_mismatch", f"{lab} said fully spent but {r_[3]} of {r_[2]}")
    parts = c.one(r"第三方运维服务费(" + NUM + r")万元、比对监测费(" + NUM + r")万元、监控平台及数据专线租赁费(" + NUM +
                  r")万元、执法监测耗材及快速检测费(" + NUM + r")万元")
    c.sum(spent, list(parts), "支出明细")
    pts, pw, pg = c.one(r"在线监控点位(\d+)个，其中废水点位(\d+)个、废气点位(\d+)个")
    c.sum(pts, [pw, pg], "点位 = 废水 + 废气")
    fw, fg = c.one(r"废水点位(" + NUM + r")元/点·年，废气点位(" + NUM + r")元/点·年")
    c.sum(V(parts[0], W), [V(num(pw) * num(fw)), V(num(pg) * num(fg))], "运维费 = 单价 × 点位")
    avg = c.one(r"折合每个点位年均约(" + NUM + r")万元")
    if not close(avg, num(parts[0]) / num(pts)):
        c.fail("average_mismatch", f"单点位年均 {avg} vs {num(parts[0]) / num(pts)}")
    bal = c.one(r"年末结余(" + NUM + r")万元")
    c.diff(bal, ann, spent, "结余 = 全年预算 - 支出")
    c.year_carry(c.one(r"已按规定结转至(\d{4})年"), Y, "结转")
    c.year_eq(c.one(r"截至(\d{4})年12月31日"), Y, "截至")
    hrs, thr, vhr, tr = c.one(r"按全年(\d+)小时计，全部点位应传输(" + NUM + r")小时，实际有效传输(" + NUM +
                              r")小时，数据传输有效率(" + NUM + r")%")
    c.sum(thr, [V(num(hrs) * num(pts))], "应传输小时 = 点位 × 小时")
    c.rate("rate_mismatch", tr, vhr, thr, "数据传输有效率")
    c.share(tr, "数据传输有效率")
    nf, nt, fr = c.one(r"接到设备故障报修(\d+)次，其中(\d+)次在24小时内到场处置，响应及时率(" + NUM + r")%")
    c.rate("rate_mismatch", fr, nt, nf, "故障响应及时率")
    c.share(fr, "故障响应及时率")
    bd_plan = c.one(r"比对监测原计划(\d+)套次")
    bd_done = c.one(r"实际完成(\d+)套次")
    clue = c.one(r"移交超标排放线索(\d+)起")
    fine, prev, inc, g = c.one(r"罚款合计(" + NUM + r")万元，较2021年的(" + NUM + r")万元增加(" + NUM +
                               r")万元，同比增长(" + NUM + r")%")
    c.diff(inc, fine, prev, "罚款同比增加额", code="sum_mismatch")
    c.rate("rate_mismatch", g, inc, prev, "罚款同比增长率")
    exr = c.one(r"日均值超标率降至(" + NUM + r")%")
    c.share(exr, "超标率")
    sat = c.one(r"综合满意度为(" + NUM + r")%")
    c.share(sat, "满意度")
    ents = [a or b for a, b in c.all(r"(\d+)家重点排污单位|重点排污单位(\d+)家")]
    c.same(ents, "重点排污单位家数")
    ptm = c.all(r"全年(\d+)个点位") + [pts]
    c.same(ptm, "点位数 in text")
    # indicator table
    rows = table_after(c.t, "一级指标｜二级指标｜三级指标｜年度指标值", "｜")
    body = [r for r in rows if r[0] != "总分"]
    total = [r for r in rows if r[0] == "总分"][0]
    byname = {r[2]: r for r in body}
    for r in body:
        c.indicator(r[2], r[3], r[4], r[5], r[6])
    ex = byname["预算执行率"]
    c.rate("rate_mismatch", ex[4].rstrip("%"), tot[3], tot[2], "执行率 (table)")
    c.share(ex[4].rstrip("%"), "执行率 (table)")
    c.weights([r[5] for r in body], total[5], "indicator table")
    ptotal = c.one(r"本项目自评得分(" + NUM + r")分")
    c.scores([r[6] for r in body], [total[6], ptotal], "indicator table")
    c.grade(c.one(r"评价等级为“(.+?)”"), ptotal, "grade")

    def tab_same(name, textval, msg):
        pa = parse_val(byname[name][4])
        if pa is None:
            return
        if pa[2] != parse_val(textval)[2]:
            return  # unit differs: reported as unit_mismatch by the row check
        c.same([textval, byname[name][4]], msg)

    tab_same("在线监控点位运维数量", pts + "个", "点位数 text vs table")
    c.same([pts, parse_val(byname["在线监控点位运维数量"][3])[1]], "点位 target")
    tab_same("比对监测", bd_done + "套次", "比对 actual")
    c.same([bd_plan, parse_val(byname["比对监测"][3])[1]], "比对 target")
    tab_same("数据传输有效率", tr + "%", "传输有效率 text vs table")
    tab_same("故障响应及时率", fr + "%", "故障响应 text vs table")
    tab_same("单个点位年均运维费用", avg + "万元", "单点位费用 text vs table")
    tab_same("移交超标排放线索", clue + "起", "线索 text vs table")
    tab_same("监控数据日均值超标率", exr + "%", "超标率 text vs table")
    tab_same("重点排污单位满意度", sat + "%", "满意度 text vs table")
    for nm in ("数据传输有效率", "故障响应及时率", "重点排污单位满意度", "监控数据日均值超标率"):
        c.share(byname[nm][4].rstrip("%"), nm)


def m_dafeng(c):
    """Jiangsu, Dafeng 2020. Table with 完成率 column; whole-point scores."""
    Y = 2020
    tot, key, simp = c.one(r"排污单位(\d+)家，其中重点管理(\d+)家、简化管理(\d+)家")
    c.sum(tot, [key, simp], "持证单位 = 重点 + 简化")
    ini = c.one(r"年初区级财政安排预算(" + NUM + r")万元")
    add = c.one(r"专项补助资金(" + NUM + r")万元")
    ann = c.one(r"全年预算调整为(" + NUM + r")万元")
    c.sum(ann, [ini, add], "全年 = 年初 + 追加")
    c.one(r"本项目年内预算调整仅为省级补助资金追加一项")
    c.year_eq(c.one(r"截至(\d{4})年12月31日"), Y, "截至")
    spent, rp = c.one(r"项目实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    c.rate("rate_mismatch", rp, spent, ann, "执行率")
    c.share(rp, "执行率")
    p1, p2, fee, ncheck, p3, p4 = c.one(
        r"委托第三方开展执法监测(" + NUM + r")万元；购买证后核查技术服务(" + NUM + r")万元，按每家(" + NUM +
        r")元的标准对(\d+)家持证单位开展核查；购置执法记录仪、便携式快速检测仪等执法装备(" + NUM +
        r")万元；组织业务培训及普法宣传(" + NUM + r")万元")
    c.sum(spent, [p1, p2, p3, p4], "支出明细")
    c.sum(V(p2, 10000), [V(num(fee) * num(ncheck))], "核查费 = 单价 × 家数")
    left = c.one(r"年末尚余(" + NUM + r")万元未支出")
    c.diff(left, ann, spent, "未支出 = 全年 - 支出")
    c.year_carry(c.one(r"该部分资金已结转至(\d{4})年"), Y, "结转")
    q = c.one(r"分别完成“双随机”检查(\d+)、(\d+)、(\d+)、(\d+)家次")
    qavg = c.one(r"平均每个中队(" + NUM + r")家次")
    c.average(qavg, list(q), "中队平均检查家次")
    ck = c.one(r"全年完成证后核查(\d+)家")
    sr = c.one(r"“双随机”执法检查(\d+)家次；")
    c.sum(sr, list(q), "双随机 = 各中队之和")
    mon = c.one(r"执法监测(\d+)点次，仅完成")
    lic = c.one(r"全年审核排污许可证核发及重新申请(\d+)件")
    due, ontime, rr = c.one(r"应提交年度执行报告的持证单位(\d+)家，按时提交(\d+)家，按时提交率(" + NUM + r")%")
    c.rate("rate_mismatch", rr, ontime, due, "按时提交率")
    c.share(rr, "按时提交率")
    c.same([due, tot], "持证单位家数")
    rep = c.one(r"平均出具时间为(" + NUM + r")个工作日")
    cases = c.one(r"全年查处环境违法案件(\d+)起")
    fine, prev, inc, g = c.one(r"罚款金额合计(" + NUM + r")万元，较2019年的(" + NUM + r")万元增加(" + NUM +
                               r")万元，同比增长(" + NUM + r")%")
    c.diff(inc, fine, prev, "罚款增加额", code="sum_mismatch")
    c.rate("rate_mismatch", g, inc, prev, "罚款同比")
    dab = c.one(r"持证单位污染物排放达标率(" + NUM + r")%")
    lw = c.one(r"重点管理单位自动监控联网率(" + NUM + r")%")
    pub = c.one(r"全区排污许可信息公开率达到(" + NUM + r")%")
    sat = c.one(r"满意度为(" + NUM + r")%")
    for x, nm in ((dab, "达标率"), (lw, "联网率"), (pub, "信息公开率"), (sat, "满意度")):
        c.share(x, nm)
    rows = table_after(c.t, "一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率", "｜")
    body = [r for r in rows if r[0] != "合计"]
    total = [r for r in rows if r[0] == "合计"][0]
    by = {r[2]: r for r in body}
    for r in body:
        c.indicator(r[2], r[3], r[4], r[6], r[7], completion=r[5].rstrip("%"))
    ex = by["预算执行率"]
    c.rate("rate_mismatch", ex[4].rstrip("%"), spent, ann, "执行率 (table)")
    c.weights([r[6] for r in body], total[6], "indicator table")
    pt = c.one(r"本项目自评得分(" + NUM + r")分")
    c.scores([r[7] for r in body], [total[7], pt], "indicator table")
    c.grade(c.one(r"评价等级为“(.+?)”"), pt, "grade")

    def ts(name, val, msg):
        pa = parse_val(by[name][4])
        if pa is None or pa[2] != parse_val(val)[2]:
            return
        c.same([val, by[name][4]], msg)

    ts("证后核查持证单位", ck + "家", "核查家数")
    c.same([ck, ncheck], "核查家数 (funds text)")
    ts("“双随机”执法检查", sr + "家次", "双随机")
    ts("执法监测", mon + "点次", "执法监测")
    ts("许可证核发及重新申请审核", lic + "件", "核发")
    ts("执行报告按时提交率", rr + "%", "按时提交率")
    ts("执法监测报告出具时限", rep + "个工作日", "出具时限")
    ts("查处环境违法案件", cases + "起", "案件")
    ts("持证单位排放达标率", dab + "%", "达标率")
    ts("重点管理单位自动监控联网率", lw + "%", "联网率")
    ts("持证排污单位满意度", sat + "%", "满意度")
    c.same([V(fee), V(parse_val(by["单家证后核查费用"][4])[1])], "核查单价")
    for nm in ("执行报告按时提交率", "持证单位排放达标率", "重点管理单位自动监控联网率", "持证排污单位满意度"):
        c.share(by[nm][4].rstrip("%"), nm)


def m_jialing(c):
    """Sichuan, Jialing 2023. Sichuan 自评表: funds block with 执行率/得分; 指标性质 + 度量单位 columns."""
    Y = 2023
    pts, pw, pg = c.one(r"在线监控点位(\d+)个，其中废水点位(\d+)个、废气点位(\d+)个")
    c.sum(pts, [pw, pg], "点位 = 废水 + 废气")
    ini = c.one(r"年初区财政批复(" + NUM + r")万元")
    add = c.one(r"区财政追加(" + NUM + r")万元")
    own = c.one(r"安排单位资金(" + NUM + r")万元")
    ann = c.one(r"全年预算(" + NUM + r")万元")
    c.sum(ann, [ini, add, own], "全年 = 年初 + 追加 + 单位资金")
    tot = c.row("年度资金总额｜")
    fis = c.row("其中：财政资金｜")
    spa = c.row("财政专户管理资金｜")
    uni = c.row("单位资金｜")
    oth = c.row("其他资金｜")
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[col], [fis[col], spa[col], uni[col], oth[col]], f"funds block {lab}")
    c.same([ini, tot[1]], "年初 text vs table")
    c.same([ann, tot[2]], "全年 text vs table")
    c.sum(fis[2], [ini, add], "财政资金全年 = 年初 + 追加")
    c.same([own, uni[2]], "单位资金")
    for r_, lab in ((tot, "总额"), (fis, "财政资金"), (uni, "单位资金")):
        c.rate("rate_mismatch", r_[5].rstrip("%"), r_[3], r_[2], f"执行率 {lab} (table)")
        c.share(r_[5].rstrip("%"), f"执行率 {lab}")
    c.indicator("预算执行", "100%", tot[5], tot[4], tot[6])
    spent, rp, o1, o2, o3, o4 = c.one(
        r"全年执行(" + NUM + r")万元，执行率(" + NUM + r")%，其中在线监控运维费(" + NUM + r")万元，比对监测费(" + NUM +
        r")万元，执法监测费(" + NUM + r")万元，平台维护及通信费(" + NUM + r")万元")
    c.same([spent, tot[3]], "执行 text vs table")
    c.rate("rate_mismatch", rp, tot[3], tot[2], "执行率 (text)")
    c.sum(spent, [o1, o2, o3, o4], "支出明细")
    fee = c.one(r"运维费按每个点位每年(" + NUM + r")元结算")
    npt, o1b = c.one(r"(\d+)个点位共计(" + NUM + r")万元")
    c.same([o1, o1b], "运维费 stated twice")
    c.sum(V(o1b, 10000), [V(num(fee) * num(npt))], "运维费 = 单价 × 点位")
    unexec = c.one(r"未执行的(" + NUM + r")万元")
    c.diff(unexec, tot[2], tot[3], "未执行 = 全年 - 执行")
    c.year_carry(c.one(r"已按程序结转至(\d{4})年"), Y, "结转")
    thr, vhr, tr = c.one(r"应传输(" + NUM + r")小时，有效传输(" + NUM + r")小时，数据传输有效率(" + NUM + r")%")
    c.sum(thr, [V(num(pts) * 8760)], "应传输小时 = 点位 × 8760")
    c.rate("rate_mismatch", tr, vhr, thr, "传输有效率")
    c.share(tr, "传输有效率")
    mdone, mtar, mcomp = c.one(r"监督性监测(\d+)点次，为年度目标(\d+)点次的(" + NUM + r")%")
    if not close(mcomp, num(mdone) / num(mtar) * 100):
        c.fail("completion_mismatch", f"监督性监测完成率 {mcomp}")
    insp = c.one(r"执法检查(\d+)家次，其中")
    nw, nd, wr = c.one(r"推送超标预警(\d+)次，2小时内完成核实处置(\d+)次，及时率(" + NUM + r")%")
    c.rate("rate_mismatch", wr, nd, nw, "预警处置及时率")
    c.share(wr, "预警处置及时率")
    clue = c.one(r"线索(\d+)件，立案查处")
    fine, prev, dec_, g = c.one(r"罚款金额合计(" + NUM + r")万元，较2022年的(" + NUM + r")万元减少(" + NUM +
                                r")万元，同比下降(" + NUM + r")%")
    c.diff(dec_, prev, fine, "罚款减少额", code="sum_mismatch")
    c.rate("rate_mismatch", g, dec_, prev, "罚款同比下降")
    dab = c.one(r"日均值达标率(" + NUM + r")%")
    sat = c.one(r"综合满意度为(" + NUM + r")%")
    c.share(dab, "达标率")
    c.share(sat, "满意度")
    rows = table_after(c.t, "一级指标｜二级指标｜三级指标｜指标性质", "｜")
    body = [r for r in rows if r[0] != "总分"]
    total = [r for r in rows if r[0] == "总分"][0]
    by = {r[2]: r for r in body}
    for r in body:
        sign = {"≥": "≥", "≤": "≤", "=": "", "定性": None}[r[3]]
        unit = "" if r[5] in ("—", "%") else r[5]
        pct = "%" if r[5] == "%" else ""
        if sign is None:
            c.indicator(r[2], r[4], r[6], r[7], r[8])
        else:
            c.indicator(r[2], sign + r[4] + pct + unit, r[6] + pct + unit, r[7], r[8])
    c.weights([tot[4]] + [r[7] for r in body], total[7], "自评表")
    pt = c.one(r"年度自评得分(" + NUM + r")分")
    c.scores([tot[6]] + [r[8] for r in body], [total[8], pt], "自评表")
    c.grade(c.one(r"评价等级为(优|良|中|差)"), pt, "grade")
    c.same([pts, by["在线监控点位运维数量"][4], by["在线监控点位运维数量"][6]], "点位数")
    c.same([mtar, by["监督性监测"][4]], "监督性监测目标")
    c.same([mdone, by["监督性监测"][6]], "监督性监测完成")
    c.same([insp, by["“双随机、一公开”执法检查"][6]], "执法检查家次")
    c.same([tr, by["数据传输有效率"][6]], "传输有效率")
    c.same([wr, by["超标预警2小时内处置率"][6]], "预警处置率")
    c.same([fee, by["单点位年运维费用"][6]], "单点位运维费")
    c.same([clue, by["移交查处环境违法线索"][6]], "线索")
    c.same([dab, by["自动监控日均值达标率"][6]], "达标率")
    for nm in ("数据传输有效率", "超标预警2小时内处置率", "自动监控日均值达标率"):
        c.share(by[nm][6], nm)


def m_yangqu(c):
    """Shanxi, Yangqu 2019. 行次 funds table; tab-separated sub-tables with 完成率; whole-point scores."""
    Y = 2019
    ent = c.one(r"重点监控企业(\d+)家")
    sets, sw, sg = c.one(r"自动监控设备(\d+)套（点位），其中废水(\d+)套、废气(\d+)套")
    c.sum(sets, [sw, sg], "设备 = 废水 + 废气")
    T = "\t"
    r1, r2, r3, r4 = (c.row(p, T) for p in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"))
    r5, r6, r7 = (c.row(p, T) for p in ("资金结余", "预算到位率", "预算执行率"))

    def z(x):
        return "0" if x.strip() in ("—", "") else x

    for r_ in (r1, r2, r3, r4):
        c.sum(z(r_[2]), [z(r_[3]), z(r_[8]), z(r_[9])], f"{r_[0]}: 总额 = 小计 + 结转 + 其他")
        c.sum(z(r_[3]), [z(r_[4]), z(r_[5]), z(r_[6]), z(r_[7])], f"{r_[0]}: 小计 = 中央+省+市+县")
    for col in range(2, 10):
        if r5[col].strip() not in ("—", ""):
            c.diff(r5[col], z(r3[col]), z(r4[col]), f"(5)=(3)-(4) col {col}")
        for rr, a, lab, code in ((r6, r3, "(6)=(3)/(2)", "rate_mismatch"), (r7, r4, "(7)=(4)/(2)", "rate_mismatch")):
            if rr[col].strip() in ("—", ""):
                continue
            c.rate(code, rr[col], z(a[col]), z(r2[col]), f"{lab} col {col}")
            c.share(rr[col], lab)
    adv = c.one(r"省级补助资金中的(" + NUM + r")万元由省财政于2018年12月提前下达")
    add = c.one(r"2019年11月省级追加下达(" + NUM + r")万元")
    cty = c.one(r"县级资金(" + NUM + r")万元于年初一次性安排")
    c.same([adv, r1[5]], "提前下达 = 年初省级")
    c.sum(r2[5], [adv, add], "省级全年 = 提前下达 + 追加")
    c.same([cty, r2[7]], "县级资金")
    o1, n1, u1, o2, n2, u2, o3 = c.one(
        r"运维服务费(" + NUM + r")万元（(\d+)套×每套每年(" + NUM + r")万元）、比对监测费(" + NUM + r")万元（(\d+)套次×(" +
        NUM + r")元）、数据传输网络费(" + NUM + r")万元")
    c.sum(r4[2], [o1, o2, o3], "支出明细 = 全年执行")
    c.sum(o1, [V(num(n1) * num(u1))], "运维费 = 套数 × 单价")
    c.sum(V(o2, 10000), [V(num(n2) * num(u2))], "比对费 = 套次 × 单价")
    c.same([n1, sets], "运维套数")
    rp = c.one(r"预算执行率仅为(" + NUM + r")%")
    c.rate("rate_mismatch", rp, r4[2], r2[2], "执行率 (text)")
    c.year_carry(c.one(r"年末结余资金已结转至(\d{4})年"), Y, "结转")
    thr, vhr, tr = c.one(r"应传输(" + NUM + r")小时，有效传输(" + NUM + r")小时，数据传输有效率(" + NUM + r")%")
    c.sum(thr, [V(num(sets) * 8760)], "应传输小时")
    c.rate("rate_mismatch", tr, vhr, thr, "传输有效率")
    c.share(tr, "传输有效率")
    qs = c.one(r"四个季度运维考核得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分")
    c.average(c.one(r"平均(" + NUM + r")分"), list(qs), "季度考核平均分")
    bd = c.one(r"比对监测完成(\d+)套次，未完成的(\d+)套次")
    fix = c.one(r"平均修复时间(\d+)小时")
    cases = c.one(r"查处超标排放案件(\d+)起，罚款")
    fine, prev, inc, g = c.one(r"罚款(" + NUM + r")万元，较2018年的(" + NUM + r")万元增加(" + NUM + r")万元，同比增长(" +
                               NUM + r")%")
    c.diff(inc, fine, prev, "罚款增加额", code="sum_mismatch")
    c.rate("rate_mismatch", g, inc, prev, "罚款同比")
    ratio = c.one(r"超标排放时段占比降至(" + NUM + r")%")
    nq, sat = c.one(r"向(\d+)家企业发放问卷，满意度(" + NUM + r")%")
    c.same([nq, ent], "企业家数")
    c.share(sat, "满意度")
    tar_bd = c.one(r"不少于(\d+)套次的比对监测")
    c.sum(tar_bd, [bd[0], bd[1]], "比对目标 = 完成 + 未完成")
    # indicator sub-tables
    rows = []
    for sec in ("（一）预算执行情况", "（二）项目产出情况", "（三）项目效益情况", "（四）满意度情况"):
        i = c.t.index(sec)
        rows += table_after(c.t[i:], "二级指标\t三级指标\t权重", T, first=True)
    by = {r[1]: r for r in rows}
    for r in rows:
        c.indicator(r[1], r[3], r[4], r[2], r[6], completion=(r[5].rstrip("%") if r[3] != "建立" else None))
    ex = by["预算执行率"]
    c.rate("rate_mismatch", ex[4].rstrip("%"), r4[2], r2[2], "执行率 (table)")
    c.weights([r[2] for r in rows], "100", "indicator tables")
    pt = c.one(r"总得分(" + NUM + r")分")
    c.scores([r[6] for r in rows], [pt], "indicator tables")
    c.grade(c.one(r"评价等级为“(.+?)”"), pt, "grade")

    def ts(name, val, msg, col=4):
        pa = parse_val(by[name][col])
        if pa is None or pa[2] != parse_val(val)[2]:
            return
        c.same([val, by[name][col]], msg)

    ts("自动监控企业数", ent + "家", "企业数")
    ts("自动监控设备运维数", sets + "套", "设备数")
    ts("比对监测", bd[0] + "套次", "比对完成")
    ts("比对监测", "≥" + tar_bd + "套次", "比对目标", col=3)
    ts("数据传输有效率", tr + "%", "传输有效率")
    ts("故障修复时限", fix + "小时", "修复时间")
    ts("依据监控数据查处超标案件", cases + "起", "案件")
    ts("超标排放时段占比", ratio + "%", "超标时段占比")
    ts("重点企业满意度", sat + "%", "满意度")
    ts("单套设备年运维费用", u1 + "万元", "运维单价")
    for nm in ("数据传输有效率", "超标排放时段占比", "重点企业满意度"):
        c.share(by[nm][4].rstrip("%"), nm)


def m_zhaoping(c):
    """Guangxi, Zhaoping 2024. 部门整体支出; funds + project tables; indicator table, subtotals in text."""
    Y = 2024
    bz, zz = c.one(r"年末核定编制(\d+)名，实有在职人员(\d+)人")
    ini, add, ann = c.one(r"年初预算(" + NUM + r")万元，年中追加(" + NUM + r")万元，全年预算(" + NUM + r")万元")
    c.sum(ann, [ini, add], "全年 = 年初 + 追加")
    spent, rp = c.one(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    rb = c.one(r"基本支出执行率(" + NUM + r")%")
    rx = c.one(r"项目支出执行率(" + NUM + r")%")
    cf = c.one(r"年末结转资金(" + NUM + r")万元")
    c.year_carry(c.one(r"已结转至(\d{4})年继续使用"), Y, "结转")
    tot = c.row("合计｜1")
    bas = c.row("基本支出｜")
    prj = c.row("项目支出｜")
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum(tot[col], [bas[col], prj[col]], f"funds table {lab}")
    c.same([ini, tot[1]], "年初")
    c.same([ann, tot[2]], "全年")
    c.same([spent, tot[3]], "执行")
    c.rate("rate_mismatch", rp, tot[3], tot[2], "执行率")
    c.rate("rate_mismatch", rb, bas[3], bas[2], "基本支出执行率")
    c.rate("rate_mismatch", rx, prj[3], prj[2], "项目支出执行率")
    for x in (rp, rb, rx):
        c.share(x, "执行率")
    c.diff(cf, prj[2], prj[3], "结转 = 项目支出 全年 - 执行")
    c.diff(cf, tot[2], tot[3], "结转 = 全年 - 执行")
    names = ["污染源自动监控运维", "排污许可及证后执法", "环境监测站运行", "农村环境整治监管"]
    prows = [c.row(n + "｜") for n in names]
    c.sum(prj[2], [r[1] for r in prows], "项目预算之和")
    c.sum(prj[3], [r[2] for r in prows], "项目执行之和")
    for r in prows:
        c.rate("rate_mismatch", r[3].rstrip("%"), r[2], r[1], f"{r[0]} 执行率")
        c.share(r[3].rstrip("%"), f"{r[0]} 执行率")
    sg, sgp, sgd, sgr = c.one(r"“三公”经费支出(" + NUM + r")万元，比2023年的(" + NUM + r")万元减少(" + NUM +
                              r")万元，下降(" + NUM + r")%")
    c.diff(sgd, sgp, sg, "三公减少额", code="sum_mismatch")
    c.rate("rate_mismatch", sgr, sgd, sgp, "三公下降率")
    pa_, pe_, pr_ = c.one(r"政府采购计划(" + NUM + r")万元，实际采购(" + NUM + r")万元，采购执行率(" + NUM + r")%")
    c.rate("rate_mismatch", pr_, pe_, pa_, "采购执行率")
    npt, hpp, thr, vhr, tr = c.one(r"全县重点排污单位的(\d+)个自动监控点位全部联网。2024年为闰年，按每个点位(" + NUM +
                                   r")小时计，应传输(" + NUM + r")小时，有效传输(" + NUM + r")小时，数据传输有效率(" + NUM + r")%")
    c.sum(thr, [V(num(npt) * num(hpp))], "应传输小时")
    if num(hpp) != 366 * 24:
        c.fail("year_mismatch", "hours per point in the leap year 2024")
    c.rate("rate_mismatch", tr, vhr, thr, "传输有效率")
    c.share(tr, "传输有效率")
    lic = c.one(r"核发、变更和延续排污许可证(\d+)件")
    insp = c.one(r"全年开展执法检查(\d+)家次")
    npun, nok, pr = c.one(r"作出行政处罚决定(\d+)件，按期办结(\d+)件，按期办结率(" + NUM + r")%")
    c.rate("rate_mismatch", pr, nok, npun, "按期办结率")
    fine, prev, dec_, g = c.one(r"罚款金额合计(" + NUM + r")万元，比2023年的(" + NUM + r")万元减少(" + NUM + r")万元，同比下降(" +
                                NUM + r")%")
    c.diff(dec_, prev, fine, "罚款减少额", code="sum_mismatch")
    c.rate("rate_mismatch", g, dec_, prev, "罚款同比")
    nprob, nfix, fr = c.one(r"共发现问题(\d+)个，年内完成整改(\d+)个，整改率(" + NUM + r")%")
    c.rate("rate_mismatch", fr, nfix, nprob, "整改率")
    sat = c.one(r"综合满意度(" + NUM + r")%")
    c.share(sat, "满意度")
    ps = c.one(r"自评得分分别为(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分、(" + NUM + r")分，平均(" + NUM + r")分")
    c.average(ps[4], list(ps[:4]), "项目平均分")
    rows = table_after(c.t, "一级指标｜二级指标｜三级指标｜年度指标值", "｜")
    body = [r for r in rows if r[0] != "合计"]
    total = [r for r in rows if r[0] == "合计"][0]
    by = {r[2]: r for r in body}
    for r in body:
        c.indicator(r[2], r[3], r[4], r[5], r[6])
    c.weights([r[5] for r in body], total[5], "indicator table")
    subs = c.one(r"投入指标（分值(\d+)分）得(" + NUM + r")分，过程指标（分值(\d+)分）得(" + NUM + r")分，产出指标（分值(\d+)分）得(" +
                 NUM + r")分，效果指标（分值(\d+)分）得(" + NUM + r")分。综合自评得分(" + NUM + r")分")
    for k, l1 in enumerate(("投入", "过程", "产出", "效果")):
        grp = [r for r in body if r[0] == l1]
        sw = sum(num(r[5]) for r in grp)
        if sw != num(subs[2 * k]):
            c.fail("weight_sum_mismatch", f"{l1} weights {sw} vs {subs[2 * k]}")
        c.scores([r[6] for r in grp], [subs[2 * k + 1]], f"{l1} block")
    if sum(num(subs[2 * k]) for k in range(4)) != 100:
        c.fail("weight_sum_mismatch", "block weights")
    c.scores([subs[2 * k + 1] for k in range(4)], [subs[8]], "block subtotals")
    c.scores([r[6] for r in body], [total[6], subs[8]], "indicator table")
    c.grade(c.one(r"评价等级为“(.+?)”"), subs[8], "grade")
    c.rate("rate_mismatch", by["在职人员控制率"][4].rstrip("%"), zz, bz, "在职人员控制率")
    c.same([V("-" + sgr), V(by["“三公”经费变动率"][4].rstrip("%"))], "三公变动率")
    c.same([rp, by["预算执行率"][4].rstrip("%")], "执行率 table")
    c.rate("rate_mismatch", by["结转结余率"][4].rstrip("%"), cf, tot[2], "结转结余率")
    c.same([pr_, by["政府采购执行率"][4].rstrip("%")], "采购执行率")
    c.same([npt, parse_val(by["自动监控联网点位"][4])[1]], "联网点位")
    c.same([lic, parse_val(by["排污许可证核发（含变更、延续）"][4])[1]], "许可证件数")
    c.same([insp, parse_val(by["执法检查"][4])[1]], "执法检查")
    c.same([tr, by["数据传输有效率"][4].rstrip("%")], "传输有效率")
    c.same([pr, by["行政处罚案件按期办结率"][4].rstrip("%")], "按期办结率")
    c.same([fr, by["证后执法问题整改率"][4].rstrip("%")], "整改率")
    c.same([sat, by["服务对象满意度"][4].rstrip("%")], "满意度")
    for nm in ("在职人员控制率", "预算执行率", "结转结余率", "政府采购执行率", "固定资产利用率", "数据传输有效率",
               "行政处罚案件按期办结率", "空气质量优良天数比率", "证后执法问题整改率", "服务对象满意度"):
        c.share(by[nm][4].rstrip("%"), nm)


MODELS = {
    "ha-xiuwu-zidongjiankong-2022": m_xiuwu,
    "js-dafeng-zhenghoujianguan-2020": m_dafeng,
    "sc-jialing-zaixianjiankong-2023": m_jialing,
    "sx-yangqu-zidongjiankong-2019": m_yangqu,
    "gx-zhaoping-sthj-bumen-2024": m_zhaoping,
}


def run_model(pid, text):
    c = Ctx(text)
    year = int(pid[-4:])
    head = "\n".join(text.split("\n")[:3])
    for y in re.findall(r"(\d{4})年度", head):
        c.year_eq(y, year, "title year")
    last = [ln for ln in text.split("\n") if ln.strip()][-1]
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", last.strip())
    if not m or int(m.group(1)) not in (year, year + 1):
        c.fail("year_mismatch", f"report date {last!r} for a {year} report")
    MODELS[pid](c)
    return c


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 35, len(labels)
    count = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            cleans[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    assert sorted(cleans) == sorted(MODELS), sorted(cleans)
    for pid, text in cleans.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f"{pid}: clean draft has {n} characters")
        c = run_model(pid, text)
        for code, msg in c.fails:
            problems.append(f"{pid}-clean: {code}: {msg}")
        for msg in c.warns:
            problems.append(f"{pid}-clean: warning {msg}")
    for rec in labels:
        if rec["clean"]:
            if rec["expected"] != []:
                problems.append(f"{rec['case']}: clean case with expectations")
            continue
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = cleans[rec["source"]]
        assert len(rec["expected"]) == 1
        exp = rec["expected"][0]
        assert set(exp) == {"code", "severity", "value", "explanation"}
        assert exp["severity"] == "error" and exp["code"] in CODES
        count[exp["code"]] += 1
        val = exp["value"]
        occ = text.count(val)
        if occ != 1:
            problems.append(f"{rec['case']}: value occurs {occ} times")
            continue
        # one contiguous difference
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        if d0 >= d1 and len(text) == len(clean):
            problems.append(f"{rec['case']}: identical to clean")
            continue
        v0 = text.index(val)
        v1 = v0 + len(val)
        if not (v0 < max(d1, d0 + 1) and d0 < v1):
            problems.append(f"{rec['case']}: change [{d0},{d1}) does not overlap value [{v0},{v1})")
        if d1 - d0 > 12 or (len(clean) - s) - p > 12:
            problems.append(f"{rec['case']}: changed region too long ({clean[p:len(clean) - s]!r} -> {text[d0:d1]!r})")
        # arithmetic
        try:
            c = run_model(rec["source"], text)
        except AssertionError as e:
            problems.append(f"{rec['case']}: model could not read the case: {e}")
            continue
        got = sorted({code for code, _ in c.fails})
        if got != [exp["code"]]:
            problems.append(f"{rec['case']}: expected [{exp['code']}], model finds {got}: {c.fails}")
    for k in CODES:
        if count[k] < 2:
            problems.append(f"code {k} used {count[k]} times")
    for p_ in problems:
        print("FAIL", p_)
    if problems:
        sys.exit(1)
    print("codes:", ", ".join(f"{k}={count[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
