#!/usr/bin/env python3
"""Verify the n349 test set (standard library only).

1. labels.jsonl: one line per case file, codes from errors.md §A (1-13), each code >= 2 times,
   every label value occurs in its case, every error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value.
2. Arithmetic: for every draft the figures are read back from the text with anchored patterns
   and all identities are recomputed with decimal.Decimal and the tolerance of rules.md §8.
   Clean drafts: no check may fail. Error cases: the labelled code must fail and no other
   error-level code may fail.
Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]
LEVELS = ("预算执行", "产出指标", "效益指标", "满意度指标")
GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def decimals(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def num(s):
    return D(str(s).strip().rstrip("%"))


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals as written."""
    v = num(stated)
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


SIGN = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|＞|＜|>|<|=|不低于|不少于|不超过|不高于)?\s*(.*)$")


def quant(cell):
    """('num', value, unit, direction) / ('date', (y, m, d), 'date', direction) / None."""
    cell = cell.strip()
    m = SIGN.match(cell)
    sign, body = m.group(1) or "", m.group(2)
    body = re.sub(r"(以上|以内|前)$", "", body)
    if sign in ("≥", "＞＝", ">=", "＞", ">", "不低于", "不少于"):
        direction = "gte"
    elif sign in ("≤", "＜＝", "<=", "＜", "<", "不超过", "不高于"):
        direction = "lte"
    else:
        direction = "eq"
    dm = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", body)
    if dm:
        return ("date", tuple(int(x) for x in dm.groups()), "date", direction)
    nm = re.fullmatch(r"(-?\d+(?:\.\d+)?)(.*)", body)
    if nm:
        return ("num", D(nm.group(1)), nm.group(2).strip(), direction)
    return None


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []
        self.n = 0

    def one(self, pattern, flags=0):
        ms = list(re.finditer(pattern, self.t, flags))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pattern, len(ms)))
        g = ms[0].groups()
        return g[0] if len(g) == 1 else g

    def all(self, pattern, count, flags=0):
        ms = re.findall(pattern, self.t, flags)
        if len(ms) != count:
            raise ParseError("pattern %r matched %d times, expected %d" % (pattern, len(ms), count))
        return ms

    def chk(self, code, cond, msg):
        assert code in CODES, code
        self.n += 1
        if not cond:
            self.fails.append((code, msg))

    # identities --------------------------------------------------------------
    def eq(self, code, stated, computed, msg):
        self.chk(code, consistent(stated, computed), "%s: stated %s, computed %s" % (msg, stated, D(computed).quantize(D("0.0001"))))

    def total(self, code, stated, parts, msg):
        self.eq(code, stated, sum((num(p) for p in parts), D(0)), msg)

    def rate(self, code, stated, numer, denom, msg):
        if num(denom) == 0:
            self.chk("implausible_rate", num(stated) == 0, msg + ": rate on a zero base")
            return
        self.eq(code, stated, num(numer) / num(denom) * 100, msg)

    def same(self, a, b, msg):
        """Two statements of one quantity (I11)."""
        self.chk("conflicting_values", num(a) == num(b) or consistent(a, num(b)) or consistent(b, num(a)),
                 "%s: %s vs %s" % (msg, a, b))

    def product(self, total_wan, count, count_scale, per, per_unit, msg):
        """total (万元) = count x per-unit amount; a mismatch reconciled by 10^4 is a unit error."""
        per_yuan = num(per) * (D(10000) if per_unit == "万元" else D(1))
        computed = num(count) * D(count_scale) * per_yuan / D(10000)
        if consistent(total_wan, computed):
            self.chk("average_mismatch", True, msg)
        elif consistent(total_wan, computed / D(10000)) or consistent(total_wan, computed * D(10000)):
            self.chk("unit_mismatch", False, "%s: %s万元 vs %s x %s%s (off by 10^4)" % (msg, total_wan, count, per, per_unit))
        else:
            self.chk("average_mismatch", False, "%s: %s vs %s" % (msg, total_wan, computed))

    def grade(self, total, word, msg):
        g = GRADE_WORDS.get(word)
        self.chk("grade_mismatch", g is not None and g == grade_of(num(total)),
                 "%s: total %s is %s, stated %s" % (msg, total, grade_of(num(total)), word))

    # generic scans ------------------------------------------------------------
    def generic(self):
        t, y = self.t, self.year
        for m in re.finditer(r"(\d{4})年度", t):
            self.chk("year_mismatch", int(m.group(1)) == y, "year %s年度 in a %d report" % (m.group(1), y))
        for m in re.finditer(r"截至(\d{4})年12月31日", t):
            self.chk("year_mismatch", int(m.group(1)) == y, "截至%s年12月31日 in a %d report" % (m.group(1), y))
        for m in re.finditer(r"结转至?(\d{4})年", t):
            self.chk("year_mismatch", int(m.group(1)) > y, "carried over to %s in a %d report" % (m.group(1), y))
        kw = r"(满意度|成活率|合格率|成品率|执行率|到位率|覆盖率|利用率|调整率|结余率)[^，。；、\n\d%]{0,12}?(-?\d+(?:\.\d+)?)%"
        for m in re.finditer(kw, t):
            v = D(m.group(2))
            self.chk("implausible_rate", D(0) <= v <= D(100), "%s %s%% outside [0, 100]" % (m.group(1), v))

    def rows(self, rows, total_weight=None, total_score=None, level_weights=None, extra_score=(), extra_weight=()):
        """Generic indicator-table checks. rows: dicts with level1, name, target, actual,
        completion (or None), weight, score."""
        for r in rows:
            qt, qa = quant(r["target"]), quant(r["actual"])
            if qt and qa:
                if qt[0] != qa[0] or qt[2] != qa[2]:
                    self.chk("unit_mismatch", False, "%s: target %s vs actual %s" % (r["name"], r["target"], r["actual"]))
                    continue
                self.chk("unit_mismatch", True, r["name"])
                comp = r.get("completion")
                if comp not in (None, "", "—", "-") and qt[0] == "num":
                    T, A = qt[1], qa[1]
                    if qt[3] == "lte":
                        c = D(100) if A <= T else T / A * 100
                    else:
                        c = A / T * 100
                    self.eq("completion_mismatch", comp, c, "完成率 of %s" % r["name"])
                if qa[0] == "num" and qa[2] == "%" and ("率" in r["name"] or "满意度" in r["name"]):
                    self.chk("implausible_rate", D(0) <= qa[1] <= D(100), "%s actual %s" % (r["name"], r["actual"]))
            w, s = num(r["weight"]), num(r["score"])
            self.chk("score_exceeds_weight", D(0) <= s <= w, "%s: score %s weight %s" % (r["name"], r["score"], r["weight"]))
        wsum = sum((num(r["weight"]) for r in rows), D(0)) + sum((num(w) for w in extra_weight), D(0))
        self.chk("weight_sum_mismatch", wsum == 100, "weights sum to %s" % wsum)
        if total_weight is not None:
            self.chk("weight_sum_mismatch", num(total_weight) == wsum, "总分 weight %s vs rows %s" % (total_weight, wsum))
        if level_weights:
            for lv, w in level_weights.items():
                lw = sum((num(r["weight"]) for r in rows if r["level1"] == lv), D(0))
                self.chk("weight_sum_mismatch", lw == num(w), "%s weights %s vs %s" % (lv, lw, w))
        if total_score is not None:
            self.total("score_sum_mismatch", total_score, [r["score"] for r in rows] + list(extra_score), "total score")

    def level_scores(self, rows, level, stated, msg):
        self.total("score_sum_mismatch", stated, [r["score"] for r in rows if r["level1"] == level], msg)


def byname(rows):
    return {r["name"]: r for r in rows}


def targets(x, R, pattern, names):
    """Goals stated in the text vs 年度指标值 of the table (same quantity, I11)."""
    vals = x.one(pattern)
    vals = (vals,) if isinstance(vals, str) else vals
    for v, n in zip(vals, names):
        q = quant(R[n]["target"])
        if q and q[0] == "num":
            x.same(v, q[1], "target of %s text vs table" % n)
        else:
            x.chk("conflicting_values", v == R[n]["target"].rstrip("前"), "target of %s: %s vs %s" % (n, v, R[n]["target"]))


# ---------------------------------------------------------------- table readers
def pipe_rows(text):
    rows, total = [], None
    for line in text.splitlines():
        if not line.startswith("|"):
            continue
        c = [x.strip() for x in line.strip().strip("|").split("|")]
        if c[0] in LEVELS:
            rows.append(dict(level1=c[0], level2=c[1], name=c[2], target=c[3], actual=c[4],
                             completion=None, weight=c[5], score=c[6], note=c[7] if len(c) > 7 else ""))
        elif c[0] == "总分":
            total = (c[5], c[6])
    return rows, total


def tab_rows(text):
    rows, total = [], None
    for line in text.splitlines():
        if "\t" not in line:
            continue
        c = line.split("\t")
        if c[0] in LEVELS and len(c) >= 7:
            rows.append(dict(level1=c[0], level2=c[1], name=c[2], target=c[3], actual=c[4],
                             completion=None, weight=c[5], score=c[6], note=c[7] if len(c) > 7 else ""))
        elif c[0] == "总分":
            total = (c[5], c[6])
    return rows, total


def space_rows(text):
    rows, total = [], None
    on = False
    for line in text.splitlines():
        if line.startswith("一级指标"):
            on = True
            continue
        if not on or not line.strip():
            if on and not line.strip():
                on = False
            continue
        c = re.split(r"\s{2,}", line.strip())
        if c[0] in LEVELS:
            if len(c) != 8:
                raise ParseError("space row with %d cells: %r" % (len(c), line))
            rows.append(dict(level1=c[0], level2=c[1], name=c[2], target=c[3], actual=c[4],
                             completion=c[5], weight=c[6], score=c[7]))
        elif c[0] == "合计":
            total = (c[1], c[2])
    return rows, total


def cell_blocks(text):
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if lines and all(l.startswith("\t") for l in lines if l != ""):
            out.append([l[1:] if l.startswith("\t") else l for l in lines if l != ""])
    return out


def cell_rows(text):
    rows, total, funds = [], None, {}
    for c in cell_blocks(text):
        if c[0] in LEVELS:
            if len(c) != 8:
                raise ParseError("cell row with %d cells: %r" % (len(c), c))
            rows.append(dict(level1=c[0], level2=c[1], name=c[2], target=c[3], actual=c[4],
                             completion=c[5], weight=c[6], score=c[7]))
        elif c[0] == "总分":
            total = (c[6], c[7])
        elif c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[c[0]] = c[1:]
    return rows, total, funds


# ---------------------------------------------------------------- project checks
def check_huixian(x):
    """gs-huixian-fengye-2022: prose funds, pipe-table indicators."""
    ini = x.one(r"项目年初预算([\d.]+)万元")
    prov = x.one(r"其中省级蜂产业发展补助资金([\d.]+)万元")
    cty = x.one(r"县级财政配套资金([\d.]+)万元")
    add = x.one(r"追加县级资金([\d.]+)万元")
    ann = x.one(r"调整后全年预算([\d.]+)万元")
    cty_tot = x.one(r"其中县级资金合计([\d.]+)万元")
    rec, rec_rate = x.one(r"全年资金到位([\d.]+)万元，到位率([\d.]+)%")
    spent = x.one(r"项目实际支出([\d.]+)万元")
    prov_sp, prov_rate = x.one(r"省级资金支出([\d.]+)万元，执行率([\d.]+)%")
    cty_sp, cty_rate = x.one(r"县级资金支出([\d.]+)万元，执行率([\d.]+)%")
    box = x.one(r"标准化蜂箱补助([\d.]+)万元（(\d+)箱，每箱补助([\d.]+)(万元|元)）")
    bee = x.one(r"良种蜂群补助([\d.]+)万元（(\d+)群，每群补助([\d.]+)(万元|元)）")
    site = x.one(r"示范蜂场建设([\d.]+)万元")
    train = x.one(r"养蜂技术培训([\d.]+)万元")
    brand = x.one(r"蜂产品检测及品牌宣传([\d.]+)万元")
    bal = x.one(r"年末未支出的([\d.]+)万元")
    honey, honey_last, growth = x.one(r"项目区蜂蜜产量(\d+)吨，较2021年的(\d+)吨增长([\d.]+)%")
    hh, inc = x.one(r"参与项目的(\d+)户蜂农合计增收([\d.]+)万元")
    hh2 = x.one(r"项目带动(\d+)户蜂农")
    n_q, n_ok, sat = x.one(r"收回有效问卷(\d+)份，其中表示满意和基本满意的(\d+)份，满意度([\d.]+)%")
    trained = x.one(r"培训蜂农(\d+)人次")
    boxes2 = x.one(r"补助标准化蜂箱(\d+)箱，每户")
    bees2 = x.one(r"推广良种蜂群(\d+)群；")
    out_sub = x.one(r"产出指标得分([\d.]+)分")
    ben_sub = x.one(r"效益指标得分([\d.]+)分")
    sat_sub = x.one(r"满意度指标得([\d.]+)分")
    total, grade = x.one(r"自评得分([\d.]+)分，评价等级为\"(.+?)\"")
    lw = {"产出指标": x.one(r"（一）产出指标（(\d+)分）"), "效益指标": x.one(r"（二）效益指标（(\d+)分）"),
          "满意度指标": x.one(r"（三）满意度指标（(\d+)分）")}

    rows, tot = pipe_rows(x.t)
    if tot is None or len(rows) != 14:
        raise ParseError("pipe table: %d rows" % len(rows))
    R = byname(rows)

    x.total("sum_mismatch", ini, [prov, cty], "年初预算 = 省级 + 县级")
    x.total("sum_mismatch", ann, [ini, add], "全年预算 = 年初 + 追加")
    x.total("sum_mismatch", cty_tot, [cty, add], "县级合计 = 配套 + 追加")
    x.total("sum_mismatch", spent, [prov_sp, cty_sp], "支出 = 省级 + 县级")
    x.total("sum_mismatch", spent, [box[0], bee[0], site, train, brand], "支出 by use")
    x.rate("rate_mismatch", rec_rate, rec, ann, "到位率")
    x.rate("rate_mismatch", prov_rate, prov_sp, prov, "省级执行率")
    x.rate("rate_mismatch", cty_rate, cty_sp, cty_tot, "县级执行率")
    x.rate("rate_mismatch", R["全年执行数/全年预算数"]["actual"], spent, ann, "table 预算执行率")
    x.eq("balance_mismatch", bal, num(rec) - num(spent), "未支出 = 到位 - 支出")
    x.product(box[0], box[1], 1, box[2], box[3], "蜂箱补助")
    x.product(bee[0], bee[1], 1, bee[2], bee[3], "良种蜂群补助")
    x.eq("rate_mismatch", growth, (num(honey) / num(honey_last) - 1) * 100, "蜂蜜产量增长率")
    x.rate("rate_mismatch", sat, n_ok, n_q, "满意度 from questionnaires")
    avg = quant(R["参与蜂农户均增收"]["actual"])
    x.eq("average_mismatch", str(avg[1]), num(inc) * 10000 / num(hh), "户均增收 = 增收总额 / 户数")
    # statements of the same quantity
    x.same(trained, quant(R["蜂农技术培训"]["actual"])[1], "培训人次 text vs table")
    x.same(honey, quant(R["项目区蜂蜜产量"]["actual"])[1], "蜂蜜产量 text vs table")
    x.same(hh, quant(R["带动蜂农户数"]["actual"])[1], "带动户数 text vs table")
    x.same(hh2, hh, "带动户数 twice in text")
    x.same(sat, quant(R["蜂农满意度"]["actual"])[1], "满意度 text vs table")
    x.same(boxes2, box[1], "蜂箱数 twice in text")
    x.same(boxes2, quant(R["补助标准化蜂箱数量"]["actual"])[1], "蜂箱数 text vs table")
    x.same(bees2, bee[1], "蜂群数 twice in text")
    x.same(bees2, quant(R["推广良种蜂群数量"]["actual"])[1], "蜂群数 text vs table")
    x.same(total, tot[1], "总分 text vs table")
    # over-target note in the table
    note = re.search(r"超出目标([\d.]+)%", R["蜂农技术培训"]["note"])
    if not note:
        raise ParseError("over-target note")
    tr = R["蜂农技术培训"]
    x.eq("completion_mismatch", note.group(1),
         (quant(tr["actual"])[1] / quant(tr["target"])[1] - 1) * 100, "超出目标 %")
    # scores and weights
    x.rows(rows, total_weight=tot[0], total_score=tot[1], level_weights=lw)
    x.level_scores(rows, "产出指标", out_sub, "产出指标得分")
    x.level_scores(rows, "效益指标", ben_sub, "效益指标得分")
    x.level_scores(rows, "满意度指标", sat_sub, "满意度指标得分")
    targets(x, R, r"补助标准化蜂箱不少于(\d+)箱，推广良种蜂群(\d+)群以上，建设标准化示范蜂场(\d+)个，培训蜂农不少于(\d+)人次；"
                  r"项目区蜂蜜产量达到(\d+)吨以上，带动(\d+)户以上蜂农增收，参与农户户均增收(\d+)元以上，蜂农满意度不低于(\d+)%",
            ["补助标准化蜂箱数量", "推广良种蜂群数量", "建设标准化示范蜂场", "蜂农技术培训", "项目区蜂蜜产量",
             "带动蜂农户数", "参与蜂农户均增收", "蜂农满意度"])
    targets(x, R, r"超过(\d+)户的目标", ["带动蜂农户数"])
    pay_year = x.one(r"蜂箱补助在(\d{4})年11月25日前")
    x.chk("year_mismatch", int(pay_year) == x.year, "蜂箱补助兑付 year %s" % pay_year)
    x.grade(total, grade, "grade")


def check_xixia(x):
    """ha-xixia-xianggujidi-2020: prose + tab-separated funds and indicator tables."""
    ann_t = x.one(r"项目全年预算([\d.]+)万元")
    ini_t = x.one(r"其中年初预算(\d+)万元")
    prov, cty = x.one(r"由省级财政专项资金([\d.]+)万元和县级财政配套资金([\d.]+)万元组成")
    cty_rec, cty_gap = x.one(r"县级配套资金到位([\d.]+)万元，尚有([\d.]+)万元")
    spent_t = x.one(r"全年支出([\d.]+)万元，用于")
    shed = x.one(r"新建出菇大棚([\d.]+)万元（(\d+)座，每座补助([\d.]+)(万元|元)）")
    irr = x.one(r"喷灌及水肥一体化设施([\d.]+)万元")
    cold = x.one(r"冷藏库([\d.]+)万元")
    bag = x.one(r"香菇菌袋补贴([\d.]+)万元（(\d+)万袋，每袋补贴([\d.]+)(万元|元)）")
    tech = x.one(r"技术服务及培训([\d.]+)万元")
    built, comp = x.one(r"建成标准化出菇大棚(\d+)座，完成计划的([\d.]+)%")
    bags2 = x.one(r"补贴香菇菌袋(\d+)万袋。")
    val, val_last, growth = x.one(r"产值(\d+)万元，较2019年的(\d+)万元增长([\d.]+)%")
    hh, inc = x.one(r"共带动(\d+)户脱贫户增收([\d.]+)万元")
    n_q, n_ok, sat = x.one(r"抽查种植户(\d+)户，表示满意的(\d+)户，满意度(\d+)%")
    total, grade = x.one(r"项目自评得分([\d.]+)分，评价等级为\"(.+?)\"")

    lines = {l.split("\t")[0]: l.split("\t") for l in x.t.splitlines() if "\t" in l}
    try:
        tot_f = lines["年度资金总额"]
        comps = [lines["其中：当年财政拨款"], lines["上年结转资金"], lines["其他资金"]]
        rec_row = lines["实际到位资金"]
        bal_row = lines["结余资金"]
    except KeyError as e:
        raise ParseError("funds row %s" % e)
    for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        x.total("sum_mismatch", tot_f[col], [c[col] for c in comps], "资金总额 = 组成 (%s)" % label)
    x.same(ini_t, tot_f[1], "年初预算 text vs table")
    x.same(ann_t, tot_f[2], "全年预算 text vs table")
    x.same(spent_t, tot_f[3], "全年执行 text vs table")
    x.total("sum_mismatch", ini_t, [prov, cty], "年初预算 = 省级 + 县级")
    x.eq("sum_mismatch", cty_gap, num(cty) - num(cty_rec), "县级未到位 = 配套 - 已到位")
    x.eq("sum_mismatch", rec_row[1], num(ann_t) - num(cty_gap), "到位 = 全年预算 - 未到位")
    x.rate("rate_mismatch", rec_row[3], rec_row[1], tot_f[2], "到位率")
    x.rate("rate_mismatch", tot_f[5], tot_f[3], tot_f[2], "执行率")
    x.eq("balance_mismatch", bal_row[1], num(rec_row[1]) - num(tot_f[3]), "结余 = 到位 - 执行")
    x.total("sum_mismatch", spent_t, [shed[0], irr, cold, bag[0], tech], "支出 by use")
    x.product(shed[0], shed[1], 1, shed[2], shed[3], "出菇大棚补助")
    x.product(bag[0], bag[1], 10000, bag[2], bag[3], "菌袋补贴")

    rows, tot = tab_rows(x.t)
    if tot is None or len(rows) != 13:
        raise ParseError("tab table: %d rows" % len(rows))
    R = byname(rows)
    sheds = R["新建标准化出菇大棚"]
    x.eq("completion_mismatch", comp, num(built) / quant(sheds["target"])[1] * 100, "大棚完成率 (text)")
    x.same(built, quant(sheds["actual"])[1], "大棚座数 text vs table")
    x.same(shed[1], built, "大棚座数 twice in text")
    x.same(bags2, bag[1], "菌袋数 twice in text")
    x.same(bags2, quant(R["补贴香菇菌袋数量"]["actual"])[1], "菌袋数 text vs table")
    x.eq("rate_mismatch", growth, (num(val) / num(val_last) - 1) * 100, "产值增长率")
    x.same(val, quant(R["基地香菇木耳年产值"]["actual"])[1], "产值 text vs table")
    x.same(hh, quant(R["带动脱贫户户数"]["actual"])[1], "脱贫户数 text vs table")
    avg = quant(R["脱贫户户均增收"]["actual"])
    x.eq("average_mismatch", str(avg[1]), num(inc) * 10000 / num(hh), "户均增收 = 增收总额 / 户数")
    x.rate("rate_mismatch", sat, n_ok, n_q, "满意度 from sample")
    x.same(sat, quant(R["种植户满意度"]["actual"])[1], "满意度 text vs table")
    x.same(total, tot[1], "总分 text vs table")
    x.chk("score_exceeds_weight", D(0) <= num(tot_f[6]) <= num(tot_f[4]), "execution score vs weight")
    x.rows(rows + [dict(level1="预算执行", name="预算执行率", target="—", actual="—", weight=tot_f[4], score=tot_f[6])],
           total_weight=tot[0], total_score=tot[1])
    targets(x, R, r"新建香菇标准化种植基地(\d+)个、木耳标准化种植基地(\d+)个，建设标准化出菇大棚(\d+)座，补贴香菇菌袋(\d+)万袋以上；"
                  r"基地年产值达到(\d+)万元以上，带动脱贫户(\d+)户以上、户均增收(\d+)元以上，种植户满意度达到(\d+)%以上",
            ["新建香菇标准化种植基地", "新建木耳标准化种植基地", "新建标准化出菇大棚", "补贴香菇菌袋数量",
             "基地香菇木耳年产值", "带动脱贫户户数", "脱贫户户均增收", "种植户满意度"])
    a1, a2 = x.one(r"全年新建香菇标准化种植基地(\d+)个、木耳标准化种植基地(\d+)个")
    x.same(a1, quant(R["新建香菇标准化种植基地"]["actual"])[1], "香菇基地 text vs table")
    x.same(a2, quant(R["新建木耳标准化种植基地"]["actual"])[1], "木耳基地 text vs table")
    x.grade(total, grade, "grade")


def check_qingzhou(x):
    """sd-qingzhou-huahuiyuan-2019: prose + space-aligned table with 完成率, whole-point scores."""
    ini = x.one(r"项目年初预算(\d+)万元")
    cut = x.one(r"调减(\d+)万元")
    ann = x.one(r"全年预算(\d+)万元")
    spent, rate_t = x.one(r"实际支出([\d.]+)万元，执行率([\d.]+)%")
    gh = x.one(r"智能温室建设补助([\d.]+)万元（(\d+)平方米，每平方米补助([\d.]+)(万元|元)）")
    irr = x.one(r"节水灌溉改造([\d.]+)万元（(\d+)亩，每亩补助([\d.]+)(万元|元)）")
    road = x.one(r"园区道路硬化([\d.]+)万元")
    train = x.one(r"技术培训和品牌推介([\d.]+)万元")
    bal = x.one(r"剩余资金([\d.]+)万元")
    a_gh, a_irr, a_road = x.one(r"建成连栋智能温室(\d+)平方米，改造节水灌溉(\d+)亩，硬化园区主干道([\d.]+)公里")
    trained = x.one(r"培训花农(\d+)人次，超过")
    surv = x.one(r"新植苗木成活率(\d+)%")
    sales, sales_last, growth = x.one(r"销售收入([\d.]+)亿元，较2018年的([\d.]+)亿元增长([\d.]+)%")
    jobs, short = x.one(r"带动周边农户就业(\d+)人，比目标少(\d+)人")
    green = x.one(r"绿化覆盖率(\d+)%")
    n_q, n_ok, sat = x.one(r"收回(\d+)份，其中满意(\d+)份，满意度(\d+)%")
    s_exec, s_out, s_ben, s_sat, total, grade = x.one(
        r"项目预算执行得(\d+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，合计([\d.]+)分，评价等级为(.)")
    hdr_year = x.one(r"年度\s+(\d{4})")

    rows, tot = space_rows(x.t)
    if tot is None or len(rows) != 14:
        raise ParseError("space table: %d rows" % len(rows))
    R = byname(rows)
    ex = R["预算执行率"]

    x.chk("year_mismatch", int(hdr_year) == x.year, "table header year %s" % hdr_year)
    x.eq("sum_mismatch", ann, num(ini) - num(cut), "全年预算 = 年初 - 调减")
    x.rate("rate_mismatch", rate_t, spent, ann, "执行率 (text)")
    x.rate("rate_mismatch", ex["actual"], spent, ann, "执行率 (table)")
    x.total("sum_mismatch", spent, [gh[0], irr[0], road, train], "支出 by use")
    x.product(gh[0], gh[1], 1, gh[2], gh[3], "温室补助")
    x.product(irr[0], irr[1], 1, irr[2], irr[3], "灌溉补助")
    x.eq("balance_mismatch", bal, num(ann) - num(spent), "结转 = 全年预算 - 支出 (全部到位)")
    x.same(a_gh, gh[1], "温室面积 twice in text")
    x.same(a_gh, quant(R["新建智能温室面积"]["actual"])[1], "温室面积 text vs table")
    x.same(a_irr, irr[1], "灌溉面积 twice in text")
    x.same(a_irr, quant(R["改造节水灌溉面积"]["actual"])[1], "灌溉面积 text vs table")
    x.same(a_road, quant(R["园区道路硬化里程"]["actual"])[1], "道路里程 text vs table")
    x.same(trained, quant(R["花农技术培训"]["actual"])[1], "培训人次 text vs table")
    x.same(surv, quant(R["新植苗木成活率"]["actual"])[1], "成活率 text vs table")
    x.same(sales, quant(R["园区花卉苗木销售收入"]["actual"])[1], "销售收入 text vs table")
    x.eq("rate_mismatch", growth, (num(sales) / num(sales_last) - 1) * 100, "销售收入增长率")
    x.same(jobs, quant(R["带动周边农户就业"]["actual"])[1], "就业人数 text vs table")
    x.eq("sum_mismatch", short, quant(R["带动周边农户就业"]["target"])[1] - num(jobs), "比目标少")
    x.same(green, quant(R["园区绿化覆盖率"]["actual"])[1], "绿化覆盖率 text vs table")
    x.rate("rate_mismatch", sat, n_ok, n_q, "满意度 from questionnaires")
    x.same(sat, quant(R["入园企业和农户满意度"]["actual"])[1], "满意度 text vs table")
    x.same(s_exec, ex["score"], "预算执行得分 text vs table")
    x.same(total, tot[1], "总分 text vs table")
    x.rows(rows, total_weight=tot[0], total_score=tot[1])
    x.level_scores(rows, "产出指标", s_out, "产出指标得分")
    x.level_scores(rows, "效益指标", s_ben, "效益指标得分")
    x.level_scores(rows, "满意度指标", s_sat, "满意度指标得分")
    x.total("score_sum_mismatch", total, [s_exec, s_out, s_ben, s_sat], "合计 = 各部分")
    targets(x, R, r"新建智能温室(\d+)平方米以上，改造节水灌溉面积(\d+)亩，硬化园区道路([\d.]+)公里，购置交易展示中心设备(\d+)套，培训花农(\d+)人次以上；"
                  r"园区花卉苗木销售收入达到([\d.]+)亿元，带动周边农户就业(\d+)人以上，园区绿化覆盖率不低于(\d+)%，入园企业和农户满意度达到(\d+)%以上",
            ["新建智能温室面积", "改造节水灌溉面积", "园区道路硬化里程", "交易展示中心设备购置", "花农技术培训",
             "园区花卉苗木销售收入", "带动周边农户就业", "园区绿化覆盖率", "入园企业和农户满意度"])
    targets(x, R, r"与([\d.]+)亿元的目标", ["园区花卉苗木销售收入"])
    x.chk("conflicting_values", x.one(r"工程于(\d{4}年\d+月\d+日)完成竣工验收") == R["温室及灌溉工程完工时间"]["actual"], "完工日期 text vs table")
    x.grade(total, grade, "grade")


def check_dongning(x):
    """hlj-dongning-junbang-2023: prose + one-cell-per-line table with 完成率."""
    per, per_unit = x.one(r"补贴标准为每袋([\d.]+)(万元|元)")
    ini, prov, city = x.one(r"项目年初预算([\d.]+)万元，其中省级资金([\d.]+)万元、市级资金([\d.]+)万元，年度执行中预算未作调整")
    rec_rate = x.one(r"项目资金全部到位，到位率(\d+)%")
    spent, rate_t, bags = x.one(r"全年兑付补贴资金([\d.]+)万元，执行率([\d.]+)%，共补贴菌包(\d+)万袋")
    bal = x.one(r"年末结余([\d.]+)万元")
    last, growth = x.one(r"2022年该项目补贴菌包(\d+)万袋，本年度补贴量同比增长([\d.]+)%")
    bags2, comp2 = x.one(r"补贴菌包(\d+)万袋，完成年度目标的([\d.]+)%")
    ent, e1, e2, e3 = x.one(r"享受补贴经营主体(\d+)户，其中企业(\d+)家、合作社(\d+)个、种植大户(\d+)户")
    quality = x.one(r"抽检菌包成品率([\d.]+)%")
    yld = x.one(r"干品产量(\d+)吨")
    inc = x.one(r"受益经营主体合计增收([\d.]+)万元")
    jobs = x.one(r"采收环节带动务工就业(\d+)人")
    reuse = x.one(r"资源化利用率(\d+)%")
    n_q, n_ok, sat = x.one(r"收回有效问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%")
    total, s_exec, s_out, s_ben, s_sat, grade = x.one(
        r"项目自评得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，评价等级为(.)")

    rows, tot, funds = cell_rows(x.t)
    if tot is None or len(rows) != 10 or "年度资金总额" not in funds:
        raise ParseError("cell table: %d rows" % len(rows))
    R = byname(rows)
    F = funds["年度资金总额"]          # 年初, 全年, 执行, 分值, 执行率, 得分
    comps = [funds["其中：当年财政拨款"], funds["上年结转资金"]]

    for col, label in ((0, "年初预算数"), (1, "全年预算数"), (2, "全年执行数")):
        x.total("sum_mismatch", F[col], [c[col] for c in comps], "资金总额 = 组成 (%s)" % label)
    x.total("sum_mismatch", ini, [prov, city], "年初预算 = 省级 + 市级")
    x.same(ini, F[0], "年初预算 text vs table")
    x.chk("sum_mismatch", num(F[0]) == num(F[1]), "未作调整 but 年初 %s != 全年 %s" % (F[0], F[1]))
    x.rate("rate_mismatch", rec_rate, F[1], F[1], "到位率 (全部到位)")
    x.same(spent, F[2], "执行数 text vs table")
    x.rate("rate_mismatch", rate_t, spent, F[1], "执行率 (text)")
    x.rate("rate_mismatch", F[4], F[2], F[1], "执行率 (table)")
    x.rate("rate_mismatch", comps[0][4], comps[0][2], comps[0][1], "执行率 (当年财政拨款)")
    x.eq("balance_mismatch", bal, num(F[1]) - num(spent), "结余 = 全年预算(已全部到位) - 执行")
    x.product(spent, bags, 10000, per, per_unit, "补贴 = 菌包数 x 标准")
    x.eq("rate_mismatch", growth, (num(bags) / num(last) - 1) * 100, "补贴量增长率")
    x.same(bags2, bags, "菌包数 twice in text")
    x.same(bags2, quant(R["补贴黑木耳菌包数量"]["actual"])[1], "菌包数 text vs table")
    x.eq("completion_mismatch", comp2, num(bags2) / quant(R["补贴黑木耳菌包数量"]["target"])[1] * 100, "完成率 (text)")
    x.total("sum_mismatch", ent, [e1, e2, e3], "经营主体 = 企业 + 合作社 + 大户")
    x.same(ent, quant(R["享受补贴经营主体"]["actual"])[1], "经营主体 text vs table")
    x.same(quality, quant(R["菌包成品率"]["actual"])[1], "成品率 text vs table")
    x.same(yld, quant(R["黑木耳干品产量"]["actual"])[1], "干品产量 text vs table")
    x.same(jobs, quant(R["带动务工就业"]["actual"])[1], "就业 text vs table")
    x.same(reuse, quant(R["菌包废料资源化利用率"]["actual"])[1], "利用率 text vs table")
    avg = quant(R["受益经营主体户均增收"]["actual"])
    x.eq("average_mismatch", str(avg[1]), num(inc) * 10000 / num(ent), "户均增收 = 增收总额 / 户数")
    x.rate("rate_mismatch", sat, n_ok, n_q, "满意度 from questionnaires")
    x.same(sat, quant(R["受益经营主体满意度"]["actual"])[1], "满意度 text vs table")
    x.same(s_exec, F[5], "预算执行得分 text vs table")
    x.same(total, tot[1], "总分 text vs table")
    x.chk("score_exceeds_weight", D(0) <= num(F[5]) <= num(F[3]), "execution score vs weight")
    x.rows(rows, total_weight=tot[0], total_score=tot[1], extra_score=[F[5]], extra_weight=[F[3]])
    x.level_scores(rows, "产出指标", s_out, "产出指标得分")
    x.level_scores(rows, "效益指标", s_ben, "效益指标得分")
    x.level_scores(rows, "满意度指标", s_sat, "满意度指标得分")
    x.total("score_sum_mismatch", total, [s_exec, s_out, s_ben, s_sat], "总分 = 各部分")
    targets(x, R, r"补贴黑木耳菌包(\d+)万袋以上，享受补贴经营主体(\d+)户以上，菌包成品率不低于(\d+)%，补贴资金于(\d{4}年\d+月\d+日)前兑付完毕；"
                  r"全市黑木耳干品产量达到(\d+)吨以上，受益经营主体户均增收(\d+)元以上，带动务工就业(\d+)人以上，菌包废料资源化利用率不低于(\d+)%，受益主体满意度(\d+)%以上",
            ["补贴黑木耳菌包数量", "享受补贴经营主体", "菌包成品率", "补贴资金兑付时间", "黑木耳干品产量",
             "受益经营主体户均增收", "带动务工就业", "菌包废料资源化利用率", "受益经营主体满意度"])
    targets(x, R, r"没有达到(\d+)吨的目标", ["黑木耳干品产量"])
    x.chk("conflicting_values", x.one(r"无异议后于(\d{4}年\d+月\d+日)前完成兑付") == R["补贴资金兑付时间"]["actual"], "兑付日期 text vs table")
    x.same(per, quant(R["每袋菌包补贴标准"]["target"])[1], "补贴标准 text vs table target")
    x.grade(total, grade, "grade")


def check_tongjiang(x):
    """sc-tongjiang-nongjizhongxin-2024: department-wide report, prose only, whole-point scores."""
    ini, basic, proj = x.one(r"年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    add1 = x.one(r"银耳示范基地建设等项目资金([\d.]+)万元")
    ann = x.one(r"调整后全年预算([\d.]+)万元")
    proj_ann = x.one(r"项目支出预算相应增加到([\d.]+)万元")
    spent, rate_t = x.one(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    basic_sp, staff, pub = x.one(r"其中基本支出([\d.]+)万元，包括人员经费([\d.]+)万元和公用经费([\d.]+)万元")
    proj_sp, proj_rate = x.one(r"项目支出([\d.]+)万元，执行率([\d.]+)%")
    projs = x.all(r"项目预算([\d.]+)万元、支出([\d.]+)万元", 3)
    bal = x.one(r"未支出的([\d.]+)万元")
    add2, adj_rate = x.one(r"年中追加资金([\d.]+)万元，预算调整率([\d.]+)%")
    carry_rate = x.one(r"年末结转资金占全年预算的([\d.]+)%")

    x.total("sum_mismatch", ini, [basic, proj], "年初 = 基本 + 项目")
    x.total("sum_mismatch", ann, [ini, add1], "全年 = 年初 + 追加")
    x.total("sum_mismatch", proj_ann, [proj, add1], "项目全年 = 项目年初 + 追加")
    x.same(add1, add2, "追加资金 twice in text")
    x.total("sum_mismatch", spent, [basic_sp, proj_sp], "支出 = 基本 + 项目")
    x.total("sum_mismatch", basic_sp, [staff, pub], "基本支出 = 人员 + 公用")
    x.total("sum_mismatch", proj_ann, [p[0] for p in projs], "项目预算 = 三个项目")
    x.total("sum_mismatch", proj_sp, [p[1] for p in projs], "项目支出 = 三个项目")
    x.same(basic, basic_sp, "基本支出 budget vs spent (全额执行)")
    x.rate("rate_mismatch", rate_t, spent, ann, "部门执行率")
    x.rate("rate_mismatch", proj_rate, proj_sp, proj_ann, "项目支出执行率")
    x.rate("rate_mismatch", adj_rate, add2, ini, "预算调整率")
    x.rate("rate_mismatch", carry_rate, bal, ann, "结转结余率")
    x.eq("balance_mismatch", bal, num(ann) - num(spent), "结转 = 全年预算 - 支出")
    x.eq("balance_mismatch", bal, num(proj_ann) - num(proj_sp), "结转 = 项目预算 - 项目支出")

    sess, people, per_sess, plan, comp = x.one(r"技术培训班(\d+)期，培训农民(\d+)人次，期均(\d+)人次，完成年度计划(\d+)人次的([\d.]+)%")
    by_ind = x.one(r"银耳培训(\d+)期、茶叶(\d+)期、食用菌(\d+)期、中蜂(\d+)期")
    cov, cov_t, cov_c = x.one(r"覆盖(\d+)个乡镇，目标为(\d+)个，完成([\d.]+)%")
    x.eq("average_mismatch", per_sess, num(people) / num(sess), "期均人次")
    x.eq("completion_mismatch", comp, num(people) / num(plan) * 100, "培训完成率")
    x.eq("completion_mismatch", cov_c, num(cov) / num(cov_t) * 100, "覆盖完成率")
    x.total("sum_mismatch", sess, list(by_ind), "培训期数 by industry")

    # weights and scores
    secw = [x.one(r"（一）预算编制与执行（(\d+)分）"), x.one(r"（二）资产及财务管理（(\d+)分）"),
            x.one(r"（三）履职产出（(\d+)分）"), x.one(r"（四）履职效益（(\d+)分）"), x.one(r"（五）满意度（(\d+)分）")]
    intro = x.one(r"自评从预算编制与执行（(\d+)分）、资产及财务管理（(\d+)分）、履职产出（(\d+)分）、履职效益（(\d+)分）和满意度（(\d+)分）")
    for a, b in zip(intro, secw):
        x.same(a, b, "section weight intro vs heading")
    x.chk("weight_sum_mismatch", sum(num(w) for w in secw) == 100, "section weights %s" % "+".join(secw))
    items = [
        [x.one(r"预算执行率指标（(\d+)分）按全年执行情况计得([\d.]+)分"), x.one(r"预算调整率指标（(\d+)分）得([\d.]+)分"),
         x.one(r"结转结余率指标（(\d+)分）得([\d.]+)分")],
        None,
        [x.one(r"培训任务（(\d+)分）[^（]*?得([\d.]+)分"), x.one(r"示范基地建设（(\d+)分）[^（]*?得([\d.]+)分"),
         x.one(r"技术推广覆盖（(\d+)分）[^（]*?得([\d.]+)分"), x.one(r"推广任务完成及时性（(\d+)分）[^（]*?得([\d.]+)分")],
        [x.one(r"银耳产业增收（(\d+)分）[^（]*?得([\d.]+)分"), x.one(r"新技术推广应用（(\d+)分）[^（]*?得([\d.]+)分")],
    ]
    s1, s2 = x.one(r"培训学员满意度（(\d+)分）[^（]*?满意度([\d.]+)%，得([\d.]+)分"), x.one(r"服务对象满意度（(\d+)分）[^（]*?满意度([\d.]+)%，得([\d.]+)分")
    items.append([(s1[0], s1[2]), (s2[0], s2[2])])
    subs = x.all(r"本项合计([\d.]+)分", 4)
    asset = x.one(r"本项得([\d.]+)分")
    sec_scores = [subs[0], asset, subs[1], subs[2], subs[3]]
    for i, its in enumerate(items):
        if its is None:
            x.chk("score_exceeds_weight", D(0) <= num(asset) <= num(secw[1]), "资产及财务管理 score")
            continue
        x.chk("weight_sum_mismatch", sum(num(w) for w, _ in its) == num(secw[i]),
              "section %d item weights %s vs %s" % (i + 1, [w for w, _ in its], secw[i]))
        for w, s in its:
            x.chk("score_exceeds_weight", D(0) <= num(s) <= num(w), "item score %s weight %s" % (s, w))
        x.total("score_sum_mismatch", sec_scores[i], [s for _, s in its], "section %d subtotal" % (i + 1))
    total, grade = x.one(r"自评得分(\d+)分，评价等级为(.)")
    x.total("score_sum_mismatch", total, sec_scores, "总分 = 五个方面")
    x.grade(total, grade, "grade")
    a, b, c, avg = x.one(r"自评得分分别为(\d+)分、(\d+)分、(\d+)分，平均(\d+)分")
    x.eq("average_mismatch", avg, (num(a) + num(b) + num(c)) / 3, "三个项目平均分")
    g_people, g_base, g_towns = x.one(r"举办特色产业技术培训(\d+)人次以上，建成银耳标准化示范基地(\d+)个，技术服务覆盖全县(\d+)个乡镇")
    x.same(g_people, plan, "培训计划 goals vs section")
    x.same(g_towns, cov_t, "覆盖乡镇目标 goals vs section")
    x.same(g_base, x.one(r"建成银耳标准化示范基地(\d+)个，全部达到年初目标"), "示范基地 goals vs section")
    x.same(g_base, x.one(r"(\d+)个示范基地共发展"), "示范基地 twice in text")


PROJECTS = {
    "gs-huixian-fengye-2022": (2022, check_huixian),
    "ha-xixia-xianggujidi-2020": (2020, check_xixia),
    "sd-qingzhou-huahuiyuan-2019": (2019, check_qingzhou),
    "hlj-dongning-junbang-2023": (2023, check_dongning),
    "sc-tongjiang-nongjizhongxin-2024": (2024, check_tongjiang),
}


def run_checks(pid, text):
    year, fn = PROJECTS[pid]
    x = Ctx(text, year)
    x.generic()
    fn(x)
    return x


# ---------------------------------------------------------------- driver
def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl cases != files in cases/")
    if len(files) != 35:
        problems.append("expected 35 case files, found %d" % len(files))

    count = {c: 0 for c in CODES}
    for lab in labels:
        case, pid = lab["case"], lab["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        if pid not in PROJECTS:
            problems.append("%s: unknown source %s" % (case, pid))
            continue
        clean_text = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        try:
            x = run_checks(pid, text)
        except ParseError as e:
            problems.append("%s: parse error: %s" % (case, e))
            continue
        failed = sorted(set(c for c, _ in x.fails))
        if lab["clean"]:
            if lab["expected"] != [] or not case.endswith("-clean.txt"):
                problems.append("%s: clean case must have expected []" % case)
            if failed:
                problems.append("%s: clean draft fails %s" % (case, x.fails))
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append("%s: length %d" % (case, n))
            print("%-44s clean  checks=%3d  chars=%d" % (case, x.n, n))
            continue
        if len(lab["expected"]) != 1:
            problems.append("%s: expected exactly one label" % case)
            continue
        exp = lab["expected"][0]
        code = exp["code"]
        if code not in CODES or exp.get("severity") != "error":
            problems.append("%s: bad code/severity %s" % (case, exp))
            continue
        count[code] += 1
        val = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            problems.append("%s: value %r not in case" % (case, val))
        elif len(occ) > 1:
            problems.append("%s: value %r occurs %d times" % (case, val, len(occ)))
        # one contiguous difference overlapping the value
        p = 0
        while p < min(len(text), len(clean_text)) and text[p] == clean_text[p]:
            p += 1
        s = 0
        while s < min(len(text), len(clean_text)) - p and text[-1 - s] == clean_text[-1 - s]:
            s += 1
        if text == clean_text:
            problems.append("%s: identical to clean" % case)
        else:
            lo, hi = p, max(p + 1, len(text) - s)
            if not any(o < hi and o + len(val) > lo for o in occ):
                problems.append("%s: diff [%d,%d) does not overlap value %r" % (case, lo, hi, val))
        if code not in failed:
            problems.append("%s: labelled %s does not fail (fails: %s)" % (case, code, x.fails))
        others = [f for f in x.fails if f[0] != code]
        if others:
            problems.append("%s: other codes fail: %s" % (case, others))
        print("%-44s %-22s %s" % (case, code, "; ".join(m for c, m in x.fails if c == code)[:110]))

    for c in CODES:
        if count[c] < 2:
            problems.append("code %s used %d times (< 2)" % (c, count[c]))
    print("per code:", ", ".join("%s=%d" % (c, count[c]) for c in CODES))
    if problems:
        print("\nPROBLEMS:")
        for p_ in problems:
            print(" -", p_)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
