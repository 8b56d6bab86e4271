#!/usr/bin/env python3
"""Verify this labelled set (standard library only, decimal arithmetic).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps an occurrence of the label value; a changed amount/rate occurs only once in the
   clean draft (twice or more for conflicting_values); every error code is used at least twice;
2. the arithmetic of every draft is redone from the figures as written (rules.md §5-§8): all checks
   pass on the clean drafts; on each error case the labelled code fails and no other error-level code
   fails (score_rule_mismatch is a warning and is only reported).
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]


# ---------------------------------------------------------------- number helpers
def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    return D(s.strip().replace(",", "").rstrip("%"))


def close(stated, computed):
    """stated (string as written) is consistent with computed within half a unit of its last digit."""
    return abs(D(computed) - num(stated)) <= D("0.5") * D(10) ** (-places(stated)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class PatternError(Exception):
    pass


class Getter:
    """g(name) -> the string captured by pattern `name`; the pattern must match exactly once."""

    def __init__(self, text, pats):
        self.text, self.pats = text, pats

    def __call__(self, name):
        spec = self.pats[name]
        regex, grp = (spec, 1) if isinstance(spec, str) else spec
        ms = list(re.finditer(regex, self.text))
        if len(ms) != 1:
            raise PatternError(f"pattern {name!r} matched {len(ms)} times")
        return ms[0].group(grp)

    def n(self, name):
        return num(self(name))


# ---------------------------------------------------------------- indicator table
LEVEL1 = ("产出指标", "效益指标", "满意度指标")
VAL_RE = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=)?\s*(-?[\d.]+)\s*(.*)$")
GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def parse_val(s):
    s = s.strip()
    m = VAL_RE.match(s)
    if not m:
        return None
    sign, n, unit = m.groups()
    d = "gte" if sign in ("≥", "＞＝", ">=") else "lte" if sign in ("≤", "＜＝", "<=") else "eq"
    return d, D(n), unit.strip()


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def completion(d, t, a):
    if d == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def rule_score(d, t, a, w):
    if d == "lte":
        return w if a <= t else w * t / a
    if t == 0:
        return w if a <= 0 else D(0)
    return w * min(D(1), max(a, D(0)) / t)


def table_rows(text):
    rows = []
    for line in text.split("\n"):
        f = line.split("\t")
        if f[0] in LEVEL1 and len(f) >= 7:
            rows.append(f)
    return rows


def table_checks(g, cfg, fails, warns):
    """Generic checks of the indicator table plus the execution line above it."""
    rows = table_rows(g.text)
    if len(rows) != cfg["rows"]:
        raise PatternError(f"indicator table has {len(rows)} rows, expected {cfg['rows']}")
    ti, ai, ci, wi, si = cfg["target"], cfg["actual"], cfg.get("completion"), cfg["weight"], cfg["score"]
    ew, es = g.n(cfg["exec_weight"]), g(cfg["exec_score"])
    # weights
    wsum = sum(num(r[wi]) for r in rows)
    if wsum + ew != 100:
        fails.append(("weight_sum_mismatch", f"weights {wsum} + {ew} != 100"))
    if cfg.get("perf_weight") and wsum != g.n(cfg["perf_weight"]):
        fails.append(("weight_sum_mismatch", f"indicator weights {wsum} != {g(cfg['perf_weight'])}"))
    for name in cfg.get("weight_totals", []):
        if g.n(name) != wsum + ew:
            fails.append(("weight_sum_mismatch", f"stated total weight {g(name)} != {wsum + ew}"))
    # scores
    if not (0 <= num(es) <= ew):
        fails.append(("score_exceeds_weight", f"execution score {es} vs weight {ew}"))
    for r in rows:
        if not (0 <= num(r[si]) <= num(r[wi])):
            fails.append(("score_exceeds_weight", f"{r[2]}: score {r[si]} > weight {r[wi]}"))
    ssum = sum(num(r[si]) for r in rows) + num(es)
    for name in cfg["totals"]:
        if not close(g(name), ssum):
            fails.append(("score_sum_mismatch", f"stated total {g(name)} != sum {ssum}"))
    # grade
    total = g(cfg["totals"][0])
    if GRADES.get(g(cfg["grade"])) != band(num(total)):
        fails.append(("grade_mismatch", f"grade {g(cfg['grade'])} for total {total}"))
    # rows: units, completion, plausibility, scoring rule
    for r in rows:
        name, tv, av, w, s = r[2], parse_val(r[ti]), parse_val(r[ai]), num(r[wi]), num(r[si])
        if tv is None:                      # qualitative indicator
            lo = {"达成": D("0.8"), "部分达成": D("0.6")}.get(r[ai].strip())
            if lo is None or not (w * lo <= s <= w):
                warns.append(("score_rule_mismatch", f"{name}: qualitative score {s} of {w}"))
            continue
        if av is None:
            fails.append(("unit_mismatch", f"{name}: numeric target, non-numeric actual {r[ai]}"))
            continue
        d, t, tu = tv
        _, a, au = av
        if tu != au:
            fails.append(("unit_mismatch", f"{name}: target unit {tu!r} vs actual unit {au!r}"))
            continue
        if au == "%" and any(k in name for k in ("满意度", "率", "占比", "比例")) and a > 100:
            fails.append(("implausible_rate", f"{name}: {r[ai]} above 100%"))
        if ci is not None and r[ci].strip() not in ("—", ""):
            if not close(r[ci], completion(d, t, a)):
                fails.append(("completion_mismatch", f"{name}: stated {r[ci]}, computed {completion(d, t, a):.4f}"))
        if not close(r[si], rule_score(d, t, a, w)):
            warns.append(("score_rule_mismatch", f"{name}: score {r[si]}, rule gives {rule_score(d, t, a, w):.4f}"))


def exec_score_rule(g, w, score, rate_str, spent, budget, warns):
    r = spent / budget
    ok = close(score, w * min(D(1), r)) or close(score, w * min(D(1), num(rate_str) / 100))
    if not ok:
        warns.append(("score_rule_mismatch", f"execution score {score} vs {w} x {r:.6f}"))


def funds_row(g, name, fails, base_col, exec_col, rate_col):
    """A funds-table row: a rate on a zero base must be '—' (or 0); otherwise rate = exec / base."""
    base, spent, rate = g.n(base_col), g.n(exec_col), g(rate_col)
    if base == 0:
        if rate.strip() not in ("—", "-", "0", "0.00%", "0%"):
            fails.append(("implausible_rate", f"{name}: rate {rate} on a zero base"))
        return
    if not re.fullmatch(r"-?[\d.]+%?", rate.strip()):
        return                              # no rate printed for a non-zero base: nothing to compare
    if not close(rate, spent / base * 100):
        fails.append(("rate_mismatch", f"{name}: rate {rate} vs {spent / base * 100:.4f}"))
    if num(rate) > 100:
        fails.append(("implausible_rate", f"{name}: rate {rate} above 100%"))


# ---------------------------------------------------------------- per-project checks
def chk(fails, code, ok, desc):
    if not ok:
        fails.append((code, desc))


def p_dongxiang(g, fails, warns):
    Y = int(g("year"))
    chk(fails, "sum_mismatch", g.n("stu") == g.n("stu1") + g.n("stu2"), "students 小学+初中")
    chk(fails, "sum_mismatch", g.n("sch") == g.n("sch_c") + g.n("sch_e"), "schools 食堂+配餐")
    chk(fails, "rate_mismatch", close(g("canteen_share"), g.n("sch_c") / g.n("sch") * 100), "食堂供餐比例")
    chk(fails, "sum_mismatch", g.n("per") == g.n("std") * g.n("days"), "per-student-year = 元/天 x 天")
    chk(fails, "sum_mismatch", close(g("init"), g.n("init_c") + g.n("prov") + g.n("cty")), "年初预算 parts")
    chk(fails, "sum_mismatch", close(g("cur"), g.n("init") + g.n("add")), "当年拨款 = 年初 + 追加")
    chk(fails, "sum_mismatch", close(g("tot"), g.n("cur") + g.n("carry")), "全年预算 = 当年 + 结转")
    chk(fails, "sum_mismatch", close(g("prov"), g.n("new") + g.n("equip")), "食堂建设 = 新建 + 设备")
    chk(fails, "sum_mismatch", (g.n("init_c") + g.n("add")) * 10000 == g.n("stu") * g.n("per"),
        "中央膳食补助 = 学生 x 800元")
    chk(fails, "sum_mismatch", close(g("spent"), g.n("sp_m") + g.n("sp_c") + g.n("sp_w")), "支出 parts")
    chk(fails, "conflicting_values", g.n("sp_w") == g.n("cty"), "工勤人员补助 budget = paid")
    chk(fails, "conflicting_values", g.n("carry") == g.n("carry2") == g.n("carry3"), "上年结转 mentions")
    chk(fails, "balance_mismatch", close(g("rest_m"), g.n("init_c") + g.n("add") - g.n("sp_m")), "膳食补助 rest")
    chk(fails, "balance_mismatch", close(g("cf"), g.n("prov") + g.n("carry") - g.n("sp_c")), "食堂建设 carry-forward")
    chk(fails, "conflicting_values", g.n("rest_m") == g.n("rest_m2"), "收回 13.36 mentions")
    chk(fails, "rate_mismatch", close(g("rate"), g.n("spent") / g.n("tot") * 100), "执行率")
    chk(fails, "implausible_rate", g.n("rate") <= 100 and g.n("dw") <= 100, "rates <= 100")
    chk(fails, "year_mismatch", int(g("cfy")) > Y, "carry-forward year after the evaluation year")
    chk(fails, "year_mismatch", int(g("datey")) > Y, "report dated after the budget year")
    chk(fails, "conflicting_values", g("stu") == g("t_stu"), "students text = table")
    chk(fails, "conflicting_values", g("insp") == g("t_insp"), "抽检合格率 text = table")
    chk(fails, "conflicting_values", g("phys") == g("t_phys"), "达标率 text = table")
    chk(fails, "conflicting_values", g("new_n") == g("new_n2"), "新建食堂 count text = table")
    exec_score_rule(g, g.n("ew"), g("escore"), g("rate"), g.n("spent"), g.n("tot"), warns)
    chk(fails, "conflicting_values", g("g_new") == g("new_n") and g("p_done") == g("t_done")
        and g.n("new_n") - g.n("p_done") == g.n("p_late") and g("std2") == g("std") and g("p_stu") == g("stu"),
        "restated figures")
    table_checks(g, dict(rows=9, target=3, actual=4, weight=5, score=6, exec_weight="ew",
                         exec_score="escore", totals=["total", "total2"], grade="grade",
                         weight_totals=["wtotal"]), fails, warns)


P_DONGXIANG = {
    "year": r"\n(\d{4})年度农村义务教育学生营养改善计划项目支出绩效自评报告",
    "stu": r"享受膳食补助的学生共(\d+)人",
    "stu1": r"小学生和初中生分别为(\d+)人、",
    "stu2": r"小学生和初中生分别为\d+人、(\d+)人",
    "sch": r"2018年全县(\d+)所农村义务教育学校全部开展供餐",
    "sch_c": r"学校食堂供餐(\d+)所",
    "sch_e": r"企业（团体）配餐(\d+)所",
    "canteen_share": r"食堂供餐比例提高到([\d.]+)%左右",
    "std": r"补助标准为每生每天(\d+)元",
    "days": r"全年按在校(\d+)天测算",
    "per": r"折合每生每年(\d+)元",
    "init": r"年初预算([\d.]+)万元：",
    "init_c": r"预拨([\d.]+)万元",
    "prov": r"省级食堂建设资金([\d.]+)万元，县级",
    "cty": r"县级工勤人员补助([\d.]+)万元。",
    "add": r"中央追加膳食补助([\d.]+)万元",
    "cur": r"当年财政拨款调整为([\d.]+)万元",
    "carry": r"上年结转的食堂设备购置资金([\d.]+)万元",
    "carry2": r"含上年结转的([\d.]+)万元",
    "carry3": r"全年预算数包含上年结转资金([\d.]+)万元",
    "tot": r"全年预算合计([\d.]+)万元",
    "new": r"新建学校食堂6所安排([\d.]+)万元",
    "new_n": r"新建学校食堂(\d+)所安排",
    "new_n2": r"新建学校食堂\t(\d+)所\t",
    "equip": r"购置厨房设备安排([\d.]+)万元",
    "dw": r"到位率(\d+)%",
    "spent": r"全年实际支出([\d.]+)万元",
    "sp_m": r"其中膳食补助支出([\d.]+)万元",
    "rest_m": r"余下([\d.]+)万元",
    "rest_m2": r"膳食补助收回的([\d.]+)万元",
    "sp_c": r"食堂建设及设备支出([\d.]+)万元",
    "sp_w": r"工勤人员补助([\d.]+)万元已全部发放",
    "cf": r"未完工部分([\d.]+)万元结转至",
    "cfy": r"结转至(\d{4})年继续使用",
    "datey": r"东乡族自治县教育局\n(\d{4})年\d+月\d+日\s*$",
    "rate": r"本年度预算执行率([\d.]+)%",
    "ew": r"预算执行率指标分值(\d+)分",
    "escore": r"得([\d.]+)分；其余指标",
    "total": r"自评得分([\d.]+)分，评价等级",
    "total2": r"合计：分值\d+分，得分([\d.]+)分。",
    "wtotal": r"合计：分值(\d+)分",
    "grade": r"评价等级为“(\S+?)”",
    "insp": r"合格率([\d.]+)%。\n（四）",
    "t_insp": r"食品安全抽检合格率\t≥98%\t([\d.]+%)",
    "phys": r"学生达标率为([\d.]+)%",
    "t_phys": r"学生体质健康标准达标率\t≥90%\t([\d.]+)%",
    "t_stu": r"享受膳食补助学生人数\t≥\d+人\t(\d+)人",
    "g_new": r"补助资金足额拨付到校，新建学校食堂(\d+)所",
    "p_done": r"新建学校食堂完成(\d+)所",
    "p_late": r"完成\d+所，(\d+)所延期",
    "t_done": r"新建学校食堂\t\d+所\t(\d+)所",
    "std2": r"在现有(\d+)元标准内",
    "p_stu": r"享受补助学生(\d+)人，超出",
}
P_DONGXIANG["insp"] = r"合格率([\d.]+%)。\n（四）"


def p_anyuan(g, fails, warns):
    Y = int(g("year"))
    chk(fails, "sum_mismatch", g.n("stu") == g.n("stu1") + g.n("stu2"), "students")
    chk(fails, "sum_mismatch", g.n("sch") == g.n("sch_c") + g.n("sch_r"), "schools")
    chk(fails, "rate_mismatch", close(g("c_rate"), g.n("sch_c") / g.n("sch") * 100), "食堂供餐率")
    chk(fails, "sum_mismatch", g.n("per") == g.n("std") * g.n("days"), "800 = 4 x 200")
    chk(fails, "conflicting_values", g.n("p_stu") == g.n("stu") and g.n("p_per") == g.n("per"), "(35550人x800元)")
    chk(fails, "sum_mismatch", g.n("meal") * 10000 == g.n("stu") * g.n("per"), "膳食补助预算 = 人数 x 800元")
    chk(fails, "sum_mismatch", close(g("init"), g.n("meal") + g.n("wk")), "年初预算 parts")
    chk(fails, "sum_mismatch", close(g("addc"), g.n("new") + g.n("ren")), "食堂改造 parts")
    chk(fails, "sum_mismatch", g.n("new_n") + g.n("ren_n") == g.n("t_bld"), "新建4 + 改造7 = 11所")
    chk(fails, "sum_mismatch", close(g("tot"), g.n("init") + g.n("addc")), "全年预算")
    chk(fails, "sum_mismatch", g.n("dact") == g.n("spring") + g.n("autumn"), "供餐天数")
    chk(fails, "balance_mismatch", g.n("less") == g.n("days") - g.n("dact"), "少供餐天数")
    chk(fails, "sum_mismatch", g.n("paid") * 10000 == g.n("stu") * g.n("std") * g.n("dact"), "发放 = 人数 x 4元 x 天")
    chk(fails, "unit_mismatch", g("paid_unit") == "万元", "发放 amount unit")
    chk(fails, "sum_mismatch", close(g("spent"), g.n("paid") + g.n("addc") + g.n("wk")), "支出 parts")
    chk(fails, "balance_mismatch", close(g("bal"), g.n("meal") - g.n("paid")), "膳食补助结余")
    chk(fails, "year_mismatch", int(g("cfy")) > Y and int(g("cfy2")) > Y, "carry-forward year")
    chk(fails, "year_mismatch", int(g("datey")) > Y and int(g("last_y")) == Y - 1, "dates")
    chk(fails, "rate_mismatch", g.n("dwl") == 100, "到位率100%")
    # funds table
    for row in ("tt", "cu"):
        chk(fails, "conflicting_values", g(row + "_i") == g("init") and g(row + "_a") == g("tot")
            and g(row + "_e") == g("spent"), f"funds row {row} vs text")
        funds_row(g, row, fails, row + "_a", row + "_e", row + "_r")
    for row in ("ca", "ot"):
        chk(fails, "sum_mismatch", g.n(row + "_i") == 0 and g.n(row + "_a") == 0 and g.n(row + "_e") == 0, row)
        funds_row(g, row, fails, row + "_a", row + "_e", row + "_r")
    chk(fails, "conflicting_values", g("erate") == g("tt_r").rstrip("%"), "执行率 line = table")
    exec_score_rule(g, g.n("ew"), g("escore"), g("erate"), g.n("spent"), g.n("tot"), warns)
    # text vs table
    chk(fails, "conflicting_values", g("sat") == g("t_sat"), "家长满意度 text = table")
    chk(fails, "conflicting_values", g("know") == g("t_know"), "知晓率 text = table")
    chk(fails, "conflicting_values", g("stu") == g("t_stu"), "students text = table")
    chk(fails, "completion_mismatch", close(g("p_comp"), g.n("t_stu") / g.n("t_stu_t") * 100), "完成目标的%")
    chk(fails, "conflicting_values", g("t_days_a") == g("dact") and g("t_days_t") == g("days"), "days text = table")
    chk(fails, "conflicting_values", g("r_addc") == g("addc") and g("r_wk") == g("wk") and g("p_stu2") == g("stu")
        and g.n("inv") == g.n("addc") and g("g_stu") == g("t_stu_t") and g("g_days") == g("days") == g("p_days")
        and g("g_bld") == g("t_bld") == g("p_bld") == g("p_bld2") and g("g_sat") == g("t_sat_t"), "restated figures")
    chk(fails, "sum_mismatch", g.n("fam") == 2 * g.n("per"), "two students x 800元")
    table_checks(g, dict(rows=8, target=3, actual=4, completion=5, weight=6, score=7, exec_weight="ew",
                         exec_score="escore", totals=["total", "total2"], grade="grade",
                         weight_totals=["wtotal"]), fails, warns)


def _frow(prefix, label):
    sep = r"\t([\d.]+)"
    return {prefix + "_i": (label + sep * 3 + r"\t(\S+)", 1), prefix + "_a": (label + sep * 3 + r"\t(\S+)", 2),
            prefix + "_e": (label + sep * 3 + r"\t(\S+)", 3), prefix + "_r": (label + sep * 3 + r"\t(\S+)", 4)}


P_ANYUAN = {
    "year": r"^安远县教育局(\d{4})年度",
    "stu": r"纳入补助范围的学生(\d+)人",
    "stu1": r"其中小学(\d+)人",
    "stu2": r"、初中(\d+)人（\d{4}年",
    "last_y": r"、初中\d+人（(\d{4})年为\d+人）",
    "sch": r"全县(\d+)所农村义务教育学校（含教学点）",
    "sch_c": r"其中(\d+)所由学校食堂自主供餐",
    "sch_r": r"其余(\d+)所教学点",
    "c_rate": r"食堂供餐率([\d.]+)%",
    "std": r"膳食补助标准为每生每天(\d+)元",
    "days": r"按全年(\d+)个在校日测算",
    "per": r"每生每年(\d+)元。",
    "init": r"年初预算([\d.]+)万元，其中",
    "meal": r"中央膳食补助([\d.]+)万元（",
    "p_stu": r"（(\d+)人×\d+元）",
    "p_per": r"（\d+人×(\d+)元）",
    "wk": r"县级食堂工勤人员补助([\d.]+)万元。",
    "addc": r"学校食堂改造资金([\d.]+)万元，其中",
    "new": r"新建食堂4所([\d.]+)万元",
    "new_n": r"新建食堂(\d+)所[\d.]+万元",
    "ren": r"改造食堂7所([\d.]+)万元",
    "ren_n": r"改造食堂(\d+)所[\d.]+万元",
    "t_bld": r"新建及改造学校食堂\t(\d+)所\t",
    "tot": r"调整后全年预算([\d.]+)万元",
    "dwl": r"资金到位率(\d+)%",
    "dact": r"全年实际供餐(\d+)天",
    "spring": r"其中春季学期(\d+)天",
    "autumn": r"秋季学期(\d+)天",
    "less": r"因少供餐(\d+)天",
    "paid": r"全年发放膳食补助([\d.]+)(?:万元|元)",
    "paid_unit": r"全年发放膳食补助[\d.]+(万元|元)",
    "spent": r"全年共支出([\d.]+)万元",
    "bal": r"膳食补助结余([\d.]+)万元",
    "cfy": r"结转至(\d{4})年，用于",
    "cfy2": r"结转至\d{4}年，用于(\d{4})年春季学期",
    "datey": r"安远县教育局\n(\d{4})年\d+月\d+日\s*$",
    **_frow("tt", r"年度资金总额"), **_frow("cu", r"其中：当年财政拨款"),
    **_frow("ca", r"上年结转资金"), **_frow("ot", r"其他资金"),
    "ew": r"预算执行率分值(\d+)分",
    "erate": r"预算执行率分值\d+分，执行率([\d.]+)%",
    "escore": r"得([\d.]+)分；产出",
    "total": r"本项目自评得分([\d.]+)分",
    "total2": r"\n合计\t+\d+\t([\d.]+)",
    "wtotal": r"\n合计\t+(\d+)\t[\d.]+",
    "grade": r"自评得分[\d.]+分，等级为(\S)。",
    "sat": r"家长满意度达到([\d.]+%)。",
    "t_sat": r"家长满意度\t≥90%\t([\d.]+%)",
    "know": r"知晓率达到([\d.]+%)",
    "t_know": r"学生营养知识知晓率\t≥85%\t([\d.]+%)",
    "t_stu": r"享受膳食补助学生人数\t≥\d+人\t(\d+)人",
    "t_stu_t": r"享受膳食补助学生人数\t≥(\d+)人",
    "p_comp": r"完成目标的([\d.]+)%",
    "t_days_a": r"全年供餐天数\t≥\d+天\t(\d+)天",
    "t_days_t": r"全年供餐天数\t≥(\d+)天",
    "r_addc": r"食堂改造资金([\d.]+)万元和工勤",
    "r_wk": r"工勤人员补助([\d.]+)万元全部支出",
    "p_stu2": r"全年受益学生(\d+)人，完成目标",
    "inv": r"总投资(\d+)万元的",
    "g_stu": r"受益学生不少于(\d+)人",
    "g_days": r"全年供餐不少于(\d+)天",
    "p_days": r"供餐天数未达到(\d+)天",
    "g_bld": r"新建和改造学校食堂(\d+)所",
    "p_bld": r"新建、改造食堂(\d+)所，全部完成",
    "p_bld2": r"万元的(\d+)所学校食堂均在",
    "g_sat": r"家长满意度达到(\d+%)以上",
    "t_sat_t": r"家长满意度\t≥(\d+%)",
    "fam": r"每年节省午餐支出(\d+)元左右",
}


def p_meigu(g, fails, warns):
    Y = int(g("year"))
    chk(fails, "sum_mismatch", g.n("stu") == g.n("stu1") + g.n("stu2"), "students")
    chk(fails, "sum_mismatch", g.n("per") == g.n("std") * g.n("days"), "1000 = 5 x 200")
    chk(fails, "sum_mismatch", g.n("meal") * 10000 == g.n("stu") * g.n("per"), "膳食补助 = 人数 x 1000元")
    chk(fails, "conflicting_values", g("c_stu") == g("stu") and g("c_std") == g("std") and g("c_days") == g("days")
        and g("c_meal") == g("meal"), "完成情况 restatement of the 测算")
    chk(fails, "sum_mismatch", close(g("init"), g.n("meal") + g.n("prov") + g.n("cty")), "年初预算 parts")
    chk(fails, "sum_mismatch", g.n("prov") == g.n("ppl") * g.n("ppl_r"), "工勤 = 172人 x 2.4万元")
    chk(fails, "sum_mismatch", close(g("add"), g.n("new") + g.n("ren")), "食堂建设 parts")
    chk(fails, "sum_mismatch", g.n("new_n") + g.n("ren_n") == g.n("t_bld"), "8 + 5 = 13所")
    chk(fails, "sum_mismatch", close(g("fin"), g.n("init") + g.n("add")), "财政资金全年预算")
    chk(fails, "sum_mismatch", close(g("fexec"), g.n("e_meal") + g.n("e_bld") + g.n("e_wk")), "财政执行 parts")
    chk(fails, "balance_mismatch", close(g("bal_m"), g.n("meal") - g.n("e_meal")), "膳食补助结余")
    chk(fails, "balance_mismatch", close(g("cf"), g.n("add") - g.n("e_bld")), "食堂建设结转")
    chk(fails, "balance_mismatch", close(g("don_rest"), g.n("don") - g.n("don_paid")), "捐赠余额")
    chk(fails, "year_mismatch", int(g("asof")) == Y, "截至 evaluation year end")
    chk(fails, "year_mismatch", int(g("cfy")) > Y and int(g("datey")) > Y, "carry-forward / report date")
    chk(fails, "year_mismatch", int(g("std_y")) == Y - 1 and int(g("last_y")) == Y - 1 and int(g("period")) == Y,
        "2021 look-alikes / 实施周期")
    chk(fails, "average_mismatch", close(g("avg_new"), g.n("new") / g.n("new_n")), "平均每所")
    chk(fails, "conflicting_values", g("f_i") == g("init") and g("f_a") == g("fin") and g("f_e") == g("fexec"),
        "财政资金 row vs text")
    chk(fails, "conflicting_values", g("o_a") == g("don") and g("o_e") == g("don_paid") and g.n("o_i") == 0,
        "其他资金 row vs text")
    for col in ("_i", "_a", "_e"):
        chk(fails, "sum_mismatch", close(g("t" + col), sum(g.n(p + col) for p in ("f", "s", "u", "o"))),
            "合计 column " + col)
    for p in ("f", "s", "u", "o", "t"):
        funds_row(g, p, fails, p + "_a", p + "_e", p + "_r")
    chk(fails, "rate_mismatch", abs(g.n("t_e") / g.n("t_a") * 100 - g.n("approx")) <= D("0.5")
        and abs(g.n("don_paid") / g.n("don") * 100 - g.n("don_approx")) <= D("0.5"), "approximate rates")
    chk(fails, "weight_sum_mismatch", g.n("w_exec") == g.n("ew") and g.n("w_exec") + g.n("w_perf") == 100,
        "10 + 90 structure")
    exec_score_rule(g, g.n("ew"), g("escore"), g("t_r"), g.n("t_e"), g.n("t_a"), warns)
    chk(fails, "conflicting_values", g("stu") == g("t_stu"), "students text = table")
    chk(fails, "conflicting_values", g("bq") == g("t_bq") and g("pay_days") == g("t_pay") and g("mal") == g("t_mal"),
        "text = table values")
    chk(fails, "conflicting_values", g("cov") == g("t_cov"), "覆盖率 text = table")
    chk(fails, "conflicting_values", g("g_stu") == g("t_stu_t") and g("g_bld") == g("t_bld") and g("g_std") == g("std")
        and g("done") == g("t_done") and g.n("don2") == g.n("don") and g("std_new") == g("std"), "restated figures")
    chk(fails, "balance_mismatch", g.n("t_bld") - g.n("done") == g.n("late"), "1所 not accepted")
    table_checks(g, dict(rows=8, target=3, actual=4, weight=5, score=6, exec_weight="ew",
                         exec_score="escore", totals=["total"], grade="grade", perf_weight="w_perf"),
                 fails, warns)


P_MEIGU = {
    "year": r"^美姑县教育局\n(\d{4})年度",
    "stu": r"全年享受补助的学生(\d+)人",
    "stu1": r"其中小学生(\d+)人",
    "stu2": r"初中生(\d+)人（",
    "last_y": r"初中生\d+人（(\d{4})年为",
    "std_y": r"自(\d{4})年秋季学期起",
    "period": r"项目实施周期为(\d{4})年1月至12月",
    "std": r"按每生每天(\d+)元、全年\d+天计算",
    "days": r"按每生每天\d+元、全年(\d+)天计算",
    "per": r"每生每年补助(\d+)元",
    "c_stu": r"一是受益学生(\d+)人",
    "c_std": r"按\d+人×(\d+)元×\d+天测算",
    "c_days": r"按\d+人×\d+元×(\d+)天测算",
    "c_meal": r"天测算为([\d.]+)万元",
    "init": r"批复年初预算([\d.]+)万元",
    "meal": r"其中中央膳食补助([\d.]+)万元",
    "prov": r"省级工勤人员补助([\d.]+)万元、",
    "cty": r"县级运转经费([\d.]+)万元。",
    "ppl": r"核定的(\d+)名工勤人员",
    "ppl_r": r"每人每年([\d.]+)万元的标准",
    "add": r"学校食堂建设资金([\d.]+)万元，用于",
    "new": r"新建食堂\d+所（([\d.]+)万元）",
    "new_n": r"新建食堂(\d+)所（",
    "ren": r"改扩建食堂\d+所（([\d.]+)万元）",
    "ren_n": r"改扩建食堂(\d+)所（",
    "t_bld": r"新建及改扩建学校食堂\t(\d+)所\t",
    "fin": r"调整后财政资金全年预算([\d.]+)万元",
    "don": r"捐赠厨房设备资金([\d.]+)万元",
    "asof": r"截至(\d{4})年12月31日",
    "fexec": r"财政资金执行([\d.]+)万元",
    "e_meal": r"其中膳食补助([\d.]+)万元、食堂建设",
    "e_bld": r"、食堂建设([\d.]+)万元、",
    "e_wk": r"工勤人员补助及运转经费([\d.]+)万元",
    "bal_m": r"膳食补助结余([\d.]+)万元",
    "cf": r"剩余([\d.]+)万元结转至",
    "cfy": r"万元结转至(\d{4})年",
    "don_paid": r"捐赠资金已支付([\d.]+)万元",
    "don_rest": r"余下([\d.]+)万元待",
    "approx": r"全年预算执行率接近(\d+)%",
    "don_approx": r"年末执行率仅为(\d+)%左右",
    "avg_new": r"新建食堂平均每所(\d+)万元",
    "datey": r"美姑县教育局\n(\d{4})年\d+月\d+日\s*$",
    **_frow("f", r"\n财政资金"), **_frow("s", r"财政专户管理资金"), **_frow("u", r"\n单位资金"),
    **_frow("o", r"其他资金"), **_frow("t", r"\n合计"),
    "w_exec": r"“预算执行情况(\d+)分\+绩效指标\d+分”",
    "w_perf": r"“预算执行情况\d+分\+绩效指标(\d+)分”",
    "ew": r"其中预算执行情况分值(\d+)分",
    "escore": r"按合计执行率计得([\d.]+)分",
    "total": r"本项目总分([\d.]+)分",
    "grade": r"评价等级为(\S)。",
    "t_stu": r"受益学生人数\t≥\d+人\t(\d+)人",
    "bq": r"B级及以上占比([\d.]+%)；",
    "t_bq": r"B级及以上占比\t≥95%\t([\d.]+%)",
    "pay_days": r"平均在(\d+)天内拨付到校",
    "t_pay": r"拨付时限\t≤30天\t(\d+)天",
    "mal": r"营养不良检出率为([\d.]+%)",
    "t_mal": r"学生营养不良检出率\t≤8%\t([\d.]+%)",
    "cov": r"全部供餐，覆盖率(\d+%)",
    "t_cov": r"供餐学校覆盖率\t100%\t(\d+%)",
    "g_stu": r"受益学生不少于(\d+)人",
    "t_stu_t": r"受益学生人数\t≥(\d+)人",
    "g_bld": r"新建、改扩建学校食堂(\d+)所；",
    "g_std": r"足额落实每生每天(\d+)元的膳食补助",
    "std_new": r"由每生每天\d+元提高到(\d+)元",
    "done": r"新建、改扩建学校食堂完成(\d+)所",
    "late": r"完成\d+所，(\d+)所因雨季",
    "t_done": r"新建及改扩建学校食堂\t\d+所\t(\d+)所",
    "don2": r"捐赠资金（(\d+)万元）",
}


def p_baihe(g, fails, warns):
    Y = int(g("year"))
    chk(fails, "sum_mismatch", g.n("stu") == g.n("stu1") + g.n("stu2"), "students")
    chk(fails, "balance_mismatch", g.n("last") - g.n("stu") == g.n("drop"), "比上年减少")
    chk(fails, "year_mismatch", int(g("last_y")) == Y - 1 and int(g("datey")) > Y and int(g("budget_y")) == Y + 1,
        "years")
    chk(fails, "sum_mismatch", g.n("per") == g.n("std") * g.n("days"), "1000 = 5 x 200")
    chk(fails, "sum_mismatch", g.n("meal") * 10000 == g.n("stu") * g.n("per"), "膳食补助 = 人数 x 1000元")
    chk(fails, "sum_mismatch", g.n("wk") == g.n("wk_n") * g.n("wk_r"), "工勤 = 105人 x 1.2万元")
    chk(fails, "sum_mismatch", close(g("tot"), g.n("meal") + g.n("wk") + g.n("cty") + g.n("eqp")), "全年预算 parts")
    chk(fails, "sum_mismatch", close(g("cty"), g.n("cty_in") + g.n("cty_out")), "县级 到位 + 未到位")
    chk(fails, "sum_mismatch", close(g("rec"), g.n("tot") - g.n("cty_out")), "到位资金")
    chk(fails, "rate_mismatch", close(g("drate"), g.n("rec") / g.n("tot") * 100), "到位率")
    chk(fails, "sum_mismatch", close(g("spent"), g.n("s_meal") + g.n("s_wk") + g.n("s_cty") + g.n("s_eqp")),
        "支出 parts")
    chk(fails, "conflicting_values", g("s_wk") == g("wk") and g("s_eqp") == g("eqp"), "fully spent parts")
    chk(fails, "implausible_rate", g.n("s_cty") <= g.n("cty_in") and g.n("s_meal") <= g.n("meal"), "spent <= received")
    chk(fails, "balance_mismatch", close(g("bal"), g.n("rec") - g.n("spent")), "结余 = 到位 - 支出")
    chk(fails, "rate_mismatch", close(g("erate"), g.n("spent") / g.n("tot") * 100), "执行率")
    exec_score_rule(g, g.n("ew"), g("escore"), g("erate"), g.n("spent"), g.n("tot"), warns)
    sats = [g.n("sat1"), g.n("sat2"), g.n("sat3")]
    chk(fails, "average_mismatch", close(g("sat_avg"), sum(sats) / 3), "平均满意度")
    chk(fails, "conflicting_values", (g("sat1"), g("sat2"), g("sat3")) == (g("t_sat1"), g("t_sat2"), g("t_sat3")),
        "满意度 text = table")
    chk(fails, "conflicting_values", g("phys") == g("t_phys") and g("stu") == g("t_stu") and g("sch") == g("t_sch"),
        "text = table")
    chk(fails, "balance_mismatch", close(g("phys_gap"), g.n("t_phys_t") - g.n("phys")), "比目标低")
    chk(fails, "conflicting_values", g("g_stu") == g("t_stu_t") and g("g_sch") == g("sch") == g("p_sch")
        == g("p_sch2") == g("p_sch3") and g("p_stu") == g("stu") and g("g_phys") == g("t_phys_t")
        and g("p_std") == g("std"), "restated figures")
    table_checks(g, dict(rows=10, target=3, actual=4, completion=5, weight=6, score=7, exec_weight="ew",
                         exec_score="escore", totals=["total"], grade="grade"), fails, warns)


P_BAIHE = {
    "year": r"^白河县教育体育局(\d{4})年度",
    "sch": r"(\d+)所农村义务教育学校（含寄宿制学校",
    "t_sch": r"供餐学校数\t(\d+)所\t",
    "stu": r"全年受益学生(\d+)人，分学段",
    "stu1": r"分学段为小学(\d+)人",
    "stu2": r"、初中(\d+)人；",
    "last": r"比\d{4}年的(\d+)人减少",
    "last_y": r"比(\d{4})年的\d+人减少",
    "drop": r"人减少(\d+)人",
    "std": r"每生每天(\d+)元的标准",
    "days": r"按(\d+)个在校日计算",
    "per": r"每生每年(\d+)元，",
    "meal": r"中央膳食补助资金([\d.]+)万元",
    "wk": r"工勤人员工资补助([\d.]+)万元（",
    "wk_n": r"核定工勤人员(\d+)人",
    "wk_r": r"每人每年([\d.]+)万元）",
    "cty": r"县级食堂运转经费([\d.]+)万元，",
    "eqp": r"中央学校食堂设备购置资金([\d.]+)万元",
    "tot": r"全年预算合计([\d.]+)万元",
    "cty_in": r"县级运转经费到位([\d.]+)万元",
    "cty_out": r"另有([\d.]+)万元因县级财力紧张",
    "rec": r"全年到位资金([\d.]+)万元",
    "drate": r"资金到位率([\d.]+)%",
    "spent": r"全年支出([\d.]+)万元，其中",
    "s_meal": r"其中膳食补助([\d.]+)万元、",
    "s_wk": r"工勤人员工资([\d.]+)万元、",
    "s_cty": r"食堂运转([\d.]+)万元、",
    "s_eqp": r"设备购置([\d.]+)万元。",
    "bal": r"年末结余([\d.]+)万元",
    "sat1": r"满意度分别为([\d.]+%)、",
    "sat2": r"满意度分别为[\d.]+%、([\d.]+%)和",
    "sat3": r"和([\d.]+%)，平均",
    "sat_avg": r"平均满意度([\d.]+)%",
    "t_sat1": r"学生满意度\t≥90%\t([\d.]+%)",
    "t_sat2": r"家长满意度\t≥90%\t([\d.]+%)",
    "t_sat3": r"教师满意度\t≥90%\t([\d.]+%)",
    "phys": r"学生体质健康标准合格率为([\d.]+%)",
    "phys_gap": r"比目标低([\d.]+)个百分点",
    "t_phys": r"学生体质健康标准合格率\t≥92%\t([\d.]+%)",
    "t_phys_t": r"学生体质健康标准合格率\t≥([\d.]+)%",
    "t_stu": r"受益学生人数\t≥\d+人\t(\d+)人",
    "ew": r"预算执行率分值(\d+)分",
    "erate": r"全年执行率([\d.]+)%，得",
    "escore": r"全年执行率[\d.]+%，得([\d.]+)分",
    "total": r"本项目自评得分([\d.]+)分",
    "grade": r"评价等级为“(\S+?)”",
    "budget_y": r"列入(\d{4})年预算",
    "datey": r"白河县教育体育局\n(\d{4})年\d+月\s*$",
    "g_stu": r"受益学生不少于(\d+)人",
    "t_stu_t": r"受益学生人数\t≥(\d+)人",
    "g_sch": r"不少于\d+人；(\d+)所学校全部供餐",
    "p_sch": r"受益学生\d+人，(\d+)所学校全部供餐",
    "p_sch2": r"安装完毕，(\d+)所学校食堂",
    "p_sch3": r"年全县(\d+)所农村义务教育学校",
    "p_stu": r"（一）产出目标。受益学生(\d+)人",
    "g_phys": r"合格率达到(\d+)%",
    "p_std": r"膳食补助按(\d+)元/生·天的标准落实",
}


def p_duan(g, fails, warns):
    Y = int(g("year"))
    chk(fails, "year_mismatch", int(g("tab_y")) == Y, "评价年度 in the table")
    chk(fails, "year_mismatch", int(g("adv_y")) == Y - 1 and int(g("adv_y2")) == Y and int(g("self_y")) == Y + 1
        and int(g("cfy")) > Y and int(g("datey")) > Y and int(g("last_y")) == Y - 1 and int(g("cfy2")) == int(g("cfy")),
        "advance / carry-forward / report dates")
    chk(fails, "sum_mismatch", g.n("stu") == g.n("stu1") + g.n("stu2"), "students")
    chk(fails, "sum_mismatch", g.n("per") == g.n("std") * g.n("days"), "1000 = 5 x 200")
    chk(fails, "sum_mismatch", g.n("m_b") * 10000 == g.n("stu") * g.n("per"), "膳食补助 = 人数 x 1000元")
    chk(fails, "sum_mismatch", g.n("w_b") == g.n("wk_n") * g.n("wk_r"), "工勤 = 286人 x 2.4万元")
    chk(fails, "sum_mismatch", close(g("t_b"), g.n("m_b") + g.n("b_b") + g.n("w_b")), "合计 budget")
    chk(fails, "sum_mismatch", close(g("t_s"), g.n("m_s") + g.n("b_s") + g.n("w_s")), "合计 spent")
    chk(fails, "sum_mismatch", close(g("b_b"), g.n("n_b") + g.n("r_b")), "食堂建设 budget parts")
    chk(fails, "sum_mismatch", close(g("b_s"), g.n("n_s") + g.n("r_s")), "食堂建设 spent parts")
    chk(fails, "conflicting_values", g("rec") == g("t_b") and g("w_b") == g("w_s"), "到位 = 预算")
    chk(fails, "rate_mismatch", close(g("rec_r"), g.n("rec") / g.n("t_b") * 100), "到位率")
    chk(fails, "conflicting_values", g("pm_s") == g("m_s"), "膳食补助支出 text = table")
    chk(fails, "rate_mismatch", close(g("pm_r"), g.n("m_s") / g.n("m_b") * 100), "膳食补助执行率")
    chk(fails, "balance_mismatch", close(g("pm_rest"), g.n("m_b") - g.n("m_s")), "膳食补助未支出")
    chk(fails, "balance_mismatch", close(g("cf"), g.n("b_b") - g.n("b_s")), "食堂建设结转")
    chk(fails, "rate_mismatch", close(g("erate"), g.n("t_s") / g.n("t_b") * 100), "预算执行率")
    exec_score_rule(g, g.n("ew"), g("escore"), g("erate"), g.n("t_s"), g.n("t_b"), warns)
    chk(fails, "sum_mismatch", g.n("plan_n") + g.n("plan_r") == g.n("task") == g.n("tgt_task")
        and g.n("done_n") + g.n("plan_r") == g.n("done"), "食堂建设 counts")
    chk(fails, "conflicting_values", g("plan_n") == g("plan_n2") and g("plan_r") == g("plan_r2")
        and g("task") == g("t_task") and g("done") == g("t_done"), "counts text = table")
    chk(fails, "completion_mismatch", close(g("comp"), g.n("done") / g.n("task") * 100), "食堂建设完成率")
    scores = [g.n(f"q{i}") for i in range(1, 6)]
    chk(fails, "average_mismatch", close(g("q_avg"), sum(scores) / 5), "量化评分平均")
    chk(fails, "sum_mismatch", g.n("sch") == g.n("sup") + g.n("sup_r") and g("sch") == g("sch2"), "schools")
    chk(fails, "rate_mismatch", close(g("sup_rate"), g.n("sup") / g.n("sch") * 100), "食堂供餐率")
    chk(fails, "conflicting_values", g("sup_rate") == g("t_sup") and g("know") == g("t_know")
        and g("phys") == g("t_phys") and g("sat") == g("t_sat") and g("insp") == g("t_insp")
        and g("stu") == g("t_stu") and g("tgt_stu") == g("t_tgt_stu"), "text = table")
    chk(fails, "conflicting_values", g("p_stu") == g("stu") and g("p_tgt") == g("tgt_stu") and g.n("wk_p") == g.n("w_b")
        and g("g_insp") + "%" == g("t_insp_t") and g("g_sup") + "%" == g("t_sup_t") and g("g_sat") + "%" == g("t_sat_t")
        and g("p_std") == g("std") and g("sup_r") == g("sup_r2") and g.n("late") == g.n("plan_n") - g.n("done_n")
        and g("pay") + "%" == g("t_pay"), "restated figures")
    table_checks(g, dict(rows=9, target=3, actual=4, weight=5, score=6, exec_weight="ew",
                         exec_score="escore", totals=["total", "total2"], grade="grade",
                         weight_totals=["wtotal"]), fails, warns)


P_DUAN = {
    "year": r"农村义务教育学生营养改善计划(\d{4})年项目支出绩效自评报告",
    "tab_y": r"评价年度\t(\d{4})年度",
    "adv_y": r"(\d{4})年12月，自治区提前下达",
    "adv_y2": r"提前下达(\d{4})年中央膳食补助资金",
    "self_y": r"自评组于(\d{4})年1月至2月",
    "last_y": r"较(\d{4})年略有提高",
    "cfy": r"已结转至(\d{4})年继续使用",
    "cfy2": r"结转资金(\d{4})年6月底前",
    "datey": r"都安瑶族自治县教育局\n(\d{4})年\d+月\s*$",
    "sch": r"项目覆盖全县(\d+)所农村义务教育学校",
    "sch2": r"全县(\d+)所农村义务教育学校中",
    "stu": r"惠及学生(\d+)人",
    "stu1": r"其中小学(\d+)人",
    "stu2": r"、初中(\d+)人。",
    "std": r"按每生每天(\d+)元、",
    "days": r"每年(\d+)天的标准发放",
    "per": r"即每生每年(\d+)元",
    "plan_n": r"计划新建食堂(\d+)所",
    "plan_r": r"、改扩建食堂(\d+)所；",
    "plan_n2": r"(\d+)所新建食堂完工",
    "plan_r2": r"(\d+)所改扩建食堂全部完工",
    "done_n": r"新建食堂完工(\d+)所",
    "wk_n": r"工勤人员补助按(\d+)人、",
    "wk_r": r"每人每年([\d.]+)万元安排",
    "tgt_stu": r"受益学生不少于(\d+)人；",
    "tgt_task": r"完成(\d+)所学校食堂的新建和改扩建任务",
    "rec": r"全年项目资金([\d.]+)万元全部到位",
    "rec_r": r"全部到位，到位率(\d+)%",
    "t_b": (r"\n合计\t([\d.]+)\t([\d.]+)\n", 1), "t_s": (r"\n合计\t([\d.]+)\t([\d.]+)\n", 2),
    "m_b": (r"一、学生膳食补助\t([\d.]+)\t([\d.]+)", 1), "m_s": (r"一、学生膳食补助\t([\d.]+)\t([\d.]+)", 2),
    "b_b": (r"二、学校食堂建设\t([\d.]+)\t([\d.]+)", 1), "b_s": (r"二、学校食堂建设\t([\d.]+)\t([\d.]+)", 2),
    "n_b": (r"其中：新建食堂\t([\d.]+)\t([\d.]+)", 1), "n_s": (r"其中：新建食堂\t([\d.]+)\t([\d.]+)", 2),
    "r_b": (r"\n改扩建食堂\t([\d.]+)\t([\d.]+)", 1), "r_s": (r"\n改扩建食堂\t([\d.]+)\t([\d.]+)", 2),
    "w_b": (r"三、食堂工勤人员补助\t([\d.]+)\t([\d.]+)", 1), "w_s": (r"三、食堂工勤人员补助\t([\d.]+)\t([\d.]+)", 2),
    "pm_s": r"膳食补助支出([\d.]+)万元，执行率",
    "pm_r": r"膳食补助支出[\d.]+万元，执行率([\d.]+)%",
    "pm_rest": r"未支出的([\d.]+)万元",
    "cf": r"食堂建设资金年末未支出([\d.]+)万元",
    "task": r"食堂建设任务(\d+)所",
    "done": r"食堂建设任务\d+所，完成(\d+)所",
    "comp": r"完成\d+所，完成率(\d+)%",
    "t_task": r"新建及改扩建学校食堂\t(\d+)所\t",
    "t_done": r"新建及改扩建学校食堂\t\d+所\t(\d+)所",
    "q1": (r"量化评分分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)分", 1),
    "q2": (r"量化评分分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)分", 2),
    "q3": (r"量化评分分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)分", 3),
    "q4": (r"量化评分分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)分", 4),
    "q5": (r"量化评分分别为(\d+)、(\d+)、(\d+)、(\d+)、(\d+)分", 5),
    "q_avg": r"平均(\d+)分，均达到",
    "sup": r"中，(\d+)所实现学校食堂供餐",
    "sup_r": r"其余(\d+)所由邻近学校配送",
    "sup_rate": r"食堂供餐率([\d.]+%)",
    "t_sup": r"学校食堂供餐率\t≥95%\t([\d.]+%)",
    "know": r"知晓率([\d.]+%)，",
    "t_know": r"学生营养健康知识知晓率\t≥90%\t([\d.]+%)",
    "phys": r"学生体质健康合格率([\d.]+%)，",
    "t_phys": r"学生体质健康合格率\t≥90%\t([\d.]+%)",
    "sat": r"家长满意度为([\d.]+%)",
    "t_sat": r"家长满意度\t≥90%\t([\d.]+%)",
    "insp": r"批次，合格率([\d.]+%)",
    "t_insp": r"食品安全抽检合格率\t≥98%\t([\d.]+%)",
    "t_stu": r"受益学生人数\t≥\d+人\t(\d+)人",
    "t_tgt_stu": r"受益学生人数\t≥(\d+)人",
    "ew": r"预算执行率指标分值(\d+)分",
    "erate": r"全年预算执行率([\d.]+)%",
    "escore": r"全年预算执行率[\d.]+%，得([\d.]+)分",
    "total": r"本项目自评得分([\d.]+)分",
    "total2": r"\n合计\t\t+\d+\t([\d.]+)",
    "wtotal": r"\n合计\t\t+(\d+)\t[\d.]+",
    "grade": r"等级为(\S\S)。",
    "p_stu": r"（一）产出。受益学生(\d+)人",
    "p_tgt": r"超过不少于(\d+)人的目标",
    "wk_p": r"工勤人员补助([\d.]+)万元按月发放",
    "g_insp": r"食品安全抽检合格率不低于(\d+)%",
    "t_insp_t": r"食品安全抽检合格率\t≥(\d+%)",
    "g_sup": r"学校食堂供餐率达到(\d+)%以上",
    "t_sup_t": r"学校食堂供餐率\t≥(\d+%)",
    "g_sat": r"家长满意度不低于(\d+)%",
    "t_sat_t": r"家长满意度\t≥(\d+%)",
    "p_std": r"每生每天(\d+)元的补助标准下",
    "sup_r2": r"(\d+)所学校需要依靠邻近学校配送",
    "late": r"另有(\d+)所因征地",
    "pay": r"拨付及时率(\d+)%。",
    "t_pay": r"膳食补助资金拨付及时率\t100%\t(\d+%)",
}

PROJECTS = {
    "gs-dongxiang-yingyang-2018": (P_DONGXIANG, p_dongxiang),
    "jx-anyuan-yingyang-2020": (P_ANYUAN, p_anyuan),
    "sc-meigu-yingyangcan-2022": (P_MEIGU, p_meigu),
    "sn-baihe-yingyangcan-2023": (P_BAIHE, p_baihe),
    "gx-duan-yingyangcan-2024": (P_DUAN, p_duan),
}


def run_checks(pid, text):
    pats, fn = PROJECTS[pid]
    fails, warns = [], []
    try:
        fn(Getter(text, pats), fails, warns)
    except PatternError as e:
        fails.append(("PATTERN", str(e)))
    return fails, warns


# ---------------------------------------------------------------- structural checks
TOKEN = re.compile(r"\d+(?:\.\d+)?")


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def changed_tokens(clean, region):
    """Numeric tokens of the clean draft that the edit touches."""
    s, e = region
    out = []
    for m in TOKEN.finditer(clean):
        if m.start() < max(e, s + 1) and m.end() > s:
            out.append(m)
    return out


def count_token(text, tok):
    return len(re.findall(r"(?<![\d.])" + re.escape(tok) + r"(?![\d])(?!\.\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    where = Counter()
    clean_text = {}
    for l in labels:
        if l["clean"]:
            clean_text[l["source"]] = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        pid = l["source"]
        n = len(text)
        if not 2700 <= n <= 3500:
            problems.append(f"{l['case']}: length {n}")
        fails, warns = run_checks(pid, text)
        failed = {c for c, _ in fails}
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with labels")
            if fails or warns:
                problems.append(f"{l['case']}: clean draft fails {fails + warns}")
            print(f"{l['case']:42s} clean  " + ("checks pass" if not (fails or warns) else "CHECKS FAIL") + f" ({n} chars)")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: expected exactly one label")
            continue
        lab = l["expected"][0]
        code, value = lab["code"], lab["value"]
        codes[code] += 1
        if code not in CODES or lab["severity"] != "error":
            problems.append(f"{l['case']}: bad code/severity {code}/{lab['severity']}")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{l['case']}: label value not found: {value!r}")
        clean = clean_text[pid]
        rc, re_ = diff_region(clean, text)
        if re_[0] == re_[1] and rc[0] == rc[1]:
            problems.append(f"{l['case']}: identical to clean")
        # one contiguous place: by construction of diff_region; it must overlap the label value
        if not any(o < max(re_[1], re_[0] + 1) and o + len(value) > re_[0] for o in occ):
            problems.append(f"{l['case']}: changed region {re_} does not overlap label value")
        # the changed figure appears once in the clean draft (twice or more for conflicting_values)
        for m in changed_tokens(clean, rc):
            tok = m.group()
            significant = ("." in tok and len(tok.split(".")[1]) == 2) or ("." not in tok and len(tok) >= 4 and not
                          (re.fullmatch(r"(19|20)\d\d", tok) and clean[m.end():m.end() + 1] == "年"))
            if not significant:
                continue
            c = count_token(clean, tok)
            if code == "conflicting_values" and c < 2:
                problems.append(f"{l['case']}: conflicting figure {tok} appears {c} time(s) in the clean draft")
            if code != "conflicting_values" and c != 1:
                problems.append(f"{l['case']}: changed figure {tok} appears {c} times in the clean draft")
        if code not in failed:
            problems.append(f"{l['case']}: labelled {code} does not fail; fails={fails}")
        others = failed - {code}
        if others:
            problems.append(f"{l['case']}: other error-level codes fail: {[f for f in fails if f[0] != code]}")
        status = "fails as expected" if failed == {code} else "FAILED: " + ",".join(sorted(failed))
        print(f"{l['case']:42s} {code:22s} {status}"
              + (f"  [warnings: {', '.join(sorted({w[0] for w in warns}))}]" if warns else ""))
    for c in CODES:
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} time(s)")
    print("codes:", dict(sorted(codes.items())))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
