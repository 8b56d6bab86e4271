#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal.Decimal).

1. labels.jsonl: every case exists, every label value occurs in its case, clean cases have no labels,
   every error case has one error label, each of the 13 codes of errors.md §A occurs at least twice.
2. Every error case differs from its clean draft in exactly one contiguous place, and that place
   overlaps an occurrence of the label value.
3. The arithmetic of every draft is redone from the text itself (per-project readers below; each check
   is tagged with the error code it would raise): all checks pass on the clean drafts; on each error
   case the labelled code fails and no other code fails.
Tolerance is rules.md §8: a stated value with d decimals agrees with a computed value c when
|c − v| ≤ 0.5·10^−d (+1e−9); rounding is ROUND_HALF_UP.
Prints OK at the end, or the failures and exits 1.
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

NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"
EPS = D("1e-9")
HUNDRED = D(100)


# ----------------------------------------------------------------------------- numbers

def dnum(s):
    return D(str(s).replace(",", "").strip())


def decs(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -decs(s)) + EPS


def agrees(stated, computed):
    return abs(dnum(stated) - computed) <= tol(stated)


def to_wan(value, unit):
    value = dnum(value)
    return {"元": value / D(10000), "万元": value, "亿元": value * D(10000)}[unit]


def grade_of(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


class ReadError(Exception):
    pass


def one(text, pattern, flags=0):
    found = list(re.finditer(pattern, text, flags))
    if len(found) != 1:
        raise ReadError(f"pattern matched {len(found)} times: {pattern}")
    return found[0].groups()


# ----------------------------------------------------------------------------- checks

class Checks:
    def __init__(self):
        self.items = []

    def add(self, code, ok, msg):
        assert code in CODES, code
        self.items.append((code, bool(ok), msg))

    def failed(self):
        return sorted({c for c, ok, _ in self.items if not ok})

    def failures(self):
        return [(c, m) for c, ok, m in self.items if not ok]

    # same quantity written twice
    def same(self, a, b, what):
        d = min(decs(a), decs(b))
        ok = abs(dnum(a) - dnum(b)) <= D("0.5") * (D(10) ** -d) + EPS
        self.add("conflicting_values", ok, f"{what}: {a} vs {b}")

    # a stated rate against numerator / denominator (percent)
    def rate(self, stated, num, den, what, code="rate_mismatch", capped=True):
        v = dnum(stated)
        if den == 0:
            self.add("implausible_rate", v == 0, f"{what}: rate {stated} on a zero base")
            return
        c = num / den * HUNDRED
        self.add(code, agrees(stated, c), f"{what}: stated {stated}, computed {c:.4f}")
        if capped:
            self.add("implausible_rate", v <= HUNDRED, f"{what}: rate {stated} above 100%")

    def percent_ok(self, stated, what):
        self.add("implausible_rate", D(0) <= dnum(stated) <= HUNDRED, f"{what}: {stated}% outside 0–100%")

    # components (in 万元) against a stated total; the most specific explanation wins:
    # if rescaling exactly one amount by 10^4 / 10^8 reconciles the sum, it is a unit error
    def total(self, parts, total, total_tol, what, code="sum_mismatch"):
        s = sum(parts, D(0))
        if abs(s - total) <= total_tol:
            self.add(code, True, f"{what}: {s} = {total}")
            return
        for i, p in enumerate(parts):
            for f in (D(10000), D(1) / D(10000), D(10) ** 8, D(1) / D(10) ** 8):
                if p and abs(s - p + p * f - total) <= total_tol:
                    self.add("unit_mismatch", False, f"{what}: part {p} off by a power of ten")
                    return
        for f in (D(10000), D(1) / D(10000)):
            if abs(s - total * f) <= total_tol * f:
                self.add("unit_mismatch", False, f"{what}: total {total} off by a power of ten")
                return
        self.add(code, False, f"{what}: parts add to {s}, stated {total}")

    # count × unit price (元) = amount
    def product(self, count, price_yuan, amount, unit, what):
        c = dnum(count) * dnum(price_yuan)  # 元
        stated_yuan = to_wan(amount, unit) * D(10000)
        t = tol(amount) * (D(10000) if unit == "万元" else D(1))
        if abs(c - stated_yuan) <= t:
            self.add("sum_mismatch", True, what)
        elif c and (abs(c * D(10000) - stated_yuan) <= t * D(10000) or abs(c / D(10000) - stated_yuan) <= t):
            self.add("unit_mismatch", False, f"{what}: {count}×{price_yuan}元 = {c}元, stated {amount}{unit}")
        else:
            self.add("sum_mismatch", False, f"{what}: {count}×{price_yuan}元 = {c}元, stated {amount}{unit}")

    def grade(self, total, word, what):
        g = GRADE_WORDS.get(word)
        self.add("grade_mismatch", g == grade_of(dnum(total)), f"{what}: {total} → {grade_of(dnum(total))}, stated {word}")

    def year_later(self, year, y, what):
        self.add("year_mismatch", int(year) > y, f"{what}: {year} must be after {y}")

    def year_equal(self, year, y, what):
        self.add("year_mismatch", int(year) == y, f"{what}: {year} vs evaluation year {y}")


# ----------------------------------------------------------------------------- indicator rows

SIGN = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|＞|＜|>|<|=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)(.*)$")


def parse_value(s):
    """(direction, number, unit) or None for qualitative / date values."""
    s = s.strip().replace("不少于", "≥").replace("不低于", "≥").replace("不超过", "≤")
    if re.search(r"\d{4}年\d{1,2}月", s):
        return ("date", None, "date")
    m = SIGN.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = "gte" if sign in ("≥", "＞＝", ">=", "＞", ">") else "lte" if sign in ("≤", "＜＝", "<=", "＜", "<") else "eq"
    return (direction, dnum(num), unit.strip())


def completion(target, actual):
    t, a = parse_value(target), parse_value(actual)
    if not t or not a or t[0] == "date":
        return None
    direction, tv, _ = t
    av = a[1]
    if direction == "lte":
        return HUNDRED if av <= tv else tv / av * HUNDRED
    if tv == 0:
        return HUNDRED if av <= 0 else D(0)
    return av / tv * HUNDRED


def indicator_checks(ck, rows, exec_weight, exec_score, total_weight, total_score, what):
    """rows: dicts with level1, name, target, actual, w, s and optionally comp (stated 完成率)."""
    weights = [dnum(r["w"]) for r in rows] + ([dnum(exec_weight)] if exec_weight is not None else [])
    ws = sum(weights, D(0))
    ck.add("weight_sum_mismatch", ws == 100 and ws == dnum(total_weight),
           f"{what}: weights add to {ws}, stated {total_weight}")
    scores = [dnum(r["s"]) for r in rows] + ([dnum(exec_score)] if exec_score is not None else [])
    ss = sum(scores, D(0))
    ck.add("score_sum_mismatch", agrees(total_score, ss), f"{what}: scores add to {ss}, stated {total_score}")
    for r in rows:
        ck.add("score_exceeds_weight", D(0) <= dnum(r["s"]) <= dnum(r["w"]),
               f"{what} {r['name']}: score {r['s']} vs weight {r['w']}")
        t, a = parse_value(r["target"]), parse_value(r["actual"])
        if t and a:
            ck.add("unit_mismatch", t[2] == a[2], f"{what} {r['name']}: target unit {t[2]!r}, actual unit {a[2]!r}")
            if a[2] == "%" and t[2] == "%":
                ck.percent_ok(str(a[1]), f"{what} {r['name']}")
        elif bool(t) != bool(a):
            ck.add("unit_mismatch", False, f"{what} {r['name']}: {r['target']} vs {r['actual']}")
        if r.get("comp"):
            c = completion(r["target"], r["actual"]) if (t and a and t[2] == a[2]) else None
            if c is not None:
                ck.add("completion_mismatch", agrees(r["comp"].rstrip("%"), c),
                       f"{what} {r['name']}: 完成率 {r['comp']}, computed {c:.4f}")


def block_sums(rows, key):
    out = {}
    for r in rows:
        out[r["level1"]] = out.get(r["level1"], D(0)) + dnum(r[key])
    return out


# ----------------------------------------------------------------------------- project readers

def check_fushan(t):
    """山西 浮山县 2021: Word copy, one table cell per line, rows separated by blank lines."""
    ck = Checks()
    Y = 2021
    title_year, = one(t, r"浮山县公安局(\d{4})年度居民身份证制证")
    ck.year_equal(title_year, Y, "title")
    date_year, = one(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\n")
    ck.add("year_mismatch", int(date_year) in (Y, Y + 1), f"report date {date_year}")

    # funds table
    region = t.split("（二）预算执行情况", 1)[1].split("（三）项目绩效目标", 1)[0]
    rows = {}
    for block in region.split("\n\n"):
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in block.strip("\n").split("\n")]
        if len(cells) == 10 and cells[1].startswith("("):
            rows[cells[1]] = cells
    keys = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(5a)", "(5b)", "(6)=(3)/(2)", "(7)=(4)/(2)"]
    if sorted(rows) != sorted(keys):
        raise ReadError(f"funds table rows: {sorted(rows)}")
    cols = ["总额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    val = {k: [dnum(c) if c.strip() else D(0) for c in rows[k][2:]] for k in keys[:7]}
    for k in keys[:7]:
        v = val[k]
        ck.total([v[1], v[6], v[7]], v[0], tol(rows[k][2] or "0"), f"funds {k} 总额 = 小计 + 上年结转 + 其他")
        ck.total(v[2:6], v[1], tol(rows[k][3] or "0"), f"funds {k} 小计 = 中央 + 省 + 市 + 县")
    for i, col in enumerate(cols):
        bal = rows["(5)=(3)-(4)"][2 + i]
        ck.add("balance_mismatch", agrees(bal or "0", val["(3)"][i] - val["(4)"][i]),
               f"funds (5)=(3)-(4) {col}: {bal}")
        ck.total([val["(5a)"][i], val["(5b)"][i]], val["(5)=(3)-(4)"][i], tol(bal or "0"),
                 f"funds 结转 + 上缴 = 结余 {col}")
        for key, num in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
            cell = rows[key][2 + i] or "0"
            ck.rate(cell, val[num][i], val["(2)"][i], f"funds {key} {col}")

    # budget prose
    y0, county, carry = one(t, r"年初预算" + NUM + r"万元，其中县级资金" + NUM + r"万元、上年结转" + NUM + r"万元")
    ck.total([dnum(county), dnum(carry)], dnum(y0), tol(y0), "prose 年初 = 县级 + 结转")
    ck.same(y0, rows["(1)"][2], "年初预算 text/table")
    ck.same(county, rows["(1)"][7], "县级年初 text/table")
    ck.same(carry, rows["(1)"][8], "上年结转 text/table")
    add, full = one(t, r"下达居民身份证制证补助" + NUM + r"万元，全年预算调整为" + NUM + r"万元")
    ck.total([dnum(y0), dnum(add)], dnum(full), tol(full), "prose 年初 + 补助 = 全年")
    ck.same(full, rows["(2)"][2], "全年预算 text/table")
    ck.same(add, rows["(2)"][5], "省级补助 text/table")
    spent, rate = one(t, r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    ck.rate(rate, dnum(spent), dnum(full), "prose 预算执行率")
    ck.same(spent, rows["(4)"][2], "全年支出 text/table")
    ck.same(rate, rows["(7)=(4)/(2)"][2], "执行率 text/table")
    last, diff = one(t, r"比2020年的" + NUM + r"%提高" + NUM + r"个百分点")
    ck.add("rate_mismatch", agrees(diff, dnum(rate) - dnum(last)), f"执行率 increase {diff}")
    i1, = one(t, r"受理设备运维及耗材" + NUM + r"万元")
    i2, = one(t, r"扫描服务" + NUM + r"万元")
    n3, p3, a3, u3 = one(t, r"身份证邮寄" + NUM + r"张，每张" + NUM + r"元，计" + NUM + r"(万元|元)")
    n4, p4, a4, u4 = one(t, r"免费办证" + NUM + r"张，每张" + NUM + r"元，计" + NUM + r"(万元|元)")
    i5, = one(t, r"宣传及办公" + NUM + r"万元")
    ck.product(n3, p3, a3, u3, "邮寄 张数×单价")
    ck.product(n4, p4, a4, u4, "免费办证 张数×单价")
    ck.total([dnum(i1), dnum(i2), to_wan(a3, u3), to_wan(a4, u4), dnum(i5)], dnum(spent), tol(spent),
             "支出构成 = 全年支出")
    unspent, = one(t, r"未支出的" + NUM + r"万元")
    ck.add("balance_mismatch", agrees(unspent, dnum(full) - dnum(spent)), f"未支出 {unspent}")
    ck.same(unspent, rows["(5)=(3)-(4)"][2], "未支出 text/table")
    cy, = one(t, r"结转至(\d{4})年")
    ck.year_later(cy, Y, "结转至")

    # outputs prose
    g = one(t, r"全年受理居民身份证" + NUM + r"张，一至四季度分别为" + NUM + r"张、" + NUM + r"张、" + NUM + r"张、" + NUM
            + r"张，比2020年的" + NUM + r"张增加" + NUM + r"张")
    total_cards, q, prev, inc = g[0], g[1:5], g[5], g[6]
    ck.total([dnum(x) for x in q], dnum(total_cards), tol(total_cards), "季度受理量 = 全年")
    ck.add("sum_mismatch", dnum(inc) == dnum(total_cards) - dnum(prev), f"增加 {inc}")
    free2, = one(t, r"特困供养人员免费办证" + NUM + r"张")
    ck.same(free2, n4, "免费办证张数 (two mentions)")
    ontime, orate = one(t, r"按时办结" + NUM + r"件，按时办结率" + NUM + r"%")
    ck.rate(orate, dnum(ontime), dnum(total_cards), "按时办结率")
    redo, qrate = one(t, r"退回重制" + NUM + r"张，制证合格率" + NUM + r"%")
    ck.rate(qrate, dnum(total_cards) - dnum(redo), dnum(total_cards), "制证合格率")
    pages, = one(t, r"全年扫描户籍档案" + NUM + r"万页")
    stations, done = one(t, r"(\d+)个派出所中完成(\d+)个所")
    acc, = one(t, r"人口信息准确率达到" + NUM + r"%")
    back, sat_n, sat = one(t, r"收回" + NUM + r"份，其中满意和基本满意" + NUM + r"份，满意度" + NUM + r"%")
    ck.rate(sat, dnum(sat_n), dnum(back), "满意度")
    tot, word = one(t, r"自评总得分" + NUM + r"分，属于\"(\S+?)\"")
    ck.grade(tot, word, "text grade")

    # 附件1
    annex = t.split("附件1.项目支出绩效自评表", 1)[1]
    ind, level1, total_row = [], "", None
    for block in annex.split("\n\n"):
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in block.strip("\n").split("\n")]
        if len(cells) != 9 or cells[0] == "一级指标":
            continue
        if cells[0] == "合计":
            total_row = cells
            continue
        level1 = cells[0] or level1
        ind.append({"level1": level1, "name": cells[2], "w": cells[3], "target": cells[4], "actual": cells[5],
                    "comp": cells[6], "s": cells[7]})
    if total_row is None or len(ind) != 9:
        raise ReadError("附件1 rows")
    exec_row = [r for r in ind if r["name"] == "预算执行率"][0]
    rest = [r for r in ind if r is not exec_row]
    indicator_checks(ck, ind, None, None, total_row[3], total_row[7], "附件1")
    ck.same(exec_row["actual"].rstrip("%"), rows["(7)=(4)/(2)"][2], "执行率 附件1/funds table")
    ck.same(tot, total_row[7], "总得分 text/附件1")
    byname = {r["name"]: r for r in rest}
    ck.same(total_cards, byname["受理居民身份证数量"]["actual"].rstrip("张"), "受理量 text/附件1")
    ck.same(pages, byname["户籍档案数字化扫描量"]["actual"].rstrip("万页"), "扫描量 text/附件1")
    ck.same(qrate, byname["制证合格率"]["actual"].rstrip("%"), "合格率 text/附件1")
    ck.same(orate, byname["按时办结率"]["actual"].rstrip("%"), "按时办结率 text/附件1")
    ck.same(p3, byname["身份证邮寄单价"]["actual"].split("元")[0], "邮寄单价 text/附件1")
    ck.same(acc, byname["人口信息准确率"]["actual"].rstrip("%"), "准确率 text/附件1")
    ck.same(stations, byname["派出所户籍档案数字化覆盖"]["target"].rstrip("个"), "派出所数 text/附件1")
    ck.same(done, byname["派出所户籍档案数字化覆盖"]["actual"].rstrip("个"), "完成所数 text/附件1")
    ck.same(sat, byname["群众办证满意度"]["actual"].rstrip("%"), "满意度 text/附件1")
    return ck


def check_chenxi(t):
    """湖南 辰溪县 2019: 自评表 copied from a PDF, cells separated by single spaces."""
    ck = Checks()
    Y = 2019
    title_year, = one(t, r"辰溪县公安局(\d{4})年度项目支出绩效自评报告")
    ck.year_equal(title_year, Y, "title")
    table_year, = one(t, r"\n(\d{4})年度项目支出绩效自评表")
    ck.year_equal(table_year, Y, "自评表 title")

    annex = t.split("\n附件\n", 1)[1]
    lines = annex.split("\n")
    fund = {}
    for ln in lines:
        tok = ln.split(" ")
        if tok[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            fund[tok[0]] = tok[1:]
    if len(fund) != 4:
        raise ReadError("funds block")
    tot_row = fund["年度资金总额"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        parts = [dnum(fund[k][i]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
        ck.total(parts, dnum(tot_row[i]), tol(tot_row[i]), f"funds {col}")
    ck.rate(tot_row[4].rstrip("%"), dnum(tot_row[2]), dnum(tot_row[1]), "table 执行率")

    ind = []
    total_row = None
    for ln in lines:
        tok = ln.split(" ")
        if tok[0] in ("产出指标", "效益指标", "满意度指标") and len(tok) >= 7:
            ind.append({"level1": tok[0], "name": tok[2], "target": tok[3], "actual": tok[4], "w": tok[5], "s": tok[6]})
        elif tok[0] == "总分":
            total_row = tok
    if total_row is None or len(ind) != 8:
        raise ReadError("indicator rows")
    indicator_checks(ck, ind, tot_row[3], tot_row[5], total_row[1], total_row[2], "自评表")
    byname = {r["name"]: r for r in ind}

    # funds prose
    y0, add, carry, full = one(t, r"年初预算" + NUM + r"万元；6月县财政追加" + NUM + r"万元.*?加上(?:\d{4})年结转的" + NUM
                               + r"万元，全年预算为" + NUM + r"万元")
    carry_year, = one(t, r"加上(\d{4})年结转的")
    ck.add("year_mismatch", int(carry_year) < Y, f"结转 from {carry_year}")
    ck.total([dnum(y0), dnum(add), dnum(carry)], dnum(full), tol(full), "年初 + 追加 + 结转 = 全年")
    ck.same(y0, tot_row[0], "年初预算 text/table")
    ck.same(full, tot_row[1], "全年预算 text/table")
    ck.same(carry, fund["上年结转资金"][1], "上年结转 text/table")
    ck.total([dnum(fund["其中：当年财政拨款"][0]), dnum(add)], dnum(fund["其中：当年财政拨款"][1]),
             tol(fund["其中：当年财政拨款"][1]), "当年拨款 年初 + 追加 = 全年")
    spent, = one(t, r"全年实际支出" + NUM + r"万元")
    ck.same(spent, tot_row[2], "全年支出 text/table")
    i1, u1 = one(t, r"制证费及耗材" + NUM + r"(万元|元)")
    n2, p2, a2, u2 = one(t, r"免费办证" + NUM + r"张，工本费按每张" + NUM + r"元补助，计" + NUM + r"(万元|元)")
    i3, u3 = one(t, r"专网租赁" + NUM + r"(万元|元)")
    i4, u4 = one(t, r"户籍档案整理" + NUM + r"(万元|元)")
    i5, u5 = one(t, r"办公用品" + NUM + r"(万元|元)")
    ck.product(n2, p2, a2, u2, "免费办证 张数×补助标准")
    ck.total([to_wan(i1, u1), to_wan(a2, u2), to_wan(i3, u3), to_wan(i4, u4), to_wan(i5, u5)], dnum(spent), tol(spent),
             "支出构成 = 全年支出")
    ck.same(i4, carry, "户籍档案整理 uses the carry-over")
    bal, = one(t, r"年末结余" + NUM + r"万元")
    ck.add("balance_mismatch", agrees(bal, dnum(full) - dnum(spent)), f"结余 {bal}")
    cy, = one(t, r"结转至(\d{4})年")
    ck.year_later(cy, Y, "结转至")

    # outputs prose
    g = one(t, r"全年受理居民身份证" + NUM + r"张，一至四季度分别为" + NUM + r"张、" + NUM + r"张、" + NUM + r"张、" + NUM
            + r"张，季均" + NUM + r"张，比2018年的" + NUM + r"张增长" + NUM + r"%")
    total_cards, q, avg, prev, growth = g[0], [dnum(x) for x in g[1:5]], g[5], g[6], g[7]
    ck.total(q, dnum(total_cards), tol(total_cards), "季度受理量 = 全年")
    ck.add("average_mismatch", agrees(avg, sum(q, D(0)) / 4), f"季均 {avg}")
    ck.rate(growth, dnum(total_cards) - dnum(prev), dnum(prev), "增长率", capped=False)
    free, = one(t, r"其中为低保、特困人员免费办证" + NUM + r"张")
    ck.same(free, n2, "免费办证张数 (two mentions)")
    temp, = one(t, r"办理临时居民身份证" + NUM + r"张，未达到")
    ck.same(temp, byname["办理临时居民身份证"]["actual"].rstrip("张"), "临时证 text/table")
    ontime, orate = one(t, r"按时办结" + NUM + r"件，按时办结率" + NUM + r"%")
    ck.rate(orate, dnum(ontime), dnum(total_cards), "按时办结率")
    unit_cost, = one(t, r"每张约" + NUM + r"元")
    ck.add("average_mismatch", agrees(unit_cost, to_wan(i1, u1) * D(10000) / dnum(total_cards)), f"每张成本 {unit_cost}")
    ck.same(unit_cost, byname["每张制证成本"]["actual"].rstrip("元"), "每张成本 text/table")
    trips, = one(t, r"往返次数降至" + NUM + r"次")
    ck.same(trips, byname["群众办证往返次数"]["actual"].rstrip("次"), "往返次数 text/table")
    sat, = one(t, r"电话回访，满意度" + NUM + r"%")
    ck.percent_ok(sat, "满意度")
    ck.same(sat, byname["办证群众满意度"]["actual"].rstrip("%"), "满意度 text/table")
    goal_cards, goal_sat = one(t, r"全年受理居民身份证(\d+)张，窗口运转正常，群众满意度" + NUM + r"%")
    ck.same(goal_cards, total_cards, "受理量 goal row/text")
    ck.same(goal_sat, sat, "满意度 goal row/text")
    ck.same(byname["受理居民身份证数量"]["actual"].rstrip("张"), total_cards, "受理量 indicator row/text")
    tot, word = one(t, r"综合自评得分" + NUM + r"分，评价等级为\"(\S+?)\"")
    ck.grade(tot, word, "text grade")
    ck.same(tot, total_row[2], "总分 text/table")
    return ck


def check_fengqing(t):
    """云南 凤庆县 2023: web page; 自评表 copied from a browser, one row per line, tab cells."""
    ck = Checks()
    Y = 2023
    title_year, = one(t, r"凤庆县公安局(\d{4})年度户政便民服务")
    ck.year_equal(title_year, Y, "title")
    pub, = one(t, r"发布时间：(\d{4})-")
    ck.add("year_mismatch", int(pub) in (Y, Y + 1), f"published {pub}")
    rows = [ln.split("\t") for ln in t.split("附件：项目支出绩效自评表", 1)[1].split("\n") if "\t" in ln]
    fund = {r[0]: r[1:] for r in rows if r[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    if len(fund) != 4:
        raise ReadError("funds block")
    tot_row = fund["年度资金总额"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        parts = [dnum(fund[k][i]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
        ck.total(parts, dnum(tot_row[i]), tol(tot_row[i]), f"funds {col}")
    ck.rate(tot_row[4].rstrip("%"), dnum(tot_row[2]), dnum(tot_row[1]), "table 执行率")
    ind = [{"level1": r[0], "name": r[2], "target": r[3], "actual": r[4], "w": r[5], "s": r[6]}
           for r in rows if r[0] in ("产出指标", "效益指标", "满意度指标")]
    total_row = [r for r in rows if r[0] == "总分"]
    if len(ind) != 8 or len(total_row) != 1:
        raise ReadError("indicator rows")
    total_row = total_row[0]
    indicator_checks(ck, ind, tot_row[3], tot_row[5], total_row[1], total_row[2], "自评表")
    byname = {r["name"]: r for r in ind}

    y0, county, carry = one(t, r"项目年初预算" + NUM + r"万元，其中县级财政资金" + NUM + r"万元、\d{4}年结转" + NUM + r"万元")
    carry_year, = one(t, r"万元、(\d{4})年结转")
    ck.add("year_mismatch", int(carry_year) < Y, f"结转 from {carry_year}")
    ck.total([dnum(county), dnum(carry)], dnum(y0), tol(y0), "年初 = 县级 + 结转")
    ck.same(y0, tot_row[0], "年初 text/table")
    ck.same(county, fund["其中：当年财政拨款"][0], "县级 text/table")
    ck.same(carry, fund["上年结转资金"][1], "结转 text/table")
    add, full = one(t, r"换领补助" + NUM + r"万元，全年预算调整为" + NUM + r"万元")
    ck.total([dnum(y0), dnum(add)], dnum(full), tol(full), "年初 + 补助 = 全年")
    ck.same(full, tot_row[1], "全年预算 text/table")
    recv_rate, = one(t, r"已全部到位，到位率" + NUM + r"%")
    ck.rate(recv_rate, dnum(full), dnum(full), "到位率 (全部到位)")
    spent, erate = one(t, r"全年支出" + NUM + r"万元，执行率" + NUM + r"%")
    ck.rate(erate, dnum(spent), dnum(full), "text 执行率")
    ck.same(spent, tot_row[2], "支出 text/table")
    ck.same(erate, tot_row[4].rstrip("%"), "执行率 text/table")
    n1, p1, a1, u1 = one(t, r"制证及邮寄" + NUM + r"张，每张" + NUM + r"元，计" + NUM + r"(万元|元)")
    sets, a2, u2 = one(t, r"受理设备(\d+)套，计" + NUM + r"(万元|元)")
    n3, p3, a3, u3 = one(t, r"免费办证" + NUM + r"张，工本费按每张" + NUM + r"元由县财政承担，计" + NUM + r"(万元|元)")
    a4, u4 = one(t, r"专网费用" + NUM + r"(万元|元)")
    a5, u5 = one(t, r"政策宣传" + NUM + r"(万元|元)")
    ck.product(n1, p1, a1, u1, "制证邮寄 张数×单价")
    ck.product(n3, p3, a3, u3, "免费办证 张数×单价")
    ck.total([to_wan(a1, u1), to_wan(a2, u2), to_wan(a3, u3), to_wan(a4, u4), to_wan(a5, u5)], dnum(spent), tol(spent),
             "支出构成 = 全年支出")
    bal, = one(t, r"年末结余" + NUM + r"万元")
    ck.add("balance_mismatch", agrees(bal, dnum(full) - dnum(spent)), f"结余 {bal}")
    cy, = one(t, r"结转至(\d{4})年")
    ck.year_later(cy, Y, "结转至")

    g = one(t, r"全年受理居民身份证" + NUM + r"张，一至四季度分别为" + NUM + r"张、" + NUM + r"张、" + NUM + r"张、" + NUM + r"张")
    total_cards, q = g[0], [dnum(x) for x in g[1:]]
    ck.total(q, dnum(total_cards), tol(total_cards), "季度受理量 = 全年")
    ck.same(n1, total_cards, "制证邮寄张数/受理量")
    ck.same(total_cards, byname["受理居民身份证"]["actual"].rstrip("张"), "受理量 text/table")
    prev, growth = one(t, r"与2022年受理的" + NUM + r"张相比增长" + NUM + r"%")
    ck.rate(growth, dnum(total_cards) - dnum(prev), dnum(prev), "增长率", capped=False)
    qr, = one(t, r"制证一次合格率" + NUM + r"%，")
    ck.same(qr, byname["制证一次合格率"]["actual"].rstrip("%"), "合格率 text/table")
    upd, = one(t, r"更新窗口受理设备(\d+)套，完成")
    ck.same(upd, sets, "设备套数 (two mentions)")
    ck.same(upd, byname["更新窗口受理设备"]["actual"].rstrip("套"), "设备套数 text/table")
    acc, fin, frate = one(t, r"业务全年受理" + NUM + r"件，办结" + NUM + r"件，办结率" + NUM + r"%")
    ck.rate(frate, dnum(fin), dnum(acc), "跨省通办办结率")
    ck.same(frate, byname["\"跨省通办\"业务办结率"]["actual"].rstrip("%"), "办结率 text/table")
    nwin, ok_win, rate_win, target_win, comp_win = one(
        t, r"(\d+)个户籍窗口中(\d+)个通过市局规范化验收，达标率" + NUM + r"%，完成年度目标（" + NUM + r"%）的" + NUM + r"%")
    ck.rate(rate_win, dnum(ok_win), dnum(nwin), "达标率")
    ck.add("completion_mismatch", agrees(comp_win, dnum(rate_win) / dnum(target_win) * HUNDRED),
           f"达标率完成率 {comp_win}")
    ck.same(rate_win, byname["户政窗口规范化达标率"]["actual"].rstrip("%"), "达标率 text/table")
    full_marks, got = one(t, r"该项满分" + NUM + r"分），我局得" + NUM + r"分")
    ck.add("score_exceeds_weight", D(0) <= dnum(got) <= dnum(full_marks), f"户政考核 {got} of {full_marks}")
    sat, = one(t, r"满意率" + NUM + r"%")
    ck.percent_ok(sat, "满意率")
    ck.same(sat, byname["办证群众满意度"]["actual"].rstrip("%"), "满意度 text/table")
    tot, word = one(t, r"本项目自评得分" + NUM + r"分，等级为(\S)")
    ck.grade(tot, word, "text grade")
    ck.same(tot, total_row[2], "总分 text/table")
    return ck


def check_congjiang(t):
    """贵州 从江县 2018: tables with ｜ separators."""
    ck = Checks()
    Y = 2018
    title_year, = one(t, r"\n(\d{4})年度建档立卡贫困人口免费办理居民身份证专项经费绩效自评报告")
    ck.year_equal(title_year, Y, "title")
    hdr_year, = one(t, r"\n（(\d{4})年度）\n")
    ck.year_equal(hdr_year, Y, "自评表 header")
    fill_year, = one(t, r"填报日期：(\d{4})年")
    ck.add("year_mismatch", int(fill_year) in (Y, Y + 1), f"填报日期 {fill_year}")

    rows = [ln.split("｜") for ln in t.split("\n") if "｜" in ln]
    fund = {r[0]: r[1:] for r in rows if r[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot_row = fund["年度资金总额"]
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        parts = [dnum(fund[k][i]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
        ck.total(parts, dnum(tot_row[i]), tol(tot_row[i]), f"funds {col}")
    ck.rate(tot_row[4].rstrip("%"), dnum(tot_row[2]), dnum(tot_row[1]), "table 执行率")
    ind = [{"level1": r[0], "name": r[2], "target": r[3], "actual": r[4], "w": r[5], "s": r[6]}
           for r in rows if r[0] in ("产出指标", "效益指标", "满意度指标")]
    total_row = [r for r in rows if r[0] == "总分"]
    if len(ind) != 8 or len(total_row) != 1:
        raise ReadError("indicator rows")
    total_row = total_row[0]
    indicator_checks(ck, ind, tot_row[3], tot_row[5], total_row[1], total_row[2], "自评表")
    for r in ind:
        for v in (r["target"], r["actual"]):
            m = re.match(r"(\d{4})年", v)
            if m:
                ck.year_equal(m.group(1), Y, f"{r['name']} date")
    word, = one(t, r"自评等级：(\S+)")
    ck.grade(total_row[2], word, "table grade")
    byname = {r["name"]: r for r in ind}

    y0, add, full = one(t, r"项目年初预算" + NUM + r"万元，为县级财政资金；7月省级财政下达脱贫攻坚专项补助" + NUM + r"万元，全年预算"
                        + NUM + r"万元")
    ck.total([dnum(y0), dnum(add)], dnum(full), tol(full), "年初 + 补助 = 全年")
    ck.same(y0, tot_row[0], "年初 text/table")
    ck.same(full, tot_row[1], "全年 text/table")
    spent, erate = one(t, r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%")
    ck.rate(erate, dnum(spent), dnum(full), "text 执行率")
    ck.same(spent, tot_row[2], "支出 text/table")
    ck.same(erate, tot_row[4].rstrip("%"), "执行率 text/table")
    n1, p1, a1, u1 = one(t, r"工本费" + NUM + r"张×" + NUM + r"元，计" + NUM + r"(万元|元)")
    n2, p2, a2, u2 = one(t, r"照相" + NUM + r"人次×" + NUM + r"元，计" + NUM + r"(万元|元)")
    a3, u3 = one(t, r"民警下乡补助" + NUM + r"(万元|元)")
    a4, u4 = one(t, r"数据核查" + NUM + r"(万元|元)")
    ck.product(n1, p1, a1, u1, "工本费 张数×标准")
    ck.product(n2, p2, a2, u2, "照相 人次×标准")
    ck.total([to_wan(a1, u1), to_wan(a2, u2), to_wan(a3, u3), to_wan(a4, u4)], dnum(spent), tol(spent), "支出构成")
    ck.same(p1, byname["每张证件工本费补助标准"]["actual"].rstrip("元"), "工本费标准 text/table")
    bal, = one(t, r"结余" + NUM + r"万元已于")
    ck.add("balance_mismatch", agrees(bal, dnum(full) - dnum(spent)), f"结余 {bal}")

    g = one(t, r"免费办证" + NUM + r"张，完成年度目标（" + NUM + r"张）的" + NUM + r"%，一至四季度分别为" + NUM + r"张、" + NUM
            + r"张、" + NUM + r"张、" + NUM + r"张")
    total_cards, target, comp, q = g[0], g[1], g[2], [dnum(x) for x in g[3:]]
    ck.add("completion_mismatch", agrees(comp, dnum(total_cards) / dnum(target) * HUNDRED), f"完成率 {comp}")
    ck.total(q, dnum(total_cards), tol(total_cards), "季度办证量 = 全年")
    ck.same(total_cards, n1, "办证张数/工本费张数")
    ck.same(total_cards, n2, "办证张数/照相人次")
    ck.same(total_cards, byname["为建档立卡贫困人口免费办证"]["actual"].rstrip("张"), "办证量 text/table")
    area = [r for r in rows if r[0].endswith("片区") and r[0] not in ("平均每片区", "片区")]
    area_total = [r for r in rows if r[0] == "合计"][0]
    area_avg = [r for r in rows if r[0] == "平均每片区"][0]
    ck.total([dnum(r[1]) for r in area], dnum(area_total[1]), tol(area_total[1]), "片区乡镇数")
    ck.total([dnum(r[2]) for r in area], dnum(area_total[2]), tol(area_total[2]), "片区办证数")
    ck.add("average_mismatch", agrees(area_avg[2], sum((dnum(r[2]) for r in area), D(0)) / len(area)),
           f"平均每片区 {area_avg[2]}")
    ck.same(area_total[2], total_cards, "片区合计/全年办证")
    clean_n, = one(t, r"全年清理重复、错误户口信息" + NUM + r"条")
    ck.same(clean_n, byname["清理重复、错误户口信息"]["actual"].rstrip("条"), "清理条数 text/table")
    before, after, pts = one(t, r"持证率由年初的" + NUM + r"%提高到" + NUM + r"%，提高" + NUM + r"个百分点")
    ck.add("rate_mismatch", agrees(pts, dnum(after) - dnum(before)), f"持证率提高 {pts}")
    ck.percent_ok(after, "持证率")
    ck.same(after, byname["建档立卡贫困人口持证率"]["actual"].rstrip("%"), "持证率 text/table")
    sat, = one(t, r"总体满意度" + NUM + r"%")
    ck.percent_ok(sat, "总体满意度")
    for s in re.findall(r"满意率为" + NUM + r"%", t):
        ck.percent_ok(s, "分项满意率")
    ck.same(sat, byname["贫困群众满意度"]["actual"].rstrip("%"), "满意度 text/table")
    tot, b_exec, b_out, b_ben, b_sat = one(t, r"本项目自评得分" + NUM + r"分。其中预算执行" + NUM + r"分，产出指标" + NUM
                                          + r"分，效益指标" + NUM + r"分，满意度指标" + NUM + r"分")
    ck.add("score_sum_mismatch", agrees(tot, sum((dnum(x) for x in (b_exec, b_out, b_ben, b_sat)), D(0))),
           f"block scores vs {tot}")
    blocks = block_sums(ind, "s")
    for label, stated in (("产出指标", b_out), ("效益指标", b_ben), ("满意度指标", b_sat)):
        ck.add("score_sum_mismatch", agrees(stated, blocks[label]), f"{label} text {stated} vs table {blocks[label]}")
    ck.same(b_exec, tot_row[5], "执行得分 text/table")
    ck.same(tot, total_row[2], "总分 text/table")
    return ck


def check_chuzhou(t):
    """安徽 滁州市制证中心 2024: 部门整体支出绩效自评报告, tab tables."""
    ck = Checks()
    Y = 2024
    title_year, = one(t, r"\n(\d{4})年度部门整体支出绩效自评报告")
    ck.year_equal(title_year, Y, "title")
    cut, = one(t, r"数据统计截至(\d{4})年12月31日")
    ck.year_equal(cut, Y, "截至")
    dy, = one(t, r"\n(\d{4})年\d{1,2}月\d{1,2}日\s*$")
    ck.add("year_mismatch", int(dy) in (Y, Y + 1), f"report date {dy}")

    rows = [ln.split("\t") for ln in t.split("\n") if "\t" in ln]
    t1 = {r[0]: r[1:] for r in rows if r[0] in ("基本支出", "项目支出") or (r[0] == "合计" and len(r) == 5)}
    for i, col in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        ck.total([dnum(t1["基本支出"][i]), dnum(t1["项目支出"][i])], dnum(t1["合计"][i]), tol(t1["合计"][i]), f"表1 {col}")
    for k in ("基本支出", "项目支出", "合计"):
        ck.rate(t1[k][3].rstrip("%"), dnum(t1[k][2]), dnum(t1[k][1]), f"表1 {k} 执行率")
    inc, = one(t, r"全年预算比年初增加" + NUM + r"万元")
    ck.add("sum_mismatch", agrees(inc, dnum(t1["合计"][1]) - dnum(t1["合计"][0])), f"预算增加 {inc}")
    ck.add("sum_mismatch", agrees(inc, dnum(t1["项目支出"][1]) - dnum(t1["项目支出"][0])), f"项目预算增加 {inc}")
    b1, = one(t, r"基本支出结余" + NUM + r"万元")
    b2, = one(t, r"项目支出结余" + NUM + r"万元")
    ck.add("balance_mismatch", agrees(b1, dnum(t1["基本支出"][1]) - dnum(t1["基本支出"][2])), f"基本支出结余 {b1}")
    ck.add("balance_mismatch", agrees(b2, dnum(t1["项目支出"][1]) - dnum(t1["项目支出"][2])), f"项目支出结余 {b2}")
    cy, = one(t, r"结转至(\d{4})年")
    ck.year_later(cy, Y, "结转至")

    # 表2 部门整体指标
    t2 = [r for r in rows if r[0] in ("投入", "过程", "产出", "效益") and len(r) == 7]
    t2_total = [r for r in rows if r[0] == "合计" and len(r) == 6]
    if len(t2) != 13 or len(t2_total) != 1:
        raise ReadError("表2 rows")
    ind = [{"level1": r[0], "name": r[2], "target": r[3], "actual": r[4], "w": r[5], "s": r[6]} for r in t2]
    indicator_checks(ck, ind, None, None, t2_total[0][4], t2_total[0][5], "表2")
    byname = {r["name"]: r for r in ind}
    ws = one(t, r"分值分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分")
    ck.add("weight_sum_mismatch", sum(dnum(x) for x in ws) == 100, f"block weights {ws}")
    blocks = block_sums(ind, "w")
    for label, stated in zip(("投入", "过程", "产出", "效益"), ws):
        ck.add("weight_sum_mismatch", dnum(stated) == blocks[label], f"{label} weight {stated} vs rows {blocks[label]}")
    ck.same(byname["预算执行率"]["actual"].rstrip("%"), t1["合计"][3].rstrip("%"), "执行率 表2/表1")
    bal_rate = byname["结余率"]["actual"].rstrip("%")
    ck.rate(bal_rate, dnum(t1["合计"][1]) - dnum(t1["合计"][2]), dnum(t1["合计"][1]), "结余率")
    tot, word = one(t, r"部门整体支出绩效得分" + NUM + r"分，等级为(\S)")
    ck.grade(tot, word, "text grade")
    ck.same(tot, t2_total[0][5], "总分 text/表2")
    r_all, r_basic, r_proj, r_bal = one(t, r"全年预算执行率" + NUM + r"%，其中基本支出执行率" + NUM + r"%、项目支出执行率" + NUM
                                        + r"%；结余率" + NUM + r"%")
    ck.same(r_all, t1["合计"][3].rstrip("%"), "执行率 text/表1")
    ck.same(r_basic, t1["基本支出"][3].rstrip("%"), "基本支出执行率 text/表1")
    ck.same(r_proj, t1["项目支出"][3].rstrip("%"), "项目支出执行率 text/表1")
    ck.same(r_bal, bal_rate, "结余率 text/表2")
    overview, = one(t, r"中心全年共制发居民身份证" + NUM + r"万张")
    made, target, comp, monthly = one(t, r"全年制发居民身份证" + NUM + r"万张，完成年度目标（" + NUM + r"万张）的" + NUM
                                      + r"%，月均" + NUM + r"万张")
    ck.add("completion_mismatch", agrees(comp, dnum(made) / dnum(target) * HUNDRED), f"完成率 {comp}")
    ck.add("average_mismatch", agrees(monthly, dnum(made) / 12), f"月均 {monthly}")
    ck.same(overview, made, "制发量 overview/section 四")
    ck.same(made, byname["居民身份证制发数量"]["actual"].rstrip("万张"), "制发量 text/表2")
    redo, qrate = one(t, r"质检退回重制" + NUM + r"张，制证合格率" + NUM + r"%")
    cards = dnum(made) * D(10000)
    ck.rate(qrate, cards - dnum(redo), cards, "制证合格率")
    ck.same(qrate, byname["制证合格率"]["actual"].rstrip("%"), "合格率 text/表2")
    mat, per = one(t, r"制证耗材支出" + NUM + r"万元，平均每张" + NUM + r"元")
    ck.add("average_mismatch", agrees(per, dnum(mat) * D(10000) / cards), f"每张耗材 {per}")
    mail, = one(t, r"证件邮寄及时率" + NUM + r"%，未达到")
    ck.same(mail, byname["证件邮寄及时率"]["actual"].rstrip("%"), "邮寄及时率 text/表2")
    d1, = one(t, r"投递延迟，扣" + NUM + r"分")
    d2, = one(t, r"报废手续，扣" + NUM + r"分")
    for name, d in (("证件邮寄及时率", d1), ("资产管理规范性", d2)):
        r = byname[name]
        ck.add("score_sum_mismatch", agrees(d, dnum(r["w"]) - dnum(r["s"])), f"{name} 扣分 {d}")
    sat, = one(t, r"群众满意度" + NUM + r"%，高于")
    ck.percent_ok(sat, "满意度")
    ck.same(sat, byname["群众满意度"]["actual"].rstrip("%"), "满意度 text/表2")

    # 表3 项目自评结果
    t3 = [r for r in rows if re.fullmatch(r"\d", r[0])]
    t3_total = [r for r in rows if r[0] == "合计" and len(r) == 7]
    if len(t3) != 4 or len(t3_total) != 1:
        raise ReadError("表3 rows")
    for i, col in ((2, "全年预算数"), (3, "全年执行数")):
        ck.total([dnum(r[i]) for r in t3], dnum(t3_total[0][i]), tol(t3_total[0][i]), f"表3 {col}")
    for r in t3 + t3_total:
        ck.rate(r[4].rstrip("%"), dnum(r[3]), dnum(r[2]), f"表3 {r[1] or '合计'} 执行率")
    for r in t3:
        ck.add("score_exceeds_weight", D(0) <= dnum(r[6]) <= dnum(r[5]), f"表3 {r[1]} score {r[6]} of {r[5]}")
    ck.same(t3_total[0][2], t1["项目支出"][1], "项目预算 表3/表1")
    ck.same(t3_total[0][3], t1["项目支出"][2], "项目执行 表3/表1")
    ck.same(mat, t3[0][3], "耗材支出 text/表3")
    return ck


READERS = {
    "sx-fushan-huzheng-2021": check_fushan,
    "hn-chenxi-huzhengban-2019": check_chenxi,
    "yn-fengqing-huzhengbianmin-2023": check_fengqing,
    "gz-congjiang-mianfeibanzheng-2018": check_congjiang,
    "ah-chuzhou-zhizhengzhongxin-bumen-2024": check_chuzhou,
}


# ----------------------------------------------------------------------------- set-level checks

def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def diff_region(a, b):
    """(start, end) in b of the single contiguous region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s]


def main():
    problems = []
    labels = [json.loads(ln) for ln in read(os.path.join(HERE, "labels.jsonl")).splitlines() if ln.strip()]
    counts = {c: 0 for c in CODES}
    where = {"clean": 0, "error": 0}
    for rec in labels:
        name = rec["case"]
        path = os.path.join(CASES, name)
        if not os.path.exists(path):
            problems.append(f"{name}: missing file")
            continue
        text = read(path)
        if set(rec) != {"case", "source", "clean", "expected"}:
            problems.append(f"{name}: label keys {sorted(rec)}")
        if rec["source"] not in READERS:
            problems.append(f"{name}: unknown source")
            continue
        try:
            ck = READERS[rec["source"]](text)
        except ReadError as exc:
            problems.append(f"{name}: cannot read the draft: {exc}")
            continue
        failed = ck.failed()
        if rec["clean"]:
            where["clean"] += 1
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if failed:
                problems.append(f"{name}: clean draft fails {ck.failures()}")
            if len(text) < 2700 or len(text) > 3500:
                problems.append(f"{name}: length {len(text)}")
            continue
        where["error"] += 1
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: {len(rec['expected'])} labels")
            continue
        exp = rec["expected"][0]
        if set(exp) != {"code", "severity", "value", "explanation"} or exp["severity"] != "error":
            problems.append(f"{name}: label fields {exp}")
        code = exp["code"]
        if code not in counts:
            problems.append(f"{name}: unknown code {code}")
            continue
        counts[code] += 1
        value = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: label value not in case: {value!r}")
        clean = read(os.path.join(CASES, f"{rec['source']}-clean.txt"))
        start, end, _ = diff_region(clean, text)
        end = max(end, start + 1)
        if not any(o < end and start < o + len(value) for o in occ):
            problems.append(f"{name}: changed region [{start},{end}) does not overlap the label value")
        if failed != [code]:
            problems.append(f"{name}: labelled {code}, failing checks {ck.failures()}")
    for c, n in counts.items():
        if n < 2:
            problems.append(f"code {c} used {n} times (< 2)")
    if where != {"clean": 5, "error": 30}:
        problems.append(f"case counts {where}")
    for p in problems:
        print("FAIL", p)
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
