#!/usr/bin/env python3
"""Verify the n203 set.

1. labels.jsonl: one line per case file, codes from errors.md §A, every code of §A at least twice;
   every label value occurs in its case, does not occur in the clean draft, and overlaps the changed span.
2. Each error case differs from its clean draft in one place (one contiguous change of at most 200 chars).
3. The arithmetic of every clean draft: funds tables, rates, balances, sums, averages, completion
   rates, weights, scores, totals and grades, plus the prose figures, each compared with the
   decimals-as-stated tolerance of rules.md §8.
Prints OK at the end when everything holds.
"""
import glob
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

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated, what):
    """stated: string as written; tolerance 0.5 * 10^-d."""
    d = decimals(stated)
    tol = Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")
    if abs(D(computed) - D(stated)) > tol:
        fail(f"{what}: computed {D(computed):.4f}, stated {stated}")
        return False
    return True


def one(text, pattern, what, group=1):
    """All matches of pattern must carry the same value; return it (string)."""
    vals = [m.group(group) for m in re.finditer(pattern, text)]
    if not vals:
        fail(f"{what}: pattern {pattern!r} not found")
        return "0"
    if len(set(vals)) != 1:
        fail(f"{what}: inconsistent values {vals}")
    return vals[0]


def pct(a, b):
    return D(a) / D(b) * 100


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
               "合格": "中", "一般": "中", "较差": "差", "差": "差"}


def check_grades(text, total, what):
    found = re.findall(r"(?:等级为|等级：|自评为)(优秀|良好|中等|合格|一般|较差|优|良|中|差)", text)
    if not found:
        fail(f"{what}: no grade found")
    for g in found:
        if GRADE_WORDS[g] != grade_of(total):
            fail(f"{what}: grade {g} does not fit total {total}")


# ---------------------------------------------------------------- tables
def table_rows(text):
    return [ln.split("｜") for ln in text.splitlines() if "｜" in ln]


def funds_table(text, what, weight=10):
    rows = table_rows(text)
    hdr = next(r for r in rows if "年初预算数" in r)
    i0, i1, i2 = hdr.index("年初预算数"), hdr.index("全年预算数"), hdr.index("全年执行数")
    iw, ir, isc = hdr.index("分值"), hdr.index("执行率"), hdr.index("得分")
    start = rows.index(hdr)
    total = rows[start + 1]
    assert total[0] == "年度资金总额", total
    subs = []
    for r in rows[start + 2:]:
        if len(r) != len(hdr) or not re.match(r"^[\d.]+$", r[i1]):
            break
        subs.append(r)
    for col, name in ((i0, "年初"), (i1, "全年"), (i2, "执行")):
        close(sum(D(r[col]) for r in subs), total[col], f"{what} funds {name} column sum")
    rate = pct(total[i2], total[i1])
    close(rate, total[ir].rstrip("%"), f"{what} funds 执行率")
    close(D(weight) * min(rate / 100, Decimal(1)), total[isc], f"{what} funds 得分")
    if D(total[iw]) != weight:
        fail(f"{what}: execution weight {total[iw]}")
    for r in subs:
        if r[ir].endswith("%"):
            close(pct(r[i2], r[i1]), r[ir].rstrip("%"), f"{what} funds 执行率 {r[0]}")
        if D(r[i2]) > D(r[i1]):
            fail(f"{what}: {r[0]} executed above budget")
    return {"initial": total[i0], "annual": total[i1], "spent": total[i2],
            "rate": total[ir], "exec_weight": total[iw], "exec_score": total[isc],
            "subs": {r[0].replace("其中：", ""): r for r in subs}, "hdr": hdr}


NUM = r"(-?\d+(?:\.\d+)?)"


def parse_target(s):
    """Return (direction, number, unit) of a target/actual cell, or None when qualitative."""
    s = s.strip()
    if re.search(r"\d{4}年|\d+月\d+日", s):
        return None  # dates are checked by eye, not scored here
    m = re.match(r"^(≥|≤|=|＞|＜)?\s*" + NUM + r"(.*)$", s)
    if not m:
        return None
    sign = m.group(1) or "="
    direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq"}[sign]
    return direction, D(m.group(2)), m.group(3).strip()


def completion(direction, t, a):
    if direction == "lte":
        return Decimal(100) if a <= t else t / a * 100
    return a / t * 100


def rule_score(direction, t, a, w):
    if direction == "lte":
        s = w if a <= t else w * t / a
    elif direction == "eq" and t == 0:
        s = w if a <= 0 else Decimal(0)
    else:
        s = w if a >= t else w * a / t
    return min(s, w)


def indicator_table(text, what, funds, total_stated, separate_unit=False):
    rows = table_rows(text)
    hdr = next(r for r in rows if r[0] == "一级指标")
    iw, isc = hdr.index("分值"), hdr.index("得分")
    ic = hdr.index("完成率") if "完成率" in hdr else None
    it = hdr.index("指标值") if separate_unit else hdr.index("年度指标值")
    ia = hdr.index("实际完成值")
    start = rows.index(hdr)
    body = [r for r in rows[start + 1:] if r[0] in ("产出指标", "效益指标", "满意度指标")]
    total_row = next(r for r in rows[start + 1:] if r[0] in ("总分", "合计"))
    wsum = D(funds["exec_weight"]) + sum(D(r[iw]) for r in body)
    ssum = D(funds["exec_score"]) + sum(D(r[isc]) for r in body)
    if wsum != 100:
        fail(f"{what}: weights sum {wsum}")
    if D(total_row[iw]) != 100:
        fail(f"{what}: 总分 weight cell {total_row[iw]}")
    close(ssum, total_row[isc], f"{what}: score sum vs table total")
    close(ssum, total_stated, f"{what}: score sum vs text total")
    by_level = {}
    for r in body:
        w, s = D(r[iw]), D(r[isc])
        by_level[r[0]] = by_level.get(r[0], 0) + w
        if s > w or s < 0:
            fail(f"{what}: {r[2]} score {s} outside [0, {w}]")
        if separate_unit:
            sign = r[hdr.index("指标性质")]
            if sign == "定性":
                tt = None
            else:
                tt = parse_target(sign + r[it])
                aa = parse_target(r[ia])
        else:
            tt = parse_target(r[it])
            aa = parse_target(r[ia])
        if tt is None or aa is None:
            continue  # qualitative / dates
        direction, t, tu = tt
        _, a, au = aa
        if not separate_unit and tu != au:
            fail(f"{what}: {r[2]} units differ {tu!r} vs {au!r}")
        comp = completion(direction, t, a) if t != 0 else None
        if ic is not None and comp is not None:
            if r[ic].endswith("%"):
                close(comp, r[ic].rstrip("%"), f"{what}: {r[2]} 完成率")
        expect = rule_score(direction, t, a, w)
        close(expect, r[isc], f"{what}: {r[2]} score by rule")
        if direction in ("gte", "eq") and "%" in (tu or au) and a > 100:
            fail(f"{what}: {r[2]} rate above 100%")
    return by_level


# ---------------------------------------------------------------- projects
def read(src):
    with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
        return fh.read()


def check_huarong():
    w = "huarong"
    t = read("huarong-njbutie-2023")
    f = funds_table(t, w)
    # prose funds
    adv = one(t, r"提前下达我县2023年中央财政农机购置与应用补贴资金([\d.]+)万元", w)
    add = one(t, r"追加下达第二批资金([\d.]+)万元", w)
    carry = one(t, r"加上2022年结转的([\d.]+)万元", w)
    annual = one(t, r"全年预算资金合计([\d.]+)万元", w)
    close(D(adv) + D(add) + D(carry), annual, f"{w} 全年预算 = 提前 + 追加 + 结转")
    close(annual, f["annual"], f"{w} 全年预算 text vs table")
    close(adv, f["initial"], f"{w} 年初 = 提前下达")
    spent = one(t, r"全年共兑付补贴资金([\d.]+)万元", w)
    close(spent, f["spent"], f"{w} spent text vs table")
    rate = one(t, r"全年共兑付补贴资金[\d.]+万元，预算执行率([\d.]+)%", w)
    close(pct(spent, annual), rate, f"{w} 执行率 (text)")
    cur = f["subs"]["当年财政拨款"]
    hdr = f["hdr"]
    close(D(adv) + D(add), cur[hdr.index("全年预算数")], f"{w} 当年财政拨款 全年")
    close(D(spent) - D(carry), cur[hdr.index("全年执行数")], f"{w} 当年执行 = 总执行 - 结转(全部兑付)")
    cur_rate = one(t, r"当年财政拨款执行率([\d.]+)%", w)
    close(pct(cur[hdr.index("全年执行数")], cur[hdr.index("全年预算数")]), cur_rate, f"{w} 当年财政拨款执行率")
    bal = one(t, r"未兑付的([\d.]+)万元", w)
    close(D(annual) - D(spent), bal, f"{w} 结转 = 预算 - 执行")
    # categories
    cats = re.findall(r"([^；：，。]+?)(\d+)(?:台（套）|台|架)，补贴([\d.]+)万元", t)
    units = sum(int(c[1]) for c in cats)
    money = sum(D(c[2]) for c in cats)
    if len(cats) != 6:
        fail(f"{w}: expected 6 machine categories, got {len(cats)}")
    close(money, spent, f"{w} category money sum")
    machines = one(t, r"全年补贴各类机具(\d+)台（套）", w)
    close(units, machines, f"{w} category unit sum")
    harv = [c for c in cats if "联合收割机" in c[0]][0]
    close(D(harv[2]) / D(harv[1]), one(t, r"平均每台补贴([\d.]+)万元", w), f"{w} 收割机 average")
    plant = [c for c in cats if "插秧机" in c[0]][0]
    close(D(plant[2]) * 10000 / D(plant[1]), one(t, r"平均每台补贴(\d+)元", w), f"{w} 插秧机 average (元)")
    close(pct(machines, 2000), one(t, r"完成年度目标的([\d.]+)%；受益农户", w), f"{w} 机具 completion")
    close(pct("57.3", 60), one(t, r"秧率57.3%，完成年度目标的([\d.]+)%", w), f"{w} 机插秧 completion")
    close(D("86.2") - D("84.7"), one(t, r"提高([\d.]+)个百分点", w), f"{w} 百分点")
    total = one(t, r"项目综合得分([\d.]+)分", w)
    lv = indicator_table(t, w, f, total)
    if lv != {"产出指标": 50, "效益指标": 30, "满意度指标": 10}:
        fail(f"{w}: level weights {lv}")
    check_grades(t, total, w)


def check_dongfeng():
    w = "dongfeng"
    t = read("dongfeng-animalcdc-2021")
    f = funds_table(t, w)
    hdr = f["hdr"]
    i0, i1, i2 = hdr.index("年初预算数"), hdr.index("全年预算数"), hdr.index("全年执行数")
    basic, proj = f["subs"]["基本支出"], f["subs"]["项目支出"]
    close(one(t, r"年初预算([\d.]+)万元，其中基本支出", w), f["initial"], f"{w} 年初 total")
    close(one(t, r"年初预算[\d.]+万元，其中基本支出([\d.]+)万元", w), basic[i0], f"{w} 年初 basic")
    close(one(t, r"项目支出([\d.]+)万元（含2020年12月", w), proj[i0], f"{w} 年初 project")
    add_b = one(t, r"追加基本支出([\d.]+)万元", w)
    add_p = one(t, r"追加项目支出([\d.]+)万元", w)
    close(D(basic[i0]) + D(add_b), basic[i1], f"{w} basic adjusted")
    close(D(proj[i0]) + D(add_p), proj[i1], f"{w} project adjusted")
    close(one(t, r"调整后全年预算([\d.]+)万元", w), f["annual"], f"{w} 全年 text vs table")
    close(one(t, r"全年支出([\d.]+)万元", w), f["spent"], f"{w} spent text vs table")
    close(one(t, r"全年支出[\d.]+万元，预算执行率([\d.]+)%", w), f["rate"].rstrip("%"), f"{w} rate text vs table")
    close(one(t, r"项目支出([\d.]+)万元，执行率", w), proj[i2], f"{w} project spent")
    close(pct(proj[i2], proj[i1]), one(t, r"项目支出[\d.]+万元，执行率([\d.]+)%", w), f"{w} project rate text")
    staff = one(t, r"实有在职人员(\d+)人", w)
    close(D(basic[i2]) / D(staff), one(t, r"人均基本支出([\d.]+)万元", w), f"{w} 人均基本支出")
    items_b = [D(x) for x in re.findall(r"预算([\d.]+)万元(?:，实际支出|，按每人)", t)]
    items_s = [D(x) for x in re.findall(r"实际支出([\d.]+)万元", t)]
    n_aides = one(t, r"向(\d+)名防疫员足额发放", w)
    per = one(t, r"按每人每年(\d+)元", w)
    aides = D(per) * D(n_aides) / 10000
    close(aides, items_b[-1], f"{w} 防疫员补助 = 1200元 × 125")
    close(sum(items_b), proj[i1], f"{w} project item budgets")
    close(sum(items_s) + aides, proj[i2], f"{w} project item spending")
    close(D(proj[i1]) - D(proj[i2]), one(t, r"未执行([\d.]+)万元", w), f"{w} 结转")
    close(D(f["annual"]) - D(f["spent"]), one(t, r"未执行([\d.]+)万元", w), f"{w} 结转 (total)")
    if "结转至2022年" not in t:
        fail(f"{w}: carry-over year")
    total = one(t, r"绩效自评得分([\d.]+)分", w)
    lv = indicator_table(t, w, f, total)
    if lv != {"产出指标": 50, "效益指标": 30, "满意度指标": 10}:
        fail(f"{w}: level weights {lv}")
    check_grades(t, total, w)


def check_luoyuan():
    w = "luoyuan"
    t = read("luoyuan-fishrelease-2022")
    budget = one(t, r"项目总预算([\d.]+)万元", w)
    parts = [one(t, r"中央渔业发展补助资金([\d.]+)万元", w), one(t, r"省级海洋经济发展专项资金([\d.]+)万元", w),
             one(t, r"县级配套资金([\d.]+)万元", w)]
    close(sum(D(p) for p in parts), budget, f"{w} sources sum")
    spent = one(t, r"全年实际支出([\d.]+)万元", w)
    rate = one(t, r"执行率([\d.]+)%", w)
    close(pct(spent, budget), rate, f"{w} 执行率")
    close(D(budget) - D(spent), one(t, r"项目结余([\d.]+)万元", w), f"{w} 结余")
    items = re.findall(r"(大黄鱼苗|黑鲷苗|真鲷苗|日本对虾苗)(\d+)万尾，支出([\d.]+)万元", t)
    fees = one(t, r"宣传等费用([\d.]+)万元", w)
    close(sum(D(i[2]) for i in items) + D(fees), spent, f"{w} spending items")
    big = items[0]
    close(D(big[2]) / D(big[1]), one(t, r"平均每尾([\d.]+)元", w), f"{w} 大黄鱼 unit price")
    shrimp = items[3]
    close(D(shrimp[2]) * 10000 / D(shrimp[1]), one(t, r"折合每万尾(\d+)元", w), f"{w} 对虾 unit price")
    fish = sum(int(i[1]) for i in items[:3])
    close(fish, one(t, r"其中鱼类(\d+)万尾", w), f"{w} 鱼类")
    close(shrimp[1], one(t, r"虾类(\d+)万尾", w), f"{w} 虾类")
    allq = one(t, r"共放流各类苗种(\d+)万尾", w)
    close(fish + int(shrimp[1]), allq, f"{w} 放流总数")
    target = one(t, r"放流各类苗种不少于(\d+)万尾", w)
    close(pct(allq, target), one(t, r"完成年度目标的([\d.]+)%", w), f"{w} 放流 completion")
    people = one(t, r"参与放流活动(\d+)人次", w)
    ptarget = one(t, r"未达到(\d+)人次", w)
    social = one(t, r"按完成比例计分得([\d.]+)分", w)
    close(D(10) * D(people) / D(ptarget), social, f"{w} 社会效益 score")
    benefit = one(t, r"效益指标合计得([\d.]+)分", w)
    close(D(social) + 10 + 10, benefit, f"{w} 效益 subtotal")
    weights = [D(x) for x in re.findall(r"(?:预算执行率|产出指标|效益指标|满意度指标)(\d+)分、?", t)]
    if sum(weights) != 100:
        fail(f"{w}: weights {weights}")
    exec_score = one(t, r"预算执行率得([\d.]+)分", w)
    close(D(10) * D(rate) / 100, exec_score, f"{w} execution score (from printed rate)")
    close(D(10) * D(spent) / D(budget), exec_score, f"{w} execution score")
    sat = one(t, r"满意度(?:指标实际值)?([\d.]+)%", w)
    if D(sat) > 100:
        fail(f"{w}: satisfaction above 100")
    total = one(t, r"项目自评总得分([\d.]+)分", w)
    close(D(exec_score) + 50 + D(benefit) + 10, total, f"{w} total")
    check_grades(t, total, w)
    if "2021年度渔业资源增殖放流项目" in t:
        fail(f"{w}: year")


def check_mianzhu():
    w = "mianzhu"
    t = read("mianzhu-seedbase-2024")
    f = funds_table(t, w)
    hdr = f["hdr"]
    i0, i1, i2 = hdr.index("年初预算数"), hdr.index("全年预算数"), hdr.index("全年执行数")
    init = one(t, r"项目年初预算([\d.]+)万元", w)
    close(init, f["initial"], f"{w} 年初")
    items = re.findall(r"(制种基地基础设施提升|种子烘干加工中心设备|制种保险保费补贴|新品种展示示范)([\d.]+)万元", t)
    close(sum(D(i[1]) for i in items), init, f"{w} item budgets")
    other = one(t, r"承诺自筹资金([\d.]+)万元", w)
    close(D(init) + D(other), one(t, r"调整后项目总预算([\d.]+)万元", w), f"{w} adjusted budget")
    close(one(t, r"调整后项目总预算([\d.]+)万元", w), f["annual"], f"{w} annual text vs table")
    close(other, f["subs"]["其他资金"][i1], f"{w} other funds budget")
    recv = one(t, r"年内实际到位([\d.]+)万元", w)
    close(pct(recv, other), one(t, r"到位率([\d.]+)%", w), f"{w} 到位率")
    if D(recv) > D(other):
        fail(f"{w}: received above plan")
    ospent = one(t, r"到位率[\d.]+%，已支出([\d.]+)万元", w)
    close(ospent, f["subs"]["其他资金"][i2], f"{w} other spent")
    spent = one(t, r"项目共支出([\d.]+)万元", w)
    close(spent, f["spent"], f"{w} spent text vs table")
    close(pct(spent, f["annual"]), one(t, r"项目共支出[\d.]+万元，预算执行率([\d.]+)%", w), f"{w} rate text")
    infra = one(t, r"基础设施提升支出([\d.]+)万元", w)
    dryer = one(t, r"烘干加工中心设备支出([\d.]+)万元", w)
    dryer_left = one(t, r"剩余([\d.]+)万元设备款", w)
    area = one(t, r"实际参保面积([\d.]+)万亩", w)
    per = one(t, r"每亩(\d+)元兑付", w)
    prem = one(t, r"每亩\d+元兑付([\d.]+)万元", w)
    prem_left = one(t, r"结余([\d.]+)万元已按规定收回", w)
    demo = one(t, r"新品种展示示范支出([\d.]+)万元", w)
    close(D(area) * D(per), prem, f"{w} premium = area × 16")
    bud = {i[0]: D(i[1]) for i in items}
    close(bud["种子烘干加工中心设备"] - D(dryer), dryer_left, f"{w} dryer balance")
    close(bud["制种保险保费补贴"] - D(prem), prem_left, f"{w} premium balance")
    fiscal_spent = D(infra) + D(dryer) + D(prem) + D(demo)
    close(fiscal_spent, f["subs"]["财政资金"][i2], f"{w} fiscal spent")
    close(fiscal_spent + D(ospent), spent, f"{w} total spent")
    close(pct(264, 300), one(t, r"亩均增收264元，完成目标的([\d.]+)%", w), f"{w} 增收 completion")
    close(pct(2870, 3000), one(t, r"2870户，完成目标的([\d.]+)%", w), f"{w} 农户 completion")
    close(area, one(t, r"全市水稻制种面积([\d.]+)万亩", w), f"{w} area text")
    total = one(t, r"项目得分([\d.]+)分", w)
    lv = indicator_table(t, w, f, total, separate_unit=True)
    if lv != {"产出指标": 60, "效益指标": 30}:
        fail(f"{w}: level weights {lv}")
    row = next(r for r in table_rows(t) if r[2:3] == ["水稻制种面积"])
    close(area, row[6], f"{w} area table")
    check_grades(t, total, w)


def check_zhouzhi():
    w = "zhouzhi"
    t = read("zhouzhi-coldstorage-2020")
    f = funds_table(t, w)
    issued = one(t, r"补助资金([\d.]+)万元，支持", w)
    close(issued, f["annual"], f"{w} issued vs table")
    paid = one(t, r"兑付补助资金([\d.]+)万元", w)
    close(paid, f["spent"], f"{w} paid vs table")
    n_paid = one(t, r"已对(\d+)个建设主体", w)
    close(D(paid) / D(n_paid), one(t, r"平均每个主体([\d.]+)万元", w), f"{w} average per subject")
    n_all = one(t, r"确定建设主体(\d+)个", w)
    parts = [one(t, r"家庭农场(\d+)个", w), one(t, r"农民合作社(\d+)个", w)]
    close(sum(D(p) for p in parts), n_all, f"{w} subjects sum")
    close(D(n_all) - D(n_paid), one(t, r"其余(\d+)个主体", w), f"{w} unpaid subjects")
    close(D(f["annual"]) - D(f["spent"]), one(t, r"补助资金([\d.]+)万元未能", w), f"{w} balance")
    if "2020年6月，省农业农村厅" not in t or "结转至2021年" not in t:
        fail(f"{w}: years")
    total = one(t, r"自评总分([\d.]+)分", w)
    lv = indicator_table(t, w, f, total)
    if lv != {"产出指标": 50, "效益指标": 30, "满意度指标": 10}:
        fail(f"{w}: level weights {lv}")
    # level subtotals stated in the conclusion
    rows = table_rows(t)
    hdr = next(r for r in rows if r[0] == "一级指标")
    isc = hdr.index("得分")
    sub = {}
    for r in rows:
        if r[0] in ("产出指标", "效益指标", "满意度指标"):
            sub[r[0]] = sub.get(r[0], 0) + D(r[isc])
    close(f["exec_score"], one(t, r"预算执行得([\d.]+)分", w), f"{w} exec score text")
    close(sub["产出指标"], one(t, r"产出指标得([\d.]+)分", w), f"{w} 产出 subtotal")
    close(sub["效益指标"], one(t, r"效益指标得([\d.]+)分", w), f"{w} 效益 subtotal")
    close(sub["满意度指标"], one(t, r"满意度指标得([\d.]+)分", w), f"{w} 满意度 subtotal")
    close(one(t, r"新建冷藏保鲜设施(\d+)个，新增", w), "72", f"{w} facilities")
    check_grades(t, total, w)


# ---------------------------------------------------------------- labels and diffs
def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(CASES, "*.txt")))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ differ")
    counts = {c: 0 for c in CODES}
    prose = table = 0
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        clean_text = open(os.path.join(CASES, l["source"] + "-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if l["clean"]:
            if l["expected"]:
                fail(f"{l['case']}: clean case with expectations")
            if not 3000 <= n <= 9000:
                fail(f"{l['case']}: length {n}")
            continue
        if len(l["expected"]) != 1:
            fail(f"{l['case']}: expected exactly one error")
        e = l["expected"][0]
        if e["code"] not in CODES or e["severity"] != "error":
            fail(f"{l['case']}: bad code/severity {e}")
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        (ca, cb), (ea, eb) = changed_span(clean_text, text)
        if text == clean_text:
            fail(f"{l['case']}: identical to clean")
        if eb - ea > 200 or cb - ca > 200:
            fail(f"{l['case']}: change spans {eb - ea} chars, not one place")
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if not occ:
            fail(f"{l['case']}: value {e['value']!r} not found")
        if e["value"] in clean_text:
            fail(f"{l['case']}: value {e['value']!r} also in the clean draft")
        if not any(o < max(eb, ea + 1) and o + len(e["value"]) > ea for o in occ):
            fail(f"{l['case']}: value does not overlap the change")
        line = text[text.rfind("\n", 0, ea) + 1: text.find("\n", ea)]
        if "｜" in line:
            table += 1
        else:
            prose += 1
    for c in CODES:
        if counts.get(c, 0) < 2:
            fail(f"code {c} occurs {counts.get(c, 0)} times")
    print(f"labels: {len(labels)} cases, {sum(counts.values())} errors ({prose} in prose, {table} in tables)")


def main():
    for fn in (check_huarong, check_dongfeng, check_luoyuan, check_mianzhu, check_zhouzhi):
        fn()
    check_labels()
    if FAIL:
        print(f"{len(FAIL)} failure(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
