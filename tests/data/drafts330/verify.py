#!/usr/bin/env python3
"""Verify the n330 set (standard library only).

1. labels.jsonl: 35 lines, files exist, clean cases expect nothing, each error case one error label
   whose value occurs in the case; each of the 13 codes of errors.md §A used at least twice.
2. Each error case differs from its clean draft in one contiguous place that overlaps the label value.
3. The arithmetic of every draft is redone from the text (decimal.Decimal, ROUND_HALF_UP, tolerance of
   rules.md §8): every clean draft passes every check; in every error case the labelled code fails and
   no other error-level code fails (the warning-level score_rule_mismatch may).
Prints OK at the end.
"""
import json
import pathlib
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)
WAN = Decimal(10000)


class ExtractError(Exception):
    pass


# ----------------------------------------------------------------------------------- numbers
def dec(s):
    s = str(s).strip().replace(",", "").replace("，", "").rstrip("%")
    return Decimal(s)


def blank(s):
    return s is None or str(s).strip() in ("", "—", "-", "－")


def val(s):
    """A cell as Decimal; blank or dash counts as 0."""
    return Decimal(0) if blank(s) else dec(s)


def ndec(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal(5) / (Decimal(10) ** (ndec(s) + 1)) + EPS


def close(stated, computed):
    """rules §8: a stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d."""
    return abs(dec(stated) - computed) <= tol(stated)


def same(a, b, fa=1, fb=1):
    """Two stated figures of one quantity agree within the looser of their precisions."""
    t = max(tol(a) * fa, tol(b) * fb)
    return abs(dec(a) * fa - dec(b) * fb) <= t


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def one(text, pattern, flags=0):
    ms = list(re.finditer(pattern, text, flags))
    if len(ms) != 1:
        raise ExtractError(f"pattern {pattern!r} matched {len(ms)} times")
    m = ms[0]
    g = m.groups()
    return g if len(g) > 1 else (g[0] if g else m.group(0))


def grade_of(total):
    t = dec(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------------- checks
class Checks:
    def __init__(self):
        self.results = []  # (code, ok, msg, severity)

    def add(self, code, ok, msg, severity="error"):
        self.results.append((code, bool(ok), msg, severity))

    def failed_codes(self, errors_only=True):
        return sorted({c for c, ok, _, sev in self.results if not ok and (sev == "error" or not errors_only)})

    def failures(self, errors_only=False):
        return [(c, m) for c, ok, m, sev in self.results if not ok and (sev == "error" or not errors_only)]

    # amounts ------------------------------------------------------------------------------
    def sum(self, total, parts, what, code="sum_mismatch"):
        """total == sum(parts); if rescaling one figure by 10^4 / 10^8 repairs it, it is a unit slip."""
        parts = [p for p in parts if p is not None]
        s = sum((val(p) for p in parts), Decimal(0))
        if abs(val(total) - s) <= tol(total if not blank(total) else "0"):
            self.add(code, True, what)
            return
        for i, _ in enumerate([total] + parts):
            for f in (WAN, 1 / WAN, WAN * WAN, 1 / (WAN * WAN)):
                vals = [val(total)] + [val(p) for p in parts]
                vals[i] = vals[i] * f
                if abs(vals[0] - sum(vals[1:], Decimal(0))) <= tol(total):
                    self.add("unit_mismatch", False, f"{what}: {total} vs {parts} repaired by rescaling one figure")
                    return
        self.add(code, False, f"{what}: stated {total}, parts {parts} add to {s}")

    def diff(self, stated, a, b, what, code="sum_mismatch"):
        c = val(a) - val(b)
        self.add(code, close(stated, c), f"{what}: {a} - {b} = {c}, stated {stated}")

    def balance(self, stated, a, b, what):
        self.diff(stated, a, b, what, code="balance_mismatch")

    def rate(self, stated, num, den, what, bounded=True):
        """stated rate (percent) == num / den * 100; a rate over 100% or on a zero base is implausible."""
        if val(den) == 0:
            ok = blank(stated) or dec(stated) == 0
            self.add("implausible_rate", ok, f"{what}: rate {stated} on a zero base")
            return
        if blank(stated):
            return
        c = val(num) / val(den) * HUNDRED
        if bounded:
            self.add("implausible_rate", dec(stated) <= HUNDRED, f"{what}: rate {stated} above 100%")
        self.add("rate_mismatch", close(stated, c), f"{what}: {num}/{den} = {q2(c)}%, stated {stated}")

    def bounded(self, stated, what):
        self.add("implausible_rate", dec(stated) <= HUNDRED and dec(stated) >= 0, f"{what}: {stated}% out of range")

    def same(self, a, b, what, fa=1, fb=1):
        """The same quantity written twice: equal, or off by 10^4 (unit slip), or conflicting."""
        if same(a, b, fa, fb):
            self.add("conflicting_values", True, what)
            return
        for f in (WAN, 1 / WAN):
            if abs(dec(a) * fa * f - dec(b) * fb) <= max(tol(a), tol(b)) * max(fa, fb):
                self.add("unit_mismatch", False, f"{what}: {a} vs {b} off by 10^4")
                return
        self.add("conflicting_values", False, f"{what}: {a} vs {b}")

    def mean(self, stated, items, what):
        c = sum((dec(i) for i in items), Decimal(0)) / len(items)
        self.add("average_mismatch", close(stated, c), f"{what}: mean {c}, stated {stated}")

    def approx(self, stated, computed, what, code="average_mismatch"):
        """约N: N is consistent when the computed value lies within half a unit of its last digit."""
        self.add(code, close(stated, computed), f"{what}: about {stated}, computed {computed}")

    # years ---------------------------------------------------------------------------------
    def year(self, stated, expected, what, rel="eq"):
        y, e = int(stated), int(expected)
        ok = {"eq": y == e, "gt": y > e, "ge": y >= e}[rel]
        self.add("year_mismatch", ok, f"{what}: {y} ({rel} {e})")

    # scoring -------------------------------------------------------------------------------
    def grade(self, total, word, what):
        self.add("grade_mismatch", GRADE_WORDS.get(word) == grade_of(total), f"{what}: {total} -> {word}")


MEAS = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|＝|=|＞|＜)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def measure(s):
    s = s.strip()
    m = MEAS.match(s)
    if not m:
        return None
    sign, num, unit = m.groups()
    d = {"≥": "gte", "＞＝": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "＜＝": "lte", "<=": "lte",
         "＜": "lte", "＝": "eq", "=": "eq", None: "eq"}[sign]
    return d, dec(num), unit.strip(), num


def indicators(C, rows):
    """rows: dicts name, weight, target, actual, score, completion (None if no column)."""
    for r in rows:
        w, sc, name = dec(r["weight"]), dec(r["score"]), r["name"]
        C.add("score_exceeds_weight", Decimal(0) <= sc <= w, f"{name}: score {sc} weight {w}")
        T, A = measure(r["target"]), measure(r["actual"])
        if T is None:  # qualitative
            a = r["actual"]
            band = (Decimal("0.6"), Decimal("0.8")) if "部分" in a else \
                (Decimal(0), Decimal("0.6")) if "未达成" in a else (Decimal("0.8"), Decimal(1))
            lo, hi = band
            ok = w * lo <= sc <= w * hi and (hi == 1 or sc < w * hi)
            C.add("score_rule_mismatch", ok, f"{name}: qualitative score {sc} in band {lo}-{hi}", "warning")
            if r.get("completion") is not None:
                C.add("completion_mismatch", blank(r["completion"]), f"{name}: qualitative row with a rate")
            continue
        if A is None or A[2] != T[2]:
            C.add("unit_mismatch", False, f"{name}: target {r['target']} vs actual {r['actual']}")
            continue
        C.add("unit_mismatch", True, name)
        d, t, _, _ = T
        a = A[1]
        if d == "lte":
            comp = Decimal(1) if a <= t else t / a
        elif t == 0:
            comp = Decimal(1) if a <= 0 else Decimal(0)
        else:
            comp = a / t
        if "满意" in name and A[2] == "%":
            C.bounded(r["actual"], name)
        options = [w * min(comp, Decimal(1))]
        if d == "lte" and a > t:
            options.append(max(w * (1 - (a - t) / t), Decimal(0)))
        if r.get("completion") is not None and not blank(r["completion"]):
            C.add("completion_mismatch", close(r["completion"], comp * HUNDRED),
                  f"{name}: completion {q2(comp * HUNDRED)}%, stated {r['completion']}")
            options.append(w * min(dec(r["completion"]) / HUNDRED, Decimal(1)))
        C.add("score_rule_mismatch", any(close(r["score"], o) for o in options),
              f"{name}: score {r['score']} vs {[str(q2(o)) for o in options]}", "warning")


def level_sums(rows, key):
    out = {}
    for r in rows:
        out[r["level1"]] = out.get(r["level1"], Decimal(0)) + dec(r[key])
    return out


def total_of(rows, key):
    return sum((dec(r[key]) for r in rows), Decimal(0))



def goal_targets(C, text, pattern, by, names):
    """Targets written in the goal paragraph equal the 年度指标值 of the table."""
    got = one(text, pattern)
    got = got if isinstance(got, tuple) else (got,)
    for v, nm in zip(got, names):
        C.same(v, measure(by[nm]["target"])[1].to_eng_string(), f"goal text vs table target: {nm}")

# ----------------------------------------------------------------------------------- layouts
def rows_cell_per_line(text):
    rows, cur = [], []
    for line in text.split("\n"):
        if line.startswith("\t"):
            cur.append(line[1:].strip())
        elif cur:
            rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    return rows


def rows_split(text, sep):
    return [[c.strip() for c in line.split(sep)] for line in text.split("\n") if sep in line]


def find(rows, idx, name, ncells=None):
    hits = [r for r in rows if len(r) > idx and r[idx] == name and (ncells is None or len(r) == ncells)]
    if len(hits) != 1:
        raise ExtractError(f"row {name!r} found {len(hits)} times")
    return hits[0]


# ======================================================================================= A
def check_A(t):
    C = Checks()
    rows = rows_cell_per_line(t)
    F = {k: find(rows, 0, k) for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
                                       "预算到位率(%)", "预算执行率(%)"]}
    r1, r2, r3, r4, r5, r6, r7 = F.values()
    for r in (r1, r2, r3, r4, r5):
        C.sum(r[2], [r[3], r[8], r[9]], f"{r[0]}: 总 = 财政小计 + 结转 + 其他")
        C.sum(r[3], r[4:8], f"{r[0]}: 小计 = 中央 + 省 + 市 + 县")
    for c in range(2, 10):
        C.balance(r5[c], r3[c], r4[c], f"(5) col {c}")
        C.rate(r6[c], r3[c], r2[c], f"(6) col {c}")
        C.rate(r7[c], r4[c], r2[c], f"(7) col {c}")
    # indicator table (附件1): 9-cell rows after the header
    hi = next(i for i, r in enumerate(rows) if r and r[0] == "一级指标")
    ind, lvl = [], None
    for r in rows[hi + 1:]:
        lvl = r[0] or lvl
        ind.append(dict(level1=lvl, name=r[2], weight=r[3], target=r[4], actual=r[5], completion=r[6], score=r[7]))
    indicators(C, ind)
    C.add("weight_sum_mismatch", total_of(ind, "weight") == 100, f"weights {total_of(ind, 'weight')}")
    byname = {r["name"]: r for r in ind}
    ex = byname["预算执行率"]
    C.rate(ex["actual"], r4[2], r2[2], "附件1 预算执行率 actual")
    C.same(ex["actual"], r7[2], "执行率 附件1 vs funds table")
    goal_targets(C, t, r"补贴鲜茧不少于(\d+)吨，受益蚕农不少于(\d+)户；补贴兑付准确率(\d+)%，秋茧收购结束后(\d+)天内兑付到户；"
                          r"鲜茧平均收购价不低于保护价，蚕农满意度达到(\d+)%以上", byname,
                 ["补贴鲜茧数量", "受益蚕农户数", "补贴兑付准确率", "秋茧补贴兑付用时", "蚕农满意度"])
    C.same(one(t, r"保护价为每公斤(\d+)元"), measure(byname["鲜茧平均收购价"]["target"])[3], "保护价 vs target")
    C.same(one(t, r"按每公斤(\d+)元给予保护价补贴"), measure(byname["每公斤鲜茧补贴标准"]["target"])[3], "补贴标准 goal")
    # prose: funds
    C.same(one(t, r"年初预算安排补贴资金(\d+)万元"), r1[2], "年初预算 text vs table")
    add = one(t, r"县级追加预算(\S+?)万元")
    C.sum(r2[7], [r1[7], add], "县级: 全年 = 年初 + 追加")
    C.sum(r2[2], [r1[2], add], "总额: 全年 = 年初 + 追加")
    C.same(one(t, r"全年预算调整为(\d+)万元"), r2[2], "全年预算 text vs table")
    C.same(one(t, r"全年实际兑付([\d.]+)万元"), r4[2], "兑付 text vs table")
    C.same(one(t, r"结余([\d.]+)万元系"), r5[2], "结余 text vs table")
    b, g, s = one(t, r"全年预算(\d+)万元，实际到位(\d+)万元，执行([\d.]+)万元")
    C.same(b, r2[2], "section 三 全年预算")
    C.same(g, r3[2], "section 三 到位")
    C.same(s, r4[2], "section 三 执行")
    # prose: outputs
    tot, spring, autumn, last, growth = one(
        t, r"共收购鲜茧([\d.]+)吨，其中春茧([\d.]+)吨、秋茧([\d.]+)吨，较(?:\d{4})年的([\d.]+)吨增长([\d.]+)%")
    C.sum(tot, [spring, autumn], "鲜茧 = 春茧 + 秋茧")
    C.rate(growth, dec(tot) - dec(last), last, "增长率", bounded=False)
    C.same(tot, measure(byname["补贴鲜茧数量"]["actual"])[3], "鲜茧 text vs table")
    std = one(t, r"补贴标准为每公斤鲜茧(\d+)元")
    C.same(std, measure(byname["每公斤鲜茧补贴标准"]["actual"])[3], "补贴标准 text vs table")
    yuan, wan = one(t, r"应补贴(\d+)元，与实际兑付的([\d.]+)万元一致")
    C.sum(yuan, [dec(tot) * 1000 * dec(std)], "应补贴 = 鲜茧(吨) x 1000 x 标准")
    C.same(yuan, wan, "应补贴(元) vs 兑付(万元)", fa=1, fb=WAN)
    C.same(wan, r4[2], "兑付 553.5 vs table")
    used, over = one(t, r"用时(\d+)天，比目标多用(\d+)天")
    C.same(used, measure(byname["秋茧补贴兑付用时"]["actual"])[3], "兑付用时 text vs table")
    C.diff(over, used, measure(byname["秋茧补贴兑付用时"]["target"])[3], "多用天数")
    hh, per = one(t, r"受益蚕农([\d.]+)万户，户均补贴约(\d+)元")
    C.same(hh, measure(byname["受益蚕农户数"]["actual"])[3], "受益户 text (万户) vs table", fa=WAN)
    C.approx(per, dec(r4[2]) * WAN / (dec(hh) * WAN), "户均补贴")
    C.same(one(t, r"平均收购价达到每公斤([\d.]+)元"), measure(byname["鲜茧平均收购价"]["actual"])[3], "收购价")
    sat = one(t, r"满意度为([\d.]+)%")
    C.bounded(sat, "满意度 text")
    C.same(sat, measure(byname["蚕农满意度"]["actual"])[3], "满意度 text vs table")
    # prose: scores and grade
    total, word = one(t, r"总得分([\d.]+)分，属于“(\S+?)”")
    C.add("score_sum_mismatch", close(total, total_of(ind, "score")), f"Σ scores {total_of(ind, 'score')} vs {total}")
    C.grade(total, word, "grade")
    dims = one(t, r"预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分")
    ls = level_sums(ind, "score")
    for lv, v in zip(["预算执行指标", "产出指标", "效益指标", "满意度指标"], dims):
        C.add("score_sum_mismatch", close(v, ls[lv]), f"{lv}: Σ rows {ls[lv]} vs text {v}")
    C.add("score_sum_mismatch", close(total, sum(dec(v) for v in dims)), "Σ dimension scores vs total")
    # years
    ey = one(t, r"(\d{4})年度蚕茧收购保护价补贴项目")
    for y in re.findall(r"(\d{4})年度", t):
        C.year(y, ey, "年度")
    C.year(one(t, r"《(\d{4})年蚕茧收购保护价补贴实施方案》"), ey, "实施方案")
    C.year(one(t, r"较(\d{4})年的"), int(ey) - 1, "上年")
    C.year(one(t, r"于(\d{4})年1月缴回"), ey, "缴回", "gt")
    C.year(one(t, r"(\d{4})年3月16日"), ey, "report date", "gt")
    return C


# ======================================================================================= B
def check_B(t):
    C = Checks()
    rows = rows_split(t, "\t")
    tot = find(rows, 1, "年度资金总额")[2:8]
    cur = find(rows, 1, "其中：当年财政拨款")[2:8]
    car = find(rows, 1, "上年结转资金")[2:8]
    oth = find(rows, 1, "其他资金")[2:8]
    for c, nm in [(0, "年初"), (1, "全年"), (2, "执行")]:
        C.sum(tot[c], [cur[c], car[c], oth[c]], f"{nm}: 总额 = 当年 + 结转 + 其他")
    for r, nm in [(tot, "总额"), (cur, "当年财政拨款"), (car, "上年结转"), (oth, "其他")]:
        if not blank(r[1]):
            C.rate(r[4], r[2], r[1], f"{nm} 执行率")
    C.add("score_rule_mismatch", close(tot[5], dec(tot[3]) * min(dec(tot[2]) / dec(tot[1]), Decimal(1))) or
          close(tot[5], dec(tot[3]) * dec(tot[4]) / HUNDRED), "execution score", "warning")
    C.add("score_exceeds_weight", Decimal(0) <= dec(tot[5]) <= dec(tot[3]), "execution score <= 10")
    hi = next(i for i, r in enumerate(rows) if r[0] == "绩效指标")
    ind, lvl = [], None
    for r in rows[hi + 1:]:
        if r[0] == "总分":
            total_row = r
            break
        lvl = r[1] or lvl
        ind.append(dict(level1=lvl, name=r[3], target=r[4], actual=r[5], weight=r[6], score=r[7]))
    indicators(C, ind)
    by = {r["name"]: r for r in ind}
    wsum = total_of(ind, "weight") + dec(tot[3])
    ssum = total_of(ind, "score") + dec(tot[5])
    C.add("weight_sum_mismatch", wsum == 100 and dec(total_row[6]) == wsum, f"weights {wsum} / {total_row[6]}")
    C.add("score_sum_mismatch", close(total_row[7], ssum), f"Σ {ssum} vs 总分 {total_row[7]}")
    goal_targets(C, t, r"新建标准化小蚕共育室不少于(\d+)座、总面积不少于(\d+)平方米，验收合格率(\d+)%；全年共育供应小蚕不少于"
                          r"([\d.]+)万张，辐射带动蚕农不少于(\d+)户，全县小蚕共育率达到(\d+)%以上，蚕农满意度不低于(\d+)%", by,
                 ["新建标准化小蚕共育室", "共育室建设总面积", "共育室验收合格率", "共育供应小蚕张数", "辐射带动蚕农户数",
                  "全县小蚕共育率", "蚕农满意度"])
    C.same(one(t, r"新建标准化小蚕共育室(\d+)座以上"), measure(by["新建标准化小蚕共育室"]["target"])[3], "预期目标 block")
    # prose funds
    y0, prov, county = one(t, r"年初预算(\d+)万元，其中自治区蚕桑产业发展资金(\d+)万元、县本级配套(\d+)万元")
    C.sum(y0, [prov, county], "年初 = 自治区 + 县本级")
    C.same(y0, tot[0], "年初 text vs table")
    C.same(y0, cur[1], "当年财政拨款 全年 = 年初安排")
    cy, cf, full = one(t, r"将(\d{4})年结转资金(\d+)万元纳入预算，全年预算数为(\d+)万元")
    ey = one(t, r"推广站(\d{4})年度小蚕共育室")
    C.year(cy, int(ey) - 1, "结转来源年度")
    C.sum(full, [y0, cf], "全年 = 年初 + 上年结转")
    C.same(cf, car[1], "上年结转 text vs table")
    C.same(full, tot[1], "全年 text vs table")
    yy, spent, rate = one(t, r"截至(\d{4})年12月31日，共支出([\d.]+)万元，预算执行率([\d.]+)%")
    C.year(yy, ey, "截至")
    C.same(spent, tot[2], "执行 text vs table")
    C.rate(rate, spent, full, "执行率 text")
    C.same(rate, tot[4], "执行率 text vs table")
    C.balance(one(t, r"未执行的([\d.]+)万元"), full, spent, "未执行 = 全年 - 执行")
    C.year(one(t, r"结转至(\d{4})年使用"), ey, "结转去向", "gt")
    C.year(one(t, r"（(\d{4})年度）"), ey, "自评表年度")
    C.year(one(t, r"开展(\d{4})年度财政支出绩效自评"), ey, "通知年度")
    sent, got, rr = one(t, r"发放调查问卷(\d+)份，回收有效问卷(\d+)份，回收率([\d.]+)%")
    C.rate(rr, got, sent, "问卷回收率")
    # prose scores
    total, word = one(t, r"本项目得分([\d.]+)分，评价等级为“(\S)”")
    C.add("score_sum_mismatch", close(total, ssum), f"text total {total} vs Σ {ssum}")
    C.same(total, total_row[7], "total text vs table")
    C.grade(total, word, "grade")
    # prose outputs / benefits
    n, comp, left = one(t, r"新建并验收合格小蚕共育室(\d+)座，数量指标完成率([\d.]+)%，另有(\d+)座")
    row = by["新建标准化小蚕共育室"]
    C.same(n, measure(row["actual"])[3], "共育室座数 text vs table")
    C.add("completion_mismatch", close(comp, dec(n) / measure(row["target"])[1] * HUNDRED),
          f"共育室完成率 {comp}")
    C.diff(left, measure(row["target"])[1], n, "未完成座数")
    area, lo, hi_, avg = one(t, r"建成共育室总面积(\d+)平方米，单座面积在(\d+)至(\d+)平方米之间，平均每座约(\d+)平方米")
    C.same(area, measure(by["共育室建设总面积"]["actual"])[3], "面积 text vs table")
    a = dec(area) / dec(n)
    C.approx(avg, a, "平均每座面积")
    C.add("average_mismatch", dec(lo) <= a <= dec(hi_), "average inside the stated range")
    C.same(one(t, r"兑付及时率(\d+)%；"), measure(by["补助资金兑付及时率"]["actual"])[3], "兑付及时率")
    C.same(one(t, r"单座补助均按([\d.]+)万元执行"), measure(by["单座共育室补助标准"]["actual"])[3], "补助标准")
    C.same(one(t, r"按每座([\d.]+)万元的标准"), measure(by["单座共育室补助标准"]["actual"])[3], "补助标准(概况)")
    z, zl, zd = one(t, r"共育供应小蚕([\d.]+)万张，比上年的([\d.]+)万张增加([\d.]+)万张")
    C.same(z, measure(by["共育供应小蚕张数"]["actual"])[3], "小蚕张数")
    C.diff(zd, z, zl, "小蚕张数增量")
    C.same(one(t, r"辐射带动蚕农(\d+)户"), measure(by["辐射带动蚕农户数"]["actual"])[3], "带动户数 text vs table")
    ly, lr, nr = one(t, r"小蚕共育率由(\d{4})年的(\d+)%提高到([\d.]+)%")
    C.year(ly, int(ey) - 1, "共育率上年")
    C.same(nr, measure(by["全县小蚕共育率"]["actual"])[3], "共育率 text vs table")
    sat = one(t, r"蚕农满意度为(\d+)%")
    C.same(sat, measure(by["蚕农满意度"]["actual"])[3], "满意度 text vs table")
    C.bounded(sat, "满意度")
    C.bounded(one(t, r"满意率为(\d+)%"), "小蚕质量满意率")
    return C


# ======================================================================================= C
def check_C(t):
    C = Checks()
    lines = [ln.split() for ln in t.split("\n")]

    def after(label):
        hits = [ln for ln in lines if label in ln]
        if len(hits) != 1:
            raise ExtractError(f"{label} found {len(hits)} times")
        ln = hits[0]
        return ln[ln.index(label) + 1:]

    tot, fis, spec, unit, oth = (after(k) for k in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"])
    for c, nm in [(0, "年初"), (1, "全年"), (2, "执行")]:
        C.sum(tot[c], [fis[c], spec[c], unit[c], oth[c]], f"{nm}: 总额 = 财政 + 专户 + 单位 + 其他")
    for r, nm in [(tot, "总额"), (fis, "财政资金"), (spec, "专户"), (unit, "单位"), (oth, "其他")]:
        C.rate(r[4], r[2], r[1], f"{nm} 执行率")
    C.add("score_rule_mismatch", close(tot[5], dec(tot[3]) * min(dec(tot[2]) / dec(tot[1]), Decimal(1))),
          "execution score", "warning")
    C.add("score_exceeds_weight", Decimal(0) <= dec(tot[5]) <= dec(tot[3]), "execution score <= 10")
    # indicators
    start = next(i for i, ln in enumerate(lines) if ln and ln[0] == "绩效指标")
    ind, lvl = [], None
    for ln in lines[start + 1:]:
        if ln and ln[0] == "总分":
            total_row = ln
            break
        if ln[0] in ("产出指标", "效益指标", "满意度指标"):
            lvl = ln[0]
        k = next(i for i, x in enumerate(ln) if x in ("≥", "≤", "=", "定性"))
        name, rest = ln[k - 1], ln[k + 1:]
        v, u, a, w, s = rest[:5]
        if ln[k] == "定性":
            target, actual = v, a
        else:
            target, actual = ln[k] + v + u, a + u
        ind.append(dict(level1=lvl, name=name, target=target, actual=actual, weight=w, score=s))
    indicators(C, ind)
    by = {r["name"]: r for r in ind}
    wsum = total_of(ind, "weight") + dec(tot[3])
    ssum = total_of(ind, "score") + dec(tot[5])
    C.add("weight_sum_mismatch", wsum == 100 and dec(total_row[1]) == wsum, f"weights {wsum} / {total_row[1]}")
    C.add("score_sum_mismatch", close(total_row[2], ssum), f"Σ {ssum} vs 总分 {total_row[2]}")
    C.grade(total_row[2], one(t, r"自评等级 (\S+)"), "grade (table)")
    out_w, ben_w, ex_w = one(t, r"产出指标(\d+)分、效益指标(\d+)分，预算执行(\d+)分")
    lw = level_sums(ind, "weight")
    C.add("weight_sum_mismatch", dec(out_w) == lw["产出指标"], f"产出 rows {lw['产出指标']} vs text {out_w}")
    C.add("weight_sum_mismatch", dec(ben_w) == lw["效益指标"], f"效益 rows {lw['效益指标']} vs text {ben_w}")
    C.add("weight_sum_mismatch", dec(ex_w) == dec(tot[3]), "预算执行 weight text vs table")
    C.add("weight_sum_mismatch", dec(out_w) + dec(ben_w) + dec(ex_w) == 100, "text weights add to 100")
    total = one(t, r"综合自评得分([\d.]+)分")
    C.add("score_sum_mismatch", close(total, ssum), f"text total {total} vs Σ {ssum}")
    C.same(total, total_row[2], "total text vs table")
    goal_targets(C, t, r"完成低效桑园提质改造(\d+)亩以上，补植嫁接桑苗(\d+)万株，建设水肥一体化示范片(\d+)个，改造桑园桑苗成活率不低于"
                          r"(\d+)%；改造后亩产鲜茧达到(\d+)公斤以上，带动蚕桑农户(\d+)户以上", by,
                 ["桑园提质改造面积", "补植嫁接桑苗", "水肥一体化示范片", "改造桑园桑苗成活率", "改造桑园亩产鲜茧", "带动蚕桑农户"])
    # funds prose
    y0, prov, dist = one(t, r"年初批复项目预算(\d+)万元，其中省级财政补助(\d+)万元、区级财政配套(\d+)万元")
    C.sum(y0, [prov, dist], "年初 = 省级 + 区级")
    C.same(y0, tot[0], "年初 text vs table 总额")
    C.same(y0, fis[0], "年初 text vs table 财政资金")
    add, fisfull = one(t, r"追加(\d+)万元用于水肥一体化示范片，财政资金全年预算(\d+)万元")
    C.sum(fisfull, [y0, add], "财政全年 = 年初 + 追加")
    C.same(fisfull, fis[1], "财政全年 text vs table")
    C.same(one(t, r"另自筹资金(\d+)万元"), oth[1], "自筹 text vs table 其他资金")
    ey = one(t, r"^(\d{4})年度南充市", re.M)
    yy, sp, sf, so = one(t, r"截至(\d{4})年12月31日，项目共支出([\d.]+)万元，其中财政资金([\d.]+)万元、自筹资金([\d.]+)万元")
    C.year(yy, ey, "截至")
    C.sum(sp, [sf, so], "支出 = 财政 + 自筹")
    C.same(sp, tot[2], "支出 text vs table")
    C.same(sf, fis[2], "财政支出 text vs table")
    C.same(so, oth[2], "自筹支出 text vs table")
    C.balance(one(t, r"剩余([\d.]+)万元"), tot[1], sp, "剩余 = 全年 - 支出")
    C.year(one(t, r"已结转至(\d{4})年"), ey, "结转去向", "gt")
    for y, mth in re.findall(r"(\d{4})年(\d{1,2})月下达", t):
        C.add("year_mismatch", int(y) == int(ey) or (int(y) == int(ey) - 1 and mth == "12"), f"下达 {y}-{mth}")
    C.year(one(t, r"（(\d{4})年度）"), ey, "自评表年度")
    C.year(one(t, r"(\d{4})年低效桑园提质改造项目由"), ey, "项目年度")
    C.year(one(t, r"(\d{4})年年初批复"), ey, "批复年度")
    # outputs prose
    def act(nm):
        return measure(by[nm]["actual"])[3]
    C.same(one(t, r"完成低效桑园提质改造(\d+)亩，"), act("桑园提质改造面积"), "改造面积")
    sap, short = one(t, r"补植嫁接桑苗([\d.]+)万株，较目标少([\d.]+)万株")
    C.same(sap, act("补植嫁接桑苗"), "桑苗")
    C.diff(short, measure(by["补植嫁接桑苗"]["target"])[1], sap, "桑苗缺口")
    C.same(one(t, r"建成水肥一体化示范片(\d+)个"), act("水肥一体化示范片"), "示范片")
    C.same(one(t, r"桑苗成活率([\d.]+)%"), act("改造桑园桑苗成活率"), "成活率")
    C.same(one(t, r"平均用时(\d+)个工作日"), act("补助资金兑付用时"), "兑付用时")
    C.same(one(t, r"按每亩(\d+)元的标准"), act("每亩改造补助标准"), "补助标准")
    yl, before, inc = one(t, r"亩产鲜茧(\d+)公斤，比改造前的(\d+)公斤增加(\d+)公斤")
    C.same(yl, act("改造桑园亩产鲜茧"), "亩产")
    C.diff(inc, yl, before, "亩产增量")
    C.same(one(t, r"项目带动蚕桑农户(\d+)户"), act("带动蚕桑农户"), "带动农户 text vs table")
    return C


# ======================================================================================= D
def check_D(t):
    C = Checks()
    rows = rows_split(t, "｜")
    # projects table
    pi = next(i for i, r in enumerate(rows) if r[0] == "项目名称")
    projs = []
    for r in rows[pi + 1:]:
        if r[0] == "合计":
            ptot = r
            break
        projs.append(r)
    C.sum(ptot[1], [r[1] for r in projs], "项目预算合计")
    C.sum(ptot[2], [r[2] for r in projs], "项目执行合计")
    for r in projs + [ptot]:
        C.rate(r[3], r[2], r[1], f"{r[0]} 执行率")
    for r in projs:
        C.add("score_exceeds_weight", Decimal(0) <= dec(r[4]) <= 100, f"{r[0]} score {r[4]} (max 100)")
    # indicator table
    ii = next(i for i, r in enumerate(rows) if r[0] == "一级指标")
    ind = []
    for r in rows[ii + 1:]:
        if r[0] == "合计":
            itot = r
            break
        ind.append(dict(level1=r[0], name=r[2], weight=r[3], target=r[4], actual=r[5], score=r[6]))
    indicators(C, ind)
    by = {r["name"]: r for r in ind}
    wsum, ssum = total_of(ind, "weight"), total_of(ind, "score")
    C.add("weight_sum_mismatch", wsum == 100 and dec(itot[3]) == wsum, f"weights {wsum} / {itot[3]}")
    C.add("score_sum_mismatch", close(itot[6], ssum), f"Σ {ssum} vs 合计 {itot[6]}")
    lw = level_sums(ind, "weight")
    ws = one(t, r"预算执行（(\d+)分）、产出（(\d+)分）、效益（(\d+)分）、满意度（(\d+)分）")
    for lv, v in zip(["预算执行", "产出指标", "效益指标", "满意度指标"], ws):
        C.add("weight_sum_mismatch", dec(v) == lw[lv], f"{lv}: rows {lw[lv]} vs text {v}")
    C.add("weight_sum_mismatch", sum(dec(v) for v in ws) == 100, "text weights add to 100")
    total, word = one(t, r"综合自评得分([\d.]+)分，等级为(\S\S)")
    C.add("score_sum_mismatch", close(total, ssum), f"text total {total} vs Σ {ssum}")
    C.same(total, itot[6], "total text vs table")
    C.grade(total, word, "grade")
    goal_targets(C, t, r"举办蚕桑技术培训(\d+)期以上、培训蚕农(\d+)人次以上，完成桑园病虫害统防统治(\d+)万亩以上，小蚕共育覆盖率达到"
                          r"(\d+)%，蚕种冷藏不发生安全事故；全市发放蚕种([\d.]+)万张以上，蚕茧单产不低于每张(\d+)公斤，蚕农满意度(\d+)%以上", by,
                 ["举办蚕桑技术培训", "培训蚕农", "桑园病虫害统防统治面积", "小蚕共育覆盖率", "全市发放蚕种", "蚕茧平均单产",
                  "蚕农满意度"])
    # funds prose
    y0, add, cf, full, basic_b, proj_b = one(
        t, r"年初预算([\d.]+)万元，年中追加([\d.]+)万元.*?加上年结转([\d.]+)万元，全年预算数为([\d.]+)万元"
           r"（基本支出([\d.]+)万元、项目支出([\d.]+)万元）")
    C.sum(full, [y0, add, cf], "全年 = 年初 + 追加 + 结转")
    C.sum(full, [basic_b, proj_b], "全年 = 基本 + 项目")
    C.same(proj_b, ptot[1], "项目支出预算 text vs project table")
    inc, fin, oi = one(t, r"全年收入([\d.]+)万元，其中财政拨款收入([\d.]+)万元、其他收入([\d.]+)万元")
    C.sum(inc, [fin, oi], "收入 = 财政拨款 + 其他")
    C.sum(inc, [y0, add], "收入 = 年初 + 追加")
    sp, basic, staff, office, proj = one(
        t, r"全年支出([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元")
    C.sum(sp, [basic, proj], "支出 = 基本 + 项目")
    C.sum(basic, [staff, office], "基本 = 人员 + 公用")
    C.same(proj, ptot[2], "项目支出 text vs project table")
    r_all, r_basic, r_proj = one(t, r"部门预算执行率([\d.]+)%，其中基本支出执行率([\d.]+)%、项目支出执行率([\d.]+)%")
    C.rate(r_all, sp, full, "部门执行率")
    C.rate(r_basic, basic, basic_b, "基本支出执行率")
    C.rate(r_proj, proj, proj_b, "项目支出执行率")
    C.same(r_proj, ptot[3], "项目执行率 text vs project table")
    C.same(r_all, by["部门预算执行率"]["actual"].rstrip("%"), "执行率 text vs indicator table")
    C.rate(by["部门预算执行率"]["actual"], sp, full, "indicator table 执行率")
    C.balance(one(t, r"年末结转结余([\d.]+)万元"), full, sp, "结转结余 = 全年预算 - 支出")
    ey = one(t, r"推广站(\d{4})年度部门整体支出绩效自评报告")
    C.year(one(t, r"结转(\d{4})年使用"), ey, "结转去向", "gt")
    g3, ly, l3, dn = one(t, r"“三公”经费支出([\d.]+)万元.*?较(\d{4})年的([\d.]+)万元下降([\d.]+)%")
    C.year(ly, int(ey) - 1, "三公上年")
    C.rate(dn, dec(l3) - dec(g3), l3, "三公下降率", bounded=False)
    for y in re.findall(r"(\d{4})年度", t):
        C.year(y, ey, "年度")
    C.year(one(t, r"编制(\d{4})年部门预算"), ey, "预算年度")
    C.year(one(t, r"(\d{4})年4月10日"), ey, "report date", "gt")
    # outputs prose
    def act(nm):
        return measure(by[nm]["actual"])[3]
    C.same(one(t, r"培训蚕农(\d+)人次；"), act("培训蚕农"), "培训人次 text vs table")
    C.same(one(t, r"统防统治([\d.]+)万亩；"), act("桑园病虫害统防统治面积"), "统防统治面积")
    cov, lcov, pts, tgt = one(t, r"小蚕共育覆盖率(\d+)%，比上年的(\d+)%提高(\d+)个百分点，但未达到(\d+)%的目标")
    C.same(cov, act("小蚕共育覆盖率"), "共育覆盖率")
    C.diff(pts, cov, lcov, "覆盖率提高")
    C.same(tgt, measure(by["小蚕共育覆盖率"]["target"])[3], "覆盖率目标")
    sd, sdt = one(t, r"发放蚕种([\d.]+)万张，少于([\d.]+)万张的目标")
    C.same(sd, act("全市发放蚕种"), "发种量")
    C.same(sdt, measure(by["全市发放蚕种"]["target"])[3], "发种目标")
    towns = one(t, r"蚕茧单产分别为([\d.]+)、([\d.]+)、([\d.]+)、([\d.]+)、([\d.]+)公斤/张，平均([\d.]+)公斤/张")
    C.mean(towns[5], towns[:5], "5个乡镇平均单产")
    C.same(towns[5], act("蚕茧平均单产"), "单产 text vs table")
    C.same(one(t, r"售茧收入(\d+)万元"), act("蚕农售茧收入"), "售茧收入 万元 vs 亿元", fb=WAN)
    sat = one(t, r"蚕农满意度为([\d.]+)%")
    C.same(sat, act("蚕农满意度"), "满意度")
    C.bounded(sat, "满意度")
    C.add("sum_mismatch", int(one(t, r"共(\d+)个三级指标")) == len(ind), "三级指标个数")
    C.add("sum_mismatch", int(one(t, r"共实施(\d+)个项目")) == len(projs), "项目个数")
    return C


# ======================================================================================= E
def check_E(t):
    C = Checks()
    rows = rows_split(t, " | ")
    prov, cty, tot = (find(rows, 0, k, ncells=4)[1:4] for k in ["省级财政专项", "县级配套", "合计"])
    for c, nm in [(0, "全年预算"), (1, "实际到位"), (2, "实际支出")]:
        C.sum(tot[c], [prov[c], cty[c]], f"表1 {nm}: 合计 = 省级 + 县级")
    ii = next(i for i, r in enumerate(rows) if r[0] == "一级指标")
    ind = []
    for r in rows[ii + 1:]:
        if r[0] == "合计":
            itot = r
            break
        ind.append(dict(level1=r[0], name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7]))
    indicators(C, ind)
    by = {r["name"]: r for r in ind}
    wsum, ssum = total_of(ind, "weight"), total_of(ind, "score")
    C.add("weight_sum_mismatch", wsum == 100 and dec(itot[6]) == wsum, f"weights {wsum} / {itot[6]}")
    C.add("score_sum_mismatch", close(itot[7], ssum), f"Σ {ssum} vs 合计 {itot[7]}")
    lw = level_sums(ind, "weight")
    ws = one(t, r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度(\d+)分")
    for lv, v in zip(["预算执行", "产出指标", "效益指标", "满意度指标"], ws):
        C.add("weight_sum_mismatch", dec(v) == lw[lv], f"{lv}: rows {lw[lv]} vs text {v}")
    C.add("weight_sum_mismatch", sum(dec(v) for v in ws) == 100, "text weights add to 100")
    total, word = one(t, r"合计自评得分([\d.]+)分，评价等级为(\S\S)")
    C.add("score_sum_mismatch", close(total, ssum), f"text total {total} vs Σ {ssum}")
    C.same(total, itot[7], "total text vs table")
    C.grade(total, word, "grade")
    goal_targets(C, t, r"建设蚕桑示范基地(\d+)亩、花椒示范基地(\d+)亩，举办技术培训(\d+)期以上，示范基地苗木成活率不低于(\d+)%；"
                          r"示范基地亩均增收(\d+)元以上，带动建档立卡贫困户(\d+)户以上，受益农户满意度达到(\d+)%以上", by,
                 ["蚕桑示范基地面积", "花椒示范基地面积", "举办技术培训", "示范基地苗木成活率", "示范基地亩均增收",
                  "带动建档立卡贫困户", "受益农户满意度"])
    # funds prose
    C.same(one(t, r"项目总预算(\d+)万元"), tot[0], "总预算 text vs 表1")
    ey = one(t, r"(\d{4})年度特色经济作物示范项目绩效自评报告")
    yy, got, grate, miss, sp, er, ur = one(
        t, r"截至(\d{4})年12月31日，实际到位资金(\d+)万元，到位率([\d.]+)%，县级配套资金尚有(\d+)万元未到位；"
           r"实际支出([\d.]+)万元，预算执行率([\d.]+)%，到位资金使用率([\d.]+)%")
    C.year(yy, ey, "截至")
    C.same(got, tot[1], "到位 text vs 表1")
    C.rate(grate, got, tot[0], "到位率")
    C.balance(miss, cty[0], cty[1], "县级未到位 = 县级预算 - 县级到位")
    C.balance(miss, tot[0], got, "未到位 = 总预算 - 到位")
    C.same(sp, tot[2], "支出 text vs 表1")
    C.rate(er, sp, tot[0], "预算执行率")
    C.rate(ur, sp, got, "到位资金使用率")
    C.same(er, by["预算执行率"]["actual"], "执行率 text vs 表2")
    C.rate(by["预算执行率"]["actual"], sp, tot[0], "表2 执行率")
    items = one(t, r"蚕桑示范基地建设([\d.]+)万元、花椒示范基地建设([\d.]+)万元、技术培训及观摩([\d.]+)万元、示范标牌及检测([\d.]+)万元")
    C.sum(sp, list(items), "支出 = 四项用途")
    C.balance(one(t, r"年末结余([\d.]+)万元"), got, sp, "结余 = 到位 - 支出")
    C.year(one(t, r"结转至(\d{4})年"), ey, "结转去向", "gt")
    C.year(one(t, r"《巧家县(\d{4})年特色经济作物产业发展实施方案》"), ey, "实施方案")
    C.year(one(t, r"(\d{4})年县农业局安排"), ey, "安排年度")
    C.year(one(t, r"(\d{4})年2月28日"), ey, "report date", "gt")
    # outputs prose
    def act(nm):
        return measure(by[nm]["actual"])[3]
    a1, a2, a3, a4, asum, aavg, per = one(
        t, r"面积分别为(\d+)亩、(\d+)亩、(\d+)亩、(\d+)亩，合计(\d+)亩，平均每个示范点(\d+)亩，亩均投入约(\d+)元")
    C.sum(asum, [a1, a2, a3, a4], "示范点面积合计")
    C.mean(aavg, [a1, a2, a3, a4], "示范点平均面积")
    C.approx(per, dec(items[0]) * WAN / dec(asum), "亩均投入")
    C.same(asum, act("蚕桑示范基地面积"), "蚕桑面积 text vs 表2")
    hj, hjc = one(t, r"花椒示范基地建成(\d+)亩，仅完成目标的(\d+)%")
    C.same(hj, act("花椒示范基地面积"), "花椒面积")
    C.add("completion_mismatch", close(hjc, dec(hj) / measure(by["花椒示范基地面积"]["target"])[1] * HUNDRED),
          "花椒完成率 text")
    C.same(one(t, r"全年举办技术培训(\d+)期"), act("举办技术培训"), "培训期数")
    C.same(one(t, r"苗木成活率(\d+)%"), act("示范基地苗木成活率"), "成活率")
    for s in one(t, r"得分分别为(\d+)分、(\d+)分、(\d+)分"):
        C.add("score_exceeds_weight", 0 <= int(s) <= int(one(t, r"满分(\d+)分")), f"验收得分 {s}")
    C.same(one(t, r"示范基地亩均增收(\d+)元，"), act("示范基地亩均增收"), "亩均增收")
    C.same(one(t, r"贫困户(\d+)户参与"), act("带动建档立卡贫困户"), "贫困户")
    sat = one(t, r"受益农户满意度(\d+)%")
    C.same(sat, act("受益农户满意度"), "满意度")
    C.bounded(sat, "满意度")
    return C


CHECKERS = {
    "sx-yangcheng-canjianbutie-2019": check_A,
    "gx-xiangzhou-xiaocangongyu-2021": check_B,
    "sc-jialing-sangyuangaizao-2023": check_C,
    "ah-qianshan-cansangzhan-2022": check_D,
    "yn-qiaojia-tesezuowu-2018": check_E,
}


def run(src, text):
    try:
        return CHECKERS[src](text)
    except ExtractError as e:
        C = Checks()
        C.add("extract", False, str(e))
        return C


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    counts = Counter()
    for lab in labels:
        path = CASES / lab["case"]
        if not path.exists():
            problems.append(f"missing {lab['case']}")
            continue
        text = path.read_text(encoding="utf-8")
        src = lab["source"]
        clean = (CASES / f"{src}-clean.txt").read_text(encoding="utf-8")
        C = run(src, text)
        n_checks = len(C.results)
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{lab['case']}: length {len(text)} outside 2800-3400")
            for code, msg in C.failures():
                problems.append(f"{lab['case']}: clean draft fails {code}: {msg}")
            print(f"{lab['case']:45s} clean  {n_checks:3d} checks, all pass" if not C.failures() else
                  f"{lab['case']:45s} clean  FAIL")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: {len(lab['expected'])} labels")
            continue
        e = lab["expected"][0]
        counts[e["code"]] += 1
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {e['code']}/{e['severity']}")
        v = e["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not occ:
            problems.append(f"{lab['case']}: value {v!r} not in case")
        (ca, cb), (ea, eb) = diff_region(clean, text)
        if eb - ea > 40 or cb - ca > 40:
            problems.append(f"{lab['case']}: changed region too long ({ea},{eb})")
        if not any(o < max(eb, ea + 1) and ea < o + len(v) for o in occ):
            problems.append(f"{lab['case']}: change [{ea},{eb}) does not overlap value {v!r}")
        failed = C.failed_codes()
        if failed != [e["code"]]:
            problems.append(f"{lab['case']}: labelled {e['code']}, failing error codes {failed}: "
                            f"{[f for f in C.failures(errors_only=True)]}")
        warn = [c for c in C.failed_codes(errors_only=False) if c not in failed]
        print(f"{lab['case']:45s} {e['code']:22s} fails: {','.join(failed)}"
              + (f"  (warnings: {','.join(warn)})" if warn else ""))
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    print("\ncounts per code:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    try:
        sys.path.insert(0, str(HERE))
        import build
        where = Counter(ed[3] for ed in build.EDITS)
        print("prose/table:", dict(where))
    except Exception as ex:  # build.py is optional for the checks above
        print("could not read build.EDITS:", ex)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
