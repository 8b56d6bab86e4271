#!/usr/bin/env python3
"""Verify this set (standard library only).

1. every label value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in one contiguous place that overlaps the label value;
3. each of the 13 error codes of errors.md section A is used at least twice;
4. the arithmetic of every case is redone: clean drafts must pass every check (and raise no scoring-rule warning);
   in an error case the labelled code must fail and no other error-level code may fail.

Numbers are compared with the tolerance of rules.md section 8: a stated value with d decimals agrees with a computed
value c when |c - v| <= 0.5 * 10^-d (+1e-9). Money is compared in 万元.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"(\d[\d,]*(?:\.\d+)?)"
MU = r"(万元|元)"
WAN = {"万元": D(1), "元": D("0.0001"), None: D(1)}
LEVEL1 = ("产出指标", "效益指标", "满意度指标", "预算执行")
GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中", "合格": "中",
          "差": "差", "较差": "差", "不合格": "差"}


def n(s):
    return D(str(s).replace(",", ""))


def dp(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D("0.5") * (D(10) ** -dp(s)) + D("1e-9")


def agrees(s, c):
    return abs(n(s) - c) <= tol(s)


def q2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Case:
    def __init__(self, name, text):
        self.name, self.t = name, text
        self.fails, self.warns = [], []
        self.rows = [l.split("\t") for l in text.split("\n") if "\t" in l]

    # ---- extraction -------------------------------------------------------------------------------------
    def one(self, pat):
        ms = list(re.finditer(pat, self.t))
        if len(ms) != 1:
            raise AssertionError(f"{self.name}: pattern {pat!r} matched {len(ms)} times")
        return ms[0].groups()

    def g(self, pat):
        return self.one(pat)[0]

    def row(self, key, idx=0, ncells=None):
        hits = [r for r in self.rows if len(r) > idx and r[idx] == key and (ncells is None or len(r) == ncells)]
        if len(hits) != 1:
            raise AssertionError(f"{self.name}: table row {key!r} found {len(hits)} times")
        return hits[0]

    def ind_rows(self):
        return [r for r in self.rows if r[0] in LEVEL1]

    # ---- checks -------------------------------------------------------------------------------------------
    def fail(self, code, msg):
        self.fails.append((code, msg))

    def eq(self, code, label, stated, computed):
        if not agrees(stated, computed):
            self.fail(code, f"{label}: stated {stated}, computed {q2(computed)}")

    def rate(self, label, stated, num, den):
        if den == 0:
            return
        c = n(num) / n(den) * 100
        if n(stated) > 100 or n(stated) < 0:
            self.fail("implausible_rate", f"{label}: {stated}% outside 0-100")
        elif not agrees(stated, c):
            self.fail("rate_mismatch", f"{label}: stated {stated}%, computed {q2(c)}%")

    def money(self, code, label, stated, computed_wan):
        """stated = (number string, unit); computed in 万元."""
        s, u = stated
        v = n(s) * WAN[u]
        t = tol(s) * WAN[u]
        if abs(v - computed_wan) <= t:
            return
        for k in (D(10000), D("0.0001")):
            if abs(v * k - computed_wan) <= t * k:
                self.fail("unit_mismatch", f"{label}: {s}{u} is off by a factor 10^4 (computed {computed_wan}万元)")
                return
        self.fail(code, f"{label}: stated {s}{u or ''}, computed {computed_wan}")

    def total(self, code, label, total, parts):
        """total and parts are (number string, unit) pairs; unit None for counts."""
        items = [total] + list(parts)
        vals = [n(s) * WAN[u] for s, u in items]
        t = tol(total[0]) * WAN[total[1]]

        def ok(vs):
            return abs(vs[0] - sum(vs[1:])) <= t
        if ok(vals):
            return
        if all(u is not None for _, u in items):
            for i in range(len(items)):
                for k in (D(10000), D("0.0001")):
                    vs = list(vals)
                    vs[i] = vs[i] * k
                    if ok(vs):
                        self.fail("unit_mismatch", f"{label}: {items[i][0]}{items[i][1]} off by 10^4")
                        return
        self.fail(code, f"{label}: {total[0]} != " + " + ".join(s for s, _ in parts) + f" = {sum(vals[1:])}")

    def same(self, label, *vals):
        """the same quantity stated several times; vals are strings or (string, unit) pairs."""
        items = [v if isinstance(v, tuple) else (v, None) for v in vals]
        base_s, base_u = items[0]
        for s, u in items[1:]:
            a, b = n(base_s) * WAN[base_u], n(s) * WAN[u]
            t = max(tol(base_s) * WAN[base_u], tol(s) * WAN[u])
            if abs(a - b) <= t:
                continue
            if base_u and u and any(abs(a * k - b) <= t * k or abs(a - b * k) <= t * k
                                    for k in (D(10000),)):
                self.fail("unit_mismatch", f"{label}: {base_s}{base_u} vs {s}{u} differ by 10^4")
            else:
                self.fail("conflicting_values", f"{label}: {base_s} vs {s}")

    def year(self, label, pat, cond):
        y = int(self.g(pat))
        if not cond(y):
            self.fail("year_mismatch", f"{label}: year {y}")

    def scan_rates(self):
        for m in re.finditer(r"(满意度|满意率为?|好评率|知晓率|执行率|到位率|办结率|覆盖率|合格率|申办率)" + NUM + "%",
                             self.t):
            if n(m.group(2)) > 100:
                self.fail("implausible_rate", f"{m.group(1)}{m.group(2)}% above 100%")

    # ---- indicator table ----------------------------------------------------------------------------------
    def indicator(self, r):
        """r: dict name, target, actual, weight, score, optional completion / exec=(spent, budget)."""
        w, s = n(r["weight"]), n(r["score"])
        name = r["name"]
        if s > w or s < 0:
            self.fail("score_exceeds_weight", f"{name}: score {r['score']} > weight {r['weight']}")
        if "exec" in r:
            sp, bu = (n(x) for x in r["exec"])
            rate = sp / bu
            exp = w * min(rate, D(1))
            alt = w * min(n(r["rate"]) / 100, D(1)) if "rate" in r else exp
            if not (agrees(r["score"], q2(exp)) or agrees(r["score"], q2(alt))):
                self.warns.append(f"{name}: score {r['score']} vs rule {q2(exp)}")
            return
        mt = re.fullmatch(r"(≥|≤|=)?" + NUM + r"(.*)", r["target"])
        ma = re.fullmatch(NUM + r"(.*)", r["actual"])
        if not mt or not ma:
            raise AssertionError(f"{self.name}: cannot parse {r}")
        sign, T, ut = mt.group(1), n(mt.group(2)), mt.group(3)
        A, ua = n(ma.group(1)), ma.group(2)
        if ut != ua:
            self.fail("unit_mismatch", f"{name}: target unit {ut!r}, actual unit {ua!r}")
            return
        if ua == "%" and A > 100:
            self.fail("implausible_rate", f"{name}: actual {r['actual']} above 100%")
        if sign == "≤":
            comp = D(100) if A <= T else T / A * 100
            exp = w if A <= T else w * T / A
        elif T == 0:
            comp = D(100) if A <= 0 else D(0)
            exp = w if A <= 0 else D(0)
        else:
            comp = A / T * 100
            exp = w if A >= T else w * A / T
        alts = [q2(exp)]
        if "completion" in r:
            if not agrees(r["completion"].rstrip("%"), comp):
                self.fail("completion_mismatch", f"{name}: completion {r['completion']} vs {q2(comp)}%")
            stated_c = n(r["completion"].rstrip("%")) / 100
            alts.append(q2(w * min(stated_c, D(1))))
        if not any(agrees(r["score"], a) for a in alts):
            self.warns.append(f"{name}: score {r['score']} vs rule {alts[0]}")

    def scoring(self, rows, weight_totals, score_totals, grade_word, level_weights=None, level_scores=None):
        for r in rows:
            self.indicator(r)
        W = sum(n(r["weight"]) for r in rows)
        S = sum(n(r["score"]) for r in rows)
        if W != 100:
            self.fail("weight_sum_mismatch", f"weights sum to {W}")
        for tw in weight_totals:
            if n(tw) != W:
                self.fail("weight_sum_mismatch", f"stated weight total {tw} vs {W}")
        for lvl, stated in (level_weights or {}).items():
            sw = sum(n(r["weight"]) for r in rows if r["level"] == lvl)
            if n(stated) != sw:
                self.fail("weight_sum_mismatch", f"{lvl}: stated weight {stated}, rows sum {sw}")
        if level_weights and sum(n(v) for v in level_weights.values()) != 100:
            self.fail("weight_sum_mismatch", "stated level weights do not sum to 100")
        for lvl, stated in (level_scores or {}).items():
            ss = sum(n(r["score"]) for r in rows if r["level"] == lvl)
            if not agrees(stated, ss):
                self.fail("score_sum_mismatch", f"{lvl}: stated score {stated}, rows sum {ss}")
        if level_scores:
            ls = sum(n(v) for v in level_scores.values())
            for ts in score_totals:
                if not agrees(ts, ls):
                    self.fail("score_sum_mismatch", f"total {ts} vs level scores {ls}")
        for ts in score_totals:
            if not agrees(ts, S):
                self.fail("score_sum_mismatch", f"total {ts} vs rows sum {S}")
        if len(score_totals) > 1:
            self.same("总分", *score_totals)
        if grade_word is not None:
            g = grade_of(n(score_totals[0]))
            if GRADES[grade_word] != g:
                self.fail("grade_mismatch", f"grade {grade_word} for total {score_totals[0]} (band {g})")


def generic_rows(c, ti=3, ai=4, wi=5, si=6, ci=None):
    out = []
    for r in c.ind_rows():
        d = {"level": r[0], "name": r[2], "target": r[ti], "actual": r[ai], "weight": r[wi], "score": r[si]}
        if ci is not None:
            d["completion"] = r[ci]
        out.append(d)
    return out


def funds_block(c, total_key="年度资金总额"):
    tot, cur = c.row(total_key), c.row("其中：当年财政拨款")
    car, oth = c.row("上年结转资金"), c.row("其他资金")
    for i, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total("sum_mismatch", f"资金表 {col}", (tot[i], "万元"), [(x[i], "万元") for x in (cur, car, oth)])
    c.rate("资金表 执行率", tot[5].rstrip("%"), tot[3], tot[2])
    for x in (cur, car, oth):
        if x[5] != "—":
            c.rate(f"资金表 {x[0]} 执行率", x[5].rstrip("%"), x[3], x[2])
    return tot, cur, car, oth


# =============================================================================================================
def p_juxian(c):
    Y = int(c.g(r"莒县司法局(\d{4})年度公益性公证服务补助项目"))
    c.year("实施期", r"项目实施期为(\d{4})年1月至12月", lambda y: y == Y)
    c.year("截至", r"截至(\d{4})年12月31日", lambda y: y == Y)
    c.year("结转", r"结转至(\d{4})年", lambda y: y > Y)
    c.year("上年结转来源", r"另有(\d{4})年结转资金", lambda y: y == Y - 1)
    c.year("上年预算", r"全年预算数[\d.]+万元（(\d{4})年为", lambda y: y == Y - 1)
    c.year("上年件数", r"全年办理公益性公证\d+件（(\d{4})年为", lambda y: y == Y - 1)
    c.year("报告日期", r"\n(\d{4})年3月16日", lambda y: y >= Y)
    c.scan_rates()
    tot, cur, car, oth = funds_block(c)
    a0 = c.g(r"年初预算安排当年财政拨款" + NUM + "万元")
    carry = c.g(r"另有\d{4}年结转资金" + NUM + "万元")
    add = c.g(r"县财政追加" + NUM + "万元")
    annual = c.g(r"全年预算数" + NUM + "万元（")
    c.same("年初当年财政拨款", (a0, "万元"), (cur[1], "万元"))
    c.same("上年结转", (carry, "万元"), (car[1], "万元"), (car[2], "万元"))
    c.total("sum_mismatch", "当年财政拨款 = 年初 + 追加", (cur[2], "万元"), [(a0, "万元"), (add, "万元")])
    c.same("全年预算数", (annual, "万元"), (tot[2], "万元"))
    c.rate("到位率（全部到位）", c.g(r"到位率" + NUM + "%"), annual, annual)
    spent = c.g(r"项目实际支出" + NUM + "万元")
    c.same("全年执行数", (spent, "万元"), (tot[3], "万元"))
    rp = c.g(r"预算执行率" + NUM + "%，其中")
    c.rate("预算执行率（文）", rp, spent, annual)
    c.same("执行率", rp, tot[5].rstrip("%"), c.g(r"到位及时，预算执行率" + NUM + "%"))
    used = c.g(r"上年结转的" + NUM + "万元已全部使用")
    c.same("上年结转已全部使用", (used, "万元"), (car[2], "万元"))
    c.rate("上年结转全部使用", "100", car[3], car[2])
    c.rate("当年财政拨款执行率", c.g(r"当年财政拨款部分执行率" + NUM + "%"), cur[3], cur[2])
    parts = c.one(r"减免公证费补偿" + NUM + r"万元，便民服务点运行及上门服务车辆费用" + NUM + r"万元，公证信息化平台升级"
                  + NUM + r"万元，宣传及业务培训" + NUM + "万元")
    c.total("sum_mismatch", "支出用途", (spent, "万元"), [(p, "万元") for p in parts])
    c.eq("balance_mismatch", "未支出", c.g(r"未支出的" + NUM + "万元"), n(annual) - n(spent))
    # outputs
    cnt = c.g(r"全年办理公益性公证" + NUM + "件（")
    types = c.one(r"分别为：老年人遗嘱公证(\d+)件，低保及特困人员公证(\d+)件，农民工劳动报酬相关公证(\d+)件，"
                  r"退役军人及军属公证(\d+)件，农村土地承包经营权相关公证(\d+)件")
    c.total("sum_mismatch", "公证件数分类", (cnt, None), [(x, None) for x in types])
    s1, a1, u1 = c.one(r"老年人遗嘱公证每件(\d+)元全额免收，计" + NUM + MU)
    c.money("sum_mismatch", "遗嘱减免", (a1, u1), n(types[0]) * n(s1) / 10000)
    s2, a2, u2 = c.one(r"低保及特困人员每件减免(\d+)元，计" + NUM + MU)
    c.money("sum_mismatch", "低保减免", (a2, u2), n(types[1]) * n(s2) / 10000)
    s3, s4, s5, a3, u3 = c.one(r"分别按每件(\d+)元、(\d+)元、(\d+)元减免，合计" + NUM + MU)
    c.money("sum_mismatch", "其他三类减免", (a3, u3),
            (n(types[2]) * n(s3) + n(types[3]) * n(s4) + n(types[4]) * n(s5)) / 10000)
    red, ured, avg = c.one(r"全年减免公证费" + NUM + MU + r"，平均每件减免" + NUM + "元")
    c.total("sum_mismatch", "减免合计", (red, ured), [(a1, u1), (a2, u2), (a3, u3)])
    c.eq("average_mismatch", "平均每件减免", avg, n(red) * WAN[ured] * 10000 / n(cnt))
    c.same("减免合计/补偿支出", (red, ured), (parts[0], "万元"))
    cost = c.row("减免公证费补偿支出", 2)
    c.same("减免补偿（表）", (red, ured), (cost[4].replace("万元", ""), "万元"))
    c.same("公益性公证件数", cnt, c.row("公益性公证办件量", 2)[4].rstrip("件"))
    ontime, trate = c.one(r"办结" + NUM + r"件，按期办结率" + NUM + "%")
    c.rate("按期办结率", trate, ontime, cnt)
    c.same("按期办结率（表）", trate, c.row("按期办结率", 2)[4].rstrip("%"))
    c.same("上门服务", c.g(r"全年上门服务" + NUM + "次"), c.row("上门服务次数", 2)[4].rstrip("次"))
    ben, bt = c.one(r"惠及群众" + NUM + r"人，低于" + NUM + "人")
    r_ben = c.row("受益群众人数", 2)
    c.same("受益人数", ben, r_ben[4].rstrip("人"))
    c.same("受益人数目标", bt, r_ben[3].lstrip("≥").rstrip("人"))
    towns, tmin = c.one(r"全县(\d+)个乡镇（街道）中至少(\d+)个")
    got, cov = c.one(r"全县已有(\d+)个乡镇（街道）设立公证便民服务点，覆盖率" + NUM + "%")
    c.rate("便民服务点覆盖率", cov, got, towns)
    r_cov = c.row("乡镇公证便民服务点覆盖率", 2)
    c.same("覆盖率（表）", cov, r_cov[4].rstrip("%"))
    c.same("覆盖率目标", r_cov[3].lstrip("≥").rstrip("%"), str(n(tmin) / n(towns) * 100))
    c.total("sum_mismatch", "未设服务点乡镇", (towns, None), [(got, None), (c.g(r"仍有(\d+)个乡镇未设"), None)])
    asked, happy, sat = c.one(r"回访服务对象(\d+)人，表示满意的(\d+)人，满意度" + NUM + "%")
    c.rate("满意度", sat, happy, asked)
    c.same("满意度（表）", sat, c.row("服务对象满意度", 2)[4].rstrip("%"))
    # targets in the text vs table
    c.same("件数目标", c.g(r"全年办理公益性公证不少于(\d+)件"), c.row("公益性公证办件量", 2)[3].lstrip("≥").rstrip("件"))
    c.same("办结率目标", c.g(r"按期办结率不低于" + NUM + "%"), c.row("按期办结率", 2)[3].lstrip("≥").rstrip("%"))
    c.same("满意度目标", c.g(r"服务对象满意度" + NUM + "%以上"), c.row("服务对象满意度", 2)[3].lstrip("≥").rstrip("%"))
    # scoring
    rows = generic_rows(c)
    rows.append({"level": "预算执行", "name": "预算执行率", "weight": tot[4], "score": tot[6],
                 "exec": (tot[3], tot[2]), "rate": tot[5].rstrip("%")})
    tr = c.row("总分")
    prose_total = c.g(r"项目自评得分" + NUM + "分")
    c.scoring(rows, [tr[5]], [prose_total, tr[6]], c.g(r"评价等级为(优秀|良好|中等|优|良|中|差)"))


def p_liling(c):
    Y = int(c.g(r"(\d{4})年度公证费减免专项资金绩效自评报告"))
    c.year("截至", r"截至(\d{4})年12月31日", lambda y: y == Y)
    c.year("结转", r"结转至(\d{4})年支付", lambda y: y > Y)
    c.year("上年结转来源", r"市本级财政安排[\d.]+万元、(\d{4})年结转", lambda y: y == Y - 1)
    yy, mm = c.one(r"已于(\d{4})年(\d+)月提前下达")
    if not (int(yy) == Y or (int(yy) == Y - 1 and int(mm) == 12)):
        c.fail("year_mismatch", f"提前下达 {yy}-{mm}")
    c.year("上年预算", r"全年预算数[\d.]+万元（(\d{4})年为", lambda y: y == Y - 1)
    c.year("上年件数", r"全年减免公证事项\d+件（(\d{4})年为", lambda y: y == Y - 1)
    c.year("报告日期", r"\n(\d{4})年2月20日", lambda y: y >= Y)
    c.scan_rates()
    tot, cur, car, oth = funds_block(c)
    a0, city, carry = c.one(r"年初预算数" + NUM + r"万元，其中市本级财政安排" + NUM + r"万元、\d{4}年结转" + NUM + "万元")
    c.total("sum_mismatch", "年初预算", (a0, "万元"), [(city, "万元"), (carry, "万元")])
    c.same("年初预算（表）", (a0, "万元"), (tot[1], "万元"))
    c.same("市本级", (city, "万元"), (cur[1], "万元"))
    c.same("上年结转", (carry, "万元"), (car[1], "万元"), (car[2], "万元"))
    prov = c.g(r"公共法律服务补助" + NUM + "万元")
    annual = c.g(r"全年预算数" + NUM + "万元（")
    c.total("sum_mismatch", "全年预算", (annual, "万元"), [(city, "万元"), (prov, "万元"), (carry, "万元")])
    c.total("sum_mismatch", "当年财政拨款 = 市本级 + 省补助", (cur[2], "万元"), [(city, "万元"), (prov, "万元")])
    c.same("全年预算（表）", (annual, "万元"), (tot[2], "万元"))
    spent, rp = c.one(r"项目支出" + NUM + r"万元，执行率" + NUM + "%")
    c.same("执行数（表）", (spent, "万元"), (tot[3], "万元"))
    c.rate("执行率（文）", rp, spent, annual)
    c.same("执行率", rp, tot[5].rstrip("%"))
    parts = c.one(r"其中减免补偿" + NUM + r"万元，便民服务站运行" + NUM + r"万元，远程视频公证系统租赁及维护" + NUM
                  + r"万元，政策宣传及公证员培训" + NUM + "万元")
    c.total("sum_mismatch", "支出构成", (spent, "万元"), [(p, "万元") for p in parts])
    c.eq("balance_mismatch", "年末结余", c.g(r"年末结余" + NUM + "万元"), n(annual) - n(spent))
    # outputs
    ov_cnt, ov_red, ov_u = c.one(r"我处共为" + NUM + r"件公证事项减免公证费，累计减免" + NUM + MU)
    cnt = c.g(r"全年减免公证事项" + NUM + "件（")
    types = c.one(r"分别为：80周岁以上老年人遗嘱公证免收(\d+)件，残疾人公证减半收取(\d+)件，低保对象及特困供养人员公证免收"
                  r"(\d+)件，农民工追索劳动报酬相关公证免收(\d+)件，农村集体经济组织公证减半收取(\d+)件")
    c.total("sum_mismatch", "减免事项分类", (cnt, None), [(x, None) for x in types])
    pats = [r"遗嘱公证每件(\d+)元，计", r"残疾人每件减收(\d+)元，计", r"低保对象及特困供养人员每件(\d+)元，计",
            r"农民工每件(\d+)元，计", r"农村集体经济组织每件减收(\d+)元，计"]
    amounts = []
    for k, p in zip(types, pats):
        std, a, u = c.one(p + NUM + MU)
        c.money("sum_mismatch", f"减免额 {p[:6]}", (a, u), n(k) * n(std) / 10000)
        amounts.append((a, u))
    red, ured = c.one(r"以上合计减免" + NUM + MU)
    c.total("sum_mismatch", "减免合计", (red, ured), amounts)
    c.same("减免合计（开头/正文）", (red, ured), (ov_red, ov_u))
    c.same("减免合计/补偿支出", (red, ured), (parts[0], "万元"))
    c.same("减免补偿（表）", (red, ured), (c.row("减免补偿支出", 2)[4].replace("万元", ""), "万元"))
    c.same("减免件数", cnt, ov_cnt, c.row("减免公证事项", 2)[4].rstrip("件"))
    loc = c.one(r"城区办证大厅办理(\d+)件，浦口、白兔潭、王仙、东富四个便民服务站分别办理(\d+)件、(\d+)件、(\d+)件、(\d+)件，"
                r"四站平均每站" + NUM + "件")
    c.total("sum_mismatch", "按地点", (cnt, None), [(x, None) for x in loc[:5]])
    c.eq("average_mismatch", "四站平均", loc[5], sum(n(x) for x in loc[1:5]) / 4)
    c.same("上门服务", c.g(r"全年上门服务" + NUM + "次"), c.row("上门服务次数", 2)[4].rstrip("次"))
    late, ontime, trate = c.one(r"(\d+)件减免事项延期办结，按期办结" + NUM + r"件，按期办结率" + NUM + "%")
    c.total("sum_mismatch", "按期+延期", (cnt, None), [(late, None), (ontime, None)])
    c.rate("按期办结率", trate, ontime, cnt)
    goal_cnt, goal_rate, goal_sat = c.one(r"全年减免" + NUM + r"件，按期办结率" + NUM + r"%，满意度" + NUM + "%")
    c.same("按期办结率（表）", trate, c.row("按期办结率", 2)[4].rstrip("%"), goal_rate)
    c.same("减免件数（目标栏）", cnt, goal_cnt)
    c.same("惠及人数", c.g(r"惠及群众" + NUM + "人"), c.row("惠及群众人数", 2)[4].rstrip("人"))
    c.same("知晓率", c.g(r"政策知晓率" + NUM + "%"), c.row("减免政策知晓率", 2)[4].rstrip("%"))
    sat = c.g(r"综合满意度" + NUM + "%")
    c.same("满意度", sat, c.row("服务对象满意度", 2)[4].rstrip("%"), goal_sat)
    t_cnt, t_rate, t_sat = c.one(r"全年减免事项不少于(\d+)件，按期办结率达到" + NUM + r"%，服务对象满意度" + NUM + "%以上")
    c.same("件数目标", t_cnt, c.row("减免公证事项", 2)[3].lstrip("≥").rstrip("件"))
    c.same("办结率目标", t_rate, c.row("按期办结率", 2)[3].lstrip("≥").rstrip("%"))
    c.same("满意度目标", t_sat, c.row("服务对象满意度", 2)[3].lstrip("≥").rstrip("%"))
    rows = generic_rows(c)
    rows.append({"level": "预算执行", "name": "预算执行率", "weight": tot[4], "score": tot[6],
                 "exec": (tot[3], tot[2]), "rate": tot[5].rstrip("%")})
    tr = c.row("总分")
    c.scoring(rows, [tr[5]], [tr[6]], c.g(r"总体评价为“(优|良|中|差)”"))


def p_ruijin(c):
    Y = int(c.g(r"瑞金市公证处(\d{4})年度部门整体支出绩效自评报告"))
    c.year("表1", r"表1 (\d{4})年度部门预算执行情况", lambda y: y == Y)
    c.year("表2", r"表2 (\d{4})年度部门整体支出绩效自评表", lambda y: y == Y)
    c.year("年初预算", r"\n(\d{4})年部门年初预算", lambda y: y == Y)
    c.year("结转", r"结转至(\d{4})年", lambda y: y > Y)
    c.year("上年预算", r"调整后全年预算[\d.]+万元（(\d{4})年为", lambda y: y == Y - 1)
    c.year("上年三公", r"“三公”经费支出[\d.]+万元（(\d{4})年为", lambda y: y == Y - 1)
    c.year("报告日期", r"\n(\d{4})年3月10日", lambda y: y >= Y)
    c.scan_rates()
    keys = ["合计", "一、基本支出", "其中：人员经费", "公用经费", "二、项目支出", "其中：公益性公证服务补助",
            "公证费减免补偿", "公证信息化建设"]
    T = {k: c.row(k, ncells=5) for k in keys}
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        cell = lambda k: (T[k][i], "万元")
        c.total("sum_mismatch", f"表1 基本支出 {col}", cell("一、基本支出"), [cell("其中：人员经费"), cell("公用经费")])
        c.total("sum_mismatch", f"表1 项目支出 {col}", cell("二、项目支出"),
                [cell("其中：公益性公证服务补助"), cell("公证费减免补偿"), cell("公证信息化建设")])
        c.total("sum_mismatch", f"表1 合计 {col}", cell("合计"), [cell("一、基本支出"), cell("二、项目支出")])
    for k in keys:
        c.rate(f"表1 {k} 执行率", T[k][4].rstrip("%"), T[k][3], T[k][2])
    a0, b0, p0 = c.one(r"部门年初预算" + NUM + r"万元，其中基本支出" + NUM + r"万元、项目支出" + NUM + "万元")
    c.same("年初预算", (a0, "万元"), (T["合计"][1], "万元"))
    c.same("年初基本支出", (b0, "万元"), (T["一、基本支出"][1], "万元"))
    c.same("年初项目支出", (p0, "万元"), (T["二、项目支出"][1], "万元"))
    add_p, add_i, annual = c.one(r"追加人员经费" + NUM + r"万元，因公证信息化建设追加项目经费" + NUM
                                 + r"万元，调整后全年预算" + NUM + "万元")
    c.total("sum_mismatch", "全年 = 年初 + 追加", (annual, "万元"), [(a0, "万元"), (add_p, "万元"), (add_i, "万元")])
    c.total("sum_mismatch", "人员经费 年初 + 追加", (T["其中：人员经费"][2], "万元"),
            [(T["其中：人员经费"][1], "万元"), (add_p, "万元")])
    c.total("sum_mismatch", "信息化 年初 + 追加", (T["公证信息化建设"][2], "万元"),
            [(T["公证信息化建设"][1], "万元"), (add_i, "万元")])
    c.same("全年预算", (annual, "万元"), (T["合计"][2], "万元"))
    spent, rp = c.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    c.same("全年支出", (spent, "万元"), (T["合计"][3], "万元"))
    c.same("执行率", rp, T["合计"][4].rstrip("%"))
    c.rate("执行率（文）", rp, spent, annual)
    c.same("基本支出执行", (c.g(r"其中基本支出" + NUM + "万元，全部用于"), "万元"), (T["一、基本支出"][3], "万元"))
    ps, pr = c.one(r"项目支出" + NUM + r"万元，执行率" + NUM + "%")
    c.same("项目支出执行", (ps, "万元"), (T["二、项目支出"][3], "万元"))
    c.same("项目执行率", pr, T["二、项目支出"][4].rstrip("%"))
    e1, e2, e3 = c.one(r"三个项目分别支出" + NUM + r"万元、" + NUM + r"万元和" + NUM + "万元")
    c.same("公益补助支出", (e1, "万元"), (T["其中：公益性公证服务补助"][3], "万元"))
    c.same("减免补偿支出", (e2, "万元"), (T["公证费减免补偿"][3], "万元"))
    c.same("信息化支出", (e3, "万元"), (T["公证信息化建设"][3], "万元"))
    c.eq("balance_mismatch", "信息化结转", c.g(r"未支出的" + NUM + "万元结转"),
         n(T["公证信息化建设"][2]) - n(T["公证信息化建设"][3]))
    c.eq("balance_mismatch", "减免补偿结余", c.g(r"公证费减免补偿结余" + NUM + "万元"),
         n(T["公证费减免补偿"][2]) - n(T["公证费减免补偿"][3]))
    now, last, dec = c.one(r"“三公”经费支出" + NUM + r"万元（\d{4}年为" + NUM + r"万元），下降" + NUM + "%")
    c.rate("三公经费降幅", dec, n(last) - n(now), last)
    # outputs
    total_cnt, target_cnt, comp = c.one(r"全年办理各类公证" + NUM + r"件，完成年度目标（" + NUM + r"件）的" + NUM + "%")
    c.eq("completion_mismatch", "办件量完成率", comp, n(total_cnt) / n(target_cnt) * 100)
    r_all = c.row("公证办件总量", 2)
    c.same("办件总量", total_cnt, r_all[4].rstrip("件"))
    c.same("办件目标", target_cnt, r_all[3].lstrip("≥").rstrip("件"), c.g(r"全年办理公证不少于(\d+)件"))
    pub = c.g(r"其中公益性（减免）公证" + NUM + "件，分别为")
    types = c.one(r"分别为：老年人遗嘱公证(\d+)件，低保及特困人员公证(\d+)件，老区“五老”人员及烈士遗属公证(\d+)件，"
                  r"农民工维权公证(\d+)件，法律援助受援人公证(\d+)件")
    c.total("sum_mismatch", "减免公证分类", (pub, None), [(x, None) for x in types])
    c.same("减免公证件数", pub, c.row("公益性（减免）公证件数", 2)[4].rstrip("件"))
    c.same("减免件数目标", c.row("公益性（减免）公证件数", 2)[3].lstrip("≥").rstrip("件"),
           c.g(r"其中公益性（减免）公证不少于(\d+)件"))
    s_will, s_low, s_mig, s_aid = c.one(r"遗嘱公证和“五老”人员、烈士遗属公证每件减免(\d+)元，低保及特困人员每件(\d+)元，"
                                        r"农民工每件(\d+)元，法律援助受援人每件(\d+)元")
    red, ured = c.one(r"全年减免公证费共计" + NUM + MU)
    comp_red = (n(types[0]) * n(s_will) + n(types[1]) * n(s_low) + n(types[2]) * n(s_will)
                + n(types[3]) * n(s_mig) + n(types[4]) * n(s_aid)) / 10000
    c.money("sum_mismatch", "减免合计", (red, ured), comp_red)
    c.same("减免合计 = 减免补偿支出", (red, ured), (T["公证费减免补偿"][3], "万元"),
           (c.row("减免公证费金额", 2)[4].replace("万元", ""), "万元"))
    q = c.one(r"一至四季度分别办理公证(\d+)件、(\d+)件、(\d+)件、(\d+)件，季度平均" + NUM + "件")
    c.total("sum_mismatch", "分季度", (total_cnt, None), [(x, None) for x in q[:4]])
    c.eq("average_mismatch", "季度平均", q[4], sum(n(x) for x in q[:4]) / 4)
    ontime, trate = c.one(r"全年按期办结" + NUM + r"件，按期办结率" + NUM + "%")
    c.rate("按期办结率", trate, ontime, total_cnt)
    c.same("按期办结率（表）", trate, c.row("按期办结率", 2)[4].rstrip("%"))
    c.same("按期办结率目标", c.g(r"按期办结率" + NUM + "%以上"), c.row("按期办结率", 2)[3].lstrip("≥").rstrip("%"))
    home, home_t = c.one(r"上门服务" + NUM + r"次，未达到" + NUM + "次的目标")
    r_home = c.row("上门服务次数", 2)
    c.same("上门服务", home, r_home[4].rstrip("次"))
    c.same("上门目标", home_t, r_home[3].lstrip("≥").rstrip("次"), c.g(r"上门服务不少于(\d+)次"))
    c.same("信息化完成", c.g(r"建设任务完成" + NUM + "%"), c.row("信息化建设任务完成率", 2)[4].rstrip("%"))
    c.same("投诉", c.g(r"全年收到群众投诉" + NUM + "件"), c.row("群众投诉件数", 2)[4].rstrip("件"))
    onl, onl_t = c.one(r"线上申办率" + NUM + r"%，低于" + NUM + "%的目标")
    c.same("线上申办率", onl, c.row("线上申办率", 2)[4].rstrip("%"))
    c.same("线上申办率目标", onl_t, c.row("线上申办率", 2)[3].lstrip("≥").rstrip("%"))
    c.same("满意度目标", c.g(r"服务对象满意度" + NUM + "%以上"), c.row("服务对象满意度", 2)[3].lstrip("≥").rstrip("%"))
    c.same("执行率（表2）", c.row("部门预算执行率", 2)[4].rstrip("%"), T["合计"][4].rstrip("%"))
    rows = generic_rows(c)
    tr = c.row("合计", ncells=8)
    prose_total, grade = c.one(r"我处自评得分" + NUM + r"分，评价等级为(优秀|良好|中等|优|良|中|差)")
    c.scoring(rows, [tr[5]], [prose_total, tr[6]], grade)


def p_hongtong(c):
    Y = int(c.g(r"\n(\d{4})年度公证费减免及公益性公证服务项目绩效自评报告"))
    c.year("截至", r"截至(\d{4})年12月31日", lambda y: y == Y)
    c.year("上年结转来源", r"县级财政资金[\d.]+万元、(\d{4})年结转资金", lambda y: y == Y - 1)
    c.year("上年预算", r"全年预算[\d.]+万元（(\d{4})年为", lambda y: y == Y - 1)
    c.year("上年件数", r"全年减免公证费事项\d+件（(\d{4})年为", lambda y: y == Y - 1)
    c.year("结转", r"结转至(\d{4})年使用", lambda y: y > Y)
    c.year("实施计划", r"项目实施计划：(\d{4})年1月至12月", lambda y: y == Y)
    c.year("附件", r"洪洞县(\d{4})年度项目支出绩效自评表", lambda y: y == Y)
    c.year("报告日期", r"\n(\d{4})年2月28日", lambda y: y >= Y)
    c.scan_rates()
    t1 = {k: c.row(k)[2] for k in ("年初预算数", "全年预算数", "实际到位数", "实际支出数", "结余", "到位率", "执行率")}
    c.eq("balance_mismatch", "(5)=(3)-(4)", t1["结余"], n(t1["实际到位数"]) - n(t1["实际支出数"]))
    c.rate("(6)=(3)/(2)", t1["到位率"].rstrip("%"), t1["实际到位数"], t1["全年预算数"])
    c.rate("(7)=(4)/(2)", t1["执行率"].rstrip("%"), t1["实际支出数"], t1["全年预算数"])
    a0, county, carry = c.one(r"年初预算" + NUM + r"万元，其中县级财政资金" + NUM + r"万元、\d{4}年结转资金" + NUM + "万元")
    c.total("sum_mismatch", "年初预算", (a0, "万元"), [(county, "万元"), (carry, "万元")])
    c.same("年初预算（表1）", (a0, "万元"), (t1["年初预算数"], "万元"))
    prov, annual = c.one(r"公共法律服务专项补助" + NUM + r"万元，全年预算" + NUM + "万元")
    c.total("sum_mismatch", "全年预算", (annual, "万元"), [(a0, "万元"), (prov, "万元")])
    c.same("全年预算（表1）", (annual, "万元"), (t1["全年预算数"], "万元"))
    got, missing, spent, rp = c.one(r"省级补助到位" + NUM + r"万元，其余" + NUM + r"万元未拨付，实际支出" + NUM
                                    + r"万元，执行率" + NUM + "%")
    c.total("sum_mismatch", "省级补助", (prov, "万元"), [(got, "万元"), (missing, "万元")])
    c.total("sum_mismatch", "实际到位", (t1["实际到位数"], "万元"), [(county, "万元"), (carry, "万元"), (got, "万元")])
    c.same("实际支出（表1）", (spent, "万元"), (t1["实际支出数"], "万元"))
    c.rate("执行率（文）", rp, spent, annual)
    parts = c.one(r"支出中减免补偿" + NUM + r"万元，参与司法辅助事务补助" + NUM + r"万元，村（社区）公证联络点运行" + NUM
                  + r"万元，公证档案数字化" + NUM + r"万元，宣传印制" + NUM + "万元")
    c.total("sum_mismatch", "支出构成", (spent, "万元"), [(p, "万元") for p in parts])
    unexec, miss2 = c.one(r"未执行的" + NUM + r"万元，除" + NUM + "万元为省级补助未到位外")
    c.eq("balance_mismatch", "未执行", unexec, n(annual) - n(spent))
    c.same("未到位", (miss2, "万元"), (missing, "万元"))
    c.eq("balance_mismatch", "已到位资金结余（文）", t1["结余"], n(unexec) - n(miss2))
    # outputs
    cnt = c.g(r"全年减免公证费事项" + NUM + "件（")
    types = c.one(r"分别为：老年人遗嘱及继承类公证(\d+)件，低保及特困人员各类公证(\d+)件，农民工及残疾人公证(\d+)件，"
                  r"涉农土地流转及村集体经济公证(\d+)件")
    c.total("sum_mismatch", "减免分类", (cnt, None), [(x, None) for x in types])
    stds = c.one(r"遗嘱及继承类每件(\d+)元，低保及特困人员每件(\d+)元，农民工及残疾人每件(\d+)元，涉农类每件(\d+)元")
    red, ured, avg = c.one(r"全年减免公证费" + NUM + MU + r"，平均每件" + NUM + "元")
    c.money("sum_mismatch", "减免合计", (red, ured), sum(n(k) * n(s) for k, s in zip(types, stds)) / 10000)
    c.eq("average_mismatch", "平均每件", avg, n(red) * WAN[ured] * 10000 / n(cnt))
    c.same("平均每件（表）", avg, c.row("单件平均减免额", 2)[4].replace("元/件", ""))
    c.same("减免额 = 减免补偿 = 表", (red, ured), (parts[0], "万元"),
           (c.row("减免公证费总额", 2)[4].replace("万元", ""), "万元"))
    r_cnt = c.row("公益性公证减免件数", 2)
    c.same("减免件数", cnt, r_cnt[4].rstrip("件"))
    c.same("减免件数目标", c.g(r"全年减免公证费事项不少于(\d+)件"), r_cnt[3].lstrip("≥").rstrip("件"))
    c.same("审核时限", c.g(r"平均" + NUM + "个工作日审核完毕"), c.row("减免申请审核时限", 2)[4].replace("个工作日", ""))
    aux, short = c.one(r"司法辅助事务" + NUM + r"件，较目标少" + NUM + "件")
    r_aux = c.row("参与司法辅助事务件数", 2)
    c.same("司法辅助", aux, r_aux[4].rstrip("件"))
    aux_t = c.g(r"参与司法辅助事务不少于(\d+)件")
    c.same("司法辅助目标", aux_t, r_aux[3].lstrip("≥").rstrip("件"))
    c.total("sum_mismatch", "司法辅助差额", (aux_t, None), [(aux, None), (short, None)])
    pts, rest = c.one(r"公证联络点" + NUM + r"个，还有" + NUM + "个村")
    r_pts = c.row("村（社区）公证联络点", 2)
    c.same("联络点", pts, r_pts[4].rstrip("个"))
    pts_t = c.g(r"公证联络点不少于(\d+)个")
    c.same("联络点目标", pts_t, r_pts[3].lstrip("≥").rstrip("个"))
    c.total("sum_mismatch", "联络点差额", (pts_t, None), [(pts, None), (rest, None)])
    chk, okc, qrate = c.one(r"抽查公证书(\d+)件，合格(\d+)件，合格率" + NUM + "%")
    c.rate("合格率", qrate, okc, chk)
    c.same("合格率（表）", qrate, c.row("公证书质量抽查合格率", 2)[4].rstrip("%"))
    r_ben = c.row("惠及困难群众人数", 2)
    c.same("惠及人数", c.g(r"减免政策惠及困难群众" + NUM + "人"), r_ben[4].rstrip("人"))
    c.same("惠及人数目标", c.g(r"惠及困难群众(\d+)人以上"), r_ben[3].lstrip("≥").rstrip("人"))
    know, sat = c.one(r"政策知晓率" + NUM + r"%，服务对象满意度" + NUM + "%")
    c.same("知晓率", know, c.row("公证减免政策知晓率", 2)[4].rstrip("%"))
    c.same("满意度", sat, c.row("服务对象满意度", 2)[4].rstrip("%"))
    c.same("满意度目标", c.g(r"服务对象满意度" + NUM + "%以上"), c.row("服务对象满意度", 2)[3].lstrip("≥").rstrip("%"))
    ex = c.row("预算执行率", 2)
    c.same("执行率（表1/文/附件）", t1["执行率"].rstrip("%"), rp, ex[4].rstrip("%"))
    rows = generic_rows(c, ti=3, ai=4, ci=5, wi=6, si=7)
    tr = c.row("合计")
    total, grade = c.one(r"项目总得分" + NUM + r"分，绩效等级为(优秀|良好|中等|较差)")
    c.scoring(rows, [tr[6]], [total, tr[7]], grade)


def p_mile(c):
    Y = int(c.g(r"弥勒市司法局(\d{4})年度公益性公证服务及公证费减免补助项目绩效自评报告"))
    c.year("发布", r"发布时间：(\d{4})-", lambda y: y >= Y)
    c.year("结转", r"已结转至(\d{4})年", lambda y: y > Y)
    c.year("上年预算", r"全年预算[\d.]+万元（(\d{4})年为", lambda y: y == Y - 1)
    c.year("上年件数", r"全年减免公证事项\d+件（(\d{4})年为", lambda y: y == Y - 1)
    c.year("上年金额", r"即[\d.]+万元（(\d{4})年为", lambda y: y == Y - 1)
    c.year("年初", r"\n(\d{4})年年初预算", lambda y: y == Y)
    c.year("附表", r"附：弥勒市(\d{4})年度项目支出绩效自评表", lambda y: y == Y)
    c.scan_rates()
    tot, cur, car, oth = funds_block(c)
    a0, city, own = c.one(r"年初预算" + NUM + r"万元，其中市级财政资金" + NUM + r"万元、公证处事业收入配套" + NUM + "万元")
    c.total("sum_mismatch", "年初预算", (a0, "万元"), [(city, "万元"), (own, "万元")])
    c.same("年初预算（表）", (a0, "万元"), (tot[1], "万元"))
    c.same("市级资金（表）", (city, "万元"), (cur[1], "万元"))
    c.same("事业收入（表）", (own, "万元"), (oth[1], "万元"), (oth[2], "万元"))
    add, annual = c.one(r"市财政追加" + NUM + r"万元，全年预算" + NUM + "万元")
    c.total("sum_mismatch", "全年预算", (annual, "万元"), [(a0, "万元"), (add, "万元")])
    c.total("sum_mismatch", "当年财政拨款 = 市级 + 追加", (cur[2], "万元"), [(city, "万元"), (add, "万元")])
    c.same("全年预算（表）", (annual, "万元"), (tot[2], "万元"))
    spent, rp = c.one(r"全年执行" + NUM + r"万元，执行率" + NUM + "%")
    c.same("执行数（表）", (spent, "万元"), (tot[3], "万元"))
    c.rate("执行率（文）", rp, spent, annual)
    c.same("执行率", rp, tot[5].rstrip("%"))
    parts = c.one(r"减免补偿" + NUM + r"万元，上门服务及便民服务点运行" + NUM + r"万元，电子公证平台运维" + NUM
                  + r"万元，宣传培训" + NUM + "万元")
    c.total("sum_mismatch", "支出构成", (spent, "万元"), [(p, "万元") for p in parts])
    c.eq("balance_mismatch", "未支出", c.g(r"年末未支出的" + NUM + "万元"), n(annual) - n(spent))
    # outputs
    ov = c.g(r"\d{4}年共为" + NUM + "件公证事项减免公证费")
    cnt = c.g(r"全年减免公证事项" + NUM + "件（")
    types = c.one(r"分别为：80周岁以上老年人遗嘱公证(\d+)件，低保及特困人员公证(\d+)件，残疾人公证(\d+)件，农民工公证(\d+)件，"
                  r"退役军人及优抚对象公证(\d+)件，涉农经营主体公证(\d+)件")
    c.total("sum_mismatch", "减免分类", (cnt, None), [(x, None) for x in types])
    c.same("减免件数", cnt, ov, c.row("公证费减免事项", 2)[4].rstrip("件"))
    s_will, s_low, s_dis, s_vet = c.one(r"遗嘱公证每件(\d+)元，低保及特困人员、农民工每件(\d+)元，残疾人、涉农经营主体每件(\d+)元，"
                                        r"退役军人及优抚对象每件(\d+)元")
    comp_red = (n(types[0]) * n(s_will) + (n(types[1]) + n(types[3])) * n(s_low)
                + (n(types[2]) + n(types[5])) * n(s_dis) + n(types[4]) * n(s_vet)) / 10000
    red_y, red_w = c.one(r"全年减免公证费" + NUM + r"元，即" + NUM + "万元")
    c.money("sum_mismatch", "减免合计（元）", (red_y, "元"), comp_red)
    c.same("减免合计 元/万元", (red_y, "元"), (red_w, "万元"), (parts[0], "万元"),
           (c.row("减免补偿资金", 2)[4].replace("万元", ""), "万元"))
    ontime, trate, rest = c.one(r"按期办结" + NUM + r"件，按期办结率" + NUM + r"%，其余" + NUM + "件")
    c.total("sum_mismatch", "按期+顺延", (cnt, None), [(ontime, None), (rest, None)])
    c.rate("按期办结率", trate, ontime, cnt)
    c.same("按期办结率（表）", trate, c.row("按期办结率", 2)[4].rstrip("%"))
    pts = c.one(r"分别上门服务(\d+)次、(\d+)次、(\d+)次、(\d+)次、(\d+)次，平均每点" + NUM + "次")
    home = c.row("便民服务点上门服务次数", 2)
    mh = re.fullmatch(NUM + r"(.*)", home[4])
    c.total("sum_mismatch", "上门服务合计（表）", (mh.group(1), None), [(x, None) for x in pts[:5]])
    c.eq("average_mismatch", "平均每点", pts[5], sum(n(x) for x in pts[:5]) / 5)
    ben, ben_t = c.one(r"惠及群众" + NUM + r"人，未达到" + NUM + "人的目标")
    r_ben = c.row("惠及群众人数", 2)
    c.same("惠及人数", ben, r_ben[4].rstrip("人"))
    c.same("惠及人数目标", ben_t, r_ben[3].lstrip("≥").rstrip("人"), c.g(r"惠及群众(\d+)人以上"))
    towns, left = c.one(r"远程视频公证已覆盖(\d+)个乡镇（街道），另有(\d+)个")
    r_town = c.row("远程视频公证覆盖乡镇数", 2)
    c.same("覆盖乡镇", towns, r_town[4].rstrip("个"))
    town_t = c.g(r"远程视频公证覆盖(\d+)个乡镇（街道）")
    c.same("覆盖乡镇目标", town_t, r_town[3].lstrip("≥").rstrip("个"))
    c.total("sum_mismatch", "覆盖乡镇差额", (town_t, None), [(towns, None), (left, None)])
    allr, good, grate = c.one(r"收集评价(\d+)条，其中好评(\d+)条，好评率" + NUM + "%")
    c.rate("好评率", grate, good, allr)
    c.same("满意度（表）", grate, c.row("服务对象满意度", 2)[4].rstrip("%"))
    g_cnt, g_rate, g_home = c.one(r"减免公证事项不少于(\d+)件，按期办结率" + NUM + r"%以上，上门服务不少于(\d+)次")
    c.same("件数目标", g_cnt, c.row("公证费减免事项", 2)[3].lstrip("≥").rstrip("件"))
    c.same("办结率目标", g_rate, c.row("按期办结率", 2)[3].lstrip("≥").rstrip("%"))
    c.same("上门目标", g_home, home[3].lstrip("≥").rstrip("次"))
    c.same("满意度目标", c.g(r"服务对象满意度" + NUM + "%以上"), c.row("服务对象满意度", 2)[3].lstrip("≥").rstrip("%"))
    # scoring
    rows = generic_rows(c)
    rows.append({"level": "预算执行", "name": "预算执行率", "weight": tot[4], "score": tot[6],
                 "exec": (tot[3], tot[2]), "rate": tot[5].rstrip("%")})
    lw = c.one(r"其中预算执行率" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM + r"分、满意度指标" + NUM + "分")
    ls = c.one(r"预算执行得分" + NUM + r"分，产出指标得分" + NUM + r"分，效益指标得分" + NUM + r"分，满意度指标得分" + NUM
               + r"分，自评总分" + NUM + r"分，评价等级为(优|良|中|差)")
    levels = ["预算执行", "产出指标", "效益指标", "满意度指标"]
    c.same("执行得分", ls[0], tot[6])
    c.same("执行分值", lw[0], tot[4])
    c.scoring(rows, [c.g(r"本次自评满分(\d+)分")], [ls[4]], ls[5],
              level_weights=dict(zip(levels, lw)), level_scores=dict(zip(levels, ls[:4])))


PROJECTS = {
    "sd-juxian-gongyigongzheng-2019": p_juxian,
    "hn-liling-gongzhengjianmian-2022": p_liling,
    "jx-ruijin-gongzhengchu-bumen-2020": p_ruijin,
    "sx-hongtong-gongzhengjianmian-2021": p_hongtong,
    "yn-mile-gongzhengbutie-2024": p_mile,
}


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def diff_region(a, b):
    """one contiguous differing region: returns (start, end) in b."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ list different files")
    counts = {k: 0 for k in CODES}
    where = {}
    for lab in labels:
        text = read(os.path.join(CASES, lab["case"]))
        src = lab["source"]
        clean = read(os.path.join(CASES, f"{src}-clean.txt"))
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            if not 2800 <= len(text) <= 3400:
                problems.append(f"{lab['case']}: length {len(text)} outside 2800-3400")
        else:
            if len(lab["expected"]) != 1:
                problems.append(f"{lab['case']}: expected exactly one finding")
            exp = lab["expected"][0]
            if exp["severity"] != "error" or exp["code"] not in CODES:
                problems.append(f"{lab['case']}: bad code/severity")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            if text.count(v) < 1:
                problems.append(f"{lab['case']}: value {v!r} not in case")
            if clean == text:
                problems.append(f"{lab['case']}: identical to clean draft")
            ds, de = diff_region(clean, text)
            de = max(de, ds + 1)
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not any(o < de and o + len(v) > ds for o in occ):
                problems.append(f"{lab['case']}: edit [{ds},{de}) does not overlap value {v!r}")
            # the edit must be one contiguous place: clean minus common prefix/suffix is one piece by construction;
            # also check that outside that region the texts are identical
            cp, cs = ds, len(text) - de
            if clean[:cp] != text[:cp] or clean[len(clean) - cs:] != text[len(text) - cs:]:
                problems.append(f"{lab['case']}: more than one differing place")
        c = Case(lab["case"], text)
        try:
            PROJECTS[src](c)
        except AssertionError as e:
            problems.append(f"{lab['case']}: extraction failed: {e}")
            continue
        got = sorted(set(code for code, _ in c.fails))
        want = sorted(set(e["code"] for e in lab["expected"]))
        status = "ok"
        if got != want:
            status = "MISMATCH"
            problems.append(f"{lab['case']}: expected {want}, arithmetic gives {got}: {c.fails}")
        if lab["clean"] and c.warns:
            problems.append(f"{lab['case']}: scoring-rule warnings in a clean draft: {c.warns}")
        detail = "; ".join(m for _, m in c.fails) if c.fails else "all checks pass"
        print(f"{status:8} {lab['case']:45} {','.join(got) or '-':22} {detail}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} used {counts.get(code, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
