#!/usr/bin/env python3
"""Verify the labelled set (standard library only, decimal.Decimal).

1. every label value occurs (exactly once) in its case; every case file has a label line;
2. each error case differs from its clean draft in one contiguous place that overlaps the label value;
3. only the 13 numeric error codes of errors.md §A are used, each at least twice;
4. the arithmetic of every clean draft is redone (all checks must pass, warnings included);
5. the arithmetic of every error case is redone: the labelled code must fail, no other error-level code may fail
   (the warning-level score_rule_mismatch is reported but not held against an error case).
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
WARNINGS = {"score_rule_mismatch"}

# ----------------------------------------------------------------------------------------------- numbers


def num(s):
    """Decimal from a figure as written: '1,532.80' -> 1532.80, '1.2万' -> 12000, '95.61%' -> 95.61."""
    s = str(s).strip().replace(",", "").replace("，", "")
    s = re.sub(r"^(≥|≤|=|＞|＜)", "", s).strip()
    mult = D(1)
    if s.endswith("万") and re.fullmatch(r"[\d.]+万", s):
        s, mult = s[:-1], D(10000)
    m = re.match(r"-?[\d.]+", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return D(m.group(0)) * mult


def dp(s):
    s = str(s).replace(",", "")
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def close(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d, d = decimals of the stated figure."""
    v = num(stated)
    tol = D("0.5") * (D(10) ** -dp(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

# ----------------------------------------------------------------------------------------------- results


class Ctx:
    def __init__(self):
        self.res = []

    def add(self, code, ok, msg):
        self.res.append((code, bool(ok), msg))

    def failed(self):
        return [(c, m) for c, ok, m in self.res if not ok]


def one(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise AssertionError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0].groups()


def scaled_match(stated, computed):
    """True when the stated figure equals the computed one after rescaling by 10^4 (元 <-> 万元)."""
    v = num(stated)
    c = D(computed)
    for f in (D(10000), D(1) / D(10000)):
        if c != 0 and abs(v * f - c) <= abs(c) * D("1e-6") + D("0.005"):
            return True
    return False


def amount_eq(ctx, code, stated, computed, msg):
    """Compare a stated figure with the value computed from other figures; a 10^4 slip is unit_mismatch."""
    if close(stated, computed):
        ctx.add(code, True, msg)
    elif scaled_match(stated, computed):
        ctx.add("unit_mismatch", False, f"{msg}: {stated} vs {computed} (off by 10^4)")
    else:
        ctx.add(code, False, f"{msg}: stated {stated}, computed {computed}")


def same_value(ctx, a, b, msg, unit_a="", unit_b=""):
    """Same quantity stated twice (conflicting_values); units normalised (元/万元) before comparing."""
    fa = D(10000) if "万元" in unit_a else D(1)
    fb = D(10000) if "万元" in unit_b else D(1)
    va, vb = num(a) * fa, num(b) * fb
    tol = max(D("0.5") * D(10) ** -dp(a) * fa, D("0.5") * D(10) ** -dp(b) * fb) + D("1e-9")
    if abs(va - vb) <= tol:
        ctx.add("conflicting_values", True, msg)
    elif scaled_match(a, vb):
        ctx.add("unit_mismatch", False, f"{msg}: {a}{unit_a} vs {b}{unit_b} (off by 10^4)")
    else:
        ctx.add("conflicting_values", False, f"{msg}: {a}{unit_a} vs {b}{unit_b}")


def product(ctx, std, std_unit, area, total, msg):
    """per-亩 standard in 元 (or wrongly 万元) × area 亩 = total 万元."""
    factor = D(10000) if std_unit.startswith("万元") else D(1)
    computed = num(std) * factor * D(area) / D(10000)
    if close(total, computed):
        ctx.add("sum_mismatch", True, msg)
    elif close(total, num(std) * D(area) / D(10000)) or scaled_match(total, computed):
        ctx.add("unit_mismatch", False, f"{msg}: {std}{std_unit} × {area}亩 ≠ {total}万元 (unit off by 10^4)")
    else:
        ctx.add("sum_mismatch", False, f"{msg}: {std}{std_unit} × {area}亩 = {computed} ≠ {total}")


def rate(ctx, stated, numer, denom, msg, code="rate_mismatch"):
    base = num(denom)
    s = stated.strip()
    if base == 0:
        ctx.add("implausible_rate", s in ("—", "-", "0", ""), f"{msg}: rate on a zero base printed {s!r}")
        return
    computed = num(numer) / base * 100
    if num(s) > 100:
        ctx.add("implausible_rate", False, f"{msg}: rate {s} above 100%")
    else:
        ctx.add("implausible_rate", True, msg)
    ctx.add(code, close(s, computed), f"{msg}: stated {s}, computed {r2(computed)}")


def approx(ctx, code, ok, msg):
    """A figure marked 约/近/以上/八成: only checked against its interval, never as an exact value."""
    ctx.add(code, ok, f"approximate: {msg}")


def area_pairs(ctx, t):
    for mu, ha in re.findall(r"([\d,.]+万?)亩（([\d,.]+)公顷）", t):
        amount_eq(ctx, "conflicting_values", ha, num(mu) / 15, f"{mu}亩 = {ha}公顷")


def year_checks(ctx, t, year):
    head = "\n".join(t.split("\n")[:3])
    for y in re.findall(r"(\d{4})年度", head):
        ctx.add("year_mismatch", int(y) == year, f"title year {y} vs {year}")
    for y in re.findall(r"^年度\s*(?:\t|｜| \| )\s*(\d{4})年", t, re.M):
        ctx.add("year_mismatch", int(y) == year, f"table 年度 {y} vs {year}")
    for y in re.findall(r"截至(\d{4})年12月31日", t):
        ctx.add("year_mismatch", int(y) == year, f"截至{y}年12月31日 in a {year} report")
    for y in re.findall(r"结转至?(\d{4})年", t):
        ctx.add("year_mismatch", int(y) > year, f"结转至{y}年 in a {year} report")


# ----------------------------------------------------------------------------------------------- tables


def table_after(t, header_prefix, sep):
    """Rows (cell lists) of the table whose header line starts with header_prefix, until a line without sep."""
    lines = t.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.startswith(header_prefix)]
    if len(idx) != 1:
        raise AssertionError(f"header {header_prefix!r} found {len(idx)} times")
    out = []
    for ln in lines[idx[0] + 1:]:
        if sep not in ln:
            break
        out.append([c.strip() for c in ln.split(sep)])
    return out


def find_row(rows, key, col=None):
    hits = [r for r in rows if (r[col] == key if col is not None else key in r)]
    if len(hits) != 1:
        raise AssertionError(f"row {key!r} found {len(hits)} times")
    return hits[0]


TV = re.compile(r"^(≥|≤|=|＞|＜)?\s*([\d,.]+)\s*(.*)$")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})?日?")


def parse_value(s):
    s = s.strip()
    if DATE.search(s):
        m = DATE.search(s)
        day = int(m.group(3)) if m.group(3) else (31 if "底" in s else 1)
        return ("date", (int(m.group(1)), int(m.group(2)), day), "")
    m = TV.match(s)
    if not m:
        return ("text", None, s)
    sign = m.group(1) or "="
    dirn = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq"}[sign]
    return (dirn, num(m.group(2)), m.group(3).strip())


def completion_of(target, actual):
    """rules.md §5 completion in percent, or None when not computable."""
    dt, tv, tu = parse_value(target)
    da, av, au = parse_value(actual)
    if dt == "date" and da == "date":
        return D(100) if av <= tv else D(0)
    if dt in ("text", "date") or da in ("text", "date") or tu != au:
        return None
    if dt == "lte":
        return D(100) if av <= tv else tv / av * 100
    if tv == 0:
        return None
    return av / tv * 100


def indicator_checks(ctx, rows, total=None, grade=None, table_weight_total=None, block_weights=None,
                     completion=False):
    """rows: dicts with l1, name, target, actual, weight, score (strings), optional compl."""
    wsum = sum(num(r["weight"]) for r in rows)
    ctx.add("weight_sum_mismatch", wsum == 100, f"Σ 分值 = {wsum}")
    if table_weight_total is not None:
        ctx.add("weight_sum_mismatch", num(table_weight_total) == wsum, f"总分 row {table_weight_total} vs Σ {wsum}")
    if block_weights:
        ctx.add("weight_sum_mismatch", sum(num(v) for v in block_weights.values()) == 100,
                f"stated block weights {list(block_weights.values())}")
        for l1, w in block_weights.items():
            s = sum(num(r["weight"]) for r in rows if r["l1"] == l1)
            ctx.add("weight_sum_mismatch", num(w) == s, f"block {l1}: stated {w}, rows {s}")
    ssum = D(0)
    for r in rows:
        w, s = num(r["weight"]), num(r["score"])
        ssum += s
        ctx.add("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {r['score']} / weight {r['weight']}")
        dt, tv, tu = parse_value(r["target"])
        da, av, au = parse_value(r["actual"])
        if dt not in ("text", "date") and da not in ("text", "date"):
            ctx.add("unit_mismatch", tu == au, f"{r['name']}: target unit {tu!r}, actual unit {au!r}")
        elif dt not in ("text", "date") and da in ("text", "date"):
            ctx.add("unit_mismatch", False, f"{r['name']}: numeric target, actual {r['actual']!r}")
        if ("率" in r["name"] or "满意度" in r["name"]) and da not in ("text", "date") and au == "%":
            ctx.add("implausible_rate", av <= 100, f"{r['name']}: {r['actual']}")
        comp = completion_of(r["target"], r["actual"])
        if completion and r.get("compl") is not None:
            if comp is None:
                ctx.add("completion_mismatch", r["compl"] in ("—", "-"), f"{r['name']}: completion {r['compl']}")
            else:
                ctx.add("completion_mismatch", close(r["compl"], comp),
                        f"{r['name']}: completion stated {r['compl']}, computed {r2(comp)}")
        # score rule (warning level)
        if r.get("exec_rate") is not None:
            exp = [w * min(D(1), r["exec_rate"] / 100), w * min(D(1), num(r["actual"]) / 100)]
            ctx.add("score_rule_mismatch", any(close(r["score"], e) for e in exp),
                    f"{r['name']}: score {r['score']} vs {[r2(e) for e in exp]}")
        elif comp is not None:
            exp = w * min(D(1), comp / 100)
            ctx.add("score_rule_mismatch", close(r["score"], exp), f"{r['name']}: score {r['score']} vs {r2(exp)}")
        elif "达成年度指标" in r["actual"] and "部分" not in r["actual"]:
            ctx.add("score_rule_mismatch", w * D("0.8") <= s <= w, f"{r['name']}: qualitative score {s}")
    if total is not None:
        ctx.add("score_sum_mismatch", close(total, ssum), f"Σ 得分 {ssum} vs stated {total}")
        if grade is not None:
            g = GRADE_WORDS.get(grade)
            ctx.add("grade_mismatch", g == grade_of(num(total)), f"grade {grade} for total {total}")
    return ssum


def l1_fill(rows, col=0):
    cur = ""
    for r in rows:
        if r[col]:
            cur = r[col]
        else:
            r[col] = cur
    return rows


# ----------------------------------------------------------------------------------------------- projects


def check_youyu(t, c):
    year = 2018
    year_checks(c, t, year)
    area_pairs(c, t)
    R = [[x.strip() for x in ln.split("｜")] for ln in t.split("\n") if "｜" in ln]
    keys = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    F = {k: find_row(R, k, 0)[2:] for k in keys}  # 总, 中央, 省, 县, 结转
    cols = ["总额", "中央级", "省级", "县区级", "上年结转"]
    for k in keys[:5]:
        amount_eq(c, "sum_mismatch", F[k][0], sum(num(x) for x in F[k][1:]), f"{k} 总额 = Σ sources")
    for i, col in enumerate(cols):
        amount_eq(c, "balance_mismatch", F["资金结余"][i], num(F["实际到位资金"][i]) - num(F["全年执行资金"][i]),
                  f"(5)=(3)-(4) {col}")
        rate(c, F["预算到位率(%)"][i], F["实际到位资金"][i], F["全年预算资金"][i], f"(6) {col}")
        rate(c, F["预算执行率(%)"][i], F["全年执行资金"][i], F["全年预算资金"][i], f"(7) {col}")
    # prose funds
    zao, zao_ha, feng, feng_ha = one(t, r"人工造林任务([\d,]+)亩（([\d,]+)公顷）、封沙育林任务([\d,]+)亩（([\d,]+)公顷）")
    s1, u1, s2, u2, a1, a2, a12 = one(
        t, r"人工造林(\d[\d,]*)(元|万元)/亩、封沙育林(\d[\d,]*)(元|万元)/亩，相应下达中央资金([\d.]+)万元和([\d.]+)万元，共([\d.]+)万元")
    product(c, s1, u1, num(zao), a1, "中央 人工造林")
    product(c, s2, u2, num(feng), a2, "中央 封沙育林")
    amount_eq(c, "sum_mismatch", a12, num(a1) + num(a2), "中央 600 + 42")
    s3, u3, a3 = one(t, r"省级按人工造林(\d+)(元|万元)/亩配套([\d.]+)万元")
    product(c, s3, u3, num(zao), a3, "省级配套")
    (a4,) = one(t, r"县级安排作业设计、工程监理和管护经费([\d.]+)万元")
    a5, a6 = one(t, r"另有2017年结转的上年资金([\d.]+)万元，全年可用资金([\d.]+)万元")
    amount_eq(c, "sum_mismatch", a6, num(a12) + num(a3) + num(a4) + num(a5), "全年可用资金")
    same_value(c, a12, F["年初预算资金"][1], "中央 prose vs table")
    same_value(c, a3, F["年初预算资金"][2], "省级 prose vs table")
    same_value(c, a4, F["年初预算资金"][3], "县级 prose vs table")
    same_value(c, a5, F["全年预算资金"][4], "上年结转 prose vs table")
    same_value(c, a6, F["全年预算资金"][0], "全年可用 prose vs table")
    # indicator table
    T = table_after(t, "一级指标｜二级指标｜三级指标｜权重", "｜")
    rows = [dict(l1=r[0], name=r[2], weight=r[3], target=r[4], actual=r[5], compl=r[6], score=r[7]) for r in T]
    ex = find_row(T, "预算执行率", 2)
    rows[0]["exec_rate"] = num(F["全年执行资金"][0]) / num(F["全年预算资金"][0]) * 100
    same_value(c, ex[5], F["预算执行率(%)"][0], "执行率 indicator vs funds table")
    w = one(t, r"权重分别为(\d+)分、(\d+)分、(\d+)分和(\d+)分")
    (total,) = one(t, r"总得分([\d.]+)分")
    (grade,) = one(t, r"属于“(\S+?)”等级")
    indicator_checks(c, rows, total=total, grade=grade, completion=True,
                     block_weights=dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], w)))
    # outputs in prose
    done, done_ha, more = one(t, r"全年实际完成人工造林([\d,]+)亩（([\d,]+)公顷），比计划多出([\d,]+)亩")
    same_value(c, done, find_row(T, "人工造林面积", 2)[5], "人工造林 prose vs table")
    same_value(c, done_ha, find_row(T, "新增林草植被面积", 2)[5], "新增植被 公顷 prose vs table")
    amount_eq(c, "sum_mismatch", more, num(done) - num(zao), "多出亩数")
    (planted,) = one(t, r"等苗木([\d.]+)万株")
    (alive,) = one(t, r"成活苗木([\d.]+)万株")
    rate(c, find_row(T, "造林成活率", 2)[5], alive, planted, "成活率 from counts")
    (goal_jobs,) = one(t, r"带动当地农民务工([\d,]+)人次以上")
    jobs, fewer = one(t, r"吸纳当地农民务工([\d,]+)人次，比年初目标少(\d+)人次")
    same_value(c, jobs, find_row(T, "带动农民务工", 2)[5], "务工 prose vs table")
    same_value(c, goal_jobs, find_row(T, "带动农民务工", 2)[4], "务工目标 prose vs table")
    amount_eq(c, "sum_mismatch", fewer, num(goal_jobs) - num(jobs), "务工差额")
    n, yes, sat = one(t, r"调查项目区群众(\d+)户，表示满意的(\d+)户，满意度([\d.]+)%")
    rate(c, sat, yes, n, "满意度 from survey")
    same_value(c, sat, find_row(T, "项目区群众满意度", 2)[5], "满意度 prose vs table")
    (near,) = one(t, r"全年近(\S)万株苗木")
    approx(c, "conflicting_values", near == "百" and D(90) <= num(planted) <= D(100), f"近百万株 vs {planted}万株")
    per, guards = one(t, r"每(\d+)亩配备1名护林员，全县封育区共聘用护林员(\d+)名")
    amount_eq(c, "average_mismatch", per, num(feng) / num(guards), "亩 per 护林员")


def check_duolun(t, c):
    year = 2019
    year_checks(c, t, year)
    area_pairs(c, t)
    R = [[x.strip() for x in ln.split("\t")] for ln in t.split("\n") if "\t" in ln]
    tot = find_row(R, "年度资金总额", 0)
    cur = find_row(R, "其中：当年财政拨款", 0)
    co = find_row(R, "上年结转资金", 0)
    oth = find_row(R, "其他资金", 0)
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        amount_eq(c, "sum_mismatch", tot[i], num(cur[i]) + num(co[i]) + num(oth[i]), f"年度资金总额 {col}")
    for r in (tot, cur, co, oth):
        rate(c, r[5], r[3], r[2], f"执行率 {r[0]}")
    # prose funds
    fin, cen, reg, cty = one(t, r"本年度财政拨款([\d,]+)万元，其中中央预算内投资([\d,]+)万元、自治区配套([\d,]+)万元、县级配套([\d,]+)万元")
    amount_eq(c, "sum_mismatch", fin, num(cen) + num(reg) + num(cty), "财政拨款 = 中央 + 自治区 + 县级")
    same_value(c, fin, cur[1], "财政拨款 prose vs 年初")
    same_value(c, fin, cur[2], "财政拨款 prose vs 全年")
    g = one(t, r"中央资金按工程固沙([\d,]+)(元|万元)/亩、人工造林([\d,]+)(元|万元)/亩、封沙育林([\d,]+)(元|万元)/亩安排，"
               r"分别为([\d.]+)万元、([\d.]+)万元和([\d.]+)万元")
    gs_mu, gs_ha, zl_mu, zl_ha, fs_mu, fs_ha = one(
        t, r"铺设麦草草方格沙障([\d,]+)亩（([\d,]+)公顷），营造樟子松、杨树防风固沙林([\d,]+)亩（([\d,]+)公顷），"
           r"对沙地灌丛实施封沙育林([\d,]+)亩（([\d,]+)公顷）")
    product(c, g[0], g[1], num(gs_mu), g[6], "中央 工程固沙")
    product(c, g[2], g[3], num(zl_mu), g[7], "中央 人工造林")
    product(c, g[4], g[5], num(fs_mu), g[8], "中央 封沙育林")
    amount_eq(c, "sum_mismatch", cen, num(g[6]) + num(g[7]) + num(g[8]), "中央 = Σ items")
    approx(c, "rate_mismatch", "中央资金占本年财政拨款的八成以上" in t and num(cen) / num(fin) >= D("0.8"),
           f"八成以上: {cen}/{fin}")
    s, u = one(t, r"自治区资金按人工造林([\d,]+)(元|万元)/亩配套")
    product(c, s, u, num(zl_mu), reg, "自治区配套")
    co_prose, annual = one(t, r"2018年度工程结转资金([\d.]+)万元并入本年预算，全年预算为([\d,.]+)万元")
    amount_eq(c, "sum_mismatch", annual, num(fin) + num(co_prose), "全年预算 = 拨款 + 结转")
    same_value(c, annual, tot[2], "全年预算 prose vs table")
    same_value(c, co_prose, co[2], "上年结转 prose vs table")
    spent, co_spent = one(t, r"项目累计支出([\d,.]+)万元，其中上年结转资金([\d.]+)万元全部用于")
    same_value(c, spent, tot[3], "累计支出 prose vs table")
    same_value(c, co_spent, co[3], "结转支出 prose vs table")
    unpaid, saved, retention = one(t, r"未支付的([\d.]+)万元中，沙障工程招标节余([\d.]+)万元、造林苗木质保金([\d.]+)万元")
    amount_eq(c, "balance_mismatch", unpaid, num(tot[2]) - num(tot[3]), "未支付 = 全年预算 - 执行")
    amount_eq(c, "sum_mismatch", unpaid, num(saved) + num(retention), "未支付 = 节余 + 质保金")
    price, pu, gs_area, settle = one(t, r"中标价为([\d,]+)(元|万元)/亩，([\d,]+)亩工程款结算([\d.]+)万元")
    product(c, price, pu, num(gs_area), settle, "沙障结算")
    amount_eq(c, "balance_mismatch", saved, num(g[6]) - num(settle), "招标节余 = 安排 - 结算")
    # indicator table
    T = table_after(t, "一级指标\t二级指标\t三级指标", "\t")
    total_row = T[-1]
    assert total_row[0] == "总分"
    body = l1_fill([r for r in T[:-1]])
    rows = [dict(l1="预算执行", name="预算执行率", weight=tot[4], score=tot[6], target="100%", actual=tot[5],
                 exec_rate=num(tot[3]) / num(tot[2]) * 100)]
    rows += [dict(l1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in body]
    (grade,) = one(t, r"综合评价等级为“(\S+?)”")
    indicator_checks(c, rows, total=total_row[5], grade=grade, table_weight_total=total_row[4])
    # prose vs table
    zl_done, more, sum_mu, sum_ha = one(t, r"人工造林([\d,]+)亩，比计划多([\d,]+)亩.*?合计治理沙化土地([\d,]+)亩，折合([\d,]+)公顷")
    amount_eq(c, "sum_mismatch", more, num(zl_done) - num(zl_mu), "多造亩数")
    amount_eq(c, "sum_mismatch", sum_mu, num(gs_mu) + num(zl_done) + num(fs_mu), "合计治理亩数")
    amount_eq(c, "conflicting_values", sum_ha, num(sum_mu) / 15, "合计 亩→公顷")
    same_value(c, zl_done, find_row(body, "人工造林面积", 2)[4], "人工造林 prose vs table")
    same_value(c, sum_ha, find_row(body, "新增沙化土地治理面积", 2)[4], "治理面积 prose vs table")
    (planted,) = one(t, r"容器苗([\d.]+)万株")
    alive, surv = one(t, r"成活苗木([\d.]+)万株，按株数计算的成活率为([\d.]+)%")
    rate(c, surv, alive, planted, "成活率 from counts")
    same_value(c, surv, find_row(body, "造林当年成活率", 2)[4], "成活率 prose vs table")
    a, b, cc, avg = one(t, r"成活率分别为([\d.]+)%、([\d.]+)%和([\d.]+)%，三个乡镇的算术平均为([\d.]+)%")
    amount_eq(c, "average_mismatch", avg, (num(a) + num(b) + num(cc)) / 3, "乡镇平均成活率")
    (qual,) = one(t, r"沙障规格抽检合格率(\d+)%")
    same_value(c, qual, find_row(body, "沙障规格合格率", 2)[4], "合格率 prose vs table")
    (cover,) = one(t, r"植被盖度较治理前提高(\d+)个百分点")
    same_value(c, cover, find_row(body, "项目区植被盖度提高", 2)[4], "盖度 prose vs table")
    (jobs,) = one(t, r"带动当地农牧民(\d+)人")
    same_value(c, jobs, find_row(body, "带动农牧民务工", 2)[4], "务工 prose vs table")
    (sat,) = one(t, r"项目区农牧民满意度为(\d+)%")
    same_value(c, sat, find_row(body, "项目区农牧民满意度", 2)[4], "满意度 prose vs table")
    (cost,) = one(t, r"中标价为([\d,]+)")
    same_value(c, cost, find_row(body, "草方格沙障亩均成本", 2)[4], "中标价 prose vs table", "元/亩",
               parse_value(find_row(body, "草方格沙障亩均成本", 2)[4])[2])


def check_jinta(t, c):
    year = 2020
    year_checks(c, t, year)
    area_pairs(c, t)
    init, basic, staff, office, proj = one(
        t, r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元")
    amount_eq(c, "sum_mismatch", init, num(basic) + num(proj), "年初 = 基本 + 项目")
    amount_eq(c, "sum_mismatch", basic, num(staff) + num(office), "基本 = 人员 + 公用")
    p1, p2, p3 = one(t, r"年初安排草方格压沙治沙项目([\d.]+)万元、封沙育林管护项目([\d.]+)万元、治沙苗圃运行项目([\d.]+)万元")
    amount_eq(c, "sum_mismatch", proj, num(p1) + num(p2) + num(p3), "项目支出 = Σ 三个项目")
    (add,) = one(t, r"省级追加防沙治沙补助资金([\d.]+)万元")
    co, annual = one(t, r"2019年结转的沙生植物园维护资金([\d.]+)万元，全年预算调整为([\d.]+)万元")
    amount_eq(c, "sum_mismatch", annual, num(init) + num(add) + num(co), "全年 = 年初 + 追加 + 结转")
    spent, er, basic_sp, proj_sp = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出执行([\d.]+)万元，项目支出执行([\d.]+)万元")
    amount_eq(c, "sum_mismatch", spent, num(basic_sp) + num(proj_sp), "支出 = 基本 + 项目")
    rate(c, er, spent, annual, "部门执行率")
    std, su, area, works, design = one(t, r"压沙工程按([\d,]+)(元|万元)/亩的标准与施工单位结算，([\d,]+)亩工程款([\d.]+)万元，另支付设计及监理费([\d.]+)万元")
    product(c, std, su, num(area), works, "压沙工程款")
    (share,) = one(t, r"工程款约占压沙项目支出的(\d+)%")
    approx(c, "rate_mismatch", abs(num(works) / (num(works) + num(design)) * 100 - num(share)) <= 1,
           f"约{share}%: {works}/({works}+{design})")
    std2, su2, fee = one(t, r"封育区管护按([\d,]+)(元|万元)/亩的标准支付管护费([\d.]+)万元")
    (fs_area,) = one(t, r"对北部沙区([\d,]+)亩（")
    product(c, std2, su2, num(fs_area), fee, "管护费")
    (bal,) = one(t, r"年末结转结余([\d.]+)万元")
    amount_eq(c, "balance_mismatch", bal, num(annual) - num(spent), "结转结余 = 全年 - 支出")
    s3, s3_last, s3_rate = one(t, r"“三公”经费支出([\d.]+)万元，全部为公务用车运行维护费，较上年的([\d.]+)万元下降([\d.]+)%")
    rate(c, s3_rate, num(s3_last) - num(s3), s3_last, "三公 下降率")
    # project table
    P = table_after(t, "项目名称｜全年预算数｜执行数｜执行率｜自评得分", "｜")
    tot = P[-1]
    assert tot[0] == "合计"
    items = P[:-1]
    amount_eq(c, "sum_mismatch", tot[1], sum(num(r[1]) for r in items), "项目 全年 合计")
    amount_eq(c, "sum_mismatch", tot[2], sum(num(r[2]) for r in items), "项目 执行 合计")
    for r in P:
        rate(c, r[3], r[2], r[1], f"执行率 {r[0]}")
    amount_eq(c, "sum_mismatch", tot[1], num(proj) + num(add) + num(co), "项目全年 = 年初项目 + 追加 + 结转")
    same_value(c, tot[2], proj_sp, "项目执行 table vs prose")
    sand = find_row(items, "草方格压沙治沙项目", 0)
    amount_eq(c, "sum_mismatch", sand[1], num(p1) + num(add), "压沙项目 = 年初 + 追加")
    amount_eq(c, "sum_mismatch", sand[2], num(works) + num(design), "压沙项目执行 = 工程款 + 设计监理")
    same_value(c, find_row(items, "封沙育林管护项目", 0)[1], p2, "封育 全年 vs 年初安排")
    same_value(c, find_row(items, "封沙育林管护项目", 0)[2], fee, "封育 执行 vs 管护费")
    same_value(c, find_row(items, "治沙苗圃运行项目", 0)[1], p3, "苗圃 全年 vs 年初安排")
    same_value(c, find_row(items, "沙生植物园维护项目（上年结转）", 0)[1], co, "植物园 vs 结转")
    (avg,) = one(t, r"四个项目的平均自评得分为([\d.]+)分")
    amount_eq(c, "average_mismatch", avg, sum(num(r[4]) for r in items) / len(items), "项目平均自评分")
    last, more = one(t, r"上年（2019年）我站完成压沙([\d,]+)亩，本年度实际压沙面积比上年多([\d,]+)亩")
    amount_eq(c, "sum_mismatch", more, num(area) - num(last), "压沙面积比上年增量")
    # department table
    T = table_after(t, "一级指标｜二级指标｜三级指标｜年度指标值", "｜")
    tr = T[-1]
    assert tr[0] == "合计"
    rows = [dict(l1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in T[:-1]]
    rows[0]["exec_rate"] = num(spent) / num(annual) * 100
    (grade,) = one(t, r"自评等级为“(\S+?)”")
    indicator_checks(c, rows, total=tr[6], grade=grade, table_weight_total=tr[5])
    same_value(c, rows[0]["actual"], er, "执行率 table vs prose")
    done, goal = one(t, r"压沙([\d,]+)亩，超过年度目标([\d,]+)亩")
    same_value(c, done, find_row(T, "草方格压沙面积", 2)[4], "压沙 prose vs table")
    same_value(c, goal, find_row(T, "草方格压沙面积", 2)[3], "压沙目标 prose vs table")
    same_value(c, area, done, "结算面积 vs 完成面积")
    same_value(c, fs_area, find_row(T, "封沙育林管护面积", 2)[4], "封育 prose vs table")
    (ha,) = one(t, r"草方格压沙[\d,]+亩（([\d,]+)公顷）")
    same_value(c, ha, find_row(T, "项目区流沙固定面积", 2)[4], "固定面积 prose vs table")
    (q,) = one(t, r"验收合格率(\d+)%")
    same_value(c, q, find_row(T, "压沙工程验收合格率", 2)[4], "合格率 prose vs table")
    (n,) = one(t, r"聘用季节性管护人员(\d+)人，")
    same_value(c, n, find_row(T, "聘用季节性管护人员", 2)[4], "管护人员 prose vs table")
    (sat,) = one(t, r"满意度为(\d+)%")
    same_value(c, sat, find_row(T, "周边群众满意度", 2)[4], "满意度 prose vs table")
    same_value(c, s3, find_row(T, "“三公”经费支出", 2)[4], "三公 prose vs table")


def check_qiemo(t, c):
    year = 2022
    year_checks(c, t, year)
    area_pairs(c, t)
    adv, add, reg, cty, annual = one(
        t, r"提前下达2022年中央财政林业草原生态保护恢复资金（防沙治沙方向）([\d.]+)万元；2022年6月又追加下达中央资金([\d.]+)万元。"
           r"自治区安排配套资金([\d.]+)万元，县级配套([\d.]+)万元，全年预算为([\d,]+)万元")
    (cshare,) = one(t, r"中央资金占全年预算的([\d.]+)%")
    rate(c, cshare, num(adv) + num(add), annual, "中央资金占比")
    s1, u1, a1, s2, u2, a2, other = one(
        t, r"草方格沙障按每亩([\d,]+)(元|万元)测算，需资金([\d.]+)万元；防风固沙林按每亩([\d,]+)(元|万元)测算，需资金([\d.]+)万元；其余([\d.]+)万元")
    gs_mu, gs_ha, zl_mu, zl_ha = one(t, r"铺设芦苇草方格沙障([\d,]+)亩（([\d,]+)公顷）.*?营造梭梭、红柳防风固沙林([\d,]+)亩（([\d,]+)公顷）")
    product(c, s1, u1, num(gs_mu), a1, "沙障资金")
    product(c, s2, u2, num(zl_mu), a2, "造林资金")
    amount_eq(c, "sum_mismatch", annual, num(a1) + num(a2) + num(other), "全年预算 = 沙障 + 造林 + 其余")
    F = table_after(t, "资金来源 | 年初预算数", " | ")
    tot = find_row(F, "合计", 0)
    items = [r for r in F if r[0] != "合计"]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        amount_eq(c, "sum_mismatch", tot[i], sum(num(r[i]) for r in items), f"合计 {col}")
    for r in F:
        rate(c, r[4], r[3], r[2], f"执行率 {r[0]}")
    cen = find_row(F, "中央财政资金", 0)
    same_value(c, adv, cen[1], "提前下达 vs 中央 年初")
    amount_eq(c, "sum_mismatch", cen[2], num(adv) + num(add), "中央 全年 = 提前下达 + 追加")
    same_value(c, reg, find_row(F, "自治区财政资金", 0)[2], "自治区 prose vs table")
    same_value(c, cty, find_row(F, "县级财政资金", 0)[2], "县级 prose vs table")
    same_value(c, annual, tot[2], "全年预算 prose vs table")
    (init,) = one(t, r"年初预算([\d.]+)万元为提前下达")
    same_value(c, init, tot[1], "年初预算 prose vs table")
    (init2,) = one(t, r"年中追加后全年预算([\d,]+)万元")
    same_value(c, init2, tot[2], "全年预算 (2) prose vs table")
    p1, p2, p3 = one(t, r"草方格沙障工程款([\d.]+)万元已全部支付；防风固沙林支付([\d.]+)万元；设计、监理和验收费支付([\d.]+)万元")
    amount_eq(c, "sum_mismatch", tot[3], num(p1) + num(p2) + num(p3), "执行 = Σ uses")
    same_value(c, p1, a1, "沙障已全部支付")
    unpaid, tail, fees = one(t, r"尚未支付的([\d.]+)万元包括造林苗木尾款([\d.]+)万元和监理、验收费([\d.]+)万元")
    amount_eq(c, "balance_mismatch", unpaid, num(tot[2]) - num(tot[3]), "未支付 = 全年 - 执行")
    amount_eq(c, "sum_mismatch", unpaid, num(tail) + num(fees), "未支付 = 尾款 + 监理验收")
    amount_eq(c, "balance_mismatch", tail, num(a2) - num(p2), "苗木尾款")
    amount_eq(c, "balance_mismatch", fees, num(other) - num(p3), "监理验收余额")
    # outputs
    gs_done, gs_done_ha, zl_done, zl_done_ha, pct, more, sum_mu, sum_ha = one(
        t, r"全年完成草方格沙障([\d,]+)亩（([\d,]+)公顷），营造防风固沙林([\d,]+)亩（([\d,]+)公顷），造林面积为年度任务的([\d.]+)%，"
           r"比计划多出的([\d,]+)亩.*?两项合计治理([\d,]+)亩，折合([\d,]+)公顷")
    amount_eq(c, "completion_mismatch", pct, num(zl_done) / num(zl_mu) * 100, "造林完成率")
    amount_eq(c, "sum_mismatch", more, num(zl_done) - num(zl_mu), "多出亩数")
    amount_eq(c, "sum_mismatch", sum_mu, num(gs_done) + num(zl_done), "两项合计")
    amount_eq(c, "conflicting_values", sum_ha, num(sum_mu) / 15, "合计 亩→公顷")
    (timely,) = one(t, r"完工及时率(\d+)%")
    planted, alive, surv = one(t, r"苗木([\d.]+)万株，10月中旬治沙站组织复查，成活([\d.]+)万株，成活率([\d.]+)%")
    rate(c, surv, alive, planted, "成活率 from counts")
    (jobs,) = one(t, r"吸纳周边乡村农牧民务工(\d+)人次")
    # indicator table
    T = table_after(t, "一级指标 | 二级指标 | 三级指标 | 指标性质", " | ")
    rows = []
    for r in T:
        sign = r[3] if r[3] in ("≥", "≤", "=") else ""
        rows.append(dict(l1=r[0], name=r[2], target=f"{sign}{r[4]}{r[5]}", actual=f"{r[6]}{r[5]}",
                         weight=r[7], score=r[8]))
    rows[0]["exec_rate"] = num(tot[3]) / num(tot[2]) * 100
    w = one(t, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分")
    total, grade = one(t, r"本项目自评得分([\d.]+)分，评价等级为“(\S+?)”")
    indicator_checks(c, rows, total=total, grade=grade,
                     block_weights=dict(zip(["预算执行", "产出指标", "效益指标"], w)))
    same_value(c, T[0][6], tot[4], "执行率 indicator vs funds")
    same_value(c, gs_done, find_row(T, "草方格沙障铺设面积", 2)[6], "沙障 prose vs table")
    same_value(c, zl_done, find_row(T, "防风固沙林造林面积", 2)[6], "造林 prose vs table")
    same_value(c, zl_mu, find_row(T, "防风固沙林造林面积", 2)[4], "造林目标 prose vs table")
    same_value(c, sum_ha, find_row(T, "新增固沙面积", 2)[6], "固沙面积 prose vs table")
    same_value(c, surv, find_row(T, "造林成活率", 2)[6], "成活率 prose vs table")
    same_value(c, timely, find_row(T, "项目完工及时率", 2)[6], "及时率 prose vs table")
    same_value(c, jobs, find_row(T, "吸纳农牧民务工", 2)[6], "务工 prose vs table")
    same_value(c, s1, find_row(T, "草方格沙障亩均成本", 2)[6], "亩均成本 prose vs table")


def check_yuyang(t, c):
    year = 2024
    year_checks(c, t, year)
    area_pairs(c, t)
    init, cen, prov, city, dist = one(t, r"年初预算([\d,]+)万元，其中中央财政资金([\d,]+)万元、省级资金([\d,]+)万元、市级资金([\d,]+)万元、区级资金([\d,]+)万元")
    amount_eq(c, "sum_mismatch", init, num(cen) + num(prov) + num(city) + num(dist), "年初 = Σ sources")
    g = one(t, r"工程固沙([\d,]+)(元|万元)/亩，需([\d,]+)万元；人工造林([\d,]+)(元|万元)/亩，需([\d,]+)万元；"
               r"封沙育林([\d,]+)(元|万元)/亩，需([\d,]+)万元；作业设计、监理和检查验收费([\d,]+)万元")
    gs_mu, zl_mu, zl_ha, fs_mu, fs_ha = one(t, r"工程固沙（草方格沙障）([\d,]+)亩，人工造林([\d,]+)亩（([\d,]+)公顷），封沙育林([\d.]+万)亩（([\d,]+)公顷）")
    product(c, g[0], g[1], num(gs_mu), g[2], "工程固沙资金")
    product(c, g[3], g[4], num(zl_mu), g[5], "人工造林资金")
    product(c, g[6], g[7], num(fs_mu), g[8], "封沙育林资金")
    amount_eq(c, "sum_mismatch", init, num(g[2]) + num(g[5]) + num(g[8]) + num(g[9]), "年初 = Σ uses")
    co, annual = one(t, r"2023年度项目结转资金([\d.]+)万元一并纳入本年预算，全年预算([\d,.]+)万元")
    amount_eq(c, "sum_mismatch", annual, num(init) + num(co), "全年 = 年初 + 结转")
    R = [[x.strip() for x in ln.split("\t")] for ln in t.split("\n") if "\t" in ln]
    tot = find_row(R, "年度资金总额", 0)
    cur = find_row(R, "当年财政拨款", 0)
    cor = find_row(R, "上年结转资金", 0)
    oth = find_row(R, "其他资金", 0)
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        amount_eq(c, "sum_mismatch", tot[i], num(cur[i]) + num(cor[i]) + num(oth[i]), f"年度资金总额 {col}")
    for r in (tot, cur, cor, oth):
        rate(c, r[5], r[3], r[2], f"执行率 {r[0]}")
    same_value(c, init, tot[1], "年初 prose vs table")
    same_value(c, init, cur[2], "当年财政拨款 prose vs table")
    same_value(c, annual, tot[2], "全年 prose vs table")
    same_value(c, co, cor[2], "结转 prose vs table")
    spent, er, cur_sp, co_sp = one(t, r"项目支出([\d,.]+)万元，预算执行率([\d.]+)%。其中，当年财政资金支出([\d,.]+)万元，上年结转的([\d.]+)万元全部用于")
    same_value(c, spent, tot[3], "支出 prose vs table")
    same_value(c, er, tot[5], "执行率 prose vs table")
    same_value(c, cur_sp, cur[3], "当年支出 prose vs table")
    same_value(c, co_sp, cor[3], "结转支出 prose vs table")
    (bal,) = one(t, r"年末结余([\d.]+)万元")
    amount_eq(c, "balance_mismatch", bal, num(tot[2]) - num(tot[3]), "结余 = 全年 - 执行")
    # outputs / benefits
    gs_done, more, zl_done, fs_done, sum_mu, sum_ha = one(
        t, r"全年完成工程固沙([\d,]+)亩，超过计划([\d,]+)亩；人工造林([\d,]+)亩，封沙育林([\d,]+)亩，均按计划完成。三项合计([\d,]+)亩，折合([\d,]+)公顷")
    amount_eq(c, "sum_mismatch", more, num(gs_done) - num(gs_mu), "超过计划亩数")
    amount_eq(c, "sum_mismatch", sum_mu, num(gs_done) + num(zl_done) + num(fs_done), "三项合计")
    amount_eq(c, "conflicting_values", sum_ha, num(sum_mu) / 15, "合计 亩→公顷")
    same_value(c, fs_done, fs_mu, "封沙育林 1.2万亩 = 12,000亩")
    planted, alive, surv = one(t, r"苗木([\d.]+)万株，秋季检查成活([\d.]+)万株，成活率([\d.]+)%")
    rate(c, surv, alive, planted, "成活率 from counts")
    (avg_cost,) = one(t, r"平均造价控制在([\d,]+)元/亩以内")
    last, now, up = one(t, r"植被覆盖度由上年的([\d.]+)%提高到([\d.]+)%，提高([\d.]+)个百分点")
    amount_eq(c, "sum_mismatch", up, num(now) - num(last), "覆盖度提高")
    pay, hh, per = one(t, r"全年发放劳务报酬([\d.]+)万元，涉及农户([\d,]+)户，户均([\d,]+)元")
    amount_eq(c, "average_mismatch", per, num(pay) * 10000 / num(hh), "户均劳务报酬")
    (sat,) = one(t, r"群众满意度([\d.]+)%。")
    (share,) = one(t, r"劳务报酬约占当年项目支出的(\S)成")
    approx(c, "rate_mismatch", share == "两" and D("0.15") <= num(pay) / num(cur_sp) <= D("0.25"),
           f"约两成: {pay}/{cur_sp}")
    # indicator table
    T = table_after(t, "一级指标\t二级指标\t三级指标", "\t")
    rows = [dict(l1="预算执行", name="预算执行率", weight=tot[4], score=tot[6], target="100%", actual=tot[5],
                 exec_rate=num(tot[3]) / num(tot[2]) * 100)]
    rows += [dict(l1=r[0], name=r[2], target=r[3], actual=r[4], weight=r[5], score=r[6]) for r in T]
    w = one(t, r"满意度指标分值分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分")
    total, grade = one(t, r"本项目自评得分([\d.]+)分，评价等级为“(\S+?)”")
    indicator_checks(c, rows, total=total, grade=grade,
                     block_weights=dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], w)))
    same_value(c, gs_done, find_row(T, "工程固沙（草方格沙障）面积", 2)[4], "工程固沙 prose vs table")
    same_value(c, gs_mu, find_row(T, "工程固沙（草方格沙障）面积", 2)[3], "工程固沙目标 prose vs table")
    same_value(c, zl_done, find_row(T, "人工造林面积", 2)[4], "造林 prose vs table")
    same_value(c, fs_done, find_row(T, "封沙育林面积", 2)[4], "封育 prose vs table")
    same_value(c, surv, find_row(T, "人工造林成活率", 2)[4], "成活率 prose vs table")
    same_value(c, up, find_row(T, "项目区植被覆盖度提高", 2)[4], "覆盖度 prose vs table")
    same_value(c, sum_ha, find_row(T, "新增治理沙化土地面积", 2)[4], "治理面积 prose vs table")
    same_value(c, pay, find_row(T, "带动群众务工增收", 2)[4], "劳务报酬 prose vs table")
    same_value(c, sat, find_row(T, "群众满意度", 2)[4], "满意度 prose vs table")
    cost_cell = find_row(T, "工程固沙单位造价", 2)[4]
    same_value(c, avg_cost, cost_cell, "单位造价 prose vs table", "元/亩", parse_value(cost_cell)[2])
    same_value(c, g[0], cost_cell, "单价标准 vs 单位造价", g[1] + "/亩", parse_value(cost_cell)[2])


CHECKS = {
    "sx-youyu-zaolin-2018": check_youyu,
    "nm-duolun-fengshayuan-2019": check_duolun,
    "gs-jinta-zhishazhan-2020": check_jinta,
    "xj-qiemo-shazhang-2022": check_qiemo,
    "sn-yuyang-fangsha-2024": check_yuyang,
}

# ----------------------------------------------------------------------------------------------- main


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(lab["case"] for lab in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {}
    prose_table = {}
    texts = {lab["case"]: open(os.path.join(CASES, lab["case"]), encoding="utf-8").read() for lab in labels}
    for lab in labels:
        name, src, text = lab["case"], lab["source"], texts[lab["case"]]
        clean_text = texts[f"{src}-clean.txt"]
        if not (2700 <= len(text) <= 3500):
            problems.append(f"{name}: length {len(text)}")
        ctx = Ctx()
        try:
            CHECKS[src](text, ctx)
        except Exception as e:  # extraction must work on every case
            problems.append(f"{name}: extraction failed: {e!r}")
            continue
        failed = ctx.failed()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            for code, msg in failed:
                problems.append(f"{name}: clean draft fails {code}: {msg}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] = counts.get(code, 0) + 1
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{name}: code/severity {code}/{exp['severity']} not allowed")
        n = text.count(value)
        if n != 1:
            problems.append(f"{name}: label value occurs {n} times")
            continue
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean_text)) and text[p] == clean_text[p]:
            p += 1
        s = 0
        while (s < min(len(text), len(clean_text)) - p and text[len(text) - 1 - s] == clean_text[len(clean_text) - 1 - s]):
            s += 1
        d0, d1 = p, len(text) - s
        if text == clean_text:
            problems.append(f"{name}: identical to clean draft")
            continue
        if d1 - d0 > 12 or (len(clean_text) - s) - p > 12:
            problems.append(f"{name}: difference too large ({clean_text[p:len(clean_text) - s]!r} -> {text[d0:d1]!r})")
        v0 = text.index(value)
        v1 = v0 + len(value)
        if not (v0 <= max(d0, d1 - 1) and d0 < v1 if d1 > d0 else v0 <= d0 <= v1):
            problems.append(f"{name}: difference [{d0},{d1}) does not overlap value [{v0},{v1})")
        # arithmetic: labelled code fails, no other error-level code fails
        err_codes = {c for c, _ in failed if c not in WARNINGS}
        if code not in err_codes:
            problems.append(f"{name}: labelled {code} does not fail")
        others = err_codes - {code}
        if others:
            problems.append(f"{name}: other codes fail too: {sorted(others)} "
                            f"{[m for c, m in failed if c in others]}")
        line = clean_text.rfind("\n", 0, p) + 1
        end = clean_text.find("\n", p)
        where = "table" if any(sep in clean_text[line:end] for sep in ("｜", "\t", " | ")) else "prose"
        prose_table[where] = prose_table.get(where, 0) + 1
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    for c in counts:
        if c not in CODES:
            problems.append(f"unknown code {c}")
    print("cases:", len(labels), "errors:", sum(counts.values()), "prose/table:", prose_table)
    print("per code:", ", ".join(f"{c}={counts.get(c, 0)}" for c in CODES))
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
