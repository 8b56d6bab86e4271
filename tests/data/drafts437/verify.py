#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels: every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps the label value; every code is used at least twice.
2. arithmetic: the checks below are redone for every draft.  All error-level checks must pass on the
   clean drafts; on an error case the labelled code must fail and no other error-level code may fail.
   (`score_rule_mismatch` is a warning in errors.md §B; it is reported but not required to pass on
   error cases.)
Numbers are compared with the tolerance of rules.md §8: a stated value with d decimals matches a
computed value c when |c - v| <= 0.5 * 10^-d (+1e-9).
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN = {"score_rule_mismatch"}
WAN = D(10000)


# ---------------------------------------------------------------- numbers
def num(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return D(s)


def decs(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + D("1e-9")


def close(c, s):
    return abs(D(c) - num(s)) <= tol(s)


def same(a, b):
    """Two stated values of one quantity agree (tolerance of the less precise one)."""
    t = max(tol(a), tol(b))
    return abs(num(a) - num(b)) <= t


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = num(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
              "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- results
class Res:
    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    def failed(self):
        return [(c, m) for c, ok, m in self.items if not ok]


def g(text, pat, flags=0):
    """Groups of the unique match of pat (error if it matches 0 or >1 times)."""
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise ValueError("pattern matched %d times: %s" % (len(ms), pat))
    m = ms[0]
    return m.groups() if len(m.groups()) > 1 else m.group(1)


# ---------------------------------------------------------------- generic checks
def chk_sum(r, total, parts, msg, code="sum_mismatch", scale=None):
    """total == sum(parts); if not, but rescaling a single amount by 10^4 reconciles it -> unit_mismatch."""
    s = sum(num(p) for p in parts)
    if close(s, total):
        r.add(code, True, msg)
        return
    for i, p in enumerate(parts):
        for f in (WAN, 1 / WAN):
            alt = s - num(p) + num(p) / f
            if abs(alt - num(total)) <= tol(total):
                r.add("unit_mismatch", False, "%s: part %s reconciles when rescaled by 10^4" % (msg, p))
                return
    for f in (WAN, 1 / WAN):
        if abs(s - num(total) / f) <= tol(total) / f:
            r.add("unit_mismatch", False, "%s: total %s reconciles when rescaled by 10^4" % (msg, total))
            return
    r.add(code, False, "%s: sum %s != %s" % (msg, s, total))


def chk_diff(r, a, b, diff, msg, code="sum_mismatch"):
    """a - b == diff"""
    c = num(a) - num(b)
    r.add(code, close(c, diff), "%s: %s - %s = %s vs %s" % (msg, a, b, c, diff))


def chk_prod(r, count, per_yuan, wan, msg):
    """count x per_yuan 元 == wan 万元 (sum_mismatch; unit_mismatch when off by exactly 10^4)."""
    c = num(count) * num(per_yuan) / WAN
    if close(c, wan):
        r.add("sum_mismatch", True, msg)
    elif abs(num(wan) / WAN - c) <= tol(wan) / WAN or abs(num(wan) * WAN - c) <= tol(wan) * WAN:
        r.add("unit_mismatch", False, "%s: %s万元 is the 元 amount %s" % (msg, wan, c * WAN))
    else:
        r.add("sum_mismatch", False, "%s: %s x %s = %s万元 vs %s" % (msg, count, per_yuan, c, wan))


def chk_rate(r, numer, denom, rate, msg, code="rate_mismatch"):
    if num(denom) == 0:
        r.add("implausible_rate", num(rate) == 0, "%s: rate %s on a zero base" % (msg, rate))
        return
    c = num(numer) / num(denom) * 100
    r.add(code, close(c, rate), "%s: %s/%s = %.4f%% vs %s" % (msg, numer, denom, c, rate))
    r.add("implausible_rate", num(rate) <= 100, "%s: rate %s <= 100" % (msg, rate))


def chk_pct_range(r, rate, msg):
    r.add("implausible_rate", D(0) <= num(rate) <= 100, "%s: %s within [0, 100]" % (msg, rate))


def chk_same(r, a, b, msg):
    r.add("conflicting_values", same(a, b), "%s: %s vs %s" % (msg, a, b))


def chk_avg(r, items, avg, msg):
    c = sum(num(i) for i in items) / len(items)
    r.add("average_mismatch", close(c, avg), "%s: mean %s vs %s" % (msg, c, avg))


def chk_grade(r, total, grade, msg):
    r.add("grade_mismatch", GRADE_NORM.get(grade) == band(total), "%s: %s -> %s, stated %s" % (msg, total, band(total), grade))


def chk_exec_score(r, weight, spent, budget, score, msg, stated_rate=None):
    rate = num(spent) / num(budget)
    exp = [r2(num(weight) * min(rate, D(1)))]
    if stated_rate is not None:
        exp.append(r2(num(weight) * min(num(stated_rate), D(100)) / 100))
    r.add("score_rule_mismatch", any(close(e, score) for e in exp), "%s: expected %s, stated %s" % (msg, exp, score))


# ---------------------------------------------------------------- indicator tables
def table(text, header_prefix):
    """Rows (lists of cells) of the tab-separated table whose header line starts with header_prefix."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
    if len(idx) != 1:
        raise ValueError("table header %r found %d times" % (header_prefix, len(idx)))
    head = lines[idx[0]].split("\t")
    rows = []
    for l in lines[idx[0] + 1:]:
        if not l.strip() or "\t" not in l:
            break
        cells = l.split("\t")
        cells += [""] * (len(head) - len(cells))
        rows.append(dict(zip(head, cells)))
    return head, rows


NUM_RE = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|=|＞|＜|>|<)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")
DATE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
SIGN_DIR = {"≥": "gte", ">=": "gte", "＞＝": "gte", "＞": "gte", ">": "gte",
            "≤": "lte", "<=": "lte", "＜＝": "lte", "＜": "lte", "<": "lte", "=": "eq", None: "eq", "": "eq"}


def parse_cell(s, unit_col=None):
    """-> ('num', sign, value, unit) | ('date',) | ('text',)"""
    s = s.strip()
    if DATE_RE.search(s):
        return ("date",)
    m = NUM_RE.match(s)
    if not m:
        return ("text",)
    unit = m.group(3).strip()
    if not unit and unit_col:
        unit = unit_col
    return ("num", m.group(1), m.group(2), unit)


def chk_indicators(r, rows, col, unit_is_column=False, dir_col=None):
    """Generic row checks. col maps: name, target, actual, weight, score, [completion], [unit]."""
    for row in rows:
        name = row[col["name"]]
        w, sc = row[col["weight"]], row[col["score"]]
        r.add("score_exceeds_weight", D(0) <= num(sc) <= num(w), "%s: score %s <= weight %s" % (name, sc, w))
        ucol = row[col["unit"]] if unit_is_column else None
        if ucol == "日期":
            ucol = None
        t = parse_cell(row[col["target"]], ucol)
        a = parse_cell(row[col["actual"]], ucol)
        comp = row.get(col.get("completion", ""), "—").strip() if col.get("completion") else "—"
        if t[0] == "text":
            # qualitative: achieved -> band [80%, 100%] of the weight
            if a[0] == "text" and row[col["actual"]].strip() == row[col["target"]].strip():
                r.add("score_rule_mismatch", num(w) * D("0.8") <= num(sc) <= num(w), "%s: qualitative band" % name)
            if comp not in ("—", "", "-"):
                r.add("completion_mismatch", False, "%s: completion on a qualitative row" % name)
            continue
        if t[0] == "date" or a[0] == "date":
            r.add("unit_mismatch", t[0] == a[0], "%s: target %s / actual %s" % (name, row[col["target"]], row[col["actual"]]))
            continue
        if a[0] != "num":
            r.add("unit_mismatch", False, "%s: actual not numeric" % name)
            continue
        tu, au = t[3], a[3]
        if tu != au:
            r.add("unit_mismatch", False, "%s: unit %r vs %r" % (name, tu, au))
            continue
        r.add("unit_mismatch", True, name)
        sign = t[1]
        if dir_col:
            sign = {"≥": "≥", "≤": "≤", "=": "="}.get(row[dir_col].strip(), sign)
        d = SIGN_DIR.get(sign, "eq")
        T, A = num(t[2]), num(a[2])
        if d == "lte":
            c = D(100) if A <= T else T / A * 100
            exp = num(w) if A <= T else num(w) * T / A
        else:
            c = A / T * 100
            exp = num(w) if A >= T else num(w) * A / T
        if comp not in ("—", "", "-"):
            r.add("completion_mismatch", close(c, comp), "%s: completion %.4f vs %s" % (name, c, comp))
            alt = r2(num(w) * min(num(comp), D(100)) / 100)
        else:
            alt = None
        r.add("score_rule_mismatch", close(r2(exp), sc) or (alt is not None and close(alt, sc)),
              "%s: expected score %s, stated %s" % (name, r2(exp), sc))
        if au == "%" and ("率" in name or "满意" in name):
            chk_pct_range(r, a[2], name)


def row_by(rows, col, needle):
    hits = [x for x in rows if needle in x[col]]
    if len(hits) != 1:
        raise ValueError("row %r found %d times" % (needle, len(hits)))
    return hits[0]


def cellnum(s):
    m = re.search(r"[\d,]+(?:\.\d+)?", s)
    return m.group(0)


# ================================================================ project checks
def p_jingxing(t):
    r = Res("jingxing")
    Y = 2019
    r.add("year_mismatch", int(g(t, r"^(\d{4})年度双拥工作", re.M)) == Y, "title year")
    r.add("year_mismatch", int(g(t, r"截至(\d{4})年12月31日")) == Y, "register date")
    r.add("year_mismatch", int(g(t, r"（(\d{4})年末为")) == Y - 1, "last year's register")
    r.add("year_mismatch", int(g(t, r"年度：(\d{4})年")) == Y, "table year")
    r.add("year_mismatch", int(g(t, r"^(\d{4})年初，县财政", re.M)) == Y, "budget year")
    r.add("year_mismatch", int(g(t, r"加上(\d{4})年结转资金")) == Y - 1, "carry-over in")
    r.add("year_mismatch", int(g(t, r"结转至(\d{4})年使用")) > Y, "carry-over out")
    r.add("year_mismatch", int(g(t, r"\n(\d{4})年3月18日")) >= Y, "report date")
    reg, dis, sanshu, oth = g(t, r"在册重点优抚对象(\d+)户（\d{4}年末为\d+户），其中伤残军人(\d+)户.*?（以下简称“三属”）(\d+)户，[^，]*?等其他重点优抚对象(\d+)户")
    chk_sum(r, reg, [dis, sanshu, oth], "register by category")
    init, add, cin, annual = g(t, r"安排项目预算(\d+)万元；7月，[^；]*?追加([\d.]+)万元，加上\d{4}年结转资金([\d.]+)万元，全年预算数为([\d.]+)万元")
    chk_sum(r, annual, [init, add, cin], "annual budget = initial + addition + carry-over")
    rec_rate = g(t, r"资金全部到位，到位率(\d+)%")
    chk_rate(r, annual, annual, rec_rate, "到位率 (all received)")
    spent, erate = g(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    chk_rate(r, spent, annual, erate, "execution rate (text)")
    parts = g(t, r"其中：春节走访慰问金([\d.]+)万元，“八一”走访现役军人家庭慰问金([\d.]+)万元，慰问驻县部队物资([\d.]+)万元，双拥宣传及军民共建活动经费([\d.]+)万元，困难优抚对象临时帮扶([\d.]+)万元")
    chk_sum(r, spent, parts, "spending by use")
    bal = g(t, r"未使用的([\d.]+)万元")
    chk_diff(r, annual, spent, bal, "unspent = received - spent", code="balance_mismatch")
    s1, s2, s3 = g(t, r"伤残军人每户(\d+)元，“三属”每户(\d+)元，其他重点优抚对象每户(\d+)元")
    h1, h2, h3, m1, m2, m3, mt = g(t, r"实际走访伤残军人(\d+)户、“三属”(\d+)户、其他重点优抚对象(\d+)户，分别发放慰问金([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，合计([\d.]+)万元")
    for h, s, m, lab in ((h1, s1, m1, "伤残军人"), (h2, s2, m2, "三属"), (h3, s3, m3, "其他")):
        chk_prod(r, h, s, m, "春节 " + lab)
    chk_sum(r, mt, [m1, m2, m3], "春节 money by category")
    chk_same(r, mt, parts[0], "春节 total vs spending list")
    h8, s8, m8 = g(t, r"期间走访现役军人家庭(\d+)户，每户(\d+)元，计([\d.]+)万元")
    chk_prod(r, h8, s8, m8, "八一")
    chk_same(r, m8, parts[1], "八一 money vs spending list")
    vis, cov, miss = g(t, r"春节前实际走访重点优抚对象(\d+)户，占在册户数的([\d.]+)%，未走访的(\d+)户")
    chk_sum(r, vis, [h1, h2, h3], "visited by category")
    chk_rate(r, vis, reg, cov, "coverage")
    chk_diff(r, reg, vis, miss, "not visited")
    v8, more = g(t, r"前走访现役军人家庭(\d+)户，比目标多(\d+)户")
    chk_same(r, v8, h8, "八一 households")
    xf, bj, xfr, rest = g(t, r"受理涉军信访事项(\d+)件，办结(\d+)件，办结率(\d+)%.*?其余(\d+)件")
    chk_rate(r, bj, xf, xfr, "信访办结率")
    chk_diff(r, xf, bj, rest, "信访 open")
    q_out, q_back, q_ok, sat = g(t, r"发放问卷(\d+)份，回收(\d+)份，表示满意和基本满意的(\d+)份，满意度([\d.]+)%")
    chk_rate(r, q_ok, q_back, sat, "satisfaction")
    es, os_, bs, ss, tot, grade = g(t, r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，自评得分([\d.]+)分，等级为“(.)”")
    chk_sum(r, tot, [es, os_, bs, ss], "text score components", code="score_sum_mismatch")
    chk_grade(r, tot, grade, "grade")
    # funds block
    fr = {}
    for lab in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        fr[lab] = g(t, r"\n" + lab + r"\t([^\n]*)").split("\t")
    for i, colname in enumerate(("年初", "全年", "执行")):
        chk_sum(r, fr["年度资金总额"][i], [fr[k][i] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")], "funds block " + colname)
    ti, ta, te, tw, trate, tsc = fr["年度资金总额"][:6]
    chk_rate(r, te, ta, trate, "funds block execution rate")
    chk_exec_score(r, tw, te, ta, tsc, "execution score", trate)
    chk_same(r, ti, init, "initial budget text/table")
    chk_same(r, ta, annual, "annual budget text/table")
    chk_same(r, te, spent, "spent text/table")
    chk_same(r, trate, erate, "execution rate text/table")
    chk_same(r, fr["上年结转资金"][1], cin, "carry-over text/table")
    chk_sum(r, fr["其中：当年财政拨款"][1], [init, add], "当年财政拨款 = initial + addition")
    chk_same(r, tsc, es, "execution score text/table")
    # indicator table
    head, rows = table(t, "一级指标\t二级指标\t三级指标\t年度指标值")
    total = [x for x in rows if x["一级指标"] == "总分"]
    ind = [x for x in rows if x["三级指标"]]
    col = dict(name="三级指标", target="年度指标值", actual="实际完成值", completion="完成率", weight="分值", score="得分")
    chk_indicators(r, ind, col)
    tw_all, ts_all = total[0]["分值"], total[0]["得分"]
    chk_sum(r, tw_all, [x["分值"] for x in ind] + [tw], "weights", code="weight_sum_mismatch")
    r.add("weight_sum_mismatch", num(tw_all) == 100, "total weight 100")
    chk_sum(r, ts_all, [x["得分"] for x in ind] + [tsc], "scores", code="score_sum_mismatch")
    chk_same(r, ts_all, tot, "total text/table")
    lvl = {}
    cur = None
    for x in ind:
        cur = x["一级指标"] or cur
        lvl.setdefault(cur, []).append(x["得分"])
    chk_sum(r, os_, lvl["产出指标"], "产出 score text vs table", code="score_sum_mismatch")
    chk_sum(r, bs, lvl["效益指标"], "效益 score text vs table", code="score_sum_mismatch")
    chk_sum(r, ss, lvl["满意度指标"], "满意度 score text vs table", code="score_sum_mismatch")
    A = lambda needle: cellnum(row_by(ind, "三级指标", needle)["实际完成值"])
    chk_same(r, A("春节走访慰问"), vis, "visited text/table")
    chk_same(r, A("八一"), v8, "八一 text/table")
    chk_sum(r, A("八一"), [cellnum(row_by(ind, "三级指标", "八一")["年度指标值"]), more], "八一 above target")
    chk_same(r, A("覆盖率"), cov, "coverage text/table")
    chk_same(r, A("信访"), xfr, "信访 text/table")
    chk_same(r, A("满意度"), sat, "satisfaction text/table")
    chk_same(r, A("发放到位率"), g(t, r"节前发放到位率(\d+)%"), "节前发放到位率 text/table")
    chk_same(r, A("伤残军人春节慰问标准"), s1, "standard text/table")
    chk_same(r, A("项目支出总额"), spent, "spent cost row")
    chk_same(r, cellnum(row_by(ind, "三级指标", "项目支出总额")["年度指标值"]), annual, "cost cap = annual budget")
    return r


def p_hukou(t):
    r = Res("hukou")
    Y = 2021
    r.add("year_mismatch", int(g(t, r"^湖口县退役军人事务局(\d{4})年度", re.M)) == Y, "title year")
    r.add("year_mismatch", int(g(t, r"对(\d{4})年度双拥共建")) == Y, "intro year")
    r.add("year_mismatch", int(g(t, r"(\d{4})年全县在册")) == Y, "register year")
    r.add("year_mismatch", int(g(t, r"(\d{4})年年初预算")) == Y, "budget year")
    r.add("year_mismatch", int(g(t, r"元旦春节走访于(\d{4})年2月5日")) == Y, "visit date")
    r.add("year_mismatch", int(g(t, r"于(\d{4})年1月中旬")) == Y + 1, "evaluation period")
    r.add("year_mismatch", int(g(t, r"\n(\d{4})年2月25日")) >= Y, "report date")
    reg, prev, less = g(t, r"在册重点优抚对象([\d,]+)户，较上年（([\d,]+)户）减少(\d+)户")
    chk_diff(r, prev, reg, less, "register change")
    init, add, annual, rec, spent, erate, bal = g(t, r"年初预算(\d+)万元，6月[^。]*?追加(\d+)万元，全年预算([\d.]+)万元，实际到位([\d.]+)万元。全年支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    chk_sum(r, annual, [init, add], "annual = initial + addition")
    chk_rate(r, spent, annual, erate, "execution rate")
    r.add("implausible_rate", num(spent) <= num(rec) <= num(annual), "spent <= received <= annual")
    chk_diff(r, rec, spent, bal, "balance", code="balance_mismatch")
    hv, h1, h2, h3, s1, s2, s3, m1, m2, m3, mt = g(t, r"元旦春节期间走访优抚对象([\d,]+)户，其中伤残军人(\d+)户、“三属”（[^）]*）(\d+)户、其他重点优抚对象(\d+)户，按伤残军人每户(\d+)元、“三属”每户(\d+)元、其他重点优抚对象每户(\d+)元的标准，分别发放慰问金([\d.]+)万元、([\d.]+)万元和([\d.]+)万元，共([\d.]+)万元")
    chk_sum(r, hv, [h1, h2, h3], "春节 households")
    for h, s, m, lab in ((h1, s1, m1, "伤残军人"), (h2, s2, m2, "三属"), (h3, s3, m3, "其他")):
        chk_prod(r, h, s, m, "春节 " + lab)
    chk_sum(r, mt, [m1, m2, m3], "春节 money")
    h8, s8, m8, short = g(t, r"期间走访现役军人家庭及伤残军人(\d+)户，每户(\d+)元，计([\d.]+)万元，比目标少(\d+)户")
    chk_prod(r, h8, s8, m8, "八一")
    two, troops, gj = g(t, r"两节慰问金合计([\d.]+)万元；另支出驻县部队慰问物资([\d.]+)万元、军民共建及双拥宣传经费([\d.]+)万元")
    chk_sum(r, two, [mt, m8], "两节慰问金")
    chk_sum(r, spent, [two, troops, gj], "spending by use")
    gjd = g(t, r"全年新建军民共建点(\d+)个")
    zx = g(t, r"知晓率为(\d+)%")
    wt = g(t, r"子女入学等实际问题(\d+)件")
    yj_all = g(t, r"意见建议(\d+)条，已答复办理(\d+)条，其余(\d+)条")
    chk_diff(r, yj_all[0], yj_all[1], yj_all[2], "意见建议 open")
    tot, grade = g(t, r"综合得分(\d+)分，评价等级为“(..)”")
    chk_grade(r, tot, grade, "grade")
    t8 = g(t, r"“八一”走访现役军人家庭及伤残军人不少于(\d+)户")
    chk_diff(r, t8, h8, short, "八一 short of target")
    head, rows = table(t, "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分")
    total = [x for x in rows if x["一级指标"] == "合计"][0]
    ex = [x for x in rows if x["一级指标"] == "预算执行"][0]
    ind = [x for x in rows if x["一级指标"] not in ("合计", "预算执行")]
    col = dict(name="三级指标", target="年度指标值", actual="实际完成值", weight="分值", score="得分")
    chk_indicators(r, ind, col)
    r.add("score_exceeds_weight", num(ex["得分"]) <= num(ex["分值"]), "execution score <= weight")
    chk_exec_score(r, ex["分值"], spent, annual, ex["得分"], "execution score", erate)
    chk_sum(r, total["分值"], [x["分值"] for x in ind] + [ex["分值"]], "weights", code="weight_sum_mismatch")
    r.add("weight_sum_mismatch", num(total["分值"]) == 100, "total weight 100")
    chk_sum(r, total["得分"], [x["得分"] for x in ind] + [ex["得分"]], "scores", code="score_sum_mismatch")
    chk_same(r, total["得分"], tot, "total text/table")
    A = lambda needle: cellnum(row_by(ind, "三级指标", needle)["实际完成值"])
    T = lambda needle: cellnum(row_by(ind, "三级指标", needle)["年度指标值"])
    chk_same(r, A("春节走访"), hv, "春节 households text/table")
    chk_same(r, A("八一"), h8, "八一 households text/table")
    chk_same(r, T("八一"), t8, "八一 target text/table")
    chk_same(r, A("共建点"), gjd, "共建点 text/table")
    chk_same(r, A("知晓率"), zx, "知晓率 text/table")
    chk_same(r, A("子女入学"), wt, "问题件数 text/table")
    chk_same(r, A("两节慰问金"), two, "两节慰问金 text/table")
    return r


def p_zitong(t):
    r = Res("zitong")
    Y = 2022
    r.add("year_mismatch", int(g(t, r"^(\d{4})年度优抚对象走访慰问", re.M)) == Y, "title year")
    r.add("year_mismatch", int(g(t, r"截至(\d{4})年12月31日")) == Y, "register date")
    r.add("year_mismatch", int(g(t, r"(\d{4})年，县政府将")) == Y, "standards year")
    r.add("year_mismatch", int(g(t, r"(\d{4})年年初，县财政")) == Y, "budget year")
    r.add("year_mismatch", int(g(t, r"于(\d{4})年1月28日前发放完毕")) == Y, "target date")
    r.add("year_mismatch", int(g(t, r"结转至(\d{4})年")) > Y, "carry-over out")
    r.add("year_mismatch", int(g(t, r"自评表（(\d{4})年度）")) == Y, "table year")
    r.add("year_mismatch", int(g(t, r"\n(\d{4})年2月20日")) >= Y, "report date")
    reg, prev, c1, c2, c3 = g(t, r"在册重点优抚对象([\d,]+)户（上年([\d,]+)户），其中伤残军人(\d+)户、“三属”(\d+)户、[^，]*?其他重点优抚对象([\d,]+)户")
    chk_sum(r, reg, [c1, c2, c3], "register by category")
    s1, s2, s3 = g(t, r"分别提高到每户(\d+)元、(\d+)元、(\d+)元")
    init, city, annual = g(t, r"批复本项目预算(\d+)万元；7月，市财政下达“八一”慰问补助资金(\d+)万元，全年预算调整为([\d.]+)万元")
    chk_sum(r, annual, [init, city], "annual = initial + city")
    spent, p1, p2, p3, p4, bal = g(t, r"全年支出([\d.]+)万元，其中春节走访慰问金([\d.]+)万元，“八一”慰问金([\d.]+)万元，驻县部队慰问([\d.]+)万元，双拥宣传及军地共建活动([\d.]+)万元。年末结余([\d.]+)万元")
    chk_sum(r, spent, [p1, p2, p3, p4], "spending by use")
    r.add("rate_mismatch", "项目资金全部到位" in t, "all received")
    chk_diff(r, annual, spent, bal, "balance", code="balance_mismatch")
    hv, v1, v2, v3, q1, q2, q3, m1, m2, m3 = g(t, r"走访慰问重点优抚对象(\d+)户：伤残军人、“三属”、其他重点优抚对象分别为(\d+)户、(\d+)户、(\d+)户，按每户(\d+)元、(\d+)元、(\d+)元的标准分别发放([\d.]+)万元、([\d.]+)万元、([\d.]+)万元")
    chk_sum(r, hv, [v1, v2, v3], "visited by category")
    for h, s, m, lab in ((v1, q1, m1, "伤残军人"), (v2, q2, m2, "三属"), (v3, q3, m3, "其他")):
        chk_prod(r, h, s, m, "春节 " + lab)
    chk_sum(r, p1, [m1, m2, m3], "春节 money by category")
    for a, b, lab in ((s1, q1, "伤残军人"), (s2, q2, "三属"), (s3, q3, "其他")):
        chk_same(r, a, b, "standard " + lab)
    o1, o2, o3 = g(t, r"另有伤残军人(\d+)户、“三属”(\d+)户、其他重点优抚对象(\d+)户")
    chk_diff(r, c1, v1, o1, "伤残军人 not visited")
    chk_diff(r, c2, v2, o2, "三属 not visited")
    chk_diff(r, c3, v3, o3, "其他 not visited")
    h8, s8 = g(t, r"期间走访伤残军人和“三属”(\d+)户，每户(\d+)元")
    chk_prod(r, h8, s8, p2, "八一")
    chk_sum(r, h8, [v1, v2], "八一 = 伤残军人 + 三属 visited")
    nsu, solved, srate, unsolved = g(t, r"诉求(\d+)件，解决(\d+)件，解决率(\d+)%，未解决的(\d+)件")
    chk_rate(r, solved, nsu, srate, "解决率")
    chk_diff(r, nsu, solved, unsolved, "unsolved")
    sn, sok, sat = g(t, r"抽样调查重点优抚对象(\d+)户，满意(\d+)户，满意度([\d.]+)%")
    chk_rate(r, sok, sn, sat, "satisfaction")
    yrs = g(t, r"已连续开展(\d+)年")
    tot, grade = g(t, r"项目自评得分([\d.]+)分，等级为(.)")
    chk_grade(r, tot, grade, "grade")
    fr = {}
    for lab in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        fr[lab] = g(t, r"\n" + lab + r"\t([^\n]*)").split("\t")
    for i, cn in enumerate(("年初", "全年", "执行")):
        chk_sum(r, fr["年度资金总额"][i], [fr[k][i] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")], "funds " + cn)
    ti, ta, te, tw, trate, tsc = fr["年度资金总额"][:6]
    chk_rate(r, te, ta, trate, "funds execution rate")
    chk_exec_score(r, tw, te, ta, tsc, "execution score", trate)
    chk_same(r, ti, init, "initial text/table")
    chk_same(r, ta, annual, "annual text/table")
    chk_same(r, te, spent, "spent text/table")
    head, rows = table(t, "一级指标\t二级指标\t三级指标\t指标性质")
    total = [x for x in rows if x["一级指标"] == "合计"][0]
    ind = [x for x in rows if x["一级指标"] != "合计"]
    col = dict(name="三级指标", target="指标值", actual="实际完成值", completion="完成率", weight="分值", score="得分", unit="度量单位")
    chk_indicators(r, ind, col, unit_is_column=True, dir_col="指标性质")
    chk_sum(r, total["分值"], [x["分值"] for x in ind] + [tw], "weights", code="weight_sum_mismatch")
    r.add("weight_sum_mismatch", num(total["分值"]) == 100, "total weight 100")
    chk_sum(r, total["得分"], [x["得分"] for x in ind] + [tsc], "scores", code="score_sum_mismatch")
    chk_same(r, total["得分"], tot, "total text/table")
    A = lambda needle: row_by(ind, "三级指标", needle)["实际完成值"]
    T = lambda needle: row_by(ind, "三级指标", needle)["指标值"]
    chk_same(r, A("春节走访"), hv, "春节 visited text/table")
    chk_same(r, A("八一"), h8, "八一 text/table")
    chk_same(r, A("解决率"), srate, "解决率 text/table")
    chk_same(r, A("满意度"), sat, "satisfaction text/table")
    chk_same(r, A("持续开展年限"), yrs, "years text/table")
    chk_same(r, A("春节慰问标准"), s3, "standard text/table")
    chk_same(r, T("春节走访"), g(t, r"春节期间走访慰问重点优抚对象不少于(\d+)户"), "target text/table")
    chk_same(r, T("八一"), g(t, r"“八一”走访伤残军人和“三属”不少于(\d+)户"), "八一 target text/table")
    return r


def p_ningjin(t):
    r = Res("ningjin")
    Y = 2023
    r.add("year_mismatch", int(g(t, r"^宁津县退役军人事务局(\d{4})年度", re.M)) == Y, "title year")
    r.add("year_mismatch", int(g(t, r"本部门(\d{4})年度整体支出")) == Y, "intro year")
    r.add("year_mismatch", int(g(t, r"(\d{4})年部门全年预算")) == Y, "budget year")
    r.add("year_mismatch", int(g(t, r"(\d{4})年末在职人员")) == Y, "staff year")
    r.add("year_mismatch", int(g(t, r"\n(\d{4})年4月12日")) >= Y, "report date")
    spent_open = g(t, r"整体支出([\d.]+)万元的预算执行")
    ann, basic, proj, spent, bs, ps, rate, brate, prate = g(t, r"全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元；全年支出([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元。部门整体预算执行率([\d.]+)%，其中基本支出执行率([\d.]+)%、项目支出执行率([\d.]+)%")
    chk_sum(r, ann, [basic, proj], "budget = basic + project")
    chk_sum(r, spent, [bs, ps], "spent = basic + project")
    chk_rate(r, spent, ann, rate, "department execution rate")
    chk_rate(r, bs, basic, brate, "basic execution rate")
    chk_rate(r, ps, proj, prate, "project execution rate")
    chk_same(r, spent_open, spent, "department spending opening/body")
    bs2, pers, pub = g(t, r"基本支出([\d.]+)万元中，人员经费([\d.]+)万元，公用经费([\d.]+)万元")
    chk_same(r, bs2, bs, "basic spending")
    chk_sum(r, bs2, [pers, pub], "basic = personnel + public")
    b1, b2, b3, b4, avg = g(t, r"分别走访([\d,]+)户、(\d+)户、(\d+)户、(\d+)户，平均每批次(\d+)户")
    chk_avg(r, [b1, b2, b3, b4], avg, "households per batch")
    st, mon, hh, c1, c2, c3 = g(t, r"元旦春节按每户(\d+)元标准发放慰问金([\d.]+)万元，([\d,]+)户中伤残军人(\d+)户、军烈属(\d+)户、其他重点优抚对象([\d,]+)户")
    chk_same(r, hh, b1, "春节 households")
    chk_sum(r, hh, [c1, c2, c3], "春节 households by category")
    chk_prod(r, hh, st, mon, "春节 money")
    qh, qs, qm = g(t, r"清明节慰问军烈属(\d+)户，每户(\d+)元，计([\d.]+)万元")
    chk_same(r, qh, b2, "清明 households")
    chk_same(r, qh, c2, "清明 = 军烈属")
    h8, h8a, h8b, s8, m8 = g(t, r"走访伤残军人和现役军人家庭(\d+)户（分别为(\d+)户、(\d+)户），每户(\d+)元，计([\d.]+)万元")
    chk_same(r, h8, b3, "八一 households")
    chk_sum(r, h8, [h8a, h8b], "八一 by category")
    chk_same(r, h8a, c1, "八一 伤残军人")
    chk_prod(r, qh, qs, qm, "清明 money")
    chk_prod(r, h8, s8, m8, "八一 money")
    gh, gs, gm = g(t, r"国庆节慰问[^，]*?(\d+)户，每户(\d+)元，计([\d.]+)万元")
    chk_same(r, gh, b4, "国庆 households")
    chk_prod(r, gh, gs, gm, "国庆 money")
    gift, ztot = g(t, r"另购置慰问品([\d.]+)万元，走访慰问项目合计支出([\d.]+)万元")
    chk_sum(r, ztot, [mon, qm, m8, gm, gift], "走访慰问 spending")
    reg = g(t, r"在册重点优抚对象([\d,]+)户（上年")
    cov = g(t, r"走访覆盖率([\d.]+)%")
    chk_rate(r, b1, reg, cov, "coverage")
    sy_bal = g(t, r"双拥共建工作经费结余([\d.]+)万元")
    ly_bal = g(t, r"项目结余([\d.]+)万元")
    plan, act, lrate = g(t, r"短期疗养计划(\d+)人次、实际(\d+)人次，疗养人次完成率(\d+)%")
    chk_rate(r, act, plan, lrate, "疗养 completion", code="completion_mismatch")
    chk_same(r, g(t, r"短期疗养(\d+)人次（上年"), act, "疗养人次")
    w = g(t, r"预算执行（(\d+)分）、产出（(\d+)分）、效益（(\d+)分）和满意度（(\d+)分）")
    chk_sum(r, "100", list(w), "department weights", code="weight_sum_mismatch")
    tot, es, os_, bsc, ss, grade = g(t, r"自评得分([\d.]+)分，其中预算执行得([\d.]+)分、产出指标得([\d.]+)分、效益指标得([\d.]+)分、满意度指标得([\d.]+)分，评价等级为(.)")
    chk_sum(r, tot, [es, os_, bsc, ss], "department score", code="score_sum_mismatch")
    for sc, ww, lab in zip((es, os_, bsc, ss), w, ("预算执行", "产出", "效益", "满意度")):
        r.add("score_exceeds_weight", D(0) <= num(sc) <= num(ww), "%s %s <= %s" % (lab, sc, ww))
    chk_exec_score(r, w[0], spent, ann, es, "department execution score", rate)
    chk_grade(r, tot, grade, "department grade")
    sat, sat0 = g(t, r"综合满意率([\d.]+)%（上年([\d.]+)%）")
    chk_pct_range(r, sat, "satisfaction")
    chk_pct_range(r, sat0, "last year's satisfaction")
    head, rows = table(t, "项目名称\t全年预算数")
    projs = [x for x in rows if x["项目名称"] not in ("合计", "平均")]
    tot_row = [x for x in rows if x["项目名称"] == "合计"][0]
    avg_row = [x for x in rows if x["项目名称"] == "平均"][0]
    for x in projs:
        chk_rate(r, x["全年执行数"], x["全年预算数"], x["执行率"], x["项目名称"])
        chk_grade(r, x["自评得分"], x["评价等级"], x["项目名称"])
        r.add("score_exceeds_weight", D(0) <= num(x["自评得分"]) <= 100, x["项目名称"] + " score <= 100")
    chk_sum(r, tot_row["全年预算数"], [x["全年预算数"] for x in projs], "project budgets")
    chk_sum(r, tot_row["全年执行数"], [x["全年执行数"] for x in projs], "project spending")
    chk_rate(r, tot_row["全年执行数"], tot_row["全年预算数"], tot_row["执行率"], "projects total rate")
    chk_avg(r, [x["自评得分"] for x in projs], avg_row["自评得分"], "project average")
    chk_same(r, tot_row["全年预算数"], proj, "project budget text/table")
    chk_same(r, tot_row["全年执行数"], ps, "project spending text/table")
    chk_same(r, tot_row["执行率"], prate, "project rate text/table")
    zf = row_by(projs, "项目名称", "走访慰问")
    chk_same(r, zf["全年执行数"], ztot, "走访慰问 spending text/table")
    sy = row_by(projs, "项目名称", "双拥共建")
    chk_diff(r, sy["全年预算数"], sy["全年执行数"], sy_bal, "双拥 balance", code="balance_mismatch")
    ly = row_by(projs, "项目名称", "疗养")
    chk_diff(r, ly["全年预算数"], ly["全年执行数"], ly_bal, "疗养 balance", code="balance_mismatch")
    return r


def p_pingle(t):
    r = Res("pingle")
    Y = 2024
    r.add("year_mismatch", int(g(t, r"项目(\d{4})年度绩效自评报告")) == Y, "title year")
    adv_y, adv_for, adv_amt = g(t, r"(\d{4})年12月，自治区提前下达(\d{4})年优抚对象慰问补助资金(\d+)万元")
    r.add("year_mismatch", int(adv_for) == Y and int(adv_y) == Y - 1, "advance issued in the December before the budget year")
    r.add("year_mismatch", int(g(t, r"(\d{4})年起，伤残军人春节慰问标准")) == Y, "standard year")
    r.add("year_mismatch", int(g(t, r"推迟到(\d{4})年实施")) > Y, "postponed project")
    r.add("year_mismatch", int(g(t, r"\n(\d{4})年3月6日")) >= Y, "report date")
    county0, city2 = g(t, r"县本级年初安排(\d+)万元；9月，市级下达“八一”慰问补助(\d+)万元")
    cols = ["年度总金额", "财政资金小计", "中央级", "自治区级", "市级", "县级", "上年结转资金", "其他资金"]
    fr = {}
    for lab in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"):
        cells = g(t, r"\n" + re.escape(lab) + r"\t([^\n]*)").split("\t")
        fr[lab] = dict(zip(cols, cells[1:]))
    for lab in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        x = fr[lab]
        chk_sum(r, x["财政资金小计"], [x[c] for c in ("中央级", "自治区级", "市级", "县级")], lab + " 小计")
        chk_sum(r, x["年度总金额"], [x["财政资金小计"], x["上年结转资金"], x["其他资金"]], lab + " 总额")
    for c in cols:
        chk_diff(r, fr["实际到位资金"][c], fr["全年执行资金"][c], fr["资金结余"][c], "(5)=(3)-(4) " + c, code="balance_mismatch")
        chk_rate(r, fr["实际到位资金"][c], fr["全年预算资金"][c], fr["预算到位率(%)"][c], "(6) " + c)
        chk_rate(r, fr["全年执行资金"][c], fr["全年预算资金"][c], fr["预算执行率(%)"][c], "(7) " + c)
    chk_same(r, adv_amt, fr["年初预算资金"]["自治区级"], "自治区 advance text/table")
    chk_same(r, county0, fr["年初预算资金"]["县级"], "county initial text/table")
    chk_same(r, city2, fr["全年预算资金"]["市级"], "city money text/table")
    c_all, c_in, c_rest = g(t, r"市级“八一”慰问补助(\d+)万元中，当年到位(\d+)万元，其余(\d+)万元")
    chk_same(r, c_all, city2, "city money")
    chk_same(r, c_in, fr["实际到位资金"]["市级"], "city received text/table")
    chk_diff(r, c_all, c_in, c_rest, "city not received")
    cbal = g(t, r"县级资金结余([\d.]+)万元")
    chk_diff(r, fr["实际到位资金"]["县级"], fr["全年执行资金"]["县级"], cbal, "county balance text", code="balance_mismatch")
    tot, grade = g(t, r"自评总得分(\d+)分，评价等级为(..)")
    chk_grade(r, tot, grade, "grade")
    head, rows = table(t, "一级指标\t二级指标\t三级指标\t目标值")
    total = [x for x in rows if x["一级指标"] == "合计"][0]
    ind = [x for x in rows if x["一级指标"] != "合计"]
    col = dict(name="三级指标", target="目标值", actual="业绩值", completion="完成率", weight="分值", score="指标得分")
    chk_indicators(r, ind, col)
    chk_sum(r, total["分值"], [x["分值"] for x in ind], "weights", code="weight_sum_mismatch")
    r.add("weight_sum_mismatch", num(total["分值"]) == 100, "total weight 100")
    chk_sum(r, total["指标得分"], [x["指标得分"] for x in ind], "scores", code="score_sum_mismatch")
    chk_same(r, total["指标得分"], tot, "total text/table")
    ex = row_by(ind, "一级指标", "预算执行")
    chk_same(r, ex["业绩值"], fr["预算执行率(%)"]["年度总金额"], "execution rate indicator/funds table")
    chk_exec_score(r, ex["分值"], fr["全年执行资金"]["年度总金额"], fr["全年预算资金"]["年度总金额"], ex["指标得分"], "execution score")
    hv, h1, h2, h3, s1, s2, s3, m1, m2, m3, mt, avg = g(t, r"走访慰问重点优抚对象([\d,]+)户，其中伤残军人(\d+)户、“三属”(\d+)户、其他重点优抚对象(\d+)户，分别按每户(\d+)元、([\d,]+)元、(\d+)元发放慰问金([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，合计([\d.]+)万元，户均([\d.]+)元")
    chk_sum(r, hv, [h1, h2, h3], "春节 households")
    for h, s, m, lab in ((h1, s1, m1, "伤残军人"), (h2, s2, m2, "三属"), (h3, s3, m3, "其他")):
        chk_prod(r, h, s, m, "春节 " + lab)
    chk_sum(r, mt, [m1, m2, m3], "春节 money")
    r.add("average_mismatch", close(num(mt) * WAN / num(hv), avg), "户均 %s / %s" % (mt, hv))
    troops, h8, s8, m8 = g(t, r"慰问物资([\d.]+)万元；走访伤残军人、“三属”(\d+)户，每户(\d+)元，计([\d.]+)万元")
    chk_sum(r, h8, [h1, h2], "八一 = 伤残军人 + 三属")
    chk_prod(r, h8, s8, m8, "八一 money")
    nd, per, ndm, pub = g(t, r"全年新建双拥示范点(\d+)个，每个补助(\d+)万元，计([\d.]+)万元；双拥宣传及军民共建活动支出([\d.]+)万元")
    chk_sum(r, ndm, [per] * int(nd), "示范点 money")
    chk_sum(r, fr["全年执行资金"]["年度总金额"], [mt, troops, m8, ndm, pub], "spending by use")
    su, sd, srate = g(t, r"帮扶诉求(\d+)件，办结(\d+)件，办结率([\d.]+)%")
    chk_rate(r, sd, su, srate, "办结率")
    gj, gless = g(t, r"落实军民共建项目(\d+)个，较目标少(\d+)个")
    qn, qok, sat = g(t, r"发放问卷(\d+)份，满意及基本满意(\d+)份，满意度([\d.]+)%")
    chk_rate(r, qok, qn, sat, "satisfaction")
    late = g(t, r"一是(\d+)户优抚对象因银行账户信息变更")
    A = lambda needle: cellnum(row_by(ind, "三级指标", needle)["业绩值"])
    T = lambda needle: cellnum(row_by(ind, "三级指标", needle)["目标值"])
    chk_rate(r, num(hv) - num(late), hv, A("节前发放到位率"), "节前发放到位率")
    chk_same(r, A("春节走访"), hv, "春节 households text/table")
    chk_same(r, A("办结率"), srate, "办结率 text/table")
    chk_same(r, A("共建项目"), gj, "共建 text/table")
    chk_diff(r, T("共建项目"), gj, gless, "共建 short of target")
    chk_same(r, A("满意度"), sat, "satisfaction text/table")
    chk_same(r, A("示范点"), nd, "示范点 text/table")
    chk_same(r, A("伤残军人春节慰问标准"), s1, "standard text/table")
    chk_same(r, A("驻平部队"), g(t, r"慰问驻平部队及武警中队(\d+)个单位"), "troops text/table")
    return r


PROJECTS = {
    "he-jingxing-shuangyong-2019": p_jingxing,
    "jx-hukou-yongjunyoushu-2021": p_hukou,
    "sc-zitong-youfuweiwen-2022": p_zitong,
    "sd-ningjin-tyjrswj-bumen-2023": p_ningjin,
    "gx-pingle-jieriweiwen-2024": p_pingle,
}


# ---------------------------------------------------------------- label / diff checks
TOKCH = set("0123456789.,%")


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def token_at(text, i, j):
    while i > 0 and text[i - 1] in TOKCH:
        i -= 1
    while j < len(text) and text[j] in TOKCH:
        j += 1
    return text[i:j]


def standalone_count(text, tok):
    core = tok.rstrip("%").strip(",.")
    if not core:
        return 0
    return len(re.findall(r"(?<![\d.,])" + re.escape(core) + r"(?!\.?\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = Counter()
    where = Counter()
    n_clean = n_err = 0
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        pid = lab["source"]
        fn = PROJECTS[pid]
        try:
            res = fn(text)
        except Exception as exc:  # extraction failure is a problem
            problems.append("%s: extraction failed: %s" % (lab["case"], exc))
            continue
        failed = res.failed()
        err_failed = sorted(set(c for c, m in failed if c not in WARN))
        warn_failed = [(c, m) for c, m in failed if c in WARN]
        if lab["clean"]:
            n_clean += 1
            if lab["expected"]:
                problems.append("%s: clean case with labels" % lab["case"])
            if failed:
                problems.append("%s: clean draft fails %s" % (lab["case"], failed))
            chars = len(text)
            print("%-38s clean: %d checks, %d characters" % (lab["case"], len(res.items), chars))
            if not 2800 <= chars <= 3400:
                problems.append("%s: %d characters" % (lab["case"], chars))
            continue
        n_err += 1
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append("%s: expected one label" % lab["case"])
            continue
        e = exp[0]
        codes[e["code"]] += 1
        if e["severity"] != "error" or e["code"] not in CODES13:
            problems.append("%s: bad code/severity" % lab["case"])
        if e["value"] not in text:
            problems.append("%s: value not in case" % lab["case"])
        if text.count(e["value"]) != 1:
            problems.append("%s: value occurs %d times" % (lab["case"], text.count(e["value"])))
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        p, ea, eb = diff_region(clean, text)
        if p == len(clean) and p == len(text):
            problems.append("%s: identical to clean" % lab["case"])
            continue
        if eb - p > 30 or ea - p > 30:
            problems.append("%s: changed region too long (%d/%d)" % (lab["case"], ea - p, eb - p))
        vi = text.find(e["value"])
        if not (vi < max(eb, p + 1) and p < vi + len(e["value"])):
            problems.append("%s: change [%d,%d) does not overlap the value at %d" % (lab["case"], p, eb, vi))
        # the changed figure: one statement only (twice for conflicting_values)
        old_tok = token_at(clean, p, ea)
        new_tok = token_at(text, p, eb)
        core = old_tok.rstrip("%").strip(",.")
        is_year = re.fullmatch(r"\d{4}", core) is not None and clean[ea:ea + 1] == "年"
        if len(core.replace(".", "")) >= 3 and not is_year:
            want = 2 if e["code"] == "conflicting_values" else 1
            cnt = standalone_count(clean, old_tok)
            if cnt != want:
                problems.append("%s: changed figure %r stated %d times in the clean draft (want %d)" % (lab["case"], old_tok, cnt, want))
        if err_failed != [e["code"]]:
            problems.append("%s: labelled %s, failing error codes %s: %s" % (
                lab["case"], e["code"], err_failed, [m for c, m in failed if c not in WARN]))
        print("%-38s %-22s fails=%s%s  [%r -> %r]" % (lab["case"], e["code"], ",".join(err_failed),
                                                       (" (+warn %d)" % len(warn_failed)) if warn_failed else "",
                                                       old_tok, new_tok))
    for c in CODES13:
        if codes[c] < 2:
            problems.append("code %s used %d times" % (c, codes[c]))
    print("clean=%d errors=%d codes=%s" % (n_clean, n_err, dict(sorted(codes.items()))))
    if problems:
        for pr in problems:
            print("PROBLEM:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
