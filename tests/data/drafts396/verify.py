#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one contiguous
   place that overlaps an occurrence of the label value; each code is used at least twice;
2. the arithmetic of every clean draft is redone (funds sums, rates, balances, weights, scores, grades,
   completion rates, averages, text <-> table equality, years, units): every check must pass;
3. the same checks are run on every error case: the labelled code must fail and no other error-level
   code may fail (score-rule findings are warnings and are only required to pass on clean drafts).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

ERROR_CODES = {
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
    "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
    "unit_mismatch", "year_mismatch", "completion_mismatch",
}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
NUM_RE = re.compile(r"-?\d+(?:\.\d+)?")


def dnum(s):
    m = NUM_RE.search(str(s).replace(",", ""))
    if not m:
        raise ParseError(f"no number in {s!r}")
    return D(m.group(0))


def decs(s):
    m = NUM_RE.search(str(s).replace(",", ""))
    t = m.group(0)
    return len(t.split(".")[1]) if "." in t else 0


def consistent(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals written."""
    v = dnum(stated)
    tol = D("0.5") * (D(10) ** -decs(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


GRADES = [("优", D(90), D(1000)), ("良", D(80), D(90)), ("中", D(60), D(80)), ("差", D(-1), D(60))]
GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    for g, lo, hi in GRADES:
        if lo <= total < hi:
            return g
    return None


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []   # (code, message) error level
        self.warns = []   # (code, message) warning level (score rules)

    # -- extraction
    def g(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ParseError(f"pattern matched {len(ms)} times: {pat}")
        gs = ms[0].groups()
        return gs if len(gs) > 1 else gs[0]

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # -- identities
    def same(self, a, b, msg):
        """I11: the same quantity stated twice must agree."""
        if dnum(a) != dnum(b):
            self.fail("conflicting_values", f"{msg}: {a} vs {b}")

    def rate(self, stated, num, den, msg, code="rate_mismatch", cap=True):
        """I1/I2/I5: stated rate vs num/den; zero base -> only '—' or '0' allowed."""
        den = dnum(den)
        s = str(stated).strip()
        if den == 0:
            if s in ("—", "-", "") or (NUM_RE.search(s) and dnum(s) == 0):
                return
            self.fail("implausible_rate", f"{msg}: rate {s} on a zero base")
            return
        if s in ("—", "-", ""):
            raise ParseError(f"{msg}: no rate stated")
        c = dnum(num) / den * 100
        if cap and (dnum(s) > 100 or c > 100):
            self.fail("implausible_rate", f"{msg}: rate {s} (computed {q2(c)}) above 100%")
            return
        if not consistent(s, c):
            self.fail(code, f"{msg}: stated {s}, computed {q2(c)}")

    def total(self, total, parts, msg, code="sum_mismatch"):
        """I4: total = sum of parts; a part or total off by 10^4 / 10^8 -> unit_mismatch."""
        tv = dnum(total)
        pv = [dnum(p) for p in parts]
        if sum(pv) == tv:
            return
        for k in (D(10) ** 4, D(10) ** 8):
            for f in (k, 1 / k):
                for i in range(len(pv)):
                    alt = pv[:i] + [pv[i] * f] + pv[i + 1:]
                    if sum(alt) == tv:
                        self.fail("unit_mismatch", f"{msg}: {parts[i]} off by a power of ten")
                        return
                if sum(pv) == tv * f:
                    self.fail("unit_mismatch", f"{msg}: total {total} off by a power of ten")
                    return
        self.fail(code, f"{msg}: {' + '.join(map(str, parts))} = {sum(pv)} != {total}")

    def product(self, amount_wan, count, per, per_unit, msg):
        """amount (万元) = count x per-unit amount (元 or 万元)."""
        c = dnum(count) * dnum(per)
        if per_unit == "元":
            c = c / 10000
        a = dnum(amount_wan)
        if c == a:
            return
        for k in (D(10) ** 4, D(10) ** 8):
            if a == c * k or a * k == c:
                self.fail("unit_mismatch", f"{msg}: {amount_wan} off by a power of ten (computed {c})")
                return
        self.fail("sum_mismatch", f"{msg}: {count} x {per}{per_unit} = {c}, stated {amount_wan}")

    def balance(self, stated, a, b, msg):
        """I3: balance = a - b."""
        c = dnum(a) - dnum(b)
        if not consistent(stated, c):
            self.fail("balance_mismatch", f"{msg}: {a} - {b} = {c}, stated {stated}")

    def average(self, stated, items, msg):
        """I10."""
        c = sum(dnum(i) for i in items) / len(items)
        if not consistent(stated, c):
            self.fail("average_mismatch", f"{msg}: mean {q2(c)}, stated {stated}")

    def completion(self, stated, computed, msg):
        """I8."""
        if not consistent(stated, computed):
            self.fail("completion_mismatch", f"{msg}: stated {stated}, computed {q2(computed)}")

    def grade(self, total, word, msg):
        """I9."""
        g = GRADE_WORDS.get(word)
        if g is None:
            raise ParseError(f"unknown grade {word}")
        if band(dnum(total)) != g:
            self.fail("grade_mismatch", f"{msg}: total {total} -> {band(dnum(total))}, stated {word}")

    def year_is(self, y, msg, offset=0):
        """I14: a year that must equal evaluation year + offset."""
        if int(y) != self.year + offset:
            self.fail("year_mismatch", f"{msg}: {y}, expected {self.year + offset}")

    def year_after(self, y, msg):
        if int(y) <= self.year:
            self.fail("year_mismatch", f"{msg}: carried over to {y} in a {self.year} report")

    def weights(self, parts, total, msg):
        """I6."""
        s = sum(dnum(p) for p in parts)
        if s != dnum(total):
            self.fail("weight_sum_mismatch", f"{msg}: weights sum to {s}, expected {total}")

    def scores(self, parts, total, msg):
        """I7: score sum."""
        s = sum(dnum(p) for p in parts)
        if not consistent(total, s):
            self.fail("score_sum_mismatch", f"{msg}: scores sum to {s}, stated {total}")

    def exec_score(self, score, weight, rate_str, num, den, msg):
        """score = weight x min(r, 100%), from the unrounded or the printed rate (warning)."""
        r = min(dnum(num) / dnum(den), D(1))
        c1 = dnum(weight) * r
        c2 = dnum(weight) * min(dnum(rate_str), D(100)) / 100
        if not (consistent(score, c1) or consistent(score, c2)):
            self.warn("score_rule_mismatch", f"{msg}: {score} vs {q2(c1)}")


# ---------------------------------------------------------------- indicator rows
TGT_RE = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")
ACT_RE = re.compile(r"^(\d+(?:\.\d+)?)\s*(.*)$")
DATE_RE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def indicator(ctx, name, target, actual, weight, score, completion=None, sign=None, unit=None,
              qual_band=None):
    """Check one indicator row: score within weight, units, completion, implausible actuals, score rule."""
    w, s = dnum(weight), dnum(score)
    if s > w or s < 0:
        ctx.fail("score_exceeds_weight", f"{name}: score {score} outside [0, {weight}]")
    target, actual = target.strip(), actual.strip()
    if DATE_RE.search(target) or not re.search(r"\d", target):
        # date or qualitative target
        if qual_band is not None and not DATE_RE.search(target):
            lo, hi = qual_band
            if not (w * lo <= s <= w * hi):
                ctx.warn("score_rule_mismatch", f"{name}: qualitative score {score} outside band")
        elif DATE_RE.search(target):
            for y in re.findall(r"(\d{4})年", target + actual):
                ctx.year_is(y, f"{name}: date")
            if s != w:
                ctx.warn("score_rule_mismatch", f"{name}: date met but not full score")
        return
    mt = TGT_RE.match(target)
    ma = ACT_RE.match(actual)
    if not mt or not ma:
        raise ParseError(f"{name}: cannot parse {target!r} / {actual!r}")
    sg = sign if sign is not None else (mt.group(1) or "=")
    tv = D(mt.group(2))
    tu = unit if unit is not None else mt.group(3).strip()
    av = D(ma.group(1))
    au = ma.group(2).strip() or (unit if unit is not None else "")
    if unit is not None and ma.group(2).strip() and ma.group(2).strip() != unit:
        au = ma.group(2).strip()
    if tu != au:
        ctx.fail("unit_mismatch", f"{name}: target in {tu!r}, actual in {au!r}")
        return
    if au == "%" and ("率" in name or "满意度" in name) and av > 100:
        ctx.fail("implausible_rate", f"{name}: {actual} above 100%")
    direction = "lte" if sg in ("≤", "＜", "<=") else "gte"
    # completion
    if tv == 0:
        comp = None
    elif direction == "lte":
        comp = D(100) if av <= tv else tv / av * 100
    else:
        comp = av / tv * 100
    if completion is not None and completion.strip() not in ("—", "-", ""):
        if comp is None:
            ctx.fail("completion_mismatch", f"{name}: completion {completion} on a zero target")
        else:
            ctx.completion(completion, comp, name)
    # score rule (warning)
    if tv == 0:
        exp = w if av <= 0 else D(0)
        alt = exp
    else:
        exp = w * min(comp, D(100)) / 100
        alt = exp
        if completion is not None and NUM_RE.search(completion or ""):
            alt = w * min(dnum(completion), D(100)) / 100
    if not (consistent(score, exp) or consistent(score, alt)):
        ctx.warn("score_rule_mismatch", f"{name}: score {score}, rule gives {q2(exp)}")


def pipe_rows(text, header_start, end_prefix, sep):
    """Rows of a one-line-per-row table from the header line (excluded) to the line starting with end_prefix
    (included as last row)."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start)]
    if len(idx) != 1:
        raise ParseError(f"header {header_start!r} found {len(idx)} times")
    rows = []
    for l in lines[idx[0] + 1:]:
        cells = l.split(sep)
        rows.append(cells)
        if l.startswith(end_prefix):
            return rows
    raise ParseError(f"end {end_prefix!r} not found")


def flat_blocks(text, start_marker, end_marker):
    """Flattened tables (one cell per line, tab-indented, blank line between rows)."""
    i = text.index(start_marker)
    j = text.index(end_marker, i)
    seg = text[i + len(start_marker):j]
    rows = []
    for block in seg.split("\n\n"):
        cells = [l[1:] for l in block.split("\n") if l.startswith("\t")]
        if cells:
            rows.append(cells)
    return rows


# ================================================================ project 1: Sichuan, 2019
def check_yuechi(ctx):
    t = ctx.t
    y = ctx.year
    ctx.year_is(ctx.g(r"\n(\d{4})年度农村户用沼气池后续管护项目支出绩效自评报告"), "title year")
    ctx.year_is(ctx.g(r"\n(\d{4})年度项目支出绩效自评表"), "table title year")
    # funds table
    frows = pipe_rows(t, "项目资金（万元）｜", "其他资金｜", "｜")
    fr = {r[0]: r for r in frows}
    tot, fis = fr["年度资金总额"], fr["其中：财政资金"]
    comps = [fr["其中：财政资金"], fr["财政专户管理资金"], fr["单位资金"], fr["其他资金"]]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        ctx.total(tot[col], [c[col] for c in comps], f"funds table {nm} column")
    for r in frows:
        ctx.rate(r[5], r[3], r[2], f"funds row {r[0]} 执行率")
    ctx.exec_score(tot[6], tot[4], tot[5], tot[3], tot[2], "execution score")
    # prose funds
    ini = ctx.g(r"项目年初预算([\d.]+)万元，全部为县级财政资金")
    ctx.same(ini, tot[1], "年初预算 text vs table")
    ctx.year_is(ctx.g(r"于(\d{4})年1月批复"), "budget approval")
    add = ctx.g(r"省级下达农村能源建设补助资金([\d.]+)万元")
    ann = ctx.g(r"调整后全年预算([\d.]+)万元")
    ctx.total(ann, [ini, add], "年初 + 省级追加 = 全年预算")
    ctx.same(ann, tot[2], "全年预算 text vs table")
    ctx.year_is(ctx.g(r"截至(\d{4})年12月31日"), "截至 date")
    rec, rec_rate = ctx.g(r"实际到位([\d.]+)万元，到位率([\d.]+%)")
    ctx.rate(rec_rate, rec, ann, "到位率")
    spent, srate = ctx.g(r"全年执行([\d.]+)万元，执行率([\d.]+%)")
    ctx.rate(srate, spent, ann, "执行率 (text)")
    ctx.same(spent, tot[3], "全年执行 text vs table")
    ctx.same(srate, tot[5], "执行率 text vs table")
    cty, cty_rate = ctx.g(r"县级资金执行([\d.]+)万元，执行率([\d.]+%)")
    ctx.rate(cty_rate, cty, ini, "县级资金执行率")
    prov = ctx.g(r"省级补助([\d.]+)万元已全部支出")
    ctx.same(prov, add, "省级补助")
    ctx.total(spent, [cty, prov], "执行 = 县级 + 省级")
    rep, rep_n, rep_per = ctx.g(r"病旧池维修补助([\d.]+)万元（(\d+)口，户均(\d+)元）")
    net, net_n, net_per = ctx.g(r"服务网点运营补助([\d.]+)万元（(\d+)个网点，每个网点([\d.]+)万元）")
    insp = ctx.g(r"安全隐患排查及出料服务费([\d.]+)万元")
    trn = ctx.g(r"技术培训和安全宣传([\d.]+)万元")
    ctx.total(spent, [rep, net, insp, trn], "spending items")
    ctx.product(rep, rep_n, rep_per, "元", "维修补助")
    ctx.product(net, net_n, net_per, "万元", "网点运营补助")
    bal = ctx.g(r"年末结余([\d.]+)万元")
    ctx.balance(bal, rec, spent, "年末结余")
    ctx.year_after(ctx.g(r"结转至(\d{4})年继续用于"), "结转")
    left = ctx.g(r"主要是(\d+)口病旧池因农户常年在外")
    # indicator table
    rows = pipe_rows(t, "一级指标｜二级指标｜三级指标｜指标性质", "总分｜", "｜")
    inds, total_row = rows[:-1], rows[-1]
    ir = {r[2]: r for r in inds}
    for r in inds:
        indicator(ctx, r[2], r[3] + r[4], r[6], r[7], r[8], sign=r[3], unit=r[5])
    ctx.weights([tot[4]] + [r[7] for r in inds], total_row[7], "weights")
    ctx.weights([total_row[7]], "100", "total weight")
    ctx.scores([tot[6]] + [r[8] for r in inds], total_row[8], "table total")
    ctx.grade(total_row[8], ctx.g(r"自评等级为(优|良|中|差)"), "grade")
    # text <-> table
    rp = ir["病旧沼气池维修改造"]
    ctx.same(str(int(dnum(rp[4])) - int(dnum(left))), rp[6], "维修 target - 未施工 vs 完成")
    n_ins, dev = ctx.g(r"全年排查户用沼气池(\d+)口，比年度目标多出([\d.]+%)")
    ip = ir["户用沼气池安全隐患排查"]
    ctx.same(n_ins, ip[6], "排查 text vs table")
    ctx.completion(dev, (dnum(n_ins) - dnum(ip[4])) / dnum(ip[4]) * 100, "排查 over-achievement")
    n_rep, c_rep = ctx.g(r"维修改造病旧池(\d+)口，完成率([\d.]+%)")
    ctx.same(n_rep, rp[6], "维修 text vs table")
    ctx.same(n_rep, rep_n, "维修口数 (funds text)")
    ctx.completion(c_rep, dnum(n_rep) / dnum(rp[4]) * 100, "维修完成率")
    n_pts, n_run, run_rate = ctx.g(r"(\d+)个服务网点全部落实运营补助，年末正常运行(\d+)个，运行率([\d.]+%)")
    ctx.same(n_pts, ir["乡村沼气服务网点运营补助"][6], "网点数 text vs table")
    ctx.same(n_pts, net_n, "网点数 (funds text)")
    ctx.rate(run_rate, n_run, n_pts, "网点运行率")
    ctx.same(run_rate, ir["服务网点正常运行率"][6], "运行率 text vs table")
    ctx.same(ctx.g(r"维修池验收合格率([\d.]+)%"), ir["维修池验收合格率"][6], "合格率 text vs table")
    use, last, pp = ctx.g(r"综合利用率为([\d.]+)%，比2018年的([\d.]+)%提高([\d.]+)个百分点")
    ctx.same(use, ir["服务区畜禽粪污综合利用率"][6], "利用率 text vs table")
    ctx.total(use, [last, pp], "利用率 = last year + pp")
    ok_n, ok_rate = ctx.g(r"有(\d+)户表示池子经维护后能够继续正常产气使用，占(\d+%)")
    ctx.rate(ok_rate, ok_n, ctx.g(r"抽查回访的(\d+)户中"), "回访比例")
    ctx.same(ctx.g(r"随机抽取6个乡镇(\d+)户农户"), ctx.g(r"抽查回访的(\d+)户中"), "回访户数")
    chk = ctx.g(r"全年共检查台账(\d+)册次")
    if dnum(chk) != dnum(net_n) * 4:
        ctx.fail("sum_mismatch", f"台账册次 {chk} != {net_n} 网点 x 4 季度")
    # score summary in text
    es, ps, bs, ts = ctx.g(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，合计自评得分([\d.]+)分")
    ctx.same(es, tot[6], "执行得分 text vs table")
    ctx.scores([r[8] for r in inds if r[0] == "产出指标"], ps, "产出得分")
    ctx.scores([r[8] for r in inds if r[0] == "效益指标"], bs, "效益得分")
    ctx.scores([es, ps, bs], ts, "text total")
    ctx.same(ts, total_row[8], "total text vs table")
    ctx.year_is(ctx.g(r"(\d{4})年1月上旬收集项目资料"), "self-evaluation date", 1)


# ================================================================ project 2: Guangxi, 2021
def check_luchuan(ctx):
    t = ctx.t
    ctx.year_is(ctx.g(r"\n(\d{4})年度畜禽粪污资源化利用及沼气服务网点项目绩效自评报告"), "title year")
    ctx.year_is(ctx.g(r"附件：项目支出绩效自评表（(\d{4})年度）"), "table year")
    frows = pipe_rows(t, "项目资金（万元）\t", "其他资金\t", "\t")
    fr = {r[0]: r for r in frows}
    tot, fis, co, oth = fr["年度资金总额"], fr["其中：当年财政拨款"], fr["上年结转资金"], fr["其他资金"]
    for col, nm in ((1, "年初"), (2, "全年"), (3, "执行")):
        ctx.total(tot[col], [fis[col], co[col], oth[col]], f"funds table {nm} column")
    for r in frows:
        ctx.rate(r[5], r[3], r[2], f"funds row {r[0]} 执行率")
    ctx.exec_score(tot[6], tot[4], tot[5], tot[3], tot[2], "execution score")
    ini, ini_fis, ini_co = ctx.g(r"年初预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元")
    ctx.total(ini, [ini_fis, ini_co], "年初 = 财政拨款 + 结转")
    ctx.same(ini, tot[1], "年初 text vs table")
    ctx.same(ini_fis, fis[1], "年初财政拨款 text vs table")
    ctx.same(ini_co, co[1], "年初结转 text vs table")
    ctx.year_is(ctx.g(r"为(\d{4})年粪污处理设施改造未完工部分"), "上年结转 origin", -1)
    c_ini, adv = ctx.g(r"中央资金([\d.]+)万元已于(\d{4})年12月提前下达")
    ctx.year_is(adv, "advance issue", -1)
    ctx.year_is(ctx.g(r"(\d{4})年7月，上级追加"), "追加 date")
    add = ctx.g(r"追加中央农业资源及生态保护补助资金([\d.]+)万元")
    ann, ann_fis, c_ann, prov, cty = ctx.g(
        r"调整后全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元，由中央资金([\d.]+)万元、自治区资金([\d.]+)万元、县级配套([\d.]+)万元组成")
    ctx.total(ann, [ini, add], "年初 + 追加 = 全年")
    ctx.total(ann_fis, [c_ann, prov, cty], "当年财政拨款 = 中央 + 自治区 + 县级")
    ctx.total(c_ann, [c_ini, add], "中央 = 提前下达 + 追加")
    ctx.total(ann, [ann_fis, ini_co], "全年 = 财政拨款 + 结转")
    ctx.same(ann, tot[2], "全年 text vs table")
    ctx.same(ann_fis, fis[2], "全年财政拨款 text vs table")
    rec, rec_rate = ctx.g(r"资金实际到位([\d.]+)万元，到位率([\d.]+%)")
    ctx.rate(rec_rate, rec, ann, "到位率")
    spent, srate = ctx.g(r"全年执行([\d.]+)万元，预算执行率([\d.]+%)")
    ctx.rate(srate, spent, ann, "执行率 (text)")
    ctx.same(spent, tot[3], "执行 text vs table")
    ctx.same(srate, tot[5], "执行率 text vs table")
    sp_fis, sp_co = ctx.g(r"其中当年财政拨款执行([\d.]+)万元，上年结转资金([\d.]+)万元全部支出")
    ctx.total(spent, [sp_fis, sp_co], "执行 = 财政 + 结转")
    ctx.same(sp_fis, fis[3], "财政拨款执行 text vs table")
    ctx.same(sp_co, co[3], "结转执行 text vs table")
    fac = ctx.g(r"规模养殖场粪污处理设施改造补助([\d.]+)万元")
    a1, a2, a3, avg = ctx.g(r"分别补助([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，平均([\d.]+)万元")
    ctx.average(avg, [a1, a2, a3], "三家万头猪场平均补助")
    net, net_per, net_n = ctx.g(r"沼气服务网点运营补助([\d.]+)万元，按每个网点([\d.]+)万元的标准补助(\d+)个网点")
    ctx.product(net, net_n, net_per, "万元", "网点补助")
    fert, fert_per, fert_mu = ctx.g(r"粪肥还田补贴([\d.]+)万元，按每亩(\d+)元对(\d+)亩")
    ctx.product(fert, fert_mu, fert_per, "元", "还田补贴")
    safe = ctx.g(r"户用沼气池安全管护及技术培训([\d.]+)万元")
    ctx.total(spent, [fac, net, fert, safe], "spending items")
    # indicator table
    rows = pipe_rows(t, "一级指标\t二级指标\t三级指标", "总分\t", "\t")
    inds, total_row = rows[:-1], rows[-1]
    ir = {r[2]: r for r in inds}
    for r in inds:
        indicator(ctx, r[2], r[3], r[4], r[5], r[6])
    ctx.weights([tot[4]] + [r[5] for r in inds], total_row[4], "weights")
    ctx.weights([total_row[4]], "100", "total weight")
    ctx.scores([tot[6]] + [r[6] for r in inds], total_row[5], "table total")
    we, wo, wb, ws = ctx.g(r"按预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    ctx.same(we, tot[4], "执行 weight text vs table")
    ctx.weights([r[5] for r in inds if r[0] == "产出指标"], wo, "产出 weights")
    ctx.weights([r[5] for r in inds if r[0] == "效益指标"], wb, "效益 weights")
    ctx.weights([r[5] for r in inds if r[0] == "满意度指标"], ws, "满意度 weights")
    ctx.weights([we, wo, wb, ws], "100", "text weights")
    score, gr = ctx.g(r"项目自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    ctx.same(score, total_row[5], "total text vs table")
    ctx.grade(score, gr, "grade")
    # text <-> table
    ctx.same(ctx.g(r"完成(\d+)家规模养殖场粪污处理设施改造，新建"), ir["规模养殖场粪污处理设施改造"][4], "改造家数")
    ctx.same(ctx.g(r"验收合格率(\d+)%；"), ir["改造设施验收合格率"][4], "合格率")
    ctx.same(ctx.g(r"；(\d+)个服务网点全年正常运营"), ir["沼气服务网点运营补助"][4], "网点数")
    ctx.same(net_n, ir["沼气服务网点运营补助"][4], "网点数 (funds text)")
    done = ctx.g(r"项目于(\d{4}年\d+月\d+日)全部完工")
    if done != ir["项目完工时间"][4]:
        ctx.fail("conflicting_values", f"完工日期 {done} vs {ir['项目完工时间'][4]}")
    mu, over = ctx.g(r"粪肥还田(\d+)亩，超出目标(\d+%)")
    ctx.same(mu, ir["粪肥还田利用面积"][4], "还田面积")
    ctx.same(mu, fert_mu, "还田面积 (funds text)")
    tgt = dnum(ir["粪肥还田利用面积"][3])
    ctx.completion(over, (dnum(mu) - tgt) / tgt * 100, "还田 over-achievement")
    ctx.same(ctx.g(r"综合利用率达到([\d.]+)%（2020年"), ir["全县畜禽粪污综合利用率"][4], "利用率 text vs table")
    inc, inc_c = ctx.g(r"销售收入(\d+)万元，完成目标的([\d.]+%)")
    ctx.same(inc, ir["带动粪肥销售收入"][4], "销售收入")
    ctx.completion(inc_c, dnum(inc) / dnum(ir["带动粪肥销售收入"][3]) * 100, "销售收入完成率")
    n_q, n_ok, sat = ctx.g(r"共发放满意度问卷(\d+)份，全部收回，表示满意的(\d+)份，服务对象满意度为([\d.]+%)")
    ctx.rate(sat, n_ok, n_q, "满意度")
    ctx.same(sat, ir["服务对象满意度"][4], "满意度 text vs table")
    ctx.same(n_q, ctx.g(r"向(\d+)户服务对象发放满意度问卷"), "问卷数")
    left, carry = ctx.g(r"当年财政拨款未执行的([\d.]+)万元，为3家养殖场粪肥还田配套管网的尾款，已按规定结转至(\d{4})年")
    ctx.balance(left, ann_fis, sp_fis, "未执行 (财政拨款)")
    ctx.balance(left, ann, spent, "未执行 (total)")
    ctx.year_after(carry, "结转")
    ctx.year_is(ctx.g(r"于(\d{4})年1月对照年初批复的绩效目标开展自评"), "self-evaluation date", 1)
    ctx.year_is(ctx.g(r"列入(\d{4})年部门预算"), "budget year")


# ================================================================ project 3: Hubei, 2020
def check_dawu(ctx):
    t = ctx.t
    ctx.year_is(ctx.g(r"大悟县农业农村局(\d{4})年度农村沼气后续服务及安全管护项目"), "title year")
    ctx.year_is(ctx.g(r"关于做好(\d{4})年度项目支出绩效自评工作"), "notice year")
    ann, c_bud, adv, k_bud = ctx.g(r"项目全年预算([\d.]+)万元，其中中央农村能源专项补助资金([\d.]+)万元（(\d{4})年12月提前下达），县级配套资金([\d.]+)万元")
    ctx.year_is(adv, "advance issue", -1)
    ctx.total(ann, [c_bud, k_bud], "全年 = 中央 + 县级")
    ctx.year_is(ctx.g(r"资金于(\d{4})年6月前全部到位"), "到位 date")
    spent, srate = ctx.g(r"全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    ctx.rate(srate, spent, ann, "执行率 (text)")
    c_sp, c_rate = ctx.g(r"中央资金支出([\d.]+)万元，支出进度([\d.]+%)")
    k_sp, k_rate = ctx.g(r"县级配套支出([\d.]+)万元，支出进度([\d.]+%)")
    ctx.rate(c_rate, c_sp, c_bud, "中央支出进度")
    ctx.rate(k_rate, k_sp, k_bud, "县级支出进度")
    ctx.total(spent, [c_sp, k_sp], "支出 = 中央 + 县级")
    net, net_n, net_per = ctx.g(r"网点运营补助([\d.]+)万元（(\d+)个网点，每个([\d.]+)万元）")
    disp, disp_per = ctx.g(r"报废沼气池安全处置费([\d.]+)万元（每口补助(\d+)元）")
    ins, ins_per = ctx.g(r"入户巡查劳务补助([\d.]+)万元（每户(\d+)元）")
    misc = ctx.g(r"宣传培训及检测设备购置([\d.]+)万元")
    ctx.total(spent, [net, disp, ins, misc], "spending items")
    ctx.product(net, net_n, net_per, "万元", "网点补助")
    ctx.year_after(ctx.g(r"未支出资金已按规定结转至(\d{4})年"), "结转")
    # funds row of the table
    frows = pipe_rows(t, "项目|全年预算数|实际到位数", "预算执行|", "|")
    fr = frows[0]
    ctx.same(fr[1], ann, "全年预算 text vs table")
    ctx.same(fr[3], spent, "执行 text vs table")
    ctx.same(fr[5], srate, "执行率 text vs table")
    ctx.rate(fr[5], fr[3], fr[1], "执行率 (table)")
    ctx.rate("100%", fr[2], fr[1], "到位 <= 预算")
    ctx.balance(fr[4], fr[2], fr[3], "结余 (table)")
    ctx.exec_score(fr[7], fr[6], fr[5], fr[3], fr[1], "execution score")
    ew = ctx.g(r"预算执行率(\d+)分，按执行率乘以\d+计分")
    ctx.same(ew, fr[6], "执行 weight text vs table")
    # indicator table
    rows = pipe_rows(t, "年度目标|一级指标|二级指标|三级指标", "合计|", "|")
    inds, total_row = rows[:-1], rows[-1]
    ir = {r[3]: r for r in inds}
    for r in inds:
        indicator(ctx, r[3], r[4], r[5], r[7], r[8], completion=r[6], qual_band=(D("0.5"), D("0.8")))
    ctx.weights([fr[6]] + [r[7] for r in inds], total_row[7], "weights")
    ctx.weights([total_row[7]], "100", "total weight")
    gw = ctx.g(r"两项年度目标各(\d+)分")
    ctx.weights([r[7] for r in inds if r[0] == "目标1"], gw, "目标1 weights")
    ctx.weights([r[7] for r in inds if r[0] == "目标2"], gw, "目标2 weights")
    ctx.scores([fr[7]] + [r[8] for r in inds], total_row[8], "table total")
    es, g1, g2, ts, gr = ctx.g(r"预算执行得分([\d.]+)分，目标1得分([\d.]+)分，目标2得分([\d.]+)分，综合得分([\d.]+)分，等级为(优秀|良好|中等|较差)")
    ctx.same(es, fr[7], "执行得分 text vs table")
    ctx.scores([r[8] for r in inds if r[0] == "目标1"], g1, "目标1 得分")
    ctx.scores([r[8] for r in inds if r[0] == "目标2"], g2, "目标2 得分")
    ctx.scores([es, g1, g2], ts, "text total")
    ctx.same(ts, total_row[8], "total text vs table")
    ctx.grade(ts, gr, "grade")
    # text <-> table and products on table counts
    ins_n = ctx.g(r"全年入户安全巡查(\d+)户")
    ctx.same(ins_n, ir["户用沼气池入户安全巡查"][5], "巡查户数 text vs table")
    ctx.product(ins, ir["户用沼气池入户安全巡查"][5], ins_per, "元", "巡查劳务补助")
    d_n = ctx.g(r"安全处置报废沼气池(\d+)口，超过")
    ctx.same(d_n, ir["报废沼气池安全处置"][5], "处置口数 text vs table")
    ctx.product(disp, ir["报废沼气池安全处置"][5], disp_per, "元", "处置费")
    ctx.same(ctx.g(r"\n(\d+)个服务网点全部落实运营补助"), ir["运营补助服务网点"][5], "网点数 text vs table")
    ctx.same(net_n, ir["运营补助服务网点"][5], "网点数 (funds text)")
    ctx.same(ctx.g(r"单个网点补助([\d.]+)万元"), ir["单个网点年运营补助"][5], "单个网点补助")
    ctx.same(net_per, ir["单个网点年运营补助"][5], "单个网点补助 (funds text)")
    ctx.same(ctx.g(r"网点全年服务农户(\d+)户次；"), ir["网点年服务农户"][5], "服务户次")
    ctx.same(ctx.g(r"综合利用率为([\d.]+)%"), ir["服务区畜禽粪污综合利用率"][5], "利用率")
    ctx.same(ctx.g(r"沼肥还田面积(\d+)亩。"), ir["沼肥还田面积"][5], "还田面积")
    chk = ctx.g(r"全年抽验报废池(\d+)口")
    if dnum(chk) / dnum(d_n) < D("0.3"):
        ctx.fail("rate_mismatch", "抽验比例 below the stated 30%")
    ctx.year_is(ctx.g(r"自评工作于(\d{4})年1月中旬启动"), "self-evaluation date", 1)
    ctx.year_is(ctx.g(r"\n大悟县农业农村局\n(\d{4})年3月"), "report date", 1)


# ================================================================ project 4: Shanxi, 2023
def check_qinxian(ctx):
    t = ctx.t
    ctx.year_is(ctx.g(r"沁县农业农村局(\d{4})年度畜禽粪污资源化利用项目绩效自评报告"), "title year")
    frows = flat_blocks(t, "粪肥还田试验及检测费", "（三）项目绩效目标")
    hdr, body = frows[0], frows[1:]
    if hdr[0] != "项目" or len(body) != 7:
        raise ParseError("funds table layout")
    R = {r[1]: r for r in body}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        r = R[k]
        ctx.total(r[3], r[4:8], f"funds {k}: 小计 = 中央+省+市+县")
        ctx.total(r[2], [r[3], r[8], r[9]], f"funds {k}: 总额 = 小计+结转+其他")
    for c in range(2, 10):
        ctx.balance(R["(5)=(3)-(4)"][c], R["(3)"][c], R["(4)"][c], f"结余 column {hdr[c]}")
        ctx.rate(R["(6)=(3)/(2)"][c], R["(3)"][c], R["(2)"][c], f"到位率 column {hdr[c]}")
        ctx.rate(R["(7)=(4)/(2)"][c], R["(4)"][c], R["(2)"][c], f"执行率 column {hdr[c]}")
    ini = ctx.g(r"项目年初预算([\d.]+)万元，全部为中央、省、县三级财政资金")
    ctx.same(ini, R["(1)"][2], "年初 text vs table")
    ctx.year_is(ctx.g(r"其中中央资金于(\d{4})年12月提前下达"), "advance issue", -1)
    cy, co = ctx.g(r"年中将(\d{4})年结转资金([\d.]+)万元纳入本项目")
    ctx.year_is(cy, "上年结转 origin", -1)
    ctx.same(co, R["(2)"][8], "上年结转 text vs table")
    ann = ctx.g(r"全年预算资金([\d.]+)万元，实际到位")
    ctx.total(ann, [ini, co], "年初 + 结转 = 全年")
    ctx.same(ann, R["(2)"][2], "全年 text vs table")
    ctx.same(ctx.g(r"实际到位([\d.]+)万元。"), R["(3)"][2], "到位 text vs table")
    spent, srate = ctx.g(r"全年执行([\d.]+)万元，预算执行率([\d.]+%)")
    ctx.rate(srate, spent, ann, "执行率 (text)")
    ctx.same(spent, R["(4)"][2], "执行 text vs table")
    ctx.same(srate, R["(7)=(4)/(2)"][2], "执行率 text vs table")
    bal = ctx.g(r"资金结余([\d.]+)万元，主要是")
    ctx.balance(bal, ann, spent, "结余 (text)")
    ctx.same(bal, R["(5)=(3)-(4)"][2], "结余 text vs table")
    ctx.year_after(ctx.g(r"对应补助资金结转至(\d{4})年"), "结转")
    fac = ctx.g(r"设施改造补助([\d.]+)万元，技术指导")
    gui, gui_per = ctx.g(r"技术指导补助([\d.]+)万元（每场次(\d+)元）")
    net, net_per = ctx.g(r"网点运营补助([\d.]+)万元（每个网点([\d.]+)万元）")
    test = ctx.g(r"粪肥还田试验及检测费([\d.]+)万元")
    ctx.total(spent, [fac, gui, net, test], "spending items")
    n_net = ctx.g(r"乡村沼气服务网点(\d+)个")
    ctx.product(net, n_net, net_per, "万元", "网点补助")
    ctx.year_is(ctx.g(r"截至(\d{4})年12月31日"), "截至 date")
    ctx.year_is(ctx.g(r"\n沁县农业农村局\n(\d{4})年2月"), "report date", 1)
    for y in re.findall(r"项目实施期：(\d{4})年1月至(\d{4})年12月", t)[0]:
        ctx.year_is(y, "implementation period")
    # indicator tables (Shanxi: 二级 三级 权重 目标值 业绩值 完成率 得分)
    blocks = {}
    for start, end, key in (("（一）预算执行情况", "（二）项目产出情况", "exec"),
                            ("（二）项目产出情况", "（三）项目效益情况", "out"),
                            ("（三）项目效益情况", "（四）满意度情况", "ben"),
                            ("（四）满意度情况", "三、绩效分析", "sat")):
        b = flat_blocks(t, start, end)
        if b[0][0] != "二级指标":
            raise ParseError("indicator header")
        blocks[key] = b[1:]
    er = blocks["exec"][0]
    ctx.rate(er[4], spent, ann, "执行率 (indicator table)")
    ctx.completion(er[5], dnum(er[4]) / dnum(er[3]) * 100, "执行率 completion")
    ctx.exec_score(er[6], er[2], er[4], spent, ann, "execution score")
    allrows = []
    for key in ("out", "ben", "sat"):
        for r in blocks[key]:
            indicator(ctx, r[1], r[3], r[4], r[2], r[6], completion=r[5])
            allrows.append(r)
    ir = {r[1]: r for r in allrows}
    w1, w2, w3, w4 = ctx.g(r"按照权重(\d+)、(\d+)、(\d+)、(\d+)分逐项评分")
    ctx.same(w1, er[2], "执行 weight")
    ctx.weights([r[2] for r in blocks["out"]], w2, "产出 weights")
    ctx.weights([r[2] for r in blocks["ben"]], w3, "效益 weights")
    ctx.weights([r[2] for r in blocks["sat"]], w4, "满意度 weights")
    ctx.weights([er[2]] + [r[2] for r in allrows], "100", "all weights")
    ctx.weights([w1, w2, w3, w4], "100", "text weights")
    ts, gr = ctx.g(r"项目总得分([\d.]+)分，属于“(优秀|良好|中等|较差)”")
    ctx.scores([er[6]] + [r[6] for r in allrows], ts, "total")
    ctx.grade(ts, gr, "grade")
    # text <-> table
    g_n = ctx.g(r"全年开展技术指导(\d+)场次")
    ctx.same(g_n, ir["粪污资源化利用技术指导"][4], "技术指导场次")
    ctx.product(gui, g_n, gui_per, "元", "技术指导补助")
    f_n, avg = ctx.g(r"完成(\d+)家规模养殖场设施配套改造，平均每家补助([\d.]+)万元")
    ctx.same(f_n, ir["规模养殖场粪污处理设施配套改造"][4], "改造家数")
    ctx.average(avg, [dnum(fac) / dnum(f_n)], "平均每家补助")
    ctx.same(avg, ir["单场设施改造补助"][4], "平均补助 text vs table")
    ctx.same(ctx.g(r"低于每家(\d+)万元的控制标准"), ir["单场设施改造补助"][3], "控制标准")
    ctx.same(ctx.g(r"综合利用率为([\d.]+)%"), ir["畜禽粪污综合利用率"][4], "利用率")
    ctx.same(ctx.g(r"；粪肥还田([\d.]+)万亩，"), ir["带动粪肥还田面积"][4], "还田面积")
    nq, nok = ctx.g(r"共收回有效问卷(\d+)份，(\d+)份表示满意")
    ctx.rate(ir["养殖场户及种植户满意度"][4], nok, nq, "满意度 = 满意份数 / 问卷")
    ctx.same(ctx.g(r"对(\d+)家规模养殖场的贮存池"), ctx.g(r"原计划的(\d+)家中有1家"), "计划家数")


# ================================================================ project 5: Gansu, 2024, 部门整体
def check_zhenyuan(ctx):
    t = ctx.t
    ctx.year_is(ctx.g(r"\n(\d{4})年度部门整体支出绩效自评报告"), "title year")
    rows = pipe_rows(t, "项目｜全年预算数（万元）", "其中：上年结转资金｜", "｜")
    R = {r[0]: r for r in rows}
    base, pa, pb, pc = (R["基本支出"], R["户用沼气池后续管护项目"], R["沼气服务网点运营补助项目"],
                        R["畜禽粪污资源化利用技术推广项目"])
    sub, tot, co = R["项目支出小计"], R["合计"], R["其中：上年结转资金"]
    for c in (1, 2):
        ctx.total(sub[c], [pa[c], pb[c], pc[c]], f"项目小计 column {c}")
        ctx.total(tot[c], [base[c], sub[c]], f"合计 column {c}")
    for r in rows:
        ctx.rate(r[3], r[2], r[1], f"{r[0]} 执行率")
    # prose: department
    ini, add, ann = ctx.g(r"本站年初预算([\d.]+)万元，年中追加技术推广项目资金([\d.]+)万元，全年预算([\d.]+)万元")
    ctx.year_is(ctx.g(r"(\d{4})年本站年初预算"), "budget year")
    ctx.total(ann, [ini, add], "年初 + 追加 = 全年")
    ctx.same(ann, tot[1], "全年预算 text vs table")
    b, pers, pub, proj = ctx.g(r"其中基本支出([\d.]+)万元（人员经费([\d.]+)万元、公用经费([\d.]+)万元），项目支出([\d.]+)万元")
    ctx.total(b, [pers, pub], "基本支出 = 人员 + 公用")
    ctx.total(ann, [b, proj], "全年 = 基本 + 项目")
    ctx.same(b, base[1], "基本支出 text vs table")
    ctx.same(proj, sub[1], "项目支出 text vs table")
    spent, srate = ctx.g(r"全年支出([\d.]+)万元，部门预算执行率([\d.]+%)")
    ctx.rate(srate, spent, ann, "部门执行率 (text)")
    ctx.same(spent, tot[2], "支出 text vs table")
    ctx.same(srate, tot[3], "执行率 text vs table")
    bal, carry = ctx.g(r"年末结余([\d.]+)万元，已按规定结转至(\d{4})年")
    ctx.balance(bal, ann, spent, "年末结余")
    ctx.year_after(carry, "结转")
    ctx.year_is(ctx.g(r"(\d{4})年全站预算执行率为"), "last-year figure", -1)
    ctx.year_is(ctx.g(r"本站(\d{4})年实施项目3个"), "project year")
    # prose: projects
    a_b, a_s, a_r, a_sc = ctx.g(r"（一）户用沼气池后续管护项目。全年预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+%)，自评得分([\d.]+)分")
    for x, y, m in ((a_b, pa[1], "预算"), (a_s, pa[2], "执行"), (a_r, pa[3], "执行率"), (a_sc, pa[4], "得分")):
        ctx.same(x, y, f"后续管护项目 {m} text vs table")
    ctx.rate(a_r, a_s, a_b, "后续管护项目执行率 (text)")
    n_ins, n_rep, n_disp = ctx.g(r"全年入户安全巡查(\d+)户，维修病旧池(\d+)口，对(\d+)口长期闲置池进行了安全报废")
    i_amt, i_per = ctx.g(r"巡查补助([\d.]+)万元（每户(\d+)元）")
    r_amt, r_per = ctx.g(r"病旧池维修补助([\d.]+)万元（每口(\d+)元）")
    d_amt, d_per = ctx.g(r"报废池处置补助([\d.]+)万元（每口(\d+)元）")
    misc = ctx.g(r"安全宣传及检测仪器([\d.]+)万元")
    ctx.total(a_s, [i_amt, r_amt, d_amt, misc], "后续管护项目 spending items")
    ctx.product(i_amt, n_ins, i_per, "元", "巡查补助")
    ctx.product(r_amt, n_rep, r_per, "元", "维修补助")
    ctx.product(d_amt, n_disp, d_per, "元", "报废处置补助")
    ctx.balance(ctx.g(r"未支出的([\d.]+)万元为维修工程质保金"), a_b, a_s, "后续管护项目未支出")
    ctx.year_after(ctx.g(r"将在(\d{4})年质保期满后支付"), "质保金 payment")
    plan, short = ctx.g(r"因维修任务比年初计划的(\d+)口少(\d+)口")
    ctx.balance(short, plan, n_rep, "维修缺口")
    ctx.same(plan, ctx.g(r"病旧池维修(\d+)口、闲置池安全报废"), "维修计划")
    b_b, b_per, b_n, b_r, b_sc = ctx.g(r"（二）沼气服务网点运营补助项目。全年预算([\d.]+)万元，按每个网点([\d.]+)万元的标准对(\d+)个网点给予运营补助，资金全部拨付到位，执行率([\d.]+%)，自评得分([\d.]+)分")
    for x, y, m in ((b_b, pb[1], "预算"), (b_r, pb[3], "执行率"), (b_sc, pb[4], "得分")):
        ctx.same(x, y, f"网点运营补助项目 {m} text vs table")
    ctx.product(b_b, b_n, b_per, "万元", "网点补助")
    ctx.rate(b_r, pb[2], b_b, "网点运营补助项目执行率 (text)")
    ctx.same(b_n, ctx.g(r"乡镇和村级沼气服务网点(\d+)个。"), "网点数")
    c_ini, c_add, c_b, c_s, c_r, c_sc = ctx.g(r"年初预算([\d.]+)万元，7月追加([\d.]+)万元，调整后预算([\d.]+)万元，执行([\d.]+)万元，执行率([\d.]+%)，自评得分([\d.]+)分")
    ctx.total(c_b, [c_ini, c_add], "技术推广项目 年初 + 追加")
    ctx.same(c_add, add, "追加 (dept vs project)")
    for x, y, m in ((c_b, pc[1], "预算"), (c_s, pc[2], "执行"), (c_r, pc[3], "执行率"), (c_sc, pc[4], "得分")):
        ctx.same(x, y, f"技术推广项目 {m} text vs table")
    ctx.rate(c_r, c_s, c_b, "技术推广项目执行率 (text)")
    s1, s2, s3, avg = ctx.g(r"三个项目自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分，平均([\d.]+)分")
    for x, y in ((s1, pa[4]), (s2, pb[4]), (s3, pc[4])):
        ctx.same(x, y, "score list vs table")
    ctx.average(avg, [s1, s2, s3], "三个项目平均得分")
    ctx.average(ctx.g(r"三个项目执行率的算术平均值为([\d.]+%)"), [pa[3], pb[3], pc[3]], "执行率算术平均")
    # department score table
    drows = pipe_rows(t, "一级指标｜二级指标｜评分要点", "合计｜", "｜")
    dinds, dtot = drows[:-1], drows[-1]
    for r in dinds:
        if dnum(r[4]) > dnum(r[3]) or dnum(r[4]) < 0:
            ctx.fail("score_exceeds_weight", f"{r[1]}: {r[4]} > {r[3]}")
    ctx.weights([r[3] for r in dinds], dtot[3], "dept weights")
    ctx.weights([dtot[3]], "100", "dept total weight")
    ctx.scores([r[4] for r in dinds], dtot[4], "dept total")
    dr = {r[1]: r for r in dinds}
    ctx.exec_score(dr["预算执行率"][4], dr["预算执行率"][3], tot[3], tot[2], tot[1], "dept execution score")
    c1 = dnum(dr["重点工作完成情况"][3]) * dnum(avg) / 100
    if not consistent(dr["重点工作完成情况"][4], c1):
        ctx.warn("score_rule_mismatch", "重点工作 score from average")
    if dnum(bal) / dnum(ann) > D("0.05"):
        ctx.fail("rate_mismatch", "结余 above 5% while 结转结余控制 full score")
    ts, gr = ctx.g(r"部门整体支出绩效自评得分([\d.]+)分，等级为(优|良|中|差)")
    ctx.same(ts, dtot[4], "dept total text vs table")
    ctx.grade(ts, gr, "dept grade")
    sat = ctx.g(r"抽样满意度([\d.]+%)，不低于90%")
    n_s, n_ok = ctx.g(r"满意度调查抽取农户(\d+)户，表示满意的(\d+)户")
    ctx.rate(sat, n_ok, n_s, "满意度")
    ctx.year_is(ctx.g(r"自评时间为(\d{4})年1月至2月"), "self-evaluation date", 1)
    ctx.year_is(ctx.g(r"\n镇原县农村能源工作站\n(\d{4})年3月"), "report date", 1)


PROJECTS = {
    "sc-yuechi-zhaoqiguanhu-2019": (check_yuechi, 2019),
    "gx-luchuan-fenwuliyong-2021": (check_luchuan, 2021),
    "hb-dawu-zhaoqifuwu-2020": (check_dawu, 2020),
    "sx-qinxian-fenwuziyuan-2023": (check_qinxian, 2023),
    "gs-zhenyuan-nengyuanzhan-2024": (check_zhenyuan, 2024),
}


def run_checks(pid, text):
    fn, year = PROJECTS[pid]
    ctx = Ctx(text, year)
    fn(ctx)
    return ctx


def diff_region(a, b):
    """Common prefix/suffix: return (start, end_in_b) of the changed region of b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    code_count = {}
    cleans = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
                cleans[rec["source"]] = f.read()
    if set(cleans) != set(PROJECTS):
        problems.append(f"clean drafts {sorted(cleans)} != projects {sorted(PROJECTS)}")
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    for rec in labels:
        name, pid = rec["case"], rec["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as f:
            text = f.read()
        n = len(text)
        if not (2750 <= n <= 3450):
            problems.append(f"{name}: length {n} outside the target range")
        try:
            ctx = run_checks(pid, text)
        except (ParseError, KeyError, ValueError, IndexError) as e:
            problems.append(f"{name}: parse failure: {e}")
            continue
        codes = {c for c, _ in ctx.fails}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if ctx.fails or ctx.warns:
                problems.append(f"{name}: clean draft fails checks: {ctx.fails + ctx.warns}")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        lab = exp[0]
        code_count[lab["code"]] = code_count.get(lab["code"], 0) + 1
        if lab["code"] not in ERROR_CODES or lab["severity"] != "error":
            problems.append(f"{name}: bad code/severity {lab['code']}/{lab['severity']}")
        val = lab["value"]
        occ = [m.start() for m in re.finditer(re.escape(val), text)]
        if not occ:
            problems.append(f"{name}: value {val!r} not in case")
        clean = cleans[pid]
        if text == clean:
            problems.append(f"{name}: identical to clean draft")
            continue
        s, e_new, e_old = diff_region(clean, text)
        if not any(o < max(e_new, s + 1) and s < o + len(val) for o in occ):
            problems.append(f"{name}: change [{s},{e_new}) does not overlap the value {val!r}")
        if (e_new - s) > 200 or (e_old - s) > 200:
            problems.append(f"{name}: changed region [{s},{e_new}) longer than 200 characters")
        if codes != {lab["code"]}:
            problems.append(f"{name}: expected only {lab['code']}, checks failed with {sorted(codes)}: {ctx.fails}")
    for c in sorted(ERROR_CODES):
        if code_count.get(c, 0) < 2:
            problems.append(f"code {c} used {code_count.get(c, 0)} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(code_count.values())} labelled errors, "
          + ", ".join(f"{c}={code_count[c]}" for c in sorted(code_count)))
    print("OK")


if __name__ == "__main__":
    main()
