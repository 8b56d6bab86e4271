#!/usr/bin/env python3
"""Check set n58: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3. Prints OK (exit 0) or the list of problems (exit 1).

1. labels.jsonl: every case exists; each error label's value occurs exactly once in its case
   and never in the clean draft; the edit is one contiguous change of at most 16 characters on
   one line (or, for score-row edits, at most 16 changed characters on each of two adjacent
   lines); the value overlaps the edit.
2. Score tables of every clean draft (rebuilt from ｜, tab or | separated rows): weights add
   to 100, each score is 分值 - 扣分 where both are given, 0 <= score <= weight, each
   quantitative score follows rules §5 (gte / lte / eq-zero, proportional), qualitative scores
   lie in [60%, 100%] of the weight, stated 完成率 follow §5, rows add up to the stated total,
   and first-level sums match the subtotals stated in prose.
3. Per-draft arithmetic (SPECS): rates, balances, sums, averages, products, growth rates,
   day counts, grade band of the total. Every figure is anchored by a snippet that must occur
   in the clean draft. Tolerance: half a unit of the stated figure's last decimal (rules §8).
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
problems = []


def fail(msg):
    problems.append(msg)


def tol(stated):
    s = str(stated)
    dec = len(s.split(".")[1]) if "." in s else 0
    return D("0.5") * (D(10) ** -dec) + D("1e-9")


def close(computed, stated):
    return abs(D(str(computed)) - D(str(stated))) <= tol(stated)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- 1. labels and edits
def edit_ok(clean, case):
    """Return (ok, message, (start, end) of the changed region in case)."""
    p = 0
    while p < min(len(clean), len(case)) and clean[p] == case[p]:
        p += 1
    s = 0
    while (s < min(len(clean), len(case)) - p and clean[-1 - s] == case[-1 - s]):
        s += 1
    old_mid, new_mid = clean[p:len(clean) - s], case[p:len(case) - s]
    region = (p, len(case) - s)
    if "\n" not in old_mid and "\n" not in new_mid:
        size = max(len(old_mid), len(new_mid))
        return size <= 16, "single-line edit of %d chars" % size, region
    cl, kl = clean.split("\n"), case.split("\n")
    if len(cl) != len(kl):
        return False, "line count changed", region
    diff = [i for i in range(len(cl)) if cl[i] != kl[i]]
    if len(diff) > 2 or (len(diff) == 2 and diff[1] != diff[0] + 1):
        return False, "edit touches lines %s" % diff, region
    for i in diff:
        a, b = cl[i], kl[i]
        q = 0
        while q < min(len(a), len(b)) and a[q] == b[q]:
            q += 1
        r = 0
        while r < min(len(a), len(b)) - q and a[-1 - r] == b[-1 - r]:
            r += 1
        size = max(len(a) - q - r, len(b) - q - r)
        if size > 16:
            return False, "line %d changes %d chars" % (i, size), region
    return True, "two adjacent score rows", region


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = set()
    codes = {}
    for lab in labels:
        names.add(lab["case"])
        if not os.path.exists(os.path.join(CASES, lab["case"])):
            fail("missing case " + lab["case"])
            continue
        if lab["clean"]:
            if lab["expected"]:
                fail("clean case with labels: " + lab["case"])
            continue
        case = read(lab["case"])
        clean = read(lab["source"] + "-clean.txt")
        if len(lab["expected"]) != 1:
            fail("%s: expected exactly one label" % lab["case"])
        ok, msg, (a, b) = edit_ok(clean, case)
        if not ok:
            fail("%s: %s" % (lab["case"], msg))
        for e in lab["expected"]:
            v = e["value"]
            codes.setdefault(e["code"], set()).add(lab["source"])
            if e["severity"] != "error":
                fail("%s: severity %s" % (lab["case"], e["severity"]))
            if case.count(v) != 1:
                fail("%s: value occurs %d times: %r" % (lab["case"], case.count(v), v))
            if clean.count(v) != 0:
                fail("%s: value occurs in the clean draft: %r" % (lab["case"], v))
            i = case.find(v)
            if i >= 0 and not (i < max(b, a + 1) and i + len(v) > a):
                fail("%s: value does not overlap the edit" % lab["case"])
    for f in os.listdir(CASES):
        if f not in names:
            fail("case without label: " + f)
    needed = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
              "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
              "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
              "completion_mismatch"]
    for c in needed:
        if len(codes.get(c, ())) < 2:
            fail("code %s used in fewer than two projects" % c)
    return labels


# ---------------------------------------------------------------- 2. score tables
NUM = r"([0-9]+(?:\.[0-9]+)?)"


def split_row(line):
    for sep in ("｜", "\t", "|"):
        if line.count(sep) >= 3:
            return [c.strip() for c in line.split(sep)]
    return None


def num(cell):
    m = re.fullmatch(r"(?:得分)?" + NUM + "%?", cell or "")
    return D(m.group(1)) if m else None


def parse_val(cell):
    """(sign, number, unit) or None for dates / qualitative values."""
    if cell is None or ("年" in cell and "月" in cell):
        return None
    m = re.fullmatch(r"(≥|≤)?" + NUM + r"(.*)", cell)
    if not m:
        return None
    return m.group(1) or "", D(m.group(2)), m.group(3)


def find_col(header, names):
    for i, h in enumerate(header):
        for n in names:
            if h == n or h.startswith(n):
                return i
    return None


def tables(text):
    """Yield (header, rows) for every table whose header has a 分值/权重 column."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        cells = split_row(lines[i])
        if cells and find_col(cells, ["分值", "权重"]) is not None:
            header, rows = cells, []
            i += 1
            while i < len(lines) and split_row(lines[i]):
                rows.append(split_row(lines[i]))
                i += 1
            yield header, rows
        else:
            i += 1


def completion(t, a):
    sign, T, _ = t
    A = a[1]
    if sign == "≤":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A <= 0 else D(0)
    return A / T * 100


def check_tables(name, text, spec):
    allrows, total_w, total_s, total_d = [], None, None, None
    for header, rows in tables(text):
        wc = find_col(header, ["分值", "权重"])
        sc = find_col(header, ["得分"])
        dc = find_col(header, ["扣分"]) if find_col(header, ["扣分"]) != find_col(header, ["扣分原因"]) else None
        if dc is not None and header[dc] != "扣分":
            dc = None
        tc = find_col(header, ["年度指标值", "指标值", "目标值"])
        ac = find_col(header, ["实际完成值", "业绩值", "完成值"])
        cc = find_col(header, ["完成率"])
        for r in rows:
            r = r + [""] * (len(header) - len(r))
            if r[0].startswith("合计") or r[0].startswith("总分"):
                total_w = num(r[wc])
                if sc is not None and num(r[sc]) is not None:
                    total_s = num(r[sc])
                elif dc is not None and dc + 1 < len(r) and num(r[dc + 1]) is not None:
                    total_s = num(r[dc + 1])
                if dc is not None and num(r[dc]) is not None:
                    total_d = num(r[dc])
                continue
            w = num(r[wc])
            if w is None:
                continue
            s = d = None
            if sc is not None:
                cell = r[sc]
                if cell.startswith("扣"):
                    d = D(cell[1:])
                    s = w - d
                else:
                    s = num(cell)
            if dc is not None and num(r[dc]) is not None:
                d = num(r[dc])
                if s is None:
                    s = w - d
                elif s != w - d:
                    fail("%s: row %s score %s != %s - %s" % (name, r[:3], s, w, d))
            if s is None:
                fail("%s: row without score %s" % (name, r[:3]))
                continue
            if s > w or s < 0:
                fail("%s: score %s outside [0, %s] in %s" % (name, s, w, r[:3]))
            level = r[0]
            allrows.append((level, w, s))
            if tc is None or ac is None:
                continue
            t, a = parse_val(r[tc]), parse_val(r[ac])
            if t is None or a is None:
                if not (r[tc] and ("年" in r[tc])):  # qualitative row
                    if not (D("0.6") * w <= s <= w):
                        fail("%s: qualitative score %s out of band in %s" % (name, s, r[:3]))
                continue
            if t[2] != a[2]:
                fail("%s: unit %r vs %r in %s" % (name, t[2], a[2], r[:3]))
                continue
            comp = completion(t, a)
            exp = w * min(comp, D(100)) / 100
            sstr = r[sc] if sc is not None and not r[sc].startswith("扣") else str(s)
            if not close(exp, sstr if num(sstr) is not None else s):
                fail("%s: score %s, rule gives %.4f in %s" % (name, s, exp, r[:3]))
            if cc is not None and num(r[cc]) is not None:
                if not close(comp, r[cc].rstrip("%")):
                    fail("%s: 完成率 %s, computed %.4f in %s" % (name, r[cc], comp, r[:3]))
    if not allrows:
        fail("%s: no score table found" % name)
        return
    sw = sum(w for _, w, _ in allrows)
    ss = sum(s for _, _, s in allrows)
    if sw != 100:
        fail("%s: weights add to %s" % (name, sw))
    if total_w is not None and total_w != 100:
        fail("%s: total weight row %s" % (name, total_w))
    if total_s is not None and not close(ss, total_s):
        fail("%s: scores add to %s, table total %s" % (name, ss, total_s))
    if total_d is not None and not close(sw - ss, total_d):
        fail("%s: deductions add to %s, table total %s" % (name, sw - ss, total_d))
    if not close(ss, spec["total"]):
        fail("%s: scores add to %s, stated total %s" % (name, ss, spec["total"]))
    for prefix, w, s in spec["levels"]:
        lw = sum(x for lv, x, _ in allrows if lv.startswith(prefix))
        ls = sum(y for lv, _, y in allrows if lv.startswith(prefix))
        if lw != D(w) or not close(ls, s):
            fail("%s: level %s rows give %s/%s, prose says %s/%s" % (name, prefix, lw, ls, w, s))


# ---------------------------------------------------------------- 3. prose arithmetic
def band(score):
    score = D(str(score))
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


def run_spec(name, text, spec):
    for chk in spec["checks"]:
        kind, where = chk[0], chk[-1]
        if where not in text:
            fail("%s: anchor not found: %r" % (name, where))
        if kind == "grade":
            if band(chk[1]) != chk[2]:
                fail("%s: grade check fails: %r" % (name, chk))
            continue
        a = [D(str(x)) if not isinstance(x, (list, tuple)) else [D(str(y)) for y in x] for x in chk[1:-1]]
        if kind == "rate":      # num / den * 100 = stated
            ok = close(a[0] / a[1] * 100, chk[3])
        elif kind == "sum":     # total = sum(parts)
            ok = close(sum(a[1]), chk[1])
        elif kind == "diff":    # a - b = stated
            ok = close(a[0] - a[1], chk[3])
        elif kind == "avg":
            ok = close(sum(a[0]) / len(a[0]), chk[2])
        elif kind == "mul":
            ok = close(a[0] * a[1], chk[3])
        elif kind == "div":
            ok = close(a[0] / a[1], chk[3])
        elif kind == "growth":  # (new - old) / old * 100
            ok = close((a[0] - a[1]) / a[1] * 100, chk[3])
        elif kind == "decline":
            ok = close((a[1] - a[0]) / a[1] * 100, chk[3])
        else:
            raise ValueError(kind)
        if not ok:
            fail("%s: %s check fails: %r" % (name, kind, chk))
    for d1, d2, n, where in spec.get("days", []):
        days = (datetime.date(*d2) - datetime.date(*d1)).days + 1
        if days != n or where not in text:
            fail("%s: day count %s != %s (%r)" % (name, days, n, where))
    year = int(name.split("-")[2][:4])
    for y in re.findall(r"([0-9]{4})年度", text):
        if int(y) != year:
            fail("%s: %s年度 in a %d report" % (name, y, year))
    for y in re.findall(r"截至([0-9]{4})年12月31日", text):
        if int(y) != year:
            fail("%s: 截至%s年12月31日 in a %d report" % (name, y, year))
    for y in re.findall(r"结转(?:至)?([0-9]{4})年", text):
        if int(y) <= year:
            fail("%s: carried over to %s in a %d report" % (name, y, year))
    for rate_zero in re.findall(r"(?:上年结转资金|其他资金)｜0\.00｜0\.00｜0\.00(?:｜[^｜\n]*)*", text):
        if "%" in rate_zero:
            fail("%s: a rate on a zero base: %s" % (name, rate_zero))
    grades = re.findall(r"等级：(优|良|中|差)", text)
    if grades != [band(spec["total"])]:
        fail("%s: grade statements %s for total %s" % (name, grades, spec["total"]))
    if spec["total"] not in text:
        fail("%s: total %s not in text" % (name, spec["total"]))


SPECS = {
    "xianyou-venueopen-2021": {
        "total": "91.50",
        "levels": [("年度资金总额", 10, "8.56"), ("产出", 50, "46.8"), ("效益", 30, "26.31"), ("满意度", 10, "9.83")],
        "days": [((2021, 9, 11), (2021, 10, 15), 35, "于9月11日至10月15日闭馆35天")],
        "checks": [
            ("sum", "150.00", ["86.00", "24.00", "40.00"], "全年预算150.00万元，其中：中央补助资金86.00万元"),
            ("sum", "126.00", ["86.00", "40.00"], "年初预算126.00万元（中央提前下达资金86.00万元和县级配套资金40.00万元）"),
            ("sum", "150.00", ["126.00", "24.00"], "年中追加省级补助资金24.00万元"),
            ("sum", "86.00", ["30.00", "36.00", "20.00"], "其中体育场30.00万元、体育馆36.00万元、游泳馆20.00万元"),
            ("rate", "150.00", "150.00", "100", "资金全部到位，到位率100%"),
            ("rate", "128.46", "150.00", "85.64", "项目实际支出128.46万元，预算执行率85.64%"),
            ("diff", "150.00", "128.46", "21.54", "预算执行率85.64%，结余21.54万元"),
            ("rate", "86.00", "86.00", "100", "中央补助资金｜86.00｜86.00｜86.00｜100%"),
            ("rate", "16.40", "24.00", "68.33", "省级补助资金｜24.00｜24.00｜16.40｜68.33%"),
            ("rate", "26.06", "40.00", "65.15", "县级配套资金｜40.00｜40.00｜26.06｜65.15%"),
            ("sum", "128.46", ["86.00", "16.40", "26.06"], "合计｜150.00｜150.00｜128.46｜85.64%"),
            ("sum", "128.46", ["46.80", "35.26", "28.50", "12.50", "5.40"], "场馆水电能耗支出46.80万元，设施设备维修维护35.26万元，免费开放时段保洁及安保服务28.50万元，公益体育培训及全民健身活动12.50万元，其他支出5.40万元"),
            ("sum", "5.40", ["1.86", "3.54"], "其他支出5.40万元（其中游泳馆水质检测费18600元、救生器材购置35400元）"),
            ("mul", "8", "7", "56", "体育场每天开放8小时，每周开放56小时"),
            ("mul", "6", "7", "42", "体育馆每天开放6小时，每周开放42小时"),
            ("sum", "38", ["24", "14"], "周二至周五每天开放6小时、周六周日每天开放7小时，每周开放38小时"),
            ("rate", "600", "620", "96.77", "发放满意度调查问卷620份，回收有效问卷600份，有效率96.77%"),
            ("sum", "36.00", ["18.20", "11.35", "6.45"], "全年服务健身群众36.00万人次（体育场18.20万人次、体育馆11.35万人次、游泳馆6.45万人次）"),
            ("growth", "36.00", "31.62", "13.85", "比2020年的31.62万人次增长13.85%"),
            ("rate", "36.00", "48", "75.00", "只完成年度目标的75.00%"),
            ("rate", "16", "20", "80.00", "完成目标的80.00%"),
            ("diff", "20", "16", "4", "4期培训因疫情取消"),
            ("rate", "193", "200", "96.5", "设施设备200台（套），年末完好193台（套），完好率96.5%"),
            ("div", "128.46", "36.00", "3.57", "每万人次开放运行成本3.57万元"),
            ("diff", "41.2", "39.6", "1.6", "为41.2%，比2020年的39.6%提高1.6个百分点"),
            ("rate", "531", "600", "88.5", "表示满意的531份，满意度88.5%"),
            ("mul", "10", "0.8564", "8.56", "｜10｜85.64%｜8.56"),
            ("sum", "8.5", ["1.44", "3.2", "3.69", "0.17"], "合计扣8.5分，综合得分91.50分"),
            ("diff", "100", "8.50", "91.50", "总分｜｜｜｜｜100｜8.50｜91.50"),
            ("diff", "50", "3.2", "46.8", "产出指标分值50分，扣3.2分，得46.8分"),
            ("diff", "30", "3.69", "26.31", "效益指标分值30分，扣3.69分，得26.31分"),
        ],
    },
    "linhai-sportscentre-2023": {
        "total": "98.27",
        "levels": [("预算执行", 10, "9.67"), ("产出", 50, "49.55"), ("效益", 30, "29.2"), ("满意度", 10, "9.85")],
        "days": [((2023, 3, 1), (2023, 4, 15), 46, "2023年3月1日至4月15日停馆检修46天")],
        "checks": [
            ("sum", "148.00", ["68.00", "80.00"], "项目年初预算148.00万元，其中中央补助资金68.00万元"),
            ("sum", "160.00", ["148.00", "20.00", "-8.00"], "市级资金调减8.00万元"),
            ("sum", "160.00", ["68.00", "20.00", "72.00"], "调整后全年预算160.00万元，其中中央68.00万元、省级20.00万元、市级72.00万元"),
            ("rate", "154.72", "160.00", "96.70", "2023年实际支出154.72万元，预算执行率96.70%"),
            ("sum", "154.72", ["68.00", "20.00", "66.72"], "其中中央资金支出68.00万元、省级资金支出20.00万元、市级资金支出66.72万元"),
            ("rate", "66.72", "72.00", "92.67", "市级资金执行率92.67%"),
            ("diff", "160.00", "154.72", "5.28", "年末结余5.28万元，全部为市级资金"),
            ("diff", "72.00", "66.72", "5.28", "年末结余5.28万元，全部为市级资金"),
            ("sum", "154.72", ["61.35", "42.18", "37.40", "13.79"], "场馆运行水电费61.35万元，设施维修维护42.18万元，保洁安保服务外包37.40万元，公益培训及赛事活动13.79万元"),
            ("rate", "154.72", "160.00", "96.70", "年度资金总额｜148.00｜160.00｜154.72｜96.70%"),
            ("avg", ["56", "49", "42", "63"], "52.50", "分别为56小时、49小时、42小时和63小时，4个场馆平均每周开放52.50小时"),
            ("sum", "92.36", ["38.40", "21.76", "12.08", "20.12"], "全年服务健身群众92.36万人次，其中体育场38.40万人次、体育馆21.76万人次、游泳馆12.08万人次、全民健身中心20.12万人次"),
            ("growth", "92.36", "71.85", "28.55", "比2022年的71.85万人次增长28.55%"),
            ("diff", "40", "37", "3", "公益培训37期，因游泳馆检修停馆，少办3期"),
            ("rate", "248", "250", "99.2", "游泳池水质检测250批次，合格248批次，合格率99.2%"),
            ("div", "154.72", "92.36", "1.68", "每万人次运营补助成本1.68万元"),
            ("rate", "10.8", "12", "90", "学生及老年人优惠服务10.8万人次，为目标的90%"),
            ("rate", "453", "500", "90.6", "满意453份，满意度90.6%"),
            ("diff", "50", "0.45", "49.55", "产出指标分值50分，扣0.45分，得49.55分"),
            ("diff", "30", "0.8", "29.2", "效益指标分值30分，扣0.8分，得29.2分"),
            ("sum", "1.73", ["0.33", "0.45", "0.8", "0.15"], "预算执行率指标扣0.33分，合计扣1.73分，总得分98.27分"),
            ("diff", "100", "1.73", "98.27", "合计｜｜｜｜｜100｜1.73｜得分98.27"),
        ],
    },
    "jiangyan-schoolfield-2019": {
        "total": "96.72",
        "levels": [("预算执行", 10, "9.36"), ("产出", 50, "50"), ("效益", 30, "27.36"), ("满意度", 10, "10")],
        "checks": [
            ("sum", "64", ["18", "30", "16"], "2019年实际开放64所，其中城区学校18所、乡镇中心校30所、村小和教学点16所"),
            ("sum", "90.00", ["50.00", "40.00"], "调整后全年预算90.00万元"),
            ("diff", "90.00", "84.28", "5.72", "全年执行84.28万元，结余5.72万元"),
            ("sum", "50.00", ["0", "0", "50.00"], "年初预算资金\t(1)\t50.00\t50.00\t0\t0\t50.00\t0\t0"),
            ("sum", "90.00", ["40.00", "0", "50.00"], "全年预算资金\t(2)\t90.00\t90.00\t40.00\t0\t50.00\t0\t0"),
            ("sum", "84.28", ["40.00", "0", "44.28"], "全年执行资金\t(4)\t84.28\t84.28\t40.00\t0\t44.28\t0\t0"),
            ("diff", "50.00", "44.28", "5.72", "资金结余\t(5)=(3)-(4)\t5.72\t5.72\t0\t0\t5.72\t0\t0"),
            ("diff", "40.00", "40.00", "0", "资金结余\t(5)=(3)-(4)\t5.72\t5.72\t0\t0\t5.72\t0\t0"),
            ("rate", "90.00", "90.00", "100", "预算到位率(%)\t(6)=(3)/(2)\t100\t100\t100\t0\t100\t0\t0"),
            ("rate", "84.28", "90.00", "93.64", "预算执行率(%)\t(7)=(4)/(2)\t93.64\t93.64\t100\t0\t88.56\t0\t0"),
            ("rate", "40.00", "40.00", "100", "预算执行率(%)\t(7)=(4)/(2)\t93.64\t93.64\t100\t0\t88.56\t0\t0"),
            ("rate", "44.28", "50.00", "88.56", "区级资金执行率88.56%"),
            ("sum", "56.60", ["21.60", "27.00", "8.00"], "开放补助56.60万元，其中城区学校21.60万元、乡镇中心校27.00万元、村小和教学点8.00万元"),
            ("mul", "18", "1.20", "21.60", "城区学校每校1.20万元"),
            ("mul", "30", "0.90", "27.00", "乡镇中心校每校0.90万元"),
            ("mul", "16", "0.50", "8.00", "村小和教学点每校0.50万元"),
            ("mul", "64", "0.12", "7.68", "公众责任保险每校保费1200元"),
            ("mul", "8", "2.50", "20.00", "共改造8所学校，每校2.50万元"),
            ("sum", "84.28", ["56.60", "7.68", "20.00"], "公众责任保险7.68万元；门禁监控改造20.00万元"),
            ("rate", "64", "60", "106.67", "全年开放学校64所，为目标的106.67%"),
            ("div", "864", "64", "13.5", "64所学校每周累计开放864小时，平均每校13.5小时"),
            ("div", "56.60", "64", "0.88", "开放补助平均每校0.88万元"),
            ("growth", "46.8", "31.2", "50.00", "比2018年试点学校的31.2万人次增长50.00%"),
            ("rate", "46.8", "50", "93.60", "完成率93.60%，扣0.64分"),
            ("rate", "64", "72", "88.89", "已开放64所，开放率88.89%"),
            ("rate", "913", "1000", "91.3", "回收有效问卷1000份，其中满意913份，满意度91.3%"),
            ("diff", "72", "64", "8", "继续做好剩余8所具备条件学校"),
            ("sum", "100", ["96.72", "0.64", "2.64"], "预算执行指标扣0.64分，产出指标满分，效益指标扣2.64分，满意度指标满分"),
        ],
    },
    "anji-sportsdept-2024": {
        "total": "89.83",
        "levels": [("预算执行", 20, "18.84"), ("产出", 40, "35.96"), ("效益", 30, "25.43"), ("满意度", 10, "9.6")],
        "checks": [
            ("sum", "6842.36", ["6380.00", "462.36"], "2024年年初预算6380.00万元，年中追加调整462.36万元，调整后全年预算6842.36万元"),
            ("sum", "6842.36", ["6215.80", "412.56", "38.00", "176.00"], "其中财政拨款6215.80万元、事业收入412.56万元、其他收入38.00万元、上年结转176.00万元"),
            ("rate", "6598.14", "6842.36", "96.43", "全年支出6598.14万元，预算执行率96.43%"),
            ("sum", "6598.14", ["2936.48", "3661.66"], "项目支出3661.66万元"),
            ("sum", "2936.48", ["2612.30", "324.18"], "基本支出2936.48万元（人员经费2612.30万元、公用经费324.18万元）"),
            ("diff", "6842.36", "6598.14", "244.22", "年末结转结余244.22万元"),
            ("sum", "244.22", ["231.60", "12.62"], "其中结转231.60万元、结余12.62万元"),
            ("rate", "244.22", "6842.36", "3.57", "结转结余率3.57%"),
            ("sum", "15.27", ["4.12", "11.15", "0"], "实际支出15.27万元，其中公务接待费4.12万元、公务用车运行维护费11.15万元，因公出国（境）费0万元"),
            ("rate", "15.27", "18.50", "82.54", "“三公”经费控制率｜≤100%｜82.54%"),
            ("decline", "15.27", "16.84", "9.32", "比2023年的16.84万元下降9.32%"),
            ("sum", "121", ["20", "101"], "实有在职人员121人，其中行政人员20人、事业人员101人"),
            ("sum", "36", ["29", "6", "1"], "共实施项目36个，全部开展了绩效自评，自评结果为优的29个、良的6个、中的1个"),
            ("rate", "181.35", "186.00", "97.50", "｜186.00｜181.35｜97.50%｜96.50｜优"),
            ("rate", "356.58", "420.00", "84.90", "｜420.00｜356.58｜84.90%｜84.30｜良"),
            ("rate", "135.00", "135.00", "100", "｜135.00｜135.00｜100%｜98.00｜优"),
            ("rate", "90.71", "96.50", "94.00", "｜96.50｜90.71｜94.00%｜92.40｜优"),
            ("rate", "41.28", "48.00", "86.00", "｜48.00｜41.28｜86.00%｜86.10｜良"),
            ("sum", "885.50", ["186.00", "420.00", "135.00", "96.50", "48.00"], "合计｜885.50｜804.92｜90.90%"),
            ("sum", "804.92", ["181.35", "356.58", "135.00", "90.71", "41.28"], "合计｜885.50｜804.92｜90.90%"),
            ("rate", "804.92", "885.50", "90.90", "合计｜885.50｜804.92｜90.90%"),
            ("grade", "96.50", "优", "96.50｜优"), ("grade", "84.30", "良", "84.30｜良"),
            ("grade", "98.00", "优", "98.00｜优"), ("grade", "92.40", "优", "92.40｜优"),
            ("grade", "86.10", "良", "86.10｜良"),
            ("avg", ["96.50", "84.30", "98.00", "92.40", "86.10"], "91.46", "5个体育项目平均自评得分91.46分"),
            ("sum", "186.00", ["180.00", "6.00"], "年初预算180.00万元，年中追加6.00万元"),
            ("diff", "186.00", "181.35", "4.65", "全年执行181.35万元，结余4.65万元结转至2025年使用"),
            ("rate", "12", "15", "80", "全县15个重点体育设施项目中按期完工12个，按期完工率80%"),
            ("diff", "15", "12", "3", "3个项目延期"),
            ("diff", "8", "5", "3", "主要是3片多功能运动场未开工"),
            ("diff", "90", "86.4", "3.6", "群众满意度为86.4%，比目标低3.6个百分点"),
            ("sum", "100", ["20", "40", "30", "10"], "总分100分，其中预算执行20分、产出指标40分、效益指标30分、满意度指标10分"),
            ("diff", "20", "18.84", "1.16", "预算执行指标得18.84分（扣1.16分）"),
            ("diff", "40", "35.96", "4.04", "产出指标得35.96分（扣4.04分）"),
            ("diff", "30", "25.43", "4.57", "效益指标得25.43分（扣4.57分）"),
            ("diff", "10", "9.6", "0.4", "满意度指标得9.6分（扣0.4分）"),
            ("sum", "89.83", ["18.84", "35.96", "25.43", "9.6"], "部门整体支出自评总得分89.83分"),
        ],
    },
    "zhangping-fitness-2018": {
        "total": "96.31",
        "levels": [("预算执行", 10, "9.61"), ("产出", 45, "44.2"), ("效益", 35, "32.5"), ("满意度", 10, "10")],
        "checks": [
            ("sum", "132.40", ["48.00", "20.00", "52.00", "12.40"], "2018年项目全年预算132.40万元，其中：省级体育彩票公益金48.00万元"),
            ("sum", "64.40", ["52.00", "12.40"], "年初预算64.40万元，为市级财政预算和上年结转资金"),
            ("rate", "132.40", "132.40", "100", "项目资金132.40万元全部到位，到位率100%"),
            ("rate", "127.25", "132.40", "96.11", "全年实际支出127.25万元，预算执行率96.11%"),
            ("sum", "127.25", ["59.20", "33.60", "24.80", "9.65"], "其中全民健身路径59.20万元、灯光篮球场33.60万元、体育馆免费低收费开放补助24.80万元、全民健身活动9.65万元"),
            ("diff", "132.40", "127.25", "5.15", "年末结余5.15万元"),
            ("mul", "32", "1.85", "59.20", "全民健身路径每条补助1.85万元"),
            ("mul", "6", "5.60", "33.60", "灯光篮球场每片补助5.60万元"),
            ("rate", "24.80", "26.00", "95.38", "实际支出24.80万元，占年度预算26.00万元的95.38%"),
            ("rate", "13", "15", "86.67", "全年举办全民健身活动13场，完成年度目标的86.67%"),
            ("diff", "15", "13", "2", "原计划10月举办的两场乡镇联赛"),
            ("sum", "38", ["32", "6"], "38个健身路径和篮球场建设点中，35个按期完工，按期完工率92.11%"),
            ("rate", "35", "38", "92.11", "35个按期完工，按期完工率92.11%"),
            ("growth", "20.9", "18.6", "12.37", "比2017年的18.6万人次增长12.37%"),
            ("rate", "156", "169", "92.31", "全市169个行政村中已有156个建有健身设施，覆盖率92.31%"),
            ("rate", "438", "480", "91.25", "回收有效问卷480份，其中满意438份，满意度91.25%"),
            ("diff", "45", "0.8", "44.2", "产出指标45分，扣0.8分，得44.2分"),
            ("diff", "35", "2.5", "32.5", "效益指标35分，扣2.5分，得32.5分"),
            ("sum", "100", ["96.31", "0.39", "0.8", "2.5"], "预算执行率指标扣0.39分，产出指标扣0.8分，效益指标扣2.5分"),
        ],
    },
}


def main():
    check_labels()
    for src, spec in SPECS.items():
        name = src + "-clean.txt"
        text = read(name)
        n = len(text)
        if not 2400 <= n <= 6500:
            fail("%s: length %d" % (name, n))
        check_tables(name, text, spec)
        run_spec(name, text, spec)
    if problems:
        print("\n".join(problems))
        print("FAILED (%d problems)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
