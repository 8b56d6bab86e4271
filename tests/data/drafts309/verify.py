#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels.jsonl: 35 cases, every label value occurs in its case, each error case differs from its clean draft
   in one contiguous place that overlaps the label value, every one of the 13 codes of errors.md §A occurs >= 2
   times, the changed figure is stated only once in the clean draft (except for conflicting_values, where it is
   stated twice on purpose, and for the few generic cells listed in GENERIC_OK).
2. The arithmetic of every clean draft is redone from the text (rules.md §5-§8, Decimal, ROUND_HALF_UP,
   tolerance from the stated decimals): every check must pass.
3. The same checks on every error case: the labelled code must fail and no other error-level code may fail.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]

N = r"(\d[\d,]*(?:\.\d+)?)"


# ----------------------------------------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(",", "").strip().rstrip("%"))


def ndp(s):
    s = str(s).replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def half(s):
    return Decimal("0.5") * (Decimal(10) ** (-ndp(s))) + Decimal("1e-9")


def q2(x):
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


def is_num(s):
    return re.fullmatch(r"\d[\d,]*(?:\.\d+)?", str(s).strip()) is not None


class Checker:
    """Collects (code, severity, message) for failed checks."""

    def __init__(self):
        self.fails = []

    def fail(self, code, msg, sev="error"):
        self.fails.append((code, sev, msg))

    def calc(self, code, stated, computed, msg, sev="error"):
        """stated (string, decimals counted) against a computed Decimal."""
        if abs(D(stated) - computed) > half(stated):
            self.fail(code, f"{msg}: stated {stated}, computed {q2(computed)}", sev)

    def same(self, code, a, b, msg, sev="error"):
        """Two statements of the same quantity (each may be rounded to its own decimals)."""
        if abs(D(a) - D(b)) > max(half(a), half(b)):
            self.fail(code, f"{msg}: {a} vs {b}", sev)

    def cond(self, code, ok, msg, sev="error"):
        if not ok:
            self.fail(code, msg, sev)

    def errors(self):
        return sorted({c for c, s, m in self.fails if s == "error"})


def one(t, pat, flags=0):
    ms = list(re.finditer(pat, t, flags))
    if len(ms) != 1:
        raise AssertionError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


def grade_of(total):
    x = D(total)
    if x >= 90:
        return "优"
    if x >= 80:
        return "良"
    if x >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def check_grade(C, total, grade):
    C.cond("grade_mismatch", GRADE_NORM[grade] == grade_of(total), f"grade {grade} for total {total}")


def rate_cell(C, stated, num, den, msg):
    """A rate cell: zero base -> must be '—' or 0; otherwise compare and bound by 100%."""
    s = stated.strip().rstrip("%")
    if D(den) == 0:
        C.cond("implausible_rate", s in ("—", "-", "") or (is_num(s) and D(s) == 0),
               f"{msg}: rate {stated} on a zero base")
        return
    if not is_num(s):
        C.fail("rate_mismatch", f"{msg}: rate cell {stated!r} not a number")
        return
    C.calc("rate_mismatch", s, D(num) / D(den) * 100, msg)
    C.cond("implausible_rate", D(s) <= 100, f"{msg}: rate {stated} above 100%")


def exec_score(C, rate_str, num, den, weight, score, msg):
    """Execution score = weight x min(rate, 100%) from the unrounded or the stated rate (warning)."""
    C.cond("score_exceeds_weight", D(score) <= D(weight) and D(score) >= 0, f"{msg}: score {score} > {weight}")
    if D(den) == 0:
        return
    r1 = min(D(num) / D(den), Decimal(1))
    cands = [D(weight) * r1]
    s = rate_str.strip().rstrip("%")
    if is_num(s):
        cands.append(D(weight) * min(D(s) / 100, Decimal(1)))
    if all(abs(D(score) - c) > half(score) for c in cands):
        C.fail("score_rule_mismatch", f"{msg}: execution score {score} vs {q2(cands[0])}", "warning")


# -------------------------------------------------------------------------------------- indicator rows
SIGN = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}


def parse_target(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return None  # a date
    m = re.fullmatch(r"(≥|≤|＞|＜|>|<|=|＝)?\s*(\d+(?:\.\d+)?)\s*(.*)", s)
    if not m:
        return None
    return (SIGN.get(m.group(1) or "=", "eq"), m.group(2), m.group(3).strip())


def parse_actual(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(.*)", s)
    if not m:
        return None
    return (m.group(1), m.group(2).strip())


RATE_NAME = re.compile(r"(率|满意度|比例)")
CHANGE_NAME = re.compile(r"(提升|下降|增长|降低)")


def indicator_rows(C, rows):
    """rows: dicts with name, target, actual, comp (or None), w, s."""
    for r in rows:
        name = r["name"]
        w, s = r["w"], r["s"]
        C.cond("score_exceeds_weight", D(s) <= D(w) and D(s) >= 0, f"{name}: score {s} vs weight {w}")
        t = parse_target(r["target"])
        a = parse_actual(r["actual"])
        if t is None or a is None:
            continue
        direction, tv, tu = t
        av, au = a
        if tu != au:
            C.fail("unit_mismatch", f"{name}: target unit {tu!r} vs actual unit {au!r}")
            continue
        if au == "%" and RATE_NAME.search(name) and not CHANGE_NAME.search(name):
            C.cond("implausible_rate", D(av) <= 100, f"{name}: {av}% above 100%")
        T, A = D(tv), D(av)
        if direction == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100 if T != 0 else (Decimal(100) if A <= 0 else Decimal(0))
        if r.get("comp") is not None and is_num(r["comp"].rstrip("%")):
            C.calc("completion_mismatch", r["comp"].rstrip("%"), comp, f"{name}: completion")
        cands = [D(w) * min(comp, Decimal(100)) / 100]
        if r.get("comp") is not None and is_num(r["comp"].rstrip("%")):
            cands.append(D(w) * min(D(r["comp"].rstrip("%")), Decimal(100)) / 100)
        if all(abs(D(s) - c) > half(s) for c in cands):
            C.fail("score_rule_mismatch", f"{name}: score {s} vs rule {q2(cands[0])}", "warning")


def rows_by_sep(t, sep):
    out = []
    for line in t.splitlines():
        if sep == "spaces":
            if re.search(r"\S {2,}\S", line):
                out.append(re.split(r" {2,}", line.strip()))
        elif sep in line:
            out.append([c.strip() for c in line.split(sep)])
    return out


def block_after(t, header_start, sep):
    """Rows of the table whose header line starts with header_start (up to the first line without sep)."""
    lines = t.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(header_start) and sep in line:
            rows = []
            for l2 in lines[i + 1:]:
                if sep not in l2:
                    break
                rows.append([c.strip() for c in l2.split(sep)])
            return rows
    raise AssertionError(f"table {header_start!r} not found")


# ------------------------------------------------------------------------------------------- projects
def p_yuhuan(t):
    C = Checker()
    Y = 2022
    C.cond("year_mismatch", int(one(t, r"\n(\d{4})年度城区智能交通").group(1)) == Y, "title year")
    C.cond("year_mismatch", int(one(t, r"做好(\d{4})年度市级部门").group(1)) == Y, "notice year")
    adv = int(one(t, r"已于(\d{4})年12月随提前下达").group(1))
    C.cond("year_mismatch", adv in (Y - 1, Y), "advance issue year")
    C.cond("year_mismatch", int(one(t, r"截至(\d{4})年12月31日").group(1)) == Y, "截至 year")
    C.cond("year_mismatch", int(one(t, r"结转至(\d{4})年继续使用").group(1)) > Y, "carry-over year")
    # prose funds
    init = one(t, r"市级财政安排资金" + N + "万元").group(1)
    add = one(t, r"市财政追加" + N + "万元").group(1)
    carry = one(t, r"等上年结转资金" + N + "万元").group(1)
    annual = one(t, r"全年预算数为" + N + "万元").group(1)
    spent = one(t, r"全年实际支出" + N + "万元").group(1)
    m = one(t, r"当年财政拨款" + N + r"万元，实际支出" + N + r"万元，执行率" + N + "%")
    app, app_sp, app_rate = m.groups()
    carry2 = one(t, r"上年结转资金" + N + "万元已全部付清").group(1)
    unpaid = one(t, r"尚未支付的" + N + "万元").group(1)
    C.calc("sum_mismatch", app, D(init) + D(add), "380 + 追加 = 当年财政拨款")
    C.calc("sum_mismatch", annual, D(app) + D(carry), "当年财政拨款 + 上年结转 = 全年预算")
    C.calc("rate_mismatch", app_rate, D(app_sp) / D(app) * 100, "当年财政拨款执行率")
    C.cond("implausible_rate", D(app_rate) <= 100, "sub-rate > 100")
    C.calc("balance_mismatch", unpaid, D(annual) - D(spent), "unspent = 全年预算 - 执行")
    C.same("conflicting_values", carry, carry2, "上年结转 twice")
    # funds table
    rows = {r[0]: r for r in rows_by_sep(t, "｜")}
    tot, a1, a2, a3 = (rows["年度资金总额"], rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"])
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        C.calc("sum_mismatch", tot[col], D(a1[col]) + D(a2[col]) + D(a3[col]), f"funds {nm} column")
    rate_cell(C, tot[5], tot[3], tot[2], "funds 执行率")
    exec_score(C, tot[5], tot[3], tot[2], tot[4], tot[6], "funds")
    C.same("conflicting_values", annual, tot[2], "全年预算 text/table")
    C.same("conflicting_values", spent, tot[3], "全年执行 text/table")
    C.same("conflicting_values", app, a1[2], "当年财政拨款 text/table")
    C.same("conflicting_values", app_sp, a1[3], "当年财政拨款支出 text/table")
    C.same("conflicting_values", init, a1[1], "年初 text/table")
    C.same("conflicting_values", carry, a2[2], "上年结转 text/table")
    C.cond("conflicting_values", D(a2[3]) == D(a2[2]), "上年结转 全部付清 but 执行 != 预算")
    C.same("conflicting_values", one(t, r"预算执行情况（分值" + N + "分）").group(1), tot[4], "exec weight")
    # indicator table
    ind = [r for r in rows_by_sep(t, "｜") if r[0] in ("产出指标", "效益指标", "满意度指标")]
    irows = [dict(name=r[2], target=r[3], actual=r[4], comp=r[5], w=r[6], s=r[7]) for r in ind]
    indicator_rows(C, irows)
    total_row = rows["总分"]
    wsum = sum(D(r["w"]) for r in irows)
    C.cond("weight_sum_mismatch", wsum == D(one(t, r"绩效指标完成情况（分值" + N + "分）").group(1)),
           f"indicator weights {wsum} vs heading")
    C.cond("weight_sum_mismatch", wsum + D(tot[4]) == 100 and D(total_row[6]) == 100, "weights total 100")
    ssum = sum(D(r["s"]) for r in irows) + D(tot[6])
    C.calc("score_sum_mismatch", total_row[7], ssum, "总分 row vs row scores + execution")
    total_text = one(t, r"本项目自评得分" + N + "分").group(1)
    C.same("conflicting_values", total_text, total_row[7], "total text/table")
    check_grade(C, total_text, one(t, r"评价等级为“(.+?)”").group(1))
    byname = {r["name"]: r for r in irows}
    C.same("conflicting_values", one(t, r"全年完成" + N + "个路口").group(1),
           parse_actual(byname["信号机升级改造路口数"]["actual"])[0], "路口数 text/table")
    C.same("conflicting_values", one(t, r"建成干线绿波" + N + "条").group(1),
           parse_actual(byname["干线绿波协调控制线路"]["actual"])[0], "绿波 text/table")
    C.same("conflicting_values", one(t, r"配时方案优化完成" + N + "个路口").group(1),
           parse_actual(byname["配时方案优化路口数"]["actual"])[0], "配时 text/table")
    C.same("conflicting_values", one(t, r"较改造前提高" + N + "%").group(1),
           parse_actual(byname["主干道高峰平均通行速度提升"]["actual"])[0], "speed text/table")
    C.same("conflicting_values", one(t, r"路口平均停车次数下降" + N + "%。").group(1),
           parse_actual(byname["路口平均停车次数下降"]["actual"])[0], "stops text/table")
    m = one(t, r"由每小时" + N + r"公里提高到" + N + "公里")
    C.calc("rate_mismatch", parse_actual(byname["主干道高峰平均通行速度提升"]["actual"])[0],
           (D(m.group(2)) - D(m.group(1))) / D(m.group(1)) * 100, "speed gain from km/h")
    return C


def p_xinzhou(t):
    C = Checker()
    Y = 2020
    C.cond("year_mismatch", int(one(t, r"关于(\d{4})年度城区公共停车").group(1)) == Y, "title year")
    C.cond("year_mismatch", int(one(t, r"开展(\d{4})年度区级预算").group(1)) == Y, "notice year")
    C.cond("year_mismatch", int(one(t, r"列为(\d{4})年城市管理").group(1)) == Y, "plan year")
    C.cond("year_mismatch", int(one(t, r"截至(\d{4})年末").group(1)) == Y, "截至 year")
    C.cond("year_mismatch", int(one(t, r"已结转至(\d{4})年").group(1)) > Y, "carry-over year")
    m = one(t, r"项目全年预算" + N + r"万元，其中省级城市基础设施建设补助资金" + N + r"万元（(\d{4})年12月提前下达），区级财政资金" + N + "万元")
    annual, prov, adv, dist = m.groups()
    C.cond("year_mismatch", int(adv) in (Y - 1, Y), "advance year")
    C.calc("sum_mismatch", annual, D(prov) + D(dist), "省级 + 区级 = 全年预算")
    spent = one(t, r"累计支出" + N + "万元").group(1)
    rec_rate = one(t, r"全部到位，到位率" + N + "%").group(1)
    bal = one(t, r"尚未支付的结余" + N + "万元").group(1)
    # funds table
    f = {r[0]: r for r in block_after(t, "资金来源 | ", " | ")}
    tot = f["合计"]
    comps = [f["省级补助资金"], f["区级财政资金"], f["其他资金"]]
    for col, nm in ((1, "预算"), (2, "到位"), (3, "支出")):
        C.calc("sum_mismatch", tot[col], sum(D(r[col]) for r in comps), f"funds {nm} column")
    for r in comps + [tot]:
        rate_cell(C, r[4], r[2], r[1], f"{r[0]} 到位率")
        rate_cell(C, r[5], r[3], r[1], f"{r[0]} 执行率")
    C.same("conflicting_values", annual, tot[1], "全年预算 text/table")
    C.same("conflicting_values", prov, f["省级补助资金"][1], "省级 text/table")
    C.same("conflicting_values", dist, f["区级财政资金"][1], "区级 text/table")
    C.same("conflicting_values", spent, tot[3], "支出 text/table")
    C.calc("rate_mismatch", rec_rate, D(tot[2]) / D(annual) * 100, "prose 到位率")
    C.calc("balance_mismatch", bal, D(tot[2]) - D(spent), "结余 = 到位 - 支出")
    # expenditure breakdown
    items = block_after(t, "支出内容 | ", " | ")
    it_total = [r for r in items if r[0] == "合计"][0]
    it = [r for r in items if r[0] != "合计"]
    C.calc("sum_mismatch", it_total[1], sum(D(r[1]) for r in it), "支出明细 合计")
    C.same("conflicting_values", it_total[1], tot[3], "支出明细合计 vs funds 支出")
    screens = [r for r in it if r[0] == "智慧停车诱导屏"][0][1]
    unit_price = one(t, r"按每块" + N + "万元").group(1)
    # execution block
    m = one(t, r"全年预算" + N + r"万元，实际支出" + N + r"万元，执行率" + N + r"%，得分" + N + "分")
    eb, es, er, esc = m.groups()
    C.same("conflicting_values", eb, annual, "exec block 预算")
    C.same("conflicting_values", es, spent, "exec block 支出")
    C.calc("rate_mismatch", er, D(es) / D(eb) * 100, "exec block 执行率")
    C.same("conflicting_values", er, tot[5], "执行率 text/table")
    ew = one(t, r"（一）预算执行率（" + N + "分）").group(1)
    exec_score(C, er, es, eb, ew, esc, "exec block")
    C.calc("score_sum_mismatch", one(t, r"预算执行率扣" + N + "分").group(1), D(ew) - D(esc), "扣分")
    # indicator tables under headings
    lines = t.splitlines()
    levels = {}
    cur = None
    for i, line in enumerate(lines):
        mh = re.match(r"（[一二三四五]）(产出指标|效益指标|满意度指标)（" + N + "分）", line)
        if mh:
            cur = (mh.group(1), mh.group(2))
            levels[cur[0]] = dict(weight=cur[1], rows=[])
            continue
        if cur and line.startswith("三级指标 | "):
            for l2 in lines[i + 1:]:
                if " | " not in l2:
                    break
                c = [x.strip() for x in l2.split(" | ")]
                levels[cur[0]]["rows"].append(dict(name=c[0], target=c[1], actual=c[2], comp=c[3], w=c[4], s=c[5]))
            cur = None
    allrows = []
    for lvl, L in levels.items():
        indicator_rows(C, L["rows"])
        C.cond("weight_sum_mismatch", sum(D(r["w"]) for r in L["rows"]) == D(L["weight"]),
               f"{lvl}: rows vs heading {L['weight']}")
        allrows += L["rows"]
    C.cond("weight_sum_mismatch", D(ew) + sum(D(L["weight"]) for L in levels.values()) == 100, "headings total 100")
    total = one(t, r"综合得分" + N + "分").group(1)
    C.calc("score_sum_mismatch", total, D(esc) + sum(D(r["s"]) for r in allrows), "综合得分")
    check_grade(C, total, one(t, r"评价等级为“(.+?)”").group(1))
    byname = {r["name"]: r for r in allrows}
    n_screens = parse_actual(byname["智慧停车诱导屏"]["actual"])[0]
    C.calc("sum_mismatch", screens, D(unit_price) * D(n_screens), "诱导屏 8 x 单价")
    n_bays = parse_actual(byname["新建公共停车泊位"]["actual"])[0]
    cost = parse_actual(byname["单个泊位建设成本"]["actual"])[0]
    C.calc("average_mismatch", cost, D(spent) * 10000 / D(n_bays), "average cost per bay (元)")
    C.same("conflicting_values", one(t, r"新建公共停车泊位不少于" + N + "个").group(1),
           parse_target(byname["新建公共停车泊位"]["target"])[1], "target text/table")
    C.same("conflicting_values", one(t, r"年内建成公共停车泊位不少于" + N + "个").group(1),
           parse_target(byname["新建公共停车泊位"]["target"])[1], "target text/table")
    return C


def p_yuzhou(t):
    C = Checker()
    Y = 2019
    C.cond("year_mismatch", int(one(t, r"大队(\d{4})年度交通违法").group(1)) == Y, "title year")
    C.cond("year_mismatch", int(one(t, r"\n(\d{4})年项目全年预算").group(1)) == Y, "budget year")
    C.cond("year_mismatch", int(one(t, r"已按规定结转至(\d{4})年").group(1)) > Y, "carry-over year")
    C.cond("year_mismatch", int(one(t, r"开展(\d{4})年度项目支出").group(1)) == Y, "notice year")
    m = one(t, r"项目全年预算" + N + r"万元，其中运维服务费" + N + r"万元、设备维修更换费" + N + "万元")
    annual, b1, b2 = m.groups()
    C.calc("sum_mismatch", annual, D(b1) + D(b2), "components of 全年预算")
    m = one(t, r"运维服务费支出" + N + r"万元，执行率" + N + r"%；设备维修更换支出" + N + r"万元，执行率" + N + "%")
    s1, r1, s2, r2 = m.groups()
    C.calc("rate_mismatch", r1, D(s1) / D(b1) * 100, "运维服务费执行率")
    C.calc("rate_mismatch", r2, D(s2) / D(b2) * 100, "设备更换执行率")
    # funds table (tab)
    hdr = [r for r in rows_by_sep(t, "\t") if r[0] == "全年预算数"]
    idx = [i for i, r in enumerate(rows_by_sep(t, "\t")) if r[0] == "全年预算数"][0]
    fr = rows_by_sep(t, "\t")[idx + 1]
    fb, frec, fsp, fbal, frr, fer, fw, fsc = fr[:8]
    C.calc("sum_mismatch", fsp, D(s1) + D(s2), "component spending vs table 支出")
    C.same("conflicting_values", annual, fb, "全年预算 text/table")
    C.calc("balance_mismatch", fbal, D(frec) - D(fsp), "结余 = 到位 - 支出")
    rate_cell(C, frr, frec, fb, "到位率")
    rate_cell(C, fer, fsp, fb, "执行率")
    C.cond("rate_mismatch", D(frec) == D(fb), "资金全部拨付到位 but 到位 != 预算")
    exec_score(C, fer, fsp, fb, fw, fsc, "funds")
    # average
    m = one(t, r"分别为" + N + "%、" + N + "%、" + N + "%、" + N + r"%，全年平均在线率" + N + "%")
    qs, avg = m.groups()[:4], m.group(5)
    C.calc("average_mismatch", avg, sum(D(x) for x in qs) / 4, "average online rate")
    # indicator table
    ind = [r for r in rows_by_sep(t, "\t") if r[0] in ("产出指标", "效益指标", "满意度指标")]
    irows = [dict(name=r[2], target=r[3], actual=r[4], comp=None, w=r[5], s=r[6]) for r in ind]
    indicator_rows(C, irows)
    tot = [r for r in rows_by_sep(t, "\t") if r[0] == "合计"][0]
    tw, ts = [c for c in tot[1:] if c][:2]
    wsum = sum(D(r["w"]) for r in irows)
    C.cond("weight_sum_mismatch", wsum == D(tw), f"row weights {wsum} vs 合计 {tw}")
    C.cond("weight_sum_mismatch", wsum + D(fw) == 100, "weights + execution = 100")
    for lvl, want in (("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)):
        s = sum(D(r[5]) for r in ind if r[0] == lvl)
        C.cond("weight_sum_mismatch", s == want, f"{lvl} weights {s}")
    C.calc("score_sum_mismatch", ts, sum(D(r["s"]) for r in irows), "合计 得分")
    m = one(t, r"本项目预算执行率得分" + N + r"分，自评总分" + N + r"分，评价等级为(.)")
    C.same("conflicting_values", m.group(1), fsc, "exec score text/table")
    C.calc("score_sum_mismatch", m.group(2), D(fsc) + D(ts), "总分 = execution + 合计")
    C.calc("score_sum_mismatch", m.group(2), D(fsc) + sum(D(r["s"]) for r in irows), "总分 = execution + rows")
    check_grade(C, m.group(2), m.group(3))
    byname = {r["name"]: r for r in irows}
    C.same("conflicting_values", one(t, r"全年实际巡检" + N + "次").group(1),
           parse_actual(byname["设备定期巡检次数"]["actual"])[0], "巡检 text/table")
    C.same("conflicting_values", one(t, r"全年录入交通违法行为" + N + "万起").group(1),
           parse_actual(byname["全年录入交通违法行为"]["actual"])[0], "录入 text/table")
    C.same("conflicting_values", one(t, r"重点路口交通事故同比下降" + N + "%").group(1),
           parse_actual(byname["重点路口交通事故同比下降"]["actual"])[0], "事故 text/table")
    C.same("conflicting_values", one(t, r"故障平均修复时长为" + N + "小时").group(1),
           parse_actual(byname["故障平均修复时长"]["actual"])[0], "修复时长 text/table")
    dev = parse_actual(byname["前端抓拍设备运维数量"]["actual"])
    if dev and dev[1] == "套":
        cost = parse_actual(byname["单套设备年运维费用"]["actual"])[0]
        C.calc("average_mismatch", cost, D(s1) * 10000 / D(dev[0]), "运维费 per device (元)")
    return C


def p_longchang(t):
    C = Checker()
    Y = 2023
    C.cond("year_mismatch", int(one(t, r"\n(\d{4})年道路交通安全宣传教育项目").group(1)) == Y, "title year")
    C.cond("year_mismatch", int(one(t, r"\n(\d{4})年度绩效目标为").group(1)) == Y, "goal year")
    C.cond("year_mismatch", int(one(t, r"截至(\d{4})年12月31日").group(1)) == Y, "截至 year")
    C.cond("year_mismatch", int(one(t, r"自评表（(\d{4})年度）").group(1)) == Y, "table year")
    back = int(one(t, r"已于(\d{4})年1月按规定收回").group(1))
    C.cond("year_mismatch", back in (Y, Y + 1), "return year")
    init = one(t, r"项目年初预算" + N + "万元").group(1)
    m = one(t, r"市财政追加" + N + r"万元，调整后预算" + N + "万元")
    add, annual = m.groups()
    C.calc("sum_mismatch", annual, D(init) + D(add), "年初 + 追加 = 调整后")
    spent = one(t, r"实际支出" + N + "万元").group(1)
    bal = one(t, r"结余" + N + "万元已于").group(1)
    C.calc("balance_mismatch", bal, D(annual) - D(spent), "结余 = 调整后预算 - 支出")
    rows = rows_by_sep(t, "spaces")
    f = {r[0]: r for r in rows}
    tot = f["年度资金总额"]
    comps = [f["其中：财政资金"], f["财政专户管理资金"], f["单位资金"], f["其他资金"]]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        C.calc("sum_mismatch", tot[col], sum(D(r[col]) for r in comps), f"funds {nm}")
    rate_cell(C, tot[5], tot[3], tot[2], "执行率")
    exec_score(C, tot[5], tot[3], tot[2], tot[4], tot[6], "funds")
    C.same("conflicting_values", init, tot[1], "年初 text/table")
    C.same("conflicting_values", annual, tot[2], "调整后 text/table")
    C.same("conflicting_values", spent, tot[3], "支出 text/table")
    m = one(t, r"按照预算执行率" + N + r"分、绩效指标" + N + "分")
    C.same("conflicting_values", m.group(1), tot[4], "exec weight text/table")
    ind = [r for r in rows if r[0] in ("产出指标", "效益指标")]
    for r in ind:
        assert len(r) == 11, r
    irows = [dict(name=r[2], target=r[3] + r[4] + ("" if r[5] == "%" else "") + r[5], actual=r[6] + r[5],
                  comp=r[7], w=r[8], s=r[9]) for r in ind]
    indicator_rows(C, irows)
    wsum = sum(D(r["w"]) for r in irows)
    C.cond("weight_sum_mismatch", wsum == D(m.group(2)), f"indicator weights {wsum} vs {m.group(2)}")
    C.cond("weight_sum_mismatch", wsum + D(tot[4]) == 100, "weights total 100")
    m2 = one(t, r"项目自评得分" + N + r"分（其中预算执行率得分" + N + r"分），评价等级为(.)")
    C.same("conflicting_values", m2.group(2), tot[6], "exec score text/table")
    C.calc("score_sum_mismatch", m2.group(1), D(tot[6]) + sum(D(r["s"]) for r in irows), "自评得分")
    check_grade(C, m2.group(1), m2.group(3))
    by = {r[2]: r for r in ind}
    pairs = [(r"全年进校园开展宣传" + N + "场次", "进校园宣传活动", 6),
             (r"进农村（村社）宣传" + N + "场次", "进农村（村社）宣传活动", 6),
             (r"发放宣传资料" + N + "万份", "发放宣传资料", 6),
             (r"发布宣传信息" + N + "条", "新媒体平台发布宣传信息", 6),
             (r"单场平均成本" + N + "元", "单场进校园活动成本", 6),
             (r"死亡人数同比下降" + N + "%，", "道路交通事故死亡人数同比下降", 6),
             (r"抽测知晓率" + N + "%", "中小学生交通安全知识知晓率", 6),
             (r"文明出行率为" + N + "%", "交通参与者文明出行率", 6),
             (r"进校园宣传活动不少于" + N + "场次", "进校园宣传活动", 4),
             (r"进农村（村社）宣传活动不少于" + N + "场次", "进农村（村社）宣传活动", 4),
             (r"发放宣传资料不少于" + N + "万份", "发放宣传资料", 4),
             (r"发布宣传信息不少于" + N + "条", "新媒体平台发布宣传信息", 4),
             (r"知晓率达到" + N + "%以上", "中小学生交通安全知识知晓率", 4),
             (r"死亡人数同比下降" + N + "%以上", "道路交通事故死亡人数同比下降", 4),
             (r"低于" + N + "元的控制标准", "单场进校园活动成本", 4)]
    for pat, nm, col in pairs:
        C.same("conflicting_values", one(t, pat).group(1), by[nm][col], f"{nm} text/table")
    return C


def p_xiaochang(t, scale=None):
    C = Checker()
    Y = 2024
    C.cond("year_mismatch", int(one(t, r"大队(\d{4})年度部门整体支出").group(1)) == Y, "title year")
    C.cond("year_mismatch", int(one(t, r"\n(\d{4})年大队年初预算").group(1)) == Y, "budget year")
    C.cond("year_mismatch", int(one(t, r"开展(\d{4})年度预算绩效自评").group(1)) == Y, "notice year")
    C.cond("year_mismatch", int(one(t, r"大队(\d{4})年部门整体支出自评得分").group(1)) == Y, "score year")
    adv = int(one(t, r"县财政于(\d{4})年12月提前下达").group(1))
    C.cond("year_mismatch", adv in (Y - 1, Y), "advance year")
    C.cond("year_mismatch", int(one(t, r"已结转至(\d{4})年支付").group(1)) > Y, "carry-over year")
    C.cond("year_mismatch", int(one(t, r"截至(\d{4})年底").group(1)) == Y, "staff year")
    v = {}
    m = one(t, r"年初预算" + N + r"万元，年中追加.*?等" + N + r"万元，调整后全年预算" + N + "万元")
    v["init"], v["add"], v["annual"] = m.groups()
    m = one(t, r"基本支出" + N + r"万元，项目支出" + N + "万元。")
    v["b_basic"], v["b_proj"] = m.groups()
    m = one(t, r"标志标线完善工程" + N + r"万元、交通违法抓拍设备运维" + N + r"万元、交通信号灯维护" + N
            + r"万元和交通安全宣传教育" + N + "万元")
    v["p1"], v["p2"], v["p3"], v["p4"] = m.groups()
    m = one(t, r"全年支出" + N + r"万元，预算执行率" + N + r"%（(\d{4})年为" + N + "%）")
    v["spent"], v["rate"], ly, v["rate_ly"] = m.groups()
    C.cond("year_mismatch", int(ly) == Y - 1, "last-year reference")
    m = one(t, r"其中基本支出" + N + r"万元，执行率" + N + r"%；项目支出" + N + r"万元，执行率" + N + "%")
    v["s_basic"], v["r_basic"], v["s_proj"], v["r_proj"] = m.groups()
    m = one(t, r"年末未支出资金" + N + r"万元，其中项目支出结转" + N + "万元")
    v["unspent"], v["carry"] = m.groups()
    if scale:
        k, f = scale
        v[k] = format((D(v[k]) * f).normalize(), "f")

    def arith(C):
        C.calc("sum_mismatch", v["annual"], D(v["init"]) + D(v["add"]), "年初 + 追加")
        C.calc("sum_mismatch", v["annual"], D(v["b_basic"]) + D(v["b_proj"]), "基本 + 项目 budget")
        C.calc("sum_mismatch", v["b_proj"], D(v["p1"]) + D(v["p2"]) + D(v["p3"]) + D(v["p4"]), "project items")
        C.calc("sum_mismatch", v["spent"], D(v["s_basic"]) + D(v["s_proj"]), "基本 + 项目 spending")
        C.calc("rate_mismatch", v["rate"], D(v["spent"]) / D(v["annual"]) * 100, "执行率")
        C.calc("rate_mismatch", v["r_basic"], D(v["s_basic"]) / D(v["b_basic"]) * 100, "基本支出执行率")
        C.calc("rate_mismatch", v["r_proj"], D(v["s_proj"]) / D(v["b_proj"]) * 100, "项目支出执行率")
        for k in ("rate", "r_basic", "r_proj"):
            C.cond("implausible_rate", D(v[k]) <= 100, f"{k} > 100")
        C.calc("balance_mismatch", v["unspent"], D(v["annual"]) - D(v["spent"]), "未支出")
        C.calc("balance_mismatch", v["carry"], D(v["b_proj"]) - D(v["s_proj"]), "项目支出结转")
    arith(C)
    if not scale and C.errors():
        # an amount written with the wrong money unit: rescaling that one amount reconciles every check
        for k in ("init", "add", "annual", "b_basic", "b_proj", "p1", "p2", "p3", "p4", "spent",
                  "s_basic", "s_proj", "unspent", "carry"):
            for fct in (Decimal("0.0001"), Decimal("10000")):
                C2 = p_xiaochang(t, scale=(k, fct))
                if not C2.errors():
                    C3 = Checker()
                    C3.fails = [x for x in C.fails if x[1] != "error"]
                    C3.fail("unit_mismatch", f"{k} = {v[k]}: consistent only when rescaled by {fct}")
                    return C3
    m = one(t, r"交通标志牌" + N + r"块，为年度计划" + N + r"块的" + N + "%")
    C.calc("completion_mismatch", m.group(3), D(m.group(1)) / D(m.group(2)) * 100, "标志牌 completion")
    m = one(t, r"施划道路标线约" + N + r"万平方米，其中县城主次干道" + N + r"万平方米、国省道及农村公路" + N + "万平方米")
    C.cond("sum_mismatch", abs(D(m.group(1)) - D(m.group(2)) - D(m.group(3))) <= half(m.group(1)),
           "approximate 标线 total")
    m = one(t, r"隐患点位" + N + r"处，已整改" + N + r"处，其余" + N + "处")
    C.calc("sum_mismatch", m.group(1), D(m.group(2)) + D(m.group(3)), "隐患点位")
    m = one(t, r"死亡人数由" + N + r"人降至" + N + r"人，下降" + N + "%")
    C.calc("rate_mismatch", m.group(3), (D(m.group(1)) - D(m.group(2))) / D(m.group(1)) * 100, "死亡人数降幅")
    m = one(t, r"群众满意度" + N + r"%，未达到" + N + "%的年度目标")
    sat, sat_t = m.groups()
    C.cond("implausible_rate", D(sat) <= 100, "satisfaction > 100")
    m = one(t, r"自评得分分别为" + N + r"分、" + N + r"分、" + N + r"分和" + N + r"分，平均" + N + "分")
    C.calc("average_mismatch", m.group(5), sum(D(m.group(i)) for i in range(1, 5)) / 4, "average of 4 projects")
    m = one(t, r"预算执行率（" + N + r"分）按“执行率×20”计算得" + N + r"分；产出指标（" + N + r"分）得" + N
            + r"分；效益指标（" + N + r"分）得" + N + r"分；满意度指标（" + N + r"分）按“满意度÷目标值×10”计算得"
            + N + "分")
    w = [m.group(i) for i in (1, 3, 5, 7)]
    s = [m.group(i) for i in (2, 4, 6, 8)]
    C.cond("weight_sum_mismatch", sum(D(x) for x in w) == 100, "weights 20+40+30+10")
    for wi, si in zip(w, s):
        C.cond("score_exceeds_weight", D(si) <= D(wi), f"score {si} > weight {wi}")
    exec_score(C, v["rate"], v["spent"], v["annual"], w[0], s[0], "execution")
    C.calc("score_rule_mismatch", s[3], D(w[3]) * min(D(sat) / D(sat_t), Decimal(1)), "satisfaction score", "warning")
    m2 = one(t, r"部门整体支出自评得分" + N + r"分，等级为“(.+?)”")
    C.calc("score_sum_mismatch", m2.group(1), sum(D(x) for x in s), "total")
    check_grade(C, m2.group(1), m2.group(2))
    return C


CHECKS = {
    "zj-yuhuan-xinhaokong-2022": p_yuhuan,
    "jx-xinzhou-tingche-2020": p_xinzhou,
    "ha-yuzhou-zhuapai-2019": p_yuzhou,
    "sc-longchang-jtaqxc-2023": p_longchang,
    "hb-xiaochang-jiaojingbumen-2024": p_xiaochang,
}

# changed figures that are generic table cells (a score/weight/dash), not a restated quantity
GENERIC_OK = {
    "zj-yuhuan-xinhaokong-2022-e5.txt": "row score cell 5 -> 5.17 (5 is a generic weight/score cell value)",
    "sc-longchang-jtaqxc-2023-e4.txt": "row score cell 10 -> 10.26 (generic cell value)",
    "sc-longchang-jtaqxc-2023-e5.txt": "row weight cell 10 -> 12 (generic cell value)",
    "zj-yuhuan-xinhaokong-2022-e3.txt": "year 2023 in 结转至2023年; the other 2023s are other dates (report date, 2023 budget)",
    "sc-longchang-jtaqxc-2023-e3.txt": "year 2023 in 截至2023年12月31日; the other 2023s are the title/table year",
}


def token_count(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d])(?!\.\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    clean_cases = [l for l in labels if l["clean"]]
    err_cases = [l for l in labels if not l["clean"]]
    if len(clean_cases) != 5 or len(err_cases) != 30:
        problems.append("expected 5 clean + 30 error cases")
    counts = {}
    where = {}
    for l in err_cases:
        for e in l["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
    for c in CODES13:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    extra = set(counts) - set(CODES13)
    if extra:
        problems.append(f"codes outside §A 1-13: {extra}")

    texts = {}
    for l in labels:
        p = os.path.join(CASES, l["case"])
        texts[l["case"]] = open(p, encoding="utf-8").read()

    # --- clean drafts
    for l in clean_cases:
        t = texts[l["case"]]
        try:
            C = CHECKS[l["source"]](t)
        except AssertionError as ex:
            problems.append(f"{l['case']}: extraction failed: {ex}")
            continue
        n = len(t)
        if not (2700 <= n <= 3500):
            problems.append(f"{l['case']}: length {n}")
        if C.fails:
            problems.append(f"{l['case']}: clean draft fails {C.fails}")
        else:
            print(f"clean {l['case']}: {n} chars, all checks pass")

    # --- error cases
    for l in err_cases:
        t = texts[l["case"]]
        clean = texts[l["source"] + "-clean.txt"]
        exp = l["expected"]
        if len(exp) != 1:
            problems.append(f"{l['case']}: {len(exp)} expected findings")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        if exp[0]["severity"] != "error":
            problems.append(f"{l['case']}: severity")
        occ = [m.start() for m in re.finditer(re.escape(value), t)]
        if not occ:
            problems.append(f"{l['case']}: value {value!r} not in case")
            continue
        if len(occ) != 1:
            problems.append(f"{l['case']}: value occurs {len(occ)} times")
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(t), len(clean)) and t[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(t), len(clean)) - p and t[-1 - s] == clean[-1 - s]:
            s += 1
        d0, d1 = p, len(t) - s
        c0, c1 = p, len(clean) - s
        if d1 - d0 > 12 or c1 - c0 > 12:
            problems.append(f"{l['case']}: difference too long {clean[c0:c1]!r} -> {t[d0:d1]!r}")
        if not any(o <= max(d0, d1 - 1) and d0 < o + len(value) for o in occ):
            problems.append(f"{l['case']}: difference [{d0},{d1}) does not overlap the value")
        # the changed figure: whole token around the difference in the clean draft
        a, b = c0, c1
        while a > 0 and re.match(r"[\d.]", clean[a - 1]):
            a -= 1
        while b < len(clean) and re.match(r"[\d.]", clean[b]):
            b += 1
        old_tok = clean[a:b].strip(".")
        if re.fullmatch(r"\d+(?:\.\d+)?", old_tok or "x"):
            k = token_count(clean, old_tok)
            if code == "conflicting_values":
                if k < 2:
                    problems.append(f"{l['case']}: conflicting figure {old_tok} stated {k} time(s)")
            elif k != 1 and l["case"] not in GENERIC_OK:
                problems.append(f"{l['case']}: changed figure {old_tok} occurs {k} times in the clean draft")
        # arithmetic
        try:
            C = CHECKS[l["source"]](t)
        except AssertionError as ex:
            problems.append(f"{l['case']}: extraction failed: {ex}")
            continue
        errs = C.errors()
        if errs != [code]:
            problems.append(f"{l['case']}: expected only {code}, got {errs}: {C.fails}")
        else:
            msg = [m for c, sv, m in C.fails if c == code][0]
            warn = [c for c, sv, m in C.fails if sv != "error"]
            print(f"{l['case']}: {code} ({msg})" + (f" [warnings: {', '.join(warn)}]" if warn else ""))

    print("codes:", ", ".join(f"{c}={counts.get(c, 0)}" for c in CODES13))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
