#!/usr/bin/env python3
"""Check the n76 set.

1. Labels: every value occurs exactly once in its case and never in the clean draft;
   the case differs from its clean draft by one small edit (rules in check_edit).
2. Clean drafts: redo the arithmetic (rates, balances, sums, products, 亿元/万元
   conversions, averages, weights to 100, scores to total, grade band).  Every figure
   used below must occur in the clean text (a leading "~" marks an intermediate
   that is not printed).  Tolerance: half a unit of the stated figure's last decimal.
Pure Python 3, no third-party modules.  Prints OK or the list of failures.
"""
import difflib
import json
import os
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []
SCORE_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
class Ctx:
    def __init__(self, proj):
        self.proj = proj
        self.text = read(proj + "-clean.txt")
        self.n = 0

    def num(self, s):
        s = str(s)
        printed = not s.startswith("~")
        s = s.lstrip("~")
        if printed and s not in self.text:
            fail("%s: figure %s not found in clean text" % (self.proj, s))
        return D(s)

    def close(self, calc, stated, what):
        self.n += 1
        s = str(stated).lstrip("~")
        v = self.num(stated)
        d = len(s.split(".")[1]) if "." in s else 0
        tol = D(5) * D(10) ** (-(d + 1)) + D("1e-9")
        if abs(calc - v) > tol:
            fail("%s: %s: computed %s, stated %s" % (self.proj, what, calc, s))

    def need(self, s):
        self.n += 1
        if s not in self.text:
            fail("%s: expected text not found: %r" % (self.proj, s))

    # identities -------------------------------------------------------
    def mul(self, a, b, c, what="product"):
        self.close(self.num(a) * self.num(b), c, "%s %s x %s" % (what, a, b))

    def sum(self, parts, total, what="sum"):
        self.close(sum(self.num(p) for p in parts), total, "%s of %s" % (what, parts))

    def exactsum(self, parts, total, what="table sum"):
        """sum at printed precision must equal the printed total exactly"""
        self.n += 1
        s = sum(self.num(p) for p in parts)
        if s != self.num(total):
            fail("%s: %s %s = %s, printed %s" % (self.proj, what, parts, s, total))

    def diff(self, a, b, c, what="difference"):
        self.close(self.num(a) - self.num(b), c, "%s %s - %s" % (what, a, b))

    def pct(self, num, den, p, what="rate"):
        self.close(self.num(num) / self.num(den) * 100, p, "%s %s/%s" % (what, num, den))

    def growth(self, new, old, p, what="growth"):
        n, o = self.num(new), self.num(old)
        self.close(abs(n - o) / o * 100, p, "%s %s vs %s" % (what, new, old))

    def div(self, a, b, c, what="quotient"):
        self.close(self.num(a) / self.num(b), c, "%s %s/%s" % (what, a, b))

    def months(self, balance, spending, m):
        self.close(self.num(balance) / (self.num(spending) / 12), m, "months payable")

    def avg(self, items, c):
        self.close(sum(self.num(i) for i in items) / len(items), c, "average of %s" % items)

    def yi(self, wan, yi):
        self.close(self.num(wan) / 10000, yi, "万元->亿元 %s" % wan)

    # scoring ----------------------------------------------------------
    def score(self, w, rule, t, a, s, comp=None, what="row"):
        """rule: exec | gte | lte | eq | given | achieved | partly | not_achieved"""
        w_, s_ = self.num(w), self.num(s)
        if s_ > w_ or s_ < 0:
            fail("%s: %s score %s outside [0, %s]" % (self.proj, what, s, w))
        if rule in ("given",):
            return
        if rule in ("achieved", "partly", "not_achieved"):
            lo, hi = {"achieved": (D("0.8"), D("1.0001")), "partly": (D("0.6"), D("0.8")),
                      "not_achieved": (D(0), D("0.6"))}[rule]
            self.n += 1
            if not (lo * w_ <= s_ < hi * w_ or (rule == "achieved" and s_ == w_)):
                fail("%s: %s qualitative score %s not in band %s" % (self.proj, what, s, rule))
            return
        T, A = self.num(t), self.num(a)
        if rule in ("exec", "gte") or (rule == "eq" and T > 0):
            r = A / T
            sc = w_ * min(r, D(1)) if A > 0 else D(0)
            c = r * 100
        elif rule == "lte":
            if A <= T:
                sc, c = w_, D(100)
            else:
                sc, c = w_ * T / A, T / A * 100
        else:  # eq with T == 0
            sc = w_ if A <= 0 else D(0)
            c = None
        self.close(sc, s, "%s score" % what)
        if comp is not None and c is not None:
            self.close(c, comp, "%s completion" % what)

    def total(self, weights, scores, wtotal, stotal, grade):
        self.close(sum(self.num(w) for w in weights), wtotal, "weights")
        if self.num(wtotal) != 100:
            fail("%s: weights total %s" % (self.proj, wtotal))
        self.close(sum(self.num(s) for s in scores), stotal, "scores")
        v = self.num(stotal)
        band = "优" if v >= 90 else "良" if v >= 80 else "中" if v >= 60 else "差"
        self.n += 1
        if band != grade:
            fail("%s: total %s is %s, drafted grade %s" % (self.proj, stotal, band, grade))


# ---------------------------------------------------------------- projects
def jianhe():
    c = Ctx("jianhe-jumin-2021")
    c.sum(["464", "69.60", "17.40", "29.00"], "580", "per-capita split")
    for pop, tot, parts in (("22.40", "12992.00", ["10393.60", "1559.04", "389.76", "649.60"]),
                            ("22.65", "13137.00", ["10509.60", "1576.44", "394.11", "656.85"])):
        c.mul("580", pop, tot)
        for std, p in zip(["464", "69.60", "17.40", "29.00"], parts):
            c.mul(std, pop, p)
        c.sum(parts, tot, "levels")
    c.diff("13137.00", "12992.00", "145.00", "adjustment")
    c.sum(["10393.60", "116.00"], "10509.60", "central batches")
    c.sum(["10509.60", "1576.44", "394.11", "610.00"], "13090.15", "received")
    c.diff("656.85", "610.00", "46.85", "county shortfall")
    c.pct("13090.15", "13137.00", "99.64", "到位率/执行率")
    c.need("到位资金无结余")
    # 亿元 table
    for w, y in (("10509.60", "1.0510"), ("1576.44", "0.1576"), ("394.11", "0.0394"), ("656.85", "0.0657"),
                 ("610.00", "0.0610"), ("13137.00", "1.3137"), ("13090.15", "1.3090"), ("46.85", "0.0047")):
        c.yi(w, y)
    c.exactsum(["1.0510", "0.1576", "0.0394", "0.0657"], "1.3137")
    c.exactsum(["1.0510", "0.1576", "0.0394", "0.0610"], "1.3090")
    c.diff("1.3137", "1.3090", "0.0047")
    c.diff("0.0657", "0.0610", "0.0047")
    c.need("县级配套｜0.0657｜0.0610｜0.0610｜0.0047")
    c.need("合计｜1.3137｜1.3090｜1.3090｜0.0047")
    # coverage and benefits
    c.pct("22.65", "23.18", "97.71", "参保率")
    c.diff("22.65", "22.40", "0.25")
    c.growth("22.65", "22.40", "1.12")
    c.sum(["0.41", "2.36", "2.35"], "5.12", "assisted enrolment")
    c.sum(["3", "13", "199"], "215", "medical institutions")
    c.sum(["215", "38"], "253", "inspected institutions")
    c.pct("4.12", "22.65", "18.19", "住院率")
    c.growth("4928", "4816", "2.33")
    c.diff("70.86", "69.52", "1.34", "百分点")
    c.diff("48.20", "46.75", "1.45", "百分点")
    c.div("2105.73", "52.36", "40.22", "次均统筹支付")
    c.pct("1402.36", "1585.50", "88.45", "赔付率")
    # fund
    c.mul("320", "22.65", "7248.00")
    c.sum(["7248.00", "13090.15", "86.37", "12.48"], "20437.00", "fund income")
    c.growth("20437.00", "19298.60", "5.90")
    c.mul("70", "22.65", "1585.50")
    c.sum(["14386.42", "2105.73", "1127.60", "1585.50", "57.31"], "19262.56", "fund spending")
    c.growth("19262.56", "17936.20", "7.39")
    q = ["4512.36", "4698.21", "4873.40", "5178.59"]
    c.sum(q, "19262.56", "quarters")
    c.avg(q, "4815.64")
    c.diff("20437.00", "19262.56", "1174.44", "当期结余")
    c.sum(["9615.20", "1174.44"], "10789.64", "累计结余")
    c.div("19262.56", "12", "1605.21", "月均支出")
    c.months("10789.64", "19262.56", "6.72")
    c.pct("1160", "1200", "96.67")
    c.pct("1028", "1160", "88.62", "满意度")
    c.diff("90", "88.62", "1.38")
    # table
    rows = [("10", "exec", "13137.00", "13090.15", "9.96", "99.64"),
            ("10", "gte", "22.40", "22.65", "10", "101.12"),
            ("10", "gte", "95", "97.71", "10", "102.85"),
            ("10", "eq", "100", "99.64", "9.96", "99.64"),
            ("10", "gte", "95", "100", "10", "105.26"),
            ("10", "eq", "580", "580", "10", "100"),
            ("10", "gte", "70", "70.86", "10", "101.23"),
            ("10", "gte", "50", "48.20", "9.64", "96.40"),
            ("10", "gte", "6", "6.72", "10", "112.00"),
            ("10", "gte", "90", "88.62", "9.85", "98.47")]
    for i, r in enumerate(rows):
        c.score(*r, what="row %d" % i)
    c.need("年度资金总额｜12992.00｜13137.00｜13090.15｜10｜99.64%｜9.96")
    c.need("城乡居民参保率｜≥95%｜97.71%｜102.85%｜10｜10")
    c.need("普通门诊政策范围内报销比例｜≥50%｜48.20%｜96.40%｜10｜9.64")
    c.need("参保群众满意度｜≥90%｜88.62%｜98.47%｜10｜9.85")
    c.need("总分｜｜｜｜｜｜100｜99.41｜评价等级：优")
    c.sum([r[4] for r in rows[1:6]], "49.96", "产出")
    c.sum([r[4] for r in rows[6:9]], "29.64", "效益")
    c.sum(["0.04", "0.04", "0.36", "0.15"], "0.59", "deductions")
    c.diff("100", "99.41", "0.59")
    c.total([r[0] for r in rows], [r[4] for r in rows], "100", "99.41", "优")
    c.need("评价等级为优")
    return c


def chuxiong():
    c = Ctx("chuxiong-zhoubuzhu-2023")
    c.sum(["512", "76.80", "19.20", "32.00"], "640", "per-capita split")
    parts = ["115942.40", "17391.36", "4347.84", "7246.40"]
    c.mul("640", "226.45", "144928.00")
    for std, p in zip(["512", "76.80", "19.20", "32.00"], parts):
        c.mul(std, "226.45", p)
    c.sum(parts, "144928.00", "levels")
    c.mul("19.20", "230.00", "4416.00", "initial budget")
    c.diff("4416.00", "4347.84", "68.16", "adjustment")
    c.sum(["4000.00", "347.84"], "4347.84", "batches")
    counties = ["904.70", "253.06", "327.36", "379.39", "330.24", "467.71", "187.01", "361.92", "480.58", "655.87"]
    c.sum(counties, "4347.84", "county allocation")
    c.pct("4347.84", "4347.84", "100", "到位率")
    c.need("4347.84万元，到位率100%")
    c.pct("4310.40", "4347.84", "99.14", "执行率")
    c.diff("4347.84", "4310.40", "37.44", "结转")
    # funds block of the table
    c.sum(["4347.84", "0.96"], "4348.80")
    c.sum(["4310.40", "0.96"], "4311.36")
    c.pct("4311.36", "4348.80", "99.14")
    c.need("| 年度资金总额 | 4416.00 | 4348.80 | 4311.36 | 10 | 99.14% | 9.91 |")
    c.need("| 上年结转资金 | 0.00 | 0.96 | 0.96 | — | 100% | — |")
    # coverage
    c.pct("226.45", "235.59", "96.12", "参保率")
    c.diff("230.81", "226.45", "4.36")
    c.pct("4.36", "230.81", "1.89")
    # fund
    inc = ["86051.00", "144890.56", "1236.18", "318.26"]
    exp = ["158426.35", "24318.72", "15206.49", "16983.75", "1102.69"]
    c.mul("380", "226.45", "86051.00")
    c.diff("144928.00", "37.44", "144890.56", "subsidy income")
    c.sum(inc, "232496.00", "income")
    c.growth("232496.00", "224905.30", "3.38")
    c.mul("75", "226.45", "16983.75")
    c.sum(exp, "216038.00", "spending")
    c.growth("216038.00", "205617.40", "5.07")
    c.diff("232496.00", "216038.00", "16458.00", "当期结余")
    c.sum(["131962.40", "16458.00"], "148420.40", "累计结余")
    c.div("216038.00", "12", "18003.17")
    c.months("148420.40", "216038.00", "8.24")
    yi_inc = ["8.6051", "14.4891", "0.1236", "0.0318"]
    yi_exp = ["15.8426", "2.4319", "1.5206", "1.6984", "0.1103"]
    for w, y in zip(inc + exp + ["232496.00", "216038.00", "16458.00", "148420.40"],
                    yi_inc + yi_exp + ["23.2496", "21.6038", "1.6458", "14.8420"]):
        c.yi(w, y)
    c.exactsum(yi_inc, "23.2496")
    c.exactsum(yi_exp, "21.6038")
    c.diff("23.2496", "21.6038", "1.6458")
    shares_i = ["37.01", "62.32", "0.53", "0.14"]
    shares_e = ["73.33", "11.26", "7.04", "7.86", "0.51"]
    for w, s in zip(inc, shares_i):
        c.pct(w, "232496.00", s, "share")
    for w, s in zip(exp, shares_e):
        c.pct(w, "216038.00", s, "share")
    c.exactsum(shares_i, "100.00")
    c.exactsum(shares_e, "100.00")
    # benefits
    c.pct("30.37", "226.45", "13.41", "住院率")
    c.growth("5216", "5378", "3.01")
    c.diff("71.35", "70.68", "0.67")
    c.diff("72", "71.35", "0.65")
    c.pct("15126.92", "16983.75", "89.07")
    c.pct("142", "186", "76.34")
    c.diff("186", "142", "44")
    c.pct("1952", "2000", "97.60")
    c.pct("1667", "1952", "85.40")
    rows = [("10", "exec", "4348.80", "4311.36", "9.91"),
            ("10", "gte", "230", "226.45", "9.85"),
            ("5", "eq", "10", "10", "5"),
            ("10", "gte", "97", "96.12", "9.91"),
            ("5", "eq", "100", "100", "5"),
            ("10", "gte", "95", "99.14", "10"),
            ("10", "eq", "19.20", "19.20", "10"),
            ("10", "gte", "72", "71.35", "9.91"),
            ("10", "partly", None, None, "7"),
            ("10", "gte", "6", "8.24", "10"),
            ("10", "gte", "90", "85.40", "9.49")]
    for i, r in enumerate(rows):
        c.score(*r, what="row %d" % i)
    for s in ("| 全州城乡居民参保人数 | ≥230万人 | 226.45万人 | 10 | 9.85 |",
              "| 州级补助资金覆盖县市 | =10个 | 10个 | 5 | 5 |",
              "| 城乡居民参保率 | ≥97% | 96.12% | 10 | 9.91 |",
              "| 补助资金按参保人数分配准确率 | =100% | 100% | 5 | 5 |",
              "| 州级补助资金年末拨付率 | ≥95% | 99.14% | 10 | 10 |",
              "| 州级人均财政补助标准 | =19.20元 | 19.20元 | 10 | 10 |",
              "| 政策范围内住院费用报销比例 | ≥72% | 71.35% | 10 | 9.91 |",
              "| 部分达成（覆盖率76.34%） | 10 | 7 |",
              "| 基金累计结余可支付月数 | ≥6个月 | 8.24个月 | 10 | 10 |",
              "| 参保群众满意度 | ≥90% | 85.40% | 10 | 9.49 |",
              "| 总分 | | | | | 100 | 96.07 | 等级：优 |"):
        c.need(s)
    c.total([r[0] for r in rows], [r[4] for r in rows], "100", "96.07", "优")
    c.need("自评得分96.07分，评价等级为优")
    return c


def lintao():
    c = Ctx("lintao-jumin-2019")
    std = ["416", "62.40", "15.60", "26.00"]
    c.sum(std, "520", "per-capita split")
    for pop, tot, parts in (("46.85", "24362.00", ["19489.60", "2923.44", "730.86", "1218.10"]),
                            ("46.15", "23998.00", ["19198.40", "2879.76", "719.94", "1199.90"])):
        c.mul("520", pop, tot)
        for s, p in zip(std, parts):
            c.mul(s, pop, p)
        c.sum(parts, tot, "levels")
    c.diff("24362.00", "23998.00", "364.00")
    c.mul("520", "0.70", "364.00")
    c.sum(["19198.40", "2879.76", "719.94", "710.00"], "23508.10", "received")
    c.pct("23508.10", "23998.00", "97.96", "到位率")
    c.pct("710.00", "1199.90", "59.17", "county 到位率")
    c.diff("1199.90", "710.00", "489.90")
    c.sum(["19198.40", "2879.76", "710.00"], "22788.16", "executed")
    c.pct("22788.16", "23998.00", "94.96", "执行率")
    c.diff("23508.10", "22788.16", "719.94", "结余")
    # flattened 亿元 table
    for w, y in (("24362.00", "2.4362"), ("19489.60", "1.9490"), ("2923.44", "0.2923"), ("730.86", "0.0731"),
                 ("1218.10", "0.1218"), ("23998.00", "2.3998"), ("19198.40", "1.9198"), ("2879.76", "0.2880"),
                 ("719.94", "0.0720"), ("1199.90", "0.1200"), ("23508.10", "2.3508"), ("710.00", "0.0710"),
                 ("22788.16", "2.2788")):
        c.yi(w, y)
    c.exactsum(["1.9490", "0.2923", "0.0731", "0.1218"], "2.4362", "row (1)")
    c.exactsum(["1.9198", "0.2880", "0.0720", "0.1200"], "2.3998", "row (2)")
    c.exactsum(["1.9198", "0.2880", "0.0720", "0.0710"], "2.3508", "row (3)")
    c.exactsum(["1.9198", "0.2880", "0", "0.0710"], "2.2788", "row (4)")
    c.diff("2.3508", "2.2788", "0.0720", "row (5)")
    c.pct("2.3508", "2.3998", "97.96", "row (6)")
    c.pct("0.0710", "0.1200", "59.17", "row (6) county")
    c.pct("2.2788", "2.3998", "94.96", "row (7)")
    for s in ("\t全年执行资金\n\t(4)\n\t2.2788\n\t2.2788\n\t1.9198\n\t0.2880\n\t0\n\t0.0710",
              "\t资金结余\n\t(5)=(3)-(4)\n\t0.0720\n\t0.0720\n\t0\n\t0\n\t0.0720\n\t0",
              "\t预算到位率(%)\n\t(6)=(3)/(2)\n\t97.96\n\t97.96\n\t100\n\t100\n\t100\n\t59.17",
              "\t预算执行率(%)\n\t(7)=(4)/(2)\n\t94.96\n\t94.96\n\t100\n\t100\n\t0\n\t59.17"):
        c.need(s)
    # coverage, benefits, fund
    c.pct("46.15", "47.66", "96.83")
    c.diff("46.85", "46.15", "0.70")
    c.pct("0.70", "46.85", "1.49")
    c.pct("8.46", "46.15", "18.33")
    c.diff("68.92", "67.85", "1.07")
    c.growth("4325", "4107", "5.31")
    c.mul("250", "46.15", "11537.50")
    c.sum(["11537.50", "22788.16", "96.44", "27.90"], "34450.00", "income")
    c.growth("34450.00", "33102.15", "4.07")
    c.mul("65", "46.15", "2999.75")
    c.sum(["26786.18", "3088.40", "2643.25", "2999.75", "177.80"], "35695.38", "spending")
    c.growth("35695.38", "32896.40", "8.51")
    c.diff("35695.38", "34450.00", "1245.38", "deficit")
    c.diff("16092.70", "1245.38", "14847.32", "累计结余")
    c.div("35695.38", "12", "2974.62")
    c.months("14847.32", "35695.38", "4.99")
    c.diff("8.51", "4.07", "4.44")
    c.pct("1500", "1560", "96.15")
    c.pct("1251", "1500", "83.40")
    rows = [("10", "exec", "23998.00", "22788.16", "9.50", "94.96"),
            ("10", "gte", "46.85", "46.15", "9.85", "98.51"),
            ("10", "eq", "100", "100", "10", "100"),
            ("10", "eq", "100", "97.96", "9.80", "97.96"),
            ("10", "eq", "100", "59.17", "5.92", "59.17"),
            ("10", "eq", "520", "520", "10", "100"),
            ("10", "gte", "70", "67.85", "9.69", "96.93"),
            ("10", "not_achieved", None, None, "3"),
            ("10", "gte", "6", "4.99", "8.32", "83.17"),
            ("10", "gte", "90", "83.40", "9.27", "92.67")]
    for i, r in enumerate(rows):
        c.score(*r, what="row %d" % i)
    for s in ("\t预算执行率\n\t10\n\t100%\n\t94.96%\n\t94.96%\n\t9.50",
              "\t城乡居民参保人数\n\t10\n\t≥46.85万人\n\t46.15万人\n\t98.51%\n\t9.85",
              "\t建档立卡贫困人口参保率\n\t10\n\t=100%\n\t100%\n\t100%\n\t10",
              "\t财政补助资金到位率\n\t10\n\t=100%\n\t97.96%\n\t97.96%\n\t9.80",
              "\t县级配套资金到位率\n\t10\n\t=100%\n\t59.17%\n\t59.17%\n\t5.92",
              "\t人均财政补助标准\n\t10\n\t=520元\n\t520元\n\t100%\n\t10",
              "\t政策范围内住院费用报销比例\n\t10\n\t≥70%\n\t67.85%\n\t96.93%\n\t9.69",
              "\t基金当期收支平衡\n\t10\n\t收支平衡\n\t当期收不抵支1245.38万元，未达成\n\t—\n\t3",
              "\t基金累计结余可支付月数\n\t10\n\t≥6个月\n\t4.99个月\n\t83.17%\n\t8.32",
              "\t参保群众满意度\n\t10\n\t≥90%\n\t83.40%\n\t92.67%\n\t9.27",
              "\t合计\n\t\n\t100\n\t\n\t\n\t\n\t85.35"):
        c.need(s)
    c.sum([r[4] for r in rows[1:6]], "45.57", "产出")
    c.sum([r[4] for r in rows[6:9]], "21.01", "效益")
    c.total([r[0] for r in rows], [r[4] for r in rows], "100", "85.35", "良")
    c.need("总得分85.35分，属于“良好”")
    return c


def xishui():
    c = Ctx("xishui-jumin-2024")
    std = ["536", "80.40", "20.10", "33.50"]
    c.sum(std, "670", "per-capita split")
    for pop, tot, parts in (("58.60", "39262.00", ["31409.60", "4711.44", "1177.86", "1963.10"]),
                            ("57.80", "38726.00", ["30980.80", "4647.12", "1161.78", "1936.30"])):
        c.mul("670", pop, tot)
        for s, p in zip(std, parts):
            c.mul(s, pop, p)
        c.sum(parts, tot, "levels")
    c.diff("39262.00", "38726.00", "536.00")
    c.diff("58.60", "57.80", "0.80")
    c.mul("670", "0.80", "536.00")
    c.pct("38726.00", "38726.00", "100")
    c.need("执行38726.00万元，预算执行率100%，无结余结转")
    # item amounts in 万元 are printed only in the 亿元 table ("~" = not printed)
    inc = ["~23120.00", "38726.00", "~215.36", "~48.64"]
    exp = ["~42873.16", "~6984.27", "~4962.51", "4508.40", "~387.66"]
    c.mul("400", "57.80", "~23120.00")
    c.mul("78", "57.80", "4508.40")
    c.sum(inc, "62110.00", "income")
    c.sum(exp, "59716.00", "spending")
    c.growth("62110.00", "60215.40", "3.15")
    c.growth("59716.00", "57936.85", "3.07")
    c.diff("62110.00", "59716.00", "2394.00", "当期结余")
    c.sum(["27316.58", "2394.00"], "29710.58", "累计结余")
    c.div("59716.00", "12", "4976.33")
    c.months("29710.58", "59716.00", "5.97")
    c.pct("5.97", "6", "99.50")
    yi_inc = ["2.3120", "3.8726", "0.0215", "0.0049"]
    yi_exp = ["4.2873", "0.6984", "0.4963", "0.4508", "0.0388"]
    for w, y in zip(inc + exp + ["62110.00", "59716.00", "2394.00", "27316.58", "29710.58"],
                    yi_inc + yi_exp + ["6.2110", "5.9716", "0.2394", "2.7317", "2.9711"]):
        c.yi(w, y)
    c.exactsum(yi_inc, "6.2110")
    c.exactsum(yi_exp, "5.9716")
    c.diff("6.2110", "5.9716", "0.2394")
    c.sum(["2.7317", "0.2394"], "2.9711")
    c.pct("57.80", "60.57", "95.43")
    c.diff("59.62", "57.80", "1.82")
    c.pct("1.82", "59.62", "3.05")
    c.pct("8.53", "57.80", "14.76")
    c.diff("72.16", "71.58", "0.58")
    c.growth("5032", "5147", "2.23")
    c.pct("960", "1000", "96.00")
    c.pct("876", "960", "91.25")
    rows = [("10", "exec", "38726.00", "38726.00", "10", "100"),
            ("10", "gte", "58.60", "57.80", "9.86", "98.63"),
            ("10", "gte", "95", "95.43", "10", "100.45"),
            ("10", "eq", "100", "100", "10", "100"),
            ("5", "gte", "95", "100", "5", "105.26"),
            ("10", "eq", "670", "670", "10", "100"),
            ("5", "lte", "20", "12", "5", "100"),
            ("10", "gte", "70", "72.16", "10", "103.09"),
            ("10", "lte", "3", "-2.23", "10", "100"),
            ("10", "gte", "6", "5.97", "9.95", "99.50"),
            ("10", "gte", "90", "91.25", "10", "101.39")]
    for i, r in enumerate(rows):
        c.score(*r, what="row %d" % i)
    for s in ("年度资金总额\t39262.00\t38726.00\t38726.00\t10\t100%\t10",
              "城乡居民参保人数\t≥58.60万人\t57.80万人\t98.63%\t10\t9.86",
              "城乡居民参保率\t≥95%\t95.43%\t100.45%\t10\t10",
              "补助资金拨付及时率\t≥95%\t100%\t105.26%\t5\t5",
              "零星报销结算时限\t≤20个工作日\t12个工作日\t100%\t5\t5",
              "次均住院费用增幅\t≤3%\t-2.23%\t100%\t10\t10",
              "基金累计结余可支付月数\t≥6个月\t5.97个月\t99.50%\t10\t9.95",
              "参保群众满意度\t≥90%\t91.25%\t101.39%\t10\t10",
              "总分\t\t\t\t\t\t100\t99.81\t自评等级：优"):
        c.need(s)
    c.sum([r[4] for r in rows[1:7]], "49.86", "产出")
    c.sum([r[4] for r in rows[7:10]], "29.95", "效益")
    c.total([r[0] for r in rows], [r[4] for r in rows], "100", "99.81", "优")
    c.need("项目得分99.81分，等级为优")
    return c


def zhenxiong():
    c = Ctx("zhenxiong-bumen-2022")
    c.sum(["690.20", "4863.00"], "5553.20", "initial budget")
    c.sum(["4209.00", "560.00", "36.00", "58.00"], "4863.00", "initial projects")
    c.mul("30.50", "138.00", "4209.00")
    c.diff("702.36", "690.20", "12.16")
    c.diff("4227.30", "4209.00", "18.30")
    c.mul("30.50", "~0.60", "18.30")
    c.sum(["5553.20", "12.16", "18.30"], "5583.66", "adjusted budget")
    c.sum(["618.40", "83.96"], "702.36", "basic")
    c.sum(["4227.30", "560.00", "36.00", "58.00"], "4881.30", "projects")
    c.sum(["702.36", "4881.30"], "5583.66")
    c.sum(["618.40", "79.74"], "698.14", "basic spent")
    c.sum(["4227.30", "548.32", "31.86", "52.20"], "4859.68", "projects spent")
    c.sum(["698.14", "4859.68"], "5557.82")
    c.pct("5557.82", "5583.66", "99.54", "执行率")
    c.pct("4859.68", "4881.30", "99.56", "项目支出执行率")
    c.pct("4227.30", "4227.30", "100")
    c.pct("548.32", "560.00", "97.91")
    c.pct("31.86", "36.00", "88.50")
    c.pct("52.20", "58.00", "90.00")
    c.diff("5583.66", "5557.82", "25.84", "结转结余")
    c.sum(["4.22", "11.68", "4.14", "5.80"], "25.84")
    c.diff("83.96", "79.74", "4.22")
    c.diff("560.00", "548.32", "11.68")
    c.diff("36.00", "31.86", "4.14")
    c.diff("58.00", "52.20", "5.80")
    c.sum(["1.20", "5.30"], "6.50", "三公 budget")
    c.sum(["0.94", "4.92"], "5.86", "三公 spent")
    c.pct("5.86", "6.50", "90.15")
    c.growth("5.86", "6.42", "8.72")
    c.pct("45.12", "46.80", "96.41")
    c.sum(["12", "38"], "50")
    c.sum(["11", "36"], "47")
    c.pct("47", "50", "94.00")
    c.sum(["4227.30", "560.00"], "4787.30")
    c.pct("4787.30", "4881.30", "98.07")
    c.diff("5583.66", "5553.20", "30.46")
    c.pct("30.46", "5553.20", "0.55")
    c.pct("25.84", "5583.66", "0.46")
    c.pct("79.74", "83.96", "94.97")
    c.pct("210.30", "230.36", "91.29")
    c.pct("22", "24", "91.67")
    c.pct("20", "22", "90.91")
    c.pct("11", "12", "91.67")
    # subsidy and fund
    std = ["488", "73.20", "18.30", "30.50"]
    parts = ["67636.80", "10145.52", "2536.38", "4227.30"]
    c.sum(std, "610")
    c.mul("610", "138.60", "84546.00")
    for s, p in zip(std, parts):
        c.mul(s, "138.60", p)
    c.sum(parts, "84546.00")
    inc = ["48510.00", "84546.00", "392.47", "63.53"]
    exp = ["92418.63", "13672.35", "8520.84", "9979.20", "2232.98"]
    c.mul("350", "138.60", "48510.00")
    c.mul("72", "138.60", "9979.20")
    c.sum(inc, "133512.00")
    c.sum(exp, "126824.00")
    c.diff("133512.00", "126824.00", "6688.00")
    c.sum(["58703.36", "6688.00"], "65391.36")
    c.div("126824.00", "12", "10568.67")
    c.months("65391.36", "126824.00", "6.19")
    for w, y in zip(parts + ["84546.00", "133512.00", "126824.00", "6688.00", "65391.36"],
                    ["6.7637", "1.0146", "0.2536", "0.4227", "8.4546", "13.3512", "12.6824", "0.6688", "6.5391"]):
        c.yi(w, y)
    c.exactsum(["6.7637", "1.0146", "0.2536", "0.4227"], "8.4546")
    c.diff("13.3512", "12.6824", "0.6688")
    c.diff("73.05", "72.41", "0.64")
    c.pct("138.60", "140", "99.00")
    c.pct("138.60", "144.12", "96.17")
    c.diff("140.25", "138.60", "1.65")
    c.pct("1.65", "140.25", "1.18")
    c.pct("21.36", "138.60", "15.41")
    c.growth("4486", "4398", "2.00")
    c.pct("1181", "1200", "98.42")
    c.pct("1031", "1181", "87.30")
    c.avg(["98.60", "94.35", "91.20", "93.45"], "94.40")
    # department scoring (prose table)
    grp = {
        "目标设定": [("4", "given", None, None, "4"), ("4", "achieved", None, None, "3.50")],
        "预算配置": [("4", "lte", "100", "94.00", "4"), ("4", "lte", "0", "~-8.72", "4"),
                 ("4", "given", None, None, "4")],
        "预算执行": [("5", "exec", "5583.66", "5557.82", "4.98"), ("2", "given", None, None, "2"),
                 ("3", "given", None, None, "3"), ("2", "lte", "100", "94.97", "2"),
                 ("3", "lte", "100", "90.15", "3"), ("3", "gte", "100", "96.41", "2.89")],
        "预算管理": [("2", "given", None, None, "2"), ("3", "given", None, None, "2"),
                 ("2", "given", None, None, "2"), ("1", "given", None, None, "1")],
        "资产管理": [("2", "given", None, None, "2"), ("2", "gte", "100", "91.29", "1.83")],
        "产出": [("10", "gte", "24", "22", "9.17"), ("6", "gte", "22", "20", "5.45"),
               ("6", "gte", "22", "22", "6"), ("8", "gte", "12", "11", "7.33")],
        "社会效益": [("5", "gte", "75", "73.05", "4.87"), ("5", "gte", "140", "138.60", "4.95")],
        "可持续影响": [("4", "gte", "6", "6.19", "4")],
        "满意度": [("6", "gte", "90", "87.30", "5.82")],
    }
    sub = {"目标设定": ("8", "7.50"), "预算配置": ("12", "12"), "预算执行": ("18", "17.87"),
           "预算管理": ("8", "7"), "资产管理": ("4", "3.83"), "产出": ("30", "27.95"),
           "社会效益": ("10", "9.82"), "可持续影响": ("4", "4"), "满意度": ("6", "5.82")}
    for g, rows in grp.items():
        for i, r in enumerate(rows):
            c.score(*r, what="%s row %d" % (g, i))
        c.sum([r[0] for r in rows], sub[g][0], "%s weights" % g)
        c.sum([r[4] for r in rows], sub[g][1], "%s scores" % g)
    c.sum([sub[g][0] for g in ("目标设定", "预算配置")], "20")
    c.sum([sub[g][1] for g in ("目标设定", "预算配置")], "19.50", "投入")
    c.sum([sub[g][0] for g in ("预算执行", "预算管理", "资产管理")], "30")
    c.sum([sub[g][1] for g in ("预算执行", "预算管理", "资产管理")], "28.70", "过程")
    c.sum([sub[g][0] for g in ("社会效益", "可持续影响", "满意度")], "20")
    c.sum([sub[g][1] for g in ("社会效益", "可持续影响", "满意度")], "19.64", "效果")
    allrows = [r for g in grp.values() for r in g]
    c.total([r[0] for r in allrows], [r[4] for r in allrows], "100", "95.79", "优")
    for s in ("投入类指标分值20分，得19.50分", "过程类指标分值30分，得28.70分",
              "产出类指标分值30分，得27.95分", "效果类指标分值20分，得19.64分",
              "（1）目标设定（分值8分，得分7.50分）", "（2）预算配置（分值12分，得分12分）",
              "（1）预算执行（分值18分，得分17.87分）", "（2）预算管理（分值8分，得分7分）",
              "（3）资产管理（分值4分，得分3.83分）", "（1）社会效益（分值10分，得分9.82分）",
              "（2）可持续影响（分值4分，得分4分）", "（3）服务对象满意度（分值6分，得分5.82分）",
              "预算完成率分值5分，完成率99.54%，得4.98分", "政府采购执行率分值3分，执行率96.41%，得2.89分",
              "分值分别为2分、1分，分别得2分、1分", "固定资产利用率分值2分", "得1.83分",
              "完成率91.67%，得9.17分", "及时率90.91%，得5.45分", "办结率91.67%，得7.33分",
              "实际73.05%", "得4.87分", "完成99.00%，得4.95分", "满意度87.30%，目标90%，得5.82分",
              "自评总分95.79分，评价等级为“优”"):
        c.need(s)
    return c


# ---------------------------------------------------------------- labels and edits
def check_edit(name, clean, case, code):
    # common prefix / suffix -> the changed region
    i = 0
    while i < min(len(clean), len(case)) and clean[i] == case[i]:
        i += 1
    j = 0
    while (j < min(len(clean), len(case)) - i and clean[len(clean) - 1 - j] == case[len(case) - 1 - j]):
        j += 1
    old, new = clean[i:len(clean) - j], case[i:len(case) - j]
    if not old and not new:
        fail("%s: identical to clean draft" % name)
        return
    if code in SCORE_ROW_CODES and ("\n" in old or "\n" in new):
        # two adjacent rows: at most one line break, each line's change small
        if old.count("\n") > 1 or old.count("\n") != new.count("\n"):
            fail("%s: score-row edit spans more than two rows" % name)
        # the unchanged text between the two cell edits is not counted
        sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
        changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal")
        if changed > 16:
            fail("%s: score-row edit changes %d characters" % (name, changed))
        return
    if "\n" in old or "\n" in new:
        fail("%s: edit crosses a line break" % name)
    if len(old) > 16 or len(new) > 16:
        fail("%s: edit too large (%r -> %r)" % (name, old, new))


def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    codes = {}
    seen_cases = set()
    for lab in labels:
        name = lab["case"]
        seen_cases.add(name)
        case = read(name)
        clean = read(lab["source"] + "-clean.txt")
        if lab["clean"]:
            if lab["expected"] or case != clean:
                fail("%s: clean label inconsistent" % name)
            continue
        if len(lab["expected"]) != 1:
            fail("%s: expected exactly one label" % name)
        for e in lab["expected"]:
            if e["severity"] != "error":
                fail("%s: severity %s" % (name, e["severity"]))
            v = e["value"]
            if case.count(v) != 1:
                fail("%s: value occurs %d times in case" % (name, case.count(v)))
            if v in clean:
                fail("%s: value occurs in the clean draft" % name)
            codes.setdefault(e["code"], set()).add(lab["source"])
            check_edit(name, clean, case, e["code"])
    on_disk = set(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if on_disk != seen_cases:
        fail("cases on disk and labels differ: %s" % sorted(on_disk ^ seen_cases))
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for r in required:
        if len(codes.get(r, ())) < 2:
            fail("code %s used in fewer than two projects" % r)
    return labels, codes


def main():
    ctxs = [f() for f in (jianhe, chuxiong, lintao, xishui, zhenxiong)]
    for c in ctxs:
        n = len(c.text)
        if not 2500 <= n <= 6000:
            fail("%s: length %d outside 2500-6000" % (c.proj, n))
    labels, codes = check_labels()
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("arithmetic checks: %s" % ", ".join("%s %d" % (c.proj, c.n) for c in ctxs))
    print("cases: %d; codes: %s" % (len(labels), ", ".join(
        "%s x%d" % (k, sum(1 for l in labels for e in l["expected"] if e["code"] == k)) for k in sorted(codes))))
    print("OK")


if __name__ == "__main__":
    main()
