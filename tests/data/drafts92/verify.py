#!/usr/bin/env python3
"""Verify set n92: labels, edit sizes, and the arithmetic of every clean draft.

Run after build.py.  Pure Python 3, no third-party dependencies.  Prints OK or the list of problems.
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build  # noqa: E402  (edit list)

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"}
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(num):
    return len(num.split(".")[1]) if "." in num else 0


def close(computed, stated):
    """Tolerance from the stated decimals (rules.md §8)."""
    d = decimals(stated)
    return abs(D(computed) - D(stated)) <= D("0.5") * D(10) ** (-d) + D("1e-9")


def q(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), ROUND_HALF_UP)


# ---------------------------------------------------------------- labels and edits

def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    edits = {("%s-e%d.txt" % (e[0], e[1])): e for e in build.EDITS}
    seen_codes = {}
    for lab in labels:
        text = read(lab["case"])
        clean = read(lab["source"] + "-clean.txt")
        if lab["clean"]:
            if lab["expected"]:
                fail("%s: clean case with expected findings" % lab["case"])
            if text != clean:
                fail("%s: clean label on a modified text" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            fail("%s: must carry exactly one expected finding" % lab["case"])
        exp = lab["expected"][0]
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail("%s: bad code/severity %s" % (lab["case"], exp))
        seen_codes.setdefault(exp["code"], set()).add(lab["source"])
        v = exp["value"]
        if text.count(v) != 1:
            fail("%s: value occurs %d times in case: %r" % (lab["case"], text.count(v), v))
        if v in clean:
            fail("%s: value occurs in the clean draft: %r" % (lab["case"], v))
        # edit size: lines that differ
        cl, tl = clean.split("\n"), text.split("\n")
        if len(cl) != len(tl):
            fail("%s: line count changed" % lab["case"])
            continue
        diff = [i for i in range(len(cl)) if cl[i] != tl[i]]
        rows = edits[lab["case"]][6]
        if not diff:
            fail("%s: no edit" % lab["case"])
            continue
        if len(diff) > (2 if rows else 1) or (len(diff) == 2 and diff[1] != diff[0] + 1):
            fail("%s: edit touches lines %s" % (lab["case"], diff))
        if rows and not all(tl[i].startswith("|") for i in diff):
            fail("%s: multi-row edit outside a table" % lab["case"])
        for i in diff:
            a, b = cl[i], tl[i]
            p = 0
            while p < min(len(a), len(b)) and a[p] == b[p]:
                p += 1
            s = 0
            while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
                s += 1
            ca, cb = a[p:len(a) - s], b[p:len(b) - s]
            if max(len(ca), len(cb)) > 16:
                fail("%s: edit on line %d too long: %r -> %r" % (lab["case"], i + 1, ca, cb))
        # the value must cover the edited place
        start = text.find(v)
        first_line_start = sum(len(x) + 1 for x in tl[:diff[0]])
        last_line_end = sum(len(x) + 1 for x in tl[:diff[-1] + 1])
        if not (start < last_line_end and start + len(v) > first_line_start):
            fail("%s: value does not overlap the edited line(s)" % lab["case"])
    for code in CODES:
        projs = seen_codes.get(code, set())
        n = sum(1 for e in build.EDITS if e[2] == code)
        if n < 2 or len(projs) < 2:
            fail("code %s used %d times in %d projects" % (code, n, len(projs)))
    return labels


# ---------------------------------------------------------------- markdown tables

def md_tables(text):
    """Return a list of tables; each is a list of rows (list of stripped cells)."""
    tables, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            cur.append(cells)
        else:
            if cur:
                tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


NUM = re.compile(r"(\d+(?:\.\d+)?)")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_q(cell):
    """(direction, number, unit) or None."""
    c = cell.replace(",", "")
    m = NUM.search(c)
    if not m or DATE.search(c):
        return None
    direction = "gte" if ("≥" in c or "不低于" in c) else "lte" if ("≤" in c or "不超过" in c) else "eq"
    unit = c[m.end():].strip()
    rest = c[:m.start()].replace("≥", "").replace("≤", "").replace("=", "").strip()
    if rest:
        return None
    return direction, D(m.group(1)), unit


def check_score_table(pid, text):
    tabs = [t for t in md_tables(text) if "满分" in t[0] and "得分" in t[0] and "三级指标" in t[0]]
    if len(tabs) != 1:
        fail("%s: expected one 自评表, found %d" % (pid, len(tabs)))
        return None
    t = tabs[0]
    h = t[0]
    iw, isc = h.index("满分"), h.index("得分")
    it, ia = h.index("年度指标值"), h.index("实际完成值")
    ic = h.index("完成率") if "完成率" in h else None
    idir = h.index("指标性质") if "指标性质" in h else None
    levels = {}
    wsum = ssum = D(0)
    total = None
    for row in t[1:]:
        if row[0] == "合计":
            total = (D(row[iw]), D(row[isc]))
            continue
        w, s = D(row[iw]), D(row[isc])
        if decimals(row[isc]) != 1:
            fail("%s: score without one decimal: %s" % (pid, row))
        if not (0 <= s <= w):
            fail("%s: score outside [0, weight]: %s" % (pid, row))
        wsum += w
        ssum += s
        lv = levels.setdefault(row[0], {"weight": D(0), "score": D(0)})
        lv["weight"] += w
        lv["score"] += s
        tq, aq = parse_q(row[it]), parse_q(row[ia])
        if tq and aq and tq[2] == aq[2]:
            direction = tq[0]
            if idir is not None:
                direction = {"≥": "gte", "≤": "lte", "=": "eq"}.get(row[idir], direction)
            T, A = tq[1], aq[1]
            if direction == "lte":
                comp = D(1) if A <= T else T / A
            else:
                comp = A / T
            exp = w * min(comp, D(1))
            if not close(exp, row[isc]):
                fail("%s: row score %s, rule gives %s: %s" % (pid, row[isc], q(exp, 3), row))
            if ic is not None:
                if not close(comp * 100, row[ic].rstrip("%")):
                    fail("%s: completion %s, computed %s: %s" % (pid, row[ic], q(comp * 100), row))
            if comp > D("1.2") and "目标" not in row[-1] and "同上" not in row[-1]:
                fail("%s: over-achievement >20%% without reason: %s" % (pid, row))
            if comp < 1 and row[-1] in ("—", ""):
                fail("%s: shortfall without reason: %s" % (pid, row))
        elif DATE.search(row[it]) and DATE.search(row[ia]):
            dt = datetime.date(*map(int, DATE.search(row[it]).groups()))
            da = datetime.date(*map(int, DATE.search(row[ia]).groups()))
            if not (da <= dt and s == w):
                fail("%s: date row inconsistent: %s" % (pid, row))
        else:  # qualitative
            ratio = s / w
            if ratio < 1:
                if not (D("0.6") <= ratio < D("0.8") and "部分达成" in "".join(row)):
                    fail("%s: qualitative score outside the 部分达成 band: %s" % (pid, row))
            if ic is not None and row[ic] != "—":
                fail("%s: qualitative row with a completion rate: %s" % (pid, row))
    if wsum != 100 or total is None or total[0] != 100:
        fail("%s: weights sum %s, 合计 %s" % (pid, wsum, total))
    if total is None or ssum != total[1]:
        fail("%s: scores sum %s, 合计 %s" % (pid, ssum, total))
    return {"levels": levels, "total": ssum}


def grade_of(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_grade(pid, text, total):
    grades = re.findall(r"评价等级[为：]“?([优良中差])", text)
    if not grades:
        fail("%s: no grade stated" % pid)
    for g in grades:
        if g != grade_of(total):
            fail("%s: grade %s for total %s" % (pid, g, total))


def check_funds_table(pid, text):
    tabs = [t for t in md_tables(text) if "全年预算数" in t[0] and "全年执行数" in t[0]]
    for t in tabs:
        h = t[0]
        numcols = [i for i, c in enumerate(h) if c in ("年初预算数", "全年预算数", "实际到位数", "全年执行数")]
        rows = t[1:]
        for i in numcols:
            tot = D(rows[0][i])
            parts = sum(D(r[i]) for r in rows[1:])
            if tot != parts:
                fail("%s: funds column %s: %s != %s" % (pid, h[i], tot, parts))
        ib, ie, ir = h.index("全年预算数"), h.index("全年执行数"), h.index("执行率")
        for r in rows:
            base = D(r[ib])
            if base == 0:
                if r[ir] != "—":
                    fail("%s: rate on zero base: %s" % (pid, r))
                continue
            rate = D(r[ie]) / base * 100
            if not close(rate, r[ir].rstrip("%")):
                fail("%s: funds rate %s, computed %s" % (pid, r[ir], q(rate)))
            if "实际到位数" in h and not (D(r[ie]) <= D(r[h.index("实际到位数")]) <= base):
                fail("%s: ordering 执行<=到位<=预算 broken: %s" % (pid, r))
        if "得分" in h:
            r = rows[0]
            w = D(r[h.index("满分")])
            if not close(w * min(D(r[ie]) / D(r[ib]), D(1)), r[h.index("得分")]):
                fail("%s: execution score %s" % (pid, r))
    return len(tabs)


# ---------------------------------------------------------------- text identities

def days(a, b):
    return (b - a).days + 1


def pct(a, b):
    return D(a) / D(b) * 100


def growth(a, b):
    return (D(a) / D(b) - 1) * 100


def per_visitor(yi, wan):
    return D(yi) * 10 ** 8 / (D(wan) * 10 ** 4)


def check_facts(pid, text, facts):
    for literal, num, computed in facts:
        if text.count(literal) < 1:
            fail("%s: literal not found: %r" % (pid, literal))
            continue
        if num not in literal:
            fail("%s: number %s not in literal %r" % (pid, num, literal))
        if not close(computed, num.replace(",", "")):
            fail("%s: %r states %s, computed %s" % (pid, literal, num, q(computed, 4)))


def facts_for(pid, T):
    L = T["levels"]
    S = lambda k: L[k]["score"]
    if pid == "luoping-jiulongfalls-2019":
        return [
            ("年初预算1,200.00万元，其中省级旅游发展专项资金800.00万元、县级配套资金400.00万元", "1,200.00", D(800) + D(400)),
            ("调整后全年预算1,350.00万元，其中省级800.00万元、县级550.00万元", "1,350.00", D(800) + D(550)),
            ("县级550.00万元", "550.00", D(400) + D(150)),
            ("实际到位1,310.00万元", "1,310.00", D(800) + D(510)),
            ("尚有40.00万元未到位", "40.00", D(550) - D(510)),
            ("资金到位率97.04%", "97.04", pct(1310, 1350)),
            ("项目实际支出1,265.40万元", "1,265.40", D(800) + D("465.40")),
            ("预算执行率93.73%", "93.73", pct("1265.40", 1350)),
            ("结余资金44.60万元", "44.60", D(1310) - D("1265.40")),
            ("计划投资1,350.00万元", "1,350.00", D(420) + D(216) + D(384) + D(198) + D(132)),
            ("单方造价2,258.06元/平方米", "2,258.06", D(4200000) / 1860),
            ("投资额216.00万元，其中新建每座48.00万元、改建每座30.00万元", "216.00", 2 * D(48) + 4 * D(30)),
            ("平均每座36.00万元", "36.00", D(216) / 6),
            ("每个车位1.20万元", "1.20", D(384) / 320),
            ("由480辆提升至800辆", "800", D(480) + D(320)),
            ("完成计划的90.00%", "90.00", pct("3.6", "4.0")),
            ("实际每公里造价32.72万元", "32.72", D("117.80") / D("3.6")),
            ("186.52万人次（上年163.74万人次），同比增长13.91%", "13.91", growth("186.52", "163.74")),
            ("占全县接待量的26.18%", "26.18", pct("186.52", "712.36")),
            ("1.42亿元（上年1.19亿元），同比增长19.33%", "19.33", growth("1.42", "1.19")),
            ("景区人均消费76.13元", "76.13", per_visitor("1.42", "186.52")),
            ("上年为72.68元", "72.68", per_visitor("1.19", "163.74")),
            ("712.36万人次（上年618.45万人次），同比增长15.18%", "15.18", growth("712.36", "618.45")),
            ("73.58亿元（上年61.27亿元），同比增长20.09%", "20.09", growth("73.58", "61.27")),
            ("游客人均消费1,032.90元", "1,032.90", per_visitor("73.58", "712.36")),
            ("比上年990.70元", "990.70", per_visitor("61.27", "618.45")),
            ("增加42.20元", "42.20", D("1032.90") - D("990.70")),
            ("完成目标的92.00%", "92.00", pct(276, 300)),
            ("比目标少24人", "24", D(300) - D(276)),
            ("缩短0.4公里", "0.4", D("4.0") - D("3.6")),
            ("有效率96.33%", "96.33", pct(1156, 1200)),
            ("预算执行9.4分", "9.4", S("预算执行")),
            ("产出指标49.2分", "49.2", S("产出指标")),
            ("效益指标29.6分", "29.6", S("效益指标")),
            ("满意度指标10.0分", "10.0", S("满意度指标")),
            ("自评得分98.2分", "98.2", T["total"]),
            ("| 93.73% | 10 | 9.4 |", "93.73", pct("1265.40", 1350)),
            ("| 13.91% |", "13.91", growth("186.52", "163.74")),
            ("超目标3.91个百分点", "3.91", D("13.91") - D(10)),
            ("| 36万元/座 |", "36", D(216) / 6),
        ]
    if pid == "bama-baimodong-2020":
        return [
            ("年初预算860.00万元", "860.00", D(600) + D(260)),
            ("调整后当年财政拨款800.00万元", "800.00", D(860) - D(60)),
            ("全年预算845.00万元", "845.00", D(800) + D(45)),
            ("以上五项投资额合计800.00万元", "800.00", D(320) + D(260) + D("55.80") + D(120) + D("44.20")),
            ("年内支付合计699.45万元", "699.45", D("296.40") + D("201.25") + D("55.80") + D("102.00") + D("44.00")),
            ("折合每平方米1,333.33元", "1,333.33", D(3200000) / 2400),
            ("每公里50.00万元", "50.00", D(260) / D("5.2")),
            ("每块3,000元", "3,000", D(558000) / 186),
            ("投资额120.00万元，其中巴盘屯、平安屯各35.00万元，坡纳屯、那社屯各25.00万元", "120.00", 2 * D(35) + 2 * D(25)),
            ("平均每座30.00万元", "30.00", (D(35) + D(35) + D(25) + D(25)) / 4),
            ("实际投入150.00万元，到位率100%", "100", pct(150, 150)),
            ("已全部到位，到位率100%", "100", pct(845, 845)),
            ("项目支出744.45万元", "744.45", D("699.45") + D(45)),
            ("预算执行率88.10%", "88.10", pct("744.45", 845)),
            ("执行率87.43%", "87.43", pct("699.45", 800)),
            ("未支出的100.55万元", "100.55", D(845) - D("744.45")),
            ("闭园57天", "57", days(datetime.date(2020, 1, 24), datetime.date(2020, 3, 20))),
            ("完成计划的90.38%", "90.38", pct("4.7", "5.2")),
            ("其余0.5公里", "0.5", D("5.2") - D("4.7")),
            ("年度完工率60.00%", "60.00", pct(3, 5)),
            ("比上年131.85万人次下降26.96%", "26.96", -growth("96.30", "131.85")),
            ("完成年度目标的80.25%", "80.25", pct("96.30", 120)),
            ("0.58亿元（上年0.79亿元），下降26.58%", "26.58", -growth("0.58", "0.79")),
            ("完成目标的64.44%", "64.44", pct("0.58", "0.90")),
            ("景区人均消费60.23元", "60.23", per_visitor("0.58", "96.30")),
            ("上年为59.92元", "59.92", per_visitor("0.79", "131.85")),
            ("比上年792.60万人次下降28.31%", "28.31", -growth("568.24", "792.60")),
            ("比上年86.41亿元下降32.15%", "32.15", -growth("58.63", "86.41")),
            ("游客人均消费1,031.78元", "1,031.78", per_visitor("58.63", "568.24")),
            ("上年为1,090.21元", "1,090.21", per_visitor("86.41", "792.60")),
            ("完成目标的94.67%", "94.67", pct(142, 150)),
            ("有效率95.50%", "95.50", pct(764, 800)),
            ("有效率96.67%", "96.67", pct(290, 300)),
            ("预算执行8.8分", "8.8", S("预算执行")),
            ("产出46.2分", "46.2", S("产出指标")),
            ("效益24.4分", "24.4", S("效益指标")),
            ("满意度9.7分", "9.7", S("满意度指标")),
            ("自评得分89.1分", "89.1", T["total"]),
            ("结转资金100.55万元", "100.55", D(845) - D("744.45")),
        ]
    if pid == "lingao-lingaojiao-2022":
        return [
            ("投资额276.00万元，其中主观景台120.00万元、东侧观景台84.00万元、西侧观景台72.00万元", "276.00", D(120) + D(84) + D(72)),
            ("平均每处92.00万元", "92.00", (D(120) + D(84) + D(72)) / 3),
            ("每公里300.00万元", "300.00", D(540) / D("1.8")),
            ("单方造价3,600元/平方米", "3,600", D(4320000) / 1200),
            ("每座30.00万元", "30.00", D(90) / 3),
            ("项目总投资1,580.00万元", "1,580.00", D(276) + D(540) + D(432) + D(208) + D(90) + D(34)),
            ("全年预算1,580.00万元", "1,580.00", D(500) + D(700) + D(380)),
            ("到位率94.94%", "94.94", pct(1500, 1580)),
            ("预算执行率90.68%", "90.68", pct("1432.76", 1580)),
            ("已到位未支出的67.24万元", "67.24", D(1500) - D("1432.76")),
            ("停工36天", "36", days(datetime.date(2022, 8, 6), datetime.date(2022, 9, 10))),
            ("按期完工比例66.67%", "66.67", pct(4, 6)),
            ("上年为52.18万人次，同比下降10.21%", "10.21", -growth("46.85", "52.18")),
            ("完成年度目标的85.18%", "85.18", pct("46.85", 55)),
            ("上年为0.35亿元，同比下降11.43%", "11.43", -growth("0.31", "0.35")),
            ("景区人均消费66.17元", "66.17", per_visitor("0.31", "46.85")),
            ("上年为67.08元", "67.08", per_visitor("0.35", "52.18")),
            ("同比下降6.98%（上年181.05万人次）", "6.98", -growth("168.42", "181.05")),
            ("同比下降9.59%（上年18.66亿元）", "9.59", -growth("16.87", "18.66")),
            ("游客人均消费1,001.66元", "1,001.66", per_visitor("16.87", "168.42")),
            ("上年为1,030.65元", "1,030.65", per_visitor("18.66", "181.05")),
            ("三类平均92.4%", "92.4", (D("93.1") + D("90.8") + D("93.3")) / 3),
            ("预算执行9.1分", "9.1", S("预算执行")),
            ("产出指标48.3分", "48.3", S("产出指标")),
            ("效益指标25.9分", "25.9", S("效益指标")),
            ("满意度指标10.0分", "10.0", S("满意度指标")),
            ("自评得分93.3分", "93.3", T["total"]),
        ]
    if pid == "dongxing-jingdao-2023":
        return [
            ("投资额168.00万元，每座42.00万元", "42.00", D(168) / 4),
            ("单方造价900元/平方米", "900", D(3150000) / 3500),
            ("每公里55.00万元", "55.00", D(352) / D("6.4")),
            ("结算率97.00%", "97.00", pct("116.40", 120)),
            ("年初预算960.00万元", "960.00", D(600) + D(160) + D(200)),
            ("调整后全年预算1,080.00万元", "1,080.00", D(960) + D(120)),
            ("调整后全年预算1,080.00万元", "1,080.00", D(168) + D(315) + D(352) + D(125) + D(120)),
            ("资金实际到位1,060.00万元", "1,060.00", D(600) + D(140) + D(200) + D(120)),
            ("到位率98.15%", "98.15", pct(1060, 1080)),
            ("预算执行率94.20%", "94.20", pct("1017.36", 1080)),
            ("结余资金42.64万元", "42.64", D(1060) - D("1017.36")),
            ("防城港市级资金20.00万元年内未到位", "20.00", D(160) - D(140)),
            ("完成率75.00%", "75.00", pct("4.8", "6.4")),
            ("余下1.6公里", "1.6", D("6.4") - D("4.8")),
            ("绿道1.6公里未完工", "1.6", D("6.4") - D("4.8")),
            ("上年为186.02万人次，同比增长67.98%", "67.98", growth("312.48", "186.02")),
            ("上年为1.62亿元，同比增长76.54%", "76.54", growth("2.86", "1.62")),
            ("景区人均消费91.53元", "91.53", per_visitor("2.86", "312.48")),
            ("上年为87.09元", "87.09", per_visitor("1.62", "186.02")),
            ("上年为702.61万人次，同比增长80.52%", "80.52", growth("1268.35", "702.61")),
            ("上年为73.55亿元，同比增长102.07%", "102.07", growth("148.62", "73.55")),
            ("游客人均消费1,171.76元", "1,171.76", per_visitor("148.62", "1268.35")),
            ("上年为1,046.81元", "1,046.81", per_visitor("73.55", "702.61")),
            ("分别完成年度目标的142.04%", "142.04", pct("312.48", 220)),
            ("和143.00%", "143.00", pct("2.86", "2.0")),
            ("完成目标的79.00%", "79.00", pct(316, 400)),
            ("完成目标的60.00%", "60.00", pct(90, 150)),
            ("预算执行9.4分", "9.4", S("预算执行")),
            ("产出指标38.0分", "38.0", S("产出指标")),
            ("效益指标33.5分", "33.5", S("效益指标")),
            ("满意度指标9.1分", "9.1", S("满意度指标")),
            ("自评得分90.0分", "90.0", T["total"]),
            ("预算执行10分", "10", L["预算执行"]["weight"]),
            ("产出40分", "40", L["产出指标"]["weight"]),
            ("效益40分", "40", L["效益指标"]["weight"]),
            ("满意度10分", "10", L["满意度指标"]["weight"]),
        ]
    if pid == "jianshui-tuanshan-2025":
        return [
            ("修缮传统民居12栋，投资额540.00万元，平均每栋45.00万元", "45.00", D(540) / 12),
            ("单方造价3,200元/平方米", "3,200", D(4800000) / 1500),
            ("每公里50.00万元", "50.00", D(425) / D("8.5")),
            ("每座30.00万元", "30.00", D(150) / 5),
            ("以上五项投资额合计1,700.00万元", "1,700.00", D(540) + D(480) + D(425) + D(150) + D(105)),
            ("年初预算1,850.00万元", "1,850.00", D(900) + D(300) + D(650)),
            ("调整后当年财政拨款1,700.00万元", "1,700.00", D(1850) - D(150)),
            ("全年预算1,826.80万元", "1,826.80", D(1700) + D("126.80")),
            ("资金实际到位1,706.80万元", "1,706.80", D(900) + D(300) + D(380) + D("126.80")),
            ("到位率93.43%", "93.43", pct("1706.80", "1826.80")),
            ("预算执行率76.78%", "76.78", pct("1402.56", "1826.80")),
            ("结余资金304.24万元", "304.24", D("1706.80") - D("1402.56")),
            ("县级资金120.00万元年内未到位", "120.00", D(650) - D(150) - D(380)),
            ("4栋未能按期开工", "4", D(12) - D(8)),
            ("上年为121.35万人次，同比增长14.23%", "14.23", growth("138.62", "121.35")),
            ("完成年度目标的106.63%", "106.63", pct("138.62", 130)),
            ("上年为0.87亿元，同比增长10.34%", "10.34", growth("0.96", "0.87")),
            ("完成目标的96.00%", "96.00", pct("0.96", "1.0")),
            ("景区人均消费69.25元", "69.25", per_visitor("0.96", "138.62")),
            ("上年为71.69元", "71.69", per_visitor("0.87", "121.35")),
            ("上年为1,812.40万人次，同比增长12.38%", "12.38", growth("2036.84", "1812.40")),
            ("上年为196.58亿元，同比增长12.61%", "12.61", growth("221.36", "196.58")),
            ("游客人均消费1,086.78元", "1,086.78", per_visitor("221.36", "2036.84")),
            ("上年为1,084.64元", "1,084.64", per_visitor("196.58", "1812.40")),
            ("完成目标的77.50%", "77.50", pct("6.2", 8)),
            ("预算执行7.7分", "7.7", S("预算执行")),
            ("产出指标44.3分", "44.3", S("产出指标")),
            ("效益指标26.5分", "26.5", S("效益指标")),
            ("满意度指标9.8分", "9.8", S("满意度指标")),
            ("自评得分88.3分", "88.3", T["total"]),
            ("| 1275.76 |", "1275.76", D("1402.56") - D("126.80")),
        ]
    raise KeyError(pid)


def check_years(pid, text):
    year = int(re.search(r"(20\d\d)", pid).group(1))
    for m in re.finditer(r"结转(?:至)?(20\d\d)年", text):
        if int(m.group(1)) <= year:
            fail("%s: carry-forward to %s" % (pid, m.group(0)))
    for m in re.finditer(r"截至(20\d\d)年12月31日", text):
        if int(m.group(1)) != year:
            fail("%s: %s" % (pid, m.group(0)))
    for m in re.finditer(r"(20\d\d)年(\d{1,2})月提前下达", text):
        if not (int(m.group(1)) == year - 1 and int(m.group(2)) == 12):
            fail("%s: advance issue %s" % (pid, m.group(0)))
    if str(year) + "年" not in text.split("\n")[1] and str(year) + "年" not in text.split("\n")[0]:
        fail("%s: year not in title" % pid)


def main():
    check_labels()
    for pid in build.PROJECTS:
        text = read(pid + "-clean.txt")
        n = len(text)
        if not (2500 <= n <= 6000):
            fail("%s: length %d" % (pid, n))
        T = check_score_table(pid, text)
        if T is None:
            continue
        check_grade(pid, text, T["total"])
        check_funds_table(pid, text)
        check_facts(pid, text, facts_for(pid, T))
        check_years(pid, text)
        # 人均消费 written in 元, visitors in 万人次, revenue in 亿元
        if re.search(r"人均消费[\d,.]+万元", text):
            fail("%s: per-visitor spending in 万元" % pid)
        # rates never above 100% for money ratios
        for m in re.finditer(r"(到位率|执行率|结算率)([\d.]+)%", text):
            if D(m.group(2)) > 100:
                fail("%s: %s" % (pid, m.group(0)))
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
