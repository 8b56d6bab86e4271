#!/usr/bin/env python3
"""Verify this set: labels, edits, code coverage, and the arithmetic of every case.

Standard library only; all arithmetic in decimal.Decimal with the tolerance of rules.md section 8 (a stated
value with d decimals matches a computed value c when |c - v| <= 0.5 * 10^-d).

For each of the five projects a checker function reads the figures from the text with anchored regular
expressions (exactly one match each, so an edit that breaks the reading is noticed) and redoes every identity:
sums, rates, balances, products of count x unit price, averages, completion rates, weights, scores, grade,
units of target and actual, same-quantity mentions, years. It reports findings with the codes of errors.md
section A (errors) and `score_rule_mismatch` (warning, rules section 5).

Requirements checked:
  * every label value occurs in its case; each error case differs from its clean draft in one contiguous
    place that overlaps an occurrence of the label value;
  * each of the 13 codes of errors.md section A is used at least twice;
  * clean drafts: no finding at all (errors and warnings);
  * error cases: the labelled code is found and no other error-level code is.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

WAN = D(1)
YUAN = D("0.0001")
UNIT = {"万元": WAN, "元": YUAN, "亿元": D(10000)}


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------------------------- numbers
def clean_num(s):
    s = s.replace("\n", "").replace(",", "").strip()
    s = re.sub(r"^(≥|≤|＞＝|＜＝|>=|<=|＞|＜|>|<|=|＝)", "", s)
    s = s.rstrip("%")
    return s


def dec(s):
    return D(clean_num(s))


def ndec(s):
    s = clean_num(s)
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) * D(10) ** (-(ndec(s) + 1)) + D("1e-9")


def close(s, c):
    return abs(dec(s) - c) <= tol(s)


def lead_num(s):
    """The leading number of a cell such as '≥1100人次' or '97.02%' (None when there is none)."""
    s2 = s.replace("\n", "").strip()
    s2 = re.sub(r"^(≥|≤|＞＝|＜＝|>=|<=|＞|＜|>|<|=|＝)", "", s2)
    m = re.match(r"^(\d+(?:\.\d+)?)", s2)
    return m.group(1) if m else None


def unit_of(s):
    s2 = s.replace("\n", "").strip()
    if not re.search(r"\d", s2):
        return None
    if re.search(r"\d{4}年", s2):
        return "date"
    s2 = re.sub(r"^(≥|≤|＞＝|＜＝|>=|<=|＞|＜|>|<|=|＝)", "", s2)
    m = re.match(r"^\d+(?:\.\d+)?(.*)$", s2)
    return m.group(1).strip() if m else None


def direction(target):
    s = target.replace("\n", "").strip()
    if re.match(r"^(≥|＞＝|>=|＞|>)", s) or re.search(r"(不低于|不少于|以上)", s):
        return "gte"
    if re.match(r"^(≤|＜＝|<=|＜|<)", s) or re.search(r"(不超过|不高于|以内)", s):
        return "lte"
    return "eq"


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------------------------- runner
class Run:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.findings = []  # (code, severity, message)

    # --- reading
    def one(self, pat, flags=re.M):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ExtractError(f"{len(ms)} matches for {pat!r}")
        return ms[0]

    def line_fields(self, pat, sep="\t"):
        m = self.one(pat)
        line_start = self.t.rfind("\n", 0, m.start()) + 1
        line_end = self.t.find("\n", m.end())
        line_end = len(self.t) if line_end < 0 else line_end
        return self.t[line_start:line_end].split(sep)

    def row_after_name(self, name, sep="\t", n=4):
        """Fields following the cell `name` on its (unique) line: target, actual, weight, score ..."""
        f = self.line_fields(re.escape(sep + name + sep) if sep == "\t" else
                             r"(^|" + re.escape(sep) + ")" + re.escape(name) + re.escape(sep), sep)
        i = f.index(name)
        return f[i + 1:i + 1 + n]

    # --- reporting
    def err(self, code, msg):
        self.findings.append((code, "error", msg))

    def warn(self, code, msg):
        self.findings.append((code, "warning", msg))

    # --- identities
    def eq(self, code, stated, computed, what):
        if not close(stated, computed):
            self.err(code, f"{what}: stated {stated!r}, computed {computed}")

    def rate(self, stated, num, den, what, bounded=True):
        s = stated.replace("\n", "").strip()
        if den == 0:
            if s in ("—", "-", "－", "") or (lead_num(s) is not None and dec(s) == 0):
                return
            self.err("implausible_rate", f"{what}: rate {s!r} on a zero base")
            return
        if lead_num(s) is None:
            return  # a dash where a rate is due: missing_figure, not an arithmetic code
        c = num / den * 100
        if bounded and (dec(s) > 100 + tol(s) or c > 100 + D("1e-9")):
            self.err("implausible_rate", f"{what}: rate {s!r} (computed {c:.4f}) above 100%")
            return
        if not close(s, c):
            self.err("rate_mismatch", f"{what}: stated {s!r}, computed {c:.4f}")

    def pct_bound(self, stated, what):
        if dec(stated) > 100 + tol(stated) or dec(stated) < 0:
            self.err("implausible_rate", f"{what}: {stated!r} outside 0-100%")

    def total(self, total, parts, what, code="sum_mismatch"):
        """total and parts are (string, factor) pairs; factor converts each to one common unit."""
        tv = dec(total[0]) * total[1]
        pv = [dec(s) * f for s, f in parts]
        tv_tol = tol(total[0]) * total[1]
        if abs(sum(pv) - tv) <= tv_tol:
            return
        for k in (D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8):
            for i in range(len(pv)):
                if abs(sum(pv) - pv[i] + pv[i] * k - tv) <= tv_tol:
                    self.err("unit_mismatch", f"{what}: part {parts[i][0]!r} off by a power of ten")
                    return
            if abs(sum(pv) - tv * k) <= tv_tol * k:
                self.err("unit_mismatch", f"{what}: total {total[0]!r} off by a power of ten")
                return
        self.err(code, f"{what}: parts {[p for p, _ in parts]} add to {sum(pv)}, total {total[0]!r}")

    def diff(self, stated, a, b, what, code="sum_mismatch"):
        """stated = a - b (all plain strings in the same unit)."""
        self.eq(code, stated, dec(a) - dec(b), what)

    def product(self, amount, count, price, what):
        """amount (string, factor) = count x price (string, factor)."""
        av = dec(amount[0]) * amount[1]
        cv = dec(count) * dec(price[0]) * price[1]
        at = tol(amount[0]) * amount[1]
        if abs(av - cv) <= at:
            return
        for k in (D(10) ** 4, D(10) ** -4):
            if abs(av * k - cv) <= at * k or abs(av - cv * k) <= at:
                self.err("unit_mismatch", f"{what}: amount or unit price off by a power of ten")
                return
        self.err("sum_mismatch", f"{what}: {count} x {price[0]} = {cv}, stated {amount[0]!r}")

    def average(self, stated, total, count, what):
        self.eq("average_mismatch", stated, total / count, what)

    def same(self, what, values):
        """values: strings (optionally (string, factor)) that state one quantity."""
        vals = [(v, WAN) if isinstance(v, str) else v for v in values]
        base = vals[0]
        for v in vals[1:]:
            if abs(dec(v[0]) * v[1] - dec(base[0]) * base[1]) > max(tol(v[0]) * v[1], tol(base[0]) * base[1]):
                self.err("conflicting_values", f"{what}: {base[0]!r} vs {v[0]!r}")

    def completion(self, stated, target, actual, what):
        t, a = dec(lead_num(target)), dec(lead_num(actual))
        d = direction(target)
        if d == "lte":
            c = D(100) if a <= t else t / a * 100
        elif t == 0:
            c = D(100) if a <= 0 else D(0)
        else:
            c = a / t * 100
        self.eq("completion_mismatch", stated, c, f"{what} completion")

    def grade(self, total, word, what="grade"):
        g = GRADE_WORDS.get(word.strip("“”\"' "))
        if g is None:
            raise ExtractError(f"unknown grade word {word!r}")
        if g != grade_of(dec(total)):
            self.err("grade_mismatch", f"{what}: {word!r} for {total}, band {grade_of(dec(total))}")

    # --- years
    def year_is(self, y, what):
        if int(y) != self.year:
            self.err("year_mismatch", f"{what}: {y} in the {self.year} report")

    def year_after(self, y, what):
        if int(y) <= self.year:
            self.err("year_mismatch", f"{what}: carry-over to {y}, not after {self.year}")

    def year_prev(self, y, what):
        if int(y) != self.year - 1:
            self.err("year_mismatch", f"{what}: {y} should be the year before {self.year}")

    def year_report(self, y, what):
        if int(y) not in (self.year, self.year + 1):
            self.err("year_mismatch", f"{what}: report dated {y} for {self.year}")

    def year_issue(self, y, month, what):
        if not (int(y) == self.year or (int(y) == self.year - 1 and int(month) == 12)):
            self.err("year_mismatch", f"{what}: funds issued {y}-{month} for {self.year}")

    # --- indicator tables
    def indicator_rows(self, rows, what):
        """rows: dicts with level, name, target, actual, w, s and optionally comp (stated completion)."""
        for r in rows:
            tu, au = unit_of(r["target"]), unit_of(r["actual"])
            if tu is not None and au is not None and tu != au:
                self.err("unit_mismatch", f"{what} {r['name']}: target unit {tu!r}, actual unit {au!r}")
                continue
            s, w = dec(r["s"]), dec(r["w"])
            if s > w or s < 0:
                self.err("score_exceeds_weight", f"{what} {r['name']}: score {r['s']} > weight {r['w']}")
            if tu == "%" and ("率" in r["name"] or "满意度" in r["name"]):
                self.pct_bound(r["actual"], f"{what} {r['name']} actual")
            if r.get("comp") not in (None, "—", "") and tu is not None and tu != "date":
                self.completion(r["comp"], r["target"], r["actual"], f"{what} {r['name']}")
            self.rule(r, what)

    def rule(self, r, what):
        """score_rule_mismatch (warning) under rules.md section 5."""
        w, s = dec(r["w"]), r["s"]
        tu, au = unit_of(r["target"]), unit_of(r["actual"])
        if r.get("exec_rate"):
            rate_s = r["exec_rate"]
            ok = close(s, w * min(dec(rate_s), D(100)) / 100) or close(s, w * min(r["exec_exact"], D(100)) / 100)
            if not ok:
                self.warn("score_rule_mismatch", f"{what} execution score {s}")
            return
        if tu is None or au is None:
            txt = r["actual"]
            if re.search(r"(有所|基本|初步|部分)", txt):
                lo, hi = w * D("0.6"), w * D("0.8") - D("0.000001")
            else:
                lo, hi = w * D("0.8"), w
            if not (lo <= dec(s) <= hi):
                self.warn("score_rule_mismatch", f"{what} {r['name']}: qualitative score {s} outside [{lo}, {hi}]")
            return
        if tu == "date":
            if not close(s, w):
                self.warn("score_rule_mismatch", f"{what} {r['name']}: date met, score {s}")
            return
        t, a = dec(lead_num(r["target"])), dec(lead_num(r["actual"]))
        d = direction(r["target"])
        if d == "lte":
            exp = w if a <= t else w * t / a
        elif t == 0:
            exp = w if a <= 0 else D(0)
        else:
            exp = w * min(a / t, D(1))
        alt = exp
        if r.get("comp") not in (None, "—", ""):
            alt = w * min(dec(r["comp"]) / 100, D(1))
        if not (close(s, exp) or close(s, alt)):
            self.warn("score_rule_mismatch", f"{what} {r['name']}: score {s}, rule gives {exp:.4f}")

    def score_table(self, rows, total_w, total_s, what, level_w=None, level_s=None, prose_totals=()):
        ws = sum(dec(r["w"]) for r in rows)
        if ws != 100 or (total_w is not None and dec(total_w) != ws):
            self.err("weight_sum_mismatch", f"{what}: weights add to {ws} (stated {total_w})")
        for lvl, sw in (level_w or {}).items():
            got = sum(dec(r["w"]) for r in rows if r["level"] == lvl)
            if got != dec(sw):
                self.err("weight_sum_mismatch", f"{what}: level {lvl} weights {got} vs {sw}")
        ss = sum(dec(r["s"]) for r in rows)
        if total_s is not None and not close(total_s, ss):
            self.err("score_sum_mismatch", f"{what}: scores add to {ss}, total {total_s}")
        for lvl, sv in (level_s or {}).items():
            got = sum(dec(r["s"]) for r in rows if r["level"] == lvl)
            if not close(sv, got):
                self.err("score_sum_mismatch", f"{what}: level {lvl} scores {got} vs stated {sv}")
        for pt in prose_totals:
            if not close(pt, ss):
                self.err("score_sum_mismatch", f"{what}: stated total {pt} vs row sum {ss}")
        if level_s:
            lsum = sum(dec(v) for v in level_s.values())
            for pt in list(prose_totals) + ([total_s] if total_s else []):
                if not close(pt, lsum):
                    self.err("score_sum_mismatch", f"{what}: level scores add to {lsum}, total {pt}")


def blocks(region):
    """Seed-003 style flattened table: one cell per line (tab-indented), blank line between rows."""
    out = []
    for blk in re.split(r"\n(?: *\n)+", region):
        lines = [ln for ln in blk.split("\n")]
        cells = [ln.strip("\t ").strip() for ln in lines]
        while cells and cells[0] == "" and (not lines[0].startswith("\t")):
            cells.pop(0)
            lines.pop(0)
        while cells and cells[-1] == "" and (not lines[-1].startswith("\t")):
            cells.pop()
            lines.pop()
        if any(c for c in cells):
            out.append(cells)
    return out


# ================================================================================ A: Rongcheng 2022
def check_rongcheng(r):
    t = r
    m = t.one(r"年初批复项目预算([\d.]+)万元，其中当年市级财政拨款([\d.]+)万元，(\d{4})年结转资金([\d.]+)万元")
    p_init, p_init_cur, y_carry, p_carry = m.groups()
    t.total((p_init, WAN), [(p_init_cur, WAN), (p_carry, WAN)], "年初预算 = 当年 + 结转")
    t.year_prev(y_carry, "incoming carry-over year")
    m = t.one(r"(\d{4})年(\d+)月，省级下达渔业安全生产培训补助资金([\d.]+)万元，并入本项目统筹使用，全年预算调整为([\d.]+)万元")
    y_add, mon_add, p_add, p_annual = m.groups()
    t.year_issue(y_add, mon_add, "省级补助下达")
    t.total((p_annual, WAN), [(p_init, WAN), (p_add, WAN)], "全年预算 = 年初 + 追加")
    t.rate(t.one(r"上述资金均已到位，资金到位率(\d+%)").group(1), dec(p_annual), dec(p_annual), "到位率 (all received)")
    m = t.one(r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    y_asof, p_spent, p_rate = m.groups()
    t.year_is(y_asof, "截至")
    m = t.one(r"当年财政拨款支出([\d.]+)万元，执行率([\d.]+%)；上年结转资金([\d.]+)万元全部支出")
    p_cur_spent, p_cur_rate, p_carry_spent = m.groups()
    m = t.one(r"参训船员食宿及误工补助([\d.]+)万元（按每人(\d+)(元|万元)标准，共(\d+)人次）；实操教学船及训练场地租赁([\d.]+)万元；"
              r"教材印制、考试及证书工本费([\d.]+)万元；授课教师课酬([\d.]+)万元；安全宣传资料及警示教育片制作([\d.]+)万元")
    sub, per, per_u, cnt1, rent, books, fees, promo = m.groups()
    t.product((sub, WAN), cnt1, (per, UNIT[per_u]), "误工补助 = 人次 x 标准")
    t.total((p_spent, WAN), [(x, WAN) for x in (sub, rent, books, fees, promo)], "支出明细")
    m = t.one(r"年末未支出资金([\d.]+)万元")
    bal = m.group(1)
    t.eq("balance_mismatch", bal, dec(p_annual) - dec(p_spent), "未支出 = 全年预算 - 支出")
    t.year_after(t.one(r"已结转至(\d{4})年继续使用").group(1), "结转")

    # batches, completion, last year
    tgt = t.one(r"培训船员不少于(\d+)人次").group(1)
    m = t.one(r"分别培训(\d+)人次、(\d+)人次、(\d+)人次和(\d+)人次，合计(\d+)人次，完成年度目标的([\d.]+%)，比(\d{4})年的(\d+)人次增加(\d+)人次")
    b1, b2, b3, b4, btot, bcomp, y_last, last, inc = m.groups()
    t.total((btot, WAN), [(b1, WAN), (b2, WAN), (b3, WAN), (b4, WAN)], "四期人次")
    t.completion(bcomp, "≥" + tgt, btot, "培训人次 (prose)")
    t.year_prev(y_last, "last year's figure")
    t.diff(inc, btot, last, "比上年增加")
    m = t.one(r"参训的(\d+)人次中考核合格(\d+)人次，合格率([\d.]+%)；未合格的(\d+)人次已通知参加(\d{4})年第一期补考")
    cnt2, passed, prate, failed, y_re = m.groups()
    t.rate(prate, dec(passed), dec(cnt2), "考核合格率")
    t.diff(failed, cnt2, passed, "未合格人次")
    t.year_after(y_re, "补考")
    m = t.one(r"在册渔船船员(\d+)人，持有有效适任证书或专业训练合格证的(\d+)人，持证率([\d.]+%)，较上年末的([\d.]+%)提高([\d.]+)个百分点")
    crew, holders, hrate, hlast, hinc = m.groups()
    t.rate(hrate, dec(holders), dec(crew), "持证率")
    t.diff(hinc, hrate, hlast, "持证率提高")
    m = t.one(r"四期培训于(\d{4})年11月25日全部结束")
    t.year_is(m.group(1), "培训结束")
    m = t.one(r"人均培训成本(\d+)元/人次（([\d.]+)万元÷(\d+)人次）")
    avg, sp2, cnt3 = m.groups()
    t.average(avg, dec(sp2) * 10000, dec(cnt3), "人均培训成本")
    m = t.one(r"发放问卷(\d+)份，回收有效问卷(\d+)份，表示“满意”或“比较满意”的(\d+)份，满意度([\d.]+%)")
    q_sent, q_back, q_ok, srate = m.groups()
    t.rate(srate, dec(q_ok), dec(q_back), "满意度")
    if dec(q_back) > dec(q_sent):
        t.err("implausible_rate", "more questionnaires back than sent")
    m = t.one(r"本项目预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总得分([\d.]+)分，评价等级为“(.)”")
    ps_exec, ps_out, ps_ben, ps_sat, ps_tot, pgrade = m.groups()

    # 自评表 (PDF copy)
    t.year_is(t.one(r"^（(\d{4})年度）$").group(1), "自评表年度")
    t.year_is(t.one(r"^(\d{4})年度渔船船员安全培训项目$").group(1), "title")
    t.year_report(t.one(r"^(\d{4})年3月10日$").group(1), "报告日期")
    m = t.one(r"年度资金总额 ([\d.]+) ([\d.]+)\n([\d.]*) ([\d.]+) (\d+) ([\d.]+%) ([\d.]+)")
    ti, ta1, ta2, te, tw, trate, tscore = m.groups()
    ta = ta1 + ta2
    rows = {}
    for nm in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        rows[nm] = t.one(r"^" + nm + r" (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)$").groups()
    cur, car, oth = rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]
    for k, col in ((0, "年初"), (1, "全年"), (2, "执行")):
        t.total(((ti, ta, te)[k], WAN), [(cur[k], WAN), (car[k], WAN), (oth[k], WAN)], f"自评表 {col} 列")
    t.rate(trate, dec(te), dec(ta), "自评表 年度资金总额 执行率")
    t.rate(cur[4], dec(cur[2]), dec(cur[1]), "自评表 当年财政拨款 执行率")
    t.rate(car[4], dec(car[2]), dec(car[1]), "自评表 上年结转 执行率")
    t.rate(oth[4], dec(oth[2]), dec(oth[1]), "自评表 其他资金 执行率")
    t.rate(p_rate, dec(p_spent), dec(p_annual), "执行率 (prose)")
    t.rate(p_cur_rate, dec(p_cur_spent), dec(cur[1]), "当年财政拨款执行率 (prose)")
    t.total((cur[1], WAN), [(p_init_cur, WAN), (p_add, WAN)], "当年财政拨款 全年 = 年初 + 追加")

    def row(pat, level, name):
        g = t.one(pat).groups()
        return {"level": level, "name": name, "target": g[0], "actual": g[1], "w": g[2], "s": g[3]}
    ind = [
        {"level": "exec", "name": "预算执行率", "target": "100%", "actual": trate, "w": tw, "s": tscore,
         "exec_rate": trate, "exec_exact": dec(te) / dec(ta) * 100},
        row(r"培训期数 (\S+) (\S+) (\S+) (\S+)$", "out", "培训期数"),
        row(r"培训船员人次 (≥\d+人\n次) (\S+) (\S+) (\S+)", "out", "培训船员人次"),
        row(r"培训考核合格率 (\S+) (\S+) (\S+) (\S+)$", "out", "培训考核合格率"),
        row(r"渔船船员持证率 (\S+) (\S+) (\S+) (\S+)$", "out", "渔船船员持证率"),
        row(r"培训完成时间 (\d{4}年\d+月\n\d+日前)\n(\d{4}年\d+月\d+\n日) (\S+) (\S+)$", "out", "培训完成时间"),
        row(r"人均培训成本 (\S+) (\S+) (\S+) (\S+)$", "out", "人均培训成本"),
        row(r"较大及以上渔业安全生产事故 (\S+) (\S+) (\S+) (\S+)$", "ben", "事故"),
        row(r"船员安全意识和应急处置能力 (\S+) (\S+) (\S+) (\S+) ", "ben", "安全意识"),
        row(r"船员培训长效机制 (\S+) (\S+) (\S+) (\S+) ", "ben", "长效机制"),
        row(r"参训船员满意度 (\S+) (\S+) (\S+) (\S+)$", "sat", "满意度"),
    ]
    for rr in ind[1:]:
        if rr["name"] == "培训完成时间":
            for y in re.findall(r"(\d{4})年", rr["target"] + rr["actual"]):
                t.year_is(y, "培训完成时间")
    tot_w, tot_s = t.one(r"^总分 (\S+) (\S+)$").groups()
    t.indicator_rows(ind, "自评表")
    t.score_table(ind, tot_w, tot_s, "自评表",
                  level_s={"exec": ps_exec, "out": ps_out, "ben": ps_ben, "sat": ps_sat}, prose_totals=(ps_tot,))
    t.grade(ps_tot, pgrade)

    # goal box
    m = t.one(r"举办4期，培训(\d+)人次，考核合格率([\d.]+%)，持证率([\d.]+%)")
    g_cnt, g_prate, g_hrate = m.groups()
    # same quantity, same value
    t.same("全年执行数", [p_spent, sp2, te])
    t.same("全年预算数", [p_annual, ta])
    t.same("年初预算数", [p_init, ti])
    t.same("当年财政拨款执行数", [p_cur_spent, cur[2]])
    t.same("上年结转", [p_carry, p_carry_spent, car[0], car[1], car[2]])
    t.same("当年财政拨款年初", [p_init_cur, cur[0]])
    t.same("培训人次", [cnt1, btot, cnt2, cnt3, lead_num(ind[2]["actual"]), g_cnt])
    t.same("培训人次目标", [tgt, lead_num(ind[2]["target"]), t.one(r"超过(\d+)人次的年度目标").group(1)])
    t.same("合格率", [prate, ind[3]["actual"], g_prate])
    t.same("持证率", [hrate, ind[4]["actual"], g_hrate])
    t.same("满意度", [srate, ind[10]["actual"]])
    t.same("执行率", [p_rate, trate])
    t.same("当年执行率", [p_cur_rate, cur[4]])
    t.same("人均成本", [avg, lead_num(ind[6]["actual"])])
    t.same("总分", [ps_tot, tot_s])
    m = t.one(r"年度目标：全年举办船员安全培训(\d+)期，培训船员不少于\d+人次，培训考核合格率不低于(\d+)%，全市渔船船员持证率达到(\d+)%以上；"
              r"全年不发生较大及以上渔业安全生产事故；参训船员满意度不低于(\d+)%")
    g_per, g_pass, g_hold, g_sat = m.groups()
    t.same("期数", [g_per, lead_num(ind[1]["target"]), lead_num(ind[1]["actual"]),
                   t.one(r"完成培训(\d+)期，超过").group(1), t.one(r"^举办(\d+)期，培训").group(1)])
    t.same("合格率目标", [g_pass, lead_num(ind[3]["target"])])
    t.same("持证率目标", [g_hold, lead_num(ind[4]["target"])])
    t.same("满意度目标", [g_sat, lead_num(ind[10]["target"])])
    t.same("成本控制标准", [t.one(r"低于每人次(\d+)元的控制标准").group(1), lead_num(ind[6]["target"])])
    d_end, d_plan = t.one(r"四期培训于\d{4}年11月(\d+)日全部结束，早于11月(\d+)日的计划时间").groups()
    t.same("培训结束日", [d_end, re.search(r"月(\d+)\n?日$", ind[5]["actual"]).group(1)])
    t.same("计划结束日", [d_plan, re.search(r"\n(\d+)日前", ind[5]["target"]).group(1)])


# ================================================================================ B: Rui'an 2019
def check_ruian(t):
    m = t.one(r"项目年初预算([\d.]+)万元，其中中央渔业油价补贴政策调整资金([\d.]+)万元（已于(\d{4})年(\d+)月提前下达）、"
              r"省级补助资金([\d.]+)万元、市级配套资金([\d.]+)万元")
    p_init, p_c, y_c, mon_c, p_p, p_m = m.groups()
    t.year_issue(y_c, mon_c, "中央资金提前下达")
    t.total((p_init, WAN), [(p_c, WAN), (p_p, WAN), (p_m, WAN)], "年初预算构成")
    p_add, p_annual = t.one(r"追加市级配套资金([\d.]+)万元，全年预算为([\d.]+)万元").groups()
    t.total((p_annual, WAN), [(p_init, WAN), (p_add, WAN)], "全年 = 年初 + 追加")
    # 表1
    tb = {}
    for nm, rn in (("合计", "1"), ("中央资金", "2"), ("省级资金", "3"), ("市级资金", "4"), ("其他资金", "5")):
        f = t.line_fields(r"^" + nm + r"\t" + rn + r"\t")
        tb[nm] = f[2:7]
    for k, col in enumerate(("年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余")):
        t.total((tb["合计"][k], WAN), [(tb[n][k], WAN) for n in ("中央资金", "省级资金", "市级资金", "其他资金")],
                f"表1 {col} 列")
    for nm, v in tb.items():
        t.eq("balance_mismatch", v[4], dec(v[2]) - dec(v[3]), f"表1 {nm} 结余 = 到位 - 执行")
        if dec(v[3]) > dec(v[2]) or dec(v[2]) > dec(v[1]):
            t.err("implausible_rate", f"表1 {nm}: 执行 > 到位 or 到位 > 预算")
    t.total((tb["市级资金"][1], WAN), [(tb["市级资金"][0], WAN), (p_add, WAN)], "市级 全年 = 年初 + 追加")
    t.rate(t.one(r"各级资金均已拨付到位，到位率(\d+%)").group(1), dec(tb["合计"][2]), dec(tb["合计"][1]), "到位率")
    m = t.one(r"(\d{4})年项目共支出([\d.]+)万元，预算执行率([\d.]+%)")
    y_sp, p_spent, p_rate = m.groups()
    t.year_is(y_sp, "支出年度")
    t.rate(p_rate, dec(p_spent), dec(p_annual), "执行率 (prose)")
    std = t.one(r"AIS防碰撞终端（B类）每台补助(\d+)元，北斗船载终端每台补助(\d+)元，气胀式救生筏每具补助(\d+)元").groups()
    m = t.one(r"其中设备补助([\d.]+)万元：AIS防碰撞终端(\d+)台，补助([\d.]+)万元；北斗船载终端(\d+)台，补助([\d.]+)万元；"
              r"气胀式救生筏(\d+)具，补助([\d.]+)万元，三类设备合计(\d+)台（具）。另支出设备安装检验及船东操作培训费([\d.]+)万元")
    eq_tot, n_ais, a_ais, n_bd, a_bd, n_raft, a_raft, n_all, other = m.groups()
    t.product((a_ais, WAN), n_ais, (std[0], YUAN), "AIS 补助")
    t.product((a_bd, WAN), n_bd, (std[1], YUAN), "北斗 补助")
    t.product((a_raft, WAN), n_raft, (std[2], YUAN), "救生筏 补助")
    t.total((eq_tot, WAN), [(a_ais, WAN), (a_bd, WAN), (a_raft, WAN)], "设备补助")
    t.total((n_all, WAN), [(n_ais, WAN), (n_bd, WAN), (n_raft, WAN)], "设备台（具）数")
    t.total((p_spent, WAN), [(eq_tot, WAN), (other, WAN)], "总支出")
    m_sp, m_rate = t.one(r"市级资金执行([\d.]+)万元，执行率([\d.]+%)").groups()
    t.rate(m_rate, dec(m_sp), dec(tb["市级资金"][1]), "市级资金执行率")
    bal = t.one(r"年末结余的([\d.]+)万元均为市级追加资金").group(1)
    t.eq("balance_mismatch", bal, dec(p_annual) - dec(p_spent), "结余 (prose)")
    m = t.one(r"全年共有(\d+)艘渔船的船东享受设备补助，平均每艘渔船获得补助(\d+)元；其中(\d{4})年已配备AIS")
    n_ves, avg, y_prev = m.groups()
    t.average(avg, dec(eq_tot) * 10000, dec(n_ves), "平均每艘补助")
    t.year_prev(y_prev, "上年已配备")
    t.year_is(t.one(r"安装工作于(\d{4})年10月26日全部完成").group(1), "安装完成")
    m = t.one(r"全年共为渔船安装AIS防碰撞终端(\d+)台、北斗船载终端(\d+)台，配发气胀式救生筏(\d+)具")
    o_ais, o_bd, o_raft = m.groups()
    m = t.one(r"全市(\d+)艘重点渔船中，安全设备已配齐的(\d+)艘，配备率([\d.]+%)，未配齐的(\d+)艘")
    key, done, frate, notdone = m.groups()
    t.rate(frate, dec(done), dec(key), "配备率")
    t.diff(notdone, key, done, "未配齐")
    m = t.one(r"共接收辖区渔船遇险报警信息(\d+)条，有效处置(\d+)条，有效接收率([\d.]+%)")
    al, al_ok, al_rate = m.groups()
    t.rate(al_rate, dec(al_ok), dec(al), "有效接收率")
    m = t.one(r"(\d{4})年全市渔业生产安全事故死亡(\d+)人，比(\d{4})年的(\d+)人减少(\d+)人")
    y1, d1, y0, d0, dd = m.groups()
    t.year_is(y1, "死亡人数年度")
    t.year_prev(y0, "上年死亡人数")
    t.diff(dd, d0, d1, "死亡人数减少")
    m = t.one(r"对(\d+)户受补助船东开展满意度调查，表示满意和基本满意的(\d+)户，其余(\d+)户")
    sv, sv_ok, sv_rest = m.groups()
    t.diff(sv_rest, sv, sv_ok, "满意度调查 其余户数")
    m = t.one(r"本项目自评得分([\d.]+)分，其中预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，"
              r"满意度指标得分([\d.]+)分，评价等级为“(.)”")
    ps_tot, ps_exec, ps_out, ps_ben, ps_sat, pgrade = m.groups()
    t.year_is(t.one(r"^瑞安市农业农村局(\d{4})年度$").group(1), "title")
    t.year_is(t.one(r"^(\d{4})年度项目支出绩效自评表$").group(1), "自评表年度")
    t.year_report(t.one(r"^(\d{4})年3月16日$").group(1), "报告日期")
    # 自评表 funds
    sf = {}
    for nm in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        sf[nm] = t.line_fields(r"^\t" + nm + r"\t")[2:8]
    for k, col in ((0, "年初"), (1, "全年"), (2, "执行")):
        t.total((sf["年度资金总额"][k], WAN), [(sf[n][k], WAN) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                f"自评表 {col} 列")
    tot = sf["年度资金总额"]
    t.rate(tot[4], dec(tot[2]), dec(tot[1]), "自评表 执行率")
    for nm in ("上年结转资金", "其他资金"):
        t.rate(sf[nm][4], dec(sf[nm][2]), dec(sf[nm][1]), f"自评表 {nm} 执行率")
    # indicators
    names = [("out", "AIS防碰撞终端配备数量"), ("out", "北斗船载终端配备数量"), ("out", "气胀式救生筏配发数量"),
             ("out", "重点渔船安全设备配备率"), ("out", "设备安装验收合格率"), ("out", "设备安装完成时间"),
             ("ben", "渔船遇险报警信息有效接收率"), ("ben", "渔业生产安全事故死亡人数"), ("ben", "救生设备长期有效运行"),
             ("sat", "受补助船东满意度")]
    ind = [{"level": "exec", "name": "预算执行率", "target": "100%", "actual": tot[4], "w": tot[3], "s": tot[5],
            "exec_rate": tot[4], "exec_exact": dec(tot[2]) / dec(tot[1]) * 100}]
    for lvl, nm in names:
        tg, ac, w, s = t.row_after_name(nm)
        ind.append({"level": lvl, "name": nm, "target": tg, "actual": ac, "w": w, "s": s})
    for y in re.findall(r"(\d{4})年", ind[6]["target"] + ind[6]["actual"]):
        t.year_is(y, "安装完成时间")
    f = t.line_fields(r"^\t总分\t")
    tot_w, tot_s = f[6], f[7]
    t.indicator_rows(ind, "自评表")
    t.score_table(ind, tot_w, tot_s, "自评表",
                  level_s={"exec": ps_exec, "out": ps_out, "ben": ps_ben, "sat": ps_sat}, prose_totals=(ps_tot,))
    t.grade(ps_tot, pgrade)
    m = t.one(r"配备AIS防碰撞终端(\d+)台、北斗船载终端(\d+)台、救生筏(\d+)具，重点渔船配备率([\d.]+%)，死亡人数比上年减少(\d+)人")
    g_ais, g_bd, g_raft, g_rate, g_dd = m.groups()
    t.same("AIS台数", [n_ais, o_ais, g_ais, lead_num(ind[1]["actual"])])
    t.same("北斗台数", [n_bd, o_bd, g_bd, lead_num(ind[2]["actual"])])
    t.same("救生筏具数", [n_raft, o_raft, g_raft, lead_num(ind[3]["actual"])])
    t.same("配备率", [frate, g_rate] + ([ind[4]["actual"]] if unit_of(ind[4]["actual"]) == "%" else []))
    t.same("接收率", [al_rate, ind[7]["actual"]])
    if unit_of(ind[10]["actual"]) == "%":
        t.rate(ind[10]["actual"], dec(sv_ok), dec(sv), "满意度 (自评表)")
    t.same("死亡人数减少", [dd, g_dd])
    t.same("全年执行数", [p_spent, tb["合计"][3], tot[2]])
    t.same("全年预算数", [p_annual, tb["合计"][1], tot[1]])
    t.same("年初预算数", [p_init, tb["合计"][0], tot[0]])
    t.same("中央", [p_c, tb["中央资金"][0]])
    t.same("省级", [p_p, tb["省级资金"][0]])
    t.same("市级年初", [p_m, tb["市级资金"][0]])
    t.same("市级执行", [m_sp, tb["市级资金"][3]])
    t.same("结余", [bal, tb["合计"][4]])
    t.same("执行率", [p_rate, tot[4]])
    t.same("执行得分", [ps_exec, tot[5]])
    t.same("总分", [ps_tot, tot_s])
    m = t.one(r"全年为渔船配备AIS防碰撞终端不少于(\d+)台、北斗船载终端不少于(\d+)台、气胀式救生筏不少于(\d+)具，重点渔船安全设备配备率达到(\d+)%以上，"
              r"设备于(\d{4})年10月(\d+)日前安装完毕；渔船遇险报警信息有效接收率不低于(\d+)%，渔业生产安全事故死亡人数较上年下降；受补助船东满意度达到(\d+)%以上")
    g = m.groups()
    t.year_is(g[4], "目标安装时限")
    for k, i in ((0, 1), (1, 2), (2, 3), (3, 4), (6, 7), (7, 10)):
        t.same(f"目标 {ind[i]['name']}", [g[k], lead_num(ind[i]["target"])])
    t.same("安装时限", [g[5], re.search(r"月(\d+)日前", ind[6]["target"]).group(1)])
    t.same("安装完成日", [t.one(r"安装工作于\d{4}年10月(\d+)日全部完成").group(1),
                     re.search(r"月(\d+)日$", ind[6]["actual"]).group(1)])
    t.same("验收合格率", [t.one(r"检验，合格率(\d+)%").group(1), lead_num(ind[5]["actual"])])
    md = re.search(r"（(\d+)人，上年(\d+)人）", ind[8]["actual"])
    t.same("死亡人数", [d1, md.group(1)])
    t.same("上年死亡人数", [d0, md.group(2)])


# ================================================================================ C: Fuding 2024 (department)
def check_fuding(t):
    t.year_is(t.one(r"^福鼎市海洋与渔业局(\d{4})年度部门整体支出绩效自评报告$").group(1), "title")
    t.year_report(t.one(r"^发布时间：(\d{4})-").group(1), "发布时间")
    t.year_report(t.one(r"^(\d{4})年4月18日$").group(1), "报告日期")
    t.year_is(t.one(r"(\d{4})年末核定编制").group(1), "编制年末")
    m = t.one(r"分别培训(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次和(\d+)人次，共计(\d+)人次")
    *bs, btot = m.groups()
    t.total((btot, WAN), [(b, WAN) for b in bs], "五期人次")
    m = t.one(r"更新配备AIS防碰撞终端(\d+)台、北斗船载终端(\d+)台、气胀式救生筏(\d+)具，合计(\d+)台（具）")
    a, b, c, dtot = m.groups()
    t.total((dtot, WAN), [(a, WAN), (b, WAN), (c, WAN)], "设备台（具）")
    m = t.one(r"在册渔船船员(\d+)人，持证(\d+)人，持证率([\d.]+%)，较(\d{4})年末（([\d.]+%)）又有提高")
    crew, hold, hrate, y_prev, hprev = m.groups()
    t.rate(hrate, dec(hold), dec(crew), "持证率")
    t.year_prev(y_prev, "上年持证率")
    if dec(hprev) >= dec(hrate):
        t.err("conflicting_values", "持证率 said to rise")
    m = t.one(r"海上遇险人员(\d+)人，成功救助(\d+)人，救助成功率([\d.]+%)")
    rs, rs_ok, rs_rate = m.groups()
    t.rate(rs_rate, dec(rs_ok), dec(rs), "救助成功率")
    m = t.one(r"(\d{4})年部门年初预算([\d.]+)万元（含上年结转资金），年中追加省级渔业发展补助等资金([\d.]+)万元，调整后全年预算([\d.]+)万元")
    y_b, p_init, p_add, p_annual = m.groups()
    t.year_is(y_b, "预算年度")
    t.total((p_annual, WAN), [(p_init, WAN), (p_add, WAN)], "全年 = 年初 + 追加")
    src = {}
    for nm, rn in (("合计", "1"), ("当年一般公共预算拨款", "2"), ("政府性基金预算拨款", "3"), ("上年结转资金", "4"),
                   ("其他资金", "5")):
        src[nm] = t.line_fields(r"^" + nm + r"\t" + rn + r"\t")[2]
    t.total((src["合计"], WAN), [(src[n], WAN) for n in ("当年一般公共预算拨款", "政府性基金预算拨款", "上年结转资金", "其他资金")],
            "资金来源")
    p_spent, p_rate = t.one(r"全年支出([\d.]+)万元，部门预算执行率([\d.]+%)").groups()
    t.rate(p_rate, dec(p_spent), dec(p_annual), "部门预算执行率 (prose)")
    cat = {}
    for key, pat in (("合计", r"^合计\t(?!1\t)\d"), ("基本支出", r"^基本支出\t"), ("人员经费", r"^其中：人员经费\t"),
                     ("公用经费", r"^\u3000+公用经费\t"), ("项目支出", r"^项目支出\t")):
        cat[key] = t.line_fields(pat)[1:4]
    for k, col in ((0, "全年预算数"), (1, "全年执行数")):
        t.total((cat["合计"][k], WAN), [(cat["基本支出"][k], WAN), (cat["项目支出"][k], WAN)], f"支出类别 {col}")
        t.total((cat["基本支出"][k], WAN), [(cat["人员经费"][k], WAN), (cat["公用经费"][k], WAN)], f"基本支出 {col}")
    for key, v in cat.items():
        t.rate(v[2], dec(v[1]), dec(v[0]), f"{key} 执行率")
    bal = t.one(r"年末结转结余([\d.]+)万元，均为项目支出未支付部分").group(1)
    t.eq("balance_mismatch", bal, dec(p_annual) - dec(p_spent), "结转结余 = 全年预算 - 执行")
    t.eq("balance_mismatch", bal, dec(cat["项目支出"][0]) - dec(cat["项目支出"][1]), "结转结余 = 项目支出预算 - 执行")
    t.year_after(t.one(r"已结转至(\d{4})年继续拨付").group(1), "结转")
    m = t.one(r"“三公”经费年初预算([\d.]+)万元，全年支出([\d.]+)万元，比(\d{4})年的([\d.]+)万元下降([\d.]+%)。其中公务用车运行维护费([\d.]+)万元、"
              r"公务接待费([\d.]+)万元，因公出国（境）费(\d+)元")
    sg_b, sg_s, y_sg, sg_last, sg_dec, car, rec, abroad = m.groups()
    t.year_prev(y_sg, "三公 上年")
    t.rate(sg_dec, dec(sg_last) - dec(sg_s), dec(sg_last), "三公 下降率")
    t.total((sg_s, WAN), [(car, WAN), (rec, WAN), (abroad, YUAN)], "三公 构成")
    t.year_is(t.one(r"^(\d{4})年我局项目支出共16个").group(1), "项目年度")
    m = t.one(r"其中渔船船员安全培训([\d.]+)万元、渔船安全设备更新配备补助([\d.]+)万元、渔港及避风锚地管护([\d.]+)万元、"
              r"渔业执法船艇运行维护([\d.]+)万元，其余12个项目合计([\d.]+)万元")
    pb = m.groups()
    t.total((cat["项目支出"][0], WAN), [(x, WAN) for x in pb], "项目支出构成")
    proj = {}
    for nm in ("渔船船员安全培训", "渔船安全设备更新配备补助", "渔港及避风锚地管护", "渔业执法船艇运行维护"):
        proj[nm] = t.line_fields(r"^" + nm + r"\t")[1:5]
    for nm, v in proj.items():
        t.rate(v[2], dec(v[1]), dec(v[0]), f"{nm} 执行率")
    for nm, x in zip(proj, pb[:4]):
        t.same(f"{nm} 预算", [x, proj[nm][0]])
    avg = t.one(r"平均([\d.]+)分").group(1)
    t.average(avg, sum(dec(v[3]) for v in proj.values()), D(len(proj)), "重点项目平均得分")
    if any(dec(v[3]) < 90 for v in proj.values()):
        t.err("conflicting_values", "项目得分 said to be all above 90")
    m = t.one(r"全年项目资金支付及时率([\d.]+%)，未达到(\d+)%的目标值")
    pay, pay_t = m.groups()
    m = t.one(r"自评得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，评价等级为“(.)”")
    ps_tot, ps_exec, ps_out, ps_ben, ps_sat, pgrade = m.groups()
    names = [("exec", "部门预算执行率"), ("out", "渔船船员安全培训人次"), ("out", "渔船安全设备更新配备数量"),
             ("out", "渔船船员持证率"), ("out", "项目资金支付及时率"), ("ben", "较大及以上渔业安全生产事故"),
             ("ben", "渔船海上遇险救助成功率"), ("ben", "渔港安全管理长效机制"), ("sat", "渔民群众满意度")]
    ind = []
    for lvl, nm in names:
        tg, ac, w, s = t.row_after_name(nm)
        rr = {"level": lvl, "name": nm, "target": tg, "actual": ac, "w": w, "s": s}
        if lvl == "exec":
            rr["exec_rate"] = ac
            rr["exec_exact"] = dec(p_spent) / dec(p_annual) * 100
        ind.append(rr)
    f = t.line_fields(r"^合计\t\t")
    tot_w, tot_s = f[5], f[6]
    t.indicator_rows(ind, "自评表")
    t.score_table(ind, tot_w, tot_s, "自评表",
                  level_s={"exec": ps_exec, "out": ps_out, "ben": ps_ben, "sat": ps_sat}, prose_totals=(ps_tot,))
    t.grade(ps_tot, pgrade)
    t.same("培训人次", [btot, lead_num(ind[1]["actual"])])
    t.same("设备台（具）", [dtot, lead_num(ind[2]["actual"])])
    t.same("持证率", [hrate, ind[3]["actual"]])
    t.same("支付及时率", [pay, ind[4]["actual"]])
    t.same("支付及时率目标", [pay_t, lead_num(ind[4]["target"])])
    t.same("救助成功率", [rs_rate, ind[6]["actual"]])
    t.same("执行率", [p_rate, cat["合计"][2], ind[0]["actual"]])
    t.same("全年预算", [p_annual, src["合计"], cat["合计"][0]])
    t.same("全年执行", [p_spent, cat["合计"][1]])
    t.same("总分", [ps_tot, tot_s])


# ================================================================================ D: Lufeng 2020
def check_lufeng(t):
    t.year_is(t.one(r"陆丰市农业农村局(\d{4})年度渔船安全生产").group(1), "title")
    t.year_is(t.one(r"项目实施计划：(\d{4})年1月至12月").group(1), "实施期")
    t.year_report(t.one(r"^(\d{4})年2月26日$").group(1), "报告日期")
    a = t.t.index("（二）预算执行情况")
    b = t.t.index("\n年初预算", a)
    rows = {bl[0]: bl for bl in blocks(t.t[a:b]) if bl and bl[0].endswith("资金") or bl and bl[0].startswith("预算")
            or bl and bl[0] == "资金结余"}
    need = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]
    for n in need:
        if n not in rows or len(rows[n]) != 10:
            raise ExtractError(f"funds row {n} not read: {rows.get(n)}")

    def v(x):
        return D(0) if x == "" else dec(x)
    for n in need[:5]:
        c = rows[n][2:10]  # total, subtotal, central, prov, city, county, carry, other
        cs = [x if x != "" else "0" for x in c]
        t.total((cs[1], WAN), [(cs[2], WAN), (cs[3], WAN), (cs[4], WAN), (cs[5], WAN)], f"{n} 小计")
        t.total((cs[0], WAN), [(cs[1], WAN), (cs[6], WAN), (cs[7], WAN)], f"{n} 年度总金额")
    for k in range(2, 10):
        col = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"][k - 2]
        r2, r3, r4 = (v(rows[n][k]) for n in ("全年预算资金", "实际到位资金", "全年执行资金"))
        t.eq("balance_mismatch", rows["资金结余"][k] or "0", r3 - r4, f"(5)=(3)-(4) {col}")
        t.rate(rows["预算到位率"][k], r3, r2, f"(6)=(3)/(2) {col}")
        t.rate(rows["预算执行率(%)"][k], r4, r2, f"(7)=(4)/(2) {col}")
    fy = lambda n, k: rows[n][k]
    m = t.one(r"年初预算([\d.]+)万元，5月市财政追加县级配套资金([\d.]+)万元，全年预算([\d.]+)万元，资金全部到位")
    p_init, p_add, p_annual = m.groups()
    t.total((p_annual, WAN), [(p_init, WAN), (p_add, WAN)], "全年 = 年初 + 追加")
    t.total((fy("全年预算资金", 7), WAN), [(fy("年初预算资金", 7), WAN), (p_add, WAN)], "县区级 全年 = 年初 + 追加")
    m = t.one(r"截至(\d{4})年12月31日，项目支出([\d.]+)万元，结余([\d.]+)万元，其中AIS防碰撞终端因疫情影响供货延迟，(\d+)台未能在年内安装，"
              r"相应资金([\d.]+)万元，另有培训结余([\d.]+)万元，上述资金已结转至(\d{4})年继续使用")
    y_asof, p_spent, p_bal, n_late, a_late, tr_bal, y_cf = m.groups()
    t.year_is(y_asof, "截至")
    t.year_after(y_cf, "结转")
    t.eq("balance_mismatch", p_bal, dec(p_annual) - dec(p_spent), "结余 (prose)")
    t.total((p_bal, WAN), [(a_late, WAN), (tr_bal, WAN)], "结余构成")
    m = t.one(r"北斗船载终端(\d+)台，每台(\d+)元，计([\d.]+)万元；AIS防碰撞终端(\d+)台，每台(\d+)元，计([\d.]+)万元；救生衣(\d+)件，每件(\d+)元，"
              r"计([\d.]+)万元；船员安全培训(\d+)人，每人(\d+)元，计([\d.]+)万元；安全宣传及应急演练([\d.]+)万元。预算执行率([\d.]+%)，执行率得分([\d.]+)分")
    n_bd, pr_bd, a_bd, n_ais, pr_ais, a_ais, n_lj, pr_lj, a_lj, n_tr, pr_tr, a_tr, a_pr, p_rate, p_escore = m.groups()
    t.product((a_bd, WAN), n_bd, (pr_bd, YUAN), "北斗")
    t.product((a_ais, WAN), n_ais, (pr_ais, YUAN), "AIS")
    t.product((a_lj, WAN), n_lj, (pr_lj, YUAN), "救生衣")
    t.product((a_tr, WAN), n_tr, (pr_tr, YUAN), "培训")
    t.product((a_late, WAN), n_late, (pr_ais, YUAN), "未安装AIS资金")
    t.total((p_spent, WAN), [(x, WAN) for x in (a_bd, a_ais, a_lj, a_tr, a_pr)], "支出明细")
    t.rate(p_rate, dec(p_spent), dec(p_annual), "执行率 (prose)")
    m = t.one(r"全年共为小型渔船安装北斗船载终端(\d+)台、AIS防碰撞终端(\d+)台，配发救生衣(\d+)件")
    o_bd, o_ais, o_lj = m.groups()
    ais_comp = t.one(r"AIS终端完成年度目标的(\d+)%").group(1)
    tg_ais = t.one(r"AIS防碰撞终端不少于(\d+)台").group(1)
    t.completion(ais_comp, "≥" + tg_ais, o_ais, "AIS (prose)")
    m = t.one(r"分别培训(\d+)人、(\d+)人，合计(\d+)人，考核合格(\d+)人，合格率([\d.]+%)，低于(\d+)%的目标值")
    b1, b2, btot, passed, prate, ptgt = m.groups()
    t.total((btot, WAN), [(b1, WAN), (b2, WAN)], "两期人数")
    t.rate(prate, dec(passed), dec(btot), "合格率")
    t.year_is(t.one(r"设备于(\d{4})年11月28日全部安装完毕").group(1), "安装完毕")
    m = t.one(r"发放满意度问卷(\d+)份，满意(\d+)份，满意度([\d.]+%)，未达到(\d+)%的目标值")
    q, q_ok, srate, stgt = m.groups()
    t.rate(srate, dec(q_ok), dec(q), "满意度")
    p_tot, p_grade = t.one(r"总得分([\d.]+)分，属于“(..)”").groups()
    t.grade(p_tot, p_grade)
    # summary table
    a = t.t.index("属于“")
    b = t.t.index("三、项目绩效分析", a)
    summ = {bl[0]: bl for bl in blocks(t.t[a:b]) if len(bl) == 3}
    lvl_map = {"预算执行": "exec", "产出指标": "out", "效益指标": "ben", "满意度指标": "sat"}
    level_w = {lvl_map[k]: summ[k][1] for k in lvl_map}
    level_s = {lvl_map[k]: summ[k][2] for k in lvl_map}
    if sum(dec(x) for x in level_w.values()) != dec(summ["合计"][1]) or dec(summ["合计"][1]) != 100:
        t.err("weight_sum_mismatch", "summary table weights")
    # 附件1
    a = t.t.index("附件1.项目支出绩效自评表")
    att = [bl for bl in blocks(t.t[a:]) if len(bl) == 9 and bl[2] != "三级指标"]
    if len(att) != 11:
        raise ExtractError(f"附件1 rows read: {len(att)}")
    cur = None
    ind = []
    for bl in att:
        if bl[0]:
            cur = {"预算执行指标": "exec", "产出指标": "out", "效益指标": "ben", "满意度指标": "sat"}[bl[0]]
        rr = {"level": cur, "name": bl[2], "w": bl[3], "target": bl[4], "actual": bl[5], "comp": bl[6], "s": bl[7]}
        if cur == "exec":
            rr["exec_rate"] = bl[5]
            rr["exec_exact"] = dec(p_spent) / dec(p_annual) * 100
            t.rate(bl[5], dec(p_spent), dec(p_annual), "附件1 执行率")
        ind.append(rr)
        for y in re.findall(r"(\d{4})年", bl[4] + bl[5]):
            t.year_is(y, f"附件1 {bl[2]}")
        m2 = re.search(r"结转至(\d{4})年", bl[8])
        if m2:
            t.year_after(m2.group(1), "附件1 结转")
    t.indicator_rows(ind, "附件1")
    t.score_table(ind, None, None, "附件1", level_w=level_w, level_s=level_s, prose_totals=(p_tot, summ["合计"][2]))
    byname = {r["name"]: r for r in ind}
    t.same("北斗台数", [n_bd, o_bd, lead_num(byname["北斗船载终端安装数量"]["actual"])])
    t.same("AIS台数", [n_ais, o_ais, lead_num(byname["AIS防碰撞终端安装数量"]["actual"])])
    t.same("培训人数", [n_tr, btot, lead_num(byname["船员安全培训人数"]["actual"])])
    t.same("合格率", [prate, byname["培训考核合格率"]["actual"]])
    t.same("合格率目标", [ptgt, lead_num(byname["培训考核合格率"]["target"])])
    t.same("满意度", [srate, byname["渔民满意度"]["actual"]])
    t.same("满意度目标", [stgt, lead_num(byname["渔民满意度"]["target"])])
    t.same("人均培训成本", [pr_tr, lead_num(byname["人均培训成本"]["actual"])])
    t.same("执行率", [p_rate, byname["预算执行率"]["actual"], rows["预算执行率(%)"][2]])
    t.same("执行得分", [p_escore, byname["预算执行率"]["s"], summ["预算执行"][2]])
    t.same("全年执行", [p_spent, rows["全年执行资金"][2]])
    t.same("全年预算", [p_annual, rows["全年预算资金"][2]])
    t.same("年初预算", [p_init, rows["年初预算资金"][2]])
    t.same("结余", [p_bal, rows["资金结余"][2]])
    t.same("总分", [p_tot, summ["合计"][2]])
    m = t.one(r"为小型渔船安装北斗船载终端不少于(\d+)台、AIS防碰撞终端不少于(\d+)台，配发救生衣(\d+)件；举办船员安全培训(\d+)期，培训不少于(\d+)人，"
              r"考核合格率不低于(\d+)%；设备于(\d{4})年12月(\d+)日前安装完毕")
    g = m.groups()
    t.year_is(g[6], "目标安装时限")
    t.same("北斗目标", [g[0], lead_num(byname["北斗船载终端安装数量"]["target"])])
    t.same("AIS目标", [g[1], tg_ais, lead_num(byname["AIS防碰撞终端安装数量"]["target"])])
    t.same("救生衣", [g[2], n_lj, o_lj])
    t.same("培训目标", [g[4], lead_num(byname["船员安全培训人数"]["target"])])
    t.same("合格率目标", [g[5], ptgt])
    t.same("安装时限", [g[7], re.search(r"12月(\d+)日前", byname["设备安装完成时间"]["target"]).group(1)])
    t.same("安装完成日", [t.one(r"设备于\d{4}年11月(\d+)日全部安装完毕").group(1),
                     re.search(r"月(\d+)日$", byname["设备安装完成时间"]["actual"]).group(1)])
    if int(g[3]) != 2:
        t.err("conflicting_values", "培训期数")


# ================================================================================ E: Sheyang 2018
def check_sheyang(t):
    t.year_is(t.one(r"关于开展(\d{4})年度财政支出项目绩效自评工作").group(1), "通知年度")
    t.year_is(t.one(r"我局对(\d{4})年度海洋渔船").group(1), "自评对象年度")
    t.year_is(t.one(r"^项目支出绩效自评表（(\d{4})年度）$").group(1), "自评表年度")
    t.year_report(t.one(r"^(\d{4})年4月12日$").group(1), "报告日期")
    m = t.one(r"本项目年初预算(\d+)万元，全部为县级财政资金。(\d{4})年(\d+)月，省海洋与渔业局下达渔业安全生产专项补助([\d.]+)万元，全年预算调整为([\d.]+)万元")
    p_init, y_iss, mon_iss, p_add, p_annual = m.groups()
    t.year_issue(y_iss, mon_iss, "省级补助下达")
    t.total((p_annual, WAN), [(p_init, WAN), (p_add, WAN)], "全年 = 年初 + 追加")
    i = t.t.index("全年预算数｜实际到位数｜实际支出数｜结余｜执行率\n")
    line = t.t[i:].split("\n")[1]
    fb, fr, fs, fbal, frate = line.split("｜")
    t.eq("balance_mismatch", fbal, dec(fr) - dec(fs), "结余 = 到位 - 支出")
    t.rate(frate, dec(fs), dec(fb), "执行率 (资金表)")
    if dec(fr) > dec(fb):
        t.err("implausible_rate", "到位 > 预算")
    m = t.one(r"全年实际支出([\d.]+)万元，具体为：船员培训费([\d.]+)万元（(\d+)人，每人(\d+)元）；救生衣(\d+)件，每件(\d+)元，计(\d+(?:\.\d+)?)(万元|元)；"
              r"船用灭火器(\d+)具，每具(\d+)元，计([\d.]+)万元；北斗示位仪(\d+)台，每台(\d+)元，计([\d.]+)万元；教材印制及考试费([\d.]+)万元")
    (p_spent, a_tr, n_tr, pr_tr, n_lj, pr_lj, a_lj, u_lj, n_fe, pr_fe, a_fe, n_bd, pr_bd, a_bd, a_bk) = m.groups()
    t.product((a_tr, WAN), n_tr, (pr_tr, YUAN), "培训费")
    t.product((a_lj, UNIT[u_lj]), n_lj, (pr_lj, YUAN), "救生衣")
    t.product((a_fe, WAN), n_fe, (pr_fe, YUAN), "灭火器")
    t.product((a_bd, WAN), n_bd, (pr_bd, YUAN), "北斗示位仪")
    t.total((p_spent, WAN), [(a_tr, WAN), (a_lj, UNIT[u_lj]), (a_fe, WAN), (a_bd, WAN), (a_bk, WAN)], "支出明细")
    tgt = t.one(r"培训渔船船员不少于(\d+)人").group(1)
    m = t.one(r"分别培训(\d+)人、(\d+)人、(\d+)人，共(\d+)人，完成年度目标的([\d.]+%)，比(\d{4})年的(\d+)人有较大增长")
    b1, b2, b3, btot, bcomp, y_last, last = m.groups()
    t.total((btot, WAN), [(b1, WAN), (b2, WAN), (b3, WAN)], "三期人数")
    t.completion(bcomp, "≥" + tgt, btot, "培训人数 (prose)")
    t.year_prev(y_last, "上年培训人数")
    if dec(last) >= dec(btot):
        t.err("conflicting_values", "said to grow")
    m = t.one(r"全年3期培训覆盖渔船船员(\d+)人，考核合格(\d+)人，合格率([\d.]+%)")
    o_tr, passed, prate = m.groups()
    t.rate(prate, dec(passed), dec(o_tr), "合格率")
    exp_n = t.one(r"(\d+)名参训船员在培训现场").group(1)
    m = t.one(r"(\d{4})年全县渔业安全生产事故死亡(\d+)人，比(\d{4})年的(\d+)人减少(\d+)人")
    y1, d1, y0, d0, dd = m.groups()
    t.year_is(y1, "死亡人数年度")
    t.year_prev(y0, "上年死亡人数")
    t.diff(dd, d0, d1, "死亡人数减少")
    m = t.one(r"发放满意度调查问卷(\d+)份，满意(\d+)份，满意度([\d.]+%)")
    q, q_ok, srate = m.groups()
    t.rate(srate, dec(q_ok), dec(q), "满意度")
    y_tot, p_tot = t.one(r"本项目(\d{4})年度综合得分([\d.]+)分").groups()
    t.year_is(y_tot, "综合得分年度")
    # 自评表
    sf = {}
    for nm in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        sf[nm] = t.line_fields(r"^" + nm + r"｜", "｜")[1:7]
    for k, col in ((0, "年初"), (1, "全年"), (2, "执行")):
        t.total((sf["年度资金总额"][k], WAN), [(sf[n][k], WAN) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")],
                f"自评表 {col} 列")
    tot = sf["年度资金总额"]
    t.rate(tot[4], dec(tot[2]), dec(tot[1]), "自评表 执行率")
    cur = sf["其中：当年财政拨款"]
    t.rate(cur[4], dec(cur[2]), dec(cur[1]), "自评表 当年财政拨款 执行率")
    for nm in ("上年结转资金", "其他资金"):
        t.rate(sf[nm][4], dec(sf[nm][2]), dec(sf[nm][1]), f"自评表 {nm} 执行率")
    lv = {"产出指标": "out", "效益指标": "ben", "满意度指标": "sat"}
    ind = [{"level": "exec", "name": "预算执行率", "target": "100%", "actual": tot[4], "w": tot[3], "s": tot[5],
            "exec_rate": tot[4], "exec_exact": dec(tot[2]) / dec(tot[1]) * 100}]
    for ln in t.t.split("\n"):
        f = ln.split("｜")
        if f[0] in lv and len(f) == 8:
            ind.append({"level": lv[f[0]], "name": f[2], "target": f[3], "actual": f[4], "w": f[5], "s": f[6]})
    if len(ind) != 13:
        raise ExtractError(f"indicator rows read: {len(ind)}")
    for rr in ind:
        for y in re.findall(r"(\d{4})年", rr["target"] + rr["actual"]):
            t.year_is(y, f"自评表 {rr['name']}")
    f = t.line_fields(r"^总分｜", "｜")
    tot_w, tot_s, tail = f[5], f[6], f[7]
    t.indicator_rows(ind, "自评表")
    t.score_table(ind, tot_w, tot_s, "自评表", prose_totals=(p_tot,))
    t.grade(tot_s, t.one(r"自评等级：(\S+)$").group(1))
    byname = {r["name"]: r for r in ind}
    t.same("培训人数", [n_tr, btot, o_tr, exp_n, lead_num(byname["培训渔船船员人数"]["actual"])])
    t.same("培训目标", [tgt, lead_num(byname["培训渔船船员人数"]["target"])])
    t.same("合格率", [prate, byname["培训考核合格率"]["actual"]])
    t.same("满意度", [srate, byname["渔民满意度"]["actual"]])
    t.same("救生衣", [n_lj, lead_num(byname["救生衣配发数量"]["actual"])])
    t.same("灭火器", [n_fe, lead_num(byname["船用灭火器配发数量"]["actual"])])
    t.same("北斗示位仪", [n_bd, lead_num(byname["北斗示位仪安装数量"]["actual"])])
    t.same("人均培训费", [pr_tr, lead_num(byname["人均培训费用"]["actual"])])
    t.same("全年预算", [p_annual, fb, tot[1]])
    t.same("到位", [fr, p_annual])
    t.same("全年执行", [p_spent, fs, tot[2]])
    t.same("年初预算", [p_init, tot[0]])
    t.same("执行率", [frate, tot[4]])
    t.same("总分", [p_tot, tot_s])
    m = t.one(r"全年举办船员安全培训(\d+)期，培训渔船船员不少于\d+人，考核合格率不低于(\d+)%；配发救生衣不少于(\d+)件、船用灭火器不少于(\d+)具，"
              r"安装北斗示位仪不少于(\d+)台，设备于(\d+)月底前配发完毕；渔业安全生产事故死亡人数较上年下降；渔民满意度不低于(\d+)%")
    g = m.groups()
    t.same("期数", [g[0], lead_num(byname["培训期数"]["target"]), lead_num(byname["培训期数"]["actual"]),
                   t.one(r"培训分(\d+)期进行").group(1), t.one(r"全年(\d+)期培训覆盖").group(1)])
    t.same("合格率目标", [g[1], lead_num(byname["培训考核合格率"]["target"])])
    t.same("救生衣目标", [g[2], lead_num(byname["救生衣配发数量"]["target"])])
    t.same("灭火器目标", [g[3], lead_num(byname["船用灭火器配发数量"]["target"])])
    t.same("示位仪目标", [g[4], lead_num(byname["北斗示位仪安装数量"]["target"])])
    t.same("配发月份", [g[5], re.search(r"年(\d+)月", byname["设备配发完成时间"]["target"]).group(1)])
    t.same("满意度目标", [g[6], lead_num(byname["渔民满意度"]["target"]), t.one(r"略低于(\d+)%的目标值").group(1)])
    t.same("配发完成日", [t.one(r"上门安装调试，10月(\d+)日全部完成").group(1),
                     re.search(r"月(\d+)日$", byname["设备配发完成时间"]["actual"]).group(1)])
    m = t.one(r"配发救生衣(\d+)件、船用灭火器(\d+)具，安装北斗示位仪(\d+)台，设备数量指标全部完成")
    t.same("救生衣 (产出)", [m.group(1), n_lj])
    t.same("灭火器 (产出)", [m.group(2), n_fe])
    t.same("示位仪 (产出)", [m.group(3), n_bd])
    t.same("死亡人数", [d1, re.search(r"（(\d+)人，上年(\d+)人）", byname["渔业安全生产事故死亡人数"]["actual"]).group(1)])
    t.same("上年死亡人数", [d0, re.search(r"上年(\d+)人", byname["渔业安全生产事故死亡人数"]["actual"]).group(1)])


CHECKERS = {
    "sd-rongcheng-chuanyuanpeixun-2022": (check_rongcheng, 2022),
    "zj-ruian-yuchuanshebei-2019": (check_ruian, 2019),
    "fj-fuding-haiyuju-bumen-2024": (check_fuding, 2024),
    "gd-lufeng-yuchuananquan-2020": (check_lufeng, 2020),
    "js-sheyang-chuanyuanjiusheng-2018": (check_sheyang, 2018),
}


def run_checks(source, text):
    fn, year = CHECKERS[source]
    r = Run(text, year)
    fn(r)
    return r.findings


def occurrences(text, value):
    out, i = [], text.find(value)
    while value and i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def diff_region(a, b):
    """Common prefix / suffix: the region of b that differs from a, as [start, end)."""
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    s = 0
    while s < len(a) - p and s < len(b) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s - p


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    on_disk = sorted(os.listdir(CASES))
    if sorted(texts) != on_disk:
        problems.append(f"cases on disk and labels differ: {set(on_disk) ^ set(texts)}")
    code_count = Counter()
    where = Counter()
    per_source = Counter()
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        src = rec["source"]
        per_source[src] += 1
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside the target band")
        else:
            if len(rec["expected"]) != 1:
                problems.append(f"{name}: expected exactly one label")
                continue
            lab = rec["expected"][0]
            if lab["code"] not in CODES or lab["severity"] != "error":
                problems.append(f"{name}: code/severity {lab['code']}/{lab['severity']}")
            code_count[lab["code"]] += 1
            occ = occurrences(text, lab["value"])
            if not occ:
                problems.append(f"{name}: label value not found: {lab['value']!r}")
            clean = texts[f"{src}-clean.txt"]
            s, e, removed = diff_region(clean, text)
            if s == e and removed == 0:
                problems.append(f"{name}: identical to its clean draft")
            region = (s, max(e, s + 1))
            if not any(o[0] < region[1] and region[0] < o[1] for o in occ):
                problems.append(f"{name}: diff region {region} does not overlap the label value")
            if e - s > 160:
                problems.append(f"{name}: diff region too long ({e - s} chars)")
        try:
            findings = run_checks(src, text)
        except ExtractError as exc:
            problems.append(f"{name}: could not read a figure: {exc}")
            continue
        errs = {c for c, sev, _ in findings if sev == "error"}
        if rec["clean"]:
            for f in findings:
                problems.append(f"{name}: clean draft fails {f[0]} ({f[1]}): {f[2]}")
        else:
            want = rec["expected"][0]["code"]
            if want not in errs:
                problems.append(f"{name}: labelled {want} not found; found {sorted(errs)}")
            extra = errs - {want}
            for c, sev, msg in findings:
                if sev == "error" and c in extra:
                    problems.append(f"{name}: unlabelled error {c}: {msg}")
    for c in CODES:
        if code_count[c] < 2:
            problems.append(f"code {c} used {code_count[c]} times (< 2)")
    for src, n in per_source.items():
        if n != 7:
            problems.append(f"{src}: {n} cases, expected 7")
    print("cases:", len(labels), "| codes:", ", ".join(f"{c}={code_count[c]}" for c in CODES))
    for p in problems:
        print("PROBLEM", p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
