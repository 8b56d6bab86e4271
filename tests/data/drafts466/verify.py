#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. labels.jsonl: 35 cases, every case file exists, every label value occurs in its case, each error case differs
   from its clean draft in one contiguous place that overlaps an occurrence of the label value, each of the 13
   codes of errors.md section A occurs at least twice, clean drafts are 2,800-3,400 characters.
2. Arithmetic: every draft is re-read with regular expressions and every identity is recomputed with
   decimal.Decimal, using the tolerance of rules.md section 8 (a stated value with d decimals matches a computed
   value c iff |c - v| <= 0.5 * 10^-d). Clean drafts: every check passes (including the warning-level scoring
   rule). Error cases: the labelled code fails and no other error-level code fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as Dec, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN = {"score_rule_mismatch"}
N = r"(\d+(?:\.\d+)?)"          # a number as written
HUNDRED = Dec(100)


class ParseError(Exception):
    pass


def D(s):
    return Dec(str(s))


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md section 8: tolerance taken from the decimals of the stated value."""
    v = D(stated)
    tol = Dec("0.5") * (Dec(10) ** -ndec(stated)) + Dec("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(Dec("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
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

SIGNS = {"≥": "gte", ">=": "gte", "＞＝": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte", "=": "eq", "＝": "eq"}


def split_value(s):
    """'≥3.5万人次' -> ('gte', Dec('3.5'), '万人次'); '27场' -> ('eq', Dec('27'), '场')."""
    s = s.strip()
    direction = "eq"
    for sign in sorted(SIGNS, key=len, reverse=True):
        if s.startswith(sign):
            direction = SIGNS[sign]
            s = s[len(sign):].strip()
            break
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(\S*)", s)
    if not m:
        raise ParseError(f"cannot read indicator value {s!r}")
    return direction, m.group(1), m.group(2)


def completion(direction, target, actual):
    t, a = D(target), D(actual)
    if direction == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    return a / t * HUNDRED


def rule_score(direction, target, actual, weight):
    t, a, w = D(target), D(actual), D(weight)
    if direction == "lte":
        s = w if a <= t else w * t / a
    else:
        s = w if a >= t else w * a / t
    return min(max(s, Dec(0)), w)


class Check:
    def __init__(self, text):
        self.t = text
        self.results = []   # (code, ok, message)

    # ---- reading helpers -------------------------------------------------------------------------
    def g(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        gr = ms[0].groups()
        return gr if len(gr) > 1 else gr[0]

    def line(self, prefix, sep):
        ls = [l for l in self.t.split("\n") if l.startswith(prefix)]
        if len(ls) != 1:
            raise ParseError(f"{len(ls)} lines start with {prefix!r}")
        return [c.strip() for c in ls[0].split(sep)]

    # ---- recording helpers -----------------------------------------------------------------------
    def ok(self, code, cond, msg):
        self.results.append((code, bool(cond), msg))

    def rate(self, stated, num, den, msg, code="rate_mismatch"):
        self.ok(code, close(stated, D(num) / D(den) * HUNDRED), f"{msg}: {num}/{den} vs {stated}%")

    def eq(self, code, stated, computed, msg):
        self.ok(code, close(stated, computed), f"{msg}: computed {computed} vs stated {stated}")

    def plausible(self, stated, msg, allow_zero_base=False):
        self.ok("implausible_rate", D(stated) <= HUNDRED and D(stated) >= 0, f"{msg}: {stated}% in [0, 100]")

    def same(self, a, b, msg):
        self.ok("conflicting_values", D(a) == D(b), f"{msg}: {a} vs {b}")

    def targets(self, by, pairs):
        """Targets stated in the text (goal paragraph) against the 年度指标值 of the table."""
        for name, pattern in pairs:
            self.same(split_value(by[name]["target"])[1], self.g(pattern), f"target of {name} text/table")

    def grade(self, total, word, msg):
        self.ok("grade_mismatch", grade_of(total) == GRADE_WORDS[word], f"{msg}: {total} -> {grade_of(total)}, stated {word}")

    def money_part(self, value, unit, expected_wan, msg):
        """An amount compared with what the other figures give (万元). A wrong money unit, reconciled exactly by a
        factor 10^4, is unit_mismatch; any other difference is sum_mismatch."""
        wan = D(value) / Dec(10000) if unit == "元" else D(value)
        if close(str(r2(expected_wan)), wan):
            self.ok("unit_mismatch", True, msg)
            self.ok("sum_mismatch", True, msg)
        else:
            rescaled = wan / Dec(10000) if unit != "元" else wan * Dec(10000)
            off_by_unit = close(str(r2(expected_wan)), rescaled)
            self.ok("unit_mismatch", not off_by_unit, f"{msg}: {value}{unit} is off by 10^4")
            self.ok("sum_mismatch", off_by_unit, f"{msg}: {value}{unit} vs {expected_wan}万元")

    def indicator_rows(self, rows, exec_weight, exec_score, total_weight, total_score, completion_col=False):
        """rows: dicts name, target, actual, weight, score (strings) and optionally completion."""
        sw = D(exec_weight) + sum(D(r["weight"]) for r in rows)
        ss = D(exec_score) + sum(D(r["score"]) for r in rows)
        self.ok("weight_sum_mismatch", sw == HUNDRED, f"weights sum {sw}")
        if total_weight is not None:
            self.ok("weight_sum_mismatch", D(total_weight) == sw, f"stated weight total {total_weight} vs {sw}")
        if total_score is not None:
            self.eq("score_sum_mismatch", total_score, ss, "sum of row scores")
        self.ok("score_exceeds_weight", D(exec_score) <= D(exec_weight), "execution score <= weight")
        for r in rows:
            self.ok("score_exceeds_weight", Dec(0) <= D(r["score"]) <= D(r["weight"]),
                    f"{r['name']}: score {r['score']} <= weight {r['weight']}")
            if r.get("date"):
                continue
            d, tv, tu = split_value(r["target"])
            _, av, au = split_value(r["actual"])
            same_unit = tu == au
            self.ok("unit_mismatch", same_unit, f"{r['name']}: target unit {tu!r}, actual unit {au!r}")
            if not same_unit:
                continue
            if completion_col:
                self.eq("completion_mismatch", r["completion"].rstrip("%"), completion(d, tv, av),
                        f"{r['name']} completion")
            self.ok("implausible_rate", not (au == "%" and D(av) > HUNDRED), f"{r['name']}: actual {av}{au}")
            self.ok("score_rule_mismatch", close(r["score"], rule_score(d, tv, av, r["weight"])),
                    f"{r['name']}: score {r['score']} vs rule {rule_score(d, tv, av, r['weight'])}")
        return ss


# ============================================================================================= A
def check_lichuan(t):
    c = Check(t)
    Y = int(c.g(r"^黎川县体育局(\d{4})年度"))
    # --- years
    adv_y, adv_m, adv_for = c.g(r"(\d{4})年(\d+)月，省财政厅、省体育局提前下达我县(\d{4})年")
    c.ok("year_mismatch", int(adv_for) == Y and int(adv_y) == Y - 1 and int(adv_m) == 12, "advance issued in Dec of Y-1")
    c.ok("year_mismatch", int(c.g(r"(\d{4})年6月，经县财政局同意")) == Y, "adjustment in Y")
    c.ok("year_mismatch", int(c.g(r"(\d{4})年项目实际支出")) == Y, "spending year")
    c.ok("year_mismatch", int(c.g(r"已按规定结转至(\d{4})年")) > Y, "carry-over goes to a later year")
    c.ok("year_mismatch", int(c.g(r"自评表（(\d{4})年度）")) == Y, "table year")
    c.ok("year_mismatch", int(c.g(r"实施期为(\d{4})年1月至12月")) == Y, "implementation period")
    c.ok("year_mismatch", int(c.g(r"各项工作于(\d{4})年11月底前")) == Y, "completion year")
    c.ok("year_mismatch", int(c.g(r"\n(\d{4})年\d+月\d+日\s*$")) in (Y, Y + 1), "report date")
    # --- funds (prose)
    prov = c.g(r"提前下达我县\d{4}年省级体育彩票公益金" + N + "万元")
    cty = c.g(r"县财政年初安排县级体育彩票公益金" + N + "万元")
    carry = c.g(r"将上年结转资金" + N + "万元纳入本年预算")
    annual = c.g(r"调整后全年预算数为" + N + "万元")
    c.eq("sum_mismatch", annual, D(prov) + D(cty) + D(carry), "60 + 25 + 8.5")
    c.eq("rate_mismatch", c.g(r"当年全部到位，到位率" + N + "%"), HUNDRED, "到位率 (all received)")
    items = re.findall(r"\n\d\.[^\n]*?" + N + r"万元，占(?:全年预算的)?" + N + "%", t)
    if len(items) != 4:
        raise ParseError("A items")
    c.eq("sum_mismatch", annual, sum(D(a) for a, _ in items), "sub-project amounts")
    for a, p in items:
        c.rate(p, a, annual, "占比")
    spent = c.g(r"项目实际支出" + N + "万元，预算执行率")
    c.rate(c.g(r"预算执行率" + N + "%。分资金来源"), spent, annual, "overall execution (text)")
    pspent, prate = c.g(r"省级资金" + N + "万元已全部支出，执行率" + N + "%")
    c.same(pspent, prov, "provincial amount")
    c.rate(prate, pspent, prov, "provincial execution")
    cspent = c.g(r"上年结转" + N + "万元全部用于")
    c.same(cspent, carry, "carry-over amount")
    yspent, yrate = c.g(r"县级资金支出" + N + "万元，执行率" + N + "%")
    c.rate(yrate, yspent, cty, "county execution")
    c.eq("sum_mismatch", spent, D(pspent) + D(cspent) + D(yspent), "spending by source")
    bal = c.g(r"尚未支出的" + N + "万元")
    c.eq("balance_mismatch", bal, D(annual) - D(spent), "unspent = annual - spent")
    c.eq("balance_mismatch", bal, D(cty) - D(yspent), "unspent = county - county spent")
    # --- outputs (prose)
    plan, held, cm = c.g(r"计划举办(\d+)场，实际举办(\d+)场，完成率" + N + "%")
    c.eq("completion_mismatch", cm, D(held) / D(plan) * HUNDRED, "events completion")
    last, inc = c.g(r"仅举办(\d+)场）增加(\d+)场")
    c.eq("sum_mismatch", inc, D(held) - D(last), "increase on last year")
    sets, price, punit, ptotal = c.g(r"为(\d+)个行政村健身点各配置健身路径一套，每套10件，中标单价" + N + r"(万元|元)，合计" + N + "万元")
    c.money_part(price, punit, D(ptotal) / D(sets), "unit price x sets = total")
    renov = c.g(r"另安排" + N + "万元翻新")
    fac = c.g(r"场地器材合计" + N + "万元")
    c.eq("sum_mismatch", fac, D(ptotal) + D(renov), "31.46 + 9.54")
    c.same(fac, items[1][0], "场地器材 amount")
    c.eq("rate_mismatch", c.g(r"三方验收，合格率" + N + "%"), HUNDRED, "acceptance rate")
    s1, s2, s3, st, avg = c.g(r"分别培训(\d+)人、(\d+)人、(\d+)人，共(\d+)人，平均每期" + N + "人")
    c.eq("sum_mismatch", st, D(s1) + D(s2) + D(s3), "training sessions")
    c.eq("average_mismatch", avg, (D(s1) + D(s2) + D(s3)) / 3, "training average")
    mon = c.g(r"共测试(\d+)人")
    part = c.g(r"全年群众参与健身活动约" + N + "万人次")
    ratio, ratio_last, gap = c.g(r"经常参加体育锻炼人数比例为" + N + r"%，较\d{4}年的" + N + r"%有所提高，但比目标低" + N + "个百分点")
    ratio_t = c.g(r"经常参加体育锻炼人数比例达到" + N + "%")
    c.eq("sum_mismatch", gap, D(ratio_t) - D(ratio), "gap to target")
    intact, intact_t = c.g(r"器材完好率为" + N + "%，未达到" + N + "%的目标")
    q, qb, qr = c.g(r"共发放问卷(\d+)份，收回(\d+)份，回收率" + N + "%")
    c.rate(qr, qb, q, "questionnaire return")
    sat = c.g(r"群众满意度为" + N + "%")
    for v, m in ((intact, "intact"), (sat, "satisfaction"), (ratio, "ratio"), (qr, "return")):
        c.plausible(v, m)
    # --- funds block (table)
    tot = c.line("年度资金总额｜", "｜")
    fis = c.line("其中：当年财政拨款｜", "｜")
    car = c.line("上年结转资金｜", "｜")
    oth = c.line("其他资金｜", "｜")
    for i, m in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.eq("sum_mismatch", tot[i], D(fis[i]) + D(car[i]) + D(oth[i]), f"funds block {m}")
    c.eq("sum_mismatch", tot[1], D(prov) + D(cty), "年初 = 省级 + 县级")
    c.same(tot[2], annual, "全年预算 text/table")
    c.same(tot[3], spent, "执行 text/table")
    c.same(car[2], carry, "结转 text/table")
    c.rate(tot[5].rstrip("%"), tot[3], tot[2], "table execution")
    c.rate(fis[5].rstrip("%"), fis[3], fis[2], "fiscal execution")
    c.rate(car[5].rstrip("%"), car[3], car[2], "carry-over execution")
    for row in (tot, fis, car):
        c.plausible(row[5].rstrip("%"), "execution rate")
    c.ok("implausible_rate", oth[5] == "—", "其他资金 zero base shows —")
    c.same(tot[5].rstrip("%"), c.g(r"预算执行率" + N + "%。分资金来源"), "execution rate text/table")
    exec_w, exec_s = tot[4], tot[6]
    c.ok("score_rule_mismatch", close(exec_s, r2(D(exec_w) * min(D(tot[3]) / D(tot[2]), Dec(1)))), "execution score")
    # --- indicator table
    rows = []
    for l in t.split("\n"):
        if re.match(r"(产出指标|效益指标|满意度指标)｜", l):
            cells = l.split("｜")
            rows.append(dict(name=cells[2], target=cells[3], actual=cells[4], weight=cells[5], score=cells[6],
                             date="年" in cells[3]))
    byname = {r["name"]: r for r in rows}
    total_row = c.line("总分｜", "｜")
    ss = c.indicator_rows(rows, exec_w, exec_s, total_row[5], total_row[6])
    tp = c.g(r"项目自评得分" + N + "分")
    c.eq("score_sum_mismatch", tp, ss, "text total vs row sum")
    c.same(tp, total_row[6], "total text/table")
    c.grade(tp, c.g(r"评价等级为(优|良|中|差)"), "grade")
    d_row = byname["项目完成时间"]
    c.ok("year_mismatch", d_row["actual"].startswith(str(Y)) and d_row["target"].startswith(str(Y)), "time row years")
    # text <-> table
    c.same(split_value(byname["举办群众体育赛事活动"]["actual"])[1], held, "events")
    c.same(split_value(byname["举办群众体育赛事活动"]["target"])[1], plan, "events target")
    c.same(split_value(byname["行政村健身点配置健身路径"]["actual"])[1], sets, "sets")
    c.same(split_value(byname["培训社会体育指导员"]["actual"])[1], st, "trained")
    c.same(split_value(byname["国民体质监测人数"]["actual"])[1], mon, "monitored")
    c.same(split_value(byname["群众参与健身活动人次"]["actual"])[1], part, "participation")
    c.same(split_value(byname["经常参加体育锻炼人数比例"]["actual"])[1], ratio, "exercise ratio")
    c.same(split_value(byname["健身器材完好率"]["actual"])[1], intact, "intact rate")
    c.same(split_value(byname["健身器材完好率"]["target"])[1], intact_t, "intact target")
    c.same(split_value(byname["群众满意度"]["actual"])[1], sat, "satisfaction")
    c.targets(byname, [
        ("举办群众体育赛事活动", r"全年举办群众体育赛事活动不少于(\d+)场"),
        ("行政村健身点配置健身路径", r"为(\d+)个新建行政村健身点"),
        ("培训社会体育指导员", r"培训社会体育指导员不少于(\d+)人"),
        ("国民体质监测人数", r"完成国民体质监测不少于(\d+)人"),
        ("群众参与健身活动人次", r"群众参与健身活动不少于" + N + "万人次"),
        ("经常参加体育锻炼人数比例", r"经常参加体育锻炼人数比例达到" + N + "%"),
        ("群众满意度", r"群众满意度不低于" + N + "%"),
    ])
    c.same(split_value(byname["群众参与健身活动人次"]["target"])[1], c.g(r"超过" + N + "万人次的目标"), "participation target")
    c.same(split_value(byname["群众满意度"]["target"])[1], c.g(r"未达到" + N + "%的目标，意见"), "satisfaction target")
    return c.results


# ============================================================================================= B
def check_wuzhai(t):
    c = Check(t)
    Y = int(c.g(r"^五寨县体育局(\d{4})年度"))
    c.ok("year_mismatch", int(c.g(r"中央资金已于(\d{4})年12月提前下达")) == Y - 1, "advance in Dec Y-1")
    c.ok("year_mismatch", int(c.g(r"县级配套资金于(\d{4})年8月追加")) == Y, "top-up in Y")
    c.ok("year_mismatch", int(c.g(r"截至(\d{4})年12月31日")) == Y, "balance date")
    c.ok("year_mismatch", int(c.g(r"已结转至(\d{4})年继续使用")) > Y, "carry-over to a later year")
    c.ok("year_mismatch", int(c.g(r"项目实施计划：(\d{4})年1月—12月")) == Y, "implementation year")
    c.ok("year_mismatch", int(c.g(r"\n(\d{4})年\d+月\s*$")) in (Y, Y + 1), "report date")
    c.ok("year_mismatch", int(c.g(r"\n(\d{4})年1月，局里组成")) in (Y, Y + 1), "self-evaluation date")
    # funds table
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {n: c.line(n + "\t", "\t")[2:] for n in names}   # 8 columns: total, subtotal, central, prov, city, county, carry, other
    for n in names[:5]:
        row = R[n]
        c.eq("sum_mismatch", row[1], sum(D(x) for x in row[2:6]), f"{n}: 小计 = 中央+省+市+县")
        c.eq("sum_mismatch", row[0], D(row[1]) + D(row[6]) + D(row[7]), f"{n}: 总额 = 小计+结转+其他")
    for j in range(8):
        c.eq("balance_mismatch", R["资金结余"][j], D(R["实际到位资金"][j]) - D(R["全年执行资金"][j]), f"结余 col {j}")
        for rn, num in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            den = D(R["全年预算资金"][j])
            stated = R[rn][j]
            if den == 0:
                c.ok("implausible_rate", D(stated) == 0, f"{rn} col {j}: zero base prints {stated}")
            else:
                c.rate(stated, R[num][j], den, f"{rn} col {j}")
                c.plausible(stated, f"{rn} col {j}")
    annual = R["全年预算资金"][0]
    spent = R["全年执行资金"][0]
    c.same(c.g(r"按全年预算" + N + "万元分配"), annual, "annual text/table")
    c.eq("sum_mismatch", D(annual) - D(R["年初预算资金"][0]), D(c.g(r"全年预算因此比年初增加" + N + "万元")), "increase = county top-up")
    c.same(c.g(r"全年预算因此比年初增加" + N + "万元"), R["全年预算资金"][5], "top-up = county column")
    items = re.findall(r"\n\d\.[^\n]*?" + N + "万元，占" + N + "%", t)
    if len(items) != 3:
        raise ParseError("B items")
    c.eq("sum_mismatch", annual, sum(D(a) for a, _ in items), "sub-project amounts")
    for a, p in items:
        c.rate(p, a, annual, "占比")
    vil, per = c.g(r"补助(\d+)个行政村，每村器材补助" + N + "元")
    c.eq("sum_mismatch", items[1][0], D(vil) * D(per) / Dec(10000), "villages x per-village grant")
    bal = c.g(r"共结余" + N + "万元")
    c.same(bal, R["资金结余"][0], "balance text/table")
    # indicator tables (tab separated with completion)
    rows = []
    exec_row = None
    for l in t.split("\n"):
        cells = l.split("\t")
        if len(cells) == 7 and cells[2] not in ("权重",) and re.fullmatch(r"\d+(?:\.\d+)?", cells[2]):
            r = dict(name=cells[1], weight=cells[2], target=cells[3], actual=cells[4], completion=cells[5], score=cells[6])
            if cells[1] == "预算执行率":
                exec_row = r
            else:
                rows.append(r)
    if exec_row is None or len(rows) != 8:
        raise ParseError("B indicator rows")
    er = D(spent) / D(annual) * HUNDRED
    c.eq("rate_mismatch", exec_row["actual"].rstrip("%"), er, "execution rate (indicator)")
    c.eq("completion_mismatch", exec_row["completion"].rstrip("%"), er, "execution completion")
    c.same(exec_row["actual"].rstrip("%"), R["预算执行率(%)"][0], "execution rate table/table")
    c.ok("score_rule_mismatch", close(exec_row["score"], D(exec_row["weight"]) * min(er / HUNDRED, Dec(1))), "execution score")
    c.ok("score_exceeds_weight", D(exec_row["score"]) <= D(exec_row["weight"]), "execution score <= weight")
    total = c.g(r"总得分" + N + "分")
    ss = c.indicator_rows(rows, exec_row["weight"], exec_row["score"], None, total, completion_col=True)
    c.grade(total, c.g(r"总得分\d+分，属于\"(优秀|良好|中等|合格|较差|不合格)\""), "grade")
    by = {r["name"]: r for r in rows}
    # text <-> table
    s1, s2, s3, avg, st = c.g(r"分别培训(\d+)人、(\d+)人、(\d+)人，平均每期" + N + r"人，共(\d+)人")
    c.eq("sum_mismatch", st, D(s1) + D(s2) + D(s3), "training sum")
    c.eq("average_mismatch", avg, (D(s1) + D(s2) + D(s3)) / 3, "training average")
    c.same(split_value(by["培训社会体育指导员"]["actual"])[1], st, "trained text/table")
    ev, more, last, inc = c.g(r"全年举办县级赛事活动(\d+)场，比年度目标多(\d+)场，比\d{4}年的(\d+)场增加(\d+)场")
    c.same(split_value(by["举办县级群众体育赛事活动"]["actual"])[1], ev, "events")
    c.eq("sum_mismatch", more, D(ev) - D(split_value(by["举办县级群众体育赛事活动"]["target"])[1]), "more than target")
    c.eq("sum_mismatch", inc, D(ev) - D(last), "increase on last year")
    c.same(split_value(by["赛事活动参与人次"]["actual"])[1], c.g(r"全年赛事活动参与" + N + "万人次"), "participation")
    c.same(split_value(by["资金拨付及时率"]["actual"])[1], c.g(r"资金拨付及时率为" + N + "%"), "timeliness")
    sat = c.g(r"群众满意度为" + N + "%")
    c.same(split_value(by["群众满意度"]["actual"])[1], sat, "satisfaction")
    c.plausible(sat, "satisfaction")
    c.same(split_value(by["建成农民体育健身工程"]["actual"])[1], vil, "villages")
    c.targets(by, [
        ("举办县级群众体育赛事活动", r"举办县级群众体育赛事活动不少于(\d+)场"),
        ("建成农民体育健身工程", r"完成(\d+)个行政村农民体育健身工程"),
        ("培训社会体育指导员", r"培训社会体育指导员不少于(\d+)人"),
        ("群众满意度", r"群众满意度达到(\d+)%以上"),
        ("赛事活动参与人次", r"赛事活动参与不少于" + N + "万人次"),
        ("资金拨付及时率", r"资金拨付及时率不低于(\d+)%"),
        ("器材安装验收合格率", r"器材安装验收合格率(\d+)%。"),
    ])
    c.same(split_value(by["群众满意度"]["target"])[1], c.g(r"高于(\d+)%的目标值"), "satisfaction target")
    return c.results


# ============================================================================================= C
def check_tongjiang(t):
    c = Check(t)
    Y = int(c.g(r"\n(\d{4})年度体育彩票公益金群众体育项目支出绩效自评报告"))
    c.ok("year_mismatch", int(c.g(r"\n(\d{4})年度项目支出绩效自评表")) == Y, "table year")
    adv_y, adv_for = c.g(r"(\d{4})年12月，省财政以川财教〔\d{4}〕\d+号文提前下达我县(\d{4})年")
    c.ok("year_mismatch", int(adv_y) == Y - 1 and int(adv_for) == Y, "advance in Dec Y-1")
    c.ok("year_mismatch", int(c.g(r"(\d{4})年7月追加中央")) == Y, "top-up in Y")
    c.ok("year_mismatch", int(c.g(r"已结转至(\d{4})年使用")) > Y, "carry-over later")
    c.ok("year_mismatch", int(c.g(r"实施周期为(\d{4})年1月至12月")) == Y, "implementation year")
    prov = c.g(r"提前下达我县\d{4}年省级体育彩票公益金" + N + "万元")
    cen = c.g(r"追加中央集中彩票公益金" + N + "万元")
    spon = c.g(r"赞助县级赛事资金" + N + "万元")
    annual = c.g(r"调整后全年预算数为" + N + "万元")
    c.eq("sum_mismatch", annual, D(prov) + D(cen) + D(spon), "70 + 20 + 6")
    items = re.findall(r"\n\d\.[^\n]*?" + N + "万元，占" + N + "%", t)
    if len(items) != 3:
        raise ParseError("C items")
    c.eq("sum_mismatch", annual, sum(D(a) for a, _ in items), "sub-project amounts")
    for a, p in items:
        c.rate(p, a, annual, "占比")
    spent, er = c.g(r"全年执行" + N + "万元，预算执行率" + N + "%")
    c.rate(er, spent, annual, "execution (text)")
    bal = c.g(r"年末未支出" + N + "万元")
    c.eq("balance_mismatch", bal, D(annual) - D(spent), "unspent")
    sp_tot, sp_used, sp_rest = c.g(r"企业赞助资金" + N + "万元已使用" + N + "万元，余额" + N + "万元")
    c.same(sp_tot, spon, "sponsor amount")
    c.eq("balance_mismatch", sp_rest, D(sp_tot) - D(sp_used), "sponsor remainder")
    # funds block
    def frow(prefix):
        cells = c.line(prefix, " ")
        return cells[-6:]
    tot = frow("年度资金总额 ")
    fis = frow("其中：财政资金 ")
    spec = frow("财政专户管理资金 ")
    unit = frow("单位资金 ")
    oth = frow("其他资金 ")
    for i, m in ((0, "年初"), (1, "全年"), (2, "执行")):
        c.eq("sum_mismatch", tot[i], D(fis[i]) + D(spec[i]) + D(unit[i]) + D(oth[i]), f"funds block {m}")
    c.eq("sum_mismatch", tot[0], D(prov), "年初 = provincial advance")
    c.eq("sum_mismatch", fis[1], D(prov) + D(cen), "财政资金 = 省级 + 中央")
    c.same(oth[1], spon, "其他资金 = sponsorship")
    c.same(oth[2], sp_used, "其他资金 spent")
    c.same(tot[1], annual, "annual text/table")
    c.same(tot[2], spent, "spent text/table")
    c.same(tot[4].rstrip("%"), er, "execution rate text/table")
    for row, m in ((tot, "total"), (fis, "财政资金"), (oth, "其他资金")):
        c.rate(row[4].rstrip("%"), row[2], row[1], f"{m} execution")
        c.plausible(row[4].rstrip("%"), f"{m} execution")
    for row in (spec, unit):
        c.ok("implausible_rate", row[4] == "—", "zero base shows —")
    exec_w, exec_s = tot[3], tot[5]
    c.ok("score_rule_mismatch", close(exec_s, D(exec_w) * min(D(tot[2]) / D(tot[1]), Dec(1))), "execution score")
    # indicator rows (PDF: cells may run together)
    rows = []
    pat = re.compile(r"(\S+) (≥|≤|=) (\d+(?:\.\d+)?) (万人次|人次|场|个|%|万元|小时) ?(\d+(?:\.\d+)?%?) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)")
    for l in t.split("\n"):
        m = pat.search(l)
        if m and not l.startswith("年度资金"):
            name, sign, tv, tu, act, w, s = m.groups()
            # the 度量单位 column applies to a bare actual value; an actual written with its own % keeps it
            rows.append(dict(name=name, target=f"{sign}{tv}{tu}", actual=act if act.endswith("%") else act + tu,
                             weight=w, score=s))
    if len(rows) != 8:
        raise ParseError(f"C rows {len(rows)}")
    total_w, total_s = c.g(r"\n总分 (\d+) " + N)
    ss = c.indicator_rows(rows, exec_w, exec_s, total_w, total_s)
    pe, pi = c.g(r"预算执行得" + N + "分，绩效指标得" + N + "分")
    c.same(pe, exec_s, "execution score text/table")
    c.eq("score_sum_mismatch", pi, sum(D(r["score"]) for r in rows), "indicator scores (text)")
    c.eq("score_sum_mismatch", total_s, D(pe) + D(pi), "text parts vs table total")
    ind_w = sum(D(r["weight"]) for r in rows)
    c.ok("weight_sum_mismatch", ind_w == 90, f"Sichuan: indicator weights {ind_w} = 90")
    c.grade(total_s, c.g(r"评价结论为\"(优|良|中|差)\""), "grade")
    by = {r["name"]: r for r in rows}
    held, cm, last = c.g(r"全年共举办(\d+)场，完成年度指标的" + N + r"%，\d{4}年为(\d+)场")
    planned = c.g(r"年初计划的(\d+)场赛事全部按期举办")
    c.eq("completion_mismatch", cm, D(held) / D(split_value(by["举办县级群众体育赛事活动"]["target"])[1]) * HUNDRED, "events completion")
    c.same(planned, split_value(by["举办县级群众体育赛事活动"]["target"])[1], "planned events")
    c.eq("sum_mismatch", held, D(planned) + D(c.g(r"另应群众要求增办(\d+)场")), "planned + extra")
    c.same(held, split_value(by["举办县级群众体育赛事活动"]["actual"])[1], "events text/table")
    c.eq("completion_mismatch", c.g(r"按计划完成率" + N + "%"), HUNDRED, "on-plan completion")
    c1, c2, c3, avg = c.g(r"建设费用分别为" + N + "万元、" + N + "万元、" + N + "万元，平均每处" + N + "万元")
    c.eq("average_mismatch", avg, (D(c1) + D(c2) + D(c3)) / 3, "cost average")
    c.eq("sum_mismatch", items[1][0], D(c1) + D(c2) + D(c3), "three fields = 场地 item")
    c.same(avg, split_value(by["单个多功能运动场建设成本"]["actual"])[1], "cost text/table")
    tr, tavg = c.g(r"共培训(\d+)人次，平均每期" + N + "人次")
    c.eq("average_mismatch", tavg, D(tr) / D(c.g(r"实际举办(\d+)期")), "training average")
    c.same(tr, split_value(by["社会体育指导员培训"]["actual"])[1], "training text/table")
    c.same(c.g(r"全年参与赛事和健身活动的群众达" + N + "万人次"), split_value(by["参与群众人次"]["actual"])[1], "participation")
    c.same(c.g(r"(\d+)个多功能运动场均已建成"), split_value(by["新建多功能运动场"]["actual"])[1], "fields built")
    c.targets(by, [
        ("举办县级群众体育赛事活动", r"举办县级群众体育赛事活动不少于(\d+)场"),
        ("新建多功能运动场", r"新建多功能运动场(\d+)个，培训"),
        ("社会体育指导员培训", r"培训社会体育指导员不少于(\d+)人次"),
        ("单个多功能运动场建设成本", r"控制在" + N + "万元以内"),
        ("参与群众人次", r"参与群众不少于" + N + "万人次"),
        ("新建场地每周开放时间", r"每周开放不少于(\d+)小时"),
        ("单个多功能运动场建设成本", r"低于" + N + "万元的成本控制目标"),
        ("社会体育指导员培训", r"未达到(\d+)人次的目标"),
    ])
    c.ok("completion_mismatch", D(avg) <= D(split_value(by["单个多功能运动场建设成本"]["target"])[1]), "cost below the cap as stated")
    return c.results


# ============================================================================================= D
def check_tongcheng(t):
    c = Check(t)
    Y = int(c.g(r"^通城县体育局(\d{4})年度"))
    c.ok("year_mismatch", int(c.g(r"项目支出绩效自评表（(\d{4})年度）")) == Y, "table year")
    c.ok("year_mismatch", int(c.g(r"^通城县体育局\d{4}年度[^\n]*\n[\s\S]*?\n(\d{4})年全年预算")) == Y, "budget year")
    c.ok("year_mismatch", int(c.g(r"万元（(\d{4})年12月提前下达）")) == Y - 1, "advance in Dec Y-1")
    c.ok("year_mismatch", int(c.g(r"万元（(\d{4})年5月下达）")) == Y, "issued in Y")
    c.ok("year_mismatch", int(c.g(r"截至(\d{4})年12月31日")) == Y, "as-of date")
    c.ok("year_mismatch", int(c.g(r"已结转至(\d{4})年")) > Y, "carry-over later")
    c.ok("year_mismatch", int(c.g(r"\n(\d{4})年\d+月\d+日\s*$")) in (Y, Y + 1), "report date")
    annual = c.g(r"全年预算" + N + "万元，其中")
    cen = c.g(r"中央集中彩票公益金" + N + "万元（")
    prov = c.g(r"省级体育彩票公益金" + N + "万元（")
    c.eq("sum_mismatch", annual, D(cen) + D(prov), "central + provincial")
    items = re.findall(r"\n\d\.[^\n]*?" + N + "万元，占" + N + "%", t)
    if len(items) != 3:
        raise ParseError("D items")
    c.eq("sum_mismatch", annual, sum(D(a) for a, _ in items), "sub-project amounts")
    for a, p in items:
        c.rate(p, a, annual, "占比")
    spent, er, bal = c.g(r"项目支出" + N + "万元，预算执行率" + N + "%，未支出" + N + "万元")
    c.rate(er, spent, annual, "execution (text)")
    c.eq("balance_mismatch", bal, D(annual) - D(spent), "unspent")
    q = c.g(r"一至四季度分别支出" + N + "万元、" + N + "万元、" + N + "万元、" + N + "万元")
    c.eq("sum_mismatch", spent, sum(D(x) for x in q), "quarterly spending")
    ev_sp, ev_r = c.g(r"赛事活动资金支出" + N + "万元，执行率" + N + "%")
    c.rate(ev_r, ev_sp, items[0][0], "event funds execution")
    c.eq("sum_mismatch", spent, D(ev_sp) + D(items[1][0]) + D(items[2][0]), "spending by use")
    held, cm, last, c_lvl, t_lvl = c.g(r"全年举办(\d+)场，为计划的" + N + r"%，少于\d{4}年的(\d+)场，其中县级赛事(\d+)场、乡镇级赛事(\d+)场")
    c.eq("sum_mismatch", held, D(c_lvl) + D(t_lvl), "county + township events")
    sets, s_comm, s_rural, price, ptot = c.g(r"新建健身路径(\d+)套（社区健身路径(\d+)套、农村健身路径(\d+)套），经公开招标，单套均价" + N + "元，合计" + N + "万元")
    c.eq("sum_mismatch", sets, D(s_comm) + D(s_rural), "community + rural sets")
    c.money_part(price, "元", D(ptot) / D(sets), "sets x unit price")
    c.same(ptot, items[1][0], "场地器材 amount")
    towns, per_town = c.g(r"分布在(\d+)个乡镇（场、区）的集镇和中心村，平均每个乡镇" + N + "套")
    c.eq("average_mismatch", per_town, D(sets) / D(towns), "sets per town")
    c.plausible(c.g(r"抽查完好率" + N + "%"), "intact rate")
    s1, s2, s3, st, avg = c.g(r"分别为(\d+)人、(\d+)人、(\d+)人，共计(\d+)人，平均每期" + N + "人")
    c.eq("sum_mismatch", st, D(s1) + D(s2) + D(s3), "training sum")
    c.eq("average_mismatch", avg, (D(s1) + D(s2) + D(s3)) / 3, "training average")
    part = c.g(r"全年参与各类赛事活动的群众" + N + "万人次")
    qn, qb, qr = c.g(r"发放问卷(\d+)份，回收(\d+)份，回收率" + N + "%")
    c.rate(qr, qb, qn, "questionnaire return")
    sat = c.g(r"群众满意度" + N + "%。")
    c.plausible(sat, "satisfaction")
    # table
    frow = c.g(r"年初预算数｜全年预算数｜全年执行数｜执行率｜分值｜得分\n([^\n]+)").split("｜")
    init, ann_t, sp_t, rate_t, w_exec, s_exec = frow
    c.same(ann_t, annual, "annual text/table")
    c.same(sp_t, spent, "spent text/table")
    c.same(rate_t.rstrip("%"), er, "rate text/table")
    c.rate(rate_t.rstrip("%"), sp_t, ann_t, "execution (table)")
    c.ok("sum_mismatch", D(init) == D(ann_t), "未作调整 => 年初 = 全年")
    c.ok("score_rule_mismatch", close(s_exec, D(w_exec) * min(D(sp_t) / D(ann_t), Dec(1))), "execution score 20 x rate")
    c.same(w_exec, c.g(r"预算执行占(\d+)分"), "execution weight text/table")
    c.same(w_exec, c.g(r"预算执行情况（(\d+)分）"), "execution weight header")
    rows, blocks = [], {}
    for l in t.split("\n"):
        m = re.match(r"目标(\d)（(\d+)分）｜", l)
        if m:
            cells = l.split("｜")
            blocks.setdefault(m.group(1), [m.group(2), []])
            r = dict(name=cells[3], target=cells[4], actual=cells[5], weight=cells[6], score=cells[7])
            blocks[m.group(1)][1].append(r)
            rows.append(r)
    if len(rows) != 7:
        raise ParseError("D rows")
    for k, (bw, rs) in blocks.items():
        c.ok("weight_sum_mismatch", D(bw) == sum(D(r["weight"]) for r in rs), f"block {k} weight")
    bsum = sum(D(b[0]) for b in blocks.values())
    c.ok("weight_sum_mismatch", bsum == HUNDRED - D(w_exec) == D(c.g(r"其余(\d+)分按年度目标")), "blocks = 80")
    total_w, total_s = c.g(r"\n总分｜｜｜｜｜｜(\d+)｜" + N)
    ss = c.indicator_rows(rows, w_exec, s_exec, total_w, total_s)
    pe, pg = c.g(r"本项目预算执行得" + N + "分，三个年度目标共得" + N + "分")
    g1, g2, g3 = c.g(r"（目标1得" + N + "分、目标2得" + N + "分、目标3得" + N + "分）")
    c.same(pe, s_exec, "execution score text/table")
    for k, gs in (("1", g1), ("2", g2), ("3", g3)):
        c.eq("score_sum_mismatch", gs, sum(D(r["score"]) for r in blocks[k][1]), f"goal {k} score")
    c.eq("score_sum_mismatch", pg, D(g1) + D(g2) + D(g3), "goal scores")
    c.eq("score_sum_mismatch", total_s, D(pe) + D(pg), "text parts vs table total")
    c.grade(D(pe) + D(pg), c.g(r"评价等级为\"(优|良|中|差)\""), "grade (text parts)")
    by = {r["name"]: r for r in rows}
    c.same(split_value(by["举办赛事活动场次"]["actual"])[1], held, "events")
    c.eq("completion_mismatch", cm, D(held) / D(split_value(by["举办赛事活动场次"]["target"])[1]) * HUNDRED, "events completion")
    c.same(split_value(by["新建健身路径"]["actual"])[1], sets, "sets")
    c.eq("conflicting_values", split_value(by["单套健身路径采购成本"]["actual"])[1], D(price) / Dec(10000), "unit price 元/万元")
    c.same(split_value(by["培训社会体育指导员"]["actual"])[1], st, "trained")
    c.same(split_value(by["参与群众人次"]["actual"])[1], part, "participation")
    c.same(split_value(by["群众满意度"]["actual"])[1], sat, "satisfaction")
    c.targets(by, [
        ("举办赛事活动场次", r"全年举办全民健身赛事活动不少于(\d+)场"),
        ("参与群众人次", r"参与群众不少于" + N + "万人次"),
        ("新建健身路径", r"新建健身路径不少于(\d+)套"),
        ("器材验收合格率", r"器材验收合格率(\d+)%，"),
        ("单套健身路径采购成本", r"单套采购成本不超过" + N + "万元"),
        ("培训社会体育指导员", r"培训社会体育指导员不少于(\d+)人"),
        ("群众满意度", r"群众满意度不低于(\d+)%"),
        ("参与群众人次", r"未达到" + N + "万人次的目标"),
    ])
    c.eq("sum_mismatch", c.g(r"新建健身路径比目标多(\d+)套"), D(sets) - D(split_value(by["新建健身路径"]["target"])[1]), "sets above target")
    return c.results


# ============================================================================================= E
def check_taijiang(t):
    c = Check(t)
    Y = int(c.g(r"^台江县体育局(\d{4})年度"))
    c.ok("year_mismatch", int(c.g(r"万元（(\d{4})年12月提前下达）")) == Y - 1, "advance in Dec Y-1")
    c.ok("year_mismatch", int(c.g(r"结转至(\d{4})年支付")) > Y, "carry-over later")
    c.ok("year_mismatch", int(c.g(r"实施期为(\d{4})年1月至12月")) == Y, "implementation year")
    c.ok("year_mismatch", int(c.g(r"发布时间：(\d{4})-")) in (Y, Y + 1), "publication date")
    c.ok("year_mismatch", int(c.g(r"\n(\d{4})年\d+月\d+日<br>\s*$")) in (Y, Y + 1), "report date")
    c.ok("year_mismatch", int(c.g(r"比(\d{4})年的\d+支")) == Y - 1, "last year comparison")
    annual = c.g(r"项目全年预算" + N + "万元")
    prov = c.g(r"省级体育彩票公益金" + N + "万元（")
    pref = c.g(r"州级体育彩票公益金" + N + "万元")
    cty = c.g(r"县级体育彩票公益金" + N + "万元")
    carry = c.g(r"上年结转" + N + "万元。")
    c.eq("sum_mismatch", annual, D(prov) + D(pref) + D(cty) + D(carry), "sources")
    items = re.findall(r";\d\.[^<]*?" + N + "万元，占" + N + "%", t.replace("&nbsp;", ";"))
    if len(items) != 3:
        raise ParseError(f"E items {len(items)}")
    c.eq("sum_mismatch", annual, sum(D(a) for a, _ in items), "sub-project amounts")
    for a, p in items:
        c.rate(p, a, annual, "占比")
    spent, er = c.g(r"全年支出" + N + "万元，执行率" + N + "%")
    c.rate(er, spent, annual, "execution (text)")
    cs, cr, rest = c.g(r"县级资金支出" + N + "万元，执行率" + N + "%，剩余" + N + "万元")
    c.rate(cr, cs, cty, "county execution")
    c.eq("balance_mismatch", rest, D(cty) - D(cs), "county remainder")
    c.eq("balance_mismatch", rest, D(annual) - D(spent), "unspent total")
    held, more, towns, per_town = c.g(r"群众体育赛事(\d+)场，比计划多(\d+)场，(\d+)个乡镇平均每个乡镇" + N + "场")
    c.eq("average_mismatch", per_town, D(held) / D(towns), "events per town")
    teams, t1, t2, t3, last, inc = c.g(r"参赛队伍(\d+)支，其中村级代表队(\d+)支、乡镇联队(\d+)支、机关企业队(\d+)支，比\d{4}年的(\d+)支增加(\d+)支")
    c.eq("sum_mismatch", teams, D(t1) + D(t2) + D(t3), "teams by type")
    c.eq("sum_mismatch", inc, D(teams) - D(last), "teams increase")
    courts, per_court = c.g(r"改造提升村级篮球场(\d+)个，每个补助" + N + "元")
    c.money_part(per_court, "元", D(items[1][0]) / D(courts), "courts x grant = 场地 item")
    trained = c.g(r"社会体育指导员培训(\d+)人次")
    sales = c.g(r"带动农特产品销售" + N + "万元")
    s1, s2, s3, savg = c.g(r"满意度分别为" + N + "%、" + N + "%、" + N + "%，平均" + N + "%")
    c.eq("average_mismatch", savg, (D(s1) + D(s2) + D(s3)) / 3, "satisfaction average")
    for v in (s1, s2, s3, savg):
        c.plausible(v, "satisfaction")
    wx, wo, wb, ws = c.g(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重")
    c.ok("weight_sum_mismatch", D(wx) + D(wo) + D(wb) + D(ws) == HUNDRED, "text weights")
    tp, gw = c.g(r"本项目自评得分" + N + "分，等级为(优秀|良好|中等|较差)")
    c.grade(tp, gw, "grade")
    # table
    tot = c.line("年度资金总额\t", "\t")
    fis = c.line("其中：当年财政拨款\t", "\t")
    car = c.line("上年结转资金\t", "\t")
    oth = c.line("其他资金\t", "\t")
    z = lambda s: Dec(0) if s in ("&nbsp;", "", "—") else D(s)
    for i, m in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.eq("sum_mismatch", tot[i], z(fis[i]) + z(car[i]) + z(oth[i]), f"funds block {m}")
    c.eq("sum_mismatch", fis[2], D(prov) + D(pref) + D(cty), "当年财政拨款 = 省+州+县")
    c.eq("sum_mismatch", fis[3], D(prov) + D(pref) + D(cs), "当年财政拨款 spent")
    c.same(car[2], carry, "carry text/table")
    c.same(tot[2], annual, "annual text/table")
    c.same(tot[3], spent, "spent text/table")
    c.same(tot[5].rstrip("%"), er, "rate text/table")
    for row, m in ((tot, "total"), (fis, "fiscal"), (car, "carry")):
        c.rate(row[5].rstrip("%"), row[3], row[2], f"{m} execution")
        c.plausible(row[5].rstrip("%"), f"{m} execution")
    c.ok("implausible_rate", oth[5] == "—", "zero base shows —")
    exec_w, exec_s = tot[4], tot[6]
    c.ok("score_rule_mismatch", close(exec_s, D(exec_w) * min(D(tot[3]) / D(tot[2]), Dec(1))), "execution score")
    c.same(exec_w, wx, "execution weight text/table")
    rows = []
    for l in t.split("\n"):
        if re.match(r"(产出指标|效益指标|满意度指标)\t", l):
            cells = l.split("\t")
            rows.append(dict(l1=cells[0], name=cells[2], target=cells[3], actual=cells[4], completion=cells[5],
                             weight=cells[6], score=cells[7]))
    if len(rows) != 8:
        raise ParseError("E rows")
    tr = c.line("合计\t", "\t")
    total_w, total_s = tr[6], tr[7]
    ss = c.indicator_rows(rows, exec_w, exec_s, total_w, total_s, completion_col=True)
    c.eq("score_sum_mismatch", tp, ss, "text total vs row sum")
    c.same(tp, total_s, "total text/table")
    for l1, w in (("产出指标", wo), ("效益指标", wb), ("满意度指标", ws)):
        c.ok("weight_sum_mismatch", sum(D(r["weight"]) for r in rows if r["l1"] == l1) == D(w), f"{l1} weights vs text")
    by = {r["name"]: r for r in rows}
    tgt_events = split_value(by["举办村级篮球及群众体育赛事"]["target"])[1]
    c.eq("sum_mismatch", more, D(held) - D(tgt_events), "events above plan")
    c.same(held, split_value(by["举办村级篮球及群众体育赛事"]["actual"])[1], "events")
    c.same(teams, split_value(by["组织参赛队伍"]["actual"])[1], "teams")
    c.same(courts, split_value(by["改造提升村级篮球场"]["actual"])[1], "courts")
    c.same(trained, split_value(by["培训裁判员和社会体育指导员"]["actual"])[1], "trained")
    c.same(sales, split_value(by["带动农特产品销售额"]["actual"])[1], "sales")
    c.same(savg, split_value(by["群众满意度"]["actual"])[1], "satisfaction")
    c.targets(by, [
        ("举办村级篮球及群众体育赛事", r"举办村级篮球及群众体育赛事不少于(\d+)场"),
        ("组织参赛队伍", r"组织参赛队伍不少于(\d+)支"),
        ("改造提升村级篮球场", r"改造提升村级篮球场(\d+)个，培训"),
        ("培训裁判员和社会体育指导员", r"培训裁判员和社会体育指导员不少于(\d+)人次"),
        ("赛事参与人次（含现场观众）", r"现场观众）不少于(\d+)万人次"),
        ("带动农特产品销售额", r"农特产品销售不少于(\d+)万元"),
        ("群众满意度", r"群众满意度不低于(\d+)%"),
        ("培训裁判员和社会体育指导员", r"未达到(\d+)人次的目标"),
        ("带动农特产品销售额", r"未达到(\d+)万元的目标"),
    ])
    c.same(c.g(r"累计约(\d+)万人次"), split_value(by["赛事参与人次（含现场观众）"]["actual"])[1], "participation (approx.)")
    return c.results


CHECKERS = {
    "jx-lichuan-ticaiqunti-2021": check_lichuan,
    "sx-wuzhai-ticaiqunti-2019": check_wuzhai,
    "sc-tongjiang-ticaiqunti-2022": check_tongjiang,
    "hb-tongcheng-ticaiquanmin-2020": check_tongcheng,
    "gz-taijiang-cunba-2023": check_taijiang,
}


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labelled cases, found {len(labels)}")
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    clean_texts = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
                clean_texts[rec["source"]] = f.read()
    if set(clean_texts) != set(CHECKERS):
        problems.append("clean drafts and checkers differ")
    for pid, text in clean_texts.items():
        if not 2800 <= len(text) <= 3400:
            problems.append(f"{pid}: clean draft has {len(text)} characters")
    per_project = {}
    for rec in labels:
        name, pid = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as f:
            text = f.read()
        try:
            results = CHECKERS[pid](text)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        failed = [(c, m) for c, ok, m in results if not ok]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            for c, m in failed:
                problems.append(f"{name}: clean draft fails {c}: {m}")
            continue
        per_project[pid] = per_project.get(pid, 0) + 1
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = rec["expected"][0]
        code, value = lab["code"], lab["value"]
        counts[code] = counts.get(code, 0) + 1
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{lab['severity']}")
        if value not in text:
            problems.append(f"{name}: value {value!r} not in case")
        clean = clean_texts[pid]
        p, e_new, e_old = diff_region(clean, text)
        if text == clean:
            problems.append(f"{name}: identical to clean draft")
        if e_new - p > 12 or e_old - p > 12:
            problems.append(f"{name}: changed region too long: {clean[p:e_old]!r} -> {text[p:e_new]!r}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o <= max(p, e_new - 1) and p < o + len(value) for o in occ):
            problems.append(f"{name}: change at [{p},{e_new}) does not overlap the value {value!r}")
        failed_errors = {c for c, _ in failed if c in CODES}
        if code not in failed_errors:
            problems.append(f"{name}: labelled code {code} does not fail")
        for c in sorted(failed_errors - {code}):
            msgs = "; ".join(m for cc, m in failed if cc == c)
            problems.append(f"{name}: unlabelled error {c} fails: {msgs}")
        print(f"{name:42s} {code:22s} fails: {', '.join(sorted(failed_errors))}"
              + (f"  (warnings: {', '.join(sorted({c for c, _ in failed if c in WARN}))})" if any(c in WARN for c, _ in failed) else ""))
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    for pid, n in per_project.items():
        if n != 6:
            problems.append(f"{pid}: {n} error cases")
    print("counts:", ", ".join(f"{c}={counts.get(c, 0)}" for c in CODES))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
