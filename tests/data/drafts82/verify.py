#!/usr/bin/env python3
"""Check this labelled set.

1. Labels: every case listed exists; every value occurs exactly once in its case and never in
   the clean draft; the case differs from its clean draft by one contiguous edit of at most 16
   characters within one line (score-row codes: at most two edits, in adjacent lines); the
   value overlaps the edit; each numeric code of errors.md section A (except figure_mismatch)
   is used at least twice, in at least two projects.
2. Clean drafts: redo the arithmetic.
   - every TAB table with a 合计 row: numeric columns add up;
   - the funds block of the 自评表 (年度资金总额 = 当年财政拨款 + 上年结转 + 其他, per column;
     执行率 = 执行/全年预算; 得分 = 分值 × min(执行率, 100%));
   - the indicator table: weights add to 100 (with the funds block's 10 when it is outside),
     scores add to the stated total, 0 <= score <= weight, each quantitative row's score follows
     rules.md §5 (gte/eq proportional, lte capped), target and actual in the same unit;
     the per-block scores and the grade quoted in the text match the table and rules.md §6;
   - per-project claims: each listed substring of the draft carries a figure equal (within the
     tolerance of its stated decimals, rules.md §8) to the value recomputed from other figures
     of the draft (rates, balances, sums, averages, per-unit costs, 人均 areas, growth rates).

Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of problems; exit 1 on problems)
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, "cases")
T = "\t"
PROBLEMS = []

NUMERIC_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"]
SCORE_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
NUM_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def bad(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES_DIR, name), encoding="utf-8") as fh:
        return fh.read()


def dec(s):
    return Decimal(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated string."""
    v = dec(stated)
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(str(computed)) - v) <= tol


def r2(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------- labels
def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    cleans = {r["source"]: r["case"] for r in labels if r["clean"]}
    code_projects = {}
    for rec in labels:
        for k in ("case", "source", "clean", "expected"):
            if k not in rec:
                bad(f"{rec}: missing {k}")
        if rec["clean"]:
            if rec["expected"]:
                bad(f"{rec['case']}: clean case with expected findings")
            continue
        name = rec["case"]
        text = read(name)
        clean = read(cleans[rec["source"]])
        if len(rec["expected"]) != 1:
            bad(f"{name}: expected exactly one finding")
        exp = rec["expected"][0]
        if exp.get("severity") != "error":
            bad(f"{name}: severity must be error")
        code, value = exp["code"], exp["value"]
        code_projects.setdefault(code, set()).add(rec["source"])
        if text.count(value) != 1:
            bad(f"{name}: value {value!r} occurs {text.count(value)} times in the case")
        if value in clean:
            bad(f"{name}: value {value!r} occurs in the clean draft")
        # edit size
        cl, tl = clean.split("\n"), text.split("\n")
        if len(cl) != len(tl):
            bad(f"{name}: line count changed")
            continue
        diff_lines = [i for i, (a, b) in enumerate(zip(cl, tl)) if a != b]
        max_edits = 2 if code in SCORE_ROW_CODES else 1
        if not 1 <= len(diff_lines) <= max_edits:
            bad(f"{name}: {len(diff_lines)} changed lines (allowed {max_edits})")
        if len(diff_lines) == 2 and diff_lines[1] - diff_lines[0] != 1:
            bad(f"{name}: the two changed lines are not adjacent")
        offsets, pos = [], 0
        for line in tl:
            offsets.append(pos)
            pos += len(line) + 1
        edit_spans = []
        for i in diff_lines:
            a, b = cl[i], tl[i]
            p = 0
            while p < min(len(a), len(b)) and a[p] == b[p]:
                p += 1
            q = 0
            while q < min(len(a), len(b)) - p and a[len(a) - 1 - q] == b[len(b) - 1 - q]:
                q += 1
            old_mid, new_mid = a[p:len(a) - q], b[p:len(b) - q]
            size = max(len(old_mid), len(new_mid))
            if size > 16 or size == 0:
                bad(f"{name}: edit {old_mid!r} -> {new_mid!r} has size {size}")
            edit_spans.append((offsets[i] + p, offsets[i] + len(b) - q))
        vi = text.find(value)
        if vi >= 0 and not any(vi < e + (1 if e == s else 0) and s < vi + len(value) for s, e in edit_spans):
            bad(f"{name}: value does not overlap the edit")
    for code in NUMERIC_CODES:
        projects = code_projects.get(code, set())
        n = sum(1 for r in labels if not r["clean"] and r["expected"][0]["code"] == code)
        if n < 2 or len(projects) < 2:
            bad(f"code {code}: used {n} times in {len(projects)} projects (need >= 2 in >= 2)")
    return labels, cleans


# ----------------------------------------------------------------------------- tables
def table_blocks(text):
    """Consecutive lines containing a TAB form a block (a Word table pasted as text)."""
    blocks, cur = [], []
    for line in text.split("\n"):
        if T in line:
            cur.append(line.split(T))
        else:
            if cur:
                blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def plain_num(cell):
    return re.fullmatch(r"-?\d+(?:\.\d+)?", cell.strip() or "x") is not None


def check_sum_tables(name, text):
    for block in table_blocks(text):
        for ti, row in enumerate(block):
            if row[0] != "合计" or ti == 0:
                continue
            # data rows: back to the header (first row of the block, or the last header-like row)
            start = 0
            for k in range(ti - 1, -1, -1):
                if row_is_header(block[k]):
                    start = k + 1
                    break
            data = block[start:ti]
            for j, cell in enumerate(row):
                if j == 0 or not plain_num(cell):
                    continue
                col = [r[j] if j < len(r) else "" for r in data]
                if any(c.strip() and not plain_num(c) for c in col):
                    continue
                s = sum(dec(c) for c in col if c.strip())
                if dec(cell) != s:
                    bad(f"{name}: table column {j} sums to {s}, 合计 says {cell} (row {row})")


def row_is_header(row):
    return not any(plain_num(c) for c in row) and len(row) > 2


def funds_block(name, text):
    """MOF funds block. Returns (weight, score) of the execution line, or None."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("项目资金（万元）" + T + "年初预算数"):
            rows = {}
            for l in lines[i + 1:i + 5]:
                c = l.split(T)
                key = c[0].replace("其中：", "")
                rows[key] = c
            tot = rows["年度资金总额"]
            parts = [rows["当年财政拨款"], rows["上年结转资金"], rows["其他资金"]]
            val = lambda c: dec(c) if c.strip() else Decimal(0)
            for j in (1, 2, 3):
                s = sum(val(p[j]) for p in parts)
                if s != val(tot[j]):
                    bad(f"{name}: funds column {j}: components {s} vs total {tot[j]}")
            for row in [tot] + parts:
                if row[5].endswith("%"):
                    if val(row[2]) == 0:
                        bad(f"{name}: rate on a zero budget in {row[0]}")
                    else:
                        rate = val(row[3]) / val(row[2]) * 100
                        if not consistent(row[5][:-1], rate):
                            bad(f"{name}: {row[0]} rate {row[5]} vs computed {rate:.4f}")
            w = dec(tot[4])
            rate_exact = val(tot[3]) / val(tot[2])
            rate_stated = dec(tot[5][:-1]) / 100
            ok = any(consistent(tot[6], r2(w * min(r, Decimal(1)))) for r in (rate_exact, rate_stated))
            if not ok:
                bad(f"{name}: execution score {tot[6]} vs {w} x {rate_exact:.4f}")
            return w, dec(tot[6])
    return None


TARGET_RE = re.compile(r"^(≥|≤|＞|＜|=)?\s*(\d+(?:\.\d+)?)(.*)$")


def parse_q(cell):
    m = TARGET_RE.match(cell.strip())
    if not m:
        return None
    sign = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, Decimal(m.group(2)), m.group(3).strip()


def indicator_table(name, text, qualitative_ok):
    lines = text.split("\n")
    start = [i for i, l in enumerate(lines) if l.startswith("一级指标" + T + "二级指标" + T + "三级指标")]
    if len(start) != 1:
        bad(f"{name}: expected one indicator table, found {len(start)}")
        return None
    rows, total = [], None
    level1 = None
    for l in lines[start[0] + 1:]:
        c = l.split(T)
        if c[0] in ("总分", "合计"):
            total = c
            break
        if len(c) < 8:
            bad(f"{name}: short indicator row {c}")
            break
        if c[0]:
            level1 = c[0]
        rows.append((level1, c))
    wsum = sum(dec(c[5]) for _, c in rows)
    ssum = sum(dec(c[6]) for _, c in rows)
    blocks = {}
    for lv1, c in rows:
        w, s = dec(c[5]), dec(c[6])
        b = blocks.setdefault(lv1, [Decimal(0), Decimal(0)])
        b[0] += w
        b[1] += s
        if s < 0 or s > w:
            bad(f"{name}: score {s} outside [0, {w}] in {c[2] or c[0]}")
        t, a = parse_q(c[3]), parse_q(c[4])
        if t is None or a is None:
            key = c[2]
            if key not in qualitative_ok:
                bad(f"{name}: qualitative row {key!r} not in the expected list")
            elif not consistent(c[6], qualitative_ok[key]):
                bad(f"{name}: qualitative row {key!r} score {c[6]} expected {qualitative_ok[key]}")
            continue
        sign, tv, tu = t
        _, av, au = a
        if tu != au:
            bad(f"{name}: unit of target {c[3]!r} differs from actual {c[4]!r}")
            continue
        if sign in ("gte", "eq"):
            comp = av / tv
        else:
            comp = Decimal(1) if av <= tv else tv / av
        exp = r2(dec(c[5]) * min(comp, Decimal(1)))
        if not consistent(c[6], exp):
            bad(f"{name}: row {c[2] or c[0]!r} score {c[6]} expected {exp}")
    return rows, total, wsum, ssum, blocks


GRADES = [(Decimal(90), "优"), (Decimal(80), "良"), (Decimal(60), "中"), (Decimal(0), "差")]


def band(total):
    for lo, g in GRADES:
        if total >= lo:
            return g


def check_scores(name, text, qualitative_ok):
    fb = funds_block(name, text)
    res = indicator_table(name, text, qualitative_ok)
    if res is None:
        return
    rows, total, wsum, ssum, blocks = res
    exec_in_table = any(lv1 == "预算执行率" for lv1, _ in rows)
    if not exec_in_table:
        if fb is None:
            bad(f"{name}: no execution line")
            return
        wsum += fb[0]
        ssum += fb[1]
        blocks["预算执行"] = [fb[0], fb[1]]
    if wsum != 100 or dec(total[5]) != 100:
        bad(f"{name}: weights sum {wsum}, total row {total[5]}")
    if r2(ssum) != dec(total[6]):
        bad(f"{name}: scores sum {ssum}, total row {total[6]}")
    # scores quoted in the text
    for label, key in (("产出指标得分", "产出指标"), ("效益指标得分", "效益指标"),
                       ("满意度指标得分", "满意度指标"), ("预算执行得分", "预算执行")):
        for m in re.finditer(label + r"(\d+(?:\.\d+)?)分", text):
            if key in blocks and dec(m.group(1)) != blocks[key][1]:
                bad(f"{name}: text {m.group(0)} vs table block {blocks[key][1]}")
    for m in re.finditer(r"(?:自评得分|自评总分|项目自评得分)(\d+(?:\.\d+)?)分", text):
        if dec(m.group(1)) != dec(total[6]):
            bad(f"{name}: text total {m.group(0)} vs table {total[6]}")
    grades = re.findall(r"等级为“(.)”", text)
    if len(grades) != 1:
        bad(f"{name}: expected one grade statement, found {grades}")
    elif grades[0] != band(dec(total[6])):
        bad(f"{name}: grade {grades[0]} but total {total[6]} is {band(dec(total[6]))}")
    return total


def row_rates(name, text, header_prefix, specs):
    """specs: list of (rate_col, num_col, den_col) checked on every data row that prints a %."""
    for block in table_blocks(text):
        if not T.join(block[0]).startswith(header_prefix):
            continue
        for row in block[1:]:
            for rc, nc, dc in specs:
                cell = row[rc]
                if not cell.endswith("%"):
                    continue
                den = dec(row[dc])
                if den == 0:
                    bad(f"{name}: rate {cell} on zero base in {row[0]}")
                    continue
                if not consistent(cell[:-1], dec(row[nc]) / den * 100):
                    bad(f"{name}: {row[0]} rate {cell} vs {dec(row[nc]) / den * 100:.4f}")
        return
    bad(f"{name}: table {header_prefix!r} not found")


def row_diffs(name, text, header_prefix, out_col, a_col, b_col):
    for block in table_blocks(text):
        if not T.join(block[0]).startswith(header_prefix):
            continue
        for row in block[1:]:
            if dec(row[out_col]) != dec(row[a_col]) - dec(row[b_col]):
                bad(f"{name}: {row[0]} difference column {row[out_col]}")
        return
    bad(f"{name}: table {header_prefix!r} not found")


def claims(name, text, items):
    """items: (substring, computed). The last number in substring must match computed."""
    for sub, comp in items:
        n = text.count(sub)
        if n == 0:
            bad(f"{name}: claim text {sub!r} not found")
            continue
        nums = NUM_RE.findall(sub)
        if not nums:
            bad(f"{name}: no number in {sub!r}")
            continue
        if not consistent(nums[-1], comp):
            bad(f"{name}: {sub!r} states {nums[-1]}, computed {comp}")


D = Decimal


def pct(a, b):
    return D(str(a)) / D(str(b)) * 100


# ----------------------------------------------------------------------------- projects
def check_haiyan(name, text):
    check_scores(name, text, {})
    late = (datetime.date(2019, 11, 12) - datetime.date(2019, 10, 31)).days
    claims(name, text, [
        ("年初预算140.00万元", D("120.00") + D("20.00")),
        ("调整后全年预算200.00万元", D("140.00") + D("60.00")),
        ("到位资金200.00万元，到位率100%", pct(200, 200)),
        ("预算执行率98.18%", pct("196.36", 200)),
        ("结余3.64万元，为县级", D(200) - D("196.36")),
        ("省级资金60.00万元", D("24.00") + D("32.00") + D("4.00")),
        ("中央资金120.00万元全部用于村级健身广场建设；省级资金60.00万元中，24.00", D("144.00") - D("120.00")),
        ("32.00万元用于健身路径", 10 * D("3.20")),
        ("县级配套资金20.00万元实际支出16.36万元", D("12.86") + D("3.50")),
        ("县级配套资金执行率81.80%", pct("16.36", 20)),
        ("投资合计144.00万元", sum(D(x) for x in ("24.80", "22.60", "20.50", "26.10", "25.00", "25.00"))),
        ("平均造价24.00", D(144) / 6),
        ("折合每平方米375.00元", D(1440000) / 3840),
        ("（3600平方米）的106.67%", pct(3840, 3600)),
        ("完成年度目标的118.00%", pct(11800, 10000)),
        ("9600人次增长22.92%", pct(11800 - 9600, 9600)),
        ("器材100件", 10 * 10),
        ("人均培训费用291.67元", D(35000) / 120),
        ("按期完工率83.33%", pct(5, 6)),
        ("延期12天", late),
        ("人均2.12平方米", D("7.56") / D("3.56")),
        ("达到7.944万平方米", D("7.56") + D("0.3840")),
        ("人均体育场地面积2.23平方米", D("7.944") / D("3.56")),
        ("较上年提高0.11平方米", D("2.23") - D("2.12")),
        ("提高2.7个百分点", D("34.2") - D("31.5")),
        ("完成率97.71%", pct("34.2", 35)),
        ("29个行政村的55.17%", pct(16, 29)),
        ("受益行政村16个", 6 + 10),
        ("满意度95.58%", pct(411, 430)),
    ])


def check_qingtongxia(name, text):
    check_scores(name, text, {})
    row_rates(name, text, "资金来源" + T + "全年预算数", [(4, 2, 1), (5, 3, 1)])
    areas = [1200, 980, 1050, 860, 1120, 890]
    claims(name, text, [
        ("人均体育场地面积2.16平方米", D("61.47") / D("28.46")),
        ("调整后全年预算660.00万元", D(110) + 400 + 150),
        ("全年实际到位资金640.00万元", D(400) + 150 + 90),
        ("资金到位率96.97%", pct(640, 660)),
        ("实际支出561.00万元", D(350) + 121 + 90),
        ("预算执行率85.00%。", pct(561, 660)),
        ("全年预算未执行99.00万元", D(660) - 561),
        ("未到位20.00万元", D(110) - 90),
        ("已到位资金结余79.00万元", D(640) - 561),
        ("全年支出561.00万元", D("347.26") + D("160.00") + D("38.60") + D("15.14")),
        ("社区多功能运动场工程款347.26万元", D("317.80") + D("15.75") + D("13.71")),
        ("52.50" + T + "15.75", D("52.50") * D("0.3")),
        ("45.70" + T + "13.71", D("45.70") * D("0.3")),
        ("运动场中标总价416.00万元", sum(D(x) for x in ("62.40", "51.00", "54.60", "44.80", "58.20", "46.80", "52.50", "45.70"))),
        ("平均每个52.00万元", D(416) / 8),
        ("折合每平方米520元", D(4160000) / 8000),
        ("折合每公里50.00万元", D(160) / D("3.2")),
        ("建成运动场6个，完成年度目标的75.00%", pct(6, 8)),
        ("已完工运动场面积6100平方米", sum(areas)),
        ("健身步道面积8000平方米", D(3200) * D("2.5")),
        ("新增体育场地面积14100平方米", D(6100) + 8000),
        ("（1.41万平方米）", D(14100) / 10000),
        ("完成年度目标的88.1%", pct(14100, 16000)),
        ("按期完工率75%", pct(6, 8)),
        ("增至62.88万平方米", D("61.47") + D("1.41")),
        ("人均体育场地面积2.21平方米", D("62.88") / D("28.46")),
        ("提高0.05平方米", D("2.21") - D("2.16")),
        ("参与1.68万人次", D(16800) / 10000),
        ("场均600人次", D(16800) / 28),
        ("周边居民满意度80.20%", pct(393, 490)),
        ("到位率81.82%", pct(90, 110)),
    ])


def check_gar(name, text):
    check_scores(name, text, {})
    row_diffs(name, text, "支出内容" + T + "全年预算", 3, 1, 2)
    claims(name, text, [
        ("人均体育场地面积2.36平方米", D("5.86") / D("2.48")),
        ("年初预算215.60万元", D(180) + D("35.60")),
        ("当年财政拨款180.00万元", D(150) + 30),
        ("调整后全年预算275.60万元", D("215.60") + 60),
        ("各项资金全部到位，到位率100%", pct("275.60", "275.60")),
        ("全年执行262.40万元", D("226.80") + D("35.60")),
        ("预算执行率95.21%", pct("262.40", "275.60")),
        ("执行率94.50%", pct("226.80", 240)),
        ("未支出13.20万元", D("275.60") - D("262.40")),
        ("1550" + T + "37.40" + T + "24.20", D("37.40") - D("13.20")),
        ("合同金额合计146.00万元", D("38.60") + D("35.20") + D("37.40") + D("34.80")),
        ("平均每个36.50万元", D(146) / 4),
        ("每平方米造价239.34元", D(1460000) / 6100),
        ("45.60" + T + "45.60", 16 * D("2.85")),
        ("新增体育场地面积4550平方米", D(1620) + 1480 + 1450),
        ("完成年度目标的75.83%", pct(4550, 6000)),
        ("活动参与8650人次", D(5600) + 1800 + 1250),
        ("完成年度目标的108.13%", pct(8650, 8000)),
        ("增长25.00%", pct(8650 - 6920, 6920)),
        ("全年组织群众体育活动12场次", 1 + 6 + 5),
        ("人均培训费用750元", D(60000) / 80),
        ("年度工程完工率75%", pct(3, 4)),
        ("达到6.315万平方米", D("5.86") + D("0.4550")),
        ("人均体育场地面积2.55平方米", D("6.315") / D("2.48")),
        ("提高0.19平方米", D("2.55") - D("2.36")),
        ("覆盖率80%", pct(4, 5)),
        ("满意度92.6%", pct(264, 285)),
        ("绩效指标得分83.04分", D("45.04") + 28 + 10),
    ])


def check_xining(name, text):
    check_scores(name, text, {})
    row_rates(name, text, "建设内容" + T + "规模", [(4, 3, 2)])
    claims(name, text, [
        ("人均体育场地面积2.38平方米", D("590.24") / D("248.0")),
        ("年初预算700.00万元", D(400) + 300),
        ("调整后全年预算1,500.00万元", D(700) + 800),
        ("全年支出1,386.45万元", D("752.40") + 300 + D("334.05")),
        ("预算执行率92.43%", pct("1386.45", 1500)),
        ("执行率94.05%", pct("752.40", 800)),
        ("省级资金支出300.00万元，执行率100%", pct(300, 300)),
        ("执行率83.51%", pct("334.05", 400)),
        ("年末结余113.55万元", D(1500) - D("1386.45")),
        ("945.00" + T + "897.75", D(945) * D("0.95")),
        ("合同价58.50万元", D(351) / 6),
        ("中标单价3.60万元/套", D(144) / 40),
        ("步道总面积37800平方米", D(12600) * 3),
        ("平均每公里造价75.00万元", D(945) / D("12.6")),
        ("按期投用率66.67%", pct(4, 6)),
        ("新增建筑面积900平方米", 6 * 150),
        ("新增体育场地面积38700平方米", D(37800) + 900),
        ("（3.87万平方米）", D(38700) / 10000),
        ("完成年度目标的105.00%", pct("12.6", 12)),
        ("完成年度目标的116.25%", pct(93, 80)),
        ("参与12.36万人次", D(123600) / 10000),
        ("完成年度目标的123.60%", pct("12.36", 10)),
        ("增长20.00%", pct(D("12.36") - D("10.30"), "10.30")),
        ("每参与人次4.85元", D(600000) / 123600),
        ("人均体育场地面积2.46平方米", D("612.56") / D("248.6")),
        ("提高0.08平方米", D("2.46") - D("2.38")),
        ("覆盖率92.68%", pct(38, 41)),
        ("完好率96.42%", pct(1240, 1286)),
        ("市民满意度86.00%", pct(989, 1150)),
    ])


def check_litong(name, text):
    check_scores(name, text, {"场馆运营管理方案": D("6.00")})
    row_rates(name, text, "资金来源" + T + "全年预算数", [(5, 3, 1)])
    row_diffs(name, text, "资金来源" + T + "全年预算数", 4, 1, 3)
    claims(name, text, [
        ("总建筑面积12600平方米", D(8600) + 4000),
        ("人均体育场地面积1.74平方米", D("73.60") / D("42.30")),
        ("新增体育场地3.66万平方米", D("1.26") + D("2.4")),
        ("预计提高到1.83平方米", (D("73.60") + D("3.66")) / D("42.30")),
        ("年初预算980.00万元", D(380) + 600),
        ("调整后全年预算2,680.00万元", D(980) + 1200 + 500),
        ("当年财政拨款2,300.00万元", D(600) + 1200 + 500),
        ("全年支出2,144.00万元", D(380) + 1080 + 284 + 400),
        ("2018年2,144.00万元", D("1986.40") + D("42.80") + D("114.80")),
        ("预算执行率80.00%", pct(2144, 2680)),
        ("未支出536.00万元", D(2680) - 2144),
        ("执行率90.00%", pct(1080, 1200)),
        ("执行率56.80%", pct(284, 500)),
        ("执行率66.67%", pct(400, 600)),
        ("累计完成投资3,764.00万元", D(1620) + 2144),
        ("的77.45%", pct(3764, 4860)),
        ("剩余1,096.00万元", D(4860) - 3764),
        ("平均每次220.71万元", D("1986.40") / 9),
        ("完成年度目标的60.00%", pct(2400, 4000)),
        ("完成年度目标的50.00%", pct("1.2", "2.4")),
        ("占82.21%", pct(268, 326)),
        ("完成带动就业目标的108.67%", pct(326, 300)),
        ("满意度78.5%", pct(157, 200)),
    ])


CHECKS = {
    "haiyan-nongmufitness-2019": check_haiyan,
    "qingtongxia-communitycourt-2022": check_qingtongxia,
    "gar-fitnessplaza-2023": check_gar,
    "xining-riversidetrail-2024": check_xining,
    "litong-fitnesscentre-2018": check_litong,
}


def main():
    labels, cleans = check_labels()
    for src, fn in CHECKS.items():
        name = cleans.get(src)
        if not name:
            bad(f"no clean case for {src}")
            continue
        text = read(name)
        n = len(text)
        if not 2500 <= n <= 6000:
            bad(f"{name}: {n} characters (want 2500-6000)")
        check_sum_tables(name, text)
        fn(name, text)
    listed = {r["case"] for r in labels}
    for f in os.listdir(CASES_DIR):
        if f not in listed:
            bad(f"{f}: in cases/ but not in labels.jsonl")
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM", p)
        sys.exit(1)
    print(f"OK ({len(labels)} cases, {sum(1 for r in labels if r['clean'])} clean)")


if __name__ == "__main__":
    main()
