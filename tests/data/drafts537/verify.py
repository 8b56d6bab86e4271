#!/usr/bin/env python3
"""Verify drafts537: re-read every figure from the drafts and redo their arithmetic.

Standard library + decimal only.  For each project a function reads the figures back from the
text (regular expressions anchored on the wording, plus a small table parser) and runs the
identities of rules.md §7 with the tolerance of §8.  Findings are (severity, code, message).

Asserts:
  * every clean draft: no finding at all (errors or warnings);
  * every error case: its set of error codes is exactly {labelled code} (warnings allowed);
  * label values occur exactly once in their case; the case differs from its clean draft by one
    contiguous edit of at most 40 characters that overlaps the value;
  * each of the 13 codes of errors.md §A is labelled at least twice; 35 cases, 5 clean.
Prints OK on success.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D, getcontext

getcontext().prec = 28
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"
WAN = D(1)
YUAN = D("0.0001")          # 元 -> 万元
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]


class ParseError(Exception):
    pass


def dec(s):
    return D(s.replace(",", ""))


def places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def half_unit(s):
    return D("0.5") * D(10) ** -places(s) + D("1e-9")


class Amt:
    """A stated figure: its string, its value in a common unit (factor), and its tolerance."""

    def __init__(self, s, factor=WAN):
        if isinstance(s, Amt):
            s, factor = s.s, s.f
        self.s, self.f = s, factor
        self.v = dec(s) * factor
        self.t = half_unit(s) * factor

    def __repr__(self):
        return self.s


def A_(x, f=WAN):
    return x if isinstance(x, Amt) else Amt(x, f)


class Checker:
    def __init__(self, text):
        self.t = text
        self.findings = []

    # -- reporting ---------------------------------------------------------------------------
    def err(self, code, msg):
        self.findings.append(("error", code, msg))

    def warn(self, code, msg):
        self.findings.append(("warning", code, msg))

    # -- reading -----------------------------------------------------------------------------
    def grab(self, pattern):
        rx = pattern.replace("{N}", NUM)
        ms = list(re.finditer(rx, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        return ms[0].groups()

    def table(self, header):
        lines = self.t.split("\n")
        idx = [i for i, ln in enumerate(lines) if ln == header]
        if len(idx) != 1:
            raise ParseError(f"table header found {len(idx)} times: {header!r}")
        sep = "｜" if "｜" in header else "\t"
        ncol = len(header.split(sep))
        rows = []
        for ln in lines[idx[0] + 1:]:
            if not ln.strip():
                break
            cells = ln.split(sep)
            if len(cells) != ncol:
                raise ParseError(f"row with {len(cells)} cells (header {ncol}): {ln!r}")
            rows.append(cells)
        return header.split(sep), rows

    def keyed(self, header):
        """Table whose first cell names the row: {row name: {column: cell}} (其中： stripped)."""
        hdr, rows = self.table(header)
        out = {}
        for r in rows:
            name = r[0].replace("其中：", "")
            out[name] = dict(zip(hdr, r))
        return out

    # -- arithmetic helpers ------------------------------------------------------------------
    def _rescued(self, amts, pred):
        """True if rescaling exactly one amount by 10^±4 / 10^±8 makes pred hold (a unit slip)."""
        for i in range(len(amts)):
            for k in SCALES:
                vals = [a.v for a in amts]
                vals[i] = vals[i] * k
                if pred(vals):
                    return True
        return False

    def sum_(self, what, total, parts):
        total, parts = A_(total), [A_(p) for p in parts]
        allv = [total] + parts
        pred = lambda v: abs(sum(v[1:]) - v[0]) <= total.t
        if not pred([a.v for a in allv]):
            code = "unit_mismatch" if self._rescued(allv, pred) else "sum_mismatch"
            self.err(code, f"{what}: {' + '.join(map(str, parts))} = {sum(p.v for p in parts)} vs {total}")

    def product(self, what, stated, factors, scale=WAN):
        stated = A_(stated)
        fs = [dec(x) for x in factors]
        prod = scale
        for x in fs:
            prod *= x
        if abs(prod - stated.v) > stated.t:
            code = "unit_mismatch" if self._rescued([stated], lambda v: abs(prod - v[0]) <= stated.t) else "sum_mismatch"
            self.err(code, f"{what}: product {prod} vs {stated}")

    def rate(self, what, stated, num, den, approx=False):
        num, den = A_(num), A_(den)
        if stated in ("—", "-", ""):
            if den.v != 0:
                self.warn("missing_figure", f"{what}: rate printed as {stated!r} on a non-zero base")
            return
        if den.v == 0:
            if dec(stated) != 0:
                self.err("implausible_rate", f"{what}: {stated}% on a zero base")
            return
        c = num.v / den.v * 100
        if dec(stated) > 100:
            self.err("implausible_rate", f"{what}: {stated}% over 100%")
        if abs(c - dec(stated)) > half_unit(stated):
            pred = lambda v: abs(v[0] / v[1] * 100 - dec(stated)) <= half_unit(stated)
            code = "unit_mismatch" if self._rescued([num, den], pred) else "rate_mismatch"
            self.err(code, f"{what}: {num}/{den} = {c:.4f}% vs {stated}%")

    def balance(self, what, stated, a, b):
        stated, a, b = A_(stated), A_(a), A_(b)
        pred = lambda v: abs(v[1] - v[2] - v[0]) <= stated.t
        if not pred([stated.v, a.v, b.v]):
            code = "unit_mismatch" if self._rescued([stated, a, b], pred) else "balance_mismatch"
            self.err(code, f"{what}: {a} - {b} = {a.v - b.v} vs {stated}")

    def avg(self, what, stated, total, count):
        stated, total, count = A_(stated), A_(total), A_(count)
        pred = lambda v: abs(v[1] / v[2] - v[0]) <= stated.t
        if not pred([stated.v, total.v, count.v]):
            code = "unit_mismatch" if self._rescued([stated, total, count], pred) else "average_mismatch"
            self.err(code, f"{what}: {total}/{count} = {total.v / count.v:.4f} vs {stated}")

    def same(self, what, *amts):
        amts = [A_(a) for a in amts]
        first = amts[0]
        for o in amts[1:]:
            if abs(first.v - o.v) > max(first.t, o.t):
                pred = lambda v: abs(v[0] - v[1]) <= max(first.t, o.t)
                code = "unit_mismatch" if self._rescued([first, o], pred) else "conflicting_values"
                self.err(code, f"{what}: {first} vs {o}")

    def grade(self, total, word):
        s = dec(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        norm = {"优秀": "优", "良好": "良", "中等": "中", "合格": "中", "一般": "中", "较差": "差"}.get(word, word)
        if norm != band:
            self.err("grade_mismatch", f"total {total} is {band}, stated {word}")

    def years(self, Y):
        m = re.search(r"(\d{4})年度", self.t)
        if not m or int(m.group(1)) != Y:
            self.err("year_mismatch", f"title year {m and m.group(1)} vs {Y}")
        for m in re.finditer(r"截至(\d{4})年12月31日", self.t):
            if int(m.group(1)) != Y:
                self.err("year_mismatch", f"截至{m.group(1)}年12月31日 in a {Y} report")
        for m in re.finditer(r"结转至(\d{4})年", self.t):
            if int(m.group(1)) <= Y:
                self.err("year_mismatch", f"结转至{m.group(1)}年 in a {Y} report")
        for m in re.finditer(r"(\d{4})年(\d{1,2})月[^，。；]{0,12}?下达", self.t):
            y, mo = int(m.group(1)), int(m.group(2))
            if not (y == Y or (y == Y - 1 and mo == 12)):
                self.err("year_mismatch", f"funds issued {y}年{mo}月 for a {Y} budget")

    # -- indicator table ---------------------------------------------------------------------
    def indicators(self, header, spent, budget):
        """Check the 自评表 (last six columns: 三级指标, 目标, 实际, 完成率, 分值, 得分).

        Returns (rows by 三级指标, level-1 score sums, total weight string, total score string)."""
        hdr, rows = self.table(header)
        body, tot = [], None
        level1 = None
        for r in rows:
            if r[0] == "合计":
                tot = r
                continue
            if r[0]:
                level1 = r[0]
            body.append((level1, r))
        if tot is None:
            raise ParseError("no 合计 row")
        out, by_level = {}, defaultdict(D)
        sum_w = D(0)
        sum_s = D(0)
        for level1, r in body:
            name, tgt, act, comp, w, s = r[-6:]
            out[name] = {"target": tgt, "actual": act, "completion": comp, "weight": w, "score": s, "level1": level1}
            wv, sv = dec(w), dec(s)
            sum_w += wv
            sum_s += sv
            by_level[level1] += sv
            if sv > wv or sv < 0:
                self.err("score_exceeds_weight", f"{name}: score {s} vs weight {w}")
            tm = re.fullmatch(r"(≥|≤|＞|＜)?" + NUM + r"(.*)", tgt)
            am = re.fullmatch(NUM + r"(.*)", act)
            if tm is None and am is None:          # qualitative row
                if comp != "—":
                    self.warn("completion_on_qualitative", f"{name}: {comp}")
                if wv and not (D("0.6") <= sv / wv <= 1):
                    self.warn("score_rule_mismatch", f"{name}: qualitative score {s}/{w} below the 部分达成 band")
                continue
            if tm is None or am is None:
                self.err("unit_mismatch", f"{name}: target {tgt!r} vs actual {act!r}")
                continue
            sign, T, tu = tm.groups()
            Av, au = am.groups()
            T, Av = dec(T), dec(Av)
            direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte"}.get(sign, "eq")
            if tu != au:
                self.err("unit_mismatch", f"{name}: target unit {tu!r} vs actual unit {au!r}")
                continue
            if au == "%" and Av > 100:
                self.err("implausible_rate", f"{name}: actual {act} over 100%")
            if "预算执行率" in name:
                self.rate(f"{name} (自评表)", Av.to_eng_string(), spent, budget)
            # completion and score rule (rules §5)
            if direction == "eq" and T == 0:
                expected = wv if Av <= 0 else D(0)
                if comp != "—" and dec(comp.rstrip("%")) != (100 if Av <= 0 else 0):
                    self.err("completion_mismatch", f"{name}: {comp} on a zero target")
                stated_based = expected
            else:
                if direction == "lte":
                    c = D(100) if Av <= T else T / Av * 100
                else:
                    c = Av / T * 100
                if comp == "—":
                    self.warn("missing_figure", f"{name}: completion missing")
                    stated_based = None
                else:
                    cs = comp.rstrip("%")
                    if abs(c - dec(cs)) > half_unit(cs):
                        self.err("completion_mismatch", f"{name}: {Av}/{T} -> {c:.4f}% vs {comp}")
                    stated_based = wv * min(D(1), dec(cs) / 100)
                expected = wv * min(D(1), c / 100)
                if direction == "gte" and c > 120:
                    self.warn("deviation_unexplained", f"{name}: over-achieved {c:.2f}%")
            if abs(expected - sv) > half_unit(s) and (stated_based is None or abs(stated_based - sv) > half_unit(s)):
                self.warn("score_rule_mismatch", f"{name}: score {s}, rule gives {expected:.4f}")
        tw, ts = tot[-2], tot[-1]
        if sum_w != dec(tw) or dec(tw) != 100:
            self.err("weight_sum_mismatch", f"weights add up to {sum_w}, 合计 {tw}")
        if abs(sum_s - dec(ts)) > half_unit(ts):
            self.err("score_sum_mismatch", f"scores add up to {sum_s}, 合计 {ts}")
        return out, by_level, tw, ts


def num_of(cell):
    """Leading number of a table cell such as '648户' or '96.06%'."""
    m = re.match(NUM, cell)
    if not m:
        raise ParseError(f"no number in {cell!r}")
    return m.group(1)


def pct(cell):
    return cell.rstrip("%")


# =============================================================================================
# Project A — 嵊州市人社局 2019 劳动保障监察执法专项经费
# =============================================================================================
def check_shengzhou(c):
    c.years(2019)
    ini, ini_fin, ini_co = c.grab(r"年初预算{N}万元，其中当年财政拨款{N}万元、上年结转资金{N}万元")
    add, annual = c.grab(r"追加预算{N}万元，全年预算调整为{N}万元")
    c.sum_("年初预算 = 当年财政拨款 + 上年结转", ini, [ini_fin, ini_co])
    c.sum_("全年预算 = 年初 + 追加", annual, [ini, add])
    spent, rate, spent_fin, spent_co = c.grab(
        r"项目全年执行{N}万元，预算执行率{N}%，其中当年财政拨款执行{N}万元，上年结转资金{N}万元已全部使用完毕")
    c.rate("预算执行率 (正文)", rate, spent, annual)
    c.sum_("执行 = 当年财政拨款执行 + 上年结转执行", spent, [spent_fin, spent_co])
    c.same("上年结转 已全部使用完毕", ini_co, spent_co)
    p1, grid, n_staff, per_month, months, p3, p4, p5 = c.grab(
        r"执法办案及调查取证费{N}万元，劳动保障监察网格化管理补助{N}万元（按{N}名网格协管员、每人每月{N}元、{N}个月计发），"
        r"欠薪预警平台运维费{N}万元，普法宣传和业务培训费{N}万元，执法装备购置费{N}万元")
    c.sum_("支出明细合计 = 全年执行", spent, [p1, grid, p3, p4, p5])
    c.product("网格化管理补助 = 人数 × 元/月 × 月数", grid, [n_staff, per_month, months], YUAN)
    unexec, carry, back = c.grab(r"全年未执行{N}万元，其中冬季攻坚宣传物料合同尾款{N}万元已按规定结转至\d{4}年支付，其余{N}万元")
    c.balance("未执行 = 全年预算 − 执行", unexec, annual, spent)
    c.sum_("未执行 = 结转 + 收回", unexec, [carry, back])

    f = c.keyed("项目｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分")
    parts = ["当年财政拨款", "上年结转资金", "其他资金"]
    for col in ["年初预算数", "全年预算数", "全年执行数"]:
        c.sum_(f"资金表 {col} 合计", f["年度资金总额"][col], [f[p][col] for p in parts])
    for row in ["年度资金总额"] + parts:
        c.rate(f"资金表 {row} 执行率", pct(f[row]["执行率"]), f[row]["全年执行数"], f[row]["全年预算数"])
    c.same("年初预算", ini, f["年度资金总额"]["年初预算数"])
    c.same("全年预算", annual, f["年度资金总额"]["全年预算数"])
    c.same("全年执行", spent, f["年度资金总额"]["全年执行数"])
    c.same("当年财政拨款 年初", ini_fin, f["当年财政拨款"]["年初预算数"])
    c.sum_("当年财政拨款 全年 = 年初 + 追加", f["当年财政拨款"]["全年预算数"], [ini_fin, add])
    c.same("当年财政拨款 执行", spent_fin, f["当年财政拨款"]["全年执行数"])
    for col in ["年初预算数", "全年预算数", "全年执行数"]:
        c.same(f"上年结转 {col}", ini_co, f["上年结转资金"][col])

    rows, lv, tw, ts = c.indicators("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分", spent, annual)
    ex = rows["预算执行率"]
    c.same("执行率分值", f["年度资金总额"]["分值"], ex["weight"])
    c.same("执行率得分 (资金表/自评表)", f["年度资金总额"]["得分"], ex["score"])

    (n_insp, n_proj, n_manu, n_other, n_last, n_paper, n_comp, n_closed, r_closed, n_wage_cases,
     days) = c.grab(r"全年日常巡视检查用人单位{N}户，其中在建工程项目{N}个、制造业企业{N}家、其他用人单位{N}户，上年同期为{N}户；"
                    r"书面审查用人单位{N}户。受理举报投诉案件{N}件，结案{N}件，结案率{N}%，其中欠薪案件{N}件全部办结，平均办结时限{N}天")
    c.sum_("检查户数 分项", n_insp, [n_proj, n_manu, n_other])
    (n_insp2,) = c.grab(r"覆盖全市\d+个镇（街道）的{N}家用人单位")
    c.same("日常巡视检查用人单位", n_insp, n_insp2, num_of(rows["日常巡视检查用人单位"]["actual"]))
    c.same("书面审查用人单位", n_paper, num_of(rows["书面审查用人单位"]["actual"]))
    c.rate("结案率", r_closed, n_closed, n_comp)
    c.same("结案率 正文/自评表", r_closed, num_of(rows["举报投诉案件结案率"]["actual"]))
    c.same("平均办结时限", days, num_of(rows["欠薪案件平均办结时限"]["actual"]))
    (std,) = c.grab(r"执行每人每月{N}元的标准")
    c.same("协管员补助标准", per_month, std, num_of(rows["网格协管员补助标准"]["actual"]))
    workers, wages, wages_last, per_worker, n_cases2, per_case, build, build_share = c.grab(
        r"全年为{N}名劳动者追回被拖欠工资{N}万元（上年为{N}万元），人均{N}万元；{N}件欠薪案件件均追回{N}万元。"
        r"其中建筑领域追回{N}万元，约占{N}%")
    c.same("追回工资", wages, num_of(rows["追回劳动者被拖欠工资"]["actual"]))
    c.avg("人均追回", per_worker, wages, workers)
    c.avg("件均追回", per_case, wages, n_cases2)
    c.same("欠薪案件数", n_wage_cases, n_cases2)
    c.rate("建筑领域占比", build_share, build, wages, approx=True)
    visited, happy, sat = c.grab(r"电话回访{N}人，表示满意的{N}人，满意度{N}%")
    c.rate("满意度", sat, happy, visited)
    c.same("满意度 正文/自评表", sat, num_of(rows["投诉劳动者满意度"]["actual"]))

    t_insp, t_paper, t_close, t_days, t_wages = c.grab(
        r"日常巡视检查用人单位不少于{N}户，书面审查用人单位不少于{N}户；举报投诉案件结案率不低于{N}%，"
        r"欠薪案件平均办结时限控制在{N}天以内；为劳动者追回被拖欠工资不少于{N}万元")
    (t_sat,) = c.grab(r"投诉劳动者满意度不低于{N}%")
    for t, name in [(t_insp, "日常巡视检查用人单位"), (t_paper, "书面审查用人单位"), (t_close, "举报投诉案件结案率"),
                    (t_days, "欠薪案件平均办结时限"), (t_wages, "追回劳动者被拖欠工资"), (t_sat, "投诉劳动者满意度")]:
        c.same(f"目标 {name}", t, num_of(rows[name]["target"].lstrip("≥≤")))

    s_exec, s_out, s_ben, s_sat, total, grade = c.grab(
        r"预算执行率得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，自评得分{N}分，评价等级为“(优|良|中|差)”")
    level_check(c, lv, {"预算执行率": s_exec, "产出指标": s_out, "效益指标": s_ben, "满意度指标": s_sat}, total)
    c.same("执行率得分 正文", s_exec, ex["score"])
    c.same("自评得分 正文/自评表", total, ts)
    c.grade(ts, grade)
    c.grade(total, grade)


def level_check(c, by_level, stated, total):
    for lvl, s in stated.items():
        if abs(by_level[lvl] - dec(s)) > half_unit(s):
            c.err("score_sum_mismatch", f"{lvl}: rows add up to {by_level[lvl]}, stated {s}")
    c.sum_("一级指标得分之和 = 自评得分", total, list(stated.values()))
    # a level sum that fails here is a score sum: re-label sum_mismatch from this call
    c.findings = [("error", "score_sum_mismatch", m) if (sev == "error" and code == "sum_mismatch"
                                                        and m.startswith("一级指标得分之和")) else (sev, code, m)
                  for sev, code, m in c.findings]


# =============================================================================================
# Project B — 樟树市人社局 2021 根治欠薪专项工作经费 (tab tables)
# =============================================================================================
def check_zhangshu(c):
    c.years(2021)
    ini, ini_fin, ini_co = c.grab(r"年初预算{N}万元，其中市本级财政拨款{N}万元、上年结转资金{N}万元")
    add, annual, annual_fin = c.grab(r"省级下达根治欠薪工作补助{N}万元，全年预算调整为{N}万元，当年财政拨款全年预算为{N}万元")
    c.sum_("年初预算 = 本级 + 上年结转", ini, [ini_fin, ini_co])
    c.sum_("全年预算 = 年初 + 省级补助", annual, [ini, add])
    c.sum_("当年财政拨款全年 = 本级 + 省级补助", annual_fin, [ini_fin, add])

    hdr, rows = c.table("项目\t年度资金总额\t当年财政拨款\t上年结转资金\t其他资金")
    f = {r[0]: dict(zip(hdr, r)) for r in rows}
    cols = ["当年财政拨款", "上年结转资金", "其他资金"]
    for row in ["年初预算数", "全年预算数", "全年执行数"]:
        c.sum_(f"资金表 {row}", f[row]["年度资金总额"], [f[row][k] for k in cols])
    for col in ["年度资金总额"] + cols:
        c.rate(f"资金表 执行率 {col}", pct(f["执行率"][col]), f["全年执行数"][col], f["全年预算数"][col])
    c.same("年初预算", ini, f["年初预算数"]["年度资金总额"])
    c.same("年初 本级", ini_fin, f["年初预算数"]["当年财政拨款"])
    c.same("全年预算", annual, f["全年预算数"]["年度资金总额"])
    c.same("当年财政拨款全年", annual_fin, f["全年预算数"]["当年财政拨款"])
    for row in ["年初预算数", "全年预算数"]:
        c.same(f"上年结转 {row}", ini_co, f[row]["上年结转资金"])

    spent, rate = c.grab(r"全年执行{N}万元，预算执行率{N}%。")
    c.rate("预算执行率 (正文)", rate, spent, annual)
    c.same("全年执行", spent, f["全年执行数"]["年度资金总额"])
    items = c.grab(r"欠薪隐患排查及案件查办费{N}万元，欠薪应急周转金垫付{N}万元，书面审查及专项检查工作经费{N}万元，"
                   r"政策宣传及培训费{N}万元，欠薪预警系统升级尾款{N}万元，其他办公支出{N}万元")
    c.sum_("支出明细 = 全年执行", spent, items)
    c.same("升级尾款 = 上年结转执行", items[4], f["全年执行数"]["上年结转资金"])
    n_proj_adv, adv_lo, adv_hi, n_workers_adv, per_adv = c.grab(r"应急周转金为{N}个在建项目先行垫付农民工工资，单个项目垫付{N}万元至{N}万元不等，惠及农民工{N}人，人均{N}元")
    c.avg("周转金人均垫付", Amt(per_adv, YUAN), items[1], n_workers_adv)
    # a range, not an identity: the mean per project must lie inside it
    mean_adv = dec(items[1]) / dec(n_proj_adv)
    if not dec(adv_lo) <= mean_adv <= dec(adv_hi):
        c.err("average_mismatch", f"周转金 mean per project {mean_adv:.2f} outside {adv_lo}–{adv_hi}")
    (unexec,) = c.grab(r"年末未执行{N}万元")
    c.balance("未执行 = 全年预算 − 执行", unexec, annual, spent)

    ind, lv, tw, ts = c.indicators("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分", spent, annual)

    n_proj, n_proj_last, n_paper, p_build, p_manu, p_serv, n_clues = c.grab(
        r"全年排查在建工程项目{N}个（上年为{N}个）；对{N}家用人单位开展劳动保障书面审查，其中建筑业{N}户、制造业{N}户、"
        r"批发零售及服务业{N}户；核查办结各级转办欠薪线索{N}条")
    c.sum_("书面审查 分项", n_paper, [p_build, p_manu, p_serv])
    c.same("排查在建工程项目", n_proj, num_of(ind["在建工程项目欠薪排查"]["actual"]))
    (n_paper2,) = c.grab(r"书面审查的{N}户用人单位中")
    c.same("书面审查用人单位", n_paper, n_paper2, num_of(ind["劳动保障书面审查"]["actual"]))
    c.same("欠薪线索办结", n_clues, num_of(ind["欠薪线索办结"]["actual"]))
    n_case, n_closed, r_closed, n_proj2, n_acct, r_acct, t_acct = c.grab(
        r"全年受理欠薪案件{N}件，结案{N}件，结案率{N}%。{N}个在建工程项目中已开设农民工工资专户{N}个，开设率{N}%，未达到{N}%的年度目标")
    c.rate("结案率", r_closed, n_closed, n_case)
    c.same("结案率 正文/自评表", r_closed, num_of(ind["欠薪案件结案率"]["actual"]))
    c.same("在建工程项目", n_proj, n_proj2)
    c.rate("工资专户开设率", r_acct, n_acct, n_proj2)
    c.same("工资专户开设率 正文/自评表", r_acct, num_of(ind["工资专户开设率"]["actual"]))
    c.same("工资专户开设率 目标", t_acct, num_of(ind["工资专户开设率"]["target"].lstrip("≥")))
    days, clue_days = c.grab(r"欠薪案件平均办结时间{N}天，上级转办线索平均{N}天内完成转办")
    c.same("办结时限", days, num_of(ind["办结时限"]["actual"]))
    c.same("线索转办", clue_days, num_of(ind["线索转办"]["actual"]))
    fund_used, fund_cap = c.grab(r"应急周转金全年使用{N}万元，控制在{N}万元以内")
    c.same("周转金使用", fund_used, items[1], num_of(ind["应急周转金使用"]["actual"]))
    c.same("周转金上限", fund_cap, num_of(ind["应急周转金使用"]["target"].lstrip("≤")))

    workers, wages, wages_yuan, per_worker, n_closed2, per_case, build, share, last = c.grab(
        r"全年为{N}名农民工追回工资{N}万元（折合{N}元），人均{N}元；按结案{N}件计算，件均追回{N}万元。"
        r"其中建筑领域追回{N}万元，占{N}%；上年同期追回{N}万元")
    c.same("追回工资 万元/元", wages, Amt(wages_yuan, YUAN), num_of(ind["为农民工追回工资"]["actual"]))
    c.avg("人均追回", Amt(per_worker, YUAN), wages, workers)
    c.same("结案件数", n_closed, n_closed2)
    c.avg("件均追回", per_case, wages, n_closed2)
    c.rate("建筑领域占比", share, build, wages)

    t_proj, t_paper, t_clue, t_close, t_acct2, t_wage = c.grab(
        r"排查在建工程项目不少于{N}个，书面审查用人单位不少于{N}户，办结欠薪线索不少于{N}条；欠薪案件结案率不低于{N}%，"
        r"在建工程项目工资专户开设率不低于{N}%；为农民工追回工资不少于{N}万元")
    (t_sat,) = c.grab(r"农民工满意度不低于{N}%")
    for t, name in [(t_proj, "在建工程项目欠薪排查"), (t_paper, "劳动保障书面审查"), (t_clue, "欠薪线索办结"),
                    (t_close, "欠薪案件结案率"), (t_acct2, "工资专户开设率"), (t_wage, "为农民工追回工资"),
                    (t_sat, "农民工满意度")]:
        c.same(f"目标 {name}", t, num_of(ind[name]["target"].lstrip("≥≤")))

    s_exec, s_out, s_ben, s_sat, total, grade, ded = c.grab(
        r"预算执行率得分{N}分，产出指标得分{N}分，效益指标得分{N}分，满意度指标得分{N}分，自评得分{N}分，评价等级为“(优|良|中|差)”。"
        r"工资专户开设率未达到目标值，扣{N}分")
    level_check(c, lv, {"预算执行": s_exec, "产出指标": s_out, "效益指标": s_ben, "满意度指标": s_sat}, total)
    row = ind["工资专户开设率"]
    c.balance("工资专户开设率 扣分 = 分值 − 得分", ded, row["weight"], row["score"])
    c.same("执行率得分", s_exec, ind["预算执行率"]["score"])
    c.same("自评得分 正文/自评表", total, ts)
    c.grade(ts, grade)
    c.grade(total, grade)


# =============================================================================================
# Project C — 枣阳市劳动保障监察大队 2022 部门整体支出
# =============================================================================================
def check_zaoyang(c):
    c.years(2022)
    ini, basic, proj_ini = c.grab(r"年初预算{N}万元，其中基本支出{N}万元、项目支出{N}万元")
    add, annual = c.grab(r"上级下达根治欠薪专项补助资金{N}万元，全部列入项目支出，全年预算调整为{N}万元")
    c.sum_("年初 = 基本 + 项目", ini, [basic, proj_ini])
    c.sum_("全年 = 年初 + 专项补助", annual, [ini, add])
    f = c.keyed("项目｜年初预算数｜全年预算数｜全年执行数｜执行率")
    for col in ["年初预算数", "全年预算数", "全年执行数"]:
        c.sum_(f"预算执行表 {col}", f["合计"][col], [f["基本支出"][col], f["项目支出"][col]])
    for row in ["合计", "基本支出", "项目支出"]:
        c.rate(f"预算执行表 {row}", pct(f[row]["执行率"]), f[row]["全年执行数"], f[row]["全年预算数"])
    c.same("年初预算", ini, f["合计"]["年初预算数"])
    c.same("全年预算", annual, f["合计"]["全年预算数"])
    c.same("基本支出 年初", basic, f["基本支出"]["年初预算数"])
    c.same("项目支出 年初", proj_ini, f["项目支出"]["年初预算数"])
    c.sum_("项目支出全年 = 年初 + 专项补助", f["项目支出"]["全年预算数"], [proj_ini, add])

    spent, rate, basic_spent, staff_cost, public_cost, per_staff = c.grab(
        r"全年支出{N}万元，整体预算执行率{N}%。基本支出{N}万元，其中人员经费{N}万元、公用经费{N}万元，在编人员人均人员经费{N}万元")
    c.rate("整体预算执行率 (正文)", rate, spent, annual)
    c.same("全年支出", spent, f["合计"]["全年执行数"])
    c.same("基本支出执行", basic_spent, f["基本支出"]["全年执行数"])
    c.sum_("基本支出 = 人员 + 公用", basic_spent, [staff_cost, public_cost])
    (staff,) = c.grab(r"实有在编人员{N}人")
    c.avg("人均人员经费", per_staff, staff_cost, staff)
    proj_annual, i1, i2, i3, i4 = c.grab(
        r"项目支出全年预算{N}万元，分别为劳动保障监察执法经费{N}万元、根治欠薪专项补助{N}万元、农民工工资支付监管平台运维费{N}万元、"
        r"执法记录仪及执法车辆运行费{N}万元")
    c.sum_("项目支出分项", proj_annual, [i1, i2, i3, i4])
    c.same("项目支出全年预算", proj_annual, f["项目支出"]["全年预算数"])
    c.same("根治欠薪专项补助", add, i2)
    unexec, carry, back = c.grab(r"项目支出未执行{N}万元，其中平台运维合同尾款{N}万元结转至\d{4}年支付，其余{N}万元已上缴财政")
    c.balance("项目支出未执行", unexec, f["项目支出"]["全年预算数"], f["项目支出"]["全年执行数"])
    c.balance("整体未执行", unexec, annual, spent)
    c.sum_("未执行 = 结转 + 上缴", unexec, [carry, back])
    sg, sg_budget, sg_saved = c.grab(r"全年“三公”经费支出{N}万元，全部为公务用车运行维护费，比预算数{N}万元节约{N}万元")
    c.balance("三公经费节约", sg_saved, sg_budget, sg)

    ind, lv, tw, ts = c.indicators("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分", spent, annual)
    c.same("三公经费 支出", sg, num_of(ind["“三公”经费支出"]["actual"]))
    c.same("三公经费 上限", sg_budget, num_of(ind["“三公”经费支出"]["target"].lstrip("≤")))

    n_insp, e1, e2, e3, last, n_comp, n_closed, r_closed = c.grab(
        r"全年共检查各类用人单位{N}户，其中建筑施工企业{N}户、制造业企业{N}户、商贸服务企业{N}户，上年为{N}户。"
        r"受理劳动保障投诉举报{N}件，结案{N}件，结案率{N}%")
    c.sum_("检查户数 分项", n_insp, [e1, e2, e3])
    (n_insp2,) = c.grab(r"日常检查涉及用工单位{N}家")
    c.same("检查用人单位", n_insp, n_insp2, num_of(ind["检查用人单位"]["actual"]))
    c.same("受理投诉举报", n_comp, num_of(ind["受理劳动保障投诉举报"]["actual"]))
    c.rate("结案率", r_closed, n_closed, n_comp)
    c.same("结案率 正文/自评表", r_closed, num_of(ind["投诉举报案件结案率"]["actual"]))
    workers, wages, per_worker, per_case = c.grab(r"全年为{N}名劳动者追回工资待遇{N}万元，人均{N}元；按结案件数计算，件均{N}万元")
    c.same("追回工资待遇", wages, num_of(ind["为劳动者追回工资待遇"]["actual"]))
    c.avg("人均追回", Amt(per_worker, YUAN), wages, workers)
    c.avg("件均追回", per_case, wages, n_closed)
    visited, happy, sat = c.grab(r"电话回访{N}人，满意{N}人，满意度{N}%")
    c.rate("满意度", sat, happy, visited)
    c.same("满意度 正文/自评表", sat, num_of(ind["投诉劳动者满意度"]["actual"]))
    s1, s2, s3, mean = c.grab(r"自评得分分别为{N}分、{N}分、{N}分，平均{N}分")
    c.avg("所属项目平均自评分", mean, str(dec(s1) + dec(s2) + dec(s3)), "3")

    t_insp, t_comp, t_close, t_wage, t_sg, t_sat = c.grab(
        r"检查用人单位不少于{N}户，受理劳动保障投诉举报不少于{N}件，投诉举报案件结案率不低于{N}%；为劳动者追回工资待遇不少于{N}万元；"
        r"“三公”经费控制在{N}万元以内；投诉劳动者满意度不低于{N}%")
    for t, name in [(t_insp, "检查用人单位"), (t_comp, "受理劳动保障投诉举报"), (t_close, "投诉举报案件结案率"),
                    (t_wage, "为劳动者追回工资待遇"), (t_sg, "“三公”经费支出"), (t_sat, "投诉劳动者满意度")]:
        c.same(f"目标 {name}", t, num_of(ind[name]["target"].lstrip("≥≤")))

    total, grade = c.grab(r"部门整体支出自评得分{N}分，评价等级为“(优|良|中|差)”")
    c.same("自评得分 正文/自评表", total, ts)
    c.grade(ts, grade)
    c.grade(total, grade)


# =============================================================================================
# Project D — 汝州市人社局 2023 农民工工资支付监控预警及根治欠薪专项经费 (tab tables)
# =============================================================================================
def check_ruzhou(c):
    c.years(2023)
    budget, prov, city = c.grab(r"2023年项目预算{N}万元，其中省级根治欠薪补助资金{N}万元、市本级财政资金{N}万元，年内未作调整")
    c.sum_("预算 = 省级 + 市级", budget, [prov, city])
    city_recv, city_missing, recv, recv_rate = c.grab(r"市本级资金到位{N}万元，未到位{N}万元。全年实际到位{N}万元，到位率{N}%")
    c.balance("市本级未到位 = 预算 − 到位", city_missing, city, city_recv)
    c.sum_("到位 = 省级(全额) + 市本级到位", recv, [prov, city_recv])
    c.rate("到位率 (正文)", recv_rate, recv, budget)
    spent, rate, use_rate, bal = c.grab(r"全年执行{N}万元，预算执行率{N}%，按到位资金计算的支出率为{N}%；到位资金与执行数之间结余{N}万元")
    c.rate("预算执行率 (正文)", rate, spent, budget)
    c.rate("支出率 (按到位)", use_rate, spent, recv)
    c.balance("结余 = 到位 − 执行", bal, recv, spent)
    ops, per_m, months, dev, n_dev, per_dev, i3, i4, i5 = c.grab(
        r"平台运维服务费{N}万元（{N}万元/月×{N}个月），实名制考勤设备联网补助{N}万元（{N}台×{N}元），"
        r"欠薪应急处置及案件查办费{N}万元，宣传培训费{N}万元，专项检查工作经费{N}万元")
    c.sum_("支出构成 = 执行", spent, [ops, dev, i3, i4, i5])
    c.product("运维服务费 = 月费 × 月数", ops, [per_m, months])
    c.product("设备补助 = 台数 × 元/台", dev, [n_dev, per_dev], YUAN)

    hdr, rows = c.table("项目\t行次\t合计\t省级\t市级\t上年结转")
    f = {r[0]: dict(zip(hdr, r)) for r in rows}
    cols = ["省级", "市级", "上年结转"]
    amount_rows = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]
    for row in amount_rows:
        c.sum_(f"资金表 {row}", f[row]["合计"], [f[row][k] for k in cols])
    for col in ["合计"] + cols:
        c.rate(f"资金表 到位率 {col}", f["预算到位率(%)"][col], f["实际到位资金"][col], f["全年预算资金"][col])
        c.rate(f"资金表 执行率 {col}", f["预算执行率(%)"][col], f["全年执行资金"][col], f["全年预算资金"][col])
        c.same(f"未作调整 {col}", f["年初预算资金"][col], f["全年预算资金"][col])
    c.same("预算", budget, f["全年预算资金"]["合计"])
    c.same("省级", prov, f["全年预算资金"]["省级"], f["实际到位资金"]["省级"])
    c.same("市级", city, f["全年预算资金"]["市级"])
    c.same("市本级到位", city_recv, f["实际到位资金"]["市级"])
    c.same("到位", recv, f["实际到位资金"]["合计"])
    c.same("执行", spent, f["全年执行资金"]["合计"])

    ind, lv, tw, ts = c.indicators("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分", spent, budget)
    c.same("运维单价", per_m, num_of(ind["平台运维单价"]["actual"]))
    c.same("联网设备", n_dev, num_of(ind["实名制考勤设备联网"]["actual"]))

    n_proj, n_last, n_firms, n_dev2, n_clue, clue_days, up, fix_h = c.grab(
        r"全年纳入平台监管的在建工程项目{N}个（上年为{N}个），涉及施工总承包企业{N}家；联网实名制考勤设备{N}台。"
        r"平台全年推送欠薪预警线索{N}条，已全部处置，平均处置时长{N}天；平台运行正常率{N}%，故障平均修复时长{N}小时")
    c.same("纳入监管项目", n_proj, num_of(ind["在建项目纳入平台监管"]["actual"]))
    (approx,) = c.grab(r"对全市{N}余个在建工程项目实行")
    if not dec(approx) <= dec(n_proj) < dec(approx) + 100:      # "300余个" = a little over 300
        c.err("conflicting_values", f"{approx}余个 vs {n_proj}个")
    c.same("联网设备 正文", n_dev, n_dev2)
    c.same("预警线索", n_clue, num_of(ind["预警线索处置"]["actual"]))
    c.same("处置率 (已全部处置)", "100", num_of(ind["预警线索处置率"]["actual"]))
    c.same("处置时长", clue_days, num_of(ind["处置时长"]["actual"]))
    c.same("运行正常率", up, num_of(ind["平台运行正常率"]["actual"]))
    c.same("故障修复", fix_h, num_of(ind["故障修复"]["actual"]))
    n_proj2, n_paid, share, t_share, n_late = c.grab(
        r"{N}个在建项目中有{N}个实现按月足额支付工资，占{N}%，未达到{N}%的年度目标，其余{N}个项目")
    c.same("在建项目", n_proj, n_proj2)
    c.rate("按月足额支付占比", share, n_paid, n_proj2)
    c.sum_("项目数 = 足额 + 延期", n_proj2, [n_paid, n_late])
    c.same("按月足额支付占比 正文/自评表", share, num_of(ind["按月足额支付项目占比"]["actual"]))
    c.same("按月足额支付 目标", t_share, num_of(ind["按月足额支付项目占比"]["target"].lstrip("≥")))
    workers, wages, per_worker, n_cases, per_case = c.grab(
        r"全年为{N}名农民工追回工资{N}万元，人均{N}元；办结欠薪案件{N}件，件均{N}万元")
    c.avg("人均追回", Amt(per_worker, YUAN), wages, workers)
    c.avg("件均追回", per_case, wages, n_cases)
    visited, happy, sat = c.grab(r"随机回访农民工{N}人，满意{N}人，满意度{N}%")
    c.rate("满意度", sat, happy, visited)
    c.same("满意度 正文/自评表", sat, num_of(ind["农民工满意度"]["actual"]))

    t_proj, t_dev, t_clue, t_clue_rate, t_up, t_share2, t_sat = c.grab(
        r"纳入平台监管的在建工程项目不少于{N}个，联网实名制考勤设备不少于{N}台，处置预警线索不少于{N}条且处置率{N}%；"
        r"平台运行正常率不低于{N}%；按月足额支付工资的项目占比不低于{N}%；不发生因欠薪引发的极端事件；农民工满意度不低于{N}%")
    for t, name in [(t_proj, "在建项目纳入平台监管"), (t_dev, "实名制考勤设备联网"), (t_clue, "预警线索处置"),
                    (t_clue_rate, "预警线索处置率"), (t_up, "平台运行正常率"), (t_share2, "按月足额支付项目占比"),
                    (t_sat, "农民工满意度")]:
        c.same(f"目标 {name}", t, num_of(ind[name]["target"].lstrip("≥≤")))

    total, grade, s_exec, ded = c.grab(
        r"综合自评得分{N}分，评价等级为“(优|良|中|差)”。其中预算执行率得分{N}分；按月足额支付项目占比未达目标，扣{N}分")
    c.same("执行率得分", s_exec, ind["预算执行率"]["score"])
    row = ind["按月足额支付项目占比"]
    c.balance("扣分 = 分值 − 得分", ded, row["weight"], row["score"])
    c.same("自评得分 正文/自评表", total, ts)
    c.grade(ts, grade)
    c.grade(total, grade)


# =============================================================================================
# Project E — 桂平市人社局 2025 根治拖欠农民工工资专项经费
# =============================================================================================
def check_guiping(c):
    c.years(2025)
    ini, ini_fin, adv, own, ini_co = c.grab(
        r"年初预算{N}万元，其中当年财政拨款{N}万元（含自治区\d{4}年12月提前下达的根治欠薪补助资金{N}万元、本级财政资金{N}万元），"
        r"上年结转资金{N}万元")
    c.sum_("当年财政拨款 = 提前下达 + 本级", ini_fin, [adv, own])
    c.sum_("年初 = 当年财政拨款 + 上年结转", ini, [ini_fin, ini_co])
    add, annual = c.grab(r"自治区再下达补助资金{N}万元，全年预算调整为{N}万元")
    c.sum_("全年 = 年初 + 再下达", annual, [ini, add])

    f = c.keyed("项目｜年初预算数｜全年预算数｜全年执行数｜执行率｜分值｜得分")
    parts = ["当年财政拨款", "上年结转资金", "其他资金"]
    for col in ["年初预算数", "全年预算数", "全年执行数"]:
        c.sum_(f"资金表 {col}", f["年度资金总额"][col], [f[p][col] for p in parts])
    for row in ["年度资金总额"] + parts:
        c.rate(f"资金表 {row} 执行率", pct(f[row]["执行率"]), f[row]["全年执行数"], f[row]["全年预算数"])
    c.same("年初预算", ini, f["年度资金总额"]["年初预算数"])
    c.same("全年预算", annual, f["年度资金总额"]["全年预算数"])
    c.same("当年财政拨款 年初", ini_fin, f["当年财政拨款"]["年初预算数"])
    c.sum_("当年财政拨款 全年 = 年初 + 再下达", f["当年财政拨款"]["全年预算数"], [ini_fin, add])
    for col in ["年初预算数", "全年预算数"]:
        c.same(f"上年结转 {col}", ini_co, f["上年结转资金"][col])

    spent, rate, reg_total, reg_spent, reg_rate = c.grab(
        r"全年执行{N}万元，预算执行率{N}%。自治区补助资金合计{N}万元，已支出{N}万元，支出率{N}%")
    c.rate("预算执行率 (正文)", rate, spent, annual)
    c.same("全年执行", spent, f["年度资金总额"]["全年执行数"])
    c.sum_("自治区补助合计 = 提前下达 + 再下达", reg_total, [adv, add])
    c.rate("自治区补助支出率", reg_rate, reg_spent, reg_total)
    items = c.grab(r"欠薪隐患排查第三方服务费{N}万元，劳动保障专项检查及案件查办费{N}万元，欠薪应急周转金垫付{N}万元，"
                   r"根治欠薪宣传培训费{N}万元，欠薪预警信息化运维费{N}万元")
    c.sum_("支出明细 = 执行", spent, items)
    n_p, n_w, per_w = c.grab(r"应急周转金为{N}个项目先行垫付农民工工资，涉及农民工{N}人，人均{N}元")
    c.avg("周转金人均", Amt(per_w, YUAN), items[2], n_w)
    (unexec,) = c.grab(r"未执行{N}万元，为欠薪隐患排查第三方服务合同尾款")
    c.balance("未执行 = 全年预算 − 执行", unexec, annual, spent)

    ind, lv, tw, ts = c.indicators("一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜完成率｜分值｜得分", spent, annual)
    ex = ind["预算执行率"]
    c.same("执行率分值", f["年度资金总额"]["分值"], ex["weight"])
    c.same("执行率得分 资金表/自评表", f["年度资金总额"]["得分"], ex["score"])

    n_proj, n_insp, e1, e2, e3, last = c.grab(
        r"全年排查在建工程项目{N}个，专项检查用人单位{N}户，其中建筑业{N}户、制造业{N}户、餐饮住宿等服务业{N}户，上年为{N}户")
    c.sum_("检查户数 分项", n_insp, [e1, e2, e3])
    (n_insp2,) = c.grab(r"对{N}家企业的工资支付台账逐一核查")
    c.same("专项检查用人单位", n_insp, n_insp2, num_of(ind["专项检查用人单位"]["actual"]))
    c.same("排查在建工程项目", n_proj, num_of(ind["欠薪隐患排查在建工程项目"]["actual"]))
    n_clue, n_done, r_done, n_left = c.grab(r"受理欠薪线索{N}条，办结{N}条，办结率{N}%，其余{N}条")
    c.rate("线索办结率", r_done, n_done, n_clue)
    c.sum_("线索 = 办结 + 其余", n_clue, [n_done, n_left])
    c.same("办结率 正文/自评表", r_done, num_of(ind["欠薪线索办结率"]["actual"]))
    n_case, t_case = c.grab(r"立案查处欠薪案件{N}件，未达到{N}件的年度目标")
    c.same("立案查处", n_case, num_of(ind["立案查处欠薪案件"]["actual"]))
    c.same("立案查处 目标", t_case, num_of(ind["立案查处欠薪案件"]["target"].lstrip("≥")))
    workers, wages, per_worker, n_case2, per_case, build, share, last_w = c.grab(
        r"全年为{N}名农民工追回工资{N}万元，人均{N}元；按立案查处的{N}件计算，件均{N}万元。其中建筑领域追回{N}万元，占{N}%；"
        r"上年同期追回{N}万元")
    c.same("追回工资", wages, num_of(ind["为农民工追回工资"]["actual"]))
    c.avg("人均追回", Amt(per_worker, YUAN), wages, workers)
    c.same("立案查处 件数", n_case, n_case2)
    c.avg("件均追回", per_case, wages, n_case2)
    c.rate("建筑领域占比", share, build, wages)
    visited, happy, sat = c.grab(r"回访农民工{N}人，满意{N}人，满意度{N}%")
    c.rate("满意度", sat, happy, visited)
    c.same("满意度 正文/自评表", sat, num_of(ind["农民工满意度"]["actual"]))

    t_proj, t_insp, t_case2, t_clue, t_wage, t_sat = c.grab(
        r"排查在建工程项目不少于{N}个，专项检查用人单位不少于{N}户，立案查处欠薪案件不少于{N}件，欠薪线索办结率不低于{N}%；"
        r"为农民工追回工资不少于{N}万元，政府投资工程项目不发生新增欠薪；农民工满意度不低于{N}%")
    for t, name in [(t_proj, "欠薪隐患排查在建工程项目"), (t_insp, "专项检查用人单位"), (t_case2, "立案查处欠薪案件"),
                    (t_clue, "欠薪线索办结率"), (t_wage, "为农民工追回工资"), (t_sat, "农民工满意度")]:
        c.same(f"目标 {name}", t, num_of(ind[name]["target"].lstrip("≥≤")))

    total, grade, ded = c.grab(r"项目自评得分{N}分，评价等级为“(优|良|中|差)”。立案查处欠薪案件数量未达到目标值，扣{N}分")
    row = ind["立案查处欠薪案件"]
    c.balance("扣分 = 分值 − 得分", ded, row["weight"], row["score"])
    c.same("自评得分 正文/自评表", total, ts)
    c.grade(ts, grade)
    c.grade(total, grade)


PROJECTS = {
    "zj-shengzhou-laobaojiancha-2019": check_shengzhou,
    "jx-zhangshu-genzhiqianxin-2021": check_zhangshu,
    "hb-zaoyang-jianchadadui-bumen-2022": check_zaoyang,
    "ha-ruzhou-gongziyujing-2023": check_ruzhou,
    "gx-guiping-qianxinzhili-2025": check_guiping,
}


def run_checks(source, text):
    c = Checker(text)
    PROJECTS[source](c)
    return c.findings


def edit_region(a, b):
    """Common prefix/suffix diff: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        problems.append(f"expected 35 cases / 5 clean, got {len(labels)} / {sum(r['clean'] for r in labels)}")
    codes = Counter()
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
                cleans[rec["source"]] = fh.read()
    for src, text in cleans.items():
        n = len(text)
        if not 1500 <= n <= 5000:
            problems.append(f"{src}: clean draft has {n} characters")
    for rec in labels:
        name, src = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            findings = run_checks(src, text)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        errs = {code for sev, code, _ in findings if sev == "error"}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if findings:
                problems.append(f"{name}: clean draft has findings: {findings}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        if code not in CODES or exp.get("severity") != "error":
            problems.append(f"{name}: bad code/severity {code}/{exp.get('severity')}")
        if errs != {code}:
            problems.append(f"{name}: labelled {code}, checks give {sorted(errs)}: "
                            f"{[m for s, k, m in findings if s == 'error']}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        clean = cleans[src]
        p, ea, eb = edit_region(clean, text)
        if max(ea - p, eb - p) > 40 or eb <= p:
            problems.append(f"{name}: edit region {clean[p:ea]!r} -> {text[p:eb]!r} is not one edit of <= 40 chars")
        vs = text.find(value)
        if not (vs < eb and p < vs + len(value)):
            problems.append(f"{name}: the edit [{p},{eb}) does not overlap the value at [{vs},{vs + len(value)})")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} labelled {codes[code]} times (< 2)")
    for p in problems:
        print("FAIL", p)
    if problems:
        return 1
    print("per code:", ", ".join(f"{k} {codes[k]}" for k in CODES))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
