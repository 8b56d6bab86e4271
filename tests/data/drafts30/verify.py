#!/usr/bin/env python3
"""Check the labelled set in this folder.

1. Labels: every case has one label line; each error case has exactly one expected error whose `value`
   occurs exactly once in the case and never in its clean draft; codes come from errors.md section A.
2. Edits: each error case differs from its clean draft by one contiguous change of at most 16 characters
   inside one line (score-row edits: at most two adjacent lines, at most 16 characters each).
3. Coverage: each numeric error code of errors.md section A (except figure_mismatch / empty_problems)
   is used at least twice, in at least two projects.
4. Arithmetic of every clean draft, redone from the text:
   - generic, from the `|` tables: funds block (年度资金总额 = components per column, 执行率 = 执行/全年,
     execution score = weight x min(rate, 100%)); indicator table (score <= weight, score follows rules §5
     for >= / <= / = targets, 完成率 column follows §5, actual in the unit of the target, no
     over-achievement above 20% without a note); weights add to 100; scores add to the total; grade band.
   - explicit, per project (CHECKS): sums, balances, rates, averages, products, growth, restatements.
     Each operand is written as a snippet of the clean draft with the number in braces, e.g.
     "全年执行{2598.72}万元": the snippet (without braces) must occur in the draft, so every check is tied
     to the text.
   Tolerance: a stated value with d decimals must be within 0.5 x 10^-d of the computed value (rules §8).

Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of problems, exit status 1 on problems)
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (the edit list lives there)

CODES_A = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
           "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"}
VOCAB = CODES_A | {"figure_mismatch", "empty_problems"}

PROBLEMS = []


def problem(msg):
    PROBLEMS.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def dec(s):
    s = s.replace(",", "")
    return Decimal(s), (len(s.split(".")[1]) if "." in s else 0)


def tol(d):
    return Decimal(5) * Decimal(10) ** (-(d + 1)) + Decimal("1e-9")


def close(stated, d, computed):
    return abs(Decimal(computed) - stated) <= tol(d)


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


class Text:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def n(self, snippet):
        """Number in braces inside snippet; the snippet (without braces) must occur in the text."""
        m = re.search(r"\{([^}]*)\}", snippet)
        plain = snippet.replace("{", "").replace("}", "")
        if m is None:
            raise ValueError("no {number} in snippet %r" % snippet)
        if plain not in self.text:
            problem("%s: snippet not found: %r" % (self.name, plain))
            return Decimal(0), 0
        return dec(m.group(1))


def run_checks(t, checks):
    for chk in checks:
        kind = chk[0]
        try:
            if kind == "sum":                      # total = sum(parts)
                tot, d = t.n(chk[1])
                got = sum(t.n(p)[0] for p in chk[2])
                ok, comp = close(tot, d, got), got
            elif kind == "diff":                   # result = a - b
                res, d = t.n(chk[1])
                comp = t.n(chk[2])[0] - t.n(chk[3])[0]
                ok = close(res, d, comp)
            elif kind == "rate":                   # stated % = num / den * 100
                res, d = t.n(chk[1])
                comp = t.n(chk[2])[0] / t.n(chk[3])[0] * 100
                ok = close(res, d, comp)
            elif kind == "div":                    # stated = num / den (averages)
                res, d = t.n(chk[1])
                comp = t.n(chk[2])[0] / t.n(chk[3])[0]
                ok = close(res, d, comp)
            elif kind == "prod":                   # stated = a * b / scale
                res, d = t.n(chk[1])
                scale = Decimal(chk[4]) if len(chk) > 4 else Decimal(1)
                comp = t.n(chk[2])[0] * t.n(chk[3])[0] / scale
                ok = close(res, d, comp)
            elif kind == "decline":                # stated % = (old - new) / old * 100
                res, d = t.n(chk[1])
                old, new = t.n(chk[2])[0], t.n(chk[3])[0]
                comp = (old - new) / old * 100
                ok = close(res, d, comp)
            elif kind == "conv":                   # stated = a * factor (unit conversion)
                res, d = t.n(chk[1])
                comp = t.n(chk[2])[0] * Decimal(chk[3])
                ok = close(res, d, comp)
            elif kind == "growth":                 # stated % = (new - old) / old * 100
                res, d = t.n(chk[1])
                new, old = t.n(chk[2])[0], t.n(chk[3])[0]
                comp = (new - old) / old * 100
                ok = close(res, d, comp)
            elif kind == "same":                   # the same quantity stated twice
                a, d = t.n(chk[1])
                comp = t.n(chk[2])[0]
                ok = a == comp
            elif kind == "grade":                  # total -> band word present in each snippet
                total, _ = t.n(chk[1])
                band = grade_of(total)
                comp = band
                ok = True
                for snip in chk[2]:
                    if snip not in t.text:
                        problem("%s: grade snippet not found: %r" % (t.name, snip))
                        ok = False
                    elif band_word(snip) != band:
                        ok = False
            else:
                raise ValueError(kind)
        except (ArithmeticError, ValueError) as exc:
            problem("%s: check %r failed to run: %s" % (t.name, chk, exc))
            continue
        if not ok:
            problem("%s: check failed %r (computed %s)" % (t.name, chk, comp))


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def band_word(s):
    for w, b in (("优", "优"), ("良", "良"), ("中等", "中"), ("一般", "中"), ("合格", "中"), ("差", "差")):
        if w in s:
            return b
    return None


# ---------------------------------------------------------------- tables
def table_rows(text):
    rows = []
    for ln in text.split("\n"):
        s = ln.strip()
        if s.startswith("|") and s.endswith("|"):
            rows.append([c.strip() for c in s[1:-1].split("|")])
        else:
            rows.append(None)
    return rows


DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_value(s):
    """-> (number as Decimal, decimals, unit) ; dates become yyyymmdd numbers with unit 'date'."""
    m = DATE_RE.search(s)
    if m:
        return Decimal("%04d%02d%02d" % tuple(int(x) for x in m.groups())), 0, "date"
    m = NUM_RE.search(s)
    if not m:
        return None
    v, d = dec(m.group(0))
    return v, d, s[m.end():].strip()


def parse_target(sign_cell, target):
    s = (sign_cell or "") + target
    s = s.strip()
    direction = None
    for ch, dirn in (("≥", "gte"), ("≤", "lte"), ("=", "eq"), ("＝", "eq")):
        if s.startswith(ch):
            direction = dirn
            s = s[len(ch):]
            break
    pv = parse_value(s)
    return direction, pv


def score_rule(direction, T, A, w):
    if direction == "gte":
        met = A >= T
        return met, (w if met else w * max(A, Decimal(0)) / T)
    if direction == "lte":
        met = A <= T
        return met, (w if met else w * T / A)
    if direction == "eq":
        if T == 0:
            return A == 0, (w if A == 0 else Decimal(0))
        met = A >= T
        return met, (w if met else w * A / T)
    raise ValueError(direction)


def completion(direction, T, A):
    if direction == "lte":
        return Decimal(100) if A <= T else T / A * 100
    return A / T * 100


def check_tables(t, level_scores=None):
    rows = table_rows(t.text)
    weights, scores = [], []
    total_w = total_s = None
    levels = {}
    funds_seen = False
    i = 0
    while i < len(rows):
        r = rows[i]
        if r is None:
            i += 1
            continue
        # ---- funds block
        if "全年预算数" in "".join(r) or any(c.startswith("全年预算数") for c in r):
            hdr = r
            col = {}
            for k, c in enumerate(hdr):
                for key in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"):
                    if c.startswith(key):
                        col[key] = k
            block = {}
            j = i + 1
            while j < len(rows) and rows[j] is not None and len(rows[j]) == len(hdr):
                rr = rows[j]
                label = " ".join(c for c in rr[:col["年初预算数"]] if c)
                if not any(ch.isdigit() for ch in rr[col["年初预算数"]]):
                    break
                vals = [dec(rr[col[k]])[0] for k in ("年初预算数", "全年预算数", "全年执行数")]
                block[label] = (vals, rr)
                j += 1
            tot_key = [k for k in block if "年度资金总额" in k]
            if not tot_key:
                problem("%s: funds block without 年度资金总额" % t.name)
            else:
                tv, trow = block[tot_key[0]]
                inc = [k for k in block if any(w in k for w in ("当年财政拨款", "一般公共预算拨款", "上年结转", "其他资金"))]
                exp = [k for k in block if any(w in k for w in ("基本支出", "项目支出"))]
                for group in (inc, exp):
                    if not group:
                        continue
                    for c in range(3):
                        ssum = sum(block[k][0][c] for k in group)
                        if ssum != tv[c]:
                            problem("%s: funds column %d: %s sum %s != total %s" % (t.name, c, group, ssum, tv[c]))
                budget, spent = tv[1], tv[2]
                rate_s, rd = dec(trow[col["执行率"]].rstrip("%"))
                rate = spent / budget * 100
                if not close(rate_s, rd, rate):
                    problem("%s: funds 执行率 %s vs %s" % (t.name, rate_s, rate))
                w, _ = dec(trow[col["分值"]])
                sc, sd = dec(trow[col["得分"]])
                cand = [w * min(rate, Decimal(100)) / 100, w * min(rate_s, Decimal(100)) / 100]
                if not any(close(sc, sd, c) for c in cand):
                    problem("%s: execution score %s vs %s" % (t.name, sc, cand))
                weights.append(w)
                scores.append(sc)
                levels.setdefault("预算执行", [Decimal(0), Decimal(0)])
                levels["预算执行"][0] += w
                levels["预算执行"][1] += sc
                for k, (vals, rr) in block.items():
                    if k == tot_key[0]:
                        continue
                    for c in (col["分值"], col["执行率"], col["得分"]):
                        if rr[c] not in ("—", ""):
                            problem("%s: component row %s has %r in a rate/score column" % (t.name, k, rr[c]))
                funds_seen = True
            i = j
            continue
        # ---- indicator table
        if "三级指标" in r and "分值" in r and "得分" in r:
            hdr = r
            col = {}
            for k, c in enumerate(hdr):
                if c in ("年度指标值", "目标值"):
                    col["T"] = k
                elif c in ("实际完成值", "业绩值"):
                    col["A"] = k
                elif c == "完成率":
                    col["C"] = k
                elif c == "指标性质":
                    col["S"] = k
                elif c == "分值":
                    col["W"] = k
                elif c == "得分":
                    col["P"] = k
                elif c.startswith("偏差原因") or c.startswith("未完成原因"):
                    col["N"] = k
            lvl1 = None
            j = i + 1
            while j < len(rows) and rows[j] is not None:
                rr = rows[j]
                if rr[0] in ("总分", "合计"):
                    total_w, _ = dec(rr[col["W"]])
                    total_s, _ = dec(rr[col["P"]])
                    j += 1
                    break
                if rr[0]:
                    lvl1 = rr[0]
                name = rr[2]
                w, _ = dec(rr[col["W"]])
                sc, sd = dec(rr[col["P"]])
                weights.append(w)
                scores.append(sc)
                levels.setdefault(lvl1, [Decimal(0), Decimal(0)])
                levels[lvl1][0] += w
                levels[lvl1][1] += sc
                if sc > w or sc < 0:
                    problem("%s: %s score %s outside [0, %s]" % (t.name, name, sc, w))
                direction, tv = parse_target(rr[col["S"]] if "S" in col else "", rr[col["T"]])
                av = parse_value(rr[col["A"]])
                if direction is None or tv is None or av is None:
                    problem("%s: %s: cannot read target/actual %r %r" % (t.name, name, rr[col["T"]], rr[col["A"]]))
                else:
                    T, _, tu = tv
                    A, _, au = av
                    if tu != au:
                        problem("%s: %s: unit of actual %r differs from target %r" % (t.name, name, au, tu))
                    met, want = score_rule(direction, T, A, w)
                    if met and sc != w:
                        problem("%s: %s met but scored %s of %s" % (t.name, name, sc, w))
                    if not met and abs(sc - r2(want)) > Decimal("0.005"):
                        problem("%s: %s scored %s, rule gives %s" % (t.name, name, sc, want))
                    note = rr[col["N"]] if "N" in col else ""
                    if not met and not note:
                        problem("%s: %s unmet without a deviation note" % (t.name, name))
                    if direction != "lte" and T > 0 and tu != "date" and A / T > Decimal("1.2") and not note:
                        problem("%s: %s over-achieved by more than 20%% without a note" % (t.name, name))
                    if "C" in col:
                        cs, cd = dec(rr[col["C"]].rstrip("%"))
                        if T == 0:
                            pass
                        elif tu == "date":
                            if not (A <= T and cs == 100):
                                problem("%s: %s date completion %s" % (t.name, name, cs))
                        elif not close(cs, cd, completion(direction, T, A)):
                            problem("%s: %s completion %s vs %s" % (t.name, name, cs, completion(direction, T, A)))
                j += 1
            i = j
            continue
        i += 1
    if total_w is None:
        problem("%s: no total row in the 自评表" % t.name)
        return None
    if sum(weights) != total_w or total_w != 100:
        problem("%s: weights sum %s, stated %s" % (t.name, sum(weights), total_w))
    if sum(scores) != total_s:
        problem("%s: scores sum %s, stated total %s" % (t.name, sum(scores), total_s))
    if not funds_seen and "预算执行" not in levels:
        problem("%s: no execution score found" % t.name)
    for lvl, snippet in (level_scores or {}).items():
        v, d = t.n(snippet)
        if lvl not in levels or not close(v, d, levels[lvl][1]):
            problem("%s: level %s score %s vs rows %s" % (t.name, lvl, v, levels.get(lvl)))
    return total_s, levels


# ---------------------------------------------------------------- per-project explicit checks
CHECKS = {
    "qihe-machinesubsidy-2023": dict(
        levels={"预算执行": "预算执行率得{9.61}分", "产出指标": "产出指标得{49.56}分",
                "效益指标": "效益指标得{29.79}分", "满意度指标": "满意度指标得{10}分"},
        checks=[
            ("sum", "| 合计 | | | {2517.60} |", ["2022年12月8日 | {1260.00} |", "2023年5月16日 | {845.00} |",
                                                 "2023年10月24日 | {412.60} |"]),
            ("same", "当年下达{2517.60}万元", "| 合计 | | | {2517.60} |"),
            ("sum", "全年预算{2703.95}万元", ["当年下达{2517.60}万元", "其中上年结转资金{186.35}万元"]),
            ("sum", "共{1446.35}万元", ["2022年12月8日 | {1260.00} |", "其中上年结转资金{186.35}万元"]),
            ("rate", "预算执行率{96.11}%", "全年执行{2598.72}万元", "全年预算{2703.95}万元"),
            ("diff", "结转2024年继续使用{105.23}万元", "全年预算{2703.95}万元", "全年执行{2598.72}万元"),
            ("same", "结转2024年继续使用{105.23}万元", "公示期，{105.23}万元"),
            ("sum", "全年执行{2598.72}万元", ["购置补贴{2458.32}万元", "报废更新补贴{140.40}万元"]),
            ("sum", "| 合计 | | 1206 | {2598.72} |", ["| 186 | {412.18} |", "| 349 | {806.54} |",
                                                     "| 318 | {738.65} |", "| 353 | {641.35} |"]),
            ("sum", "| 合计 | | {1206} |", ["| {186} | 412.18", "| {349} | 806.54", "| {318} | 738.65",
                                           "| {353} | 641.35"]),
            ("growth", "增长{10.98}%", "增加到{2598.72}万元", "由{2341.56}万元"),
            ("diff", "增加{147}台（套）", "全年补贴各类机具{1584}台（套）", "较上年{1437}台"),
            ("sum", "| 合计 | {1584} |", ["| 轮式拖拉机 | {428} |", "| 谷物联合收割机 | {96} |", "| 玉米收获机 | {71} |",
                                          "| 谷物烘干机 | {24} |", "| 植保无人驾驶航空器 | {138} |",
                                          "| 免耕播种机 | {215} |", "| 其他机具 | {612} |"]),
            ("sum", "| 合计 | 1584 | {2458.32} |", ["| 428 | {1076.93} |", "| 96 | {338.46} |", "| 71 | {386.25} |",
                                                  "| 24 | {143.52} |", "| 138 | {98.43} |", "| 215 | {226.88} |",
                                                  "| 612 | {187.85} |"]),
            ("div", "| 1076.93 | {2.52} |", "| 428 | {1076.93} |", "| {428} | 1076.93"),
            ("div", "| 338.46 | {3.53} |", "| 96 | {338.46} |", "| {96} | 338.46"),
            ("div", "| 386.25 | {5.44} |", "| 71 | {386.25} |", "| {71} | 386.25"),
            ("div", "| 143.52 | {5.98} |", "| 24 | {143.52} |", "| {24} | 143.52"),
            ("div", "| 98.43 | {0.71} |", "| 138 | {98.43} |", "| {138} | 98.43"),
            ("div", "| 226.88 | {1.06} |", "| 215 | {226.88} |", "| {215} | 226.88"),
            ("div", "| 187.85 | {0.31} |", "| 612 | {187.85} |", "| {612} | 187.85"),
            ("div", "| 2458.32 | {1.55} |", "| 1584 | {2458.32} |", "| {1584} | 2458.32"),
            ("sum", "全年报废老旧农机{73}台", ["报废拖拉机{52}台", "报废联合收割机{21}台"]),
            ("sum", "报废更新补贴{140.40}万元", ["兑付补贴{68.40}万元", "兑付补贴{72.00}万元"]),
            ("sum", "受益农户（含经营主体）{1206}户，其中", ["合作社{87}家", "家庭农场{64}家", "个人{1055}户"]),
            ("div", "户均享受购置补贴{2.04}万元", "购置补贴{2458.32}万元", "受益农户（含经营主体）{1206}户，其中"),
            ("rate", "完成年度指标的{113.14}%", "补贴机具{1584}台（套），完成", "不少于{1400}台"),
            ("rate", "完成{109.64}%", "受益农户{1206}户，完成", "不少于{1100}户"),
            ("rate", "完成{91.25}%", "报废更新机具{73}台，完成", "报废更新机具不少于{80}台"),
            ("diff", "比年度指标少{7}台", "报废更新机具不少于{80}台", "报废更新机具{73}台，完成"),
            ("growth", "超出年度指标{13.14}%", "补贴机具{1584}台（套），完成", "不少于{1400}台"),
            ("rate", "资金结转率{3.89}%", "结转2024年继续使用{105.23}万元", "全年预算{2703.95}万元"),
            ("same", "资金结转率{3.89}%", "| ≤5% | {3.89}% |"),
            ("diff", "提高{0.6}个百分点", "达到{95.2}%，比2022年", "比2022年的{94.6}%"),
            ("diff", "较年度指标少{12}个", "| ≥{560}个 |", "农机社会化服务组织{548}个"),
            ("diff", "净减少{12}个", "有{19}个小型合作社", "新增{7}个"),
            ("rate", "满意度{96.8}%", "满意的{302}份", "有效问卷{312}份"),
            ("rate", "占全年的{24.68}%", "| 353 | {641.35} |", "全年执行{2598.72}万元"),
            ("diff", "预算执行扣{0.39}分", "| 2598.72 | {10} | 96.11%", "预算执行率得{9.61}分"),
            ("diff", "报废更新机具数量扣{0.44}分", "| 73台 | {5} | 4.56", "| 73台 | 5 | {4.56}"),
            ("diff", "社会化服务组织数量扣{0.21}分", "| 548个 | {10} | 9.79", "| 548个 | 10 | {9.79}"),
            ("same", "综合自评得分{98.96}分", "| 总分 | | | | | 100 | {98.96} |"),
            ("sum", "综合自评得分{98.96}分", ["预算执行率得{9.61}分", "产出指标得{49.56}分", "效益指标得{29.79}分",
                                         "满意度指标得{10}分"]),
            ("same", "| 轮式拖拉机 | 428 | 1076.93 | {2.52} |", "| ≤2.80万元 | {2.52}万元 |"),
            ("grade", "综合自评得分{98.96}分", ["评价等级为“优”", "评价等级：优"]),
        ],
        extra=lambda t: [
            # deductions add to 100 - total
            (Decimal("0.39") + Decimal("0.44") + Decimal("0.21") == Decimal(100) - t.n("综合自评得分{98.96}分")[0],
             "deductions 0.39 + 0.44 + 0.21 != 100 - total"),
        ],
    ),
    "xinghua-scraprenewal-2024": dict(
        levels={"预算执行": "预算执行率得{9.27}分", "产出指标": "产出指标得{46.13}分",
                "效益指标": "效益指标得{25.10}分", "满意度指标": "满意度指标得{9.40}分"},
        checks=[
            ("sum", "| | 当年下达小计 | | | {1460.00} |", ["2023年12月15日 | {320.00} |", "2024年7月19日 | {960.00} |",
                                                       "2024年9月10日 | {180.00} |"]),
            ("sum", "| | 全年预算合计 | | | {1498.62} |", ["| | 当年下达小计 | | | {1460.00} |",
                                                       "| | 上年结转资金 | | | {38.62} |"]),
            ("same", "全年预算{1498.62}万元，其中", "| | 全年预算合计 | | | {1498.62} |"),
            ("sum", "年初预算数为{358.62}万元", ["提前下达{320.00}万元", "上年结转{38.62}万元）"]),
            ("sum", "共{1140.00}万元", ["2024年7月19日 | {960.00} |", "2024年9月10日 | {180.00} |"]),
            ("rate", "预算执行率{92.74}%", "项目全年执行{1389.84}万元", "全年预算{1498.62}万元，其中"),
            ("diff", "结转2025年继续使用{108.78}万元", "全年预算{1498.62}万元，其中", "项目全年执行{1389.84}万元"),
            ("rate", "占全年预算的{7.26}%", "结转2025年继续使用{108.78}万元", "全年预算{1498.62}万元，其中"),
            ("same", "仍有{108.78}万元结转", "结转2025年继续使用{108.78}万元"),
            ("same", "结转的{108.78}万元", "结转2025年继续使用{108.78}万元"),
            ("rate", "执行率{100}%。由于", "当年兑付{180.00}万元", "省级资金{180.00}万元专项"),
            ("sum", "项目全年执行{1389.84}万元", ["1—6月兑付{296.45}万元", "7—12月兑付{1093.39}万元"]),
            ("rate", "占全年的{78.67}%", "7—12月兑付{1093.39}万元", "项目全年执行{1389.84}万元"),
            ("sum", "| 合计 | {1116} |", ["| 拖拉机 | {436} |", "| 谷物联合收割机 | {198} |", "| 水稻插秧机 | {173} |",
                                          "| 其他机具 | {309} |"]),
            ("sum", "| 合计 | 1116 | {1389.84} |", ["| 436 | {482.30} |", "| 198 | {527.60} |", "| 173 | {148.10} |",
                                                  "| 309 | {231.84} |"]),
            ("diff", "实际兑付{1116}台", "受理报废申请{1184}台", "退回{68}台"),
            ("rate", "完成年度指标的{111.60}%", "全年报废更新农机{1116}台", "报废更新农机{1000}台以上"),
            ("rate", "完成年度指标的{76.15}%", "报废联合收割机{198}台", "联合收割机{260}台以上"),
            ("div", "户均报废{1.50}台", "全年报废更新农机{1116}台", "经营主体{746}户"),
            ("div", "户均获得补贴{1.86}万元", "| 合计 | 1116 | {1389.84} |", "经营主体{746}户"),
            ("diff", "报废台数增加{734}台", "全年报废更新农机{1116}台", "上年报废{382}台"),
            ("growth", "增长{192.15}%", "全年报废更新农机{1116}台", "上年报废{382}台"),
            ("div", "的{3.90}倍", "| 合计 | 1116 | {1389.84} |", "上年{356.40}万元"),
            ("div", "台均补贴{1.11}万元", "| 436 | {482.30} |", "| 拖拉机 | {436} |"),
            ("decline", "下降{7.8}%", "年初的{5620}台", "减少到{5182}台"),
            ("rate", "满意度{84.6}%", "满意的{214}份", "有效问卷{253}份"),
            ("same", "| ≥15% | {17.6}% |", "平均提升{17.6}%"),
            ("same", "| ≥10% | {8.6}% |", "平均下降{8.6}%"),
            ("same", "| ≥12% | {7.8}% |", "下降{7.8}%"),
            ("sum", "综合得分{89.90}分", ["预算执行率得{9.27}分", "产出指标得{46.13}分", "效益指标得{25.10}分",
                                     "满意度指标得{9.40}分"]),
            ("same", "综合得分{89.90}分", "| 100 | {89.90} |"),
            ("grade", "综合得分{89.90}分", ["评价等级为“良”", "| 100 | 89.90 | 良 |"]),
        ],
        extra=lambda t: [
            (t.n("| 1389.84 | 10 | 92.74% | {9.27} |")[0] == Decimal("9.27"), "execution score"),
        ],
    ),
    "huaiyuan-graindryer-2021": dict(
        levels={"预算执行": "该项得{8.46}分", "产出指标": "产出指标{49.17}分", "效益指标": "效益指标{29.00}分",
                "满意度指标": "满意度指标{10}分"},
        checks=[
            ("sum", "项目全年预算{492.50}万元", ["省级财政补助资金{300.00}万元", "县级配套资金{150.00}万元。",
                                            "上年结转资金{42.50}万元。"]),
            ("sum", "年初预算{192.50}万元", ["县级配套资金{150.00}万元。", "上年结转资金{42.50}万元。"]),
            ("sum", "全年支出{416.64}万元", ["建设补助{330.00}万元", "累加补贴{78.00}万元", "工作经费{8.64}万元"]),
            ("prod", "建设补助{330.00}万元", "按{11}个中心", "每个{30}万元拨付"),
            ("prod", "累加补贴{78.00}万元", "按{52}台", "每台{1.50}万元兑付"),
            ("rate", "预算执行率{84.60}%", "全年支出{416.64}万元", "项目全年预算{492.50}万元"),
            ("diff", "年末结余{75.86}万元", "项目全年预算{492.50}万元", "全年支出{416.64}万元"),
            ("rate", "执行率{84.60}%，低于90%", "执行{416.64}万元", "全年预算{492.50}万元，执行"),
            ("rate", "完成率{91.67}%；", "建成区域性烘干中心{11}个", "建设区域性粮食烘干中心{12}个"),
            ("rate", "完成率{104.00}%；", "新增烘干机{52}台，完成率", "| ≥{50}台 |"),
            ("rate", "完成率{109.29}%。", "新增批处理能力{1530}吨，完成率", "新增批处理能力{1400}吨以上"),
            ("prod", "新增烘干机{44}台；", "已建成并通过验收{11}个", "不少于{4}台"),
            ("diff", "新增批处理能力{1530}吨，全县", "提高到{4790}吨", "2020年底的{3260}吨"),
            ("rate", "完成年度指标的{90.00}%", "烘干粮食{10.8}万吨，完成", "年烘干粮食{12}万吨以上"),
            ("prod", "约{918}万元", "烘干粮食{10.8}万吨，完成", "约{85}元测算", 1),
            ("rate", "完成率{107.00}%。", "为{6420}户种粮农户", "| ≥{6000}户 |"),
            ("rate", "满意度{93.5}%", "满意{187}份", "问卷{200}份"),
            ("sum", "自评得分{96.63}分", ["预算执行{8.46}分", "产出指标{49.17}分", "效益指标{29.00}分", "满意度指标{10}分"]),
            ("same", "自评得分{96.63}分", "| 100 | {96.63} |"),
            ("grade", "自评得分{96.63}分", ["评价等级为优"]),
        ],
    ),
    "gaoan-machinerybureau-2018": dict(
        levels={},
        checks=[
            ("sum", "年初预算{792.54}万元", ["一般公共预算拨款{696.20}万元、上年结转96.34万元。年中",
                                        "一般公共预算拨款696.20万元、上年结转{96.34}万元。年中"]),
            ("sum", "全年预算调整为{2448.54}万元", ["年初预算{792.54}万元", "补贴资金{1620.00}万元",
                                              "作业补贴资金{28.60}万元", "人员经费{6.32}万元", "公用经费{1.08}万元"]),
            ("sum", "全年预算调整为{2448.54}万元", ["其中一般公共预算拨款{2352.20}万元", "上年结转{96.34}万元，无其他收入"]),
            ("rate", "预算执行率{95.70}%。其中", "全年支出{2343.28}万元", "全年预算调整为{2448.54}万元"),
            ("sum", "全年支出{2343.28}万元", ["基本支出{438.60}万元", "项目支出{1904.68}万元"]),
            ("sum", "基本支出{438.60}万元", ["其中人员经费{386.42}万元", "公用经费{52.18}万元"]),
            ("rate", "占全年支出的{18.72}%", "基本支出{438.60}万元", "全年支出{2343.28}万元"),
            ("rate", "占全年支出的{81.28}%", "项目支出{1904.68}万元", "全年支出{2343.28}万元"),
            ("div", "人均人员经费{14.86}万元", "其中人员经费{386.42}万元", "年末在职人员{26}人"),
            ("div", "人均公用经费{2.01}万元", "公用经费{52.18}万元", "年末在职人员{26}人"),
            ("sum", "| 合计 | {2009.94} |", ["| 农机购置补贴 | {1716.34} |", "| 水稻机插秧作业补贴 | {228.60} |",
                                             "| 农机安全监理 | {35.00} |", "| 农机化技术推广与培训 | {30.00} |"]),
            ("sum", "| 合计 | 2009.94 | {1904.68} |", ["| 1716.34 | {1612.46} |", "| 228.60 | {228.60} |",
                                                     "| 35.00 | {34.12} |", "| 30.00 | {29.50} |"]),
            ("sum", "| 合计 | 2009.94 | 1904.68 | {105.26} |", ["| 1612.46 | {103.88} |", "| 228.60 | {0.00} |",
                                                              "| 34.12 | {0.88} |", "| 29.50 | {0.50} |"]),
            ("diff", "| 1612.46 | {103.88} |", "| 农机购置补贴 | {1716.34} |", "| 1716.34 | {1612.46} |"),
            ("diff", "| 34.12 | {0.88} |", "| 农机安全监理 | {35.00} |", "| 35.00 | {34.12} |"),
            ("diff", "| 29.50 | {0.50} |", "| 农机化技术推广与培训 | {30.00} |", "| 30.00 | {29.50} |"),
            ("sum", "| 农机购置补贴 | {1716.34} |", ["补贴资金{1620.00}万元", "2017年结转资金{96.34}万元"]),
            ("rate", "购置补贴资金执行率{93.95}%", "| 1716.34 | {1612.46} |", "| 农机购置补贴 | {1716.34} |"),
            ("same", "当年结转{103.88}万元", "| 1612.46 | {103.88} |"),
            ("diff", "年末结转{105.26}万元", "全年预算调整为{2448.54}万元", "全年支出{2343.28}万元"),
            ("sum", "实际支出{5.92}万元", ["运行维护费{5.06}万元", "公务接待费{0.86}万元"]),
            ("rate", "控制率{87.06}%", "实际支出{5.92}万元", "“三公”经费预算{6.80}万元"),
            ("decline", "下降{8.22}%", "2017年的{6.45}万元", "实际支出{5.92}万元"),
            ("sum", "全年补贴各类机具{1208}台", ["拖拉机{186}台", "收割机{142}台", "插秧机{231}台", "烘干机{35}台",
                                             "其他机具{614}台"]),
            ("div", "户均补贴{1.54}万元", "| 1716.34 | {1612.46} |", "合作社{1046}户"),
            ("sum", "机插秧面积{22.86}万亩", ["早稻{12.40}万亩", "晚稻{10.46}万亩"]),
            ("prod", "补助{228.60}万元", "机插秧面积{22.86}万亩", "每亩{10}元", 1),
            ("sum", "合计{2734}台", ["免费检验拖拉机{2316}台", "联合收割机{418}台"]),
            ("rate", "完成年度目标的{94.28}%", "合计{2734}台", "| ≥{2900}台 |"),
            ("rate", "执行率{97.49}%", "项目支出{34.12}万元", "| 农机安全监理 | {35.00} |"),
            ("rate", "执行率{98.33}%", "项目支出{29.50}万元", "| 农机化技术推广与培训 | {30.00} |"),
            ("div", "期均{90}人次", "培训{1080}人次", "培训班{12}期"),
            ("rate", "满意度{95.2}%", "满意{139}份", "收回{146}份"),
            ("same", "| ≤6.80万元 | {5.92}万元 |", "实际支出{5.92}万元"),
            ("same", "得分{98.60}分", "| 100 | {98.60} |"),
            ("grade", "得分{98.60}分", ["等级为优秀", "| 98.60 | 优秀 |"]),
        ],
        extra=lambda t: [
            # 年初 components: 基本 431.20 + 项目 361.34 = 792.54; 项目 年初 = 265.00 (35 + 30 + 200) + 96.34
            (Decimal("431.20") + Decimal("361.34") == t.n("年初预算{792.54}万元")[0], "年初 basic + project"),
            (Decimal("380.10") + t.n("人员经费{6.32}万元")[0] == t.n("其中人员经费{386.42}万元")[0], "人员经费 adjust"),
            (Decimal("51.10") + t.n("公用经费{1.08}万元")[0] == t.n("公用经费{52.18}万元")[0], "公用经费 adjust"),
            (Decimal("200.00") + t.n("作业补贴资金{28.60}万元")[0] == t.n("| 水稻机插秧作业补贴 | {228.60} |")[0],
             "机插秧 adjust"),
            (Decimal("35.00") + Decimal("30.00") + Decimal("200.00") + t.n("上年结转{96.34}万元，无其他收入")[0]
             == Decimal("361.34"), "年初 项目支出"),
        ],
    ),
    "yushu-conservationtillage-2022": dict(
        levels={"预算执行": "| 97.19% | 97.19% | 10 | {9.72} |"},
        checks=[
            ("sum", "| 全年预算资金 | (2) | 5336.40 | {5150.00} |", ["提前下达{3200.00}万元", "下达{1950.00}万元（长财农指〔2022〕214号）"]),
            ("sum", "| 全年预算资金 | (2) | {5336.40} |", ["| 全年预算资金 | (2) | 5336.40 | {5150.00} |",
                                                        "| 全年预算资金 | (2) | 5336.40 | 5150.00 | {186.40} |"]),
            ("sum", "| 年初预算资金 | (1) | {3386.40} |", ["| 年初预算资金 | (1) | 3386.40 | {3200.00} |",
                                                        "| 年初预算资金 | (1) | 3386.40 | 3200.00 | {186.40} |"]),
            ("sum", "| 全年执行资金 | (4) | {5186.40} |", ["| 全年执行资金 | (4) | 5186.40 | {5000.00} |",
                                                        "| 全年执行资金 | (4) | 5186.40 | 5000.00 | {186.40} |"]),
            ("sum", "| 实际到位资金 | (3) | {5336.40} |", ["| 实际到位资金 | (3) | 5336.40 | {5150.00} |",
                                                        "| 实际到位资金 | (3) | 5336.40 | 5150.00 | {186.40} |"]),
            ("diff", "| 资金结余 | (5)=(3)-(4) | {150.00} |", "| 实际到位资金 | (3) | {5336.40} |",
             "| 全年执行资金 | (4) | {5186.40} |"),
            ("diff", "| (5)=(3)-(4) | 150.00 | {150.00} |", "| 实际到位资金 | (3) | 5336.40 | {5150.00} |",
             "| 全年执行资金 | (4) | 5186.40 | {5000.00} |"),
            ("diff", "| (5)=(3)-(4) | 150.00 | 150.00 | {0.00} |", "| 实际到位资金 | (3) | 5336.40 | 5150.00 | {186.40} |",
             "| 全年执行资金 | (4) | 5186.40 | 5000.00 | {186.40} |"),
            ("rate", "| (6)=(3)/(2) | {100} |", "| 实际到位资金 | (3) | {5336.40} |", "| 全年预算资金 | (2) | {5336.40} |"),
            ("rate", "| (6)=(3)/(2) | 100 | {100} |", "| 实际到位资金 | (3) | 5336.40 | {5150.00} |",
             "| 全年预算资金 | (2) | 5336.40 | {5150.00} |"),
            ("rate", "| (7)=(4)/(2) | {97.19} |", "| 全年执行资金 | (4) | {5186.40} |", "| 全年预算资金 | (2) | {5336.40} |"),
            ("rate", "| (7)=(4)/(2) | 97.19 | {97.09} |", "| 全年执行资金 | (4) | 5186.40 | {5000.00} |",
             "| 全年预算资金 | (2) | 5336.40 | {5150.00} |"),
            ("rate", "| (7)=(4)/(2) | 97.19 | 97.09 | {100} |", "| 全年执行资金 | (4) | 5186.40 | 5000.00 | {186.40} |",
             "| 全年预算资金 | (2) | 5336.40 | 5150.00 | {186.40} |"),
            ("sum", "| 全年执行资金 | (4) | {5186.40} |", ["作业补助{5072.14}万元", "核查服务费{96.00}万元", "培训宣传费{18.26}万元"]),
            ("sum", "核查服务费{96.00}万元", ["2146台共{64.38}万元", "第三方核查服务费{31.62}万元"]),
            ("prod", "2146台共{64.38}万元", "{2146}台共", "每年{300}元", 10000),
            ("prod", "作业补助{5072.14}万元", "作业面积{1,268,035}亩", "每亩{40}元标准", 10000),
            ("prod", "作业补助{50,721,400}元", "作业面积{1,268,035}亩", "每亩{40}元标准"),
            ("conv", "即{126.80}万亩", "作业面积{1,268,035}亩", "0.0001"),
            ("rate", "完成年度目标的{105.67}%", "即{126.80}万亩", "实施保护性耕作{120}万亩以上"),
            ("diff", "增加{25.30}万亩", "即{126.80}万亩", "2021年的{101.50}万亩"),
            ("growth", "增长{24.93}%", "即{126.80}万亩", "2021年的{101.50}万亩"),
            ("div", "作业{962.1}亩", "作业面积{1,268,035}亩", "等{1318}个"),
            ("sum", "等{1318}个", ["合作社{412}个", "家庭农场{236}个", "种植大户{670}户"]),
            ("prod", "约{7101}万元", "即{126.80}万亩", "亩均节本增效{56}元", 1),
            ("rate", "满意度{92.4}%", "满意{220}份", "有效问卷{238}份"),
            ("same", "| 2000台 | {2146}台 |", "免耕播种机{2146}台，全部"),
            ("same", "| 95% | {96.8}% |", "抽查合格率{96.8}%"),
            ("same", "| 30% | {35.2}% |", "秸秆覆盖还田率{35.2}%"),
            ("same", "| 50元 | {56}元 |", "亩均节本增效{56}元"),
            ("same", "| 2个百分点 | {1.6}个百分点 |", "提高{1.6}个百分点"),
            ("diff", "超出年度目标{5.67}%", "完成年度目标的{105.67}%", "| ≥ | {100}% | 97.19%"),
            ("diff", "扣{2}分；", "| 80.00% | {10} | 8.00 |", "| 80.00% | 10 | {8.00} |"),
            ("diff", "扣{0.28}分", "| 97.19% | 97.19% | {10} | 9.72 |", "| 97.19% | 97.19% | 10 | {9.72} |"),
            ("same", "总得分{97.72}分", "| 100 | {97.72} |"),
            ("grade", "总得分{97.72}分", ["评价等级为“优秀”"]),
        ],
    ),
    "helan-machinesafety-2020": dict(
        levels={"预算执行": "预算执行{9.60}分", "产出指标": "产出指标{46.81}分", "效益指标": "效益指标{29.14}分",
                "满意度指标": "满意度指标{10}分"},
        checks=[
            ("sum", "项目全年预算{45.56}万元", ["补助资金{28.00}万元", "县级财政安排{14.00}万元", "上年结转资金{3.56}万元"]),
            ("sum", "共{17.56}万元", ["县级财政安排{14.00}万元", "上年结转资金{3.56}万元"]),
            ("rate", "预算执行率{96.01}%", "项目支出{43.74}万元", "项目全年预算{45.56}万元"),
            ("sum", "| 合计 | | | {43.74} |", ["| 40元/台 | {12.68} |", "| 24元/套 | {6.00} |", "| 安全宣传 | | | {3.86} |",
                                                 "| 1套 | | {18.60} |", "| 125元/人 | {2.60} |"]),
            ("same", "| 合计 | | | {43.74} |", "项目支出{43.74}万元"),
            ("prod", "| 40元/台 | {12.68} |", "| {3170}台 | 40元", "| 3170台 | {40}元/台", 10000),
            ("prod", "| 24元/套 | {6.00} |", "| {2500}套 | 24元", "| 2500套 | {24}元/套", 10000),
            ("prod", "| 125元/人 | {2.60} |", "| {208}人 | 125元", "| 208人 | {125}元/人", 10000),
            ("diff", "项目结余{1.82}万元", "项目全年预算{45.56}万元", "项目支出{43.74}万元"),
            ("sum", "合计{3170}台", ["免费检验拖拉机{2858}台", "联合收割机{312}台"]),
            ("rate", "完成年度目标的{83.42}%", "合计{3170}台", "联合收割机{3800}台以上"),
            ("decline", "下降{12.24}%", "2019年的{3612}台", "合计{3170}台"),
            ("rate", "完成年度目标的{69.33}%", "考核发证{208}人，完成", "考核发证{300}人以上"),
            ("rate", "检验合格率{97.1}%", "合格{3078}台", "检验的{3170}台"),
            ("diff", "不合格的{92}台", "检验的{3170}台", "合格{3078}台"),
            ("rate", "上牌率{82.3}%", "已上牌{3396}台", "全县{4126}台拖拉机"),
            ("same", "现有拖拉机{4126}台", "全县{4126}台拖拉机"),
            ("rate", "满意度{91.6}%", "满意{164}份", "有效问卷{179}份"),
            ("same", "中标价{18.60}万元，低于", "| 1套 | | {18.60} |"),
            ("sum", "自评得分{95.55}分", ["预算执行{9.60}分", "产出指标{46.81}分", "效益指标{29.14}分", "满意度指标{10}分"]),
            ("same", "自评得分{95.55}分", "| 100 | {95.55} |"),
            ("grade", "自评得分{95.55}分", ["评价等级为优秀", "| 95.55 | 优秀 |"]),
        ],
    ),
}


def check_clean(pid):
    name = pid + "-clean.txt"
    text = read(os.path.join(CASES, name))
    t = Text(name, text)
    n = len(text)
    if not 2500 <= n <= 6000:
        problem("%s: length %d outside 2500-6000" % (name, n))
    spec = CHECKS[pid]
    res = check_tables(t, spec.get("levels"))
    run_checks(t, spec["checks"])
    for ok, msg in (spec["extra"](t) if "extra" in spec else []):
        if not ok:
            problem("%s: %s" % (name, msg))
    # the year in the title, the table heading and the 截至 sentences agree
    year = int(re.search(r"-(\d{4})$", pid).group(1))
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            problem("%s: 截至%s年12月31日 in a %d report" % (name, m.group(1), year))
    for m in re.finditer(r"结转(\d{4})年", text):
        if int(m.group(1)) <= year and "上年" not in text[m.start() - 2:m.start()]:
            problem("%s: carried over to %s in a %d report" % (name, m.group(1), year))
    # money is issued in the evaluation year, or as an advance in the December before it
    issued = [m for m in re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日[^。；\n]{0,20}下达", text)]
    for ln in text.split("\n"):
        if ln.startswith("|") and re.search(r"〔\d{4}〕", ln):
            issued += list(re.finditer(r"(\d{4})年(\d{1,2})月(\d{1,2})日", ln))
    if not issued:
        problem("%s: no issuing dates found" % name)
    for m in issued:
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == year or (y == year - 1 and mo == 12)):
            problem("%s: funds issued %s in a %d report" % (name, m.group(0), year))
    for m in re.finditer(r"（(\d{4})年度）", text):
        if int(m.group(1)) != year:
            problem("%s: table heading year %s" % (name, m.group(1)))
    return res


def edit_size(clean, case):
    a, b = clean.split("\n"), case.split("\n")
    if len(a) != len(b):
        return None, "line count changed"
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    sizes = []
    for i in diff:
        x, y = a[i], b[i]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[len(x) - 1 - s] == y[len(y) - 1 - s]:
            s += 1
        sizes.append(max(len(x) - p - s, len(y) - p - s))
    return diff, sizes


def main():
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problem("labels and case files differ")
    kinds = {e["case"] + ".txt": e["kind"] for e in build.EDITS}
    per_code = {}
    for lab in labels:
        case = read(os.path.join(CASES, lab["case"]))
        clean = read(os.path.join(CASES, lab["source"] + "-clean.txt"))
        if lab["clean"]:
            if lab["expected"]:
                problem("%s: clean case with expected findings" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            problem("%s: expected %d labels" % (lab["case"], len(lab["expected"])))
        for e in lab["expected"]:
            if e["code"] not in VOCAB or e["severity"] != "error":
                problem("%s: bad code/severity %s/%s" % (lab["case"], e["code"], e["severity"]))
            if case.count(e["value"]) != 1:
                problem("%s: value occurs %d times in case" % (lab["case"], case.count(e["value"])))
            if clean.count(e["value"]) != 0:
                problem("%s: value occurs in the clean draft" % lab["case"])
            per_code.setdefault(e["code"], set()).add(lab["source"])
            per_code.setdefault(e["code"] + "#n", []).append(lab["case"])
        diff, sizes = edit_size(clean, case)
        if diff is None:
            problem("%s: %s" % (lab["case"], sizes))
            continue
        kind = kinds.get(lab["case"])
        if kind == "line":
            if len(diff) != 1 or sizes[0] > 16:
                problem("%s: line edit touches %d lines, sizes %s" % (lab["case"], len(diff), sizes))
        elif kind == "rows":
            if not (1 <= len(diff) <= 2 and (len(diff) == 1 or diff[1] == diff[0] + 1) and max(sizes) <= 16):
                problem("%s: row edit lines %s sizes %s" % (lab["case"], diff, sizes))
        else:
            problem("%s: unknown edit kind" % lab["case"])
    for code in sorted(CODES_A):
        n = len(per_code.get(code + "#n", []))
        m = len(per_code.get(code, ()))
        if n < 2 or m < 2:
            problem("coverage: %s used %d times in %d projects" % (code, n, m))
    summary = {}
    for pid in build.PROJECTS:
        res = check_clean(pid)
        if res:
            summary[pid] = res[0]
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAILED: %d problems" % len(PROBLEMS))
        sys.exit(1)
    counts = {c: len(per_code.get(c + "#n", [])) for c in sorted(CODES_A)}
    print("cases: %d (%d clean), codes: %s" % (len(labels), len(build.PROJECTS), counts))
    print("totals: %s" % {k: str(v) for k, v in summary.items()})
    print("OK")


if __name__ == "__main__":
    main()
