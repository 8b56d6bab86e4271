#!/usr/bin/env python3
"""Verify the n205 set.

1. labels.jsonl: one line per case file, fields and codes valid, each of the 13 codes at least twice,
   every label value occurs in its case.
2. every error case differs from its clean draft in one place (one contiguous changed region after
   removing the common prefix and suffix), and the label value overlaps that region.
3. the arithmetic of every clean draft is redone from the text itself (tables parsed in their own
   layout, figures read from the prose): every check must pass.
4. the same checks are run on every error case: at least one check tagged with the labelled code must
   fail there (so each injected error is arithmetically real).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch", "parse"}
NUM = r"[0-9]+(?:\.[0-9]+)?"


# ------------------------------------------------------------------ numbers and tolerance
def places(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def close(computed, stated):
    """computed (exact) vs a stated string, within half a unit of its last digit."""
    return abs(D(computed) - D(stated)) <= tol(stated)


def same(a, b):
    """two stated strings of the same quantity, judged at the coarser precision."""
    t = max(tol(a), tol(b))
    return abs(D(a) - D(b)) <= t


def num(cell):
    m = re.search(NUM, cell or "")
    return D(m.group(0)) if m else None


def amount(cell):
    """a money cell; '', '—', '-' count as 0."""
    c = (cell or "").strip()
    if c in ("", "—", "-", "－"):
        return D(0)
    return D(c)


def unit_of(value):
    v = re.sub(r"^[≥≤＞＜＝=<>]+", "", value.strip())
    m = re.match(r"^(" + NUM + r")(.*)$", v)
    return m.group(2).strip() if m else None


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ------------------------------------------------------------------ checker
class Ck:
    def __init__(self, text):
        self.text = text
        self.n = 0
        self.fails = []

    def ok(self, code, cond, msg):
        self.n += 1
        if not cond:
            self.fails.append((code, msg))
        return cond

    def eq(self, code, computed, stated, msg):
        return self.ok(code, close(computed, stated), f"{msg}: computed {D(computed):.4f}, stated {stated}")

    def same(self, a, b, msg, code="conflicting_values"):
        """a, b: strings for the same quantity. A pure 10^4 rescale is a unit slip."""
        if same(a, b):
            return self.ok(code, True, msg)
        if max(D(a), D(b)) >= 1000 and (same(str(D(a) / 10000), b) or same(a, str(D(b) / 10000))):
            return self.ok("unit_mismatch", False, f"{msg}: {a} vs {b} (10^4 apart)")
        return self.ok(code, False, f"{msg}: {a} vs {b}")

    def sum_(self, parts, total, msg, code="sum_mismatch"):
        s = sum(D(p) for p in parts)
        if close(s, total):
            return self.ok(code, True, msg)
        for p in parts:
            if D(p) >= 1000 and close(s - D(p) + D(p) / 10000, total):
                return self.ok("unit_mismatch", False, f"{msg}: part {p} looks like 元 written as 万元")
        return self.ok(code, False, f"{msg}: sum {s} vs stated {total}")

    def one(self, pattern):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            self.fails.append(("parse", f"pattern matched {len(ms)} times: {pattern}"))
            return None
        return ms[0].groups()

    def every(self, pattern):
        return [m.groups() if m.groups() else (m.group(0),) for m in re.finditer(pattern, self.text)]


# ------------------------------------------------------------------ table layouts
def rows_tab(text):
    return [line.split("\t") for line in text.splitlines() if "\t" in line]


def rows_sep(text, sep):
    return [[c.strip() for c in line.split(sep)[1:-1]] for line in text.splitlines() if line.startswith(sep)]


def rows_space(text):
    return [line.split(" ") for line in text.splitlines() if line.strip()]


def rows_flat(text):
    rows = []
    for block in re.split(r"\n\n+", text):
        lines = [l for l in block.split("\n") if l.startswith("\t") or l.strip() != ""]
        if lines and all(l.startswith("\t") for l in lines):
            rows.append([l[1:] for l in lines])
    return rows


def row_with(ck, rows, key, n=1):
    found = [r for r in rows if key in r]
    if len(found) != n:
        ck.fails.append(("parse", f"row '{key}' found {len(found)} times (expected {n})"))
        return None if n == 1 else found
    return found[0] if n == 1 else found


def after(row, key, k):
    i = row.index(key)
    return row[i + 1:i + 1 + k]


# ------------------------------------------------------------------ shared checks
def funds_mof(ck, rows):
    """MOF funds block: label | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分."""
    labels = ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]
    data = {}
    for lab in labels:
        r = row_with(ck, rows, lab)
        if r is None:
            return None
        data[lab] = after(r, lab, 6)
    tot = data["年度资金总额"]
    for col, name in enumerate(["年初预算数", "全年预算数", "全年执行数"]):
        ck.sum_([amount(data[l][col]) for l in labels[1:]], tot[col], f"funds {name}: components vs 年度资金总额")
    for lab in labels:
        init, annual, spent, weight, rate, score = data[lab]
        a, s = amount(annual), amount(spent)
        rate = rate.strip()
        if a == 0:
            ck.ok("implausible_rate", rate in ("", "—", "-", "0", "0%", "0.00%"), f"{lab}: rate '{rate}' on a zero budget")
            continue
        if rate not in ("", "—", "-"):
            r = D(rate.rstrip("%"))
            ck.ok("implausible_rate", r <= 100, f"{lab}: rate {rate} above 100%")
            ck.eq("rate_mismatch", s / a * 100, rate.rstrip("%"), f"{lab}: 执行率 = 执行/全年预算")
    _, annual, spent, weight, rate, score = tot
    r = amount(spent) / amount(annual)
    ck.eq("score_rule_mismatch", D(weight) * min(r, D(1)), score, "execution score = 分值 × 执行率")
    return {"initial": tot[0], "annual": tot[1], "spent": tot[2], "weight": weight, "rate": rate,
            "score": score, "fiscal": data["其中：当年财政拨款"], "carry": data["上年结转资金"]}


def indicator_checks(ck, items, exec_weight, exec_score, total_stated):
    """items: dicts name, level1, kind, target, actual, weight, score[, completion]."""
    wsum = D(exec_weight) + sum(D(it["weight"]) for it in items)
    ck.ok("weight_sum_mismatch", wsum == 100, f"weights add to {wsum}")
    for it in items:
        w, s = D(it["weight"]), D(it["score"])
        ck.ok("score_exceeds_weight", D(0) <= s <= w, f"{it['name']}: score {s} vs weight {w}")
        kind = it["kind"]
        if kind in ("gte", "lte", "eq0"):
            ut, ua = unit_of(it["target"]), unit_of(it["actual"])
            ck.ok("unit_mismatch", ut is not None and ut == ua,
                  f"{it['name']}: target '{it['target']}' vs actual '{it['actual']}'")
            if ut is None or ut != ua:
                continue
            t, a = num(it["target"]), num(it["actual"])
            if kind == "gte":
                comp = a / t * 100
                exp = w if a >= t else w * a / t
            elif kind == "lte":
                comp = D(100) if a <= t else t / a * 100
                exp = w if a <= t else w * t / a
            else:
                comp = None
                exp = w if a == 0 else D(0)
            ck.eq("score_rule_mismatch", exp, it["score"], f"{it['name']}: score by rules §5")
            if it.get("completion") is not None and comp is not None:
                ck.eq("completion_mismatch", comp, it["completion"].rstrip("%"), f"{it['name']}: 完成率")
    ssum = D(exec_score) + sum(D(it["score"]) for it in items)
    for label, stated in total_stated:
        ck.eq("score_sum_mismatch", ssum, stated, f"row scores vs {label}")
    return ssum


def level_sum(items, level1):
    return sum(D(it["score"]) for it in items if it["level1"] == level1)


def grade_check(ck, total, word, where):
    g = GRADES.get(word)
    ck.ok("grade_mismatch", g == band(total), f"{where}: grade '{word}' for total {total}")


# ------------------------------------------------------------------ project 1: 阜宁县 人防工程维护管理 2021
def check_funing(text):
    ck, year = Ck(text), 2021
    rows = rows_tab(text)
    f = funds_mof(ck, rows)
    spec = [("维护管理人防工程数量", "产出", "gte"), ("维护管理工程面积", "产出", "gte"),
            ("工程内部设施设备完好率", "产出", "gte"), ("汛期前安全巡查完成时间", "产出", "date"),
            ("日常维护单位面积成本", "产出", "lte"), ("平时开发利用工程数量", "效益", "gte"),
            ("工程战时防护功能", "效益", "qual"), ("工程安全责任事故", "效益", "eq0"),
            ("使用单位及周边群众满意度", "满意度", "gte")]
    items = []
    for name, l1, kind in spec:
        r = row_with(ck, rows, name)
        if r is None:
            return ck
        t, a, w, s = after(r, name, 4)
        items.append(dict(name=name, level1=l1, kind=kind, target=t, actual=a, weight=w, score=s))
    tot_row = row_with(ck, rows, "总分")
    table_total = [c for c in tot_row if c][-1]
    ck.ok("weight_sum_mismatch", [c for c in tot_row if c][-2] == "100", "总分 row weight 100")
    m = ck.one(r"预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM
               + r")分，满意度指标得分(" + NUM + r")分，自评总分(" + NUM + r")分，评价等级为“(\S+?)”")
    indicator_checks(ck, items, f["weight"], f["score"], [("table 总分", table_total), ("text 自评总分", m[4])])
    ck.same(m[0], f["score"], "text execution score vs table", code="score_sum_mismatch")
    for lv, st in zip(["产出", "效益", "满意度"], m[1:4]):
        ck.eq("score_sum_mismatch", level_sum(items, lv), st, f"text {lv}指标得分 vs table rows")
    grade_check(ck, m[4], m[5], "text")
    g = ck.one(r"评价等级\t(\S+)")
    grade_check(ck, table_total, g[0], "table")
    # funds in the prose
    ck.same(ck.one(r"本项目年初预算(" + NUM + r")万元")[0], f["initial"], "年初预算 text vs table")
    a = ck.one(r"追加当年财政拨款(" + NUM + r")万元，并将上年结转资金(" + NUM + r")万元纳入本项目，合计(" + NUM + r")万元")
    ck.sum_(a[:2], a[2], "追加 + 结转 = 合计")
    ck.sum_([f["initial"], a[2]], f["annual"], "年初 + 调整 = 全年")
    b = ck.one(r"调整后全年预算(" + NUM + r")万元，其中当年财政拨款(" + NUM + r")万元、上年结转资金(" + NUM + r")万元")
    ck.same(b[0], f["annual"], "全年预算 text vs table")
    ck.sum_(b[1:], b[0], "全年预算 = 财政拨款 + 结转")
    ck.same(b[1], f["fiscal"][1], "财政拨款 全年 text vs table")
    ck.same(b[2], f["carry"][1], "上年结转 text vs table")
    c = ck.one(r"日常维护保养(" + NUM + r")万元，占全年预算的(" + NUM + r")%；设备设施维修(" + NUM
               + r")万元；应急排水设备更换(" + NUM + r")万元；工程质量检测及安全巡查(" + NUM + r")万元")
    ck.sum_([c[0], c[2], c[3], c[4]], b[0], "用途 sub-items = 全年预算")
    ck.eq("rate_mismatch", D(c[0]) / D(b[0]) * 100, c[1], "日常维护保养 share")
    ck.same(c[3], a[2], "应急排水设备更换 = 调整额")
    d = ck.one(r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%，较2020年的(" + NUM + r")%")
    ck.same(d[0], f["spent"], "执行数 text vs table")
    ck.eq("rate_mismatch", D(d[0]) / D(b[0]) * 100, d[1], "text 预算执行率")
    e = ck.one(r"当年财政拨款执行(" + NUM + r")万元，执行率(" + NUM + r")%")
    ck.same(e[0], f["fiscal"][2], "财政拨款执行 text vs table")
    ck.eq("rate_mismatch", D(e[0]) / D(b[1]) * 100, e[1], "财政拨款执行率")
    ck.sum_([e[0], b[2]], d[0], "执行 = 财政拨款执行 + 结转（已全部支出）")
    sp = ck.one(r"日常维护保养支出(" + NUM + r")万元，设备设施维修支出(" + NUM + r")万元，应急排水设备更换支出("
                + NUM + r")万元，工程质量检测及安全巡查支出(" + NUM + r")万元")
    ck.sum_(sp, d[0], "spending by use = 执行数")
    for (x,) in ck.every(r"年末未执行资金(" + NUM + r")万元") + ck.every(r"年末有(" + NUM + r")万元未执行"):
        ck.eq("balance_mismatch", D(b[0]) - D(d[0]), x, "未执行 = 全年预算 − 执行")
    for (y,) in ck.every(r"结转至(\d{4})年"):
        ck.ok("year_mismatch", int(y) == year + 1, f"结转至{y}年 in a {year} report")
    approx = ck.one(r"执行率约(" + NUM + r")%")
    ck.eq("rate_mismatch", D(d[0]) / D(b[0]) * 100, approx[0], "执行率约")
    # outputs in the prose vs the table
    byname = {it["name"]: it for it in items}
    area = byname["维护管理工程面积"]
    for (x,) in ck.every(r"维护管理面积(" + NUM + r")万平方米") + ck.every(r"维护面积(" + NUM + r")万平方米"):
        ck.same(x, str(num(area["actual"])), "维护面积 text vs table")
    g1 = ck.one(r"完成年度目标的(" + NUM + r")%")
    ck.eq("completion_mismatch", num(area["actual"]) / num(area["target"]) * 100, g1[0], "面积 完成比例")
    dev = byname["平时开发利用工程数量"]
    h = ck.one(r"平时开发利用人防工程(\d+)处，主要用于停车和仓储，完成率(" + NUM + r")%")
    ck.same(h[0], str(num(dev["actual"])), "开发利用 text vs table")
    ck.eq("completion_mismatch", num(dev["actual"]) / num(dev["target"]) * 100, h[1], "开发利用 完成率")
    ck.same(ck.one(r"对(\d+)处人防工程开展了日常维护")[0], str(num(byname["维护管理人防工程数量"]["actual"])), "工程数量")
    ck.same(ck.one(r"完好率为(" + NUM + r")%")[0], str(num(byname["工程内部设施设备完好率"]["actual"])), "完好率")
    u = ck.one(r"日常维护单位面积成本(" + NUM + r")元/平方米")
    ck.eq("average_mismatch", D(sp[0]) / num(area["actual"]), u[0], "单位面积成本 = 日常维护支出 / 面积")
    ck.same(u[0], str(num(byname["日常维护单位面积成本"]["actual"])), "单位面积成本 text vs table")
    q = ck.one(r"发放满意度问卷(\d+)份，表示满意的(\d+)份，满意度为(" + NUM + r")%")
    ck.eq("rate_mismatch", D(q[1]) / D(q[0]) * 100, q[2], "满意度 = 满意 / 问卷")
    ck.same(q[2], str(num(byname["使用单位及周边群众满意度"]["actual"])), "满意度 text vs table")
    return ck


# ------------------------------------------------------------------ project 2: 开平市 人防警报器建设 2023
def check_kaiping(text):
    ck, year = Ck(text), 2023
    rows = rows_sep(text, "|")
    f = funds_mof(ck, rows)
    spec = [("新建电声警报器数量", "产出", "gte"), ("城区警报音响覆盖率", "产出", "gte"),
            ("设备安装验收合格率", "产出", "gte"), ("项目完工时间", "产出", "date"),
            ("单台警报器购置成本", "产出", "lte"), ("验收试鸣音响正常率", "效益", "gte"),
            ("市民防空警报知晓率", "效益", "gte"), ("警报设施正常使用年限", "效益", "qual"),
            ("警报点位周边群众满意度", "满意度", "gte")]
    items = []
    for name, l1, kind in spec:
        r = row_with(ck, rows, name)
        if r is None:
            return ck
        t, a, w, s = after(r, name, 4)
        items.append(dict(name=name, level1=l1, kind=kind, target=t, actual=a, weight=w, score=s))
    byname = {it["name"]: it for it in items}
    tot_row = [c for c in row_with(ck, rows, "总分") if c]
    ck.ok("weight_sum_mismatch", tot_row[1] == "100", "总分 row weight 100")
    m = ck.one(r"预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM
               + r")分，满意度指标得分(" + NUM + r")分，自评得分(" + NUM + r")分，自评等级为(\S\S)")
    indicator_checks(ck, items, f["weight"], f["score"], [("table 总分", tot_row[2]), ("text 自评得分", m[4])])
    ck.same(m[0], f["score"], "text execution score vs table", code="score_sum_mismatch")
    for lv, st in zip(["产出", "效益", "满意度"], m[1:4]):
        ck.eq("score_sum_mismatch", level_sum(items, lv), st, f"text {lv}指标得分 vs table rows")
    grade_check(ck, m[4], m[5], "text")
    # funds in the prose
    ck.same(ck.one(r"项目年初预算(" + NUM + r")万元")[0], f["initial"], "年初预算 text vs table")
    ck.ok("conflicting_values", D(f["initial"]) == D(f["annual"]), "未调整 ⇒ 年初 = 全年")
    b = ck.one(r"其中警报器设备购置(" + NUM + r")万元（(\d+)台，预算单价(" + NUM + r")万元），控制终端及通信模块("
               + NUM + r")万元，安装基础及供电配套(" + NUM + r")万元，监理及检测费(" + NUM + r")万元")
    ck.sum_([b[0], b[3], b[4], b[5]], f["annual"], "budget sub-items = 全年预算")
    ck.eq("average_mismatch", D(b[0]) / D(b[1]), b[2], "预算单价 = 设备购置 / 台数")
    c = ck.one(r"(\d{4})年12月市财政提前下达(" + NUM + r")万元，(\d{4})年4月下达(" + NUM + r")万元，资金到位率(" + NUM + r")%")
    ck.ok("year_mismatch", int(c[0]) == year - 1 and int(c[2]) == year, f"下达 years {c[0]}/{c[2]}")
    ck.eq("rate_mismatch", (D(c[1]) + D(c[3])) / D(f["annual"]) * 100, c[4], "到位率")
    for (y,) in ck.every(r"截至(\d{4})年12月31日"):
        ck.ok("year_mismatch", int(y) == year, f"截至{y}年12月31日 in a {year} report")
    d = ck.one(r"项目实际支出(" + NUM + r")万元，其中警报器设备款(" + NUM + r")万元、控制终端及通信模块(" + NUM
               + r")万元、安装基础及供电配套(" + NUM + r")万元、监理及检测费(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    ck.same(d[0], f["spent"], "实际支出 text vs table")
    ck.sum_(d[1:5], d[0], "spending parts = 实际支出")
    ck.eq("rate_mismatch", D(d[0]) / D(f["annual"]) * 100, d[5], "text 预算执行率")
    e = ck.one(r"项目年末结余(" + NUM + r")万元")
    ck.eq("balance_mismatch", D(f["annual"]) - D(d[0]), e[0], "结余 = 预算 − 支出")
    alarm = byname["新建电声警报器数量"]["actual"]
    n_alarm = str(num(alarm)) if unit_of(alarm) == "台" else None   # a unit slip is reported by indicator_checks
    mentions = ck.every(r"新建电声警报器(\d+)台") + ck.every(r"(\d+)台警报器及控制终端") + ck.every(r"(\d+)台新建警报器")
    ck.ok("parse", len(mentions) == 7, f"{len(mentions)} mentions of the number of new alarms")
    for (x,) in mentions + [(b[1],)]:
        ck.same(x, n_alarm or mentions[-1][0], "新建警报器台数 text vs table")
    cov = ck.one(r"覆盖率由上年的(" + NUM + r")%提高到(" + NUM + r")%")
    ck.same(cov[1], str(num(byname["城区警报音响覆盖率"]["actual"])), "覆盖率 text vs table")
    p = ck.one(r"警报器设备中标价(" + NUM + r")万元，单台(" + NUM + r")万元（折合(\d+)元/台）")
    ck.same(p[0], d[1], "中标价 = 设备款")
    ck.eq("average_mismatch", D(p[0]) / D(b[1]), p[1], "单台 = 中标价 / 预算台数")
    ck.same(str(D(p[1]) * 10000), p[2], "单台 万元 vs 元", code="unit_mismatch")
    ck.same(p[1], str(num(byname["单台警报器购置成本"]["actual"])), "单台成本 text vs table")
    ck.same(ck.one(r"市民防空警报知晓率(" + NUM + r")%。")[0], str(num(byname["市民防空警报知晓率"]["actual"])), "知晓率")
    s = ck.one(r"长沙街道(" + NUM + r")%、三埠街道(" + NUM + r")%、水口镇(" + NUM + r")%，平均满意度(" + NUM + r")%")
    ck.eq("average_mismatch", sum(D(x) for x in s[:3]) / 3, s[3], "平均满意度")
    ck.same(s[3], str(num(byname["警报点位周边群众满意度"]["actual"])), "满意度 text vs table")
    late = ck.one(r"比计划推迟(\d+)天")
    ck.ok("conflicting_values", int(late[0]) == 15, "11月30日 → 12月15日 = 15 days")
    return ck


# ------------------------------------------------------------------ project 3: 汾阳市 人防指挥所运维 2020 (Shanxi)
def check_fenyang(text):
    ck, year = Ck(text), 2020
    rows = rows_flat(text)
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]
    fr = {}
    for key in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]:
        r = row_with(ck, rows, key)
        if r is None:
            return ck
        fr[key] = dict(zip(cols, after(r, key, 8)))
    for key in ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"]:
        v = fr[key]
        code = "balance_mismatch" if key.startswith("(5)") else "sum_mismatch"
        ck.sum_([amount(v["sub"]), amount(v["carry"]), amount(v["other"])], v["total"] or "0", f"{key}: total = 小计 + 结转 + 其他", code=code)
        if v["sub"]:
            ck.sum_([amount(v[c]) for c in ["central", "prov", "city", "county"]], v["sub"], f"{key}: 小计 = 中央+省+市+县", code=code)
    for c in cols:
        r3, r4, r2 = amount(fr["(3)"][c]), amount(fr["(4)"][c]), amount(fr["(2)"][c])
        if fr["(5)=(3)-(4)"][c] != "" or r3:
            ck.eq("balance_mismatch", r3 - r4, fr["(5)=(3)-(4)"][c] or "0", f"(5) {c} = (3) − (4)")
        for key, numer in [("(6)=(3)/(2)", r3), ("(7)=(4)/(2)", r4)]:
            stated = fr[key][c]
            if r2 == 0:
                ck.ok("implausible_rate", stated in ("", "0", "—"), f"{key} {c}: '{stated}' on a zero base")
            else:
                ck.ok("implausible_rate", D(stated) <= 100, f"{key} {c}: {stated} above 100")
                ck.eq("rate_mismatch", numer / r2 * 100, stated, f"{key} {c}")
    # indicators: body tables (6 cells) and 附件1 (9 cells)
    spec = [("运维保障系统数量（套）", "产出", "gte"), ("指挥通信系统设备完好率", "产出", "gte"),
            ("故障响应时间", "产出", "lte"), ("运维费用支出", "产出", "lte"),
            ("保障防空演练及指挥通信演练次数", "效益", "gte"), ("指挥所通信系统平时可用率", "效益", "gte"),
            ("指挥所使用及协同单位满意度", "满意度", "gte")]
    items = []
    for name, l1, kind in spec:
        found = row_with(ck, rows, name, n=2)
        if not found or len(found) != 2:
            return ck
        body = [r for r in found if len(r) == 6][0]
        att = [r for r in found if len(r) == 9][0]
        w, t, a, comp, s = after(att, name, 5)
        bw, bt, ba, bs = after(body, name, 4)
        for x, y, what in [(w, bw, "权重"), (s, bs, "得分")]:
            ck.same(x, y, f"{name} {what}: 附件1 vs body table")
        for x, y, what in [(t, bt, "目标值"), (a, ba, "业绩值")]:
            ck.ok("conflicting_values", x == y, f"{name} {what}: 附件1 '{x}' vs body '{y}'")
        items.append(dict(name=name, level1=l1, kind=kind, target=t, actual=a, weight=w, score=s, completion=comp))
    ex = row_with(ck, rows, "预算执行率", n=2)
    exb = [r for r in ex if len(r) == 6][0]
    exa = [r for r in ex if len(r) == 9][0]
    ew, et, ea, ec, es = after(exa, "预算执行率", 5)
    ck.same(ea.rstrip("%"), fr["(7)=(4)/(2)"]["total"], "预算执行率 附件1 vs funds table", code="rate_mismatch")
    ck.same(ec.rstrip("%"), ea.rstrip("%"), "预算执行率 完成率 (target 100%)", code="completion_mismatch")
    ck.same(es, after(exb, "预算执行率", 4)[3], "执行 score 附件1 vs body")
    ck.eq("score_rule_mismatch", D(ew) * amount(fr["(4)"]["total"]) / amount(fr["(2)"]["total"]), es, "execution score")
    m = ck.one(r"总得分(" + NUM + r")分，属于\"(\S+?)\"")
    total = indicator_checks(ck, items, ew, es, [("text 总得分", m[0])])
    grade_check(ck, m[0], m[1], "text")
    # prose
    v1 = ck.one(r"批复本项目年初预算(" + NUM + r")万元")
    ck.same(v1[0], fr["(1)"]["total"], "年初预算 text vs table")
    v2 = ck.one(r"运维补助资金(" + NUM + r")万元")
    ck.same(v2[0], fr["(2)"]["prov"], "省级补助 text vs table")
    v3 = ck.one(r"上年结转资金(" + NUM + r")万元纳入本项目，全年预算调整为(" + NUM + r")万元")
    ck.same(v3[0], fr["(2)"]["carry"], "上年结转 text vs table")
    ck.same(v3[1], fr["(2)"]["total"], "全年预算 text vs table")
    ck.sum_([v1[0], v2[0], v3[0]], v3[1], "年初 + 省级补助 + 结转 = 全年预算")
    v4 = ck.one(r"已支付(" + NUM + r")万元，预算执行率(" + NUM + r")%，年末结余(" + NUM + r")万元")
    ck.same(v4[0], fr["(4)"]["total"], "支付 text vs table")
    ck.eq("rate_mismatch", D(v4[0]) / D(v3[1]) * 100, v4[1], "text 预算执行率")
    ck.eq("balance_mismatch", amount(fr["(3)"]["total"]) - D(v4[0]), v4[2], "text 结余 = 到位 − 支付")
    for (y,) in ck.every(r"(\d{4})年结算支付"):
        ck.ok("year_mismatch", int(y) == year + 1, f"{y}年结算支付 in a {year} report")
    byname = {it["name"]: it for it in items}
    ck.same(ck.one(r"完成(\d+)套系统")[0], str(num(byname["运维保障系统数量（套）"]["actual"])), "系统套数")
    ck.same(ck.one(r"设备完好率(" + NUM + r")%")[0], str(num(byname["指挥通信系统设备完好率"]["actual"])), "完好率")
    ck.same(ck.one(r"平均响应时间(" + NUM + r")小时")[0], str(num(byname["故障响应时间"]["actual"])), "响应时间")
    ck.same(ck.one(r"运维费用支出(" + NUM + r")万元，")[0], fr["(4)"]["total"], "运维费用 = 执行数")
    ck.same(ck.one(r"等(\d+)次演练任务")[0], str(num(byname["保障防空演练及指挥通信演练次数"]["actual"])), "演练次数")
    ck.same(ck.one(r"平时可用率(" + NUM + r")%，较上年")[0], str(num(byname["指挥所通信系统平时可用率"]["actual"])), "可用率")
    ck.same(ck.one(r"满意度调查，满意度(" + NUM + r")%")[0], str(num(byname["指挥所使用及协同单位满意度"]["actual"])), "满意度")
    return ck


# ------------------------------------------------------------------ project 4: 宜良县 人防宣传教育 2024 (PDF text)
def check_yiliang(text):
    ck, year = Ck(text), 2024
    rows = rows_space(text)
    f = funds_mof(ck, rows)
    spec = [("开展“五进”宣传活动场次", "产出", "gte"), ("发放人防宣传资料", "产出", "gte"),
            ("培训人防志愿者及业务骨干", "产出", "gte"), ("活动覆盖乡镇（街道）", "产出", "gte"),
            ("防空警报试鸣宣传按时完成率", "产出", "gte"), ("宣传资料单份制作成本", "产出", "lte"),
            ("群众人防知识知晓率", "效益", "gte"), ("中小学生防空疏散演练参与人数", "效益", "gte"),
            ("人防宣传教育长效机制", "效益", "qual"), ("参与群众满意度", "满意度", "gte")]
    items = []
    for name, l1, kind in spec:
        r = row_with(ck, rows, name)
        if r is None:
            return ck
        t, a, w, s = after(r, name, 4)
        items.append(dict(name=name, level1=l1, kind=kind, target=t, actual=a, weight=w, score=s))
    byname = {it["name"]: it for it in items}
    tot_row = row_with(ck, rows, "总分")
    ck.ok("weight_sum_mismatch", tot_row[1] == "100", "总分 row weight 100")
    m = ck.one(r"预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM
               + r")分，满意度指标得分(" + NUM + r")分，综合得分(" + NUM + r")分，评价等级为“(\S)”")
    indicator_checks(ck, items, f["weight"], f["score"], [("table 总分", tot_row[2]), ("text 综合得分", m[4])])
    ck.same(m[0], f["score"], "text execution score vs table", code="score_sum_mismatch")
    for lv, st in zip(["产出", "效益", "满意度"], m[1:4]):
        ck.eq("score_sum_mismatch", level_sum(items, lv), st, f"text {lv}指标得分 vs table rows")
    grade_check(ck, m[4], m[5], "text")
    k = ck.one(r"效益指标扣(" + NUM + r")分")
    ck.eq("score_sum_mismatch", 30 - level_sum(items, "效益"), k[0], "效益 deduction")
    # funds in the prose
    a0 = ck.one(r"年初预算安排人防宣传教育经费(" + NUM + r")万元")
    ck.same(a0[0], f["initial"], "年初预算 text vs table")
    ck.ok("conflicting_values", D(f["initial"]) == D(f["annual"]), "未调整 ⇒ 年初 = 全年")
    b = ck.one(r"宣传品及展板制作(" + NUM + r")万元、“五进”宣传活动(" + NUM + r")万元、防空警报试鸣宣传(" + NUM
               + r")万元、人防知识培训(" + NUM + r")万元")
    ck.sum_(b, f["annual"], "budget by use = 全年预算")
    c = ck.one(r"截至(\d{4})年12月31日，项目实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%（2023年为" + NUM
               + r"%），剩余(" + NUM + r")万元")
    ck.ok("year_mismatch", int(c[0]) == year, f"截至{c[0]}年12月31日 in a {year} report")
    ck.same(c[1], f["spent"], "实际支出 text vs table")
    ck.eq("rate_mismatch", D(c[1]) / D(f["annual"]) * 100, c[2], "text 执行率")
    ck.eq("balance_mismatch", D(f["annual"]) - D(c[1]), c[3], "剩余 = 预算 − 支出")
    sp = ck.one(r"宣传品及展板制作支出(" + NUM + r")万元，“五进”活动支出(" + NUM + r")万元，警报试鸣宣传支出(" + NUM
                + r")万元，培训支出(" + NUM + r")万元")
    ck.sum_(sp, c[1], "spending by use = 实际支出")
    # outputs in the prose
    e = ck.one(r"开展“五进”宣传活动(\d+)场，其中进学校(\d+)场、进社区(\d+)场、进机关(\d+)场、进企业(\d+)场、进家庭(\d+)场")
    ck.sum_(e[1:], e[0], "五进 场次 parts")
    ck.same(e[0], str(num(byname["开展“五进”宣传活动场次"]["actual"])), "五进场次 text vs table")
    ck.same(ck.one(r"；发放宣传资料(\d+)份，")[0], str(num(byname["发放人防宣传资料"]["actual"])), "宣传资料份数 text vs table")
    ck.same(ck.one(r"单份平均制作成本(" + NUM + r")元")[0], str(num(byname["宣传资料单份制作成本"]["actual"])), "单份成本")
    t = ck.one(r"培训班(\d+)期，每期(\d+)人次，共培训(\d+)人次")
    ck.ok("sum_mismatch", int(t[0]) * int(t[1]) == int(t[2]), "期数 × 每期 = 共培训")
    ck.same(t[2], str(num(byname["培训人防志愿者及业务骨干"]["actual"])), "培训人次 text vs table")
    ck.same(ck.one(r"覆盖全县(\d+)个乡镇")[0], str(num(byname["活动覆盖乡镇（街道）"]["actual"])), "乡镇数")
    g = ck.one(r"知晓率分别为(" + NUM + r")%、(" + NUM + r")%、(" + NUM + r")%、(" + NUM + r")%，平均为(" + NUM + r")%")
    ck.eq("average_mismatch", sum(D(x) for x in g[:4]) / 4, g[4], "平均知晓率")
    ck.same(g[4], str(num(byname["群众人防知识知晓率"]["actual"])), "知晓率 text vs table")
    ck.same(ck.one(r"参与学生(\d+)人")[0], str(num(byname["中小学生防空疏散演练参与人数"]["actual"])), "演练人数")
    q = ck.one(r"发放满意度调查问卷(\d+)份，收回有效问卷(\d+)份，回收率(" + NUM + r")%，其中满意及基本满意(\d+)份，满意度(" + NUM + r")%")
    ck.eq("rate_mismatch", D(q[1]) / D(q[0]) * 100, q[2], "回收率")
    ck.eq("rate_mismatch", D(q[3]) / D(q[1]) * 100, q[4], "满意度")
    ck.same(q[4], str(num(byname["参与群众满意度"]["actual"])), "满意度 text vs table")
    return ck


# ------------------------------------------------------------------ project 5: 调兵山市 易地建设费 2019
def check_diaobingshan(text):
    ck, year = Ck(text), 2019
    rows = rows_sep(text, "｜")
    f = funds_mof(ck, rows)
    spec = [("疏散干道加固维修长度", "产出", "gte"), ("更新防护密闭门及排风设备", "产出", "gte"),
            ("维修工程验收合格率", "产出", "gte"), ("工程完工时间", "产出", "date"),
            ("疏散干道加固维修单价", "产出", "lte"), ("新增可容纳疏散人数", "效益", "gte"),
            ("人防工程安全责任事故", "效益", "eq0"), ("人防工程维护管理长效机制", "效益", "qual"),
            ("工程周边居民满意度", "满意度", "gte")]
    items = []
    for name, l1, kind in spec:
        r = row_with(ck, rows, name)
        if r is None:
            return ck
        t, a, w, s = after(r, name, 4)
        items.append(dict(name=name, level1=l1, kind=kind, target=t, actual=a, weight=w, score=s))
    byname = {it["name"]: it for it in items}
    tot_row = [c for c in row_with(ck, rows, "总分") if c]
    ck.ok("weight_sum_mismatch", tot_row[1] == "100", "总分 row weight 100")
    m = ck.one(r"预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM
               + r")分，满意度指标得分(" + NUM + r")分，自评得分(" + NUM + r")分，评价等级为(\S\S)")
    indicator_checks(ck, items, f["weight"], f["score"], [("table 总分", tot_row[2]), ("text 自评得分", m[4])])
    ck.same(m[0], f["score"], "text execution score vs table", code="score_sum_mismatch")
    for lv, st in zip(["产出", "效益", "满意度"], m[1:4]):
        ck.eq("score_sum_mismatch", level_sum(items, lv), st, f"text {lv}指标得分 vs table rows")
    grade_check(ck, m[4], m[5], "text")
    # funds in the prose
    a = ck.one(r"年初预算(" + NUM + r")万元，年中将上年结转的易地建设费(" + NUM + r")万元纳入本项目，全年预算(" + NUM + r")万元")
    ck.same(a[0], f["initial"], "年初预算 text vs table")
    ck.same(a[1], f["carry"][1], "上年结转 text vs table")
    ck.same(a[2], f["annual"], "全年预算 text vs table")
    ck.sum_(a[:2], a[2], "年初 + 结转 = 全年")
    b = ck.one(r"按子项目分：疏散干道加固维修(" + NUM + r")万元、防护设备更新(" + NUM + r")万元、疏散基地标识建设(" + NUM
               + r")万元、警报器维护(" + NUM + r")万元、征收管理及专项审计(" + NUM + r")万元")
    ck.sum_(b, a[2], "子项目预算 = 全年预算")
    c = ck.one(r"下达年初预算资金(" + NUM + r")万元，连同上年结转资金(" + NUM + r")万元，全年可用资金(" + NUM + r")万元")
    ck.sum_(c[:2], c[2], "到位 = 下达 + 结转")
    ck.same(c[2], a[2], "到位 = 全年预算")
    d = ck.one(r"项目实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    ck.same(d[0], f["spent"], "实际支出 text vs table")
    ck.eq("rate_mismatch", D(d[0]) / D(a[2]) * 100, d[1], "text 执行率")
    e = ck.one(r"其中当年财政拨款支出(" + NUM + r")万元，上年结转资金(" + NUM + r")万元全部支出")
    ck.same(e[0], f["fiscal"][2], "财政拨款支出 text vs table")
    ck.same(e[1], f["carry"][2], "结转支出 text vs table")
    ck.sum_(e, d[0], "支出 = 财政拨款 + 结转")
    g = ck.one(r"疏散干道加固维修项目预算(" + NUM + r")万元，已支付(" + NUM + r")万元，资金支付率(" + NUM + r")%")
    ck.same(g[0], b[0], "疏散干道预算")
    ck.eq("rate_mismatch", D(g[1]) / D(g[0]) * 100, g[2], "疏散干道 支付率")
    h = [ck.one(r"防护设备更新支出(" + NUM + r")万元"), ck.one(r"疏散基地标识建设支出(" + NUM + r")万元"),
         ck.one(r"警报器维护(" + NUM + r")万元已全部支出"), ck.one(r"征收管理及专项审计支出(" + NUM + r")万元")]
    subs = [g[1]] + [x[0] for x in h]
    ck.sum_(subs, d[0], "子项目支出 = 实际支出")
    ck.same(h[2][0], b[3], "警报器维护 全部支出 = 预算")
    r = ck.one(r"年末结余(" + NUM + r")万元（其中疏散干道加固维修(" + NUM + r")万元、防护设备更新(" + NUM
               + r")万元、疏散基地标识建设(" + NUM + r")万元、征收管理及专项审计(" + NUM + r")万元）")
    ck.eq("balance_mismatch", D(a[2]) - D(d[0]), r[0], "结余 = 全年预算 − 支出")
    ck.sum_(r[1:], r[0], "结余 parts")
    for bud, spent, bal, nm in [(b[0], subs[0], r[1], "疏散干道"), (b[1], subs[1], r[2], "防护设备"),
                                (b[2], subs[2], r[3], "标识"), (b[4], subs[4], r[4], "征收管理")]:
        ck.eq("balance_mismatch", D(bud) - D(spent), bal, f"{nm} 结余")
    for (y,) in ck.every(r"已结转(\d{4})年"):
        ck.ok("year_mismatch", int(y) == year + 1, f"已结转{y}年 in a {year} report")
    avg = ck.one(r"(\d+)套，平均每套(" + NUM + r")万元")
    ck.eq("average_mismatch", D(subs[1]) / D(avg[0]), avg[1], "平均每套")
    ck.same(avg[0], str(num(byname["更新防护密闭门及排风设备"]["actual"])), "设备套数")
    ck.same(ck.one(r"完成加固维修(\d+)米")[0], str(num(byname["疏散干道加固维修长度"]["actual"])), "加固长度")
    ck.same(ck.one(r"中标单价(\d+)元/米")[0], str(num(byname["疏散干道加固维修单价"]["actual"])), "中标单价")
    ck.same(ck.one(r"新增可容纳疏散人数(\d+)人")[0], str(num(byname["新增可容纳疏散人数"]["actual"])), "疏散人数")
    q = ck.one(r"发放问卷(\d+)份，回收有效问卷(\d+)份，满意(\d+)份，满意度(" + NUM + r")%")
    ck.eq("rate_mismatch", D(q[2]) / D(q[1]) * 100, q[3], "满意度")
    ck.same(q[3], str(num(byname["工程周边居民满意度"]["actual"])), "满意度 text vs table")
    return ck


CHECKS = {
    "funing-rfgcweihu-2021": check_funing,
    "kaiping-jingbaoqi-2023": check_kaiping,
    "fenyang-zhihuisuo-2020": check_fenyang,
    "yiliang-rfxuanjiao-2024": check_yiliang,
    "diaobingshan-yidifei-2019": check_diaobingshan,
}


def run_checks(src, text):
    try:
        return CHECKS[src](text)
    except Exception as exc:  # a parse that breaks counts as a failed check
        ck = Ck(text)
        ck.fails.append(("parse", f"exception {type(exc).__name__}: {exc}"))
        return ck


def changed_region(a, b):
    """common prefix/suffix removal: returns (start, end_in_a, end_in_b)."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    if len(clean_text) != 5:
        problems.append(f"{len(clean_text)} clean drafts, expected 5")

    print("== clean drafts")
    for src, text in clean_text.items():
        n = len(text)
        if not 3000 <= n <= 9000:
            problems.append(f"{src}: clean draft has {n} characters")
        ck = run_checks(src, text)
        bad = [f for f in ck.fails]
        print(f"{src}: {n} chars, {ck.n} checks, {len(bad)} failed")
        for code, msg in bad:
            problems.append(f"{src}-clean: [{code}] {msg}")

    print("== error cases")
    per_source = {}
    for lab in labels:
        if lab["clean"]:
            if lab["expected"] != []:
                problems.append(f"{lab['case']}: clean case with expectations")
            continue
        case, src = lab["case"], lab["source"]
        per_source[src] = per_source.get(src, 0) + 1
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{case}: {len(exp)} expectations, expected exactly one")
            continue
        e = exp[0]
        if e.get("code") not in CODES or e.get("severity") != "error" or not e.get("value") or not e.get("explanation"):
            problems.append(f"{case}: bad expectation {e}")
            continue
        counts[e["code"]] += 1
        occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
        if not occ:
            problems.append(f"{case}: value {e['value']!r} not found")
            continue
        clean = clean_text[src]
        s, end_clean, end_err = changed_region(clean, text)
        if s >= end_err and s >= end_clean:
            problems.append(f"{case}: identical to its clean draft")
            continue
        size = max(end_clean, end_err) - s
        if size > 120:
            problems.append(f"{case}: changed region is {size} characters long")
        if not any(o < max(end_err, s + 1) and o + len(e["value"]) > s for o in occ):
            problems.append(f"{case}: value does not overlap the changed region [{s},{end_err})")
        ck = run_checks(src, text)
        codes = sorted({c for c, _ in ck.fails if c not in WARNING_CODES})
        parse = [m for c, m in ck.fails if c == "parse"]
        hit = e["code"] in codes
        if not hit:
            problems.append(f"{case}: no check tagged {e['code']} fails; failing: {codes} {parse}")
        extra = [c for c in codes if c != e["code"]]
        print(f"{case}: {e['code']:<22} region {size:>3} chars  own checks: {'found' if hit else 'MISSED'}"
              + (f"  (also: {', '.join(extra)})" if extra else ""))
        for c, msg in ck.fails:
            if c == e["code"]:
                print(f"      {c}: {msg}")
    for src, n in per_source.items():
        if n != 6:
            problems.append(f"{src}: {n} error cases, expected 6")
    print("== codes")
    for c in CODES:
        print(f"{c:<22} {counts[c]}")
        if counts[c] < 2:
            problems.append(f"code {c} occurs {counts[c]} times (< 2)")
    if problems:
        print("== PROBLEMS")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
