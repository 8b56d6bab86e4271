#!/usr/bin/env python3
"""Verify the set: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Run after build.py:   python3 build.py && python3 verify.py

1. labels.jsonl: every case file exists; every `value` occurs exactly once in its case and never in
   the clean draft of its project; codes are from errors.md section A; each code of section A
   (except figure_mismatch / empty_problems) is used at least twice, in at least two projects.
2. Edits: each error case differs from its clean draft in one line (or two adjacent lines for
   score-row edits); within each changed line the edit (common prefix/suffix stripped) is at
   most 16 characters on either side.
3. Arithmetic: for each clean draft the figures are read back from the text and tables and the
   identities are recomputed with Decimal and the stated-decimals tolerance of rules.md §8
   (rates, 到位率, balances, sums, per-unit figures, growth rates, weights to 100, row scores,
   scores to total, grade band, years).  Every clean draft must pass every check.
4. Sanity: the same checks run on every error case must fail at least once (the injected
   error is real and visible to plain arithmetic).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

NUMERIC_CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch",
                 "average_mismatch", "conflicting_values", "implausible_rate", "unit_mismatch",
                 "year_mismatch", "completion_mismatch"}
SCORE_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


# ----------------------------------------------------------------------------- numbers
NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def dec(s):
    """Decimal of the first number in s (thousands separators allowed)."""
    m = NUM_RE.search(str(s))
    if not m:
        raise ValueError(f"no number in {s!r}")
    return D(m.group(0).replace(",", ""))


def places(s):
    m = NUM_RE.search(str(s))
    txt = m.group(0)
    return len(txt.split(".")[1]) if "." in txt else 0


def within(stated, value):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = dec(stated)
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(D(value) - v) <= tol


def r2(x):
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


def split_value(s):
    """'≥120平方公里' -> ('gte', Decimal(120), '平方公里'); qualitative -> (None, None, None)."""
    s = s.strip()
    direction = "eq"
    for sign, d in (("≥", "gte"), ("≤", "lte"), (">=", "gte"), ("<=", "lte")):
        if s.startswith(sign):
            direction, s = d, s[len(sign):]
            break
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)(.*)", s)
    if not m or re.search(r"\d{4}年", s):
        return None, None, None
    return direction, D(m.group(1).replace(",", "")), m.group(2).strip()


# ----------------------------------------------------------------------------- checker
class Ctx:
    def __init__(self, name, text):
        self.name, self.t, self.fails, self.n = name, text, [], 0

    def ok(self, cond, msg):
        self.n += 1
        if not cond:
            self.fails.append(msg)

    def near(self, stated, value, msg):
        self.ok(within(stated, value), f"{msg}: stated {stated}, computed {D(value):.4f}")

    def rate(self, stated, num, den, msg):
        if dec(den) == 0:
            self.ok(str(stated).strip() in ("—", "0", "0.00", "-"), f"{msg}: rate {stated} on a zero base")
            return
        r = dec(num) / dec(den) * 100
        self.near(stated, r, msg)
        self.ok(dec(stated) <= 100 + D("1e-9"), f"{msg}: rate {stated} above 100%")

    def total(self, stated, parts, msg):
        self.ok(dec(stated) == sum(dec(p) for p in parts),
                f"{msg}: {' + '.join(str(p) for p in parts)} = {sum(dec(p) for p in parts)} vs {stated}")

    def grab(self, pattern, n=None):
        ms = re.findall(pattern, self.t)
        if len(ms) != 1:
            raise LookupError(f"pattern {pattern!r} found {len(ms)} times")
        return ms[0]

    def table(self, caption, sep=None):
        """Rows after the caption line (skipping 单位 lines) up to a blank line.
        Returns (header, rows) where rows is a list of cell lists."""
        lines = self.t.split("\n")
        idx = [i for i, ln in enumerate(lines) if caption in ln]
        if len(idx) != 1:
            raise LookupError(f"table caption {caption!r} found {len(idx)} times")
        i = idx[0] + 1
        while lines[i].startswith("单位："):
            i += 1
        block = []
        while i < len(lines) and lines[i].strip():
            block.append(lines[i])
            i += 1
        if sep is None:
            sep = "," if "," in block[0] else "  "
        def cells(ln):
            if sep == ",":
                return [c.strip() for c in ln.split(",")]
            return [c.strip() for c in re.split(r"\s{2,}", ln.strip())]
        return cells(block[0]), [cells(ln) for ln in block[1:]]


def rowmap(rows, key=0):
    out = {}
    for r in rows:
        k = r[key].replace("其中：", "").strip()
        out[k] = r
    return out


def run(ctx, fn):
    try:
        fn(ctx)
    except Exception as exc:  # a figure that cannot be read back is a failure too
        ctx.fails.append(f"check {fn.__name__} aborted: {type(exc).__name__}: {exc}")


def check_score_rows(c, rows, tcol, acol, wcol, scol, label, ccol=None):
    """Row rules of rules.md §5 for a self-evaluation table; returns (Σweights, Σscores)."""
    sw = ss = D(0)
    for r in rows:
        name = " / ".join(r[:4])
        tgt, act, w, s = r[tcol], r[acol], dec(r[wcol]), dec(r[scol])
        sw += w
        ss += s
        c.ok(D(0) <= s <= w, f"{label} {name}: score {r[scol]} outside [0, {r[wcol]}]")
        d_t, t, u_t = split_value(tgt)
        d_a, a, u_a = split_value(act)
        if t is None and a is None:
            # qualitative / date rows: bands of rules.md §5
            if "部分达成" in act:
                c.ok(w * D("0.6") <= s < w * D("0.8"), f"{label} {name}: 部分达成 score {s} not in [60%,80%)")
            elif act.startswith("达成") or act == tgt or act.startswith("按期"):
                c.ok(w * D("0.8") <= s <= w, f"{label} {name}: achieved score {s} not in [80%,100%]")
            if ccol is not None:
                c.ok(r[ccol] == "—", f"{label} {name}: completion on a qualitative row")
            continue
        if t is None or a is None:
            if "年" in tgt and "年" in act:  # date target, date actual
                continue
            c.ok(False, f"{label} {name}: target {tgt!r} and actual {act!r} not comparable")
            continue
        c.ok(u_t == u_a, f"{label} {name}: unit of target {u_t!r} != unit of actual {u_a!r}")
        if d_t == "lte":
            comp = D(100) if a <= t else t / a * 100
            exp = w if a <= t else w * t / a
        elif t == 0:  # eq zero
            comp = None
            exp = w if a <= 0 else D(0)
        else:
            comp = a / t * 100
            exp = min(w, w * a / t)
        if ccol is not None:
            if comp is None:
                c.ok(r[ccol] == "—", f"{label} {name}: completion should be —")
            else:
                c.near(r[ccol], comp, f"{label} {name}: 完成率")
        if "执行率" in name:  # execution row: also accept the score from the printed rate
            c.ok(within(r[scol], exp) or within(r[scol], w * dec(act) / 100),
                 f"{label} {name}: execution score {r[scol]} vs {exp:.4f}")
        else:
            c.near(r[scol], exp, f"{label} {name}: row score")
    return sw, ss


# ============================================================================ 汉中 2022
def hanzhong(c):
    t = c.t
    yr = 2022
    # 表1 sources
    h, rows = c.table("表1  2022年度收入预算及到位情况")
    m = rowmap(rows)
    for k, r in m.items():
        c.total(r[3], [r[1], r[2]], f"表1 {k} 年初+调整=全年")
        c.rate(r[5], r[4], r[3], f"表1 {k} 到位率")
    for j in (1, 2, 3, 4):
        c.total(m["合计"][j], [r[j] for k, r in m.items() if k != "合计"], f"表1 合计 col {h[j]}")
    # 表2 economic
    h, rows = c.table("表2  2022年度支出预算及执行情况")
    e = rowmap(rows)
    for j in (1, 2, 3):
        c.total(e["一、基本支出"][j], [e["人员经费"][j], e["公用经费"][j]], f"表2 基本支出 {h[j]}")
        c.total(e["合计"][j], [e["一、基本支出"][j], e["二、项目支出"][j]], f"表2 合计 {h[j]}")
    for k, r in e.items():
        c.rate(r[4], r[3], r[2], f"表2 {k} 执行率")
    c.ok(e["合计"][1] == m["合计"][1] and e["合计"][2] == m["合计"][3], "表1/表2 totals differ")
    g = c.grab(r"全年支出([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.ok(list(g) == [e["合计"][3], e["一、基本支出"][3], e["二、项目支出"][3], e["合计"][4]], f"text vs 表2 {g}")
    g = c.grab(r"年初预算([\d.]+)万元，年中追加疫情防控资金([\d.]+)万元、增加人员经费([\d.]+)万元，调减住院医师规范化培训补助([\d.]+)万元，加上年结转([\d.]+)万元，全年预算([\d.]+)万元")
    c.ok(dec(g[0]) + dec(g[1]) + dec(g[2]) - dec(g[3]) + dec(g[4]) == dec(g[5]), f"adjustments {g}")
    c.ok(g[0] == m["合计"][1] and g[5] == m["合计"][3], "text vs 表1 年初/全年")
    c.total(m["合计"][2], [g[1], g[2], g[4], "-" + g[3]], "表1 调整 = 追加 + 人员 + 结转 − 调减")
    c.ok(dec(e["人员经费"][2]) - dec(e["人员经费"][1]) == dec(g[2]), "人员经费 adjustment")
    g = c.grab(r"年末未执行([\d.]+)万元，结转结余率([\d.]+)%")
    c.near(g[0], dec(e["合计"][2]) - dec(e["合计"][3]), "未执行 = 全年 − 支出")
    c.rate(g[1], g[0], e["合计"][2], "结转结余率")
    unexec = g[0]
    g = c.grab(r"疫情防控专项结转([\d.]+)万元，已按规定结转至(\d{4})年")
    carry = g[0]
    c.ok(int(g[1]) > yr, "结转 must go to a later year")
    g = c.grab(r"公用经费结余([\d.]+)万元、住院医师规范化培训补助结余([\d.]+)万元、爱国卫生与健康促进项目结余([\d.]+)万元，合计结余([\d.]+)万元")
    c.total(g[3], g[:3], "结余 parts")
    c.total(unexec, [carry, g[3]], "未执行 = 结转 + 结余")
    c.near(g[0], dec(e["公用经费"][2]) - dec(e["公用经费"][3]), "公用经费结余")
    # 表3 three years
    h, rows = c.table("表3  2020—2022年度部门支出对比")
    y = rowmap(rows)
    for k, r in y.items():
        c.rate(r[3], r[2], r[1], f"表3 {k} 执行率")
    c.ok(y["2022年"][1:3] == [e["合计"][2], e["合计"][3]] and y["2022年"][4] == e["二、项目支出"][3], "表3 2022 row vs 表2")
    g = c.grab(r"全年支出较2021年增加([\d.]+)万元，增长([\d.]+)%；项目支出较2021年增加([\d.]+)万元，增长([\d.]+)%")
    c.near(g[0], dec(y["2022年"][2]) - dec(y["2021年"][2]), "支出增加额")
    c.near(g[1], (dec(y["2022年"][2]) / dec(y["2021年"][2]) - 1) * 100, "支出增长率")
    c.near(g[2], dec(y["2022年"][4]) - dec(y["2021年"][4]), "项目支出增加额")
    c.near(g[3], (dec(y["2022年"][4]) / dec(y["2021年"][4]) - 1) * 100, "项目支出增长率")
    g = c.grab(r"由2020年的([\d.]+)%提高到2022年的([\d.]+)%")
    c.ok(g[0] == y["2020年"][3] and g[1] == y["2022年"][3], "text rates vs 表3")
    c.ok(dec(y["2020年"][3]) < dec(y["2021年"][3]) < dec(y["2022年"][3]), "连续三年提高")
    # 表4 三公
    h, rows = c.table("表4  2022年度“三公”经费支出情况")
    s = rowmap(rows)
    for j in (1, 2, 3):
        c.total(s["合计"][j], [r[j] for k, r in s.items() if k != "合计"], f"表4 合计 {h[j]}")
    g = c.grab(r"“三公”经费实际支出([\d.]+)万元，为预算的([\d.]+)%，较2021年减少([\d.]+)万元，下降([\d.]+)%")
    c.ok(g[0] == s["合计"][2], "三公 text vs table")
    c.rate(g[1], s["合计"][2], s["合计"][1], "三公 控制率")
    c.near(g[2], dec(s["合计"][3]) - dec(s["合计"][2]), "三公 减少额")
    c.near(g[3], (dec(s["合计"][3]) - dec(s["合计"][2])) / dec(s["合计"][3]) * 100, "三公 下降率")
    # 表5 programmes
    h, rows = c.table("表5  2022年度项目支出执行及自评情况")
    p = rowmap(rows)
    progs = [p[str(i)] for i in range(1, 6)]
    for r in progs:
        c.rate(r[4], r[3], r[2], f"表5 {r[1]} 执行率")
        c.ok(r[6] == grade(dec(r[5])), f"表5 {r[1]} grade {r[6]} for {r[5]}")
    c.total(p["合计"][2], [r[2] for r in progs], "表5 全年预算 合计")
    c.total(p["合计"][3], [r[3] for r in progs], "表5 实际支出 合计")
    c.rate(p["合计"][4], p["合计"][3], p["合计"][2], "表5 合计 执行率")
    c.ok(p["合计"][2] == e["二、项目支出"][2] and p["合计"][3] == e["二、项目支出"][3], "表5 vs 表2 项目支出")
    g = c.grab(r"平均自评得分([\d.]+)分")
    c.near(g, sum(dec(r[5]) for r in progs) / 5, "average of programme scores")
    g = c.grab(r"共有项目5个，全年预算([\d.]+)万元，实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.ok(list(g) == p["合计"][2:5], "section 三 vs 表5")
    # programme narratives
    g = c.grab(r"年初预算([\d.]+)万元，由市财政分两批下达：(\d{4})年(\d+)月下达([\d.]+)万元（汉财社〔2022〕18号），(\d{4})年(\d+)月下达([\d.]+)万元")
    c.total(g[0], [g[3], g[6]], "基本公卫 two batches")
    c.ok(g[0] == progs[0][2], "基本公卫 budget vs 表5")
    for yy, mm in ((g[1], g[2]), (g[4], g[5])):
        c.ok(int(yy) == yr or (int(yy) == yr - 1 and int(mm) == 12), f"基本公卫 issued {yy}年{mm}月")
    g = c.grab(r"65岁及以上老年人健康管理([\d.]+)万人，年度目标([\d.]+)万人")
    g = c.grab(r"在培学员(\d+)人、每人每月(\d+)元测算预算([\d.]+)万元")
    c.near(g[2], D(g[0]) * D(g[1]) * 12 / 10000, "住培 年初测算")
    ini = g[2]
    g2 = c.grab(r"在培人数调整为(\d+)人，调减预算([\d.]+)万元，全年预算([\d.]+)万元")
    c.near(g2[2], D(g2[0]) * D(g[1]) * 12 / 10000, "住培 全年测算")
    c.near(g2[1], dec(ini) - dec(g2[2]), "住培 调减")
    c.ok(g2[2] == progs[1][2], "住培 全年 vs 表5")
    g3 = c.grab(r"生活补助(\d+)人·月，实际支出([\d.]+)万元，结余([\d.]+)万元")
    c.near(g3[1], D(g3[0]) * D(g[1]) / 10000, "住培 支出 = 人·月 × 标准")
    c.ok(g3[1] == progs[1][3], "住培 支出 vs 表5")
    c.near(g3[2], dec(g2[2]) - dec(g3[1]), "住培 结余")
    g = c.grab(r"参考(\d+)人、通过(\d+)人，通过率([\d.]+)%")
    c.rate(g[2], g[1], g[0], "住培 通过率")
    g = c.grab(r"全年预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，其中病媒生物防制服务([\d.]+)万元、健康教育宣传([\d.]+)万元、国家卫生城市复审迎检([\d.]+)万元")
    c.rate(g[2], g[1], g[0], "爱卫 执行率")
    c.total(g[1], g[3:], "爱卫 支出 parts")
    c.ok(list(g[:3]) == progs[2][2:5], "爱卫 vs 表5")
    g = c.grab(r"健康素养水平([\d.]+)%，较2021年的([\d.]+)%提高([\d.]+)个百分点")
    c.near(g[2], dec(g[0]) - dec(g[1]), "健康素养 提高")
    g = c.grab(r"项目结余([\d.]+)万元，主要是部分宣传活动")
    c.near(g, dec(progs[2][2]) - dec(progs[2][3]), "爱卫 结余")
    g = c.grab(r"年初预算([\d.]+)万元，2022年5月和11月两次追加([\d.]+)万元，加上年结转([\d.]+)万元，全年预算([\d.]+)万元。全年支出([\d.]+)万元，执行率([\d.]+)%，其中核酸检测试剂及检测服务([\d.]+)万元、隔离场所运行保障([\d.]+)万元、防护物资([\d.]+)万元")
    c.total(g[3], g[:3], "疫情 全年预算")
    c.rate(g[5], g[4], g[3], "疫情 执行率")
    c.total(g[4], g[6:], "疫情 支出 parts")
    c.ok([g[3], g[4], g[5]] == progs[3][2:5], "疫情 vs 表5")
    c.ok(g[2] == m["上年结转"][3], "疫情 上年结转 vs 表1")
    g2 = c.grab(r"年末结转([\d.]+)万元，为已签订合同")
    c.near(g2, dec(g[3]) - dec(g[4]), "疫情 结转")
    c.ok(g2 == carry, "疫情 结转 restated")
    g = c.grab(r"特别扶助对象(\d+)人，其中独生子女死亡家庭(\d+)人、伤残家庭(\d+)人，市级按每人每年(\d+)元配套，全年预算和支出均为([\d.]+)万元，执行率100%")
    c.total(g[0], g[1:3], "特扶 人数")
    c.near(g[4], D(g[0]) * D(g[3]) / 10000, "特扶 金额")
    c.ok(progs[4][2] == progs[4][3] == g[4], "特扶 vs 表5")
    # 表6 department score table
    h, rows = c.table("表6  2022年度部门整体支出绩效自评表")
    data = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    sw, ss = check_score_rows(c, data, 3, 4, 5, 6, "表6")
    c.ok(sw == dec(tot[1]) == 100, f"表6 weights add to {sw}, stated {tot[1]}")
    c.ok(ss == dec(tot[2]), f"表6 scores add to {ss}, stated {tot[2]}")
    d6 = {r[2]: r for r in data}
    c.ok(d6["预算执行率"][4] == e["合计"][4] + "%", "表6 执行率 vs 表2")
    c.ok(d6["结转结余率"][4].rstrip("%") == c.grab(r"结转结余率([\d.]+)%"), "表6 结转结余率 vs text")
    g = c.grab(r"部门整体支出绩效自评得分([\d.]+)分，评价等级为(.)")
    c.ok(g[0] == tot[2], "text total vs 表6")
    c.ok(g[1] == grade(dec(g[0])), f"grade {g[1]} for {g[0]}")


# ============================================================================ 安顺 2023
def anshun(c):
    yr = 2023
    h, rows = c.table("表1  2023年度预算执行情况（按资金来源）")
    m = rowmap(rows)
    for k, r in m.items():
        c.rate(r[5], r[3], r[2], f"表1 {k} 到位率")
        c.rate(r[6], r[4], r[2], f"表1 {k} 执行率")
    for j in (1, 2, 3, 4):
        c.total(m["合计"][j], [r[j] for k, r in m.items() if k != "合计"], f"表1 合计 {h[j]}")
    g = c.grab(r"年初预算([\d.]+)万元。年中市财政追加全民健身设施维护更新资金([\d.]+)万元（安市财教〔2023〕41号），因人员调资增加人员经费([\d.]+)万元，全年预算([\d.]+)万元。全年实际到位([\d.]+)万元，实际支出([\d.]+)万元")
    c.total(g[3], g[:3], "年初 + 追加 = 全年")
    c.ok([g[0], g[3], g[4], g[5]] == [m["合计"][1], m["合计"][2], m["合计"][3], m["合计"][4]], "text vs 表1")
    add_fac, add_staff = g[1], g[2]
    h, rows = c.table("表2  2023年度支出执行情况（按经济分类）")
    e = rowmap(rows)
    for j in (1, 2, 3):
        c.total(e["基本支出"][j], [e["人员经费"][j], e["公用经费"][j]], f"表2 基本支出 {h[j]}")
        c.total(e["合计"][j], [e["基本支出"][j], e["项目支出"][j]], f"表2 合计 {h[j]}")
    for k, r in e.items():
        c.rate(r[4], r[3], r[2], f"表2 {k} 执行率")
    c.ok(e["合计"][1:4] == [m["合计"][1], m["合计"][2], m["合计"][4]], "表1/表2 totals")
    c.near(add_staff, dec(e["人员经费"][2]) - dec(e["人员经费"][1]), "人员经费 追加")
    g = c.grab(r"年末未执行([\d.]+)万元：体育彩票公益金结转([\d.]+)万元，按规定结转至(\d{4})年继续用于群众体育；市第六届运动会资金未到位([\d.]+)万元，市财政不再拨付；其余([\d.]+)万元为结余")
    c.near(g[0], dec(m["合计"][2]) - dec(m["合计"][4]), "未执行")
    c.total(g[0], [g[1], g[3], g[4]], "未执行 parts")
    c.ok(int(g[2]) > yr, "结转 year")
    c.near(g[4], dec(m["合计"][3]) - dec(m["合计"][4]) - dec(g[1]), "结余 = 到位 − 支出 − 结转")
    c.near(g[1], dec(m["政府性基金预算拨款"][3]) - dec(m["政府性基金预算拨款"][4]), "彩票结转")
    c.near(g[3], dec(m["合计"][2]) - dec(m["合计"][3]), "未到位")
    h, rows = c.table("表3  2023年度“三公”经费支出")
    s = rowmap(rows)
    for j in (1, 2):
        c.total(s["合计"][j], [r[j] for k, r in s.items() if k != "合计"], f"表3 合计 {h[j]}")
    g = c.grab(r"“三公”经费支出([\d.]+)万元，较2022年的([\d.]+)万元下降([\d.]+)%")
    c.near(g[0], dec(s["合计"][2]) / 10000, "三公 元→万元")
    c.near(g[2], (dec(g[1]) - dec(g[0])) / dec(g[1]) * 100, "三公 下降率")
    h, rows = c.table("表4  2021—2023年度支出及主要产出对比")
    y = rowmap(rows)
    for k, r in y.items():
        c.rate(r[3], r[2], r[1], f"表4 {k} 执行率")
    c.ok(y["2023年"][1:4] == [m["合计"][2], m["合计"][4], m["合计"][6]], "表4 2023 vs 表1")
    g = c.grab(r"实际支出较2022年增加([\d.]+)万元，增长([\d.]+)%")
    c.near(g[0], dec(y["2023年"][2]) - dec(y["2022年"][2]), "支出增加额")
    c.near(g[1], (dec(y["2023年"][2]) / dec(y["2022年"][2]) - 1) * 100, "支出增长率")
    g = c.grab(r"赛事活动由2022年的(\d+)项次增加到(\d+)项次，增长([\d.]+)%；健身设施维护更新点位由(\d+)个增加到(\d+)个，增长([\d.]+)%")
    c.ok([g[0], g[1]] == [y["2022年"][4], y["2023年"][4]] and [g[3], g[4]] == [y["2022年"][5], y["2023年"][5]], "表4 counts vs text")
    c.near(g[2], (D(g[1]) / D(g[0]) - 1) * 100, "赛事增长率")
    c.near(g[5], (D(g[4]) / D(g[3]) - 1) * 100, "点位增长率")
    h, rows = c.table("表5  2023年度项目支出执行情况")
    p = rowmap(rows)
    progs = [r for k, r in p.items() if k != "合计"]
    for r in progs:
        c.rate(r[5], r[4], r[2], f"表5 {r[0]} 执行率")
    for j in (1, 2, 3, 4):
        c.total(p["合计"][j], [r[j] for r in progs], f"表5 合计 {h[j]}")
    c.rate(p["合计"][5], p["合计"][4], p["合计"][2], "表5 合计 执行率")
    c.ok(p["合计"][1:3] + [p["合计"][4]] == e["项目支出"][1:4], "表5 vs 表2 项目支出")
    fac, train, games, lot = (p["全民健身设施维护更新"], p["青少年业余训练"], p["市第六届运动会筹办"], p["体育彩票公益金群众体育项目"])
    c.near(add_fac, dec(fac[2]) - dec(fac[1]), "设施 追加")
    c.ok(lot[2] == m["政府性基金预算拨款"][2] and lot[4] == m["政府性基金预算拨款"][4], "彩票 表5 vs 表1")
    # 一般公共预算 到位 = 基本支出 + 一般公共项目到位
    c.total(m["一般公共预算拨款"][3], [e["基本支出"][2], fac[3], train[3], games[3]], "一般公共 到位")
    g = c.grab(r"维护更新全民健身路径、多功能运动场、健身步道等点位(\d+)个，其中维护(\d+)个、更新(\d+)个，年度目标(\d+)个；点位平均投入([\d.]+)万元")
    c.total(g[0], g[1:3], "点位 parts")
    c.near(g[4], dec(fac[4]) / D(g[0]), "点位平均投入")
    c.ok(g[0] == y["2023年"][5], "点位 vs 表4")
    g2 = c.grab(r"项目结余([\d.]+)万元，为询价采购节约资金")
    c.near(g2, dec(fac[3]) - dec(fac[4]), "设施 结余")
    g = c.grab(r"在训运动员分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，合计(\d+)人，队均([\d.]+)人")
    c.total(g[4], g[:4], "运动员合计")
    c.near(g[5], D(g[4]) / 4, "队均")
    g = c.grab(r"获得奖牌(\d+)枚（金牌(\d+)枚、银牌(\d+)枚、铜牌(\d+)枚），年度目标(\d+)枚")
    c.total(g[0], g[1:4], "奖牌")
    g = c.grab(r"全年预算([\d.]+)万元，市财政分两次拨付：(\d{4})年(\d+)月([\d.]+)万元、(\d{4})年(\d+)月([\d.]+)万元，实际到位([\d.]+)万元，到位率([\d.]+)%。实际支出([\d.]+)万元，其中场地器材([\d.]+)万元、竞赛组织及裁判([\d.]+)万元、开闭幕式([\d.]+)万元、安保医疗([\d.]+)万元；执行率([\d.]+)%，到位资金使用率([\d.]+)%。项目结余([\d.]+)万元")
    c.total(g[7], [g[3], g[6]], "运动会 两次拨付")
    c.ok(int(g[1]) == yr and int(g[4]) == yr, "运动会 拨付年份")
    c.rate(g[8], g[7], g[0], "运动会 到位率")
    c.total(g[9], g[10:14], "运动会 支出 parts")
    c.rate(g[14], g[9], g[0], "运动会 执行率")
    c.rate(g[15], g[9], g[7], "运动会 到位资金使用率")
    c.near(g[16], dec(g[7]) - dec(g[9]), "运动会 结余 = 到位 − 支出")
    c.ok([g[0], g[7], g[9], g[14]] == [games[2], games[3], games[4], games[5]], "运动会 vs 表5")
    g = c.grab(r"群众体育类彩票公益金([\d.]+)万元")
    c.ok(g == lot[2] == m["政府性基金预算拨款"][2], f"彩票公益金 {g} vs 表1/表5 {lot[2]}")
    g = c.grab(r"全年支出([\d.]+)万元，其中全民健身赛事活动([\d.]+)万元、社会体育指导员培训([\d.]+)万元、国民体质监测([\d.]+)万元")
    c.total(g[0], g[1:], "彩票 支出 parts")
    c.ok(g[0] == lot[4], "彩票 支出 vs 表5")
    c.ok(c.grab(r"全年举办市级及以上赛事活动(\d+)项次") == y["2023年"][4], "赛事 vs 表4")
    h, rows = c.table("表6  2023年度部门整体支出绩效自评表")
    data = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    sw, ss = check_score_rows(c, data, 3, 4, 5, 6, "表6")
    c.ok(sw == dec(tot[1]) == 100, f"表6 weights add to {sw}")
    c.ok(ss == dec(tot[2]), f"表6 scores add to {ss}, stated {tot[2]}")
    d6 = {r[2]: r for r in data}
    c.ok(d6["预算执行率"][4] == m["合计"][6] + "%", "表6 执行率 vs 表1")
    c.rate(d6["结转结余率"][4], dec(m["合计"][2]) - dec(m["合计"][4]), m["合计"][2], "结转结余率")
    g = c.grab(r"部门整体支出绩效自评得分([\d.]+)分，评价等级为(.)")
    c.ok(g[0] == tot[2] and g[1] == grade(dec(g[0])), f"total/grade {g}")


# ============================================================================ 襄阳 2020
def xiangyang(c):
    yr = 2020
    g = c.grab(r"项目年初预算([\d.]+)万元，其中市级财政资金([\d.]+)万元、省级测绘地理信息补助资金([\d.]+)万元（鄂自然资函〔2019〕612号，(\d{4})年(\d+)月提前下达）")
    c.total(g[0], g[1:3], "年初 parts")
    c.ok(int(g[3]) == yr or (int(g[3]) == yr - 1 and int(g[4]) == 12), "省级 advance date")
    g2 = c.grab(r"市级财政资金调减([\d.]+)万元，全年预算([\d.]+)万元")
    c.near(g2[1], dec(g[0]) - dec(g2[0]), "全年 = 年初 − 调减")
    h, rows = c.table("表1  资金来源及执行情况")
    m = rowmap(rows)
    for k, r in m.items():
        c.rate(r[5], r[4], r[2], f"表1 {k} 执行率")
    for j in (1, 2, 3, 4):
        c.total(m["合计"][j], [r[j] for k, r in m.items() if k != "合计"], f"表1 合计 {h[j]}")
    c.ok([m["合计"][1], m["合计"][2]] == [g[0], g2[1]], "表1 vs text")
    c.near(dec(m["市级财政资金"][1]) - dec(m["市级财政资金"][2]), dec(g2[0]), "市级调减")
    g = c.grab(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元，已于(\d{4})年12月交回")
    c.ok(g[0] == m["合计"][4], "支出 vs 表1")
    c.rate(g[1], g[0], m["合计"][2], "执行率")
    c.near(g[2], dec(m["合计"][3]) - dec(g[0]), "结余 = 到位 − 支出")
    c.ok(int(g[3]) == yr, "交回 year")
    h, rows = c.table("表2  子项目预算执行情况")
    p = rowmap(rows)
    subs = [r for k, r in p.items() if k != "合计"]
    for r in subs:
        c.near(r[4], dec(r[2]) - dec(r[3]), f"表2 {r[0]} 结余")
    for j in (2, 3, 4):
        c.total(p["合计"][j], [r[j] for r in subs], f"表2 合计 {h[j]}")
    c.ok(p["合计"][2] == m["合计"][2] and p["合计"][3] == m["合计"][4], "表2 vs 表1")
    g = c.grab(r"委托业务费全年预算([\d.]+)万元、支出([\d.]+)万元，维修（护）费全年预算([\d.]+)万元、支出([\d.]+)万元")
    wt = [r for r in subs if r[1] == "委托业务费"]
    wx = [r for r in subs if r[1] == "维修（护）费"]
    c.total(g[0], [r[2] for r in wt], "委托业务费 预算")
    c.total(g[1], [r[3] for r in wt], "委托业务费 支出")
    c.total(g[2], [r[2] for r in wx], "维修费 预算")
    c.total(g[3], [r[3] for r in wx], "维修费 支出")
    g = c.grab(r"天地图·襄阳平台运行维护结余([\d.]+)万元")
    c.ok(g == p["天地图·襄阳平台运行维护"][4], "平台结余 vs 表2")
    h, rows = c.table("表3  2018—2020年度项目投入和产出")
    y = rowmap(rows)
    for k, r in y.items():
        c.rate(r[3], r[2], r[1], f"表3 {k} 执行率")
    c.ok(y["2020年"][1:4] == [m["合计"][2], m["合计"][4], m["合计"][5]], "表3 2020 vs 表1")
    g = c.grab(r"2020年全年预算较2019年减少([\d.]+)万元，地形图更新面积较2019年增加([\d.]+)平方公里，增长([\d.]+)%")
    c.near(g[0], dec(y["2019年"][1]) - dec(y["2020年"][1]), "预算减少")
    c.near(g[1], dec(y["2020年"][4]) - dec(y["2019年"][4]), "面积增加")
    c.near(g[2], (dec(y["2020年"][4]) / dec(y["2019年"][4]) - 1) * 100, "面积增长率")
    g = c.grab(r"全年更新城区1:2000地形图([\d.]+)平方公里，完成年度目标的([\d.]+)%")
    c.ok(g[0] == y["2020年"][4], "面积 vs 表3")
    c.near(g[1], dec(g[0]) / 120 * 100, "面积完成率")
    area = g[0]
    g = c.grab(r"地形图更新支出([\d.]+)万元，单位面积成本([\d.]+)万元/平方公里")
    c.ok(g[0] == p["1:2000地形图更新（城区）"][3], "地形图支出 vs 表2")
    c.near(g[1], dec(g[0]) / dec(area), "单位面积成本")
    g = c.grab(r"发放问卷(\d+)份，回收有效问卷(\d+)份，满意及较满意(\d+)份，满意度([\d.]+)%")
    c.rate(g[3], g[2], g[1], "满意度")
    h, rows = c.table("表4  2020年度项目支出绩效自评表")
    data = [r for r in rows if len(r) == 9]
    subt = {r[0]: r for r in rows if r[0].endswith("小计")}
    tot = [r for r in rows if r[0] == "合计"][0]
    sw, ss = check_score_rows(c, data, 4, 5, 7, 8, "表4", ccol=6)
    for goal in ("目标1", "目标2", "目标3"):
        rs = [r for r in data if r[0] == goal]
        st = subt[goal + "小计"]
        c.ok(sum(dec(r[7]) for r in rs) == dec(st[1]), f"{goal} weights {sum(dec(r[7]) for r in rs)} vs 小计 {st[1]}")
        c.ok(sum(dec(r[8]) for r in rs) == dec(st[2]), f"{goal} scores {sum(dec(r[8]) for r in rs)} vs 小计 {st[2]}")
    c.ok(sw == dec(tot[1]) == 100, f"表4 weights add to {sw}, stated {tot[1]}")
    c.ok(ss == dec(tot[2]), f"表4 scores add to {ss}, stated {tot[2]}")
    ex = [r for r in data if r[3] == "预算执行率"][0]
    c.ok(ex[7] == "20", "Hubei execution weight 20")
    c.ok(ex[5] == m["合计"][5] + "%", "表4 执行率 vs 表1")
    c.ok(sum(dec(st[1]) for st in subt.values()) == 80 - 10, "goal blocks 70 + 满意度 10 = 80")
    g = c.grab(r"项目得分([\d.]+)分，评价等级为(.)")
    c.ok(g[0] == tot[2] and g[1] == grade(dec(g[0])), f"total/grade {g}")


# ============================================================================ 淮安 2021
def huaian(c):
    yr = 2021
    g = c.grab(r"项目全年预算([\d.]+)万元，年初预算即全年预算，年内未调整。其中省级航道养护资金([\d.]+)万元，由省交通运输厅分两批下达：(\d{4})年(\d+)月提前下达([\d.]+)万元（苏交财〔2020〕87号），(\d{4})年(\d+)月下达([\d.]+)万元（苏交财〔2021〕41号）；市级配套资金([\d.]+)万元，年内到位([\d.]+)万元，其余([\d.]+)万元")
    c.total(g[0], [g[1], g[8]], "全年 = 省 + 市")
    c.total(g[1], [g[4], g[7]], "省级 two batches")
    for yy, mm in ((g[2], g[3]), (g[5], g[6])):
        c.ok(int(yy) == yr or (int(yy) == yr - 1 and int(mm) == 12), f"省级 issued {yy}年{mm}月")
    c.total(g[8], [g[9], g[10]], "市级 到位 + 未拨付")
    h, rows = c.table("表1  资金来源及执行情况")
    m = rowmap(rows)
    for k, r in m.items():
        c.rate(r[4], r[2], r[1], f"表1 {k} 到位率")
        c.rate(r[5], r[3], r[1], f"表1 {k} 执行率")
    for j in (1, 2, 3):
        c.total(m["合计"][j], [r[j] for k, r in m.items() if k != "合计"], f"表1 合计 {h[j]}")
    c.ok(m["合计"][1] == g[0] and m["市级配套资金"][2] == g[9], "表1 vs text")
    g = c.grab(r"全年实际到位([\d.]+)万元，实际支出([\d.]+)万元，年末结余([\d.]+)万元，均为市级配套资金")
    c.ok(g[0] == m["合计"][2] and g[1] == m["合计"][3], "text vs 表1")
    c.near(g[2], dec(g[0]) - dec(g[1]), "结余 = 到位 − 支出")
    c.near(g[2], dec(m["市级配套资金"][2]) - dec(m["市级配套资金"][3]), "结余 = 市级 到位 − 支出")
    h, rows = c.table("表2  子项目预算及结算明细")
    p = {r[0]: r for r in rows}
    subs = [r for k, r in p.items() if k != "合计"]
    tot = p["合计"]
    c.total(tot[-2], [r[2] for r in subs], "表2 预算数 合计")
    c.total(tot[-1], [r[3] for r in subs], "表2 结算数 合计")
    c.near(dec(tot[-2]) / 10000, dec(m["合计"][1]), "表2 元 vs 表1 万元 预算")
    c.near(m["合计"][3], dec(tot[-1]) / 10000, "表2 元 vs 表1 万元 支出")
    h, rows = c.table("按支出经济分类汇总如下")
    ec = rowmap(rows)
    items = [r for k, r in ec.items() if k != "合计"]
    c.total(ec["合计"][1], [r[1] for r in items], "经济分类 合计")
    for r in items:
        c.near(r[1], sum(dec(s[3]) for s in subs if s[1] == r[0]) / 10000, f"经济分类 {r[0]} vs 表2")
        c.rate(r[2], r[1], ec["合计"][1], f"经济分类 {r[0]} 占比")
    c.total(ec["合计"][2], [r[2] for r in items], "占比 合计")
    # narrative amounts vs 元 table
    pairs = [(r"完成疏浚土方([\d.]+)万立方米，结算([\d.]+)万元，单价([\d.]+)元/立方米", "航道疏浚（京杭运河淮安段浅段）"),
             (r"损毁护岸([\d.]+)公里，结算金额([\d.]+)万元", "护岸修复"),
             (r"全年维护航标(\d+)座次，更新灯器和太阳能电源板等设备，支出([\d.]+)万元", "航标维护及更新"),
             (r"水深测量2次，支出([\d.]+)万元", "航道巡查及测量"),
             (r"桥梁防撞设施6座，支出([\d.]+)万元。预算([\d.]+)万元", "桥梁防撞设施维修")]
    for pat, key in pairs:
        gg = c.grab(pat)
        gg = (gg,) if isinstance(gg, str) else gg
        amt = gg[1] if key in ("航道疏浚（京杭运河淮安段浅段）", "护岸修复", "航标维护及更新") else gg[0]
        c.near(amt, dec(p[key][3]) / 10000, f"{key} 万元 vs 元 table")
        if key == "航道疏浚（京杭运河淮安段浅段）":
            c.near(gg[2], dec(p[key][3]) / (dec(gg[0]) * 10000), "疏浚单价")
        if key == "桥梁防撞设施维修":
            c.near(gg[1], dec(p[key][2]) / 10000, "桥梁 预算")
    h, rows = c.table("2019—2021年度主要数据")
    y = rowmap(rows)
    for k, r in y.items():
        c.rate(r[3], r[2], r[1], f"三年 {k} 执行率")
    c.ok(y["2021年"][1:4] == [m["合计"][1], m["合计"][3], m["合计"][5]], "2021 row vs 表1")
    g = c.grab(r"疏浚土方较2020年增加([\d.]+)万立方米，增长([\d.]+)%。执行率较2020年下降([\d.]+)个百分点")
    c.near(g[0], dec(y["2021年"][4]) - dec(y["2020年"][4]), "疏浚增加")
    c.near(g[1], (dec(y["2021年"][4]) / dec(y["2020年"][4]) - 1) * 100, "疏浚增长率")
    c.near(g[2], dec(y["2020年"][3]) - dec(y["2021年"][3]), "执行率下降")
    g = c.grab(r"(\d{4})年3月开工、12月10日完工")
    c.ok(int(g) == yr, "开工 year")
    h, rows = c.table("表3  2021年度项目支出绩效自评表")
    data = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    sw, ss = check_score_rows(c, data, 3, 4, 6, 7, "表3", ccol=5)
    c.ok(sw == dec(tot[1]) == 100, f"表3 weights add to {sw}")
    c.ok(ss == dec(tot[2]), f"表3 scores add to {ss}, stated {tot[2]}")
    d = {r[2]: r for r in data}
    c.ok(d["预算执行率"][4] == m["合计"][5] + "%", "表3 执行率 vs 表1")
    c.ok(d["航道疏浚土方量"][4] == y["2021年"][4] + "万立方米", "疏浚量 vs 三年表")
    c.ok(d["航标维护正常率"][4] == y["2021年"][5] + "%", "正常率 vs 三年表")
    g = c.grab(r"自评得分([\d.]+)分，评价等级为(.)")
    c.ok(g[0] == tot[2] and g[1] == grade(dec(g[0])), f"total/grade {g}")


# ============================================================================ 曲靖 2018
def qujing(c):
    yr = 2018
    g = c.grab(r"项目全年预算([\d.]+)万元：中央财政普惠金融发展专项资金([\d.]+)万元（云财金〔2017〕186号，(\d{4})年(\d+)月提前下达，列入年初预算）；省级财政补助([\d.]+)万元，(\d{4})年(\d+)月下达（云财金〔2018〕95号）；市级财政资金([\d.]+)万元，列入年初预算。年初预算([\d.]+)万元")
    c.total(g[0], [g[1], g[4], g[7]], "全年 = 中央 + 省 + 市")
    c.total(g[8], [g[1], g[7]], "年初 = 中央 + 市")
    for yy, mm in ((g[2], g[3]), (g[5], g[6])):
        c.ok(int(yy) == yr or (int(yy) == yr - 1 and int(mm) == 12), f"issued {yy}年{mm}月")
    h, rows = c.table("表1  资金来源及执行情况")
    m = rowmap(rows)
    for k, r in m.items():
        c.rate(r[5], r[4], r[2], f"表1 {k} 执行率")
    for j in (1, 2, 3, 4):
        c.total(m["合计"][j], [r[j] for k, r in m.items() if k != "合计"], f"表1 合计 {h[j]}")
    c.ok([m["合计"][1], m["合计"][2], m["中央财政补助"][2], m["省级财政补助"][2], m["市级财政资金"][2]] == [g[8], g[0], g[1], g[4], g[7]], "表1 vs text")
    h, rows = c.table("表2  按支出经济分类执行情况")
    ec = rowmap(rows)
    for j in (1, 2):
        c.total(ec["合计"][j], [r[j] for k, r in ec.items() if k != "合计"], f"表2 合计 {h[j]}")
    c.ok(ec["合计"][1:3] == [m["合计"][2], m["合计"][4]], "表2 vs 表1")
    g = c.grab(r"截至(\d{4})年12月31日，已向经办银行拨付贴息资金([\d.]+)万元，执行率([\d.]+)%；未拨付的([\d.]+)万元为第四季度尚未完成审核的贴息，已结转至(\d{4})年")
    c.ok(int(g[0]) == yr, f"截至{g[0]}年12月31日 in a {yr} report")
    c.ok(g[1] == m["合计"][4] and g[2] == m["合计"][5], "text vs 表1")
    c.near(g[3], dec(m["合计"][3]) - dec(g[1]), "结转 = 到位 − 支出")
    c.ok(int(g[4]) == yr + 1, "结转 year")
    g = c.grab(r"工作经费([\d.]+)万元（不含在本项目资金中），用于政策宣传、经办人员培训和贷款项目实地核查，全年支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(g[2], g[1], g[0], "工作经费 执行率")
    h, rows = c.table("表3  2018年度分县（市、区）创业担保贷款及贴息拨付情况")
    p = rowmap(rows)
    cs = [r for k, r in p.items() if k != "合计"]
    for j in (1, 2, 3):
        c.total(p["合计"][j], [r[j] for r in cs], f"表3 合计 {h[j]}")
    c.ok(p["合计"][3] == m["合计"][4], "表3 贴息 vs 表1")
    g = c.grab(r"全市平均每笔贷款([\d.]+)万元")
    c.near(g, dec(p["合计"][2]) / dec(p["合计"][1]), "平均每笔")
    g = c.grab(r"2018年全市新增发放创业担保贷款([\d,]+)笔、金额([\d,.]+)万元")
    c.ok(dec(g[0]) == dec(p["合计"][1]), f"新增笔数 {g[0]} vs 表3 {p['合计'][1]}")
    c.ok(dec(g[1]) == dec(p["合计"][2]), f"新增金额 {g[1]} vs 表3")
    h, rows = c.table("表4  2016—2018年度主要数据")
    y = rowmap(rows)
    c.ok(y["2018年"][1:4] == p["合计"][1:4], "表4 2018 vs 表3")
    g = c.grab(r"新增贷款笔数增加(\d+)笔，增长([\d.]+)%；贷款金额增加([\d.]+)万元，增长([\d.]+)%；贴息资金支出增长([\d.]+)%")
    c.ok(D(g[0]) == dec(y["2018年"][1]) - dec(y["2017年"][1]), "笔数增加")
    c.near(g[1], (dec(y["2018年"][1]) / dec(y["2017年"][1]) - 1) * 100, "笔数增长率")
    c.near(g[2], dec(y["2018年"][2]) - dec(y["2017年"][2]), "金额增加")
    c.near(g[3], (dec(y["2018年"][2]) / dec(y["2017年"][2]) - 1) * 100, "金额增长率")
    c.near(g[4], (dec(y["2018年"][3]) / dec(y["2017年"][3]) - 1) * 100, "贴息增长率")
    g = c.grab(r"全年分(\d+)批次拨付贴息资金，其中(\d+)批次在规定时限内拨付，按季拨付及时率([\d.]+)%")
    c.rate(g[2], g[1], g[0], "及时率")
    g = c.grab(r"新增发放创业担保贷款(\d+)笔、([\d.]+)万元，分别完成年度目标的([\d.]+)%和([\d.]+)%；平均单笔贷款([\d.]+)万元")
    c.ok(g[0] == p["合计"][1] and g[1] == p["合计"][2], "section 四 vs 表3")
    c.near(g[2], D(g[0]) / 2200 * 100, "笔数完成率")
    c.near(g[3], dec(g[1]) / 22000 * 100, "金额完成率")
    c.near(g[4], dec(g[1]) / D(g[0]), "平均单笔")
    g = c.grab(r"扶持创业(\d+)人，带动就业(\d+)人，平均每笔贷款带动就业([\d.]+)人")
    c.ok(g[0] == p["合计"][1] and g[1] == y["2018年"][4], "扶持/带动 vs tables")
    c.near(g[2], D(g[1]) / D(g[0]), "每笔带动")
    g = c.grab(r"贷款余额([\d,.]+)万元，较2017年末的([\d,.]+)万元增长([\d.]+)%；逾期贷款([\d.]+)万元，逾期率([\d.]+)%；担保基金余额([\d,.]+)万元，放大倍数([\d.]+)倍")
    c.near(g[2], (dec(g[0]) / dec(g[1]) - 1) * 100, "余额增长率")
    c.rate(g[4], g[3], g[0], "逾期率")
    c.near(g[6], dec(g[0]) / dec(g[5]), "放大倍数")
    g = c.grab(r"对(\d+)名贷款创业者开展问卷调查，满意(\d+)人，满意度([\d.]+)%")
    c.rate(g[2], g[1], g[0], "满意度")
    h, rows = c.table("表5  2018年度项目支出绩效自评表")
    data = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    sw, ss = check_score_rows(c, data, 3, 4, 5, 6, "表5")
    c.ok(sw == dec(tot[5]) == 100, f"表5 weights add to {sw}")
    c.ok(ss == dec(tot[6]), f"表5 scores add to {ss}, stated {tot[6]}")
    c.ok(data[0][4] == m["合计"][5] + "%", "表5 执行率 vs 表1")
    g = c.grab(r"自评得分([\d.]+)分，评价等级为(.)")
    c.ok(g[0] == tot[6] and g[1] == grade(dec(g[0])), f"total/grade {g}")


# ============================================================================ 包头 2024
def baotou(c):
    yr = 2024
    g = c.grab(r"项目年初预算([\d.]+)万元，年内未调整，其中自治区市场监管专项补助资金([\d.]+)万元（内财建〔2023〕1486号，(\d{4})年(\d+)月提前下达），市级财政资金([\d.]+)万元。资金全部到位。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    c.total(g[0], [g[1], g[4]], "年初 parts")
    c.ok(int(g[2]) == yr or (int(g[2]) == yr - 1 and int(g[3]) == 12), "自治区 advance date")
    c.rate(g[6], g[5], g[0], "执行率")
    c.near(g[7], dec(g[0]) - dec(g[5]), "结余")
    h, rows = c.table("表1  资金来源及执行情况")
    m = rowmap(rows)
    for k, r in m.items():
        c.ok(r[1] == r[2], f"表1 {k} 年初 = 全年 (年内未调整)")
        c.rate(r[4], r[3], r[2], f"表1 {k} 执行率")
    for j in (1, 2, 3):
        c.total(m["合计"][j], [r[j] for k, r in m.items() if k != "合计"], f"表1 合计 {h[j]}")
    c.ok([m["合计"][2], m["合计"][3], m["合计"][4]] == [g[0], g[5], g[6]], "表1 vs text")
    h, rows = c.table("表2  支出经济分类明细")
    e = rowmap(rows)
    for j in (1, 2):
        c.total(e["合计"][j], [r[j] for k, r in e.items() if k != "合计"], f"表2 合计 {h[j]}")
    c.near(m["合计"][2], dec(e["合计"][1]) / 10000, "表2 元 预算 vs 表1")
    c.near(m["合计"][3], dec(e["合计"][2]) / 10000, "表2 元 支出 vs 表1")
    g = c.grab(r"全年受理检定任务(\d+)批次，按期完成(\d+)批次，检定完成及时率([\d.]+)%")
    c.rate(g[2], g[1], g[0], "及时率")
    h, rows = c.table("表3  2022—2024年度免费强制检定数量")
    y = rowmap(rows)
    for j in (1, 2, 3):
        c.total(y["合计"][j], [r[j] for k, r in y.items() if k != "合计"], f"表3 合计 {h[j]}")
    g = c.grab(r"2024年检定(\d+)台件，较2023年增加(\d+)台件，增长([\d.]+)%（2023年较2022年增长([\d.]+)%），完成年度目标的([\d.]+)%")
    c.ok(g[0] == y["合计"][3], "检定量 vs 表3")
    c.ok(D(g[1]) == dec(y["合计"][3]) - dec(y["合计"][2]), "增加量")
    c.near(g[2], (dec(y["合计"][3]) / dec(y["合计"][2]) - 1) * 100, "2024 增长率")
    c.near(g[3], (dec(y["合计"][2]) / dec(y["合计"][1]) - 1) * 100, "2023 增长率")
    c.near(g[4], D(g[0]) / 32000 * 100, "完成率")
    g2 = c.grab(r"单台件检定成本([\d.]+)元。")
    c.near(g2, dec(m["合计"][3]) * 10000 / D(g[0]), "单台件成本")
    g = c.grab(r"对(\d+)台件检定结果进行复核，(\d+)台件结果准确，准确率([\d.]+)%")
    c.rate(g[2], g[1], g[0], "准确率")
    g = c.grab(r"对(\d+)台件在用器具开展监督抽查，合格(\d+)台件，抽查合格率([\d.]+)%")
    c.rate(g[2], g[1], g[0], "抽查合格率")
    g = c.grab(r"发放问卷(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    c.rate(g[2], g[1], g[0], "满意度")
    h, rows = c.table("表4  2024年度项目支出绩效自评表")
    data = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"][0]
    sw, ss = check_score_rows(c, data, 3, 4, 5, 6, "表4")
    c.ok(sw == dec(tot[1]) == 100, f"表4 weights add to {sw}, stated {tot[1]}")
    c.ok(ss == dec(tot[2]), f"表4 scores add to {ss}, stated {tot[2]}")
    d = {r[2]: r for r in data}
    c.ok(data[0][4] == m["合计"][4] + "%", "表4 执行率 vs 表1")
    c.ok(d["免费强制检定民生计量器具数量"][4] == y["合计"][3] + "台件", "检定量 vs 表3")
    g = c.grab(r"项目自评得分([\d.]+)分，评价等级为(.)")
    c.ok(g[0] == tot[2], "text total vs 表4")
    c.ok(g[1] == grade(dec(g[0])), f"grade {g[1]} for {g[0]}")


CHECKS = {
    "hanzhong-health-2022": hanzhong,
    "anshun-sports-2023": anshun,
    "xiangyang-surveying-2020": xiangyang,
    "huaian-waterway-2021": huaian,
    "qujing-loansubsidy-2018": qujing,
    "baotou-metrology-2024": baotou,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def edit_regions(clean, case):
    """Changed lines between clean and case as (line_no, removed, inserted) after stripping the
    common prefix/suffix of each changed line."""
    a, b = clean.split("\n"), case.split("\n")
    if len(a) != len(b):
        return None
    out = []
    for i, (x, y) in enumerate(zip(a, b)):
        if x == y:
            continue
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[len(x) - 1 - s] == y[len(y) - 1 - s]:
            s += 1
        out.append((i, x[p:len(x) - s], y[p:len(y) - s]))
    return out


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    code_projects = {}
    n_checks = 0
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = read(name)
        clean = read(f"{src}-clean.txt")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expectations")
            c = Ctx(name, text)
            run(c, CHECKS[src])
            n_checks += c.n
            if not 2500 <= len(text) <= 6000:
                problems.append(f"{name}: length {len(text)} outside 2500–6000")
            for f in c.fails:
                problems.append(f"{name}: {f}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected must hold exactly one error")
        for exp in rec["expected"]:
            code, value = exp["code"], exp["value"]
            if code not in NUMERIC_CODES or exp["severity"] != "error":
                problems.append(f"{name}: code {code}/{exp['severity']} not a numeric error code")
            code_projects.setdefault(code, set()).add(src)
            if text.count(value) != 1:
                problems.append(f"{name}: value occurs {text.count(value)} times in the case: {value!r}")
            if value in clean:
                problems.append(f"{name}: value occurs in the clean draft: {value!r}")
        regions = edit_regions(clean, text)
        if not regions:
            problems.append(f"{name}: no single-line edit found (line count changed or identical)")
        else:
            if len(regions) > 2 or (len(regions) == 2 and (regions[1][0] - regions[0][0] != 1 or
                                                            rec["expected"][0]["code"] not in SCORE_CODES)):
                problems.append(f"{name}: edits on lines {[r[0] for r in regions]} (one line, or two adjacent score rows)")
            for ln, old, new in regions:
                if max(len(old), len(new)) > 16:
                    problems.append(f"{name}: edit on line {ln + 1} too long: {old!r} -> {new!r}")
            # the value must cover the edited text
            start = text.find(rec["expected"][0]["value"])
            end = start + len(rec["expected"][0]["value"])
            lines = text.split("\n")
            offs = [0]
            for ln in lines:
                offs.append(offs[-1] + len(ln) + 1)
            ln, old, new = regions[-1] if rec["expected"][0]["code"] == "score_exceeds_weight" else regions[0]
            b = clean.split("\n")[ln]
            p = 0
            while p < len(b) and p < len(lines[ln]) and b[p] == lines[ln][p]:
                p += 1
            pos = offs[ln] + p
            if not (start <= pos < end or (not new and start <= pos <= end)):
                problems.append(f"{name}: value does not cover the edit at line {ln + 1}")
        c = Ctx(name, text)
        run(c, CHECKS[src])
        if not c.fails:
            problems.append(f"{name}: the injected error is not caught by any arithmetic check")
    for code in sorted(NUMERIC_CODES):
        ps = code_projects.get(code, set())
        if len(ps) < 2:
            problems.append(f"code {code} used in {len(ps)} project(s), need at least 2")
    counts = {}
    for rec in labels:
        for exp in rec["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
    if problems:
        print("\n".join(problems))
        print(f"FAILED ({len(problems)} problems)")
        return 1
    print(f"{len(labels)} cases, {sum(1 for r in labels if r['clean'])} clean; {n_checks} arithmetic checks passed on the clean drafts")
    print("codes: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
