#!/usr/bin/env python3
"""Independent arithmetic check of drafts514 (standard library + decimal only).

For every case listed in labels.jsonl the figures are read back from the text with patterns (each pattern
must match exactly once) and every identity of rules.md §7 that the draft offers is recomputed with the
tolerance of §8 (a stated value with d decimals matches a computed c iff |c - v| <= 0.5 * 10^-d).
Expected outcome: clean drafts raise no error-code finding (and no score-rule warning); each error case
raises its labelled code and no other error code. The labels themselves are checked too: value occurs once,
one contiguous edit of at most 40 characters that overlaps the value, every §A code used at least twice.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"
MONEY = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}
SCALES = [D(10000), D("0.0001")]


class ParseError(Exception):
    pass


def N(s):
    return D(str(s).replace(",", "").strip())


def ndec(s):
    s = str(s).replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -ndec(s)) + D("1e-9")


def close(s, c):
    return abs(N(s) - c) <= tol(s)


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Ctx:
    def __init__(self, text):
        self.t = text
        self.errors = []
        self.warnings = []

    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat):
        return self.m(pat).group(1)

    def gs(self, pat):
        return self.m(pat).groups()

    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))


# ---------------------------------------------------------------- value helpers
VRE = re.compile(r"^(≥|≤|＞|＜|>=|<=|=|＝)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def vu(s):
    """'≥1500万元' -> (sign, '1500', '万元'); None for a qualitative value."""
    m = VRE.match(s.strip())
    if not m:
        return None
    return m.group(1) or "", m.group(2), m.group(3).strip()


def direction(sign):
    if sign in ("≥", "＞", ">="):
        return "gte"
    if sign in ("≤", "＜", "<="):
        return "lte"
    return "eq"


def rescue(vals, ok):
    """True when rescaling one of vals by 10^4 or 10^-4 makes ok(vals) hold."""
    for i in range(len(vals)):
        for s in SCALES:
            v = list(vals)
            v[i] = v[i] * s
            if ok(v, i, s):
                return True
    return False


# ---------------------------------------------------------------- identity checks
def c_sum(c, parts, total, what):
    vals = [N(p) for p in parts] + [N(total)]
    t = tol(total)

    def ok(v, i=None, s=D(1)):
        tt = t * s if i == len(v) - 1 else t
        return abs(sum(v[:-1]) - v[-1]) <= tt

    if ok(vals):
        return
    if rescue(vals, ok):
        c.err("unit_mismatch", f"{what}: one term off by 10^4")
    else:
        c.err("sum_mismatch", f"{what}: {' + '.join(parts)} = {sum(vals[:-1])}, stated {total}")


def c_diff(c, a, b, res, what):
    vals = [N(a), N(b), N(res)]
    t = tol(res)

    def ok(v, i=None, s=D(1)):
        tt = t * s if i == 2 else t
        return abs(v[0] - v[1] - v[2]) <= tt

    if ok(vals):
        return
    if rescue(vals, ok):
        c.err("unit_mismatch", f"{what}: one term off by 10^4")
    else:
        c.err("balance_mismatch", f"{what}: {a} - {b} = {vals[0] - vals[1]}, stated {res}")


def c_rate(c, rate, num, den, what, bounded=True):
    rate = rate.strip().rstrip("%")
    if rate in ("—", "-", ""):
        if N(den) != 0:
            raise ParseError(f"{what}: rate missing on a non-zero base")
        return
    n, d = N(num), N(den)
    if d == 0:
        if N(rate) != 0:
            c.err("implausible_rate", f"{what}: rate {rate} on a zero base")
        return
    comp = n / d * 100
    if not close(rate, comp):
        def ok(v, i=None, s=D(1)):
            return v[1] != 0 and close(rate, v[0] / v[1] * 100)
        if rescue([n, d], ok):
            c.err("unit_mismatch", f"{what}: numerator or denominator off by 10^4")
        else:
            c.err("rate_mismatch", f"{what}: {num}/{den} = {comp:.4f}%, stated {rate}%")
        return
    if bounded and (N(rate) > 100 or N(rate) < 0):
        c.err("implausible_rate", f"{what}: rate {rate}% outside [0, 100]")


def c_bound(c, rate, what):
    r = N(rate.strip().rstrip("%"))
    if r > 100 or r < 0:
        c.err("implausible_rate", f"{what}: {rate} outside [0, 100]")


def c_eq(c, a, b, what):
    """a, b: (number string, unit). Same quantity stated twice."""
    (sa, ua), (sb, ub) = a, b
    if ua in MONEY and ub in MONEY:
        va, vb = N(sa) * MONEY[ua], N(sb) * MONEY[ub]
        t = max(tol(sa) * MONEY[ua], tol(sb) * MONEY[ub])
    elif ua != ub:
        c.err("unit_mismatch", f"{what}: {sa}{ua} vs {sb}{ub}")
        return
    else:
        va, vb, t = N(sa), N(sb), max(tol(sa), tol(sb))
    if abs(va - vb) <= t:
        return
    for s in SCALES:
        if abs(va * s - vb) <= t * max(s, 1) or abs(va - vb * s) <= t * max(s, 1):
            c.err("unit_mismatch", f"{what}: {sa}{ua} vs {sb}{ub} differ by 10^4")
            return
    c.err("conflicting_values", f"{what}: {sa}{ua} vs {sb}{ub}")


def c_avg(c, items, avg, what):
    mean = sum(N(i) for i in items) / len(items)
    if not close(avg, mean):
        c.err("average_mismatch", f"{what}: mean {mean:.4f}, stated {avg}")


def band(total):
    t = N(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def c_grade(c, total, word, what):
    if GRADE_WORDS[word] != band(total):
        c.err("grade_mismatch", f"{what}: {total} -> {band(total)}, stated {word}")


def c_year(c, y, cond, what):
    if not cond(int(y)):
        c.err("year_mismatch", f"{what}: {y}")


def c_years_all(c, Y):
    for m in re.finditer(r"(\d{4})年度", c.t):
        c_year(c, m.group(1), lambda y: y == Y, "年度 mention")


def completion(dirn, T, A):
    if dirn == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return max(A, D(0)) / T * 100


def rule_score(dirn, T, A, w):
    if dirn == "lte":
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else D(0)
    return w if A >= T else w * max(A, D(0)) / T


def c_rows(c, rows, totals, wtotal):
    """rows: dicts name, tgt, act, comp (or None), w, s, dir (optional); totals: stated total scores."""
    sw = sum(N(r["w"]) for r in rows)
    ss = sum(N(r["s"]) for r in rows)
    for r in rows:
        w, s = N(r["w"]), N(r["s"])
        if s > w or s < 0:
            c.err("score_exceeds_weight", f"{r['name']}: score {r['s']} weight {r['w']}")
        tv, av = vu(r["tgt"]), vu(r["act"])
        if tv is None or av is None:
            continue
        dirn = r.get("dir") or direction(tv[0])
        if tv[2] != av[2]:
            c.err("unit_mismatch", f"{r['name']}: target {r['tgt']} actual {r['act']}")
            continue
        T, A = N(tv[1]), N(av[1])
        comp = completion(dirn, T, A)
        stated = r.get("comp")
        if stated not in (None, "", "—"):
            if not close(stated.rstrip("%"), comp):
                c.err("completion_mismatch", f"{r['name']}: {comp:.4f}%, stated {stated}")
        exp = rule_score(dirn, T, A, w)
        cands = [exp]
        if stated not in (None, "", "—"):
            cands.append(min(w, w * N(stated.rstrip("%")) / 100))
        if not any(close(r["s"], x) for x in cands):
            c.warn("score_rule_mismatch", f"{r['name']}: expected {r2(exp)}, stated {r['s']}")
    if sw != 100:
        c.err("weight_sum_mismatch", f"weights sum to {sw}")
    if wtotal is not None and N(wtotal) != sw:
        c.err("weight_sum_mismatch", f"stated weight total {wtotal}, rows give {sw}")
    for t in totals:
        if not close(t, ss):
            c.err("score_sum_mismatch", f"scores sum to {ss}, stated {t}")


# ---------------------------------------------------------------- table readers
def rows_after(text, marker, sep):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if marker in l]
    if len(idx) != 1:
        raise ParseError(f"table header {marker!r} found {len(idx)} times")
    out = []
    for l in lines[idx[0] + 1:]:
        if sep == "|":
            if not l.startswith("|"):
                break
            if re.match(r"^\|\s*-", l):
                continue
            out.append([x.strip() for x in l.strip().strip("|").split("|")])
        else:
            if sep not in l:
                break
            out.append([x.strip() for x in l.split(sep)])
    return out


def by_first(rows):
    return {r[0]: r for r in rows}


def kind_table(c, md, amount_cols, sum_col, count_cols=(), cov=None, what="分类表"):
    """md: rows of a Markdown table, last row 合计. cov = (checked col, designated col, rate col)."""
    body, tot = md[:-1], md[-1]
    if tot[0] != "合计":
        raise ParseError("kind table without 合计 row")
    for r in md:
        c_sum(c, [r[i] for i in amount_cols], r[sum_col], f"{what} {r[0]} 小计")
        if cov:
            c_rate(c, r[cov[2]], r[cov[0]], r[cov[1]], f"{what} {r[0]} 覆盖率")
    for i in list(amount_cols) + [sum_col] + list(count_cols):
        c_sum(c, [r[i] for r in body], tot[i], f"{what} 合计 column {i}")


def split_vu(s):
    v = vu(s)
    if v is None:
        raise ParseError(f"no number in {s!r}")
    return v[1], v[2]


def ind_rows(rows, name_i, tgt_i, act_i, comp_i, w_i, s_i, dir_i=None, stop="合计"):
    out, tot = [], None
    for r in rows:
        if r[0] in (stop, "总分"):
            tot = r
            continue
        d = {"name": r[name_i], "tgt": r[tgt_i], "act": r[act_i], "comp": r[comp_i] if comp_i is not None else None,
             "w": r[w_i], "s": r[s_i]}
        if dir_i is not None:
            d["dir"] = direction(r[dir_i])
        out.append(d)
    return out, tot


# ---------------------------------------------------------------- project models
def m_bengbu(c):
    Y = 2019
    c_years_all(c, Y)
    c_year(c, c.g(r"截至(\d{4})年12月31日"), lambda y: y == Y, "截至")
    c_year(c, c.g(r"结转至(\d{4})年支付"), lambda y: y > Y, "结转至")
    ini = c.g(r"项目年初预算" + NUM + "万元")
    add = c.g(r"7月市财政追加" + NUM + "万元")
    ann = c.g(r"全年预算" + NUM + "万元，资金均为")
    c_sum(c, [ini, add], ann, "年初+追加")
    rec, rr = c.gs(r"资金到位" + NUM + r"万元，到位率" + NUM + "%")
    c_rate(c, rr, rec, ann, "到位率")
    spent = c.g(r"全年执行" + NUM + "万元，其中")
    parts = c.gs(r"病历协查服务费" + NUM + r"万元、飞行检查及专项治理差旅和劳务费" + NUM + r"万元、智能监控系统知识库规则维护费"
                 + NUM + r"万元、宣传月活动及印刷费" + NUM + "万元")
    c_sum(c, parts, spent, "支出构成")
    c_diff(c, rec, spent, c.g(r"未执行的" + NUM + "万元"), "结余")
    copies, price = c.gs(r"共完成病历" + NUM + r"份，按每份" + NUM + "元结算")
    c_eq(c, (str(N(copies) * N(price)), "元"), (parts[0], "万元"), "协查份数×单价")
    # funds block
    fr = by_first(rows_after(c.t, "项目资金（万元）｜年初预算数", "｜"))
    tot, cur, co, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for i in (1, 2, 3):
        c_sum(c, [cur[i], co[i], oth[i]], tot[i], f"资金总额 column {i}")
    c_eq(c, (ini, "万元"), (tot[1], "万元"), "年初预算")
    c_eq(c, (ann, "万元"), (tot[2], "万元"), "全年预算")
    c_eq(c, (spent, "万元"), (tot[3], "万元"), "全年执行")
    for r in (tot, cur, co, oth):
        c_rate(c, r[5], r[3], r[2], f"执行率 {r[0]}")
    rows = [{"name": "预算执行率", "tgt": "100%", "act": tot[5], "comp": None, "w": tot[4], "s": tot[6]}]
    ir, trow = ind_rows(rows_after(c.t, "一级指标｜二级指标｜三级指标", "｜"), 2, 3, 4, 5, 6, 7)
    rows += ir
    rd = {r["name"]: r for r in rows}
    ptotal = c.g(r"自评得分" + NUM + "分")
    c_rows(c, rows, [trow[7], ptotal], trow[6])
    c_grade(c, ptotal, c.g(r"评价等级为“(.{1,2})”"), "等级")
    # inspections
    fl = c.gs(r"全年组织或配合飞行检查(\d+)次，其中配合国家医保局飞行检查(\d+)次、省医保局飞行检查(\d+)次，市级飞行检查(\d+)次")
    c_sum(c, fl[1:], fl[0], "飞行检查次数")
    c_eq(c, (fl[0], "次"), split_vu(rd["组织或配合飞行检查次数"]["act"]), "飞行检查次数")
    six = c.gs(r"(\d+)次市级飞行检查分别查实违规金额" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元、"
               + NUM + r"万元、" + NUM + r"万元，平均每次" + NUM + "万元")
    c_eq(c, (six[0], "次"), (fl[3], "次"), "市级飞检次数")
    c_eq(c, (six[0], "次"), (str(len(six[1:7])), "次"), "分别列举项数")
    c_avg(c, six[1:7], six[7], "市级飞检平均查实金额")
    md = rows_after(c.t, "| 机构类别 | 定点家数 | 现场检查家数 | 违规处理家数", "|")
    kind_table(c, md, (4, 5, 6), 7, (1, 2, 3), None, "追回分类表")
    mt = by_first(md)["合计"]
    tot_i = c.g(r"定点医药机构共" + NUM + "家")
    med, ph = c.gs(r"其中定点医疗机构" + NUM + r"家、定点零售药店" + NUM + "家")
    c_sum(c, [med, ph], tot_i, "定点医药机构")
    c_sum(c, [r[1] for r in md[:3]], med, "定点医疗机构（分类表）")
    c_eq(c, (ph, "家"), (md[3][1], "家"), "定点零售药店")
    c_eq(c, (tot_i, "家"), (mt[1], "家"), "定点医药机构总数")
    insp, cov = c.gs(r"全年现场检查定点医药机构" + NUM + r"家，覆盖率" + NUM + "%")
    c_rate(c, cov, insp, tot_i, "现场检查覆盖率")
    c_eq(c, (insp, "家"), (mt[2], "家"), "现场检查家数")
    c_eq(c, (cov, "%"), split_vu(rd["定点医药机构现场检查覆盖率"]["act"]), "覆盖率")
    proc, share = c.gs(r"对其中" + NUM + r"家存在违规行为的机构作出处理，占检查家数的" + NUM + "%")
    c_rate(c, share, proc, insp, "处理家数占比")
    c_eq(c, (proc, "家"), (mt[3], "家"), "违规处理家数")
    a, b, b_yuan, f, s = c.gs(r"全年追回医保基金" + NUM + r"万元，拒付违规费用" + NUM + r"万元（" + NUM + r"元），处行政罚款"
                              + NUM + r"万元，合计" + NUM + "万元")
    c_sum(c, [a, b, f], s, "追回+拒付+罚款")
    c_eq(c, (b, "万元"), (b_yuan, "元"), "拒付两种写法")
    for val, col, nm in ((a, 4, "追回"), (b, 5, "拒付"), (f, 6, "罚款"), (s, 7, "合计")):
        c_eq(c, (val, "万元"), (mt[col], "万元"), nm)
    c_eq(c, (s, "万元"), split_vu(rd["追回医保基金及拒付、罚款金额"]["act"]), "追回合计 vs 自评表")
    c_eq(c, (spent, "万元"), split_vu(rd["项目支出控制数"]["act"]), "执行数 vs 成本指标")
    c_eq(c, (copies, "份"), split_vu(rd["第三方协查病历份数"]["act"]), "协查份数")
    sat, s1, s2 = c.gs(r"参保群众满意度为" + NUM + r"%，其中城镇职工满意度" + NUM + r"%、城乡居民满意度" + NUM + "%")
    for x in (sat, s1, s2):
        c_bound(c, x, "满意度")
    c_eq(c, (sat, "%"), split_vu(rd["参保群众满意度"]["act"]), "满意度")
    c_eq(c, (c.g(r"全年仅上线(\d+)条规则"), "条"), split_vu(rd["智能监控规则库规则数"]["act"]), "规则数")
    c_eq(c, (c.g(r"未达到(\d+)条的目标"), "条"), split_vu(rd["智能监控规则库规则数"]["tgt"]), "规则数目标")
    rt, ra = split_vu(rd["智能监控规则库规则数"]["tgt"])[0], split_vu(rd["智能监控规则库规则数"]["act"])[0]
    c_eq(c, (str(N(rt) - N(ra)), "条"), (c.g(r"(\d+)条规则待\d{4}年部署"), "条"), "待部署规则数")
    for pat, unit, nm in ((r"飞行检查不少于" + NUM + "次", "次", "组织或配合飞行检查次数"),
                          (r"罚款金额不低于" + NUM + "万元", "万元", "追回医保基金及拒付、罚款金额"),
                          (r"满意度不低于" + NUM + "%", "%", "参保群众满意度")):
        c_eq(c, (c.g(pat), unit), split_vu(rd[nm]["tgt"]), f"目标 {nm}")


def m_shaoguan(c):
    Y = 2020
    c_years_all(c, Y)
    c_year(c, c.g(r"(\d{4})年年初预算"), lambda y: y == Y, "预算年度")
    c_year(c, c.g(r"结转至(\d{4})年继续使用"), lambda y: y > Y, "结转至")
    ini, add, ann = c.gs(r"年年初预算" + NUM + r"万元，年中追加" + NUM + r"万元（[^）]*），全年预算" + NUM + "万元")
    c_sum(c, [ini, add], ann, "年初+追加")
    pj = c.gs(r"项目支出全年预算" + NUM + r"万元，分别为医保基金监管专项" + NUM + r"万元、医保信息系统运维" + NUM
              + r"万元、经办服务能力提升" + NUM + "万元")
    c_sum(c, pj[1:], pj[0], "项目支出构成")
    spent = c.g(r"全年支出" + NUM + "万元，预算执行")
    fr = by_first(rows_after(c.t, "资金类别｜年初预算数", "｜"))
    base, proj, tot = fr["基本支出"], fr["项目支出"], fr["合计"]
    for i in (1, 2, 3):
        c_sum(c, [base[i], proj[i]], tot[i], f"部门预算 column {i}")
    for r in (base, proj, tot):
        c_rate(c, r[4], r[3], r[2], f"执行率 {r[0]}")
    c_eq(c, (ini, "万元"), (tot[1], "万元"), "年初预算")
    c_eq(c, (ann, "万元"), (tot[2], "万元"), "全年预算")
    c_eq(c, (spent, "万元"), (tot[3], "万元"), "全年执行")
    c_eq(c, (pj[0], "万元"), (proj[2], "万元"), "项目支出全年预算")
    c_diff(c, ann, spent, c.g(r"全年未执行资金" + NUM + "万元"), "未执行")
    c_eq(c, (c.g(r"项目支出执行率为" + NUM + "%"), "%"), split_vu(proj[4]), "项目支出执行率")
    sg, sg_cap = c.gs(r"“三公”经费支出" + NUM + r"万元，控制在" + NUM + "万元预算以内")
    ir, trow = ind_rows(rows_after(c.t, "一级指标｜二级指标｜三级指标", "｜"), 2, 3, 4, 5, 6, 7)
    rd = {r["name"]: r for r in ir}
    c_eq(c, split_vu(tot[4]), split_vu(rd["部门预算执行率"]["act"]), "执行率 vs 自评表")
    c_eq(c, (sg, "万元"), split_vu(rd["“三公”经费支出"]["act"]), "三公经费")
    c_eq(c, (sg_cap, "万元"), split_vu(rd["“三公”经费支出"]["tgt"]), "三公经费预算")
    c_rows(c, ir, [trow[7]], trow[6])
    c_grade(c, trow[7], c.g(r"整体支出绩效自评等级为“(.{1,2})”"), "等级")
    md = rows_after(c.t, "| 机构类别 | 定点家数 | 检查家数 | 检查覆盖率", "|")
    kind_table(c, md, (4, 5, 6), 7, (1, 2), (2, 1, 3), "追回分类表")
    mt = md[-1]
    c_eq(c, (c.g(r"定点医药机构" + NUM + "家，全年"), "家"), (mt[1], "家"), "定点医药机构总数")
    c_sum(c, [r[2] for r in md[:3]], c.g(r"开展现场检查" + NUM + "家，实现全覆盖"), "医疗机构检查家数")
    c_sum(c, [r[1] for r in md[:3]], c.g(r"开展现场检查" + NUM + "家，实现全覆盖"), "全覆盖：检查=定点")
    ph_n, ph_r = c.gs(r"对定点零售药店检查" + NUM + r"家，覆盖率" + NUM + "%")
    c_eq(c, (ph_n, "家"), (md[3][2], "家"), "药店检查家数")
    c_eq(c, (ph_r, "%"), split_vu(md[3][3]), "药店覆盖率")
    c_eq(c, (ph_r, "%"), split_vu(rd["定点零售药店检查覆盖率"]["act"]), "药店覆盖率 vs 自评表")
    c_eq(c, (c.g(r"组织市级飞行检查" + NUM + "次"), "次"), split_vu(rd["市级飞行检查次数"]["act"]), "飞检次数")
    c_eq(c, (c.g(r"全部检查覆盖率" + NUM + "%"), "%"), split_vu(mt[3]), "全部覆盖率")
    c_eq(c, (c.g(r"宣传活动" + NUM + "场"), "场"), split_vu(rd["基金监管宣传活动场次"]["act"]), "宣传场次")
    c_eq(c, (c.g(r"审核住院病例占比" + NUM + "%。"), "%"), split_vu(rd["智能监控审核住院病例占比"]["act"]), "智能审核")
    a, b, f, s = c.gs(r"全年追回医保基金" + NUM + r"万元、拒付违规费用" + NUM + r"万元、处行政罚款" + NUM + r"万元，合计" + NUM + "万元")
    c_sum(c, [a, b, f], s, "追回+拒付+罚款")
    for val, col, nm in ((a, 4, "追回"), (b, 5, "拒付"), (f, 6, "罚款"), (s, 7, "合计")):
        c_eq(c, (val, "万元"), (mt[col], "万元"), nm)
    c_eq(c, (s, "万元"), split_vu(rd["追回、拒付及罚款金额"]["act"]), "追回合计 vs 自评表")
    c_eq(c, (c.g(r"整改到位率" + NUM + "%，"), "%"), split_vu(rd["违规问题整改到位率"]["act"]), "整改到位率")
    mv, mt_ = c.gs(r"移送欺诈骗保案件(\d+)件（年度目标(\d+)件")
    c_eq(c, (mv, "件"), split_vu(rd["移送公安机关案件数"]["act"]), "移送案件")
    c_eq(c, (mt_, "件"), split_vu(rd["移送公安机关案件数"]["tgt"]), "移送案件目标")
    c_eq(c, (str(N(mt_) - N(mv)), "件"), (c.g(r"(\d+)件因证据补充"), "件"), "未移送案件（文字）")
    c_eq(c, (str(N(mt_) - N(mv)), "件"), (c.g(r"｜(\d+)件案件需补充证据"), "件"), "未移送案件（表）")
    gr, gcap = c.gs(r"住院次均费用增长率" + NUM + r"%，低于" + NUM + "%的控制目标")
    c_eq(c, (gr, "%"), split_vu(rd["住院次均费用增长率"]["act"]), "次均费用增长率")
    c_eq(c, (gcap, "%"), split_vu(rd["住院次均费用增长率"]["tgt"]), "次均费用增长率目标")
    sat, s1, s2 = c.gs(r"综合满意度" + NUM + r"%，其中参保群众满意度" + NUM + r"%、定点医药机构满意度" + NUM + "%")
    for x in (sat, s1, s2):
        c_bound(c, x, "满意度")
    c_eq(c, (sat, "%"), split_vu(rd["综合满意度"]["act"]), "综合满意度")


def m_nanchong(c):
    Y = 2022
    c_years_all(c, Y)
    c_year(c, c.g(r"截至(\d{4})年12月31日"), lambda y: y == Y, "截至")
    c_year(c, c.g(r"结转至(\d{4})年支付"), lambda y: y > Y, "结转至")
    ini = c.g(r"项目年初预算" + NUM + "万元")
    add = c.g(r"追加" + NUM + "万元用于")
    oth = c.g(r"交叉检查协作经费" + NUM + "万元")
    ann = c.g(r"全年预算" + NUM + "万元。")
    c_sum(c, [ini, add, oth], ann, "年初+追加+其他")
    spent = c.g(r"全年执行" + NUM + "万元，主要")
    c_diff(c, ann, spent, c.g(r"剩余" + NUM + "万元"), "剩余")
    fr = by_first(rows_after(c.t, "项目资金｜年初预算数", "｜"))
    tot = fr["年度资金总额"]
    comps = [fr["其中：财政资金"], fr["财政专户管理资金"], fr["单位资金"], fr["其他资金"]]
    for i in (1, 2, 3):
        c_sum(c, [r[i] for r in comps], tot[i], f"资金总额 column {i}")
    c_eq(c, (ini, "万元"), (tot[1], "万元"), "年初预算")
    c_eq(c, (ann, "万元"), (tot[2], "万元"), "全年预算")
    c_eq(c, (spent, "万元"), (tot[3], "万元"), "全年执行")
    c_eq(c, (oth, "万元"), (fr["其他资金"][2], "万元"), "其他资金")
    c_eq(c, (str(N(ini) + N(add)), "万元"), (fr["其中：财政资金"][2], "万元"), "财政资金全年预算")
    c_rate(c, tot[5], tot[3], tot[2], "执行率")
    c_eq(c, (c.g(r"预算执行率" + NUM + "%，产出"), "%"), split_vu(tot[5]), "执行率 restated")
    rows = [{"name": "预算执行率", "tgt": "100%", "act": tot[5], "comp": None, "w": tot[4], "s": tot[6]}]
    ir, trow = ind_rows(rows_after(c.t, "一级指标｜二级指标｜三级指标｜指标性质", "｜"), 2, 4, 5, None, 6, 7, dir_i=3)
    rows += ir
    rd = {r["name"]: r for r in rows}
    ptotal = c.g(r"自评得分" + NUM + "分")
    c_rows(c, rows, [trow[7], ptotal], trow[6])
    c_grade(c, ptotal, c.g(r"评价等级为(优秀|良好|合格|中等|较差|优|良|中|差)"), "等级")
    approx_cost, cap = c.gs(r"单家次检查差旅成本约" + NUM + r"元，控制在" + NUM + "元以内")
    c_eq(c, (approx_cost, "元"), split_vu(rd["单家次检查差旅成本"]["act"]), "单家次成本")
    c_eq(c, (cap, "元"), split_vu(rd["单家次检查差旅成本"]["tgt"]), "单家次成本上限")
    md = rows_after(c.t, "| 机构类别 | 定点机构数 | 飞行检查家数 | 覆盖率", "|")
    kind_table(c, md, (4, 5, 6), 7, (1, 2), (2, 1, 3), "飞检分类表")
    mt = md[-1]
    c_eq(c, (c.g(r"定点医药机构" + NUM + "家。"), "家"), (mt[1], "家"), "定点医药机构总数")
    n_fj = c.g(r"全年对" + NUM + "家定点医药机构开展飞行检查")
    c_eq(c, (n_fj, "家"), (mt[2], "家"), "飞检家数")
    c_eq(c, split_vu(rd["飞行检查定点医药机构数"]["act"]), (mt[2], "家"), "飞检家数 vs 自评表")
    c_eq(c, (c.g(r"其中三级医院" + NUM + "家，实现全覆盖"), "家"), (md[0][2], "家"), "三级医院飞检")
    c_eq(c, (c.g(r"协查病案" + NUM + "份"), "份"), split_vu(rd["第三方专业机构协查病案数"]["act"]), "协查病案")
    c_eq(c, (c.g(r"到账率" + NUM + "%，"), "%"), split_vu(rd["追回资金到账率"]["act"]), "到账率")
    s = c.g(r"追回医保基金及拒付、罚款合计" + NUM + "万元")
    c_eq(c, (s, "万元"), (mt[7], "万元"), "追回合计")
    c_eq(c, (s, "万元"), split_vu(rd["追回医保基金及拒付、罚款金额"]["act"]), "追回合计 vs 自评表")
    c_eq(c, (c.g(r"完结率" + NUM + "%，"), "%"), split_vu(rd["违规线索核查完结率"]["act"]), "完结率")
    c_eq(c, (c.g(r"复发率" + NUM + "%，"), "%"), split_vu(rd["定点医药机构违规问题复发率"]["act"]), "复发率")
    for pat, unit, nm in ((r"全年对不少于" + NUM + "家", "家", "飞行检查定点医药机构数"),
                          (r"协查病案不少于" + NUM + "份", "份", "第三方专业机构协查病案数"),
                          (r"罚款金额不低于" + NUM + "万元", "万元", "追回医保基金及拒付、罚款金额"),
                          (r"完结率不低于" + NUM + "%", "%", "违规线索核查完结率")):
        c_eq(c, (c.g(pat), unit), split_vu(rd[nm]["tgt"]), f"目标 {nm}")


def m_changzhi(c):
    Y = 2023
    c_years_all(c, Y)
    c_year(c, c.g(r"1年（(\d{4})年1月至12月）"), lambda y: y == Y, "实施期")
    c_year(c, c.g(r"(\d{4})年结转的第三方协查服务尾款"), lambda y: y == Y - 1, "上年结转来源")
    c_year(c, c.g(r"上年结转资金已于(\d{4})年3月"), lambda y: y == Y, "结转资金支付")
    c_year(c, c.g(r"结转至(\d{4})年继续使用"), lambda y: y > Y, "结转至")
    fr = rows_after(c.t, "项目\t行次\t年度总金额", "\t")
    R = {r[1].split("=")[0]: r for r in fr}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = R[k]
        c_sum(c, [r[3], r[8], r[9]], r[2], f"{k} 年度总金额")
        c_sum(c, [r[4], r[5], r[6], r[7]], r[3], f"{k} 财政资金小计")
    for i in range(2, 10):
        c_diff(c, R["(3)"][i], R["(4)"][i], R["(5)"][i], f"(5) column {i}")
        c_rate(c, R["(6)"][i], R["(3)"][i], R["(2)"][i], f"(6) column {i}")
        c_rate(c, R["(7)"][i], R["(4)"][i], R["(2)"][i], f"(7) column {i}")
    ann, city, prov, co = c.gs(r"全年预算" + NUM + r"万元，其中市级预算" + NUM + r"万元、省医疗保障局11月下达的飞行检查补助资金" + NUM
                               + r"万元、2022年结转的第三方协查服务尾款" + NUM + "万元")
    c_sum(c, [city, prov, co], ann, "全年预算构成")
    for val, col, nm in ((ann, 2, "全年预算"), (city, 6, "市级"), (prov, 5, "省级"), (co, 8, "上年结转")):
        c_eq(c, (val, "万元"), (R["(2)"][col], "万元"), nm)
    spent = c.g(r"全年执行" + NUM + "万元，其中上年结转")
    c_eq(c, (spent, "万元"), (R["(4)"][2], "万元"), "全年执行")
    bal = c.g(r"结余" + NUM + "万元主要")
    c_eq(c, (bal, "万元"), (R["(5)"][2], "万元"), "结余")
    c_diff(c, ann, spent, bal, "结余（文字）")
    ir, trow = ind_rows(rows_after(c.t, "一级指标\t二级指标\t目标指标", "\t"), 2, 4, 5, 6, 3, 7)
    rd = {r["name"]: r for r in ir}
    c_eq(c, (R["(7)"][2], "%"), split_vu(rd["预算执行率"]["act"]), "执行率 vs 自评表")
    c_eq(c, (c.g(r"预算执行率" + NUM + "%，省级"), "%"), split_vu(rd["预算执行率"]["act"]), "执行率 restated")
    c_eq(c, (spent, "万元"), split_vu(rd["项目支出总额"]["act"]), "执行数 vs 成本指标")
    c_eq(c, (ann, "万元"), split_vu(rd["项目支出总额"]["tgt"]), "预算 vs 成本指标目标")
    ptotal = c.g(r"总得分" + NUM + "分")
    c_rows(c, ir, [trow[7], ptotal], trow[3])
    c_grade(c, ptotal, c.g(r"属于“(.{1,2})”"), "等级")
    c_eq(c, (c.g(r"全年组织市级飞行检查" + NUM + "次"), "次"), split_vu(rd["市级飞行检查次数"]["act"]), "飞检次数")
    md = rows_after(c.t, "| 机构类别 | 定点家数 | 现场检查家数 | 检查覆盖率", "|")
    kind_table(c, md, (4, 5, 6), 7, (1, 2), (2, 1, 3), "追回分类表")
    mt = md[-1]
    c_eq(c, (c.g(r"定点医药机构" + NUM + "家。"), "家"), (mt[1], "家"), "定点医药机构总数")
    n_i, cov = c.gs(r"对全市" + NUM + r"家定点医药机构开展现场检查，检查覆盖率" + NUM + "%")
    c_eq(c, (n_i, "家"), (mt[2], "家"), "检查家数")
    c_eq(c, (cov, "%"), split_vu(mt[3]), "检查覆盖率")
    c_eq(c, (c.g(r"整改到位率" + NUM + "%，"), "%"), split_vu(rd["违规问题整改到位率"]["act"]), "整改到位率")
    c_eq(c, (c.g(r"平均" + NUM + "个工作日内送达"), "个工作日"), split_vu(rd["飞检反馈意见送达时限"]["act"]), "送达时限")
    a, b, f, s = c.gs(r"全年追回医保基金" + NUM + r"万元、拒付" + NUM + r"万元、罚款" + NUM + r"万元，合计" + NUM + "万元")
    c_sum(c, [a, b, f], s, "追回+拒付+罚款")
    for val, col, nm in ((a, 4, "追回"), (b, 5, "拒付"), (f, 6, "罚款"), (s, 7, "合计")):
        c_eq(c, (val, "万元"), (mt[col], "万元"), nm)
    c_eq(c, (s, "万元"), split_vu(rd["追回医保基金及拒付、罚款金额"]["act"]), "追回合计 vs 自评表")
    q = c.gs(r"拦截疑点费用" + NUM + r"万元，四个季度分别拦截" + NUM + r"万元、" + NUM + r"万元、" + NUM + r"万元、" + NUM
             + r"万元，季度平均" + NUM + "万元")
    c_sum(c, q[1:5], q[0], "季度拦截合计")
    c_avg(c, q[1:5], q[5], "季度平均")
    c_eq(c, (q[0], "万元"), split_vu(rd["智能监控拦截疑点费用"]["act"]), "拦截费用 vs 自评表")
    sent, back, sat = c.gs(r"发放问卷" + NUM + r"份，回收有效问卷" + NUM + r"份，满意度" + NUM + "%")
    c_bound(c, sat, "满意度")
    if N(back) > N(sent):
        c.err("implausible_rate", "回收问卷多于发放")
    c_eq(c, (sat, "%"), split_vu(rd["定点医药机构满意度"]["act"]), "满意度")
    c_eq(c, (c.g(r"定点零售药店检查覆盖率仅" + NUM + "%"), "%"), split_vu(md[3][3]), "药店覆盖率")
    for pat, unit, nm in ((r"飞行检查不少于" + NUM + "次", "次", "市级飞行检查次数"),
                          (r"整改到位率不低于" + NUM + "%", "%", "违规问题整改到位率"),
                          (r"罚款金额不低于" + NUM + "万元", "万元", "追回医保基金及拒付、罚款金额"),
                          (r"追回资金未达到" + NUM + "万元的目标", "万元", "追回医保基金及拒付、罚款金额"),
                          (r"拦截疑点费用不低于" + NUM + "万元", "万元", "智能监控拦截疑点费用"),
                          (r"满意度不低于" + NUM + "%", "%", "定点医药机构满意度"),
                          (r"略低于" + NUM + "%的目标", "%", "定点医药机构满意度")):
        c_eq(c, (c.g(pat), unit), split_vu(rd[nm]["tgt"]), f"目标 {nm}")


def m_zunyi(c):
    Y = 2025
    c_years_all(c, Y)
    c_year(c, c.g(r"加上(\d{4})年结转的"), lambda y: y == Y - 1, "上年结转来源")
    c_year(c, c.g(r"已于(\d{4})年12月提前下达"), lambda y: y in (Y - 1, Y), "提前下达")
    c_year(c, c.g(r"结转至(\d{4})年支付"), lambda y: y > Y, "结转至")
    ini, prov, co, ann = c.gs(r"项目年初预算" + NUM + r"万元；6月省医疗保障局下达基金监管补助资金" + NUM + r"万元，加上\d{4}年结转的"
                              + NUM + r"万元，全年预算" + NUM + "万元")
    c_sum(c, [ini, prov, co], ann, "全年预算构成")
    spent = c.g(r"全年支出" + NUM + "万元，主要")
    c_diff(c, ann, spent, c.g(r"结余" + NUM + "万元为"), "结余")
    fr = by_first(rows_after(c.t, "| 项目资金（万元） | 年初预算数", "|"))
    tot, cur, cor, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for i in (1, 2, 3):
        c_sum(c, [cur[i], cor[i], oth[i]], tot[i], f"资金总额 column {i}")
    for r in (tot, cur, cor, oth):
        c_rate(c, r[5], r[3], r[2], f"执行率 {r[0]}")
    c_eq(c, (ini, "万元"), (tot[1], "万元"), "年初预算")
    c_eq(c, (ann, "万元"), (tot[2], "万元"), "全年预算")
    c_eq(c, (spent, "万元"), (tot[3], "万元"), "全年执行")
    c_eq(c, (co, "万元"), (cor[2], "万元"), "上年结转")
    c_eq(c, (str(N(ini) + N(prov)), "万元"), (cur[2], "万元"), "当年财政拨款全年预算")
    c_eq(c, (c.g(r"预算执行率" + NUM + "%，飞行检查"), "%"), split_vu(tot[5]), "执行率 restated")
    pushed, checked, crate = c.gs(r"推送疑点数据" + NUM + r"条，已核查" + NUM + r"条，核查率" + NUM + "%")
    c_rate(c, crate, checked, pushed, "疑点核查率")
    recv, done, drate = c.gs(r"受理举报线索" + NUM + r"件，按期办结" + NUM + r"件，按期办结率" + NUM + "%")
    c_rate(c, drate, done, recv, "按期办结率")
    c_eq(c, (str(N(recv) - N(done)), "件"), (c.g(r"(\d+)件线索涉及司法鉴定"), "件"), "延期办结线索")
    rows = [{"name": "预算执行率", "tgt": "100%", "act": tot[5], "comp": None, "w": tot[4], "s": tot[6]}]
    ir, trow = ind_rows(rows_after(c.t, "| 一级指标 | 二级指标 | 三级指标", "|"), 2, 3, 4, 5, 6, 7)
    rows += ir
    rd = {r["name"]: r for r in rows}
    ptotal = c.g(r"自评得分" + NUM + "分")
    c_rows(c, rows, [trow[7], ptotal], trow[6])
    c_grade(c, ptotal, c.g(r"评价等级为“(.{1,2})”"), "等级")
    c_eq(c, (drate, "%"), split_vu(rd["举报线索按期办结率"]["act"]), "办结率 vs 自评表")
    c_eq(c, (c.g(r"按每人每天" + NUM + "元执行"), "元/人·天"), split_vu(rd["飞检人员差旅补助标准"]["act"]), "差旅补助")
    c_eq(c, (c.g(r"低于" + NUM + "元的控制标准"), "元/人·天"), split_vu(rd["飞检人员差旅补助标准"]["tgt"]), "差旅补助上限")
    md = rows_after(c.t, "| 机构类别 | 定点家数 | 飞行检查家数 | 覆盖率", "|")
    kind_table(c, md, (4, 5, 6), 7, (1, 2), (2, 1, 3), "飞检分类表")
    mt = md[-1]
    c_eq(c, (c.g(r"定点医药机构" + NUM + "家，医保"), "家"), (mt[1], "家"), "定点医药机构总数")
    n_fj, n3, n2 = c.gs(r"全年对" + NUM + r"家定点医药机构开展飞行检查，其中三级医院" + NUM + r"家、二级医院" + NUM + "家")
    c_eq(c, (n_fj, "家"), (mt[2], "家"), "飞检家数")
    c_eq(c, (n_fj, "家"), split_vu(rd["飞行检查定点医药机构家数"]["act"]), "飞检家数 vs 自评表")
    c_eq(c, (n3, "家"), (md[0][2], "家"), "三级医院")
    c_eq(c, (n2, "家"), (md[1][2], "家"), "二级医院")
    c_rate(c, split_vu(rd["二级及以上定点医院检查覆盖率"]["act"])[0], str(N(md[0][2]) + N(md[1][2])),
           str(N(md[0][1]) + N(md[1][1])), "二级及以上覆盖率")
    c_eq(c, (c.g(r"协查病案" + NUM + "份"), "份"), split_vu(rd["第三方协查病案数"]["act"]), "协查病案")
    c_eq(c, (c.g(r"上线智能审核规则" + NUM + "条"), "条"), split_vu(rd["智能审核规则上线数"]["act"]), "审核规则")
    a, b, f, s = c.gs(r"全年追回医保基金" + NUM + r"万元、拒付违规费用" + NUM + r"万元、处行政罚款" + NUM + r"万元，合计" + NUM + "万元")
    c_sum(c, [a, b, f], s, "追回+拒付+罚款")
    for val, col, nm in ((a, 4, "追回"), (b, 5, "拒付"), (f, 6, "罚款"), (s, 7, "合计")):
        c_eq(c, (val, "万元"), (mt[col], "万元"), nm)
    c_eq(c, (s, "万元"), split_vu(rd["追回医保基金及拒付、罚款金额"]["act"]), "追回合计 vs 自评表")
    sat = c.g(r"参保群众满意度" + NUM + "%。")
    c_bound(c, sat, "满意度")
    c_eq(c, (sat, "%"), split_vu(rd["参保群众满意度"]["act"]), "满意度")
    for pat, unit, nm in ((r"对不少于" + NUM + "家", "家", "飞行检查定点医药机构家数"),
                          (r"罚款金额不低于" + NUM + "万元", "万元", "追回医保基金及拒付、罚款金额"),
                          (r"超过" + NUM + "万元的年度目标", "万元", "追回医保基金及拒付、罚款金额"),
                          (r"满意度不低于" + NUM + "%", "%", "参保群众满意度")):
        c_eq(c, (c.g(pat), unit), split_vu(rd[nm]["tgt"]), f"目标 {nm}")


MODELS = {
    "ah-bengbu-ybjg-2019": m_bengbu,
    "gd-shaoguan-ybj-bumen-2020": m_shaoguan,
    "sc-nanchong-feijian-2022": m_nanchong,
    "sx-changzhi-pianbao-2023": m_changzhi,
    "gz-zunyi-zhinengjianguan-2025": m_zunyi,
}


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return (p, len(a) - q), (p, len(b) - q)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(HERE, "cases", rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    if len(labels) != 35:
        problems.append(f"expected 35 labels, found {len(labels)}")
    counts = {}
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        n = len(text)
        if rec["clean"] and not (1500 <= n <= 5000):
            problems.append(f"{name}: length {n} outside 1500-5000")
        c = Ctx(text)
        try:
            MODELS[rec["source"]](c)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        got = sorted({code for code, _ in c.errors})
        want = sorted({e["code"] for e in rec["expected"]})
        if got != want:
            problems.append(f"{name}: expected {want}, got {got}: {c.errors}")
        if rec["clean"]:
            if c.warnings:
                problems.append(f"{name}: clean draft has warnings {c.warnings}")
            continue
        clean = texts[f"{rec['source']}-clean.txt"]
        (cs, ce), (es, ee) = diff_region(clean, text)
        if ce - cs > 40 or ee - es > 40:
            problems.append(f"{name}: edit longer than 40 characters ({ce - cs} -> {ee - es})")
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
        for e in rec["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if e.get("severity") != "error" or not e.get("explanation"):
                problems.append(f"{name}: label needs severity error and an explanation")
            k = text.count(e["value"])
            if k != 1:
                problems.append(f"{name}: value {e['value']!r} occurs {k} times")
                continue
            vs = text.find(e["value"])
            ve = vs + len(e["value"])
            s, t = (es, ee) if ee > es else (es, es + 1)
            if not (s < ve and vs < t):
                problems.append(f"{name}: edit [{es},{ee}) does not overlap value [{vs},{ve})")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    extra = set(counts) - set(CODES)
    if extra:
        problems.append(f"codes outside errors.md §A: {sorted(extra)}")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("per-code counts: " + ", ".join(f"{k}={counts[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
