#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

* every label value occurs in its case; every error case differs from its clean draft in one
  contiguous place that overlaps the value; the changed figure occurs once (except conflicting_values);
* every code of errors.md §A (1-13) is used >= 2 times;
* the arithmetic of every draft is redone from the text: all checks pass on the clean drafts; on an
  error case the labelled code fails and no other error-level code fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
EPS = D("1e-9")
HUNDRED = D(100)


class Extract(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def num(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndec(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules §8: stated value with d decimals matches computed iff |c - v| <= 0.5 * 10^-d."""
    return abs(D(computed) - num(stated)) <= D(5) * D(10) ** (-ndec(stated) - 1) + EPS


def one(pat, text, flags=0):
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise Extract(f"pattern {pat!r} matched {len(ms)} times")
    m = ms[0]
    return m.groups() if len(m.groups()) > 1 else m.group(1)


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # a total and its parts; an exact 10^4 / 10^8 rescaling of one amount is a unit slip
    def sum_eq(self, total, parts, what, code="sum_mismatch"):
        tv = num(total)
        pv = [num(p) for p in parts]
        if close(total, sum(pv)):
            return
        vals = [tv] + pv
        for i in range(len(vals)):
            for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
                w = list(vals)
                w[i] = w[i] * f
                if abs(w[0] - sum(w[1:])) <= D("0.005"):
                    self.fail("unit_mismatch", f"{what}: amount {([total] + list(parts))[i]} off by a power of ten")
                    return
        self.fail(code, f"{what}: {' + '.join(map(str, parts))} = {sum(pv)} != {total}")

    # stated rate (percent string) = num / den
    def rate_eq(self, stated, n, d, what, code="rate_mismatch"):
        nv, dv = num(n), num(d)
        if dv == 0:
            self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        if close(stated, nv / dv * HUNDRED):
            return
        for which in (0, 1):
            for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
                a, b = (nv * f, dv) if which == 0 else (nv, dv * f)
                if close(stated, a / b * HUNDRED):
                    self.fail("unit_mismatch", f"{what}: amount off by a power of ten")
                    return
        self.fail(code, f"{what}: {n}/{d} = {(nv / dv * HUNDRED):.4f}% != {stated}")

    def bounded(self, stated, what):
        if num(stated) > HUNDRED or num(stated) < 0:
            self.fail("implausible_rate", f"{what}: {stated} outside [0, 100%]")

    def same(self, a, b, what):
        if not (close(a, num(b)) or close(b, num(a))):
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def avg_eq(self, stated, items, what):
        vals = [num(x) for x in items]
        if not close(stated, sum(vals) / len(vals)):
            self.fail("average_mismatch", f"{what}: mean {sum(vals) / len(vals)} != {stated}")


# ---------------------------------------------------------------- tables
def rows(text, sep, min_cells):
    out = []
    for line in text.split("\n"):
        if sep == "|":
            s = line.strip()
            if not s.startswith("|"):
                continue
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells if c):
                continue
        else:
            if sep not in line:
                continue
            cells = [c.strip() for c in line.split(sep)]
        if len(cells) >= min_cells:
            out.append(cells)
    return out


VAL = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")


def parse_val(cell):
    """-> (direction, number, unit) or None for qualitative / date cells."""
    c = cell.strip()
    if re.search(r"\d{4}年\d{1,2}月", c):
        return None
    m = VAL.match(c)
    if not m:
        return None
    sign, n, unit = m.groups()
    d = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte"}.get(sign, "eq")
    return d, num(n), unit.strip()


def completion(target, actual):
    t, a = parse_val(target), parse_val(actual)
    if not t or not a or t[1] == 0:
        return None
    if t[0] == "lte":
        return HUNDRED if a[1] <= t[1] else t[1] / a[1] * HUNDRED
    return a[1] / t[1] * HUNDRED


def indicator_checks(c, leaf, exec_weight=D(0), exec_score=D(0), comp_col=None):
    """leaf: list of dicts with name, level1, target, actual, weight, score (strings) [, comp]."""
    for r in leaf:
        w, s = num(r["weight"]), num(r["score"])
        if s > w or s < 0:
            c.fail("score_exceeds_weight", f"{r['name']}: score {r['score']} > weight {r['weight']}")
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t and a and t[2] != a[2]:
            c.fail("unit_mismatch", f"{r['name']}: target unit {t[2]!r} vs actual unit {a[2]!r}")
            continue
        if "满意" in r["name"] and a and a[2] == "%" and a[1] > HUNDRED:
            c.fail("implausible_rate", f"{r['name']}: {r['actual']}")
        if r.get("comp") not in (None, "—", ""):
            cv = completion(r["target"], r["actual"])
            if cv is not None and not close(r["comp"], cv):
                c.fail("completion_mismatch", f"{r['name']}: completion {cv:.4f}% != {r['comp']}")
    wsum = exec_weight + sum(num(r["weight"]) for r in leaf)
    if wsum != HUNDRED:
        c.fail("weight_sum_mismatch", f"weights sum to {wsum}")
    return exec_score + sum(num(r["score"]) for r in leaf)


def group_sum(leaf, level1, key):
    return sum(num(r[key]) for r in leaf if r["level1"].startswith(level1))


BANDS = [(D(90), "优"), (D(80), "良"), (D(60), "中"), (D(0), "差")]
GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def grade_ok(c, total, word, what):
    band = next(g for lo, g in BANDS if num(total) >= lo)
    if GRADE_WORD[word] != band:
        c.fail("grade_mismatch", f"{what}: total {total} is {band}, stated {word}")


def report_year_check(c, title_year, other_year, what):
    if title_year != other_year:
        c.fail("year_mismatch", f"{what}: {other_year} vs report year {title_year}")


# ---------------------------------------------------------------- project checks
def chk_chongyi(t):
    c = Checker(t)
    year = one(r"^崇义县自然资源局\n(\d{4})年度", t)
    init = one(r"年初县级财政安排预算([\d.]+)万元", t)
    add = one(r"追加下达省级地质勘查资金([\d.]+)万元", t)
    annual = one(r"调整后全年预算为([\d.]+)万元", t)
    c.sum_eq(annual, [init, add], "全年预算 = 年初 + 追加")
    recv, rrate = one(r"实际到位([\d.]+)万元，资金到位率([\d.]+%)", t)
    c.bounded(rrate, "到位率")
    c.rate_eq(rrate, recv, annual, "到位率")
    spent, erate = one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)", t)
    c.bounded(erate, "执行率")
    c.rate_eq(erate, spent, annual, "执行率")
    bal = one(r"年末结余([\d.]+)万元", t)
    if not close(bal, num(recv) - num(spent)):
        c.fail("balance_mismatch", f"结余 {bal} != {recv} - {spent}")
    cy = one(r"结转至(\d{4})年", t)
    if int(cy) <= int(year):
        c.fail("year_mismatch", f"carried over to {cy} in the {year} report")
    price = one(r"合同价([\d.]+)万元", t)
    pre = one(r"预付30%，计([\d.]+)万元", t)
    prog = one(r"支付进度款([\d.]+)万元", t)
    tail = one(r"支付尾款([\d.]+)万元", t)
    c.sum_eq(price, [pre, prog, tail], "合同价 = 预付 + 进度款 + 尾款")
    c.rate_eq("30%", pre, price, "预付比例")
    paid, prate = one(r"已付预付款和进度款共([\d.]+)万元，占合同价的(\d+%)", t)
    c.sum_eq(paid, [pre, prog], "已付 = 预付 + 进度款")
    c.rate_eq(prate, paid, price, "已付比例")
    unit, cnt, test = one(r"单价(\d+)元/件，(\d+)件共计([\d.]+)万元", t)
    c.sum_eq(test, [num(unit) * num(cnt) / 10000], "测试费 = 单价 x 件数")
    other = one(r"资料整理等其他支出([\d.]+)万元", t)
    c.sum_eq(spent, [paid, test, other], "全年支出 = 合同已付 + 测试费 + 其他")
    a1, a2, a3, at = one(r"面积分别为(\d+)平方公里、(\d+)平方公里、(\d+)平方公里，合计(\d+)平方公里", t)
    c.sum_eq(at, [a1, a2, a3], "调查面积")
    h1, h2, h3, ht, hav = one(r"分别为(\d+)米、(\d+)米、(\d+)米，累计进尺(\d+)米，平均孔深约(\d+)米", t)
    c.sum_eq(ht, [h1, h2, h3], "钻探进尺")
    c.avg_eq(hav, [h1, h2, h3], "平均孔深")
    over = one(r"钻探进尺超计划(\d+)米", t)
    plan = one(r"钻探进尺不少于(\d+)米", t)
    c.sum_eq(ht, [plan, over], "进尺 = 计划 + 超出")
    samples = one(r"采集岩矿样品(\d+)件", t)
    field = one(r"野外验收得分(\d+)分", t)
    core = one(r"综合岩心采取率为([\d.]+%)", t)
    sat = one(r"满意度为([\d.]+%)", t)
    c.bounded(sat, "满意度")
    total_p, grade_p = one(r"自评得分(\d+(?:\.\d+)?)分，评价等级为“(.)”", t)
    # indicator table (Markdown)
    tab = rows(t, "|", 8)
    head, body = tab[0], tab[1:]
    leaf, total_row = [], None
    for r in body:
        if r[0] == "合计":
            total_row = r
            continue
        leaf.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    ssum = indicator_checks(c, leaf)
    if num(total_row[5]) != sum(num(r["weight"]) for r in leaf):
        c.fail("weight_sum_mismatch", "合计 weight vs rows")
    for tot in (total_row[6], total_p):
        if not close(tot, ssum):
            c.fail("score_sum_mismatch", f"scores sum to {ssum}, stated {tot}")
    c.same(total_p, total_row[6], "total text vs table")
    grade_ok(c, total_p, grade_p, "text grade")
    by = {r["name"]: r for r in leaf}
    c.same(erate, by["预算执行率"]["actual"], "执行率 text vs table")
    for name, val in [("1:5万矿产地质调查面积", at), ("钻探进尺", ht), ("岩矿样品送检", samples),
                      ("野外验收评分", field), ("钻孔岩心采取率", core), ("主管部门满意度", sat)]:
        a = parse_val(by[name]["actual"])
        if a:
            c.same(val, str(a[1]), name)
    c.same(spent, str(parse_val(by["项目总成本"]["actual"])[1]), "总成本 text vs table")
    return c.fails


def chk_wulate(t):
    c = Checker(t)
    year = one(r"^乌拉特后旗自然资源局(\d{4})年度", t)
    ftab = [r for r in rows(t, "｜", 5) if len(r) == 5]
    f = {r[0]: r for r in ftab}
    tot, reg, loc = f["年度资金总额"], f["其中：自治区级资金"], f["旗本级财政资金"]
    for i, col in [(1, "年初"), (2, "全年"), (3, "执行")]:
        c.sum_eq(tot[i], [reg[i], loc[i]], f"{col}预算 = 自治区级 + 旗本级")
    for r in (tot, reg, loc):
        c.bounded(r[4], f"{r[0]} 执行率")
        c.rate_eq(r[4], r[3], r[2], f"{r[0]} 执行率")
    adv = one(r"提前下达\d{4}年矿山地质环境保护资金([\d.]+)万元", t)
    c.same(adv, reg[2], "自治区资金 text vs table")
    add = one(r"年中又追加([\d.]+)万元", t)
    c.sum_eq(loc[2], [loc[1], add], "旗本级 全年 = 年初 + 追加")
    pa, ps, pr = one(r"项目全年预算([\d.]+)万元，全年执行([\d.]+)万元，预算执行率([\d.]+%)", t)
    c.same(pa, tot[2], "全年预算 text vs table")
    c.same(ps, tot[3], "执行 text vs table")
    c.rate_eq(pr, ps, pa, "执行率 text")
    parts = one(r"遥感影像购置及处理([\d.]+)万元，遥感解译([\d.]+)万元，图斑实地核查([\d.]+)万元，监测点维护及数据整理([\d.]+)万元，报告编制及印刷([\d.]+)万元", t)
    c.sum_eq(ps, list(parts), "支出用途合计")
    bal = one(r"年末结余([\d.]+)万元", t)
    if not close(bal, num(pa) - num(ps)):
        c.fail("balance_mismatch", f"结余 {bal} != {pa} - {ps}")
    unit, cnt, fee = one(r"单个图斑补助标准为(\d+)元，全年核查(\d+)个图斑，计([\d.]+)万元", t)
    c.sum_eq(fee, [num(unit) * num(cnt) / 10000], "核查费 = 单价 x 图斑数")
    c.same(fee, parts[2], "核查费 twice")
    mt, *mines, mav = one(r"共(\d+)座，分布在巴音宝力格镇(\d+)座、潮格温都尔镇(\d+)座、获各琦苏木(\d+)座、乌盖苏木(\d+)座、巴音前达门苏木(\d+)座，平均每个苏木镇([\d.]+)座", t)
    c.sum_eq(mt, mines, "矿山按苏木镇")
    c.avg_eq(mav, mines, "平均每个苏木镇")
    area = one(r"遥感监测覆盖面积(\d+)平方公里，上年", t)
    due, valid, vrate = one(r"全年应采集数据(\d+)条，经审核有效数据(\d+)条，数据有效率([\d.]+%)", t)
    c.rate_eq(vrate, valid, due, "数据有效率")
    found, fixed, left = one(r"发现矿山地质环境问题(\d+)处，督促整改完成(\d+)处，其余(\d+)处", t)
    c.sum_eq(found, [fixed, left], "问题处数")
    sus, chk, rest = one(r"疑似问题图斑(\d+)个，实地核查(\d+)个，其余(\d+)个", t)
    c.sum_eq(sus, [chk, rest], "图斑")
    rest_area = one(r"督促矿山企业完成恢复治理面积([\d.]+)平方公里", t)
    sat = one(r"农牧民满意度为([\d.]+%)", t)
    c.bounded(sat, "满意度")
    total_p = one(r"自评得分([\d.]+)分", t)
    grade_p = one(r"评价等级为(.)。", t)
    # indicator table
    itab = [r for r in rows(t, "｜", 9) if r[0] != "一级指标"]
    leaf, subs, total_row = [], [], None
    for r in itab:
        if r[0] == "合计":
            total_row = r
        elif r[0].endswith("小计"):
            subs.append(r)
        else:
            leaf.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], comp=r[5], weight=r[6], score=r[7]))
    ssum = indicator_checks(c, leaf)
    if num(total_row[6]) != sum(num(r["weight"]) for r in leaf):
        c.fail("weight_sum_mismatch", "合计 weight")
    for s in subs:
        lvl = s[0].replace("小计", "")
        if num(s[6]) != group_sum(leaf, lvl, "weight"):
            c.fail("weight_sum_mismatch", f"{s[0]} weight")
        if not close(s[7], group_sum(leaf, lvl, "score")):
            c.fail("score_sum_mismatch", f"{s[0]} score {s[7]} != rows")
    top = [r for r in leaf if not any(r["level1"] == s[0].replace("小计", "") for s in subs)]
    via_subs = sum(num(r["score"]) for r in top) + sum(num(s[7]) for s in subs)
    for tot in (total_row[7], total_p):
        if not close(tot, ssum):
            c.fail("score_sum_mismatch", f"rows sum {ssum}, stated {tot}")
        if not close(tot, via_subs):
            c.fail("score_sum_mismatch", f"subtotals sum {via_subs}, stated {tot}")
    grade_ok(c, total_p, grade_p, "text grade")
    by = {r["name"]: r for r in leaf}
    c.same(pr, by["预算执行率"]["actual"], "执行率 text vs table")
    for name, val in [("动态监测矿山数量", mt), ("遥感监测覆盖面积", area), ("疑似问题图斑实地核查", chk),
                      ("地面监测数据有效率", vrate), ("督促整改矿山地质环境问题", fixed),
                      ("督促完成恢复治理面积", rest_area), ("矿山企业及周边农牧民满意度", sat)]:
        c.same(val, str(parse_val(by[name]["actual"])[1]), name)
    c.same(unit, str(parse_val(by["单个图斑核查费用"]["actual"])[1]), "图斑单价")
    if "2019年12月16日" not in by["年度监测报告报送时间"]["actual"]:
        c.fail("conflicting_values", "报送日期")
    return c.fails


def chk_puan(t):
    c = Checker(t)
    year = one(r"地质环境监测项目(\d{4})年度绩效自评报告", t)
    hy = one(r"年度：(\d{4})年", t)
    report_year_check(c, year, hy, "自评表年度")
    ftab = [r for r in rows(t, "｜", 7) if len(r) == 7 and r[0] != "项目"]
    f = {r[0]: r for r in ftab}
    tot, cur, carry, oth = f["年度资金总额"], f["其中：当年财政拨款"], f["上年结转资金"], f["其他资金"]
    for i, col in [(1, "年初"), (2, "全年"), (3, "执行")]:
        c.sum_eq(tot[i], [cur[i], carry[i], oth[i]], f"{col} 年度资金总额 = 分项")
    c.bounded(tot[5], "执行率")
    c.rate_eq(tot[5], tot[3], tot[2], "执行率 table")
    for r in (cur, carry, oth):
        if r[5] not in ("—", ""):
            c.bounded(r[5], f"{r[0]} 执行率")
            c.rate_eq(r[5], r[3], r[2], f"{r[0]} 执行率")
    init = one(r"项目年初预算([\d.]+)万元", t)
    c.same(init, tot[1], "年初 text vs table")
    co = one(r"上年结转的设备购置尾款([\d.]+)万元", t)
    c.same(co, carry[2], "上年结转 text vs table")
    ann = one(r"调整后全年预算([\d.]+)万元", t)
    c.sum_eq(ann, [init, co], "全年 = 年初 + 结转")
    c.same(ann, tot[2], "全年 text vs table")
    sp, er = one(r"全年实际支出([\d.]+)万元，执行率([\d.]+%)", t)
    c.same(sp, tot[3], "执行 text vs table")
    c.same(er, tot[5], "执行率 text vs table")
    cr = one(r"其中当年财政拨款执行率([\d.]+%)", t)
    c.bounded(cr, "当年拨款执行率")
    c.rate_eq(cr, cur[3], cur[2], "当年财政拨款执行率 (text)")
    bal = one(r"年末结余([\d.]+)万元", t)
    if not close(bal, num(ann) - num(sp)):
        c.fail("balance_mismatch", f"结余 {bal} != {ann} - {sp}")
    parts = one(r"自动站运维服务合同款([\d.]+)万元，站点通讯、电力及耗材费([\d.]+)万元，隐患点专业监测设备购置([\d.]+)万元，简报编印及业务培训([\d.]+)万元", t)
    c.sum_eq(sp, list(parts), "支出构成")
    price = one(r"合同价([\d.]+)万元", t)
    c.same(price, parts[0], "运维合同 twice")
    pre = one(r"预付30%（([\d.]+)万元）", t)
    prog = one(r"支付进度款([\d.]+)万元", t)
    tail = one(r"剩余([\d.]+)万元在年度验收后", t)
    c.sum_eq(price, [pre, prog, tail], "合同价 = 三期")
    c.rate_eq("30%", pre, price, "预付比例")
    per = one(r"单站年均([\d.]+)万元", t)
    nst = one(r"运行维护(\d+)个地下水自动监测站", t)
    c.avg_eq(per, [num(parts[1]) / num(nst)] * int(nst), "单站年均")
    pts = one(r"(\d+)处专业监测点分布在", t)
    towns = one(r"分布在青山镇(\d+)处、楼下镇(\d+)处、罐子窑镇(\d+)处、地瓜镇(\d+)处、高棉乡(\d+)处", t)
    c.sum_eq(pts, list(towns), "监测点按乡镇")
    dev_pts, cr_n, gn_n = one(r"用于更换(\d+)处隐患点的全部老化设备，共购置裂缝计(\d+)台、GNSS位移监测站(\d+)套", t)
    c.sum_eq(dev_pts, [cr_n, gn_n], "设备套数")
    c.same(dev_pts, pts, "监测点数")
    per_day, due, valid, vr = one(r"按每站每日(\d+)次采集，全年应接收数据(\d+)条，实际接收有效数据(\d+)条，数据有效率([\d.]+%)", t)
    c.sum_eq(due, [num(nst) * num(per_day) * 365], "应接收数据")
    c.rate_eq(vr, valid, due, "数据有效率")
    st = one(r"各站有效数据分别为(\d+)条、(\d+)条、(\d+)条、(\d+)条、(\d+)条、(\d+)条", t)
    c.sum_eq(valid, list(st), "各站有效数据")
    av = one(r"平均每站(\d+)条", t)
    c.avg_eq(av, st, "平均每站")
    issues = one(r"全年编发监测简报(\d+)期", t)
    mins = one(r"平均用时(\d+)分钟", t)
    warn = one(r"险情(\d+)起，提前转移", t)
    share = one(r"气象局(\d+)家单位共享", t)
    sat = one(r"受威胁群众满意度为([\d.]+%)", t)
    c.bounded(sat, "满意度")
    total_p = one(r"项目得分([\d.]+)分，等级为(.)", t)
    # indicator table
    itab = [r for r in rows(t, "｜", 8) if len(r) == 8 and r[0] != "一级指标"]
    leaf, total_row = [], None
    for r in itab:
        if r[0] == "总分":
            total_row = r
        else:
            leaf.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    ssum = indicator_checks(c, leaf, exec_weight=num(tot[4]), exec_score=num(tot[6]))
    if num(total_row[5]) != num(tot[4]) + sum(num(r["weight"]) for r in leaf):
        c.fail("weight_sum_mismatch", "总分 weight")
    for tt in (total_row[6], total_p[0]):
        if not close(tt, ssum):
            c.fail("score_sum_mismatch", f"scores sum {ssum}, stated {tt}")
    grade_ok(c, total_row[6], total_row[7], "table grade")
    grade_ok(c, total_p[0], total_p[1], "text grade")
    by = {r["name"]: r for r in leaf}
    for name, val in [("地下水自动监测站运行数量", nst), ("地质灾害隐患点专业监测", pts), ("监测简报编发", issues),
                      ("监测数据有效率", vr), ("预警信息发布时间", mins), ("单站年通讯电力耗材费", per),
                      ("成功预警地质灾害险情", warn), ("监测数据共享单位", share), ("受威胁群众满意度", sat)]:
        a = parse_val(by[name]["actual"])
        tg = parse_val(by[name]["target"])
        if a and tg and a[2] == tg[2]:   # a unit slip is reported by the unit check, not as a conflict
            c.same(val, str(a[1]), name)
    return c.fails


def chk_subei(t):
    c = Checker(t)
    year = one(r"^肃北蒙古族自治县自然资源局\n(\d{4})年度", t)
    tot, prov, cnty = one(r"项目全年预算([\d.]+)万元，其中省级地质勘查专项资金([\d.]+)万元、县级配套资金([\d.]+)万元，年内未调整预算", t)
    c.sum_eq(tot, [prov, cnty], "全年预算 = 省级 + 县级")
    b1, b2 = one(r"提前下达([\d.]+)万元，\d{4}年\d+月下达([\d.]+)万元", t)
    c.sum_eq(prov, [b1, b2], "省级两批")
    sp, sp_p, pr, sp_c = one(r"全年支出([\d.]+)万元，其中省级资金支出([\d.]+)万元，执行率([\d.]+%)；县级资金支出([\d.]+)万元", t)
    c.sum_eq(sp, [sp_p, sp_c], "支出 = 省级 + 县级")
    c.rate_eq(pr, sp_p, prov, "省级执行率")
    uses = one(r"矿业权实地核查费([\d.]+)万元，储量动态监测测量费([\d.]+)万元，专家评审、资料印制等([\d.]+)万元", t)
    c.sum_eq(sp, list(uses), "支出用途")
    ft = {r[0]: r[1] for r in rows(t, "\t", 2) if len(r) == 2}
    c.same(tot, ft["全年预算数"], "全年预算 text vs table")
    if num(ft["年初预算数"]) != num(ft["全年预算数"]):
        c.fail("sum_mismatch", "年内未调整 but 年初 != 全年")
    if num(ft["实际到位数"]) != num(ft["全年预算数"]):
        c.fail("rate_mismatch", "资金均已足额到位 but 到位 != 全年预算")
    c.same(sp, ft["全年执行数"], "执行 text vs table")
    if not close(ft["资金结余"], num(ft["实际到位数"]) - num(ft["全年执行数"])):
        c.fail("balance_mismatch", f"结余 {ft['资金结余']} != 到位 - 执行")
    c.bounded(ft["预算执行率"], "执行率")
    c.rate_eq(ft["预算执行率"], ft["全年执行数"], ft["全年预算数"], "执行率 table")
    plan = one(r"年初计划核查(\d+)宗", t)
    done, *tw, comp = one(r"实际完成(\d+)宗，分布在马鬃山镇(\d+)宗、党城湾镇(\d+)宗、石包城乡(\d+)宗，完成率(\d+%)", t)
    c.sum_eq(done, tw, "核查宗数按乡镇")
    if not close(comp, num(done) / num(plan) * HUNDRED):
        c.fail("completion_mismatch", f"核查完成率 {comp} != {done}/{plan}")
    per, per_yuan = one(r"单宗平均核查成本([\d.]+)万元（即(\d+)元）", t)
    c.avg_eq(per, [num(uses[0]) / num(done)] * int(done), "单宗平均核查成本")
    c.sum_eq(per, [num(per_yuan) / 10000], "万元 = 元 / 10000")
    mon = one(r"实际监测矿山(\d+)座", t)
    tgt_mines = one(r"对(\d+)座持证矿山开展储量动态监测", t)
    n_rep, n_ok, okr = one(r"审核储量年度报告(\d+)份，一次性通过(\d+)份，一次性审核通过率([\d.]+%)", t)
    c.rate_eq(okr, n_ok, n_rep, "一次性审核通过率")
    clues = one(r"违法违规线索(\d+)条，已全部移交", t)
    restd = one(r"督促(\d+)座矿山完成恢复治理，另有", t)
    qs, qr, qrate, sat = one(r"发放问卷(\d+)份，回收有效问卷(\d+)份，回收率(\d+%)，满意度([\d.]+%)", t)
    c.rate_eq(qrate, qr, qs, "问卷回收率")
    c.bounded(sat, "满意度")
    wx, wc, wb, wm = one(r"按预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重", t)
    if sum(num(x) for x in (wx, wc, wb, wm)) != HUNDRED:
        c.fail("weight_sum_mismatch", "text weights do not sum to 100")
    total_p, grade_p = one(r"项目自评得分(\d+)分，评价等级为(良好|优秀|中等|较差)", t)
    # indicator table (tabs)
    itab = [r for r in rows(t, "\t", 8) if r[0] != "一级指标"]
    leaf, total_row = [], None
    for r in itab:
        if r[0] == "合计":
            total_row = r
        else:
            leaf.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]))
    ssum = indicator_checks(c, leaf)
    if num(total_row[5]) != sum(num(r["weight"]) for r in leaf):
        c.fail("weight_sum_mismatch", "合计 weight")
    for lvl, w in [("预算执行", wx), ("产出", wc), ("效益", wb), ("满意度", wm)]:
        if group_sum(leaf, lvl, "weight") != num(w):
            c.fail("weight_sum_mismatch", f"{lvl} weight text {w} vs table")
    for tt in (total_row[6], total_p):
        if not close(tt, ssum):
            c.fail("score_sum_mismatch", f"scores sum {ssum}, stated {tt}")
    grade_tab = one(r"评价等级\t(.)", t)
    grade_ok(c, total_row[6], grade_tab, "table grade")
    grade_ok(c, total_p, grade_p, "text grade")
    by = {r["name"]: r for r in leaf}
    for name, val in [("矿业权实地核查数量", done), ("储量动态监测矿山数量", mon), ("储量年报一次性审核通过率", okr),
                      ("单宗矿业权核查成本", per), ("移交违法违规开采线索", clues),
                      ("督促矿山完成恢复治理", restd), ("矿业权人满意度", sat)]:
        c.same(val, str(parse_val(by[name]["actual"])[1]), name)
    c.same(plan, str(parse_val(by["矿业权实地核查数量"]["target"])[1]), "核查目标")
    c.same(tgt_mines, str(parse_val(by["储量动态监测矿山数量"]["target"])[1]), "监测目标")
    c.same(ft["预算执行率"], by["预算执行率"]["actual"], "执行率 tables")
    return c.fails


def chk_luanchuan(t):
    c = Checker(t)
    year = one(r"^栾川县自然资源局(\d{4})年度部门整体", t)
    mt = rows(t, "|", 5)
    ftab = {r[0]: r for r in mt if len(r) == 5 and r[0] != "支出类别"}
    base, proj, tot = ftab["基本支出"], ftab["项目支出"], ftab["合计"]
    subs = [ftab["其中：钼钨矿产资源调查评价"], ftab["地质环境监测及地灾防治"], ftab["国土空间规划及确权登记"]]
    for i, col in [(1, "年初"), (2, "全年"), (3, "执行")]:
        c.sum_eq(tot[i], [base[i], proj[i]], f"{col} 合计 = 基本 + 项目")
        c.sum_eq(proj[i], [s[i] for s in subs], f"{col} 项目支出 = 三个项目")
    for r in [base, proj, tot] + subs:
        c.bounded(r[4], f"{r[0]} 执行率")
        c.rate_eq(r[4], r[3], r[2], f"{r[0]} 执行率")
    if num(base[3]) != num(base[2]):
        c.fail("rate_mismatch", "基本支出全部执行 but 执行 != 全年")
    ps, pw, pe = one(r"核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名", t)
    c.sum_eq(ps, [pw, pe], "编制")
    init, add, ann, sp, er = one(r"部门年初预算([\d,.]+)万元，.*?追加预算([\d,.]+)万元，调整后全年预算([\d,.]+)万元。全年支出([\d,.]+)万元，预算执行率([\d.]+%)", t)
    c.sum_eq(ann, [init, add], "全年 = 年初 + 追加")
    for a, b, w in [(init, tot[1], "年初"), (ann, tot[2], "全年"), (sp, tot[3], "执行"), (er, tot[4], "执行率")]:
        c.same(a, b, f"{w} text vs table")
    pa, pe2, pr = one(r"项目支出预算([\d,.]+)万元，执行([\d,.]+)万元，执行率([\d.]+%)", t)
    for a, b, w in [(pa, proj[2], "项目全年"), (pe2, proj[3], "项目执行"), (pr, proj[4], "项目执行率")]:
        c.same(a, b, f"{w} text vs table")
    unexec = one(r"全年未执行([\d.]+)万元", t)
    if not close(unexec, num(ann) - num(sp)):
        c.fail("balance_mismatch", f"未执行 {unexec} != {ann} - {sp}")
    tail, tail_y = one(r"尾款([\d.]+)万元结转至(\d{4})年", t)
    if int(tail_y) <= int(year):
        c.fail("year_mismatch", "carry-over year")
    *areas, at, atgt, acomp = one(r"面积分别为(\d+)平方公里、(\d+)平方公里、(\d+)平方公里，合计(\d+)平方公里，年度目标为(\d+)平方公里，.*?完成率([\d.]+%)", t)
    c.sum_eq(at, areas, "调查面积")
    if not close(acomp, num(at) / num(atgt) * HUNDRED):
        c.fail("completion_mismatch", "调查面积完成率 (text)")
    pts = one(r"全县(\d+)处地质灾害隐患点", t)
    wells = one(r"(\d+)眼地下水监测井", t)
    vr = one(r"监测数据有效率([\d.]+%)", t)
    c.bounded(vr, "数据有效率")
    n_fix, inv, avg_inv = one(r"完成(\d+)处地灾隐患点工程治理，完成投资([\d.]+)万元，单点平均([\d.]+)万元", t)
    c.avg_eq(avg_inv, [num(inv) / num(n_fix)] * int(n_fix), "单点平均投资")
    reg, *kinds = one(r"受理不动产登记([\d,]+)件，其中首次登记([\d,]+)件、转移登记([\d,]+)件、抵押登记([\d,]+)件、其他登记([\d,]+)件", t)
    c.sum_eq(reg, kinds, "登记件数")
    days, ahead = one(r"一般登记平均(\d+)个工作日办结，比承诺时限提前(\d+)天", t)
    res_new = one(r"新增查明钼资源量（金属量）(\d+)吨，低于(\d+)吨", t)
    rest_area = one(r"完成恢复治理([\d.]+)公顷", t)
    sat = one(r"综合满意度([\d.]+%)", t)
    c.bounded(sat, "综合满意度")
    hc = one(r"满意率([\d.]+%)", t)
    c.bounded(hc, "好差评满意率")
    wx, wc, wb, wm = one(r"预算执行(\d+)分，产出、效益、满意度指标分别为(\d+)分、(\d+)分、(\d+)分", t)
    if sum(num(x) for x in (wx, wc, wb, wm)) != HUNDRED:
        c.fail("weight_sum_mismatch", "text weights")
    total_p, grade_p = one(r"自评得分([\d.]+)分，等级为(优秀|良好|中等|较差)", t)
    out_p = one(r"其中产出指标得分([\d.]+)分", t)
    itab = [r for r in mt if len(r) == 8 and r[0] != "一级指标"]
    leaf = [dict(level1=r[0], name=r[2], target=r[3], actual=r[4], comp=r[5], weight=r[6], score=r[7]) for r in itab]
    ssum = indicator_checks(c, leaf)
    for lvl, w in [("预算执行", wx), ("产出", wc), ("效益", wb), ("满意度", wm)]:
        if group_sum(leaf, lvl, "weight") != num(w):
            c.fail("weight_sum_mismatch", f"{lvl} weight")
    if not close(total_p, ssum):
        c.fail("score_sum_mismatch", f"scores sum {ssum}, stated {total_p}")
    if not close(out_p, group_sum(leaf, "产出", "score")):
        c.fail("score_sum_mismatch", f"产出 rows sum {group_sum(leaf, '产出', 'score')}, stated {out_p}")
    grade_ok(c, total_p, grade_p, "text grade")
    by = {r["name"]: r for r in leaf}
    c.same(er, by["部门预算执行率"]["actual"], "部门执行率")
    # approved target (5 days) and the days ahead
    limit = parse_val(by["一般登记平均办结时间"]["target"])[1]
    c.sum_eq(str(limit), [days, ahead], "承诺时限 = 实际 + 提前")
    for name, val in [("钼钨矿产资源潜力调查面积", at), ("地质灾害隐患点专业监测", pts), ("地下水监测井运行", wells),
                      ("不动产登记办件量", reg), ("监测数据有效率", vr), ("一般登记平均办结时间", days),
                      ("地灾治理单点平均投资", avg_inv), ("新增查明钼资源量（金属量）", res_new[0]),
                      ("矿山恢复治理面积", rest_area), ("群众及办事企业满意度", sat)]:
        c.same(val, str(parse_val(by[name]["actual"])[1]), name)
    c.same(atgt, str(parse_val(by["钼钨矿产资源潜力调查面积"]["target"])[1]), "调查面积目标")
    c.same(res_new[1], str(parse_val(by["新增查明钼资源量（金属量）"]["target"])[1]), "资源量目标")
    c.same(acomp, by["钼钨矿产资源潜力调查面积"]["comp"], "调查面积完成率")
    return c.fails


CHECKS = {
    "jx-chongyi-wuxidiaocha-2021": chk_chongyi,
    "nm-wulatehouqi-kuangshanjiance-2019": chk_wulate,
    "gz-puan-dihuanjiance-2023": chk_puan,
    "gs-subei-chuliangjiance-2022": chk_subei,
    "ha-luanchuan-zirandept-2024": chk_luanchuan,
}


# ---------------------------------------------------------------- structure of the set
def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[len(a) - 1 - q] == b[len(b) - 1 - q]:
        q += 1
    return p, len(a) - q, len(b) - q


def figure_token(text, s, e):
    """expand [s, e) to the whole number (with % or the unit character after it)."""
    while s > 0 and (text[s - 1].isdigit() or text[s - 1] in ".,"):
        s -= 1
    while e < len(text) and (text[e].isdigit() or text[e] in ".,"):
        e += 1
    tok = text[s:e]
    if e < len(text) and not text[e].isspace() and text[e] not in "|｜":
        tok += text[e]
    return tok


def count_figure(text, tok):
    n = 0
    for m in re.finditer(re.escape(tok), text):
        before = text[m.start() - 1] if m.start() > 0 else ""
        if before.isdigit() or before in ".,":
            continue
        after = text[m.end():m.end() + 2]
        if after[:1].isdigit() or (after[:1] in ".," and after[1:2].isdigit()):
            continue
        n += 1
    return n


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} cases, expected 35")
    codes = Counter()
    texts = {}
    for rec in labels:
        with open(os.path.join(HERE, "cases", rec["case"]), encoding="utf-8") as f:
            texts[rec["case"]] = f.read()
    for rec in labels:
        name, src = rec["case"], rec["source"]
        t = texts[name]
        clean = texts[f"{src}-clean.txt"]
        try:
            fails = CHECKS[src](t)
        except Extract as ex:
            problems.append(f"{name}: extraction failed: {ex}")
            continue
        failed = {code for code, _ in fails}
        if rec["clean"]:
            n = len(t)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if fails:
                problems.append(f"{name}: clean draft fails {fails}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        codes[code] += 1
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{lab['severity']}")
        if t.count(value) != 1:
            problems.append(f"{name}: value occurs {t.count(value)} times")
        s, e_clean, e_err = changed_span(clean, t)
        if e_err - s > 12 or e_clean - s > 12:
            problems.append(f"{name}: change too large ({clean[s:e_clean]!r} -> {t[s:e_err]!r})")
        vpos = t.find(value)
        if not (vpos < max(e_err, s + 1) and s < vpos + len(value)):
            problems.append(f"{name}: change at {s}-{e_err} does not overlap value at {vpos}")
        tok = figure_token(t, s, e_err)
        if any(ch.isdigit() for ch in tok) and code not in ("conflicting_values", "year_mismatch"):
            k = count_figure(t, tok)
            if k != 1:
                problems.append(f"{name}: changed figure {tok!r} occurs {k} times")
        if code == "conflicting_values":
            # the quantity is meant to be stated twice: the old figure occurs at least twice in the clean draft
            old_tok = figure_token(clean, s, e_clean)
            if count_figure(clean, old_tok) < 2:
                problems.append(f"{name}: conflicting figure {old_tok!r} is not stated twice in the clean draft")
        if code not in failed:
            problems.append(f"{name}: labelled {code} does not fail (fails: {sorted(failed)})")
        other = failed - {code}
        if other:
            problems.append(f"{name}: other codes fail too: {[(c_, m) for c_, m in fails if c_ != code]}")
    for c_ in CODES:
        if codes[c_] < 2:
            problems.append(f"code {c_} used {codes[c_]} times (< 2)")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors; codes: "
          + ", ".join(f"{c_}={codes[c_]}" for c_ in CODES))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
