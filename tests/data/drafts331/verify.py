#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; every code of
   errors.md section A (codes 1-13) is used at least twice;
2. the changed figure of an error case occurs once in the clean draft (twice or more for
   conflicting_values; year_mismatch and edits with a stated `dup_ok` reason are exempt);
3. the arithmetic of each draft is redone from figures read out of the text (funds sums,
   rates, balances, weights, scores, grades, completion rates, averages, products, text <->
   table equality, units, years): every clean draft passes every check (warning-level
   scoring-rule checks included); in each error case the labelled code fails and no other
   error-level code fails.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, SOURCES, case_name  # noqa: E402  (data only; build.main is not run)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}

NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
EMPTY = {"", "—", "-", "&nbsp;"}


class FactError(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
def is_empty(s):
    return s.strip() in EMPTY


def num(s):
    if is_empty(s):
        return D(0)
    m = NUM_RE.search(s)
    if not m:
        raise FactError("no number in %r" % s)
    return D(m.group(0).replace(",", ""))


def decimals(s):
    m = NUM_RE.search(s)
    if not m or "." not in m.group(0):
        return 0
    return len(m.group(0).split(".")[1])


def tol(s):
    return D("0.5") * (D(10) ** -decimals(s)) + D("1e-9")


def unit(s):
    """Unit as written: text after the number, without direction words."""
    s = s.strip()
    if is_empty(s):
        return ""
    if re.search(r"\d{4}年\d{1,2}月", s):
        return "date"
    m = NUM_RE.search(s)
    if not m:
        return "text"
    u = s[m.end():].strip()
    for w in ("以上", "以内", "前"):
        if u.endswith(w):
            u = u[: -len(w)]
    return u


def normalized(s):
    v, u = num(s), unit(s)
    if u == "元":
        return v / D(10000)
    if u == "亿元":
        return v * D(10000)
    if u.startswith("万") and u != "万元":
        return v * D(10000)
    return v


def direction(target):
    t = target.strip()
    if t[:1] in "≥＞>" or t.startswith(">=") or any(w in t for w in ("不少于", "不低于", "以上", "达到")):
        return "gte"
    if t[:1] in "≤＜<" or t.startswith("<=") or any(w in t for w in ("不超过", "不高于", "以内")):
        return "lte"
    return "eq"


GRADES = {"优": 0, "优秀": 0, "良": 1, "良好": 1, "中": 2, "中等": 2, "一般": 2, "合格": 2,
          "差": 3, "较差": 3, "不合格": 3}


def band(total):
    if total >= 90:
        return 0
    if total >= 80:
        return 1
    if total >= 60:
        return 2
    return 3


# ----------------------------------------------------------------------------- facts
def find_row(text, layout, label):
    if layout == "lines":  # one cell per line, tab-indented, blank line between rows
        hits = list(re.finditer(r"(?m)^\t?" + re.escape(label) + r"\n", text))
        if len(hits) != 1:
            raise FactError("row %r found %d times" % (label, len(hits)))
        cells = []
        for line in text[hits[0].end():].split("\n"):
            if not line.startswith("\t"):
                break
            cells.append(line[1:])
        return cells
    key = {"tab": label + "\t", "pipe": label + " |", "space": label + "  ",
           "html": ">" + label + "</td>"}[layout]
    hits = [ln for ln in text.split("\n") if key in ln]
    if len(hits) != 1:
        raise FactError("row %r found %d times" % (label, len(hits)))
    line = hits[0]
    rest = line[line.index(key) + len(key) - (1 if layout in ("tab",) else 0):]
    if layout == "tab":
        return rest.split("\t")[1:]
    if layout == "pipe":
        return [c.strip() for c in rest[1:].split("|")]
    if layout == "space":
        return re.split(r"\s{2,}", rest.strip())
    return re.findall(r"<td[^>]*>(.*?)</td>", rest)


class Ctx:
    def __init__(self, text, facts):
        self.text, self.facts, self.cache = text, facts, {}

    def get(self, name):
        if not isinstance(name, str):
            return str(name)
        if name not in self.cache:
            spec = self.facts[name]
            if spec[0] == "re":
                hits = list(re.finditer(spec[1], self.text))
                if len(hits) != 1:
                    raise FactError("fact %s: pattern matched %d times" % (name, len(hits)))
                self.cache[name] = hits[0].group(spec[2])
            else:
                _, layout, label, idx = spec
                cells = find_row(self.text, layout, label)
                if idx >= len(cells):
                    raise FactError("fact %s: row %r has %d cells" % (name, label, len(cells)))
                self.cache[name] = cells[idx]
        return self.cache[name]


# ----------------------------------------------------------------------------- check kinds
def k_sum(v, s):      # total, parts...
    return abs(sum(v[1:], D(0)) - v[0]) <= tol(s[0])


def k_diff(v, s):     # result, a, b   (a - b = result)
    return abs(v[1] - v[2] - v[0]) <= tol(s[0])


def k_ratio(v, s):    # rate, numerator, denominator
    if v[2] == 0:
        return True
    return abs(v[1] / v[2] * 100 - v[0]) <= tol(s[0])


def k_prod(v, s):     # total, scale, factors...
    p = v[1]
    for x in v[2:]:
        p *= x
    return abs(p - v[0]) <= tol(s[0])


def k_avg(v, s):      # average, total, count
    return abs(v[1] / v[2] - v[0]) <= tol(s[0])


def k_eq(v, s):
    return abs(v[0] - v[1]) <= max(tol(s[0]), tol(s[1]))


def k_le(v, s):
    return v[0] <= v[1] + D("1e-9")


def k_pct(v, s):
    return D(0) <= v[0] <= D(100)


NUMERIC = {"sum": k_sum, "diff": k_diff, "ratio": k_ratio, "prod": k_prod, "avg": k_avg,
           "eq": k_eq, "le": k_le, "pct": k_pct}
RESCALE = [D(10000), D("0.0001"), D(100000000), D("0.00000001")]


def run_check(ctx, chk):
    """Return the failing code (possibly reclassified) or None."""
    code, kind, args = chk[0], chk[1], chk[2:]
    strs = [ctx.get(a) for a in args]
    if kind in NUMERIC:
        if kind == "eq":
            vals = [normalized(x) for x in strs]
        else:
            vals = [num(x) for x in strs]
        f = NUMERIC[kind]
        if f(vals, strs):
            return None
        if kind in ("pct", "le"):
            return code
        # the most specific explanation: one amount off by 10^4 or 10^8 is a unit slip
        for i in range(len(vals)):
            if not isinstance(args[i], str):
                continue
            for fac in RESCALE:
                v2 = list(vals)
                v2[i] = vals[i] * fac
                if f(v2, strs):
                    return "unit_mismatch"
        return code
    if kind == "zerobase":           # cell, denominator: no rate on a zero base
        cell, den = strs
        if num(den) == 0 and cell.strip() not in EMPTY | {"0"}:
            return code
        return None
    if kind == "grade":              # total, word
        total, word = strs
        if word not in GRADES or GRADES[word] != band(num(total)):
            return code
        return None
    if kind == "units":              # target, actual written in the same unit
        ut, ua = unit(strs[0]), unit(strs[1])
        if "text" in (ut, ua):
            return None
        return None if ut == ua else code
    if kind == "completion":         # stated rate, target, actual
        rate, target, actual = strs
        if unit(target) != unit(actual):
            return "unit_mismatch"
        t, a = num(target), num(actual)
        d = direction(target)
        if d == "lte":
            c = D(100) if a <= t else t / a * 100
        else:
            c = a / t * 100
        return None if abs(c - num(rate)) <= tol(rate) else code
    if kind == "year_is":
        return None if int(strs[0][:4]) == args[1] else code
    if kind == "year_after":
        return None if int(strs[0][:4]) > args[1] else code
    if kind == "year_in":
        return None if args[1] <= int(strs[0][:4]) <= args[2] else code
    if kind == "issued":             # year, month, evaluation year
        y, m = int(strs[0]), int(strs[1])
        return None if (y == args[2] or (y == args[2] - 1 and m == 12)) else code
    # ---- warning-level scoring rules (checked on clean drafts only)
    if kind == "execscore":          # score, weight, spent, budget [, stated rate]
        sc, w, sp, bu = [num(x) for x in strs[:4]]
        exp = [w * min(sp / bu, D(1))]
        if len(strs) > 4:
            exp.append(w * min(num(strs[4]) / 100, D(1)))
        return None if any(abs(e - sc) <= tol(strs[0]) for e in exp) else code
    if kind == "rowscore":           # score, weight, target, actual  (rules section 5)
        sc, w = num(strs[0]), num(strs[1])
        t, a = num(strs[2]), num(strs[3])
        d = direction(strs[2])
        if d == "lte":
            c = D(1) if a <= t else t / a
        else:
            c = min(a / t, D(1))
        return None if abs(w * c - sc) <= tol(strs[0]) else code
    if kind == "qual":               # score, weight: achieved band [80%, 100%]
        sc, w = num(strs[0]), num(strs[1])
        return None if w * D("0.8") <= sc <= w else code
    raise ValueError(kind)


def R(pattern, group=1):
    return ("re", pattern, group)


def C(layout, label, idx):
    return ("cell", layout, label, idx)


def indicator_rows(f, checks, layout, rows, cols, total_w, total_s, extra_w=(), extra_s=()):
    """Add facts and checks for an indicator table.
    rows: {key: (label, kind)} kind in quant / qual / date; cols: dict of cell indexes."""
    ws, ss = list(extra_w), list(extra_s)
    for key, (label, kind) in rows.items():
        for c, i in cols.items():
            f["%s_%s" % (key, c)] = C(layout, label, i)
        w, s = key + "_w", key + "_s"
        ws.append(w)
        ss.append(s)
        checks.append(("score_exceeds_weight", "le", s, w))
        if "t" in cols:
            checks.append(("unit_mismatch", "units", key + "_t", key + "_a"))
            if kind == "quant":
                checks.append(("score_rule_mismatch", "rowscore", s, w, key + "_t", key + "_a"))
                if "c" in cols:
                    checks.append(("completion_mismatch", "completion", key + "_c", key + "_t", key + "_a"))
            if kind == "qual":
                checks.append(("score_rule_mismatch", "qual", s, w))
    checks.append(("weight_sum_mismatch", "sum", total_w, *ws))
    checks.append(("score_sum_mismatch", "sum", total_s, *ss))
    return ws, ss


# ============================================================================= drafts
def spec_ruicheng():
    Y = 2020
    f, ch = {}, []
    funds = {"F1": "年初预算资金", "F2": "全年预算资金", "F3": "实际到位资金", "F4": "全年执行资金",
             "F5": "资金结余", "F6": "预算到位率(%)", "F7": "预算执行率(%)"}
    for k, lab in funds.items():
        for i in range(1, 9):
            f["%s_%d" % (k, i)] = C("lines", lab, i)
    for k in ("F1", "F2", "F3", "F4", "F5"):
        ch.append(("sum_mismatch", "sum", k + "_1", k + "_2", k + "_7", k + "_8"))
        ch.append(("sum_mismatch", "sum", k + "_2", k + "_3", k + "_4", k + "_5", k + "_6"))
    for c in range(1, 9):
        ch.append(("balance_mismatch", "diff", "F5_%d" % c, "F3_%d" % c, "F4_%d" % c))
        for r, n in (("F6", "F3"), ("F7", "F4")):
            ch.append(("rate_mismatch", "ratio", "%s_%d" % (r, c), "%s_%d" % (n, c), "F2_%d" % c))
            ch.append(("implausible_rate", "zerobase", "%s_%d" % (r, c), "F2_%d" % c))
            ch.append(("implausible_rate", "pct", "%s_%d" % (r, c)))
    f.update({
        "p_init": R(r"年初县级财政安排本项目([\d.]+)万元"),
        "p_carry": R(r"同时使用\d{4}年结转资金([\d.]+)万元"),
        "p_carry_from": R(r"同时使用(\d{4})年结转资金"),
        "p_city": R(r"市级卫生创建补助([\d.]+)万元"),
        "p_annual": R(r"调整后全年预算([\d.]+)万元"),
        "p_spent": R(r"全年实际支出([\d.]+)万元"),
        "p_rate": R(r"预算执行率([\d.]+)%，其中"),
        "p_cnty_rate": R(r"县级资金执行率([\d.]+)%"),
        "p_bal": R(r"年末结余([\d.]+)万元"),
        "p_carry_to": R(r"结转至(\d{4})年继续"),
        "p_prev_rate": R(r"预算执行率为([\d.]+)%，本年提高"),
        "p_up": R(r"本年提高([\d.]+)个百分点"),
        "p_pts_n": R(r"(\d+)个固定监测点中有"),
        "p_pts_ok": R(r"固定监测点中有(\d+)个达到"),
        "p_pts": R(r"达到C级标准，达标率([\d.]+)%"),
        "p_cover": R(r"居民小区(\d+)个，投放毒饵"),
        "p_cover_t": R(r"居民小区不少于(\d+)个"),
        "p_mon_t": R(r"开展密度监测不少于(\d+)次"),
        "g_pts": R(r"固定监测点密度达标率(\d+)%以上"), "g_aware": R(r"知识知晓率(\d+)%以上"),
        "g_sat": R(r"居民满意度(\d+)%以上"),
        "p_price": R(r"单价([\d.]+元/公斤)"),
        "p_aware": R(r"知晓率为([\d.]+)%"),
        "p_aware_prev": R(r"较2019年的([\d.]+)%"),
        "p_aware_up": R(r"提高([\d.]+)个百分点；"),
        "p_sat_n": R(r"满意度问卷(\d+)份"),
        "p_sat_ok": R(r"表示满意的(\d+)份"),
        "p_sat": R(r"满意度([\d.]+)%，未达到"),
        "p_total": R(r"总得分([\d.]+)分"),
        "p_grade": R(r"属于\"(\S+?)\""),
        "y_title": R(r"服务中心(\d{4})年度病媒"),
        "y_table": R(r"自评表（(\d{4})年度）"),
        "y_date": R(r"\n(\d{4})年\d+月\d+日\n"),
        "y_plan": R(r"项目实施计划：(\d{4})年"),
    })
    ch += [
        ("sum_mismatch", "sum", "p_annual", "p_init", "p_carry", "p_city"),
        ("conflicting_values", "eq", "p_init", "F1_6"),
        ("conflicting_values", "eq", "p_carry", "F1_7"),
        ("conflicting_values", "eq", "p_city", "F2_5"),
        ("conflicting_values", "eq", "p_annual", "F2_1"),
        ("conflicting_values", "eq", "p_spent", "F4_1"),
        ("conflicting_values", "eq", "p_rate", "F7_1"),
        ("conflicting_values", "eq", "p_cnty_rate", "F7_6"),
        ("conflicting_values", "eq", "p_bal", "F5_1"),
        ("rate_mismatch", "ratio", "p_rate", "p_spent", "p_annual"),
        ("rate_mismatch", "eq", "F4_5", "F2_5"),            # 市级补助资金全部支出
        ("balance_mismatch", "diff", "p_bal", "p_annual", "p_spent"),
        ("sum_mismatch", "diff", "p_up", "p_rate", "p_prev_rate"),
        ("rate_mismatch", "ratio", "p_pts", "p_pts_ok", "p_pts_n"),
        ("rate_mismatch", "ratio", "p_sat", "p_sat_ok", "p_sat_n"),
        ("sum_mismatch", "diff", "p_aware_up", "p_aware", "p_aware_prev"),
        ("implausible_rate", "pct", "p_sat"), ("implausible_rate", "pct", "p_aware"),
        ("implausible_rate", "pct", "p_pts"),
        ("year_mismatch", "year_after", "p_carry_to", Y),
        ("year_mismatch", "year_is", "y_title", Y), ("year_mismatch", "year_is", "y_table", Y),
        ("year_mismatch", "year_is", "y_plan", Y), ("year_mismatch", "year_in", "y_date", Y, Y + 1),
        ("year_mismatch", "year_is", "p_carry_from", Y - 1),
        ("grade_mismatch", "grade", "p_total", "p_grade"),
    ]
    rows = {"A_exec": ("预算执行率", "exec"), "A_mon": ("病媒生物密度监测次数", "quant"),
            "A_cover": ("集中投药覆盖单位及小区", "quant"), "A_pts": ("固定监测点密度达标率", "quant"),
            "A_rep": ("监测报告按时报送率", "quant"), "A_cost": ("灭鼠毒饵采购单价", "quant"),
            "A_aware": ("居民防制知识知晓率", "quant"), "A_mech": ("病媒生物防制长效机制", "qual"),
            "A_sat": ("城区居民满意度", "quant")}
    f["A_tw"] = C("lines", "总分", 2)
    f["A_ts"] = C("lines", "总分", 6)
    indicator_rows(f, ch, "lines", rows, {"w": 0, "t": 1, "a": 2, "c": 3, "s": 4}, "A_tw", "A_ts")
    ch += [
        ("completion_mismatch", "completion", "A_exec_c", "A_exec_t", "A_exec_a"),
        ("conflicting_values", "eq", "A_exec_a", "F7_1"),
        ("score_rule_mismatch", "execscore", "A_exec_s", "A_exec_w", "F4_1", "F2_1", "F7_1"),
        ("conflicting_values", "eq", "p_total", "A_ts"),
        ("conflicting_values", "eq", "p_pts", "A_pts_a"),
        ("conflicting_values", "eq", "p_cover", "A_cover_a"),
        ("conflicting_values", "eq", "p_cover_t", "A_cover_t"),
        ("conflicting_values", "eq", "p_mon_t", "A_mon_t"),
        ("conflicting_values", "eq", "g_pts", "A_pts_t"), ("conflicting_values", "eq", "g_aware", "A_aware_t"),
        ("conflicting_values", "eq", "g_sat", "A_sat_t"), ("implausible_rate", "pct", "A_pts_a"),
        ("conflicting_values", "eq", "p_price", "A_cost_a"),
        ("conflicting_values", "eq", "p_aware", "A_aware_a"),
        ("conflicting_values", "eq", "p_sat", "A_sat_a"),
        ("implausible_rate", "pct", "A_sat_a"), ("implausible_rate", "pct", "A_aware_a"),
    ]
    return f, ch


def spec_haiyan():
    Y = 2022
    f, ch = {}, []
    for k, lab in {"T": "年度资金总额", "Tf": "其中：当年财政拨款", "Tc": "上年结转资金", "To": "其他资金"}.items():
        for i in range(6):
            f["%s_%d" % (k, i)] = C("tab", lab, i)
    for i in range(3):
        ch.append(("sum_mismatch", "sum", "T_%d" % i, "Tf_%d" % i, "Tc_%d" % i, "To_%d" % i))
    for k in ("T", "Tf", "Tc", "To"):
        ch.append(("rate_mismatch", "ratio", k + "_4", k + "_2", k + "_1"))
        ch.append(("implausible_rate", "zerobase", k + "_4", k + "_1"))
        ch.append(("implausible_rate", "pct", k + "_4"))
    f.update({
        "p_init": R(r"年年初预算([\d.]+)万元"),
        "p_prov": R(r"省级补助([\d.]+)万元"),
        "p_cnty": R(r"县级安排([\d.]+)万元"),
        "p_add": R(r"县级追加([\d.]+)万元"),
        "p_carry": R(r"\d{4}年结转资金([\d.]+)万元"),
        "p_carry_from": R(r"另有(\d{4})年结转资金"),
        "p_annual": R(r"全年预算([\d.]+)万元"),
        "p_spent": R(r"全年执行([\d.]+)万元"),
        "p_rate": R(r"执行率([\d.]+)%。分来源看"),
        "p_fis_rate": R(r"当年财政拨款执行率([\d.]+)%"),
        "p_bal": R(r"年末尚余([\d.]+)万元"),
        "p_carry_to": R(r"结转至(\d{4})年使用"),
        "pw_exec": R(r"由预算执行率(\d+)分"), "pw_out": R(r"产出指标(\d+)分"),
        "pw_ben": R(r"效益指标(\d+)分"), "pw_sat": R(r"满意度指标(\d+)分组成"),
        "p_score": R(r"本项目得分([\d.]+)分"), "p_grade": R(r"评价等级为\"(\S+?)\""),
        "p_fee_per": R(r"按每场(\d+)元标准"), "p_fee_n": R(r"全年(\d+)场共计"),
        "p_fee": R(r"场共计([\d.]+)万元"),
        "p_q": R(r"全年完成有效问卷(\d+)份"), "p_avg": R(r"平均每个镇（街道）(\d+)份"),
        "p_towns": R(r"在全县(\d+)个镇（街道）开展"),
        "p_s_v": R(r"抽取(\d+)个村（居）委会"), "p_s_h": R(r"委会抽取(\d+)户"),
        "p_s_n": R(r"全县样本量(\d+)户"),
        "p_pass": R(r"复核合格率([\d.]+)%"),
        "p_lect": R(r"举办讲座(\d+)场，覆盖"), "p_mat": R(r"发放资料([\d.]+万份)，在县"),
        "p_lit": R(r"居民健康素养水平为([\d.]+)%"), "p_lit_prev": R(r"比2021年的([\d.]+)%"),
        "p_lit_up": R(r"提高([\d.]+)个百分点"),
        "p_key": R(r"知识知晓率([\d.]+)%，未达到"),
        "p_sat_n": R(r"随机调查(\d+)人"), "p_sat_ok": R(r"满意(\d+)人"),
        "p_sat": R(r"满意度([\d.]+)%。"),
        "g_q": R(r"完成有效问卷(\d+)份，举办"), "g_lect": R(r"举办讲座(\d+)场，发放"),
        "g_lit": R(r"素养水平达到([\d.]+)%。"),
        "t_q": R(r"有效监测问卷不少于(\d+)份"), "t_lect": R(r"健康教育讲座不少于(\d+)场"),
        "t_mat": R(r"发放宣传资料([\d.]+万份)以上"), "t_lit": R(r"健康素养水平达到(\d+)%以上"),
        "t_key": R(r"健康知识知晓率(\d+)%以上"), "t_sat": R(r"服务对象满意度(\d+)%以上"),
        "y_title": R(r"(\d{4})年度居民健康素养"), "y_table": R(r"（(\d{4})年度）"),
        "y_date": R(r"\n(\d{4})年3月10日"),
        "y_upload": R(r"2022年11月30日前\t(\d{4})年11月25日"),
    })
    for i, pat in enumerate([r"理念素养水平为([\d.]+)%", r"行为素养水平为([\d.]+)%", r"技能素养水平为([\d.]+)%",
                             r"城市居民为([\d.]+)%", r"农村居民为([\d.]+)%"]):
        f["p_sub%d" % i] = R(pat)
        ch.append(("implausible_rate", "pct", "p_sub%d" % i))
    ch += [
        ("sum_mismatch", "sum", "p_init", "p_prov", "p_cnty"),
        ("sum_mismatch", "sum", "p_annual", "p_init", "p_add", "p_carry"),
        ("sum_mismatch", "sum", "Tf_1", "p_init", "p_add"),
        ("conflicting_values", "eq", "p_init", "T_0"), ("conflicting_values", "eq", "p_carry", "Tc_1"),
        ("conflicting_values", "eq", "p_annual", "T_1"), ("conflicting_values", "eq", "p_spent", "T_2"),
        ("conflicting_values", "eq", "p_rate", "T_4"), ("conflicting_values", "eq", "p_fis_rate", "Tf_4"),
        ("rate_mismatch", "ratio", "p_rate", "p_spent", "p_annual"),
        ("rate_mismatch", "eq", "Tc_2", "Tc_1"),                 # 上年结转资金全部用完
        ("balance_mismatch", "diff", "p_bal", "p_annual", "p_spent"),
        ("year_mismatch", "year_after", "p_carry_to", Y), ("year_mismatch", "year_is", "p_carry_from", Y - 1),
        ("year_mismatch", "year_is", "y_title", Y), ("year_mismatch", "year_is", "y_table", Y),
        ("year_mismatch", "year_in", "y_date", Y, Y + 1), ("year_mismatch", "year_is", "y_upload", Y),
        ("weight_sum_mismatch", "sum", D(100), "pw_exec", "pw_out", "pw_ben", "pw_sat"),
        ("weight_sum_mismatch", "eq", "pw_exec", "T_3"),
        ("grade_mismatch", "grade", "p_score", "p_grade"),
        ("sum_mismatch", "prod", "p_fee", D("0.0001"), "p_fee_n", "p_fee_per"),
        ("average_mismatch", "avg", "p_avg", "p_q", "p_towns"),
        ("sum_mismatch", "prod", "p_s_n", D(1), "p_towns", "p_s_v", "p_s_h"),
        ("sum_mismatch", "diff", "p_lit_up", "p_lit", "p_lit_prev"),
        ("rate_mismatch", "ratio", "p_sat", "p_sat_ok", "p_sat_n"),
        ("implausible_rate", "pct", "p_sat"),
    ]
    rows = {"q": ("有效监测问卷数", "quant"), "lect": ("健康教育讲座场次", "quant"),
            "mat": ("发放健康教育资料", "quant"), "pass": ("监测问卷复核合格率", "quant"),
            "time": ("监测数据上报时间", "date"), "cost": ("每份有效问卷调查成本", "quant"),
            "lit": ("居民健康素养水平", "quant"), "key": ("重点人群健康知识知晓率", "quant"),
            "base": ("健康教育阵地长效运行", "qual"), "sat": ("讲座听众及居民满意度", "quant")}
    f["tw"] = C("tab", "总分", 5)
    f["ts"] = C("tab", "总分", 6)
    indicator_rows(f, ch, "tab", rows, {"t": 0, "a": 1, "w": 2, "s": 3}, "tw", "ts",
                   extra_w=["T_3"], extra_s=["T_5"])
    ch += [
        ("score_exceeds_weight", "le", "T_5", "T_3"),
        ("score_rule_mismatch", "execscore", "T_5", "T_3", "T_2", "T_1", "T_4"),
        ("weight_sum_mismatch", "sum", "pw_out", "q_w", "lect_w", "mat_w", "pass_w", "time_w", "cost_w"),
        ("weight_sum_mismatch", "sum", "pw_ben", "lit_w", "key_w", "base_w"),
        ("weight_sum_mismatch", "eq", "pw_sat", "sat_w"),
        ("conflicting_values", "eq", "p_score", "ts"),
        ("conflicting_values", "eq", "p_fee_n", "lect_a"), ("conflicting_values", "eq", "p_lect", "lect_a"),
        ("conflicting_values", "eq", "g_lect", "lect_a"), ("conflicting_values", "eq", "p_q", "q_a"),
        ("conflicting_values", "eq", "g_q", "q_a"), ("conflicting_values", "eq", "p_mat", "mat_a"),
        ("conflicting_values", "eq", "p_pass", "pass_a"), ("conflicting_values", "eq", "p_lit", "lit_a"),
        ("conflicting_values", "eq", "g_lit", "lit_a"), ("conflicting_values", "eq", "p_key", "key_a"),
        ("conflicting_values", "eq", "p_sat", "sat_a"),
        ("conflicting_values", "eq", "t_q", "q_t"), ("conflicting_values", "eq", "t_lect", "lect_t"),
        ("conflicting_values", "eq", "t_mat", "mat_t"), ("conflicting_values", "eq", "t_lit", "lit_t"),
        ("conflicting_values", "eq", "t_key", "key_t"), ("conflicting_values", "eq", "t_sat", "sat_t"),
        ("implausible_rate", "pct", "pass_a"), ("implausible_rate", "pct", "lit_a"),
        ("implausible_rate", "pct", "key_a"), ("implausible_rate", "pct", "sat_a"),
    ]
    return f, ch


def spec_dangyang():
    Y = 2023
    f, ch = {}, []
    for k, lab in {"H": "年度资金总额", "Hf": "其中：当年财政拨款", "Hc": "上年结转资金", "Ho": "其他资金"}.items():
        for i in range(6):
            f["%s_%d" % (k, i)] = C("html", lab, i)
    for i in range(3):
        ch.append(("sum_mismatch", "sum", "H_%d" % i, "Hf_%d" % i, "Hc_%d" % i, "Ho_%d" % i))
    for k in ("H", "Hf", "Hc", "Ho"):
        ch.append(("rate_mismatch", "ratio", k + "_4", k + "_2", k + "_1"))
        ch.append(("implausible_rate", "zerobase", k + "_4", k + "_1"))
        ch.append(("implausible_rate", "pct", k + "_4"))
    f.update({
        "p_init": R(r"年初预算([\d.]+)万元"), "p_prov": R(r"健康促进补助资金([\d.]+)万元"),
        "p_annual": R(r"全年预算调整为([\d.]+)万元"), "p_spent": R(r"全年实际支出([\d.]+)万元"),
        "p_rate": R(r"预算执行率(\d+)%。"),
        "p_loc_b": R(r"市本级资金([\d.]+)万元，支出"), "p_loc_s": R(r"，支出([\d.]+)万元，执行率"),
        "p_loc_r": R(r"万元，执行率([\d.]+)%"),
        "p_bal": R(r"年末结转资金([\d.]+)万元"), "p_carry_to": R(r"结转至(\d{4})年用于"),
        "p_n": R(r"共举办讲座(\d+)场"), "p_towns": R(r"全市(\d+)个镇（街道）"),
        "p_avg": R(r"平均每个镇（街道）([\d.]+)场"),
        "p_aud": R(r"听众累计(\d+)人次"), "p_avg_aud": R(r"平均每场约(\d+)人次"),
        "p_ontime": R(r"计划按期完成率为(\d+)%"), "p_delay": R(r"顺延到(\d{4})年1月"),
        "p_lit_prev": R(r"由2022年的([\d.]+)%"), "p_lit": R(r"提高到([\d.]+)%"),
        "p_lit_up": R(r"%，提高([\d.]+)个百分点"), "p_prev_year": R(r"由(\d{4})年的"),
        "p_exp": R(r"在库专家(\d+)人"), "p_exp_short": R(r"较目标少(\d+)人"),
        "p_sat_n": R(r"有效问卷(\d+)份"), "p_sat_ok": R(r"其中满意(\d+)份"), "p_sat": R(r"满意度(\d+)%，"),
        "g_lect": R(r"举办讲座不少于(\d+)场"), "g_aud": R(r"听众不少于([\d.]+万)人次"),
        "g_ontime": R(r"按期完成率(\d+)%以上"), "g_lit": R(r"比上年提高(\d+)个百分点以上"),
        "g_sat": R(r"听众满意度(\d+)%以上"),
        "pw_exec": R(r"预算执行率占(\d+)分"), "pw_ind": R(r"合计占(\d+)分"),
        "p_score": R(r"本项目自评得分([\d.]+)分"), "p_grade": R(r"评价等级为\"(\S+?)\""),
        "y_title": R(r"促进中心(\d{4})年度健康教育讲座"), "y_table": R(r"（(\d{4})年度）</td>"),
        "y_pub": R(r"发布时间：(\d{4})-"), "y_date": R(r"<br>(\d{4})年4月20日"),
    })
    ch += [
        ("sum_mismatch", "sum", "p_annual", "p_init", "p_prov"),
        ("conflicting_values", "eq", "p_init", "H_0"), ("conflicting_values", "eq", "p_annual", "H_1"),
        ("conflicting_values", "eq", "p_spent", "H_2"), ("conflicting_values", "eq", "p_rate", "H_4"),
        ("conflicting_values", "eq", "p_loc_b", "p_init"),
        ("rate_mismatch", "ratio", "p_rate", "p_spent", "p_annual"),
        ("rate_mismatch", "ratio", "p_loc_r", "p_loc_s", "p_loc_b"),
        ("sum_mismatch", "eq", "p_loc_s", "p_spent"),            # 省级资金当年未支出
        ("balance_mismatch", "diff", "p_bal", "p_annual", "p_spent"),
        ("year_mismatch", "year_after", "p_carry_to", Y), ("year_mismatch", "year_after", "p_delay", Y),
        ("year_mismatch", "year_is", "p_prev_year", Y - 1),
        ("year_mismatch", "year_is", "y_title", Y), ("year_mismatch", "year_is", "y_table", Y),
        ("year_mismatch", "year_in", "y_pub", Y, Y + 1), ("year_mismatch", "year_in", "y_date", Y, Y + 1),
        ("average_mismatch", "avg", "p_avg", "p_n", "p_towns"),
        ("average_mismatch", "avg", "p_avg_aud", "p_aud", "p_n"),
        ("sum_mismatch", "diff", "p_lit_up", "p_lit", "p_lit_prev"),
        ("rate_mismatch", "ratio", "p_sat", "p_sat_ok", "p_sat_n"),
        ("implausible_rate", "pct", "p_sat"), ("implausible_rate", "pct", "p_lit"),
        ("weight_sum_mismatch", "sum", D(100), "pw_exec", "pw_ind"),
        ("weight_sum_mismatch", "eq", "pw_exec", "H_3"),
        ("grade_mismatch", "grade", "p_score", "p_grade"),
    ]
    rows = {"lect": ("举办健康教育讲座", "quant"), "aud": ("讲座听众人次", "quant"),
            "ontime": ("讲座计划按期完成率", "quant"), "cost": ("每场讲座平均成本", "quant"),
            "lit": ("居民健康素养水平提升", "quant"), "exp": ("市级健康讲师库在库专家", "quant"),
            "sat": ("听众满意度", "quant")}
    f["tw"] = C("html", "总分", 0)
    f["ts"] = C("html", "总分", 1)
    ws, _ = indicator_rows(f, ch, "html", rows, {"t": 0, "a": 1, "w": 2, "s": 3}, "tw", "ts",
                           extra_w=["H_3"], extra_s=["H_5"])
    ch += [
        ("score_exceeds_weight", "le", "H_5", "H_3"),
        ("score_rule_mismatch", "execscore", "H_5", "H_3", "H_2", "H_1", "H_4"),
        ("weight_sum_mismatch", "sum", "pw_ind", *ws[1:]),
        ("conflicting_values", "eq", "p_score", "ts"),
        ("conflicting_values", "eq", "p_n", "lect_a"), ("conflicting_values", "eq", "p_aud", "aud_a"),
        ("conflicting_values", "eq", "g_lect", "lect_t"), ("conflicting_values", "eq", "g_aud", "aud_t"),
        ("conflicting_values", "eq", "p_ontime", "ontime_a"), ("conflicting_values", "eq", "p_lit_up", "lit_a"),
        ("conflicting_values", "eq", "p_exp", "exp_a"), ("conflicting_values", "eq", "p_sat", "sat_a"),
        ("sum_mismatch", "diff", "p_exp_short", "exp_t", "exp_a"),
        ("conflicting_values", "eq", "g_ontime", "ontime_t"), ("conflicting_values", "eq", "g_lit", "lit_t"),
        ("conflicting_values", "eq", "g_sat", "sat_t"),
        ("implausible_rate", "pct", "ontime_a"), ("implausible_rate", "pct", "sat_a"),
    ]
    return f, ch


def spec_qingshen():
    Y = 2019
    f, ch = {}, []
    for k, lab in {"B": "基本支出", "P": "项目支出"}.items():
        for i in range(4):
            f["%s_%d" % (k, i)] = C("space", lab, i)
    for i in range(4):
        f["S_%d" % i] = R(r"(?m)^合计  ([\d.]+)  ([\d.]+)  ([\d.]+)  ([\d.]+%)$", i + 1)
    for i in range(3):
        ch.append(("sum_mismatch", "sum", "S_%d" % i, "B_%d" % i, "P_%d" % i))
    for k in ("B", "P", "S"):
        ch.append(("rate_mismatch", "ratio", k + "_3", k + "_2", k + "_1"))
        ch.append(("implausible_rate", "pct", k + "_3"))
    pats = {
        "p_init": r"年初预算([\d.]+)万元", "p_add1": r"迎检经费([\d.]+)万元，并因",
        "p_add2": r"人员经费([\d.]+)万元", "p_annual": r"全年预算([\d.]+)万元。",
        "p_fis": r"当年财政拨款([\d.]+)万元", "p_carry": r"上年结转([\d.]+)万元",
        "p_spent": r"实际支出([\d.]+)万元", "p_rate": r"部门整体预算执行率([\d.]+)%",
        "p_brate": r"基本支出执行率(\d+)%", "p_prate": r"项目支出执行率([\d.]+)%；",
        "p_prate2": r"二是项目支出执行率([\d.]+)%，",
        "p_prev": r"比\d{4}年的([\d.]+)万元", "p_prev_y": r"比(\d{4})年的", "p_inc": r"增加([\d.]+)万元",
        "p_bal": r"结转下年([\d.]+)万元", "p_bal1": r"其中病媒生物防制经费([\d.]+)万元",
        "p_bal2": r"、控烟及健康教育经费([\d.]+)万元，均为", "p_pay_y": r"将于(\d{4})年上半年",
        "p_pb": r"全年项目支出预算([\d.]+)万元", "p_b1": r"复审迎检经费([\d.]+)万元、病媒",
        "p_b2": r"、病媒生物防制经费([\d.]+)万元、控烟", "p_b3": r"、控烟及健康教育经费([\d.]+)万元、城乡",
        "p_b4": r"整洁行动经费([\d.]+)万元，分别",
        "p_bait_p": r"每公斤(\d+)元采购", "p_bait_q": r"采购(\d+)公斤", "p_bait": r"公斤，计([\d.]+)万元",
        "p_mon": r"密度监测(\d+)次，组织", "p_smoke": r"创建控烟示范单位(\d+)个",
        "p_smoke_short": r"比目标少(\d+)个", "p_lect": r"宣传活动(\d+)场，其中",
        "p_l1": r"进学校(\d+)场", "p_l2": r"进社区(\d+)场", "p_l3": r"进企业(\d+)场",
        "p_pts_n": r"城区(\d+)个固定监测点", "p_pts_ok": r"固定监测点中(\d+)个",
        "p_pts": r"达标率([\d.]+)%。", "p_aware": r"创建知晓率为([\d.]+)%", "p_sat": r"群众满意度([\d.]+)%。",
        "pw_exec": r"预算执行率(\d+)分、绩效", "pw_ind": r"绩效指标(\d+)分", "p_score": r"自评得分([\d.]+)分",
        "p_grade": r"等级为(\S+?)。",
        "g_mon": r"密度监测不少于(\d+)次", "g_smoke": r"控烟示范单位不少于(\d+)个",
        "g_lect": r"宣传活动不少于(\d+)场", "g_pts": r"密度达标率(\d+)%以上", "g_pay": r"支付及时率(\d+)%以上",
        "g_sat": r"群众满意度(\d+)%以上",
        "y_title": r"(?m)^青神县爱国卫生运动服务中心(\d{4})年度部门整体支出绩效自评报告$",
        "y_t1": r"表1  (\d{4})年部门预算", "y_t2": r"表2  青神县爱国卫生运动服务中心(\d{4})年度",
        "y_pub": r"发布时间：(\d{4})-", "y_date": r"\n(\d{4})年4月28日", "y_review": r"于(\d{4})年10月通过",
    }
    for k, p in pats.items():
        f[k] = R(p)
    for i in range(4):
        f["p_s%d" % i] = R(r"分别支出([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元", i + 1)
        f["p_r%d" % i] = R(r"执行率依次为(\d+(?:\.\d+)?)%、([\d.]+)%、([\d.]+)%、([\d.]+)%", i + 1)
        f["p_ps%d" % i] = R(r"得分依次为([\d.]+)分、([\d.]+)分、([\d.]+)分和([\d.]+)分", i + 1)
    f["p_ps_max"] = R(r"满分均为(\d+)分")
    ch += [
        ("sum_mismatch", "sum", "p_annual", "p_init", "p_add1", "p_add2"),
        ("sum_mismatch", "sum", "p_annual", "p_fis", "p_carry"),
        ("conflicting_values", "eq", "p_init", "S_0"), ("conflicting_values", "eq", "p_annual", "S_1"),
        ("conflicting_values", "eq", "p_spent", "S_2"), ("conflicting_values", "eq", "p_rate", "S_3"),
        ("conflicting_values", "eq", "p_brate", "B_3"), ("conflicting_values", "eq", "p_prate", "P_3"),
        ("conflicting_values", "eq", "p_prate2", "P_3"), ("conflicting_values", "eq", "p_pb", "P_1"),
        ("rate_mismatch", "ratio", "p_rate", "p_spent", "p_annual"),
        ("sum_mismatch", "diff", "p_inc", "p_spent", "p_prev"),
        ("balance_mismatch", "diff", "p_bal", "p_annual", "p_spent"),
        ("sum_mismatch", "sum", "p_bal", "p_bal1", "p_bal2"),
        ("balance_mismatch", "diff", "p_bal1", "p_b2", "p_s1"),
        ("balance_mismatch", "diff", "p_bal2", "p_b3", "p_s2"),
        ("sum_mismatch", "sum", "p_pb", "p_b1", "p_b2", "p_b3", "p_b4"),
        ("sum_mismatch", "sum", "P_2", "p_s0", "p_s1", "p_s2", "p_s3"),
        ("sum_mismatch", "prod", "p_bait", D("0.0001"), "p_bait_p", "p_bait_q"),
        ("sum_mismatch", "sum", "p_lect", "p_l1", "p_l2", "p_l3"),
        ("rate_mismatch", "ratio", "p_pts", "p_pts_ok", "p_pts_n"),
        ("implausible_rate", "pct", "p_aware"), ("implausible_rate", "pct", "p_sat"),
        ("implausible_rate", "pct", "p_pts"),
        ("weight_sum_mismatch", "sum", D(100), "pw_exec", "pw_ind"),
        ("grade_mismatch", "grade", "p_score", "p_grade"),
        ("year_mismatch", "year_is", "y_title", Y), ("year_mismatch", "year_is", "y_t1", Y),
        ("year_mismatch", "year_is", "y_t2", Y), ("year_mismatch", "year_is", "y_review", Y),
        ("year_mismatch", "year_in", "y_pub", Y, Y + 1), ("year_mismatch", "year_in", "y_date", Y, Y + 1),
        ("year_mismatch", "year_after", "p_pay_y", Y), ("year_mismatch", "year_is", "p_prev_y", Y - 1),
    ]
    for i, b in enumerate(["p_b1", "p_b2", "p_b3", "p_b4"]):
        ch.append(("rate_mismatch", "ratio", "p_r%d" % i, "p_s%d" % i, b))
        ch.append(("implausible_rate", "pct", "p_r%d" % i))
        ch.append(("score_exceeds_weight", "le", "p_ps%d" % i, "p_ps_max"))
    rows = {"exec": ("预算执行率  预算执行率", "exec"), "mon": ("城区病媒生物密度监测", "quant"),
            "smoke": ("控烟示范单位创建", "quant"), "lect": ("健康教育讲座及宣传活动", "quant"),
            "review": ("国家卫生县城复审", "qual"), "pay": ("项目资金支付及时率", "quant"),
            "pts": ("监测点“四害”密度达标率", "quant"), "sat": ("群众满意度", "quant")}
    f["tw"] = R(r"(?m)^合计\s+(\d+)\s+([\d.]+)\s*$", 1)
    f["ts"] = R(r"(?m)^合计\s+(\d+)\s+([\d.]+)\s*$", 2)
    ws, _ = indicator_rows(f, ch, "space", rows, {"w": 0, "t": 2, "a": 4, "s": 5}, "tw", "ts")
    ch = [c for c in ch if c[1] != "units"]      # separate 度量单位 column: one unit per row
    ch = [c for c in ch if not (c[1] == "rowscore" and c[4] in ("exec_t", "review_t"))]
    ch += [
        ("score_rule_mismatch", "execscore", "exec_s", "exec_w", "S_2", "S_1", "S_3"),
        ("weight_sum_mismatch", "eq", "pw_exec", "exec_w"),
        ("weight_sum_mismatch", "sum", "pw_ind", *ws[1:]),
        ("conflicting_values", "eq", "p_score", "ts"), ("conflicting_values", "eq", "exec_a", "S_3"),
        ("conflicting_values", "eq", "p_mon", "mon_a"), ("conflicting_values", "eq", "p_smoke", "smoke_a"),
        ("conflicting_values", "eq", "p_lect", "lect_a"), ("conflicting_values", "eq", "p_pts", "pts_a"),
        ("conflicting_values", "eq", "p_sat", "sat_a"),
        ("sum_mismatch", "diff", "p_smoke_short", "smoke_t", "smoke_a"),
        ("conflicting_values", "eq", "g_mon", "mon_t"), ("conflicting_values", "eq", "g_smoke", "smoke_t"),
        ("conflicting_values", "eq", "g_lect", "lect_t"), ("conflicting_values", "eq", "g_pts", "pts_t"),
        ("conflicting_values", "eq", "g_pay", "pay_t"), ("conflicting_values", "eq", "g_sat", "sat_t"),
        ("implausible_rate", "pct", "pay_a"), ("implausible_rate", "pct", "pts_a"),
        ("implausible_rate", "pct", "sat_a"),
    ]
    return f, ch


def spec_hanshou():
    Y = 2024
    f, ch = {}, []
    for k, lab in {"T": "年度资金总额", "Tf": "其中：当年财政拨款", "Tc": "上年结转资金", "To": "其他资金"}.items():
        for i in range(6):
            f["%s_%d" % (k, i)] = C("pipe", lab, i)
    for i in range(3):
        ch.append(("sum_mismatch", "sum", "T_%d" % i, "Tf_%d" % i, "Tc_%d" % i, "To_%d" % i))
    for k in ("T", "Tf", "Tc", "To"):
        ch.append(("rate_mismatch", "ratio", k + "_4", k + "_2", k + "_1"))
        ch.append(("implausible_rate", "zerobase", k + "_4", k + "_1"))
        ch.append(("implausible_rate", "pct", k + "_4"))
    sp = {"m": "农贸市场提质改造", "t": "乡镇公厕改造", "v": "病媒生物防制设施", "h": "健康教育阵地建设", "sum": "合计"}
    for k, lab in sp.items():
        f["sb_" + k] = C("pipe", lab, 0)
        f["ss_" + k] = C("pipe", lab, 1)
    ch += [
        ("sum_mismatch", "sum", "sb_sum", "sb_m", "sb_t", "sb_v", "sb_h"),
        ("sum_mismatch", "sum", "ss_sum", "ss_m", "ss_t", "ss_v", "ss_h"),
        ("conflicting_values", "eq", "sb_sum", "T_1"), ("conflicting_values", "eq", "ss_sum", "T_2"),
    ]
    pats = {
        "p_budget": r"本项目预算([\d.]+)万元", "p_prov": r"奖补资金([\d.]+)万元（",
        "p_cnty": r"县级配套资金([\d.]+)万元", "p_iss_y": r"已于(\d{4})年(\d+)月提前下达",
        "p_recv": r"资金到位([\d.]+)万元", "p_recv_rate": r"到位率(\d+)%",
        "p_spent": r"全年支出([\d.]+)万元", "p_rate": r"预算执行率([\d.]+)%，结余",
        "p_bal": r"结余([\d.]+)万元", "p_pay_y": r"于(\d{4})年验收期满",
        "p_toilets": r"全年改造乡镇公厕(\d+)座", "p_goal": r"为年度目标(\d+)座的",
        "p_compl": r"座的([\d.]+)%", "p_per": r"按每座(\d+元)标准", "p_per_n": r"按每座(\d+)元标准",
        "p_tcost": r"标准补助，计([\d.]+)万元",
        "p_pts_n": r"乡镇(\d+)个监测点", "p_pts_ok": r"监测点，(\d+)个病媒", "p_pts": r"达标率([\d.]+)%；",
        "p_lit": r"健康素养水平([\d.]+)%，较", "p_lit_prev": r"较2023年的([\d.]+)%",
        "p_lit_y": r"较(\d{4})年的", "p_lit_up": r"提高([\d.]+)个百分点",
        "p_sat": r"群众满意度为([\d.]+)%", "p_score": r"本项目得分([\d.]+)分",
        "p_done": r"于(\d{4})年11月20日前完成",
        "g_town": r"(\d+)个乡镇达到国家卫生乡镇标准", "g_toilet": r"改造乡镇公厕不少于(\d+)座",
        "g_market": r"农贸市场达标率(\d+)%以上", "g_vec": r"病媒生物密度达标率(\d+)%以上",
        "g_lit": r"健康素养水平达到(\d+)%；", "g_sat": r"群众满意度(\d+)%以上",
        "y_title": r"(?m)^(\d{4})年度国家卫生乡镇", "y_table": r"（(\d{4})年度）", "y_date": r"\n(\d{4})年3月12日",
    }
    for k, p in pats.items():
        f[k] = R(p)
    f["p_iss_m"] = R(pats["p_iss_y"], 2)
    for i in range(4):
        f["p_sc%d" % i] = R(r"得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分和([\d.]+)分", i + 1)
        ch.append(("score_exceeds_weight", "le", "p_sc%d" % i, "p_sc_max"))
    f["p_sc_max"] = R(r"（满分(\d+)分）")
    f["grade"] = R(r"自评等级：(\S+)")
    ch += [
        ("sum_mismatch", "sum", "p_budget", "p_prov", "p_cnty"),
        ("conflicting_values", "eq", "p_budget", "T_1"), ("conflicting_values", "eq", "p_spent", "T_2"),
        ("conflicting_values", "eq", "p_rate", "T_4"), ("rate_mismatch", "eq", "T_0", "T_1"),  # 未作调整
        ("rate_mismatch", "ratio", "p_recv_rate", "p_recv", "T_1"),
        ("rate_mismatch", "ratio", "p_rate", "p_spent", "T_1"),
        ("balance_mismatch", "diff", "p_bal", "p_recv", "p_spent"),
        ("year_mismatch", "issued", "p_iss_y", "p_iss_m", Y), ("year_mismatch", "year_after", "p_pay_y", Y),
        ("year_mismatch", "year_is", "y_title", Y), ("year_mismatch", "year_is", "y_table", Y),
        ("year_mismatch", "year_in", "y_date", Y, Y + 1), ("year_mismatch", "year_is", "p_done", Y),
        ("year_mismatch", "year_is", "p_lit_y", Y - 1),
        ("sum_mismatch", "prod", "p_tcost", D("0.0001"), "p_toilets", "p_per_n"),
        ("conflicting_values", "eq", "p_tcost", "ss_t"),
        ("rate_mismatch", "ratio", "p_pts", "p_pts_ok", "p_pts_n"),
        ("sum_mismatch", "diff", "p_lit_up", "p_lit", "p_lit_prev"),
        ("implausible_rate", "pct", "p_sat"), ("implausible_rate", "pct", "p_pts"),
    ]
    rows = {"town": ("通过省级评估的创建乡镇", "quant"), "toilet": ("改造乡镇公厕数量", "quant"),
            "market": ("乡镇农贸市场达标率", "quant"), "time": ("创建任务完成时间", "date"),
            "cost": ("单座公厕改造补助", "quant"), "vec": ("乡镇病媒生物密度达标率", "quant"),
            "lit": ("乡镇居民健康素养水平", "quant"), "mech": ("爱国卫生长效管理机制", "qual"),
            "sat": ("群众满意度", "quant")}
    f["tw"] = C("pipe", "总分", 4)
    f["ts"] = C("pipe", "总分", 5)
    indicator_rows(f, ch, "pipe", rows, {"t": 0, "a": 1, "w": 2, "s": 3}, "tw", "ts",
                   extra_w=["T_3"], extra_s=["T_5"])
    ch += [
        ("score_exceeds_weight", "le", "T_5", "T_3"),
        ("score_rule_mismatch", "execscore", "T_5", "T_3", "T_2", "T_1", "T_4"),
        ("grade_mismatch", "grade", "ts", "grade"),
        ("conflicting_values", "eq", "p_score", "ts"),
        ("conflicting_values", "eq", "p_toilets", "toilet_a"), ("conflicting_values", "eq", "p_goal", "toilet_t"),
        ("completion_mismatch", "completion", "p_compl", "toilet_t", "toilet_a"),
        ("conflicting_values", "eq", "p_per", "cost_a"), ("conflicting_values", "eq", "p_pts", "vec_a"),
        ("conflicting_values", "eq", "p_lit", "lit_a"), ("conflicting_values", "eq", "p_sat", "sat_a"),
        ("implausible_rate", "pct", "vec_a"), ("implausible_rate", "pct", "sat_a"),
        ("implausible_rate", "pct", "market_a"), ("implausible_rate", "pct", "lit_a"),
        ("conflicting_values", "eq", "g_town", "town_t"), ("conflicting_values", "eq", "g_toilet", "toilet_t"),
        ("conflicting_values", "eq", "g_market", "market_t"), ("conflicting_values", "eq", "g_vec", "vec_t"),
        ("conflicting_values", "eq", "g_lit", "lit_t"), ("conflicting_values", "eq", "g_sat", "sat_t"),
    ]
    return f, ch


SPECS = {
    "sx-ruicheng-bingmei-2020": spec_ruicheng,
    "zj-haiyan-jiankangsuyang-2022": spec_haiyan,
    "hb-dangyang-jiankangjiaoyu-2023": spec_dangyang,
    "sc-qingshen-aiweizhongxin-2019": spec_qingshen,
    "hn-hanshou-weishengxiangzhen-2024": spec_hanshou,
}


def failing_codes(text, src):
    facts, checks = SPECS[src]()
    ctx = Ctx(text, facts)
    out = {}
    for chk in checks:
        code = run_check(ctx, chk)
        if code:
            out.setdefault(code, []).append(" ".join(str(a) for a in chk[1:]))
    return out, len(checks)


# ----------------------------------------------------------------------------- structure
TOKEN_RE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:%|万元|元|万份|份|场|个|次|人次|人|座|分|公斤)?")


def changed_token(clean, start, end):
    """The number (with its unit) of the clean draft that covers the changed region."""
    for m in TOKEN_RE.finditer(clean):
        if m.start() <= start and m.end() >= end:
            return m.group(0)
        if m.start() < end and m.end() > start:
            return m.group(0)
    return None


def count_token(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d.])", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    by_case = {lab["case"]: lab for lab in labels}
    edits = {case_name(e["src"], e["n"]): e for e in EDITS}
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    n_checks = 0
    for src in SOURCES:
        clean = open(os.path.join(CASES, case_name(src)), encoding="utf-8").read()
        n = len(clean)
        if not 2700 <= n <= 3500:
            problems.append("%s: clean draft has %d characters" % (src, n))
        try:
            fails, k = failing_codes(clean, src)
            n_checks += k
        except FactError as exc:
            problems.append("%s clean: %s" % (src, exc))
            continue
        if fails:
            problems.append("%s clean: failing %s" % (src, fails))
        if by_case.get(case_name(src), {}).get("expected") != []:
            problems.append("%s clean: label must have expected []" % src)
        for i in range(1, 7):
            name = case_name(src, i)
            lab = by_case.get(name)
            if not lab or len(lab["expected"]) != 1:
                problems.append("%s: missing or multi label" % name)
                continue
            exp = lab["expected"][0]
            code, value = exp["code"], exp["value"]
            counts[code] = counts.get(code, 0) + 1
            where[edits[name]["where"]] += 1
            text = open(os.path.join(CASES, name), encoding="utf-8").read()
            if exp["severity"] != "error" or code not in CODES:
                problems.append("%s: bad code/severity" % name)
            occ = [m.start() for m in re.finditer(re.escape(value), text)]
            if not occ:
                problems.append("%s: value %r not in case" % (name, value))
            # one contiguous difference overlapping the value
            p = 0
            while p < min(len(text), len(clean)) and text[p] == clean[p]:
                p += 1
            s = 0
            while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
                s += 1
            e_err, e_clean = len(text) - s, len(clean) - s
            if text[:p] + text[e_err:] != clean[:p] + clean[e_clean:] or p == len(text):
                problems.append("%s: no single contiguous difference" % name)
            if not any(o < max(e_err, p + 1) and o + len(value) > p for o in occ):
                problems.append("%s: value does not overlap the change [%d,%d)" % (name, p, e_err))
            # the changed figure occurs once (twice for conflicting_values)
            tok = changed_token(clean, p, max(e_clean, p + 1))
            ed = edits[name]
            if code == "year_mismatch" or ed.get("dup_ok"):
                pass
            elif tok is None:
                if not re.search(r"[优良中差]", clean[p:max(e_clean, p + 1)]):
                    problems.append("%s: no changed figure found" % name)
            else:
                c = count_token(clean, tok)
                if code == "conflicting_values" and c < 2:
                    problems.append("%s: conflicting figure %r occurs %d times" % (name, tok, c))
                if code != "conflicting_values" and c != 1:
                    problems.append("%s: changed figure %r occurs %d times in the clean draft" % (name, tok, c))
            # arithmetic
            try:
                fails, _ = failing_codes(text, src)
            except FactError as exc:
                problems.append("%s: %s" % (name, exc))
                continue
            errs = {c for c in fails if c not in WARNING_CODES}
            if errs != {code}:
                problems.append("%s: expected only %s to fail, failing: %s" % (name, code, fails))
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append("code %s used %d times" % (c, counts.get(c, 0)))
    print("cases: %d clean + %d errors; arithmetic checks over the 5 clean drafts: %d" %
          (len(SOURCES), sum(counts.values()), n_checks))
    print("codes: " + ", ".join("%s %d" % (c, counts[c]) for c in CODES))
    print("slips: prose %d, table %d" % (where["prose"], where["table"]))
    if problems:
        for pr in problems:
            print("PROBLEM: " + pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
