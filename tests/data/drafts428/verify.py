#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every one of the 13 codes of errors.md §A (numeric, error severity) occurs at least twice;
4. the arithmetic of every clean draft is redone and must pass completely;
5. the arithmetic of every error case is redone: the labelled code must fail and no other
   error-level code may fail (warnings such as score_rule_mismatch are reported, not counted).

Numbers are compared with the tolerance of rules.md §8: a stated value with d decimals is consistent
with a computed value c iff |c - v| <= 0.5 * 10^-d (+1e-9); 约 widens the input by half a unit.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
EPS = Decimal("1e-9")
WAN = Decimal(10000)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def N(s):
    """Decimal from a stated number string ('2,386', '98.04%', '11,280')."""
    s = str(s).strip().replace(",", "").replace("%", "")
    return Decimal(s)


def ndec(s):
    s = str(s).strip().replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * Decimal(10) ** (-ndec(s)) + EPS


def ok(stated, computed):
    return abs(Decimal(computed) - N(stated)) <= tol(stated)


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def to_wan(num, unit):
    v = N(num)
    return v / WAN if unit == "元" else v


# ---------------------------------------------------------------- checker
class C:
    def __init__(self, text):
        self.t = text
        self.fails = []      # (code, message)
        self.warns = []

    # extraction --------------------------------------------------------
    def get(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ParseError("pattern %r matched %d times" % (pat, len(ms)))
        m = ms[0]
        return m.groups() if len(m.groups()) > 1 else m.group(1)

    def block(self, start, end):
        i = self.t.find(start)
        if i < 0:
            raise ParseError("block start %r not found" % start)
        j = self.t.find(end, i + len(start))
        if j < 0:
            raise ParseError("block end %r not found" % end)
        return self.t[i + len(start):j]

    # results -----------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def warn(self, code, msg):
        self.warns.append((code, msg))

    # generic checks ----------------------------------------------------
    def same(self, label, *vals):
        """vals: stated strings of the same quantity (optionally (num, unit) for money)."""
        norm = []
        for v in vals:
            if isinstance(v, tuple):
                norm.append((v[0], to_wan(*v), v[1]))
            else:
                norm.append((v, N(v), None))
        for i in range(len(norm)):
            for j in range(i + 1, len(norm)):
                a, b = norm[i], norm[j]
                if abs(a[1] - b[1]) <= max(tol(a[0]), tol(b[0])):
                    continue
                if a[2] and b[2] and (abs(a[1] - b[1] * WAN) <= a[1] * Decimal("0.001")
                                      or abs(a[1] * WAN - b[1]) <= b[1] * Decimal("0.001")):
                    self.fail("unit_mismatch", "%s: %s vs %s off by 10^4" % (label, a[0], b[0]))
                else:
                    self.fail("conflicting_values", "%s: %s vs %s" % (label, a[0], b[0]))

    def total(self, code, label, total, parts, sign=None):
        """total (str or (num, unit)) = sum of parts (each str or (num, unit)); sign: list of +1/-1."""
        money = isinstance(total, tuple)
        sign = sign or [1] * len(parts)

        def val(x):
            return to_wan(*x) if isinstance(x, tuple) else N(x)

        tstr = total[0] if money else total
        s = sum(val(p) * sg for p, sg in zip(parts, sign))
        tv = val(total)
        if money and total[1] == "元":
            ok_ = abs(s - tv) <= tol(tstr) / WAN
        else:
            ok_ = ok(tstr, s)
        if ok_:
            return
        if money:   # one amount off by 10^4 -> unit_mismatch (most specific explanation)
            items = [(total, None)] + [(p, k) for k, p in enumerate(parts)]
            for it, k in items:
                for f in (WAN, 1 / WAN):
                    if k is None:
                        s2, t2 = s, val(it) / f
                    else:
                        s2 = s + (val(it) / f - val(it)) * sign[k]
                        t2 = tv
                    if abs(s2 - t2) <= max(abs(t2) * Decimal("0.0005"), Decimal("0.005")):
                        self.fail("unit_mismatch", "%s: %s off by 10^4" % (label, it[0]))
                        return
        self.fail(code, "%s: stated %s, computed %s" % (label, tstr, s))

    def product(self, label, total, qty, price, code="sum_mismatch"):
        """total (num, unit) = qty * price (price in 元); tolerance from the stated total."""
        comp_yuan = N(qty) * N(price)
        num, unit = total
        comp = comp_yuan / WAN if unit == "万元" else comp_yuan
        if ok(num, comp):
            return
        for f in (WAN, 1 / WAN):
            alt = N(num) / f
            if abs(alt - comp) <= max(abs(comp) * Decimal("0.001"), Decimal("0.005")):
                self.fail("unit_mismatch", "%s: %s%s off by 10^4 (computed %s %s)" % (label, num, unit, comp, unit))
                return
        self.fail(code, "%s: %s x %s = %s, stated %s%s" % (label, qty, price, comp, num, unit))

    def rate(self, label, stated, num, den, code="rate_mismatch"):
        if stated in ("—", "-", "/", ""):
            if N(den) != 0:
                self.fail(code, "%s: rate missing on non-zero base" % label)
            return
        if N(den) == 0:
            if N(stated) != 0:
                self.fail("implausible_rate", "%s: rate %s on a zero base" % (label, stated))
            return
        c = N(num) / N(den) * 100
        if c > 100 + EPS and label.find("完成") < 0:
            self.fail("implausible_rate", "%s: computed %s%% over 100" % (label, r2(c)))
        if not ok(stated, c):
            self.fail(code, "%s: stated %s, computed %s%%" % (label, stated, r2(c)))
        if N(stated) > 100 and label.find("完成") < 0:
            self.fail("implausible_rate", "%s: %s over 100%%" % (label, stated))

    def bounded(self, label, stated):
        if N(stated) > 100 or N(stated) < 0:
            self.fail("implausible_rate", "%s: %s outside 0-100%%" % (label, stated))

    def average(self, label, stated, num, den):
        c = N(num) / N(den)
        if not ok(stated, c):
            self.fail("average_mismatch", "%s: stated %s, computed %s" % (label, stated, r2(c)))

    def completion(self, label, stated, target, actual, direction="gte"):
        T, A = N(target), N(actual)
        if direction == "lte":
            c = Decimal(100) if A <= T else T / A * 100
        else:
            c = A / T * 100
        if not ok(stated, c):
            self.fail("completion_mismatch", "%s: stated %s, computed %s%%" % (label, stated, r2(c)))


# ---------------------------------------------------------------- indicator tables
VAL = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|=|＞|＜)?\s*([\d.,]+)\s*(.*)$")


def parse_val(s):
    s = s.strip()
    m = VAL.match(s)
    if not m:
        return {"q": True, "raw": s}
    sign, num, unit = m.groups()
    if sign in ("≥", "＞＝", ">=", "＞"):
        d = "gte"
    elif sign in ("≤", "＜＝", "<=", "＜"):
        d = "lte"
    else:
        d = "eq"
    return {"q": False, "num": num, "unit": unit.strip(), "dir": d, "raw": s}


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = N(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def indicator_checks(c, rows, weight_total, score_total, extra=()):
    """rows: dicts with l1, name, target, actual, weight, score, optional completion.
    extra: (weight, score) pairs outside the rows (the execution block of the MOF table)."""
    for r in rows:
        lab = r["name"]
        w, s = N(r["weight"]), N(r["score"])
        if s > w or s < 0:
            c.fail("score_exceeds_weight", "%s: score %s, weight %s" % (lab, r["score"], r["weight"]))
        t, a = parse_val(r["target"]), parse_val(r["actual"])
        if t["q"] or a["q"]:
            if t["q"] != a["q"]:
                c.fail("unit_mismatch", "%s: %s vs %s" % (lab, r["target"], r["actual"]))
                continue
            if r["actual"] == r["target"] and not (Decimal("0.8") * w <= s <= w):
                c.warn("score_rule_mismatch", "%s: achieved qualitative scored %s" % (lab, s))
            continue
        if t["unit"] != a["unit"]:
            c.fail("unit_mismatch", "%s: target %s, actual %s" % (lab, r["target"], r["actual"]))
            continue
        if a["unit"] == "%" and N(a["num"]) > 100:
            c.fail("implausible_rate", "%s: %s over 100%%" % (lab, r["actual"]))
        T, A = N(t["num"]), N(a["num"])
        d = t["dir"]
        if d == "eq" and T == 0:
            comp = Decimal(100) if A <= 0 else Decimal(0)
            exp = w if A <= 0 else Decimal(0)
        elif d == "lte":
            comp = Decimal(100) if A <= T else T / A * 100
            exp = w if A <= T else w * T / A
        else:
            comp = A / T * 100
            exp = w if A >= T else w * A / T
        if r.get("completion") not in (None, "—", ""):
            if not ok(r["completion"], comp):
                c.fail("completion_mismatch", "%s: completion %s, computed %s%%" % (lab, r["completion"], r2(comp)))
        if not ok(r["score"], exp):
            c.warn("score_rule_mismatch", "%s: score %s, rule gives %s" % (lab, r["score"], r2(exp)))
    wsum = sum(N(r["weight"]) for r in rows) + sum(N(w) for w, _ in extra)
    ssum = sum(N(r["score"]) for r in rows) + sum(N(s) for _, s in extra)
    if not ok(weight_total, wsum) or N(weight_total) != 100:
        c.fail("weight_sum_mismatch", "weights sum to %s, stated %s" % (wsum, weight_total))
    if not ok(score_total, ssum):
        c.fail("score_sum_mismatch", "scores sum to %s, stated %s" % (ssum, score_total))


def level_sum(rows, key, level):
    return sum(N(r[key]) for r in rows if r["l1"] == level)


def grade_check(c, total, grade):
    if GRADES[grade] != band(total):
        c.fail("grade_mismatch", "total %s is %s, stated %s" % (total, band(total), grade))


def mof_block(c, lines_prefix, weight="10"):
    """MOF 附件1 funds block: rows 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金,
    columns 年初, 全年, 执行, 分值, 执行率, 得分 (tab separated). Returns dict of rows."""
    rows = {}
    for key in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        line = c.get(r"(?m)^" + re.escape(key) + r"\t(\d[\d,]*\.\d+\t[^\n]*)$")
        cells = line.split("\t")
        if len(cells) != 6:
            raise ParseError("MOF row %s has %d cells" % (key, len(cells)))
        rows[key] = cells
    tot = rows["年度资金总额"]
    comps = [rows["其中：当年财政拨款"], rows["上年结转资金"], rows["其他资金"]]
    for k, name in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.total("sum_mismatch", "MOF %s" % name, tot[k], [r[k] for r in comps])
    for key, cells in rows.items():
        c.rate("MOF %s 执行率" % key, cells[4], cells[2], cells[1])
    if tot[3] != weight:
        c.fail("weight_sum_mismatch", "MOF execution weight %s" % tot[3])
    exp = N(weight) * min(N(tot[2]) / N(tot[1]), Decimal(1))
    exp2 = N(weight) * min(N(tot[4]) / 100, Decimal(1))
    if N(tot[5]) > N(tot[3]):
        c.fail("score_exceeds_weight", "MOF execution score %s > %s" % (tot[5], tot[3]))
    if not (ok(tot[5], exp) or ok(tot[5], exp2)):
        c.warn("score_rule_mismatch", "MOF execution score %s, rule %s" % (tot[5], r2(exp)))
    return rows


def year_checks(c, Y):
    t = c.t
    for m in re.finditer(r"（(\d{4})年度）", t):
        if int(m.group(1)) != Y:
            c.fail("year_mismatch", "table header year %s in a %d report" % (m.group(1), Y))
    for m in re.finditer(r"(\d{4})年度项目绩效自评表", t):
        if int(m.group(1)) != Y:
            c.fail("year_mismatch", "table title year %s in a %d report" % (m.group(1), Y))
    for m in re.finditer(r"截至(\d{4})年12月31日", t):
        if int(m.group(1)) != Y:
            c.fail("year_mismatch", "截至 %s in a %d report" % (m.group(1), Y))
    for m in re.finditer(r"结转至(\d{4})年", t):
        if int(m.group(1)) <= Y:
            c.fail("year_mismatch", "carried over to %s in a %d report" % (m.group(1), Y))
    for m in re.finditer(r"(?:加上|另有)(\d{4})年结转", t):
        if int(m.group(1)) != Y - 1:
            c.fail("year_mismatch", "carry-over from %s in a %d report" % (m.group(1), Y))
    for m in re.finditer(r"（(\d{4})年12月提前下达）", t):
        if int(m.group(1)) != Y - 1:
            c.fail("year_mismatch", "advance issued %s in a %d report" % (m.group(1), Y))


def cell_groups(txt):
    """Word/PDF flattened table: one cell per line (tab-indented), blank line between rows."""
    groups, cur = [], []
    for line in txt.split("\n"):
        if line.strip() == "":
            if cur:
                groups.append(cur)
                cur = []
        elif line.startswith("\t"):
            cur.append(line[1:].strip())
        else:
            break
    if cur:
        groups.append(cur)
    return groups


# ================================================================= project A
def check_zhumadian(c):
    Y = int(c.get(r"^\[bookmark: _Toc\d+\]驻马店市救助管理站\n(\d{4})年度"))
    year_checks(c, Y)
    ini, cen, city = c.get(r"年初预算(\S+?)万元，由中央财政困难群众救助补助资金(\S+?)万元（\d{4}年12月提前下达）和市级财政预算(\S+?)万元组成")
    c.total("sum_mismatch", "年初预算", ini, [cen, city])
    prov, carry, annual = c.get(r"追加省级补助资金(\S+?)万元，加上上年结转资金(\S+?)万元，全年预算数为(\S+?)万元")
    c.total("sum_mismatch", "全年预算", annual, [ini, prov, carry])
    spent, rate = c.get(r"全年实际支出(\S+?)万元，预算执行率(\S+?)%")
    c.rate("执行率(正文)", rate, spent, annual)
    # funds table, sources as rows
    i = c.t.index("\t资金来源\n")
    g = cell_groups(c.t[i:])
    hdr, rows = g[0], g[1:]
    if hdr[0] != "资金来源" or len(rows) != 5:
        raise ParseError("funds table layout")
    R = {r[0]: r for r in rows}
    for r in rows:
        name, _, bud, rec, sp, bal, rt = r
        c.total("balance_mismatch", "%s 结余" % name, bal, [rec, sp], [1, -1])
        c.rate("%s 执行率" % name, rt, sp, bud)
    tot = R["合计"]
    parts = [R[k] for k in ("中央补助资金", "省级补助资金", "市级财政资金", "上年结转资金")]
    for k, name in ((2, "全年预算数"), (3, "实际到位数"), (4, "实际支出数"), (5, "结余")):
        c.total("sum_mismatch", "资金表 %s 合计" % name, tot[k], [p[k] for p in parts])
    if "资金全部到位" in c.t:
        c.rate("到位率(资金全部到位)", "100", tot[3], tot[2])
    c.same("全年预算数", annual, tot[2])
    c.same("实际支出", spent, tot[4])
    c.same("执行率", rate, tot[6])
    c.same("中央", cen, R["中央补助资金"][2])
    c.same("省级", prov, R["省级补助资金"][2])
    c.same("市级", city, R["市级财政资金"][2])
    c.same("上年结转", carry, R["上年结转资金"][2])
    c.same("结余", c.get(r"结余(\S+?)万元已于\d{4}年\d+月全额交回"), tot[5])
    # MOF block
    M = mof_block(c, "")
    c.same("MOF 年初", M["年度资金总额"][0], ini)
    c.same("MOF 全年", M["年度资金总额"][1], annual)
    c.same("MOF 执行", M["年度资金总额"][2], spent)
    c.same("MOF 执行率", M["年度资金总额"][4], rate + "%")
    c.same("MOF 上年结转", M["上年结转资金"][1], carry)
    c.total("sum_mismatch", "MOF 当年财政拨款 全年", M["其中：当年财政拨款"][1], [p[2] for p in parts[:3]])
    c.total("sum_mismatch", "MOF 当年财政拨款 执行", M["其中：当年财政拨款"][2], [p[4] for p in parts[:3]])
    # people
    tot_p, comp, last, inc = c.get(r"全年救助(\d+)人次，完成年度目标的(\S+?)%，比\d{4}年的(\d+)人次增加(\d+)人次")
    cats = c.get(r"流浪人员(\d+)人次、乞讨人员(\d+)人次、走失人员(\d+)人次（[^）]*）、受灾及其他临时遇困人员(\d+)人次")
    c.total("sum_mismatch", "救助人次", tot_p, list(cats))
    c.total("sum_mismatch", "比上年增加", inc, [tot_p, last], [1, -1])
    target = c.get(r"全年救助各类临时遇困人员不少于(\d+)人次")
    c.completion("救助人次 完成率", comp, target, tot_p)
    # living standard
    std, days, avg, amt = c.get(r"生活救助标准为每人每天(\d+)元，[^；]*；全年在站累计(\d+)人·天，人均在站(\S+?)天，生活救助支出(\S+?)万元")
    c.product("生活救助支出", (amt, "万元"), days, std)
    c.average("人均在站天数", avg, days, tot_p)
    # tickets
    n_t, price, t_amt, t_unit = c.get(r"返乡车（船）票(\d+)张，平均(\S+?)元/张，票款合计([\d.,]+)(万元|元)")
    c.product("票款", (t_amt, t_unit), n_t, price)
    # 寻亲
    found, fcomp = c.get(r"寻亲成功(\d+)人，完成目标的(\d+)%")
    ftarget = c.get(r"为长期滞留人员寻亲不少于(\d+)人")
    c.completion("寻亲 完成率", fcomp, ftarget, found)
    # 效益
    rr, rr_last, rr_inc = c.get(r"妥善安置率(\S+?)%，比上年的(\S+?)%提高(\S+?)个百分点")
    c.total("sum_mismatch", "安置率提高", rr_inc, [rr, rr_last], [1, -1])
    sat = c.get(r"满意度为(\S+?)%。")
    c.bounded("满意度(正文)", sat)
    # indicator table
    body = c.block("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n", "\n总分")
    rows, l1 = [], None
    for line in body.split("\n"):
        cells = line.split("\t")
        l1 = cells[0] or l1
        rows.append({"l1": l1, "name": cells[2], "target": cells[3], "actual": cells[4],
                     "weight": cells[5], "score": cells[6]})
    wt, st = c.get(r"\n总分\t\t\t\t\t(\S+)\t(\S+)\t")
    indicator_checks(c, rows, wt, st, extra=[(M["年度资金总额"][3], M["年度资金总额"][5])])
    byname = {r["name"]: r for r in rows}
    c.same("救助人次(表)", tot_p, parse_val(byname["救助各类临时遇困人员"]["actual"])["num"])
    c.same("救助目标(表)", target, parse_val(byname["救助各类临时遇困人员"]["target"])["num"])
    c.same("车票(表)", n_t, parse_val(byname["购买返乡车票"]["actual"])["num"])
    c.same("生活标准(表)", std, parse_val(byname["生活救助标准"]["actual"])["num"])
    c.same("安置率(表)", rr, parse_val(byname["受助人员返乡及妥善安置率"]["actual"])["num"])
    c.same("寻亲(表)", found, parse_val(byname["长期滞留人员寻亲成功人数"]["actual"])["num"])
    c.same("寻亲目标(表)", ftarget, parse_val(byname["长期滞留人员寻亲成功人数"]["target"])["num"])
    c.same("满意度(表)", sat, parse_val(byname["受助人员及家属满意度"]["actual"])["num"])
    total_p, grade = c.get(r"综合得分(\S+?)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    c.same("总分", total_p, st)
    grade_check(c, st, grade)


# ================================================================= project B
def check_ruijin(c):
    Y = int(c.get(r"瑞金市民政局(\d{4})年度流浪乞讨人员救助管理站运行经费项目支出绩效自评报告\n"))
    year_checks(c, Y)
    ini, cen, carry, annual, rec, rrate = c.get(
        r"年初预算安排市本级资金(\S+?)万元；7月上级下达中央财政困难群众救助补助资金(\S+?)万元，[^；]*；另有\d{4}年结转资金(\S+?)万元。全年预算数(\S+?)万元，实际到位(\S+?)万元，到位率(\S+?)%")
    c.total("sum_mismatch", "全年预算", annual, [ini, cen, carry])
    c.rate("到位率", rrate, rec, annual)
    spent, rate, cen_sp, cen_rt, city_sp, city_rt = c.get(
        r"全年实际支出(\S+?)万元，预算执行率(\S+?)%。其中中央补助资金支出(\S+?)万元，执行率(\S+?)%；市本级资金支出(\S+?)万元，执行率(\S+?)%")
    c.rate("执行率", rate, spent, annual)
    c.rate("中央执行率", cen_rt, cen_sp, cen)
    c.rate("市本级执行率", city_rt, city_sp, ini)
    c.total("sum_mismatch", "支出=中央+市本级+结转", spent, [cen_sp, city_sp, carry])
    uses = c.get(r"按用途分：受助人员生活救助(\S+?)万元，返乡车票费(\S+?)万元，[^，]*购买服务费(\S+?)万元，[^，]*及设施维护(\S+?)万元，[^，]*其他费用(\S+?)万元")
    c.total("sum_mismatch", "支出按用途", spent, list(uses))
    bal = c.get(r"年末结余(\S+?)万元，已于\d{4}年\d+月按规定全部交回")
    c.total("balance_mismatch", "结余", bal, [rec, spent], [1, -1])
    M = mof_block(c, "")
    c.same("MOF 年初", M["年度资金总额"][0], ini)
    c.same("MOF 全年", M["年度资金总额"][1], annual)
    c.same("MOF 执行", M["年度资金总额"][2], spent)
    c.same("MOF 执行率", M["年度资金总额"][4], rate)
    c.same("MOF 上年结转", M["上年结转资金"][1], carry)
    c.total("sum_mismatch", "MOF 当年财政拨款 全年", M["其中：当年财政拨款"][1], [ini, cen])
    c.total("sum_mismatch", "MOF 当年财政拨款 执行", M["其中：当年财政拨款"][2], [cen_sp, city_sp])
    # people
    p_over = c.get(r"全年共救助(\d+)人次")
    cats = c.get(r"流浪、乞讨、走失、受灾人员分别为(\d+)人次、(\d+)人次、(\d+)人次和(\d+)人次，合计(\d+)人次")
    c.total("sum_mismatch", "救助人次合计", cats[4], list(cats[:4]))
    std, days, avg = c.get(r"生活救助标准为每人每天(\d+)元，全年在站(\d+)人·天，平均在站(\S+?)天")
    c.product("生活救助", (uses[0], "万元"), days, std)
    c.average("平均在站", avg, days, cats[4])
    n_t, price, lo, hi = c.get(r"购买返乡车票(\d+)张，平均每张(\d+)元（单张票价在(\d+)元至(\d+)元之间）")
    if not N(lo) <= N(price) <= N(hi):
        c.fail("average_mismatch", "average ticket price outside the stated range")
    c.product("返乡车票费", (uses[1], "万元"), n_t, price)
    rr = c.get(r"返乡安置率(\S+?)%；")
    found = c.get(r"寻亲成功(\d+)人，未完成")
    sat = c.get(r"满意度(\S+?)%。全年")
    c.bounded("满意度(正文)", sat)
    tgt_p, tgt_t, tgt_f, tgt_s = c.get(r"全年救助各类临时遇困人员(\d+)人次以上，购买返乡车票不少于(\d+)张，[^，]*，长期滞留人员寻亲成功(\d+)人以上，受助人员满意度不低于(\d+)%")
    # indicator table
    body = c.block("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t完成率\t分值\t得分\n", "\n合计")
    rows = []
    for line in body.split("\n"):
        x = line.split("\t")
        rows.append({"l1": x[0], "name": x[2], "target": x[3], "actual": x[4], "completion": x[5],
                     "weight": x[6], "score": x[7]})
    wt, st = c.get(r"\n合计\t\t\t\t\t\t(\S+)\t(\S+)")
    indicator_checks(c, rows, wt, st, extra=[(M["年度资金总额"][3], M["年度资金总额"][5])])
    B = {r["name"]: r for r in rows}
    pv = lambda n, k: parse_val(B[n][k])["num"]
    c.same("救助人次", p_over, cats[4], pv("救助各类临时遇困人员", "actual"))
    c.same("救助目标", tgt_p, pv("救助各类临时遇困人员", "target"))
    c.same("车票", n_t, pv("购买返乡车票", "actual"))
    c.same("车票目标", tgt_t, pv("购买返乡车票", "target"))
    c.same("生活标准", std, pv("生活救助标准", "actual"))
    c.same("安置率", rr, pv("受助人员返乡安置率", "actual"))
    c.same("寻亲", found, pv("长期滞留人员寻亲成功人数", "actual"))
    c.same("寻亲目标", tgt_f, pv("长期滞留人员寻亲成功人数", "target"))
    c.same("满意度", sat, pv("受助人员满意度", "actual"))
    c.same("满意度目标", tgt_s, pv("受助人员满意度", "target"))
    total_p, grade = c.get(r"本项目自评得分(\S+?)分，评价等级为“(优秀|良好|中等|优|良|中|差)”")
    c.same("总分", total_p, st)
    grade_check(c, st, grade)


# ================================================================= project C
def check_qujing(c):
    Y = int(c.get(r"^曲靖市救助管理站(\d{4})年度部门整体支出绩效自评报告\n"))
    year_checks(c, Y)
    ini, add, carry, annual, fiscal = c.get(r"年初预算(\S+?)万元，年中追加(\S+?)万元，加上上年结转(\S+?)万元，全年预算(\S+?)万元，其中财政拨款(\S+?)万元")
    c.total("sum_mismatch", "全年预算", annual, [ini, add, carry])
    c.total("sum_mismatch", "财政拨款", fiscal, [ini, add])
    spent, rate, b_rate, p_rate = c.get(r"全年支出(\S+?)万元，部门整体预算执行率(\S+?)%，其中基本支出执行率(\S+?)%，项目支出执行率(\S+?)%")
    c.rate("部门执行率", rate, spent, annual)
    # department table
    dep = {}
    for key in ("基本支出", "其中：人员经费", "公用经费", "项目支出", "合计"):
        dep[key] = c.get(r"(?m)^" + re.escape(key) + r" ([\d.]+ [\d.]+ [\d.]+)$").split(" ")
    for k in range(3):
        c.total("sum_mismatch", "基本支出 col%d" % k, dep["基本支出"][k], [dep["其中：人员经费"][k], dep["公用经费"][k]])
        c.total("sum_mismatch", "合计 col%d" % k, dep["合计"][k], [dep["基本支出"][k], dep["项目支出"][k]])
    c.rate("基本支出执行率", b_rate, dep["基本支出"][2], dep["基本支出"][1])
    c.rate("项目支出执行率", p_rate, dep["项目支出"][2], dep["项目支出"][1])
    c.same("年初", ini, dep["合计"][0])
    c.same("全年", annual, dep["合计"][1])
    c.same("支出", spent, dep["合计"][2])
    # projects
    names = ["流浪乞讨人员救助管理运行经费", "流浪未成年人救助保护经费", "“寒冬送温暖”专项救助经费"]
    P = [c.get(r"(?m)^" + re.escape(n) + r" (\S+ \S+ \S+)$").split(" ") for n in names]
    ptot = c.get(r"(?m)^合计 (\S+ \S+) —$").split(" ")
    c.total("sum_mismatch", "项目预算合计", ptot[0], [p[0] for p in P])
    c.total("sum_mismatch", "项目执行合计", ptot[1], [p[1] for p in P])
    c.same("项目支出 全年", ptot[0], dep["项目支出"][1])
    c.same("项目支出 执行", ptot[1], dep["项目支出"][2])
    rates = c.get(r"三个项目执行率分别为(\S+?)%、(\S+?)%和(\S+?)%")
    for p, rt, n in zip(P, rates, names):
        c.rate("%s 执行率" % n, rt, p[1], p[0])
    avg = c.get(r"平均自评得分(\S+?)分")
    c.average("项目平均得分", avg, sum(N(p[2]) for p in P), len(P))
    unsp, unsp2 = c.get(r"专项救助经费未支出(\S+?)万元，.*?其余两个项目未支出的(\S+?)万元已于")
    c.total("balance_mismatch", "寒冬专项未支出", unsp, [P[2][0], P[2][1]], [1, -1])
    c.total("balance_mismatch", "其余两个项目未支出", unsp2, [P[0][0], P[0][1], P[1][0], P[1][1]], [1, -1, 1, -1])
    sg, sg_b, sg_d = c.get(r"“三公”经费支出(\S+?)万元，比年初预算(\S+?)万元减少(\S+?)万元")
    c.total("sum_mismatch", "三公经费减少", sg_d, [sg_b, sg], [1, -1])
    # people
    tot_p, last, grow = c.get(r"全年救助各类临时遇困人员(\d+)人次，较\d{4}年的(\d+)人次增长约(\d+)%")
    g = (N(tot_p) - N(last)) / N(last) * 100
    if abs(g - N(grow)) > Decimal("0.5") + tol(grow):   # 约: interval of +-0.5 unit
        c.fail("rate_mismatch", "增长约%s%%, computed %s" % (grow, r2(g)))
    cats = c.get(r"分别为流浪人员(\d+)人次、乞讨人员(\d+)人次、走失人员(\d+)人次、受灾及其他人员(\d+)人次")
    c.total("sum_mismatch", "救助人次", tot_p, list(cats))
    std, days, avgd, amt = c.get(r"每人每天(\d+)元，全年在站([\d,]+)人·天，人均在站(\S+?)天，生活救助支出(\S+?)万元")
    c.product("生活救助", (amt, "万元"), days, std)
    c.average("人均在站", avgd, days, tot_p)
    n_t, price, t_amt, esc, ret = c.get(r"购买返乡车票(\d+)张，平均每张(\S+?)元，计(\S+?)万元；[^；]*护送返乡(\d+)人次，购票和护送返乡合计(\d+)人次")
    c.product("车票", (t_amt, "万元"), n_t, price)
    c.total("sum_mismatch", "返乡合计", ret, [n_t, esc])
    patrol = c.get(r"期间开展街面巡查(\d+)次")
    found = c.get(r"寻亲成功(\d+)人。")
    rr = c.get(r"妥善安置率(\S+?)%；")
    sat = c.get(r"受助人员满意度(\S+?)%。")
    c.bounded("满意度", sat)
    # indicator table
    body = c.block("一级指标 二级指标 三级指标 分值 指标值 实际完成值 得分\n", "\n合计 100 ")
    rows = []
    for line in body.split("\n"):
        x = line.split(" ")
        if len(x) != 7:
            raise ParseError("indicator row %r" % line)
        rows.append({"l1": x[0], "name": x[2], "weight": x[3], "target": x[4], "actual": x[5], "score": x[6]})
    wt, st = c.get(r"\n合计 (\S+) (\S+)\n")
    indicator_checks(c, rows, wt, st)
    B = {r["name"]: r for r in rows}
    pv = lambda n, k: parse_val(B[n][k])["num"]
    c.same("执行率(表)", rate, pv("部门预算执行率", "actual"))
    c.same("救助人次(表)", tot_p, pv("救助各类临时遇困人员", "actual"))
    c.same("返乡(表)", ret, pv("护送及购票返乡", "actual"))
    c.same("巡查(表)", patrol, pv("寒冬专项街面巡查", "actual"))
    c.same("生活标准(表)", std, pv("生活救助标准", "actual"))
    c.same("安置率(表)", rr, pv("受助人员返乡及妥善安置率", "actual"))
    c.same("寻亲(表)", found, pv("长期滞留人员寻亲成功", "actual"))
    c.same("满意度(表)", sat, pv("受助人员满意度", "actual"))
    total_p, grade = c.get(r"部门整体支出自评得分(\S+?)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    c.same("总分", total_p, st)
    grade_check(c, st, grade)


# ================================================================= project D
def check_liaocheng(c):
    Y = int(c.get(r"聊城市东昌府区民政局\n(\d{4})年度流浪乞讨人员救助管理经费项目绩效自评报告"))
    year_checks(c, Y)
    ini_p, add_p, tot_p = c.get(r"区财政年初安排流浪乞讨人员救助管理经费(\S+?)万元；[^；]*补助资金（救助管理部分）(\S+?)万元，项目资金合计(\S+?)万元")
    c.total("sum_mismatch", "项目资金合计", tot_p, [ini_p, add_p])
    F = {}
    for key, no in (("年初预算数", "1"), ("追加预算数", "2"), ("全年预算数", "3=1+2"), ("实际到位数", "4"),
                    ("其中：区级财政", "4.1"), ("省级补助", "4.2"), ("实际支出数", "5"), ("结余", "6=4-5"),
                    ("预算执行率", "7=5/3")):
        F[key] = c.get(r"(?m)^" + re.escape(key + "｜" + no + "｜") + r"(\S+)$")
    c.total("sum_mismatch", "行次3", F["全年预算数"], [F["年初预算数"], F["追加预算数"]])
    c.total("sum_mismatch", "行次4", F["实际到位数"], [F["其中：区级财政"], F["省级补助"]])
    c.total("balance_mismatch", "行次6", F["结余"], [F["实际到位数"], F["实际支出数"]], [1, -1])
    c.rate("行次7", F["预算执行率"], F["实际支出数"], F["全年预算数"])
    c.same("年初", ini_p, F["年初预算数"], F["其中：区级财政"])
    c.same("追加", add_p, F["追加预算数"], F["省级补助"])
    c.same("全年", tot_p, F["全年预算数"])
    uses = c.get(r"支出构成为：生活救助(\S+?)万元，返乡车票(\S+?)万元，护送及医疗垫付(\S+?)万元，[^，]*等运转费用(\S+?)万元")
    c.total("sum_mismatch", "支出构成", F["实际支出数"], list(uses))
    rate_p = c.get(r"预算执行率(\S+?)%，低于90%")
    c.same("省级补助(正文)", add_p, c.get(r"省级补助资金([\d.]+)万元11月下旬"))
    c.same("执行率", rate_p, F["预算执行率"])
    # people
    n, tgt, comp, last = c.get(r"全年救助(\d+)人次，年度目标为(\d+)人次，完成率(\S+?)%，\d{4}年为(\d+)人次")
    cats = c.get(r"其中：流浪人员(\d+)人次、乞讨人员(\d+)人次、走失人员(\d+)人次、受灾人员(\d+)人次")
    c.total("sum_mismatch", "救助人次", n, list(cats))
    c.completion("救助完成率", comp, tgt, n)
    std, days, avg = c.get(r"每人每天(\d+)元标准执行，全年在站(\d+)人·天，人均在站(\S+?)天")
    c.product("生活救助", (uses[0], "万元"), days, std)
    c.average("人均在站", avg, days, n)
    n_t, price, t_tgt = c.get(r"购买返乡车票(\d+)张，平均(\S+?)元/张，未达到(\d+)张的目标")
    c.product("返乡车票", (uses[1], "万元"), n_t, price)
    timely = c.get(r"救助登记及时率(\S+?)%，主要")
    rr = c.get(r"返乡安置率(\S+?)%，低于")
    found, f_tgt = c.get(r"寻亲成功(\d+)人，未达到(\d+)人的目标")
    sat = c.get(r"满意率为(\S+?)%")
    c.bounded("满意率", sat)
    # weights and level scores in prose
    w_exec, w_out, w_ben = c.get(r"其中预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分")
    s_exec, s_out, s_ben, s_tot = c.get(r"自评预算执行得分(\S+?)分，产出指标得分(\S+?)分，效益指标得分(\S+?)分，合计(\S+?)分")
    # table
    body = c.block("一级指标｜二级指标｜三级指标｜目标值｜完成值｜分值｜得分\n", "\n合计｜")
    rows = []
    for line in body.split("\n"):
        x = line.split("｜")
        rows.append({"l1": x[0], "name": x[2], "target": x[3], "actual": x[4], "weight": x[5], "score": x[6]})
    wt, st = c.get(r"\n合计｜｜｜｜｜(\S+)｜(\S+)\n")
    indicator_checks(c, rows, wt, st)
    for lvl, w, s in (("预算执行", w_exec, s_exec), ("产出指标", w_out, s_out), ("效益指标", w_ben, s_ben)):
        if not ok(w, level_sum(rows, "weight", lvl)):
            c.fail("weight_sum_mismatch", "%s weight %s vs rows %s" % (lvl, w, level_sum(rows, "weight", lvl)))
        if not ok(s, level_sum(rows, "score", lvl)):
            c.fail("score_sum_mismatch", "%s score %s vs rows %s" % (lvl, s, level_sum(rows, "score", lvl)))
    if N(w_exec) + N(w_out) + N(w_ben) != 100:
        c.fail("weight_sum_mismatch", "prose weights do not sum to 100")
    c.total("score_sum_mismatch", "正文合计", s_tot, [s_exec, s_out, s_ben])
    c.same("总分", s_tot, st)
    B = {r["name"]: r for r in rows}
    pv = lambda nm, k: parse_val(B[nm][k])["num"]
    c.same("执行率(表)", F["预算执行率"], B["预算执行率"]["actual"])
    c.same("救助人次(表)", n, pv("救助各类临时遇困人员", "actual"))
    c.same("救助目标(表)", tgt, pv("救助各类临时遇困人员", "target"))
    c.same("车票(表)", n_t, pv("购买返乡车票", "actual"))
    c.same("车票目标(表)", t_tgt, pv("购买返乡车票", "target"))
    c.same("及时率(表)", timely, pv("救助登记及时率", "actual"))
    c.same("生活标准(表)", std, pv("生活救助标准", "actual"))
    c.same("安置率(表)", rr, pv("受助人员返乡安置率", "actual"))
    c.same("寻亲(表)", found, pv("长期滞留人员寻亲成功", "actual"))
    c.same("寻亲目标(表)", f_tgt, pv("长期滞留人员寻亲成功", "target"))
    grade = c.get(r"评价等级：(优秀|良好|中等|优|良|中|差)")
    grade_check(c, st, grade)


# ================================================================= project E
def check_beiliu(c):
    Y = int(c.get(r"\n北流市救助管理站(\d{4})年度流浪乞讨人员救助管理站运行经费绩效自评报告\n"))
    year_checks(c, Y)
    ini, cen, carry, annual, spent, rate = c.get(
        r"年年初预算(\S+?)万元，全部为本级财政资金；5月收到中央财政困难群众救助补助资金(\S+?)万元，加上\d{4}年结转(\S+?)万元，全年预算数(\S+?)万元，全年执行(\S+?)万元，预算执行率(\S+?)%")
    c.total("sum_mismatch", "全年预算", annual, [ini, cen, carry])
    c.rate("执行率", rate, spent, annual)
    loc_sp, loc_rt, cen_sp, cen_rt, cen_left, loc_bal = c.get(
        r"本级财政资金支出(\S+?)万元，执行率(\S+?)%；中央补助资金支出(\S+?)万元，执行率(\S+?)%，未使用的(\S+?)万元[^，]*，本级结余(\S+?)万元已交回财政")
    c.rate("本级执行率", loc_rt, loc_sp, ini)
    c.rate("中央执行率", cen_rt, cen_sp, cen)
    c.total("balance_mismatch", "中央未使用", cen_left, [cen, cen_sp], [1, -1])
    c.total("balance_mismatch", "本级结余", loc_bal, [ini, loc_sp], [1, -1])
    c.total("sum_mismatch", "执行=本级+中央+结转", spent, [loc_sp, cen_sp, carry])
    # funds table, sources as rows
    T = {}
    for key, no in (("本级财政资金", "1"), ("中央财政补助资金", "2"), ("上年结转资金", "3"), ("合计", "4=1+2+3")):
        T[key] = c.get(r"(?m)^" + re.escape(key + "\t" + no + "\t") + r"(\S+\t\S+\t\S+\t\S+\t\S+)$").split("\t")
    for k in range(5):
        c.total("sum_mismatch", "资金表 合计 col%d" % k, T["合计"][k], [T[x][k] for x in ("本级财政资金", "中央财政补助资金", "上年结转资金")])
    for key, r in T.items():
        c.total("balance_mismatch", "%s 未执行" % key, r[1], [r[2], r[3], r[4]])
    c.same("本级年初", ini, T["本级财政资金"][0], T["本级财政资金"][1])
    c.same("中央", cen, T["中央财政补助资金"][1])
    c.same("上年结转", carry, T["上年结转资金"][1], T["上年结转资金"][2])
    c.same("全年", annual, T["合计"][1])
    c.same("执行", spent, T["合计"][2])
    c.same("本级支出", loc_sp, T["本级财政资金"][2])
    c.same("中央支出", cen_sp, T["中央财政补助资金"][2])
    c.same("结转下年", cen_left, T["中央财政补助资金"][3], T["合计"][3])
    c.same("交回", loc_bal, T["本级财政资金"][4], T["合计"][4])
    M = mof_block(c, "")
    c.same("MOF 年初", M["年度资金总额"][0], T["合计"][0])
    c.same("MOF 全年", M["年度资金总额"][1], annual)
    c.same("MOF 执行", M["年度资金总额"][2], spent)
    c.same("MOF 执行率", M["年度资金总额"][4], rate)
    c.same("MOF 上年结转", M["上年结转资金"][1], carry)
    c.total("sum_mismatch", "MOF 当年财政拨款 全年", M["其中：当年财政拨款"][1], [ini, cen])
    c.total("sum_mismatch", "MOF 当年财政拨款 执行", M["其中：当年财政拨款"][2], [loc_sp, cen_sp])
    # people
    n, tgt, comp, inc = c.get(r"全年救助(\d+)人次，为年度目标（(\d+)人次）的(\S+?)%，较\d{4}年增加(\d+)人次")
    c.completion("救助完成率", comp, tgt, n)
    P = {}
    for key in ("流浪人员", "乞讨人员", "走失人员", "受灾人员", "合计"):
        P[key] = c.get(r"(?m)^" + key + r"\t(\d+)\t(\d+)$")
    for k in range(2):
        c.total("sum_mismatch", "人次表 col%d" % k, P["合计"][k], [P[x][k] for x in ("流浪人员", "乞讨人员", "走失人员", "受灾人员")])
    c.same("救助人次", n, P["合计"][1])
    c.total("sum_mismatch", "较上年增加", inc, [P["合计"][1], P["合计"][0]], [1, -1])
    std, days, avg, amt = c.get(r"每人每天(\d+)元，全年在站(\d+)人·天，人均(\S+?)天，生活救助支出(\S+?)万元")
    c.product("生活救助", (amt, "万元"), days, std)
    c.average("人均在站", avg, days, n)
    n_t, price, t_amt = c.get(r"购买返乡车票(\d+)张，平均(\S+?)元/张，计(\S+?)万元")
    c.product("车票", (t_amt, "万元"), n_t, price)
    patrol, short = c.get(r"街面巡查(\d+)次，较目标少(\d+)次")
    found, fcomp = c.get(r"寻亲成功(\d+)人，完成率(\S+?)%")
    rr, sat = c.get(r"返乡及妥善安置率(\S+?)%；满意度(\S+?)%")
    c.bounded("满意度", sat)
    c.same("中央补助(问题)", cen, c.get(r"中央补助资金([\d.]+)万元5月才下达"))
    tgt_t, tgt_f, tgt_s = c.get(r"购买返乡车票不少于(\d+)张，[^，]*，长期滞留人员寻亲成功(\d+)人以上，受助人员满意度达到(\d+)%以上")
    c.completion("寻亲完成率", fcomp, tgt_f, found)
    # weights in prose
    w = c.get(r"其中预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    if sum(N(x) for x in w) != 100:
        c.fail("weight_sum_mismatch", "prose weights sum to %s" % sum(N(x) for x in w))
    body = c.block("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n", "\n总分")
    rows = []
    for line in body.split("\n"):
        x = line.split("\t")
        rows.append({"l1": x[0], "name": x[2], "target": x[3], "actual": x[4], "weight": x[5], "score": x[6]})
    wt, st = c.get(r"\n总分\t\t\t\t\t(\S+)\t(\S+)\t")
    indicator_checks(c, rows, wt, st, extra=[(M["年度资金总额"][3], M["年度资金总额"][5])])
    if not ok(w[0], N(M["年度资金总额"][3])):
        c.fail("weight_sum_mismatch", "execution weight prose %s vs table %s" % (w[0], M["年度资金总额"][3]))
    for lvl, wv in (("产出指标", w[1]), ("效益指标", w[2]), ("满意度指标", w[3])):
        if not ok(wv, level_sum(rows, "weight", lvl)):
            c.fail("weight_sum_mismatch", "%s prose %s vs rows %s" % (lvl, wv, level_sum(rows, "weight", lvl)))
    B = {r["name"]: r for r in rows}
    pv = lambda nm, k: parse_val(B[nm][k])["num"]
    c.same("救助人次(表)", n, pv("救助各类临时遇困人员", "actual"))
    c.same("救助目标(表)", tgt, pv("救助各类临时遇困人员", "target"))
    c.same("车票(表)", n_t, pv("购买返乡车票", "actual"))
    c.same("车票目标(表)", tgt_t, pv("购买返乡车票", "target"))
    c.same("生活标准(表)", std, pv("生活救助标准", "actual"))
    c.same("安置率(表)", rr, pv("受助人员返乡及妥善安置率", "actual"))
    c.same("寻亲(表)", found, pv("长期滞留人员寻亲成功人数", "actual"))
    c.same("寻亲目标(表)", tgt_f, pv("长期滞留人员寻亲成功人数", "target"))
    c.same("巡查(表)", patrol, pv("街面巡查救助", "actual"))
    c.total("sum_mismatch", "巡查差额", short, [pv("街面巡查救助", "target"), patrol], [1, -1])
    c.same("满意度(表)", sat, pv("受助人员满意度", "actual"))
    c.same("满意度目标(表)", tgt_s, pv("受助人员满意度", "target"))
    total_p, grade = c.get(r"自评得分(\S+?)分，评价等级为(优秀|良好|中等|优|良|中|差)")
    c.same("总分", total_p, st)
    grade_check(c, st, grade)


CHECKS = {
    "ha-zhumadian-jiuzhuzhan-2019": check_zhumadian,
    "jx-ruijin-jiuzhuzhan-2022": check_ruijin,
    "yn-qujing-jiuzhuzhan-bumen-2023": check_qujing,
    "sd-liaocheng-liulangjiuzhu-2018": check_liaocheng,
    "gx-beiliu-jiuzhuzhan-2024": check_beiliu,
}


def run(pid, text):
    c = C(text)
    CHECKS[pid](c)
    return c


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    if len(labels) != 35:
        problems.append("expected 35 labelled cases, found %d" % len(labels))
    code_count = {k: 0 for k in CODES13}
    clean_text = {}
    for rec in labels:
        if rec["clean"]:
            with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
                clean_text[rec["source"]] = f.read()
    for pid, t in clean_text.items():
        n = len(t)
        if not 2800 <= n <= 3400:
            problems.append("%s: clean draft has %d characters" % (pid, n))
    for rec in labels:
        pid = rec["source"]
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as f:
            text = f.read()
        try:
            c = run(pid, text)
        except ParseError as e:
            problems.append("%s: parse error: %s" % (rec["case"], e))
            continue
        failed = sorted(set(code for code, _ in c.fails))
        if rec["clean"]:
            if rec["expected"]:
                problems.append("%s: clean case with labels" % rec["case"])
            if c.fails or c.warns:
                problems.append("%s: clean draft fails %s" % (rec["case"], c.fails + c.warns))
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append("%s: expected exactly one label" % rec["case"])
            continue
        lab = exp[0]
        if lab["code"] not in CODES13 or lab["severity"] != "error":
            problems.append("%s: bad code/severity %s" % (rec["case"], lab))
        code_count[lab["code"]] = code_count.get(lab["code"], 0) + 1
        v = lab["value"]
        cnt = text.count(v)
        if cnt != 1:
            problems.append("%s: value %r occurs %d times" % (rec["case"], v, cnt))
        # one contiguous difference overlapping the value
        base = clean_text[pid]
        p = 0
        while p < min(len(base), len(text)) and base[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(base), len(text)) - p and base[-1 - s] == text[-1 - s]:
            s += 1
        d0, d1 = p, len(text) - s
        if d0 >= d1 and len(base) == len(text):
            problems.append("%s: identical to its clean draft" % rec["case"])
        vi = text.find(v)
        if not (vi < max(d1, d0 + 1) and d0 < vi + len(v)):
            problems.append("%s: change [%d,%d) does not overlap value at %d" % (rec["case"], d0, d1, vi))
        if base[d0:len(base) - s].count("\n") > 0 or text[d0:d1].count("\n") > 0:
            problems.append("%s: change spans a line break" % rec["case"])
        if failed != [lab["code"]]:
            problems.append("%s: labelled %s, checks failing: %s" % (rec["case"], lab["code"], c.fails))
    for k in CODES13:
        if code_count.get(k, 0) < 2:
            problems.append("code %s used %d times (< 2)" % (k, code_count.get(k, 0)))
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("35 cases; codes: " + ", ".join("%s=%d" % (k, code_count[k]) for k in CODES13))
    print("OK")


if __name__ == "__main__":
    main()
