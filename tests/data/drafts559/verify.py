#!/usr/bin/env python3
"""Re-read every figure from each case text and redo the arithmetic (stdlib + decimal only)."""
import json, os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
               "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
               "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"([\d,]+(?:\.\d+)?)"


def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(c, s):
    return abs(c - dec(s)) <= D(5) * D(10) ** (-ndec(s) - 1) + D("1e-9")


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(t):
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Ctx:
    def __init__(self, text):
        self.text = text
        self.found = {}  # code -> list of messages

    def add(self, code, msg):
        self.found.setdefault(code, []).append(msg)


# ---------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            cur.append(cells)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def col(header, *keys):
    for i, h in enumerate(header):
        if any(k in h for k in keys):
            return i
    return None


def isnum(c):
    return re.fullmatch(r"-?[\d,]+(\.\d+)?", c or "") is not None


def pct(c):
    m = re.fullmatch(r"([\d.]+)%?", c or "")
    return m.group(1) if m else None


TOTAL_FIRST = ("合计", "小计", "年度资金总额", "总分")


def check_funds(ctx, t):
    h = t[0]
    ib, ie, ir = col(h, "全年预算"), col(h, "全年执行"), col(h, "执行率")
    ii, ia, iar = col(h, "年初预算"), col(h, "实际到位"), col(h, "到位率")
    ibal, isc = col(h, "结余"), col(h, "自评得分")
    rows = t[1:]
    for r in rows:
        if r[0] == "平均":
            continue
        B, E = dec(r[ib]), dec(r[ie])
        A = dec(r[ia]) if ia is not None else None
        for idx, numer in ((ir, E), (iar, A)):
            if idx is None or numer is None:
                continue
            cell = r[idx]
            if cell in ("—", "-", ""):
                continue
            v = pct(cell)
            if B == 0:
                if dec(v) != 0:
                    ctx.add("implausible_rate", f"{r[0]}: rate {cell} on zero base")
                continue
            c = numer / B * 100
            if dec(v) > 100:
                ctx.add("implausible_rate" if close(c, v) else "rate_mismatch", f"{r[0]}: {cell} vs {c:.4f}")
            elif not close(c, v):
                ctx.add("rate_mismatch", f"{r[0]}: {cell} vs {c:.4f}")
        if ibal is not None and isnum(r[ibal]):
            base = A if A is not None else B
            if not close(base - E, r[ibal]):
                ctx.add("balance_mismatch", f"{r[0]}: 结余 {r[ibal]} vs {base - E}")
        if isc is not None and isnum(r[isc]) and not (D(0) <= dec(r[isc]) <= 100):
            ctx.add("score_exceeds_weight", f"{r[0]}: project score {r[isc]} > 100")
    tot = [r for r in rows if r[0] in TOTAL_FIRST]
    comps = [r for r in rows if r[0] not in TOTAL_FIRST and r[0] != "平均"]
    for tr in tot:
        for i in (ii, ib, ia, ie, ibal):
            if i is None or not isnum(tr[i]):
                continue
            vals = [dec(r[i]) for r in comps]
            sum_check(ctx, tr[i], vals, f"{tr[0]} col {h[i]}")
    av = [r for r in rows if r[0] == "平均"]
    if av and isc is not None:
        items = [dec(r[isc]) for r in comps if isnum(r[isc])]
        m = sum(items) / len(items)
        if not close(m, av[0][isc]):
            ctx.add("average_mismatch", f"平均 {av[0][isc]} vs {m:.4f}")


def sum_check(ctx, total_s, comps, what, comp_strs=None):
    c = sum(comps)
    if close(c, total_s):
        return
    # a single amount off by 10^4 explains it -> unit_mismatch
    t = dec(total_s)
    for k, v in enumerate(comps):
        for f in (D("0.0001"), D(10000)):
            if abs(c - v + v * f - t) <= D("0.006"):
                ctx.add("unit_mismatch", f"{what}: component {v} scaled by {f} reconciles")
                return
    for f in (D("0.0001"), D(10000)):
        if abs(c - t * f) <= D("0.006"):
            ctx.add("unit_mismatch", f"{what}: total scaled reconciles")
            return
    ctx.add("sum_mismatch", f"{what}: stated {total_s} vs sum {c}")


def parse_val(s):
    """'≥3000车次' -> (dir, number_str, unit); qualitative -> None"""
    s = s.replace("＞＝", "≥").replace("＜＝", "≤").strip()
    d = None
    if s[:1] in "≥>":
        d, s = "gte", s[1:]
    elif s[:1] in "≤<":
        d, s = "lte", s[1:]
    elif s[:1] == "=":
        d, s = "eq", s[1:]
    m = re.fullmatch(r"([\d.]+)(.*)", s.strip())
    if not m:
        return None
    return d, m.group(1), m.group(2).strip()


def check_indicators(ctx, t, doc):
    h = t[0]
    iw, isc = col(h, "分值"), col(h, "得分")
    it, ia, ic, idir = col(h, "指标值"), col(h, "实际完成值"), col(h, "完成率"), col(h, "指标性质")
    rows = [r for r in t[1:]]
    normal = [r for r in rows if r[0] not in TOTAL_FIRST]
    tot = [r for r in rows if r[0] in TOTAL_FIRST]
    sw = sum(dec(r[iw]) for r in normal)
    ss = sum(dec(r[isc]) for r in normal)
    for r in normal:
        w, s = dec(r[iw]), dec(r[isc])
        if s > w or s < 0:
            ctx.add("score_exceeds_weight", f"{r[2] if len(r) > 4 else r[1]}: {s} > {w}")
        if it is None:
            continue
        tv, av = parse_val(r[it]), parse_val(r[ia])
        if tv is None:
            continue  # qualitative
        d = tv[0]
        if idir is not None:
            d = {"≥": "gte", "≤": "lte", "=": "eq"}.get(r[idir], d)
        d = d or "gte"
        if av is None or av[2] != tv[2]:
            ctx.add("unit_mismatch", f"{r[it]} vs {r[ia]}")
            continue
        T, A = dec(tv[1]), dec(av[1])
        if "满意度" in r[2] and tv[2] == "%" and A > 100:
            ctx.add("implausible_rate", f"satisfaction {A}%")
        if d == "lte":
            comp = D(100) if A <= T else T / A * 100
            rule = w if A <= T else w * T / A
        elif d == "eq" and T == 0:
            comp = D(100) if A <= 0 else D(0)
            rule = w if A <= 0 else D(0)
        else:
            comp = A / T * 100
            rule = w * min(A / T, D(1))
        if ic is not None and r[ic] not in ("—", ""):
            if not close(comp, pct(r[ic])):
                ctx.add("completion_mismatch", f"{r[2]}: {r[ic]} vs {comp:.4f}")
        if not close(q2(rule), r[isc]):
            ctx.add("w:score_rule_mismatch", f"{r[2]}: {r[isc]} vs {rule:.4f}")
    for tr in tot:
        if not close(sw, tr[iw]) or (tr[0] == "总分" and dec(tr[iw]) != 100):
            ctx.add("weight_sum_mismatch", f"weights {sw} vs stated {tr[iw]}")
        if not close(ss, tr[isc]):
            ctx.add("score_sum_mismatch", f"scores {ss} vs stated {tr[isc]}")
        doc["blocks"].append((tr[0], sw, ss))


def check_compare(ctx, t):
    rows = {r[0]: r for r in t[1:]}
    for r in t[1:]:
        a, b, d = pct(r[1]), pct(r[2]), r[3]
        if not close(dec(b) - dec(a), d):
            ctx.add("sum_mismatch", f"增减 {r[0]}: {d} vs {dec(b) - dec(a)}")
    kb = [k for k in rows if k.startswith("全年预算数")]
    ke = [k for k in rows if k.startswith("全年执行数")]
    if kb and ke and "预算执行率" in rows:
        for j in (1, 2):
            c = dec(rows[ke[0]][j]) / dec(rows[kb[0]][j]) * 100
            if not close(c, pct(rows["预算执行率"][j])):
                ctx.add("rate_mismatch", f"comparison col {j}: {rows['预算执行率'][j]} vs {c:.4f}")


# ---------------------------------------------------------------- per-draft prose checks
def grab(ctx, pat):
    """pattern with one group (number) or two groups (number, unit); returns list of (Decimal in 万元, str)."""
    out = []
    for m in re.finditer(pat, ctx.text, re.M):
        s = m.group(1)
        unit = m.group(2) if m.lastindex and m.lastindex >= 2 else "万元"
        f = {"元": D("0.0001"), "万元": D(1), "亿元": D(10000)}.get(unit, D(1))
        out.append((dec(s) * f, s, unit))
    if not out:
        ctx.add("parse_error", f"no match for {pat}")
    return out


def one(ctx, pat):
    g = grab(ctx, pat)
    return g[0][0] if g else D(1)


def run_config(ctx, cfg, doc):
    Y = cfg["year"]
    for pat, num, den in cfg.get("rate", []):
        n = one(ctx, num[0]) - one(ctx, num[1]) if isinstance(num, tuple) else one(ctx, num)
        d = one(ctx, den)
        for v, s, _ in grab(ctx, pat):
            c = n / d * 100
            if v > 100:
                ctx.add("implausible_rate" if close(c, s) else "rate_mismatch", f"{pat}: {s} vs {c:.4f}")
            elif not close(c, s):
                ctx.add("rate_mismatch", f"{pat}: {s} vs {c:.4f}")
    for tot, comps, signs in cfg.get("sum", []):
        vals = [one(ctx, p) * sg for p, sg in zip(comps, signs)]
        for v, s, u in grab(ctx, tot):
            if u == "元":
                s = str(v)
            sum_check(ctx, s, vals, tot)
    for pat, a, b in cfg.get("balance", []):
        c = one(ctx, a) - one(ctx, b)
        for v, s, _ in grab(ctx, pat):
            if not close(c, s):
                ctx.add("balance_mismatch", f"{pat}: {s} vs {c}")
    for group in cfg.get("same", []):
        vals = [x for p in group for x in grab(ctx, p)]
        base = vals[0][0]
        bad = [x for x in vals if abs(x[0] - base) > D("0.00001")]
        if bad:
            # rescaling one amount by 10^4 reconciles -> unit_mismatch
            if all(any(abs(x[0] * f - base) <= D("0.00001") for f in (D("0.0001"), D(10000))) for x in bad):
                ctx.add("unit_mismatch", f"{group}: {[x[1] + x[2] for x in vals]}")
            else:
                ctx.add("conflicting_values", f"{group}: {[x[1] + x[2] for x in vals]}")
    for pat, items in cfg.get("avg", []):
        xs = [x[0] for x in grab(ctx, items)]
        m = sum(xs) / len(xs)
        for v, s, _ in grab(ctx, pat):
            if not close(m, s):
                ctx.add("average_mismatch", f"{s} vs {m:.4f}")
    total = doc["total"]
    for pat in cfg.get("total", []):
        for v, s, _ in grab(ctx, pat):
            if not close(total, s):
                ctx.add("score_sum_mismatch", f"{pat}: {s} vs {total}")
    for m in re.finditer(cfg["grade"], ctx.text, re.M):
        if grade_of(dec(m.group(1))) != m.group(2):
            ctx.add("grade_mismatch", f"{m.group(1)} -> {m.group(2)}")
    for pat, op in cfg.get("years", []):
        ms = list(re.finditer(pat, ctx.text, re.M))
        if not ms:
            ctx.add("parse_error", pat)
        for m in ms:
            y = int(m.group(1))
            ok = {"eq": y == Y, "gt": y > Y, "prev": y == Y - 1, "next": y == Y + 1}[op]
            if not ok:
                ctx.add("year_mismatch", f"{m.group(0)} (evaluation year {Y})")
    for pat, rate_pat, w in cfg.get("exec_score", []):
        r = one(ctx, rate_pat)
        for v, s, _ in grab(ctx, pat):
            c = w * min(r, D(100)) / 100
            if not close(c, s):
                ctx.add("w:score_rule_mismatch", f"exec score {s} vs {c}")


def check_case(text, cfg):
    ctx = Ctx(text)
    doc = {"blocks": []}
    for t in tables(text):
        h = t[0]
        if any("全年预算" in c for c in h) and any("全年执行" in c for c in h):
            check_funds(ctx, t)
        elif "分值" in h and "得分" in h:
            check_indicators(ctx, t, doc)
        elif "增减" in h:
            check_compare(ctx, t)
    tots = [b for b in doc["blocks"] if b[0] == "总分"]
    if tots:
        doc["total"] = tots[0][2]
    else:
        sub = [b for b in doc["blocks"] if b[0] == "小计"]
        if sum(b[1] for b in sub) != 100:
            ctx.add("weight_sum_mismatch", f"subtotal weights {[b[1] for b in sub]}")
        doc["total"] = sum(b[2] for b in sub)
    run_config(ctx, cfg, doc)
    return ctx.found


# ---------------------------------------------------------------- configuration per draft
def row(name, k, n):
    """regex for number cell k (1-based) of a table row with a cell equal to name followed by exactly n cells"""
    cells = [r"[^|\n]*" for _ in range(n)]
    cells[k - 1] = r"\s*" + NUM + r"%?\s*"
    return r"^\|(?:[^|\n]*\|)*?\s*" + re.escape(name) + r"\s*\|" + r"\|".join(cells) + r"\|\s*$"


GRADE = r"(?:自评总分为?|自评得分)([\d.]+)分，评价等级为“(.)”"
CONFIG = {
    "jx-zhangshu-jgswj-bumen-2020": {
        "year": 2020, "grade": GRADE,
        "rate": [(r"全年执行数1134\.84万元，预算执行率" + NUM + "%", row("年度资金总额", 3, 4), row("年度资金总额", 2, 4)),
                 (r"按10×" + NUM + "%", row("年度资金总额", 3, 4), row("年度资金总额", 2, 4)),
                 (r"占全年预算的" + NUM + "%", r"年中追加" + NUM + "万元", row("年度资金总额", 2, 4)),
                 (r"基本支出执行率" + NUM + "%", row("基本支出", 3, 5), row("基本支出", 2, 5)),
                 (r"执行率" + NUM + r"%，低于90%", row("公共机构节能改造", 2, 4), row("公共机构节能改造", 1, 4))],
        "sum": [(r"，全年预算数" + NUM + "万元", [r"年初预算数" + NUM + "万元", r"年中追加" + NUM + "万元"], [1, 1])],
        "balance": [(r"结转至\d{4}年继续使用" + NUM + "万元", row("公共机构节能改造", 1, 4), row("公共机构节能改造", 2, 4))],
        "same": [[r"，全年预算数" + NUM + "万元", row("年度资金总额", 2, 4), row("合计", 2, 5), row("全年预算数（万元）", 2, 3)],
                 [r"全年执行数" + NUM + "万元", row("年度资金总额", 3, 4), row("合计", 3, 5), row("全年执行数（万元）", 2, 3)],
                 [r"年初预算数" + NUM + "万元", row("年度资金总额", 1, 4)],
                 [r"年中追加" + NUM + "万元", r"追加资金" + NUM + "万元"],
                 [r"年末结转结余" + NUM + "万元", row("合计", 5, 5)],
                 [row("项目支出", 2, 5), row("合计", 1, 4)], [row("项目支出", 3, 5), row("合计", 2, 4)],
                 [r"上年结转资金" + NUM + r"(万元)（", r"上年结转资金[\d.]+万元（" + NUM + r"(元)）", row("上年结转资金", 2, 4)],
                 [r"共性指标得分" + NUM + "分", row("小计", 3, 3)]],
        "avg": [(r"平均自评得分" + NUM + "分", r"^\| [^|\d]+ \| [\d.]+ \| [\d.]+ \| [\d.]+% \| " + NUM + r" \|$")],
        "total": [r"自评总分为" + NUM + "分", row("自评总分（分）", 2, 3)],
        "years": [(r"局(\d{4})年度部门整体", "eq"), (r"(\d{4})年度年初预算", "eq"), (r"结转至(\d{4})年", "gt"),
                  (r"截至(\d{4})年12月31日", "eq"), (r"为(\d{4})年节能改造项目尾款", "prev"), (r"已于(\d{4})年6月", "eq")],
        "exec_score": [(row("预算执行率", 2, 2), row("年度资金总额", 4, 4), D(10))],
    },
    "sd-laiyang-jgswj-bumen-2024": {
        "year": 2024, "grade": GRADE,
        "rate": [(r"预算执行率" + NUM + "%；", row("年度资金总额", 3, 4), row("年度资金总额", 2, 4)),
                 (r"到位率" + NUM + "%", r"实际到位资金" + NUM + "万元", row("年度资金总额", 2, 4)),
                 (r"公共机构节能管理项目执行率" + NUM + "%", row("公共机构节能管理", 2, 4), row("公共机构节能管理", 1, 4))],
        "sum": [(r"，全年预算数" + NUM + "万元", [r"年初预算数" + NUM + "万元", r"年中调减" + NUM + "万元"], [1, -1]),
                (r"即每辆车每年约" + NUM + r"(元)", [r"\| ≤1\.80万元 \| " + NUM + r"万元"], [1])],
        "balance": [(r"年末结余" + NUM + "万元", r"实际到位资金" + NUM + "万元", row("年度资金总额", 3, 4))],
        "same": [[r"，全年预算数" + NUM + "万元", row("年度资金总额", 2, 4), row("全年预算数（万元）", 2, 3)],
                 [r"全年执行数" + NUM + "万元", row("年度资金总额", 3, 4), row("全年执行数（万元）", 2, 3)],
                 [r"年初预算数" + NUM + "万元", row("年度资金总额", 1, 4)],
                 [r"上年结转资金" + NUM + "万元为", row("上年结转资金", 2, 4)],
                 [r"共性指标得分" + NUM + "分", row("小计", 3, 3)],
                 [r"个性指标得分" + NUM + "分", r"^\| 小计 \| \| \| \| \| \| 70 \| " + NUM + r" \|"],
                 [r"能耗费用节约" + NUM + "万元，", r"\| ≥60万元 \| " + NUM + r"万元"]],
        "total": [r"自评总分" + NUM + "分", row("自评总分（分）", 2, 3)],
        "years": [(r"局(\d{4})年度部门整体", "eq"), (r"(\d{4})年度年初预算", "eq"), (r"上年结转资金[\d.]+万元为(\d{4})年", "prev"),
                  (r"(\d{4})年末在编", "eq"), (r"在(\d{4})年推行", "next")],
        "exec_score": [(row("预算执行率", 2, 2), row("年度资金总额", 4, 4), D(10))],
    },
    "sc-jianyang-gongcheping-2019": {
        "year": 2019, "grade": GRADE,
        "rate": [(r"，预算执行率" + NUM + "%", row("年度资金总额", 3, 4), row("年度资金总额", 2, 4)),
                 (row("预算执行率", 3, 6), row("年度资金总额", 3, 4), row("年度资金总额", 2, 4)),
                 (r"同比下降" + NUM + r"%（", (r"2018年为" + NUM + "万元", row("年度资金总额", 3, 4)), r"2018年为" + NUM + "万元")],
        "sum": [(r"，全年预算数" + NUM + "万元", [r"年初预算数" + NUM + "万元", r"调减" + NUM + "万元"], [1, -1])],
        "balance": [(r"未使用的" + NUM + "万元", row("年度资金总额", 2, 4), row("年度资金总额", 3, 4))],
        "same": [[r"，全年预算数" + NUM + "万元", r"项目全年预算数" + NUM + "万元", row("年度资金总额", 2, 4)],
                 [r"全年执行数" + NUM + "万元", row("年度资金总额", 3, 4)],
                 [r"年初预算数" + NUM + "万元", row("年度资金总额", 1, 4)],
                 [r"累计派车" + NUM + "车次", r"\| ≥ \| 2800车次 \| " + NUM + r"车次"],
                 [r"同比下降" + NUM + r"%（", r"\| ≥ \| 5% \| " + NUM + r"%"]],
        "total": [r"自评得分" + NUM + "分"],
        "years": [(r"局(\d{4})年度公务用车", "eq"), (r"截至(\d{4})年12月31日", "eq"), (r"（(\d{4})年为", "prev"), (r"建议(\d{4})年", "next")],
        "exec_score": [(row("预算执行率", 6, 6), row("年度资金总额", 4, 4), D(10))],
    },
    "hb-macheng-jiguanshitang-2022": {
        "year": 2022, "grade": GRADE,
        "rate": [(r"，执行率" + NUM + "%；", row("合计", 3, 4), row("合计", 1, 4)),
                 (r"到位率" + NUM + "%", row("合计", 2, 4), row("合计", 1, 4)),
                 (row("预算执行率", 2, 5), row("合计", 3, 4), row("合计", 1, 4)),
                 (r"执行率" + NUM + "%。食堂", r"实际支出" + NUM + "万元", r"消毒柜更换子项预算" + NUM + "万元")],
        "sum": [(r"食材采购补助" + NUM + "万元中", [r"大米及食用油采购" + NUM + "万元", r"蔬菜肉类采购" + NUM + "万元", r"调味品及其他" + NUM + "万元"], [1, 1, 1])],
        "balance": [(r"年末结余" + NUM + "万元", row("合计", 2, 4), row("合计", 3, 4))],
        "same": [[r"项目全年预算" + NUM + "万元", row("合计", 1, 4)],
                 [r"全年执行数" + NUM + "万元", row("合计", 3, 4)],
                 [r"食材采购补助" + NUM + "万元中", row("食材采购补助", 1, 4)],
                 [r"食堂人员劳务费" + NUM + r"(万元|元)，", row("食堂人员劳务费", 1, 4)],
                 [r"人均每餐补助" + NUM + "元与", r"\| ≤15元 \| " + NUM + r"元"]],
        "total": [r"自评得分" + NUM + "分"],
        "years": [(r"^(\d{4})年度机关食堂", "eq"), (r"资金于(\d{4})年1月", "eq"), (r"主要是(\d{4})年多次", "eq"), (r"于(\d{4})年上半年", "next")],
        "exec_score": [(row("预算执行率", 5, 5), row("合计", 4, 4), D(20))],
    },
    "sn-hancheng-jienenggaizao-2025": {
        "year": 2025, "grade": GRADE,
        "rate": [(r"，执行率" + NUM + "%。", row("小计", 3, 6), row("小计", 1, 6)),
                 (row("预算执行率", 2, 5), row("小计", 3, 6), row("小计", 1, 6))],
        "balance": [(r"。结余" + NUM + "万元", row("小计", 2, 6), row("小计", 3, 6))],
        "same": [[r"项目全年预算数" + NUM + "万元", row("小计", 1, 6), r"≤" + NUM + r"万元 \|"],
                 [r"全年执行数" + NUM + "万元", r"实际支出" + NUM + "万元", row("小计", 3, 6), r"\| ≤205\.50万元 \| " + NUM + r"万元"],
                 [r"完成(\d+)台", r"\| ≥36台 \| " + NUM + r"台"],
                 [r"年节约标准煤" + NUM + "吨，", r"\| ≥150吨 \| " + NUM + r"吨"]],
        "total": [r"自评得分" + NUM + "分"],
        "years": [(r"局(\d{4})年度公共机构", "eq"), (r"结转至(\d{4})年", "gt"), (r"所在办公楼(\d{4})年", "eq"),
                  (r"纳入(\d{4})年度部门决算", "eq"), (r"^(\d{4})年一季度", "next")],
        "exec_score": [(row("预算执行率", 5, 5), row("小计", 6, 6), D(10))],
    },
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    problems, counts = [], {}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        found = check_case(text, CONFIG[lab["source"]])
        errs = {c for c in found if not c.startswith("w:")}
        if lab["clean"]:
            if found:
                problems.append(f"{lab['case']}: clean draft fails {found}")
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean with labels")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{lab['case']}: length {n}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected one label")
            continue
        e = lab["expected"][0]
        counts[e["code"]] = counts.get(e["code"], 0) + 1
        if e["code"] not in ERROR_CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity")
        if errs != {e["code"]}:
            problems.append(f"{lab['case']}: labelled {e['code']}, checks give {found}")
        if text.count(e["value"]) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(e['value'])}x")
        # one contiguous edit overlapping the value
        c = clean_text[lab["source"]]
        p = 0
        while p < min(len(c), len(text)) and c[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(c), len(text)) - p and c[-1 - s] == text[-1 - s]:
            s += 1
        old, new = c[p:len(c) - s], text[p:len(text) - s]
        if max(len(old), len(new)) > 40 or not new and not old:
            problems.append(f"{lab['case']}: edit too long/empty {old!r}->{new!r}")
        vs = text.find(e["value"])
        ve = vs + len(e["value"])
        if not (vs <= max(p, len(text) - s - 1) and p <= ve) or (new and not (vs < len(text) - s and p < ve)):
            problems.append(f"{lab['case']}: edit [{p},{len(text) - s}) does not overlap value [{vs},{ve})")
    for code in ERROR_CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)}x (< 2)")
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        for f in sys.argv[1:]:
            src = re.sub(r"-(clean|e\d+)\.txt$", "", os.path.basename(f))
            print(f, check_case(open(f, encoding="utf-8").read(), CONFIG[src]))
    else:
        main()
