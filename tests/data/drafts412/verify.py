#!/usr/bin/env python3
"""Verify this set: labels, single contiguous edits, code coverage, and the arithmetic of every case.

Standard library only; all arithmetic in decimal.Decimal with the tolerance of rules.md §8
(a stated value with d decimals matches a computed value c iff |c - v| <= 0.5*10^-d + 1e-9).

For each source draft a list of checks re-reads the figures from the text (regexes anchored on the
words around the figures, never on the figures themselves) and redoes every identity of rules.md §7.
Each failing check reports one code of errors.md §A. A clean draft must pass everything (errors and
warnings); an error case must fail with exactly its labelled code and no other error-level code
(warning-level `score_rule_mismatch` is allowed to fire in error cases, since a changed row score or
weight no longer follows the scoring rule).  Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (the edit list: where / fig_old / fig_new)

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARN_CODES = {"score_rule_mismatch"}
EPS = Decimal("1e-9")
HUNDRED = Decimal(100)


# ----------------------------------------------------------------------------- numbers
def num(s):
    s = str(s).strip().replace(",", "").replace("%", "")
    return Decimal(s)


def decs(s):
    s = str(s).strip().replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * Decimal(10) ** (-decs(s)) + EPS


def consistent(stated, computed):
    return abs(Decimal(computed) - num(stated)) <= tol(stated)


def same(s1, s2):
    """two stated values of one quantity agree (judged at the coarser of the two precisions)"""
    d = min(decs(s1), decs(s2))
    return abs(num(s1) - num(s2)) <= Decimal("0.5") * Decimal(10) ** (-d) + EPS


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


WAN = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Parse(Exception):
    pass


# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []      # (code, msg)
        self.warns = []

    # extraction -------------------------------------------------------------
    def m(self, pattern):
        found = list(re.finditer(pattern, self.t))
        if len(found) != 1:
            raise Parse(f"pattern matched {len(found)} times: {pattern}")
        return found[0].groups()

    def lines(self, start, stop):
        """tab-separated rows strictly between the line starting with `start` and the one starting with `stop`"""
        ls = self.t.split("\n")
        i = next(k for k, l in enumerate(ls) if l.startswith(start))
        j = next(k for k in range(i + 1, len(ls)) if ls[k].startswith(stop))
        return [l.split("\t") for l in ls[i + 1:j]], ls[j].split("\t")

    def row(self, prefix, sep="\t"):
        found = [l for l in self.t.split("\n") if l.startswith(prefix)]
        if len(found) != 1:
            raise Parse(f"row {prefix!r} found {len(found)} times")
        return found[0].split(sep)

    def flat(self, first_cell):
        """seed-003 style flattened table: one cell per line with a leading tab, blank line between rows"""
        key = "\t" + first_cell + "\n"
        if self.t.count(key) != 1:
            raise Parse(f"flat table {first_cell!r}")
        rest = self.t[self.t.index(key):]
        blocks = []
        for blk in rest.split("\n\n"):
            ls = blk.rstrip("\n").split("\n")
            if not all(l.startswith("\t") for l in ls):
                break
            blocks.append([l[1:].strip() for l in ls])
        return blocks

    # findings ----------------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    def eq(self, code, stated, computed, msg):
        if not consistent(stated, computed):
            self.fail(code, f"{msg}: stated {stated}, computed {r2(computed)}")

    def conflict(self, a, b, msg):
        if not same(a, b):
            self.fail("conflicting_values", f"{msg}: {a} vs {b}")

    def money(self, code, val, unit, computed_wan, msg):
        """stated amount `val` in `unit` against a computed amount in 万元; a power-of-ten
        reconciliation means the unit is wrong (unit_mismatch, the most specific explanation)"""
        f = WAN[unit]
        if consistent(val, Decimal(computed_wan) / f):
            return
        for k in (Decimal(10000), Decimal("0.0001"), Decimal(10) ** 8, Decimal(10) ** -8):
            if consistent(val, Decimal(computed_wan) / f * k):
                self.fail("unit_mismatch", f"{msg}: {val}{unit} is off by a power of ten")
                return
        self.fail(code, f"{msg}: stated {val}{unit}, computed {r2(computed_wan)}万元")

    def per_unit_product(self, code, price, price_unit, qty, total_val, total_unit, msg):
        """price (元 or 万元 per unit) × qty (in 万 units if qty_wan) = total"""
        computed_wan = num(price) * WAN[price_unit] * qty
        f = WAN[total_unit]
        if consistent(total_val, computed_wan / f):
            return
        for k in (Decimal(10000), Decimal("0.0001"), Decimal(10) ** 8, Decimal(10) ** -8):
            if consistent(total_val, computed_wan / f * k):
                self.fail("unit_mismatch", f"{msg}: {price}{price_unit} × {qty} off by a power of ten")
                return
        self.fail(code, f"{msg}: {price}{price_unit} × {qty} = {r2(computed_wan)}万元, stated {total_val}{total_unit}")

    def rate(self, stated, numer, denom, msg, code="rate_mismatch"):
        """a stated rate (string, '—' allowed) against numer/denom; zero base must show no rate"""
        st = stated.strip()
        if Decimal(denom) == 0:
            if st in ("—", "-", "") or (st.replace("%", "") and num(st) == 0):
                return
            self.fail("implausible_rate", f"{msg}: rate {st} on a zero base")
            return
        if st in ("—", "-", ""):
            self.fail(code, f"{msg}: rate missing although the base is {denom}")
            return
        c = Decimal(numer) / Decimal(denom) * HUNDRED
        if not consistent(st, c):
            self.fail(code, f"{msg}: stated {st}, computed {r2(c)}%")
        elif num(st) > HUNDRED:
            self.fail("implausible_rate", f"{msg}: rate {st} above 100%")

    def grade(self, total, word, msg):
        g = GRADE_WORD.get(word)
        if g is None:
            raise Parse(f"grade word {word!r}")
        if g != grade_of(num(total)):
            self.fail("grade_mismatch", f"{msg}: {total} → {grade_of(num(total))}, stated {word}")

    def approx(self, code, stated, computed, msg):
        """a number marked 约: accept within half a unit of its last digit (plus rounding)"""
        if abs(Decimal(computed) - num(stated)) > tol(stated) + Decimal("0.5") * Decimal(10) ** (-decs(stated)):
            self.fail(code, f"{msg}: 约{stated} vs {r2(computed)}")


# ----------------------------------------------------------------------------- indicators
Q_RE = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")
DATE_RE = re.compile(r"^\d{4}年\d{1,2}月")
RATE_WORDS = ("率", "占比", "满意度")


def parse_q(s):
    s = s.strip()
    if DATE_RE.match(s):
        return ("date", None, None, None)
    m = Q_RE.match(s)
    if not m:
        return ("qual", None, None, None)
    sign, v, unit = m.groups()
    d = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte", "=": "eq", None: "eq"}[sign]
    return ("num", d, v, unit.strip())


def completion(direction, target, actual):
    t, a = num(target), num(actual)
    if direction == "lte":
        return HUNDRED if a <= t else t / a * HUNDRED
    if t == 0:
        return HUNDRED if a <= 0 else Decimal(0)
    return max(a, Decimal(0)) / t * HUNDRED


def check_rows(C, rows):
    """rows: dicts name, w, target, actual, score, [comp], [dirn, unit] (dirn/unit given when the
    table has 指标性质 / 度量单位 columns; then target/actual are bare numbers)"""
    for r in rows:
        name, w, sc = r["name"], r["w"], r["score"]
        if num(sc) > num(w) or num(sc) < 0:
            C.fail("score_exceeds_weight", f"{name}: score {sc} > weight {w}")
        if "dirn" in r:
            if r["dirn"] == "定性":
                tk, direction, tv, tu = "qual", None, None, None
            else:
                direction = {"≥": "gte", "≤": "lte", "=": "eq"}[r["dirn"]]
                tk, tv, tu = "num", r["target"], r["unit"]
            if tk == "qual":
                ak, av, au = "qual", None, None
            else:
                ak, av, au = "num", r["actual"], r["unit"]
        else:
            tk, direction, tv, tu = parse_q(r["target"])
            ak, _, av, au = parse_q(r["actual"])
        if tk == "date":
            if ak != "date":
                C.fail("unit_mismatch", f"{name}: target is a date, actual {r['actual']}")
            elif sc != w:
                C.warn("score_rule_mismatch", f"{name}: date met, score {sc}/{w}")
            continue
        if tk == "qual":
            if ak != "qual":
                C.fail("unit_mismatch", f"{name}: qualitative target, actual {r['actual']}")
            elif not consistent(sc, num(w)):
                C.warn("score_rule_mismatch", f"{name}: qualitative target achieved, score {sc}/{w}")
            continue
        if ak != "num" or (au or "") != (tu or ""):
            C.fail("unit_mismatch", f"{name}: target {r['target']} vs actual {r['actual']}")
            continue
        if au == "%" and any(wd in name for wd in RATE_WORDS) and num(av) > HUNDRED:
            C.fail("implausible_rate", f"{name}: {av}% above 100%")
        comp = completion(direction, tv, av)
        if r.get("comp") not in (None, ""):
            C.eq("completion_mismatch", r["comp"], comp, f"{name} 完成率")
        expect = num(w) * min(comp, HUNDRED) / HUNDRED
        ok = consistent(sc, expect)
        if not ok and r.get("comp") not in (None, ""):
            ok = consistent(sc, num(w) * min(num(r["comp"]), HUNDRED) / HUNDRED)
        if not ok:
            C.warn("score_rule_mismatch", f"{name}: score {sc}, rule gives {r2(expect)}")


def check_totals(C, weights, scores, stated_w, stated_totals, msg):
    sw = sum(num(w) for w in weights)
    if sw != HUNDRED:
        C.fail("weight_sum_mismatch", f"{msg}: weights sum to {sw}")
    if stated_w is not None and num(stated_w) != sw:
        C.fail("weight_sum_mismatch", f"{msg}: weights sum to {sw}, 合计 states {stated_w}")
    ss = sum(num(s) for s in scores)
    for st in stated_totals:
        C.eq("score_sum_mismatch", st, ss, f"{msg}: Σ 得分")


def check_years(C):
    for y in re.findall(r"(\d{4})年度", C.t):
        if int(y) != C.year:
            C.fail("year_mismatch", f"{y}年度 in a {C.year} report")
    for y in re.findall(r"结转(?:至)?(\d{4})年", C.t):
        if int(y) <= C.year:
            C.fail("year_mismatch", f"carry-over to {y} in a {C.year} report")
    for y in re.findall(r"截至(\d{4})年12月31日", C.t):
        if int(y) != C.year:
            C.fail("year_mismatch", f"截至{y}年12月31日 in a {C.year} report")


# ============================================================================= per draft
def sx_gujiao(C):
    f = C.flat("资金来源")
    hdr, src, tot = f[0], f[1:7], f[7]
    assert hdr[0] == "资金来源" and tot[0] == "合计" and len(f) == 8
    for r in src + [tot]:
        C.eq("balance_mismatch", r[6], num(r[4]) - num(r[5]), f"{r[0]} 结余⑤=③-④")
        C.rate(r[7], num(r[4]), num(r[3]), f"{r[0]} 到位率⑥")
        C.rate(r[8], num(r[5]), num(r[3]), f"{r[0]} 执行率⑦")
    for k, col in ((2, "年初"), (3, "全年"), (4, "到位"), (5, "执行"), (6, "结余")):
        C.eq("sum_mismatch", tot[k], sum(num(r[k]) for r in src), f"合计 7=1+…+6 {col}")
    row = {r[0]: r for r in src}
    bj, jz = row["古交市本级资金"], row["上年结转资金"]
    a, b = C.m(r"年初安排本级预算([\d.]+)万元、上年结转([\d.]+)万元")
    C.conflict(a, bj[2], "本级年初")
    C.conflict(b, jz[2], "上年结转年初")
    zy, sj = C.m(r"中央城市交通发展奖励资金([\d.]+)万元和省级新能源公交车推广应用补助([\d.]+)万元")
    C.conflict(zy, row["中央资金"][3], "中央资金")
    C.conflict(sj, row["省级资金"][3], "省级资金")
    (qn,) = C.m(r"全年预算调整为([\d.]+)万元")
    C.conflict(qn, tot[3], "全年预算")
    (gz,) = C.m(r"中央资金、省级资金和上年结转合计([\d.]+)万元")
    C.eq("sum_mismatch", gz, num(zy) + num(sj) + num(b), "购置补助 = 中央+省级+结转")
    (nbus,) = C.m(r"全年购置纯电动公交车(\d+)辆")
    per, per_u = C.m(r"平均每辆补助([\d,.]+)(元|万元|亿元)")
    C.money("average_mismatch", per, per_u, num(gz) / num(nbus), "每辆补助")
    p, pu, km, yy = C.m(r"按([\d.]+)(元|万元)/车公里标准和全年核定运营里程([\d.]+)万车公里拨付运营补贴([\d.]+)万元")
    C.per_unit_product("sum_mismatch", p, pu, num(km) * 10000, yy, "万元", "运营补贴")
    yh, bjzc = C.m(r"免费及优惠乘车补贴([\d.]+)万元，本级合计支出([\d.]+)万元")
    C.eq("sum_mismatch", bjzc, num(yy) + num(yh), "本级支出 = 运营补贴+优惠乘车补贴")
    C.conflict(bjzc, bj[5], "本级执行")
    (jy,) = C.m(r"本级结余([\d.]+)万元")
    C.eq("balance_mismatch", jy, num(bj[4]) - num(bj[5]), "本级结余")
    # indicator table
    ind = C.flat("一级指标")
    rows, lvl, cur = [], {}, None
    for r in ind[1:]:
        if r[0] == "合计":
            total_row = r
            continue
        cur = r[0] or cur
        rows.append(dict(name=r[2], w=r[3], target=r[4], actual=r[5], comp=r[6], score=r[7], lvl=cur))
    check_rows(C, rows)
    ts, grade_w = C.m(r"自评总得分([\d.]+)分，属于\"(.+?)\"")
    check_totals(C, [r["w"] for r in rows], [r["score"] for r in rows], total_row[3], [total_row[7], ts], "附件1")
    C.grade(ts, grade_w, "总得分")
    parts = C.m(r"其中预算执行([\d.]+)分，产出指标([\d.]+)分，效益指标([\d.]+)分，满意度指标([\d.]+)分")
    for st, l1 in zip(parts, ["预算执行指标", "产出指标", "效益指标", "满意度指标"]):
        C.eq("score_sum_mismatch", st, sum(num(r["score"]) for r in rows if r["lvl"] == l1), f"{l1}得分")
    byname = {r["name"]: r for r in rows}
    q, zx, zxl = C.m(r"全年预算([\d.]+)万元，实际执行([\d.]+)万元，预算执行率([\d.]+)%")
    C.conflict(q, tot[3], "全年预算")
    C.conflict(zx, tot[5], "全年执行")
    C.rate(zxl, num(zx), num(q), "预算执行率(正文)")
    C.rate(byname["预算执行率"]["actual"], num(tot[5]), num(tot[3]), "预算执行率(附件1)")
    n1, n2 = C.m(r"分别为10\.5米级(\d+)辆、8\.5米级(\d+)辆")
    C.eq("sum_mismatch", nbus, num(n1) + num(n2), "购车数 分别")
    C.conflict(nbus, parse_q(byname["新能源公交车购置数量"]["actual"])[2], "购车数")
    C.conflict(km, parse_q(byname["公交运营里程"]["actual"])[2], "运营里程")
    (dk,) = C.m(r"单车日均运营里程约(\d+)公里")
    fleet, ev, phev, cng, share = C.m(r"全市共有公交车(\d+)辆，分别为纯电动公交车(\d+)辆、插电式混合动力公交车(\d+)辆、CNG公交车(\d+)辆，新能源公交车占比([\d.]+)%")
    C.approx("average_mismatch", dk, num(km) * 10000 / num(fleet) / 365, "单车日均里程")
    C.eq("sum_mismatch", fleet, num(ev) + num(phev) + num(cng), "车辆分别")
    C.rate(share, num(ev) + num(phev), num(fleet), "新能源占比")
    C.conflict(share, parse_q(byname["新能源公交车占比"]["actual"])[2], "新能源占比")
    yr, dr, last, gr = C.m(r"全年公交客运量([\d.]+)万人次，日均([\d.]+)万人次，较2020年的([\d.]+)万人次同比增长([\d.]+)%")
    C.eq("average_mismatch", dr, num(yr) / 365, "日均客运量")
    C.eq("rate_mismatch", gr, (num(yr) / num(last) - 1) * HUNDRED, "同比增长")
    C.conflict(dr, parse_q(byname["公交日均客运量"]["actual"])[2], "日均客运量")
    ff, hs, hsl, myd = C.m(r"发放问卷(\d+)份，回收有效问卷(\d+)份，有效回收率([\d.]+)%，乘客满意度为([\d.]+)%")
    C.rate(hsl, num(hs), num(ff), "问卷回收率")
    C.conflict(myd, parse_q(byname["乘客满意度"]["actual"])[2], "乘客满意度")
    (zd,) = C.m(r"公交准点率([\d.]+)%，低于目标")
    C.conflict(zd, parse_q(byname["公交车辆准点率"]["actual"])[2], "准点率")


def hn_shaoshan(C):
    ys = C.row("\t年度资金总额")
    dn = C.row("\t其中：当年财政拨款")
    jz = C.row("\t上年结转资金")
    qt = C.row("\t其他资金")
    for k, col in ((2, "年初"), (3, "全年"), (4, "执行")):
        C.eq("sum_mismatch", ys[k], num(dn[k]) + num(jz[k]) + num(qt[k]), f"年度资金总额 {col}")
    for r in (ys, dn, jz, qt):
        C.rate(r[6], num(r[4]), num(r[3]), f"{r[1]} 执行率")
    inds, total = C.lines("绩效指标\t一级指标", "总分")
    rows = [dict(name=r[3], target=r[4], actual=r[5], w=r[6], score=r[7]) for r in inds]
    exe = dict(name="预算执行率", target="100%", actual=f"{r2(num(ys[4]) / num(ys[3]) * HUNDRED)}%", w=ys[5], score=ys[7])
    check_rows(C, [exe] + rows)
    (tot_txt, gword) = C.m(r"本项目得分([\d.]+)分，评价等级为\"(.+?)\"")
    check_totals(C, [ys[5]] + [r["w"] for r in rows], [ys[7]] + [r["score"] for r in rows],
                 total[6], [total[7], tot_txt], "自评表")
    C.grade(tot_txt, gword, "得分")
    byname = {r["name"]: r for r in rows}
    (q0,) = C.m(r"购置项目资金([\d.]+)万元开展了绩效自评")
    C.conflict(q0, ys[3], "全年预算(导语)")
    a, zj, jzz, q = C.m(r"年初市本级预算安排([\d.]+)万元，年中追加省级新能源公交车推广应用补助([\d.]+)万元，并将上年结转的购车资金([\d.]+)万元纳入本年预算，全年预算([\d.]+)万元")
    C.eq("sum_mismatch", q, num(a) + num(zj) + num(jzz), "全年预算 = 年初+追加+结转")
    C.conflict(q, ys[3], "全年预算")
    C.conflict(a, ys[2], "年初预算")
    C.conflict(jzz, jz[3], "上年结转")
    C.eq("sum_mismatch", dn[3], num(a) + num(zj), "当年财政拨款 = 本级+省级追加")
    zx, zxl = C.m(r"全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    C.conflict(zx, ys[4], "全年执行")
    C.conflict(zxl, ys[6], "执行率")
    C.rate(zxl, num(zx), num(q), "预算执行率(正文)")
    (nb,) = C.m(r"购置纯电动公交车(\d+)辆，其中")
    n1, p1, u1, n2, p2, u2, gck, avg = C.m(r"其中10米级(\d+)辆、单价([\d,.]+)(元|万元)，8米级(\d+)辆、单价([\d,.]+)(元|万元)，购车款([\d.]+)万元，平均单价([\d.]+)万元")
    C.eq("sum_mismatch", nb, num(n1) + num(n2), "购车数")
    C.money("sum_mismatch", gck, "万元", num(p1) * WAN[u1] * num(n1) + num(p2) * WAN[u2] * num(n2), "购车款 = Σ 单价×数量")
    C.eq("average_mismatch", avg, num(gck) / num(nb), "平均单价")
    C.conflict(nb, parse_q(byname["购置新能源公交车数量"]["actual"])[2], "购车数")
    cost = parse_q(byname["10米级纯电动公交车单车购置成本"]["actual"])
    if cost[0] == "num" and cost[3] == "万元/辆":
        C.conflict(cost[2], str(num(p1) * WAN[u1]), "10米级单价")
    b1, b2, b3, b4, b5 = C.m(r"购车款由上年结转([\d.]+)万元、省级补助([\d.]+)万元和本级资金([\d.]+)万元共同承担")[:3] + (None, None)
    C.eq("sum_mismatch", gck, num(b1) + num(b2) + num(b3), "购车款来源")
    C.conflict(b1, jzz, "上年结转")
    C.conflict(b2, zj, "省级补助")
    ykm, pr, ys_, skm, bf, bfl, wbf = C.m(r"年初按预计运营里程([\d.]+)万车公里、([\d.]+)元/车公里测算，安排运营补贴([\d.]+)万元；实际核定运营里程([\d.]+)万车公里，拨付补贴([\d.]+)万元，运营补贴执行率([\d.]+)%。未拨付的([\d.]+)万元")
    C.per_unit_product("sum_mismatch", pr, "元", num(ykm) * 10000, ys_, "万元", "运营补贴预算")
    C.per_unit_product("sum_mismatch", pr, "元", num(skm) * 10000, bf, "万元", "运营补贴拨付")
    C.rate(bfl, num(bf), num(ys_), "运营补贴执行率")
    C.eq("balance_mismatch", wbf, num(ys_) - num(bf), "运营补贴未拨付")
    C.eq("balance_mismatch", wbf, num(ys[3]) - num(ys[4]), "项目未执行")
    C.conflict(skm, parse_q(byname["公交运营里程"]["actual"])[2], "运营里程")
    kl, last, dec = C.m(r"全年公交客运量([\d.]+)万人次，较2021年的([\d.]+)万人次同比下降([\d.]+)%")
    C.eq("rate_mismatch", dec, (1 - num(kl) / num(last)) * HUNDRED, "同比下降")
    C.conflict(kl, parse_q(byname["年公交客运量"]["actual"])[2], "客运量")
    fl, e1, e2, e3, sh = C.m(r"年末全市公交车(\d+)辆，分别为纯电动(\d+)辆、混合动力(\d+)辆、柴油(\d+)辆，新能源车占比([\d.]+)%")
    C.eq("sum_mismatch", fl, num(e1) + num(e2) + num(e3), "车辆分别")
    C.rate(sh, num(e1) + num(e2), num(fl), "新能源占比")
    C.conflict(sh, parse_q(byname["新能源公交车占比"]["actual"])[2], "新能源占比")
    (myd,) = C.m(r"乘客满意度调查结果为([\d.]+)%")
    C.conflict(myd, parse_q(byname["乘客满意度"]["actual"])[2], "满意度")
    ry, xz, sy = C.m(r"在职人员(\d+)人，其中行政编制(\d+)人、事业编制(\d+)人")
    C.eq("sum_mismatch", ry, num(xz) + num(sy), "在职人员构成")


def sc_shifang(C):
    ys = C.row("\t年度资金总额")
    parts = [C.row("\t其中：财政资金"), C.row("\t财政专户管理资金"), C.row("\t单位资金"), C.row("\t其他资金")]
    for k, col in ((2, "年初"), (3, "全年"), (4, "执行")):
        C.eq("sum_mismatch", ys[k], sum(num(r[k]) for r in parts), f"年度资金总额 {col}")
    for r in [ys] + parts:
        C.rate(r[6], num(r[4]), num(r[3]), f"{r[1]} 执行率")
    inds, total = C.lines("绩效指标\t一级指标", "总分")
    rows = [dict(name=r[3], dirn=r[4], target=r[5], unit=r[6], actual=r[7], w=r[8], score=r[9]) for r in inds]
    exe = dict(name="预算执行率", target="100%", actual=f"{r2(num(ys[4]) / num(ys[3]) * HUNDRED)}%", w=ys[5], score=ys[7])
    check_rows(C, [exe] + rows)
    tt, gw = C.m(r"自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    check_totals(C, [ys[5]] + [r["w"] for r in rows], [ys[7]] + [r["score"] for r in rows], total[8], [total[9], tt], "自评表")
    C.grade(tt, gw, "自评得分")
    byname = {r["name"]: r for r in rows}
    nc, yy, gz, n18, ly = C.m(r"年初批复预算([\d.]+)万元，其中运营补贴([\d.]+)万元、新能源公交车购置补助([\d.]+)万元（(\d+)辆）、老年人免费乘车补贴([\d.]+)万元")
    C.eq("sum_mismatch", nc, num(yy) + num(gz) + num(ly), "年初预算构成")
    C.conflict(nc, ys[2], "年初预算")
    per, per_u = C.m(r"按每辆([\d,.]+)(元|万元)给予购置补助")
    C.per_unit_product("sum_mismatch", per, per_u, num(n18), gz, "万元", "年初购置补助")
    tj, zjia, qn = C.m(r"年中调减购置补助([\d.]+)万元，同时追加老年人免费乘车补贴([\d.]+)万元，调整后全年预算([\d.]+)万元")
    C.eq("sum_mismatch", qn, num(nc) - num(tj) + num(zjia), "调整后预算")
    C.conflict(qn, ys[3], "全年预算")
    dw, dwl = C.m(r"全年到位([\d.]+)万元，到位率([\d.]+)%")
    C.rate(dwl, num(dw), num(qn), "到位率")
    zc, p, pu, km, yyb, nb, gzb, lp, lrc, lyb, jy = C.m(
        r"全年支出([\d.]+)万元：按([\d.]+)(元|万元)/车公里标准和核定运营里程([\d.]+)万车公里拨付运营补贴([\d.]+)万元；拨付(\d+)辆新能源公交车购置补助共([\d.]+)万元；按([\d.]+)元/人次标准和核定免费乘车([\d.]+)万人次拨付老年人免费乘车补贴([\d.]+)万元。年末结余([\d.]+)万元")
    C.per_unit_product("sum_mismatch", p, pu, num(km) * 10000, yyb, "万元", "运营补贴")
    C.per_unit_product("sum_mismatch", per, per_u, num(nb), gzb, "万元", "购置补助")
    C.eq("sum_mismatch", gzb, num(gz) - num(tj), "调整后购置补助")
    C.per_unit_product("sum_mismatch", lp, "元", num(lrc) * 10000, lyb, "万元", "老年人免费乘车补贴")
    C.eq("sum_mismatch", zc, num(yyb) + num(gzb) + num(lyb), "全年支出构成")
    C.conflict(zc, ys[4], "全年执行")
    C.eq("balance_mismatch", jy, num(dw) - num(zc), "年末结余")
    C.conflict(km, byname["公交运营里程"]["actual"], "运营里程")
    C.conflict(nb, byname["新能源公交车购置补助车辆数"]["actual"], "购置车辆数")
    (zd,) = C.m(r"公交准点率([\d.]+)%。")
    C.conflict(zd, byname["公交准点率"]["actual"], "准点率")
    a1, a2, a3, av = C.m(r"日均客流分别为([\d,]+)人次、([\d,]+)人次、([\d,]+)人次，平均([\d,]+)人次")
    C.eq("average_mismatch", av, (num(a1) + num(a2) + num(a3)) / 3, "三条新线日均客流平均")
    kl, last, gr = C.m(r"全市公交客运量([\d.]+)万人次，比2023年的([\d.]+)万人次增长([\d.]+)%")
    C.eq("rate_mismatch", gr, (num(kl) / num(last) - 1) * HUNDRED, "同比增长")
    C.conflict(kl, byname["年公交客运量"]["actual"], "客运量")
    fl, e1, e2, sh = C.m(r"年末全市公交车(\d+)辆，分别为纯电动公交车(\d+)辆、CNG公交车(\d+)辆，新能源公交车占比([\d.]+)%")
    C.eq("sum_mismatch", fl, num(e1) + num(e2), "车辆分别")
    C.rate(sh, num(e1), num(fl), "新能源占比")
    C.conflict(sh, byname["新能源公交车占比"]["actual"], "新能源占比")
    (dk,) = C.m(r"单车日均运营里程约(\d+)公里")
    C.approx("average_mismatch", dk, num(km) * 10000 / num(fl) / 366, "单车日均里程(2024年366天)")


def jx_gongqingcheng(C):
    ls = C.t.split("\n")
    i = next(k for k, l in enumerate(ls) if l.startswith("一级指标 二级指标"))
    j = next(k for k in range(i, len(ls)) if ls[k].startswith("合计 "))
    rows = []
    for l in ls[i + 1:j]:
        c = l.split(" ")
        rows.append(dict(name=c[2], w=c[3], target=c[4], actual=c[5], score=c[6]))
    total = ls[j].split(" ")
    check_rows(C, rows)
    tt, gw = C.m(r"本项目自评得分(\d+)分，等级为(优秀|良好|中等|较差|优|良|中|差)")
    check_totals(C, [r["w"] for r in rows], [r["score"] for r in rows], total[1], [total[2], tt], "指标得分表")
    C.grade(tt, gw, "自评得分")
    byname = {r["name"]: r for r in rows}
    nc, yy, gc, zj, qn = C.m(r"年初预算([\d.]+)万元，其中运营补贴([\d.]+)万元、购车资金([\d.]+)万元；年中省财政追加新能源公交车运营补助([\d.]+)万元，全年预算([\d.]+)万元")
    C.eq("sum_mismatch", nc, num(yy) + num(gc), "年初预算构成")
    C.eq("sum_mismatch", qn, num(nc) + num(zj), "全年预算")
    dw, dwl, zc, zxl, jy = C.m(r"资金到位([\d.]+)万元，到位率([\d.]+)%；实际支出([\d.]+)万元，预算执行率([\d.]+)%，结余([\d.]+)万元")
    C.rate(dwl, num(dw), num(qn), "到位率")
    C.rate(zxl, num(zc), num(qn), "预算执行率")
    C.eq("balance_mismatch", jy, num(dw) - num(zc), "结余")
    C.conflict(zxl, byname["预算执行率"]["actual"], "执行率(表)")
    p1, u1, km1, b1 = C.m(r"按每车公里([\d.]+)(元|万元)、全年运营里程([\d.]+)万车公里核定，拨付运营补贴([\d.]+)万元")
    C.per_unit_product("sum_mismatch", p1, u1, num(km1) * 10000, b1, "万元", "运营补贴")
    p2, u2, km2, b2 = C.m(r"按每车公里([\d.]+)(元|万元)、新能源公交车运营里程([\d.]+)万车公里核定，拨付省级补助([\d.]+)万元")
    C.per_unit_product("sum_mismatch", p2, u2, num(km2) * 10000, b2, "万元", "新能源运营补助")
    nb, pr, pu, gk = C.m(r"纯电动微循环公交车(\d+)辆，中标单价([\d,.]+)(元|万元)，支付购车款([\d.]+)万元")
    C.per_unit_product("sum_mismatch", pr, pu, num(nb), gk, "万元", "购车款")
    C.eq("sum_mismatch", zc, num(b1) + num(b2) + num(gk), "实际支出构成")
    C.conflict(km1, parse_q(byname["公交运营里程"]["actual"])[2], "运营里程")
    C.conflict(nb, parse_q(byname["新能源公交车购置数量"]["actual"])[2], "购车数")
    cost = parse_q(byname["微循环公交车单车采购价"]["actual"])
    if cost[0] == "num" and cost[3] == "万元/辆":
        C.conflict(cost[2], str(num(pr) * WAN[pu]), "单车采购价")
    zd, gap = C.m(r"公交准点率([\d.]+)%，较目标低([\d.]+)个百分点")
    C.conflict(zd, parse_q(byname["公交准点率"]["actual"])[2], "准点率")
    C.eq("rate_mismatch", gap, num(parse_q(byname["公交准点率"]["target"])[2]) - num(zd), "差距百分点")
    kl, dr, last, gr = C.m(r"全年公交客运量([\d.]+)万人次，日均([\d.]+)万人次，较2017年的([\d.]+)万人次增长([\d.]+)%")
    C.eq("average_mismatch", dr, num(kl) / 365, "日均客运量")
    C.eq("rate_mismatch", gr, (num(kl) / num(last) - 1) * HUNDRED, "同比增长")
    C.conflict(dr, parse_q(byname["日均公交客运量"]["actual"])[2], "日均客运量")
    fl, e1, e2, e3, sh = C.m(r"年末全市公交车(\d+)辆，分别为纯电动(\d+)辆、混合动力(\d+)辆、柴油(\d+)辆，新能源公交车占比([\d.]+)%")
    C.eq("sum_mismatch", fl, num(e1) + num(e2) + num(e3), "车辆分别")
    C.rate(sh, num(e1) + num(e2), num(fl), "新能源占比")
    C.conflict(sh, parse_q(byname["新能源公交车占比"]["actual"])[2], "新能源占比")
    xl, zx2, xl2 = C.m(r"通勤专线(\d+)条，线路数由(\d+)条增加到(\d+)条")
    C.eq("sum_mismatch", xl2, num(zx2) + num(xl), "线路数")
    C.conflict(xl2, parse_q(byname["城市公交线路数"]["actual"])[2], "线路数")
    (xl0,) = C.m(r"现有公交线路(\d+)条")
    C.conflict(xl0, xl2, "线路数")
    ff, hs, hsl, myd, wcl = C.m(r"调查问卷(\d+)份，回收有效问卷(\d+)份，有效回收率([\d.]+)%，乘客满意度([\d.]+)%，完成目标值的([\d.]+)%")
    C.rate(hsl, num(hs), num(ff), "问卷回收率")
    C.conflict(myd, parse_q(byname["乘客满意度"]["actual"])[2], "满意度")
    C.eq("completion_mismatch", wcl, completion("gte", parse_q(byname["乘客满意度"]["target"])[2], myd), "满意度完成率")


def yn_anning(C):
    srows, stot = C.lines("资金来源\t行次", "合计\t5=1+2+3+4")
    for k, col in ((2, "年初"), (3, "全年"), (4, "执行"), (5, "结转结余")):
        C.eq("sum_mismatch", stot[k], sum(num(r[k]) for r in srows), f"合计 5=1+2+3+4 {col}")
    for r in srows + [stot]:
        C.eq("balance_mismatch", r[5], num(r[3]) - num(r[4]), f"{r[0]} 结转结余")
    nc, jb0, xm0 = C.m(r"年初预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元")
    C.eq("sum_mismatch", nc, num(jb0) + num(xm0), "年初预算构成")
    C.conflict(nc, stot[2], "年初预算")
    qn, jb, xm = C.m(r"全年预算调整为([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元")
    C.eq("sum_mismatch", qn, num(jb) + num(xm), "全年预算构成")
    C.conflict(qn, stot[3], "全年预算")
    zx, jbzx, zxl, jy, jyl = C.m(r"全年执行([\d,.]+)万元，其中基本支出([\d,.]+)万元，部门预算执行率([\d.]+)%；结转结余([\d,.]+)万元，结转结余率([\d.]+)%")
    C.conflict(zx, stot[4], "全年执行")
    C.rate(zxl, num(zx), num(qn), "部门预算执行率")
    C.eq("balance_mismatch", jy, num(qn) - num(zx), "结转结余")
    C.conflict(jy, stot[5], "结转结余")
    C.rate(jyl, num(jy), num(qn), "结转结余率")
    ry0, xz0, sy0 = C.m(r"在编在岗人员(\d+)人，其中行政人员(\d+)人、事业人员(\d+)人")
    C.eq("sum_mismatch", ry0, num(xz0) + num(sy0), "在编人员构成")
    (npj,) = C.m(r"本部门共有(\d+)个项目纳入绩效自评")
    ry, gy = C.m(r"人员经费([\d.]+)万元、公用经费([\d.]+)万元")
    C.eq("sum_mismatch", jbzx, num(ry) + num(gy), "基本支出构成")
    sgys, sgzc, gc, jd = C.m(r"\"三公\"经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务用车运行维护费([\d.]+)万元、公务接待费([\d.]+)万元")
    C.eq("sum_mismatch", sgzc, num(gc) + num(jd), "三公经费构成")
    # projects
    prow, _ = C.lines("序号\t项目名称", "城市公交运营补贴按")
    for r in prow:
        C.rate(r[4], num(r[3]), num(r[2]), f"{r[1]} 执行率")
    pq, pz, pl = C.m(r"项目支出全年预算([\d,.]+)万元，执行([\d,.]+)万元，执行率([\d.]+)%")
    C.eq("sum_mismatch", pq, sum(num(r[2]) for r in prow), "项目预算合计")
    C.eq("sum_mismatch", pz, sum(num(r[3]) for r in prow), "项目执行合计")
    C.conflict(pq, xm, "项目支出全年预算")
    C.eq("balance_mismatch", jy, (num(qn) - num(zx)), "结转结余")
    C.eq("balance_mismatch", jy, (num(jb) - num(jbzx)) + (num(pq) - num(pz)), "结转结余 = 基本 + 项目未执行")
    C.rate(pl, num(pz), num(pq), "项目支出执行率")
    C.eq("sum_mismatch", npj, len(prow), "项目个数")
    (av,) = C.m(r"平均自评得分([\d.]+)分")
    C.eq("average_mismatch", av, sum(num(r[5]) for r in prow) / len(prow), "项目平均分")
    by = {r[1]: r for r in prow}
    for r in prow:
        g = "良" if r[1] == "公交场站及充电设施运维" else "优"
        C.grade(r[5], g, f"{r[1]} 项目等级")
    p, pu, km, yb = C.m(r"城市公交运营补贴按([\d.]+)(元|万元)/车公里标准和核定运营里程([\d.]+)万车公里拨付([\d,.]+)万元")
    C.per_unit_product("sum_mismatch", p, pu, num(km) * 10000, yb, "万元", "运营补贴")
    C.conflict(yb, by["城市公交运营补贴"][3], "运营补贴执行")
    per, per_u, nb = C.m(r"按每辆([\d,.]+)(元|万元)标准对公交集团新购的(\d+)辆纯电动公交车拨付补助")
    C.per_unit_product("sum_mismatch", per, per_u, num(nb), by["新能源公交车购置补助"][3].replace(",", ""), "万元", "购置补助")
    (gs,) = C.m(r"年初按每辆(\d+)万元测算")
    C.eq("sum_mismatch", by["新能源公交车购置补助"][2], num(gs) * num(nb), "购置补助预算 = 每辆30万元 × 辆数")
    # department table
    drows, dtot = C.lines("一级指标\t二级指标", "合计\t")
    rows = [dict(name=r[2], target=r[3], actual=r[4], w=r[5], score=r[6]) for r in drows]
    check_rows(C, rows)
    tt, gw = C.m(r"本部门2020年度自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    check_totals(C, [r["w"] for r in rows], [r["score"] for r in rows], dtot[5], [dtot[6], tt], "部门整体自评表")
    C.grade(tt, gw, "部门自评得分")
    b = {r["name"]: r for r in rows}
    C.rate(b["部门预算执行率"]["actual"], num(zx), num(qn), "执行率(表)")
    C.rate(b["结转结余率"]["actual"], num(jy), num(qn), "结转结余率(表)")
    C.rate(b["\"三公\"经费控制率"]["actual"], num(sgzc), num(sgys), "三公经费控制率(表)")
    C.conflict(km, parse_q(b["公交运营里程"]["actual"])[2], "运营里程")
    C.conflict(nb, parse_q(b["新能源公交车推广数量"]["actual"])[2], "新购车辆数")
    kl, last, dec = C.m(r"全年公交客运量([\d.]+)万人次，较2019年的([\d,.]+)万人次同比下降([\d.]+)%")
    C.eq("rate_mismatch", dec, (1 - num(kl) / num(last)) * HUNDRED, "同比下降")
    C.conflict(kl, parse_q(b["公交年客运量"]["actual"])[2], "客运量")
    fl, e1, e2, e3, sh = C.m(r"全市公交车(\d+)辆，分别为纯电动(\d+)辆、插电式混合动力(\d+)辆、燃气(\d+)辆，新能源公交车占比([\d.]+)%")
    C.eq("sum_mismatch", fl, num(e1) + num(e2) + num(e3), "车辆分别")
    C.rate(sh, num(e1) + num(e2), num(fl), "新能源占比")
    C.conflict(sh, parse_q(b["新能源公交车占比"]["actual"])[2], "新能源占比")
    zd, myd = C.m(r"公交准点率([\d.]+)%，受防疫检查和线路调整影响低于目标；第三方测评服务对象满意度([\d.]+)%")
    C.conflict(zd, parse_q(b["公交准点率"]["actual"])[2], "准点率")
    C.conflict(myd, parse_q(b["服务对象满意度"]["actual"])[2], "满意度")


SPEC = {
    "sx-gujiao-gongjiaobutie-2021": (2021, sx_gujiao),
    "hn-shaoshan-xinnengyuangongjiao-2022": (2022, hn_shaoshan),
    "sc-shifang-gongjiaoyunying-2024": (2024, sc_shifang),
    "jx-gongqingcheng-gongjiao-2018": (2018, jx_gongqingcheng),
    "yn-anning-jiaotongbumen-2020": (2020, yn_anning),
}


def run_checks(source, text):
    year, fn = SPEC[source]
    C = Ctx(text, year)
    check_years(C)
    try:
        fn(C)
    except (Parse, StopIteration, KeyError, IndexError, ValueError, ArithmeticError, AssertionError) as e:
        C.fail("parse_error", f"{type(e).__name__}: {e}")
    return C


# ============================================================================= main
def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    edits = {f"{e[0]}-e{e[1]}.txt": e for e in build.EDITS}
    counts = {c: 0 for c in CODES13}
    where = {"prose": 0, "table": 0}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            clean_text[rec["source"]] = open(os.path.join(HERE, "cases", rec["case"]), encoding="utf-8").read()
    if len(clean_text) != 5 or len(labels) != 35:
        problems.append(f"expected 5 clean + 30 error cases, got {len(clean_text)} / {len(labels)}")
    for src, t in clean_text.items():
        if not 2800 <= len(t) <= 3400:
            problems.append(f"{src}: clean draft has {len(t)} characters (want 2800–3400)")

    for rec in labels:
        path = os.path.join(HERE, "cases", rec["case"])
        text = open(path, encoding="utf-8").read()
        C = run_checks(rec["source"], text)
        failed = {c for c, _ in C.fails}
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
            if C.fails or C.warns:
                problems.append(f"{rec['case']}: clean draft fails {C.fails + C.warns}")
            continue
        exp = rec["expected"]
        if len(exp) != 1 or exp[0]["severity"] != "error" or exp[0]["code"] not in CODES13:
            problems.append(f"{rec['case']}: need exactly one error label from errors.md §A")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        counts[code] += 1
        e = edits[rec["case"]]
        where[e[3]] += 1
        # label value occurs (once) in the case
        if text.count(value) != 1:
            problems.append(f"{rec['case']}: value {value!r} occurs {text.count(value)} times")
            continue
        # one contiguous difference, overlapping the value
        clean = clean_text[rec["source"]]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        v0 = text.index(value)
        v1 = v0 + len(value)
        if not (d0 < v1 and max(d1, d0 + 1) > v0):
            problems.append(f"{rec['case']}: the edit [{d0},{d1}) does not overlap the value [{v0},{v1})")
        if clean[:p] + text[p:len(text) - s] + clean[len(clean) - s:] != text:
            problems.append(f"{rec['case']}: not a single contiguous edit")
        # the changed figure appears once (twice before the edit for conflicting_values)
        fo, fn = e[7], e[8]
        pat = lambda f: r"(?<![\d.,])" + re.escape(f) + r"(?![\d])"
        if fn is not None and len(re.findall(pat(fn), text)) != 1:
            problems.append(f"{rec['case']}: new figure {fn} occurs {len(re.findall(pat(fn), text))} times")
        if fo is not None:
            want = 2 if code == "conflicting_values" else 1
            got = len(re.findall(pat(fo), clean))
            if got != want:
                problems.append(f"{rec['case']}: old figure {fo} occurs {got} times in the clean draft (want {want})")
        # arithmetic: exactly the labelled code fails among error-level codes
        if failed != {code}:
            problems.append(f"{rec['case']}: labelled {code}, checks fail {sorted(failed)}: {C.fails}")
        bad_w = [w for w in C.warns if w[0] not in WARN_CODES]
        if bad_w:
            problems.append(f"{rec['case']}: unexpected warnings {bad_w}")

    for c in CODES13:
        if counts[c] < 2:
            problems.append(f"code {c} used {counts[c]} times (< 2)")
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("where:", where)
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
