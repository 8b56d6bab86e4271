#!/usr/bin/env python3
"""Verify the n402 test set (standard library only, decimal.Decimal arithmetic).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one short contiguous place overlapping the label value,
   and the changed figure is not repeated elsewhere (unless the edit list says why);
3. each error code is used at least twice;
4. the arithmetic of every clean draft is redone: all checks pass (errors and warnings);
5. the arithmetic of every error case is redone: the labelled code fails and no other error-level code fails.
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
WARNINGS = {"score_rule_mismatch", "deviation_unexplained"}

NUM = r"(\d[\d,]*(?:\.\d+)?)"
GRADE = r"(优秀|良好|中等|一般|合格|较差|不合格|优|良|中|差)"


# ---------------------------------------------------------------- numbers
def N(s):
    return D(s.replace(",", ""))


def dp(s):
    s = s.replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) / (D(10) ** (dp(s) + 1)) + D("1e-9")


def close(stated, computed):
    """stated: string as written; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    return abs(N(stated) - computed) <= tol(stated)


def same(a, b, fa=D(1), fb=D(1)):
    """two stated figures (strings) for the same quantity, optionally scaled to a common unit."""
    return abs(N(a) * fa - N(b) * fb) <= max(tol(a) * fa, tol(b) * fb)


MONEY = {"万元": D(1), "亿元": D(10000), "元": D(1) / D(10000)}


def pct(a, b):
    return a / b * 100


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "一般": "中", "合格": "中", "中": "中",
              "较差": "差", "不合格": "差", "差": "差"}


# ---------------------------------------------------------------- extraction
class Fail(Exception):
    pass


def one(t, pat):
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        raise Fail(f"pattern matched {len(ms)} times: {pat}")
    return ms[0].groups()


def allm(t, pat):
    return [m.groups() for m in re.finditer(pat, t)]


def table(t, header_prefix, stop_prefixes=()):
    """rows (lists of cells) after the unique line starting with header_prefix, up to a line without a tab
    or a line starting with one of stop_prefixes."""
    lines = t.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
    if len(idx) != 1:
        raise Fail(f"table header {header_prefix!r} found {len(idx)} times")
    rows = []
    for l in lines[idx[0] + 1:]:
        if "\t" not in l or any(l.startswith(p) for p in stop_prefixes):
            break
        rows.append(l.split("\t"))
    return rows


def tables(t, header_prefix):
    """all rows after every line starting with header_prefix (several small tables with one header)."""
    lines = t.split("\n")
    rows = []
    for i, l in enumerate(lines):
        if l.startswith(header_prefix):
            for l2 in lines[i + 1:]:
                if "\t" not in l2:
                    break
                rows.append(l2.split("\t"))
    return rows


# ---------------------------------------------------------------- checks
class Checks:
    def __init__(self):
        self.fails = []

    def t(self, code, cond, msg):
        if not cond:
            self.fails.append((code, msg))

    def rate(self, code, stated, num, den, msg):
        self.t(code, den != 0 and close(stated, pct(num, den)), f"{msg}: stated {stated}%, computed "
               f"{pct(num, den) if den else 'n/a'}")

    def money_rel(self, code, pred, amounts, msg):
        """pred(list of amounts in 万元) -> bool. On failure, if rescaling one amount by 10^4 makes it hold,
        the most specific explanation is a wrong money unit (unit_mismatch)."""
        if pred(amounts):
            return
        for i in range(len(amounts)):
            for f in (D(10000), D(1) / D(10000)):
                alt = list(amounts)
                alt[i] = alt[i] * f
                if pred(alt):
                    self.fails.append(("unit_mismatch", f"{msg}: holds only if amount #{i} is rescaled by {f}"))
                    return
        self.fails.append((code, msg))

    def codes(self):
        return {c for c, _ in self.fails}


TARGET_RE = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*" + NUM + r"\s*(.*)$")
ACTUAL_RE = re.compile(r"^" + NUM + r"\s*(.*)$")


def direction(sign):
    if sign in ("≤", "＜", "<="):
        return "lte"
    if sign in ("=",):
        return "eq"
    return "gte"


def completion(dirn, T, A):
    if dirn == "lte":
        return D(100) if A <= T else T / A * 100
    return A / T * 100


def indicator(c, name, target, actual, weight, score, compl=None, reason=None, unit_t=None, unit_a=None, sign=None):
    """generic row checks. target/actual are strings as written (with sign/unit) unless sign/units are given."""
    if sign is None:
        m = TARGET_RE.match(target.strip())
        if not m:
            raise Fail(f"cannot parse target {target!r}")
        sign, tv, tu = m.groups()
    else:
        tv, tu = target, unit_t
    if unit_a is None:
        m = ACTUAL_RE.match(actual.strip())
        if not m:
            raise Fail(f"cannot parse actual {actual!r}")
        av, au = m.groups()
    else:
        av, au = actual, unit_a
    w, s = N(weight), N(score)
    c.t("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {score} outside [0, {weight}]")
    if tu.strip() != au.strip():
        c.t("unit_mismatch", False, f"{name}: target unit {tu!r} vs actual unit {au!r}")
        return
    if tu.strip() == "%" or name.endswith("满意度"):
        c.t("implausible_rate", N(av) <= 100 or "下降" in name or "降幅" in name,
            f"{name}: rate {av}% above 100%")
    dirn = direction(sign)
    T, A = N(tv), N(av)
    comp = completion(dirn, T, A)
    if compl is not None:
        c.t("completion_mismatch", close(compl.rstrip("%"), comp), f"{name}: completion {compl} vs {comp}")
    exp = w * min(D(1), comp / 100)
    alts = [exp]
    if compl is not None:
        alts.append(w * min(D(1), N(compl.rstrip("%")) / 100))
    c.t("score_rule_mismatch", any(close(score, e) for e in alts), f"{name}: score {score} vs rule {exp}")
    if reason is not None:
        if comp < 100 or comp > 120:
            c.t("deviation_unexplained", reason.strip() != "", f"{name}: completion {r2(comp)}% without reason")


def grade_check(c, total, grade, msg="grade"):
    c.t("grade_mismatch", band(N(total)) == GRADE_NORM[grade], f"{msg}: total {total} -> {band(N(total))}, stated {grade}")


def funds_block(c, rows, weight_of_total=True):
    """MOF/Sichuan funds block: rows [label, 年初, 全年, 执行, 分值, 执行率, 得分]; first row is the total."""
    tot, comps = rows[0], rows[1:]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        s = sum(N(r[col]) for r in comps)
        c.t("sum_mismatch", close(tot[col], s), f"funds {nm}: total {tot[col]} vs sum {s}")
    for r in rows:
        ann, ex, rate = N(r[2]), N(r[3]), r[5].strip()
        if ann == 0:
            c.t("implausible_rate", rate in ("—", "-", "", "0", "0%", "0.00%"), f"{r[0]}: rate {rate} on zero base")
            continue
        rv = rate.rstrip("%")
        c.t("implausible_rate", N(rv) <= 100, f"{r[0]}: rate {rate} over 100%")
        c.rate("rate_mismatch", rv, ex, ann, f"{r[0]} 执行率")
    w = N(tot[4])
    r_ = N(tot[3]) / N(tot[2])
    sc = tot[6]
    c.t("score_rule_mismatch", close(sc, w * min(D(1), r_)) or close(sc, w * min(D(1), N(tot[5].rstrip('%')) / 100)),
        f"execution score {sc}")
    c.t("score_exceeds_weight", N(sc) <= w, "execution score above weight")
    return w, N(sc)


def year_generic(c, t, Y, title_pat):
    (ty,) = one(t, title_pat)
    c.t("year_mismatch", int(ty) == Y, f"title year {ty}")
    for (y,) in allm(t, r"截至(\d{4})年12月31日"):
        c.t("year_mismatch", int(y) == Y, f"截至{y}年12月31日 in a {Y} report")
    for (y,) in allm(t, r"结转至(\d{4})年"):
        c.t("year_mismatch", int(y) > Y, f"结转至{y}年 in a {Y} report")


# ================================================================ project checks
def chk_haining(t):
    c = Checks()
    Y = 2021
    year_generic(c, t, Y, r"\n(\d{4})年度电信网络诈骗防范宣传及涉诈资金止付返还专项经费\n")
    (dy,) = one(t, r"\n(\d{4})年\d+月\d+日\n*$")
    c.t("year_mismatch", int(dy) in (Y, Y + 1), "report date")
    init, add, annual, rcv = one(t, r"年初预算安排" + NUM + r"万元，年中经市政府同意追加" + NUM + r"万元，全年预算" + NUM +
                                 r"万元，资金全部到位，到位率" + NUM + "%")
    c.t("sum_mismatch", close(annual, N(init) + N(add)), "年初+追加=全年")
    c.rate("rate_mismatch", rcv, N(annual), N(annual), "到位率 (全部到位)")
    y, spent, er = one(t, r"截至(\d{4})年12月31日，实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.rate("rate_mismatch", er, N(spent), N(annual), "执行率")
    add2, part, prate = one(t, r"其中追加的" + NUM + r"万元已全部支出，年初预算部分支出" + NUM + r"万元，执行率" + NUM + "%")
    c.t("conflicting_values", same(add2, add), "追加 restated")
    c.t("sum_mismatch", close(part, N(spent) - N(add2)), "年初部分 = 支出 - 追加")
    c.rate("rate_mismatch", prate, N(part), N(init), "年初部分执行率")
    comps = one(t, r"宣传物料制作及媒体投放" + NUM + r"万元，预警劝阻平台运维及短信费" + NUM + r"万元，止付返还工作经费" + NUM +
                r"万元，业务培训及其他" + NUM + r"万元")
    c.t("sum_mismatch", close(spent, sum(N(x) for x in comps)), "支出构成")
    price, qty, amt = one(t, r"按" + NUM + r"元/份的单价印制" + NUM + r"万份，计" + NUM + r"万元")
    c.t("sum_mismatch", close(amt, N(price) * N(qty)), "折页 单价×数量")
    (bal,) = one(t, r"年末结余" + NUM + r"万元")
    c.t("balance_mismatch", close(bal, N(annual) - N(spent)), "结余 = 到位 - 支出")
    # cases and money
    a, b, r = one(t, r"立案电信网络诈骗案件" + NUM + r"起，较上年的" + NUM + r"起下降" + NUM + "%")
    c.rate("rate_mismatch", r, N(b) - N(a), N(b), "立案同比下降")
    a, r, b = one(t, r"破获此类案件" + NUM + r"起，同比上升" + NUM + r"%（上年" + NUM + r"起）")
    c.rate("rate_mismatch", r, N(a) - N(b), N(b), "破案同比上升")
    s1, u1, s0, u0, g = one(t, r"拦截涉诈资金" + NUM + r"(亿元|万元)，较2020年的" + NUM + r"(亿元|万元)增长" + NUM + "%")
    stop = N(s1) * MONEY[u1]
    c.money_rel("rate_mismatch", lambda v: close(g, pct(v[0] - v[1], v[1])), [stop, N(s0) * MONEY[u0]], "止付增长")
    ret, ru, rr = one(t, r"返还受害群众被骗资金" + NUM + r"(万元|亿元)，资金返还率达到" + NUM + "%")
    c.money_rel("rate_mismatch", lambda v: close(rr, pct(v[0], v[1])), [N(ret) * MONEY[ru], stop], "返还率")
    (aw,) = one(t, r"知晓率为" + NUM + "%")
    q, sat_n, sat = one(t, r"回收有效问卷" + NUM + r"份，其中表示满意的" + NUM + r"份，群众满意度" + NUM + "%")
    c.rate("rate_mismatch", sat, N(sat_n), N(q), "满意度")
    c.t("implausible_rate", N(sat) <= 100, "满意度 > 100")
    (events,) = one(t, r"开展集中宣传活动" + NUM + "场")
    (meet,) = one(t, r"劝阻见面率" + NUM + r"%。")
    (mins,) = one(t, r"平均" + NUM + r"分钟内发出")
    # table
    rows = table(t, "一级指标\t二级指标\t三级指标\t年度指标值")
    body = [r for r in rows if r[0] != "总分"]
    (tot,) = [r for r in rows if r[0] == "总分"]
    byname = {r[2]: r for r in body}
    for r in body:
        indicator(c, r[2], r[3], r[4], r[5], r[6], reason=r[7])
    c.t("weight_sum_mismatch", sum(N(r[5]) for r in body) == N(tot[5]) == 100, "weights")
    c.t("score_sum_mismatch", close(tot[6], sum(N(r[6]) for r in body)), f"total {tot[6]} vs Σ")
    (g,) = one(t, r"综合评价等级为“" + GRADE + "”")
    grade_check(c, tot[6], g)
    # text <-> table
    c.t("conflicting_values", same(byname["预算执行率"][4].rstrip("%"), er), "执行率 text/table")
    c.t("conflicting_values", same(byname["项目支出总额"][4].replace("万元", ""), spent), "支出 text/table")
    c.t("conflicting_values", same(byname["项目支出总额"][3].lstrip("≤").replace("万元", ""), annual), "预算 text/table")
    c.t("conflicting_values", same(byname["电信网络诈骗立案数同比下降"][4].rstrip("%"), one(t, r"下降" + NUM + r"%；破获")[0]),
        "立案降幅")
    c.t("conflicting_values", same(byname["返还受害群众被骗资金"][4].replace("万元", ""), ret), "返还 text/table")
    c.t("conflicting_values", same(byname["群众反诈知识知晓率"][4].rstrip("%"), aw), "知晓率")
    c.t("conflicting_values", same(byname["群众对反诈宣传工作满意度"][4].rstrip("%"), sat), "满意度")
    c.t("conflicting_values", same(byname["集中宣传活动场次"][4].rstrip("场"), events), "场次")
    c.t("conflicting_values", same(byname["高危预警劝阻见面率"][4].rstrip("%"), meet), "见面率")
    c.t("conflicting_values", same(byname["紧急止付指令平均响应时间"][4].replace("分钟", ""), mins), "响应时间")
    return c


def chk_pengzhou(t):
    c = Checks()
    Y = 2023
    year_generic(c, t, Y, r"^彭州市公安局(\d{4})年度反电信网络诈骗")
    (dy,) = one(t, r"\n(\d{4})年\d+月\d+日\n*$")
    c.t("year_mismatch", int(dy) in (Y, Y + 1), "report date")
    (ty,) = one(t, r"项目支出绩效自评表（(\d{4})年度）")
    c.t("year_mismatch", int(ty) == Y, "table year")
    funds = table(t, "资金类别\t年初预算数", stop_prefixes=("一级指标",))
    fw, fs = funds_block(c, funds)
    F = {r[0]: r for r in funds}
    tot = F["年度资金总额"]
    init, unit_init = one(t, r"年初批复项目预算" + NUM + r"万元（含单位资金" + NUM + r"万元）")
    c.t("conflicting_values", same(init, tot[1]), "年初 text/table")
    c.t("conflicting_values", same(unit_init, F["单位资金"][1]), "单位资金年初 text/table")
    (prov,) = one(t, r"转下达省级反诈工作补助" + NUM + r"万元")
    (adj,) = one(t, r"从单位资金中调剂" + NUM + r"万元")
    (annual,) = one(t, r"调整后全年预算" + NUM + r"万元")
    c.t("sum_mismatch", close(annual, N(init) + N(prov) + N(adj)), "年初+追加+调剂=全年")
    c.t("conflicting_values", same(annual, tot[2]), "全年 text/table")
    y, spent, er, fer = one(t, r"截至(\d{4})年12月31日，项目实际支出" + NUM + r"万元，预算执行率" + NUM +
                           r"%，其中财政资金执行率" + NUM + "%")
    c.t("conflicting_values", same(spent, tot[3]), "支出 text/table")
    c.t("conflicting_values", same(er, tot[5].rstrip("%")), "执行率 text/table")
    c.t("conflicting_values", same(fer, F["其中：财政资金"][5].rstrip("%")), "财政执行率 text/table")
    c.rate("rate_mismatch", er, N(spent), N(annual), "执行率 (text)")
    (unsp,) = one(t, r"未支出的财政资金" + NUM + r"万元")
    c.t("balance_mismatch", close(unsp, N(F["其中：财政资金"][2]) - N(F["其中：财政资金"][3])), "财政资金未支出")
    c.t("balance_mismatch", close(unsp, N(annual) - N(spent)), "全部未支出 = 财政资金未支出")
    pamt, pn, pavg, pcap = one(t, r"宣传活动共支出" + NUM + r"万元，按" + NUM + r"场计算，单场平均" + NUM + r"元，低于每场" + NUM + "元")
    c.t("average_mismatch", close(pavg, N(pamt) * 10000 / N(pn)), "单场平均成本")
    # indicator table
    rows = table(t, "一级指标\t二级指标\t三级指标\t指标性质")
    body = [r for r in rows if r[0] not in ("总分", "评价等级")]
    (trow,) = [r for r in rows if r[0] == "总分"]
    (grow,) = [r for r in rows if r[0] == "评价等级"]
    byname = {r[2]: r for r in body}
    for r in body:
        indicator(c, r[2], r[4], r[6], r[7], r[8], reason=r[9], unit_t=r[5], unit_a=r[5], sign=r[3])
    wsum = fw + sum(N(r[7]) for r in body)
    c.t("weight_sum_mismatch", wsum == N(trow[7]) == 100, f"weights {wsum}")
    ssum = fs + sum(N(r[8]) for r in body)
    c.t("score_sum_mismatch", close(trow[8], ssum), f"table total {trow[8]} vs {ssum}")
    total, g = one(t, r"项目自评得分" + NUM + r"分，等级为“" + GRADE + "”")
    c.t("score_sum_mismatch", close(total, ssum), f"text total {total} vs {ssum}")
    c.t("conflicting_values", same(total, trow[8]), "total text/table")
    grade_check(c, total, g)
    grade_check(c, trow[8], grow[1], "table grade")
    c.t("conflicting_values", same(pavg, byname["单场宣传活动平均成本"][6]), "单场成本 text/table")
    c.t("conflicting_values", same(pcap, byname["单场宣传活动平均成本"][4]), "成本标准 text/table")
    ev = byname["反诈宣传进社区（村）、校园、企业活动场次"]
    c.t("conflicting_values", same(pn, ev[6]), "场次 (cost sentence)")
    (tg,) = one(t, r"开展反诈宣传活动不少于" + NUM + "场")
    c.t("conflicting_values", same(tg, ev[4]), "目标场次 text/table")
    n_ev, comp = one(t, r"开展反诈宣传活动" + NUM + r"场，完成年度目标的" + NUM + "%")
    c.t("conflicting_values", same(n_ev, ev[6]), "场次 text/table")
    c.t("completion_mismatch", close(comp, pct(N(n_ev), N(tg))), "场次完成率 (text)")
    (app,) = one(t, r"新增注册" + NUM + "万人")
    c.t("conflicting_values", same(app, byname["国家反诈中心App新增注册人数"][6]), "App注册 text/table")
    (trn,) = one(t, r"培训社区民警及网格员" + NUM + "人次")
    c.t("conflicting_values", same(trn, byname["培训社区民警及网格员"][6]), "培训 text/table")
    (succ,) = one(t, r"紧急止付成功率" + NUM + "%")
    c.t("conflicting_values", same(succ, byname["涉诈资金紧急止付成功率"][6]), "止付成功率")
    (meet,) = one(t, r"预警线索见面劝阻率" + NUM + "%")
    c.t("conflicting_values", same(meet, byname["预警线索见面劝阻率"][6]), "劝阻率")
    (mins,) = one(t, r"止付指令平均" + NUM + "分钟下发")
    c.t("conflicting_values", same(mins, byname["止付指令下发时限"][6]), "下发时限")
    a, b, r = one(t, r"立案" + NUM + r"起，上年为" + NUM + r"起，同比下降" + NUM + "%")
    c.rate("rate_mismatch", r, N(b) - N(a), N(b), "立案同比下降")
    c.t("conflicting_values", same(r, byname["电信网络诈骗立案数同比降幅"][6]), "降幅 text/table")
    a, r, b = one(t, r"破获电诈案件" + NUM + r"起，同比上升" + NUM + r"%（上年" + NUM + r"起）")
    c.rate("rate_mismatch", r, N(a) - N(b), N(b), "破案同比上升")
    stop, approx, last, g_ = one(t, r"紧急止付涉诈资金" + NUM + r"万元（约" + NUM + r"亿元），较上年的" + NUM + r"万元增长" + NUM + "%")
    c.t("conflicting_values", abs(N(stop) / 10000 - N(approx)) <= tol(approx), "约…亿元")
    c.money_rel("rate_mismatch", lambda v: close(g_, pct(v[0] - v[1], v[1])), [N(stop), N(last)], "止付增长")
    q = one(t, r"返还受害群众资金分别为" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元，季均" + NUM +
            r"万元，全年合计" + NUM + r"万元")
    qs = [N(x) for x in q[:4]]
    c.t("average_mismatch", close(q[4], sum(qs) / 4), "季均")
    c.t("sum_mismatch", close(q[5], sum(qs)), "季度合计")
    c.t("conflicting_values", same(q[5], byname["返还受害群众被骗资金"][6]), "返还 text/table")
    (rr,) = one(t, r"返还率为" + NUM + "%")
    c.money_rel("rate_mismatch", lambda v: close(rr, pct(v[0], v[1])), [N(q[5]), N(stop)], "返还率")
    aw, gap = one(t, r"知晓率" + NUM + r"%，较目标低" + NUM + "个百分点")
    c.t("conflicting_values", same(aw, byname["群众反诈知识知晓率"][6]), "知晓率")
    c.t("completion_mismatch", close(gap, N(byname["群众反诈知识知晓率"][4]) - N(aw)), "差距百分点")
    (sat,) = one(t, r"满意度为" + NUM + "%")
    c.t("implausible_rate", N(sat) <= 100, "满意度 > 100%")
    return c


def chk_yuci(t):
    c = Checks()
    Y = 2019
    year_generic(c, t, Y, r"\n(\d{4})年度电信网络诈骗防范宣传及止付返还专项经费绩效自评报告")
    (dy,) = one(t, r"\n(\d{4})年\d+月\d+日\n*$")
    c.t("year_mismatch", int(dy) in (Y, Y + 1), "report date")
    rows = table(t, "项目\t行次\t年度总金额")
    R = {r[1]: [N(x) if x.strip() not in ("",) else None for x in r[2:]] for r in rows}
    raw = {r[1]: r[2:] for r in rows}
    z = lambda v: v if v is not None else D(0)
    keys = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"]
    for k in keys:
        v = [z(x) for x in R[k]]
        # cols: 0 total, 1 小计, 2 中央, 3 省, 4 市, 5 县区, 6 结转, 7 其他
        c.t("sum_mismatch", close(raw[k][1] or "0", v[2] + v[3] + v[4] + v[5]), f"{k} 小计")
        c.t("sum_mismatch", close(raw[k][0] or "0", v[1] + v[6] + v[7]), f"{k} 总额")
    for j in range(8):
        b3, b4 = z(R["(3)"][j]), z(R["(4)"][j])
        cell = raw["(5)=(3)-(4)"][j]
        if cell.strip() == "":
            c.t("balance_mismatch", b3 - b4 == 0, f"col {j} 结余 blank but {b3 - b4}")
        else:
            c.t("balance_mismatch", close(cell, b3 - b4), f"col {j} 结余 {cell} vs {b3 - b4}")
        base = z(R["(2)"][j])
        for k, numk, code in (("(6)=(3)/(2)", "(3)", "rate_mismatch"), ("(7)=(4)/(2)", "(4)", "rate_mismatch")):
            cell = raw[k][j].strip()
            if base == 0:
                c.t("implausible_rate", cell in ("", "0"), f"{k} col {j}: {cell} on zero base")
                continue
            c.t("implausible_rate", N(cell) <= 100, f"{k} col {j} over 100")
            c.rate(code, cell, z(R[numk][j]), base, f"{k} col {j}")
    prov, py, pm = one(t, r"省级补助资金" + NUM + r"万元于(\d{4})年(\d+)月下达")
    c.t("year_mismatch", int(py) == Y or (int(py) == Y - 1 and int(pm) == 12), "省级资金下达年份")
    c.t("conflicting_values", same(prov, raw["(2)"][3]), "省级 text/table")
    (gap,) = one(t, r"区级预算中有" + NUM + r"万元")
    c.t("balance_mismatch", close(gap, z(R["(2)"][5]) - z(R["(3)"][5])), "区级未到位")
    y, annual, spent, bal = one(t, r"截至(\d{4})年12月31日，全年预算" + NUM + r"万元，实际支出" + NUM + r"万元，资金结余" + NUM + "万元")
    c.t("conflicting_values", same(annual, raw["(2)"][0]), "全年 text/table")
    c.t("conflicting_values", same(spent, raw["(4)"][0]), "支出 text/table")
    c.t("conflicting_values", same(bal, raw["(5)=(3)-(4)"][0]), "结余 text/table")
    c.t("balance_mismatch", close(bal, z(R["(3)"][0]) - N(spent)), "结余 = 到位 - 支出")
    pb, ps, pbal = one(t, r"宣传物料采购预算" + NUM + r"万元，实际支出" + NUM + r"万元，结余" + NUM + "万元")
    c.t("balance_mismatch", close(pbal, N(pb) - N(ps)), "宣传物料结余")
    c.t("sum_mismatch", N(pbal) <= z(R["(5)=(3)-(4)"][5]), "宣传物料结余计入区级结余")
    # indicator tables
    ind = tables(t, "二级指标\t三级指标\t权重")
    byname = {r[1]: r for r in ind}
    for r in ind:
        indicator(c, r[1], r[3], r[4], r[2], r[6], compl=r[5])
    wsum = sum(N(r[2]) for r in ind)
    c.t("weight_sum_mismatch", wsum == 100, f"weights {wsum}")
    ssum = sum(N(r[6]) for r in ind)
    total, g = one(t, r"总得分" + NUM + r"分，属于“" + GRADE + "”")
    c.t("score_sum_mismatch", close(total, ssum), f"total {total} vs {ssum}")
    grade_check(c, total, g)
    c.t("conflicting_values", same(byname["预算执行率"][4].rstrip("%"), raw["(7)=(4)/(2)"][0]), "执行率 text/table")
    # prose figures
    (ev,) = one(t, r"开展反诈宣传活动" + NUM + "场")
    c.t("conflicting_values", same(ev, byname["反诈宣传活动场次"][4].rstrip("场")), "场次")
    q, pr, amt = one(t, r"印制宣传折页" + NUM + r"万份，单价" + NUM + r"元，计" + NUM + "万元")
    c.t("sum_mismatch", close(amt, N(q) * N(pr)), "折页 单价×数量")
    c.t("conflicting_values", same(pr, byname["宣传折页单价"][4].replace("元/份", "")), "单价")
    (pst,) = one(t, r"悬挂横幅" + NUM + "张（幅）")
    c.t("conflicting_values", same(pst, byname["张贴宣传海报及悬挂横幅"][4].replace("张（幅）", "")), "海报")
    a, b, r = one(t, r"立案" + NUM + r"起，2018年为" + NUM + r"起，同比下降" + NUM + "%")
    c.rate("rate_mismatch", r, N(b) - N(a), N(b), "立案同比")
    c.t("conflicting_values", same(r, byname["电信网络诈骗立案数同比下降"][4].rstrip("%")), "降幅")
    a, b, r = one(t, r"破获电诈案件" + NUM + r"起，上年" + NUM + r"起，同比上升" + NUM + "%")
    c.rate("rate_mismatch", r, N(a) - N(b), N(b), "破案同比")
    s1, u1, s0, u0, g_ = one(t, r"止付冻结涉诈资金" + NUM + r"(万元|亿元)，较2018年的" + NUM + r"(万元|亿元)增长" + NUM + "%")
    stop = N(s1) * MONEY[u1]
    c.money_rel("rate_mismatch", lambda v: close(g_, pct(v[0] - v[1], v[1])), [stop, N(s0) * MONEY[u0]], "止付增长")
    ret, ru, rr = one(t, r"已返还受害群众被骗资金" + NUM + r"(万元|亿元)，未达到100万元的目标，返还率为" + NUM + "%")
    c.money_rel("rate_mismatch", lambda v: close(rr, pct(v[0], v[1])), [N(ret) * MONEY[ru], stop], "返还率")
    c.t("conflicting_values", same(ret, byname["返还受害群众被骗资金"][4].replace("万元", "")), "返还 text/table")
    (sat,) = one(t, r"群众满意度" + NUM + "%，")
    c.t("conflicting_values", same(sat, byname["群众满意度"][4].rstrip("%")), "满意度")
    c.t("implausible_rate", N(sat) <= 100, "满意度>100")
    return c


def chk_yiling(t):
    c = Checks()
    Y = 2020
    year_generic(c, t, Y, r"^宜昌市公安局夷陵区分局(\d{4})年度")
    (dy,) = one(t, r"\n(\d{4})年\d+月\d+日\n*$")
    c.t("year_mismatch", int(dy) in (Y, Y + 1), "report date")
    (ty,) = one(t, r"项目支出绩效自评表（(\d{4})年度）")
    c.t("year_mismatch", int(ty) == Y, "table year")
    funds = table(t, "资金情况（万元）\t年初预算数", stop_prefixes=("年度目标",))
    fw, fs = funds_block(c, funds)
    F = {r[0]: r for r in funds}
    tot = F["年度资金总额"]
    init, ay, am, adv, rest, ry, rm, cy, co, annual = one(
        t, r"年初预算" + NUM + r"万元，其中(\d{4})年(\d+)月区财政提前下达" + NUM + r"万元，其余" + NUM + r"万元于(\d{4})年(\d+)月下达；另有(\d{4})年项目结转资金" +
        NUM + r"万元，全年预算" + NUM + r"万元")
    c.t("year_mismatch", int(ay) == Y or (int(ay) == Y - 1 and int(am) == 12), "提前下达")
    c.t("year_mismatch", int(ry) == Y, "下达年份")
    c.t("year_mismatch", int(cy) == Y - 1, "结转来源年份")
    c.t("sum_mismatch", close(init, N(adv) + N(rest)), "提前+其余=年初")
    c.t("sum_mismatch", close(annual, N(init) + N(co)), "年初+结转=全年")
    c.t("conflicting_values", same(init, tot[1]), "年初 text/table")
    c.t("conflicting_values", same(annual, tot[2]), "全年 text/table")
    c.t("conflicting_values", same(co, F["上年结转资金"][2]), "结转 text/table")
    spent, p1, p2, p3, er, w, sc = one(
        t, r"全年执行" + NUM + r"万元，其中宣传费用" + NUM + r"万元、止付返还工作经费" + NUM + r"万元、预警劝阻系统运维费" + NUM +
        r"万元。预算执行率" + NUM + r"%，按" + NUM + r"分的权重计算，预算执行得分" + NUM + "分")
    c.t("sum_mismatch", close(spent, N(p1) + N(p2) + N(p3)), "支出构成")
    c.rate("rate_mismatch", er, N(spent), N(annual), "执行率 text")
    c.t("conflicting_values", same(spent, tot[3]) and same(er, tot[5].rstrip("%")) and same(w, tot[4]) and same(sc, tot[6]),
        "执行 text/table")
    (fer,) = one(t, r"当年财政拨款部分执行率为" + NUM + "%")
    c.t("conflicting_values", same(fer, F["其中：当年财政拨款"][5].rstrip("%")), "拨款执行率 text/table")
    bal, by = one(t, r"未执行的" + NUM + r"万元为系统运维合同的最后一期款项，因验收安排在次年1月，已结转至(\d{4})年")
    c.t("balance_mismatch", close(bal, N(annual) - N(spent)), "未执行 = 全年 - 执行 (全部到位)")
    # indicator table
    rows = table(t, "年度目标\t一级指标\t二级指标\t三级指标")
    body = [r for r in rows if r[0] != "总分"]
    (trow,) = [r for r in rows if r[0] == "总分"]
    byname = {r[3]: r for r in body}
    blocks, cur = [], None
    for r in body:
        m = re.search(r"（" + NUM + r"分）", r[0])
        if m:
            cur = [N(m.group(1)), []]
            blocks.append(cur)
        cur[1].append(r)
        indicator(c, r[3], r[4], r[5], r[6], r[7], reason=r[8])
    for bw, brs in blocks:
        s = sum(N(r[6]) for r in brs)
        c.t("weight_sum_mismatch", s == bw, f"block weight {bw} vs Σ {s}")
    wsum = fw + sum(N(r[6]) for r in body)
    c.t("weight_sum_mismatch", wsum == N(trow[6]) == 100, f"weights {wsum}")
    ssum = fs + sum(N(r[7]) for r in body)
    c.t("score_sum_mismatch", close(trow[7], ssum), f"total {trow[7]} vs {ssum}")
    (g,) = one(t, r"评价等级为“" + GRADE + "”")
    grade_check(c, trow[7], g)
    # prose
    n_ev, comp = one(t, r"开展集中宣传活动" + NUM + r"场，完成年度目标的" + NUM + "%")
    ev = byname["集中宣传活动场次"]
    c.t("conflicting_values", same(n_ev, ev[5].rstrip("场")), "场次")
    c.t("completion_mismatch", close(comp, pct(N(n_ev), N(ev[4].lstrip("≥").rstrip("场")))), "场次完成率")
    (hh,) = one(t, r"入户走访" + NUM + "万户")
    c.t("conflicting_values", same(hh, byname["“反诈宣传进万家”入户走访"][5].replace("万户", "")), "入户")
    aw, sat = one(t, r"知晓率" + NUM + r"%，宣传对象满意度" + NUM + "%")
    c.t("conflicting_values", same(aw, byname["群众防骗知识知晓率"][5].rstrip("%")), "知晓率")
    c.t("conflicting_values", same(sat, byname["宣传对象满意度"][5].rstrip("%")), "满意度")
    stop, last, g_, approx = one(t, r"止付冻结涉诈资金" + NUM + r"万元，较2019年的" + NUM + r"万元增长" + NUM + r"%，折合约" + NUM + "亿元")
    c.money_rel("rate_mismatch", lambda v: close(g_, pct(v[0] - v[1], v[1])), [N(stop), N(last)], "止付增长")
    c.t("conflicting_values", abs(N(stop) / 10000 - N(approx)) <= tol(approx), "约…亿元")
    c.t("conflicting_values", same(stop, byname["止付冻结涉诈资金"][5].replace("万元", "")), "止付 text/table")
    mins, tmin = one(t, r"平均处置时长" + NUM + r"分钟，未达到" + NUM + "分钟")
    c.t("conflicting_values", same(mins, byname["止付指令平均处置时长"][5].replace("分钟", "")), "时长")
    ret, rr = one(t, r"返还被骗资金" + NUM + r"万元，返还率" + NUM + "%")
    c.money_rel("rate_mismatch", lambda v: close(rr, pct(v[0], v[1])), [N(ret), N(stop)], "返还率")
    c.t("conflicting_values", same(ret, byname["返还受害群众资金"][5].replace("万元", "")), "返还 text/table")
    a, b, d, r = one(t, r"立案" + NUM + r"起，比2019年的" + NUM + r"起减少" + NUM + r"起，下降" + NUM + "%")
    c.t("sum_mismatch", N(b) - N(a) == N(d), "减少起数")
    c.rate("rate_mismatch", r, N(b) - N(a), N(b), "立案下降")
    c.t("conflicting_values", same(r, byname["电信网络诈骗立案数同比下降"][5].rstrip("%")), "降幅 text/table")
    a1, a2, a3, avg = one(t, r"分别为" + NUM + r"起、" + NUM + r"起、" + NUM + r"起，平均" + NUM + "起")
    c.t("average_mismatch", close(avg, (N(a1) + N(a2) + N(a3)) / 3), "平均发案")
    return c


def chk_gongyi(t):
    c = Checks()
    Y = 2024
    year_generic(c, t, Y, r"^巩义市公安局(\d{4})年度")
    (py,) = one(t, r"发布时间：(\d{4})-\d\d-\d\d")
    c.t("year_mismatch", int(py) in (Y, Y + 1), "publication date")
    (ty,) = one(t, r"\n年度\t(\d{4})年\n")
    c.t("year_mismatch", int(ty) == Y, "自评表 年度")
    (sy,) = one(t, r"统计截止时间为(\d{4})年12月31日")
    c.t("year_mismatch", int(sy) == Y, "统计截止")
    funds = table(t, "资金情况（万元）\t年初预算数", stop_prefixes=("一级指标",))
    fw, fs = funds_block(c, funds)
    F = {r[0]: r for r in funds}
    tot = F["年度资金总额"]
    init, add, cy, co, annual = one(t, r"年初预算" + NUM + r"万元，年中因集中宣传月活动追加财政资金" + NUM + r"万元，加上(\d{4})年结转的" + NUM +
                                    r"万元，全年预算" + NUM + r"万元")
    c.t("year_mismatch", int(cy) == Y - 1, "结转来源")
    c.t("sum_mismatch", close(annual, N(init) + N(add) + N(co)), "年初+追加+结转")
    c.t("conflicting_values", same(init, tot[1]), "年初 text/table")
    c.t("conflicting_values", same(annual, tot[2]), "全年 text/table")
    c.t("conflicting_values", same(co, F["上年结转资金"][2]), "结转 text/table")
    c.t("sum_mismatch", close(F["其中：当年财政拨款"][2], N(init) + N(add)), "拨款全年 = 年初 + 追加")
    y, spent, er, fer = one(t, r"截至(\d{4})年12月31日，项目支出" + NUM + r"万元，预算执行率" + NUM + r"%，其中当年财政拨款执行率" + NUM + "%")
    c.rate("rate_mismatch", er, N(spent), N(annual), "执行率 text")
    c.t("conflicting_values", same(spent, tot[3]) and same(er, tot[5].rstrip("%")), "执行 text/table")
    c.t("conflicting_values", same(fer, F["其中：当年财政拨款"][5].rstrip("%")), "拨款执行率 text/table")
    sub = one(t, r"宣传子项预算" + NUM + r"万元、支出" + NUM + r"万元，平台运维子项预算" + NUM + r"万元、支出" + NUM +
              r"万元，返还工作子项预算" + NUM + r"万元、支出" + NUM + "万元")
    c.t("sum_mismatch", close(annual, N(sub[0]) + N(sub[2]) + N(sub[4])), "子项预算合计")
    c.t("sum_mismatch", close(spent, N(sub[1]) + N(sub[3]) + N(sub[5])), "子项支出合计")
    bal, ry = one(t, r"结余" + NUM + r"万元主要是返还工作异地差旅少于预期，已于(\d{4})年1月")
    c.t("balance_mismatch", close(bal, N(annual) - N(spent)), "结余")
    c.t("year_mismatch", int(ry) == Y + 1, "收回年份")
    # indicator table
    rows = table(t, "一级指标\t二级指标\t三级指标\t年度指标值")
    body = [r for r in rows if r[0] != "合计"]
    (trow,) = [r for r in rows if r[0] == "合计"]
    byname = {r[2]: r for r in body}
    for r in body:
        indicator(c, r[2], r[3], r[4], r[6], r[7], compl=r[5], reason=r[8])
    wsum = fw + sum(N(r[6]) for r in body)
    c.t("weight_sum_mismatch", wsum == N(trow[6]) == 100, f"weights {wsum}")
    ssum = fs + sum(N(r[7]) for r in body)
    c.t("score_sum_mismatch", close(trow[7], ssum), f"table total {trow[7]} vs {ssum}")
    total, g = one(t, r"综合得分" + NUM + r"分，评价等级为“" + GRADE + "”")
    c.t("score_sum_mismatch", close(total, ssum), f"text total {total} vs {ssum}")
    c.t("conflicting_values", same(total, trow[7]), "total text/table")
    grade_check(c, total, g)
    (plat,) = one(t, r"平台运维支出" + NUM + "万元")
    c.t("conflicting_values", same(plat, byname["平台运维费用"][4].replace("万元", "")) and same(plat, sub[3]), "运维支出")
    ev, ev2 = one(t, r"宣传活动" + NUM + r"场，其中集中宣传月期间开展" + NUM + "场")
    c.t("conflicting_values", same(ev, byname["反诈宣传活动场次"][4].rstrip("场")), "场次 text/table")
    c.t("sum_mismatch", N(ev2) <= N(ev), "宣传月场次 <= 全年")
    (wn,) = one(t, r"对" + NUM + r"万人次开展预警劝阻")
    c.t("conflicting_values", same(wn, byname["预警劝阻人次"][4].replace("万人次", "")), "劝阻人次")
    (meet,) = one(t, r"见面劝阻率" + NUM + "%，")
    c.t("conflicting_values", same(meet, byname["高风险预警见面劝阻率"][4].rstrip("%")), "见面率")
    (mins,) = one(t, r"响应时间" + NUM + "分钟；")
    c.t("conflicting_values", same(mins, byname["紧急止付平均响应时间"][4].replace("分钟", "")), "响应时间")
    a, r, ly, b = one(t, r"立案电信网络诈骗案件" + NUM + r"起，同比下降" + NUM + r"%（(\d{4})年为" + NUM + "起）")
    c.t("year_mismatch", int(ly) == Y - 1, "上年")
    c.rate("rate_mismatch", r, N(b) - N(a), N(b), "立案同比")
    a2, r2_, b2 = one(t, r"破获电诈案件" + NUM + r"起，同比上升" + NUM + r"%（上年" + NUM + "起）")
    c.rate("rate_mismatch", r2_, N(a2) - N(b2), N(b2), "破案同比")
    pop, rate_pp = one(t, r"按常住人口约" + NUM + r"万人计算，万人发案率" + NUM + "起")
    lo, hi = N(a) / (N(pop) + tol(pop)), N(a) / (N(pop) - tol(pop))
    c.t("rate_mismatch", lo - tol(rate_pp) <= N(rate_pp) <= hi + tol(rate_pp), "万人发案率 (approximate population)")
    c.t("conflicting_values", same(rate_pp, byname["电信网络诈骗万人发案率"][4].replace("起/万人", "")), "万人发案率 text/table")
    s1, s0, g_ = one(t, r"紧急止付涉诈资金" + NUM + r"亿元，比2023年的" + NUM + r"亿元增长" + NUM + "%")
    c.rate("rate_mismatch", g_, N(s1) - N(s0), N(s0), "止付增长")
    ret, rr = one(t, r"返还被骗资金" + NUM + r"万元，返还率为" + NUM + "%")
    c.money_rel("rate_mismatch", lambda v: close(rr, pct(v[0], v[1])), [N(ret), N(s1) * 10000], "返还率")
    c.t("conflicting_values", same(ret, byname["返还受害群众被骗资金"][4].replace("万元", "")), "返还 text/table")
    (cov,) = one(t, r"验收合格的覆盖率为" + NUM + "%")
    c.t("conflicting_values", same(cov, byname["“无诈社区（村）”创建覆盖率"][4].rstrip("%")), "覆盖率")
    (sat,) = one(t, r"群众满意度" + NUM + "%，")
    c.t("conflicting_values", same(sat, byname["群众满意度"][4].rstrip("%")), "满意度")
    c.t("implausible_rate", N(sat) <= 100, "满意度>100")
    return c


CHECKERS = {
    "zj-haining-fanzha-2021": chk_haining,
    "sc-pengzhou-fanzha-2023": chk_pengzhou,
    "sx-yuci-fanzha-2019": chk_yuci,
    "hb-yiling-fanzha-2020": chk_yiling,
    "ha-gongyi-fanzha-2024": chk_gongyi,
}


# ---------------------------------------------------------------- structure
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # [p, ea) in a, [p, eb) in b


NUMTOK = re.compile(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d.,]*\d)")


def token_at(text, start, end):
    """the number token(s) overlapping [start, end) in text."""
    return [m.group(0) for m in NUMTOK.finditer(text) if m.start() < max(end, start + 1) and m.end() > start]


def main():
    sys.path.insert(0, HERE)
    import build  # the edit list (dup_ok reasons)
    dup_ok = {f"{e[0]}-e{e[1]}.txt": e[8] for e in build.EDITS}
    where = Counter(e[3] for e in build.EDITS)
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    assert len(labels) == 35, len(labels)
    per_code = Counter()
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            cleans[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for src, txt in cleans.items():
        n = len(txt)
        if not (2800 <= n <= 3400):
            problems.append(f"{src}: clean draft has {n} characters")
    for lab in labels:
        name, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            chk = CHECKERS[src](text)
        except Fail as ex:
            problems.append(f"{name}: extraction failed: {ex}")
            continue
        failed = chk.codes()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if chk.fails:
                problems.append(f"{name}: clean draft fails checks: {chk.fails}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        per_code[code] += 1
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        occ = text.count(value)
        if occ != 1:
            problems.append(f"{name}: label value occurs {occ} times")
            continue
        vs = text.index(value)
        ve = vs + len(value)
        clean = cleans[src]
        p, ea, eb = diff_region(clean, text)
        if p == len(clean) == len(text):
            problems.append(f"{name}: identical to the clean draft")
            continue
        if ea - p > 12 or eb - p > 12:
            problems.append(f"{name}: changed region too long ({clean[p:ea]!r} -> {text[p:eb]!r})")
        if not (p < ve and max(eb, p + 1) > vs):
            problems.append(f"{name}: change at {p}-{eb} does not overlap the label value at {vs}-{ve}")
        toks = token_at(text, p, eb)
        for tok in toks:
            cnt = len([m for m in NUMTOK.finditer(text) if m.group(0) == tok])
            if cnt != 1 and not dup_ok.get(name) and code != "conflicting_values":
                problems.append(f"{name}: changed figure {tok} occurs {cnt} times in the error case")
        if code not in failed:
            problems.append(f"{name}: labelled {code} does not fail; failures: {chk.fails}")
        others = {c for c in failed if c != code and c not in WARNINGS}
        if others:
            problems.append(f"{name}: other error-level codes fail: {[f for f in chk.fails if f[0] in others]}")
    for c in CODES:
        if per_code[c] < 2:
            problems.append(f"code {c} used {per_code[c]} times (< 2)")
    print("codes:", dict(sorted(per_code.items())))
    print("where:", dict(where))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
