#!/usr/bin/env python3
"""Verify the set: labels, edits, and the arithmetic of every draft (standard library only).

For each case the project's checks are re-run on the text. A check has an error code (errors.md §A) or is a
warning ('warn', e.g. score rules). Clean drafts must pass every check; an error case must fail the checks of its
labelled code and no check of any other error code. Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WAN = D(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules.md §8)
def dp(s):
    s = s.strip().rstrip("%")
    s = re.sub(r"[^\d.]", "", s)
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    if isinstance(s, (D, int)):
        return D(s)
    m = re.search(r"-?\d+(?:\.\d+)?", s.replace(",", ""))
    if not m:
        raise ParseError(f"no number in {s!r}")
    return D(m.group(0))


def tol(s):
    return D(5) * D(10) ** (-dp(s) - 1) + D("1e-9")


def near(stated, computed):
    """stated: string as written; computed: Decimal."""
    return abs(num(stated) - computed) <= tol(stated)


def same(a, b):
    """two stated strings for one quantity: equal within the looser of the two tolerances"""
    return abs(num(a) - num(b)) <= max(tol(a), tol(b))


def parse_val(s):
    """'≥3800平方米' -> ('gte', Decimal, '平方米'); '健全' -> ('qual', None, '健全')"""
    s = s.strip()
    m = re.match(r"^(≥|≤|＞|＜|>|<|=|不低于|不少于|不超过)?\s*(\d+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return ("qual", None, s)
    sign, v, unit = m.groups()
    d = {"≥": "gte", "＞": "gte", ">": "gte", "不低于": "gte", "不少于": "gte",
         "≤": "lte", "＜": "lte", "<": "lte", "不超过": "lte", "=": "eq", None: "eq"}[sign]
    return (d, D(v), unit.strip())


def completion(target, actual):
    d, t, _ = parse_val(target)
    _, a, _ = parse_val(actual)
    if d == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- checker
class Checker:
    def __init__(self, text):
        self.t = text
        self.lines = text.split("\n")
        self.res = []  # (code, passed, message)

    def one(self, pat, flags=0):
        m = list(re.finditer(pat, self.t, flags))
        if len(m) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(m)} times")
        g = m[0].groups()
        return g[0] if len(g) == 1 else g

    def line(self, pat):
        m = [l for l in self.lines if re.search(pat, l)]
        if len(m) != 1:
            raise ParseError(f"line {pat!r} matched {len(m)} times")
        return m[0]

    def cells(self, pat, sep):
        l = self.line(pat)
        if sep == "sp":
            return re.split(r" {2,}", l.strip())
        return l.split(sep)

    def chk(self, code, cond, msg):
        self.res.append((code, bool(cond), msg))

    # ---- reusable checks
    def rate(self, stated, numer, denom, msg, code="rate_mismatch"):
        self.chk(code, near(stated, numer / denom * 100), f"{msg}: {numer}/{denom} vs {stated}")

    def rate_range(self, stated, msg):
        v = num(stated)
        self.chk("implausible_rate", D(0) <= v <= 100, f"{msg}: {stated} outside [0,100%]")

    def eq(self, a, b, msg, code="conflicting_values"):
        self.chk(code, same(a, b), f"{msg}: {a} vs {b}")

    def sum_(self, parts, total, msg):
        """parts: list of strings with optional unit (万元 / 元); a part whose value fits only after a 10^4 rescale
        is a unit slip (errors.md #11 b), anything else is sum_mismatch."""
        def val(s):
            v = num(s)
            return v
        s = sum(val(p) for p in parts)
        if near(total, s):
            self.chk("sum_mismatch", True, msg)
            self.chk("unit_mismatch", True, msg)
            return
        for i, p in enumerate(parts):
            for f in (WAN, 1 / WAN):
                s2 = s - val(p) + val(p) / f
                if near(total, s2):
                    self.chk("unit_mismatch", False, f"{msg}: part {p} off by a power of ten")
                    return
        self.chk("sum_mismatch", False, f"{msg}: {' + '.join(parts)} = {s} vs {total}")

    def expr(self, stated, computed, msg, code):
        self.chk(code, near(stated, computed), f"{msg}: computed {computed} vs {stated}")

    def year_is(self, y, want, msg):
        self.chk("year_mismatch", int(y) == want, f"{msg}: {y} vs {want}")

    def year_after(self, y, year, msg):
        self.chk("year_mismatch", int(y) > year, f"{msg}: {y} not after {year}")

    def grade(self, word, total, msg):
        g = GRADE_WORDS.get(word)
        self.chk("grade_mismatch", g == grade_of(num(total)), f"{msg}: {word} for {total}")

    def indicator_rows(self, rows, total_w, total_s, msg, comp=None):
        """rows: list of dicts with target, actual, weight, score (strings), optional completion."""
        ws = sum(num(r["weight"]) for r in rows)
        ss = sum(num(r["score"]) for r in rows)
        self.chk("weight_sum_mismatch", ws == num(total_w) == 100, f"{msg}: weights {ws} vs {total_w}")
        self.chk("score_sum_mismatch", near(total_s, ss), f"{msg}: scores {ss} vs {total_s}")
        for r in rows:
            w, s = num(r["weight"]), num(r["score"])
            self.chk("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {s} weight {w}")
            dt, t, ut = parse_val(r["target"])
            da, a, ua = parse_val(r["actual"])
            if dt == "qual" or (da == "qual" and ut == ua == ""):
                # qualitative: score within [0, w]; band check is a warning
                self.chk("warn", s >= w * D("0.6"), f"{r['name']}: qualitative score {s}")
                continue
            if da == "qual" or ut != ua:
                self.chk("unit_mismatch", False, f"{r['name']}: target unit {ut!r} vs actual {r['actual']!r}")
                continue
            self.chk("unit_mismatch", True, r["name"])
            if ua == "%" and r.get("pct_bounded", True):
                self.rate_range(r["actual"], r["name"])
            c = completion(r["target"], r["actual"])
            if r.get("completion") not in (None, "—", ""):
                self.chk("completion_mismatch", near(r["completion"], c),
                         f"{r['name']}: completion {c} vs {r['completion']}")
            exp = w * min(c, D(100)) / 100
            alt = exp
            if r.get("completion") not in (None, "—", ""):
                alt = w * min(num(r["completion"]), D(100)) / 100
            self.chk("warn", near(r["score"], exp) or near(r["score"], alt),
                     f"{r['name']}: score rule {exp} vs {r['score']}")


# ---------------------------------------------------------------- project 1: Zhejiang, 强村公司, 2021
def p_zj(c):
    Y = 2021
    t = c.t
    c.year_is(c.one(r"缙云县农业农村局(\d{4})年度扶持"), Y, "title year")
    c.year_is(c.one(r"本项目(\d{4})年度绩效自评得分"), Y, "conclusion year")
    c.year_is(c.one(r"截至(\d{4})年12月31日"), Y, "截至 date")
    c.year_after(c.one(r"结转至(\d{4})年"), Y, "carry-over year")
    c.year_after(c.one(r"推迟到(\d{4})年一季度开工"), Y, "delayed start (next year)")
    # funds table
    names = ["省级财政扶持资金", "县级财政配套资金", "村集体自筹资金", "上年结转资金"]
    F = {n: c.cells(rf"^{n}｜\d", "｜") for n in names}
    tot = c.cells(r"^合计｜\d", "｜")
    for j, col in enumerate(["年初预算数", "全年预算数", "实际到位数", "全年执行数"], start=1):
        c.sum_([F[n][j] for n in names], tot[j], f"funds column {col}")
    for n, row in list(F.items()) + [("合计", tot)]:
        budget, spent, r = num(row[2]), num(row[4]), row[5]
        if budget == 0:
            c.chk("implausible_rate", r.strip() in ("—", "-", "0", "0.00%", ""), f"{n}: rate {r} on zero base")
        else:
            c.rate(r, spent, budget, f"{n} execution rate")
            c.rate_range(r, f"{n} execution rate")
    init_total = c.one(r"项目年初预算(\d+(?:\.\d+)?)万元")
    c.eq(init_total, tot[1], "年初预算 text vs table")
    add = c.one(r"县级追加配套资金(\d+(?:\.\d+)?)万元")
    cut = c.one(r"相应调减(\d+(?:\.\d+)?)万元")
    c.expr(F["县级财政配套资金"][2], num(F["县级财政配套资金"][1]) + num(add), "县级 年初+追加", "sum_mismatch")
    c.expr(F["村集体自筹资金"][2], num(F["村集体自筹资金"][1]) - num(cut), "自筹 年初-调减", "sum_mismatch")
    annual = c.one(r"调整后全年预算为(\d+(?:\.\d+)?)万元")
    c.expr(annual, num(init_total) + num(add) - num(cut), "年初+追加-调减", "sum_mismatch")
    c.eq(annual, tot[2], "全年预算 text vs table")
    c.rate(c.one(r"各渠道资金均已到位，到位率(\d+(?:\.\d+)?)%"), num(tot[3]), num(tot[2]), "到位率")
    spent = c.one(r"全年支出(\d+(?:\.\d+)?)万元，其中")
    c.eq(spent, tot[4], "全年支出 text vs table")
    eng, oth = c.one(r"工程建设支出(\d+(?:\.\d+)?)万元、设计监理等其他支出(\d+(?:\.\d+)?)万元")
    c.sum_([eng, oth], spent, "支出 breakdown")
    cr = c.one(r"县级配套资金执行率只有(\d+(?:\.\d+)?)%")
    c.rate(cr, num(F["县级财政配套资金"][4]), num(F["县级财政配套资金"][2]), "县级 rate (text)")
    c.eq(cr, F["县级财政配套资金"][5], "县级 rate text vs table")
    bal = c.one(r"工程尾款(\d+(?:\.\d+)?)万元已按规定")
    c.expr(bal, num(tot[3]) - num(tot[4]), "balance total", "balance_mismatch")
    c.expr(bal, num(F["县级财政配套资金"][3]) - num(F["县级财政配套资金"][4]), "balance 县级", "balance_mismatch")
    # outputs and benefits in text
    plan, started, kr = c.one(r"计划实施物业项目(\d+)个，实际开工(\d+)个，开工率(\d+(?:\.\d+)?)%")
    c.rate(kr, num(started), num(plan), "开工率")
    c.expr(c.one(r"另有(\d+)个项目因用地"), num(plan) - num(started), "未开工项目数", "sum_mismatch")
    area = c.one(r"经营性物业合计(\d+)平方米")
    unitcost = c.one(r"平均建设成本为(\d+)元/平方米")
    c.expr(unitcost, num(eng) * WAN / num(area), "average cost per m2 = 工程建设支出 / 面积", "average_mismatch")
    cap = c.one(r"控制在(\d+)元/平方米的标准以内")
    div, div0, gr = c.one(r"强村公司分红(\d+(?:\.\d+)?)万元，比2020年的(\d+(?:\.\d+)?)万元增长(\d+(?:\.\d+)?)%")
    c.expr(gr, (num(div) - num(div0)) / num(div0) * 100, "分红 growth", "rate_mismatch")
    nv, avg = c.one(r"(\d+)个入股村村均分红(\d+(?:\.\d+)?)万元")
    c.expr(avg, num(div) / num(nv), "村均分红", "average_mismatch")
    lo, hi = c.one(r"单村分红在(\d+(?:\.\d+)?)万元至(\d+(?:\.\d+)?)万元之间")
    c.chk("average_mismatch", num(lo) <= num(avg) <= num(hi), "average inside the range")
    c.eq(c.one(r"引导(\d+)个经济薄弱村"), nv, "入股村数 overview vs benefits")
    n20, share = c.one(r"入股村中有(\d+)个村年经营性收入达到20万元以上，占(\d+(?:\.\d+)?)%")
    c.rate(share, num(n20), num(nv), "20万元以上村占比")
    jobs, less = c.one(r"带动周边农户就业(\d+)人，比预期少(\d+)人")
    sat = c.one(r"消薄村村民满意度为(\d+(?:\.\d+)?)%")
    c.rate_range(sat, "满意度 (text)")
    # indicator table
    def row(key):
        x = c.cells(rf"｜{key}｜", "｜")
        return {"name": x[2], "target": x[3], "actual": x[4], "weight": x[5], "score": x[6]}
    ex = c.cells(r"^预算执行率｜", "｜")
    rows = [{"name": "预算执行率", "target": ex[3], "actual": ex[4], "weight": ex[5], "score": ex[6]}]
    keys = ["扶持消薄村数量", "新增村集体经营性物业面积", "物业项目验收合格率", "年度项目开工率", "物业项目单位建设成本",
            "强村公司年度分红总额", "年经营性收入20万元以上村占比", "带动农户就业人数", "强村公司运营管理机制",
            "消薄村村民满意度"]
    R = {k: row(k) for k in keys}
    rows += [R[k] for k in keys]
    tt = c.cells(r"^合计｜｜", "｜")
    c.indicator_rows(rows, tt[5], tt[6], "indicator table")
    c.eq(ex[4], tot[5], "execution rate indicator vs funds table")
    c.eq(R["扶持消薄村数量"]["actual"], nv, "supported villages table vs text")
    c.eq(R["新增村集体经营性物业面积"]["actual"], area, "area table vs text")
    c.eq(R["年度项目开工率"]["actual"], kr, "开工率 table vs text")
    c.eq(R["物业项目单位建设成本"]["actual"], unitcost, "unit cost table vs text")
    c.eq(R["物业项目单位建设成本"]["target"], cap, "unit cost cap table vs text")
    c.eq(R["强村公司年度分红总额"]["actual"], div, "分红 table vs text")
    c.eq(R["年经营性收入20万元以上村占比"]["actual"], share, "share table vs text")
    c.eq(R["带动农户就业人数"]["actual"], jobs, "jobs table vs text")
    c.expr(less, num(parse_val(R["带动农户就业人数"]["target"])[1]) - num(jobs), "jobs shortfall", "sum_mismatch")
    c.eq(R["消薄村村民满意度"]["actual"], sat, "satisfaction table vs text")
    total = c.one(r"绩效自评得分(\d+(?:\.\d+)?)分")
    c.eq(total, tt[6], "total text vs table", code="score_sum_mismatch")
    c.grade(c.one(r"评价等级为“(\S+?)”"), total, "grade")


# ---------------------------------------------------------------- project 2: Shandong, 试点, 2019
def p_sd(c):
    Y = 2019
    c.year_is(c.one(r"\n(\d{4})年度中央财政扶持"), Y, "title year")
    c.year_is(c.one(r"截至(\d{4})年12月31日"), Y, "截至 date")
    adv = int(c.one(r"中央资金900万元已于(\d{4})年12月提前下达"))
    c.chk("year_mismatch", adv in (Y, Y - 1), "advance issued in December of the year before")
    c.year_after(c.one(r"已结转(\d{4})年"), Y, "carry-over year")
    c.year_is(c.one(r"收益数据为(\d{4})年全年数"), Y, "data year")
    nv = c.one(r"全县确定(\d+)个试点村")
    per, fund = c.one(r"扶持资金(\d+)万元，共计(\d+)万元")
    c.expr(fund, num(nv) * num(per), "试点村数 × 每村", "sum_mismatch")
    cen, prov = c.one(r"其中中央资金(\d+)万元、省级资金(\d+)万元")
    c.sum_([cen, prov], fund, "中央+省级")
    cper, county = c.one(r"按每村(\d+)万元的标准配套(\d+)万元")
    c.expr(county, num(nv) * num(cper), "县级配套", "sum_mismatch")
    annual = c.one(r"项目全年预算(\d+)万元")
    c.sum_([fund, county], annual, "全年预算")
    k1, k2 = c.one(r"省定扶贫工作重点村(\d+)个，一般村(\d+)个")
    c.sum_([k1, k2], nv, "村 classification")
    spent, er = c.one(r"项目累计支出(\d+(?:\.\d+)?)万元，预算执行率(\d+(?:\.\d+)?)%")
    c.rate(er, num(spent), num(annual), "执行率")
    c.rate_range(er, "执行率")
    sp1 = c.one(r"中央和省级资金支出(\d+(?:\.\d+)?)万元")
    sp2, cr = c.one(r"县级配套资金支出(\d+(?:\.\d+)?)万元，执行率(\d+(?:\.\d+)?)%")
    c.sum_([sp1, sp2], spent, "支出 by source")
    c.rate(cr, num(sp2), num(county), "县级 rate")
    bal = c.one(r"年末结余(\d+(?:\.\d+)?)万元")
    c.expr(bal, num(annual) - num(spent), "结余 total", "balance_mismatch")
    c.expr(bal, num(county) - num(sp2), "结余 县级", "balance_mismatch")
    u = c.one(r"分别支出(\d+(?:\.\d+)?)万元、(\d+(?:\.\d+)?)万元、(\d+(?:\.\d+)?)万元和(\d+(?:\.\d+)?)万元")
    c.sum_(list(u), spent, "支出 by use")
    nproj = c.one(r"共建成经营性项目(\d+)个")
    parts = c.one(r"其中村级光伏电站(\d+)个、冷藏保鲜库(\d+)个、标准厂房(\d+)个、农机作业服务中心(\d+)个")
    c.sum_(list(parts), nproj, "项目 by type")
    inc, inc0, g, avg = c.one(r"经营性收入合计(\d+(?:\.\d+)?)万元，较2018年的(\d+(?:\.\d+)?)万元增长(\d+(?:\.\d+)?)%，村均(\d+(?:\.\d+)?)万元")
    c.expr(g, (num(inc) - num(inc0)) / num(inc0) * 100, "收入 growth", "rate_mismatch")
    c.expr(avg, num(inc) / num(nv), "村均收入", "average_mismatch")
    n5, more = c.one(r"经营性收入超过5万元的试点村有(\d+)个，比目标多(\d+)个")
    jobs = c.one(r"带动农村劳动力就近务工(\d+)人，没有达到")
    sat = c.one(r"群众对项目的满意度为(\d+(?:\.\d+)?)%")
    c.rate_range(sat, "satisfaction text")
    # tab table
    def row(key):
        x = c.cells(rf"\t{key}\t", "\t")
        return {"name": x[2], "target": x[3], "actual": x[4], "completion": x[5], "weight": x[6], "score": x[7]}
    ex = c.cells(r"^预算执行率\t", "\t")
    rows = [{"name": "预算执行率", "target": ex[3], "actual": ex[4], "completion": ex[5], "weight": ex[6], "score": ex[7]}]
    keys = ["扶持试点村数", "建成村集体经营性项目", "项目竣工验收合格率", "扶持资金拨付及时率", "每村中央和省级扶持资金",
            "试点村集体经营性收入合计", "经营性收入5万元以上的试点村", "带动农村劳动力就近务工", "项目资产确权登记率",
            "试点村群众满意度"]
    R = {k: row(k) for k in keys}
    rows += [R[k] for k in keys]
    tt = c.cells(r"^合计\t", "\t")
    c.indicator_rows(rows, tt[6], tt[7], "indicator table")
    c.eq(ex[4], er, "execution rate table vs text")
    c.eq(R["扶持试点村数"]["actual"], nv, "试点村数 table vs text")
    c.eq(R["建成村集体经营性项目"]["actual"], nproj, "项目数 table vs text")
    c.eq(R["每村中央和省级扶持资金"]["actual"], per, "每村资金 table vs text")
    c.eq(R["试点村集体经营性收入合计"]["actual"], inc, "收入 table vs text")
    c.eq(R["经营性收入5万元以上的试点村"]["actual"], n5, "5万元以上村 table vs text")
    c.expr(more, num(n5) - parse_val(R["经营性收入5万元以上的试点村"]["target"])[1], "比目标多", "sum_mismatch")
    c.eq(R["带动农村劳动力就近务工"]["actual"], jobs, "务工 table vs text")
    c.eq(R["试点村群众满意度"]["actual"], sat, "satisfaction table vs text")
    # weights as described in the text
    w_ex, w_out, w_ben, w_sat = c.one(r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置")
    lv = {"预算执行率": D(0), "产出指标": D(0), "效益指标": D(0), "满意度指标": D(0)}
    for l in c.lines:
        x = l.split("\t")
        if len(x) >= 8 and x[0] in lv:
            lv[x[0]] += num(x[6])
    for k, v in zip(lv, (w_ex, w_out, w_ben, w_sat)):
        c.chk("weight_sum_mismatch", lv[k] == num(v), f"level {k}: {lv[k]} vs {v}")
    total = c.one(r"项目自评综合得分(\d+(?:\.\d+)?)分")
    c.eq(total, tt[7], "total text vs table", code="score_sum_mismatch")
    c.grade(c.one(r"评价等级为“(\S+?)”"), total, "grade")


# ---------------------------------------------------------------- project 3: Anhui, 光伏收益, 2020
def p_ah(c):
    Y = 2020
    c.year_is(c.one(r"关于(\d{4})年度村级光伏电站"), Y, "title year")
    c.year_is(c.one(r"年度｜(\d{4})年"), Y, "table header year")
    c.year_is(c.one(r"\n(\d{4})年可分配收益资金"), Y, "funds year")
    c.year_is(c.one(r"截至(\d{4})年12月31日"), Y, "截至 date")
    c.year_after(c.one(r"结转至(\d{4})年"), Y, "carry-over year")
    avail = c.one(r"年可分配收益资金(\d+(?:\.\d+)?)万元")
    s1 = c.one(r"上年结转收益(\d+(?:\.\d+)?)万元")
    s2 = c.one(r"当年电网结算电费(\d+(?:\.\d+)?)万元")
    s3 = c.one(r"国家可再生能源补贴资金(\d+(?:\.\d+)?)万元")
    c.sum_([s1, s2, s3], avail, "收益来源")
    kwh, price = c.one(r"全年上网电量(\d+(?:\.\d+)?)万千瓦时，按(\d+(?:\.\d+)?)元/千瓦时结算")
    c.expr(s2, num(kwh) * num(price), "电费 = 电量 × 电价", "sum_mismatch")
    c.chk("rate_mismatch", c.one(r"到位率(\d+)%") == "100", "到位率 (all received)")
    spent = c.one(r"全年分配使用收益资金(\d+(?:\.\d+)?)万元")
    wage, posts, monthly = c.one(r"光伏公益岗位工资(\d+(?:\.\d+)?)万元（(\d+)个岗位，每人每月(\d+)元）")
    pub = c.one(r"小型公益事业(\d+(?:\.\d+)?)万元")
    bonus = c.one(r"产业发展奖励补助(\d+(?:\.\d+)?)万元")
    om, nst, perst = c.one(r"电站日常运维(\d+(?:\.\d+)?)万元（(\d+)座，平均每座(\d+)元）")
    c.sum_([wage, pub, bonus, om], spent, "收益使用")
    c.expr(wage, num(posts) * num(monthly) * 12 / WAN, "岗位工资 = 岗位 × 月标准 × 12", "sum_mismatch")
    c.expr(perst, num(om) * WAN / num(nst), "平均每座运维费", "average_mismatch")
    two, share = c.one(r"两项合计(\d+(?:\.\d+)?)万元，占全年支出的(\d+(?:\.\d+)?)%")
    c.sum_([wage, pub], two, "两项合计")
    c.rate(share, num(two), num(spent), "公益用途占比")
    prev, incr = c.one(r"与2019年分配的(\d+(?:\.\d+)?)万元相比，分配规模增加(\d+(?:\.\d+)?)万元")
    c.expr(incr, num(spent) - num(prev), "增加额", "sum_mismatch")
    bal = c.one(r"剩余(\d+(?:\.\d+)?)万元结转至")
    c.expr(bal, num(avail) - num(spent), "结转", "balance_mismatch")
    more = c.one(r"全年开发光伏公益岗位\d+个，比目标多(\d+)个")
    c.eq(c.one(r"全年开发光伏公益岗位(\d+)个"), posts, "岗位 text vs text")
    running = c.one(r"电站中有(\d+)座全年正常运行")
    inc = c.one(r"人均全年增收(\d+)元")
    c.expr(inc, num(monthly) * 12, "人均增收 = 月标准 × 12", "sum_mismatch")
    sat = c.one(r"受益群众满意度为(\d+(?:\.\d+)?)%")
    c.rate_range(sat, "satisfaction text")
    cap = c.one(r"低于每座(\d+)元的控制标准")
    c.eq(c.one(r"运维费用按每座(\d+)元结算"), perst, "运维费 text vs text")
    # table
    def row(key):
        x = c.cells(rf"｜{key}｜", "｜")
        return {"name": x[2], "target": x[3], "actual": x[4], "completion": x[5], "weight": x[6], "score": x[7]}
    keys = ["收益资金支出进度", "设置光伏公益岗位数", "村级电站正常运行数", "收益用于公益岗位和公益事业比例",
            "收益资金季度拨付及时率", "单座电站年运维费用", "公益岗位人员年均增收", "有电站村收益分配覆盖率",
            "收益分配使用制度执行情况", "受益群众满意度"]
    R = {k: row(k) for k in keys}
    rows = [R[k] for k in keys]
    tt = c.cells(r"^合计｜", "｜")
    c.indicator_rows(rows, tt[6], tt[7], "indicator table")
    c.rate(R["收益资金支出进度"]["actual"], num(spent), num(avail), "execution rate (table)")
    c.eq(R["设置光伏公益岗位数"]["actual"], posts, "岗位 table vs text")
    c.expr(more, num(posts) - parse_val(R["设置光伏公益岗位数"]["target"])[1], "比目标多", "sum_mismatch")
    c.eq(R["村级电站正常运行数"]["target"], nst, "电站座数 table vs text")
    c.eq(R["村级电站正常运行数"]["actual"], running, "正常运行 table vs text")
    c.eq(R["收益用于公益岗位和公益事业比例"]["actual"], share, "share table vs text")
    c.eq(R["单座电站年运维费用"]["actual"], perst, "运维费 table vs text")
    c.eq(R["单座电站年运维费用"]["target"], cap, "运维费 cap table vs text")
    c.eq(R["公益岗位人员年均增收"]["actual"], inc, "增收 table vs text")
    c.eq(R["受益群众满意度"]["actual"], sat, "satisfaction table vs text")
    total = c.one(r"项目综合得分(\d+(?:\.\d+)?)分")
    c.eq(total, tt[7], "total text vs table", code="score_sum_mismatch")
    c.grade(c.one(r"评定等级为(\S)"), total, "grade")


# ---------------------------------------------------------------- project 4: Sichuan, prose only, 2022
def p_sc(c):
    Y = 2022
    c.year_is(c.one(r"蓬安县(\d{4})年度中央财政扶持"), Y, "title year")
    c.year_is(c.one(r"\n(\d{4})年，我县列入"), Y, "overview year")
    c.year_is(c.one(r"截至(\d{4})年12月31日"), Y, "截至 date")
    c.chk("year_mismatch", int(c.one(r"中央资金于(\d{4})年12月提前下达")) in (Y, Y - 1), "advance")
    c.year_is(c.one(r"省级资金于(\d{4})年4月下达"), Y, "provincial issue year")
    c.year_after(c.one(r"已结转至(\d{4})年"), Y, "carry-over year")
    nv, per = c.one(r"确定(\d+)个试点村，每村安排财政扶持资金(\d+)万元")
    total = c.one(r"项目资金总额(\d+(?:\.\d+)?)万元")
    fisc, cen, prov = c.one(r"其中财政资金(\d+)万元（中央资金(\d+)万元、省级资金(\d+)万元）")
    own = c.one(r"村集体自筹资金(\d+(?:\.\d+)?万元|\d+(?:\.\d+)?元)。")
    c.expr(fisc, num(nv) * num(per), "村数 × 每村", "sum_mismatch")
    c.sum_([cen, prov], fisc, "中央+省级")
    c.sum_([fisc, own], total, "财政+自筹")
    a, b, cc, d = c.one(r"分别安排财政资金(\d+)万元、(\d+)万元、(\d+)万元和(\d+)万元")
    c.sum_([a, b, cc, d], fisc, "按类型安排")
    v = c.one(r"(\d+)个村建设柑橘分拣包装中心，(\d+)个村发展乡村旅游接待，(\d+)个村组建农机社会化服务队，(\d+)个村建设粮油烘干中心")
    c.sum_(list(v), nv, "villages by type")
    n8, n9 = c.one(r"因此(\d+)个村共实施项目(\d+)个")
    c.eq(n8, nv, "village count")
    spent, er = c.one(r"项目实际支出(\d+(?:\.\d+)?)万元，预算执行率(\d+(?:\.\d+)?)%")
    c.rate(er, num(spent), num(total), "执行率")
    c.rate_range(er, "执行率")
    fs = c.one(r"其中财政资金支出(\d+(?:\.\d+)?)万元，村集体自筹资金已全部使用")
    c.sum_([fs, own], spent, "支出 = 财政 + 全部自筹")
    bal = c.one(r"尚未支付的(\d+(?:\.\d+)?)万元均为财政资金")
    c.expr(bal, num(total) - num(spent), "未支付 total", "balance_mismatch")
    c.expr(bal, num(fisc) - num(fs), "未支付 财政", "balance_mismatch")
    sat = c.one(r"受益群众满意度为(\d+(?:\.\d+)?)%")
    c.rate_range(sat, "satisfaction")
    # scoring
    w_ex, w_out, w_ben = c.one(r"按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分计分")
    c.chk("weight_sum_mismatch", num(w_ex) + num(w_out) + num(w_ben) == 100, "level weights sum")
    er2, s_ex = c.one(r"1\.预算执行：预算执行率(\d+(?:\.\d+)?)%，得(\d+(?:\.\d+)?)分")
    c.eq(er2, er, "执行率 twice")
    c.chk("warn", near(s_ex, num(w_ex) * num(spent) / num(total)), "execution score rule")
    c.chk("score_exceeds_weight", num(s_ex) <= num(w_ex), "execution score ≤ weight")
    items = {}
    for i in range(2, 11):
        w, s = c.one(rf"\n{i}\.[^\n]*?分值(\d+)分，得(\d+(?:\.\d+)?)分")
        items[i] = (w, s)
        c.chk("score_exceeds_weight", D(0) <= num(s) <= num(w), f"item {i}: {s} > {w}")
    out_w = sum(num(items[i][0]) for i in range(2, 7))
    ben_w = sum(num(items[i][0]) for i in range(7, 11))
    c.chk("weight_sum_mismatch", out_w == num(w_out), f"产出 weights {out_w} vs {w_out}")
    c.chk("weight_sum_mismatch", ben_w == num(w_ben), f"效益 weights {ben_w} vs {w_ben}")
    out_s = c.one(r"产出指标合计得(\d+(?:\.\d+)?)分")
    ben_s = c.one(r"效益指标合计得(\d+(?:\.\d+)?)分")
    c.expr(out_s, sum(num(items[i][1]) for i in range(2, 7)), "产出 score sum", "score_sum_mismatch")
    c.expr(ben_s, sum(num(items[i][1]) for i in range(7, 11)), "效益 score sum", "score_sum_mismatch")
    tot, c_ex, c_out, c_ben = c.one(r"项目自评得分(\d+(?:\.\d+)?)分，其中预算执行(\d+(?:\.\d+)?)分、产出指标(\d+(?:\.\d+)?)分、效益指标(\d+(?:\.\d+)?)分")
    c.eq(c_ex, s_ex, "execution score twice", code="score_sum_mismatch")
    c.eq(c_out, out_s, "产出 score twice", code="score_sum_mismatch")
    c.eq(c_ben, ben_s, "效益 score twice", code="score_sum_mismatch")
    c.expr(tot, num(s_ex) + num(out_s) + num(ben_s), "total", "score_sum_mismatch")
    c.grade(c.one(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)"), tot, "grade")
    # items
    t2, a2 = c.one(r"2\.扶持试点村数量：目标(\d+)个，实际(\d+)个")
    c.eq(a2, nv, "试点村数 item vs overview")
    a3 = c.one(r"新建村集体经营性项目：目标不少于\d+个，实际建成(\d+)个")
    c.eq(a3, n9, "项目数 item vs overview")
    ok5, r5, c5 = c.one(r"9个项目中(\d+)个按期完工，按期完工率(\d+(?:\.\d+)?)%，完成率(\d+(?:\.\d+)?)%")
    c.rate(r5, num(ok5), num(a3), "按期完工率")
    t5 = c.one(r"项目按期完工率：目标不低于(\d+)%")
    c.expr(c5, num(r5) / num(t5) * 100, "完成率 item 5", "completion_mismatch")
    c.chk("warn", near(items[5][1], num(items[5][0]) * num(c5) / 100), "item 5 score rule")
    inc, avg, prev, g = c.one(r"经营性收入合计(\d+(?:\.\d+)?)万元，平均每村(\d+(?:\.\d+)?)万元，达到平均每村不低于10万元的目标，较2021年平均每村(\d+(?:\.\d+)?)万元增长(\d+(?:\.\d+)?)%")
    c.expr(avg, num(inc) / num(nv), "平均每村", "average_mismatch")
    c.expr(g, (num(avg) - num(prev)) / num(prev) * 100, "growth", "rate_mismatch")
    t8, a8, c8 = c.one(r"目标不少于(\d+)个，实际(\d+)个，完成率(\d+(?:\.\d+)?)%")
    c.expr(c8, num(a8) / num(t8) * 100, "完成率 item 8", "completion_mismatch")
    c.chk("warn", near(items[8][1], num(items[8][0]) * num(a8) / num(t8)), "item 8 score rule")
    inc9 = c.one(r"带动农户户均增收：目标不低于\d+元，实际(\d+)元")
    c.eq(c.one(r"户均增收(\d+)元，村集体"), inc9, "户均增收 overview vs item")
    per_wan = c.one(r"每万元财政扶持资金带动村集体经营性收入(\d+)元")
    c.expr(per_wan, num(inc) * WAN / num(fisc), "每万元带动收入", "average_mismatch")


# ---------------------------------------------------------------- project 5: Hubei, 部门整体, 2024
def p_hb(c):
    Y = 2024
    c.year_is(c.one(r"罗田县农业农村局(\d{4})年度部门整体"), Y, "title year")
    c.year_is(c.one(r"\n(\d{4})年部门年初预算"), Y, "funds year")
    c.year_after(c.one(r"已按规定结转(\d{4})年使用"), Y, "carry-over year")
    c.year_is(c.one(r"财务数据以(\d{4})年度部门决算为准"), Y, "决算 year")
    init, add, annual, spent, er = c.one(r"年初预算(\d+(?:\.\d+)?)万元，年中追加(\d+(?:\.\d+)?)万元，[^，]*，全年预算(\d+(?:\.\d+)?)万元；全年支出(\d+(?:\.\d+)?)万元，部门整体预算执行率(\d+(?:\.\d+)?)%")
    c.sum_([init, add], annual, "年初 + 追加")
    c.rate(er, num(spent), num(annual), "部门整体执行率")
    F = {n: c.cells(rf"^{n} +\d+\.\d\d ", "sp") for n in ["基本支出", "项目支出", "合计"]}
    for j, col in enumerate(["年初预算数", "全年预算数", "全年执行数"], start=1):
        c.sum_([F["基本支出"][j], F["项目支出"][j]], F["合计"][j], f"funds column {col}")
    for n, row in F.items():
        c.rate(row[4], num(row[3]), num(row[2]), f"{n} rate")
        c.rate_range(row[4], f"{n} rate")
    c.eq(init, F["合计"][1], "年初 text vs table")
    c.eq(annual, F["合计"][2], "全年 text vs table")
    c.eq(spent, F["合计"][3], "支出 text vs table")
    c.eq(er, F["合计"][4], "执行率 text vs table")
    share = c.one(r"项目支出占全年预算的(\d+(?:\.\d+)?)%")
    c.rate(share, num(F["项目支出"][2]), num(F["合计"][2]), "项目支出占比")
    bal, br, br0, pp = c.one(r"结转结余资金(\d+(?:\.\d+)?)万元，结转结余率(\d+(?:\.\d+)?)%，比2023年的(\d+(?:\.\d+)?)%下降(\d+(?:\.\d+)?)个百分点")
    c.expr(bal, num(annual) - num(spent), "结转结余", "balance_mismatch")
    c.rate(br, num(bal), num(annual), "结转结余率")
    c.expr(pp, num(br0) - num(br), "percentage points", "sum_mismatch")
    sg0, sg1, sgr = c.one(r"“三公”经费预算(\d+(?:\.\d+)?)万元，实际支出(\d+(?:\.\d+)?)万元，控制率(\d+(?:\.\d+)?)%")
    c.rate(sgr, num(sg1), num(sg0), "三公 控制率")
    nx, px = c.one(r"对(\d+)个经营性收入较低的村按每村(\d+)万元给予奖补")
    b3 = c.one(r"三个项目的全年预算分别为(\d+)万元、(\d+)万元和(\d+)万元")
    s3 = c.one(r"全年分别支出(\d+)万元、(\d+)万元和(\d+)万元")
    c.expr(b3[1], num(nx) * num(px), "消薄 budget = 村数 × 每村", "sum_mismatch")
    rest = c.one(r"剩余(\d+)万元结转下年")
    c.expr(rest, num(b3[1]) - num(s3[1]), "消薄 结转", "balance_mismatch")
    npilot = c.one(r"支持(\d+)个试点村发展")
    nok = c.one(r"试点村中(\d+)个村的项目按期建成")
    a0, a1, ag = c.one(r"村均经营性收入由2023年的(\d+(?:\.\d+)?)万元提高到(\d+(?:\.\d+)?)万元，增长(\d+(?:\.\d+)?)%")
    c.expr(ag, (num(a1) - num(a0)) / num(a0) * 100, "村均收入增幅", "rate_mismatch")
    nall, n10, s10 = c.one(r"全县(\d+)个村中经营性收入10万元以上的有(\d+)个，占(\d+(?:\.\d+)?)%")
    c.rate(s10, num(n10), num(nall), "10万元以上村占比")
    sc = c.one(r"自评得分分别为(\d+(?:\.\d+)?)分、(\d+(?:\.\d+)?)分和(\d+(?:\.\d+)?)分，平均(\d+(?:\.\d+)?)分")
    c.expr(sc[3], sum(num(x) for x in sc[:3]) / 3, "average of project scores", "average_mismatch")
    # score table
    lw = c.one(r"预算执行(\d+)分、预算管理(\d+)分、产出(\d+)分、效益(\d+)分、满意度(\d+)分")
    keys = ["部门整体预算执行率", "结转结余率", "“三公”经费控制率", "政府采购执行率", "资产管理规范性",
            "扶持村级集体经济发展试点村数", "消薄增收奖补村数", "村集体经济组织财务审计覆盖率", "集体资产清查台账更新村数",
            "试点项目按期建成率", "经营性收入10万元以上村占比", "试点村村均经营性收入增幅", "参与集体收益分红农户数",
            "村集体经济组织成员满意度"]
    R, rows = {}, []
    lvl = {}
    for k in keys:
        x = c.cells(rf" {re.escape(k)} ", "sp")
        r = {"name": x[2], "target": x[3], "actual": x[4], "weight": x[5], "score": x[6], "l1": x[0]}
        if k == "试点村村均经营性收入增幅":
            r["pct_bounded"] = False
        R[k] = r
        rows.append(r)
        lvl[x[0]] = lvl.get(x[0], D(0)) + num(x[5])
    tt = c.cells(r"^合计 +\d+ +\d+(?:\.\d+)?\s*$", "sp")
    c.indicator_rows(rows, tt[1], tt[2], "score table")
    for name, w in zip(["预算执行", "预算管理", "产出", "效益", "满意度"], lw):
        c.chk("weight_sum_mismatch", lvl.get(name) == num(w), f"level {name}: {lvl.get(name)} vs {w}")
    c.eq(R["部门整体预算执行率"]["actual"], er, "执行率 table vs text")
    c.eq(R["结转结余率"]["actual"], br, "结转结余率 table vs text")
    c.eq(R["“三公”经费控制率"]["actual"], sgr, "三公 table vs text")
    c.eq(R["扶持村级集体经济发展试点村数"]["actual"], npilot, "试点村 table vs text")
    c.eq(R["消薄增收奖补村数"]["actual"], nx, "消薄村 table vs text")
    c.rate(R["试点项目按期建成率"]["actual"], num(nok), num(npilot), "按期建成率")
    c.eq(R["经营性收入10万元以上村占比"]["actual"], s10, "占比 table vs text")
    c.eq(R["试点村村均经营性收入增幅"]["actual"], ag, "增幅 table vs text")
    d_ex = c.one(r"执行率未达到100%，扣(\d+(?:\.\d+)?)分")
    d_as = c.one(r"资产管理规范性扣(\d+(?:\.\d+)?)分")
    d_pt = c.one(r"未达到95%的目标，扣(\d+(?:\.\d+)?)分")
    c.expr(d_ex, num(R["部门整体预算执行率"]["weight"]) - num(R["部门整体预算执行率"]["score"]), "扣分 执行", "score_sum_mismatch")
    c.expr(d_as, num(R["资产管理规范性"]["weight"]) - num(R["资产管理规范性"]["score"]), "扣分 资产", "score_sum_mismatch")
    c.expr(d_pt, num(R["试点项目按期建成率"]["weight"]) - num(R["试点项目按期建成率"]["score"]), "扣分 建成率", "score_sum_mismatch")
    c.eq(c.one(r"按期建成率(\d+)%，未达到"), R["试点项目按期建成率"]["actual"], "建成率 text vs table")
    total = c.one(r"部门整体支出绩效得分(\d+(?:\.\d+)?)分")
    c.eq(total, tt[2], "total text vs table", code="score_sum_mismatch")
    c.grade(c.one(r"评价等级为“(\S+?)”"), total, "grade")


PROJECT_CHECKS = {
    "zj-jinyun-qiangcun-2021": p_zj,
    "sd-yuncheng-jitishidian-2019": p_sd,
    "ah-huoqiu-guangfushouyi-2020": p_ah,
    "sc-pengan-jitijingji-2022": p_sc,
    "hb-luotian-nongyebumen-2024": p_hb,
}


def run_checks(pid, text):
    c = Checker(text)
    PROJECT_CHECKS[pid](c)
    return c.res


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    code_count = Counter()
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
            texts[rec["case"]] = f.read()
    for rec in labels:
        case, pid = rec["case"], rec["source"]
        text = texts[case]
        try:
            res = run_checks(pid, text)
        except ParseError as e:
            problems.append(f"{case}: parse error {e}")
            continue
        failed = {code for code, passed, _ in res if not passed and code != "warn"}
        warns = [m for code, passed, m in res if not passed and code == "warn"]
        n_err = sum(1 for code, _, _ in res if code != "warn")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{case}: clean case with labels")
            if failed or warns:
                problems.append(f"{case}: clean draft fails {sorted(failed)} "
                                f"{[m for code, p, m in res if not p]}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{case}: length {n} outside 2800-3400")
            print(f"{case}: {n_err} error-level checks pass, length {n}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        code_count[code] += 1
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{case}: bad code/severity {code} {lab['severity']}")
        if text.count(value) != 1:
            problems.append(f"{case}: value occurs {text.count(value)} times: {value!r}")
        clean = texts[f"{pid}-clean.txt"]
        if clean == text:
            problems.append(f"{case}: identical to the clean draft")
        else:
            a, b = diff_region(clean, text)
            occ = [m.start() for m in re.finditer(re.escape(value), text)]
            if not any(o < max(b, a + 1) and a < o + len(value) for o in occ):
                problems.append(f"{case}: diff region [{a},{b}) does not overlap the label value")
            # the diff must be one contiguous place: rebuilding from the clean text with that region gives the case
            ca, cb = a, len(clean) - (len(text) - b)
            if clean[:ca] + text[a:b] + clean[cb:] != text:
                problems.append(f"{case}: diff is not one contiguous region")
        if code not in failed:
            problems.append(f"{case}: labelled {code} does not fail; failing: {sorted(failed)}")
        others = failed - {code}
        if others:
            msgs = [m for cd, p, m in res if not p and cd in others]
            problems.append(f"{case}: other error codes fail: {sorted(others)} {msgs}")
        print(f"{case}: {code} fails as labelled" + (f" (warnings: {len(warns)})" if warns else ""))
    for code in CODES:
        if code_count[code] < 2:
            problems.append(f"code {code} used {code_count[code]} times (< 2)")
    print("codes:", dict(sorted(code_count.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
