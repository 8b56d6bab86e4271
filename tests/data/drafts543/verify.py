#!/usr/bin/env python3
"""Verify drafts543: read the figures back from every draft and redo all of its arithmetic.

Standard library + decimal only. For every case the project's checker below extracts the figures from
the text (regular expressions anchored on the wording, and the tab-separated tables) and runs the
identities of rules.md §5–§8 (I1–I14). Findings are error codes of errors.md §A; score_rule_mismatch is
collected as a warning only. Requirements checked:
  * every clean draft: no error and no warning;
  * every error case: the set of error codes found equals the one labelled code;
  * labels: format, value occurs exactly once, the case differs from its clean draft by one contiguous
    edit of at most 40 characters that overlaps the value; every §A code used at least twice.
Prints OK when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, getcontext

getcontext().prec = 40
D = Decimal
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
N = r"([0-9][0-9,]*(?:\.[0-9]+)?)"          # a number as written
GRADE = r"(优秀|良好|中等|较差|优|良|中|差)"
GRADE_OF = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "较差": "差", "差": "差"}


class ParseError(Exception):
    pass


def dec(s):
    return s if isinstance(s, D) else D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """rules.md §8: consistent iff |computed − stated| ≤ half a unit of the stated last digit."""
    return abs(D(computed) - dec(stated)) <= D("0.5") * D(10) ** -ndec(stated) + D("1e-9")


def grade_band(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


class Checker:
    def __init__(self, text):
        self.t = text
        self.errors = []
        self.warnings = []

    # ---------- extraction ----------
    def one(self, pat):
        ms = list(re.finditer(pat, self.t, re.S))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pat}")
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    def table(self, header, title=None):
        """Rows of the tab-separated table whose header line is `header` (unique unless title given)."""
        lines = self.t.split("\n")
        idx = [i for i, l in enumerate(lines) if l == header and (title is None or lines[i - 1] == title)]
        if len(idx) != 1:
            raise ParseError(f"table header found {len(idx)} times: {header!r} {title!r}")
        rows, j = [], idx[0] + 1
        ncol = len(header.split("\t"))
        while j < len(lines) and lines[j].strip():
            cells = lines[j].split("\t")
            if len(cells) != ncol:
                raise ParseError(f"row with {len(cells)} cells (header {ncol}): {lines[j]!r}")
            rows.append(cells)
            j += 1
        return header.split("\t"), rows

    # ---------- findings ----------
    def err(self, code, msg):
        assert code in CODES, code
        self.errors.append((code, msg))

    def warn(self, code, msg):
        self.warnings.append((code, msg))

    # ---------- identities ----------
    def rate(self, stated, num, den, what):
        """I1/I2/I5: stated rate (percent, as written) against num/den."""
        num, den = D(num), D(den)
        stated = stated.rstrip("%")
        if stated in ("—", "-"):
            if den != 0:
                self.err("rate_mismatch", f"{what}: rate missing although the base is {den}")
            return
        v = dec(stated)
        if den == 0:
            if v != 0:
                self.err("implausible_rate", f"{what}: {stated}% on a zero base")
            return
        c = num / den * 100
        if v > 100 + D("1e-9") or c > 100 + D("1e-9"):
            self.err("implausible_rate", f"{what}: {stated}% (computed {c:.4f}%) above 100%")
        if not ok(stated, c):
            self.err("rate_mismatch", f"{what}: {num}/{den} = {c:.4f}%, stated {stated}%")

    def growth(self, stated, new, old, what):
        c = (D(new) - D(old)) / D(old) * 100
        if not ok(stated, c):
            self.err("rate_mismatch", f"{what}: growth {c:.4f}%, stated {stated}%")

    def _rescaled(self, vals, test):
        for i in range(len(vals)):
            for k in SCALES:
                trial = list(vals)
                trial[i] = vals[i] * k
                if test(trial):
                    return True
        return False

    def sum(self, total, parts, what, code="sum_mismatch"):
        """I4: total (string as written) = Σ parts (strings as written), same unit."""
        tv, pv = dec(total), [dec(p) for p in parts]
        s = sum(pv, D(0))
        if ok(total, s):
            return
        if self._rescaled([tv] + pv, lambda v: v[0] == sum(v[1:], D(0))):
            self.err("unit_mismatch", f"{what}: {' + '.join(parts)} ≠ {total}, reconciled by a power of ten")
        else:
            self.err(code, f"{what}: {' + '.join(parts)} = {s} ≠ {total}")

    def diff(self, stated, a, b, what):
        """stated = a − b (increase over last year, unfinished remainder)."""
        c = dec(a) - dec(b)
        if not ok(stated, c):
            self.err("sum_mismatch", f"{what}: {a} − {b} = {c}, stated {stated}")

    def balance(self, stated, a, b, what):
        """I3: 结余/结转 = a − b."""
        c = dec(a) - dec(b)
        if not ok(stated, c):
            self.err("balance_mismatch", f"{what}: {a} − {b} = {c}, stated {stated}")

    def product(self, total_wan, unit_yuan, count, what):
        """per-unit 元 × count = total in 万元."""
        tv, u, n = dec(total_wan) * 10000, dec(unit_yuan), dec(count)
        if tv == u * n:
            return
        if self._rescaled([tv, u, n], lambda v: v[0] == v[1] * v[2]):
            self.err("unit_mismatch", f"{what}: {unit_yuan}元 × {count} ≠ {total_wan}万元, reconciled by a power of ten")
        else:
            self.err("sum_mismatch", f"{what}: {unit_yuan}元 × {count} = {u * n}元 ≠ {total_wan}万元")

    def avg(self, stated, total, count, what):
        """I10: stated average = total / count."""
        c = dec(total) / dec(count)
        if not ok(stated, c):
            self.err("average_mismatch", f"{what}: {total}/{count} = {c:.4f}, stated {stated}")

    def mean(self, stated, items, what):
        c = sum((dec(i) for i in items), D(0)) / len(items)
        if not ok(stated, c):
            self.err("average_mismatch", f"{what}: mean of {items} = {c:.4f}, stated {stated}")

    def same(self, what, *vals):
        """I11: one quantity stated several times (strings as written)."""
        base = dec(vals[0])
        for v in vals[1:]:
            x = dec(v)
            if x == base:
                continue
            if any(x * k == base for k in SCALES):
                self.err("unit_mismatch", f"{what}: {v} vs {vals[0]}, off by a power of ten")
            else:
                self.err("conflicting_values", f"{what}: {vals[0]} vs {v}")

    def year(self, stated, expected, what, later=False):
        y = int(stated)
        if (y <= expected) if later else (y != expected):
            self.err("year_mismatch", f"{what}: {y} ({'must be after' if later else 'expected'} {expected})")

    def report_date(self, Y):
        """the report is dated after the evaluation year closes (normally early the following year)."""
        self.year(self.one(r"\n(\d{4})年\d{1,2}月(?:\d{1,2}日)?\n*$"), Y, "report date", later=True)

    def grade(self, stated_total, stated_grade, what):
        band = grade_band(dec(stated_total))
        if GRADE_OF[stated_grade] != band:
            self.err("grade_mismatch", f"{what}: total {stated_total} is {band}, stated {stated_grade}")

    # ---------- tables ----------
    def mof_funds(self, header="项目\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分"):
        """MOF 自评表 funds block: rows 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金."""
        _, rows = self.table(header)
        r = {row[0].replace("其中：", ""): row for row in rows}
        tot, parts = r["年度资金总额"], [r["当年财政拨款"], r["上年结转资金"], r["其他资金"]]
        for col, name in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            self.sum(tot[col], [p[col] for p in parts], f"funds table {name}")
        for row in [tot] + parts:
            self.rate(row[5], dec(row[3]), dec(row[2]), f"funds table 执行率 {row[0]}")
        w, s = dec(tot[4]), tot[6]
        rule = w * min(dec(tot[3]) / dec(tot[2]), D(1))
        if not ok(s, rule):
            self.warn("score_rule_mismatch", f"execution score {s}, rule gives {rule:.4f}")
        if dec(s) > w or dec(s) < 0:
            self.err("score_exceeds_weight", f"execution score {s} > weight {w}")
        return {"初": tot[1], "全": tot[2], "执": tot[3], "w": tot[4], "s": tot[6],
                "当年全": r["当年财政拨款"][2], "结转全": r["上年结转资金"][2], "结转执": r["上年结转资金"][3]}

    def shanxi_funds(self, header):
        """Funds table with 行次 and printed formulas; columns 合计 + sources."""
        _, rows = self.table(header)
        r = {row[0]: row for row in rows}
        amount_rows = [k for k in r if "率" not in k]
        for k in amount_rows:
            self.sum(r[k][2], r[k][3:], f"funds table {k} 合计")
        bud, rec, spent, bal = r["全年预算资金"], r["实际到位资金"], r["全年执行资金"], r["资金结余"]
        for col in range(2, len(bud)):
            self.balance(bal[col], rec[col], spent[col], f"funds table 资金结余 column {col}")
        rate_rows = [k for k in r if "到位率" in k], [k for k in r if "执行率" in k]
        for col in range(2, len(bud)):
            self.rate(r[rate_rows[0][0]][col], dec(rec[col]), dec(bud[col]), f"funds table 到位率 column {col}")
            self.rate(r[rate_rows[1][0]][col], dec(spent[col]), dec(bud[col]), f"funds table 执行率 column {col}")
        return r

    def indicators(self, rows, cols, exec_w=None, exec_s=None, totals=(), total_weight=None,
                   block_weights=None, block_scores=None):
        """Indicator rows (lists of cells); cols maps role -> column index. Runs the row checks and the sums."""
        lv1 = None
        items = []
        for cells in rows:
            first = cells[0]
            if first in ("合计", "总分"):
                continue
            if cols.get("l1") is not None and first:
                lv1 = first
            it = {"l1": lv1 if cols.get("l1") is not None else cols["block"], "name": cells[cols["name"]],
                  "t": cells[cols["t"]], "a": cells[cols["a"]], "w": cells[cols["w"]], "s": cells[cols["s"]],
                  "c": cells[cols["c"]] if "c" in cols else None,
                  "dir": cells[cols["dir"]] if "dir" in cols else None}
            items.append(it)
            self.row(it)
        # weights (I6)
        ws = sum((dec(i["w"]) for i in items), D(0)) + (dec(exec_w) if exec_w else 0)
        if ws != 100:
            self.err("weight_sum_mismatch", f"weights add up to {ws}")
        if total_weight is not None and dec(total_weight) != ws:
            self.err("weight_sum_mismatch", f"weights add up to {ws}, stated {total_weight}")
        for blk, w in (block_weights or {}).items():
            bw = (dec(exec_w) if blk == "预算执行" and exec_w else D(0)) + sum(
                (dec(i["w"]) for i in items if i["l1"] == blk), D(0))
            if bw != dec(w):
                self.err("weight_sum_mismatch", f"{blk} rows weigh {bw}, stated {w}")
        if block_weights and sum((dec(w) for w in block_weights.values()), D(0)) != 100:
            self.err("weight_sum_mismatch", f"stated first-level weights {list(block_weights.values())} ≠ 100")
        # scores (I7)
        ss = sum((dec(i["s"]) for i in items), D(0)) + (dec(exec_s) if exec_s else 0)
        for t in totals:
            if not ok(t, ss):
                self.err("score_sum_mismatch", f"row scores add up to {ss}, stated total {t}")
        for blk, s in (block_scores or {}).items():
            bs = (dec(exec_s) if blk == "预算执行" and exec_s else D(0)) + sum(
                (dec(i["s"]) for i in items if i["l1"] == blk), D(0))
            if not ok(s, bs):
                self.err("score_sum_mismatch", f"{blk} rows score {bs}, stated {s}")
        return {i["name"]: i for i in items}

    @staticmethod
    def value(s):
        m = re.fullmatch(r"([≥≤=]?)\s*" + N + r"\s*(.*)", s.strip())
        if not m:
            return None
        return m.group(1), m.group(2), m.group(3).strip()

    def row(self, it):
        name, w, s = it["name"], dec(it["w"]), dec(it["s"])
        if s > w or s < 0:
            self.err("score_exceeds_weight", f"{name}: score {it['s']} > weight {it['w']}")
        tv, av = self.value(it["t"]), self.value(it["a"])
        if it["dir"] == "定性" or tv is None:        # qualitative: achieved band [80%, 100%]
            if not (D("0.8") * w <= s <= w):
                self.warn("score_rule_mismatch", f"{name}: qualitative score {s} outside [0.8w, w]")
            return
        sign = it["dir"] if it["dir"] else tv[0]
        direction = {"≥": "gte", "≤": "lte", "=": "eq", "": "eq"}[sign]
        T = dec(tv[1])
        if av is None or av[0]:
            self.err("unit_mismatch", f"{name}: actual {it['a']!r} not a plain quantity")
            return
        A = dec(av[1])
        if tv[2] != av[2]:
            self.err("unit_mismatch", f"{name}: target unit {tv[2]!r}, actual unit {av[2]!r}")
            return
        if av[2] == "%" and A > 100 and ("率" in name or "满意度" in name or "比例" in name):
            self.err("implausible_rate", f"{name}: {it['a']} above 100%")
        if direction == "lte":
            comp = D(100) if A <= T else T / A * 100
            rule = w if A <= T else w * T / A
        elif direction == "eq" and T == 0:
            comp, rule = None, (w if A <= 0 else D(0))
        else:
            comp = max(A, D(0)) / T * 100
            rule = w * min(max(A, D(0)) / T, D(1))
        if it["c"] is not None and comp is not None and not ok(it["c"].rstrip("%"), comp):
            self.err("completion_mismatch", f"{name}: completion {comp:.4f}%, stated {it['c']}")
        alt = None
        if it["c"] is not None and comp is not None:
            alt = w * min(dec(it["c"].rstrip("%")) / 100, D(1))
        if not ok(it["s"], rule) and not (alt is not None and ok(it["s"], alt)):
            self.warn("score_rule_mismatch", f"{name}: score {it['s']}, rule gives {rule:.4f}")


# =====================================================================================================
# per-project checkers: every figure is read back from the text
# =====================================================================================================

def tonggu(c):
    Y = 2021
    c.year(c.one(r"^铜鼓县农业农村局\n(\d{4})年度中蜂产业"), Y, "title")
    c.year(c.one(r"开展(\d{4})年度预算项目支出绩效自评"), Y, "notice")
    y1, ini, prov, cnty, ycarry, carry, annual = c.one(
        r"(\d{4})年项目年初预算" + N + r"万元，其中省级中蜂产业发展专项资金" + N + r"万元、县级配套资金" + N +
        r"万元；年中将(\d{4})年结转的蜜源基地建设资金" + N + r"万元纳入本年预算，全年预算数为" + N + r"万元")
    c.year(y1, Y, "budget year")
    c.year(ycarry, Y - 1, "carry-over comes from the previous year")
    c.sum(ini, [prov, cnty], "年初预算 = 省级 + 县级")
    c.sum(annual, [ini, carry], "全年预算 = 年初 + 上年结转")
    yiss, _m, rec, rrate = c.one(r"省级专项资金于(\d{4})年(\d+)月下达，实际到位" + N + r"万元，到位率" + N + "%")
    c.year(yiss, Y, "issue year")
    c.rate(rrate, dec(rec), dec(prov), "省级到位率")
    yend, spent, erate = c.one(r"截至(\d{4})年12月31日，项目全年执行" + N + r"万元，预算执行率" + N + "%")
    c.year(yend, Y, "截至 date")
    c.rate(erate, dec(spent), dec(annual), "预算执行率 (text)")
    items = c.one(r"分别为：支付中蜂养殖箱数补助资金" + N + r"万元，采购标准蜂箱及摇蜜机等蜂机具" + N +
                  r"万元，建设蜜源植物基地" + N + r"万元，支付养蜂技术培训及蜂病防控服务费" + N + r"万元")
    c.sum(spent, list(items), "分别为 list = 全年执行")
    gap, ygo = c.one(r"全年预算与执行数的差额" + N + r"万元为.{0,40}?结转至(\d{4})年")
    c.balance(gap, annual, spent, "全年预算 − 执行 = 结转")
    c.year(ygo, Y, "结转 target year", later=True)
    unit, hh, boxes, sub, hh_avg, box_avg = c.one(
        r"按每箱" + N + r"元的标准兑付，全年补助蜂农" + N + r"户、中蜂" + N + r"箱，补助资金" + N + r"万元，户均补助" + N +
        r"元、户均存栏" + N + "箱")
    c.product(sub, unit, boxes, "补助资金 = 每箱标准 × 箱数")
    c.avg(hh_avg, dec(sub) * 10000, dec(hh), "户均补助")
    c.avg(box_avg, dec(boxes), dec(hh), "户均存栏")
    c.same("养殖补助资金 (list vs paragraph)", sub, items[0])
    minbox = c.one(r"对存栏中蜂" + N + r"箱以上的蜂农")
    lo, hi = c.one(r"单户补助额在" + N + r"元至" + N + r"元之间")
    c.product(str(dec(lo) / 10000), unit, minbox, "lowest per-household subsidy = eligibility threshold × 每箱标准")
    if not dec(lo) <= dec(hh_avg) <= dec(hi):
        c.err("average_mismatch", "户均补助 outside the stated range")
    c.report_date(Y)
    ylast, hh0, box0, dbox, dhh = c.one(r"上年（(\d{4})年）补助蜂农" + N + r"户、中蜂" + N + r"箱，本年补助箱数增加" + N +
                                        r"箱、户数增加" + N + "户")
    c.year(ylast, Y - 1, "上年")
    c.diff(dbox, boxes, box0, "箱数增加")
    c.diff(dhh, hh, hh0, "户数增加")
    f = c.mof_funds()
    c.same("年初预算", ini, f["初"])
    c.same("全年预算", annual, f["全"])
    c.same("全年执行", spent, f["执"])
    c.same("上年结转", carry, f["结转全"])
    c.sum(f["当年全"], [prov, cnty], "当年财政拨款 = 省级 + 县级")
    _, rows = c.table("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施")
    tot_row = [r for r in rows if r[0] == "总分"][0]
    bscore = c.one(r"预算执行得分" + N + r"分，产出指标得分" + N + r"分，效益指标得分" + N + r"分，满意度指标得分" + N +
                   r"分，自评总分" + N + r"分，评价等级为" + GRADE)
    ind = c.indicators(rows, {"l1": 0, "name": 2, "t": 3, "a": 4, "w": 5, "s": 6}, exec_w=f["w"], exec_s=f["s"],
                       totals=(tot_row[6], bscore[4]), total_weight=tot_row[5],
                       block_scores={"预算执行": bscore[0], "产出指标": bscore[1], "效益指标": bscore[2],
                                     "满意度指标": bscore[3]})
    c.grade(bscore[4], bscore[5], "conclusion")
    c.grade(tot_row[6], bscore[5], "table total vs grade")
    a = lambda n: c.value(ind[n]["a"])[1]
    t = lambda n: c.value(ind[n]["t"])[1]
    # goals restated in the text
    g = c.one(r"全年补助中蜂不少于" + N + r"箱、蜂农不少于" + N + r"户，发放标准蜂箱不少于" + N + r"个，新建蜜源植物基地不少于" +
              N + r"亩；带动蜂农户均增收不少于" + N + r"元，蜂农满意度不低于" + N + "%")
    for v, n in zip(g, ["中蜂养殖补助箱数", "补助蜂农户数", "发放标准蜂箱数", "新建蜜源植物基地面积", "参与蜂农户均增收", "蜂农满意度"]):
        c.same(f"target {n}", t(n), v)
    pb, pc = c.one(r"全年补助中蜂" + N + r"箱，完成年度目标的" + N + "%")
    c.same("补助箱数", a("中蜂养殖补助箱数"), boxes, pb)
    if not ok(pc, dec(pb) / dec(t("中蜂养殖补助箱数")) * 100):
        c.err("completion_mismatch", "补助箱数 completion (text)")
    c.same("补助户数", a("补助蜂农户数"), hh, c.one(r"；补助蜂农" + N + "户；"))
    c.same("标准蜂箱", a("发放标准蜂箱数"), c.one(r"发放标准蜂箱" + N + "个；"))
    area, acomp, rest = c.one(r"新建蜜源植物基地" + N + r"亩，完成率" + N + r"%，未完成的" + N + "亩")
    c.same("蜜源基地面积", a("新建蜜源植物基地面积"), area)
    if not ok(acomp, dec(area) / dec(t("新建蜜源植物基地面积")) * 100):
        c.err("completion_mismatch", "蜜源基地 completion (text)")
    c.diff(rest, t("新建蜜源植物基地面积"), area, "未完成面积")
    c.diff(c.one(r"二期" + N + "亩苗木"), t("新建蜜源植物基地面积"), area, "未完成面积 (table)")
    c.diff(c.one(r"二期" + N + "亩未能"), t("新建蜜源植物基地面积"), area, "未完成面积 (problems)")
    c.same("补助标准", t("中蜂养殖补助标准"), a("中蜂养殖补助标准"), unit)
    inc, inc0, dinc = c.one(r"户均增收" + N + r"元，较上年的" + N + r"元增加" + N + "元")
    c.same("户均增收", a("参与蜂农户均增收"), inc)
    c.diff(dinc, inc, inc0, "户均增收增加")
    c.same("带动脱贫户", a("带动脱贫户（监测户）养蜂"), c.one(r"带动脱贫户和监测户" + N + "户"))
    valid, sat_n, sat = c.one(r"回收有效问卷" + N + r"份，其中表示满意的" + N + r"份，蜂农满意度" + N + "%")
    c.rate(sat, dec(sat_n), dec(valid), "满意度 (survey)")
    c.same("满意度", a("蜂农满意度"), sat)


def shennongjia(c):
    Y = 2023
    c.year(c.one(r"^神农架林区中蜂产业发展服务中心\n(\d{4})年度部门整体支出"), Y, "title")
    c.year(c.one(r"做好(\d{4})年度部门整体支出绩效自评"), Y, "notice")
    c.year(c.one(r"对(\d{4})年度部门预算收支"), Y, "scope")
    c.year(c.one(r"中心(\d{4})年度部门整体支出自评得分"), Y, "conclusion")
    c.report_date(Y)
    (y1, ini, add, annual, basic, proj, spent, basic_s, proj_s, rate_all, rate_proj, unspent, ygo) = c.one(
        r"(\d{4})年中心年初预算" + N + r"万元，年中追加蜂农养殖补助资金" + N + r"万元，全年预算" + N + r"万元，其中基本支出" + N +
        r"万元、项目支出" + N + r"万元。全年实际支出" + N + r"万元，其中基本支出" + N + r"万元、项目支出" + N +
        r"万元；整体预算执行率" + N + r"%，项目支出执行率" + N + r"%。项目支出未执行的" + N + r"万元.{0,30}?结转至(\d{4})年")
    c.year(y1, Y, "budget year")
    c.year(ygo, Y, "结转 target year", later=True)
    c.sum(annual, [ini, add], "全年 = 年初 + 追加")
    c.sum(annual, [basic, proj], "全年 = 基本 + 项目")
    c.sum(spent, [basic_s, proj_s], "支出 = 基本 + 项目")
    c.rate(rate_all, dec(spent), dec(annual), "整体执行率")
    c.rate(rate_proj, dec(proj_s), dec(proj), "项目支出执行率")
    c.balance(unspent, proj, proj_s, "项目支出未执行")
    c.balance(unspent, annual, spent, "整体未执行")
    hdr, rows = c.table("项目\t2022年度\t2023年度\t增减")
    c.year(hdr[1][:4], Y - 1, "comparison table last year")
    c.year(hdr[2][:4], Y, "comparison table this year")
    r = {row[0]: row for row in rows}
    bud, exe, bas, pro, rat = (r["全年预算数（万元）"], r["全年执行数（万元）"], r["其中：基本支出（万元）"],
                               r["项目支出（万元）"], r["预算执行率"])
    for row in (bud, exe, bas, pro):
        c.diff(row[3], row[2], row[1], f"增减 {row[0]}")
    for col in (1, 2):
        c.sum(exe[col], [bas[col], pro[col]], f"comparison 执行 = 基本 + 项目 col {col}")
        c.rate(rat[col].rstrip("%"), dec(exe[col]), dec(bud[col]), f"comparison 执行率 col {col}")
    c.same("全年预算", annual, bud[2])
    c.same("全年执行", spent, exe[2])
    c.same("基本支出执行", basic_s, bas[2])
    c.same("项目支出执行", proj_s, pro[2])
    y2, pbud, nproj, *plist = c.one(
        r"(\d{4})年项目支出预算" + N + r"万元，共(\d+)个项目，分别为中蜂良种繁育场建设项目" + N + r"万元、支付蜂农养殖补助资金项目" + N +
        r"万元、采购蜂产品质量检测设备项目" + N + r"万元、蜂业技术培训及品牌推广项目" + N + "万元")
    c.year(y2, Y, "project budget year")
    c.sum(pbud, plist, "项目支出 = Σ 4 projects")
    c.same("项目支出预算", proj, pbud)
    if int(nproj) != len(plist):
        c.err("sum_mismatch", "project count")
    unit, hh, boxes, hh_avg, ylast, unit0, box0, sub0 = c.one(
        r"按每箱" + N + r"元的标准，对全区" + N + r"户蜂农存栏的" + N + r"箱中蜂进行补助，户均补助" + N + r"元；上年（(\d{4})年）补助标准为每箱" +
        N + r"元，补助" + N + r"箱，补助资金" + N + "万元")
    c.product(plist[1], unit, boxes, "养殖补助 = 每箱80元 × 箱数")
    c.avg(hh_avg, dec(plist[1]) * 10000, dec(hh), "户均补助")
    c.year(ylast, Y - 1, "上年")
    c.product(sub0, unit0, box0, "上年补助")
    wts = c.one(r"分值分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分")
    _, rows = c.table("一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分")
    tot = [x for x in rows if x[0] == "合计"][0]
    total, grade, *bs = c.one(r"自评得分" + N + r"分，评价等级为" + GRADE + r"。其中预算执行得" + N + r"分，产出指标得" + N +
                              r"分，效益指标得" + N + r"分，满意度指标得" + N + "分")
    blocks = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    ind = c.indicators(rows, {"l1": 0, "name": 2, "t": 4, "a": 5, "w": 3, "s": 6}, totals=(tot[6], total),
                       total_weight=tot[3], block_weights=dict(zip(blocks, wts)), block_scores=dict(zip(blocks, bs)))
    c.grade(total, grade, "conclusion")
    c.grade(tot[6], grade, "table total vs grade")
    a = lambda n: c.value(ind[n]["a"])[1]
    t = lambda n: c.value(ind[n]["t"])[1]
    c.rate(a("部门整体预算执行率"), dec(spent), dec(annual), "自评表 执行率")
    queen, box2, lots, timely, timely_t = c.one(
        r"推广中蜂良种蜂王" + N + r"只，补助中蜂" + N + r"箱；抽检蜂蜜样品(\d+)批次，全部合格；.{0,30}?兑付及时率为" + N + r"%，低于" + N +
        "%的年度目标")
    c.same("良种蜂王", a("推广中蜂良种蜂王数量"), queen)
    c.same("补助箱数", a("补助中蜂箱数"), boxes, box2)
    c.same("抽检合格率 (全部合格)", a("蜂产品抽检合格率"), "100")
    c.same("兑付及时率", a("补助资金兑付及时率"), timely)
    c.same("兑付及时率目标", t("补助资金兑付及时率"), timely_t)
    inc, inc0, g, hh2 = c.one(r"户均养蜂收入" + N + r"万元，较上年的" + N + r"万元增长" + N + r"%；带动农户" + N + "户")
    c.same("户均养蜂收入", a("蜂农户均养蜂收入"), inc)
    c.growth(g, dec(inc), dec(inc0), "户均收入增长")
    c.same("带动农户", a("带动农户养蜂户数"), hh, hh2)
    valid, sat_n, sat = c.one(r"回收有效问卷" + N + r"份，其中满意" + N + r"份，满意度" + N + "%")
    c.rate(sat, dec(sat_n), dec(valid), "满意度 (survey)")
    c.same("满意度", a("蜂农满意度"), sat)
    nitems, *scores, mean = c.one(r"中心(\d+)个项目均按要求开展了单位自评，自评得分分别为" + N + r"分、" + N + r"分、" + N + r"分、" + N +
                                  r"分，平均得分" + N + "分")
    if int(nitems) != len(scores):
        c.err("average_mismatch", "number of project scores")
    c.mean(mean, scores, "项目平均自评得分")
    c.rate(c.one(r"项目支出执行率为" + N + "%"), dec(proj_s), dec(proj), "项目支出执行率 (problems)")


def luoping(c):
    Y = 2019
    c.year(c.one(r"^罗平县农业农村局\n(\d{4})年度蜂产业"), Y, "title")
    annual, prov, cnty, own = c.one(r"项目全年预算" + N + r"万元，其中省级高原特色农业（蜂产业）专项资金" + N + r"万元、县级财政配套资金" +
                                    N + r"万元、蜂农自筹资金" + N + "万元")
    c.sum(annual, [prov, cnty, own], "全年预算 = 省级 + 县级 + 自筹")
    c.year(c.one(r"省级资金于(\d{4})年12月提前下达"), Y - 1, "advance issue in December of the previous year")
    c.year(c.one(r"县级配套资金于(\d{4})年\d+月拨付到位"), Y, "county funds issued")
    c.report_date(Y)
    r = c.shanxi_funds("项目\t行次\t合计\t省级\t县级\t其他资金")
    bud, rec, spent_row, bal_row = r["全年预算资金"], r["实际到位资金"], r["全年执行资金"], r["资金结余"]
    c.same("全年预算", annual, bud[2])
    c.same("省级预算", prov, bud[3])
    c.same("县级预算", cnty, bud[4])
    c.same("自筹", own, bud[5])
    yend, spent, erate, bal = c.one(r"截至(\d{4})年12月31日，项目资金全部到位，实际支出" + N + r"万元，预算执行率" + N + r"%；年末结余" +
                                    N + "万元")
    c.year(yend, Y, "截至 date")
    c.rate("100", dec(rec[2]), dec(bud[2]), "资金全部到位 ⇒ 到位 = 预算")
    c.same("实际支出", spent, spent_row[2])
    c.rate(erate, dec(spent), dec(bud[2]), "执行率 (text)")
    c.balance(bal, rec[2], spent, "年末结余 (text)")
    c.same("县级结余", bal, bal_row[4])
    items = c.one(r"资金使用分别为：支付定地蜂农养殖补助" + N + r"万元，采购活框蜂箱及摇蜜机" + N + r"万元（其中蜂农自筹" + N +
                  r"万元），建设蜂产品交易集散点" + N + r"万元，支付养蜂技术培训费" + N + "万元")
    c.sum(spent, [items[0], items[1], items[3], items[4]], "分别为 list = 实际支出")
    c.same("蜂农自筹 (spent)", items[2], spent_row[5])
    if dec(items[2]) > dec(items[1]):
        c.err("sum_mismatch", "自筹 part larger than the item it belongs to")
    (unit, hh, boxes, hh_avg, box_avg, ylast, hh0, box0, sub0, dhh, dbox) = c.one(
        r"按每箱" + N + r"元的标准执行，全年补助定地养蜂户" + N + r"户、蜂群" + N + r"箱，户均补助" + N + r"元、户均" + N + r"箱；(\d{4})年补助" +
        N + r"户、" + N + r"箱，补助资金" + N + r"万元，本年补助户数和箱数分别增加" + N + r"户和" + N + "箱")
    c.product(items[0], unit, boxes, "养殖补助 = 每箱120元 × 箱数")
    c.avg(hh_avg, dec(items[0]) * 10000, dec(hh), "户均补助")
    c.avg(box_avg, dec(boxes), dec(hh), "户均箱数")
    c.year(ylast, Y - 1, "上年")
    c.product(sub0, unit, box0, "上年补助")
    c.diff(dhh, hh, hh0, "户数增加")
    c.diff(dbox, boxes, box0, "箱数增加")
    wts = c.one(r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    total, grade = c.one(r"项目总得分" + N + r"分，评价等级为“" + GRADE + "”")
    hdr = "三级指标\t权重\t目标值\t业绩值\t完成率\t得分"
    rows = []
    blocks = [("（一）预算执行情况", "预算执行"), ("（二）项目产出情况", "产出指标"), ("（三）项目效益情况", "效益指标"),
              ("（四）满意度情况", "满意度指标")]
    allrows = []
    for title, blk in blocks:
        _, rs = c.table(hdr, title)
        allrows += [(blk, x) for x in rs]
    items_ind = {}
    # run the row checks block by block, then the sums over all blocks
    lv = []
    for blk, x in allrows:
        lv.append([blk] + x)
    ind = c.indicators(lv, {"l1": 0, "name": 1, "w": 2, "t": 3, "a": 4, "c": 5, "s": 6}, totals=(total,),
                       block_weights=dict(zip(["预算执行", "产出指标", "效益指标", "满意度指标"], wts)))
    c.grade(total, grade, "总得分 / 等级")
    a = lambda n: c.value(ind[n]["a"])[1]
    t = lambda n: c.value(ind[n]["t"])[1]
    c.rate(a("预算执行率"), dec(spent_row[2]), dec(bud[2]), "自评表 执行率")
    g = c.one(r"全年补助蜂群不少于" + N + r"箱，发放活框蜂箱不少于" + N + r"个，培训蜂农不少于" + N + r"人次；项目区蜂农户均增收不少于" + N +
              r"元，带动建档立卡贫困户不少于" + N + r"户，蜂农满意度不低于" + N + "%")
    for v, n in zip(g, ["补助蜂群数量", "发放活框蜂箱", "技术培训人次", "蜂农户均增收", "带动贫困户养蜂", "蜂农满意度"]):
        c.same(f"target {n}", t(n), v)
    c.same("每箱补助标准", t("每箱补助标准"), a("每箱补助标准"), unit)
    hh2, box2, hives, nses, trained, per, tcomp = c.one(
        r"全年补助定地养蜂户" + N + r"户、蜂群" + N + r"箱，发放活框蜂箱" + N + r"个；举办养蜂技术培训班(\d+)期，培训蜂农" + N +
        r"人次，每期平均培训" + N + r"人次，完成年度培训目标的" + N + "%")
    c.same("补助户数", hh, hh2)
    c.same("补助箱数", a("补助蜂群数量"), boxes, box2)
    c.same("活框蜂箱", a("发放活框蜂箱"), hives)
    c.same("培训人次", a("技术培训人次"), trained)
    c.avg(per, dec(trained), dec(nses), "每期平均培训")
    if not ok(tcomp, dec(trained) / dec(t("技术培训人次")) * 100):
        c.err("completion_mismatch", "培训 completion (text)")
    inc, inc0, dinc, poor, rich = c.one(r"户均增收" + N + r"元，较上年的" + N + r"元增加" + N + r"元；带动建档立卡贫困户" + N +
                                        r"户发展养蜂，其中" + N + "户")
    c.same("户均增收", a("蜂农户均增收"), inc)
    c.diff(dinc, inc, inc0, "户均增收增加")
    c.same("带动贫困户", a("带动贫困户养蜂"), poor)
    if dec(rich) > dec(poor):
        c.err("sum_mismatch", "其中 part larger than its whole")
    valid, sat_n, sat = c.one(r"回收有效问卷" + N + r"份，其中满意" + N + r"份，蜂农满意度" + N + "%")
    c.rate(sat, dec(sat_n), dec(valid), "满意度 (survey)")
    c.same("满意度", a("蜂农满意度"), sat)


def raohe(c):
    Y = 2025
    c.year(c.one(r"^饶河县农业农村局\n(\d{4})年度东北黑蜂"), Y, "title")
    c.report_date(Y)
    annual, prov, cnty, own = c.one(r"项目全年预算" + N + r"万元，其中省级东北黑蜂保护专项资金" + N + r"万元、县级配套资金" + N +
                                    r"万元、县东北黑蜂养殖专业合作社联合社自筹资金" + N + r"万元。自筹资金为年中追加")
    c.sum(annual, [prov, cnty, own], "全年预算 = 省级 + 县级 + 自筹")
    r = c.shanxi_funds("项目\t行次\t合计\t中央\t省级\t县级\t其他资金")
    ini_row, bud, rec, spent_row, bal_row = (r["年初预算资金"], r["全年预算资金"], r["实际到位资金"], r["全年执行资金"], r["资金结余"])
    c.sum(bud[2], [ini_row[2], own], "全年 = 年初 + 年中追加自筹")
    c.same("全年预算", annual, bud[2])
    c.same("省级", prov, bud[4])
    c.same("县级", cnty, bud[5])
    c.same("自筹", own, bud[6])
    yend, spent, erate, bal, bal_p, bal_c, ygo = c.one(
        r"截至(\d{4})年12月31日，项目资金全部到位，全年支出" + N + r"万元，预算执行率" + N + r"%。年末结余" + N + r"万元，其中省级资金" + N +
        r"万元为.{0,20}?、县级资金" + N + r"万元为.{0,20}?，均结转至(\d{4})年")
    c.year(yend, Y, "截至 date")
    c.year(ygo, Y, "结转 target year", later=True)
    c.rate("100", dec(rec[2]), dec(bud[2]), "资金全部到位 ⇒ 到位 = 预算")
    c.same("全年支出", spent, spent_row[2])
    c.rate(erate, dec(spent), dec(bud[2]), "执行率 (text)")
    c.balance(bal, rec[2], spent, "年末结余 (text)")
    c.sum(bal, [bal_p, bal_c], "结余 = 省级 + 县级")
    c.same("省级结余", bal_p, bal_row[4])
    c.same("县级结余", bal_c, bal_row[5])
    items = c.one(r"全年支出分别为：支付东北黑蜂养殖补助资金" + N + r"万元，采购黑蜂良种蜂王及标准蜂箱" + N + r"万元，建设黑蜂保种场越冬室" + N +
                  r"万元，支付蜂病防控及种群纯度检测费用" + N + "万元")
    c.sum(spent, list(items), "分别为 list = 全年支出")
    (unit, hh, boxes, hh_avg, box_avg, ylast, hh0, box0, sub0, dbox, percost) = c.one(
        r"按每箱" + N + r"元的标准兑付，全年补助蜂农" + N + r"户、东北黑蜂" + N + r"箱，户均补助" + N + r"元、户均饲养" + N +
        r"箱。上年（(\d{4})年）补助" + N + r"户、" + N + r"箱，补助资金" + N + r"万元；本年补助箱数增加" + N +
        r"箱。蜂病防控及检测费用按箱核算，单箱成本" + N + "元")
    c.product(items[0], unit, boxes, "养殖补助 = 每箱160元 × 箱数")
    c.avg(hh_avg, dec(items[0]) * 10000, dec(hh), "户均补助")
    c.avg(box_avg, dec(boxes), dec(hh), "户均饲养箱数")
    c.year(ylast, Y - 1, "上年")
    c.product(sub0, unit, box0, "上年补助")
    c.diff(dbox, boxes, box0, "箱数增加")
    c.avg(percost, dec(items[3]) * 10000, dec(boxes), "单箱防控检测成本")
    p, e, x, tot_w = c.one(r"产出指标(\d+)分、效益指标(\d+)分设置，预算执行率(\d+)分，合计(\d+)分")
    _, rows = c.table("一级指标\t二级指标\t三级指标\t指标性质\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析")
    tot = [q for q in rows if q[0] == "合计"][0]
    be, bp, bb, total, grade = c.one(r"预算执行得分" + N + r"分，产出指标得分" + N + r"分，效益指标得分" + N + r"分，总得分" + N +
                                     r"分，评价等级为" + GRADE)
    ind = c.indicators(rows, {"l1": 0, "name": 2, "dir": 3, "t": 4, "a": 5, "w": 6, "s": 7}, totals=(tot[7], total),
                       total_weight=tot[6], block_weights={"产出指标": p, "效益指标": e, "预算执行": x},
                       block_scores={"预算执行": be, "产出指标": bp, "效益指标": bb})
    if dec(tot_w) != dec(p) + dec(e) + dec(x):
        c.err("weight_sum_mismatch", "stated 合计 ≠ Σ stated weights")
    c.grade(total, grade, "conclusion")
    c.grade(tot[7], grade, "table total vs grade")
    a = lambda n: c.value(ind[n]["a"])[1]
    t = lambda n: c.value(ind[n]["t"])[1]
    c.rate(a("预算执行率"), dec(spent_row[2]), dec(bud[2]), "自评表 执行率")
    c.same("单箱成本", a("蜂病防控检测单箱成本"), percost)
    g = c.one(r"补助东北黑蜂不少于" + N + r"箱、蜂农不少于" + N + r"户，推广良种蜂王不少于" + N + r"只，种群纯度检测合格率不低于" + N +
              r"%；参与蜂农蜂蜜总产量不少于" + N + r"吨，带动脱贫户及监测户不少于" + N + "户")
    for v, n in zip(g, ["黑蜂养殖补助箱数", "补助蜂农户数", "推广黑蜂良种蜂王", "种群纯度检测合格率", "参与蜂农蜂蜜总产量", "带动脱贫户及监测户"]):
        c.same(f"target {n}", t(n), v)
    box2, hh2, queen, qcomp = c.one(r"补助东北黑蜂" + N + r"箱、蜂农" + N + r"户，均超额完成；推广黑蜂良种蜂王" + N + r"只，完成率" + N + "%")
    c.same("补助箱数", a("黑蜂养殖补助箱数"), boxes, box2)
    c.same("补助户数", a("补助蜂农户数"), hh, hh2)
    c.same("良种蜂王", a("推广黑蜂良种蜂王"), queen)
    if not ok(qcomp, dec(queen) / dec(t("推广黑蜂良种蜂王")) * 100):
        c.err("completion_mismatch", "蜂王 completion (text)")
    c.same("纯度合格率", a("种群纯度检测合格率"), c.one(r"种群纯度检测合格率" + N + "%；越冬室"))
    honey, honey0, g2, poor = c.one(r"蜂蜜总产量" + N + r"吨，较上年的" + N + r"吨增长" + N + r"%；带动脱贫户及监测户" + N + "户")
    c.same("蜂蜜产量", a("参与蜂农蜂蜜总产量"), honey)
    c.growth(g2, dec(honey), dec(honey0), "产量增长")
    c.same("带动脱贫户", a("带动脱贫户及监测户"), poor)


def jiangshan(c):
    Y = 2022
    c.year(c.one(r"^江山市农业农村局\n(\d{4})年度蜂业"), Y, "title")
    c.year(c.one(r"项目实施期为(\d{4})年1月至12月"), Y, "implementation period")
    c.report_date(Y)
    (y1, ini, prov, city, add, annual, yend, spent, erate, unspent, ygo) = c.one(
        r"(\d{4})年项目年初预算" + N + r"万元，其中省级蜂业提升专项资金" + N + r"万元、市级财政资金" + N + r"万元；年中市级追加" + N +
        r"万元用于蜂产品质量追溯平台建设，全年预算" + N + r"万元。截至(\d{4})年12月31日，全年执行" + N + r"万元，执行率" + N +
        r"%。未执行的" + N + r"万元为.{0,40}?结转至(\d{4})年")
    c.year(y1, Y, "budget year")
    c.year(yend, Y, "截至 date")
    c.year(ygo, Y, "结转 target year", later=True)
    c.sum(ini, [prov, city], "年初 = 省级 + 市级")
    c.sum(annual, [ini, add], "全年 = 年初 + 追加")
    c.rate(erate, dec(spent), dec(annual), "执行率 (text)")
    c.balance(unspent, annual, spent, "未执行")
    items = c.one(r"全年资金分别为：支付规模蜂场养殖补助" + N + r"万元，支付蜂机具购置补助" + N + r"万元，建设蜂产品质量追溯平台" + N +
                  r"万元，支付蜜源植物种植补助" + N + "万元")
    c.sum(spent, list(items), "分别为 list = 全年执行")
    (unit, hh, boxes, hh_avg, hh0, box0, sub0, machines, per_machine) = c.one(
        r"按每箱" + N + r"元标准兑付，全年补助养蜂户" + N + r"户、蜂群" + N + r"箱，户均补助" + N + r"元；上年补助" + N + r"户、" + N +
        r"箱，补助资金" + N + r"万元。蜂机具补助" + N + r"台（套），平均每台（套）补助" + N + "元")
    c.product(items[0], unit, boxes, "养殖补助 = 每箱50元 × 箱数")
    c.avg(hh_avg, dec(items[0]) * 10000, dec(hh), "户均补助")
    c.product(sub0, unit, box0, "上年补助")
    c.avg(per_machine, dec(items[1]) * 10000, dec(machines), "每台（套）平均补助")
    f = c.mof_funds()
    c.same("年初预算", ini, f["初"])
    c.same("全年预算", annual, f["全"])
    c.same("全年执行", spent, f["执"])
    wts = c.one(r"自评表中预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    _, rows = c.table("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分\t偏差原因分析及改进措施")
    tot = [q for q in rows if q[0] == "合计"][0]
    *bs, total, grade = c.one(r"预算执行得分" + N + r"分，产出指标得分" + N + r"分，效益指标得分" + N + r"分，满意度指标得分" + N +
                              r"分，自评总分" + N + r"分，评价等级为" + GRADE)
    blocks = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    ind = c.indicators(rows, {"l1": 0, "name": 2, "t": 3, "a": 4, "c": 5, "w": 6, "s": 7}, exec_w=f["w"], exec_s=f["s"],
                       totals=(tot[7], total), total_weight=tot[6], block_weights=dict(zip(blocks, wts)),
                       block_scores=dict(zip(blocks, bs)))
    c.grade(total, grade, "conclusion")
    c.grade(tot[7], grade, "table total vs grade")
    a = lambda n: c.value(ind[n]["a"])[1]
    t = lambda n: c.value(ind[n]["t"])[1]
    g = c.one(r"补助规模蜂场蜂群不少于" + N + r"箱，补助蜂机具不少于" + N + r"台（套），新增蜜源植物种植" + N + r"亩，蜂产品抽检合格率不低于" + N +
              r"%，全市蜂产品综合产值不低于" + N + r"亿元，蜂农满意度不低于" + N + "%")
    for v, n in zip(g, ["规模蜂场养殖补助箱数", "蜂机具补助台（套）数", "蜜源植物种植面积", "蜂产品抽检合格率", "全市蜂产品综合产值", "蜂农满意度"]):
        c.same(f"target {n}", t(n), v)
    c.same("补助标准", t("每箱养殖补助标准"), a("每箱养殖补助标准"), unit)
    c.same("蜂机具台套", a("蜂机具补助台（套）数"), machines)
    c.diff(c.one(r"秋季干旱，" + N + "亩推迟"), t("蜜源植物种植面积"), a("蜜源植物种植面积"), "推迟种植面积")
    (box2, bcomp, mcomp, area, lots, okl, qrate, gdp, gdp_wan, gdp0, g3, surveyed, sat_n, sat, hh2) = c.one(
        r"覆盖蜂群" + N + r"箱，完成年度目标的" + N + r"%；蜂机具补助完成" + N + r"%；蜜源植物种植完成" + N + r"亩；蜂产品抽检" + N +
        r"批次，合格" + N + r"批次，合格率" + N + r"%。全市蜂产品综合产值" + N + r"亿元（" + N + r"万元），较上年的" + N + r"亿元增长" + N +
        r"%。抽样调查蜂农" + N + r"户，满意" + N + r"户，满意度" + N + r"%。受益养蜂户" + N + "户")
    c.same("补助箱数", a("规模蜂场养殖补助箱数"), boxes, box2)
    if not ok(bcomp, dec(box2) / dec(t("规模蜂场养殖补助箱数")) * 100):
        c.err("completion_mismatch", "箱数 completion (text)")
    if not ok(mcomp, dec(a("蜂机具补助台（套）数")) / dec(t("蜂机具补助台（套）数")) * 100):
        c.err("completion_mismatch", "蜂机具 completion (text)")
    c.same("蜜源面积", a("蜜源植物种植面积"), area)
    c.rate(qrate, dec(okl), dec(lots), "抽检合格率 (text)")
    c.same("抽检合格率", a("蜂产品抽检合格率"), qrate)
    c.same("综合产值", a("全市蜂产品综合产值"), gdp)
    c.same("综合产值 (亿元 vs 万元)", dec(gdp) * 10000, dec(gdp_wan))
    c.growth(g3, dec(gdp), dec(gdp0), "产值增长")
    c.rate(sat, dec(sat_n), dec(surveyed), "满意度 (survey)")
    c.same("满意度", a("蜂农满意度"), sat)
    c.same("受益养蜂户", hh, hh2)
    c.rate(c.one(r"一是预算执行率" + N + "%"), dec(spent), dec(annual), "执行率 (problems)")
    cov, cov_t = c.one(r"覆盖规模蜂场比例仅为" + N + r"%，与" + N + "%的目标")
    c.same("覆盖比例", a("追溯平台覆盖规模蜂场比例"), cov)
    c.same("覆盖比例目标", t("追溯平台覆盖规模蜂场比例"), cov_t)


PROJECT_CHECKERS = {
    "tonggu-zhongfeng-2021": tonggu,
    "shennongjia-fengye-2023": shennongjia,
    "luoping-mifeng-2019": luoping,
    "raohe-heifeng-2025": raohe,
    "jiangshan-fengye-2022": jiangshan,
}


def check_text(source, text):
    c = Checker(text)
    PROJECT_CHECKERS[source](c)
    return c


def edit_span(a, b):
    """Smallest single edit turning a into b: (start, end_in_a, end_in_b)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    if len(labels) != 35:
        problems.append(f"labels.jsonl has {len(labels)} lines, expected 35")
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    files = sorted(os.listdir(CASES))
    if files != sorted(texts):
        problems.append("cases/ and labels.jsonl list different files")
    clean_of = {r["source"]: texts[r["case"]] for r in labels if r["clean"]}
    if len(clean_of) != 5:
        problems.append("expected five clean drafts")
    counts = {code: 0 for code in CODES}
    for rec in labels:
        name, text, src = rec["case"], texts[rec["case"]], rec["source"]
        if set(rec) != {"case", "source", "clean", "expected"}:
            problems.append(f"{name}: label keys {sorted(rec)}")
        try:
            c = check_text(src, text)
        except ParseError as exc:
            problems.append(f"{name}: cannot read figures: {exc}")
            continue
        found = {code for code, _ in c.errors}
        if rec["clean"]:
            if not name.endswith("-clean.txt") or rec["expected"]:
                problems.append(f"{name}: clean label malformed")
            if not 1500 <= len(text) <= 5000:
                problems.append(f"{name}: {len(text)} characters")
            for code, msg in c.errors + c.warnings:
                problems.append(f"{name}: clean draft fails {code}: {msg}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        if set(exp) != {"code", "severity", "value", "explanation"} or exp["severity"] != "error":
            problems.append(f"{name}: label entry malformed")
        code, value = exp["code"], exp["value"]
        if code not in CODES:
            problems.append(f"{name}: unknown code {code}")
            continue
        counts[code] += 1
        if found != {code}:
            problems.append(f"{name}: labelled {code}, checker finds {sorted(found)}: {c.errors}")
        n = text.count(value)
        if n != 1:
            problems.append(f"{name}: value occurs {n} times: {value!r}")
            continue
        clean = clean_of[src]
        start, end_clean, end_case = edit_span(clean, text)
        if end_clean - start > 40 or end_case - start > 40 or end_case <= start and end_clean <= start:
            problems.append(f"{name}: edit spans {end_clean - start}/{end_case - start} characters")
        if clean[:start] + text[start:end_case] + clean[end_clean:] != text:
            problems.append(f"{name}: not a single contiguous edit")
        vs = text.index(value)
        ve = vs + len(value)
        es, ee = start, max(end_case, start + 1)
        if not (vs < ee and es < ve):
            problems.append(f"{name}: value {value!r} does not overlap the edit at [{es},{ee})")
    for code, n in counts.items():
        if n < 2:
            problems.append(f"code {code} labelled {n} times (need ≥ 2)")
    if sum(counts.values()) != 30:
        problems.append(f"{sum(counts.values())} error labels, expected 30")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("per code: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print("OK")


if __name__ == "__main__":
    main()
