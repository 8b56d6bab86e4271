#!/usr/bin/env python3
"""Verify drafts219.

1. labels.jsonl is well formed: every case file exists, clean cases have no expected findings, every label value
   occurs in its case and overlaps the changed region, each of the 13 §A codes occurs at least twice.
2. every error case differs from its clean draft in one place (one contiguous changed region).
3. the arithmetic of every clean draft is redone from the figures printed in it (rates, sums, balances, weights,
   scores, completion, grade band, averages, repeated figures, units, years) -- all checks must pass;
   the same checks are then run on each error case, and each must fail at least one of them.
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

problems = []


def fail(msg):
    problems.append(msg)


# ---------------------------------------------------------------- numeric helpers
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the string as printed; computed: a Decimal. Tolerance = half a unit of the last printed digit."""
    v = D(stated.strip().rstrip("%"))
    tol = D(5) / (D(10) ** (decimals(stated) + 1)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
               "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, name, text):
        self.name, self.text, self.errors, self.n = name, text, [], 0

    def err(self, msg):
        self.errors.append(msg)

    def ok(self, cond, msg):
        self.n += 1
        if not cond:
            self.err(msg)
        return cond

    def one(self, pattern):
        """groups of the single match of pattern (must occur exactly once)."""
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            self.err(f"pattern {pattern!r} matched {len(ms)} times")
            return None
        return ms[0].groups()

    def all(self, pattern):
        return [m.groups() for m in re.finditer(pattern, self.text)]

    def rows(self, first):
        """table rows (lists of cells) whose first cell equals / starts with one of `first`."""
        out = []
        for line in self.text.split("\n"):
            if "｜" in line:
                cells = line.split("｜")
                if any(cells[0] == f or cells[0].startswith(f) for f in first):
                    out.append(cells)
        return out

    def row(self, first):
        rs = self.rows([first])
        if len(rs) != 1:
            self.err(f"table row {first!r} found {len(rs)} times")
            return None
        return rs[0]

    # ---- shared rules
    def eq(self, stated, computed, what):
        self.n += 1
        try:
            self.ok(close(stated, computed), f"{what}: stated {stated}, computed {q2(computed)}")
        except Exception as exc:  # unparsable figure
            self.err(f"{what}: cannot read {stated!r} ({exc})")

    def same(self, values, what):
        vals = [D(v) for v in values]
        return self.ok(len(set(vals)) == 1, f"{what}: differing values {values}")

    def grade_ok(self, total, word, what):
        g = GRADE_WORDS.get(word)
        self.ok(g == grade(total), f"{what}: total {total} is {grade(total)}, stated {word}")

    def year_ok(self, year, stated, what):
        self.ok(int(stated) == year, f"{what}: year {stated}, evaluation year {year}")


NUM = r"(\d+(?:\.\d+)?)"


def split_target(s):
    """(direction, number, unit) of a target / actual cell; number None when qualitative."""
    s = s.strip()
    direction = "eq"
    if s[:1] in "≥＞>":
        direction, s = "gte", s[1:]
    elif s[:1] in "≤＜<":
        direction, s = "lte", s[1:]
    elif s[:1] in "=＝":
        s = s[1:]
    m = re.match(r"^(\d+(?:\.\d+)?)(.*)$", s)
    if not m:
        return direction, None, s
    return direction, D(m.group(1)), m.group(2).strip()


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return a / t * 100


def rule_score(direction, t, a, w):
    if direction == "lte":
        return w if a <= t else w * t / a
    if direction == "eq" and t == 0:
        return w if a <= 0 else D(0)
    return min(w, w * a / t)


def check_indicator(c, cells, ti, ai, wi, si, ci=None, unit_col=None, dir_col=None):
    """one indicator row: unit, score <= weight, score rule, completion column, satisfaction range."""
    label = cells[2] if len(cells) > 2 else cells[0]
    w, s = D(cells[wi]), D(cells[si])
    c.ok(0 <= s <= w, f"{label}: score {s} outside [0, weight {w}]")
    if dir_col is not None:
        dmark = cells[dir_col]
        if dmark == "定性":
            return
        direction = {"≥": "gte", "≤": "lte", "=": "eq"}.get(dmark, "eq")
        t = D(cells[ti])
        am = re.match(r"^\d+(?:\.\d+)?$", cells[ai].strip())
        if not am:
            c.err(f"{label}: actual {cells[ai]!r} not a number in unit {cells[unit_col]}")
            return
        a, tu, au = D(cells[ai]), cells[unit_col], cells[unit_col]
    else:
        date = r"^\d{4}年\d{1,2}月\d{1,2}日"
        if re.match(date, cells[ti]):
            c.ok(bool(re.match(date, cells[ai])), f"{label}: date target {cells[ti]!r} but actual {cells[ai]!r}")
            return  # a date target: met when on or before the date
        direction, t, tu = split_target(cells[ti])
        _, a, au = split_target(cells[ai])
        if t is None:
            return  # qualitative
        if a is None or tu != au:
            c.err(f"{label}: target {cells[ti]!r} and actual {cells[ai]!r} are not in the same unit")
            return
    if tu == "%" and ("满意度" in label or "率" in label):
        c.ok(a <= 100, f"{label}: rate {a}% above 100%")
    exp = rule_score(direction, t, a, w)
    c.ok(close(cells[si], exp), f"{label}: score {cells[si]} but rule gives {q2(exp)}")
    if ci is not None and cells[ci] not in ("—", ""):
        comp = completion(direction, t, a)
        if comp is not None:
            c.eq(cells[ci], comp, f"{label}: completion")


# ---------------------------------------------------------------- per-draft arithmetic
def chk_shuangfeng(c):
    year = 2022
    c.year_ok(year, c.one(r"^双峰县新时代文明实践中心建设项目\n(\d{4})年度")[0] if c.one(r"^双峰县新时代文明实践中心建设项目\n(\d{4})年度") else year, "title")
    init, carry = c.one(r"年初安排项目预算" + NUM + r"万元，含上年结转资金" + NUM + r"万元") or (None, None)
    add, annual = c.one(r"追加预算" + NUM + r"万元，全年预算" + NUM + r"万元") or (None, None)
    y_end = c.one(r"截至(\d{4})年12月31日")
    spent, rate, bal = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + r"万元") or (None,) * 3
    y_next = c.one(r"结转至(\d{4})年")
    if y_end:
        c.year_ok(year, y_end[0], "截至…12月31日")
    if y_next:
        c.year_ok(year + 1, y_next[0], "结转至")
    if init and add:
        c.eq(annual, D(init) + D(add), "全年预算 = 年初 + 追加")
    if spent:
        c.eq(rate, D(spent) / D(annual) * 100, "预算执行率 (text)")
        c.eq(bal, D(annual) - D(spent), "结余 (text)")
    # funds block
    tot = c.row("年度资金总额")
    parts = [c.row("其中：当年财政拨款"), c.row("上年结转资金"), c.row("其他资金")]
    if tot and all(parts):
        for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            c.eq(tot[i], sum(D(p[i]) for p in parts), f"{col} = components")
        c.eq(tot[1], D(init), "年初预算 table vs text")
        c.eq(tot[2], D(annual), "全年预算 table vs text")
        c.eq(tot[3], D(spent), "全年执行 table vs text")
        c.eq(parts[1][1], D(carry), "上年结转 table vs text")
        c.eq(tot[5], D(tot[3]) / D(tot[2]) * 100, "执行率 (table)")
        c.eq(tot[6], D(tot[4]) * min(D(1), D(tot[3]) / D(tot[2])), "执行率得分")
    # sub-items
    subs = c.all(r"(阵地提质|志愿服务活动|理论宣讲及文艺惠民|骨干培训及宣传氛围营造)预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + r"%")
    c.ok(len(subs) == 4, f"4 sub-items expected, found {len(subs)}")
    for name, b, s, r in subs:
        c.eq(r, D(s) / D(b) * 100, f"{name} 执行率")
    if subs and annual:
        c.eq(annual, sum(D(b) for _, b, _, _ in subs), "sub-item budgets = 全年预算")
        c.eq(spent, sum(D(s) for _, _, s, _ in subs), "sub-item spending = 全年执行")
        lx = [s for n, _, s, _ in subs if n == "理论宣讲及文艺惠民"][0]
        again = c.all(r"理论宣讲及文艺惠民支出" + NUM + r"万元")
        c.same([lx] + [a[0] for a in again], "理论宣讲及文艺惠民支出 stated twice")
        zd = [s for n, _, s, _ in subs if n == "阵地提质"][0]
        n_st, avg = c.one(r"(\d+)个实践站平均补助" + NUM + r"万元") or (None, None)
        if n_st:
            c.eq(avg, D(zd) / D(n_st), "平均补助 = 阵地提质支出 / 站数")
    per, allow = c.one(r"宣讲补贴按每场(\d+)元") , c.one(r"发放宣讲补贴" + NUM + r"万元")
    talks = c.one(r"开展理论宣讲(\d+)场，完成率为" + NUM + r"%")
    tgt = c.one(r"开展理论宣讲不少于(\d+)场")
    if per and allow and talks:
        c.eq(allow[0], D(per[0]) * D(talks[0]) / 10000, "宣讲补贴 = 场次 × 标准")
    if talks and tgt:
        c.eq(talks[1], D(talks[0]) / D(tgt[0]) * 100, "理论宣讲完成率")
    got = c.one(r"发放问卷(\d+)份，收回有效问卷(\d+)份，有效率" + NUM + r"%")
    if got:
        c.eq(got[2], D(got[1]) / D(got[0]) * 100, "问卷有效率")
    over = c.one(r"超出目标" + NUM + r"%")
    # indicators
    inds = c.rows(["产出指标", "效益指标", "满意度指标"])
    for cells in inds:
        check_indicator(c, cells, 3, 4, 5, 6)
    wsum = D(tot[4]) + sum(D(x[5]) for x in inds) if tot else None
    c.ok(wsum == 100, f"weights sum to {wsum}")
    total_row = c.row("总分")
    ssum = D(tot[6]) + sum(D(x[6]) for x in inds)
    if total_row:
        c.ok(D(total_row[5]) == wsum, "总分 分值 row")
        c.eq(total_row[6], ssum, "总分 得分 = Σ row scores")
    part = {k: sum(D(x[6]) for x in inds if x[0] == k) for k in ("产出指标", "效益指标", "满意度指标")}
    t_exec, t_out, t_ben, t_sat, t_total, word = c.one(
        r"预算执行率得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM
        + r"分，综合自评得分" + NUM + r"分，等级为“(\S+?)”") or (None,) * 6
    if t_total:
        c.eq(t_exec, D(tot[6]), "text 执行率得分")
        c.eq(t_out, part["产出指标"], "text 产出得分")
        c.eq(t_ben, part["效益指标"], "text 效益得分")
        c.eq(t_sat, part["满意度指标"], "text 满意度得分")
        c.eq(t_total, ssum, "text total")
        c.grade_ok(D(t_total), word, "grade")
    sat_text = c.one(r"满意度为" + NUM + r"%")
    sat_row = [x for x in inds if x[2] == "群众满意度"]
    if sat_text and sat_row:
        c.same([sat_text[0], split_target(sat_row[0][4])[1]], "群众满意度 text vs table")
    part_row = [x for x in inds if x[2] == "群众参与文明实践活动"]
    if over and part_row:
        _, t, _ = split_target(part_row[0][3])
        _, a, _ = split_target(part_row[0][4])
        c.eq(over[0], (a - t) / t * 100, "超出目标 %")
    cost = [x for x in inds if x[1] == "成本指标"]
    if cost and n_st:
        c.same([avg, split_target(cost[0][4])[1]], "平均补助 text vs 成本指标 actual")


def chk_peixian(c):
    year = 2021
    hdr = c.one(r"^沛县融媒体中心\n(\d{4})年度")
    if hdr:
        c.year_ok(year, hdr[0], "title")
    init, add, other, annual = c.one(r"年初预算" + NUM + r"万元，年中追加财政拨款" + NUM + r"万元.*?广告经营收入" + NUM
                                     + r"万元纳入项目统筹使用，全年预算" + NUM + r"万元") or (None,) * 4
    spent, rate = c.one(r"全年执行" + NUM + r"万元，执行率" + NUM + r"%") or (None, None)
    if init:
        c.eq(annual, D(init) + D(add) + D(other), "全年预算 = 年初 + 追加 + 广告收入")
    if spent:
        c.eq(rate, D(spent) / D(annual) * 100, "执行率 (text)")
    tot = c.row("年度资金总额")
    parts = [c.row("其中：当年财政拨款"), c.row("上年结转资金"), c.row("其他资金")]
    if tot and all(parts):
        for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            c.eq(tot[i], sum(D(p[i]) for p in parts), f"{col} = components")
        for r in [tot] + parts:
            if D(r[2]) == 0:
                c.ok(r[4] in ("—", "0", "0.00%"), f"{r[0]}: rate on a zero budget")
            else:
                c.eq(r[4], D(r[3]) / D(r[2]) * 100, f"{r[0]} 执行率")
                c.ok(D(r[3]) <= D(r[2]), f"{r[0]}: spent above budget")
        c.eq(tot[1], D(init), "年初 table vs text")
        c.eq(tot[2], D(annual), "全年 table vs text")
        c.eq(tot[3], D(spent), "执行 table vs text")
        c.eq(parts[2][2], D(other), "其他资金 = 广告收入")
    uses = c.one(r"融媒体平台运维支出" + NUM + r"万元，新闻采编制作支出" + NUM + r"万元，设备购置更新支出" + NUM
                 + r"万元，应急广播系统运维支出" + NUM + r"万元")
    if uses and spent:
        c.eq(spent, sum(D(u) for u in uses), "用途 parts = 全年执行")
    per, fee = c.one(r"每个终端每年(\d+)元"), c.one(r"全年终端维护费(\d+)(万元|元)")
    inds = c.rows(["预算执行率", "产出指标", "效益指标", "满意度指标"])
    term = [x for x in inds if x[2] == "应急广播终端在线维护"]
    if per and fee and term and uses:
        n = split_target(term[0][4])[1]
        fee_wan = D(fee[0]) / (10000 if fee[1] == "元" else 1)
        c.eq(fee[0] if fee[1] == "万元" else str(fee_wan), D(per[0]) * n / 10000, "终端维护费 = 个数 × 单价")
        c.ok(fee_wan <= D(uses[3]), "终端维护费 within 应急广播系统运维")
    bal = c.one(r"年末结余" + NUM + r"万元")
    if bal and spent:
        c.eq(bal[0], D(annual) - D(spent), "结余 = 全年预算 − 执行")
    y = c.one(r"已结转至(\d{4})年")
    if y:
        c.year_ok(year + 1, y[0], "结转至")
    # indicator table: 0 一级 1 二级 2 三级 3 目标 4 实际 5 完成率 6 分值 7 得分
    ex = [x for x in inds if x[0] == "预算执行率"]
    if ex and tot:
        c.eq(ex[0][4], D(tot[3]) / D(tot[2]) * 100, "执行率 row actual")
        c.eq(ex[0][5], D(tot[3]) / D(tot[2]) * 100, "执行率 row completion")
        c.eq(ex[0][7], D(ex[0][6]) * min(D(1), D(tot[3]) / D(tot[2])), "执行率 row score")
    for cells in inds:
        if cells[0] != "预算执行率":
            check_indicator(c, cells, 3, 4, 6, 7, ci=5)
    wsum = sum(D(x[6]) for x in inds)
    c.ok(wsum == 100, f"weights sum to {wsum}")
    ssum = sum(D(x[7]) for x in inds)
    total_row = c.row("合计")
    if total_row:
        c.ok(D(total_row[6]) == wsum, "合计 分值")
        c.eq(total_row[7], ssum, "合计 得分 = Σ rows")
    p = c.one(r"得分分别为" + NUM + r"分、" + NUM + r"分、" + NUM + r"分和" + NUM + r"分，综合得分" + NUM + r"分，评价等级为(\S+?)。")
    if p:
        part = [sum(D(x[7]) for x in inds if x[0] == k) for k in ("预算执行率", "产出指标", "效益指标", "满意度指标")]
        for s, v, k in zip(p[:4], part, ("执行", "产出", "效益", "满意度")):
            c.eq(s, v, f"text {k} score")
        c.eq(p[4], ssum, "text total")
        c.grade_ok(D(p[4]), p[5], "grade")
    gr = c.one(r"较2020年的(\d+)条增长" + NUM + r"%")
    cnt = [x for x in inds if x[2] == "全媒体原创稿件发布量"]
    if gr and cnt:
        a = split_target(cnt[0][4])[1]
        c.eq(gr[1], (a - D(gr[0])) / D(gr[0]) * 100, "稿件增长率")
    for label, pat in (("受众满意度", r"受众满意度为" + NUM + r"%"), ("新闻稿件差错率", r"差错率控制在" + NUM + r"%"),
                       ("融媒体平台运维成本", r"平台运维成本" + NUM + r"万元")):
        t = c.one(pat)
        r = [x for x in inds if x[2] == label]
        if t and r:
            c.same([t[0], split_target(r[0][4])[1]], f"{label} text vs table")
    if uses:
        r = [x for x in inds if x[2] == "融媒体平台运维成本"]
        if r:
            c.same([uses[0], split_target(r[0][4])[1]], "平台运维支出 vs 成本指标")
    if term:
        t, a = split_target(term[0][3])[1], split_target(term[0][4])[1]
        m = c.one(r"(\d+)个终端因道路改造拆除")
        if m:
            c.ok(D(m[0]) == t - a, "拆除终端数 = 目标 − 实际")
    for k, pat in (("客户端下载量", r"客户端下载量达到" + NUM + r"万次；"), ):
        t = c.one(pat)
        r = [x for x in inds if "客户端下载量" in x[2]]
        if t and r:
            c.same([t[0], split_target(r[0][4])[1]], "下载量 text vs table")


def chk_junlian(c):
    year = 2024
    hdr = c.one(r"^(\d{4})年度筠连县委网信办")
    if hdr:
        c.year_ok(year, hdr[0], "title")
    tb = c.one(r"附表：(\d{4})年度项目支出绩效自评表")
    if tb:
        c.year_ok(year, tb[0], "table header")
    yb, init, fis, unit = c.one(r"(\d{4})年县财政年初批复预算" + NUM + r"万元，其中财政资金" + NUM + r"万元、单位资金" + NUM + r"万元") or (None,) * 4
    if yb:
        c.year_ok(year, yb, "年初批复")
        c.eq(init, D(fis) + D(unit), "年初批复 = 财政 + 单位")
    cut, add, annual = c.one(r"调减财政资金" + NUM + r"万元；同时追加单位资金" + NUM + r"万元，调整后预算" + NUM + r"万元") or (None,) * 3
    if cut and init:
        c.eq(annual, D(init) - D(cut) + D(add), "调整后预算")
    spent, rate = c.one(r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + r"%") or (None, None)
    if spent:
        c.eq(rate, D(spent) / D(annual) * 100, "执行率 (text)")
    uses = c.one(r"网络舆情监测服务" + NUM + r"万元，网络安全应急演练" + NUM + r"万元，等级保护测评" + NUM + r"万元，安全设备维保及漏洞扫描" + NUM + r"万元")
    if uses and spent:
        c.eq(spent, sum(D(u) for u in uses), "支出明细 = 全年支出")
    n_sys, avg = c.one(r"全年有(\d+)个信息系统完成等保测评，平均每个系统测评费" + NUM + r"万元") or (None, None)
    if n_sys and uses:
        c.eq(avg, D(uses[2]) / D(n_sys), "平均测评费")
    unused = c.one(r"未使用的" + NUM + r"万元")
    if unused and spent:
        c.eq(unused[0], D(annual) - D(spent), "未使用 = 预算 − 支出")
    ret = c.one(r"已于(\d{4})年1月由县财政收回")
    if ret:
        c.ok(int(ret[0]) == year + 1, "收回 year")
    contract = c.one(r"合同金额" + NUM + r"万元")
    tot = c.row("年度资金总额")
    parts = [c.row("其中：财政资金"), c.row("财政专户管理资金"), c.row("单位资金"), c.row("其他资金")]
    if tot and all(parts):
        for i, col in ((1, "年初预算数"), (2, "全年预算数（A）"), (3, "全年执行数（B）")):
            c.eq(tot[i], sum(D(p[i]) for p in parts), f"{col} = components")
        for r in [tot] + parts:
            if D(r[2]) == 0:
                c.ok(r[5] in ("—", "0"), f"{r[0]}: rate printed on a zero budget")
            else:
                c.eq(r[5], D(r[3]) / D(r[2]) * 100, f"{r[0]} 执行率")
        c.eq(tot[1], D(init), "年初 table vs text")
        c.eq(tot[2], D(annual), "全年 table vs text")
        c.eq(tot[3], D(spent), "执行 table vs text")
        c.eq(parts[0][1], D(fis), "财政资金 年初 table vs text")
        c.eq(parts[0][2], D(fis) - D(cut), "财政资金 全年 = 年初 − 调减")
        c.eq(parts[2][2], D(unit) + D(add), "单位资金 全年 = 年初 + 追加")
        c.eq(tot[6], D(tot[4]) * min(D(1), D(tot[3]) / D(tot[2])), "执行率得分")
    # indicators: 0 一级 1 二级 2 三级 3 性质 4 指标值 5 单位 6 实际 7 分值 8 得分
    inds = c.rows(["产出指标", "效益指标"])
    for cells in inds:
        check_indicator(c, cells, 4, 6, 7, 8, unit_col=5, dir_col=3)
        if cells[3] == "定性":
            w, s = D(cells[7]), D(cells[8])
            c.ok(w * D("0.6") <= s < w * D("0.8"), "定性 部分达成 band [60%, 80%)")
    wsum = D(tot[4]) + sum(D(x[7]) for x in inds) if tot else None
    c.ok(wsum == 100, f"weights sum to {wsum}")
    c.ok(sum(D(x[7]) for x in inds if x[0] == "产出指标") == 60, "产出 weights = 60")
    c.ok(sum(D(x[7]) for x in inds if x[0] == "效益指标") == 30, "效益 weights = 30")
    ssum = D(tot[6]) + sum(D(x[8]) for x in inds)
    total_row = c.row("合计")
    if total_row:
        c.ok(D(total_row[7]) == wsum, "合计 分值")
        c.eq(total_row[8], ssum, "合计 得分")
    g = c.one(r"本项目得分" + NUM + r"分，评价等级为(\S+?)。")
    if g:
        c.eq(g[0], ssum, "text total")
        c.grade_ok(D(g[0]), g[1], "grade")
    cost = [x for x in inds if x[2] == "网络舆情监测服务费用"]
    if cost and uses and contract:
        c.same([uses[0], contract[0], cost[0][6]], "舆情监测服务费 (text, contract, table)")
    neg = c.one(r"涉县负面舆情(\d+)起，及时处置(\d+)起，及时处置率" + NUM + r"%")
    r = [x for x in inds if x[2] == "涉县负面舆情及时处置率"]
    if neg:
        c.eq(neg[2], D(neg[1]) / D(neg[0]) * 100, "及时处置率")
        if r:
            c.same([neg[2], r[0][6]], "及时处置率 text vs table")
    for label, pat in (("网络安全应急演练次数", r"组织网络安全应急演练(\d+)次；"),
                       ("党政机关网站及政务新媒体安全检测", r"开展安全检测(\d+)个次"),
                       ("重要信息系统等级保护测评", r"完成(\d+)个重要信息系统等保测评"),
                       ("舆情监测报告报送及时率", r"报送及时率为" + NUM + r"%")):
        t = c.one(pat)
        r = [x for x in inds if x[2] == label]
        if t and r:
            c.same([t[0], r[0][6]], f"{label} text vs table")
    objs = c.one(r"账号共(\d+)个，每半年检测一次")
    chk = [x for x in inds if x[2] == "党政机关网站及政务新媒体安全检测"]
    if objs and chk:
        c.ok(D(objs[0]) * 2 == D(chk[0][6]), "检测对象 × 2 = 检测个次")


def chk_dongliao(c):
    year = 2020
    hdr = c.one(r"^中共东辽县委宣传部\n(\d{4})年度")
    if hdr:
        c.year_ok(year, hdr[0], "title")
    tb = c.one(r"部门整体支出绩效自评表（(\d{4})年度）")
    if tb:
        c.year_ok(year, tb[0], "table header")
    adv = c.one(r"于(\d{4})年12月提前下达")
    if adv:
        c.ok(int(adv[0]) in (year - 1, year), "advance issued in the December before the year")
    income = c.one(r"部门收入合计" + NUM + r"万元")
    fin, carry, tin = c.row("财政拨款收入"), c.row("上年结转"), c.row("收入合计")
    if fin and carry and tin:
        c.eq(tin[1], D(fin[1]) + D(carry[1]), "收入合计 = 财政拨款 + 上年结转")
        c.eq(tin[1], D(income[0]), "收入合计 table vs text")
    exe, rate, cf = c.one(r"全年执行" + NUM + r"万元，预算执行率" + NUM + r"%，年末结转" + NUM + r"万元") or (None,) * 3
    y = c.one(r"结转至(\d{4})年")
    if y:
        c.year_ok(year + 1, y[0], "结转至")
    b, p, t = c.row("基本支出"), c.row("项目支出"), c.rows(["合计"])
    t2 = [x for x in t if len(x) == 4]
    t3 = [x for x in t if len(x) == 5]
    if b and p and t2:
        tt = t2[0]
        for i in (1, 2):
            c.eq(tt[i], D(b[i]) + D(p[i]), "表2 合计 = 基本 + 项目")
        for r in (b, p, tt):
            c.eq(r[3], D(r[2]) / D(r[1]) * 100, f"表2 {r[0]} 执行率")
        c.eq(tt[1], D(income[0]), "支出预算 = 收入合计")
        c.eq(tt[2], D(exe), "全年执行 table vs text")
        c.eq(rate, D(tt[2]) / D(tt[1]) * 100, "执行率 (text)")
        c.eq(cf, D(tt[1]) - D(tt[2]), "年末结转 = 预算 − 执行")
    pers = c.one(r"人员经费" + NUM + r"万元、公用经费" + NUM + r"万元")
    if pers and b:
        c.eq(b[2], D(pers[0]) + D(pers[1]), "基本支出 = 人员 + 公用")
    sg = c.one(r"“三公”经费支出" + NUM + r"万元，其中公务接待费" + NUM + r"万元、公务用车运行维护费" + NUM + r"万元")
    if sg:
        c.eq(sg[0], D(sg[1]) + D(sg[2]), "三公 = 接待 + 用车")
        last = c.one(r"比2019年的" + NUM + r"万元下降" + NUM + r"%")
        if last:
            c.eq(last[1], (D(last[0]) - D(sg[0])) / D(last[0]) * 100, "三公 下降率")
    projs = [x for x in c.rows(["理论宣讲及", "新时代文明实践中心试点", "公益广告及", "网络舆情监测及"]) if len(x) == 5]
    c.ok(len(projs) == 4, "4 project rows")
    for r in projs:
        c.eq(r[3], D(r[2]) / D(r[1]) * 100, f"{r[0]} 执行率")
        c.ok(D(r[4]) <= 100, f"{r[0]} score above 100")
    if t3 and p:
        c.eq(t3[0][1], sum(D(r[1]) for r in projs), "表3 预算合计")
        c.eq(t3[0][2], sum(D(r[2]) for r in projs), "表3 执行合计")
        c.eq(t3[0][3], D(t3[0][2]) / D(t3[0][1]) * 100, "表3 执行率")
        c.same([t3[0][1], p[1]], "项目支出预算 表2 vs 表3")
        c.same([t3[0][2], p[2]], "项目支出执行 表2 vs 表3")
    avg = c.one(r"4个项目平均自评得分" + NUM + r"分")
    if avg:
        c.eq(avg[0], sum(D(r[4]) for r in projs) / len(projs), "平均自评得分")
    ex = c.row("部门预算总额")
    if ex and t2:
        c.same([ex[1], t2[0][1]], "自评表 预算 vs 表2")
        c.same([ex[2], t2[0][2]], "自评表 执行 vs 表2")
        c.eq(ex[4], D(ex[2]) / D(ex[1]) * 100, "自评表 执行率")
        c.eq(ex[5], D(ex[3]) * min(D(1), D(ex[2]) / D(ex[1])), "执行率得分")
    inds = c.rows(["产出指标", "效益指标", "满意度指标"])
    for cells in inds:
        check_indicator(c, cells, 3, 4, 5, 6)
    wsum = D(ex[3]) + sum(D(x[5]) for x in inds)
    c.ok(wsum == 100, f"weights sum to {wsum}")
    ssum = D(ex[5]) + sum(D(x[6]) for x in inds)
    g = c.one(r"综合自评得分" + NUM + r"分，评价等级为(\S+?)。")
    if g:
        c.eq(g[0], ssum, "text total = Σ table scores")
        c.grade_ok(D(g[0]), g[1], "grade")
    for label, pat in (("理论宣讲场次", r"开展宣讲(\d+)场"), ("社会主义核心价值观群众知晓率", r"群众知晓率为" + NUM + r"%"),
                       ("上级主流媒体刊发东辽稿件", r"刊发东辽稿件(\d+)篇"), ("公益广告刊播", r"刊播公益广告(\d+)条")):
        t = c.one(pat)
        r = [x for x in inds if x[2] == label]
        if t and r:
            c.same([t[0], split_target(r[0][4])[1]], f"{label} text vs table")


def chk_bole(c):
    year = 2019
    hdr = c.one(r"^中共博乐市委宣传部\n(\d{4})年度")
    if hdr:
        c.year_ok(year, hdr[0], "title")
    y0, init, add, annual = c.one(r"(\d{4})年该项目年初预算" + NUM + r"万元，年中追加" + NUM + r"万元，全年预算" + NUM + r"万元") or (None,) * 4
    if y0:
        c.year_ok(year, y0, "budget sentence")
        c.eq(annual, D(init) + D(add), "全年预算 = 年初 + 追加")
    src = c.one(r"自治区补助资金" + NUM + r"万元、州级补助资金" + NUM + r"万元、市本级财政资金" + NUM + r"万元")
    if src and annual:
        c.eq(annual, sum(D(s) for s in src), "资金来源合计")
    ye, rec, rr, spent, rate, bal = c.one(r"截至(\d{4})年12月31日，项目资金实际到位" + NUM + r"万元，到位率" + NUM + r"%；全年实际支出"
                                        + NUM + r"万元，预算执行率" + NUM + r"%，结余" + NUM + r"万元") or (None,) * 6
    if ye:
        c.year_ok(year, ye, "截至")
        c.eq(rr, D(rec) / D(annual) * 100, "到位率")
        c.eq(rate, D(spent) / D(annual) * 100, "执行率")
        c.eq(bal, D(rec) - D(spent), "结余 = 到位 − 支出")
    again = c.all(r"项目全年支出" + NUM + r"万元")
    if spent:
        c.same([spent] + [a[0] for a in again], "全年支出 restated")
    costs = c.one(r"造价分别为" + r"、".join([NUM + r"万元"] * 6) + r"，合计" + NUM + r"万元，平均每块" + NUM + r"万元")
    if costs:
        six = [D(x) for x in costs[:6]]
        c.eq(costs[6], sum(six), "广告牌造价合计")
        c.eq(costs[7], sum(six) / 6, "广告牌平均造价")
    n_built, per, unit_word, sub = c.one(r"小型宣传栏(\d+)个，每个(\d+)(万元|元)，计" + NUM + r"万元") or (None,) * 4
    if n_built:
        per_wan = D(per) / (10000 if unit_word == "元" else 1)
        c.eq(sub, D(n_built) * per_wan, "宣传栏 = 个数 × 单价")
    plan, comp = c.one(r"年度计划(\d+)个，完成率" + NUM + r"%") or (None, None)
    if plan and n_built:
        c.eq(comp, D(n_built) / D(plan) * 100, "宣传栏完成率")
    both = c.one(r"以上两项户外公益广告牌制作安装共支出" + NUM + r"万元")
    if both and costs and sub:
        c.eq(both[0], D(costs[6]) + D(sub), "两项合计")
    hours, target, comp2, put = c.one(r"投放公益广告(\d+)小时，年度目标(\d+)小时，完成率" + NUM + r"%，投放支出" + NUM + r"万元") or (None,) * 4
    if hours:
        c.eq(comp2, D(hours) / D(target) * 100, "投放完成率")
    pr = c.one(r"宣传品" + NUM + r"万元，")
    mt = c.one(r"破损画面更换等支出" + NUM + r"万元")
    if both and put and pr and mt and spent:
        c.eq(spent, D(both[0]) + D(put) + D(pr[0]) + D(mt[0]), "支出明细 = 全年支出")
    cap = c.one(r"单个宣传栏造价不超过(\d+)元")
    one_cost = c.one(r"小型宣传栏单个造价(\d+)元")
    if cap and one_cost and per:
        c.same([one_cost[0], per if unit_word == "元" else str(D(per) * 10000)], "宣传栏单价 restated")
        c.ok(D(one_cost[0]) <= D(cap[0]), "宣传栏单价 within cap")
    sv = c.one(r"对城区和乡镇(\d+)名群众开展问卷调查，其中(\d+)人.*?知晓率为" + NUM + r"%")
    if sv:
        c.eq(sv[2], D(sv[1]) / D(sv[0]) * 100, "知晓率")
    cov = c.one(r"公益广告覆盖率达到" + NUM + r"%。")
    cov0 = c.one(r"2018年城区主要街道公益广告覆盖率为" + NUM + r"%，本年提高了(\d+)个百分点")
    if cov and cov0:
        c.eq(cov0[1], D(cov[0]) - D(cov0[0]), "覆盖率提高")
    sat = c.one(r"设置的满意度为" + NUM + r"%")
    if sat:
        c.ok(D(sat[0]) <= 100, "满意度 ≤ 100")
    # scores (prose)
    wt = c.one(r"其中预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    if wt:
        c.ok(sum(D(x) for x in wt) == 100, "weights sum to 100")
    es = c.one(r"预算执行率得" + NUM + r"分")
    if es and spent:
        c.eq(es[0], D(wt[0]) * min(D(1), D(spent) / D(annual)), "执行率得分")
    outs = c.all(r"(新建广告牌|小型宣传栏|投放时长|审核合格率|完工时间|成本控制)(\d+)分、得" + NUM + r"分")
    c.ok(len(outs) == 6, f"6 output items expected, found {len(outs)}")
    for name, w, s in outs:
        c.ok(D(s) <= D(w), f"{name} score above weight")
    if wt and outs:
        c.ok(sum(D(w) for _, w, _ in outs) == D(wt[1]), "产出 item weights = 产出 weight")
    sb = [s for n, w, s in outs if n == "小型宣传栏"]
    if sb and plan:
        c.eq(sb[0], 10 * min(D(1), D(n_built) / D(plan)), "小型宣传栏 score")
    osum = c.one(r"产出指标合计得" + NUM + r"分")
    if osum:
        c.eq(osum[0], sum(D(s) for _, _, s in outs), "产出合计")
    ben = c.one(r"覆盖率和知晓率各(\d+)分，均得满分")
    satis = c.one(r"满意度指标得" + NUM + r"分")
    tot = c.one(r"综合得分" + NUM + r"分，评价等级为(\S+?)。")
    if ben and wt:
        c.ok(2 * D(ben[0]) == D(wt[2]), "效益 item weights")
    if tot and es and osum and ben and satis:
        total = D(es[0]) + D(osum[0]) + 2 * D(ben[0]) + D(satis[0])
        c.eq(tot[0], total, "综合得分 = Σ")
        c.grade_ok(D(tot[0]), tot[1], "grade")
    done = c.one(r"于(\d{4})年10月(\d+)日全部完工，比计划提前(\d+)天")
    if done:
        c.year_ok(year, done[0], "完工")
        c.ok(31 - int(done[1]) == int(done[2]), "提前天数")


CHECKS = {
    "shuangfeng-wenmingshijian-2022": chk_shuangfeng,
    "peixian-rongmeiti-2021": chk_peixian,
    "junlian-wangan-2024": chk_junlian,
    "dongliao-xuanchuanbu-2020": chk_dongliao,
    "bole-gongyiguanggao-2019": chk_bole,
}


def run_checks(source, name, text):
    c = Checker(name, text)
    try:
        CHECKS[source](c)
    except Exception as exc:  # a check could not even read its figures
        c.err(f"exception {type(exc).__name__}: {exc}")
    return c.errors, c.n


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(line) for line in fh if line.strip()]
    by_source = {}
    count = {c: 0 for c in CODES}
    files = set(os.listdir(CASES))
    listed = {r["case"] for r in labels}
    if files != listed:
        fail(f"case files and labels differ: {sorted(files ^ listed)}")
    for rec in labels:
        by_source.setdefault(rec["source"], []).append(rec)
    if len(by_source) != 5:
        fail(f"expected 5 sources, found {len(by_source)}")
    for src, recs in by_source.items():
        clean = [r for r in recs if r["clean"]]
        errs = [r for r in recs if not r["clean"]]
        if len(clean) != 1 or len(errs) != 6:
            fail(f"{src}: {len(clean)} clean and {len(errs)} error cases (want 1 and 6)")
            continue
        ctext = open(os.path.join(CASES, clean[0]["case"]), encoding="utf-8").read()
        n = len(ctext)
        if not 3000 <= n <= 9000:
            fail(f"{src}: clean draft has {n} characters")
        if clean[0]["expected"]:
            fail(f"{src}: clean case has expected findings")
        cerr, ncheck = run_checks(src, clean[0]["case"], ctext)
        print(f"{clean[0]['case']}: {n} characters, {ncheck} arithmetic checks, {len(cerr)} failed")
        for e in cerr:
            fail(f"{clean[0]['case']}: arithmetic: {e}")
        for r in errs:
            text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
            if not 3000 <= len(text) <= 9000:
                fail(f"{r['case']}: {len(text)} characters")
            if len(r["expected"]) != 1:
                fail(f"{r['case']}: {len(r['expected'])} expected findings (want 1)")
                continue
            exp = r["expected"][0]
            if exp["code"] not in CODES or exp["severity"] != "error":
                fail(f"{r['case']}: bad code/severity {exp['code']}/{exp['severity']}")
            count[exp["code"]] = count.get(exp["code"], 0) + 1
            p, e_new, e_old = changed_region(ctext, text)
            if text == ctext:
                fail(f"{r['case']}: identical to the clean draft")
            elif e_new - p > 120 or e_old - p > 120:
                fail(f"{r['case']}: changed region too long ({p}..{e_new})")
            v = exp["value"]
            occ = [i for i in range(len(text)) if text.startswith(v, i)]
            if not occ:
                fail(f"{r['case']}: value {v!r} not in the case")
            elif not any(i < max(e_new, p + 1) and p < i + len(v) for i in occ):
                fail(f"{r['case']}: value {v!r} does not overlap the change at {p}..{e_new}")
            if len(v) > 60:
                fail(f"{r['case']}: value too long")
            eerr, _ = run_checks(src, r["case"], text)
            new = [e for e in eerr if e not in cerr]
            if not new:
                fail(f"{r['case']}: the injected {exp['code']} breaks none of the arithmetic checks")
            else:
                print(f"  {r['case']:42s} {exp['code']:22s} caught: {new[0]}")
    for code in CODES:
        if count.get(code, 0) < 2:
            fail(f"code {code} occurs {count.get(code, 0)} times (need 2)")
    print("codes: " + ", ".join(f"{c}={count[c]}" for c in CODES))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
