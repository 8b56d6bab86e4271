#!/usr/bin/env python3
"""Verify the drafts501 set: re-read every figure from each case's text and redo its arithmetic.

Standard library + decimal only.  For every clean draft all checks must pass (no finding at all);
for every error case the set of error codes found must be exactly the labelled code.  Also checks
labels.jsonl (35 lines, values occur exactly once, one contiguous edit <= 40 characters that overlaps
the value, every error code of errors.md section A used at least twice).  Prints OK on success.

Conventions (see README.md, "Notes on labelling"):
  * tolerance from the stated number: |computed - stated| <= 0.5 * 10^-d (d = decimals as written);
    money compared in 万元 after unit normalisation, decimals judged in the unit as written;
  * rounding ROUND_HALF_UP;
  * derived figures (rates, completion rates, scores) are checked against their computation
    (rate_mismatch, completion_mismatch, score_sum_mismatch ...), not against each other;
    conflicting_values is used for restated raw quantities (amounts, counts, percentages measured);
  * a failed relation that is repaired exactly by rescaling one money amount by 10^4 is reported
    as unit_mismatch (the most specific explanation wins);
  * score_rule_mismatch (a row score that does not follow rules.md section 5) is a warning.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]
WARNING_CODES = ["score_rule_mismatch"]

NUM = r"(\d[\d,]*(?:\.\d+)?)"
EPS = D("1e-9")
MONEY = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}


class ParseError(Exception):
    pass


class V:
    """A number as written: string, unit, Decimal value, decimals."""

    def __init__(self, s, unit=""):
        s = s.strip()
        self.s = s
        self.unit = unit
        self.x = D(s.replace(",", ""))
        self.d = len(s.split(".")[1]) if "." in s else 0

    @property
    def money(self):
        return self.unit in MONEY

    @property
    def val(self):
        """Value in 万元 for money, else as written."""
        return self.x * MONEY[self.unit] if self.money else self.x

    @property
    def tol(self):
        t = D("0.5") * (D(10) ** (-self.d))
        if self.money:
            t = t * MONEY[self.unit]
        return t + EPS

    def __repr__(self):
        return f"{self.s}{self.unit}"


def W(s):
    return V(s, "万元")


def Y(s):
    return V(s, "元")


def P(s):
    return V(s.rstrip("%"), "%")


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Doc:
    def __init__(self, name, text):
        self.name = name
        self.text = text
        self.findings = []  # (code, severity, message)

    # ---------- extraction ----------
    def one(self, pat):
        ms = list(re.finditer(pat, self.text))
        if len(ms) != 1:
            raise ParseError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def table(self, first_cell, sep, stop_first=("合计", "总分"), stop_at=("一级指标",)):
        """Rows of the table whose header line starts with first_cell (exactly one such line)."""
        lines = self.text.split("\n")
        idx = [i for i, l in enumerate(lines) if sep in l and l.split(sep)[0].strip() == first_cell]
        if len(idx) != 1:
            raise ParseError(f"{self.name}: table header {first_cell!r} found {len(idx)} times")
        header = [h.strip() for h in lines[idx[0]].split(sep)]
        rows = []
        for l in lines[idx[0] + 1:]:
            cells = [c.strip() for c in l.split(sep)]
            if len(cells) < 3 or cells[0] in stop_at:
                break
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
            if cells[0].startswith(stop_first):
                break
        return rows

    # ---------- findings ----------
    def add(self, code, msg, sev=None):
        if sev is None:
            sev = "warning" if code in WARNING_CODES else "error"
        self.findings.append((code, sev, msg))

    def rel(self, code, vals, pred, msg):
        """pred(list of values) -> bool; values are V.val.  Rescue by rescaling one money amount."""
        xs = [v.val for v in vals]
        if pred(xs):
            return True
        for i, v in enumerate(vals):
            if not v.money:
                continue
            for f in (D(10000), D("0.0001"), D(100000000), D("0.00000001")):
                alt = list(xs)
                alt[i] = xs[i] * f
                if pred(alt):
                    self.add("unit_mismatch", f"{msg}: {v!r} is off by a factor {f}")
                    return False
        self.add(code, msg)
        return False

    def eq(self, a, b, msg, code="conflicting_values"):
        if a.unit and b.unit and (a.money != b.money or (not a.money and a.unit != b.unit)):
            raise ParseError(f"{self.name}: comparing {a!r} with {b!r}")
        t = max(a.tol, b.tol)
        return self.rel(code, [a, b], lambda x: abs(x[0] - x[1]) <= t, f"{msg}: {a!r} vs {b!r}")

    def total(self, tot, parts, msg, code="sum_mismatch", signs=None):
        signs = signs or [1] * len(parts)
        return self.rel(code, [tot] + parts,
                        lambda x: abs(sum(s * y for s, y in zip(signs, x[1:])) - x[0]) <= tot.tol,
                        f"{msg}: stated {tot!r}")

    def cost(self, tot, pairs, msg, code="sum_mismatch"):
        """tot (money) = sum of count x price(元)."""
        comp = sum(c.x * p.x for c, p in pairs) / D(10000)  # 万元
        vals = [tot]

        def pred(x):
            return abs(comp - x[0]) <= tot.tol
        return self.rel(code, vals, pred, f"{msg}: stated {tot!r}, computed {comp}万元")

    def balance(self, stated, a, b, msg):
        return self.rel("balance_mismatch", [stated, a, b],
                        lambda x: abs(x[1] - x[2] - x[0]) <= stated.tol,
                        f"{msg}: stated {stated!r}, {a!r} - {b!r}")

    def rate(self, stated, num, den, msg, bounded=True):
        """stated: string as written ('97.20%', '100%', '—'); num/den: V."""
        s = stated.strip()
        if s in ("—", "-", ""):
            return True
        v = P(s)
        if den.val == 0:
            if v.x != 0:
                self.add("implausible_rate", f"{msg}: rate {s} on a zero base")
                return False
            return True
        ok = True
        if bounded and (v.x > 100 or v.x < 0):
            self.add("implausible_rate", f"{msg}: rate {s} outside [0, 100%]")
            ok = False

        def pred(x):
            return abs(x[1] / x[2] * 100 - v.x) <= v.tol
        return self.rel("rate_mismatch", [v, num, den], pred,
                        f"{msg}: stated {s}, {num!r}/{den!r}") and ok

    def plausible(self, v, msg):
        if v.x > 100 or v.x < 0:
            self.add("implausible_rate", f"{msg}: {v!r} outside [0, 100%]")
            return False
        return True

    def average(self, stated, items, msg):
        comp = sum(i.x for i in items) / len(items)
        if abs(comp - stated.x) > stated.tol:
            self.add("average_mismatch", f"{msg}: stated {stated!r}, mean {comp}")
            return False
        return True

    def grade(self, tot, word, msg):
        g = GRADE_WORDS[word]
        if grade_of(tot.x) != g:
            self.add("grade_mismatch", f"{msg}: {word} for {tot!r} (band {grade_of(tot.x)})")
            return False
        return True

    def years(self, year):
        t = self.text
        # the evaluation year named in the title, the table heading and the notice being answered
        # ("纳入2024年度自评" about next year's evaluation is not a claim about this report's year)
        heads = t.split("\n")[:3] + [l for l in t.split("\n") if "自评表" in l or "开展" in l]
        for l in heads:
            for m in re.finditer(r"(\d{4})年度", l):
                if int(m.group(1)) != year:
                    self.add("year_mismatch", f"'{m.group(0)}' in a {year} report")
        for m in re.finditer(r"(\d{4})年(?:项目|部门)(?:年初|全年)预算", t):
            if int(m.group(1)) != year:
                self.add("year_mismatch", f"budget sentence '{m.group(0)}' in a {year} report")
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            if int(m.group(1)) != year:
                self.add("year_mismatch", f"'{m.group(0)}' in a {year} report")
        for m in re.finditer(r"结转(?:至|到)(\d{4})年", t):
            if int(m.group(1)) <= year:
                self.add("year_mismatch", f"'{m.group(0)}': carry-over must go to a later year than {year}")
        for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:提前|追加)?(?:下达|拨付|发放)", t):
            y, mo = int(m.group(1)), int(m.group(2))
            if not (y == year or (y == year - 1 and mo == 12)):
                self.add("year_mismatch", f"'{m.group(0)}': funds issued outside {year} (or its December advance)")
        for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:\d{1,2}日|底前)", t):
            if int(m.group(1)) != year:
                self.add("year_mismatch", f"date '{m.group(0)}' outside {year}")


# ---------- indicator tables ----------
SIGN = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}


def parse_value(s, unit_col="", sign_col=""):
    """-> None (qualitative/date) or (direction, V, unit)."""
    s = s.strip()
    m = re.match(r"^(≥|≤|＞|＜|>|<|=|＝)?\s*(\d[\d,]*(?:\.\d+)?)(.*)$", s)
    if not m:
        return None
    rest = m.group(3).strip()
    if re.search(r"[年月日]", rest):
        return None
    sign = m.group(1) or (sign_col if sign_col in SIGN else "")
    unit = rest or unit_col
    return SIGN.get(sign, "eq"), V(m.group(2), unit if unit in MONEY else ""), unit


def completion(direction, t, a):
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return None
    return max(a, D(0)) / t * 100


def indicator_checks(doc, rows, level_keys, extra=None):
    """Generic checks on an indicator table; rows include the closing total row.
    extra: (weight V, score V) of an execution line kept outside the table (funds block).
    Returns per-level weight/score sums and the total-row values."""
    body, last = rows[:-1], rows[-1]
    levels = {}
    prev = {k: "" for k in level_keys}
    wsum = ssum = D(0)
    for r in body:
        for k in level_keys:
            if r.get(k):
                prev[k] = r[k]
        level = prev[level_keys[0]]
        name = r["三级指标"]
        w, s = V(r["分值"]), V(r["得分"])
        wsum += w.x
        ssum += s.x
        lw = levels.setdefault(level, [D(0), D(0)])
        lw[0] += w.x
        lw[1] += s.x
        if s.x > w.x or s.x < 0:
            doc.add("score_exceeds_weight", f"{name}: score {s!r} > weight {w!r}")
        tcol = r.get("年度指标值", r.get("指标值", ""))
        acol = r.get("实际完成值", "")
        unit_col = r.get("度量单位", "")
        sign_col = r.get("指标性质", "")
        tv = parse_value(tcol, unit_col, sign_col)
        av = parse_value(acol, unit_col)
        comp_s = r.get("完成率", "")
        if tv is None or av is None:
            if (tv is None) != (av is None):
                doc.add("unit_mismatch", f"{name}: target {tcol!r} and actual {acol!r} not comparable")
            if comp_s not in ("", "—"):
                doc.add("completion_mismatch", f"{name}: completion {comp_s} for a qualitative row")
            continue
        direction, t, tunit = tv
        _, a, aunit = av
        if tunit != aunit:
            doc.add("unit_mismatch", f"{name}: target unit {tunit!r}, actual unit {aunit!r}")
            continue
        if aunit == "%":
            doc.plausible(P(a.s), f"{name}: actual")
        c = completion(direction, t.x, a.x)
        if comp_s not in ("", "—"):
            cv = P(comp_s)
            if c is None:
                doc.add("completion_mismatch", f"{name}: completion {comp_s} on a zero target")
            elif abs(c - cv.x) > cv.tol:
                doc.add("completion_mismatch", f"{name}: stated {comp_s}, computed {r2(c)}%")
        elif c is not None and "预算执行率" not in name and direction != "eq":
            pass
        # score rule (warning)
        if "预算执行率" in name:
            exp = [w.x * min(a.x / 100, D(1))]
        elif direction == "eq" and t.x == 0:
            exp = [w.x if a.x <= 0 else D(0)]
        elif direction == "lte":
            exp = [w.x if a.x <= t.x else w.x * t.x / a.x,
                   w.x if a.x <= t.x else max(D(0), w.x * (1 - (a.x - t.x) / t.x))]
        else:
            exp = [w.x * min(a.x / t.x, D(1))]
            if comp_s not in ("", "—"):
                exp.append(w.x * min(P(comp_s).x / 100, D(1)))
        if not any(abs(e - s.x) <= s.tol for e in exp):
            doc.add("score_rule_mismatch", f"{name}: score {s!r}, rule gives {[str(r2(e)) for e in exp]}")
    tw, ts = V(last["分值"]), V(last["得分"])
    if extra:
        wsum += extra[0].x
        ssum += extra[1].x
    if wsum != tw.x or tw.x != 100:
        doc.add("weight_sum_mismatch", f"weights sum to {wsum}, stated {tw!r} (must be 100)")
    if abs(ssum - ts.x) > ts.tol:
        doc.add("score_sum_mismatch", f"scores sum to {ssum}, stated total {ts!r}")
    return levels, tw, ts, wsum, ssum


def target_of(I, name):
    tv = parse_value(I[name].get("年度指标值", I[name].get("指标值", "")), I[name].get("度量单位", ""),
                     I[name].get("指标性质", ""))
    if tv is None:
        raise ParseError(f"no quantitative target in row {name}")
    return tv[1]


def goal(doc, pat, I, names, unit=""):
    """Targets restated in the goals paragraph must equal the table's 年度指标值."""
    m = doc.one(pat)
    for i, nm in enumerate(names, start=1):
        doc.eq(V(m[i], unit), V(target_of(I, nm).s, unit), f"goal {nm} restated")


def count_list(doc, stated, items, msg):
    if int(stated.x) != len(items):
        doc.add("sum_mismatch", f"{msg}: says {stated!r}, lists {len(items)}")


def row(rows, key, value):
    hit = [r for r in rows if r[key] == value]
    if len(hit) != 1:
        raise ParseError(f"row {value!r} found {len(hit)} times")
    return hit[0]


def funds_block(doc, rows, label_total, sub_labels):
    """MOF/Sichuan funds block: 年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分."""
    tot = row(rows, "项目资金（万元）", label_total)
    subs = [row(rows, "项目资金（万元）", l) for l in sub_labels]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        doc.total(W(tot[col]), [W(s[col]) for s in subs], f"funds block {col}: components")
    for r in [tot] + subs:
        doc.rate(r["执行率"], W(r["全年执行数"]), W(r["全年预算数"]),
                 f"funds block {r['项目资金（万元）']} 执行率")
    w, s = V(tot["分值"]), V(tot["得分"])
    if s.x > w.x or s.x < 0:
        doc.add("score_exceeds_weight", f"execution score {s!r} > weight {w!r}")
    r_unrounded = W(tot["全年执行数"]).val / W(tot["全年预算数"]).val
    exp = [w.x * min(r_unrounded, D(1))]
    if tot["执行率"] not in ("—", ""):
        exp.append(w.x * min(P(tot["执行率"]).x / 100, D(1)))
    if not any(abs(e - s.x) <= s.tol for e in exp):
        doc.add("score_rule_mismatch", f"execution score {s!r}, rule gives {[str(r2(e)) for e in exp]}")
    return tot, w, s


# =====================================================================================
# Project 1: 广宗县学生资助管理中心 2023 部门整体支出 (Hebei)
# =====================================================================================
def check_guangzong(doc):
    T = doc.text
    doc.years(2023)
    m = doc.one(r"部门年初预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + r"万元")
    ini_tot, ini_basic, ini_proj = W(m[1]), W(m[2]), W(m[3])
    m = doc.one(r"项目支出中，校服资助" + NUM + r"万元、义务教育教辅材料资助" + NUM + r"万元、资助管理工作经费" + NUM
                + r"万元、高中教辅材料资助" + NUM + r"万元")
    pini = [W(m[i]) for i in range(1, 5)]
    add = W(doc.one(r"追加校服资助资金" + NUM + r"万元")[1])
    cut = W(doc.one(r"资助管理工作经费调减" + NUM + r"万元")[1])
    ann_tot = W(doc.one(r"调整后全年预算" + NUM + r"万元")[1])
    adj_rate = doc.one(r"预算调整率" + NUM + r"%。")[1] + "%"

    rows = doc.table("项目", "｜", stop_first=("合计",))
    labels = ["基本支出", "项目支出", "其中：校服资助", "义务教育教辅材料资助", "资助管理工作经费", "高中教辅材料资助", "合计"]
    F = {l: row(rows, "项目", l) for l in labels}
    cols = ("年初预算数", "全年预算数", "全年执行数")
    g = lambda l, c: W(F[l][c])
    projects = labels[2:6]
    for c in cols:
        doc.total(g("项目支出", c), [g(l, c) for l in projects], f"项目支出 {c} = sum of projects")
        doc.total(g("合计", c), [g("基本支出", c), g("项目支出", c)], f"合计 {c} = 基本 + 项目")
    for l in labels:
        doc.rate(F[l]["执行率"], g(l, "全年执行数"), g(l, "全年预算数"), f"{l} 执行率")
    # prose vs table
    doc.total(ini_tot, [ini_basic, ini_proj], "年初预算 = 基本 + 项目 (prose)")
    doc.total(ini_proj, pini, "项目支出年初 = sum of projects (prose)")
    doc.eq(ini_tot, g("合计", "年初预算数"), "年初预算 prose vs table")
    doc.eq(ini_basic, g("基本支出", "年初预算数"), "基本支出年初 prose vs table")
    doc.eq(ini_proj, g("项目支出", "年初预算数"), "项目支出年初 prose vs table")
    for v, l in zip(pini, projects):
        doc.eq(v, g(l, "年初预算数"), f"{l} 年初 prose vs table")
    doc.total(ann_tot, [ini_tot, add, cut], "全年预算 = 年初 + 追加 - 调减", signs=[1, 1, -1])
    doc.eq(ann_tot, g("合计", "全年预算数"), "全年预算 prose vs table")
    doc.total(g("其中：校服资助", "全年预算数"), [g("其中：校服资助", "年初预算数"), add], "校服 全年 = 年初 + 追加")
    doc.total(g("资助管理工作经费", "全年预算数"), [g("资助管理工作经费", "年初预算数"), cut],
              "管理经费 全年 = 年初 - 调减", signs=[1, -1])
    doc.rate(adj_rate, V(str(ann_tot.x - ini_tot.x), "万元"), ini_tot, "预算调整率 (prose)")
    m = doc.one(r"部门实际支出" + NUM + r"万元，预算执行率" + NUM + r"%，较上年（2022年支出" + NUM + r"万元，执行率"
                + NUM + r"%）提高" + NUM + r"个百分点")
    doc.eq(W(m[1]), g("合计", "全年执行数"), "部门实际支出 prose vs table")
    doc.rate(m[2] + "%", g("合计", "全年执行数"), g("合计", "全年预算数"), "部门执行率 (prose)")
    pp = V(m[5])
    if abs(P(m[2]).x - P(m[4]).x - pp.x) > pp.tol:
        doc.add("rate_mismatch", f"percentage-point change {m[5]} vs {m[2]} - {m[4]}")
    unspent = W(doc.one(r"年末未支出" + NUM + r"万元")[1])
    doc.balance(unspent, g("合计", "全年预算数"), g("合计", "全年执行数"), "年末未支出 = 全年预算 - 执行")
    carry = W(doc.one(r"其中高中教辅材料资助" + NUM + r"万元因")[1])
    rest = W(doc.one(r"其余" + NUM + r"万元为结余")[1])
    doc.total(unspent, [carry, rest], "未支出 = 结转 + 结余")
    doc.balance(carry, g("高中教辅材料资助", "全年预算数"), g("高中教辅材料资助", "全年执行数"),
                "高中教辅 结转 = 全年预算 - 执行")
    cz_rate = doc.one(r"结转结余率" + NUM + r"%。")[1] + "%"
    ann, spent = g("合计", "全年预算数"), g("合计", "全年执行数")
    doc.rate(cz_rate, V(str(ann.x - spent.x), "万元"), ann, "结转结余率 (prose)")

    # project paragraphs
    m = doc.one(r"1\.校服资助。全年预算" + NUM + r"万元（" + NUM + r"元）")
    xf_ann, xf_yuan = W(m[1]), Y(m[2])
    doc.eq(xf_ann, xf_yuan, "校服 全年预算 written two ways")
    doc.eq(xf_ann, g("其中：校服资助", "全年预算数"), "校服 全年预算 prose vs table")
    m = doc.one(r"(\d{4})年(\d{1,2})月下达" + NUM + r"万元，(\d{4})年(\d{1,2})月追加下达" + NUM + r"万元")
    b1, b2 = W(m[3]), W(m[6])
    doc.total(xf_ann, [b1, b2], "校服 两批下达")
    doc.eq(b1, g("其中：校服资助", "年初预算数"), "校服 第一批 vs 年初预算")
    doc.eq(b2, add, "校服 追加下达 vs 追加")
    m = doc.one(r"按小学" + NUM + r"元/套、初中" + NUM + r"元/套、高中" + NUM + r"元/套的标准，为" + NUM + r"名小学生、"
                + NUM + r"名初中生和" + NUM + r"名高中生各配发冬季校服1套，共计" + NUM + r"人，支出" + NUM + r"万元，无结余")
    prices = [Y(m[1]), Y(m[2]), Y(m[3])]
    counts = [V(m[4]), V(m[5]), V(m[6])]
    xf_n, xf_sp = V(m[7]), W(m[8])
    doc.total(xf_n, counts, "校服 受助人数")
    doc.cost(xf_sp, list(zip(counts, prices)), "校服 支出 = 人数 x 元/套")
    doc.eq(xf_sp, g("其中：校服资助", "全年执行数"), "校服 支出 prose vs table")
    doc.balance(W("0.00"), g("其中：校服资助", "全年预算数"), xf_sp, "校服 无结余")

    m = doc.one(r"2\.义务教育教辅材料资助。全年预算" + NUM + r"万元，按小学每生" + NUM + r"元、初中每生" + NUM
                + r"元的标准，为全县农村寄宿制学校" + NUM + r"名小学生和" + NUM + r"名初中生配发同步练习册等教辅材料，支出"
                + NUM + r"万元，执行率" + NUM + r"%，结余" + NUM + r"万元")
    jf_ann, jf_p1, jf_p2, jf_c1, jf_c2, jf_sp, jf_rate, jf_bal = (W(m[1]), Y(m[2]), Y(m[3]), V(m[4]), V(m[5]),
                                                                 W(m[6]), m[7] + "%", W(m[8]))
    doc.eq(jf_ann, g("义务教育教辅材料资助", "全年预算数"), "义教教辅 全年预算 prose vs table")
    doc.eq(jf_sp, g("义务教育教辅材料资助", "全年执行数"), "义教教辅 支出 prose vs table")
    doc.cost(jf_sp, [(jf_c1, jf_p1), (jf_c2, jf_p2)], "义教教辅 支出 = 人数 x 元/生")
    doc.rate(jf_rate, jf_sp, jf_ann, "义教教辅 执行率 (prose)")
    doc.balance(jf_bal, jf_ann, jf_sp, "义教教辅 结余")
    m = doc.one(r"3\.资助管理工作经费。全年预算" + NUM + r"万元，.*?支出" + NUM + r"万元")
    doc.eq(W(m[1]), g("资助管理工作经费", "全年预算数"), "管理经费 全年预算 prose vs table")
    doc.eq(W(m[2]), g("资助管理工作经费", "全年执行数"), "管理经费 支出 prose vs table")
    m = doc.one(r"4\.高中教辅材料资助。全年预算" + NUM + r"万元，按每生每年" + NUM + r"元的标准为" + NUM
                + r"名普通高中家庭经济困难学生配发教辅材料，支出" + NUM + r"万元")
    gz_ann, gz_p, gz_n, gz_sp = W(m[1]), Y(m[2]), V(m[3]), W(m[4])
    doc.eq(gz_ann, g("高中教辅材料资助", "全年预算数"), "高中教辅 全年预算 prose vs table")
    doc.eq(gz_sp, g("高中教辅材料资助", "全年执行数"), "高中教辅 支出 prose vs table")
    doc.cost(gz_sp, [(gz_n, gz_p)], "高中教辅 支出 = 人数 x 元/生")
    m = doc.one(r"(\d+)所学校，分别为" + NUM + r"人、" + NUM + r"人、" + NUM + r"人，平均每校" + NUM + r"人")
    schools = [V(m[2]), V(m[3]), V(m[4])]
    count_list(doc, V(m[1]), schools, "高中教辅 学校数")
    m = [None, m[2], m[3], m[4], m[5]]
    doc.total(gz_n, schools, "高中教辅 学校分布")
    doc.average(V(m[4]), schools, "高中教辅 平均每校")
    approx = V(doc.one(r"累计受助约" + NUM + r"万人次")[1])
    tot_people = (counts[0].x + counts[1].x + counts[2].x + jf_c1.x + jf_c2.x + gz_n.x) / 10000
    half = D("0.5") * D(10) ** (-approx.d)
    if not (approx.x - half <= tot_people <= approx.x + half):
        doc.add("sum_mismatch", f"约{approx!r}万人次 vs {tot_people}万")

    # indicator table
    rows = doc.table("一级指标", "｜", stop_at=())
    levels, tw, ts, wsum, ssum = indicator_checks(doc, rows, ["一级指标", "二级指标"])
    I = {r["三级指标"]: r for r in rows[:-1]}
    doc.rate(I["部门预算执行率"]["实际完成值"], spent, ann, "table 部门预算执行率 actual")
    doc.rate(I["预算调整率"]["实际完成值"], V(str(ann.x - g("合计", "年初预算数").x), "万元"),
             g("合计", "年初预算数"), "table 预算调整率 actual", bounded=False)
    doc.rate(I["结转结余率"]["实际完成值"], V(str(ann.x - spent.x), "万元"), ann, "table 结转结余率 actual")
    actual = lambda n: V(re.match(NUM, I[n]["实际完成值"])[1]) if re.match(NUM, I[n]["实际完成值"]) else None
    target = lambda n: V(re.search(NUM, I[n]["年度指标值"])[1])
    a = actual("校服资助人数")
    if a is not None:
        doc.eq(a, xf_n, "校服资助人数 table vs prose 共计")
    a = actual("义务教育教辅资助人数")
    if a is not None:
        doc.total(a, [jf_c1, jf_c2], "义教教辅资助人数 table = 小学 + 初中")
    a = actual("高中教辅资助人数")
    if a is not None:
        doc.eq(a, gz_n, "高中教辅资助人数 table vs prose")
    m = doc.one(r"校服资助" + NUM + r"人，超过年度指标")
    doc.eq(V(m[1]), xf_n, "校服资助人数 restated")
    m = doc.one(r"义务教育教辅资助" + NUM + r"人，较年度指标少" + NUM + r"人")
    doc.eq(V(m[1]), actual("义务教育教辅资助人数"), "义教教辅资助人数 restated")
    doc.total(V(m[2]), [target("义务教育教辅资助人数"), actual("义务教育教辅资助人数")], "少于指标人数",
              signs=[1, -1])
    m = doc.one(r"资助政策知晓率" + NUM + r"%，高于" + NUM + r"%的目标")
    doc.eq(P(m[1]), P(I["资助政策知晓率"]["实际完成值"]), "知晓率 restated")
    doc.eq(P(m[2]), P(I["资助政策知晓率"]["年度指标值"].lstrip("≥")), "知晓率目标 restated")
    m = doc.one(r"评为“基本规范”，扣" + NUM + r"分")
    r_ = I["资助档案管理规范性"]
    doc.total(V(m[1]), [V(r_["分值"]), V(r_["得分"])], "档案 扣分", code="score_sum_mismatch", signs=[1, -1])
    # conclusion
    m = doc.one(r"绩效自评得分" + NUM + r"分，评价等级为“(.)”")
    tot_p = V(m[1])
    doc.eq(tot_p, V(str(ssum)), "prose total vs sum of scores", code="score_sum_mismatch")
    doc.grade(tot_p, m[2], "prose grade")
    doc.grade(ts, m[2], "prose grade vs table total")
    m = doc.one(r"其中预算执行" + NUM + r"分得" + NUM + r"分，预算管理" + NUM + r"分得" + NUM + r"分，产出指标" + NUM
                + r"分得" + NUM + r"分，效益指标" + NUM + r"分得" + NUM + r"分，满意度指标" + NUM + r"分得" + NUM + r"分")
    names = ["预算执行", "预算管理", "产出指标", "效益指标", "满意度指标"]
    lw = [V(m[2 * i + 1]) for i in range(5)]
    ls = [V(m[2 * i + 2]) for i in range(5)]
    for n, w_, s_ in zip(names, lw, ls):
        if levels[n][0] != w_.x:
            doc.add("weight_sum_mismatch", f"{n}: prose weight {w_!r}, rows sum {levels[n][0]}")
        if abs(levels[n][1] - s_.x) > s_.tol:
            doc.add("score_sum_mismatch", f"{n}: prose score {s_!r}, rows sum {levels[n][1]}")
        if s_.x > w_.x:
            doc.add("score_exceeds_weight", f"{n}: prose score {s_!r} > weight {w_!r}")
    if sum(w_.x for w_ in lw) != 100:
        doc.add("weight_sum_mismatch", "prose level weights do not sum to 100")
    if abs(sum(s_.x for s_ in ls) - tot_p.x) > tot_p.tol:
        doc.add("score_sum_mismatch", "prose level scores do not sum to the prose total")
    # problems section restates rates
    m = doc.one(r"高中教辅材料资助执行率为" + NUM + r"%，资助管理工作经费执行率为" + NUM + r"%")
    doc.rate(m[1] + "%", g("高中教辅材料资助", "全年执行数"), g("高中教辅材料资助", "全年预算数"), "高中教辅 执行率 (problems)")
    doc.rate(m[2] + "%", g("资助管理工作经费", "全年执行数"), g("资助管理工作经费", "全年预算数"), "管理经费 执行率 (problems)")
    m = doc.one(r"2023年结转的" + NUM + r"万元将在2024年")
    doc.eq(W(m[1]), carry, "结转金额 restated")


# =====================================================================================
# Project 2: 石城县教育局 2019 校服资助 (Jiangxi)
# =====================================================================================
def check_shicheng(doc):
    doc.years(2019)
    m = doc.one(r"2019年项目年初预算" + NUM + r"万元，年内无调整，全年预算" + NUM + r"万元。其中省级补助资金" + NUM
                + r"万元于\d{4}年\d{1,2}月提前下达，县级配套资金" + NUM + r"万元于\d{4}年\d{1,2}月下达，全年实际到位" + NUM
                + r"万元，资金到位率" + NUM + r"%")
    ini, ann, prov, cnty, recv, recv_rate = W(m[1]), W(m[2]), W(m[3]), W(m[4]), W(m[5]), m[6] + "%"
    doc.eq(ini, ann, "年内无调整: 年初 = 全年", code="sum_mismatch")
    doc.total(recv, [prov, cnty], "到位 = 省级 + 县级")
    doc.rate(recv_rate, recv, ann, "到位率 (prose)")
    rows = doc.table("项目", "\t", stop_first=("上年结转资金",))
    labels = ["年度资金总额", "其中：省级补助", "县级配套", "上年结转资金"]
    F = {l: row(rows, "项目", l) for l in labels}
    g = lambda l, c: W(F[l][c])
    for c in ("年初预算数", "全年预算数", "实际到位数", "全年执行数"):
        doc.total(g("年度资金总额", c), [g(l, c) for l in labels[1:]], f"funds table {c} components")
    for l in labels:
        doc.rate(F[l]["执行率"], g(l, "全年执行数"), g(l, "全年预算数"), f"{l} 执行率")
    doc.eq(ini, g("年度资金总额", "年初预算数"), "年初 prose vs table")
    doc.eq(ann, g("年度资金总额", "全年预算数"), "全年 prose vs table")
    doc.eq(recv, g("年度资金总额", "实际到位数"), "到位 prose vs table")
    doc.eq(prov, g("其中：省级补助", "实际到位数"), "省级 prose vs table")
    doc.eq(cnty, g("县级配套", "实际到位数"), "县级 prose vs table")
    m = doc.one(r"中标价为小学每套" + NUM + r"元、初中每套" + NUM + r"元（2018年分别为" + NUM + r"元、" + NUM + r"元）")
    pr1, pr2 = Y(m[1]), Y(m[2])
    m = doc.one(r"全年为小学" + NUM + r"名、初中" + NUM + r"名，共" + NUM + r"名受助学生各配发2套校服，其中小学" + NUM
                + r"套、初中" + NUM + r"套")
    n1, n2, n, s1, s2 = V(m[1]), V(m[2]), V(m[3]), V(m[4]), V(m[5])
    doc.total(n, [n1, n2], "受助人数 = 小学 + 初中")
    doc.total(s1, [n1, n1], "小学套数 = 人数 x 2")
    doc.total(s2, [n2, n2], "初中套数 = 人数 x 2")
    m = doc.one(r"小学校服支出" + NUM + r"元、初中校服支出" + NUM + r"元，合计" + NUM + r"元（" + NUM + r"万元），预算执行率"
                + NUM + r"%")
    c1, c2, cy, cw, crate = Y(m[1]), Y(m[2]), Y(m[3]), W(m[4]), m[5] + "%"
    doc.cost(c1, [(s1, pr1)], "小学校服支出 = 套数 x 单价")
    doc.cost(c2, [(s2, pr2)], "初中校服支出 = 套数 x 单价")
    doc.total(cy, [c1, c2], "校服支出合计")
    doc.eq(cw, cy, "支出合计 written two ways")
    doc.eq(cy, g("年度资金总额", "全年执行数"), "支出 prose vs table")
    doc.rate(crate, g("年度资金总额", "全年执行数"), ann, "执行率 (prose)")
    bal = W(doc.one(r"年末结余" + NUM + r"万元，全部为县级配套资金")[1])
    doc.balance(bal, g("年度资金总额", "实际到位数"), g("年度资金总额", "全年执行数"), "结余 = 到位 - 执行")
    doc.balance(bal, g("县级配套", "实际到位数"), g("县级配套", "全年执行数"), "结余 全部为县级配套")
    m = doc.one(r"(\d+)所学校，分别为" + NUM + r"人、" + NUM + r"人、" + NUM + r"人、" + NUM + r"人，合计" + NUM + r"人")
    count_list(doc, V(m[1]), [m[2], m[3], m[4], m[5]], "初中 学校数")
    doc.total(V(m[6]), [V(m[i]) for i in range(2, 6)], "初中 学校分布")
    doc.eq(V(m[6]), n2, "初中受助人数 restated")
    m = doc.one(r"\d{4}年\d{1,2}月发放夏装" + NUM + r"套，\d{4}年\d{1,2}月发放春秋装" + NUM + r"套，合计" + NUM + r"套")
    bt1, bt2, bt = V(m[1]), V(m[2]), V(m[3])
    doc.total(bt, [bt1, bt2], "两批发放套数")
    doc.total(bt, [s1, s2], "发放套数 = 小学 + 初中")
    doc.eq(bt1, n, "夏装每生1套")
    doc.eq(bt2, n, "春秋装每生1套")
    m = doc.one(r"全年共资助家庭经济困难学生" + NUM + r"人，发放校服" + NUM + r"套")
    rn, rs = V(m[1]), V(m[2])
    rows = doc.table("一级指标", "\t", stop_at=())
    levels, tw, ts, wsum, ssum = indicator_checks(doc, rows, ["一级指标", "二级指标"])
    I = {r["三级指标"]: r for r in rows[:-1]}

    def act(nm):
        mm = re.match(NUM, I[nm]["实际完成值"])
        return V(mm[1]) if mm and not I[nm]["实际完成值"].endswith("%") else None
    doc.rate(I["预算执行率"]["实际完成值"], g("年度资金总额", "全年执行数"), ann, "table 预算执行率 actual")
    for nm, other, what in (("受助学生人数", n, "受助人数 table vs prose"), ("受助学生人数", rn, "受助人数 restated"),
                            ("发放校服套数", bt, "发放套数 table vs prose"), ("发放校服套数", rs, "发放套数 restated")):
        a = act(nm)
        if a is not None:
            doc.eq(a, other, what)
    goal(doc, r"为不少于" + NUM + r"名家庭经济困难学生免费配发校服不少于" + NUM + r"套，校服质量抽检合格率" + NUM
         + r"%，10月底前完成春秋装发放，资助对象认定精准率不低于" + NUM + r"%，受助学生及家长满意度不低于" + NUM + r"%", I,
         ["受助学生人数", "发放校服套数", "校服质量抽检合格率", "资助对象认定精准率", "受助学生及家长满意度"])
    goal(doc, r"小学每套不超过" + NUM + r"元，初中每套不超过" + NUM + r"元", I, ["小学校服单价", "初中校服单价"], "元")
    doc.eq(V(re.match(NUM, I["小学校服单价"]["实际完成值"])[1], "元"), pr1, "小学单价 table vs prose")
    doc.eq(V(re.match(NUM, I["初中校服单价"]["实际完成值"])[1], "元"), pr2, "初中单价 table vs prose")
    m = doc.one(r"资助对象认定精准率为" + NUM + r"%")
    doc.eq(P(m[1]), P(I["资助对象认定精准率"]["实际完成值"]), "精准率 restated")
    m = doc.one(r"受助学生及家长满意度" + NUM + r"%。")
    doc.eq(P(m[1]), P(I["受助学生及家长满意度"]["实际完成值"]), "满意度 restated")
    m = doc.one(r"本项目自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|较差)")
    tot_p = V(m[1])
    doc.eq(tot_p, V(str(ssum)), "prose total vs sum of scores", code="score_sum_mismatch")
    doc.eq(tot_p, ts, "prose total vs table total", code="score_sum_mismatch")
    doc.grade(tot_p, m[2], "prose grade")
    m = doc.one(r"未达目标扣" + NUM + r"分，因预算执行率未达100%扣" + NUM + r"分")
    r_ = I["资助对象认定精准率"]
    doc.total(V(m[1]), [V(r_["分值"]), V(r_["得分"])], "精准率扣分", code="score_sum_mismatch", signs=[1, -1])
    r_ = I["预算执行率"]
    doc.total(V(m[2]), [V(r_["分值"]), V(r_["得分"])], "执行率扣分", code="score_sum_mismatch", signs=[1, -1])


# =====================================================================================
# Project 3: 通江县学生资助管理中心 2021 教辅材料资助 (Sichuan layout)
# =====================================================================================
def check_tongjiang(doc):
    doc.years(2021)
    m = doc.one(r"2021年项目年初预算" + NUM + r"万元，秋季学期新增学生追加" + NUM + r"万元，财政资金全年预算" + NUM
                + r"万元；另接受县慈善会转来爱心企业捐赠" + NUM + r"万元，用于为留守儿童配发课外读物" + NUM + r"册（每册"
                + NUM + r"元）。项目资金总额" + NUM + r"万元")
    ini, add, fin_ann, don, books, bprice, tot_ann = (W(m[1]), W(m[2]), W(m[3]), W(m[4]), V(m[5]), Y(m[6]), W(m[7]))
    doc.total(fin_ann, [ini, add], "财政资金全年 = 年初 + 追加")
    doc.cost(don, [(books, bprice)], "捐赠 = 册数 x 单价")
    doc.total(tot_ann, [fin_ann, don], "资金总额 = 财政 + 捐赠")
    m = doc.one(r"(\d{4})年(\d{1,2})月下达春季学期资金" + NUM + r"万元，(\d{4})年(\d{1,2})月下达秋季学期资金" + NUM
                + r"万元（含追加" + NUM + r"万元）")
    doc.total(fin_ann, [W(m[3]), W(m[6])], "两批下达 = 财政资金全年")
    doc.eq(W(m[7]), add, "追加 restated")
    rr = doc.one(r"（含追加[\d.]+万元），到位率" + NUM + r"%")[1] + "%"
    doc.rate(rr, V(str(W(m[3]).x + W(m[6]).x), "万元"), fin_ann, "到位率 = 两批下达 / 财政资金全年")
    m = doc.one(r"资助标准为小学低段（1—3年级）每生每年" + NUM + r"元、小学高段（4—6年级）每生每年" + NUM + r"元、初中每生每年"
                + NUM + r"元")
    pr = [Y(m[1]), Y(m[2]), Y(m[3])]
    m = doc.one(r"全年为" + NUM + r"名小学低段学生、" + NUM + r"名小学高段学生和" + NUM + r"名初中学生配发教辅材料，合计" + NUM
                + r"人，较2020年的" + NUM + r"人增加" + NUM + r"人，支出财政资金" + NUM + r"万元；捐赠资金" + NUM
                + r"万元全部用于课外读物采购。全年执行" + NUM + r"万元，执行率" + NUM + r"%。财政资金结余" + NUM + r"万元")
    cnt = [V(m[1]), V(m[2]), V(m[3])]
    n, last, inc, fin_sp, don_sp, tot_sp, tot_rate, bal = (V(m[4]), V(m[5]), V(m[6]), W(m[7]), W(m[8]), W(m[9]),
                                                           m[10] + "%", W(m[11]))
    doc.total(n, cnt, "受助人数 = 三段之和")
    doc.total(inc, [n, last], "较上年增加", signs=[1, -1])
    doc.cost(fin_sp, list(zip(cnt, pr)), "财政资金支出 = 人数 x 标准")
    doc.eq(don_sp, don, "捐赠全部使用")
    doc.total(tot_sp, [fin_sp, don_sp], "全年执行 = 财政 + 捐赠")
    doc.rate(tot_rate, tot_sp, tot_ann, "执行率 (prose)")
    doc.balance(bal, fin_ann, fin_sp, "财政资金结余")
    m = doc.one(r"全年共为" + NUM + r"名学生免费提供教辅材料")
    rn = V(m[1])
    m = doc.one(r"为" + NUM + r"名留守儿童配发课外读物。")
    rbooks = V(m[1])
    k = V(doc.one(r"抽查的(\d+)所学校教辅发放到位率")[1])
    m = doc.one(r"教辅发放到位率分别为" + NUM + r"%、" + NUM + r"%、" + NUM + r"%、" + NUM + r"%、" + NUM + r"%，平均" + NUM + r"%")
    count_list(doc, k, [m[i] for i in range(1, 6)], "抽查学校数")
    doc.average(V(m[6]), [V(m[i]) for i in range(1, 6)], "5所学校平均到位率")
    for i in range(1, 7):
        doc.plausible(P(m[i]), "学校到位率")
    m = doc.one(r"受助家庭户均减少教辅支出" + NUM + r"元")
    rhh = V(m[1])
    m = doc.one(r"义务教育巩固率" + NUM + r"%，较目标低" + NUM + r"个百分点")
    rgong, gap = P(m[1]), V(m[2])
    m = doc.one(r"资助政策知晓率" + NUM + r"%。")
    rzx = P(m[1])

    frows = doc.table("项目资金（万元）", "｜")
    ftot, fw, fs = funds_block(doc, frows, "年度资金总额", ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"])
    F = {r["项目资金（万元）"]: r for r in frows}
    doc.eq(W(F["年度资金总额"]["年初预算数"]), ini, "年初 table vs prose")
    doc.eq(W(F["年度资金总额"]["全年预算数"]), tot_ann, "资金总额 table vs prose")
    doc.eq(W(F["年度资金总额"]["全年执行数"]), tot_sp, "全年执行 table vs prose")
    doc.eq(W(F["其中：财政资金"]["全年预算数"]), fin_ann, "财政资金全年 table vs prose")
    doc.eq(W(F["其中：财政资金"]["全年执行数"]), fin_sp, "财政资金执行 table vs prose")
    doc.eq(W(F["其他资金"]["全年预算数"]), don, "其他资金 table vs prose")
    rows = doc.table("一级指标", "｜", stop_at=())
    levels, tw, ts, wsum, ssum = indicator_checks(doc, rows, ["一级指标", "二级指标"], extra=(fw, fs))
    I = {r["三级指标"]: r for r in rows[:-1]}

    def act(nm, unit=""):
        r_ = I[nm]
        if r_["实际完成值"].endswith("%") and r_["度量单位"] != "%":
            return None
        return V(r_["实际完成值"], unit)
    for nm, other, what in (("资助学生人数", n, "资助人数 table vs prose 合计"), ("资助学生人数", rn, "资助人数 restated"),
                            ("留守儿童课外读物配发", books, "读物册数 table vs prose"),
                            ("留守儿童课外读物配发", rbooks, "读物册数 restated"),
                            ("受助家庭户均减负", rhh, "户均减负 restated")):
        a = act(nm, other.unit)
        if a is not None:
            doc.eq(a, other, what)
    doc.eq(P(I["义务教育巩固率"]["实际完成值"]), rgong, "巩固率 restated")
    doc.total(gap, [P(I["义务教育巩固率"]["指标值"]), P(I["义务教育巩固率"]["实际完成值"])], "巩固率差距",
              signs=[1, -1])
    doc.eq(P(I["资助政策知晓率"]["实际完成值"]), rzx, "知晓率 restated")
    goal(doc, r"为不少于" + NUM + r"名农村义务教育学生免费配发教辅材料，为不少于" + NUM + r"名留守儿童配发课外读物，目录内选用率"
         + NUM + r"%", I, ["资助学生人数", "留守儿童课外读物配发", "教辅材料目录内选用率"])
    goal(doc, r"义务教育巩固率不低于" + NUM + r"%，资助政策知晓率不低于" + NUM + r"%", I, ["义务教育巩固率", "资助政策知晓率"])
    doc.eq(V(I["初中生均资助标准"]["实际完成值"], "元"), pr[2], "初中标准 table vs prose")
    doc.eq(V(I["小学高段生均资助标准"]["实际完成值"], "元"), pr[1], "小学高段标准 table vs prose")
    # conclusion
    m = doc.one(r"预算执行情况" + NUM + r"分，得" + NUM + r"分；绩效指标" + NUM + r"分中，产出指标" + NUM + r"分、效益指标" + NUM
                + r"分，共得" + NUM + r"分。项目自评得分" + NUM + r"分，自评等级为(优秀|良好|中等|较差)")
    ew, es, pw, ow, bw, ps, tot_p, gw = V(m[1]), V(m[2]), V(m[3]), V(m[4]), V(m[5]), V(m[6]), V(m[7]), m[8]
    doc.eq(ew, fw, "执行分值 prose vs table", code="weight_sum_mismatch")
    doc.eq(es, fs, "执行得分 prose vs table", code="score_sum_mismatch")
    if pw.x != ow.x + bw.x:
        doc.add("weight_sum_mismatch", f"绩效指标 {pw!r} != 产出 {ow!r} + 效益 {bw!r}")
    if ew.x + pw.x != 100 or ew.x + ow.x + bw.x != 100:
        doc.add("weight_sum_mismatch", "prose weights do not sum to 100")
    if levels["产出指标"][0] != ow.x:
        doc.add("weight_sum_mismatch", f"产出指标 prose weight {ow!r}, rows {levels['产出指标'][0]}")
    if levels["效益指标"][0] != bw.x:
        doc.add("weight_sum_mismatch", f"效益指标 prose weight {bw!r}, rows {levels['效益指标'][0]}")
    if abs(levels["产出指标"][1] + levels["效益指标"][1] - ps.x) > ps.tol:
        doc.add("score_sum_mismatch", f"indicator scores {ps!r} vs rows")
    if abs(es.x + ps.x - tot_p.x) > tot_p.tol:
        doc.add("score_sum_mismatch", f"prose total {tot_p!r} != {es!r} + {ps!r}")
    doc.eq(tot_p, ts, "prose total vs table total", code="score_sum_mismatch")
    doc.grade(tot_p, gw, "prose grade")
    doc.grade(ts, rows[-1]["未完成原因分析"], "table grade")


# =====================================================================================
# Project 4: 罗田县教育局学生资助管理中心 2022 校服及教辅 (Hubei-style, execution 20 points)
# =====================================================================================
def check_luotian(doc):
    doc.years(2022)
    m = doc.one(r"2022年项目全年预算" + NUM + r"万元，其中省级资金" + NUM + r"万元、县级配套资金" + NUM + r"万元。省级资金于"
                r"\d{4}年\d{1,2}月提前下达" + NUM + r"万元、\d{4}年\d{1,2}月下达" + NUM + r"万元；县级配套资金到位" + NUM
                + r"万元，尚有" + NUM + r"万元未到位。全年实际到位" + NUM + r"万元，到位率" + NUM + r"%")
    ann, prov, cnty, p1, p2, crecv, cgap, recv, recv_rate = (W(m[1]), W(m[2]), W(m[3]), W(m[4]), W(m[5]), W(m[6]),
                                                             W(m[7]), W(m[8]), m[9] + "%")
    doc.total(ann, [prov, cnty], "全年预算 = 省级 + 县级")
    doc.total(prov, [p1, p2], "省级两批下达")
    doc.total(cnty, [crecv, cgap], "县级 = 到位 + 未到位")
    doc.total(recv, [prov, crecv], "到位 = 省级 + 县级到位")
    doc.rate(recv_rate, recv, ann, "到位率")
    m = doc.one(r"全年资助小学生" + NUM + r"人、初中生" + NUM + r"人、高中阶段学生" + NUM + r"人，合计" + NUM + r"人")
    cnt, n = [V(m[1]), V(m[2]), V(m[3])], V(m[4])
    doc.total(n, cnt, "受助人数合计")
    m = doc.one(r"每生每年配发冬季校服1套，小学" + NUM + r"元/套、初中" + NUM + r"元/套、高中阶段" + NUM + r"元/套；教辅材料小学每生每年"
                + NUM + r"元、初中" + NUM + r"元、高中阶段" + NUM + r"元")
    xp, jp = [Y(m[1]), Y(m[2]), Y(m[3])], [Y(m[4]), Y(m[5]), Y(m[6])]
    m = doc.one(r"校服支出：小学" + NUM + r"元、初中" + NUM + r"元、高中阶段" + NUM + r"元，共" + NUM + r"万元；教辅支出：小学" + NUM
                + r"元、初中" + NUM + r"元、高中阶段" + NUM + r"元，共" + NUM + r"万元。全年支出" + NUM + r"万元，执行率" + NUM
                + r"%，结余" + NUM + r"万元")
    xs, xt = [Y(m[1]), Y(m[2]), Y(m[3])], W(m[4])
    js, jt = [Y(m[5]), Y(m[6]), Y(m[7])], W(m[8])
    sp, rate_s, bal = W(m[9]), m[10] + "%", W(m[11])
    for i in range(3):
        doc.cost(xs[i], [(cnt[i], xp[i])], f"校服支出 {i} = 人数 x 元/套")
        doc.cost(js[i], [(cnt[i], jp[i])], f"教辅支出 {i} = 人数 x 元/生")
    doc.total(xt, xs, "校服支出合计")
    doc.total(jt, js, "教辅支出合计")
    doc.total(sp, [xt, jt], "全年支出 = 校服 + 教辅")
    doc.rate(rate_s, sp, ann, "执行率 (prose)")
    doc.balance(bal, recv, sp, "结余 = 到位 - 执行")
    m = doc.one(r"第一批\d{4}年\d{1,2}月拨付" + NUM + r"万元，第二批\d{4}年\d{1,2}月拨付" + NUM + r"万元")
    doc.total(xt, [W(m[1]), W(m[2])], "校服两批拨付")
    m = doc.one(r"分别为" + NUM + r"人、" + NUM + r"人、" + NUM + r"人，平均每校" + NUM + r"人")
    hs = [V(m[1]), V(m[2]), V(m[3])]
    doc.total(cnt[2], hs, "高中阶段 学校分布")
    doc.average(V(m[4]), hs, "平均每校")
    rows = doc.table("年度目标", "｜", stop_at=())
    levels, tw, ts, wsum, ssum = indicator_checks(doc, rows, ["年度目标", "一级指标"])
    I = {r["三级指标"]: r for r in rows[:-1]}
    doc.rate(I["预算执行率"]["实际完成值"], sp, ann, "table 预算执行率 actual")
    goal(doc, r"目标1：为不少于" + NUM + r"名困难学生配发冬季校服，11月30日前到校，校服质量抽检合格率" + NUM + r"%。目标2：为不少于"
         + NUM + r"名", I, ["校服资助人数", "校服质量抽检合格率", "教辅资助人数"])
    goal(doc, r"高中阶段生均教辅费用控制在" + NUM + r"元以内", I, ["高中生均教辅费用"], "元")
    m = doc.one(r"受助学生和家长满意度均不低于" + NUM + r"%")
    for nm in ("受助学生满意度", "家长满意度"):
        doc.eq(V(m[1]), target_of(I, nm), f"goal {nm} restated")
    m = doc.one(r"资助政策知晓率[\d.]+%，低于" + NUM + r"%的目标")
    doc.eq(V(m[1]), target_of(I, "资助政策知晓率"), "知晓率目标 restated")
    m = doc.one(r"预算执行率占" + NUM + r"分，按执行率计分；其余" + NUM + r"分")
    if V(m[1]).x != V(I["预算执行率"]["分值"]).x:
        doc.add("weight_sum_mismatch", f"execution weight {m[1]} vs table")
    if V(m[2]).x != wsum - V(I["预算执行率"]["分值"]).x or V(m[1]).x + V(m[2]).x != 100:
        doc.add("weight_sum_mismatch", f"goal blocks weight {m[2]} vs table")

    def act(nm):
        mm = re.match(NUM + r"(人|万元)$", I[nm]["实际完成值"])
        return V(mm[1], "万元" if mm[2] == "万元" else "") if mm else None
    for nm, other in (("校服资助人数", n), ("教辅资助人数", n), ("困难家庭校服减负金额", xt)):
        a = act(nm)
        if a is not None:
            doc.eq(a, other, f"{nm} table vs prose")
    m = doc.one(r"全年资助" + NUM + r"人，校服和教辅资助人数均超过年度目标")
    doc.eq(V(m[1]), n, "资助人数 restated")
    m = doc.one(r"资助政策知晓率" + NUM + r"%，低于" + NUM + r"%的目标")
    doc.eq(P(m[1]), P(I["资助政策知晓率"]["实际完成值"]), "知晓率 restated")
    m = doc.one(r"受助学生满意度" + NUM + r"%，较上年的")
    doc.eq(P(m[1]), P(I["受助学生满意度"]["实际完成值"]), "学生满意度 restated")
    m = doc.one(r"县级配套资金未全额到位，" + NUM + r"万元需在下年度")
    doc.eq(W(m[1]), cgap, "未到位 restated")
    # prose scoring summary
    m = doc.one(r"预算执行得分" + NUM + r"分，目标1（校服资助）" + NUM + r"分得" + NUM + r"分，目标2（教辅资助）" + NUM + r"分得" + NUM
                + r"分，目标3（满意度）" + NUM + r"分得" + NUM + r"分，合计" + NUM + r"分，评价等级为(优|良|中|差)")
    es = V(m[1])
    blocks = [("目标1：校服资助", V(m[2]), V(m[3])), ("目标2：教辅资助", V(m[4]), V(m[5])), ("目标3：满意度", V(m[6]), V(m[7]))]
    tot_p, gw = V(m[8]), m[9]
    doc.eq(es, V(I["预算执行率"]["得分"]), "执行得分 prose vs table", code="score_sum_mismatch")
    for key, w_, s_ in blocks:
        if levels[key][0] != w_.x:
            doc.add("weight_sum_mismatch", f"{key}: prose weight {w_!r}, rows {levels[key][0]}")
        if abs(levels[key][1] - s_.x) > s_.tol:
            doc.add("score_sum_mismatch", f"{key}: prose score {s_!r}, rows {levels[key][1]}")
        if s_.x > w_.x:
            doc.add("score_exceeds_weight", f"{key}: prose score {s_!r} > {w_!r}")
    if V(I["预算执行率"]["分值"]).x + sum(b[1].x for b in blocks) != 100:
        doc.add("weight_sum_mismatch", "prose block weights + execution != 100")
    if abs(es.x + sum(b[2].x for b in blocks) - tot_p.x) > tot_p.tol:
        doc.add("score_sum_mismatch", f"prose total {tot_p!r} != sum of prose parts")
    doc.eq(tot_p, ts, "prose total vs table total", code="score_sum_mismatch")
    doc.grade(tot_p, gw, "prose grade")


# =====================================================================================
# Project 5: 彝良县教育体育局 2025 校服及教辅 (Yunnan, MOF layout)
# =====================================================================================
def check_yiliang(doc):
    doc.years(2025)
    m = doc.one(r"2025年项目年初预算" + NUM + r"万元，9月根据秋季学期新认定学生人数追加" + NUM + r"万元，当年财政拨款全年预算" + NUM
                + r"万元，其中省级资金" + NUM + r"万元、县级资金" + NUM + r"万元；加上2024年结转的" + NUM + r"万元，全年预算" + NUM + r"万元")
    ini, add, fin, prov, cnty, carry, ann = (W(m[i]) for i in range(1, 8))
    doc.total(fin, [ini, add], "当年财政拨款 = 年初 + 追加")
    doc.total(fin, [prov, cnty], "当年财政拨款 = 省级 + 县级")
    doc.total(ann, [fin, carry], "全年预算 = 当年拨款 + 上年结转")
    m = doc.one(r"省级资金中的" + NUM + r"万元于\d{4}年\d{1,2}月提前下达，其余" + NUM + r"万元于\d{4}年\d{1,2}月下达")
    doc.total(prov, [W(m[1]), W(m[2])], "省级两批下达")
    m = doc.one(r"项目支出" + NUM + r"万元，预算执行率" + NUM + r"%，其中校服支出" + NUM + r"万元（" + NUM + r"元），占" + NUM
                + r"%；教辅支出" + NUM + r"万元，占" + NUM + r"%。未支出的" + NUM + r"万元")
    sp, rate_s, xw, xy, xshare, jw, jshare, unsp = (W(m[1]), m[2] + "%", W(m[3]), Y(m[4]), m[5] + "%", W(m[6]),
                                                    m[7] + "%", W(m[8]))
    doc.rate(rate_s, sp, ann, "执行率 (prose)")
    doc.eq(xw, xy, "校服支出 written two ways")
    doc.total(sp, [xw, jw], "支出 = 校服 + 教辅")
    doc.rate(xshare, xw, sp, "校服占比")
    doc.rate(jshare, jw, sp, "教辅占比")
    doc.balance(unsp, ann, sp, "未支出 = 全年预算 - 执行")
    m = doc.one(r"全年为" + NUM + r"名小学生、" + NUM + r"名初中生配发校服和教辅材料，共" + NUM + r"人。校服采购价小学" + NUM
                + r"元/套、初中" + NUM + r"元/套，其中小学" + NUM + r"套、初中" + NUM + r"套，合计" + NUM + r"套；教辅材料小学每生"
                + NUM + r"元、初中每生" + NUM + r"元。按支出总额计，生均资助约" + NUM + r"元")
    n1, n2, n, xp1, xp2, s1, s2, s, jp1, jp2, per = (V(m[1]), V(m[2]), V(m[3]), Y(m[4]), Y(m[5]), V(m[6]), V(m[7]),
                                                     V(m[8]), Y(m[9]), Y(m[10]), V(m[11]))
    doc.total(n, [n1, n2], "人数 = 小学 + 初中")
    doc.total(s1, [n1, n1], "小学套数 = 2 x 人数")
    doc.total(s2, [n2, n2], "初中套数 = 2 x 人数")
    doc.total(s, [s1, s2], "套数合计")
    doc.cost(xw, [(s1, xp1), (s2, xp2)], "校服支出 = 套数 x 单价")
    doc.cost(jw, [(n1, jp1), (n2, jp2)], "教辅支出 = 人数 x 元/生")
    per_c = sp.val * 10000 / n.x
    if abs(per_c - per.x) > D("0.5") * D(10) ** (-per.d):   # 约: ± half a unit of the last digit
        doc.add("average_mismatch", f"生均约{per!r}元 vs {per_c}")
    m = doc.one(r"全年共发放校服" + NUM + r"套，惠及" + NUM + r"名农村中小学生")
    rs, rn = V(m[1]), V(m[2])
    m = doc.one(r"义务教育巩固率" + NUM + r"%，略低于" + NUM + r"%的目标；资助政策知晓率" + NUM + r"%；受助学生及家长满意度" + NUM
                + r"%，较上年的" + NUM + r"%提高" + NUM + r"个百分点")
    rg, rgt, rz, rsat, rsat_last, ppt = P(m[1]), P(m[2]), P(m[3]), P(m[4]), P(m[5]), V(m[6])
    doc.total(ppt, [rsat, rsat_last], "满意度提高百分点", signs=[1, -1])

    frows = doc.table("项目资金（万元）", "｜")
    ftot, fw, fs = funds_block(doc, frows, "年度资金总额", ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    F = {r["项目资金（万元）"]: r for r in frows}
    doc.eq(W(F["年度资金总额"]["年初预算数"]), ini, "年初 table vs prose")
    doc.eq(W(F["年度资金总额"]["全年预算数"]), ann, "全年 table vs prose")
    doc.eq(W(F["年度资金总额"]["全年执行数"]), sp, "执行 table vs prose")
    doc.eq(W(F["其中：当年财政拨款"]["全年预算数"]), fin, "当年拨款 table vs prose")
    doc.eq(W(F["上年结转资金"]["全年预算数"]), carry, "上年结转 table vs prose")
    doc.rate(F["年度资金总额"]["执行率"], sp, ann, "funds block 执行率 vs prose amounts")
    rows = doc.table("一级指标", "｜", stop_at=())
    levels, tw, ts, wsum, ssum = indicator_checks(doc, rows, ["一级指标", "二级指标"], extra=(fw, fs))
    I = {r["三级指标"]: r for r in rows[:-1]}

    def act(nm, unit_re):
        mm = re.match(NUM + unit_re + r"$", I[nm]["实际完成值"])
        return V(mm[1]) if mm else None
    for nm, ur, other, what in (("校服资助学生人数", "人", n, "人数 table vs prose"), ("校服资助学生人数", "人", rn, "人数 restated"),
                                ("发放校服套数", "套", s, "套数 table vs prose"), ("发放校服套数", "套", rs, "套数 restated")):
        a = act(nm, ur)
        if a is not None:
            doc.eq(a, other, what)
    goal(doc, r"为不少于" + NUM + r"名农村中小学生配发校服不少于" + NUM + r"套，校服质量抽检合格率" + NUM + r"%", I,
         ["校服资助学生人数", "发放校服套数", "校服质量抽检合格率"])
    goal(doc, r"校服采购单价分别控制在" + NUM + r"元/套、" + NUM + r"元/套以内", I, ["小学校服采购单价", "初中校服采购单价"], "元")
    goal(doc, r"义务教育巩固率不低于" + NUM + r"%，资助政策知晓率不低于" + NUM + r"%，受助学生及家长满意度不低于" + NUM + r"%", I,
         ["义务教育巩固率", "资助政策知晓率", "受助学生及家长满意度"])
    m = doc.one(r"较多的(\d+)所学校为角奎中学" + NUM + r"人、洛泽河中学" + NUM + r"人、牛街中学" + NUM + r"人")
    count_list(doc, V(m[1]), [m[2], m[3], m[4]], "受助较多学校数")
    doc.eq(V(act("小学校服采购单价", "元/套").s, "元"), xp1, "小学单价 table vs prose")
    doc.eq(V(act("初中校服采购单价", "元/套").s, "元"), xp2, "初中单价 table vs prose")
    doc.eq(P(I["义务教育巩固率"]["实际完成值"]), rg, "巩固率 restated")
    doc.eq(P(I["义务教育巩固率"]["年度指标值"].lstrip("≥")), rgt, "巩固率目标 restated")
    doc.eq(P(I["资助政策知晓率"]["实际完成值"]), rz, "知晓率 restated")
    doc.eq(P(I["受助学生及家长满意度"]["实际完成值"]), rsat, "满意度 restated")
    m = doc.one(r"项目自评得分" + NUM + r"分，其中预算执行率" + NUM + r"分得" + NUM + r"分，产出指标" + NUM + r"分得" + NUM
                + r"分，效益指标" + NUM + r"分得" + NUM + r"分，满意度指标" + NUM + r"分得" + NUM + r"分，评价等级为(优|良|中|差)")
    tot_p = V(m[1])
    parts = [("预算执行率", V(m[2]), V(m[3])), ("产出指标", V(m[4]), V(m[5])), ("效益指标", V(m[6]), V(m[7])),
             ("满意度指标", V(m[8]), V(m[9]))]
    gw = m[10]
    doc.eq(parts[0][1], fw, "执行分值 prose vs table", code="weight_sum_mismatch")
    doc.eq(parts[0][2], fs, "执行得分 prose vs table", code="score_sum_mismatch")
    for key, w_, s_ in parts[1:]:
        if levels[key][0] != w_.x:
            doc.add("weight_sum_mismatch", f"{key}: prose weight {w_!r}, rows {levels[key][0]}")
        if abs(levels[key][1] - s_.x) > s_.tol:
            doc.add("score_sum_mismatch", f"{key}: prose score {s_!r}, rows {levels[key][1]}")
        if s_.x > w_.x:
            doc.add("score_exceeds_weight", f"{key}: prose score {s_!r} > {w_!r}")
    if sum(p[1].x for p in parts) != 100:
        doc.add("weight_sum_mismatch", "prose level weights do not sum to 100")
    if abs(sum(p[2].x for p in parts) - tot_p.x) > tot_p.tol:
        doc.add("score_sum_mismatch", "prose level scores do not sum to the prose total")
    doc.eq(tot_p, ts, "prose total vs table total", code="score_sum_mismatch")
    doc.grade(tot_p, gw, "prose grade")


CHECKS = {
    "he-guangzong-zizhuzhongxin-bumen-2023": check_guangzong,
    "jx-shicheng-xiaofuzizhu-2019": check_shicheng,
    "sc-tongjiang-jiaofuzizhu-2021": check_tongjiang,
    "hb-luotian-xiaofujiaofu-2022": check_luotian,
    "yn-yiliang-xiaofujiaofu-2025": check_yiliang,
}


def run_checks(source, text, name):
    doc = Doc(name, text)
    CHECKS[source](doc)
    return doc.findings


def changed_region(a, b):
    """Common prefix/suffix stripped: (start, end_in_a, end_in_b)."""
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    verbose = "-v" in sys.argv
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    sources = sorted({l["source"] for l in labels})
    if sorted(CHECKS) != sources:
        problems.append(f"sources {sources} != checked projects {sorted(CHECKS)}")
    code_count = {c: 0 for c in ERROR_CODES}
    cleans = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            text = fh.read()
        if rec["clean"]:
            cleans[rec["source"]] = text
    for src in sources:
        n = len(cleans.get(src, ""))
        if not 1500 <= n <= 5000:
            problems.append(f"{src}: clean draft has {n} characters (1500-5000 required)")
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        try:
            findings = run_checks(rec["source"], text, rec["case"])
        except (ParseError, KeyError, ValueError, ArithmeticError, TypeError, IndexError, AttributeError) as exc:
            problems.append(f"{rec['case']}: cannot read figures: {exc!r}")
            continue
        errors = sorted({f[0] for f in findings if f[1] == "error"})
        if verbose:
            print(rec["case"], errors, [f[0] for f in findings if f[1] != "error"])
            for f in findings:
                print("    ", f)
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            if findings:
                problems.append(f"{rec['case']}: clean draft fails checks: {findings}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{rec['case']}: expected must hold exactly one item")
            continue
        e = exp[0]
        if e.get("severity") != "error" or e.get("code") not in ERROR_CODES:
            problems.append(f"{rec['case']}: bad code/severity {e}")
            continue
        code_count[e["code"]] += 1
        if errors != [e["code"]]:
            problems.append(f"{rec['case']}: labelled {e['code']}, checks found {errors}: {findings}")
        value = e["value"]
        if text.count(value) != 1:
            problems.append(f"{rec['case']}: value {value!r} occurs {text.count(value)} times")
            continue
        clean = cleans[rec["source"]]
        s, ea, eb = changed_region(clean, text)
        if eb - s > 40 or ea - s > 40 or (ea == s and eb == s):
            problems.append(f"{rec['case']}: edit region {s}:{ea}/{eb} is empty or longer than 40 characters")
        vs = text.index(value)
        if not (vs < max(eb, s + 1) and s < vs + len(value)):
            problems.append(f"{rec['case']}: edit region does not overlap the value")
        for k in ("case", "source", "clean", "expected"):
            if k not in rec:
                problems.append(f"{rec['case']}: missing key {k}")
        if not e.get("explanation"):
            problems.append(f"{rec['case']}: empty explanation")
    for c, k in code_count.items():
        if k < 2:
            problems.append(f"code {c} used {k} times (needs >= 2)")
    if problems:
        for p in problems:
            print("FAIL:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("counts per code: " + ", ".join(f"{c}={k}" for c, k in code_count.items()))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
