#!/usr/bin/env python3
"""Verify drafts527: re-read every figure from each case text and redo all its arithmetic.

Standard library + decimal only. For every case it reports the set of error codes whose identity fails
(codes of errors.md §A). Then it asserts:
  * every clean draft fails no check (and no warning-level score rule either);
  * every error case fails exactly its labelled code and no other error code;
  * each label value occurs exactly once in its case, the case differs from its clean draft by one
    contiguous edit of at most 40 characters, and that edit overlaps the value;
  * each of the 13 codes is labelled at least twice; 35 cases; clean drafts of 1,500-5,000 characters.
Prints OK at the end when everything holds.

Tolerance follows rules.md §8: a stated value with d decimals is consistent with a computed value c iff
|c - v| <= 0.5 * 10^-d (+1e-9); a score may follow either the unrounded rate or the rate as printed.
A failing money identity that is reconciled exactly by rescaling one amount by 10^4 is reported as
unit_mismatch (errors.md #11 b), not as the identity's own code.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 34
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
MONEY = {"元": D(1) / D(10000), "万元": D(1), "亿元": D(10000)}
RESCALE = (D(10000), D(1) / D(10000))
HUNDRED = D(100)


class ParseError(Exception):
    pass


class Num:
    """A number as written: value, decimals, unit."""

    def __init__(self, raw, unit=None, label=""):
        raw = raw.replace(",", "").strip()
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", raw):
            raise ParseError(f"not a number: {raw!r} ({label})")
        self.raw, self.v = raw, D(raw)
        self.d = len(raw.split(".")[1]) if "." in raw else 0
        self.unit, self.label = unit, label

    @property
    def money(self):
        return self.unit in MONEY

    def base(self):
        return self.v * MONEY[self.unit] if self.money else self.v

    def tol(self):
        return D("0.5") * (D(10) ** -self.d) + D("1e-9")

    def base_tol(self):
        return self.tol() * (MONEY[self.unit] if self.money else 1)

    def __repr__(self):
        return f"{self.label}={self.raw}{self.unit or ''}"


def close(computed_base, stated):
    """computed (in base unit) against a stated Num (judged in the unit as written)."""
    c = computed_base / MONEY[stated.unit] if stated.money else computed_base
    return abs(c - stated.v) <= stated.tol()


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ctx:
    def __init__(self, text, year):
        self.text, self.year = text, year
        self.fails = []      # (code, message)
        self.warnings = []   # (code, message)

    # ---------- reading
    def g(self, pattern, unit=None, group="v", label=None):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        m = ms[0]
        u = m.groupdict().get("u") or unit
        return Num(m.group(group), u, label or pattern[:30])

    def s(self, pattern, group="v"):
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pattern}")
        return ms[0].group(group)

    def table(self, first):
        lines = self.text.split("\n")
        starts = [i for i, l in enumerate(lines) if "\t" in l and l.split("\t")[0] == first]
        if len(starts) != 1:
            raise ParseError(f"table {first!r} found {len(starts)} times")
        header = lines[starts[0]].split("\t")
        rows = []
        for l in lines[starts[0] + 1:]:
            if not l.strip() or "\t" not in l:
                break
            cells = l.split("\t")
            rows.append(cells + [""] * (len(header) - len(cells)))
        return header, rows

    # ---------- recording
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # ---------- identities
    def ident(self, code, stated, inputs, fn, msg=""):
        """stated (Num) must equal fn(base values of inputs); money rescue by 10^4 -> unit_mismatch."""
        vals = [x.base() for x in inputs]
        if close(fn(vals), stated):
            return True
        for i, x in enumerate(inputs):
            if not x.money:
                continue
            for f in RESCALE:
                vv = list(vals)
                vv[i] = vals[i] * f
                if close(fn(vv), stated):
                    self.fail("unit_mismatch", f"{msg}: {x} off by a power of ten")
                    return False
        if stated.money:
            for f in RESCALE:
                if close(fn(vals) / f, stated):
                    self.fail("unit_mismatch", f"{msg}: {stated} off by a power of ten")
                    return False
        self.fail(code, f"{msg}: stated {stated}, computed {fn(vals)} from {inputs}")
        return False

    def sum_(self, total, parts, msg="sum", code="sum_mismatch"):
        return self.ident(code, total, parts, lambda v: sum(v, D(0)), msg)

    def diff(self, res, a, b, msg="difference", code="balance_mismatch"):
        return self.ident(code, res, [a, b], lambda v: v[0] - v[1], msg)

    def rate(self, rate, num, den, msg="rate", code="rate_mismatch", bounded=True, minus=None):
        """rate% = num/den*100 (or (num-minus)/den*100); den 0 -> only '—' or 0 allowed."""
        if den.v == 0:
            if rate.v != 0:
                self.fail("implausible_rate", f"{msg}: {rate} on a zero base")
            return
        if minus is None:
            ok = self.ident(code, rate, [num, den], lambda v: v[0] / v[1] * HUNDRED, msg)
        else:
            ok = self.ident(code, rate, [num, minus, den], lambda v: (v[0] - v[1]) / v[2] * HUNDRED, msg)
        if bounded and (rate.v > HUNDRED or rate.v < 0):
            self.fail("implausible_rate", f"{msg}: {rate} outside [0, 100]")
        return ok

    def avg(self, avg, items, msg="average"):
        return self.ident("average_mismatch", avg, items, lambda v: sum(v, D(0)) / len(v), msg)

    def per_unit(self, price, amount, count, msg="per-unit cost"):
        """price = amount / count (an average cost per sample)."""
        return self.ident("average_mismatch", price, [amount, count], lambda v: v[0] / v[1], msg)

    def same(self, nums, msg="same quantity"):
        """all mentions of one quantity agree (unit-normalised); a 10^4 gap is a unit slip."""
        first = nums[0]
        for other in nums[1:]:
            if first.money != other.money or (not first.money and first.unit != other.unit):
                continue  # not comparable in the same unit: a unit problem is reported by the unit checks
            if abs(first.base() - other.base()) <= max(first.base_tol(), other.base_tol()):
                continue
            if first.money and any(abs(first.base() - other.base() * f) <= max(first.base_tol(), other.base_tol() * f)
                                   for f in RESCALE):
                self.fail("unit_mismatch", f"{msg}: {first} vs {other} differ by 10^4")
            else:
                self.fail("conflicting_values", f"{msg}: {first} vs {other}")

    def same_str(self, strs, msg):
        if len(set(strs)) > 1:
            self.fail("conflicting_values", f"{msg}: {strs}")

    # ---------- years (rules §7 I14)
    def years(self):
        y = self.year
        for m in re.finditer(r"截至(\d{4})年12月31日", self.text):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"截至{m.group(1)}年12月31日 in a {y} report")
        for m in re.finditer(r"结转至(\d{4})年", self.text):
            if int(m.group(1)) <= y:
                self.fail("year_mismatch", f"carried over to {m.group(1)} in a {y} report")
        for m in re.finditer(r"(\d{4})年度", self.text):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"{m.group(1)}年度 in a {y} report")
        for m in re.finditer(r"(\d{4})年年初", self.text):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"{m.group(1)}年年初 in a {y} report")
        for m in re.finditer(r"(\d{4})年结转资金", self.text):
            if int(m.group(1)) != y - 1:
                self.fail("year_mismatch", f"incoming carry-over from {m.group(1)} in a {y} report")
        for m in re.finditer(r"(\d{4})年12月提前下达", self.text):
            if int(m.group(1)) != y - 1:
                self.fail("year_mismatch", f"advance issued in Dec {m.group(1)} for {y}")
        for m in re.finditer(r"资金于(\d{4})年", self.text):
            if int(m.group(1)) != y:
                self.fail("year_mismatch", f"funds received in {m.group(1)} for {y}")

    # ---------- funds tables
    def funds_mof(self, first):
        """MOF funds block: 年初预算数 全年预算数 全年执行数 分值 执行率 得分; first row total, others components."""
        header, rows = self.table(first)
        want = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
        if header[1:7] != want:
            raise ParseError(f"funds header {header}")
        out = {}
        for r in rows:
            name = r[0].replace("其中：", "")
            out[name] = {k: Num(r[i + 1], "万元", f"{name}.{k}") for i, k in enumerate(["init", "annual", "spent"])}
            out[name]["rate_raw"] = r[5]
            if r[4] != "—":
                out[name]["weight"] = Num(r[4], None, f"{name}.weight")
                out[name]["score"] = Num(r[6], None, f"{name}.score")
        names = [r[0].replace("其中：", "") for r in rows]
        total, comps = names[0], names[1:]
        for k in ("init", "annual", "spent"):
            self.sum_(out[total][k], [out[c][k] for c in comps], f"funds table column {k}")
        for n in names:
            raw = out[n]["rate_raw"]
            if raw == "—":
                continue
            rate = Num(raw.rstrip("%"), "%", f"{n}.rate")
            out[n]["rate"] = rate
            self.rate(rate, out[n]["spent"], out[n]["annual"], f"funds table {n} 执行率")
        t = out[total]
        if "weight" in t and t["annual"].v != 0:
            self.exec_score(t["weight"], t["score"], t["spent"], t["annual"], t.get("rate"))
        return out

    def funds_shanxi(self, first):
        """Funds block with 行次 and source columns; amount rows then rate rows (5)=(3)/(2), (6)=(4)/(2)."""
        header, rows = self.table(first)
        cols = header[2:]
        amounts, rates = {}, {}
        for r in rows:
            if r[0].endswith("率"):
                rates[r[0]] = dict(zip(cols, r[2:]))
            else:
                amounts[r[0]] = {c: Num(x, "万元", f"{r[0]}.{c}") for c, x in zip(cols, r[2:])}
        for name, row in amounts.items():
            self.sum_(row[cols[0]], [row[c] for c in cols[1:]], f"funds table row {name}")
        pairs = {"资金到位率": ("实际到位资金", "全年预算资金"), "预算执行率": ("全年执行资金", "全年预算资金")}
        parsed = {}
        for name, row in rates.items():
            num_row, den_row = pairs[name]
            for c in cols:
                raw = row[c]
                den, num = amounts[den_row][c], amounts[num_row][c]
                if raw == "—":
                    continue  # not stated (on a zero base this is the expected cell)
                rate = Num(raw.rstrip("%"), "%", f"{name}.{c}")
                parsed[(name, c)] = rate
                self.rate(rate, num, den, f"funds table {name} {c}")
        return amounts, parsed

    def exec_score(self, weight, score, spent, annual, stated_rate=None):
        """warning-level: execution score = weight × min(rate, 100%)."""
        r = spent.base() / annual.base()
        cands = [weight.v * min(r, D(1))]
        if stated_rate is not None:
            cands.append(weight.v * min(stated_rate.v / HUNDRED, D(1)))
        if not any(close(c, score) for c in cands):
            self.warn("score_rule_mismatch", f"execution score {score} vs {cands}")
        if score.v > weight.v or score.v < 0:
            self.fail("score_exceeds_weight", f"execution score {score} > {weight}")

    # ---------- indicator table
    @staticmethod
    def parse_val(s, unit_hint=None):
        s = s.strip()
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底)?前?", s)
        if m:
            day = int(m.group(3)) if m.group(3) else 31
            return ("date", (int(m.group(1)), int(m.group(2)), day), None)
        m = re.fullmatch(r"(≥|≤|=|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)(.*)", s)
        if m:
            sign = m.group(1) or "="
            direction = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte"}.get(sign, "eq")
            unit = m.group(3).strip() or unit_hint or ""
            return (direction, Num(m.group(2), unit, s), unit)
        return ("qual", s, None)

    def indicators(self, first="一级指标", exec_weight=None, exec_score=None, totals=(), grade=None,
                   block_weights=None):
        """Rebuild the 自评表 rows and check I6-I9, I13, I5 (rates) on them.

        totals: stated total scores (Nums); grade: stated grade word; block_weights: {level1 or '*': Num}.
        Returns {三级指标 name: row dict} for cross-checks with the text.
        """
        header, rows = self.table(first)
        col = {h: i for i, h in enumerate(header)}
        sichuan = "指标性质" in col
        out, l1, l2 = {}, "", ""
        weights, scores, table_total_w = [], [], None
        by_l1 = {}
        if exec_weight is not None:
            weights.append(exec_weight)
            scores.append(exec_score)
        for r in rows:
            if r[0] in ("合计", "总分"):
                table_total_w = Num(r[col["分值"]], None, "合计.分值")
                totals = list(totals) + [Num(r[col["得分"]], None, "合计.得分")]
                continue
            l1, l2 = r[0] or l1, r[1] or l2
            name = r[2]
            w = Num(r[col["分值"]], None, f"{name}.分值")
            sc = Num(r[col["得分"]], None, f"{name}.得分")
            weights.append(w)
            scores.append(sc)
            by_l1.setdefault(l1, []).append(w)
            if sichuan:
                unit = r[col["度量单位"]]
                sign = r[col["指标性质"]]
                tgt = self.parse_val(("" if sign == "=" else sign) + r[col["指标值"]], unit)
                act = self.parse_val(r[col["实际完成值"]], unit)
            else:
                tgt = self.parse_val(r[col["年度指标值"]])
                act = self.parse_val(r[col["实际完成值"]])
            comp_raw = r[col["完成率"]]
            row = {"l1": l1, "l2": l2, "name": name, "target": tgt, "actual": act, "comp_raw": comp_raw,
                   "weight": w, "score": sc, "actual_raw": r[col["实际完成值"]]}
            out[name] = row
            # I7: 0 <= score <= weight
            if sc.v > w.v or sc.v < 0:
                self.fail("score_exceeds_weight", f"{name}: score {sc.raw} > weight {w.raw}")
            self.indicator_row(row)
        # I6: weights
        wsum = sum((x.v for x in weights), D(0))
        if wsum != HUNDRED:
            self.fail("weight_sum_mismatch", f"weights sum to {wsum}")
        if table_total_w is not None and table_total_w.v != wsum:
            self.fail("weight_sum_mismatch", f"合计 weight {table_total_w.raw} vs sum {wsum}")
        for key, stated in (block_weights or {}).items():
            got = sum((x.v for x in (sum(by_l1.values(), []) if key == "*" else by_l1[key])), D(0))
            if got != stated.v:
                self.fail("weight_sum_mismatch", f"block {key} stated {stated.raw}, rows sum {got}")
        # I7: total
        ssum = sum((x.v for x in scores), D(0))
        for t in totals:
            if not close(ssum, t):
                self.fail("score_sum_mismatch", f"total {t.raw} vs sum of scores {ssum}")
        # I9: grade
        if grade is not None:
            base = [t for t in totals] or [Num(str(ssum), None, "sum")]
            if all(band(t.v) != GRADE_WORD[grade] for t in base):
                self.fail("grade_mismatch", f"grade {grade} for totals {[t.raw for t in base]}")
        return out

    def indicator_row(self, row):
        name, tgt, act, comp_raw, w, sc = (row[k] for k in ("name", "target", "actual", "comp_raw", "weight", "score"))
        if tgt[0] == "date" or act[0] == "date":
            if tgt[0] != act[0]:
                self.fail("unit_mismatch", f"{name}: date target vs {act}")
                return
            if act[1][0] != self.year:
                self.fail("year_mismatch", f"{name}: actual date in {act[1][0]}")
            met = act[1] <= tgt[1]
            if comp_raw not in ("—", ""):
                self.warn("completion_on_date", name)
            if met and sc.v != w.v:
                self.warn("score_rule_mismatch", f"{name}: date met, score {sc.raw}")
            return
        if tgt[0] == "qual" or act[0] == "qual":
            if tgt[0] != act[0]:
                self.fail("unit_mismatch", f"{name}: {tgt} vs {act}")
                return
            if not (w.v * D("0.6") <= sc.v <= w.v):
                self.warn("score_rule_mismatch", f"{name}: qualitative score {sc.raw}")
            return
        direction, T, tu = tgt
        _, A, au = act
        if tu != au:
            self.fail("unit_mismatch", f"{name}: target unit {tu!r}, actual unit {au!r}")
            return
        if au == "%" and ("率" in name or "满意度" in name) and (A.v > HUNDRED or A.v < 0):
            self.fail("implausible_rate", f"{name}: {A.raw}% outside [0, 100]")
        if direction == "lte":
            comp = HUNDRED if A.v <= T.v else T.v / A.v * HUNDRED
        else:
            comp = A.v / T.v * HUNDRED
        if comp_raw not in ("—", ""):
            stated = Num(comp_raw.rstrip("%"), "%", f"{name}.完成率")
            if not close(comp, stated):
                self.fail("completion_mismatch", f"{name}: completion {comp_raw} vs {comp}")
            comps = [comp, stated.v]
        else:
            comps = [comp]
        # warning-level score rule (rules §5): proportional when unmet, full when met
        cands = [w.v * min(c / HUNDRED, D(1)) for c in comps]
        if not any(close(c, sc) for c in cands):
            self.warn("score_rule_mismatch", f"{name}: score {sc.raw} vs {cands}")


# =====================================================================================================
# One function per draft: read the figures from the text, then state every identity the text implies.
# =====================================================================================================

def num_list(s, unit=None, label="list"):
    return [Num(x, unit, f"{label}[{i}]") for i, x in enumerate(s.split("、"))]


def check_qujiang(c):
    c.years()
    F = c.funds_mof("资金项目")
    tot, fis, car = F["年度资金总额"], F["当年财政拨款"], F["上年结转资金"]
    init = c.g(r"年初区级财政安排项目经费(?P<v>[\d.]+)万元", "万元", label="init")
    add = c.g(r"省级追加兽药残留监控补助资金(?P<v>[\d.]+)万元", "万元", label="added")
    fis_p = c.g(r"当年财政拨款合计(?P<v>[\d.]+)万元", "万元", label="fiscal")
    car_p = c.g(r"另有\d{4}年结转资金(?P<v>[\d.]+)万元", "万元", label="carry")
    ann_p = c.g(r"全年预算数(?P<v>[\d.]+)万元", "万元", label="annual")
    spent_p = c.g(r"全年执行(?P<v>[\d.]+)万元，预算执行率", "万元", label="spent")
    rate_p = c.g(r"预算执行率(?P<v>[\d.]+)%。其中", "%", label="rate")
    recv_rate = c.g(r"资金全部到位，到位率(?P<v>[\d.]+)%", "%", label="received rate")
    c.sum_(fis_p, [init, add], "当年财政拨款 = 年初 + 追加")
    c.sum_(ann_p, [fis_p, car_p], "全年预算 = 当年拨款 + 上年结转")
    c.same([init, tot["init"], fis["init"]], "年初预算")
    c.same([fis_p, fis["annual"]], "当年财政拨款")
    c.same([car_p, car["annual"]], "上年结转")
    c.same([ann_p, tot["annual"]], "全年预算")
    c.same([spent_p, tot["spent"]], "全年执行")
    c.same([rate_p, tot["rate"]], "执行率")
    c.rate(rate_p, spent_p, ann_p, "text 执行率")
    c.rate(recv_rate, ann_p, ann_p, "到位率 100% ⇒ 到位 = 全年预算")
    # spending breakdown; one amount written two ways
    res_y = c.g(r"兽药残留检测费(?P<v>\d+)(?P<u>元)（", label="residue fee 元")
    res_w = c.g(r"兽药残留检测费\d+元（(?P<v>[\d.]+)(?P<u>万元)）", label="residue fee 万元")
    qual_fee = c.g(r"兽药产品质量检验费(?P<v>[\d.]+)(?P<u>万元)", label="quality fee")
    sample_fee = c.g(r"样品采集及购置费(?P<v>[\d.]+)(?P<u>万元)", label="sampling fee")
    other_fee = c.g(r"其他费用(?P<v>[\d.]+)(?P<u>万元)", label="other fee")
    c.same([res_y, res_w], "残留检测费 (元 / 万元)")
    c.sum_(spent_p, [res_w, qual_fee, sample_fee, other_fee], "执行 = 各项费用")
    price1 = c.g(r"按每批次(?P<v>\d+)(?P<u>元)结算，\d+批次合计\d+元", label="price residue")
    cnt1 = c.g(r"按每批次\d+元结算，(?P<v>\d+)批次合计\d+元", "批次", label="count residue")
    amt1 = c.g(r"批次合计(?P<v>\d+)(?P<u>元)；兽药产品", label="residue amount")
    price2 = c.g(r"兽药产品质量检验按每批次(?P<v>\d+)(?P<u>元)结算", label="price quality")
    cnt2 = c.g(r"(?P<v>\d+)批次合计[\d.]+万元", "批次", label="count quality")
    amt2 = c.g(r"批次合计(?P<v>[\d.]+)(?P<u>万元)；检测周期", label="quality amount")
    c.per_unit(price1, amt1, cnt1, "残留检测单价")
    c.per_unit(price2, amt2, cnt2, "质量检验单价")
    c.same([amt1, res_y], "残留检测费")
    c.same([amt2, qual_fee], "质量检验费")
    bal = c.g(r"年末未支出(?P<v>[\d.]+)万元", "万元", label="unspent")
    c.diff(bal, ann_p, spent_p, "未支出 = 全年预算 − 执行")
    # outputs
    total_n = c.g(r"全年共完成抽检样品(?P<v>\d+)批次", "批次", label="samples")
    q_n = c.g(r"其中兽药产品质量抽检(?P<v>\d+)批次", "批次", label="quality samples")
    r_n = c.g(r"动物产品兽药残留监控(?P<v>\d+)批次（", "批次", label="residue samples")
    live_n = c.g(r"畜禽产品(?P<v>\d+)批次、", "批次", label="livestock")
    aqua_n = c.g(r"水产品(?P<v>\d+)批次）", "批次", label="aquatic")
    towns = num_list(c.s(r"分别抽取畜禽产品样品(?P<v>[\d、]+)批次"), "批次", "towns")
    town_avg = c.g(r"平均每个乡镇(?P<v>[\d.]+)批次", "批次", label="town average")
    c.sum_(total_n, [q_n, r_n], "180 = 质量 + 残留")
    c.sum_(r_n, [live_n, aqua_n], "残留 = 畜禽 + 水产")
    c.sum_(live_n, towns, "畜禽 = Σ 乡镇")
    c.avg(town_avg, towns, "乡镇平均")
    ontime = c.g(r"检测结果按时报送率(?P<v>[\d.]+)%", "%", label="on-time")
    date_p = c.s(r"抽检任务于(?P<v>\d{4}年\d+月\d+日)全部完成")
    fail_r = c.g(r"检出不合格(?P<v>\d+)批次（", "批次", label="residue failures")
    pass_r = c.g(r"恩诺沙星超标），合格率(?P<v>[\d.]+)%", "%", label="residue pass rate")
    fail_q = c.g(r"兽药产品抽检不合格(?P<v>\d+)批次", "批次", label="quality failures")
    pass_q = c.g(r"兽药产品抽检不合格\d+批次，合格率(?P<v>[\d.]+)%", "%", label="quality pass rate")
    punish = c.g(r"查处率(?P<v>\d+)%。", "%", label="查处率")
    trained = c.g(r"培训养殖场户(?P<v>\d+)人次", "人次", label="trained")
    sat = c.g(r"满意度为(?P<v>[\d.]+)%", "%", label="satisfaction")
    c.rate(pass_r, r_n, r_n, "残留合格率 = (抽样 − 不合格)/抽样", minus=fail_r)
    c.rate(pass_q, q_n, q_n, "兽药合格率 = (抽检 − 不合格)/抽检", minus=fail_q)
    total_p = c.g(r"综合自评得分(?P<v>[\d.]+)分", None, label="total (text)")
    grade = c.s(r"评价等级为(?P<v>优秀|良好|中等|优|良|中|差)")
    ind = c.indicators(exec_weight=tot["weight"], exec_score=tot["score"], totals=[total_p], grade=grade)
    A = lambda name: ind[name]["actual"][1]
    c.same([r_n, cnt1, A("兽药残留监控抽样数量")], "残留抽样批次")
    c.same([q_n, cnt2, A("兽药产品质量监督抽检数量")], "质量抽检批次")
    c.same([ontime, A("检测结果按时报送率")], "按时报送率")
    c.same([punish, A("不合格产品依法查处率")], "查处率")
    c.same([pass_r, A("动物产品兽药残留监控合格率")], "残留合格率")
    c.same([pass_q, A("兽药产品抽检合格率")], "兽药合格率")
    c.same([trained, A("养殖场户规范用药培训人次")], "培训人次")
    c.same([sat, A("养殖场户及兽药经营户满意度")], "满意度")
    c.same([price1, A("单批次残留检测成本")], "单批次检测成本")
    c.same_str([date_p, ind["抽检任务完成时间"]["actual_raw"]], "完成日期")
    goals = [("兽药残留监控抽样(?P<v>\\d+)批次以上", "批次", "兽药残留监控抽样数量"),
             ("兽药产品质量监督抽检(?P<v>\\d+)批次以上", "批次", "兽药产品质量监督抽检数量"),
             ("不合格产品依法查处率(?P<v>\\d+)%", "%", "不合格产品依法查处率"),
             ("合格率保持在(?P<v>\\d+)%以上", "%", "动物产品兽药残留监控合格率"),
             ("规范用药培训(?P<v>\\d+)人次以上", "人次", "养殖场户规范用药培训人次"),
             ("满意度不低于(?P<v>\\d+)%", "%", "养殖场户及兽药经营户满意度")]
    for pat, u, row in goals:
        c.same([c.g(pat, u, label="goal " + row), ind[row]["target"][1]], "目标值 " + row)


def check_xinfeng(c):
    c.years()
    amounts, rates = c.funds_shanxi("项目")
    tot_col = "合计"
    init_p = c.g(r"年初县级财政安排项目经费(?P<v>[\d.]+)万元", "万元", label="init")
    cen_p = c.g(r"中央动物防疫等补助资金(?P<v>[\d.]+)万元", "万元", label="central")
    prov_p = c.g(r"省级兽药残留监控专项资金(?P<v>[\d.]+)万元", "万元", label="provincial")
    ann_p = c.g(r"全年预算资金(?P<v>[\d.]+)万元，资金全部到位", "万元", label="annual")
    c.sum_(ann_p, [init_p, cen_p, prov_p], "全年预算 = 县级 + 中央 + 省级")
    c.same([init_p, amounts["年初预算资金"]["合计"], amounts["全年预算资金"]["县级资金"]], "县级安排")
    c.same([cen_p, amounts["全年预算资金"]["中央资金"]], "中央资金")
    c.same([prov_p, amounts["全年预算资金"]["省级资金"]], "省级资金")
    c.same([ann_p, amounts["全年预算资金"]["合计"], amounts["实际到位资金"]["合计"]], "全年预算 / 全部到位")
    spent_p = c.g(r"全年执行资金(?P<v>[\d.]+)万元，预算执行率", "万元", label="spent")
    rate_p = c.g(r"预算执行率(?P<v>[\d.]+)%，其中", "%", label="rate")
    county_rate = c.g(r"县级资金执行率(?P<v>[\d.]+)%", "%", label="county rate")
    c.same([spent_p, amounts["全年执行资金"]["合计"]], "全年执行")
    c.rate(rate_p, spent_p, ann_p, "text 执行率")
    c.same([rate_p, rates[("预算执行率", "合计")]], "执行率")
    c.same([county_rate, rates[("预算执行率", "县级资金")]], "县级执行率")
    # "中央和省级资金全部支出"
    for col in ("中央资金", "省级资金"):
        c.same([amounts["全年执行资金"][col], amounts["全年预算资金"][col]], f"{col} 全部支出")
    bal = c.g(r"年末结余(?P<v>[\d.]+)万元", "万元", label="balance")
    c.diff(bal, amounts["实际到位资金"]["合计"], amounts["全年执行资金"]["合计"], "结余 = 到位 − 执行")
    c.diff(bal, amounts["实际到位资金"]["县级资金"], amounts["全年执行资金"]["县级资金"], "结余均为县级资金")
    fee = c.g(r"全年检测费(?P<v>[\d.]+)(?P<u>万元)", label="test fee")
    price = c.g(r"按每批次(?P<v>\d+)(?P<u>元)结算", label="price")
    n_samples = c.g(r"采集残留监控样品(?P<v>\d+)批次", "批次", label="samples")
    c.per_unit(price, fee, n_samples, "单批次检测费")
    checks_n = c.g(r"用药记录(?P<v>\d+)家次", "家次", label="inspections")
    dispose = c.g(r"全部追溯到场，处置率(?P<v>\d+)%", "%", label="处置率")
    fail_n = c.g(r"检出不合格(?P<v>\d+)批次", "批次", label="failures")
    pass_r = c.g(r"合格率(?P<v>[\d.]+)%，高于", "%", label="pass rate")
    c.rate(pass_r, n_samples, n_samples, "合格率 = (抽样 − 不合格)/抽样", minus=fail_n)
    cover = c.g(r"宣传覆盖率达到(?P<v>[\d.]+)%", "%", label="coverage")
    cover_t = c.g(r"未达到(?P<v>\d+)%的目标", "%", label="coverage target")
    sat = c.g(r"满意度为(?P<v>[\d.]+)%", "%", label="satisfaction")
    spent_c = c.g(r"项目全年支出(?P<v>[\d.]+)万元", "万元", label="spent (conclusion)")
    c.same([spent_p, spent_c], "全年支出 (conclusion)")
    total_p = c.g(r"项目自评得分(?P<v>[\d.]+)分", None, label="total (text)")
    grade = c.s(r"等级为(?P<v>优秀|良好|中等|优|良|中|差)")
    ind = c.indicators(totals=[total_p], grade=grade)
    A = lambda name: ind[name]["actual"][1]
    T = lambda name: ind[name]["target"][1]
    c.same([A("预算执行率"), rates[("预算执行率", "合计")]], "执行率 (自评表)")
    c.same([n_samples, A("动物产品兽药残留监控抽样")], "抽样批次")
    c.same([checks_n, A("兽药经营和使用环节监督检查")], "检查家次")
    c.same([dispose, A("残留超标样品追溯处置率")], "处置率")
    c.same([price, A("单批次残留检测费")], "单批次检测费")
    c.same([pass_r, A("动物产品兽药残留监控合格率")], "合格率")
    c.same([cover, A("养殖环节规范用药宣传覆盖率")], "宣传覆盖率")
    c.same([cover_t, T("养殖环节规范用药宣传覆盖率")], "覆盖率目标")
    c.same([sat, A("养殖场户满意度")], "满意度")
    goals = [("抽样(?P<v>\\d+)批次以上", "批次", "动物产品兽药残留监控抽样"),
             ("快速检测(?P<v>\\d+)份以上", "份", "生猪尿样\"瘦肉精\"快速检测数量"),
             ("监督检查(?P<v>\\d+)家次以上", "家次", "兽药经营和使用环节监督检查"),
             ("追溯处置率(?P<v>\\d+)%；", "%", "残留超标样品追溯处置率"),
             ("监控合格率不低于(?P<v>\\d+)%", "%", "动物产品兽药残留监控合格率"),
             ("满意度不低于(?P<v>\\d+)%", "%", "养殖场户满意度")]
    for pat, u, row in goals:
        c.same([c.g(pat, u, label="goal " + row), ind[row]["target"][1]], "目标值 " + row)


def check_juxian(c):
    c.years()
    F = c.funds_mof("资金项目")
    tot, fis, car = F["年度资金总额"], F["当年财政拨款"], F["上年结转资金"]
    init_p = c.g(r"年初预算(?P<v>[\d.]+)万元，其中", "万元", label="init")
    county = c.g(r"县级财政安排(?P<v>[\d.]+)万元", "万元", label="county")
    carry = c.g(r"\d{4}年结转资金(?P<v>[\d.]+)万元", "万元", label="carry")
    ann_p = c.g(r"年内未调整，全年预算(?P<v>[\d.]+)万元", "万元", label="annual")
    c.sum_(init_p, [county, carry], "年初 = 县级 + 结转")
    c.same([init_p, ann_p, tot["init"], tot["annual"]], "未调整 ⇒ 年初 = 全年")
    c.same([county, fis["init"], fis["annual"]], "县级财政")
    c.same([carry, car["init"], car["annual"]], "上年结转")
    spent_p = c.g(r"实际支出(?P<v>[\d.]+)万元，预算执行率", "万元", label="spent")
    rate_p = c.g(r"预算执行率(?P<v>[\d.]+)%；", "%", label="rate")
    c.same([spent_p, tot["spent"]], "执行")
    c.same([rate_p, tot["rate"]], "执行率")
    c.rate(rate_p, spent_p, ann_p, "text 执行率")
    county_spent = c.g(r"县级财政资金支出(?P<v>[\d.]+)万元", "万元", label="county spent")
    county_rate = c.g(r"支出率(?P<v>[\d.]+)%", "%", label="county rate")
    carry_spent = c.g(r"上年结转资金(?P<v>[\d.]+)万元全部支出", "万元", label="carry spent")
    c.same([county_spent, fis["spent"]], "县级支出")
    c.rate(county_rate, county_spent, county, "县级支出率")
    c.same([carry_spent, carry, car["spent"]], "结转全部支出")
    c.sum_(spent_p, [county_spent, carry_spent], "执行 = 县级 + 结转")
    unspent = c.g(r"未支出的(?P<v>[\d.]+)万元", "万元", label="unspent")
    c.diff(unspent, ann_p, spent_p, "未支出 = 预算 − 执行")
    sent = c.g(r"全年送检(?P<v>\d+)批次", "批次", label="sent")
    fee = c.g(r"检测费(?P<v>[\d.]+)(?P<u>万元)，平均", label="fee")
    price = c.g(r"平均每批次(?P<v>\d+)(?P<u>万元|元)", label="average price")
    c.per_unit(price, fee, sent, "平均每批次检测费")
    quarters = num_list(c.s(r"一至四季度分别送检(?P<v>[\d、]+)批次"), "批次", "quarters")
    q_avg = c.g(r"季度平均(?P<v>[\d.]+)批次", "批次", label="quarter average")
    c.sum_(sent, quarters, "送检 = Σ 季度")
    c.avg(q_avg, quarters, "季度平均")
    done = c.g(r"完成残留监控抽样检测(?P<v>\d+)批次", "批次", label="residue done")
    vet_n = c.g(r"抽检兽药产品(?P<v>\d+)批次", "批次", label="vet samples")
    more = c.g(r"比计划多(?P<v>\d+)批次", "批次", label="more than plan")
    firms_checked = c.g(r"检查兽药经营企业(?P<v>\d+)家，另有", "家", label="firms checked")
    firms_missed = c.g(r"另有(?P<v>\d+)家因停业", "家", label="firms missed")
    firms_all = c.g(r"全县现有兽药经营企业(?P<v>\d+)家", "家", label="firms")
    c.sum_(firms_all, [firms_checked, firms_missed], "经营企业 = 检查 + 未检查")
    cost_cap = c.g(r"单批次残留检测成本控制在(?P<v>\d+)(?P<u>元)以内", label="cost cap")
    fail_r = c.g(r"检出不合格(?P<v>\d+)批次", "批次", label="residue failures")
    pass_r = c.g(r"检出不合格\d+批次，合格率(?P<v>[\d.]+)%", "%", label="residue pass rate")
    vet_ok = c.g(r"兽药产品抽检合格(?P<v>\d+)批次", "批次", label="vet passed")
    vet_rate = c.g(r"兽药产品抽检合格\d+批次，合格率(?P<v>[\d.]+)%", "%", label="vet pass rate")
    c.rate(pass_r, done, done, "残留合格率", minus=fail_r)
    c.rate(vet_rate, vet_ok, vet_n, "兽药合格率")
    trained = c.g(r"培训养殖场（户）(?P<v>\d+)人次", "人次", label="trained")
    regular = c.g(r"规范经营率(?P<v>[\d.]+)%", "%", label="规范经营率")
    sat = c.g(r"满意度为(?P<v>[\d.]+)%", "%", label="satisfaction")
    grade = c.s(r"自评等级为\"(?P<v>优秀|良好|中等|优|良|中|差)\"")
    ind = c.indicators(exec_weight=tot["weight"], exec_score=tot["score"], grade=grade)
    A = lambda name: ind[name]["actual"][1]
    T = lambda name: ind[name]["target"][1]
    c.same([sent, done, A("兽药残留监控抽样检测")], "残留抽样批次")
    c.same([vet_n, A("兽药产品质量监督抽检")], "兽药抽检批次")
    c.sum_(vet_n, [T("兽药产品质量监督抽检"), more], "抽检 = 计划 + 多出")
    c.same([firms_checked, A("兽药经营企业检查")], "检查家数")
    c.same([firms_all, T("兽药经营企业检查")], "经营企业目标")
    c.same([cost_cap, T("单批次残留检测成本")], "单批成本上限")
    c.same([price, A("单批次残留检测成本")], "单批成本")
    c.same([pass_r, A("兽药残留监控合格率")], "残留合格率")
    c.same([vet_rate, A("兽药产品抽检合格率")], "兽药合格率")
    c.same([trained, A("养殖场（户）安全用药培训")], "培训人次")
    c.same([regular, A("兽药经营企业规范经营率")], "规范经营率")
    c.same([sat, A("养殖场（户）满意度")], "满意度")
    c.same_str([c.s(r"抽检任务于(?P<v>\d{4}年\d+月\d+日)前完成"), ind["抽检任务完成时间"]["actual_raw"]], "完成日期")
    goals = [("抽样(?P<v>\\d+)批次以上", "批次", "兽药残留监控抽样检测"),
             ("监督抽检(?P<v>\\d+)批次以上", "批次", "兽药产品质量监督抽检"),
             ("检查兽药经营企业(?P<v>\\d+)家以上", "家", "兽药经营企业检查"),
             ("残留监控合格率不低于(?P<v>\\d+)%", "%", "兽药残留监控合格率"),
             ("安全用药培训(?P<v>\\d+)人次以上", "人次", "养殖场（户）安全用药培训"),
             ("服务对象满意度(?P<v>\\d+)%以上", "%", "养殖场（户）满意度")]
    for pat, u, row in goals:
        c.same([c.g(pat, u, label="goal " + row), ind[row]["target"][1]], "目标值 " + row)


def check_leshan(c):
    c.years()
    F = c.funds_mof("预算资金（万元）")
    tot, fis, unit = F["年度资金总额"], F["财政资金"], F["单位资金"]
    overview = c.g(r"本年度部门整体支出(?P<v>[\d.]+)万元", "万元", label="spent (overview)")
    init_p = c.g(r"\d{4}年年初预算(?P<v>[\d.]+)万元", "万元", label="init")
    add = c.g(r"专项经费(?P<v>[\d.]+)万元", "万元", label="added")
    ann_p = c.g(r"全年预算(?P<v>[\d.]+)万元，其中", "万元", label="annual")
    fis_p = c.g(r"其中财政资金(?P<v>[\d.]+)万元", "万元", label="fiscal")
    unit_p = c.g(r"单位资金(?P<v>[\d.]+)万元。", "万元", label="unit funds")
    c.sum_(ann_p, [init_p, add], "全年 = 年初 + 追加")
    c.sum_(ann_p, [fis_p, unit_p], "全年 = 财政 + 单位")
    c.same([init_p, tot["init"]], "年初预算")
    c.same([ann_p, tot["annual"]], "全年预算")
    c.same([fis_p, fis["annual"]], "财政资金")
    c.same([unit_p, unit["annual"]], "单位资金")
    basic = c.g(r"基本支出(?P<v>[\d.]+)万元（", "万元", label="basic")
    staff = c.g(r"人员经费(?P<v>[\d.]+)万元", "万元", label="staff")
    office = c.g(r"公用经费(?P<v>[\d.]+)万元", "万元", label="office")
    proj = c.g(r"），项目支出(?P<v>[\d.]+)万元", "万元", label="project")
    c.sum_(basic, [staff, office], "基本 = 人员 + 公用")
    c.sum_(ann_p, [basic, proj], "全年 = 基本 + 项目")
    spent_p = c.g(r"全年执行(?P<v>[\d.]+)万元，预算执行率", "万元", label="spent")
    rate_p = c.g(r"预算执行率(?P<v>[\d.]+)%。", "%", label="rate")
    c.same([spent_p, tot["spent"], overview], "全年执行")
    c.same([rate_p, tot["rate"]], "执行率")
    c.rate(rate_p, spent_p, ann_p, "text 执行率")
    basic_s = c.g(r"基本支出执行(?P<v>[\d.]+)万元", "万元", label="basic spent")
    basic_r = c.g(r"基本支出执行[\d.]+万元，执行率(?P<v>[\d.]+)%", "%", label="basic rate")
    proj_s = c.g(r"项目支出执行(?P<v>[\d.]+)万元", "万元", label="project spent")
    proj_r = c.g(r"项目支出执行[\d.]+万元，执行率(?P<v>[\d.]+)%", "%", label="project rate")
    c.sum_(spent_p, [basic_s, proj_s], "执行 = 基本 + 项目")
    c.rate(basic_r, basic_s, basic, "基本支出执行率")
    c.rate(proj_r, proj_s, proj, "项目支出执行率")
    bal = c.g(r"年末结转结余(?P<v>[\d.]+)万元", "万元", label="balance")
    c.diff(bal, ann_p, spent_p, "结转结余 = 全年 − 执行")
    c.diff(bal, proj, proj_s, "均为项目资金")
    proj2 = c.g(r"项目支出(?P<v>[\d.]+)万元包括", "万元", label="project (detail)")
    items = [c.g(r"兽药质量监督抽检经费(?P<v>[\d.]+)万元", "万元", label="quality item"),
             c.g(r"兽药残留监控经费(?P<v>[\d.]+)万元、", "万元", label="residue item"),
             c.g(r"饲料质量安全监测经费(?P<v>[\d.]+)万元", "万元", label="feed item")]
    c.same([proj, proj2], "项目支出")
    c.sum_(proj2, items, "项目支出 = Σ 项目")
    res_s = c.g(r"实际支出(?P<v>[\d.]+)万元，支出率", "万元", label="residue spent")
    res_r = c.g(r"支出率(?P<v>[\d.]+)%", "%", label="residue rate")
    c.rate(res_r, res_s, items[1], "残留监控经费支出率")
    sangong = c.g(r"\"三公\"经费支出(?P<v>[\d.]+)万元", "万元", label="三公 spent")
    sangong_cap = c.g(r"控制在年初预算(?P<v>[\d.]+)万元以内", "万元", label="三公 budget")
    n_q = c.g(r"完成兽药质量监督抽检(?P<v>\d+)批次", "批次", label="quality n")
    n_r = c.g(r"兽药残留监控抽样(?P<v>\d+)批次", "批次", label="residue n")
    n_f = c.g(r"饲料质量安全监测(?P<v>\d+)批次", "批次", label="feed n")
    n_all = c.g(r"累计(?P<v>\d+)批次", "批次", label="all n")
    c.sum_(n_all, [n_q, n_r, n_f], "累计 = 三项")
    feed_plan = c.g(r"未达(?P<v>\d+)批次的计划数", "批次", label="feed plan")
    accuracy = c.g(r"检测结果准确率(?P<v>\d+)%", "%", label="accuracy")
    days = c.g(r"检测报告平均(?P<v>\d+)个工作日出具", "个工作日", label="report days")
    fail_r = c.g(r"检出不合格(?P<v>\d+)批次", "批次", label="failures")
    pass_r = c.g(r"合格率(?P<v>[\d.]+)%，较", "%", label="pass rate")
    c.rate(pass_r, n_r, n_r, "残留合格率", minus=fail_r)
    pt_n = c.g(r"能力验证(?P<v>\d+)项", "项", label="PT n")
    pt_ok = c.g(r"通过(?P<v>\d+)项", "项", label="PT ok")
    pt_r = c.g(r"通过率(?P<v>[\d.]+)%", "%", label="PT rate")
    c.rate(pt_r, pt_ok, pt_n, "能力验证通过率")
    pt_bad = c.g(r"，(?P<v>\d+)项结果可疑", "项", label="PT doubtful")
    c.sum_(pt_n, [pt_ok, pt_bad], "能力验证 = 通过 + 可疑")
    sat = c.g(r"满意度为(?P<v>[\d.]+)%", "%", label="satisfaction")
    total_p = c.g(r"综合自评得分(?P<v>[\d.]+)分", None, label="total (text)")
    grade = c.s(r"评价等级为(?P<v>优秀|良好|中等|优|良|中|差)")
    ind = c.indicators(exec_weight=tot["weight"], exec_score=tot["score"], totals=[total_p], grade=grade)
    A = lambda name: ind[name]["actual"][1]
    T = lambda name: ind[name]["target"][1]
    c.same([n_q, A("兽药质量监督抽检批次")], "质量抽检批次")
    c.same([n_r, A("兽药残留监控抽样批次")], "残留抽样批次")
    c.same([n_f, A("饲料质量安全监测批次")], "饲料监测批次")
    c.same([feed_plan, T("饲料质量安全监测批次")], "饲料计划")
    c.same([accuracy, A("检测结果准确率")], "准确率")
    c.same([days, A("检测报告出具时限")], "出具时限")
    c.same([sangong, A("\"三公\"经费控制数")], "三公经费")
    c.same([sangong_cap, T("\"三公\"经费控制数")], "三公预算")
    c.same([pass_r, A("兽药残留监控合格率")], "残留合格率")
    c.same([pt_r, A("检测能力验证通过率")], "能力验证通过率")
    c.same([sat, A("服务对象满意度")], "满意度")


def check_jingshan(c):
    c.years()
    header, rows = c.table("预算执行情况（20分）")
    if len(rows) != 1:
        raise ParseError("exec table rows")
    r = rows[0]
    ann_t, spent_t = Num(r[1], "万元", "exec.annual"), Num(r[2], "万元", "exec.spent")
    rate_t = Num(r[3].rstrip("%"), "%", "exec.rate")
    w_t, s_t = Num(r[4], None, "exec.weight"), Num(r[5], None, "exec.score")
    c.rate(rate_t, spent_t, ann_t, "exec table 执行率")
    c.exec_score(w_t, s_t, spent_t, ann_t, rate_t)
    w_stated = c.g(r"预算执行情况(?P<v>\d+)分，按", None, label="exec weight (text)")
    w_rest = c.g(r"满意度指标共(?P<v>\d+)分", None, label="indicator weights (text)")
    w_head = c.g(r"预算执行情况（(?P<v>\d+)分）", None, label="exec weight (header)")
    if w_stated.v != w_t.v or w_head.v != w_t.v:
        c.fail("weight_sum_mismatch", "execution weight stated differently")
    ann_p = c.g(r"全年预算(?P<v>[\d.]+)万元", "万元", label="annual")
    cen = c.g(r"中央动物防疫补助资金(?P<v>[\d.]+)万元", "万元", label="central")
    prov = c.g(r"省级兽药残留监控专项(?P<v>[\d.]+)万元", "万元", label="provincial")
    city = c.g(r"市级配套(?P<v>[\d.]+)万元", "万元", label="city")
    c.sum_(ann_p, [cen, prov, city], "全年 = 中央 + 省 + 市")
    c.same([ann_p, ann_t], "全年预算")
    recv_rate = c.g(r"到位率(?P<v>\d+)%", "%", label="received rate")
    c.rate(recv_rate, ann_p, ann_p, "全部到位 ⇒ 到位率")
    spent_p = c.g(r"全年支出(?P<v>[\d.]+)万元", "万元", label="spent")
    cen_s = c.g(r"其中中央资金(?P<v>[\d.]+)万元", "万元", label="central spent")
    prov_s = c.g(r"省级资金(?P<v>[\d.]+)万元已全部支出", "万元", label="provincial spent")
    city_s = c.g(r"市级资金支出(?P<v>[\d.]+)万元", "万元", label="city spent")
    city_r = c.g(r"市级资金支出[\d.]+万元，执行率(?P<v>[\d.]+)%", "%", label="city rate")
    c.same([spent_p, spent_t], "全年支出")
    c.sum_(spent_p, [cen_s, prov_s, city_s], "支出 = 中央 + 省 + 市")
    c.same([cen_s, cen], "中央全部支出")
    c.same([prov_s, prov], "省级全部支出")
    c.rate(city_r, city_s, city, "市级执行率")
    unspent = c.g(r"年末未支出(?P<v>[\d.]+)万元", "万元", label="unspent")
    c.diff(unspent, ann_p, spent_p, "未支出 = 预算 − 支出")
    price = c.g(r"按每批次(?P<v>\d+)(?P<u>元)结算", label="price")
    cnt = c.g(r"元结算，(?P<v>\d+)批次共计", "批次", label="count")
    fee = c.g(r"批次共计(?P<v>[\d.]+)(?P<u>万元)", label="fee")
    c.per_unit(price, fee, cnt, "单批检测费")
    done = c.g(r"全年完成残留监控抽样(?P<v>\d+)批次", "批次", label="residue n")
    over = c.g(r"超出目标(?P<v>\d+)批次", "批次", label="over target")
    pig = c.g(r"生猪产品抽样(?P<v>\d+)批次", "批次", label="pig n")
    pig_plan = c.g(r"为计划数（(?P<v>\d+)批次）", "批次", label="pig plan")
    pig_comp = c.g(r"批次）的(?P<v>[\d.]+)%", "%", label="pig completion")
    c.ident("completion_mismatch", pig_comp, [pig, pig_plan], lambda v: v[0] / v[1] * HUNDRED, "生猪抽样完成率")
    vet_n = c.g(r"抽检兽药产品(?P<v>\d+)批次", "批次", label="vet n")
    fail_n = c.g(r"检出不合格(?P<v>\d+)批次", "批次", label="failures")
    days = c.g(r"检测报告平均(?P<v>\d+)个工作日出具", "个工作日", label="days")
    trained = c.g(r"培训养殖场户(?P<v>\d+)人次", "人次", label="trained")
    qr = c.g(r"追溯入网率(?P<v>[\d.]+)%，较上年", "%", label="QR rate")
    qr_last = c.g(r"较上年的(?P<v>[\d.]+)%", "%", label="QR last year")
    qr_pp = c.g(r"提高(?P<v>[\d.]+)个百分点", "%", label="QR +pp")
    c.sum_(qr, [qr_last, qr_pp], "本年 = 上年 + 提高百分点")
    sat = c.g(r"满意度为(?P<v>[\d.]+)%", "%", label="satisfaction")
    over_pct = c.g(r"残留监控抽样超出目标(?P<v>\d+)%", "%", label="over %")
    total_p = c.g(r"综合得分(?P<v>[\d.]+)分", None, label="total (text)")
    grade = c.s(r"评价等级为(?P<v>优秀|良好|中等|优|良|中|差)")
    ind = c.indicators(exec_weight=w_t, exec_score=s_t, totals=[total_p], grade=grade,
                       block_weights={"*": w_rest})
    A = lambda name: ind[name]["actual"][1]
    T = lambda name: ind[name]["target"][1]
    c.same([done, cnt, A("兽药残留监控抽样数量")], "残留抽样批次")
    c.sum_(done, [T("兽药残留监控抽样数量"), over], "抽样 = 目标 + 超出")
    c.ident("completion_mismatch", over_pct, [done, T("兽药残留监控抽样数量")],
            lambda v: (v[0] - v[1]) / v[1] * HUNDRED, "超出目标百分比")
    c.same([vet_n, A("兽药产品质量抽检数量")], "兽药抽检批次")
    pass_t = A("残留检测合格率")
    c.rate(pass_t, done, done, "残留合格率 (自评表) = (抽样 − 不合格)/抽样", minus=fail_n)
    c.same([days, A("检测报告出具时限")], "出具时限")
    c.same([price, A("单批检测费")], "单批检测费")
    c.same([trained, A("养殖场户规范用药培训")], "培训人次")
    c.same([qr, A("兽药二维码追溯入网率")], "二维码入网率")
    c.same([sat, A("养殖场户满意度")], "满意度")


SPECS = {
    "qujiang-shouyaojiance-2019": (2019, check_qujiang),
    "xinfeng-canliujiankong-2021": (2021, check_xinfeng),
    "juxian-shouyaochoujian-2022": (2022, check_juxian),
    "leshan-shouyaojiancha-bumen-2023": (2023, check_leshan),
    "jingshan-shouyaocanliu-2024": (2024, check_jingshan),
}


def run(source, text):
    year, fn = SPECS[source]
    c = Ctx(text, year)
    fn(c)
    return c


def one_edit(a, b):
    """(start, end_in_b, old_len, new_len) of the single differing region between a and b."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(b) - j, len(a) - j - i, len(b) - j - i


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 labels, got {len(labels)}")
    clean = {}
    for rec in labels:
        if rec["clean"]:
            clean[rec["source"]] = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
    count = {k: 0 for k in CODES}
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            c = run(src, text)
        except ParseError as exc:
            problems.append(f"{name}: parse error: {exc}")
            continue
        got = sorted({code for code, _ in c.fails})
        want = sorted({e["code"] for e in rec["expected"]})
        if rec["clean"]:
            if not 1500 <= len(text) <= 5000:
                problems.append(f"{name}: length {len(text)}")
            if got:
                problems.append(f"{name}: clean draft fails {c.fails}")
            if c.warnings:
                problems.append(f"{name}: clean draft has warnings {c.warnings}")
            print(f"{name:45s} clean  ok ({len(text)} chars)")
            continue
        if got != want:
            problems.append(f"{name}: expected {want}, checks fail {got}: {c.fails}")
        for e in rec["expected"]:
            count[e["code"]] += 1
            if e["severity"] != "error":
                problems.append(f"{name}: severity {e['severity']}")
            occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if len(occ) != 1:
                problems.append(f"{name}: value occurs {len(occ)} times: {e['value']!r}")
                continue
            s, e_end, old_len, new_len = one_edit(clean[src], text)
            if max(old_len, new_len) > 40 or max(old_len, new_len) == 0:
                problems.append(f"{name}: edit of {old_len}->{new_len} characters")
            v0, v1 = occ[0], occ[0] + len(e["value"])
            if not (s < v1 and v0 < max(e_end, s + 1)):
                problems.append(f"{name}: edit [{s},{e_end}) does not overlap value [{v0},{v1})")
        print(f"{name:45s} {','.join(want):22s} -> {','.join(got)}")
    for code in CODES:
        if count[code] < 2:
            problems.append(f"code {code} labelled {count[code]} times")
    print("per code:", ", ".join(f"{k}={v}" for k, v in count.items()))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
