#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl: 35 cases, every file present, every label value occurs in its case;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. each of the 13 codes of errors.md §A is used at least twice;
4. the arithmetic of every draft is redone from its own text (rules.md §7, tolerance of §8):
   every check passes on the clean drafts; on an error case the labelled code fails and no other code fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]


class Missing(Exception):
    pass


# ---------------------------------------------------------------- number helpers
def n(s):
    return D(str(s).replace(",", "").replace("，", ""))


def places(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """rules §8: stated v with d decimals agrees with computed c iff |c - v| <= 0.5 * 10^-d."""
    return abs(D(computed) - n(stated)) <= D("0.5") * D(10) ** (-places(stated)) + D("1e-9")


def g(text, pat, k=1):
    m = re.search(pat, text)
    if not m:
        raise Missing(pat)
    return m.group(k) if isinstance(k, int) else m.groups()


def gs(text, pat):
    m = re.search(pat, text)
    if not m:
        raise Missing(pat)
    return m.groups()


TO_WAN = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


def check_sum(parts, total, scale=None):
    """parts: list of (number string, unit); total: (number string, unit). Amount units are
    normalised to 万元. On a mismatch, if rescaling one part by 10^4 or 10^8 reconciles the sum
    exactly, the slip is a wrong money unit (unit_mismatch), otherwise sum_mismatch."""
    def val(x):
        num, unit = x
        return n(num) * TO_WAN.get(unit, D(1))
    tot = val(total)
    vals = [val(p) for p in parts]
    tol = D("0.5") * D(10) ** (-places(total[0])) * TO_WAN.get(total[1], D(1)) + D("1e-9")
    if abs(sum(vals) - tot) <= tol:
        return None
    for i in range(len(vals)):
        for f in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
            alt = vals[:i] + [vals[i] * f] + vals[i + 1:]
            if abs(sum(alt) - tot) <= tol:
                return "unit_mismatch"
    return "sum_mismatch"


def check_rate(num, den, stated, code="rate_mismatch"):
    """stated rate (string, % implied) against num/den; zero base: only '—', '-', '0' or '' allowed."""
    stated = stated.strip().rstrip("%")
    if n(den) == 0:
        return None if stated in ("—", "-", "0", "") else "implausible_rate"
    if stated in ("—", "-", ""):
        return code
    r = n(num) / n(den) * 100
    if not agrees(stated, r):
        return code
    if n(stated) > 100 and code == "rate_mismatch":
        return "implausible_rate"
    return None


def check_equal(a, b, code="conflicting_values"):
    return None if n(a) == n(b) else code


def grade_of(total):
    t = n(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def check_grade(total, word):
    return None if GRADE_WORDS.get(word) == grade_of(total) else "grade_mismatch"


VAL = re.compile(r"^(≥|≤|>=|<=|＞|＜|>|<|=)?\s*([\d.,]+)\s*(.*)$")


def parse_target(s):
    m = VAL.match(s.strip())
    if not m:
        raise Missing("target " + s)
    op = {"≥": "gte", ">=": "gte", "＞": "gte", ">": "gte",
          "≤": "lte", "<=": "lte", "＜": "lte", "<": "lte"}.get(m.group(1) or "", "eq")
    return op, n(m.group(2)), m.group(3).strip()


def parse_actual(s):
    m = VAL.match(s.strip())
    if not m or m.group(1):
        raise Missing("actual " + s)
    return n(m.group(2)), m.group(3).strip()


def check_indicator(target, actual, weight, score, completion=None, unit=None, is_rate=False):
    """One indicator row; returns a list of failing codes (rules §5, I5, I7, I8, I13)."""
    out = []
    w, sc = n(weight), n(score)
    if sc > w or sc < 0:
        out.append("score_exceeds_weight")
    op, t, tu = parse_target(target)
    a, au = parse_actual(actual)
    if unit is not None:           # Sichuan layout: one 度量单位 column for both values
        tu = au = unit
    if tu != au:
        out.append("unit_mismatch")
        return out
    if tu == "%" and (a > 100 or t > 100):
        out.append("implausible_rate")
    if is_rate and a > 100:
        out.append("implausible_rate")
    if completion is not None and completion.strip() not in ("—", "-", ""):
        if t != 0:
            if op == "lte":
                c = D(100) if a <= t else t / a * 100
            else:
                c = a / t * 100
            if not agrees(completion.strip().rstrip("%"), c):
                out.append("completion_mismatch")
    return out


def check_weights(weights, total="100"):
    return None if sum(n(w) for w in weights) == n(total) else "weight_sum_mismatch"


def check_scores(scores, total):
    return None if agrees(total, sum(n(s) for s in scores)) else "score_sum_mismatch"


# ---------------------------------------------------------------- table readers
def cell_blocks(text, start, end):
    """Shanxi-style flattened table: one cell per line with a leading tab, blank line between rows."""
    i = text.index(start)
    j = text.index(end, i) if end else len(text)
    blocks = []
    for blk in text[i:j].split("\n\n"):
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in blk.split("\n")]
        cells = [c for c in cells]
        if any(c.strip() for c in cells):
            blocks.append(cells)
    return blocks


def lines_between(text, start, end):
    i = text.index(start)
    j = text.index(end, i + len(start))
    return text[i:j].split("\n")


# ================================================================ draft 1: 周村 2022
def checks_zhoucun(t):
    res = []
    blocks = cell_blocks(t, "\t项目\n\t行次", "[bookmark: _Toc98765404]")
    rows = {b[0]: b for b in blocks if b and b[0]}
    # columns: 0 name, 1 行次, 2 总额, 3 小计, 4 省, 5 市, 6 区, 7 上年结转, 8 其他
    def v(row, col):
        s = rows[row][col].strip()
        return D(0) if s == "" else n(s)
    amount_rows = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]
    for r in amount_rows:
        x = rows[r]
        res.append(("sum_mismatch", f"{r} 总额", check_sum(
            [(str(v(r, 3)), "万元"), (str(v(r, 7)), "万元"), (str(v(r, 8)), "万元")], (x[2], "万元"))))
        res.append(("sum_mismatch", f"{r} 小计", check_sum(
            [(str(v(r, 4)), "万元"), (str(v(r, 5)), "万元"), (str(v(r, 6)), "万元")], (x[3], "万元"))))
    for col in range(2, 9):
        bal = rows["资金结余"][col]
        res.append(("balance_mismatch", f"(5) col {col}",
                    None if agrees(bal, v("实际到位资金", col) - v("全年执行资金", col)) else "balance_mismatch"))
        res.append(("rate_mismatch", f"(6) col {col}",
                    check_rate(v("实际到位资金", col), v("全年预算资金", col), rows["预算到位率(%)"][col])))
        res.append(("rate_mismatch", f"(7) col {col}",
                    check_rate(v("全年执行资金", col), v("全年预算资金", col), rows["预算执行率(%)"][col])))
    # prose
    a, b, c = gs(t, r"年初预算([\d.]+)万元，其中市级会展引导资金([\d.]+)万元、区级资金([\d.]+)万元")
    res.append(("sum_mismatch", "年初 = 市 + 区", check_sum([(b, "万元"), (c, "万元")], (a, "万元"))))
    res.append(("conflicting_values", "年初 text/table", check_equal(a, rows["年初预算资金"][2])))
    add, co, tot = gs(t, r"追加([\d.]+)万元，加上2021年结转的([\d.]+)万元，全年预算调整为([\d.]+)万元")
    res.append(("sum_mismatch", "全年 = 年初 + 追加 + 结转", check_sum([(a, "万元"), (add, "万元"), (co, "万元")], (tot, "万元"))))
    res.append(("conflicting_values", "全年 text/table", check_equal(tot, rows["全年预算资金"][2])))
    sp, rate = gs(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    res.append(("rate_mismatch", "text 执行率", check_rate(sp, tot, rate)))
    res.append(("conflicting_values", "支出 text/table", check_equal(sp, rows["全年执行资金"][2])))
    left = g(t, r"区级资金尚有([\d.]+)万元")
    res.append(("balance_mismatch", "区级 unspent", None if agrees(left, v("全年预算资金", 6) - v("全年执行资金", 6)) else "balance_mismatch"))
    y = g(t, r"结转至(\d{4})年")
    res.append(("year_mismatch", "carry-over year", None if int(y) > 2022 else "year_mismatch"))
    # booth subsidies
    p1, q1, s1 = gs(t, r"境内展会标准展位每个补贴(\d+)元.*?境内展会(\d+)个展位，补贴([\d.]+)万元")
    res.append(("sum_mismatch", "境内 price × booths", check_sum([(str(n(p1) * n(q1)), "元")], (s1, "万元"))))
    p2 = g(t, r"境外展会每个补贴(\d+)元")
    q2, s2 = gs(t, r"境外展会(\d+)个展位，补贴([\d.]+)万元")
    res.append(("sum_mismatch", "境外 price × booths", check_sum([(str(n(p2) * n(q2)), "元")], (s2, "万元"))))
    both = g(t, r"两项合计([\d.]+)万元")
    res.append(("sum_mismatch", "两项合计", check_sum([(s1, "万元"), (s2, "万元")], (both, "万元"))))
    firms = g(t, r"全年为(\d+)家企业兑付展位补贴")
    avg = g(t, r"户均补贴([\d.]+)万元")
    res.append(("average_mismatch", "户均", None if agrees(avg, n(both) / n(firms)) else "average_mismatch"))
    fairs = g(t, r"参加境内外重点展会(\d+)场次")
    qf = gs(t, r"一至四季度分别为(\d+)场次、(\d+)场次、(\d+)场次、(\d+)场次")
    res.append(("sum_mismatch", "展会 by quarter", check_sum([(x, "个") for x in qf], (fairs, "个"))))
    x1, x2, x3, xs = gs(t, r"分别补助([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，合计([\d.]+)万元")
    res.append(("sum_mismatch", "办展补助", check_sum([(x1, "万元"), (x2, "万元"), (x3, "万元")], (xs, "万元"))))
    pr = g(t, r"宣传推介及服务采购。支出([\d.]+)万元")
    tot3 = g(t, r"三项支出与全年支出([\d.]+)万元一致")
    res.append(("sum_mismatch", "三项 = 全年支出", check_sum([(both, "万元"), (xs, "万元"), (pr, "万元")], (tot3, "万元"))))
    res.append(("conflicting_values", "三项合计 vs 支出", check_equal(tot3, sp)))
    deal, last, growth = gs(t, r"意向成交额([\d.]+)亿元，较2021年的([\d.]+)亿元增长([\d.]+)%")
    res.append(("rate_mismatch", "growth", None if agrees(growth, (n(deal) - n(last)) / n(last) * 100) else "rate_mismatch"))
    over = g(t, r"超过年度目标([\d.]+)亿元")
    # indicator table
    ib = cell_blocks(t, "\t一级指标\n\t二级指标\n\t三级指标", None)
    header, body = ib[0], ib[1:]
    weights, scores, total_w, total_s = [], [], None, None
    ind = {}
    for b in body:
        if b[0] == "合计":
            total_w, total_s = b[3], b[7]
            continue
        name, w, tg, ac, comp, sc = b[2], b[3], b[4], b[5], b[6], b[7]
        ind[name] = b
        weights.append(w)
        scores.append(sc)
        for code in check_indicator(tg, ac, w, sc, comp):
            res.append((code, f"row {name}", code))
    res.append(("weight_sum_mismatch", "Σ weights", check_weights(weights, total_w)))
    res.append(("weight_sum_mismatch", "合计 weight 100", None if n(total_w) == 100 else "weight_sum_mismatch"))
    res.append(("score_sum_mismatch", "Σ scores", check_scores(scores, total_s)))
    tot_txt, grade = gs(t, r"自评得分([\d.]+)分，等级为“(.+?)”")
    res.append(("conflicting_values", "total text/table", check_equal(tot_txt, total_s)))
    res.append(("grade_mismatch", "grade", check_grade(tot_txt, grade)))
    res.append(("conflicting_values", "执行率 table/text", check_equal(ind["预算执行率"][5].rstrip("%"), rate)))
    res.append(("conflicting_values", "82家", check_equal(ind["参展企业数量"][5].rstrip("家"), firms)))
    res.append(("conflicting_values", "6.3亿元", check_equal(ind["展会意向成交额"][5].rstrip("亿元"), deal)))
    res.append(("sum_mismatch", "超过目标", check_sum([(ind["展会意向成交额"][4].lstrip("≥").rstrip("亿元"), "亿元"), (over, "亿元")], (deal, "亿元"))))
    sat = g(t, r"满意度([\d.]+)%。")
    res.append(("conflicting_values", "满意度", check_equal(ind["参展企业满意度"][5].rstrip("%"), sat)))
    tim = g(t, r"补贴资金兑付及时率([\d.]+)%，未达到")
    res.append(("conflicting_values", "及时率", check_equal(ind["补贴资金兑付及时率"][5].rstrip("%"), tim)))
    res.append(("conflicting_values", "境内补贴标准", check_equal(ind["境内标准展位补贴标准"][5].rstrip("元/个"), p1)))
    res.append(("conflicting_values", "3场", check_equal(ind["区内举办专业展会"][5].rstrip("场"), "3")))
    return res


# ================================================================ draft 2: 漯河 2019
def checks_luohe(t):
    res = []
    ini, add, co, tot = gs(t, r"年初预算安排(\d+)万元，.*?追加预算(\d+)万元，另有2018年结转资金(\d+)万元，全年预算合计(\d+)万元")
    res.append(("sum_mismatch", "全年 = 年初 + 追加 + 结转", check_sum([(ini, "万元"), (add, "万元"), (co, "万元")], (tot, "万元"))))
    sp, rate, left = gs(t, r"全年实际支出([\d.]+)万元，执行率([\d.]+)%，尚余([\d.]+)万元")
    res.append(("rate_mismatch", "执行率", check_rate(sp, tot, rate)))
    res.append(("balance_mismatch", "尚余", None if agrees(left, n(tot) - n(sp)) else "balance_mismatch"))
    y = g(t, r"结转至(\d{4})年使用")
    res.append(("year_mismatch", "carry-over year", None if int(y) > 2019 else "year_mismatch"))
    fa, fs, fr = gs(t, r"当年财政拨款(\d+)万元，支出([\d.]+)万元，执行率([\d.]+)%")
    res.append(("rate_mismatch", "财政拨款执行率", check_rate(fs, fa, fr)))
    cs = g(t, r"上年结转资金(\d+)万元于上半年全部支出")
    res.append(("conflicting_values", "结转 15", check_equal(cs, co)))
    items = re.search(r"推介活动场地租赁及布展费([\d.]+)(万元|元)、客商接待及差旅费([\d.]+)(万元|元)、宣传资料制作及广告投放费([\d.]+)(万元|元)", t)
    if not items:
        raise Missing("items")
    i = items.groups()
    res.append(("sum_mismatch", "支出结构", check_sum([(i[0], i[1]), (i[2], i[3]), (i[4], i[5])], (sp, "万元"))))
    ev, far, near, per = gs(t, r"招商推介活动(\d+)场次，其中赴长三角、珠三角、京津冀专题推介(\d+)场次，在漯承办对接活动(\d+)场次，每场平均支出([\d.]+)万元")
    res.append(("sum_mismatch", "场次", check_sum([(far, "个"), (near, "个")], (ev, "个"))))
    res.append(("average_mismatch", "每场平均", None if agrees(per, n(sp) / n(ev)) else "average_mismatch"))
    signed = g(t, r"全年签约项目(\d+)个，一至四季度")
    q = gs(t, r"一至四季度分别签约(\d+)个、(\d+)个、(\d+)个、(\d+)个")
    res.append(("sum_mismatch", "quarters", check_sum([(x, "个") for x in q], (signed, "个"))))
    started, srate = gs(t, r"已开工(\d+)个，开工率(\d+)%")
    res.append(("rate_mismatch", "开工率", check_rate(started, signed, srate)))
    inv, pct = gs(t, r"签约项目总投资([\d.]+)亿元，完成年度目标的([\d.]+)%")
    inv_target = g(t, r"签约总投资不低于(\d+)亿元")
    res.append(("completion_mismatch", "109.3%", None if agrees(pct, n(inv) / n(inv_target) * 100) else "completion_mismatch"))
    base, lev = gs(t, r"按全年([\d.]+)万元经费测算，每万元招商经费对应签约投资约([\d.]+)亿元")
    res.append(("conflicting_values", "141.36 restated", check_equal(base, sp)))
    res.append(("average_mismatch", "每万元撬动", None if agrees(lev, n(inv) / n(base)) else "average_mismatch"))
    notyet = g(t, r"(\d+)个签约项目中仍有(\d+)个未开工", 2)
    res.append(("sum_mismatch", "未开工", check_sum([(started, "个"), (notyet, "个")], (signed, "个"))))
    # funds block of 自评表
    rows = {}
    for ln in t.split("\n"):
        c = ln.split("\t")
        if len(c) >= 8 and c[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            rows[c[1]] = c
    tot_row, fin, car, oth = rows["年度资金总额"], rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]
    for col, lab in ((2, "年初"), (3, "全年"), (4, "执行")):
        res.append(("sum_mismatch", f"{lab} column", check_sum([(fin[col], "万元"), (car[col], "万元"), (oth[col], "万元")], (tot_row[col], "万元"))))
    res.append(("rate_mismatch", "table 执行率", check_rate(tot_row[4], tot_row[3], tot_row[6])))
    for r in (fin, car, oth):
        if r[6] not in ("—", "-", ""):
            res.append(("rate_mismatch", r[1], check_rate(r[4], r[3], r[6])))
    res.append(("conflicting_values", "年初 text/table", check_equal(ini, tot_row[2])))
    res.append(("conflicting_values", "全年 text/table", check_equal(tot, tot_row[3])))
    res.append(("conflicting_values", "执行 text/table", check_equal(sp, tot_row[4])))
    res.append(("conflicting_values", "rate text/table", check_equal(rate, tot_row[6].rstrip("%"))))
    res.append(("conflicting_values", "财政拨款 全年", check_equal(fa, fin[3])))
    res.append(("conflicting_values", "财政拨款 执行", check_equal(fs, fin[4])))
    res.append(("conflicting_values", "结转 全年", check_equal(co, car[3])))
    # indicators
    inds, total_w, total_s = {}, None, None
    start = t.index("绩效指标\t一级指标")
    for ln in t[start:].split("\n")[1:]:
        c = ln.split("\t")
        if c[0] == "总分":
            total_w, total_s = c[6], c[7]
            break
        inds[c[3]] = c
    weights, scores = [], []
    for name, c in inds.items():
        weights.append(c[6])
        scores.append(c[7])
        for code in check_indicator(c[4], c[5], c[6], c[7]):
            res.append((code, f"row {name}", code))
    weights.append(tot_row[5])
    scores.append(tot_row[7])
    res.append(("weight_sum_mismatch", "Σ weights", check_weights(weights, total_w)))
    res.append(("weight_sum_mismatch", "总分 100", None if n(total_w) == 100 else "weight_sum_mismatch"))
    res.append(("score_exceeds_weight", "execution row", None if n(tot_row[7]) <= n(tot_row[5]) else "score_exceeds_weight"))
    res.append(("score_sum_mismatch", "Σ scores", check_scores(scores, total_s)))
    tot_txt, grade = gs(t, r"自评得分(\d+)分，评价等级为“(.+?)”")
    res.append(("conflicting_values", "total text/table", check_equal(tot_txt, total_s)))
    res.append(("grade_mismatch", "grade", check_grade(tot_txt, grade)))
    d1, d2, d3 = gs(t, r"预算执行率未达100%扣([\d.]+)分，签约项目开工率未达目标扣([\d.]+)分，新增就业岗位未达目标扣([\d.]+)分")
    res.append(("score_sum_mismatch", "deduction 执行", None if agrees(d1, n(tot_row[5]) - n(tot_row[7])) else "score_sum_mismatch"))
    res.append(("score_sum_mismatch", "deduction 开工率", None if agrees(d2, n(inds["签约项目开工率"][6]) - n(inds["签约项目开工率"][7])) else "score_sum_mismatch"))
    res.append(("score_sum_mismatch", "deduction 就业", None if agrees(d3, n(inds["带动新增就业岗位"][6]) - n(inds["带动新增就业岗位"][7])) else "score_sum_mismatch"))
    res.append(("score_sum_mismatch", "100 − deductions", None if agrees(tot_txt, 100 - n(d1) - n(d2) - n(d3)) else "score_sum_mismatch"))
    res.append(("average_mismatch", "table 单场平均", None if agrees(inds["单场活动平均支出"][5].rstrip("万元"), n(tot_row[4]) / n(inds["招商推介活动场次"][5].rstrip("场次"))) else "average_mismatch"))
    res.append(("conflicting_values", "38场次", check_equal(inds["招商推介活动场次"][5].rstrip("场次"), ev)))
    res.append(("conflicting_values", "46个", check_equal(inds["签约项目个数"][5].rstrip("个"), signed)))
    res.append(("conflicting_values", "54%", check_equal(inds["签约项目开工率"][5].rstrip("%"), srate)))
    res.append(("conflicting_values", "218.6", check_equal(inds["签约项目总投资"][5].rstrip("亿元"), inv)))
    res.append(("conflicting_values", "3.72", check_equal(inds["单场活动平均支出"][5].rstrip("万元"), per)))
    jobs = g(t, r"新增就业岗位约(\d+)个")
    res.append(("conflicting_values", "2300", check_equal(inds["带动新增就业岗位"][5].rstrip("个"), jobs)))
    res.append(("conflicting_values", "126", check_equal(inds["储备招商项目"][5].rstrip("个"), g(t, r"新增储备招商项目(\d+)个"))))
    res.append(("conflicting_values", "95%", check_equal(inds["客商满意度"][5].rstrip("%"), g(t, r"满意度为(\d+)%"))))
    met = g(t, r"(\d+)项绩效指标中(\d+)项达到或超过", 2)
    def met_target(c):
        op, tv, _ = parse_target(c[4])
        av, _ = parse_actual(c[5])
        return av >= tv if op == "gte" else (av <= tv if op == "lte" else av == tv)
    n_met = sum(1 for c in inds.values() if met_target(c))
    res.append(("sum_mismatch", "7 of 9 met", None if int(met) == n_met and len(inds) == int(g(t, r"(\d+)项绩效指标中")) else "sum_mismatch"))
    return res


# ================================================================ draft 3: 浏阳 2021
def checks_liuyang(t):
    res = []
    bud = g(t, r"预算安排会展经济发展专项资金(\d+)万元")
    rec, rrate = gs(t, r"到位(\d+)万元，到位率(\d+)%")
    res.append(("rate_mismatch", "到位率", check_rate(rec, bud, rrate)))
    sp, rate, bal = gs(t, r"全年支出([\d.]+)万元，执行率([\d.]+)%，结余([\d.]+)万元")
    res.append(("rate_mismatch", "执行率", check_rate(sp, bud, rate)))
    res.append(("balance_mismatch", "结余", None if agrees(bal, n(rec) - n(sp)) else "balance_mismatch"))
    a1, p1, q1 = gs(t, r"标准展位补贴([\d.]+)万元（每个(\d+)元，共(\d+)个）")
    a2, p2, q2 = gs(t, r"特装展位补贴([\d.]+)万元（每平方米(\d+)元，共(\d+)平方米）")
    a3 = g(t, r"场馆租赁及布展支出([\d.]+)万元")
    a4 = g(t, r"宣传推广支出([\d.]+)万元")
    res.append(("sum_mismatch", "标准展位 price × qty", check_sum([(str(n(p1) * n(q1)), "元")], (a1, "万元"))))
    res.append(("sum_mismatch", "特装 price × area", check_sum([(str(n(p2) * n(q2)), "元")], (a2, "万元"))))
    res.append(("sum_mismatch", "支出结构", check_sum([(a1, "万元"), (a2, "万元"), (a3, "万元"), (a4, "万元")], (sp, "万元"))))
    shows = g(t, r"全年组织企业参加外地展会(\d+)场")
    parts = gs(t, r"分别为长沙(\d+)场、广州(\d+)场、上海(\d+)场、成都(\d+)场")
    res.append(("sum_mismatch", "6 shows", check_sum([(x, "个") for x in parts], (shows, "个"))))
    deal, onsite, intent, last, growth = gs(t, r"成交额([\d.]+)亿元，其中现场成交([\d.]+)亿元、意向成交([\d.]+)亿元，较2019年上届的([\d.]+)亿元增长([\d.]+)%")
    res.append(("sum_mismatch", "17.6 = 3.2 + 14.4", check_sum([(onsite, "亿元"), (intent, "亿元")], (deal, "亿元"))))
    res.append(("rate_mismatch", "growth", None if agrees(growth, (n(deal) - n(last)) / n(last) * 100) else "rate_mismatch"))
    days, visitors, daily = gs(t, r"展期(\d+)天累计入场观众([\d,]+)人次，日均([\d,]+)人次")
    res.append(("average_mismatch", "日均", None if agrees(daily, n(visitors) / n(days)) else "average_mismatch"))
    sat = g(t, r"参展企业满意度([\d.]+)%")
    firms = g(t, r"博览会参展企业(\d+)家，未达到")
    tot_txt, grade = gs(t, r"项目自评得分([\d.]+)分，评价等级为“(.+?)”")
    res.append(("grade_mismatch", "grade", check_grade(tot_txt, grade)))
    # table
    lines = t[t.index("项目资金（万元）"):].split("\n")
    rows = {}
    for ln in lines:
        c = re.split(r" {2,}", ln.strip())
        rows[c[0]] = c
    tr, fr, cr, orow = rows["年度资金总额"], rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        res.append(("sum_mismatch", f"{lab} column", check_sum([(fr[col], "万元"), (cr[col], "万元"), (orow[col], "万元")], (tr[col], "万元"))))
    res.append(("rate_mismatch", "table 执行率", check_rate(tr[3], tr[2], tr[5])))
    for r in (fr, cr, orow):
        if r[5] not in ("—", "-", ""):
            res.append(("rate_mismatch", r[0], check_rate(r[3], r[2], r[5])))
        elif n(r[2]) != 0:
            pass
    res.append(("conflicting_values", "budget text/table", check_equal(bud, tr[2])))
    res.append(("conflicting_values", "spent text/table", check_equal(sp, tr[3])))
    res.append(("conflicting_values", "rate text/table", check_equal(rate, tr[5].rstrip("%"))))
    res.append(("score_exceeds_weight", "execution row", None if n(tr[6]) <= n(tr[4]) else "score_exceeds_weight"))
    inds, weights, scores = {}, [tr[4]], [tr[6]]
    total_w = total_s = None
    for c in (re.split(r" {2,}", ln.strip()) for ln in lines):
        if c[0] in ("产出指标", "效益指标", "满意度指标"):
            name, tg, ac, comp, w, sc = c[2], c[3], c[4], c[5], c[6], c[7]
            inds[name] = c
            weights.append(w)
            scores.append(sc)
            for code in check_indicator(tg, ac, w, sc, comp):
                res.append((code, f"row {name}", code))
        elif c[0] == "总分":
            total_w, total_s = c[1], c[2]
    res.append(("weight_sum_mismatch", "Σ weights", check_weights(weights, total_w)))
    res.append(("score_sum_mismatch", "Σ scores", check_scores(scores, total_s)))
    res.append(("conflicting_values", "total text/table", check_equal(tot_txt, total_s)))
    res.append(("conflicting_values", "120个", check_equal(inds["外地展会标准展位数"][4].rstrip("个"), q1)))
    res.append(("conflicting_values", "1450", check_equal(inds["外地展会特装展位面积"][4].rstrip("平方米"), q2)))
    res.append(("conflicting_values", "286家", check_equal(inds["博览会参展企业数"][4].rstrip("家"), firms)))
    res.append(("conflicting_values", "4500", check_equal(inds["标准展位补贴标准"][4].rstrip("元/个"), p1)))
    res.append(("conflicting_values", "17.6", check_equal(inds["现场及意向成交额"][4].rstrip("亿元"), deal)))
    res.append(("conflicting_values", "5.28万人次 = 52,800", check_equal(n(inds["博览会入场观众"][4].rstrip("万人次")) * 10000, visitors)))
    res.append(("conflicting_values", "92.4%", check_equal(inds["参展企业满意度"][4].rstrip("%"), sat)))
    cnt = g(t, r"年初申报的(\d+)项绩效指标")
    res.append(("sum_mismatch", "8 indicators", None if int(cnt) == len(inds) else "sum_mismatch"))
    return res


# ================================================================ draft 4: 船山 2023
def checks_chuanshan(t):
    res = []
    fin, oth, ini = gs(t, r"年初批复财政资金(\d+)万元，另由区属园区平台公司承担客商接待等费用(\d+)万元，年初预算合计(\d+)万元")
    res.append(("sum_mismatch", "年初 = 财政 + 平台", check_sum([(fin, "万元"), (oth, "万元")], (ini, "万元"))))
    add, tot = gs(t, r"区财政追加(\d+)万元，调整后全年预算(\d+)万元")
    res.append(("sum_mismatch", "全年 = 年初 + 追加", check_sum([(ini, "万元"), (add, "万元")], (tot, "万元"))))
    y = g(t, r"截至(\d{4})年12月31日")
    res.append(("year_mismatch", "截至 year", None if int(y) == 2023 else "year_mismatch"))
    sp, rate, left, ycar = gs(t, r"全年支出([\d.]+)万元，执行率([\d.]+)%；未支出的([\d.]+)万元.*?结转至(\d{4})年")
    res.append(("rate_mismatch", "执行率", check_rate(sp, tot, rate)))
    res.append(("balance_mismatch", "未支出", None if agrees(left, n(tot) - n(sp)) else "balance_mismatch"))
    res.append(("year_mismatch", "carry-over year", None if int(ycar) > 2023 else "year_mismatch"))
    fsp, osp = gs(t, r"其中财政资金支出([\d.]+)万元，平台公司承担部分(\d+)万元已全部使用")
    res.append(("sum_mismatch", "支出 = 财政 + 平台", check_sum([(fsp, "万元"), (osp, "万元")], (sp, "万元"))))
    items = gs(t, r"推介会场地租赁及布展([\d.]+)万元、外出招商差旅([\d.]+)万元、客商接待([\d.]+)万元、宣传资料制作及招商信息采集([\d.]+)万元")
    res.append(("sum_mismatch", "支出用途", check_sum([(x, "万元") for x in items], (sp, "万元"))))
    ev, last, inc = gs(t, r"全年开展招商推介活动(\d+)场，较2022年的(\d+)场增加(\d+)场")
    res.append(("sum_mismatch", "26 = 21 + 5", check_sum([(last, "个"), (inc, "个")], (ev, "个"))))
    approx = g(t, r"单场活动平均经费约([\d.]+)万元")
    res.append(("average_mismatch", "约3.9", None if agrees(approx, n(sp) / n(ev)) else "average_mismatch"))
    signed = g(t, r"新签约项目(\d+)个，一至四季度")
    q = gs(t, r"一至四季度分别签约(\d+)个、(\d+)个、(\d+)个、(\d+)个")
    res.append(("sum_mismatch", "quarters", check_sum([(x, "个") for x in q], (signed, "个"))))
    inv = g(t, r"协议总投资([\d.]+)亿元")
    jobs = g(t, r"预计带动新增就业(\d+)人")
    tot_txt, grade = gs(t, r"综合得分([\d.]+)分，等级为(优秀|良好|合格|不合格|优|良|中|差)")
    res.append(("grade_mismatch", "grade", check_grade(tot_txt, grade)))
    w_exec, w_ind, w_out, w_ben = gs(t, r"预算执行情况(\d+)分，绩效指标(\d+)分（产出指标(\d+)分、效益指标(\d+)分）")
    res.append(("weight_sum_mismatch", "10 + 90", check_weights([w_exec, w_ind])))
    res.append(("weight_sum_mismatch", "60 + 30 = 90", check_weights([w_out, w_ben], w_ind)))
    # table
    rows = {}
    for ln in t[t.index("项目资金（万元）"):].split("\n"):
        c = ln.split("｜")
        rows[c[0]] = c
    tr = rows["资金总额"]
    comp = [rows[k] for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for col, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        res.append(("sum_mismatch", f"{lab} column", check_sum([(r[col], "万元") for r in comp], (tr[col], "万元"))))
    res.append(("rate_mismatch", "总额 执行率", check_rate(tr[3], tr[2], tr[5])))
    for r in comp:
        res.append(("rate_mismatch", r[0], check_rate(r[3], r[2], r[5])))
    res.append(("score_exceeds_weight", "execution row", None if n(tr[6]) <= n(tr[4]) else "score_exceeds_weight"))
    res.append(("conflicting_values", "年初 text/table", check_equal(ini, tr[1])))
    res.append(("conflicting_values", "全年 text/table", check_equal(tot, tr[2])))
    res.append(("conflicting_values", "支出 text/table", check_equal(sp, tr[3])))
    res.append(("conflicting_values", "rate text/table", check_equal(rate, tr[5].rstrip("%"))))
    res.append(("conflicting_values", "财政 年初", check_equal(fin, rows["财政资金"][1])))
    res.append(("conflicting_values", "财政 执行", check_equal(fsp, rows["财政资金"][3])))
    res.append(("conflicting_values", "exec weight", check_equal(w_exec, tr[4])))
    inds, out_w, ben_w, scores = {}, [], [], [tr[6]]
    for ln in t[t.index("一级指标｜"):].split("\n")[1:]:
        c = ln.split("｜")
        if c[0] not in ("产出指标", "效益指标"):
            continue
        name, op, unit, tg, ac, w, sc = c[2], c[3], c[4], c[5], c[6], c[7], c[8]
        inds[name] = c
        (out_w if c[0] == "产出指标" else ben_w).append(w)
        scores.append(sc)
        for code in check_indicator(op + tg, ac, w, sc, None, unit=unit, is_rate=name.endswith("率")):
            res.append((code, f"row {name}", code))
    res.append(("weight_sum_mismatch", "Σ 产出", check_weights(out_w, w_out)))
    res.append(("weight_sum_mismatch", "Σ 效益", check_weights(ben_w, w_ben)))
    res.append(("weight_sum_mismatch", "Σ all", check_weights(out_w + ben_w + [tr[4]])))
    res.append(("score_sum_mismatch", "Σ scores", check_scores(scores, tot_txt)))
    res.append(("average_mismatch", "table 单场平均", None if agrees(inds["单场活动平均经费"][6], n(tr[3]) / n(inds["招商推介活动场次"][6])) else "average_mismatch"))
    res.append(("conflicting_values", "26场", check_equal(inds["招商推介活动场次"][6], ev)))
    res.append(("conflicting_values", "32个", check_equal(inds["新签约项目个数"][6], signed)))
    res.append(("conflicting_values", "168.5 indicator", check_equal(inds["新签约项目协议投资额"][6], inv)))
    res.append(("conflicting_values", "1860", check_equal(inds["带动新增就业人数"][6], jobs)))
    goal = rows["总体目标完成情况"][1]
    g_ev, g_signed, g_inv = gs(goal, r"活动(\d+)场，新签约项目(\d+)个、协议投资([\d.]+)亿元")
    res.append(("conflicting_values", "总体目标 26", check_equal(g_ev, ev)))
    res.append(("conflicting_values", "总体目标 32", check_equal(g_signed, signed)))
    res.append(("conflicting_values", "总体目标 168.5", check_equal(g_inv, inv)))
    return res


# ================================================================ draft 5: 廊坊 2024 部门整体
def checks_langfang(t):
    res = []
    ini, add, tot, basic, proj = gs(t, r"年初预算([\d.]+)万元，5月为筹办经洽会追加项目经费([\d.]+)万元，全年预算([\d,.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    res.append(("sum_mismatch", "全年 = 年初 + 追加", check_sum([(ini, "万元"), (add, "万元")], (tot, "万元"))))
    res.append(("sum_mismatch", "全年 = 基本 + 项目", check_sum([(basic, "万元"), (proj, "万元")], (tot, "万元"))))
    sp, rate, y = gs(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，项目支出未执行部分已按规定结转至(\d{4})年")
    res.append(("rate_mismatch", "部门执行率", check_rate(sp, tot, rate)))
    res.append(("year_mismatch", "carry-over year", None if int(y) > 2024 else "year_mismatch"))
    b2, brate, staff, office = gs(t, r"基本支出([\d.]+)万元全部执行，执行率(\d+)%，其中人员经费([\d.]+)万元、公用经费([\d.]+)万元")
    res.append(("conflicting_values", "基本支出 restated", check_equal(b2, basic)))
    res.append(("rate_mismatch", "基本支出 100%", check_rate(b2, basic, brate)))
    res.append(("sum_mismatch", "基本 = 人员 + 公用", check_sum([(staff, "万元"), (office, "万元")], (b2, "万元"))))
    psp, prate = gs(t, r"项目支出执行([\d.]+)万元，执行率([\d.]+)%")
    res.append(("rate_mismatch", "项目执行率", check_rate(psp, proj, prate)))
    res.append(("sum_mismatch", "支出 = 基本 + 项目执行", check_sum([(b2, "万元"), (psp, "万元")], (sp, "万元"))))
    pb = gs(t, r"经洽会筹办经费([\d.]+)万元、驻外招商联络及招商活动经费([\d.]+)万元、招商项目策划及宣传推介经费([\d.]+)万元，合计([\d.]+)万元")
    res.append(("sum_mismatch", "三个项目预算", check_sum([(x, "万元") for x in pb[:3]], (pb[3], "万元"))))
    res.append(("conflicting_values", "项目支出 544", check_equal(pb[3], proj)))
    # table 1
    t1 = {}
    for ln in lines_between(t, "表1  2024", "二、部门整体")[2:]:
        c = ln.split("\t")
        if len(c) == 6:
            t1[c[0]] = c
    names = list(t1)
    for c in t1.values():
        res.append(("rate_mismatch", c[0], check_rate(c[2], c[1], c[3])))
        res.append(("balance_mismatch", c[0], None if agrees(c[4], n(c[1]) - n(c[2])) else "balance_mismatch"))
    res.append(("sum_mismatch", "表1 budgets", check_sum([(c[1], "万元") for c in t1.values()], (proj, "万元"))))
    res.append(("sum_mismatch", "表1 spent", check_sum([(c[2], "万元") for c in t1.values()], (psp, "万元"))))
    for i, x in enumerate(pb[:3]):
        res.append(("conflicting_values", f"budget {i}", check_equal(x, t1[names[i]][1])))
    # 产出/效益 prose
    ev = g(t, r"全年组织和参加招商推介活动(\d+)场")
    signed = g(t, r"全年新签约亿元以上项目(\d+)个")
    q = gs(t, r"一至四季度分别签约(\d+)个、(\d+)个、(\d+)个、(\d+)个")
    res.append(("sum_mismatch", "quarters", check_sum([(x, "个") for x in q], (signed, "个"))))
    perf = g(t, r"签约项目履约率(\d+)%，经洽会")
    jx, booth, nb, pbooth, act, promo = gs(t, r"经洽会筹办经费执行([\d.]+)万元，其中展馆租赁及标准展位搭建([\d.]+)万元（共搭建标准展位(\d+)个，每个(\d+)元），专题推介及对接活动组织([\d.]+)万元，宣传推广([\d.]+)万元")
    res.append(("sum_mismatch", "经洽会 parts", check_sum([(booth, "万元"), (act, "万元"), (promo, "万元")], (jx, "万元"))))
    res.append(("sum_mismatch", "booths × price", check_sum([(str(n(nb) * n(pbooth)), "元")], (booth, "万元"))))
    res.append(("conflicting_values", "经洽会执行 text/表1", check_equal(jx, t1[names[0]][2])))
    m = re.search(r"新签约项目总投资([\d.]+)亿元，其中先进制造业项目投资([\d.]+)(亿元|万元)、现代商贸物流项目投资([\d.]+)(亿元|万元)、电子信息及数字经济项目投资([\d.]+)(亿元|万元)", t)
    if not m:
        raise Missing("投资 parts")
    inv = m.group(1)
    res.append(("sum_mismatch", "投资 parts", check_sum([(m.group(2), m.group(3)), (m.group(4), m.group(5)), (m.group(6), m.group(7))], (inv, "亿元"))))
    jobs = g(t, r"带动新增就业约(\d+)人")
    sat = g(t, r"满意度([\d.]+)%，低于")
    tot_txt, grade = gs(t, r"部门整体支出自评得分(\d+)分，等级为“(.+?)”")
    res.append(("grade_mismatch", "grade", check_grade(tot_txt, grade)))
    s3 = gs(t, r"三个项目自评得分分别为(\d+)分、(\d+)分和(\d+)分，平均得分([\d.]+)分")
    res.append(("average_mismatch", "项目平均分", None if agrees(s3[3], sum(n(x) for x in s3[:3]) / 3) else "average_mismatch"))
    for i in range(3):
        res.append(("conflicting_values", f"project score {i}", check_equal(s3[i], t1[names[i]][5])))
        res.append(("grade_mismatch", f"project grade {i}", check_grade(s3[i], "优")))
    # table 2
    inds, weights, scores = {}, [], []
    total_w = total_s = None
    for ln in lines_between(t, "表2  2024", "五、存在的问题")[2:]:
        c = ln.split("\t")
        if len(c) < 7:
            continue
        if c[0] == "合计":
            total_w, total_s = c[5], c[6]
            continue
        inds[c[2]] = c
        weights.append(c[5])
        scores.append(c[6])
        for code in check_indicator(c[3], c[4], c[5], c[6]):
            res.append((code, f"row {c[2]}", code))
    res.append(("weight_sum_mismatch", "Σ weights", check_weights(weights, total_w)))
    res.append(("weight_sum_mismatch", "合计 100", None if n(total_w) == 100 else "weight_sum_mismatch"))
    res.append(("score_sum_mismatch", "Σ scores", check_scores(scores, total_s)))
    res.append(("conflicting_values", "total text/table", check_equal(tot_txt, total_s)))
    res.append(("conflicting_values", "执行率", check_equal(inds["部门预算执行率"][4].rstrip("%"), rate)))
    res.append(("conflicting_values", "46场", check_equal(inds["组织招商推介活动"][4].rstrip("场"), ev)))
    res.append(("conflicting_values", "58个", check_equal(inds["新签约亿元以上项目"][4].rstrip("个"), signed)))
    res.append(("conflicting_values", "86%", check_equal(inds["签约项目履约率"][4].rstrip("%"), perf)))
    res.append(("conflicting_values", "预算上限", check_equal(inds["部门支出控制在全年预算以内"][3].lstrip("≤").rstrip("万元"), tot)))
    res.append(("conflicting_values", "支出", check_equal(inds["部门支出控制在全年预算以内"][4].rstrip("万元"), sp)))
    res.append(("conflicting_values", "380", check_equal(inds["新签约项目总投资"][4].rstrip("亿元"), inv)))
    res.append(("conflicting_values", "4800", check_equal(inds["带动新增就业"][4].rstrip("人"), jobs)))
    res.append(("conflicting_values", "91.2", check_equal(inds["服务企业满意度"][4].rstrip("%"), sat)))
    return res


CHECKS = {
    "sd-zhoucun-huizhan-2022": checks_zhoucun,
    "ha-luohe-zhaoshang-2019": checks_luohe,
    "hn-liuyang-huabohui-2021": checks_liuyang,
    "sc-chuanshan-zhaoshang-2023": checks_chuanshan,
    "he-langfang-tucuju-bumen-2024": checks_langfang,
}


def run_checks(sid, text):
    """Return (number of checks, list of (code, description)) for the failing checks."""
    try:
        res = CHECKS[sid](text)
    except (Missing, KeyError, ValueError, IndexError, ArithmeticError) as exc:
        return 0, [("parse_error", repr(exc))]
    return len(res), [(r[2], f"{r[0]}: {r[1]}") for r in res if r[2] is not None]


def changed_region(a, b):
    """Common prefix/suffix diff: the changed span [p, len(b)-s) of b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    texts = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            problems.append(f"missing file {lab['case']}")
            continue
        with open(path, encoding="utf-8") as fh:
            texts[lab["case"]] = fh.read()
    files = set(os.listdir(CASES))
    if files != set(texts):
        problems.append(f"files without labels: {sorted(files - set(texts))}")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        name, sid = lab["case"], lab["source"]
        text = texts.get(name)
        if text is None:
            continue
        nlen = len(text)
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if not 2800 <= nlen <= 3400:
                problems.append(f"{name}: length {nlen} outside 2800–3400")
            total, fails = run_checks(sid, text)
            if fails or total < 30:
                problems.append(f"{name}: clean draft fails {fails} (checks run: {total})")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES:
            problems.append(f"{name}: unknown code {code}")
            continue
        if exp.get("severity") != "error":
            problems.append(f"{name}: severity must be error")
        counts[code] += 1
        if value not in text:
            problems.append(f"{name}: value {value!r} not in case")
            continue
        clean = texts[sid + "-clean.txt"]
        p, e_end, c_end = changed_region(clean, text)
        if p >= e_end and p >= c_end:
            problems.append(f"{name}: identical to its clean draft")
            continue
        # the changed span must be short and lie inside an occurrence of the value
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o <= p and max(e_end, p + 1) <= o + len(value) for o in occ):
            problems.append(f"{name}: change [{p},{e_end}) not inside value {value!r}")
        if e_end - p > 12 or c_end - p > 12:
            problems.append(f"{name}: change too long ({clean[p:c_end]!r} -> {text[p:e_end]!r})")
        total, fails = run_checks(sid, text)
        codes = {c for c, _ in fails}
        if code not in codes:
            problems.append(f"{name}: labelled {code} does not fail (failing: {fails})")
        if codes - {code}:
            problems.append(f"{name}: other codes fail: {[f for f in fails if f[0] != code]}")
    for c, k in counts.items():
        if k < 2:
            problems.append(f"code {c} used {k} times (< 2)")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("cases:", len(labels), "| per code:", ", ".join(f"{c}={k}" for c, k in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
