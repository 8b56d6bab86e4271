#!/usr/bin/env python3
"""Verify the n130 set.

1. Structure: every label value occurs in its case; every error case differs from its clean draft in
   one place (one contiguous hunk of at most two lines) and the labelled value overlaps that hunk;
   clean drafts are 3,000-9,000 characters; each code of errors.md §A occurs at least twice.
2. Arithmetic: every clean draft is re-computed (table weights/scores/grade/completion/score rules, and
   per-draft identities: rates, balances, sums, averages, units, years, text-vs-table values).
   All checks must pass on the clean drafts.
3. The same checks run on every error case: at least one check tagged with the labelled code must fail,
   and no check tagged with another §A code may fail (score_rule failures are tolerated: a warning).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
         "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
WARN_CODES = {"score_rule"}


class Miss(Exception):
    pass


# ---------------------------------------------------------------- helpers
def dec(s):
    return D(str(s).replace(",", ""))


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: a stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d."""
    v = dec(stated)
    tol = D("0.5") * (D(10) ** -ndec(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def G(t, pat):
    """Groups of the unique match of pat in t (strings)."""
    ms = list(re.finditer(pat, t, flags=re.S))
    if len(ms) != 1:
        raise Miss(f"pattern matched {len(ms)} times: {pat}")
    g = ms[0].groups()
    return g if len(g) > 1 else g[0]


def band(total):
    total = dec(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

QTY = re.compile(r"^(≥|≤|＞|＜|=|＝)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def qty(cell):
    m = QTY.match(cell.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte"}.get(sign or "", "eq")
    return direction, dec(num), unit.strip()


# ---------------------------------------------------------------- tables
def table_rows(t):
    """All '｜' lines as cell lists."""
    return [ln.split("｜") for ln in t.splitlines() if "｜" in ln]


def row(t, first, col=None):
    """The unique row whose first cell (or cell `col`) equals `first`."""
    found = [r for r in table_rows(t) if (r[0] if col is None else (r[col] if len(r) > col else None)) == first]
    if len(found) != 1:
        raise Miss(f"row {first!r} found {len(found)} times")
    return found[0]


def scored_tables(t):
    """Yield (header, rows) for every table that has 分值/权重 and 得分 columns."""
    lines = t.splitlines()
    out, cur = [], None
    for ln in lines:
        if "｜" not in ln:
            cur = None
            continue
        cells = ln.split("｜")
        if ("分值" in cells or "权重" in cells) and "得分" in cells:
            cur = (cells, [])
            out.append(cur)
            continue
        if cur is not None:
            cur[1].append(cells)
    return out


def col(header, *names):
    for i, h in enumerate(header):
        for n in names:
            if h.startswith(n):
                return i
    return None


def generic_table_checks(t, fails, stated_total_text=None):
    weights, scores, totals = [], [], []
    for header, rows in scored_tables(t):
        iw = col(header, "分值", "权重")
        isc = col(header, "得分")
        itg = col(header, "年度指标值", "指标值", "目标值")
        iac = col(header, "实际完成值", "业绩值")
        icp = col(header, "完成率")
        ibud = col(header, "全年预算数")
        ispent = col(header, "全年执行数")
        irate = col(header, "执行率")
        for r in rows:
            if len(r) <= max(iw, isc):
                continue
            if r[0] in ("总分", "合计"):
                totals.append(r[isc])
                if r[iw].strip():
                    if dec(r[iw]) != 100:
                        fails.append(("weight_sum_mismatch", f"total row weight {r[iw]}"))
                continue
            try:
                w, s = dec(r[iw]), dec(r[isc])
            except Exception:
                continue  # sub-rows with —
            weights.append(w)
            scores.append(s)
            if s > w or s < 0:
                fails.append(("score_exceeds_weight", f"{r[:3]} score {s} weight {w}"))
            # funds row: execution rate and score
            if ibud is not None and ispent is not None and irate is not None:
                b, sp, rate = dec(r[ibud]), dec(r[ispent]), r[irate].rstrip("%")
                if sp > b:
                    fails.append(("implausible_rate", f"spent {sp} > budget {b}"))
                if not close(rate, sp / b * 100):
                    fails.append(("rate_mismatch", f"{r[0]} rate {rate} vs {sp / b * 100:.4f}"))
                exp1 = r2(w * min(sp / b, D(1)))
                exp2 = r2(w * min(dec(rate) / 100, D(1)))
                if s not in (exp1, exp2) and not close(str(s), w * min(sp / b, D(1))):
                    fails.append(("score_rule", f"execution score {s} vs {exp1}"))
                continue
            if itg is None or iac is None:
                continue
            tq, aq = qty(r[itg]), qty(r[iac])
            if tq is None and aq is None:
                continue  # qualitative
            if (tq is None) != (aq is None) or tq[2] != aq[2]:
                fails.append(("unit_mismatch", f"{r[:3]} target {r[itg]} actual {r[iac]}"))
                continue
            direction, T, unit = tq
            A = aq[1]
            if direction == "lte":
                comp = D(100) if A <= T else T / A * 100
                sc = w if A <= T else w * T / A
            elif T == 0:
                comp = None
                sc = w if A <= 0 else D(0)
            else:
                comp = A / T * 100
                sc = w * min(A / T, D(1))
            if unit == "%" and A > 100:
                fails.append(("implausible_rate", f"{r[:3]} actual {A}%"))
            if not close(str(s), sc) and s != r2(sc):
                fails.append(("score_rule", f"{r[:3]} score {s} vs {sc:.4f}"))
            if icp is not None:
                cp = r[icp].strip()
                if comp is None:
                    if cp not in ("—", "-", ""):
                        fails.append(("completion_mismatch", f"{r[:3]} completion {cp} on zero target"))
                elif not close(cp.rstrip("%"), comp):
                    fails.append(("completion_mismatch", f"{r[:3]} completion {cp} vs {comp:.4f}"))
    if weights and sum(weights) != 100:
        fails.append(("weight_sum_mismatch", f"weights sum {sum(weights)}"))
    stated = totals + ([stated_total_text] if stated_total_text else [])
    if not stated:
        fails.append(("score_sum_mismatch", "no stated total"))
    for tot in stated:
        if dec(tot) != sum(scores):
            fails.append(("score_sum_mismatch", f"scores sum {sum(scores)} vs stated {tot}"))
    for a in stated:
        for b in stated:
            if dec(a) != dec(b):
                fails.append(("conflicting_values", f"totals {a} vs {b}"))
    total = stated[0] if stated else None
    grades = re.findall(r"等级为[“\"]?(优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)", t)
    grades += re.findall(r"自评等级｜(优秀|良好|中等|较差|不合格|合格|一般|优|良|中|差)", t)
    if not grades:
        fails.append(("grade_mismatch", "no grade"))
    for g in grades:
        if total is not None and GRADE_NORM[g] != band(total):
            fails.append(("grade_mismatch", f"grade {g} for total {total}"))
    return scores, totals


def block_sum(t, level1):
    s = D(0)
    for header, rows in scored_tables(t):
        isc = col(header, "得分")
        for r in rows:
            if r[0] == level1:
                s += dec(r[isc])
    return s


def ind(t, name):
    """Indicator row by its 三级指标 name (third cell)."""
    return row(t, name, col=2)


# ---------------------------------------------------------------- per-draft checks
def C(fails, code, cond, msg):
    if not cond:
        fails.append((code, msg))


def check_yongping(t, f):
    year = 2020
    budget, ini, add, carry = (dec(x) for x in (
        G(t, r"项目全年预算数为(\d+\.\d+)万元"), G(t, r"年初预算安排(\d+\.\d+)万元"),
        G(t, r"追加防雷改造经费(\d+\.\d+)万元"), G(t, r"加上2019年结转的(\d+\.\d+)万元")))
    cur = dec(G(t, r"当年财政拨款调整为(\d+\.\d+)万元"))
    C(f, "sum_mismatch", ini + add == cur, "年初 + 追加 = 当年财政拨款")
    C(f, "sum_mismatch", cur + carry == budget, "当年 + 结转 = 全年预算")
    spent, rate = G(t, r"项目全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    C(f, "rate_mismatch", close(rate, dec(spent) / budget * 100), "执行率 prose")
    cspent, crate = G(t, r"当年财政拨款执行(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    C(f, "rate_mismatch", close(crate, dec(cspent) / cur * 100), "当年财政拨款执行率")
    C(f, "implausible_rate", dec(crate) <= 100 and dec(rate) <= 100, "rates <= 100")
    cused = dec(G(t, r"上年结转的(\d+\.\d+)万元已全部支出"))
    C(f, "sum_mismatch", dec(cspent) + cused == dec(spent), "当年执行 + 结转执行 = 全年执行")
    C(f, "conflicting_values", cused == carry, "结转 used = 结转 budget")
    items = G(t, r"台站运维服务费(\d+\.\d+)万元，通信专线租赁费(\d+\.\d+)万元.*?台站电费(\d+\.\d+)万元，防雷改造(\d+\.\d+)万元，设备维修及备品备件(\d+\.\d+)万元")
    C(f, "sum_mismatch", sum(dec(x) for x in items) == dec(cspent), "支出明细 = 当年执行")
    lines, per = G(t, r"专线(\d+)条，每条年租费(\d+)元")
    C(f, "unit_mismatch", dec(lines) * dec(per) / 10000 == dec(items[1]), "专线 11 x 9600元 = 10.56万元")
    un, q, s = G(t, r"未执行的(\d+\.\d+)万元中，(\d+\.\d+)万元为防雷改造工程质保金.*?；(\d+\.\d+)万元为")
    C(f, "balance_mismatch", dec(un) == cur - dec(cspent), "未执行 = 当年预算 - 当年执行")
    C(f, "balance_mismatch", dec(un) == budget - dec(spent), "未执行 = 全年预算 - 全年执行")
    C(f, "sum_mismatch", dec(q) + dec(s) == dec(un), "质保金 + 节约 = 未执行")
    C(f, "balance_mismatch", dec(q) == add - dec(items[3]), "防雷 预算 - 支出 = 质保金")
    st = G(t, r"共有地震监测台站(\d+)个，其中测震台(\d+)个、强震动台(\d+)个、地下流体观测点(\d+)个")
    C(f, "sum_mismatch", dec(st[0]) == sum(dec(x) for x in st[1:]), "台站 2+6+3 = 11")
    ins = G(t, r"巡检维护(\d+)站次，其中定期巡检(\d+)站次、故障抢修(\d+)站次")
    C(f, "sum_mismatch", dec(ins[0]) == dec(ins[1]) + dec(ins[2]), "巡检 44+8 = 52")
    qs = G(t, r"一季度(\d+\.\d+)%、二季度(\d+\.\d+)%、三季度(\d+\.\d+)%、四季度(\d+\.\d+)%，全年平均(\d+\.\d+)%")
    C(f, "average_mismatch", close(qs[4], sum(dec(x) for x in qs[:4]) / 4), "季度平均运行率")
    n, avg = G(t, r"(\d+)个台站平均运维支出(\d+\.\d+)万元")
    C(f, "average_mismatch", close(avg, dec(spent) / dec(n)), "平均运维支出")
    comp = G(t, r"测震数据完整率(\d+\.\d+)%，比目标值低(\d+\.\d+)个百分点")
    C(f, "sum_mismatch", D("99.5") - dec(comp[0]) == dec(comp[1]), "99.5 - 99.12 = 0.38")
    got, ok_, sat = G(t, r"收回(\d+)份，其中表示满意和基本满意的(\d+)份，满意度为(\d+\.\d+)%")
    C(f, "rate_mismatch", close(sat, dec(ok_) / dec(got) * 100), "满意度 46/48")
    # text vs table
    fr = row(t, "年度资金总额")
    C(f, "conflicting_values", dec(fr[2]) == budget and dec(fr[3]) == dec(spent) and fr[5] == rate + "%", "资金 table vs text")
    C(f, "conflicting_values", dec(fr[1]) == ini, "年初 table vs text")
    cr = row(t, "其中：当年财政拨款")
    C(f, "conflicting_values", dec(cr[2]) == cur and dec(cr[3]) == dec(cspent), "当年拨款 table vs text")
    C(f, "sum_mismatch", all(dec(fr[i]) == dec(cr[i]) + dec(row(t, "上年结转资金")[i]) + dec(row(t, "其他资金")[i]) for i in (1, 2, 3)), "资金 rows")
    C(f, "conflicting_values", row(t, "上年结转资金")[2] == str(carry), "结转 table vs text")
    C(f, "conflicting_values", ind(t, "台网运行率")[4] == qs[4] + "%", "运行率 table vs text")
    C(f, "conflicting_values", ind(t, "测震数据完整率")[4] == comp[0] + "%", "完整率 table vs text")
    C(f, "conflicting_values", ind(t, "相关部门和乡镇满意度")[4] == sat + "%", "满意度 table vs text")
    C(f, "conflicting_values", ind(t, "运维监测台站数量")[4] == st[0] + "个", "台站数 table vs text")
    C(f, "conflicting_values", ind(t, "项目支出控制数")[4] == spent + "万元" and ind(t, "项目支出控制数")[3] == "≤" + str(budget) + "万元", "成本 table vs text")
    if ind(t, "台站故障修复时间")[4].endswith("小时"):  # a wrong unit is unit_mismatch, not a conflict
        C(f, "conflicting_values", ind(t, "台站故障修复时间")[4] == G(t, r"平均修复时间(\d+)小时，最长") + "小时", "修复时间 table vs text")
    blocks = G(t, r"预算执行率得分(\d+\.\d+)分，产出指标得分(\d+\.\d+)分，效益指标得分(\d+\.\d+)分，满意度指标得分(\d+\.\d+)分，自评总分(\d+\.\d+)分")
    C(f, "score_sum_mismatch", dec(blocks[0]) == dec(fr[6]), "执行得分 text vs table")
    C(f, "score_sum_mismatch", dec(blocks[1]) == block_sum(t, "产出指标"), "产出 block")
    C(f, "score_sum_mismatch", dec(blocks[2]) == block_sum(t, "效益指标"), "效益 block")
    C(f, "score_sum_mismatch", dec(blocks[3]) == block_sum(t, "满意度指标"), "满意度 block")
    C(f, "score_sum_mismatch", sum(dec(x) for x in blocks[:4]) == dec(blocks[4]), "blocks = total")
    for y in re.findall(r"结转至(\d{4})年", t):
        C(f, "year_mismatch", int(y) > year, f"结转至{y}年")
    C(f, "year_mismatch", G(t, r"截至(\d{4})年12月31日") == str(year), "截至 year")
    C(f, "year_mismatch", G(t, r"(\d{4})年年初预算") == str(year), "年初 year")
    return blocks[4]


def check_jinping(t, f):
    year = 2022
    ini, cty, prov = (dec(x) for x in G(t, r"年初预算(\d+\.\d+)万元，其中县级财政资金(\d+\.\d+)万元，省级森林防火补助资金(\d+\.\d+)万元"))
    C(f, "sum_mismatch", cty + prov == ini, "年初 = 县 + 省")
    add = dec(G(t, r"追加县级资金(\d+\.\d+)万元"))
    budget, cty2, prov2 = (dec(x) for x in G(t, r"全年预算数(\d+\.\d+)万元，其中县级(\d+\.\d+)万元、省级(\d+\.\d+)万元"))
    C(f, "sum_mismatch", cty2 + prov2 == budget and ini + add == budget and cty + add == cty2, "全年预算 sums")
    C(f, "conflicting_values", prov2 == prov, "省级 same")
    C(f, "rate_mismatch", "资金全部到位，到位率100%" in t, "到位率 100%")
    spent, rate = G(t, r"全年实际支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    C(f, "rate_mismatch", close(rate, dec(spent) / budget * 100), "执行率")
    items = G(t, r"队员工资及社会保险(\d+\.\d+)万元（(\d+)人，人均每月(\d+)元），扑火装备购置(\d+\.\d+)万元，训练演练(\d+\.\d+)万元，营房运行及后勤保障(\d+\.\d+)万元")
    C(f, "sum_mismatch", dec(items[0]) + dec(items[3]) + dec(items[4]) + dec(items[5]) == dec(spent), "用途 sum")
    C(f, "unit_mismatch", dec(items[1]) * dec(items[2]) * 12 / 10000 == dec(items[0]), "36 x 3000元 x 12 = 129.60万元")
    pb, ps, pr = G(t, r"省级补助(\d+\.\d+)万元全部用于装备购置，执行(\d+\.\d+)万元，执行率(\d+(?:\.\d+)?)%")
    C(f, "implausible_rate", dec(ps) <= dec(pb) and dec(pr) <= 100, "省级 execution <= budget")
    C(f, "rate_mismatch", close(pr, dec(ps) / dec(pb) * 100), "省级 rate")
    C(f, "sum_mismatch", dec(ps) <= dec(items[3]), "省级 within 装备")
    bal = dec(G(t, r"年末结余(\d+\.\d+)万元"))
    C(f, "balance_mismatch", bal == budget - dec(spent), "结余 = 到位 - 执行")
    for y in re.findall(r"结转至(\d{4})年", t):
        C(f, "year_mismatch", int(y) > year, f"结转至{y}年")
    C(f, "year_mismatch", G(t, r"(\d{4})年年初预算") == str(year), "年初 year")
    C(f, "year_mismatch", G(t, r"(\d{4})年12月提前下达") == str(year - 1), "advance in December before")
    n36 = G(t, r"年末专业队在岗队员(\d+)人")
    cert, crate = G(t, r"(\d+)人取得森林消防员职业技能证书，持证上岗率(\d+\.\d+)%")
    C(f, "rate_mismatch", close(crate, dec(cert) / dec(n36) * 100), "持证率 33/36")
    C(f, "sum_mismatch", "3名新队员" in t and dec(n36) - dec(cert) == 3, "36 - 33 = 3")
    C(f, "average_mismatch", close(G(t, r"人均工资保险支出(\d+\.\d+)万元，"), dec(items[0]) / dec(n36)), "人均 3.6")
    C(f, "sum_mismatch", G(t, r"个人防护装备(\d+)套（每名队员2套）") == str(int(n36) * 2), "72 = 36 x 2")
    area, lost, lrate = G(t, r"森林面积(\d+\.\d+)万亩.*?受害森林面积(\d+)亩，森林火灾受害率为(\d+\.\d+)‰")
    C(f, "rate_mismatch", close(lrate, dec(lost) / (dec(area) * 10000) * 1000), "受害率 ‰")
    n, ok_, sat = G(t, r"问卷(\d+)份，满意(\d+)份，满意度为(\d+\.\d+)%")
    C(f, "rate_mismatch", close(sat, dec(ok_) / dec(n) * 100), "满意度")
    # text vs table
    tr = row(t, "年度资金总额")
    C(f, "conflicting_values", dec(tr[1]) == ini and dec(tr[2]) == budget and dec(tr[3]) == dec(spent) and tr[4] == rate + "%", "funds table vs text")
    fr = row(t, "其中：财政拨款")
    C(f, "sum_mismatch", all(dec(tr[i]) == dec(fr[i]) + dec(row(t, "其他资金")[i]) for i in (1, 2, 3)), "funds rows")
    C(f, "rate_mismatch", close(fr[4].rstrip("%"), dec(fr[3]) / dec(fr[2]) * 100), "财政拨款 rate")
    C(f, "conflicting_values", ind(t, "资金支出进度")[4] == rate + "%", "执行率 table")
    C(f, "conflicting_values", ind(t, "专业技能培训")[4] == G(t, r"全年组织专业技能培训(\d+)次") + "次", "培训 table vs text")
    C(f, "conflicting_values", ind(t, "实战化演练")[4] == G(t, r"组织实战化演练(\d+)次") + "次", "演练")
    C(f, "conflicting_values", ind(t, "新增风力灭火机")[4] == G(t, r"新增风力灭火机(\d+)台、") + "台", "风力灭火机")
    C(f, "conflicting_values", ind(t, "专业队员在岗人数")[4] == n36 + "人", "在岗人数")
    C(f, "conflicting_values", ind(t, "队员持证上岗率")[4] == crate + "%", "持证率")
    C(f, "conflicting_values", ind(t, "接警后到场时间")[4] == G(t, r"平均到场时间(\d+\.\d+)小时") + "小时", "到场时间")
    C(f, "conflicting_values", ind(t, "森林火灾受害率")[4] == lrate + "‰", "受害率")
    C(f, "conflicting_values", ind(t, "林区群众满意度")[4] == sat + "%", "满意度")
    C(f, "conflicting_values", ind(t, "人均工资保险支出")[4] == G(t, r"人均工资保险支出(\d+\.\d+)万元，") + "万元", "人均")
    es, rest, tot = G(t, r"预算执行率得分(\d+\.\d+)分，产出、效益和满意度指标得分(\d+\.\d+)分，自评总分(\d+\.\d+)分")
    C(f, "score_sum_mismatch", dec(es) + dec(rest) == dec(tot), "text 9.60 + 88.65 = 98.25")
    C(f, "score_sum_mismatch", dec(rest) == block_sum(t, "产出指标") + block_sum(t, "效益指标") + block_sum(t, "满意度指标"), "indicators sum")
    C(f, "conflicting_values", dec(es) == dec(ind(t, "资金支出进度")[6]), "执行得分")
    return tot


def check_chongren(t, f):
    year = 2019
    # funds table with 行次
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {n: row(t, n) for n in names}
    for n in names[:5]:
        v = [dec(x) for x in R[n][2:]]
        C(f, "sum_mismatch", v[1] == v[2] + v[3] + v[4] + v[5], f"{n}: 小计 = 中央+省+市+县")
        C(f, "sum_mismatch", v[0] == v[1] + v[6] + v[7], f"{n}: 总额 = 小计 + 结转 + 其他")
    for i in range(2, 10):
        b, rc, sp, bal = (dec(R[n][i]) for n in names[1:5])
        C(f, "balance_mismatch", bal == rc - sp, f"col {i}: (5)=(3)-(4)")
        if b == 0:
            C(f, "implausible_rate", R["预算到位率(%)"][i] in ("—", "0") and R["预算执行率(%)"][i] in ("—", "0"), f"col {i} zero base")
            continue
        C(f, "rate_mismatch", close(R["预算到位率(%)"][i], rc / b * 100), f"col {i}: (6)")
        C(f, "rate_mismatch", close(R["预算执行率(%)"][i], sp / b * 100), f"col {i}: (7)")
        C(f, "implausible_rate", rc <= b and sp <= rc, f"col {i}: ordering")
    budget = dec(G(t, r"全年预算资金(\d+\.\d+)万元。"))
    parts = G(t, r"中央特大防汛抗旱补助资金(\d+\.\d+)万元、省级防汛抗旱专项资金(\d+\.\d+)万元和市级补助资金(\d+\.\d+)万元")
    ini = dec(G(t, r"年初预算安排县级资金(\d+\.\d+)万元"))
    C(f, "sum_mismatch", ini + sum(dec(x) for x in parts) == budget, "120 + 20 + 35 + 10 = 185")
    C(f, "conflicting_values", dec(R["全年预算资金"][2]) == budget and dec(R["年初预算资金"][2]) == ini, "prose vs table budget")
    C(f, "conflicting_values", [dec(x) for x in parts] == [dec(R["全年预算资金"][i]) for i in (4, 5, 6)], "sources prose vs table")
    C(f, "conflicting_values", dec(G(t, r"县级资金受财力影响到位(\d+\.\d+)万元")) == dec(R["实际到位资金"][7]), "县级到位")
    bt, bp, bc = G(t, r"结余资金(\d+\.\d+)万元中，省级资金(\d+\.\d+)万元.*?县级资金(\d+\.\d+)万元")
    C(f, "sum_mismatch", dec(bt) == dec(bp) + dec(bc), "结余 14.04 = 2.40 + 11.64")
    C(f, "conflicting_values", dec(bt) == dec(R["资金结余"][2]) and dec(bp) == dec(R["资金结余"][5]) and dec(bc) == dec(R["资金结余"][7]), "结余 prose vs table")
    C(f, "rate_mismatch", close(G(t, r"到位率仅为(\d+)%"), dec(R["实际到位资金"][7]) / dec(R["全年预算资金"][7]) * 100), "县级到位率 90%")
    for y in re.findall(r"结转至(\d{4})年", t):
        C(f, "year_mismatch", int(y) > year, f"结转至{y}年")
    C(f, "year_mismatch", G(t, r"(\d{4})年年初预算") == str(year), "年初 year")
    # indicator rows vs funds table and prose
    ex = ind(t, "预算执行率", ) if False else row(t, "预算执行率", col=1)
    C(f, "conflicting_values", ex[4] == R["预算执行率(%)"][2] + "%", "执行率 indicator vs funds table")
    pb, ps, pbal = G(t, r"防汛物资采购预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，结余(\d+\.\d+)万元")
    C(f, "balance_mismatch", dec(pbal) == dec(pb) - dec(ps), "物资 45.00 - 43.20 = 1.80")
    cost = row(t, "防汛物资采购支出", col=1)
    C(f, "conflicting_values", cost[3] == "≤" + pb + "万元" and cost[4] == ps + "万元", "物资 prose vs table")
    m = G(t, r"冲锋舟2艘(\d+\.\d+)万元，救生衣(\d+)件(\d+\.\d+)(万?元)（每件(\d+)元），编织袋及其他物资(\d+\.\d+)万元")
    C(f, "unit_mismatch", m[3] == "万元" and dec(m[1]) * dec(m[4]) == dec(m[2]) * 10000, "救生衣 300 x 150元 = 4.50万元")
    if m[3] == "万元":
        C(f, "sum_mismatch", dec(m[0]) + dec(m[2]) + dec(m[5]) == dec(ps), "物资 items = 43.20")
    C(f, "conflicting_values", row(t, "储备编织袋（万条）", col=1)[4] == G(t, r"年末储备编织袋(\d+\.\d+)万条"), "编织袋")
    s46, s41, s5 = G(t, r"(\d+)个山洪灾害监测预警站点中(\d+)个完成年度维护，其余(\d+)个")
    C(f, "sum_mismatch", int(s46) - int(s41) == int(s5), "46 - 41 = 5")
    st = row(t, "山洪灾害监测预警站点维护", col=1)
    C(f, "conflicting_values", st[3] == s46 + "个" and st[4] == s41 + "个", "站点 prose vs table")
    plan, done, cp = G(t, r"计划培训(\d+)人次，实际培训(\d+)人次，完成率(\d+)%")
    C(f, "completion_mismatch", close(cp, dec(done) / dec(plan) * 100), "培训 684/600")
    area, acp = G(t, r"保灌溉面积(\d+\.\d+)万亩，完成目标的(\d+)%")
    C(f, "completion_mismatch", close(acp, dec(area) / 8 * 100), "保灌 7.6/8")
    C(f, "conflicting_values", row(t, "抗旱保灌溉面积", col=1)[4] == area + "万亩", "保灌 table")
    C(f, "conflicting_values", row(t, "预警信息发布时间", col=1)[4] == G(t, r"平均发布时间(\d+)分钟") + "分钟", "预警时间")
    C(f, "conflicting_values", row(t, "防汛抢险应急演练", col=1)[4] == G(t, r"全年实际(\d+)次") + "次", "演练")
    n, ok_, sat = G(t, r"发放问卷(\d+)份，满意(\d+)份，满意度(\d+\.\d+)%")
    C(f, "rate_mismatch", close(sat, dec(ok_) / dec(n) * 100), "满意度")
    C(f, "conflicting_values", row(t, "受益群众满意度", col=1)[4] == sat + "%", "满意度 table")
    return G(t, r"自评总得分(\d+\.\d+)分")


def check_haicheng(t, f):
    year = 2023
    ini = dec(G(t, r"年初预算安排(\d+\.\d+)万元"))
    cut = dec(G(t, r"调减(\d+\.\d+)万元，当年财政拨款"))
    cur = dec(G(t, r"当年财政拨款调整为(\d+\.\d+)万元"))
    carry = dec(G(t, r"加上上年结转资金(\d+\.\d+)万元"))
    budget = dec(G(t, r"全年预算数为(\d+\.\d+)万元"))
    C(f, "sum_mismatch", ini - cut == cur and cur + carry == budget, "80 - 12 = 68; 68 + 5.60 = 73.60")
    spent, rate = G(t, r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    C(f, "rate_mismatch", close(rate, dec(spent) / budget * 100), "执行率")
    items = G(t, r"专家咨询费(\d+\.\d+)万元，执法装备购置(\d+\.\d+)万元，执法车辆运行维护(\d+\.\d+)万元，委托检测检验费(\d+\.\d+)万元，培训宣传(\d+\.\d+)万元，支付2022年结转的检测费尾款(\d+\.\d+)万元")
    C(f, "sum_mismatch", sum(dec(x) for x in items) == dec(spent), "支出内容 sum")
    C(f, "conflicting_values", dec(items[5]) == carry, "结转尾款 = 上年结转")
    bal = dec(G(t, r"年末未支出的(\d+\.\d+)万元"))
    C(f, "balance_mismatch", bal == budget - dec(spent), "73.60 - 63.40 = 10.20")
    per = dec(G(t, r"每人每天(\d+)元"))
    experts = dec(G(t, r"聘请专家参与检查(\d+)人次，比目标少"))
    C(f, "unit_mismatch", experts * per / 10000 == dec(items[0]), "138 x 800元 = 11.04万元")
    C(f, "sum_mismatch", 150 - experts == dec(G(t, r"比目标少(\d+)人次")), "150 - 138 = 12")
    qb, qs, qr = G(t, r"采购执法记录仪30台，预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    C(f, "rate_mismatch", close(qr, dec(qs) / dec(qb) * 100), "记录仪 rate")
    C(f, "implausible_rate", dec(qs) <= dec(qb) and dec(qr) <= 100, "记录仪 spent <= budget")
    C(f, "sum_mismatch", dec(qs) <= dec(items[1]), "记录仪 within 装备")
    total, tcp = G(t, r"全年共检查生产经营单位(\d+)家次，完成年度目标的(\d+\.\d+)%")
    C(f, "completion_mismatch", close(tcp, dec(total) / 600 * 100), "652/600")
    sq = G(t, r"四个执法中队分别检查(\d+)家次、(\d+)家次、(\d+)家次和(\d+)家次，平均每个中队(\d+)家次")
    C(f, "sum_mismatch", sum(dec(x) for x in sq[:4]) == dec(total), "中队 sum = 652")
    C(f, "average_mismatch", close(sq[4], sum(dec(x) for x in sq[:4]) / 4), "中队 average")
    hz, done, hr, rest = G(t, r"一般事故隐患(\d+)项，已整改(\d+)项，整改率(\d+\.\d+)%，其余(\d+)项")
    C(f, "rate_mismatch", close(hr, dec(done) / dec(hz) * 100), "整改率")
    C(f, "sum_mismatch", dec(hz) - dec(done) == dec(rest), "1846 - 1787 = 59")
    n, back, ok_, sat = G(t, r"问卷(\d+)份，收回(\d+)份，满意(\d+)份，满意度(\d+\.\d+)%")
    C(f, "rate_mismatch", close(sat, dec(ok_) / dec(back) * 100), "满意度")
    for y in re.findall(r"结转至(\d{4})年", t):
        C(f, "year_mismatch", int(y) > year, f"结转至{y}年")
    C(f, "year_mismatch", G(t, r"截至(\d{4})年12月31日") == str(year), "截至 year")
    C(f, "year_mismatch", G(t, r"(\d{4})年度目标为") == str(year), "目标 year")
    # table vs text
    tr = row(t, "年度资金总额")
    C(f, "conflicting_values", dec(tr[1]) == ini and dec(tr[2]) == budget and dec(tr[3]) == dec(spent) and tr[5] == rate + "%", "funds table")
    cr, kr, orow = row(t, "其中：当年财政拨款"), row(t, "上年结转资金"), row(t, "其他资金")
    C(f, "sum_mismatch", all(dec(tr[i]) == dec(cr[i]) + dec(kr[i]) + dec(orow[i]) for i in (1, 2, 3)), "funds rows")
    C(f, "conflicting_values", dec(cr[2]) == cur and dec(kr[2]) == carry, "sub rows vs text")
    C(f, "conflicting_values", ind(t, "执法检查生产经营单位")[4] == total + "家次", "652")
    C(f, "conflicting_values", ind(t, "聘请专家参与检查")[4] == str(experts) + "人次", "138")
    C(f, "conflicting_values", ind(t, "立案查处违法行为")[4] == G(t, r"立案查处违法行为(\d+)起，") + "起", "31")
    C(f, "conflicting_values", ind(t, "企业负责人及安全管理人员培训")[4] == G(t, r"安全管理人员(\d+)人，未完成") + "人", "430")
    C(f, "conflicting_values", ind(t, "一般事故隐患整改率")[4] == hr + "%", "整改率")
    C(f, "conflicting_values", ind(t, "被检查企业满意度")[4] == sat + "%", "满意度")
    C(f, "conflicting_values", ind(t, "生产安全事故死亡人数")[4] == G(t, r"死亡(\d+)人，超出") + "人", "死亡")
    C(f, "conflicting_values", ind(t, "专家咨询费标准")[4] == str(per) + "元/人·天", "专家费标准")
    es, rest, tot = G(t, r"预算执行率得分(\d+\.\d+)分，绩效指标得分(\d+\.\d+)分，自评总分(\d+\.\d+)分")
    C(f, "score_sum_mismatch", dec(es) + dec(rest) == dec(tot), "8.61 + 78.99 = 87.60")
    C(f, "score_sum_mismatch", dec(rest) == block_sum(t, "产出指标") + block_sum(t, "效益指标") + block_sum(t, "满意度指标"), "indicator scores")
    C(f, "conflicting_values", dec(es) == dec(tr[6]), "执行得分")
    return tot


def check_lingwu(t, f):
    year = 2024
    ini = dec(G(t, r"年初预算(\d+\.\d+)万元，均为"))
    add = dec(G(t, r"追加森林草原防灭火专项经费(\d+\.\d+)万元，加上"))
    carry = dec(G(t, r"加上上年结转资金(\d+\.\d+)万元"))
    budget, basic_b, proj_b = (dec(x) for x in G(t, r"全年预算数(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元"))
    C(f, "sum_mismatch", ini + add + carry == budget and basic_b + proj_b == budget, "预算 sums")
    spent, rate = G(t, r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    spent = dec(spent)
    C(f, "rate_mismatch", close(rate, spent / budget * 100), "执行率")
    bs, br, pers, pub, ps, pr = G(t, r"基本支出(\d+\.\d+)万元，执行率(\d+\.\d+)%，包括人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元；项目支出(\d+\.\d+)万元，执行率(\d+\.\d+)%")
    C(f, "sum_mismatch", dec(bs) + dec(ps) == spent and dec(pers) + dec(pub) == dec(bs), "支出 sums")
    C(f, "rate_mismatch", close(br, dec(bs) / basic_b * 100) and close(pr, dec(ps) / proj_b * 100), "基本/项目 rates")
    C(f, "conflicting_values", G(t, r"项目支出执行率为(\d+\.\d+)%") == pr, "项目执行率 restated")
    C(f, "balance_mismatch", dec(G(t, r"年末结转(\d+\.\d+)万元")) == budget - spent, "结转 = 预算 - 支出")
    for y in re.findall(r"结转至(\d{4})年", t):
        C(f, "year_mismatch", int(y) > year, f"结转至{y}年")
    C(f, "year_mismatch", G(t, r"(\d{4})年年初预算") == str(year), "年初 year")
    sb, ss, car, rec, saved = G(t, r"“三公”经费预算(\d+\.\d+)万元，实际支出(\d+\.\d+)万元，其中公务用车运行维护费(\d+\.\d+)万元、公务接待费(\d+\.\d+)万元.*?节约(\d+\.\d+)万元")
    C(f, "sum_mismatch", dec(car) + dec(rec) == dec(ss), "三公 parts")
    C(f, "balance_mismatch", dec(sb) - dec(ss) == dec(saved), "三公 节约")
    hc = G(t, r"核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名；年末实有在职人员(\d+)人，其中行政(\d+)人、事业(\d+)人")
    C(f, "sum_mismatch", int(hc[0]) == int(hc[1]) + int(hc[2]) and int(hc[3]) == int(hc[4]) + int(hc[5]), "人员 sums")
    stock, scp = G(t, r"年末储备(\d+\.\d+)万件（套），完成年度目标的(\d+\.\d+)%")
    target = dec(G(t, r"应急物资储备不少于(\d+\.\d+)万件（套）"))
    C(f, "completion_mismatch", close(scp, dec(stock) / target * 100), "1.38/1.2")
    n, ok_, sat = G(t, r"有效样本(\d+)份，满意(\d+)份，满意度为(\d+\.\d+)%")
    C(f, "rate_mismatch", close(sat, dec(ok_) / dec(n) * 100), "满意度")
    # key projects
    projs = [r for r in table_rows(t) if len(r) == 6 and r[0].isdigit()]
    C(f, "sum_mismatch", len(projs) == 5, "5 projects")
    for r in projs:
        b, s, rt = dec(r[2]), dec(r[3]), r[4].rstrip("%")
        C(f, "implausible_rate", s <= b and dec(rt) <= 100, f"project {r[1]} spent <= budget")
        C(f, "rate_mismatch", close(rt, s / b * 100), f"project {r[1]} rate")
    C(f, "sum_mismatch", sum(dec(r[2]) for r in projs) == dec(G(t, r"5个重点项目全年预算合计(\d+\.\d+)万元")), "511.50")
    C(f, "sum_mismatch", dec(G(t, r"5个重点项目全年预算合计(\d+\.\d+)万元")) + dec(G(t, r"其余7个项目预算合计(\d+\.\d+)万元")) == proj_b, "511.50 + 212.65 = 724.15")
    C(f, "average_mismatch", close(G(t, r"5个重点项目平均自评得分(\d+\.\d+)分"), sum(dec(r[5]) for r in projs) / len(projs)), "平均自评得分")
    C(f, "grade_mismatch", all(band(r[5]) == "优" for r in projs), "project grades 均为优")
    # table vs text
    tr = row(t, "年度资金总额")
    C(f, "conflicting_values", dec(tr[1]) == ini and dec(tr[2]) == budget and dec(tr[3]) == spent and tr[5] == rate + "%", "funds table")
    fr, kr = row(t, "其中：财政拨款"), row(t, "上年结转资金")
    C(f, "sum_mismatch", all(dec(tr[i]) == dec(fr[i]) + dec(kr[i]) for i in (1, 2, 3)), "funds rows")
    C(f, "sum_mismatch", dec(fr[2]) == ini + add and dec(kr[2]) == carry, "财政拨款 全年 = 年初 + 追加")
    C(f, "conflicting_values", ind(t, "应急物资储备数量")[4] == stock + "万件（套）" and ind(t, "应急物资储备数量")[3] == "≥" + str(target) + "万件（套）", "储备")
    C(f, "conflicting_values", ind(t, "安全生产执法检查企业")[4] == G(t, r"全年执法检查企业(\d+)家次") + "家次", "执法检查")
    C(f, "conflicting_values", ind(t, "组织应急演练")[4] == G(t, r"各类应急演练(\d+)场") + "场", "演练")
    C(f, "conflicting_values", ind(t, "储备物资完好率")[4] == G(t, r"储备物资完好率(\d+\.\d+)%") + "%", "完好率")
    C(f, "conflicting_values", ind(t, "灾情信息初报用时")[4] == G(t, r"初报平均用时(\d+)分钟") + "分钟", "初报")
    C(f, "conflicting_values", ind(t, "“三公”经费支出")[4] == ss + "万元" and ind(t, "“三公”经费支出")[3] == "≤" + sb + "万元", "三公")
    C(f, "conflicting_values", ind(t, "生产安全事故死亡人数")[4] == G(t, r"生产安全事故3起、死亡(\d+)人") + "人", "死亡")
    C(f, "conflicting_values", ind(t, "社会公众满意度")[4] == sat + "%", "满意度")
    return G(t, r"部门整体支出自评得分(\d+\.\d+)分")


# scored rows in each 自评表 (execution row included): guards against silent parse failures
SCORED_ROWS = {
    "yongping-seismicnet-2020": 11,
    "jinping-forestfireteam-2022": 12,
    "chongren-floodcontrol-2019": 11,
    "haicheng-safetyenforce-2023": 12,
    "lingwu-emergencydept-2024": 12,
}

CHECKS = {
    "yongping-seismicnet-2020": check_yongping,
    "jinping-forestfireteam-2022": check_jinping,
    "chongren-floodcontrol-2019": check_chongren,
    "haicheng-safetyenforce-2023": check_haicheng,
    "lingwu-emergencydept-2024": check_lingwu,
}


def run_checks(pid, text):
    fails = []
    try:
        total = CHECKS[pid](text, fails)
    except Miss as exc:
        fails.append(("pattern", str(exc)))
        total = None
    except Exception as exc:  # a parse error caused by the edit
        fails.append(("exception", repr(exc)))
        total = None
    try:
        scores, _ = generic_table_checks(text, fails, total)
    except Exception as exc:
        fails.append(("exception", repr(exc)))
        scores = []
    if len(scores) != SCORED_ROWS[pid]:
        fails.append(("parse", f"{len(scores)} scored rows, expected {SCORED_ROWS[pid]}"))
    return fails


def one_hunk(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    files = sorted(os.listdir(CASES))
    if sorted(texts) != files:
        problems.append("cases/ and labels.jsonl list different files")
    code_count = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    import build  # noqa: E402  (for the prose/table tag of each edit)
    tag = {}
    for pid, edits in build.EDITS:
        for n, e in enumerate(edits, 1):
            tag[f"{pid}-e{n}.txt"] = e[1]
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        pid = rec["source"]
        clean = texts[f"{pid}-clean.txt"]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expectations")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{name}: length {len(text)}")
            fails = run_checks(pid, text)
            for code, msg in fails:
                problems.append(f"{name}: clean draft fails {code}: {msg}")
            print(f"{name}: {len(text)} chars, arithmetic consistent" if not fails else f"{name}: {len(fails)} failures")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected must hold exactly one error")
        exp = rec["expected"][0]
        code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
        where[tag[name]] += 1
        if exp["severity"] != "error" or exp["code"] not in CODES:
            problems.append(f"{name}: bad code/severity {exp}")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if not occ:
            problems.append(f"{name}: value not found: {exp['value']!r}")
        p, ea, eb = one_hunk(clean, text)
        if clean == text:
            problems.append(f"{name}: identical to clean draft")
        old, new = clean[p:ea], text[p:eb]
        if max(len(old), len(new)) > 200 or max(old.count("\n"), new.count("\n")) > 1:
            problems.append(f"{name}: change is not one small place: {old!r} -> {new!r}")
        if not any(o < eb and p < o + len(exp["value"]) for o in occ) and not any(o <= p < o + len(exp["value"]) for o in occ):
            problems.append(f"{name}: value does not overlap the changed text")
        fails = run_checks(pid, text)
        failed = {c for c, _ in fails}
        if exp["code"] not in failed:
            problems.append(f"{name}: no {exp['code']} check fails ({fails})")
        other = failed - {exp["code"]} - WARN_CODES
        if other:
            problems.append(f"{name}: other checks fail too: {[(c, m) for c, m in fails if c in other]}")
        print(f"{name}: {exp['code']:22s} [{tag[name]}] {old!r} -> {new!r}; fails: {sorted(failed)}")
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} occurs {code_count[c]} times (< 2)")
    print("codes:", ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print("where:", where)
    if problems:
        print("\nPROBLEMS:")
        for pr in problems:
            print(" -", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
