#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

Arithmetic: every figure named in CHECKS must appear in the clean draft as written (not inside a
longer number); rates, balances, sums, products, unit conversions and averages are recomputed
with Decimal and compared under the stated-decimals tolerance (rules.md §8). The score table of
each draft is rebuilt from its HTML (rowspan/colspan expanded) and checked: weights add to 100,
scores add to the stated total, no score above its weight, level-1 subtotals, each quantitative
score follows rules.md §5, and the stated grade is the band of the total (rules.md §6).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []


def fail(msg):
    FAIL.append(msg)


# ----------------------------------------------------------------- numbers
def num(s):
    s = s.lstrip("~").replace(",", "").replace("%", "").replace("−", "-").strip()
    return D(s)


def decimals(s):
    s = s.lstrip("~").replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    tol = D("0.5") * D(10) ** (-decimals(stated)) + D("1e-9")
    return abs(D(computed) - num(stated)) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def present(text, s, where):
    if s.startswith("~"):  # derived intermediate value, not printed in the draft
        return
    pat = r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)"
    if not re.search(pat, text):
        fail(f"{where}: figure {s!r} not found in the clean draft")


# ----------------------------------------------------------------- tables
class TableParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.rows, self.row, self.cell, self.attrs = [], None, None, None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.rows = []
        elif tag == "tr" and self.rows is not None:
            self.row = []
        elif tag == "td" and self.row is not None:
            self.cell, self.attrs = [], dict(attrs)

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            txt = "".join(self.cell).replace("\xa0", " ").strip()
            self.row.append((txt, int(self.attrs.get("rowspan", 1)), int(self.attrs.get("colspan", 1))))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        elif tag == "table" and self.rows is not None:
            self.tables.append(grid(self.rows))
            self.rows = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def grid(rows):
    """Expand rowspan/colspan into a rectangular list of rows."""
    out, carry = [], {}
    for row in rows:
        line, col, cells = {}, 0, list(row)
        while cells or any(c >= col for c in carry):
            if col in carry:
                txt, left = carry[col]
                line[col] = txt
                if left > 1:
                    carry[col] = (txt, left - 1)
                else:
                    del carry[col]
                col += 1
                continue
            if not cells:
                break
            txt, rs, cs = cells.pop(0)
            for k in range(cs):
                line[col + k] = txt
                if rs > 1:
                    carry[col + k] = (txt, rs - 1)
            col += cs
        out.append([line[k] for k in sorted(line)])
    return out


def tables_of(text):
    p = TableParser()
    p.feed(text)
    return p.tables


def score_rows(table, header_key="三级指标", stop=("合计", "总分")):
    """Return (rows, total_weight, total_score) for the indicator part of a score table."""
    h = next(i for i, r in enumerate(table) if header_key in r and "分值" in r and "得分" in r)
    hw, hs = table[h].index("分值"), table[h].index("得分")
    rows, tw, ts = [], None, None
    for r in table[h + 1:]:
        if r[0] in stop:
            tw, ts = r[hw], r[hs]
            break
        rows.append((r, r[hw], r[hs]))
    return rows, tw, ts


def funds_row(table, label="年度资金总额"):
    h = next(i for i, r in enumerate(table) if "分值" in r and "执行率" in r)
    hw, hs = table[h].index("分值"), table[h].index("得分")
    r = next(r for r in table if label in r)
    return r, r[hw], r[hs]


# ----------------------------------------------------------------- scoring rules (rules.md §5)
def rule_score(kind, t, a, w):
    t, a, w = num(t), num(a), num(w)
    if kind == "gte" or (kind == "eq" and t > 0):
        return w if a >= t else r2(w * max(a, D(0)) / t)
    if kind == "lte":
        return w if a <= t else r2(w * t / a)
    if kind == "eq0":
        return w if a <= 0 else D(0)
    raise ValueError(kind)


def band(total):
    t = num(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "差": "差", "较差": "差"}


# ----------------------------------------------------------------- per-draft facts
# ("sum", total, [parts]) | ("diff", result, a, b) | ("rate", pct, num, den) | ("prod", result, a, b)
# ("wan", wan_yuan, yuan) | ("avg", stated, [items]) | ("score", kind, row_name, T, A, w, s)
# ("exec", row_name_or_None, spent, budget, w, s) | ("qual", row_name, w, s, lo%, hi%)
# ("group", level1_name, stated_score)   | ("grade_text", total, label) | ("carry", year)
# A figure written "~x" is a derived intermediate value that the draft does not print.
CHECKS = {
    "lindian-hsgrant-2019": [
        ("sum", "236.12", ["232.00", "4.12"]), ("sum", "246.00", ["241.88", "4.12"]),
        ("sum", "242.27", ["238.15", "4.12"]), ("sum", "232.00", ["138.00", "46.00", "48.00"]),
        ("sum", "9.88", ["7.20", "2.40", "0.28"]), ("sum", "241.88", ["232.00", "9.88"]),
        ("sum", "241.88", ["145.20", "48.40", "48.28"]), ("sum", "145.20", ["138.00", "7.20"]),
        ("sum", "48.40", ["46.00", "2.40"]), ("sum", "48.28", ["48.00", "0.28"]),
        ("sum", "242.27", ["203.95", "38.32"]), ("sum", "242.27", ["121.64", "120.63"]),
        ("sum", "121.64", ["102.20", "19.44"]), ("sum", "120.63", ["101.75", "18.88"]),
        ("sum", "203.95", ["102.20", "101.75"]), ("sum", "38.32", ["19.44", "18.88"]),
        ("diff", "3.73", "246.00", "242.27"),
        ("rate", "98.48%", "242.27", "246.00"), ("rate", "98.46%", "238.15", "241.88"),
        ("rate", "100.00%", "4.12", "4.12"), ("rate", "100%", "246.00", "246.00"),
        ("prod", "468,000", "312", "1500"), ("prod", "405,000", "405", "1000"), ("prod", "149,000", "298", "500"),
        ("prod", "444,000", "296", "1500"), ("prod", "421,000", "421", "1000"), ("prod", "152,500", "305", "500"),
        ("sum", "1,015", ["312", "405", "298"]), ("sum", "1,022", ["296", "421", "305"]),
        ("sum", "1,022,000", ["468,000", "405,000", "149,000"]), ("sum", "1,017,500", ["444,000", "421,000", "152,500"]),
        ("wan", "102.20", "1,022,000"), ("wan", "101.75", "1,017,500"),
        ("prod", "194400", "486", "400"), ("wan", "19.44", "194400"),
        ("prod", "188800", "472", "400"), ("wan", "18.88", "188800"),
        ("sum", "3,872", ["1,786", "1,341", "745"]), ("sum", "1,015", ["468", "352", "195"]),
        ("sum", "3,915", ["1,802", "1,357", "756"]), ("sum", "1,022", ["474", "350", "198"]),
        ("sum", "486", ["221", "168", "97"]), ("sum", "472", ["216", "160", "96"]),
        ("sum", "2,037", ["1,015", "1,022"]), ("sum", "958", ["486", "472"]), ("diff", "51", "2,037", "1,986"),
        ("rate", "26.21%", "1,015", "3,872"), ("rate", "26.10%", "1,022", "3,915"),
        ("rate", "101.85%", "2,037", "2000"), ("rate", "100.84%", "958", "950"), ("rate", "2.57%", "51", "1,986"),
        ("rate", "97.17%", "583", "600"), ("rate", "99.22%", "1,014", "1,022"), ("rate", "92.4%", "462", "500"),
        ("avg", "340.67", ["474", "350", "198"]), ("avg", "96.70%", ["97.3%", "94.6%", "98.2%"]),
        ("exec", "年度资金总额", "242.27", "246.00", "10", "9.85"),
        ("score", "gte", "国家助学金资助学生人次", "2000", "2037", "10", "10"),
        ("score", "gte", "免学费资助学生人次", "950", "958", "5", "5"),
        ("score", "gte", "国家助学金资助面", "25", "26.10", "5", "5"),
        ("score", "eq", "资助对象认定准确率", "100", "100", "10", "10"),
        ("score", "eq", "资助资金按学期发放到位率", "100", "100", "10", "10"),
        ("score", "eq", "国家助学金一等资助标准", "3000", "3000", "5", "5"),
        ("score", "eq", "免学费补助标准", "800", "800", "5", "5"),
        ("score", "eq0", "家庭经济困难学生因贫失学人数", "0", "0", "10", "10"),
        ("score", "gte", "受助学生在校巩固率", "98", "99.22", "10", "10"),
        ("score", "gte", "学生资助政策知晓率", "95", "92.4", "10", "9.73"),
        ("score", "gte", "受助学生满意度", "95", "97.3", "5", "5"),
        ("score", "gte", "受助学生家长满意度", "95", "94.6", "5", "4.98"),
        ("group", "产出指标", "50"), ("group", "效益指标", "29.73"), ("group", "满意度指标", "9.98"),
        ("grade_text", "99.56", "优"), ("carry", 2019),
    ],
    "naiman-nutrition-2021": [
        ("sum", "1365.00", ["1210.00", "155.00"]), ("sum", "1675.00", ["1365.00", "310.00"]),
        ("sum", "1675.00", ["1520.00", "155.00"]), ("sum", "1520.00", ["1210.00", "310.00"]),
        ("sum", "1654.47", ["1499.47", "155.00"]), ("diff", "20.53", "1675.00", "1654.47"),
        ("rate", "98.77%", "1654.47", "1675.00"), ("rate", "98.65%", "1499.47", "1520.00"),
        ("rate", "100.00%", "1675.00", "1675.00"),
        ("prod", "7,367,200", "18,418", "400"), ("prod", "9,177,500", "18,355", "500"),
        ("sum", "18,418", ["12,486", "5,932"]), ("sum", "18,355", ["12,310", "6,045"]),
        ("sum", "24,796", ["12,486", "12,310"]), ("sum", "11,977", ["5,932", "6,045"]),
        ("sum", "36,773", ["18,418", "18,355"]), ("sum", "16,544,700", ["7,367,200", "9,177,500"]),
        ("sum", "200", ["100", "100"]), ("wan", "1654.47", "16,544,700"),
        ("wan", "~736.72", "7,367,200"), ("sum", "~736.72", ["155.00", "581.72"]),
        ("wan", "~917.75", "9,177,500"), ("sum", "1499.47", ["581.72", "~917.75"]),
        ("sum", "60", ["46", "14"]), ("sum", "60", ["52", "8"]), ("diff", "773", "36773", "36000"),
        ("avg", "97.5%", ["98.0%", "96.5%", "97.5%", "98.5%", "97.0%"]),
        ("rate", "6.4%", "154", "2,400"), ("diff", "0.7", "7.1", "6.4"), ("diff", "0.9", "148.6", "147.7"),
        ("rate", "88.6%", "5,192", "5,860"), ("rate", "95.2%", "1,120", "1,176"), ("rate", "93.8%", "1,086", "1,158"),
        ("rate", "102.15%", "36773", "36000"), ("rate", "99.49%", "97.5", "98"), ("rate", "98.44%", "88.6", "90"),
        ("rate", "105.78%", "95.2", "90"), ("rate", "104.22%", "93.8", "90"),
        ("exec", "预算执行率", "1654.47", "1675.00", "10", "9.88"),
        ("score", "gte", "受益学生人次", "36000", "36773", "10", "10"),
        ("score", "eq", "供餐学校数", "60", "60", "5", "5"),
        ("score", "gte", "年供餐天数", "200", "200", "5", "5"),
        ("score", "eq0", "食品安全事故发生数", "0", "0", "10", "10"),
        ("score", "gte", "学校食堂食品留样达标率", "98", "97.5", "5", "4.97"),
        ("score", "eq", "膳食补助资金按学期拨付及时率", "100", "100", "5", "5"),
        ("score", "eq", "春季学期膳食补助标准", "4", "4", "5", "5"),
        ("score", "eq", "秋季学期膳食补助标准", "5", "5", "5", "5"),
        ("score", "lte", "农村学生贫血率", "8", "6.4", "10", "10"),
        ("score", "gte", "受益学生体质健康达标率", "90", "88.6", "10", "9.84"),
        ("qual", "营养改善计划长效管理机制", "10", "10", 80, 100),
        ("score", "gte", "学生满意度", "90", "95.2", "5", "5"),
        ("score", "gte", "家长满意度", "90", "93.8", "5", "5"),
        ("group", "产出指标", "~49.97"), ("group", "效益指标", "~29.84"), ("group", "满意度指标", "~10"),
        ("grade_text", "99.69", "优"), ("carry", 2021),
    ],
    "qianan-preschoolaid-2024": [
        ("sum", "147.00", ["84.00", "33.00", "30.00"]), ("sum", "165.00", ["147.00", "7.30", "3.85", "6.85"]),
        ("sum", "44.00", ["30.80", "6.60", "6.60"]), ("sum", "121.00", ["60.50", "30.25", "30.25"]),
        ("sum", "91.30", ["30.80", "60.50"]), ("sum", "36.85", ["6.60", "30.25"]),
        ("sum", "165.00", ["91.30", "36.85", "36.85"]), ("sum", "165.00", ["44.00", "121.00"]),
        ("sum", "91.30", ["84.00", "7.30"]), ("sum", "36.85", ["33.00", "3.85"]), ("sum", "36.85", ["30.00", "6.85"]),
        ("sum", "154.88", ["41.48", "113.40"]), ("diff", "10.12", "165.00", "154.88"),
        ("diff", "2.52", "44.00", "41.48"), ("diff", "7.60", "121.00", "113.40"), ("sum", "10.12", ["2.52", "7.60"]),
        ("rate", "93.87%", "154.88", "165.00"), ("rate", "94.27%", "41.48", "44.00"),
        ("rate", "93.72%", "113.40", "121.00"), ("rate", "100%", "165.00", "165.00"),
        ("prod", "111,600", "186", "600"), ("prod", "96,000", "240", "400"),
        ("prod", "106,800", "178", "600"), ("prod", "100,400", "251", "400"),
        ("prod", "69,000", "138", "500"), ("prod", "257,500", "412", "625"),
        ("prod", "155,250", "621", "250"), ("prod", "90,000", "288", "312.5"),
        ("prod", "65,500", "131", "500"), ("prod", "253,125", "405", "625"),
        ("prod", "151,750", "607", "250"), ("prod", "91,875", "294", "312.5"),
        ("sum", "426", ["186", "240"]), ("sum", "429", ["178", "251"]),
        ("sum", "207,600", ["111,600", "96,000"]), ("sum", "207,200", ["106,800", "100,400"]),
        ("sum", "1,459", ["138", "412", "621", "288"]), ("sum", "1,437", ["131", "405", "607", "294"]),
        ("sum", "571,750", ["69,000", "257,500", "155,250", "90,000"]),
        ("sum", "562,250", ["65,500", "253,125", "151,750", "91,875"]),
        ("sum", "1,885", ["426", "1,459"]), ("sum", "1,866", ["429", "1,437"]),
        ("sum", "779,350", ["207,600", "571,750"]), ("sum", "769,450", ["207,200", "562,250"]),
        ("sum", "~414800", ["207,600", "207,200"]), ("wan", "41.48", "~414800"),
        ("sum", "~1134000", ["571,750", "562,250"]), ("wan", "113.40", "~1134000"),
        ("sum", "855", ["426", "429"]), ("sum", "2,896", ["1,459", "1,437"]),
        ("sum", "28", ["16", "12"]), ("diff", "16", "871", "855"), ("diff", "88", "2,984", "2,896"),
        ("rate", "100.59%", "855", "850"), ("rate", "99.86%", "2,896", "2,900"),
        ("rate", "99.3%", "993", "1,000"), ("rate", "88.4%", "442", "500"), ("rate", "91.2%", "570", "625"),
        ("exec", "年度资金总额", "154.88", "165.00", "10", "9.39"),
        ("score", "gte", "学前教育幼儿资助人次", "850", "855", "10", "10"),
        ("score", "gte", "义务教育家庭经济困难学生生活补助人次", "2900", "2896", "10", "9.99"),
        ("score", "eq", "资助对象精准识别率", "100", "100", "10", "10"),
        ("score", "gte", "学生资助信息系统数据准确率", "98", "99.3", "5", "5"),
        ("qual", "资助资金按学期及时足额发放", "10", "7", 60, 80),
        ("score", "eq", "学前教育一档资助标准", "1200", "1200", "5", "5"),
        ("score", "eq", "初中寄宿生生活补助标准", "1250", "1250", "5", "5"),
        ("score", "eq0", "因贫失学辍学人数", "0", "0", "10", "10"),
        ("score", "gte", "学前三年毛入园率", "92", "90.6", "5", "4.92"),
        ("score", "gte", "资助政策知晓率", "95", "88.4", "10", "9.31"),
        ("score", "gte", "受助家庭满意度", "95", "91.2", "10", "9.60"),
        ("group", "产出指标", "51.99"), ("group", "效益指标", "24.23"), ("group", "满意度指标", "9.60"),
        ("grade_text", "95.21", "优秀"), ("carry", 2024),
    ],
    "arong-vocaid-2023": [
        ("sum", "1,268", ["452", "430", "386"]), ("sum", "1,315", ["444", "448", "423"]),
        ("avg", "1,241.67", ["1,186", "1,224", "1,315"]),
        ("sum", "320.00", ["248.00", "44.00", "28.00"]), ("sum", "342.00", ["320.00", "14.00", "4.00", "4.00"]),
        ("sum", "342.00", ["262.00", "48.00", "32.00"]), ("sum", "262.00", ["248.00", "14.00"]),
        ("sum", "48.00", ["44.00", "4.00"]), ("sum", "32.00", ["28.00", "4.00"]),
        ("sum", "338.00", ["262.00", "48.00", "28.00"]), ("diff", "4.00", "342.00", "338.00"),
        ("sum", "333.95", ["262.00", "48.00", "23.95"]), ("sum", "333.95", ["75.65", "258.30"]),
        ("diff", "4.05", "338.00", "333.95"), ("diff", "4.05", "28.00", "23.95"),
        ("rate", "98.83%", "338.00", "342.00"), ("rate", "97.65%", "333.95", "342.00"),
        ("rate", "87.50%", "28.00", "32.00"), ("rate", "74.84%", "23.95", "32.00"),
        ("rate", "100.00%", "262.00", "262.00"), ("rate", "100.00%", "48.00", "48.00"),
        ("prod", "210,000", "168", "1250"), ("prod", "160,500", "214", "750"),
        ("prod", "218,750", "175", "1250"), ("prod", "167,250", "223", "750"),
        ("sum", "382", ["168", "214"]), ("sum", "398", ["175", "223"]),
        ("sum", "370,500", ["210,000", "160,500"]), ("sum", "386,000", ["218,750", "167,250"]),
        ("sum", "780", ["382", "398"]), ("sum", "756,500", ["370,500", "386,000"]), ("wan", "75.65", "756,500"),
        ("sum", "882", ["452", "430"]), ("sum", "892", ["444", "448"]),
        ("rate", "43.31%", "382", "882"), ("rate", "44.62%", "398", "892"),
        ("sum", "2,583", ["1,268", "1,315"]), ("prod", "2,583,000", "2,583", "1000"), ("wan", "258.30", "2,583,000"),
        ("rate", "98.43%", "376", "382"), ("rate", "96.9%", "374", "386"), ("rate", "92.5%", "444", "480"),
        ("rate", "96.4%", "482", "500"), ("rate", "94.0%", "470", "500"), ("diff", "1.4", "94.0", "92.6"),
        ("exec", "预算执行率", "333.95", "342.00", "20", "19.53"),
        ("score", "gte", "国家助学金资助人次", "760", "780", "10", "10"),
        ("score", "eq", "资助对象认定准确率", "100", "100", "8", "8"),
        ("score", "eq", "按学期发放及时率", "100", "100", "7", "7"),
        ("score", "gte", "受助学生巩固率", "96", "98.43", "8", "8"),
        ("score", "gte", "受助学生满意度", "95", "96.4", "7", "7"),
        ("score", "gte", "免学费学生人次", "2500", "2583", "10", "10"),
        ("score", "eq", "免学费补助标准", "2000", "2000", "8", "8"),
        ("score", "gte", "毕业生就业（升学）率", "95", "96.9", "8", "8"),
        ("score", "gte", "秋季招生计划完成率", "100", "92.5", "7", "6.48"),
        ("score", "gte", "学生家长满意度", "95", "94.0", "7", "6.93"),
        ("group0", "目标1：国家助学金", "~40"), ("group0", "目标2：免学费", "~39.41"),
        ("grade_text", "98.94", "优"),
    ],
    "tangyuan-aidcenter-2018": [
        ("sum", "412.50", ["68.42", "344.08"]), ("sum", "427.72", ["412.50", "15.22"]),
        ("sum", "68.42", ["58.22", "10.20"]), ("sum", "427.72", ["68.42", "359.30"]),
        ("sum", "67.90", ["58.16", "9.74"]), ("sum", "423.45", ["67.90", "355.55"]),
        ("rate", "99.00%", "423.45", "427.72"), ("rate", "99.24%", "67.90", "68.42"), ("rate", "98.96%", "355.55", "359.30"),
        ("diff", "4.27", "427.72", "423.45"), ("diff", "0.52", "68.42", "67.90"),
        ("diff", "1.75", "186.50", "184.75"), ("diff", "1.40", "142.00", "140.60"), ("diff", "0.60", "21.00", "20.40"),
        ("sum", "4.27", ["0.52", "1.75", "1.40", "0.60"]),
        ("rate", "-12.36%", "-0.11", "0.89"), ("diff", "-0.11", "0.78", "0.89"),
        ("sum", "344.08", ["180.00", "136.00", "18.28", "9.80"]), ("sum", "359.30", ["186.50", "142.00", "21.00", "9.80"]),
        ("sum", "355.55", ["184.75", "140.60", "20.40", "9.80"]), ("sum", "15.22", ["~6.50", "~6.00", "~2.72"]),
        ("diff", "~6.50", "186.50", "180.00"), ("diff", "~6.00", "142.00", "136.00"), ("diff", "~2.72", "21.00", "18.28"),
        ("rate", "99.06%", "184.75", "186.50"), ("rate", "99.01%", "140.60", "142.00"),
        ("rate", "97.14%", "20.40", "21.00"), ("rate", "100.00%", "9.80", "9.80"),
        ("avg", "96.00", ["96.50", "95.00", "92.50", "100.00"]),
        ("prod", "~350000", "700", "500"), ("prod", "~575000", "920", "625"), ("sum", "925,000", ["~350000", "~575000"]),
        ("prod", "~342500", "685", "500"), ("prod", "~580000", "928", "625"), ("sum", "922,500", ["~342500", "~580000"]),
        ("sum", "1,847,500", ["925,000", "922,500"]), ("wan", "184.75", "1,847,500"),
        ("sum", "3,233", ["700", "920", "685", "928"]),
        ("sum", "806", ["168", "236", "164", "238"]), ("sum", "659", ["142", "188", "139", "190"]),
        ("sum", "564", ["121", "162", "118", "163"]), ("sum", "380", ["86", "104", "85", "105"]),
        ("sum", "429", ["97", "118", "95", "119"]), ("sum", "395", ["86", "112", "84", "113"]),
        ("sum", "700", ["168", "142", "121", "86", "97", "86"]), ("sum", "920", ["236", "188", "162", "104", "118", "112"]),
        ("sum", "685", ["164", "139", "118", "85", "95", "84"]), ("sum", "928", ["238", "190", "163", "105", "119", "113"]),
        ("sum", "3,233", ["806", "659", "564", "380", "429", "395"]),
        ("school", "462,250", "168", "236", "164", "238"), ("school", "376,750", "142", "188", "139", "190"),
        ("school", "322,625", "121", "162", "118", "163"), ("school", "216,125", "86", "104", "85", "105"),
        ("school", "244,125", "97", "118", "95", "119"), ("school", "225,625", "86", "112", "84", "113"),
        ("sum", "1,847,500", ["462,250", "376,750", "322,625", "216,125", "244,125", "225,625"]),
        ("sum", "1,406", ["712", "694"]), ("prod", "1406000", "1,406", "1000"), ("wan", "140.60", "1406000"),
        ("sum", "340", ["172", "168"]), ("prod", "204000", "340", "600"), ("wan", "20.40", "204000"),
        ("diff", "23", "421", "398"),
        ("rate", "85.00%", "17", "20"), ("rate", "76.5%", "306", "400"), ("rate", "88.6%", "443", "500"),
        ("rate", "87.50%", "7", "8"), ("rate", "95.49%", "9.74", "10.20"), ("rate", "1.00%", "4.27", "427.72"),
        ("exec", "预算执行率", "423.45", "427.72", "10", "9.90"),
        ("score", "lte", "结转结余率", "0.5", "1.00", "5", "2.50"),
        ("score", "lte", "在职人员控制率", "100", "87.50", "5", "5"),
        ("score", "lte", "“三公经费”变动率", "0", "-12.36", "5", "5"),
        ("score", "lte", "公用经费控制率", "100", "95.49", "5", "5"),
        ("qual", "资助档案管理规范性", "5", "3", 60, 80),
        ("score", "gte", "寄宿生生活费补助人次", "3500", "3233", "10", "9.24"),
        ("score", "gte", "普通高中国家助学金资助人次", "1400", "1406", "5", "5"),
        ("score", "gte", "学前教育幼儿资助人次", "400", "340", "5", "4.25"),
        ("score", "gte", "生源地信用助学贷款办理人数", "480", "398", "5", "4.15"),
        ("score", "gte", "资助资金按时发放率", "100", "85.00", "10", "8.50"),
        ("score", "eq0", "因贫失学辍学人数", "0", "0", "10", "10"),
        ("score", "gte", "资助政策知晓率", "90", "76.5", "10", "8.50"),
        ("score", "gte", "受助学生及家长满意度", "90", "88.6", "10", "9.84"),
        ("grade_text", "89.88", "良好"),
    ],
}

# which table holds the indicator rows, and whether the execution line sits in a funds block
LAYOUT = {
    "lindian-hsgrant-2019": {"score_table": 2, "funds_block": True},
    "naiman-nutrition-2021": {"score_table": 2, "funds_block": False},
    "qianan-preschoolaid-2024": {"score_table": 2, "funds_block": True},
    "arong-vocaid-2023": {"score_table": 2, "funds_block": False},
    "tangyuan-aidcenter-2018": {"score_table": 2, "funds_block": False},
}


def check_draft(pid, text):
    tabs = tables_of(text)
    lay = LAYOUT[pid]
    table = tabs[lay["score_table"]]
    key = "三级指标"
    rows, tw, ts = score_rows(table, key)
    weights = [num(w) for _, w, _ in rows]
    scores = [num(s) for _, _, s in rows]
    byname = {}
    for r, w, s in rows:
        for c in r:
            byname.setdefault(c, (r, w, s))
    if lay["funds_block"]:
        fr, fw, fs = funds_row(table)
        weights.append(num(fw))
        scores.append(num(fs))
        byname["年度资金总额"] = (fr, fw, fs)
    # weights, totals, per-row bounds
    if sum(weights) != 100 or num(tw) != 100:
        fail(f"{pid}: weights add to {sum(weights)}, stated {tw}")
    if not close(sum(scores), ts):
        fail(f"{pid}: scores add to {sum(scores)}, stated total {ts}")
    for r, w, s in rows:
        if not (0 <= num(s) <= num(w)):
            fail(f"{pid}: row {r[:4]} score {s} outside [0, {w}]")
    # level-1 weights printed in the label, e.g. 预算执行（25分）
    groups = {}
    for r, w, s in rows:
        groups.setdefault(r[0], []).append((num(w), num(s)))
    for g, items in groups.items():
        m = re.search(r"（(\d+)分）", g)
        if m and sum(w for w, _ in items) != D(m.group(1)):
            fail(f"{pid}: level-1 {g} weights {sum(w for w, _ in items)}")
    # the total in the text equals the table total
    present(text, ts, f"{pid} total")

    for chk in CHECKS[pid]:
        kind = chk[0]
        where = f"{pid} {chk}"
        if kind == "sum":
            total, parts = chk[1], chk[2]
            for s in [total] + parts:
                present(text, s, where) if "," in s or "." in s or len(s) > 2 else None
            if not close(sum(num(p) for p in parts), total):
                fail(f"{where}: parts add to {sum(num(p) for p in parts)}")
        elif kind == "diff":
            res, a, b = chk[1:]
            if not close(num(a) - num(b), res):
                fail(f"{where}: {a} - {b} = {num(a) - num(b)}")
        elif kind == "rate":
            pct, n, d = chk[1:]
            if not pct.startswith("-"):
                present(text, pct, where)
            if not close(num(n) / num(d) * 100, pct):
                fail(f"{where}: computed {num(n) / num(d) * 100}")
            if not pct.startswith("-") and num(pct) > 100 and "率" in where and False:
                pass
        elif kind == "prod":
            res, a, b = chk[1:]
            if num(a) * num(b) != num(res):
                fail(f"{where}: {a} x {b} = {num(a) * num(b)}")
        elif kind == "wan":
            wan, yuan = chk[1:]
            present(text, wan, where)
            if num(yuan) / 10000 != num(wan):
                fail(f"{where}: {yuan}元 = {num(yuan) / 10000}万元")
        elif kind == "avg":
            stated, items = chk[1], chk[2]
            present(text, stated, where)
            for s in items:
                present(text, s, where)
            if not close(sum(num(i) for i in items) / len(items), stated):
                fail(f"{where}: mean {sum(num(i) for i in items) / len(items)}")
        elif kind == "school":
            amt, a, b, c, d = chk[1:]
            present(text, amt, where)
            if 500 * (num(a) + num(c)) + 625 * (num(b) + num(d)) != num(amt):
                fail(f"{where}: school amount")
        elif kind == "exec":
            name, spent, budget, w, s = chk[1:]
            r, rw, rs = byname[name]
            if num(rw) != num(w) or num(rs) != num(s):
                fail(f"{where}: table row has {rw}/{rs}")
            if not close(num(w) * min(num(spent) / num(budget), D(1)), s):
                fail(f"{where}: execution score {num(w) * num(spent) / num(budget)}")
        elif kind == "score":
            rule, name, t, a, w, s = chk[1:]
            if name not in byname:
                fail(f"{where}: row not found")
                continue
            r, rw, rs = byname[name]
            if num(rw) != num(w) or num(rs) != num(s):
                fail(f"{where}: table row has {rw}/{rs}")
            joined = "|".join(r)
            if t.lstrip("-") not in joined or a.lstrip("-") not in joined:
                fail(f"{where}: target/actual not in the row {r}")
            if rule_score(rule, t, a, w) != num(s):
                fail(f"{where}: rule gives {rule_score(rule, t, a, w)}")
        elif kind == "qual":
            name, w, s, lo, hi = chk[1:]
            r, rw, rs = byname[name]
            if num(rw) != num(w) or num(rs) != num(s):
                fail(f"{where}: table row has {rw}/{rs}")
            frac = num(s) / num(w) * 100
            if not (lo <= frac <= hi):
                fail(f"{where}: qualitative score {frac}% outside [{lo}, {hi}]")
        elif kind == "group":
            name, stated = chk[1:]
            present(text, stated + "分", where)
            got = sum(s for g, items in groups.items() if g == name for _, s in items)
            if not close(got, stated):
                fail(f"{where}: group scores add to {got}")
        elif kind == "group0":
            name, stated = chk[1:]
            present(text, stated + "分", where)
            got = sum(num(s) for r, _, s in rows if r[0] == name)
            if not close(got, stated):
                fail(f"{where}: goal-block scores add to {got}")
        elif kind == "grade_text":
            total, label = chk[1:]
            if not close(num(ts), total):
                fail(f"{where}: table total {ts}")
            m = re.findall(r"(\d+(?:\.\d+)?)分，评价等级为“?(优秀|良好|中等|较差|优|良|中|差)", text)
            if not m:
                fail(f"{where}: no '…分，评价等级为…' sentence")
            for sc, gr in m:
                if sc != total or gr != label or GRADE[gr] != band(sc):
                    fail(f"{where}: text says {sc} / {gr}, band {band(sc)}")
            for g in re.findall(r"等级：(优秀|良好|中等|较差|优|良|中|差)", text):
                if GRADE[g] != band(total):
                    fail(f"{where}: table grade {g}")
        elif kind == "carry":
            year = chk[1]
            for y in re.findall(r"结转至(\d{4})年", text):
                if int(y) <= year:
                    fail(f"{where}: carried over to {y}")
        else:
            fail(f"{where}: unknown check")


def changed(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    clean = {}
    for lab in labels:
        if lab["clean"]:
            clean[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        base = clean[lab["source"]]
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one finding")
        for e in lab["expected"]:
            if e["severity"] != "error":
                fail(f"{lab['case']}: severity {e['severity']}")
            if text.count(e["value"]) != 1:
                fail(f"{lab['case']}: value occurs {text.count(e['value'])} times")
            if e["value"] in base:
                fail(f"{lab['case']}: value occurs in the clean draft")
        a, b = changed(base, text)
        row_edit = lab["expected"][0]["code"] == "score_exceeds_weight"
        if row_edit:
            if a.count("\n") > 1 or b.count("\n") > 1:
                fail(f"{lab['case']}: score-row edit spans more than two rows")
        elif len(a) > 16 or len(b) > 16 or "\n" in a or "\n" in b:
            fail(f"{lab['case']}: edit {a!r} -> {b!r} too large")
        if not a and not b:
            fail(f"{lab['case']}: identical to the clean draft")
    codes = {}
    for lab in labels:
        for e in lab["expected"]:
            codes.setdefault(e["code"], set()).add(lab["source"])
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
            "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in need:
        if len(codes.get(c, ())) < 2:
            fail(f"code {c} used in fewer than two projects")
    for pid, text in clean.items():
        check_draft(pid, text)
    if FAIL:
        print("\n".join(FAIL))
        print(f"FAILED ({len(FAIL)})")
        sys.exit(1)
    print(f"OK: {len(labels)} cases, {len(clean)} clean drafts checked")


if __name__ == "__main__":
    main()
