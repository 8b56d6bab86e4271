#!/usr/bin/env python3
"""Verify drafts533: re-read every figure from each case text and redo its arithmetic.

Standard library + decimal only.  For each case the checks below are run on the text alone
(tables are re-parsed from the tab-separated lines, prose figures are read with the per-project
patterns in PROSE); every failing identity is reported under the errors.md §A code that the
rules assign.  Then:
  * every clean draft must pass every check (and every row score must follow rules §5);
  * every error case must fail its labelled code and no other code;
  * label values occur exactly once; the case differs from its clean draft by one contiguous
    edit of at most 40 characters that overlaps the label value; each §A code is used >= 2 times.
Prints OK on success, otherwise the problems and exit status 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
LABELS = os.path.join(HERE, "labels.jsonl")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

NUM = r"(-?\d[\d,]*(?:\.\d+)?)"
GRADE = r"(优秀|良好|中等|较差|优|良|中|差)"
HUNDRED = D(100)
WAN = D(10000)


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """rules §8: stated string with d decimals is consistent with computed c."""
    v, d = dec(stated), ndec(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


CELL = re.compile(r"^\s*([≥≤＞＜=]?)\s*(-?\d[\d,]*(?:\.\d+)?)\s*(.*?)\s*$")


def cell(s):
    """'≥260公里' -> ('≥', '260', '公里'); non-numeric -> None."""
    if s is None:
        return None
    m = CELL.match(s)
    if not m:
        return None
    return m.group(1), m.group(2), m.group(3)


def amount(s):
    """A table amount cell: '—' or empty -> 0, else Decimal."""
    s = (s or "").strip()
    if s in ("", "—", "-"):
        return D(0)
    return dec(s)


def grade_ok(total, grade):
    band = {"优": (90, 101), "优秀": (90, 101), "良": (80, 90), "良好": (80, 90),
            "中": (60, 80), "中等": (60, 80), "差": (0, 60), "较差": (0, 60)}[grade]
    return D(band[0]) <= total < D(band[1])


# ---------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if "\t" in line:
            cur.append(line.split("\t"))
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


class Checker:
    def __init__(self, text, spec):
        self.text = text
        self.spec = spec
        self.year = int(re.search(r"(\d{4})年度", text).group(1))
        self.fail = []      # (code, message)
        self.info = []      # score-rule notes (must be empty in clean drafts)
        self.vals = {}      # ref -> (Decimal, stated string or None)
        self.src, self.fb, self.tw, self.ind = {}, {}, {}, {}
        self.ind_rows = []
        self.exec_w = self.exec_s = None

    def bad(self, code, msg):
        self.fail.append((code, msg))

    # ---------------------------------------------------------- refs
    def ref(self, r):
        if isinstance(r, tuple) and r[0] == "neg":
            return -self.ref(r[1])
        if isinstance(r, (D, int)):
            return D(r)
        if r in self.vals:
            return self.vals[r][0]
        raise KeyError(r)

    def put(self, key, value, stated=None):
        self.vals[key] = (D(value), stated)

    # ---------------------------------------------------------- source table
    def source_table(self, rows):
        head = rows[0]
        kinds = []
        for h in head:
            if h == "资金来源":
                k = "name"
            elif "年初" in h:
                k = "initial"
            elif "调整" in h:
                k = "adjust"
            elif "全年预算" in h:
                k = "annual"
            elif "到位率" in h:
                k = "recv_rate"
            elif "到位" in h:
                k = "received"
            elif "执行率" in h:
                k = "exec_rate"
            elif "支出" in h:
                k = "spent"
            elif "结余" in h or "结转" in h:
                k = "balance"
            else:
                k = None
            kinds.append(k)
        data = {}
        order = []
        for r in rows[1:]:
            r = r + [""] * (len(head) - len(r))
            d = {k: r[i].strip() for i, k in enumerate(kinds) if k}
            data[d["name"]] = d
            order.append(d["name"])
        amounts = [k for k in ("initial", "adjust", "annual", "received", "spent", "balance") if k in kinds]
        comps = [n for n in order if n != "合计"]
        for k in amounts:
            s = sum(amount(data[n][k]) for n in comps)
            if not ok(data["合计"][k], s):
                self.bad("sum_mismatch", f"source column {k}: components {s} vs total {data['合计'][k]}")
        for n in order:
            d = data[n]
            for k in amounts:
                self.put(f"src.{n}.{k}", amount(d[k]), d[k])
            if {"initial", "adjust", "annual"} <= set(kinds):
                if not ok(d["annual"], amount(d["initial"]) + amount(d["adjust"])):
                    self.bad("sum_mismatch", f"source row {n}: initial + adjust != annual")
            if "balance" in kinds:
                base = "received" if "received" in kinds else "annual"
                if not ok(d["balance"], amount(d[base]) - amount(d["spent"])):
                    self.bad("balance_mismatch", f"source row {n}: balance {d['balance']}")
            for rk, num in (("exec_rate", "spent"), ("recv_rate", "received")):
                if rk in kinds:
                    self.rate_cell(d[rk], amount(d[num]), amount(d["annual"]), f"source row {n} {rk}")
        self.src = data
        self.src_order = order

    def rate_cell(self, stated, num, den, where):
        """A rate printed in a cell or sentence; '—' on a zero base is correct."""
        s = stated.strip().rstrip("%")
        if den == 0:
            if s in ("—", "-", "", "0"):
                return
            self.bad("implausible_rate", f"{where}: rate {stated} on a zero base")
            return
        if s in ("—", "-", ""):
            self.bad("rate_mismatch", f"{where}: rate missing although base {den}")
            return
        if dec(s) > HUNDRED:
            self.bad("implausible_rate", f"{where}: rate {stated} above 100%")
            return
        if not ok(s, num / den * HUNDRED):
            self.bad("rate_mismatch", f"{where}: stated {stated}, computed {r2(num / den * HUNDRED)}%")

    # ---------------------------------------------------------- funds block (Sichuan/MOF 自评表)
    def fund_block(self, rows):
        head = rows[0]
        idx = {h: i for i, h in enumerate(head)}
        data, order = {}, []
        for r in rows[1:]:
            r = r + [""] * (len(head) - len(r))
            data[r[0]] = r
            order.append(r[0])
        total = order[0]
        comps = order[1:]
        for h, k in (("年初预算数", "initial"), ("全年预算数", "annual"), ("全年执行数", "spent")):
            s = sum(amount(data[n][idx[h]]) for n in comps)
            if not ok(data[total][idx[h]], s):
                self.bad("sum_mismatch", f"fund block {h}: components {s} vs total")
            for n in order:
                self.put(f"fb.{n}.{k}", amount(data[n][idx[h]]), data[n][idx[h]])
        for n in order:
            r = data[n]
            self.rate_cell(r[idx["执行率"]], amount(r[idx["全年执行数"]]), amount(r[idx["全年预算数"]]),
                           f"fund block {n}")
        r = data[total]
        w, s = dec(r[idx["分值"]]), dec(r[idx["得分"]])
        if s > w or s < 0:
            self.bad("score_exceeds_weight", f"fund block score {s} > weight {w}")
        rate = amount(r[idx["全年执行数"]]) / amount(r[idx["全年预算数"]])
        stated_rate = dec(r[idx["执行率"]].rstrip("%")) / HUNDRED
        if not (ok(r[idx["得分"]], w * min(rate, D(1))) or ok(r[idx["得分"]], w * min(stated_rate, D(1)))):
            self.info.append(f"fund block execution score {s}")
        self.exec_w, self.exec_s = w, s
        self.exec_w_str, self.exec_s_str = r[idx["分值"]], r[idx["得分"]]

    # ---------------------------------------------------------- township table
    def township_table(self, rows):
        head = rows[0]
        kinds = []
        for h in head:
            if h.startswith("乡镇"):
                k = "name"
            elif "受益村" in h:
                k = "villages"
            elif "受益户" in h:
                k = "households"
            elif "受益人口" in h:
                k = "people"
            elif "建成工程" in h:
                k = "works"
            elif "中央" in h:
                k = "central"
            elif "投资" in h or "金额" in h:
                k = "money"
            else:
                k = None
            kinds.append(k)
        data, order = {}, []
        for r in rows[1:]:
            r = r + [""] * (len(head) - len(r))
            d = {k: r[i].strip() for i, k in enumerate(kinds) if k}
            data[d["name"]] = d
            order.append(d["name"])
        comps = [n for n in order if n != "合计"]
        towns = [n for n in comps if "统筹" not in n]
        for k in kinds:
            if k in (None, "name"):
                continue
            s = sum(amount(data[n][k]) for n in comps)
            if not ok(data["合计"][k], s):
                self.bad("sum_mismatch", f"township column {k}: rows {s} vs total {data['合计'][k]}")
            for n in order:
                self.put(f"tw.{n}.{k}", amount(data[n][k]), data[n][k])
            self.put(f"tw.towns.{k}", sum(amount(data[n][k]) for n in towns))
        self.put("tw.count", len(towns))
        self.tw = data
        self.tw_rows = rows

    # ---------------------------------------------------------- indicator table
    def indicator_table(self, rows):
        head = rows[0]
        names = {"年度目标": "goal", "一级指标": "l1", "二级指标": "l2", "三级指标": "l3",
                 "指标性质": "dirc", "年度指标值": "target", "指标值": "target", "度量单位": "unitcol",
                 "实际完成值": "actual", "完成值": "actual", "完成率": "comp", "分值": "weight", "得分": "score"}
        kinds = [names.get(h) for h in head]
        col = {k: i for i, k in enumerate(kinds) if k}
        l1 = goal = None
        items, subtotals, total = [], [], None
        for r in rows[1:]:
            r = r + [""] * (len(head) - len(r))
            g = lambda k: r[col[k]].strip() if k in col else None
            if g("goal"):
                goal = g("goal")
            if g("l1"):
                l1 = g("l1")
            first = (g("goal") or g("l1") or "")
            row = {k: g(k) for k in col}
            row["L1"], row["GOAL"] = l1, goal
            if first in ("合计", "总分"):
                total = row
            elif g("l3") == "小计":
                subtotals.append(row)
            else:
                items.append(row)
        self.ind_rows = items
        wsum = ssum = D(0)
        for row in items:
            name = row["l3"]
            w, s = dec(row["weight"]), dec(row["score"])
            wsum += w
            ssum += s
            if s > w or s < 0:
                self.bad("score_exceeds_weight", f"{name}: score {s} > weight {w}")
            self.indicator_row(row, w, s)
        # subtotals: children = items sharing the subtotal's first-level name
        for st in subtotals:
            kids = [x for x in items if x["L1"] == st["L1"]]
            if not ok(st["weight"], sum(dec(x["weight"]) for x in kids)):
                self.bad("weight_sum_mismatch", f"subtotal {st['L1']} weight {st['weight']}")
            if not ok(st["score"], sum(dec(x["score"]) for x in kids)):
                self.bad("score_sum_mismatch", f"subtotal {st['L1']} score {st['score']}")
            if dec(st["score"]) > dec(st["weight"]):
                self.bad("score_exceeds_weight", f"subtotal {st['L1']}")
        if self.exec_w is not None:
            wsum += self.exec_w
            ssum += self.exec_s
        if not ok(total["weight"], wsum) or dec(total["weight"]) != HUNDRED:
            self.bad("weight_sum_mismatch", f"weights sum {wsum}, stated {total['weight']}")
        if not ok(total["score"], ssum):
            self.bad("score_sum_mismatch", f"scores sum {ssum}, stated total {total['score']}")
        self.put("score.sum", ssum)
        self.put("score.table", dec(total["score"]), total["score"])

    def indicator_row(self, row, w, s):
        name = row["l3"]
        dirc = row.get("dirc")
        qual = False
        if dirc is not None:                     # Sichuan layout: sign and unit in their own columns
            if dirc == "定性":
                qual = True
            else:
                sign, tnum, tunit = dirc, row["target"], row["unitcol"]
        else:
            t = cell(row["target"])
            if t is None:
                qual = True
            else:
                sign, tnum, tunit = t
        if qual:
            txt = row["actual"]
            if "部分" in txt:
                lo, hi = D("0.6") * w, D("0.8") * w
                fits = lo <= s < hi
            elif "未达成" in txt:
                fits = s < D("0.6") * w
            else:
                fits = D("0.8") * w <= s <= w
            if not fits:
                self.info.append(f"{name}: qualitative score {s}")
            return
        self.put(f"ind.{name}.target", dec(tnum), tnum)
        self.put(f"ind.{name}.weight", w, row["weight"])
        a = cell(row["actual"])
        if a is None:
            self.bad("unit_mismatch", f"{name}: actual {row['actual']} not a number")
            return
        _, anum, aunit = a
        if aunit and aunit != tunit:
            self.bad("unit_mismatch", f"{name}: target unit {tunit!r}, actual {row['actual']!r}")
            return
        T, A = dec(tnum), dec(anum)
        self.put(f"ind.{name}.actual", A, anum)
        if tunit == "%" and A > HUNDRED:
            self.bad("implausible_rate", f"{name}: actual {row['actual']} above 100%")
        if sign in ("≤", "＜"):
            comp = HUNDRED if A <= T else T / A * HUNDRED
        elif T == 0:
            comp = None
        else:
            comp = A / T * HUNDRED
        if comp is not None and row.get("comp"):
            c = row["comp"].rstrip("%")
            if c not in ("—", "") and not ok(c, comp):
                self.bad("completion_mismatch", f"{name}: completion {row['comp']}, computed {r2(comp)}%")
        # score rule (rules §5), information only
        if comp is None:
            exp = [w if A <= 0 else D(0)]
        else:
            exp = [w * min(comp / HUNDRED, D(1))]
            if row.get("comp") and row["comp"].rstrip("%") not in ("—", ""):
                exp.append(w * min(dec(row["comp"].rstrip("%")) / HUNDRED, D(1)))
        if not any(ok(row["score"], e) for e in exp):
            self.info.append(f"{name}: score {s}, rule gives {r2(exp[0])}")
        if name == "预算执行率":
            self.exec_row = row

    # ---------------------------------------------------------- prose
    def prose(self):
        for spec in self.spec["prose"]:
            rx = spec[0].replace("NUM", NUM).replace("GRADE", GRADE)
            ms = list(re.finditer(rx, self.text))
            if len(ms) != 1:
                self.bad("parse_error", f"pattern matched {len(ms)} times: {spec[0]}")
                continue
            m = ms[0]
            for chk in spec[1:]:
                self.prose_check(m, chk)

    def gval(self, m, x):
        """a group number (int, maybe negative for subtraction) or a ref."""
        if isinstance(x, int):
            v = dec(m.group(abs(x)))
            return -v if x < 0 else v
        return self.ref(x)

    def prose_check(self, m, chk):
        kind = chk[0]
        if kind == "name":
            _, g, key = chk
            self.put(key, dec(m.group(g)), m.group(g))
        elif kind == "restate":
            _, g, ref, *rest = chk
            scale = rest[0] if rest else D(1)
            stated = m.group(g)
            target = self.ref(ref) * scale
            if not ok(stated, target):
                if any(ok(stated, target * f) for f in (WAN, 1 / WAN, WAN * WAN, 1 / (WAN * WAN))):
                    self.bad("unit_mismatch", f"{stated} vs {ref} = {target}: off by a power of 10^4")
                else:
                    self.bad("conflicting_values", f"{stated} vs {ref} = {target}")
        elif kind == "restate_money":          # amount with its own unit group
            _, g, gu, ref = chk
            stated, unit = m.group(g), m.group(gu)
            target = self.ref(ref) * (WAN if unit == "元" else D(1))
            if not ok(stated, target):
                if any(ok(stated, target * f) for f in (WAN, 1 / WAN)):
                    self.bad("unit_mismatch", f"{stated}{unit} vs {ref} = {self.ref(ref)}万元")
                else:
                    self.bad("conflicting_values", f"{stated}{unit} vs {ref}")
        elif kind == "sum":
            _, gt, parts = chk
            total = self.gval(m, gt)
            s = sum(self.gval(m, p) for p in parts)
            st = m.group(gt) if isinstance(gt, int) else self.vals[gt][1] or str(total)
            if not ok(st, s):
                self.bad("sum_mismatch", f"prose sum {s} vs {st}")
        elif kind == "rate":
            _, g, num, den = chk
            self.rate_cell(m.group(g), self.gval(m, num), self.gval(m, den), f"prose rate {m.group(g)}%")
        elif kind == "ratio_ref":              # a table rate restated as count/count
            _, ref, a, b = chk
            st = self.vals[ref][1]
            self.rate_cell(st, self.gval(m, a), self.gval(m, b), f"{ref}")
        elif kind == "balance":
            _, g, a, b = chk
            if not ok(m.group(g), self.gval(m, a) - self.gval(m, b)):
                self.bad("balance_mismatch", f"prose balance {m.group(g)}")
        elif kind == "diff":
            _, g, a, b = chk
            st = m.group(g) if isinstance(g, int) else (self.vals[g][1] or str(self.ref(g)))
            if not ok(st, self.gval(m, a) - self.gval(m, b)):
                self.bad("sum_mismatch", f"prose difference {st}")
        elif kind == "avg":
            _, g, num, den, factor = chk
            if not ok(m.group(g), self.gval(m, num) * factor / self.gval(m, den)):
                self.bad("average_mismatch", f"average {m.group(g)}, computed "
                         f"{r2(self.gval(m, num) * factor / self.gval(m, den))}")
        elif kind == "score_total":
            _, g = chk
            if not ok(m.group(g), self.ref("score.sum")):
                self.bad("score_sum_mismatch", f"prose total {m.group(g)} vs rows {self.ref('score.sum')}")
        elif kind == "grade":
            _, g, gg = chk
            if not grade_ok(dec(m.group(g)), m.group(gg)):
                self.bad("grade_mismatch", f"{m.group(gg)} for {m.group(g)}")
        elif kind == "year_eq":
            _, g = chk
            if int(m.group(g)) != self.year:
                self.bad("year_mismatch", f"{m.group(0)[:30]}: {m.group(g)} in a {self.year} report")
        elif kind == "year_after":
            _, g = chk
            if int(m.group(g)) <= self.year:
                self.bad("year_mismatch", f"carried over to {m.group(g)} in a {self.year} report")
        elif kind == "year_issue":
            _, gy, gm = chk
            y, mo = int(m.group(gy)), int(m.group(gm))
            if not (y == self.year or (y == self.year - 1 and mo == 12)):
                self.bad("year_mismatch", f"funds issued {y}-{mo} for a {self.year} budget")
        else:
            raise ValueError(kind)

    # ---------------------------------------------------------- cross-table restatements
    def cross(self):
        for a, b, *rest in self.spec.get("cross", []):
            scale = rest[0] if rest else D(1)
            st = self.vals[a][1] or str(self.ref(a))
            if not ok(st, self.ref(b) * scale):
                self.bad("conflicting_values", f"{a} = {st} vs {b} = {self.ref(b)}")
        for ref, num, den in self.spec.get("ind_rates", []):
            self.rate_cell(self.vals[ref][1], self.ref(num), self.ref(den), ref)
        # execution row of the indicator table against the funds
        if getattr(self, "exec_row", None) is not None:
            fsrc = "src.合计" if "src.合计.spent" in self.vals else "fb.年度资金总额"
            self.rate_cell(self.exec_row["actual"], self.ref(fsrc + ".spent"), self.ref(fsrc + ".annual"),
                           "indicator table execution rate")
        for rx, ref in self.spec.get("content", []):
            body = "\n".join("\t".join(r) for r in self.tw_rows[1:])
            s = sum(dec(x) for x in re.findall(rx.replace("NUM", NUM), body))
            if not ok(self.vals[ref][1], s):
                self.bad("sum_mismatch", f"township contents {rx}: {s} vs {ref}")

    def run(self):
        for t in tables(self.text):
            h = t[0][0]
            if h == "资金来源":
                self.source_table(t)
            elif h == "资金项目":
                self.fund_block(t)
            elif h.startswith("乡镇"):
                self.township_table(t)
            elif h in ("一级指标", "年度目标"):
                self.indicator_table(t)
            else:
                raise ValueError(f"unknown table {h}")
        self.prose()
        self.cross()
        return self


# ---------------------------------------------------------------- per-project prose patterns
# Each entry: (regex with NUM/GRADE placeholders, check, check, ...).  Group numbers refer to the
# regex; refs name table figures (src.<row>.<col>, tw.<row>.<col>, ind.<三级>.actual|target,
# fb.<row>.<col>) or values named by an earlier ("name", g, key) check.
PROSE = {
    "gs-tongwei-renchuyinshui-2019": {
        "prose": [
            (r"新建集中供水工程(\d+)处，改造配套管网(\d+)公里以上，新建（维修）蓄水池(\d+)座，巩固提升NUM万农村人口的饮水安全保障水平，"
             r"农村自来水普及率达到NUM%以上，受益群众满意度不低于NUM%",
             ("restate", 1, "ind.新建集中供水工程.target"), ("restate", 2, "ind.改造配套管网.target"),
             ("restate", 3, "ind.新建（维修）蓄水池.target"), ("restate", 4, "ind.巩固提升受益人口.target"),
             ("restate", 5, "ind.农村自来水普及率.target"), ("restate", 6, "ind.受益群众满意度.target")),
            (r"蓄水池完成(\d+)座，(\d+)座顺延",
             ("diff", 2, "ind.新建（维修）蓄水池.target", "ind.新建（维修）蓄水池.actual")),
            (r"项目全年预算NUM万元，其中中央资金NUM万元、省级资金NUM万元、县级配套资金NUM万元、上年结转资金NUM万元",
             ("sum", 1, [2, 3, 4, 5]), ("restate", 1, "src.合计.annual"), ("restate", 2, "src.中央资金.annual"),
             ("restate", 3, "src.省级资金.annual"), ("restate", 4, "src.县级配套资金.annual"),
             ("restate", 5, "src.上年结转资金.annual")),
            (r"省级资金中NUM万元于(\d{4})年(\d{1,2})月提前下达，(\d{4})年(\d{1,2})月追加下达NUM万元",
             ("restate", 1, "src.省级资金.initial"), ("year_issue", 2, 3), ("year_issue", 4, 5),
             ("sum", "src.省级资金.annual", [1, 6])),
            (r"截至(\d{4})年12月31日", ("year_eq", 1)),
            (r"全年实际支出NUM万元，预算执行率NUM%",
             ("restate", 1, "src.合计.spent"), ("rate", 2, "src.合计.spent", "src.合计.annual")),
            (r"分别结余NUM万元、NUM万元",
             ("balance", 1, "src.省级资金.received", "src.省级资金.spent"),
             ("balance", 2, "src.县级配套资金.received", "src.县级配套资金.spent")),
            (r"上述结余共NUM万元已按规定结转至(\d{4})年",
             ("balance", 1, "src.合计.received", "src.合计.spent"), ("year_after", 2)),
            (r"全年完成投资NUM万元，覆盖(\d+)个乡镇(\d+)个村，受益人口NUM人",
             ("restate", 1, "tw.合计.money"), ("restate", 2, "tw.count"), ("restate", 3, "tw.合计.villages"),
             ("restate", 4, "tw.合计.people")),
            (r"平均每个村投入NUM万元", ("avg", 1, "tw.合计.money", "tw.合计.villages", D(1))),
            (r"人均投入NUM元", ("avg", 1, "tw.合计.money", "tw.合计.people", WAN)),
            (r"发放满意度调查问卷(\d+)份，收回有效问卷(\d+)份，有效回收率NUM%，其中表示满意和基本满意的(\d+)份，满意度NUM%",
             ("rate", 3, 2, 1), ("rate", 5, 4, 2), ("restate", 5, "ind.受益群众满意度.actual")),
            (r"(\d+)处集中供水工程全部建成，其中(\d+)处按期完工，完工及时率NUM%",
             ("rate", 3, 2, 1), ("restate", 1, "ind.新建集中供水工程.actual"),
             ("restate", 3, "ind.工程完工及时率.actual")),
            (r"管网改造NUM公里，超出年度目标", ("restate", 1, "ind.改造配套管网.actual")),
            (r"蓄水池完成(\d+)座", ("restate", 1, "ind.新建（维修）蓄水池.actual")),
            (r"普及率由2018年的NUM%提高到NUM%", ("restate", 2, "ind.农村自来水普及率.actual")),
            (r"NUM万农村人口的供水保证率", ("restate", 1, "ind.巩固提升受益人口.actual")),
            (r"本项目(\d{4})年度自评得分NUM分，评价等级为GRADE", ("year_eq", 1), ("score_total", 2), ("grade", 2, 3)),
        ],
        "cross": [("tw.合计.money", "src.合计.spent"),
                  ("ind.巩固提升受益人口.actual", "tw.合计.people", 1 / WAN)],
        "content": [(r"集中供水工程(\d+)处", "ind.新建集中供水工程.actual"),
                    (r"管网NUM公里", "ind.改造配套管网.actual"),
                    (r"蓄水池(\d+)座", "ind.新建（维修）蓄水池.actual")],
    },
    "sc-meigu-renchuyinshui-2021": {
        "prose": [
            (r"新建集中供水工程(\d+)处，维修改造供水工程(\d+)处，铺设输配水管道(\d+)公里；工程验收合格率NUM%，按期完工率不低于NUM%；"
             r"巩固提升NUM万农村人口的饮水保障水平，农村集中供水率达到NUM%以上",
             ("restate", 1, "ind.新建集中供水工程.target"), ("restate", 2, "ind.维修改造供水工程.target"),
             ("restate", 3, "ind.铺设输配水管道.target"), ("restate", 4, "ind.工程验收合格率.target"),
             ("restate", 5, "ind.工程按期完工率.target"), ("restate", 6, "ind.巩固提升受益人口.target"),
             ("restate", 7, "ind.农村集中供水率.target")),
            (r"中央水利发展资金NUM万元中，NUM万元于(\d{4})年(\d{1,2})月提前下达，NUM万元于(\d{4})年(\d{1,2})月追加下达；"
             r"省级财政资金NUM万元、县级财政资金NUM万元列入年初预算。年初预算NUM万元，加上中央追加资金和上年结转资金NUM万元，全年预算NUM万元",
             ("sum", 1, [2, 5]), ("year_issue", 3, 4), ("year_issue", 6, 7),
             ("restate", 1, "src.中央水利发展资金.annual"), ("restate", 8, "src.省级财政资金.annual"),
             ("restate", 9, "src.县级财政资金.annual"), ("sum", 10, [2, 8, 9]),
             ("restate", 10, "fb.年度资金总额.initial"), ("restate", 11, "src.上年结转资金.annual"),
             ("sum", 12, [10, 5, 11]), ("restate", 12, "src.合计.annual")),
            (r"截至(\d{4})年12月31日，实际到位资金NUM万元，资金到位率NUM%，县级财政资金尚有NUM万元未到位。"
             r"全年实际支出NUM万元，预算执行率NUM%。年末结余NUM万元",
             ("year_eq", 1), ("restate", 2, "src.合计.received"),
             ("rate", 3, "src.合计.received", "src.合计.annual"),
             ("balance", 4, "src.县级财政资金.annual", "src.县级财政资金.received"),
             ("restate", 5, "src.合计.spent"), ("rate", 6, "src.合计.spent", "src.合计.annual"),
             ("balance", 7, "src.合计.received", "src.合计.spent")),
            (r"项目覆盖(\d+)个乡镇(\d+)个村，受益NUM户NUM人。平均每个受益村投入NUM万元，户均NUM元，人均NUM元",
             ("restate", 1, "tw.count"), ("restate", 2, "tw.合计.villages"), ("restate", 3, "tw.合计.households"),
             ("restate", 4, "tw.合计.people"),
             ("avg", 5, "tw.合计.money", "tw.合计.villages", D(1)),
             ("avg", 6, "tw.合计.money", "tw.合计.households", WAN),
             ("avg", 7, "tw.合计.money", "tw.合计.people", WAN)),
            (r"全年新建集中供水工程(\d+)处、维修改造供水工程(\d+)处，(\d+)处工程中(\d+)处按期完工，按期完工率NUM%",
             ("restate", 1, "ind.新建集中供水工程.actual"), ("restate", 2, "ind.维修改造供水工程.actual"),
             ("sum", 3, [1, 2]), ("rate", 5, 4, 3), ("restate", 5, "ind.工程按期完工率.actual")),
            (r"受益人口达到NUM万人，全县农村集中供水率由2020年的NUM%提高到NUM%",
             ("restate", 1, "ind.巩固提升受益人口.actual"), ("restate", 3, "ind.农村集中供水率.actual")),
            (r"项目自评得分NUM分，评价等级为GRADE", ("score_total", 1), ("grade", 1, 2)),
            (r"项目支出绩效自评表（(\d{4})年度）", ("year_eq", 1)),
        ],
        "cross": [("fb.年度资金总额.annual", "src.合计.annual"), ("fb.年度资金总额.spent", "src.合计.spent"),
                  ("tw.合计.money", "src.合计.spent"),
                  ("ind.巩固提升受益人口.actual", "tw.合计.people", 1 / WAN)],
    },
    "yn-xundian-renchuyinshui-2022": {
        "prose": [
            (r"新建集中供水工程(\d+)处，改造提升供水工程(\d+)处，更换老化管网(\d+)公里以上；农村供水水质检测合格率不低于NUM%；"
             r"巩固提升NUM万农村人口供水保障水平，农村自来水普及率达到NUM%；受益群众满意度不低于NUM%",
             ("restate", 1, "ind.新建集中供水工程.target"), ("restate", 2, "ind.改造提升供水工程.target"),
             ("restate", 3, "ind.更换老化管网.target"), ("restate", 4, "ind.农村供水水质检测合格率.target"),
             ("restate", 5, "ind.巩固提升受益人口.target"), ("restate", 6, "ind.农村自来水普及率.target"),
             ("restate", 7, "ind.受益群众满意度.target")),
            (r"全年预算资金NUM万元", ("restate", 1, "src.合计.annual")),
            (r"中央资金中的NUM万元已于(\d{4})年(\d{1,2})月提前下达，其余NUM万元于(\d{4})年(\d{1,2})月下达",
             ("sum", "src.中央资金.annual", [1, 4]), ("year_issue", 2, 3), ("year_issue", 5, 6)),
            (r"截至(\d{4})年12月31日，各级资金实际到位NUM万元，资金到位率NUM%；实际支出NUM万元，预算执行率NUM%。"
             r"县级资金因财力紧张未到位NUM万元，已到位但尚未支付的NUM万元为工程质保金和未结算尾款，结转至(\d{4})年支付",
             ("year_eq", 1), ("restate", 2, "src.合计.received"),
             ("rate", 3, "src.合计.received", "src.合计.annual"), ("restate", 4, "src.合计.spent"),
             ("rate", 5, "src.合计.spent", "src.合计.annual"),
             ("balance", 6, "src.县级资金.annual", "src.县级资金.received"),
             ("balance", 7, "src.合计.received", "src.合计.spent"), ("year_after", 8)),
            (r"中央和省级资金到位率均为NUM%",
             ("rate", 1, "src.中央资金.received", "src.中央资金.annual"),
             ("rate", 1, "src.省级资金.received", "src.省级资金.annual")),
            (r"县级资金到位率仅NUM%、执行率NUM%",
             ("rate", 1, "src.县级资金.received", "src.县级资金.annual"),
             ("rate", 2, "src.县级资金.spent", "src.县级资金.annual")),
            (r"其中功山镇投资NUM(万元|元)", ("restate_money", 1, 2, "tw.功山镇.money")),
            (r"全县(\d+)个受益村平均每村投资NUM万元，受益人口人均投入NUM元",
             ("restate", 1, "tw.合计.villages"), ("avg", 2, "tw.合计.money", "tw.合计.villages", D(1)),
             ("avg", 3, "tw.合计.money", "tw.合计.people", WAN)),
            (r"全年新建集中供水工程(\d+)处、改造提升(\d+)处，(\d+)处工程中(\d+)处按期完工",
             ("restate", 1, "ind.新建集中供水工程.actual"), ("restate", 2, "ind.改造提升供水工程.actual"),
             ("sum", 3, [1, 2]), ("ratio_ref", "ind.工程按期完工率.actual", 4, 3)),
            (r"更换老化管网NUM公里，较年度目标少NUM公里",
             ("restate", 1, "ind.更换老化管网.actual"),
             ("diff", 2, "ind.更换老化管网.target", "ind.更换老化管网.actual")),
            (r"抽检农村供水水样(\d+)份，合格(\d+)份，水质检测合格率NUM%",
             ("rate", 3, 2, 1), ("restate", 3, "ind.农村供水水质检测合格率.actual")),
            (r"工程受益人口NUM人，即NUM万人，全县农村自来水普及率由2021年的NUM%提高到NUM%",
             ("restate", 1, "tw.合计.people"), ("restate", 2, "tw.合计.people", 1 / WAN),
             ("restate", 4, "ind.农村自来水普及率.actual")),
            (r"本项目(\d{4})年度自评得分NUM分，评价等级为GRADE", ("year_eq", 1), ("score_total", 2), ("grade", 2, 3)),
        ],
        "cross": [("tw.合计.money", "src.合计.spent"), ("tw.合计.central", "src.中央资金.spent"),
                  ("ind.巩固提升受益人口.actual", "tw.合计.people", 1 / WAN)],
    },
    "gx-fengshan-shuiliju-bumen-2023": {
        "prose": [
            (r"部门年初预算NUM万元，[^。]*?全年预算NUM万元",
             ("restate", 1, "src.合计.initial"), ("restate", 2, "src.合计.annual")),
            (r"全年支出NUM万元，其中基本支出NUM万元、项目支出NUM万元",
             ("sum", 1, [2, 3]), ("restate", 1, "src.合计.spent"), ("name", 3, "p.项目支出")),
            (r"项目支出中，农村人畜饮水巩固提升工程NUM万元、水旱灾害防御及山洪灾害监测预警NUM万元、河湖长制工作经费NUM万元、水土保持及其他项目NUM万元",
             ("sum", "p.项目支出", [1, 2, 3, 4]), ("restate", 1, "tw.合计.money")),
            (r"部门预算执行率NUM%，比2022年的NUM%有所提高", ("rate", 1, "src.合计.spent", "src.合计.annual")),
            (r"年末结转结余NUM万元，[^。]*结转至(\d{4})年",
             ("balance", 1, "src.合计.annual", "src.合计.spent"), ("year_after", 2)),
            (r"“三公”经费年初预算NUM万元，实际支出NUM万元，其中公务用车运行维护费NUM万元、公务接待费NUM万元，"
             r"因公出国（境）费NUM万元，“三公”经费控制率NUM%",
             ("sum", 2, [3, 4, 5]), ("rate", 6, 2, 1), ("name", 1, "p.三公预算"), ("name", 2, "p.三公支出")),
            (r"工程覆盖(\d+)个乡(\d+)个村，受益人口NUM万人。项目完成投资NUM万元，平均每个受益村NUM万元，人均投入NUM元",
             ("restate", 1, "tw.count"), ("restate", 2, "tw.合计.villages"),
             ("restate", 3, "tw.合计.people", 1 / WAN), ("restate", 4, "tw.合计.money"),
             ("avg", 5, "tw.合计.money", "tw.合计.villages", D(1)),
             ("avg", 6, "tw.合计.money", "tw.合计.people", WAN)),
            (r"原计划建设的(\d+)处工程中，(\d+)处因水源论证未通过调整到(\d{4})年实施",
             ("restate", 1, "ind.农村供水工程建设.target"), ("diff", "tw.合计.works", 1, 2), ("year_after", 3)),
            (r"(\d{4})年，我局部门全年支出NUM万元", ("year_eq", 1), ("restate", 2, "src.合计.spent")),
            (r"自评得分NUM分，评价等级为GRADE", ("score_total", 1), ("grade", 1, 2)),
        ],
        "cross": [("tw.合计.works", "ind.农村供水工程建设.actual"),
                  ("ind.巩固提升受益人口.actual", "tw.合计.people", 1 / WAN)],
        "ind_rates": [("ind.结转结余率.actual", "src.合计.balance", "src.合计.annual"),
                      ("ind.“三公”经费控制率.actual", "p.三公支出", "p.三公预算")],
    },
    "hb-zhushan-renchuyinshui-2025": {
        "prose": [
            (r"新建改造集中供水工程(\d+)处、新建蓄水池(\d+)座、更新改造供水管网(\d+)公里；目标二为保障农村供水水质和群众满意，"
             r"水质达标率不低于NUM%，巩固提升NUM万农村人口供水保障水平，受益群众满意度不低于NUM%",
             ("restate", 1, "ind.新建改造集中供水工程.target"), ("restate", 2, "ind.新建蓄水池.target"),
             ("restate", 3, "ind.更新改造供水管网.target"), ("restate", 4, "ind.农村供水水质达标率.target"),
             ("restate", 5, "ind.巩固提升受益人口.target"), ("restate", 6, "ind.受益群众满意度.target")),
            (r"其余(\d+)分按年度目标分解", ("diff", 1, D(100), "ind.预算执行率.weight")),
            (r"项目年初预算NUM万元，其中中央水利发展资金NUM万元于(\d{4})年(\d{1,2})月提前下达，(\d{4})年(\d{1,2})月追加下达中央资金NUM万元；"
             r"县级资金因财力调整调减NUM万元。调整后全年预算NUM万元",
             ("restate", 1, "src.合计.initial"), ("restate", 2, "src.中央水利发展资金.initial"),
             ("year_issue", 3, 4), ("year_issue", 5, 6), ("restate", 7, "src.中央水利发展资金.adjust"),
             ("restate", 8, ("neg", "src.县级资金.adjust")), ("sum", 9, [1, 7, -8]),
             ("restate", 9, "src.合计.annual")),
            (r"截至(\d{4})年12月31日，项目实际支出NUM万元，预算执行率NUM%。未支出的NUM万元中，中央、省级、县级资金分别为NUM万元、NUM万元、NUM万元，[^。]*已结转至(\d{4})年",
             ("year_eq", 1), ("restate", 2, "src.合计.spent"), ("rate", 3, "src.合计.spent", "src.合计.annual"),
             ("balance", 4, "src.合计.annual", "src.合计.spent"), ("sum", 4, [5, 6, 7]),
             ("balance", 5, "src.中央水利发展资金.annual", "src.中央水利发展资金.spent"),
             ("balance", 6, "src.省级资金.annual", "src.省级资金.spent"),
             ("balance", 7, "src.县级资金.annual", "src.县级资金.spent"), ("year_after", 8)),
            (r"扣除县级统筹的水质检测及信息化经费后，(\d+)个乡镇工程支出NUM万元，受益村(\d+)个，平均每村NUM万元；受益人口NUM人，人均投入NUM元",
             ("restate", 1, "tw.count"), ("restate", 2, "tw.towns.money"), ("restate", 3, "tw.合计.villages"),
             ("avg", 4, "tw.towns.money", "tw.合计.villages", D(1)), ("restate", 5, "tw.合计.people"),
             ("avg", 6, "tw.towns.money", "tw.合计.people", WAN)),
            (r"预算执行率指标分值(\d+)分，得分按(\d+)×预算执行率计算",
             ("restate", 1, "ind.预算执行率.weight"), ("restate", 2, "ind.预算执行率.weight")),
            (r"全年新建改造集中供水工程(\d+)处、新建蓄水池(\d+)座，更新改造供水管网NUM公里；全年抽检水样(\d+)份，达标(\d+)份，水质达标率NUM%",
             ("restate", 1, "ind.新建改造集中供水工程.actual"), ("restate", 2, "ind.新建蓄水池.actual"),
             ("restate", 3, "ind.更新改造供水管网.actual"), ("rate", 6, 5, 4),
             ("restate", 6, "ind.农村供水水质达标率.actual")),
            (r"工程受益人口NUM万人，较2024年同类项目的NUM万人有所增加", ("restate", 1, "ind.巩固提升受益人口.actual")),
            (r"维修平均响应时间(\d+)小时，超过(\d+)小时的控制目标",
             ("restate", 1, "ind.供水工程维修响应时间.actual"), ("restate", 2, "ind.供水工程维修响应时间.target")),
            (r"本项目自评得分NUM分，评价等级为GRADE", ("score_total", 1), ("grade", 1, 2)),
        ],
        "cross": [("tw.合计.money", "src.合计.spent"),
                  ("ind.巩固提升受益人口.actual", "tw.合计.people", 1 / WAN)],
    },
}


def project_of(case):
    return re.sub(r"-(clean|e\d+)\.txt$", "", case)


def check_text(text, project):
    c = Checker(text, PROSE[project]).run()
    return c


def main():
    problems = []
    labels = [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    on_disk = sorted(os.listdir(CASES))
    if on_disk != sorted(texts):
        problems.append("case files on disk differ from labels.jsonl")
    code_count = {c: 0 for c in CODES}
    projects = sorted({project_of(r["case"]) for r in labels})
    if len(projects) != 5:
        problems.append(f"{len(projects)} projects, expected 5")
    for rec in labels:
        name, text = rec["case"], texts[rec["case"]]
        proj = project_of(name)
        if rec["source"] != proj:
            problems.append(f"{name}: source {rec['source']} != {proj}")
        try:
            c = check_text(text, proj)
        except Exception as exc:  # a crash is a failure
            problems.append(f"{name}: checker crashed: {exc!r}")
            continue
        got = sorted({code for code, _ in c.fail})
        if rec["clean"]:
            if rec["expected"] or not name.endswith("-clean.txt"):
                problems.append(f"{name}: clean record malformed")
            if got:
                problems.append(f"{name}: clean draft fails {c.fail}")
            if c.info:
                problems.append(f"{name}: clean draft score-rule notes {c.info}")
            if not (1500 <= len(text) <= 5000):
                problems.append(f"{name}: {len(text)} characters")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: {len(exp)} expected findings")
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error" or not e.get("explanation"):
            problems.append(f"{name}: bad label {e}")
        code_count[e["code"]] = code_count.get(e["code"], 0) + 1
        if got != [e["code"]]:
            problems.append(f"{name}: labelled {e['code']}, checker finds {c.fail}")
        # the value: exactly once, overlapping the single contiguous edit
        n = text.count(e["value"])
        if n != 1:
            problems.append(f"{name}: value occurs {n} times")
            continue
        clean = texts[proj + "-clean.txt"]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old, new = clean[p:len(clean) - s], text[p:len(text) - s]
        if not new or max(len(old), len(new)) > 40:
            problems.append(f"{name}: edit {old!r} -> {new!r} is empty or longer than 40")
        vs = text.find(e["value"])
        if not (vs < p + len(new) and p < vs + len(e["value"])):
            problems.append(f"{name}: edit at {p} does not overlap value at {vs}")
    for code in CODES:
        if code_count.get(code, 0) < 2:
            problems.append(f"code {code} used {code_count.get(code, 0)} times")
    for proj in projects:
        n = sum(1 for r in labels if project_of(r["case"]) == proj and not r["clean"])
        if n != 6:
            problems.append(f"{proj}: {n} error cases")
    if problems:
        print("\n".join(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1:      # debugging: python3 verify.py FILE  -> findings of one text
        for path in sys.argv[1:]:
            c = check_text(open(path, encoding="utf-8").read(), project_of(os.path.basename(path)))
            print(path, c.fail, c.info)
        sys.exit(0)
    sys.exit(main())
