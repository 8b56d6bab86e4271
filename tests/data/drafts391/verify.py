#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; the new figure is unique;
2. every code of errors.md section A (codes 1-13) is used at least twice;
3. the arithmetic of every clean draft is redone (all checks, warnings included, must pass);
4. the arithmetic of every error case is redone: the labelled code must fail and no other
   error-level code may fail (the warning score_rule_mismatch may).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNINGS = {"score_rule_mismatch"}
NUM = r"(\d[\d,]*(?:\.\d+)?)"
SEP = "｜"
BIG = Decimal(10000)


# ----------------------------------------------------------------------------------------------
# numbers and tolerance (rules.md section 8)
def num(s):
    return Decimal(str(s).replace(",", "").replace("%", "").strip())


def decimals(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * Decimal(10) ** (-decimals(s)) + Decimal("1e-9")


def close(stated, computed):
    return abs(Decimal(computed) - num(stated)) <= tol(stated)


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    t = num(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "合格": "中", "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ck:
    """Collects failed checks as (code, message)."""

    def __init__(self, text):
        self.t = text
        self.fails = []

    # -- extraction ---------------------------------------------------------------------------
    def g(self, pat, group=None):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise AssertionError(f"pattern {pat!r} matched {len(ms)} times")
        m = ms[0]
        if group is None:
            return m.groups() if len(m.groups()) > 1 else m.group(1)
        return m.group(group)

    def gall(self, pat):
        return [m.group(1) for m in re.finditer(pat, self.t)]

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # -- identities ---------------------------------------------------------------------------
    def sum(self, total, parts, msg, code="sum_mismatch", scale=None):
        """total == sum(parts); scale: list of multipliers (total first) to bring values to one unit."""
        vals = [total] + list(parts)
        sc = scale or [Decimal(1)] * len(vals)
        nums = [num(v) * s for v, s in zip(vals, sc)]
        tl = tol(total) * sc[0]          # rules 8: judged on the decimals of the stated total
        if abs(nums[0] - sum(nums[1:])) <= tl:
            return
        for i in range(len(nums)):      # one amount off by 10^4 -> unit_mismatch (most specific)
            for f in (BIG, 1 / BIG):
                alt = list(nums)
                alt[i] = nums[i] * f
                if abs(alt[0] - sum(alt[1:])) <= tl:
                    self.fail("unit_mismatch", f"{msg}: {vals[i]} off by 10^4")
                    return
        self.fail(code, f"{msg}: {total} vs {' + '.join(map(str, parts))} = {sum(nums[1:])}")

    def product(self, stated_wan, count, unit_yuan, msg):
        c = num(count) * num(unit_yuan) / BIG
        if close(stated_wan, c):
            return
        if close(stated_wan, c * BIG):
            self.fail("unit_mismatch", f"{msg}: {stated_wan}万元 is the 元 figure")
            return
        self.fail("sum_mismatch", f"{msg}: {count} x {unit_yuan}元 = {c}万元, stated {stated_wan}")

    def rate(self, stated, n, d, msg, code="rate_mismatch"):
        """stated rate (percent string or '—') = n / d x 100."""
        d = Decimal(d) if not isinstance(d, Decimal) else d
        if num_or_none(d) == 0:
            if stated.strip() not in ("—", "-", "0", "0%"):
                self.fail("implausible_rate", f"{msg}: rate {stated} on a zero base")
            return
        if stated.strip() == "—":
            return
        c = num(n) * 100 / d
        if not close(stated, c):
            self.fail(code, f"{msg}: {n}/{d} = {q2(c)}%, stated {stated}")
        elif num(stated) > 100 and code == "rate_mismatch":
            self.fail("implausible_rate", f"{msg}: {stated} above 100%")

    def balance(self, stated, a, b, msg, code="balance_mismatch"):
        c = num(a) - num(b)
        if not close(stated, c):
            if close(stated, c * BIG) or close(stated, c / BIG):
                self.fail("unit_mismatch", f"{msg}: unit")
            else:
                self.fail(code, f"{msg}: {a} - {b} = {c}, stated {stated}")

    def avg(self, stated, items, msg, count=None):
        vals = [num(i) for i in items]
        n = Decimal(count) if count is not None else Decimal(len(vals))
        c = sum(vals) / n
        if not close(stated, c):
            self.fail("average_mismatch", f"{msg}: mean {c}, stated {stated}")

    def same(self, items, msg, scales=None):
        """all mentions of one quantity agree (within the looser stated precision)."""
        sc = scales or [Decimal(1)] * len(items)
        base_v, base_s = items[0], sc[0]
        for v, s in zip(items[1:], sc[1:]):
            a, b = num(base_v) * base_s, num(v) * s
            tl = max(tol(base_v) * base_s, tol(v) * s)
            if abs(a - b) > tl:
                if abs(a - b * BIG) <= tl * BIG or abs(a * BIG - b) <= tl * BIG:
                    self.fail("unit_mismatch", f"{msg}: {base_v} vs {v}")
                else:
                    self.fail("conflicting_values", f"{msg}: {base_v} vs {v}")

    def completion(self, stated, actual, target, msg, direction="gte"):
        a, t = num(actual), num(target)
        if direction == "lte":
            c = Decimal(100) if a <= t else t * 100 / a
        else:
            c = a * 100 / t
        if not close(stated, c):
            self.fail("completion_mismatch", f"{msg}: {q2(c)}%, stated {stated}")

    def pct_max(self, stated, msg):
        if num(stated) > 100:
            self.fail("implausible_rate", f"{msg}: {stated} above 100%")

    def grade(self, total, word, msg):
        g = GRADE_WORDS.get(word)
        if g is None:
            raise AssertionError(f"unknown grade word {word}")
        if g != band(total):
            self.fail("grade_mismatch", f"{msg}: {total} -> {band(total)}, stated {word}")

    def year(self, stated, expected, msg, op="eq"):
        y, e = int(stated), int(expected)
        ok = {"eq": y == e, "gt": y > e, "lt": y < e}[op]
        if not ok:
            self.fail("year_mismatch", f"{msg}: {stated} ({op} {expected} expected)")

    def truth(self, cond, code, msg):
        if not cond:
            self.fail(code, msg)


def num_or_none(x):
    try:
        return num(x)
    except Exception:
        return None


# ----------------------------------------------------------------------------------------------
# tables
def table_rows(text, header_start, sep=SEP):
    """Rows (lists of cells) after the header line that starts with header_start."""
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.startswith(header_start)]
    if len(idx) != 1:
        raise AssertionError(f"table header {header_start!r} found {len(idx)} times")
    rows = [lines[idx[0]].split(sep)]
    for ln in lines[idx[0] + 1:]:
        if sep not in ln:
            break
        rows.append(ln.split(sep))
    return rows


TARGET_RE = re.compile(r"^(≥|≤|＞|＜|>=|<=)?\s*(\d[\d,]*(?:\.\d+)?)(.*)$")
RANGE_RE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)[—\-~至](\d[\d,]*(?:\.\d+)?)(.*)$")


def parse_target(s):
    m = TARGET_RE.match(s.strip())
    if not m:
        return None
    sign = m.group(1) or ""
    d = "lte" if sign in ("≤", "＜", "<=") else ("gte" if sign in ("≥", "＞", ">=") else "eq")
    return d, m.group(2), m.group(3).strip()


def parse_actual(s, direction):
    s = s.strip()
    m = RANGE_RE.match(s)
    if m:   # a range: the bound that matters for the direction
        lo, hi, unit = m.group(1), m.group(2), m.group(3).strip()
        return (hi if direction == "lte" else lo), unit
    m = re.match(r"^(\d[\d,]*(?:\.\d+)?)(.*)$", s)
    if not m:
        return None
    return m.group(1), m.group(2).strip()


def indicator_checks(ck, rows, col, exec_weight=None, exec_score=None, total_row=None,
                     level_weights=None):
    """Generic checks of an indicator table.

    rows: data rows (lists of cells); col: dict name -> index for
    level1, name, target, actual, weight, score and optionally completion.
    exec_weight/exec_score: execution line kept outside the indicator block (funds block).
    total_row: the 合计/总分 row. level_weights: {level1 prefix: stated weight string}.
    Returns None; failures recorded in ck.
    """
    wsum = Decimal(0)
    ssum = Decimal(0)
    lvl = {}
    if exec_weight is not None:
        wsum += num(exec_weight)
        ssum += num(exec_score)
    for r in rows:
        name = r[col["name"]]
        w, s = r[col["weight"]], r[col["score"]]
        wsum += num(w)
        ssum += num(s)
        lvl[r[col["level1"]]] = lvl.get(r[col["level1"]], Decimal(0)) + num(w)
        if num(s) > num(w) or num(s) < 0:
            ck.fail("score_exceeds_weight", f"{name}: score {s} > weight {w}")
        tgt = parse_target(r[col["target"]])
        act_cell = r[col["actual"]]
        comp = r[col["completion"]].strip() if "completion" in col else None
        if tgt is None:   # qualitative
            partly = "部分" in act_cell
            lo, hi = (Decimal("0.6"), Decimal("0.8")) if partly else (Decimal("0.8"), Decimal(1))
            ws = num(w)
            ok = lo * ws <= num(s) <= hi * ws and not (partly and num(s) >= hi * ws)
            if not ok:
                ck.fail("score_rule_mismatch", f"{name}: qualitative score {s} outside band")
            if comp not in (None, "—"):
                ck.fail("completion_mismatch", f"{name}: completion on qualitative row")
            continue
        direction, tval, tunit = tgt
        act = parse_actual(act_cell, direction)
        if act is None:
            ck.fail("unit_mismatch", f"{name}: actual {act_cell} not a quantity like {r[col['target']]}")
            continue
        aval, aunit = act
        if aunit != tunit:
            ck.fail("unit_mismatch", f"{name}: target unit {tunit!r}, actual unit {aunit!r}")
            continue
        if aunit == "%" and ("率" in name or "满意度" in name or "比例" in name) and num(aval) > 100:
            ck.fail("implausible_rate", f"{name}: {aval}% above 100%")
        a, t = num(aval), num(tval)
        if direction == "lte":
            c = Decimal(100) if a <= t else t * 100 / a
        else:
            c = a * 100 / t if t != 0 else (Decimal(100) if a <= 0 else Decimal(0))
        if comp is not None and comp != "—":
            if not close(comp, c):
                ck.fail("completion_mismatch", f"{name}: completion {q2(c)}%, stated {comp}")
        expected = num(w) * min(c, Decimal(100)) / 100
        if not close(s, expected):
            ck.fail("score_rule_mismatch", f"{name}: score {s}, rule gives {q2(expected)}")
    if wsum != 100:
        ck.fail("weight_sum_mismatch", f"weights sum to {wsum}")
    if total_row is not None:
        tw, ts = total_row
        if num(tw) != wsum:
            ck.fail("weight_sum_mismatch", f"stated weight total {tw}, rows {wsum}")
        if not close(ts, ssum):
            ck.fail("score_sum_mismatch", f"stated total {ts}, rows {ssum}")
    if level_weights:
        for key, stated in level_weights.items():
            got = sum((v for k, v in lvl.items() if k.startswith(key)), Decimal(0))
            if num(stated) != got:
                ck.fail("weight_sum_mismatch", f"level {key}: stated {stated}, rows {got}")


def tnum(cell):
    """number of a target cell like '≥5000例' -> '5000'."""
    m = parse_target(cell)
    if m is None:
        raise AssertionError(f"no number in target {cell}")
    return m[1]


def targets(ck, R, pairs):
    """goal statements in prose must repeat the table targets."""
    for pat, row in pairs:
        ck.same([ck.g(pat), tnum(R[row][3])], f"target of {row} prose/table")


def mof_funds(ck, text, header_start, sep=SEP):
    """MOF funds block: 年度资金总额 / 其中当年财政拨款 / 上年结转资金 / 其他资金.
    Returns dict with the total row cells."""
    rows = table_rows(text, header_start, sep)[1:5]
    names = [r[0] for r in rows]
    assert names[0] == "年度资金总额" and "当年财政拨款" in names[1], names
    tot, cur, carry, other = rows
    for k, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.sum(tot[k], [cur[k], carry[k], other[k]], f"funds block {label}")
    ck.rate(tot[5], tot[3], num(tot[2]), "funds block execution rate")
    if tot[5] != "—":
        r = num(tot[3]) / num(tot[2]) if num(tot[2]) else Decimal(0)
        exp = num(tot[4]) * min(r, Decimal(1))
        exp2 = num(tot[4]) * min(num(tot[5]) / 100, Decimal(1))
        if not (close(tot[6], exp) or close(tot[6], exp2)):
            ck.fail("score_rule_mismatch", f"execution score {tot[6]} vs {q2(exp)}")
        if num(tot[6]) > num(tot[4]):
            ck.fail("score_exceeds_weight", "execution score above its weight")
    for r in (cur, carry, other):   # sub-rows: rate cells either '—' or consistent
        if num(r[2]) == 0:
            if r[5].strip() not in ("—", "0", "0%"):
                ck.fail("implausible_rate", f"{r[0]}: rate {r[5]} on a zero base")
        elif r[5].strip() != "—":
            ck.rate(r[5], r[3], num(r[2]), f"{r[0]} rate")
    return {"total": tot, "cur": cur, "carry": carry, "other": other}


# ----------------------------------------------------------------------------------------------
# A  hn-xiangtan-changhu-2022
def check_A(ck):
    t = ck.t
    Y = 2022
    ck.year(ck.g(r"(?m)^(\d{4})年度长期护理保险试点"), Y, "title year")
    ck.year(ck.g(r"附：(\d{4})年度项目支出绩效自评表"), Y, "table year")
    ck.year(ck.g(r"关于做好(\d{4})年度项目支出绩效自评工作"), Y, "notice year")
    ck.year(ck.g(r"(\d{4})年度数据均截至"), Y, "data year")
    ck.year(ck.g(r"均截至(\d{4})年12月31日"), Y, "cut-off year")
    ck.year(ck.g(r"由市财政于(\d{4})年12月提前下达"), Y - 1, "advance issued December before")
    ck.year(ck.g(r"其余220\.00万元于(\d{4})年3月下达"), Y, "issue year")
    ck.year(ck.g(r"已按规定结转至(\d{4})年使用"), Y, "carry-over year", op="gt")
    ck.year(ck.g(r"(\d{4})年结转资金35\.60万元"), Y - 1, "incoming carry-over year")
    ck.year(ck.g(r"比(\d{4})年的4120例"), Y - 1, "last-year comparison")

    f = mof_funds(ck, t, "项目资金（万元）｜年初预算数")
    tot, cur, carry = f["total"], f["cur"], f["carry"]
    # prose funds
    ini, ini_cur, ini_carry = ck.g(r"项目年初预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、2021年结转资金" + NUM + "万元")
    ck.sum(ini, [ini_cur, ini_carry], "prose initial budget")
    ck.same([ini, tot[1]], "initial budget prose/table")
    ck.same([ini_cur, cur[1]], "initial appropriation prose/table")
    ck.same([ini_carry, carry[1], carry[2], carry[3]], "carry-over")
    adv, rest = ck.g(NUM + r"万元由市财政于\d{4}年12月提前下达，其余" + NUM + "万元")
    ck.sum(ini_cur, [adv, rest], "appropriation tranches")
    add = ck.g(r"市财政追加" + NUM + "万元")
    annual = ck.g(r"全年预算调整为" + NUM + "万元")
    ck.sum(annual, [ini, add], "annual = initial + addition")
    ck.sum(cur[2], [ini_cur, add], "annual appropriation = initial + addition")
    ck.same([annual, tot[2]], "annual budget prose/table")
    spent = ck.g(r"全年支出" + NUM + r"万元，总体执行率约")
    ck.same([spent, tot[3]], "spending prose/table")
    ck.rate(ck.g(r"总体执行率约" + NUM + "%"), spent, num(annual), "approximate overall rate")
    fee, per, cnt = ck.g(r"失能评估费" + NUM + r"万元（按每例" + NUM + r"元、共" + NUM + "例结算）")
    ck.product(fee, cnt, per, "assessment fee")
    svc, ppl, pp = ck.g(r"经办服务费" + NUM + r"万元（按" + NUM + r"万参保职工、每人每年" + NUM + "元核定）")
    ck.sum(svc, [num(ppl) * num(pp)], "service fee = persons(万) x 元")
    it = ck.g(r"信息系统运维费" + NUM + "万元")
    pub = ck.g(r"宣传培训及稽核费" + NUM + "万元")
    ck.sum(spent, [fee, svc, it, pub], "spending by use")
    used_carry = ck.g(r"其中上年结转资金" + NUM + "万元已全部使用")
    ck.same([used_carry, carry[3]], "carry-over used")
    cur_spent, cur_rate = ck.g(r"当年财政拨款支出" + NUM + r"万元，执行率" + NUM + "%")
    ck.same([cur_spent, cur[3]], "appropriation spent prose/table")
    ck.sum(spent, [used_carry, cur_spent], "spent = carry-over + appropriation")
    ck.rate(cur_rate + "%", cur_spent, num(cur[2]), "appropriation execution rate")
    bal = ck.g(r"年末未支出资金" + NUM + "万元")
    ck.balance(bal, annual, spent, "unspent (all funds arrived)")
    # outputs
    tbl = table_rows(t, "一级指标｜二级指标｜三级指标")
    rows = [r for r in tbl[1:] if r[0] != "总分"]
    total = [r for r in tbl[1:] if r[0] == "总分"][0]
    col = dict(level1=0, name=2, target=3, actual=4, weight=5, score=6)
    indicator_checks(ck, rows, col, exec_weight=tot[4], exec_score=tot[6],
                     total_row=(total[5], total[6]))
    R = {r[2]: r for r in rows}
    ev = ck.gall(r"(?:受理并完成失能等级评估|、共)" + NUM + "例")
    ck.same(ev + [R["完成失能等级评估"][4].rstrip("例")], "assessments")
    ck.completion(ck.g(r"完成年度目标的" + NUM + "%") , ev[0], R["完成失能等级评估"][3].lstrip("≥").rstrip("例"), "assessments completion")
    last, inc, grow = ck.g(r"比\d{4}年的" + NUM + r"例增加" + NUM + r"例，增长" + NUM + "%")
    ck.sum(ev[0], [last, inc], "this year = last year + increase")
    ck.rate(grow + "%", inc, num(last), "growth rate")
    ck.same([ck.g(r"享受长护待遇的重度失能人员" + NUM + "人"), R["享受长护待遇失能人员"][4].rstrip("人")], "beneficiaries")
    ck.same([ck.g(r"护理服务近" + NUM + "万人次"), R["护理服务人次"][4].replace("万人次", "")], "service count (approx)")
    ck.same([ck.g(r"全市共有" + NUM + "家"), R["定点护理服务机构数"][4].rstrip("家")], "institutions")
    smp, agree, rt = ck.g(r"抽取" + NUM + r"份评估结论复核，结论一致" + NUM + r"份，一致率为" + NUM + "%")
    ck.rate(rt + "%", agree, num(smp), "review agreement rate")
    ck.same([rt, R["评估结论复核一致率"][4]], "agreement prose/table")
    ck.same([ck.g(r"护理总费用的" + NUM + "%"), R["护理费用基金支付比例"][4]], "fund share")
    ck.same([per, R["每例评估费用"][4].rstrip("元")], "fee per case prose/table")
    ck.same([ck.g(r"政策知晓率为" + NUM + "%"), R["长护险政策知晓率"][4]], "awareness")
    calls, sat_n, sat = ck.g(r"共回访失能家庭" + NUM + r"户，表示满意和基本满意的" + NUM + r"户，满意度为" + NUM + "%")
    ck.rate(sat + "%", sat_n, num(calls), "satisfaction")
    ck.same([sat, R["失能人员及家属满意度"][4]], "satisfaction prose/table")
    targets(ck, R, [(r"全年完成失能等级评估不少于" + NUM + "例", "完成失能等级评估"),
                    (r"保障不少于" + NUM + "名重度失能人员", "享受长护待遇失能人员"),
                    (r"全年护理服务不少于" + NUM + "万人次", "护理服务人次"),
                    (r"定点护理服务机构达到" + NUM + "家", "定点护理服务机构数"),
                    (r"结算周期控制在" + NUM + "个工作日以内", "护理费用结算周期"),
                    (r"满意度达到" + NUM + "%以上", "失能人员及家属满意度")])
    ptotal, gword = ck.g(r"本项目自评得分" + NUM + r"分，评价等级为“(.+?)”")
    ck.same([ptotal, total[6]], "total prose/table")
    ck.grade(total[6], gword, "grade")


# ----------------------------------------------------------------------------------------------
# B  gx-nanning-xingning-zhucan-2023
def check_B(ck):
    t = ck.t
    Y = 2023
    ck.year(ck.g(r"兴宁区民政局(\d{4})年度居家养老"), Y, "title year")
    ck.year(ck.g(r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    ck.year(ck.g(r"(\d{4})年年初预算"), Y, "budget year")
    ck.year(ck.g(r"上级资金分别于(\d{4})年3月"), Y, "issue year")
    ck.year(ck.g(r"结转至(\d{4})年1月拨付"), Y, "carry-over", op="gt")
    ck.year(ck.g(r"截至(\d{4})年底"), Y, "cut-off year")
    f = mof_funds(ck, t, "项目资金（万元）｜年初预算数")
    tot = f["total"]
    ini, add, annual, s1, s2, s3 = ck.g(
        r"年初预算" + NUM + r"万元，年中南宁市追加" + NUM + r"万元，全年预算" + NUM +
        r"万元，其中自治区补助资金" + NUM + r"万元、南宁市级补助资金" + NUM + r"万元、区本级资金" + NUM + "万元")
    ck.sum(annual, [ini, add], "annual = initial + addition")
    ck.sum(annual, [s1, s2, s3], "annual by source")
    ck.same([ini, tot[1]], "initial prose/table")
    ck.same([annual, tot[2]], "annual prose/table")
    spent, rate = ck.g(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    ck.same([spent, tot[3]], "spent prose/table")
    ck.rate(rate + "%", spent, num(annual), "execution rate prose")
    ck.same([rate, tot[5]], "execution rate prose/table")
    meal, build, npt, per, other = ck.g(
        r"助餐服务补贴" + NUM + r"万元，新建助餐点一次性建设补助" + NUM + r"万元（" + NUM + r"个点，每点" + NUM +
        r"万元），助餐点水电租金补助及食品安全检测等" + NUM + "万元")
    ck.sum(spent, [meal, build, other], "spending by use")
    ck.sum(build, [num(npt) * num(per)], "construction = points x per point")
    bal, back, q4 = ck.g(r"未支出的" + NUM + r"万元中，.*?对应建设补助" + NUM + r"万元已收回区财政；第四季度助餐服务补贴" + NUM + "万元")
    ck.balance(bal, annual, spent, "unspent")
    ck.sum(bal, [back, q4], "unspent split")
    ck.sum(back, [num(ck.g(r"原计划新建的(\d+)个助餐点因选址未落实")) * num(per)], "returned = 2 points x 6")
    ck.same([q4, ck.g(r"第四季度补贴" + NUM + "万元")], "Q4 subsidy")
    # sampled points
    srows = table_rows(t, "抽查助餐点｜")[1:]
    items = [r for r in srows if r[0] not in ("合计", "点均")]
    tot_r = [r for r in srows if r[0] == "合计"][0]
    avg_r = [r for r in srows if r[0] == "点均"][0]
    ck.sum(tot_r[1], [r[1] for r in items], "sampled meals total")
    ck.sum(tot_r[2], [r[2] for r in items], "sampled subsidies total")
    ck.avg(avg_r[1], [r[1] for r in items], "sampled average per point")
    ck.truth(len(items) == int(ck.g(r"抽查了(\d+)个助餐点")), "sum_mismatch", "sample size")
    # indicators
    tbl = table_rows(t, "一级指标｜二级指标｜三级指标")
    rows = [r for r in tbl[1:] if r[0] != "合计"]
    total = [r for r in tbl[1:] if r[0] == "合计"][0]
    col = dict(level1=0, name=2, target=3, actual=4, completion=5, weight=6, score=7)
    indicator_checks(ck, rows, col, exec_weight=tot[4], exec_score=tot[6],
                     total_row=(total[6], total[7]))
    R = {r[2]: r for r in rows}
    pts = ck.g(r"全区建成并运营助餐点" + NUM + "个")
    ck.same([pts, R["运营助餐点数量"][4].rstrip("个"), ck.g(NUM + r"个助餐点中有12个实现收支平衡")], "points")
    ck.sum(R["运营助餐点数量"][3].lstrip("≥").rstrip("个"), [pts, ck.g(r"运营助餐点比目标少" + NUM + "个")], "shortfall")
    ck.same([ck.g(r"全年累计提供助餐服务" + NUM + "万人次"), R["助餐服务人次"][4].replace("万人次", "")], "meals")
    ck.same([ck.g(r"享受助餐补贴的老年人" + NUM + "人"), R["享受助餐补贴老年人数"][4].rstrip("人")], "subsidised elderly")
    pm = ck.g(r"平均每餐补贴" + NUM + "元")
    ck.avg(pm, [num(meal)], "subsidy per meal", count=num(R["助餐服务人次"][4].replace("万人次", "")))
    ck.same([pm, R["平均每餐补贴"][4].rstrip("元")], "per meal prose/table")
    cov_all, cov, covr = ck.g(r"全区" + NUM + r"个社区（村）中已有" + NUM + r"个.*?覆盖比例为" + NUM + "%")
    ck.rate(covr + "%", cov, num(cov_all), "coverage")
    ck.same([covr, R["助餐服务社区覆盖比例"][4]], "coverage prose/table")
    bal_n = ck.g(r"个助餐点中有" + NUM + "个实现收支平衡")
    ck.rate(R["助餐点收支平衡比例"][4], bal_n, num(pts), "break-even share")
    sat = ck.g(r"满意度为" + NUM + "%")
    ck.pct_max(sat, "satisfaction")
    ck.same([sat, R["就餐老年人满意度"][4]], "satisfaction prose/table")
    targets(ck, R, [(r"全年提供助餐服务不少于" + NUM + "万人次", "助餐服务人次"),
                    (r"运营助餐点不少于" + NUM + "个", "运营助餐点数量"),
                    (r"享受补贴老年人不少于" + NUM + "人", "享受助餐补贴老年人数"),
                    (r"食品安全检查合格率" + NUM + "%，", "助餐点食品安全检查合格率"),
                    (r"按季拨付及时率达到" + NUM + "%以上", "补贴资金按季拨付及时率"),
                    (r"就餐老年人满意度达到" + NUM + "%以上", "就餐老年人满意度"),
                    (r"低于" + NUM + "元的上限", "平均每餐补贴"),
                    (r"距" + NUM + "%的目标", "助餐服务社区覆盖比例")])
    ptotal, gword = ck.g(r"本项目自评得分" + NUM + r"分，评价等级为“(.+?)”")
    ck.same([ptotal, total[7]], "total prose/table")
    ck.grade(total[7], gword, "grade")


# ----------------------------------------------------------------------------------------------
# C  gz-duyun-changhu-2021 (tab-separated table)
def check_C(ck):
    t = ck.t
    Y = 2021
    ck.year(ck.g(r"都匀市医疗保障局(\d{4})年度长期护理"), Y, "title year")
    ck.year(ck.g(r"评价年度\t(\d{4})年"), Y, "table year")
    ck.year(ck.g(r"加上(\d{4})年结转的"), Y - 1, "incoming carry-over")
    ck.year(ck.g(r"结转至(\d{4})年继续"), Y, "carry-over", op="gt")
    ck.year(ck.g(r"较(\d{4})年的1,212例"), Y - 1, "last-year comparison")
    f = mof_funds(ck, t, "项目资金（万元）\t年初预算数", sep="\t")
    tot, cur, carry = f["total"], f["cur"], f["carry"]
    ini, add, cf, annual = ck.g(r"年初预算安排" + NUM + r"万元，9月市级追加" + NUM + r"万元，加上\d{4}年结转的" + NUM + r"万元，全年预算资金为" + NUM + "万元")
    ck.sum(annual, [ini, add, cf], "annual = initial + addition + carry-over")
    ck.same([annual, tot[2]], "annual prose/table")
    ck.same([ini, cur[1]], "initial appropriation prose/table")
    ck.sum(cur[2], [ini, add], "appropriation after addition")
    ck.same([cf, carry[1], carry[2], carry[3], ck.g(r"\d{4}年结转的" + NUM + "万元为试点启动")], "carry-over")
    s1, s2, s3 = ck.g(r"州级财政补助" + NUM + r"万元、市级财政资金" + NUM + r"万元、上年结转资金" + NUM + "万元")
    ck.sum(annual, [s1, s2, s3], "annual by source")
    ck.sum(cur[2], [s1, s2], "appropriation = prefecture + city")
    spent, a_fee, care, adm = ck.g(r"全年支出" + NUM + r"万元，其中失能评定费" + NUM + r"万元、上门护理服务费" + NUM + r"万元、经办宣传及培训费" + NUM + "万元")
    ck.same([spent, tot[3]], "spent prose/table")
    ck.sum(spent, [a_fee, care, adm], "spending by use")
    per_a, n_a, per_c, n_c = ck.g(r"每例" + NUM + r"元与评定机构结算，全年评定" + NUM + r"例；上门护理服务按每次" + NUM + r"元补助，全年" + NUM + "次")
    ck.product(a_fee, n_a, per_a, "assessment fee")
    ck.product(care, n_c, per_c, "care fee")
    bal = ck.g(r"年末结余" + NUM + "万元")
    ck.balance(bal, annual, spent, "balance")
    # table
    tbl = table_rows(t, "一级指标\t二级指标", sep="\t")
    rows = [r for r in tbl[1:] if r[0] != "合计"]
    total = [r for r in tbl[1:] if r[0] == "合计"][0]
    col = dict(level1=0, name=2, target=3, actual=4, weight=5, score=6)
    indicator_checks(ck, rows, col, exec_weight=tot[4], exec_score=tot[6],
                     total_row=(total[5], total[6]))
    R = {r[2]: r for r in rows}
    ck.same([n_a, ck.g(r"全年完成失能等级评定" + NUM + "例，其中"), R["完成失能等级评定"][4].rstrip("例")], "assessments")
    sev, mild = ck.g(r"重度失能" + NUM + r"例、中度及以下" + NUM + "例")
    ck.sum(n_a, [sev, mild], "assessments by severity")
    last = ck.g(r"较\d{4}年的" + NUM + r"例增长")
    ck.rate(ck.g(r"例增长" + NUM + "%") + "%", num(n_a) - num(last), num(last), "growth")
    ben = ck.gall(NUM + r"名(?:重度失能人员享受|服务对象)")
    ck.same(ben + [R["享受居家护理服务的重度失能人员"][4].rstrip("人")], "beneficiaries")
    visits = ck.g(r"上门护理服务" + NUM + r"次，完成年度计划")
    ck.same([n_c, visits, R["上门护理服务次数"][4].rstrip("次")], "visits")
    ck.completion(ck.g(r"完成年度计划的" + NUM + "%"), visits, R["上门护理服务次数"][3].lstrip("≥").rstrip("次"), "visits completion")
    chg = ck.g(r"全年有" + NUM + "例经复评改变")
    rr = ck.g(r"复评改变结论的比例为" + NUM + "%")
    ck.rate(rr + "%", chg, num(n_a), "review change rate")
    ck.same([rr, R["复评改变结论比例"][4].rstrip("%")], "review change prose/table")
    ck.same([ck.g(r"评定结论平均" + NUM + "日出具"), R["评定结论出具时限"][4].rstrip("日")], "days")
    ck.same([ck.g(r"投诉率" + NUM + "%"), R["护理服务投诉率"][4]], "complaint rate")
    ck.same([ck.g(r"政策知晓率调查结果为" + NUM + "%"), R["政策知晓率"][4]], "awareness")
    ck.same(ck.gall(r"(?:只有|维持在)" + NUM + "家") + [R["定点护理服务机构数"][4].rstrip("家")], "institutions")
    targets(ck, R, [(r"全年完成失能等级评定" + NUM + "例以上", "完成失能等级评定"),
                    (r"为" + NUM + "名以上重度失能人员", "享受居家护理服务的重度失能人员"),
                    (r"上门服务不少于" + NUM + "次", "上门护理服务次数"),
                    (r"出具时限不超过" + NUM + "日", "评定结论出具时限"),
                    (r"评定费用控制在" + NUM + "元以内", "每例评定费用"),
                    (r"投诉率不高于" + NUM + "%", "护理服务投诉率"),
                    (r"政策知晓率达到" + NUM + "%", "政策知晓率"),
                    (r"机构发展到" + NUM + "家", "定点护理服务机构数"),
                    (r"未达到" + NUM + "例的目标", "完成失能等级评定"),
                    (r"高于" + NUM + "%的控制目标", "护理服务投诉率"),
                    (r"距" + NUM + "家的目标", "定点护理服务机构数")])
    # approximations: per household per year, visits per month
    per_hh = ck.g(r"每户每年减少护理支出约" + NUM + "元")
    c = num(care) * BIG / num(ben[-1])
    ck.truth(abs(c - num(per_hh)) <= num(per_hh) * Decimal("0.05"), "average_mismatch", f"per household {c} vs 约{per_hh}")
    mon = ck.g(r"平均每月获得" + NUM + "次以上")
    ck.truth(num(n_c) / num(ben[-1]) / 12 >= num(mon), "average_mismatch", "visits per month")
    # indicator counts
    n_ind, n_ok, n_bad = ck.g(r"对照年初设定的" + NUM + r"项绩效指标，全年有" + NUM + r"项达到或超过目标，" + NUM + "项未达到目标")
    ck.sum(n_ind, [n_ok, n_bad], "indicator count")
    ck.truth(int(n_ind) == len(rows), "sum_mismatch", "number of indicators")
    met = sum(1 for r in rows if num(r[6]) == num(r[5]))
    ck.truth(met == int(n_ok), "sum_mismatch", f"met indicators {met} vs {n_ok}")
    # grade: range statement and grade word
    lo, hi, gword = ck.g(r"处于" + NUM + r"分（含）至" + NUM + r"分区间，评价等级为“(.+?)”")
    ck.truth(num(lo) <= num(total[6]) < num(hi), "score_sum_mismatch", "total outside stated range")
    ck.grade(total[6], gword, "grade")


# ----------------------------------------------------------------------------------------------
# D  ln-panjin-xinglongtai-bumen-2024 (department-wide)
def check_D(ck):
    t = ck.t
    Y = 2024
    ck.year(ck.g(r"兴隆台区民政局(\d{4})年度部门整体"), Y, "title year")
    ck.year(ck.g(r"(\d{4})年部门全年预算"), Y, "budget year")
    ck.year(ck.g(r"已结转至(\d{4})年继续使用"), Y, "carry-over", op="gt")
    ck.year(ck.g(r"(\d{4})年各月服务人次"), Y, "monthly table year")
    ck.year(ck.g(r"统计截至(\d{4})年12月31日"), Y, "cut-off")
    ck.year(ck.g(r"比(\d{4})年的2\.23万元"), Y - 1, "last year 三公")
    ck.year(ck.g(r"比(\d{4})年的21\.4万人次"), Y - 1, "last year meals")
    budget, basic, proj, spent, drate = ck.g(
        r"部门全年预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元；全年支出" + NUM +
        r"万元，部门整体预算执行率" + NUM + "%")
    ck.sum(budget, [basic, proj], "department budget")
    basic_s, proj_s, prate = ck.g(r"基本支出执行" + NUM + r"万元，.*?项目支出执行" + NUM + r"万元，执行率" + NUM + "%")
    ck.same([basic_s, basic], "basic expenditure fully spent")
    ck.sum(spent, [basic_s, proj_s], "department spending")
    ck.rate(drate + "%", spent, num(budget), "department rate")
    ck.rate(prate + "%", proj_s, num(proj), "project rate")
    ck.balance(ck.g(r"未执行的" + NUM + "万元"), budget, spent, "department unspent")
    now3, last3, dec3 = ck.g(r"“三公”经费支出" + NUM + r"万元，比\d{4}年的" + NUM + r"万元下降" + NUM + "%")
    ck.rate(dec3 + "%", num(last3) - num(now3), num(last3), "三公 decrease")
    b1, s1, r1, m1, o1 = ck.g(r"居家养老助餐服务项目。全年预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + r"%，其中就餐补贴" + NUM + r"万元、助餐点运营补助及设备购置" + NUM + "万元")
    ck.rate(r1 + "%", s1, num(b1), "meal programme rate")
    ck.sum(s1, [m1, o1], "meal programme spending")
    b2, s2, r2, m2, o2 = ck.g(r"居家护理服务补贴项目。全年预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + r"%，其中护理补贴发放" + NUM + r"万元、上门服务质量第三方评估" + NUM + "万元")
    ck.rate(r2 + "%", s2, num(b2), "care programme rate")
    ck.sum(s2, [m2, o2], "care programme spending")
    b3, s3 = ck.g(r"等项目预算" + NUM + r"万元，支出" + NUM + "万元")
    ck.sum(proj, [b1, b2, b3], "project budget by programme")
    ck.sum(proj_s, [s1, s2, s3], "project spending by programme")
    # programme table
    prow = table_rows(t, "项目名称｜全年预算数")[1:]
    P = {r[0]: r for r in prow}
    for key, (b, s, r) in (("居家养老助餐服务", (b1, s1, r1)), ("失能老年人居家护理服务补贴", (b2, s2, r2))):
        row = P[key]
        ck.same([b, row[1]], f"{key} budget prose/table")
        ck.same([s, row[2]], f"{key} spending prose/table")
        ck.same([r, row[3]], f"{key} rate prose/table")
        ck.rate(row[3], row[2], num(row[1]), f"{key} table rate")
        ck.balance(row[4], row[1], row[2], f"{key} table balance")
    # monthly table
    mrows = table_rows(t, "月份｜1月")
    for r in mrows[1:]:
        ck.sum(r[13], r[1:13], f"monthly {r[0]}")
    meals_year = [r for r in mrows if r[0] == "助餐服务人次"][0][13]
    care_year = [r for r in mrows if r[0] == "上门护理人次"][0][13]
    ck.truth(num(meals_year) > num(ck.g(r"全年助餐服务超过" + NUM + "万人次")) * BIG, "conflicting_values", "meals above 23万")
    last_m = ck.g(r"比\d{4}年的" + NUM + "万人次增长约一成")
    ck.truth(abs(num(meals_year) / (num(last_m) * BIG) - Decimal("1.1")) <= Decimal("0.03"), "rate_mismatch", "growth about 10%")
    npts, day_total, per_pt = ck.g(NUM + r"个助餐点日均就餐合计" + NUM + r"人次，平均每个助餐点" + NUM + "人次")
    ck.avg(per_pt, [num(day_total)], "daily diners per point", count=num(npts))
    pts, canteen, firm = ck.g(r"全区运营助餐点" + NUM + r"个，覆盖全部街道，其中社区长者食堂" + NUM + r"个、委托餐饮企业运营的助餐点" + NUM + "个")
    ck.sum(pts, [canteen, firm], "points by type")
    ck.same([pts, npts], "points")
    n_all, n_cont = ck.g(NUM + r"个助餐点中有" + NUM + "个全年不间断运营")
    ck.same([n_all, pts], "points")
    # indicator table
    tbl = table_rows(t, "一级指标｜二级指标｜三级指标")
    rows = [r for r in tbl[1:] if r[0] != "合计"]
    total = [r for r in tbl[1:] if r[0] == "合计"][0]
    col = dict(level1=0, name=2, target=3, actual=4, weight=5, score=6)
    lw = dict(zip(["预算执行", "产出", "效益", "满意度"],
                  ck.g(r"权重分别为" + NUM + r"分、" + NUM + r"分、" + NUM + r"分和" + NUM + "分")))
    indicator_checks(ck, rows, col, total_row=(total[5], total[6]), level_weights=lw)
    R = {r[2]: r for r in rows}
    ck.same([drate, R["部门整体预算执行率"][4]], "department rate prose/table")
    ck.same([meals_year, R["助餐服务人次"][4].replace("万人次", "")], "yearly meals", scales=[1 / BIG, Decimal(1)])
    ck.same([pts, R["运营助餐点数量"][4].rstrip("个")], "points prose/table")
    cprose = ck.g(r"全年提供上门护理" + NUM + "人次")
    ck.same([care_year, cprose, R["上门护理服务人次"][4].rstrip("人次")], "care visits")
    ctarget = ck.g(r"完成年度目标（" + NUM + "人次）")
    ck.same([ctarget, R["上门护理服务人次"][3].lstrip("≥").rstrip("人次")], "care target")
    ck.completion(ck.g(r"）的" + NUM + "%"), cprose, ctarget, "care completion")
    ben, bt = ck.g(r"全年为" + NUM + r"名失能老年人发放护理补贴，未达到" + NUM + "人的目标")
    ck.same([ben, R["享受护理补贴失能老年人数"][4].rstrip("人")], "beneficiaries")
    ck.same([bt, R["享受护理补贴失能老年人数"][3].lstrip("≥").rstrip("人")], "beneficiary target")
    ck.same([ck.g(r"护理服务质量合格率" + NUM + "%"), R["护理服务质量回访合格率"][4]], "quality rate")
    ck.rate(R["助餐点持续运营率"][4], n_cont, num(n_all), "continuous operation rate")
    ck.same([ck.g(r"持续运营率为" + NUM + "%"), R["助餐点持续运营率"][4]], "continuous operation prose/table")
    sat, sat1, sat2 = ck.g(r"综合满意度为" + NUM + r"%，其中助餐服务满意度" + NUM + r"%、居家护理服务满意度" + NUM + "%")
    for s, lab in ((sat, "overall"), (sat1, "meal"), (sat2, "care")):
        ck.pct_max(s, f"satisfaction {lab}")
    ck.same([sat, R["服务对象综合满意度"][4]], "satisfaction prose/table")
    lo3, hi5 = ck.g(r"每餐补贴" + NUM + r"元，80周岁以上及低保、特困老年人每餐补贴" + NUM + "元")
    per_meal = num(m1) * BIG / num(meals_year)
    ck.truth(num(lo3) <= per_meal <= num(hi5), "average_mismatch", f"meal subsidy per meal {per_meal}")
    lo_c, hi_c = ck.g(r"每人每月" + NUM + r"元至" + NUM + "元")
    per_m = num(m2) * BIG / num(ben) / 12
    ck.truth(num(lo_c) * Decimal("0.9") <= per_m <= num(hi_c), "average_mismatch", f"care subsidy per month {per_m}")
    approx = ck.g(r"每月平均减少照护支出约" + NUM + "元")
    ck.truth(abs(per_m - num(approx)) <= num(approx) * Decimal("0.05"), "average_mismatch", f"约{approx} vs {per_m}")
    ck.grade(total[6], ck.g(r"自评等级为“(.+?)”"), "grade")


# ----------------------------------------------------------------------------------------------
# E  ah-hefei-luyang-zhucan-2019 (Shanxi-like funds table with 行次)
def check_E(ck):
    t = ck.t
    Y = 2019
    ck.year(ck.g(r"^合肥市庐阳区民政局\n(\d{4})年度社区老年助餐"), Y, "title year")
    ck.year(ck.g(r"附件：(\d{4})年度项目支出绩效自评表"), Y, "table year")
    ck.year(ck.g(r"(\d{4})年项目年初预算"), Y, "budget year")
    ck.year(ck.g(r"省级补助资金已于(\d{4})年12月提前下达"), Y - 1, "advance in December before")
    for y in ck.gall(r"截至(\d{4})年12月31日"):
        ck.year(y, Y, "cut-off")
    ck.year(ck.g(r"比(\d{4})年的11\.2万人次"), Y - 1, "last-year comparison")
    # funds table
    ft = table_rows(t, "项目｜行次｜合计")
    F = {r[0]: r for r in ft[1:]}
    ini, ann, arr, exe, bal = (F["年初预算资金"], F["全年预算资金"], F["实际到位资金"],
                               F["全年执行资金"], F["资金结余"])
    arr_r, exe_r = F["预算到位率"], F["预算执行率"]
    for r in (ini, ann, arr, exe, bal):
        ck.sum(r[2], r[3:6], f"funds row {r[0]}")
    for k in range(2, 6):
        ck.balance(bal[k], arr[k], exe[k], f"balance column {ft[0][k]}")
        ck.rate(arr_r[k], arr[k], num(ann[k]), f"arrival rate column {ft[0][k]}")
        ck.rate(exe_r[k], exe[k], num(ann[k]), f"execution rate column {ft[0][k]}")
    p_ini, p1, p2, p3 = ck.g(r"年初预算" + NUM + r"万元，其中省级补助" + NUM + r"万元、市级补助" + NUM + r"万元、区级资金" + NUM + "万元")
    ck.sum(p_ini, [p1, p2, p3], "initial by source")
    for a, b in ((p_ini, ini[2]), (p1, ini[3]), (p2, ini[4]), (p3, ini[5])):
        ck.same([a, b], "initial prose/table")
    add, p_ann = ck.g(r"市级追加助餐点建设补助" + NUM + r"万元，全年预算调整为" + NUM + "万元")
    ck.sum(p_ann, [p_ini, add], "annual = initial + addition")
    ck.sum(ann[4], [ini[4], add], "city annual = initial + addition")
    ck.same([p_ann, ann[2]], "annual prose/table")
    p_arr, short = ck.g(r"实际到位" + NUM + r"万元，区级资金有" + NUM + "万元年内未到位")
    ck.same([p_arr, arr[2]], "arrived prose/table")
    ck.balance(short, ann[5], arr[5], "district not arrived")
    p_exe, p_rate, p_use = ck.g(r"全年执行" + NUM + r"万元，预算执行率" + NUM + r"%；按到位资金计算，资金使用率为" + NUM + "%")
    ck.same([p_exe, exe[2]], "spent prose/table")
    ck.rate(p_rate + "%", p_exe, num(p_ann), "execution rate prose")
    ck.rate(p_use + "%", p_exe, num(p_arr), "use rate (base: arrived)")
    b_fee, npt, per, op_fee, ev_fee = ck.g(r"助餐点建设补贴" + NUM + r"万元（" + NUM + r"个点，每点" + NUM + r"万元），助餐点运营补贴和老年人就餐补贴" + NUM + r"万元，第三方运营评估及食品安全培训费" + NUM + "万元")
    ck.sum(p_exe, [b_fee, op_fee, ev_fee], "spending by use")
    ck.sum(b_fee, [num(npt) * num(per)], "construction = points x per point")
    p_bal, p_bal_d = ck.g(r"年末结余资金" + NUM + r"万元，其中区级资金" + NUM + "万元")
    ck.balance(p_bal, p_arr, p_exe, "balance prose")
    ck.same([p_bal, bal[2]], "balance prose/table")
    ck.same([p_bal_d, bal[5]], "district balance prose/table")
    # indicators
    tbl = table_rows(t, "一级指标｜二级指标｜三级指标")
    rows = [r for r in tbl[1:] if r[0] != "合计"]
    total = [r for r in tbl[1:] if r[0] == "合计"][0]
    col = dict(level1=0, name=2, target=3, actual=4, completion=5, weight=6, score=7)
    indicator_checks(ck, rows, col, total_row=(total[6], total[7]))
    R = {r[2]: r for r in rows}
    ck.same([exe_r[2], R["预算执行率"][4]], "execution rate funds/indicator table")
    new_pts = ck.g(r"全年新建社区助餐点" + NUM + "个")
    ck.same([new_pts, npt, R["新建社区助餐点"][4].rstrip("个")], "new points")
    old_pts, plan_new, plan, actual_pts, comp = ck.g(
        r"按原有" + NUM + r"个和新建计划" + NUM + r"个测算，年度计划补贴助餐点" + NUM + r"个，实际对" + NUM +
        r"个助餐点发放了运营补贴，完成计划的" + NUM + "%")
    ck.sum(plan, [old_pts, plan_new], "plan = existing + new")
    ck.sum(actual_pts, [old_pts, new_pts], "points = existing + new")
    ck.same([plan_new, R["新建社区助餐点"][3].lstrip("≥").rstrip("个")], "new-point target")
    ck.completion(comp, actual_pts, plan, "subsidised points completion")
    ck.same([actual_pts, ck.g(r"对全区" + NUM + "个助餐点给予运营补贴"),
             ck.g(NUM + r"个助餐点均通过食品安全")], "points")
    ck.same([ck.g(r"全年助餐服务" + NUM + "万人次"), R["助餐服务人次"][4].replace("万人次", "")], "meals")
    ck.same([ck.g(r"享受就餐补贴的老年人" + NUM + "人，"), R["享受就餐补贴老年人数"][4].rstrip("人")], "subsidised elderly")
    c_all, c_n, c_r = ck.g(r"全区" + NUM + r"个城市社区中有" + NUM + r"个.*?覆盖率" + NUM + "%")
    ck.rate(c_r + "%", c_n, num(c_all), "coverage")
    ck.same([c_r, R["助餐服务社区覆盖率"][4]], "coverage prose/table")
    o_all, o_n, o_r = ck.g(NUM + r"个助餐点中有" + NUM + r"个已连续运营满一年，运营满一年比例为" + NUM + "%")
    ck.rate(o_r + "%", o_n, num(o_all), "one-year operation share")
    ck.same([o_r, R["助餐点运营满一年比例"][4]], "one-year prose/table")
    ck.same([o_all, actual_pts], "points")
    targets(ck, R, [(r"新建社区助餐点不少于" + NUM + "个", "新建社区助餐点"),
                    (r"全年助餐服务不少于" + NUM + "万人次", "助餐服务人次"),
                    (r"享受就餐补贴的老年人不少于" + NUM + "人", "享受就餐补贴老年人数"),
                    (r"每个助餐点建设补贴不超过" + NUM + "万元", "助餐点建设补贴标准"),
                    (r"覆盖" + NUM + "%以上的城市社区", "助餐服务社区覆盖率"),
                    (r"满意度达到" + NUM + "%以上", "就餐老年人满意度"),
                    (r"未达到" + NUM + "人的目标", "享受就餐补贴老年人数"),
                    (r"未达到" + NUM + "%的目标", "助餐服务社区覆盖率")])
    valid, ok, sat = ck.g(r"收回有效问卷" + NUM + r"份，其中表示满意和基本满意的" + NUM + r"份，满意度为" + NUM + "%")
    ck.rate(sat + "%", ok, num(valid), "satisfaction")
    ck.same([sat, R["就餐老年人满意度"][4]], "satisfaction prose/table")
    ptotal, gword = ck.g(r"本项目自评得分" + NUM + r"分，等级为(优秀|良好|中等|较差|合格)")
    ck.same([ptotal, total[7]], "total prose/table")
    ck.grade(total[7], gword, "grade")


CHECKS = {
    "hn-xiangtan-changhu-2022": check_A,
    "gx-nanning-xingning-zhucan-2023": check_B,
    "gz-duyun-changhu-2021": check_C,
    "ln-panjin-xinglongtai-bumen-2024": check_D,
    "ah-hefei-luyang-zhucan-2019": check_E,
}


def run_checks(pid, text):
    ck = Ck(text)
    CHECKS[pid](ck)
    return ck.fails


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(b) - j   # changed span in b


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    code_count = {c: 0 for c in CODES}
    files = sorted(os.listdir(CASES))
    if len(labels) != len(files):
        problems.append(f"{len(labels)} labels for {len(files)} case files")
    for lab in labels:
        case, pid = lab["case"], lab["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8").read()
        if not lab["clean"] and lab["expected"]:
            code_count[lab["expected"][0]["code"]] = code_count.get(lab["expected"][0]["code"], 0) + 1
        try:
            fails = run_checks(pid, text)
        except AssertionError as exc:
            problems.append(f"{case}: extraction failed: {exc}")
            continue
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{case}: clean case with expected findings")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{case}: length {len(text)} outside 2800-3400")
            for code, msg in fails:
                problems.append(f"{case}: clean draft fails {code}: {msg}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        e = exp[0]
        code, value = e["code"], e["value"]
        if e.get("severity") != "error" or code not in CODES:
            problems.append(f"{case}: bad code/severity {code}/{e.get('severity')}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{case}: value {value!r} not in case")
        s, t_end = diff_region(clean, text)
        if s >= t_end and text == clean:
            problems.append(f"{case}: identical to clean draft")
        if not any(o < t_end and s < o + len(value) for o in occ):
            problems.append(f"{case}: changed region [{s},{t_end}) does not overlap the value")
        if len(occ) > 1:
            problems.append(f"{case}: value occurs {len(occ)} times")
        failed_codes = {c for c, _ in fails}
        if code not in failed_codes:
            problems.append(f"{case}: labelled {code} does not fail (fails: {sorted(failed_codes)})")
        others = {c for c in failed_codes if c != code and c not in WARNINGS}
        if others:
            problems.append(f"{case}: other error codes fail: {[(c, m) for c, m in fails if c in others]}")
    for c in CODES:
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} used {code_count.get(c, 0)} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print(f"{len(labels)} cases checked")
    print("OK")


if __name__ == "__main__":
    main()
