#!/usr/bin/env python3
"""Check this labelled set.  Usage: python3 verify.py   (prints OK or the list of failures)

1. labels: every case exists; clean cases expect nothing; every value occurs exactly once in its case
   and never in the clean draft; codes are from errors.md section A; severity error.
2. edits: each error case differs from its clean draft in one line (one contiguous change of at most
   16 characters), or, for score-row edits, in two lines of the same table, each change <= 16 chars.
3. arithmetic: redoes the key arithmetic of every clean draft (rates, balances, sums, averages,
   comparisons with last year, weights to 100, row scores, scores to the total, grade band),
   with the tolerance of rules.md section 8 (half a unit of the last stated decimal).
Pure Python 3, no third-party packages.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list and project ids)

CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch", "figure_mismatch"}
FAIL = []


def fail(msg):
    FAIL.append(msg)


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndp(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    tol = D("0.5") * D(10) ** (-ndp(stated)) + D("1e-9")
    return abs(dec(stated) - D(computed)) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class P:
    """Checks on one clean draft."""

    suffix = "clean"

    def __init__(self, pid):
        self.pid = pid
        with open(os.path.join(CASES, f"{pid}-{P.suffix}.txt"), encoding="utf-8") as fh:
            self.t = fh.read()
        self.n = 0

    def g(self, rx, group=1):
        """The captured string of a regex that must match exactly once."""
        ms = list(re.finditer(rx, self.t))
        if len(ms) != 1:
            fail(f"{self.pid}: pattern {rx!r} matches {len(ms)} times")
            return "0"
        return ms[0].group(group)

    def near(self, label, stated, computed):
        self.n += 1
        if not close(stated, computed):
            fail(f"{self.pid}: {label}: stated {stated}, computed {D(computed):.6f}")

    def same(self, label, a, b):
        self.n += 1
        if dec(a) != dec(b):
            fail(f"{self.pid}: {label}: {a} != {b}")

    def pct(self, label, stated, num, den):
        self.near(label, stated, dec(num) / dec(den) * 100)

    def rows(self, header_rx, sep, stop_rx=None, strip_pipes=False):
        """Table rows (lists of cells) after the header line matching header_rx, until a line
        without the separator (or matching stop_rx)."""
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if re.search(header_rx, l)]
        if len(idx) != 1:
            fail(f"{self.pid}: table header {header_rx!r} found {len(idx)} times")
            return []
        out = []
        for l in lines[idx[0] + 1:]:
            if sep not in l or (stop_rx and re.search(stop_rx, l)):
                break
            cells = l.split(sep)
            if strip_pipes:
                cells = cells[1:-1]
            out.append([c.strip() for c in cells])
        return out


TARGET = re.compile(r"^(≥|≤|=|＝)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")
ACTUAL = re.compile(r"^([\d,]+(?:\.\d+)?)\s*(.*)$")


def check_indicator(p, name, w, s, target, actual, completion=None, direction=None, unit=None):
    """Row score (and completion) under rules.md section 5; qualitative rows: only 0 <= s <= w."""
    p.n += 1
    if not (0 <= dec(s) <= dec(w)):
        fail(f"{p.pid}: {name}: score {s} outside [0, {w}]")
    if direction is None:
        mt = TARGET.match(target)
        if not mt:
            return
        direction = {"≥": "gte", "≤": "lte"}.get(mt.group(1), "eq")
        tval, tunit = dec(mt.group(2)), mt.group(3)
    else:
        if direction == "qual":
            return
        tval, tunit = dec(target), unit
    ma = ACTUAL.match(actual)
    if not ma:
        fail(f"{p.pid}: {name}: actual {actual!r} not numeric")
        return
    aval = dec(ma.group(1))
    aunit = ma.group(2) if unit is None else unit
    if aunit != tunit:
        fail(f"{p.pid}: {name}: unit {tunit!r} vs {aunit!r}")
    if direction == "lte":
        comp = D(100) if aval <= tval else tval / aval * 100
    else:
        comp = aval / tval * 100
    score = dec(w) * min(D(1), comp / 100)
    p.near(f"{name} score", s, score)
    if completion is not None:
        p.near(f"{name} completion", completion, comp)


def check_weights_scores(p, rows, total_w, total_s):
    ws = sum(dec(r[0]) for r in rows)
    ss = sum(dec(r[1]) for r in rows)
    p.same("weights add to the stated total", ws, total_w)
    p.same("weights total is 100", total_w, 100)
    p.same("scores add to the stated total", ss, total_s)


# ---------------------------------------------------------------- projects
def nanchuan():
    p = P("nanchuan-dibao-2019")
    # funds table
    fr = p.rows(r"^资金来源｜年初预算数", "｜")
    body, tot = fr[:3], fr[3]
    for c in range(1, 5):
        p.same(f"funds column {c} total", sum(dec(r[c]) for r in body), dec(tot[c]))
    for r in fr:
        p.pct(f"{r[0]} 执行率", r[5], r[4], r[2])
    yc, za, zb, sj, qu = p.g(r"年初预算([\d,.]+)万元，其中中央"), "330.00", "140.00", fr[1], fr[2]
    p.same("年初 text = table", yc, tot[1])
    p.same("中央 年初+追加", dec(fr[0][1]) + dec(p.g(r"中央于2019年6月追加([\d.]+)万元")), fr[0][2])
    p.same("市级 年初+追加", dec(sj[1]) + dec(p.g(r"市级于2019年9月追加([\d.]+)万元")), sj[2])
    p.same("全年预算 text", p.g(r"全年预算调整为([\d,.]+)万元"), tot[2])
    spent = p.g(r"全年执行([\d,.]+)万元，预算执行率")
    p.same("执行 text = table", spent, tot[4])
    p.pct("执行率 text", p.g(r"全年执行[\d,.]+万元，预算执行率([\d.]+%)"), spent, tot[2])
    city, rural = p.g(r"城市低保金([\d,.]+)万元"), p.g(r"农村低保金([\d,.]+)万元")
    p.same("城市+农村 = 执行", dec(city) + dec(rural), spent)
    p.near("城市月人均补差", p.g(r"城市低保58,920人次（按月计，下同），月人均补差(\d+)元"), dec(city) * 10000 / 58920)
    p.near("农村月人均补差", p.g(r"农村低保208,392人次，月人均补差(\d+)元"), dec(rural) * 10000 / 208392)
    p.same("结余", p.g(r"资金结余([\d.]+)万元"), dec(tot[3]) - dec(spent))
    p.same("区级 结余", p.g(r"资金结余([\d.]+)万元"), dec(qu[3]) - dec(qu[4]))
    # caseload
    qr = p.rows(r"^时间｜城市低保户数", "｜")
    for r in qr:
        p.same(f"{r[0]} 户数", dec(r[1]) + dec(r[3]), r[5])
        p.same(f"{r[0]} 人数", dec(r[2]) + dec(r[4]), r[6])
    p.near("季末平均", p.g(r"全年平均保障([\d,]+)人"), sum(dec(r[6]) for r in qr) / 4)
    hh, pp = p.g(r"全区在保城乡低保对象([\d,]+)户([\d,]+)人", 1), p.g(r"全区在保城乡低保对象([\d,]+)户([\d,]+)人", 2)
    p.same("年末户 = 四季度", hh, qr[3][5])
    p.same("年末人 = 四季度", pp, qr[3][6])
    p.pct("占户籍人口", p.g(r"68\.32万人的([\d.]+%)"), pp, 683200)
    p.same("减少户", dec("13086") - dec(hh), p.g(r"减少(\d+)户、"))
    p.same("减少人", dec("22552") - dec(pp), p.g(r"减少\d+户、(\d+)人"))
    p.pct("下降", p.g(r"人，下降([\d.]+%)，主要是开展"), 217, 22552)
    p.same("申请", dec("1068") + dec("358"), 1426)
    p.same("进出平衡", dec("13086") + 1068 - 1169, hh)
    p.same("城市标准增加", 546 - 526, 20)
    p.pct("城市标准增幅", p.g(r"增加20元、增长([\d.]+%)"), 20, 526)
    p.pct("农村标准增幅", p.g(r"增加30元、增长([\d.]+%)"), 30, 410)
    p.pct("抽查准确率", p.g(r"认定准确1,210户，准确率([\d.]+%)"), 1210, 1250)
    p.same("低于目标", dec(98) - dec("96.8"), p.g(r"较目标98%低([\d.]+)个百分点"))
    p.pct("满意度", p.g(r"表示满意的473户，满意度([\d.]+%)"), 473, 500)
    p.pct("人数完成率", p.g(r"完成率([\d.]+%)"), pp, 22000)
    p.same("超出", dec(pp) - 22000, 335)
    # 自评表
    ir = p.rows(r"^一级指标｜二级指标｜三级指标", "｜")
    total = ir[-1]
    rows = ir[:-1]
    for r in rows:
        if r[0] == "预算执行率":
            p.same("执行率 row actual", r[4], tot[5])
            p.near("执行率 score", r[6], dec(r[5]) * dec(spent) / dec(tot[2]))
        else:
            check_indicator(p, r[2], r[5], r[6], r[3], r[4])
    check_weights_scores(p, [(r[5], r[6]) for r in rows], total[5], total[6])
    s = p.g(r"自评得分([\d.]+)分，评价等级为(\S\S)")
    p.same("text total = table", s, total[6])
    p.n += 1
    if grade(dec(s)) != p.g(r"自评得分[\d.]+分，评价等级为(\S)"):
        fail(f"{p.pid}: grade")
    return p


def xiushan():
    p = P("xiushan-tekun-2022")
    fr = p.rows(r"^资金来源 \| 年初预算", " | ")
    body, tot = fr[:3], fr[3]
    for c in range(1, 5):
        p.same(f"funds column {c}", sum(dec(r[c]) for r in body), tot[c])
    for r in fr:
        p.pct(f"{r[0]} 执行率", r[5], r[4], r[2])
    p.same("年初 text", p.g(r"年初预算([\d,.]+)万元，其中中央"), tot[1])
    p.same("中央 追加", dec(fr[0][1]) + dec(p.g(r"58号追加([\d.]+)万元")), fr[0][2])
    p.same("市级 追加", dec(fr[1][1]) + dec(p.g(r"131号追加([\d.]+)万元")), fr[1][2])
    p.same("全年 text", p.g(r"调整后全年预算([\d,.]+)万元"), tot[2])
    spent = p.g(r"全年实际支出([\d,.]+)万元")
    p.same("支出 text", spent, tot[4])
    p.pct("执行率 text", p.g(r"全年实际支出[\d,.]+万元，预算执行率([\d.]+%)"), spent, tot[2])
    parts = [p.g(r"发放基本生活费([\d,.]+)万元"), p.g(r"照料护理补贴([\d,.]+)万元"),
             p.g(r"运转补助([\d,.]+)万元"), p.g(r"丧葬补助([\d,.]+)万元")]
    p.same("用途合计", sum(dec(x) for x in parts), spent)
    p.near("基本生活费 = 人次×标准", parts[0], D(35388 * 884) / 10000)
    p.same("运转补助 12×18", parts[2], 12 * 18)
    p.same("丧葬 126×3000", dec(parts[3]) * 10000, 126 * 3000)
    p.same("结余", p.g(r"资金结余([\d.]+)万元"), dec(tot[3]) - dec(spent))
    p.same("结余 = 县级", p.g(r"资金结余([\d.]+)万元"), dec(fr[2][3]) - dec(fr[2][4]))
    p.same("特困标准 = 1.3×低保", D("680") * D("1.3"), 884)
    p.same("上年标准", D("660") * D("1.3"), 858)
    p.pct("标准增幅", p.g(r"增加26元、增长([\d.]+%)"), 26, 858)
    for pc, amt in (("10%", 68), ("50%", 340), ("100%", 680)):
        p.same(f"护理 {pc}", D(680) * dec(pc) / 100, amt)
    qr = p.rows(r"^时间 \| 分散供养", " | ")
    for r in qr:
        p.same(f"{r[0]} 合计", dec(r[1]) + dec(r[2]), r[3])
    yr = p.g(r"全县在供养特困人员([\d,]+)人")
    p.same("年末 = 四季度", yr, qr[3][3])
    p.same("分散", p.g(r"其中分散供养([\d,]+)人、集中供养"), qr[3][1])
    p.same("集中", p.g(r"集中供养(\d+)人，集中供养率"), qr[3][2])
    p.pct("集中供养率", p.g(r"集中供养\d+人，集中供养率([\d.]+%)"), qr[3][2], yr)
    p.same("较上年减少", dec("2968") - dec(yr), 17)
    p.pct("下降", p.g(r"减少17人，下降([\d.]+%)"), 17, 2968)
    p.same("进出", dec(2968) + 213 - 230, yr)
    p.same("终止构成", 126 + 104, 230)
    p.pct("失能集中率", p.g(r"142人入住敬老院集中照护，集中供养率([\d.]+%)"), 142, 186)
    p.pct("床位使用率", p.g(r"床位使用率([\d.]+%)"), 562, 860)
    p.near("季均探访", p.g(r"季均([\d,.]+)人次"), D(1218 + 1305 + 1264 + 1347) / 4)
    p.pct("认定准确率", p.g(r"认定准确486人，准确率([\d.]+%)"), 486, 500)
    p.pct("满意度", p.g(r"表示满意的366人，满意度([\d.]+%)"), 366, 400)
    ir = p.rows(r"^一级指标 \| 二级指标", " | ")
    total, rows = ir[-1], ir[:-1]
    for r in rows:
        if r[0] == "预算执行":
            p.same("执行率 actual", r[4], tot[5])
            p.near("执行率 score", r[6], dec(r[5]) * dec(spent) / dec(tot[2]))
        else:
            check_indicator(p, r[2], r[5], r[6], r[3], r[4])
    p.pct("消防合格率", rows[8][4], 11, 12)
    check_weights_scores(p, [(r[5], r[6]) for r in rows], total[5], total[6])
    s = p.g(r"本项目得分([\d.]+)分，评价等级为(\S)", 1)
    p.same("text total", s, total[6])
    p.n += 1
    if grade(dec(s)) != p.g(r"本项目得分[\d.]+分，评价等级为(\S)"):
        fail(f"{p.pid}: grade")
    p.n += 1
    if grade(dec(p.g(r"2021年度本项目自评得分([\d.]+)分"))) != p.g(r"2021年度本项目自评得分[\d.]+分，等级为(\S)"):
        fail(f"{p.pid}: 2021 grade")
    return p


def huishui():
    p = P("huishui-linshijiuzhu-2020")
    fr = p.rows(r"^项目\t行次\t合计", "\t")
    rows = {r[0]: r for r in fr}
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]
    for n in names:
        r = rows[n]
        p.same(f"{n} 合计", sum(dec(x) for x in r[3:8]), r[2])
    for c in range(2, 8):
        p.same(f"结余 col {c}", dec(rows["实际到位资金"][c]) - dec(rows["全年执行资金"][c]), rows["资金结余"][c])
        base = dec(rows["全年预算资金"][c])
        for rn, num in (("预算到位率（%）", "实际到位资金"), ("预算执行率（%）", "全年执行资金")):
            cell = rows[rn][c]
            p.n += 1
            if base == 0:
                if cell != "—":
                    fail(f"{p.pid}: rate on a zero base in {rn} col {c}: {cell}")
            else:
                p.pct(f"{rn} col {c}", cell, rows[num][c], base)
    r1 = rows["年初预算资金"]
    p.same("年初 text", p.g(r"年初预算([\d,.]+)万元，其中中央"), r1[2])
    for lab, rx, col in (("中央", r"中央资金([\d.]+)万元（2019年12月", 3), ("省级", r"省级资金([\d.]+)万元（黔财社", 4),
                         ("州级", r"州级资金([\d.]+)万元", 5), ("县级", r"县级资金([\d.]+)万元（列入", 6)):
        p.same(f"{lab} 年初 text", p.g(rx), r1[col])
    p.same("中央追加", dec(r1[3]) + dec(p.g(r"41号追加疫情防控期间临时救助资金([\d.]+)万元")), rows["全年预算资金"][3])
    p.same("省级追加", dec(r1[4]) + dec(p.g(r"97号追加([\d.]+)万元")), rows["全年预算资金"][4])
    p.same("全年 text", p.g(r"全年预算调整为([\d,.]+)万元"), rows["全年预算资金"][2])
    spent = p.g(r"全年执行([\d,.]+)万元，预算执行率")
    p.same("执行 text", spent, rows["全年执行资金"][2])
    p.pct("执行率 text", p.g(r"全年执行[\d,.]+万元，预算执行率([\d.]+%)"), spent, rows["全年预算资金"][2])
    p.same("结余 text", p.g(r"结余([\d.]+)万元，为县级资金"), rows["资金结余"][2])
    # cases
    n_all = p.g(r"全年共实施临时救助([\d,]+)人次")
    amt = p.g(r"支出临时救助金([\d,.]+)万元")
    p.same("金额 = 执行", amt, spent)
    p.near("次均", p.g(r"万元，次均([\d,.]+)元。其中"), dec(amt) * 10000 / dec(n_all))
    p.same("急难+支出型", dec(p.g(r"急难型救助([\d,]+)人次")) + dec(p.g(r"支出型救助([\d,]+)人次")), n_all)
    p.same("较2019 增加", dec(n_all) - 4218, dec(p.g(r"救助人次增加([\d,]+)人次")))
    p.pct("人次增长", p.g(r"人次、增长([\d.]+%)，救助金额"), 1142, 4218)
    p.pct("金额增长", p.g(r"救助金额增长([\d.]+%)"), dec(amt) - dec("782.40"), dec("782.40"))
    qr = p.rows(r"^季度\t救助人次", "\t")
    p.same("季度人次合计", sum(dec(r[1]) for r in qr), n_all)
    p.same("季度金额合计", sum(dec(r[2]) for r in qr), amt)
    for r in qr:
        p.near(f"{r[0]} 次均", r[3], dec(r[2]) * 10000 / dec(r[1]))
    p.near("因疫次均", p.g(r"支出298.64万元，次均([\d,.]+)元"), D("2986400") / 1602)
    p.pct("因疫超目标", p.g(r"超过年度目标([\d.]+%)"), 1602 - 1200, 1200)
    towns = re.findall(r"(?:街道|镇)(\d+\.\d\d)万元", p.g(r"共100\.00万元，其中(.*?)。年底", 1))
    p.same("备用金 10 items", len(towns), 10)
    p.same("备用金合计", sum(dec(x) for x in towns), 100)
    p.same("备用金余额", D(100) - dec(p.g(r"共使用备用金([\d.]+)万元")), p.g(r"余额([\d.]+)万元已收回"))
    p.pct("案卷准确率", p.g(r"认定准确489份，准确率([\d.]+%)"), 489, 500)
    p.pct("转介率", p.g(r"转介率([\d.]+%)"), 463, 500)
    p.same("其余户", 500 - 463, p.g(r"其余(\d+)户"))
    p.pct("满意度", p.g(r"表示满意的286户，满意度([\d.]+%)"), 286, 300)
    ir = p.rows(r"^一级指标\t二级指标\t三级指标\t权重", "\t")
    total, rows_ = ir[-1], ir[:-1]
    for r in rows_:
        if r[0] == "预算执行":
            p.same("执行率 actual", r[5], rows["预算执行率（%）"][2])
            p.near("执行率 completion", r[6], dec(spent) / dec(rows["全年预算资金"][2]) * 100)
            p.near("执行率 score", r[7], dec(r[3]) * dec(spent) / dec(rows["全年预算资金"][2]))
        else:
            check_indicator(p, r[2], r[3], r[7], r[4], r[5], completion=r[6])
    check_weights_scores(p, [(r[3], r[7]) for r in rows_], total[3], total[7])
    s = p.g(r"项目得分([\d.]+)分，评价等级为“(\S)")
    p.same("text total", s, total[7])
    p.n += 1
    if grade(dec(s)) != p.g(r"项目得分[\d.]+分，评价等级为“(\S)"):
        fail(f"{p.pid}: grade")
    return p


def zhengan():
    p = P("zhengan-minzheng-2024")
    g = p.g
    p.same("人员", 17 + 39, 56)
    bs = re.findall(r"基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元）", p.t)
    p.same("two basic-expenditure splits", len(bs), 2)
    for b in bs:
        p.same("基本 = 人员 + 公用", dec(b[1]) + dec(b[2]), b[0])
    p.same("年初合计", dec(bs[0][0]) + dec(g(r"项目支出([\d,.]+)万元。年度执行中")), g(r"年初预算([\d,.]+)万元，其中基本支出"))
    p.same("全年基本 = 执行基本", bs[1][0], g(r"其中基本支出([\d.]+)万元，全部执行"))
    annual = g(r"调整后全年预算([\d,.]+)万元")
    proj = g(r"项目支出([\d,.]+)万元。项目支出全年预算中")
    p.same("全年合计", dec(bs[1][0]) + dec(proj), annual)
    p.same("追加", dec(annual) - dec("14,386.52"), g(r"追加困难群众救助补助资金等([\d,.]+)万元"))
    src = [g(r"中央资金([\d,.]+)万元、省级"), g(r"省级资金([\d,.]+)万元、市级"), g(r"市级资金([\d,.]+)万元、县级"),
           g(r"县级资金([\d,.]+)万元。")]
    p.same("来源合计", sum(dec(x) for x in src), proj)
    spent = g(r"全年支出([\d,.]+)万元，部门预算执行率")
    pspent = g(r"项目支出([\d,.]+)万元，项目支出执行率")
    p.same("支出构成", dec(bs[1][0]) + dec(pspent), spent)
    p.pct("部门执行率", g(r"部门预算执行率([\d.]+%)"), spent, annual)
    p.pct("项目执行率", g(r"项目支出执行率([\d.]+%)"), pspent, proj)
    p.same("结转", dec(annual) - dec(spent), g(r"年末未支出([\d.]+)万元"))
    p.same("结转 = 项目", dec(proj) - dec(pspent), g(r"年末未支出([\d.]+)万元"))
    pr = p.rows(r"^\| 项目名称 \| 全年预算", " | ", strip_pipes=False)
    pr = [[c.strip("| ").strip() for c in r] for r in pr]
    body, tot = pr[:-1], pr[-1]
    p.same("项目预算合计", sum(dec(r[1]) for r in body), tot[1])
    p.same("项目执行合计", sum(dec(r[2]) for r in body), tot[2])
    p.same("项目预算 = 项目支出预算", tot[1], proj)
    p.same("项目执行 = 项目支出", tot[2], pspent)
    for r in body:
        p.pct(f"{r[0]} 执行率", r[3], r[2], r[1])
    scores = [r[4] for r in body]
    listed = re.findall(r"(\d+(?:\.\d+)?)分", g(r"自评得分分别为(.*?)，平均"))
    p.same("listed scores = table", len(listed), 5)
    for a, b in zip(listed, scores):
        p.same("score text = table", a, b)
    p.near("平均分", g(r"平均([\d.]+)分"), sum(dec(x) for x in scores) / len(scores))
    p.n += 1
    if any(grade(dec(x)) != "优" for x in scores):
        fail(f"{p.pid}: 均为优秀 not true")
    p.pct("公务用车", g(r"实际支出4.52万元，执行率([\d.]+%)"), "4.52", "4.80")
    p.pct("城市标准", g(r"增加30元、增长([\d.]+%)"), 30, 750)
    p.pct("农村标准", g(r"增加240元、增长([\d.]+%)"), 240, 5520)
    qr = p.rows(r"^\| 时间 \| 城市低保户数", " | ")
    qr = [[c.strip("| ").strip() for c in r] for r in qr]
    for r in qr:
        p.same(f"{r[0]} 户", dec(r[1]) + dec(r[3]), r[5])
        p.same(f"{r[0]} 人", dec(r[2]) + dec(r[4]), r[6])
    hh, pp = g(r"年末在保城乡低保对象([\d,]+)户([\d,]+)人", 1), g(r"年末在保城乡低保对象([\d,]+)户([\d,]+)人", 2)
    p.same("年末户", hh, qr[3][5])
    p.same("年末人", pp, qr[3][6])
    p.same("减少户", dec("10496") - dec(hh), g(r"减少(\d+)户、\d+人，下降"))
    p.same("减少人", dec("18437") - dec(pp), g(r"减少\d+户、(\d+)人，下降"))
    p.pct("下降", g(r"人，下降([\d.]+%)"), 575, 18437)
    p.same("特困标准", D(780) * D("1.3"), dec(g(r"确定为每人每月([\d,]+)元")))
    tk = g(r"年末救助供养特困人员([\d,]+)人")
    p.same("特困构成", dec(g(r"其中分散供养([\d,]+)人")) + dec(g(r"集中供养(\d+)人，低于")), tk)
    n_ls, amt = g(r"全年实施临时救助([\d,]+)人次"), g(r"支出临时救助资金([\d.]+)万元")
    p.same("临时救助金额 = 项目表", amt, body[2][2])
    p.near("次均", g(r"次均([\d,.]+)元"), dec(amt) * 10000 / dec(n_ls))
    p.same("较上年增加", dec(n_ls) - 3962, g(r"增加(\d+)人次"))
    p.pct("增长", g(r"增加\d+人次，增长([\d.]+%)"), 356, 3962)
    p.same("评价年度", g(r"评价年度：(\d{4})年"), 2024)
    ir = p.rows(r"^\| 一级指标 \| 二级指标", " | ")
    ir = [[c.strip("| ").strip() for c in r] for r in ir]
    total, rows = ir[-1], ir[:-1]
    for r in rows:
        if r[0] == "预算执行":
            p.same("执行率 actual", r[4], g(r"部门预算执行率([\d.]+%)"))
            p.near("执行率 score", r[6], dec(r[5]) * dec(spent) / dec(annual))
        else:
            check_indicator(p, r[2], r[5], r[6], r[3], r[4])
    p.same("低保人数 row", dec(rows[1][4].rstrip("人")), pp)
    p.same("特困 row", dec(rows[2][4].rstrip("人")), tk)
    p.same("临时救助 row", dec(rows[3][4].rstrip("人次")), n_ls)
    check_weights_scores(p, [(r[5], r[6]) for r in rows], total[5], total[6])
    s = g(r"自评得分([\d.]+)分，评价等级为")
    p.same("text total", s, total[6])
    p.n += 1
    if grade(dec(s)) != g(r"自评得分[\d.]+分，评价等级为(\S)"):
        fail(f"{p.pid}: grade")
    return p


def flattened(p, first_cell):
    """Rows of a seed-003 style table (one tab-indented cell per line, blank line between rows)
    starting with the row whose first cell is first_cell, up to the first non-table line."""
    lines = p.t.split("\n")
    start = [i for i, l in enumerate(lines) if l == "\t" + first_cell]
    if len(start) != 1:
        fail(f"{p.pid}: flattened table {first_cell!r} found {len(start)} times")
        return []
    rows, cur = [], []
    for l in lines[start[0]:]:
        if l.startswith("\t"):
            cur.append(l[1:])
        elif l == "":
            if cur:
                rows.append(cur)
                cur = []
        else:
            break
    if cur:
        rows.append(cur)
    return rows


def tongjiang():
    p = P("tongjiang-dibao-2018")
    g = p.g
    p.pct("城市标准", g(r"增加25元、增长([\d.]+%)"), 25, 480)
    p.pct("农村标准", g(r"增加300元、增长([\d.]+%)"), 300, 3540)
    init = [g(r"中央资金([\d,.]+)万元（2017年12月"), g(r"省级资金([\d,.]+)万元（川财社"), g(r"市级资金([\d.]+)万元（巴财社"),
            g(r"县级资金([\d.]+)万元。年内")]
    y0 = g(r"年初预算([\d,.]+)万元，其中中央")
    p.same("年初合计", sum(dec(x) for x in init), y0)
    c_all, s_all = g(r"其中中央资金([\d,.]+)万元、省级资金[\d,.]+万元、市级资金[\d.]+万元全部支出"), g(r"省级资金([\d,.]+)万元、市级资金[\d.]+万元全部支出")
    p.same("中央追加", dec(init[0]) + dec(g(r"86号追加([\d.]+)万元")), c_all)
    p.same("省级追加", dec(init[1]) + dec(g(r"142号追加([\d.]+)万元")), s_all)
    annual = g(r"调整后全年预算([\d,.]+)万元")
    p.same("全年合计", dec(c_all) + dec(s_all) + dec(init[2]) + dec(init[3]), annual)
    p.same("到位", g(r"到位资金([\d,.]+)万元，到位率"), annual)
    spent = g(r"全年执行([\d,.]+)万元，预算执行率")
    ct = g(r"县级资金980.00万元，实际支出([\d.]+)万元")
    p.same("执行构成", dec(c_all) + dec(s_all) + dec(init[2]) + dec(ct), spent)
    p.pct("执行率", g(r"预算执行率([\d.]+%)，其中"), spent, annual)
    p.pct("县级执行率", g(r"实际支出871.46万元，执行率([\d.]+%)"), ct, init[3])
    bal = g(r"结余([\d.]+)万元，为县级资金")
    p.same("结余", dec(annual) - dec(spent), bal)
    p.same("结余 = 县级", dec(init[3]) - dec(ct), bal)
    city, rural = g(r"发放城市低保金([\d,.]+)万元"), g(r"发放农村低保金([\d,.]+)万元")
    p.same("用途合计", dec(city) + dec(rural), spent)
    p.near("城市补差", g(r"96,084人次（按月计，下同），月人均补差(\d+)元"), dec(city) * 10000 / 96084)
    p.near("农村补差", g(r"439,652人次，月人均补差(\d+)元"), dec(rural) * 10000 / 439652)
    qs = re.findall(r"时间：(\S+)　城市([\d,]+)户([\d,]+)人　农村([\d,]+)户([\d,]+)人　合计([\d,]+)户([\d,]+)人", p.t)
    p.same("4 quarters", len(qs), 4)
    for q in qs:
        p.same(f"{q[0]} 户", dec(q[1]) + dec(q[3]), q[5])
        p.same(f"{q[0]} 人", dec(q[2]) + dec(q[4]), q[6])
    hh, pp = g(r"全县在保城乡低保对象([\d,]+)户([\d,]+)人", 1), g(r"全县在保城乡低保对象([\d,]+)户([\d,]+)人", 2)
    p.same("年末户", hh, qs[3][5])
    p.same("年末人", pp, qs[3][6])
    p.pct("占户籍", g(r"77.58万人的([\d.]+%)"), pp, 775800)
    p.same("减少户", dec("26483") - dec(hh), g(r"减少([\d,]+)户、"))
    p.same("减少人", dec("45901") - dec(pp), g(r"减少[\d,]+户、([\d,]+)人"))
    p.pct("下降", g(r"人，下降([\d.]+%)"), 2175, 45901)
    p.same("进出", dec(26483) + 2214 - 3449, hh)
    p.pct("核查率", g(r"完成核查20,198户，核查率([\d.]+%)"), 20198, 25248)
    p.pct("准确率", g(r"认定准确1,380户，准确率([\d.]+%)"), 1380, 1500)
    p.pct("帮扶率", g(r"就业帮扶率([\d.]+%)"), 1268, 5661)
    for m in re.finditer(r"年末保障城乡低保对象([\d,]+)人", p.t):
        p.same("年末人数 mentions", m.group(1), pp)
    # flattened 自评表
    fr = flattened(p, "项目资金（万元）")
    tot = fr[1]
    p.same("总额 年初", tot[1], y0)
    p.same("总额 全年", tot[2], annual)
    p.same("总额 执行", tot[3], spent)
    for c in (1, 2, 3):
        p.same(f"总额 = 各来源 col {c}", sum(dec(r[c]) for r in fr[2:6]), tot[c])
    p.pct("表 执行率", tot[5], spent, annual)
    p.near("执行率得分", tot[6], dec(tot[4]) * dec(spent) / dec(annual))
    ir = flattened(p, "一级指标")
    total, rows = ir[-1], ir[1:-1]
    for r in rows:
        d = {"≥": "gte", "≤": "lte", "＝": "eq", "定性": "qual"}[r[3]]
        check_indicator(p, r[2], r[7], r[8], r[4], r[6], direction=d, unit=r[5])
    p.same("人数 row", r"43726", pp)
    ws = sum(dec(r[7]) for r in rows) + dec(tot[4])
    ss = sum(dec(r[8]) for r in rows) + dec(tot[6])
    p.same("indicator weights = 90", sum(dec(r[7]) for r in rows), 90)
    p.same("weights add to 100", ws, total[7])
    p.same("scores add to total", ss, total[8])
    s = g(r"本项目得分([\d.]+)分，评价等级为“(\S)")
    p.same("text total", s, total[8])
    p.same("box total", g(r"自评得分([\d.]+)分。\n存在问题"), total[8])
    p.n += 1
    if grade(dec(s)) != g(r"本项目得分[\d.]+分，评价等级为“(\S)"):
        fail(f"{p.pid}: grade")
    return p


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    flags = {(e[0], e[1]): (len(e) > 6 and e[6]) for e in build.ERRORS}
    codes = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            fail(f"missing case {rec['case']}")
            continue
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with labels")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{rec['case']}: bad code/severity {exp}")
            codes.setdefault(exp["code"], set()).add(rec["source"])
            codes.setdefault("_n_" + exp["code"], set()).add(rec["case"])
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if clean.count(v) != 0:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
        # edit size
        a, b = clean.split("\n"), text.split("\n")
        if len(a) != len(b):
            fail(f"{rec['case']}: line count changed")
            continue
        changed = [i for i in range(len(a)) if a[i] != b[i]]
        m = re.match(r"(.*)-e(\d+)\.txt$", rec["case"])
        rows2 = flags.get((m.group(1), int(m.group(2))), False)
        if not changed or len(changed) > (2 if rows2 else 1):
            fail(f"{rec['case']}: {len(changed)} lines changed")
        if rows2 and len(changed) == 2 and changed[1] - changed[0] > 12:
            fail(f"{rec['case']}: the two changed rows are not adjacent")
        for i in changed:
            x, y = a[i], b[i]
            k = 0
            while k < min(len(x), len(y)) and x[k] == y[k]:
                k += 1
            j = 0
            while j < min(len(x), len(y)) - k and x[-1 - j] == y[-1 - j]:
                j += 1
            size = max(len(x) - k - j, len(y) - k - j)
            if size > 16:
                fail(f"{rec['case']}: edit of {size} characters on line {i + 1}")
    section_a = CODES - {"figure_mismatch"}
    for c in sorted(section_a):
        n = len(codes.get("_n_" + c, ()))
        if n < 2:
            fail(f"code {c} used {n} times (< 2)")
        if len(codes.get(c, ())) < 2:
            fail(f"code {c} not spread over two projects")
    return labels, codes


def self_test():
    """Run the arithmetic checks on every error case: each should break at least one check
    (year_mismatch cases are checked by the year rules below)."""
    fns = {"nanchuan-dibao-2019": nanchuan, "xiushan-tekun-2022": xiushan, "huishui-linshijiuzhu-2020": huishui,
           "zhengan-minzheng-2024": zhengan, "tongjiang-dibao-2018": tongjiang}
    years = {"nanchuan-dibao-2019": 2019, "xiushan-tekun-2022": 2022, "huishui-linshijiuzhu-2020": 2020,
             "zhengan-minzheng-2024": 2024, "tongjiang-dibao-2018": 2018}
    silent = []
    for e in build.ERRORS:
        pid, n = e[0], e[1]
        P.suffix = f"e{n}"
        before = len(FAIL)
        fns[pid]()
        text = open(os.path.join(CASES, f"{pid}-e{n}.txt"), encoding="utf-8").read()
        y = years[pid]
        yr = [m for m in re.findall(r"截至(\d{4})年12月31日", text) if int(m) != y]
        yr += [m for m in re.findall(r"结转至(\d{4})年", text) if int(m) <= y]
        yr += [m for m in re.findall(r"评价年度：(\d{4})年", text) if int(m) != y]
        caught = len(FAIL) - before + len(yr)
        del FAIL[before:]
        print(f"  {pid}-e{n} {e[2]:22s} {'caught' if caught else 'NOT CAUGHT'} ({caught})")
        if not caught:
            silent.append(f"{pid}-e{n}")
    P.suffix = "clean"
    return silent


def main():
    if "--self-test" in sys.argv:
        silent = self_test()
        print("self-test:", "every error case breaks a check" if not silent else f"silent: {silent}")
        return 1 if silent else 0
    labels, codes = check_labels()
    total = 0
    for fn in (nanchuan, xiushan, huishui, zhengan, tongjiang):
        p = fn()
        total += p.n
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} failures")
        return 1
    n_err = sum(1 for r in labels if not r["clean"])
    print(f"{len(labels)} cases ({len(labels) - n_err} clean, {n_err} with one error); {total} arithmetic checks")
    for c in sorted(k for k in codes if not k.startswith("_n_")):
        print(f"  {c:22s} {len(codes['_n_' + c])} cases in {len(codes[c])} projects")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
