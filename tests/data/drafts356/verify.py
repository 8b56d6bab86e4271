#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl: 35 cases, every case file exists, clean cases have no expected findings,
   every label value occurs exactly once in its case, every error case differs from its clean
   draft in one contiguous place that overlaps the label value, every code of errors.md §A
   (the 13 error codes) is used at least twice.
2. The arithmetic of every draft is redone from the text (amounts, rates, balances, sums,
   weights, scores, grade, completion, averages, units, years, text <-> table equality),
   using decimal.Decimal and the tolerance of rules.md §8 (half a unit of the last decimal
   printed). Clean drafts: every check passes. Error cases: the labelled code fails and no
   other error-level code fails.

Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]

# ----------------------------------------------------------------------------- numbers

def num(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return D(s)


def ndp(s):
    s = str(s).strip().replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    """Half a unit of the last printed decimal of s (rules.md §8), plus 1e-9."""
    return D(5) * D(10) ** (-(ndp(s) + 1)) + D("1e-9")


def is_num(s):
    return bool(re.fullmatch(r"-?[\d,]+(\.\d+)?%?", str(s).strip()))


SCALES = [D(10) ** 4, D(10) ** -4, D(10) ** 8, D(10) ** -8]
BLANK = ("", "—", "-", "／", "/")


class Ctx:
    def __init__(self, text, name):
        self.text = text
        self.name = name
        self.results = []  # (code, ok, message)

    def add(self, code, ok, msg):
        self.results.append((code, bool(ok), msg))

    def failing(self):
        return sorted({c for c, ok, _ in self.results if not ok})

    # --- extraction ---------------------------------------------------------------
    def one(self, pattern, flags=0):
        found = list(re.finditer(pattern, self.text, flags))
        if len(found) != 1:
            raise AssertionError(f"{self.name}: pattern {pattern!r} matched {len(found)} times")
        m = found[0]
        return m.group(1) if m.re.groups == 1 else m.groups()

    # --- identities -----------------------------------------------------------------
    def identity(self, code, strs, pred, msg):
        vals = [num(s) for s in strs]
        if pred(vals):
            self.add(code, True, msg)
            return
        for i in list(range(1, len(vals))) + [0]:
            for k in SCALES:
                v = list(vals)
                v[i] = vals[i] * k
                if pred(v):
                    self.add("unit_mismatch", False, f"{msg}: {strs[i]} is off by x{k}")
                    return
        self.add(code, False, f"{msg}: {strs}")

    def sum_(self, total, parts, msg, code="sum_mismatch"):
        self.identity(code, [total] + list(parts),
                      lambda v: abs(v[0] - sum(v[1:])) <= tol(total), f"{msg} total=sum(parts)")

    def diff_(self, result, a, b, msg, code="balance_mismatch"):
        self.identity(code, [result, a, b],
                      lambda v: abs(v[0] - (v[1] - v[2])) <= tol(result), f"{msg} result=a-b")

    def product_(self, total, qty, price, factor, msg, code="sum_mismatch"):
        f = D(factor)
        self.identity(code, [total, qty, price],
                      lambda v: abs(v[0] - v[1] * v[2] * f) <= tol(total), f"{msg} total=qty*price")

    def rate_(self, rate, numer, denom, msg, code="rate_mismatch", scale=1):
        rate = rate.strip()
        if num(denom) == 0:
            ok = rate in BLANK or (is_num(rate) and num(rate) == 0)
            self.add("implausible_rate", ok, f"{msg}: rate {rate!r} on a zero base")
            return
        if rate in BLANK:
            self.add(code, False, f"{msg}: rate missing")
            return
        sc = D(scale)
        self.identity(code, [rate, numer, denom],
                      lambda v: v[2] != 0 and abs(v[0] - v[1] / v[2] * 100 * sc) <= tol(rate),
                      f"{msg} rate=n/d")
        self.add("implausible_rate", num(rate) <= 100, f"{msg}: rate {rate} above 100%")

    def eq_(self, a, b, msg, code="conflicting_values"):
        self.identity(code, [a, b],
                      lambda v: abs(v[0] - v[1]) <= max(tol(a), tol(b)), f"{msg} a==b")

    def avg_(self, avg, items, msg, code="average_mismatch"):
        self.identity(code, [avg] + list(items),
                      lambda v: abs(v[0] - sum(v[1:]) / len(v[1:])) <= tol(avg), f"{msg} avg")

    def ratio_avg_(self, avg, total, count, factor, msg, code="average_mismatch"):
        f = D(factor)
        self.identity(code, [avg, total, count],
                      lambda v: abs(v[0] - v[1] * f / v[2]) <= tol(avg), f"{msg} avg=total/count")

    def approx_(self, stated, computed, msg, code="average_mismatch"):
        """约/左右: the computed value must fall within half a unit of the stated one."""
        self.add(code, abs(num(stated) - computed) <= tol(stated), f"{msg}: 约{stated} vs {computed}")

    def year_(self, found, expected, msg, rel="=="):
        y, e = int(found), int(expected)
        ok = {"==": y == e, ">": y > e, ">=": y >= e}[rel]
        self.add("year_mismatch", ok, f"{msg}: {y} {rel} {e}")


# ----------------------------------------------------------------------------- indicators

GTE = ("≥", "＞＝", ">=", "不低于", "不少于")
LTE = ("≤", "＜＝", "<=", "不高于", "不超过")
EQ = ("＝", "=")


def parse_target(t):
    t = t.strip()
    d = "eq"
    for group, name in ((GTE, "gte"), (LTE, "lte"), (EQ, "eq")):
        hit = next((p for p in group if t.startswith(p)), None)
        if hit:
            d, t = name, t[len(hit):].strip()
            break
    m = re.fullmatch(r"([\d.]+)\s*(\S*)", t)
    if not m:
        return None
    return d, D(m.group(1)), m.group(2)


def parse_actual(a):
    m = re.fullmatch(r"([\d.]+)\s*(\S*)", a.strip())
    if not m:
        return None
    return D(m.group(1)), m.group(2)


def completion(target, actual):
    t, a = parse_target(target), parse_actual(actual)
    if not t or not a:
        return None
    d, tv, _ = t
    av, _ = a
    if d == "lte":
        return D(100) if av <= tv else tv / av * 100
    if tv == 0:
        return D(100) if av <= 0 else D(0)
    return av / tv * 100


def goals_(ctx, byname, pairs):
    """Targets stated in the goals paragraph must equal the table's 年度指标值."""
    for pat, name in pairs:
        ctx.eq_(ctx.one(pat), str(parse_target(byname[name]["target"])[1]), f"goal vs table target {name}")


def check_rows(ctx, rows, weight_total="100", score_totals=(), groups=(), score_groups=()):
    """rows: dicts with name, group, target, actual, comp (or None), w, s (strings)."""
    names = [r["name"] for r in rows]
    ctx.sum_(weight_total, [r["w"] for r in rows], "weights", code="weight_sum_mismatch")
    for label, stated, members in groups:
        ws = [r["w"] for r in rows if r["group"] in members]
        ctx.sum_(stated, ws, f"weights of {label}", code="weight_sum_mismatch")
    for r in rows:
        ok = D(0) <= num(r["s"]) <= num(r["w"])
        ctx.add("score_exceeds_weight", ok, f"{r['name']}: score {r['s']} / weight {r['w']}")
    for st in score_totals:
        ctx.sum_(st, [r["s"] for r in rows], "total score", code="score_sum_mismatch")
    for label, stated, members in score_groups:
        ss = [r["s"] for r in rows if r["group"] in members]
        ctx.sum_(stated, ss, f"scores of {label}", code="score_sum_mismatch")
    for r in rows:
        t, a = parse_target(r["target"]), parse_actual(r["actual"])
        if t and a:
            ctx.add("unit_mismatch", t[2] == a[1],
                    f"{r['name']}: target unit {t[2]!r} vs actual unit {a[1]!r}")
            if t[2] == a[1] and r.get("comp") not in (None, "—", ""):
                c = completion(r["target"], r["actual"])
                ctx.add("completion_mismatch", abs(num(r["comp"]) - c) <= tol(r["comp"]),
                        f"{r['name']}: completion {r['comp']} vs {c:.4f}")
        elif t and not a and is_num(r["target"].lstrip("≥≤＝=＜＞")):
            pass
        if a and a[1] == "%":
            ctx.add("implausible_rate", a[0] <= 100, f"{r['name']}: {r['actual']} above 100%")
    assert len(set(names)) == len(names), names


GRADES = {"优": 0, "优秀": 0, "良": 1, "良好": 1, "中": 2, "中等": 2, "一般": 2, "合格": 2,
          "差": 3, "较差": 3, "不合格": 3}


def grade_(ctx, total, word, msg):
    s = num(total)
    band = 0 if s >= 90 else 1 if s >= 80 else 2 if s >= 60 else 3
    ctx.add("grade_mismatch", GRADES.get(word) == band, f"{msg}: {total} -> {word}")


# ----------------------------------------------------------------------------- layouts

def cell_blocks(text):
    """Word tables copied one cell per line (tab-indented), blank line between rows."""
    out = []
    for block in re.split(r"\n\n", text):
        cells = [ln[1:] for ln in block.split("\n") if ln.startswith("\t")]
        if cells:
            out.append(cells)
    return out


def html_rows(text):
    out = []
    for ln in text.split("\n"):
        if "<td" in ln:
            cells = [c.replace("&nbsp;", "").strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", ln)]
            out.append(cells)
    return out


def split_rows(text, sep):
    return [ln.split(sep) for ln in text.split("\n") if sep in ln]


# ----------------------------------------------------------------------------- projects

def spec_yuanqu(ctx):
    Y = 2019
    blocks = cell_blocks(ctx.text)
    fund = {b[0]: b[2:10] for b in blocks if len(b) == 10 and b[1].startswith("(")}
    r1, r2, r3, r4, r5, r6, r7 = (fund[k] for k in (
        "年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余",
        "预算到位率(%)", "预算执行率(%)"))
    cols = ["总额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for lab, r in (("(1)", r1), ("(2)", r2), ("(3)", r3), ("(4)", r4), ("(5)", r5)):
        ctx.sum_(r[0], [r[1], r[6], r[7]], f"funds row {lab} 总额")
        ctx.sum_(r[1], r[2:6], f"funds row {lab} 小计")
    for i, c in enumerate(cols):
        ctx.diff_(r5[i], r3[i], r4[i], f"(5)=(3)-(4) {c}")
        ctx.rate_(r6[i], r3[i], r2[i], f"(6)=(3)/(2) {c}")
        ctx.rate_(r7[i], r4[i], r2[i], f"(7)=(4)/(2) {c}")
    # prose funds
    init, prov = ctx.one(r"年初预算(\d+\.\d+)万元，其中省级补助资金(\d+\.\d+)万元")
    county = ctx.one(r"县级配套资金(\d+\.\d+)万元")
    add = ctx.one(r"追加县级资金(\d+\.\d+)万元")
    annual = ctx.one(r"全年预算(\d+\.\d+)万元。")
    spent = ctx.one(r"实际支出(\d+\.\d+)万元")
    rate = ctx.one(r"预算执行率(\d+\.\d+)%。")
    unpaid = ctx.one(r"尚有(\d+\.\d+)万元未支付")
    ctx.sum_(init, [prov, county], "年初 = 省级 + 县级")
    ctx.sum_(annual, [init, add], "全年 = 年初 + 追加")
    ctx.sum_(r2[5], [r1[5], add], "县区级 全年 = 年初 + 追加")
    for a, b, m in ((init, r1[0], "年初"), (annual, r2[0], "全年"), (spent, r4[0], "执行"),
                    (prov, r1[3], "省级"), (county, r1[5], "县级"), (unpaid, r5[0], "结余"),
                    (rate, r7[0], "执行率")):
        ctx.eq_(a, b, f"text vs funds table {m}")
    ctx.rate_(rate, spent, annual, "text 执行率")
    ctx.diff_(unpaid, r3[5], r4[5], "text 县级未支付")
    # years
    ctx.year_(ctx.one(r"于(\d{4})年12月提前下达"), Y - 1, "advance issue in December before")
    ctx.year_(ctx.one(r"晋财农〔(\d{4})〕156号"), Y - 1, "advance document")
    ctx.year_(ctx.one(r"截至(\d{4})年12月31日"), Y, "截至 date")
    ctx.year_(ctx.one(r"已结转至(\d{4})年"), Y, "carry-over", rel=">")
    ctx.year_(ctx.one(r"\n(\d{4})年项目年初预算"), Y, "budget year")
    ctx.year_(ctx.one(r"开展(\d{4})年度项目支出绩效自评"), Y, "notice year")
    ctx.year_(ctx.one(r"（(\d{4})年度）"), Y, "附件1 year")
    ctx.year_(ctx.one(r"\n(\d{4})年3月18日"), Y + 1, "report date")
    ctx.year_(ctx.one(r"比(\d{4})年的3125批次"), Y - 1, "last-year comparison")
    # breakdown, averages, growth
    build = ctx.one(r"快检操作间改造(\d+\.\d+)万元")
    per = ctx.one(r"平均每站(\d+\.\d+)万元")
    train = ctx.one(r"监管员培训(\d+\.\d+)万元")
    reag = ctx.one(r"快检试剂及耗材(\d+\.\d+)万元")
    nst = ctx.one(r"其中(\d+)个乡镇监管站设备购置")
    ctx.sum_(spent, [build, train, reag], "spending breakdown")
    ctx.ratio_avg_(per, build, nst, 1, "per station")
    samples = ctx.one(r"全年快检样品(\d+)批次")
    ctx.approx_(ctx.one(r"折合每批次约(\d+)元"), num(reag) * 10000 / num(samples), "reagent per sample")
    prev, growth = ctx.one(r"比\d{4}年的(\d+)批次增长(\d+\.\d+)%")
    ctx.identity("rate_mismatch", [growth, samples, prev],
                 lambda v: abs(v[0] - (v[1] - v[2]) / v[2] * 100) <= tol(growth), "growth rate")
    # indicator table
    rows, group = [], None
    total_w = total_s = None
    for b in blocks:
        if len(b) != 9 or b[0] == "一级指标":
            continue
        if b[0] == "总分":
            total_w, total_s = b[3], b[7]
            continue
        group = b[0] or group
        rows.append({"name": b[2], "group": group, "w": b[3], "target": b[4], "actual": b[5],
                     "comp": b[6], "s": b[7]})
    byname = {r["name"]: r for r in rows}
    g = ctx.one(r"预算执行指标(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    groups = [("预算执行", g[0], ["预算执行指标"]), ("产出", g[1], ["产出指标"]),
              ("效益", g[2], ["效益指标"]), ("满意度", g[3], ["满意度指标"])]
    total_text = ctx.one(r"自评总得分(\d+\.\d+)分")
    check_rows(ctx, rows, weight_total=total_w, score_totals=[total_s, total_text], groups=groups)
    ctx.sum_("100", [total_w], "总分 weight = 100", code="weight_sum_mismatch")
    ctx.eq_(total_text, total_s, "text total vs table total")
    grade_(ctx, total_text, ctx.one(r"自评等级为“(.+?)”"), "grade")
    ex = byname["预算执行率"]
    ctx.rate_(ex["actual"], spent, annual, "附件1 执行率 业绩值")
    ctx.eq_(ctx.one(r"全年支出(\d+\.\d+)万元，其中"), spent, "section 三 spending vs funds text")
    goals_(ctx, byname, [(r"建成标准化乡镇监管站(\d+)个", "标准化监管站建成数（个）"),
                         (r"配备农残速测仪不少于(\d+)台", "配备农残速测仪（台）"),
                         (r"培训乡镇监管员(\d+)人次以上", "乡镇监管员培训（人次）"),
                         (r"快速检测样品(\d+)批次以上", "农残快速检测样品（批次）"),
                         (r"定量抽检合格率不低于(\d+)%", "定量抽检合格率")])
    ctx.eq_(per, byname["单站建设成本"]["actual"].replace("万元", ""), "per-station cost text vs table")
    for pat, name in ((r"全年快检样品(\d+)批次", "农残快速检测样品（批次）"),
                      (r"配备农残速测仪(\d+)台，", "配备农残速测仪（台）"),
                      (r"培训监管员(\d+)人次", "乡镇监管员培训（人次）"),
                      (r"定量抽检合格率(\d+\.\d+)%", "定量抽检合格率"),
                      (r"满意度为(\d+\.\d+)%", "生产经营主体满意度"),
                      (r"\n(\d+)个乡镇监管站全部建成", "标准化监管站建成数（个）")):
        ctx.eq_(ctx.one(pat), re.match(r"[\d.]+", byname[name]["actual"]).group(0), f"text vs table {name}")


def spec_pingchang(ctx):
    Y = 2022
    rows_all = html_rows(ctx.text)
    fund = {r[0]: r[1:] for r in rows_all if len(r) == 7 and r[0] != "资金来源"}
    tot = fund["年度资金总额"]
    parts = [fund[k] for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")]
    for i, c in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        ctx.sum_(tot[i], [p[i] for p in parts], f"funds {c}")
    ctx.rate_(tot[4], tot[2], tot[1], "table 执行率")
    rows, group = [], None
    rows.append({"name": "预算执行率", "group": "预算执行", "w": tot[3], "s": tot[5],
                 "target": "100%", "actual": tot[4], "comp": None})
    total_w = total_s = None
    for r in rows_all:
        if r and r[0] == "总分":
            total_w, total_s = r[7], r[8]
            continue
        if len(r) != 10 or r[3] not in ("≥", "≤", "＝", "=", "定性"):
            continue
        group = r[0] or group
        unit = "" if r[5] in BLANK else r[5]
        target = r[4] if r[3] == "定性" else r[3] + r[4] + unit
        actual = r[6] + unit if re.fullmatch(r"[\d.]+", r[6]) else r[6]
        rows.append({"name": r[2], "group": group, "w": r[7], "s": r[8], "target": target,
                     "actual": actual, "comp": None, "raw": r[6]})
    byname = {r["name"]: r for r in rows}
    g = ctx.one(r"预算执行情况(\d+)分，绩效指标(\d+)分（产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分）")
    groups = [("预算执行", g[0], ["预算执行"]), ("产出", g[2], ["产出指标"]),
              ("效益", g[3], ["效益指标"]), ("满意度", g[4], ["满意度指标"]),
              ("绩效指标", g[1], ["产出指标", "效益指标", "满意度指标"])]
    check_rows(ctx, rows, weight_total=total_w, score_totals=[total_s], groups=groups)
    ctx.sum_("100", [total_w], "总分 weight = 100", code="weight_sum_mismatch")
    grade_(ctx, total_s, ctx.one(r"综合评定为(优秀|良好|中等|合格|较差|优|良|中|差)"), "grade")
    # prose funds
    init = ctx.one(r"年初批复项目预算(\d+\.\d+)万元")
    add = ctx.one(r"追加平台三期升级资金(\d+\.\d+)万元")
    annual = ctx.one(r"调整后全年预算(\d+\.\d+)万元")
    spent = ctx.one(r"全年实际支出(\d+\.\d+)万元")
    rate = ctx.one(r"预算执行率(\d+\.\d+)%")
    finrate = ctx.one(r"财政资金执行率(\d+\.\d+)%")
    bal = ctx.one(r"全年结余(\d+\.\d+)万元")
    ctx.sum_(annual, [init, add], "全年 = 年初 + 追加")
    ctx.sum_(fund["财政资金"][1], [fund["财政资金"][0], add], "财政资金 全年 = 年初 + 追加")
    for a, b, m in ((init, tot[0], "年初"), (annual, tot[1], "全年"), (spent, tot[2], "执行"),
                    (rate, tot[4], "执行率")):
        ctx.eq_(a, b, f"text vs table {m}")
    ctx.rate_(rate, spent, annual, "text 执行率")
    ctx.rate_(finrate, fund["财政资金"][2], fund["财政资金"][1], "财政资金执行率")
    ctx.diff_(bal, annual, spent, "结余")
    plat = ctx.one(r"三期升级(\d+\.\d+)万元；")
    qty, price, unit, amt = ctx.one(r"一体机(\d+)套，单价(\d+)(元|万元)，计(\d+\.\d+)万元")
    train = ctx.one(r"培训及宣传(\d+\.\d+)万元")
    cons = ctx.one(r"快检耗材(\d+\.\d+)万元")
    ctx.sum_(spent, [plat, amt, train, cons], "spending breakdown")
    ctx.product_(amt, qty, price, "0.0001" if unit == "元" else "1", "terminals")
    ctx.eq_(plat, byname["平台运维及升级费用"]["raw"], "platform cost text vs table")
    goals_(ctx, byname, [(r"生产经营主体不少于(\d+)家", "纳入追溯平台的生产经营主体"),
                         (r"合格证(\d+)万张以上", "出具带追溯码的合格证"),
                         (r"追溯信息(\d+)批次以上", "抽查核验追溯信息"),
                         (r"抽检合格率不低于(\d+)%", "追溯农产品抽检合格率"),
                         (r"满意度不低于(\d+)%", "入驻主体满意度")])
    now, prev_y, prev, inc = ctx.one(r"生产经营主体(\d+)家，较(\d{4})年的(\d+)家增加(\d+)家")
    ctx.sum_(now, [prev, inc], "主体 = last year + increase")
    ctx.year_(prev_y, Y - 1, "last-year comparison")
    for pat, name in ((r"生产经营主体(\d+)家，较", "纳入追溯平台的生产经营主体"),
                      (r"合格证(\d+\.\d+)万张", "出具带追溯码的合格证"),
                      (r"信息完整率(\d+\.\d+)%", "追溯主体信息完整率"),
                      (r"县检测站抽查核验追溯信息(\d+)批次", "抽查核验追溯信息"),
                      (r"抽检合格率(\d+\.\d+)%", "追溯农产品抽检合格率"),
                      (r"入驻主体满意度(\d+\.\d+)%", "入驻主体满意度")):
        ctx.eq_(ctx.one(pat), byname[name]["raw"], f"text vs table {name}")
    # years
    ctx.year_(ctx.one(r"农业农村局(\d{4})年度农产品"), Y, "title year")
    ctx.year_(ctx.one(r"(\d{4})年年初批复"), Y, "budget year")
    ctx.year_(ctx.one(r"于(\d{4})年3月、7月分两批下达"), Y, "issue year")
    ctx.year_(ctx.one(r"在(\d{4})年验收合格后支付"), Y, "carry-over payment", rel=">")
    ctx.year_(ctx.one(r"附表&nbsp;&nbsp;(\d{4})年度"), Y, "table year")
    ctx.year_(ctx.one(r"发布时间：(\d{4})-"), Y + 1, "publication")


def spec_kaihua(ctx):
    Y = 2021
    lines = split_rows(ctx.text, "\t")
    fund = {r[1]: r[2:8] for r in lines if len(r) == 8 and r[1] in
            ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot, cur, car, oth = (fund[k] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for i, c in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        ctx.sum_(tot[i], [cur[i], car[i], oth[i]], f"funds {c}")
    for lab, r in (("总额", tot), ("当年财政拨款", cur), ("上年结转", car), ("其他", oth)):
        ctx.rate_(r[4], r[2], r[1], f"table 执行率 {lab}")
    rows = [{"name": "预算执行率", "group": "预算执行", "w": tot[3], "s": tot[5],
             "target": "100%", "actual": tot[4], "comp": None}]
    group = None
    for r in lines:
        if len(r) == 9 and r[0] == "" and r[6] and is_num(r[6]):
            group = r[1] or group
            rows.append({"name": r[3], "group": group, "target": r[4], "actual": r[5],
                         "w": r[6], "s": r[7], "comp": None})
    byname = {r["name"]: r for r in rows}
    sc = ctx.one(r"预算执行指标得分(\S+?)分，产出指标得分(\S+?)分，效益指标得分(\S+?)分，"
                 r"满意度指标得分(\S+?)分，合计(\S+?)分")
    check_rows(ctx, rows, weight_total="100", score_totals=[sc[4]],
               score_groups=[("预算执行", sc[0], ["预算执行"]), ("产出", sc[1], ["产出指标"]),
                             ("效益", sc[2], ["效益指标"]), ("满意度", sc[3], ["满意度指标"])])
    ctx.sum_(sc[4], sc[:4], "total = group scores", code="score_sum_mismatch")
    grade_(ctx, sc[4], ctx.one(r"评价等级为“(.+?)”"), "grade")
    # prose funds
    init, county, cy, carry = ctx.one(r"年初预算(\d+\.\d+)万元，其中县级财政安排(\d+\.\d+)万元、"
                                      r"(\d{4})年结转资金(\d+\.\d+)万元")
    add = ctx.one(r"追加快检室试剂补助(\d+\.\d+)万元")
    annual = ctx.one(r"全年预算(\d+\.\d+)万元")
    spent = ctx.one(r"全年支出(\d+\.\d+)万元")
    rate = ctx.one(r"执行率(\d+\.\d+)%，结余")
    bal = ctx.one(r"结余(\d+\.\d+)万元")
    ctx.sum_(init, [county, carry], "年初 = 县级 + 结转")
    ctx.sum_(annual, [init, add], "全年 = 年初 + 追加")
    ctx.sum_(cur[1], [county, add], "当年财政拨款 全年 = 县级 + 追加")
    for a, b, m in ((init, tot[0], "年初"), (annual, tot[1], "全年"), (spent, tot[2], "执行"),
                    (rate, tot[4], "执行率"), (county, cur[0], "县级"), (carry, car[1], "结转")):
        ctx.eq_(a, b, f"text vs table {m}")
    ctx.rate_(rate, spent, annual, "text 执行率")
    ctx.diff_(bal, annual, spent, "结余")
    ctx.year_(cy, Y - 1, "carry-over from last year")
    n, price, unit, amt = ctx.one(r"为(\d+)个快检室各配备农残速测仪1台，单价(\d+)(元|万元)，合计(\d+\.\d+)万元")
    reag = ctx.one(r"快检试剂及耗材(\d+\.\d+)万元")
    third, nb, per = ctx.one(r"委托第三方定量检测(\d+\.\d+)万元（(\d+)批次，每批次约(\d+)元）")
    reno = ctx.one(r"标准化改造及人员培训(\d+\.\d+)万元")
    ctx.sum_(spent, [amt, reag, third, reno], "spending breakdown")
    ctx.product_(amt, n, price, "0.0001" if unit == "元" else "1", "speed testers")
    ctx.approx_(per, num(third) * 10000 / num(nb), "per quantitative test")
    tot_room, town, market = ctx.one(r"(\d+)个快检室（(\d+)个乡镇快检室、(\d+)个农贸市场快检室）")
    ctx.sum_(tot_room, [town, market], "快检室 count")
    ctx.eq_(tot_room, n, "快检室 count vs testers")
    done, comp = ctx.one(r"完成农残快速检测(\d+)批次，为年度目标的(\d+\.\d+)%")
    ctx.add("completion_mismatch",
            abs(num(comp) - completion(byname["农残快速检测样品数"]["target"], done + "批次")) <= tol(comp),
            "text completion 快检")
    veg = ctx.one(r"其中蔬菜(\d+)批次、水果(\d+)批次、茶叶(\d+)批次、食用菌(\d+)批次")
    ctx.sum_(done, veg, "快检 by product")
    equip, unit_cost = ctx.one(r"快检设备和试剂耗材合计(\d+\.\d+)万元，折合单批次快检成本(\d+\.\d+)元")
    ctx.sum_(equip, [amt, reag], "equipment + reagents")
    ctx.ratio_avg_(unit_cost, equip, done, 10000, "cost per test")
    pos, posr = ctx.one(r"快检阳性样品(\d+)批次，阳性检出率(\d+\.\d+)%")
    ctx.rate_(posr, pos, done, "positive rate")
    q = ctx.one(r"四个季度分别为([\d.]+)%、([\d.]+)%、([\d.]+)%、([\d.]+)%，全年平均合格率([\d.]+)%，"
                r"高于目标([\d.]+)个百分点，比(\d{4})年的([\d.]+)%提高([\d.]+)个百分点")
    ctx.avg_(q[4], q[:4], "quarterly pass rates")
    target_pass = parse_target(byname["主要农产品例行监测合格率"]["target"])[1]
    ctx.diff_(q[5], q[4], str(target_pass), "above target (points)", code="sum_mismatch")
    ctx.diff_(q[8], q[4], q[7], "above last year (points)", code="sum_mismatch")
    ctx.year_(q[6], Y - 1, "last-year comparison")
    for a, name in ((done, "农残快速检测样品数"), (unit_cost, "单批次快检成本"),
                    (q[4], "主要农产品例行监测合格率"), (tot_room, "规范化快检室"),
                    (ctx.one(r"完成定量监督抽检(\d+)批次"), "定量监督抽检"), (nb, "定量监督抽检")):
        ctx.eq_(a, re.match(r"[\d.]+", byname[name]["actual"]).group(0), f"text vs table {name}")
    ctx.eq_(ctx.one(r"完成快检(\d+)批次，"), done, "总体目标 cell vs text")
    goals_(ctx, byname, [(r"完成农残快速检测(\d+)批次以上", "农残快速检测样品数"),
                         (r"全年农残快检(\d+)批次以上", "农残快速检测样品数"),
                         (r"定量监督抽检(\d+)批次以上", "定量监督抽检"),
                         (r"合格率保持在(\d+)%以上", "主要农产品例行监测合格率"),
                         (r"例行监测合格率(\d+)%以上\t", "主要农产品例行监测合格率"),
                         (r"\n全年完成农残快速检测\d+批次以上，(\d+)个快检室", "规范化快检室")])
    ctx.eq_(ctx.one(r"例行监测合格率(\d+\.\d+)%\n"), q[4], "总体目标 cell vs text")
    ctx.year_(ctx.one(r"\n(\d{4})年度农产品农药残留快速检测项目绩效自评报告"), Y, "title year")
    ctx.year_(ctx.one(r"做好(\d{4})年度部门项目"), Y, "notice year")
    ctx.year_(ctx.one(r"（(\d{4})年度）"), Y, "table year")
    ctx.year_(ctx.one(r"\n(\d{4})年2月25日"), Y + 1, "report date")


def spec_danjiangkou(ctx):
    Y = 2023
    lines = split_rows(ctx.text, "｜")
    fund = {r[0]: r[1:] for r in lines if len(r) == 7 and r[0] != "资金（万元）"}
    tot, cur, car, oth = (fund[k] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for i, c in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        ctx.sum_(tot[i], [cur[i], car[i], oth[i]], f"funds {c}")
    for lab, r in (("总额", tot), ("当年财政拨款", cur), ("上年结转", car), ("其他", oth)):
        ctx.rate_(r[4], r[2], r[1], f"table 执行率 {lab}")
    rows = [{"name": "预算执行率", "group": "预算执行", "w": tot[3], "s": tot[5],
             "target": "100%", "actual": tot[4], "comp": None}]
    total_w = total_s = None
    for r in lines:
        if r[0] in ("目标1", "目标2", "目标3"):
            rows.append({"name": r[3], "group": r[0], "target": r[4], "actual": r[5], "comp": r[6],
                         "w": r[7], "s": r[8]})
        elif r[0] == "总分":
            total_w, total_s = r[7], r[8]
    byname = {r["name"]: r for r in rows}
    blocks = [(f"目标{i}", ctx.one(rf"\n目标{i}：[^（\n]*（(\d+)分）"), [f"目标{i}"]) for i in (1, 2, 3)]
    exw, blk = ctx.one(r"预算执行率(\d+)分，按执行率乘以分值计分；三个年度目标共(\d+)分")
    total_text, word = ctx.one(r"本项目得分(\d+)分，评价等级为“(.+?)”")
    check_rows(ctx, rows, weight_total=total_w, score_totals=[total_s, total_text],
               groups=blocks + [("预算执行", exw, ["预算执行"]), ("年度目标", blk, ["目标1", "目标2", "目标3"])])
    ctx.sum_("100", [total_w], "总分 weight = 100", code="weight_sum_mismatch")
    ctx.eq_(total_text, total_s, "text total vs table total")
    grade_(ctx, total_text, word, "grade")
    # prose funds
    init, central, city = ctx.one(r"年初预算(\d+\.\d+)万元，其中中央农产品质量安全监管补助资金(\d+\.\d+)万元、"
                                  r"市级配套资金(\d+\.\d+)万元")
    ctx.sum_(init, [central, city], "年初 = 中央 + 市级")
    ctx.eq_(init, tot[0], "text vs table 年初")
    ctx.eq_(tot[0], tot[1], "年中未作调整: 年初 = 全年")
    rec, rr = ctx.one(r"全年到位(\d+\.\d+)万元，到位率(\d+)%")
    ctx.rate_(rr, rec, tot[1], "到位率")
    spent, rate, rest = ctx.one(r"全年支出(\d+\.\d+)万元，执行率(\d+\.\d+)%，剩余(\d+\.\d+)万元")
    ctx.eq_(spent, tot[2], "text vs table 执行")
    ctx.eq_(rate, tot[4], "text vs table 执行率")
    ctx.rate_(rate, spent, tot[1], "text 执行率")
    ctx.diff_(rest, rec, spent, "剩余")
    qty, price, unit, amt = ctx.one(r"合格证打印机(\d+)台，每台(\d+)(元|万元)，计(\d+\.\d+)万元")
    paper = ctx.one(r"纸张及标签(\d+\.\d+)万元")
    train = ctx.one(r"宣传培训(\d+\.\d+)万元")
    insp = ctx.one(r"快检耗材(\d+\.\d+)万元")
    ctx.sum_(spent, [amt, paper, train, insp], "spending breakdown")
    ctx.product_(amt, qty, price, "0.0001" if unit == "元" else "1", "printers")
    py, pv, pts = ctx.one(r"较(\d{4})年的(\d+\.\d+)%提高(\d+\.\d+)个百分点")
    ctx.year_(py, Y - 1, "last-year comparison")
    for pat, name in ((r"生产主体(\d+)家，开具合格证", "开具合格证的生产主体数"),
                      (r"开具合格证(\d+\.\d+)万张", "合格证开具数量"),
                      (r"监督检查(\d+)次，未完成", "合格证核查及监督检查"),
                      (r"样品(\d+)批次；", "“合格证+快检”样品"),
                      (r"培训生产主体(\d+)人次，其中", "培训生产主体"),
                      (r"覆盖率(\d+\.\d+)%；", "规模主体合格证覆盖率"),
                      (r"合格率(\d+\.\d+)%，较", "主要农产品例行监测合格率"),
                      (r"满意度为(\d+\.\d+)%", "生产主体和消费者满意度")):
        ctx.eq_(ctx.one(pat), re.match(r"[\d.]+", byname[name]["actual"]).group(0), f"text vs table {name}")
    goals_(ctx, byname, [(r"生产主体不少于(\d+)家", "开具合格证的生产主体数"),
                         (r"开具合格证(\d+)万张以上", "合格证开具数量"),
                         (r"覆盖率(\d+)%以上", "规模主体合格证覆盖率"),
                         (r"监督检查(\d+)次以上", "合格证核查及监督检查"),
                         (r"样品(\d+)批次以上", "“合格证+快检”样品"),
                         (r"培训生产主体(\d+)人次以上", "培训生产主体"),
                         (r"例行监测合格率(\d+)%以上", "主要农产品例行监测合格率"),
                         (r"满意度(\d+)%以上", "生产主体和消费者满意度")])
    ctx.diff_(pts, byname["主要农产品例行监测合格率"]["actual"], pv, "points above last year",
              code="sum_mismatch")
    # years
    ctx.year_(ctx.one(r"结转下年度（(\d{4})年）"), Y, "carry-over", rel=">")
    ctx.year_(ctx.one(r"中央资金于(\d{4})年4月下达"), Y, "issue year")
    ctx.year_(ctx.one(r"\n(\d{4})年度食用农产品"), Y, "title year")
    ctx.year_(ctx.one(r"丹江口市(\d{4})年度项目支出绩效自评表"), Y, "table year")
    ctx.year_(ctx.one(r"开展(\d{4})年度预算绩效自评"), Y, "notice year")
    ctx.year_(ctx.one(r"\n(\d{4})年3月8日"), Y + 1, "report date")


def spec_dingnan(ctx):
    Y = 2020
    text = ctx.text
    t1_start, t2_start = text.index("表1  "), text.index("表2  ")
    t1 = text[t1_start:text.index("\n\n", t1_start)]
    t2 = text[t2_start:text.index("\n\n", t2_start)]
    f = {}
    for ln in t1.split("\n")[2:]:
        c = re.split(r" {2,}", ln.strip())
        f[c[0].replace("其中：", "")] = c[-3:]
    subs = ["例行监测抽检经费", "农残快检运行经费", "资质认定及能力验证经费"]
    for k, (b, s, r) in f.items():
        ctx.rate_(r, s, b, f"表1 {k}")
    for i, c in ((0, "预算"), (1, "决算")):
        ctx.sum_(f["合计"][i], [f["基本支出"][i], f["项目支出"][i]], f"表1 合计 {c}")
        ctx.sum_(f["项目支出"][i], [f[k][i] for k in subs], f"表1 项目支出 {c}")
    rows = []
    group = None
    l1 = {"预算执行", "产出指标", "效益指标", "满意度指标"}
    total_w = total_s = None
    for ln in t2.split("\n")[2:]:
        c = re.split(r" {2,}", ln.strip())
        if c[0] == "合计":
            total_w, total_s = c[-2], c[-1]
            continue
        if c[0] in l1:
            group = c[0]
        rows.append({"name": c[-5], "group": group, "target": c[-4], "actual": c[-3],
                     "w": c[-2], "s": c[-1], "comp": None})
    byname = {r["name"]: r for r in rows}
    total_text, word = ctx.one(r"部门整体自评得分(\d+)分，等级为“(.+?)”")
    check_rows(ctx, rows, weight_total=total_w, score_totals=[total_s, total_text])
    ctx.sum_("100", [total_w], "合计 weight = 100", code="weight_sum_mismatch")
    ctx.eq_(total_text, total_s, "text total vs table total")
    grade_(ctx, total_text, word, "department grade")
    ctx.rate_(byname["部门预算执行率"]["actual"], f["合计"][1], f["合计"][0], "表2 执行率")
    # prose funds
    tot, fis, basic, proj, carry = ctx.one(
        r"收入合计(\d+\.\d+)万元，其中一般公共预算财政拨款(\d+\.\d+)万元（基本支出(\d+\.\d+)万元、"
        r"项目支出(\d+\.\d+)万元），上年结转资金(\d+\.\d+)万元")
    ctx.sum_(tot, [fis, carry], "收入 = 财政拨款 + 结转")
    ctx.sum_(fis, [basic, proj], "财政拨款 = 基本 + 项目")
    ctx.sum_(f["项目支出"][0], [proj, carry], "表1 项目支出预算 = 项目拨款 + 结转")
    ctx.eq_(tot, f["合计"][0], "text vs 表1 合计")
    ctx.eq_(basic, f["基本支出"][0], "text vs 表1 基本支出")
    pers, pub = ctx.one(r"人员经费(\d+\.\d+)万元、公用经费(\d+\.\d+)万元")
    ctx.sum_(basic, [pers, pub], "基本支出 = 人员 + 公用")
    spent, rate = ctx.one(r"全年支出(\d+\.\d+)万元，预算执行率(\d+\.\d+)%")
    ctx.eq_(spent, f["合计"][1], "text vs 表1 决算")
    ctx.rate_(rate, spent, tot, "text 执行率")
    bal = ctx.one(r"年末结转结余(\d+\.\d+)万元")
    ctx.diff_(bal, tot, spent, "结转结余")
    ctx.diff_(bal, f["项目支出"][0], f["项目支出"][1], "结转结余 = 项目资金")
    sc = ctx.one(r"例行监测抽检经费项目自评得分([\d.]+)分，农残快检运行经费项目([\d.]+)分，"
                 r"资质认定及能力验证经费项目([\d.]+)分，3个项目平均得分([\d.]+)分，等级均为“(.+?)”")
    ctx.avg_(sc[3], sc[:3], "project average")
    for s in sc[:3]:
        ctx.add("score_exceeds_weight", D(0) <= num(s) <= 100, f"project score {s}")
        grade_(ctx, s, sc[4], "project grade")
    b = ctx.one(r"例行监测抽检(\d+)批次，其中蔬菜(\d+)批次、水果(\d+)批次、畜禽产品(\d+)批次、"
                r"水产品(\d+)批次，总体合格率([\d.]+)%，较(\d{4})年的")
    ctx.sum_(b[0], b[1:5], "例行监测 by product")
    ctx.year_(b[6], Y - 1, "last-year comparison")
    for a, name in ((b[0], "例行监测抽检"), (b[5], "例行监测总体合格率"),
                    (ctx.one(r"开展农残快检(\d+)批次"), "指导乡镇农残快检"),
                    (ctx.one(r"实验室间比对(\d+)项"), "能力验证及实验室间比对"),
                    (ctx.one(r"平均出具时间(\d+)个工作日"), "检测报告出具时限"),
                    (ctx.one(r"满意度(\d+\.\d+)%"), "监管部门及生产主体满意度")):
        ctx.eq_(a, re.match(r"[\d.]+", byname[name]["actual"]).group(0), f"text vs table {name}")
    goals_(ctx, byname, [(r"单批次定量检测成本控制在(\d+)元以内", "单批次定量检测成本")])
    ctx.eq_(str(parse_target(byname["能力验证及实验室间比对"]["target"])[1]),
            str(num(ctx.one(r"实验室间比对(\d+)项")) + num(ctx.one(r"其中(\d+)项省级能力验证因疫情延期"))),
            "能力验证 target = done + postponed")
    # years
    ctx.year_(ctx.one(r"已结转至(\d{4})年"), Y, "carry-over", rel=">")
    ctx.year_(ctx.one(r"\n(\d{4})年度部门整体支出绩效自评报告\n"), Y, "title year")
    ctx.year_(ctx.one(r"开展(\d{4})年度部门整体"), Y, "notice year")
    ctx.year_(ctx.one(r"(\d{4})年收入合计"), Y, "budget year")
    ctx.year_(ctx.one(r"表1  (\d{4})年度"), Y, "表1 year")
    ctx.year_(ctx.one(r"表2  (\d{4})年度"), Y, "表2 year")
    ctx.year_(ctx.one(r"\n(\d{4})年4月12日"), Y + 1, "report date")


RATE_WORDS = r"(?:执行率|到位率|合格率|满意度|覆盖率|完整率|处置率|检出率|差错率|使用率)"


def prose_rates(ctx):
    """Every rate stated in running text (执行率, 到位率, 合格率, 满意度 ...) lies in [0, 100]."""
    for m in re.finditer(RATE_WORDS + r"(?:为|达|达到)?(\d+(?:\.\d+)?)%", ctx.text):
        ctx.add("implausible_rate", num(m.group(1)) <= 100, f"text rate {m.group(0)}")


SPECS = {
    "sx-yuanqu-jianguanzhan-2019": spec_yuanqu,
    "sc-pingchang-zhuisu-2022": spec_pingchang,
    "zj-kaihua-nongcankuaijian-2021": spec_kaihua,
    "hb-danjiangkou-hegezheng-2023": spec_danjiangkou,
    "jx-dingnan-nongjianzhan-2020": spec_dingnan,
}


# ----------------------------------------------------------------------------- main

def diff_region(a, b):
    """Common prefix/suffix: the one contiguous region of b that differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(ln) for ln in fh if ln.strip()]
    if len(labels) != 35:
        problems.append(f"expected 35 cases, found {len(labels)}")
    counts = {c: 0 for c in CODES}
    where = {}
    n_checks = 0
    for lab in labels:
        name, src = lab["case"], lab["source"]
        with open(os.path.join(CASES, name), encoding="utf-8") as fh:
            text = fh.read()
        with open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8") as fh:
            clean = fh.read()
        exp = lab["expected"]
        if lab["clean"]:
            if exp or text != clean:
                problems.append(f"{name}: clean case with findings or text differing from the draft")
        else:
            if len(exp) != 1:
                problems.append(f"{name}: expected exactly one label")
                continue
            e = exp[0]
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{name}: bad code/severity {e['code']}/{e['severity']}")
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if len(occ) != 1:
                problems.append(f"{name}: value occurs {len(occ)} times: {e['value']!r}")
            p, q, _ = diff_region(clean, text)
            if q <= p:
                problems.append(f"{name}: no difference from the clean draft")
            elif not any(o < q and p < o + len(e["value"]) for o in occ):
                problems.append(f"{name}: change [{p},{q}) does not overlap the label value")
            elif q - p > 12:
                problems.append(f"{name}: change region too long ({q - p} chars)")
        ctx = Ctx(text, name)
        try:
            SPECS[src](ctx)
            prose_rates(ctx)
        except Exception as exc:  # extraction failure
            problems.append(f"{name}: spec failed: {exc!r}")
            continue
        n_checks += len(ctx.results)
        fails = ctx.failing()
        want = [] if lab["clean"] else [exp[0]["code"]]
        if fails != want:
            detail = [m for c, ok, m in ctx.results if not ok]
            problems.append(f"{name}: failing codes {fails}, expected {want}; {detail}")
        where[name] = fails
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    for c in CODES:
        print(f"{c:22s} {counts.get(c, 0)}")
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
