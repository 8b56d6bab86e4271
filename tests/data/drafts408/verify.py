#!/usr/bin/env python3
"""Verify the held-out set (standard library only, decimal.Decimal).

1. every label value occurs in its case; every error case differs from its clean draft in one contiguous
   place that overlaps an occurrence of the label value; every code of errors.md section A (1-13) is used >= 2x;
2. redo the arithmetic of every clean draft: all checks must pass (warning-level checks included);
3. redo the arithmetic of every error case: the labelled code must fail and no other error-level code may fail
   (warning-level checks, e.g. score_rule_mismatch after a swapped score, are reported but allowed).
Prints OK at the end, or the problems and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}


class ExtractError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance (rules.md section 8)

def num(s):
    s = str(s).strip().replace(",", "").replace("，", "").rstrip("%")
    if s in ("", "—", "-", "－"):
        return D(0)
    return D(s)


def decimals(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as written; computed: Decimal. |c - v| <= 0.5 * 10^-d (+1e-9)."""
    v = num(stated)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")


def eq(a, b):
    return num(a) == num(b)


def pct(n, d):
    return num(n) / num(d) * 100


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "一般": "中", "合格": "中",
               "中": "中", "较差": "差", "不合格": "差", "差": "差"}


def grade_of(word):
    return GRADE_WORDS[word]


def one(text, pat, group=1):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise ExtractError("pattern %r matched %d times" % (pat, len(ms)))
    return ms[0].group(group) if group is not None else ms[0]


def all_of(text, pat, group=1):
    return [m.group(group) for m in re.finditer(pat, text)]


YUAN = {"元": D(1), "万元": D(10000), "亿元": D(100000000)}


def money(s):
    """'1,104,130.00元' / '17.20万元' -> (value in 元, number string, unit)."""
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(万元|亿元|元)", s.strip())
    if not m:
        raise ExtractError("not an amount: %r" % s)
    return num(m.group(1)) * YUAN[m.group(2)], m.group(1), m.group(2)


# ---------------------------------------------------------------- result collector

class R:
    def __init__(self):
        self.fails = []  # (code, message)

    def check(self, ok, code, msg):
        if not ok:
            self.fails.append((code, msg))

    def rate(self, stated, n, d, msg, zero_ok=True):
        """A stated money/ratio rate: zero base -> must print 0/—; over 100 -> implausible_rate."""
        if D(d) == 0:
            self.check(num(stated) == 0, "implausible_rate", msg + ": non-zero rate on a zero base")
            return
        if num(stated) > 100:
            self.fails.append(("implausible_rate", msg + ": rate %s over 100%%" % stated))
            return
        self.check(close(stated, pct(n, d)), "rate_mismatch", "%s: stated %s, computed %.4f" % (msg, stated, pct(n, d)))

    def total(self, stated, parts, msg, code="sum_mismatch"):
        s = sum((num(p) for p in parts), D(0))
        self.check(close(stated, s), code, "%s: stated %s, sum %s" % (msg, stated, s))

    def same(self, a, b, msg):
        self.check(num(a) == num(b), "conflicting_values", "%s: %s vs %s" % (msg, a, b))

    def money_sum(self, total_yuan, parts, msg):
        """parts: amount strings with units; a failure reconciled by rescaling one part by 10^4 -> unit_mismatch."""
        vals = [money(p)[0] for p in parts]
        if sum(vals) == total_yuan:
            return
        for i, v in enumerate(vals):
            for f in (D(10000), D(1) / D(10000)):
                if sum(vals) - v + v / f == total_yuan:
                    self.fails.append(("unit_mismatch", "%s: %s off by 10^4" % (msg, parts[i])))
                    return
        self.fails.append(("sum_mismatch", "%s: parts %s != %s" % (msg, sum(vals), total_yuan)))

    def year_after(self, y, eval_year, msg):
        self.check(int(y) > eval_year, "year_mismatch", "%s: carry-over to %s in a %d report" % (msg, y, eval_year))

    def year_is(self, y, eval_year, msg):
        self.check(int(y) == eval_year, "year_mismatch", "%s: %s vs evaluation year %d" % (msg, y, eval_year))

    def grade(self, word, total, msg):
        self.check(grade_of(word) == band(num(total)), "grade_mismatch",
                   "%s: %s for total %s (band %s)" % (msg, word, total, band(num(total))))

    def pct_range(self, stated, msg):
        self.check(D(0) <= num(stated) <= 100, "implausible_rate", "%s: %s outside [0, 100]" % (msg, stated))


# ---------------------------------------------------------------- indicator rows (rules.md section 5)

UNIT_RE = re.compile(r"^[≥≤＞＜>=<＝]*\s*([\d,]+(?:\.\d+)?)\s*(.*)$")


def split_value(s):
    """'≥4500人' -> ('gte', Decimal(4500), '人'); qualitative -> ('qual', None, text); dates -> ('date', ...)."""
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return "date", None, s
    m = UNIT_RE.match(s)
    if not m:
        return "qual", None, s
    if s.startswith(("≥", "＞", ">")):
        d = "gte"
    elif s.startswith(("≤", "＜", "<")):
        d = "lte"
    else:
        d = "eq"
    return d, num(m.group(1)), m.group(2).strip()


def check_rows(r, rows, exec_weight=None, exec_score=None, total_weight=None, total_score=None):
    """rows: dicts name/target/actual/weight/score[/completion]. exec_*: execution block outside the rows."""
    weights = [num(x["weight"]) for x in rows]
    scores = [num(x["score"]) for x in rows]
    wsum = sum(weights, D(0)) + (num(exec_weight) if exec_weight is not None else 0)
    ssum = sum(scores, D(0)) + (num(exec_score) if exec_score is not None else 0)
    r.check(wsum == 100, "weight_sum_mismatch", "weights add up to %s" % wsum)
    if total_weight is not None:
        r.check(num(total_weight) == wsum, "weight_sum_mismatch", "weight total %s vs rows %s" % (total_weight, wsum))
    if total_score is not None:
        r.check(close(total_score, ssum), "score_sum_mismatch", "total %s vs rows %s" % (total_score, ssum))
    for x in rows:
        w, s = num(x["weight"]), num(x["score"])
        r.check(D(0) <= s <= w, "score_exceeds_weight", "%s: score %s, weight %s" % (x["name"], x["score"], x["weight"]))
        dt, t, tu = split_value(x["target"])
        da, a, au = split_value(x["actual"])
        if dt in ("gte", "lte", "eq"):
            if da not in ("gte", "lte", "eq") or tu != au:
                r.fails.append(("unit_mismatch", "%s: target %s, actual %s" % (x["name"], x["target"], x["actual"])))
                continue
            if dt == "lte":
                comp = D(100) if a <= t else t / a * 100
                rule = w if a <= t else w * t / a
            else:
                comp = a / t * 100
                rule = w * min(a / t, D(1))
            if x.get("completion") not in (None, "", "—"):
                r.check(close(x["completion"], comp), "completion_mismatch",
                        "%s: completion %s, computed %.4f" % (x["name"], x["completion"], comp))
            r.check(close(x["score"], rule), "score_rule_mismatch",
                    "%s: score %s, rule gives %.4f" % (x["name"], x["score"], rule))
        elif dt == "qual":
            lo, hi = (D("0.6"), D("0.8")) if "部分" in x["actual"] else (D("0.8"), D("1.0001"))
            r.check(lo * w <= s < hi * w, "score_rule_mismatch", "%s: qualitative score %s" % (x["name"], x["score"]))
        elif dt == "date":
            r.check(da == "date", "unit_mismatch", "%s: date target, actual %s" % (x["name"], x["actual"]))
            r.check(s == w, "score_rule_mismatch", "%s: on-time row not at full score" % x["name"])
    return wsum, ssum


def goals(r, text, pats, rows_by_name):
    """Annual goals stated in the text must equal the 年度指标值 in the table."""
    for pat, name in pats:
        r.check(num(one(text, pat)) == split_value(rows_by_name[name]["target"])[1], "conflicting_values",
                "goal %s: text vs table target %s" % (name, rows_by_name[name]["target"]))


def exec_score_ok(r, score, rate_str, n, d, weight=10):
    """Execution score = weight x min(rate, 100%), from the unrounded or the printed rate (rules section 8)."""
    raw = D(weight) * min(D(n) / D(d), D(1))
    printed = D(weight) * min(num(rate_str) / 100, D(1))
    r.check(close(score, raw) or close(score, printed), "score_rule_mismatch",
            "execution score %s vs %.4f" % (score, raw))


# ---------------------------------------------------------------- table parsers

def seg(text, start, end=None):
    i = text.find(start)
    if i < 0:
        raise ExtractError("segment start %r not found" % start)
    j = text.find(end, i) if end else len(text)
    if j < 0:
        raise ExtractError("segment end %r not found" % end)
    return text[i:j]


def cell_rows(block):
    """Seed-003 style: one cell per line, tab-indented, blank line between rows."""
    rows, cur = [], []
    for line in block.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        elif line.strip() == "" and cur:
            rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


def by_label(rows, label):
    hits = [x for x in rows if x and x[0] == label]
    if len(hits) != 1:
        raise ExtractError("row %r found %d times" % (label, len(hits)))
    return hits[0]


# ================================================================= project 1: Shanxi layout

def p_xiaoyi(t):
    r, Y = R(), 2021
    funds = cell_rows(seg(t, "（二）预算执行情况", "说明："))
    fr = {k: by_label(funds, k) for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金",
                                          "资金结余", "预算到位率(%)", "预算执行率(%)"]}
    # columns: 0 label, 1 line no, 2 total, 3 subtotal, 4 central, 5 prov, 6 city, 7 county, 8 carry, 9 other
    for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]:
        x = fr[k]
        r.total(x[3], x[4:8], k + " 财政资金小计")
        r.total(x[2], [x[3], x[8], x[9]], k + " 年度总金额")
    for c in range(2, 10):
        rec, spent, bud = num(fr["实际到位资金"][c]), num(fr["全年执行资金"][c]), num(fr["全年预算资金"][c])
        r.check(close(fr["资金结余"][c], rec - spent), "balance_mismatch", "结余 column %d" % c)
        r.rate(fr["预算到位率(%)"][c], rec, bud, "到位率 column %d" % c)
        r.rate(fr["预算执行率(%)"][c], spent, bud, "执行率 column %d" % c)
    # prose on funds
    add = one(t, r"年中追加([\d.]+)万元")
    ini = one(t, r"由年初的([\d.]+)万元调整为")
    ann = one(t, r"调整为([\d.]+)万元")
    r.same(ini, fr["年初预算资金"][2], "年初预算 prose/table")
    r.same(ann, fr["全年预算资金"][2], "全年预算 prose/table")
    r.total(add, [num(ann) - num(ini)], "追加 = 全年 - 年初")
    r.total(num(fr["全年预算资金"][7]) - num(fr["年初预算资金"][7]), [add], "追加 = 县区级 column change")
    spent = one(t, r"全年执行资金([\d.]+)万元")
    r.same(spent, fr["全年执行资金"][2], "执行数 prose/table")
    r.rate(one(t, r"全年执行资金[\d.]+万元，预算执行率([\d.]+)%"), num(fr["全年执行资金"][2]),
           num(fr["全年预算资金"][2]), "prose 执行率")
    cen = one(t, r"中央资金([\d.]+)万元全部支出")
    r.same(cen, fr["全年执行资金"][4], "中央资金 spent")
    r.same(cen, fr["全年预算资金"][4], "中央资金 budget")
    bal = one(t, r"年末结余([\d.]+)万元")
    r.check(close(bal, num(fr["实际到位资金"][2]) - num(fr["全年执行资金"][2])), "balance_mismatch", "prose 结余")
    r.year_after(one(t, r"结转至(\d{4})年"), Y, "结余结转")
    # attachment table
    att = cell_rows(seg(t, "附件1.项目支出绩效自评表"))
    hdr = att[0]
    r.check(hdr[3] == "权重" and hdr[7] == "指标得分", "weight_sum_mismatch", "attachment header")
    body = [x for x in att[1:] if x[0] != "总分"]
    tot = by_label(att, "总分")
    rows = [dict(name=x[2], target=x[4], actual=x[5], completion=x[6], weight=x[3], score=x[7]) for x in body]
    execrow = rows[0]
    r.check(execrow["name"] == "预算执行率", "weight_sum_mismatch", "first row is execution")
    # execution row: completion = rate / 100%, score = 10 x rate
    r.same(execrow["actual"], fr["预算执行率(%)"][2], "附件1 执行率 vs funds table")
    r.check(close(execrow["completion"], num(execrow["actual"])), "completion_mismatch", "exec completion")
    exec_score_ok(r, execrow["score"], execrow["actual"], num(fr["全年执行资金"][2]), num(fr["全年预算资金"][2]),
                  num(execrow["weight"]))
    check_rows(r, rows[1:], exec_weight=execrow["weight"], exec_score=execrow["score"],
               total_weight=tot[3], total_score=tot[7])
    byname = {x["name"]: x for x in rows}
    goals(r, t, [(r"完成不少于(\d+)家重点用人单位", "重点职业病监测用人单位数"),
                 (r"职业健康检查(\d+)人以上", "重点人群职业健康检查人数"),
                 (r"随访率达到(\d+)%以上", "尘肺病患者随访率"),
                 (r"知晓率不低于(\d+)%", "重点行业劳动者职业健康知识知晓率")], byname)
    # level subtotals in the prose
    lv = {k: one(t, k + r"得分([\d.]+)分") for k in ["预算执行指标", "产出指标", "效益指标", "满意度指标"]}
    groups, cur = {"预算执行指标": [], "产出指标": [], "效益指标": [], "满意度指标": []}, None
    for x in body:
        cur = x[0] or cur
        groups[cur].append(num(x[7]))
    for k, v in lv.items():
        r.total(v, groups[k], "level subtotal " + k, "score_sum_mismatch")
    total = one(t, r"自评总得分([\d.]+)分")
    r.same(total, tot[7], "total prose/table")
    r.total(total, list(lv.values()), "total = level subtotals", "score_sum_mismatch")
    r.grade(one(t, r'评价等级为"(\S+?)"'), total, "grade")
    # outputs
    units = one(t, r"全年对(\d+)家重点用人单位")
    r.same(units, num(re.sub(r"\D", "", byname["重点职业病监测用人单位数"]["actual"])), "监测单位 prose/table")
    ex = one(t, r"完成重点人群职业健康检查(\d+)人，分别为")
    parts = all_of(seg(t, "分别为", "比2020年"), r"(\d+)人")
    r.total(ex, parts, "体检人数 by industry")
    r.same(ex, num(byname["重点人群职业健康检查人数"]["actual"].rstrip("人")), "体检人数 prose/table")
    last, inc = one(t, r"比2020年的(\d+)人增加(\d+)人", None).groups()
    r.total(ex, [last, inc], "2020 + increase")
    sus, contra = one(t, r"检出疑似职业病(\d+)例、职业禁忌证(\d+)例", None).groups()
    r.rate(one(t, r"疑似职业病检出率为([\d.]+)%"), num(sus), num(ex), "疑似职业病检出率")
    r.rate(one(t, r"职业禁忌证检出率为([\d.]+)%"), num(contra), num(ex), "职业禁忌证检出率")
    reg, fol, lost = one(t, r"在册尘肺病患者(\d+)人，全年随访(\d+)人，另有(\d+)人", None).groups()
    r.total(reg, [fol, lost], "在册 = 随访 + 失访")
    r.rate(byname["尘肺病患者随访率"]["actual"], num(fol), num(reg), "随访率 from counts")
    gap = one(t, r"随访率比年度目标低([\d.]+)个百分点")
    r.total(gap, [split_value(byname["尘肺病患者随访率"]["target"])[1] - num(byname["尘肺病患者随访率"]["actual"])],
            "随访率 gap")
    r.same(one(t, r"知晓率([\d.]+)%"), byname["重点行业劳动者职业健康知识知晓率"]["actual"], "知晓率 prose/table")
    n, ok_, sat = one(t, r"抽样调查(\d+)人，其中满意(\d+)人，满意度([\d.]+)%", None).groups()
    r.rate(sat, num(ok_), num(n), "满意度 from counts")
    r.same(sat, byname["受检劳动者满意度"]["actual"], "满意度 prose/table")
    r.year_is(one(t, r"项目名称：(\d{4})年"), Y, "project year")
    r.check(int(one(t, r"\n(\d{4})年3月18日")) in (Y, Y + 1), "year_mismatch", "report date")
    return r


# ================================================================= project 2: browser copy, MOF table

def tabrow(t, label):
    line = one(t, r"(?m)^\t?" + re.escape(label) + r"\t.*$", 0)
    return line.lstrip("\t").split("\t")


def p_liuzhi(t):
    r, Y = R(), 2019
    tot = tabrow(t, "年度资金总额")
    cur = tabrow(t, "其中：当年财政拨款")
    car = tabrow(t, "上年结转资金")
    oth = tabrow(t, "其他资金")
    # cells: 0 label, 1 年初, 2 全年, 3 执行, 4 分值, 5 执行率, 6 得分
    for i, col in [(1, "年初"), (2, "全年"), (3, "执行")]:
        r.total(tot[i], [cur[i], car[i], oth[i]], "资金总额 " + col)
    for row in (tot, cur, car, oth):
        r.rate(row[5], num(row[3]), num(row[2]), "执行率 " + row[0])
    exec_score_ok(r, tot[6], tot[5], num(tot[3]), num(tot[2]), num(tot[4]))
    # prose funds
    ini, c, p, l = one(t, r"年初预算([\d.]+)万元，其中中央补助资金([\d.]+)万元、省级补助资金([\d.]+)万元、特区本级配套([\d.]+)万元",
                       None).groups()
    r.total(ini, [c, p, l], "年初 by source")
    r.same(ini, tot[1], "年初 prose/table")
    r.same(ini, cur[2], "当年财政拨款 = 年初 (no adjustment)")
    carry = one(t, r"2018年结转的尘肺病救治救助资金([\d.]+)万元")
    r.same(carry, car[2], "结转 prose/table")
    ann = one(t, r"全年预算数为([\d.]+)万元")
    r.total(ann, [ini, carry], "全年 = 年初 + 结转")
    r.same(ann, tot[2], "全年 prose/table")
    spent, rate = one(t, r"全年执行([\d.]+)万元，执行率([\d.]+)%", None).groups()
    r.same(spent, tot[3], "执行 prose/table")
    r.rate(rate, num(spent), num(ann), "prose 执行率")
    a, b, cc = one(t, r"生活救助([\d.]+)万元，职业健康检查补助([\d.]+)万元，随访调查及诊断能力建设([\d.]+)万元", None).groups()
    r.total(spent, [a, b, cc], "spending breakdown")
    per = one(t, r"按每人([\d,]+(?:万元|元))标准")
    people = one(t, r"全年救助(\d+)人")
    pv = money(per)[0]
    if pv * num(people) != num(a) * 10000:
        r.fails.append(("unit_mismatch" if pv / 10000 * num(people) == num(a) * 10000 else "sum_mismatch",
                        "救助 %s x %s != %s万元" % (per, people, a)))
    r.check(close(one(t, r"尚未支出的([\d.]+)万元"), num(ann) - num(spent)), "balance_mismatch", "结转 amount")
    r.year_after(one(t, r"已结转(\d{4})年"), Y, "结转")
    # indicator table
    body = seg(t, "绩效指标\t一级指标", "\n总分")
    rows = []
    for line in body.split("\n")[1:]:
        cells = line.split("\t")
        if len(cells) >= 8:
            rows.append(dict(name=cells[3], target=cells[4], actual=cells[5], weight=cells[6], score=cells[7]))
    totline = tabrow(t, "总分")
    check_rows(r, rows, exec_weight=tot[4], exec_score=tot[6], total_weight=totline[1], total_score=totline[2])
    bn = {x["name"]: x for x in rows}
    goals(r, t, [(r"职业健康检查(\d+)人以上", "接尘劳动者职业健康检查人数"),
                 (r"随访在册尘肺病患者(\d+)人以上", "尘肺病患者随访人数"),
                 (r"随访率不低于(\d+)%", "尘肺病患者随访率"),
                 (r"对不少于(\d+)名困难尘肺病患者", "困难尘肺病患者生活救助人数"),
                 (r"检出率控制在(\d+)%以内", "疑似尘肺病检出率")], bn)
    ex = one(t, r"职业健康检查([\d,]+)人，分别为")
    r.total(ex, all_of(seg(t, "人，分别为", "，体检结果"), r"([\d,]+)人"), "体检 by industry")
    r.same(ex, num(bn["接尘劳动者职业健康检查人数"]["actual"].rstrip("人")), "体检 prose/table")
    r.same(people, num(bn["困难尘肺病患者生活救助人数"]["actual"].rstrip("人")), "救助人数 prose/table")
    r.total(one(t, r"救助人数比目标少(\d+)人"),
            [split_value(bn["困难尘肺病患者生活救助人数"]["target"])[1] - num(people)], "救助 shortfall")
    reg = one(t, r"辖区在册尘肺病患者([\d,]+)人")
    fol, frate = one(t, r"随访尘肺病患者([\d,]+)人，随访率([\d.]+)%", None).groups()
    r.rate(frate, num(fol), num(reg), "随访率")
    r.same(frate, bn["尘肺病患者随访率"]["actual"], "随访率 prose/table")
    r.same(fol, num(bn["尘肺病患者随访人数"]["actual"].rstrip("人")), "随访人数 prose/table")
    r.total(reg, [fol, one(t, r"未随访的(\d+)人")], "在册 = 随访 + 未随访")
    sus = one(t, r"发现疑似尘肺病(\d+)例")
    det = one(t, r"疑似尘肺病检出率为([\d.]+)%")
    r.rate(det, num(sus), num(ex), "检出率")
    r.same(det, bn["疑似尘肺病检出率"]["actual"], "检出率 prose/table")
    sat = one(t, r"满意度为([\d.]+)%")
    r.pct_range(sat, "满意度")
    r.same(sat, bn["尘肺病患者及家属满意度"]["actual"], "满意度 prose/table")
    total = one(t, r"综合得分([\d.]+)分")
    r.same(total, totline[2], "total prose/table")
    r.grade(one(t, r'评价等级为"(\S+?)"'), total, "grade")
    # weights as described in the prose
    w = one(t, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", None).groups()
    r.check(sum(num(x) for x in w) == 100, "weight_sum_mismatch", "prose weights")
    r.year_is(one(t, r"自评表（(\d{4})年度）"), Y, "table year")
    r.year_is(one(t, r"卫生健康局(\d{4})年度尘肺病"), Y, "title year")
    r.year_is(one(t, r"数据截至(\d{4})年12月31日"), Y, "data cut-off")
    return r


# ================================================================= project 3: PDF copy, 元 table

def p_dehua(t):
    r, Y = R(), 2020
    t1 = {}
    for lab in ["合计", "中央补助资金", "省级补助资金", "县级配套资金"]:
        t1[lab] = one(t, r"(?m)^" + lab + r" \d .*$", 0).split(" ")
    # 0 label, 1 line, 2 年初, 3 全年, 4 到位, 5 支出, 6 执行率
    for i, col in [(2, "年初"), (3, "全年"), (4, "到位"), (5, "支出")]:
        r.total(t1["合计"][i], [t1[k][i] for k in ["中央补助资金", "省级补助资金", "县级配套资金"]], "表1 " + col)
    for k, x in t1.items():
        r.rate(x[6], num(x[5]), num(x[3]), "表1 执行率 " + k)
        r.check(num(x[5]) <= num(x[4]) <= num(x[3]), "implausible_rate", "表1 ordering " + k)
    T = t1["合计"]
    ini = one(t, r"年初预算(\d+)万元")
    add = one(t, r"省级追加补助([\d.]+)万元")
    ann = one(t, r"全年预算([\d.]+)万元")
    spent = one(t, r"全年实际支出([\d.]+)万元")
    r.check(close(ini, num(T[2]) / 10000), "conflicting_values", "年初 prose/table")
    r.check(close(ann, num(T[3]) / 10000), "conflicting_values", "全年 prose/table")
    r.check(close(spent, num(T[5]) / 10000), "conflicting_values", "支出 prose/table")
    r.total(add, [(num(t1["省级补助资金"][3]) - num(t1["省级补助资金"][2])) / 10000], "追加 = 省级 change")
    r.total(ann, [ini, add], "全年 = 年初 + 追加")
    r.rate(one(t, r"执行率([\d.]+)%。资金来源"), num(T[5]), num(T[3]), "prose 执行率")
    parts = one(t, r"职业健康检查费([\d,.]+(?:万元|元))，陶瓷企业粉尘监测费([\d,.]+(?:万元|元))，宣传\n培训及资料印刷费([\d,.]+(?:万元|元))",
                None).groups()
    r.money_sum(num(T[5]), list(parts), "支出构成")
    r.check(close(one(t, r"年末结余([\d,.]+)元"), num(T[4]) - num(T[5])), "balance_mismatch", "结余")
    r.year_after(one(t, r"结转(\d{4})年使用"), Y, "结转")
    # table 2
    rows = []
    for line in seg(t, "表2 项目绩效指标完成情况", "\n合计").split("\n")[2:]:
        c = line.split(" ")
        rows.append(dict(name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    totline = one(t, r"(?m)^合计 (\d+) ([\d.]+) 评价等级：(\S+)$", None).groups()
    execrow = rows[0]
    r.same(execrow["actual"], T[6], "表2 执行率 vs 表1")
    exec_score_ok(r, execrow["score"], execrow["actual"], num(T[5]), num(T[3]), num(execrow["weight"]))
    check_rows(r, rows[1:], exec_weight=execrow["weight"], exec_score=execrow["score"],
               total_weight=totline[0], total_score=totline[1])
    r.grade(totline[2], totline[1], "表2 grade")
    total = one(t, r"本项目得分([\d.]+)分")
    r.same(total, totline[1], "total prose/table")
    w = one(t, r"预算执行率(\d+)分、产出\n指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", None).groups()
    r.check(sum(num(x) for x in w) == 100, "weight_sum_mismatch", "prose weights")
    bn = {x["name"]: x for x in rows}
    goals(r, t, [(r"职业健康检查(\d+)人次以上", "重点人群职业健康检查人次"),
                 (r"对不少于(\d+)家陶瓷企业", "陶瓷企业粉尘浓度监测"),
                 (r"整改率达到(\d+)%", "粉尘超标岗位整改率"),
                 (r"满意度不低于(\d+)%", "受检劳动者满意度")], bn)
    ex = one(t, r"职业健康检查(\d+)人次，分别为")
    ind = one(t, r"分别为陶瓷制造业([\d,]+)人次、矿山开采([\d,]+)人次、其\n他行业([\d,]+)人次", None).groups()
    r.total(ex, ind, "体检 by industry")
    r.same(ex, num(bn["重点人群职业健康检查人次"]["actual"].rstrip("人次")), "体检 prose/table")
    tgt = split_value(bn["重点人群职业健康检查人次"]["target"])[1]
    r.check(close(one(t, r"体检人次完成率([\d.]+)%"), pct(ex, tgt)), "completion_mismatch", "体检完成率")
    r.check(num(one(t, r"对(\d+)家陶瓷企业开展了粉尘浓度监测")) == num(bn["陶瓷企业粉尘浓度监测"]["actual"].rstrip("家")),
            "conflicting_values", "监测企业 prose/table")
    r.check(num(one(t, r"未达到年初\n确定的(\d+)家")) == split_value(bn["陶瓷企业粉尘浓度监测"]["target"])[1],
            "conflicting_values", "监测目标 prose/table")
    sus, con = one(t, r"疑似职业病（尘肺病）(\d+)例、职业禁忌证(\d+)例", None).groups()
    r.rate(one(t, r"疑似职业病检出率为([\d.]+)%"), num(sus), num(ex), "疑似检出率")
    r.rate(one(t, r"职业禁忌证检出率为([\d.]+)%"), num(con), num(ex), "禁忌证检出率")
    sc = one(t, r"得分分别为(\d+)分、(\d+)分、(\d+)分", None).groups()
    avg = one(t, r"平均\n([\d.]+)分")
    r.check(close(avg, sum(num(x) for x in sc) / len(sc)), "average_mismatch", "质控 average")
    percap = one(t, r"人均体检费用(\d+)元，")
    r.check(close(percap, money(parts[0])[0] / num(ex)), "average_mismatch", "人均体检费用")
    r.same(percap, num(bn["人均体检费用"]["actual"].rstrip("元")), "人均 prose/table")
    r.same(one(t, r"低于(\d+)元的控制标准"), split_value(bn["人均体检费用"]["target"])[1], "控制标准")
    r.same(one(t, r"告知及时率([\d.]+)%"), bn["体检结果告知及时率"]["actual"], "告知及时率")
    r.same(one(t, r"整改率([\d.]+)%"), bn["粉尘超标岗位整改率"]["actual"], "整改率")
    r.same(one(t, r"正确佩戴率([\d.]+)%"), bn["防护用品正确佩戴率"]["actual"], "佩戴率")
    n, ok_, sat = one(t, r"调查(\d+)人，表示满意的(\d+)人，满意率([\d.]+)%", None).groups()
    r.rate(sat, num(ok_), num(n), "满意率")
    r.same(sat, bn["受检劳动者满意度"]["actual"], "满意度 prose/table")
    r.rate(one(t, r"提高到([\d.]+)%"), num(ind[0]), num(ex), "陶瓷制造业受检比例")
    r.year_is(one(t, r"^德化县疾病预防控制中心\n(\d{4})年度"), Y, "title year")
    r.check(int(one(t, r"\n(\d{4})年3月26日")) in (Y, Y + 1), "year_mismatch", "report date")
    return r


# ================================================================= project 4: Word/pipe table

def pipe(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def p_changxing(t):
    r, Y = R(), 2023
    tot = pipe(one(t, r"(?m)^\| 年度资金总额 \|.*$", 0))
    cur = pipe(one(t, r"(?m)^\| 其中：当年财政拨款 \|.*$", 0))
    car = pipe(one(t, r"(?m)^\| 上年结转资金 \|.*$", 0))
    oth = pipe(one(t, r"(?m)^\| 其他资金 \|.*$", 0))
    for i, col in [(1, "年初"), (2, "全年"), (3, "执行")]:
        r.total(tot[i], [cur[i], car[i], oth[i]], "资金总额 " + col)
    r.rate(tot[5], num(tot[3]), num(tot[2]), "table 执行率")
    exec_score_ok(r, tot[6], tot[5], num(tot[3]), num(tot[2]), num(tot[4]))
    ini = one(t, r"年初预算([\d.]+)万元，全部为县级")
    tr = one(t, r"转移支付([\d.]+)万元")
    car_p = one(t, r"2022年结转资金([\d.]+)万元")
    ann = one(t, r"全年预算为([\d.]+)万元")
    r.same(ini, tot[1], "年初 prose/table")
    r.total(cur[2], [ini, tr], "当年财政拨款 = 年初 + 转移支付")
    r.same(car_p, car[2], "结转 prose/table")
    r.total(ann, [cur[2], car_p], "全年 = 当年 + 结转")
    r.same(ann, tot[2], "全年 prose/table")
    spent, rate = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%", None).groups()
    r.same(spent, tot[3], "执行 prose/table")
    r.rate(rate, num(spent), num(ann), "prose 执行率")
    r.rate(one(t, r"预算执行率仅([\d.]+)%"), num(spent), num(ann), "问题 执行率")
    r.check(num(car[3]) == num(car[2]), "balance_mismatch", "上年结转资金已全部使用")
    r.check(close(one(t, r"未支出的([\d.]+)万元"), num(ann) - num(spent)), "balance_mismatch", "未支出")
    r.year_after(one(t, r"结转(\d{4})年支付"), Y, "结转")
    # indicators
    rows = []
    for line in seg(t, "| 一级指标 | 二级指标 |", "| 总分 |").split("\n")[1:]:
        c = pipe(line)
        if len(c) >= 7:
            rows.append(dict(name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    totrow = pipe(one(t, r"(?m)^\| 总分 \|.*$", 0))
    check_rows(r, rows, exec_weight=tot[4], exec_score=tot[6], total_weight=totrow[5], total_score=totrow[6])
    bn = {x["name"]: x for x in rows}
    goals(r, t, [(r"职业健康检查(\d+)人以上", "涉铅作业劳动者职业健康检查人数"),
                 (r"完成(\d+)家重点行业企业", "重点行业职业病危害因素监测企业数"),
                 (r"复查率不低于(\d+)%", "血铅超标者复查率"),
                 (r"控制在(\d+)例以内", "新发职业性慢性铅中毒例数"),
                 (r"满意度达到(\d+)%以上", "受检劳动者满意度")], bn)
    md = one(t, r"监测任务于(\d+)月(\d+)日完成", None).groups()
    r.check("%d年%s月%s日" % (Y, md[0], md[1]) == bn["监测任务完成时间"]["actual"], "conflicting_values",
            "监测完成日期 text/table")
    total = one(t, r"自评总分([\d.]+)分")
    r.same(total, totrow[6], "total prose/table")
    r.grade(one(t, r"评价等级为(\S)。"), total, "grade")
    ex = one(t, r"职业健康检查(\d+)人，分别为")
    r.total(ex, one(t, r"分别为铅蓄电池制造企业([\d,]+)人、再生铅企业([\d,]+)人、其他涉铅企业([\d,]+)人", None).groups(),
            "体检 by industry")
    q = one(t, r"一至四季度分别完成([\d,]+)人、([\d,]+)人、([\d,]+)人、([\d,]+)人", None).groups()
    r.total(ex, q, "体检 by quarter")
    r.check(close(one(t, r"季均([\d,]+)人"), sum(num(x) for x in q) / 4), "average_mismatch", "季均")
    r.same(ex, num(bn["涉铅作业劳动者职业健康检查人数"]["actual"].rstrip("人")), "体检 prose/table")
    over, orate = one(t, r"）(\d+)人，超标率([\d.]+)%", None).groups()
    r.rate(orate, num(over), num(ex), "超标率")
    re_n, re_rate = one(t, r"实际复查(\d+)人，复查率([\d.]+)%", None).groups()
    r.rate(re_rate, num(re_n), num(over), "复查率")
    r.same(re_rate, bn["血铅超标者复查率"]["actual"], "复查率 prose/table")
    r.check(num(one(t, r"已有(\d+)人血铅恢复")) <= num(re_n), "sum_mismatch", "恢复 <= 复查")
    mon = one(t, r"对(\d+)家重点企业")
    r.same(mon, num(bn["重点行业职业病危害因素监测企业数"]["actual"].rstrip("家")), "监测 prose/table")
    r.total(one(t, r"比年度目标少(\d+)家"), [split_value(bn["重点行业职业病危害因素监测企业数"]["target"])[1] - num(mon)],
            "监测 shortfall")
    r.same(one(t, r"申报率([\d.]+)%"), bn["重点行业职业病危害项目申报率"]["actual"], "申报率")
    r.same(one(t, r"慢性铅中毒(\d+)例（"), num(bn["新发职业性慢性铅中毒例数"]["actual"].rstrip("例")), "铅中毒")
    a_, b_, c_ = one(t, r"应参训企业(\d+)家，实际参训(\d+)家，培训覆盖率([\d.]+)%", None).groups()
    r.rate(c_, num(b_), num(a_), "培训覆盖率")
    r.same(c_, bn["企业职业健康管理人员培训覆盖率"]["actual"], "培训 prose/table")
    n, ok_, sat = one(t, r"问卷(\d+)份，回答满意的(\d+)份，满意度([\d.]+)%", None).groups()
    r.rate(sat, num(ok_), num(n), "满意度")
    r.same(sat, bn["受检劳动者满意度"]["actual"], "满意度 prose/table")
    r.year_is(one(t, r"\n(\d{4})年度职业病防治项目"), Y, "title year")
    r.year_is(one(t, r"附件：(\d{4})年度"), Y, "table year")
    r.check(int(one(t, r"\n(\d{4})年2月20日")) in (Y, Y + 1), "year_mismatch", "report date")
    return r


# ================================================================= project 5: department summary

def p_luxi(t):
    r, Y = R(), 2022
    ini, add, fis = one(t, r"年初预算([\d,.]+)万元，年中追加([\d,.]+)万元，.*?财政拨款收入合计([\d,.]+)万元", None).groups()
    car, ann = one(t, r"加上年结转([\d,.]+)万元，全年预算([\d,.]+)万元", None).groups()
    r.total(fis, [ini, add], "财政拨款 = 年初 + 追加")
    r.total(ann, [fis, car], "全年 = 财政拨款 + 结转")
    basic, staff, pub, proj = one(t, r"基本支出([\d,.]+)万元，其中人员经费([\d,.]+)万元、公用经费([\d,.]+)万元；项目支出([\d,.]+)万元",
                                  None).groups()
    r.total(basic, [staff, pub], "基本支出 = 人员 + 公用")
    r.total(ann, [basic, proj], "全年 = 基本 + 项目")
    spent, rate = one(t, r"全年支出([\d,.]+)万元，预算执行率([\d.]+)%", None).groups()
    r.rate(rate, num(spent), num(ann), "部门 执行率")
    pspent = one(t, r"项目支出执行([\d,.]+)万元")
    r.total(spent, [basic, pspent], "支出 = 基本(全部执行) + 项目")
    bal, brate = one(t, r"年末结转结余([\d,.]+)万元，结转结余率([\d.]+)%", None).groups()
    r.check(close(bal, num(ann) - num(spent)), "balance_mismatch", "结转结余")
    r.rate(brate, num(bal), num(ann), "结转结余率")
    r.year_after(one(t, r"已按规定结转(\d{4})年使用"), Y, "结转")
    a3, b3, c3 = one(t, r"“三公”经费支出([\d.]+)万元，比2021年的([\d.]+)万元下降([\d.]+)万元", None).groups()
    r.total(b3, [a3, c3], "三公 change")
    # project table
    prow = {}
    for line in seg(t, "序号\t项目名称", "\n合计").split("\n")[1:]:
        c = line.split("\t")
        prow[c[1]] = c
    tot = tabrow(t, "合计")  # 0 合计, 1 '', 2 budget, 3 spent, 4 rate, 5 ''
    r.total(tot[2], [c[2] for c in prow.values()], "项目预算 合计")
    r.total(tot[3], [c[3] for c in prow.values()], "项目执行 合计")
    for k, c in prow.items():
        r.rate(c[4], num(c[3]), num(c[2]), "执行率 " + k)
    r.rate(tot[4], num(tot[3]), num(tot[2]), "项目 合计 执行率")
    r.same(proj, tot[2], "项目支出 prose/table")
    r.same(pspent, tot[3], "项目执行 prose/table")
    r.rate(one(t, r"项目支出执行率只有([\d.]+)%"), num(tot[3]), num(tot[2]), "问题 项目执行率")
    scores = [num(c[5]) for c in prow.values()]
    r.check(close(one(t, r"平均自评得分([\d.]+)分"), sum(scores) / len(scores)), "average_mismatch", "项目平均分")
    r.check(int(one(t, r"共有(\d+)个项目")) == len(prow), "conflicting_values", "项目个数")
    # occupational health figures
    ex = one(t, r"全年完成([\d,]+)人，分别为")
    r.total(ex, one(t, r"电瓷及工业陶瓷企业([\d,]+)人、非煤矿山及建材企业([\d,]+)人、机械加工及其他企业([\d,]+)人", None).groups(),
            "体检 by industry")
    task, comp = one(t, r"对照([\d,]+)人的年度任务，完成率([\d.]+)%", None).groups()
    r.check(close(comp, pct(ex, task)), "completion_mismatch", "体检完成率")
    r.same(task, one(t, r"完成重点人群职业健康检查([\d,]+)人以上"), "任务 goal/text")
    per = one(t, r"人均约(\d+)元")
    pc = num(prow["重点人群职业健康检查"][3]) * 10000 / num(ex)
    r.check(num(per) - D("0.5") <= pc <= num(per) + D("0.5"), "average_mismatch", "人均 (约)")
    con = one(t, r"职业禁忌证(\d+)例、疑似职业病")
    r.rate(one(t, r"职业禁忌证检出率([\d.]+)%"), num(con), num(ex), "禁忌证检出率")
    # department score table
    rows = []
    for line in seg(t, "一级指标｜二级指标｜三级指标｜分值｜得分", "\n合计｜").split("\n")[1:]:
        c = line.split("｜")
        rows.append(dict(name=c[2], weight=c[3], score=c[4]))
    trow = one(t, r"(?m)^合计｜｜｜(\d+)｜([\d.]+)$", None).groups()
    wsum = sum(num(x["weight"]) for x in rows)
    ssum = sum(num(x["score"]) for x in rows)
    r.check(wsum == 100 and num(trow[0]) == wsum, "weight_sum_mismatch", "部门 weights %s" % wsum)
    r.check(close(trow[1], ssum), "score_sum_mismatch", "部门 total %s vs %s" % (trow[1], ssum))
    for x in rows:
        r.check(D(0) <= num(x["score"]) <= num(x["weight"]), "score_exceeds_weight", x["name"])
    bn = {x["name"]: x for x in rows}
    exec_score_ok(r, bn["预算执行率"]["score"], rate, num(spent), num(ann), num(bn["预算执行率"]["weight"]))
    r.check(num(bn["职业健康检查任务完成率"]["score"]) == num(bn["职业健康检查任务完成率"]["weight"]) or pct(ex, task) < 100,
            "score_rule_mismatch", "任务完成率 row")
    sat = one(t, r"综合满意度为([\d.]+)%")
    r.pct_range(sat, "综合满意度")
    r.check(close(bn["服务对象满意度"]["score"], num(bn["服务对象满意度"]["weight"]) * min(num(sat) / 100, D(1))),
            "score_rule_mismatch", "满意度 score")
    total = one(t, r"绩效得分([\d.]+)分")
    r.same(total, trow[1], "total prose/table")
    r.grade(one(t, r"等级为(\S)。"), total, "grade")
    r.year_is(one(t, r"^芦溪县疾病预防控制中心(\d{4})年度"), Y, "title year")
    r.year_is(one(t, r"\n(\d{4})年中心共有"), Y, "project year")
    r.check(int(one(t, r"\n(\d{4})年4月12日")) in (Y, Y + 1), "year_mismatch", "report date")
    return r


PROJECTS = {
    "sx-xiaoyi-zybjc-2021": p_xiaoyi,
    "gz-liuzhi-chenfei-2019": p_liuzhi,
    "fj-dehua-zyjkjc-2020": p_dehua,
    "zj-changxing-zybfz-2023": p_changxing,
    "jx-luxi-jkzx-bumen-2022": p_luxi,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def changed_region(a, b):
    """Region of b that differs from a, as [start, end) in b (common prefix / suffix removed)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    counts = {c: 0 for c in CODES}
    names = sorted(os.listdir(CASES))
    if sorted(x["case"] for x in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    for lab in labels:
        case, src = lab["case"], lab["source"]
        text = read(case)
        clean = read(src + "-clean.txt")
        try:
            res = PROJECTS[src](text)
        except ExtractError as e:
            problems.append("%s: extraction failed: %s" % (case, e))
            continue
        failing = {c for c, _ in res.fails}
        if lab["clean"]:
            if lab["expected"] or text != clean:
                problems.append("%s: clean case with labels or edits" % case)
            if res.fails:
                problems.append("%s: clean draft fails: %s" % (case, res.fails))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        exp = lab["expected"][0]
        code = exp["code"]
        if code not in CODES or exp["severity"] != "error":
            problems.append("%s: bad code/severity %s/%s" % (case, code, exp["severity"]))
        counts[code] = counts.get(code, 0) + 1
        occ = occurrences(text, exp["value"])
        if not occ:
            problems.append("%s: value %r not in case" % (case, exp["value"]))
        if text == clean:
            problems.append("%s: identical to the clean draft" % case)
        else:
            s, e = changed_region(clean, text)
            if e <= s:
                e = s + 1
            if not any(a < e and s < b for a, b in occ):
                problems.append("%s: change [%d,%d) does not overlap the label value" % (case, s, e))
        if code not in failing:
            problems.append("%s: labelled %s does not fail (fails: %s)" % (case, code, res.fails))
        other = {c for c in failing if c != code and c not in WARNING_CODES}
        if other:
            problems.append("%s: other error codes fail: %s" % (case, [f for f in res.fails if f[0] in other]))
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (c, counts.get(c, 0)))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("%d cases, %d errors; per code: %s" % (len(labels), sum(counts.values()),
                                                 ", ".join("%s %d" % (c, counts[c]) for c in CODES)))
    print("OK")


if __name__ == "__main__":
    main()
