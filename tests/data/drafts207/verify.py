#!/usr/bin/env python3
"""Verify drafts207.

1. labels.jsonl is well formed: 5 clean + 30 error cases, every code of errors.md §A used at least twice.
2. every label value occurs in its case, and overlaps the one place where the case differs from its clean draft.
3. every error case differs from its clean draft in exactly one short place.
4. the arithmetic of every clean draft is redone from its own text (rules.md §5-§8): rates, sums, balances,
   weights, scores, completion rates, averages, grade bands, years, and that each key quantity has one value.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAILS = []
NCHECKS = [0]


def check(cond, msg):
    NCHECKS[0] += 1
    if not cond:
        FAILS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def D(s):
    """Decimal of the first number in s (thousands separators dropped)."""
    m = NUM.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def decimals(s):
    m = NUM.search(s)
    g = m.group(0)
    return len(g.split(".")[1]) if "." in g else 0


def agrees(stated, value):
    """rules.md §8: stated string with d decimals agrees with value iff |value - stated| <= 0.5*10^-d."""
    v = D(stated)
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(value) - v) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def pct(a, b):
    return Decimal(a) / Decimal(b) * 100


def grade(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def mentions(text, pattern):
    """All group(1) strings of pattern in text."""
    return [m.group(1) for m in re.finditer(pattern, text)]


def the(text, pattern, tag):
    """Every mention of the pattern carries the same number; return it as a string."""
    vals = mentions(text, pattern)
    check(len(vals) >= 1, f"{tag}: no match for {pattern}")
    if not vals:
        return "0"
    check(len({D(v) for v in vals}) == 1, f"{tag}: conflicting values {vals} for {pattern}")
    return vals[0]


# ---------------------------------------------------------------- tables
def table_rows(text, header_start):
    """Rows (lists of cells) of the ｜ table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_start) and "｜" in line:
            rows = [line.split("｜")]
            for nxt in lines[i + 1:]:
                if "｜" not in nxt:
                    break
                rows.append(nxt.split("｜"))
            return rows
    FAILS.append(f"table not found: {header_start}")
    return []


def direction(target):
    if re.search(r"≥|不低于|不少于|以上", target):
        return "gte"
    if re.search(r"≤|不超过|以内|不高于", target):
        return "lte"
    if NUM.search(target):
        return "eq"
    return "qual"


def unit_of(s):
    return NUM.sub("", s).replace("≥", "").replace("≤", "").strip()


def expected_completion(target, actual):
    d = direction(target)
    if d == "qual":
        return None
    t, a = D(target), D(actual)
    if d == "lte":
        return Decimal(100) if a <= t else pct(t, a)
    if t == 0:
        return Decimal(100) if a <= 0 else Decimal(0)
    return pct(a, t)


def expected_score(target, actual, weight):
    w = Decimal(weight)
    d = direction(target)
    if d == "qual":
        return w if actual == target else None
    t, a = D(target), D(actual)
    if d == "lte":
        return w if a <= t else w * t / a
    if t == 0:
        return w if a <= 0 else Decimal(0)
    return min(w, w * max(a, Decimal(0)) / t)


def check_indicator_table(text, tag, header_start, extra_weight=Decimal(0), extra_score=Decimal(0)):
    """Weights, scores, completion and units of a 自评表 indicator block; returns (weights, scores, total row)."""
    rows = table_rows(text, header_start)
    head = rows[0]
    iw, isc = head.index("分值"), head.index("得分")
    it = next(i for i, h in enumerate(head) if h in ("年度指标值", "目标值"))
    ia = next(i for i, h in enumerate(head) if h in ("实际完成值", "业绩值"))
    ic = head.index("完成率") if "完成率" in head else None
    weights, scores, total, level = Decimal(0), Decimal(0), None, {}
    subtotals = []
    for r in rows[1:]:
        if r[0] in ("总分", "合计"):
            total = r
            continue
        if r[0].endswith("小计"):
            subtotals.append(r)
            continue
        if len(r) <= isc or not NUM.search(r[iw]):
            continue
        w, s = D(r[iw]), D(r[isc])
        weights += w
        scores += s
        level.setdefault(r[0], [Decimal(0), Decimal(0)])
        level[r[0]][0] += w
        level[r[0]][1] += s
        name = r[2] or r[0]
        check(Decimal(0) <= s <= w, f"{tag}: {name} score {s} outside [0, {w}]")
        target, actual = r[it], r[ia]
        if direction(target) != "qual":
            check(unit_of(target) == unit_of(actual), f"{tag}: {name} unit {target!r} vs {actual!r}")
        exp = expected_score(target, actual, w)
        check(exp is not None and agrees(r[isc], exp), f"{tag}: {name} score {r[isc]} vs rule {exp}")
        if ic is not None:
            comp = expected_completion(target, actual)
            if comp is None:
                check(r[ic] == "—", f"{tag}: {name} qualitative completion {r[ic]!r}")
            else:
                check(agrees(r[ic], comp), f"{tag}: {name} completion {r[ic]} vs {r2(comp)}")
    check(total is not None, f"{tag}: no total row")
    weights += extra_weight
    scores += extra_score
    tw, ts = D(total[iw]), D(total[isc])
    check(weights == tw == 100, f"{tag}: weights {weights} vs total {tw}")
    check(agrees(total[isc], scores), f"{tag}: scores {scores} vs total {total[isc]}")
    for sub in subtotals:
        lvl = sub[0].replace("小计", "")
        check(D(sub[iw]) == level[lvl][0], f"{tag}: {lvl} weights {level[lvl][0]} vs {sub[iw]}")
        check(agrees(sub[isc], level[lvl][1]), f"{tag}: {lvl} scores {level[lvl][1]} vs {sub[isc]}")
    return level, total[isc]


def check_grade(text, tag, total):
    labels = re.findall(r"等级(?:为|：|｜)[“\"]?(优秀|良好|中等|优|良|中|差)", text)
    check(labels, f"{tag}: no grade")
    for g in labels:
        check(g[0] == grade(D(total)), f"{tag}: grade {g} for total {total}")


def check_years(text, tag, year, report_date):
    title_year = re.search(r"(20\d\d)年度", text).group(1)
    check(int(title_year) == year, f"{tag}: title year {title_year}")
    for y in re.findall(r"截至(20\d\d)年12月31日", text):
        check(int(y) == year, f"{tag}: 截至{y}年")
    for y in re.findall(r"结转至(20\d\d)年", text):
        check(int(y) == year + 1, f"{tag}: 结转至{y}年")
    for y in re.findall(r"年度｜(20\d\d)年", text):
        check(int(y) == year, f"{tag}: table year {y}")
    check(text.rstrip().endswith(report_date), f"{tag}: report date")
    check(int(report_date[:4]) == year + 1, f"{tag}: report dated {report_date}")


# ---------------------------------------------------------------- drafts
def jx_yiyang(text, tag):
    s0, add, s1 = the(text, r"年初预算(\d+\.\d+)万元", tag), the(text, r"追加(\d+\.\d+)万元", tag), \
        the(text, r"全年预算(\d+\.\d+)万元", tag)
    check(D(s0) + D(add) == D(s1), f"{tag}: 年初 + 追加 != 全年")
    spent = the(text, r"支出(\d+\.\d+)万元", tag)
    rate = the(text, r"预算执行率(\d+\.\d+)%", tag)
    check(agrees(rate, pct(spent, s1)), f"{tag}: 执行率")
    parts = re.search(r"其中：外业调查劳务及误工补助([\d.]+)万元，涉税信息比对数据服务费([\d.]+)万元，"
                      r"调查表册印制及宣传资料([\d.]+)万元，重点行业专项调查委托费([\d.]+)万元", text)
    check(sum(D(p) for p in parts.groups()) == D(spent), f"{tag}: spending parts")
    check("到位率100%" in text and "资金已全部到位" in text, f"{tag}: 到位")
    bal = the(text, r"结余(\d+\.\d+)万元", tag)
    check(D(s1) - D(spent) == D(bal), f"{tag}: 结余")
    staff = re.search(r"调查人员(\d+)人，其中乡镇财政所工作人员(\d+)人、村（社区）干部(\d+)人", text)
    check(int(staff.group(1)) == int(staff.group(2)) + int(staff.group(3)), f"{tag}: staff")
    acc = re.search(r"抽查准确率分别为([\d%、.]+)，平均准确率([\d.]+)%", text)
    items = [D(x) for x in acc.group(1).split("、")]
    check(agrees(acc.group(2), sum(items) / len(items)), f"{tag}: 平均准确率")
    hh, hh_t = the(text, r"完成税源调查(\d+)户", tag), the(text, r"调查户数不少于(\d+)户", tag)
    check(agrees(the(text, r"为年度目标的(\d+\.\d+)%", tag), pct(hh, hh_t)), f"{tag}: 调查户数完成率")
    per = the(text, r"户均调查经费(\d+\.\d+)元", tag)
    check(agrees(per, D(spent) * 10000 / D(hh)), f"{tag}: 户均经费")
    check(D(per) <= D(the(text, r"户均调查经费不超过(\d+)元", tag)), f"{tag}: 户均 cap")
    check(date(2021, 11, 26) + timedelta(days=4) == date(2021, 11, 30) and "提前4天" in text, f"{tag}: 提前")
    tax, last, inc = the(text, r"新增入库税收(\d+\.\d)万元", tag), the(text, r"带来的(\d+\.\d)万元", tag), \
        the(text, r"增加(\d+\.\d)万元", tag)
    check(D(tax) - D(last) == D(inc), f"{tag}: 增收 difference")
    share = re.search(r"专项调查带来([\d.]+)万元，占([\d.]+)%", text)
    check(agrees(share.group(2), pct(share.group(1), tax)), f"{tag}: 专项调查占比")
    new, new_t = the(text, r"新发现漏征漏管户(\d+)户", tag), the(text, r"纳入管理不少于(\d+)户", tag)
    comp = the(text, r"完成目标的(\d+\.\d+)%", tag)
    check(agrees(comp, pct(new, new_t)), f"{tag}: 纳管完成率")
    check(agrees(the(text, r"按完成比例得(\d+\.\d+)分", tag), 10 * D(new) / D(new_t)), f"{tag}: 纳管得分")
    check(D(the(text, r"综合满意度(\d+\.\d)%", tag)) >= 90, f"{tag}: 满意度")
    # weights as stated in the goals section: 10 + 5x10 + 3x10 + 10
    wsent = re.search(r"预算执行率(\d+)分；产出指标(\d+)分，调查户数、覆盖乡镇、比对一致率、上报时间、户均经费各(\d+)分；"
                      r"效益指标(\d+)分，新增入库税收、漏征漏管户纳管、信息共享机制各(\d+)分；满意度指标(\d+)分；合计(\d+)分", text)
    w = [int(x) for x in wsent.groups()]
    check(w[1] == 5 * w[2] and w[3] == 3 * w[4] and w[0] + w[1] + w[3] + w[5] == w[6] == 100, f"{tag}: weights")
    sc = re.search(r"预算执行率指标(\d+)分，得分([\d.]+)分；产出指标(\d+)分，得分([\d.]+)分；效益指标(\d+)分，"
                   r"得分([\d.]+)分；满意度指标(\d+)分，得分([\d.]+)分；自评总得分([\d.]+)分，自评等级为(优|良|中|差)", text)
    g = sc.groups()
    check([int(g[0]), int(g[2]), int(g[4]), int(g[6])] == [w[0], w[1], w[3], w[5]], f"{tag}: weights in conclusion")
    check(agrees(g[1], D(g[0]) * D(rate) / 100), f"{tag}: 执行得分")
    check(D(g[3]) == D(g[2]), f"{tag}: 产出 full marks")
    check(agrees(g[5], 10 + 10 + r2(10 * D(new) / D(new_t))), f"{tag}: 效益得分")
    check(D(g[7]) == D(g[6]), f"{tag}: 满意度 full marks")
    check(agrees(g[8], D(g[1]) + D(g[3]) + D(g[5]) + D(g[7])), f"{tag}: 总分")
    for x, cap in ((g[1], g[0]), (g[3], g[2]), (g[5], g[4]), (g[7], g[6])):
        check(D(x) <= D(cap), f"{tag}: score over weight")
    check_grade(text, tag, g[8])
    check_years(text, tag, 2021, "2022年3月15日")


def funds_block(text, tag, header, total_label, parts_labels, cols):
    rows = {r[0]: r for r in table_rows(text, header)}
    tot = rows[total_label]
    for c in cols:
        check(sum(D(rows[p][c]) for p in parts_labels) == D(tot[c]), f"{tag}: column {c} of {header} does not add up")
    return rows


def he_huanghua(text, tag):
    rows = funds_block(text, tag, "项目资金（万元）", "年度资金总额",
                       ["其中：当年财政拨款", "上年结转资金", "其他资金"], [1, 2, 3])
    tot = rows["年度资金总额"]
    check(agrees(tot[5], pct(tot[3], tot[2])), f"{tag}: table 执行率")
    exec_score = Decimal(tot[4]) * min(D(tot[3]) / D(tot[2]), Decimal(1))
    check(agrees(tot[6], exec_score), f"{tag}: 执行得分")
    check(tot[1] == tot[2] and "年内未作调整" in text, f"{tag}: 年初 = 全年")
    for r in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        check(rows[r][4:] == ["—", "—", "—"], f"{tag}: component rows carry no score")
    check(D(the(text, r"全年预算数(\d+\.\d+)万元", tag)) == D(tot[2]), f"{tag}: 全年预算 text/table")
    check(D(the(text, r"年初预算(\d+\.\d+)万元", tag)) == D(tot[1]), f"{tag}: 年初 text/table")
    check(D(the(text, r"当年财政拨款(\d+\.\d+)万元", tag)) == D(rows["其中：当年财政拨款"][2]), f"{tag}: 拨款")
    check(D(the(text, r"上年结转资金(\d+\.\d+)万元", tag)) == D(rows["上年结转资金"][2]), f"{tag}: 结转资金")
    spent = the(text, r"全年执行(\d+\.\d+)万元", tag)
    check(D(spent) == D(tot[3]), f"{tag}: 执行 text/table")
    check(agrees(the(text, r"预算执行率(\d+\.\d+)%", tag), pct(tot[3], tot[2])), f"{tag}: text 执行率")
    check(D(tot[2]) - D(spent) == D(the(text, r"结转(\d+\.\d+)万元", tag)), f"{tag}: 结转")
    parts = re.search(r"大厅物业保洁及安保([\d.]+)万元，排队叫号及自助办税终端运维([\d.]+)万元，"
                      r"网络专线及电费([\d.]+)万元，耗材及宣传资料([\d.]+)万元", text)
    check(sum(D(p) for p in parts.groups()) == D(spent), f"{tag}: 用途 parts")
    term = re.search(r"每台每年([\d.]+)万元包干，(\d+)台共([\d.]+)万元，排队叫号系统运维([\d.]+)万元", text)
    check(D(term.group(1)) * int(term.group(2)) == D(term.group(3)), f"{tag}: 终端 per unit")
    check(D(term.group(3)) + D(term.group(4)) == D(parts.group(2)), f"{tag}: 终端 + 叫号")
    prop = re.search(r"合同金额([\d.]+)万元，按季度分(\d)次支付，每次([\d.]+)万元", text)
    check(D(prop.group(3)) * int(prop.group(2)) == D(prop.group(1)) == D(parts.group(1)), f"{tag}: 物业")
    visits = re.search(r"接待办税人员([\d.]+)万人次，按(\d+)个工作日计算，日均(\d+)人次", text)
    check(agrees(visits.group(3), D(visits.group(1)) * 10000 / int(visits.group(2))), f"{tag}: 日均")
    biz = re.search(r"受理各类涉税业务([\d.]+)万件，为年度目标(\d+)万件的([\d.]+)%", text)
    check(agrees(biz.group(3), pct(biz.group(1), biz.group(2))), f"{tag}: 业务量完成率")
    fix = re.search(r"报修(\d+)次，按时修复(\d+)次，修复及时率([\d.]+)%", text)
    check(agrees(fix.group(3), pct(fix.group(2), fix.group(1))), f"{tag}: 修复及时率")
    sat = re.search(r"满意度为([\d.]+)%，比上年的([\d.]+)%提高([\d.]+)个百分点", text)
    check(D(sat.group(1)) - D(sat.group(2)) == D(sat.group(3)), f"{tag}: 满意度 change")
    level, total = check_indicator_table(text, tag, "一级指标｜二级指标｜三级指标",
                                         extra_weight=D(tot[4]), extra_score=D(tot[6]))
    for q, pat in (("452人次", r"日均(\d+)人次"), ("12.6万件", r"([\d.]+)万件，为"), ("97.6%", r"修复及时率([\d.]+)%"),
                   ("16分钟", r"等候时间为(\d+)分钟"), ("94.2%", r"纳税人满意度为([\d.]+)%"),
                   ("96.5%", r"实名办税推广率([\d.]+)%"), ("92.3%", r"达到([\d.]+)%；")):
        check(q in text and D(the(text, pat, tag)) == D(q), f"{tag}: text vs table {q}")
    check(agrees(the(text, r"按目标值与实际值之比计得([\d.]+)分", tag), Decimal(10) * 15 / 16), f"{tag}: 等候得分 text")
    sent = re.search(r"预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度([\d.]+)分，合计([\d.]+)分", text)
    g = sent.groups()
    check(D(g[0]) == D(tot[6]), f"{tag}: 执行得分 text")
    check(agrees(g[1], level["产出指标"][1]) and agrees(g[2], level["效益指标"][1])
          and agrees(g[3], level["满意度指标"][1]), f"{tag}: level scores text/table")
    check(level["产出指标"][0] == 50 and level["效益指标"][0] == 30 and level["满意度指标"][0] == 10, f"{tag}: levels")
    check(agrees(g[4], sum(D(x) for x in g[:4])) and D(g[4]) == D(total), f"{tag}: 合计 text")
    check_grade(text, tag, total)
    check_years(text, tag, 2019, "2020年3月20日")


def nx_huinong(text, tag):
    rows = funds_block(text, tag, "项目｜年初预算数", "合计", ["基本支出", "项目支出"], [1, 2, 3])
    src = {r: rows[r] for r in ("按资金来源：财政拨款", "其他资金")}
    for c in (1, 2, 3):
        check(D(src["按资金来源：财政拨款"][c]) + D(src["其他资金"][c]) == D(rows["合计"][c]), f"{tag}: sources col {c}")
    for name, r in rows.items():
        if name == "项目":
            continue
        if D(r[2]) == 0:
            check(r[4] == "—", f"{tag}: {name} rate on zero base")
        else:
            check(agrees(r[4], pct(r[3], r[2])), f"{tag}: {name} 执行率")
    tot = rows["合计"]
    s0 = the(text, r"年初预算(\d+\.\d+)万元", tag)
    add_b = re.search(r"追加基本支出(\d+\.\d+)万元", text).group(1)
    add_p = re.search(r"追加项目支出(\d+\.\d+)万元", text).group(1)
    s1 = the(text, r"调整后全年预算(\d+\.\d+)万元", tag)
    check(D(s0) == D(tot[1]) and D(s1) == D(tot[2]), f"{tag}: text vs table budget")
    check(D(s0) + D(add_b) + D(add_p) == D(s1), f"{tag}: 年初 + 追加")
    check(D(rows["基本支出"][1]) + D(add_b) == D(rows["基本支出"][2]), f"{tag}: 基本 adjustment")
    check(D(rows["项目支出"][1]) + D(add_p) == D(rows["项目支出"][2]), f"{tag}: 项目 adjustment")
    spent = the(text, r"全年支出(\d+\.\d+)万元", tag)
    check(D(spent) == D(tot[3]), f"{tag}: 支出 text/table")
    check(agrees(the(text, r"预算执行率(\d+\.\d+)%", tag), pct(spent, s1)), f"{tag}: text 执行率")
    check(D(s1) - D(spent) == D(the(text, r"未执行的(\d+\.\d+)万元", tag)), f"{tag}: 未执行/结转")
    basic = re.search(r"基本支出(\d+\.\d+)万元（人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元）", text)
    check(D(basic.group(2)) + D(basic.group(3)) == D(basic.group(1)) == D(rows["基本支出"][3]), f"{tag}: 基本支出")
    staff = the(text, r"年末实有在编人员(\d+)人", tag)
    check(agrees(the(text, r"人均公用经费(\d+\.\d+)万元", tag), D(basic.group(3)) / D(staff)), f"{tag}: 人均公用")
    proj = the(text, r"项目支出(\d+\.\d+)万元。", tag)
    check(D(proj) == D(rows["项目支出"][3]), f"{tag}: 项目支出 text/table")
    check(D(basic.group(1)) + D(proj) == D(spent), f"{tag}: 基本 + 项目")
    last = re.search(r"部门支出(\d+\.\d+)万元，本年增加(\d+\.\d+)万元", text)
    check(D(spent) - D(last.group(1)) == D(last.group(2)), f"{tag}: 比上年")
    check(agrees(the(text, r"项目支出占部门支出的(\d+\.\d+)%", tag), pct(proj, spent)), f"{tag}: 项目占比")
    pb = re.findall(r"预算(\d+\.\d+)万元，支出(\d+\.\d+)万元", text)
    check(len(pb) == 4, f"{tag}: 4 projects")
    tot_p = re.search(r"4个项目全年预算合计(\d+\.\d+)万元，支出(\d+\.\d+)万元", text)
    check(sum(D(b) for b, _ in pb) == D(tot_p.group(1)) == D(rows["项目支出"][2]), f"{tag}: project budgets")
    check(sum(D(x) for _, x in pb) == D(tot_p.group(2)) == D(proj), f"{tag}: project spending")
    sc = re.search(r"自评得分分别为：[^，]*?([\d.]+)分、[^、]*?([\d.]+)分、[^、]*?([\d.]+)分、[^，]*?([\d.]+)分，平均([\d.]+)分", text)
    items = [D(x) for x in sc.groups()[:4]]
    check(agrees(sc.group(5), sum(items) / 4), f"{tag}: 平均分")
    check(all(grade(x) == "优" for x in items) and "等级均为优" in text, f"{tag}: project grades")
    level, total = check_indicator_table(text, tag, "一级指标｜二级指标｜三级指标")
    exec_row = next(r for r in table_rows(text, "一级指标｜二级指标｜三级指标") if r[0] == "预算执行")
    check(D(exec_row[4]) == D(tot[4]), f"{tag}: 执行率 in 自评表")
    trows = {r[2]: r for r in table_rows(text, "一级指标｜二级指标｜三级指标") if len(r) > 2}
    for name, pat in (("采集交换涉税信息", r"采集交换涉税信息([\d.]+)万条，"), ("涉税信息推送准确率", r"推送准确率([\d.]+)%"),
                      ("新建乡镇自助办税点", r"新建乡镇自助办税点(\d+)个，较"),
                      ("开展税收宣传活动", r"开展税收宣传活动(\d+)场，比"),
                      ("信息比对协助增收税款", r"协助税务部门增收税款([\d.]+)万元"),
                      ("乡镇电子税务局业务替代率", r"业务替代率([\d.]+)%，"),
                      ("纳税人及协作部门满意度", r"问卷\d+份，满意度([\d.]+)%")):
        check(D(the(text, pat, tag)) == D(trows[name][4]), f"{tag}: text vs table {name}")
    check(D(trows["项目支出控制数"][4]) == D(proj), f"{tag}: 成本 row")
    check(24 - 20 == int(the(text, r"比计划多(\d+)场", tag)) and 12 - 11 == int(the(text, r"较计划少(\d+)个", tag)),
          f"{tag}: 比计划")
    check(D(the(text, r"自评得分(\d+\.\d+)分", tag)) == D(total), f"{tag}: total text/table")
    check_grade(text, tag, total)
    check_years(text, tag, 2023, "2024年3月8日")


def cq_qijiang(text, tag):
    rows = funds_block(text, tag, "资金来源｜年初预算数", "合计", ["区级财政资金", "市级补助资金"], [1, 2, 3])
    for name, r in rows.items():
        if name != "资金来源":
            check(agrees(r[4], pct(r[3], r[2])), f"{tag}: {name} 执行率")
    tot = rows["合计"]
    s0 = the(text, r"年初预算(\d+\.\d+)万元", tag)
    city = the(text, r"市级补助资金(\d+\.\d+)万元", tag)
    s1 = the(text, r"全年预算(\d+\.\d+)万元", tag)
    check(D(s0) + D(city) == D(s1) == D(tot[2]) and D(s0) == D(tot[1]), f"{tag}: budget")
    check(D(city) == D(rows["市级补助资金"][2]), f"{tag}: 市级")
    spent = the(text, r"全年支出(\d+\.\d+)万元", tag)
    check(D(spent) == D(tot[3]), f"{tag}: 支出 text/table")
    check(agrees(the(text, r"预算执行率(\d+\.\d+)%", tag), pct(spent, s1)), f"{tag}: text 执行率")
    parts = re.search(r"其中：有奖发票中奖奖金([\d.]+)万元，发票管理宣传([\d.]+)万元，抽奖公证及系统维护费([\d.]+)万元，"
                      r"发票违法举报奖励([\d.]+)万元", text)
    check(sum(D(p) for p in parts.groups()) == D(spent), f"{tag}: parts")
    bal = the(text, r"年末结余(\d+\.\d+)万元", tag)
    check("资金全部到位" in text and D(s1) - D(spent) == D(bal), f"{tag}: 结余")
    qbal = the(text, r"区级资金结余(\d+\.\d+)万元", tag)
    sbal = the(text, r"市级补助资金未支付的(\d+\.\d+)万元", tag)
    check(D(rows["区级财政资金"][2]) - D(rows["区级财政资金"][3]) == D(qbal), f"{tag}: 区级结余")
    check(D(rows["市级补助资金"][2]) - D(rows["市级补助资金"][3]) == D(sbal), f"{tag}: 市级结余")
    check(D(qbal) + D(sbal) == D(bal), f"{tag}: 结余 parts")
    n = the(text, r"中奖发票(?:由2017年的\d+张增加到)?(\d{4})张", tag)
    prize = the(text, r"兑付中奖奖金(\d+\.\d+)万元", tag)
    check(D(prize) == D(parts.group(1)), f"{tag}: 奖金")
    check(agrees(the(text, r"平均每张中奖金额(\d+\.\d+)元", tag), D(prize) * 10000 / D(n)), f"{tag}: 每张")
    rep = re.search(r"查实(\d+)件，对举报人发放奖励(\d+\.\d+)万元，平均每件(\d+\.\d+)元", text)
    check(D(rep.group(2)) == D(parts.group(4)), f"{tag}: 举报奖励")
    check(agrees(rep.group(3), D(rep.group(2)) * 10000 / D(rep.group(1))), f"{tag}: 每件")
    visits = the(text, r"宣传(?:进企业)?(\d+)户次", tag)
    level, total = check_indicator_table(text, tag, "一级指标｜二级指标｜三级指标")
    trows = {r[2]: r for r in table_rows(text, "一级指标｜二级指标｜三级指标") if len(r) > 2}
    check(D(trows["发票宣传进企业"][4]) == D(visits), f"{tag}: 户次 text/table")
    check(D(trows["中奖发票张数"][4]) == D(n), f"{tag}: 张数 text/table")
    check(D(trows["查实发票违法举报"][4]) == D(rep.group(1)), f"{tag}: 举报 text/table")
    check(D(trows["预算执行率"][4]) == D(tot[4]), f"{tag}: 执行率 table/table")
    check(D(trows["参与消费者满意度"][4]) == D(the(text, r"参与消费者满意度为([\d.]+)%", tag)), f"{tag}: 满意度")
    check(D(trows["中奖奖金支出"][4]) == D(prize), f"{tag}: 奖金 table")
    gr = the(text, r"增长(\d+\.\d)%", tag)
    check(D(trows["区内开具发票数量增长率"][4]) == D(gr), f"{tag}: 增长率")
    check(pct(gr, 8) - 100 == D(the(text, r"超出目标(\d+)%", tag)), f"{tag}: 超出目标")
    check(agrees(the(text, r"完成目标的(\d+\.\d+)%", tag), pct(visits, 300)), f"{tag}: 宣传完成率 text")
    check(agrees(the(text, r"查实发票违法举报\d+件，完成(\d+\.\d+)%", tag), pct(rep.group(1), 40)), f"{tag}: 举报完成率")
    check(D(the(text, r"得分(\d+\.\d+)分", tag)) == D(total), f"{tag}: total text/table")
    check_grade(text, tag, total)
    check_years(text, tag, 2018, "2019年2月28日")
    check("2017年12月提前下达2018年" in text, f"{tag}: advance issued in December before the year")


def jl_tumen(text, tag):
    rows = {r[0]: r for r in table_rows(text, "项目｜行次｜合计")}
    for name in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = rows[name]
        check(D(r[3]) + D(r[4]) + D(r[5]) == D(r[2]), f"{tag}: {name} row sum")
    for c in (2, 3, 4, 5):
        check(D(rows["实际到位资金"][c]) - D(rows["全年执行资金"][c]) == D(rows["资金结余"][c]), f"{tag}: (5) col {c}")
        check(agrees(rows["预算到位率"][c], pct(rows["实际到位资金"][c], rows["全年预算资金"][c])), f"{tag}: (6) col {c}")
        check(agrees(rows["预算执行率"][c], pct(rows["全年执行资金"][c], rows["全年预算资金"][c])), f"{tag}: (7) col {c}")
    s0 = the(text, r"年初预算(\d+\.\d+)万元", tag)
    prov = the(text, r"省级口岸建设补助资金(\d+\.\d+)万元", tag)
    local = the(text, r"、市本级资金(\d+\.\d+)万元", tag)
    carry = the(text, r"2023年结转资金(\d+\.\d+)万元", tag)
    s1 = the(text, r"全年预算(\d+\.\d+)万元", tag)
    check(D(prov) + D(local) == D(s0) == D(rows["年初预算资金"][2]), f"{tag}: 年初")
    check(D(s0) + D(carry) == D(s1) == D(rows["全年预算资金"][2]), f"{tag}: 全年")
    check(D(carry) == D(rows["全年预算资金"][5]), f"{tag}: 结转 column")
    spent = the(text, r"全年执行(\d+\.\d+)万元", tag)
    check(D(spent) == D(rows["全年执行资金"][2]), f"{tag}: 执行 text/table")
    rate = the(text, r"预算执行率(?:为)?(\d+\.\d+)%", tag)
    check(agrees(rate, pct(spent, s1)), f"{tag}: text 执行率")
    bal = re.search(r"结余(\d+\.\d+)万元（市本级资金(\d+\.\d+)万元、省级资金(\d+\.\d+)万元）", text)
    check(D(bal.group(1)) == D(s1) - D(spent) == D(bal.group(2)) + D(bal.group(3)), f"{tag}: 结余")
    check(D(bal.group(2)) == D(rows["资金结余"][4]) and D(bal.group(3)) == D(rows["资金结余"][3]), f"{tag}: 结余 parts")
    parts = re.search(r"其中查验场地及设备运维([\d.]+)万元、“单一窗口”推广及培训([\d.]+)万元、政策宣讲([\d.]+)万元、"
                      r"企业报关纳税辅导([\d.]+)万元", text)
    check(sum(D(p) for p in parts.groups()) == D(spent), f"{tag}: 支出构成")
    talks = re.search(r"宣讲(\d+)场，覆盖企业人员(\d+)人次，场均(\d+)人次", text)
    check(agrees(talks.group(3), D(talks.group(2)) / D(talks.group(1))), f"{tag}: 场均人次")
    win = re.search(r"在册进出口企业(\d+)家，已开通“单一窗口”账户(\d+)家，开通率([\d.]+)%", text)
    check(int(win.group(2)) <= int(win.group(1)) and agrees(win.group(3), pct(win.group(2), win.group(1))),
          f"{tag}: 开通率")
    ben = re.search(r"出口退税(\d+)万元，其中适用RCEP协定税率等关税减免(\d+)万元、出口退税(\d+)万元", text)
    check(int(ben.group(2)) + int(ben.group(3)) == int(ben.group(1)), f"{tag}: 减免 + 退税")
    tt = re.search(r"整体通关时间([\d.]+)小时，比上年的([\d.]+)小时缩短([\d.]+)小时", text)
    check(D(tt.group(2)) - D(tt.group(1)) == D(tt.group(3)), f"{tag}: 通关时间")
    level, total = check_indicator_table(text, tag, "一级指标｜二级指标｜三级指标")
    trows = {r[2]: r for r in table_rows(text, "一级指标｜二级指标｜三级指标") if len(r) > 2}
    check(agrees(trows["场均宣讲成本"][4], D(parts.group(3)) / D(talks.group(1))), f"{tag}: 场均成本")
    check(D(trows["关税及通关政策宣讲场次"][4]) == D(talks.group(1)), f"{tag}: 场次")
    firms = the(text, r"第三方辅导进出口企业(\d+)家", tag)
    check(D(trows["辅导进出口企业数量"][4]) == D(firms) == D(the(text, r"实际(\d+)家", tag)), f"{tag}: 辅导企业")
    check(260 - int(firms) == int(the(text, r"比目标少(\d+)家", tag)), f"{tag}: 少15家")
    check(D(trows["协助企业享受关税减免及出口退税"][4]) == D(ben.group(1)), f"{tag}: 减免退税 table")
    check(D(trows["进口货物整体通关时间"][4]) == D(tt.group(1)), f"{tag}: 通关时间 table")
    check(D(trows["预算执行率"][4]) == D(rate), f"{tag}: 执行率 自评表")
    check(D(the(text, r"自评得分(\d+\.\d+)分", tag)) == D(total), f"{tag}: total text/table")
    check_grade(text, tag, total)
    check_years(text, tag, 2024, "2025年3月18日")


DRAFTS = {
    "jx-yiyang-shuiyuan-2021": jx_yiyang,
    "he-huanghua-nashuidating-2019": he_huanghua,
    "nx-huinong-zhishui-2023": nx_huinong,
    "cq-qijiang-fapiao-2018": cq_qijiang,
    "jl-tumen-guanshui-2024": jl_tumen,
}


def diff_region(a, b):
    """Start of the common prefix end, and the differing middles of a and b."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, a[i:len(a) - j], b[i:len(b) - j]


def main():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check(sorted(l["case"] for l in labels) == names, "labels and case files differ")
    check(len(labels) == 35 and sum(l["clean"] for l in labels) == 5, "expected 5 clean + 30 error cases")
    codes = Counter(e["code"] for l in labels for e in l["expected"])
    for c in CODES:
        check(codes[c] >= 2, f"code {c} used {codes[c]} times")
    check(set(codes) <= set(CODES), f"unknown codes {set(codes) - set(CODES)}")

    for src, fn in DRAFTS.items():
        text = read(f"{src}-clean.txt")
        check(3000 <= len(text) <= 4000, f"{src}: clean draft has {len(text)} characters")
        check("｜" in text or src.startswith("jx-"), f"{src}: no ｜ table")
        fn(text, src)

    for l in labels:
        text = read(l["case"])
        if l["clean"]:
            check(l["expected"] == [], f"{l['case']}: clean case with expectations")
            continue
        check(len(l["expected"]) == 1, f"{l['case']}: must carry exactly one error")
        clean = read(f"{l['source']}-clean.txt")
        start, old, new = diff_region(clean, text)
        check(0 < max(len(old), len(new)) <= 80, f"{l['case']}: differs in more than one short place")
        check("\n\n" not in new and new.count("\n") <= 1, f"{l['case']}: change spans too much")
        for e in l["expected"]:
            check(e["severity"] == "error" and e["code"] in CODES, f"{l['case']}: bad label {e}")
            v = e["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(bool(occ), f"{l['case']}: value {v!r} not in case")
            touch = any(o <= start + max(len(new), 1) and start < o + len(v) for o in occ)
            check(touch, f"{l['case']}: value {v!r} does not cover the change")
            check(len(v) <= 120, f"{l['case']}: value too long")
        # the clean draft must fail the arithmetic once the slip is in (sanity of the injection)
        saved = list(FAILS)
        DRAFTS[l["source"]](text, l["case"])
        broke = len(FAILS) > len(saved)
        FAILS[:] = saved
        check(broke, f"{l['case']}: the arithmetic re-check does not notice the injected slip")

    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} of {NCHECKS[0]} checks failed")
        sys.exit(1)
    print(f"{NCHECKS[0]} checks passed")
    print("OK")


if __name__ == "__main__":
    main()
