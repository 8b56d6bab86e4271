#!/usr/bin/env python3
"""Verify drafts528: read every figure back from each draft's text and redo its arithmetic.

Standard library + decimal only. Rules: /work/shared/domain/rules.md §5-§8 (ROUND_HALF_UP, tolerance of half a unit
of the stated value's last decimal; numbers marked 约 get the same half-unit interval).
A clean draft must pass every check. An error case must fail the checks of its labelled code and of no other
error code. Warnings (score_rule_mismatch, errors.md #16) are computed too: clean drafts must have none; error
cases may have some (they are not error codes).
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
MONEY = {"元": D(1) / D(10000), "万元": D(1), "亿元": D(10000)}

FOOTER = re.compile(r"^\s*(第\s*\d+\s*页(\s*共\s*\d+\s*页)?|[-—]\s*\d+\s*[-—])\s*$")
BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
NUM = r"([\d,]+(?:\.\d+)?)"


# ---------------------------------------------------------------- numbers and tolerance
def N(s):
    return D(str(s).replace(",", ""))


def dp(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) * D(10) ** (-(dp(s) + 1)) + D("1e-9")


def agree(stated, computed):
    return abs(N(stated) - computed) <= tol(stated)


def q2(x):
    return x.quantize(D("0.01"), rounding="ROUND_HALF_UP")


# ---------------------------------------------------------------- document model
class Doc:
    def __init__(self, text, table_marker):
        self.text = text
        t = BOOKMARK.sub("", text)
        cells = [ln.strip(" \t\u3000") for ln in t.split("\n") if not FOOTER.match(ln)]
        cells = [c for c in cells if c]
        k = cells.index(table_marker)
        self.P = "".join(cells[:k])          # prose, line wraps removed
        self.T = cells[k:]                   # table cells, one per line
        self.TJ = "".join(self.T)

    def one(self, rx, where="P"):
        s = self.P if where == "P" else self.TJ
        ms = list(re.finditer(rx, s))
        if len(ms) != 1:
            raise AssertionError(f"pattern matched {len(ms)}x: {rx}")
        return ms[0].groups()

    def allm(self, rx, where="P"):
        s = self.P if where == "P" else self.TJ
        return [m.groups() for m in re.finditer(rx, s)]

    def seq(self, name):
        """index just after the table cells whose concatenation is `name` (must be unique)."""
        hits = []
        for i in range(len(self.T)):
            acc, j = "", i
            while j < len(self.T) and len(acc) < len(name):
                acc += self.T[j]
                j += 1
                if not name.startswith(acc):
                    break
                if acc == name:
                    hits.append(j)
                    break
        if len(hits) != 1:
            raise AssertionError(f"table label {name!r} found {len(hits)}x")
        return hits[0]

    def row(self, name, n):
        j = self.seq(name)
        return self.T[j:j + n]

    def all_after(self, label, n):
        return [self.T[i + 1:i + 1 + n] for i, c in enumerate(self.T) if c == label]


VAL = re.compile(r"^(≥|≤|=|＞＝|＜＝|>=|<=)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")


def pv(s):
    """'≥45家' -> ('gte', Decimal 45, '家', '45'); qualitative -> None"""
    m = VAL.match(s)
    if not m:
        return None
    sign = m.group(1) or "="
    d = {"≥": "gte", "＞＝": "gte", ">=": "gte", "≤": "lte", "＜＝": "lte", "<=": "lte", "=": "eq"}[sign]
    return d, N(m.group(2)), m.group(3), m.group(2)


# ---------------------------------------------------------------- result collector
class R:
    def __init__(self):
        self.res = []      # (code, ok, msg)
        self.warn = []

    def check(self, code, ok, msg):
        assert code in CODES, code
        self.res.append((code, bool(ok), msg))

    def w(self, ok, msg):
        if not ok:
            self.warn.append(msg)

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        num, den = N(num), N(den)
        if den == 0:
            self.check("implausible_rate", stated in ("—", "/", "0", "0.00%", "0%"), f"{msg}: rate on a zero base")
            return
        if stated in ("—", "/"):
            self.check("rate_mismatch", False, f"{msg}: no rate printed on a non-zero base {den}")
            return
        c = num / den * 100
        s = stated.rstrip("%")
        self.check("implausible_rate", c <= 100 + D("1e-9") and N(s) <= 100, f"{msg}: {s}% > 100%")
        self.check(code, agree(s, c), f"{msg}: stated {s}%, computed {c:.4f}%")

    def total(self, stated, parts, msg, code="sum_mismatch"):
        c = sum(N(p) for p in parts)
        self.check(code, agree(stated, c), f"{msg}: stated {stated}, sum {c}")

    def diff(self, stated, a, b, msg, code="balance_mismatch"):
        c = N(a) - N(b)
        self.check(code, agree(stated, c), f"{msg}: stated {stated}, {a} - {b} = {c}")

    def avg(self, stated, items, msg):
        c = sum(N(i) for i in items) / len(items)
        self.check("average_mismatch", agree(stated, c), f"{msg}: stated {stated}, mean {c}")

    def same(self, a, b, msg, ua="", ub=""):
        """same quantity stated twice; money units normalised; a 10^4 / 10^8 slip is a unit_mismatch."""
        if ua in MONEY and ub in MONEY:
            va, vb = N(a) * MONEY[ua], N(b) * MONEY[ub]
            t = max(tol(a) * MONEY[ua], tol(b) * MONEY[ub])
            if abs(va - vb) <= t:
                self.check("conflicting_values", True, msg)
                return
            for k in (D(10000), D(1) / D(10000), D(10 ** 8), D(1) / D(10 ** 8)):
                if abs(va * k - vb) <= t * max(k, 1):
                    self.check("unit_mismatch", False, f"{msg}: {a}{ua} vs {b}{ub} differ by a power of ten")
                    return
            self.check("conflicting_values", False, f"{msg}: {a}{ua} vs {b}{ub}")
            return
        if ua != ub:
            return                                   # different units: the row unit check reports it
        ok = abs(N(a) - N(b)) <= max(tol(a), tol(b))
        self.check("conflicting_values", ok, f"{msg}: {a}{ua} vs {b}{ub}")

    def per_unit(self, stated, unit, computed_wan, msg):
        """a per-unit average (约…元 / …万元) against total / count; a 10^4 slip is a unit_mismatch"""
        c = computed_wan / MONEY[unit]
        if agree(stated, c):
            self.check("average_mismatch", True, msg)
            return
        for k in (D(10000), D(1) / D(10000)):
            if agree(stated, c * k):
                self.check("unit_mismatch", False, f"{msg}: {stated}{unit}, expected {c:.2f}{unit}")
                return
        self.check("average_mismatch", False, f"{msg}: {stated}{unit}, expected {c:.2f}{unit}")

    def year(self, ok, msg):
        self.check("year_mismatch", ok, msg)


def grade_of(total):
    t = N(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def completion(d, t, a):
    if d == "lte":
        return D(100) if a <= t else t / a * 100
    if d == "eq" and t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def rule_score(d, t, a, w):
    if d == "lte":
        return w if a <= t else w * t / a
    if d == "eq" and t == 0:
        return w if a <= 0 else D(0)
    return w * min(D(1), max(a, D(0)) / t)


def indicator(r, name, target, actual, weight, score, comp=None, share=False):
    """row checks (I5, I7, I8, I13) plus the score-rule warning; returns parsed actual or None"""
    w, s = N(weight), N(score)
    r.check("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {score} vs weight {weight}")
    pt, pa = pv(target), pv(actual)
    if pt is None:                                       # qualitative: achieved band [80%, 100%] of w
        lo = w * D("0.8") if target == actual else w * D("0.6")
        r.w(lo <= s <= w, f"score_rule {name}: {score} outside band")
        if comp is not None:
            r.check("completion_mismatch", comp in ("—", "/"), f"{name}: completion on a qualitative row")
        return None
    d, t, tu, _ = pt
    _, a, au, araw = pa
    if tu != au:
        r.check("unit_mismatch", False, f"{name}: target {target} vs actual {actual}")
        return None
    r.check("unit_mismatch", True, name)
    if au == "%" or share:
        r.check("implausible_rate", a <= 100, f"{name}: {actual} above 100%")
    c = completion(d, t, a)
    if comp is not None:
        r.check("completion_mismatch", agree(comp.rstrip("%"), c), f"{name}: completion {comp}, computed {c:.4f}")
    rs = rule_score(d, t, a, w)
    alt = rule_score(d, t, t * N(comp.rstrip("%")) / 100, w) if comp not in (None, "—", "/") and d != "lte" else rs
    r.w(agree(score, rs) or agree(score, alt), f"score_rule {name}: {score} vs {q2(rs)}")
    return a


def exec_score(r, rate_str, spent, budget, w, score, name="预算执行率"):
    c = N(spent) / N(budget)
    rs = N(w) * min(c, D(1))
    alt = N(w) * min(N(rate_str.rstrip("%")) / 100, D(1))
    r.check("score_exceeds_weight", D(0) <= N(score) <= N(w), f"{name}: score {score} vs weight {w}")
    r.w(agree(score, rs) or agree(score, alt), f"score_rule {name}: {score} vs {q2(rs)}")


def table_sums(r, rows, exec_w, exec_s, max_w, totals, levels=None, level_stated=None):
    """I6/I7: weights to 100, scores to each stated total, level subtotals (weights and scores)."""
    ws = N(exec_w) + sum(N(x["w"]) for x in rows)
    r.check("weight_sum_mismatch", ws == 100 and N(max_w) == 100, f"weights sum {ws}, 总分 column {max_w}")
    ss = N(exec_s) + sum(N(x["s"]) for x in rows)
    for t in totals:
        r.check("score_sum_mismatch", agree(t, ss), f"total {t} vs sum of scores {ss}")
    for lvl, (w_stated, s_stated) in (level_stated or {}).items():
        members = [x for x in rows if x["l1"] == lvl]
        if w_stated is not None:
            r.check("weight_sum_mismatch", N(w_stated) == sum(N(x["w"]) for x in members), f"{lvl} weight {w_stated}")
        if s_stated is not None:
            r.check("score_sum_mismatch", agree(s_stated, sum(N(x["s"]) for x in members)), f"{lvl} score {s_stated}")


def grades(r, pairs):
    for total, g in pairs:
        r.check("grade_mismatch", grade_of(total) == g[0], f"total {total} -> {grade_of(total)}, stated {g}")


def fund_rows(r, doc, total_label, comp_labels, n=6):
    """MOF-style fund block: cols 年初, 全年, 执行, 分值, 执行率, 得分; components add up per column; rates."""
    tot = doc.row(total_label, n)
    comps = [doc.row(lb, n) for lb in comp_labels]
    for col, nm in ((0, "年初预算数"), (1, "全年预算数"), (2, "全年执行数")):
        r.total(tot[col], [c[col] for c in comps], f"{total_label} {nm}")
    for lb, row in [(total_label, tot)] + list(zip(comp_labels, comps)):
        r.rate(row[4], row[2], row[1], f"{lb} 执行率")
    exec_score(r, tot[4], tot[2], tot[1], tot[3], tot[5])
    return tot, comps


# ================================================================ P1 泰兴 2021
def p1(text):
    r, Y = R(), 2021
    doc = Doc(text, "附件")
    y = doc.one(r"泰兴市应急管理局(\d{4})年度危险化学品企业安全风险监测预警系统")[0]
    r.year(int(y) == Y, f"title year {y}")
    r.year(doc.one(r"项目支出绩效自评表（(\d{4})年度）", "T")[0] == str(Y), "table year")
    init, = doc.one(r"年初预算安排运维经费" + NUM + "万元")
    y1, m1, a1, y2, m2, a2 = doc.one(r"其中(\d{4})年(\d+)月市财政提前下达" + NUM + r"万元，(\d{4})年(\d+)月下达" + NUM + "万元")
    r.total(init, [a1, a2], "年初预算 = 两批下达")
    r.year((int(y1) == Y - 1 and m1 == "12") or int(y1) == Y, f"提前下达 {y1}-{m1}")
    r.year(int(y2) == Y, f"下达 {y2}")
    ycf, cf = doc.one(r"(\d{4})年结转资金" + NUM + "万元纳入当年预算")
    r.year(int(ycf) == Y - 1, f"上年结转 from {ycf}")
    annual, = doc.one(r"全年预算" + NUM + "万元，资金到位")
    r.total(annual, [init, cf], "全年预算 = 年初 + 上年结转")
    recv, recv_rate = doc.one(r"资金到位" + NUM + r"万元，到位率" + NUM + "%")
    r.rate(recv_rate, recv, annual, "到位率")
    spent, rate = doc.one(r"全年执行" + NUM + r"万元，预算执行率" + NUM + "%")
    r.rate(rate, spent, annual, "预算执行率 (prose)")
    fis_sp, cf_sp = doc.one(r"其中当年财政拨款执行" + NUM + r"万元，上年结转资金" + NUM + "万元全部支付")
    r.total(spent, [fis_sp, cf_sp], "全年执行 = 财政拨款执行 + 结转执行")
    r.check("balance_mismatch", N(cf_sp) == N(cf), "结转资金全部支付")
    unpaid, = doc.one(r"未支付的" + NUM + "万元")
    r.diff(unpaid, annual, spent, "未支付 = 全年预算 - 执行")
    r.diff(unpaid, init, fis_sp, "未支付 = 当年拨款 - 当年拨款执行")
    ycarry, = doc.one(r"结转至(\d{4})年支付")
    r.year(int(ycarry) > Y, f"结转至{ycarry}年")
    tg = doc.one(r"接入企业不少于(\d+)家，监测感知点位不少于(\d+)个，系统在线率不低于" + NUM + r"%，预警信息处置闭环率不低于"
                 + NUM + r"%，故障响应时间不超过" + NUM + r"小时，预警准确率不低于" + NUM + r"%，企业满意度不低于" + NUM + "%")
    total_p, grade_p = doc.one(r"本项目自评得分" + NUM + r"分，评价等级为“(.)”")
    lv = doc.one(r"其中预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + "分")
    ent, yl, ent_l, ent_d = doc.one(r"全年接入重大危险源企业(\d+)家，较(\d{4})年的(\d+)家增加(\d+)家")
    r.diff(ent_d, ent, ent_l, "企业增加数", code="sum_mismatch")
    r.year(int(yl) == Y - 1, f"上年 {yl}")
    pts, p_a, p_b = doc.one(r"接入监测感知点位(\d+)个，其中液位、温度、压力点位(\d+)个，可燃有毒气体浓度点位(\d+)个")
    r.total(pts, [p_a, p_b], "感知点位 = 两类点位")
    q = doc.one(r"在线率分别为" + NUM + "%、" + NUM + "%、" + NUM + "%、" + NUM + r"%，全年平均" + NUM + "%")
    r.avg(q[4], q[:4], "季度在线率平均")
    pushed, closed, crate = doc.one(r"全年推送预警信息(\d+)条，处置闭环(\d+)条，闭环率" + NUM + "%")
    r.rate(crate, closed, pushed, "闭环率")
    resp, = doc.one(r"故障平均响应时间" + NUM + "小时")
    valid, acc, acc_t = doc.one(r"有效预警(\d+)条，预警准确率" + NUM + r"%，未达到" + NUM + "%的年度目标")
    r.rate(acc, valid, pushed, "预警准确率")
    per, = doc.one(r"每个感知点位年均运维成本约(\d+)元")
    r.per_unit(per, "元", N(spent) / N(pts), "点位年均运维成本")
    sent, back, sat_n, sat = doc.one(r"发放满意度问卷(\d+)份，回收(\d+)份，满意及比较满意(\d+)份，满意度" + NUM + "%")
    r.rate(sat, sat_n, back, "满意度 (问卷)")
    r.check("implausible_rate", N(back) <= N(sent), f"问卷回收 {back} > 发放 {sent}")
    ly, = doc.one(r"(\d{4})年项目预算执行率为")
    r.year(int(ly) == Y - 1, f"上年执行率 labelled {ly}")
    ys, = doc.one(r"(\d{4})年起以政府购买服务方式")
    r.year(int(ys) == Y, f"运维起始 {ys}")
    # --- table
    tot, comps = fund_rows(r, doc, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    r.same(tot[0], init, "年初预算 table/prose", "万元", "万元")
    r.same(tot[1], annual, "全年预算 table/prose", "万元", "万元")
    r.same(tot[2], spent, "全年执行 table/prose", "万元", "万元")
    r.same(comps[0][2], fis_sp, "当年拨款执行 table/prose", "万元", "万元")
    r.same(comps[1][1], cf, "上年结转 table/prose", "万元", "万元")
    names = [("产出指标", "接入企业数量"), ("产出指标", "监测感知点位"), ("产出指标", "系统在线率"),
             ("产出指标", "预警信息处置闭环率"), ("产出指标", "故障响应时间"), ("产出指标", "运维费用"),
             ("效益指标", "预警准确率"), ("效益指标", "较大及以上生产安全事故起数"), ("效益指标", "运维长效机制"),
             ("满意度指标", "企业满意度")]
    rows = {}
    for l1, nm in names:
        c = doc.row(nm, 4)
        rows[nm] = {"l1": l1, "t": c[0], "a": c[1], "w": c[2], "s": c[3]}
        rows[nm]["A"] = indicator(r, nm, c[0], c[1], c[2], c[3])
    R_ = rows
    # prose targets and actuals vs table (I11)
    for (val, unit), nm in zip([(tg[0], "家"), (tg[1], "个"), (tg[2], "%"), (tg[3], "%"), (tg[4], "小时"), (tg[5], "%"),
                                (tg[6], "%")], ["接入企业数量", "监测感知点位", "系统在线率", "预警信息处置闭环率",
                                                "故障响应时间", "预警准确率", "企业满意度"]):
        d, t, tu, traw = pv(R_[nm]["t"])
        r.same(val, traw, f"{nm} target prose/table", unit, tu)
    r.same(acc_t, pv(R_["预警准确率"]["t"])[3], "准确率目标 (效益段)", "%", pv(R_["预警准确率"]["t"])[2])
    r.same(N(R_["运维费用"]["t"].lstrip("≤").replace("万元", "")), N(annual), "成本上限 = 全年预算", "", "")
    r.same(pv(R_["运维费用"]["a"])[3], spent, "运维费用 actual = 全年执行", pv(R_["运维费用"]["a"])[2], "万元")

    def act(nm):
        p = pv(R_[nm]["a"])
        return p[3], p[2]
    for val, unit, nm in [(ent, "家", "接入企业数量"), (pts, "个", "监测感知点位"), (q[4], "%", "系统在线率"),
                          (crate, "%", "预警信息处置闭环率"), (resp, "小时", "故障响应时间"), (acc, "%", "预警准确率"),
                          (sat, "%", "企业满意度")]:
        a, au = act(nm)
        r.same(val, a, f"{nm} actual prose/table", unit, au)
    g = doc.one(r"接入企业(\d+)家、感知点位(\d+)个，系统全年平均在线率" + NUM + r"%，预警信息闭环率" + NUM + "%", "T")
    for val, unit, nm in [(g[0], "家", "接入企业数量"), (g[1], "个", "监测感知点位"), (g[2], "%", "系统在线率"),
                          (g[3], "%", "预警信息处置闭环率")]:
        a, au = act(nm)
        r.same(val, a, f"{nm} goal box/table", unit, au)
    tw, ts = doc.row("总分", 2)
    r.same(lv[0], tot[5], "执行率得分 prose/table")
    table_sums(r, list(R_.values()), tot[3], tot[5], tw, [ts, total_p],
               level_stated={"产出指标": (None, lv[1]), "效益指标": (None, lv[2]), "满意度指标": (None, lv[3])})
    grades(r, [(total_p, grade_p)])
    return r


# ================================================================ P2 垦利 2022 部门整体
def p2(text):
    r, Y = R(), 2022
    doc = Doc(text, "附件")
    y = doc.one(r"预警中心(\d{4})年度部门整体支出绩效自评报告")[0]
    r.year(int(y) == Y, "title year")
    r.year(doc.one(r"部门整体支出绩效自评表（(\d{4})年度）", "T")[0] == str(Y), "table year")
    ent0, = doc.one(r"全区(\d+)家危险化学品重点监控企业")
    yst, staff, mgr, tech = doc.one(r"(\d{4})年末实有在编人员(\d+)人，其中管理人员(\d+)人、专业技术人员(\d+)人")
    r.year(int(yst) == Y, "staff year")
    r.total(staff, [mgr, tech], "实有人员")
    depts, n_d = doc.one(r"中心内设(.*?)(\d+)个科室")
    r.check("sum_mismatch", len(depts.split("、")) == int(n_d), f"科室 listed {len(depts.split('、'))} vs {n_d}")
    ly, = doc.one(r"(\d{4})年部门整体支出执行率为")
    r.year(int(ly) == Y - 1, f"上年执行率 labelled {ly}")
    b = doc.one(r"(\d{4})年年初预算" + NUM + r"万元，其中基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM
                + r"万元），项目支出" + NUM + r"万元（监测预警系统运维费" + NUM + r"万元、值守及数据分析服务费" + NUM + "万元）")
    r.year(int(b[0]) == Y, "budget year")
    init, basic, pers, pub, proj, ops, duty = b[1:]
    r.total(init, [basic, proj], "年初 = 基本 + 项目")
    r.total(basic, [pers, pub], "基本支出 = 人员 + 公用")
    r.total(proj, [ops, duty], "项目支出 = 运维 + 值守")
    add, annual, dist, prov = doc.one(r"追加监测预警系统升级改造资金" + NUM + r"万元，全年预算" + NUM + r"万元，全部为财政拨款，其中区级"
                                     + NUM + r"万元、省级" + NUM + "万元")
    r.total(annual, [init, add], "全年 = 年初 + 追加")
    r.total(annual, [dist, prov], "全年 = 区级 + 省级")
    r.same(prov, add, "省级 = 追加", "万元", "万元")
    ys, spent, rate = doc.one(r"(\d{4})年全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    r.year(int(ys) == Y, "spending year")
    r.rate(rate, spent, annual, "部门执行率 (prose)")
    bsp, psp, pubsp, brate = doc.one(r"基本支出执行" + NUM + r"万元，其中人员经费" + NUM + r"万元、公用经费" + NUM + r"万元，执行率" + NUM + "%")
    r.total(bsp, [psp, pubsp], "基本支出执行 = 人员 + 公用")
    r.rate(brate, bsp, basic, "基本支出执行率")
    jsp, osp, dsp, usp, jrate = doc.one(r"项目支出执行" + NUM + r"万元，其中运维费" + NUM + r"万元、值守及数据分析服务费" + NUM
                                        + r"万元、升级改造" + NUM + r"万元，执行率" + NUM + "%")
    r.total(jsp, [osp, dsp, usp], "项目支出执行 = 三项")
    r.total(spent, [bsp, jsp], "全年支出 = 基本 + 项目")
    bal, bal_pub, bal_up, ycf = doc.one(r"年末结余" + NUM + r"万元，其中公用经费结余" + NUM + r"万元已由区财政收回，升级改造资金" + NUM
                                        + r"万元因设备到货延迟结转(\d{4})年使用")
    r.diff(bal, annual, spent, "结余 = 全年 - 支出")
    r.total(bal, [bal_pub, bal_up], "结余 = 公用结余 + 升级结转")
    r.diff(bal_pub, pub, pubsp, "公用经费结余")
    r.diff(bal_up, add, usp, "升级改造结转")
    r.year(int(ycf) > Y, f"结转{ycf}年")
    ent1, more, pts = doc.one(r"全年监控企业(\d+)家，较年初目标多(\d+)家；接入感知点位(\d+)个")
    n_al, per_m, n_cl, cl_rate = doc.one(r"全年核查处置预警信息(\d+)条，平均每月" + NUM + r"条，闭环处置(\d+)条，闭环率" + NUM + "%")
    r.check("average_mismatch", agree(per_m, N(n_al) / 12), f"月均预警 {per_m} vs {N(n_al) / 12}")
    r.rate(cl_rate, n_cl, n_al, "闭环率")
    resp, resp_t = doc.one(r"一级预警平均响应时间(\d+)分钟，超过(\d+)分钟的目标")
    pub2, ctrl = doc.one(r"公用经费支出" + NUM + r"万元，控制率" + NUM + "%")
    r.same(pub2, pubsp, "公用经费支出 restated", "万元", "万元")
    r.rate(ctrl, pub2, pub, "公用经费控制率")
    per, = doc.one(r"单个感知点位年均运维成本约(\d+)元")
    r.per_unit(per, "元", N(osp) / N(pts), "点位年均运维成本")
    hz, fixed, hz_rate, hz_t, left = doc.one(r"排查重大隐患(\d+)项，整改(\d+)项，整改率" + NUM + r"%，未达到" + NUM + r"%的目标，剩余(\d+)项")
    r.rate(hz_rate, fixed, hz, "隐患整改率")
    r.diff(left, hz, fixed, "剩余隐患", code="sum_mismatch")
    share_list, n_share = doc.one(r"预警数据与(.*?)(\d+)个部门共享")
    r.check("sum_mismatch", len(share_list.split("、")) == int(n_share), f"共享部门 listed {len(share_list.split('、'))} vs {n_share}")
    sat_p, = doc.one(r"企业满意度" + NUM + "%")
    total_p, grade_p = doc.one(r"自评得分" + NUM + r"分，评价等级为“(.)”")
    lv = doc.one(r"其中预算执行(\d+)分，得分" + NUM + r"分；产出指标(\d+)分，得分" + NUM + r"分；效益指标(\d+)分，得分" + NUM
                 + r"分；满意度指标(\d+)分，得分" + NUM + "分")
    cf2, ycf2 = doc.one(r"升级改造结转资金" + NUM + r"万元将于(\d{4})年")
    r.same(cf2, bal_up, "升级改造结转 restated", "万元", "万元")
    r.year(int(ycf2) > Y, "结转资金支付年度")
    # --- table
    tot, comps = fund_rows(r, doc, "年度资金总额", ["按收入性质分：财政拨款", "其他资金"])
    b_row, p_row = doc.row("按支出性质分：基本支出", 6), doc.row("项目支出", 6)
    for col, nm in ((0, "年初"), (1, "全年"), (2, "执行")):
        r.total(tot[col], [b_row[col], p_row[col]], f"总额 = 基本 + 项目 ({nm})")
    r.rate(b_row[4], b_row[2], b_row[1], "基本支出执行率 (table)")
    r.rate(p_row[4], p_row[2], p_row[1], "项目支出执行率 (table)")
    r.rate(jrate, jsp, p_row[1], "项目支出执行率 (prose)")
    r.total(p_row[1], [proj, add], "项目支出全年 = 年初 + 追加")
    for a_, b_, nm in [(tot[0], init, "年初"), (tot[1], annual, "全年"), (tot[2], spent, "执行"), (b_row[1], basic, "基本全年"),
                       (b_row[2], bsp, "基本执行"), (p_row[0], proj, "项目年初"), (p_row[2], jsp, "项目执行")]:
        r.same(a_, b_, f"{nm} table/prose", "万元", "万元")
    names = [("产出指标", "重点监控企业覆盖数"), ("产出指标", "预警信息核查处置量"), ("产出指标", "预警信息处置闭环率"),
             ("产出指标", "一级预警响应时间"), ("产出指标", "公用经费控制率"), ("效益指标", "危化企业生产安全事故起数"),
             ("效益指标", "重大隐患整改率"), ("效益指标", "预警数据共享部门数"), ("满意度指标", "监控企业满意度")]
    rows = {}
    for l1, nm in names:
        c = doc.row(nm, 4)
        rows[nm] = {"l1": l1, "t": c[0], "a": c[1], "w": c[2], "s": c[3]}
        indicator(r, nm, c[0], c[1], c[2], c[3])

    def A(nm):
        p = pv(rows[nm]["a"])
        return p[3], p[2]
    for val, unit, nm in [(ent0, "家", "重点监控企业覆盖数"), (ent1, "家", "重点监控企业覆盖数"), (n_al, "条", "预警信息核查处置量"),
                          (cl_rate, "%", "预警信息处置闭环率"), (resp, "分钟", "一级预警响应时间"), (ctrl, "%", "公用经费控制率"),
                          (hz_rate, "%", "重大隐患整改率"), (n_share, "个", "预警数据共享部门数"), (sat_p, "%", "监控企业满意度")]:
        a, au = A(nm)
        r.same(val, a, f"{nm} prose/table", unit, au)
    t_ent = pv(rows["重点监控企业覆盖数"]["t"])
    r.diff(more, ent1, t_ent[3], "较目标多", code="sum_mismatch")
    t_resp = pv(rows["一级预警响应时间"]["t"])
    r.same(resp_t, t_resp[3], "响应时间目标 prose/table", "分钟", t_resp[2])
    t_hz = pv(rows["重大隐患整改率"]["t"])
    r.same(hz_t, t_hz[3], "整改率目标 prose/table", "%", t_hz[2])
    notes = [re.match(r"(\d+)项需停产", c) for c in doc.T]
    notes = [m.group(1) for m in notes if m]
    assert len(notes) == 1
    note_left = notes[0]
    r.same(note_left, left, "剩余隐患 table note/prose", "项", "项")
    tw, ts = doc.row("总分", 2)
    r.same(lv[0], tot[3], "预算执行分值 prose/table")
    r.same(lv[1], tot[5], "预算执行得分 prose/table")
    table_sums(r, list(rows.values()), tot[3], tot[5], tw, [ts, total_p],
               level_stated={"产出指标": (lv[2], lv[3]), "效益指标": (lv[4], lv[5]), "满意度指标": (lv[6], lv[7])})
    r.check("weight_sum_mismatch", N(lv[0]) + N(lv[2]) + N(lv[4]) + N(lv[6]) == 100, "prose level weights sum")
    grades(r, [(total_p, grade_p)])
    return r


# ================================================================ P3 衢州 2024
def p3(text):
    r, Y = R(), 2024
    doc = Doc(text, "附件")
    r.year(doc.one(r"衢州市应急管理局(\d{4})年度")[0] == str(Y), "title year")
    r.year(doc.one(r"项目支出绩效自评表（(\d{4})年度）", "T")[0] == str(Y), "table year")
    yj, ent0 = doc.one(r"截至(\d{4})年12月31日，平台累计接入企业(\d+)家")
    r.year(int(yj) == Y, f"截至{yj}年")
    yo, = doc.one(r"本项目为平台(\d{4})年度运维")
    r.year(int(yo) == Y, f"运维年度 {yo}")
    ly, = doc.one(r"(\d{4})年项目执行率为")
    r.year(int(ly) == Y - 1, f"上年执行率 labelled {ly}")
    tg = doc.one(r"接入企业不少于(\d+)家，视频智能分析通道运维不少于(\d+)路，感知数据接入率不低于" + NUM + r"%，预警消警及时率不低于"
                 + NUM + r"%，系统故障修复不超过" + NUM + r"小时，全年不发生较大及以上生产安全事故，企业满意度不低于" + NUM + "%")
    b = doc.one(r"(\d{4})年项目年初预算" + NUM + r"万元，其中省级补助资金" + NUM + r"万元（(\d{4})年(\d+)月提前下达）、市级财政资金"
                + NUM + r"万元；(\d+)月市级追加" + NUM + "万元")
    yb, init, prov0, yadv, madv, city0, _, add = b
    r.year(int(yb) == Y, "budget year")
    r.year((int(yadv) == Y - 1 and madv == "12") or int(yadv) == Y, "提前下达")
    r.total(init, [prov0, city0], "年初 = 省 + 市")
    annual, prov, city, recv_rate = doc.one(r"全年预算" + NUM + r"万元，其中省级" + NUM + r"万元、市级" + NUM + r"万元，资金全部到位，到位率" + NUM + "%")
    r.total(annual, [prov, city], "全年 = 省 + 市")
    r.total(annual, [init, add], "全年 = 年初 + 追加")
    r.total(city, [city0, add], "市级全年 = 市级年初 + 追加")
    r.same(prov, prov0, "省级 年初/全年", "万元", "万元")
    r.rate(recv_rate, annual, annual, "到位率 (全部到位)")
    spent, spent_yuan, rate, psp, csp = doc.one(r"全年执行" + NUM + r"万元（([\d,]+\.\d+)元），预算执行率" + NUM + r"%，其中省级资金执行"
                                                 + NUM + r"万元，市级资金执行" + NUM + "万元")
    r.same(spent, spent_yuan, "全年执行 万元/元", "万元", "元")
    r.rate(rate, spent, annual, "预算执行率 (prose)")
    r.total(spent, [psp, csp], "执行 = 省 + 市")
    bal, ycf = doc.one(r"结余" + NUM + r"万元为第四季度视频通道运维费，因第四季度考核在次年1月完成，按合同结转至(\d{4})年支付")
    r.diff(bal, annual, spent, "结余 = 全年(=到位) - 执行")
    r.diff(bal, city, csp, "结余 = 市级 - 市级执行")
    r.year(int(ycf) > Y, f"结转至{ycf}年")
    ent2, avg_w, per, per_u, cap = doc.one(r"按接入企业(\d+)家计，单企业年均运维成本" + NUM + r"万元，折合每家企业约" + NUM + r"(万元|元)，低于"
                                           + NUM + "万元的控制标准")
    r.check("average_mismatch", agree(avg_w, N(spent) / N(ent2)), f"单企业成本 {avg_w} vs {N(spent) / N(ent2)}")
    r.per_unit(per, per_u, N(spent) / N(ent2), "单企业成本 (元)")
    yc1, yc2 = doc.one(r"合同期自(\d{4})年1月1日至(\d{4})年12月31日")
    r.year(int(yc1) == Y and int(yc2) == Y, "合同期")
    o = doc.one(r"全年接入企业(\d+)家，运维视频智能分析通道(\d+)路；开展专家远程诊断(\d+)家次，较目标多(\d+)家次")
    pt_all, pt_ok, pt_rate = doc.one(r"应接入感知数据点位(\d+)个，稳定接入(\d+)个，感知数据接入率" + NUM + "%")
    r.rate(pt_rate, pt_ok, pt_all, "感知数据接入率")
    al, al_ok, al_rate, al_t = doc.one(r"全年产生各类预警(\d+)条，及时消警(\d+)条，消警及时率" + NUM + r"%，未达到" + NUM + "%的目标")
    r.rate(al_rate, al_ok, al, "消警及时率")
    fix, = doc.one(r"系统故障平均修复时长" + NUM + "小时")
    yl, hi0, hi1, drop = doc.one(r"高风险预警由(\d{4})年的(\d+)次降至(\d+)次，下降" + NUM + "%")
    r.year(int(yl) == Y - 1, "同比基年")
    r.rate(drop, N(hi0) - N(hi1), hi0, "高风险预警下降率")
    qn, qs, sat = doc.one(r"发放企业问卷(\d+)份，满意(\d+)份，满意度" + NUM + "%")
    r.rate(sat, qs, qn, "满意度 (问卷)")
    total_p, grade_p = doc.one(r"本项目得分" + NUM + r"分，评价等级为(.)")
    lv = doc.one(r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM + "分")
    # --- table
    tot, comps = fund_rows(r, doc, "年度资金总额", ["其中：省级补助资金", "市级财政资金", "上年结转资金", "其他资金"])
    for a_, b_, nm in [(tot[0], init, "年初"), (tot[1], annual, "全年"), (tot[2], spent, "执行"), (comps[0][2], psp, "省级执行"),
                       (comps[1][0], city0, "市级年初"), (comps[1][1], city, "市级全年"), (comps[1][2], csp, "市级执行")]:
        r.same(a_, b_, f"{nm} table/prose", "万元", "万元")
    names = [("产出指标", "接入企业数"), ("产出指标", "视频智能分析通道运维数"), ("产出指标", "专家远程诊断企业家次"),
             ("产出指标", "感知数据接入率"), ("产出指标", "预警消警及时率"), ("产出指标", "系统故障修复时长"),
             ("产出指标", "单企业年均运维成本"), ("效益指标", "较大及以上生产安全事故"), ("效益指标", "高风险预警次数同比下降率"),
             ("效益指标", "运维长效机制"), ("满意度指标", "企业满意度")]
    rows = {}
    for l1, nm in names:
        c = doc.row(nm, 5)
        rows[nm] = {"l1": l1, "t": c[0], "a": c[1], "c": c[2], "w": c[3], "s": c[4]}
        indicator(r, nm, c[0], c[1], c[3], c[4], comp=c[2])

    def A(nm):
        p = pv(rows[nm]["a"])
        return p[3], p[2]

    def T(nm):
        p = pv(rows[nm]["t"])
        return p[3], p[2]
    for val, unit, nm in [(ent0, "家", "接入企业数"), (ent2, "家", "接入企业数"), (o[0], "家", "接入企业数"),
                          (o[1], "路", "视频智能分析通道运维数"), (o[2], "家次", "专家远程诊断企业家次"),
                          (pt_rate, "%", "感知数据接入率"), (al_rate, "%", "预警消警及时率"), (fix, "小时", "系统故障修复时长"),
                          (avg_w, "万元", "单企业年均运维成本"), (drop, "%", "高风险预警次数同比下降率"), (sat, "%", "企业满意度")]:
        a, au = A(nm)
        r.same(val, a, f"{nm} prose/table", unit, au)
    for val, unit, nm in [(tg[0], "家", "接入企业数"), (tg[1], "路", "视频智能分析通道运维数"), (tg[2], "%", "感知数据接入率"),
                          (tg[3], "%", "预警消警及时率"), (al_t, "%", "预警消警及时率"), (tg[4], "小时", "系统故障修复时长"),
                          (tg[5], "%", "企业满意度"), (cap, "万元", "单企业年均运维成本")]:
        t, tu = T(nm)
        r.same(val, t, f"{nm} target prose/table", unit, tu)
    r.diff(o[3], o[2], T("专家远程诊断企业家次")[0], "诊断较目标多", code="sum_mismatch")
    tw, ts = doc.row("总分", 2)
    g_t, = doc.row("评价等级", 1)
    r.same(lv[0], tot[5], "执行率得分 prose/table")
    table_sums(r, list(rows.values()), tot[3], tot[5], tw, [ts, total_p],
               level_stated={"产出指标": (None, lv[1]), "效益指标": (None, lv[2]), "满意度指标": (None, lv[3])})
    grades(r, [(total_p, grade_p), (ts, g_t)])
    return r


# ================================================================ P4 潜江 2019 (Hubei 20 + 80)
def p4(text):
    r, Y = R(), 2019
    doc = Doc(text, "附件")
    r.year(doc.one(r"潜江市应急管理局(\d{4})年度")[0] == str(Y), "title year")
    r.year(doc.one(r"潜江市(\d{4})年度项目支出绩效自评表", "T")[0] == str(Y), "table year")
    yl0, ent0 = doc.one(r"(\d{4})年我局将全市(\d+)家重大危险源企业")
    r.year(int(yl0) == Y, f"联网年度 {yl0}")
    tg = doc.one(r"联网企业不少于(\d+)家，系统平均在线率不低于" + NUM + r"%，故障平均修复时长不超过" + NUM + r"小时，全年系统累计停运不超过"
                 + NUM + r"小时；二是提升预警处置效率，全年推送预警信息不少于(\d+)条，企业预警处置反馈率不低于" + NUM
                 + r"%，全年不发生危险化学品生产安全事故；三是企业满意度不低于" + NUM + "%")
    yb, annual = doc.one(r"本项目(\d{4})年预算" + NUM + "万元，全部为市级财政资金，年中无调整")
    r.year(int(yb) == Y, "budget year")
    f = doc.one(r"(\d{4})年(\d+)月市财政提前下达" + NUM + r"万元，(\d{4})年(\d+)月下达" + NUM + r"万元，实际到位" + NUM + r"万元，到位率" + NUM
                + r"%，剩余" + NUM + "万元")
    y1, m1, a1, y2, m2, a2, recv, recv_rate, rest = f
    r.year((int(y1) == Y - 1 and m1 == "12") or int(y1) == Y, "提前下达")
    r.year(int(y2) == Y, "下达年度")
    r.total(recv, [a1, a2], "到位 = 两批下达")
    r.rate(recv_rate, recv, annual, "到位率")
    r.diff(rest, annual, recv, "未下达 = 预算 - 到位")
    s = doc.one(r"全年支出" + NUM + r"万元，其中运维服务费" + NUM + r"万元、通信专线租赁费" + NUM + r"万元、备品备件费" + NUM + r"万元，预算执行率"
                + NUM + r"%，到位资金使用率" + NUM + "%")
    spent, ops, line, parts, rate, use_rate = s
    r.total(spent, [ops, line, parts], "支出 = 三项")
    r.rate(rate, spent, annual, "预算执行率 (prose)")
    r.rate(use_rate, spent, recv, "到位资金使用率")
    bal, = doc.one(r"年末结余" + NUM + "万元")
    r.diff(bal, recv, spent, "结余 = 到位 - 支出")
    contract, paid, rem, ynext = doc.one(r"合同金额" + NUM + r"万元，按季度考核付费。因第四季度运维费待考核，\d{4}年实际支付运维服务费" + NUM
                                         + r"万元，余款" + NUM + r"万元在(\d{4})年预算中安排")
    r.diff(rem, contract, paid, "合同余款")
    r.same(paid, ops, "运维服务费支付 restated", "万元", "万元")
    r.year(int(ynext) > Y, "余款安排年度")
    yp, = doc.one(r"(\d{4})年实际支付运维服务费")
    r.year(int(yp) == Y, "支付年度")
    ann2, rate2, ew, rate3, es = doc.one(r"按全年预算" + NUM + r"万元计，执行率" + NUM + r"%，预算执行得分为(\d+)×" + NUM + r"%=" + NUM + "分")
    r.same(ann2, annual, "全年预算 restated", "万元", "万元")
    r.rate(rate2, spent, ann2, "执行率 (四（一）)")
    r.same(rate3, rate2, "公式中的执行率", "%", "%")
    r.w(agree(es, N(ew) * N(rate3) / 100), "score_rule 执行得分公式")
    g1 = doc.one(r"联网企业(\d+)家，系统全年平均在线率" + NUM + r"%，其中上半年" + NUM + r"%、下半年" + NUM + "%")
    r.avg(g1[1], g1[2:], "上下半年在线率平均")
    fix, stop = doc.one(r"故障平均修复时长(\d+)小时，全年累计停运(\d+)小时")
    push, fb, fb_rate = doc.one(r"全年推送预警信息(\d+)条，企业反馈(\d+)条，反馈率" + NUM + "%")
    r.rate(fb_rate, fb, push, "反馈率")
    qn, qs, sat = doc.one(r"对(\d+)名企业安全管理人员开展问卷调查，满意(\d+)人，满意度" + NUM + "%")
    r.rate(sat, qs, qn, "满意度 (问卷)")
    sc = doc.one(r"预算执行得分" + NUM + r"分，三项年度目标分别得分" + NUM + r"分、" + NUM + r"分、" + NUM + r"分，合计" + NUM + "分")
    total_p, grade_p = doc.one(r"本项目自评得分" + NUM + r"分，等级为“(.)”")
    rest2, = doc.one(r"三是" + NUM + "万元预算资金未到位")
    r.same(rest2, rest, "未到位资金 restated", "万元", "万元")
    # --- table
    ex = doc.row("实际支出数（万元）执行率分值得分", 6)
    hw, = doc.one(r"预算执行情况（(\d+)分）", "T")
    r.check("weight_sum_mismatch", N(hw) == N(ex[4]), f"预算执行 header {hw}分 vs 分值 {ex[4]}")
    for a_, b_, nm in [(ex[0], annual, "全年预算"), (ex[1], recv, "到位"), (ex[2], spent, "支出")]:
        r.same(a_, b_, f"{nm} table/prose", "万元", "万元")
    r.rate(ex[3], ex[2], ex[0], "执行率 (table)")
    exec_score(r, ex[3], ex[2], ex[0], ex[4], ex[5])
    r.same(sc[0], ex[5], "执行得分 prose/table")
    r.same(es, ex[5], "执行得分公式/table")
    r.same(ew, ex[4], "执行分值公式/table")
    blocks = [["联网企业数", "系统平均在线率", "故障平均修复时长", "系统累计停运时长"],
              ["预警信息推送数", "预警处置反馈率", "危险化学品生产安全事故起数"], ["企业满意度"]]
    rows = {}
    for bi, blk in enumerate(blocks):
        for nm in blk:
            c = doc.row(nm, 5)
            rows[nm] = {"l1": f"目标{bi + 1}", "t": c[0], "a": c[1], "c": c[2], "w": c[3], "s": c[4]}
            indicator(r, nm, c[0], c[1], c[3], c[4], comp=c[2])
    subs = doc.all_after("小计", 2)
    assert len(subs) == 3
    for bi, (sw, ss) in enumerate(subs):
        mem = [rows[nm] for nm in blocks[bi]]
        r.check("weight_sum_mismatch", N(sw) == sum(N(x["w"]) for x in mem), f"目标{bi + 1} 小计分值 {sw}")
        r.check("score_sum_mismatch", agree(ss, sum(N(x["s"]) for x in mem)), f"目标{bi + 1} 小计得分 {ss}")
        r.check("score_sum_mismatch", agree(sc[bi + 1], sum(N(x["s"]) for x in mem)), f"目标{bi + 1} prose score {sc[bi + 1]}")
    tw, ts = doc.row("合计", 2)
    g_t, = doc.row("评价等级", 1)
    r.check("weight_sum_mismatch", N(ex[4]) + sum(N(sw) for sw, _ in subs) == N(tw) == 100, "block weights to 合计 100")
    r.check("score_sum_mismatch", agree(ts, N(ex[5]) + sum(N(ss) for _, ss in subs)), "block scores to 合计")
    table_sums(r, list(rows.values()), ex[4], ex[5], tw, [ts, total_p, sc[4]])

    def A(nm):
        p = pv(rows[nm]["a"])
        return p[3], p[2]

    def T(nm):
        p = pv(rows[nm]["t"])
        return p[3], p[2]
    for val, unit, nm in [(ent0, "家", "联网企业数"), (g1[0], "家", "联网企业数"), (g1[1], "%", "系统平均在线率"),
                          (fix, "小时", "故障平均修复时长"), (stop, "小时", "系统累计停运时长"), (push, "条", "预警信息推送数"),
                          (fb_rate, "%", "预警处置反馈率"), (sat, "%", "企业满意度")]:
        a, au = A(nm)
        r.same(val, a, f"{nm} prose/table", unit, au)
    for val, unit, nm in zip(tg, ["家", "%", "小时", "小时", "条", "%", "%"],
                             ["联网企业数", "系统平均在线率", "故障平均修复时长", "系统累计停运时长", "预警信息推送数", "预警处置反馈率", "企业满意度"]):
        t, tu = T(nm)
        r.same(val, t, f"{nm} target prose/table", unit, tu)
    grades(r, [(total_p, grade_p), (ts, g_t)])
    return r


# ================================================================ P5 纳溪 2025 (Sichuan table)
def p5(text):
    r, Y = R(), 2025
    doc = Doc(text, "附件")
    r.year(doc.one(r"(\d{4})年度泸州市纳溪区应急管理局项目支出")[0] == str(Y), "title year")
    r.year(doc.one(r"项目支出绩效自评表（(\d{4})年度）", "T")[0] == str(Y), "table year")
    ent0, y0, yl, ent_l, ent_d = doc.one(r"重大危险源企业(\d+)家，(\d{4})年全部接入.*?较(\d{4})年的(\d+)家增加(\d+)家")
    r.year(int(y0) == Y and int(yl) == Y - 1, "接入年度 / 上年")
    r.diff(ent_d, ent0, ent_l, "企业增加数", code="sum_mismatch")
    tg = doc.one(r"保障(\d+)家企业监测数据稳定接入，感知数据采集点位不少于(\d+)个，感知数据有效率不低于" + NUM + r"%，故障修复不超过" + NUM
                 + r"小时，预警信息处置率不低于" + NUM + "%")
    b = doc.one(r"年初批复" + NUM + r"万元，(\d+)月追加数据治理专项经费" + NUM + r"万元，全年预算" + NUM + r"万元，其中运维服务费" + NUM
                + r"万元、通信链路费" + NUM + r"万元、数据治理专项经费" + NUM + "万元")
    init, _, add, annual, ops, link, gov = b
    r.total(annual, [init, add], "全年 = 年初 + 追加")
    r.total(annual, [ops, link, gov], "全年 = 三项")
    r.same(gov, add, "数据治理专项 = 追加", "万元", "万元")
    f = doc.one(r"(\d{4})年12月提前下达" + NUM + r"万元，(\d{4})年(\d+)月下达" + NUM + r"万元，(\d+)月下达追加资金" + NUM + r"万元，到位" + NUM
                + r"万元，资金到位率" + NUM + "%")
    ya, a1, yb, _, a2, _, a3, recv, recv_rate = f
    r.year(int(ya) == Y - 1 and int(yb) == Y, "下达年度")
    r.total(recv, [a1, a2, a3], "到位 = 三批下达")
    r.same(a3, add, "追加资金 restated", "万元", "万元")
    r.rate(recv_rate, recv, annual, "到位率")
    spent, rate, ops_sp, link_sp, gov_sp = doc.one(r"全年支出" + NUM + r"万元，执行率" + NUM + r"%，其中支付运维服务费" + NUM + r"万元、通信链路费"
                                                   + NUM + r"万元、数据治理专项经费" + NUM + "万元")
    r.rate(rate, spent, annual, "执行率 (prose)")
    r.total(spent, [ops_sp, link_sp, gov_sp], "支出 = 三项")
    link_b, link_s, link_rate = doc.one(r"通信链路费预算" + NUM + r"万元，实际支出" + NUM + r"万元，执行率" + NUM + "%")
    r.rate(link_rate, link_s, link_b, "通信链路费执行率")
    r.same(link_b, link, "通信链路费预算 restated", "万元", "万元")
    r.same(link_s, link_sp, "通信链路费支出 restated", "万元", "万元")
    bal, = doc.one(r"年末结余" + NUM + "万元")
    r.diff(bal, recv, spent, "结余 = 到位 - 支出")
    o = doc.one(r"全年接入企业(\d+)家，感知数据采集点位(\d+)个，现场巡检(\d+)次；感知数据有效率" + NUM + r"%，未达到" + NUM + "%的目标")
    fix, = doc.one(r"故障平均修复时长" + NUM + "小时")
    nq, = doc.one(r"全年(\d+)个季度运维考核得分")
    qs = doc.one(r"运维考核得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分，平均" + NUM + "分")
    r.check("sum_mismatch", int(nq) == 4, f"{nq}个季度 but 4 scores listed")
    r.avg(qs[4], qs[:4], "季度考核平均分")
    npts, per = doc.one(r"按(\d+)个点位计，点位年均运维服务费约(\d+)元")
    r.per_unit(per, "元", N(ops_sp) / N(npts), "点位年均运维服务费")
    push, done, done_rate = doc.one(r"全年推送预警信息(\d+)条，处置(\d+)条，处置率" + NUM + "%")
    r.rate(done_rate, done, push, "处置率")
    concl = doc.allm(r"项目自评得分" + NUM + r"分，评价等级为(.)") + doc.allm(r"项目自评得分" + NUM + r"分，评价等级为(.)", "T")
    assert len(concl) == 2
    # --- table
    tot, comps = fund_rows(r, doc, "年度资金总额", ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"])
    for a_, b_, nm in [(tot[0], init, "年初"), (tot[1], annual, "全年"), (tot[2], spent, "执行")]:
        r.same(a_, b_, f"{nm} table/prose", "万元", "万元")
    names = [("产出指标", "接入监测企业数"), ("产出指标", "感知数据采集点位"), ("产出指标", "现场巡检次数"), ("产出指标", "感知数据有效率"),
             ("产出指标", "故障修复时限"), ("产出指标", "运维成本控制数"), ("效益指标", "预警信息处置率"),
             ("效益指标", "危化企业生产安全事故起数"), ("效益指标", "运维长效机制"), ("满意度指标", "企业满意度")]
    rows = {}
    for l1, nm in names:
        j = doc.seq(nm)
        nat = doc.T[j]
        if nat == "定性":
            val, act, w, s = doc.T[j + 1:j + 5]
            tgt, actual = val, act
        else:
            val, unit, act, w, s = doc.T[j + 1:j + 6]
            tgt, actual = nat + val + unit, act + unit
        rows[nm] = {"l1": l1, "t": tgt, "a": actual, "w": w, "s": s}
        indicator(r, nm, tgt, actual, w, s)

    def A(nm):
        p = pv(rows[nm]["a"])
        return p[3], p[2]

    def T(nm):
        p = pv(rows[nm]["t"])
        return p[3], p[2]
    for val, unit, nm in [(ent0, "家", "接入监测企业数"), (o[0], "家", "接入监测企业数"), (o[1], "个", "感知数据采集点位"),
                          (npts, "个", "感知数据采集点位"), (o[2], "次", "现场巡检次数"), (o[3], "%", "感知数据有效率"),
                          (fix, "小时", "故障修复时限"), (done_rate, "%", "预警信息处置率"), (spent, "万元", "运维成本控制数")]:
        a, au = A(nm)
        r.same(val, a, f"{nm} prose/table", unit, au)
    for val, unit, nm in [(tg[0], "家", "接入监测企业数"), (tg[1], "个", "感知数据采集点位"), (tg[2], "%", "感知数据有效率"),
                          (o[4], "%", "感知数据有效率"), (tg[3], "小时", "故障修复时限"), (tg[4], "%", "预警信息处置率"),
                          (annual, "万元", "运维成本控制数")]:
        t, tu = T(nm)
        r.same(val, t, f"{nm} target prose/table", unit, tu)
    gt, = doc.one(r"保障(\d+)家企业监测数据稳定接入，预警信息及时处置", "T")
    r.same(gt, T("接入监测企业数")[0], "goal box 目标企业数")
    gb = doc.one(r"(\d+)家企业全部接入，预警处置率" + NUM + "%", "T")
    r.same(gb[0], A("接入监测企业数")[0], "goal box 企业数")
    r.same(gb[1], A("预警信息处置率")[0], "goal box 处置率")
    tw, ts = doc.row("总分", 2)
    table_sums(r, list(rows.values()), tot[3], tot[5], tw, [ts] + [c[0] for c in concl])
    grades(r, concl)
    return r


CHECKS = {"js-taixing-whpyujing-2021": p1, "sd-kenli-whpjiance-bumen-2022": p2, "zj-quzhou-whpyunwei-2024": p3,
          "hb-qianjiang-whpyunwei-2019": p4, "sc-naxi-whpyujing-2025": p5}


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, a[p:len(a) - s], b[p:len(b) - s]


def main():
    verbose = "-v" in sys.argv
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    problems, counts, per_src = [], Counter(), Counter()
    assert len(labels) == 35, len(labels)
    cleans = {}
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if lab["clean"]:
            cleans[lab["source"]] = text
    for lab in labels:
        name, src = lab["case"], lab["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        per_src[src] += 1
        try:
            r = CHECKS[src](text)
        except AssertionError as e:
            problems.append(f"{name}: could not read figures: {e}")
            continue
        failing = sorted({c for c, ok, _ in r.res if not ok})
        if verbose:
            print(name, len(r.res), "checks; failing:", failing, "warnings:", r.warn)
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if failing:
                problems.append(f"{name}: clean draft fails {[(c, m) for c, ok, m in r.res if not ok]}")
            if r.warn:
                problems.append(f"{name}: clean draft has warnings {r.warn}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: length {n} outside 1500-5000")
            continue
        exp = lab["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in CODES:
            problems.append(f"{name}: expected must be one error of the fixed vocabulary")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] += 1
        if failing != [code]:
            problems.append(f"{name}: labelled {code}, failing {failing}: "
                            f"{[m for c, ok, m in r.res if not ok]}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)}x")
            continue
        p, old, new = diff_region(cleans[src], text)
        if not (old or new) or max(len(old), len(new)) > 40:
            problems.append(f"{name}: edit size {len(old)}/{len(new)}")
        vs = text.index(value)
        ve = vs + len(value)
        if not (vs < p + max(len(new), 1) and p < ve):
            problems.append(f"{name}: value [{vs},{ve}) does not overlap the edit at {p}")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]}x (< 2)")
    for s, n in per_src.items():
        if n != 7:
            problems.append(f"source {s}: {n} cases")
    if problems:
        print("\n".join(problems))
        print("FAIL")
        sys.exit(1)
    if verbose:
        print(dict(counts))
    print("OK")


if __name__ == "__main__":
    main()
