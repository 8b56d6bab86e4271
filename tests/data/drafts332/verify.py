#!/usr/bin/env python3
"""Verify the set: labels, single contiguous edits, code coverage, and the arithmetic of every case.

Standard library only. For every case the arithmetic of its draft is redone from the text itself (regular
expressions written for each of the five drafts, so that a changed figure is still read where it stands).
Each check carries the error code it would raise. A clean draft must pass every check; an error case must fail
at least one check of its labelled code and no check of any other code. Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
D = Decimal
H = D("100")
EPS = D("1e-9")


class StructureError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules.md §8)

def num(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    if s in ("—", "-", ""):
        return D(0)
    return D(s)


def ndec(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndec(s)) + EPS


def close(stated, computed):
    """stated: the string as written; computed: Decimal."""
    return abs(D(computed) - num(stated)) <= tol(stated)


def is_dash(s):
    return str(s).strip() in ("—", "-", "")


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- checker

class Checker:
    def __init__(self, text):
        self.t = text
        self.res = []

    def add(self, code, ok, msg):
        assert code in CODES, code
        self.res.append((code, bool(ok), msg))

    def one(self, pat, flags=re.M):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise StructureError(f"{len(ms)} matches for {pat!r}")
        return ms[0].groups()

    # --- identities
    def rate(self, stated, numer, denom, what):
        """I1/I2: stated % vs numer/denom. Zero base -> the cell must be a dash or 0."""
        numer, denom = D(numer), D(denom)
        if denom == 0:
            self.add("implausible_rate", is_dash(stated) or num(stated) == 0, f"{what}: rate {stated} on a zero base")
            return
        if is_dash(stated):
            self.add("rate_mismatch", False, f"{what}: rate missing")
            return
        c = numer / denom * H
        if close(stated, c):
            self.add("rate_mismatch", True, what)
            return
        for f in (D("1e4"), D("1e-4")):
            if close(stated, numer * f / denom * H) or close(stated, numer / (denom * f) * H):
                self.add("unit_mismatch", False, f"{what}: {stated} reconciles only after rescaling by 10^4")
                return
        self.add("rate_mismatch", False, f"{what}: stated {stated}, computed {c:.4f}")

    def le100(self, stated, what):
        self.add("implausible_rate", is_dash(stated) or D(0) <= num(stated) <= H, f"{what}: {stated} outside [0,100]%")

    def sum(self, total, parts, what):
        """I4 with the unit rule of errors.md #11(b): if rescaling one amount by 10^4 reconciles, it is a unit error."""
        vals = [num(p) for p in parts]
        tv = num(total)
        if abs(sum(vals) - tv) <= tol(total):
            self.add("sum_mismatch", True, what)
            return
        for i in range(len(vals)):
            for f in (D("1e-4"), D("1e4")):
                alt = vals[:]
                alt[i] = vals[i] * f
                if abs(sum(alt) - tv) <= tol(total):
                    self.add("unit_mismatch", False, f"{what}: part {parts[i]} off by 10^4")
                    return
        for f in (D("1e-4"), D("1e4")):
            if abs(sum(vals) - tv * f) <= tol(total) * f:
                self.add("unit_mismatch", False, f"{what}: total {total} off by 10^4")
                return
        self.add("sum_mismatch", False, f"{what}: {' + '.join(parts)} = {sum(vals)} vs {total}")

    def diff(self, stated, a, b, code, what):
        """stated = a - b (balances, shortfalls)."""
        self.add(code, close(stated, num(a) - num(b)), f"{what}: {a} - {b} vs {stated}")

    def avg(self, stated, computed, what, approx=False):
        # a stated 约/近 figure gets the same half-unit interval (rules.md §8); `approx` only documents it
        ok = close(stated, computed)
        self.add("average_mismatch", ok, f"{what}: computed {D(computed):.4f} vs {stated}")

    def same(self, a, b, what, approx=False):
        t = max(tol(a), tol(b)) if approx else min(tol(a), tol(b))
        self.add("conflicting_values", abs(num(a) - num(b)) <= t, f"{what}: {a} vs {b}")

    def same_text(self, a, b, what):
        self.add("conflicting_values", a.strip() == b.strip(), f"{what}: {a} vs {b}")

    def year(self, ok, what):
        self.add("year_mismatch", ok, what)

    def grade(self, total, word, what="grade"):
        w = GRADE_WORDS.get(word.strip())
        self.add("grade_mismatch", w == band(num(total)), f"{what}: {total} -> {band(num(total))}, stated {word}")

    # --- indicator tables
    def indicators(self, rows, fixed_w, fixed_s, w_total, s_total, completion=False):
        """rows: dicts with name, target, actual, weight, score[, comp]. fixed_w/fixed_s: weight/score lines
        outside `rows` (e.g. the execution line of the funds block)."""
        wsum = sum((num(r["weight"]) for r in rows), D(0)) + sum((num(x) for x in fixed_w), D(0))
        ssum = sum((num(r["score"]) for r in rows), D(0)) + sum((num(x) for x in fixed_s), D(0))
        self.add("weight_sum_mismatch", wsum == 100, f"weights add to {wsum}")
        if w_total is not None:
            self.add("weight_sum_mismatch", num(w_total) == wsum, f"stated weight total {w_total} vs {wsum}")
        self.add("score_sum_mismatch", close(s_total, ssum), f"scores add to {ssum}, stated {s_total}")
        for r in rows:
            self.add("score_exceeds_weight", D(0) <= num(r["score"]) <= num(r["weight"]),
                     f"{r['name']}: score {r['score']} vs weight {r['weight']}")
            tk, ak = kind(r["target"]), kind(r["actual"])
            unit_ok = True
            if tk[0] == "qual" or ak[0] == "qual":
                pass
            elif tk[0] == "date" or ak[0] == "date":
                unit_ok = tk[0] == ak[0]
            else:
                unit_ok = tk[2] == ak[2]
            self.add("unit_mismatch", unit_ok, f"{r['name']}: target {r['target']} vs actual {r['actual']}")
            if ak[0] == "num" and ak[2] == "%":
                self.le100(r["actual"], f"{r['name']} actual")
            if completion and "comp" in r and unit_ok and tk[0] == "num" and ak[0] == "num":
                c = completion_rate(tk, ak)
                self.add("completion_mismatch", close(r["comp"], c),
                         f"{r['name']}: completion {r['comp']} vs {c:.4f}")


def kind(s):
    s = s.strip()
    if re.match(r"^\d{4}年\d{1,2}月", s):
        return ("date", None, None, None)
    m = re.match(r"^(≥|≤|=|<|>|＜|＞)?\s*(\d+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return ("qual", None, None, None)
    sign, n, unit = m.groups()
    return ("num", D(n), unit.strip(), sign or "")


def completion_rate(tk, ak):
    t, a, sign = tk[1], ak[1], tk[3]
    if sign in ("≤", "<", "＜"):
        return H if a <= t else t / a * H
    if t == 0:
        return H if a == 0 else D(0)
    return a / t * H


def cells(line, sep):
    return [c.strip() for c in line.split(sep)]


# ---------------------------------------------------------------- project 1: Hubei, ｜ table

def check_jiayu(c):
    t = c.t
    Y = int(c.one(r"^嘉鱼县血吸虫病防治所\n(\d{4})年度")[0])
    (ty,) = c.one(r"自评表（(\d{4})年度）")
    c.year(int(ty) == Y, "table year")
    fund = {}
    for key, lab in [("total", "年度资金总额"), ("fiscal", "其中：当年财政拨款"), ("carry", "上年结转资金"), ("other", "其他资金")]:
        (rest,) = c.one(r"^" + lab + r"｜(.+)$")
        fund[key] = cells(rest, "｜")
    for i, col in enumerate(["年初", "全年", "执行"]):
        c.sum(fund["total"][i], [fund["fiscal"][i], fund["carry"][i], fund["other"][i]], f"funds {col} column")
    for key in fund:
        c.rate(fund[key][4], num(fund[key][2]), num(fund[key][1]), f"funds row {key} 执行率")
        if not is_dash(fund[key][4]):
            c.le100(fund[key][4], f"funds row {key} 执行率")
    total_b, cen, cy, prov, py, cnty, init = c.one(
        r"全年预算([\d.]+)万元，其中中央转移支付资金([\d.]+)万元（(\d{4})年12月提前下达）、省级血防专项资金([\d.]+)万元（(\d{4})年7月追加下达）、县级财政配套([\d.]+)万元；年初预算([\d.]+)万元")
    c.sum(total_b, [cen, prov, cnty], "全年预算 by source")
    c.sum(init, [cen, cnty], "年初预算 = 中央 + 县级")
    c.year(int(cy) == Y - 1, "advance issued the December before")
    c.year(int(py) == Y, "provincial top-up in the year")
    c.same(total_b, fund["total"][1], "全年预算 text/table")
    c.same(init, fund["total"][0], "年初预算 text/table")
    (sb,) = c.one(r"项目([\d.]+)万元资金管理规范")
    c.same(sb, total_b, "budget restated")
    (y2,) = c.one(r"截至(\d{4})年12月31日，资金全部到位")
    c.year(int(y2) == Y, "截至 date")
    spent, er = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.rate(er, num(spent), num(total_b), "执行率 (text)")
    c.same(spent, fund["total"][2], "执行数 text/table")
    c.same(er, fund["total"][4], "执行率 text/table")
    s1, r1, s2, r2, s3, r3 = c.one(r"中央资金支出([\d.]+)万元，执行率([\d.]+)%；省级资金支出([\d.]+)万元，执行率([\d.]+)%；县级资金支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(r1, num(s1), num(cen), "中央 执行率")
    c.rate(r2, num(s2), num(prov), "省级 执行率")
    c.rate(r3, num(s3), num(cnty), "县级 执行率")
    c.sum(spent, [s1, s2, s3], "spending by source")
    parts = c.one(r"查螺员误工补助及交通费([\d.]+)万元（[^）]*）、灭螺药物及施药费用([\d.]+)万元、环境改造灭螺工程([\d.]+)万元、螺情监测及技术培训([\d.]+)万元")
    c.sum(spent, list(parts), "spending by item")
    (bal,) = c.one(r"年末结余([\d.]+)万元")
    c.diff(bal, total_b, spent, "balance_mismatch", "结余 = 到位(=全年预算) - 执行")
    (cf,) = c.one(r"结转至(\d{4})年")
    c.year(int(cf) > Y, "carry-over goes to a later year")

    rows = []
    for line in re.findall(r"^(?:产出指标|效益指标|满意度指标)｜.*$", t, re.M):
        x = cells(line, "｜")
        rows.append(dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]))
    if len(rows) != 11:
        raise StructureError("indicator rows")
    R = {r["name"]: r for r in rows}
    wt, st = c.one(r"^总分｜｜｜｜｜([^｜]*)｜([^｜]*)｜")
    c.indicators(rows, [fund["total"][3]], [fund["total"][5]], wt, st)
    c.add("score_exceeds_weight", num(fund["total"][5]) <= num(fund["total"][3]), "execution score")
    score, gw = c.one(r"本项目得分([\d.]+)分，评价等级为(\S)")
    c.same(score, st, "total text/table")
    c.grade(score, gw)

    area, last, ntown, avg_t, nstaff, avg_p = c.one(
        r"全年查螺([\d.]+)万平方米（上年([\d.]+)万平方米），(\d+)个乡镇平均每镇([\d.]+)万平方米，(\d+)名查螺员人均查螺([\d.]+)万平方米")
    c.same(area, kind(R["查螺面积"]["actual"])[1], "查螺面积 text/table")
    c.avg(avg_t, num(area) / num(ntown), "per township")
    c.avg(avg_p, num(area) / num(nstaff), "per 查螺员")
    a1, a2, a3, av = c.one(r"分别查螺([\d.]+)万平方米、([\d.]+)万平方米、([\d.]+)万平方米，平均([\d.]+)万平方米")
    c.avg(av, (num(a1) + num(a2) + num(a3)) / 3, "three towns")
    kill, unit_cost, cap = c.one(r"药物灭螺([\d.]+)万平方米，每平方米灭螺成本([\d.]+)元，控制在([\d.]+)元以内")
    c.same(kill, kind(R["药物灭螺面积"]["actual"])[1], "灭螺面积 text/table")
    c.avg(unit_cost, num(parts[1]) * 10000 / (num(kill) * 10000), "cost per m2 (元)")
    c.same(unit_cost, kind(R["每平方米药物灭螺成本"]["actual"])[1], "unit cost text/table")
    c.same(cap, kind(R["每平方米药物灭螺成本"]["target"])[1], "unit cost cap text/table")
    (q,) = c.one(r"查螺质量合格率([\d.]+)%")
    c.same(q, R["查螺质量抽查合格率"]["actual"], "合格率 text/table")
    (mort,) = c.one(r"钉螺平均死亡率([\d.]+)%")
    c.same(mort, R["药物灭螺后钉螺死亡率"]["actual"], "死亡率 text/table")
    now, ly, before, dec_r = c.one(r"有螺面积([\d.]+)万平方米，比(\d{4})年末的([\d.]+)万平方米下降([\d.]+)%")
    c.rate(dec_r, num(before) - num(now), num(before), "有螺面积下降率")
    c.same(dec_r, R["有螺面积较上年下降率"]["actual"], "下降率 text/table")
    c.year(int(ly) == Y - 1, "last year's figure")
    (pp,) = c.one(r"超出目标([\d.]+)个百分点")
    c.diff(pp, dec_r, kind(R["有螺面积较上年下降率"]["target"])[1], "conflicting_values", "percentage points over target")
    (sat,) = c.one(r"群众满意度调查结果为([\d.]+)%")
    c.same(sat, R["螺点所在村群众满意度"]["actual"], "满意度 text/table")
    c.le100(sat, "满意度 text")


# ---------------------------------------------------------------- project 2: Shanxi, PDF runs of spaces

def check_qixian(c):
    t = c.t
    Y = int(c.one(r"^祁县水利局\n(\d{4})年度")[0])
    (ty,) = c.one(r"（(\d{4})年度）")
    c.year(int(ty) == Y, "自评表 year")
    (iy,) = c.one(r"实施期为(\d{4})年3月至12月")
    c.year(int(iy) == Y, "implementation period")
    labels = {1: r"年初预算资金\s+\(1\)", 2: r"全年预算资金\s+\(2\)", 3: r"实际到位资金\s+\(3\)",
              4: r"全年执行资金\s+\(4\)", 5: r"资金结余\s+\(5\)=\(3\)-\(4\)",
              6: r"预算到位率\(%\)\s+\(6\)=\(3\)/\(2\)", 7: r"预算执行率\(%\)\s+\(7\)=\(4\)/\(2\)"}
    F = {}
    for k, lab in labels.items():
        (rest,) = c.one(r"^" + lab + r"\s+(.+)$")
        F[k] = rest.split()
        if len(F[k]) != 8:
            raise StructureError(f"funds row {k}")
    names = ["总额", "小计", "中央", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in (1, 2, 3, 4, 5):
        r = F[k]
        c.sum(r[0], [r[1], r[6], r[7]], f"row ({k}) 总额 = 小计 + 结转 + 其他")
        c.sum(r[1], [r[2], r[3], r[4], r[5]], f"row ({k}) 小计 = 中央 + 省 + 市 + 县")
    for i in range(8):
        c.diff(F[5][i], F[3][i], F[4][i], "balance_mismatch", f"(5) {names[i]}")
        c.rate(F[6][i], num(F[3][i]), num(F[2][i]), f"(6) 到位率 {names[i]}")
        c.rate(F[7][i], num(F[4][i]), num(F[2][i]), f"(7) 执行率 {names[i]}")
        c.le100(F[6][i], f"(6) {names[i]}")
        c.le100(F[7][i], f"(7) {names[i]}")
    (cy, py, ly) = (c.one(r"中央资金于(\d{4})年12月提前下达")[0], c.one(r"省级资金于(\d{4})年6月追加下达")[0],
                    c.one(r"上年结转资金为(\d{4})年")[0])
    c.year(int(cy) == Y - 1, "advance")
    c.year(int(py) == Y, "top-up")
    c.year(int(ly) == Y - 1, "carry-in from last year")
    init, annual, recv, short, spent, works, other, use = c.one(
        r"年初预算([\d.]+)万元，年中追加省级资金后全年预算([\d.]+)万元。截至年底实际到位([\d.]+)万元，县级配套资金有([\d.]+)万元未到位。全年执行([\d.]+)万元，其中工程建设支出([\d.]+)万元，设计、监理及水质检测费([\d.]+)万元；如按到位资金计算，资金使用率为([\d.]+)%")
    c.same(init, F[1][0], "年初 text/table")
    c.same(annual, F[2][0], "全年 text/table")
    c.same(recv, F[3][0], "到位 text/table")
    c.same(spent, F[4][0], "执行 text/table")
    c.diff(short, F[2][5], F[3][5], "balance_mismatch", "县级 未到位")
    c.sum(spent, [works, other], "执行 by item")
    c.rate(use, num(spent), num(recv), "使用率 (到位 base)")
    (qy,) = c.one(r"将在(\d{4})年质保期满后支付")
    c.year(int(qy) > Y, "retention paid later")

    def row(pattern, name, n=5):
        g = c.one(pattern + r"\s+" + r"\s+".join([r"(\S+)"] * n) + r"(?:\s|$)")
        return dict(name=name, weight=g[0], target=g[1], actual=g[2], comp=g[3], score=g[4])

    exec_row = row(r"^预算执行\s+预算执行\s+预算执行率", "预算执行率")
    names3 = ["新建改造降氟供水工程", "铺设输配水管网", "改水受益人口", "工程出水水氟含量", "工程竣工验收合格率",
              "工程完工及时率", "单处工程平均投资", "病区村饮水水氟达标率", "8—12岁儿童氟斑牙检出率",
              "工程管护制度落实率", "受益群众满意度"]
    rows = [exec_row] + [row(r"^.*?" + re.escape(n) + r"(?=\s)", n) for n in names3]
    R = {r["name"]: r for r in rows}
    wt, st = c.one(r"^合计\s+(\S+)\s+(\S+)\s*$")
    c.indicators(rows, [], [], wt, st, completion=True)
    c.same(exec_row["actual"], F[7][0], "执行率 indicator/funds table")
    total, gw = c.one(r"自评总得分([\d.]+)分，属于“(\S+?)”")
    c.same(total, st, "total text/table")
    c.grade(total, gw)
    er, ew, es = c.one(r"全年预算执行率([\d.]+)%，按权重(\d+)分计得([\d.]+)分")
    c.same(er, F[7][0], "执行率 text/table")
    c.same(ew, exec_row["weight"], "execution weight text/table")
    c.same(es, exec_row["score"], "execution score text/table")
    km, ben, per_v, per_p, per_w, lo, hi, mean = c.one(
        r"铺设管网近(\d+)公里，改水受益(\d+)人，平均每村约(\d+)人；工程建设人均投资([\d.]+)元，单处平均投资([\d.]+)万元。12处工程出水水氟含量在([\d.]+)—([\d.]+)mg/L之间，均值([\d.]+)mg/L")
    pk = kind(R["铺设输配水管网"]["actual"])
    if pk[0] == "num" and pk[2] == "公里":
        c.same(km, pk[1], "管网 近47 vs table", approx=True)
    c.same(ben, kind(R["改水受益人口"]["actual"])[1], "受益人口 text/table")
    c.avg(per_v, num(ben) / 12, "per village (约)", approx=True)
    c.avg(per_p, num(works) * 10000 / num(ben), "per person 元")
    c.avg(per_w, num(works) / 12, "per works 万元")
    c.same(per_w, kind(R["单处工程平均投资"]["actual"])[1], "单处投资 text/table")
    c.add("average_mismatch", num(lo) <= num(mean) <= num(hi), "mean inside its range")
    c.same(mean, kind(R["工程出水水氟含量"]["actual"])[1], "水氟 text/table")
    late, dy, ontime, ded = c.one(r"贾令镇(\d)处工程于(\d{4})年12月20日完工，晚于11月30日的计划时间，完工及时率([\d.]+)%，扣([\d.]+)分")
    c.rate(ontime, 12 - num(late), 12, "完工及时率")
    c.same(ontime, R["工程完工及时率"]["actual"], "及时率 text/table")
    c.year(int(dy) == Y, "completion date year")
    c.diff(ded, R["工程完工及时率"]["weight"], R["工程完工及时率"]["score"], "score_sum_mismatch", "deduction")
    fl, fly, flv = c.one(r"儿童氟斑牙检出率为([\d.]+)%（(\d{4})年为([\d.]+)%）")
    c.same(fl, R["8—12岁儿童氟斑牙检出率"]["actual"], "氟斑牙 text/table")
    c.year(int(fly) == Y - 1, "last year's 氟斑牙")
    n_all, n_ok = c.one(r"(\d+)处工程中已有(\d+)处建立")
    c.rate(R["工程管护制度落实率"]["actual"], num(n_ok), num(n_all), "管护制度落实率")
    (sat,) = c.one(r"满意率([\d.]+)%")
    c.same(sat, R["受益群众满意度"]["actual"], "满意度 text/table")
    g_km, g_pop, g_cost, g_sat = c.one(r"铺设输配水管网(\d+)公里以上，改水受益人口不少于(\d+)人；工程竣工验收合格率100%，年内全部完工；单处工程平均投资控制在(\d+)万元以内；受益群众满意度达到(\d+)%以上")
    c.same(g_km, kind(R["铺设输配水管网"]["target"])[1], "管网 target")
    c.same(g_pop, kind(R["改水受益人口"]["target"])[1], "人口 target")
    c.same(g_cost, kind(R["单处工程平均投资"]["target"])[1], "投资 target")
    c.same(g_sat, kind(R["受益群众满意度"]["target"])[1], "满意度 target")


# ---------------------------------------------------------------- project 3: Jiangxi, tab-separated

def check_ningdu(c):
    t = c.t
    Y = int(c.one(r"^宁都县疾病预防控制中心\n(\d{4})年")[0])
    (ty,) = c.one(r"^评价年度\t(\d{4})年")
    c.year(int(ty) == Y, "评价年度 in the table")
    fund = {}
    for key, lab in [("total", "年度资金总额"), ("fiscal", "其中：当年财政拨款"), ("carry", "上年结转资金")]:
        (rest,) = c.one(r"^" + lab + r"\t(.+)$")
        fund[key] = cells(rest, "\t")
    for i in range(3):
        c.sum(fund["total"][i], [fund["fiscal"][i], fund["carry"][i]], f"funds column {i}")
    for key in fund:
        c.rate(fund[key][4], num(fund[key][2]), num(fund[key][1]), f"funds row {key}")
    annual, cen, ay, prov, cnty = c.one(r"全年预算([\d.]+)万元，其中中央补助地方公共卫生资金([\d.]+)万元（(\d{4})年12月提前下达）、省级配套([\d.]+)万元、县级配套([\d.]+)万元，年初预算与全年预算一致")
    c.sum(annual, [cen, prov, cnty], "全年预算 by source")
    c.year(int(ay) == Y - 1, "advance")
    c.diff(fund["total"][0], fund["total"][1], "0", "balance_mismatch", "年初 = 全年 (无调整)")
    c.same(annual, fund["total"][1], "全年预算 text/table")
    spent, er, s1, r1, s2, r2, s3, r3 = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中中央资金支出([\d.]+)万元、执行率([\d.]+)%，省级资金支出([\d.]+)万元、执行率([\d.]+)%，县级资金支出([\d.]+)万元、执行率([\d.]+)%")
    c.rate(er, num(spent), num(annual), "执行率 text")
    c.same(spent, fund["total"][2], "执行 text/table")
    c.same(er, fund["total"][4], "执行率 text/table")
    c.rate(r1, num(s1), num(cen), "中央")
    c.rate(r2, num(s2), num(prov), "省级")
    c.rate(r3, num(s3), num(cnty), "县级")
    c.sum(spent, [s1, s2, s3], "spending by source")
    items = c.one(r"检测试剂及耗材([\d.]+)万元，现场采样劳务及交通补助([\d.]+)万元，甲状腺B超检查([\d.]+)万元，培训及实验室质控([\d.]+)万元")
    c.sum(spent, list(items), "spending by item")
    (bal,) = c.one(r"年末结余([\d.]+)万元")
    c.diff(bal, annual, spent, "balance_mismatch", "结余 = 到位(=全年) - 执行")
    (cy,) = c.one(r"结转(\d{4})年继续")
    c.year(int(cy) > Y, "carry-over year")
    h1, share = c.one(r"上半年支出([\d.]+)万元，占全年支出的(\d+)%")
    c.rate(share, num(h1), num(spent), "first-half share")

    rows = []
    for line in re.findall(r"^(?:产出指标|效益指标|满意度指标)\t.*$", t, re.M):
        x = cells(line, "\t")
        rows.append(dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]))
    if len(rows) != 11:
        raise StructureError("indicator rows")
    R = {r["name"]: r for r in rows}
    wt, st = c.one(r"^合计\t+(\S+)\t(\S+)")
    c.indicators(rows, [fund["total"][3]], [fund["total"][5]], wt, st)
    c.add("score_exceeds_weight", num(fund["total"][5]) <= num(fund["total"][3]), "execution score")
    score, gw = c.one(r"本项目得分([\d.]+)分，等级为“(\S)”")
    c.same(score, st, "total text/table")
    c.grade(score, gw)
    nu, ns, nb = c.one(r"共检测8—10岁儿童尿样(\d+)份、家中盐样(\d+)份，完成甲状腺B超(\d+)人")
    c.same(nu, kind(R["8—10岁儿童尿碘检测份数"]["actual"])[1], "儿童尿样 text/table")
    c.same(nb, kind(R["儿童甲状腺B超检查人数"]["actual"])[1], "B超 text/table")
    c.same(ns, nu, "salt and urine samples from the same children")
    *sch, av = c.one(r"5所小学分别抽取(\d+)名、(\d+)名、(\d+)名、(\d+)名、(\d+)名，平均每校([\d.]+)名")
    c.avg(av, sum(num(x) for x in sch) / 5, "per school")
    c.sum(nu, sch, "children by school")
    plan, done, comp = c.one(r"孕妇尿碘样本计划采集(\d+)份，实际采集检测(\d+)份，完成率([\d.]+)%")
    c.add("completion_mismatch", close(comp, num(done) / num(plan) * H), f"孕妇 completion {comp}")
    c.same(plan, kind(R["孕妇尿碘检测份数"]["target"])[1], "孕妇 target text/table")
    c.same(done, kind(R["孕妇尿碘检测份数"]["actual"])[1], "孕妇 actual text/table")
    fee, nsamp, unit, cap = c.one(r"尿碘检测试剂及耗材费用(\d+)元，按儿童和孕妇尿样(\d+)份计算，单份成本([\d.]+)元，低于(\d+)元")
    c.avg(unit, num(fee) / num(nsamp), "cost per sample")
    c.sum(nsamp, [nu, done], "samples = children + pregnant women")
    c.same(unit, kind(R["单份尿碘检测成本"]["actual"])[1], "unit cost text/table")
    c.same(cap, kind(R["单份尿碘检测成本"]["target"])[1], "unit cost cap text/table")
    ry, rm, rd = c.one(r"监测数据于(\d{4})年(\d+)月(\d+)日上报")
    c.year(int(ry) == Y, "report date year")
    c.same_text(f"{ry}年{rm}月{rd}日", R["监测数据上报完成时间"]["actual"], "上报日期 text/table")
    ng, gr = c.one(r"B超检出甲状腺肿大(\d+)人，甲状腺肿大率([\d.]+)%")
    c.rate(gr, num(ng), num(nb), "甲肿率")
    c.same(gr, R["8—10岁儿童甲状腺肿大率"]["actual"], "甲肿率 text/table")
    floor, lyy, lyv = c.one(r"合格碘盐食用率继续保持在(\d+)%以上（(\d{4})年为([\d.]+)%）")
    c.year(int(lyy) == Y - 1, "last year's figure")
    c.le100(lyv, "last year's rate")
    (uy,) = c.one(r"儿童尿碘中位数（(\d{4})年为")
    c.year(int(uy) == Y - 1, "last year's median")
    q, qv, sat = c.one(r"满意度问卷(\d+)份，收回有效问卷(\d+)份，综合满意度([\d.]+)%")
    c.add("sum_mismatch", num(qv) <= num(q), "valid questionnaires ≤ issued")
    c.same(sat, R["受检学生家长及孕妇满意度"]["actual"], "满意度 text/table")
    c.le100(sat, "满意度 text")


# ---------------------------------------------------------------- project 4: Qinghai, Markdown (department)

def check_dari(c):
    t = c.t
    Y = int(c.one(r"^# 达日县疾病预防控制中心(\d{4})年度部门整体支出")[0])
    init, add, annual = c.one(r"年初预算([\d.]+)万元，年中追加([\d.]+)万元（[^）]*），调整后全年预算([\d.]+)万元")
    c.sum(annual, [init, add], "年初 + 追加 = 全年")
    spent, er, ly_er = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%（上年为([\d.]+)%）")
    c.rate(er, num(spent), num(annual), "部门执行率")
    basic, staff, office, pb, ps = c.one(r"其中基本支出([\d.]+)万元，包括人员经费([\d.]+)万元、公用经费([\d.]+)万元，全部执行完毕；项目支出预算([\d.]+)万元，执行([\d.]+)万元")
    c.sum(basic, [staff, office], "基本支出 = 人员 + 公用")
    F = {}
    for key, lab in [("basic", "基本支出"), ("proj", "项目支出"), ("p1", "其中：包虫病综合防治"),
                     ("p2", "重大传染病防控及免疫规划"), ("p3", "基本公共卫生服务"), ("p4", "其他项目"), ("total", "合计")]:
        F[key] = list(c.one(r"^\| " + lab + r" \| (\S+) \| (\S+) \| (\S+) \|$"))
    for k in F:
        c.rate(F[k][2], num(F[k][1]), num(F[k][0]), f"{k} 执行率")
        c.le100(F[k][2], f"{k} 执行率")
    for i in (0, 1):
        c.sum(F["total"][i], [F["basic"][i], F["proj"][i]], f"合计 column {i}")
        c.sum(F["proj"][i], [F["p1"][i], F["p2"][i], F["p3"][i], F["p4"][i]], f"项目支出 column {i}")
    c.same(annual, F["total"][0], "全年 text/table")
    c.same(spent, F["total"][1], "执行 text/table")
    c.same(er, F["total"][2], "执行率 text/table")
    c.same(basic, F["basic"][0], "基本支出 text/table")
    c.diff(basic, F["basic"][1], "0", "balance_mismatch", "基本支出 全部执行")
    c.same(pb, F["proj"][0], "项目预算 text/table")
    c.same(ps, F["proj"][1], "项目执行 text/table")
    (un,) = c.one(r"年末未执行资金([\d.]+)万元")
    c.diff(un, annual, spent, "balance_mismatch", "未执行 = 全年 - 执行")
    (cy,) = c.one(r"结转至(\d{4})年")
    c.year(int(cy) > Y, "carry-over year")
    *sc, av = c.one(r"自评得分分别为(\d+)分、(\d+)分、(\d+)分和(\d+)分，平均([\d.]+)分")
    c.avg(av, sum(num(x) for x in sc) / 4, "project scores")
    (pr,) = c.one(r"项目支出执行率（([\d.]+)%）")
    c.same(pr, F["proj"][2], "项目执行率 restated")

    rows = []
    for line in re.findall(r"^\| (?:预算执行|产出指标|效益指标|满意度指标) \|.*$", t, re.M):
        x = cells(line.strip("|"), "|")
        rows.append(dict(name=x[2], target=x[3], actual=x[4], weight=x[5], score=x[6]))
    if len(rows) != 11:
        raise StructureError("indicator rows")
    R = {r["name"]: r for r in rows}
    wt, st, gw = c.one(r"^\| 合计 \| \| \| \| \| (\S+) \| (\S+) \| 评价等级：(\S) \|$")
    c.indicators(rows, [], [], wt, st)
    c.grade(st, gw)
    (tt,) = c.one(r"整体支出自评得分([\d.]+)分")
    c.same(tt, st, "total text/table")
    c.same(R["部门预算执行率"]["actual"], F["total"][2], "执行率 indicator/funds")
    n, ly, lyn, ntown, per_town, pos, det, cost, per_p, cap = c.one(
        r"筛查(\d+)人（(\d{4})年为(\d+)人），(\d+)个乡镇平均每个乡镇筛查([\d.]+)人；筛查发现疑似及确诊病例(\d+)例，检出率([\d.]+)%。筛查直接支出([\d.]+)万元，人均筛查成本([\d.]+)元，低于(\d+)元")
    c.year(int(ly) == Y - 1, "last year's screening")
    c.same(n, kind(R["重点人群包虫病B超筛查人数"]["actual"])[1], "筛查人数 text/table")
    c.avg(per_town, num(n) / num(ntown), "per township")
    c.rate(det, num(pos), num(n), "检出率")
    c.same(det, R["筛查人群包虫病检出率"]["actual"], "检出率 text/table")
    c.avg(per_p, num(cost) * 10000 / num(n), "cost per person")
    c.same(per_p, kind(R["人均筛查成本"]["actual"])[1], "cost text/table")
    c.same(cap, kind(R["人均筛查成本"]["target"])[1], "cost cap text/table")
    (ops,) = c.one(r"手术救治包虫病患者(\d+)例")
    c.same(ops, kind(R["包虫病患者手术救治例数"]["actual"])[1], "手术 text/table")
    (kn,) = c.one(r"学生知晓率([\d.]+)%")
    c.same(kn, R["中小学生包虫病防治知识知晓率"]["actual"], "知晓率 text/table")
    (vac,) = c.one(r"疫苗接种率([\d.]+)%，全年无")
    c.same(vac, R["适龄儿童免疫规划疫苗接种率"]["actual"], "接种率 text/table")
    for r in rows:
        k = kind(r["actual"])
        if k[0] == "date":
            c.year(r["actual"].startswith(str(Y)), "timeliness date in the year")


# ---------------------------------------------------------------- project 5: Guangxi, prose only

def check_pingnan(c):
    t = c.t
    Y = int(c.one(r"^平南县疾病预防控制中心(\d{4})年度")[0])
    (iy,) = c.one(r"实施期为(\d{4})年1月至12月")
    c.year(int(iy) == Y, "implementation period")
    init, ay, cen, cnty, py, prov, annual, inc, lyy, lyv = c.one(
        r"项目年初预算([\d.]+)万元，由(\d{4})年12月提前下达的中央补助资金([\d.]+)万元和县级安排资金([\d.]+)万元组成；(\d{4})年7月自治区追加补助资金([\d.]+)万元，全年预算([\d.]+)万元，比上年增加([\d.]+)万元（(\d{4})年为([\d.]+)万元）")
    c.sum(init, [cen, cnty], "年初 = 中央 + 县级")
    c.sum(annual, [cen, prov, cnty], "全年 by source")
    c.diff(inc, annual, lyv, "sum_mismatch", "increase over last year")
    c.year(int(ay) == Y - 1, "advance")
    c.year(int(py) == Y, "top-up")
    c.year(int(lyy) == Y - 1, "last year's budget")
    y2, crecv, recv, rr = c.one(r"截至(\d{4})年12月31日，中央和自治区资金全部到位，县级资金到位([\d.]+)万元，实际到位([\d.]+)万元，到位率([\d.]+)%")
    c.year(int(y2) == Y, "截至 date")
    c.sum(recv, [cen, prov, crecv], "到位 by source")
    c.rate(rr, num(recv), num(annual), "到位率")
    spent, er, ur = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%；如按到位资金计算，支出比例为([\d.]+)%")
    c.rate(er, num(spent), num(annual), "执行率")
    c.rate(ur, num(spent), num(recv), "支出比例 (到位 base)")
    s1, r1, s2, r2, s3, r3 = c.one(r"中央补助资金支出([\d.]+)万元，执行率([\d.]+)%；自治区补助资金支出([\d.]+)万元，执行率([\d.]+)%；县级资金支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(r1, num(s1), num(cen), "中央")
    c.rate(r2, num(s2), num(prov), "自治区")
    c.rate(r3, num(s3), num(cnty), "县级")
    c.sum(spent, [s1, s2, s3], "spending by source")
    vac, doses, per_dose, rig, clinic, train = c.one(r"购置人用狂犬病疫苗([\d.]+)万元（共(\d+)剂，平均每剂(\d+)元），购置狂犬病被动免疫制剂([\d.]+)万元，处置门诊规范化建设及冷链设备([\d.]+)万元，培训督导([\d.]+)万元")
    c.sum(spent, [vac, rig, clinic, train], "spending by item")
    c.avg(per_dose, num(vac) * 10000 / num(doses), "per dose 元")
    bal, cy = c.one(r"年末资金结余([\d.]+)万元，结转(\d{4})年")
    c.diff(bal, recv, spent, "balance_mismatch", "结余 = 到位 - 执行")
    c.year(int(cy) > Y, "carry-over year")
    (short,) = c.one(r"县级尚有([\d.]+)万元预算未拨付到位")
    c.diff(short, cnty, crecv, "balance_mismatch", "县级 not received")
    (er2,) = c.one(r"全年执行率仅([\d.]+)%")
    c.same(er2, er, "执行率 restated")

    nclin, exp, lyexp, per_c = c.one(r"全县(\d+)个门诊全年规范处置狂犬病暴露者(\d+)人次（上年为(\d+)人次），平均每个门诊处置([\d.]+)人次")
    c.avg(per_c, num(exp) / num(nclin), "per clinic")
    n1, e1, n2, e2, per_t = c.one(r"(\d+)个县级门诊处置(\d+)人次，(\d+)个乡镇门诊处置(\d+)人次，乡镇门诊平均([\d.]+)人次")
    c.sum(exp, [e1, e2], "exposures by level")
    c.sum(nclin, [n1, n2], "clinics by level")
    c.avg(per_t, num(e2) / num(n2), "per township clinic")
    g3, rig_n, rig_r, rig_t = c.one(r"Ⅲ级暴露(\d+)人次，使用被动免疫制剂(\d+)人次，使用率([\d.]+)%，未达到(\d+)%的目标")
    c.rate(rig_r, num(rig_n), num(g3), "被动免疫制剂使用率")
    chk, ok_n, ok_r = c.one(r"抽查冷链温度记录(\d+)份，记录完整的(\d+)份，完整率(\d+)%")
    c.rate(ok_r, num(ok_n), num(chk), "冷链记录完整率")
    leaf, vil, per_vil = c.one(r"宣传折页([\d.]+)万份，按全县(\d+)个行政村（社区）计，平均每村(\d+)份")
    c.avg(per_vil, num(leaf) * 10000 / num(vil), "leaflets per village")
    sch, cls, per_s = c.one(r"(\d+)所乡镇中心小学上健康教育课(\d+)场次，平均每校(\d+)场")
    c.avg(per_s, num(cls) / num(sch), "classes per school")
    (full,) = c.one(r"全程接种率([\d.]+)%")
    c.le100(full, "全程接种率")
    sat, sy, sly = c.one(r"服务对象满意度([\d.]+)%（(\d{4})年为([\d.]+)%）")
    c.le100(sat, "满意度")
    c.year(int(sy) == Y - 1, "last year's satisfaction")
    q, qv = c.one(r"满意度问卷(\d+)份，收回有效问卷(\d+)份")
    c.add("sum_mismatch", num(qv) <= num(q), "valid ≤ issued")

    ew, er3, es = c.one(r"预算执行率指标（分值(\d+)分），执行率([\d.]+)%，得([\d.]+)分")
    c.same(er3, er, "执行率 in the scoring paragraph")
    for w, s in re.findall(r"（分值(\d+)分）[^；。]*?得([\d.]+)分", t):
        c.add("score_exceeds_weight", D(0) <= num(s) <= num(w), f"score {s} vs weight {w}")
    o = c.one(r"暴露处置人次数（分值(\d+)分）得([\d.]+)分；Ⅲ级暴露被动免疫制剂使用率（分值(\d+)分），按完成比例计得([\d.]+)分；处置门诊规范化建设（分值(\d+)分）得([\d.]+)分；疫苗冷链温度记录完整率（分值(\d+)分）得([\d.]+)分")
    (sub,) = c.one(r"产出指标小计([\d.]+)分")
    c.add("score_sum_mismatch", close(sub, sum(num(x) for x in o[1::2])), f"产出 subtotal {sub}")
    (ben,) = c.one(r"效益指标得([\d.]+)分")
    sw, ss = c.one(r"满意度指标（分值(\d+)分），得([\d.]+)分")
    total, gw = c.one(r"综合自评得分([\d.]+)分，评价等级为(\S+?)。")
    c.add("score_sum_mismatch", close(total, num(es) + num(sub) + num(ben) + num(ss)), f"total {total}")
    c.grade(total, gw)


CHECKS = {
    "hb-jiayu-chaluomieluo-2021": check_jiayu,
    "sx-qixian-gaishuijiangfu-2019": check_qixian,
    "jx-ningdu-dianjiance-2023": check_ningdu,
    "qh-dari-baochongbing-2024": check_dari,
    "gx-pingnan-kuangquanbing-2018": check_pingnan,
}


def run_checks(source, text):
    c = Checker(text)
    CHECKS[source](c)
    return c.res


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(line) for line in f if line.strip()]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    codes = Counter()
    where = Counter()
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
            texts[rec["case"]] = f.read()
    clean_of = {rec["source"]: texts[rec["case"]] for rec in labels if rec["clean"]}
    if len(clean_of) != 5:
        problems.append("expected 5 clean drafts")
    for rec in labels:
        name, src, text = rec["case"], rec["source"], texts[rec["case"]]
        n = len(text)
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if not 2700 <= n <= 3500:
                problems.append(f"{name}: length {n}")
        else:
            if len(rec["expected"]) != 1:
                problems.append(f"{name}: expected exactly one label")
                continue
            lab = rec["expected"][0]
            codes[lab["code"]] += 1
            if lab["code"] not in CODES or lab["severity"] != "error":
                problems.append(f"{name}: bad code/severity")
            v = lab["value"]
            k = text.count(v)
            if k != 1:
                problems.append(f"{name}: label value occurs {k} times")
            clean = clean_of[src]
            p = 0
            while p < min(len(clean), n) and clean[p] == text[p]:
                p += 1
            s = 0
            while s < min(len(clean), n) - p and clean[len(clean) - 1 - s] == text[n - 1 - s]:
                s += 1
            if clean == text:
                problems.append(f"{name}: identical to clean")
            else:
                lo, hi = p, n - s  # changed region in the error case (may be empty for a pure deletion)
                lo_c, hi_c = p, len(clean) - s
                # everything outside [lo, hi) is shared with the clean draft: one contiguous change
                assert text[:lo] == clean[:lo_c] and text[hi:] == clean[hi_c:]
                i = text.find(v)
                if not (i < max(hi, lo + 1) and i + len(v) > lo):
                    problems.append(f"{name}: label value does not overlap the edit [{lo},{hi})")
        try:
            res = run_checks(src, text)
        except StructureError as e:
            problems.append(f"{name}: structure: {e}")
            continue
        fails = [(code, msg) for code, ok, msg in res if not ok]
        if rec["clean"]:
            for code, msg in fails:
                problems.append(f"{name}: clean draft fails {code}: {msg}")
        else:
            code = rec["expected"][0]["code"]
            if not any(fc == code for fc, _ in fails):
                problems.append(f"{name}: labelled {code} not detected")
            for fc, msg in fails:
                if fc != code:
                    problems.append(f"{name}: unlabelled {fc}: {msg}")
        if os.environ.get("VERBOSE"):
            print(name, len(res), "checks,", len(fails), "failing:", fails)
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    if sum(codes.values()) != 30:
        problems.append(f"{sum(codes.values())} error labels, expected 30")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("codes:", dict(sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
