#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; the changed figure occurs only
   once in the clean draft unless the code is conflicting_values or build.py gives a reason;
2. every error code of errors.md section A (1-13) is used at least twice;
3. the arithmetic of every case is redone from its text (Decimal, ROUND_HALF_UP, tolerance of
   rules.md section 8): clean drafts must pass every check (and raise no score-rule warning);
   an error case must fail its labelled code and no other error-level code.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EPS = D("1e-9")
HUNDRED = D(100)
CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


# ----------------------------------------------------------------------------- numbers
class N:
    """A stated number: value and half-unit tolerance of its last written digit (rules.md 8)."""

    def __init__(self, s, factor=D(1)):
        s = str(s).replace(",", "").strip()
        self.s = s
        dp = len(s.split(".")[1]) if "." in s else 0
        self.v = D(s) * factor
        self.t = D("0.5") * (D(10) ** -dp) * factor

    def scaled(self, f):
        n = N.__new__(N)
        n.s, n.v, n.t = self.s, self.v * f, self.t * f
        return n

    def __repr__(self):
        return self.s


def money(s, unit):
    return N(s, MONEY[unit])


def near(computed, stated):
    return abs(computed - stated.v) <= stated.t + EPS


def same(a, b):
    return abs(a.v - b.v) <= max(a.t, b.t) + EPS


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


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


# ----------------------------------------------------------------------------- context
class ExtractError(Exception):
    pass


class Ctx:
    def __init__(self, text, year):
        self.text = text
        self.year = year
        self.fails = []
        self.warns = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, msg):
        self.warns.append(msg)

    def one(self, pat):
        ms = list(re.finditer(pat, self.text))
        if len(ms) != 1:
            raise ExtractError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    # generic relation with the unit (10^4 / 10^8) reclassification of errors.md #11(b)
    def rel(self, code, pred, nums, msg, money_idx=()):
        if pred(nums):
            return True
        for i in money_idx:
            for f in SCALES:
                alt = list(nums)
                alt[i] = nums[i].scaled(f)
                if pred(alt):
                    self.fail("unit_mismatch", f"{msg}: holds once operand {nums[i]} is rescaled by {f}")
                    return False
        self.fail(code, f"{msg}: {nums}")
        return False

    def sum_eq(self, code, total, parts, msg, money_ok=True):
        nums = [total] + list(parts)
        return self.rel(code, lambda a: near(sum((x.v for x in a[1:]), D(0)), a[0]), nums,
                        f"{msg} (sum)", range(len(nums)) if money_ok else ())

    def diff_eq(self, code, result, a, b, msg, money_ok=True):
        return self.rel(code, lambda x: near(x[1].v - x[2].v, x[0]), [result, a, b],
                        f"{msg} (difference)", range(3) if money_ok else ())

    def rate(self, code, rate, num, den, msg, money_ok=True, cap=True):
        """stated rate (percent) = num / den * 100; rates above 100% or on a zero base are implausible."""
        if den.v == 0:
            if rate.v != 0:
                self.fail("implausible_rate", f"{msg}: non-zero rate {rate} on a zero base")
            return
        ok = self.rel(code, lambda x: near(x[1].v / x[2].v * HUNDRED, x[0]), [rate, num, den],
                      f"{msg} (rate)", (1, 2) if money_ok else ())
        if ok and cap and rate.v > HUNDRED:
            self.fail("implausible_rate", f"{msg}: rate {rate} above 100%")

    def growth(self, rate, cur, last, msg, down=False):
        g = (last.v - cur.v) / last.v * HUNDRED if down else (cur.v - last.v) / last.v * HUNDRED
        if not near(g, rate):
            self.fail("rate_mismatch", f"{msg}: growth {r2(g)} vs {rate}")

    def same_val(self, a, b, msg, money_ok=True):
        return self.rel("conflicting_values", lambda x: same(x[0], x[1]), [a, b], msg,
                        (0, 1) if money_ok else ())

    def mean(self, avg, items, msg):
        m = sum((x.v for x in items), D(0)) / len(items)
        if not near(m, avg):
            self.fail("average_mismatch", f"{msg}: mean {r2(m)} vs {avg}")

    def per_unit(self, stated, total, count, msg):
        """stated per-unit amount = total / count (an average)."""
        return self.rel("average_mismatch", lambda x: near(x[1].v / x[2].v, x[0]),
                        [stated, total, count], f"{msg} (per unit)", (0, 1))

    def grade(self, word, total, msg):
        if word not in GRADES:
            raise ExtractError(f"unknown grade word {word!r}")
        if GRADES[word] != band(total.v):
            self.fail("grade_mismatch", f"{msg}: {word} for {total}")

    def year_is(self, y, msg):
        if int(y) != self.year:
            self.fail("year_mismatch", f"{msg}: {y} != {self.year}")

    def year_after(self, y, msg):
        if int(y) <= self.year:
            self.fail("year_mismatch", f"{msg}: {y} is not after {self.year}")

    def rate_range(self, rate, msg):
        if rate.v > HUNDRED or rate.v < 0:
            self.fail("implausible_rate", f"{msg}: {rate}")


# ----------------------------------------------------------------------------- tables
def table(text, header_start, sep):
    """Rows (lists of stripped cells) of the table whose header line starts with header_start."""
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.lstrip("| ").startswith(header_start) and sep in ln]
    if len(idx) != 1:
        raise ExtractError(f"table {header_start!r}: {len(idx)} header lines")
    rows = []
    for ln in lines[idx[0]:]:
        if sep not in ln:
            break
        if sep == "|":
            ln = ln.strip()
            if ln.startswith("|"):
                ln = ln[1:]
            if ln.endswith("|"):
                ln = ln[:-1]
            if set(ln.replace("|", "").strip()) <= set("-: "):
                continue
        rows.append([c.strip() for c in ln.split(sep)])
    header = rows[0]
    return [dict(zip(header, r)) for r in rows[1:]], header


VAL_RE = re.compile(r"^(≥|≤|＞|＜|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


def parse_val(s):
    s = s.strip()
    m = DATE_RE.match(s)
    if m:
        return {"kind": "date", "d": date(int(m[1]), int(m[2]), int(m[3]))}
    m = VAL_RE.match(s)
    if m:
        sign = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte"}.get(m[1] or "", "eq")
        unit = m[3].strip()
        n = N(m[2])
        return {"kind": "num", "sign": sign, "n": n, "unit": unit}
    return {"kind": "text", "s": s}


def unit_base(u):
    """Split a unit into (money factor, rest) so 元/万元/亿元 (also per-unit forms) compare after scaling."""
    for mu in ("亿元", "万元", "元"):
        if u.startswith(mu):
            return MONEY[mu], u[len(mu):]
    return D(1), u


def indicator(ctx, name, target, actual, weight, score, comp=None):
    """Row-level checks: score within weight, unit agreement, stated completion, score rule (warning)."""
    w, s = N(weight), N(score)
    if s.v > w.v or s.v < 0:
        ctx.fail("score_exceeds_weight", f"{name}: score {s} outside [0, {w}]")
    t, a = parse_val(target), parse_val(actual)
    if t["kind"] == "date":
        if a["kind"] != "date":
            ctx.fail("unit_mismatch", f"{name}: date target, actual {actual!r}")
            return
        if a["d"] <= t["d"] and not near(w.v, s):
            ctx.warn(f"{name}: on time but score {s} != {w}")
        return
    if t["kind"] != "num" or a["kind"] != "num":
        return
    ft, ut = unit_base(t["unit"])
    fa, ua = unit_base(a["unit"])
    if ut != ua or (ft != fa and not (t["unit"] and a["unit"])):
        ctx.fail("unit_mismatch", f"{name}: target unit {t['unit']!r}, actual unit {a['unit']!r}")
        return
    if ft != fa:
        ctx.fail("unit_mismatch", f"{name}: target in {t['unit']}, actual in {a['unit']}")
        return
    T, A = t["n"].v, a["n"].v
    if t["sign"] == "lte":
        c = HUNDRED if A <= T else T / A * HUNDRED
    elif T == 0:
        c = None
    else:
        c = A / T * HUNDRED
    if comp is not None:
        if c is None:
            if comp not in ("—", "-", ""):
                ctx.fail("completion_mismatch", f"{name}: completion {comp} on a zero target")
        else:
            cs = N(comp.rstrip("%"))
            if not near(c, cs):
                ctx.fail("completion_mismatch", f"{name}: completion {r2(c)}% vs {comp}")
    # score rule (warning only; errors.md #16)
    if c is None:
        exp = w.v if A <= 0 else D(0)
        cands = [exp]
    else:
        cands = [w.v * min(c, HUNDRED) / HUNDRED]
        if comp not in (None, "—"):
            cands.append(w.v * min(N(comp.rstrip("%")).v, HUNDRED) / HUNDRED)
    if not any(near(x, s) for x in cands):
        ctx.warn(f"{name}: score {s} vs rule {[str(r2(x)) for x in cands]}")


def cell(rows, key, col, value):
    """The one row whose column `key` equals value."""
    hits = [r for r in rows if r.get(key) == value]
    if len(hits) != 1:
        raise ExtractError(f"row {value!r}: {len(hits)} hits")
    return hits[0][col]


def tval(s):
    """Number part of a table value like '≥6000平方米' (as N)."""
    m = VAL_RE.match(s.strip())
    if not m:
        raise ExtractError(f"not a number: {s!r}")
    return N(m[2])


def tmoney(s):
    m = VAL_RE.match(s.strip())
    return money(m[2], m[3].strip()) if m and m[3].strip() in MONEY else None


# ----------------------------------------------------------------------------- drafts
def chk_gx(c):
    """gx-longzhou-shuikouhushi-2021"""
    c.year_is(c.one(r"^龙州县商务和口岸管理局\n(\d{4})年度")[1], "title year")
    m = c.one(r"年初预算安排(\d+)万元，9月自治区追加边境贸易发展补助资金(\d+)万元，调整后全年预算([\d.]+)万元，"
              r"其中自治区资金(\d+)万元、县本级资金(\d+)万元、上年结转资金(\d+)万元")
    ini, add, ann, reg, cty, cf = [N(x) for x in m.groups()]
    c.sum_eq("sum_mismatch", ann, [ini, add], "年初 + 追加 = 全年预算")
    c.sum_eq("sum_mismatch", ann, [reg, cty, cf], "自治区 + 县本级 + 上年结转 = 全年预算")
    c.year_is(c.one(r"截至(\d{4})年12月31日，各级资金均已拨付")[1], "截至 date")
    m = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent, rate = N(m[1]), N(m[2])
    c.rate("rate_mismatch", rate, spent, ann, "预算执行率")
    m = c.one(r"自治区资金支出([\d.]+)万元、执行率([\d.]+)%")
    reg_sp = N(m[1])
    c.rate("rate_mismatch", N(m[2]), reg_sp, reg, "自治区资金执行率")
    m = c.one(r"县本级资金支出([\d.]+)万元、执行率([\d.]+)%")
    cty_sp = N(m[1])
    c.rate("rate_mismatch", N(m[2]), cty_sp, cty, "县本级资金执行率")
    c.one(r"上年结转资金已全部支出")
    c.sum_eq("sum_mismatch", spent, [cf, reg_sp, cty_sp], "支出 by source (结转全部支出)")
    m = c.one(r"查验场地改造([\d.]+)万元，申报系统运维及网络租用([\d.]+)万元，边民互助组管理补助([\d.]+)万元"
              r"（(\d+)个互助组，每组(\d+)万元），业务培训、宣传及防控物资([\d.]+)万元")
    c.sum_eq("sum_mismatch", spent, [N(m[1]), N(m[2]), N(m[3]), N(m[6])], "支出 by use")
    c.rel("sum_mismatch", lambda x: near(x[1].v * x[2].v, x[0]), [N(m[3]), N(m[4]), N(m[5])],
          "互助组 count x 每组 = 补助", (0, 2))
    groups_fund, per_group = N(m[4]), N(m[5])
    bal = N(c.one(r"年末未支出资金([\d.]+)万元")[1])
    c.diff_eq("balance_mismatch", bal, ann, spent, "未支出 = 全年预算(全部到位) - 支出")
    c.year_after(c.one(r"结转至(\d{4})年")[1], "carry-over year")

    rows, _ = table(c.text, "一级指标｜", "｜")
    ind = [r for r in rows if r["一级指标"] != "合计"]
    for r in ind:
        indicator(c, r["三级指标"], r["年度指标值"], r["实际完成值"], r["分值"], r["得分"])
    tot = [r for r in rows if r["一级指标"] == "合计"][0]
    c.sum_eq("weight_sum_mismatch", N(tot["分值"]), [N(r["分值"]) for r in ind], "Σ 分值", False)
    if N(tot["分值"]).v != 100:
        c.fail("weight_sum_mismatch", "合计分值 != 100")
    c.sum_eq("score_sum_mismatch", N(tot["得分"]), [N(r["得分"]) for r in ind], "Σ 得分", False)
    g = lambda name, col: cell(ind, "三级指标", col, name)
    c.same_val(N(g("预算执行率", "实际完成值").rstrip("%")), rate, "执行率 text/table", False)
    # goals sentence vs table targets
    m = c.one(r"完成查验场地升级改造(\d+)平方米以上，规范运营边民互助组(\d+)个以上，互市申报单电子化率不低于(\d+)%，"
              r"全年互市贸易进出口额达到(\d+)亿元，单车平均通关时长控制在(\d+)分钟以内，边民及互市商户满意度达到(\d+)%以上")
    for val, name in zip(m.groups(), ["查验场地升级改造面积", "规范运营边民互助组", "互市申报单电子化率",
                                      "互市贸易进出口额", "单车平均通关时长", "边民及互市商户满意度"]):
        c.same_val(N(val), tval(g(name, "年度指标值")), f"goal {name}", False)
    # outputs
    pct = N(c.one(r"完成年度目标的([\d.]+)%，工程一次验收合格")[1])
    t, a = parse_val(g("查验场地升级改造面积", "年度指标值")), parse_val(g("查验场地升级改造面积", "实际完成值"))
    if a["kind"] == "num" and a["unit"] == t["unit"]:
        if not near(a["n"].v / t["n"].v * HUNDRED, pct):
            c.fail("completion_mismatch", f"改造面积 completion vs {pct}")
    days = N(c.one(r"比计划推迟(\d+)天完工")[1])
    t, a = parse_val(g("改造工程完工时间", "年度指标值")), parse_val(g("改造工程完工时间", "实际完成值"))
    if a["kind"] == "date" and (a["d"] - t["d"]).days != int(days.v):
        c.fail("sum_mismatch", "delay days")
    n_groups = N(c.one(r"全县规范运营边民互助组(\d+)个")[1])
    c.same_val(n_groups, tval(g("规范运营边民互助组", "实际完成值")), "互助组 text/table", False)
    c.same_val(groups_fund, n_groups, "互助组 funds/text", False)
    c.same_val(per_group, tval(g("互助组管理补助标准", "实际完成值")), "每组补助 text/table", False)
    c.same_val(N(c.one(r"互市申报单电子化率达到([\d.]+)%")[1]), tval(g("互市申报单电子化率", "实际完成值")),
               "电子化率", False)
    m = c.one(r"全年互市贸易进出口额([\d.]+)亿元，比2020年的([\d.]+)亿元下降([\d.]+)%，完成年度目标的([\d.]+)%")
    trade = N(m[1])
    c.same_val(trade, tval(g("互市贸易进出口额", "实际完成值")), "贸易额 text/table", False)
    c.growth(N(m[3]), trade, N(m[2]), "贸易额下降率", down=True)
    ta = tval(g("互市贸易进出口额", "年度指标值"))
    if not near(trade.v / ta.v * HUNDRED, N(m[4])):
        c.fail("completion_mismatch", f"贸易额 completion {r2(trade.v / ta.v * HUNDRED)} vs {m[4]}")
    m = c.one(r"参与互市贸易的边民约([\d.]+)万人，未达到([\d.]+)万人的目标")
    c.same_val(N(m[1]), tval(g("参与互市贸易边民人数", "实际完成值")), "边民人数 (约)", False)
    c.same_val(N(m[2]), tval(g("参与互市贸易边民人数", "年度指标值")), "边民人数目标", False)
    m = c.one(r"单车平均通关时长为(\d+)分钟，比2020年的(\d+)分钟缩短(\d+)分钟")
    c.same_val(N(m[1]), tval(g("单车平均通关时长", "实际完成值")), "通关时长", False)
    c.diff_eq("sum_mismatch", N(m[3]), N(m[2]), N(m[1]), "通关时长缩短", False)
    c.same_val(N(c.one(r"满意度为([\d.]+)%")[1]), tval(g("边民及互市商户满意度", "实际完成值")), "满意度", False)
    m = c.one(r"综合得分([\d.]+)分，评价等级为(\S)。")
    c.same_val(N(m[1]), N(tot["得分"]), "total text/table", False)
    c.grade(m[2], N(m[1]), "grade")


def chk_yn(c):
    """yn-menglian-mengahushi-2023"""
    c.year_is(c.one(r"\n(\d{4})年度孟连（勐阿）口岸")[1], "title year")
    m = c.one(r"(\d{4})年项目年初预算(\d+)万元，年度内未作调整，全年预算为([\d.]+)万元。其中：中央边境地区转移支付资金(\d+)万元"
              r"（(\d{4})年12月提前下达），省级补助(\d+)万元，县级配套(\d+)万元")
    c.year_is(m[1], "budget year")
    ini, ann = N(m[2]), N(m[3])
    if not same(ini, ann):
        c.fail("rate_mismatch", "未作调整 but 年初 != 全年")
    if int(m[5]) not in (c.year - 1, c.year):
        c.fail("year_mismatch", "advance issue year")
    c.sum_eq("sum_mismatch", ann, [N(m[4]), N(m[6]), N(m[7])], "sources")
    m = c.one(r"全年支出([\d.]+)万元，执行率([\d.]+)%。具体为：互市点监管设施运行维护([\d.]+)万元，边民互市结算服务补助([\d.]+)万元，"
              r"落地加工引导奖补([\d.]+)万元，业务培训及宣传([\d.]+)万元。项目结余([\d.]+)万元，已于(\d{4})年")
    spent, rate = N(m[1]), N(m[2])
    c.rate("rate_mismatch", rate, spent, ann, "执行率")
    c.sum_eq("sum_mismatch", spent, [N(m[3]), N(m[4]), N(m[5]), N(m[6])], "支出 by use")
    settle = N(m[4])
    c.diff_eq("balance_mismatch", N(m[7]), ann, spent, "结余")
    if int(m[8]) < c.year:
        c.fail("year_mismatch", "refund year before the budget year")

    rows, _ = table(c.text, "一级指标 |", "|")
    ind = [r for r in rows if r["二级指标"] != "小计" and r["一级指标"] != "合计"]
    for r in ind:
        indicator(c, r["三级指标"], r["年度指标值"], r["实际完成值"], r["分值"], r["得分"], r["完成率"])
    sub = {r["一级指标"]: r for r in rows if r["二级指标"] == "小计"}
    tot = [r for r in rows if r["一级指标"] == "合计"][0]
    top = []
    for lvl in ("预算执行", "产出指标", "效益指标", "满意度指标"):
        members = [r for r in ind if r["一级指标"] == lvl]
        if lvl in sub:
            c.sum_eq("weight_sum_mismatch", N(sub[lvl]["分值"]), [N(r["分值"]) for r in members], f"{lvl} weights", False)
            c.sum_eq("score_sum_mismatch", N(sub[lvl]["得分"]), [N(r["得分"]) for r in members], f"{lvl} scores", False)
            if N(sub[lvl]["得分"]).v > N(sub[lvl]["分值"]).v:
                c.fail("score_exceeds_weight", f"{lvl} subtotal")
            top.append(sub[lvl])
        else:
            top.extend(members)
    c.sum_eq("weight_sum_mismatch", N(tot["分值"]), [N(r["分值"]) for r in top], "Σ 分值", False)
    if N(tot["分值"]).v != 100:
        c.fail("weight_sum_mismatch", "合计分值 != 100")
    c.sum_eq("score_sum_mismatch", N(tot["得分"]), [N(r["得分"]) for r in top], "Σ 得分", False)
    g = lambda name, col: cell(ind, "三级指标", col, name)
    c.same_val(N(g("项目资金执行率", "实际完成值").rstrip("%")), rate, "执行率 text/table", False)
    # deviation note 超出目标27.6%
    over = N(c.one(r"超出目标([\d.]+)%")[1])
    T, A = tval(g("互市贸易额", "年度指标值")), tval(g("互市贸易额", "实际完成值"))
    if not near((A.v - T.v) / T.v * HUNDRED, over):
        c.fail("completion_mismatch", "超出目标 %")
    m = c.one(r"全年受理互市申报单不少于(\d+)万份，备案边民不少于(\d+)人，申报单据差错率控制在(\d+)%以内，互市商品平均放行时间不超过(\d+)小时；"
              r"互市贸易额达到(\d+)亿元以上，引进互市商品落地加工企业(\d+)家，参与互市边民户均增收(\d+)元以上，边民满意度不低于(\d+)%")
    for val, name in zip(m.groups(), ["互市申报单受理量", "备案边民人数", "申报单据差错率", "互市商品平均放行时间",
                                      "互市贸易额", "互市商品落地加工企业", "参与互市边民户均增收", "边民满意度"]):
        c.same_val(N(val), tval(g(name, "年度指标值")), f"goal {name}", False)
    m = c.one(r"共受理申报单([\d.]+)万份，其中勐阿([\d.]+)万份、芒信([\d.]+)万份、富岩([\d.]+)万份，平均每个互市点([\d.]+)万份")
    forms = N(m[1])
    c.sum_eq("sum_mismatch", forms, [N(m[2]), N(m[3]), N(m[4])], "申报单 by point", False)
    c.mean(N(m[5]), [N(m[2]), N(m[3]), N(m[4])], "平均每个互市点")
    c.same_val(forms, tval(g("互市申报单受理量", "实际完成值")), "申报单 text/table", False)
    c.same_val(N(c.one(r"全县备案边民(\d+)人")[1]), tval(g("备案边民人数", "实际完成值")), "备案边民", False)
    c.same_val(N(c.one(r"申报单据差错率([\d.]+)%，")[1]), tval(g("申报单据差错率", "实际完成值")), "差错率", False)
    c.same_val(N(c.one(r"平均放行时间([\d.]+)小时")[1]), tval(g("互市商品平均放行时间", "实际完成值")), "放行时间", False)
    m = c.one(r"结算服务补助折合每份单据([\d.]+)(元|万元)")
    per = money(m[1], m[2])
    c.per_unit(per, settle, N(forms.s, D(10000)), "结算服务补助/申报单")
    c.same_val(per, tmoney(g("单份申报单结算服务补助", "实际完成值")), "每份补助 text/table")
    m = c.one(r"全年互市贸易额([\d.]+)亿元，比2022年的([\d.]+)亿元增长([\d.]+)%")
    c.same_val(N(m[1]), tval(g("互市贸易额", "实际完成值")), "贸易额", False)
    c.growth(N(m[3]), N(m[1]), N(m[2]), "贸易额增长")
    c.same_val(N(c.one(r"落地加工企业投产(\d+)家")[1]), tval(g("互市商品落地加工企业", "实际完成值")), "加工企业", False)
    c.same_val(N(c.one(r"边民户均增收(\d+)元，")[1]), tval(g("参与互市边民户均增收", "实际完成值")), "户均增收", False)
    c.same_val(N(c.one(r"正常运行率([\d.]+)%")[1]), tval(g("互市监管系统正常运行率", "实际完成值")), "运行率", False)
    c.same_val(N(c.one(r"综合满意度([\d.]+)%")[1]), tval(g("边民满意度", "实际完成值")), "满意度", False)
    m = c.one(r"综合自评得分([\d.]+)分，评价等级为(\S)。")
    c.same_val(N(m[1]), N(tot["得分"]), "total text/table", False)
    c.grade(m[2], N(m[1]), "grade")


def chk_xj(c):
    """xj-jimunai-hushi-2019"""
    c.year_is(c.one(r"\n(\d{4})年吉木乃口岸边民互市")[1], "title year")
    frows, fh = table(c.text, "项目\t行次", "\t")
    F = {r["项目"]: r for r in frows}
    cols = fh[2:]
    srccols = fh[3:]
    for key in ("全年预算数", "实际到位数", "实际支出数", "资金结余"):
        c.sum_eq("sum_mismatch", N(F[key]["合计"]), [N(F[key][k]) for k in srccols], f"{key} 合计")
    for k in cols:
        b, rc, sp = N(F["全年预算数"][k]), N(F["实际到位数"][k]), N(F["实际支出数"][k])
        c.diff_eq("balance_mismatch", N(F["资金结余"][k]), rc, sp, f"结余 {k}")
        c.rate("rate_mismatch", N(F["到位率(%)"][k]), rc, b, f"到位率 {k}")
        c.rate("rate_mismatch", N(F["执行率(%)"][k]), sp, b, f"执行率 {k}")
    m = c.one(r"(\d{4})年该项目全年预算([\d.]+)万元")
    c.year_is(m[1], "budget year")
    c.same_val(N(m[2]), N(F["全年预算数"]["合计"]), "全年预算 text/table")
    c.year_is(c.one(r"截至(\d{4})年12月31日已全部到位")[1], "截至 date")
    if not same(N(F["实际到位数"]["合计"]), N(F["全年预算数"]["合计"])):
        c.fail("rate_mismatch", "全部到位 but 到位 != 预算")
    m = c.one(r"全年实际支出([\d.]+)万元，其中：运营补助([\d.]+)万元，查验设备购置及维护([\d.]+)万元，申报系统及网络租赁([\d.]+)万元，"
              r"培训宣传([\d.]+)万元，边民互市服务站运行([\d.]+)万元")
    spent = N(m[1])
    c.same_val(spent, N(F["实际支出数"]["合计"]), "支出 text/table")
    c.sum_eq("sum_mismatch", spent, [N(m[i]) for i in range(2, 7)], "支出 by use")
    subsidy = N(m[2])
    y = c.one(r"（(\d{4})年上半年）支付")[1]
    if int(y) < c.year:
        c.fail("year_mismatch", "payment before the year")

    rows, _ = table(c.text, "一级指标\t", "\t")
    ind = [r for r in rows if r["一级指标"] != "合计"]
    for r in ind:
        indicator(c, r["三级指标"], r["目标值"], r["业绩值"], r["分值"], r["指标得分"], r["完成率"])
    tot = [r for r in rows if r["一级指标"] == "合计"][0]
    c.sum_eq("weight_sum_mismatch", N(tot["分值"]), [N(r["分值"]) for r in ind], "Σ 分值", False)
    if N(tot["分值"]).v != 100:
        c.fail("weight_sum_mismatch", "合计分值 != 100")
    c.sum_eq("score_sum_mismatch", N(tot["指标得分"]), [N(r["指标得分"]) for r in ind], "Σ 得分", False)
    g = lambda name, col: cell(ind, "三级指标", col, name)
    c.same_val(N(g("项目资金执行率", "业绩值").rstrip("%")), N(F["执行率(%)"]["合计"]), "执行率 table1/table2", False)
    c.same_val(subsidy, tmoney(g("互市贸易区运营补助", "业绩值")), "运营补助 text/table")
    m = c.one(r"互市贸易区入驻商户不少于(\d+)户，举办业务培训(\d+)期以上，受理边民互市申报单([\d.]+)万票以上，查验设备完好率(\d+)%以上，"
              r"单车平均通关时间不超过(\d+)分钟；实现互市贸易额([\d.]+)亿元以上，参与互市边民([\d.]+)万人次以上，互市业务全年不间断运行，"
              r"边民满意度达到(\d+)%")
    for val, name in zip(m.groups(), ["互市贸易区入驻商户", "边民互市业务培训", "边民互市申报单", "查验设备完好率",
                                      "单车平均通关时间", "互市贸易额", "参与互市边民人次", "边民满意度"]):
        c.same_val(N(val), tval(g(name, "目标值")), f"goal {name}", False)
    c.same_val(N(c.one(r"年末在营商户达到(\d+)户")[1]), tval(g("互市贸易区入驻商户", "业绩值")), "商户", False)
    c.same_val(N(c.one(r"操作培训(\d+)期")[1]), tval(g("边民互市业务培训", "业绩值")), "培训期数", False)
    c.same_val(N(c.one(r"年检完好率为(\d+)%")[1]), tval(g("查验设备完好率", "业绩值")), "完好率", False)
    m = c.one(r"单车平均通关时间(\d+)分钟，较目标缩短(\d+)分钟")
    c.same_val(N(m[1]), tval(g("单车平均通关时间", "业绩值")), "通关时间", False)
    c.diff_eq("sum_mismatch", N(m[2]), tval(g("单车平均通关时间", "目标值")), N(m[1]), "缩短分钟", False)
    m = c.one(r"全年受理申报单([\d.]+)万票，完成目标的(\d+)%")
    tickets = N(m[1])
    c.same_val(tickets, tval(g("边民互市申报单", "业绩值")), "申报单", False)
    if not near(tickets.v / tval(g("边民互市申报单", "目标值")).v * HUNDRED, N(m[2])):
        c.fail("completion_mismatch", "申报单 completion (text)")
    m = c.one(r"全年互市贸易额([\d.]+)亿元，较2018年的([\d.]+)亿元增长([\d.]+)%，平均每票货值(\d+)(元|万元)")
    trade = N(m[1])
    c.same_val(trade, tval(g("互市贸易额", "业绩值")), "贸易额", False)
    c.growth(N(m[3]), trade, N(m[2]), "贸易额增长")
    # 亿元 / 万票 -> 万元 per ticket: (trade*10^4 万元) / (tickets*10^4 票)
    c.per_unit(money(m[4], m[5]), money(m[1], "亿元"), N(tickets.s, D(10000)), "每票货值")
    c.same_val(N(c.one(r"参与互市的边民达([\d.]+)万人次")[1]), tval(g("参与互市边民人次", "业绩值")), "人次", False)
    c.same_val(N(c.one(r"满意度为(\d+)%")[1]), tval(g("边民满意度", "业绩值")), "满意度", False)
    m = c.one(r"项目总得分([\d.]+)分，评价等级为(\S\S)")
    c.same_val(N(m[1]), N(tot["指标得分"]), "total text/table", False)
    c.grade(m[2], N(m[1]), "grade")


def chk_nm(c):
    """nm-dongwu-zhuengadabuqi-2024"""
    c.year_is(c.one(r"通关便利化专项(\d{4})年度绩效自评报告")[1], "title year")
    m = c.one(r"项目年初预算(\d+)万元。年中追加(\d+)万元，其中自治区口岸发展资金(\d+)万元、贸易区入驻企业自筹(\d+)万元，"
              r"调整后全年预算(\d+)万元。全年执行([\d.]+)万元，执行率([\d.]+)%。其中当年财政拨款执行率([\d.]+)%，"
              r"上年结转资金全部支出，企业自筹资金执行率(\d+)%")
    ini, add, ann, spent, rate = N(m[1]), N(m[2]), N(m[5]), N(m[6]), N(m[7])
    c.sum_eq("sum_mismatch", ann, [ini, add], "年初 + 追加")
    c.sum_eq("sum_mismatch", add, [N(m[3]), N(m[4])], "追加 components")
    c.rate("rate_mismatch", rate, spent, ann, "执行率")
    rows, _ = table(c.text, "资金来源｜", "｜")
    F = {r["资金来源"]: r for r in rows}
    tot, fis, cf, oth = F["年度资金总额"], F["其中：当年财政拨款"], F["上年结转资金"], F["其他资金"]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        c.sum_eq("sum_mismatch", N(tot[col]), [N(fis[col]), N(cf[col]), N(oth[col])], f"funds {col}")
    c.rate("rate_mismatch", N(tot["执行率"].rstrip("%")), N(tot["全年执行数"]), N(tot["全年预算数"]), "table 执行率")
    c.same_val(ini, N(tot["年初预算数"]), "年初 text/table")
    c.same_val(ann, N(tot["全年预算数"]), "全年 text/table")
    c.same_val(spent, N(tot["全年执行数"]), "执行 text/table")
    c.same_val(rate, N(tot["执行率"].rstrip("%")), "执行率 text/table", False)
    c.same_val(N(m[4]), N(oth["全年预算数"]), "自筹 text/table")
    c.rate("rate_mismatch", N(m[8]), N(fis["全年执行数"]), N(fis["全年预算数"]), "当年财政拨款执行率")
    if not same(N(cf["全年执行数"]), N(cf["全年预算数"])):
        c.fail("rate_mismatch", "上年结转全部支出 but 执行 != 预算")
    c.rate("rate_mismatch", N(m[9]), N(oth["全年执行数"]), N(oth["全年预算数"]), "自筹执行率")
    exec_w, exec_s = N(tot["分值"]), N(tot["得分"])
    if not near(exec_w.v * min(N(tot["执行率"].rstrip("%")).v, HUNDRED) / HUNDRED, exec_s) and \
            not near(exec_w.v * min(N(tot["全年执行数"]).v / N(tot["全年预算数"]).v, D(1)), exec_s):
        c.warn("execution score rule")
    m2 = c.one(r"贸易区运营维护([\d.]+)万元，查验通道智能化改造([\d.]+)万元，申报服务外包([\d.]+)万元，培训宣传([\d.]+)万元")
    c.sum_eq("sum_mismatch", spent, [N(m2[i]) for i in range(1, 5)], "支出结构")
    outsourcing = N(m2[3])
    m = c.one(r"未执行的([\d.]+)万元中，财政资金([\d.]+)万元经旗财政局批准结转(\d{4})年，用于支付第4条查验通道的设备款；企业自筹资金(\d+)万元")
    c.diff_eq("balance_mismatch", N(m[1]), ann, spent, "未执行")
    c.diff_eq("balance_mismatch", N(m[2]), N(fis["全年预算数"]), N(fis["全年执行数"]), "财政资金未执行")
    c.diff_eq("balance_mismatch", N(m[4]), N(oth["全年预算数"]), N(oth["全年执行数"]), "自筹未执行")
    c.sum_eq("sum_mismatch", N(m[1]), [N(m[2]), N(m[4])], "未执行 components")
    c.year_after(m[3], "carry-over year")

    irows, _ = table(c.text, "一级指标｜", "｜")
    ind = [r for r in irows if r["一级指标"] != "总分"]
    total = [r for r in irows if r["一级指标"] == "总分"][0]
    for r in ind:
        sign = {"≥": "≥", "≤": "≤", "=": ""}[r["指标性质"]]
        indicator(c, r["三级指标"], sign + r["年度指标值"] + r["度量单位"], r["实际完成值"] + r["度量单位"],
                  r["分值"], r["得分"])
    c.sum_eq("weight_sum_mismatch", N(total["分值"]), [exec_w] + [N(r["分值"]) for r in ind], "Σ 分值", False)
    if N(total["分值"]).v != 100:
        c.fail("weight_sum_mismatch", "总分 != 100")
    c.sum_eq("score_sum_mismatch", N(total["得分"]), [exec_s] + [N(r["得分"]) for r in ind], "Σ 得分", False)
    g = lambda name, col: cell(ind, "三级指标", col, name)
    m = c.one(r"完成查验通道智能化改造(\d+)条；处理互市申报单([\d.]+)万单以上；互市商品抽检合格率不低于(\d+)%；进口互市商品平均查验放行时间不超过(\d+)小时；"
              r"单票申报综合服务成本不超过(\d+)元；实现互市贸易进口额([\d.]+)亿元以上；参与互市贸易的边民户数不少于(\d+)户；"
              r"互市贸易区全年开放不少于(\d+)天；边民和落地加工企业满意度达到(\d+)%以上")
    for val, name in zip(m.groups(), ["查验通道智能化改造", "互市申报单处理量", "互市商品抽检合格率", "进口互市商品平均查验放行时间",
                                      "单票申报综合服务成本", "互市贸易进口额", "参与互市贸易边民户数", "互市贸易区年开放天数",
                                      "边民和落地加工企业满意度"]):
        c.same_val(N(val), N(g(name, "年度指标值")), f"goal {name}", False)
    c.same_val(N(c.one(r"完成查验通道智能化改造(\d+)条，第4条")[1]), N(g("查验通道智能化改造", "实际完成值")), "通道", False)
    m = c.one(r"全年处理互市申报单([\d.]+)万单，完成目标的([\d.]+)%")
    forms = N(m[1])
    c.same_val(forms, N(g("互市申报单处理量", "实际完成值")), "申报单", False)
    if not near(forms.v / N(g("互市申报单处理量", "年度指标值")).v * HUNDRED, N(m[2])):
        c.fail("completion_mismatch", "申报单 completion (text)")
    c.same_val(N(c.one(r"互市商品抽检合格率([\d.]+)%；")[1]), N(g("互市商品抽检合格率", "实际完成值")), "合格率", False)
    m = c.one(r"平均查验放行时间([\d.]+)小时，较上年的([\d.]+)小时缩短([\d.]+)小时")
    c.same_val(N(m[1]), N(g("进口互市商品平均查验放行时间", "实际完成值")), "放行", False)
    c.diff_eq("sum_mismatch", N(m[3]), N(m[2]), N(m[1]), "放行时间缩短", False)
    m = c.one(r"申报服务外包费用折合每单([\d.]+)(元|万元)")
    per = money(m[1], m[2])
    c.per_unit(per, outsourcing, N(forms.s, D(10000)), "外包费/申报单")
    c.same_val(per, money(g("单票申报综合服务成本", "实际完成值"), "元"), "单票成本 text/table")
    m = c.one(r"全年互市贸易进口额([\d.]+)亿元，较2023年的([\d.]+)亿元增长([\d.]+)%")
    c.same_val(N(m[1]), N(g("互市贸易进口额", "实际完成值")), "进口额", False)
    c.growth(N(m[3]), N(m[1]), N(m[2]), "进口额增长")
    m = c.one(r"参与互市贸易的边民(\d+)户，比目标少(\d+)户")
    c.same_val(N(m[1]), N(g("参与互市贸易边民户数", "实际完成值")), "户数", False)
    c.diff_eq("sum_mismatch", N(m[2]), N(g("参与互市贸易边民户数", "年度指标值")), N(m[1]), "比目标少", False)
    c.same_val(N(c.one(r"贸易区全年开放(\d+)天")[1]), N(g("互市贸易区年开放天数", "实际完成值")), "开放天数", False)
    c.same_val(N(c.one(r"开展问卷调查，满意度([\d.]+)%")[1]), N(g("边民和落地加工企业满意度", "实际完成值")), "满意度", False)
    m = c.one(r"产出指标满分(\d+)分，得分([\d.]+)分；效益指标满分(\d+)分，得分([\d.]+)分；满意度指标得分(\d+)分；预算执行得分([\d.]+)分。"
              r"总得分([\d.]+)分，评价等级为(\S)。")
    for lvl, wi, si in (("产出指标", 1, 2), ("效益指标", 3, 4)):
        members = [r for r in ind if r["一级指标"] == lvl]
        c.sum_eq("weight_sum_mismatch", N(m[wi]), [N(r["分值"]) for r in members], f"{lvl} weights", False)
        c.sum_eq("score_sum_mismatch", N(m[si]), [N(r["得分"]) for r in members], f"{lvl} scores", False)
    sat = [r for r in ind if r["一级指标"] == "满意度指标"]
    c.sum_eq("score_sum_mismatch", N(m[5]), [N(r["得分"]) for r in sat], "满意度 score", False)
    c.same_val(N(m[6]), exec_s, "预算执行得分 text/table", False)
    c.sum_eq("score_sum_mismatch", N(m[7]), [N(m[2]), N(m[4]), N(m[5]), N(m[6])], "total of text subtotals", False)
    c.same_val(N(m[7]), N(total["得分"]), "total text/table", False)
    c.grade(m[8], N(m[7]), "grade")


def chk_xz(c):
    """xz-yadong-shangwu-bumen-2018"""
    c.year_is(c.one(r"^亚东县商务局\n(\d{4})年度部门整体")[1], "title year")
    m = c.one(r"(\d{4})年部门年初预算([\d.]+)万元，年中追加([\d.]+)万元，全年预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    c.year_is(m[1], "budget year")
    ini, add, ann, basic, proj = [N(m[i]) for i in range(2, 7)]
    c.sum_eq("sum_mismatch", ann, [ini, add], "年初 + 追加")
    c.sum_eq("sum_mismatch", ann, [basic, proj], "基本 + 项目")
    if int(c.one(r"由自治区于(\d{4})年12月提前下达")[1]) not in (c.year - 1, c.year):
        c.fail("year_mismatch", "advance year")
    m = c.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出全部执行，项目支出全年支出([\d.]+)万元，执行率([\d.]+)%。年末结余([\d.]+)万元")
    spent, rate, pspent, prate, bal = [N(m[i]) for i in range(1, 6)]
    c.rate("rate_mismatch", rate, spent, ann, "部门执行率")
    c.sum_eq("sum_mismatch", spent, [basic, pspent], "支出 = 基本(全部执行) + 项目")
    c.rate("rate_mismatch", prate, pspent, proj, "项目支出执行率")
    c.diff_eq("balance_mismatch", bal, ann, spent, "结余 = 全年预算 - 支出")
    c.diff_eq("balance_mismatch", bal, proj, pspent, "结余 = 项目预算 - 项目支出 (基本全部执行)")
    c.year_after(c.one(r"已按规定结转(\d{4})年继续使用")[1], "carry-over year")
    m = c.one(r"预算分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分，平均自评得分([\d.]+)分")
    budgets = [N(m[i]) for i in (1, 2, 3)]
    scores = [N(m[i]) for i in (4, 5, 6)]
    c.sum_eq("sum_mismatch", proj, budgets, "three projects = 项目支出")
    c.mean(N(m[7]), scores, "平均自评得分")
    m = c.one(r"按每户(\d+)(元)的标准发放，共补贴(\d+)户")
    per_hh, households = money(m[1], m[2]), N(m[3])
    c.rel("sum_mismatch", lambda x: near(x[1].v * x[2].v, x[0]), [budgets[1], per_hh, households],
          "户数 x 标准 = 补贴项目预算", (0, 1))
    m = c.one(r"部门整体支出绩效得分([\d.]+)分，评价等级为(\S)。")
    dtotal, dgrade = N(m[1]), m[2]

    prow, _ = table(c.text, "项目名称｜", "｜")
    P = [r for r in prow if r["项目名称"] != "合计"]
    PT = [r for r in prow if r["项目名称"] == "合计"][0]
    for i, r in enumerate(P):
        b, e = N(r["全年预算数"]), N(r["全年执行数"])
        c.rate("rate_mismatch", N(r["执行率"].rstrip("%")), e, b, f"{r['项目名称']} 执行率")
        c.same_val(b, budgets[i], f"{r['项目名称']} budget text/table")
        c.same_val(N(r["自评得分"]), scores[i], f"{r['项目名称']} score text/table", False)
        if N(r["自评得分"]).v > HUNDRED:
            c.fail("score_exceeds_weight", "project score above 100")
        c.grade(r["等级"], N(r["自评得分"]), f"{r['项目名称']} grade")
    c.sum_eq("sum_mismatch", N(PT["全年预算数"]), [N(r["全年预算数"]) for r in P], "表1 预算合计")
    c.sum_eq("sum_mismatch", N(PT["全年执行数"]), [N(r["全年执行数"]) for r in P], "表1 执行合计")
    c.rate("rate_mismatch", N(PT["执行率"].rstrip("%")), N(PT["全年执行数"]), N(PT["全年预算数"]), "表1 合计执行率")
    c.same_val(N(PT["全年预算数"]), proj, "项目支出 text/table")
    c.same_val(N(PT["全年执行数"]), pspent, "项目支出执行 text/table")
    c.same_val(N(PT["执行率"].rstrip("%")), prate, "项目执行率 text/table", False)

    rows, _ = table(c.text, "一级指标｜", "｜")
    ind = [r for r in rows if not r["一级指标"].endswith("小计") and r["一级指标"] != "合计"]
    sub = {r["一级指标"][:-2]: r for r in rows if r["一级指标"].endswith("小计")}
    tot = [r for r in rows if r["一级指标"] == "合计"][0]
    for r in ind:
        indicator(c, r["三级指标"], r["年度指标值"], r["实际完成值"], r["分值"], r["得分"])
    top = []
    for lvl in ("预算执行", "产出指标", "效益指标", "满意度指标"):
        members = [r for r in ind if r["一级指标"] == lvl]
        if lvl in sub:
            c.sum_eq("weight_sum_mismatch", N(sub[lvl]["分值"]), [N(r["分值"]) for r in members], f"{lvl} weights", False)
            c.sum_eq("score_sum_mismatch", N(sub[lvl]["得分"]), [N(r["得分"]) for r in members], f"{lvl} scores", False)
            if N(sub[lvl]["得分"]).v > N(sub[lvl]["分值"]).v:
                c.fail("score_exceeds_weight", f"{lvl} subtotal")
            top.append(sub[lvl])
        else:
            top.extend(members)
    c.sum_eq("weight_sum_mismatch", N(tot["分值"]), [N(r["分值"]) for r in top], "Σ 分值", False)
    if N(tot["分值"]).v != 100:
        c.fail("weight_sum_mismatch", "合计分值 != 100")
    c.sum_eq("score_sum_mismatch", N(tot["得分"]), [N(r["得分"]) for r in top], "Σ 得分", False)
    m = c.one(r"按预算执行(\d+)分、产出(\d+)分、效益(\d+)分、满意度(\d+)分设置")
    wts = [N(m[i]) for i in range(1, 5)]
    c.sum_eq("weight_sum_mismatch", N("100"), wts, "text weights = 100", False)
    for wv, r in zip(wts, top):
        c.same_val(wv, N(r["分值"]), f"text weight vs table {r['一级指标']}", False)
    c.same_val(dtotal, N(tot["得分"]), "total text/table", False)
    c.grade(dgrade, dtotal, "grade")
    g = lambda name, col: cell(ind, "三级指标", col, name)
    c.same_val(N(g("部门预算执行率", "实际完成值").rstrip("%")), rate, "执行率 text/table", False)
    c.same_val(tmoney(g("边贸市场运营维护支出", "实际完成值")), N(P[0]["全年执行数"]), "运营维护支出 表2/表1")
    c.same_val(tmoney(g("边贸市场运营维护支出", "年度指标值")), N(P[0]["全年预算数"]), "运营维护预算 表2/表1")
    c.same_val(households, tval(g("享受互市补贴边民户数", "实际完成值")), "补贴户数", False)
    m = c.one(r"全年开市(\d+)天，边贸成交额(\d+)万元，比2017年的(\d+)万元增长([\d.]+)%，接近(\d+)亿元")
    c.same_val(N(m[1]), tval(g("仁青岗边贸市场开市天数", "实际完成值")), "开市天数", False)
    c.same_val(money(m[2], "万元"), tmoney(g("边贸市场成交额", "实际完成值")), "成交额")
    c.growth(N(m[4]), N(m[2]), N(m[3]), "成交额增长")
    approx = money(m[5], "亿元")
    if not (approx.v - approx.t <= N(m[2]).v <= approx.v):
        c.fail("conflicting_values", "接近1亿元")
    c.same_val(N(c.one(r"边民户均增收(\d+)元，")[1]), tval(g("参与边贸边民户均增收", "实际完成值")), "户均增收", False)
    c.rate_range(N(c.one(r"专项问卷，满意率([\d.]+)%")[1]), "经营户满意率")
    c.rate_range(tval(g("参与边贸边民满意度", "实际完成值")), "边民满意度")


CHECKS = {
    "gx-longzhou-shuikouhushi-2021": (chk_gx, 2021),
    "yn-menglian-mengahushi-2023": (chk_yn, 2023),
    "xj-jimunai-hushi-2019": (chk_xj, 2019),
    "nm-dongwu-zhuengadabuqi-2024": (chk_nm, 2024),
    "xz-yadong-shangwu-bumen-2018": (chk_xz, 2018),
}


# ----------------------------------------------------------------------------- structure
def diff_region(a, b):
    """Common prefix/suffix trim: returns (start, end_a, end_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


NUMCH = set("0123456789.")


def old_token(clean, s, e):
    """The clean-side figure around the changed region, expanded to number boundaries."""
    while s > 0 and clean[s - 1] in NUMCH:
        s -= 1
    while e < len(clean) and clean[e] in NUMCH:
        e += 1
    return clean[s:e]


def standalone_count(text, tok):
    n = 0
    for m in re.finditer(re.escape(tok), text):
        i, j = m.start(), m.end()
        if tok[0] in NUMCH and i > 0 and text[i - 1] in NUMCH:
            continue
        if tok[-1] in NUMCH and j < len(text) and text[j] in NUMCH:
            continue
        n += 1
    return n


def main():
    sys.path.insert(0, HERE)
    import build  # the edit list (for dup_ok reasons)
    dup_ok = {(e[0], e[1]): e[8] for e in build.EDITS}
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    problems = []
    codes = Counter()
    where = Counter(e[3] for e in build.EDITS)
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    if len(clean_text) != 5 or len(labels) != 35:
        problems.append(f"expected 5 clean drafts and 35 cases, got {len(clean_text)} / {len(labels)}")
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        fn, year = CHECKS[src]
        ctx = Ctx(text, year)
        try:
            fn(ctx)
        except ExtractError as ex:
            problems.append(f"{name}: extraction failed: {ex}")
            continue
        failed = sorted(set(code for code, _ in ctx.fails))
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if ctx.fails:
                problems.append(f"{name}: clean draft fails {ctx.fails}")
            if ctx.warns:
                problems.append(f"{name}: clean draft warnings {ctx.warns}")
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append(f"{name}: length {n}")
            print(f"{name:45s} clean  len={n}  checks passed")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        if exp["severity"] != "error" or code not in CODES13:
            problems.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: label value not found")
            continue
        clean = clean_text[src]
        s, ea, eb = diff_region(clean, text)
        if ea == s and eb == s:
            problems.append(f"{name}: identical to clean")
            continue
        lo, hi = s, max(eb, s + 1)
        if not any(o < hi and o + len(value) > lo for o in occ):
            problems.append(f"{name}: change [{lo},{hi}) does not overlap the label value")
        # the changed figure must occur once in the clean draft (except conflicting_values / given reason)
        n_edit = int(re.search(r"-e(\d)\.txt$", name)[1])
        if code != "conflicting_values" and not dup_ok.get((src, n_edit)):
            tok = old_token(clean, s, ea)
            if tok and any(ch.isdigit() for ch in tok):
                cnt = standalone_count(clean, tok)
                if cnt != 1:
                    problems.append(f"{name}: changed figure {tok!r} occurs {cnt} times in the clean draft")
        if code not in failed:
            problems.append(f"{name}: labelled {code} does not fail; failures {ctx.fails}")
        others = [f for f in ctx.fails if f[0] != code]
        if others:
            problems.append(f"{name}: other error codes fail: {others}")
        wn = f"  warnings: {ctx.warns}" if ctx.warns else ""
        print(f"{name:45s} {code:22s} -> fails {failed}{wn}")
    for c in CODES13:
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} times (< 2)")
    print("codes:", dict(sorted(codes.items())))
    print("where:", dict(where))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
