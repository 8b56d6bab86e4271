#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl: one line per case file, codes from the fixed vocabulary (errors.md §A,
   13 error codes), every code used at least twice, every label value a substring of
   its case;
2. each error case differs from its clean draft in one short contiguous place that
   overlaps an occurrence of the label value, and the changed figure appears only once
   in the clean draft (twice or more only for conflicting_values);
3. the arithmetic of every draft is redone with decimal.Decimal (tolerance of rules.md
   §8: a stated value with d decimals matches when |computed - stated| <= 0.5 * 10^-d):
   every check passes on the clean drafts; on each error case the labelled code fails
   and no other error-level check fails.

Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
}
WARNINGS = {"score_rule_mismatch"}
# "derived_mismatch" (unit costs, differences, counts) and "extraction" (a figure could
# not be read) are error-level for this script and never labelled: they must never fail.

NUM = r"(\d[\d,]*(?:\.\d+)?)"


class Extract(Exception):
    pass


# ---------------------------------------------------------------------- helpers
def n(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def places(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".", 1)[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: stated (a string) is consistent with computed (a Decimal)."""
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(D(computed) - n(stated)) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def one(t, pat, flags=0):
    ms = list(re.finditer(pat, t, flags))
    if len(ms) != 1:
        raise Extract("pattern %r matched %d times" % (pat, len(ms)))
    return ms[0].groups()


def split_row(line, sep):
    if sep == "md":
        return [p.strip() for p in line.strip().strip("|").split("|")]
    if sep == "fw":
        return [p.strip() for p in line.split("｜")]
    return [p.strip() for p in line.split("\t")]


def row(t, pat, sep):
    """The one line matching regex pat, split into cells."""
    lines = [l for l in t.split("\n") if re.search(pat, l)]
    if len(lines) != 1:
        raise Extract("row %r matched %d lines" % (pat, len(lines)))
    return split_row(lines[0], sep)


def fblock(t, key, k):
    """Flattened Word table: the k cells (one per line) after the line whose text is key."""
    lines = t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.strip() == key]
    if len(idx) != 1:
        raise Extract("block %r found %d times" % (key, len(idx)))
    return [lines[idx[0] + 1 + j].strip() for j in range(k)]


DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前)?$")


def parse_cell(s, target):
    """-> (direction, value, unit) ; direction gte/lte/eq/date/qual."""
    s = s.strip()
    m = DATE.match(s)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))), "date")
    m = re.match(r"^(≥|≤|＞|＜|>=|<=|=)?\s*" + NUM + r"\s*(.*)$", s)
    if not m:
        return ("qual", None, None)
    if m.group(1) and not target:
        return ("qual", None, None)
    op = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte",
          "=": "eq", None: "eq"}[m.group(1)]
    return (op, n(m.group(2)), m.group(3).strip())


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.Y = year
        self.res = []

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    # generic identities ---------------------------------------------------------
    def same(self, a, b, msg, code="conflicting_values"):
        """Two statements of one quantity (strings); equal after normalising."""
        self.add(code, n(a) == n(b), "%s: %s vs %s" % (msg, a, b))

    def sum_eq(self, total, parts, msg, code="sum_mismatch"):
        s = sum((n(p) for p in parts), D(0))
        self.add(code, close(total, s), "%s: %s = %s (stated %s)" % (msg, "+".join(parts), s, total))

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        if n(den) == 0:
            self.add("implausible_rate", stated in ("—", "-", "0", ""), "%s: rate on a zero base %s" % (msg, stated))
            return
        self.add(code, close(stated, n(num) / n(den) * 100), "%s: %s/%s vs %s" % (msg, num, den, stated))
        self.add("implausible_rate", n(stated) <= 100, "%s: %s%% above 100" % (msg, stated))

    def bounded(self, stated, msg):
        self.add("implausible_rate", D(0) <= n(stated) <= 100, "%s: %s%%" % (msg, stated))

    def year_eq(self, y, msg, delta=0):
        self.add("year_mismatch", int(y) == self.Y + delta, "%s: %s (evaluation year %d)" % (msg, y, self.Y))

    def year_after(self, y, msg):
        self.add("year_mismatch", int(y) > self.Y, "%s: %s must be after %d" % (msg, y, self.Y))

    def year_not_before(self, y, msg):
        self.add("year_mismatch", int(y) >= self.Y, "%s: %s" % (msg, y))

    def grade(self, word, total, msg):
        self.add("grade_mismatch", GRADE_WORDS.get(word) == grade_of(n(total)),
                 "%s: %s for %s" % (msg, word, total))

    def money_product(self, qty, price, unit, total_wan, msg):
        """qty x price (元 or 万元) = total (万元); a 10^4 slip is a unit_mismatch."""
        scale = D("0.0001") if unit == "元" else D(1)
        comp = n(qty) * n(price) * scale
        if close(total_wan, comp):
            self.add("unit_mismatch", True, msg)
            return
        for f in (D(10000), D("0.0001")):
            if close(total_wan, comp / f):
                self.add("unit_mismatch", False, "%s: %s x %s%s off by a power of ten" % (msg, qty, price, unit))
                return
        self.add("derived_mismatch", False, "%s: %s x %s%s = %s vs %s" % (msg, qty, price, unit, comp, total_wan))

    def indicator(self, name, w, tgt, act, score, comp=None):
        """One indicator row: unit, completion, score <= weight, score rule (warning)."""
        self.add("score_exceeds_weight", D(0) <= n(score) <= n(w), "%s: score %s weight %s" % (name, score, w))
        op, T, tu = parse_cell(tgt, True)
        kind, A, au = parse_cell(act, False)
        if op == "qual":
            return
        if op == "date" or kind == "date":
            self.add("unit_mismatch", op == "date" and kind == "date", "%s: %s vs %s" % (name, tgt, act))
            if op == "date" and kind == "date":
                full = A <= T
                self.add("score_rule_mismatch", (n(score) == n(w)) == full, "%s: date rule" % name)
            return
        if kind == "qual":
            self.add("unit_mismatch", False, "%s: actual %s not a figure" % (name, act))
            return
        self.add("unit_mismatch", tu == au, "%s: unit %r vs %r" % (name, tu, au))
        if tu != au:
            return
        if op == "lte":
            c = D(100) if A <= T else T / A * 100
            expect = n(w) if A <= T else n(w) * T / A
        else:
            c = A / T * 100
            expect = n(w) * min(D(1), A / T)
        if comp not in (None, "—", "-", ""):
            self.add("completion_mismatch", close(comp, c), "%s: completion %s vs %s" % (name, comp, r2(c)))
        alt = None
        if comp not in (None, "—", "-", ""):
            alt = n(w) * min(D(1), n(comp) / 100)
        ok = close(score, expect) or (alt is not None and close(score, alt))
        self.add("score_rule_mismatch", ok, "%s: score %s expected %s" % (name, score, r2(expect)))

    def mof_funds(self, sep, keys):
        """MOF 附件1 funds block: rows total + components, columns 年初/全年/执行/分值/执行率/得分."""
        rows = [row(self.t, k, sep) for k in keys]
        tot, parts = rows[0], rows[1:]
        for col, nm in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            self.sum_eq(tot[col], [p[col] for p in parts], "funds %s" % nm)
        for r in rows:
            self.rate(r[5].rstrip("%"), r[3], r[2], "funds %s 执行率" % r[0])
        self.add("score_exceeds_weight", D(0) <= n(tot[6]) <= n(tot[4]), "funds score %s/%s" % (tot[6], tot[4]))
        rate_unr = min(D(1), n(tot[3]) / n(tot[2]))
        rate_pr = min(D(1), n(tot[5]) / 100)
        self.add("score_rule_mismatch", close(tot[6], n(tot[4]) * rate_unr) or close(tot[6], n(tot[4]) * rate_pr),
                 "funds score")
        return rows


# ---------------------------------------------------------------------- drafts
def check_ln(c):
    t = c.t
    keys = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
            "预算到位率(%)", "预算执行率(%)"]
    R = {k: fblock(t, k, 5)[1:] for k in keys}
    r1, r2_, r3, r4, r5, r6, r7 = (R[k] for k in keys)
    cols = ["合计", "中央", "省级", "县级"]
    for k in keys[:5]:
        c.sum_eq(R[k][0], R[k][1:], "表1 %s 合计" % k)
    for i, cn in enumerate(cols):
        c.add("balance_mismatch", close(r5[i], n(r3[i]) - n(r4[i])), "表1 结余 %s" % cn)
        c.rate(r6[i], r3[i], r2_[i], "表1 到位率 %s" % cn)
        c.rate(r7[i], r4[i], r2_[i], "表1 执行率 %s" % cn)
    # prose funds
    y_adv, y_b, central = one(t, r"(\d{4})年12月，省财政厅提前下达(\d{4})年中央海岛及海域保护资金" + NUM + "万元")
    c.add("year_mismatch", int(y_adv) in (c.Y - 1, c.Y), "advance issue year %s" % y_adv)
    c.year_eq(y_b, "budget year of the central funds")
    c.same(central, r1[1], "central 年初")
    c.same(central, r2_[1], "central 全年")
    county, = one(t, r"县财政年初安排配套资金" + NUM + "万元")
    c.same(county, r1[3], "county 年初")
    c.same(county, r2_[3], "county 全年")
    y_add, add = one(t, r"(\d{4})年7月省级追加海岛整治补助资金" + NUM + "万元")
    c.year_eq(y_add, "追加")
    c.add("sum_mismatch", close(r2_[0], n(r1[0]) + n(add)), "年初 + 追加 = 全年")
    c.same(add, r2_[2], "省级 全年")
    total, = one(t, r"全年预算调整为" + NUM + "万元")
    c.same(total, r2_[0], "全年预算")
    recv, = one(t, r"当年到位" + NUM + "万元")
    c.same(recv, r3[3], "county received")
    one(t, r"中央和省级资金均已全部到位")
    c.add("rate_mismatch", n(r3[1]) == n(r2_[1]) and n(r3[2]) == n(r2_[2]), "中央/省级 全部到位")
    works, = one(t, r"岸线整治修复工程" + NUM + "万元")
    rest, = one(t, r"植被恢复及跟踪监测" + NUM + "万元")
    c.sum_eq(r4[1], [works, rest], "central spending breakdown")
    bal_c, = one(t, r"中央资金结余" + NUM + "万元")
    c.add("balance_mismatch", close(bal_c, n(r3[1]) - n(r4[1])), "central balance prose")
    bal_x, = one(t, r"县级资金结余" + NUM + "万元")
    c.add("balance_mismatch", close(bal_x, n(r3[3]) - n(r4[3])), "county balance prose")
    y, = one(t, r"结转至(\d{4})年继续使用")
    c.year_after(y, "carry-forward")
    # years of title, tables, dates
    y, = one(t, r"\A\[bookmark: _Toc\d+\]长海县海洋与渔业局\n(\d{4})年度海岛生态保护修复项目")
    c.year_eq(y, "title")
    y, = one(t, r"表1  (\d{4})年项目预算执行情况表")
    c.year_eq(y, "表1 title")
    y, = one(t, r"表2  (\d{4})年度项目绩效指标完成情况")
    c.year_eq(y, "表2 title")
    y, = one(t, r"实施期为(\d{4})年3月至11月")
    c.year_eq(y, "implementation period")
    y, = one(t, r"项目于(\d{4})年11月底前全部完工")
    c.year_eq(y, "completion")
    y, = one(t, r"\n(\d{4})年3月15日\s*\Z")
    c.year_not_before(y, "report date")
    y, = one(t, r"(\d{4})年1月至2月赴三个实施点")
    c.year_eq(y, "evaluation fieldwork", delta=1)
    y, = one(t, r"（(\d{4})年为1,120吨）")
    c.year_eq(y, "last year's figure", delta=-1)
    # indicator table (tab separated)
    names = {
        "exec": r"^预算执行\t预算执行\t预算执行率\t",
        "len": r"\t整治修复海岛岸线长度\t",
        "litter": r"\t清理岸滩及近岸海漂垃圾\t",
        "qual": r"\t修复工程验收合格率\t",
        "time": r"\t年度任务按期完成率\t",
        "cost": r"\t岸线修复单位成本\t",
        "veg": r"\t修复区植被覆盖率\t",
        "shore": r"\t受损岸线恢复率\t",
        "space": r"\t新增亲海空间面积\t",
        "sat": r"\t岛民及游客满意度\t",
    }
    T = {k: row(t, p, "tab") for k, p in names.items()}
    for k, r in T.items():
        c.indicator(r[2], r[3], r[4], r[5], r[7], r[6])
    tot = row(t, r"^合计\t", "tab")
    c.add("weight_sum_mismatch", n(tot[3]) == 100, "合计分值 100")
    c.sum_eq(tot[3], [r[3] for r in T.values()], "表2 分值", "weight_sum_mismatch")
    c.sum_eq(tot[7], [r[7] for r in T.values()], "表2 得分", "score_sum_mismatch")
    c.same(T["exec"][5].rstrip("%"), r7[0], "execution rate table 2 vs table 1")
    out = [T[k][7] for k in ("len", "litter", "qual", "time", "cost")]
    ben = [T[k][7] for k in ("veg", "shore", "space")]
    s_exec, = one(t, r"预算执行得" + NUM + "分")
    c.same(s_exec, T["exec"][7], "prose execution score")
    s_out, = one(t, r"产出指标得" + NUM + "分")
    c.sum_eq(s_out, out, "prose 产出 score", "score_sum_mismatch")
    s_ben, = one(t, r"效益指标得" + NUM + "分")
    c.sum_eq(s_ben, ben, "prose 效益 score", "score_sum_mismatch")
    s_sat, = one(t, r"满意度指标得" + NUM + "分")
    c.same(s_sat, T["sat"][7], "prose 满意度 score")
    total_p, grade_p = one(t, r"本项目自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|一般|合格|较差|差)")
    c.same(total_p, tot[7], "total prose vs table")
    c.grade(grade_p, total_p, "grade")
    rate_p, = one(t, r"整体执行率" + NUM + "%")
    c.same(rate_p, r7[0], "problems section execution rate")
    # outputs in prose
    plen, a, b, d3, avg = one(t, r"全年整治修复岸线" + NUM + r"公里，其中大长山岛镇" + NUM + r"公里、广鹿乡" + NUM +
                              r"公里、獐子岛镇" + NUM + r"公里，平均每个实施点" + NUM + "公里")
    c.sum_eq(plen, [a, b, d3], "town lengths")
    c.add("average_mismatch", close(avg, (n(a) + n(b) + n(d3)) / 3), "town average")
    c.same(plen, T["len"][5].replace("公里", ""), "length prose vs table")
    lit, = one(t, r"海漂垃圾" + NUM + r"吨（")
    c.same(lit, T["litter"][5].replace("吨", ""), "litter prose vs table")
    sp, sp_t = one(t, r"新增亲海空间" + NUM + r"公顷，未达到" + NUM + "公顷的目标")
    c.same(sp, T["space"][5].replace("公顷", ""), "space prose vs table")
    c.same(sp_t, T["space"][4].lstrip("≥").replace("公顷", ""), "space target prose vs table")
    c.add("derived_mismatch", n(sp) < n(sp_t), "space below target as stated")
    q1, q2, qr = one(t, r"发放问卷" + NUM + r"份，收回有效问卷" + NUM + r"份，回收率" + NUM + "%")
    c.rate(qr, q2, q1, "questionnaire return rate")
    # goals vs table targets
    g = one(t, r"整治修复海岛岸线" + NUM + r"公里以上，清理岸滩及近岸海漂垃圾" + NUM + r"吨，修复区植被覆盖率达到" +
            NUM + r"%，新增亲海空间" + NUM + r"公顷，岛民及游客满意度达到" + NUM + "%以上")
    for val, k in zip(g, ("len", "litter", "veg", "space", "sat")):
        c.same(val, re.sub(r"[^\d.]", "", T[k][4]), "goal vs target %s" % k)
    # township scores
    s1, s2, s3, mx = one(t, r"得分分别为" + NUM + "、" + NUM + "、" + NUM + r"分（满分均为" + NUM + "分）")
    for s in (s1, s2, s3):
        c.add("score_exceeds_weight", D(0) <= n(s) <= n(mx), "township score %s of %s" % (s, mx))
    # unit cost
    if T["cost"][5].endswith("万元/公里") and T["len"][5].endswith("公里"):
        c.add("derived_mismatch", close(T["cost"][5].replace("万元/公里", ""), n(works) / n(T["len"][5][:-2])),
              "unit cost = works / length")


def check_fj(c):
    t = c.t
    F = c.mof_funds("md", [r"^\| 年度资金总额 \|", r"^\| 其中：当年财政拨款 \|", r"^\| 上年结转资金 \|", r"^\| 其他资金 \|"])
    tot, cur, co, oth = F
    ini, cty, y_co, co_p = one(t, r"年初预算" + NUM + r"万元，其中县级财政安排" + NUM + r"万元、(\d{4})年结转资金" + NUM + "万元")
    c.sum_eq(ini, [cty, co_p], "年初 = 县级 + 结转")
    c.same(ini, tot[1], "年初 prose vs table")
    c.same(cty, cur[1], "县级 年初 prose vs table")
    c.same(co_p, co[1], "结转 prose vs table 年初")
    c.same(co_p, co[2], "结转 prose vs table 全年")
    c.year_eq(y_co, "carry-in year", delta=-1)
    y_add, add, full = one(t, r"(\d{4})年8月省财政追加整治补助资金" + NUM + r"万元，全年预算" + NUM + "万元")
    c.year_eq(y_add, "追加")
    c.add("sum_mismatch", close(full, n(ini) + n(add)), "年初 + 追加 = 全年")
    c.add("sum_mismatch", close(cur[2], n(cty) + n(add)), "当年拨款 全年 = 县级 + 追加")
    c.same(full, tot[2], "全年 prose vs table")
    spent, = one(t, r"全年支出" + NUM + "万元，其中")
    c.same(spent, tot[3], "支出 prose vs table")
    p1, = one(t, r"滩涂养殖清退补助" + NUM + "万元")
    p2, = one(t, r"渔排升级改造补助" + NUM + "万元")
    p3, = one(t, r"海漂垃圾清理费用" + NUM + "万元")
    p4, = one(t, r"水质监测费用" + NUM + "万元")
    c.sum_eq(spent, [p1, p2, p3, p4], "spending breakdown")
    area, = one(t, r"清退面积" + NUM + "亩")
    std, std_u = one(t, r"补助标准每亩" + NUM + r"(元|万元)")
    c.money_product(area, std, std_u, p1, "清退补助 = 面积 x 标准")
    cage_std, cage_u, cages = one(t, r"按每口" + NUM + r"(元|万元)补助" + NUM + "口")
    c.money_product(cages, cage_std, cage_u, p2, "渔排补助 = 口数 x 标准")
    bal, = one(t, r"未支出的" + NUM + "万元")
    one(t, r"资金均已到位")
    c.add("balance_mismatch", close(bal, n(full) - n(spent)), "未支出 = 全年(到位) - 支出")
    y, = one(t, r"已结转至(\d{4})年使用")
    c.year_after(y, "carry-forward")
    y, = one(t, r"连江县海洋与渔业局(\d{4})年度海上养殖")
    c.year_eq(y, "title")
    y, = one(t, r"项目支出绩效自评表（(\d{4})年度）")
    c.year_eq(y, "附件 title")
    y, = one(t, r"\n(\d{4})年2月28日")
    c.year_not_before(y, "report date")
    y, = one(t, r"开展(\d{4})年度项目支出绩效自评工作")
    c.year_eq(y, "notice")
    hh, avg = one(t, r"与" + NUM + r"户养殖户签订退养协议，户均清退补助约" + NUM + "元")
    per = n(p1) * 10000 / n(hh)
    c.add("average_mismatch", abs(per - n(avg)) <= D("0.5") * (D(10) ** -places(avg)) + 1, "户均 约 %s vs %s" % (avg, per))
    # indicator table
    keys = {
        "area": r"\| 清退滩涂违规养殖面积 \|", "cage": r"\| 传统渔排升级改造 \|",
        "litter": r"\| 清理废弃养殖设施及海漂垃圾 \|", "qual": r"\| 改造渔排验收合格率 \|",
        "time": r"\| 补助资金兑付及时率 \|", "cost": r"\| 渔排改造补助标准 \|",
        "water": r"\| 养殖海域水质优良比例 \|", "job": r"\| 退养渔民转产转业安置率 \|",
        "mech": r"\| 整治成果长效管护机制 \|", "sat": r"\| 养殖户满意度 \|",
    }
    T = {k: row(t, p, "md") for k, p in keys.items()}
    for r in T.values():
        c.indicator(r[2], r[5], r[3], r[4], r[6])
    groups = {"产出指标小计": ("area", "cage", "litter", "qual", "time", "cost"),
              "效益指标小计": ("water", "job", "mech"), "满意度指标小计": ("sat",)}
    subs = []
    for g, ks in groups.items():
        sr = row(t, r"^\| " + g + r" \|", "md")
        subs.append(sr)
        c.sum_eq(sr[5], [T[k][5] for k in ks], g + " 分值", "weight_sum_mismatch")
        c.sum_eq(sr[6], [T[k][6] for k in ks], g + " 得分", "score_sum_mismatch")
        c.add("score_exceeds_weight", n(sr[6]) <= n(sr[5]), g)
    tr = row(t, r"^\| 合计 \|", "md")
    c.add("weight_sum_mismatch", n(tr[5]) == 100, "合计分值 100")
    c.sum_eq(tr[5], [tot[4]] + [s[5] for s in subs], "合计 分值", "weight_sum_mismatch")
    c.sum_eq(tr[6], [tot[6]] + [s[6] for s in subs], "合计 得分", "score_sum_mismatch")
    c.sum_eq(tr[6], [tot[6]] + [r[6] for r in T.values()], "合计 得分 over rows", "score_sum_mismatch")
    total_p, grade_p = one(t, r"综合自评得分" + NUM + r"分，评价等级为“(.)”")
    c.same(total_p, tr[6], "total prose vs table")
    c.grade(grade_p, total_p, "grade")
    # prose restatements of actuals and targets
    c.same(area, T["area"][4].replace("亩", ""), "area (资金使用) vs table")
    a2, comp = one(t, r"清退滩涂违规养殖" + NUM + r"亩，完成目标的" + NUM + "%")
    c.same(a2, T["area"][4].replace("亩", ""), "area (产出) vs table")
    c.add("completion_mismatch", close(comp, n(a2) / n(T["area"][3].lstrip("≥").replace("亩", "")) * 100), "prose completion")
    cg, = one(t, r"升级改造渔排" + NUM + "口；")
    c.same(cg, T["cage"][4].replace("口", ""), "cages (产出) vs table")
    c.same(cages, T["cage"][4].replace("口", ""), "cages (资金使用) vs table")
    c.same(cage_std, T["cost"][4].replace("元/口", ""), "cage standard vs table")
    lt, = one(t, r"海漂垃圾" + NUM + "吨，受8月台风")
    c.same(lt, T["litter"][4].replace("吨", ""), "litter vs table")
    q, = one(t, r"验收合格率" + NUM + "%。")
    c.same(q, T["qual"][4].rstrip("%"), "acceptance vs table")
    w, w0, dp = one(t, r"水质优良比例" + NUM + r"%，较2018年的" + NUM + r"%提高" + NUM + "个百分点")
    c.same(w, T["water"][4].rstrip("%"), "water vs table")
    c.add("derived_mismatch", close(dp, n(w) - n(w0)), "percentage-point change")
    jb, = one(t, r"安置率" + NUM + "%，低于目标")
    c.same(jb, T["job"][4].rstrip("%"), "job vs table")
    st, = one(t, r"养殖户满意度" + NUM + "%。")
    c.same(st, T["sat"][4].rstrip("%"), "satisfaction vs table")
    for v in (q, w, jb, st):
        c.bounded(v, "prose rate")
    g = one(t, r"清退滩涂违规养殖不少于" + NUM + r"亩，升级改造传统渔排不少于" + NUM + r"口，清理废弃养殖设施及海漂垃圾不少于" +
            NUM + r"吨，养殖海域水质优良比例达到" + NUM + r"%以上，养殖户满意度不低于" + NUM + "%")
    for val, k in zip(g, ("area", "cage", "litter", "water", "sat")):
        c.same(val, re.sub(r"[^\d.]", "", T[k][3]), "goal vs target %s" % k)


def check_zj(c):
    t = c.t
    F = {
        "prov": row(t, r"^省级海岛保护专项资金｜", "fw"),
        "cty": row(t, r"^县级财政配套资金｜", "fw"),
        "co": row(t, r"^\d{4}年结转资金｜", "fw"),
    }
    tot = row(t, r"^合计｜\d", "fw")
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行"), (4, "结转")):
        c.sum_eq(tot[col], [r[col] for r in F.values()], "funds %s" % nm)
    for k, r in list(F.items()) + [("tot", tot)]:
        c.add("balance_mismatch", close(r[4], n(r[2]) - n(r[3])), "结转 %s" % k)
    y, = one(t, r"^(\d{4})年结转资金｜", re.M)
    c.year_eq(y, "table carry-in row", delta=-1)
    ini, cty, y_co, co_p = one(t, r"年初预算" + NUM + r"万元，包括县级财政配套" + NUM + r"万元和(\d{4})年结转资金" + NUM + "万元")
    c.sum_eq(ini, [cty, co_p], "年初 = 县级 + 结转")
    c.same(ini, tot[1], "年初 prose vs table")
    c.same(cty, F["cty"][1], "县级 prose vs table")
    c.same(co_p, F["co"][1], "结转 prose vs table")
    c.year_eq(y_co, "carry-in year", delta=-1)
    y, prov, full, share = one(t, r"(\d{4})年5月，省财政下达海岛保护专项资金" + NUM + r"万元，全年预算" + NUM + r"万元，其中省级资金占" + NUM + "%")
    c.year_eq(y, "provincial issue")
    c.same(prov, F["prov"][2], "省级 prose vs table")
    c.add("sum_mismatch", close(full, n(ini) + n(prov)), "年初 + 省级 = 全年")
    c.same(full, tot[2], "全年 prose vs table")
    c.rate(share, prov, full, "省级 share")
    one(t, r"省级资金和上年结转资金全部支出")
    c.add("rate_mismatch", n(F["prov"][3]) == n(F["prov"][2]) and n(F["co"][3]) == n(F["co"][2]), "全部支出")
    cr, = one(t, r"县级配套资金执行率" + NUM + "%")
    c.rate(cr, F["cty"][3], F["cty"][2], "县级 执行率")
    parts = [one(t, p + NUM + "万元")[0] for p in (r"檀头山岛岸线整治修复工程", r"花岙岛植被恢复工程",
                                                  r"海岛监视监测及保护标识设置", r"勘察设计和工程监理")]
    c.sum_eq(tot[3], parts, "spending breakdown")
    y, = one(t, r"结转至(\d{4})年支付")
    c.year_after(y, "carry-forward")
    y, = one(t, r"截至(\d{4})年9月底项目支出进度")
    c.year_eq(y, "progress date")
    # indicator table
    keys = {
        "exec": "预算执行率", "len": "整治修复岸线长度", "veg": "海岛植被恢复面积", "sign": "设置海岛保护标识牌",
        "qual": "修复工程验收合格率", "time": "主体工程完工时间", "cost": "岸线整治单位造价",
        "surv": "修复区植被成活率", "eco": "修复岸段生态化比例", "tour": "海岛旅游接待人次增幅",
    }
    T = {k: row(t, "｜" + v + "｜", "fw") for k, v in keys.items()}
    for r in T.values():
        c.indicator(r[2], r[6], r[3], r[4], r[7], r[5])
    tr = row(t, r"^合计｜｜", "fw")
    c.add("weight_sum_mismatch", n(tr[6]) == 100, "合计分值 100")
    c.sum_eq(tr[6], [r[6] for r in T.values()], "分值", "weight_sum_mismatch")
    c.sum_eq(tr[7], [r[7] for r in T.values()], "得分", "score_sum_mismatch")
    moved, = one(t, r"原" + NUM + "分并入产出指标")
    c.sum_eq(str(50 + int(moved)), [T[k][6] for k in ("len", "veg", "sign", "qual", "time", "cost")],
             "产出 weights = 50 + moved", "weight_sum_mismatch")
    c.rate(T["exec"][4].rstrip("%"), tot[3], tot[2], "execution rate in indicator table")
    total_p, grade_p = one(t, r"自评得分" + NUM + r"分，等级为(优秀|良好|中等|一般|合格|较差|差)")
    c.same(total_p, tr[7], "total prose vs table")
    c.grade(grade_p, total_p, "grade")
    # prose actuals / goals
    ln_, = one(t, r"完成岸线整治修复" + NUM + "公里")
    c.same(ln_, T["len"][4].replace("公里", ""), "length")
    vg, v1, v2, avg = one(t, r"恢复海岛植被" + NUM + r"公顷，其中檀头山岛" + NUM + r"公顷、花岙岛" + NUM + r"公顷，平均每岛" + NUM + "公顷")
    c.sum_eq(vg, [v1, v2], "island areas")
    c.add("average_mismatch", close(avg, (n(v1) + n(v2)) / 2), "average per island")
    c.same(vg, T["veg"][4].replace("公顷", ""), "vegetation area")
    sg, extra, over = one(t, r"设置保护标识牌" + NUM + r"块，结合无居民海岛名称标志更新增设" + NUM + r"块，超出目标" + NUM + "%")
    if T["sign"][4].endswith("块"):
        c.same(sg, T["sign"][4].replace("块", ""), "signs")
    sign_t = n(T["sign"][3].lstrip("≥").replace("块", ""))
    c.add("derived_mismatch", n(sg) - sign_t == n(extra), "extra signs")
    for o in re.findall(r"超出目标" + NUM + "%", t):
        c.add("derived_mismatch", close(o, (n(sg) - sign_t) / sign_t * 100), "over-achievement %")
    y, m = one(t, r"主体工程于(\d{4})年(\d+)月完工")
    c.year_eq(y, "completion")
    kind, A, _ = parse_cell(T["time"][4], False)
    if kind == "date":
        c.same("%d%02d" % A[:2], "%s%02d" % (y, int(m)), "completion month prose vs table")
        c.year_eq(A[0], "table completion date")
    sv, ec = one(t, r"植被成活率" + NUM + r"%，修复岸段生态化比例" + NUM + "%")
    c.same(sv, T["surv"][4].rstrip("%"), "survival")
    c.same(ec, T["eco"][4].rstrip("%"), "eco share")
    tg, tgt = one(t, r"增幅" + NUM + r"%，未达到" + NUM + "%的目标")
    c.same(tg, T["tour"][4].rstrip("%"), "tourism growth")
    c.same(tgt, T["tour"][3].lstrip("≥").rstrip("%"), "tourism target")
    g = one(t, r"整治修复海岛岸线" + NUM + r"公里以上，恢复海岛植被" + NUM + r"公顷，设置保护标识牌" + NUM +
            r"块，修复区植被成活率" + NUM + r"%以上，带动海岛旅游接待人次增长" + NUM + "%以上")
    for val, k in zip(g, ("len", "veg", "sign", "surv", "tour")):
        c.same(val, re.sub(r"[^\d.]", "", T[k][3]), "goal vs target %s" % k)
    if T["cost"][4].endswith("万元/公里") and T["len"][4].endswith("公里"):
        c.add("derived_mismatch", close(T["cost"][4].replace("万元/公里", ""), n(parts[0]) / n(T["len"][4][:-2])),
              "unit cost = works / length")
    y, = one(t, r"象山县自然资源和规划局(\d{4})年度海岛生态保护修复项目绩效自评报告")
    c.year_eq(y, "title")
    y, = one(t, r"实施周期为(\d{4})年3月至12月")
    c.year_eq(y, "implementation period")
    y, = one(t, r"附件下载：(\d{4})年度")
    c.year_eq(y, "attachment")
    y, = one(t, r"发布时间：(\d{4})-")
    c.year_not_before(y, "publication")
    y, = one(t, r"\n(\d{4})年4月12日")
    c.year_not_before(y, "report date")
    y, = one(t, r"做好(\d{4})年度项目支出绩效自评工作")
    c.year_eq(y, "notice")


def check_gd(c):
    t = c.t
    y, ini, add, full = one(t, r"(\d{4})年年初预算" + NUM + r"万元，年中追加中央海岛和海洋生态保护修复资金等" + NUM + r"万元，全年预算" + NUM + "万元")
    c.year_eq(y, "budget year")
    c.sum_eq(full, [ini, add], "年初 + 追加 = 全年")
    basic, staff, office, proj = one(t, r"其中基本支出" + NUM + r"万元（人员经费" + NUM + r"万元、公用经费" + NUM + r"万元），项目支出" + NUM + "万元")
    c.sum_eq(basic, [staff, office], "基本支出 = 人员 + 公用")
    c.sum_eq(full, [basic, proj], "全年 = 基本 + 项目")
    spent, rate = one(t, r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.rate(rate, spent, full, "overall execution")
    pspent, prate = one(t, r"项目支出执行" + NUM + r"万元，执行率" + NUM + "%")
    c.rate(prate, pspent, proj, "project execution")
    one(t, r"基本支出全部执行")
    c.add("rate_mismatch", close(basic, n(spent) - n(pspent)), "基本支出全部执行")
    bal, = one(t, r"年末结转结余" + NUM + "万元")
    c.add("balance_mismatch", close(bal, n(full) - n(spent)), "结转结余 = 全年 - 支出")
    one(t, r"全部为项目资金")
    c.add("balance_mismatch", close(bal, n(proj) - n(pspent)), "结转结余 = 项目 - 项目支出")
    y, = one(t, r"已结转至(\d{4})年使用")
    c.year_after(y, "carry-forward")
    b3, s3, car, rec, abroad, last, dec = one(t, r"“三公”经费预算" + NUM + r"万元，实际支出" + NUM + r"万元，其中公务用车运行维护费" + NUM +
                                         r"万元、公务接待费" + NUM + r"万元，因公出国（境）费为" + NUM + r"，比上年的" + NUM + r"万元下降" + NUM + "%")
    c.sum_eq(s3, [car, rec, abroad], "三公 = 车 + 接待 + 出国")
    c.add("rate_mismatch", close(dec, (n(last) - n(s3)) / n(last) * 100), "三公 decline")
    pb, pa, save, srate = one(t, r"政府采购预算" + NUM + r"万元，实际采购金额" + NUM + r"万元，节约资金" + NUM + r"万元，节约率" + NUM + "%")
    c.add("derived_mismatch", close(save, n(pb) - n(pa)), "procurement saving")
    c.rate(srate, save, pb, "saving rate")
    tot_e, adm, ins = one(t, r"核定编制" + NUM + r"名，其中行政编制" + NUM + r"名、事业编制" + NUM + "名")
    c.sum_eq(tot_e, [adm, ins], "编制")
    # project table
    mx, = one(t, r"自评得分（满分" + NUM + "分）")
    P = [row(t, r"^%d｜" % i, "fw") for i in range(1, 6)]
    pt = row(t, r"^合计｜\d", "fw")
    for r in P:
        c.rate(r[4].rstrip("%"), r[3], r[2], "project %s" % r[1])
        c.add("score_exceeds_weight", D(0) <= n(r[5]) <= n(mx), "project score %s" % r[5])
    c.sum_eq(pt[1], [r[2] for r in P], "project budgets")
    c.sum_eq(pt[2], [r[3] for r in P], "project spending")
    c.rate(pt[3].rstrip("%"), pt[2], pt[1], "project total rate")
    c.same(pt[1], proj, "项目支出 prose vs table")
    c.same(pt[2], pspent, "项目支出执行 prose vs table")
    cnt, = one(t, r"纳入绩效自评的项目" + NUM + "个")
    c.add("derived_mismatch", int(cnt) == len(P), "project count")
    # outputs
    ln_, ln_t = one(t, r"岸段整治修复" + NUM + r"公里，年度目标为" + NUM + "公里")
    g_ln, = one(t, r"整治修复岸线" + NUM + "公里以上")
    c.same(g_ln, ln_t, "shoreline goal")
    ar, ar_t, comp, rest = one(t, r"违规养殖" + NUM + r"亩，目标为" + NUM + r"亩，完成" + NUM + r"%；剩余" + NUM + "亩")
    c.add("completion_mismatch", close(comp, n(ar) / n(ar_t) * 100), "滩涂 completion")
    c.add("derived_mismatch", n(ar_t) - n(ar) == n(rest), "remaining area")
    g_ar, = one(t, r"清理整治近岸滩涂违规养殖" + NUM + "亩；")
    c.same(g_ar, ar_t, "滩涂 goal")
    y, = one(t, r"转入(\d{4})年依法处置")
    c.year_after(y, "remaining area handled later")
    pat, q1, q2, q3, q4, qa = one(t, r"巡查" + NUM + r"航次，四个季度分别为" + NUM + "、" + NUM + "、" + NUM + "、" + NUM + r"航次，季均" + NUM + "航次")
    c.sum_eq(pat, [q1, q2, q3, q4], "patrols")
    c.add("average_mismatch", close(qa, (n(q1) + n(q2) + n(q3) + n(q4)) / 4), "quarterly average")
    ok_n, ot, ot_t = one(t, r"5个项目中" + NUM + r"个按期完成，重点项目按期完成率" + NUM + r"%，低于" + NUM + "%的目标")
    c.rate(ot, ok_n, str(len(P)), "on-time rate")
    wq, = one(t, r"水质优良率" + NUM + "%，全年")
    ap, = one(t, r"审批办结率" + NUM + "%，海域")
    sat, = one(t, r"服务对象满意度为" + NUM + "%")
    for v in (wq, ap, sat):
        c.bounded(v, "benefit rate")
    # department table
    lines = t.split("\n")
    start = [i for i, l in enumerate(lines) if l.startswith("一级指标｜二级指标｜分值｜得分")]
    if len(start) != 1:
        raise Extract("department table header")
    groups, order, subs, total = {}, [], {}, None
    for l in lines[start[0] + 1:]:
        cells = split_row(l, "fw")
        if cells[0] == "合计":
            total = cells
            break
        if cells[0].endswith("小计"):
            subs[cells[0][:-2]] = cells
        else:
            groups.setdefault(cells[0], []).append(cells)
            if cells[0] not in order:
                order.append(cells[0])
    if total is None or set(order) != set(subs):
        raise Extract("department table layout")
    for g in order:
        c.sum_eq(subs[g][2], [r[2] for r in groups[g]], g + " 分值", "weight_sum_mismatch")
        c.sum_eq(subs[g][3], [r[3] for r in groups[g]], g + " 得分", "score_sum_mismatch")
        for r in groups[g]:
            c.add("score_exceeds_weight", D(0) <= n(r[3]) <= n(r[2]), "dept row %s" % r[1])
    c.add("weight_sum_mismatch", n(total[2]) == 100, "合计分值 100")
    c.sum_eq(total[2], [subs[g][2] for g in order], "合计 分值", "weight_sum_mismatch")
    c.sum_eq(total[3], [subs[g][3] for g in order], "合计 得分", "score_sum_mismatch")
    byname = {r[1]: r for g in order for r in groups[g]}
    e = byname["预算执行率"]
    c.add("score_rule_mismatch", close(e[3], n(e[2]) * n(spent) / n(full)) or close(e[3], n(e[2]) * n(rate) / 100), "dept execution score")
    e = byname["滩涂养殖清理整治面积"]
    c.add("score_rule_mismatch", close(e[3], n(e[2]) * min(D(1), n(ar) / n(ar_t))), "滩涂 score")
    e = byname["重点项目按期完成率"]
    c.add("score_rule_mismatch", close(e[3], n(e[2]) * min(D(1), n(ot) / n(ot_t))), "on-time score")
    e = byname["海岛岸线整治修复长度"]
    c.add("score_rule_mismatch", close(e[3], n(e[2]) * min(D(1), n(ln_) / n(ln_t))), "shoreline score")
    total_p, grade_p = one(t, r"自评得分" + NUM + r"分，等级为“(.)”")
    c.same(total_p, total[3], "total prose vs table")
    c.grade(grade_p, total_p, "grade")
    y, = one(t, r"\A南澳县自然资源局\n(\d{4})年度部门整体支出绩效自评报告")
    c.year_eq(y, "title")
    for y in re.findall(r"^南澳县自然资源局(\d{4})年度部门整体支出绩效自评报告$", t, re.M):
        c.year_eq(y, "page header")
    y, = one(t, r"我局(\d{4})年度部门整体支出绩效自评得分")
    c.year_eq(y, "conclusion")
    y, = one(t, r"(\d{4})年末实有在职人员")
    c.year_eq(y, "staff date")
    y, = one(t, r"\n(\d{4})年3月20日")
    c.year_not_before(y, "report date")


def check_he(c):
    t = c.t
    F = c.mof_funds("md", [r"^\| 年度资金总额 \|", r"^\| 其中：当年财政拨款 \|", r"^\| 上年结转资金 \|", r"^\| 其他资金 \|"])
    tot, cur, co, oth = F
    cty, y_co, co_p, y_add, add, full = one(
        t, r"年初批复县级预算" + NUM + r"万元，另有(\d{4})年结转资金" + NUM + r"万元；(\d{4})年7月市财政追加海域海岛生态修复补助资金" +
        NUM + r"万元并于8月拨付，全年预算" + NUM + "万元")
    c.year_eq(y_co, "carry-in year", delta=-1)
    c.year_eq(y_add, "追加")
    c.same(cty, cur[1], "县级 年初")
    c.same(co_p, co[1], "结转 年初")
    c.same(co_p, co[2], "结转 全年")
    c.sum_eq(tot[1], [cty, co_p], "年初 = 县级 + 结转")
    c.sum_eq(cur[2], [cty, add], "当年 全年 = 县级 + 追加")
    c.sum_eq(full, [cty, co_p, add], "全年 = 县级 + 结转 + 追加")
    c.same(full, tot[2], "全年 prose vs table")
    one(t, r"资金全部到位")
    (spent, p1, area, std, std_u, p2, p3, p4, bal, y_bal) = one(
        t, r"全年支出" + NUM + r"万元，其中拆除清运违规养殖池埂及围堰" + NUM + r"万元（清理" + NUM + r"亩，按每亩" + NUM +
        r"(元|万元)结算），月坨岛岸线生态修复工程" + NUM + r"万元，跟踪监测、设计及监理" + NUM + r"万元，宣传及执法巡查" + NUM +
        r"万元。结余" + NUM + r"万元为修复工程质保金，结转至(\d{4})年支付")
    c.same(spent, tot[3], "支出 prose vs table")
    c.sum_eq(spent, [p1, p2, p3, p4], "spending breakdown")
    c.money_product(area, std, std_u, p1, "拆除清运 = 面积 x 单价")
    c.add("balance_mismatch", close(bal, n(full) - n(spent)), "结余 = 全年(到位) - 支出")
    c.year_after(y_bal, "carry-forward")
    lo, hi = one(t, r"按每亩" + NUM + "—" + NUM + "元区间控制")
    c.add("derived_mismatch", n(lo) <= n(std) <= n(hi) or std_u != "元", "unit price inside the range")
    rate_p, sc_p, cur_r = one(t, r"全年预算执行率" + NUM + r"%，按“分值×执行率”计得" + NUM + r"分；其中当年财政拨款执行率" + NUM + "%，上年结转资金已全部支出")
    c.rate(rate_p, spent, full, "overall execution prose")
    c.same(sc_p, tot[6], "execution score prose vs table")
    c.rate(cur_r, cur[3], cur[2], "当年 execution prose")
    c.add("rate_mismatch", n(co[3]) == n(co[2]), "结转 全部支出")
    q1, q2, qr = one(t, r"发放问卷" + NUM + r"份，回收" + NUM + r"份，回收率" + NUM + "%")
    c.rate(qr, q2, q1, "questionnaire return")
    # indicator table
    keys = {
        "area": "清理违规滩涂养殖面积", "len": "修复海岛岸线长度", "qual": "拆除区域验收合格率",
        "time": "年度整治任务完成时间", "cost": "每亩拆除清运费用", "veg": "修复岸段植被覆盖度",
        "agr": "养殖户补偿协议签订率", "water": "近岸海域一、二类水质比例", "sat1": "养殖户满意度",
        "sat2": "周边群众满意度",
    }
    T = {k: row(t, "｜" + v + "｜", "fw") for k, v in keys.items()}
    for r in T.values():
        c.indicator(r[2], r[5], r[3], r[4], r[6])
    tr = row(t, r"^总分｜", "fw")
    c.add("weight_sum_mismatch", n(tr[5]) == 100, "总分 100")
    c.sum_eq(tr[5], [tot[4]] + [r[5] for r in T.values()], "分值", "weight_sum_mismatch")
    c.sum_eq(tr[6], [tot[6]] + [r[6] for r in T.values()], "得分", "score_sum_mismatch")
    w0, wo, wb, ws = one(t, r"预算执行率" + NUM + r"分，产出、效益、满意度指标分别为" + NUM + r"分、" + NUM + r"分、" + NUM + "分")
    c.same(w0, tot[4], "execution weight prose vs table", "weight_sum_mismatch")
    c.sum_eq(wo, [T[k][5] for k in ("area", "len", "qual", "time", "cost")], "产出 weights", "weight_sum_mismatch")
    c.sum_eq(wb, [T[k][5] for k in ("veg", "agr", "water")], "效益 weights", "weight_sum_mismatch")
    c.sum_eq(ws, [T[k][5] for k in ("sat1", "sat2")], "满意度 weights", "weight_sum_mismatch")
    total_p, grade_p = one(t, r"项目自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|一般|合格|较差|差|优|良|中)。")
    c.same(total_p, tr[6], "total prose vs table")
    c.grade(grade_p, total_p, "grade")
    # prose actuals and targets
    c.same(area, T["area"][4].replace("亩", ""), "area (资金使用) vs table")
    a2, comp = one(t, r"清理违规滩涂养殖" + NUM + r"亩，完成率" + NUM + "%")
    c.same(a2, T["area"][4].replace("亩", ""), "area (完成情况) vs table")
    c.add("completion_mismatch", close(comp, n(a2) / n(T["area"][3].lstrip("≥").replace("亩", "")) * 100), "area completion")
    l2, lcomp, ucost = one(t, r"修复海岛岸线" + NUM + r"公里，完成率" + NUM + r"%，单位成本" + NUM + "万元/公里")
    c.same(l2, T["len"][4].replace("公里", ""), "length vs table")
    c.add("completion_mismatch", close(lcomp, n(l2) / n(T["len"][3].lstrip("≥").replace("公里", "")) * 100), "length completion")
    c.add("derived_mismatch", close(ucost, n(p2) / n(l2)), "unit cost")
    c.same(std, T["cost"][4].replace("元", ""), "unit price prose vs table")
    q, = one(t, r"拆除区域验收合格率" + NUM + "%；")
    c.same(q, T["qual"][4].rstrip("%"), "acceptance")
    mo, dy = one(t, r"(\d+)月(\d+)日全部完工")
    kind, A, _ = parse_cell(T["time"][4], False)
    if kind == "date":
        c.same("%02d%02d" % A[1:], "%02d%02d" % (int(mo), int(dy)), "completion date prose vs table")
        c.year_eq(A[0], "table completion date")
    kind, Tt, _ = parse_cell(T["time"][3], True)
    if kind == "date":
        c.year_eq(Tt[0], "table target date")
    vg, = one(t, r"植被覆盖度" + NUM + "%；")
    c.same(vg, T["veg"][4].rstrip("%"), "vegetation")
    ag, = one(t, r"签订率" + NUM + "%。")
    c.same(ag, T["agr"][4].rstrip("%"), "agreements")
    wq, wt = one(t, r"水质比例" + NUM + r"%，受汛期入海径流影响未达到" + NUM + "%的目标")
    c.same(wq, T["water"][4].rstrip("%"), "water")
    c.same(wt, T["water"][3].lstrip("≥").rstrip("%"), "water target")
    s1, s2 = one(t, r"养殖户满意度" + NUM + r"%，周边群众满意度" + NUM + "%")
    c.same(s1, T["sat1"][4].rstrip("%"), "sat1")
    c.same(s2, T["sat2"][4].rstrip("%"), "sat2")
    for v in (q, vg, ag, wq, s1, s2):
        c.bounded(v, "prose rate")
    g = one(t, r"清理违规滩涂养殖面积不少于" + NUM + r"亩，修复海岛岸线" + NUM + r"公里以上，拆除区域验收合格率" + NUM +
            r"%以上，11月30日前完成年度整治任务，近岸海域一、二类水质比例不低于" + NUM + "%")
    for val, k in zip(g, ("area", "len", "qual", "water")):
        c.same(val, re.sub(r"[^\d.]", "", T[k][3]), "goal vs target %s" % k)
    y, = one(t, r"\A乐亭县自然资源和规划局\n(\d{4})年度滩涂养殖")
    c.year_eq(y, "title")
    y, = one(t, r"项目支出绩效自评表\n（(\d{4})年度）")
    c.year_eq(y, "附件1 title")
    y, = one(t, r"实施期为(\d{4})年3月至11月")
    c.year_eq(y, "implementation period")
    y, = one(t, r"列入(\d{4})年重点生态工程")
    c.year_eq(y, "county plan")
    y, = one(t, r"(\d{4})年我县已先行清理")
    c.year_eq(y, "last year's work", delta=-1)
    y, = one(t, r"\n(\d{4})年2月26日")
    c.year_not_before(y, "report date")


DRAFTS = {
    "ln-changhai-haidaoxiufu-2018": (2018, check_ln),
    "fj-lianjiang-tantuyangzhi-2019": (2019, check_fj),
    "zj-xiangshan-haidaoshengtai-2021": (2021, check_zj),
    "gd-nanao-bumenzhengti-2022": (2022, check_gd),
    "he-leting-tantuzhengzhi-2024": (2024, check_he),
}


def run_checks(source, text):
    year, fn = DRAFTS[source]
    c = Checker(text, year)
    try:
        fn(c)
    except Extract as exc:
        c.add("extraction", False, str(exc))
    return c.res


# ---------------------------------------------------------------------- edits
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


NUMCHARS = set("0123456789.,")


def changed_token(clean, p, e):
    while p > 0 and clean[p - 1] in NUMCHARS:
        p -= 1
    while e < len(clean) and clean[e] in NUMCHARS:
        e += 1
    return clean[p:e].strip(",.")


def count_value(text, value):
    return sum(1 for tok in re.findall(r"\d[\d,]*(?:\.\d+)?", text) if n(tok) == value)


# Weights and small integer scores recur in every table; for these edits the quantity
# (one row's 分值) is stated once although its digits recur.
TOKEN_EXEMPT = {
    "zj-xiangshan-haidaoshengtai-2021-e3.txt": "weight 5 of one row",
    "he-leting-tantuzhengzhi-2024-e5.txt": "weight 10 of one row",
}


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ list different files")
    counts = {}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
                clean_text[lab["source"]] = fh.read()
    n_checks = 0
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            text = fh.read()
        res = run_checks(lab["source"], text)
        n_checks += len(res)
        failing = sorted({code for code, ok, _ in res if not ok})
        failing_err = sorted({code for code, ok, _ in res if not ok and code not in WARNINGS})
        if not (2800 <= len(text) <= 3400):
            problems.append("%s: length %d outside 2800-3400" % (lab["case"], len(text)))
        if lab["clean"]:
            if lab["expected"]:
                problems.append("%s: clean case with labels" % lab["case"])
            if failing:
                for code, ok, msg in res:
                    if not ok:
                        problems.append("%s: clean check failed [%s] %s" % (lab["case"], code, msg))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % lab["case"])
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] = counts.get(code, 0) + 1
        if code not in CODES or exp["severity"] != "error":
            problems.append("%s: bad code/severity %s/%s" % (lab["case"], code, exp["severity"]))
        if failing_err != [code]:
            detail = [(c_, m) for c_, ok, m in res if not ok]
            problems.append("%s: labelled %s, failing error checks %s %s" % (lab["case"], code, failing_err, detail))
        if value not in text:
            problems.append("%s: value %r not in case" % (lab["case"], value))
            continue
        clean = clean_text[lab["source"]]
        p, ec, ee = diff_region(clean, text)
        if ee - p <= 0 or ee - p > 16 or ec - p > 16:
            problems.append("%s: edit region not one short place (%d..%d / %d)" % (lab["case"], p, ec, ee))
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < ee and p < o + len(value) for o in occ):
            problems.append("%s: value does not overlap the edit" % lab["case"])
        if len(occ) != 1:
            problems.append("%s: value occurs %d times in the case" % (lab["case"], len(occ)))
        tok = changed_token(clean, p, ec)
        if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", tok or "") and code != "year_mismatch":
            k = count_value(clean, n(tok))
            if code == "conflicting_values":
                if k < 2:
                    problems.append("%s: conflicting figure %s appears %d time(s)" % (lab["case"], tok, k))
            elif k != 1 and lab["case"] not in TOKEN_EXEMPT:
                problems.append("%s: changed figure %s appears %d times in the clean draft" % (lab["case"], tok, k))
    for code in sorted(CODES):
        if counts.get(code, 0) < 2:
            problems.append("code %s used %d time(s)" % (code, counts.get(code, 0)))
    for p_ in problems:
        print("FAIL", p_)
    print("%d cases, %d checks run, %d errors labelled" % (len(labels), n_checks, sum(counts.values())))
    for code in sorted(counts):
        print("  %-22s %d" % (code, counts[code]))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
