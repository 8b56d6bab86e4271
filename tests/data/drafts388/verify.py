#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. labels.jsonl: one line per case file, every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every code of errors.md section A (1-13) is used at least twice;
4. the arithmetic of every draft is redone: all checks pass on the clean drafts; on an error case the
   labelled code fails and no other error-level code fails.

Tolerance follows rules.md section 8: a stated value with d decimals agrees with a computed value c
iff |c - v| <= 0.5 * 10^-d (ROUND_HALF_UP world, Decimal arithmetic). Approximate figures (约) get an
input interval of half a unit of their last digit.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 34
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARN = {"score_rule_mismatch", "deviation_unexplained"}  # warning level: must hold on clean drafts only

MU = D("0.0015")  # 亩 per 平方米 (1亩 = 10000/15 平方米)


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------- helpers
def find(t, pat, flags=re.S):
    m = re.search(pat, t, flags)
    if not m:
        raise ExtractError("pattern not found: %s" % pat)
    return m


def findall(t, pat, flags=re.S):
    return re.findall(pat, t, flags)


def ndec(s):
    s = str(s).strip()
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated: string as written; computed: Decimal."""
    tol = D("0.5") * (D(10) ** -ndec(stated)) + D("1e-9")
    return abs(D(stated) - D(computed)) <= tol


def approx(stated, lo, hi):
    """约-figure: stated +- half a unit of its last digit must meet the computed interval [lo, hi]."""
    h = D("0.5") * (D(10) ** -ndec(stated))
    v = D(stated)
    return v - h <= hi and lo <= v + h


def pct(a, b):
    return D(a) / D(b) * 100


UNIT_FACTOR = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def money_vs(stated_num, stated_unit, computed_wan):
    """Compare an amount written with its unit against a value computed in 万元.
    Returns None if it agrees, 'unit' if it is off by exactly a 10^4 rescaling, 'value' otherwise."""
    f = UNIT_FACTOR[stated_unit]
    in_unit = D(computed_wan) / f
    if agrees(stated_num, in_unit):
        return None
    for k in (D(10000), D("0.0001"), D(100000000), D("0.00000001")):
        if agrees(stated_num, in_unit * k):
            return "unit"
    return "value"


def band(total):
    s = D(total)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

SIGN_GTE = ("≥", "＞", ">", "不低于", "不少于")
SIGN_LTE = ("≤", "＜", "<", "不高于", "不超过")
NUM_RE = re.compile(r"^(≥|≤|＜|＞|<|>|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    """'≥1500万平方米' -> (sign, Decimal, unit); None if not a number (dates, text)."""
    s = s.strip()
    if re.search(r"\d{4}年|\d+月\d+日", s):
        return None
    m = NUM_RE.match(s)
    if not m:
        return None
    return (m.group(1) or "", D(m.group(2)), m.group(3).strip())


def direction(sign, target):
    if sign in SIGN_GTE:
        return "gte"
    if sign in SIGN_LTE:
        return "lte"
    if target == 0:
        return "eq0"
    return "gte"


def completion(sign, T, A):
    d = direction(sign, T)
    if d == "gte":
        return A / T * 100
    if d == "lte":
        return D(100) if A <= T else T / A * 100
    return D(100) if A <= 0 else D(0)


def rule_score(sign, T, A, w):
    d = direction(sign, T)
    if d == "gte":
        return w if A >= T else w * max(A, D(0)) / T
    if d == "lte":
        return w if A <= T else w * T / A
    return w if A <= 0 else D(0)


class Checks:
    def __init__(self):
        self.res = []

    def add(self, code, cond, desc):
        self.res.append((code, bool(cond), desc))

    def money(self, code, num, unit, computed_wan, desc):
        r = money_vs(num, unit, computed_wan)
        if r == "unit":
            self.add("unit_mismatch", False, desc + " (off by a power of ten: wrong money unit)")
        else:
            self.add(code, r is None, desc)

    def row(self, name, target, actual, w, s, comp=None, note=None):
        """Checks of one indicator row (strings as written)."""
        self.add("score_exceeds_weight", D(0) <= D(s) <= D(w), "%s: 0 <= score %s <= weight %s" % (name, s, w))
        pt, pa = parse_val(target), parse_val(actual)
        if pt is None or pa is None:
            if comp is not None and comp.strip() not in ("", "—"):
                # dates / qualitative rows: met -> 100%
                self.add("completion_mismatch", D(comp.rstrip("%")) == 100 and D(s) == D(w),
                         "%s: qualitative/date row met, completion %s" % (name, comp))
            else:
                self.add("score_rule_mismatch", D(s) == D(w), "%s: qualitative/date row met -> full score" % name)
            return
        if pt[2] != pa[2]:
            self.add("unit_mismatch", False, "%s: target unit %r vs actual unit %r" % (name, pt[2], pa[2]))
            return
        self.add("unit_mismatch", True, "%s: units agree (%s)" % (name, pt[2]))
        sign, T, A = pt[0], pt[1], pa[1]
        if comp is not None:
            c = completion(sign, T, A)
            self.add("completion_mismatch", agrees(comp.rstrip("%"), c),
                     "%s: completion %s vs computed %.4f" % (name, comp, c))
        rs = rule_score(sign, T, A, D(w))
        self.add("score_rule_mismatch", agrees(s, rs), "%s: score %s vs rule %.4f" % (name, s, rs))
        if completion(sign, T, A) < 100 and note is not None:
            self.add("deviation_unexplained", note.strip() != "", "%s: shortfall explained" % name)


def exec_score_ok(score, rate_stated, spent, budget, w):
    r_unrounded = min(D(spent) / D(budget), D(1))
    r_stated = min(D(rate_stated) / 100, D(1))
    return agrees(score, D(w) * r_unrounded) or agrees(score, D(w) * r_stated)


def same(c, code, a, b, desc):
    c.add(code, D(a) == D(b), "%s: %s vs %s" % (desc, a, b))


# ----------------------------------------------------------------------------- Hunan 2022
def check_junshan(t):
    c = Checks()
    Y = 2022
    # funds table (tab separated MOF layout)
    tot = find(t, r"\t年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t([\d.]+)%\t([\d.]+)").groups()
    app = find(t, r"其中：当年财政拨款\t([\d.]+)\t([\d.]+)\t([\d.]+)").groups()
    cry = find(t, r"\t上年结转资金\t([\d.]+)\t([\d.]+)\t([\d.]+)").groups()
    oth = find(t, r"\t其他资金\t([\d.]+)\t([\d.]+)\t([\d.]+)").groups()
    for j, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.add("sum_mismatch", D(tot[j]) == D(app[j]) + D(cry[j]) + D(oth[j]), "funds table %s column sum" % col)
    c.add("rate_mismatch", agrees(tot[4], pct(tot[2], tot[1])), "table 执行率 %s%%" % tot[4])
    c.add("implausible_rate", D(tot[4]) <= 100, "table 执行率 <= 100%")
    c.add("score_exceeds_weight", D(tot[5]) <= D(tot[3]), "execution score <= weight")
    c.add("score_rule_mismatch", exec_score_ok(tot[5], tot[4], tot[2], tot[1], tot[3]), "execution score")
    # prose funds
    p_init, p_app0, p_cry = find(t, r"年初预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元").groups()
    p_add, p_annual = find(t, r"追加血防专项([\d.]+)万元，全年预算调整为([\d.]+)万元").groups()
    c.add("sum_mismatch", D(p_init) == D(p_app0) + D(p_cry), "prose 年初 = 拨款 + 结转")
    c.add("sum_mismatch", D(p_annual) == D(p_init) + D(p_add), "prose 全年 = 年初 + 追加")
    src = find(t, r"当年财政拨款([\d.]+)万元按来源分：中央转移支付([\d.]+)万元（(\d{4})年(\d+)月提前下达([\d.]+)万元，(\d{4})年\d+月续下达([\d.]+)万元），省级资金([\d.]+)万元，区级配套([\d.]+)万元").groups()
    c.add("sum_mismatch", D(src[0]) == D(src[1]) + D(src[7]) + D(src[8]), "拨款 = 中央 + 省 + 区")
    c.add("sum_mismatch", D(src[1]) == D(src[4]) + D(src[6]), "中央 = 提前下达 + 续下达")
    c.add("sum_mismatch", D(src[0]) == D(p_app0) + D(p_add), "拨款 = 年初拨款 + 追加")
    c.add("year_mismatch", (int(src[2]) == Y - 1 and src[3] == "12") or int(src[2]) == Y, "advance issue date")
    c.add("year_mismatch", int(src[5]) == Y, "second issue year")
    for a, b, d in ((p_init, tot[0], "年初"), (p_annual, tot[1], "全年预算"), (p_app0, app[0], "拨款年初"),
                    (src[0], app[1], "拨款全年"), (p_cry, cry[0], "结转年初")):
        same(c, "conflicting_values", a, b, "prose vs table " + d)
    ye, p_spent, p_rate = find(t, r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元，预算执行率([\d.]+)%").groups()
    c.add("year_mismatch", int(ye) == Y, "截至 year")
    same(c, "conflicting_values", p_spent, tot[2], "spent prose vs table")
    same(c, "conflicting_values", p_rate, tot[4], "rate prose vs table")
    s_app, r_app = find(t, r"当年财政拨款支出([\d.]+)万元，执行率([\d.]+)%").groups()
    same(c, "conflicting_values", s_app, app[2], "拨款 spent prose vs table")
    c.add("rate_mismatch", agrees(r_app, pct(s_app, src[0])), "拨款 sub-rate %s" % r_app)
    uses = find(t, r"按用途分，查螺民工补助及交通费([\d.]+)万元，药物灭螺([\d.]+)万元，人群和家畜查病([\d.]+)万元，晚血病人救治([\d.]+)万元，健康教育及业务培训([\d.]+)万元").groups()
    c.add("sum_mismatch", sum(D(x) for x in uses) == D(p_spent), "uses sum to spent")
    bal, by = find(t, r"年末尚未支付的([\d.]+)万元.*?结转至(\d{4})年").groups()
    c.add("balance_mismatch", agrees(bal, D(p_annual) - D(p_spent)), "carry-forward = 全年 - 执行")
    c.add("year_mismatch", int(by) > Y, "carry-forward year after %d" % Y)
    # outputs prose
    area, mu, comp, ly, lyv, inc = find(t, r"全年查螺([\d.]+)万平方米（折合约([\d.]+)万亩），完成年度目标任务的([\d.]+)%，较(\d{4})年的([\d.]+)万平方米增加([\d.]+)万平方米").groups()
    goal_area = find(t, r"全年查螺(\d+)万平方米以上").group(1)
    c.add("conflicting_values", approx(mu, D(area) * MU, D(area) * MU), "约万亩 conversion")
    c.add("completion_mismatch", agrees(comp, pct(area, goal_area)), "prose completion %s" % comp)
    c.add("year_mismatch", int(ly) == Y - 1, "last-year comparison")
    c.add("sum_mismatch", D(area) - D(lyv) == D(inc), "increase over last year")
    towns = find(t, r"分别查螺([\d.]+)万、([\d.]+)万、([\d.]+)万平方米，平均每镇([\d.]+)万平方米").groups()
    c.add("average_mismatch", agrees(towns[3], sum(D(x) for x in towns[:3]) / 3), "town average")
    c.add("sum_mismatch", sum(D(x) for x in towns[:3]) <= D(area), "towns within total")
    mol, molcost, per = find(t, r"药物灭螺([\d.]+)万平方米，灭螺药物及施药费用([\d.]+)万元，折合每平方米([\d.]+)元").groups()
    c.add("average_mismatch", agrees(per, D(molcost) / D(mol)), "cost per m2")
    same(c, "conflicting_values", molcost, uses[1], "molluscicide cost prose")
    scr, pos, prate = find(t, r"人群血清学筛查(\d+)人，血检阳性(\d+)人，阳性率([\d.]+)%").groups()
    c.add("rate_mismatch", agrees(prate, pct(pos, scr)), "positive rate")
    npat, tcost, percap = find(t, r"全区(\d+)名晚期血吸虫病人全部纳入救治，救治费用([\d.]+)万元，人均(\d+)元").groups()
    c.money("average_mismatch", percap, "元", D(tcost) / D(npat), "per-patient cost")
    same(c, "conflicting_values", tcost, uses[3], "treatment cost prose")
    know = find(t, r"居民血防知识知晓率为([\d.]+)%").group(1)
    sat = find(t, r"满意度为([\d.]+)%").group(1)
    c.add("implausible_rate", D(sat) <= 100 and D(know) <= 100, "satisfaction / awareness <= 100%")
    p_total, p_grade = find(t, r"本项目自评得分([\d.]+)分，评价等级为“(.+?)”").groups()
    # indicator table
    rows = []
    for line in t.split("\n"):
        cells = line.split("\t")
        if len(cells) >= 8 and cells[0] == "" and re.match(r"^\d+(\.\d+)?$", cells[6] or "x") and cells[4]:
            rows.append(cells)
    if len(rows) != 11:
        raise ExtractError("expected 11 indicator rows, got %d" % len(rows))
    for r in rows:
        c.row(r[3], r[4], r[5], r[6], r[7], note=r[8] if len(r) > 8 else "")
    byname = {r[3]: r for r in rows}
    same(c, "conflicting_values", byname["查螺面积"][5].replace("万平方米", ""), area, "查螺面积")
    same(c, "conflicting_values", byname["药物灭螺面积"][5].replace("万平方米", ""), mol, "药物灭螺面积")
    same(c, "conflicting_values", byname["人群血清学筛查人数"][5].replace("人", ""), scr, "筛查人数")
    same(c, "conflicting_values", byname["居民血防知识知晓率"][5].rstrip("%"), know, "知晓率")
    same(c, "conflicting_values", byname["晚血病人及家属满意度"][5].rstrip("%"), sat, "满意度")
    same(c, "conflicting_values", byname["每平方米药物灭螺成本"][5].rstrip("元"), per, "unit cost")
    ty = find(t, r"项目支出绩效自评表\n（(\d{4})年度）").group(1)
    c.add("year_mismatch", int(ty) == Y, "table year")
    tw, ts = find(t, r"\n总分\t(\d+)\t([\d.]+)").groups()
    c.add("weight_sum_mismatch", sum(D(r[6]) for r in rows) + D(tot[3]) == D(tw) == 100, "weights sum to 100")
    c.add("score_sum_mismatch", agrees(ts, sum(D(r[7]) for r in rows) + D(tot[5])), "table total")
    same(c, "conflicting_values", p_total, ts, "total prose vs table")
    c.add("grade_mismatch", GRADE_WORD[p_grade] == band(p_total), "grade %s for %s" % (p_grade, p_total))
    return c


# ----------------------------------------------------------------------------- Jiangxi 2020
def check_yugan(t):
    c = Checks()
    Y = 2020
    for y in findall(t, r"(\d{4})年度查螺灭螺专项资金"):
        c.add("year_mismatch", int(y) == Y, "evaluated year mention %s" % y)
    ty = find(t, r"项目支出绩效自评表\n（(\d{4})年度）").group(1)
    c.add("year_mismatch", int(ty) == Y, "table year")
    ny = find(t, r"《关于开展(\d{4})年度部门预算项目支出绩效自评工作的通知》").group(1)
    c.add("year_mismatch", int(ny) == Y, "notice year")
    pub = find(t, r"发布时间：(\d{4})-").group(1)
    c.add("year_mismatch", int(pub) >= Y, "published after the year")
    init, cen, prov0, cty = find(t, r"项目年初预算([\d.]+)万元，其中中央补助([\d.]+)万元、省级补助([\d.]+)万元、县级配套([\d.]+)万元").groups()
    add, annual, rec_rate = find(t, r"追加汛后查灭螺经费([\d.]+)万元，全年预算为([\d.]+)万元，资金全部到位，到位率(\d+)%").groups()
    c.add("sum_mismatch", D(init) == D(cen) + D(prov0) + D(cty), "年初 = 中央 + 省 + 县")
    c.add("sum_mismatch", D(annual) == D(init) + D(add), "全年 = 年初 + 追加")
    c.add("rate_mismatch", D(rec_rate) == 100, "全部到位 -> 100%")
    spent, rate, bal, by = find(t, r"项目全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，年末结余([\d.]+)万元，已结转(\d{4})年").groups()
    c.add("rate_mismatch", agrees(rate, pct(spent, annual)), "prose 执行率")
    c.add("balance_mismatch", agrees(bal, D(annual) - D(spent)), "结余 = 到位 - 执行")
    c.add("year_mismatch", int(by) > Y, "carry-forward year")
    uses = find(t, r"按用途分，查螺民工补助([\d.]+)万元，药物灭螺([\d.]+)万元，人群查病([\d.]+)万元，环改灭螺配套([\d.]+)万元，健康教育([\d.]+)万元").groups()
    c.add("sum_mismatch", sum(D(x) for x in uses) == D(spent), "uses sum to spent")
    area, spring, autumn = find(t, r"全年查螺([\d.]+)万平方米，其中春季([\d.]+)万平方米、秋季([\d.]+)万平方米").groups()
    c.add("sum_mismatch", D(spring) + D(autumn) == D(area), "spring + autumn")
    mol, mu, molcost, permu = find(t, r"全年药物灭螺([\d.]+)万平方米（约(\d+)亩），药物灭螺支出([\d.]+)万元，亩均约([\d.]+)元").groups()
    c.add("conflicting_values", approx(mu, D(mol) * 10000 * MU, D(mol) * 10000 * MU), "约亩 conversion of the mollusciciding area")
    c.add("average_mismatch", approx(permu, D(molcost) * 10000 / (D(mu) + D("0.5")), D(molcost) * 10000 / (D(mu) - D("0.5"))), "cost per 亩")
    same(c, "conflicting_values", molcost, uses[1], "molluscicide cost")
    env, short = find(t, r"实施环境改造灭螺(\d+)亩，.*?差(\d+)亩未完成").groups()
    env_goal = find(t, r"环境改造灭螺(\d+)亩，沿湖").group(1)
    c.add("sum_mismatch", D(env_goal) - D(env) == D(short), "环改 shortfall")
    scr, pos, prate = find(t, r"全年血清学检查(\d+)人，血检阳性(\d+)人，阳性率([\d.]+)%").groups()
    c.add("rate_mismatch", agrees(prate, pct(pos, scr)), "positive rate")
    ly, lyv, nowv, drop = find(t, r"有螺面积由(\d{4})年的([\d.]+)万平方米下降到([\d.]+)万平方米，下降([\d.]+)%").groups()
    c.add("year_mismatch", int(ly) == Y - 1, "last-year comparison")
    c.add("rate_mismatch", agrees(drop, (D(lyv) - D(nowv)) / D(lyv) * 100), "decline rate")
    sat = find(t, r"疫区群众满意度为([\d.]+)%").group(1)
    c.add("implausible_rate", D(sat) <= 100, "satisfaction")
    grade = find(t, r"本项目自评等级为“(.+?)”").group(1)
    # table
    lines = t.split("\n")
    tot = find(t, r"\n年度资金总额\t([\d.]+)\t([\d.]+)\t([\d.]+)\t(\d+)\t([\d.]+)%\t([\d.]+)").groups()
    fund_rows = {}
    for nm in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        cells = find(t, r"\n" + nm + r"\t([^\n]*)").group(1).split("\t")
        fund_rows[nm] = cells
    for j in range(3):
        c.add("sum_mismatch", D(tot[j]) == sum(D(fund_rows[k][j]) for k in fund_rows), "funds column %d" % j)
    for nm, cells in fund_rows.items():
        r = cells[4]
        if D(cells[1]) == 0:
            c.add("implausible_rate", r in ("—", "0", "0%", "0.00%", ""), "%s: no rate on a zero base (%s)" % (nm, r))
        elif r != "—":
            c.add("rate_mismatch", agrees(r.rstrip("%"), pct(cells[2], cells[1])), "%s rate" % nm)
    same(c, "conflicting_values", tot[0], init, "年初")
    same(c, "conflicting_values", tot[1], annual, "全年")
    same(c, "conflicting_values", tot[2], spent, "执行")
    same(c, "conflicting_values", tot[4], rate, "执行率")
    c.add("rate_mismatch", agrees(tot[4], pct(tot[2], tot[1])), "table 执行率")
    c.add("score_exceeds_weight", D(tot[5]) <= D(tot[3]), "execution score <= weight")
    c.add("score_rule_mismatch", exec_score_ok(tot[5], tot[4], tot[2], tot[1], tot[3]), "execution score")
    rows = [l.split("\t") for l in lines if re.match(r"^(产出|效益|满意度)指标\t", l)]
    if len(rows) != 10:
        raise ExtractError("expected 10 indicator rows, got %d" % len(rows))
    for r in rows:
        c.row(r[2], r[3], r[4], r[5], r[6], note=r[7] if len(r) > 7 else "")
    byname = {r[2]: r for r in rows}
    same(c, "conflicting_values", byname["查螺面积"][4].replace("万平方米", ""), area, "查螺面积")
    same(c, "conflicting_values", byname["药物灭螺面积"][4].replace("万平方米", ""), mol, "药物灭螺面积")
    same(c, "conflicting_values", byname["环境改造灭螺面积"][4].replace("亩", ""), env, "环改")
    same(c, "conflicting_values", byname["人群血清学检查人数"][4].replace("人", ""), scr, "查病人数")
    same(c, "conflicting_values", byname["有螺面积较上年下降"][4].rstrip("%"), drop, "下降率")
    same(c, "conflicting_values", byname["疫区群众满意度"][4].rstrip("%"), sat, "满意度")
    same(c, "conflicting_values", byname["药物灭螺亩均成本"][4].rstrip("元"), permu, "亩均成本")
    goal = find(t, r"\t查螺([\d.]+)万平方米，药物灭螺([\d.]+)万平方米，环改灭螺(\d+)亩，查病(\d+)人").groups()
    for a, b, d in zip(goal, (area, mol, env, scr), ("goal 查螺", "goal 灭螺", "goal 环改", "goal 查病")):
        same(c, "conflicting_values", a, b, d)
    tw, ts = find(t, r"\n总分\t+(\d+)\t([\d.]+)").groups()
    c.add("weight_sum_mismatch", sum(D(r[5]) for r in rows) + D(tot[3]) == D(tw) == 100, "weights sum to 100")
    c.add("score_sum_mismatch", agrees(ts, sum(D(r[6]) for r in rows) + D(tot[5])), "table total %s" % ts)
    c.add("grade_mismatch", GRADE_WORD[grade] == band(ts), "grade %s for %s" % (grade, ts))
    return c


# ----------------------------------------------------------------------------- Shanxi 2019
def check_yanggao(t):
    c = Checks()
    Y = 2019
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]
    tab = {}
    for label in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"):
        m = find(t, "\t" + re.escape(label) + r"\n\t\(\d\)[^\n]*\n((?:\t[^\n]*\n){8})")
        vals = [x.strip() for x in m.group(1).strip("\n").split("\n")]
        tab[label] = dict(zip(cols, vals))
    for label in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = tab[label]
        c.add("sum_mismatch", D(r["sub"]) == D(r["central"]) + D(r["prov"]) + D(r["city"]) + D(r["county"]), "%s 小计" % label)
        c.add("sum_mismatch", D(r["total"]) == D(r["sub"]) + D(r["carry"]) + D(r["other"]), "%s 总额" % label)
    for k in cols:
        b, rec, ex, bal = (D(tab[x][k]) for x in ("全年预算资金", "实际到位资金", "全年执行资金", "资金结余"))
        c.add("balance_mismatch", bal == rec - ex, "(5)=(3)-(4) %s" % k)
        for label, num in (("预算到位率", rec), ("预算执行率(%)", ex)):
            s = tab[label][k]
            if b == 0:
                c.add("implausible_rate", D(s) == 0, "%s %s on zero base prints 0" % (label, k))
            else:
                c.add("rate_mismatch", agrees(s, num / b * 100), "%s %s: %s" % (label, k, s))
                c.add("implausible_rate", D(s) <= 100, "%s %s <= 100" % (label, k))
    c.add("sum_mismatch", tab["年初预算资金"]["total"] == tab["全年预算资金"]["total"], "未作调整 -> 年初 = 全年")
    # prose
    fin, iod, flu, edu, carry = find(t, r"项目财政资金([\d.]+)万元，其中碘缺乏病监测([\d.]+)万元、饮水型氟中毒监测([\d.]+)万元、健康教育及实验室能力建设([\d.]+)万元；另有上年结转资金([\d.]+)万元").groups()
    c.add("sum_mismatch", D(fin) == D(iod) + D(flu) + D(edu), "sub-items sum")
    same(c, "conflicting_values", fin, tab["全年预算资金"]["sub"], "财政资金")
    same(c, "conflicting_values", carry, tab["全年预算资金"]["carry"], "结转")
    py = find(t, r"项目实施计划：1年（(\d{4})年1月至12月）").group(1)
    c.add("year_mismatch", int(py) == Y, "implementation year")
    p_total, p_grade = find(t, r"总得分([\d.]+)分，属于“(.+?)”").groups()
    ye, p_spent, p_rate, p_srate = find(t, r"截至(\d{4})年12月31日，项目全年执行资金([\d.]+)万元，预算执行率([\d.]+)%，其中财政资金执行率([\d.]+)%").groups()
    c.add("year_mismatch", int(ye) == Y, "截至 year %s" % ye)
    same(c, "conflicting_values", p_spent, tab["全年执行资金"]["total"], "执行")
    same(c, "conflicting_values", p_rate, tab["预算执行率(%)"]["total"], "执行率")
    same(c, "conflicting_values", p_srate, tab["预算执行率(%)"]["sub"], "财政执行率")
    crec, cgap = find(t, r"县级配套资金到位([\d.]+)万元，尚有([\d.]+)万元未到位").groups()
    same(c, "conflicting_values", crec, tab["实际到位资金"]["county"], "县级到位")
    c.add("sum_mismatch", D(tab["全年预算资金"]["county"]) - D(crec) == D(cgap), "县级未到位")
    pbal, cb, pb = find(t, r"中央和省级资金结余([\d.]+)万元，已结转至(\d{4})年").groups()[0], None, None
    by = find(t, r"中央和省级资金结余[\d.]+万元，已结转至(\d{4})年").group(1)
    c.add("year_mismatch", int(by) > Y, "carry-forward year")
    c.add("balance_mismatch", D(pbal) == D(tab["资金结余"]["central"]) + D(tab["资金结余"]["prov"]), "中央+省 结余")
    fb, frec_note, fs, fbal = find(t, r"饮水型氟中毒监测经费([\d.]+)万元(全部为中央资金，已全额到位)，全年支出([\d.]+)万元，结余([\d.]+)万元").groups()
    same(c, "conflicting_values", fb, flu, "氟 sub-item budget")
    c.add("balance_mismatch", agrees(fbal, D(fb) - D(fs)), "氟 sub-item balance %s" % fbal)
    n_child, towns, avg = None, None, None
    m = find(t, r"共检查8—10岁儿童(\d+)名，各乡镇分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)名，平均每个乡镇([\d.]+)名；B超检出甲状腺肿大(\d+)人，肿大率([\d.]+)%").groups()
    n_child, towns, avg, goit, grate = m[0], m[1:6], m[6], m[7], m[8]
    c.add("sum_mismatch", sum(D(x) for x in towns) == D(n_child), "towns sum to children")
    c.add("average_mismatch", agrees(avg, sum(D(x) for x in towns) / len(towns)), "town average %s" % avg)
    c.add("rate_mismatch", agrees(grate, pct(goit, n_child)), "goitre rate")
    salt, qual, qrate = find(t, r"检测居民户盐样(\d+)份，其中合格碘盐(\d+)份，合格碘盐食用率([\d.]+)%").groups()
    c.add("rate_mismatch", agrees(qrate, pct(qual, salt)), "iodised salt rate")
    wsites, wok, wrate = find(t, r"对(\d+)处改水工程逐一采集水样，(\d+)处正常运行，运行率([\d.]+)%").groups()
    c.add("rate_mismatch", agrees(wrate, pct(wok, wsites)), "water works running rate")
    fch, fpos, frate, fly = find(t, r"检查8—12岁儿童(\d+)人，检出氟斑牙(\d+)人，检出率([\d.]+)%，与(\d{4})年").groups()
    c.add("rate_mismatch", agrees(frate, pct(fpos, fch)), "fluorosis rate")
    c.add("year_mismatch", int(fly) == Y - 1, "last-year comparison")
    sat = find(t, r"满意度为([\d.]+)%").group(1)
    c.add("implausible_rate", D(sat) <= 100, "satisfaction")
    # 附件1
    part = t[t.index("附件1.项目支出绩效自评表"):]
    blocks = [b for b in part.split("\n\n") if b.strip()][1:]
    rows = []
    for b in blocks:
        cells = [x[1:] if x.startswith("\t") else x for x in b.split("\n")]
        if len(cells) >= 8:
            rows.append(cells)
    header = [r for r in rows if r[0] == "一级指标"]
    rows = [r for r in rows if r[0] != "一级指标"]
    if len(header) != 1 or len(rows) != 13:
        raise ExtractError("附件1: expected 12 rows + 合计, got %d" % len(rows))
    total = rows[-1]
    rows = rows[:-1]
    for r in rows:
        c.row(r[2], r[4], r[5], r[3], r[7], comp=r[6], note=r[8] if len(r) > 8 else "")
    ex = rows[0]
    c.add("score_rule_mismatch", exec_score_ok(ex[7], ex[5].rstrip("%"), tab["全年执行资金"]["total"], tab["全年预算资金"]["total"], ex[3]), "execution score")
    same(c, "conflicting_values", ex[5].rstrip("%"), tab["预算执行率(%)"]["total"], "附件1 执行率")
    byname = {r[2]: r for r in rows}
    for nm, val in (("儿童甲状腺B超检查人数", n_child + "人"), ("居民户盐碘检测份数", salt + "份"),
                    ("改水工程水氟监测处数", wsites + "处"), ("8—12岁儿童氟斑牙检查人数", fch + "人"),
                    ("合格碘盐食用率", qrate + "%"), ("儿童甲状腺肿大率", grate + "%"),
                    ("8—12岁儿童氟斑牙检出率", frate + "%"), ("改水工程正常运行率", wrate + "%"),
                    ("监测对象满意度", sat + "%")):
        c.add("conflicting_values", byname[nm][5] == val, "%s table %s vs prose %s" % (nm, byname[nm][5], val))
    same(c, "conflicting_values", byname["项目支出控制数"][5].replace("万元", ""), tab["全年执行资金"]["total"], "cost row actual")
    c.add("weight_sum_mismatch", sum(D(r[3]) for r in rows) == D(total[3]) == 100, "weights sum to 100")
    c.add("score_sum_mismatch", agrees(total[7], sum(D(r[7]) for r in rows)), "table total")
    same(c, "conflicting_values", p_total, total[7], "total prose vs table")
    c.add("grade_mismatch", GRADE_WORD[p_grade] == band(p_total), "grade")
    return c


# ----------------------------------------------------------------------------- Sichuan 2023
def check_dechang(t):
    c = Checks()
    Y = 2023
    for y in findall(t, r"(\d{4})年度(?:德昌县疾病预防控制中心)?项目支出"):
        c.add("year_mismatch", int(y) == Y, "title/table year %s" % y)
    init, fin0, unit0, add, annual = find(t, r"年初预算([\d.]+)万元，其中财政资金([\d.]+)万元、单位资金([\d.]+)万元；年中省级追加晚期血吸虫病人救治补助([\d.]+)万元，调整后全年预算([\d.]+)万元").groups()
    cen, prov, cty, own = find(t, r"中央补助资金([\d.]+)万元、省级补助资金([\d.]+)万元（含追加部分）、县级配套([\d.]+)万元、单位自有资金([\d.]+)万元").groups()
    c.add("sum_mismatch", D(init) == D(fin0) + D(unit0), "年初 = 财政 + 单位")
    c.add("sum_mismatch", D(annual) == D(init) + D(add), "全年 = 年初 + 追加")
    c.add("sum_mismatch", D(annual) == D(cen) + D(prov) + D(cty) + D(own), "全年 = sources")
    spent, rate, fspent, frate, uspent = find(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%。其中财政资金支出([\d.]+)万元，执行率([\d.]+)%；单位资金([\d.]+)万元全部").groups()
    c.add("rate_mismatch", agrees(rate, pct(spent, annual)), "执行率")
    c.add("sum_mismatch", D(spent) == D(fspent) + D(uspent), "spent = 财政 + 单位")
    bal, by = find(t, r"年末未支付的([\d.]+)万元为秋季查螺民工补助尾款，结转至(\d{4})年").groups()
    c.add("balance_mismatch", agrees(bal, D(annual) - D(spent)), "结转 = 全年 - 执行")
    c.add("year_mismatch", int(by) > Y, "carry-forward year")
    ay = find(t, r"资金于(\d{4})年3月至9月分三批到位").group(1)
    c.add("year_mismatch", int(ay) == Y, "funds arrival year")
    area, mu, comp, ly, lyv, inc = find(t, r"全年查螺([\d.]+)万平方米（约([\d.]+)万亩），完成年度任务的([\d.]+)%，较(\d{4})年的([\d.]+)万平方米增加([\d.]+)万平方米").groups()
    goal_area = find(t, r"全年查螺(\d+)万平方米以上").group(1)
    c.add("conflicting_values", approx(mu, D(area) * MU, D(area) * MU), "约万亩 conversion")
    c.add("completion_mismatch", agrees(comp, pct(area, goal_area)), "area completion")
    c.add("year_mismatch", int(ly) == Y - 1, "last year")
    c.add("sum_mismatch", D(area) - D(lyv) == D(inc), "increase")
    mol = find(t, r"；药物灭螺([\d.]+)万平方米。").group(1)
    scr, scomp, pos, prate = find(t, r"人群血清学检查(\d+)人，完成年度目标的([\d.]+)%，血检阳性(\d+)人，阳性率([\d.]+)%").groups()
    goal_scr = find(t, r"人群血清学检查(\d+)人以上").group(1)
    c.add("completion_mismatch", agrees(scomp, pct(scr, goal_scr)), "screening completion")
    c.add("rate_mismatch", agrees(prate, pct(pos, scr)), "positive rate")
    npat, tcost, pnum, punit, cap = find(t, r"救治晚期血吸虫病人(\d+)人，救治补助共([\d.]+)万元，人均(\d+)(万元|元)，低于省定每人(\d+)元的上限").groups()
    c.money("average_mismatch", pnum, punit, D(tcost) / D(npat), "per-patient subsidy")
    qrate = find(t, r"查螺质量抽查合格率为([\d.]+)%").group(1)
    know = find(t, r"血防知识知晓率为([\d.]+)%").group(1)
    ben_w, ben_s = find(t, r"效益指标（分值(\d+)分）得分([\d.]+)分").groups()
    sat1, sat2 = find(t, r"回访晚期病人及家属，满意度为([\d.]+)%；疫区群众满意度为([\d.]+)%").groups()
    c.add("implausible_rate", D(sat1) <= 100, "patient satisfaction %s" % sat1)
    c.add("implausible_rate", D(sat2) <= 100, "resident satisfaction")
    p_total = find(t, r"自评得分(\d+(?:\.\d+)?)分，评价等级见附表").group(1)
    rep = find(t, r"\n(\d{4})年3月20日\n").group(1)
    c.add("year_mismatch", int(rep) >= Y, "report date")
    # table (PDF copy, space separated, page header inside)
    tot = find(t, r"\n年度资金总额 ([\d.]+) ([\d.]+) ([\d.]+) (\d+) ([\d.]+)% ([\d.]+)").groups()
    comps = []
    for nm in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        cells = find(t, r"\n" + nm + r" ([^\n]*)").group(1).split(" ")
        comps.append((nm, cells))
        if D(cells[1]) == 0:
            c.add("implausible_rate", cells[4] in ("—", "0"), "%s zero base" % nm)
    for j in range(3):
        c.add("sum_mismatch", D(tot[j]) == sum(D(cl[j]) for _, cl in comps), "funds column %d" % j)
    same(c, "conflicting_values", tot[0], init, "年初")
    same(c, "conflicting_values", tot[1], annual, "全年")
    same(c, "conflicting_values", tot[2], spent, "执行")
    same(c, "conflicting_values", tot[4], rate, "执行率")
    c.add("sum_mismatch", D(comps[0][1][1]) == D(cen) + D(prov) + D(cty), "财政资金 全年 = 中央 + 省 + 县")
    same(c, "conflicting_values", comps[0][1][2], fspent, "财政资金 执行")
    c.add("rate_mismatch", agrees(frate, pct(comps[0][1][2], comps[0][1][1])), "财政资金 sub-rate")
    c.add("rate_mismatch", agrees(tot[4], pct(tot[2], tot[1])), "table 执行率")
    c.add("score_exceeds_weight", D(tot[5]) <= D(tot[3]), "execution score <= weight")
    c.add("score_rule_mismatch", exec_score_ok(tot[5], tot[4], tot[2], tot[1], tot[3]), "execution score")
    rows = []
    for line in t.split("\n"):
        tok = line.split(" ")
        for i, x in enumerate(tok):
            if x in ("≥", "≤", "=", "定性") and i >= 1 and len(tok) >= i + 6:
                name = tok[i - 1]
                sign, val, unit, act, w, s = tok[i:i + 6]
                note = " ".join(tok[i + 6:])
                rows.append((name, sign, val, unit, act, w, s, note))
                break
    if len(rows) != 11:
        raise ExtractError("expected 11 indicator rows, got %d" % len(rows))
    for (name, sign, val, unit, act, w, s, note) in rows:
        if sign == "定性":
            c.row(name, val, act, w, s, note=note)
        else:
            u = "" if unit == "—" else unit
            c.row(name, sign + val + u, act + u, w, s, note=note)
    byname = {r[0]: r for r in rows}
    same(c, "conflicting_values", byname["查螺面积"][4], area, "查螺面积")
    same(c, "conflicting_values", byname["药物灭螺面积"][4], mol, "药物灭螺")
    same(c, "conflicting_values", byname["人群血清学检查人数"][4], scr, "查病人数")
    same(c, "conflicting_values", byname["人群血清学检查人数"][2], goal_scr, "查病目标")
    same(c, "conflicting_values", byname["晚期血吸虫病人救治人数"][4], npat, "救治人数")
    same(c, "conflicting_values", byname["查螺质量抽查合格率"][4], qrate, "合格率")
    same(c, "conflicting_values", byname["居民血防知识知晓率"][4], know, "知晓率")
    same(c, "conflicting_values", byname["疫区群众满意度"][4], sat2, "满意度")
    same(c, "conflicting_values", byname["晚期病人人均救治补助"][2], cap, "补助上限")
    c.money("conflicting_values", pnum, punit, D(byname["晚期病人人均救治补助"][4]) / 10000, "per-patient subsidy prose vs table")
    ben = [r for r in rows if r[0] in ("急性血吸虫病病例数", "居民粪检阳性率", "居民血防知识知晓率")]
    c.add("weight_sum_mismatch", sum(D(r[5]) for r in ben) == D(ben_w), "benefit weights")
    c.add("score_sum_mismatch", agrees(ben_s, sum(D(r[6]) for r in ben)), "benefit subtotal %s" % ben_s)
    tw, ts = find(t, r"\n总分 (\d+) ([\d.]+)\n").groups()
    c.add("weight_sum_mismatch", sum(D(r[5]) for r in rows) + D(tot[3]) == D(tw) == 100, "weights sum to 100")
    c.add("score_sum_mismatch", agrees(ts, sum(D(r[6]) for r in rows) + D(tot[5])), "table total")
    same(c, "conflicting_values", p_total, ts, "total prose vs table")
    tgrade = find(t, r"自评等级为“(.+?)”").group(1)
    c.add("grade_mismatch", GRADE_WORD[tgrade] == band(ts), "table conclusion grade")
    return c


# ----------------------------------------------------------------------------- Yunnan 2024
def check_eryuan(t):
    c = Checks()
    Y = 2024
    ty = find(t, r"^(\d{4})年度部门整体支出绩效自评报告|血吸虫病防治站(\d{4})年度部门整体").groups()
    c.add("year_mismatch", int([x for x in ty if x][0]) == Y, "title year")
    tby = find(t, r"部门整体支出绩效自评表\n（(\d{4})年度）").group(1)
    c.add("year_mismatch", int(tby) == Y, "table year %s" % tby)
    ny = find(t, r"关于开展(\d{4})年度部门整体支出绩效自评").group(1)
    c.add("year_mismatch", int(ny) == Y, "notice year")
    oy, o_spent = find(t, r"(\d{4})年部门全年支出([\d.]+)万元").groups()
    c.add("year_mismatch", int(oy) == Y, "overview year")
    iy, init, b0, p0 = find(t, r"(\d{4})年年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元").groups()
    c.add("year_mismatch", int(iy) == Y, "budget year")
    badd, padd, annual, b1, p1 = find(t, r"追加基本支出([\d.]+)万元，省级追加晚期血吸虫病人救治补助([\d.]+)万元，调整后全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元").groups()
    c.add("sum_mismatch", D(init) == D(b0) + D(p0), "年初 = 基本 + 项目")
    c.add("sum_mismatch", D(annual) == D(b1) + D(p1), "全年 = 基本 + 项目")
    c.add("sum_mismatch", D(b1) == D(b0) + D(badd), "基本 adjustment")
    c.add("sum_mismatch", D(p1) == D(p0) + D(padd), "项目 adjustment")
    ey, spent, rate, bs, pers, pub, ps, prate = find(t, r"截至(\d{4})年12月31日，全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，含人员经费([\d.]+)万元、公用经费([\d.]+)万元；项目支出([\d.]+)万元，项目支出执行率([\d.]+)%").groups()
    c.add("year_mismatch", int(ey) == Y, "截至 year")
    c.add("rate_mismatch", agrees(rate, pct(spent, annual)), "执行率")
    c.add("sum_mismatch", D(spent) == D(bs) + D(ps), "spent = 基本 + 项目")
    c.add("sum_mismatch", D(bs) == D(pers) + D(pub), "基本 = 人员 + 公用")
    c.add("rate_mismatch", agrees(prate, pct(ps, p1)), "项目 sub-rate")
    same(c, "conflicting_values", o_spent, spent, "overview spending vs section 四")
    bal, by = find(t, r"年末未支出的([\d.]+)万元全部为项目资金，已申请结转至(\d{4})年").groups()
    c.add("balance_mismatch", agrees(bal, D(annual) - D(spent)), "结转 = 全年 - 执行")
    c.add("balance_mismatch", agrees(bal, D(p1) - D(ps)), "结转 all project money")
    c.add("year_mismatch", int(by) > Y, "carry-forward year")
    projs = []
    m1 = find(t, r"1．查螺灭螺项目预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%。其中查螺民工补助及交通费([\d.]+)万元，灭螺药品及施药费用([\d.]+)万元").groups()
    c.add("rate_mismatch", agrees(m1[2], pct(m1[1], m1[0])), "查螺灭螺 rate %s" % m1[2])
    c.add("sum_mismatch", D(m1[1]) == D(m1[3]) + D(m1[4]), "查螺灭螺 uses")
    projs.append((m1[0], m1[1]))
    for nm in ("晚期血吸虫病人救治项目", "地方病监测项目", "健康教育及能力建设项目"):
        b, s, k = find(t, re.escape(nm) + r"预算([\d.]+)万元，支出([\d.]+)万元，结转([\d.]+)万元").groups()
        c.add("balance_mismatch", agrees(k, D(b) - D(s)), "%s 结转 %s" % (nm, k))
        projs.append((b, s))
    c.add("sum_mismatch", sum(D(b) for b, _ in projs) == D(p1), "project budgets sum")
    c.add("sum_mismatch", sum(D(s) for _, s in projs) == D(ps), "project spending sum")
    area, mu, unitcost = find(t, r"全年查螺([\d.]+)万平方米（约([\d.]+)万亩），查螺经费折合每平方米([\d.]+)元").groups()
    c.add("conflicting_values", approx(mu, D(area) * MU, D(area) * MU), "约万亩 conversion")
    c.add("average_mismatch", agrees(unitcost, D(m1[3]) / D(area)), "cost per m2")
    mol = find(t, r"；药物灭螺([\d.]+)万平方米。").group(1)
    scr, pos, posr = find(t, r"人群血清学检查(\d+)人，血检阳性(\d+)人，阳性率([\d.]+)%").groups()
    c.add("rate_mismatch", agrees(posr, pct(pos, scr)), "positive rate")
    npat, nstd = find(t, r"救治晚期血吸虫病人(\d+)人，其中规范治疗(\d+)人").groups()
    salt, qual, qrate = find(t, r"完成居民户碘盐监测(\d+)份，合格碘盐(\d+)份，合格碘盐食用率([\d.]+)%").groups()
    c.add("rate_mismatch", agrees(qrate, pct(qual, salt)), "iodised salt rate")
    ly, lyv, nowv, drop = find(t, r"有螺面积由(\d{4})年的([\d.]+)万平方米下降到([\d.]+)万平方米，下降([\d.]+)%").groups()
    c.add("year_mismatch", int(ly) == Y - 1, "last-year comparison")
    c.add("rate_mismatch", agrees(drop, (D(lyv) - D(nowv)) / D(lyv) * 100), "decline rate")
    sat = find(t, r"满意度为([\d.]+)%").group(1)
    c.add("implausible_rate", D(sat) <= 100, "satisfaction")
    tg3, tg3y, tg3d = find(t, r"“三公”经费支出([\d.]+)万元，较(\d{4})年的([\d.]+)万元减少([\d.]+)万元").groups()[0:3], None, None
    g = find(t, r"“三公”经费支出([\d.]+)万元，较(\d{4})年的([\d.]+)万元减少([\d.]+)万元").groups()
    c.add("sum_mismatch", D(g[2]) - D(g[0]) == D(g[3]), "三公 decrease")
    c.add("year_mismatch", int(g[1]) == Y - 1, "三公 last year")
    p_total, p_grade = find(t, r"自评得分([\d.]+)分，等级为“(.+?)”").groups()
    ry = find(t, r"\n(\d{4})年2月18日").group(1)
    c.add("year_mismatch", int(ry) >= Y, "report date")
    # table
    tot = find(t, r"\n年度资金总额｜([\d.]+)｜([\d.]+)｜([\d.]+)｜(\d+)｜([\d.]+)%｜([\d.]+)").groups()
    bas = find(t, r"\n其中：基本支出｜([\d.]+)｜([\d.]+)｜([\d.]+)｜—｜([\d.]+)%").groups()
    prj = find(t, r"\n项目支出｜([\d.]+)｜([\d.]+)｜([\d.]+)｜—｜([\d.]+)%").groups()
    for j in range(3):
        c.add("sum_mismatch", D(tot[j]) == D(bas[j]) + D(prj[j]), "funds column %d" % j)
    c.add("rate_mismatch", agrees(tot[4], pct(tot[2], tot[1])), "table 执行率")
    c.add("rate_mismatch", agrees(bas[3], pct(bas[2], bas[1])), "table 基本 rate")
    c.add("rate_mismatch", agrees(prj[3], pct(prj[2], prj[1])), "table 项目 rate")
    for a, b, d in ((tot[0], init, "年初"), (tot[1], annual, "全年"), (tot[2], spent, "执行"), (tot[4], rate, "执行率"),
                    (bas[0], b0, "基本年初"), (bas[1], b1, "基本全年"), (bas[2], bs, "基本执行"),
                    (prj[0], p0, "项目年初"), (prj[1], p1, "项目全年"), (prj[2], ps, "项目执行"), (prj[3], prate, "项目执行率")):
        same(c, "conflicting_values", a, b, d)
    c.add("score_exceeds_weight", D(tot[5]) <= D(tot[3]), "execution score <= weight")
    c.add("score_rule_mismatch", exec_score_ok(tot[5], tot[4], tot[2], tot[1], tot[3]), "execution score")
    rows = [l.split("｜") for l in t.split("\n") if re.match(r"^(产出|效益|满意度)指标｜", l)]
    if len(rows) != 12:
        raise ExtractError("expected 12 indicator rows, got %d" % len(rows))
    for r in rows:
        c.row(r[2], r[3], r[4], r[6], r[7], comp=r[5], note=r[8])
    byname = {r[2]: r for r in rows}
    for nm, val in (("查螺面积", area + "万平方米"), ("药物灭螺面积", mol + "万平方米"), ("人群血清学检查人数", scr + "人"),
                    ("晚期血吸虫病人救治人数", npat + "人"), ("居民户碘盐监测份数", salt + "份"),
                    ("合格碘盐食用率", qrate + "%"), ("有螺面积较上年下降比例", drop + "%"), ("晚期病人满意度", sat + "%"),
                    ("每平方米查螺成本", unitcost + "元")):
        c.add("conflicting_values", byname[nm][4] == val, "%s: table %s vs prose %s" % (nm, byname[nm][4], val))
    std = byname["晚期病人规范治疗率"][4].rstrip("%")
    c.add("rate_mismatch", agrees(std, pct(nstd, npat)), "规范治疗率")
    tw, ts = find(t, r"\n合计｜+(\d+)｜([\d.]+)").groups()
    c.add("weight_sum_mismatch", sum(D(r[6]) for r in rows) + D(tot[3]) == D(tw) == 100, "weights sum to 100")
    c.add("score_sum_mismatch", agrees(ts, sum(D(r[7]) for r in rows) + D(tot[5])), "table total")
    same(c, "conflicting_values", p_total, ts, "total prose vs table")
    c.add("grade_mismatch", GRADE_WORD[p_grade] == band(p_total), "grade")
    return c


CHECKERS = {
    "hn-junshan-xuefang-2022": check_junshan,
    "jx-yugan-chaluomieluo-2020": check_yugan,
    "sx-yanggao-difangbing-2019": check_yanggao,
    "sc-dechang-xuefang-2023": check_dechang,
    "yn-eryuan-xuefangzhan-2024": check_eryuan,
}


def diff_region(a, b):
    """[start, end) in b of the single contiguous region where b differs from a."""
    p = 0
    n = min(len(a), len(b))
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {k: 0 for k in CODES}
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    for rec in labels:
        name, src = rec["case"], rec["source"]
        t = texts[name]
        if src not in CHECKERS:
            problems.append("%s: unknown source %s" % (name, src))
            continue
        try:
            res = CHECKERS[src](t).res
        except (ExtractError, KeyError, IndexError, ValueError, ArithmeticError) as e:
            problems.append("%s: extraction failed: %r" % (name, e))
            continue
        failed = sorted({code for code, okk, _ in res if not okk})
        failed_err = [x for x in failed if x not in WARN]
        if rec["clean"]:
            if rec["expected"]:
                problems.append("%s: clean case with labels" % name)
            if failed:
                for code, okk, desc in res:
                    if not okk:
                        problems.append("%s (clean): %s fails: %s" % (name, code, desc))
            n_checks = len(res)
            print("%-42s clean  %3d checks pass" % (name, n_checks))
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one label" % name)
            continue
        lab = exp[0]
        code, value = lab["code"], lab["value"]
        if code not in counts:
            problems.append("%s: code %s not in errors.md section A" % (name, code))
            continue
        counts[code] += 1
        if lab.get("severity") != "error":
            problems.append("%s: severity must be error" % name)
        if value not in t:
            problems.append("%s: value %r not in case" % (name, value))
        clean = texts["%s-clean.txt" % src]
        ds, de, _ = diff_region(clean, t)
        if ds >= de and len(clean) == len(t):
            problems.append("%s: identical to clean draft" % name)
        occ = [m.start() for m in re.finditer(re.escape(value), t)]
        if not any(o < max(de, ds + 1) and ds < o + len(value) for o in occ):
            problems.append("%s: label value does not overlap the edited region [%d,%d)" % (name, ds, de))
        if de - ds > 60:
            problems.append("%s: edited region is long (%d chars)" % (name, de - ds))
        if failed_err != [code]:
            detail = "; ".join("%s: %s" % (c_, d_) for c_, o_, d_ in res if not o_ and c_ not in WARN)
            problems.append("%s: labelled %s, error-level failures %s (%s)" % (name, code, failed_err, detail))
        print("%-42s %-22s fails as labelled%s" % (name, code, "" if not [x for x in failed if x in WARN] else
                                                  "  (+warning: %s)" % ",".join(x for x in failed if x in WARN)))
    for k, n in counts.items():
        if n < 2:
            problems.append("code %s used %d times (< 2)" % (k, n))
    print("codes:", ", ".join("%s=%d" % (k, n) for k, n in counts.items()))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
