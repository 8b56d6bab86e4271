#!/usr/bin/env python3
"""Verify this test set (standard library only; arithmetic in decimal.Decimal).

1. every label value occurs in its case; every error case differs from its clean draft in one contiguous
   place that overlaps the label value; the changed quantity occurs once in the clean draft (twice or more for
   conflicting_values); each of the 13 codes is used at least twice;
2. the arithmetic of every draft is redone from the text (tables rebuilt per layout): a clean draft must pass
   every check; an error case must fail a check of its labelled code and no check of any other error-level code
   (warning-level checks, e.g. score rules, are ignored for error cases).
Prints OK at the end.
"""
import json
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

sys.dont_write_bytecode = True
ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
import build  # noqa: E402  (the edit list)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUMRE = r"(\d+(?:\.\d+)?)"
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
HUNDRED = D(100)


class ExtractError(Exception):
    pass


class N:
    """A number as stated: value, decimals, unit text."""

    def __init__(self, s, unit=""):
        self.s = s
        self.v = D(s)
        self.d = len(s.split(".")[1]) if "." in s else 0
        self.unit = unit

    @property
    def tol(self):
        return D("0.5") * D(10) ** (-self.d) + D("1e-9")

    def __repr__(self):
        return f"{self.s}{self.unit}"


def close(computed, stated):
    return abs(computed - stated.v) <= stated.tol


SIGNS = "≥≤＞＜><=＝"


def parse_cell(cell):
    """'≥6000亩' -> N(6000, unit '亩'); '—', '' or text without a number -> None."""
    c = cell.strip()
    m = re.search(NUMRE, c)
    if not m or re.match(r"^\d{4}年", c):
        return None
    unit = (c[:m.start()].strip(SIGNS + " ") + "|" + c[m.end():].strip()).strip("|")
    return N(m.group(1), unit)


def need(cell):
    n = parse_cell(cell)
    if n is None:
        raise ExtractError(f"no number in cell {cell!r}")
    return n


def direction(target_cell):
    c = target_cell.strip()
    if c[:1] in "≥＞>" or "以上" in c or "不低于" in c:
        return "gte"
    if c[:1] in "≤＜<" or "以内" in c or "不超过" in c:
        return "lte"
    return "eq"


# ---------------------------------------------------------------- table layouts
def rows_onecell(text):
    rows = []
    for block in text.split("\n\n"):
        cells = [ln[1:].strip() for ln in block.split("\n") if ln.startswith("\t")]
        if cells:
            rows.append(cells)
    return rows


def rows_tab(text):
    return [[c.strip() for c in ln.split("\t")] for ln in text.split("\n") if "\t" in ln]


def rows_bar(text):
    return [[c.strip() for c in ln.split("｜")] for ln in text.split("\n") if "｜" in ln]


def rows_pdf(text):
    return [re.split(r" +", ln.strip()) for ln in text.split("\n") if ln.strip()]


def rows_aligned(text):
    return [re.split(r" {2,}", ln.strip()) for ln in text.split("\n") if ln.strip()]


LAYOUTS = {"onecell": rows_onecell, "tab": rows_tab, "bar": rows_bar, "pdf": rows_pdf, "aligned": rows_aligned}


# ---------------------------------------------------------------- checking context
class Ctx:
    def __init__(self, text, layout):
        self.t = text
        self.rows = LAYOUTS[layout](text)
        self.res = []  # (code, level, ok, msg)

    # -- extraction
    def p(self, pat, unit=""):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ExtractError(f"{pat!r} matched {len(ms)} times")
        return N(ms[0].group(1), unit)

    def pall(self, pat):
        ms = list(re.finditer(pat, self.t))
        if not ms:
            raise ExtractError(f"{pat!r} matched 0 times")
        return [m.groups() for m in ms]

    def row(self, key):
        found = [r for r in self.rows if key in r]
        if len(found) > 1:  # a column header may repeat a row label: keep the row that starts with it
            found = [r for r in found if r[0] == key]
        if len(found) != 1:
            raise ExtractError(f"row {key!r} found {len(found)} times")
        return found[0]

    def cell(self, key, off):
        r = self.row(key)
        i = len(r) - 1 - r[::-1].index(key)  # last occurrence: 二级 and 三级 may carry the same name
        return r[i + off]

    def cn(self, key, off):
        n = parse_cell(self.cell(key, off))
        if n is None:
            raise ExtractError(f"no number in row {key!r} offset {off}")
        return n

    # -- results
    def add(self, code, ok, msg, level="error"):
        self.res.append((code, level, bool(ok), msg))

    def _rel(self, code, f, args, stated, msg, money=True):
        vals = [a.v for a in args]
        ok = close(f(vals), stated)
        if not ok and money:
            fixed = False
            for i in range(len(vals)):
                for s in SCALES:
                    v2 = list(vals)
                    v2[i] = v2[i] * s
                    try:
                        if close(f(v2), stated):
                            fixed = True
                    except ZeroDivisionError:
                        pass
            for s in SCALES:
                if abs(f(vals) - stated.v * s) <= stated.tol * s:
                    fixed = True
            if fixed:
                code = "unit_mismatch"
        self.add(code, ok, f"{msg}: computed {f(vals)} vs stated {stated}")

    # -- identities
    def sum(self, parts, total, msg, code="sum_mismatch", money=True):
        self._rel(code, lambda v: sum(v), parts, total, msg, money)

    def diff(self, a, b, stated, msg, code="balance_mismatch", money=True):
        self._rel(code, lambda v: v[0] - v[1], [a, b], stated, msg, money)

    def rate(self, num, den, stated, msg, code="rate_mismatch", money=True):
        if den.v == 0:
            self.add("implausible_rate", stated.v == 0, f"{msg}: rate on a zero base printed as {stated}")
            return
        self._rel(code, lambda v: v[0] / v[1] * HUNDRED, [num, den], stated, msg, money)

    def ratio(self, num, den, stated, msg, code, factor=D(1)):
        self._rel(code, lambda v: v[0] * factor / v[1], [num, den], stated, msg, money=True)

    def eq(self, a, b, msg, code="conflicting_values"):
        if a.unit and b.unit and a.unit != b.unit:
            return  # different measures: the unit check speaks for them
        self.add(code, abs(a.v - b.v) <= max(a.tol, b.tol), f"{msg}: {a} vs {b}")

    def avg(self, items, stated, msg):
        self._rel("average_mismatch", lambda v: sum(v) / len(v), items, stated, msg, money=False)

    def le100(self, x, msg, code="implausible_rate"):
        self.add(code, D(0) <= x.v <= HUNDRED, f"{msg}: {x} must lie in [0, 100]%")

    def zero_base_cell(self, cell, msg):
        c = cell.strip()
        self.add("implausible_rate", c in ("—", "-", "", "0", "0%", "0.00%"), f"{msg}: rate on zero base {c!r}")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)

    def grade(self, total, word, msg):
        band = "优" if total.v >= 90 else "良" if total.v >= 80 else "中" if total.v >= 60 else "差"
        norm = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                "合格": "中", "差": "差", "较差": "差", "不合格": "差"}[word]
        self.add("grade_mismatch", norm == band, f"{msg}: {total} is {band}, stated {word}")

    def completion(self, target, actual, stated, msg, dirn="gte"):
        if target.unit != actual.unit:
            return
        if dirn == "lte":
            c = HUNDRED if actual.v <= target.v else target.v / actual.v * HUNDRED
        else:
            c = actual.v / target.v * HUNDRED
        self.add("completion_mismatch", close(c, stated), f"{msg}: completion {c} vs stated {stated}")

    # -- indicator tables
    def indicators(self, names, off_t=1, off_a=2, off_w=3, off_s=4, qualitative=(), dates=(), comp_off=None):
        """Read indicator rows keyed by their 三级 name; run unit, weight and score-rule checks per row."""
        out = {}
        for name in names:
            tc, ac = self.cell(name, off_t), self.cell(name, off_a)
            w, s = self.cn(name, off_w), self.cn(name, off_s)
            self.add("score_exceeds_weight", D(0) <= s.v <= w.v, f"{name}: score {s} vs weight {w}")
            rec = {"w": w, "s": s, "t": None, "a": None}
            if name in qualitative:
                # qualitative: 达成 -> [80%,100%] of w, 部分 -> [60%,80%)
                lo, hi = (D("0.6"), D("0.8")) if "部分" in ac or "初稿" in ac else (D("0.8"), D("1.0001"))
                self.add("score_rule_mismatch", lo * w.v <= s.v < hi * w.v, f"{name}: qualitative band", "warning")
            elif name in dates:
                ty, ay = re.match(r"(\d{4})年", tc).group(1), re.match(r"(\d{4})年", ac).group(1)
                rec["ty"], rec["ay"] = int(ty), int(ay)
                self.add("score_rule_mismatch", s.v == w.v, f"{name}: date met", "warning")
            else:
                t, a = parse_cell(tc), parse_cell(ac)
                rec["t"], rec["a"], rec["dir"] = t, a, direction(tc)
                ok_unit = t is not None and a is not None and t.unit == a.unit
                self.add("unit_mismatch", ok_unit, f"{name}: target {tc!r} vs actual {ac!r}")
                if ok_unit:
                    if rec["dir"] == "lte":
                        exp = w.v if a.v <= t.v else w.v * t.v / a.v
                    else:
                        exp = w.v * min(D(1), a.v / t.v)
                    exp2 = exp.quantize(D("0.01"), ROUND_HALF_UP)
                    self.add("score_rule_mismatch", abs(exp2 - s.v) <= s.tol, f"{name}: rule gives {exp2}, scored {s}",
                             "warning")
                    if t.unit == "%" and ("率" in name or "满意度" in name or "覆盖" in name):
                        self.le100(a, f"{name} actual")
                    if comp_off is not None:
                        cc = self.cell(name, comp_off)
                        if parse_cell(cc) is not None:
                            self.completion(t, a, parse_cell(cc), f"{name} 完成率 column", rec["dir"])
            out[name] = rec
        return out

    def exec_score(self, rate, score, weight, msg):
        # accept a score from the unrounded or the printed rate (rules §8)
        exp = (weight.v * min(D(1), rate.v / HUNDRED)).quantize(D("0.01"), ROUND_HALF_UP)
        self.add("score_rule_mismatch", abs(exp - score.v) <= score.tol, f"{msg}: {exp} vs {score}", "warning")


def funds_mof(c, labels=("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"), base=1):
    """MOF funds block: label | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分. Returns dict label -> (年初, 全年, 执行)."""
    got = {}
    for lab in labels:
        r = c.row(lab)
        i = r.index(lab)
        ys, ann, sp = (need(r[i + k]) for k in (base, base + 1, base + 2))
        got[lab] = (ys, ann, sp)
        rc = r[i + base + 4]
        if ann.v == 0:
            c.zero_base_cell(rc, f"{lab} 执行率")
        else:
            c.rate(sp, ann, need(rc), f"{lab} 执行率 = 执行/全年")
            c.le100(need(rc), f"{lab} 执行率")
    tot, parts = got[labels[0]], [got[l] for l in labels[1:]]
    for k, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.sum([p[k] for p in parts], tot[k], f"年度资金总额 {col} = Σ 其中")
    r = c.row(labels[0])
    i = r.index(labels[0])
    c.exec_score(need(r[i + base + 4]), need(r[i + base + 5]), need(r[i + base + 3]), "执行率得分")
    return got


def total_checks(c, ind, exec_w, exec_s, wt_total, sc_total):
    ws = [r["w"] for r in ind.values()] + [exec_w]
    ss = [r["s"] for r in ind.values()] + [exec_s]
    c.sum(ws, wt_total, "Σ 分值 = 总分值", code="weight_sum_mismatch", money=False)
    c.add("weight_sum_mismatch", wt_total.v == 100, f"总分值 {wt_total} = 100")
    c.sum(ss, sc_total, "Σ 得分 = 总得分", code="score_sum_mismatch", money=False)


def pick(ind, *names):
    return [ind[n]["s"] for n in names]


# ================================================================ Jiangxi, Yuanzhou 2021
def check_jx(c):
    Y = int(c.p(r"(\d{4})年度油茶低产林改造提升项目支出").s)
    lab = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "资金到位率(%)", "预算执行率(%)"]
    F = {}
    for l in lab:
        r = c.row(l)
        i = r.index(l)
        F[l] = [need(x) for x in r[i + 2:i + 7]]  # 合计, 中央, 省级, 区级, 上年结转
    for l in lab[:5]:
        c.sum(F[l][1:], F[l][0], f"{l} 合计 = Σ 来源")
    for k in range(5):
        c.diff(F["实际到位资金"][k], F["全年执行资金"][k], F["资金结余"][k], f"(5)=(3)-(4) col {k}")
        c.rate(F["实际到位资金"][k], F["全年预算资金"][k], F["资金到位率(%)"][k], f"(6)=(3)/(2) col {k}")
        c.rate(F["全年执行资金"][k], F["全年预算资金"][k], F["预算执行率(%)"][k], f"(7)=(4)/(2) col {k}")
        c.le100(F["资金到位率(%)"][k], f"到位率 col {k}")
        c.le100(F["预算执行率(%)"][k], f"执行率 col {k}")
    M = funds_mof(c)
    tot, cur, carry = M["年度资金总额"], M["其中：当年财政拨款"], M["上年结转资金"]
    c.eq(tot[0], F["年初预算资金"][0], "年初 MOF vs 行次表")
    c.eq(tot[1], F["全年预算资金"][0], "全年 MOF vs 行次表")
    c.eq(tot[2], F["全年执行资金"][0], "执行 MOF vs 行次表")
    c.sum(F["全年预算资金"][1:4], cur[1], "当年财政拨款 全年 = 中央+省+区")
    c.sum(F["全年执行资金"][1:4], cur[2], "当年财政拨款 执行 = 中央+省+区")
    c.sum(F["年初预算资金"][1:4], cur[0], "当年财政拨款 年初 = 中央+省+区")
    for k in range(3):
        c.eq(carry[k], [F["年初预算资金"], F["全年预算资金"], F["全年执行资金"]][k][4], "上年结转 MOF vs 行次表")
    mof_rate = c.cn("年度资金总额", 5)
    c.eq(mof_rate, F["预算执行率(%)"][0], "执行率 MOF vs 行次表")
    # prose funds
    y0 = c.p(r"项目年初预算" + NUMRE + "万元")
    dist = c.p(r"由区级配套资金" + NUMRE + "万元")
    car = c.p(r"年结转的省级资金" + NUMRE + "万元")
    cen = c.p(r"下达中央资金" + NUMRE + "万元")
    prv = c.p(r"、省级资金" + NUMRE + "万元，调整后")
    ann = c.p(r"调整后全年预算" + NUMRE + "万元")
    rec = c.p(r"实际到位资金" + NUMRE + "万元")
    rec_r = c.p(r"到位率" + NUMRE + "%")
    gap = c.p(r"尚有" + NUMRE + "万元未拨付到位")
    sp = c.p(r"全年支出" + NUMRE + "万元")
    sp_r = c.p(r"预算执行率" + NUMRE + "%，")
    bal = c.p(r"已到位未支出的" + NUMRE + "万元")
    c.sum([dist, car], y0, "年初预算 = 区级 + 结转")
    c.sum([y0, cen, prv], ann, "全年预算 = 年初 + 中央 + 省级")
    c.rate(rec, ann, rec_r, "到位率 prose")
    c.diff(ann, rec, gap, "未到位 = 全年预算 - 到位")
    c.rate(sp, ann, sp_r, "执行率 prose")
    c.diff(rec, sp, bal, "结余 prose = 到位 - 执行")
    for a, b, m in [(y0, F["年初预算资金"][0], "年初"), (dist, F["年初预算资金"][3], "区级年初"),
                    (car, F["年初预算资金"][4], "结转"), (cen, F["全年预算资金"][1], "中央"),
                    (prv, F["全年预算资金"][2], "省级"), (ann, F["全年预算资金"][0], "全年预算"),
                    (rec, F["实际到位资金"][0], "到位"), (rec_r, F["资金到位率(%)"][0], "到位率"),
                    (sp, F["全年执行资金"][0], "执行"), (sp_r, F["预算执行率(%)"][0], "执行率"),
                    (bal, F["资金结余"][0], "结余")]:
        c.eq(a, b, f"prose vs table {m}")
    # indicators
    names = ["低产林改造面积", "高标准示范片建设", "改造验收合格率", "改造任务完成时间", "中央资金亩均补助",
             "改造林分亩产茶油增加量", "带动农户增收", "改造林地植被保存率", "受益农户满意度"]
    ind = c.indicators(names, dates=("改造任务完成时间",))
    tr = c.row("总分")
    nums = [parse_cell(x) for x in tr if parse_cell(x)]
    exec_w, exec_s = c.cn("年度资金总额", 4), c.cn("年度资金总额", 6)
    total_checks(c, ind, exec_w, exec_s, nums[0], nums[1])
    tot_p = c.p(r"项目自评得分" + NUMRE + "分")
    c.eq(tot_p, nums[1], "总分 prose vs table")
    c.grade(tot_p, re.search(r"评价等级为“(.)”", c.t).group(1), "等级")
    c.eq(c.p(r"预算执行得分" + NUMRE + "分"), exec_s, "执行得分 prose vs table")
    c.sum(pick(ind, *names[:5]), c.p(r"产出指标得分" + NUMRE + "分"), "产出得分", "score_sum_mismatch", False)
    c.sum(pick(ind, *names[5:8]), c.p(r"效益指标得分" + NUMRE + "分"), "效益得分", "score_sum_mismatch", False)
    c.sum(pick(ind, names[8]), c.p(r"满意度指标得分" + NUMRE + "分"), "满意度得分", "score_sum_mismatch", False)
    area = c.p(r"全年完成低产林改造" + NUMRE + "亩", "亩")
    c.completion(ind["低产林改造面积"]["t"], area, c.p(r"改造\d+亩，完成率" + NUMRE + "%"), "改造完成率")
    demo = c.p(r"建成高标准改造示范片" + NUMRE + "个，完成率", "个")
    c.completion(ind["高标准示范片建设"]["t"], demo, c.p(r"示范片\d+个，完成率" + NUMRE + "%"), "示范片完成率")
    c.sum([c.p(r"截干更新" + NUMRE + "亩"), c.p(r"补植良种" + NUMRE + "亩"), c.p(r"垦复施肥" + NUMRE + "亩")],
          area, "改造面积构成")
    c.avg([N(x) for x in re.search(r"亩产鲜果分别为(\d+)公斤、(\d+)公斤、(\d+)公斤和(\d+)公斤", c.t).groups()],
          c.p(r"平均" + NUMRE + "公斤"), "示范片平均亩产")
    cen_sp = c.p(r"中央资金实际支出" + NUMRE + "万元")
    c.eq(cen_sp, F["全年执行资金"][1], "中央支出 prose vs table")
    per = c.p(r"折合亩均补助" + NUMRE + "元", "元/亩")
    c.ratio(cen_sp, area, per, "中央资金亩均补助 = 支出×10000/面积", "average_mismatch", factor=D(10000))
    c.eq(per, ind["中央资金亩均补助"]["a"], "亩均补助 prose vs table")
    for pat, key, u in [(r"验收合格率" + NUMRE + "%", "改造验收合格率", "%"),
                        (r"亩产茶油增加" + NUMRE + "公斤，未达到", "改造林分亩产茶油增加量", "公斤"),
                        (r"项目带动" + NUMRE + "户农户", "带动农户增收", "户"),
                        (r"植被保存率" + NUMRE + "%", "改造林地植被保存率", "%"),
                        (r"受益农户满意度为" + NUMRE + "%", "受益农户满意度", "%")]:
        c.eq(c.p(pat, u), ind[key]["a"], f"{key} prose vs table")
    c.eq(area, ind["低产林改造面积"]["a"], "改造面积 prose vs table")
    c.eq(demo, ind["高标准示范片建设"]["a"], "示范片 prose vs table")
    c.le100(c.p(r"受益农户满意度为" + NUMRE + "%"), "满意度")
    for pat, key, u in [(r"完成油茶低产林改造" + NUMRE + "亩以上", "低产林改造面积", "亩"),
                        (r"建成高标准改造示范片" + NUMRE + "个，改造后", "高标准示范片建设", "个"),
                        (r"亩产茶油增加" + NUMRE + "公斤以上", "改造林分亩产茶油增加量", "公斤"),
                        (r"带动" + NUMRE + "户以上农户增收", "带动农户增收", "户"),
                        (r"满意度不低于" + NUMRE + "%", "受益农户满意度", "%"),
                        (r"控制在每亩" + NUMRE + "元", "中央资金亩均补助", "元/亩")]:
        c.eq(c.p(pat, u), ind[key]["t"], f"{key} goal vs 年度指标值")
    c.diff(ind["高标准示范片建设"]["t"], demo, c.p(r"制约，" + NUMRE + "个示范片未按期建成", "个"), "未建成示范片",
           code="sum_mismatch", money=False)
    # years
    c.year(int(c.p(r"（(\d{4})年度）").s) == Y, "自评表年度")
    c.year(int(c.p(r"下达(\d{4})年中央财政").s) == Y, "资金文件年度")
    c.year(int(c.p(r"实施期为(\d{4})年1月至12月").s) == Y, "实施期")
    c.year(int(c.p(r"(\d{4})年结转的省级资金").s) == Y - 1, "上年结转来自上一年")
    c.year(int(c.p(r"截至(\d{4})年12月31日").s) == Y, "截至日期")
    c.year(int(c.p(r"已结转至(\d{4})年").s) > Y, "结转去向")
    c.year(int(c.p(r"推迟至(\d{4})年").s) > Y, "推迟年度")
    c.year(int(c.p(r"\n(\d{4})年3月8日").s) in (Y + 1,), "报告日期")
    c.year(ind["改造任务完成时间"]["ty"] == Y and ind["改造任务完成时间"]["ay"] == Y, "时效指标年度")


# ================================================================ Hunan, Changning 2023
def check_hn(c):
    Y = int(c.p(r"(\d{4})年度油茶新造林补助资金\n").s)
    M = funds_mof(c)
    tot = M["年度资金总额"]
    ann = c.p(r"全年预算" + NUMRE + "万元，其中")
    cen = c.p(r"全年预算[\d.]+万元，其中中央资金" + NUMRE + "万元")
    prv = c.p(r"、省级资金" + NUMRE + "万元、市级配套资金[\d.]+万元。")
    city = c.p(r"市级配套资金" + NUMRE + "万元。")
    c.sum([cen, prv, city], ann, "全年预算 = 中央 + 省 + 市")
    std = c.p(r"按亩均" + NUMRE + "元的标准")
    plan = c.p(r"计划补助新造油茶林" + NUMRE + "亩", "亩")
    c._rel("sum_mismatch", lambda v: v[0] * v[1] / 10000, [std, plan], ann, "亩均标准(元) × 计划面积 = 全年预算(万元)")
    rec = c.p(r"全年到位资金" + NUMRE + "万元")
    c.rate(rec, ann, c.p(r"到位率" + NUMRE + "%"), "到位率")
    sp = c.p(r"全年支出" + NUMRE + "万元")
    c.sum([c.p(r"全年支出[\d.]+万元，其中中央资金" + NUMRE + "万元"),
           c.p(r"、省级资金" + NUMRE + "万元、市级配套资金[\d.]+万元；"),
           c.p(r"、市级配套资金" + NUMRE + "万元；")], sp, "支出 = 中央 + 省 + 市")
    c.diff(rec, sp, c.p(r"尚未兑付的" + NUMRE + "万元"), "未兑付 = 到位 - 支出")
    c.eq(ann, tot[1], "全年预算 prose vs table")
    c.eq(sp, tot[2], "支出 prose vs table")
    c.eq(city, tot[0], "年初预算仅为市级配套 prose vs table")
    c.le100(c.p(r"同类资金的执行率为" + NUMRE + "%"), "上年执行率")
    names = ["油茶新造林面积", "造林成活率", "良种苗木使用率", "第一期补助兑付及时率", "亩均补助标准",
             "带动脱贫人口务工", "造林地块植被恢复率", "新造林管护责任落实", "造林主体满意度"]
    ind = c.indicators(names, qualitative=("新造林管护责任落实",))
    tr = c.row("总分")
    nums = [parse_cell(x) for x in tr if parse_cell(x)]
    total_checks(c, ind, c.cn("年度资金总额", 4), c.cn("年度资金总额", 6), nums[0], nums[1])
    tot_p = c.p(r"项目自评得分" + NUMRE + "分")
    c.eq(tot_p, nums[1], "总分 prose vs table")
    c.grade(tot_p, re.search(r"等级为“(.)”", c.t).group(1), "等级")
    area = c.p(r"全年新造油茶林" + NUMRE + "亩", "亩")
    c.eq(area, ind["油茶新造林面积"]["a"], "新造面积 prose vs table")
    c.eq(plan, ind["油茶新造林面积"]["t"], "计划面积 vs 指标值")
    c.completion(plan, area, c.p(r"为计划的" + NUMRE + "%"), "新造面积完成率")
    c.sum([plan, c.p(r"超出计划的" + NUMRE + "亩")], area, "超出计划面积")
    rates = [N(x) for x in re.search(r"成活率分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%和([\d.]+)%", c.t).groups()]
    avg = c.p(r"平均成活率" + NUMRE + "%", "%")
    c.avg(rates, avg, "平均成活率")
    c.eq(avg, ind["造林成活率"]["a"], "成活率 prose vs table")
    c.eq(c.p(r"兑付及时率" + NUMRE + "%，未达到", "%"), ind["第一期补助兑付及时率"]["a"], "及时率 prose vs table")
    work = [N(x, "人次") for (x,) in c.pall(r"务工(\d+)人次，")]
    for w in work:
        c.eq(w, ind["带动脱贫人口务工"]["a"], "务工人次 prose vs table")
    over = c.p(r"超出目标" + NUMRE + "%")
    t = ind["带动脱贫人口务工"]["t"]
    c._rel("completion_mismatch", lambda v: (v[0] - v[1]) / v[1] * HUNDRED, [work[0], t], over, "超出目标幅度", False)
    c.eq(c.p(r"植被恢复率" + NUMRE + "%", "%"), ind["造林地块植被恢复率"]["a"], "恢复率 prose vs table")
    sat = c.p(r"造林主体满意度" + NUMRE + "%，", "%")
    c.eq(sat, ind["造林主体满意度"]["a"], "满意度 prose vs table")
    c.le100(sat, "满意度")
    for pat, key, u in [(r"新造油茶林(\d+)亩以上", "油茶新造林面积", "亩"), (r"成活率不低于(\d+)%", "造林成活率", "%"),
                        (r"兑付及时率不低于(\d+)%", "第一期补助兑付及时率", "%"),
                        (r"未达到(\d+)%的目标", "第一期补助兑付及时率", "%"),
                        (r"务工(\d+)人次以上", "带动脱贫人口务工", "人次"), (r"满意度(\d+)%以上", "造林主体满意度", "%")]:
        for (x,) in c.pall(pat):
            c.eq(N(x, u), ind[key]["t"], f"{key} goal vs 年度指标值")
    c.eq(c.p(r"完成新造林" + NUMRE + "亩，全部", "亩"), ind["油茶新造林面积"]["a"], "自评表总体目标 vs 指标")
    c.eq(N(std.s, "元"), ind["亩均补助标准"]["t"], "补助标准 prose vs 年度指标值")
    c.year(int(c.p(r"（(\d{4})年度）").s) == Y, "自评表年度")
    c.year(int(c.p(r"关于做好(\d{4})年度项目支出").s) == Y, "通知年度")
    y, m = (int(x) for x in c.pall(r"中央资金于(\d{4})年(\d+)月提前下达")[0])
    c.year(y == Y or (y == Y - 1 and m == 12), "中央资金提前下达")
    c.year(int(c.p(r"省级资金于(\d{4})年\d+月下达").s) == Y, "省级资金下达")
    c.year(int(c.p(r"截至(\d{4})年12月31日").s) == Y, "截至日期")
    c.year(int(c.p(r"已按规定结转至(\d{4})年").s) > Y, "结转去向")
    c.year(int(c.p(r"(\d{4})年度同类资金").s) == Y - 1, "上年对比")
    c.year(int(c.p(r"(\d{4})年及时完成保存率复核").s) == Y + 1, "复核年度")
    c.year(int(c.p(r"(\d{4})年油茶新造林补助资金\n").s) == Y, "项目名称年度")


# ================================================================ Guangxi, Cenxi 2022
def check_gx(c):
    Y = int(c.p(r"(\d{4})年度林下经济示范基地建设项目支出").s)
    M = funds_mof(c)
    tot = M["年度资金总额"]
    ann = c.p(r"项目全年预算" + NUMRE + "万元")
    reg = c.p(r"自治区补助资金" + NUMRE + "万元")
    city = c.p(r"市级配套资金" + NUMRE + "万元，年初")
    c.sum([reg, city], ann, "全年预算 = 自治区 + 市级")
    a1, a2, a3 = (c.p(x + NUMRE + "万元") for x in (r"南渡镇基地", r"糯垌镇基地", r"归义镇基地"))
    c.sum([a1, a2, a3], reg, "自治区资金按基地分配")
    c.avg([a1, a2, a3], c.p(r"平均每个基地" + NUMRE + "万元"), "平均每个基地")
    sp = c.p(r"项目支出" + NUMRE + "万元，执行率")
    sp_r = c.p(r"万元，执行率" + NUMRE + "%。")
    c.rate(sp, ann, sp_r, "执行率 prose")
    a3s = c.p(r"归义镇基地支出" + NUMRE + "万元")
    c.rate(a3s, a3, c.p(r"归义镇基地支出[\d.]+万元，执行率" + NUMRE + "%"), "归义镇执行率")
    cs = c.p(r"市级配套资金支出" + NUMRE + "万元")
    c.sum([a1, a2, a3s, cs], sp, "支出 = 两基地全额 + 归义镇 + 市级")
    un = c.p(r"年末未支出" + NUMRE + "万元")
    c.diff(ann, sp, un, "未支出 = 预算 - 支出")
    q = c.p(r"质保金" + NUMRE + "万元结转")
    back = c.p(r"市级配套结余" + NUMRE + "万元")
    c.sum([q, back], un, "未支出构成")
    c.diff(a3, a3s, q, "归义镇质保金 = 分配 - 支出")
    c.diff(city, cs, back, "市级结余 = 配套 - 支出")
    c.eq(ann, tot[1], "全年预算 prose vs table")
    c.eq(sp, tot[2], "支出 prose vs table")
    c.eq(sp_r, c.cn("年度资金总额", 5), "执行率 prose vs table")
    c.add("rate_mismatch", tot[0].v == 0, "年初预算未安排 ⇒ 年初预算数 0")
    c.avg([N(x) for x in re.search(r"得分分别为(\d+)分、(\d+)分和(\d+)分", c.t).groups()],
          c.p(r"平均" + NUMRE + "分"), "验收平均分")
    names = ["自治区级林下经济示范基地建设数量", "示范基地林下经营面积", "示范基地验收合格率", "补助资金拨付及时率",
             "示范基地亩均补助", "基地林下经济年产值", "带动周边农户就业", "示范基地示范带动作用", "周边农户满意度"]
    ind = c.indicators(names, qualitative=("示范基地示范带动作用",))
    tr = c.row("总分")
    nums = [parse_cell(x) for x in tr if parse_cell(x)]
    exec_s = c.cn("年度资金总额", 6)
    total_checks(c, ind, c.cn("年度资金总额", 4), exec_s, nums[0], nums[1])
    c.eq(c.p(r"预算执行率得分" + NUMRE + "分"), exec_s, "执行得分 prose vs table")
    c.sum([r["s"] for r in ind.values()], c.p(r"满意度指标合计得分" + NUMRE + "分"), "指标合计得分",
          "score_sum_mismatch", False)
    tot_p = c.p(r"自评得分" + NUMRE + "分，评价等级")
    c.eq(tot_p, nums[1], "总分 prose vs table")
    c.grade(tot_p, re.search(r"评价等级为(.)。", c.t).group(1), "等级")
    c.eq(c.p(r"(\d+)个示范基地全部建成", "个"), ind["自治区级林下经济示范基地建设数量"]["a"], "基地数 prose vs table")
    area = c.p(r"林下经营面积合计" + NUMRE + "亩", "亩")
    c.sum([c.p(r"（南渡镇" + NUMRE + "亩"), c.p(r"糯垌镇" + NUMRE + "亩"), c.p(r"归义镇" + NUMRE + "亩）")], area, "面积构成")
    c.eq(area, ind["示范基地林下经营面积"]["a"], "面积 prose vs table")
    c.eq(c.p(r"验收合格率" + NUMRE + "%", "%"), ind["示范基地验收合格率"]["a"], "合格率 prose vs table")
    per = c.p(r"折合亩均补助" + NUMRE + "元", "元")
    c.ratio(reg, area, per, "亩均补助 = 自治区资金×10000/面积", "average_mismatch", factor=D(10000))
    c.eq(per, ind["示范基地亩均补助"]["a"], "亩均 prose vs table")
    c.eq(c.p(r"拨付及时率" + NUMRE + "%，低于", "%"), ind["补助资金拨付及时率"]["a"], "及时率 prose vs table")
    out = c.p(r"实现林下经济产值" + NUMRE + "万元", "万元")
    c.eq(out, ind["基地林下经济年产值"]["a"], "产值 prose vs table")
    last = c.p(r"年的" + NUMRE + "万元增长")
    c._rel("rate_mismatch", lambda v: (v[0] / v[1] - 1) * HUNDRED, [out, last], c.p(r"万元增长" + NUMRE + "%"),
           "产值增长率", False)
    job = c.p(r"带动周边农户就业" + NUMRE + "人，", "人")
    c.eq(job, ind["带动周边农户就业"]["a"], "就业 prose vs table")
    c._rel("completion_mismatch", lambda v: (v[0] / v[1] - 1) * HUNDRED, [job, ind["带动周边农户就业"]["t"]],
           c.p(r"超出目标" + NUMRE + "%"), "超出目标幅度", False)
    sat = c.p(r"户，满意度" + NUMRE + "%", "%")
    c.eq(sat, ind["周边农户满意度"]["a"], "满意度 prose vs table")
    c.le100(sat, "满意度")
    for pat, key, u in [(r"示范基地" + NUMRE + "个，示范基地", "自治区级林下经济示范基地建设数量", "个"),
                        (r"林下经营面积" + NUMRE + "亩以上", "示范基地林下经营面积", "亩"),
                        (r"年产值" + NUMRE + "万元以上", "基地林下经济年产值", "万元"),
                        (r"就业" + NUMRE + "人以上", "带动周边农户就业", "人"),
                        (r"满意度" + NUMRE + "%以上", "周边农户满意度", "%"),
                        (r"低于" + NUMRE + "%的目标", "补助资金拨付及时率", "%"),
                        (r"低于每亩" + NUMRE + "元", "示范基地亩均补助", "元")]:
        c.eq(c.p(pat, u), ind[key]["t"], f"{key} goal vs 年度指标值")
    c.year(int(c.p(r"（(\d{4})年度）").s) == Y, "自评表年度")
    y, m = (int(x) for x in c.pall(r"自治区资金于(\d{4})年(\d+)月下达")[0])
    c.year(y == Y or (y == Y - 1 and m == 12), "自治区资金下达")
    c.year(int(c.p(r"市级配套资金于(\d{4})年\d+月拨付").s) == Y, "市级拨付")
    c.year(int(c.p(r"截至(\d{4})年12月31日").s) == Y, "截至日期")
    c.year(int(c.p(r"万元结转(\d{4})年支付").s) > Y, "质保金结转去向")
    c.year(int(c.p(r"比(\d{4})年的").s) == Y - 1, "上年产值")
    c.year(int(c.p(r"实施期为(\d{4})年4月至12月").s) == Y, "实施期")
    c.year(int(c.p(r"\n(\d{4})年2月至3月").s) == Y + 1, "自评时间")
    c.year(int(c.p(r"发布时间：(\d{4})-").s) == Y + 1, "发布日期")
    c.year(int(c.p(r"较好。(\d{4})年，自治区林业局").s) == Y, "资金年度")


# ================================================================ Fujian, Jian'ou 2019
def check_fj(c):
    Y = int(c.p(r"(\d{4})年度中央财政林业科技推广示范资金项目").s)
    M = funds_mof(c)
    tot = M["年度资金总额"]
    inv = c.p(r"项目总投资" + NUMRE + "万元")
    items = {k: c.p(k + NUMRE + r"\s*万元") for k in ("示范林营建", "良种苗木", "配方肥料", "技术培训", "技术服务与检测")}
    c.sum(list(items.values()), inv, "资金安排之和 = 总投资")
    sp = c.p(r"项目累计支出" + NUMRE + "万元")
    sp_r = c.p(r"万元，执行率" + NUMRE + "%。其中")
    c.rate(sp, inv, sp_r, "执行率 prose")
    s1 = c.p(r"示范林营建支出" + NUMRE + "万元")
    c.rate(s1, items["示范林营建"], c.p(r"示范林营建支出[\d.]+万元，执行率" + NUMRE + "%"), "示范林营建执行率")
    # 良种苗木 "全部付清" means spent = its allocation
    c.sum([s1, items["良种苗木"], c.p(r"配方肥料支出" + NUMRE + "万元"), c.p(r"技术培训支出" + NUMRE + "万元"),
           c.p(r"技术服务与检测\n?支出" + NUMRE + "万元")], sp, "支出构成")
    c.diff(inv, sp, c.p(r"年末结余" + NUMRE + "万元"), "结余 = 总投资 - 支出")
    c.eq(inv, tot[1], "总投资 vs 全年预算数")
    c.eq(sp, tot[2], "支出 prose vs table")
    c.eq(sp_r, c.cn("年度资金总额", 5), "执行率 prose vs table")
    c.add("rate_mismatch", tot[0].v == 0, "年初预算未列 ⇒ 年初预算数 0")
    names = ["示范林营建面积", "举办技术培训班", "培训林农人次", "良种使用率", "示范林营建完成时间", "示范林亩均营建成本",
             "示范林亩产茶油", "技术辐射推广面积", "林下植被覆盖度", "形成丰产栽培技术规程", "参训林农满意度"]
    ind = c.indicators(names, off_t=1, off_a=2, off_w=4, off_s=5, comp_off=3,
                       qualitative=("形成丰产栽培技术规程",), dates=("示范林营建完成时间",))
    tr = c.row("合计")
    nums = [parse_cell(x) for x in tr if parse_cell(x)]
    total_checks(c, ind, c.cn("年度资金总额", 4), c.cn("年度资金总额", 6), nums[0], nums[1])
    tot_p = c.p(r"项目得分" + NUMRE + "分")
    c.eq(tot_p, nums[1], "总分 prose vs table")
    c.grade(tot_p, re.search(r"等级为(良好|优秀|中等|较差|优|良|中|差)", c.t).group(1), "等级")
    area = c.p(r"共建设示范林" + NUMRE + "亩", "亩")
    c.sum([N(x) for x in re.search(r"分别为\n?(\d+)亩、(\d+)亩和(\d+)亩", c.t).groups()], area, "示范林面积构成")
    c.eq(area, ind["示范林营建面积"]["a"], "示范林面积 prose vs table")
    cp = c.p(r"完成计划的" + NUMRE + "%")
    c.completion(ind["示范林营建面积"]["t"], area, cp, "示范林完成率 prose")
    c.eq(cp, c.cn("示范林营建面积", 3), "完成率 prose vs table")
    cost = c.p(r"营建亩均成本" + NUMRE + r"\s*元", "元")
    c.ratio(s1, area, cost, "亩均营建成本 = 营建支出×10000/面积", "average_mismatch", factor=D(10000))
    c.eq(cost, ind["示范林亩均营建成本"]["a"], "亩均成本 prose vs table")
    n_cls = c.p(r"举办培训班" + NUMRE + "期", "期")
    n_ppl = c.p(r"全年举办培训班\d+期，培训林农" + NUMRE + "人次", "人次")
    c.eq(n_cls, ind["举办技术培训班"]["a"], "培训期数 prose vs table")
    c.eq(n_ppl, ind["培训林农人次"]["a"], "培训人次 prose vs table")
    c._rel("average_mismatch", lambda v: v[0] / v[1], [n_ppl, n_cls], c.p(r"平均每期" + NUMRE + "人次"), "平均每期", False)
    oil = c.p(r"亩产茶油" + NUMRE + "公斤，", "公斤")
    c.eq(oil, ind["示范林亩产茶油"]["a"], "亩产 prose vs table")
    c.diff(oil, c.p(r"年的" + NUMRE + "公斤"), c.p(r"增加" + NUMRE + "公斤"), "比上年增加", code="sum_mismatch", money=False)
    rad = c.p(r"丰产栽培技术\n?" + NUMRE + "亩", "亩")
    c.eq(rad, ind["技术辐射推广面积"]["a"], "辐射面积 prose vs table")
    rad_c = c.p(r"完成目标的" + NUMRE + "%")
    c.completion(ind["技术辐射推广面积"]["t"], rad, rad_c, "辐射完成率 prose")
    c.eq(rad_c, c.cn("技术辐射推广面积", 3), "辐射完成率 prose vs table")
    c.eq(c.p(r"覆盖度达到" + NUMRE + "%", "%"), ind["林下植被覆盖度"]["a"], "覆盖度 prose vs table")
    sat = c.p(r"满意度为" + NUMRE + "%", "%")
    c.eq(sat, ind["参训林农满意度"]["a"], "满意度 prose vs table")
    c.le100(sat, "满意度")
    for pat, key, u in [(r"示范林" + NUMRE + "亩以上", "示范林营建面积", "亩"),
                        (r"达到" + NUMRE + "公斤以上", "示范林亩产茶油", "公斤"),
                        (r"推广应用" + NUMRE + "亩以上", "技术辐射推广面积", "亩"),
                        (r"技术培训班" + NUMRE + "期", "举办技术培训班", "期"),
                        (r"培训林农" + NUMRE + "人次以上", "培训林农人次", "人次"),
                        (r"低于每亩" + NUMRE + "元", "示范林亩均营建成本", "元")]:
        c.eq(c.p(pat, u), ind[key]["t"], f"{key} goal vs 年度指标值")
    c.diff(ind["举办技术培训班"]["t"], n_cls, c.p(r"原定的" + NUMRE + "期现场培训", "期"), "推迟的培训期数",
           code="sum_mismatch", money=False)
    c.eq(c.p(r"良种使用率\n?" + NUMRE + "%。", "%"), ind["良种使用率"]["a"], "良种使用率 prose vs table")
    c.year(int(c.p(r"附件 (\d{4})年度项目支出绩效自评表").s) == Y, "自评表年度")
    c.year(int(c.p(r"于\n?(\d{4})年6月由省林业局").s) == Y, "资金下达")
    c.year(int(c.p(r"实施期为(\d{4})年6月至").s) == Y, "实施期起")
    c.year(int(c.p(r"截至(\d{4})年12月31日").s) == Y, "截至日期")
    c.year(int(c.p(r"按项目实施期结转(\d{4})年").s) > Y, "结转去向")
    c.year(int(c.p(r"比(\d{4})年的").s) == Y - 1, "上年亩产")
    c.year(all(int(y) == Y + 1 for (y,) in c.pall(r"(\d{4})年3月20日")), "报告/填报日期")
    c.year(ind["示范林营建完成时间"]["ty"] == Y and ind["示范林营建完成时间"]["ay"] == Y, "时效指标年度")


# ================================================================ Guizhou, Tianzhu 2024 (department)
def check_gz(c):
    Y = int(c.p(r"(\d{4})年度部门整体支出绩效自评报告").s)
    lab = ["年度资金总额", "按来源：当年财政拨款", "按来源：上年结转资金", "按性质：基本支出", "按性质：项目支出"]
    F = {}
    for l in lab:
        r = c.row(l)
        i = r.index(l)
        F[l] = [need(x) for x in r[i + 1:i + 5]]  # 年初, 全年, 执行, 执行率
        if F[l][1].v:
            c.rate(F[l][2], F[l][1], F[l][3], f"{l} 执行率")
            c.le100(F[l][3], f"{l} 执行率")
    for k in range(3):
        c.sum([F[lab[1]][k], F[lab[2]][k]], F[lab[0]][k], f"总额 = 当年 + 结转 col {k}")
        c.sum([F[lab[3]][k], F[lab[4]][k]], F[lab[0]][k], f"总额 = 基本 + 项目 col {k}")
    y0 = c.p(r"年初预算" + NUMRE + "万元，其中")
    b0 = c.p(r"其中基本支出" + NUMRE + "万元、项目支出[\d.]+万元。年中")
    p0 = c.p(r"、项目支出" + NUMRE + "万元。年中")
    add = c.p(r"林业改革发展资金等" + NUMRE + "万元")
    car = c.p(r"年结转资金" + NUMRE + "万元")
    ann = c.p(r"调整后全年预算" + NUMRE + "万元")
    b1 = c.p(r"其中基本支出" + NUMRE + "万元、项目支出[\d.]+万元。\n")
    p1 = c.p(r"、项目支出" + NUMRE + "万元。\n")
    c.sum([b0, p0], y0, "年初 = 基本 + 项目")
    c.sum([y0, add, car], ann, "全年 = 年初 + 追加 + 结转")
    c.sum([b1, p1], ann, "全年 = 基本 + 项目")
    sp = c.p(r"全年支出" + NUMRE + "万元")
    c.rate(sp, ann, c.p(r"全年支出[\d.]+万元，预算执行率" + NUMRE + "%"), "执行率 prose")
    bs = c.p(r"其中基本支出" + NUMRE + "万元，执行率")
    c.rate(bs, b1, c.p(r"万元，执行率" + NUMRE + "%；"), "基本支出执行率")
    ps = c.p(r"项目支出" + NUMRE + "万元。分项目看")
    c.sum([bs, ps], sp, "支出 = 基本 + 项目")
    budgets = [c.p(x) for x in (r"新造补助预算" + NUMRE + "万元", r"基地建设预算" + NUMRE + "万元",
                                r"贷款贴息预算" + NUMRE + "万元", r"推广示范预算" + NUMRE + "万元",
                                r"资源管护预算" + NUMRE + "万元")]
    spends = [c.p(r"新造补助预算[\d.]+万元，支出" + NUMRE + "万元"), budgets[1],  # 全额支出
              c.p(r"贷款贴息预算[\d.]+万元，支出" + NUMRE + "万元"), c.p(r"推广示范预算[\d.]+万元，支出" + NUMRE + "万元"),
              c.p(r"资源管护预算[\d.]+万元，支出" + NUMRE + "万元")]
    c.sum(budgets, p1, "项目预算之和")
    c.sum(spends, ps, "项目支出之和")
    c.diff(budgets[2], spends[2], c.p(r"余" + NUMRE + "万元因"), "贴息结余 = 预算 - 支出")
    bal = c.p(r"结转结余资金共" + NUMRE + "万元")
    c.diff(ann, sp, bal, "结转结余 = 全年预算 - 支出")
    for a, b, m in [(y0, F[lab[0]][0], "年初"), (b0, F[lab[3]][0], "基本年初"), (p0, F[lab[4]][0], "项目年初"),
                    (ann, F[lab[0]][1], "全年"), (car, F[lab[2]][1], "结转"), (b1, F[lab[3]][1], "基本全年"),
                    (p1, F[lab[4]][1], "项目全年"), (sp, F[lab[0]][2], "支出"), (bs, F[lab[3]][2], "基本支出"),
                    (ps, F[lab[4]][2], "项目支出")]:
        c.eq(a, b, f"prose vs table {m}")
    c.eq(c.p(r"预算执行率" + NUMRE + "%。"), F[lab[0]][3], "执行率 prose vs table")
    sg_b, sg_s = c.p(r"“三公”经费预算" + NUMRE + "万元"), c.p(r"实际支出" + NUMRE + "万元，比上年")
    names = ["预算执行率", "结转结余率", "“三公”经费控制率", "油茶低产林改造面积", "油茶新造林面积", "新建林下经济示范基地",
             "林业科技培训人次", "贴息资金兑付率", "森林火灾受害率", "林下经济产值", "带动林农增收户数", "森林覆盖率",
             "服务对象满意度"]
    ind = c.indicators(names, off_t=1, off_a=2, off_w=3, off_s=4)
    c.eq(ind["预算执行率"]["a"], F[lab[0]][3], "执行率 指标 vs 资金表")
    c.rate(bal, ann, ind["结转结余率"]["a"], "结转结余率 = 结转结余/全年预算")
    c.rate(sg_s, sg_b, ind["“三公”经费控制率"]["a"], "三公经费控制率")
    tr = c.row("合计")
    nums = [parse_cell(x) for x in tr if parse_cell(x)]
    ws, ss_ = [r["w"] for r in ind.values()], [r["s"] for r in ind.values()]
    c.sum(ws, nums[0], "Σ 分值", "weight_sum_mismatch", False)
    c.add("weight_sum_mismatch", nums[0].v == 100, "总分值 100")
    c.sum(ss_, nums[1], "Σ 得分", "score_sum_mismatch", False)
    tot_p = c.p(r"自评得分" + NUMRE + "分")
    c.eq(tot_p, nums[1], "总分 prose vs table")
    c.grade(tot_p, re.search(r"评价等级为(.)。", c.t).group(1), "等级")
    scores = [N(x) for x in re.search(r"得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分和([\d.]+)分", c.t).groups()]
    c.avg(scores, c.p(r"平均" + NUMRE + "分"), "项目平均分")
    c.grade(scores[2], re.search(r"贷款贴息项目因兑付率偏低评为“(.)”", c.t).group(1), "贴息项目等级")
    for i in (0, 1, 3, 4):
        c.grade(scores[i], re.search(r"其余4个项目均为“(.)”", c.t).group(1), f"项目{i + 1}等级")
    c.eq(c.p(r"完成油茶低产林改造" + NUMRE + "亩", "亩"), ind["油茶低产林改造面积"]["a"], "低改 prose vs table")
    new = c.p(r"新造油茶林" + NUMRE + "亩，", "亩")
    c.eq(new, ind["油茶新造林面积"]["a"], "新造 prose vs table")
    c.diff(ind["油茶新造林面积"]["t"], new, c.p(r"未完成的" + NUMRE + "亩"), "未完成面积", code="sum_mismatch", money=False)
    c.eq(c.p(r"新建林下经济示范基地" + NUMRE + "个（", "个"), ind["新建林下经济示范基地"]["a"], "基地 prose vs table")
    val = c.p(r"林下经济产值" + NUMRE + "亿元，", "亿元")
    c.eq(val, ind["林下经济产值"]["a"], "产值 prose vs table")
    c._rel("rate_mismatch", lambda v: (v[0] / v[1] - 1) * HUNDRED, [val, c.p(r"年的" + NUMRE + "亿元")],
           c.p(r"亿元增长" + NUMRE + "%"), "产值增长", False)
    sub = c.p(r"贷款贴息" + NUMRE + "万元，贴息")
    c.eq(sub, spends[2], "贴息 三 vs 二")
    pr = c.p(r"贴息资金兑付率" + NUMRE + "%。", "%")
    c.rate(sub, budgets[2], pr, "贴息兑付率")
    c.eq(pr, ind["贴息资金兑付率"]["a"], "兑付率 prose vs table")
    c.eq(c.p(r"培训林农" + NUMRE + "人次", "人次"), ind["林业科技培训人次"]["a"], "培训 prose vs table")
    c.eq(c.p(r"受害率" + NUMRE + "‰，", "‰"), ind["森林火灾受害率"]["a"], "受害率 prose vs table")
    c.eq(c.p(r"森林覆盖率达到" + NUMRE + "%", "%"), ind["森林覆盖率"]["a"], "覆盖率 prose vs table")
    c.eq(c.p(r"低于" + NUMRE + "‰的控制目标", "‰"), ind["森林火灾受害率"]["t"], "受害率目标 prose vs table")
    c.sum([c.p(r"林下食用菌" + NUMRE + "个"), c.p(r"林下养蜂" + NUMRE + "个"), c.p(r"林下中药材" + NUMRE + "个）")],
          ind["新建林下经济示范基地"]["a"], "示范基地构成", money=False)
    c.add("average_mismatch", int(c.p(r"纳入自评的" + NUMRE + "个项目").s) == len(scores), "项目个数 = 得分个数")
    c.year(int(c.p(r"\n(\d{4})年度部门整体支出绩效自评表").s) == Y, "自评表年度")
    c.year(int(c.p(r"(\d{4})年末在职人员").s) == Y, "人员年度")
    c.year(int(c.p(r"\n(\d{4})年年初预算").s) == Y, "预算年度")
    c.year(int(c.p(r"加上(\d{4})年结转资金").s) == Y - 1, "上年结转")
    c.year(int(c.p(r"贷款在(\d{4})年一季度到期").s) > Y, "到期年度")
    c.year(int(c.p(r"贴息结转至(\d{4})年兑付").s) > Y, "贴息结转")
    c.year(int(c.p(r"全部结转(\d{4})年使用").s) > Y, "结转去向")
    c.year(int(c.p(r"较(\d{4})年的").s) == Y - 1, "上年产值")
    c.year(int(c.p(r"调整至(\d{4})年春季造林").s) > Y, "推迟造林")
    c.year(int(c.p(r"(\d{4})年优先保障").s) > Y, "改进措施年度")
    c.year(int(c.p(r"\n(\d{4})年3月12日").s) == Y + 1, "报告日期")
    c.year(int(c.p(r"我局(\d{4})年度部门整体支出自评得分").s) == Y, "结论年度")


PROJECT_CHECKS = {build.JX: (check_jx, "onecell"), build.HN: (check_hn, "tab"), build.GX: (check_gx, "bar"),
                  build.FJ: (check_fj, "pdf"), build.GZ: (check_gz, "aligned")}


def run_checks(src, text):
    fn, layout = PROJECT_CHECKS[src]
    c = Ctx(text, layout)
    fn(c)
    return c.res


def main():
    problems = []
    labels = [json.loads(l) for l in (ROOT / "labels.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    edits = {(e[0], e[1]): e for e in build.EDITS}
    if len(labels) != 35 or sum(1 for l in labels if l["clean"]) != 5:
        problems.append(f"expected 35 cases (5 clean), got {len(labels)}")
    counts = {}
    where = {"prose": 0, "table": 0}
    for lab in labels:
        path = ROOT / "cases" / lab["case"]
        text = path.read_text(encoding="utf-8")
        src = lab["source"]
        clean = (ROOT / "cases" / f"{src}-clean.txt").read_text(encoding="utf-8")
        if not 2800 <= len(clean) <= 3400:
            problems.append(f"{src}: clean draft has {len(clean)} characters")
        try:
            res = run_checks(src, text)
        except ExtractError as e:
            problems.append(f"{lab['case']}: extraction failed: {e}")
            continue
        fails = [r for r in res if not r[2]]
        err_fails = {r[0] for r in fails if r[1] == "error"}
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if fails:
                problems += [f"{lab['case']}: clean draft fails {r[0]} ({r[1]}): {r[3]}" for r in fails]
            continue
        exp = lab["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in CODES:
            problems.append(f"{lab['case']}: expected exactly one error label from the 13 codes")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] = counts.get(code, 0) + 1
        n = int(re.search(r"-e(\d+)\.txt$", lab["case"]).group(1))
        e = edits[(src, n)]
        where[e[3]] += 1
        # label value, diff region
        if text.count(value) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(value)} times")
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        lo, hi = i, len(text) - j
        if text == clean or lo > hi:
            problems.append(f"{lab['case']}: no difference from clean draft")
        else:
            vpos = text.find(value)
            if not (vpos < max(hi, lo + 1) and vpos + len(value) > lo):
                problems.append(f"{lab['case']}: value does not overlap the changed place [{lo},{hi})")
        uq = clean.count(e[7])
        if code == "conflicting_values":
            if uq < 2:
                problems.append(f"{lab['case']}: conflicting quantity {e[7]!r} occurs {uq} times in clean")
        elif uq != 1:
            problems.append(f"{lab['case']}: changed quantity {e[7]!r} occurs {uq} times in clean draft")
        # arithmetic
        if code not in err_fails:
            problems.append(f"{lab['case']}: labelled {code} does not fail")
        other = err_fails - {code}
        if other:
            msgs = [r[3] for r in fails if r[0] in other and r[1] == "error"]
            problems.append(f"{lab['case']}: other error codes fail: {sorted(other)} {msgs}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k}={counts.get(k, 0)}" for k in CODES))
    print("where:", where)
    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
