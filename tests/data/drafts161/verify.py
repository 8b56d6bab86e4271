#!/usr/bin/env python3
"""Verify set n161.

1. labels.jsonl: 35 lines, every case file exists, every label value occurs in its case, the 13 codes of
   errors.md section A occur at least twice each.
2. Every error case differs from its clean draft in one place (one contiguous edit), and the label value
   overlaps that place.
3. The arithmetic of every clean draft is redone from the text itself (tables parsed in each layout,
   figures in the prose found by pattern): rates, sums, balances, weights, scores, grade, completion rates,
   averages, repeated figures, years. All checks must pass on the clean drafts, and at least one check
   must fail on every error case (so each injected slip is really an inconsistency).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"


# ---------------------------------------------------------------- helpers
def dec_places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-dec_places(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def find(text, pattern, group=1):
    """The single match of pattern (must occur exactly once); returns the captured string."""
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise ValueError(f"pattern {pattern!r} found {len(ms)} times")
    return ms[0].group(group)


def find_all(text, pattern):
    return [m.group(1) for m in re.finditer(pattern, text)]


def parse_target(t):
    """'≥90%' -> ('gte', 90, '%'); '≤ 85 元/人' -> ('lte', 85, '元/人'); '0起' -> ('eq', 0, '起');
    qualitative text -> ('qual', None, None)."""
    t = t.strip()
    m = re.match(r"^(≥|≤|>=|<=|＞＝|＜＝)?\s*(\d+(?:\.\d+)?)\s*(.*)$", t)
    if not m:
        return ("qual", None, None)
    sign, n, unit = m.groups()
    direction = {"≥": "gte", ">=": "gte", "＞＝": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte"}.get(sign, "eq")
    return (direction, D(n), unit.strip())


def parse_actual(a):
    m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(.*)$", a.strip())
    if not m:
        return (None, None)
    return (D(m.group(1)), m.group(2).strip())


def completion(direction, target, actual):
    if direction == "lte":
        return D(100) if actual <= target else target / actual * 100
    if target == 0:
        return D(100) if actual <= 0 else D(0)
    return actual / target * 100


class Checker:
    def __init__(self, text):
        self.text = text
        self.results = []

    def check(self, label, fn):
        try:
            ok = bool(fn())
        except Exception as exc:  # a figure that cannot be read counts as a failed check
            ok = False
            label = f"{label} [{type(exc).__name__}: {exc}]"
        self.results.append((label, ok))

    def eq(self, label, a, b):
        self.check(label, lambda: a() == b())

    # -------- generic checks on a parsed 自评表
    def table_checks(self, rows, exec_row, total_weight, total_score, rate_is_rounded_from=None):
        """rows: list of dicts with l1, name, target, actual, weight, score, completion (optional str).
        exec_row: dict with annual, spent, weight, rate, score (strings)."""
        def weights_sum():
            s = D(exec_row["weight"]) + sum(D(r["weight"]) for r in rows)
            return s == D(total_weight) == D(100)
        self.check("weights add to 100", weights_sum)

        def scores_sum():
            s = D(exec_row["score"]) + sum(D(r["score"]) for r in rows)
            return consistent(total_score, s)
        self.check("row scores add to the total", scores_sum)

        def exec_rate():
            return consistent(exec_row["rate"], D(exec_row["spent"]) / D(exec_row["annual"]) * 100)
        self.check("table execution rate = spent / annual budget", exec_rate)

        def exec_rate_range():
            return D(exec_row["rate"].rstrip("%")) <= 100
        self.check("table execution rate <= 100%", exec_rate_range)

        def exec_score():
            w = D(exec_row["weight"])
            r = D(exec_row["spent"]) / D(exec_row["annual"])
            printed = D(exec_row["rate"].rstrip("%")) / 100
            return (D(exec_row["score"]) <= w and
                    (consistent(exec_row["score"], w * min(r, D(1))) or
                     consistent(exec_row["score"], w * min(printed, D(1)))))
        self.check("execution score = weight x rate", exec_score)

        for r in rows:
            name = r["name"]
            self.check(f"{name}: 0 <= score <= weight",
                       lambda r=r: D(0) <= D(r["score"]) <= D(r["weight"]))
            direction, tval, tunit = parse_target(r["target"])
            if direction == "qual":
                continue
            aval, aunit = parse_actual(r["actual"])

            def same_unit(r=r, tunit=tunit, aunit=aunit, aval=aval):
                return aval is not None and tunit == aunit
            self.check(f"{name}: actual in the unit of the target", same_unit)

            if tunit == "%":
                self.check(f"{name}: percentage actual <= 100",
                           lambda aval=aval: aval is not None and aval <= 100)

            def score_rule(r=r, direction=direction, tval=tval, aval=aval, tunit=tunit, aunit=aunit):
                if aval is None or tunit != aunit:
                    return False
                c = completion(direction, tval, aval) / 100
                expected = D(r["weight"]) * min(c, D(1))
                return consistent(r["score"], expected)
            self.check(f"{name}: score follows from target and actual", score_rule)

            if r.get("completion"):
                def comp(r=r, direction=direction, tval=tval, aval=aval, tunit=tunit, aunit=aunit):
                    if aval is None or tunit != aunit:
                        return False
                    return consistent(r["completion"], completion(direction, tval, aval))
                self.check(f"{name}: completion column", comp)

        self.check("grade of the table total is consistent with the stated grade(s)",
                   lambda: all(g == grade_of(total_score) for g in self.grades))

    def funds_checks(self, total, parts, label="funds block"):
        """total: list of column strings; parts: list of lists of column strings (— or 0 = zero)."""
        def z(x):
            return D(0) if x.strip() in ("—", "-", "") else D(x)
        for i in range(len(total)):
            self.check(f"{label} column {i + 1}: components add to 年度资金总额",
                       lambda i=i: sum(z(p[i]) for p in parts) == z(total[i]))


# ---------------------------------------------------------------- table parsers
def rows_tab(text, l1_names=("产出指标", "效益指标", "满意度指标"), ncols=8):
    out, l1, l2 = [], "", ""
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) < ncols:
            continue
        if cells[0] in l1_names or (cells[0] == "" and l1 and len(cells) >= ncols and cells[2]):
            l1 = cells[0] or l1
            l2 = cells[1] or l2
            out.append(cells)
    return out


def table_section(text, start_marker):
    i = text.index(start_marker)
    return text[i:]


# ---------------------------------------------------------------- project checks
def check_shenqiu(text):
    c = Checker(text)
    t = text
    c.grades = find_all(t, r"评价等级为“(优|良|中|差)”")
    tab = table_section(t, "项目支出绩效自评表")
    fund = re.search(r"年度资金总额\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t\n]+)", tab).groups()
    cur = re.search(r"其中：当年财政拨款\t([^\t]+)\t([^\t]+)\t([^\t]+)\t", tab).groups()
    carry = re.search(r"上年结转资金\t([^\t]+)\t([^\t]+)\t([^\t]+)\t", tab).groups()
    other = re.search(r"其他资金\t([^\t]+)\t([^\t]+)\t([^\t]+)\t", tab).groups()
    c.funds_checks(list(fund[:3]), [list(cur), list(carry), list(other)])
    exec_row = dict(initial=fund[0], annual=fund[1], spent=fund[2], weight=fund[3], rate=fund[4], score=fund[5])
    rows = []
    for cells in rows_tab(tab):
        rows.append(dict(l1=cells[0], name=cells[2], target=cells[3], actual=cells[4], weight=cells[5],
                         score=cells[6]))
    tot = re.search(r"总分\t+(\d+)\t(\d+(?:\.\d+)?)", tab).groups()
    c.table_checks(rows, exec_row, tot[0], tot[1])
    byname = {r["name"]: r for r in rows}

    # prose
    init = find(t, r"年初预算安排" + NUM + "万元")
    add = find(t, r"追加" + NUM + "万元")
    cur_total = find(t, r"当年财政拨款合计" + NUM + "万元")
    parts = [find(t, k + NUM + "万元") for k in ("中央补助资金", "省级补助资金", "市级补助资金", "县级配套资金")]
    carry_p = find(t, r"2020年结转资金" + NUM + "万元")
    annual = find(t, r"全年预算数为" + NUM + "万元")
    received = find(t, r"到位资金" + NUM + "万元")
    spent = find(t, r"全年资金执行数" + NUM + "万元")
    rate = find(t, r"预算执行率(\d+(?:\.\d+)?%)")
    cur_spent = find(t, r"当年资金支出" + NUM + "万元")
    cur_rate = find(t, r"支出率(\d+(?:\.\d+)?%)")
    unspent = find(t, r"未支出的" + NUM + "万元")
    c.check("年初 + 追加 = 当年财政拨款", lambda: D(init) + D(add) == D(cur_total))
    c.check("central + provincial + city + county = 当年财政拨款", lambda: sum(map(D, parts)) == D(cur_total))
    c.check("当年 + 上年结转 = 全年预算", lambda: D(cur_total) + D(carry_p) == D(annual))
    c.check("到位 = 全年预算 (到位率100%)", lambda: D(received) == D(annual) and "到位率100%" in t)
    c.check("prose execution rate", lambda: consistent(rate, D(spent) / D(annual) * 100))
    c.check("prose 当年 rate", lambda: consistent(cur_rate, D(cur_spent) / D(cur_total) * 100))
    c.check("当年支出 + 结转支出 = 执行数", lambda: D(cur_spent) + D(carry_p) == D(spent))
    c.check("unspent = annual - spent", lambda: D(annual) - D(spent) == D(unspent))
    c.check("carried to the year after 2021", lambda: find(t, r"结转至(\d{4})年") == "2022")
    c.check("per-capita 79元 x 108.6万人 = 当年财政拨款",
            lambda: D(find(t, r"补助标准为(\d+)元")) * D(find(t, r"按常住人口" + NUM + "万人")) == D(cur_total))
    c.check("prose = table: 年初/全年/执行",
            lambda: (exec_row["initial"], exec_row["annual"], exec_row["spent"]) == (init, annual, spent))
    c.check("prose = table: 当年/结转 columns",
            lambda: cur[1:] == (cur_total, cur_spent) and carry[1:] == (carry_p, carry_p))
    c.check("prose = table: execution rate", lambda: rate == exec_row["rate"])
    old_done = find(t, r"老年人健康管理" + NUM + "万人，完成")
    old_target = find(t, r"完成年度目标任务（" + NUM + "万人）")
    old_comp = find(t, r"万人）的(\d+(?:\.\d+)?%)")
    c.check("老年人 completion", lambda: consistent(old_comp, D(old_done) / D(old_target) * 100))
    c.check("老年人 prose = table",
            lambda: byname["65岁及以上老年人健康管理人数"]["actual"] == old_done + "万人"
            and byname["65岁及以上老年人健康管理人数"]["target"] == "≥" + old_target + "万人")
    for key in ("居民电子健康档案建档率", "0-6岁儿童健康管理率", "孕产妇系统管理率", "严重精神障碍患者规范管理率",
                "肺结核患者管理率"):
        c.check(f"{key} prose = table",
                lambda key=key: find(t, key + r"(\d+\.\d+%)") == byname[key]["actual"])
    for key in ("高血压患者基层规范管理服务率", "2型糖尿病患者基层规范管理服务率"):
        c.check(f"{key} prose = table",
                lambda key=key: find(t, "，" + key + r"(\d+\.\d+%)") == byname[key]["actual"])
    c.check("健康素养 prose = table", lambda: find(t, r"健康素养水平达到(\d+\.\d+%)") == byname["居民健康素养水平"]["actual"])
    sat = find(t, r"满意度分别为([\d.%、]+)，平均满意度")
    avg = find(t, r"平均满意度" + NUM + "%")
    c.check("average satisfaction", lambda: consistent(avg, sum(D(x.rstrip("%")) for x in sat.split("、")) / 4))
    c.check("satisfaction prose = table", lambda: byname["服务对象满意度"]["actual"] == avg + "%")
    c.check("satisfaction vs 2020: 88.6 - 86.9 = 1.7",
            lambda: D(avg) - D(find(t, r"较2020年的" + NUM + "%")) == D(find(t, r"提高" + NUM + "个百分点")))
    c.check("扣1分 for 城乡差距", lambda: D(byname["城乡居民公共卫生服务差距"]["weight"]) -
            D(byname["城乡居民公共卫生服务差距"]["score"]) == D(find(t, r"该项指标扣(\d+)分")))
    c.check("prose total = table total", lambda: find(t, r"自评得分" + NUM + "分") == tot[1])
    c.check("table year = report year", lambda: find(t, r"（(\d{4})年度）") == "2021" and t.count("2021年度") >= 2)
    return c.results


def flattened_groups(tab):
    groups, cur = [], []
    for line in tab.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:])
        else:
            if cur:
                groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    return groups


def check_shangyou(text):
    c = Checker(text)
    t = text
    c.grades = find_all(t, r"评价等级为“(优|良|中|差)”")
    tab = table_section(t, "项目支出绩效自评表")
    groups = flattened_groups(tab)
    g = {grp[0]: grp for grp in groups}
    fund, cur, carry, other = g["年度资金总额"], g["其中：当年财政拨款"], g["上年结转资金"], g["其他资金"]
    c.funds_checks(fund[1:4], [cur[1:4], carry[1:4], other[1:4]])

    def zero_base_rates():
        for row in (carry, other):
            if D(row[2]) == 0 and row[5] not in ("—", "0"):
                return False
        return True
    c.check("no rate printed on a zero budget", zero_base_rates)
    c.check("当年财政拨款 rate", lambda: consistent(cur[5], D(cur[3]) / D(cur[2]) * 100))
    exec_row = dict(initial=fund[1], annual=fund[2], spent=fund[3], weight=fund[4], rate=fund[5], score=fund[6])
    rows = []
    start = next(i for i, grp in enumerate(groups) if grp[0] == "一级指标")
    for grp in groups[start + 1:]:
        if len(grp) == 8 and grp[0] != "总分":
            rows.append(dict(l1=grp[0], name=grp[2], target=grp[3], actual=grp[4], weight=grp[5], score=grp[6]))
    tot = g["总分"]
    c.table_checks(rows, exec_row, tot[5], tot[6])
    byname = {r["name"]: r for r in rows}

    # prose
    init = find(t, r"年初预算" + NUM + "万元")
    add = find(t, r"追加" + NUM + "万元")
    annual = find(t, r"全年预算" + NUM + "万元")
    prov = find(t, r"省级补助资金" + NUM + "万元")
    county = find(t, r"县级财政资金" + NUM + "万元")
    received = find(t, r"共到位" + NUM + "万元")
    spent = find(t, r"全年实际支出" + NUM + "万元")
    rate = find(t, r"预算执行率(\d+\.\d+%)")
    bal = find(t, r"结余" + NUM + "万元")
    c.check("年初 + 追加 = 全年", lambda: D(init) + D(add) == D(annual))
    c.check("省级 + 县级 = 全年", lambda: D(prov) + D(county) == D(annual))
    c.check("到位 = 全年 (到位率100%)", lambda: D(received) == D(annual) and "到位率100%" in t)
    c.check("prose execution rate", lambda: consistent(rate, D(spent) / D(annual) * 100))
    c.check("balance = received - spent", lambda: D(received) - D(spent) == D(bal))
    c.check("carried to 2024", lambda: find(t, r"结转(\d{4})年") == "2024")
    c.check("prose = table funds", lambda: (fund[1], fund[2], fund[3], fund[5]) == (init, annual, spent, rate))
    c.check("rate < 90% is explained", lambda: D(rate.rstrip("%")) >= 90 or "执行率低于90%" in t)
    teams = find(t, r"共组建家庭医生团队(\d+)个")
    c.check("teams 98 = 91 + 7", lambda: D(teams) == D(find(t, r"较2022年的(\d+)个")) + D(find(t, r"增加(\d+)个")))
    c.check("teams prose = table", lambda: byname["家庭医生团队数"]["actual"] == teams + "个"
            and find(t, r"对(\d+)个家庭医生团队") == teams)
    q = find(t, r"平均得分分别为([\d.分、]+)，全年平均")
    qavg = find(t, r"全年平均" + NUM + "分")
    c.check("quarterly average", lambda: consistent(qavg, sum(D(x.rstrip("分")) for x in q.split("、")) / 4))
    c.check("team scores within 满分100",
            lambda: all(D(x) <= D(find(t, r"考核满分(\d+)分"))
                        for x in find_all(t, r"得分" + NUM + "分。") + [x.rstrip("分") for x in q.split("、")]))
    signed = find(t, r"全年签约" + NUM + "万人，完成率")
    target = find(t, r"签约人数不少于" + NUM + "万人")
    comp = find(t, r"完成率(\d+\.\d+%)")
    c.check("签约 completion", lambda: consistent(comp, D(signed) / D(target) * 100)
            and consistent(find(t, r"仅完成目标的(\d+%)"), D(signed) / D(target) * 100))
    c.check("签约 prose = table", lambda: byname["家庭医生签约人数"]["actual"] == signed + "万人")
    c.check("签约 vs 2022", lambda: D(signed) - D(find(t, r"2022年为" + NUM + "万人")) == D(find(t, r"签约人数增加" + NUM + "万人")))
    for key, pat in (("重点人群签约率", r"；重点人群签约率(\d+\.\d+%)"), ("签约居民续约率", r"；签约居民续约率(\d+\.\d+%)"),
                     ("签约服务档案规范率", r"档案规范率(\d+\.\d+%)。"), ("签约居民基层首诊率", r"基层首诊率(\d+\.\d+%)"),
                     ("签约居民满意度", r"签约居民满意度(\d+\.\d+%)"), ("签约服务费拨付及时率", r"拨付及时率为(\d+%)")):
        c.check(f"{key} prose = table", lambda key=key, pat=pat: find(t, pat) == byname[key]["actual"])
    c.check("goal cell = table (重点人群签约率)",
            lambda: find(t, r"重点人群签约率(\d+\.\d+%)，续约率") == byname["重点人群签约率"]["actual"])
    lv = {k: find(t, k + r"得分" + NUM + "分") for k in ("预算执行率", "产出指标", "效益指标", "满意度指标")}
    total = find(t, r"自评总分" + NUM + "分")
    c.check("prose level scores add to the prose total", lambda: consistent(total, sum(map(D, lv.values()))))
    c.check("prose level scores = table sums",
            lambda: D(lv["预算执行率"]) == D(fund[6])
            and all(D(lv[k]) == sum(D(r["score"]) for r in rows if r["l1"] == k or (
                r["l1"] == "" and k == "产出指标" and rows.index(r) < 7) or (
                r["l1"] == "" and k == "效益指标" and 7 < rows.index(r) < 10)) for k in ("产出指标", "效益指标"))
            and D(lv["满意度指标"]) == D(byname["签约居民满意度"]["score"]))
    c.check("prose total = table total", lambda: total == tot[6])
    c.check("table year = report year", lambda: find(t, r"（(\d{4})年度）") == "2023")
    return c.results


def check_yilong(text):
    c = Checker(text)
    t = text
    c.grades = find_all(t, r"评价等级为(优|良|中|差)") + find_all(t, r"自评等级为(优|良|中|差)")
    tab = table_section(t, "项目支出绩效自评表")
    fund = re.search(r"年度资金总额 (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)", tab).groups()
    parts = [re.search(k + r" (\S+) (\S+) (\S+) ", tab).groups()
             for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    c.funds_checks(list(fund[:3]), [list(p) for p in parts])
    exec_row = dict(initial=fund[0], annual=fund[1], spent=fund[2], weight=fund[3], rate=fund[4], score=fund[5])
    rows = []
    for line in tab.split("\n"):
        tok = line.split(" ")
        if tok[0] in ("产出指标", "效益指标", "满意度指标"):
            if tok[3] == "定性":
                rows.append(dict(l1=tok[0], name=tok[2], target=tok[4], actual=tok[6], weight=tok[7], score=tok[8]))
            else:
                sign = tok[3]
                rows.append(dict(l1=tok[0], name=tok[2], target=f"{sign}{tok[4]}{tok[5]}",
                                 actual=f"{tok[6]}{tok[5]}", weight=tok[7], score=tok[8]))
    tot = re.search(r"总分 (\d+) (\d+(?:\.\d+)?)", tab).groups()
    c.table_checks(rows, exec_row, tot[0], tot[1])
    byname = {r["name"]: r for r in rows}

    # prose
    init = find(t, r"年初预算" + NUM + "万元")
    add = find(t, r"追加中央和省级补助资金" + NUM + "万元")
    annual = find(t, r"调整后预算" + NUM + "万元。")
    src = [find(t, k + NUM + "万元") for k in ("中央资金", "省级资金", "县级资金")]
    items = [find(t, k + NUM + "万元") for k in ("“两癌”检查", "免费孕前优生健康检查", "增补叶酸", "新生儿疾病筛查",
                                                 "孕产妇及儿童健康管理")]
    spent = find(t, r"实际支出" + NUM + "万元")
    rate = find(t, r"预算执行率(\d+\.\d+%)")
    bal = find(t, r"结余" + NUM + "万元")
    c.check("年初 + 追加 = 调整后预算", lambda: D(init) + D(add) == D(annual))
    c.check("中央 + 省 + 县 = 调整后预算", lambda: sum(map(D, src)) == D(annual))
    c.check("sub-projects add to 调整后预算", lambda: sum(map(D, items)) == D(annual))
    c.check("advance issued in December before the year, part of 中央资金",
            lambda: find(t, r"于(\d{4})年12月提前下达") == "2023" and D(find(t, r"提前下达" + NUM + "万元")) <= D(src[0]))
    c.check("prose execution rate", lambda: consistent(rate, D(spent) / D(annual) * 100))
    c.check("balance = annual - spent (全部到位)", lambda: D(annual) - D(spent) == D(bal) and "到位率100%" in t)
    c.check("carried to 2025", lambda: find(t, r"结转至(\d{4})年") == "2025")
    c.check("prose = table funds", lambda: (fund[0], fund[1], fund[2], fund[4]) == (init, annual, spent, rate))
    w = {k: find(t, k + r"(\d+)分") for k in ("预算执行率", "绩效指标", "其中产出指标", "效益指标")}
    c.check("prose weights: 10 + 90 = 100 and 产出 + 效益 = 90",
            lambda: D(w["预算执行率"]) + D(w["绩效指标"]) == 100
            and D(w["其中产出指标"]) + D(w["效益指标"]) == D(w["绩效指标"]))
    c.check("prose weights = table weights",
            lambda: D(w["其中产出指标"]) == sum(D(r["weight"]) for r in rows if r["l1"] == "产出指标")
            and D(w["效益指标"]) == sum(D(r["weight"]) for r in rows if r["l1"] == "效益指标"))
    cerv = find(t, r"共完成宫颈癌检查(\d+)人")
    inst = [find(t, k + r"(\d+)人") for k in ("其中县妇计中心", "县人民医院", "县中医医院")]
    c.check("institutions add to the cervical total", lambda: sum(map(D, inst)) == D(cerv))
    target = find(t, r"乳腺癌检查各(\d+)人以上")
    comps = find_all(t, r"完成年度目标的(\d+\.\d+%)")
    breast = find(t, r"完成乳腺癌检查(\d+)人")
    c.check("completion rates in the text",
            lambda: len(comps) == 2 and consistent(comps[0], D(cerv) / D(target) * 100)
            and consistent(comps[1], D(breast) / D(target) * 100))
    c.check("cervical/breast prose = table",
            lambda: byname["农村适龄妇女宫颈癌检查人数"]["actual"] == cerv + "人"
            and byname["农村适龄妇女乳腺癌检查人数"]["actual"] == breast + "人"
            and find(t, r"宫颈癌检查(\d+)人、乳腺癌检查") == cerv and find(t, r"乳腺癌检查(\d+)人，孕产") == breast)
    q = find(t, r"筛查率分别为([\d.%、]+)，全年平均")
    qavg = find(t, r"全年平均(\d+\.\d+%)")
    c.check("quarterly screening average", lambda: consistent(qavg, sum(D(x.rstrip("%")) for x in q.split("、")) / 4))
    c.check("screening prose = table", lambda: byname["新生儿遗传代谢性疾病筛查率"]["actual"] == qavg)
    c.check("孕前优生 prose = table", lambda: find(t, r"覆盖率(\d+\.\d+%)") == byname["免费孕前优生健康检查目标人群覆盖率"]["actual"])
    c.check("孕产妇系统管理率 prose = table", lambda: find(t, r"孕产妇系统管理率(\d+\.\d+%)") == byname["孕产妇系统管理率"]["actual"])
    births = find(t, r"活产(\d+)人")
    mmr = find(t, r"孕产妇死亡率" + NUM + "/10万")
    imr = find(t, r"婴儿死亡率" + NUM + "‰")
    c.check("maternal mortality = deaths / births", lambda: consistent(mmr, D(find(t, r"孕产妇死亡(\d+)例")) / D(births) * 100000)
            and byname["孕产妇死亡率"]["actual"] == mmr + "1/10万")
    c.check("infant mortality = deaths / births", lambda: consistent(imr, D(find(t, r"婴儿死亡(\d+)例")) / D(births) * 1000)
            and byname["婴儿死亡率"]["actual"] == imr + "‰")
    c.check("subsidy 85元 prose = table", lambda: find(t, r"宫颈癌检查每人补助(\d+)元") == byname["宫颈癌检查补助标准"]["actual"].rstrip("元/人"))
    c.check("prose total = table total", lambda: find(t, r"本项目得分" + NUM + "分") == tot[1])
    c.check("table year = report year", lambda: find(t, r"项目支出绩效自评表\n（(\d{4})年度）") == "2024"
            and t.startswith("附件3\n\n2024年度"))
    return c.results


def check_zhuanglang(text):
    c = Checker(text)
    t = text
    c.grades = find_all(t, r"评价等级为“(优|良|中|差)”") + find_all(t, r"自评等级｜(优|良|中|差)")
    fund = re.search(r"年度资金总额｜([^｜]+)｜([^｜]+)｜([^｜]+)｜([^｜]+)｜([^｜]+)｜([^｜\n]+)", t).groups()
    parts = [re.search(k + r"｜([^｜]+)｜([^｜]+)｜([^｜]+)｜", t).groups()
             for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    c.funds_checks(list(fund[:3]), [list(p) for p in parts])
    exec_row = dict(initial=fund[0], annual=fund[1], spent=fund[2], weight=fund[3], rate=fund[4], score=fund[5])
    rows = []
    for line in t.split("\n"):
        cells = line.split("｜")
        if cells[0] in ("产出指标", "效益指标", "满意度指标") and len(cells) >= 8:
            rows.append(dict(l1=cells[0], name=cells[2], target=cells[3], actual=cells[4], weight=cells[5],
                             score=cells[6]))
    tot = re.search(r"总分｜+(\d+)｜(\d+(?:\.\d+)?)", t).groups()
    c.table_checks(rows, exec_row, tot[0], tot[1])
    byname = {r["name"]: r for r in rows}

    # 考核 sub-table (no total row): every item score within its weight, weights add to 100
    sub = [m.groups() for m in re.finditer(r"^([^｜\n]+)｜(\d+)｜(\d+\.\d)$", t, re.M)]
    c.check("assessment sub-table: 4 items, weights 100", lambda: len(sub) == 4 and sum(D(w) for _, w, _ in sub) == 100)
    c.check("assessment sub-table: scores within weights", lambda: all(D(s) <= D(w) for _, w, s in sub))

    init = find(t, r"年初预算" + NUM + "万元")
    add = find(t, r"调增" + NUM + "万元")
    annual = find(t, r"全年预算" + NUM + "万元（")
    src = [find(t, k + NUM + "万元") for k in ("中央补助", "省级补助", "市级补助", "县级配套")]
    items = [find(t, k + NUM + "万元") for k in ("乡村医生定额补助", "村卫生室实施基本药物制度补助", "离岗乡村医生生活补助")]
    spent = find(t, r"全年实际支出" + NUM + "万元")
    rate = find(t, r"预算执行率(\d+\.\d+%)")
    bal = find(t, r"结余" + NUM + "万元。")
    c.check("年初 + 调增 = 全年", lambda: D(init) + D(add) == D(annual))
    c.check("sources add to 全年", lambda: sum(map(D, src)) == D(annual))
    c.check("uses add to 全年", lambda: sum(map(D, items)) == D(annual))
    docs = find(t, r"在岗乡村医生(\d+)名")
    retired = find(t, r"离岗乡村医生(\d+)名")
    c.check("定额补助 = 512人 x 400元 x 12", lambda: D(find(t, r"（(\d+)人×400元")) == D(docs)
            and D(docs) * 400 * 12 / 10000 == D(items[0]))
    c.check("基药补助 = 38.6万人 x 8元", lambda: D(find(t, r"农业人口" + NUM + "万人")) * D(find(t, r"每人每年(\d+)元测算")) == D(items[1]))
    c.check("离岗补助 = 186人 x 200元 x 12", lambda: D(find(t, r"（(\d+)人×200元")) == D(retired)
            and D(retired) * 200 * 12 / 10000 == D(items[2]))
    c.check("prose execution rate", lambda: consistent(rate, D(spent) / D(annual) * 100))
    c.check("balance = annual - spent (全部到位)", lambda: D(annual) - D(spent) == D(bal) and "已全部到位" in t)
    c.check("prose = table funds", lambda: (fund[0], fund[1], fund[2], fund[4]) == (init, annual, spent, rate))
    c.check("persons: 512 - 6 = 506, 186 - 5 = 181",
            lambda: D(docs) - D(find(t, r"年内有(\d+)名在岗")) == D(find(t, r"在岗乡村医生(\d+)人；"))
            and D(retired) - D(find(t, r"(\d+)名离岗乡村医生去世")) == D(find(t, r"生活补助发放(\d+)人")))
    c.check("persons prose = table",
            lambda: byname["享受定额补助的在岗乡村医生人数"]["actual"] == find(t, r"在岗乡村医生(\d+)人；") + "人"
            and byname["享受定额补助的在岗乡村医生人数"]["target"] == "≥" + docs + "人"
            and byname["离岗乡村医生生活补助发放人数"]["target"] == retired + "人")
    c.check("400元 x 12 = 人均4800元", lambda: D(find(t, r"每人每月(\d+)元，全年")) * 12 == D(find(t, r"全年人均(\d+)元")))
    clinics = find_all(t, r"(\d+)个村卫生室")
    c.check("村卫生室 293 everywhere", lambda: set(find_all(t, r"共有村卫生室(\d+)个") + find_all(t, r"全县(\d+)个村卫生室")) == {"293"})
    c.check("运转率 = 288 / 293", lambda: consistent(find(t, r"，正常运转率(\d+\.\d+%)"), D(find(t, r"中(\d+)个正常运转")) / D(293) * 100)
            and D(293) - D(find(t, r"中(\d+)个正常运转")) == D(find(t, r"其余(\d+)个村卫生室"))
            and byname["村卫生室正常运转率"]["actual"] == find(t, r"，正常运转率(\d+\.\d+%)"))
    c.check("training 人次 the same everywhere", lambda: len(set(find_all(t, r"(\d+)人次"))) == 1)
    sat = find(t, r"满意度分别为([\d.%、]+)，平均满意度")
    avg = find(t, r"平均满意度(\d+\.\d+)%")
    c.check("average satisfaction", lambda: consistent(avg, sum(D(x.rstrip("%")) for x in sat.split("、")) / 4))
    c.check("satisfaction prose = table", lambda: byname["乡村医生满意度"]["actual"] == avg + "%")
    lv = {k: find(t, k + r"得分" + NUM + "分") for k in ("预算执行率", "产出指标", "效益指标", "满意度指标")}
    total = find(t, r"综合得分" + NUM + "分")
    c.check("prose level scores add to the total", lambda: consistent(total, sum(map(D, lv.values()))))
    c.check("prose level scores = table", lambda: D(lv["预算执行率"]) == D(fund[5]) and all(
        D(lv[k]) == sum(D(r["score"]) for r in rows if r["l1"] == k) for k in ("产出指标", "效益指标", "满意度指标")))
    c.check("prose total = table total", lambda: total == tot[1])
    c.check("table year = report year", lambda: find(t, r"庄浪县(\d{4})年度项目支出绩效自评表") == "2019")
    return c.results


def check_guangzong(text):
    c = Checker(text)
    t = text
    c.grades = find_all(t, r"评价等级为“(优|良|中|差)”")
    tab = table_section(t, "2024年度项目支出绩效自评表")
    fund = re.search(r"年度资金总额\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t\n]+)", tab).groups()
    parts = [re.search(k + r"\t([^\t]+)\t([^\t]+)\t([^\t]+)\t", tab).groups()
             for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    c.funds_checks(list(fund[:3]), [list(p) for p in parts])
    exec_row = dict(initial=fund[0], annual=fund[1], spent=fund[2], weight=fund[3], rate=fund[4], score=fund[5])
    rows, l1 = [], ""
    header_seen = False
    for line in tab.split("\n"):
        cells = line.split("\t")
        if cells[0] == "一级指标":
            header_seen = True
            continue
        if header_seen and len(cells) == 9 and cells[0] != "合计":
            l1 = cells[0] or l1
            rows.append(dict(l1=l1, name=cells[2], target=cells[3], actual=cells[4], completion=cells[5],
                             weight=cells[6], score=cells[7]))
    for r in rows:
        if r["completion"] == "—":
            r["completion"] = ""
    tot = re.search(r"合计\t+(\d+)\t(\d+(?:\.\d+)?)", tab).groups()
    c.table_checks(rows, exec_row, tot[0], tot[1])
    byname = {r["name"]: r for r in rows}

    init = find(t, r"年初预算" + NUM + "万元")
    add = find(t, r"补助资金" + NUM + "万元，全年预算")
    annual = find(t, r"全年预算" + NUM + "万元。")
    src = [find(t, k + NUM + "万元") for k in ("其中：中央补助资金", "，省级补助资金", "，县级配套资金")]
    items = [find(t, k + NUM + "万元") for k in ("扩大国家免疫规划", "结核病防治", "艾滋病防治", "重点传染病监测及疫情处置")]
    spent = find(t, r"实际支出" + NUM + "万元")
    rate = find(t, r"预算执行率(\d+\.\d+%)")
    unspent = find(t, r"未支出的" + NUM + "万元")
    c.check("年初 + 追加 = 全年", lambda: D(init) + D(add) == D(annual))
    c.check("sources add to 全年", lambda: sum(map(D, src)) == D(annual))
    c.check("uses add to 全年", lambda: sum(map(D, items)) == D(annual))
    c.check("prose execution rate", lambda: consistent(rate, D(spent) / D(annual) * 100))
    c.check("table 83% is the rounded prose rate", lambda: consistent(exec_row["rate"], D(rate.rstrip("%"))))
    c.check("unspent = annual - spent", lambda: D(annual) - D(spent) == D(unspent))
    c.check("spending dated in 2024, carried to 2025",
            lambda: find(t, r"截至(\d{4})年12月31日") == "2024" and find(t, r"结转至(\d{4})年") == "2025")
    c.check("prose = table funds", lambda: (fund[0], fund[1], fund[2]) == (init, annual, spent))
    for key, pat in (("适龄儿童国家免疫规划疫苗接种率", r"疫苗接种率(\d+\.\d+%)，"), ("肺结核患者成功治疗率", r"成功治疗率(\d+\.\d+%)"),
                     ("艾滋病感染者和病人随访检测比例", r"随访检测比例(\d+%)"), ("法定传染病报告率", r"法定传染病报告率(\d+%)，全年"),
                     ("群众满意度", r"群众满意度(\d+\.\d+%)")):
        c.check(f"{key} prose = table", lambda key=key, pat=pat: find(t, pat) == byname[key]["actual"])
    screened = find(t, r"完成密切接触者筛查(\d+)人")
    c.check("密接 prose = table and 80%", lambda: byname["结核病患者密切接触者筛查人数"]["actual"] == screened + "人"
            and consistent(find(t, r"仅完成年度任务的(\d+%)"), D(screened) / D(find(t, r"密切接触者筛查(\d+)人；艾滋病")) * 100))
    k = find(t, r"知晓率分别为([\d.%、]+)，平均")
    kavg = find(t, r"，平均(\d+\.\d+%)")
    c.check("average awareness", lambda: consistent(kavg, sum(D(x.rstrip("%")) for x in k.split("、")) / 4))
    c.check("awareness prose = table", lambda: byname["居民传染病防治核心知识知晓率"]["actual"] == kavg)
    c.check("接种门诊 9 = 县城 1 + 8个乡镇", lambda: find(t, r"县城和(\d+)个乡镇共设置预防接种门诊") == "8"
            and find(t, r"预防接种门诊(\d+)个") == "9")
    lv = {k2: find(t, k2 + r"得分" + NUM + "分") for k2 in ("预算执行率", "产出指标", "效益指标", "满意度指标")}
    total = find(t, r"合计" + NUM + "分")
    c.check("prose level scores add to the total", lambda: consistent(total, sum(map(D, lv.values()))))
    c.check("prose level scores = table", lambda: D(lv["预算执行率"]) == D(fund[5]) and all(
        D(lv[k2]) == sum(D(r["score"]) for r in rows if r["l1"] == k2) for k2 in ("产出指标", "效益指标", "满意度指标")))
    c.check("扣分 = 100 - total", lambda: D(100) - D(total) == D(find(t, r"扣" + NUM + "分")))
    c.check("prose total = table total", lambda: total == tot[1])
    return c.results


def safe(fn):
    def run(text):
        try:
            return fn(text)
        except Exception as exc:  # a draft whose figures cannot even be read fails as a whole
            return [(f"could not read the draft: {type(exc).__name__}: {exc}", False)]
    return run


PROJECTS = {
    "shenqiu-phs-2021": check_shenqiu,
    "shangyou-familydoctor-2023": check_shangyou,
    "yilong-fuyou-2024": check_yilong,
    "zhuanglang-villagedoctor-2019": check_zhuanglang,
    "guangzong-infectious-2024": check_guangzong,
}
PROJECTS = {k: safe(v) for k, v in PROJECTS.items()}


# ---------------------------------------------------------------- main
def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j  # start, end in a, end in b


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labels, found {len(labels)}")
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if names != on_disk:
        problems.append(f"labels and case files differ: {sorted(names ^ on_disk)}")
    counts = {c: 0 for c in CODES}
    texts = {}
    for r in labels:
        with open(os.path.join(CASES, r["case"]), encoding="utf-8") as fh:
            texts[r["case"]] = fh.read()
    for r in labels:
        text = texts[r["case"]]
        n = len(text)
        if not 3000 <= n <= 9000:
            problems.append(f"{r['case']}: {n} characters")
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expected findings")
            results = PROJECTS[r["source"]](text)
            for label, ok in results:
                if not ok:
                    problems.append(f"{r['case']}: check failed: {label}")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected exactly one finding")
        clean = texts[f"{r['source']}-clean.txt"]
        s, e_clean, e_case = diff_region(clean, text)
        if e_clean - s > 40 or e_case - s > 40 or (e_clean == s and e_case == s):
            problems.append(f"{r['case']}: differs from the clean draft over {e_clean - s}/{e_case - s} characters")
        for exp in r["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{r['case']}: unexpected code/severity {exp}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{r['case']}: value {v!r} not in the case")
            elif not any(o < max(e_case, s + 1) and s < o + len(v) for o in occ):
                problems.append(f"{r['case']}: value {v!r} does not cover the edit at {s}")
        failed = [label for label, ok in PROJECTS[r["source"]](text) if not ok]
        if not failed:
            problems.append(f"{r['case']}: no arithmetic check fails, the injected error is not an inconsistency")
        else:
            if "-v" in sys.argv:
                print(f"{r['case']:42s} {r['expected'][0]['code']:22s} fails: " + " | ".join(failed))
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} occurs {counts.get(code, 0)} times (< 2)")
    n_checks = sum(len(PROJECTS[r["source"]](texts[r["case"]])) for r in labels if r["clean"])
    print(f"{n_checks} arithmetic checks on the 5 clean drafts; codes: " +
          ", ".join(f"{c}={counts[c]}" for c in CODES))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
