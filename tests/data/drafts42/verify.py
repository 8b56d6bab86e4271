#!/usr/bin/env python3
"""Check set n42: labels, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. each error case differs from its clean draft by one contiguous edit touching at most two
   lines, with at most 16 changed characters per line;
3. the key arithmetic of each clean draft (rates, balances, sums, weights, scores, grade) holds
   under the rules.md §8 tolerance (half a unit of the stated last decimal), and every figure used
   is present in the draft as a whole number token.
Pure Python 3.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def tol(s):
    s = s.rstrip("%")
    d = len(s.split(".")[1]) if "." in s else 0
    return D(5) / (D(10) ** (d + 1)) + D("1e-9")


def num(s):
    return D(s.rstrip("%").replace(",", ""))


def close(computed, stated):
    return abs(computed - num(stated)) <= tol(stated)


class Draft:
    def __init__(self, pid):
        self.pid = pid
        self.text = read(pid + "-clean.txt")
        # a PDF copy cuts numbers across lines: also look in the text with page furniture and
        # line breaks removed
        body = re.sub(r"\n— \d+ —\n\n[^\n]*自评报告\n", "\n", self.text)
        self.flat = self.text + "\n" + body.replace("\n", "")

    def has(self, token):
        pat = r"(?<![0-9.])" + re.escape(token) + r"(?![0-9])"
        if not re.search(pat, self.flat):
            fail("%s: figure %r not found in clean draft" % (self.pid, token))

    def say(self, *patterns):
        """statements that must be present as written (regex, whitespace runs as \\s+)."""
        for pat in patterns:
            rx = re.sub(r"(?:\\ )+", r"\\s+", re.escape(pat))
            if not re.search(rx, self.text):
                fail("%s: statement %r not found" % (self.pid, pat))

    def rows(self, specs):
        """(label, weight, score): a table line holding the label ends its figures with weight, score."""
        for label, w, sc in specs:
            rx = re.escape(label) + r"[^\n]*?\s" + re.escape(w) + r"\s+" + re.escape(sc) + r"(?=\s|$)"
            if not re.search(rx, self.text):
                fail("%s: row %s with %s / %s not found" % (self.pid, label, w, sc))

    def use(self, *tokens):
        for t in tokens:
            self.has(t)

    def rate(self, n, d, r, what=""):
        self.use(n, d, r)
        c = num(n) / num(d) * 100
        if not close(c, r):
            fail("%s: rate %s %s/%s = %.4f, stated %s" % (self.pid, what, n, d, c, r))

    def total(self, parts, t, what=""):
        self.use(*parts)
        self.use(t)
        c = sum(num(p) for p in parts)
        if not close(c, t):
            fail("%s: sum %s %s = %s, stated %s" % (self.pid, what, "+".join(parts), c, t))

    def diff(self, a, b, c, what=""):
        self.use(a, b, c)
        if not close(num(a) - num(b), c):
            fail("%s: diff %s %s-%s != %s" % (self.pid, what, a, b, c))

    def prod(self, factors, result, scale=1, what=""):
        for f in factors:
            self.has(f)
        self.has(result)
        c = D(1)
        for f in factors:
            c *= num(f)
        c = c / D(scale)
        if not close(c, result):
            fail("%s: product %s %s = %s, stated %s" % (self.pid, what, "x".join(factors), c, result))

    def avg(self, items, stated, what=""):
        self.use(*items)
        self.has(stated)
        c = sum(num(i) for i in items) / len(items)
        if not close(c, stated):
            fail("%s: average %s = %s, stated %s" % (self.pid, what, c, stated))

    def pct_of(self, part, whole, stated, what=""):
        self.rate(part, whole, stated, what)

    def change(self, old, new, pct, what=""):
        self.use(old, new, pct)
        c = (num(new) - num(old)) / num(old) * 100
        if not close(c, pct):
            fail("%s: growth %s %s->%s = %.4f, stated %s" % (self.pid, what, old, new, c, pct))

    def table(self, rows, total_weight, total_score, grade):
        """rows: (weight, score) strings of every scored row incl. execution."""
        ws = sum(num(w) for w, _ in rows)
        ss = sum(num(s) for _, s in rows)
        if ws != num(total_weight):
            fail("%s: weights add to %s, stated %s" % (self.pid, ws, total_weight))
        if not close(ss, total_score):
            fail("%s: scores add to %s, stated %s" % (self.pid, ss, total_score))
        for w, s in rows:
            if num(s) > num(w) or num(s) < 0:
                fail("%s: score %s outside 0..%s" % (self.pid, s, w))
        self.use(total_score)
        t = num(total_score)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        if not grade.startswith(band):
            fail("%s: grade %s does not fit total %s (%s)" % (self.pid, grade, total_score, band))
        if grade not in self.text:
            fail("%s: grade label %s not in text" % (self.pid, grade))

    def gte(self, target, actual, weight, score, completion=None):
        c = num(actual) / num(target)
        exp = min(D(1), c) * num(weight)
        if not close(exp, score):
            fail("%s: gte score %s/%s x %s = %s, stated %s" % (self.pid, actual, target, weight, exp, score))
        if completion is not None and not close(c * 100, completion):
            fail("%s: completion %s/%s = %s, stated %s" % (self.pid, actual, target, c * 100, completion))


def arithmetic():
    # ---------------- 1. Huining (Gansu) veterans' pensions 2021 ----------------
    p = Draft("huining-youfu-2021")
    p.total(["702.00", "162.00", "148.00"], "1012.00", "年初预算 by source")
    p.total(["743.60", "175.60", "148.00"], "1067.20", "全年预算 by source")
    p.total(["743.60", "175.60", "138.86"], "1058.06", "执行 by source")
    p.total(["702.00", "41.60"], "743.60", "central = advance + top-up")
    p.total(["162.00", "13.60"], "175.60", "provincial = initial + top-up")
    p.total(["41.60", "13.60"], "55.20", "追加")
    p.total(["1012.00", "55.20"], "1067.20", "年初 + 追加")
    p.rate("1058.06", "1067.20", "99.14%", "execution")
    p.rate("138.86", "148.00", "93.82%", "county execution")
    p.rate("743.60", "743.60", "100.00%", "central")
    p.diff("148.00", "138.86", "9.14", "county balance")
    p.diff("1067.20", "1058.06", "9.14", "overall balance")
    p.diff("1058.06", "1002.35", "55.71", "vs 2020")
    p.change("1002.35", "1058.06", "5.56%", "vs 2020")
    p.diff("1257", "1256", "1", "year-end change")
    # detail table: persons x months x standard
    cats = [("21", "1386", "20", "1486", "247", "352342"),
            ("64", "778", "63", "838", "763", "612514"),
            ("612", "629", "608", "679", "7324", "4758796"),
            ("18", "1830", "18", "1960", "216", "406980"),
            ("9", "1640", "9", "1755", "108", "182295")]
    for a, s1, b, s2, rc, amt in cats:
        p.use(a, s1, b, s2, rc, amt)
        if num(a) * 7 + num(b) * 5 != num(rc):
            fail("huining: 人次 %s" % rc)
        if num(a) * 7 * num(s1) + num(b) * 5 * num(s2) != num(amt):
            fail("huining: amount %s" % amt)
    p.use("1538", "1556", "436", "441", "5257", "780740", "1164", "3486933", "97")
    if D(1538) * 7 * 40 + D(1556) * 5 * 45 != D(780740):
        fail("huining: veterans' old-age amount")
    if D(436) * 7 + D(441) * 5 != D(5257) or D(97) * 12 != D(1164):
        fail("huining: 人次 rows")
    p.total(["352342", "612514", "4758796", "406980", "182295", "3486933"], "9799860", "小计 amount")
    p.total(["247", "763", "7324", "216", "108", "1164"], "9822", "小计 人次")
    p.total(["21", "64", "612", "18", "9", "97"], "821", "年初人数")
    p.total(["20", "63", "608", "18", "9", "97"], "815", "年末人数")
    p.total(["9799860", "780740"], "10580600", "合计 amount")
    p.total(["9822", "5257"], "15079", "合计 人次")
    p.total(["821", "436"], "1257")
    p.total(["815", "441"], "1256")
    p.prod(["10580600"], "1058.06", scale=10000, what="元 -> 万元")
    p.prod(["3486933"], "348.6933", scale=10000)
    # uplift 8-12月 (excluding disabled veterans)
    up = sum(D(b) * 5 * (D(s2) - D(s1)) for _, s1, b, s2, _, _ in cats) + D(1556) * 5 * 5
    if up != D(236675):
        fail("huining: uplift %s" % up)
    p.use("236675", "152000", "38900")
    p.change("629", "679", "7.95%", "参战 standard uplift")
    p.rate("312", "320", "97.50%", "回收率")
    p.rate("304", "312", "97.44%", "满意度")
    p.rate("298", "312", "95.51%", "知晓率")
    p.rate("15079", "15000", "100.53%", "人次 completion")
    p.gte("1067.20", "1058.06", "10", "9.91")
    p.say("全年实际执行1058.06万元，预算执行率99.14%", "县级配套资金结余9.14万元", "结转至2022年",
          "138.86 93.82%", "合计 1012.00 1067.20 1058.06 99.14%", "中央追加资金41.60万元",
          "优抚对象共1256人，较2020年末的1257人减少1人", "小计 — — 821 815 9822 9799860",
          "合计 1257 1256 15079 10580600", "7324 4758796", "项目自评得分96.91分，评价等级为“优”",
          "15079人次，完成年度指标15000人次的100.53%")
    p.rows([("预算执行率", "10", "9.91"), ("定期抚恤补助发放", "10", "10"), ("年末享受定期抚恤", "10", "10"),
            ("抚恤补助发放准确率", "10", "10"), ("提标资金补发时间", "10", "10"), ("在乡复员军人抚恤", "10", "10"),
            ("优抚对象生活保障", "10", "9"), ("优抚政策知晓率", "10", "10"), ("抚恤补助标准自然", "10", "8"),
            ("优抚对象满意度", "10", "10"), ("合计", "100", "96.91")])
    p.table([("10", "9.91"), ("10", "10"), ("10", "10"), ("10", "10"), ("10", "10"), ("10", "10"),
             ("10", "9"), ("10", "10"), ("10", "8"), ("10", "10")], "100", "96.91", "优")

    # ---------------- 2. Xiangyuan (Shanxi) children's rehabilitation 2023 ----------------
    p = Draft("xiangyuan-childrehab-2023")
    p.total(["96.00", "74.00", "20.00", "60.00"], "250.00", "(1)")
    p.total(["96.00", "86.00", "20.00", "60.00"], "262.00", "(2)")
    p.total(["96.00", "86.00", "14.00", "60.00"], "256.00", "(3)")
    p.total(["96.00", "86.00", "14.00", "53.90"], "249.90", "(4)")
    p.total(["74.00", "12.00"], "86.00", "provincial")
    p.diff("256.00", "249.90", "6.10", "(5) total")
    p.diff("60.00", "53.90", "6.10", "(5) county")
    p.diff("20.00", "14.00", "6.00", "city not received")
    p.rate("256.00", "262.00", "97.71", "(6)")
    p.rate("14.00", "20.00", "70.00", "(6)/(7) city")
    p.rate("249.90", "262.00", "95.38", "(7)")
    p.rate("53.90", "60.00", "89.83", "(7) county")
    rows = [("38", "210", "216", "703800"), ("46", "252", "264", "853200"),
            ("29", "162", "168", "545400"), ("12", "66", "70", "225000")]
    for n_, m1, m2, amt in rows:
        p.use(n_, m1, m2, amt)
        if num(m1) * 1500 + num(m2) * 1800 != num(amt):
            fail("xiangyuan: row amount %s" % amt)
    p.total(["38", "46", "29", "12"], "125")
    p.total(["210", "252", "162", "66"], "690")
    p.total(["216", "264", "168", "70"], "718")
    p.total(["690", "718"], "1408")
    p.total(["703800", "853200", "545400", "225000"], "2327400")
    p.prod(["22", "4500"], "99000")
    p.total(["2327400", "99000", "72600"], "2499000")
    p.prod(["2499000"], "249.90", scale=10000)
    p.prod(["690", "1500"], "103.50", scale=10000)
    p.prod(["718", "1800"], "129.24", scale=10000)
    p.total(["125", "14", "27"], "166", "人次")
    p.diff("166", "18", "148", "人数 after de-duplication")
    p.total(["22", "31"], "53", "辅具件数")
    p.prod(["2327400"], "1.86", scale=125 * 10000, what="人均")
    p.avg(["96", "91", "87"], "91.33", "institution scores")
    p.rate("98", "125", "78.40%", "有效率")
    p.rate("125", "141", "88.65%", "满意度")
    p.diff("148", "131", "17")
    p.change("131", "148", "12.98%")
    p.gte("140", "148", "10", "10", "105.71%")
    p.gte("1350", "1408", "10", "10", "104.30%")
    p.gte("60", "53", "5", "4.42", "88.33%")
    p.gte("85", "78.40", "5", "4.61", "92.24%")
    p.gte("100", "75", "5", "3.75", "75.00%")
    p.gte("20", "14", "10", "7", "70.00%")
    p.gte("90", "88.65", "10", "9.85", "98.50%")
    p.gte("262.00", "249.90", "10", "9.54", "95.38%")
    p.say("全年执行249.90万元，预算执行率95.38%", "年末资金结余6.10万元", "平均91.33分",
          "总得分89.17分，属于“良好”", "(5)=(3)-(4) 6.10 6.10 0 0 0 6.10",
          "(6)=(3)/(2) 97.71 97.71 100 100 70.00 100", "(7)=(4)/(2) 95.38 95.38 100 100 70.00 89.83",
          "≥140人 148人 105.71%", "≥1350人月 1408人月 104.30%", "≥60件 53件 88.33%", "≥85% 78.40% 92.24%",
          "≥20人 14人 70.00%", "≥90% 88.65% 98.50%", "康复训练小计 125 690 718 2327400", "合计 166人次 2499000")
    p.rows([("预算执行率", "10", "9.54"), ("救助残疾儿童人数", "10", "10"), ("康复训练服务人月数", "10", "10"),
            ("辅助器具适配件数", "5", "4.42"), ("定点康复机构考核", "5", "5"), ("康复训练有效率", "5", "4.61"),
            ("补助资金按季度结算", "5", "3.75"), ("康复训练补助标准", "10", "10"), ("残疾儿童家庭康复支出", "10", "6"),
            ("学龄前残疾儿童入园", "10", "7"), ("康复服务长效机制", "10", "9"), ("受助儿童家长满意度", "10", "9.85"),
            ("合计", "100", "89.17")])
    p.table([("10", "9.54"), ("10", "10"), ("10", "10"), ("5", "4.42"), ("5", "5"), ("5", "4.61"),
             ("5", "3.75"), ("10", "10"), ("10", "6"), ("10", "7"), ("10", "9"), ("10", "9.85")],
            "100", "89.17", "良好")

    # ---------------- 3. Yongfeng (Jiangxi) two disability subsidies 2019, PDF copy ----------------
    p = Draft("yongfeng-twosubsidy-2019")
    p.total(["396.00", "66.00", "198.00"], "660.00", "年初")
    p.total(["396.00", "32.00"], "428.00", "provincial")
    p.total(["428.00", "66.00", "198.00"], "692.00", "全年")
    p.total(["394.00", "298.00"], "692.00", "by subsidy")   # "298.00" is cut across a line in the PDF copy
    p.total(["201.88", "187.56"], "389.44", "living subsidy")
    p.total(["161.06", "133.12"], "294.18", "nursing subsidy")
    p.total(["389.44", "294.18"], "683.62", "both")
    p.total(["428.00", "66.00", "189.62"], "683.62", "by source")
    p.rate("683.62", "692.00", "98.79%")
    p.rate("389.44", "394.00", "98.84%")
    p.rate("294.18", "298.00", "98.72%")
    p.rate("189.62", "198.00", "95.77%")
    p.diff("692.00", "683.62", "8.38")
    p.diff("198.00", "189.62", "8.38")
    p.diff("683.62", "602.35", "81.27")
    p.change("602.35", "683.62", "13.49%")
    for persons, months, rc in (("4120", 7, "28840"), ("4168", 5, "20840"), ("1510", 7, "10570"),
                                ("1530", 5, "7650"), ("2036", 7, "14252"), ("2062", 5, "10310")):
        p.use(persons, rc)
        if num(persons) * months != num(rc):
            fail("yongfeng: 人次 %s" % rc)
    p.prod(["28840", "70"], "201.88", scale=10000)
    p.prod(["20840", "90"], "187.56", scale=10000)
    if D(10570) * 80 + D(7650) * 100 != D(1610600) or D(14252) * 50 + D(10310) * 60 != D(1331200):
        fail("yongfeng: nursing amounts")
    p.total(["28840", "10570", "14252"], "53662")
    p.total(["20840", "7650", "10310"], "38800")
    p.total(["53662", "38800"], "92462")
    p.total(["1530", "2062"], "3592")
    p.diff("3592", "3486", "106")
    p.rate("97", "92462", "0.10%", "差错率")
    p.rate("367", "385", "95.32%")
    p.rate("333", "385", "86.49%")
    p.rate("20", "70", "28.57%")
    p.rate("20", "80", "25.00%")
    p.gte("692.00", "683.62", "10", "9.88")
    p.gte("90", "86.49", "10", "9.61")
    p.say("年度资金总额 660.00 692.00 683.62 10 98.79% 9.88", "上年结转资金 0.00 0.00 0.00 — — —",
          "合计389.44万元", "8—12月发放187.56万元", "≥4100人 4168人", "≥3500人 3592人", "3592人，较2018年末的3486人",
          "差错率0.10%，控制在0.5%以内，完成率100%", "2019年度自评得分95.49分，评价等级为“优”",
          "合计 — — 53662 38800 683.62", "结转至2020年")
    p.rows([("困难残疾人生活补贴 ≥4100人", "10", "10"),
            ("重度残疾人护理补贴 ≥3500人", "10", "10"), ("资格复核率", "5", "5"), ("补贴发放差错率 ≤", "5", "5"),
            ("提标资金补发完成", "5", "5"), ("每月按时发放率", "5", "5"), ("成本指标 困难残疾人生活补贴", "5", "5"),
            ("一级护理补贴标准（8—12月）", "5", "5"), ("残疾人基本生活保障 有所提高", "10", "9"),
            ("两项补贴政策知晓率 ≥90%", "10", "9.61"), ("补贴标准动态调整 逐步建立", "10", "7"),
            ("补贴对象满意度 ≥90%", "10", "10"), ("总分", "100", "95.49")])
    p.table([("10", "9.88"), ("10", "10"), ("10", "10"), ("5", "5"), ("5", "5"), ("5", "5"), ("5", "5"),
             ("5", "5"), ("5", "5"), ("10", "9"), ("10", "9.61"), ("10", "7"), ("10", "10")],
            "100", "95.49", "优")

    # ---------------- 4. Fangxian (Hubei) conscript families 2024 ----------------
    p = Draft("fangxian-conscriptfamily-2024")
    p.total(["280.00", "510.00"], "790.00")
    p.total(["510.00", "36.00"], "546.00")
    p.total(["280.00", "546.00"], "826.00")
    p.total(["790.00", "36.00"], "826.00")
    for n_, std, amt in (("212", "12800", "2713600"), ("58", "19200", "1113600"),
                         ("196", "13600", "2665600"), ("74", "20400", "1509600"),
                         ("1250", "36", "45000"), ("96", "500", "48000")):
        p.prod([n_, std], amt)
    if D(12800) * D("1.5") != D(19200) or D(13600) * D("1.5") != D(20400):
        fail("fangxian: 1.5x standard")
    p.total(["212", "58", "196", "74"], "540")
    p.total(["2713600", "1113600", "2665600", "1509600"], "8002400")
    p.total(["8002400", "45000", "48000"], "8095400")
    p.prod(["8095400"], "809.54", scale=10000)
    p.prod(["8002400"], "800.24", scale=10000)
    p.rate("809.54", "826.00", "98.01%")
    p.diff("826.00", "809.54", "16.46")
    p.avg(["721.30", "763.52", "800.24"], "761.69")
    p.diff("800.24", "763.52", "36.72")
    p.change("763.52", "800.24", "4.81%")
    p.change("12800", "13600", "6.25%")
    p.rate("540", "560", "96.43%")
    if abs(D(538) / 540 * 100 - D("99.63")) > D("0.005"):
        fail("fangxian: accuracy")
    p.rate("1204", "1250", "96.32%")
    p.rate("213", "250", "85.20%")
    p.diff("91.41", "88.60", "2.81")
    p.gte("826.00", "809.54", "20", "19.60")
    p.gte("560", "540", "10", "9.64")
    p.gte("100", "99.63", "10", "9.96")
    p.gte("1500", "1250", "10", "8.33")
    p.gte("120", "96", "5", "4.00")
    p.gte("98", "96.32", "5", "4.91")
    p.gte("95", "85.20", "10", "8.97")
    p.say("项目实际支出809.54万元，预算执行率98.01%，结余16.46万元", "截至2024年12月31日", "年均761.69万元",
          "自评得分91.41分，评价等级为“优秀”", "优待金小计 540人次 8002400", "合计 8095400",
          "目标1：足额发放义务兵家庭优待金（40分）", "目标2：光荣牌悬挂和喜报送达（20分）", "目标3：社会效益和满意度（20分）")
    p.rows([("预算执行率", "20", "19.60"), ("优待金发放人次", "10", "9.64"), ("优待金发放准确率", "10", "9.96"),
            ("下半年优待金发放", "10", "10"), ("普通义务兵优待金标准", "10", "10"), ("光荣牌悬挂数量", "10", "8.33"),
            ("立功受奖喜报送达户数", "5", "4.00"), ("光荣牌悬挂规范率", "5", "4.91"), ("参军入伍光荣氛围", "10", "6"),
            ("义务兵家庭满意度", "10", "8.97"), ("合计", "100", "91.41")])
    p.table([("20", "19.60"), ("10", "9.64"), ("10", "9.96"), ("10", "10"), ("10", "10"),
             ("10", "8.33"), ("5", "4.00"), ("5", "4.91"), ("10", "6"), ("10", "8.97")],
            "100", "91.41", "优秀")
    # goal-block weights
    if not (10 + 10 + 10 + 10 == 40 and 10 + 5 + 5 == 20 and 10 + 10 == 20):
        fail("fangxian: block weights")
    for blk in ("（40分）", "（20分）"):
        if blk not in p.text:
            fail("fangxian: block header %s" % blk)

    # ---------------- 5. Baiquan (Heilongjiang) DPF department-wide 2018 ----------------
    p = Draft("baiquan-dpfwhole-2018")
    p.total(["182.30", "204.10"], "386.40")
    p.total(["119.90", "84.20"], "204.10")
    p.total(["84.20", "52.60"], "136.80")
    p.total(["182.30", "256.70"], "439.00")
    p.total(["302.20", "136.80"], "439.00")
    p.total(["182.30", "119.90"], "302.20")
    p.total(["204.10", "52.60"], "256.70")
    p.total(["158.76", "23.54"], "182.30")
    p.total(["182.30", "246.36"], "428.66")
    p.rate("428.66", "439.00", "97.64%")
    p.rate("246.36", "256.70", "95.97%")
    p.diff("439.00", "428.66", "10.34")
    p.diff("256.70", "246.36", "10.34")
    p.rate("10.34", "439.00", "2.36%")
    p.total(["160.00", "21.00", "18.00", "20.00", "13.70", "24.00"], "256.70")
    p.total(["155.58", "21.00", "18.00", "16.80", "12.66", "22.32"], "246.36")
    p.rate("155.58", "160.00", "97.24%")
    p.rate("16.80", "20.00", "84.00%")
    p.rate("12.66", "13.70", "92.41%")
    p.rate("22.32", "24.00", "93.00%")
    p.prod(["60", "3500"], "21.00", scale=10000)
    p.prod(["120", "1500"], "18.00", scale=10000)
    p.prod(["1860", "120"], "22.32", scale=10000)
    if D(280) * 600 != D(168000):
        fail("baiquan: training cost")
    if D(150) * 680 + D(90) * 220 + D(40) * 120 != D(126600):
        fail("baiquan: aids cost")
    p.use("150", "680", "90", "220", "40", "120")
    p.total(["150", "90", "40"], "280")
    p.total(["1.60", "0.50"], "2.10")
    p.change("2.40", "2.10", "-12.50%")
    p.rate("16", "18", "88.89%")
    p.diff("2146", "1985", "161")
    p.change("1985", "2146", "8.11%")
    p.rate("266", "280", "95.00%")
    p.rate("500", "520", "96.15%")
    p.rate("468", "500", "93.60%")
    p.gte("439.00", "428.66", "10", "9.76", "97.64%")
    p.gte("2000", "2146", "10", "10", "107.30%")
    p.gte("300", "280", "5", "4.67", "93.33%")
    p.gte("260", "280", "5", "5", "107.69%")
    p.gte("1800", "1860", "5", "5", "103.33%")
    p.gte("90", "95.00", "5", "5", "105.56%")
    p.gte("90", "93.60", "10", "10", "104.00%")
    p.say("全年实际支出428.66万元，预算执行率97.64%", "年末结余10.34万元", "结转结余率2.36%",
          "项目支出 204.10 256.70 246.36 95.97%", "合计 386.40 439.00 428.66 97.64%",
          "残疾人职业技能培训 20.00 16.80 84.00%", "辅助器具发放 13.70 12.66 92.41%", "合计 256.70 246.36 95.97%",
          "全年为2146名残疾人", "考核合格266人次，合格率95.00%", "≥1800人次 1860人次 103.33%",
          "≥2000人 2146人 107.30%", "≥300人次 280人次 93.33%", "≥260件 280件 107.69%", "≥90% 95.00% 105.56%",
          "≥90% 93.60% 104.00%", "自评得分96.43分，评价等级为“优秀”")
    p.rows([("绩效目标合理性", "5", "5"), ("在职人员控制率", "5", "5"), ("“三公”经费变动率", "5", "5"),
            ("预算执行率 ", "10", "9.76"), ("结转结余率 ", "5", "5"), ("资金使用合规性", "5", "5"),
            ("政府采购执行率", "5", "5"), ("精准康复服务人数", "10", "10"), ("无障碍改造户数", "5", "5"),
            ("居家托养人数", "5", "5"), ("职业技能培训人次", "5", "4.67"), ("辅助器具发放件数", "5", "5"),
            ("评残体检人次", "5", "5"), ("培训合格率", "5", "5"), ("部分达成年度", "10", "7"),
            ("残疾人满意度 ", "10", "10"), ("合计", "100", "96.43")])
    p.table([("5", "5"), ("5", "5"), ("5", "5"), ("10", "9.76"), ("5", "5"), ("5", "5"), ("5", "5"),
             ("10", "10"), ("5", "5"), ("5", "5"), ("5", "4.67"), ("5", "5"), ("5", "5"),
             ("5", "5"), ("10", "7"), ("10", "10")], "100", "96.43", "优秀")


def edit_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, a[i:len(a) - j], b[i:len(b) - j]


def labels_and_edits():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    codes = {}
    per_source = {}
    for rec in labels:
        case = read(rec["case"])
        clean = read(rec["source"] + "-clean.txt")
        if rec["clean"]:
            if rec["expected"] or case != clean:
                fail("%s: clean record wrong" % rec["case"])
            continue
        if len(rec["expected"]) != 1:
            fail("%s: expected one label" % rec["case"])
        for e in rec["expected"]:
            v = e["value"]
            if case.count(v) != 1:
                fail("%s: value occurs %d times" % (rec["case"], case.count(v)))
            if v in clean:
                fail("%s: value occurs in clean draft" % rec["case"])
            if e["severity"] != "error":
                fail("%s: severity" % rec["case"])
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            per_source.setdefault(e["code"], set()).add(rec["source"])
        start, old, new = edit_region(clean, case)
        # extend to whole lines and compare line by line
        ls = clean.rfind("\n", 0, start) + 1
        old_lines = clean[ls:start + len(old)].split("\n")
        new_lines = case[ls:start + len(new)].split("\n")
        if len(old_lines) != len(new_lines) or len(old_lines) > 2:
            fail("%s: edit touches %d/%d lines" % (rec["case"], len(old_lines), len(new_lines)))
            continue
        for ol, nl in zip(old_lines, new_lines):
            _, o, n = edit_region(ol, nl)
            if max(len(o), len(n)) > 16:
                fail("%s: edit of %d chars on one line" % (rec["case"], max(len(o), len(n))))
        # the value must overlap the edit
        vpos = case.index(e["value"])
        if not (vpos <= start + len(new) and start <= vpos + len(e["value"])):
            fail("%s: value does not overlap the edit" % rec["case"])
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
              "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
              "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
              "completion_mismatch"]
    for c in wanted:
        if codes.get(c, 0) < 2:
            fail("code %s used %d times" % (c, codes.get(c, 0)))
        elif len(per_source[c]) < 2:
            fail("code %s used in one project only" % c)
    for name in sorted(os.listdir(CASES)):
        if name.endswith("-clean.txt"):
            n = len(read(name))
            if not 2500 <= n <= 6000:
                fail("%s: length %d outside 2500..6000" % (name, n))
    return codes


def main():
    arithmetic()
    codes = labels_and_edits()
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        sys.exit(1)
    print("codes:", ", ".join("%s=%d" % kv for kv in sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
