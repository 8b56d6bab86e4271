#!/usr/bin/env python3
"""Verify the n364 set (standard library only).

1. every label value occurs exactly once in its case; every error case differs from its clean draft in one
   contiguous place that overlaps the label value; every code of errors.md §A (1-13) is used at least twice;
2. redo the arithmetic of every draft with per-project extraction specs. Clean drafts: every check passes
   (including warning-level score-rule checks). Error cases: the labelled code fails and no other error-level
   code fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
UNIT = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
HUNDRED = D(100)


class SpecError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def dec(s):
    s = s.strip().replace(",", "").replace("−", "-").rstrip("%")
    return D(s)


def ndig(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * D(10) ** -ndig(s) + D("1e-9")


def consistent(stated, computed):
    """rules.md §8: a stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d."""
    return abs(D(computed) - dec(stated)) <= tol(stated)


def same(a, b):
    """Two stated figures of the same quantity agree within the looser of their precisions."""
    return abs(dec(a) - dec(b)) <= max(tol(a), tol(b))


def r2(v):
    return D(v).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- context
class X:
    def __init__(self, text):
        self.t = text
        self.out = []   # (code, severity, ok, desc)

    # -- extraction
    def g(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise SpecError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def gall(self, pat, n):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != n:
            raise SpecError(f"pattern {pat!r} matched {len(ms)} times, expected {n}")
        return ms

    def row(self, start, sep):
        lines = [ln for ln in self.t.split("\n") if ln.startswith(start)]
        if len(lines) != 1:
            raise SpecError(f"row {start!r} found {len(lines)} times")
        return [c.strip() for c in re.split(sep, lines[0])]

    def rows(self, starts, sep):
        out = []
        for ln in self.t.split("\n"):
            if any(ln.startswith(s) for s in starts):
                out.append([c.strip() for c in re.split(sep, ln)])
        return out

    # -- recording
    def ok(self, code, cond, desc, sev="error"):
        self.out.append((code, sev, bool(cond), desc))

    def calc(self, code, stated, computed, desc, sev="error"):
        self.ok(code, consistent(stated, computed), f"{desc}: stated {stated}, computed {D(computed):.4f}", sev)

    def eq(self, a, b, desc, code="conflicting_values"):
        self.ok(code, same(a, b), f"{desc}: {a} vs {b}")

    def money(self, code, stated, unit, computed_wan, desc):
        """stated amount (in its unit) against an amount computed in 万元; a 10^4 / 10^8 rescale that fixes it
        is reported as unit_mismatch (errors.md: the most specific explanation wins)."""
        c = D(computed_wan) / UNIT[unit]
        if consistent(stated, c):
            self.ok(code, True, desc)
            return
        for f in (D(10000), D("0.0001"), D(10) ** 8, D(10) ** -8):
            if consistent(stated, c * f) and not consistent(stated, c):
                self.ok("unit_mismatch", False, f"{desc}: {stated}{unit} off by a power of ten")
                return
        self.ok(code, False, f"{desc}: stated {stated}{unit}, computed {c:.4f}{unit}")

    def money_eq(self, a, ua, b, ub, desc):
        self.money("conflicting_values", a, ua, dec(b) * UNIT[ub], desc + f" (other mention {b}{ub})")

    def rate(self, stated, num, den, desc, cap=True):
        """stated rate (string, may be '—') = num/den*100; zero base -> only '0' or a dash tolerated."""
        s = stated.strip()
        if s in ("—", "-", ""):
            return
        den = D(den)
        if den == 0:
            self.ok("implausible_rate", dec(s) == 0, f"{desc}: rate {s} on a zero base")
            return
        self.calc("rate_mismatch", s, D(num) / den * HUNDRED, desc)
        if cap:
            self.ok("implausible_rate", D(0) <= dec(s) <= HUNDRED, f"{desc}: rate {s} outside 0-100%")

    def pct_range(self, stated, desc):
        self.ok("implausible_rate", D(0) <= dec(stated) <= HUNDRED, f"{desc}: {stated}% outside 0-100%")

    def sum(self, total, parts, desc, code="sum_mismatch"):
        self.calc(code, total, sum(dec(p) for p in parts), desc)

    def grade(self, word, total, desc):
        g = GRADE_WORD.get(word)
        self.ok("grade_mismatch", g == grade_of(dec(total)), f"{desc}: grade {word} for total {total}")

    def year_after(self, y, Y, desc):
        self.ok("year_mismatch", int(y) > Y, f"{desc}: carried over to {y}, evaluation year {Y}")

    def year_is(self, y, Y, desc, allow_next=False):
        ok = int(y) == Y or (allow_next and int(y) == Y + 1)
        self.ok("year_mismatch", ok, f"{desc}: year {y}, evaluation year {Y}")


# ---------------------------------------------------------------- indicator tables
VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(-?\d+(?:\.\d+)?)\s*(\S*)$")
DATE = re.compile(r"^(\d{4})年(\d+)月(\d+)日(前|以前)?$")


def parse_val(s):
    s = s.strip()
    m = DATE.match(s)
    if m:
        return ("date", (int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(4) or "")
    m = VAL.match(s)
    if m:
        sign = m.group(1) or ""
        return ("num", sign, m.group(2), m.group(3))
    return ("text", s)


def direction(sign, value):
    if sign in ("≥", "＞", ">="):
        return "gte"
    if sign in ("≤", "＜", "<="):
        return "lte"
    return "eqzero" if dec(value) == 0 else "gte"


RATE_NAME = re.compile(r"(率|满意度)")
NOT_RATE = re.compile(r"(变动率|下降比例|增长)")


def indicators(x, rows, exec_w, exec_s, total_w, total_s, Y):
    """rows: dicts name, w, tgt, act, s, comp (str or None). Checks weights, scores, totals, completion,
    units, plausibility and (warning level) the scoring rule of rules.md §5."""
    ws = [dec(r["w"]) for r in rows] + [dec(exec_w)]
    x.ok("weight_sum_mismatch", sum(ws) == HUNDRED, f"weights sum to {sum(ws)}")
    x.ok("weight_sum_mismatch", dec(total_w) == sum(ws), f"stated total weight {total_w} vs sum {sum(ws)}")
    x.ok("score_exceeds_weight", D(0) <= dec(exec_s) <= dec(exec_w), f"execution score {exec_s} > weight {exec_w}")
    ssum = dec(exec_s)
    for r in rows:
        w, s = dec(r["w"]), dec(r["s"])
        ssum += s
        x.ok("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {r['s']} vs weight {r['w']}")
        t, a = parse_val(r["tgt"]), parse_val(r["act"])
        expected_comp = None
        band = None
        if t[0] == "num":
            if a[0] != "num" or (a[3] != t[3] and not (t[3] == "" and dec(t[2]) == 0)):
                x.ok("unit_mismatch", False, f"{r['name']}: target {r['tgt']} vs actual {r['act']}")
                continue
            x.ok("unit_mismatch", True, r["name"])
            T, A = dec(t[2]), dec(a[2])
            d = direction(t[1], t[2])
            if t[3] == "%" and RATE_NAME.search(r["name"]) and not NOT_RATE.search(r["name"]):
                x.pct_range(a[2], r["name"])
            if d == "gte":
                expected_comp = A / T * HUNDRED if T else None
            elif d == "lte":
                expected_comp = HUNDRED if A <= T else T / A * HUNDRED
            else:
                expected_comp = HUNDRED if A == 0 else D(0)
        elif t[0] == "date":
            if a[0] != "date":
                x.ok("unit_mismatch", False, f"{r['name']}: target {r['tgt']} vs actual {r['act']}")
                continue
            x.ok("unit_mismatch", True, r["name"])
            x.year_is(a[1][0], Y, f"{r['name']} actual date")
            expected_comp = HUNDRED if a[1] <= t[1] else D(0)
        else:
            band = "full" if r["act"] == r["tgt"] else "partly"
        if r.get("comp") not in (None, "—", "-", ""):
            if expected_comp is None:
                raise SpecError(f"completion stated for qualitative row {r['name']}")
            x.calc("completion_mismatch", r["comp"], expected_comp, f"{r['name']} completion")
        # scoring rule (warning level: local rules differ)
        if expected_comp is not None:
            exp = w * min(expected_comp, HUNDRED) / HUNDRED
            x.ok("score_rule_mismatch", consistent(r["s"], exp) or dec(r["s"]) == r2(exp),
                 f"{r['name']}: score {r['s']} vs rule {exp:.4f}", sev="warning")
        else:
            lo, hi = (D("0.8") * w, w) if band == "full" else (D("0.6") * w, D("0.8") * w)
            okb = lo <= s <= hi if band == "full" else lo <= s < hi
            x.ok("score_rule_mismatch", okb, f"{r['name']}: qualitative score {r['s']}", sev="warning")
    x.calc("score_sum_mismatch", total_s, ssum, "sum of row scores vs total")


def exec_score(x, w, s, spent, budget, rate_str):
    r = D(spent) / D(budget)
    exp1 = D(w) * min(r, D(1))
    exp2 = D(w) * min(dec(rate_str) / HUNDRED, D(1))
    x.ok("score_rule_mismatch", dec(s) in (r2(exp1), r2(exp2)), f"execution score {s} vs {exp1:.4f}", sev="warning")


# ---------------------------------------------------------------- project specs
def spec_houma(x):
    Y = 2019
    T = "\t"
    F = {k: x.row(k + T, T) for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
                                      "预算到位率（%）", "预算执行率（%）"]}
    amount_rows = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]
    for k in amount_rows:
        r = F[k]
        x.sum(r[2], [r[3], r[8], r[9]], f"{k}: 总额 = 财政小计 + 结转 + 其他")
        x.sum(r[3], r[4:8], f"{k}: 财政小计 = 中央+省+市+县")
    for c in range(2, 10):
        x.calc("balance_mismatch", F["资金结余"][c], dec(F["实际到位资金"][c]) - dec(F["全年执行资金"][c]),
               f"资金结余 column {c}")
        x.rate(F["预算到位率（%）"][c], dec(F["实际到位资金"][c]), dec(F["全年预算资金"][c]), f"到位率 col {c}")
        x.rate(F["预算执行率（%）"][c], dec(F["全年执行资金"][c]), dec(F["全年预算资金"][c]), f"执行率 col {c}")
    # prose: funds
    m = x.g(r"年初市级预算安排本项目([\d.]+)万元")
    x.eq(m.group(1), F["年初预算资金"][2], "年初预算 text vs table")
    x.eq(m.group(1), F["年初预算资金"][6], "年初市级 text vs table")
    y0 = m.group(1)
    m = x.g(r"资产管理工作补助([\d.]+)万元，全年预算调整为([\d.]+)万元")
    x.sum(m.group(2), [y0, m.group(1)], "年初 + 省级补助 = 全年预算")
    x.eq(m.group(1), F["全年预算资金"][5], "省级补助 text vs table")
    x.eq(m.group(2), F["全年预算资金"][2], "全年预算 text vs table")
    budget = m.group(2)
    m = x.g(r"全年支出([\d.]+)万元，其中清查审计服务费([\d.]+)万元、系统数据清理及接口改造费([\d.]+)万元、"
            r"资产条码标签及盘点终端购置费([\d.]+)万元、培训及资料印刷费([\d.]+)万元，预算执行率([\d.]+)%")
    spent = m.group(1)
    x.sum(spent, [m.group(i) for i in range(2, 6)], "支出明细之和")
    x.eq(spent, F["全年执行资金"][2], "全年支出 text vs table")
    x.rate(m.group(6), dec(spent), dec(budget), "text 执行率")
    audit_paid = m.group(2)
    m = x.g(r"年末结余([\d.]+)万元，其中清查审计合同质保金([\d.]+)万元按合同约定结转至(\d{4})年支付，其余([\d.]+)万元")
    x.calc("balance_mismatch", m.group(1), dec(budget) - dec(spent), "text 结余 = 到位 - 支出")
    x.eq(m.group(1), F["资金结余"][2], "结余 text vs table")
    x.sum(m.group(1), [m.group(2), m.group(4)], "结余 = 质保金 + 其余")
    x.year_after(m.group(3), Y, "质保金结转")
    retention_a = m.group(2)
    # targets in text vs table
    IR = {r[2]: r for r in x.rows(["预算执行\t", "产出指标\t", "效益指标\t", "满意度指标\t"], T)}
    m = x.g(r"清查单位不少于(\d+)家，核对资产卡片不少于([\d.]+)万张，清查审计服务费控制在(\d+)万元以内，"
            r"账实相符率达到(\d+)%以上，被清查单位满意度不低于(\d+)%")
    x.eq(m.group(1), dec(IR["清查单位数"][4].lstrip("≥").rstrip("家")).to_eng_string(), "清查单位目标")
    x.eq(m.group(2), IR["核对资产卡片数"][4].lstrip("≥").rstrip("万张"), "卡片目标")
    x.eq(m.group(3), IR["清查审计服务费"][4].lstrip("≤").rstrip("万元"), "服务费目标")
    x.eq(m.group(4), IR["账实相符率"][4].lstrip("≥").rstrip("%"), "账实相符率目标")
    x.eq(m.group(5), IR["被清查单位满意度"][4].lstrip("≥").rstrip("%"), "满意度目标")
    # outputs
    m = x.g(r"全年完成(\d+)家市直单位的清查（2018年试点清查(\d+)家），较目标多(\d+)家，共核对资产卡片([\d.]+)万张")
    n_units = m.group(1)
    x.eq(n_units, IR["清查单位数"][5].rstrip("家"), "清查单位 text vs table")
    x.calc("sum_mismatch", m.group(3), dec(n_units) - dec(IR["清查单位数"][4].lstrip("≥").rstrip("家")), "较目标多")
    x.eq(m.group(4), IR["核对资产卡片数"][5].rstrip("万张"), "卡片 text vs table")
    m = x.g(r"分别负责行政单位(\d+)家、全额拨款事业单位(\d+)家、差额及自收自支事业单位(\d+)家，平均每组([\d.]+)家")
    x.sum(n_units, [m.group(1), m.group(2), m.group(3)], "三组之和 = 清查单位数")
    x.calc("average_mismatch", m.group(4), (dec(m.group(1)) + dec(m.group(2)) + dec(m.group(3))) / 3, "平均每组")
    m = x.g(r"(\d+)家单位的清查报告均通过")
    x.eq(m.group(1), n_units, "清查报告家数")
    m = x.g(r"清查资产账面原值([\d.]+)万元（约([\d.]+)亿元）")
    x.money("conflicting_values", m.group(2), "亿元", dec(m.group(1)), "账面原值 万元 vs 约亿元")
    m = x.g(r"清查工作于(\d{4})年(\d+)月(\d+)日全部完成")
    x.eq(f"{m.group(1)}{int(m.group(2)):02d}{int(m.group(3)):02d}",
         "".join(f"{int(v):02d}" for v in DATE.match(IR["清查完成时间"][5]).groups()[:3]), "完成日期 text vs table")
    x.year_is(m.group(1), Y, "完成日期")
    # procurement
    m = x.g(r"最高限价([\d.]+)万元，中标价([\d.]+)万元，节约资金([\d.]+)万元，节约率([\d.]+)%，折合每家单位清查费用(\d+)(元|万元)")
    cap, price = m.group(1), m.group(2)
    x.calc("sum_mismatch", m.group(3), dec(cap) - dec(price), "节约 = 限价 - 中标价")
    x.rate(m.group(4), dec(m.group(3)), dec(cap), "节约率")
    x.money("average_mismatch", m.group(5), m.group(6), dec(price) / dec(n_units), "每家单位清查费用")
    x.eq(price, IR["清查审计服务费"][5].rstrip("万元"), "中标价 text vs table")
    x.eq(cap, IR["清查审计服务费"][4].lstrip("≤").rstrip("万元"), "限价 vs 目标")
    inst = x.gall(r"后支付(\d+)%计([\d.]+)万元", 3)
    m4 = x.g(r"剩余(\d+)%计([\d.]+)万元作为质保金")
    for mm in inst + [m4]:
        x.calc("sum_mismatch", mm.group(2), dec(price) * dec(mm.group(1)) / HUNDRED, f"{mm.group(1)}% 分期款")
    x.ok("sum_mismatch", sum(dec(mm.group(1)) for mm in inst + [m4]) == HUNDRED, "分期比例合计100%")
    x.sum(price, [mm.group(2) for mm in inst + [m4]], "分期款合计 = 中标价")
    m = x.g(r"当年实际支付前三期款项合计([\d.]+)万元")
    x.sum(m.group(1), [mm.group(2) for mm in inst], "前三期合计")
    x.eq(m.group(1), audit_paid, "清查审计服务费 支出 vs 已付三期")
    x.eq(m4.group(2), retention_a, "质保金 two mentions")
    # benefits, satisfaction
    m = x.g(r"账实相符率由2018年的([\d.]+)%提高到([\d.]+)%")
    x.pct_range(m.group(1), "上年账实相符率")
    x.pct_range(m.group(2), "账实相符率")
    x.eq(m.group(2), IR["账实相符率"][5].rstrip("%"), "账实相符率 text vs table")
    m = x.g(r"可持续影响指标扣(\d+)分")
    r = IR["资产管理制度完善程度"]
    x.calc("score_sum_mismatch", m.group(1), dec(r[3]) - dec(r[7]), "扣分 = 分值 - 得分")
    m = x.g(r"发放问卷(\d+)份，回收(\d+)份，回收率([\d.]+)%；其中表示满意的(\d+)份，满意度([\d.]+)%")
    x.rate(m.group(3), dec(m.group(2)), dec(m.group(1)), "回收率")
    x.rate(m.group(5), dec(m.group(4)), dec(m.group(2)), "满意度")
    x.eq(m.group(5), IR["被清查单位满意度"][5].rstrip("%"), "满意度 text vs table")
    # indicator table
    ex = IR["预算执行率"]
    x.eq(ex[5].rstrip("%"), F["预算执行率（%）"][2], "执行率 indicator vs funds table")
    x.calc("completion_mismatch", ex[6], dec(ex[5].rstrip("%")), "执行率 completion")
    exec_score(x, ex[3], ex[7], F["全年执行资金"][2], F["全年预算资金"][2], F["预算执行率（%）"][2])
    rows = [dict(name=k, w=r[3], tgt=r[4], act=r[5], comp=r[6], s=r[7]) for k, r in IR.items() if k != "预算执行率"]
    tot = x.row("合计" + T, T)
    indicators(x, rows, ex[3], ex[7], tot[3], tot[-1], Y)
    m = x.g(r"自评总得分([\d.]+)分，属于“(..)”")
    x.eq(m.group(1), tot[-1], "总得分 text vs table", code="score_sum_mismatch")
    x.grade(m.group(2), m.group(1), "text grade")
    m = x.g(r"自评等级\t(\S+)")
    x.grade(m.group(1), tot[-1], "table grade")
    # years
    x.year_is(x.g(r"^侯马市财政局(\d{4})年度").group(1), Y, "title")
    x.year_is(x.g(r"\n(\d{4})年\d+月\d+日\s*$").group(1), Y, "report date", allow_next=True)


def spec_nanzhang(x):
    Y = 2020
    B = "｜"
    FT = x.row("年度资金总额" + B, B)
    F1 = x.row("其中：当年财政拨款" + B, B)
    F2 = x.row("上年结转资金" + B, B)
    F3 = x.row("其他资金" + B, B)
    for c in (1, 2, 3):
        x.sum(FT[c], [F1[c], F2[c], F3[c]], f"funds column {c}")
    for r in (FT, F1, F2, F3):
        x.rate(r[5], dec(r[3]), dec(r[2]), f"{r[0]} 执行率")
    exec_score(x, FT[4], FT[6], FT[3], FT[2], FT[5])
    # prose funds
    m = x.g(r"项目年初预算([\d.]+)万元，全部为县级财政拨款，年内未作调整")
    x.eq(m.group(1), FT[1], "年初预算 text vs table")
    x.eq(FT[1], FT[2], "未作调整 => 年初 = 全年")
    m = x.g(r"系统运维服务费([\d.]+)万元、电子票据签章UKey服务费([\d.]+)万元、政务外网专线租赁费([\d.]+)万元、"
            r"网络安全等级保护测评费([\d.]+)万元")
    x.sum(FT[2], [m.group(i) for i in range(1, 5)], "预算用途之和")
    plan_om = m.group(1)
    m = x.g(r"项目资金([\d.]+)万元全部到位，到位率(\d+)%。全年支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    recv, spent = m.group(1), m.group(3)
    x.eq(recv, FT[2], "到位 vs 全年预算")
    x.rate(m.group(2), dec(recv), dec(FT[2]), "到位率")
    x.eq(spent, FT[3], "支出 text vs table")
    x.rate(m.group(4), dec(spent), dec(FT[2]), "text 执行率")
    x.calc("balance_mismatch", m.group(5), dec(recv) - dec(spent), "结余 = 到位 - 支出")
    m = x.g(r"运维服务采购预算([\d.]+)万元，经竞争性磋商，成交价([\d.]+)万元，节约([\d.]+)万元，节约率([\d.]+)%")
    x.eq(m.group(1), plan_om, "运维采购预算 two mentions")
    price = m.group(2)
    x.calc("sum_mismatch", m.group(3), dec(m.group(1)) - dec(price), "节约")
    x.rate(m.group(4), dec(m.group(3)), dec(m.group(1)), "节约率")
    c = x.g(r"签订运维服务合同，合同金额([\d.]+)万元")
    x.eq(c.group(1), price, "合同金额 vs 成交价")
    m = x.g(r"考核得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分，平均([\d.]+)分")
    x.calc("average_mismatch", m.group(5), sum(dec(m.group(i)) for i in range(1, 5)) / 4, "季度考核平均分")
    m = x.g(r"2020年共支付([\d.]+)万元，为合同价的(\d+)%；其余(\d+)%即([\d.]+)万元作为质保金，待服务期满后经年度考核合格于(\d{4})年")
    x.calc("sum_mismatch", m.group(1), dec(price) * dec(m.group(2)) / HUNDRED, "已付 95%")
    x.calc("sum_mismatch", m.group(4), dec(price) * dec(m.group(3)) / HUNDRED, "质保金 5%")
    x.ok("sum_mismatch", dec(m.group(2)) + dec(m.group(3)) == HUNDRED, "比例合计")
    x.year_after(m.group(5), Y, "质保金支付年度")
    om_paid = m.group(1)
    mq = x.g(r"运维质保金([\d.]+)万元在2020年末尚未到付款期，相应资金按规定结转至(\d{4})年支付")
    x.eq(mq.group(1), m.group(4), "质保金 two mentions")
    x.year_after(mq.group(2), Y, "质保金结转")
    m = x.g(r"全县(\d+)家执收单位每家配置签章UKey一个，每个年服务费(\d+)(元|万元)，合计([\d.]+)万元")
    ukey = m.group(4)
    x.money("sum_mismatch", m.group(2), m.group(3), dec(ukey) / dec(m.group(1)), "UKey 单价 x 数量")
    n_units = m.group(1)
    m = x.g(r"专线月租(\d+)元，全年(\d+)个月共计([\d.]+)万元")
    x.money("sum_mismatch", m.group(3), "万元", dec(m.group(1)) * dec(m.group(2)) / 10000, "专线月租 x 12")
    line = m.group(3)
    m = x.g(r"实际支付测评费([\d.]+)万元")
    x.sum(spent, [om_paid, ukey, line, m.group(1)], "支出明细之和")
    # indicator table
    IR = {r[2]: r for r in x.rows(["产出指标" + B, "效益指标" + B, "满意度指标" + B], B)}
    rows = [dict(name=k, w=r[5], tgt=r[3], act=r[4], comp=None, s=r[6]) for k, r in IR.items()]
    tot = x.row("总分" + B, B)
    indicators(x, rows, FT[4], FT[6], tot[5], tot[6], Y)
    m = x.g(r"预算执行率指标(\d+)分、其他绩效指标(\d+)分")
    x.eq(m.group(1), FT[4], "执行率分值 text vs table", code="weight_sum_mismatch")
    x.calc("weight_sum_mismatch", m.group(2), sum(dec(r["w"]) for r in rows), "其他绩效指标分值合计")
    m = x.g(r"本项目自评得分([\d.]+)分，等级为(.)")
    x.eq(m.group(1), tot[6], "总分 text vs table", code="score_sum_mismatch")
    x.grade(m.group(2), m.group(1), "text grade")
    m = x.g(r"扣分情况：预算执行率([\d.]+)%，得([\d.]+)分，扣([\d.]+)分；执收单位满意度([\d.]+)%，得([\d.]+)分，扣([\d.]+)分")
    x.eq(m.group(1), FT[5].rstrip("%"), "执行率 扣分说明")
    x.eq(m.group(2), FT[6], "执行率得分 扣分说明", code="score_sum_mismatch")
    x.calc("score_sum_mismatch", m.group(3), dec(FT[4]) - dec(m.group(2)), "执行率扣分")
    sat = IR["执收单位满意度"]
    x.eq(m.group(4), sat[4].rstrip("%"), "满意度 扣分说明")
    x.eq(m.group(5), sat[6], "满意度得分 扣分说明", code="score_sum_mismatch")
    x.calc("score_sum_mismatch", m.group(6), dec(sat[5]) - dec(m.group(5)), "满意度扣分")
    x.eq(x.g(r"预算执行率为([\d.]+)%").group(1), FT[5].rstrip("%"), "problems 执行率")
    # outputs in prose vs table
    m = x.g(r"全县(\d+)家执收单位全部接入，全年开具电子票据不少于(\d+)万张，系统可用率不低于([\d.]+)%")
    x.eq(m.group(1), IR["接入执收单位数"][3].lstrip("≥").rstrip("家"), "接入目标")
    x.eq(m.group(2), IR["电子票据开具量"][3].lstrip("≥").rstrip("万张"), "开票目标")
    x.eq(m.group(3), IR["系统可用率"][3].lstrip("≥").rstrip("%"), "可用率目标")
    x.eq(n_units, IR["接入执收单位数"][4].rstrip("家"), "UKey 单位数 vs 接入数")
    m = x.g(r"全县(\d+)家执收单位全部接入系统；全年开具电子票据([\d.]+)万张，比目标多([\d.]+)%")
    x.eq(m.group(1), IR["接入执收单位数"][4].rstrip("家"), "接入数 text vs table")
    x.eq(m.group(2), IR["电子票据开具量"][4].rstrip("万张"), "开票量 text vs table")
    tgt = dec(IR["电子票据开具量"][3].lstrip("≥").rstrip("万张"))
    x.calc("completion_mismatch", m.group(3), (dec(m.group(2)) / tgt - 1) * HUNDRED, "超出目标比例")
    m = x.g(r"系统可用率([\d.]+)%，全年处理故障工单\d+起，平均响应时间([\d.]+)小时")
    x.eq(m.group(1), IR["系统可用率"][4].rstrip("%"), "可用率 text vs table")
    x.pct_range(m.group(1), "可用率")
    x.eq(m.group(2), IR["故障平均响应时间"][4].rstrip("小时"), "响应时间 text vs table")
    m = x.g(r"收缴非税收入([\d.]+)万元（约([\d.]+)亿元，(\d{4})年为([\d.]+)亿元），其中行政事业性收费([\d.]+)万元、"
            r"罚没收入([\d.]+)万元、国有资源（资产）有偿使用收入([\d.]+)万元")
    x.money("conflicting_values", m.group(2), "亿元", dec(m.group(1)), "非税收入 约数")
    x.year_is(m.group(3), Y - 1, "上年非税收入年份")
    x.sum(m.group(1), [m.group(5), m.group(6), m.group(7)], "非税收入构成")
    x.eq(x.g(r"缴费渠道达到(\d+)种").group(1), IR["缴费渠道数量"][4].rstrip("种"), "渠道数")
    m = x.g(r"发放问卷(\d+)份，全部收回，表示满意的(\d+)份，满意度([\d.]+)%，未达到(\d+)%的目标")
    x.rate(m.group(3), dec(m.group(2)), dec(m.group(1)), "执收单位满意度")
    x.eq(m.group(3), sat[4].rstrip("%"), "满意度 text vs table")
    x.eq(m.group(4), sat[3].lstrip("≥").rstrip("%"), "满意度目标")
    x.pct_range(x.g(r"满意率为([\d.]+)%").group(1), "缴费群众满意率")
    # years
    x.year_is(x.g(r"\n(\d{4})年度非税收入收缴管理系统运维项目绩效自评报告").group(1), Y, "title")
    x.year_is(x.g(r"项目支出绩效自评表（(\d{4})年度）").group(1), Y, "table header")
    x.year_is(x.g(r"关于开展(\d{4})年度项目支出绩效自评工作").group(1), Y, "notice")
    x.year_is(x.g(r"\n(\d{4})年\d+月\d+日\s*$").group(1), Y, "report date", allow_next=True)


def spec_jianning(x):
    Y = 2022
    B = r"\s*\|\s*"
    FT = x.row("年度资金总额 |", B)
    F1 = x.row("其中：当年财政拨款 |", B)
    F2 = x.row("上年结转资金 |", B)
    F3 = x.row("其他资金 |", B)
    for c in (1, 2, 3):
        x.sum(FT[c], [F1[c], F2[c], F3[c]], f"funds column {c}")
    for r in (FT, F1, F2, F3):
        x.rate(r[5], dec(r[3]), dec(r[2]), f"{r[0]} 执行率")
    exec_score(x, FT[4], FT[6], FT[3], FT[2], FT[5])
    m = x.g(r"其中上年结转资金([\d.]+)万元为一期建设")
    x.eq(m.group(1), F2[2], "上年结转 概况 vs table")
    m = x.g(r"当年县级拨款([\d.]+)万元和上年结转资金([\d.]+)万元均已到位")
    x.eq(m.group(1), F1[2], "当年拨款 text vs table")
    x.eq(m.group(2), F2[2], "上年结转 text vs table")
    m = x.g(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%；其中当年拨款执行([\d.]+)%，上年结转资金执行([\d.]+)%")
    spent = m.group(1)
    x.eq(spent, FT[3], "支出 text vs table")
    x.rate(m.group(2), dec(spent), dec(FT[2]), "text 执行率")
    x.rate(m.group(3), dec(F1[3]), dec(F1[2]), "当年拨款执行率")
    x.rate(m.group(4), dec(F2[3]), dec(F2[2]), "上年结转执行率")
    m = x.g(r"年末未支出([\d.]+)万元，其中升级改造合同质保金([\d.]+)万元结转至(\d{4})年支付，一期项目因验收考核扣减尾款([\d.]+)万元，"
            r"终端采购和测评节余([\d.]+)万元")
    x.calc("balance_mismatch", m.group(1), dec(FT[2]) - dec(FT[3]), "未支出 = 全年预算 - 执行")
    x.sum(m.group(1), [m.group(2), m.group(4), m.group(5)], "未支出构成")
    x.year_after(m.group(3), Y, "质保金结转")
    x.calc("balance_mismatch", m.group(4), dec(F2[2]) - dec(F2[3]), "结转资金未支出")
    x.ok("balance_mismatch", dec(m.group(2)) + dec(m.group(5)) == dec(F1[2]) - dec(F1[3]),
         "当年拨款未支出 = 质保金 + 节余")
    retention_a = m.group(2)
    IR = {r[2]: r for r in x.rows(["产出指标 |", "效益指标 |", "满意度指标 |"], B)}
    m = x.g(r"招标控制价([\d.]+)万元，中标价([\d.]+)万元，节约([\d.]+)万元，节约率([\d.]+)%")
    cap, price = m.group(1), m.group(2)
    x.calc("sum_mismatch", m.group(3), dec(cap) - dec(price), "节约")
    x.rate(m.group(4), dec(m.group(3)), dec(cap), "节约率")
    x.eq(price, IR["升级改造合同金额"][4].rstrip("万元"), "中标价 vs table")
    x.eq(cap, IR["升级改造合同金额"][3].lstrip("≤").rstrip("万元"), "控制价 vs 目标")
    inst = x.gall(r"后支付(\d+)%，即([\d.]+)万元", 3)
    m4 = x.g(r"其余(\d+)%即([\d.]+)万元为质保金")
    for mm in inst + [m4]:
        x.calc("sum_mismatch", mm.group(2), dec(price) * dec(mm.group(1)) / HUNDRED, f"{mm.group(1)}% 分期款")
    x.ok("sum_mismatch", sum(dec(mm.group(1)) for mm in inst + [m4]) == HUNDRED, "分期比例合计")
    x.sum(price, [mm.group(2) for mm in inst + [m4]], "分期款合计")
    x.eq(m4.group(2), retention_a, "质保金 two mentions")
    m = x.g(r"截至(\d{4})年12月31日，已支付前三期共([\d.]+)万元")
    x.year_is(m.group(1), Y, "截至")
    x.sum(m.group(2), [mm.group(2) for mm in inst], "前三期合计")
    paid = m.group(2)
    m = x.g(r"费用([\d.]+)万元；自助查验终端通过政府采购电子卖场购置(\d+)台，单价(\d+)(元|万元)，计([\d.]+)万元")
    x.money("sum_mismatch", m.group(3), m.group(4), dec(m.group(5)) / dec(m.group(2)), "终端单价 x 台数")
    x.eq(m.group(2), IR["自助查验终端布设数"][4].rstrip("台"), "终端台数 text vs table")
    x.sum(F1[3], [paid, m.group(1), m.group(5)], "当年拨款支出构成")
    m = x.g(r"系统于(\d{4})年(\d+)月(\d+)日上线，较计划提前(\d+)天")
    x.ok("conflicting_values", f"{m.group(1)}年{m.group(2)}月{m.group(3)}日" == IR["系统上线时间"][4], "上线日期")
    t = DATE.match(IR["系统上线时间"][3])
    x.calc("sum_mismatch", m.group(4), int(t.group(3)) - int(m.group(3)), "提前天数")
    m = x.g(r"全县执收单位接入不少于(\d+)家；布设自助查验终端(\d+)台；纸质非税票据使用量较上年下降(\d+)%以上；缴款人满意度达到(\d+)%以上")
    x.eq(m.group(1), IR["接入执收单位数"][3].lstrip("≥").rstrip("家"), "接入目标")
    x.eq(m.group(2), IR["自助查验终端布设数"][3].rstrip("台"), "终端目标")
    x.eq(m.group(3), IR["纸质票据使用量下降比例"][3].lstrip("≥").rstrip("%"), "压减目标")
    x.eq(m.group(4), IR["缴款人满意度"][3].lstrip("≥").rstrip("%"), "满意度目标")
    x.eq(x.g(r"非税收入当日缴库率([\d.]+)%").group(1), IR["非税收入当日缴库率"][4].rstrip("%"), "缴库率")
    m = x.g(r"平均时间由上年的(\d+)分钟缩短至(\d+)分钟")
    x.eq(m.group(2), IR["缴款人平均办理时间"][4].rstrip("分钟"), "办理时间")
    m = x.g(r"纸质非税票据使用量由(\d{4})年的([\d.]+)万份降至([\d.]+)万份，下降([\d.]+)%，完成目标值的([\d.]+)%")
    x.year_is(m.group(1), Y - 1, "上年")
    x.calc("rate_mismatch", m.group(4), (dec(m.group(2)) - dec(m.group(3))) / dec(m.group(2)) * HUNDRED, "下降比例")
    x.eq(m.group(4), IR["纸质票据使用量下降比例"][4].rstrip("%"), "下降比例 text vs table")
    tgt = dec(IR["纸质票据使用量下降比例"][3].lstrip("≥").rstrip("%"))
    x.ok("completion_mismatch", consistent(m.group(5), dec(m.group(4)) / tgt * HUNDRED)
         or consistent(m.group(5), (dec(m.group(2)) - dec(m.group(3))) / dec(m.group(2)) * HUNDRED / tgt * HUNDRED),
         f"完成目标值的 {m.group(5)}")
    rows = [dict(name=k, w=r[5], tgt=r[3], act=r[4], comp=None, s=r[6]) for k, r in IR.items()]
    tot = x.row("总分 |", B)
    indicators(x, rows, FT[4], FT[6], tot[5], tot[6], Y)
    m = x.g(r"项目得分([\d.]+)分，评价等级为(.)")
    x.eq(m.group(1), tot[6], "总分 text vs table", code="score_sum_mismatch")
    x.grade(m.group(2), m.group(1), "text grade")
    x.year_is(x.g(r"^建宁县财政局(\d{4})年度").group(1), Y, "title")
    x.year_is(x.g(r"附件：(\d{4})年度项目支出绩效自评表").group(1), Y, "table header")
    x.year_is(x.g(r"于(\d{4})年1月至2月对照").group(1), Y, "evaluation work", allow_next=True)
    x.year_is(x.g(r"2022年9月底前完成系统升级").group(0)[:4], Y, "goal")


def spec_daying(x):
    Y = 2023
    S = r" {2,}"
    FT = x.row("年度资金总额  ", S)
    F1 = x.row("其中：财政资金  ", S)
    others = [x.row(k + "  ", S) for k in ("财政专户管理资金", "单位资金", "其他资金")]
    for c in (1, 2, 3):
        x.sum(FT[c], [F1[c]] + [o[c] for o in others], f"funds column {c}")
    for r in [FT, F1] + others:
        x.rate(r[5], dec(r[3]), dec(r[2]), f"{r[0]} 执行率")
    exec_score(x, FT[4], FT[6], FT[3], FT[2], FT[5])
    m = x.g(r"项目年初预算([\d.]+)万元，全部为县级财政资金。(\d{4})年8月，根据县政府压减一般性支出的要求，调减预算([\d.]+)万元，调整后预算([\d.]+)万元")
    x.eq(m.group(1), FT[1], "年初 text vs table")
    x.year_is(m.group(2), Y, "调减时间")
    x.calc("sum_mismatch", m.group(4), dec(m.group(1)) - dec(m.group(3)), "年初 - 调减 = 调整后")
    x.eq(m.group(4), FT[2], "调整后 text vs table")
    m = x.g(r"调整后预算([\d.]+)万元全部到位。截至(\d{4})年12月31日，项目支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    recv, spent = m.group(1), m.group(3)
    x.eq(recv, FT[2], "到位 vs 调整后预算")
    x.year_is(m.group(2), Y, "截至")
    x.eq(spent, FT[3], "支出 text vs table")
    x.rate(m.group(4), dec(spent), dec(recv), "text 执行率")
    x.calc("balance_mismatch", m.group(5), dec(recv) - dec(spent), "结余 = 到位 - 支出")
    m = x.g(r"招标控制价合计([\d.]+)万元，中标价合计([\d.]+)万元（标段一乡镇([\d.]+)万元、标段二教育系统([\d.]+)万元、"
            r"标段三卫生健康系统([\d.]+)万元），节约([\d.]+)万元，节约率([\d.]+)%，三个标段平均中标价([\d.]+)万元")
    cap, price = m.group(1), m.group(2)
    lots = [m.group(3), m.group(4), m.group(5)]
    x.sum(price, lots, "三个标段之和")
    x.calc("sum_mismatch", m.group(6), dec(cap) - dec(price), "节约")
    x.rate(m.group(7), dec(m.group(6)), dec(cap), "节约率")
    x.calc("average_mismatch", m.group(8), sum(dec(v) for v in lots) / 3, "平均中标价")
    m = x.g(r"审核通过后支付合同价的(\d+)%，计([\d.]+)万元；其余(\d+)%计([\d.]+)万元待(\d{4})年上半年")
    x.calc("sum_mismatch", m.group(2), dec(price) * dec(m.group(1)) / HUNDRED, "90% 款")
    x.calc("sum_mismatch", m.group(4), dec(price) * dec(m.group(3)) / HUNDRED, "10% 尾款")
    x.ok("sum_mismatch", dec(m.group(1)) + dec(m.group(3)) == HUNDRED, "比例合计")
    x.year_after(m.group(5), Y, "尾款支付年度")
    paid = m.group(2)
    a = x.g(r"1\.资产清查核实服务费([\d.]+)万元").group(1)
    x.eq(a, paid, "清查服务费 two mentions")
    om = x.g(r"2\.资产云系统县级节点运维费([\d.]+)万元").group(1)
    m = x.g(r"3\.数据治理及培训费([\d.]+)万元，其中历史数据治理外包服务费([\d.]+)万元、培训费([\d.]+)万元")
    x.sum(m.group(1), [m.group(2), m.group(3)], "数据治理及培训费构成")
    x.sum(spent, [a, om, m.group(1)], "支出明细之和")
    S_ = {r[2]: r for r in x.rows(["产出指标  ", "效益指标  "], S)}
    m = x.g(r"全年完成(\d+)家单位的清查核实，其中乡镇及所属单位(\d+)家、教育系统(\d+)家、卫生健康系统(\d+)家")
    n_units = m.group(1)
    x.sum(n_units, [m.group(2), m.group(3), m.group(4)], "清查单位构成")
    x.eq(n_units, S_["清查核实单位数"][6], "清查单位 text vs table")
    m = x.g(r"1\.数量：完成(\d+)家单位清查核实，超出目标([\d.]+)%；清理资产卡片([\d.]+)万张，完成目标的(\d+)%")
    x.eq(m.group(1), n_units, "清查单位 two mentions")
    x.calc("completion_mismatch", m.group(2), (dec(m.group(1)) / dec(S_["清查核实单位数"][4]) - 1) * HUNDRED, "超出目标")
    x.eq(m.group(3), S_["资产卡片清理数"][6], "卡片 text vs table")
    x.calc("completion_mismatch", m.group(4), dec(m.group(3)) / dec(S_["资产卡片清理数"][4]) * HUNDRED, "卡片完成率")
    m = x.g(r"数据准确率([\d.]+)%（上年为([\d.]+)%）")
    x.eq(m.group(1), S_["资产云系统数据准确率"][6], "准确率 text vs table")
    x.pct_range(m.group(1), "准确率")
    x.pct_range(m.group(2), "上年准确率")
    m = x.g(r"(\d+)份清查报告中(\d+)份一次性通过审核，一次性审核通过率(\d+)%")
    x.eq(m.group(1), n_units, "报告份数")
    x.rate(m.group(3), dec(m.group(2)), dec(m.group(1)), "一次性通过率")
    x.eq(m.group(3), S_["清查报告一次性审核通过率"][6], "通过率 text vs table")
    x.calc("sum_mismatch", x.g(r"(\d+)份报告需退回补正").group(1), dec(m.group(1)) - dec(m.group(2)), "退回份数")
    m = x.g(r"故障平均修复时间([\d.]+)小时，好于不超过(\d+)小时")
    x.eq(m.group(1), S_["系统故障平均修复时间"][6], "修复时间")
    x.eq(m.group(2), S_["系统故障平均修复时间"][4], "修复时间目标")
    m = x.g(r"单家单位清查核实费用(\d+)(元|万元)，低于每家(\d+)元")
    x.money("average_mismatch", m.group(1), m.group(2), dec(price) / dec(n_units), "单家清查费用")
    x.eq(m.group(1), S_["单家清查核实费用"][6], "单家费用 text vs table")
    x.eq(m.group(3), S_["单家清查核实费用"][4], "单家费用标准")
    m = x.g(r"调剂盘活闲置资产价值(\d+)万元（上年为(\d+)万元）")
    x.eq(m.group(1), S_["闲置资产调剂盘活价值"][6], "闲置资产 text vs table")
    m = x.g(r"完成不少于(\d+)家单位的资产清查核实，清理资产卡片不少于([\d.]+)万张，资产云系统数据准确率不低于(\d+)%，"
            r"通过公物仓调剂盘活闲置资产价值不低于(\d+)万元")
    for g_, k in zip(range(1, 5), ["清查核实单位数", "资产卡片清理数", "资产云系统数据准确率", "闲置资产调剂盘活价值"]):
        x.eq(m.group(g_), S_[k][4], f"目标 {k}")
    rows = []
    for k, r in S_.items():
        if r[3] == "定性":
            tgt, act = r[4], r[6]
        else:
            u = r[5]
            sign = {"≥": "≥", "≤": "≤", "=": ""}[r[3]]
            tgt, act = f"{sign}{r[4]}{u}", f"{r[6]}{u}"
        rows.append(dict(name=k, w=r[7], tgt=tgt, act=act, comp=None, s=r[8]))
    tot = x.row("合计  ", S)
    indicators(x, rows, FT[4], FT[6], tot[1], tot[2], Y)
    m = x.g(r"项目自评得分([\d.]+)分，评价等级为“(.)”")
    x.eq(m.group(1), tot[2], "总分 text vs table", code="score_sum_mismatch")
    x.grade(m.group(2), m.group(1), "text grade")
    x.year_is(x.g(r"\n(\d{4})年度行政事业性国有资产管理信息系统运维").group(1), Y, "title")
    x.year_is(x.g(r"（(\d{4})年度）").group(1), Y, "table header")
    x.year_is(x.g(r"\n(\d{4})年\d+月\d+日\s*$").group(1), Y, "report date", allow_next=True)


def spec_sheqi(x):
    Y = 2024
    B = "｜"
    m = x.g(r"部门年初预算([\d.]+)万元，年中追加([\d.]+)万元，调整后预算([\d.]+)万元")
    budget = m.group(3)
    x.sum(budget, [m.group(1), m.group(2)], "年初 + 追加 = 调整后")
    m = x.g(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。")
    spent = m.group(1)
    x.rate(m.group(2), dec(spent), dec(budget), "部门执行率")
    rate_text = m.group(2)
    m = x.g(r"基本支出预算([\d.]+)万元，支出([\d.]+)万元，执行率(\d+)%；项目支出预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%")
    x.rate(m.group(3), dec(m.group(2)), dec(m.group(1)), "基本支出执行率")
    x.rate(m.group(6), dec(m.group(5)), dec(m.group(4)), "项目支出执行率")
    x.sum(budget, [m.group(1), m.group(4)], "基本 + 项目 预算")
    x.sum(spent, [m.group(2), m.group(5)], "基本 + 项目 支出")
    proj_b, proj_s = m.group(4), m.group(5)
    m = x.g(r"年末结转([\d.]+)万元，为国有资产清查服务质保金和一体化系统运维合同尾款，已结转至(\d{4})年")
    carry = m.group(1)
    x.calc("balance_mismatch", carry, dec(budget) - dec(spent), "结转 = 调整后 - 支出")
    x.year_after(m.group(2), Y, "结转年度")
    m = x.g(r"“三公”经费支出([\d.]+)万元，比上年的([\d.]+)万元下降([\d.]+)%")
    x.calc("rate_mismatch", m.group(3), (dec(m.group(2)) - dec(m.group(1))) / dec(m.group(2)) * HUNDRED, "三公下降率")
    sangong = m.group(3)
    m = x.g(r"全年政府采购预算([\d.]+)万元，实际采购金额([\d.]+)万元")
    proc_b, proc_a = m.group(1), m.group(2)
    # flattened project table
    blk = x.g(r"自评结果如下：\n\n((?:\t[^\n]*\n|\n)+?)\n?4个项目的平均").group(1)
    groups = [[c.strip() for c in g.strip("\n").split("\n")] for g in blk.strip("\n").split("\n\n")]
    if len(groups) != 5 or any(len(g) != 6 for g in groups):
        raise SpecError("flattened project table not parsed")
    projs = groups[1:]
    for p in projs:
        x.rate(p[3], dec(p[2]), dec(p[1]), f"{p[0]} 执行率")
        x.grade(p[5], p[4], f"{p[0]} grade")
    x.sum(proj_b, [p[1] for p in projs], "项目预算之和")
    x.sum(proj_s, [p[2] for p in projs], "项目支出之和")
    x.calc("average_mismatch", x.g(r"平均自评得分为([\d.]+)分").group(1),
           sum(dec(p[4]) for p in projs) / len(projs), "项目平均分")
    pa = {p[0]: p for p in projs}
    m = x.g(r"资产清查服务合同金额([\d.]+)万元，当年按合同支付(\d+)%，其余(\d+)%作为质保金")
    x.ok("sum_mismatch", dec(m.group(2)) + dec(m.group(3)) == HUNDRED, "比例合计")
    ac = pa["国有资产清查及资产报告编报"]
    x.ok("balance_mismatch", r2(dec(m.group(1)) * dec(m.group(3)) / HUNDRED) == dec(ac[1]) - dec(ac[2]),
         "质保金 = 项目未支出")
    n_clean = x.g(r"对全县(\d+)家行政事业单位开展了清查").group(1)
    # indicator table
    IR = {r[2]: r for r in x.rows(["投入" + B, "过程" + B, "产出" + B, "效果" + B], B)}
    ex = IR["预算执行率"]
    x.eq(ex[5].rstrip("%"), rate_text, "执行率 table vs text")
    x.rate(ex[5], dec(spent), dec(budget), "table 执行率")
    exec_score(x, ex[3], ex[6], spent, budget, ex[5])
    x.rate(IR["结转结余率"][5], dec(carry), dec(budget), "结转结余率")
    x.eq(IR["“三公”经费变动率"][5].lstrip("-").rstrip("%"), sangong, "三公变动率 table vs text")
    x.rate(IR["政府采购执行率"][5], dec(proc_a), dec(proc_b), "政府采购执行率")
    m = x.g(r"共组织非税收入([\d.]+)(万元|亿元)，约合([\d.]+)亿元，比上年的([\d.]+)亿元增长([\d.]+)%，其中专项收入([\d.]+)万元、"
            r"行政事业性收费收入([\d.]+)万元、罚没收入([\d.]+)万元、国有资源（资产）有偿使用收入([\d.]+)万元")
    total_nt, unit_nt = m.group(1), m.group(2)
    x.money("conflicting_values", m.group(3), "亿元", dec(total_nt) * UNIT[unit_nt], "约合亿元 vs 非税收入")
    x.money("sum_mismatch", total_nt, unit_nt, sum(dec(m.group(i)) for i in range(6, 10)), "非税收入构成")
    x.calc("rate_mismatch", m.group(5), (dec(m.group(3)) / dec(m.group(4)) - 1) * HUNDRED, "非税收入增长率")
    tv = IR["非税收入征收额"][5]
    x.money_eq(m.group(3), "亿元", tv.rstrip("亿元"), "亿元", "非税收入 约合 vs table")
    x.money("conflicting_values", tv.rstrip("亿元"), "亿元", dec(total_nt) * UNIT[unit_nt], "非税收入 table vs text")
    x.eq(x.g(r"电子票据开具率([\d.]+)%；").group(1), IR["电子票据开具率"][5].rstrip("%"), "开具率")
    m = x.g(r"(\d+)项重点改革任务完成(\d+)项")
    x.rate(IR["重点改革任务完成率"][5], dec(m.group(2)), dec(m.group(1)), "重点任务完成率")
    x.eq(x.g(r"“一次不跑”的比例达到([\d.]+)%").group(1), IR["缴费“一次不跑”比例"][5].rstrip("%"), "一次不跑")
    x.eq(x.g(r"完成(\d+)家单位资产清查").group(1), IR["资产清查单位数"][5].rstrip("家"), "清查单位")
    x.eq(n_clean, IR["资产清查单位数"][5].rstrip("家"), "清查单位 项目说明")
    x.eq(x.g(r"资产账实相符率([\d.]+)%，").group(1), IR["资产账实相符率"][5].rstrip("%"), "账实相符率")
    x.eq(x.g(r"满意度为([\d.]+)%").group(1), IR["服务对象满意度"][5].rstrip("%"), "满意度")
    m = x.g(r"预算执行率达到(\d+)%，结转结余率控制在(\d+)%以内，“三公”经费只减不增；全年组织非税收入不低于([\d.]+)亿元；"
            r"完成不少于(\d+)家单位的资产清查；电子票据开具率达到(\d+)%以上；服务对象满意度不低于(\d+)%")
    for gi, k in zip(range(1, 7), ["预算执行率", "结转结余率", "非税收入征收额", "资产清查单位数", "电子票据开具率",
                                    "服务对象满意度"]):
        x.eq(m.group(gi), re.sub(r"[^\d.]", "", IR[k][4]), f"目标 {k}")
    rows = [dict(name=k, w=r[3], tgt=r[4], act=r[5], comp=None, s=r[6]) for k, r in IR.items() if k != "预算执行率"]
    tot = x.row("合计" + B, B)
    indicators(x, rows, ex[3], ex[6], tot[1], tot[4], Y)
    m = x.g(r"投入指标(\d+)分，得([\d.]+)分；过程指标(\d+)分，得([\d.]+)分；产出指标(\d+)分，得([\d.]+)分；效果指标(\d+)分，得([\d.]+)分")
    levels = {"投入": (m.group(1), m.group(2)), "过程": (m.group(3), m.group(4)),
              "产出": (m.group(5), m.group(6)), "效果": (m.group(7), m.group(8))}
    for lv, (w, s) in levels.items():
        rs = [r for r in IR.values() if r[0] == lv]
        x.calc("weight_sum_mismatch", w, sum(dec(r[3]) for r in rs), f"{lv} 分值")
        x.calc("score_sum_mismatch", s, sum(dec(r[6]) for r in rs), f"{lv} 得分")
    x.calc("score_sum_mismatch", tot[4], sum(dec(s) for _, s in levels.values()), "一级得分之和")
    m = x.g(r"部门整体支出绩效自评得分([\d.]+)分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    x.eq(m.group(1), tot[4], "总分 text vs table", code="score_sum_mismatch")
    x.grade(m.group(2), m.group(1), "text grade")
    x.year_is(x.g(r"^社旗县财政局(\d{4})年度").group(1), Y, "title")
    x.year_after(x.g(r"顺延至(\d{4})年").group(1), Y, "顺延")
    x.year_is(x.g(r"以(\d{4})年度部门决算为准").group(1), Y, "决算年度")
    x.year_is(x.g(r"按时报送(\d{4})年度行政事业性国有资产报告").group(1), Y, "资产报告年度")
    x.year_is(x.g(r"\n(\d{4})年\d+月\d+日\s*$").group(1), Y, "report date", allow_next=True)


SPECS = {
    "sx-houma-zichanqingcha-2019": spec_houma,
    "hb-nanzhang-feishuiyunwei-2020": spec_nanzhang,
    "fj-jianning-dianzipiaoju-2022": spec_jianning,
    "sc-daying-zichanyun-2023": spec_daying,
    "ha-sheqi-caizhengju-2024": spec_sheqi,
}


def run_spec(src, text):
    x = X(text)
    SPECS[src](x)
    return x.out


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels and case files differ")
    codes = Counter()
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            cleans[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    where = Counter()
    for lab in labels:
        name = lab["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            res = run_spec(lab["source"], text)
        except (SpecError, IndexError, KeyError, AttributeError, ArithmeticError) as e:
            problems.append(f"{name}: spec error: {e}")
            continue
        failing = [(c, d) for (c, sev, ok, d) in res if not ok]
        if lab["clean"]:
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800-3400")
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            for c, d in failing:
                problems.append(f"{name}: clean draft fails {c}: {d}")
            print(f"{name}: {len(res)} checks, all pass")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code} {exp['severity']}")
        cnt = text.count(value)
        if cnt != 1:
            problems.append(f"{name}: label value occurs {cnt} times: {value!r}")
        clean = cleans[lab["source"]]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        if d1 <= d0 and len(clean) == len(text):
            problems.append(f"{name}: identical to clean draft")
        vpos = text.find(value)
        if not (vpos < max(d1, d0 + 1) and d0 < vpos + len(value)):
            problems.append(f"{name}: change [{d0},{d1}) does not overlap label value at {vpos}")
        if d1 - d0 > 200:
            problems.append(f"{name}: changed region too long ({d1 - d0})")
        err_fail = sorted({c for (c, sev, ok, d) in res if not ok and sev == "error"})
        if code not in err_fail:
            problems.append(f"{name}: labelled {code} does not fail (failing: {err_fail})")
        others = [c for c in err_fail if c != code]
        if others:
            detail = [d for (c, sev, ok, d) in res if not ok and sev == "error" and c != code]
            problems.append(f"{name}: other error codes fail: {others} {detail}")
        print(f"{name}: {code} fails as labelled ({[d for (c, sev, ok, d) in res if not ok and c == code][:1]})")
    for c in CODES:
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} times (< 2)")
    print("codes:", dict(codes))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
