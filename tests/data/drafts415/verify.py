#!/usr/bin/env python3
"""Verify this test set (standard library only).

1. every label value occurs (exactly once) in its case;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. every one of the 13 error codes of errors.md §A is used at least twice;
4. the arithmetic of every draft is redone from the text: all checks pass on the clean drafts, and on
   each error case the labelled code fails and no other error-level code fails.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

UNIT = {"元": D(1), "万元": D(10000), "亿元": D(100000000)}


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- number helpers
def num(s):
    s = s.strip().replace(",", "").replace("，", "")
    if s in ("", "—", "-", "/"):
        return D(0)
    return D(s)


def places(s):
    s = s.strip().replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: stated string with d decimals vs computed value."""
    d = places(stated)
    return abs(D(computed) - num(stated)) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def one(text, pat, flags=0):
    ms = list(re.finditer(pat, text, flags))
    if len(ms) != 1:
        raise ParseError(f"pattern {pat!r} matched {len(ms)} times")
    m = ms[0]
    return m.groups() if len(m.groups()) > 1 else m.group(1)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORD = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- result collector
class Checks:
    def __init__(self):
        self.fails = []   # (code, message)
        self.n = 0

    def ok(self, code, cond, msg):
        self.n += 1
        if not cond:
            self.fails.append((code, msg))

    # a stated rate against numerator / denominator
    def rate(self, stated, numer, denom, msg):
        numer, denom = D(numer), D(denom)
        s = stated.strip().rstrip("%")
        if denom == 0:
            self.ok("implausible_rate", s in ("—", "-", "", "0"), f"{msg}: rate {stated!r} on a zero base")
            return
        comp = numer / denom * 100
        if not consistent(s, comp):
            self.ok("rate_mismatch", False, f"{msg}: stated {stated}, computed {comp:.4f}")
            return
        self.ok("implausible_rate", num(s) <= 100 and num(s) >= 0, f"{msg}: rate {stated} outside 0–100%")

    def pct_range(self, stated, msg):
        v = num(stated.rstrip("%"))
        self.ok("implausible_rate", D(0) <= v <= D(100), f"{msg}: {stated} outside 0–100%")

    # a stated value that must equal a computed one (sum / difference / product)
    def equal(self, code, stated, computed, msg):
        self.ok(code, consistent(stated, computed), f"{msg}: stated {stated}, computed {computed}")

    # money: stated (string, unit) against a computed amount in yuan; unit slip detected by 10^4 rescale
    def money(self, code, stated, unit, computed_yuan, msg):
        comp = D(computed_yuan) / UNIT[unit]
        if consistent(stated, comp):
            self.ok(code, True, msg)
            return
        for f in (D(10000), D(1) / D(10000)):
            if consistent(stated, comp * f):
                self.ok("unit_mismatch", False, f"{msg}: {stated}{unit} is off by a power of ten")
                return
        self.ok(code, False, f"{msg}: stated {stated}{unit}, computed {comp}")

    # two mentions of the same quantity
    def same(self, a, b, msg, ua="万元", ub="万元"):
        va = num(a) * UNIT.get(ua, D(1))
        vb = num(b) * UNIT.get(ub, D(1))
        ta = D("0.5") * (D(10) ** -places(a)) * UNIT.get(ua, D(1))
        tb = D("0.5") * (D(10) ** -places(b)) * UNIT.get(ub, D(1))
        if abs(va - vb) <= max(ta, tb) + D("1e-9"):
            self.ok("conflicting_values", True, msg)
            return
        for f in (D(10000), D(1) / D(10000)):
            if abs(va * f - vb) <= max(ta * f, tb) + D("1e-9"):
                self.ok("unit_mismatch", False, f"{msg}: {a}{ua} vs {b}{ub} off by a power of ten")
                return
        self.ok("conflicting_values", False, f"{msg}: {a} vs {b}")

    def year(self, stated, expected, msg, rel="eq"):
        y = int(stated)
        cond = {"eq": y == expected, "gt": y > expected, "ge": y >= expected}[rel]
        self.ok("year_mismatch", cond, f"{msg}: {stated} ({rel} {expected})")

    def grade(self, word, total, msg):
        self.ok("grade_mismatch", GRADE_WORD[word] == grade_of(num(total)), f"{msg}: {word} with {total}")


# ---------------------------------------------------------------- indicator tables
SIGN = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|=|＝|＞|＜|>|<)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$")


def parse_val(s):
    m = SIGN.match(s.strip())
    if not m:
        return None
    sign = m.group(1) or ""
    direction = {"≥": "gte", "＞＝": "gte", ">=": "gte", "＞": "gte", ">": "gte",
                 "≤": "lte", "＜＝": "lte", "<=": "lte", "＜": "lte", "<": "lte"}.get(sign, "eq")
    return direction, D(m.group(2)), m.group(3).strip(), m.group(2)


def completion(target, actual):
    direction, t, _, _ = target
    _, a, _, _ = actual
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    if direction == "eq" and t == 0:
        return D(100) if a == 0 else D(0)
    return a / t * 100


def indicator_checks(c, rows, total, weight_total=None, level_weights=None):
    """rows: dicts name,target,actual,weight,score[,completion][,level1]; strings as printed."""
    wsum = sum(num(r["weight"]) for r in rows)
    c.ok("weight_sum_mismatch", wsum == 100, f"weights add up to {wsum}")
    if weight_total is not None:
        c.ok("weight_sum_mismatch", wsum == num(weight_total), f"weights {wsum} vs stated {weight_total}")
    if level_weights:
        for lvl, stated in level_weights.items():
            s = sum(num(r["weight"]) for r in rows if r.get("level1") == lvl)
            c.ok("weight_sum_mismatch", s == num(stated), f"{lvl} weights {s} vs {stated}")
    for r in rows:
        c.ok("score_exceeds_weight", D(0) <= num(r["score"]) <= num(r["weight"]),
             f"{r['name']}: score {r['score']} vs weight {r['weight']}")
    ssum = sum(num(r["score"]) for r in rows)
    c.equal("score_sum_mismatch", total, ssum, "row scores vs total")
    for r in rows:
        t = parse_val(r["target"])
        a = parse_val(r["actual"])
        if t is None:
            continue          # qualitative
        if a is None:
            continue
        c.ok("unit_mismatch", t[2] == a[2], f"{r['name']}: target unit {t[2]!r}, actual unit {a[2]!r}")
        if t[2] != a[2]:
            continue
        if a[2] == "%":
            c.pct_range(r["actual"], r["name"])
        if r.get("completion"):
            comp = completion(t, a)
            c.equal("completion_mismatch", r["completion"].rstrip("%"), comp, f"{r['name']} 完成率")


# ================================================================ per-project checks
def check_jiaxian(t):
    c = Checks()
    Y = 2018
    c.year(one(t, r"郏县司法局(\d{4})年度人民调解"), Y, "title")
    c.year(one(t, r"（(\d{4})年度）"), Y, "table year")
    for y in re.findall(r"截至(\d{4})年12月31日", t):
        c.year(y, Y, "截至")
    c.year(one(t, r"结转至(\d{4})年继续兑付"), Y, "carry-over", "gt")
    init = one(t, r"(\d{4})年初县财政安排本项目预算([\d.]+)万元")
    c.year(init[0], Y, "budget year")
    init = init[1]
    add = one(t, r"政法转移支付资金([\d.]+)万元，经县财政局批复追加")
    annual = one(t, r"调整后全年预算([\d.]+)万元")
    c.equal("sum_mismatch", annual, num(init) + num(add), "年初 + 追加 = 全年")
    c.rate(one(t, r"资金全部到位，到位率(\d+%)"), annual, annual, "到位率")
    spent = one(t, r"全年实际支出([\d.]+)万元，预算执行率")
    c.rate(one(t, r"全年实际支出[\d.]+万元，预算执行率([\d.]+%)"), spent, annual, "执行率 text")
    cty_sp, cty_rate = one(t, r"县级资金支出([\d.]+)万元，执行率([\d.]+%)")
    c.rate(cty_rate, cty_sp, init, "县级执行率")
    prov = one(t, r"省级追加的([\d.]+)万元当年全部支出")
    c.same(prov, add, "省级追加")
    c.equal("sum_mismatch", spent, num(cty_sp) + num(prov), "县级 + 省级 = 支出")
    sub, trn, prt = one(t, r"兑付以案定补补贴([\d.]+)万元，调解员业务培训([\d.]+)万元，调解卷宗印制及年度表彰([\d.]+)万元")
    c.equal("sum_mismatch", spent, num(sub) + num(trn) + num(prt), "用途 parts = 支出")
    c.equal("balance_mismatch", one(t, r"年末结余([\d.]+)万元"), num(annual) - num(spent), "结余")
    tot, twn, vil = one(t, r"人民调解委员会(\d+)个，其中乡镇（街道）调委会(\d+)个、村（社区）调委会(\d+)个")
    c.equal("sum_mismatch", tot, num(twn) + num(vil), "调委会")
    n_so, per, n_all = one(t, r"从(\d+)个司法所各抽取(\d+)卷、共(\d+)卷")
    c.equal("sum_mismatch", n_all, num(n_so) * num(per), "抽查卷宗")
    recv, succ, srate = one(t, r"受理各类矛盾纠纷(\d+)件，调解成功(\d+)件，调解成功率([\d.]+%)")
    c.rate(srate, succ, recv, "调解成功率")
    last, diff = one(t, r"比2017年的(\d+)件多(\d+)件")
    c.equal("sum_mismatch", diff, num(succ) - num(last), "较上年增加")
    types = re.findall(r"(简易纠纷|一般纠纷|较复杂纠纷|重大疑难纠纷)(\d+)件，每件(\d+)元，计(\d+)(元|万元)", t)
    if len(types) != 4:
        raise ParseError("jiaxian types")
    total_y = D(0)
    for name, n, std, amt, u in types:
        c.money("sum_mismatch", amt, u, num(n) * num(std), f"{name} 件数×标准")
        total_y += num(amt) * UNIT[u]
    c.equal("sum_mismatch", succ, sum(num(x[1]) for x in types), "各类件数之和")
    tsum, tunit = one(t, r"四类合计(\d+)(元|万元)")
    c.money("sum_mismatch", tsum, tunit, total_y, "四类合计")
    c.money("conflicting_values", sub, "万元", num(tsum) * UNIT[tunit], "合计元 vs 补贴万元")
    avg = one(t, r"平均每件补贴([\d.]+)元")
    c.equal("average_mismatch", avg, num(tsum) * UNIT[tunit] / num(succ), "平均每件补贴")
    score_text = one(t, r"本项目自评得分([\d.]+)分")
    c.grade(one(t, r"评价等级为(优秀|良好|中等|优|良|中|差)"), score_text, "grade")

    # 附件1 funds block
    def frow(label):
        return one(t, label + r"\t([\d.]+)\t([\d.]+)\t([\d.]+)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)")
    tot_r = frow(r"\t年度资金总额")
    cur = frow(r"其中：当年财政拨款")
    cry = frow(r"上年结转资金")
    oth = frow(r"\t其他资金")
    for i, col in enumerate(("年初", "全年", "执行")):
        c.equal("sum_mismatch", tot_r[i], num(cur[i]) + num(cry[i]) + num(oth[i]), f"附件1 {col} 总额")
    c.rate(tot_r[4], tot_r[2], tot_r[1], "附件1 执行率")
    c.rate(cur[4], cur[2], cur[1], "附件1 当年拨款 执行率")
    c.rate(cry[4], cry[2], cry[1], "附件1 上年结转 执行率")
    c.rate(oth[4], oth[2], oth[1], "附件1 其他 执行率")
    c.same(tot_r[0], init, "年初预算 text vs 附件1")
    c.same(tot_r[1], annual, "全年预算 text vs 附件1")
    c.same(tot_r[2], spent, "执行 text vs 附件1")
    names = ["调解成功矛盾纠纷件数", "人民调解员业务培训", "调解成功率", "补贴按季度兑付率", "以案定补补贴总额",
             "民转刑案件发生数", "矛盾纠纷就地化解率", "基层调解组织规范化水平", "纠纷当事人满意度"]
    rows = [{"name": "预算执行", "target": "", "actual": "", "weight": tot_r[3], "score": tot_r[5]}]
    for nm in names:
        g = one(t, r"\t" + nm + r"\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)")
        rows.append({"name": nm, "target": g[0], "actual": g[1], "weight": g[2], "score": g[3]})
    wt, total = one(t, r"总分\t+(\d+)\t([\d.]+)")
    indicator_checks(c, rows, total, weight_total=wt)
    c.same(total, score_text, "总分 text vs 附件1")
    c.same(rows[1]["actual"].rstrip("件"), succ, "调解成功件数 text vs 附件1", "件", "件")
    c.same(rows[3]["actual"].rstrip("%"), srate.rstrip("%"), "调解成功率 text vs 附件1", "%", "%")
    c.same(rows[5]["actual"].rstrip("万元"), sub, "补贴总额 text vs 附件1")
    return c


def cells_blocks(region):
    """seed-003 style: one cell per line (tab-indented), blank line between rows."""
    blocks = []
    for blk in region.split("\n\n"):
        lines = [ln[1:] if ln.startswith("\t") else ln for ln in blk.split("\n")]
        lines = [ln for ln in lines]
        if any(x.strip() for x in lines):
            blocks.append([x.strip() for x in lines])
    return blocks


def check_jishan(t):
    c = Checks()
    Y = 2020
    c.year(one(t, r"稷山县司法局(\d{4})年度人民调解"), Y, "title")
    c.year(one(t, r"关于开展(\d{4})年度预算绩效自评工作"), Y, "notice year")
    opening = one(t, r"矛盾纠纷排查化解经费([\d.]+)万元的使用情况")
    y0, init, cty, cy_year, cry = one(t, r"(\d{4})年年初预算([\d.]+)万元，其中县级财政安排([\d.]+)万元、(\d{4})年结转([\d.]+)万元")
    c.year(y0, Y, "budget year")
    c.year(cy_year, Y - 1, "结转 from")
    c.equal("sum_mismatch", init, num(cty) + num(cry), "年初 = 县级 + 结转")
    prov, annual = one(t, r"省级下达政法转移支付资金([\d.]+)万元，全年预算调整为([\d.]+)万元")
    c.equal("sum_mismatch", annual, num(init) + num(prov), "年初 + 省级 = 全年")
    c.year(one(t, r"结余资金已结转至(\d{4})年"), Y, "carry-over", "gt")
    # funds table with 行次
    region = t[t.index("\t项目\n\t行次"):t.index("县级资金执行率未达到")]
    blocks = cells_blocks(region)
    rows = {}
    for b in blocks:
        if len(b) >= 2 and b[1].startswith("("):
            if len(b) != 10:
                raise ParseError(f"funds row {b[0]} has {len(b)} cells")
            rows[b[1].split("=")[0]] = b
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]

    def val(r, col):
        return rows[r][2 + cols.index(col)]
    for r in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        c.equal("sum_mismatch", val(r, "total"), num(val(r, "sub")) + num(val(r, "carry")) + num(val(r, "other")), f"{r} total")
        c.equal("sum_mismatch", val(r, "sub"), sum(num(val(r, k)) for k in ("central", "prov", "city", "county")), f"{r} 小计")
    for col in cols:
        c.equal("balance_mismatch", val("(5)", col) or "0", num(val("(3)", col)) - num(val("(4)", col)), f"(5) {col}")
        c.rate(val("(6)", col), num(val("(3)", col)), num(val("(2)", col)), f"(6) {col}")
        c.rate(val("(7)", col), num(val("(4)", col)), num(val("(2)", col)), f"(7) {col}")
    c.same(opening, val("(2)", "total"), "opening fund vs 全年预算资金")
    c.same(annual, val("(2)", "total"), "全年预算 text vs table")
    c.same(init, val("(1)", "total"), "年初 text vs table")
    c.same(prov, val("(2)", "prov"), "省级 text vs table")
    spent, p1, p2, p3 = one(t, r"全年支出([\d.]+)万元，其中个案补贴([\d.]+)万元，矛盾纠纷排查化解专项工作经费([\d.]+)万元，调解员培训([\d.]+)万元")
    c.equal("sum_mismatch", spent, num(p1) + num(p2) + num(p3), "支出构成")
    c.same(spent, val("(4)", "total"), "全年支出 text vs table")
    # per-case subsidies
    std = dict(re.findall(r"(口头调解纠纷|一般书面协议纠纷|疑难复杂纠纷)每件(\d+)元", t))
    if len(std) != 3:
        raise ParseError("jishan standards")
    cnts = re.findall(r"(口头调解纠纷|一般书面协议纠纷|疑难复杂纠纷)(\d+)件，计(\d+)(元|万元)", t)
    if len(cnts) != 3:
        raise ParseError("jishan counts")
    ty = D(0)
    for name, n, amt, u in cnts:
        c.money("sum_mismatch", amt, u, num(n) * num(std[name]), f"{name}")
        ty += num(amt) * UNIT[u]
    tot, tu, conv = one(t, r"三类补贴合计(\d+)(元|万元)，折合([\d.]+)万元")
    c.money("sum_mismatch", tot, tu, ty, "三类合计")
    c.same(tot, conv, "合计 vs 折合", tu, "万元")
    c.same(conv, p1, "折合 vs 个案补贴")
    recv, succ, srate = one(t, r"受理纠纷(\d+)件，调解成功(\d+)件，成功率([\d.]+%)")
    c.rate(srate, succ, recv, "成功率")
    c.equal("sum_mismatch", succ, sum(num(x[1]) for x in cnts), "件数之和")
    paicha = one(t, r"全年组织集中排查(\d+)次")
    sat = one(t, r"满意度为([\d.]+)%")
    c.pct_range(sat, "满意度 text")
    score_text, grade = one(t, r"总得分([\d.]+)分，属于“(优秀|良好|中等|差)”")
    c.grade(grade, score_text, "grade")
    # 附件1 indicator table
    region = t[t.index("附件1.项目支出绩效自评表"):]
    blocks = cells_blocks(region)
    ind = []
    total = wt = None
    for b in blocks:
        if b[0] == "合计":
            wt, total = b[3], b[7]
            continue
        if len(b) == 9 and b[3] != "权重":
            ind.append({"level1": b[0], "name": b[2], "weight": b[3], "target": b[4], "actual": b[5],
                        "completion": b[6], "score": b[7]})
    if len(ind) != 9 or total is None:
        raise ParseError(f"jishan table rows {len(ind)}")
    exec_row = ind[0]
    exec_row_actual = exec_row["actual"]
    c.rate(exec_row_actual, num(val("(4)", "total")), num(val("(2)", "total")), "附件1 预算执行率 业绩值")
    c.same(exec_row_actual.rstrip("%"), val("(7)", "total"), "执行率 附件1 vs 行次表", "%", "%")
    indicator_checks(c, ind, total, weight_total=wt)
    c.same(total, score_text, "合计 vs text")
    byname = {r["name"]: r for r in ind}
    c.same(byname["调解成功矛盾纠纷件数"]["actual"].rstrip("件"), succ, "件数 text vs table", "件", "件")
    c.same(byname["调解成功率"]["actual"].rstrip("%"), srate.rstrip("%"), "成功率 text vs table", "%", "%")
    c.same(byname["个案补贴总额"]["actual"].rstrip("万元"), conv, "补贴 text vs table")
    c.same(byname["开展矛盾纠纷集中排查"]["actual"].rstrip("次"), paicha, "排查次数", "次", "次")
    c.same(byname["当事人满意度"]["actual"].rstrip("%"), sat, "满意度", "%", "%")
    return c


def check_lengshuijiang(t):
    c = Checks()
    Y = 2021
    c.year(one(t, r"我局对(\d{4})年度人民调解"), Y, "opening year")
    c.year(one(t, r"（(\d{4})年度）"), Y, "table year")
    c.year(one(t, r"市财政局关于做好(\d{4})年度部门预算绩效自评"), Y, "notice year")
    org, o1, o2, o3 = one(t, r"全市(\d+)个人民调解委员会开展工作，其中村（居）调委会(\d+)个、乡镇（街道）调委会(\d+)个、行业性专业性调委会(\d+)个")
    c.equal("sum_mismatch", org, num(o1) + num(o2) + num(o3), "调委会数")
    y1, init, city, adv_y, adv_m, adv = one(t, r"(\d{4})年年初预算([\d.]+)万元，其中市本级安排([\d.]+)万元，省财政于(\d{4})年(\d+)月提前下达的政法转移支付([\d.]+)万元")
    c.year(y1, Y, "budget year")
    c.ok("year_mismatch", int(adv_y) == Y - 1 and int(adv_m) == 12 or int(adv_y) == Y, "advance issue date")
    c.equal("sum_mismatch", init, num(city) + num(adv), "年初 = 市本级 + 提前下达")
    y2, add, annual = one(t, r"(\d{4})年7月省级第二批资金([\d.]+)万元到位后，全年预算为([\d.]+)万元")
    c.year(y2, Y, "second batch year")
    c.equal("sum_mismatch", annual, num(init) + num(add), "全年 = 年初 + 第二批")
    ystop, recv, rrate = one(t, r"截至(\d{4})年12月31日，([\d.]+)万元全部到位，到位率(\d+%)")
    c.year(ystop, Y, "截至")
    c.same(recv, annual, "到位 vs 全年")
    c.rate(rrate, recv, annual, "到位率")
    spent, erate = one(t, r"全年支出([\d.]+)万元，执行率([\d.]+%)")
    c.rate(erate, spent, annual, "执行率")
    bal, ret_y = one(t, r"结余([\d.]+)万元，已于(\d{4})年1月按规定交回市财政")
    c.equal("balance_mismatch", bal, num(recv) - num(spent), "结余")
    c.year(ret_y, Y, "交回", "gt")
    sub = one(t, r"个案补贴([\d.]+)万元；")
    n_inf, per_inf, inf_amt, inf_u = one(t, r"(\d+)名重点村（居）矛盾纠纷信息员补贴，每人每年(\d+)元，共(\d+)(元|万元)")
    c.money("sum_mismatch", inf_amt, inf_u, num(n_inf) * num(per_inf), "信息员补贴")
    trn = one(t, r"调解员培训班4期，支出([\d.]+)万元")
    c.money("sum_mismatch", spent, "万元", num(sub) * 10000 + num(inf_amt) * UNIT[inf_u] + num(trn) * 10000, "支出构成")
    mon_sp, mon_rate = one(t, r"1—7月累计支出([\d.]+)万元，占全年预算的([\d.]+%)")
    c.rate(mon_rate, mon_sp, annual, "1—7月支出进度")
    recv_n, succ, srate, comp, last, growth = one(
        t, r"受理矛盾纠纷(\d+)件，调解成功(\d+)件，调解成功率([\d.]+%)，调解成功件数完成年度目标的([\d.]+)%，较2020年的(\d+)件增长([\d.]+)%")
    c.rate(srate, succ, recv_n, "调解成功率")
    target = one(t, r"将年度目标定为(\d+)件")
    c.equal("completion_mismatch", comp, num(succ) / num(target) * 100, "完成年度目标")
    c.rate(growth, num(succ) - num(last), last, "较上年增长")
    c.same(one(t, r"结合2020年调解成功(\d+)\n?件"), last, "2020年件数", "件", "件")
    std = dict(re.findall(r"(一般纠纷|较大纠纷|重大疑难纠纷)每件(\d+)元", t))
    if len(std) != 3:
        raise ParseError("lsj standards")
    cnts = re.findall(r"(一般纠纷|较大纠纷|重大疑难纠纷)(\d+)件，补贴(\d+)(元|万元)", t)
    if len(cnts) != 3:
        raise ParseError("lsj counts")
    ty = D(0)
    for name, n, amt, u in cnts:
        c.money("sum_mismatch", amt, u, num(n) * num(std[name]), name)
        ty += num(amt) * UNIT[u]
    c.equal("sum_mismatch", succ, sum(num(x[1]) for x in cnts), "件数之和")
    tot, tu = one(t, r"合计(\d+)(元|万元)。全年开展")
    c.money("sum_mismatch", tot, tu, ty, "合计")
    c.same(tot, sub, "合计元 vs 个案补贴万元", tu, "万元")
    c.ok("sum_mismatch", num(std["重大疑难纠纷"]) / num(std["一般纠纷"]) == num(one(t, r"是一般纠纷的(\d+)倍")), "倍数")
    c.same(one(t, r"重大疑难纠纷调处成功(\d+)件"), dict((x[0], x[1]) for x in cnts)["重大疑难纠纷"], "重大疑难件数", "件", "件")
    paicha = one(t, r"全年开展集中排查(\d+)次")
    cert = one(t, r"调解员持证上岗率为(\d+)%")
    sat = one(t, r"群众满意度([\d.]+)%。")
    c.pct_range(sat, "群众满意度")
    score_text, grade = one(t, r"自评综合得分([\d.]+)分，等级为(优秀|良好|优|良|中|差)")
    c.grade(grade, score_text, "grade")
    # 自评表 (one cell per line)
    lines = t[t.index("项目支出绩效自评表\n（"):].split("\n")

    def after(label, n):
        idx = [i for i, x in enumerate(lines) if x == label]
        if len(idx) != 1:
            raise ParseError(f"label {label} found {len(idx)}")
        return lines[idx[0] + 1: idx[0] + 1 + n]
    tot_r = after("年度资金总额", 6)
    cur = after("其中：当年财政拨款", 6)
    cry = after("上年结转资金", 6)
    oth = after("其他资金", 6)
    for i, col in enumerate(("年初", "全年", "执行")):
        c.equal("sum_mismatch", tot_r[i], num(cur[i]) + num(cry[i]) + num(oth[i]), f"表 {col} 总额")
    c.rate(tot_r[4], tot_r[2], tot_r[1], "表 执行率")
    c.rate(cur[4], cur[2], cur[1], "表 当年拨款 执行率")
    c.rate(cry[4], cry[2], cry[1], "表 上年结转 执行率")
    c.rate(oth[4], oth[2], oth[1], "表 其他 执行率")
    c.same(tot_r[0], init, "年初 text vs 表")
    c.same(tot_r[1], annual, "全年 text vs 表")
    c.same(tot_r[2], spent, "执行 text vs 表")
    names = ["调解成功矛盾纠纷件数", "矛盾纠纷集中排查次数", "调解成功率", "补贴审核兑付周期", "一般纠纷补贴标准",
             "民转刑案件数", "群体性上访事件", "调解员持证上岗率", "群众满意度"]
    rows = [{"name": "预算执行", "target": "", "actual": "", "weight": tot_r[3], "score": tot_r[5]}]
    for nm in names:
        g = after(nm, 4)
        rows.append({"name": nm, "target": g[0], "actual": g[1], "weight": g[2], "score": g[3]})
    wt, total = after("总分", 2)
    indicator_checks(c, rows, total, weight_total=wt)
    c.same(total, score_text, "总分 text vs 表")
    byname = {r["name"]: r for r in rows}
    c.same(byname["调解成功矛盾纠纷件数"]["actual"].rstrip("件"), succ, "件数 text vs 表", "件", "件")
    goal_n, goal_rate = one(t, r"全年调解成功纠纷(\d+)件，成功率([\d.]+%)")
    c.same(goal_n, succ, "目标块 件数", "件", "件")
    c.same(goal_rate.rstrip("%"), srate.rstrip("%"), "目标块 成功率", "%", "%")
    c.same(byname["调解成功率"]["actual"].rstrip("%"), srate.rstrip("%"), "成功率 text vs 表", "%", "%")
    c.same(byname["矛盾纠纷集中排查次数"]["actual"].rstrip("次"), paicha, "排查次数", "次", "次")
    c.same(byname["调解员持证上岗率"]["actual"].rstrip("%"), cert, "持证率", "%", "%")
    c.same(byname["群众满意度"]["actual"].rstrip("%"), sat, "满意度", "%", "%")
    c.same(byname["一般纠纷补贴标准"]["actual"].rstrip("元/件"), std["一般纠纷"], "补贴标准", "元", "元")
    return c


def check_meitan(t):
    c = Checks()
    Y = 2023
    c.year(one(t, r"湄潭县司法局\n(\d{4})年度矛盾纠纷"), Y, "title")
    c.year(one(t, r"项目支出绩效自评表（(\d{4})年度）"), Y, "table year")
    c.year(one(t, r"均截至(\d{4})年12月31日"), Y, "截至")
    init = one(t, r"年初县财政安排预算([\d.]+)万元")
    ay, add, annual = one(t, r"(\d{4})年9月，省司法厅、省财政厅下达中央政法转移支付资金([\d.]+)万元，追加后全年预算([\d.]+)万元，当年全部到位，到位率(?:\d+%)")
    c.year(ay, Y, "追加 year")
    c.equal("sum_mismatch", annual, num(init) + num(add), "年初 + 追加")
    c.rate(one(t, r"当年全部到位，到位率(\d+%)"), annual, annual, "到位率")
    spent, erate = one(t, r"本项目全年执行([\d.]+)万元，预算执行率([\d.]+%)")
    c.rate(erate, spent, annual, "执行率 text")
    cinit, csp, crate = one(t, r"县级资金([\d.]+)万元执行([\d.]+)万元，执行率([\d.]+%)")
    c.same(cinit, init, "县级预算")
    c.rate(crate, csp, cinit, "县级执行率")
    padd = one(t, r"追加的([\d.]+)万元于当年12月前全部支出")
    c.same(padd, add, "追加")
    c.equal("sum_mismatch", spent, num(csp) + num(padd), "县级 + 追加 = 执行")
    bal, cy = one(t, r"结余([\d.]+)万元，为12月下旬审核通过、尚未兑付的个案补贴，已结转至(\d{4})年")
    c.equal("balance_mismatch", bal, num(annual) - num(spent), "结余")
    c.year(cy, Y, "carry-over", "gt")
    p1, p2, p3, p4 = one(t, r"个案补贴([\d.]+)万元，网格员矛盾纠纷信息报送补助([\d.]+)万元，调解员培训([\d.]+)万元，法治宣传及排查调度([\d.]+)万元")
    c.equal("sum_mismatch", spent, num(p1) + num(p2) + num(p3) + num(p4), "支出结构")
    per, n_g, gtot, gu = one(t, r"按每人每年(\d+)元标准发放给(\d+)名网格员，共计(\d+)(元|万元)")
    c.money("sum_mismatch", gtot, gu, num(per) * num(n_g), "网格员补助")
    c.same(gtot, p2, "网格员 元 vs 万元", gu, "万元")
    n_pc, more = one(t, r"全年开展滚动排查(\d+)次，比计划多(\d+)次")
    recv, succ, srate = one(t, r"受理纠纷(\d+)件，调解成功(\d+)件，调解成功率([\d.]+%)")
    c.rate(srate, succ, recv, "调解成功率")
    types = re.findall(r"(简易纠纷|一般纠纷|疑难复杂纠纷|重大纠纷)每件(\d+)元，(\d+)件，计(\d+)(元|万元)", t)
    if len(types) != 4:
        raise ParseError("meitan types")
    ty = D(0)
    for name, std, n, amt, u in types:
        c.money("sum_mismatch", amt, u, num(n) * num(std), name)
        ty += num(amt) * UNIT[u]
    c.equal("sum_mismatch", succ, sum(num(x[2]) for x in types), "件数之和")
    tot, tu = one(t, r"以上合计(\d+)(元|万元)")
    c.money("sum_mismatch", tot, tu, ty, "合计")
    c.same(tot, p1, "合计 vs 个案补贴", tu, "万元")
    days = one(t, r"平均兑付周期(\d+)天")
    vis = one(t, r"重复信访率为([\d.]+)%")
    n_v, n_ok, rate_ok = one(t, r"全县(\d+)个村（社区）调委会中有(\d+)个达到规范化建设标准，达标率(\d+%)")
    c.rate(rate_ok, n_ok, n_v, "规范化达标率")
    sat = one(t, r"群众满意度([\d.]+)%；")
    c.pct_range(sat, "群众满意度")
    c.pct_range(one(t, r"回访满意率([\d.]+)%"), "回访满意率")
    score_text, grade = one(t, r"自评得分([\d.]+)分，评价等级为“(优秀|良好|中等|差)”")
    c.grade(grade, score_text, "grade")
    last, inc = one(t, r"2022年度本项目自评得分([\d.]+)分，本年度提高([\d.]+)分")
    c.equal("sum_mismatch", inc, num(score_text) - num(last), "较上年提高")
    # table (pipes)
    def frow(label):
        g = one(t, r"\n" + label + r"｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)\n")
        return g
    tot_r = frow("年度资金总额")
    cur = frow("其中：当年财政拨款")
    cry = frow("上年结转资金")
    oth = frow("其他资金")
    for i, col in enumerate(("年初", "全年", "执行")):
        c.equal("sum_mismatch", tot_r[i], num(cur[i]) + num(cry[i]) + num(oth[i]), f"表 {col} 总额")
    c.rate(tot_r[4], tot_r[2], tot_r[1], "表 执行率")
    c.rate(cur[4], cur[2], cur[1], "表 当年拨款 执行率")
    c.rate(cry[4], cry[2], cry[1], "表 上年结转 执行率")
    c.rate(oth[4], oth[2], oth[1], "表 其他 执行率")
    c.same(tot_r[0], init, "年初 text vs 表")
    c.same(tot_r[1], annual, "全年 text vs 表")
    c.same(tot_r[2], spent, "执行 text vs 表")
    names = ["矛盾纠纷滚动排查次数", "调解成功矛盾纠纷件数", "调解成功率", "个案补贴兑付周期", "以案定补资金总额",
             "民转刑命案", "重复信访率", "村级调委会规范化达标率", "群众满意度"]
    rows = [{"name": "预算执行", "target": "", "actual": "", "weight": tot_r[3], "score": tot_r[5]}]
    for nm in names:
        g = one(t, r"｜" + nm + r"｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜([^｜\n]*)｜")
        rows.append({"name": nm, "target": g[0], "actual": g[1], "completion": g[2], "weight": g[3], "score": g[4]})
    wt, total = one(t, r"合计｜｜｜｜｜｜(\d+)｜([\d.]+)｜")
    indicator_checks(c, rows, total, weight_total=wt)
    c.same(total, score_text, "合计 vs text")
    b = {r["name"]: r for r in rows}
    target_pc = parse_val(b["矛盾纠纷滚动排查次数"]["target"])[1]
    c.equal("sum_mismatch", more, num(n_pc) - target_pc, "比计划多")
    c.same(b["矛盾纠纷滚动排查次数"]["actual"].rstrip("次"), n_pc, "排查次数", "次", "次")
    c.same(b["调解成功矛盾纠纷件数"]["actual"].rstrip("件"), succ, "件数", "件", "件")
    c.same(b["调解成功率"]["actual"].rstrip("%"), srate.rstrip("%"), "成功率", "%", "%")
    c.same(b["个案补贴兑付周期"]["actual"].rstrip("天"), days, "兑付周期", "天", "天")
    c.same(b["以案定补资金总额"]["actual"].rstrip("万元"), p1, "个案补贴")
    c.same(b["重复信访率"]["actual"].rstrip("%"), vis, "重复信访率", "%", "%")
    c.same(b["村级调委会规范化达标率"]["actual"].rstrip("%"), rate_ok.rstrip("%"), "达标率", "%", "%")
    c.same(b["群众满意度"]["actual"].rstrip("%"), sat, "满意度", "%", "%")
    return c


def check_pengxi(t):
    c = Checks()
    Y = 2024
    c.year(one(t, r"蓬溪县司法局(\d{4})年度部门整体支出"), Y, "title")
    c.year(one(t, r"经自评，(\d{4})年度部门整体支出"), Y, "conclusion year")
    tot_p, adm, ins = one(t, r"在职人员(\d+)人，其中行政编制(\d+)人、事业编制(\d+)人")
    c.equal("sum_mismatch", tot_p, num(adm) + num(ins), "人员")
    y0, init, b0, p0 = one(t, r"(\d{4})年年初部门预算([\d.]+)万元，其中基本支出([\d.]+)万元、项目支出([\d.]+)万元")
    c.year(y0, Y, "budget year")
    c.equal("sum_mismatch", init, num(b0) + num(p0), "年初 = 基本 + 项目")
    badd, padd = one(t, r"追加基本支出([\d.]+)万元，省级下达政法转移支付资金([\d.]+)万元")
    annual, b1, p1 = one(t, r"调整后全年预算([\d.]+)万元（基本支出([\d.]+)万元、项目支出([\d.]+)万元）")
    c.equal("sum_mismatch", b1, num(b0) + num(badd), "基本 + 追加")
    c.equal("sum_mismatch", p1, num(p0) + num(padd), "项目 + 省级")
    c.equal("sum_mismatch", annual, num(b1) + num(p1), "全年 = 基本 + 项目")
    spent, erate = one(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+%)")
    c.rate(erate, spent, annual, "部门执行率")
    bsp, brate, psp, prate = one(t, r"基本支出([\d.]+)万元，执行率([\d.]+%)；项目支出([\d.]+)万元，执行率([\d.]+%)")
    c.rate(brate, bsp, b1, "基本支出执行率")
    c.rate(prate, psp, p1, "项目支出执行率")
    c.equal("sum_mismatch", spent, num(bsp) + num(psp), "支出 = 基本 + 项目")
    bal, cy = one(t, r"年末结余([\d.]+)万元，主要为社区矫正信息化终端尾款，已按规定结转至(\d{4})年")
    c.equal("balance_mismatch", bal, num(annual) - num(spent), "结余")
    c.year(cy, Y, "carry-over", "gt")
    c.same(one(t, r"全年统筹使用财政资金([\d.]+)万元"), spent, "section 三 spending")
    recv, succ, srate = one(t, r"受理矛盾纠纷(\d+)件，调解成功(\d+)件，成功率([\d.]+%)")
    c.rate(srate, succ, recv, "调解成功率")
    la, cr, cv, ad = one(t, r"办结法律援助案件(\d+)件，其中刑事案件(\d+)件、民事案件(\d+)件、行政案件(\d+)件")
    c.equal("sum_mismatch", la, num(cr) + num(cv) + num(ad), "法援案件")
    # per-type table
    types = re.findall(r"(?m)^(简易纠纷|一般纠纷|复杂疑难纠纷|重大群体性纠纷) \| (\d+) \| (\d+) \| (\d+)$", t)
    if len(types) != 4:
        raise ParseError("pengxi types")
    for name, std, n, amt in types:
        c.money("sum_mismatch", amt, "元", num(n) * num(std), name)
    cn, camt = one(t, r"\n合计 \| — \| (\d+) \| (\d+)\n")
    c.equal("sum_mismatch", cn, sum(num(x[2]) for x in types), "件数合计")
    c.equal("sum_mismatch", camt, sum(num(x[3]) for x in types), "金额合计")
    c.same(cn, succ, "调解成功件数", "件", "件")
    conv, rest = one(t, r"个案补贴折合([\d.]+)万元，“以案定补”项目其余([\d.]+)万元")
    c.same(camt, conv, "合计元 vs 折合万元", "元", "万元")
    # projects table
    prj = re.findall(r"(?m)^(\d) \| ([^|\n]+?) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+%) \| ([\d.]+) \| (优|良|中|差)$", t)
    if len(prj) != 3:
        raise ParseError("pengxi projects")
    for _, name, bud, exe, rt, sc, gr in prj:
        c.rate(rt, exe, bud, f"{name} 执行率")
        c.grade(gr, sc, f"{name} 等级")
        c.ok("score_exceeds_weight", D(0) <= num(sc) <= 100, f"{name} 得分")
    sb, se, sr, avg = one(t, r"\n合计/平均 \| — \| ([\d.]+) \| ([\d.]+) \| ([\d.]+%) \| ([\d.]+) \| —\n")
    c.equal("sum_mismatch", sb, sum(num(x[2]) for x in prj), "项目预算合计")
    c.equal("sum_mismatch", se, sum(num(x[3]) for x in prj), "项目执行合计")
    c.rate(sr, se, sb, "项目合计执行率")
    c.equal("average_mismatch", avg, sum(num(x[5]) for x in prj) / 3, "平均得分")
    c.same(sb, p1, "项目预算 table vs text")
    c.same(se, psp, "项目执行 table vs text")
    c.same(sr.rstrip("%"), prate.rstrip("%"), "项目执行率 table vs text", "%", "%")
    c.equal("sum_mismatch", prj[0][3], num(conv) + num(rest), "以案定补项目执行 = 个案补贴 + 其余")
    c.ok("conflicting_values", all(num(x[5]) >= 90 for x in prj), "均在90分以上")
    # 部门整体自评表
    ew, iw = one(t, r"按预算执行(\d+)分、绩效指标(\d+)分设置")
    names = ["部门预算执行率", "人民调解案件受理数", "法律援助案件办结数", "社区矫正对象再犯罪率", "法律援助案件指派及时率",
             "人民调解成功率", "村（社区）公共法律服务工作室覆盖率", "法律服务对象满意度"]
    rows = []
    for nm in names:
        g = one(t, r"\| " + re.escape(nm) + r" \| ([^|\n]*) \| ([^|\n]*) \| ([^|\n]*) \| ([^|\n]*) \| ([^|\n]*)\n")
        rows.append({"name": nm, "target": g[0].strip(), "actual": g[1].strip(), "completion": g[2].strip(),
                     "weight": g[3].strip(), "score": g[4].strip(),
                     "level1": "exec" if nm == "部门预算执行率" else "ind"})
    wt, total = one(t, r"\n合计 \| \| \| \| \| \| (\d+) \| ([\d.]+)\n")
    indicator_checks(c, rows, total, weight_total=wt, level_weights={"exec": ew, "ind": iw})
    b = {r["name"]: r for r in rows}
    c.rate(b["部门预算执行率"]["actual"], spent, annual, "表 部门预算执行率")
    c.same(b["人民调解案件受理数"]["actual"].rstrip("件"), recv, "受理数", "件", "件")
    c.same(b["法律援助案件办结数"]["actual"].rstrip("件"), la, "法援办结", "件", "件")
    c.same(b["人民调解成功率"]["actual"].rstrip("%"), srate.rstrip("%"), "成功率", "%", "%")
    score_text, grade = one(t, r"部门整体支出绩效得分([\d.]+)分，等级为(优秀|良好|优|良|中|差)")
    c.same(score_text, total, "总分 text vs 表")
    c.grade(grade, score_text, "部门 grade")
    return c


CHECKERS = {
    "ha-jiaxian-yianbuding-2018": check_jiaxian,
    "sx-jishan-tiaojiebutie-2020": check_jishan,
    "hn-lengshuijiang-renmintiaojie-2021": check_lengshuijiang,
    "gz-meitan-maodunhuajie-2023": check_meitan,
    "sc-pengxi-sifaju-bumen-2024": check_pengxi,
}


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(b) - j   # region in b


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    counts = {k: 0 for k in CODES}
    clean_text = {}
    for lab in labels:
        if lab["clean"]:
            clean_text[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        try:
            res = CHECKERS[src](text)
        except ParseError as e:
            problems.append(f"{lab['case']}: parse error {e}")
            continue
        failed = sorted(set(code for code, _ in res.fails))
        if lab["clean"]:
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{lab['case']}: length {n} outside 2800–3400")
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if failed:
                problems.append(f"{lab['case']}: clean draft fails {res.fails}")
            print(f"{lab['case']:45s} {res.n:3d} checks, all pass")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{lab['case']}: bad code/severity {code}/{exp['severity']}")
        counts[code] = counts.get(code, 0) + 1
        occ = text.count(value)
        if occ != 1:
            problems.append(f"{lab['case']}: value {value!r} occurs {occ} times")
        else:
            s = text.index(value)
            e = s + len(value)
            ds, de = diff_region(clean_text[src], text)
            if de <= ds:
                problems.append(f"{lab['case']}: no difference from clean")
            elif not (s < de and ds < e):
                problems.append(f"{lab['case']}: diff [{ds},{de}) does not overlap value [{s},{e})")
        if failed != [code]:
            problems.append(f"{lab['case']}: labelled {code}, failing codes {failed}: {res.fails}")
        print(f"{lab['case']:45s} {res.n:3d} checks, fails {failed}")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
