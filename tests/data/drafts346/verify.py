#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; each error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value;
2. each of the 13 numeric codes of errors.md §A is used at least twice;
3. the arithmetic of every clean draft is redone (all checks must pass), and of every error case
   (the labelled code must fail and no other error-level check may fail).

Tolerance follows rules.md §8: a stated value with d decimals matches a computed value c iff
|c - v| <= 0.5 * 10^-d (+1e-9); amounts are compared in 万元.  Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
EPS = D("1e-9")
HUNDRED = D(100)


# ----------------------------------------------------------------------------- numbers
def dec(s):
    return D(s.replace(",", ""))


def ndec(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol_ok(stated, computed):
    """stated: string as written; computed: Decimal."""
    return abs(computed - dec(stated)) <= D("0.5") * D(10) ** -ndec(stated) + EPS


def same(a, b):
    """two stated strings of the same quantity agree within the coarser precision."""
    d = min(ndec(a), ndec(b))
    return abs(dec(a) - dec(b)) <= D("0.5") * D(10) ** -d + EPS


UNIT = {"万元": D(1), "元": D("0.0001"), "亿元": D(10000)}


def wan(num, unit):
    return dec(num) * UNIT[unit]


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def one(text, pat):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise LookupError(f"pattern {pat!r} matched {len(ms)} times")
    return ms[0]


# ----------------------------------------------------------------------------- results
class Res:
    def __init__(self):
        self.items = []

    def add(self, code, ok, msg, sev="error"):
        self.items.append((code, sev, bool(ok), msg))

    def failed(self, sev="error"):
        return [(c, m) for c, s, ok, m in self.items if s == sev and not ok]

    # generic helpers -------------------------------------------------------
    def rate(self, stated, num, den, msg):
        """stated percent string, num/den Decimals."""
        if den == 0:
            self.add("implausible_rate", dec(stated) == 0, f"{msg}: rate on zero base {stated}")
            return
        c = num / den * HUNDRED
        self.add("implausible_rate", dec(stated) <= HUNDRED + EPS, f"{msg}: rate {stated} > 100")
        self.add("rate_mismatch", tol_ok(stated, c), f"{msg}: stated {stated}, computed {c:.4f}")

    def total(self, code, stated, parts, msg):
        c = sum(parts, D(0))
        self.add(code, tol_ok(stated, c), f"{msg}: stated {stated}, computed {c}")

    def eq(self, a, b, msg):
        self.add("conflicting_values", same(a, b), f"{msg}: {a} vs {b}")

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)

    def grade(self, total, grade, msg="grade"):
        t = dec(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        self.add("grade_mismatch", grade[0] == band, f"{msg}: total {total} -> {band}, stated {grade}")

    def product(self, count, per_num, per_unit, total_num, total_unit, msg, code="sum_mismatch"):
        """count x per-unit amount = total amount; a failure reconciled by 10^4 is unit_mismatch."""
        c = dec(count) * wan(per_num, per_unit)
        t = wan(total_num, total_unit)
        ok = abs(c - t) <= D("0.5") * D(10) ** -ndec(total_num) * UNIT[total_unit] + EPS
        if ok:
            self.add(code, True, msg)
            return
        for k in (D(10000), D("0.0001")):
            if abs(c * k - t) <= D("0.5") * D(10) ** -ndec(total_num) * UNIT[total_unit] + EPS:
                self.add("unit_mismatch", False, f"{msg}: {c} vs {t}, reconciled by x{k}")
                return
        self.add(code, False, f"{msg}: {c} vs {t}")


# ----------------------------------------------------------------------------- indicators
TGT = re.compile(r"^(≥|≤|＞|＜|>=|<=|=|＝)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")
ACT = re.compile(r"^([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def parse_target(s):
    m = TGT.match(s.strip())
    if not m:
        return None
    sign = m.group(1) or "="
    d = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
    return d, dec(m.group(2)), m.group(3).strip()


def parse_actual(s):
    m = ACT.match(s.strip())
    if not m:
        return None
    return dec(m.group(1)), m.group(2).strip()


def completion(d, t, a):
    if d == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    if t == 0:
        return HUNDRED if a <= 0 else D(0)
    return a / t * HUNDRED


def rule_score(d, t, a, w):
    if d == "lte":
        return w if a <= t else w * t / a
    if t == 0:
        return w if a <= 0 else D(0)
    return w if a >= t else w * max(a, D(0)) / t


def indicator_checks(res, rows, weight_total, score_total, extra_w=(), extra_s=()):
    """rows: dicts name, weight, target, actual, completion (or None), score, qual (bool).
    extra_w / extra_s: weight / score strings outside the rows (the execution line of MOF tables)."""
    ws = [dec(x) for x in extra_w] + [dec(r["weight"]) for r in rows]
    ss = [dec(x) for x in extra_s] + [dec(r["score"]) for r in rows]
    res.add("weight_sum_mismatch", sum(ws) == dec(weight_total) == HUNDRED,
            f"weights sum {sum(ws)}, stated {weight_total}")
    res.total("score_sum_mismatch", score_total, ss, "scores")
    for w, s in zip([dec(x) for x in extra_w], [dec(x) for x in extra_s]):
        res.add("score_exceeds_weight", D(0) <= s <= w, f"execution score {s} / {w}")
    for r in rows:
        w, s = dec(r["weight"]), dec(r["score"])
        res.add("score_exceeds_weight", D(0) <= s <= w, f"{r['name']}: score {s} weight {w}")
        if r.get("qual"):
            continue
        t = parse_target(r["target"])
        a = parse_actual(r["actual"])
        if t is None or a is None:
            res.add("unit_mismatch", False, f"{r['name']}: unreadable {r['target']!r} / {r['actual']!r}")
            continue
        d, tv, tu = t
        av, au = a
        if tu != au:
            res.add("unit_mismatch", False, f"{r['name']}: target unit {tu!r}, actual unit {au!r}")
            continue
        res.add("unit_mismatch", True, r["name"])
        if au == "%":
            res.add("implausible_rate", av <= HUNDRED, f"{r['name']}: actual {av}% > 100%")
        if r.get("completion"):
            c = completion(d, tv, av)
            res.add("completion_mismatch", tol_ok(r["completion"].rstrip("%"), c),
                    f"{r['name']}: completion stated {r['completion']}, computed {c:.4f}")
        res.add("score_rule_mismatch", tol_ok(r["score"], rule_score(d, tv, av, w)),
                f"{r['name']}: score {r['score']} vs rule {rule_score(d, tv, av, w):.4f}", sev="warning")


def exec_score(res, score, weight, spent, budget, msg="execution score"):
    c = dec(weight) * min(spent / budget, D(1))
    res.add("score_rule_mismatch", tol_ok(score, c), f"{msg}: {score} vs {c:.4f}", sev="warning")


def block_cells(block):
    return [ln[1:] if ln.startswith("\t") else ln for ln in block.split("\n")]


def num0(s):
    s = s.strip()
    return D(0) if s in ("", "—", "-") else dec(s)


# ============================================================================ drafts
def check_sx(t):
    """sx-qinshui-tiyucaipiao-2022: Shanxi layout, one cell per line."""
    r = Res()
    Y = 2022
    # --- funds table (行次 (1)..(7)), columns 总额 小计 中央 省 市 县 结转 其他
    ft = t[t.index("（二）预算执行情况"):t.index("注：省级资金")]
    rows = {}
    for b in ft.split("\n\n"):
        c = block_cells(b.strip("\n"))
        if len(c) >= 10 and c[1].startswith("("):
            rows[c[1][:3]] = c[2:10]
    assert set(rows) == {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"}, rows.keys()
    A = {k: [num0(x) for x in v] for k, v in rows.items() if k in ("(1)", "(2)", "(3)", "(4)", "(5)")}
    for k in ("(1)", "(2)", "(3)", "(4)"):
        v = rows[k]
        r.total("sum_mismatch", v[1] or "0", A[k][2:6], f"{k} 小计")
        r.total("sum_mismatch", v[0] or "0", [A[k][1], A[k][6], A[k][7]], f"{k} 总额")
    for j in range(8):
        r.add("implausible_rate", A["(4)"][j] <= A["(3)"][j] <= A["(2)"][j], f"ordering col {j}")
    for j in range(8):
        r.total("balance_mismatch", rows["(5)"][j] or "0", [A["(3)"][j], -A["(4)"][j]], f"(5) col {j}")
        r.rate(rows["(6)"][j], A["(3)"][j], A["(2)"][j], f"(6) col {j}")
        r.rate(rows["(7)"][j], A["(4)"][j], A["(2)"][j], f"(7) col {j}")
    # note under the table
    m = one(t, r"省级资金([\d.]+)万元于(\d{4})年12月提前下达，列入(\d{4})年年初预算；中央资金([\d.]+)万元于(\d{4})年6月追加下达；县级公益金年初安排([\d.]+)万元，年中调减为([\d.]+)万元")
    r.eq(m.group(1), rows["(1)"][3], "省级 年初")
    r.eq(m.group(1), rows["(2)"][3], "省级 全年")
    r.year(int(m.group(2)) == Y - 1 and int(m.group(3)) == Y and int(m.group(5)) == Y, "advance / add years")
    r.eq(m.group(4), rows["(2)"][2], "中央 全年")
    r.eq(m.group(6), rows["(1)"][5], "县级 年初")
    r.eq(m.group(7), rows["(2)"][5], "县级 全年")
    # --- prose funds
    m = one(t, r"(\d{4})年项目全年预算资金([\d.]+)万元，实际到位([\d.]+)万元，到位率([\d.]+)%；截至(\d{4})年12月31日，全年执行资金([\d.]+)万元，预算执行率([\d.]+)%，资金结余([\d.]+)万元")
    r.year(int(m.group(1)) == Y, "budget sentence year")
    r.year(int(m.group(5)) == Y, "截至 year")
    bud, rec, sp = dec(m.group(2)), dec(m.group(3)), dec(m.group(6))
    r.rate(m.group(4), rec, bud, "到位率 prose")
    r.rate(m.group(7), sp, bud, "执行率 prose")
    r.total("balance_mismatch", m.group(8), [rec, -sp], "结余 prose")
    r.eq(m.group(2), rows["(2)"][0], "全年预算 prose/table")
    r.eq(m.group(3), rows["(3)"][0], "到位 prose/table")
    r.eq(m.group(6), rows["(4)"][0], "执行 prose/table")
    r.eq(m.group(8), rows["(5)"][0], "结余 prose/table")
    r.year(int(one(t, r"结转至(\d{4})年继续").group(1)) > Y, "carry-over year")
    r.year(int(one(t, r"\n(\d{4})年度体育彩票公益金全民健身").group(1)) == Y, "title year")
    # --- outputs prose
    m = one(t, r"全年完成(\d+)个行政村健身路径更新，比年度目标多(\d+)个")
    done = m.group(1)
    more = m
    m2 = one(t, r"(\d+)个点位共支出([\d.]+)万元，平均每个点位约([\d.]+)万元，低于([\d.]+)万元")
    r.eq(m2.group(1), done, "点位 count")
    r.add("average_mismatch", tol_ok(m2.group(3), dec(m2.group(2)) / dec(m2.group(1))), "约 per point")
    m3 = one(t, r"分别培训(\d+)人、(\d+)人、(\d+)人，平均每期(\d+)人，合计(\d+)人")
    parts = [dec(m3.group(i)) for i in (1, 2, 3)]
    r.add("average_mismatch", tol_ok(m3.group(4), sum(parts) / 3), f"training average {m3.group(4)}")
    r.total("sum_mismatch", m3.group(5), parts, "training total")
    acts = one(t, r"赛事活动(\d+)场，参与群众")
    # --- indicator table (附件1)
    it = t[t.index("附件1.项目支出绩效自评表"):]
    irows, total = [], None
    for b in it.split("\n\n")[1:]:
        c = block_cells(b.strip("\n"))
        if c[0] == "一级指标":
            continue
        if c[0] == "合计":
            total = c
            continue
        irows.append(dict(name=c[2], weight=c[3], target=c[4], actual=c[5], completion=c[6], score=c[7]))
    indicator_checks(r, irows, total[3], total[7])
    by = {x["name"]: x for x in irows}
    ex = by["预算执行率"]
    r.rate(ex["actual"].rstrip("%"), A["(4)"][0], A["(2)"][0], "table 预算执行率 actual")
    exec_score(r, ex["score"], ex["weight"], A["(4)"][0], A["(2)"][0])
    cost = by["每个点位平均建设成本"]
    r.add("average_mismatch", tol_ok(parse_actual(cost["actual"])[0].to_eng_string(), dec(m2.group(2)) / dec(m2.group(1))),
          "table average cost")
    r.eq(done, str(parse_actual(by["更新农民体育健身工程（行政村健身路径）"]["actual"])[0]), "points prose/table")
    r.eq(acts.group(1), str(parse_actual(by["举办全民健身赛事活动"]["actual"])[0]), "events prose/table")
    r.eq(m3.group(5), str(parse_actual(by["培训社会体育指导员"]["actual"])[0]), "trained prose/table")
    for name, pat in (("经常参加体育锻炼人数比例", r"比例达到([\d.]+)%"), ("健身设施行政村覆盖率", r"覆盖率提高到([\d.]+)%"),
                      ("群众满意度", r"群众综合满意度([\d.]+)%")):
        r.eq(one(t, pat).group(1), by[name]["actual"].rstrip("%"), f"{name} prose/table")
    g = one(t, r"年度目标：更新行政村健身路径不少于(\d+)个，举办全民健身赛事活动不少于(\d+)场，培训社会体育指导员不少于(\d+)人，验收合格率(\d+)%，群众满意度(\d+)%以上")
    for i, name in enumerate(("更新农民体育健身工程（行政村健身路径）", "举办全民健身赛事活动", "培训社会体育指导员",
                              "健身器材安装验收合格率", "群众满意度"), 1):
        r.eq(g.group(i), str(parse_target(by[name]["target"])[1]), f"goal/target {name}")
    r.total("sum_mismatch", more.group(2), [dec(done), -dec(g.group(1))], "比目标多")
    r.total("sum_mismatch", one(t, r"比目标少(\d+)场").group(1), [dec(g.group(2)), -dec(acts.group(1))], "比目标少")
    m = one(t, r"本项目(\d{4})年度自评总得分([\d.]+)分，属于“(.+?)”")
    r.year(int(m.group(1)) == Y, "score sentence year")
    r.eq(m.group(2), total[7], "total prose/table")
    r.grade(m.group(2), m.group(3))
    return r


def check_hb(t):
    """hb-qichun-fucaigongyijin-2020: MOF 附件1, tab separated."""
    r = Res()
    Y = 2020
    lines = t.split("\n")
    F = {}
    for ln in lines:
        c = ln.split("\t")
        if len(c) == 8 and c[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            F[c[1]] = c[2:]
    assert len(F) == 4
    tot, cur, car, oth = F["年度资金总额"], F["其中：当年财政拨款"], F["上年结转资金"], F["其他资金"]
    for j, col in enumerate(("年初", "全年", "执行")):
        r.total("sum_mismatch", tot[j], [dec(cur[j]), dec(car[j]), dec(oth[j])], f"funds {col}")
    for name, v in F.items():
        b, s = dec(v[1]), dec(v[2])
        if b == 0:
            r.add("implausible_rate", v[4] in ("—", "0", "0%", "0.00%"), f"{name}: rate on zero base {v[4]}")
        else:
            r.rate(v[4].rstrip("%"), s, b, f"{name} 执行率")
    exec_score(r, tot[5], tot[3], dec(tot[2]), dec(tot[1]))
    # indicators
    start = next(i for i, ln in enumerate(lines) if ln.startswith("绩效指标\t一级指标"))
    irows, total = [], None
    for ln in lines[start + 1:]:
        c = ln.split("\t")
        if c[0] == "总分":
            total = c
            break
        irows.append(dict(name=c[3], target=c[4], actual=c[5], weight=c[6], score=c[7], completion=None))
    indicator_checks(r, irows, total[6], total[7], extra_w=[tot[3]], extra_s=[tot[5]])
    by = {x["name"]: x for x in irows}
    # prose
    r.year(int(one(t, r"\n(\d{4})年度福利彩票公益金资助项目绩效自评报告").group(1)) == Y, "title year")
    r.year(int(one(t, r"（(\d{4})年度）").group(1)) == Y, "table year")
    m = one(t, r"对(\d{4})年度福利彩票公益金资助项目([\d.]+)万元")
    r.year(int(m.group(1)) == Y, "intro year")
    r.eq(m.group(2), tot[1], "intro amount / 全年预算数")
    m = one(t, r"年初预算(\d+)万元（含预计上年结转资金(\d+)万元），其中(\d+)万元为省级于(\d{4})年12月提前下达的(\d{4})年福彩公益金")
    r.eq(m.group(1), tot[0], "年初 prose/table")
    r.eq(m.group(2), car[0], "年初结转 prose/table")
    r.year(int(m.group(4)) == Y - 1 and int(m.group(5)) == Y, "advance years")
    m2 = one(t, r"追加下达福彩公益金(\d+)万元，同时按上年决算将结转资金调整为([\d.]+)万元，全年预算数调整为([\d.]+)万元")
    r.total("sum_mismatch", m2.group(3), [dec(m.group(1)), dec(m2.group(1)), dec(m2.group(2)) - dec(m.group(2))],
            "年初 + 追加 + 结转调整")
    r.eq(m2.group(2), car[1], "结转 全年 prose/table")
    r.eq(m2.group(3), tot[1], "全年 prose/table")
    m3 = one(t, r"互助照料中心运营补助(\d+)万元，按每个中心每年(\d+)元的标准补助(\d+)个中心；福利院设施改造([\d.]+)万元；困境儿童关爱服务(\d+)万元，服务儿童人均约(\d+)元")
    r.total("sum_mismatch", m2.group(3), [dec(m3.group(1)), dec(m3.group(4)), dec(m3.group(5))], "uses sum")
    r.product(m3.group(3), m3.group(2), "元", m3.group(1), "万元", "42 x 15000元")
    kids = one(t, r"为(\d+)名困境儿童提供关爱服务").group(1)
    r.add("average_mismatch", tol_ok(m3.group(6), wan(m3.group(5), "万元") * 10000 / dec(kids)), "人均约 per child")
    r.eq(kids, str(parse_actual(by["困境儿童关爱服务人数"]["actual"])[0]), "kids prose/table")
    per = parse_actual(by["互助照料中心运营补助标准"]["actual"])
    r.eq(str(wan(m3.group(2), "元")), str(per[0]), "15000元 vs 1.5万元/个")
    m4 = one(t, r"全年执行([\d.]+)万元，执行率([\d.]+)%")
    r.rate(m4.group(2), dec(m4.group(1)), dec(m2.group(3)), "执行率 prose")
    r.eq(m4.group(1), tot[2], "执行 prose/table")
    m5 = one(t, r"年末结余([\d.]+)万元")
    r.total("balance_mismatch", m5.group(1), [dec(m2.group(3)), -dec(m4.group(1))], "结余")
    r.year(int(one(t, r"已结转至(\d{4})年使用").group(1)) > Y, "carry-over year")
    m6 = one(t, r"全年资助(\d+)个互助照料中心运营，比目标多(\d+)个")
    r.eq(m6.group(1), str(parse_actual(by["资助农村互助照料中心运营"]["actual"])[0]), "centres prose/table")
    m7 = one(t, r"(\d+)个互助照料中心中有(\d+)个全年持续运营，日均服务老人([\d.]+)人次")
    r.rate(by["互助照料中心持续运营率"]["actual"].rstrip("%"), dec(m7.group(2)), dec(m7.group(1)), "持续运营率")
    r.eq(m7.group(3), str(parse_actual(by["互助照料中心日均服务老人"]["actual"])[0]), "日均 prose/table")
    m8 = one(t, r"全年未持续运营的(\d+)个互助照料中心")
    r.total("sum_mismatch", m8.group(1), [dec(m7.group(1)), -dec(m7.group(2))], "未持续运营")
    g = one(t, r"（三）绩效目标。资助不少于(\d+)个农村互助照料中心正常运营，完成(\d+)所乡镇福利院设施改造，为不少于(\d+)名困境儿童提供关爱服务，资金拨付及时率不低于(\d+)%，服务对象满意度不低于(\d+)%")
    for i, name in enumerate(("资助农村互助照料中心运营", "乡镇福利院设施改造", "困境儿童关爱服务人数",
                              "补助资金拨付及时率", "服务对象满意度"), 1):
        r.eq(g.group(i), str(parse_target(by[name]["target"])[1]), f"goal/target {name}")
    r.total("sum_mismatch", m6.group(2), [dec(m6.group(1)), -dec(g.group(1))], "比目标多")
    r.total("sum_mismatch", one(t, r"比目标少(\d+)人").group(1), [dec(g.group(3)), -dec(kids)], "比目标少")
    r.eq(one(t, r"；(\d+)所福利院改造全部完工并一次性").group(1), str(parse_actual(by["乡镇福利院设施改造"]["actual"])[0]), "福利院 prose/table")
    m9 = one(t, r"本项目自评得分(\d+(?:\.\d+)?)分，等级为“(.+?)”")
    r.eq(m9.group(1), total[7], "total prose/table")
    r.grade(m9.group(1), m9.group(2))
    r.year(int(one(t, r"\n(\d{4})年3月26日").group(1)) == Y + 1, "report date")
    return r


def check_fj(t):
    """fj-nanping-fucaiwangdian-2023: saved web page with <td> residue."""
    r = Res()
    Y = 2023
    tab = t[t.index("<table>"):t.index("</table>")]
    rows = []
    for ln in tab.split("\n"):
        if ln.startswith("<tr>"):
            cells = [c.replace("&nbsp;", "").replace("<br>", "").strip() for c in ln[4:].split("<td>")[1:]]
            rows.append(cells)
    F = {c[1]: c[2:] for c in rows if c[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    assert len(F) == 4
    tot, cur, car, oth = F["年度资金总额"], F["其中：当年财政拨款"], F["上年结转资金"], F["其他资金"]
    for j, col in enumerate(("年初", "全年", "执行")):
        r.total("sum_mismatch", tot[j], [dec(cur[j]), dec(car[j]), dec(oth[j])], f"funds {col}")
    for name, v in F.items():
        b, s = dec(v[1]), dec(v[2])
        if b == 0:
            r.add("implausible_rate", v[4] in ("—", "0", "0%"), f"{name}: rate on zero base {v[4]}")
        else:
            r.rate(v[4].rstrip("%"), s, b, f"{name} 执行率")
    exec_score(r, tot[5], tot[3], dec(tot[2]), dec(tot[1]))
    start = next(i for i, c in enumerate(rows) if c[0] == "一级指标")
    irows, total = [], None
    for c in rows[start + 1:]:
        if c[0] == "总分":
            total = c
            break
        irows.append(dict(name=c[2], target=c[3], actual=c[4], weight=c[5], score=c[6], completion=None))
    indicator_checks(r, irows, total[5], total[6], extra_w=[tot[3]], extra_s=[tot[5]])
    by = {x["name"]: x for x in irows}
    # prose
    r.year(int(one(t, r"发行中心(\d{4})年度福利彩票销售网点管理").group(1)) == Y, "title year")
    r.year(int(one(t, r"附件：(\d{4})年度项目支出绩效自评表").group(1)) == Y, "table year")
    r.year(int(one(t, r"发布时间：(\d{4})-").group(1)) >= Y, "publication year")
    r.year(int(one(t, r"截至(\d{4})年末").group(1)) == Y, "截至 year")
    m = one(t, r"网点(\d+)个，分布在(\d+)个县（市、区），平均每个县（市、区）约(\d+)个")
    nets = m.group(1)
    r.add("average_mismatch", tol_ok(m.group(3), dec(m.group(1)) / dec(m.group(2))), "约 per county")
    m = one(t, r"年初预算(\d+)万元，年中经市财政局批复，将(\d{4})年结转的网点形象改造资金([\d.]+)万元纳入本年预算，全年预算数为([\d.]+)万元")
    r.year(int(m.group(2)) == Y - 1, "incoming carry-over year")
    r.total("sum_mismatch", m.group(4), [dec(m.group(1)), dec(m.group(3))], "年初 + 结转")
    r.eq(m.group(1), tot[0], "年初 prose/table")
    r.eq(m.group(3), car[1], "结转 prose/table")
    r.eq(m.group(4), tot[1], "全年 prose/table")
    bud = dec(m.group(4))
    m2 = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    r.rate(m2.group(2), dec(m2.group(1)), bud, "执行率 prose")
    r.eq(m2.group(1), tot[2], "执行 prose/table")
    r.eq(m2.group(2), tot[4].rstrip("%"), "执行率 prose/table")
    m3 = one(t, r"巡查车辆运行及差旅费用([\d.]+)万元")
    r.eq(m3.group(1), str(parse_actual(by["网点巡查车辆及差旅费用"]["actual"])[0]), "巡查费用 prose/table")
    m4 = one(t, r"验收达标的(\d+)个网点，按每个(\d+)(万元|元)标准给予一次性补贴，合计([\d.]+)万元")
    r.product(m4.group(1), m4.group(2), m4.group(3), m4.group(4), "万元", "137 x 1500元")
    r.eq(m4.group(1), str(parse_actual(by["新建及改造形象标准化网点"]["actual"])[0]), "改造网点 prose/table")
    m5 = one(t, r"未支出的([\d.]+)万元为网点形象改造项目尾款（质保金），已结转至(\d{4})年")
    r.total("balance_mismatch", m5.group(1), [bud, -dec(m2.group(1))], "结转 amount")
    r.year(int(m5.group(2)) > Y, "carry-over year")
    m6 = one(t, r"全年开展网点巡查(\d+)家次，覆盖全部(\d+)个网点")
    r.eq(m6.group(1), str(parse_actual(by["网点巡查检查"]["actual"])[0]), "巡查 prose/table")
    r.eq(m6.group(2), nets, "网点 count")
    m7 = one(t, r"考核合格网点(\d+)个，合格率([\d.]+)%")
    r.rate(m7.group(2), dec(m7.group(1)), dec(nets), "合格率")
    r.eq(m7.group(2), by["网点年度考核合格率"]["actual"].rstrip("%"), "合格率 prose/table")
    m8 = one(t, r"培训(\d+)期，参训人数分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，平均每期(\d+)人")
    parts = [dec(m8.group(i)) for i in (2, 3, 4, 5)]
    r.add("average_mismatch", tol_ok(m8.group(6), sum(parts) / len(parts)), f"training average {m8.group(6)}")
    r.add("sum_mismatch", dec(m8.group(1)) == len(parts), "4 sessions listed")
    r.eq(m8.group(1), str(parse_actual(by["业主及销售员培训"]["actual"])[0]), "期 prose/table")
    m9 = one(t, r"(\d{4})年全市销售福利彩票([\d.]+)亿元，完成省中心下达年度任务的([\d.]+)%，较(\d{4})年的([\d.]+)亿元增长([\d.]+)%")
    r.year(int(m9.group(1)) == Y and int(m9.group(4)) == Y - 1, "sales years")
    sales = by["全年福利彩票销量"]
    r.eq(m9.group(2), str(parse_actual(sales["actual"])[0]), "sales prose/table")
    r.add("completion_mismatch", tol_ok(m9.group(3), dec(m9.group(2)) / parse_target(sales["target"])[1] * HUNDRED),
          "sales completion prose")
    r.add("rate_mismatch", tol_ok(m9.group(6), (dec(m9.group(2)) - dec(m9.group(5))) / dec(m9.group(5)) * HUNDRED),
          "growth rate")
    r.eq(one(t, r"筹集福彩公益金(\d+)万元").group(1), str(parse_actual(by["筹集福彩公益金"]["actual"])[0]), "公益金")
    r.eq(one(t, r"综合满意度([\d.]+)%").group(1), by["购彩者及网点业主满意度"]["actual"].rstrip("%"), "满意度")
    g = one(t, r"开展网点巡查不少于(\d+)家次，新建及改造形象标准化网点不少于(\d+)个，组织业主及销售员培训不少于(\d+)期，网点年度考核合格率不低于(\d+)%，全年销售福利彩票不少于([\d.]+)亿元，购彩者及业主满意度不低于(\d+)%")
    for i, name in enumerate(("网点巡查检查", "新建及改造形象标准化网点", "业主及销售员培训", "网点年度考核合格率",
                              "全年福利彩票销量", "购彩者及网点业主满意度"), 1):
        r.eq(g.group(i), str(parse_target(by[name]["target"])[1]), f"goal/target {name}")
    r.grade(total[6], one(t, r"综合评价等级为“(.+?)”").group(1))
    return r


def check_gz(t):
    """gz-yuqing-hongshizihui-2018: department as a whole, PDF copy with space-separated rows."""
    r = Res()
    Y = 2018
    # prose funds
    m = one(t, r"(\d{4})年年初预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    r.year(int(m.group(1)) == Y, "budget year")
    r.total("sum_mismatch", m.group(2), [dec(m.group(3)), dec(m.group(4))], "年初 = 基本 + 项目")
    m2 = one(t, r"人道救助资金([\d.]+)万元，全年预算调整为([\d.]+)万元")
    r.total("sum_mismatch", m2.group(2), [dec(m.group(2)), dec(m2.group(1))], "全年 = 年初 + 追加")
    bud = dec(m2.group(2))
    m3 = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，执行率([\d.]+)%；项目支出全年预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%")
    sp = dec(m3.group(1))
    r.rate(m3.group(2), sp, bud, "部门执行率")
    r.total("sum_mismatch", m3.group(5), [dec(m.group(4)), dec(m2.group(1))], "项目 全年预算")
    r.rate(m3.group(4), dec(m3.group(3)), bud - dec(m3.group(5)), "基本支出执行率")
    r.rate(m3.group(7), dec(m3.group(6)), dec(m3.group(5)), "项目支出执行率")
    r.total("sum_mismatch", m3.group(1), [dec(m3.group(3)), dec(m3.group(6))], "支出 = 基本 + 项目")
    m4 = one(t, r"年末结余([\d.]+)万元，为人道救助备用金，按规定结转(\d{4})年使用")
    r.total("balance_mismatch", m4.group(1), [bud, -sp], "结余")
    r.year(int(m4.group(2)) > Y, "carry-over year")
    # donations
    m5 = one(t, r"(\d{4})年接收社会捐赠款物合计([\d.]+)万元，其中捐赠资金([\d.]+)万元，捐赠物资折价([\d.]+)万元")
    r.year(int(m5.group(1)) == Y, "donation year")
    r.total("sum_mismatch", m5.group(2), [dec(m5.group(3)), dec(m5.group(4))], "捐赠 total")
    m6 = one(t, r"捐赠资金已使用([\d.]+)万元（助学([\d.]+)万元、助医([\d.]+)万元、助困([\d.]+)万元），使用率([\d.]+)%，其余([\d.]+)万元")
    r.total("sum_mismatch", m6.group(1), [dec(m6.group(i)) for i in (2, 3, 4)], "捐赠 use")
    r.rate(m6.group(5), dec(m6.group(1)), dec(m5.group(3)), "捐赠 使用率")
    r.total("balance_mismatch", m6.group(6), [dec(m5.group(3)), -dec(m6.group(1))], "捐赠 remaining")
    # outputs
    m7 = one(t, r"应急救护普及培训(\d+)期，培训(\d+)人，其中(\d+)人")
    m8 = one(t, r"学校举办(\d+)期、企业(\d+)期、景区(\d+)期、乡镇卫生院(\d+)期")
    r.total("sum_mismatch", m7.group(1), [dec(m8.group(i)) for i in (1, 2, 3, 4)], "培训 期")
    m9 = one(t, r"慰问困难家庭(\d+)户，发放慰问金和物资折合([\d.]+)万元，户均(\d+)元")
    r.product(m9.group(1), m9.group(3), "元", m9.group(2), "万元", "户均 x 户", code="average_mismatch")
    m10 = one(t, r"审批救助对象(\d+)户，发放救助金([\d.]+)万元，户均(\d+)元")
    r.product(m10.group(1), m10.group(3), "元", m10.group(2), "万元", "救助 户均", code="average_mismatch")
    m11 = one(t, r"无偿献血宣传活动(\d+)次，新增造血干细胞捐献志愿者入库(\d+)人，未达到(\d+)人")
    m12 = one(t, r"注册(\d+)人，较(\d{4})年的(\d+)人增加(\d+)人，但未达到(\d+)人")
    r.total("sum_mismatch", m12.group(1), [dec(m12.group(3)), dec(m12.group(4))], "志愿者 increase")
    r.year(int(m12.group(2)) == Y - 1, "comparison year")
    sat = one(t, r"受助群众满意度([\d.]+)%。").group(1)
    # table
    lines = t.split("\n")
    s = next(i for i, ln in enumerate(lines) if ln.startswith("一级指标 二级指标"))
    rows, buf = [], ""
    for ln in lines[s + 1:]:
        buf += ln
        toks = buf.split()
        if toks[0] == "合计":
            total = toks
            break
        if len(toks) < 7:
            continue
        rows.append(toks)
        buf = ""
    irows = [dict(name="".join(x[:-5]), weight=x[-5], target=x[-4], actual=x[-3], completion=x[-2], score=x[-1])
             for x in rows]
    indicator_checks(r, irows, total[1], total[2])
    by = {}
    for x in irows:
        for key in ("预算执行率", "应急救护普及培训人数", "造血干细胞志愿者入库人数", "无偿献血宣传活动",
                    "慰问困难家庭", "捐赠资金使用率", "红十字志愿者注册人数", "受助群众满意度", "“三公”经费支出"):
            if x["name"].endswith(key):
                by[key] = x
    assert len(by) == 9, by.keys()
    ex = by["预算执行率"]
    r.rate(ex["actual"].rstrip("%"), sp, bud, "table 执行率")
    exec_score(r, ex["score"], ex["weight"], sp, bud)
    A = lambda k: str(parse_actual(by[k]["actual"])[0])
    T = lambda k: str(parse_target(by[k]["target"])[1])
    r.eq(m7.group(2), A("应急救护普及培训人数"), "trained prose/table")
    r.eq(m9.group(1), A("慰问困难家庭"), "families prose/table")
    r.eq(m11.group(1), A("无偿献血宣传活动"), "campaigns prose/table")
    r.eq(m11.group(2), A("造血干细胞志愿者入库人数"), "donors prose/table")
    r.eq(m11.group(3), T("造血干细胞志愿者入库人数"), "donor target prose/table")
    r.eq(m12.group(1), A("红十字志愿者注册人数"), "volunteers prose/table")
    r.eq(m12.group(5), T("红十字志愿者注册人数"), "volunteer target prose/table")
    r.eq(m6.group(5), A("捐赠资金使用率"), "使用率 prose/table")
    r.eq(sat, A("受助群众满意度"), "满意度 prose/table")
    r.eq(one(t, r"“三公”经费支出([\d.]+)万元，全部").group(1), A("“三公”经费支出"), "三公 prose/table")
    m13 = one(t, r"本会(\d{4})年度部门整体支出绩效自评综合得分(\d+(?:\.\d+)?)分（按各项得分合计取整数），评价等级为“(.+?)”")
    r.year(int(m13.group(1)) == Y, "score sentence year")
    r.eq(m13.group(2), total[2], "total prose/table")
    r.grade(m13.group(2), m13.group(3))
    r.year(int(one(t, r"\n(\d{4})年度“三公”经费支出").group(1)) == Y, "三公 year")
    r.year(int(one(t, r"^余庆县红十字会(\d{4})年度").group(1)) == Y, "title year")
    r.year(int(one(t, r"(\d{4})年2月28日").group(1)) == Y + 1, "report date")
    return r


def check_sc(t):
    """sc-junlian-canlian-caipiao-2024: Sichuan table, ｜ separated."""
    r = Res()
    Y = 2024
    lines = t.split("\n")
    F = {}
    for ln in lines:
        c = ln.split("｜")
        if len(c) == 7 and c[0] in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
            F[c[0]] = c[1:]
    assert len(F) == 5
    tot = F["年度资金总额"]
    for j, col in enumerate(("年初", "全年", "执行")):
        r.total("sum_mismatch", tot[j], [dec(F[k][j]) for k in F if k != "年度资金总额"], f"funds {col}")
    for name, v in F.items():
        b, s = dec(v[1]), dec(v[2])
        if b == 0:
            r.add("implausible_rate", v[4] in ("—", "0"), f"{name}: rate on zero base {v[4]}")
        else:
            r.rate(v[4].rstrip("%"), s, b, f"{name} 执行率")
    exec_score(r, tot[5], tot[3], dec(tot[2]), dec(tot[1]))
    irows, total = [], None
    for ln in lines:
        c = ln.split("｜")
        if len(c) == 10 and c[0] in ("产出指标", "效益指标"):
            qual = c[3] == "定性"
            irows.append(dict(name=c[2], target=("" if qual else (c[3] + c[4] + ("" if c[5] == "—" else c[5]))),
                              actual=c[6], weight=c[7], score=c[8], completion=None, qual=qual))
        elif len(c) == 10 and c[0] == "合计":
            total = c
    indicator_checks(r, irows, total[7], total[8], extra_w=[tot[3]], extra_s=[tot[5]])
    by = {x["name"]: x for x in irows}
    A = lambda k: str(parse_actual(by[k]["actual"])[0])
    # prose
    m = one(t, r"(\d{4})年全年预算([\d.]+)万元，其中中央集中彩票公益金([\d.]+)万元（残疾儿童康复救助([\d.]+)万元、辅助器具适配([\d.]+)万元），省级彩票公益金([\d.]+)万元")
    r.year(int(m.group(1)) == Y, "budget sentence year")
    r.total("sum_mismatch", m.group(3), [dec(m.group(4)), dec(m.group(5))], "中央 = 康复 + 辅具")
    r.total("sum_mismatch", m.group(2), [dec(m.group(3)), dec(m.group(6))], "全年 = 中央 + 省级")
    r.eq(m.group(2), tot[1], "全年 prose/table")
    prov = dec(m.group(6))
    m2 = one(t, r"年初预算([\d.]+)万元，年中追加省级资金([\d.]+)万元")
    r.total("sum_mismatch", m.group(2), [dec(m2.group(1)), dec(m2.group(2))], "年初 + 追加")
    r.eq(m2.group(1), tot[0], "年初 prose/table")
    m3 = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    sp = dec(m3.group(1))
    r.rate(m3.group(2), sp, dec(m.group(2)), "执行率 prose")
    r.eq(m3.group(1), tot[2], "执行 prose/table")
    m4 = one(t, r"康复救助资金([\d.]+)万元全部支出，执行率(\d+)%")
    r.eq(m4.group(1), m.group(4), "康复 budget")
    r.rate(m4.group(2), dec(m4.group(1)), dec(m.group(4)), "康复 执行率")
    m5 = one(t, r"辅助器具适配资金([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%")
    r.eq(m5.group(1), m.group(5), "辅具 budget 16 / 16.00")
    r.rate(m5.group(3), dec(m5.group(2)), dec(m5.group(1)), "辅具 执行率")
    m6 = one(t, r"孤独症儿童康复训练补助支出([\d.]+)万元，执行率([\d.]+)%")
    r.rate(m6.group(2), dec(m6.group(1)), prov, "孤独症 执行率")
    r.total("sum_mismatch", m3.group(1), [dec(m4.group(1)), dec(m5.group(2)), dec(m6.group(1))], "支出 parts")
    m7 = one(t, r"年末结余([\d.]+)万元，其中辅具采购尾款([\d.]+)万元结转至(\d{4})年，剩余([\d.]+)万元")
    r.total("balance_mismatch", m7.group(1), [dec(m.group(2)), -sp], "结余")
    r.total("balance_mismatch", m7.group(2), [dec(m5.group(1)), -dec(m5.group(2))], "辅具 尾款")
    r.total("balance_mismatch", m7.group(4), [prov, -dec(m6.group(1))], "省级 剩余")
    r.total("sum_mismatch", m7.group(1), [dec(m7.group(2)), dec(m7.group(4))], "结余 parts")
    r.year(int(m7.group(3)) > Y, "carry-over year")
    m8 = one(t, r"(\d{4})年12月，县残联收到提前下达的(\d{4})年中央集中彩票公益金")
    r.year(int(m8.group(1)) == Y - 1 and int(m8.group(2)) == Y, "advance years")
    m9 = one(t, r"救助残疾儿童(\d+)人，其中肢体残疾(\d+)人、听力残疾(\d+)人、智力残疾(\d+)人、其他类别残疾(\d+)人，人均康复救助补助(\d+)元")
    r.total("sum_mismatch", m9.group(1), [dec(m9.group(i)) for i in (2, 3, 4, 5)], "children by type")
    r.add("average_mismatch", tol_ok(m9.group(6), wan(m.group(4), "万元") * 10000 / dec(m9.group(1))), "人均 补助")
    r.eq(m9.group(1), A("残疾儿童康复救助人数"), "children prose/table")
    r.eq(m9.group(6), A("人均康复救助补助"), "人均 prose/table")
    r.eq(one(t, r"适配辅助器具(\d+)件").group(1), A("辅助器具适配数量"), "辅具 prose/table")
    m10 = one(t, r"为(\d+)名孤独症儿童提供康复训练补助，比目标少(\d+)人")
    r.eq(m10.group(1), A("孤独症儿童康复训练补助人数"), "autism prose/table")
    r.total("sum_mismatch", m10.group(2), [parse_target(by["孤独症儿童康复训练补助人数"]["target"])[1], -dec(m10.group(1))], "shortfall")
    r.eq(one(t, r"适配完成平均(\d+)个工作日").group(1), A("辅具适配完成时限"), "days prose/table")
    r.eq(one(t, r"康复有效率([\d.]+)%，").group(1), A("受助残疾儿童康复有效率"), "有效率 prose/table")
    g = one(t, r"救助残疾儿童不少于(\d+)人，适配辅助器具不少于(\d+)件，为不少于(\d+)名孤独症儿童提供康复训练补助；受助名单和资助项目(\d+)%公示，康复机构彩票公益金资助标识设置率(\d+)%，受助儿童康复有效率不低于(\d+)%")
    for i, name in enumerate(("残疾儿童康复救助人数", "辅助器具适配数量", "孤独症儿童康复训练补助人数",
                              "受助名单及资助项目公示率", "彩票公益金资助标识设置率", "受助残疾儿童康复有效率"), 1):
        r.eq(g.group(i), str(parse_target(by[name]["target"])[1]), f"goal/target {name}")
    r.grade(total[8], one(t, r"综合评价等级为“(.+?)”").group(1))
    r.year(int(one(t, r"\n(\d{4})年度筠连县残疾人联合会项目支出").group(1)) == Y, "title year")
    r.year(int(one(t, r"附表：(\d{4})年度项目支出绩效自评表").group(1)) == Y, "table year")
    r.year(int(one(t, r"\n(\d{4})年3月18日").group(1)) == Y + 1, "report date")
    return r


CHECKS = {
    "sx-qinshui-tiyucaipiao-2022": check_sx,
    "hb-qichun-fucaigongyijin-2020": check_hb,
    "fj-nanping-fucaiwangdian-2023": check_fj,
    "gz-yuqing-hongshizihui-2018": check_gz,
    "sc-junlian-canlian-caipiao-2024": check_sc,
}


# ============================================================================ main
def diff_region(a, b):
    """[start, end) in b of the single contiguous place where b differs from a."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s, len(a) - s


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ disagree")
    if len(labels) != 35:
        problems.append(f"{len(labels)} cases, expected 35")
    codes = Counter()
    n_checks = 0
    for lab in labels:
        for e in lab["expected"]:
            codes[e["code"]] += 1
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        try:
            res = CHECKS[src](text)
        except Exception as e:  # extraction failure is a verify failure
            problems.append(f"{lab['case']}: checks crashed: {e!r}")
            continue
        n_checks += len(res.items)
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            bad = res.failed() + res.failed("warning")
            if bad:
                problems.append(f"{lab['case']}: clean draft fails {bad}")
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append(f"{lab['case']}: length {n}")
            continue
        exp = lab["expected"]
        if len(exp) != 1:
            problems.append(f"{lab['case']}: {len(exp)} labels")
            continue
        e = exp[0]
        if e["code"] not in CODES or e["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {e}")
        v = e["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if len(occ) != 1:
            problems.append(f"{lab['case']}: value {v!r} occurs {len(occ)} times (want exactly once)")
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        a, b, _ = diff_region(clean, text)
        if b <= a:
            problems.append(f"{lab['case']}: no difference from clean")
        if not any(o < b and a < o + len(v) for o in occ):
            problems.append(f"{lab['case']}: diff [{a},{b}) does not overlap value {v!r}")
        failed = sorted({c for c, _ in res.failed()})
        if failed != [e["code"]]:
            problems.append(f"{lab['case']}: labelled {e['code']}, failing error checks {failed}: {res.failed()}")
    for c in CODES:
        if codes[c] < 2:
            problems.append(f"code {c} used {codes[c]} times (< 2)")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {n_checks} arithmetic checks run; codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
