#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3. Usage:  python3 verify.py      (prints OK or the list of problems; exit 1 on problems)

1. labels: every case file has one label line and vice versa; every `value` occurs exactly once in
   its case and never in the clean draft; the expected code is in the fixed vocabulary.
2. edits: an error case differs from its clean draft in one line (two adjacent lines for score-row
   edits), and the changed part of each line, after trimming the common prefix and suffix, is at
   most 16 characters and holds no newline.
3. arithmetic of each clean draft (rules.md §5-§8, tolerance from the stated decimals):
   - explicit checks per project (rates, balances, sums, averages, year-on-year changes,
     percentage points, per-unit figures); every figure used must occur in the draft as written;
   - indicator tables (Markdown or one cell per line) parsed automatically: weights sum to 100
     (and to 小计 rows), scores sum to the total, 0 <= score <= weight, score follows the rule
     (gte/lte/eq proportional, execution = weight x min(rate, 100%)), stated 完成率 follows §5;
   - quarterly progress tables: cumulative spending / base and the gap in 百分点;
   - grade band of every "总分/自评得分 … 等级/结论" statement.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch", "figure_mismatch", "empty_problems"}
SCORE_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
MAX_EDIT = 16

problems = []
n_checks = 0


def fail(msg):
    problems.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(s):
    """Decimal of the first number in s (commas removed)."""
    m = NUM_RE.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def decimals(s):
    m = NUM_RE.search(s)
    g = m.group(0)
    return len(g.split(".")[1]) if "." in g else 0


def q2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def close(computed, stated):
    """rules §8: |c - v| <= 0.5 x 10^-d (+1e-9), d = decimals of the stated string."""
    v = num(stated)
    return abs(Decimal(computed) - v) <= Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")


class Checker:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def need(self, *strings):
        for s in strings:
            if s not in self.text:
                fail(f"{self.name}: figure {s!r} not found in the draft")
                return False
        return True

    def _ok(self, cond, msg):
        global n_checks
        n_checks += 1
        if not cond:
            fail(f"{self.name}: {msg}")

    def ratio(self, a, b, stated, what=""):
        """stated % = a / b x 100"""
        if self.need(a, b, stated):
            c = num(a) / num(b) * 100
            self._ok(close(c, stated), f"{what} {a}/{b} = {c:.4f}%, stated {stated}")

    def growth(self, new, old, stated, what=""):
        """stated % = (new - old) / old x 100 (sign taken as written, absolute compared)"""
        if self.need(new, old, stated):
            c = (num(new) - num(old)) / num(old) * 100
            self._ok(close(abs(c), stated.lstrip("-")), f"{what} ({new}-{old})/{old} = {c:.4f}%, stated {stated}")

    def total(self, parts, tot, what=""):
        if self.need(*parts, tot):
            c = sum(num(p) for p in parts)
            self._ok(close(c, tot), f"{what} sum {'+'.join(parts)} = {c}, stated {tot}")

    def diff(self, a, b, stated, what=""):
        """stated = a - b (absolute value compared when stated is written as a decrease)"""
        if self.need(a, b, stated):
            c = num(a) - num(b)
            self._ok(close(abs(c), stated.lstrip("-")), f"{what} {a}-{b} = {c}, stated {stated}")

    def quot(self, a, b, stated, what=""):
        """stated = a / b (plain quotient: averages, per-unit costs)"""
        if self.need(a, b, stated):
            c = num(a) / num(b)
            self._ok(close(c, stated), f"{what} {a}/{b} = {c:.4f}, stated {stated}")

    def prod(self, a, b, stated, what=""):
        if self.need(a, b, stated):
            c = num(a) * num(b)
            self._ok(close(c, stated), f"{what} {a}x{b} = {c}, stated {stated}")

    def mean(self, items, stated, what=""):
        if self.need(*items, stated):
            c = sum(num(x) for x in items) / len(items)
            self._ok(close(c, stated), f"{what} mean = {c:.4f}, stated {stated}")

    def true(self, cond, msg):
        self._ok(cond, msg)


# ---------------------------------------------------------------- tables
def md_tables(text):
    """Markdown tables as lists of rows (lists of stripped cells)."""
    tables, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-*", c) for c in cells):
                continue
            cur.append(cells)
        else:
            if cur:
                tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def flat_tables(text):
    """One-cell-per-line tables: runs of blocks separated by one blank line; each line one cell."""
    tables = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        # a flat table starts at a block of >= 4 short lines followed by a blank line
        block = []
        j = i
        while j < len(lines) and lines[j].strip() != "" and len(lines[j].strip()) <= 40:
            block.append(lines[j].strip("\t ").strip())
            j += 1
        if len(block) >= 4 and j < len(lines) and lines[j] == "" and (lines[i].startswith("\t") or
                                                                      "季度" in block[0]):
            rows = [block]
            k = j + 1
            while k < len(lines):
                nb, m = [], k
                while m < len(lines) and lines[m].strip() != "" or (m < len(lines) and lines[m] in ("\t",)):
                    nb.append(lines[m].strip("\t ").strip())
                    m += 1
                if len(nb) == len(block):
                    rows.append(nb)
                    k = m + 1
                else:
                    break
            tables.append(rows)
            i = k
        else:
            i = max(j, i + 1)
    return tables


def flat_tables_tab(text):
    """Flattened tables whose cells are tab-indented lines (empty cells are a lone tab)."""
    tables = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("\t"):
            rows, cur = [], []
            while i < len(lines) and (lines[i].startswith("\t") or lines[i] == ""):
                if lines[i] == "":
                    if cur:
                        rows.append(cur)
                    cur = []
                    if i + 1 < len(lines) and not lines[i + 1].startswith("\t"):
                        break
                else:
                    cur.append(lines[i][1:].strip())
                i += 1
            if cur:
                rows.append(cur)
            tables.append(rows)
        i += 1
    return tables


def plain_flat_tables(text, first_cell):
    """One cell per line without indentation, starting at a header line equal to first_cell."""
    lines = text.split("\n")
    out = []
    for i, l in enumerate(lines):
        if l == first_cell:
            rows, cur = [], []
            k = i
            while k < len(lines):
                if lines[k] == "":
                    rows.append(cur)
                    cur = []
                    if k + 1 >= len(lines) or lines[k + 1] == "" or (rows and len(rows[0]) and
                                                                     len(rows) > 1 and len(rows[-1]) != len(rows[0])):
                        break
                else:
                    cur.append(lines[k])
                k += 1
            if cur:
                rows.append(cur)
            width = len(rows[0])
            rows = [r for r in rows if len(r) == width]
            out.append(rows)
    return out


DIR_GTE = ("≥", "＞", ">", "不低于", "不少于")
DIR_LTE = ("≤", "＜", "<", "不超过", "不高于")


def unit_of(s):
    s = s.replace(",", "")
    m = NUM_RE.search(s)
    if not m:
        return None
    return s[m.end():].strip()


def check_indicator_table(ck, header, rows, total_expected_weight=Decimal(100), extra=(Decimal(0), Decimal(0))):
    h = {name: i for i, name in enumerate(header)}

    def col(*names):
        for n in names:
            if n in h:
                return h[n]
        return None

    ct, ca = col("年度指标值", "指标值"), col("实际完成值")
    cc, cw, cs = col("完成率"), col("分值"), col("得分")
    c3 = col("三级指标")
    if None in (ct, ca, cw, cs, c3):
        fail(f"{ck.name}: indicator table header not understood: {header}")
        return
    wsum = ssum = Decimal(0)
    grp_w = grp_s = Decimal(0)
    by_l1 = {}
    total_row = None
    for r in rows:
        first = r[0]
        if "合计" in first or "总分" in first:
            total_row = r
            continue
        if "小计" in first:
            key = first.replace("小计", "")
            gw, gs = by_l1.get(key, [Decimal(0), Decimal(0)])
            ck.true(close(gw, r[cw]), f"subtotal weights {gw} vs {r[cw]} ({first})")
            ck.true(close(gs, r[cs]), f"subtotal scores {gs} vs {r[cs]} ({first})")
            continue
        w, s = num(r[cw]), num(r[cs])
        wsum += w
        ssum += s
        grp_w += w
        grp_s += s
        by_l1.setdefault(first, [Decimal(0), Decimal(0)])
        by_l1[first][0] += w
        by_l1[first][1] += s
        ck.true(Decimal(0) <= s <= w, f"row {r[c3]}: score {s} outside [0, {w}]")
        tgt, act = r[ct], r[ca]
        name = r[c3]
        tn = NUM_RE.search(tgt.replace(",", ""))
        an = NUM_RE.search(act.replace(",", ""))
        if "年" in tgt or not tn or not an:
            # qualitative or a date: drafts only use achieved ones -> full marks
            ck.true(s == w, f"row {name}: qualitative/date indicator achieved but score {s} != {w}")
            if cc is not None:
                ck.true(close(100, r[cc]), f"row {name}: completion {r[cc]} for an achieved qualitative row")
            continue
        T, A = num(tgt), num(act)
        ut, ua = unit_of(tgt), unit_of(act)
        ck.true(ut == ua, f"row {name}: units differ {tgt!r} vs {act!r}")
        if name == "预算执行率":
            rate = A / 100
            exp = q2(w * min(rate, Decimal(1)))
            exp2 = q2(w * min(num(act) / 100, Decimal(1)))
            ck.true(close(exp, r[cs]) or close(exp2, r[cs]), f"execution score {r[cs]} vs {exp}")
            if cc is not None:
                ck.true(close(A, r[cc]), f"execution completion {r[cc]} vs {A}")
            continue
        if tgt.startswith(DIR_LTE):
            comp = Decimal(100) if A <= T else T / A * 100
        elif T == 0:
            comp = Decimal(100) if A <= 0 else Decimal(0)
        else:
            comp = A / T * 100
        exp = q2(w * min(comp / 100, Decimal(1)))
        ck.true(abs(exp - s) <= Decimal("0.005"), f"row {name}: score {s}, rule gives {exp} (T={tgt}, A={act})")
        if cc is not None:
            ck.true(close(comp, r[cc]), f"row {name}: completion {r[cc]}, rule gives {comp:.4f}")
        dev = (comp - 100) / 100
        ck.true(dev <= Decimal("0.20") or (len(r) > max(h.values()) and r[-1] not in ("", "—")),
                f"row {name}: over-achieved by {dev:.2%} without a deviation note")
    ck.true(wsum == total_expected_weight, f"weights sum to {wsum}")
    wsum += extra[0]
    ssum += extra[1]
    if total_row is not None:
        ck.true(close(wsum, total_row[cw]), f"total weight row {total_row[cw]} vs {wsum}")
        ck.true(close(ssum, total_row[cs]), f"total score row {total_row[cs]} vs {ssum}")
    else:
        fail(f"{ck.name}: indicator table without total row")
    return ssum, by_l1


def grade_of(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


def check_grade(ck, text, total):
    found = 0
    for m in re.finditer(r"(?:自评总分|自评得分|总得分)(\d+(?:\.\d+)?)分[^。]*?(?:等级为|结论为)“([优良中差])", text):
        found += 1
        ck.true(close(total, m.group(1)), f"stated total {m.group(1)} vs table {total}")
        ck.true(grade_of(num(m.group(1))) == m.group(2), f"grade {m.group(2)} for {m.group(1)}")
    ck.true(found >= 1, "no total + grade statement found")


def check_quarters(ck, rows, base, cols):
    """rows: header + 4 quarter rows; cols = (cum, pct, target, gap) indexes."""
    ci, pi, ti, gi = cols
    for r in rows[1:]:
        ck.ratio(r[ci], base, r[pi], f"{r[0]} progress")
        g = num(r[pi]) - num(r[ti])
        ck.true(close(g, r[gi]), f"{r[0]} gap {r[gi]} vs {g}")


def level1_scores(ck, by_l1, stated):
    """stated: {一级名: 'x分' string as written}"""
    for k, v in stated.items():
        if k not in by_l1:
            fail(f"{ck.name}: no level-1 {k}")
            continue
        ck.true(close(by_l1[k][1], v), f"level-1 {k} score {by_l1[k][1]} vs stated {v}")


# ---------------------------------------------------------------- projects
def p_chaozhou(ck, t):
    # funds
    ck.total(["150.00", "12.50", "8.30"], "170.80", "全年预算")
    ck.total(["80.00", "40.00", "30.00"], "150.00", "年初预算")
    ck.total(["150.00", "12.50"], "162.50", "当年财政拨款")
    ck.total(["30.00", "12.50"], "42.50", "市级全年")
    ck.ratio("158.52", "170.80", "92.81%", "执行率")
    ck.diff("170.80", "158.52", "12.28", "结余")
    # the 行次 table (one cell per line)
    tab = [tb for tb in flat_tables_tab(t) if tb and tb[0][0] == "项目" and "行次" in tb[0]][0]
    rows = {r[0]: r for r in tab}
    hdr = tab[0]
    for j in range(2, len(hdr)):
        col = lambda name: rows[name][j]
        if col("全年预算数") in ("—",):
            continue
        ck.diff(col("实际到位数"), col("全年执行数"), col("结余"), f"(5) {hdr[j]}")
        ck.ratio(col("实际到位数"), col("全年预算数"), col("到位率"), f"(6) {hdr[j]}")
        ck.ratio(col("全年执行数"), col("全年预算数"), col("执行率"), f"(7) {hdr[j]}")
    for name in ("年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余"):
        r = rows[name]
        ck.total([r[4], r[5], r[6]], r[3], f"{name} 财政小计")
        parts = [r[3]] + ([r[7]] if r[7] != "—" else [])
        ck.total(parts, r[2], f"{name} 合计")
    # sub-items
    sub = [tb for tb in md_tables(t) if tb[0][0] == "支出内容"][0]
    for r in sub[1:-1]:
        ck.diff(r[1], r[2], r[3], f"结转 {r[0]}")
    for j in (1, 2, 3):
        ck.total([r[j] for r in sub[1:-1]], sub[-1][j], f"分项 column {j}")
    ck.total(["18.00", "42.28"], "60.28", "陈列展览")
    ck.quot("42.28", "7", "6.04", "单场临展")
    # quarters
    qt = [tb for tb in md_tables(t) if tb[0][0] == "季度"][0]
    check_quarters(ck, qt, "170.80", (1, 2, 3, 4))
    # outputs / benefits
    ck.true(365 - 52 - 1 - 5 <= 308, "open days plausible")
    ck.quot("5520", "46", "120", "社教平均每场")
    ck.quot("312600", "308", "约1015", "日均") if "312600" in t else ck.true(close(Decimal("312600") / 308, "1015"), "日均约1015")
    ck.ratio("10.86", "31.26", "34.74%", "未成年人占比")
    ck.growth("31.26", "28.75", "8.73%", "观众同比")
    ck.ratio("560", "600", "93.33%", "有效回收率")
    ck.ratio("524", "560", "93.57%", "满意度")
    ck.true(1200 - 1080 == 120 and "尚有120件" in t, "数字化剩余120件")
    ck.diff("95%", "92.81%", "2.19", "年底差距")
    # table
    tb = [x for x in md_tables(t) if "三级指标" in x[0]][0]
    total, by_l1 = check_indicator_table(ck, tb[0], tb[1:])
    level1_scores(ck, by_l1, {"预算执行率": "9.28", "产出指标": "49.40", "效益指标": "30", "满意度指标": "10"})
    check_grade(ck, t, total)


def p_beihai(ck, t):
    ck.total(["5,238.60", "181.40"], "5,420.00", "年初预算")
    ck.total(["236.35", "120.00", "490.00"], "846.35", "追加")
    ck.total(["180.00", "50.75"], "230.75", "调减")
    ck.true(num("5420.00") + num("846.35") - num("230.75") == num("6035.60"), "调整后 = 年初 + 追加 - 调减")
    ck.true(num("5238.60") + num("846.35") - num("230.75") == num("5854.20"), "财政拨款调整后")
    ck.total(["5,854.20", "181.40"], "6,035.60", "调整后预算")
    ck.ratio("5,694.18", "6,035.60", "94.34%", "执行率")
    ck.diff("6,035.60", "5,694.18", "341.42", "未支出")
    ck.total(["2,675.02", "3,019.16"], "5,694.18", "支出结构")
    ck.ratio("2,675.02", "5,694.18", "46.98%", "基本支出占比")
    ck.ratio("3,019.16", "5,694.18", "53.02%", "项目支出占比")
    cmp = [tb for tb in md_tables(t) if tb[0][0] == "项目" and "增减率" in tb[0]]
    for tb in cmp:
        for r in tb[1:]:
            ck.diff(r[1], r[2], r[3], f"增减额 {r[0]}")
            ck.growth(r[1], r[2], r[4], f"增减率 {r[0]}")
        for j in (1, 2, 3):
            ck.total([r[j] for r in tb[1:-1]], tb[-1][j], f"{tb[-1][0]} col {j}")
    ck.diff("6.12", "3.86", "2.26", "会议费")
    ck.diff("9.80", "5.40", "4.40", "培训费")
    ck.ratio("10.54", "16.20", "65.06%", "三公占预算")
    ck.diff("17.57", "10.54", "7.03", "三公减少")
    ck.growth("10.54", "17.57", "40.01%", "三公下降")
    qt = [tb for tb in md_tables(t) if tb[0][0] == "季度"][0]
    check_quarters(ck, qt, "6,035.60", (1, 2, 3, 4))
    ck.total(["88", "54"], "142", "活动场次")
    ck.quot("123200", "88", "1400", "线下平均每场") if "123200" in t else ck.true(
        close(Decimal("12.32") * 10000 / 88, "1400") and "12.32万人次" in t, "线下平均每场1400")
    ck.growth("88", "196", "55.10%", "线下场次减少")
    ck.quot("186.40", "54", "3.45", "线上平均每场")
    ck.growth("38.26", "61.50", "37.79%", "图书馆下降")
    ck.need("1:6.5")
    ck.quot("3,185.00", "490.00", "6.5", "拉动比例")
    ck.ratio("879", "968", "90.81%", "满意度")
    ck.mean(["96分", "94.5分", "92分", "97分", "90.5分"], "平均94分", "二级单位平均分")
    ck.ratio("171", "185", "92.43%", "在职人员控制率")
    ck.ratio("615.60", "5,420.00", "11.36%", "预算调整率")
    ck.ratio("341.42", "6,035.60", "5.66%", "结转结余率")
    ck.ratio("14", "30", "46.67%", "赛事完成比例")
    ck.true(29 + 142 == 171 and 32 + 153 == 185, "人员构成")
    tb = [x for x in md_tables(t) if "三级指标" in x[0]][0]
    total, by_l1 = check_indicator_table(ck, tb[0], tb[1:])
    level1_scores(ck, by_l1, {"投入": "20", "过程": "29.40", "产出": "23.13", "效益": "20"})
    ck.true([by_l1[k][0] for k in ("投入", "过程", "产出", "效益")] == [20, 30, 30, 20], "一级权重 20/30/30/20")
    check_grade(ck, t, total)


def p_baoting(ck, t):
    ck.total(["200.00", "60.00"], "260.00", "年初预算")
    ck.diff("260.00", "25.00", "235.00", "调减后")
    ck.total(["175.00", "60.00"], "235.00", "全年预算")
    ck.total(["32.00", "13.60"], "45.60", "社会赞助")
    ck.prod("19,360", "20", "387200", "门票(元)") if "387200" in t else ck.true(
        Decimal(19360) * 20 / 10000 == num("38.72"), "门票 19,360 x 20元 = 38.72万元")
    ck.ratio("228.62", "235.00", "97.29%", "执行率")
    ck.total(["60.00", "168.62"], "228.62", "分级支出")
    ck.ratio("168.62", "175.00", "96.35%", "县级执行率")
    ck.diff("175.00", "168.62", "6.38", "县级结余")
    sub = [tb for tb in md_tables(t) if tb[0][0] == "支出内容"][0]
    for j in (1, 2):
        ck.total([r[j] for r in sub[1:-1]], sub[-1][j], f"分项 col {j}")
    ck.total(["94.85", "51.26"], "146.11", "中标金额 = 开幕式 + 嬉水")
    ck.total(["6,420", "7,860", "5,080"], "19,360", "嬉水人次")
    ck.mean(["6,420", "7,860", "5,080"], "6453", "嬉水平均每场")
    ck.quot("9,840", "12", "820", "歌舞平均每场")
    ck.true(Decimal(8600 + 19360 + 9840) / 10000 == num("3.78"), "现场参与合计3.78万")
    ck.true(1 + 3 + 12 == 16, "16场")
    ck.quot("36.00", "12", "3.00", "单场歌舞")
    ck.growth("6,285.40", "5,316.80", "18.22%", "旅游收入增长")
    ck.diff("86.5%", "80.2%", "6.3", "入住率百分点")
    ck.growth("8.36", "7.12", "17.42%", "游客增长")
    ck.ratio("8.36", "8.5", "98.35%", "游客完成")
    ck.diff("8.5", "8.36", "0.14", "游客差额")
    ck.ratio("1,127", "1,206", "93.45%", "游客满意度")
    ck.ratio("50", "56", "89.29%", "商户满意度")
    ck.true(close((num("18.22") - 15) / 15 * 100, "21.47"), "超目标21.47%")
    tabs = flat_tables_tab(t)
    funds = [tb for tb in tabs if tb[0][0] == "项目"][0]
    r = funds[1]
    ck.ratio(r[3], r[2], r[5], "funds table rate")
    ck.true(close(q2(num(r[4]) * num(r[3]) / num(r[2])), r[6]), "funds table score")
    ind = [tb for tb in tabs if tb[0][0] == "一级指标"][0]
    # the funds block carries the execution weight 10 and its score
    exec_w, exec_s = num(r[4]), num(r[6])
    total, by_l1 = check_indicator_table(ck, ind[0], ind[1:], total_expected_weight=Decimal(90),
                                         extra=(exec_w, exec_s))
    ck.true(exec_w + sum(v[0] for v in by_l1.values()) == 100, "weights incl. execution = 100")
    tot_row = [x for x in ind if x[0] == "总分"][0]
    ck.true(close(exec_s + sum(v[1] for v in by_l1.values()), tot_row[6]), "scores incl. execution = 总分")
    level1_scores(ck, by_l1, {"产出指标": "50", "效益指标": "29.84", "满意度指标": "9.96"})
    check_grade(ck, t, num(tot_row[6]))


def p_dianbai(ck, t):
    ck.total(["80.00", "40.00"], "120.00", "财政资金")
    ck.total(["8.00", "6.50", "4.00"], "18.50", "赞助")
    ck.total(["120.00", "18.50"], "138.50", "全年预算")
    ck.ratio("114.86", "138.50", "82.93%", "执行率")
    ck.ratio("96.36", "120.00", "80.30%", "财政执行率")
    ck.total(["96.36", "18.50"], "114.86", "执行合计")
    ck.total(["62.84", "33.52"], "96.36", "分级执行")
    ck.ratio("62.84", "80.00", "78.55%", "区级执行率")
    ck.ratio("33.52", "40.00", "83.80%", "省级执行率")
    ck.diff("80.00", "62.84", "17.16", "区级结余")
    ck.diff("40.00", "33.52", "6.48", "省级结余")
    ck.total(["17.16", "6.48"], "23.64", "财政结余")
    q = plain_flat_tables(t, "季度")[0]
    check_quarters(ck, q, "120.00", (1, 2, 3, 4))
    ck.true(5 + 3 + 2 + 3 + 4 + 5 == 22 and 30 - 22 == 8, "22场 / 取消8场")
    ck.quot("8,140", "22", "370", "平均每场")
    ck.growth("22场", "19场", "15.79%", "场次增长")
    ck.growth("8,140", "7,220", "12.74%", "人次增长")
    ck.ratio("22", "30", "73.33%", "按计划举办率")
    ck.quot("114.86", "22", "5.22", "单场成本")
    ck.diff("43.6%", "41.8%", "1.8", "锻炼比例百分点")
    ck.ratio("18.50", "20", "92.50%", "赞助完成")
    ck.ratio("672", "762", "88.19%", "满意度")
    ck.ratio("8,140", "12500", "65.12%", "参赛人次完成")
    mt = md_tables(t)
    funds = [tb for tb in mt if tb[0][0] == "项目" and "执行率" in tb[0]][0]
    for r in funds[1:]:
        if r[5] != "—":
            ck.ratio(r[3], r[2], r[5], f"funds {r[0]}")
    for j in (1, 2, 3):
        ck.total([funds[2][j], funds[3][j], funds[4][j]], funds[1][j], f"funds col {j}")
    tb = [x for x in mt if "三级指标" in x[0]][0]
    total, by_l1 = check_indicator_table(ck, tb[0], tb[1:])
    level1_scores(ck, by_l1, {"预算执行": "8.29", "产出指标": "42.91", "效益指标": "29.25", "满意度指标": "9.28"})
    check_grade(ck, t, total)


def p_fuchuan(ck, t):
    ck.total(["45.00", "10.00", "8.00"], "63.00", "预算")
    ck.ratio("58.74", "63.00", "93.24%", "执行率")
    ck.diff("63.00", "58.74", "4.26", "结余")
    mt = md_tables(t)
    src = [tb for tb in mt if tb[0][0] == "资金来源"][0]
    for r in src[1:]:
        ck.ratio(r[3], r[1], r[4], f"来源 {r[0]}")
    for j in (1, 2, 3):
        ck.total([r[j] for r in src[1:-1]], src[-1][j], f"来源 col {j}")
    use = [tb for tb in mt if tb[0][0] == "支出用途"][0]
    for j in (1, 2):
        ck.total([r[j] for r in use[1:-1]], use[-1][j], f"用途 col {j}")
    ck.total(["9,420", "6,880"], "16,300", "低收费人次")
    ck.prod("9,420", "10", "94,200", "成人票")
    ck.prod("6,880", "5", "34,400", "学生票")
    ck.true(num("94,200") + num("34,400") == num("12.86") * 10000, "低收费收入 = 12.86万元")
    ck.true(365 - 13 - 10 == 342 and 8 * 7 == 56, "开放天数/时长")
    ck.total(["5.12", "6.38", "8.46", "6.49"], "26.45", "季度接待")
    ck.growth("26.45", "21.38", "23.71%", "接待同比")
    ck.total(["24.82", "1.63"], "26.45", "免费+低收费")
    ck.ratio("24.82", "26.45", "93.84%", "免费占比")
    ck.quot("6,120", "18", "340", "活动平均每场")
    ck.quot("480", "12", "40", "培训平均每期")
    ck.quot("58.74", "26.45", "2.22", "人均补助")
    ck.ratio("193", "200", "96.5%", "完好率")
    ck.ratio("451", "486", "92.80%", "满意度")
    ck.diff("92.80%", "90.6%", "2.2", "满意度百分点")
    tb = [x for x in mt if "三级指标" in x[0]][0]
    total, by_l1 = check_indicator_table(ck, tb[0], tb[1:])
    level1_scores(ck, by_l1, {"预算执行率": "9.32", "产出指标": "49.20", "效益指标": "30", "满意度指标": "10"})
    check_grade(ck, t, total)


def p_wanning(ck, t):
    ck.total(["320.00", "80.00"], "400.00", "全年预算")
    ck.ratio("372.48", "400.00", "93.12%", "执行率")
    ck.diff("400.00", "372.48", "27.52", "结余")
    mt = md_tables(t)
    sub = [tb for tb in mt if tb[0][0] == "支出内容"][0]
    for j in (1, 2):
        ck.total([r[j] for r in sub[1:-1]], sub[-1][j], f"分项 col {j}")
    qt = [tb for tb in mt if tb[0][0] == "季度"][0]
    check_quarters(ck, qt, "400.00", (1, 2, 3, 4))
    ck.true(6 + 2 == 8, "8场")
    ck.quot("1,840", "8", "230", "平均每场")
    ck.quot("113.60", "8", "14.20", "单场推介")
    ck.ratio("46", "50", "92.00%", "旅行社完成")
    ck.growth("1,012.36", "899.24", "12.58%", "游客增长")
    ck.growth("168.72", "146.18", "15.42%", "收入增长")
    ck.diff("46.8%", "43.3%", "3.5", "过夜百分点")
    ck.growth("5.62", "3.02", "86.09%", "入境增长")
    ck.ratio("1,268", "1,432", "88.55%", "满意度")
    ck.diff("88.55%", "86.9%", "1.65", "满意度百分点")
    ck.diff("90%", "88.55%", "1.45", "满意度差距")
    tb = [x for x in mt if "三级指标" in x[0]][0]
    total, by_l1 = check_indicator_table(ck, tb[0], tb[1:])
    level1_scores(ck, by_l1, {"预算执行率": "9.31", "产出指标": "49.36", "效益指标": "30", "满意度指标": "9.84"})
    check_grade(ck, t, total)


PROJECT_CHECKS = {
    "chaozhou-museum-2018": p_chaozhou,
    "beihai-deptwhole-2020": p_beihai,
    "baoting-waterfest-2021": p_baoting,
    "dianbai-sportsevents-2022": p_dianbai,
    "fuchuan-stadiumopen-2023": p_fuchuan,
    "wanning-tourismpromo-2024": p_wanning,
}


# ---------------------------------------------------------------- labels and edits
def changed_part(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    files = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if names != files:
        fail(f"labels and case files differ: {sorted(names ^ files)}")
    code_count = {}
    for rec in labels:
        case = read(os.path.join(CASES, rec["case"]))
        clean = read(os.path.join(CASES, rec["source"] + "-clean.txt"))
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            n = len(case)
            if not 2500 <= n <= 6000:
                fail(f"{rec['case']}: length {n} outside 2500-6000")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one finding")
        for exp in rec["expected"]:
            code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
            if exp["code"] not in CODES:
                fail(f"{rec['case']}: unknown code {exp['code']}")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if case.count(v) != 1:
                fail(f"{rec['case']}: value occurs {case.count(v)} times in the case: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
        # edit size
        cl, el = clean.split("\n"), case.split("\n")
        if len(cl) != len(el):
            fail(f"{rec['case']}: line count changed")
            continue
        diff = [i for i, (x, y) in enumerate(zip(cl, el)) if x != y]
        allowed = 2 if rec["expected"][0]["code"] in SCORE_CODES else 1
        if not diff or len(diff) > allowed or (len(diff) == 2 and diff[1] - diff[0] != 1):
            fail(f"{rec['case']}: changed lines {diff}")
        for i in diff:
            a, b = changed_part(cl[i], el[i])
            if max(len(a), len(b)) > MAX_EDIT:
                fail(f"{rec['case']}: edit on line {i + 1} too large: {a!r} -> {b!r}")
        if "value" in rec["expected"][0]:
            # the value must contain the changed text
            i = diff[-1] if diff else 0
            a, b = changed_part(cl[i], el[i])
            if b and b not in rec["expected"][0]["value"]:
                fail(f"{rec['case']}: value does not contain the changed text {b!r}")
    return labels, code_count


def main():
    labels, code_count = check_labels()
    for src, fn in PROJECT_CHECKS.items():
        path = os.path.join(CASES, src + "-clean.txt")
        text = read(path)
        try:
            fn(Checker(src, text), text)
        except Exception as exc:  # a parse failure is a problem too
            fail(f"{src}: check crashed: {exc!r}")
    need = CODES - {"figure_mismatch", "empty_problems"}
    for c in sorted(need):
        if code_count.get(c, 0) < 2:
            fail(f"code {c} used {code_count.get(c, 0)} times (< 2)")
    srcs = {}
    for rec in labels:
        for e in rec["expected"]:
            srcs.setdefault(e["code"], set()).add(rec["source"])
    for c, s in srcs.items():
        if len(s) < 2 and code_count.get(c, 0) >= 2:
            fail(f"code {c} not spread across projects: {s}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        print(f"{len(problems)} problems ({n_checks} arithmetic checks run)")
        return 1
    print(f"codes: " + ", ".join(f"{c}={n}" for c, n in sorted(code_count.items())))
    print(f"OK ({len(labels)} cases, {n_checks} arithmetic checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
