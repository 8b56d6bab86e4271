#!/usr/bin/env python3
"""Verify drafts499: re-read every figure from the case texts and redo all arithmetic.

Standard library + decimal only. For every clean draft all checks must pass (no error, no warning).
For every error case the set of failing error codes must be exactly the labelled code. Also checks
the labels: value occurs exactly once, the case differs from its clean draft by one contiguous edit
(<= 40 characters) that overlaps the value, and every code of errors.md §A is used at least twice.
Prints OK on success.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, getcontext

getcontext().prec = 28
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]

NUM = r"(\d+(?:\.\d+)?)"
MONEY = r"(\d+(?:\.\d+)?)(万元|元)"
HUNDRED = D(100)
UNIT_FACTOR = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000), "": D(1)}


class Structure(Exception):
    """A pattern did not match exactly once: the draft's layout is not what the checks expect."""


def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    """rules.md §8: a value with d decimals agrees with c iff |c - v| <= 0.5 * 10^-d (+1e-9)."""
    return D("0.5") * (D(10) ** -places(s)) + D("1e-9")


def dec(s):
    return D(s.strip().rstrip("%"))


def agrees(stated, computed):
    return abs(dec(stated) - computed) <= tol(stated)


class Q:
    """A stated quantity: number string plus unit (money units are normalised to 万元)."""

    def __init__(self, num, unit="", where=""):
        self.num, self.unit, self.where = num, unit, where

    @property
    def v(self):
        return dec(self.num) * UNIT_FACTOR.get(self.unit, D(1))

    @property
    def t(self):
        return tol(self.num) * UNIT_FACTOR.get(self.unit, D(1))

    def __repr__(self):
        return f"{self.num}{self.unit}"


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.errors = []
        self.warnings = []

    # ---- reporting ----
    def err(self, code, msg):
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # ---- reading ----
    def one(self, pat):
        rx = pat.replace("#", NUM).replace("@", MONEY)
        ms = list(re.finditer(rx, self.t))
        if len(ms) != 1:
            raise Structure(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0].groups()

    # ---- identities ----
    def same(self, label, items):
        """All items state the same quantity (I11) -> conflicting_values; a 10^4 slip -> unit_mismatch."""
        items = [x if isinstance(x, Q) else Q(x) for x in items]
        base = items[0]
        for other in items[1:]:
            if abs(base.v - other.v) <= max(base.t, other.t):
                continue
            for f in (D(10000), D("0.0001")):
                if abs(base.v - other.v * f) <= max(base.t, other.t * f) or \
                        abs(base.v * f - other.v) <= max(base.t * f, other.t):
                    self.err("unit_mismatch", f"{label}: {base} vs {other} differ by a factor 10^4")
                    break
            else:
                self.err("conflicting_values", f"{label}: {base} vs {other}")

    def total(self, label, total, parts, code="sum_mismatch"):
        """total = sum(parts) (I4); a single part or the total off by 10^4 -> unit_mismatch."""
        total = total if isinstance(total, Q) else Q(total)
        parts = [p if isinstance(p, Q) else Q(p) for p in parts]
        if abs(sum(p.v for p in parts) - total.v) <= total.t:
            return
        items = [total] + parts
        for i in range(len(items)):
            for f in (D(10000), D("0.0001")):
                vals = [x.v for x in items]
                vals[i] *= f
                t = total.t * (f if i == 0 else 1)
                if abs(sum(vals[1:]) - vals[0]) <= t:
                    self.err("unit_mismatch", f"{label}: {items[i]} is off by 10^4 (sum {total} of {parts})")
                    return
        self.err(code, f"{label}: {' + '.join(map(str, parts))} = {sum(p.v for p in parts)} != {total}")

    def product(self, label, total, a, b, code="sum_mismatch"):
        total = total if isinstance(total, Q) else Q(total)
        c = dec(a) * dec(b)
        if abs(c - dec(total.num)) > tol(total.num):
            self.err(code, f"{label}: {a} x {b} = {c} != {total}")

    def diff(self, label, stated, a, b, code="balance_mismatch"):
        """stated = a - b (I3)."""
        stated = stated if isinstance(stated, Q) else Q(stated)
        a = a if isinstance(a, Q) else Q(a)
        b = b if isinstance(b, Q) else Q(b)
        if abs(a.v - b.v - stated.v) > stated.t:
            self.err(code, f"{label}: {a} - {b} = {a.v - b.v} != {stated}")

    def rate(self, label, stated, num, den, bounded=True, code="rate_mismatch"):
        """stated% = num / den x 100 (I1, I2, counts); zero base or >100% -> implausible_rate (I5)."""
        n = num.v if isinstance(num, Q) else dec(num)
        d = den.v if isinstance(den, Q) else dec(den)
        s = stated.strip()
        if d == 0:
            if s in ("—", "-", "0", "0%", "0.00%", "0.00"):
                return
            self.err("implausible_rate", f"{label}: rate {s} on a zero base")
            return
        if s in ("—", "-"):
            self.err(code, f"{label}: rate missing where {n}/{d} is computable")
            return
        c = n / d * HUNDRED
        if bounded and dec(s) > HUNDRED:
            self.err("implausible_rate", f"{label}: {s} above 100% ({n}/{d})")
        if not agrees(s, c):
            self.err(code, f"{label}: {n}/{d} = {c:.4f}% != {s}")

    def average(self, label, stated, items):
        c = sum(dec(x) for x in items) / len(items)
        if not agrees(stated, c):
            self.err("average_mismatch", f"{label}: mean of {items} = {c:.4f} != {stated}")

    def grade(self, label, total, word):
        s = total if isinstance(total, D) else dec(total)
        band = "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"
        names = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
                 "差": ("差", "较差", "不合格")}
        if word not in names[band]:
            self.err("grade_mismatch", f"{label}: total {s} is {band}, stated {word}")

    def scores_from(self, label, stated, computed):
        """Execution score = weight x min(rate, 100%) (rules §5) — a warning-level rule."""
        if not agrees(stated, computed):
            self.warn("score_rule_mismatch", f"{label}: {stated} vs {computed:.4f}")

    # ---- years (I14) ----
    def years(self):
        Y, t = self.year, self.t
        head = "\n".join(t.split("\n")[:3])
        ys = [int(y) for y in re.findall(r"(\d{4})年度", head)]
        if not ys:
            raise Structure("no evaluation year in the title")
        for y in ys:
            if y != Y:
                self.err("year_mismatch", f"title year {y} != {Y}")
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            if int(m.group(1)) != Y:
                self.err("year_mismatch", f"截至{m.group(1)}年12月31日 in a {Y} report")
        for m in re.finditer(r"结转至(\d{4})年", t):
            if int(m.group(1)) <= Y:
                self.err("year_mismatch", f"carried over to {m.group(1)} from the {Y} budget")
        for m in re.finditer(r"(\d{4})年结转资金", t):
            if int(m.group(1)) >= Y:
                self.err("year_mismatch", f"incoming carry-over from {m.group(1)} in a {Y} budget")
        for m in re.finditer(r"(\d{4})年(\d{1,2})月提前下达", t):
            if (int(m.group(1)), int(m.group(2))) != (Y - 1, 12):
                self.err("year_mismatch", f"advance issued {m.group(1)}-{m.group(2)}")
        for m in re.finditer(r"于(\d{4})年(\d{1,2})月下达", t):
            if int(m.group(1)) != Y:
                self.err("year_mismatch", f"issued in {m.group(1)} for a {Y} budget")
        for m in re.finditer(r"于(\d{4})年上半年", t):
            if int(m.group(1)) != Y:
                self.err("year_mismatch", f"funds issued in {m.group(1)} for a {Y} budget")
        for m in re.finditer(r"实施期为(\d{4})年", t):
            if int(m.group(1)) != Y:
                self.err("year_mismatch", f"implementation period starts {m.group(1)}")
        for line in t.split("\n"):
            if split_row(line) is None:
                continue
            for m in re.finditer(r"(\d{4})年\d{1,2}月\d{1,2}日", line):
                if int(m.group(1)) != Y:
                    self.err("year_mismatch", f"table date {m.group(0)} outside {Y}")
        last = [x for x in t.strip().split("\n") if x.strip()][-1]
        m = re.fullmatch(r"(\d{4})年\d{1,2}月", last.strip())
        if not m:
            raise Structure("no report date on the last line")
        if not Y <= int(m.group(1)) <= Y + 1:
            self.err("year_mismatch", f"report dated {last}")

    # ---- tables ----
    def table(self, header_prefix):
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
        if len(idx) != 1:
            raise Structure(f"table header {header_prefix!r} found {len(idx)} times")
        header = split_row(lines[idx[0]])
        rows = []
        for l in lines[idx[0] + 1:]:
            cells = split_row(l)
            if cells is None:
                break
            if all(c and set(c) <= set("-:") for c in cells):
                continue
            if len(cells) != len(header):
                raise Structure(f"row {l!r} has {len(cells)} cells, header {len(header)}")
            rows.append(dict(zip(header, cells)))
        return header, rows

    def funds_mof(self, header_prefix, weight=None):
        """MOF funds block: 年度资金总额 = 当年财政拨款 + 上年结转 + 其他; 执行率 per row; score."""
        header, rows = self.table(header_prefix)
        col = lambda names: next(h for h in header if any(h.startswith(n) for n in names))
        c_ini, c_ann, c_sp = col(["年初预算数"]), col(["全年预算数"]), col(["全年执行数"])
        c_w, c_rate, c_s = col(["分值"]), col(["执行率"]), col(["得分"])
        by = {r[header[0]]: r for r in rows}
        tot = by["年度资金总额"]
        subs = [r for k, r in by.items() if k != "年度资金总额"]
        for c in (c_ini, c_ann, c_sp):
            self.total(f"funds {c}", Q(tot[c], "万元"), [Q(r[c], "万元") for r in subs])
        for k, r in by.items():
            self.rate(f"funds {k} 执行率", r[c_rate], Q(r[c_sp], "万元"), Q(r[c_ann], "万元"))
        r = dec(tot[c_sp]) / dec(tot[c_ann])
        self.scores_from("execution score", tot[c_s], dec(tot[c_w]) * min(r, D(1)))
        if dec(tot[c_s]) > dec(tot[c_w]) or dec(tot[c_s]) < 0:
            self.err("score_exceeds_weight", f"execution score {tot[c_s]} > {tot[c_w]}")
        return {"ini": tot[c_ini], "ann": tot[c_ann], "spent": tot[c_sp], "w": tot[c_w],
                "rate": tot[c_rate], "s": tot[c_s], "rows": by}

    def indicators(self, header_prefix, extra=None, total_includes_extra=False):
        """Indicator block (I6, I7, I8, I13). extra = (weight, score) of an execution line kept
        outside this table; the table's total row includes it when total_includes_extra."""
        header, rows = self.table(header_prefix)
        pick = lambda *names: next((n for n in names if n in header), None)
        c_l1, c_name = pick("一级指标"), pick("三级指标")
        c_t, c_a = pick("年度指标值", "目标值", "指标值"), pick("实际完成值", "业绩值")
        c_c, c_w, c_s = pick("完成率"), pick("分值", "权重"), pick("得分")
        c_prop, c_unit = pick("指标性质"), pick("度量单位")
        total_row = None
        data = []
        for r in rows:
            if r[header[0]] in ("合计", "总分"):
                total_row = r
            else:
                data.append(r)
        if total_row is None:
            raise Structure("indicator table without a total row")
        out = {}
        level_w = Counter()
        sw = ss = D(0)
        for r in data:
            name = r[c_name]
            w, s = dec(r[c_w]), dec(r[c_s])
            sw += w
            ss += s
            level_w[r[c_l1]] += w
            out[name] = r
            if s > w or s < 0:
                self.err("score_exceeds_weight", f"{name}: score {r[c_s]} outside [0, {r[c_w]}]")
            self._row(name, r[c_t], r[c_a], r[c_c], r[c_w], r[c_s],
                      r[c_prop] if c_prop else None, r[c_unit] if c_unit else None)
        ew = es = D(0)
        if extra:
            ew, es = dec(extra[0]), dec(extra[1])
        tw = sw + (ew if total_includes_extra else 0)
        ts = ss + (es if total_includes_extra else 0)
        if tw != dec(total_row[c_w]):
            self.err("weight_sum_mismatch", f"weights sum to {tw}, total row {total_row[c_w]}")
        if sw + ew != HUNDRED:
            self.err("weight_sum_mismatch", f"all weights sum to {sw + ew}, not 100")
        if not agrees(total_row[c_s], ts):
            self.err("score_sum_mismatch", f"scores sum to {ts}, total row {total_row[c_s]}")
        return {"rows": out, "level_w": level_w, "sum_w": sw, "sum_s": ss,
                "total_w": total_row[c_w], "total_s": total_row[c_s],
                "grand_total": ss + es, "t": c_t, "a": c_a}

    def _row(self, name, target, actual, comp, w, s, prop=None, unit=None):
        if prop is not None:  # Sichuan layout: 指标性质 and 度量单位 columns
            if prop == "定性":
                return
            direction = {"≥": "gte", "≤": "lte", "=": "eq"}[prop]
            T, tu = target, unit
            ma = re.fullmatch(NUM, actual)
            if not ma:
                return
            A, au = ma.group(1), unit
        else:
            if re.search(r"\d{4}年\d{1,2}月", target) or not re.search(r"\d", target):
                return  # dates and qualitative targets carry no completion rate
            mt = re.fullmatch(r"(≥|≤|=|＞|＜|＝)?" + NUM + r"(.*)", target)
            ma = re.fullmatch(NUM + r"(.*)", actual)
            if not mt or not ma:
                raise Structure(f"{name}: cannot read {target!r} / {actual!r}")
            direction = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", "＝": "eq",
                         None: "eq"}[mt.group(1)]
            T, tu = mt.group(2), mt.group(3).strip()
            A, au = ma.group(1), ma.group(2).strip()
        if tu != au:
            self.err("unit_mismatch", f"{name}: target in {tu!r}, actual in {au!r}")
            return
        Tv, Av = dec(T), dec(A)
        if au == "%" and ("率" in name or "满意度" in name) and Av > HUNDRED:
            self.err("implausible_rate", f"{name}: {actual} above 100%")
        if Tv == 0:
            if comp not in ("—", "-"):
                self.err("completion_mismatch", f"{name}: completion {comp} on a zero target")
            if direction in ("eq", "lte") and Av > 0:
                self.warn("score_rule_mismatch", f"{name}: zero target missed")
            return
        if direction == "lte":
            c = HUNDRED if Av <= Tv else Tv / Av * HUNDRED
        else:
            c = Av / Tv * HUNDRED
        if comp in ("—", "-"):
            self.err("completion_mismatch", f"{name}: completion missing ({c:.2f}%)")
        elif not agrees(comp, c):
            self.err("completion_mismatch", f"{name}: completion {c:.4f}% != {comp}")
        expected = dec(w) * min(c / HUNDRED, D(1))
        alt = dec(w) * min(dec(comp) / HUNDRED, D(1)) if comp not in ("—", "-") else expected
        if not (agrees(s, expected) or agrees(s, alt)):
            self.warn("score_rule_mismatch", f"{name}: score {s}, rule gives {expected:.4f}")

    def levels(self, ind, stated):
        for level, w in stated.items():
            if ind["level_w"][level] != dec(w):
                self.err("weight_sum_mismatch", f"{level}: rows sum {ind['level_w'][level]}, stated {w}")


def split_row(line):
    if "｜" in line:
        return [c.strip() for c in line.split("｜")]
    if line.startswith("|"):
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return None


def cell(ind, name, col):
    if name not in ind["rows"]:
        raise Structure(f"indicator {name!r} not in the table")
    return ind["rows"][name][ind[col]]


def lead(s):
    """Leading number of a table cell such as '≥390份' or '96.15%'."""
    m = re.search(NUM, s)
    if not m:
        raise Structure(f"no number in {s!r}")
    return m.group(1)


# =============================================================================================
# Project checks. Each reads its figures from the text and redoes every identity.
# =============================================================================================

def check_zhangxian(c):
    f = c.funds_mof("资金情况（万元）｜")
    ind = c.indicators("一级指标｜", extra=(f["w"], f["s"]), total_includes_extra=True)
    ini, cen, prov, cty = c.one("年初预算#万元，其中中央补助地方病防治资金#万元、省级资金#万元、县级配套#万元；")
    add, ann = c.one("追加县级配套#万元，调整后全年预算#万元")
    c.total("年初预算 by source", ini, [cen, prov, cty])
    c.total("全年预算 = 年初 + 追加", ann, [ini, add])
    c.same("年初预算", [Q(ini, "万元"), Q(f["ini"], "万元")])
    c.same("全年预算", [Q(ann, "万元"), Q(f["ann"], "万元")])
    rec, rec_rate = c.one("实际到位#万元，资金到位率#%")
    c.rate("到位率", rec_rate, rec, ann)
    spent, rate1 = c.one("全年执行#万元，预算执行率#%")
    c.same("全年执行", [Q(spent, "万元"), Q(f["spent"], "万元")])
    c.rate("执行率 (funds text)", rate1, spent, ann)
    items = c.one("碘缺乏病监测及实验室检测#万元、大骨节病病情监测及X线拍片#万元、健康教育及宣传材料#万元、"
                  "业务培训#万元、现场调查交通及劳务补助#万元")
    c.total("执行 by use", spent, list(items))
    xn, xp, xt = c.one("其中X线拍片#人次，每人次#元，计#元")
    c.product("X线拍片 cost", xt, xn, xp)
    (bal,) = c.one("年末结余#万元")
    c.diff("结余", bal, Q(rec, "万元"), Q(spent, "万元"))
    # goals vs table targets
    g_salt, g_x, g_q, g_g, g_k = c.one("居民户盐样检测不少于#份，病区儿童X线拍片不少于#人，合格碘盐食用率不低于#%，"
                                       "8—10岁儿童甲状腺肿大率控制在#%以内，重点人群防治知识知晓率不低于#%")
    c.same("盐样目标", [g_salt, lead(cell(ind, "居民户盐样检测份数", "t"))])
    c.same("拍片目标", [g_x, lead(cell(ind, "病区儿童X线拍片人数", "t"))])
    c.same("合格碘盐目标", [g_q, lead(cell(ind, "合格碘盐食用率", "t"))])
    c.same("甲肿目标", [g_g, lead(cell(ind, "8—10岁儿童甲状腺肿大率", "t"))])
    c.same("知晓率目标", [g_k, lead(cell(ind, "重点人群防治知识知晓率", "t"))])
    # iodine monitoring
    towns, per, salt, iod, noni, cov, nonr, qual, qrate = c.one(
        "在#个乡镇每乡镇抽检居民户#户，共检测居民户盐样#份，其中碘盐#份、非碘盐#份，碘盐覆盖率#%，非碘盐率#%；"
        "合格碘盐#份，合格碘盐食用率#%")
    c.product("盐样 = 乡镇 x 每乡镇户数", salt, towns, per)
    c.total("盐样 = 碘盐 + 非碘盐", salt, [iod, noni])
    c.rate("碘盐覆盖率", cov, iod, salt)
    c.rate("非碘盐率", nonr, noni, salt)
    c.rate("合格碘盐食用率", qrate, qual, salt)
    c.same("盐样份数", [salt, lead(cell(ind, "居民户盐样检测份数", "a"))])
    c.same("乡镇数", [towns, lead(cell(ind, "碘盐监测乡镇数", "a"))])
    (t1,) = c.one("辖#个乡镇")
    (t2,) = c.one("完成全县#个乡镇碘盐")
    c.same("乡镇数 (overview, goal)", [t1, t2, towns, lead(cell(ind, "碘盐监测乡镇数", "t"))])
    c.same("合格碘盐食用率", [qrate, lead(cell(ind, "合格碘盐食用率", "a"))])
    kids, goit, grate = c.one("对#名8—10岁儿童开展甲状腺B超检查，检出甲状腺肿大#人，肿大率#%")
    c.rate("甲状腺肿大率", grate, goit, kids)
    c.same("甲状腺肿大率", [grate, lead(cell(ind, "8—10岁儿童甲状腺肿大率", "a"))])
    # KBD X-ray by village
    (nv,) = c.one("在#个病区村对7—12岁儿童开展X线拍片")
    v = c.one("各村拍片人数分别为#人、#人、#人、#人、#人，合计#人，平均每村#人")
    c.same("病区村数 = villages listed", [nv, "5"])
    c.total("拍片 by village", v[5], list(v[:5]))
    c.average("平均每村", v[6], list(v[:5]))
    c.same("拍片人数", [v[5], xn, lead(cell(ind, "病区儿童X线拍片人数", "a"))])
    c.same("拍片单价", [xp, lead(cell(ind, "X线拍片单价", "a"))])
    n, k, krate = c.one("家庭主妇#人问卷调查，知晓#人，知晓率#%")
    c.rate("知晓率", krate, k, n)
    krate2, gap = c.one("重点人群防治知识知晓率为#%，比目标低#个百分点")
    c.same("知晓率", [krate, krate2, lead(cell(ind, "重点人群防治知识知晓率", "a"))])
    c.product("知晓率 gap", gap, "1", str(dec(g_k) - dec(krate2)), code="rate_mismatch")
    (sat,) = c.one("满意度#%。")
    c.same("满意度", [sat, lead(cell(ind, "监测对象满意度", "a"))])
    # conclusion
    r3, es = c.one("项目预算执行率#%，得分#分")
    c.rate("执行率 (conclusion)", r3, spent, ann)
    c.same("执行得分", [es, f["s"]])
    iw, isc, tot, word = c.one("绩效指标分值#分，得分#分。自评总分#分，评价等级为“(.)”")
    if dec(iw) != ind["sum_w"]:
        c.err("weight_sum_mismatch", f"indicator weights {ind['sum_w']} != stated {iw}")
    if not agrees(isc, ind["sum_s"]):
        c.err("score_sum_mismatch", f"indicator scores {ind['sum_s']} != stated {isc}")
    if not agrees(tot, dec(es) + dec(isc)):
        c.err("score_sum_mismatch", f"{es} + {isc} != stated total {tot}")
    c.same("自评总分", [tot, ind["total_s"]])
    c.grade("grade", dec(tot), word)
    c.grade("grade (table)", dec(ind["total_s"]), word)
    c.years()


def check_haixing(c):
    h, rows = c.table("项目\t行次")
    by = {r["项目"]: r for r in rows}
    cols = ["年度总金额", "中央", "省级", "县级", "上年结转", "其他"]
    r1, r2, r3, r4 = by["年初预算资金"], by["全年预算资金"], by["实际到位资金"], by["全年执行资金"]
    r5, r6, r7 = by["资金结余"], by["预算到位率(%)"], by["预算执行率(%)"]
    for r in (r1, r2, r3, r4, r5):
        c.total(f"{r['项目']} by source", Q(r["年度总金额"], "万元"), [Q(r[k], "万元") for k in cols[1:]])
    for k in cols:
        c.diff(f"(5)=(3)-(4) {k}", Q(r5[k], "万元"), Q(r3[k], "万元"), Q(r4[k], "万元"))
        c.rate(f"(6)=(3)/(2) {k}", r6[k], Q(r3[k], "万元"), Q(r2[k], "万元"))
        c.rate(f"(7)=(4)/(2) {k}", r7[k], Q(r4[k], "万元"), Q(r2[k], "万元"))
    ini, cen, prov, cty = c.one("年初预算#万元，其中中央补助#万元、省级#万元、县级#万元；")
    c.total("年初 by source", ini, [cen, prov, cty])
    c.same("年初", [ini, r1["年度总金额"]])
    c.same("中央", [cen, r1["中央"]])
    c.same("省级", [prov, r1["省级"]])
    c.same("县级", [cty, r1["县级"]])
    cy, co1, cu1, co2, cu2, ann = c.one("另有(\\d{4})年结转资金@（@）纳入本年预算，全年预算#万元，资金全部到位")
    c.same("上年结转 written two ways", [Q(co1, cu1), Q(co2, cu2), Q(r2["上年结转"], "万元")])
    c.total("全年 = 年初 + 结转", ann, [ini, Q(co1, cu1)])
    c.same("全年预算", [ann, r2["年度总金额"]])
    c.same("全部到位 => 到位 = 全年", [r3["年度总金额"], ann])
    sp, rate, bal, bc, bp, bk = c.one("全年执行#万元，执行率#%；资金结余#万元，其中中央资金#万元、省级资金#万元、县级资金#万元")
    c.same("执行", [sp, r4["年度总金额"]])
    c.rate("执行率 (text)", rate, sp, ann)
    c.diff("结余 (text)", bal, r3["年度总金额"], sp)
    c.total("结余 by source", bal, [bc, bp, bk])
    c.same("中央结余", [bc, r5["中央"]])
    c.same("省级结余", [bp, r5["省级"]])
    c.same("县级结余", [bk, r5["县级"]])
    (cp,) = c.one("中央和省级结余#万元已申请结转")
    c.total("中央和省级结余", cp, [bc, bp])
    (kb,) = c.one("县级结余#万元按规定收回")
    c.same("县级结余", [kb, bk])
    (rate2,) = c.one("执行率#%，结余资金已按规定处理")
    c.rate("执行率 (analysis)", rate2, sp, ann)
    (krate,) = c.one("县级配套资金执行率仅#%")
    c.rate("县级执行率 (text)", krate, r4["县级"], r2["县级"])
    # indicator table (execution row inside)
    ind = c.indicators("一级指标\t二级指标")
    c.rate("执行率 (indicator row)", cell(ind, "预算执行率", "a"), sp, ann)
    pe, po, pb, ps = c.one("其中预算执行#分，产出指标#分，效益指标#分，满意度指标#分")
    c.levels(ind, {"预算执行": pe, "产出指标": po, "效益指标": pb, "满意度指标": ps})
    tot, word = c.one("自评总得分#分，等级为“(..)”")
    if not agrees(tot, ind["sum_s"]):
        c.err("score_sum_mismatch", f"scores sum to {ind['sum_s']}, text states {tot}")
    c.same("总得分", [tot, ind["total_s"]])
    c.grade("grade", dec(tot), word)
    # goals vs table targets
    g = c.one("完成居民户盐样#份、8—10岁儿童尿碘#份和孕妇尿碘#份的监测；完成改水工程水氟监测#处以上、"
              "8—12岁儿童氟斑牙检查#人以上；高碘病区无碘盐食用率不低于#%，儿童氟斑牙检出率控制在#%以内")
    for val, name in zip(g, ["居民户盐样监测份数", "8—10岁儿童尿碘检测份数", "孕妇尿碘检测份数", "改水工程水氟监测处数",
                             "8—12岁儿童氟斑牙检查人数", "高碘病区无碘盐食用率", "8—12岁儿童氟斑牙检出率"]):
        c.same(f"target {name}", [val, lead(cell(ind, name, "t"))])
    towns, per, ku, ks, pu, ps_, salt = c.one(
        "#个监测乡镇各抽取8—10岁儿童#名，共检测儿童尿碘#份和家中盐样#份；另检测孕妇尿碘#份及家中盐样#份，居民户盐样合计#份")
    c.product("儿童尿碘 = 乡镇 x 人数", ku, towns, per)
    c.product("儿童家中盐样 = 乡镇 x 人数", ks, towns, per)
    c.same("孕妇盐样 = 孕妇尿碘", [pu, ps_])
    c.total("居民户盐样", salt, [ks, ps_])
    c.same("居民户盐样", [salt, lead(cell(ind, "居民户盐样监测份数", "a"))])
    c.same("儿童尿碘", [ku, lead(cell(ind, "8—10岁儿童尿碘检测份数", "a"))])
    hh, ni, nr = c.one("高碘病区村抽检居民户#户，食用无碘盐#户，无碘盐食用率#%")
    c.rate("无碘盐食用率", nr, ni, hh)
    c.same("无碘盐食用率", [nr, lead(cell(ind, "高碘病区无碘盐食用率", "a"))])
    w_n, w_ok, w_r, kids, fl, fr = c.one("共监测改水工程#处，水氟含量合格#处，合格率#%；检查8—12岁儿童#人，检出氟斑牙#人，检出率#%")
    c.rate("水氟合格率", w_r, w_ok, w_n)
    c.rate("氟斑牙检出率", fr, fl, kids)
    (w_n2,) = c.one("全县#处改水工程全部纳入")
    c.same("改水工程处数", [w_n, w_n2, lead(cell(ind, "改水工程水氟监测处数", "a"))])
    c.same("水氟合格率", [w_r, lead(cell(ind, "改水工程水氟合格率", "a"))])
    c.same("氟斑牙检查人数", [kids, lead(cell(ind, "8—12岁儿童氟斑牙检查人数", "a"))])
    c.same("氟斑牙检出率", [fr, lead(cell(ind, "8—12岁儿童氟斑牙检出率", "a"))])
    qn, qk, qr = c.one("问卷调查#人，知晓#人，知晓率#%")
    c.rate("知晓率", qr, qk, qn)
    c.same("知晓率", [qr, lead(cell(ind, "地方病防治知识知晓率", "a"))])
    up, un, ut = c.one("按每份#元结算，#份共计#元")
    c.product("尿碘检测费用", ut, up, un)
    c.total("尿碘份数", un, [ku, pu])
    c.same("尿碘单价", [up, lead(cell(ind, "每份尿碘检测费用", "a"))])
    sat, sat_t = c.one("满意度为#%，略低于#%的目标")
    c.same("满意度", [sat, lead(cell(ind, "监测对象满意度", "a"))])
    c.same("满意度目标", [sat_t, lead(cell(ind, "监测对象满意度", "t"))])
    c.years()


def check_rangtang(c):
    b = c.one("年初预算#万元，其中基本支出#万元（人员经费#万元、公用经费#万元），项目支出#万元（大骨节病综合防治项目#万元、"
              "碘缺乏病监测项目#万元、重大传染病防控项目#万元、基本公共卫生服务项目#万元）")
    ini, basic, staff, office, proj, kbd_b, idd_b, inf_b, phs_b = b
    c.total("年初 = 基本 + 项目", ini, [basic, proj])
    c.total("基本支出", basic, [staff, office])
    c.total("项目支出 by project", proj, [kbd_b, idd_b, inf_b, phs_b])
    add, covid, pay, ann = c.one("年中追加#万元，其中新冠肺炎疫情防控经费#万元、人员工资调标经费#万元，调整后全年预算#万元")
    c.total("追加", add, [covid, pay])
    c.total("全年 = 年初 + 追加", ann, [ini, add])
    h, rows = c.table("资金来源｜")
    by = {r["资金来源"]: r for r in rows}
    cols = [x for x in h if "万元" in x]
    tot = by["合计"]
    for k in cols:
        c.total(f"funds {k}", Q(tot[k], "万元"), [Q(r[k], "万元") for n, r in by.items() if n != "合计"])
    c_ini, c_ann, c_sp = cols
    for n, r in by.items():
        c.rate(f"执行率 {n}", r["执行率"], Q(r[c_sp], "万元"), Q(r[c_ann], "万元"))
    c.same("年初", [ini, tot[c_ini]])
    c.same("全年", [ann, tot[c_ann]])
    e = c.one("全年支出#万元，其中基本支出#万元（人员经费#万元、公用经费#万元），项目支出#万元，分别为大骨节病综合防治@、"
              "碘缺乏病监测@、重大传染病防控@、基本公共卫生服务@、新冠肺炎疫情防控@")
    spent, e_basic, e_staff, e_office, e_proj = e[:5]
    items = [Q(e[i], e[i + 1]) for i in range(5, 15, 2)]
    c.same("全年执行", [spent, tot[c_sp]])
    c.total("支出 = 基本 + 项目", spent, [e_basic, e_proj])
    c.total("基本支出 (executed)", e_basic, [e_staff, e_office])
    c.total("项目支出 by project (executed)", Q(e_proj, "万元"), items)
    (kbd_rate,) = c.one("大骨节病综合防治项目执行率#%")
    c.rate("大骨节病项目执行率", kbd_rate, items[0], Q(kbd_b, "万元"))
    fb, kbd_cf, cy, back, ub = c.one("财政资金结余#万元，其中大骨节病综合防治项目资金#万元经县财政局同意结转至(\\d{4})年继续实施，"
                                     "其余#万元已按规定收回；单位资金结余#万元")
    c.diff("财政资金结余", fb, by["财政资金"][c_ann], by["财政资金"][c_sp])
    c.total("财政资金结余 split", fb, [kbd_cf, back])
    c.diff("大骨节病项目结转", Q(kbd_cf, "万元"), Q(kbd_b, "万元"), items[0])
    c.diff("单位资金结余", ub, by["单位资金"][c_ann], by["单位资金"][c_sp])
    (sg, sg_last) = c.one("全年“三公”经费支出#万元，比上年的#万元")
    # exec line and indicator table
    eh, erows = c.table("预算执行情况｜")
    ex = erows[0]
    c.rate("执行率 (score table)", ex["执行率"], Q(spent, "万元"), Q(ann, "万元"))
    c.same("执行率", [ex["执行率"], tot["执行率"]])
    c.scores_from("execution score", ex["得分"], dec(ex["分值"]) * min(dec(spent) / dec(ann), D(1)))
    if dec(ex["得分"]) > dec(ex["分值"]):
        c.err("score_exceeds_weight", "execution score above its weight")
    ind = c.indicators("一级指标｜", extra=(ex["分值"], ex["得分"]), total_includes_extra=False)
    pe, pi, po, pb = c.one("预算执行情况#分，绩效指标#分（产出指标#分、效益指标#分）")
    c.same("执行分值", [pe, ex["分值"]])
    if dec(pi) != ind["sum_w"] or dec(pi) != dec(ind["total_w"]):
        c.err("weight_sum_mismatch", f"indicator weights {ind['sum_w']} / {ind['total_w']} vs stated {pi}")
    c.levels(ind, {"产出指标": po, "效益指标": pb})
    c.same("三公经费", [sg, cell(ind, "“三公”经费支出", "a")])
    n1, fr, xk, xt, xr = c.one("完成大骨节病现症患者临床复查#人，随访管理规范率#%；在病区村对7—12岁儿童X线拍片#人，目标为#人，完成率#%")
    c.same("临床复查", [n1, cell(ind, "大骨节病现症患者临床复查人数", "a")])
    c.same("随访规范率", [fr, cell(ind, "大骨节病患者随访管理规范率", "a")])
    c.same("拍片人数", [xk, cell(ind, "病区村7—12岁儿童X线拍片人数", "a")])
    c.same("拍片目标", [xt, cell(ind, "病区村7—12岁儿童X线拍片人数", "t")])
    c.rate("拍片完成率 (text)", xr, xk, xt, code="completion_mismatch")
    hh, ok, qr = c.one("抽检居民户#户，合格碘盐#户，合格碘盐食用率#%")
    c.rate("合格碘盐食用率", qr, ok, hh)
    c.same("碘盐监测户数", [hh, cell(ind, "居民户碘盐监测户数", "a")])
    c.same("合格碘盐食用率", [qr, cell(ind, "合格碘盐食用率", "a")])
    kn, kk, kr, kt = c.one("抽取重点人群#人开展知识调查，知晓#人，知晓率#%，未达到#%的目标")
    c.rate("知晓率", kr, kk, kn)
    c.same("知晓率", [kr, cell(ind, "重点人群地方病防治知识知晓率", "a")])
    c.same("知晓率目标", [kt, cell(ind, "重点人群地方病防治知识知晓率", "t")])
    (vr,) = c.one("免疫规划疫苗接种率#%。")
    c.same("接种率", [vr, cell(ind, "适龄儿童免疫规划疫苗接种率", "a")])
    es, isc, total, word = c.one("预算执行得分#分，绩效指标得分#分，部门整体支出自评得分#分，评价等级为“(.)”")
    c.same("执行得分", [es, ex["得分"]])
    if not agrees(isc, ind["sum_s"]):
        c.err("score_sum_mismatch", f"indicator scores {ind['sum_s']} != stated {isc}")
    if not agrees(total, dec(es) + dec(isc)):
        c.err("score_sum_mismatch", f"{es} + {isc} != {total}")
    c.grade("grade", dec(total), word)
    c.years()


def check_weining(c):
    (ov,) = c.one("2023年本项目安排中央补助地方病防治资金#万元")
    g = c.one("监测病区村不少于#个，检查8—12岁儿童不少于#人，入户调查不少于#户；改良炉灶正确使用率不低于#%，"
              "儿童氟斑牙检出率控制在#%以内，合格碘盐食用率不低于#%")
    f = c.funds_mof("| 资金情况（万元） |")
    ind = c.indicators("| 一级指标 |", extra=(f["w"], f["s"]), total_includes_extra=False)
    for val, name in zip(g, ["监测病区村数", "8—12岁儿童氟斑牙检查人数", "改良炉灶入户调查户数", "改良炉灶正确使用率",
                             "8—12岁儿童氟斑牙检出率", "合格碘盐食用率"]):
        c.same(f"target {name}", [val, lead(cell(ind, name, "t"))])
    tot_f, a1, y1, m1, a2, y2, m2, ann, spent, rate, cf = c.one(
        "本项目资金共#万元，其中#万元于(\\d{4})年(\\d{1,2})月提前下达，#万元于(\\d{4})年(\\d{1,2})月下达，年内未作调整，"
        "全年预算#万元，已全部到位。全年执行#万元，执行率#%；未支付的#万元")
    c.total("资金 by issue date", tot_f, [a1, a2])
    c.same("项目资金", [ov, tot_f, ann, f["ann"]])
    c.same("未调整 => 年初 = 全年", [f["ini"], f["ann"]])
    c.same("执行", [spent, f["spent"]])
    c.rate("执行率 (text)", rate, spent, ann)
    c.diff("结转", cf, ann, spent)
    items = c.one("尿氟及盐碘实验室检测#万元、病区村现场调查及氟斑牙检查#万元、改良炉灶入户调查#万元、健康教育#万元、业务培训#万元")
    c.total("执行 by use", spent, list(items))
    un, up, ut, sn, sp_, st = c.one("尿氟检测#份，每份#元，计#元；盐碘检测#份，每份#元，计#元")
    c.product("尿氟检测费", ut, un, up)
    c.product("盐碘检测费", st, sn, sp_)
    c.total("实验室检测", Q(items[0], "万元"), [Q(ut, "元"), Q(st, "元")])
    c.same("尿氟单价", [up, lead(cell(ind, "每份尿氟检测费用", "a"))])
    c.same("尿氟份数 = 检查人数", [un, lead(cell(ind, "8—12岁儿童氟斑牙检查人数", "a"))])
    vt, va, vd = c.one("计划监测#个病区村，实际完成#个，#个村因")
    c.total("计划村数 = 完成 + 撤并", vt, [va, vd])
    c.same("监测村目标", [vt, lead(cell(ind, "监测病区村数", "t"))])
    c.same("监测村数", [va, lead(cell(ind, "监测病区村数", "a"))])
    per, kids, fl, fr, ft = c.one("每村检查8—12岁儿童#人，共检查#人，检出氟斑牙#人，检出率#%，高于#%的控制目标")
    c.product("检查人数 = 村数 x 每村", kids, va, per)
    c.rate("氟斑牙检出率", fr, fl, kids)
    c.same("检查人数", [kids, lead(cell(ind, "8—12岁儿童氟斑牙检查人数", "a"))])
    c.same("氟斑牙检出率", [fr, lead(cell(ind, "8—12岁儿童氟斑牙检出率", "a"))])
    c.same("氟斑牙目标", [ft, lead(cell(ind, "8—12岁儿童氟斑牙检出率", "t"))])
    (nt,) = c.one("#个监测乡镇入户调查户数")
    h = c.one("入户调查户数分别为#户、#户、#户、#户，平均每乡镇#户，共调查#户，其中正确使用改良炉灶#户，正确使用率#%")
    c.same("监测乡镇数 = townships listed", [nt, "4"])
    c.total("入户调查 by township", h[5], list(h[:4]))
    c.average("平均每乡镇", h[4], list(h[:4]))
    c.rate("正确使用率", h[7], h[6], h[5])
    c.same("入户调查户数", [h[5], lead(cell(ind, "改良炉灶入户调查户数", "a"))])
    c.same("正确使用率", [h[7], lead(cell(ind, "改良炉灶正确使用率", "a"))])
    due, done, covr = c.one("应改户#户，已改炉灶#户，改炉改灶覆盖率#%")
    c.rate("改炉改灶覆盖率", covr, done, due)
    sn2, sq, sr, st2 = c.one("检测居民户盐样#份，合格碘盐#份，合格碘盐食用率#%，略低于#%的目标")
    c.rate("合格碘盐食用率", sr, sq, sn2)
    c.same("盐样份数", [sn2, sn, lead(cell(ind, "居民户盐样监测份数", "a"))])
    c.same("合格碘盐食用率", [sr, lead(cell(ind, "合格碘盐食用率", "a"))])
    c.same("合格碘盐目标", [st2, lead(cell(ind, "合格碘盐食用率", "t"))])
    qn, qk, qr, sat = c.one("问卷调查病区群众#人，知晓#人，燃煤型氟中毒防治知识知晓率#%；病区群众满意度#%")
    c.rate("知晓率", qr, qk, qn)
    c.same("知晓率", [qr, lead(cell(ind, "燃煤型氟中毒防治知识知晓率", "a"))])
    c.same("满意度", [sat, lead(cell(ind, "病区群众满意度", "a"))])
    nw, ns = c.one("合计栏不含预算执行部分（分值#分，得分#分）")
    c.same("执行分值 (note)", [nw, f["w"]])
    c.same("执行得分 (note)", [ns, f["s"]])
    (es,) = c.one("项目预算执行得分#分")
    c.same("执行得分", [es, f["s"]])
    (word,) = c.one("评价等级为“(.)”")
    c.grade("grade", dec(f["s"]) + dec(ind["total_s"]), word)
    c.years()


def check_kedong(c):
    (pat,) = c.one("仍有克山病现症患者#人")
    (g_ecg,) = c.one("完成病区心电图检查#人次以上")
    g_salt, g_urine = c.one("完成居民户盐样监测#份、8—10岁儿童尿碘检测#份")
    (g_goit,) = c.one("儿童甲状腺肿大率控制在#%以内")
    f = c.funds_mof("资金情况（万元）｜")
    ind = c.indicators("一级指标｜", extra=(f["w"], f["s"]), total_includes_extra=True)
    c.same("心电图目标", [g_ecg, lead(cell(ind, "克山病病区心电图检查人次", "t"))])
    c.same("盐样目标", [g_salt, lead(cell(ind, "居民户盐样监测份数", "t"))])
    c.same("尿碘目标", [g_urine, lead(cell(ind, "8—10岁儿童尿碘检测份数", "t"))])
    c.same("甲肿目标", [g_goit, lead(cell(ind, "8—10岁儿童甲状腺肿大率", "t"))])
    c.same("现症患者", [pat, lead(cell(ind, "现症患者随访管理人数", "t"))])
    ini, cen, prov, cty, ann = c.one("项目年初预算#万元，其中中央补助#万元、省级资金#万元、县级配套#万元，年内无调整，全年预算#万元")
    c.total("年初 by source", ini, [cen, prov, cty])
    c.same("无调整 => 年初 = 全年", [ini, ann, f["ini"], f["ann"]])
    a1, y1, m1, a2, y2, m2 = c.one("中央补助中#万元于(\\d{4})年(\\d{1,2})月提前下达，#万元于(\\d{4})年(\\d{1,2})月下达")
    c.total("中央补助 by issue date", cen, [a1, a2])
    spent, rate, ec, ep, ek = c.one("全年执行#万元，执行率#%，其中中央资金执行#万元、省级#万元、县级#万元")
    c.same("执行", [spent, f["spent"]])
    c.rate("执行率 (text)", rate, spent, ann)
    c.total("执行 by source", spent, [ec, ep, ek])
    items = c.one("克山病病情监测#万元、碘缺乏病监测检测#万元、现症患者随访管理及救治补助#万元、健康教育#万元、培训及督导#万元")
    c.total("执行 by use", spent, list(items))
    en, ep_, et = c.one("其中心电图检查#人次，每人次#元，计#元")
    c.product("心电图费用", et, en, ep_)
    c.same("心电图单价", [ep_, lead(cell(ind, "心电图检查单价", "a"))])
    bal, bp, bk = c.one("年末结余#万元，其中省级#万元、县级#万元")
    c.diff("结余", bal, ann, spent)
    c.diff("省级结余", bp, prov, ep)
    c.diff("县级结余", bk, cty, ek)
    c.total("结余 by source", bal, [bp, bk])
    (en2,) = c.one("开展心电图检查#人次，超额完成")
    c.same("心电图人次", [en, en2, lead(cell(ind, "克山病病区心电图检查人次", "a"))])
    pat2, mg, mr = c.one("#名现症患者全部纳入随访管理，其中规范管理#人，规范管理率#%")
    c.same("现症患者", [pat, pat2])
    c.rate("规范管理率", mr, mg, pat2)
    c.same("规范管理率", [mr, lead(cell(ind, "克山病患者规范管理率", "a"))])
    s = c.one("检测居民户盐样#份，其中碘盐#份，碘盐覆盖率#%，非碘盐率#%；合格碘盐#份，合格碘盐食用率#%")
    salt, iod, cov, nonr, qual, qr = s
    c.rate("碘盐覆盖率", cov, iod, salt)
    c.rate("非碘盐率", nonr, str(dec(salt) - dec(iod)), salt)
    c.rate("合格碘盐食用率", qr, qual, salt)
    c.same("盐样份数", [salt, lead(cell(ind, "居民户盐样监测份数", "a"))])
    c.same("合格碘盐食用率", [qr, lead(cell(ind, "合格碘盐食用率", "a"))])
    kids, goit, gr, urine = c.one("对#名8—10岁儿童开展甲状腺B超检查，检出肿大#人，肿大率#%；检测儿童尿碘#份")
    c.rate("甲状腺肿大率", gr, goit, kids)
    c.same("甲状腺肿大率", [gr, lead(cell(ind, "8—10岁儿童甲状腺肿大率", "a"))])
    c.same("尿碘份数", [urine, lead(cell(ind, "8—10岁儿童尿碘检测份数", "a"))])
    qn, qk, qrate, qt = c.one("问卷调查病区群众#人，知晓#人，知晓率#%，未达到#%的目标")
    c.rate("知晓率", qrate, qk, qn)
    c.same("知晓率", [qrate, lead(cell(ind, "地方病防治知识知晓率", "a"))])
    c.same("知晓率目标", [qt, lead(cell(ind, "地方病防治知识知晓率", "t"))])
    (sat,) = c.one("群众满意度#%")
    c.same("满意度", [sat, lead(cell(ind, "群众满意度", "a"))])
    (rate3,) = c.one("项目预算执行率#%，各项")
    c.rate("执行率 (conclusion)", rate3, spent, ann)
    (word,) = c.one("评价等级为“(.)”")
    c.grade("grade", dec(ind["total_s"]), word)
    c.years()


PROJECTS = {
    "zhangxian-dagujie-2019": (check_zhangxian, 2019),
    "haixing-gaodian-2020": (check_haixing, 2020),
    "rangtang-cdc-bumen-2022": (check_rangtang, 2022),
    "weining-ranmeifu-2023": (check_weining, 2023),
    "kedong-keshanbing-2024": (check_kedong, 2024),
}


def run(project, text):
    fn, year = PROJECTS[project]
    c = Checker(text, year)
    fn(c)
    return c


def edit_region(a, b):
    """Smallest differing region: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    for rec in labels:
        name, proj = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            c = run(proj, text)
        except Structure as exc:
            problems.append(f"{name}: structure: {exc}")
            continue
        got = {code for code, _ in c.errors}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if c.errors or c.warnings:
                problems.append(f"{name}: clean draft fails: {c.errors + c.warnings}")
            n = len(text)
            if not 1500 <= n <= 5000:
                problems.append(f"{name}: {n} characters")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected must hold exactly one finding")
            continue
        exp = rec["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        if code not in ERROR_CODES or exp["severity"] != "error":
            problems.append(f"{name}: bad code/severity {code}/{exp['severity']}")
        if got != {code}:
            problems.append(f"{name}: labelled {code}, checks give {sorted(got)}: {c.errors}")
        if text.count(value) != 1:
            problems.append(f"{name}: value {value!r} occurs {text.count(value)} times")
        clean = open(os.path.join(CASES, f"{proj}-clean.txt"), encoding="utf-8").read()
        start, end_a, end_b = edit_region(clean, text)
        if end_a - start > 40 or end_b - start > 40 or end_b <= start:
            problems.append(f"{name}: edit region {start}..{end_a}/{end_b} not one edit of <= 40 characters")
        v0 = text.find(value)
        if not (v0 < end_b and start < v0 + len(value)):
            problems.append(f"{name}: the edit [{start},{end_b}) does not overlap the value at {v0}")
        # one contiguous edit: the rest of the text is identical
        if clean[:start] != text[:start] or clean[end_a:] != text[end_b:]:
            problems.append(f"{name}: more than one edit")
    for code in ERROR_CODES:
        if codes[code] < 2:
            problems.append(f"code {code} used {codes[code]} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases checked; per code: " + ", ".join(f"{k} {codes[k]}" for k in ERROR_CODES))
    print("OK")


if __name__ == "__main__":
    main()
