#!/usr/bin/env python3
"""Verify the n368 set (standard library only, decimal.Decimal).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; every code of errors.md §A
   (the 13 error codes) is used at least twice;
2. the arithmetic of every draft is redone from the text: each project has a list of checks that
   read the figures with anchored regular expressions and recompute sums, products, rates,
   balances, averages, completion rates, weights, scores, grades, years, units and repeated
   figures.  Clean drafts must pass every check (warnings included); an error case must fail its
   labelled code and no other error-level code.

Tolerance (rules.md §8): a stated value with d decimals matches a computed value c when
|c - v| <= 0.5 * 10^-d (+1e-9).  Rounding is ROUND_HALF_UP.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}


class ParseError(Exception):
    pass


def nd(raw):
    raw = str(raw)
    return len(raw.split(".")[1]) if "." in raw else 0


def tol(raw):
    return D(5) * D(10) ** (-(nd(raw) + 1)) + D("1e-9")


def close(c, raw):
    return abs(D(c) - D(raw)) <= tol(raw)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]

SIGN_GTE = ("≥", "＞", ">=", ">", "不低于", "不少于")
SIGN_LTE = ("≤", "＜", "<=", "<", "不高于", "不超过")


def parse_cell(cell):
    """'≥2000头' -> ('gte', Decimal('2000'), '头'); qualitative -> None."""
    cell = cell.strip()
    direction = "eq"
    for s in SIGN_GTE:
        if cell.startswith(s):
            direction, cell = "gte", cell[len(s):]
            break
    else:
        for s in SIGN_LTE:
            if cell.startswith(s):
                direction, cell = "lte", cell[len(s):]
                break
    m = re.match(r"^([0-9]+(?:\.[0-9]+)?)(.*)$", cell)
    if not m:
        return None
    unit = m.group(2).strip()
    for suf in ("以内", "以上", "内"):
        if unit.endswith(suf):
            unit = unit[: -len(suf)]
    return direction, D(m.group(1)), unit, m.group(1)


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.Y = year
        self.fails = []
        self.warns = []

    # ----- reporting
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # ----- extraction
    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"{pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat, i=1):
        return self.m(pat).group(i)

    def table(self, header_prefix, sep):
        lines = self.t.split("\n")
        idx = [i for i, ln in enumerate(lines) if ln.startswith(header_prefix)]
        if len(idx) != 1:
            raise ParseError(f"table header {header_prefix!r} found {len(idx)} times")
        i = idx[0]
        header = lines[i].split(sep)
        rows = []
        for ln in lines[i + 1:]:
            if sep not in ln:
                break
            rows.append(ln.split(sep))
        return header, rows

    # ----- arithmetic checks
    def _rescue(self, values, target_fn):
        """True if rescaling one of the values by 10^±4 / 10^±8 makes target_fn hold."""
        for i in range(len(values)):
            for f in SCALES:
                vals = list(values)
                vals[i] = D(vals[i]) * f
                try:
                    if target_fn(vals):
                        return True
                except ZeroDivisionError:
                    pass
        return False

    def sum(self, parts, total, what, code="sum_mismatch"):
        vals = [D(p) for p in parts] + [D(total)]
        if close(sum(vals[:-1]), total):
            return
        if self._rescue(vals, lambda v: abs(sum(v[:-1]) - v[-1]) <= D("0.011")):
            self.fail("unit_mismatch", f"{what}: {' + '.join(map(str, parts))} != {total} (off by a power of ten)")
        else:
            self.fail(code, f"{what}: {' + '.join(map(str, parts))} = {sum(vals[:-1])} != {total}")

    def prod(self, count, per_yuan, amount_wan, what, times=1):
        c = D(count) * D(per_yuan) * D(times) / D(10000)
        if close(c, amount_wan):
            return
        if self._rescue([amount_wan], lambda v: abs(c - v[0]) <= D("0.011")):
            self.fail("unit_mismatch", f"{what}: {count} × {per_yuan}元 = {c}万元, stated {amount_wan}万元")
        else:
            self.fail("sum_mismatch", f"{what}: {count} × {per_yuan}元 = {c}万元, stated {amount_wan}")

    def rate(self, num, den, stated, what):
        den = D(den)
        if stated in ("—", "-", ""):
            return
        if D(stated) > 100:
            self.fail("implausible_rate", f"{what}: {stated}% above 100%")
        if den == 0:
            if D(stated) != 0:
                self.fail("implausible_rate", f"{what}: rate {stated}% on a zero base")
            return
        c = D(num) / den * 100
        if close(c, stated):
            return
        if self._rescue([num, den], lambda v: close(D(v[0]) / D(v[1]) * 100, stated)):
            self.fail("unit_mismatch", f"{what}: {num}/{den} off by a power of ten vs {stated}%")
        else:
            self.fail("rate_mismatch", f"{what}: {num}/{den} = {r2(c)}%, stated {stated}%")

    def zero_base_rate(self, base, cell, what):
        if D(base) == 0 and cell.strip() not in ("—", "-", "", "0"):
            self.fail("implausible_rate", f"{what}: rate {cell} printed on a zero base")

    def bal(self, a, b, stated, what):
        c = D(a) - D(b)
        if close(c, stated):
            return
        if self._rescue([stated], lambda v: abs(c - v[0]) <= D("0.011")):
            self.fail("unit_mismatch", f"{what}: {a} − {b} = {c}, stated {stated} (power of ten)")
        else:
            self.fail("balance_mismatch", f"{what}: {a} − {b} = {c}, stated {stated}")

    def avg(self, items, stated, what):
        c = sum(D(x) for x in items) / len(items)
        if not close(c, stated):
            self.fail("average_mismatch", f"{what}: mean {c}, stated {stated}")

    def same(self, vals, what):
        """vals: list of (raw, factor) — value = raw × factor (factor converts 元 to 万元 etc.)."""
        norm = [(D(r) * D(f), tol(r) * D(f)) for r, f in vals]
        for i in range(len(norm)):
            for j in range(i + 1, len(norm)):
                if abs(norm[i][0] - norm[j][0]) > norm[i][1] + norm[j][1]:
                    self.fail("conflicting_values", f"{what}: {vals[i][0]} vs {vals[j][0]}")
                    return

    def completion(self, target_cell, actual_cell, stated, what):
        tp, ap = parse_cell(target_cell), parse_cell(actual_cell)
        if tp is None or ap is None:
            return
        if tp[2] != ap[2]:
            return  # reported by the unit check
        c = completion_of(tp, ap)
        if not close(c, stated):
            self.fail("completion_mismatch", f"{what}: completion {r2(c)}%, stated {stated}")

    def grade(self, total, word, what):
        g = GRADES.get(word)
        if g is None:
            raise ParseError(f"unknown grade word {word!r}")
        if band(total) != g:
            self.fail("grade_mismatch", f"{what}: total {total} is {band(total)}, stated {word}")

    def year_eq(self, y, what):
        if int(y) != self.Y:
            self.fail("year_mismatch", f"{what}: {y} != evaluation year {self.Y}")

    def year_after(self, y, what):
        if int(y) <= self.Y:
            self.fail("year_mismatch", f"{what}: carry-over to {y}, not after {self.Y}")

    def year_advance(self, y, what):
        if int(y) != self.Y - 1:
            self.fail("year_mismatch", f"{what}: advance issued in {y}, expected December {self.Y - 1}")

    def score_max(self, score, maximum, what):
        if D(score) > D(maximum) or D(score) < 0:
            self.fail("score_exceeds_weight", f"{what}: score {score} outside [0, {maximum}]")

    # ----- indicator table
    def indicators(self, rows, col, total_score, extra=(), level_weights=None, what="自评表"):
        """rows: list of cell lists; col: dict with keys l1, name, target, actual, w, s and optional comp.
        extra: (weight, score) pairs scored outside the table (e.g. the funds block)."""
        wsum = sum(D(r[col["w"]]) for r in rows) + sum(D(w) for w, _ in extra)
        if wsum != 100:
            self.fail("weight_sum_mismatch", f"{what}: weights sum to {wsum}")
        if level_weights:
            for l1, expected in level_weights.items():
                s = sum(D(r[col["w"]]) for r in rows if r[col["l1"]] == l1)
                if s != D(expected):
                    self.fail("weight_sum_mismatch", f"{what}: {l1} weights {s} != {expected}")
        ssum = sum(D(r[col["s"]]) for r in rows) + sum(D(s) for _, s in extra)
        if not close(ssum, total_score):
            self.fail("score_sum_mismatch", f"{what}: scores sum to {ssum}, total {total_score}")
        for r in rows:
            name = r[col["name"]]
            w, s = r[col["w"]], r[col["s"]]
            self.score_max(s, w, f"{what} {name}")
            tp, ap = parse_cell(r[col["target"]]), parse_cell(r[col["actual"]])
            if tp is None or ap is None:
                continue  # qualitative row
            if tp[2] != ap[2]:
                self.fail("unit_mismatch", f"{what} {name}: target unit {tp[2]!r} vs actual unit {ap[2]!r}")
                continue
            if ap[2] == "%" and ("率" in name or "满意度" in name) and ap[1] > 100:
                self.fail("implausible_rate", f"{what} {name}: {r[col['actual']]} above 100%")
            comp = completion_of(tp, ap)
            if "comp" in col:
                self.completion(r[col["target"]], r[col["actual"]], r[col["comp"]].rstrip("%"),
                                f"{what} {name}")
            # score rule (rules.md §5) — warning level
            expected = r2(D(w) * min(comp, D(100)) / 100)
            ok = close(expected, s)
            if not ok and "comp" in col:
                ok = close(r2(D(w) * min(D(r[col["comp"]].rstrip("%")), D(100)) / 100), s)
            if not ok:
                self.warn("score_rule_mismatch", f"{what} {name}: expected {expected}, stated {s}")


def completion_of(tp, ap):
    direction, T, _, _ = tp
    A = ap[1]
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    if direction == "eq" and T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def pct(cell):
    return cell.strip().rstrip("%")


# =========================================================================================
# Project checks
# =========================================================================================

def check_dingtao(c):
    N = r"([0-9]+(?:\.[0-9]+)?)"
    m = c.m(r"其中鑫旺肉类加工有限公司" + N + r"万头、恒丰食品有限公司" + N + r"万头、顺和屠宰场" + N
            + r"万头、福康肉食品厂" + N + r"万头，平均每家" + N + r"万头")
    ent = list(m.groups()[:4])
    c.sum(ent, c.g(r"2018年共屠宰生猪" + N + r"万头"), "屠宰量分企业合计")
    c.avg(ent, m.group(5), "每家平均屠宰量")
    m = c.m(r"病害猪损失补贴每头" + N + r"元，无害化处理费用补贴每头" + N + r"元，两项合计每头" + N + r"元")
    loss, proc, per = m.groups()
    c.sum([loss, proc], per, "每头补贴标准")
    m = c.m(r"年初预算" + N + r"万元，按全年检出" + N + r"头测算")
    init, n0 = m.groups()
    c.prod(n0, per, init, "年初预算测算")
    add = c.g(r"区财政追加" + N + r"万元")
    annual = c.g(r"全年预算调整为" + N + r"万元")
    c.sum([init, add], annual, "年初 + 追加 = 全年")
    m = c.m(r"中央资金" + N + r"万元（(\d{4})年12月提前下达）、省级资金" + N + r"万元、区级资金" + N + r"万元")
    cen, yadv, prov, dist = m.groups()
    c.year_advance(yadv, "中央资金提前下达")
    c.sum([cen, prov, dist], annual, "资金来源合计")
    c.rate(D(cen) + D(prov) + D(dist), annual, c.g(r"资金到位率" + N + r"%"), "到位率")
    m = c.m(r"全年实际支出" + N + r"万元，预算执行率" + N + r"%")
    spent, rate = m.groups()
    c.rate(spent, annual, rate, "预算执行率")
    dspent = c.g(r"区级资金支出" + N + r"万元")
    c.rate(dspent, dist, c.g(r"区级资金执行率" + N + r"%"), "区级资金执行率")
    c.sum([cen, prov, dspent], spent, "支出分来源（中央省级全部支出）")
    m = c.m(r"申报的" + N + r"头病害猪仍在核查公示，对应补贴" + N + r"万元（" + N + r"元）结转至(\d{4})年兑付")
    n_cf, cf, cf_yuan, y_cf = m.groups()
    c.bal(annual, spent, cf, "全年预算 − 支出 = 结转")
    c.bal(dist, dspent, cf, "区级预算 − 区级支出 = 结转")
    c.same([(cf, 1), (cf_yuan, D("0.0001"))], "结转 万元/元")
    c.prod(n_cf, per, cf, "结转头数 × 880元")
    c.year_after(y_cf, "结转年份")
    m = c.m(r"全年核定病害猪" + N + r"头，应补贴资金" + N + r"万元，其中损失补贴" + N + r"万元、处理费用补贴" + N
            + r"万元；年内已兑付" + N + r"头，对应资金" + N + r"万元")
    heads, due, due_loss, due_proc, paid_heads, paid = m.groups()
    c.same([(due, 1), (annual, 1)], "应补贴 = 全年预算")
    c.sum([due_loss, due_proc], due, "损失补贴 + 处理费用补贴")
    c.prod(heads, loss, due_loss, "损失补贴 = 头数 × 800元")
    c.prod(heads, proc, due_proc, "处理费用补贴 = 头数 × 80元")
    c.prod(paid_heads, per, paid, "已兑付头数 × 880元")
    c.same([(paid, 1), (spent, 1)], "已兑付资金 = 全年支出")
    c.sum([paid_heads, n_cf], heads, "已兑付 + 结转头数 = 核定头数")
    m = c.m(r"全年检出病害猪" + N + r"头，其中宰前检出" + N + r"头、宰后检出" + N + r"头")
    c.sum([m.group(2), m.group(3)], m.group(1), "宰前 + 宰后")
    c.same([(m.group(1), 1), (heads, 1)], "检出头数")
    comp = c.g(r"处理数量完成年度目标的" + N + r"%")
    sat = c.g(r"屠宰企业满意度为" + N + r"%")
    gap = c.g(r"比目标低" + N + r"个百分点")
    # funds block of 附件
    hdr, frows = c.table("项目资金（万元）｜", "｜")
    f = {r[0]: r for r in frows}
    tot = f["年度资金总额"]
    c.same([(tot[1], 1), (init, 1)], "年初预算（文/表）")
    c.same([(tot[2], 1), (annual, 1)], "全年预算（文/表）")
    c.same([(tot[3], 1), (spent, 1)], "全年执行数（文/表）")
    c.rate(tot[3], tot[2], pct(tot[5]), "自评表执行率")
    c.same([(pct(tot[5]), 1), (rate, 1)], "执行率（文/表）")
    c.score_max(tot[6], tot[4], "预算执行得分")
    exp = r2(D(tot[4]) * min(D(tot[3]) / D(tot[2]), D(1)))
    if not (close(exp, tot[6]) or close(r2(D(tot[4]) * D(pct(tot[5])) / 100), tot[6])):
        c.warn("score_rule_mismatch", f"预算执行得分 {tot[6]} vs {exp}")
    parts = ["其中：当年财政拨款", "上年结转资金", "其他资金"]
    for k, colname in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum([f[p][k] for p in parts], tot[k], f"资金总额{colname}列")
    for p in parts:
        c.zero_base_rate(f[p][2], f[p][5], f"{p}执行率")
    # indicator table
    hdr, rows = c.table("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分", "｜")
    body = [r for r in rows if r[0] != "总分"]
    total_row = [r for r in rows if r[0] == "总分"][0]
    if D(total_row[5]) != 100:
        c.fail("weight_sum_mismatch", f"总分 row weight {total_row[5]}")
    col = dict(l1=0, name=2, target=3, actual=4, w=5, s=6)
    c.indicators(body, col, total_row[6], extra=[(tot[4], tot[6])])
    by = {r[2]: r for r in body}
    r = by["病害猪无害化处理数量"]
    c.same([(parse_cell(r[4])[3], 1), (heads, 1)], "处理数量（文/表）")
    c.completion(r[3], r[4], comp, "处理数量完成率（文）")
    m = c.m(r"病害猪无害化处理数量不少于" + N + r"头，无害化处理率" + N + r"%，屠宰企业满意度不低于" + N + r"%")
    c.same([(parse_cell(by["病害猪无害化处理数量"][3])[3], 1), (m.group(1), 1), (n0, 1)], "处理数量目标（文/表/测算）")
    c.same([(parse_cell(by["病害猪无害化处理率"][3])[3], 1), (m.group(2), 1)], "处理率目标（文/表）")
    c.same([(parse_cell(by["定点屠宰企业满意度"][3])[3], 1), (m.group(3), 1)], "满意度目标（文/表）")
    c.same([(parse_cell(by["病害猪损失补贴标准"][4])[3], 1), (parse_cell(by["病害猪损失补贴标准"][3])[3], 1), (loss, 1)], "损失补贴标准")
    c.same([(parse_cell(by["无害化处理费用补贴标准"][4])[3], 1), (parse_cell(by["无害化处理费用补贴标准"][3])[3], 1), (proc, 1)], "处理费用补贴标准")
    c.same([(parse_cell(by["覆盖定点屠宰企业数"][4])[3], 1), (c.g(r"全区共有生猪定点屠宰企业" + N + r"家"), 1)], "屠宰企业数")
    r = by["定点屠宰企业满意度"]
    c.same([(parse_cell(r[4])[3], 1), (sat, 1)], "满意度（文/表）")
    c.bal(parse_cell(r[3])[1], sat, gap, "满意度差距")
    m = c.m(r"本项目自评得分" + N + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    c.same([(m.group(1), 1), (total_row[6], 1)], "总分（文/表）")
    c.grade(m.group(1), m.group(2), "评价等级")
    # years
    c.year_eq(c.g(r"^菏泽市定陶区农业农村局\n(\d{4})年度"), "标题年度")
    c.year_eq(c.g(r"附件：项目支出绩效自评表（(\d{4})年度）"), "自评表年度")
    c.year_eq(c.g(r"截止时间为(\d{4})年12月31日"), "数据截止日")


def check_yizhang(c):
    N = r"([0-9]+(?:\.[0-9]+)?)"
    m = c.m(r"补助资金" + N + r"万元，其中中央资金" + N + r"万元、省级资金" + N + r"万元、县级配套" + N + r"万元")
    alloc, cen, prov, cty = m.groups()
    c.sum([cen, prov, cty], alloc, "三级资金合计")
    m = c.m(r"养殖环节病死猪" + N + r"头，按每头" + N + r"元补助" + N + r"万元；屠宰环节病害猪" + N + r"头，按每头" + N
            + r"元（损失补贴" + N + r"元、处理费用" + N + r"元）补助" + N + r"万元")
    fh, fper, famt, sh, sper, sloss, sproc, samt = m.groups()
    c.prod(fh, fper, famt, "养殖环节补助")
    c.prod(sh, sper, samt, "屠宰环节补助")
    c.sum([sloss, sproc], sper, "880元构成")
    c.sum([famt, samt], alloc, "两块用途合计")
    m = c.m(r"另有(\d{4})年结转资金" + N + r"万元，全年预算合计" + N + r"万元")
    y_in, carry, annual = m.groups()
    c.year_advance(y_in, "上年结转年份")
    c.sum([alloc, carry], annual, "全年预算 = 当年安排 + 上年结转")
    m = c.m(r"年初预算为" + N + r"万元，包括中央提前下达的" + N + r"万元、县级配套" + N + r"万元和上年结转" + N + r"万元")
    init, adv, cty2, carry2 = m.groups()
    c.sum([adv, cty2, carry2], init, "年初预算构成")
    c.same([(cty2, 1), (cty, 1)], "县级配套")
    c.same([(carry2, 1), (carry, 1)], "上年结转")
    m = c.m(r"中央资金" + N + r"万元分两批到位，分别为(\d{4})年12月提前下达的" + N + r"万元和(\d{4})年7月下达的" + N + r"万元")
    cen2, y_adv, adv2, y_2, b2 = m.groups()
    c.same([(cen2, 1), (cen, 1)], "中央资金")
    c.same([(adv2, 1), (adv, 1)], "提前下达")
    c.sum([adv2, b2], cen2, "中央两批")
    c.year_advance(y_adv, "中央提前下达")
    c.year_eq(y_2, "中央第二批")
    c.rate(D(alloc) + D(carry), annual, c.g(r"资金到位率" + N + r"%"), "到位率")
    m = c.m(r"全年支出" + N + r"万元，预算执行率" + N + r"%")
    spent, rate = m.groups()
    c.rate(spent, annual, rate, "预算执行率")
    m = c.m(r"(\d{4})年结转的" + N + r"万元（上年第四季度补助）已于(\d{4})年1月兑付完毕")
    c.same([(m.group(2), 1), (carry, 1)], "结转兑付")
    c.year_advance(m.group(1), "结转来源年份")
    c.year_eq(m.group(3), "结转兑付年份")
    cspent = c.g(r"县级配套资金支出" + N + r"万元")
    c.rate(cspent, cty, c.g(r"县级执行率" + N + r"%"), "县级执行率")
    c.sum([carry, cen, prov, cspent], spent, "支出构成（中央省级全部支出）")
    m = c.m(r"县级配套尚余" + N + r"万元，.*?结转至(\d{4})年兑付")
    c.bal(cty, cspent, m.group(1), "县级结余")
    c.bal(annual, spent, m.group(1), "全年结余")
    c.year_after(m.group(2), "结转年份")
    m = c.m(r"全年收集处理养殖环节病死猪" + N + r"头，四个季度分别为" + N + r"头、" + N + r"头、" + N + r"头、" + N
            + r"头，季度平均" + N + r"头")
    q = list(m.groups()[1:5])
    c.sum(q, m.group(1), "四季度合计")
    c.avg(q, m.group(6), "季度平均")
    c.same([(m.group(1), 1), (fh, 1)], "养殖环节头数")
    c.same([(c.g(r"屠宰环节无害化处理病害猪" + N + r"头"), 1), (sh, 1)], "屠宰环节头数")
    timely = c.g(r"收集清运及时率" + N + r"%")
    m = c.m(r"集中收集处理已覆盖" + N + r"个乡镇，另有" + N + r"个偏远山区乡镇")
    cover, rest = m.groups()
    c.sum([cover, rest], c.g(r"全县" + N + r"个乡镇均设有"), "乡镇数")
    sat = c.g(r"养殖户满意度为" + N + r"%")
    total_text = c.g(r"本项目自评得分" + N + r"分")
    # table
    hdr, rows = c.table("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分", "｜")
    body = [r for r in rows if r[0] != "合计"]
    tr = [r for r in rows if r[0] == "合计"][0]
    if D(tr[6]) != 100:
        c.fail("weight_sum_mismatch", f"合计 weight {tr[6]}")
    col = dict(l1=0, name=2, target=3, actual=4, comp=5, w=6, s=7)
    c.indicators(body, col, tr[7])
    by = {r[2]: r for r in body}
    c.same([(pct(by["预算执行率"][4]), 1), (rate, 1)], "执行率（文/表）")
    c.same([(parse_cell(by["养殖环节病死猪收集处理数量"][4])[3], 1), (fh, 1)], "养殖头数（文/表）")
    c.same([(parse_cell(by["屠宰环节病害猪无害化处理数量"][4])[3], 1), (sh, 1)], "屠宰头数（文/表）")
    c.same([(pct(by["病死猪收集清运及时率"][4]), 1), (timely, 1)], "及时率（文/表）")
    c.same([(parse_cell(by["集中收集处理覆盖乡镇"][4])[3], 1), (cover, 1)], "覆盖乡镇（文/表）")
    c.same([(pct(by["养殖户满意度"][4]), 1), (sat, 1)], "满意度（文/表）")
    m = c.m(r"全年收集处理养殖环节病死猪不少于" + N + r"头，屠宰环节病害猪无害化处理不少于" + N + r"头，病死猪无害化处理率"
            + N + r"%，集中收集处理覆盖全部" + N + r"个乡镇，养殖户满意度" + N + r"%以上")
    for name, k in (("养殖环节病死猪收集处理数量", 1), ("屠宰环节病害猪无害化处理数量", 2), ("病死猪无害化处理率", 3),
                    ("集中收集处理覆盖乡镇", 4), ("养殖户满意度", 5)):
        c.same([(parse_cell(by[name][3])[3], 1), (m.group(k), 1)], f"{name}目标（文/表）")
    c.same([(m.group(4), 1), (c.g(r"全县" + N + r"个乡镇均设有"), 1)], "乡镇总数")
    c.same([(parse_cell(by["养殖环节处理补助标准"][4])[3], 1), (parse_cell(by["养殖环节处理补助标准"][3])[3], 1), (fper, 1)], "养殖环节标准")
    c.same([(parse_cell(by["屠宰环节补助标准"][4])[3], 1), (parse_cell(by["屠宰环节补助标准"][3])[3], 1), (sper, 1)], "屠宰环节标准")
    c.same([(parse_cell(by["病死畜禽收集点运行数量"][4])[3], 1), (c.g(r"、收集点" + N + r"个，配备"), 1)], "收集点数")
    c.same([(total_text, 1), (tr[7], 1)], "总分（文/表）")
    c.grade(tr[7], c.g(r"评价等级：(\S+)"), "评价等级")
    c.year_eq(c.g(r"^宜章县农业农村局(\d{4})年度"), "标题年度")
    c.year_eq(c.g(r"附件：(\d{4})年度项目支出绩效自评表"), "自评表年度")


def check_junxian(c):
    N = r"([0-9]+(?:\.[0-9]+)?)"
    m = c.m(r"(\d{4})年共屠宰检疫生猪" + N + r"万头，其中5家企业分别为" + N + r"万头、" + N + r"万头、" + N + r"万头、" + N
            + r"万头和" + N + r"万头，户均" + N + r"万头")
    c.year_eq(m.group(1), "屠宰量年份")
    ent = list(m.groups()[2:7])
    vol = m.group(2)
    c.sum(ent, vol, "分企业屠宰量")
    c.avg(ent, m.group(8), "户均屠宰量")
    m = c.m(r"项目全年预算" + N + r"万元，其中中央动物防疫等补助资金" + N + r"万元、省级资金" + N + r"万元、县级资金" + N + r"万元")
    annual, cen, prov, cty = m.groups()
    c.sum([cen, prov, cty], annual, "资金来源合计")
    m = c.m(r"驻场官方兽医及协检员补助" + N + r"万元（" + N + r"人×" + N + r"元/人·月×" + N + r"个月）")
    a1 = m.group(1)
    c.prod(m.group(2), m.group(3), a1, "驻场补助", times=m.group(4))
    m = c.m(r"非洲猪瘟检测费" + N + r"万元（" + N + r"批次×" + N + r"元/批次）")
    a2 = m.group(1)
    c.prod(m.group(2), m.group(3), a2, "检测费")
    m = c.m(r"快速检测试纸" + N + r"万元（" + N + r"份×" + N + r"元/份）")
    a3 = m.group(1)
    c.prod(m.group(2), m.group(3), a3, "试纸")
    m = c.m(r"病害猪无害化处理补助" + N + r"万元（" + N + r"头×" + N + r"元/头）")
    a4 = m.group(1)
    c.prod(m.group(2), m.group(3), a4, "病害猪补助")
    a5 = c.g(r"检疫票证印制及监督执法费用" + N + r"万元")
    c.sum([a1, a2, a3, a4, a5], annual, "用途合计")
    m = c.m(r"截至(\d{4})年12月31日，项目实际支出" + N + r"万元，预算执行率" + N + r"%")
    c.year_eq(m.group(1), "截至日期")
    spent, rate = m.group(2), m.group(3)
    hdr, rows = c.table("资金来源｜全年预算数（万元）", "｜")
    f = {r[0]: r for r in rows}
    src = ["中央资金", "省级资金", "县级资金"]
    for k, nm in ((1, "预算"), (2, "到位"), (3, "支出")):
        c.sum([f[s][k] for s in src], f["合计"][k], f"资金表{nm}列")
    for s in src + ["合计"]:
        c.rate(f[s][3], f[s][1], pct(f[s][4]), f"{s}执行率")
    c.same([(f["中央资金"][1], 1), (cen, 1)], "中央预算")
    c.same([(f["省级资金"][1], 1), (prov, 1)], "省级预算")
    c.same([(f["县级资金"][1], 1), (cty, 1)], "县级预算")
    c.same([(f["合计"][1], 1), (annual, 1)], "全年预算")
    c.same([(f["合计"][3], 1), (spent, 1)], "支出（文/表）")
    c.same([(pct(f["合计"][4]), 1), (rate, 1)], "执行率（文/表）")
    c.rate(f["合计"][2], f["合计"][1], c.g(r"到位率" + N + r"%"), "到位率")
    left = c.g(r"年末未支出" + N + r"万元，全部为县级资金")
    c.bal(f["合计"][1], f["合计"][3], left, "未支出")
    c.bal(f["县级资金"][1], f["县级资金"][3], left, "县级未支出")
    m = c.m(r"全年屠宰检疫生猪" + N + r"万头，完成目标的" + N + r"%")
    c.same([(m.group(1), 1), (vol, 1)], "屠宰检疫量")
    tests = c.g(r"完成非洲猪瘟监督检测" + N + r"批次")
    hours = c.g(r"检测结果平均" + N + r"小时内报送")
    m = c.m(r"按照预算执行" + N + r"分、产出指标" + N + r"分、效益指标" + N + r"分设置分值")
    lw = {"预算执行": m.group(1), "产出指标": m.group(2), "效益指标": m.group(3)}
    m = c.m(r"自评得分" + N + r"分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    total_text, word = m.groups()
    hdr, rows = c.table("一级指标｜二级指标｜三级指标｜指标值｜实际完成值｜完成率｜分值｜得分", "｜")
    body = [r for r in rows if r[0] != "合计"]
    tr = [r for r in rows if r[0] == "合计"][0]
    if D(tr[6]) != 100:
        c.fail("weight_sum_mismatch", f"合计 weight {tr[6]}")
    col = dict(l1=0, name=2, target=3, actual=4, comp=5, w=6, s=7)
    c.indicators(body, col, tr[7], level_weights=lw)
    by = {r[2]: r for r in body}
    c.same([(pct(by["预算执行率"][4]), 1), (rate, 1)], "执行率（表内）")
    r = by["生猪屠宰检疫数量"]
    c.same([(parse_cell(r[4])[3], 1), (vol, 1)], "检疫量（文/表）")
    c.same([(pct(r[5]), 1), (c.g(r"完成目标的" + N + r"%"), 1)], "检疫量完成率（文/表）")
    c.completion(r[3], r[4], c.g(r"完成目标的" + N + r"%"), "检疫量完成率（文）")
    ap = parse_cell(by["非洲猪瘟监督检测批次"][4])
    if ap and ap[2] == "批次":
        c.same([(ap[3], 1), (tests, 1)], "检测批次（文/表）")
    c.same([(parse_cell(by["检测结果报送时限"][4])[3], 1), (hours, 1)], "报送时限（文/表）")
    c.same([(total_text, 1), (tr[7], 1)], "总分（文/表）")
    m = c.m(r"完成屠宰检疫" + N + r"万头以上，屠宰检疫率" + N + r"%；非洲猪瘟检测不少于" + N + r"批次，“瘦肉精”抽检不少于" + N + r"份")
    for name, k in (("生猪屠宰检疫数量", 1), ("屠宰检疫率", 2), ("非洲猪瘟监督检测批次", 3), ("“瘦肉精”抽检样品数", 4)):
        c.same([(parse_cell(by[name][3])[3], 1), (m.group(k), 1)], f"{name}目标（文/表）")
    c.same([(parse_cell(by["检测结果报送时限"][3])[3], 1), (c.g(r"快于" + N + r"小时的时限要求"), 1)], "报送时限目标")
    r = by["驻场兽医补助标准"]
    c.same([(parse_cell(r[3])[3], 1), (parse_cell(r[4])[3], 1), (c.g(r"驻场兽医补助按每人每月" + N + r"元发放"), 1),
            (c.g(r"人×" + N + r"元/人·月"), 1)], "驻场补助标准")
    r = by["病害猪补助标准"]
    c.same([(parse_cell(r[3])[3], 1), (parse_cell(r[4])[3], 1), (c.g(r"病害猪补助每头" + N + r"元，均未"), 1),
            (c.g(r"头×" + N + r"元/头"), 1)], "病害猪补助标准")
    r = by["屠宰标准化示范企业创建数"]
    m = c.m(r"原计划创建" + N + r"家，年内建成" + N + r"家")
    c.same([(parse_cell(r[3])[3], 1), (m.group(1), 1)], "示范企业目标")
    c.same([(parse_cell(r[4])[3], 1), (m.group(2), 1)], "示范企业实际")
    c.same([(c.g(r"协检员共" + N + r"人"), 1), (c.g(r"（" + N + r"人×"), 1)], "驻场人数")
    c.grade(total_text, word, "评价等级")
    c.year_eq(c.g(r"^浚县农业农村局\n(\d{4})年度"), "标题年度")


def check_xiajiang(c):
    N = r"([0-9]+(?:\.[0-9]+)?)"
    intro = c.g(r"(\d{4})年全年预算收入" + N + r"万元，全部为财政拨款", 2)
    c.year_eq(c.g(r"(\d{4})年全年预算收入"), "收入年份")
    m = c.m(r"年初预算" + N + r"万元，年中因调资和上级追加项目资金增加" + N + r"万元，其中基本支出追加" + N
            + r"万元、项目支出追加" + N + r"万元")
    init, add, add_b, add_p = m.groups()
    c.sum([add_b, add_p], add, "追加构成")
    m = c.m(r"中央转移支付" + N + r"万元、省级资金" + N + r"万元、县级财政资金" + N + r"万元")
    cen, prov, cty = m.groups()
    m = c.m(r"全年支出" + N + r"万元，其中人员经费" + N + r"万元、公用经费" + N + r"万元，基本支出合计" + N
            + r"万元；项目支出" + N + r"万元")
    spent, staff, office, basic, proj = m.groups()
    c.sum([staff, office], basic, "基本支出构成")
    c.sum([basic, proj], spent, "支出合计")
    m = c.m(r"中央转移支付资金支出" + N + r"万元，执行率" + N + r"%")
    cen_sp, cen_rate = m.groups()
    c.rate(cen_sp, cen, cen_rate, "中央资金执行率")
    hdr, rows = c.table("支出类别｜年初预算数", "｜")
    f = {r[0]: r for r in rows}
    for k, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.sum([f["基本支出"][k], f["项目支出"][k]], f["合计"][k], f"收支表{nm}列")
    for s in ("基本支出", "项目支出", "合计"):
        c.rate(f[s][3], f[s][2], pct(f[s][4]), f"{s}执行率")
    c.same([(f["合计"][1], 1), (init, 1)], "年初预算")
    c.same([(f["合计"][2], 1), (intro, 1)], "全年预算（概况/表）")
    c.sum([init, add], f["合计"][2], "年初 + 追加 = 全年")
    c.sum([f["基本支出"][1], add_b], f["基本支出"][2], "基本支出追加")
    c.sum([f["项目支出"][1], add_p], f["项目支出"][2], "项目支出追加")
    c.sum([cen, prov, cty], f["合计"][2], "资金来源合计")
    c.same([(f["合计"][3], 1), (spent, 1)], "全年执行（文/表）")
    c.same([(f["基本支出"][3], 1), (basic, 1)], "基本支出（文/表）")
    c.same([(f["项目支出"][3], 1), (proj, 1)], "项目支出（文/表）")
    m = c.m(r"年末结转" + N + r"万元，均为中央项目资金，结转至(\d{4})年")
    cf, y_cf = m.groups()
    c.bal(f["合计"][2], f["合计"][3], cf, "结转 = 全年 − 执行")
    c.bal(cen, cen_sp, cf, "中央资金结转")
    c.year_after(y_cf, "结转年份")
    hdr, rows = c.table("项目名称｜资金来源｜全年预算数｜全年执行数｜执行率｜项目自评得分（满分", "｜")
    maxscore = c.g(r"项目自评得分（满分" + N + r"分）")
    body = [r for r in rows if r[0] != "合计"]
    tr = [r for r in rows if r[0] == "合计"][0]
    for k, nm in ((2, "预算"), (3, "执行")):
        c.sum([r[k] for r in body], tr[k], f"项目表{nm}列")
    for r in body + [tr]:
        c.rate(r[3], r[2], pct(r[4]), f"{r[0]}执行率")
    for r in body:
        c.score_max(r[5], maxscore, f"{r[0]}自评得分")
    c.same([(tr[2], 1), (f["项目支出"][2], 1)], "项目支出预算（两表）")
    c.same([(tr[3], 1), (f["项目支出"][3], 1)], "项目支出执行（两表）")
    c.sum([r[2] for r in body if r[1] == "中央"], cen, "中央资金 = 中央项目")
    c.sum([r[3] for r in body if r[1] == "中央"], cen_sp, "中央支出 = 中央项目支出")
    c.sum([r[2] for r in body if r[1] == "省级"], prov, "省级资金 = 省级项目")
    c.sum([f["基本支出"][2]] + [r[2] for r in body if r[1] == "县级"], cty, "县级资金 = 基本 + 县级项目")
    by = {r[0]: r for r in body}
    m = c.m(r"按每头" + N + r"元核定，全年2家屠宰企业共检出并无害化处理病害猪" + N + r"头，应补助" + N
            + r"万元；截至年底已兑付" + N + r"头、" + N + r"万元，12月检出的" + N + r"头在(\d{4})年1月")
    per, heads, due, ph, paid, rest, y_next = m.groups()
    c.prod(heads, per, due, "应补助")
    c.prod(ph, per, paid, "已兑付")
    c.sum([ph, rest], heads, "已兑付 + 待兑付头数")
    c.year_after(y_next, "待兑付年份")
    c.same([(due, 1), (by["屠宰环节病害猪无害化处理补助"][2], 1)], "病害猪补助预算")
    c.same([(paid, 1), (by["屠宰环节病害猪无害化处理补助"][3], 1)], "病害猪补助支出")
    vol = c.g(r"全年完成生猪屠宰检疫" + N + r"万头")
    m = c.m(r"病害猪补助兑付及时率为" + N + r"%，低于" + N + r"%的目标")
    timely, timely_t = m.groups()
    c.rate(ph, heads, timely, "兑付及时率 = 已兑付头数/检出头数")
    ecert = c.g(r"动物检疫电子出证率" + N + r"%，比")
    m = c.m(r"公务用车运行维护费" + N + r"万元，比(\d{4})年的" + N + r"万元下降" + N + r"%")
    c.rate(D(m.group(3)) - D(m.group(1)), m.group(3), m.group(4), "公务用车费用降幅")
    c.year_eq(int(m.group(2)) + 1, "比较年份")
    m = c.m(r"部门整体支出绩效自评得分" + N + r"分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    total_text, word = m.groups()
    hdr, rows = c.table("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分", "｜")
    body = [r for r in rows if r[0] != "合计"]
    tr = [r for r in rows if r[0] == "合计"][0]
    if D(tr[5]) != 100:
        c.fail("weight_sum_mismatch", f"合计 weight {tr[5]}")
    col = dict(l1=0, name=2, target=3, actual=4, w=5, s=6)
    c.indicators(body, col, tr[6])
    ib = {r[2]: r for r in body}
    c.same([(pct(ib["部门预算执行率"][4]), 1), (pct(f["合计"][4]), 1)], "执行率（两表）")
    c.same([(parse_cell(ib["生猪屠宰检疫数量"][4])[3], 1), (vol, 1)], "检疫量（文/表）")
    c.same([(parse_cell(ib["屠宰环节病害猪无害化处理数量"][4])[3], 1), (heads, 1)], "病害猪头数（文/表）")
    c.same([(pct(ib["病害猪补助兑付及时率"][4]), 1), (timely, 1)], "兑付及时率（文/表）")
    c.same([(parse_cell(ib["病害猪补助兑付及时率"][3])[3], 1), (timely_t, 1)], "兑付及时率目标（文/表）")
    c.same([(pct(ib["动物检疫电子出证率"][4]), 1), (ecert, 1)], "电子出证率（文/表）")
    c.same([(total_text, 1), (tr[6], 1)], "总分（文/表）")
    m = c.m(r"完成辖区生猪屠宰检疫" + N + r"万头以上.*?动物检疫电子出证率达到" + N + r"%以上")
    c.same([(parse_cell(ib["生猪屠宰检疫数量"][3])[3], 1), (m.group(1), 1)], "检疫量目标（文/表）")
    c.same([(parse_cell(ib["动物检疫电子出证率"][3])[3], 1), (m.group(2), 1), (c.g(r"尚未达到" + N + r"%的目标"), 1)], "电子出证率目标")
    r = ib["病害猪补助标准"]
    c.same([(parse_cell(r[3])[3], 1), (parse_cell(r[4])[3], 1), (per, 1), (c.g(r"补助标准未超过每头" + N + r"元"), 1)], "补助标准")
    c.same([(parse_cell(ib["驻场监管定点屠宰企业数"][4])[3], 1), (c.g(r"全县现有生猪定点屠宰企业" + N + r"家"), 1)], "屠宰企业数")
    c.grade(total_text, word, "评价等级")
    c.year_eq(c.g(r"^峡江县动物卫生监督所(\d{4})年度"), "标题年度")
    c.year_eq(c.g(r"本所(\d{4})年度部门整体支出绩效自评得分"), "结论年度")


def check_lipu(c):
    N = r"([0-9]+(?:\.[0-9]+)?)"
    T = "\t"
    m = c.m(r"屠宰环节病害猪每头" + N + r"元（其中损失补贴" + N + r"元、无害化处理费用" + N + r"元），养殖环节病死猪每头" + N + r"元")
    sper, sloss, sproc, fper = m.groups()
    c.sum([sloss, sproc], sper, "880元构成")
    m = c.m(r"全年预算" + N + r"万元，按用途分为屠宰环节病害猪补助" + N + r"万元（按" + N + r"头×" + N
            + r"元/头测算）、养殖环节病死猪无害化处理补助" + N + r"万元（按" + N + r"头×" + N
            + r"元/头测算）、定点屠宰监管工作经费" + N + r"万元")
    annual, b1, h1, p1, b2, h2, p2, b3 = m.groups()
    c.prod(h1, p1, b1, "屠宰环节预算测算")
    c.prod(h2, p2, b2, "养殖环节预算测算")
    c.same([(p1, 1), (sper, 1)], "屠宰环节标准")
    c.same([(p2, 1), (fper, 1)], "养殖环节标准")
    c.sum([b1, b2, b3], annual, "用途合计")
    hdr, rows = c.table("资金来源" + T + "全年预算数", T)
    f = {r[0]: r for r in rows}
    src = ["中央财政资金", "自治区财政资金", "市本级财政资金", "其他资金"]
    for k, nm in ((1, "预算"), (2, "到位"), (3, "执行")):
        c.sum([f[s][k] for s in src], f["合计"][k], f"资金表{nm}列")
    for s in src + ["合计"]:
        if D(f[s][1]) == 0:
            c.zero_base_rate(f[s][1], f[s][4], f"{s}执行率")
        else:
            c.rate(f[s][3], f[s][1], pct(f[s][4]), f"{s}执行率")
    c.same([(f["合计"][1], 1), (annual, 1)], "全年预算（文/表）")
    m = c.m(r"全年兑付屠宰环节病害猪补助" + N + r"万元（" + N + r"头），养殖环节病死猪补助" + N + r"万元（第一至第三季度" + N
            + r"头），监管工作经费" + N + r"万元全部支出，三项合计" + N + r"万元")
    s1, sh, s2, fh_paid, s3, s_all = m.groups()
    c.prod(sh, sper, s1, "屠宰环节兑付")
    c.prod(fh_paid, fper, s2, "养殖环节兑付")
    c.same([(s3, 1), (b3, 1)], "监管经费全部支出")
    c.sum([s1, s2, s3], s_all, "三项支出合计")
    c.same([(s_all, 1), (f["合计"][3], 1)], "执行数（文/表）")
    m = c.m(r"全年未支出" + N + r"万元，分两部分：一是屠宰环节实际补助头数比测算数少" + N + r"头、养殖环节少" + N
            + r"头，形成结余" + N + r"万元.*?二是第四季度收集处理的" + N + r"头病死猪补助" + N + r"万元，结转至(\d{4})年兑付")
    left, d1, d2, surplus, q4h, q4amt, y_cf = m.groups()
    c.bal(f["合计"][1], f["合计"][3], left, "未支出 = 预算 − 执行")
    c.bal(f["市本级财政资金"][1], f["市本级财政资金"][3], left, "市本级未支出")
    c.sum([surplus, q4amt], left, "结余 + 结转")
    c.sum([D(d1) * D(sper) / 10000, D(d2) * D(fper) / 10000], surplus, "结余 = 少补头数 × 标准")
    c.bal(h1, sh, d1, "屠宰环节少补头数")
    c.prod(q4h, fper, q4amt, "第四季度结转")
    c.year_after(y_cf, "结转年份")
    m = c.m(r"屠宰环节检出并无害化处理病害猪" + N + r"头；养殖环节收集处理病死猪" + N + r"头，完成年度目标的" + N + r"%；对5家定点屠宰企业开展监督检查" + N + r"次")
    sh2, fh, fcomp, insp = m.groups()
    c.same([(sh2, 1), (sh, 1)], "屠宰环节头数（两处文字）")
    c.sum([fh_paid, q4h], fh, "养殖环节头数 = 已兑付 + 第四季度")
    c.bal(h2, fh, d2, "养殖环节少补头数")
    resp = c.g(r"病死猪收集平均响应时间" + N + r"小时")
    m = c.m(r"全市" + N + r"个乡镇中已有" + N + r"个建成收集点")
    towns, built = m.groups()
    dumped = c.g(r"群众举报随意丢弃病死猪" + N + r"起")
    m = c.m(r"年度监管考核（满分" + N + r"分），各企业得分在" + N + r"分至" + N + r"分之间")
    c.score_max(m.group(2), m.group(1), "企业考核最低分")
    c.score_max(m.group(3), m.group(1), "企业考核最高分")
    sat = c.g(r"满意度为" + N + r"%，未达到目标")
    m = c.m(r"预算执行率按" + N + r"分计分（得分＝" + N + r"×执行率），其余" + N + r"分")
    ew, ew2, rest_w = m.groups()
    c.same([(ew, 1), (ew2, 1)], "执行率分值")
    c.sum([ew, rest_w], "100", "执行 + 其余分值", code="weight_sum_mismatch")
    m = c.m(r"本项目自评得分" + N + r"分，评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    total_text, word = m.groups()
    c.year_eq(c.g(r"评价年度" + T + r"(\d{4})年"), "自评表评价年度")
    hdr, rows = c.table("一级指标" + T + "二级指标", T)
    col = dict(l1=0, name=2, target=3, actual=4, w=5, s=6)
    c.indicators(rows, col, total_text, level_weights={"预算执行率": ew})
    by = {r[2]: r for r in rows}
    er = by["预算执行率"]
    c.same([(pct(er[4]), 1), (pct(f["合计"][4]), 1)], "执行率（两表）")
    c.same([(pct(f["市本级财政资金"][4]), 1), (c.g(r"市本级资金执行率只有" + N + r"%"), 1)], "市本级执行率（表/文）")
    c.same([(parse_cell(by["屠宰环节病害猪无害化处理数量"][4])[3], 1), (sh, 1)], "屠宰环节头数（文/表）")
    r = by["养殖环节病死猪收集处理数量"]
    c.same([(parse_cell(r[4])[3], 1), (fh, 1)], "养殖环节头数（文/表）")
    c.completion(r[3], r[4], fcomp, "养殖环节完成率（文）")
    c.same([(parse_cell(r[3])[3], 1), (h2, 1)], "养殖环节目标 = 测算头数")
    c.same([(parse_cell(by["定点屠宰企业监督检查次数"][4])[3], 1), (insp, 1)], "监督检查（文/表）")
    c.same([(parse_cell(by["病死猪收集响应时间"][4])[3], 1), (resp, 1)], "响应时间（文/表）")
    c.same([(parse_cell(by["随意丢弃病死猪事件"][4])[3], 1), (dumped, 1)], "丢弃事件（文/表）")
    r = by["建有收集点的乡镇数"]
    c.same([(parse_cell(r[3])[3], 1), (towns, 1)], "乡镇数（文/表）")
    c.same([(parse_cell(r[4])[3], 1), (built, 1)], "建成收集点乡镇（文/表）")
    c.same([(pct(by["养殖场户满意度"][4]), 1), (sat, 1)], "满意度（文/表）")
    m = c.m(r"屠宰环节病害猪无害化处理不少于" + N + r"头，养殖环节病死猪收集处理不少于" + N + r"头，对定点屠宰企业开展监督检查不少于"
            + N + r"次，病害猪无害化处理率" + N + r"%.*?养殖场户满意度" + N + r"%以上")
    for name, k in (("屠宰环节病害猪无害化处理数量", 1), ("养殖环节病死猪收集处理数量", 2), ("定点屠宰企业监督检查次数", 3),
                    ("病害猪无害化处理率", 4), ("养殖场户满意度", 5)):
        c.same([(parse_cell(by[name][3])[3], 1), (m.group(k), 1)], f"{name}目标（文/表）")
    r = by["屠宰环节病害猪补助标准"]
    c.same([(parse_cell(r[3])[3], 1), (parse_cell(r[4])[3], 1), (sper, 1)], "补助标准")
    c.grade(total_text, word, "评价等级")
    c.year_eq(c.g(r"^荔浦市农业农村局(\d{4})年度"), "标题年度")
    c.year_eq(c.g(r"本报告所用数据截至(\d{4})年12月31日"), "数据截止日")


PROJECTS = {
    "sd-dingtao-bingzhubutie-2018": (check_dingtao, 2018),
    "hn-yizhang-bingsizhu-2020": (check_yizhang, 2020),
    "ha-junxian-tuzaijianyi-2021": (check_junxian, 2021),
    "jx-xiajiang-dongjiansuo-2022": (check_xiajiang, 2022),
    "gx-lipu-tuzaibuzhu-2024": (check_lipu, 2024),
}


def run_checks(pid, text):
    fn, year = PROJECTS[pid]
    c = Ctx(text, year)
    fn(c)
    return c


def diff_span(a, b):
    """Return (start, end_in_b) of the single contiguous region where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    counts = {k: 0 for k in CODES}
    clean_text = {}
    for l in labels:
        if l["clean"]:
            clean_text[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    for pid in PROJECTS:
        n = len(clean_text.get(pid, ""))
        if not 2800 <= n <= 3400:
            problems.append(f"{pid}: clean draft has {n} characters (want 2800–3400)")
    for l in labels:
        name = l["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        pid = l["source"]
        try:
            c = run_checks(pid, text)
        except ParseError as e:
            problems.append(f"{name}: parse error: {e}")
            continue
        failed = {code for code, _ in c.fails}
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if c.fails or c.warns:
                problems.append(f"{name}: clean draft fails {c.fails + c.warns}")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = l["expected"][0]
        code, value = exp["code"], exp["value"]
        if exp.get("severity") != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}/{exp.get('severity')}")
        counts[code] = counts.get(code, 0) + 1
        if value not in text:
            problems.append(f"{name}: label value not in case: {value!r}")
        if text.count(value) != 1:
            problems.append(f"{name}: label value occurs {text.count(value)} times")
        clean = clean_text[pid]
        p, e = diff_span(clean, text)
        if e <= p:
            problems.append(f"{name}: no difference from the clean draft")
        else:
            occ = [m.start() for m in re.finditer(re.escape(value), text)]
            if not any(o < e and o + len(value) > p for o in occ):
                problems.append(f"{name}: changed region [{p},{e}) does not overlap the label value")
            changed_old = clean[p: len(clean) - (len(text) - e)]
            if "\n" in changed_old or "\n" in text[p:e]:
                problems.append(f"{name}: the edit spans a line break")
        if code not in failed:
            problems.append(f"{name}: labelled {code} does not fail (fails: {c.fails})")
        others = failed - {code} - WARNING_CODES
        if others:
            problems.append(f"{name}: other error codes fail too: {[f for f in c.fails if f[0] in others]}")
        if "-v" in sys.argv:
            print(name, code, "->", [f for f in c.fails])
    for code, n in counts.items():
        if n < 2:
            problems.append(f"code {code} used {n} times (< 2)")
    if "-v" in sys.argv:
        print("counts:", counts)
    if problems:
        for pr in problems:
            print("FAIL:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
