#!/usr/bin/env python3
"""Verify the labelled set in this directory (standard library only).

For every case:
  * every label value occurs (exactly once) in its case;
  * an error case differs from its clean draft in one contiguous place that overlaps the value;
  * the arithmetic of the draft is redone from figures read out of the text with fixed
    templates (one per figure group, each must match exactly once): sums, rates, balances,
    averages, completion rates, weights, scores, grade bands, units, years, text <-> table.
    Clean drafts: every check passes (errors and warnings).  Error cases: the labelled code
    fails and no other error-level code fails (score_rule_mismatch is a warning and may).
  * each of the 13 error codes of errors.md §A is used at least twice.
Tolerance is rules.md §8: |computed - stated| <= 0.5 * 10^-d, d = decimals of the stated figure.
A sum / rate / equality that fails but is reconciled exactly by rescaling one amount by 10^4 is
reported as unit_mismatch (errors.md: the most specific explanation wins).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 50
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}
EPS = D("1e-9")

# ---------------------------------------------------------------- templates
NUM = r"(\d[\d,]*(?:\.\d+)?)"
PH = {
    "n": NUM,
    "m": NUM + r"(元|万元|亿元)",
    "p": r"(—|\d[\d,]*(?:\.\d+)?%?)",
    "u": r"([^\s\d|.,，。；、（）()≥≤=]+)",
    "g": r"(优秀|良好|中等|合格|不合格|较差|优|良|中|差)",
    "y": r"(\d{4})",
}
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}


class Val:
    def __init__(self, raw, v=None, tol=None, s=None):
        self.raw, self.v, self.tol, self.s = raw, v, tol, s

    def scaled(self, f):
        return Val(self.raw, None if self.v is None else self.v * f,
                   None if self.tol is None else self.tol * f, self.s)


def parse_num(raw):
    r = raw.replace(",", "").rstrip("%")
    d = len(r.split(".")[1]) if "." in r else 0
    return D(r), D(5) / (D(10) ** (d + 1)) + EPS


def compile_tpl(tpl):
    parts, kinds = [], []
    for tok in re.split(r"(\{[nmpugy]\}|~)", tpl):
        if tok == "~":
            parts.append(r"[\s|]+")
        elif re.fullmatch(r"\{[nmpugy]\}", tok):
            parts.append(PH[tok[1]])
            kinds.append(tok[1])
        elif tok:
            parts.append(re.escape(tok))
    return re.compile("".join(parts)), kinds


class StructureError(Exception):
    pass


def extract(text, fields):
    V = {}
    for tpl, names in fields:
        rx, kinds = compile_tpl(tpl)
        if len(kinds) != len(names):
            raise StructureError(f"template/name count differ: {tpl!r}")
        ms = list(rx.finditer(text))
        if len(ms) != 1:
            raise StructureError(f"template matches {len(ms)} times: {tpl!r}")
        g = list(ms[0].groups())
        i = 0
        for k, name in zip(kinds, names):
            if k == "m":
                raw, unit = g[i], g[i + 1]
                i += 2
                v, tol = parse_num(raw)
                V[name] = Val(raw + unit, v * MONEY[unit], tol * MONEY[unit], unit)
            else:
                raw = g[i]
                i += 1
                if k == "n":
                    v, tol = parse_num(raw)
                    V[name] = Val(raw, v, tol)
                elif k == "p":
                    if raw == "—":
                        V[name] = Val(raw)
                    else:
                        v, tol = parse_num(raw)
                        V[name] = Val(raw, v, tol)
                elif k == "y":
                    V[name] = Val(raw, D(raw), D(0), raw)
                else:
                    V[name] = Val(raw, s=raw)
    return V


# ---------------------------------------------------------------- checks
# each check: (code, kind, function(V) -> True/False, names usable for 10^4 rescaling)
def calc(code, lhs, fn, *ins):
    def run(V):
        xs = [V[n].v for n in ins]
        if V[lhs].v is None or any(x is None for x in xs):
            return True
        c = fn(*xs)
        return c is None or abs(c - V[lhs].v) <= V[lhs].tol
    return (code, "calc", run, (lhs,) + ins, f"{lhs} = f({', '.join(ins)})")


def sumc(code, lhs, *ins):
    return calc(code, lhs, lambda *xs: sum(xs, D(0)), *ins)


def rate(lhs, num, den, code="rate_mismatch"):
    return calc(code, lhs, lambda a, b: None if b == 0 else a / b * 100, num, den)


def eq(a, b, factor=1, code="conflicting_values"):
    f = D(factor)

    def run(V):
        if V[a].v is None or V[b].v is None:
            return True
        return abs(V[a].v - f * V[b].v) <= max(V[a].tol, f * V[b].tol)
    return (code, "calc", run, (a, b), f"{a} == {factor}*{b}")


def le(s, w):
    return ("score_exceeds_weight", "le", lambda V: D(0) <= V[s].v <= V[w].v, (), f"0 <= {s} <= {w}")


def rng(p):
    return ("implausible_rate", "rng", lambda V: V[p].v is None or D(0) <= V[p].v <= 100, (),
            f"0 <= {p} <= 100%")


def zero_base(cell, base):
    def run(V):
        if V[base].v != 0:
            return True
        return V[cell].raw in ("—", "-", "0", "0%", "0.00%", "0.00")
    return ("implausible_rate", "zero", run, (), f"{cell} on zero base {base}")


BANDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
         "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


def grade(g, total):
    return ("grade_mismatch", "grade", lambda V: BANDS[V[g].s] == band(V[total].v), (), f"{g} ~ {total}")


def unit(uT, uA):
    return ("unit_mismatch", "unit", lambda V: V[uT].s == V[uA].s, (), f"{uT} == {uA}")


def year(y, rel, Y):
    ops = {"eq": lambda a: a == Y, "prev": lambda a: a == Y - 1, "gt": lambda a: a > Y,
           "ge": lambda a: a >= Y, "rep": lambda a: a in (Y, Y + 1)}
    return ("year_mismatch", "year", lambda V: ops[rel](int(V[y].raw)), (), f"{y} {rel} {Y}")


def completion_value(T, A, direction):
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def compl(c, T, A, direction, uT=None, uA=None):
    def run(V):
        if uT and uA and V[uT].s != V[uA].s:
            return True          # not computable; unit check reports it
        return abs(completion_value(V[T].v, V[A].v, direction) - V[c].v) <= V[c].tol
    return ("completion_mismatch", "compl", run, (), f"{c} from {T},{A} ({direction})")


def rule(s, w, T, A, direction, uT=None, uA=None, c=None):
    """Score rule (rules.md §5, warning): w * min(completion, 100%); lte: w * T/A when missed."""
    def run(V):
        if uT and uA and V[uT].s != V[uA].s:
            return True
        comp = completion_value(V[T].v, V[A].v, direction)
        cands = [V[w].v * min(comp, D(100)) / 100]
        if c is not None:
            cands.append(V[w].v * min(V[c].v, D(100)) / 100)
        return any(abs(x - V[s].v) <= V[s].tol for x in cands)
    return ("score_rule_mismatch", "rule", run, (), f"{s} by rule from {w},{T},{A}")


def rule_exec(s, w, spent, budget, stated_rate=None):
    def run(V):
        r = V[spent].v / V[budget].v * 100
        cands = [V[w].v * min(r, D(100)) / 100]
        if stated_rate:
            cands.append(V[w].v * min(V[stated_rate].v, D(100)) / 100)
        return any(abs(x - V[s].v) <= V[s].tol for x in cands)
    return ("score_rule_mismatch", "rule", run, (), f"{s} = {w} x execution rate")


def rule_full(s, w):
    return ("score_rule_mismatch", "rule", lambda V: V[s].v == V[w].v, (), f"{s} == {w} (achieved)")


W4 = D(10000)


# ---------------------------------------------------------------- projects
def spec_jincheng():
    Y = 2021
    F = [
        ("晋城市医疗保障局\n{y}年度长期护理保险", ["y_title"]),
        ("项目实施期：{y}年1月1日至{y}年12月31日", ["y_p1", "y_p2"]),
        ("本项目年初预算{m}，全部为市级财政资金", ["p_init"]),
        ("{y}年度未支付完毕的评估服务尾款{m}按规定结转至{y}年", ["y_prev", "p_carry", "y_cin"]),
        ("全年预算资金{m}，实际到位{m}", ["p_annual", "p_recv"]),
        ("全年执行{m}，其中第三方评估服务费{m}（全年评估{n}人次，每人次{n}元），专家复核劳务费及评估员培训费{m}，"
         "评估信息系统运行维护费{m}", ["p_spent", "p_svc", "p_cnt", "p_unit", "p_exp", "p_it"]),
        ("年初预算资金~(1)~{n}~{n}~{n}", ["t1_tot", "t1_city", "t1_carry"]),
        ("全年预算资金~(2)~{n}~{n}~{n}", ["t2_tot", "t2_city", "t2_carry"]),
        ("实际到位资金~(3)~{n}~{n}~{n}", ["t3_tot", "t3_city", "t3_carry"]),
        ("全年执行资金~(4)~{n}~{n}~{n}", ["t4_tot", "t4_city", "t4_carry"]),
        ("资金结余~(5)=(3)-(4)~{n}~{n}~{n}", ["t5_tot", "t5_city", "t5_carry"]),
        ("预算到位率(%)~(6)=(3)/(2)~{n}~{n}~{n}", ["t6_tot", "t6_city", "t6_carry"]),
        ("预算执行率(%)~(7)=(4)/(2)~{n}~{n}~{n}", ["t7_tot", "t7_city", "t7_carry"]),
        ("全年完成失能等级评估不少于{n}人次；评估专家库入库专家不少于{n}人；评估结论复核一致率不低于{n}%；"
         "自受理之日起{n}个工作日内办结；重度失能人员待遇享受覆盖率{n}%以上；评估对象及家属满意度不低于{n}%",
         ["g1", "g2", "g3", "g4", "g6", "g9"]),
        ("自评总得分{n}分，属于“{g}”", ["total", "grade"]),
        ("其中预算执行率得{n}分，产出指标得{n}分，效益指标得{n}分，满意度指标得{n}分",
         ["ps_exec", "ps_out", "ps_ben", "ps_sat"]),
        ("预算执行指标~预算执行率~{n}~{n}%~{n}%~{n}%~{n}", ["e_w", "e_T", "e_A", "e_c", "e_s"]),
    ]
    rows = [("r1", "完成失能等级评估人次", "≥", "gte"), ("r2", "评估专家库入库人数", "≥", "gte"),
            ("r3", "评估结论复核一致率", "≥", "gte"), ("r4", "受理后评估办结时限", "≤", "lte"),
            ("r5", "每人次评估服务费", "≤", "lte"), ("r6", "重度失能人员待遇享受覆盖率", "≥", "gte"),
            ("r7", "评估结论复核改判率", "≤", "lte"), ("r8", "评估员持证上岗率", "", "eq"),
            ("r9", "评估对象及家属满意度", "≥", "gte")]
    for r, name, sign, _ in rows:
        F.append((name + "~{n}~" + sign + "{n}{u}~{n}{u}~{n}%~{n}",
                  [r + "_w", r + "_T", r + "_uT", r + "_A", r + "_uA", r + "_c", r + "_s"]))
    F += [
        ("全年受理评估申请{n}人次，除{n}人次", ["apps", "term"]),
        ("上年度（{y}年评估{n}人次）", ["y_last", "cnt_last"]),
        ("专家库现有医师、护师和康复治疗师等专家{n}人", ["experts"]),
        ("截至{y}年12月31日，经评估符合重度失能标准的{n}人中，已有{n}人按月享受长期护理保险待遇，覆盖率{n}%",
         ["y_cut", "elig", "enjoy", "cov_p"]),
        ("满意度为{n}%，未达到年度目标", ["sat_p"]),
        ("在岗评估员{n}人中{n}人已取得培训合格证书，另外{n}人已报名参加{y}年第一期培训",
         ["staff", "cert", "rest", "y_next"]),
        ("晋城市医疗保障局\n{y}年3月15日", ["y_rep"]),
    ]
    C = [
        sumc("sum_mismatch", "p_annual", "p_init", "p_carry"),
        sumc("sum_mismatch", "p_spent", "p_svc", "p_exp", "p_it"),
        calc("sum_mismatch", "p_svc", lambda n, u: n * u / W4, "p_cnt", "p_unit"),
        calc("sum_mismatch", "p_cnt", lambda a, b: a - b, "apps", "term"),
        calc("sum_mismatch", "rest", lambda a, b: a - b, "staff", "cert"),
    ]
    for i in "12345":
        C.append(sumc("sum_mismatch", f"t{i}_tot", f"t{i}_city", f"t{i}_carry"))
    C.append(sumc("sum_mismatch", "t2_tot", "t1_tot", "t2_carry"))
    for col in ("tot", "city", "carry"):
        C.append(calc("balance_mismatch", f"t5_{col}", lambda a, b: a - b, f"t3_{col}", f"t4_{col}"))
        C.append(rate(f"t6_{col}", f"t3_{col}", f"t2_{col}"))
        C.append(rate(f"t7_{col}", f"t4_{col}", f"t2_{col}"))
        C += [rng(f"t6_{col}"), rng(f"t7_{col}")]
    C += [
        rate("cov_p", "enjoy", "elig"), rate("r8_A", "cert", "staff"),
        eq("p_init", "t1_tot"), eq("p_carry", "t2_carry"), eq("p_annual", "t2_tot"), eq("p_recv", "t3_tot"),
        eq("p_spent", "t4_tot"), eq("p_cnt", "r1_A"), eq("p_unit", "r5_A"), eq("experts", "r2_A"),
        eq("cov_p", "r6_A"), eq("sat_p", "r9_A"), eq("e_A", "t7_tot"), eq("ps_exec", "e_s"),
        eq("ps_sat", "r9_s"),
        eq("g1", "r1_T"), eq("g2", "r2_T"), eq("g3", "r3_T"), eq("g4", "r4_T"), eq("g6", "r6_T"),
        eq("g9", "r9_T"),
        rng("e_A"), rng("r3_A"), rng("r6_A"), rng("r7_A"), rng("r8_A"), rng("r9_A"), rng("cov_p"),
        sumc("weight_sum_mismatch", "c100", "e_w", *[f"r{i}_w" for i in range(1, 10)]),
        sumc("score_sum_mismatch", "total", "e_s", *[f"r{i}_s" for i in range(1, 10)]),
        sumc("score_sum_mismatch", "total", "ps_exec", "ps_out", "ps_ben", "ps_sat"),
        sumc("score_sum_mismatch", "ps_out", *[f"r{i}_s" for i in range(1, 6)]),
        sumc("score_sum_mismatch", "ps_ben", *[f"r{i}_s" for i in range(6, 9)]),
        grade("grade", "total"),
        le("e_s", "e_w"),
        compl("e_c", "e_T", "e_A", "gte"),
        rule_exec("e_s", "e_w", "p_spent", "p_annual", "e_A"),
        year("y_title", "eq", Y), year("y_p1", "eq", Y), year("y_p2", "eq", Y), year("y_prev", "prev", Y),
        year("y_cin", "eq", Y), year("y_last", "prev", Y), year("y_cut", "eq", Y), year("y_next", "gt", Y),
        year("y_rep", "rep", Y),
    ]
    for r, _, _, d in rows:
        C += [le(r + "_s", r + "_w"), unit(r + "_uT", r + "_uA"),
              compl(r + "_c", r + "_T", r + "_A", d, r + "_uT", r + "_uA"),
              rule(r + "_s", r + "_w", r + "_T", r + "_A", d, r + "_uT", r + "_uA", r + "_c")]
    return F, C, {"c100": 100}


def spec_jingmen():
    Y = 2019
    F = [
        ("荆门市医疗保障局\n{y}年度长期护理保险", ["y_title"]),
        ("签约居家上门护理对象{n}人（{y}年为{n}人）", ["signed", "y_last", "signed_last"]),
        ("全年为不少于{n}名居家重度失能人员提供上门护理服务，服务时长不少于{n}万小时；护理服务记录抽查合格率不低于{n}%；"
         "压疮新发生率控制在{n}%以内", ["g1", "g2", "g3", "g6"]),
        ("服务对象满意度达到{n}%以上", ["g8"]),
        ("项目年初预算{m}，其中省级长期护理保险试点补助资金{m}已于{y}年{n}月提前下达",
         ["p_init", "p_prov", "y_adv", "m_adv"]),
        ("市级财政追加{m}，全年预算调整为{m}", ["p_add", "p_annual"]),
        ("全年支出{m}，预算执行率{n}%", ["p_spent", "p_rate"]),
        ("居家上门护理服务补助{m}，全年累计上门服务{n}小时，按每小时{n}元标准补助", ["p_svc", "hours", "per_hour"]),
        ("护理耗材包{m}，按每人每月{n}元标准为{n}名居家护理对象配发，共{n}个月", ["p_kit", "per_kit", "kit_n", "months"]),
        ("质量督导及第三方评估费{m}", ["p_sup"]),
        ("平均每名服务对象全年享受上门服务{n}小时，人均获得上门护理补助{n}元", ["avg_h", "avg_y"]),
        ("年末结余{m}，主要是", ["p_bal"]),
        ("已结转至{y}年使用", ["y_cf"]),
        ("市级财政资金~{n}~{n}~{n}~{n}~{p}", ["c_i", "c_a", "c_r", "c_s", "c_rate"]),
        ("省级补助资金~{n}~{n}~{n}~{n}~{p}", ["s_i", "s_a", "s_r", "s_s", "s_rate"]),
        ("其他资金~{n}~{n}~{n}~{n}~{p}", ["o_i", "o_a", "o_r", "o_s", "o_rate"]),
        ("合计~{n}~{n}~{n}~{n}~{p}", ["tot_i", "tot_a", "tot_r", "tot_s", "tot_rate"]),
        ("预算执行率按{n}分计，得分为{n}分乘以执行率；其余{n}分按年度目标", ["pw_exec", "pw_exec2", "pw_rest"]),
        ("预算执行率~{n}%~{n}%~{n}~{n}", ["e_T", "e_A", "e_w", "e_s"]),
        ("目标1：保障居家重度失能人员获得上门护理服务（{n}分）", ["b1_w"]),
        ("目标2：减轻失能家庭照护负担、提升护理质量（{n}分）", ["b2_w"]),
        ("失能家庭照护负担~有效减轻~有效减轻~{n}~{n}", ["r5_w", "r5_s"]),
        ("服务时长比目标多出{n}小时", ["more_h"]),
        ("护理服务记录抽查合格率为{n}%", ["q_p"]),
        ("压疮新发生率为{n}%", ["sore_p"]),
        ("综合得分{n}分（各项得分合计后四舍五入取整数），评价等级为{g}", ["total", "grade"]),
        ("荆门市医疗保障局\n{y}年4月10日", ["y_rep"]),
    ]
    rows = [("r1", "享受居家上门护理人数", "≥", "gte"), ("r2", "全年上门护理服务时长", "≥", "gte"),
            ("r3", "护理服务记录抽查合格率", "≥", "gte"), ("r4", "每小时上门服务补助标准", "≤", "lte"),
            ("r6", "居家护理对象压疮新发生率", "≤", "lte"), ("r7", "护理员队伍稳定率", "≥", "gte"),
            ("r8", "服务对象满意度", "≥", "gte")]
    for r, name, sign, _ in rows:
        F.append((name + "~" + sign + "{n}{u}~{n}{u}~{n}~{n}",
                  [r + "_T", r + "_uT", r + "_A", r + "_uA", r + "_w", r + "_s"]))
    C = [
        sumc("sum_mismatch", "p_annual", "p_init", "p_add"),
        sumc("sum_mismatch", "p_spent", "p_svc", "p_kit", "p_sup"),
        calc("sum_mismatch", "p_svc", lambda h, p: h * p / W4, "hours", "per_hour"),
        calc("sum_mismatch", "p_kit", lambda p, n, m: p * n * m / W4, "per_kit", "kit_n", "months"),
        calc("sum_mismatch", "more_h", lambda a, t: a - t, "r2_A", "r2_T"),
        calc("sum_mismatch", "c_a", lambda i, a: i + a, "c_i", "p_add"),
    ]
    for col in "iars":
        C.append(sumc("sum_mismatch", f"tot_{col}", f"c_{col}", f"s_{col}", f"o_{col}"))
    for row in ("c", "s", "o", "tot"):
        C += [rate(f"{row}_rate", f"{row}_s", f"{row}_a"), rng(f"{row}_rate")]
    C += [
        zero_base("o_rate", "o_a"),
        rate("p_rate", "p_spent", "p_annual"), rng("p_rate"),
        eq("tot_r", "tot_a", code="rate_mismatch"),          # "资金于当年全部到位"
        calc("balance_mismatch", "p_bal", lambda r, s: r - s, "tot_r", "tot_s"),
        calc("average_mismatch", "avg_h", lambda h, n: h / n, "hours", "signed"),
        calc("average_mismatch", "avg_y", lambda s, n: s * W4 / n, "p_svc", "signed"),
        eq("p_init", "tot_i"), eq("p_annual", "tot_a"), eq("p_spent", "tot_s"), eq("p_rate", "tot_rate"),
        eq("p_rate", "e_A"), eq("p_prov", "s_i"), eq("hours", "r2_A"), eq("signed", "r1_A"),
        eq("kit_n", "signed"), eq("per_hour", "r4_A"), eq("g1", "r1_T"), eq("r2_T", "g2", factor=10000),
        eq("g3", "r3_T"), eq("g6", "r6_T"), eq("g8", "r8_T"), eq("q_p", "r3_A"), eq("sore_p", "r6_A"),
        eq("pw_exec", "e_w"), eq("pw_exec2", "e_w"),
        rng("e_A"), rng("r3_A"), rng("r6_A"), rng("r7_A"), rng("r8_A"),
        sumc("weight_sum_mismatch", "c100", "e_w", "b1_w", "b2_w"),
        sumc("weight_sum_mismatch", "pw_rest", "b1_w", "b2_w"),
        sumc("weight_sum_mismatch", "b1_w", "r1_w", "r2_w", "r3_w", "r4_w"),
        sumc("weight_sum_mismatch", "b2_w", "r5_w", "r6_w", "r7_w", "r8_w"),
        sumc("score_sum_mismatch", "total", "e_s", *[f"r{i}_s" for i in range(1, 9)]),
        grade("grade", "total"),
        le("e_s", "e_w"), le("r5_s", "r5_w"), rule_full("r5_s", "r5_w"),
        rule_exec("e_s", "e_w", "p_spent", "p_annual", "p_rate"),
        year("y_title", "eq", Y), year("y_last", "prev", Y), year("y_adv", "prev", Y),
        ("year_mismatch", "year", lambda V: V["m_adv"].v == 12, (), "advance issued in December"),
        year("y_cf", "gt", Y), year("y_rep", "rep", Y),
    ]
    for r, _, _, d in rows:
        C += [le(r + "_s", r + "_w"), unit(r + "_uT", r + "_uA"),
              rule(r + "_s", r + "_w", r + "_T", r + "_A", d, r + "_uT", r + "_uA")]
    return F, C, {"c100": 100}


def spec_xindu():
    Y = 2023
    F = [
        ("成都市新都区人力资源和社会保障局\n{y}年度长期照护", ["y_title"]),
        ("{y}年计划培训护理员不少于{n}人，取得职业技能等级证书不少于{n}人，培训合格率不低于{n}%；培训结束后{n}天内拨付补贴；"
         "结业学员6个月内从事护理工作的比例不低于{n}%，定点护理机构护理员持证率达到{n}%以上",
         ["y_goal", "g1", "g2", "g3", "g4", "g6", "g7"]),
        ("项目年初预算{m}，其中中央就业补助资金{m}、区级财政资金{m}", ["p_init", "p_c_init", "p_d_init"]),
        ("9月区级财政追加{m}，全年预算{m}", ["p_add", "p_annual"]),
        ("全年支出{m}，其中：培训补贴{m}（初级工{n}人，每人{n}元，计{m}；中级工{n}人，每人{n}元，计{m}；"
         "高级工{n}人，每人{n}元，计{m}）；职业技能等级认定评价补贴{m}（{n}人次，每人次{n}元）；考务及师资督导费{m}",
         ["p_spent", "p_sub", "n1", "u1", "a1", "n2", "u2", "a2", "n3", "u3", "a3", "p_eval", "n_eval",
          "u_eval", "p_exam"]),
        ("中央就业补助资金{m}全部支出，执行率{n}%；区级资金{m}支出{m}，执行率{n}%",
         ["c_amt", "c_rate", "d_amt", "d_spent", "d_rate"]),
        ("年末结余{m}，均为区级资金", ["p_bal"]),
        ("参训护理员{n}人，较{y}年的{n}人", ["trained", "y_last", "trained_last"]),
        ("培训合格并取得证书{n}人，培训合格率{n}%", ["certified", "pass_p"]),
        ("补贴资金在培训结束后{n}天内拨付到位", ["days"]),
        ("从事护理工作的比例为{n}%", ["emp_p"]),
        ("预算执行情况{n}分，绩效指标{n}分", ["pw_exec", "pw_perf"]),
        ("产出指标（{n}分）得{n}分，效益指标（{n}分）得{n}分，预算执行率得{n}分",
         ["lw_out", "ls_out", "lw_ben", "ls_ben", "ls_exec"]),
        ("年度资金总额~{n}~{n}~{n}~{n}~{n}%~{n}", ["f_i", "f_a", "f_s", "f_w", "f_rate", "f_score"]),
        ("其中：财政资金~{n}~{n}~{n}", ["fc_i", "fc_a", "fc_s"]),
        ("财政专户管理资金~{n}~{n}~{n}", ["fz_i", "fz_a", "fz_s"]),
        ("单位资金~{n}~{n}~{n}", ["fu_i", "fu_a", "fu_s"]),
        ("其他资金~{n}~{n}~{n}", ["fo_i", "fo_a", "fo_s"]),
        ("总分~{n}~{n}", ["t_w", "t_s"]),
        ("自评等级为“{g}”", ["grade"]),
        ("成都市新都区人力资源和社会保障局\n{y}年2月", ["y_rep"]),
    ]
    rows = [("r1", "培训长期照护护理员人数", "≥", "gte"), ("r2", "取得职业技能等级证书人数", "≥", "gte"),
            ("r3", "培训合格率", "≥", "gte"), ("r4", "培训结束后补贴拨付时限", "≤", "lte"),
            ("r5", "初级工人均培训补贴标准", "≤", "lte"), ("r6", "结业后6个月内从事护理工作比例", "≥", "gte"),
            ("r7", "定点护理机构护理员持证率", "≥", "gte")]
    for r, name, sign, _ in rows:
        F.append((name + "~" + sign + "~{n}~{u}~{n}~{n}~{n}", [r + "_T", r + "_u", r + "_A", r + "_w", r + "_s"]))
    C = [
        sumc("sum_mismatch", "p_init", "p_c_init", "p_d_init"),
        sumc("sum_mismatch", "p_annual", "p_init", "p_add"),
        sumc("sum_mismatch", "p_spent", "p_sub", "p_eval", "p_exam"),
        sumc("sum_mismatch", "p_sub", "a1", "a2", "a3"),
        calc("sum_mismatch", "a1", lambda n, u: n * u / W4, "n1", "u1"),
        calc("sum_mismatch", "a2", lambda n, u: n * u / W4, "n2", "u2"),
        calc("sum_mismatch", "a3", lambda n, u: n * u / W4, "n3", "u3"),
        calc("sum_mismatch", "p_eval", lambda n, u: n * u / W4, "n_eval", "u_eval"),
        sumc("sum_mismatch", "n_eval", "n1", "n2", "n3"),
        sumc("sum_mismatch", "p_spent", "c_amt", "d_spent"),
        sumc("sum_mismatch", "d_amt", "p_d_init", "p_add"),
        sumc("sum_mismatch", "p_annual", "c_amt", "d_amt"),
    ]
    for col in "ias":
        C.append(sumc("sum_mismatch", f"f_{col}", f"fc_{col}", f"fz_{col}", f"fu_{col}", f"fo_{col}"))
    C += [
        rate("f_rate", "f_s", "f_a"), rate("c_rate", "c_amt", "c_amt"), rate("d_rate", "d_spent", "d_amt"),
        rate("pass_p", "certified", "trained"),
        calc("balance_mismatch", "p_bal", lambda a, s: a - s, "p_annual", "p_spent"),
        calc("balance_mismatch", "p_bal", lambda a, s: a - s, "d_amt", "d_spent"),
        rng("f_rate"), rng("c_rate"), rng("d_rate"), rng("pass_p"), rng("r3_A"), rng("r6_A"), rng("r7_A"),
        eq("p_init", "f_i"), eq("p_annual", "f_a"), eq("p_spent", "f_s"), eq("c_amt", "p_c_init"),
        eq("trained", "r1_A"), eq("certified", "r2_A"), eq("certified", "n_eval"), eq("pass_p", "r3_A"),
        eq("days", "r4_A"), eq("u1", "r5_A"), eq("emp_p", "r6_A"), eq("pw_exec", "f_w"),
        eq("ls_exec", "f_score"),
        eq("g1", "r1_T"), eq("g2", "r2_T"), eq("g3", "r3_T"), eq("g4", "r4_T"), eq("g6", "r6_T"),
        eq("g7", "r7_T"),
        sumc("weight_sum_mismatch", "t_w", "f_w", *[f"r{i}_w" for i in range(1, 8)]),
        sumc("weight_sum_mismatch", "c100", "t_w"),
        sumc("weight_sum_mismatch", "c100", "pw_exec", "pw_perf"),
        sumc("weight_sum_mismatch", "pw_perf", "lw_out", "lw_ben"),
        sumc("weight_sum_mismatch", "lw_out", *[f"r{i}_w" for i in range(1, 6)]),
        sumc("weight_sum_mismatch", "lw_ben", "r6_w", "r7_w"),
        sumc("score_sum_mismatch", "t_s", "f_score", *[f"r{i}_s" for i in range(1, 8)]),
        sumc("score_sum_mismatch", "ls_out", *[f"r{i}_s" for i in range(1, 6)]),
        sumc("score_sum_mismatch", "ls_ben", "r6_s", "r7_s"),
        grade("grade", "t_s"),
        le("f_score", "f_w"),
        rule_exec("f_score", "f_w", "f_s", "f_a", "f_rate"),
        year("y_title", "eq", Y), year("y_goal", "eq", Y), year("y_last", "prev", Y), year("y_rep", "rep", Y),
    ]
    for r, _, _, d in rows:
        C += [le(r + "_s", r + "_w"), rule(r + "_s", r + "_w", r + "_T", r + "_A", d)]
    return F, C, {"c100": 100}


def spec_huhehaote():
    Y = 2024
    F = [
        ("呼和浩特市医疗保障事务中心\n{y}年度长期护理保险", ["y_title"]),
        ("{y}年末，全市协议管理的定点护理服务机构{n}家，其中机构护理类{n}家、居家护理类{n}家；{y}年末为{n}家",
         ["y_end", "inst", "inst_a", "inst_b", "y_last", "inst_last"]),
        ("现场检查不少于{n}家次，新增协议管理机构不少于{n}家；违规护理费用全额追回；护理费用审核结算不超过{n}个工作日；"
         "待遇享受人数不少于{n}人；失能人员及家属满意度不低于{n}%", ["g1", "g2", "g4", "g6", "g9"]),
        ("{y}年项目年初预算{m}，上年结转{m}，全年预算{m}，资金全部到位。全年执行{m}",
         ["y_budget", "p_init", "p_carry", "p_annual", "p_spent"]),
        ("执行率{n}%。未执行部分已结转至{y}年", ["p_rate", "y_cf"]),
        ("本项目自评得分{n}分，评价等级为“{g}”", ["p_total", "grade"]),
        ("年度资金总额~{n}~{n}~{n}~{n}~{n}~{n}%~{n}", ["f_i", "f_a", "f_s", "f_bal", "f_w", "f_rate", "f_score"]),
        ("当年财政拨款~{n}~{n}~{n}", ["fa_i", "fa_a", "fa_s"]),
        ("上年结转资金~{n}~{n}~{n}", ["fc_i", "fc_a", "fc_s"]),
        ("其他资金~{n}~{n}~{n}", ["fo_i", "fo_a", "fo_s"]),
        ("合计~{n}~{n}", ["t_w", "t_s"]),
        ("（二）产出指标（{n}分）", ["lw_out"]),
        ("（三）效益指标（{n}分）", ["lw_ben"]),
        ("（四）满意度指标（{n}分）", ["lw_sat"]),
        ("全年对{n}家定点机构", ["inst2"]),
        ("新增协议管理机构{n}家，另有{n}家申报机构整改后仍未达到准入条件，未完成新增{n}家的目标，扣{n}分",
         ["new_p", "other", "g2b", "deduct"]),
        ("平均审核结算周期为{n}个工作日", ["days_p"]),
        ("全年享受长期护理保险待遇{n}人，比{y}年的{n}人", ["enjoy", "y_last2", "enjoy_last"]),
        ("长护基金全年支付护理服务费用{m}，按享受待遇人数和{n}个月折算，月人均减负{n}元", ["fund", "months", "avg_p"]),
        ("持证上岗率{n}%，低于年度目标", ["cert_p"]),
        ("满意度为{n}%", ["sat_p"]),
        ("呼和浩特市医疗保障事务中心\n{y}年3月", ["y_rep"]),
    ]
    rows = [("r1", "定点护理机构现场检查", "≥", "gte"), ("r2", "新增协议管理定点护理机构", "≥", "gte"),
            ("r3", "违规护理费用追回率", "=", "eq"), ("r4", "护理费用审核结算时限", "≤", "lte"),
            ("r5", "单家机构年度考核成本", "≤", "lte"), ("r6", "长期护理保险待遇享受人数", "≥", "gte"),
            ("r7", "失能人员月人均护理费用减负", "≥", "gte"), ("r8", "定点机构护理员持证上岗率", "≥", "gte"),
            ("r9", "失能人员及家属满意度", "≥", "gte")]
    for r, name, sign, _ in rows:
        F.append((name + "~" + sign + "{n}{u}~{n}{u}~{n}%~{n}~{n}",
                  [r + "_T", r + "_uT", r + "_A", r + "_uA", r + "_c", r + "_w", r + "_s"]))
    C = [
        sumc("sum_mismatch", "p_annual", "p_init", "p_carry"),
        sumc("sum_mismatch", "inst", "inst_a", "inst_b"),
        sumc("sum_mismatch", "inst", "inst_last", "new_p"),
        sumc("sum_mismatch", "g2b", "new_p", "other"),
    ]
    for col in "ias":
        C.append(sumc("sum_mismatch", f"f_{col}", f"fa_{col}", f"fc_{col}", f"fo_{col}"))
    C += [
        rate("f_rate", "f_s", "f_a"), rate("p_rate", "p_spent", "p_annual"), rng("f_rate"), rng("p_rate"),
        calc("balance_mismatch", "f_bal", lambda a, s: a - s, "f_a", "f_s"),
        calc("average_mismatch", "avg_p", lambda f, e, m: f * W4 / e / m, "fund", "enjoy", "months"),
        eq("p_init", "f_i"), eq("p_annual", "f_a"), eq("p_spent", "f_s"), eq("p_carry", "fc_a"),
        eq("p_rate", "f_rate"), eq("p_total", "t_s"), eq("inst2", "inst"), eq("new_p", "r2_A"),
        eq("g2b", "r2_T"), eq("days_p", "r4_A"), eq("enjoy", "r6_A"), eq("avg_p", "r7_A"),
        eq("cert_p", "r8_A"), eq("sat_p", "r9_A"),
        eq("g1", "r1_T"), eq("g2", "r2_T"), eq("g4", "r4_T"), eq("g6", "r6_T"), eq("g9", "r9_T"),
        rng("r3_A"), rng("r8_A"), rng("r9_A"),
        sumc("weight_sum_mismatch", "t_w", "f_w", *[f"r{i}_w" for i in range(1, 10)]),
        sumc("weight_sum_mismatch", "c100", "t_w"),
        sumc("weight_sum_mismatch", "lw_out", *[f"r{i}_w" for i in range(1, 6)]),
        sumc("weight_sum_mismatch", "lw_ben", "r6_w", "r7_w", "r8_w"),
        sumc("weight_sum_mismatch", "lw_sat", "r9_w"),
        sumc("score_sum_mismatch", "t_s", "f_score", *[f"r{i}_s" for i in range(1, 10)]),
        calc("score_sum_mismatch", "deduct", lambda w, s: w - s, "r2_w", "r2_s"),
        grade("grade", "p_total"), grade("grade", "t_s"),
        le("f_score", "f_w"),
        rule_exec("f_score", "f_w", "f_s", "f_a", "f_rate"),
        year("y_title", "eq", Y), year("y_end", "eq", Y), year("y_budget", "eq", Y),
        year("y_last", "prev", Y), year("y_last2", "prev", Y), year("y_cf", "gt", Y), year("y_rep", "rep", Y),
    ]
    for r, _, _, d in rows:
        C += [le(r + "_s", r + "_w"), unit(r + "_uT", r + "_uA"),
              compl(r + "_c", r + "_T", r + "_A", d, r + "_uT", r + "_uA"),
              rule(r + "_s", r + "_w", r + "_T", r + "_A", d, r + "_uT", r + "_uA", r + "_c")]
    return F, C, {"c100": 100}


def spec_guangfeng():
    Y = 2022
    F = [
        ("上饶市广丰区长期护理保险经办服务中心\n{y}年度部门整体", ["y_title"]),
        ("{y}年末在编在岗{n}人", ["y_staff", "staff"]),
        ("{y}年中心全年预算{m}，其中基本支出{m}（人员经费{m}、公用经费{m}），项目支出{m}，分别为失能等级评估经费{m}、"
         "长期护理员培训补贴{m}、定点护理机构稽核经费{m}", ["y_b", "B", "Bb", "Bp", "Bg", "Bj", "b1", "b2", "b3"]),
        ("全年实际支出{m}，预算执行率{n}%。其中基本支出{m}全部支出；项目支出完成{m}，执行率{n}%",
         ["S", "R", "Sb", "Sj", "Rj"]),
        ("失能等级评估经费支出{m}，执行率{n}%；护理员培训补贴支出{m}，执行率{n}%；稽核经费支出{m}，执行率{n}%",
         ["s1", "r1", "s2", "r2", "s3", "r3"]),
        ("年末未使用资金{m}，其中护理员培训补贴{m}，因第四期培训班受疫情影响延期至{y}年1月开班，已结转至{y}年继续使用；"
         "稽核经费结余{m}", ["U", "U2", "y_delay", "y_cf", "U3"]),
        ("人均公用经费{m}", ["avg_g"]),
        ("全年受理失能等级评估申请{n}人次", ["apps1"]),
        ("全年计划培训护理员{n}人次，实际培训{n}人次，完成率{n}%", ["trT", "trA", "trC"]),
        ("在{n}人次评估中，认定重度失能{n}人，认定比例{n}%", ["apps2", "sev", "sev_p"]),
        ("截至{y}年12月31日", ["y_cut"]),
        ("对辖区{n}家定点护理机构开展稽核{n}家次，平均每家{n}次", ["inst", "audits", "avg_a"]),
        ("从预算执行（{n}分）、预算管理（{n}分）、产出（{n}分）、效益（{n}分）四个方面评分：预算执行得{n}分，"
         "预算管理得{n}分，产出得{n}分，效益得{n}分，自评总分{n}分，评价等级为{g}",
         ["w1", "w2", "w3", "w4", "s_1", "s_2", "s_3", "s_4", "total", "grade"]),
        ("自评得分分别为{n}分、{n}分和{n}分，等级分别为{g}、{g}、{g}，三个项目平均自评得分{n}分",
         ["ps1", "ps2", "ps3", "pg1", "pg2", "pg3", "pavg"]),
        ("上饶市广丰区长期护理保险经办服务中心\n{y}年3月20日", ["y_rep"]),
    ]
    C = [
        sumc("sum_mismatch", "B", "Bb", "Bj"), sumc("sum_mismatch", "Bb", "Bp", "Bg"),
        sumc("sum_mismatch", "Bj", "b1", "b2", "b3"), sumc("sum_mismatch", "S", "Sb", "Sj"),
        sumc("sum_mismatch", "Sj", "s1", "s2", "s3"), sumc("sum_mismatch", "U", "U2", "U3"),
        rate("R", "S", "B"), rate("Rj", "Sj", "Bj"), rate("r1", "s1", "b1"), rate("r2", "s2", "b2"),
        rate("r3", "s3", "b3"), rate("sev_p", "sev", "apps2"),
        eq("Sb", "Bb", code="rate_mismatch"),                 # "基本支出…全部支出"
        rng("R"), rng("Rj"), rng("r1"), rng("r2"), rng("r3"), rng("sev_p"),
        calc("balance_mismatch", "U", lambda b, s: b - s, "B", "S"),
        calc("balance_mismatch", "U2", lambda b, s: b - s, "b2", "s2"),
        calc("balance_mismatch", "U3", lambda b, s: b - s, "b3", "s3"),
        calc("average_mismatch", "avg_g", lambda g, n: g / n, "Bg", "staff"),
        calc("average_mismatch", "avg_a", lambda a, n: a / n, "audits", "inst"),
        calc("average_mismatch", "pavg", lambda a, b, c: (a + b + c) / 3, "ps1", "ps2", "ps3"),
        compl("trC", "trT", "trA", "gte"),
        eq("apps1", "apps2"),
        sumc("weight_sum_mismatch", "c100", "w1", "w2", "w3", "w4"),
        le("s_1", "w1"), le("s_2", "w2"), le("s_3", "w3"), le("s_4", "w4"),
        sumc("score_sum_mismatch", "total", "s_1", "s_2", "s_3", "s_4"),
        grade("grade", "total"), grade("pg1", "ps1"), grade("pg2", "ps2"), grade("pg3", "ps3"),
        rule_exec("s_1", "w1", "S", "B", "R"),
        year("y_title", "eq", Y), year("y_staff", "eq", Y), year("y_b", "eq", Y), year("y_cut", "eq", Y),
        year("y_delay", "gt", Y), year("y_cf", "gt", Y), year("y_rep", "rep", Y),
    ]
    return F, C, {"c100": 100}


SPECS = {
    "sx-jincheng-shinengpinggu-2021": spec_jincheng,
    "hb-jingmen-jujiahuli-2019": spec_jingmen,
    "sc-xindu-huliyuanpeixun-2023": spec_xindu,
    "nm-huhehaote-dingdianguanli-2024": spec_huhehaote,
    "jx-guangfeng-changhuzhongxin-2022": spec_guangfeng,
}


def run_checks(text, pid):
    F, C, consts = SPECS[pid]()
    V = extract(text, F)
    for k, v in consts.items():
        V[k] = Val(str(v), D(v), EPS)
    fails = []
    for code, kind, fn, scalable, desc in C:
        if fn(V):
            continue
        if kind == "calc":
            rescued = False
            for name in scalable:
                for f in (W4, 1 / W4):
                    V2 = dict(V)
                    V2[name] = V[name].scaled(f)
                    if fn(V2):
                        rescued = True
            if rescued:
                code = "unit_mismatch"
                desc += " (reconciled by rescaling one amount by 10^4)"
        fails.append((code, desc))
    return fails, V


def main():
    problems = []
    labels = [json.loads(line) for line in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    counts = {c: 0 for c in CODES}
    where = {}
    n_checks = 0
    for rec in labels:
        name, pid = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            fails, V = run_checks(text, pid)
        except StructureError as e:
            problems.append(f"{name}: {e}")
            continue
        n_checks += len(SPECS[pid]()[1])
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{name}: length {len(text)} outside 2800-3400")
            for code, desc in fails:
                problems.append(f"{name}: clean draft fails {code}: {desc}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = exp[0]
        code, value = lab["code"], lab["value"]
        if lab.get("severity") != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}/{lab.get('severity')}")
        counts[code] = counts.get(code, 0) + 1
        occ = text.count(value)
        if occ != 1:
            problems.append(f"{name}: value {value!r} occurs {occ} times")
            continue
        vs = text.index(value)
        ve = vs + len(value)
        clean = clean_text[pid]
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean)) - p and text[-1 - s] == clean[-1 - s]:
            s += 1
        ds, de = p, len(text) - s
        if ds >= de and len(text) == len(clean):
            problems.append(f"{name}: identical to its clean draft")
        if not (ds < ve and vs < max(de, ds + 1)):
            problems.append(f"{name}: changed region [{ds},{de}) does not overlap value [{vs},{ve})")
        if de - ds > 40:
            problems.append(f"{name}: changed region too long ({de - ds} chars)")
        err_codes = {c for c, _ in fails if c not in WARNING_CODES}
        if code not in err_codes:
            problems.append(f"{name}: labelled {code} does not fail (fails: {sorted(err_codes)})")
        other = err_codes - {code}
        if other:
            detail = [f"{c}: {d}" for c, d in fails if c in other]
            problems.append(f"{name}: other error-level codes fail: {detail}")
        where[name] = (code, [d for c, d in fails if c == code])
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    n_clean = sum(1 for r in labels if r["clean"])
    print(f"cases: {len(labels)} ({n_clean} clean, {len(labels) - n_clean} with one error); "
          f"checks evaluated: {n_checks}")
    print("codes: " + ", ".join(f"{c}={counts[c]}" for c in CODES))
    for name, (code, descs) in where.items():
        print(f"  {name}: {code} <- {descs[0] if descs else '?'}")
    if problems:
        print("\nPROBLEMS:")
        for pr in problems:
            print("  " + pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
