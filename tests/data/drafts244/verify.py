#!/usr/bin/env python3
"""Verify drafts244.

1. every label value occurs in its case;
2. every error case differs from its clean draft in exactly one place;
3. the arithmetic of every clean draft is redone (tables and prose) and must hold;
4. the same checks run on each error case must fail, and fail with the labelled code.
Prints OK at the end when everything holds.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
N = r"(\d+(?:\.\d+)?)"
TINY = D("1e-9")


# ---------------------------------------------------------------- numbers
def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """stated (string as written) agrees with computed within half a unit of its last digit."""
    v = D(stated.strip().rstrip("%"))
    return abs(v - D(computed)) <= D("0.5") * D(10) ** -places(stated) + TINY


def num(s):
    s = (s or "").strip()
    return D(s) if re.fullmatch(r"-?\d+(?:\.\d+)?", s) else None


def pct(s):
    s = (s or "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%?", s)
    return D(m.group(1)) if m else None


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORMAL = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
                "合格": "中", "一般": "中", "差": "差", "较差": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.fail = []  # (code, message)

    def bad(self, code, msg):
        self.fail.append((code, msg))

    def need(self, cond, code, msg):
        if not cond:
            self.bad(code, msg)

    def all(self, pattern):
        return re.findall(pattern, self.t)

    def one(self, pattern):
        m = re.search(pattern, self.t)
        if not m:
            raise AssertionError(f"pattern not found: {pattern}")
        return m.groups() if len(m.groups()) > 1 else m.group(1)

    def same(self, values, code, what):
        vals = [D(v) for v in values]
        self.need(len(vals) >= 2, "setup", f"{what}: fewer than two mentions")
        self.need(len(set(vals)) == 1, code, f"{what}: mentions differ {values}")

    # ------------------------------------------------------------ tables
    def tables(self):
        heads = ("项目", "序号", "一级指标", "项目资金（万元）", "年度总体目标", "项目名称", "主管部门")
        out, cur = [], None
        for line in self.t.split("\n"):
            if "｜" not in line:
                cur = None
                continue
            cells = [c.strip() for c in line.split("｜")]
            if cur is None or cells[0] in heads:
                cur = {"head": cells, "rows": []}
                out.append(cur)
            else:
                cur["rows"].append(cells)
        return out

    @staticmethod
    def col(head, *names):
        for n in names:
            if n in head:
                return head.index(n)
        return None

    def indicator_tables(self, stated_total=None, total_required=True):
        """weights, scores, completion, units over every table holding 分值/权重 and 得分."""
        wsum, ssum, total_cells = D(0), D(0), []
        for tb in self.tables():
            h = tb["head"]
            wi, si = self.col(h, "分值", "权重"), self.col(h, "得分", "指标得分")
            if wi is None or si is None:
                continue
            ti = self.col(h, "年度指标值", "目标值")
            ai = self.col(h, "实际完成值", "业绩值")
            ci = self.col(h, "完成率")
            ri = self.col(h, "执行率")
            for r in tb["rows"]:
                if len(r) <= max(wi, si):
                    continue
                w, s = num(r[wi]), num(r[si])
                if r[0] in ("总分", "合计"):
                    self.need(w == 100, "weight_sum_mismatch", f"total row weight {r[wi]}")
                    total_cells.append(r[si])
                    continue
                if w is None or s is None:
                    continue
                wsum += w
                ssum += s
                self.need(D(0) <= s <= w, "score_exceeds_weight", f"{r[:3]} score {s} weight {w}")
                # funds row of the MOF block: score = weight x min(rate, 100%)
                if ri is not None and pct(r[ri]) is not None:
                    rate = min(pct(r[ri]), D(100))
                    self.need(ok(r[si], w * rate / 100), "score_rule", f"execution score {r[si]}")
                    continue
                if ti is None or ai is None:
                    continue
                tv, av = self.parse(r[ti]), self.parse(r[ai])
                if tv and av:
                    (dirn, T, tu), (_, A, au) = tv, av
                    if "年" in tu or "年" in au:
                        if not ("年" in tu and "年" in au):
                            self.bad("unit_mismatch", f"{r[2]}: date vs {r[ai]}")
                        continue
                    if tu != au:
                        self.bad("unit_mismatch", f"{r[2]}: target {r[ti]} actual {r[ai]}")
                        continue
                    if au == "%" and A > 100:
                        self.bad("implausible_rate", f"{r[2]}: {r[ai]}")
                    if dirn == "lte":
                        comp = D(100) if A <= T else T / A * 100
                    elif T == 0:
                        comp = D(100) if A == 0 else D(0)
                    else:
                        comp = A / T * 100
                    if ci is not None and pct(r[ci]) is not None:
                        self.need(ok(r[ci], comp), "completion_mismatch", f"{r[2]}: completion {r[ci]} vs {comp:.4f}")
                    self.need(ok(r[si], w * min(comp, D(100)) / 100), "score_rule",
                              f"{r[2]}: score {r[si]} vs {w * min(comp, D(100)) / 100}")
                elif tv and not av and r[ai] and re.search(r"\d", r[ai]):
                    self.bad("unit_mismatch", f"{r[2]}: unreadable actual {r[ai]}")
        self.need(wsum == 100, "weight_sum_mismatch", f"weights add to {wsum}")
        totals = total_cells + ([stated_total] if stated_total else [])
        self.need(not total_required or totals, "setup", "no total found")
        for tc in totals:
            self.need(ok(tc, ssum), "score_sum_mismatch", f"scores add to {ssum}, stated {tc}")
        return ssum, totals

    @staticmethod
    def parse(cell):
        m = re.fullmatch(r"(≥|≤|＞|＜|>=|<=)?\s*(\d+(?:\.\d+)?)\s*(.*)", cell.strip())
        if not m:
            return None
        sign, n, unit = m.groups()
        dirn = "gte" if sign in ("≥", "＞", ">=") else "lte" if sign in ("≤", "＜", "<=") else "eq"
        return dirn, D(n), unit.strip()

    def rate_table(self, total_label=None):
        """tables with 全年预算数 / 全年执行数 / 执行率 columns: rates, zero bases, components."""
        for tb in self.tables():
            h = tb["head"]
            bi = self.col(h, "全年预算数", "全年预算数（万元）")
            ei = self.col(h, "全年执行数", "全年执行数（万元）")
            ri = self.col(h, "执行率")
            if bi is None or ei is None or ri is None:
                continue
            rows = [r for r in tb["rows"] if len(r) > max(bi, ei, ri) and num(r[bi]) is not None]
            for r in rows:
                b, e, rate = num(r[bi]), num(r[ei]), r[ri]
                if b == 0:
                    self.need(rate in ("", "—", "0", "-"), "implausible_rate", f"{r[0]}: rate {rate} on zero base")
                    continue
                self.need(pct(rate) is not None and pct(rate) <= 100, "implausible_rate", f"{r[0]}: {rate}")
                if pct(rate) is not None:
                    self.need(ok(rate, e / b * 100), "rate_mismatch", f"{r[0]}: {rate} vs {e / b * 100:.4f}")
            # a total row equals the sum of the others, column by column
            tot = [r for r in rows if re.match(r"(年度资金总额|部门预算总额|合计)", r[0])]
            parts = [r for r in rows if r not in tot]
            for trow in tot:
                for ci in range(1, len(h)):
                    if ci == ri or self.col(h, "分值") == ci or self.col(h, "得分", "项目自评得分") == ci:
                        continue
                    vals = [num(p[ci]) for p in parts if len(p) > ci]
                    if num(trow[ci]) is None or any(v is None for v in vals):
                        continue
                    self.need(sum(vals) == num(trow[ci]), "sum_mismatch", f"{trow[0]} column {h[ci]}")

    def year_checks(self, year):
        for y in self.all(r"截至(\d{4})年12月31日"):
            self.need(int(y) == year, "year_mismatch", f"截至{y}年12月31日 in a {year} report")
        for y in self.all(r"结转至(\d{4})年"):
            self.need(int(y) > year, "year_mismatch", f"结转至{y}年 in a {year} report")

    def grade_check(self, total, grade):
        self.need(GRADE_NORMAL[grade] == grade_of(total), "grade_mismatch", f"{total} -> {grade}")


# ---------------------------------------------------------------- per draft
def yangcheng(c):
    t = c.t
    c.year_checks(2021)
    tot, gr = c.one(r"总得分" + N + r"分，属于“(..)”")
    c.indicator_tables(stated_total=tot)
    c.grade_check(tot, gr)
    # Shanxi funds table with 行次 and printed formulas
    tb = [x for x in c.tables() if "行次" in x["head"]][0]
    rows = {r[1]: r for r in tb["rows"]}
    v = lambda key, j: num(rows[key][j]) if num(rows[key][j]) is not None else D(0)
    for j in range(2, 10):
        for key in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
            if j == 2:
                c.need(v(key, 2) == v(key, 3) + v(key, 8) + v(key, 9), "sum_mismatch", f"{key} total")
            if j == 3:
                c.need(v(key, 3) == sum(v(key, k) for k in (4, 5, 6, 7)), "sum_mismatch", f"{key} 小计")
        c.need(v("(5)=(3)-(4)", j) == v("(3)", j) - v("(4)", j), "balance_mismatch", f"(5) column {j}")
        for key, numr in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
            cell = rows[key][j]
            if v("(2)", j) == 0:
                c.need(cell in ("", "0", "—"), "implausible_rate", f"{key} column {j} on zero base")
            else:
                code = "rate_mismatch"
                c.need(pct(cell) is not None and ok(cell, v(numr, j) / v("(2)", j) * 100), code, f"{key} col {j}: {cell}")
                c.need(pct(cell) is not None and pct(cell) <= 100, "implausible_rate", f"{key} col {j}")
    annual, received, spent = v("(2)", 2), v("(3)", 2), v("(4)", 2)
    # prose
    ent = [int(x) for x in c.one(r"共有危险化学品企业(\d+)家，其中生产企业(\d+)家、带储存经营企业(\d+)家、加油（气）站(\d+)家")]
    c.need(ent[0] == sum(ent[1:]), "sum_mismatch", f"enterprises {ent}")
    a = c.one(r"年初预算" + N + r"万元，其中市级专项补助" + N + r"万元、县级配套" + N + r"万元")
    c.need(D(a[0]) == D(a[1]) + D(a[2]), "sum_mismatch", "initial budget split")
    c.need(D(a[0]) == v("(1)", 2), "conflicting_values", "initial budget text vs table")
    add, ann = c.one(r"追加县级资金" + N + r"万元，全年预算调整为" + N + r"万元")
    c.need(D(a[0]) + D(add) == D(ann), "sum_mismatch", "initial + 追加 = annual")
    c.same(c.all(r"全年预算(?:资金|调整为)" + N + r"万元") + [str(annual)], "conflicting_values", "annual budget")
    c.same(c.all(r"(?:实际支出|执行)" + N + r"万元") + [str(spent)], "conflicting_values", "spent")
    for r in c.all(r"执行率" + N + r"%"):
        c.need(ok(r, spent / annual * 100), "rate_mismatch", f"prose rate {r}")
    c.need("到位率100%" in t and received == annual, "rate_mismatch", "到位率100%")
    for b in c.all(r"结余(?:的)?" + N + r"万元"):
        c.need(D(b) == received - spent, "balance_mismatch", f"prose balance {b}")
    n, std, fee = c.one(r"参与检查(\d+)人次，专家劳务费按(\d+)元/人·天的标准支付，共" + N + r"万元")
    c.need(D(n) * D(std) / 10000 == D(fee), "sum_mismatch", "expert fee")
    g, done, rr = c.one(r"排查一般隐患(\d+)项，按期整改(\d+)项，按期整改率" + N + "%")
    c.need(ok(rr, D(done) / D(g) * 100), "rate_mismatch", "按期整改率")
    c.need(f"｜{rr}%｜" in t, "conflicting_values", "按期整改率 text vs table")


def longquan(c):
    t = c.t
    c.year_checks(2023)
    ssum, totals = c.indicator_tables()
    c.need(len(totals) == 1, "setup", "one total")
    c.grade_check(totals[0], c.one(r"综合评定等级为“(.)”"))
    c.rate_table()
    ini, add, carry, ann = c.one(r"年初预算" + N + r"万元.*?追加" + N + r"万元.*?上年结转资金" + N + r"万元.*?全年预算" + N + "万元")
    c.need(D(ini) + D(add) + D(carry) == D(ann), "sum_mismatch", "budget build-up")
    spent, rate, bal = c.one(r"全年实际支出" + N + r"万元，预算执行率" + N + r"%，结余" + N + "万元")
    c.need("资金全部到位" in t, "setup", "received = annual")
    c.need(ok(rate, D(spent) / D(ann) * 100), "rate_mismatch", "prose rate")
    c.need(D(bal) == D(ann) - D(spent), "balance_mismatch", f"balance {bal}")
    row = c.one(r"年度资金总额｜" + N + "｜" + N + "｜" + N + "｜")
    c.need(row == (ini, ann, spent), "conflicting_values", f"funds row {row}")
    c.need(f"｜{rate}%｜" in t, "conflicting_values", "rate text vs table")
    c.need(c.one(r"预算执行率得分" + N + "分") == c.one(r"年度资金总额｜[^\n]*｜" + N + r"\n"), "conflicting_values", "exec score")
    # training figures
    periods = c.one(r"举办集中培训班(\d+)期，培训")
    people, avg = c.one(r"培训(\d+)人次，平均每期(\d+)人次")
    c.need(ok(avg, D(people) / D(periods)), "average_mismatch", f"average {avg}")
    hi, lo = c.one(r"安全管理人员(\d+)人次，竹木加工等工贸企业(\d+)人次")
    c.need(int(hi) + int(lo) == int(people), "sum_mismatch", "人次 split")
    c.same(c.all(r"培训(\d+)人次") + c.all(r"｜≥1200人次｜(\d+)人次"), "conflicting_values", "培训人次")
    c.same(c.all(r"培训班(\d+)期") + c.all(r"｜≥12期｜(\d+)期"), "conflicting_values", "期数")
    comp = c.one(r"完成目标值的" + N + "%")
    act, tgt = c.one(r"培训考核合格率" + N + r"%，比年度目标低"), c.one(r"培训考核合格率不低于" + N + "%")
    c.need(ok(comp, D(act) / D(tgt) * 100), "completion_mismatch", "合格率 completion")
    c.need(D(c.one(r"比年度目标低" + N + "个百分点")) == D(tgt) - D(act), "sum_mismatch", "percentage points")
    c.same(c.all(r"满意度(?:为)?" + N + "%"), "conflicting_values", "satisfaction")
    c.same(c.all(r"合格率" + N + "%"), "conflicting_values", "pass rate")


def kaiyang(c):
    c.year_checks(2022)
    ini = c.one(r"年初预算安排" + N + "万元")
    prov = c.one(r"专项资金" + N + r"万元于2021年12月提前下达")
    ann, rec, rrate = c.one(r"全年预算合计" + N + r"万元，实际到位" + N + r"万元，资金到位率" + N + "%")
    c.need(D(ini) + D(prov) == D(ann), "sum_mismatch", "budget sources")
    c.need(ok(rrate, D(rec) / D(ann) * 100), "rate_mismatch", "到位率")
    c.need(D(c.one(r"专项资金" + N + r"万元的使用情况")) == D(ann), "conflicting_values", "opening amount")
    spent, rate = c.one(r"累计支出" + N + r"万元，预算执行率" + N + "%")
    c.need(ok(rate, D(spent) / D(ann) * 100), "rate_mismatch", f"rate {rate}")
    parts = c.all(r"(?:服务费|运维费|复核费|宣传培训费|检测费)" + N + "万元")
    c.need(len(parts) == 5 and sum(D(p) for p in parts) == D(spent), "sum_mismatch", f"parts {parts}")
    c.need(D(c.one(r"未支出的" + N + "万元")) == D(rec) - D(spent), "balance_mismatch", "unspent")
    n, comp = c.one(r"排查企业(\d+)家，完成率" + N + "%")
    c.need(ok(comp, D(n) / D(c.one(r"排查企业不少于(\d+)家")) * 100), "completion_mismatch", "排查企业")
    k = [int(x) for x in c.one(r"危险化学品企业(\d+)家、非煤矿山(\d+)家、建材及其他工贸企业(\d+)家")]
    c.need(sum(k) == int(n), "sum_mismatch", "by industry")
    e, ecomp = c.one(r"排查重点企业(\d+)家次，完成年度目标的" + N + "%")
    etgt = c.one(r"排查不少于(\d+)家次")
    c.need(ok(ecomp, D(e) / D(etgt) * 100), "completion_mismatch", "专家排查")
    c.need(int(c.one(r"差额(\d+)家次")) == int(etgt) - int(e), "sum_mismatch", "差额")
    g, fixed, fr = c.one(r"一般隐患(\d+)项，已整改(\d+)项，整改率" + N + "%")
    c.need(ok(fr, D(fixed) / D(g) * 100), "rate_mismatch", "整改率")
    c.need(ok(c.one(r"平均每家企业排查一般隐患" + N + "项"), D(g) / D(n)), "average_mismatch", "average")
    # scores, all in prose
    s_exec = c.one(r"预算执行率（10分）得" + N + "分")
    c.need(ok(s_exec, D(10) * min(D(spent) / D(ann), D(1))), "score_rule", "execution score")
    s_out = c.one(r"产出指标（50分）得" + N + "分")
    s_exp = c.one(r"该项得" + N + r"分（满分10分）")
    c.need(ok(s_exp, D(10) * D(e) / D(etgt)), "score_rule", "expert score")
    c.need(D(s_out) == 40 + D(s_exp), "score_sum_mismatch", "产出 block")
    s_ben = c.one(r"效益指标（30分）得" + N + "分")
    c.need(D(s_ben) == 30 - D(c.one(r"可持续影响指标扣" + N + "分")), "score_sum_mismatch", "效益 block")
    s_sat = c.one(r"满意度指标（10分）得" + N + "分")
    total, gr = c.one(r"自评总分" + N + r"分，自评等级为“(.)”")
    c.need(D(s_exec) + D(s_out) + D(s_ben) + D(s_sat) == D(total), "score_sum_mismatch", "total")
    c.grade_check(total, gr)
    c.need(D(c.one(r"满意度为" + N + "%")) <= 100, "implausible_rate", "satisfaction")


def liuhe(c):
    t = c.t
    c.year_checks(2019)
    ssum, totals = c.indicator_tables()
    tot, gr = c.one(r"本项目得分" + N + r"分，等级为“(.)”")
    c.need(ok(tot, ssum), "score_sum_mismatch", "prose total")
    c.same(totals + [tot], "conflicting_values", "total")
    c.grade_check(tot, gr)
    c.rate_table()
    ini = c.one(r"项目年初预算" + N + "万元")
    prov, ann = c.one(r"补助资金" + N + r"万元，全年预算调整为" + N + "万元")
    c.need(D(ini) + D(prov) == D(ann), "sum_mismatch", "budget")
    spent, rate = c.one(r"实际支出" + N + r"万元，预算执行率" + N + "%")
    c.need(ok(rate, D(spent) / D(ann) * 100), "rate_mismatch", "prose rate")
    c.need(D(c.one(r"结余" + N + "万元")) == D(ann) - D(spent), "balance_mismatch", "balance")
    c.need(c.one(r"年度资金总额｜" + N + "｜" + N + "｜" + N + "｜") == (ini, ann, spent), "conflicting_values", "funds row")
    c.same(c.all(r"采购总成本" + N + "万元") + c.all(r"｜≤58万元｜" + N + "万元") + [spent], "conflicting_values", "cost")
    # equipment list
    tb = [x for x in c.tables() if "装备名称" in x["head"]][0]
    items = [r for r in tb["rows"] if r[0].isdigit()]
    totrow = [r for r in tb["rows"] if r[0] == "合计"][0]
    c.need(sum(int(r[2]) for r in items) == int(totrow[2]), "sum_mismatch", "quantity")
    c.need(sum(D(r[3]) for r in items) == D(totrow[3]), "sum_mismatch", f"amounts {sum(D(r[3]) for r in items)} vs {totrow[3]}")
    c.need(D(totrow[3]) == D(spent), "conflicting_values", "list total vs spent")
    c.same(c.all(r"执法装备(\d+)台（套）") + [totrow[2]], "conflicting_values", "equipment count")
    rec = [r for r in items if r[1] == "执法记录仪"][0]
    qty = c.one(r"执法记录仪(\d+)台，合同金额")
    amt, unit = c.one(r"合同金额(\d+)(万元|元)")
    amt_wan = D(amt) / 10000 if unit == "元" else D(amt)
    if amt_wan != D(rec[3]):
        c.bad("unit_mismatch" if amt_wan in (D(rec[3]) * 10000, D(rec[3]) / 10000) else "conflicting_values",
              f"contract {amt}{unit} vs table {rec[3]}万元")
    c.need(int(qty) == int(rec[2]), "conflicting_values", "recorder count")
    price = c.one(r"平均每台(\d+)元")
    c.need(ok(price, D(rec[3]) * 10000 / D(rec[2])), "average_mismatch", f"average {price}")
    row = [r for tb2 in c.tables() for r in tb2["rows"] if len(r) > 6 and r[2] == "采购完成时间"][0]
    c.need(D(c.one(r"时效指标扣(\d+)分")) == D(row[5]) - D(row[6]), "score_sum_mismatch", "时效 deduction")


def dushanzi(c):
    t = c.t
    c.year_checks(2024)
    tot, gr = c.one(r"综合得分" + N + r"分，自评等级为“(.)”")
    c.indicator_tables(stated_total=tot)
    c.grade_check(tot, gr)
    c.rate_table()
    ini, add, ann, spent0 = c.one(r"年初预算" + N + r"万元，年中追加项目支出" + N + r"万元，全年预算" + N + r"万元；全年部门决算支出" + N + "万元")
    c.need(D(ini) + D(add) == D(ann), "sum_mismatch", "budget build-up")
    ann2, basic, proj = c.one(r"全年预算" + N + r"万元，其中基本支出" + N + r"万元、项目支出" + N + "万元")
    c.need(D(basic) + D(proj) == D(ann2), "sum_mismatch", "basic + project")
    spent, rate = c.one(r"全年执行" + N + r"万元，预算执行率" + N + "%")
    c.need(ok(rate, D(spent) / D(ann2) * 100), "rate_mismatch", "prose rate")
    c.same([ann, ann2] + list(c.one(r"部门预算总额｜" + N + "｜" + N + "｜")[1:]), "conflicting_values", "annual budget")
    c.same([spent0, spent, c.one(r"部门预算总额｜[^｜]*｜[^｜]*｜" + N + "｜")], "conflicting_values", "spent")
    c.need(D(c.one(r"项目支出｜" + N + "｜")) + D(add) == D(proj), "sum_mismatch", "project initial + 追加")
    bsp, brate = c.one(r"基本支出执行" + N + r"万元，执行率" + N + "%")
    c.need(ok(brate, D(bsp) / D(basic) * 100), "rate_mismatch", "basic rate")
    psp, prate = c.one(r"项目支出执行" + N + r"万元，执行率" + N + "%")
    c.need(ok(prate, D(psp) / D(proj) * 100), "rate_mismatch", "project rate")
    c.need(D(bsp) + D(psp) == D(spent), "sum_mismatch", "spent split")
    c.need(D(c.one(r"未执行的" + N + "万元")) == D(proj) - D(psp), "balance_mismatch", "unexecuted")
    ptab = [x for x in c.tables() if "项目自评得分" in x["head"]][0]
    eq = [r for r in ptab["rows"] if len(r) > 3 and r[1] == "执法装备购置"][0]
    c.need(D(c.one(r"执法装备购置项目" + N + "万元")) == D(eq[2]) - D(eq[3]), "balance_mismatch", "equipment unexecuted")
    scores = [D(r[5]) for r in ptab["rows"] if r[0].isdigit()]
    avg = c.one(r"(\d+)个项目平均自评得分" + N + "分")
    c.need(int(avg[0]) == len(scores), "conflicting_values", "project count")
    c.need(ok(avg[1], sum(scores) / len(scores)), "average_mismatch", "average score")
    n, a, b = c.one(r"执法检查(\d+)家次，其中石化园区企业(\d+)家次、其他工贸企业(\d+)家次")
    c.need(int(n) == int(a) + int(b), "sum_mismatch", "inspections")
    c.same([n] + c.all(r"｜≥420家次｜(\d+)家次"), "conflicting_values", "inspections")
    c.same(c.all(r"专家指导(\d+)家次") + c.all(r"｜≥36家次｜(\d+)家次"), "conflicting_values", "expert visits")
    c.same(c.all(r"“三公”经费支出" + N + "万元") + c.all(r"｜≤6.80万元｜" + N + "万元"), "conflicting_values", "三公")


DRAFTS = {
    "yangcheng-weihuajiancha-2021": yangcheng,
    "longquan-anquanpeixun-2023": longquan,
    "kaiyang-yinhuanzhili-2022": kaiyang,
    "liuhe-zhifazhuangbei-2019": liuhe,
    "dushanzi-yjjdept-2024": dushanzi,
}


def run(src, text):
    c = Checker(text)
    try:
        DRAFTS[src](c)
    except (AssertionError, IndexError, KeyError, ValueError, ArithmeticError) as exc:
        c.bad("setup", f"{type(exc).__name__}: {exc}")
    return c.fail


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    listed = set(os.listdir(CASES))
    if listed != set(texts):
        problems.append(f"case files and labels differ: {sorted(listed ^ set(texts))}")
    codes = {}
    for r in labels:
        text = texts[r["case"]]
        if not 3000 <= len(text) <= 9000:
            problems.append(f"{r['case']}: length {len(text)}")
        for e in r["expected"]:
            if e["value"] not in text:
                problems.append(f"{r['case']}: value not found {e['value']!r}")
            codes[e["code"]] = codes.get(e["code"], 0) + 1
        fails = run(r["source"], text)
        hard = [f for f in fails if f[0] not in ("score_rule",)]
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expectations")
            if fails:
                problems.append(f"{r['case']}: clean draft fails {fails}")
            continue
        clean = texts[f"{r['source']}-clean.txt"]
        # one place: strip the common prefix and suffix; what is left must be one short stretch of one line
        pre = 0
        while pre < min(len(clean), len(text)) and clean[pre] == text[pre]:
            pre += 1
        suf = 0
        while suf < min(len(clean), len(text)) - pre and clean[-1 - suf] == text[-1 - suf]:
            suf += 1
        old_part, new_part = clean[pre:len(clean) - suf], text[pre:len(text) - suf]
        if not (old_part or new_part) or len(old_part) > 12 or len(new_part) > 12 \
                or "\n" in old_part + new_part:
            problems.append(f"{r['case']}: changed stretch {old_part!r} -> {new_part!r} is not one small place")
        sm = difflib.SequenceMatcher(None, clean, text, autojunk=False)
        ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
        if ops and (ops[-1][2] - ops[0][1] > 12):
            problems.append(f"{r['case']}: changes spread over {ops[-1][2] - ops[0][1]} characters")
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected must hold one error")
        want = r["expected"][0]["code"]
        if not any(f[0] == want for f in hard):
            problems.append(f"{r['case']}: recomputation does not show {want}; got {hard}")
        print(f"{r['case']:40s} {want:22s} <- {sorted(set(f[0] for f in hard))}")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in required:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} occurs {codes.get(code, 0)} times")
    if len(labels) != 35:
        problems.append(f"{len(labels)} labels, expected 35")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
