#!/usr/bin/env python3
"""Verify the labelled set (standard library only).

1. every label value occurs (exactly once) in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md §A (13 error codes) is used at least twice;
4. the arithmetic of every clean draft is redone: all checks must pass;
5. the arithmetic of every error case is redone: the labelled code must fail and no other
   error-level code may fail (score_rule_mismatch is a warning and is only enforced on clean drafts).
Prints OK at the end.
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
WARNINGS = {"score_rule_mismatch"}

NUM = r"(\d[\d,]*(?:\.\d+)?)"


# ---------------------------------------------------------------- numbers
def N(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def places(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (d = decimals as written)."""
    return abs(D(computed) - N(stated)) <= D("0.5") * D(10) ** -places(stated) + D("1e-9")


def pct(num, den):
    return D(num) / D(den) * 100


def band(score):
    s = D(score)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

ZERO_BASE_OK = {"", "—", "-", "0", "0.00", "0%", "0.00%"}


class ExtractError(Exception):
    pass


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.flat = text.replace("\n", "")
        self.year = year
        self.res = []

    def m(self, pat, flat=False):
        src = self.flat if flat else self.t
        ms = list(re.finditer(pat, src))
        if len(ms) != 1:
            raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def v(self, pat, flat=False):
        return self.m(pat, flat).group(1)

    def vs(self, pat, n):
        """all n occurrences of a restated figure"""
        ms = re.findall(pat, self.t)
        if len(ms) != n:
            raise ExtractError(f"pattern {pat!r} matched {len(ms)} times, expected {n}")
        return ms

    def chk(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    # common checks --------------------------------------------------
    def same(self, a, b, msg):
        self.chk("conflicting_values", N(a) == N(b), f"{msg}: {a} vs {b}")

    def same_approx(self, a, b, msg):
        """a is written with 约/余 (approximate): b must fall within half a unit of a's last digit."""
        self.chk("conflicting_values", close(a, N(b)), f"{msg}: 约{a} vs {b}")

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        stated = stated.strip()
        if D(den) == 0:
            self.chk("implausible_rate", stated in ZERO_BASE_OK, f"{msg}: rate {stated} on a zero base")
            return
        c = pct(num, den)
        self.chk(code, close(stated, c), f"{msg}: stated {stated}, computed {c:.4f}")
        self.chk("implausible_rate", N(stated) <= 100, f"{msg}: rate {stated} above 100%")

    def total(self, parts, stated, msg, code="sum_mismatch"):
        s = sum((N(p) for p in parts), D(0))
        self.chk(code, s == N(stated), f"{msg}: {' + '.join(map(str, parts))} = {s}, stated {stated}")

    def per_unit(self, count, unit_amount, unit_word, stated_total_wan, msg):
        """count x unit amount (元 or 万元) = stated total (万元); a failure reconciled by 10^4 is unit_mismatch."""
        amt = N(unit_amount) * (D(1) if unit_word == "万元" else D("0.0001"))
        prod = N(count) * amt
        ok = prod == N(stated_total_wan)
        if ok:
            self.chk("sum_mismatch", True, msg)
            return
        for k in (D(10000), D("0.0001")):
            if prod * k == N(stated_total_wan):
                self.chk("unit_mismatch", False, f"{msg}: {count} x {unit_amount}{unit_word} = {prod}万元 "
                                                 f"vs {stated_total_wan}; reconciled by 10^4")
                return
        self.chk("sum_mismatch", False, f"{msg}: {prod} vs {stated_total_wan}")

    def years(self, pairs):
        """pairs: (stated year, relation, msg) where relation is 'eq', 'next', 'eq_or_next', 'lt', 'prev_dec'."""
        for y, rel, msg in pairs:
            y = int(y)
            ok = {"eq": y == self.year, "gt": y > self.year, "lt": y < self.year,
                  "eq_or_next": y in (self.year, self.year + 1)}[rel]
            self.chk("year_mismatch", ok, f"{msg}: {y} ({rel} {self.year})")

    def grade(self, total, word, msg):
        self.chk("grade_mismatch", GRADE.get(word) == band(N(total)),
                 f"{msg}: total {total} is {band(N(total))}, stated {word}")


# ---------------------------------------------------------------- indicator rows
VAL = re.compile(r"^(≥|≤|=|＞＝|＜＝|>=|<=|＞|＜)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$")
DIR = {"≥": "gte", ">=": "gte", "＞＝": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte",
       "＜": "lte", "=": "eq", None: "eq"}


def parse_val(s):
    s = s.strip()
    m = VAL.match(s)
    if not m:
        return None
    unit = m.group(3).strip()
    if "年" in unit and ("月" in unit or "日" in unit):
        return ("date", None, s)
    return (DIR[m.group(1)], N(m.group(2)), unit)


def completion(d, T, A):
    if d == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def rule_score(d, T, A, w):
    if d == "lte":
        return w if A <= T else w * T / A
    if d == "eq" and T == 0:
        return w if A <= 0 else D(0)
    return w * min(A / T, D(1))


def indicator_checks(c, rows, score_totals, weight_totals, subtotals=()):
    """rows: dicts with l1, name, target, actual, weight, score, compl (str or None)."""
    wsum = sum((N(r["weight"]) for r in rows), D(0))
    c.chk("weight_sum_mismatch", wsum == 100, f"weights sum to {wsum}")
    for wt in weight_totals:
        c.chk("weight_sum_mismatch", N(wt) == wsum, f"stated weight total {wt} vs {wsum}")
    ssum = sum((N(r["score"]) for r in rows), D(0))
    for st in score_totals:
        c.chk("score_sum_mismatch", close(st, ssum), f"stated total {st} vs row sum {ssum}")
    for l1, wt, st in subtotals:
        sub = [r for r in rows if r["l1"] == l1]
        if wt is not None:
            ws = sum((N(r["weight"]) for r in sub), D(0))
            c.chk("weight_sum_mismatch", N(wt) == ws, f"{l1} weight {wt} vs {ws}")
        if st is not None:
            ss = sum((N(r["score"]) for r in sub), D(0))
            c.chk("score_sum_mismatch", close(st, ss), f"{l1} score {st} vs {ss}")
    for r in rows:
        w, s = N(r["weight"]), N(r["score"])
        c.chk("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {r['score']} weight {r['weight']}")
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t is None or a is None:
            continue  # qualitative
        if t[0] == "date" or a[0] == "date":
            c.chk("unit_mismatch", t[0] == a[0], f"{r['name']}: date vs number")
            continue
        if t[2] != a[2]:
            c.chk("unit_mismatch", False, f"{r['name']}: target unit {t[2]!r}, actual unit {a[2]!r}")
            continue
        c.chk("unit_mismatch", True, r["name"])
        if a[2] == "%":
            c.chk("implausible_rate", a[1] <= 100, f"{r['name']}: actual {r['actual']} above 100%")
        comp = completion(t[0], t[1], a[1])
        if r.get("compl") not in (None, "", "—"):
            c.chk("completion_mismatch", close(r["compl"], comp),
                  f"{r['name']}: completion {r['compl']} vs {comp:.4f}")
        exp = rule_score(t[0], t[1], a[1], w)
        ok = close(r["score"], exp)
        if not ok and r.get("compl") not in (None, "", "—"):
            ok = close(r["score"], w * min(N(r["compl"]) / 100, D(1)))
        c.chk("score_rule_mismatch", ok, f"{r['name']}: score {r['score']} vs rule {exp:.4f}")


# ---------------------------------------------------------------- project 1: Shanxi, one cell per line
def blocks(seg):
    out = []
    for b in seg.split("\n\n"):
        lines = b.split("\n")
        lines = [l for l in lines if l != ""]
        if lines and all(l.startswith("\t") for l in lines):
            out.append([l[1:] for l in lines])
    return out


def check_sx(c):
    t = c.t
    seg = t[t.index("（二）预算执行情况"):t.index("年初县级预算")]
    fr = {b[0]: b for b in blocks(seg)}
    A = lambda row, i: N(fr[row][i]) if fr[row][i].strip() else D(0)
    cols = range(2, 10)
    names = {2: "总额", 3: "小计", 4: "中央", 5: "省级", 6: "市级", 7: "县区级", 8: "上年结转", 9: "其他"}
    for row in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        c.chk("sum_mismatch", A(row, 2) == A(row, 3) + A(row, 8) + A(row, 9), f"{row}: 总额 = 小计 + 结转 + 其他")
        c.chk("sum_mismatch", A(row, 3) == A(row, 4) + A(row, 5) + A(row, 6) + A(row, 7), f"{row}: 小计 = 各级之和")
    for i in cols:
        c.chk("balance_mismatch", A("资金结余", i) == A("实际到位资金", i) - A("全年执行资金", i),
              f"(5)=(3)-(4) {names[i]}")
        c.rate(fr["预算到位率"][i], A("实际到位资金", i), A("全年预算资金", i), f"(6) {names[i]}")
        c.rate(fr["预算执行率(%)"][i], A("全年执行资金", i), A("全年预算资金", i), f"(7) {names[i]}")
    # prose on funds
    c.same(c.v(r"年初县级预算(\d+)万元"), A("年初预算资金", 7), "年初县级预算")
    c.total([A("年初预算资金", 7), c.v(r"追加(\d+)万元")], A("全年预算资金", 7), "县级 年初 + 追加 = 全年")
    c.same(c.v(r"县级全年预算调整为(\d+)万元"), A("全年预算资金", 7), "县级全年预算")
    c.same(c.v(r"项目全年预算合计(\d+)万元"), A("全年预算资金", 2), "全年预算")
    spent = c.v(r"实际支出([\d.]+)万元，预算执行率")
    c.same(spent, A("全年执行资金", 2), "实际支出")
    c.rate(c.v(r"实际支出[\d.]+万元，预算执行率([\d.]+)%"), A("全年执行资金", 2), A("全年预算资金", 2), "prose 执行率")
    parts = [c.v(r"权籍调查委托费([\d.]+)万元"), c.v(r"数据建库费([\d.]+)万元"), c.v(r"档案整理及证书印制([\d.]+)万元")]
    c.total(parts, spent, "支出构成")
    contract, paid, rest = c.v(r"合同金额([\d.]+)万元"), c.v(r"当年按进度支付([\d.]+)万元"), c.v(r"余款([\d.]+)万元")
    c.chk("balance_mismatch", N(contract) - N(paid) == N(rest), f"合同 {contract} - 已付 {paid} vs 余款 {rest}")
    c.same(paid, parts[1], "数据建库 paid")
    c.chk("balance_mismatch", N(c.v(r"年末结余([\d.]+)万元")) == A("实际到位资金", 2) - A("全年执行资金", 2), "年末结余")
    c.years([(c.v(r"截至(\d{4})年12月31日"), "eq", "截至"), (c.v(r"结转至(\d{4})年"), "gt", "结转至"),
             (c.v(r"(\d{4})年9月追加"), "eq", "追加"), (c.v(r"(\d{4})年度农村房地一体"), "eq", "title"),
             (c.v(r"(\d{4})年3月15日"), "eq_or_next", "dated"), (c.v(r"实施周期：(\d{4})年1月"), "eq", "周期")])
    # 附件1
    seg = t[t.index("附件1.项目支出绩效自评表"):]
    bl = blocks(seg)
    rows, l1 = [], ""
    for b in bl[1:]:
        if b[0] == "合计":
            wt, st = b[3], b[7]
            continue
        l1 = b[0] or l1
        rows.append(dict(l1=l1, name=b[2], weight=b[3], target=b[4], actual=b[5], compl=b[6], score=b[7]))
    R = {r["name"]: r for r in rows}
    total = c.v(r"本项目自评得分([\d.]+)分")
    sub = [("预算执行指标", None, c.v(r"预算执行率得分([\d.]+)分")), ("产出指标", None, c.v(r"产出指标得分([\d.]+)分")),
           ("效益指标", None, c.v(r"效益指标得分([\d.]+)分")), ("满意度指标", None, c.v(r"满意度指标得分([\d.]+)分"))]
    indicator_checks(c, rows, [total, st], [wt], sub)
    c.grade(total, c.v(r"评价等级为\"(\S+?)\""), "grade")
    c.same(R["预算执行率"]["actual"], fr["预算执行率(%)"][2], "执行率 附件1 vs funds table")
    dl = R["外业调查完成时间"]
    ty, tm = re.match(r"(\d{4})年(\d+)月底前", dl["target"]).groups()
    ay, am, ad = re.match(r"(\d{4})年(\d+)月(\d+)日", dl["actual"]).groups()
    c.years([(ty, "eq", "时效 target"), (ay, "eq", "时效 actual")])
    met = (int(ay), int(am)) <= (int(ty), int(tm))
    c.chk("completion_mismatch", (dl["compl"] == "100%") == met, "date row completion")
    c.chk("score_rule_mismatch", (N(dl["score"]) == N(dl["weight"])) == met, "date row score")
    # prose vs table
    c.same(c.v(r"完成权籍调查不少于(\d+)宗"), parse_val(R["完成宅基地权籍调查（宗）"]["target"])[1], "target 宗")
    c.same(c.v(r"颁发不动产权证书不少于(\d+)本"), parse_val(R["颁发不动产权证书（本）"]["target"])[1], "target 本")
    c.same(c.v(r"质检合格率不低于(\d+)%"), parse_val(R["成果数据质检合格率"]["target"])[1], "target 合格率")
    c.same(c.v(r"控制在(\d+)元以内"), parse_val(R["每宗权籍调查平均费用"]["target"])[1], "target 费用")
    c.same(c.v(r"农户满意度不低于(\d+)%"), parse_val(R["农户满意度"]["target"])[1], "target 满意度")
    n = c.v(r"全年完成宅基地权籍调查(\d+)宗")
    c.same(n, parse_val(R["完成宅基地权籍调查（宗）"]["actual"])[1], "权籍调查宗数")
    c.same(c.v(r"颁发不动产权证书(\d+)本"), parse_val(R["颁发不动产权证书（本）"]["actual"])[1], "证书本数")
    c.same(c.v(r"抽查成果合格率([\d.]+)%"), parse_val(R["成果数据质检合格率"]["actual"])[1], "合格率")
    avg = c.v(r"平均每宗约(\d+)元")
    c.chk("average_mismatch", close(avg, N(parts[0]) * 10000 / N(n)), f"平均每宗约{avg}元")
    c.same(avg, parse_val(R["每宗权籍调查平均费用"]["actual"])[1], "每宗费用")
    c.same(c.v(r"低于(\d+)元的控制标准"), parse_val(R["每宗权籍调查平均费用"]["target"])[1], "控制标准")
    c.same(c.v(r"调处化解率达到([\d.]+)%"), parse_val(R["宅基地权属纠纷调处化解率"]["actual"])[1], "化解率")
    valid, sat, rate = c.m(r"回收有效问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%").groups()
    c.rate(rate, sat, valid, "问卷满意度")
    c.same(rate, parse_val(R["农户满意度"]["actual"])[1], "满意度")


# ---------------------------------------------------------------- project 2: Sichuan, tab-separated
def tabrow(t, first):
    ls = [l.split("\t") for l in t.split("\n") if l.startswith(first)]
    if len(ls) != 1:
        raise ExtractError(f"row {first!r}: {len(ls)}")
    return ls[0]


def check_sc(c):
    t = c.t
    fr = {k: tabrow(t, "\t" + k + "\t") for k in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    comp = ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")
    for i, nm in ((2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数")):
        c.total([fr[k][i] for k in comp], fr["年度资金总额"][i], f"{nm}: 总额 = 各来源之和")
    for k, r in fr.items():
        c.rate(r[6], N(r[4]), N(r[3]), f"{k} 执行率")
    tot = fr["年度资金总额"]
    exec_row = dict(l1="预算执行", name="预算执行率", weight=tot[5], score=tot[7], target="100%",
                    actual=tot[6], compl=None)
    init, annual, spent = tot[2], tot[3], tot[4]
    c.same(c.v(r"申报试点工作经费(\d+)万元"), init, "申报")
    c.same(c.v(r"年初批复试点工作经费(\d+)万元"), init, "年初批复")
    c.total([annual, c.v(r"调减预算([\d.]+)万元")], init, "全年 + 调减 = 年初")
    c.same(c.v(r"调整后全年预算为([\d.]+)万元"), annual, "调整后全年预算")
    rec, rrate = c.m(r"调整后预算([\d.]+)万元已全部下达，资金到位率(\d+)%").groups()
    c.same(rec, annual, "下达")
    c.rate(rrate, N(rec), N(annual), "到位率")
    sp, er = c.m(r"全年实际支出([\d.]+)万元，执行率([\d.]+)%").groups()
    c.same(sp, spent, "实际支出")
    c.rate(er, N(sp), N(annual), "prose 执行率")
    survey = c.v(r"宅基地基础信息调查([\d.]+)万元")
    reward = c.v(r"闲置宅基地有偿退出奖补([\d.]+)万元")
    c.total([survey, reward, c.v(r"信息平台建设([\d.]+)万元"), c.v(r"宣传培训及工作经费([\d.]+)万元")], spent, "支出构成")
    c.chk("balance_mismatch", N(c.v(r"年末未使用的([\d.]+)万元")) == N(annual) - N(spent), "未使用")
    # indicators
    rows, l1 = [], ""
    for l in t.split("\n"):
        p = l.split("\t")
        if len(p) == 11 and p[0] == "" and p[8].replace(".", "").isdigit():
            l1 = p[1] or l1
            actual = p[7] + p[6] if re.fullmatch(r"[\d.]+", p[7]) else p[7]
            rows.append(dict(l1=l1, name=p[3], target=p[4] + p[5] + p[6], actual=actual, weight=p[8],
                             score=p[9], compl=None))
    R = {r["name"]: r for r in rows}
    trow = tabrow(t, "总分\t")
    total = c.v(r"本项目自评得分([\d.]+)分")
    indicator_checks(c, [exec_row] + rows, [trow[9], total], [trow[8]])
    c.rate(tot[6], N(spent), N(annual), "table 执行率")
    c.chk("score_rule_mismatch", close(tot[7], N(tot[5]) * min(N(spent) / N(annual), D(1))), "执行率得分")
    c.grade(total, c.v(r"项目绩效总体评价为(\S\S)"), "grade")
    act = lambda k: parse_val(R[k]["actual"])[1]
    tgt = lambda k: parse_val(R[k]["target"])[1]
    hh = c.v(r"全年完成宅基地基础信息调查(\d+)户")
    c.same(hh, act("宅基地基础信息调查户数"), "调查户数")
    c.same(c.v(r"成果入库合格率([\d.]+)%"), act("调查成果入库合格率"), "合格率")
    avg = c.v(r"户均成本约([\d.]+)元")
    c.chk("average_mismatch", close(avg, N(survey) * 10000 / N(hh)), f"户均成本约{avg}")
    c.same(avg, act("户均调查成本"), "户均成本")
    villages, area = c.m(r"(\d+)个试点村共引导退出闲置宅基地(\d+)亩").groups()
    c.same(area, act("引导退出闲置宅基地面积"), "退出面积")
    pv = c.v(r"平均每村退出([\d.]+)亩")
    c.chk("average_mismatch", close(pv, N(area) / N(villages)), f"平均每村 {pv} vs {N(area) / N(villages)}")
    unit_amt, unit_word, tot_reward = c.m(r"按每亩(\d+)(万元|元)标准兑付，合计([\d.]+)万元").groups()
    c.per_unit(area, unit_amt, unit_word, tot_reward, "退出奖补")
    c.same(tot_reward, reward, "奖补合计")
    c.same(c.v(r"等管理制度(\d+)项"), act("建立完善宅基地管理制度"), "制度项数")
    c.same(c.v(r"22个工作日压缩到(\d+)个工作日"), act("宅基地审批办理时限"), "办理时限")
    inc, inc_t = c.m(r"带动村集体增收([\d.]+)万元，低于(\d+)万元").groups()
    c.same(inc, act("复垦流转带动村集体增收"), "增收")
    c.same(inc_t, tgt("复垦流转带动村集体增收"), "增收目标")
    c.same(c.v(r"满意度抽样调查结果为([\d.]+)%"), act("试点村群众满意度"), "满意度")
    c.chk("conflicting_values", N(c.v(r"不少于([\d.]+)万户")) * 10000 == tgt("宅基地基础信息调查户数"), "5.2万户")
    for x in c.vs(r"引导退出闲置宅基地(\d+)亩以上", 2):
        c.same(x, tgt("引导退出闲置宅基地面积"), "退出目标")
    c.same(c.v(r"管理制度不少于(\d+)项"), tgt("建立完善宅基地管理制度"), "制度目标")
    for x in c.vs(r"群众满意度不低于(\d+)%", 2):
        c.same(x, tgt("试点村群众满意度"), "满意度目标")
    c.years([(c.v(r"\n(\d{4})年度泸县"), "eq", "title"), (c.v(r"（(\d{4})年度）"), "eq", "table"),
             (c.v(r"(\d{4})年2月28日"), "eq_or_next", "dated"), (c.v(r"调整到(\d{4})年"), "gt", "postponed"),
             (c.v(r"(\d{4})年试点工作经费由"), "eq", "概况"), (c.v(r"(\d{4})年申报试点工作经费"), "eq", "申报")])
    c.chk("conflicting_values", N(c.v(r"完成宅基地基础信息调查([\d.]+)万户以上")) * 10000 == tgt("宅基地基础信息调查户数"), "goal block 万户")
    c.same(c.v(r"完成调查(\d+)户"), hh, "goal block 户")
    c.same(c.v(r"退出闲置宅基地(\d+)亩，出台"), area, "goal block 亩")
    c.same(c.v(r"出台管理制度(\d+)项"), act("建立完善宅基地管理制度"), "goal block 项")


# ---------------------------------------------------------------- project 3: PDF, single spaces
def sprow(t, first):
    ls = [l.split(" ") for l in t.split("\n") if l.startswith(first)]
    if len(ls) != 1:
        raise ExtractError(f"row {first!r}: {len(ls)}")
    return ls[0]


def check_nx(c):
    t, f = c.t, True
    fr = {k: sprow(t, k + " ") for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    comp = ("其中：当年财政拨款", "上年结转资金", "其他资金")
    for i, nm in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total([fr[k][i] for k in comp], fr["年度资金总额"][i], f"{nm}: 总额 = 各来源之和")
    for k, r in fr.items():
        c.rate(r[5], N(r[3]), N(r[2]), f"{k} 执行率")
    tot = fr["年度资金总额"]
    init, annual, spent = tot[1], tot[2], tot[3]
    c.chk("score_rule_mismatch", close(tot[6], N(tot[4]) * min(N(spent) / N(annual), D(1))), "执行率得分")
    cur = fr["其中：当年财政拨款"]
    a, b, cc, d = c.m(r"当年财政拨款(\d+)万元，其中中央财政衔接推进乡村振兴补助资金(\d+)万元、"
                      r"自治区补助资金(\d+)万元、县级配套资金(\d+)万元", f).groups()
    c.total([b, cc, d], a, "当年财政拨款构成")
    c.same(a, cur[1], "年初当年财政拨款")
    c.same(c.v(r"另有上年结转资金([\d.]+)万元", f), fr["上年结转资金"][2], "上年结转")
    c.same(c.v(r"全年预算调整为([\d.]+)万元", f), annual, "全年预算")
    ann2, sp, er = c.m(r"全年预算([\d.]+)万元，实际支出([\d.]+)万元，预算执行率([\d.]+)%", f).groups()
    c.same(ann2, annual, "全年预算")
    c.same(sp, spent, "实际支出")
    c.rate(er, N(sp), N(ann2), "prose 执行率")
    c.same(c.v(r"当年财政拨款支出([\d.]+)万元", f), cur[3], "当年拨款支出")
    c.chk("balance_mismatch", N(c.v(r"未支出的([\d.]+)万元", f)) == N(annual) - N(spent), "未支出")
    c.years([(c.v(r"已结转(\d{4})年继续使用", f), "gt", "结转"), (c.v(r"^平罗县农业农村局(\d{4})年度"), "eq", "title"),
             (c.v(r"（(\d{4})年度）"), "eq", "table"), (c.v(r"（(\d{4})年第四季度下达", f), "lt", "上年结转来源")])
    # spending and unit amounts
    rw, fk, op = (c.v(r"奖补资金([\d.]+)万元，复垦整治", f), c.v(r"复垦整治([\d.]+)万元", f),
                  c.v(r"运维及宣传([\d.]+)万元", f))
    c.total([rw, fk, op], spent, "支出构成")
    n_all, n_biz, n_oth = c.m(r"全年盘活闲置宅基地(\d+)宗，其中经营性盘活(\d+)宗、其他方式盘活(\d+)宗", f).groups()
    c.total([n_biz, n_oth], n_all, "盘活宗数构成")
    u1, w1 = c.m(r"经营性盘活的，每宗奖补([\d.]+)(万元|元)", f).groups()
    u2, w2 = c.m(r"其他方式盘活的，每宗奖补([\d.]+)(万元|元)", f).groups()
    a1 = N(n_biz) * N(u1) * (1 if w1 == "万元" else D("0.0001"))
    a2 = N(n_oth) * N(u2) * (1 if w2 == "万元" else D("0.0001"))
    c.chk("sum_mismatch", a1 + a2 == N(rw), f"奖补 {a1} + {a2} vs {rw}")
    area, comp_pct = c.m(r"复垦闲置宅基地([\d.]+)亩，完成年度目标的([\d.]+)%", f).groups()
    ua, uw = c.m(r"按每亩(\d+)(万元|元)标准补助复垦费用", f).groups()
    c.per_unit(area, ua, uw, fk, "复垦补助")
    towns = c.m(r"姚伏镇(\d+)宗、城关镇(\d+)宗、头闸镇(\d+)宗、高庄乡(\d+)宗，4个乡镇平均([\d.]+)宗，其余乡镇合计(\d+)宗", f).groups()
    mean = sum(N(x) for x in towns[:4]) / 4
    c.chk("average_mismatch", close(towns[4], mean), f"4个乡镇平均 {towns[4]} vs {mean}")
    c.total(list(towns[:4]) + [towns[5]], n_all, "分乡镇宗数")
    due, ontime, orate = c.m(r"应兑付奖补(\d+)宗，按期兑付(\d+)宗，兑付及时率([\d.]+)%", f).groups()
    c.rate(orate, N(ontime), N(due), "兑付及时率")
    c.same(due, n_all, "应兑付宗数")
    last, growth = c.m(r"(\d+)宗，2022年盘活数量较上年增长([\d.]+)%", f).groups()
    c.chk("rate_mismatch", close(growth, (N(n_all) - N(last)) / N(last) * 100), "增长率")
    valid, sat, srate = c.m(r"回收有效问卷(\d+)份，表示满意的(\d+)份，农户满意度为([\d.]+)%", f).groups()
    c.rate(srate, N(sat), N(valid), "问卷满意度")
    for nm in ("盘活户满意度", "村组干部满意度"):
        c.chk("implausible_rate", N(c.v(nm + r"([\d.]+)%", f)) <= 100, nm)
    # indicator table
    seg = t[t.index("一级指标 二级指标 三级指标"):t.index("总分 ")]
    rows, l1 = [], ""
    for l in seg.split("\n")[1:]:
        p = l.split(" ")
        if len(p) < 6:
            continue
        if p[0] in ("产出指标", "效益指标", "满意度指标"):
            l1, p = p[0], p[1:]
        rows.append(dict(l1=l1, name=p[1], target=p[2], actual=p[3], weight=p[4], score=p[5], compl=None))
    R = {r["name"]: r for r in rows}
    trow = sprow(t, "总分 ")
    total, grade = c.m(r"本项目自评得分([\d.]+)分，等级为(\S)", f).groups()
    exec_row = dict(l1="预算执行", name="预算执行率", weight=tot[4], score=tot[6], target="100%", actual=tot[5], compl=None)
    indicator_checks(c, [exec_row] + rows, [trow[2], total], [trow[1]])
    c.grade(total, grade, "grade")
    act = lambda k: parse_val(R[k]["actual"])
    tgt = lambda k: parse_val(R[k]["target"])
    c.same(n_all, act("盘活闲置宅基地")[1], "盘活宗数")
    c.same(area, act("复垦闲置宅基地面积")[1], "复垦面积")
    c.chk("completion_mismatch", close(comp_pct, N(area) / tgt("复垦闲置宅基地面积")[1] * 100), "复垦完成率")
    c.same(orate, act("奖补资金兑付及时率")[1], "及时率")
    c.same(c.v(r"公示率(\d+)%", f), act("奖补对象公示率")[1], "公示率")
    c.same_approx(c.v(r"农户和村集体年增收约(\d+)万元", f), act("农户和村集体年增收")[1], "年增收")
    c.same(c.v(r"新增民宿、农家乐等经营主体(\d+)个；", f), act("新增民宿农家乐等经营主体")[1], "经营主体")
    c.same(c.v(r"持续经营的占(\d+)%", f), act("盘活项目持续经营率")[1], "持续经营率")
    c.same(srate, act("农户满意度")[1], "满意度")
    c.same(ua, tgt("复垦每亩补助标准")[1], "复垦补助标准")
    c.same(c.v(r"盘活闲置宅基地(\d+)宗以上，复垦闲置", f), tgt("盘活闲置宅基地")[1], "盘活目标")
    c.same(c.v(r"复垦闲置宅基地(\d+)亩以上", f), tgt("复垦闲置宅基地面积")[1], "复垦目标")
    c.same(c.v(r"经营主体(\d+)个以上", f), tgt("新增民宿农家乐等经营主体")[1], "经营主体目标")
    c.same(c.v(r"年增收(\d+)万元以上，农户", f), tgt("农户和村集体年增收")[1], "增收目标")
    c.same(c.v(r"及时率未达(\d+)%的目标", f), tgt("奖补资金兑付及时率")[1], "及时率目标")
    c.same(c.v(r"农户满意度不低于(\d+)%", f), tgt("农户满意度")[1], "满意度目标")
    c.same(c.v(r"上年结转资金([\d.]+)万元全部支出", f), fr["上年结转资金"][3], "结转支出")
    g = c.m(r"盘活闲置宅基地(\d+)宗以上，复垦(\d+)亩以上，带动增收(\d+)万元以上 盘活(\d+)宗，复垦([\d.]+)亩，增收约(\d+)万元").groups()
    c.same(g[0], tgt("盘活闲置宅基地")[1], "goal block 盘活目标")
    c.same(g[1], tgt("复垦闲置宅基地面积")[1], "goal block 复垦目标")
    c.same(g[2], tgt("农户和村集体年增收")[1], "goal block 增收目标")
    c.same(g[3], act("盘活闲置宅基地")[1], "goal block 盘活")
    c.same(g[4], act("复垦闲置宅基地面积")[1], "goal block 复垦")
    c.same_approx(g[5], act("农户和村集体年增收")[1], "goal block 增收")
    pa = parse_val(R["复垦每亩补助标准"]["actual"])
    if pa[2] == "元/亩":
        c.chk("average_mismatch", N(fk) * 10000 / N(area) == pa[1], "复垦整治 / 面积 = 每亩实际补助")
    c.years([(c.v(r"开展(\d{4})年度项目支出绩效自评", f), "eq", "notice"),
             (c.v(r"\n平罗县农业农村局(\d{4})年度闲置宅基地盘活利用奖补资金项目支出绩效自评报告"), "eq", "running header"),
             (c.v(r"(\d{4})年全县盘活闲置宅基地", f), "lt", "上年盘活"),
             (c.v(r"(\d{4})年结转资金优先用于", f), "gt", "结转使用")])


# ---------------------------------------------------------------- project 4: web page, fullwidth bars
def barrow(t, first):
    ls = [l.split("｜") for l in t.split("\n") if l.startswith(first)]
    if len(ls) != 1:
        raise ExtractError(f"row {first!r}: {len(ls)}")
    return ls[0]


def check_hn(c):
    t = c.t
    fr = {k: barrow(t, "｜" + k + "｜") for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    comp = ("其中：当年财政拨款", "上年结转资金", "其他资金")
    for i, nm in ((2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数")):
        c.total([fr[k][i] for k in comp], fr["年度资金总额"][i], f"{nm}: 总额 = 各来源之和")
    for k, r in fr.items():
        c.rate(r[6], N(r[4]), N(r[3]), f"{k} 执行率")
    tot = fr["年度资金总额"]
    init, annual, spent = tot[2], tot[3], tot[4]
    c.chk("score_rule_mismatch", close(tot[7], N(tot[5]) * min(N(spent) / N(annual), D(1))), "执行率得分")
    c.same(c.v(r"全年预算(\d+)万元的使用"), annual, "opening 全年预算")
    c.same(c.v(r"年初县级预算安排农村地籍调查经费(\d+)万元"), init, "年初")
    prov, ann2 = c.m(r"省级下达农村地籍调查补助资金(\d+)万元，全年预算调整为(\d+)万元").groups()
    c.total([init, prov], ann2, "年初 + 省级 = 全年")
    c.same(ann2, annual, "全年预算")
    cty, y1, prv, y2, rr = c.m(r"县级预算(\d+)万元于(\d{4})年3月拨付到位，省级补助(\d+)万元于(\d{4})年11月到位，资金到位率(\d+)%").groups()
    c.same(cty, init, "县级到位")
    c.same(prv, prov, "省级到位")
    c.rate(rr, N(cty) + N(prv), N(annual), "到位率")
    sp, er = c.m(r"全年实际支出([\d.]+)万元，预算执行率(\d+)%").groups()
    c.same(sp, spent, "实际支出")
    c.rate(er, N(sp), N(annual), "prose 执行率")
    items = [barrow(t, k + "｜")[1] for k in ("外业地籍调查测绘服务费", "权属调查及界址公示", "地籍数据库建设")]
    ctot = barrow(t, "合计｜")[1]
    c.total(items, ctot, "支出明细合计")
    c.same(ctot, spent, "明细合计 vs 执行数")
    price, cnt = c.m(r"合同单价每宗(\d+)元结算，全年完成(\d+)宗").groups()
    c.per_unit(cnt, price, "元", items[0], "测绘服务费")
    bal, ycarry = c.m(r"未支出的([\d.]+)万元已结转(\d{4})年继续").groups()
    c.chk("balance_mismatch", N(bal) == N(annual) - N(spent), f"未支出 {bal}")
    c.years([(ycarry, "gt", "结转"), (y1, "eq", "县级到位"), (y2, "eq", "省级到位"),
             (c.v(r"攸县自然资源局(\d{4})年度农村地籍调查经费项目"), "eq", "title"),
             (c.v(r"对(\d{4})年度农村地籍调查经费"), "eq", "opening"),
             (c.v(r"开展(\d{4})年度部门预算项目绩效自评"), "eq", "notice"),
             (c.v(r"自评表（(\d{4})年度）"), "eq", "table"), (c.v(r"发布时间：(\d{4})-"), "eq_or_next", "published")])
    # indicators
    rows, l1 = [], ""
    for l in t.split("\n"):
        p = l.split("｜")
        if len(p) == 9 and p[0] == "" and p[6].replace(".", "").isdigit():
            l1 = p[1] or l1
            rows.append(dict(l1=l1, name=p[3], target=p[4], actual=p[5], weight=p[6], score=p[7], compl=None))
    R = {r["name"]: r for r in rows}
    trow = barrow(t, "总分｜")
    total, grade = c.m(r"本项目自评得分(\d+)分，评价等级为(\S\S)").groups()
    exec_row = dict(l1="预算执行", name="预算执行率", weight=tot[5], score=tot[7], target="100%", actual=tot[6], compl=None)
    indicator_checks(c, [exec_row] + rows, [trow[7], total], [trow[6]])
    c.grade(total, grade, "grade")
    act = lambda k: parse_val(R[k]["actual"])[1]
    tgt = lambda k: parse_val(R[k]["target"])[1]
    n2, cp = c.m(r"完成农村地籍调查宗地(\d+)宗，为年度目标的(\d+)%").groups()
    c.same(n2, act("完成农村地籍调查宗地数"), "宗地数")
    c.same(cnt, act("完成农村地籍调查宗地数"), "结算宗数")
    c.chk("completion_mismatch", close(cp, N(n2) / tgt("完成农村地籍调查宗地数") * 100), "宗地完成率")
    c.same(c.v(r"宗地成果检查合格率([\d.]+)%"), act("宗地成果检查合格率"), "合格率")
    c.same(c.v(r"调查成果按期提交率(\d+)%；"), act("调查成果按期提交率"), "按期提交率")
    c.same(c.v(r"每宗调查费用(\d+)元，"), act("每宗调查费用"), "每宗费用")
    c.same(price, act("每宗调查费用"), "合同单价")
    c.same(c.v(r"已支撑(\d+)宗宅基地确权发证"), act("支撑宅基地确权发证宗数"), "发证宗数")
    c.same(c.v(r"地籍数据库更新入库率(\d+)%。"), act("地籍数据库更新入库率"), "入库率")
    c.same(c.v(r"满意度抽样调查结果为([\d.]+)%"), act("群众满意度"), "满意度")
    c.same(c.v(r"宗地(\d+)宗以上；"), tgt("完成农村地籍调查宗地数"), "宗地目标")
    c.same(c.v(r"合格率不低于(\d+)%"), tgt("宗地成果检查合格率"), "合格率目标")
    c.same(c.v(r"按期提交率不低于(\d+)%"), tgt("调查成果按期提交率"), "提交率目标")
    c.same(c.v(r"每宗调查费用不超过(\d+)元"), tgt("每宗调查费用"), "费用目标")
    c.same(c.v(r"确权发证(\d+)宗以上"), tgt("支撑宅基地确权发证宗数"), "发证目标")
    c.same(c.v(r"更新入库率(\d+)%；"), tgt("地籍数据库更新入库率"), "入库率目标")
    c.same(c.v(r"群众满意度不低于(\d+)%"), tgt("群众满意度"), "满意度目标")
    c.same(c.v(r"完成调查(\d+)宗，成果"), act("完成农村地籍调查宗地数"), "goal block 宗数")
    c.years([(c.v(r"本项目(\d{4})年继续实施"), "gt", "继续实施"), (c.v(r"将在(\d{4})年度自评"), "gt", "下年自评")])


# ---------------------------------------------------------------- project 5: department, aligned columns
def check_hb(c):
    t = c.t
    seg = t[t.index("表1"):t.index("全年预算1283")]
    amt = {}
    for l in seg.split("\n"):
        m = re.match(r"^\s*(\S+)\s+(\d+)\s+([\d.]+)\s*$", l)
        if m:
            amt[int(m.group(2))] = m.group(3)
    A = lambda k: N(amt[k])
    c.total([amt[2]], amt[1], "行1 = 行2")
    c.total([amt[1], amt[3]], amt[4], "行4 = 1 + 3")
    c.total([amt[6], amt[9]], amt[5], "行5 = 6 + 9")
    c.total([amt[7], amt[8]], amt[6], "行6 = 7 + 8")
    c.total([amt[5], amt[10]], amt[11], "行11 = 5 + 10")
    c.chk("sum_mismatch", A(11) == A(4), "支出总计 = 收入总计")
    c.chk("balance_mismatch", A(10) == A(4) - A(5), "行10 = 4 - 5")
    budget, sp, er = c.m(r"全年预算(\d+)万元，实际支出([\d.]+)万元，预算执行率([\d.]+)%").groups()
    c.same(budget, amt[4], "全年预算")
    c.same(sp, amt[5], "实际支出")
    c.rate(er, N(sp), N(budget), "部门执行率")
    bb, bs, br = c.m(r"基本支出预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%").groups()
    c.same(bs, amt[6], "基本支出")
    c.rate(br, N(bs), N(bb), "基本支出执行率")
    pb, ps, pr = c.m(r"项目支出预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%").groups()
    c.same(ps, amt[9], "项目支出")
    c.rate(pr, N(ps), N(pb), "项目支出执行率")
    c.total([bb, pb], budget, "基本 + 项目预算 = 全年预算")
    c.same(c.v(r"年末结转和结余([\d.]+)万元"), amt[10], "结转结余")
    c.years([(c.v(r"已结转(\d{4})年使用"), "gt", "结转"), (c.v(r"^仙桃市不动产登记中心\n(\d{4})年度"), "eq", "title"),
             (c.v(r"表1  (\d{4})年度收支情况表"), "eq", "table"), (c.v(r"(\d{4})年4月12日"), "eq_or_next", "dated"),
             (c.v(r"与(\d{4})年度部门决算一致"), "eq", "决算"), (c.v(r"(\d{4})年我中心实施"), "eq", "projects")])
    m = c.m(r"全年预算分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，"
            r"支出分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，"
            r"执行率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%").groups()
    c.total(m[0:4], pb, "4个项目预算之和")
    c.total(m[4:8], ps, "4个项目支出之和")
    for i in range(4):
        c.rate(m[8 + i], N(m[4 + i]), N(m[i]), f"项目{i + 1}执行率")
    sc = c.m(r"自评得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分，平均自评得分(\d+)分").groups()
    mean = sum(N(x) for x in sc[:4]) / 4
    c.chk("average_mismatch", close(sc[4], mean), f"平均 {sc[4]} vs {mean}")
    c.chk("conflicting_values", c.v(r"执行率仅为([\d.]+)%") == m[10], "存量补录执行率 restated")
    c.chk("sum_mismatch", N(c.v(r"保障(\d+)个项目，全年预算分别为")) == 4, "项目个数")
    c.chk("average_mismatch", N(c.v(r"(\d+)个项目自评得分分别为")) == 4, "项目个数 (平均)")
    c.years([(c.v(r"(\d{4})年度部门收支情况见下表"), "eq", "收支表")])
    # score table
    seg = t[t.index("一级指标  二级指标"):]
    lines = seg.split("\n")
    rows, l1 = [], ""
    for l in lines[1:]:
        if l.startswith("合计"):
            tl = re.split(r"\s{2,}", l.strip())
            wt, st = tl[1], tl[2]
            break
        p = re.split(r"\s{2,}", l.strip())
        if len(p) == 7:
            l1 = p[0]
        p = p[-5:]
        rows.append(dict(l1=l1, name=p[0], weight=p[1], target=p[2], actual=p[3], score=p[4], compl=None))
    R = {r["name"]: r for r in rows}
    sub = []
    for nm in ("投入", "过程", "产出", "效益"):
        w, s = c.m(nm + r"指标(\d+)分，得([\d.]+)分").groups()
        sub.append((nm, w, s))
    total, grade = c.m(r"部门整体支出自评总分(\d+)分，评价等级为(\S\S)").groups()
    indicator_checks(c, rows, [st, total], [wt], sub)
    c.grade(total, grade, "grade")
    act = lambda k: parse_val(R[k]["actual"])[1]
    tgt = lambda k: parse_val(R[k]["target"])[1]
    c.rate(R["预算执行率"]["actual"], A(5), A(4), "table 执行率")
    c.rate(R["结转结余率"]["actual"], A(10), A(4), "结转结余率")
    staff, onjob = c.m(r"核定编制(\d+)名，年末实有在职人员(\d+)名").groups()
    c.rate(R["在职人员控制率"]["actual"], N(onjob), N(staff), "在职人员控制率")
    c.same(c.v(r"办理各类不动产登记业务(\d+)件"), act("不动产登记办件量"), "办件量")
    r1, r2 = c.m(r"入库率([\d.]+)%，低于(\d+)%的年度目标").groups()
    c.same(r1, act("存量数据整合入库率"), "入库率")
    c.same(r2, tgt("存量数据整合入库率"), "入库率目标")
    c.same(c.v(r"一般登记平均(\d+)个工作日办结"), act("一般登记办结时限"), "办结时限")
    c.same(c.v(r"\"一网通办\"率([\d.]+)%"), act("登记业务一网通办率"), "一网通办率")
    c.same(c.v(r"办事群众满意度([\d.]+)%"), act("办事群众满意度"), "满意度")


PROJECTS = {
    "sx-zezhou-zjdqueren-2020": (check_sx, 2020),
    "sc-luxian-zjdgaige-2021": (check_sc, 2021),
    "nx-pingluo-xianzhipanhuo-2022": (check_nx, 2022),
    "hn-youxian-dijidiaocha-2018": (check_hn, 2018),
    "hb-xiantao-bdcdjzx-2023": (check_hb, 2023),
}


def run_checks(pid, text):
    fn, year = PROJECTS[pid]
    c = Ctx(text, year)
    fn(c)
    return c.res


def main():
    errors = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        errors.append("labels.jsonl and cases/ do not list the same files")
    counts = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    for lab in labels:
        pid, name = lab["source"], lab["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                errors.append(f"{name}: clean case with labels")
            n = len(text)
            if not 2800 <= n <= 3400:
                errors.append(f"{name}: length {n} outside 2800-3400")
            try:
                res = run_checks(pid, text)
            except ExtractError as e:
                errors.append(f"{name}: extraction failed: {e}")
                continue
            bad = [r for r in res if not r[1]]
            for r in bad:
                errors.append(f"{name}: clean draft fails {r[0]}: {r[2]}")
            print(f"{name}: {len(res)} checks, {len(bad)} failing")
            continue
        if len(lab["expected"]) != 1:
            errors.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp["severity"] != "error":
            errors.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        counts[code] = counts.get(code, 0) + 1
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            errors.append(f"{name}: label value {value!r} occurs {len(occ)} times")
            continue
        # one contiguous difference overlapping the label value
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        c0, c1 = p, len(clean) - s
        if text[:d0] + clean[c0:c1] + text[d1:] != clean or d1 <= d0:
            errors.append(f"{name}: not a single contiguous edit")
        v0, v1 = occ[0], occ[0] + len(value)
        if not (v0 < d1 and d0 < v1):
            errors.append(f"{name}: edit [{d0},{d1}) does not overlap label value at [{v0},{v1})")
        try:
            res = run_checks(pid, text)
        except ExtractError as e:
            errors.append(f"{name}: extraction failed: {e}")
            continue
        failing = {r[0] for r in res if not r[1]} - WARNINGS
        if code not in failing:
            errors.append(f"{name}: labelled {code} does not fail")
        extra = failing - {code}
        for r in res:
            if not r[1] and r[0] in extra:
                errors.append(f"{name}: unlabelled {r[0]} fails: {r[2]}")
        msgs = "; ".join(r[2] for r in res if not r[1] and r[0] == code)
        print(f"{name}: {code} -> {msgs}")
    for k in CODES:
        if counts.get(k, 0) < 2:
            errors.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
