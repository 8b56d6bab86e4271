#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. labels.jsonl is well formed; every label value occurs in its case; each error case differs
   from its clean draft in one contiguous place that overlaps an occurrence of the label value.
2. Each of the 13 numeric codes of errors.md §A is used at least twice.
3. The arithmetic of every draft is redone from the text itself (figures are read with
   anchored regular expressions, never hard-coded): clean drafts must pass every check; an error
   case must fail the checks of its labelled code and no check of any other code.
Tolerance follows rules.md §8 (a stated value with d decimals matches within 0.5 x 10^-d,
ROUND_HALF_UP conventions, Decimal arithmetic).  Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = [
    "rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
    "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
    "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
    "completion_mismatch",
]

EPS = D("1e-9")
WAN = D(10000)


class StructureError(Exception):
    pass


# ------------------------------------------------------------------ numbers and tolerance
def ndec(s):
    s = str(s).strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) * D(10) ** (-(ndec(s) + 1))


def num(s):
    return D(str(s).strip().replace(",", ""))


def consistent(stated, computed):
    """stated: str as written; computed: Decimal."""
    return abs(num(stated) - computed) <= tol(stated) + EPS


def same(a, b):
    """two stated values of one quantity agree within the coarser precision."""
    t = max(tol(a), tol(b))
    return abs(num(a) - num(b)) <= t + EPS


def band(score):
    s = num(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
         "合格": "中", "差": "差", "较差": "差", "不合格": "差"}

VAL_RE = re.compile(r"^(≥|≤|=|＞|＜|>=|<=)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$")


def parse_val(s):
    m = VAL_RE.match(s.strip())
    if not m:
        return None
    d = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return d, m.group(2), m.group(3).strip()


def to_wan(value, unit):
    v = num(value)
    if unit.startswith("万元"):
        return v
    if unit.startswith("元"):
        return v / WAN
    if unit.startswith("亿元"):
        return v * WAN
    raise ValueError(unit)


# ------------------------------------------------------------------ check context
class Ctx:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []

    def one(self, pat, text=None):
        src = self.t if text is None else text
        ms = list(re.finditer(pat, src))
        if len(ms) != 1:
            raise StructureError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def check(self, cond, code, msg):
        if not cond:
            self.fail(code, msg)

    # rates -----------------------------------------------------------
    def rate(self, stated, numer, denom, msg):
        """stated percent (str) = numer/denom*100."""
        if stated is None or stated.strip() in ("—", "-", ""):
            return
        st = num(stated)
        if st > 100 or st < 0:
            self.fail("implausible_rate", f"{msg}: {stated}% outside [0,100]")
        if num(denom) == 0:
            if st != 0:
                self.fail("implausible_rate", f"{msg}: {stated}% on a zero base")
            return
        c = num(numer) / num(denom) * 100
        if not consistent(stated, c):
            self.fail("rate_mismatch", f"{msg}: stated {stated}%, computed {c:.4f}%")

    def ratio(self, stated, numer, denom, msg, code="rate_mismatch"):
        c = num(numer) / num(denom)
        if not consistent(stated, c):
            self.fail(code, f"{msg}: stated {stated}, computed {c:.4f}")

    # sums and products (money; a 10^4 slip is reported as unit_mismatch) ----------
    def total(self, total, parts, msg, code="sum_mismatch", money=True):
        s = sum((num(p) for p in parts), D(0))
        if consistent(total, s):
            return
        if money:
            for k, p in enumerate(parts):
                for f in (WAN, 1 / WAN):
                    alt = s - num(p) + num(p) / f
                    if abs(num(total) - alt) <= tol(total) + EPS:
                        self.fail("unit_mismatch", f"{msg}: part {p} off by a factor 10^4")
                        return
            for f in (WAN, 1 / WAN):
                if abs(num(total) / f - s) <= tol(total) + EPS:
                    self.fail("unit_mismatch", f"{msg}: total {total} off by a factor 10^4")
                    return
        self.fail(code, f"{msg}: {' + '.join(parts)} = {s}, stated {total}")

    def product(self, amount_wan, qty, per_yuan, msg):
        c = num(qty) * num(per_yuan) / WAN
        if consistent(amount_wan, c):
            return
        if consistent(amount_wan, c * WAN) or abs(num(amount_wan) / WAN - c) <= tol(amount_wan) + EPS:
            self.fail("unit_mismatch", f"{msg}: {amount_wan}万元 vs {qty}×{per_yuan}元 off by 10^4")
        else:
            self.fail("sum_mismatch", f"{msg}: {qty}×{per_yuan}元 = {c}万元, stated {amount_wan}")

    def balance(self, stated, a, b, msg):
        c = num(a) - num(b)
        if not consistent(stated, c):
            self.fail("balance_mismatch", f"{msg}: {a} - {b} = {c}, stated {stated}")

    def conflict(self, a, b, msg):
        if not same(a, b):
            self.fail("conflicting_values", f"{msg}: {a} vs {b}")

    def average(self, stated, items, msg):
        c = sum((num(i) for i in items), D(0)) / len(items)
        if not consistent(stated, c):
            self.fail("average_mismatch", f"{msg}: mean {c:.4f}, stated {stated}")

    def completion(self, stated, direction, target, actual, msg):
        if stated is None or stated.strip() in ("—", ""):
            return
        t, a = num(target), num(actual)
        if direction == "lte":
            c = D(100) if a <= t else t / a * 100
        else:
            c = a / t * 100
        if not consistent(stated.rstrip("%"), c):
            self.fail("completion_mismatch", f"{msg}: completion {c:.4f}%, stated {stated}")

    def grade(self, label, score, msg):
        g = GRADE.get(label.strip("“”\"'"))
        if g is None:
            raise StructureError(f"unknown grade label {label}")
        if g != band(score):
            self.fail("grade_mismatch", f"{msg}: {score} is {band(score)}, stated {label}")

    # years -------------------------------------------------------------
    def year_is(self, y, msg):
        self.check(int(y) == self.year, "year_mismatch", f"{msg}: {y} vs evaluation year {self.year}")

    def issued(self, y, mth, msg):
        y, mth = int(y), int(mth)
        ok = y == self.year or (y == self.year - 1 and mth == 12)
        self.check(ok, "year_mismatch", f"{msg}: issued {y}-{mth} for a {self.year} budget")

    def carried_to(self, y, msg):
        self.check(int(y) > self.year, "year_mismatch", f"{msg}: carried over to {y} in a {self.year} report")


def indicator_checks(c, rows, total_w, total_s, extra_w=(), extra_s=(), blocks_w=None, blocks_s=None):
    """rows: dicts name, block, dir, target, tunit, actual, aunit, comp, w, s (strings; target None = qualitative)."""
    ws = [r["w"] for r in rows] + list(extra_w)
    ss = [r["s"] for r in rows] + list(extra_s)
    c.check(num(total_w) == 100, "weight_sum_mismatch", f"total weight {total_w} != 100")
    c.total(total_w, ws, "weights of all rows", code="weight_sum_mismatch", money=False)
    c.total(total_s, ss, "scores of all rows", code="score_sum_mismatch", money=False)
    for r in rows:
        c.check(D(0) <= num(r["s"]) <= num(r["w"]), "score_exceeds_weight",
                f"{r['name']}: score {r['s']} vs weight {r['w']}")
    for blk, v in (blocks_w or {}).items():
        c.total(v, [r["w"] for r in rows if r["block"] == blk], f"weights of block {blk}",
                code="weight_sum_mismatch", money=False)
    for blk, v in (blocks_s or {}).items():
        c.total(v, [r["s"] for r in rows if r["block"] == blk], f"scores of block {blk}",
                code="score_sum_mismatch", money=False)
    for r in rows:
        if r["target"] is None:
            continue
        pa = r["actual"]
        if pa is None:
            continue
        if r["tunit"] != r["aunit"]:
            c.fail("unit_mismatch", f"{r['name']}: target unit {r['tunit']!r}, actual unit {r['aunit']!r}")
            continue
        if r["aunit"] == "%" and num(pa) > 100:
            c.fail("implausible_rate", f"{r['name']}: actual {pa}%")
        c.completion(r.get("comp"), r["dir"], r["target"], pa, r["name"])


def row_from_cells(name, block, target_s, actual_s, w, s, comp=None):
    pt = parse_val(target_s)
    pa = parse_val(actual_s)
    r = {"name": name, "block": block, "w": w, "s": s, "comp": comp}
    if pt is None:
        r.update(dir=None, target=None, tunit=None, actual=None, aunit=None)
    else:
        r.update(dir=pt[0], target=pt[1], tunit=pt[2],
                 actual=pa[1] if pa else None, aunit=pa[2] if pa else None)
    return r


def get_row(rows, name):
    for r in rows:
        if r["name"] == name:
            return r
    raise StructureError(f"row {name} not found")


def conflict_if_same_unit(c, row, value, unit, msg):
    """compare a prose value with a table actual only when both are in the same unit."""
    if row["actual"] is None or row["aunit"] != unit:
        return
    c.conflict(value, row["actual"], msg)


# ================================================================== project checks
def check_liangzhou(t):
    c = Ctx(t, 2019)
    m = c.one(r"新增普惠性托位(\d+)个，其中区妇幼保健计划生育服务中心托育部(\d+)个、荣华街道嘉禾托育园(\d+)个、"
              r"西关街道小天使托育中心(\d+)个、黄羊镇中心托育点(\d+)个")
    places = m.group(1)
    c.total(places, [m.group(i) for i in range(2, 6)], "places of the 4 institutions", money=False)
    n_inst = c.one(r"共支持(\d+)家托育机构改扩建").group(1)
    per_wan = c.one(r"由中央预算内投资按每个托位(\d+)万元给予").group(1)
    inv = c.one(r"项目总投资(\d+)万元").group(1)
    m = c.one(r"中央预算内投资(\d+)万元，按(\d+)元/个的标准核定")
    central, central_std = m.group(1), m.group(2)
    m = c.one(r"区级配套资金(\d+)万元，按每个托位(\d+)元安排")
    district, district_std = m.group(1), m.group(2)
    c.conflict(str(num(per_wan) * WAN), central_std, "central standard 万元 vs 元")
    c.total(inv, [central, district], "total investment = central + district")
    c.product(central, places, central_std, "central = places × standard")
    c.product(district, places, district_std, "district = places × standard")
    m = c.one(r"中央资金于(\d{4})年(\d+)月由省发展改革委")
    c.issued(m.group(1), m.group(2), "central funds")
    annual = c.one(r"项目全年预算数为(\d+)万元").group(1)
    c.conflict(annual, inv, "annual budget vs total investment")
    c.year_is(c.one(r"关于开展(\d{4})年度区级财政支出").group(1), "notice year")
    c.year_is(c.one(r"凉州区卫生健康局(\d{4})年度普惠托育").group(1), "title year")
    c.year_is(c.one(r"（(\d{4})年度）").group(1), "table year")
    c.year_is(c.one(r"截至(\d{4})年12月31日").group(1), "截至 date")
    m = c.one(r"中央和区级资金全部到位，到位资金(\d+)万元，到位率(\d+(?:\.\d+)?)%")
    recv = m.group(1)
    c.rate(m.group(2), recv, annual, "到位率")
    c.rate("100", recv, annual, "'全部到位' means 到位 = 全年预算")
    m = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    spent, exec_rate = m.group(1), m.group(2)
    c.rate(exec_rate, spent, annual, "执行率 (prose)")
    m = c.one(r"中央预算内投资支付(\d+)万元，支付率([\d.]+)%")
    c_paid = m.group(1)
    c.rate(m.group(2), c_paid, central, "central 支付率")
    m = c.one(r"区级配套资金支付([\d.]+)万元，支付率([\d.]+)%")
    d_paid = m.group(1)
    c.rate(m.group(2), d_paid, district, "district 支付率")
    c.total(spent, [c_paid, d_paid], "spent = central paid + district paid")
    bal = c.one(r"未支付的([\d.]+)万元").group(1)
    c.balance(bal, annual, spent, "unpaid = budget - spent")
    c.balance(bal, district, d_paid, "unpaid = district - district paid")
    c.carried_to(c.one(r"已结转至(\d{4})年继续使用").group(1), "carry-over")
    m = c.one(r"(\d+)家机构中有(\d+)家完成托育机构备案，备案率(\d+)%")
    c.conflict(m.group(1), n_inst, "institutions")
    c.rate(m.group(3), m.group(2), m.group(1), "备案率")
    reg_rate = m.group(3)
    m = c.one(r"全区托位总数达到(\d+)个，按常住人口([\d.]+)万人计算，每千人口托位数([\d.]+)个")
    ptk = m.group(3)
    c.ratio(ptk, m.group(1), num(m.group(2)) * 10, "每千人口托位数")
    comp_prose = c.one(r"完成年度目标的([\d.]+)%").group(1)
    m = c.one(r"约([\d.]+)万名，入托(\d+)名，入托率([\d.]+)%")
    pop_s, kids, ruto = m.group(1), m.group(2), m.group(3)
    lo = num(kids) / ((num(pop_s) + tol(pop_s)) * WAN) * 100
    hi = num(kids) / ((num(pop_s) - tol(pop_s)) * WAN) * 100
    c.check(num(ruto) + tol(ruto) + EPS >= lo and num(ruto) - tol(ruto) - EPS <= hi, "rate_mismatch",
            f"入托率 {ruto} outside [{lo:.3f},{hi:.3f}]")
    c.check(num(ruto) <= 100, "implausible_rate", "入托率")
    m = c.one(r"发放问卷(\d+)份，收回有效问卷(\d+)份，其中表示满意或比较满意的(\d+)份，满意度([\d.]+)%")
    sat = m.group(4)
    c.rate(sat, m.group(3), m.group(2), "满意度")
    m = c.one(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，"
              r"自评总分([\d.]+)分，评定等级为“(.+?)”")
    p_exec, p_out, p_ben, p_sat, p_total, p_grade = m.groups()
    c.total(p_total, [p_exec, p_out, p_ben, p_sat], "prose block scores", code="score_sum_mismatch", money=False)
    c.grade(p_grade, p_total, "grade")
    # funds block of the 自评表
    m = c.one(r"\n年度资金总额\n(\S+)\n(\S+)\n(\S+)\n(\S+)\n(\S+)%\n(\S+)\n")
    f_init, f_ann, f_sp, f_w, f_rate, f_s = m.groups()
    m = c.one(r"\n其中：当年财政拨款\n(\S+)\n(\S+)\n(\S+)\n—\n(\S+)%\n—\n")
    a_init, a_ann, a_sp, a_rate = m.groups()
    m = c.one(r"\n上年结转资金\n(\S+)\n(\S+)\n(\S+)\n—\n(\S+)\n—\n")
    b_init, b_ann, b_sp, b_rate = m.groups()
    m = c.one(r"\n其他资金\n(\S+)\n(\S+)\n(\S+)\n—\n(\S+)\n—\n")
    o_init, o_ann, o_sp, o_rate = m.groups()
    c.total(f_init, [a_init, b_init, o_init], "年初 column")
    c.total(f_ann, [a_ann, b_ann, o_ann], "全年 column")
    c.total(f_sp, [a_sp, b_sp, o_sp], "执行 column")
    c.rate(f_rate, f_sp, f_ann, "table 执行率 total")
    c.rate(a_rate, a_sp, a_ann, "table 执行率 当年拨款")
    for r_, sp_, an_ in ((b_rate, b_sp, b_ann), (o_rate, o_sp, o_ann)):
        if r_ != "—":
            c.rate(r_.rstrip("%"), sp_, an_, "table zero-base rate")
    c.conflict(f_ann, annual, "全年预算 table vs prose")
    c.conflict(f_sp, spent, "执行数 table vs prose")
    c.conflict(f_rate, exec_rate, "执行率 table vs prose")
    c.conflict(f_s, p_exec, "execution score table vs prose")
    c.conflict(f_init, district, "年初预算 = district funds (text: district funds in the initial budget)")
    # indicator block
    names = [("新增普惠性托位数", "产出"), ("支持托育机构数", "产出"), ("托育机构备案率", "产出"),
             ("中央资金拨付及时率", "产出"), ("每个托位中央补助标准", "产出"), ("每千人口托位数", "效益"),
             ("3岁以下婴幼儿入托率", "效益"), ("普惠托育服务持续供给", "效益"), ("在托婴幼儿家长满意度", "满意度")]
    rows = []
    for name, blk in names:
        m = c.one(r"\n" + re.escape(name) + r"\n(.*)\n(.*)\n(.*)\n(.*)\n")
        rows.append(row_from_cells(name, blk, m.group(1), m.group(2), m.group(3), m.group(4)))
    m = c.one(r"\n总分\n(\S+)\n(\S+)\n")
    tw, ts = m.groups()
    indicator_checks(c, rows, tw, ts, extra_w=[f_w], extra_s=[f_s],
                     blocks_s={"产出": p_out, "效益": p_ben, "满意度": p_sat})
    c.conflict(ts, p_total, "total score table vs prose")
    conflict_if_same_unit(c, get_row(rows, "新增普惠性托位数"), places, "个", "new places")
    conflict_if_same_unit(c, get_row(rows, "支持托育机构数"), n_inst, "家", "institutions")
    conflict_if_same_unit(c, get_row(rows, "托育机构备案率"), reg_rate, "%", "备案率")
    conflict_if_same_unit(c, get_row(rows, "每千人口托位数"), ptk, "个", "每千人口托位数")
    conflict_if_same_unit(c, get_row(rows, "3岁以下婴幼儿入托率"), ruto, "%", "入托率")
    conflict_if_same_unit(c, get_row(rows, "在托婴幼儿家长满意度"), sat, "%", "满意度")
    r = get_row(rows, "每个托位中央补助标准")
    if r["aunit"] == "万元":
        c.conflict(str(num(r["actual"]) * WAN), central_std, "central standard table vs prose")
    r = get_row(rows, "每千人口托位数")
    c.completion(comp_prose, r["dir"], r["target"], ptk, "prose completion of 每千人口托位数")
    m = c.one(r"年度总体目标为：新增普惠性托位不少于(\d+)个，全区每千人口托位数达到(\d+)个以上，[^，]*，"
              r"婴幼儿家长对普惠托育服务的满意度不低于(\d+)%")
    m2 = c.one(r"\n新增普惠性托位不少于(\d+)个；每千人口托位数达到(\d+)个以上；备案管理全面落实；家长满意度不低于(\d+)%")
    for k, name in enumerate(("新增普惠性托位数", "每千人口托位数", "在托婴幼儿家长满意度")):
        c.conflict(get_row(rows, name)["target"], m.group(k + 1), f"target {name} table vs goals")
        c.conflict(m2.group(k + 1), m.group(k + 1), f"goal {name} table vs text")
    return c


def tab_chunks(region):
    out = []
    for chunk in region.strip("\n").split("\n\n"):
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in chunk.split("\n")]
        out.append(cells)
    return out


def check_jinjiang(t):
    c = Ctx(t, 2021)
    c.year_is(c.one(r"\n(\d{4})年度项目支出绩效自评报告").group(1), "title year")
    m = c.one(r"新增普惠性托位(\d+)个，其中(\d+)个纳入中央预算内投资补助范围")
    new_places, core = m.group(1), m.group(2)
    m = c.one(r"按核定的(\d+)个托位计算，中央预算内投资每个托位(\d+)元，省级补助每个托位(\d+)元，"
              r"晋江市本级配套每个托位(\d+)元，三级财政补助合计每个托位([\d.]+)万元")
    core2, s_c, s_p, s_x, s_all = m.groups()
    c.conflict(core, core2, "核定托位")
    c.total(str(num(s_all) * WAN), [s_c, s_p, s_x], "per-place standards (元) vs 万元 total", money=False)
    # funds table
    region = c.one(r"（二）预算执行情况\n\n([\s\S]*?)\n说明：").group(1)
    rows = {}
    for cells in tab_chunks(region):
        if cells[0] in ("项目", ""):
            continue
        if len(cells) != 10:
            raise StructureError(f"funds row with {len(cells)} cells: {cells[0]}")
        rows[cells[1]] = cells[2:]
    need = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]
    for k in need:
        if k not in rows:
            raise StructureError(f"funds row {k} missing")
    z = lambda s: s if s.strip() else "0"
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    for k in need[:5]:
        v = [z(x) for x in rows[k]]
        c.total(v[0], [v[1], v[6], v[7]], f"row {k}: total = 财政小计 + 结转 + 其他")
        c.total(v[1], v[2:6], f"row {k}: 小计 = 中央+省+市+县")
    for j, col in enumerate(cols):
        ann, recv, sp = z(rows["(2)"][j]), z(rows["(3)"][j]), z(rows["(4)"][j])
        c.balance(z(rows["(5)=(3)-(4)"][j]), recv, sp, f"(5) {col}")
        c.rate(z(rows["(6)=(3)/(2)"][j]), recv, ann, f"(6) 到位率 {col}")
        c.rate(z(rows["(7)=(4)/(2)"][j]), sp, ann, f"(7) 执行率 {col}")
    ann_total, sp_total = rows["(2)"][0], rows["(4)"][0]
    c.product(rows["(2)"][2], core, s_c, "central = places × standard")
    c.product(rows["(2)"][3], core, s_p, "provincial = places × standard")
    c.product(rows["(2)"][5], core, s_x, "county-level = places × standard")
    m = c.one(r"中央预算内投资(\d+)万元于(\d{4})年(\d+)月提前下达")
    c.conflict(m.group(1), rows["(1)"][2], "central advance vs 年初 central")
    c.issued(m.group(2), m.group(3), "central funds")
    m = c.one(r"省级补助(\d+)万元于(\d{4})年(\d+)月追加")
    c.conflict(m.group(1), rows["(2)"][3], "provincial funds")
    c.issued(m.group(2), m.group(3), "provincial funds")
    c.conflict(c.one(r"上年结转(\d+)万元为").group(1), rows["(2)"][6], "carry-over in")
    m = c.one(r"截至(\d{4})年12月31日，各级资金全部到位，全年执行([\d.]+)万元")
    c.year_is(m.group(1), "截至 date")
    c.conflict(m.group(2), sp_total, "spent prose vs table")
    c.rate("100", rows["(3)"][0], ann_total, "'全部到位' means 到位 = 全年预算")
    c.carried_to(c.one(r"结余部分已结转至(\d{4})年").group(1), "carry-over")
    m = c.one(r"新增普惠性托位不少于(\d+)个，支持建设托育机构不少于(\d+)家，每千人口托位数不低于(\d+)个，"
              r"入托婴幼儿家长满意度不低于(\d+)%")
    g_places, g_inst, g_ptk, g_sat = m.groups()
    # section 二
    m = c.one(r"本项目自评得分([\d.]+)分，等级为“(.+?)”")
    p_total, p_grade = m.groups()
    c.grade(p_grade, p_total, "grade")
    ptk_b = c.one(r"全市每千人口托位数达到([\d.]+)个，备案率").group(1)
    m = c.one(r"其中预算执行得分([\d.]+)分；产出指标权重(\d+)分，得([\d.]+)分；效益指标权重(\d+)分，得([\d.]+)分；"
              r"满意度指标权重(\d+)分，得([\d.]+)分")
    p_exec, w_out, s_out, w_ben, s_ben, w_sat, s_sat = m.groups()
    c.total(p_total, [p_exec, s_out, s_ben, s_sat], "prose block scores", code="score_sum_mismatch", money=False)
    # section 三
    m = c.one(r"全年预算资金(\d+)万元，执行([\d.]+)万元，预算执行率([\d.]+)%")
    c.conflict(m.group(1), ann_total, "annual budget prose vs table")
    c.conflict(m.group(2), sp_total, "spent prose vs table")
    c.rate(m.group(3), m.group(2), m.group(1), "执行率 prose")
    exec_rate_prose = m.group(3)
    m = c.one(r"新增托位(\d+)个，超出年度目标(\d+)个")
    c.conflict(m.group(1), new_places, "new places")
    c.total(m.group(1), [g_places, m.group(2)], "new places = target + excess", money=False)
    m = c.one(r"(\d+)家机构中(\d+)家已完成备案")
    reg_n, reg_k = m.groups()
    m = c.one(r"全市托位总数(\d+)个，按常住人口([\d.]+)万人计算，每千人口托位数([\d.]+)个，比(\d{4})年的([\d.]+)个增加([\d.]+)个")
    ptk_a = m.group(3)
    c.ratio(ptk_a, m.group(1), num(m.group(2)) * 10, "每千人口托位数")
    c.check(int(m.group(4)) == c.year - 1, "year_mismatch", "previous-year comparison")
    c.total(ptk_a, [m.group(5), m.group(6)], "last year + increase", money=False)
    c.conflict(ptk_a, ptk_b, "每千人口托位数 in sections 二 and 三")
    m = c.one(r"新增(\d+)个托位实际收托(\d+)名婴幼儿，使用率([\d.]+)%")
    c.conflict(m.group(1), new_places, "new places")
    c.rate(m.group(3), m.group(2), m.group(1), "使用率")
    use_rate = m.group(3)
    m = c.one(r"发放问卷(\d+)份，有效问卷(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    c.rate(m.group(4), m.group(3), m.group(2), "满意度")
    sat = m.group(4)
    # 附件1
    region = t[c.one(r"附件1\.项目支出绩效自评表").end():]
    ind = [ch for ch in tab_chunks(region) if ch and ch[0] != "一级指标"]
    rows_i, blk = [], None
    total_w = total_s = None
    for ch in ind:
        if ch[0] == "合计":
            total_w, total_s = ch[3], ch[7]
            continue
        if len(ch) != 9:
            raise StructureError(f"indicator row with {len(ch)} cells")
        if ch[0]:
            blk = ch[0]
        rows_i.append(row_from_cells(ch[2], blk, ch[4], ch[5], ch[3], ch[7], comp=ch[6]))
    if total_w is None:
        raise StructureError("合计 row missing")
    indicator_checks(c, rows_i, total_w, total_s,
                     blocks_w={"产出指标": w_out, "效益指标": w_ben, "满意度指标": w_sat},
                     blocks_s={"产出指标": s_out, "效益指标": s_ben, "满意度指标": s_sat})
    c.conflict(total_s, p_total, "total score table vs prose")
    r = get_row(rows_i, "预算执行率")
    c.conflict(r["s"], p_exec, "execution score table vs prose")
    c.conflict(r["actual"], rows["(7)=(4)/(2)"][0], "执行率 自评表 vs funds table")
    c.conflict(r["actual"], exec_rate_prose, "执行率 自评表 vs prose")
    conflict_if_same_unit(c, get_row(rows_i, "新增普惠性托位数"), new_places, "个", "new places")
    conflict_if_same_unit(c, get_row(rows_i, "支持建设托育机构数"), reg_n, "家", "institutions")
    m = c.one(r"(\d{4})年全市支持(\d+)家托育机构新建或改扩建")
    c.year_is(m.group(1), "project year")
    conflict_if_same_unit(c, get_row(rows_i, "支持建设托育机构数"), m.group(2), "家", "institutions")
    c.rate(get_row(rows_i, "托育机构备案率")["actual"], reg_k, reg_n, "备案率 = registered / institutions")
    conflict_if_same_unit(c, get_row(rows_i, "每千人口托位数"), ptk_a, "个", "每千人口托位数")
    conflict_if_same_unit(c, get_row(rows_i, "新增托位使用率"), use_rate, "%", "使用率")
    conflict_if_same_unit(c, get_row(rows_i, "入托婴幼儿家长满意度"), sat, "%", "满意度")
    r = get_row(rows_i, "每个托位财政补助额")
    if r["aunit"] == "万元":
        c.conflict(r["actual"], s_all, "per-place subsidy table vs prose")
    for name, g in (("新增普惠性托位数", g_places), ("支持建设托育机构数", g_inst), ("每千人口托位数", g_ptk),
                    ("入托婴幼儿家长满意度", g_sat)):
        c.conflict(get_row(rows_i, name)["target"], g, f"target {name} table vs goals")
    return c


def check_beibei(t):
    c = Ctx(t, 2023)
    c.year_is(c.one(r"\n(\d{4})年度普惠托育机构运营及建设补助项目").group(1), "title year")
    c.year_is(c.one(r"附件：(\d{4})年度项目支出绩效自评表").group(1), "table year")
    std_op = c.one(r"按实际收托婴幼儿人数给予运营补贴，标准为每人每月(\d+)元").group(1)
    std_bd = c.one(r"按每个(\d+)元给予一次性建设补助").group(1)
    m = c.one(r"运营补贴惠及婴幼儿不少于(\d+)人·月，新增普惠托位不少于(\d+)个，全区每千人口托位数不低于([\d.]+)个，"
              r"家长满意度不低于(\d+)%")
    g_pm, g_pl, g_ptk, g_sat = m.groups()
    m = c.one(r"(\d{4})年年初批复项目预算(\d+)万元，其中当年财政拨款(\d+)万元、上年结转资金(\d+)万元")
    c.year_is(m.group(1), "budget year")
    p_init, p_init_a, p_init_b = m.groups()[1:]
    c.total(p_init, [p_init_a, p_init_b], "年初 = 当年拨款 + 结转")
    m = c.one(r"(\d+)月区财政追加预算(\d+)万元，调整后全年预算(\d+)万元")
    p_add, p_ann = m.group(2), m.group(3)
    c.total(p_ann, [p_init, p_add], "全年 = 年初 + 追加")
    m = c.one(r"实际支出([\d.]+)万元，预算执行率([\d.]+)%，其中当年财政拨款执行率([\d.]+)%")
    p_sp, p_rate, p_rate_a = m.groups()
    c.rate(p_rate, p_sp, p_ann, "执行率 prose")
    m = c.one(r"拨付运营补贴([\d.]+)万元（全年累计补贴(\d+)人·月，每人每月(\d+)元），"
              r"拨付新增托位建设补助(\d+)万元（(\d+)个托位，每个(\d+)元）")
    op_amt, pm, op_std, bd_amt, bd_n, bd_std = m.groups()
    c.product(op_amt, pm, op_std, "运营补贴 = 人·月 × 标准")
    c.product(bd_amt, bd_n, bd_std, "建设补助 = 托位 × 标准")
    c.total(p_sp, [op_amt, bd_amt], "支出 = 运营补贴 + 建设补助")
    c.conflict(op_std, std_op, "运营补贴标准")
    c.conflict(bd_std, std_bd, "建设补助标准")
    bal = c.one(r"年末结余([\d.]+)万元，已于(\d{4})年(\d+)月按规定交回").group(1)
    c.balance(bal, p_ann, p_sp, "结余 = 全年预算 - 支出")
    m = c.one(r"累计收托婴幼儿(\d+)人·月，完成年度目标的([\d.]+)%")
    c.conflict(m.group(1), pm, "人·月")
    c.completion(m.group(2), "gte", g_pm, m.group(1), "prose completion 人·月")
    c.conflict(c.one(r"新增普惠托位(\d+)个，全部通过验收").group(1), bd_n, "new places")
    m = c.one(r"应按季度拨付运营补贴(\d+)批次，按时拨付(\d+)批次，及时率([\d.]+)%，未达到(\d+)%的目标")
    c.rate(m.group(3), m.group(2), m.group(1), "及时率")
    timely, timely_t = m.group(3), m.group(4)
    m = c.one(r"截至(\d{4})年末，全区托位总数(\d+)个，按常住人口([\d.]+)万人计算，每千人口托位数([\d.]+)个，比(\d{4})年的")
    c.check(int(m.group(5)) == c.year - 1, "year_mismatch", "previous-year comparison")
    c.year_is(m.group(1), "截至 date")
    ptk = m.group(4)
    c.ratio(ptk, m.group(2), num(m.group(3)) * 10, "每千人口托位数")
    n_sample = c.one(r"对(\d+)家受补机构的抽查显示").group(1)
    m = c.one(r"收托率分别为((?:\d+%、)+\d+%)，平均收托率([\d.]+)%")
    items = re.findall(r"(\d+)%", m.group(1))
    c.check(len(items) == int(n_sample), "sum_mismatch", "number of sampled institutions")
    c.average(m.group(2), items, "平均收托率")
    m = c.one(r"发放问卷(\d+)份，收回有效问卷(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    c.rate(m.group(4), m.group(3), m.group(2), "满意度")
    sat = m.group(4)
    m = c.one(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，"
              r"项目自评总分([\d.]+)分，评价等级为(\S)")
    p_exec, s_out, s_ben, s_sat, p_total, p_grade = m.groups()
    c.total(p_total, [p_exec, s_out, s_ben, s_sat], "prose block scores", code="score_sum_mismatch", money=False)
    c.grade(p_grade, p_total, "grade")
    # 自评表
    lines = {ln.split("\t")[0]: ln.split("\t") for ln in t.split("\n") if "\t" in ln}
    fa = lines["年度资金总额"]
    fb = lines["其中：当年财政拨款"]
    fc = lines["上年结转资金"]
    fo = lines["其他资金"]
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        c.total(fa[j], [fb[j], fc[j], fo[j]], f"{col} column")
    c.rate(fa[5].rstrip("%"), fa[3], fa[2], "table 执行率 total")
    c.rate(fb[5].rstrip("%"), fb[3], fb[2], "table 执行率 当年拨款")
    c.rate(fc[5].rstrip("%"), fc[3], fc[2], "table 执行率 结转")
    if fo[5] != "—":
        c.rate(fo[5].rstrip("%"), fo[3], fo[2], "table 执行率 其他")
    c.conflict(fa[1], p_init, "年初 table vs prose")
    c.conflict(fb[1], p_init_a, "年初 当年拨款 table vs prose")
    c.conflict(fc[1], p_init_b, "年初 结转 table vs prose")
    c.conflict(fa[2], p_ann, "全年 table vs prose")
    c.conflict(fa[3], p_sp, "执行 table vs prose")
    c.conflict(fa[5].rstrip("%"), p_rate, "执行率 table vs prose")
    c.conflict(fb[5].rstrip("%"), p_rate_a, "当年拨款执行率 table vs prose")
    c.conflict(fa[6], p_exec, "execution score table vs prose")
    rows, blk = [], None
    total_w = total_s = None
    for ln in t.split("\n"):
        cells = ln.split("\t")
        if len(cells) != 11 or cells[0] == "一级指标":
            continue
        if cells[0] == "总分":
            total_w, total_s = cells[8], cells[9]
            continue
        if cells[0]:
            blk = cells[0]
        name, dirn, tv, unit, act, comp, w, s = cells[2:10]
        r = {"name": name, "block": blk, "w": w, "s": s, "comp": comp}
        if dirn == "定性":
            r.update(dir=None, target=None, tunit=None, actual=None, aunit=None)
        else:
            r.update(dir={"≥": "gte", "≤": "lte", "=": "eq"}[dirn], target=tv, tunit=unit,
                     actual=act if re.fullmatch(r"[\d.]+", act) else None, aunit=unit)
            if r["actual"] is None:
                c.fail("unit_mismatch", f"{name}: actual {act!r} not in unit {unit}")
                r["target"] = None
        rows.append(r)
    if total_w is None:
        raise StructureError("总分 row missing")
    indicator_checks(c, rows, total_w, total_s, extra_w=[fa[4]], extra_s=[fa[6]],
                     blocks_s={"产出指标": s_out, "效益指标": s_ben, "满意度指标": s_sat})
    c.conflict(total_s, p_total, "total score table vs prose")
    for name, v in (("运营补贴惠及婴幼儿人月数", pm), ("新增普惠托位数", bd_n), ("受补托育机构数", n_sample),
                    ("运营补贴季度拨付及时率", timely), ("每人每月运营补贴标准", std_op),
                    ("每千人口托位数", ptk), ("入托婴幼儿家长满意度", sat)):
        c.conflict(get_row(rows, name)["actual"], v, f"{name} table vs prose")
    for name, v in (("运营补贴惠及婴幼儿人月数", g_pm), ("新增普惠托位数", g_pl), ("每千人口托位数", g_ptk),
                    ("入托婴幼儿家长满意度", g_sat), ("运营补贴季度拨付及时率", timely_t)):
        c.conflict(get_row(rows, name)["target"], v, f"target {name} table vs prose")
    return c


def check_mile(t):
    c = Ctx(t, 2022)
    c.year_is(c.one(r"中心(\d{4})年度部门整体支出绩效自评报告").group(1), "title year")
    c.year_is(c.one(r"(\d{4})年中心年初预算").group(1), "budget year")
    c.year_is(c.one(r"经自评，中心(\d{4})年度部门整体").group(1), "score year")
    m = c.one(r"中心年初预算([\d.]+)万元，年中追加([\d.]+)万元，全年预算([\d.]+)万元；全年支出([\d.]+)万元，"
              r"部门整体支出执行率([\d.]+)%")
    p_init, p_add, p_ann, p_sp, p_rate = m.groups()
    c.total(p_ann, [p_init, p_add], "全年 = 年初 + 追加")
    c.rate(p_rate, p_sp, p_ann, "部门整体执行率 prose")
    tab = {}
    for ln in t.split("\n"):
        cells = ln.split("｜")
        if len(cells) == 5 and cells[0] != "项目":
            tab[cells[0]] = cells[1:]
    need = ["基本支出", "其中：人员经费", "公用经费", "项目支出", "其中：普惠托育服务体系建设补助",
            "托育从业人员培训", "托育机构运营补贴", "合计"]
    for k in need:
        if k not in tab:
            raise StructureError(f"funds row {k} missing")
    for j, col in ((0, "年初"), (1, "全年"), (2, "执行")):
        g = lambda k: tab[k][j]
        c.total(g("基本支出"), [g("其中：人员经费"), g("公用经费")], f"{col}: 基本支出")
        c.total(g("项目支出"), [g("其中：普惠托育服务体系建设补助"), g("托育从业人员培训"), g("托育机构运营补贴")],
                f"{col}: 项目支出")
        c.total(g("合计"), [g("基本支出"), g("项目支出")], f"{col}: 合计")
    for k in need:
        c.rate(tab[k][3].rstrip("%"), tab[k][2], tab[k][1], f"执行率 {k}")
    c.conflict(tab["合计"][0], p_init, "年初 table vs prose")
    c.conflict(tab["合计"][1], p_ann, "全年 table vs prose")
    c.conflict(tab["合计"][2], p_sp, "执行 table vs prose")
    c.conflict(tab["合计"][3].rstrip("%"), p_rate, "执行率 table vs prose")
    m = c.one(r"(\d{4})年(\d+)月省发展改革委、省卫生健康委转下达的中央预算内投资(\d+)万元，用于支持全市新增普惠性托位(\d+)个，"
              r"每个托位补助(\d+)元")
    c.issued(m.group(1), m.group(2), "central funds")
    cen, places_a, std = m.group(3), m.group(4), m.group(5)
    c.product(cen, places_a, std, "central = places × standard")
    add_basic = c.one(r"追加基本支出([\d.]+)万元").group(1)
    c.total(p_add, [cen, add_basic], "追加 = central + basic")
    c.total(tab["基本支出"][1], [tab["基本支出"][0], add_basic], "基本支出 全年 = 年初 + 追加")
    c.total(tab["其中：普惠托育服务体系建设补助"][1], [tab["其中：普惠托育服务体系建设补助"][0], cen], "普惠托育 全年 = 年初 + 追加")
    # score table
    sc = {}
    for ln in t.split("\n"):
        cells = ln.split("｜")
        if len(cells) == 3 and cells[0] != "一级指标":
            sc[cells[0]] = cells[1:]
    tot = sc.pop("合计")
    ws = [v[0] for v in sc.values()]
    ss = [v[1] for v in sc.values()]
    c.check(num(tot[0]) == 100, "weight_sum_mismatch", "total weight")
    c.total(tot[0], ws, "department weights", code="weight_sum_mismatch", money=False)
    c.total(tot[1], ss, "department scores", code="score_sum_mismatch", money=False)
    for k, (w, s) in sc.items():
        c.check(D(0) <= num(s) <= num(w), "score_exceeds_weight", f"{k}: {s} > {w}")
    m = c.one(r"部门整体支出绩效自评得分([\d.]+)分，等级为“(.+?)”")
    c.conflict(m.group(1), tot[1], "total score prose vs table")
    c.grade(m.group(2), m.group(1), "department grade")
    m = c.one(r"普惠托育服务体系建设补助([\d.]+)分、托育从业人员培训([\d.]+)分、托育机构运营补贴([\d.]+)分，平均([\d.]+)分；"
              r"其中(\d)个项目为优、(\d)个项目为良")
    scores = [m.group(1), m.group(2), m.group(3)]
    c.average(m.group(4), scores, "average project score")
    bands = [band(s) for s in scores]
    c.check(bands.count("优") == int(m.group(5)) and bands.count("良") == int(m.group(6)), "grade_mismatch",
            "project grade counts")
    m = c.one(r"6家单位新增托位分别为((?:\d+个、)+\d+个)")
    per_inst = re.findall(r"(\d+)个", m.group(1))
    m = c.one(r"(\d+)家建设单位新增普惠性托位(\d+)个，全市托位总数达到(\d+)个，按(\d{4})年末常住人口([\d.]+)万人计算，"
              r"每千人口托位数([\d.]+)个")
    c.check(len(per_inst) == int(m.group(1)), "sum_mismatch", "number of institutions")
    places_b = m.group(2)
    c.total(places_b, per_inst, "places of 6 institutions", money=False)
    c.conflict(places_a, places_b, "new places")
    c.year_is(m.group(4), "population year")
    c.ratio(m.group(6), m.group(3), num(m.group(5)) * 10, "每千人口托位数")
    bal = c.one(r"托育从业人员培训经费结余([\d.]+)万元").group(1)
    c.balance(bal, tab["托育从业人员培训"][1], tab["托育从业人员培训"][2], "培训经费结余")
    m = c.one(r"培训班预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%")
    c.rate(m.group(3), m.group(2), m.group(1), "负责人培训班执行率")
    m = c.one(r"按在托婴幼儿每人每月(\d+)元标准发放，全年补贴(\d+)人·月，拨付([\d.]+)万元")
    c.product(m.group(3), m.group(2), m.group(1), "运营补贴 = 人·月 × 标准")
    c.conflict(m.group(3), tab["托育机构运营补贴"][2], "运营补贴 prose vs table")
    m = c.one(r"全市已备案托育机构由(\d{4})年的(\d+)家增加到(\d+)家")
    c.check(int(m.group(1)) == 2021, "year_mismatch", "previous-year comparison")
    reg = m.group(3)
    m = c.one(r"截至(\d{4})年末，全市备案托育机构(\d+)家，均已纳入")
    c.year_is(m.group(1), "registered institutions date")
    c.conflict(m.group(2), reg, "registered institutions")
    m = c.one(r"培训托育从业人员(\d+)人次，考核合格(\d+)人次，合格率([\d.]+)%")
    trained = m.group(1)
    c.rate(m.group(3), m.group(2), m.group(1), "合格率")
    m = c.one(r"发放问卷(\d+)份，收回有效问卷(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    c.rate(m.group(4), m.group(3), m.group(2), "满意度")
    g_train = c.one(r"培训托育从业人员不少于(\d+)人次").group(1)
    comp = c.one(r"培训人次完成年度目标的([\d.]+)%").group(1)
    c.completion(comp, "gte", g_train, trained, "培训人次 completion")
    g_places = c.one(r"新增普惠性托位不少于(\d+)个").group(1)
    c.check(num(places_b) >= num(g_places), "completion_mismatch", "托位 goal said to be met")
    c.carried_to(c.one(r"不再结转至(\d{4})年使用").group(1), "carry-over mention")
    return c


def check_zhuozhou(t):
    c = Ctx(t, 2024)
    f = t.replace("\n", "")   # prose wrapped by the PDF copy
    c.year_is(c.one(r"(\d{4})年度普惠托育服务体系建设补助项目绩效自评报告").group(1), "title year")
    c.year_is(c.one(r"自评表（(\d{4})年度）").group(1), "table year")
    c.year_is(c.one(r"统计口径截至(\d{4})年12月31日").group(1), "statistics date")
    n_inst = c.one(r"共(\d+)家机构新建或改", f).group(1)
    m = c.one(r"按核定托位(\d+)个安排财政补助，每个新增托位财政补助([\d.]+)万元（中央(\d+)元、省级(\d+)元、市级(\d+)元）", f)
    core, per_all, s_c, s_p, s_x = m.groups()
    c.total(str(num(per_all) * WAN), [s_c, s_p, s_x], "per-place standards (元) vs 万元 total", money=False)
    m = c.one(r"全市每千人口托位数不低于([\d.]+)个，普惠托位占比不低于(\d+)%。年度指标：新增普惠性托位不少于(\d+)个，"
              r"支持(\d+)家机构，项目按期完工率不低于(\d+)%，服务对象满意度不低于(\d+)%", f)
    g_ptk, g_share, g_places, g_inst, g_ontime, g_sat = m.groups()
    m = c.one(r"预算执行得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，"
              r"自评总分([\d.]+)分，评价等级为“(.+?)”", f)
    p_exec, s_out, s_ben, s_sat, p_total, p_grade = m.groups()
    c.total(p_total, [p_exec, s_out, s_ben, s_sat], "prose block scores", code="score_sum_mismatch", money=False)
    c.grade(p_grade, p_total, "grade")
    m = c.one(r"全年预算(\d+)万元，实际到位(\d+)万元，到位率([\d.]+)%；全年支出([\d.]+)万元，预算执行率([\d.]+)%", f)
    p_ann, p_recv, p_rrate, p_sp, p_rate = m.groups()
    c.rate(p_rrate, p_recv, p_ann, "到位率")
    c.rate(p_rate, p_sp, p_ann, "执行率 prose")
    m = c.one(r"中央预算内投资于(\d{4})年(\d+)月提前下达", f)
    c.issued(m.group(1), m.group(2), "central funds")
    m = c.one(r"省级补助资金于(\d{4})年(\d+)月下达", f)
    c.issued(m.group(1), m.group(2), "provincial funds")
    unrecv = c.one(r"市级配套资金尚有(\d+)万元未到位", f).group(1)
    c.carried_to(c.one(r"已结转至(\d{4})年继续使用", f).group(1), "carry-over")
    # source table
    src = {}
    for ln in t.split("\n"):
        cells = re.split(r"  +", ln.strip())
        if len(cells) == 6 and cells[0] in ("中央预算内投资", "省级补助资金", "市级配套资金"):
            src[cells[0]] = cells[1:]
    if len(src) != 3:
        raise StructureError("source table rows missing")
    for k, (ann, recv, sp, bal, rate) in src.items():
        c.balance(bal, recv, sp, f"结余 {k}")
        c.rate(rate.rstrip("%"), sp, ann, f"执行率 {k}")
        c.check(num(recv) <= num(ann) and num(sp) <= num(recv), "implausible_rate", f"ordering {k}")
    col = lambda j: [v[j] for v in src.values()]
    c.total(p_ann, col(0), "全年预算 = Σ sources")
    c.total(p_recv, col(1), "到位 = Σ sources")
    c.total(p_sp, col(2), "支出 = Σ sources")
    c.balance(unrecv, src["市级配套资金"][0], src["市级配套资金"][1], "市级 not received")
    c.product(src["中央预算内投资"][0], core, s_c, "central = places × standard")
    c.product(src["省级补助资金"][0], core, s_p, "provincial = places × standard")
    c.product(src["市级配套资金"][0], core, s_x, "municipal = places × standard")
    # MOF funds block
    mof = {}
    for ln in t.split("\n"):
        cells = re.split(r"  +", ln.strip())
        if len(cells) == 7 and cells[0] != "项目资金（万元）":
            mof[cells[0]] = cells[1:]
    fa, fb, fc, fo = mof["年度资金总额"], mof["其中：当年财政拨款"], mof["上年结转资金"], mof["其他资金"]
    for j, cn in ((0, "年初"), (1, "全年"), (2, "执行")):
        c.total(fa[j], [fb[j], fc[j], fo[j]], f"{cn} column")
    c.rate(fa[4].rstrip("%"), fa[2], fa[1], "table 执行率 total")
    c.rate(fb[4].rstrip("%"), fb[2], fb[1], "table 执行率 当年拨款")
    c.conflict(fa[1], p_ann, "全年 table vs prose")
    c.conflict(fa[2], p_sp, "执行 table vs prose")
    c.conflict(fa[4].rstrip("%"), p_rate, "执行率 table vs prose")
    c.conflict(fa[5], p_exec, "execution score table vs prose")
    c.total(fa[0], [src["中央预算内投资"][0], src["市级配套资金"][0]], "年初 = central (advance) + municipal")
    # indicator rows
    names = [("新增普惠性托位数", "产出"), ("支持建设托育机构数", "产出"), ("项目竣工验收合格率", "产出"),
             ("项目按期完工率", "产出"), ("每个新增托位财政补助", "产出"), ("每千人口托位数", "效益"),
             ("普惠托位占比", "效益"), ("托育服务长效运营机制", "效益"), ("托育服务对象满意度", "满意度")]
    lines = [re.split(r"  +", ln.strip()) for ln in t.split("\n")]
    rows = []
    for name, blk in names:
        hits = [cl for cl in lines if name in cl and len(cl) >= 6 and cl.index(name) + 5 < len(cl)]
        if len(hits) != 1:
            raise StructureError(f"indicator row {name}: {len(hits)} hits")
        cl = hits[0]
        k = cl.index(name)
        tv, av, comp, w, s = cl[k + 1:k + 6]
        rows.append(row_from_cells(name, blk, tv, av, w, s, comp=comp))
    tot = [cl for cl in lines if cl and cl[0] == "总分"]
    if len(tot) != 1:
        raise StructureError("总分 row")
    indicator_checks(c, rows, tot[0][1], tot[0][2], extra_w=[fa[3]], extra_s=[fa[5]],
                     blocks_s={"产出": s_out, "效益": s_ben, "满意度": s_sat})
    c.conflict(tot[0][2], p_total, "total score table vs prose")
    m = c.one(r"共新增普惠性托位(\d+)个。按期完工(\d+)家，按期完工率(\d+)%", f)
    p_new, ontime_n, ontime = m.groups()
    c.rate(ontime, ontime_n, n_inst, "按期完工率")
    m = c.one(r"截至(\d{4})年末，全市托位总数(\d+)个，其中普惠托位(\d+)个、非普惠托位(\d+)个；按常住人口([\d.]+)万人计算，"
              r"每千人口托位数([\d.]+)个（(\d{4})年末为([\d.]+)个），普惠托位占比([\d.]+)%", f)
    y, tot_pl, ph, nph, pop, ptk, y0, ptk0, share = m.groups()
    c.year_is(y, "截至 date")
    c.check(int(y0) == 2023, "year_mismatch", "previous-year comparison")
    c.total(tot_pl, [ph, nph], "total places = 普惠 + 非普惠", money=False)
    c.ratio(ptk, tot_pl, num(pop) * 10, "每千人口托位数")
    c.rate(share, ph, tot_pl, "普惠托位占比")
    m = c.one(r"抽样调查托育服务对象(\d+)名，表示满意的(\d+)名，满意度([\d.]+)%", f)
    c.rate(m.group(3), m.group(2), m.group(1), "满意度")
    sat = m.group(3)
    goal_actual = c.one(r"实际完成情况：新增托位(\d+)个").group(1)
    for name, v, u in (("新增普惠性托位数", p_new, "个"), ("新增普惠性托位数", goal_actual, "个"),
                       ("支持建设托育机构数", n_inst, "家"), ("项目按期完工率", ontime, "%"),
                       ("每千人口托位数", ptk, "个"), ("普惠托位占比", share, "%"),
                       ("托育服务对象满意度", sat, "%"), ("每个新增托位财政补助", per_all, "万元")):
        conflict_if_same_unit(c, get_row(rows, name), v, u, f"{name} table vs prose")
    for name, v in (("新增普惠性托位数", g_places), ("支持建设托育机构数", g_inst), ("项目按期完工率", g_ontime),
                    ("每千人口托位数", g_ptk), ("普惠托位占比", g_share), ("托育服务对象满意度", g_sat)):
        c.conflict(get_row(rows, name)["target"], v, f"target {name} table vs goals")
    return c


CHECKERS = {
    "gs-liangzhou-puhuituowei-2019": check_liangzhou,
    "fj-jinjiang-tuoyujianshe-2021": check_jinjiang,
    "cq-beibei-tuoyuyunying-2023": check_beibei,
    "yn-mile-tuoyuzhongxin-2022": check_mile,
    "he-zhuozhou-tuoyubuzhu-2024": check_zhuozhou,
}


# ================================================================== driver
def diff_region(a, b):
    """[start, end) in b of the part that differs from a (common prefix/suffix removed)."""
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    s = 0
    while s < len(a) - p and s < len(b) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s, a[p:len(a) - s]


def occurrences(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def main():
    problems = []
    labels = [json.loads(ln) for ln in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if ln.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {k: 0 for k in CODES13}
    for lab in labels:
        case, src = lab["case"], lab["source"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        if set(lab) != {"case", "source", "clean", "expected"}:
            problems.append(f"{case}: label keys {sorted(lab)}")
        try:
            ctx = CHECKERS[src](text)
            failed = sorted({code for code, _ in ctx.fails})
        except StructureError as exc:
            problems.append(f"{case}: structure: {exc}")
            continue
        if lab["clean"]:
            if lab["expected"] != [] or text != clean:
                problems.append(f"{case}: clean case must have no labels and equal its draft")
            if failed:
                problems.append(f"{case}: clean draft fails {ctx.fails}")
            else:
                print(f"  {case}: clean, all checks pass")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{case}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        if set(exp) != {"code", "severity", "value", "explanation"} or exp["severity"] != "error":
            problems.append(f"{case}: malformed label {exp}")
        code = exp["code"]
        if code not in CODES13:
            problems.append(f"{case}: code {code} not among the 13")
            continue
        counts[code] += 1
        occ = occurrences(text, exp["value"])
        if not occ:
            problems.append(f"{case}: label value not found in the case")
        elif len(occ) > 1:
            problems.append(f"{case}: label value occurs {len(occ)} times")
        st, en, old = diff_region(clean, text)
        if st >= en and not old:
            problems.append(f"{case}: identical to its clean draft")
        if st == en:
            en = st + 1   # pure deletion: the point of change
        if not any(s0 < en and st < e0 for s0, e0 in occ):
            problems.append(f"{case}: the changed region [{st},{en}) does not overlap the label value")
        if failed != [code]:
            problems.append(f"{case}: labelled {code}, checks fail {failed}: {ctx.fails}")
        else:
            print(f"  {case}: {code} [{st},{en}) {text[st:en]!r} <- {old!r}; {ctx.fails[0][1]}")
    for k, v in counts.items():
        if v < 2:
            problems.append(f"code {k} used {v} times (< 2)")
    print("codes:", ", ".join(f"{k}={v}" for k, v in counts.items()))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
