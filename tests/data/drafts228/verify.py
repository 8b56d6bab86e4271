#!/usr/bin/env python3
"""Verify drafts228.

1. Every clean draft passes a re-computation of all its arithmetic (tables parsed generically, prose
   figures pulled by pattern and checked one identity at a time).
2. labels.jsonl matches the case files; every label value occurs in its case (and not in the clean draft);
   every error case differs from its clean draft in one place, and that place lies inside an occurrence
   of the label value.
3. Running the same checks on every error case breaks at least one identity, and one of the broken
   identities carries the labelled code (so each injected slip is a real, detectable inconsistency).
4. Each of the 13 codes of errors.md section A occurs at least twice; clean drafts are 3,000-9,000 chars.
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
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"[\d,]+(?:\.\d+)?"
BAR = "｜"


def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """stated is the string as written; tolerance is half a unit of its last decimal."""
    d = ndec(stated)
    return abs(D(computed) - dec(stated.rstrip("%"))) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORMAL = {"优秀": "优", "良好": "良", "中等": "中", "合格": "中", "一般": "中", "较差": "差", "不合格": "差",
                "优": "优", "良": "良", "中": "中", "差": "差"}


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []  # (code, message)

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---------- extraction ----------
    def v(self, pattern, group=1, count=1):
        """Number captured by pattern; the pattern must match exactly `count` times (all equal)."""
        ms = list(re.finditer(pattern, self.t))
        if not ms:
            self.fail("missing", f"pattern not found: {pattern}")
            return None
        vals = {m.group(group) for m in ms}
        if len(ms) != count and count is not None:
            self.fail("missing", f"pattern {pattern} matched {len(ms)} times, expected {count}")
        if len(vals) > 1:
            self.fail("conflicting_values", f"pattern {pattern} has different values {vals}")
        return ms[0].group(group)

    def row(self, first, strip=False):
        key = first if strip else first + BAR
        lines = [ln for ln in self.t.split("\n") if ln.startswith(key)]
        if len(lines) != 1:
            self.fail("missing", f"table row {first!r} found {len(lines)} times")
            return None
        return lines[0].split(BAR)

    # ---------- identities ----------
    def rate(self, num, den, stated, what, code="rate_mismatch"):
        if None in (num, den, stated):
            return
        n, d = dec(num), dec(den)
        if d == 0:
            if stated.strip() not in ("—", "-", "", "0"):
                self.fail("implausible_rate", f"{what}: rate {stated} on a zero base")
            return
        r = n / d * 100
        if not close(r, stated):
            self.fail(code, f"{what}: {num}/{den} = {r:.4f}%, stated {stated}")
        elif code == "rate_mismatch" and dec(stated.rstrip("%")) > 100:
            self.fail("implausible_rate", f"{what}: rate {stated} above 100%")

    def total(self, parts, stated, what, code="sum_mismatch"):
        if None in parts or stated is None:
            return
        vals = [dec(p) for p in parts]
        s = sum(vals)
        if close(s, stated):
            return
        # an amount off by 10^4 (元 written as 万元) is a unit slip, not a wrong sum
        for i, p in enumerate(vals if code == "sum_mismatch" else []):
            if close(s - p + p / D(10000), stated) or close(s - p + p * D(10000), stated):
                self.fail("unit_mismatch", f"{what}: part {parts[i]} is off by 10^4")
                return
        self.fail(code, f"{what}: {' + '.join(parts)} = {s}, stated {stated}")

    def diff(self, a, b, stated, what, code="balance_mismatch"):
        if None in (a, b, stated):
            return
        r = dec(a) - dec(b)
        if not close(r, stated):
            self.fail(code, f"{what}: {a} - {b} = {r}, stated {stated}")

    def expr(self, value, stated, what, code):
        if value is None or stated is None:
            return
        if not close(value, stated):
            self.fail(code, f"{what}: computed {value}, stated {stated}")

    def same(self, a, b, what):
        if a is None or b is None:
            return
        if dec(a.rstrip("%")) != dec(b.rstrip("%")):
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def years(self):
        y = self.year
        for m in re.finditer(r"结转(?:至)?(\d{4})年", self.t):
            if int(m.group(1)) <= y:
                self.fail("year_mismatch", f"carried over to {m.group(1)} in a {y} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"截至{m.group(1)}年12月31日 in a {y} report")
        for m in re.finditer(r"评价年度" + BAR + r"(\d{4})", self.t):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"评价年度 {m.group(1)} in a {y} report")
        title = self.t.split("\n\n")[0]
        for m in re.finditer(r"(\d{4})年度", title):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"title year {m.group(1)}")

    def grade(self, total_str):
        if total_str is None:
            return
        want = grade_of(dec(total_str))
        found = re.findall(r"等级(?:为|：)“?(优秀|良好|中等|合格|较差|不合格|优|良|中|差)", self.t)
        if not found:
            self.fail("missing", "no grade found")
        for g in found:
            if GRADE_NORMAL[g] != want:
                self.fail("grade_mismatch", f"grade {g} for total {total_str} (band {want})")

    # ---------- generic tables ----------
    def funds_table(self):
        """MOF funds block: name | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分. Returns (weight, score, rate) of the total row."""
        lines = self.t.split("\n")
        hdr = [i for i, ln in enumerate(lines) if ln.startswith("资金情况（万元）" + BAR)]
        if not hdr:
            return None
        rows = {}
        for ln in lines[hdr[0] + 1:]:
            c = ln.split(BAR)
            if c[0] not in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
                break
            rows[c[0]] = c
        num = lambda s: "0" if s.strip() in ("—", "") else s
        tot = rows["年度资金总额"]
        parts = [rows[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
        for col, name in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            self.total([num(p[col]) for p in parts], num(tot[col]), f"funds {name}")
        for c in [tot] + parts:
            self.rate(num(c[3]), num(c[2]), c[5], f"funds {c[0]} 执行率")
            if dec(num(c[3])) > dec(num(c[2])):
                self.fail("implausible_rate", f"funds {c[0]}: spent above budget")
        r = dec(num(tot[3])) / dec(num(tot[2]))
        self.expr(dec(tot[4]) * min(r, D(1)), tot[6], "execution score", "score_rule_mismatch")
        return tot[4], tot[6], tot[5]

    def indicator_table(self, funds):
        lines = self.t.split("\n")
        hdr = [i for i, ln in enumerate(lines) if ln.startswith("一级指标" + BAR)]
        if not hdr:
            return None
        head = lines[hdr[0]].split(BAR)
        ix = {name: head.index(name) for name in head if name}
        col_t, col_a = ix["年度指标值"], ix["实际完成值"]
        col_c = ix.get("完成率")
        col_w, col_s = ix["分值"], ix["得分"]
        weights, scores, total = [], [], None
        if funds:
            weights.append(funds[0])
            scores.append(funds[1])
        for ln in lines[hdr[0] + 1:]:
            if BAR not in ln:
                break
            c = ln.split(BAR)
            if c[0] in ("总分", "合计"):
                nums = [x for x in c[1:] if re.fullmatch(NUM, x)]
                total = nums[:2]
                break
            name = c[2]
            w, s = c[col_w], c[col_s]
            weights.append(w)
            scores.append(s)
            if dec(s) > dec(w) or dec(s) < 0:
                self.fail("score_exceeds_weight", f"{name}: score {s} > weight {w}")
            tm = re.fullmatch(r"(≥|≤)?(" + NUM + r")(.*)", c[col_t])
            am = re.fullmatch(r"(" + NUM + r")(.*)", c[col_a])
            if not tm:  # qualitative
                lo, hi = (D("0.6"), D("0.8")) if "部分" in c[col_a] else (D("0.8"), D("1"))
                if not (lo * dec(w) <= dec(s) <= hi * dec(w)) and dec(s) <= dec(w):
                    self.fail("score_rule_mismatch", f"{name}: qualitative score {s} outside band")
                if col_c is not None and c[col_c] not in ("—", ""):
                    self.fail("completion_mismatch", f"{name}: completion on a qualitative row")
                continue
            if not am or am.group(2) != tm.group(3):
                self.fail("unit_mismatch", f"{name}: target {c[col_t]} vs actual {c[col_a]}")
                continue
            sign, T, A = tm.group(1), dec(tm.group(2)), dec(am.group(1))
            if sign == "≤":
                comp = D(100) if A <= T else T / A * 100
            elif T == 0:
                comp = D(100) if A <= 0 else D(0)
            else:
                comp = A / T * 100
            if col_c is not None:
                self.expr(comp, c[col_c], f"{name} 完成率", "completion_mismatch")
            self.expr(dec(w) * min(comp / 100, D(1)), s, f"{name} score", "score_rule_mismatch")
        if total is None:
            self.fail("missing", "no total row")
            return None
        self.total(weights, total[0], "weights", "weight_sum_mismatch")
        if dec(total[0]) != 100:
            self.fail("weight_sum_mismatch", f"total weight {total[0]}")
        self.total(scores, total[1], "scores", "score_sum_mismatch")
        return total


# ---------------------------------------------------------------- per draft
def check_jianshui(k):
    t = k.v
    funds = k.funds_table()
    tot = k.indicator_table(funds)
    y0, yr, sp = k.row("年度资金总额")[1:4]
    k.same(k.v(r"项目年初预算(" + NUM + r")万元"), y0, "年初预算 prose/table")
    k.same(k.v(r"调整后全年预算(" + NUM + r")万元"), yr, "全年预算 prose/table")
    k.same(k.v(r"项目实际支出(" + NUM + r")万元"), sp, "执行数 prose/table")
    k.same(k.v(r"预算执行率(" + NUM + r"%)"), k.row("年度资金总额")[5], "执行率 prose/table")
    k.rate(k.v(r"项目实际支出(" + NUM + r")万元"), k.v(r"调整后全年预算(" + NUM + r")万元"),
           k.v(r"预算执行率(" + NUM + r"%)"), "prose 执行率")
    # sub-item budgets and payments
    k.total([t(r"改造面积1200平方米，预算(" + NUM + ")万元"), t(r"导览标识系统，预算(" + NUM + ")万元"),
             t(r"视频监控系统，预算(" + NUM + ")万元"), t(r"旅游厕所改造，预算(" + NUM + ")万元")], yr, "sub-item budgets")
    k.expr(dec(t(r"改造面积1200平方米，预算(" + NUM + ")万元")) * 10000 / 1200, t(r"折合每平方米(" + NUM + ")元"),
           "unit cost", "rate_mismatch")
    k.total([t(r"县级财政安排(" + NUM + ")万元"), t(r"省级提前下达旅游发展专项资金(" + NUM + ")万元")],
            t(r"其中当年财政拨款(" + NUM + ")万元"), "年初 当年财政拨款")
    k.total([t(r"其中当年财政拨款(" + NUM + ")万元"), t(r"，上年结转资金(" + NUM + r")万元。2021年8月")],
            t(r"项目年初预算(" + NUM + ")万元"), "年初预算")
    k.total([t(r"项目年初预算(" + NUM + ")万元"), t(r"省级追加下达旅游发展专项资金(" + NUM + ")万元")], yr, "调整")
    k.total([t(r"其中省级资金(" + NUM + ")万元"), t(r"县级资金(" + NUM + ")万元"),
             t(r"上年结转资金(" + NUM + r")万元。上述")], yr, "全年预算来源")
    k.total([t(r"省级提前下达旅游发展专项资金(" + NUM + ")万元"), t(r"省级追加下达旅游发展专项资金(" + NUM + ")万元")],
            t(r"其中省级资金(" + NUM + ")万元"), "省级资金")
    k.total([t(r"其中省级资金(" + NUM + ")万元"), t(r"县级资金(" + NUM + ")万元")], k.row("其中：当年财政拨款")[2],
            "当年财政拨款 全年")
    k.total([t(r"其中当年财政拨款支出(" + NUM + ")万元"), t(r"上年结转资金支出(" + NUM + ")万元")], sp, "执行来源")
    k.same(t(r"其中当年财政拨款支出(" + NUM + ")万元"), k.row("其中：当年财政拨款")[3], "当年支出 prose/table")
    k.total([t(r"游客服务中心支付(" + NUM + ")万元"), t(r"标识系统支付(" + NUM + ")万元"),
             t(r"视频监控系统支付(" + NUM + ")万元"), t(r"旅游厕所改造支付(" + NUM + ")万元")], sp, "分项支付")
    k.diff(yr, sp, t(r"未支付资金(" + NUM + ")万元"), "未支付")
    k.rate(t(r"完成新建改建游步道(" + NUM + ")公里"), t(r"占计划(" + NUM + ")公里"), t(r"公里的(" + NUM + "%)"),
           "步道占比", "completion_mismatch")
    k.rate("3", "5", t(r"按期完工率(" + NUM + r"%)。"), "按期完工率", "completion_mismatch")
    a, b = t(r"共接待游客(" + NUM + ")万人次"), t(r"较2020年的(" + NUM + ")万人次")
    k.expr((dec(a) - dec(b)) / dec(b) * 100, t(r"增长(" + NUM + "%)"), "同比增长", "rate_mismatch")
    k.same(a, re.search(r"景区年接待游客量" + BAR + "[^" + BAR + "]*" + BAR + "(" + NUM + ")", k.t).group(1),
           "接待 prose/table")
    k.same(t(r"游客满意度(" + NUM + "%)，"), "88.2%", "满意度 prose")
    k.same(t(r"带动周边群众就业(" + NUM + ")人。"), "132", "就业 prose")
    st = t(r"自评得分(" + NUM + ")分")
    if tot:
        k.same(st, tot[1], "total prose/table")
    k.grade(st)


def check_qionghai(k):
    t = k.v
    funds = k.funds_table()
    tot = k.indicator_table(funds)
    y0, yr, sp = k.row("年度资金总额")[1:4]
    k.total([t(r"项目年初预算(" + NUM + ")万元"), t(r"市财政追加(" + NUM + ")万元")], t(r"调整后全年预算(" + NUM + ")万元"),
            "调整")
    k.same(t(r"项目年初预算(" + NUM + ")万元"), y0, "年初")
    k.same(t(r"调整后全年预算(" + NUM + ")万元"), yr, "全年")
    k.rate(t(r"全年实际到位(" + NUM + ")万元"), yr, t(r"资金到位率(" + NUM + "%)"), "到位率")
    k.total([t(r"新媒体宣传(" + NUM + ")万元，外地"), t(r"外地推介会(" + NUM + ")万元"), t(r"宣传品制作(" + NUM + ")万元，节庆"),
             t(r"节庆活动(" + NUM + ")万元。")], yr, "用途预算")
    spent = t(r"项目实际支出(" + NUM + ")万元")
    k.same(spent, sp, "执行数 prose/table")
    k.rate(spent, yr, t(r"项目实际支出" + NUM + r"万元，预算执行率(" + NUM + "%)"), "执行率")
    k.same(t(r"项目实际支出" + NUM + r"万元，预算执行率(" + NUM + "%)"), k.row("年度资金总额")[5], "执行率 prose/table")
    k.rate(t(r"新媒体宣传支出(" + NUM + ")万元"), t(r"新媒体宣传(" + NUM + ")万元，外地"),
           t(r"新媒体宣传支出" + NUM + r"万元，执行率(" + NUM + "%)"), "新媒体执行率")
    k.rate(t(r"宣传品制作支出(" + NUM + ")万元"), t(r"宣传品制作(" + NUM + ")万元，节庆"),
           t(r"宣传品制作支出" + NUM + r"万元，执行率(" + NUM + "%)"), "宣传品执行率")
    k.rate(t(r"节庆活动支出(" + NUM + ")万元"), t(r"节庆活动(" + NUM + ")万元。"),
           t(r"节庆活动支出" + NUM + r"万元，执行率(" + NUM + "%)"), "节庆执行率")
    fairs = [t(c + r"站(" + NUM + ")万元") for c in ("广州", "上海", "成都", "西安")]
    fair_total = t(r"外地推介会支出(" + NUM + ")万元")
    k.total(fairs, fair_total, "推介会分站")
    k.total([t(r"新媒体宣传支出(" + NUM + ")万元"), t(r"宣传品制作支出(" + NUM + ")万元"), t(r"节庆活动支出(" + NUM + ")万元"),
             fair_total], spent, "分项支出")
    k.rate(fair_total, spent, t(r"占全年支出的(" + NUM + "%)"), "推介会占比")
    if None not in fairs:
        k.expr(sum(dec(f) for f in fairs) / 4, t(r"平均每场(" + NUM + ")万元"), "平均每场", "average_mismatch")
    k.diff(yr, spent, t(r"年末结余资金(" + NUM + ")万元"), "结余")
    k.same(fair_total, re.search(r"外地推介会支出" + BAR + "[^" + BAR + "]*" + BAR + "(" + NUM + ")", k.t).group(1),
           "推介会 prose/table")
    k.same(t(r"发布宣传内容(" + NUM + ")条"), "688", "发布量")
    k.same(t(r"同比增长(" + NUM + "%)，高于"), "10.6%", "增长")
    k.same(t(r"累计曝光量(" + NUM + ")万次"), "2650", "曝光量")
    k.same(t(r"参会旅行商满意度为(" + NUM + "%)"), "92%", "满意度")
    st = t(r"自评得分(" + NUM + ")分")
    if tot:
        k.same(st, tot[1], "total prose/table")
    k.grade(st)


def check_yixian(k):
    t = k.v
    y0 = t(r"年初预算(" + NUM + ")万元")
    k.total([t(r"县级财政安排(" + NUM + ")万元"), t(r"省级旅游发展专项资金(" + NUM + ")万元（")], y0, "年初预算")
    yr = t(r"全年预算调整为(" + NUM + ")万元")
    k.total([y0, t(r"省级追加下达(" + NUM + ")万元")], yr, "调整")
    k.total([t(r"省级旅游发展专项资金(" + NUM + ")万元（"), t(r"省级追加下达(" + NUM + ")万元")],
            t(r"其中省级资金(" + NUM + ")万元"), "省级")
    k.total([t(r"其中省级资金(" + NUM + ")万元"), t(r"县级资金(" + NUM + ")万元")], yr, "来源")
    k.same(t(r"县级财政安排(" + NUM + ")万元"), t(r"县级资金(" + NUM + ")万元"), "县级")
    sp = t(r"全年支出(" + NUM + ")万元")
    parts = [t(r"其中重点村奖补(" + NUM + ")万元"), t(r"精品民宿奖补(" + NUM + ")万元、"), t(r"农家乐提升奖补(" + NUM + ")万元"),
             t(r"配套设施补助(" + NUM + ")万元"), t(r"宣传培训(" + NUM + ")万元")]
    k.total(parts, sp, "支出分项")
    k.rate(sp, yr, k.v(r"预算执行率(" + NUM + "%)", count=2), "执行率")
    k.expr(dec(t(r"(\d+)个乡村旅游重点村每村奖补")) * dec(t(r"每村奖补(" + NUM + ")万元")), parts[0], "重点村", "sum_mismatch")
    k.expr(dec(t(r"甲级民宿(\d+)家")) * dec(t(r"甲级民宿\d+家每家(" + NUM + ")万元"))
           + dec(t(r"乙级民宿(\d+)家")) * dec(t(r"乙级民宿\d+家每家(" + NUM + ")万元")), parts[1], "民宿", "sum_mismatch")
    k.expr(dec(parts[1]) / (dec(t(r"甲级民宿(\d+)家")) + dec(t(r"乙级民宿(\d+)家"))), t(r"平均每家(" + NUM + ")万元"),
           "民宿平均", "average_mismatch")
    k.same(str(dec(t(r"甲级民宿(\d+)家")) + dec(t(r"乙级民宿(\d+)家"))), t(r"(\d+)家平均每家"), "民宿家数")
    k.expr(dec(t(r"每家奖补(" + NUM + ")万元，全年兑现")) * dec(t(r"全年兑现(\d+)家")), parts[2], "农家乐", "sum_mismatch")
    if parts[4] is not None:
        yuan = dec(t(r"每人次(" + NUM + ")元")) * dec(t(r"从业人员(" + NUM + ")人次"))
        if dec(parts[4]) == yuan:
            k.fail("unit_mismatch", f"宣传培训 {parts[4]}万元 equals the 元 amount")
        k.expr(yuan / 10000, parts[4], "培训", "unit_mismatch")
    k.diff(yr, sp, t(r"未支出资金(" + NUM + ")万元"), "未支出")
    # indicators
    k.rate(t(r"实际奖补(\d+)家"), t(r"目标不少于(\d+)家"), t(r"实际奖补\d+家，完成率(" + NUM + "%)"), "民宿完成率",
           "completion_mismatch")
    k.rate(t(r"实际完成(\d+)家"), t(r"农家乐提升改造：目标(\d+)家"), t(r"实际完成\d+家，完成率(" + NUM + "%)"),
           "农家乐完成率", "completion_mismatch")
    k.rate(t(r"年内完成验收(\d+)个"), t(r"项目共(\d+)个"), t(r"验收完成比例(" + NUM + "%)，目标"), "验收比例",
           "completion_mismatch")
    k.rate(t(r"验收完成比例(" + NUM + ")%，目标"), t(r"目标不低于(" + NUM + ")%，完成率"), t(r"完成率(" + NUM + "%)。\n（二）"),
           "验收完成率", "completion_mismatch")
    a, b = t(r"全县乡村旅游接待游客(" + NUM + ")万人次，比"), t(r"比2021年的(" + NUM + ")万人次")
    k.expr((dec(a) - dec(b)) / dec(b) * 100, t(r"万人次增长(" + NUM + "%)"), "增长", "rate_mismatch")
    # weights and scores stated in prose
    w_exec, w_out = t(r"按照预算执行率(\d+)分"), t(r"、产出指标(\d+)分")
    w_ben, w_sat = t(r"、效益指标(\d+)分"), t(r"、满意度指标(\d+)分设置")
    k.total([w_exec, w_out, w_ben, w_sat], "100", "一级权重", "weight_sum_mismatch")
    k.total(["10"] * int(t(r"产出指标(\d+)项每项")), w_out, "产出权重", "weight_sum_mismatch")
    k.total(["10"] * 3, w_ben, "效益权重(3项每项10分)", "weight_sum_mismatch")
    s_exec = t(r"预算执行得分(" + NUM + ")分")
    k.expr(dec(w_exec) * dec(sp) / dec(yr), s_exec, "执行得分", "score_rule_mismatch")
    k.same(t(r"得(" + NUM + ")分；产出"), s_exec, "执行得分重述")
    k.expr(D(10) * 40 / 50, t(r"按完成比例得(" + NUM + ")分"), "农家乐得分", "score_rule_mismatch")
    k.expr(D(10) * 88 / 90, t(r"按完成率得(" + NUM + ")分"), "验收得分", "score_rule_mismatch")
    s_out = t(r"产出指标得分(" + NUM + ")分")
    k.total(["10", "10", "10", t(r"按完成比例得(" + NUM + ")分"), t(r"按完成率得(" + NUM + ")分")], s_out, "产出得分",
            "score_sum_mismatch")
    for s, w in ((s_out, w_out), (t(r"效益指标得分(" + NUM + ")分"), w_ben), (t(r"满意度指标得分(" + NUM + ")分"), w_sat)):
        if dec(s) > dec(w):
            k.fail("score_exceeds_weight", f"score {s} > weight {w}")
    st = t(r"自评总得分(" + NUM + ")分")
    k.total([s_exec, s_out, t(r"效益指标得分(" + NUM + ")分"), t(r"满意度指标得分(" + NUM + ")分")], st, "总分",
            "score_sum_mismatch")
    k.grade(st)


def check_dunhua(k):
    t = k.v
    funds = k.funds_table()
    tot = k.indicator_table(funds)
    y0, yr, sp = k.row("年度资金总额")[1:4]
    k.same(t(r"年初市级预算安排配套资金(" + NUM + ")万元"), y0, "年初")
    k.total([y0, t(r"旅游厕所建设补助资金(" + NUM + ")万元")], t(r"全年预算调整为(" + NUM + ")万元"), "调整")
    k.same(t(r"全年预算调整为(" + NUM + ")万元"), yr, "全年")
    new = dec(t(r"新建旅游厕所(\d+)座，每座")) * dec(t(r"每座补助(\d+)万元，共"))
    k.expr(new, t(r"每座补助\d+万元，共(" + NUM + ")万元"), "新建计划", "sum_mismatch")
    k.expr(dec(t(r"改扩建旅游厕所(\d+)座，每座")) * dec(t(r"每座补助标准(\d+)万元")),
           t(r"每座补助标准\d+万元，共(" + NUM + ")万元"), "改建计划", "sum_mismatch")
    k.total([t(r"每座补助\d+万元，共(" + NUM + ")万元"), t(r"每座补助标准\d+万元，共(" + NUM + ")万元"),
             t(r"智慧管理系统(" + NUM + ")万元。")], yr, "使用计划")
    spent = t(r"全年实际支出(" + NUM + ")万元")
    k.same(spent, sp, "执行 prose/table")
    k.rate(spent, yr, t(r"全年实际支出" + NUM + r"万元，预算执行率(" + NUM + "%)"), "执行率")
    k.same(t(r"全年实际支出" + NUM + r"万元，预算执行率(" + NUM + "%)"), k.row("年度资金总额")[5], "执行率 prose/table")
    six = re.search(r"6座分别为(.*?)，合计", k.t).group(1)
    six = re.findall(NUM, six)
    reno = t(r"合计(" + NUM + ")万元，平均")
    k.total(six, reno, "改建结算")
    k.expr(sum(dec(x) for x in six) / len(six), t(r"平均每座(" + NUM + ")万元"), "改建平均", "average_mismatch")
    k.diff(t(r"每座补助标准\d+万元，共(" + NUM + ")万元"), reno, t(r"比补助标准节约(" + NUM + ")万元"), "改建节约")
    k.diff(t(r"智慧管理系统(" + NUM + ")万元。"), t(r"智慧管理系统结算(" + NUM + ")万元"), t(r"结算" + NUM + r"万元，节约(" + NUM + ")万元"),
           "系统节约")
    k.total([t(r"新建厕所补助(" + NUM + ")万元"), reno, t(r"智慧管理系统结算(" + NUM + ")万元")], spent, "支出分项")
    k.diff(yr, spent, t(r"年末结余资金(" + NUM + ")万元"), "结余")
    k.total([t(r"比补助标准节约(" + NUM + ")万元"), t(r"结算" + NUM + r"万元，节约(" + NUM + ")万元")],
            t(r"年末结余资金(" + NUM + ")万元"), "结余构成")
    k.total([t(r"已有旅游厕所(\d+)座"), "14"], t(r"本年度建成后达到(\d+)座"), "累计座数")
    k.same(t(r"本年度建成后达到(\d+)座"), t(r"累计达到(\d+)座"), "累计")
    k.rate("13", "14", t(r"占14座的(" + NUM + "%)"), "A级比例", "completion_mismatch")
    k.rate("12", "14", t(r"10月底前完工12座，比例(" + NUM + "%)"), "完工比例", "completion_mismatch")
    k.same(t(r"占14座的(" + NUM + "%)"), re.search(r"A级及以上标准的比例" + BAR + "[^" + BAR + "]*" + BAR + "(" + NUM + ")",
                                                  k.t).group(1), "A级 prose/table")
    k.same(t(r"10月底前完工12座，比例(" + NUM + "%)"), re.search(r"10月底前完工比例" + BAR + "[^" + BAR + "]*" + BAR + "(" + NUM + ")",
                                                           k.t).group(1), "完工 prose/table")
    k.same(t(r"游客满意度为(" + NUM + "%)"), re.search(r"游客满意度" + BAR + "[^" + BAR + "]*" + BAR + "(" + NUM + ")",
                                                  k.t).group(1), "满意度 prose/table")
    k.same(t(r"平均排队时间为(\d+)分钟"), "6", "排队")
    if tot:
        k.grade(tot[1])


def check_pingluo(k):
    t = k.v
    tot = k.indicator_table(None)
    rows = {n: k.row(n) for n in ("基本支出", "项目支出")}
    rows["合计"] = k.row("合计｜1,", strip=True)
    if None not in rows.values():
        for col, name in ((1, "年初"), (2, "全年"), (3, "执行"), (4, "结转结余")):
            k.total([rows["基本支出"][col], rows["项目支出"][col]], rows["合计"][col], f"部门 {name}")
        for n, c in rows.items():
            k.diff(c[2], c[3], c[4], f"{n} 结转结余")
            k.rate(c[3], c[2], c[5], f"{n} 执行率")
        k.same(t(r"部门年初预算(" + NUM + ")万元"), rows["合计"][1], "年初")
        k.same(t(r"调整后全年预算(" + NUM + ")万元"), rows["合计"][2], "全年")
        k.same(t(r"全年支出(" + NUM + ")万元"), rows["合计"][3], "执行")
        k.same(t(r"部门预算执行率(" + NUM + "%)。"), rows["合计"][5], "执行率")
        k.same(t(r"年末结转结余(" + NUM + ")万元"), rows["合计"][4], "结转结余")
        k.same(t(r"项目支出全年预算(" + NUM + ")万元"), rows["项目支出"][2], "项目支出")
        k.total([t(r"人员经费(" + NUM + ")万元"), t(r"公用经费(" + NUM + ")万元")], rows["基本支出"][3], "基本支出构成")
    k.total([t(r"其中当年财政拨款(" + NUM + ")万元"), t(r"上年结转资金(" + NUM + ")万元；")], t(r"调整后全年预算(" + NUM + ")万元"),
            "来源")
    k.same(t(r"上年结转资金(" + NUM + ")万元；"), t(r"上年结转资金(" + NUM + ")万元为"), "上年结转")
    sangong = t(r"“三公”经费支出(" + NUM + ")元")
    k.total([t(r"公务接待费(" + NUM + ")万元"), t(r"公务用车运行维护费(" + NUM + ")万元")],
            str(dec(sangong) / 10000), "三公构成")
    k.same(str(dec(sangong) / 10000), re.search(r"“三公”经费支出" + BAR + "[^" + BAR + "]*" + BAR + "(" + NUM + ")", k.t).group(1),
           "三公 prose/table")
    keys = ["智慧旅游平台运维及功能升级", "旅游宣传推介", "A级景区提升及旅游厕所管护补助", "送戏下乡及公共文化服务"]
    kr = [k.row(n) for n in keys]
    if None not in kr:
        for c in kr:
            k.rate(c[2], c[1], c[3], f"{c[0]} 执行率")
        k.total([c[1] for c in kr], t(r"重点项目4个，预算(" + NUM + ")万元"), "重点项目预算")
        k.total([t(r"重点项目4个，预算(" + NUM + ")万元"), t(r"其余(" + NUM + ")万元为")], t(r"项目支出全年预算(" + NUM + ")万元"),
                "项目支出构成")
        k.diff(kr[2][1], kr[2][2], t(r"年末尚有(" + NUM + ")万元未支付"), "景区提升未支付")
        k.same(t(r"管护补助执行率(" + NUM + "%)"), kr[2][3], "景区提升执行率")
    k.rate("5", "6", t(r"按期完成率(" + NUM + "%)，"), "按期完成率", "completion_mismatch")
    k.same(t(r"全县接待游客(" + NUM + ")万人次"), re.search(r"全县旅游接待人次" + BAR + "[^" + BAR + "]*" + BAR + "(" + NUM + ")",
                                                     k.t).group(1), "接待 prose/table")
    k.same(t(r"访问量(" + NUM + ")万人次"), "138", "访问量")
    k.same(t(r"群众满意度(" + NUM + "%)。"), "94.1%", "满意度")
    k.same(t(r"推介活动(\d+)场；"), "7", "推介场次")
    k.same(t(r"送戏下乡演出(\d+)场；"), "126", "送戏")
    st = t(r"自评得分(" + NUM + ")分")
    if tot:
        k.same(st, tot[1], "total prose/table")
    k.grade(st)


DRAFTS = {
    "jianshui-ajingqu-2021": (2021, check_jianshui),
    "qionghai-tourpromo-2023": (2023, check_qionghai),
    "yixian-ruraltourism-2022": (2022, check_yixian),
    "dunhua-tourtoilet-2019": (2019, check_dunhua),
    "pingluo-wenlvdept-2024": (2024, check_pingluo),
}


def run_checks(src, text):
    year, fn = DRAFTS[src]
    k = Checker(text, year)
    try:
        fn(k)
        k.years()
    except Exception as exc:  # a pattern that no longer parses counts as a broken identity
        k.fail("crash", f"{type(exc).__name__}: {exc}")
    return k.fails


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ list different files")
    clean = {}
    for lab in labels:
        if lab["clean"]:
            text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
            clean[lab["source"]] = text
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{lab['case']}: length {len(text)}")
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expectations")
            fails = run_checks(lab["source"], text)
            for code, msg in fails:
                problems.append(f"{lab['case']}: {code}: {msg}")
            print(f"{lab['case']}: {len(text)} chars, arithmetic {'OK' if not fails else 'FAILED'}")
    count = {c: 0 for c in CODES}
    for lab in labels:
        if lab["clean"]:
            continue
        name = lab["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        base = clean[lab["source"]]
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected must hold one error")
            continue
        exp = lab["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {exp}")
        count[exp["code"]] = count.get(exp["code"], 0) + 1
        val = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            problems.append(f"{name}: value {val!r} not in case")
        if val in base:
            problems.append(f"{name}: value {val!r} also in the clean draft")
        # one contiguous changed place
        p = 0
        while p < min(len(text), len(base)) and text[p] == base[p]:
            p += 1
        s = 0
        while s < min(len(text), len(base)) - p and text[-1 - s] == base[-1 - s]:
            s += 1
        e_end, c_end = len(text) - s, len(base) - s
        if text == base:
            problems.append(f"{name}: identical to clean draft")
        if e_end - p > 100 or c_end - p > 100:
            problems.append(f"{name}: changed region too long ({e_end - p} chars)")
        if not any(o < max(e_end, p + 1) and p < o + len(val) for o in occ):
            problems.append(f"{name}: the change at {p} is not inside the label value")
        fails = run_checks(lab["source"], text)
        codes = {c for c, _ in fails}
        if not fails:
            problems.append(f"{name}: injected change breaks no identity")
        elif exp["code"] not in codes:
            problems.append(f"{name}: labelled {exp['code']} but broken identities are {sorted(codes)}")
        print(f"{name}: {exp['code']:<22} changed {base[p:c_end]!r} -> {text[p:e_end]!r}; broken: {sorted(codes)}")
    for c in CODES:
        if count[c] < 2:
            problems.append(f"code {c} occurs {count[c]} times (< 2)")
    if len(clean) != 5 or sum(count.values()) != 30:
        problems.append(f"expected 5 clean drafts and 30 error cases, got {len(clean)} / {sum(count.values())}")
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
