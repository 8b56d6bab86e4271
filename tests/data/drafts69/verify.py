#!/usr/bin/env python3
"""Check the n69 set: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK on success, otherwise every problem found (exit status 1).
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
MULTI_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def dec(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return Decimal(s)


def places(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated is the string as written; tolerance is half a unit of its last digit."""
    tol = Decimal(5) / (Decimal(10) ** (places(stated) + 1))
    return abs(dec(stated) - Decimal(computed)) <= tol + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


class Ctx:
    def __init__(self, pid, text):
        self.pid, self.text = pid, text

    def need(self, *strings):
        for s in strings:
            if str(s) not in self.text:
                fail("%s: expected text %r not found" % (self.pid, s))

    def rate(self, stated, num, den, label=""):
        """stated% = num/den*100; num/den written as in the text (万元, 元, counts)."""
        self.need(stated, num, den)
        c = dec(num) / dec(den) * 100
        if not close(stated, c):
            fail("%s: rate %s %s != %s/%s = %.4f" % (self.pid, label, stated, num, den, c))

    def sum(self, total, parts, label="", present=True):
        if present:
            self.need(total, *parts)
        c = sum(dec(p) for p in parts)
        if not close(total, c):
            fail("%s: sum %s %s != %s = %s" % (self.pid, label, total, " + ".join(map(str, parts)), c))

    def diff(self, result, a, b, label="", present=True):
        if present:
            self.need(result, a, b)
        c = dec(a) - dec(b)
        if not close(result, c):
            fail("%s: diff %s %s != %s - %s = %s" % (self.pid, label, result, a, b, c))

    def prod(self, result, a, b, scale=1, label=""):
        """result == a*b*scale (scale converts 元 to 万元: 1/10000)."""
        self.need(result)
        c = dec(a) * dec(b) * Decimal(scale)
        if not close(result, c):
            fail("%s: product %s %s != %s * %s * %s = %s" % (self.pid, label, result, a, b, scale, c))

    def avg(self, stated, items, label=""):
        self.need(stated, *items)
        c = sum(dec(i) for i in items) / len(items)
        if not close(stated, c):
            fail("%s: average %s %s != %s" % (self.pid, label, stated, c))

    def wan(self, wan, yuan):
        """the same amount written in 万元 and in 元."""
        self.need(wan, yuan)
        if dec(wan) * 10000 != dec(yuan):
            fail("%s: %s万元 != %s元" % (self.pid, wan, yuan))


# ---------------------------------------------------------------- tables
def split_row(line, sep):
    if sep == "|":
        s = line.strip()
        if not (s.startswith("|") and s.endswith("|")):
            return None
        return [c.strip() for c in s[1:-1].split("|")]
    if sep not in line:
        return None
    return [c.strip() for c in line.split(sep)]


def table(text, header_prefix, sep):
    """Rows (list of cells) after the header line starting with header_prefix."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_prefix):
            rows = []
            for l2 in lines[i + 1:]:
                cells = split_row(l2, sep)
                if cells is None:
                    break
                rows.append(cells)
            return rows
    raise KeyError(header_prefix)


def grade_of(total):
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

NUM = r"(-?\d[\d,]*(?:\.\d+)?)"


def parse_target(s):
    """(direction, number, unit) of an indicator value, or None when qualitative/date."""
    s = s.strip()
    if re.search(r"\d{4}年\d+月", s):
        return None
    m = re.match(r"^(≥|≤|=)?" + NUM + r"(.*)$", s)
    if not m:
        return None
    d = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return d, dec(m.group(2)), m.group(3).strip()


def completion(target, actual):
    """completion (Decimal %, unrounded) per rules §5, or None when not computable."""
    t = parse_target(target)
    a = parse_target(actual)
    if not t or not a or t[2] != a[2]:
        return None
    d, tv, _ = t
    av = a[1]
    if d == "lte":
        return Decimal(100) if av <= tv else tv / av * 100
    if tv == 0:
        return None
    return av / tv * 100


def row_score(target, actual, weight, stated_completion=None):
    """expected score strings allowed: from raw values and from the stated completion."""
    w = dec(weight)
    t = parse_target(target)
    a = parse_target(actual)
    if not t or not a:
        return None
    if t[0] == "eq" and t[1] == 0:
        return [w if a[1] <= 0 else Decimal(0)]
    c = completion(target, actual)
    if c is None:
        return None
    out = [r2(min(w, w * c / 100))]
    if stated_completion and stated_completion not in ("—", ""):
        out.append(r2(min(w, w * dec(stated_completion) / 100)))
    return out


def check_sampling(ctx, header, sep):
    rows = table(ctx.text, header, sep)
    body = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"]
    if len(tot) != 1:
        fail("%s: sampling table has no single 合计 row" % ctx.pid)
        return
    tot = tot[0]
    for r in rows:
        plan, done, bad, rate = r[1], r[2], r[3], r[4]
        c = (dec(done) - dec(bad)) / dec(done) * 100
        if not close(rate, c):
            fail("%s: 合格率 of %s %s != (%s-%s)/%s = %.4f" % (ctx.pid, r[0], rate, done, bad, done, c))
    for col, name in ((1, "计划"), (2, "完成"), (3, "不合格")):
        s = sum(dec(r[col]) for r in body)
        if s != dec(tot[col]):
            fail("%s: sampling %s column sums to %s, 合计 %s" % (ctx.pid, name, s, tot[col]))
    return tot


def check_funds_block(ctx, sep, first):
    """MOF funds block: 年度资金总额 = 当年财政拨款 + 上年结转 + 其他 (cols 1-3); rate col 5; score col 6."""
    rows = table(ctx.text, first, sep)
    byname = {}
    for r in rows[:4]:
        key = r[0].replace("其中：", "")
        byname[key] = r
    total = byname["年度资金总额"]
    parts = [byname["当年财政拨款"], byname["上年结转资金"], byname["其他资金"]]
    for col in (1, 2, 3):
        ctx.sum(total[col], [p[col] for p in parts], "funds col %d" % col, present=False)
    for r in [total] + parts:
        base, spent, rate = dec(r[2]), dec(r[3]), r[5]
        if base == 0:
            if rate not in ("—", "0", "0.00%", "-"):
                fail("%s: rate on zero base in %s: %s" % (ctx.pid, r[0], rate))
        else:
            if not close(rate, spent / base * 100):
                fail("%s: funds rate %s %s != %s/%s" % (ctx.pid, r[0], rate, r[3], r[2]))
    w, s = total[4], total[6]
    c = r2(dec(w) * min(Decimal(1), dec(total[3]) / dec(total[2])))
    if not close(s, c):
        fail("%s: execution score %s != %s" % (ctx.pid, s, c))
    return dec(w), dec(s)


def check_scores(ctx, header, sep, cols, extra=None, subtotals=(), total_name="合计", stated_total=None):
    """cols: dict with keys target, actual, weight, score, optional completion.
    extra: (weight, score) of an execution line outside this table.  Checks Σ weights = 100,
    Σ scores = total, 0 <= score <= weight, each score by rules §5, subtotals."""
    rows = table(ctx.text, header, sep)
    items, subs, total = [], {}, None
    for r in rows:
        if r[0] == total_name:
            total = r
        elif r[0] in subtotals:
            subs[r[0]] = r
        else:
            items.append(r)
    if total is None:
        fail("%s: score table has no total row" % ctx.pid)
        return None
    wsum = sum(dec(r[cols["weight"]]) for r in items) + (extra[0] if extra else 0)
    ssum = sum(dec(r[cols["score"]]) for r in items) + (extra[1] if extra else 0)
    tw = [c for c in total if c][1] if cols.get("total_cells") is None else total[cols["total_cells"][0]]
    ts = total[cols["total_cells"][1]] if cols.get("total_cells") else [c for c in total if c][2]
    if wsum != 100 or dec(tw) != 100:
        fail("%s: weights sum to %s (stated %s)" % (ctx.pid, wsum, tw))
    if not close(ts, ssum):
        fail("%s: scores sum to %s, stated total %s" % (ctx.pid, ssum, ts))
    for r in items:
        w, s = dec(r[cols["weight"]]), dec(r[cols["score"]])
        if s > w or s < 0:
            fail("%s: score %s outside [0, %s] in %s" % (ctx.pid, s, w, r[2] if len(r) > 2 else r))
        comp = r[cols["completion"]] if "completion" in cols else None
        if comp and comp != "—":
            c = completion(r[cols["target"]], r[cols["actual"]])
            if c is None or not close(comp, c):
                fail("%s: completion %s of %s, computed %s" % (ctx.pid, comp, r[2], c))
        exp = row_score(r[cols["target"]], r[cols["actual"]], r[cols["weight"]], comp)
        if exp is None:
            # qualitative: 达成 [80,100]%, 部分达成 [60,80)%
            act = r[cols["actual"]]
            if "部分达成" in act:
                if not (w * Decimal("0.6") <= s < w * Decimal("0.8")):
                    fail("%s: qualitative score %s outside the 部分达成 band" % (ctx.pid, s))
            elif "年" in act and "月" in act:
                if s != w:
                    fail("%s: dated target met but score %s" % (ctx.pid, s))
            else:
                fail("%s: cannot score row %s" % (ctx.pid, r))
        elif not any(close(r[cols["score"]], e) for e in exp):
            fail("%s: score %s of %s, expected %s" % (ctx.pid, r[cols["score"]], r[2], exp))
    for name, r in subs.items():
        lvl = name.replace("小计", "")
        mine = [x for x in items if x[0] == lvl]
        if dec(r[cols["sub_weight"]]) != sum(dec(x[cols["weight"]]) for x in mine):
            fail("%s: %s weight mismatch" % (ctx.pid, name))
        if not close(r[cols["sub_score"]], sum(dec(x[cols["score"]]) for x in mine)):
            fail("%s: %s score mismatch" % (ctx.pid, name))
    if stated_total is not None and dec(stated_total) != dec(ts):
        fail("%s: text total %s != table total %s" % (ctx.pid, stated_total, ts))
    return ts, items


def check_grade(ctx, pattern):
    """pattern has groups (total, grade)."""
    hits = re.findall(pattern, ctx.text)
    if not hits:
        fail("%s: grade sentence not found" % ctx.pid)
    for total, grade in hits:
        if GRADE_WORDS[grade] != grade_of(total):
            fail("%s: grade %s for total %s" % (ctx.pid, grade, total))


def check_completion_table(ctx, header, sep):
    for r in table(ctx.text, header, sep):
        name, target, actual, comp = r[0], r[1], r[2], r[3]
        if comp == "—":
            continue
        c = completion(target, actual)
        if c is None or not close(comp, c):
            fail("%s: completion of %s %s, computed %s" % (ctx.pid, name, comp, c))


def check_budget_table(ctx, header, sep, bcols, ecol, rcol):
    """sub-item table: every numeric column sums to 合计; rate = exec / last budget column."""
    rows = table(ctx.text, header, sep)
    body = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    for col in list(bcols) + [ecol]:
        ctx.sum(tot[col], [r[col] for r in body], "sub-item col %d" % col, present=False)
    for r in rows:
        base = dec(r[bcols[-1]])
        if not close(r[rcol], dec(r[ecol]) / base * 100):
            fail("%s: sub-item rate %s %s" % (ctx.pid, r[0], r[rcol]))


# ---------------------------------------------------------------- per-project arithmetic
def shangyu(c):
    check_sampling(c, "食品类别｜计划批次", "｜")
    w, s = check_funds_block(c, "｜", "项目资金（万元）｜")
    ts, items = check_scores(c, "一级指标｜二级指标｜三级指标｜年度指标值", "｜",
                             {"target": 3, "actual": 4, "weight": 5, "score": 6, "total_cells": (5, 6)},
                             extra=(w, s), total_name="总分", stated_total="98.89")
    check_completion_table(c, "三级指标｜年度指标值｜实际完成值｜完成率", "｜")
    check_grade(c, r"自评总分(\d+\.\d+)分，评价等级为\"(优|良|中|差)\"")
    c.need("｜98.89｜评价等级：优")
    c.sum("192.35", ["180.00", "12.35"], "年初")
    c.need("全年预算数调整为216.95万元，其中区级财政180.00万元、省级补助24.60万元、上年结转12.35万元")
    c.sum("216.95", ["180.00", "24.60", "12.35"], "全年")
    c.sum("204.60", ["180.00", "24.60"], "当年财政拨款")
    c.need("到位资金216.95万元，到位率100%")
    c.rate("91.48%", "198.47", "216.95", "执行率")
    c.rate("90.97%", "186.12", "204.60", "当年执行率")
    c.diff("18.48", "216.95", "198.47", "未执行")
    c.diff("18.48", "204.60", "186.12", "当年未执行")
    c.sum("198.47", ["183.72", "2.40", "12.35"], "支出用途")
    c.sum("183.72", ["132.60", "51.12"], "检验服务费")
    c.prod("132.60", "1020", "1300", Decimal("0.0001"), "标段一")
    c.prod("696,000", "480", "1450", 1, "标段二")
    c.sum("480", ["300", "180"], "标段二批次")
    c.sum("1,500", ["1,020", "480"], "两个标段批次")
    c.sum("511,200", ["278,400", "232,800"], "已付")
    c.rate("73.45%", "511,200", "696,000", "已付比例")
    c.diff("184,800", "696,000", "511,200", "尾款")
    c.wan("18.48", "184,800")
    c.wan("51.12", "511,200")
    c.sum("202.20", ["132.60", "69.60"], "合同总金额", present=False)
    c.wan("69.60", "696,000") if "69.60" in c.text else c.need("696,000")
    c.prod("1,348.00", "2022000", "1", Decimal(1) / Decimal(1500), "平均每批次")
    c.sum("3,220", ["1,500", "1,720"], "全区抽检")
    c.prod("4.00", "3220", "1", Decimal(1) / Decimal(805), "每千人")
    c.need("80.50万人")
    c.rate("96.77%", "30", "31", "核查处置率")
    c.sum("31", ["14", "10", "5", "2"], "不合格项目")
    c.rate("99.40%", "1,491", "1,500", "按时出具率")
    c.rate("95.50%", "1,146", "1,200", "问卷有效率")
    c.need("省级补助资金24.60万元全部用于")
    c.need("尾款184,800元按合同约定", "已按规定结转至2023年")
    if c.text.count("12月31日") != 2 or "截至2022年12月31日" not in c.text:
        fail("shangyu: year-end dates")


def suixi(c):
    check_sampling(c, "食品类别\t计划批次", "\t")
    rows = table(c.text, "项目\t行次", "\t")
    byrow = {r[0]: r for r in rows}
    for name in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"):
        r = byrow[name]
        c.sum(r[2], r[3:], name, present=False)
    plan, got, spent = byrow["全年预算资金"], byrow["实际到位资金"], byrow["全年执行资金"]
    for key, num in (("预算到位率(%)", got), ("预算执行率(%)", spent)):
        r = byrow[key]
        for col in range(2, 9):
            base = dec(plan[col])
            if base == 0:
                if r[col] not in ("0", "—"):
                    fail("%s: %s col %d non-zero on zero base" % (c.pid, key, col))
            elif not close(r[col], dec(num[col]) / base * 100):
                fail("%s: %s col %d = %s" % (c.pid, key, col, r[col]))
    ts, items = check_scores(c, "一级指标\t二级指标\t三级指标\t权重", "\t",
                             {"target": 4, "actual": 5, "completion": 6, "weight": 3, "score": 7,
                              "total_cells": (3, 7)}, stated_total="89.62")
    check_grade(c, r"总得分(\d+\.\d+)分，评价等级为(优秀|良好|中等|较差)")
    c.need("其中预算执行率得分9.14分，产出指标得分48.42分，效益指标得分22.98分，满意度指标得分9.08分")
    c.sum("89.62", ["9.14", "48.42", "22.98", "9.08"], "分项得分")
    c.sum("48.42", ["10", "10", "10", "8.42", "10"], "产出得分", present=False)
    c.sum("22.98", ["9.98", "7.00", "6.00"], "效益得分", present=False)
    c.rate("91.36%", "96.38", "105.50", "执行率")
    c.need("调整后全年预算105.50万元")
    c.sum("105.50", ["85.00", "12.00", "8.50"], "全年预算")
    c.sum("96.38", ["83.60", "8.46", "1.32", "3.00"], "支出用途")
    c.sum("20.50", ["12.00", "8.50"], "上级补助")
    c.diff("9.12", "105.50", "96.38", "结余")
    c.diff("9.12", "85.00", "75.88", "县级结余")
    c.prod("836,000", "880", "950", 1, "合同金额")
    c.wan("83.60", "836,000")
    c.sum("836,000", ["250,800", "334,400", "250,800"], "合同支付")
    c.rate("30%", "250,800", "836,000", "首付款")
    c.rate("40%", "334,400", "836,000", "进度款")
    items5 = ["2,460", "1,985", "1,736", "1,604", "1,815"]
    c.sum("9,600", items5, "快检室")
    c.avg("1,920", items5, "快检室平均")
    c.rate("106.67%", "9,600", "9,000", "快检完成")
    c.need("快检阳性样品86批次", "快检合格率99.10%")
    if not close("99.10", (dec("9600") - 86) / dec("9600") * 100):
        fail("suixi: 快检合格率")
    c.rate("80.00%", "704", "880", "按时出具率")
    c.rate("81.72%", "380", "465", "满意度")
    c.rate("60%", "3", "5", "运转率") if "正常运转率60%" in c.text else fail("suixi: 运转率 text")
    for ded, got_ in (("0.86", "9.14"), ("1.58", "8.42"), ("0.02", "9.98"), ("4.00", "6.00"), ("0.92", "9.08")):
        c.need("扣%s分" % ded)
        c.diff(ded, "10", got_, "扣分", present=False)


def siyang(c):
    check_sampling(c, "食品类别｜计划批次", "｜")
    w, s = check_funds_block(c, "｜", "项目资金（万元）｜")
    check_scores(c, "一级指标｜二级指标｜三级指标｜年度指标值", "｜",
                 {"target": 3, "actual": 4, "weight": 5, "score": 6, "total_cells": (5, 6)},
                 extra=(w, s), total_name="总分", stated_total="99.34")
    check_grade(c, r"自评得分(\d+\.\d+)分，评价等级为(优秀|良好|中等|较差)")
    c.need("｜99.34｜优秀")
    c.diff("114.00", "135.00", "21.00", "县级")
    c.sum("129.00", ["114.00", "15.00"], "全年预算")
    c.need("全年实际到位资金129.00万元，到位率100%")
    c.rate("97.96%", "126.37", "129.00", "执行率")
    c.diff("2.63", "129.00", "126.37", "结余")
    c.sum("126.37", ["111.24", "9.86", "2.80", "2.47"], "支出明细")
    c.sum("111.24", ["108.00", "3.24"], "合同合计")
    c.prod("108.00", "1200", "900", Decimal("0.0001"), "合同金额")
    c.prod("32,400", "36", "900", 1, "补充协议")
    c.wan("3.24", "32,400")
    c.sum("1,236", ["1,200", "36"], "批次", present=False)
    c.rate("103.00%", "1,236", "1,200", "完成率")
    c.rate("94.00%", "5,640", "6,000", "快检完成率")
    c.rate("96.40%", "241", "250", "按时办结率")
    c.rate("90.20%", "451", "500", "满意度")
    c.need("截至2019年12月31日")


def putuo(c):
    check_sampling(c, "| 食品类别 |", "|")
    w, s = check_funds_block(c, "|", "| 项目资金（万元） |")
    check_scores(c, "| 一级指标 |", "|",
                 {"target": 3, "actual": 4, "weight": 5, "score": 6, "total_cells": (5, 6),
                  "sub_weight": 5, "sub_score": 6},
                 extra=(w, s), subtotals=("产出指标小计", "效益指标小计"), stated_total="98.73")
    check_grade(c, r"自评得分(\d+\.\d+)分，其中[^。]*?评价等级为(优|良|中|差)（")
    c.need("| 合计 | | | | | 100 | 98.73 | 优 |")
    c.need("其中预算执行率9.58分、产出指标59.68分、效益指标29.47分")
    c.sum("98.73", ["9.58", "59.68", "29.47"], "分项")
    check_budget_table(c, "| 子项目 |", "|", bcols=(1, 2), ecol=3, rcol=4)
    c.need("2024年年初预算118.00万元，其中区级财政安排106.00万元、市级食品安全抽检补助资金12.00万元")
    c.sum("118.00", ["106.00", "12.00"], "年初")
    c.sum("126.80", ["118.00", "8.80"], "全年")
    c.sum("8.80", ["5.40", "3.40"], "追加 = 快检增加 + 应急", present=False)
    c.diff("5.40", "14.60", "9.20", "快检追加", present=False)
    c.rate("95.79%", "121.46", "126.80", "执行率")
    c.diff("5.34", "126.80", "121.46", "结转")
    c.prod("672,000", "560", "1200", 1, "监督抽检合同")
    c.prod("216,000", "120", "1800", 1, "风险监测合同")
    c.prod("200,000", "200", "1000", 1, "评价性抽检合同")
    c.prod("34,000", "34", "1000", 1, "应急抽检")
    c.wan("67.20", "672,000")
    c.wan("16.26", "162,600")
    c.wan("20.00", "200,000")
    c.wan("3.40", "34,000")
    c.rate("75.28%", "162,600", "216,000", "已付比例")
    if dec("216000") - dec("162600") != dec("5.34") * 10000:
        fail("putuo: 尾款")
    c.rate("99.00%", "198", "200", "评价性合格率")
    c.rate("96.02%", "8,642", "9,000", "快检完成")
    c.need("检出阳性31批次，快检合格率99.64%")
    if not close("99.64", (dec("8642") - 31) / dec("8642") * 100):
        fail("putuo: 快检合格率")
    c.rate("85.20%", "213", "250", "追溯覆盖率")
    c.sum("7", ["4", "3"], "风险监测问题样品", present=False)
    c.need("发现问题样品7批次（腹泻性贝类毒素4批次、镉3批次）")
    c.need("渔港码头快检8,642批次。")


def tongcheng(c):
    check_sampling(c, "食品类别｜计划批次", "｜")
    check_scores(c, "一级指标｜二级指标｜三级指标｜指标值", "｜",
                 {"target": 3, "actual": 4, "completion": 5, "weight": 6, "score": 7, "total_cells": (6, 7)},
                 stated_total="98.51")
    check_grade(c, r"自评得分(\d+\.\d+)分，评价等级为\"(优|良|中|差)\"")
    check_budget_table(c, "子项目｜", "｜", bcols=(1,), ecol=2, rcol=3)
    c.need("全年预算158.60万元（年初预算142.60万元，4月追加省级食品安全抽检补助16.00万元")
    c.sum("158.60", ["142.60", "16.00"], "全年预算")
    c.rate("91.27%", "144.76", "158.60", "执行率")
    c.diff("13.84", "158.60", "144.76", "未支出")
    c.sum("13.84", ["9.90", "3.94"], "结转+结余")
    c.prod("940,800", "1120", "840", 1, "监督抽检合同")
    c.wan("94.08", "940,800")
    c.prod("330,000", "300", "1100", 1, "评价性合同")
    c.wan("33.00", "330,000")
    c.rate("70%", "231,000", "330,000", "已付比例")
    c.wan("23.10", "231,000")
    c.diff("99,000", "330,000", "231,000", "尾款")
    c.wan("9.90", "99,000")
    c.sum("300", ["200", "100"], "评价性+风险监测", present=False)
    c.avg("94.93%", ["92.40%", "95.60%", "96.80%"], "平均满意度")
    c.rate("75.00%", "45", "60", "茶企覆盖率")
    c.need("检出阳性样品96批次，快检合格率99.23%")
    if not close("99.23", (dec("12480") - 96) / dec("12480") * 100):
        fail("tongcheng: 快检合格率")
    c.need("对23批次不合格食品")
    c.need("扣0.87分和0.62分")
    c.diff("0.87", "10", "9.13", present=False)
    c.diff("0.62", "10", "9.38", present=False)
    c.need("年初共设置绩效指标12项")
    if len(table(c.text, "一级指标｜二级指标｜三级指标｜指标值", "｜")) != 13:
        fail("tongcheng: indicator count")


CHECKS = {
    "shangyu-foodsampling-2022": shangyu,
    "suixi-foodsampling-2020": suixi,
    "siyang-foodsampling-2019": siyang,
    "putuo-seafoodsampling-2024": putuo,
    "tongcheng-foodsampling-2023": tongcheng,
}


# ---------------------------------------------------------------- labels and edits
def edit_regions(clean, case):
    a, b = clean.split("\n"), case.split("\n")
    if len(a) != len(b):
        return None, "line count changed"
    changed = [i for i in range(len(a)) if a[i] != b[i]]
    sizes = []
    for i in changed:
        x, y = a[i], b[i]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
            s += 1
        sizes.append(max(len(x) - p - s, len(y) - p - s))
    return changed, sizes


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    counts = {}
    per_code_projects = {}
    names = set(os.listdir(CASES))
    listed = set()
    for rec in labels:
        name = rec["case"]
        listed.add(name)
        case = read(name)
        clean = read(rec["source"] + "-clean.txt")
        n = len(case)
        if not (2500 <= len(clean) <= 6000):
            fail("%s: clean draft length %d outside 2,500-6,000" % (rec["source"], len(clean)))
        if rec["clean"]:
            if rec["expected"] or case != clean:
                fail("%s: clean record inconsistent" % name)
            continue
        if len(rec["expected"]) != 1:
            fail("%s: expected exactly one label" % name)
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        if lab["severity"] != "error":
            fail("%s: severity must be error" % name)
        counts[code] = counts.get(code, 0) + 1
        per_code_projects.setdefault(code, set()).add(rec["source"])
        if case.count(value) != 1:
            fail("%s: value occurs %d times in case" % (name, case.count(value)))
        if value in clean:
            fail("%s: value occurs in the clean draft" % name)
        changed, sizes = edit_regions(clean, case)
        if changed is None:
            fail("%s: %s" % (name, sizes))
            continue
        if not changed:
            fail("%s: identical to clean" % name)
            continue
        if len(changed) > 2 or (len(changed) == 2 and (code not in MULTI_ROW_CODES or changed[1] - changed[0] != 1)):
            fail("%s: edit touches lines %s" % (name, changed))
        if max(sizes) > 16:
            fail("%s: edit of %d characters" % (name, max(sizes)))
        # the value must cover the changed characters of at least one changed line
        start = case.find(value)
        line_starts = [0]
        for ln in case.split("\n"):
            line_starts.append(line_starts[-1] + len(ln) + 1)
        covered = False
        for i in changed:
            x, y = clean.split("\n")[i], case.split("\n")[i]
            p = 0
            while p < min(len(x), len(y)) and x[p] == y[p]:
                p += 1
            pos = line_starts[i] + p
            if start <= pos < start + len(value):
                covered = True
        if not covered:
            fail("%s: value does not cover the edit" % name)
    missing = names - listed
    if missing:
        fail("case files without labels: %s" % sorted(missing))
    section_a = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"]
    for code in section_a:
        if counts.get(code, 0) < 2:
            fail("code %s used %d times" % (code, counts.get(code, 0)))
        elif len(per_code_projects[code]) < 2:
            fail("code %s used in one project only" % code)
    return labels, counts


def main():
    labels, counts = check_labels()
    for pid, fn in CHECKS.items():
        fn(Ctx(pid, read(pid + "-clean.txt")))
    if PROBLEMS:
        for p in PROBLEMS:
            print("FAIL", p)
        sys.exit(1)
    print("cases: %d, codes: %s" % (len(labels), ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("OK")


if __name__ == "__main__":
    main()
