#!/usr/bin/env python3
"""Verify the n118 set.

1. labels.jsonl: one line per case file, codes from errors.md §A, each of the 13 codes at least twice,
   every label value occurs in its case.
2. Every error case differs from its clean draft in one place (one contiguous changed region, at most
   a few table cells long) and a label value overlaps that region.
3. The arithmetic of every clean draft is redone from the text itself (funds table, indicator table,
   tables with a 合计 row, per-student standards × students, rates, balances, completions, averages,
   scores, grade, years, units, same-value mentions). Every clean draft must pass every check.
4. Self-test: every error case must fail at least one of those checks.
Prints OK at the end.
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

YEARS = {
    "puan-nutrition-2019": 2019,
    "rongan-preschoolaid-2020": 2020,
    "zhenyuan-hsgrant-2023": 2023,
    "tiandeng-studentloan-2024": 2024,
    "sansui-studentaid-2018": 2018,
}

NUM = r"([\d,]+(?:\.\d+)?)"
RATE_WORDS = ("执行率|到位率|覆盖率|满意度|准确率|知晓率|回收率|及时率|合格率|巩固率|资助面|覆盖面|占比|识别率|检出率|入园率")


# ---------------------------------------------------------------- numbers
class N:
    """A number as written: value and decimals."""

    def __init__(self, s):
        self.s = s.replace(",", "").strip()
        self.v = D(self.s)
        self.d = len(self.s.split(".")[1]) if "." in self.s else 0

    def __repr__(self):
        return self.s


def q2(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), ROUND_HALF_UP)


def agrees(stated, computed):
    """rules.md §8: stated value with d decimals agrees with computed c iff |c - v| <= 0.5*10^-d."""
    if not isinstance(stated, N):
        stated = N(str(stated))
    return abs(D(computed) - stated.v) <= D("0.5") * D(10) ** (-stated.d) + D("1e-9")


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
              "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- checker
class Check:
    def __init__(self, name, text, year):
        self.name, self.text, self.year = name, text, year
        self.fails = []
        self.count = 0

    def ok(self, cond, msg):
        self.count += 1
        if not cond:
            self.fails.append(msg)
        return cond

    # one value for a pattern; every mention must carry the same value
    def get(self, pattern, label=None, group=1):
        ms = [m.group(group) for m in re.finditer(pattern, self.text)]
        label = label or pattern
        if not self.ok(bool(ms), f"pattern not found: {label}"):
            return None
        vals = {N(x).v for x in ms}
        self.ok(len(vals) == 1, f"same quantity with different values {sorted(vals)}: {label}")
        return N(ms[0])

    def eq(self, a, b, msg):
        if a is None or b is None:
            return self.ok(False, "missing operand: " + msg)
        av = a.v if isinstance(a, N) else D(a)
        bv = b.v if isinstance(b, N) else D(b)
        return self.ok(av == bv, f"{msg}: {av} != {bv}")

    def close(self, stated, computed, msg):
        if stated is None or computed is None:
            return self.ok(False, "missing operand: " + msg)
        return self.ok(agrees(stated, computed), f"{msg}: stated {stated}, computed {q2(computed, 4)}")

    def pct(self, stated, num, den, msg):
        if None in (stated, num, den):
            return self.ok(False, "missing operand: " + msg)
        nv = num.v if isinstance(num, N) else D(num)
        dv = den.v if isinstance(den, N) else D(den)
        return self.close(stated, nv / dv * 100, msg)


# ---------------------------------------------------------------- tables
def blocks(text):
    out, cur = [], []
    for line in text.split("\n"):
        if "\t" in line:
            cur.append(line.split("\t"))
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def isnum(s):
    return re.fullmatch(r"-?[\d,]+(?:\.\d+)?", s.strip() or "x") is not None


def check_funds(c):
    rows = {}
    for b in blocks(c.text):
        for r in b:
            if r[0].startswith("年度资金总额") or r[0].startswith("其中：当年财政拨款") or r[0] in ("上年结转资金", "其他资金"):
                rows[r[0].replace("其中：", "")] = r
    if not c.ok("年度资金总额" in rows, "funds table not found"):
        return None
    tot = rows["年度资金总额"]
    for j, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        parts = sum(N(rows[k][j]).v for k in ("当年财政拨款", "上年结转资金", "其他资金"))
        c.eq(N(tot[j]), parts, f"funds table {col}: total vs components")
    annual, spent = N(tot[2]), N(tot[3])
    c.eq(N(tot[4]), 10, "funds table 分值 10")
    rate = N(tot[5].rstrip("％%"))
    r = spent.v / annual.v * 100
    c.close(rate, r, "funds table 执行率 = 全年执行数 / 全年预算数")
    c.ok(rate.v <= 100, f"funds table 执行率 {rate} over 100%")
    score = N(tot[6])
    c.ok(agrees(score, 10 * min(r, D(100)) / 100) or agrees(score, 10 * min(rate.v, D(100)) / 100),
         f"funds table 得分 {score} vs 10 × 执行率")
    return {"annual": annual, "spent": spent, "rate": rate, "score": score, "initial": N(tot[1])}


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def unit_of(s):
    return re.sub(r"^[≥≤=＜＞<>＝]+", "", s.strip()).replace(",", "")


def split_val(s):
    s = unit_of(s)
    m = re.match(r"(-?\d+(?:\.\d+)?)(.*)$", s)
    if not m:
        return None, s
    return D(m.group(1)), m.group(2).replace("%", "％").strip()


def check_indicators(c, funds):
    hdr_block = None
    for b in blocks(c.text):
        for i, r in enumerate(b):
            if "三级指标" in r and "分值" in r and "得分" in r:
                hdr_block, start = b, i
    if not c.ok(hdr_block is not None, "indicator table not found"):
        return None
    hdr = hdr_block[start]
    it, ia, iw, isc = hdr.index("年度指标值"), hdr.index("实际完成值"), hdr.index("分值"), hdr.index("得分")
    i1 = hdr.index("一级指标")
    i3 = hdr.index("三级指标")
    level = None
    levels = {}
    wsum = ssum = D(0)
    total_row = None
    for r in hdr_block[start + 1:]:
        if r[0] in ("总分", "合计"):
            total_row = r
            break
        r = r + [""] * (len(hdr) - len(r))
        if r[i1]:
            level = r[i1]
        name, tgt, act = r[i3], r[it].strip(), r[ia].strip()
        w, s = N(r[iw]), N(r[isc])
        wsum += w.v
        ssum += s.v
        lw, ls = levels.get(level, (D(0), D(0)))
        levels[level] = (lw + w.v, ls + s.v)
        c.ok(D(0) <= s.v <= w.v, f"row {name}: score {s} outside [0, {w}]")
        # units
        dt, da = DATE.search(tgt), DATE.search(act)
        if dt or da:
            if c.ok(bool(dt and da), f"row {name}: date target vs non-date actual ({tgt} | {act})"):
                from datetime import date
                td = date(*map(int, dt.groups()))
                ad = date(*map(int, da.groups()))
                c.ok(ad <= td or s.v < w.v, f"row {name}: date met but not full score")
                c.ok(ad > td or s.v == w.v, f"row {name}: date met, score should be {w}")
            continue
        tv, tu = split_val(tgt)
        av, au = split_val(act)
        if tv is None or av is None:
            if tv is not None or av is not None:
                c.ok(False, f"row {name}: quantitative vs qualitative ({tgt} | {act})")
            continue  # qualitative: range checked above
        c.ok(tu == au, f"row {name}: unit of actual '{au}' differs from target '{tu}'")
        if au == "％" and re.search(RATE_WORDS + "|率", name):
            c.ok(av <= 100, f"row {name}: rate {act} over 100%")
        if tu != au:
            continue
        if tgt.startswith("≥"):
            exp = w.v if av >= tv else w.v * av / tv
        elif tgt.startswith("≤"):
            exp = w.v if av <= tv else w.v * tv / av
        elif tv == 0:
            exp = w.v if av <= 0 else D(0)
        else:
            exp = w.v if av >= tv else w.v * av / tv
        c.close(s, exp, f"row {name}: score from target {tgt} and actual {act}")
    if not c.ok(total_row is not None, "indicator table: no 总分/合计 row"):
        return None
    tw, ts = N(total_row[iw]), N(total_row[isc])
    c.eq(tw, 100, "indicator table 总分 分值 = 100")
    c.eq(wsum + 10, 100, "Σ indicator weights + 预算执行 10 = 100")
    if funds:
        c.eq(ts, funds["score"].v + ssum, "总分 得分 = 执行得分 + Σ indicator scores")
    return {"total": ts, "levels": levels, "wsum": wsum, "ssum": ssum}


def check_sum_tables(c):
    """Every non-funds, non-indicator table with a 合计 row: numeric columns add up (except 人均/标准 columns)."""
    n = 0
    for b in blocks(c.text):
        if any("三级指标" in r for r in b) or any(r[0].startswith("年度资金总额") for r in b):
            continue
        tot = [r for r in b if r[0] == "合计"]
        if not tot:
            continue
        hdr, tot = b[0], tot[0]
        body = b[1:b.index(tot)]
        for j in range(1, len(tot)):
            if not isnum(tot[j]) or j >= len(hdr) or "人均" in hdr[j] or "标准" in hdr[j]:
                continue
            s = sum(N(r[j]).v for r in body)
            c.eq(N(tot[j]), s, f"table '{hdr[0]}' column '{hdr[j]}': Σ rows vs 合计")
            n += 1
    c.ok(n > 0, "no table with a 合计 row was checked")


def table(c, first_header_cell):
    for b in blocks(c.text):
        if b[0][0] == first_header_cell:
            return b
    c.ok(False, f"table starting with {first_header_cell} not found")
    return None


def row(b, key):
    for r in b:
        if r[0] == key:
            return r
    return None


def check_std_products(c, b, std_col, sem_cols, amt_col, std_per_semester):
    """amount (万元) = (Σ semester students) × standard per semester / 10000."""
    for r in b[1:]:
        if r[0] == "合计":
            continue
        std = N(r[std_col]).v
        per_sem = std if std_per_semester else std / 2
        students = sum(N(r[k]).v for k in sem_cols)
        c.eq(N(r[amt_col]), q2(students * per_sem / 10000), f"row {r[0]}: students × standard = amount")


def check_text_common(c, ind, funds):
    # total score and grade stated in the text
    totals = re.findall(r"(?:自评总分|自评得分|综合得分)\s*" + NUM + r"\s*分", c.text)
    c.ok(bool(totals), "no total score in text")
    for t in totals:
        c.eq(N(t), ind["total"], "total score in text = table total")
    grades = re.findall(r"等级为[\"“]?(优秀|良好|中等|一般|合格|不合格|较差|优|良|中|差)", c.text)
    c.ok(bool(grades), "no grade in text")
    for g in grades:
        c.ok(GRADE_NORM[g] == grade_of(ind["total"].v), f"grade {g} vs total {ind['total']}")
    # rates in text never above 100 %
    for m in re.finditer("(" + RATE_WORDS + r")(?:为|达|达到|仅)?\s*" + NUM + r"\s*[％%]", c.text):
        c.ok(N(m.group(2)).v <= 100, f"text rate {m.group(0)} over 100%")
    # text 执行率 = table
    for m in re.finditer(r"预算执行率\s*" + NUM + r"\s*[％%]", c.text):
        c.eq(N(m.group(1)), funds["rate"], "执行率 in text = table")
    # years
    for m in re.finditer(r"结转至?(\d{4})年", c.text):
        c.ok(int(m.group(1)) > c.year, f"carry-over to {m.group(1)} in a {c.year} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", c.text):
        c.ok(int(m.group(1)) == c.year, f"截至{m.group(1)}年12月31日 in a {c.year} report")
    c.ok(str(c.year) in c.text.split("\n", 3)[0] + c.text.split("\n", 3)[1], "title year")


def level_scores(c, ind, pattern_map):
    """Text breakdown '产出指标49.73分' equals the table's level sums."""
    for lvl, pat in pattern_map.items():
        v = c.get(pat, lvl)
        if v is not None and lvl in ind["levels"]:
            c.eq(v, ind["levels"][lvl][1], f"text score of {lvl} = Σ table rows")


# ---------------------------------------------------------------- projects
def puan(c, funds, ind):
    t = table(c, "学段")
    if t:
        check_std_products(c, t, 4, (2, 3), 5, True)
        tot = row(t, "合计")
        c.eq(c.get(r"春季学期享受营养膳食补助学生" + NUM + "人"), N(tot[2]), "春季 students text = table")
        c.eq(c.get(r"秋季学期" + NUM + r"人，分学段"), N(tot[3]), "秋季 students text = table")
        c.eq(c.get(r"纳入实施范围的学校" + NUM + "所"), N(tot[1]), "schools text = table")
        c.eq(c.get(r"营养膳食补助" + NUM + r"万元，食堂"), N(tot[5]), "膳食补助 text = table")
        c.eq(c.get(r"全年补助学生" + NUM + "人次"), N(tot[2]).v + N(tot[3]).v, "人次 = 春季 + 秋季")
        c.eq(c.get(r"发放膳食补助" + NUM + "万元"), N(tot[5]), "goal box 膳食补助 = table")
        c.eq(c.get(r"秋季学期受益学生" + NUM + "人"), N(tot[3]), "受益学生 text = table")
    c.eq(c.get(r"每生每天" + NUM + "元"), 4, "4元/天")
    c.eq(D(4) * c.get(r"全年按在校" + NUM + "天").v, c.get(NUM + r"元/生·年").v, "4元 × 200天 = 800元")
    c.eq(c.get(NUM + r"元/生·年").v / 2, c.get(r"每学期" + NUM + r"元/生").v, "800 / 2 = 400 per semester")
    ini = c.get(r"年初预算" + NUM + "万元")
    cen = c.get(r"中央专项资金" + NUM + "万元")
    cty0 = c.get(r"县级配套资金" + NUM + "万元")
    carry = c.get(r"上年结转中央资金" + NUM + "万元")
    add = c.get(r"追加食堂从业人员劳务补助" + NUM + "万元")
    ann = c.get(r"全年预算调整为" + NUM + "万元")
    cur = c.get(r"其中当年财政拨款" + NUM + "万元")
    c.eq(ini, cen.v + cty0.v + carry.v, "年初 = 中央 + 县级 + 上年结转")
    c.eq(ann, ini.v + add.v, "全年 = 年初 + 追加")
    c.eq(ann, cur.v + carry.v, "全年 = 当年拨款 + 上年结转")
    cty = c.get(r"县级资金" + NUM + "万元均已")
    c.eq(cty, cty0.v + add.v, "县级 = 160 + 40")
    c.eq(c.get(r"全年可用资金" + NUM + "万元"), ann, "可用资金 = 全年预算")
    spent = c.get(r"项目实际支出" + NUM + "万元")
    meal = c.get(r"其中营养膳食补助" + NUM + "万元")
    labor = c.get(r"，食堂从业人员劳务补助" + NUM + "万元")
    equip = c.get(r"留样设备购置" + NUM + "万元")
    c.eq(spent, meal.v + labor.v + equip.v, "实际支出 = Σ items")
    c.eq(cty, labor.v + equip.v, "县级资金 = 劳务补助 + 设备")
    c.pct(c.get(r"预算执行率" + NUM + "％"), spent, ann, "执行率")
    c.pct(c.get(r"营养膳食补助占全年支出的" + NUM + "％"), meal, spent, "膳食补助占比")
    bal = c.get(r"年末结余" + NUM + "万元")
    c.eq(bal, ann.v - spent.v, "结余 = 全年(到位) − 支出")
    c.eq(bal, cen.v + carry.v - meal.v, "结余 = 中央可用 − 膳食补助")
    c.eq(funds["annual"], ann, "funds table 全年 = text")
    c.eq(funds["spent"], spent, "funds table 执行 = text")
    c.eq(funds["initial"], ini, "funds table 年初 = text")
    autumn = c.get(r"秋季学期受益学生" + NUM + "人")
    c.pct(c.get(r"完成年度目标（≥40,000人）的" + NUM + "％"), autumn, 40000, "受益学生完成率")
    c.eq(c.get(r"增加" + NUM + "人"), autumn.v - c.get(r"2018年秋季学期的" + NUM + "人").v, "增加人数")
    canteen = c.get(NUM + r"所采取学校食堂供餐")
    c.eq(canteen.v + c.get(r"其余" + NUM + "个偏远教学点").v, 126, "110 + 16 = 126")
    share = c.get(r"食堂供餐学校占比" + NUM + "％")
    c.pct(share, canteen, 126, "食堂供餐学校占比")
    c.ok(agrees(c.get(r"完成率" + NUM + "％"), share.v / 90 * 100) or
         agrees(c.get(r"完成率" + NUM + "％"), canteen.v / 126 / D("0.9") * 100), "食堂供餐完成率")
    sat = c.get(r"满意度" + NUM + r"％，低于")
    c.pct(sat, c.get(r"满意及基本满意" + NUM + "份"), c.get(r"回收" + NUM + "份"), "满意度 = 满意 / 回收")
    c.ok(c.get(r"回收" + NUM + "份").v <= c.get(r"发放问卷" + NUM + "份").v, "回收 ≤ 发放")
    c.eq(c.get(r"学生及家长满意度\t≥95％\t" + NUM + "％"), sat, "table satisfaction actual = text")
    c.eq(c.get(r"\t" + NUM + r"人\t10\t10\t\n"), autumn, "table 受益学生 actual = text")


def rongan(c, funds, ind):
    t = table(c, "园所类型")
    std = c.get(r"资助标准为每生每学期 " + NUM + " 元")
    if t:
        for r in t[1:]:
            if r[0] != "合计":
                c.eq(N(r[4]), q2((N(r[2]).v + N(r[3]).v) * std.v / 10000), f"row {r[0]}: students × 500 = amount")
        tot = row(t, "合计")
        c.eq(c.get(r"全县共有幼儿园" + NUM + "所"), N(tot[1]), "幼儿园数 text = table")
        spring, autumn = N(tot[2]), N(tot[3])
        c.pct(c.get(r"占在园幼儿的 " + NUM + " %"), autumn, c.get(r"秋季学期在园幼儿" + NUM + "人"), "受助比例")
        c.eq(c.get(r"全年共资助 " + NUM + " 人次"), spring.v + autumn.v, "人次 = 春季 + 秋季")
        c.eq(c.get(r"共资助家庭经济困难幼儿" + NUM + "人次"), spring.v + autumn.v, "goal box 人次")
        c.eq(c.get(r"增加 " + NUM + " 人次"), spring.v + autumn.v - c.get(r"2019年的 " + NUM + " 人次").v, "增加人次")
        c.eq(c.get(r"家庭经济困难幼儿 " + NUM + " 人，已全部"), autumn, "认定人数 = 秋季资助")
        c.eq(c.get(r"春季学期资助 " + NUM + " 人"), spring, "春季 text = table")
        c.eq(c.get(r"秋季学期资助 " + NUM + " 人"), autumn, "秋季 text = table")
        c.eq(c.get(r"全年实际支出 " + NUM + " 万元"), N(tot[4]), "支出 = table 合计")
        c.eq(c.get(r"发放资助资金" + NUM + "万元"), N(tot[4]), "goal box 资金 = table")
        c.eq(c.get(r"秋季学期资助幼儿人数\t≥2100人\t" + NUM + "人"), autumn, "indicator 秋季 = table")
        c.eq(c.get(r"春季学期资助幼儿人数\t≥2100人\t" + NUM + "人"), spring, "indicator 春季 = table")
        timely = c.get(r"发放及时率 " + NUM + " %")
        c.pct(timely, c.get(r"按时发放到户的 " + NUM + " 人"), autumn, "发放及时率")
        c.eq(c.get(r"资助资金发放及时率\t≥95%\t" + NUM + "%"), timely, "及时率 text = table")
    c.eq(c.get(r"每年 " + NUM + " 元"), std.v * 2, "年标准 = 2 × 学期标准")
    ini = c.get(r"年初预算 " + NUM + " 万元")
    add = c.get(r"追加 " + NUM + " 万元")
    ann = c.get(r"全年预算 " + NUM + " 万元")
    c.eq(ann, ini.v + add.v, "全年 = 年初 + 追加")
    c.eq(ann, c.get(r"中央资金 " + NUM).v + c.get(r"自治区资金 " + NUM).v + c.get(r"县级资金 " + NUM).v, "全年 = Σ sources")
    spent = c.get(r"全年实际支出 " + NUM + " 万元")
    c.pct(c.get(r"预算执行率 " + NUM + " %"), spent, ann, "执行率")
    c.eq(c.get(r"剩余 " + NUM + " 万元"), ann.v - spent.v, "剩余 = 全年 − 支出")
    c.eq(c.get(r"资助资金结余 " + NUM + " 万元"), ann.v - spent.v, "结余 (问题) = 全年 − 支出")
    c.eq(funds["annual"], ann, "funds table 全年 = text")
    c.eq(funds["initial"], ini, "funds table 年初 = text")
    c.eq(funds["spent"], spent, "funds table 执行 = text")
    m = re.search(r"满意度分别为 " + NUM + " %、" + NUM + " %、" + NUM + r" %，平均满意度 " + NUM + " %", c.text)
    if c.ok(bool(m), "satisfaction list"):
        vals = [N(m.group(i)).v for i in (1, 2, 3)]
        c.close(N(m.group(4)), sum(vals) / 3, "平均满意度 = mean")
        c.eq(c.get(r"受助幼儿家长满意度\t≥95%\t" + NUM + "%"), N(m.group(4)), "table satisfaction = average")
    c.eq(c.get(r"其中预算执行 " + NUM + " 分"), funds["score"], "执行得分 text = table")
    level_scores(c, ind, {"产出指标": r"产出指标 " + NUM + " 分", "效益指标": r"效益指标 " + NUM + " 分",
                          "满意度指标": r"满意度指标 " + NUM + " 分"})


def zhenyuan(c, funds, ind):
    t = table(c, "档次")
    if t:
        check_std_products(c, t, 1, (2, 3), 4, False)
        tot = row(t, "合计")
        spring, autumn = N(tot[2]), N(tot[3])
        c.eq(c.get(r"春季学期资助学生" + NUM + "人"), spring, "春季 text = table")
        c.eq(c.get(r"秋季学期资助学生" + NUM + "人"), autumn, "秋季 text = table")
        c.eq(spring, c.get(r"春季学期资助学生[\d,]+人（一中" + NUM).v + c.get(r"春季学期资助学生[\d,]+人（一中\d+人、民族中学" + NUM).v,
             "春季 = 一中 + 民族中学")
        c.eq(autumn, c.get(r"秋季学期资助学生[\d,]+人（一中" + NUM).v + c.get(r"秋季学期资助学生[\d,]+人（一中\d+人、民族中学" + NUM).v,
             "秋季 = 一中 + 民族中学")
        c.pct(c.get(r"春季学期在校生" + NUM + r"人的" + NUM + "％", group=2), spring, c.get(r"春季学期在校生" + NUM + "人"), "春季资助面")
        c.pct(c.get(r"资助面" + NUM + "％"), autumn, c.get(r"在校生" + NUM + r"人，资助面"), "秋季资助面")
        spr_amt = sum((N(r[2]).v * N(r[1]).v / 2) for r in t[1:] if r[0] != "合计") / 10000
        aut_amt = sum((N(r[3]).v * N(r[1]).v / 2) for r in t[1:] if r[0] != "合计") / 10000
        s_amt, a_amt = c.get(r"春季学期发放" + NUM + "万元"), c.get(r"秋季学期发放" + NUM + "万元")
        c.eq(s_amt, spr_amt, "春季发放 = Σ 春季 × 标准/2")
        c.eq(a_amt, aut_amt, "秋季发放 = Σ 秋季 × 标准/2")
        c.eq(N(tot[4]), s_amt.v + a_amt.v, "合计 = 春季 + 秋季")
        c.close(c.get(r"秋季学期人均受助" + NUM + "元"), a_amt.v * 10000 / autumn.v, "秋季人均受助 = 金额 / 人数")
        c.eq(c.get(r"实际支出" + NUM + "万元"), N(tot[4]), "支出 = table 合计")
        c.eq(c.get(r"全年资助" + NUM + "人次"), spring.v + autumn.v, "人次")
        c.eq(c.get(r"发放助学金" + NUM + "万元"), N(tot[4]), "goal box 金额")
        c.pct(c.get(r"完成年度目标的" + NUM + "％"), c.get(r"数量指标：秋季学期资助学生" + NUM + "人"), 1400, "秋季受助完成率")
        c.eq(c.get(r"秋季学期资助学生人数\t≥1400人\t" + NUM + "人"), autumn, "indicator 秋季 = table")
        timely = c.get(r"发放及时率" + NUM + "％")
        c.pct(timely, c.get(NUM + r"名在12月15日前"), c.get(r"时效指标：秋季学期" + NUM + "名"), "发放及时率")
        c.eq(c.get(r"资金发放及时率\t≥98％\t" + NUM + "％"), timely, "及时率 table = text")
        c.eq(c.get(r"时效指标：秋季学期" + NUM + "名"), autumn, "1,456 again")
    src = table(c, "资金来源")
    if src:
        for r in src[1:]:
            c.eq(N(r[3]), N(r[1]).v + N(r[2]).v, f"source {r[0]}: 年初 + 调整 = 全年")
        tot = row(src, "合计")
        ini, add, ann = N(tot[1]), N(tot[2]), N(tot[3])
        c.eq(c.get(r"年初预算" + NUM + "万元"), ini, "年初 text = table")
        c.eq(c.get(r"追加预算" + NUM + "万元"), add, "追加 text = table")
        c.eq(c.get(r"全年预算" + NUM + "万元"), ann, "全年 text = table")
        c.eq(c.get(r"提前下达中央资金" + NUM), N(row(src, "中央资金")[1]), "中央 text = table")
        c.eq(c.get(r"省级资金" + NUM + "万元，县级"), N(row(src, "省级资金")[1]), "省级 text = table")
        c.eq(c.get(r"县级配套" + NUM + "万元"), N(row(src, "县级资金")[1]), "县级 text = table")
        c.eq(c.get(r"上年结转资金" + NUM + "万元"), N(row(src, "上年结转")[1]), "结转 text = table")
        spent = c.get(r"实际支出" + NUM + "万元")
        c.pct(c.get(r"预算执行率" + NUM + "％"), spent, ann, "执行率")
        c.eq(c.get(r"结余" + NUM + "万元"), ann.v - spent.v, "结余 = 全年 − 支出")
        c.eq(funds["annual"], ann, "funds table 全年 = text")
        c.eq(funds["initial"], ini, "funds table 年初 = text")
        c.eq(funds["spent"], spent, "funds table 执行 = text")
    c.eq(c.get(r"该项得分" + NUM + "分"), funds["score"], "执行得分 text = table")
    c.pct(c.get(r"完成" + NUM + "％，主要"), c.get(r"实际开展\D*?" + NUM + "次"), c.get(r"计划开展" + NUM + "次"), "资助育人完成率")
    m = re.search(r"一中受助学生满意度" + NUM + r"％，民族中学" + NUM + r"％，两校平均" + NUM + "％", c.text)
    if c.ok(bool(m), "satisfaction pair"):
        c.close(N(m.group(3)), (N(m.group(1)).v + N(m.group(2)).v) / 2, "两校平均 = mean")
        c.eq(c.get(r"受助学生满意度\t≥95％\t" + NUM + "％"), N(m.group(3)), "table satisfaction = average")


def tiandeng(c, funds, ind):
    t = table(c, "学历层次")
    if t:
        tot = row(t, "合计")
        for r in t[1:]:
            c.close(N(r[4]), N(r[3]).v * 10000 / N(r[1]).v, f"row {r[0]}: 人均 = 金额 / 人数")
        n, amt, first = N(tot[1]), N(tot[3]), N(tot[2])
        c.eq(c.get(r"累计为" + NUM + "名学生"), n, "人数 text = table")
        c.eq(c.get(r"发放贷款" + NUM + " 万元，较"), amt, "金额 text = table")
        c.pct(c.get(r"分别增长" + NUM + "％"), n.v - c.get(r"较2023年的" + NUM + "人").v, c.get(r"较2023年的" + NUM + "人"), "人数增长率")
        c.pct(c.get(r"％和" + NUM + "％"), amt.v - c.get(r"人、" + NUM + " 万元分别").v, c.get(r"人、" + NUM + " 万元分别"), "金额增长率")
        c.eq(c.get(r"全年受理办理贷款" + NUM + "人"), n, "产出 text = table")
        c.eq(c.get(r"其中首次贷款" + NUM + "人"), first, "首贷 text = table")
        c.eq(n, first.v + c.get(r"续贷" + NUM + "人").v, "首贷 + 续贷 = 人数")
        c.pct(c.get(r"完成年度目标的" + NUM + "％"), n, 5000, "办理人数完成率")
        c.eq(c.get(r"贷款办理人数\t≥5000人\t" + NUM + "人"), n, "indicator 人数 = table")
        c.eq(c.get(r"贷款发放金额\t≥8000万元\t" + NUM + "万元"), amt, "indicator 金额 = table")
        c.eq(c.get(r"；发放贷款" + NUM + " 万元"), amt, "产出 金额 text = table")
        risk = c.get(r"其中风险补偿金" + NUM + " 万元（自治区")
        c.eq(risk, q2(amt.v * 3 / 100), "风险补偿金 = 发放额 × 3%")
    ini = c.get(r"年初预算" + NUM + " 万元")
    risk0 = c.get(r"其中风险补偿金" + NUM + " 万元（按")
    work = c.get(r"工作经费" + NUM + " 万元（县级）")
    c.eq(ini, risk0.v + c.get(r"3％测算），工作经费" + NUM + " 万元").v, "年初 = 风险补偿金 + 工作经费")
    c.eq(risk0, c.get(r"按2023年贷款发放额" + NUM + " 万元").v * 3 / 100, "年初风险补偿金 = 2023 发放额 × 3%")
    ann = c.get(r"全年预算" + NUM + " 万元")
    c.eq(ann, ini.v + c.get(r"追加预算" + NUM + " 万元").v, "全年 = 年初 + 追加")
    risk = c.get(r"其中风险补偿金" + NUM + " 万元（自治区")
    c.eq(ann, risk.v + work.v, "全年 = 风险补偿金 + 工作经费")
    c.eq(risk, c.get(r"自治区补助" + NUM).v + c.get(r"、县级" + NUM + " 万元）").v, "风险补偿金 = 自治区 + 县级")
    spent = c.get(r"项目实际支出" + NUM + " 万元")
    wspent = c.get(r"工作经费支出" + NUM + " 万元")
    c.eq(spent, c.get(r"其中风险补偿金" + NUM + " 万元已于").v + wspent.v, "支出 = 风险补偿金 + 工作经费")
    c.eq(c.get(r"其中风险补偿金" + NUM + " 万元已于"), risk, "风险补偿金 paid in full")
    c.pct(c.get(r"预算执行率" + NUM + "％"), spent, ann, "执行率")
    bal = c.get(r"结余" + NUM + " 万元")
    c.eq(bal, ann.v - spent.v, "结余 = 全年 − 支出")
    c.eq(bal, work.v - wspent.v, "结余 = 工作经费 − 工作经费支出")
    c.eq(funds["annual"], ann, "funds table 全年 = text")
    c.eq(funds["initial"], ini, "funds table 年初 = text")
    c.eq(funds["spent"], spent, "funds table 执行 = text")
    rec = c.get(r"本息回收率" + NUM + "％")
    c.pct(rec, c.get(r"实际回收" + NUM + " 万元"), c.get(r"到期应还本息" + NUM + " 万元"), "回收率")
    c.eq(c.get(r"到期贷款本息回收率\t≥95％\t" + NUM + "％"), rec, "回收率 table = text")
    c.eq(c.get(r"诚信还款教育覆盖面\t≥95％\t" + NUM + "％"), c.get(r"诚信还款教育覆盖面" + NUM + "％"), "诚信教育 table = text")
    c.eq(c.get(r"满意度\t≥90％\t" + NUM + "％"), c.get(r"贷款学生及家长满意度" + NUM + "％"), "满意度 table = text")
    c.ok("已于2024年12月20日" in c.text and "\t2024年12月20日\t" in c.text, "拨付日期 text = table")
    c.eq(c.get(r"平均办理时限" + NUM + "个工作日"), c.get(r"≤5个工作日\t" + NUM + "个工作日"), "办理时限 text = table")


def sansui(c, funds, ind):
    t = table(c, "资助类别")
    items = {"学前教育资助": r"其中学前教育资助" + NUM, "义务教育寄宿生生活补助（小学）": r"小学寄宿生生活补助" + NUM,
             "义务教育寄宿生生活补助（初中）": r"初中寄宿生生活补助" + NUM,
             "普通高中国家助学金": r"普通高中国家助学金" + NUM + " 万元", "中职国家助学金": r"中职国家助学金" + NUM + " 万元"}
    spent = c.get(r"全年实际支出" + NUM + " 万元")
    if t:
        check_std_products(c, t, 1, (2, 3), 4, False)
        tot = row(t, "合计")
        spring, autumn = N(tot[2]), N(tot[3])
        c.eq(c.get(r"春季学期资助学生" + NUM + "人"), spring, "春季 text = table")
        c.eq(c.get(r"秋季学期资助学生" + NUM + "人"), autumn, "秋季 text = table")
        c.eq(c.get(r"全年共资助" + NUM + "人次"), spring.v + autumn.v, "人次 = 春季 + 秋季")
        c.eq(c.get(r"全年资助学生" + NUM + "人次"), spring.v + autumn.v, "产出 人次")
        c.eq(c.get(r"全年资助学生人次\t≥16000人次\t" + NUM + "人次"), spring.v + autumn.v, "indicator 人次")
        s = D(0)
        for k, pat in items.items():
            v = c.get(pat, k)
            if v is not None:
                s += v.v
                c.eq(v, N(row(t, k)[4]), f"{k} text = table")
        c.eq(spent, s, "实际支出 = Σ items")
        c.eq(spent, N(tot[4]), "实际支出 = table 合计")
        pre = N(row(t, "学前教育资助")[3])
        c.eq(c.get(r"学前教育资助秋季学期" + NUM + "人"), pre, "学前秋季 text = table")
        c.pct(c.get(r"完成年度目标（≥1,000人）的" + NUM + "％"), pre, 1000, "学前完成率")
        c.eq(c.get(r"学前教育资助人数（秋季）\t≥1000人\t" + NUM + "人"), pre, "indicator 学前 = table")
        hs = N(row(t, "普通高中国家助学金")[3])
        c.eq(c.get(r"受助" + NUM + "人，资助面"), hs, "高中受助 text = table")
        c.pct(c.get(r"资助面" + NUM + "％"), hs, c.get(r"普通高中秋季学期在校生" + NUM + "人"), "高中资助面")
    ini = c.get(r"年初预算" + NUM + " 万元")
    c.eq(ini, sum(c.get(p + NUM + " 万元").v for p in (r"其中中央资金", r"、省级资金", r"、州级资金", r"、县级资金")),
         "年初 = Σ sources")
    ann = c.get(r"全年预算" + NUM + " 万元")
    c.eq(ann, ini.v + c.get(r"追加" + NUM + " 万元").v, "全年 = 年初 + 追加")
    c.eq(ann, sum(c.get(p + NUM + " 万元").v for p in (r"其中中央", r"、省级", r"、州级", r"、县级")), "全年 = Σ sources")
    c.pct(c.get(r"预算执行率" + NUM + "％"), spent, ann, "执行率")
    c.eq(c.get(r"年末结余" + NUM + " 万元"), ann.v - spent.v, "结余 = 全年 − 支出")
    c.eq(funds["annual"], ann, "funds table 全年 = text")
    c.eq(funds["initial"], ini, "funds table 年初 = text")
    c.eq(funds["spent"], spent, "funds table 执行 = text")
    c.eq(c.get(r"提高" + NUM + "个百分点"), c.get(r"义务教育巩固率" + NUM + "％，较").v - c.get(r"较2017年的" + NUM + "％").v, "百分点")
    c.eq(c.get(r"义务教育巩固率\t≥93％\t" + NUM + "％"), c.get(r"义务教育巩固率" + NUM + "％，较"), "巩固率 table = text")
    c.eq(c.get(r"精准识别率" + NUM + "％，未达到"), c.get(r"资助对象精准识别率\t≥98％\t" + NUM + "％"), "识别率 text = table")
    c.eq(c.get(r"发放及时率" + NUM + "％，未达到"), c.get(r"资金发放及时率\t≥95％\t" + NUM + "％"), "及时率 text = table")
    c.eq(c.get(r"仍有" + NUM + "名"), c.get(r"因贫辍学学生人数\t0人\t" + NUM + "人"), "辍学人数 text = table")
    c.eq(c.get(r"宣传覆盖率" + NUM + "％"), c.get(r"资助政策宣传覆盖率\t≥95％\t" + NUM + "％"), "宣传覆盖率 text = table")
    c.eq(c.get(r"满意度" + NUM + "％。"), c.get(r"受助学生及家长满意度\t≥90％\t" + NUM + "％"), "满意度 text = table")
    c.eq(c.get(r"其中预算执行" + NUM + "分"), funds["score"], "执行得分 text = table")
    level_scores(c, ind, {"产出指标": r"、产出指标" + NUM + "分", "效益指标": r"效益指标" + NUM + "分",
                          "满意度指标": r"满意度指标" + NUM + "分"})


PROJECT_CHECKS = {
    "puan-nutrition-2019": puan,
    "rongan-preschoolaid-2020": rongan,
    "zhenyuan-hsgrant-2023": zhenyuan,
    "tiandeng-studentloan-2024": tiandeng,
    "sansui-studentaid-2018": sansui,
}


def run_checks(pid, text):
    c = Check(pid, text, YEARS[pid])
    try:
        funds = check_funds(c)
        ind = check_indicators(c, funds)
        check_sum_tables(c)
        if funds and ind:
            check_text_common(c, ind, funds)
            PROJECT_CHECKS[pid](c, funds, ind)
    except Exception as e:  # a broken number in an error case may make parsing fail
        c.fails.append(f"exception {type(e).__name__}: {e}")
    return c


def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read()


def main():
    errors = []
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        errors.append("labels.jsonl cases do not match the files in cases/")
    counts = {k: 0 for k in CODES}
    for l in labels:
        text = read(os.path.join(CASES, l["case"]))
        if not (3000 <= len(text) <= 9000) and l["clean"]:
            errors.append(f"{l['case']}: length {len(text)} outside 3000–9000")
        if l["clean"] != (l["expected"] == []):
            errors.append(f"{l['case']}: clean flag vs expected")
        for e in l["expected"]:
            if e["code"] not in CODES or e["severity"] != "error":
                errors.append(f"{l['case']}: bad code/severity {e}")
            counts[e.get("code")] = counts.get(e.get("code"), 0) + 1
            if e["value"] not in text:
                errors.append(f"{l['case']}: value not found: {e['value']!r}")
        if l["clean"]:
            continue
        if len(l["expected"]) != 1:
            errors.append(f"{l['case']}: expected exactly one label")
        clean = read(os.path.join(CASES, l["source"] + "-clean.txt"))
        # one changed place
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        a0, a1, b1 = p, len(clean) - s, len(text) - s
        if text == clean:
            errors.append(f"{l['case']}: identical to clean draft")
        elif max(a1 - a0, b1 - a0) > 60:
            errors.append(f"{l['case']}: changed region too long ({clean[a0:a1]!r} -> {text[a0:b1]!r})")
        v = l["expected"][0]["value"]
        hit = any(m.start() < max(b1, a0 + 1) and m.start() + len(v) > a0
                  for m in re.finditer(re.escape(v), text))
        if not hit:
            errors.append(f"{l['case']}: label value does not overlap the change")
    for k in CODES:
        if counts.get(k, 0) < 2:
            errors.append(f"code {k} used {counts.get(k, 0)} times (< 2)")

    # arithmetic of the clean drafts
    total_checks = 0
    for pid in PROJECT_CHECKS:
        c = run_checks(pid, read(os.path.join(CASES, pid + "-clean.txt")))
        total_checks += c.count
        for f in c.fails:
            errors.append(f"{pid}-clean: {f}")
        print(f"{pid}-clean: {c.count} checks, {len(c.fails)} failed")
    # self-test: every error case breaks something
    for l in labels:
        if l["clean"]:
            continue
        c = run_checks(l["source"], read(os.path.join(CASES, l["case"])))
        if not c.fails:
            errors.append(f"{l['case']}: no check fails (the injected error is not detected)")
        else:
            print(f"  {l['case']:<36} {l['expected'][0]['code']:<22} caught by: {c.fails[0]}")
    if errors:
        for e in errors:
            print("FAIL", e)
        sys.exit(1)
    print(f"{len(labels)} labels, {total_checks} arithmetic checks on clean drafts")
    print("OK")


if __name__ == "__main__":
    main()
