#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels: every value occurs in its case; each error case differs from its clean draft in
   one contiguous place that overlaps the value; the changed figure is stated once in the
   clean draft (at least twice for conflicting_values); every code is used at least twice.
2. arithmetic: each draft is re-checked by a project checker that reads its figures from
   the text (regexes anchored on the wording, and the tables parsed from their layout) and
   redoes every identity with decimal.Decimal under the tolerance of rules.md §8.
   Clean drafts: no check may fail (warnings included).  Error cases: the labelled code
   must fail and no other error-level code may fail (score_rule_mismatch is a warning).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

sys.dont_write_bytecode = True
from build import EDITS, PROJECTS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}
UNIT_SCALE = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}


class SpecError(Exception):
    pass


# ---------------------------------------------------------------- numbers and tolerance
def places(s):
    s = s.strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s, scale=D(1)):
    return D("0.5") * (D(10) ** -places(s)) * scale + D("1e-9")


def close(computed, stated, scale=D(1)):
    """computed (exact) is consistent with the stated string, read in `scale` units."""
    return abs(D(computed) - D(stated) * scale) <= tol(stated, scale)


def pct(a, b):
    return D(a) / D(b) * 100


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.fails = []
        self.warns = []

    def m(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise SpecError(f"pattern {pat!r} matched {len(ms)} times")
        return ms[0]

    def g(self, pat, n=1):
        return self.m(pat).group(n)

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    def check(self, code, computed, stated, msg, scale=D(1)):
        if not close(computed, stated, scale):
            self.fail(code, f"{msg}: computed {D(computed):.4f}, stated {stated}")

    def money(self, code, computed_wan, stated, unit, msg):
        """Compare an amount in 万元 with a stated amount in its written unit; a mismatch
        reconciled by rescaling the stated amount by 10^4 is reported as unit_mismatch."""
        sc = UNIT_SCALE[unit]
        if close(computed_wan, stated, sc):
            return
        if close(computed_wan, stated, sc * 10000) or close(computed_wan, stated, sc / 10000):
            self.fail("unit_mismatch", f"{msg}: {stated}{unit} is off by 10^4 (computed {computed_wan}万元)")
        else:
            self.fail(code, f"{msg}: computed {computed_wan}万元, stated {stated}{unit}")

    def same(self, code, a, b, msg, sa=D(1), sb=D(1)):
        """Two statements of one quantity (strings as written, with their unit scales)."""
        va, vb = D(a) * sa, D(b) * sb
        if abs(va - vb) > max(tol(a, sa), tol(b, sb)):
            self.fail(code, f"{msg}: {a} vs {b}")

    def year(self, stated, expected, msg, op="eq"):
        y, e = int(stated), int(expected)
        ok = {"eq": y == e, "gt": y > e}[op]
        if not ok:
            self.fail("year_mismatch", f"{msg}: {stated} (evaluation year {expected})")

    def grade(self, total, word, msg):
        if GRADE_WORDS[word] != grade_of(total):
            self.fail("grade_mismatch", f"{msg}: total {total} gives {grade_of(total)}, stated {word}")

    def upto100(self, stated, msg):
        if D(stated) > 100 or D(stated) < 0:
            self.fail("implausible_rate", f"{msg}: {stated}%")


def nums(s):
    return re.findall(r"\d+(?:\.\d+)?", s)


# ---------------------------------------------------------------- tables
def segment(text, start, end):
    i = text.index(start)
    j = text.index(end, i)
    return text[i:j]


def sep_rows(text, start, end, sep):
    rows = []
    for line in segment(text, start, end).split("\n"):
        if line.strip():
            rows.append([c.strip() for c in line.split(sep)])
    return rows


def flat_rows(text, start, end):
    rows = []
    for block in segment(text, start, end).strip("\n").split("\n\n"):
        cells = []
        for line in block.split("\n"):
            cells.append(line[1:].strip() if line.startswith("\t") else line.strip())
        rows.append(cells)
    return rows


def row(rows, label):
    hits = [r for r in rows if r and r[0] == label]
    if len(hits) != 1:
        raise SpecError(f"table row {label!r} found {len(hits)} times")
    return hits[0]


def cell(r, i):
    v = r[i].strip()
    return "0" if v in ("", "—", "-") else v


SIGNS = [("≥", "gte"), ("≤", "lte"), ("＞", "gte"), ("＜", "lte"), (">=", "gte"), ("<=", "lte"),
         ("=", "eq"), ("不低于", "gte"), ("不少于", "gte"), ("不超过", "lte")]
BOUNDED = ("满意度", "满意率", "合格率", "及时率", "响应率", "存续率", "到位率", "执行率", "达标率",
           "拨付率", "比例", "持续经营率", "发放率")


def parse_val(s):
    """-> ('date', s) | (direction, number, unit) | None (qualitative)."""
    s = s.strip()
    if re.match(r"^\d{4}年", s):
        return ("date", s)
    d = "eq"
    for sg, dd in SIGNS:
        if s.startswith(sg):
            d, s = dd, s[len(sg):].strip()
            break
    m = re.match(r"^(\d+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return None
    return (d, m.group(1), m.group(2).strip())


QUAL = {"达成年度指标": (D("0.8"), D("1.0001")),
        "部分达成年度指标并具有一定效果": (D("0.5"), D("0.8")),   # Hubei 50–80 or MOF 60–80
        "未达成年度指标且效果较差": (D(0), D("0.6"))}


class Ind:
    def __init__(self, l1, name, target, actual, weight, score, comp=None, group=None):
        self.l1, self.name, self.target, self.actual = l1, name, target, actual
        self.weight, self.score, self.comp, self.group = weight, score, comp, group


def check_indicators(ctx, inds, total, extra_w=(), extra_s=()):
    """Generic checks of an indicator table (rules §5, I6–I8, I13, I5)."""
    W = sum((D(i.weight) for i in inds), D(0)) + sum((D(w) for w in extra_w), D(0))
    if W != 100:
        ctx.fail("weight_sum_mismatch", f"weights add to {W}")
    S = sum((D(i.score) for i in inds), D(0)) + sum((D(s) for s in extra_s), D(0))
    ctx.check("score_sum_mismatch", S, total, "sum of row scores vs 总分")
    for i in inds:
        w, sc = D(i.weight), D(i.score)
        if sc > w or sc < 0:
            ctx.fail("score_exceeds_weight", f"{i.name}: score {i.score} > weight {i.weight}")
        tv, av = parse_val(i.target), parse_val(i.actual)
        if tv is None and av is None:
            band = QUAL.get(i.actual.strip())
            if band is None and i.actual.strip() == i.target.strip():
                band = QUAL["达成年度指标"]        # qualitative target met as worded
            if band is None or not (band[0] <= sc / w < band[1]):
                ctx.warn("score_rule_mismatch", f"{i.name}: qualitative score {i.score}/{i.weight}")
            continue
        if tv is None or av is None or (tv[0] == "date") != (av[0] == "date"):
            ctx.fail("unit_mismatch", f"{i.name}: target {i.target!r} vs actual {i.actual!r}")
            continue
        if tv[0] == "date":
            continue
        d, T, tu = tv
        _, A, au = av
        if tu != au:
            ctx.fail("unit_mismatch", f"{i.name}: unit {tu!r} vs {au!r}")
            continue
        if au == "%" and any(k in i.name for k in BOUNDED):
            ctx.upto100(A, i.name)
        T, A_ = D(T), D(A)
        if d == "lte":
            comp = D(100) if A_ <= T else T / A_ * 100
        elif d == "eq" and T == 0:
            comp = D(100) if A_ <= 0 else D(0)
        else:
            comp = A_ / T * 100
        if i.comp is not None:
            ctx.check("completion_mismatch", comp, i.comp, f"{i.name} 完成率")
        # score rule (warning only): full marks when met, else proportional
        cands = []
        if d == "lte":
            if A_ <= T:
                cands = [w]
            else:
                cands = [w * T / A_, max(D(0), w * (1 - (A_ - T) / T))]
        else:
            cands = [w * min(D(1), comp / 100)]
            if i.comp is not None:
                cands.append(w * min(D(1), D(i.comp) / 100))
        if not any(close(c, i.score) for c in cands):
            ctx.warn("score_rule_mismatch", f"{i.name}: score {i.score}, rule gives {cands[0]:.2f}")


def group_sums(inds, key):
    out = {}
    for i in inds:
        k = key(i)
        w, s = out.get(k, (D(0), D(0)))
        out[k] = (w + D(i.weight), s + D(i.score))
    return out


def restated(ctx, ind, pairs, field="target"):
    """Figures of the text that restate a table cell (targets by default): must agree."""
    for pat, name in pairs:
        cellv = parse_val(getattr(ind[name], field))
        if cellv is None or cellv[0] == "date":
            raise SpecError(f"{name}: no number in {field}")
        ctx.same("conflicting_values", ctx.g(pat), cellv[1], f"{name} {field} text vs table")


def list_after(ctx, pat):
    """Numbers of an enumeration '…依次为a万元、b万元和c万元'."""
    return nums(ctx.g(pat))


# ================================================================ project checkers
def check_jiexiu(ctx):
    t, Y = ctx.t, 2021
    # ---- funds table (flattened, Shanxi layout) ----
    fr = flat_rows(t, "\t项目\n\t行次", "\n全年执行资金按用途划分")
    R = {k: row(fr, k) for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金",
                                 "资金结余", "预算到位率(%)", "预算执行率(%)"]}
    cols = range(2, 10)   # total, 小计, 中央, 省, 市, 县区, 结转, 其他
    for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        r = R[k]
        ctx.check("sum_mismatch", sum(D(cell(r, c)) for c in (4, 5, 6, 7)), cell(r, 3), f"{k} 财政小计")
        ctx.check("sum_mismatch", D(cell(r, 3)) + D(cell(r, 8)) + D(cell(r, 9)), cell(r, 2), f"{k} 总额")
    b, rc, ex = R["全年预算资金"], R["实际到位资金"], R["全年执行资金"]
    for c in cols:
        if rc[c] or ex[c]:
            ctx.check("balance_mismatch", D(cell(rc, c)) - D(cell(ex, c)), cell(R["资金结余"], c), f"(5) col {c}")
        if D(cell(b, c)) != 0:
            ctx.check("rate_mismatch", pct(cell(rc, c), cell(b, c)), cell(R["预算到位率(%)"], c), f"(6) col {c}")
            ctx.check("rate_mismatch", pct(cell(ex, c), cell(b, c)), cell(R["预算执行率(%)"], c), f"(7) col {c}")
    # ---- indicator table ----
    ir = flat_rows(t, "\t一级指标", "\n介休市残疾人联合会\n2022年")
    inds = [Ind(r[0], r[2], r[4], r[5], r[3], r[7], comp=r[6]) for r in ir[1:] if r[0] != "合计"]
    total = row(ir, "合计")[7]
    if row(ir, "合计")[3] != "100":
        ctx.fail("weight_sum_mismatch", "合计 分值 not 100")
    check_indicators(ctx, inds, total)
    byl1 = group_sums(inds, lambda i: i.l1)
    # ---- prose: funds ----
    m = ctx.m(r"全年预算资金([\d.]+)万元，来源为中央残疾人事业发展补助资金([\d.]+)万元、省级残疾人事业发展资金([\d.]+)万元、本级财政安排([\d.]+)万元，另有上年结转([\d.]+)万元")
    bud, zy, sh, bj, jz = m.groups()
    ctx.check("sum_mismatch", D(zy) + D(sh) + D(bj) + D(jz), bud, "budget sources")
    for s, c in [(bud, 2), (zy, 4), (sh, 5), (bj, 7), (jz, 8)]:
        ctx.same("conflicting_values", s, b[c], f"全年预算 text vs table col {c}")
    ctx.same("conflicting_values", bj, cell(R["年初预算资金"], 7), "本级 in 年初预算")
    ctx.year(ctx.g(r"截至(\d{4})年12月31日"), Y, "截至")
    ctx.year(ctx.g(r"截至(\d{4})年底"), Y, "截至年底")
    ctx.year(ctx.g(r"\n(\d{4})年度盲人保健按摩扶持"), Y, "title")
    ctx.year(ctx.g(r"本项目(\d{4})年度自评总得分"), Y, "score year")
    rec, rrate = ctx.g(r"实际到位资金([\d.]+)万元"), ctx.g(r"预算到位率([\d.]+)%")
    ctx.same("conflicting_values", rec, rc[2], "到位 text vs table")
    ctx.check("rate_mismatch", pct(rec, bud), rrate, "到位率 (text)")
    miss = ctx.g(r"本级资金中有([\d.]+)万元因年末库款调度未能拨付")
    ctx.check("balance_mismatch", D(bj) - D(miss), cell(rc, 7), "本级 到位 = 预算 − 未拨付")
    ctx.same("conflicting_values", miss, ctx.g(r"原因一是本级([\d.]+)万元未到位"), "未到位 restated")
    spent, erate = ctx.g(r"全年执行资金([\d.]+)万元，预算执行率"), ctx.g(r"全年执行资金[\d.]+万元，预算执行率([\d.]+)%")
    ctx.same("conflicting_values", spent, ex[2], "执行 text vs table")
    ctx.check("rate_mismatch", pct(spent, bud), erate, "执行率 (text)")
    ctx.same("conflicting_values", erate, ctx.g(r"全年执行率([\d.]+)%，比上年"), "执行率 restated")
    last, up = ctx.g(r"上年为([\d.]+)%"), ctx.g(r"比上年提高([\d.]+)个百分点")
    ctx.check("rate_mismatch", D(erate) - D(last), up, "percentage-point rise")
    items = list_after(ctx, r"支出依次为([^。]+)。")
    ctx.check("sum_mismatch", sum(D(x) for x in items), spent, "spending by use")
    pb, pp, rest = ctx.m(r"一项预算([\d.]+)万元，按合同实际支付([\d.]+)万元，剩余([\d.]+)万元").groups()
    ctx.check("balance_mismatch", D(pb) - D(pp), rest, "视频翻译 budget − paid")
    ctx.same("conflicting_values", pp, items[3], "视频翻译 paid vs list")
    bal = ctx.g(r"年末资金结余([\d.]+)万元")
    ctx.check("balance_mismatch", D(rec) - D(spent), bal, "结余 = 到位 − 执行")
    ctx.same("conflicting_values", bal, R["资金结余"][2], "结余 text vs table")
    ctx.year(ctx.g(r"结转至(\d{4})年"), Y, "carry-over year", op="gt")
    # ---- prose: outputs ----
    n1, a1, n2, a2, n, avg = ctx.m(r"其中(\d+)家示范机构每家([\d.]+)万元、(\d+)家一般机构每家([\d.]+)万元，(\d+)家平均每家([\d.]+)万元").groups()
    ctx.check("sum_mismatch", D(n1) + D(n2), n, "institution count")
    ctx.check("sum_mismatch", D(n1) * D(a1) + D(n2) * D(a2), items[0], "扶持补贴 = Σ per institution")
    ctx.check("average_mismatch", (D(n1) * D(a1) + D(n2) * D(a2)) / D(n), avg, "average per institution")
    tr, per = ctx.m(r"参训(\d+)人次，人均培训费用(\d+)元").groups()
    ctx.money("sum_mismatch", D(tr) * D(per) / 10000, items[1], "万元", "培训费")
    trows = {i.name: i for i in inds}
    ctx.same("conflicting_values", tr, parse_val(trows["盲人按摩技能培训人次"].actual)[1], "培训人次")
    k, std = ctx.m(r"为(\d+)名手语翻译员按每人每月(\d+)元标准").groups()
    yuan = ctx.g(r"全年合计(\d+)元")
    ctx.check("sum_mismatch", D(k) * D(std) * 12, yuan, "翻译员补贴 元")
    ctx.money("sum_mismatch", D(yuan) / 10000, items[2], "万元", "翻译员补贴 元 vs 万元")
    ctx.same("conflicting_values", ctx.g(r"需求响应率达到([\d.]+)%"),
             parse_val(trows["手语翻译服务需求响应率"].actual)[1], "响应率")
    approx = ctx.g(r"全年提供手语翻译服务(\d+)余场次")
    av = parse_val(trows["提供手语翻译服务场次"].actual)
    if av and av[0] != "date" and av[2] == "场次":
        lo = D(approx)
        if not (lo <= D(av[1]) < lo + 100):
            ctx.fail("conflicting_values", "服务场次 text (…余) vs table")
    emp = ctx.g(r"新增盲人按摩就业(\d+)人，比年度目标少")
    ctx.same("conflicting_values", emp, parse_val(trows["新增盲人按摩就业人数"].actual)[1], "就业")
    ctx.check("sum_mismatch", D(parse_val(trows["新增盲人按摩就业人数"].target)[1]) - D(emp),
              ctx.g(r"比年度目标少(\d+)人"), "shortfall")
    sent, back, rr, sat = ctx.m(r"发放问卷(\d+)份，收回(\d+)份，回收率([\d.]+)%，服务对象满意度([\d.]+)%").groups()
    ctx.check("rate_mismatch", pct(back, sent), rr, "回收率")
    ctx.upto100(sat, "satisfaction (text)")
    ctx.same("conflicting_values", sat, parse_val(trows["服务对象满意度"].actual)[1], "满意度")
    restated(ctx, trows, [(r"按摩机构(\d+)家以上", "扶持盲人保健按摩机构数"), (r"培训不少于(\d+)人次", "盲人按摩技能培训人次"),
                          (r"为(\d+)名手语翻译员按每人每月", "补贴手语翻译员人数"), (r"每人每月(\d+)元标准", "手语翻译员月补贴标准"),
                          (r"服务(\d+)场次以上", "提供手语翻译服务场次"), (r"新增盲人按摩就业(\d+)人以上", "新增盲人按摩就业人数"),
                          (r"满意度达到(\d+)%以上", "服务对象满意度")])
    restated(ctx, trows, [(r"全年向(\d+)家盲人", "扶持盲人保健按摩机构数"), (r"受扶持的(\d+)家机构全年", "扶持盲人保健按摩机构数"),
                          (r"。(\d+)名手语翻译员按月足额", "补贴手语翻译员人数")], field="actual")
    # ---- prose: score ----
    tot = ctx.g(r"自评总得分([\d.]+)分")
    ctx.same("conflicting_values", tot, total, "total text vs table")
    ctx.grade(tot, ctx.g(r"等级为“(.+?)”"), "grade")
    blocks = ctx.m(r"其中预算执行指标权重(\d+)分、得分([\d.]+)分，产出指标权重(\d+)分、得分([\d.]+)分，效益指标权重(\d+)分、得分([\d.]+)分，满意度指标权重(\d+)分、得分([\d.]+)分").groups()
    for (w, s), l1 in zip(zip(blocks[0::2], blocks[1::2]), ["预算执行指标", "产出指标", "效益指标", "满意度指标"]):
        if D(w) != byl1[l1][0]:
            ctx.fail("weight_sum_mismatch", f"{l1}: text weight {w} vs table {byl1[l1][0]}")
        ctx.check("score_sum_mismatch", byl1[l1][1], s, f"{l1} block score")
    ctx.check("score_sum_mismatch", sum(D(s) for s in blocks[1::2]), tot, "block scores vs total")
    ctx.check("rate_mismatch", pct(spent, bud), parse_val(trows["预算执行率"].actual)[1], "执行率 in indicator table")


def check_xichong(ctx):
    t, Y = ctx.t, 2023
    tab = sep_rows(t, "项目资金（万元）\t", "\n\n西充县残疾人联合会\n2024年", "\t")
    tot, fis, spa, uni, oth = (row(tab, k) for k in ["年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"])
    for c in (1, 2, 3):
        ctx.check("sum_mismatch", sum(D(cell(r, c)) for r in (fis, spa, uni, oth)), tot[c], f"funds col {c}")
    for r in (tot, fis, oth):
        if D(cell(r, 2)) != 0 and r[5] != "—":
            ctx.check("rate_mismatch", pct(cell(r, 3), cell(r, 2)), r[5].rstrip("%"), f"{r[0]} 执行率")
    ex_w, ex_s = tot[4], tot[6]
    if not close(D(ex_w) * min(D(1), D(tot[3]) / D(tot[2])), ex_s) and not close(D(ex_w) * D(tot[5].rstrip("%")) / 100, ex_s):
        ctx.warn("score_rule_mismatch", "execution score")
    hi = [i for i, r in enumerate(tab) if r[0] == "一级指标"][0]
    inds = []
    for r in tab[hi + 1:]:
        if r[0] == "总分":
            break
        sign = r[3] if r[3] in ("≥", "≤", "=") else ""
        inds.append(Ind(r[0], r[2], sign + r[4] + r[5], r[6] + r[5], r[7], r[8]))
    trow = row(tab, "总分")
    check_indicators(ctx, inds, trow[8], extra_w=[ex_w], extra_s=[ex_s])
    if trow[7] != "100":
        ctx.fail("weight_sum_mismatch", "总分 分值 not 100")
    byl1 = group_sums(inds, lambda i: i.l1)
    ind = {i.name: i for i in inds}
    # ---- prose: funds ----
    ini = ctx.g(r"年初预算批复本项目([\d.]+)万元")
    ctx.same("conflicting_values", ini, tot[1], "年初 text vs table")
    add = ctx.g(r"省残联追加下达手语翻译服务补助([\d.]+)万元")
    don = ctx.g(r"爱心企业捐赠([\d.]+)万元")
    full = ctx.g(r"调整后全年预算([\d.]+)万元")
    ctx.check("sum_mismatch", D(ini) + D(add) + D(don), full, "年初 + 追加 + 捐赠")
    ctx.same("conflicting_values", full, tot[2], "全年预算 text vs table")
    ctx.same("conflicting_values", don, oth[2], "捐赠 vs 其他资金")
    fin = ctx.g(r"全年财政资金([\d.]+)万元")
    parts = list_after(ctx, r"金额依次为([^，]+)，")
    ctx.check("sum_mismatch", sum(D(x) for x in parts), fin, "财政资金 by level")
    ctx.check("sum_mismatch", D(ini) + D(add), fin, "财政资金 = 年初 + 追加")
    ctx.same("conflicting_values", fin, fis[2], "财政资金 text vs table")
    adv = ctx.m(r"中央资金于(\d{4})年(\d+)月提前下达")
    if not (int(adv.group(1)) == Y - 1 and int(adv.group(2)) == 12):
        ctx.fail("year_mismatch", "advance not in the December before")
    ctx.year(ctx.g(r"截至(\d{4})年12月31日"), Y, "截至")
    ctx.year(ctx.g(r"\n(\d{4})年度盲人按摩和手语翻译"), Y, "title")
    ctx.year(ctx.g(r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    spent, sf, sd, er = ctx.m(r"全年执行([\d.]+)万元，其中财政资金([\d.]+)万元、捐赠资金([\d.]+)万元，预算执行率([\d.]+)%").groups()
    ctx.check("sum_mismatch", D(sf) + D(sd), spent, "执行 by source")
    ctx.same("conflicting_values", spent, tot[3], "执行 text vs table")
    ctx.same("conflicting_values", sf, fis[3], "财政执行 text vs table")
    ctx.check("rate_mismatch", pct(spent, full), er, "执行率 (text)")
    ctx.check("balance_mismatch", D(full) - D(spent), ctx.g(r"未执行的([\d.]+)万元"), "未执行")
    ctx.year(ctx.g(r"已结转至(\d{4})年"), Y, "carry-over", op="gt")
    items = list_after(ctx, r"支出依次为([^。]+)。")
    ctx.check("sum_mismatch", sum(D(x) for x in items), spent, "spending by use")
    n1, a1, n2, a2 = ctx.m(r"(\d+)家示范机构每家([\d.]+)万元，(\d+)家达标机构每家([\d.]+)万元").groups()
    ctx.check("sum_mismatch", D(n1) * D(a1) + D(n2) * D(a2), items[0], "扶持 = Σ per institution")
    std, k, yuan = ctx.m(r"每人每月(\d+)元，(\d+)人全年共(\d+)元").groups()
    ctx.check("sum_mismatch", D(std) * D(k) * 12, yuan, "翻译员补贴 元")
    ctx.money("sum_mismatch", D(yuan) / 10000, items[1], "万元", "翻译员补贴 元 vs 万元")
    per, times = ctx.m(r"按次服务每次补贴(\d+)元，全年按需提供手语翻译服务(\d+)次").groups()
    ctx.money("sum_mismatch", D(per) * D(times) / 10000, items[2], "万元", "按次服务")
    ctx.same("conflicting_values", times, parse_val(ind["按需手语翻译服务次数"].actual)[1], "按次服务次数")
    ctx.same("conflicting_values", don, items[3], "捐赠 = 按摩床")
    ctx.same("conflicting_values", per, parse_val(ind["按次手语翻译服务补贴标准"].actual)[1], "补贴标准")
    # ---- prose: performance ----
    tn, cr, miss = ctx.m(r"实际参训(\d+)人，完成年度目标的([\d.]+)%，主要是(\d+)名").groups()
    T = parse_val(ind["盲人按摩技能培训人数"].target)[1]
    ctx.check("completion_mismatch", pct(tn, T), cr, "培训 completion (text)")
    ctx.check("sum_mismatch", D(T) - D(tn), miss, "培训 shortfall")
    ctx.same("conflicting_values", tn, parse_val(ind["盲人按摩技能培训人数"].actual)[1], "参训人数")
    ok, qr = ctx.m(r"考核合格(\d+)人，合格率([\d.]+)%").groups()
    ctx.check("rate_mismatch", pct(ok, tn), qr, "合格率")
    ctx.same("conflicting_values", qr, parse_val(ind["培训考核合格率"].actual)[1], "合格率 text vs table")
    ctx.same("conflicting_values", ctx.g(r"共吸纳(\d+)名盲人按摩师"), parse_val(ind["扶持机构带动盲人稳定就业人数"].actual)[1], "就业")
    ctx.upto100(ctx.g(r"服务对象满意度为([\d.]+)%"), "satisfaction (text)")
    restated(ctx, ind, [(r"扶持(\d+)家盲人按摩机构完成", "扶持盲人按摩机构数量"), (r"为(\d+)名驻点手语翻译员发放", "补贴驻点手语翻译员人数"),
                        (r"按需提供手语翻译服务(\d+)次以上", "按需手语翻译服务次数"), (r"培训盲人按摩从业人员(\d+)人", "盲人按摩技能培训人数"),
                        (r"带动盲人稳定就业(\d+)人以上", "扶持机构带动盲人稳定就业人数"), (r"投诉控制在(\d+)件以内", "听障人士因沟通障碍投诉件数")])
    restated(ctx, ind, [(r"（一）完成情况\n(\d+)家盲人按摩机构", "扶持盲人按摩机构数量"), (r"；(\d+)名驻点翻译员全年在岗", "补贴驻点手语翻译员人数"),
                        (r"实际完成情况：(\d+)家机构", "扶持盲人按摩机构数量"), (r"带动(\d+)名盲人稳定就业。", "扶持机构带动盲人稳定就业人数")], field="actual")
    # ---- prose: score ----
    pw = ctx.m(r"绩效指标(\d+)分按产出(\d+)分、效益(\d+)分设置").groups()
    if D(pw[1]) + D(pw[2]) != D(pw[0]) or D(pw[0]) + D(ex_w) != 100:
        ctx.fail("weight_sum_mismatch", "stated 90 = 产出 + 效益")
    for w, l1 in ((pw[1], "产出指标"), (pw[2], "效益指标")):
        if D(w) != byl1[l1][0]:
            ctx.fail("weight_sum_mismatch", f"{l1} weight text {w} vs table {byl1[l1][0]}")
    es, os_, bs, tt = ctx.m(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，总分([\d.]+)分").groups()
    ctx.same("conflicting_values", es, ex_s, "execution score")
    ctx.check("score_sum_mismatch", byl1["产出指标"][1], os_, "产出 block")
    ctx.check("score_sum_mismatch", byl1["效益指标"][1], bs, "效益 block")
    ctx.check("score_sum_mismatch", D(es) + D(os_) + D(bs), tt, "blocks vs total")
    ctx.same("conflicting_values", tt, trow[8], "total text vs table")
    ctx.grade(tt, ctx.g(r"评价等级为“(.+?)”"), "grade")


def check_liling(ctx):
    t, Y = ctx.t, 2020
    tab = sep_rows(t, "项目资金（万元）｜", "\n\n醴陵市残疾人联合会\n2021年", "｜")
    tot, fis, car, oth = (row(tab, k) for k in ["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
    for c in (1, 2, 3):
        ctx.check("sum_mismatch", sum(D(cell(r, c)) for r in (fis, car, oth)), tot[c], f"funds col {c}")
    ctx.check("rate_mismatch", pct(tot[3], tot[2]), tot[5].rstrip("%"), "执行率 (table)")
    ex_w, ex_s = tot[4], tot[6]
    if not close(D(ex_w) * D(tot[3]) / D(tot[2]), ex_s) and not close(D(ex_w) * D(tot[5].rstrip("%")) / 100, ex_s):
        ctx.warn("score_rule_mismatch", "execution score")
    hi = [i for i, r in enumerate(tab) if r[0] == "一级指标"][0]
    inds = []
    for r in tab[hi + 1:]:
        if r[0] == "总分":
            break
        inds.append(Ind(r[0], r[2], r[3], r[4], r[5], r[6]))
    trow = row(tab, "总分")
    if trow[5] != "100":
        ctx.fail("weight_sum_mismatch", "总分 分值 not 100")
    check_indicators(ctx, inds, trow[6], extra_w=[ex_w], extra_s=[ex_s])
    byl1 = group_sums(inds, lambda i: i.l1)
    ind = {i.name: i for i in inds}
    # ---- prose: funds ----
    ini, city, prov = ctx.m(r"年初预算([\d.]+)万元，由市本级安排([\d.]+)万元、省残联提前下达([\d.]+)万元组成").groups()
    ctx.check("sum_mismatch", D(city) + D(prov), ini, "年初 parts")
    ctx.same("conflicting_values", ini, tot[1], "年初 text vs table")
    ctx.same("conflicting_values", ini, fis[1], "年初 财政 text vs table")
    adv = ctx.m(r"后一笔资金于(\d{4})年(\d+)月下达")
    if not (int(adv.group(1)) == Y - 1 and int(adv.group(2)) == 12):
        ctx.fail("year_mismatch", "advance not in the December before")
    add, cy, cin, full = ctx.m(r"追加手语翻译服务补助([\d.]+)万元，加上(\d{4})年结转的([\d.]+)万元，全年预算资金合计([\d.]+)万元").groups()
    ctx.year(cy, Y - 1, "carry-in year")
    ctx.check("sum_mismatch", D(ini) + D(add) + D(cin), full, "全年预算")
    ctx.check("sum_mismatch", D(ini) + D(add), fis[2], "当年财政拨款 全年 = 年初 + 追加")
    ctx.same("conflicting_values", full, tot[2], "全年预算 text vs table")
    ctx.same("conflicting_values", cin, car[2], "结转 text vs table")
    ctx.year(ctx.g(r"截至(\d{4})年12月31日"), Y, "截至")
    ctx.year(ctx.g(r"\n(\d{4})年度手语翻译服务"), Y, "title")
    ctx.year(ctx.g(r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    spent, lower = ctx.m(r"项目累计支出([\d.]+)万元，执行率超过(\d+)%").groups()
    ctx.same("conflicting_values", spent, tot[3], "执行 text vs table")
    if not pct(spent, full) > D(lower):
        ctx.fail("rate_mismatch", "执行率超过… not true")
    items = list_after(ctx, r"支出依次为([^。]+)。")
    ctx.check("sum_mismatch", sum(D(x) for x in items), spent, "spending by use")
    n1, a1, n2, a2 = ctx.m(r"(\d+)家星级机构每家([\d.]+)万元，(\d+)家一般机构每家([\d.]+)万元").groups()
    ctx.check("sum_mismatch", D(n1) * D(a1) + D(n2) * D(a2), items[0], "规范化扶持")
    nn, each = ctx.m(r"疫情防控期间(\d+)家机构停业近两个月，我会按每家(\d+)元").groups()
    ctx.money("sum_mismatch", D(nn) * D(each) / 10000, items[1], "万元", "纾困补助")
    std = ctx.g(r"手语翻译员补贴标准为每人每月(\d+)元")
    k = ctx.g(r"(\d+)名手语翻译员全年在岗")
    ctx.money("sum_mismatch", D(std) * D(k) * 12 / 10000, items[2], "万元", "翻译员补贴")
    ctx.same("conflicting_values", k, parse_val(ind["补贴手语翻译员人数"].actual)[1], "翻译员人数")
    ctx.same("conflicting_values", std, parse_val(ind["手语翻译员补贴标准"].actual)[1], "补贴标准")
    tn, cost, cu, per = ctx.m(r"参训(\d+)人次，共支出(\d+)(万元|元)，人均(\d+)元").groups()
    ctx.money("sum_mismatch", D(tn) * D(per) / 10000, cost, cu, "手语培训 = 人次 × 人均")
    ctx.money("conflicting_values", D(items[4]), cost, cu, "手语培训 vs spending list")
    ctx.same("conflicting_values", items[5], car[3], "结转资金 used")
    rest = ctx.g(r"未支出的([\d.]+)万元")
    ctx.check("balance_mismatch", D(full) - D(spent), rest, "未支出")
    ctx.year(ctx.g(r"已结转至(\d{4})年"), Y, "carry-over", op="gt")
    # ---- prose: performance ----
    ctx.same("conflicting_values", ctx.g(r"手语节目播出(\d+)期"), parse_val(ind["电视新闻手语节目期数"].actual)[1], "节目期数")
    ctx.same("conflicting_values", ctx.g(r"实际完成(\d+)人次"), parse_val(ind["手语培训人次"].actual)[1], "培训人次")
    if ctx.g(r"补助资金于(\d{4}年\d+月\d+日)前拨付完毕") != ind["补助资金拨付时间"].actual:
        ctx.fail("conflicting_values", "拨付日期")
    ctx.same("conflicting_values", ctx.g(r"月均收入(\d+)元，低于"), parse_val(ind["盲人按摩从业人员月均收入"].actual)[1], "月均收入")
    ctx.same("conflicting_values", ctx.g(r"户籍窗口等(\d+)个单位"), parse_val(ind["手语翻译服务覆盖窗口单位"].actual)[1], "窗口单位")
    sat = ctx.g(r"服务对象满意度([\d.]+)%。")
    ctx.upto100(sat, "satisfaction (text)")
    ctx.same("conflicting_values", sat, parse_val(ind["服务对象满意度"].actual)[1], "满意度")
    restated(ctx, ind, [(r"扶持(\d+)家以上盲人", "扶持盲人保健按摩机构数"), (r"为(\d+)名手语翻译员发放补贴", "补贴手语翻译员人数"),
                        (r"节目(\d+)期以上", "电视新闻手语节目期数"), (r"举办手语培训(\d+)人次以上", "手语培训人次"),
                        (r"覆盖(\d+)个以上窗口单位", "手语翻译服务覆盖窗口单位"), (r"满意度不低于(\d+)%", "服务对象满意度")])
    restated(ctx, ind, [(r"全年扶持盲人保健按摩机构(\d+)家，经验收", "扶持盲人保健按摩机构数"), (r"实际完成情况：(\d+)家机构", "扶持盲人保健按摩机构数"),
                        (r"规范经营，(\d+)名翻译员", "补贴手语翻译员人数"), (r"手语服务覆盖(\d+)个窗口单位", "手语翻译服务覆盖窗口单位")], field="actual")
    es, os_, bs, ss, tt = ctx.m(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度得分([\d.]+)分，总分([\d.]+)分").groups()
    ctx.same("conflicting_values", es, ex_s, "execution score")
    for s, l1 in ((os_, "产出指标"), (bs, "效益指标"), (ss, "满意度指标")):
        ctx.check("score_sum_mismatch", byl1[l1][1], s, f"{l1} block")
    ctx.check("score_sum_mismatch", D(es) + D(os_) + D(bs) + D(ss), tt, "blocks vs total")
    ctx.same("conflicting_values", tt, trow[6], "total text vs table")
    ctx.grade(tt, ctx.g(r"自评等级为“(.+?)”"), "grade")


def check_wuzhou(ctx):
    t, Y = ctx.t, 2024
    tab = sep_rows(t, "一级指标 | 二级指标", "\n\n四、存在的问题", " | ")
    inds = [Ind(r[0], r[2], r[3], r[4], r[5], r[6]) for r in tab[1:] if r[0] != "合计"]
    trow = row(tab, "合计")
    if trow[5] != "100":
        ctx.fail("weight_sum_mismatch", "合计 分值 not 100")
    check_indicators(ctx, inds, trow[6])
    ind = {i.name: i for i in inds}
    grp = group_sums(inds, lambda i: "投入和过程" if i.l1 in ("投入", "过程") else i.l1)
    # ---- prose: funds ----
    ini, add1, add2, full, fin, biz = ctx.m(r"年初预算([\d.]+)万元；年中自治区残联下达盲人按摩机构扶持资金([\d.]+)万元，市财政追加手语翻译服务经费([\d.]+)万元，调整后全年预算([\d.]+)万元，其中财政拨款收入([\d.]+)万元、事业收入([\d.]+)万元").groups()
    ctx.check("sum_mismatch", D(ini) + D(add1) + D(add2), full, "年初 + 追加")
    ctx.check("sum_mismatch", D(fin) + D(biz), full, "收入 by source")
    ctx.same("conflicting_values", biz, ctx.g(r"事业收入([\d.]+)万元为"), "事业收入 restated")
    spent, er = ctx.m(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%").groups()
    ctx.check("rate_mismatch", pct(spent, full), er, "执行率")
    bb, be, br, pb, pe, pr = ctx.m(r"基本支出预算([\d.]+)万元、执行([\d.]+)万元，执行率([\d.]+)%；项目支出预算([\d.]+)万元、执行([\d.]+)万元，执行率([\d.]+)%").groups()
    ctx.check("sum_mismatch", D(bb) + D(pb), full, "基本 + 项目 预算")
    ctx.check("sum_mismatch", D(be) + D(pe), spent, "基本 + 项目 执行")
    ctx.check("rate_mismatch", pct(be, bb), br, "基本支出执行率")
    ctx.check("rate_mismatch", pct(pe, pb), pr, "项目支出执行率")
    bal, pbal = ctx.m(r"年末结转结余([\d.]+)万元，其中项目支出结转([\d.]+)万元").groups()
    ctx.check("balance_mismatch", D(full) - D(spent), bal, "结转结余")
    ctx.check("balance_mismatch", D(pb) - D(pe), pbal, "项目支出结转")
    ctx.year(ctx.g(r"已结转至(\d{4})年"), Y, "carry-over", op="gt")
    ctx.year(ctx.g(r"中心(\d{4})年度部门整体支出绩效自评报告"), Y, "title")
    ctx.year(ctx.g(r"\n(\d{4})年中心年初预算"), Y, "budget year")
    ctx.year(ctx.g(r"中心(\d{4})年度部门整体支出绩效自评得分"), Y, "score year")
    ctx.year(ctx.g(r"指导中心(\d{4})年度部门整体支出绩效自评表"), Y, "table year")
    buds = list_after(ctx, r"预算分别为([^，]+万元)，执行数")
    exes = list_after(ctx, r"执行数依次为([^，]+万元)，执行率")
    rates = list_after(ctx, r"执行率依次为([^。]+)。")
    ctx.check("sum_mismatch", sum(D(x) for x in buds), pb, "project budgets")
    ctx.check("sum_mismatch", sum(D(x) for x in exes), pe, "project spending")
    for k, (b, e, r) in enumerate(zip(buds, exes, rates)):
        ctx.check("rate_mismatch", pct(e, b), r, f"project {k + 1} rate")
    if not pct(exes[3], buds[3]) < D(ctx.g(r"执行率不足(\d+)%")):
        ctx.fail("rate_mismatch", "不足… not true")
    n1, a1, n2, a2 = ctx.m(r"(\d+)家示范机构每家([\d.]+)万元、(\d+)家达标机构每家([\d.]+)万元").groups()
    nall = ctx.g(r"受扶持的(\d+)家机构中")
    ctx.check("sum_mismatch", D(n1) + D(n2), nall, "institutions")
    ctx.check("sum_mismatch", D(n1) * D(a1) + D(n2) * D(a2), exes[0], "扶持 = Σ per institution")
    std, k, yuan = ctx.m(r"每人每月(\d+)元，(\d+)名翻译员全年共(\d+)元").groups()
    ctx.check("sum_mismatch", D(std) * D(k) * 12, yuan, "翻译员补贴 元")
    ctx.money("sum_mismatch", D(yuan) / 10000, exes[2], "万元", "翻译员补贴 元 vs 万元")
    ctx.same("conflicting_values", k, parse_val(ind["补贴手语翻译员人数"].actual)[1], "翻译员人数")
    ctx.same("conflicting_values", std, parse_val(ind["手语翻译员补贴标准"].actual)[1], "补贴标准")
    scores = list_after(ctx, r"项目自评得分分别为([^，]+分)，平均")
    ctx.check("average_mismatch", sum(D(x) for x in scores) / len(scores), ctx.g(r"，平均([\d.]+)分"), "average project score")
    if min(D(x) for x in scores) < 80:
        ctx.fail("grade_mismatch", "均在良好以上 not true")
    # ---- table rows computed from the text ----
    ctx.check("rate_mismatch", (D(full) - D(ini)) / D(ini) * 100, parse_val(ind["预算调整率"].actual)[1], "预算调整率")
    ctx.check("rate_mismatch", pct(spent, full), parse_val(ind["预算执行率"].actual)[1], "预算执行率 (table)")
    ctx.check("rate_mismatch", pct(bal, full), parse_val(ind["结转结余率"].actual)[1], "结转结余率")
    trn, passed = ctx.m(r"培训(\d+)人，低于50人的年度目标，其中(\d+)人通过考试").groups()
    ctx.same("conflicting_values", trn, parse_val(ind["盲人医疗按摩人员培训人数"].actual)[1], "培训人数")
    ctx.check("rate_mismatch", pct(passed, trn), parse_val(ind["盲人医疗按摩考试合格率"].actual)[1], "合格率")
    ctx.same("conflicting_values", ctx.g(r"全年扶持盲人保健按摩机构(\d+)家"), parse_val(ind["扶持盲人保健按摩机构数"].actual)[1], "扶持机构")
    ctx.same("conflicting_values", ctx.g(r"平均(\d+)小时内"), parse_val(ind["手语翻译预约响应时间"].actual)[1], "响应时间")
    cur, prev, gr = ctx.m(r"全年提供手语翻译服务(\d+)人次，较上年的(\d+)人次增长([\d.]+)%").groups()
    ctx.check("rate_mismatch", (D(cur) - D(prev)) / D(prev) * 100, gr, "增长率")
    ctx.same("conflicting_values", cur, parse_val(ind["提供手语翻译服务人次"].actual)[1], "服务人次")
    ctx.same("conflicting_values", ctx.g(r"盲人按摩从业人员(\d+)人；"), parse_val(ind["盲人按摩从业人员人数"].actual)[1], "从业人员")
    n21, n18, n3 = ctx.m(r"(\d+)家扶持机构中(\d+)家全年正常营业，(\d+)家").groups()
    ctx.check("sum_mismatch", D(n18) + D(n3), n21, "存续 + 关停")
    ctx.check("rate_mismatch", pct(n18, n21), parse_val(ind["扶持机构年度存续率"].actual)[1], "存续率")
    restated(ctx, ind, [(r"与(\d+)名手语翻译员签订", "补贴手语翻译员人数"), (r"；(\d+)名手语翻译员全部按月", "补贴手语翻译员人数")], field="actual")
    restated(ctx, ind, [(r"低于(\d+)人的年度目标", "盲人医疗按摩人员培训人数")])
    if D(ctx.g(r"中心共实施[^。]*?(\d+)个项目")) != len(buds):
        ctx.fail("sum_mismatch", "number of projects")
    # ---- prose: score ----
    tt = ctx.g(r"绩效自评得分([\d.]+)分，评价等级")
    ctx.same("conflicting_values", tt, trow[6], "total text vs table")
    ctx.grade(tt, ctx.g(r"评价等级为“(.+?)”"), "grade")
    bl = ctx.m(r"其中投入和过程指标（(\d+)分）得([\d.]+)分，产出指标（(\d+)分）得([\d.]+)分，效益指标（(\d+)分）得([\d.]+)分，满意度指标（(\d+)分）得([\d.]+)分").groups()
    for (w, s), k in zip(zip(bl[0::2], bl[1::2]), ["投入和过程", "产出", "效益", "满意度"]):
        if D(w) != grp[k][0]:
            ctx.fail("weight_sum_mismatch", f"{k}: text weight {w} vs table {grp[k][0]}")
        ctx.check("score_sum_mismatch", grp[k][1], s, f"{k} block")
    if sum(D(w) for w in bl[0::2]) != 100:
        ctx.fail("weight_sum_mismatch", "block weights in text")
    ctx.check("score_sum_mismatch", sum(D(s) for s in bl[1::2]), tt, "blocks vs total")


def check_zhijiang(ctx):
    t, Y = ctx.t, 2019
    tab = sep_rows(t, "项目资金（万元）｜", "\n\n枝江市残疾人联合会\n2020年", "｜")
    tot, prov, yc, loc = (row(tab, k) for k in ["年度资金总额", "其中：省级资金", "宜昌市级资金", "枝江市本级资金"])
    for c in (1, 2, 3):
        ctx.check("sum_mismatch", sum(D(cell(r, c)) for r in (prov, yc, loc)), tot[c], f"funds col {c}")
    ctx.check("rate_mismatch", pct(tot[3], tot[2]), tot[4].rstrip("%"), "执行率 (table)")
    ex_w, ex_s = tot[5], tot[6]
    if not close(D(ex_w) * D(tot[3]) / D(tot[2]), ex_s) and not close(D(ex_w) * D(tot[4].rstrip("%")) / 100, ex_s):
        ctx.warn("score_rule_mismatch", "execution score")
    hi = [i for i, r in enumerate(tab) if r[0] == "年度目标"][0]
    inds = []
    for r in tab[hi + 1:]:
        if r[0] == "总分":
            break
        inds.append(Ind(r[1], r[3], r[4], r[5], r[6], r[7], group=r[0]))
    trow = row(tab, "总分")
    if trow[6] != "100":
        ctx.fail("weight_sum_mismatch", "总分 分值 not 100")
    check_indicators(ctx, inds, trow[7], extra_w=[ex_w], extra_s=[ex_s])
    grp = group_sums(inds, lambda i: i.group)
    ind = {i.name: i for i in inds}
    # ---- prose: funds ----
    ini, pv, lc = ctx.m(r"年初预算([\d.]+)万元，其中省级残疾人事业发展资金([\d.]+)万元、市本级([\d.]+)万元").groups()
    ctx.check("sum_mismatch", D(pv) + D(lc), ini, "年初 parts")
    ctx.same("conflicting_values", ini, tot[1], "年初 text vs table")
    ctx.same("conflicting_values", pv, prov[2], "省级 text vs table")
    ctx.same("conflicting_values", lc, loc[2], "本级 text vs table")
    add, full = ctx.m(r"宜昌市残联追加下达([\d.]+)万元，全年预算调整为([\d.]+)万元").groups()
    ctx.check("sum_mismatch", D(ini) + D(add), full, "年初 + 追加")
    ctx.same("conflicting_values", full, tot[2], "全年 text vs table")
    ctx.same("conflicting_values", add, yc[2], "追加 text vs table")
    spent = ctx.g(r"全年支出([\d.]+)万元，分别用于")
    ctx.same("conflicting_values", spent, tot[3], "执行 text vs table")
    items = list_after(ctx, r"金额依次为([^，]+万元)，预算执行率")
    ctx.check("sum_mismatch", sum(D(x) for x in items), spent, "spending by use")
    er = ctx.g(r"预算执行率([\d.]+)%。")
    ctx.check("rate_mismatch", pct(spent, full), er, "执行率 (text)")
    if D(prov[3]) != D(prov[2]):
        ctx.fail("balance_mismatch", "省级资金全部支出 but table differs")
    ctx.same("conflicting_values", ctx.g(r"宜昌市追加资金支出([\d.]+)万元"), yc[3], "宜昌 执行")
    ctx.same("conflicting_values", ctx.g(r"市本级资金支出([\d.]+)万元"), loc[3], "本级 执行")
    n1, a1, n2, a2 = ctx.m(r"(\d+)家示范店每家([\d.]+)万元，(\d+)家新开办机构每家([\d.]+)万元").groups()
    ctx.check("sum_mismatch", D(n1) * D(a1) + D(n2) * D(a2), items[0], "扶持 = Σ per institution")
    k, std, yuan = ctx.m(r"(\d+)名手语翻译员每人每月补贴(\d+)元，全年共(\d+)元").groups()
    ctx.check("sum_mismatch", D(k) * D(std) * 12, yuan, "翻译员补贴 元")
    ctx.money("sum_mismatch", D(yuan) / 10000, items[2], "万元", "翻译员补贴 元 vs 万元")
    per, times, y2 = ctx.m(r"按每次(\d+)元补贴，全年服务(\d+)次，补贴(\d+)元").groups()
    ctx.check("sum_mismatch", D(per) * D(times), y2, "按次补贴 元")
    ctx.money("sum_mismatch", D(y2) / 10000, items[3], "万元", "按次补贴 元 vs 万元")
    ctx.same("conflicting_values", times, parse_val(ind["窗口手语翻译服务次数"].actual)[1], "服务次数")
    ctx.same("conflicting_values", per, parse_val(ind["按次服务补贴标准"].actual)[1], "补贴标准")
    ctx.same("conflicting_values", k, parse_val(ind["补贴手语翻译员人数"].actual)[1], "翻译员人数")
    rest = ctx.g(r"未支出的([\d.]+)万元")
    ctx.check("balance_mismatch", D(full) - D(spent), rest, "未支出")
    ctx.year(ctx.g(r"已结转至(\d{4})年"), Y, "carry-over", op="gt")
    ctx.year(ctx.g(r"联合会(\d{4})年度盲人保健按摩"), Y, "title")
    ctx.year(ctx.g(r"附件：枝江市(\d{4})年度"), Y, "table year")
    ctx.year(ctx.g(r"市残联(\d{4})年实施本项目"), Y, "implementation year")
    # ---- prose: performance ----
    ctx.same("conflicting_values", ctx.g(r"培训盲人按摩师(\d+)人，未达到"), parse_val(ind["盲人按摩师技能培训人数"].actual)[1], "培训人数")
    a, b = ctx.m(r"(\d+)家机构中(\d+)家的补助按时拨付").groups()
    ctx.check("rate_mismatch", pct(b, a), parse_val(ind["扶持资金按时拨付率"].actual)[1], "按时拨付率")
    ctx.same("conflicting_values", ctx.g(r"带动盲人就业(\d+)人。"), parse_val(ind["带动盲人就业人数"].actual)[1], "就业")
    times2, cr = ctx.m(r"窗口手语翻译服务(\d+)次，完成年度目标的([\d.]+)%").groups()
    ctx.same("conflicting_values", times2, times, "服务次数 restated")
    ctx.check("completion_mismatch", pct(times2, parse_val(ind["窗口手语翻译服务次数"].target)[1]), cr, "服务次数 completion (text)")
    ctx.same("conflicting_values", ctx.g(r"市公安局等(\d+)个窗口单位"), parse_val(ind["设置手语服务的窗口单位数"].actual)[1], "窗口单位")
    ctx.same("conflicting_values", ctx.g(r"平均响应时间([\d.]+)天"), parse_val(ind["手语翻译平均响应时间"].actual)[1], "响应时间")
    ctx.upto100(ctx.g(r"满意率为([\d.]+)%"), "满意率 (text)")
    if not pct(spent, full) < D(ctx.g(r"全年执行率不到(\d+)%")):
        ctx.fail("rate_mismatch", "不到… not true")
    restated(ctx, ind, [(r"机构不少于(\d+)家", "扶持盲人保健按摩机构数"), (r"培训盲人按摩师(\d+)人以上", "盲人按摩师技能培训人数"),
                        (r"带动盲人就业(\d+)人以上", "带动盲人就业人数"), (r"为(\d+)名手语翻译员发放补贴", "补贴手语翻译员人数"),
                        (r"窗口手语翻译服务(\d+)次以上", "窗口手语翻译服务次数"), (r"覆盖(\d+)个以上窗口单位", "设置手语服务的窗口单位数"),
                        (r"手语培训(\d+)人次以上", "公务人员手语培训人次"), (r"高于(\d+)天的目标", "手语翻译平均响应时间")])
    restated(ctx, ind, [(r"全年扶持盲人保健按摩机构(\d+)家（", "扶持盲人保健按摩机构数"), (r"(\d+)家机构中\d+家的补助", "扶持盲人保健按摩机构数"),
                        (r"目标二完成情况。(\d+)名手语翻译员", "补贴手语翻译员人数")], field="actual")
    # ---- prose: score ----
    m = ctx.m(r"预算执行（(\d+)分）按执行率计分得([\d.]+)分，目标一（(\d+)分）得([\d.]+)分，目标二（(\d+)分）得([\d.]+)分，总分([\d.]+)分")
    w0, s0, w1, s1, w2, s2, tt = m.groups()
    if D(w0) != D(ex_w):
        ctx.fail("weight_sum_mismatch", "execution weight text vs table")
    ctx.same("conflicting_values", s0, ex_s, "execution score text vs table")
    for w, s, gname in ((w1, s1, "目标一"), (w2, s2, "目标二")):
        if D(w) != grp[gname][0]:
            ctx.fail("weight_sum_mismatch", f"{gname}: text weight {w} vs table {grp[gname][0]}")
        ctx.check("score_sum_mismatch", grp[gname][1], s, f"{gname} block")
    if D(w0) + D(w1) + D(w2) != 100:
        ctx.fail("weight_sum_mismatch", "block weights in text")
    ctx.check("score_sum_mismatch", D(s0) + D(s1) + D(s2), tt, "blocks vs total")
    ctx.same("conflicting_values", tt, trow[7], "total text vs table")
    ctx.grade(tt, ctx.g(r"评价等级为“(.+?)”"), "grade")


CHECKERS = {
    "sx-jiexiu-mangan-shouyu-2021": check_jiexiu,
    "sc-xichong-shouyufanyi-2023": check_xichong,
    "hn-liling-canlian-anmo-2020": check_liling,
    "gx-wuzhou-mananzhongxin-bumen-2024": check_wuzhou,
    "hb-zhijiang-mangan-butie-2019": check_zhijiang,
}


# ================================================================ label checks
def count_standalone(text, token):
    pat = re.escape(token)
    if token[:1].isdigit():
        pat = r"(?<![\d.])" + pat
    if token[-1:].isdigit():
        pat = pat + r"(?![\d])"
    return len(re.findall(pat, text))


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def run_checker(pid, text):
    ctx = Ctx(text)
    CHECKERS[pid](ctx)
    return ctx


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    edits = {f"{e[0]}-{e[1]}.txt": e for e in EDITS}
    clean_text = {}
    for pid in PROJECTS:
        with open(os.path.join(CASES, f"{pid}-clean.txt"), encoding="utf-8") as fh:
            clean_text[pid] = fh.read()
    # ---- structure ----
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    if len(labels) != 35 or sum(1 for l in labels if l["clean"]) != 5:
        problems.append(f"expected 35 cases (5 clean), got {len(labels)}")
    counts = {c: 0 for c in CODES}
    where = {"prose": 0, "table": 0}
    for pid, text in clean_text.items():
        n = len(text)
        if not 2800 <= n <= 3400:
            problems.append(f"{pid}: clean draft has {n} characters")
    # ---- labels ----
    for lab in labels:
        name = lab["case"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        pid = lab["source"]
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            if text != clean_text[pid]:
                problems.append(f"{name}: differs from the clean draft")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: needs exactly one expected finding")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}/{exp['severity']}")
            continue
        counts[code] += 1
        e = edits[name]
        where[e[3]] += 1
        if e[2] != code:
            problems.append(f"{name}: label code differs from the edit list")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: value {value!r} not in case")
            continue
        if len(occ) != 1:
            problems.append(f"{name}: value {value!r} occurs {len(occ)} times")
        p, q = diff_region(clean_text[pid], text)
        if p >= q and len(text) == len(clean_text[pid]) and text == clean_text[pid]:
            problems.append(f"{name}: identical to clean draft")
        if not any(o < max(q, p + 1) and p < o + len(value) for o in occ):
            problems.append(f"{name}: edit region [{p},{q}) does not overlap the value")
        token = e[6]
        if token not in e[4]:
            problems.append(f"{name}: token {token!r} not part of the replaced text")
        n = count_standalone(clean_text[pid], token)
        if code == "conflicting_values":
            if n < 2:
                problems.append(f"{name}: conflicting figure {token!r} stated {n} time(s) in the clean draft")
        elif n != 1:
            problems.append(f"{name}: changed figure {token!r} stated {n} times in the clean draft")
    for c in CODES:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    # ---- arithmetic ----
    for lab in labels:
        name, pid = lab["case"], lab["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        try:
            ctx = run_checker(pid, text)
        except (SpecError, ValueError, IndexError, KeyError) as exc:
            problems.append(f"{name}: checker could not read the draft: {exc!r}")
            continue
        failed = {c for c, _ in ctx.fails}
        if lab["clean"]:
            for c, msg in ctx.fails + ctx.warns:
                problems.append(f"{name}: clean draft fails {c}: {msg}")
        else:
            want = lab["expected"][0]["code"]
            if want not in failed:
                problems.append(f"{name}: labelled {want} does not fail")
            for c, msg in ctx.fails:
                if c != want and c not in WARNING_CODES:
                    problems.append(f"{name}: unlabelled error {c}: {msg}")
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print(f"slips: prose={where['prose']} table={where['table']}")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
