#!/usr/bin/env python3
"""Verify drafts258.

1. every label value occurs in its case; labels cover every case file; codes of §A occur at least twice;
2. each error case differs from its clean draft in one short contiguous place;
3. the arithmetic of every clean draft is redone from the text (funds table, indicator table, weights, scores,
   grade, rates, sums, balances, averages, completion rates, years, units, repeated figures) and must hold;
4. the same checks run on each error case must fail with exactly the labelled code (so that each injected slip
   breaks one identity and nothing else).
Prints OK at the end.
"""
import json
import pathlib
import re
import sys
from collections import Counter
from decimal import Decimal as D

BASE = pathlib.Path(__file__).resolve().parent
CASES = BASE / "cases"
CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"]
YEAR = {"zhaozhou-grainrotation-2021": 2021, "yongcheng-depotrepair-2019": 2019, "shouxian-grainqc-2023": 2023,
        "shehong-youzhiliang-2020": 2020, "yongji-grainbureau-2024": 2024}
WARNINGS = {"score_rule_mismatch"}


# ------------------------------------------------------------------ helpers
def num(s):
    return D(str(s).replace(",", "").rstrip("%"))


def decimals(s):
    s = str(s).replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: stated value with d decimals is consistent iff |c - v| <= 0.5 * 10^-d."""
    return abs(D(computed) - num(stated)) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


class Checker:
    def __init__(self, text, src):
        self.t = text
        self.src = src
        self.year = YEAR[src]
        self.found = []      # (code, message)
        self.n = 0

    def flag(self, code, msg):
        self.found.append((code, msg))

    def check(self, ok, code, msg):
        self.n += 1
        if not ok:
            self.flag(code, msg)

    def one(self, pat, group=1):
        m = re.findall(pat, self.t)
        if len(m) != 1:
            raise LookupError(f"pattern {pat!r} matched {len(m)} times")
        v = m[0]
        return v if isinstance(v, str) else v[group - 1]

    def all(self, pat):
        return re.findall(pat, self.t)

    def codes(self):
        return {c for c, _ in self.found if c not in WARNINGS}


def rescale_fixes(parts, total, idx_ok=lambda i: True):
    """True if dividing exactly one part by 10^4 (元 written as 万元) makes the parts add up to total."""
    for i, p in enumerate(parts):
        if not idx_ok(i) or num(p) < 1000:   # only an amount that looks like 元 can be one
            continue
        q = [num(x) for x in parts]
        q[i] = q[i] / D(10000)
        if close(total, sum(q)):
            return True
    return False


def sum_check(c, parts, total, what):
    ok = close(total, sum(num(p) for p in parts))
    if ok:
        c.check(True, "sum_mismatch", what)
    elif rescale_fixes(parts, total):
        c.check(False, "unit_mismatch", f"{what}: one part off by 10^4")
    else:
        c.check(False, "sum_mismatch", f"{what}: {' + '.join(map(str, parts))} != {total}")


def same(c, values, what):
    vals = {num(v) for v in values}
    c.check(len(vals) <= 1, "conflicting_values", f"{what}: {sorted(values)}")


def grade_of(score):
    s = num(score)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


# ------------------------------------------------------------------ generic table checks
def funds_table(c):
    lines = c.t.splitlines()
    start = [i for i, l in enumerate(lines) if l.startswith("年度资金总额｜")]
    if not start:
        return None
    i = start[0]
    rows = [lines[i].split("｜")]
    j = i + 1
    while j < len(lines) and re.match(r"^(其中：)?[^｜]+｜[\d.]+｜[\d.]+｜[\d.]+｜", lines[j]):
        rows.append(lines[j].split("｜"))
        j += 1
    total, parts = rows[0], rows[1:]
    for col, name in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        sum_check(c, [p[col] for p in parts], total[col], f"funds table {name}")
    for r in rows:
        full, spent, rate = num(r[2]), num(r[3]), r[5]
        if "%" not in rate:
            continue
        if full == 0:
            c.check(num(rate) == 0, "implausible_rate", f"{r[0]}: rate {rate} on a zero budget")
            continue
        if num(rate) > 100:
            c.check(False, "implausible_rate", f"{r[0]}: rate {rate} over 100%")
            continue
        c.check(close(rate, spent / full * 100), "rate_mismatch", f"{r[0]}: {spent}/{full} vs {rate}")
    # execution score = weight x min(r, 1), from the unrounded or the printed rate
    w, s, rate = num(total[4]), total[6], total[5]
    r = min(num(total[3]) / num(total[2]), D(1))
    ok = close(s, w * r) or close(s, w * min(num(rate) / 100, D(1)))
    c.check(ok, "score_rule_mismatch", f"execution score {s} for rate {rate}")
    return {"年初": total[1], "全年": total[2], "执行": total[3], "rate": total[5], "score": total[6],
            "weight": total[4], "rows": rows}


def parse_val(s):
    s = s.strip()
    if re.search(r"\d{4}年\d{1,2}月", s):
        return None
    m = re.match(r"^(≥|≤|=)?\s*(\d+(?:\.\d+)?)\s*(\S*)$", s)
    if not m:
        return None
    return {"≥": "gte", "≤": "lte"}.get(m.group(1), "eq"), num(m.group(2)), m.group(3)


def expected_score(direction, T, A, w):
    if direction == "lte":
        return w if A <= T else w * T / A
    if direction == "eq" and T == 0:
        return w if A == 0 else D(0)
    return w * min(A / T, D(1)) if T > 0 else w


def indicator_table(c, funds):
    lines = c.t.splitlines()
    hdr = [i for i, l in enumerate(lines) if l.startswith("一级指标｜") and "｜分值｜得分" in l]
    if not hdr:
        return None
    head = lines[hdr[0]].split("｜")
    iw, isc = head.index("分值"), head.index("得分")
    itg = head.index("年度指标值") if "年度指标值" in head else head.index("指标值")
    iac = head.index("实际完成值")
    iunit = head.index("度量单位") if "度量单位" in head else None
    inat = head.index("指标性质") if "指标性质" in head else None
    rows, total = [], None
    for l in lines[hdr[0] + 1:]:
        f = l.split("｜")
        if f[0] in ("总分", "合计"):
            total = f
            break
        rows.append(f)
    groups = {}
    for f in rows:
        w, s = num(f[iw]), num(f[isc])
        g = groups.setdefault(f[0][:2], [D(0), D(0)])
        g[0] += w
        g[1] += s
        c.check(D(0) <= s <= w, "score_exceeds_weight", f"{f[2]}: score {s} vs weight {w}")
        # units and score rule
        if iunit is not None:
            if f[inat] == "定性":
                continue
            tv = parse_val(f[inat].replace("定性", "") + f[itg] + f[iunit])
            m = re.match(r"^(\d+(?:\.\d+)?)(\S*)$", f[iac].strip())
            if not (tv and m):
                continue
            au = m.group(2) or f[iunit]
            av = (num(m.group(1)), au)
            tunit = f[iunit]
        else:
            tv = parse_val(f[itg])
            av = parse_val(f[iac])
            if not (tv and av):
                continue
            av = (av[1], av[2])
            tunit = tv[2]
        if av[1] != tunit:
            c.check(False, "unit_mismatch", f"{f[2]}: target unit {tunit} vs actual unit {av[1]}")
            continue
        c.check(True, "unit_mismatch", f[2])
        exp = expected_score(tv[0], tv[1], av[0], w)
        c.check(close(f[isc], exp), "score_rule_mismatch", f"{f[2]}: score {f[isc]} vs rule {exp:.4f}")
    wsum = sum(g[0] for g in groups.values()) + num(funds["weight"])
    ssum = sum(g[1] for g in groups.values()) + num(funds["score"])
    c.check(wsum == 100 and num(total[iw]) == 100, "weight_sum_mismatch", f"weights add to {wsum}, total row {total[iw]}")
    c.check(close(total[isc], ssum), "score_sum_mismatch", f"row scores add to {ssum}, total row {total[isc]}")
    return {"groups": groups, "total": total[isc], "rows": rows, "iac": iac, "isc": isc}


def level_statements(c, groups):
    """prose '产出指标（分值50分，）得分49.44分' against the table's group sums."""
    for lvl, w, s in re.findall(r"(产出|效益|满意度)指标(?:（?分值(\d+)分，)?得分([\d.]+)分", c.t):
        if groups is None:
            continue
        g = groups[lvl[:2]]
        c.check(close(s, g[1]), "score_sum_mismatch", f"{lvl} subtotal {s} vs rows {g[1]}")
        if w:
            c.check(num(w) == g[0], "weight_sum_mismatch", f"{lvl} weight {w} vs rows {g[0]}")


def totals_and_grades(c, table_total):
    totals = re.findall(r"(?:自评总分|综合得分|综合自评得分|自评得分|绩效自评得分)([\d.]+)分", c.t)
    if table_total is not None:
        totals.append(table_total)
    same(c, totals, "total score")
    total = totals[0]
    grades = re.findall(r"(?:评价等级为|自评等级：)“?(优秀|良好|中等|较差|优|良|中|差)", c.t)
    c.check(len(grades) >= 1, "grade_mismatch", "no grade found")
    for g in grades:
        c.check(g[0] == grade_of(total), "grade_mismatch", f"grade {g} for total {total}")
    return total


def rate_ranges(c):
    for name, v in re.findall(r"(执行率|到位率|满意度|合格率|达标率|准确率|及时率|相符率|宜存率)(?:为|达到)?(\d+(?:\.\d+)?)%", c.t):
        c.check(num(v) <= 100, "implausible_rate", f"{name} {v}% over 100%")


def years(c):
    y = c.year
    for v in re.findall(r"截至(\d{4})年12月31日", c.t):
        c.check(int(v) == y, "year_mismatch", f"截至{v}年12月31日 in a {y} report")
    for v in re.findall(r"(?:结余|未支出)[^。]*?结转至(\d{4})年", c.t):
        c.check(int(v) > y, "year_mismatch", f"this year's balance carried to {v}")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:提前)?下达", c.t):
        yy, mm = int(m.group(1)), int(m.group(2))
        c.check(yy == y or (yy == y - 1 and mm == 12) or "上年" in c.t[max(0, m.start() - 30):m.start()]
                or re.search(r"当年未使用", c.t[m.end():m.end() + 60]) is not None,
                "year_mismatch", f"funds issued {yy}-{mm} for {y}")


def rate(c, stated, a, b, code="rate_mismatch", what=""):
    c.check(close(stated, num(a) / num(b) * 100), code, f"{what}: {a}/{b} vs {stated}")


# ------------------------------------------------------------------ per-draft prose checks
def zhaozhou(c, F, T):
    g = c.one
    full, init, add = g(r"调整后全年预算([\d.]+)万元"), g(r"年初预算安排项目资金([\d.]+)万元"), g(r"追加预算([\d.]+)万元")
    sum_check(c, [init, add], full, "年初 + 追加 = 全年")
    spent = g(r"项目实际支出([\d.]+)万元")
    rate(c, g(r"项目实际支出[\d.]+万元，预算执行率([\d.]+)%"), spent, full, what="prose 执行率")
    fee, loss = g(r"轮换费用补贴([\d.]+)万元；"), g(r"轮换价差亏损补贴([\d.]+)万元")
    sum_check(c, [fee, loss], spent, "费用补贴 + 价差亏损 = 支出")
    done = g(r"全年实际轮换(\d+)吨")
    c.check(close(g(r"平均每吨价差亏损([\d.]+)元"), num(loss) * 10000 / num(done)), "average_mismatch", "价差/吨")
    c.check(close(fee, num(done) * num(g(r"按每吨(\d+)元的标准")) / 10000), "sum_mismatch", "费用补贴 = 吨 × 100元")
    c.check(close(g(r"未支出的([\d.]+)万元"), num(full) - num(spent)), "balance_mismatch", "结转 = 全年 − 支出")
    c.check(close(g(r"全年到位([\d.]+)万元"), num(full)), "rate_mismatch", "到位 = 全年")
    sum_check(c, list(re.search(r"丰乐库点轮换(\d+)吨、永乐库点(\d+)吨、兴城库点(\d+)吨", c.t).groups()), done, "库点之和")
    sum_check(c, list(re.search(r"全年实际轮换\d+吨，其中稻谷(\d+)吨、玉米(\d+)吨", c.t).groups()), done, "品种之和")
    plan = re.search(r"轮换计划为(\d+)吨，其中稻谷(\d+)吨、玉米(\d+)吨，较2020年的(\d+)吨增加(\d+)吨", c.t).groups()
    sum_check(c, plan[1:3], plan[0], "计划品种之和")
    c.check(num(plan[0]) - num(plan[3]) == num(plan[4]), "sum_mismatch", "较上年增加")
    scale = re.search(r"规模为([\d.]+)万吨，其中稻谷(\d+)吨、玉米(\d+)吨", c.t).groups()
    sum_check(c, [num(scale[1]) / 10000, num(scale[2]) / 10000], scale[0], "储备规模")
    a, p = re.search(r"实际完成(\d+)吨，完成率([\d.]+)%", c.t).groups()
    rate(c, p, a, g(r"计划轮换(\d+)吨"), "completion_mismatch", "轮换完成率")
    n, k, s = re.search(r"回收(\d+)份，其中满意(\d+)份，满意度为(\d+)%", c.t).groups()
    rate(c, s, k, n, what="满意度")
    same(c, [spent, F["执行"]], "全年执行数")
    same(c, [full, F["全年"]], "全年预算数")
    same(c, [init, F["年初"]], "年初预算数")
    same(c, [g(r"含上年结转资金([\d.]+)万元"), F["rows"][2][2]], "上年结转")
    same(c, [F["rate"], g(r"预算执行率([\d.]+)%")], "执行率")
    same(c, [F["score"]] + c.all(r"预算执行得分([\d.]+)分"), "执行得分")
    rows = {r[2]: r for r in T["rows"]}
    same(c, [done, rows["储备粮轮换数量"][4].rstrip("吨")], "轮换数量")
    same(c, [s, rows["承储企业及保管人员满意度"][4].rstrip("%")], "满意度")
    same(c, [g(r"宜存率为([\d.]+)%"), rows["储备粮宜存率"][4].rstrip("%")], "宜存率")
    same(c, c.all(r"架空期(?:约)?([\d.]+)个月") + [rows["轮换架空期"][4].rstrip("个月")], "架空期")


def yongcheng(c, F, T):
    g = c.one
    prov, city, full = re.search(r"省级补助资金([\d.]+)万元、市级配套资金([\d.]+)万元", c.t).groups() + (g(r"全年预算([\d.]+)万元"),)
    sum_check(c, [prov, city], g(r"项目总投资([\d.]+)万元"), "总投资")
    same(c, [full, g(r"项目总投资([\d.]+)万元")], "总投资 = 全年预算")
    adv, rest = re.search(r"提前下达2019年省级补助资金(\d+)万元，2019年5月下达剩余(\d+)万元", c.t).groups()
    sum_check(c, [adv, rest], prov, "省级两批")
    sum_check(c, [adv, city], g(r"年初预算([\d.]+)万元"), "年初预算")
    spent = g(r"项目累计支出([\d.]+)万元")
    rate(c, g(r"累计支出[\d.]+万元，预算执行率([\d.]+)%"), spent, full, what="prose 执行率")
    sum_check(c, list(re.search(r"省级补助资金支出([\d.]+)万元，市级配套资金支出([\d.]+)万元", c.t).groups()), spent, "资金来源")
    items = re.search(r"屋面防水及保温改造([\d.]+)万元，门窗气密性改造([\d.]+)万元，粮情测控系统升级([\d.]+)万元，"
                      r"机械通风系统改造([\d.]+)万元，库区地坪硬化([\d.]+)万元", c.t).groups()
    sum_check(c, list(items), spent, "支出内容")
    c.check(close(g(r"年末结余([\d.]+)万元"), num(full) - num(spent)), "balance_mismatch", "结余")
    k, p = re.search(r"全年完成改造仓房(\d+)栋，完成率([\d.]+)%", c.t).groups()
    rate(c, p, k, g(r"对(\d+)栋老旧平房仓"), "completion_mismatch", "仓房完成率")
    cap = g(r"完工仓容(\d+)万吨")
    c.check(close(g(r"单位维修成本为([\d.]+)元/吨"), num(spent) / num(cap)), "average_mismatch", "元/吨")
    n, k2, s = re.search(r"收回(\d+)份，满意(\d+)份，满意度(\d+)%", c.t).groups()
    rate(c, s, k2, n, what="满意度")
    same(c, [spent, g(r"全年仅支出([\d.]+)万元"), F["执行"]], "全年执行数")
    same(c, [full, F["全年"]], "全年预算")
    same(c, [g(r"执行率([\d.]+)%，其中省级"), F["rate"]], "执行率")
    rows = {r[2]: r for r in T["rows"]}
    same(c, [k, rows["维修改造仓房数量"][4].rstrip("栋")], "仓房数量")
    act = rows["维修改造仓容"][4]
    if act.endswith("万吨"):
        same(c, [cap, act.rstrip("万吨")], "仓容")
    same(c, [g(r"损耗率为([\d.]+)%"), rows["储粮综合损耗率"][4].rstrip("%")], "损耗率")
    same(c, [g(r"单位维修成本为([\d.]+)元/吨"), rows["单位仓容维修成本"][4].rstrip("元/吨")], "单位成本")
    same(c, [s, rows["库点保管人员满意度"][4].rstrip("%")], "满意度")


def shouxian(c, F, T):
    g = c.one
    init, add, full = g(r"项目年初预算([\d.]+)万元"), g(r"检验监测补助资金([\d.]+)万元"), g(r"调整后全年预算([\d.]+)万元")
    sum_check(c, [init, add], full, "年初 + 追加")
    spent = g(r"项目实际支出([\d.]+)万元")
    stated = g(r"项目实际支出[\d.]+万元，预算执行率(\d+(?:\.\d+)?)%")
    rate(c, stated, spent, full, what="执行率")
    items = [g(r"耗材([\d.]+)万元"), g(r"7台套([\d.]+)万元"), g(r"运输费用([\d.]+)万元"), g(r"委托第三方检测费([\d.]+)万元")]
    sum_check(c, items, spent, "支出明细")
    c.check(close(g(r"年末结余([\d.]+)万元"), num(full) - num(spent)), "balance_mismatch", "结余")
    q = re.search(r"分别抽检(\d+)批次、(\d+)批次、(\d+)批次和(\d+)批次，平均每季度([\d.]+)批次", c.t).groups()
    done = g(r"实际完成(\d+)批次")
    sum_check(c, q[:4], done, "四季度之和")
    c.check(close(q[4], sum(num(x) for x in q[:4]) / 4), "average_mismatch", "季度平均")
    per = g(r"平均每批次检测费([\d.]+)元")
    avg = num(items[3]) * 10000 / num(done)
    if not close(per, avg):
        c.check(False, "unit_mismatch" if close(per, avg / 10000) else "average_mismatch", "每批次检测费")
    a, p = re.search(r"实际扦样检验(\d+)份，完成率([\d.]+)%", c.t).groups()
    rate(c, p, a, g(r"扦样不少于(\d+)份"), "completion_mismatch", "扦样完成率")
    p2 = g(r"实际完成\d+批次，完成率([\d.]+)%")
    rate(c, p2, done, g(r"库存粮食质量抽检不少于(\d+)批次"), "completion_mismatch", "抽检完成率")
    sum_check(c, list(re.search(r"夏粮小麦扦样(\d+)份、秋粮中晚稻扦样(\d+)份", c.t).groups()), a, "扦样之和")
    same(c, c.all(r"实际支出([\d.]+)万元"), "实际支出")
    same(c, c.all(r"全年预算([\d.]+)万元"), "全年预算")
    # scores, all in prose
    secs = re.split(r"\n（[一二三四]）(?=产出指标|效益指标|满意度指标|预算执行)", c.t.split("四、绩效目标完成情况")[1].split("五、")[0])
    lv = {}
    for sec in secs[1:]:
        name, w, s = re.match(r"(产出指标|效益指标|满意度指标|预算执行)（分值(\d+)分，得分([\d.]+)分）", sec).groups()
        rows = re.findall(r"分值(\d+)分，(?:按完成比例)?得([\d.]+)分", sec.split("\n", 1)[1])
        for rw, rs in rows:
            c.check(D(0) <= num(rs) <= num(rw), "score_exceeds_weight", f"{name} row {rs}/{rw}")
        if rows:
            c.check(sum(num(x) for x, _ in rows) == num(w), "weight_sum_mismatch", f"{name} weights")
            c.check(close(s, sum(num(y) for _, y in rows)), "score_sum_mismatch", f"{name} rows")
        c.check(D(0) <= num(s) <= num(w), "score_exceeds_weight", f"{name} {s}/{w}")
        lv[name] = (w, s)
    c.check(sum(num(w) for w, _ in lv.values()) == 100, "weight_sum_mismatch", "level weights")
    total = g(r"自评总分([\d.]+)分")
    c.check(close(total, sum(num(s) for _, s in lv.values())), "score_sum_mismatch", "total")
    for name, s in re.findall(r"(产出指标|效益指标|满意度指标|预算执行)得分([\d.]+)分", c.t):
        same(c, [s, lv[name][1]], f"{name} 得分")
    c.check(close(lv["预算执行"][1], 10 * min(num(stated) / 100, D(1))) or
            close(lv["预算执行"][1], 10 * min(num(spent) / num(full), D(1))), "score_rule_mismatch", "执行得分")
    c.check(close(g(r"按完成比例得([\d.]+)分"), 15 * num(done) / num(g(r"库存粮食质量抽检不少于(\d+)批次"))),
            "score_rule_mismatch", "抽检得分")
    return total


def shehong(c, F, T):
    g = c.one
    carry = g(r"补助资金([\d.]+)万元，当年未使用")
    cen, city = re.search(r"下达中央补助资金([\d.]+)万元，市财政安排配套资金([\d.]+)万元", c.t).groups()
    full = g(r"全年预算([\d.]+)万元")
    sum_check(c, [carry, cen, city], full, "全年预算来源")
    sum_check(c, [carry, city], g(r"年初预算([\d.]+)万元"), "年初预算来源")
    a1, a2, a3 = re.search(r"核定补助分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元", c.t).groups()
    c.check(close(g(r"平均每个中心([\d.]+)万元"), (num(a1) + num(a2) + num(a3)) / 3), "average_mismatch", "平均补助")
    equip = g(r"购置预算([\d.]+)万元")
    sum_check(c, [a1, a2, a3, equip], full, "分项预算")
    spent = g(r"全年支出([\d.]+)万元")
    rate(c, g(r"全年支出[\d.]+万元，执行率([\d.]+)%"), spent, full, what="执行率")
    p1, p2 = re.search(r"分别为([\d.]+)万元、([\d.]+)万元；", c.t).groups()
    same(c, [p1, a1], "太和补助")
    same(c, [p2, a2], "金华补助")
    p3, eq = g(r"按工程进度拨付([\d.]+)万元"), g(r"实际支出([\d.]+)万元")
    sum_check(c, [p1, p2, p3, eq], spent, "支出明细")
    c.check(close(g(r"年末结余([\d.]+)万元"), num(full) - num(spent)), "balance_mismatch", "结余")
    c.check(close(g(r"采购结余([\d.]+)万元"), num(equip) - num(eq)), "balance_mismatch", "采购结余")
    cap = re.search(r"日处理能力(\d+)吨的烘干设备；金华中心[^；]*日处理能力(\d+)吨", c.t).groups()
    dry = g(r"新增日烘干能力(\d+)吨，完成率")
    sum_check(c, list(cap), dry, "烘干能力")
    tgt = c.all(r"新增日烘干能力(\d+)吨，购置")
    same(c, tgt, "烘干目标")
    rate(c, g(r"新增日烘干能力\d+吨，完成率([\d.]+)%"), dry, tgt[0], "completion_mismatch", "烘干完成率")
    hh = g(r"服务种粮农户(\d+)户，完成率")
    rate(c, g(r"服务种粮农户\d+户，完成率([\d.]+)%"), hh, g(r"服务种粮农户(\d+)户以上，粮食"), "completion_mismatch", "农户完成率")
    rows = {r[2]: r for r in T["rows"]}
    same(c, [dry, g(r"实际完成情况：[^｜]*新增日烘干能力(\d+)吨"), rows["新增日烘干能力"][6]], "烘干能力")
    same(c, [hh, g(r"实际完成情况：[^｜]*服务种粮农户(\d+)户"), rows["服务种粮农户"][6]], "服务农户")
    same(c, [g(r"降至([\d.]+)%"), rows["粮食产后损失率"][6]], "损失率")
    same(c, [spent, F["执行"]], "执行数")
    same(c, [full, F["全年"]], "全年预算")
    same(c, [g(r"全年支出[\d.]+万元，执行率([\d.]+)%"), F["rate"]], "执行率")


def yongji(c, F, T):
    g = c.one
    init, e1, e2, add, full = re.search(r"年初预算([\d,.]+)万元，年中追加应急物资储备购置经费([\d.]+)万元、粮食安全宣传及质量抽检经费([\d.]+)万元，"
                                        r"共计追加([\d.]+)万元，全年预算([\d,.]+)万元", c.t).groups()
    sum_check(c, [e1, e2], add, "追加")
    sum_check(c, [init, add], full, "年初 + 追加")
    basic, proj = re.search(r"基本支出([\d.]+)万元，项目支出([\d,.]+)万元。", c.t).groups()
    sum_check(c, [basic, proj], full, "基本 + 项目")
    i1, i2, i3 = re.search(r"项目支出包括：县级储备粮利息费用补贴([\d.]+)万元，应急物资储备购置([\d.]+)万元，粮食安全宣传及质量抽检([\d.]+)万元", c.t).groups()
    sum_check(c, [i1, i2, i3], proj, "项目支出构成")
    spent = g(r"全年实际支出([\d,.]+)万元")
    rate(c, g(r"全年实际支出[\d,.]+万元，预算执行率([\d.]+)%"), spent, full, what="执行率")
    b, pe, pu, pj = re.search(r"基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元）；项目支出([\d,.]+)万元", c.t).groups()
    sum_check(c, [pe, pu], b, "基本支出构成")
    sum_check(c, [b, pj], spent, "支出构成")
    x1, x2, x3 = re.search(r"其中县级储备粮利息费用补贴([\d.]+)万元、应急物资储备购置([\d.]+)万元、粮食安全宣传及质量抽检([\d.]+)万元", c.t).groups()
    sum_check(c, [x1, x2, x3], pj, "项目支出执行构成")
    c.check(close(g(r"全年结余([\d.]+)万元"), num(full) - num(spent)), "balance_mismatch", "结余")
    fee = g(r"的标准核定([\d.]+)万元")
    c.check(close(fee, num(g(r"费用补贴按([\d.]+)万吨")) * 10000 * num(g(r"每吨每年(\d+)元")) / 10000), "sum_mismatch", "费用补贴")
    intr = g(r"核定([\d.]+)万元。补贴")
    c.check(close(intr, num(g(r"贷款([\d,]+)万元")) * num(g(r"年利率([\d.]+)%")) / 100), "sum_mismatch", "利息补贴")
    sum_check(c, [fee, intr], i1, "利息 + 费用")
    same(c, c.all(r"利息费用补贴([\d.]+)万元"), "利息费用补贴")
    sc = re.search(r"落实县级储备粮([\d.]+)万吨（玉米([\d.]+)万吨、稻谷([\d.]+)万吨）", c.t).groups()
    sum_check(c, sc[1:], sc[0], "储备品种")
    rate(c, g(r"实际完成9类，完成率([\d.]+)%"), g(r"实际完成(\d+)类"), g(r"等(\d+)类应急物资"), "completion_mismatch", "应急物资完成率")
    rate(c, g(r"低于90%的目标值，完成率([\d.]+)%"), g(r"满意度为(\d+)%"), "90", "completion_mismatch", "满意度完成率")
    rate(c, g(r"占年初预算的([\d.]+)%"), g(r"年中追加预算([\d.]+)万元，占"), init, what="追加占比")
    same(c, [add, g(r"年中追加预算([\d.]+)万元，占")], "追加")
    l3, ly, dd = re.search(r"支出([\d.]+)万元，比上年的([\d.]+)万元减少([\d.]+)万元", c.t).groups()
    c.check(num(ly) - num(l3) == num(dd), "sum_mismatch", "三公经费")
    rows = {r[2]: r for r in T["rows"]}
    same(c, [sc[0], g(r"实际库存([\d.]+)万吨"), rows["县级储备粮库存规模"][4].rstrip("万吨")], "库存")
    same(c, [g(r"满意度为(\d+)%"), rows["承储企业满意度"][4].rstrip("%")], "满意度")
    same(c, [full, F["全年"]], "全年预算")
    same(c, [init, F["年初"]], "年初预算")
    same(c, [spent, F["执行"]], "执行数")
    same(c, [F["rate"], g(r"预算执行率([\d.]+)%")], "执行率")
    fr = {r[0].replace("其中：", ""): r for r in F["rows"]}
    same(c, [basic, fr["基本支出"][2]], "基本支出预算")
    same(c, [proj, fr["项目支出"][2]], "项目支出预算")
    same(c, [b, fr["基本支出"][3]], "基本支出执行")
    same(c, [pj, fr["项目支出"][3]], "项目支出执行")


PROSE = {"zhaozhou-grainrotation-2021": zhaozhou, "yongcheng-depotrepair-2019": yongcheng,
         "shouxian-grainqc-2023": shouxian, "shehong-youzhiliang-2020": shehong,
         "yongji-grainbureau-2024": yongji}


def run_checks(text, src):
    c = Checker(text, src)
    try:
        F = funds_table(c)
        T = indicator_table(c, F) if F else None
        if T:
            level_statements(c, T["groups"])
        r = PROSE[src](c, F, T)
        totals_and_grades(c, T["total"] if T else None)
        rate_ranges(c)
        years(c)
    except (LookupError, AttributeError, KeyError, ValueError, IndexError) as e:
        c.flag("parse", repr(e))
    return c


# ------------------------------------------------------------------ main
def main():
    problems = []
    labels = [json.loads(l) for l in open(BASE / "labels.jsonl", encoding="utf-8")]
    files = sorted(p.name for p in CASES.glob("*.txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = Counter(e["code"] for l in labels for e in l["expected"])
    for code in CODES13:
        if counts[code] < 2:
            problems.append(f"code {code} occurs {counts[code]} times")
    where = Counter()
    clean_text = {}
    for l in labels:
        text = (CASES / l["case"]).read_text(encoding="utf-8")
        if not 3000 <= len(text) <= 9000:
            problems.append(f"{l['case']}: {len(text)} characters")
        if l["clean"]:
            clean_text[l["source"]] = text
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with expectations")
    for l in labels:
        text = (CASES / l["case"]).read_text(encoding="utf-8")
        c = run_checks(text, l["source"])
        if l["clean"]:
            if c.found:
                problems.append(f"{l['case']}: clean draft fails {c.found}")
            print(f"{l['case']}: {len(text)} chars, {c.n} arithmetic checks pass")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: {len(l['expected'])} expectations")
        for e in l["expected"]:
            if e["value"] not in text:
                problems.append(f"{l['case']}: value {e['value']!r} not in case")
            if e["severity"] != "error" or e["code"] not in CODES13:
                problems.append(f"{l['case']}: bad code/severity")
        clean = clean_text[l["source"]]
        a = 0
        while a < min(len(clean), len(text)) and clean[a] == text[a]:
            a += 1
        b = 0
        while b < min(len(clean), len(text)) - a and clean[-1 - b] == text[-1 - b]:
            b += 1
        span_clean, span_err = clean[a:len(clean) - b], text[a:len(text) - b]
        if not span_err and not span_clean:
            problems.append(f"{l['case']}: identical to its clean draft")
        if max(len(span_clean), len(span_err)) > 80:
            problems.append(f"{l['case']}: changed region too long ({len(span_err)} chars)")
        lo, hi = a, max(a + 1, len(text) - b)
        occ = [m.start() for e in l["expected"] for m in re.finditer(re.escape(e["value"]), text)
               if m.start() < hi and lo < m.start() + len(e["value"])]
        if not occ:
            problems.append(f"{l['case']}: no occurrence of the value overlaps the change")
        got = c.codes()
        want = {e["code"] for e in l["expected"]}
        if got != want:
            problems.append(f"{l['case']}: checks fail with {sorted(got)} ({c.found}), label says {sorted(want)}")
        print(f"{l['case']}: changed {span_clean!r} -> {span_err!r}; fails {sorted(got)}")
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
