#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps the label value; every code is used at least twice;
2. the arithmetic of each draft is redone from the text (regexes + table parsers below):
   a clean draft must pass every check (errors and warnings); an error case must fail at least one
   check of its labelled code and no error-level check of any other code.
Tolerance follows rules.md §8: a stated value with d decimals matches a computed one within
0.5 × 10^-d; rounding is ROUND_HALF_UP. Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARN = "score_rule_mismatch"   # warning-level check; must hold in clean drafts only


class Missing(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(",", "").replace("，", ""))


def decimals(s):
    s = str(s).replace(",", "")
    m = re.search(r"\.(\d+)", s)
    return len(m.group(1)) if m else 0


def close(computed, stated):
    """stated is the string as written; computed a Decimal."""
    tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


NUM = r"(\d[\d,]*(?:\.\d+)?)"


def one(text, pattern, group=1):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise Missing(f"pattern matched {len(ms)} times: {pattern}")
    return ms[0].group(group) if isinstance(group, int) else ms[0].groups()


def every(text, pattern, group=1):
    return [m.group(group) for m in re.finditer(pattern, text)]


# ----------------------------------------------------------------------------- results
class R:
    def __init__(self):
        self.items = []   # (code, ok, msg)

    def add(self, code, ok, msg):
        self.items.append((code, bool(ok), msg))

    # a total and its parts; a part off by 10^4 / 10^8 is a unit slip, not a sum slip
    def total(self, total, parts, msg, scale=None):
        vals = [D(p) for p in parts]
        if scale:
            vals = [v * k for v, k in zip(vals, scale)]
        if close(sum(vals), total):
            self.add("sum_mismatch", True, msg)
            return
        for i, p in enumerate(parts):
            for f in (Decimal("1e-4"), Decimal("1e4"), Decimal("1e-8"), Decimal("1e8")):
                alt = list(vals)
                alt[i] = vals[i] * f
                if close(sum(alt), total):
                    self.add("unit_mismatch", False, f"{msg}: part {p} off by a power of ten")
                    return
        self.add("sum_mismatch", False, f"{msg}: {' + '.join(parts)} = {sum(vals)} vs {total}")

    def rate(self, num, den, stated, msg):
        if D(den) == 0:
            ok = stated in ("—", "-", "") or D(stated.rstrip("%")) == 0
            self.add("implausible_rate", ok, f"{msg}: rate on a zero base ({stated})")
            return
        if stated in ("—", "-", ""):
            return          # no rate printed: nothing to compare
        s = stated.rstrip("%")
        if D(s) > 100 or D(s) < 0:
            self.add("implausible_rate", False, f"{msg}: rate {stated} outside 0–100%")
            return
        self.add("implausible_rate", True, msg)
        self.add("rate_mismatch", close(D(num) / D(den) * 100, s),
                 f"{msg}: {num}/{den} = {r2(D(num) / D(den) * 100)}% vs {stated}")

    def same(self, a, b, msg):
        self.add("conflicting_values", close(D(a), b) and close(D(b), a), f"{msg}: {a} vs {b}")

    def balance(self, a, b, stated, msg):
        self.add("balance_mismatch", close(D(a) - D(b), stated), f"{msg}: {a} − {b} vs {stated}")

    def average(self, items, stated, msg):
        avg = sum(D(x) for x in items) / len(items)
        self.add("average_mismatch", close(avg, stated), f"{msg}: mean {r2(avg)} vs {stated}")

    def completion(self, computed, stated, msg):
        self.add("completion_mismatch", close(computed, stated.rstrip("%")),
                 f"{msg}: {r2(computed)}% vs {stated}")

    def pct_bound(self, stated, msg):
        self.add("implausible_rate", 0 <= D(stated.rstrip("%")) <= 100, f"{msg}: {stated}")

    def year_eq(self, y, year, msg):
        self.add("year_mismatch", int(y) == year, f"{msg}: {y} vs {year}")

    def year_after(self, y, year, msg):
        self.add("year_mismatch", int(y) > year, f"{msg}: {y} should be after {year}")


# ----------------------------------------------------------------------------- indicator values
DIRS = {"≥": "gte", ">=": "gte", "＞": "gte", ">": "gte", "≤": "lte", "<=": "lte", "＜": "lte",
        "<": "lte", "=": "eq", "＝": "eq"}
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_value(s):
    """-> (direction, kind, number, unit)"""
    s = s.strip()
    direction = "eq"
    for k in sorted(DIRS, key=len, reverse=True):
        if s.startswith(k):
            direction, s = DIRS[k], s[len(k):].strip()
            break
    m = DATE.fullmatch(s.replace("前", "").replace("以前", ""))
    if m:
        if s.endswith("前"):
            direction = "lte"
        return direction, "date", tuple(int(x) for x in m.groups()), "date"
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\s*(.*)", s)
    if m:
        return direction, "num", D(m.group(1)), m.group(2).strip()
    return direction, "qual", None, s


def tnum(r):
    """number of an indicator row's target"""
    return parse_value(r["target"])[2]


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
               "合格": "中", "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


def check_rows(res, rows, total, grade=None, blocks=None):
    """rows: dicts with l1, name, target, actual, weight, score and optionally completion."""
    wsum = sum(D(r["weight"]) for r in rows)
    res.add("weight_sum_mismatch", wsum == 100, f"Σ weights = {wsum}")
    for key, stated in (blocks or {}).items():
        sub = sum(D(r["weight"]) for r in rows if r["l1"].startswith(key))
        res.add("weight_sum_mismatch", sub == D(stated), f"Σ weights of {key} = {sub} vs {stated}")
    ssum = sum(D(r["score"]) for r in rows)
    res.add("score_sum_mismatch", close(ssum, total), f"Σ scores = {ssum} vs total {total}")
    if grade is not None:
        res.add("grade_mismatch", GRADE_WORDS[grade] == grade_of(total),
                f"grade {grade} for total {total}")
    for r in rows:
        w, s = D(r["weight"]), D(r["score"])
        res.add("score_exceeds_weight", 0 <= s <= w, f"{r['name']}: score {s} / weight {w}")
        if r.get("fixed_score") is not None:      # execution score given in the funds block
            continue
        td, tk, tv, tu = parse_value(r["target"])
        ad, ak, av, au = parse_value(r["actual"])
        if tk == "qual" or ak == "qual":
            continue
        if (tk, tu) != (ak, au):
            res.add("unit_mismatch", False, f"{r['name']}: target {r['target']} vs actual {r['actual']}")
            continue
        res.add("unit_mismatch", True, r["name"])
        if tk == "date":
            met = av <= tv
            comp = Decimal(100) if met else None
        else:
            if td == "lte":
                met = av <= tv
                comp = Decimal(100) if met else tv / av * 100
            else:
                met = av >= tv
                comp = av / tv * 100
        if r.get("completion") and comp is not None:
            res.completion(comp, r["completion"], r["name"])
        # scoring rule (warning): met -> weight; gte unmet -> w*A/T; lte unmet -> w*T/A
        if met:
            exp = w
        elif tk == "date":
            exp = None
        elif td == "lte":
            exp = w * tv / av
        else:
            exp = w * av / tv
        if exp is not None:
            res.add(WARN, close(exp, r["score"]), f"{r['name']}: score {s}, rule gives {r2(exp)}")


def table_lines(text, header_start, stop):
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if ln.startswith(header_start):
            out = []
            for ln2 in lines[i + 1:]:
                if stop(ln2):
                    break
                out.append(ln2)
            return out
    raise Missing(f"table header {header_start}")


def spaced_rows(lines):
    """space-aligned table with merged level cells; optional trailing note column."""
    rows, l1, l2 = [], "", ""
    for ln in lines:
        if not ln.strip():
            continue
        toks = re.split(r"\s{2,}", ln.strip())
        note = ""
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", toks[-1]) or not re.fullmatch(r"-?\d+(?:\.\d+)?", toks[-2]):
            note = toks.pop()
        score, weight, actual, target, name = toks.pop(), toks.pop(), toks.pop(), toks.pop(), toks.pop()
        if len(toks) == 2:
            l1, l2 = toks
        elif len(toks) == 1:
            l2 = toks[0]
        rows.append(dict(l1=l1, l2=l2, name=name, target=target, actual=actual,
                         weight=weight, score=score, note=note))
    return rows


# ----------------------------------------------------------------------------- drafts
def sc_dongpo(t):
    res, Y = R(), 2022
    res.year_eq(one(t, r"\n(\d{4})年度城区公共停车场"), Y, "title year")
    res.year_eq(one(t, r"截至(\d{4})年12月31日"), Y, "截至 date")
    res.year_after(one(t, r"结转至(\d{4})年"), Y, "carry-over year")
    ini, cen, dis = one(t, r"年初预算" + NUM + r"万元，其中中央预算内投资" + NUM + r"万元（[^）]*），区级财政配套" + NUM + "万元", None)
    res.total(ini, [cen, dis], "年初预算 = 中央 + 区级")
    add, ann = one(t, r"追加配套资金" + NUM + r"万元，调整后全年预算" + NUM + "万元", None)
    res.total(ann, [ini, add], "全年预算 = 年初 + 追加")
    rec, recr = one(t, r"实际到位" + NUM + r"万元，到位率(\d+(?:\.\d+)?%)", None)
    res.rate(rec, ann, recr, "到位率")
    sp, spr = one(t, r"全年支出" + NUM + r"万元，预算执行率(\d+(?:\.\d+)?%)", None)
    res.rate(sp, ann, spr, "执行率 (prose)")
    csp, cspr = one(t, r"中央预算内投资支出" + NUM + r"万元，支出率(\d+(?:\.\d+)?%)", None)
    res.rate(csp, cen, cspr, "中央 支出率")
    dsp, dspr = one(t, r"区级配套资金支出" + NUM + r"万元，支出率(\d+(?:\.\d+)?%)", None)
    res.rate(dsp, D(dis) + D(add), dspr, "区级 支出率 (base 年初 + 追加)")
    res.total(sp, [csp, dsp], "支出 = 中央 + 区级")
    civ, chg, des = one(t, r"土建及配套工程支出" + NUM + r"万元，充电设施购置安装支出" + NUM + r"万元，设计、监理及检测费支出" + NUM + "万元", None)
    res.total(sp, [civ, chg, des], "支出 by use")
    fq, fp, ft, sq, spu, st = one(t, r"快充桩(\d+)个，单价" + NUM + r"万元/个，计" + NUM + r"万元；慢充桩(\d+)个，单价" + NUM + r"元/个，计" + NUM + "万元", None)
    res.total(ft, [fp], "快充 amount = qty × price", scale=[D(fq)])
    res.total(st, [spu], "慢充 amount = qty × price (元 → 万元)", scale=[D(sq) / 10000])
    res.total(chg, [ft, st], "充电设施 = 快充 + 慢充")
    bal = one(t, r"未支出的" + NUM + "万元")
    res.balance(ann, sp, bal, "结转 = 全年预算 − 支出")
    tot, a, b, c = one(t, r"新建公共停车泊位(\d+)个，分别为通惠街停车场(\d+)个、桥楼片区停车场(\d+)个、万景路停车场(\d+)个", None)
    res.total(tot, [a, b, c], "泊位 by lot")
    more = one(t, r"比年度目标多(\d+)个")
    tgt_sp = one(t, r"新建公共停车泊位不少于(\d+)个")
    res.total(tot, [tgt_sp, more], "泊位 = 目标 + 多出")
    prev, now = one(t, r"由上年末的" + NUM + r"个增加到" + NUM + "个", None)
    res.total(now, [prev, tot], "城区泊位 = 上年末 + 新建")
    piles, p1, p2, p3, pf, ps = one(t, r"配建充电桩(\d+)个，三处分别为(\d+)个、(\d+)个、(\d+)个，其中快充桩(\d+)个、慢充桩(\d+)个", None)
    res.total(piles, [p1, p2, p3], "充电桩 by lot")
    res.total(piles, [pf, ps], "充电桩 = 快充 + 慢充")
    res.same(pf, fq, "快充桩 count")
    res.same(ps, sq, "慢充桩 count")
    pall, pon, poff = one(t, r"(\d+)个充电桩中已有(\d+)个接入.*?其余(\d+)个", None)
    res.total(pall, [pon, poff], "接入 + 未接入")
    res.same(pall, piles, "充电桩 count")
    unit = one(t, r"折合每个泊位" + NUM + "万元")
    res.average([D(civ) / D(tot)], unit, "土建成本 per 泊位")
    occ, n, hours, util = one(t, r"日均泊位占用" + NUM + r"泊位·小时，按(\d+)个泊位全天(\d+)小时计算，日均利用率" + NUM + "%", None)
    res.same(n, tot, "泊位 count")
    res.rate(occ, D(n) * D(hours), util + "%", "利用率 from hours")
    turn = one(t, r"日均周转" + NUM + "次")
    c0, c1, cr = one(t, r"月均(\d+)件下降到(\d+)件，降幅" + NUM + "%", None)
    res.rate(D(c0) - D(c1), c0, cr + "%", "投诉下降率")
    # funds block of the table
    rows = {}
    for ln in table_lines(t, "项目资金（万元）｜", lambda s: s.startswith("一级指标")):
        c = ln.split("｜")
        rows[c[0].replace("其中：", "")] = c
    tr = rows["年度资金总额"]
    for col in (1, 2, 3):
        res.total(tr[col], [rows[k][col] for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")],
                  f"funds column {col}")
    for k, c in rows.items():
        res.rate(c[3], c[2], c[5], f"执行率 row {k}")
    res.same(tr[1], ini, "年初预算 table/prose")
    res.same(tr[2], ann, "全年预算 table/prose")
    res.same(tr[3], sp, "执行数 table/prose")
    res.same(tr[5].rstrip("%"), spr.rstrip("%"), "执行率 table/prose")
    res.add(WARN, close(D(tr[4]) * min(D(tr[5].rstrip("%")), Decimal(100)) / 100, tr[6]), "execution score")
    # indicator block
    ind = []
    for ln in table_lines(t, "一级指标｜二级指标｜三级指标｜指标性质", lambda s: not s.strip()):
        c = ln.split("｜")
        unit_ = "" if c[5] == "—" else c[5]
        dirs = "" if c[3] in ("定性",) else c[3]
        target = dirs + c[4] + (unit_ if parse_value(c[4])[1] == "num" else "")
        actual = c[6] + (unit_ if re.fullmatch(r"[\d.,]+", c[6]) else "")
        ind.append(dict(l1=c[0], l2=c[1], name=c[2], target=target, actual=actual, weight=c[7], score=c[8]))
    byname = {r["name"]: r for r in ind}
    res.same(byname["新建公共停车泊位"]["actual"].rstrip("个"), tot, "泊位 table/prose")
    res.same(byname["配建充电桩"]["actual"].rstrip("个"), piles, "充电桩 table/prose")
    res.rate(pon, piles, byname["充电桩接入监管平台比例"]["actual"], "接入比例 90/96")
    res.same(byname["单个泊位土建成本"]["actual"].replace("万元/个", ""), unit, "土建成本 table/prose")
    res.same(byname["泊位日均周转次数"]["actual"].replace("次/日", ""), turn, "周转 table/prose")
    res.same(byname["周边道路违停投诉下降率"]["actual"].rstrip("%"), cr, "投诉下降率 table/prose")
    res.same(byname["泊位日均利用率"]["actual"].rstrip("%"), util, "利用率 table/prose")
    g_sp, g_pl, g_q, g_date, g_util, g_cmp = one(
        t, r"新建公共停车泊位不少于(\d+)个，配建充电桩不少于(\d+)个；工程竣工验收合格率(\d+)%，(\d{4}年\d+月\d+日)前完工；新增泊位日均利用率达到(\d+)%以上，周边道路违停投诉量下降(\d+)%以上", None)
    for nm, g in (("新建公共停车泊位", g_sp), ("配建充电桩", g_pl), ("竣工验收合格率", g_q),
                  ("泊位日均利用率", g_util), ("周边道路违停投诉下降率", g_cmp)):
        res.same(tnum(byname[nm]), g, f"target {nm} table/prose")
    res.add("conflicting_values", byname["项目完工时间"]["target"].endswith(g_date), "target date table/prose")
    res.same(tnum(byname["单个泊位土建成本"]), one(t, r"低于" + NUM + "万元/个的控制标准"), "cost cap table/prose")
    ind.append(dict(l1="预算执行", l2="", name="预算执行率", target="", actual="", weight=tr[4], score=tr[6],
                    fixed_score=True))
    total = one(t, r"项目自评得分" + NUM + "分")
    grade = one(t, r"评价等级为“(优|良|中|差)”")
    blocks = dict(zip(("产出", "效益"), one(t, r"其中产出指标(\d+)分、效益指标(\d+)分", None)))
    blocks["预算执行"] = one(t, r"预算执行情况(\d+)分")
    check_rows(res, ind, total, grade, blocks)
    return res


def he_yunhe(t):
    res, Y = R(), 2021
    res.year_eq(one(t, r"\n(\d{4})年度老旧小区"), Y, "title year")
    res.year_eq(one(t, r"截至(\d{4})年12月31日"), Y, "截至 date")
    bud, prov, dist = one(t, r"项目年初预算" + NUM + r"万元，其中省级城镇老旧小区改造配套补助资金" + NUM + r"万元、区级财政资金" + NUM + "万元", None)
    res.total(bud, [prov, dist], "年初预算 = 省 + 区")
    rec = one(t, r"全年实际到位" + NUM + "万元")
    res.same(rec, bud, "到位 = 预算 (未作调整, 全部到位)")
    sp, a, b, c, rt = one(t, r"项目支出" + NUM + r"万元，其中慢充桩补助" + NUM + r"万元、快充桩补助" + NUM + r"万元、第三方验收检测费" + NUM + r"万元，预算执行率" + NUM + "%", None)
    res.total(sp, [a, b, c], "支出 = 慢充 + 快充 + 检测")
    res.rate(sp, bud, rt + "%", "执行率")
    bal = one(t, r"结余资金" + NUM + "万元")
    res.balance(rec, sp, bal, "结余 = 到位 − 支出")
    slow_std, fast_std = one(t, r"交流慢充桩每个" + NUM + r"元、直流快充桩每个" + NUM + "元", None)
    n_comm, n_slow, s1, s2, s3, comp = one(t, r"全年在(\d+)个老旧小区新建交流慢充桩(\d+)个，分别为水月寺街道(\d+)个、南环中路街道(\d+)个、西环中路街道(\d+)个，完成年度目标的" + NUM + "%", None)
    res.total(n_slow, [s1, s2, s3], "慢充桩 by 街道")
    n_fast = one(t, r"新建直流快充桩(\d+)个")
    res.total(a, [slow_std], "慢充补助 = 数量 × 标准", scale=[D(n_slow) / 10000])
    res.total(b, [fast_std], "快充补助 = 数量 × 标准", scale=[D(n_fast) / 10000])
    t_comm, t_slow, t_fast = one(t, r"不少于(\d+)个老旧小区新建交流慢充桩不少于(\d+)个，在小区周边集中停车点建设直流快充桩不少于(\d+)个", None)
    res.completion(D(n_slow) / D(t_slow) * 100, comp + "%", "慢充桩 完成率")
    short = one(t, r"覆盖小区数量比目标少(\d+)个")
    res.total(t_comm, [n_comm, short], "目标小区 = 实际 + 差额")
    apps, ontime, tr_, late = one(t, r"受理补助拨付申请(\d+)笔，其中(\d+)笔在验收后15个工作日内拨付，及时率" + NUM + r"%，其余(\d+)笔", None)
    res.rate(ontime, apps, tr_ + "%", "拨付及时率")
    res.total(apps, [ontime, late], "申请 = 及时 + 延后")
    fuel = one(t, r"年替代燃油量" + NUM + "吨，未达到")
    hrs, use = one(t, r"单桩日均充电" + NUM + r"小时，月均使用率" + NUM + "%", None)
    res.rate(hrs, 24, use + "%", "使用率 from hours")
    radius = one(t, r"缩短到(\d+)米")
    sat = one(t, r"居民满意度为" + NUM + "%")
    res.pct_bound(sat, "满意度")
    rows = spaced_rows(table_lines(t, "一级指标    二级指标", lambda s: s.startswith("合计")))
    by = {r["name"]: r for r in rows}
    res.same(by["预算执行率"]["actual"].rstrip("%"), rt, "执行率 table/prose")
    res.same(by["新建交流慢充桩数量"]["actual"].rstrip("个"), n_slow, "慢充桩 table/prose")
    res.same(by["新建直流快充桩数量"]["actual"].rstrip("个"), n_fast, "快充桩 table/prose")
    res.same(by["覆盖老旧小区数量"]["actual"].rstrip("个"), n_comm, "小区 table/prose")
    res.same(by["补助资金拨付及时率"]["actual"].rstrip("%"), tr_, "及时率 table/prose")
    res.same(by["慢充桩单桩补助标准"]["actual"].replace("万元/个", ""), D(slow_std) / 10000, "补助标准 table/prose")
    res.same(by["年替代燃油量"]["actual"].rstrip("吨"), fuel, "替代燃油量 table/prose")
    res.same(by["小区充电服务半径"]["actual"].rstrip("米"), radius, "服务半径 table/prose")
    res.same(by["充电桩月均使用率"]["actual"].rstrip("%"), use, "使用率 table/prose")
    res.same(by["小区居民满意度"]["actual"].rstrip("%"), sat, "满意度 table/prose")
    res.same(tnum(by["新建交流慢充桩数量"]), t_slow, "target 慢充 table/prose")
    res.same(tnum(by["新建直流快充桩数量"]), t_fast, "target 快充 table/prose")
    res.same(tnum(by["覆盖老旧小区数量"]), t_comm, "target 小区 table/prose")
    g_q, g_t, g_r, g_s = one(t, r"桩体验收合格率(\d+)%；补助资金拨付及时率不低于(\d+)%；小区充电服务半径控制在(\d+)米以内；居民满意度不低于(\d+)%", None)
    res.same(tnum(by["桩体验收合格率"]), g_q, "target 合格率 table/prose")
    res.same(tnum(by["补助资金拨付及时率"]), g_t, "target 及时率 table/prose")
    res.same(tnum(by["小区充电服务半径"]), g_r, "target 半径 table/prose")
    res.same(tnum(by["小区居民满意度"]), g_s, "target 满意度 table/prose")
    total = one(t, r"本项目自评得分" + NUM + "分")
    grade = one(t, r"自评等级为(优秀|良好|优|良|中等|中|差)")
    blocks = dict(zip(("预算执行", "产出", "效益", "满意度"),
                      one(t, r"预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", None)))
    check_rows(res, rows, total, grade, blocks)
    return res


def js_jiangyan(t):
    res, Y = R(), 2019
    res.year_eq(one(t, r"关于(\d{4})年度老城区"), Y, "title year")
    res.year_after(one(t, r"已结转(\d{4})年"), Y, "carry-over year")
    ini, prov, dist, add, ann = one(t, r"年初预算" + NUM + r"万元，其中省级城市停车设施建设补助资金" + NUM + r"万元、区级财政资金" + NUM + r"万元；7月份经区政府同意追加区级资金" + NUM + r"万元，全年预算" + NUM + "万元", None)
    res.total(ini, [prov, dist], "年初 = 省 + 区")
    res.total(ann, [ini, add], "全年 = 年初 + 追加")
    rec = one(t, r"全年到位" + NUM + "万元")
    rows = {}
    for ln in table_lines(t, "资金来源\t", lambda s: not s.startswith(("省级", "区级", "合计"))):
        c = ln.split("\t")
        rows[c[0]] = c
    tot = rows["合计"]
    for col in (1, 2, 3):
        res.total(tot[col], [rows["省级补助资金"][col], rows["区级财政资金"][col]], f"funds column {col}")
    for k, c in rows.items():
        res.rate(c[2], c[1], c[4], f"到位率 {k}")
        res.rate(c[3], c[1], c[5], f"执行率 {k}")
    res.same(rows["省级补助资金"][1], prov, "省级 table/prose")
    res.same(rows["区级财政资金"][1], D(dist) + D(add), "区级 table/prose")
    res.same(tot[1], ann, "全年预算 table/prose")
    res.same(tot[2], rec, "到位 table/prose")
    sp, a, b, c = one(t, r"全年实际支出" + NUM + r"万元，其中泊位施工及划线费用" + NUM + r"万元、地磁及智慧停车平台建设费" + NUM + r"万元、照明及视频监控设施" + NUM + "万元", None)
    res.same(tot[3], sp, "支出 table/prose")
    res.total(sp, [a, b, c], "支出 by use")
    nq, price, amt, plat = one(t, r"地磁检测器(\d+)套，单价" + NUM + r"元/套，计" + NUM + r"万元，平台软件开发及部署" + NUM + "万元", None)
    res.total(amt, [price], "地磁 = 数量 × 单价", scale=[D(nq) / 10000])
    res.total(b, [amt, plat], "地磁及平台 = 地磁 + 平台")
    bal = one(t, r"年末未支出" + NUM + "万元")
    res.balance(tot[1], sp, bal, "未支出 = 全年预算 − 支出")
    st = {}
    for ln in table_lines(t, "街道\t", lambda s: not s.strip()):
        c = ln.split("\t")
        st[c[0]] = c
    for k, c in st.items():
        res.total(c[3], [c[1], c[2]], f"泊位 row {k}")
    for col in (1, 2, 3):
        res.total(st["合计"][col], [st[k][col] for k in st if k != "合计"], f"泊位 column {col}")
    new, road, off = one(t, r"全年新增公共停车泊位" + NUM + r"个，其中路内泊位(\d+)个、路外泊位(\d+)个", None)
    res.total(new, [road, off], "新增 = 路内 + 路外")
    res.same(new, st["合计"][3], "新增 table/prose")
    res.same(road, st["合计"][1], "路内 table/prose")
    res.same(off, st["合计"][2], "路外 table/prose")
    res.same(nq, road, "地磁 = 路内泊位")
    per = one(t, r"折合每个泊位" + NUM + "元")
    res.average([D(a) * 10000 / D(new)], per, "施工费 per 泊位 (元)")
    acc = one(t, r"地磁检测准确率为" + NUM + "%")
    c0, c1, cr = one(t, r"由2018年的" + NUM + r"件下降到" + NUM + r"件，降幅" + NUM + "%", None)
    res.rate(D(c0) - D(c1), c0, cr + "%", "投诉下降率")
    turn = one(t, r"路内泊位平均周转" + NUM + "次/日")
    u1, u2, u3, ua = one(t, r"日均利用率分别为" + NUM + "%、" + NUM + "%、" + NUM + r"%，平均" + NUM + "%", None)
    res.average([u1, u2, u3], ua, "临时停车场平均利用率")
    rev = one(t, r"停车收费收入" + NUM + "万元，")
    users = one(t, r"注册用户" + NUM + "万人，")
    sat = one(t, r"车主满意度为" + NUM + "%")
    res.pct_bound(sat, "满意度")
    ind, l1 = [], ""
    for ln in table_lines(t, "一级指标\t", lambda s: s.startswith("合计")):
        c = ln.split("\t")
        l1 = c[0] or l1
        ind.append(dict(l1=l1, l2=c[1], name=c[2], target=c[3], actual=c[4], completion=c[5],
                        weight=c[6], score=c[7]))
    by = {r["name"]: r for r in ind}
    res.same(by["预算执行率"]["actual"].rstrip("%"), tot[5].rstrip("%"), "执行率 table/table")
    res.same(by["新增公共停车泊位"]["actual"].rstrip("个"), new, "新增 indicator/prose")
    res.same(by["路内泊位地磁检测器安装"]["actual"].rstrip("套"), nq, "地磁 indicator/prose")
    res.same(by["地磁检测准确率"]["actual"].rstrip("%"), acc, "准确率 indicator/prose")
    res.same(by["新增泊位平均建设成本"]["actual"].replace("元/个", ""), per, "成本 indicator/prose")
    res.same(by["停车难投诉量下降率"]["actual"].rstrip("%"), cr, "投诉下降率 indicator/prose")
    res.same(by["路内泊位平均周转率"]["actual"].replace("次/日", ""), turn, "周转 indicator/prose")
    res.same(by["停车收费收入"]["actual"].replace("万元", ""), rev, "收入 indicator/prose")
    res.same(by["智慧停车平台注册用户"]["actual"].replace("万人", ""), users, "用户 indicator/prose")
    res.same(by["周边居民及车主满意度"]["actual"].rstrip("%"), sat, "满意度 indicator/prose")
    g_new, g_mag, g_cmp = one(t, r"新增公共停车泊位不少于" + NUM + r"个，路内泊位地磁检测器安装不少于(\d+)套，10月底前完工，停车难投诉量下降(\d+)%以上", None)
    res.same(tnum(by["新增公共停车泊位"]), g_new, "target 泊位 table/prose")
    res.same(tnum(by["路内泊位地磁检测器安装"]), g_mag, "target 地磁 table/prose")
    res.same(tnum(by["停车难投诉量下降率"]), g_cmp, "target 投诉 table/prose")
    res.same(tnum(by["地磁检测准确率"]), one(t, r"未达到(\d+)%的目标"), "target 准确率 table/prose")
    res.same(tnum(by["新增泊位平均建设成本"]), one(t, r"低于每个" + NUM + "元的控制标准"), "cost cap table/prose")
    total = one(t, r"项目得分" + NUM + "分")
    grade = one(t, r"评价等级为(优秀|良好|中等|较差)")
    blocks = dict(zip(("预算执行", "产出", "效益", "满意度"),
                      one(t, r"预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度(\d+)分", None)))
    check_rows(res, ind, total, grade, blocks)
    return res


def hn_wuling(t):
    res, Y = R(), 2023
    res.year_eq(one(t, r"\n(\d{4})年度公共充电基础设施"), Y, "title year")
    res.year_eq(one(t, r"自评表（(\d{4})年度）"), Y, "table year")
    res.year_eq(one(t, r"截至(\d{4})年12月31日"), Y, "截至 date")
    res.year_after(one(t, r"结转至(\d{4})年"), Y, "carry-over year")
    res.year_eq(int(one(t, r"加上(\d{4})年结转的")) + 1, Y, "incoming carry-over from the year before")
    ini, prov, dist, add, co, ann, sp, rt = one(
        t, r"年初预算" + NUM + r"万元，其中省级奖补资金" + NUM + r"万元、区级配套资金" + NUM +
        r"万元；9月区财政追加区级配套资金" + NUM + r"万元，加上\d{4}年结转的" + NUM + r"万元，全年预算" + NUM +
        r"万元。全年执行" + NUM + r"万元，执行率" + NUM + "%", None)
    res.total(ini, [prov, dist], "年初 = 省 + 区")
    res.total(ann, [ini, add, co], "全年 = 年初 + 追加 + 结转")
    res.rate(sp, ann, rt + "%", "执行率 (prose)")
    sp2, prev, batch, dcn, dkw, dtot, dstd, damt, acn, akw, atot, astd, aamt, swap, plat = one(
        t, r"全年支出" + NUM + r"万元，具体为：兑付2022年第四批项目奖补" + NUM + r"万元（即上年结转资金）；兑付2023年第一批项目奖补" + NUM +
        r"万元，其中直流快充桩(\d+)个，单桩功率(\d+)千瓦，总功率" + NUM + r"千瓦，按每千瓦(\d+)元奖补" + NUM +
        r"万元，交流慢充桩(\d+)个，单桩功率(\d+)千瓦，总功率" + NUM + r"千瓦，按每千瓦(\d+)元奖补" + NUM +
        r"万元；兑付换电站1座奖补" + NUM + r"万元；支付充电设施监测平台运维及第三方核查费用" + NUM + "万元", None)
    res.same(sp2, sp, "支出 twice in prose")
    res.same(prev, co, "上年结转")
    res.total(sp, [prev, batch, swap, plat], "支出 by use")
    res.total(batch, [damt, aamt], "第一批 = 直流 + 交流")
    res.total(dtot, [dkw], "直流功率 = 个数 × 单桩", scale=[D(dcn)])
    res.total(atot, [akw], "交流功率 = 个数 × 单桩", scale=[D(acn)])
    res.total(damt, [dstd], "直流奖补 = 功率 × 标准", scale=[D(dtot) / 10000])
    res.total(aamt, [astd], "交流奖补 = 功率 × 标准", scale=[D(atot) / 10000])
    bal = one(t, r"年末尚有" + NUM + "万元未兑付")
    res.balance(ann, sp, bal, "未兑付 = 全年预算 − 执行")
    days = one(t, r"平均用时(\d+)天")
    n_dc, s1, s2, s3, comp_dc, n_ac, comp_ac = one(
        t, r"全年新建公共直流快充桩(\d+)个，分布在丹阳街道、芙蓉街道、东江街道，分别为(\d+)个、(\d+)个、(\d+)个，完成率" + NUM +
        r"%；新建交流慢充桩(\d+)个，完成目标的" + NUM + "%", None)
    res.total(n_dc, [s1, s2, s3], "直流桩 by 街道")
    res.same(n_dc, dcn, "直流桩 count")
    res.same(n_ac, acn, "交流桩 count")
    t_dc, t_ac = one(t, r"新建公共直流快充桩不少于(\d+)个、交流慢充桩不少于(\d+)个", None)
    res.completion(D(n_dc) / D(t_dc) * 100, comp_dc + "%", "直流桩 完成率")
    res.completion(D(n_ac) / D(t_ac) * 100, comp_ac + "%", "交流桩 完成率")
    now, before, inc = one(t, r"全区公共充电桩达到" + NUM + r"个，比2022年末的" + NUM + r"个增加(\d+)个", None)
    res.total(now, [before, inc], "保有量 = 上年末 + 增加")
    res.total(inc, [n_dc, n_ac], "增加 = 直流 + 交流")
    inv = every(t, r"带动社会投资" + NUM + "万元(?!以上)")
    res.add("conflicting_values", len(inv) == 2, "社会投资 stated twice in prose")
    radius, radius2 = every(t, r"服务半径缩小到" + NUM + "公里。")
    res.same(radius, radius2, "服务半径 twice in prose")
    hrs, util = one(t, r"日均充电时长" + NUM + r"小时，时间利用率" + NUM + "%", None)
    res.rate(hrs, 24, util + "%", "利用率 from hours")
    sat = one(t, r"车主满意度调查结果为" + NUM + "%")
    res.pct_bound(sat, "满意度")
    gd, ga = one(t, r"实际完成情况：新建直流快充桩(\d+)个、交流慢充桩(\d+)个", None)
    res.same(gd, n_dc, "goal block 直流")
    res.same(ga, n_ac, "goal block 交流")
    rows = {}
    for ln in table_lines(t, "项目资金（万元）｜", lambda s: s.startswith("一级指标")):
        c = ln.split("｜")
        rows[c[0].replace("其中：", "")] = c
    tr = rows["年度资金总额"]
    for col in (1, 2, 3):
        res.total(tr[col], [rows[k][col] for k in ("当年财政拨款", "上年结转资金", "其他资金")], f"funds column {col}")
    for k, c in rows.items():
        res.rate(c[3], c[2], c[5], f"执行率 row {k}")
    res.same(tr[1], ini, "年初 table/prose")
    res.same(tr[2], ann, "全年 table/prose")
    res.same(tr[3], sp, "执行 table/prose")
    res.same(rows["上年结转资金"][2], co, "结转 table/prose")
    res.same(rows["当年财政拨款"][2], D(ini) + D(add), "当年拨款 = 年初 + 追加")
    res.same(tr[5].rstrip("%"), rt, "执行率 table/prose")
    res.add(WARN, close(D(tr[4]) * min(D(tr[5].rstrip("%")), Decimal(100)) / 100, tr[6]), "execution score")
    ind = []
    for ln in table_lines(t, "一级指标｜二级指标｜三级指标｜年度指标值", lambda s: s.startswith("合计")):
        c = ln.split("｜")
        ind.append(dict(l1=c[0], l2=c[1], name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6]))
    by = {r["name"]: r for r in ind}
    res.same(by["新建公共直流快充桩"]["actual"].rstrip("个"), n_dc, "直流 table/prose")
    res.same(by["新建公共交流慢充桩"]["actual"].rstrip("个"), n_ac, "交流 table/prose")
    res.same(by["核查通过至兑付时间"]["actual"].rstrip("天"), days, "兑付天数 table/prose")
    res.same(by["直流快充桩奖补标准"]["actual"].replace("元/千瓦", ""), dstd, "奖补标准 table/prose")
    for v in inv:
        res.same(by["带动社会投资"]["actual"].replace("万元", ""), v, "社会投资 table/prose")
    res.same(by["城区公共充电服务半径"]["actual"].replace("公里", ""), radius, "服务半径 table/prose")
    res.same(by["直流快充桩时间利用率"]["actual"].rstrip("%"), util, "利用率 table/prose")
    res.same(by["新能源汽车车主满意度"]["actual"].rstrip("%"), sat, "满意度 table/prose")
    ind.append(dict(l1="预算执行", l2="", name="预算执行率", target="", actual="", weight=tr[4], score=tr[6],
                    fixed_score=True))
    res.same(tnum(by["新建公共直流快充桩"]), t_dc, "target 直流 table/prose")
    res.same(tnum(by["新建公共交流慢充桩"]), t_ac, "target 交流 table/prose")
    g = one(t, r"奖补项目现场核查合格率(\d+)%；奖补资金在核查通过后(\d+)天内兑付；带动社会投资不低于" + NUM +
            r"万元；城区公共充电服务半径不超过(\d+)公里；直流快充桩时间利用率达到(\d+)%；新能源汽车车主满意度不低于(\d+)%", None)
    for nm, gv in zip(("奖补项目现场核查合格率", "核查通过至兑付时间", "带动社会投资", "城区公共充电服务半径",
                       "直流快充桩时间利用率", "新能源汽车车主满意度"), g):
        res.same(tnum(by[nm]), gv, f"target {nm} table/prose")
    b1, b2, b3 = one(t, r"预期目标：新建公共直流快充桩(\d+)个以上、交流慢充桩(\d+)个以上，带动社会投资" + NUM + "万元以上", None)
    res.same(b1, t_dc, "goal block 直流 target")
    res.same(b2, t_ac, "goal block 交流 target")
    res.same(b3, g[2], "goal block 投资 target")
    total = one(t, r"项目综合得分" + NUM + "分")
    grade = one(t, r"评价等级为“(优|良|中|差)”")
    check_rows(res, ind, total, grade)
    return res


def sn_hantai(t):
    res, Y = R(), 2024
    res.year_eq(one(t, r"汉台区住房和城乡建设局(\d{4})年度部门整体"), Y, "title year")
    res.year_after(one(t, r"年末结转" + NUM + r"万元至(\d{4})年", 2), Y, "carry-over year")
    ann, ini, add, co, sp, rt, bal = one(
        t, r"全年预算" + NUM + r"万元，其中年初预算" + NUM + r"万元、年中追加" + NUM + r"万元、上年结转" + NUM +
        r"万元。全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，年末结转" + NUM + "万元", None)
    res.total(ann, [ini, add, co], "全年 = 年初 + 追加 + 结转")
    res.rate(sp, ann, rt + "%", "执行率 (prose)")
    res.balance(ann, sp, bal, "结转 = 全年 − 支出")
    fr = {}
    for ln in table_lines(t, "支出类别", lambda s: not re.match(r"\s*(其中：)?\s*(基本|人员|公用|项目|合计)", s)):
        c = re.split(r"\s{2,}", ln.strip())
        fr[c[0].replace("其中：", "").strip()] = c[1:]
    for col in (0, 1):
        res.total(fr["基本支出"][col], [fr["人员经费"][col], fr["公用经费"][col]], f"基本 = 人员 + 公用 col {col}")
        res.total(fr["合计"][col], [fr["基本支出"][col], fr["项目支出"][col]], f"合计 = 基本 + 项目 col {col}")
    for k, c in fr.items():
        res.rate(c[1], c[0], c[2], f"执行率 {k}")
    res.same(fr["合计"][0], ann, "全年 table/prose")
    res.same(fr["合计"][1], sp, "支出 table/prose")
    res.same(fr["合计"][2].rstrip("%"), rt, "执行率 table/prose")
    sg, dec, decr = one(t, r"“三公”经费支出" + NUM + r"万元，比上年减少" + NUM + r"万元，下降" + NUM + "%", None)
    res.rate(dec, D(sg) + D(dec), decr + "%", "三公 下降率 (base = 上年 = 本年 + 减少)")
    pr = {}
    for ln in table_lines(t, "项目名称  ", lambda s: not s.strip() or s.startswith("4个项目")):
        c = re.split(r"\s{2,}", ln.strip())
        pr[c[0]] = c[1:]
    names = [k for k in pr if k != "合计"]
    for col in (0, 1):
        res.total(pr["合计"][col], [pr[k][col] for k in names], f"项目 column {col}")
    res.same(pr["合计"][0], fr["项目支出"][0], "项目预算 two tables")
    res.same(pr["合计"][1], fr["项目支出"][1], "项目支出 two tables")
    scores = [pr[k][2] for k in names]
    for k in names:
        res.add("score_exceeds_weight", 0 <= D(pr[k][2]) <= 100, f"project score {k}")
    n_proj = one(t, r"(\d+)个项目平均自评得分")
    res.add("sum_mismatch", int(n_proj) == len(names), "project count")
    res.average(scores, one(t, r"平均自评得分" + NUM + "分"), "平均自评得分")
    new_sp = one(t, r"当年新增公共停车泊位" + NUM + "个")
    prr = one(t, r"停车泊位" + NUM + r"个，该项目预算执行率" + NUM + "%", 2)
    res.rate(pr["城区公共停车场建设项目"][1], pr["城区公共停车场建设项目"][0], prr + "%", "停车场项目 执行率")
    piles = one(t, r"全年新建充电桩(\d+)个")
    cr = one(t, r"充电桩\d+个，该项目预算执行率" + NUM + "%。")
    res.rate(pr["新能源汽车充电基础设施补助"][1], pr["新能源汽车充电基础设施补助"][0], cr + "%", "充电项目 执行率")
    n_comm, lots = one(t, r"完成(\d+)个小区改造，配建停车位(\d+)个", None)
    t_sp, t_piles, t_lots = one(t, r"新增城区公共停车泊位" + NUM + r"个以上，新建新能源汽车充电桩(\d+)个以上，结合老旧小区改造配建停车位(\d+)个以上", None)
    n_all, n_on = one(t, r"全年(\d+)个重点项目中(\d+)个按期完工", None)
    subs = every(t, r"满意度为" + NUM + "%")
    for s in subs:
        res.pct_bound(s, "满意度 (by group)")
    rows = spaced_rows(table_lines(t, "一级指标      二级指标", lambda s: s.startswith("合计")))
    by = {r["name"]: r for r in rows}
    res.same(by["部门预算执行率"]["actual"].rstrip("%"), rt, "执行率 indicator/prose")
    res.same(by["新增公共停车泊位"]["actual"].rstrip("个"), new_sp, "泊位 indicator/prose")
    res.same(by["新建新能源汽车充电桩"]["actual"].rstrip("个"), piles, "充电桩 indicator/prose")
    res.same(by["老旧小区改造配建停车位"]["actual"].rstrip("个"), lots, "配建停车位 indicator/prose")
    res.same(by["新增公共停车泊位"]["target"].lstrip("≥").rstrip("个"), t_sp, "泊位 target")
    res.same(by["新建新能源汽车充电桩"]["target"].lstrip("≥").rstrip("个"), t_piles, "充电桩 target")
    res.same(by["老旧小区改造配建停车位"]["target"].lstrip("≥").rstrip("个"), t_lots, "配建 target")
    res.rate(n_on, n_all, by["重点项目按期完工率"]["actual"], "按期完工率 10/11")
    res.pct_bound(by["服务对象满意度"]["actual"], "满意度 (table)")
    total = one(t, r"自评得分" + NUM + "分，等级")
    grade = one(t, r"等级为(优秀|良好|中等|较差)")
    check_rows(res, rows, total, grade)
    return res


DRAFTS = {
    "sc-dongpo-tingchechang-2022": sc_dongpo,
    "he-yunhe-chongdianzhuang-2021": he_yunhe,
    "js-jiangyan-tingchewei-2019": js_jiangyan,
    "hn-wuling-chongdianjichu-2023": hn_wuling,
    "sn-hantai-zhujianju-bumen-2024": sn_hantai,
}


# ----------------------------------------------------------------------------- main
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    return p, len(b) - q


def main():
    fails = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fails.append("labels.jsonl and cases/ do not list the same files")
    counts = Counter()
    where = Counter()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        fn = DRAFTS[src]
        try:
            res = fn(text)
        except Missing as exc:
            fails.append(f"{lab['case']}: {exc}")
            continue
        bad = [(c, m) for (c, ok, m) in res.items if not ok]
        if lab["clean"]:
            n = len(text)
            if lab["expected"]:
                fails.append(f"{lab['case']}: clean case with labels")
            if not 2700 <= n <= 3500:
                fails.append(f"{lab['case']}: length {n}")
            for c, m in bad:
                fails.append(f"{lab['case']}: clean draft fails {c}: {m}")
            print(f"{lab['case']:<42} clean  {len(res.items):3d} checks pass  ({n} chars)")
            continue
        if len(lab["expected"]) != 1:
            fails.append(f"{lab['case']}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        counts[code] += 1
        if exp["severity"] != "error" or code not in CODES:
            fails.append(f"{lab['case']}: bad code/severity {code}/{exp['severity']}")
        if value not in text:
            fails.append(f"{lab['case']}: value not in case: {value!r}")
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        s, e = diff_region(clean, text)
        if s >= e and len(text) >= len(clean):
            fails.append(f"{lab['case']}: identical to clean")
        occ, i = [], text.find(value)
        while i >= 0:
            occ.append((i, i + len(value)))
            i = text.find(value, i + 1)
        if not any(a < max(e, s + 1) and s < b for a, b in occ):
            fails.append(f"{lab['case']}: diff [{s},{e}) does not overlap the value")
        err_codes = {c for c, m in bad if c != WARN}
        if code not in err_codes:
            fails.append(f"{lab['case']}: labelled {code} does not fail")
        for c, m in bad:
            if c != WARN and c != code:
                fails.append(f"{lab['case']}: unlabelled {c} fails: {m}")
        mine = [m for c, m in bad if c == code]
        print(f"{lab['case']:<42} {code:<22} diff [{s},{e})  -> {mine[0] if mine else '??'}")
    for c in CODES:
        if counts[c] < 2:
            fails.append(f"code {c} used {counts[c]} times (< 2)")
    print("codes:", dict(sorted(counts.items())))
    if fails:
        print("\n".join("FAIL " + f for f in fails))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
