#!/usr/bin/env python3
"""Verify the n453 test set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one short contiguous place that overlaps the label value;
3. each of the 13 codes of errors.md §A is used at least twice;
4. the arithmetic of every draft is redone from the text by project-specific readers below:
   clean drafts must pass every check (error, warning and info); in an error case the labelled code must fail
   and no other error-level code may fail (warnings such as score_rule_mismatch may accompany a changed score).
Prints OK at the end.
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------------------------- arithmetic helpers

def dec(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    tol = D("0.5") * (D(10) ** (-ndec(stated))) + D("1e-9")
    return abs(D(computed) - dec(stated)) <= tol


def pct(num, den):
    return dec(num) / dec(den) * 100


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def parse_date(s):
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:前)?", s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月底前", s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        nxt = datetime.date(y + (mo == 12), mo % 12 + 1, 1)
        return nxt - datetime.timedelta(days=1)
    return None


def parse_value(s):
    """'≥450幅' -> ('gte', '450', '幅'); '100%' -> ('eq', '100', '%'); date -> ('date', date, '')."""
    s = s.strip()
    direction = "eq"
    for sign, dr in (("≥", "gte"), ("＞＝", "gte"), (">=", "gte"), ("≤", "lte"), ("＜＝", "lte"), ("<=", "lte"),
                     ("＝", "eq"), ("=", "eq")):
        if s.startswith(sign):
            direction, s = dr, s[len(sign):]
            break
    d = parse_date(s)
    if d:
        return ("lte" if (s.endswith("前") or direction == "lte") else "eq", d, "date")
    m = re.fullmatch(NUM + r"(.*)", s)
    if not m:
        return ("qual", s, "")
    return (direction, m.group(1), m.group(2).strip())


def units_compatible(ut, ua):
    if ut == ua:
        return True
    if "/" in ut and ut.split("/")[0] == ua:   # 次/年 vs 次
        return True
    return False


def completion(direction, t, a):
    t, a = dec(t), dec(a)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def rule_score(direction, t, a, w):
    t, a, w = dec(t), dec(a), dec(w)
    if direction == "lte":
        sc = w if a <= t else w * t / a
    else:
        sc = w if a >= t else w * max(a, D(0)) / t
    return r2(min(sc, w))


# ----------------------------------------------------------------------------------------------- the check recorder

class Checks:
    def __init__(self, text):
        self.text = text
        self.fails = []   # (code, severity, message)
        self.n = 0

    def one(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.text, flags))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def ok(self, code, cond, msg, sev="error"):
        self.n += 1
        if not cond:
            self.fails.append((code, sev, msg))

    def same(self, code, stated, computed, msg, sev="error"):
        self.ok(code, consistent(stated, computed), f"{msg}: stated {stated}, computed {r2(D(computed))}", sev)

    def equal(self, a, b, msg, code="conflicting_values"):
        """same quantity stated twice (strings compared as numbers when possible)."""
        try:
            cond = dec(a) == dec(b)
        except Exception:
            cond = str(a).strip() == str(b).strip()
        self.ok(code, cond, f"{msg}: {a} vs {b}")

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        if dec(den) == 0:
            return
        self.same(code, stated, pct(num, den), msg)

    def zero_base_rate(self, cell, msg):
        c = cell.strip().replace("%", "")
        self.ok("implausible_rate", c in ("", "—", "-", "0", "0.00"), f"{msg}: rate '{cell}' on a zero base")

    def rate_range(self, cell, msg):
        c = cell.strip().replace("%", "")
        if c in ("", "—", "-"):
            return
        self.ok("implausible_rate", D(0) <= dec(c) <= 100, f"{msg}: rate {cell} outside [0, 100]")

    def grade(self, total, word, msg):
        self.ok("grade_mismatch", GRADE_WORDS.get(word) == band(total), f"{msg}: {total} → {band(total)}, stated {word}")

    def later_year(self, y, eval_year, msg):
        self.ok("year_mismatch", int(y) > eval_year, f"{msg}: {y} must be after {eval_year}")

    def this_year(self, y, eval_year, msg):
        self.ok("year_mismatch", int(y) == eval_year, f"{msg}: {y} ≠ {eval_year}")

    def report_year(self, y, eval_year, msg):
        self.ok("year_mismatch", int(y) in (eval_year, eval_year + 1), f"{msg}: {y}")

    def weights_scores(self, rows, max_w, total_w, total_s, msg):
        """rows: list of (name, weight, score). weights sum to 100 (and to the printed max), scores sum to total."""
        sw = sum(dec(w) for _, w, _ in rows)
        self.ok("weight_sum_mismatch", sw == 100 and dec(max_w) == 100,
                f"{msg}: weights sum {sw}, printed {max_w}")
        for name, w, s in rows:
            self.ok("score_exceeds_weight", D(0) <= dec(s) <= dec(w), f"{msg}: {name} score {s} vs weight {w}")
        ss = sum(dec(s) for _, _, s in rows)
        for t in total_s:
            self.same("score_sum_mismatch", t, ss, f"{msg}: Σ scores vs stated total")

    def indicator(self, name, target, actual, weight, score, comp=None, quantitative=True, exec_row=False):
        """completion (if printed), units and score rule for one indicator row."""
        dt, tv, tu = parse_value(target)
        da, av, au = parse_value(actual)
        if dt == "qual" or da == "qual":
            if score is not None:
                self.ok("score_rule_mismatch", dec(weight) * D("0.8") <= dec(score) <= dec(weight),
                        f"{name}: qualitative score {score} outside the achieved band", "warning")
            return
        if tu == "date" or au == "date":
            if tu != au:
                self.ok("unit_mismatch", False, f"{name}: target {target} vs actual {actual}")
                return
            met = av <= tv
            if comp is not None:
                self.ok("completion_mismatch", (dec(comp.strip("%")) == 100) == met, f"{name}: date completion {comp}")
            if score is not None:
                self.ok("score_rule_mismatch", (dec(score) == dec(weight)) == met, f"{name}: date score", "warning")
            return
        if not units_compatible(tu, au):
            self.ok("unit_mismatch", False, f"{name}: target unit '{tu}' vs actual unit '{au}'")
            return
        c = completion(dt, tv, av)
        if comp is not None:
            self.same("completion_mismatch", comp.strip().rstrip("%"), c, f"{name}: 完成率")
        if score is not None:
            if exec_row:
                ok_ = consistent(score, min(dec(av), D(100)) * dec(weight) / 100)
            else:
                ok_ = consistent(score, rule_score(dt, tv, av, weight))
            self.ok("score_rule_mismatch", ok_, f"{name}: score {score} vs rule", "warning")
        if dt in ("gte", "eq") and dec(tv) > 0 and c > 120:
            pass  # over-achievement: the drafts explain it in the text / deviation cell


def blocks(segment):
    """Word cell-per-line table: rows separated by blank lines, cells are lines starting with a tab."""
    out = []
    for blk in re.split(r"\n\n+", segment):
        cells = [ln[1:] for ln in blk.split("\n") if ln.startswith("\t")]
        if cells:
            out.append(cells)
    return out


def amt(cell):
    c = cell.strip()
    return D(0) if c in ("", "—", "-") else dec(c)


# ----------------------------------------------------------------------------------------------- project readers

def check_santai(t):
    k = Checks(t)
    yr = int(k.one(r"^ (\d{4})年度三台县"))
    a0 = k.one(r"年初县财政批复本项目预算" + NUM + "万元")
    add = k.one(r"追加预算" + NUM + "万元")
    full = k.one(r"调整后全年预算" + NUM + "万元")
    k.same("sum_mismatch", full, dec(a0) + dec(add), "年初 + 追加 = 全年")
    k.equal(a0, k.one(r"申报年初预算" + NUM + "万元"), "年初预算 (basis vs funds)")
    y1, y2 = k.one(r"年初预算于(\d{4})年3月到位，追加资金于(\d{4})年8月到位")
    k.this_year(y1, yr, "到位 year")
    k.this_year(y2, yr, "追加到位 year")
    recv, rr = k.one(r"全年到位" + NUM + r"万元，资金到位率" + NUM + "%")
    k.rate(rr, recv, full, "到位率")
    k.rate_range(rr, "到位率")
    ycut = k.one(r"截至(\d{4})年12月31日")
    k.this_year(ycut, yr, "截至 date")
    spent, er = k.one(r"项目实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    k.rate(er, spent, full, "执行率 (text)")
    k.rate_range(er, "执行率")
    items = k.one(r"其中：1:2000地形图更新" + NUM + r"万元，航空摄影及正射影像制作" + NUM + r"万元，1:500地形图修测" + NUM +
                  r"万元，应急测绘保障" + NUM + r"万元，测量标志维护及CORS基准站运维" + NUM + "万元")
    k.same("sum_mismatch", spent, sum(dec(x) for x in items), "items after 其中 = 支出")
    price, p1, p2, p3, i1, i2, i3 = k.one(r"合同价" + NUM + r"万元，按(\d+)%、(\d+)%、(\d+)%分三期支付，即" + NUM + r"万元、" +
                                          NUM + r"万元、" + NUM + "万元")
    k.ok("sum_mismatch", int(p1) + int(p2) + int(p3) == 100, "instalment shares sum to 100%")
    k.same("sum_mismatch", price, dec(i1) + dec(i2) + dec(i3), "instalments = 合同价")
    for p, i in ((p1, i1), (p2, i2), (p3, i3)):
        k.same("rate_mismatch", i, dec(price) * dec(p) / 100, f"instalment {p}%")
    k.equal(price, items[0], "1:2000 contract paid in full = 1:2000 spending")
    carry, cy = k.one(r"未支付的" + NUM + r"万元已申请结转至(\d{4})年")
    k.same("balance_mismatch", carry, dec(recv) - dec(spent), "结转 = 到位 − 支出")
    k.later_year(cy, yr, "结转 year")
    py, pb, ps, pr = k.one(r"(\d{4})年本项目预算" + NUM + r"万元、支出" + NUM + r"万元，执行率" + NUM + "%")
    k.ok("year_mismatch", int(py) < yr, "last-year figures")
    k.rate(pr, ps, pb, "last year's 执行率")
    n2000, n500, s2000, s500, stot = k.one(r"分别完成1:2000地形图更新(\d+)幅、1:500地形图修测(\d+)幅，面积分别为" + NUM +
                                           r"平方公里和" + NUM + r"平方公里，合计" + NUM + "平方公里")
    k.same("sum_mismatch", stot, dec(s2000) + dec(s500), "area total")
    k.same("conflicting_values", s2000, dec(n2000) * 1, "1:2000 sheet = 1 km²", "info")
    k.same("conflicting_values", s500, dec(n500) * D("0.0625"), "1:500 sheet = 0.0625 km²", "info")
    g140, g350, gdate, g90 = k.one(r"完成1:2000地形图更新不少于(\d+)幅、1:500地形图修测不少于(\d+)幅，成果经省级质检合格后于(\d{4}年\d+月\d+日)前"
                                   r"提交入库，.*?用图单位满意度不低于(\d+)%")
    q12, q40, qtot, qpass, qrate = k.one(r"抽检1:2000图幅(\d+)幅、1:500图幅(\d+)幅，共(\d+)幅，一次检查合格(\d+)幅，一次合格率" + NUM + "%")
    k.ok("sum_mismatch", int(q12) + int(q40) == int(qtot), "inspected sheets total")
    k.rate(qrate, qpass, qtot, "一次合格率")
    k.rate_range(qrate, "一次合格率")
    k.ok("sum_mismatch", int(qtot) - int(qpass) == int(k.one(r"；另(\d+)幅整改后复检合格")), "sheets re-inspected")
    k.this_year(k.one(r"\n(\d{4})年年初县财政批复"), yr, "budget year")
    k.this_year(k.one(r"外业测量集中在(\d{4})年"), yr, "field work year")
    k.this_year(k.one(r"航空摄影于(\d{4})年"), yr, "aerial photography year")
    final_q = k.one(r"最终成果合格率" + NUM + "%")
    sub = k.one(r"成果于(\d{4}年\d+月\d+日)提交入库")
    k.this_year(sub[:4], yr, "submission year")
    cost, cu = k.one(r"平均每幅成本" + NUM + r"(万元|元)")
    cost_yuan = dec(items[0]) * 10000 / dec(n2000)
    stated_yuan = dec(cost) * (10000 if cu == "万元" else 1)
    if consistent(cost, cost_yuan / (10000 if cu == "万元" else 1)):
        k.ok("unit_mismatch", True, "")
    else:
        rescued = consistent(cost, cost_yuan) and cu == "万元"
        k.ok("unit_mismatch" if rescued else "conflicting_values", False,
             f"per-sheet cost {cost}{cu} vs {r2(cost_yuan)}元")
    svc = k.one(r"提供用图服务(\d+)次")
    sent, back, sat, satp = k.one(r"发放用图单位满意度问卷(\d+)份，收回(\d+)份，其中满意(\d+)份，满意度" + NUM + "%")
    k.ok("implausible_rate", int(sat) <= int(back) <= int(sent), "questionnaire counts")
    k.rate(satp, sat, back, "满意度")
    k.rate_range(satp, "满意度")
    total, grade = k.one(r"项目自评得分" + NUM + r"分，评价等级为(\S)")
    k.grade(total, grade, "grade")
    ry = k.one(r"\n(\d{4})年3月18日\n")
    k.report_year(ry, yr, "report date")
    # ---- 自评表 (Word, one cell per line)
    seg = t[t.index("附件\n项目支出绩效自评表"):]
    k.this_year(k.one(r"（(\d{4})年度）"), yr, "自评表 year")
    rows = {b[0]: b for b in blocks(seg)}
    tot, fin, oth = rows["年度资金总额"], rows["其中：财政资金"], rows["其他资金"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        k.same("sum_mismatch", tot[col], amt(fin[col]) + amt(oth[col]), f"自评表 {nm}: 总额 = 财政资金 + 其他资金")
    for r_ in (tot, fin):
        k.rate(r_[5].rstrip("%"), r_[3], r_[2], f"自评表 {r_[0]} 执行率")
        k.rate_range(r_[5], f"自评表 {r_[0]}")
    if amt(oth[2]) == 0:
        k.zero_base_rate(oth[5], "自评表 其他资金")
    k.equal(tot[1], a0, "年初 text vs table")
    k.equal(tot[2], full, "全年 text vs table")
    k.equal(tot[3], spent, "执行 text vs table")
    k.equal(tot[5].rstrip("%"), er, "执行率 text vs table")
    k.indicator("预算执行率", "100%", tot[5], tot[4], tot[6], exec_row=True)
    inds = [b for b in blocks(seg) if len(b) == 10 and b[0] != "一级指标"]
    wrows = [("预算执行", tot[4], tot[6])]
    by = {}
    for b in inds:
        _, _, name, nature, tv, unit, av, w, s, note = b
        by[name] = b
        wrows.append((name, w, s))
        if nature == "定性":
            k.indicator(name, tv, av, w, s)
        else:
            sign = {"≥": "≥", "≤": "≤", "＝": "＝"}[nature]
            u = "" if unit in ("日期", "—") else unit
            k.indicator(name, sign + tv + u, av + u, w, s)
    total_row = rows["总分"]
    k.weights_scores(wrows, total_row[1], None, [total_row[2], total], "自评表")
    k.equal(total_row[2], total, "总分 text vs table")
    k.equal(by["1:2000地形图更新"][6], n2000, "1:2000 sheets text vs table")
    k.equal(by["1:500地形图修测"][6], n500, "1:500 sheets text vs table")
    k.equal(by["1:2000地形图更新"][4], g140, "1:2000 target")
    k.equal(by["1:500地形图修测"][4], g350, "1:500 target")
    k.equal(by["成果最终合格率"][6], final_q, "最终合格率 text vs table")
    k.equal(by["成果提交入库时间"][6], sub, "submission date text vs table")
    k.equal(by["成果提交入库时间"][4], gdate, "submission target")
    tc = by["1:2000地形图单幅成本"][6]
    if not consistent(tc, stated_yuan):
        rescued = consistent(tc, dec(cost)) and cu == "万元"
        k.ok("unit_mismatch" if rescued else "conflicting_values", False, f"per-sheet cost table {tc} vs text {cost}{cu}")
    k.equal(by["用图服务次数"][6], svc, "service count text vs table")
    k.equal(by["用图单位满意度"][6], satp, "satisfaction text vs table")
    k.equal(by["用图单位满意度"][4], g90, "satisfaction target")
    return k


def check_dengzhou(t):
    k = Checks(t)
    yr = int(k.one(r"邓州市自然资源和规划局(\d{4})年度基础测绘项目支出绩效自评报告"))
    y0, a0, prov, local = k.one(r"(\d{4})年年初预算" + NUM + r"万元，其中省级基础测绘补助资金" + NUM + r"万元、本级财政资金" + NUM + "万元")
    k.this_year(y0, yr, "budget year")
    k.same("sum_mismatch", a0, dec(prov) + dec(local), "年初 = 省级 + 本级")
    cy, carry, full = k.one(r"加上(\d{4})年结转资金" + NUM + r"万元，全年预算" + NUM + "万元")
    k.ok("year_mismatch", int(cy) < yr, "上年结转 comes from an earlier year")
    k.same("sum_mismatch", full, dec(a0) + dec(carry), "全年 = 年初 + 上年结转")
    k.this_year(k.one(r"分别于(\d{4})年4月和3月下达"), yr, "下达 year")
    spent, er = k.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    k.rate(er, spent, full, "执行率 (text)")
    py, pb, ps, pr = k.one(r"(\d{4})年本项目预算" + NUM + r"万元、执行" + NUM + r"万元，执行率" + NUM + "%")
    k.ok("year_mismatch", int(py) < yr, "last-year figures")
    k.rate(pr, ps, pb, "last year's 执行率")
    price, p1, p2, p3, i1, i2, i3, payy = k.one(r"合同价" + NUM + r"万元，按(\d+)%、(\d+)%、(\d+)%分三期支付，即" + NUM + r"万元、" +
                                                NUM + r"万元、" + NUM + r"万元，三期款项已于(\d{4})年")
    k.this_year(payy, yr, "payment year")
    k.ok("sum_mismatch", int(p1) + int(p2) + int(p3) == 100, "instalment shares")
    k.same("sum_mismatch", price, dec(i1) + dec(i2) + dec(i3), "instalments = 合同价")
    for p, i in ((p1, i1), (p2, i2), (p3, i3)):
        k.same("rate_mismatch", i, dec(price) * dec(p) / 100, f"instalment {p}%")
    node, ctrl, carry2 = k.one(r"天地图·邓州节点运维与数据更新" + NUM + r"万元；控制测量及测量标志保护" + NUM + r"万元；上年结转资金" + NUM + "万元用于支付")
    k.equal(carry2, carry, "上年结转 amount")
    k.same("sum_mismatch", spent, dec(price) + dec(node) + dec(ctrl) + dec(carry2), "uses = 支出")
    g450, g150, gq, gdate, g98, g60 = k.one(r"完成1:500地形图测绘不少于(\d+)幅、1:1000地形图测绘不少于(\d+)幅，成果质量合格率(\d+)%，(\d{4}年\d+月\d+日)前提交成果；"
                                            r"天地图·邓州节点全年在线服务可用率不低于(\d+)%，为规划审批和项目建设提供测绘成果服务不少于(\d+)次")
    total, grade = k.one(r"本项目总得分" + NUM + r"分，评价等级为(\S)")
    k.grade(total, grade, "grade")
    n500, n1000, s500, s1000 = k.one(r"全年分别完成1:500地形图(\d+)幅、1:1000地形图(\d+)幅，测图面积分别为" + NUM + r"平方公里、" + NUM + "平方公里")
    k.same("conflicting_values", s500, dec(n500) * D("0.0625"), "1:500 sheet area", "info")
    k.same("conflicting_values", s1000, dec(n1000) * D("0.25"), "1:1000 sheet area", "info")
    sub, early = k.one(r"成果于(\d{4}年\d+月\d+日)提交，比计划提前(\d+)天")
    k.ok("conflicting_values", (parse_date(gdate) - parse_date(sub)).days == int(early), "days early", "info")
    svc = k.one(r"提供测绘成果服务(\d+)次，主要是")
    avail = k.one(r"在线服务可用率达" + NUM + "%")
    satp = k.one(r"用图单位满意度为" + NUM + "%")
    k.rate_range(satp, "满意度")
    k.report_year(k.one(r"\n(\d{4})年2月25日\n"), yr, "report date")
    # ---- funds table with 行次 and formulas
    seg = t[t.index("（二）预算执行情况"):t.index("资金用途：")]
    rows = {}
    for b in blocks(seg):
        if len(b) == 10 and b[1].startswith("("):
            rows[b[1][:3]] = b
    r1, r2_, r3, r4, r5, r6, r7 = (rows[f"({i})"] for i in range(1, 8))
    cols = ["总额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for r_ in (r1, r2_, r3, r4, r5):
        v = [amt(x) for x in r_[2:]]
        k.same("sum_mismatch", r_[2], v[1] + v[6] + v[7], f"{r_[0]}: 总额 = 财政小计 + 上年结转 + 其他")
        k.same("sum_mismatch", r_[3] or "0", v[2] + v[3] + v[4] + v[5], f"{r_[0]}: 小计 = 中央 + 省 + 市 + 县")
    for i, c in enumerate(cols):
        j = i + 2
        k.same("balance_mismatch", r5[j] or "0", amt(r3[j]) - amt(r4[j]), f"(5)=(3)-(4) {c}")
        for rr_, num, nm in ((r6, r3, "(6)=(3)/(2)"), (r7, r4, "(7)=(4)/(2)")):
            if amt(r2_[j]) == 0:
                k.zero_base_rate(rr_[j], f"{nm} {c}")
            else:
                k.rate(rr_[j], amt(num[j]), amt(r2_[j]), f"{nm} {c}")
                k.rate_range(rr_[j], f"{nm} {c}")
    k.equal(r1[2], a0, "年初 text vs table")
    k.equal(r1[5], prov, "省级 text vs table")
    k.equal(r1[7], local, "本级 text vs table")
    k.equal(r2_[2], full, "全年 text vs table")
    k.equal(r2_[8], carry, "上年结转 text vs table")
    k.equal(r4[2], spent, "执行 text vs table")
    k.equal(r7[2], er, "执行率 text vs table")
    # ---- 附件1 (tab rows)
    seg = t[t.index("附件1.项目支出绩效自评表"):]
    trs = [ln.split("\t") for ln in seg.split("\n")[2:] if ln.count("\t") == 8]
    by = {r_[2]: r_ for r_ in trs}
    wrows = []
    for r_ in trs:
        _, _, name, w, tv, av, comp, s, note = r_
        wrows.append((name, w, s))
        k.indicator(name, tv, av, w, s, comp=comp, exec_row=(name == "预算执行率"))
    k.weights_scores(wrows, "100", None, [total], "附件1")
    k.equal(by["预算执行率"][5].rstrip("%"), er, "执行率 text vs 附件1")
    k.equal(by["1:500地形图测绘（幅）"][5].rstrip("幅"), n500, "1:500 sheets")
    k.equal(by["1:1000地形图测绘（幅）"][5].rstrip("幅"), n1000, "1:1000 sheets")
    k.equal(by["1:500地形图测绘（幅）"][4].strip("≥幅"), g450, "1:500 target")
    k.equal(by["1:1000地形图测绘（幅）"][4].strip("≥幅"), g150, "1:1000 target")
    k.equal(by["成果质量合格率"][4].rstrip("%"), gq, "quality target")
    k.equal(by["成果提交时间"][5], sub, "submission date")
    k.equal(by["成果提交时间"][4], gdate + "前", "submission target")
    k.equal(by["项目成本控制"][4].strip("≤万元"), full, "cost cap = 全年预算")
    k.equal(by["项目成本控制"][5].strip("万元"), spent, "cost actual = 执行")
    k.equal(by["提供测绘成果服务次数"][5].rstrip("次"), svc, "service count")
    k.equal(by["提供测绘成果服务次数"][4].strip("≥次"), g60, "service target")
    k.equal(by["天地图·邓州节点在线服务可用率"][5].rstrip("%"), avail, "availability")
    k.equal(by["天地图·邓州节点在线服务可用率"][4].strip("≥%"), g98, "availability target")
    k.equal(by["用图单位满意度"][5].rstrip("%"), satp, "satisfaction text vs 附件1")
    return k


def check_zhuzhou(t):
    k = Checks(t)
    yr = int(k.one(r"我局对(\d{4})年地理信息公共服务平台运维及更新项目开展了绩效自评"))
    a0, cy, carry, full = k.one(r"项目年初预算" + NUM + r"万元，(\d{4})年结转资金" + NUM + r"万元纳入本年使用，全年预算" + NUM + "万元")
    k.ok("year_mismatch", int(cy) < yr, "结转 from an earlier year")
    k.same("sum_mismatch", full, dec(a0) + dec(carry), "全年 = 年初 + 上年结转")
    recv, rr = k.one(r"全年实际到位资金" + NUM + r"万元，资金到位率" + NUM + "%")
    k.rate(rr, recv, full, "到位率")
    k.rate_range(rr, "到位率")
    spent, *uses = k.one(r"全年支出" + NUM + r"万元，其中实景三维建设" + NUM + r"万元、平台运维（云资源租赁及网络安全服务）" + NUM +
                         r"万元、天地图影像数据更新" + NUM + r"万元、地名地址数据更新" + NUM + "万元")
    k.same("sum_mismatch", spent, sum(dec(x) for x in uses), "uses = 支出")
    unsp, cyr = k.one(r"未支出的" + NUM + r"万元为平台等级保护测评尾款，测评报告于\d{4}年1月出具，资金已结转至(\d{4})年支付")
    k.same("balance_mismatch", unsp, dec(recv) - dec(spent), "未支出 = 到位 − 支出")
    k.later_year(cyr, yr, "结转 year")
    price, p1, p2, p3, i1, i2, i3, acc = k.one(r"合同价" + NUM + r"万元，按(\d+)%、(\d+)%、(\d+)%分三期支付，即" + NUM + r"万元、" +
                                               NUM + r"万元、" + NUM + r"万元，分别在合同签订后、成果提交后和验收合格后支付，(\d{4})年12月通过验收并付清")
    k.this_year(acc, yr, "acceptance year")
    k.ok("sum_mismatch", int(p1) + int(p2) + int(p3) == 100, "instalment shares")
    k.same("sum_mismatch", price, dec(i1) + dec(i2) + dec(i3), "instalments = 合同价")
    for p, i in ((p1, i1), (p2, i2), (p3, i3)):
        k.same("rate_mismatch", i, dec(price) * dec(p) / 100, f"instalment {p}%")
    k.equal(price, uses[0], "实景三维 paid in full = contract")
    k.this_year(k.one(r"运维服务期为(\d{4})年1月1日至12月31日"), yr, "service period")
    gimg, g3d, gaddr, gup, gvis, gsat = k.one(r"全年更新天地图节点影像数据不少于(\d+)平方公里，完成中心城区实景三维建模不少于(\d+)平方公里，更新地名地址数据不少于(\d+)条；"
                                              r"平台在线运行率不低于(\d+)%，年访问量不少于(\d+)万人次，使用单位满意度不低于(\d+)%")
    img, m3d, ucost, addr = k.one(r"全年更新天地图节点影像数据" + NUM + r"平方公里；完成实景三维建模" + NUM + r"平方公里，单位面积成本约" + NUM +
                                  r"万元/平方公里；更新地名地址数据(\d+)条")
    k.same("conflicting_values", ucost, dec(price) / dec(m3d), "unit cost ≈ 合同价 / area")
    nimg, n3d, qrate = k.one(r"抽检影像图幅(\d+)幅、三维模型区块(\d+)个，全部合格，成果质量合格率" + NUM + "%")
    k.rate(qrate, int(nimg) + int(n3d), int(nimg) + int(n3d), "合格率 (all passed)")
    up = k.one(r"平台在线运行率" + NUM + "%，全年计划外停机")
    calls, daily = k.one(r"接口调用约" + NUM + r"万次，日均约" + NUM + "万次")
    k.same("average_mismatch", daily, dec(calls) / 365, "daily calls (approx.)")
    *quarters, vis, py, pvis = k.one(r"分别为" + NUM + r"万、" + NUM + r"万、" + NUM + r"万、" + NUM + r"万人次，全年合计" + NUM +
                                     r"万人次，比(\d{4})年的" + NUM + "万人次")
    k.same("sum_mismatch", vis, sum(dec(q) for q in quarters), "quarterly visits")
    k.ok("year_mismatch", int(py) < yr, "last-year visits")
    shr, gshr = k.one(r"提供数据共享服务(\d+)次，未达到(\d+)次的目标")
    *sats, avg = k.one(r"满意度分别为" + NUM + r"%、" + NUM + r"%、" + NUM + r"%，平均为" + NUM + "%")
    k.same("average_mismatch", avg, sum(dec(s) for s in sats) / 3, "average satisfaction")
    for s in sats + [avg]:
        k.rate_range(s, "满意度")
    total, grade = k.one(r"项目自评得分" + NUM + r"分，评价等级为(\S)")
    k.grade(total, grade, "grade")
    k.this_year(k.one(r"本次自评数据截至(\d{4})年12月31日"), yr, "data date")
    # ---- 附件 (PDF, single spaces)
    k.this_year(k.one(r"（(\d{4})年度）"), yr, "自评表 year")
    fr = {}
    for nm in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        fr[nm] = k.one(r"\n" + nm + r" (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)\n")
    tot = fr["年度资金总额"]
    parts = [fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]]
    for col, nm in ((0, "年初"), (1, "全年"), (2, "执行")):
        k.same("sum_mismatch", tot[col], sum(amt(p[col]) for p in parts), f"自评表 {nm}: 总额 = 当年拨款 + 上年结转 + 其他")
    for nm, r_ in fr.items():
        if amt(r_[1]) == 0:
            k.zero_base_rate(r_[4], f"自评表 {nm}")
        else:
            k.rate(r_[4].rstrip("%"), r_[2], r_[1], f"自评表 {nm} 执行率")
            k.rate_range(r_[4], f"自评表 {nm}")
    k.indicator("预算执行率", "100%", tot[4], tot[3], tot[5], exec_row=True)
    k.equal(tot[0], a0, "年初 text vs table")
    k.equal(tot[1], full, "全年 text vs table")
    k.equal(tot[2], spent, "执行 text vs table")
    k.equal(fr["上年结转资金"][1], carry, "上年结转 text vs table")
    names = ["天地图节点影像数据更新面积", "实景三维建模面积", "地名地址数据更新", "成果质量合格率", "平台在线运行率", "实景三维单位面积成本",
             "平台年访问量", "向部门提供数据共享服务", "平台持续稳定运行", "使用单位满意度"]
    ind = {nm: k.one(r"[ \n]" + nm + r" (\S+) (\S+) (\S+) (\S+)(?: \S+)?\n") for nm in names}
    wrows = [("预算执行率", tot[3], tot[5])]
    for nm in names:
        tv, av, w, s = ind[nm]
        wrows.append((nm, w, s))
        k.indicator(nm, tv, av, w, s)
    maxw, tsc = k.one(r"\n总分 (\S+) (\S+)\n")
    k.weights_scores(wrows, maxw, None, [tsc], "自评表")
    k.equal(tsc, total, "总分 text vs table")
    for nm, val, unit in (("天地图节点影像数据更新面积", img, "平方公里"), ("实景三维建模面积", m3d, "平方公里"),
                          ("地名地址数据更新", addr, "条"), ("平台在线运行率", up, "%"), ("平台年访问量", vis, "万人次"),
                          ("向部门提供数据共享服务", shr, "次"), ("使用单位满意度", avg, "%"), ("成果质量合格率", qrate, "%"),
                          ("实景三维单位面积成本", ucost, "万元/平方公里")):
        k.equal(parse_value(ind[nm][1])[1], val, f"{nm} text vs table")
    for nm, val in (("天地图节点影像数据更新面积", gimg), ("实景三维建模面积", g3d), ("地名地址数据更新", gaddr),
                    ("平台在线运行率", gup), ("平台年访问量", gvis), ("向部门提供数据共享服务", gshr), ("使用单位满意度", gsat)):
        k.equal(parse_value(ind[nm][0])[1], val, f"{nm} target text vs table")
    return k


def check_nanqiao(t):
    k = Checks(t)
    yr = int(k.one(r"\n(\d{4})年度部门整体支出绩效自评报告"))
    y0, a0, add, carry, full = k.one(r"(\d{4})年我局年初预算" + NUM + r"万元，年中追加" + NUM + r"万元，加上年结转" + NUM + r"万元，全年预算" + NUM + "万元")
    k.this_year(y0, yr, "budget year")
    k.same("sum_mismatch", full, dec(a0) + dec(add) + dec(carry), "年初 + 追加 + 结转 = 全年")
    fin, carry2 = k.one(r"当年财政拨款" + NUM + r"万元、上年结转" + NUM + "万元")
    k.equal(carry2, carry, "上年结转")
    k.same("sum_mismatch", fin, dec(a0) + dec(add), "当年财政拨款 = 年初 + 追加")
    k.same("sum_mismatch", full, dec(fin) + dec(carry2), "全年 = 当年拨款 + 上年结转")
    bb, pb = k.one(r"基本支出预算" + NUM + r"万元、项目支出预算" + NUM + "万元")
    k.same("sum_mismatch", full, dec(bb) + dec(pb), "全年 = 基本 + 项目")
    spent, bs, ps, er, bal, bal_b, bal_p, cyr = k.one(r"全年支出" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元，部门预算执行率" + NUM +
                                        r"%，年末结转结余" + NUM + r"万元（基本支出" + NUM + r"万元、项目支出" + NUM +
                                        r"万元），项目部分主要为规划编制和不动产确权的合同尾款，已结转至(\d{4})年")
    k.same("sum_mismatch", spent, dec(bs) + dec(ps), "支出 = 基本 + 项目")
    k.rate(er, spent, full, "部门预算执行率")
    k.rate_range(er, "部门预算执行率")
    k.same("balance_mismatch", bal, dec(full) - dec(spent), "结转结余 = 全年 − 支出")
    k.same("balance_mismatch", bal_b, dec(bb) - dec(bs), "基本支出结余")
    k.same("balance_mismatch", bal_p, dec(pb) - dec(ps), "项目支出结余")
    k.same("sum_mismatch", bal, dec(bal_b) + dec(bal_p), "结转结余 = 基本 + 项目")
    k.later_year(cyr, yr, "结转 year")
    k.ok("year_mismatch", int(k.one(r"(\d{4})年我局部门预算执行率为" + NUM + "%")[0]) < yr, "last-year rate")
    e, ea, eb, real, ra, rb = k.one(r"核定编制(\d+)人，其中行政编制(\d+)人、事业编制(\d+)人；年末实有在职人员(\d+)人，其中行政(\d+)人、事业(\d+)人")
    k.ok("sum_mismatch", int(ea) + int(eb) == int(e), "编制")
    k.ok("sum_mismatch", int(ra) + int(rb) == int(real), "实有人员")
    sb, sb1, sb2, ss_, ss1, ss2, sdiff = k.one(r"“三公”经费预算" + NUM + r"万元，其中公务用车运行维护费" + NUM + r"万元、公务接待费" + NUM +
                                               r"万元，未安排因公出国（境）费用；实际支出" + NUM + r"万元，其中公务用车运行维护费" + NUM +
                                               r"万元、公务接待费" + NUM + r"万元，比预算减少" + NUM + "万元")
    k.same("sum_mismatch", sb, dec(sb1) + dec(sb2), "三公 budget")
    k.same("sum_mismatch", ss_, dec(ss1) + dec(ss2), "三公 spent")
    k.same("balance_mismatch", sdiff, dec(sb) - dec(ss_), "三公 saving")
    gp, gp1, gp2 = k.one(r"政府采购合同金额" + NUM + r"万元，其中服务类" + NUM + r"万元、货物类" + NUM + "万元")
    k.same("sum_mismatch", gp, dec(gp1) + dec(gp2), "procurement")
    projb = k.one(r"全年预算分别为" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元和" + NUM + "万元")
    k.same("sum_mismatch", pb, sum(dec(x) for x in projb), "project budgets = 项目支出预算")
    x1, q1 = k.one(r"基础测绘与地理信息公共服务项目执行" + NUM + r"万元，执行率" + NUM + "%")
    k.rate(q1, x1, projb[0], "基础测绘 执行率")
    x2, q2 = k.one(r"国土空间规划编制项目执行" + NUM + r"万元，执行率" + NUM + "%")
    k.rate(q2, x2, projb[1], "规划编制 执行率")
    g60, g8, gland, gdone, gsat = k.one(r"完成1:2000地形图更新不少于(\d+)平方公里，(\d+)个乡镇（街道）国土空间规划成果全部通过审查，耕地保有量不低于" + NUM +
                                        r"万亩，不动产登记按时办结率不低于(\d+)%，服务对象满意度不低于(\d+)%")
    k.report_year(k.one(r"自评时间为(\d{4})年2月至3月"), yr, "self-evaluation dates")
    total, grade = k.one(r"部门整体支出绩效得分" + NUM + r"分，评价等级为(\S)")
    k.grade(total, grade, "grade")
    s_exec, s_out, s_ben, s_sat = k.one(r"其中预算执行率指标得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM + "分")
    k.same("score_sum_mismatch", total, dec(s_exec) + dec(s_out) + dec(s_ben) + dec(s_sat), "level scores = total")
    *ps4, pavg = k.one(r"四个项目自评得分分别为" + NUM + r"分、" + NUM + r"分、" + NUM + r"分和" + NUM + r"分，平均" + NUM + "分")
    k.same("average_mismatch", pavg, sum(dec(x) for x in ps4) / 4, "average project score")
    a2000, n500, s500 = k.one(r"全年分别完成1:2000地形图更新" + NUM + r"平方公里、1:500地形图修测(\d+)幅（" + NUM + "平方公里）")
    k.same("conflicting_values", s500, dec(n500) * D("0.0625"), "1:500 sheet area", "info")
    ntown, npass = k.one(r"全区(\d+)个乡镇（街道）规划成果中(\d+)个通过市级审查")
    k.equal(ntown, g8, "number of towns")
    spots, land, gland2 = k.one(r"完成监测图斑核查" + NUM + r"个，耕地保有量" + NUM + r"万亩，高于" + NUM + "万亩的保护目标")
    k.equal(gland2, gland, "farmland target")
    done = k.one(r"不动产登记按时办结率" + NUM + "%。")
    proj = k.one(r"提供规划和测绘保障(\d+)个")
    satp = k.one(r"群众和企业满意度为" + NUM + "%")
    k.rate_range(satp, "满意度")
    k.report_year(k.one(r"\n(\d{4})年4月10日\n"), yr, "report date")
    # ---- 自评表 (tab rows, merged cells left empty)
    k.this_year(k.one(r"部门整体支出绩效自评表（(\d{4})年度）"), yr, "自评表 year")
    seg = t[t.index("部门整体支出绩效自评表（"):]
    lines = seg.split("\n")
    trs = [ln.split("\t") for ln in lines[2:] if ln.count("\t") == 6 and not ln.startswith("合计")]
    tot_row = [ln.split("\t") for ln in lines if ln.startswith("合计\t")][0]
    by = {r_[2]: r_ for r_ in trs}
    wrows, lvl, cur = [], {}, None
    for r_ in trs:
        l1, l2, name, tv, av, w, s = r_
        cur = l1 or cur
        lvl[cur] = lvl.get(cur, D(0)) + dec(s)
        wrows.append((name, w, s))
        k.indicator(name, tv, av, w, s, exec_row=(name == "部门预算执行率"))
    k.weights_scores(wrows, tot_row[5], None, [tot_row[6], total], "自评表")
    k.equal(tot_row[6], total, "合计 text vs table")
    for lv, st in (("投入", s_exec), ("产出", s_out), ("效益", s_ben), ("满意度", s_sat)):
        k.same("score_sum_mismatch", st, lvl[lv], f"{lv} level score text vs table rows")
    k.equal(by["部门预算执行率"][4].rstrip("%"), er, "执行率 text vs table")
    k.equal(by["1:2000地形图更新面积"][4].replace("平方公里", ""), a2000, "1:2000 area")
    k.equal(by["1:2000地形图更新面积"][3].strip("≥平方公里"), g60, "1:2000 target")
    k.equal(by["耕地保护监测图斑核查数量"][4].rstrip("个"), spots, "monitored spots")
    k.rate(by["乡镇国土空间规划成果通过审查率"][4].rstrip("%"), npass, ntown, "通过审查率 (7 of 8)")
    k.equal(by["不动产登记按时办结率"][4].rstrip("%"), done, "按时办结率")
    k.equal(by["不动产登记按时办结率"][3].strip("≥%"), gdone, "按时办结率 target")
    k.equal(by["部门支出控制在预算内"][3].strip("≤万元"), full, "cost cap = 全年预算")
    k.equal(by["部门支出控制在预算内"][4].strip("万元"), spent, "cost actual = 支出")
    k.equal(by["为重点项目提供规划测绘保障"][4].rstrip("个"), proj, "projects supported")
    k.equal(by["耕地保有量"][4].rstrip("万亩"), land, "farmland")
    k.equal(by["耕地保有量"][3].strip("≥万亩"), gland, "farmland target")
    k.equal(by["群众和企业满意度"][4].rstrip("%"), satp, "satisfaction")
    k.equal(by["群众和企业满意度"][3].strip("≥%"), gsat, "satisfaction target")
    return k


def check_sanmen(t):
    k = Checks(t)
    yr = int(k.one(r"\n三门县自然资源和规划局(\d{4})年度城区1:500地形图更新及控制网复测项目绩效自评报告\n"))
    k.report_year(k.one(r"发布日期：(\d{4})-"), yr, "publication date")
    k.this_year(k.one(r"开展(\d{4})年度县级财政支出项目绩效自评工作"), yr, "notice year")
    a0, adv = k.one(r"项目年初预算" + NUM + r"万元，全部为县级财政资金，已于(\d{4})年12月由县财政提前下达，全年预算未作调整")
    k.ok("year_mismatch", int(adv) in (yr - 1, yr), "advance issued the December before")
    spent, er = k.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    k.rate(er, spent, a0, "执行率")
    k.rate_range(er, "执行率")
    i1, i2, i3, bal = k.one(r"其中1:500地形图更新" + NUM + r"万元，1:2000地形图修补测及控制网复测" + NUM + r"万元，质量检验及成果入库" + NUM +
                            r"万元；结余" + NUM + "万元")
    k.same("sum_mismatch", spent, dec(i1) + dec(i2) + dec(i3), "items = 支出")
    k.same("balance_mismatch", bal, dec(a0) - dec(spent), "结余 = 预算 − 支出")
    py, pb, ps, pr = k.one(r"(\d{4})年同类项目预算" + NUM + r"万元、支出" + NUM + r"万元，执行率" + NUM + "%")
    k.ok("year_mismatch", int(py) < yr, "last-year figures")
    k.rate(pr, ps, pb, "last year's 执行率")
    g600, g45, g48, gq, gy, g50, g90 = k.one(r"完成城区1:500地形图更新不少于(\d+)幅，城郊1:2000地形图修补测不少于(\d+)幅，复测C级GNSS控制点(\d+)个；"
                                             r"成果质量合格率不低于(\d+)%，(\d{4})年11月底前提交成果；全年为城市建设和规划管理提供用图服务不少于(\d+)次，"
                                             r"用图单位满意度不低于(\d+)%")
    k.this_year(gy, yr, "target date year")
    price, per = k.one(r"1:500地形图更新合同价" + NUM + r"万元，平均每幅约" + NUM + "元")
    k.equal(price, i1, "1:500 contract = 1:500 spending")
    k.this_year(k.one(r"外业于(\d{4})年4月开工"), yr, "field work year")
    n500, n2000, s500, s2000 = k.one(r"全年分别完成1:500地形图更新(\d+)幅、1:2000地形图修补测(\d+)幅，面积分别为" + NUM + r"平方公里和" + NUM + "平方公里")
    k.same("conflicting_values", per, dec(price) * 10000 / dec(n500), "per-sheet cost (approx.)")
    k.same("conflicting_values", s500, dec(n500) * D("0.0625"), "1:500 sheet area", "info")
    k.same("conflicting_values", s2000, dec(n2000) * 1, "1:2000 sheet area", "info")
    cp, cpr, extra = k.one(r"实际复测C级GNSS控制点(\d+)个，完成率" + NUM + r"%，多测的(\d+)个点")
    k.same("completion_mismatch", cpr, completion("eq", g48, cp), "control points 完成率")
    k.ok("sum_mismatch", int(cp) - int(g48) == int(extra), "extra points")
    qn, qp, qr = k.one(r"抽检1:500图幅(\d+)幅，合格(\d+)幅，合格率" + NUM + "%")
    k.rate(qr, qp, qn, "合格率")
    k.rate_range(qr, "合格率")
    sub = k.one(r"全部成果于(\d{4}年\d+月\d+日)提交")
    svc = k.one(r"提供用图服务(\d+)次，主要服务")
    satp = k.one(r"用图单位满意度为" + NUM + "%")
    k.rate_range(satp, "满意度")
    total, grade = k.one(r"本项目得分" + NUM + r"分，评价等级为(\S)")
    k.grade(total, grade, "grade")
    k.report_year(k.one(r"\n(\d{4})年4月28日\n"), yr, "report date")
    # ---- indicator table (browser copy, tab rows)
    seg = t[t.index("一级指标\t二级指标"):]
    lines = seg.split("\n")
    trs = [ln.split("\t") for ln in lines[1:] if ln.count("\t") == 7 and not ln.startswith("合计")]
    tot_row = [ln.split("\t") for ln in lines if ln.startswith("合计\t")][0]
    by = {r_[2]: r_ for r_ in trs}
    wrows = []
    for r_ in trs:
        _, _, name, tv, av, comp, w, s = r_
        wrows.append((name, w, s))
        k.indicator(name, tv, av, w, s, comp=comp, exec_row=(name == "预算执行率"))
    k.weights_scores(wrows, tot_row[-2], None, [tot_row[-1]], "自评表")
    k.equal(tot_row[-1], total, "合计 text vs table")
    k.equal(by["预算执行率"][4].rstrip("%"), er, "执行率 text vs table")
    k.equal(by["1:500地形图更新"][4].rstrip("幅"), n500, "1:500 sheets")
    k.equal(by["1:500地形图更新"][3].strip("≥幅"), g600, "1:500 target")
    k.equal(by["1:2000地形图修补测"][4].rstrip("幅"), n2000, "1:2000 sheets")
    k.equal(by["1:2000地形图修补测"][3].strip("≥幅"), g45, "1:2000 target")
    k.equal(by["成果质量合格率"][4].rstrip("%"), qr, "合格率 text vs table")
    k.equal(by["成果质量合格率"][3].strip("≥%"), gq, "合格率 target")
    k.equal(by["成果提交时间"][4], sub, "submission date")
    k.equal(by["1:500地形图每幅更新成本"][4].rstrip("元"), per, "per-sheet cost text vs table")
    k.equal(by["提供用图服务次数"][4].rstrip("次"), svc, "service count")
    k.equal(by["提供用图服务次数"][3].strip("≥次"), g50, "service target")
    k.equal(by["用图单位满意度"][4].rstrip("%"), satp, "satisfaction text vs table")
    k.equal(by["用图单位满意度"][3].strip("≥%"), g90, "satisfaction target")
    return k


CHECKERS = {
    "sc-santai-jichucehui-2023": check_santai,
    "ha-dengzhou-jichucehui-2021": check_dengzhou,
    "hn-zhuzhou-dilixinxi-2022": check_zhuzhou,
    "ah-nanqiao-zrzy-bumen-2024": check_nanqiao,
    "zj-sanmen-dixingtu-2019": check_sanmen,
}


# ----------------------------------------------------------------------------------------------- driver

def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, p, len(b) - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    texts = {n: open(os.path.join(CASES, n), encoding="utf-8").read() for n in names}
    counts = {c: 0 for c in CODES13}
    prose_table = {"prose": 0, "table": 0}
    n_checks = 0
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = texts[name]
        try:
            k = CHECKERS[src](text)
        except ParseError as e:
            problems.append(f"{name}: cannot read: {e}")
            continue
        n_checks += k.n
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            for f in k.fails:
                problems.append(f"{name}: clean draft fails {f}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = exp[0]
        code, value = lab["code"], lab["value"]
        if code not in counts:
            problems.append(f"{name}: unknown code {code}")
            continue
        counts[code] += 1
        if lab["severity"] != "error":
            problems.append(f"{name}: severity must be error")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if len(occ) != 1:
            problems.append(f"{name}: label value occurs {len(occ)} times: {value!r}")
        clean = texts[f"{src}-clean.txt"]
        _, _, e0, e1 = diff_region(clean, text)
        if e1 - e0 <= 0 or e1 - e0 > 120:
            problems.append(f"{name}: changed region [{e0},{e1}) is empty or not a single short place")
        if not any(o < max(e1, e0 + 1) and e0 < o + len(value) for o in occ):
            problems.append(f"{name}: label value does not overlap the changed region [{e0},{e1})")
        failing = {c for (c, sev, _) in k.fails if sev == "error"}
        if code not in failing:
            problems.append(f"{name}: labelled {code} does not fail (fails: {k.fails})")
        extra = failing - {code}
        if extra:
            problems.append(f"{name}: other error codes fail too: {[f for f in k.fails if f[0] in extra]}")
    for c, n in counts.items():
        if n < 2:
            problems.append(f"code {c} used {n} times (< 2)")
    print(f"cases: {len(labels)}  checks run: {n_checks}")
    print("codes: " + ", ".join(f"{c}={n}" for c, n in counts.items()))
    try:
        sys.dont_write_bytecode = True
        sys.path.insert(0, HERE)
        import build
        for e in build.EDITS:
            prose_table[e[3]] += 1
    except Exception as ex:  # documentation only
        print("cannot read build.EDITS:", ex)
    print(f"edit location: prose={prose_table['prose']} table={prose_table['table']}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
