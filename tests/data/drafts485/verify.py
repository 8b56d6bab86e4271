#!/usr/bin/env python3
"""Verify drafts485: re-read every figure from each case's text and redo its arithmetic.

Standard library + decimal only.  For every case in labels.jsonl the draft-specific check function
below extracts the figures (regular expressions on the prose, cell splitting on the tables) and
re-computes every identity of rules.md §7 with the tolerance of §8.  Each failed identity is tagged
with the error code errors.md assigns to it.

Requirements checked:
  * every clean draft fails no check (and raises no warning);
  * every error case fails exactly its labelled code and no other code;
  * each label value occurs exactly once in its case and overlaps the single contiguous edit
    (<= 40 characters on each side) that turns the clean draft into the case;
  * every code of errors.md §A is labelled at least twice.
Prints OK on success, otherwise the problems and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
EPS = Decimal("1e-9")
MONEY = {"万元": Decimal(1), "元": Decimal("0.0001"), "亿元": Decimal(10000)}
RESCALE = [Decimal("1e4"), Decimal("1e-4"), Decimal("1e8"), Decimal("1e-8")]
NUM_RE = re.compile(r"^\s*(?:约|近)?\s*(?P<sign>[≥≤=＞＜><]*)\s*(?P<num>-?\d+(?:\.\d+)?)\s*(?P<unit>.*?)\s*$")


class ParseError(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# numbers

class V:
    """A stated figure: value in its base unit (万元 for money), tolerance, unit, sign, raw text."""

    def __init__(self, raw):
        self.raw = raw
        m = NUM_RE.match(raw)
        if not m:
            raise ParseError(f"not a number: {raw!r}")
        num = m.group("num")
        self.sign = m.group("sign")
        unit = m.group("unit")
        if unit.startswith("%"):
            unit = "%"
        self.d = len(num.split(".")[1]) if "." in num else 0
        scale = MONEY.get(unit, Decimal(1))
        self.money = unit in MONEY
        self.unit = "万元" if self.money else unit
        self.value = Decimal(num) * scale
        self.tol = Decimal("0.5") * Decimal(10) ** (-self.d) * scale + EPS

    def __repr__(self):
        return self.raw


def v(x):
    return x if isinstance(x, V) else V(x)


def is_num(s):
    return bool(NUM_RE.match(s))


def ok(stated, computed):
    stated = v(stated)
    return abs(Decimal(computed) - stated.value) <= stated.tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------------------------
# the check collector

class C:
    def __init__(self, text):
        self.t = text
        self.fails = []   # (code, message)
        self.warns = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, msg):
        self.warns.append(msg)

    # --- extraction
    def one(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"{len(ms)} matches for {pattern!r}")
        return ms[0]

    def row(self, label):
        """Cells of the unique table line whose first cell is label."""
        found = []
        for line in self.t.split("\n"):
            cells = split_cells(line)
            if cells and len(cells) > 1 and cells[0] == label:
                found.append(cells)
        if len(found) != 1:
            raise ParseError(f"{len(found)} table rows labelled {label!r}")
        return found[0]

    # --- identities
    def same(self, a, b, what):
        """Two statements of one quantity (I11)."""
        a, b = v(a), v(b)
        if a.unit != b.unit:
            self.fail("unit_mismatch", f"{what}: {a.raw} vs {b.raw} (units differ)")
            return
        if abs(a.value - b.value) <= max(a.tol, b.tol):
            return
        if a.money and any(abs(a.value * f - b.value) <= max(a.tol * f, b.tol) or
                           abs(a.value - b.value * f) <= max(a.tol, b.tol * f) for f in RESCALE):
            self.fail("unit_mismatch", f"{what}: {a.raw} vs {b.raw} (off by a power of ten)")
            return
        self.fail("conflicting_values", f"{what}: {a.raw} vs {b.raw}")

    def total(self, stated, parts, what, code="sum_mismatch"):
        """stated total = sum of stated parts (I4); a single amount off by 10^4/10^8 -> unit_mismatch."""
        stated = v(stated)
        parts = [v(p) for p in parts]
        vals = [p.value for p in parts]
        if abs(sum(vals) - stated.value) <= stated.tol:
            return
        if stated.money or any(p.money for p in parts):
            for f in RESCALE:
                if abs(sum(vals) - stated.value * f) <= stated.tol * f:
                    self.fail("unit_mismatch", f"{what}: total {stated.raw} off by a power of ten")
                    return
                for k, p in enumerate(parts):
                    if p.money and abs(sum(vals) - p.value + p.value * f - stated.value) <= stated.tol:
                        self.fail("unit_mismatch", f"{what}: part {p.raw} off by a power of ten")
                        return
        self.fail(code, f"{what}: {' + '.join(p.raw for p in parts)} = {sum(vals)}, stated {stated.raw}")

    def diff(self, stated, a, b, what, code="balance_mismatch"):
        """stated = a - b (I3, or an increment)."""
        stated, a, b = v(stated), v(a), v(b)
        comp = a.value - b.value
        if abs(comp - stated.value) <= stated.tol:
            return
        if stated.money:
            for f in RESCALE:
                if abs(comp - stated.value * f) <= stated.tol * f:
                    self.fail("unit_mismatch", f"{what}: {stated.raw} off by a power of ten")
                    return
        self.fail(code, f"{what}: {a.raw} - {b.raw} = {comp}, stated {stated.raw}")

    def rate(self, stated, num, den, what):
        """stated percentage = num / den (I1, I2, I5)."""
        s = stated.strip()
        num, den = v(num), v(den)
        if den.value == 0:
            if s in ("—", "-", "0", "0%", "0.00%"):
                return
            self.fail("implausible_rate", f"{what}: rate {s} on a zero base")
            return
        if s in ("—", "-"):
            self.fail("rate_mismatch", f"{what}: rate missing although base {den.raw} > 0")
            return
        sv = v(s)
        comp = num.value / den.value * 100
        if sv.value > 100 + sv.tol:
            self.fail("implausible_rate", f"{what}: rate {s} above 100%")
            return
        if ok(sv, comp):
            return
        for f in RESCALE:
            if ok(sv, num.value * f / den.value * 100) or ok(sv, num.value / (den.value * f) * 100):
                self.fail("unit_mismatch", f"{what}: an amount of {num.raw}/{den.raw} off by a power of ten")
                return
        self.fail("rate_mismatch", f"{what}: {num.raw}/{den.raw} = {r2(comp)}%, stated {s}")

    def average(self, stated, total_, n, what):
        stated, total_ = v(stated), v(total_)
        comp = total_.value / Decimal(n)
        if ok(stated, comp):
            return
        self.fail("average_mismatch", f"{what}: {total_.raw}/{n} = {comp}, stated {stated.raw}")

    def product(self, stated, factors, what, unit_scale=Decimal(1)):
        """stated = product of counts and a per-unit standard (in the unit given by unit_scale)."""
        stated = v(stated)
        comp = Decimal(1)
        for f in factors:
            comp *= Decimal(f)
        comp *= unit_scale
        if ok(stated, comp):
            return
        if stated.money:
            for f in RESCALE:
                if abs(comp - stated.value * f) <= stated.tol * f:
                    self.fail("unit_mismatch", f"{what}: {stated.raw} off by a power of ten")
                    return
        self.fail("sum_mismatch", f"{what}: product {comp}, stated {stated.raw}")

    def year(self, pattern, rel, Y, what):
        """rel: 'eq' (= Y), 'prev' (= Y-1), 'after' (> Y), 'report' (Y or Y+1), 'issued' (Y, or Dec of Y-1),
        'notafter' (<= Y)."""
        m = self.one(pattern)
        y = int(m.group(1))
        good = {"eq": y == Y, "prev": y == Y - 1, "after": y > Y, "report": y in (Y, Y + 1),
                "notafter": y <= Y}.get(rel)
        if rel == "issued":
            month = int(m.group(2))
            good = y == Y or (y == Y - 1 and month == 12)
        if not good:
            self.fail("year_mismatch", f"{what}: year {y} against evaluation year {Y} ({rel})")

    def grade(self, total_, word, what):
        t = v(total_).value
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        names = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
                 "合格": "中", "差": "差", "较差": "差", "不合格": "差"}
        if names.get(word) != band:
            self.fail("grade_mismatch", f"{what}: {total_} is {band}, stated {word}")


def split_cells(line):
    if "｜" in line:
        return [c.strip() for c in line.split("｜")]
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    return []


def listing(s):
    """Items of a 分别 enumeration: '96.00万元、58.32万元和30.00万元'."""
    return [x for x in re.split(r"、|和", s) if x]


# ----------------------------------------------------------------------------------------------
# generic tables

def funds_block(c, labels, cols=("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")):
    """MOF funds block: first label is the total row, the others its components.
    Returns {label: {col: cell}}."""
    rows = {}
    for lab in labels:
        cells = c.row(lab)
        if len(cells) != len(cols) + 1:
            raise ParseError(f"funds row {lab!r} has {len(cells)} cells")
        rows[lab] = dict(zip(cols, cells[1:]))
        for col in ("年初预算数", "全年预算数", "全年执行数"):  # the block is headed （万元）
            rows[lab][col] += "万元"
    tot, comps = labels[0], labels[1:]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        c.total(rows[tot][col], [rows[k][col] for k in comps], f"funds {col}: {tot} = Σ components")
    for lab in labels:
        c.rate(rows[lab]["执行率"], rows[lab]["全年执行数"], rows[lab]["全年预算数"], f"funds {lab} 执行率")
    w, s = v(rows[tot]["分值"]), v(rows[tot]["得分"])
    if s.value > w.value or s.value < 0:
        c.fail("score_exceeds_weight", f"execution score {s.raw} outside [0, {w.raw}]")
    b, e = v(rows[tot]["全年预算数"]), v(rows[tot]["全年执行数"])
    if b.value:
        exact = w.value * min(Decimal(1), e.value / b.value)
        printed = w.value * min(Decimal(1), v(rows[tot]["执行率"]).value / 100)
        if not (ok(s, exact) or ok(s, printed)):
            c.warn(f"execution score {s.raw} vs {r2(exact)}")
    return rows


def direction(sign):
    if any(ch in sign for ch in "≥＞>"):
        return "gte"
    if any(ch in sign for ch in "≤＜<"):
        return "lte"
    return "eq"


def indicator_table(c, extra=None, total_labels=("总分", "合计")):
    """Generic 自评表 indicator block.  extra = (weight, score) of an execution line kept outside the
    block (MOF funds block).  Returns (rows by name, level sums {level1: [weight, score]}, total row)."""
    lines = c.t.split("\n")
    starts = [i for i, l in enumerate(lines) if split_cells(l)[:1] == ["一级指标"]]
    if len(starts) != 1:
        raise ParseError(f"{len(starts)} indicator headers")
    head = split_cells(lines[starts[0]])

    def col(*names):
        for n in names:
            if n in head:
                return head.index(n)
        return None

    i_t, i_a = col("年度指标值", "指标值"), col("实际完成值", "完成值")
    i_c, i_w, i_s = col("完成率"), col("分值", "权重"), col("得分")
    rows, levels, order = {}, {}, []
    l1 = l2 = ""
    total_row = None
    for line in lines[starts[0] + 1:]:
        cells = split_cells(line)
        if not cells:
            break
        if cells[0] in total_labels:
            total_row = cells
            break
        if len(cells) != len(head):
            raise ParseError(f"row with {len(cells)} cells: {line!r}")
        l1 = cells[0] or l1
        l2 = cells[1] or l2
        name = cells[2]
        r = {"l1": l1, "l2": l2, "name": name, "target": cells[i_t], "actual": cells[i_a],
             "completion": cells[i_c] if i_c is not None else None,
             "weight": v(cells[i_w]), "score": v(cells[i_s])}
        rows[name] = r
        order.append(name)
        lv = levels.setdefault(l1, [Decimal(0), Decimal(0)])
        lv[0] += r["weight"].value
        lv[1] += r["score"].value
        check_indicator(c, r)
    if total_row is None:
        raise ParseError("no total row")
    tw, ts = v(total_row[i_w]), v(total_row[i_s])
    sw = sum(r["weight"].value for r in rows.values()) + (v(extra[0]).value if extra else 0)
    ss = sum(r["score"].value for r in rows.values()) + (v(extra[1]).value if extra else 0)
    if sw != tw.value or tw.value != 100:
        c.fail("weight_sum_mismatch", f"weights sum to {sw}, total row {tw.raw}")
    if not ok(ts, ss):
        c.fail("score_sum_mismatch", f"scores sum to {ss}, total row {ts.raw}")
    return rows, levels, ts


def check_indicator(c, r):
    w, s, name = r["weight"], r["score"], r["name"]
    if s.value > w.value or s.value < 0:
        c.fail("score_exceeds_weight", f"{name}: score {s.raw} outside [0, {w.raw}]")
    tgt, act, comp = r["target"], r["actual"], r["completion"]
    if not is_num(tgt):  # qualitative
        if comp not in (None, "—"):
            c.fail("completion_mismatch", f"{name}: qualitative row with completion {comp}")
        if "部分" in act:
            if not (w.value * Decimal("0.6") <= s.value < w.value * Decimal("0.8")):
                c.warn(f"{name}: partly achieved, score {s.raw} outside [60%, 80%) of {w.raw}")
        elif "未达成" in act:
            if not s.value < w.value * Decimal("0.6"):
                c.warn(f"{name}: not achieved, score {s.raw}")
        elif s.value != w.value:
            c.warn(f"{name}: achieved, score {s.raw} below {w.raw}")
        return
    T, A = v(tgt), v(act) if is_num(act) else None
    if A is None or A.unit != T.unit:
        c.fail("unit_mismatch", f"{name}: target {tgt} vs actual {act}")
        return
    if A.unit == "%" and ("率" in name or "满意度" in name) and A.value > 100:
        c.fail("implausible_rate", f"{name}: {act} above 100%")
    d = direction(T.sign)
    a = max(A.value, Decimal(0))
    if d == "lte":
        ratio = Decimal(1) if a <= T.value else T.value / a
    elif T.value == 0:
        ratio = Decimal(1) if a <= 0 else Decimal(0)
    else:
        ratio = a / T.value
    if comp is not None:
        if comp == "—" or not ok(comp, ratio * 100):
            c.fail("completion_mismatch", f"{name}: completion {comp}, computed {r2(ratio * 100)}%")
    exact = w.value * min(Decimal(1), ratio)
    cands = [exact]
    if comp is not None and is_num(comp):
        cands.append(w.value * min(Decimal(1), v(comp).value / 100))
    if not any(ok(s, x) for x in cands):
        c.warn(f"{name}: score {s.raw} vs rule {r2(exact)}")
    if ratio > Decimal("1.2"):
        c.warn(f"{name}: over-achieved by more than 20%")


def level_statement(c, levels, weights=None, scores=None, names=("预算执行", "产出指标", "效益指标", "满意度指标")):
    """Prose restating the first-level weights / scores against the table sums."""
    if weights:
        for nm, w in zip(names, weights):
            if nm in levels and levels[nm][0] != v(w).value:
                c.fail("weight_sum_mismatch", f"{nm} weight {w} vs table rows {levels[nm][0]}")
        if sum(v(w).value for w in weights) != 100:
            c.fail("weight_sum_mismatch", f"stated level weights sum to {sum(v(w).value for w in weights)}")
    if scores:
        for nm, s in zip(names, scores):
            if nm in levels and not ok(s, levels[nm][1]):
                c.fail("score_sum_mismatch", f"{nm} score {s} vs table rows {levels[nm][1]}")


# ----------------------------------------------------------------------------------------------
# the five drafts

def check_shunde(c):
    Y = 2019
    t = c.t
    c.year(r"(\d{4})年度残疾人辅助性就业扶持项目支出绩效自评报告", "eq", Y, "title")
    c.year(r"开展(\d{4})年度区级财政支出", "eq", Y, "notice")
    c.year(r"组织对(\d{4})年度残疾人", "eq", Y, "scope")
    c.year(r"截至(\d{4})年12月31日", "eq", Y, "截至")
    c.year(r"(\d{4})年项目年初预算", "eq", Y, "budget year")
    c.year(r"省级补助资金于(\d{4})年(\d+)月下达", "issued", Y, "provincial funds issued")
    c.year(r"（(\d{4})年为87\.65%）", "prev", Y, "last year's rate")
    c.year(r"结转至(\d{4})年继续使用", "after", Y, "carry-over")
    c.year(r"比(\d{4})年的146人", "prev", Y, "last year's count")
    c.year(r"本项目(\d{4})年度自评得分", "eq", Y, "conclusion")
    c.year(r"年度｜(\d{4})", "eq", Y, "table year")
    c.year(r"督促结转机构在(\d{4})年上半年", "after", Y, "measures")
    c.year(r"残疾人联合会\n(\d{4})年(\d+)月\d+日\s*$", "report", Y, "report date")

    f = funds_block(c, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
    F = f["年度资金总额"]
    rows, levels, ts = indicator_table(c, extra=(F["分值"], F["得分"]))
    levels["预算执行"] = [v(F["分值"]).value, v(F["得分"]).value]

    m = c.one(r"年初预算(\S+?万元)，年内未作调整，全年预算(\S+?万元)，其中区级残疾人就业保障金(\S+?万元)、省级补助资金(\S+?万元)。")
    c.same(m[1], F["年初预算数"], "年初预算 prose/table")
    c.same(m[2], F["全年预算数"], "全年预算 prose/table")
    c.same(m[1], m[2], "未作调整: 年初 = 全年")
    c.total(m[2], [m[3], m[4]], "sources")

    m = c.one(r"三个子项目全年预算分别为(.+?)，实际支出分别为(.+?)，执行率分别为(.+?)。")
    bud, sp, rt = listing(m[1]), listing(m[2]), listing(m[3])
    if not len(bud) == len(sp) == len(rt) == 3:
        raise ParseError("分别 lists")
    c.total(F["全年预算数"], bud, "sub-project budgets")
    c.total(F["全年执行数"], sp, "sub-project spending")
    for k in range(3):
        c.rate(rt[k], sp[k], bud[k], f"sub-project {k + 1} rate")

    m = c.one(r"A类机构(\d+)家，每家(\S+?万元)；B类机构(\d+)家，每家(\S+?万元)，(\d+)家机构平均每家(\S+?万元)。")
    c.total(m[5] + "家", [m[1] + "家", m[3] + "家"], "A + B institutions")
    c.total(bud[0], [str(Decimal(m[1]) * v(m[2]).value) + "万元", str(Decimal(m[3]) * v(m[4]).value) + "万元"],
            "operating subsidy by class")
    c.average(m[6], bud[0], int(m[5]), "average per institution")
    c.same(m[5] + "家", rows["扶持辅助性就业机构数"]["actual"], "institutions prose/table")

    m = c.one(r"标准为每人每月(\d+)元，预算按(\d+)名学员全年测算，共(\S+?万元)（(\d+元)）；全年实际发放(\d+)人·月，计(\S+?万元)。")
    c.product(m[4], [m[1], m[2], 12], "planned person-months × standard", Decimal("0.0001"))
    c.same(m[3], m[4], "same amount in 万元 and 元")
    c.same(m[3], bud[1], "transport/lunch budget")
    c.product(m[6], [m[1], m[5]], "paid person-months × standard", Decimal("0.0001"))
    c.same(m[6], sp[1], "transport/lunch spending")
    m2 = c.one(r"新建机构一次性建设补贴标准为每家(\S+?万元)。")
    c.product(bud[2], [v(m2[1]).value, v(rows["新建辅助性就业机构数"]["target"]).value], "new institutions budget")

    m = c.one(r"全年预算(\S+?万元)，实际支出(\S+?万元)，预算执行率(\S+?%)（")
    c.same(m[1], F["全年预算数"], "全年预算 (二)")
    c.same(m[2], F["全年执行数"], "执行 prose/table")
    c.rate(m[3], m[2], m[1], "overall rate prose")
    c.same(m[3], F["执行率"], "overall rate prose/table")
    m = c.one(r"未支出资金(\S+?万元)，其中新建机构建设补贴(\S+?万元)因.*?交通及午餐补贴结余(\S+?万元)，")
    c.diff(m[1], F["全年预算数"], F["全年执行数"], "unspent = budget - spent")
    c.total(m[1], [m[2], m[3]], "unspent = carry-over + balance")
    c.diff(m[2], bud[2], sp[2], "new institutions carry-over")
    c.diff(m[3], bud[1], sp[1], "transport/lunch balance")

    m = c.one(r"全年扶持(\d+家)辅助性就业机构正常运营")
    c.same(m[1], rows["扶持辅助性就业机构数"]["actual"], "institutions (产出)")
    m = c.one(r"安置残疾人参加辅助性就业(\d+人)，比\d{4}年的(\d+人)增加(\d+人)")
    c.same(m[1], rows["安置残疾人数"]["actual"], "placed persons prose/table")
    c.total(m[1], [m[2], m[3]], "last year + increase")
    m = c.one(r"新建机构完成(\d+家)")
    c.same(m[1], rows["新建辅助性就业机构数"]["actual"], "new institutions prose/table")
    m = c.one(r"平均在申请后(\d+个工作日)内拨付到位")
    c.same(m[1], rows["补贴资金拨付时限"]["actual"], "payment days prose/table")
    m = c.one(r"学员人均月劳动收入(\d+元)，比年度目标高出(\d+元)")
    c.same(m[1], rows["学员人均月劳动收入"]["actual"], "income prose/table")
    c.diff(m[2], m[1], rows["学员人均月劳动收入"]["target"], "income above target", "sum_mismatch")
    m = c.one(r"发放满意度问卷(\d+)份，回收有效问卷(\d+)份，表示满意的(\d+)份，满意度(\S+?%)。")
    c.rate(m[4], m[3], m[2], "survey satisfaction")
    c.same(m[4], rows["残疾学员及家属满意度"]["actual"], "satisfaction prose/table")

    m = c.one(r"评分权重为预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    level_statement(c, levels, weights=[m[1], m[2], m[3], m[4]])
    m = c.one(r"预算执行率得(\S+?)分；产出指标得(\S+?)分，因新建机构只完成1家扣(\S+?)分；效益指标和满意度指标均得满分")
    level_statement(c, levels, scores=[m[1], m[2]], names=("预算执行", "产出指标"))
    c.diff(m[3], str(levels["产出指标"][0]), m[2], "产出 deduction", "score_sum_mismatch")
    for nm in ("效益指标", "满意度指标"):
        if levels[nm][0] != levels[nm][1]:
            c.fail("score_sum_mismatch", f"{nm} said to be full marks")
    m = c.one(r"自评得分(\S+?)分，评价等级为(\S)。")
    if not ok(m[1], ts.value):
        c.fail("score_sum_mismatch", "total prose/table")
    c.grade(m[1], m[2], "grade")


def check_yongchun(c):
    Y = 2021
    c.year(r"永春县残疾人联合会(\d{4})年度按比例", "eq", Y, "title")
    c.year(r"自(\d{4})年起设立", "notafter", Y, "project start")
    c.year(r"(\d{4})年项目全年预算", "eq", Y, "budget year")
    c.year(r"省级补助资金于(\d{4})年(\d+)月下达", "issued", Y, "provincial funds issued")
    c.year(r"比(\d{4})年的91\.36%", "prev", Y, "last year's rate")
    c.year(r"已结转至(\d{4})年继续", "after", Y, "carry-over")
    c.year(r"自评表（(\d{4})年度）", "eq", Y, "table year")
    c.year(r"比(\d{4})年的2150元", "prev", Y, "last year's wage")
    c.year(r"残疾人联合会\n(\d{4})年(\d+)月\d+日\s*$", "report", Y, "report date")

    f = funds_block(c, ["年度资金总额", "当年财政拨款", "上年结转资金", "其他资金"])
    F = f["年度资金总额"]
    rows, levels, ts = indicator_table(c, extra=(F["分值"], F["得分"]))

    m = c.one(r"全年预算(\S+?万元)，其中县级残疾人就业保障金(\S+?万元)、省级补助资金(\S+?万元)、上年结转资金(\S+?万元)。")
    c.same(m[1], F["全年预算数"], "全年预算 prose/table")
    c.total(m[1], [m[2], m[3], m[4]], "sources")
    c.same(m[4], f["上年结转资金"]["全年预算数"], "carry-over prose/table")
    m = c.one(r"项目年初预算(\S+?万元)，.*?全年预算调整为(\S+?万元)。")
    c.same(m[1], F["年初预算数"], "年初 prose/table")
    c.same(m[2], F["全年预算数"], "全年 prose/table (调整)")

    m = c.one(r"三个子项目全年预算分别为(.+?)，全年支出分别为(.+?)，执行率分别为(.+?)。")
    bud, sp, rt = listing(m[1]), listing(m[2]), listing(m[3])
    if not len(bud) == len(sp) == len(rt) == 3:
        raise ParseError("分别 lists")
    c.total(F["全年预算数"], bud, "sub-project budgets")
    c.total(F["全年执行数"], sp, "sub-project spending")
    for k in range(3):
        c.rate(rt[k], sp[k], bud[k], f"sub-project {k + 1} rate")
    std = c.one(r"标准为每安置1人每年(\d+)元")[1]
    m = c.one(r"按全年审核通过的(\d+)人、每人(\d+)元发放")
    c.product(sp[0], [m[1], m[2]], "post subsidy = persons × standard", Decimal("0.0001"))
    c.same(m[2] + "元", std + "元", "post subsidy standard")
    c.same(m[1] + "人", rows["新增按比例安排就业残疾人数"]["actual"], "new placements (资金)")
    c.same(m[2] + "元/人·年", rows["岗位补贴标准"]["actual"], "standard prose/table")
    m = c.one(r"超比例奖励发放给(\d+)家.*?共计(\d+)人，每人(\d+)元。")
    c.product(sp[2], [m[2], m[3]], "over-quota reward", Decimal("0.0001"))
    c.same(c.one(r"每超比例安排1人奖励(\d+元)")[1], m[3] + "元", "reward standard")
    c.same(m[1] + "家", c.one(r"超比例奖励惠及(\d+)家单位")[1] + "家", "reward units")

    m = c.one(r"项目合计支出(\S+?万元)，预算执行率(\S+?%)，比\d{4}年的(\S+?%)提高(\S+?)个百分点。")
    c.same(m[1], F["全年执行数"], "spending prose/table")
    c.rate(m[2], m[1], F["全年预算数"], "overall rate prose")
    c.same(m[2], F["执行率"], "overall rate prose/table")
    c.diff(m[4] + "%", m[2], m[3], "rate increase in points", "sum_mismatch")
    m = c.one(r"年末未使用资金(\S+?万元)，")
    c.diff(m[1], F["全年预算数"], F["全年执行数"], "unused = budget - spent")

    m = c.one(r"新增按比例安排就业残疾人不少于(\d+)人，为不少于(\d+)名残疾职工提供社保补贴，补贴审核在受理后(\d+)个工作日内办结；在岗残疾职工稳定就业率不低于(\d+%)")
    c.same(m[1] + "人", rows["新增按比例安排就业残疾人数"]["target"], "target placements")
    c.same(m[2] + "人", rows["享受社保补贴的残疾职工人数"]["target"], "target insured")
    c.same(m[3] + "个工作日", rows["补贴审核办结时限"]["target"], "target days")
    c.same(m[4], rows["残疾职工稳定就业率"]["target"], "target stability")

    m = c.one(r"本项目综合得分(\S+?)分，评价等级为(\S)。")
    if not ok(m[1], ts.value):
        c.fail("score_sum_mismatch", "total prose/table")
    c.grade(m[1], m[2], "grade")
    m = c.one(r"全年受理申报材料平均(\d+个工作日)办结")
    c.same(m[1], rows["补贴审核办结时限"]["actual"], "days prose/table")
    m = c.one(r"全年新增按比例安排就业残疾人(\d+人)，完成年度目标的(\S+?%)；为(\d+)名残疾职工发放社保补贴")
    c.same(m[1], rows["新增按比例安排就业残疾人数"]["actual"], "placements prose/table")
    if not ok(m[2], v(m[1]).value / v(rows["新增按比例安排就业残疾人数"]["target"]).value * 100):
        c.fail("completion_mismatch", "prose completion of placements")
    c.same(m[3] + "人", rows["享受社保补贴的残疾职工人数"]["actual"], "insured prose/table")
    m = c.one(r"残疾职工稳定就业率为(\S+?%)，残疾职工人均月工资(\d+元)，比\d{4}年的(\d+元)增加(\d+元)。")
    c.same(m[1], rows["残疾职工稳定就业率"]["actual"], "stability prose/table")
    c.same(m[2], rows["残疾职工人均月工资"]["actual"], "wage prose/table")
    c.diff(m[4], m[2], m[3], "wage increase", "sum_mismatch")


def check_maiji(c):
    Y = 2022
    c.year(r"麦积区残疾人联合会(\d{4})年度部门整体", "eq", Y, "title")
    c.year(r"(\d{4})年末编制人数", "eq", Y, "staff year")
    c.year(r"(\d{4})年部门年初预算", "eq", Y, "budget year")
    c.year(r"(\d{4})年“三公”经费支出", "eq", Y, "三公 year")
    c.year(r"比(\d{4})年的2\.85万元", "prev", Y, "last year's 三公")
    c.year(r"结转至(\d{4})年使用", "after", Y, "carry-over")
    c.year(r"较(\d{4})年的490元", "prev", Y, "last year's income")
    c.year(r"截至(\d{4})年12月31日", "eq", Y, "截至")
    c.year(r"年度｜(\d{4})", "eq", Y, "table year")
    c.year(r"残疾人联合会\n(\d{4})年(\d+)月\d+日\s*$", "report", Y, "report date")

    f = funds_block(c, ["年度资金总额", "其中：基本支出", "项目支出"])
    F, FB, FP = f["年度资金总额"], f["其中：基本支出"], f["项目支出"]
    rows, levels, ts = indicator_table(c, extra=(F["分值"], F["得分"]))
    levels["预算执行"] = [v(F["分值"]).value, v(F["得分"]).value]

    m = c.one(r"部门年初预算(\S+?万元)，其中基本支出(\S+?万元)、项目支出(\S+?万元)。")
    c.same(m[1], F["年初预算数"], "年初 prose/table")
    c.same(m[2], FB["年初预算数"], "基本 年初")
    c.same(m[3], FP["年初预算数"], "项目 年初")
    c.total(m[1], [m[2], m[3]], "年初 = 基本 + 项目")
    a0, b0 = m[2], m[3]
    m = c.one(r"追加基本支出(\S+?万元)，追加省级残疾人事业发展补助资金(\S+?万元)，全年预算调整为(\S+?万元)，其中基本支出(\S+?万元)、项目支出(\S+?万元)。")
    c.total(m[4], [a0, m[1]], "基本 全年 = 年初 + 追加")
    c.total(m[5], [b0, m[2]], "项目 全年 = 年初 + 追加")
    c.total(m[3], [m[4], m[5]], "全年 = 基本 + 项目")
    c.same(m[3], F["全年预算数"], "全年 prose/table")
    c.same(m[4], FB["全年预算数"], "基本 全年")
    c.same(m[5], FP["全年预算数"], "项目 全年")
    m = c.one(r"一般公共预算拨款(\S+?万元)、政府性基金预算拨款（彩票公益金）(\S+?万元)、上年结转资金(\S+?万元)。")
    c.total(F["全年预算数"], [m[1], m[2], m[3]], "sources")
    m = c.one(r"全年支出(\S+?万元)，预算执行率(\S+?%)。其中基本支出(\S+?万元)，执行率(\S+?%)；项目支出(\S+?万元)，执行率(\S+?%)。")
    c.same(m[1], F["全年执行数"], "spending prose/table")
    c.rate(m[2], m[1], F["全年预算数"], "overall rate prose")
    c.same(m[2], F["执行率"], "overall rate prose/table")
    c.total(m[1], [m[3], m[5]], "spending = 基本 + 项目")
    c.rate(m[4], m[3], FB["全年预算数"], "基本 rate prose")
    c.rate(m[6], m[5], FP["全年预算数"], "项目 rate prose")
    c.same(m[3], FB["全年执行数"], "基本 spending")
    c.same(m[5], FP["全年执行数"], "项目 spending")
    c.same(m[6], FP["执行率"], "项目 rate prose/table")

    m = c.one(r"四个项目全年预算分别为(.+?)，支出分别为(.+?)，执行率分别为(.+?)。")
    bud, sp, rt = listing(m[1]), listing(m[2]), listing(m[3])
    if not len(bud) == len(sp) == len(rt) == 4:
        raise ParseError("分别 lists")
    c.total(FP["全年预算数"], bud, "project budgets")
    c.total(FP["全年执行数"], sp, "project spending")
    for k in range(4):
        c.rate(rt[k], sp[k], bud[k], f"project {k + 1} rate")
    m = c.one(r"年末未支出资金(\S+?万元)，均为项目资金")
    c.diff(m[1], F["全年预算数"], F["全年执行数"], "unspent = budget - spent")
    c.diff(m[1], FP["全年预算数"], FP["全年执行数"], "unspent = project budget - project spent")
    m = c.one(r"残疾学生资助项目按实际受助人数结算，未支出(\S+?万元)。")
    c.diff(m[1], bud[3], sp[3], "student aid unspent")
    m = c.one(r"“三公”经费支出(\S+?万元)，比\d{4}年的(\S+?万元)减少(\S+?万元)，控制在年初预算(\S+?万元)以内")
    c.diff(m[3], m[2], m[1], "三公 decrease", "sum_mismatch")
    c.same(m[1], rows["“三公”经费控制数"]["actual"], "三公 prose/table")
    c.same(m[4], rows["“三公”经费控制数"]["target"], "三公 budget prose/table")

    m = c.one(r"全区(\d+)家辅助性就业机构分别安置残疾人(.+?)，共(\d+人)，平均每家(\S+?人)。")
    items = listing(m[2])
    if len(items) != int(m[1]):
        c.fail("conflicting_values", "number of institutions vs listed items")
    c.total(m[3], items, "placed persons by institution")
    c.average(m[4], m[3], len(items), "average per institution")
    c.same(m[1] + "家", rows["扶持辅助性就业机构数"]["actual"], "institutions prose/table")
    m = c.one(r"学员月均劳动收入(\d+元)，较\d{4}年的(\d+元)增加(\d+元)。")
    c.same(m[1], rows["辅助性就业残疾人月均收入"]["actual"], "income prose/table")
    c.diff(m[3], m[1], m[2], "income increase", "sum_mismatch")
    c.same(c.one(r"完成年审用人单位(\d+家)")[1], rows["按比例就业年审用人单位数"]["actual"], "annual review units")
    c.same(c.one(r"全年新增残疾人就业(\d+人)")[1], rows["新增残疾人就业人数"]["actual"], "new employment prose/table")
    c.same(c.one(r"为(\d+)名残疾人提供康复")[1] + "人", rows["康复服务残疾人数"]["actual"], "rehabilitation prose/table")
    m = c.one(r"按每人(\d+)元的标准给予资助，全年资助(\d+人)，计(\S+?万元)。年初按(\d+人)安排预算")
    c.product(m[3], [m[1], v(m[2]).value], "student aid = persons × standard", Decimal("0.0001"))
    c.same(m[3], sp[3], "student aid spending")
    c.product(bud[3], [m[1], v(m[4]).value], "student aid budget = planned persons × standard", Decimal("0.0001"))
    c.same(m[2], rows["资助残疾学生人数"]["actual"], "students prose/table")
    c.same(m[4], rows["资助残疾学生人数"]["target"], "students target prose/table")
    m = c.one(r"(\d+)项绩效指标中(\d+)项已全面完成，(\d+)项部分完成")
    c.total(m[1], [m[2], m[3]], "indicators complete + partly")
    n_ind = len(rows) + 1  # + 预算执行率
    if int(m[1]) != n_ind:
        c.fail("conflicting_values", f"{m[1]} indicators stated, table has {n_ind}")

    m = c.one(r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重")
    level_statement(c, levels, weights=[m[1], m[2], m[3], m[4]])
    m = c.one(r"预算执行率得(\S+?)分，产出指标得(\S+?)分，效益指标得(\S+?)分，满意度指标得(\S+?)分，综合得分(\S+?)分，评价等级为(\S)。")
    level_statement(c, levels, scores=[m[1], m[2], m[3], m[4]])
    if not ok(m[5], ts.value):
        c.fail("score_sum_mismatch", "total prose/table")
    c.grade(m[5], m[6], "grade")


def check_jinzhou(c):
    Y = 2023
    c.year(r"(\d{4})年度残疾人辅助性就业“阳光家园”项目绩效自评报告", "eq", Y, "title")
    c.year(r"(\d{4})年包括阳光家园", "eq", Y, "content year")
    c.year(r"(\d{4})年项目年初预算", "eq", Y, "budget year")
    c.year(r"24\.00万元于(\d{4})年(\d+)月提前下达", "issued", Y, "central funds issued in advance")
    c.year(r"18\.00万元于(\d{4})年(\d+)月下达", "issued", Y, "provincial funds issued")
    c.year(r"比(\d{4})年末的236人", "prev", Y, "last year's count")
    c.year(r"残疾人联合会\n(\d{4})年(\d+)月\d+日\s*$", "report", Y, "report date")

    cols = ["总额", "中央", "省级", "市级", "区级", "上年结转"]
    T = {}
    for lab in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"):
        cells = c.row(lab)
        if len(cells) != 8:
            raise ParseError(f"funds row {lab}")
        T[lab] = dict(zip(cols, cells[2:]))
    money = lambda x: x + "万元"
    for lab in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        c.total(money(T[lab]["总额"]), [money(T[lab][k]) for k in cols[1:]], f"{lab}: total = Σ sources")
    for k in cols:
        c.diff(money(T["资金结余"][k]), money(T["实际到位资金"][k]), money(T["全年执行资金"][k]), f"结余 {k} (5)=(3)-(4)")
        c.rate(T["预算到位率(%)"][k] + "%", money(T["实际到位资金"][k]), money(T["全年预算资金"][k]), f"到位率 {k} (6)")
        c.rate(T["预算执行率(%)"][k] + "%", money(T["全年执行资金"][k]), money(T["全年预算资金"][k]), f"执行率 {k} (7)")

    rows, levels, ts = indicator_table(c)
    ex = rows["预算执行率"]
    c.same(ex["actual"], T["预算执行率(%)"]["总额"] + "%", "execution row vs funds table")

    m = c.one(r"年初预算(\S+?万元)，其中中央财政残疾人事业发展补助资金(\S+?万元)于.*?省级补助资金(\S+?万元)于\d{4}年\d+月下达后，全年预算调整为(\S+?万元)。")
    c.same(m[1], money(T["年初预算资金"]["总额"]), "年初 prose/table")
    c.same(m[2], money(T["年初预算资金"]["中央"]), "central 年初")
    c.same(m[3], money(T["全年预算资金"]["省级"]), "provincial 全年")
    c.total(m[4], [m[1], m[3]], "全年 = 年初 + provincial")
    c.same(m[4], money(T["全年预算资金"]["总额"]), "全年 prose/table")
    m = c.one(r"全年预算(\S+?万元)，实际到位(\S+?万元)，到位率(\S+?%)，区级资金中有(\S+?万元)因.*?未到位；全年执行(\S+?万元)，执行率(\S+?%)，资金结余(\S+?万元)。")
    c.same(m[1], money(T["全年预算资金"]["总额"]), "全年 (二)")
    c.same(m[2], money(T["实际到位资金"]["总额"]), "到位 prose/table")
    c.rate(m[3], m[2], m[1], "到位率 prose")
    c.diff(m[4], money(T["全年预算资金"]["区级"]), money(T["实际到位资金"]["区级"]), "district funds not received")
    c.same(m[5], money(T["全年执行资金"]["总额"]), "执行 prose/table")
    c.rate(m[6], m[5], m[1], "执行率 prose")
    c.diff(m[7], m[2], m[5], "结余 prose = 到位 - 执行")
    c.same(m[7], money(T["资金结余"]["总额"]), "结余 prose/table")
    c.same(m[6], T["预算执行率(%)"]["总额"] + "%", "执行率 prose/table")
    c.same(m[3], T["预算到位率(%)"]["总额"] + "%", "到位率 prose/table")

    m = c.one(r"三个子项目全年预算分别为(.+?)，执行分别为(.+?)，执行率分别为(.+?)。")
    bud, sp, rt = listing(m[1]), listing(m[2]), listing(m[3])
    if not len(bud) == len(sp) == len(rt) == 3:
        raise ParseError("分别 lists")
    c.total(money(T["全年预算资金"]["总额"]), bud, "sub-project budgets")
    c.total(money(T["全年执行资金"]["总额"]), sp, "sub-project spending")
    for k in range(3):
        c.rate(rt[k], sp[k], bud[k], f"sub-project {k + 1} rate")
    m = c.one(r"运营补贴按(\d+)个阳光家园平均每个(\S+?万元)拨付")
    c.average(m[2], bud[0], int(m[1]), "operating subsidy per home")
    c.same(m[1] + "个", rows["扶持阳光家园数"]["actual"], "homes prose/table")
    m = c.one(r"设备购置子项目实际采购设备(\d+台（套）)，未执行(\S+?万元)。")
    c.same(m[1], rows["购置劳动及康复设备"]["actual"], "devices prose/table")
    c.diff(m[2], bud[2], sp[2], "devices unspent")
    c.average(rows["设备平均采购单价"]["actual"], sp[2], v(m[1]).value, "average device price")
    m = c.one(r"全区现有阳光家园(\d+个)，年末在册学员(\d+人)。")
    c.same(m[1], rows["扶持阳光家园数"]["actual"], "homes (一)")
    c.same(m[2], rows["辅助性就业学员人数"]["actual"], "trainees (一)")
    m = c.one(r"扶持(\d+个)阳光家园规范运营，为不少于(\d+名)学员.*?不少于(\d+台（套）)；学员人均月劳动收入不低于(\d+元)，带动不少于(\d+名)学员家长实现就业，学员及家长满意度不低于(\d+%)")
    c.same(m[1], rows["扶持阳光家园数"]["target"], "target homes")
    c.same(m[2].replace("名", "人"), rows["辅助性就业学员人数"]["target"], "target trainees")
    c.same(m[3], rows["购置劳动及康复设备"]["target"], "target devices")
    c.same(m[4], rows["学员人均月劳动收入"]["target"], "target income")
    c.same(m[5].replace("名", "人"), rows["学员家长实现就业人数"]["target"], "target parents")
    c.same(m[6], rows["学员及家长满意度"]["target"], "target satisfaction")

    m = c.one(r"本项目得分(\S+?)分，等级为(\S+?)。其中预算执行率得(\S+?)分，产出指标得(\S+?)分，效益指标得(\S+?)分，满意度指标得(\S+?)分。")
    if not ok(m[1], ts.value):
        c.fail("score_sum_mismatch", "total prose/table")
    c.grade(m[1], m[2], "grade")
    level_statement(c, levels, scores=[m[3], m[4], m[5], m[6]])
    m = c.one(r"在册学员(\d+人)，比\d{4}年末的(\d+人)增加(\d+人)。学员劳动技能培训合格率(\d+%)")
    c.same(m[1], rows["辅助性就业学员人数"]["actual"], "trainees (三)")
    c.total(m[1], [m[2], m[3]], "trainees last year + increase")
    c.same(m[4], rows["学员劳动技能培训合格率"]["actual"], "training pass rate")
    m = c.one(r"年内到货(\d+台（套）)，未达到(\d+台（套）)的目标")
    c.same(m[1], rows["购置劳动及康复设备"]["actual"], "devices (三)")
    c.same(m[2], rows["购置劳动及康复设备"]["target"], "devices target (三)")
    c.same(c.one(r"学员人均月劳动收入(\d+元)。")[1], rows["学员人均月劳动收入"]["actual"], "income (三)")
    m = c.one(r"实现就业的学员家长为(\d+人)，低于(\d+人)的目标")
    c.same(m[1], rows["学员家长实现就业人数"]["actual"], "parents (三)")
    c.same(m[2], rows["学员家长实现就业人数"]["target"], "parents target (三)")


def check_qilin(c):
    Y = 2025
    c.year(r"(\d{4})年度残疾人就业创业扶持及按比例就业补贴项目绩效自评报告", "eq", Y, "title")
    c.year(r"我会(\d{4})年继续实施", "eq", Y, "content year")
    c.year(r"(\d{4})年项目年初预算", "eq", Y, "budget year")
    c.year(r"年初预算110\.00万元，(\d{4})年(\d+)月追加", "issued", Y, "supplement")
    c.year(r"（(\d{4})年为91\.72%）", "prev", Y, "last year's rate")
    c.year(r"结转至(\d{4})年继续使用", "after", Y, "carry-over")
    c.year(r"本项目(\d{4})年度综合得分", "eq", Y, "conclusion")
    c.year(r"(\d{4})年度本项目自评得分", "prev", Y, "last year's score")
    c.year(r"结转资金在(\d{4})年上半年", "after", Y, "measures")
    c.year(r"残疾人联合会\n(\d{4})年(\d+)月\d+日\s*$", "report", Y, "report date")

    f = funds_block(c, ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
    F = f["年度资金总额"]
    rows, levels, ts = indicator_table(c, extra=(F["分值"], F["得分"]))
    levels["预算执行"] = [v(F["分值"]).value, v(F["得分"]).value]

    m = c.one(r"年初预算(\S+?万元)，\d{4}年\d+月追加(\S+?万元)，全年预算(\S+?万元)。资金来源为省级残疾人就业保障金(\S+?万元)、区级残疾人就业保障金(\S+?万元)，")
    c.same(m[1], F["年初预算数"], "年初 prose/table")
    c.same(m[3], F["全年预算数"], "全年 prose/table")
    c.total(m[3], [m[1], m[2]], "全年 = 年初 + 追加")
    c.total(m[3], [m[4], m[5]], "sources")
    m = c.one(r"四个子项目全年预算分别为(.+?)，支出分别为(.+?)，执行率分别为(.+?)。")
    bud, sp, rt = listing(m[1]), listing(m[2]), listing(m[3])
    if not len(bud) == len(sp) == len(rt) == 4:
        raise ParseError("分别 lists")
    c.total(F["全年预算数"], bud, "sub-project budgets")
    c.total(F["全年执行数"], sp, "sub-project spending")
    for k in range(4):
        c.rate(rt[k], sp[k], bud[k], f"sub-project {k + 1} rate")
    m = c.one(r"项目合计支出(\S+?万元)，预算执行率(\S+?%)（")
    c.same(m[1], F["全年执行数"], "spending prose/table")
    c.rate(m[2], m[1], F["全年预算数"], "overall rate prose")
    c.same(m[2], F["执行率"], "overall rate prose/table")

    std_post = c.one(r"每家给予(\d+)元补贴")[1]
    std_start = c.one(r"每人一次性补助(\d+)元")[1]
    m = c.one(r"岗位补贴向审核通过的(\d+家)用人单位发放，计(\S+?万元)；")
    c.product(m[2], [v(m[1]).value, std_post], "post subsidy = units × standard", Decimal("0.0001"))
    c.same(m[2], sp[0], "post subsidy spending")
    c.same(m[1], rows["享受岗位补贴的用人单位数"]["actual"], "units prose/table")
    c.product(bud[0], [v(rows["享受岗位补贴的用人单位数"]["target"]).value, std_post], "post subsidy budget", Decimal("0.0001"))
    m = c.one(r"(\d+)家机构分别获得(.+?)，平均每家(\S+?万元)；")
    items = listing(m[2])
    if len(items) != int(m[1]):
        c.fail("conflicting_values", "number of institutions vs listed items")
    c.total(bud[1], items, "以奖代补 by institution (budget)")
    c.total(sp[1], items, "以奖代补 by institution (spent)")
    c.average(m[3], sp[1], len(items), "以奖代补 average")
    c.same(m[1] + "家", rows["以奖代补机构数"]["actual"], "institutions prose/table")
    m = c.one(r"创业扶持资金向(\d+)名残疾人发放，计(\S+?万元)；")
    c.product(m[2], [m[1], std_start], "start-up aid = persons × standard", Decimal("0.0001"))
    c.same(m[2], sp[2], "start-up spending")
    c.same(m[1] + "人", rows["扶持自主就业创业残疾人数"]["actual"], "start-ups prose/table")
    c.product(bud[2], [v(rows["扶持自主就业创业残疾人数"]["target"]).value, std_start], "start-up budget", Decimal("0.0001"))
    m = c.one(r"职业技能培训共(\d+人次)，人均培训成本约(\d+元)。")
    c.same(m[1], rows["职业技能培训人次"]["actual"], "training prose/table")
    c.average(m[2], sp[3], v(m[1]).value, "training cost per person-time (约)")
    m = c.one(r"年末未支出资金(\S+?万元)，其中岗位补贴(\S+?万元)因.*?创业扶持(\S+?万元)结转至")
    c.diff(m[1], F["全年预算数"], F["全年执行数"], "unspent = budget - spent")
    c.total(m[1], [m[2], m[3]], "unspent = recovered + carried")
    c.diff(m[2], bud[0], sp[0], "post subsidy unspent")
    c.diff(m[3], bud[2], sp[2], "start-up unspent")

    m = c.one(r"向不少于(\d+家)用人单位发放岗位补贴，扶持不少于(\d+名)残疾人自主就业创业，对(\d+家)辅助性就业机构实施以奖代补，开展职业技能培训不少于(\d+人次)；带动残疾人就业不少于(\d+人)，培训后实现就业率不低于(\d+%)，服务对象满意度不低于(\d+%)。")
    c.same(m[1], rows["享受岗位补贴的用人单位数"]["target"], "target units")
    c.same(m[2].replace("名", "人"), rows["扶持自主就业创业残疾人数"]["target"], "target start-ups")
    c.same(m[3], rows["以奖代补机构数"]["target"], "target institutions")
    c.same(m[4], rows["职业技能培训人次"]["target"], "target training")
    c.same(m[5], rows["带动残疾人就业人数"]["target"], "target employment")
    c.same(m[6], rows["培训后实现就业率"]["target"], "target employment rate")
    c.same(m[7], rows["用人单位及残疾人满意度"]["target"], "target satisfaction")
    m = c.one(r"全年向(\d+家)用人单位发放岗位补贴，扶持(\d+)名残疾人自主就业创业，完成(\d+家)辅助性就业机构以奖代补，开展职业技能培训(\d+人次)。")
    c.same(m[1], rows["享受岗位补贴的用人单位数"]["actual"], "units (产出)")
    c.same(m[2] + "人", rows["扶持自主就业创业残疾人数"]["actual"], "start-ups (产出)")
    c.same(m[3], rows["以奖代补机构数"]["actual"], "institutions (产出)")
    c.same(m[4], rows["职业技能培训人次"]["actual"], "training (产出)")
    c.same(c.one(r"项目带动残疾人就业(\d+人)")[1], rows["带动残疾人就业人数"]["actual"], "employment prose/table")
    c.same(c.one(r"实现就业的比例为(\S+?%)。")[1], rows["培训后实现就业率"]["actual"], "employment rate prose/table")

    m = c.one(r"综合得分(\S+?)分，评价等级为(\S+?)。其中预算执行率得(\S+?)分，产出指标得(\S+?)分，效益指标得(\S+?)分，满意度指标得(\S+?)分。")
    if not ok(m[1], ts.value):
        c.fail("score_sum_mismatch", "total prose/table")
    c.grade(m[1], m[2], "grade")
    level_statement(c, levels, scores=[m[3], m[4], m[5], m[6]])
    m = c.one(r"\d{4}年度本项目自评得分(\S+?)分，等级为(\S+?)。")
    c.grade(m[1], m[2], "last year's grade")


CHECKS = {
    "gd-shunde-fuzhujiuye-2019": check_shunde,
    "fj-yongchun-anbilijiuye-2021": check_yongchun,
    "gs-maiji-canlian-bumen-2022": check_maiji,
    "ln-jinzhou-yangguangjiayuan-2023": check_jinzhou,
    "yn-qilin-jiuyechuangye-2025": check_qilin,
}


def run_checks(source, text):
    c = C(text)
    try:
        CHECKS[source](c)
    except ParseError as exc:
        c.fail("PARSE", str(exc))
    return c


def edit_span(a, b):
    """Single contiguous edit turning a into b: (start, old_end, new_end)."""
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
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    on_disk = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != on_disk:
        problems.append("labels.jsonl and cases/ list different files")
    if len(labels) != 35 or sum(r["clean"] for r in labels) != 5:
        problems.append(f"expected 35 cases with 5 clean, got {len(labels)}")
    counts = {}
    for rec in labels:
        name, text, src = rec["case"], texts[rec["case"]], rec["source"]
        n = len(text)
        if not 1500 <= n <= 5000:
            problems.append(f"{name}: length {n} outside 1500–5000")
        c = run_checks(src, text)
        got = sorted({code for code, _ in c.fails})
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            if c.fails:
                problems.append(f"{name}: clean draft fails {c.fails}")
            if c.warns:
                problems.append(f"{name}: clean draft warns {c.warns}")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        counts[exp["code"]] = counts.get(exp["code"], 0) + 1
        if exp.get("severity") != "error" or exp["code"] not in CODES_A:
            problems.append(f"{name}: label code/severity {exp['code']}/{exp.get('severity')}")
        if got != [exp["code"]]:
            problems.append(f"{name}: labelled {exp['code']}, checks fail {got}: {c.fails}")
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        if len(occ) != 1:
            problems.append(f"{name}: value {exp['value']!r} occurs {len(occ)} times")
            continue
        clean = texts[f"{src}-clean.txt"]
        p, old_end, new_end = edit_span(clean, text)
        if old_end - p > 40 or new_end - p > 40 or (old_end == p and new_end == p):
            problems.append(f"{name}: edit span old {old_end - p} / new {new_end - p} characters")
        if text[:p] + text[new_end:] != clean[:p] + clean[old_end:]:
            problems.append(f"{name}: not a single contiguous edit")
        vs, ve = occ[0], occ[0] + len(exp["value"])
        if not (vs < max(new_end, p + 1) and p < ve):
            problems.append(f"{name}: value does not overlap the edit [{p},{new_end})")
    for code in CODES_A:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} labelled {counts.get(code, 0)} times (< 2)")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
