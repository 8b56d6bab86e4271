#!/usr/bin/env python3
"""Verify drafts274.

1. labels.jsonl names every case file; every label value occurs in its case;
2. every error case differs from its clean draft in one place (one block of consecutive lines),
   and that place overlaps an occurrence of the label value;
3. redoes the arithmetic of every clean draft (tables parsed generically, prose by the
   sentences of each draft): rates, sums, balances, weights, scores, completion, grade,
   averages, repeated figures, years;
4. each of the 13 codes of errors.md §A occurs at least twice; clean drafts are 3,000–9,000 chars.
Prints OK at the end when everything holds.
"""
import difflib
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

D = Decimal


def num(s):
    return D(s.replace(",", "").replace("%", ""))


def decimals(s):
    s = s.replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok_stated(stated, computed):
    """rules.md §8: stated value with d decimals matches computed within 0.5*10^-d."""
    d = decimals(stated)
    return abs(D(computed) - num(stated)) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Checker:
    def __init__(self, name, text):
        self.name, self.text, self.fails = name, text, []

    def chk(self, cond, msg):
        if not cond:
            self.fails.append(msg)

    def one(self, pattern):
        """The groups of the single match of pattern (must match exactly once)."""
        found = re.findall(pattern, self.text)
        if len(found) != 1:
            raise AssertionError(f"pattern matched {len(found)} times: {pattern}")
        g = found[0]
        return g if isinstance(g, tuple) else (g,)

    # ---------- generic tables ----------
    def table_rows(self, first_cell_prefixes):
        """First line whose first cell equals each name."""
        rows = {}
        for line in self.text.split("\n"):
            cells = line.split("｜")
            for p in first_cell_prefixes:
                if cells[0] == p and p not in rows:
                    rows[p] = cells
        return rows

    def funds_table(self):
        """MOF funds block: 年度资金总额 and its 其中 rows. Returns (weight, score) or None."""
        rows = self.table_rows(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"])
        if "年度资金总额" not in rows:
            return None
        tot = rows["年度资金总额"]
        comps = [rows[k] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
        for col, label in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
            s = sum(num(c[col]) for c in comps)
            self.chk(s == num(tot[col]), f"funds {label}: components {s} != total {tot[col]}")
        for r in [tot] + comps:
            budget, spent = num(r[2]), num(r[3])
            self.chk(spent <= budget, f"funds {r[0]}: spent above budget")
            if budget == 0:
                self.chk(r[5] in ("—", "0", "0%", "0.00%"), f"funds {r[0]}: rate on zero base {r[5]}")
            elif r[5] != "—":
                self.chk(ok_stated(r[5], spent / budget * 100), f"funds {r[0]}: rate {r[5]} vs {spent / budget * 100}")
        w = num(tot[4])
        rate = num(tot[3]) / num(tot[2])
        score = tot[6]
        self.chk(ok_stated(score, w * min(rate, D(1))) or ok_stated(score, w * num(tot[5]) / 100),
                 f"funds score {score}")
        return w, num(score)

    def indicator_table(self, extra_weight=D(0), extra_score=D(0)):
        lines = self.text.split("\n")
        hi = [i for i, l in enumerate(lines) if l.startswith("一级指标｜") and "｜分值｜得分" in l]
        assert len(hi) == 1, "one indicator table header"
        head = lines[hi[0]].split("｜")
        ix = {k: head.index(k) for k in ("年度指标值", "实际完成值", "分值", "得分")}
        ic = head.index("完成率") if "完成率" in head else None
        wsum, ssum, total_row = extra_weight, extra_score, None
        for l in lines[hi[0] + 1:]:
            cells = l.split("｜")
            if cells[0] in ("合计", "总分"):
                total_row = cells
                break
            t, a, w, s = cells[ix["年度指标值"]], cells[ix["实际完成值"]], num(cells[ix["分值"]]), num(cells[ix["得分"]])
            wsum += w
            ssum += s
            self.chk(0 <= s <= w, f"row {cells[2]}: score {s} outside [0, {w}]")
            mt = re.fullmatch(r"(≥|≤)?([\d.]+)(.*)", t)
            ma = re.fullmatch(r"([\d.]+)(.*)", a)
            if mt and ma:
                self.chk(mt.group(3) == ma.group(2), f"row {cells[2]}: unit {mt.group(3)} vs {ma.group(2)}")
                T, A, sign = D(mt.group(2)), D(ma.group(1)), mt.group(1)
                if sign == "≤":
                    comp = D(100) if A <= T else T / A * 100
                else:
                    comp = A / T * 100
                expect = w * min(comp / 100, D(1))
                self.chk(r2(expect) == s, f"row {cells[2]}: score {s}, rule gives {r2(expect)}")
                if ic is not None:
                    self.chk(ok_stated(cells[ic], comp), f"row {cells[2]}: completion {cells[ic]} vs {comp}")
            else:
                self.chk(not mt and not ma, f"row {cells[2]}: quantitative/qualitative mix {t} / {a}")
                lo, hi_ = (D("0.6"), D("0.8")) if "部分" in a else (D("0.8"), D("1.0001"))
                self.chk(lo * w <= s < hi_ * w, f"row {cells[2]}: qualitative score {s} outside band")
        assert total_row is not None, "total row"
        tw, ts = num(total_row[ix["分值"]]), num(total_row[ix["得分"]])
        self.chk(wsum == 100 and tw == 100, f"weights sum {wsum}, stated {tw}")
        self.chk(ssum == ts, f"scores sum {ssum}, stated {ts}")
        return ts

    def grade(self, total, pattern):
        g = self.one(pattern)
        score, label = num(g[0]), g[1]
        self.chk(score == D(total), f"text total {score} != table {total}")
        self.chk(grade_of(score) == label[0], f"grade {label} for {score}")


# ---------- per-draft prose arithmetic ----------

def check_luopu(c):
    t = c.text
    w, es = c.funds_table()
    total = c.indicator_table(w, es)
    c.grade(total, r"自评得分([\d.]+)分，评价等级为“(优|良|中|差)”")
    a, add, adj, co, full = map(num, c.one(r"年初预算安排([\d,.]+)万元.*?追加([\d,.]+)万元，当年财政拨款调整为([\d,.]+)万元；另有上年结转的双语教师培训资金([\d,.]+)万元，全年预算合计([\d,.]+)万元"))
    c.chk(a + add == adj and adj + co == full, "budget build-up")
    sp, p1, p2, p3, p4 = map(num, c.one(r"全年实际支出([\d,.]+)万元，其中保育教育费([\d,.]+)万元、伙食费补助([\d,.]+)万元、幼儿读本费([\d,.]+)万元、双语教师培训费([\d,.]+)万元"))
    c.chk(p1 + p2 + p3 + p4 == sp, "spending parts")
    c.chk(p4 == co, "training money = carry-over")
    bal, = map(num, c.one(r"未支出的([\d,.]+)万元"))
    c.chk(full - sp == bal, "balance")
    yr, = c.one(r"已按规定结转(\d{4})年")
    c.chk(yr == "2020", "carry-over year must follow 2019")
    kids, = map(num, c.one(r"在园幼儿([\d,]+)人。\n补助标准"))
    s1, per_day, days, s2, s3, s_all = map(num, c.one(r"保育教育费每生每年([\d,]+)元，伙食费每生每天(\d+)元（按每年在园(\d+)天计算，每生每年([\d,]+)元），幼儿读本费每生每年([\d,]+)元，合计每生每年([\d,]+)元"))
    c.chk(per_day * days == s2 and s1 + s2 + s3 == s_all, "per-child standards")
    c.chk(kids * s1 / 10000 == p1 and kids * s2 / 10000 == p2 and kids * s3 / 10000 == p3, "per-child x children = amounts")
    c.chk(kids * s_all / 10000 == num(c.table_rows(["其中：当年财政拨款"])["其中：当年财政拨款"][3]), "fiscal spending = children x 2100")
    tab = c.table_rows(["年度资金总额"])["年度资金总额"]
    c.chk(num(tab[1]) == a and num(tab[2]) == full and num(tab[3]) == sp, "table = text funds")
    n, tgt, rate = c.one(r"享受资助的农村在园幼儿([\d,]+)人，年度指标为不少于([\d,]+)人，完成率([\d.]+%)")
    c.chk(num(n) == kids and ok_stated(rate, num(n) / num(tgt) * 100), "children completion")
    trained, rate2, per = c.one(r"培训(\d+)人，完成率([\d.]+%)，人均培训费用([\d,.]+)元")
    c.chk(ok_stated(rate2, num(trained) / 600 * 100), "training completion")
    c.chk(ok_stated(per, p4 * 10000 / num(trained)), "per-trainee cost")
    v, rate3 = c.one(r"资金拨付及时率(\d+)%，低于95%的年度指标，完成率([\d.]+%)")
    c.chk(ok_stated(rate3, num(v) / 95 * 100), "timeliness completion")
    v, rate4 = c.one(r"达标率(\d+)%，年度指标85%，完成率([\d.]+%)")
    c.chk(ok_stated(rate4, num(v) / 85 * 100), "language completion")
    _, back, yes, sat = c.one(r"发放问卷([\d,]+)份，回收([\d,]+)份，表示满意的([\d,]+)份，满意度([\d.]+%)")
    c.chk(ok_stated(sat, num(yes) / num(back) * 100), "satisfaction")
    c.chk("｜≥90%｜" + sat + "｜" in t, "satisfaction text = table")
    c.chk("｜640人｜" in t and "｜16218人｜" in t, "table actuals = text")


def check_sajia(c):
    a, add, full = map(num, c.one(r"年初预算([\d.]+)万元.*?追加古籍修复配套资金([\d.]+)万元，全年预算调整为([\d.]+)万元"))
    c.chk(a + add == full, "budget build-up")
    rec, rrate = c.one(r"资金实际到位([\d.]+)万元，到位率(\d+%)")
    c.chk(ok_stated(rrate, num(rec) / full * 100), "到位率")
    u = list(map(num, c.one(r"普查登记及编目经费([\d.]+)万元、数字化扫描经费([\d.]+)万元、破损古籍修复经费([\d.]+)万元、培训及资料整理经费([\d.]+)万元")))
    c.chk(sum(u) == full, "budget by use")
    sp, er = c.one(r"全年累计支出([\d.]+)万元，预算执行率([\d.]+%)")
    sp = num(sp)
    c.chk(ok_stated(er, sp / full * 100), "execution rate")
    s = list(map(num, c.one(r"其中普查登记及编目支出([\d.]+)万元，数字化扫描支出([\d.]+)万元（含扫描设备购置和外包服务），古籍修复支出([\d.]+)万元，培训及资料整理支出([\d.]+)万元")))
    c.chk(sum(s) == sp and all(x <= y for x, y in zip(s, u)), "spending by use")
    bal, = map(num, c.one(r"年末结余([\d.]+)万元"))
    c.chk(num(rec) - sp == bal, "balance")
    c.chk(c.one(r"已按规定结转(\d{4})年")[0] == "2023", "carry-over year")
    b, sp2, er2, w0, s0 = c.one(r"全年预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+%)，该项分值(\d+)分，得([\d.]+)分")
    c.chk(num(b) == full and num(sp2) == sp and er2 == er, "execution paragraph = funds paragraph")
    c.chk(ok_stated(s0, num(w0) * sp / full), "execution score")
    wo, wq, wql, wb, wsoc, wsus, wsat, wex = map(num, c.one(r"产出指标(\d+)分（数量指标(\d+)分、质量指标(\d+)分）、效益指标(\d+)分（社会效益指标(\d+)分、可持续影响指标(\d+)分）、满意度指标(\d+)分，加上预算执行率(\d+)分，合计100分"))
    c.chk(wq + wql == wo and wsoc + wsus == wb and wo + wb + wsat + wex == 100 and wex == num(w0), "weights")
    rows = re.findall(r"年度指标(?:不少于|为修复验收合格率不低于)([\d,]+)(函|拍|叶|%)，(?:实际完成|实际修复|经自治区古籍保护中心验收，已修复古籍合格率)([\d,]+)(函|拍|叶|%)，(?:完成率([\d.]+%)，)?分值(\d+)分，得([\d.]+)分", c.text)
    c.chk(len(rows) == 4, f"four output rows, found {len(rows)}")
    qty_w = D(0)
    out_s = D(0)
    for T, ut, A, ua, comp, w, s in rows:
        c.chk(ut == ua, "output units")
        cr = num(A) / num(T) * 100
        if comp:
            c.chk(ok_stated(comp, cr), f"completion {comp} vs {cr}")
        c.chk(r2(num(w) * min(cr / 100, D(1))) == num(s), f"output score {s}")
        if ut != "%":
            qty_w += num(w)
        out_s += num(s)
    c.chk(qty_w == wq, "quantity weights = 数量指标")
    c.chk(out_s == num(c.one(r"产出指标合计得([\d.]+)分")[0]), "output subtotal")
    bw = re.findall(r"分值(\d+)分，得(\d+)分", c.text.split("（三）效益指标")[1].split("效益指标合计")[0])
    c.chk(sum(num(w) for w, _ in bw) == wb, "benefit weights")
    c.chk(sum(num(s) for _, s in bw) == num(c.one(r"效益指标合计得([\d.]+)分")[0]), "benefit subtotal")
    c.chk(num(bw[1][1]) >= D("0.6") * num(bw[1][0]) and num(bw[1][1]) < D("0.8") * num(bw[1][0]), "partly achieved band")
    q, back, yes, sat, tgt, w, s = c.one(r"发放问卷(\d+)份，收回(\d+)份，表示满意的(\d+)份，满意度(\d+%)，年度指标不低于(\d+)%，分值(\d+)分，得([\d.]+)分")
    c.chk(ok_stated(sat, num(yes) / num(back) * 100), "satisfaction")
    c.chk(r2(num(w) * min(num(sat) / num(tgt), D(1))) == num(s) and num(w) == wsat, "satisfaction score")
    e, o, bsum, sa, tot, label = c.one(r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，综合得分([\d.]+)分，评价等级为“(.)”")
    c.chk(num(e) == num(s0) and num(o) == out_s and num(sa) == num(s), "conclusion parts = body")
    c.chk(num(e) + num(o) + num(bsum) + num(sa) == num(tot), "total score")
    c.chk(grade_of(tot) == label, "grade")
    batches = list(map(num, c.one(r"分别完成([\d,]+)拍、([\d,]+)拍和([\d,]+)拍，平均每批次([\d,]+)拍")))
    c.chk(sum(batches[:3]) == num(c.one(r"实际完成([\d,]+)拍")[0]), "batches add to total")
    c.chk(ok_stated(str(batches[3]), sum(batches[:3]) / 3), "batch average")
    ov = c.one(r"2022年全年共普查登记古籍([\d,]+)函，完成数字化扫描([\d,]+)拍，修复破损古籍([\d,]+)叶，培养本地古籍修复人员(\d+)人")
    body = (c.one(r"实际完成([\d,]+)函")[0], c.one(r"实际完成([\d,]+)拍")[0], c.one(r"实际修复([\d,]+)叶")[0], c.one(r"培养本地修复人员(\d+)人")[0])
    c.chk(tuple(ov) == body, "overview figures = body figures")


def check_jinxiu(c):
    w, es = c.funds_table()
    total = c.indicator_table(w, es)
    c.grade(total, r"自评总分([\d.]+)分，评价等级为“(优|良|中|差)”")
    a, cen, reg, cty, add, adj, co, full = map(num, c.one(r"年初预算([\d.]+)万元，其中中央少数民族发展资金([\d.]+)万元（2022年12月提前下达）、自治区民族文化保护资金([\d.]+)万元、县本级资金([\d.]+)万元。年中县本级追加([\d.]+)万元，当年财政拨款调整为([\d.]+)万元，加上上年结转的口述史记录资金([\d.]+)万元，全年预算([\d.]+)万元"))
    c.chk(cen + reg + cty == a and a + add == adj and adj + co == full, "budget build-up")
    u = c.one(r"传承人补助([\d.]+)万元（(\d+)人，每人每年([\d,]+)元），传习所建设([\d.]+)万元（(\d+)个，每个(\d+)万元），盘王节活动经费([\d.]+)万元（占全年预算的([\d.]+%)），进校园培训经费([\d.]+)万元，口述史影像记录经费([\d.]+)万元")
    inh, n_inh, per_inh, hall, n_hall, per_hall, pw, share, sch, oral = u
    c.chk(num(n_inh) * num(per_inh) / 10000 == num(inh), "inheritor subsidy")
    c.chk(num(n_hall) * num(per_hall) == num(hall), "halls")
    c.chk(ok_stated(share, num(pw) / full * 100), "share of 盘王节")
    c.chk(num(inh) + num(hall) + num(pw) + num(sch) + num(oral) == full, "uses add to budget")
    sp, er = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)")
    sp = num(sp)
    c.chk(ok_stated(er, sp / full * 100), "execution rate")
    ob, op, opr = c.one(r"口述史影像记录经费([\d.]+)万元，当年支付([\d.]+)万元，支付率([\d.]+%)")
    c.chk(num(ob) == num(oral) and ok_stated(opr, num(op) / num(ob) * 100), "oral-history payment rate")
    c.chk(num(inh) + num(hall) + num(pw) + num(sch) + num(op) == sp, "spending parts")
    bal, yr = c.one(r"年末结余([\d.]+)万元，结转(\d{4})年")
    c.chk(full - sp == num(bal) and yr == "2024", "balance / carry-over year")
    tab = c.table_rows(["年度资金总额"])["年度资金总额"]
    c.chk(num(tab[2]) == full and num(tab[3]) == sp and tab[5] == er, "table = text funds")
    e, ind, tot = map(num, c.one(r"预算执行率得分([\d.]+)分，绩效指标得分([\d.]+)分，自评总分([\d.]+)分"))
    c.chk(e == es and e + ind == tot, "conclusion parts")
    q, back, yes, sat = c.one(r"发放问卷(\d+)份，回收(\d+)份，满意(\d+)份，满意度([\d.]+%)")
    c.chk(ok_stated(sat, num(yes) / num(back) * 100) and "｜" + sat + "｜" in c.text, "satisfaction")
    c.chk(c.one(r"完成剩余(\d+)小时")[0] == "8", "remaining hours 20-12")
    c.chk("｜46场次｜" in c.text and "全年开展进校园培训46场次" in c.text, "46 sessions text = table")
    c.chk("｜26800人次｜" in c.text and "26,800人次" in c.text, "visitors text = table")


def check_cangyuan(c):
    total = c.indicator_table()
    c.grade(total, r"自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    r = c.table_rows(["本年财政拨款收入", "上年结转", "收入总计", "本年支出合计", "年末结转和结余"])
    inc, co, tot_in, out, bal = (num(r[k][1]) for k in ("本年财政拨款收入", "上年结转", "收入总计", "本年支出合计", "年末结转和结余"))
    c.chk(inc + co == tot_in, "income total")
    c.chk(tot_in - out == bal, "balance")
    e = c.table_rows(["基本支出", "其中：人员经费", "公用经费", "项目支出", "合计"])
    for col in (1, 2, 3):
        c.chk(num(e["其中：人员经费"][col]) + num(e["公用经费"][col]) == num(e["基本支出"][col]), f"basic = staff + office, col {col}")
        c.chk(num(e["基本支出"][col]) + num(e["项目支出"][col]) == num(e["合计"][col]), f"total = basic + project, col {col}")
    for k, row in e.items():
        c.chk(ok_stated(row[4], num(row[3]) / num(row[2]) * 100), f"rate {k}")
    c.chk(num(e["合计"][2]) == tot_in and num(e["合计"][3]) == out, "execution table = income table")
    a, full, inc2, co2, sp, basic, proj = map(num, c.one(r"年初预算([\d.]+)万元，年中追加项目资金后全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转([\d.]+)万元。全年支出([\d.]+)万元，其中基本支出([\d.]+)万元.*?项目支出([\d.]+)万元"))
    c.chk(inc2 + co2 == full and basic + proj == sp, "text funds sums")
    c.chk((a, full, inc2, co2, sp, basic, proj) == (num(e["合计"][1]), tot_in, inc, co, out, num(e["基本支出"][3]), num(e["项目支出"][3])), "text = tables")
    pb = list(map(num, c.one(r"项目支出全年预算([\d.]+)万元，分别为：民族团结进步示范创建经费([\d.]+)万元、少数民族发展资金（民族特色村寨建设）([\d.]+)万元、佤族传统文化保护传承及节庆活动经费([\d.]+)万元、宗教活动场所维修补助([\d.]+)万元")))
    c.chk(sum(pb[1:]) == pb[0] and pb[0] == num(e["项目支出"][2]), "project budgets")
    v = list(map(num, c.one(r"实际支出分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元和([\d.]+)万元，平均每个村寨([\d.]+)万元")))
    c.chk(ok_stated(str(v[4]), sum(v[:4]) / 4) and sum(v[:4]) <= pb[2], "village average")
    rb, rs, rr = c.one(r"宗教活动场所维修补助([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+%)")
    c.chk(num(rb) == pb[4] and num(rs) <= num(rb) and ok_stated(rr, num(rs) / num(rb) * 100), "religious sites rate")
    n, a1, a2, a3 = map(num, c.one(r"全年实际命名(\d+)个，其中示范村（社区）(\d+)个、示范学校(\d+)所、机关企事业单位(\d+)个"))
    c.chk(a1 + a2 + a3 == n and f"｜≥20个｜{n}个｜" in c.text, "demonstration units")
    c.chk("全年开展民族政策宣传活动36场次" in c.text and "｜36场次｜" in c.text, "campaigns text = table")
    g3, h, car, ab, last, dec, pct = c.one(r"“三公”经费支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元，因公出国（境）费(\d+)元，较上年([\d.]+)万元减少([\d.]+)万元，下降([\d.]+%)")
    c.chk(num(h) + num(car) + num(ab) / 10000 == num(g3), "三公 parts")
    c.chk(num(last) - num(g3) == num(dec) and ok_stated(pct, num(dec) / num(last) * 100), "三公 decrease")
    c.chk(ok_stated(c.one(r"项目年内完工率(\d+%)")[0], D(3) / 4 * 100) and "｜75%｜" in c.text, "completion of works 3/4")
    c.chk(c.one(r"截至(\d{4})年12月31日")[0] == "2018", "status date year")
    c.chk(num(c.one(r"调整后预算比年初增加([\d.]+)万元")[0]) == full - a, "budget increase")
    q, back, yes, sat = c.one(r"发放问卷(\d+)份，收回(\d+)份，满意(\d+)份，满意度(\d+%)")
    c.chk(ok_stated(sat, num(yes) / num(back) * 100) and "｜" + sat + "｜10｜" in c.text, "satisfaction")
    c.chk("｜" + e["合计"][4] + "｜10｜" in c.text, "execution row = execution table")
    c.chk("｜9.3%｜" in c.text and "增长9.3%" in c.text, "income growth text = table")


def check_dongwu(c):
    w, es = c.funds_table()
    total = c.indicator_table(w, es)
    c.grade(total, r"自评得分([\d.]+)分，评价等级为(优|良|中|差)")
    a, add, adj, co, full = map(num, c.one(r"年初预算([\d.]+)万元，11月自治区追加寄宿生生活补助([\d.]+)万元，当年财政拨款调整为([\d.]+)万元；另有上年结转资金([\d.]+)万元，全年预算([\d.]+)万元"))
    c.chk(a + add == adj and adj + co == full, "budget build-up")
    schools = [l.split("｜") for l in c.text.split("\n") if l.startswith("旗蒙古族")]
    tot = c.table_rows(["合计"])["合计"]
    c.chk(len(schools) == 4, "four schools")
    for col in (1, 2, 3):
        c.chk(sum(num(s[col]) for s in schools) == num(tot[col]), f"school table column {col}")
    for s in schools + [tot]:
        c.chk(ok_stated(s[4], num(s[3]) / num(s[2]) * 100), f"school rate {s[0]}")
    c.chk(num(tot[2]) == full, "allocation = budget")
    sp, er, avg, bal, yr = c.one(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+%)，四所学校平均支出([\d.]+)万元。未支出资金([\d.]+)万元.*?结转(\d{4})年")
    c.chk(num(sp) == num(tot[3]) and er == tot[4], "text = school table")
    c.chk(ok_stated(avg, sum(num(s[3]) for s in schools) / 4), "average per school")
    c.chk(full - num(sp) == num(bal) and yr == "2025", "balance / year")
    ft = c.table_rows(["年度资金总额"])["年度资金总额"]
    c.chk(num(ft[2]) == full and num(ft[3]) == num(sp) and ft[5] == er, "funds table = text")
    stu, board = c.one(r"在校（园）学生(\d+)人，其中寄宿生(\d+)人")
    c.chk(num(stu) == num(tot[1]) and f"｜{stu}人｜" in c.text and f"｜{board}人｜" in c.text, "students")
    b2, cr = c.one(r"享受寄宿生生活补助(\d+)人，完成率([\d.]+%)")
    c.chk(b2 == board and ok_stated(cr, num(b2) / 1500 * 100), "boarders completion")
    acts, fewer = c.one(r"全年开展民族文化进校园活动(\d+)次.*?比计划少(\d+)次")
    c.chk(24 - int(acts) == int(fewer) and f"｜{acts}次｜" in c.text, "activities")
    back, yes, sat = c.one(r"回收有效问卷(\d+)份，满意(\d+)份，满意度(\d+%)")
    c.chk(ok_stated(sat, num(yes) / num(back) * 100) and f"｜{sat}｜" in c.text, "satisfaction")


CHECKS = {
    "xj-luopu-shuangyu-2019": check_luopu,
    "xz-sajia-guji-2022": check_sajia,
    "gx-jinxiu-yaozuwenhua-2023": check_jinxiu,
    "yn-cangyuan-minzongbumen-2018": check_cangyuan,
    "nm-dongwu-minzuxuexiao-2024": check_dongwu,
}


def run_checks(src, text):
    c = Checker(src, text)
    try:
        CHECKS[src](c)
    except (AssertionError, ValueError, IndexError, KeyError, ArithmeticError) as exc:
        c.fails.append(f"extraction failed: {exc}")
    return c.fails


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    named = [l["case"] for l in labels]
    if sorted(named) != files or len(set(named)) != len(named):
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    caught = 0
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expectations")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{lab['case']}: length {len(text)}")
            for f in run_checks(src, text):
                problems.append(f"{lab['case']}: {f}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["severity"] != "error" or e["code"] not in CODES:
                problems.append(f"{lab['case']}: bad code/severity {e}")
            if e["value"] not in text:
                problems.append(f"{lab['case']}: value not found: {e['value']!r}")
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        a, b = clean.splitlines(keepends=True), text.splitlines(keepends=True)
        ops = [o for o in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if o[0] != "equal"]
        if len(ops) != 1:
            problems.append(f"{lab['case']}: {len(ops)} changed places")
            continue
        _, _, _, j1, j2 = ops[0]
        start = sum(len(x) for x in b[:j1])
        end = start + sum(len(x) for x in b[j1:j2])
        # narrow to the changed characters
        sm = difflib.SequenceMatcher(None, clean, text, autojunk=False)
        chg = [(o[3], o[4]) for o in sm.get_opcodes() if o[0] != "equal"]
        cs, ce = min(x[0] for x in chg), max(max(x[1], x[0] + 1) for x in chg)
        if not (start <= cs and ce <= end):
            problems.append(f"{lab['case']}: character changes outside the changed lines")
        value = lab["expected"][0]["value"]
        if value in clean:
            problems.append(f"{lab['case']}: label value also occurs in the clean draft")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not any(o < ce and cs < o + len(value) for o in occ):
            problems.append(f"{lab['case']}: label value does not cover the change")
        if run_checks(src, text):
            caught += 1
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} occurs {codes[code]} times")
    n_err = sum(1 for l in labels if not l["clean"])
    print(f"{len(labels)} cases ({n_err} with one injected error); codes: " +
          ", ".join(f"{k}={codes[k]}" for k in CODES))
    print(f"{caught}/{n_err} error cases break at least one arithmetic check of this script")
    if problems:
        print("\n".join("FAIL " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
