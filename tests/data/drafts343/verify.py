#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps the label value; each of the 13 error codes occurs >= 2 times;
2. the arithmetic of every draft is redone from the text with decimal.Decimal (rules.md §5–§8):
   every clean draft passes all checks; in every error case the labelled code fails and no other
   error-level code fails. Score-rule checks (rules §5) are warnings: required to pass on clean
   drafts, ignored on error cases.
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
NUM = r"(\d[\d,]*(?:\.\d+)?)"
HUNDRED = D(100)
WAN = D(10000)


# ----------------------------------------------------------------------------- values
class V:
    """A number as written: exact value and its number of decimals (rules §8)."""

    def __init__(self, raw):
        self.raw = raw
        s = raw.replace(",", "")
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0

    def __repr__(self):
        return self.raw


def tol(v):
    return D("0.5") * D(10) ** (-v.d) + D("1e-9")


def ok(v, computed):
    """stated V consistent with an exact computed value."""
    return abs(computed - v.v) <= tol(v)


def same(a, b):
    """two stated values of one quantity agree (each within the other's precision)."""
    return abs(a.v - b.v) <= max(tol(a), tol(b))


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def to_wan(v, unit):
    return {"万元": v.v, "元": v.v / WAN, "亿元": v.v * WAN}[unit]


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


QRE = re.compile(r"(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)")


def parse_q(s):
    """target/actual cell -> (direction sign, V, unit) or None when qualitative."""
    m = QRE.fullmatch(s.strip())
    if not m:
        return None
    return m.group(1) or "", V(m.group(2)), m.group(3).strip()


# ----------------------------------------------------------------------------- checker
class Check:
    def __init__(self, text):
        self.t = text
        self.errors = []    # (code, message)
        self.warnings = []  # (code, message)

    # -- extraction
    def m(self, pat, text=None):
        ms = list(re.finditer(pat, self.t if text is None else text))
        if len(ms) != 1:
            raise AssertionError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def n(self, pat, text=None, g=1):
        return V(self.m(pat, text).group(g))

    def ns(self, pat, text=None):
        return [V(x) for x in self.m(pat, text).groups()]

    def section(self, start, end):
        i = self.t.index(start)
        j = self.t.index(end, i)
        return self.t[i:j]

    def table(self, header, sep):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header)]
        if len(idx) != 1:
            raise AssertionError(f"table header {header!r} found {len(idx)} times")
        rows = []
        for l in lines[idx[0] + 1:]:
            if not l.strip():
                break
            rows.append(l.split(sep))
        return lines[idx[0]].split(sep), rows

    # -- reporting
    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # -- identities
    def eq(self, code, stated, computed, what):
        if not ok(stated, computed):
            self.err(code, f"{what}: stated {stated.raw}, computed {computed}")

    def rate(self, stated_pct, num, den, what):
        """I1/I2: rate = num/den; zero base or >100% -> implausible_rate."""
        if den == 0:
            self.err("implausible_rate", f"{what}: rate {stated_pct.raw}% on a zero base")
            return
        if stated_pct.v > 100:
            self.err("implausible_rate", f"{what}: rate {stated_pct.raw}% above 100%")
            return
        self.eq("rate_mismatch", stated_pct, num / den * HUNDRED, what)

    def same(self, a, b, what):
        if not same(a, b):
            self.err("conflicting_values", f"{what}: {a.raw} vs {b.raw}")

    def money_sum(self, total, parts, what, code="sum_mismatch"):
        """I4 with units: total=(V, unit), parts=[(V, unit)]; a part off by 10^4/10^8 -> unit_mismatch."""
        tv = to_wan(*total)
        pv = [to_wan(*p) for p in parts]
        t_tol = tol(total[0]) * (to_wan(V("1"), total[1]))
        if abs(sum(pv) - tv) <= t_tol:
            return
        for i in range(len(pv)):
            for f in (WAN, 1 / WAN, WAN * WAN, 1 / (WAN * WAN)):
                alt = sum(pv) - pv[i] + pv[i] * f
                if abs(alt - tv) <= t_tol:
                    self.err("unit_mismatch", f"{what}: part {parts[i][0].raw}{parts[i][1]} off by a power of ten")
                    return
        self.err(code, f"{what}: parts {sum(pv)} vs total {tv}")

    def plain_sum(self, total, parts, what, code="sum_mismatch"):
        self.eq(code, total, sum(p.v for p in parts), what)

    def average(self, stated, items, what):
        self.eq("average_mismatch", stated, sum(i.v for i in items) / len(items), what)

    def grade(self, total, label, what):
        g = GRADE_NORM[label]
        if band(total.v) != g:
            self.err("grade_mismatch", f"{what}: {total.raw} is {band(total.v)}, stated {label}")

    def year_eq(self, y, expected, what):
        if y != expected:
            self.err("year_mismatch", f"{what}: {y} vs evaluation year {expected}")

    # -- indicator rows
    def indicator_rows(self, rows, c):
        """rows: list of cell lists; c: column indices name/level/target/actual/weight/score[/comp].
        Returns (items, total_weight V or None, total_score V or None)."""
        items, tw, ts = [], None, None
        for r in rows:
            if r[0].startswith("合计"):
                tw, ts = V(r[c["weight"]]), V(r[c["score"]])
                continue
            item = {"level": r[c["level"]], "name": r[c["name"]], "w": V(r[c["weight"]]),
                    "s": V(r[c["score"]]), "target": r[c["target"]], "actual": r[c["actual"]],
                    "comp": r[c["comp"]] if "comp" in c else None}
            items.append(item)
            self.row(item)
        return items, tw, ts

    def row(self, it):
        name, w, s = it["name"], it["w"], it["s"]
        if s.v > w.v or s.v < 0:
            self.err("score_exceeds_weight", f"{name}: score {s.raw} > weight {w.raw}")
        tq, aq = parse_q(it["target"]), parse_q(it["actual"])
        if tq is None or aq is None:
            if (tq is None) != (aq is None) and not re.search(r"\d", it["target"]) is None:
                pass
            return  # qualitative row
        sign, t, tu = tq
        _, a, au = aq
        if tu != au:
            self.err("unit_mismatch", f"{name}: target unit {tu!r}, actual unit {au!r}")
            return
        if au == "%" and ("率" in name or "满意度" in name) and a.v > 100:
            self.err("implausible_rate", f"{name}: {a.raw}% above 100%")
            return
        if sign in ("≤", "＜", "<="):
            comp = HUNDRED if a.v <= t.v else t.v / a.v * HUNDRED
            rule = w.v if a.v <= t.v else w.v * t.v / a.v
        elif t.v == 0:
            comp = None
            rule = w.v if a.v <= 0 else D(0)
        else:
            comp = a.v / t.v * HUNDRED
            rule = min(w.v, w.v * a.v / t.v)
        if it["comp"] not in (None, "—"):
            cv = V(it["comp"].rstrip("%"))
            if comp is None or not ok(cv, comp):
                self.err("completion_mismatch", f"{name}: completion {it['comp']} vs {comp}")
            else:
                rule_from_comp = min(w.v, w.v * cv.v / HUNDRED)
                if ok(s, rule_from_comp):
                    rule = rule_from_comp
        if not ok(s, rule):
            self.warn("score_rule_mismatch", f"{name}: score {s.raw} vs rule {q2(rule)}")

    def weights_and_scores(self, items, tw, ts, level_w=None, level_s=None):
        """I6/I7: Σ weights = 100 (= stated total), level sums; Σ scores = stated total."""
        sw = sum(i["w"].v for i in items)
        if sw != 100:
            self.err("weight_sum_mismatch", f"Σ weights {sw} ≠ 100")
        if tw is not None and tw.v != sw:
            self.err("weight_sum_mismatch", f"Σ weights {sw} vs 合计 {tw.raw}")
        for lvl, stated in (level_w or {}).items():
            got = sum(i["w"].v for i in items if i["level"].startswith(lvl))
            if got != stated.v:
                self.err("weight_sum_mismatch", f"{lvl}: rows {got} vs stated {stated.raw}")
        ss = sum(i["s"].v for i in items)
        if ts is not None:
            self.eq("score_sum_mismatch", ts, ss, "Σ scores vs 合计")
        for lvl, stated in (level_s or {}).items():
            got = sum(i["s"].v for i in items if i["level"].startswith(lvl))
            self.eq("score_sum_mismatch", stated, got, f"{lvl} block score")
        return ss

    def find(self, items, name):
        r = [i for i in items if i["name"] == name]
        assert len(r) == 1, name
        return r[0]


def actual_v(item):
    q = parse_q(item["actual"])
    return q[1] if q else None


# ----------------------------------------------------------------------------- projects
def check_xuchang(c):
    Y = int(c.n(r"\n(\d{4})年度驾培机构").raw)
    c.year_eq(int(c.n(r"截至(\d{4})年12月31日").raw), Y, "截至 date")
    c.year_eq(int(c.n(r"(\d{4})年年初批复").raw), Y, "年初批复 year")
    carry_to = int(c.n(r"结转至(\d{4})年").raw)
    if carry_to <= Y:
        c.err("year_mismatch", f"carried over to {carry_to} in a {Y} report")
    init = c.n(r"年初批复项目预算" + NUM + "万元")
    add = c.n(r"同意追加" + NUM + "万元")
    carry = c.n(r"平台运维尾款" + NUM + "万元按规定结转")
    annual = c.n(r"调整后全年预算为" + NUM + "万元")
    c.plain_sum(annual, [init, add, carry], "年初 + 追加 + 上年结转 = 全年预算")
    c.same(c.n(r"全年预算资金" + NUM + "万元已全部拨付到位"), annual, "全年预算 restated")
    spent = c.n(r"项目实际支出" + NUM + "万元")
    rate = c.n(r"预算执行率" + NUM + "%。")
    c.rate(rate, spent.v, annual.v, "预算执行率 (text)")
    parts = c.ns(r"平台运行维护费" + NUM + r"万元，车载终端数据服务费" + NUM + r"万元，数据接口改造费" + NUM
                 + r"万元，学时核查及数据分析费" + NUM + "万元")
    c.plain_sum(spent, parts, "支出构成")
    unit_price = c.n(r"每台每年" + NUM + "元")
    terminals = c.n(r"计时终端安装" + NUM + "台")
    c.money_sum((parts[1], "万元"), [(V(str(unit_price.v * terminals.v)), "元")], "终端数据服务费 = 台数 × 单价")
    unspent = c.n(r"年末未支出资金" + NUM + "万元")
    c.eq("balance_mismatch", unspent, annual.v - spent.v, "未支出 = 全年预算 − 执行")
    c.plain_sum(unspent, c.ns(r"质保金" + NUM + r"万元、12月份平台运维服务费" + NUM + "万元"), "未支出 components")

    # 表1 funds
    _, rows = c.table("资金来源｜年初预算数", "｜")
    f = {r[0]: r for r in rows}
    tot, fis, car, oth = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.plain_sum(V(tot[col]), [V(fis[col]), V(car[col]), V(oth[col])], f"表1 {label} column")
    for r in (tot, fis, car, oth):
        if r[5] == "—":
            if V(r[2]).v != 0:
                c.err("rate_mismatch", f"表1 {r[0]}: rate missing")
            continue
        c.rate(V(r[5].rstrip("%")), V(r[3]).v, V(r[2]).v, f"表1 {r[0]} 执行率")
    ex_score = V(tot[6])
    if not ok(ex_score, V(tot[4]).v * min(D(1), V(tot[3]).v / V(tot[2]).v)):
        c.warn("score_rule_mismatch", "表1 execution score")
    c.same(V(tot[1]), init, "年初预算 table vs text")
    c.same(V(tot[2]), annual, "全年预算 table vs text")
    c.same(V(tot[3]), spent, "执行数 table vs text")
    c.same(V(tot[5].rstrip("%")), rate, "执行率 table vs text")
    c.same(V(car[2]), carry, "上年结转 table vs text")
    c.plain_sum(V(fis[2]), [init, add], "当年财政拨款 = 年初 + 追加")

    # 表2 indicators
    lw = dict(zip(["产出", "效益", "满意度", "预算执行"],
                  c.ns(r"按产出指标" + NUM + r"分、效益指标" + NUM + r"分、满意度指标" + NUM + r"分、预算执行率"
                       + NUM + r"分设置权重")))
    lw_total = c.n(r"设置权重，合计" + NUM + "分")
    s = sum(v.v for v in lw.values())
    if s != lw_total.v or lw_total.v != 100:
        c.err("weight_sum_mismatch", f"level weights {s} vs 合计 {lw_total.raw}")
    _, rows = c.table("一级指标｜二级指标｜三级指标", "｜")
    cols = {"level": 0, "name": 2, "target": 3, "actual": 4, "weight": 5, "score": 6}
    items, tw, ts = c.indicator_rows(rows, cols)
    c.weights_and_scores(items, tw, ts, level_w=lw)
    total_text = c.n(r"本项目得分" + NUM + "分")
    c.same(total_text, ts, "总分 text vs table")
    c.grade(total_text, c.m(r"评价等级为(优秀|优|良好|良|中等|中|差)").group(1), "grade")
    c.same(actual_v(c.find(items, "预算执行率")), rate, "表2 执行率 vs text")
    c.same(V(c.find(items, "预算执行率")["s"].raw), ex_score, "execution score 表1 vs 表2")
    base = c.n(r"平台接入驾培机构" + NUM + "家")
    incr = c.n(r"较上年增加" + NUM + "家")
    c.plain_sum(actual_v(c.find(items, "接入平台的驾培机构数量")), [base, incr], "2020 + 新增 = 接入机构")
    c.same(terminals, actual_v(c.find(items, "教练车计时终端安装数量")), "终端数 text vs table")
    for pat, name in ((r"运行可用率" + NUM + "%", "平台年度运行可用率"),
                      (r"故障平均响应时间" + NUM + "小时", "故障平均响应时间"),
                      (r"，电子培训记录合格率" + NUM + "%", "电子培训记录合格率"),
                      (r"学员投诉按期办结率" + NUM + "%，", "学员投诉按期办结率"),
                      (r"虚假学时识别拦截率" + NUM + "%，", "虚假学时识别拦截率"),
                      (r"学员满意度" + NUM + "%。", "学员满意度")):
        c.same(c.n(pat), actual_v(c.find(items, name)), f"{name} text vs table")
    it = c.find(items, "学时数据专项核查次数")
    tq, aq = parse_q(it["target"]), parse_q(it["actual"])
    if tq[2] == aq[2]:
        c.plain_sum(tq[1], [aq[1], c.n(r"较计划少开展" + NUM + "次")], "核查次数 gap")


def check_fengcheng(c):
    Y = int(c.n(r"\n(\d{4})年度现代物流园区").raw)
    c.year_eq(int(c.n(r"截至(\d{4})年12月31日").raw), Y, "截至 date")
    c.year_eq(int(c.n(r"已于(\d{4})年12月提前下达").raw), Y - 1, "advance issue (December before)")
    budget = c.n(r"项目全年预算" + NUM + "万元")
    prov, city = c.ns(r"省级服务业发展引导资金" + NUM + r"万元和市级配套资金" + NUM + "万元组成")
    c.plain_sum(budget, [prov, city], "全年预算 = 省级 + 市级")
    m = c.m(r"冷链仓储中心" + NUM + r"(万元|元)、智能分拣中心" + NUM + r"(万元|元)、园区道路及停车场" + NUM
            + r"(万元|元)、公共信息平台" + NUM + r"(万元|元)，合计" + NUM + "万元")
    g = m.groups()
    approved = [(V(g[0]), g[1]), (V(g[2]), g[3]), (V(g[4]), g[5]), (V(g[6]), g[7])]
    c.money_sum((V(g[8]), "万元"), approved, "核定补助 4 items")
    c.same(V(g[8]), budget, "核定合计 vs 全年预算")
    area = c.n(r"新建标准化仓储面积" + NUM + "万平方米，按")
    price = c.n(r"按每平方米" + NUM + "元的标准")
    c.money_sum(approved[1], [(V(str(area.v * WAN * price.v)), "元")], "智能分拣 = 面积 × 标准")
    received = c.n(r"项目资金实际到位" + NUM + "万元")
    rrate = c.n(r"资金到位率" + NUM + "%")
    c.rate(rrate, received.v, budget.v, "到位率 (text)")
    prov_rec = c.n(r"其中省级资金" + NUM + "万元全部到位")
    c.same(prov_rec, prov, "省级全部到位")
    city_rec = c.n(r"市级配套资金到位" + NUM + "万元")
    c.plain_sum(received, [prov_rec, city_rec], "到位 = 省级 + 市级")
    c.eq("balance_mismatch", c.n(r"其余" + NUM + "万元因财政"), city.v - city_rec.v, "市级未到位")
    paid = c.n(r"全年实际拨付补助资金" + NUM + "万元")
    erate = c.n(r"预算执行率" + NUM + "%，分项目")
    c.rate(erate, paid.v, budget.v, "执行率 (text)")
    c.plain_sum(paid, c.ns(r"分项目为：冷链仓储中心" + NUM + r"万元、智能分拣中心" + NUM + r"万元、园区道路及停车场" + NUM
                           + r"万元、公共信息平台" + NUM + "万元"), "拨付 4 items")
    c.eq("balance_mismatch", c.n(r"形成结余资金" + NUM + "万元"), received.v - paid.v, "结余 = 到位 − 执行")
    # 表1
    _, rows = c.table("资金来源\t全年预算数", "\t")
    f = {r[0]: r for r in rows}
    srcs = [f["省级服务业发展引导资金"], f["市级配套资金"], f["其他资金"]]
    tot = f["合计"]
    for col, label in ((1, "全年预算数"), (2, "实际到位数"), (3, "全年执行数")):
        c.plain_sum(V(tot[col]), [V(r[col]) for r in srcs], f"表1 {label} column")
    for r in srcs + [tot]:
        for col, num_col, label in ((4, 2, "到位率"), (5, 3, "执行率")):
            if r[col] == "—":
                if V(r[1]).v != 0:
                    c.err("rate_mismatch", f"{r[0]} {label} missing")
                continue
            c.rate(V(r[col].rstrip("%")), V(r[num_col]).v, V(r[1]).v, f"表1 {r[0]} {label}")
    c.same(V(tot[1]), budget, "预算 table vs text")
    c.same(V(tot[2]), received, "到位 table vs text")
    c.same(V(tot[3]), paid, "执行 table vs text")
    c.same(V(tot[4].rstrip("%")), rrate, "到位率 table vs text")
    c.same(V(tot[5].rstrip("%")), erate, "执行率 table vs text")
    c.same(V(srcs[1][2]), city_rec, "市级到位 table vs text")
    # averages and counts
    m = c.m(r"分别较上年下降" + NUM + "万元、" + NUM + "万元、" + NUM + "万元、" + NUM + "万元和" + NUM
            + r"万元，平均每家下降" + NUM + "万元")
    vals = [V(x) for x in m.groups()]
    c.average(vals[5], vals[:5], "平均每家下降")
    firms, firms0, firms_add = c.ns(r"园区入驻物流企业" + NUM + r"家，较2019年的" + NUM + r"家增加" + NUM + "家")
    c.plain_sum(firms, [firms0, firms_add], "入驻企业 2019 + 增加")
    # 表2
    _, rows = c.table("一级指标\t二级指标", "\t")
    cols = {"level": 0, "name": 2, "weight": 3, "target": 4, "actual": 5, "comp": 6, "score": 7}
    items, tw, ts = c.indicator_rows(rows, cols)
    c.weights_and_scores(items, tw, ts)
    c.grade(ts, c.m(r'自评等级为"(优|良|中|差)"').group(1), "grade vs 合计")
    c.same(actual_v(c.find(items, "预算执行率")), erate, "表2 执行率 vs text")
    c.same(actual_v(c.find(items, "补助资金年内拨付比例")), erate, "拨付比例 vs 执行率")
    c.same(actual_v(c.find(items, "园区入驻物流企业数量")), firms, "入驻企业 text vs table")
    c.same(actual_v(c.find(items, "新建标准化仓储面积")), area, "仓储面积 text vs table")
    c.same(actual_v(c.find(items, "仓储面积补助标准")), price, "补助标准 text vs table")
    for pat, name in ((r"新增冷库库容" + NUM + "吨，", "新增冷库库容"),
                      (r"新增就业岗位" + NUM + "个，", "新增就业岗位"),
                      (r"满意度为" + NUM + "%", "入驻企业满意度")):
        c.same(c.n(pat), actual_v(c.find(items, name)), f"{name} text vs table")


def check_puer(c):
    Y = int(c.n(r"普洱市邮政管理局(\d{4})年度").raw)
    c.year_eq(int(c.n(r"截至(\d{4})年12月31日").raw), Y, "截至 date")
    c.year_eq(int(c.n(r"项目实施期为(\d{4})年").raw), Y, "实施期")
    budget, insp, grant = c.ns(r"项目全年预算" + NUM + r"万元，其中监督检查工作经费" + NUM + r"万元，乡镇网点提升改造补助" + NUM + "万元")
    c.plain_sum(budget, [insp, grant], "全年预算 components")
    per, cnt, need = c.ns(r"按每个网点" + NUM + r"元的标准安排，" + NUM + r"个网点共需" + NUM + "万元")
    c.money_sum((need, "万元"), [(V(str(per.v * cnt.v)), "元")], "改造补助 = 标准 × 网点数")
    c.same(need, grant, "改造补助 restated")
    rec, rrate = c.ns(r"项目资金" + NUM + r"万元全部到位，到位率" + NUM + "%")
    c.same(rec, budget, "全部到位")
    c.rate(rrate, rec.v, budget.v, "到位率")
    spent, erate = c.ns(r"全年实际支出" + NUM + r"万元，执行率" + NUM + "%")
    c.rate(erate, spent.v, budget.v, "执行率")
    s_insp, s_grant = c.ns(r"监督检查工作经费支出" + NUM + r"万元，网点改造补助支出" + NUM + "万元")
    c.plain_sum(spent, [s_insp, s_grant], "支出 components")
    b1n, b1, b2n, b2 = c.ns(r"首批" + NUM + r"个网点" + NUM + r"万元于9月拨付，第二批" + NUM + r"个网点" + NUM + "万元")
    c.plain_sum(s_grant, [b1, b2], "two batches")
    c.plain_sum(cnt, [b1n, b2n], "batch counts")
    bal = c.n(r"经费结余" + NUM + "万元")
    c.eq("balance_mismatch", bal, insp.v - s_insp.v, "监督检查经费结余")
    c.eq("balance_mismatch", bal, rec.v - spent.v, "项目结余 = 到位 − 支出")
    # scoring in prose
    lw = dict(zip(["执行", "产出", "效益", "满意度"],
                  c.ns(r"按预算执行" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM + r"分、满意度指标" + NUM + "分")))
    if sum(v.v for v in lw.values()) != 100:
        c.err("weight_sum_mismatch", "level weights ≠ 100")
    pairs_re = r"得" + NUM + r"分（满分" + NUM + r"分）"
    blocks = {
        "执行": c.section("（一）预算执行情况", "（二）产出指标"),
        "产出": c.section("（二）产出指标", "（三）效益指标"),
        "效益": c.section("（三）效益指标", "（四）满意度指标"),
        "满意度": c.section("（四）满意度指标", "五、自评结论"),
    }
    bsum = {}
    for k, txt in blocks.items():
        ps = [(V(a), V(b)) for a, b in re.findall(pairs_re, txt)]
        assert ps, k
        for s, w in ps:
            if s.v > w.v or s.v < 0:
                c.err("score_exceeds_weight", f"{k}: {s.raw} > {w.raw}")
        sw = sum(w.v for _, w in ps)
        if sw != lw[k].v:
            c.err("weight_sum_mismatch", f"{k}: item weights {sw} vs {lw[k].raw}")
        bsum[k] = sum(s.v for s, _ in ps)
    c.eq("score_sum_mismatch", c.n(r"产出指标合计得" + NUM + "分"), bsum["产出"], "产出合计")
    c.eq("score_sum_mismatch", c.n(r"效益指标合计得" + NUM + "分"), bsum["效益"], "效益合计")
    total = c.n(r"本项目自评得分" + NUM + "分")
    c.eq("score_sum_mismatch", total, sum(bsum.values()), "总分")
    c.grade(total, c.m(r"评价等级为(优秀|良好|中等|合格|较差)").group(1), "grade")
    last, up = c.ns(r"自评得分为" + NUM + r"分，本年度提高" + NUM + "分")
    c.eq("score_sum_mismatch", up, total.v - last.v, "比上年提高")
    # rule warnings on scores
    ex = c.n(r"预算执行得" + NUM + "分")
    if not ok(ex, D(10) * spent.v / budget.v):
        c.warn("score_rule_mismatch", "execution score")
    # completion and derived rates
    tgt, act, comp, sc = c.ns(r"目标" + NUM + r"个次，全年实际检查" + NUM + r"个次，完成率" + NUM + r"%，得" + NUM + "分")
    c.eq("completion_mismatch", comp, act.v / tgt.v * HUNDRED, "监督检查完成率")
    if not ok(sc, D(10) * act.v / tgt.v):
        c.warn("score_rule_mismatch", "监督检查 score")
    qs = c.ns(r"四个季度分别检查" + NUM + r"个次、" + NUM + r"个次、" + NUM + r"个次、" + NUM + r"个次，季度平均" + NUM + "个次")
    c.average(qs[4], qs[:4], "季度平均")
    c.plain_sum(act, qs[:4], "四个季度合计")
    found, fixed, rate_fix, rest = c.ns(r"发现问题" + NUM + r"项，至年底已整改" + NUM + r"项，整改率" + NUM + r"%，其余" + NUM + "项")
    c.rate(rate_fix, fixed.v, found.v, "整改率")
    c.plain_sum(found, [fixed, rest], "问题 = 已整改 + 其余")
    n16, n12, r75 = c.ns(NUM + r"个网点中" + NUM + r"个在11月底前投入使用，按期投用率" + NUM + "%")
    c.rate(r75, n12.v, n16.v, "按期投用率")
    n16b, n14, r875 = c.ns(NUM + r"个改造网点中" + NUM + r"个保持正常营业，持续运营率" + NUM + "%")
    c.rate(r875, n14.v, n16b.v, "持续运营率")
    for n in (n16, n16b):
        c.same(n, cnt, "改造网点数")
    surveyed, happy, sat = c.ns(r"共调查用户" + NUM + r"人，表示满意的" + NUM + r"人，用户满意度" + NUM + "%")
    c.rate(sat, happy.v, surveyed.v, "用户满意度")
    a19, a18, a_all = c.ns(r"本年度改造的" + NUM + r"处与2018年改造的" + NUM + r"处合计" + NUM + "处")
    c.plain_sum(a_all, [a19, a18], "改造网点累计")
    c.same(a18, c.n(r"已完成第一批" + NUM + "个乡镇网点"), "2018 改造数")
    for txt_pat, tgt_v, w in ((r"按期投用率" + NUM + r"%，得" + NUM + "分", D(90), D(5)),
                              (r"实际" + NUM + r"%，得" + NUM + r"分（满分10分），个别", D(98), D(10)),
                              (r"持续运营率" + NUM + r"%，得" + NUM + "分", D(95), D(10))):
        a, s = c.ns(txt_pat)
        if not ok(s, min(w, w * a.v / tgt_v)):
            c.warn("score_rule_mismatch", txt_pat)


def check_rucheng(c):
    Y = int(c.n(r"\n(\d{4})年度农村客货邮").raw)
    c.year_eq(int(c.n(r"截至(\d{4})年12月31日").raw), Y, "截至 date")
    carry_to = int(c.n(r"结转至(\d{4})年支付").raw)
    if carry_to <= Y:
        c.err("year_mismatch", f"carried over to {carry_to}")
    budget, prov, county = c.ns(r"项目全年预算" + NUM + r"万元，其中省级农村客货邮融合发展补助资金" + NUM + r"万元、县级配套资金" + NUM + "万元")
    c.plain_sum(budget, [prov, county], "全年预算 components")
    spent, erate = c.ns(r"项目实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.rate(erate, spent.v, budget.v, "执行率")
    m = c.m(r"全年支出" + NUM + r"万元，其中乡镇综合服务站建设" + NUM + r"万元、村级服务点建设" + NUM + r"万元、融合车辆改装补助" + NUM
            + r"万元、信息系统及运营补贴" + NUM + "万元")
    spent2, st_amt, vp_amt, car_amt, sys_amt = [V(x) for x in m.groups()]
    c.same(spent2, spent, "全年支出 restated")
    c.plain_sum(spent2, [st_amt, vp_amt, car_amt, sys_amt], "支出 components")
    stations = c.n(r"（二）产出。建成乡镇客货邮综合服务站" + NUM + "个")
    st_price = c.n(r"乡镇综合服务站每个补助" + NUM + "万元")
    c.plain_sum(st_amt, [V(str(stations.v * st_price.v))], "服务站 = 个数 × 标准")
    vp_n = c.n(r"建成村级服务点" + NUM + "个")
    vp_price = c.n(r"村级服务点每个补助" + NUM + "元")
    c.money_sum((vp_amt, "万元"), [(V(str(vp_n.v * vp_price.v)), "元")], "村级服务点 = 个数 × 标准")
    cars, car_price = c.ns(r"融合车辆共改装" + NUM + r"辆，每辆补助" + NUM + "万元")
    c.plain_sum(car_amt, [V(str(cars.v * car_price.v))], "车辆改装 = 辆数 × 标准")
    c.same(cars, c.n(r"改装融合车辆" + NUM + "辆"), "车辆数")
    c.eq("balance_mismatch", c.n(r"二期尾款" + NUM + "万元因"), budget.v - spent.v, "结转 = 预算 − 支出")
    on_time = c.n(r"其中" + NUM + r"个在9月底前按期投运")
    routes, short = c.ns(r"开通融合线路" + NUM + r"条，较目标少" + NUM + "条")
    sat_policy = c.n(r"满意度为" + NUM + "%")
    if sat_policy.v > 100:
        c.err("implausible_rate", f"满意度 {sat_policy.raw}% above 100%")
    # table
    lw = dict(zip(["预算执行", "产出", "效益", "满意度"],
                  c.ns(r"分值分别为" + NUM + r"分、" + NUM + r"分、" + NUM + r"分、" + NUM + "分")))
    _, rows = c.table("一级指标｜二级指标｜三级指标", "｜")
    cols = {"level": 0, "name": 2, "target": 3, "actual": 4, "weight": 5, "score": 6}
    items, tw, ts = c.indicator_rows(rows, cols)
    ls = {}
    for lvl, pat in (("预算执行", r"预算执行得" + NUM + r"分（满分" + NUM + "分）"),
                     ("产出", r"产出指标得" + NUM + r"分（满分" + NUM + "分）"),
                     ("效益", r"效益指标得" + NUM + r"分（满分" + NUM + "分）")):
        s, w = c.ns(pat)
        ls[lvl] = s
        if w.v != lw[lvl].v:
            c.err("weight_sum_mismatch", f"{lvl}: 满分 {w.raw} vs {lw[lvl].raw}")
        if s.v > w.v:
            c.err("score_exceeds_weight", f"{lvl} block {s.raw} > {w.raw}")
    c.weights_and_scores(items, tw, ts, level_w=lw, level_s=ls)
    total = c.n(r"综合得分" + NUM + "分")
    c.same(total, ts, "总分 text vs table")
    c.grade(total, c.m(r'评价等级为"(优|良|中|差)"').group(1), "grade")
    c.same(actual_v(c.find(items, "预算执行率")), erate, "表 执行率 vs text")
    c.same(stations, actual_v(c.find(items, "乡镇客货邮综合服务站建设数量")), "服务站数 text vs table")
    c.same(vp_n, actual_v(c.find(items, "村级客货邮服务点建设数量")), "村级服务点 text vs table")
    c.same(routes, actual_v(c.find(items, "客货邮融合线路开通数量")), "线路 text vs table")
    c.plain_sum(parse_q(c.find(items, "客货邮融合线路开通数量")["target"])[1], [routes, short], "线路缺口")
    c.rate(actual_v(c.find(items, "综合服务站按期投运率")), on_time.v, stations.v, "按期投运率")
    c.same(vp_price, actual_v(c.find(items, "村级服务点单点建设补助")), "单点补助 text vs table")
    for pat, name in ((r"平均降低" + NUM + "元", "农村快递单件配送成本降低"),
                      (r"客货邮服务覆盖率达到" + NUM + "%；", "建制村客货邮服务覆盖率"),
                      (r"日均带货量" + NUM + "件，", "融合线路日均带货量")):
        c.same(c.n(pat), actual_v(c.find(items, name)), f"{name} text vs table")


def check_liaocheng(c):
    Y = int(c.n(r"聊城市交通运输局(\d{4})年度部门整体").raw)
    c.year_eq(int(c.n(r"(\d{4})年部门全年预算").raw), Y, "预算 year")
    carry_to = int(c.n(r"结转至(\d{4})年继续使用").raw)
    if carry_to <= Y:
        c.err("year_mismatch", "carry-over year")
    staff, adm, ins = c.ns(r"在职人员" + NUM + r"人，其中行政编制" + NUM + r"人、事业编制" + NUM + "人")
    c.plain_sum(staff, [adm, ins], "在职人员")
    budget, basic, proj = c.ns(r"部门全年预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + "万元")
    c.plain_sum(budget, [basic, proj], "部门预算 = 基本 + 项目")
    spent, drate = c.ns(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.rate(drate, spent.v, budget.v, "部门执行率")
    c.eq("balance_mismatch", c.n(r"年末结转结余" + NUM + "万元"), budget.v - spent.v, "部门结转结余")
    p_budget, p_spent, p_rate = c.ns(r"全年预算合计" + NUM + r"万元，执行" + NUM + r"万元，执行率" + NUM + "%")
    c.same(p_budget, proj, "项目支出 restated")
    c.rate(p_rate, p_spent.v, p_budget.v, "项目执行率 (text)")
    # project table
    _, rows = c.table("序号 项目名称", " ")
    projs = [r for r in rows if r[0].isdigit()]
    tot = [r for r in rows if r[0] == "合计"][0]
    avg = [r for r in rows if r[0] == "平均"][0]
    for r in projs:
        b, e, rt, bal, sc = V(r[2]), V(r[3]), V(r[4].rstrip("%")), V(r[5]), V(r[6])
        c.rate(rt, e.v, b.v, f"{r[1]} 执行率")
        c.eq("balance_mismatch", bal, b.v - e.v, f"{r[1]} 结转结余")
        if sc.v > 100 or sc.v < 0:
            c.err("score_exceeds_weight", f"{r[1]} score {sc.raw}")
        c.grade(sc, r[7], r[1])
    # the 合计/平均 rows merge 序号 and 项目名称 into one cell: their columns sit one to the left
    for col, label in ((2, "预算"), (3, "执行"), (5, "结转结余")):
        c.plain_sum(V(tot[col - 1]), [V(r[col]) for r in projs], f"合计 {label}")
    c.rate(V(tot[3].rstrip("%")), V(tot[2]).v, V(tot[1]).v, "合计 执行率")
    c.eq("balance_mismatch", V(tot[4]), V(tot[1]).v - V(tot[2]).v, "合计 结转结余")
    c.average(V(avg[5]), [V(r[6]) for r in projs], "项目平均得分")
    c.same(V(tot[1]), p_budget, "项目预算合计 table vs text")
    c.same(V(tot[2]), p_spent, "项目执行合计 table vs text")
    c.same(V(tot[3].rstrip("%")), p_rate, "项目执行率 table vs text")
    r1 = projs[0]
    b1, e1 = c.ns(r"网约车监管信息平台运维项目预算" + NUM + r"万元、执行" + NUM + "万元")
    c.same(b1, V(r1[2]), "网约车项目预算 text vs table")
    c.same(e1, V(r1[3]), "网约车项目执行 text vs table")
    hi, lo = c.ns(r"巡游出租汽车服务质量考核项目（" + NUM + r"分），最低的是交通运输执法装备购置项目（" + NUM + "分）")
    c.same(hi, V(projs[1][6]), "最高分")
    c.same(lo, V(projs[3][6]), "最低分")
    c.same(c.n(r"执法装备购置项目结转资金" + NUM + "万元"), V(projs[3][5]), "装备项目结转")
    # outputs
    cars, cars0, cars_add = c.ns(r"合规网约车达到" + NUM + r"辆，较2023年末的" + NUM + r"辆增加" + NUM + "辆")
    c.plain_sum(cars, [cars0, cars_add], "网约车增加")
    n_proc, n_ok, r_ok = c.ns(r"政府采购项目" + NUM + r"个，按期完成" + NUM + r"个，按期完成率" + NUM + "%")
    c.rate(r_ok, n_ok.v, n_proc.v, "采购按期完成率")
    # indicator table
    _, rows = c.table("一级指标 二级指标 三级指标", " ")
    cols = {"level": 0, "name": 2, "target": 3, "actual": 4, "weight": 5, "score": 6}
    items, tw, ts = c.indicator_rows(rows, cols)
    c.weights_and_scores(items, tw, ts)
    total = c.n(r"部门整体支出自评得分" + NUM + "分")
    c.same(total, ts, "部门总分 text vs table")
    c.grade(total, c.m(r"自评得分[\d.]+分，评价等级为(优|良|中|差)").group(1), "部门 grade")
    last, up = c.ns(r"比上年的" + NUM + r"分提高" + NUM + "分")
    c.eq("score_sum_mismatch", up, total.v - last.v, "比上年提高")
    c.same(actual_v(c.find(items, "预算执行率")), drate, "执行率 table vs text")
    c.same(actual_v(c.find(items, "接入监管平台的合规网约车数量")), cars, "网约车数 table vs text")
    c.same(actual_v(c.find(items, "政府采购项目按期完成率")), r_ok, "采购按期率 table vs text")
    for pat, name in ((r"检查道路运输企业" + NUM + "家次", "道路运输企业安全检查"),
                      (r"提高到" + NUM + "%", "网约车订单合规率"),
                      (r"公交化率" + NUM + "%，较上年", "城乡客运线路公交化率"),
                      (r"调查结果为" + NUM + "%", "乘客及经营者满意度")):
        c.same(c.n(pat), actual_v(c.find(items, name)), f"{name} text vs table")


CHECKS = {
    "ha-xuchang-jiapeipingtai-2021": check_xuchang,
    "jx-fengcheng-wuliuyuanqu-2020": check_fengcheng,
    "yn-puer-youzhengwangdian-2019": check_puer,
    "hn-rucheng-kehuoyou-2023": check_rucheng,
    "sd-liaocheng-jiaotongju-2024": check_liaocheng,
}


def run_checks(source, text):
    c = Check(text)
    CHECKS[source](c)
    return c


# ----------------------------------------------------------------------------- driver
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    problems = []
    counts = Counter()
    cleans = {}
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if lab["clean"]:
            cleans[lab["source"]] = text
    for lab in labels:
        name = lab["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            c = run_checks(lab["source"], text)
        except Exception as exc:  # extraction failure
            problems.append(f"{name}: extraction failed: {exc!r}")
            continue
        got = {code for code, _ in c.errors}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if c.errors or c.warnings:
                problems.append(f"{name}: clean draft fails: {c.errors + c.warnings}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] += 1
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: value {value!r} not in case")
        clean = cleans[lab["source"]]
        p, ea, eb = diff_region(clean, text)
        if ea == p and eb == p:
            problems.append(f"{name}: identical to clean draft")
        if not any(o < max(eb, p + 1) and o + len(value) > p for o in occ):
            problems.append(f"{name}: diff [{p},{eb}) does not overlap value {value!r}")
        if len(clean) - (ea - p) + (eb - p) != len(text):
            problems.append(f"{name}: diff not contiguous")
        if got != {code}:
            problems.append(f"{name}: expected only {code}, checks gave {sorted(got)}: {c.errors}")
    for code in CODES:
        if counts[code] < 2:
            problems.append(f"code {code} used {counts[code]} times (< 2)")
    for code, n in sorted(counts.items()):
        print(f"{code:22s} {n}")
    print(f"{len(labels)} cases, {sum(counts.values())} injected errors")
    if problems:
        print("\n".join(problems))
        print("FAILED")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
