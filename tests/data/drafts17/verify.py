#!/usr/bin/env python3
"""Verify the labelled set in this folder.

1. labels: every case exists; clean drafts have no expected findings; each error case has exactly one
   expected error; its `value` occurs exactly once in the case and never in the clean draft; each code of
   errors.md section A (except figure_mismatch and the warning empty_problems) is used at least twice,
   in at least two projects.
2. edits: each error case differs from its clean draft by one contiguous change of at most 16 characters
   inside one line, or (score-row edits) by at most two such changes on two adjacent table rows.
3. arithmetic: redoes the key arithmetic of every clean draft (rates, balances, sums, per-unit figures,
   averages, weights to 100, row scores to the total, completion rates, row scores by rule, grade band),
   reading the tables from the text itself; every figure used must be present in the text.

Pure Python 3, no third-party packages.  Usage:  python3 verify.py   → prints OK or the failures.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MAX_EDIT = 16
REQUIRED_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                  "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                  "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                  "completion_mismatch"]
TWO_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ----------------------------------------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def dec(s):
    return D(str(s).replace(",", "").lstrip("="))


def tol(stated):
    s = str(stated).lstrip("=")
    d = len(s.split(".")[1]) if "." in s else 0
    return D(5) * D(10) ** (-(d + 1)) + D("1e-9")


def close(computed, stated):
    return abs(D(computed) - dec(stated)) <= tol(stated)


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
               "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ----------------------------------------------------------------------------------------------- 1. labels
def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    clean_of = {}
    for rec in labels:
        if rec["clean"]:
            clean_of[rec["source"]] = rec["case"]
            if rec["expected"]:
                fail(f"{rec['case']}: clean draft with expected findings")
    per_code = defaultdict(set)
    n_err = 0
    for rec in labels:
        if not os.path.exists(os.path.join(CASES, rec["case"])):
            fail(f"{rec['case']}: missing file")
            continue
        if rec["clean"]:
            continue
        n_err += 1
        text = read(rec["case"])
        clean = read(clean_of[rec["source"]])
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: {len(rec['expected'])} expected findings, want 1")
        for exp in rec["expected"]:
            for k in ("code", "severity", "value", "explanation"):
                if k not in exp:
                    fail(f"{rec['case']}: expected finding lacks {k}")
            if exp.get("severity") != "error":
                fail(f"{rec['case']}: severity {exp.get('severity')}")
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            if not NUM.search(v) and exp["code"] != "grade_mismatch":  # a grade label carries no digits
                fail(f"{rec['case']}: value holds no figure: {v!r}")
            per_code[exp["code"]].add(rec["source"])
            check_edit(rec["case"], clean, text, exp["code"])
    for code in REQUIRED_CODES:
        if len(per_code.get(code, ())) < 2:
            fail(f"code {code} used in {len(per_code.get(code, ()))} projects, want >= 2")
    unknown = set(per_code) - set(REQUIRED_CODES)
    if unknown:
        fail(f"codes outside the required list: {sorted(unknown)}")
    return labels, n_err


# ----------------------------------------------------------------------------------------------- 2. edits
def char_change(a, b):
    """(changed part of a, changed part of b) after stripping the common prefix and suffix."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s], p


def check_edit(name, clean, text, code):
    ca, cb = clean.split("\n"), text.split("\n")
    if len(ca) != len(cb):
        fail(f"{name}: line count changed")
        return
    changed = [i for i, (x, y) in enumerate(zip(ca, cb)) if x != y]
    if not changed:
        fail(f"{name}: identical to its clean draft")
        return
    for i in changed:
        a, b, _ = char_change(ca[i], cb[i])
        if max(len(a), len(b)) > MAX_EDIT:
            fail(f"{name}: line {i + 1} edit of {max(len(a), len(b))} chars > {MAX_EDIT}: {a!r} -> {b!r}")
    if len(changed) == 1:
        return
    if len(changed) == 2 and code in TWO_ROW_CODES and changed[1] - changed[0] == 1:
        return  # two adjacent table rows (one line per row)
    fail(f"{name}: {len(changed)} lines changed {changed}")


# ----------------------------------------------------------------------------------------------- 3. tables
def tab_table(text, header_start):
    """Rows of a one-line-per-row table (cells split on tabs), from the line starting with header_start."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_start):
            header = line.split("\t")
            rows = []
            for line2 in lines[i + 1:]:
                if "\t" not in line2:
                    break
                rows.append(line2.split("\t"))
            return header, rows
    raise AssertionError(f"table header not found: {header_start!r}")


def flat_table(text, header_first_cell):
    """Rows of a flattened table (one cell per tab-indented line, blank line between rows)."""
    lines = text.split("\n")
    start = None
    for i, line in enumerate(lines):
        if line == "\t" + header_first_cell:
            start = i
            break
    assert start is not None, f"flattened header not found: {header_first_cell!r}"
    blocks, cur = [], []
    for line in lines[start:]:
        if line == "":
            if cur:
                blocks.append(cur)
                cur = []
            continue
        if not line.startswith("\t"):
            break
        cur.append(line[1:])
    if cur:
        blocks.append(cur)
    return blocks[0], blocks[1:]


def parse_target(s):
    """(direction, number, unit) or None for qualitative/date cells."""
    s = s.strip()
    if not s or "年" in s and "月" in s:
        return None
    m = re.match(r"^(≥|≤|=|＞＝|＜＝|>=|<=)?\s*(-?\d+(?:\.\d+)?)(.*)$", s)
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", ">=": "gte", "＞＝": "gte", "≤": "lte", "<=": "lte", "＜＝": "lte"}.get(sign, "eq")
    return direction, D(num), unit.strip()


def parse_actual(s):
    m = re.match(r"^\s*(-?\d+(?:\.\d+)?)(.*)$", s)
    if not m:
        return None
    return D(m.group(1)), m.group(2).strip()


def rule_score(direction, t, a, w):
    if direction == "lte":
        if a <= t:
            return w
        return w * t / a if t > 0 else D(0)
    if direction == "eq" and t == 0:
        return w if a <= 0 else D(0)
    if a >= t:
        return w
    return w * max(a, D(0)) / t


def completion(direction, t, a):
    if t == 0:  # "= 0" targets (accidents, dropouts): met or not
        return D(100) if a <= 0 else D(0)
    if direction == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def check_rows(src, header, rows, cols, exec_part, total_name, stated_total=None):
    """cols: dict name->index for weight, score, target, actual and optionally completion, name."""
    wsum, ssum = D(0), D(0)
    if exec_part:
        wsum += dec(exec_part[0])
        ssum += dec(exec_part[1])
    total_row = None
    n_rows = 0
    for row in rows:
        if row[0].strip() in total_name:
            total_row = row
            continue
        if len(row) <= max(cols.values()):
            continue
        w_s, s_s = row[cols["weight"]].strip(), row[cols["score"]].strip()
        if not NUM.fullmatch(w_s or "x") or not NUM.fullmatch(s_s or "x"):
            continue
        n_rows += 1
        w, s = dec(w_s), dec(s_s)
        wsum += w
        ssum += s
        label = f"{src}: row {row[cols['name']]!r}"
        if s > w or s < 0:
            fail(f"{label}: score {s} outside [0, {w}]")
        tgt = parse_target(row[cols["target"]])
        act = parse_actual(row[cols["actual"]])
        if tgt and act:
            direction, t, tu = tgt
            a, au = act
            if t != 0 and tu != au:
                fail(f"{label}: unit of target {tu!r} differs from actual {au!r}")
            exp = rule_score(direction, t, a, w)
            if not close(min(exp, w), s_s):
                fail(f"{label}: score {s_s} but rule gives {r2(exp)}")
            if "completion" in cols:
                c_s = row[cols["completion"]].strip()
                if NUM.match(c_s):
                    if not close(completion(direction, t, a), c_s.rstrip("%")):
                        fail(f"{label}: completion {c_s} but computed {r2(completion(direction, t, a))}")
        elif tgt is None and act is None and "completion" in cols:
            pass  # qualitative or date row
    if total_row is None:
        fail(f"{src}: no total row")
        return None
    tw, ts = total_row[cols["weight"]].strip(), total_row[cols["score"]].strip()
    if dec(tw) != wsum:
        fail(f"{src}: weights add to {wsum}, total row says {tw}")
    if wsum != 100:
        fail(f"{src}: weights add to {wsum}, not 100")
    if not close(ssum, ts):
        fail(f"{src}: scores add to {ssum}, total row says {ts}")
    if stated_total is not None and dec(stated_total) != dec(ts):
        fail(f"{src}: total in text {stated_total} vs table {ts}")
    return dec(ts), n_rows


# ----------------------------------------------------------------------------------------------- 3. claims
class Checker:
    def __init__(self, src):
        self.src = src
        self.text = read(f"{src}-clean.txt")

    def need(self, snippets, figures):
        for sn in snippets:
            if sn not in self.text:
                fail(f"{self.src}: snippet not in text: {sn!r}")
        joined = "\n".join(snippets)
        out = []
        for f in figures:
            f = str(f)
            if f.startswith("="):  # a derived literal (e.g. 万元 written in 元), not required in the text
                out.append(dec(f[1:]))
                continue
            if f not in joined:
                fail(f"{self.src}: figure {f} not in its snippets {snippets}")
            out.append(dec(f))
        return out

    def rate(self, snippets, num, den, stated):
        n, d, _ = self.need(snippets, [num, den, stated])
        if not close(n / d * 100, stated):
            fail(f"{self.src}: rate {num}/{den} = {r2(n / d * 100)}%, stated {stated}")

    def sum(self, snippets, total, parts):
        vals = self.need(snippets, [total] + list(parts))
        if sum(vals[1:]) != vals[0]:
            fail(f"{self.src}: {' + '.join(parts)} = {sum(vals[1:])}, stated {total}")

    def diff(self, snippets, result, a, b):
        r, x, y = self.need(snippets, [result, a, b])
        if x - y != r:
            fail(f"{self.src}: {a} - {b} = {x - y}, stated {result}")

    def ratio(self, snippets, result, num, den, scale="=1"):
        r, n, d, k = self.need(snippets, [result, num, den, scale])
        if not close(n / d * k, result):
            fail(f"{self.src}: {num}/{den}*{k} = {n / d * k}, stated {result}")

    def product(self, snippets, result, a, b):
        r, x, y = self.need(snippets, [result, a, b])
        if x * y != r:
            fail(f"{self.src}: {a} * {b} = {x * y}, stated {result}")

    def average(self, snippets, stated, items):
        vals = self.need(snippets, [stated] + list(items))
        if not close(sum(vals[1:]) / len(items), stated):
            fail(f"{self.src}: average of {items} = {sum(vals[1:]) / len(items)}, stated {stated}")

    def grade(self, snippet, total, label):
        self.need([snippet], [total])
        if label not in snippet:
            fail(f"{self.src}: grade label {label} not in {snippet!r}")
        if GRADE_WORDS[label] != grade_of(dec(total)):
            fail(f"{self.src}: total {total} is {grade_of(dec(total))}, stated {label}")

    def exec_score(self, snippets, weight, spent, budget, rate, score):
        w, sp, b, rt, sc = self.need(snippets, [weight, spent, budget, rate, score])
        if not close(sp / b * 100, rate):
            fail(f"{self.src}: execution rate {r2(sp / b * 100)} vs {rate}")
        unrounded = w * min(sp / b, D(1))
        from_printed = w * min(rt / 100, D(1))
        if not (close(unrounded, score) or close(from_printed, score)):
            fail(f"{self.src}: execution score {score} vs {r2(unrounded)}")


def verify_wuyuan():
    c = Checker("wuyuan-pinewilt-2019")
    t = c.text
    c.sum(["年初预算安排本项目105.00万元，其中县级财政配套资金60.00万元、省级提前下达资金45.00万元"], "105.00", ["60.00", "45.00"])
    c.sum(["年初预算安排本项目105.00万元", "追加中央资金120.00万元", "上年结转资金18.36万元", "全年预算数调整为243.36万元"],
          "243.36", ["105.00", "120.00", "18.36"])
    c.ratio(["县级配套资金600000元", "县级财政配套资金60.00万元"], "60.00", "600000", "=10000")
    c.rate(["全年实际到位资金243.36万元，资金到位率100%"], "243.36", "243.36", "100")
    c.sum(["项目全年共支出226.47万元，其中疫木除治费158.40万元、疫情监测普查费31.26万元、打孔注药防治费22.05万元、检疫执法及宣传培训费14.76万元"],
          "226.47", ["158.40", "31.26", "22.05", "14.76"])
    c.rate(["全年共支出226.47万元", "全年预算数调整为243.36万元", "预算执行率93.06%"], "226.47", "243.36", "93.06")
    c.sum(["全年共支出226.47万元", "中央资金支出116.30万元", "省级资金支出45.00万元", "县级资金支出46.81万元", "上年结转资金支出18.36万元"],
          "226.47", ["116.30", "45.00", "46.81", "18.36"])
    c.rate(["转下达中央财政林业改革发展资金（林业有害生物防治补助）120.00万元", "中央资金支出116.30万元，执行率96.92%"], "116.30", "120.00", "96.92")
    c.rate(["省级补助资金45.00万元", "省级资金支出45.00万元，执行率100%"], "45.00", "45.00", "100")
    c.rate(["县级财政配套资金60.00万元", "县级资金支出46.81万元，执行率78.02%"], "46.81", "60.00", "78.02")
    c.rate(["上年结转资金支出18.36万元，执行率100%"], "18.36", "18.36", "100")
    c.diff(["全年预算数调整为243.36万元", "全年共支出226.47万元", "年末结余16.89万元"], "16.89", "243.36", "226.47")
    c.sum(["年末结余16.89万元（其中中央资金3.70万元、县级资金13.19万元）"], "16.89", ["3.70", "13.19"])
    c.diff(["转下达中央财政林业改革发展资金（林业有害生物防治补助）120.00万元", "中央资金支出116.30万元", "中央资金3.70万元"], "3.70", "120.00", "116.30")
    c.diff(["县级财政配套资金60.00万元", "县级资金支出46.81万元", "县级资金13.19万元"], "13.19", "60.00", "46.81")
    c.sum(["全年除治疫木55860株，其中春季（2019年1—4月）除治31240株、秋冬季（2019年10—12月）除治24620株"], "55860", ["31240", "24620"])
    c.rate(["全年除治疫木55860株", "完成年度目标的107.42%", "除治疫木不少于52000株"], "55860", "52000", "107.42")
    c.ratio(["疫木除治费158.40万元，平均每株除治成本28.36元", "全年除治疫木55860株"], "28.36", "=1584000", "55860")
    c.diff(["平均每株除治成本28.36元，较2018年的31.20元下降2.84元"], "2.84", "31.20", "28.36")
    c.rate(["抽查除治小班50个，合格49个，疫木除治合格率98%"], "49", "50", "98")
    c.ratio(["全县疫情发生面积1.12万亩，较2018年的1.35万亩下降17.04%"], "17.04", "=0.23", "1.35", "=100")
    c.diff(["1.12万亩，较2018年的1.35万亩"], "=0.23", "1.35", "1.12")
    c.rate(["发放问卷250份，回收有效问卷250份，其中满意和基本满意238份，满意度95.2%"], "238", "250", "95.2")
    # table: funds block rows (flattened)
    c.sum(["\t年度资金总额\n\t105.00\n\t243.36\n\t226.47", "\t其中：当年财政拨款\n\t105.00\n\t225.00\n\t208.11", "\t上年结转资金\n\t0.00\n\t18.36\n\t18.36"],
          "243.36", ["225.00", "18.36", "=0"])
    c.sum(["\t年度资金总额\n\t105.00\n\t243.36\n\t226.47", "\t其中：当年财政拨款\n\t105.00\n\t225.00\n\t208.11", "\t上年结转资金\n\t0.00\n\t18.36\n\t18.36"],
          "226.47", ["208.11", "18.36"])
    c.sum(["当年财政拨款\n\t105.00\n\t225.00", "县级财政配套资金60.00万元、省级提前下达资金45.00万元", "追加中央资金120.00万元"], "225.00", ["60.00", "45.00", "120.00"])
    c.sum(["当年财政拨款\n\t105.00\n\t225.00\n\t208.11", "中央资金支出116.30万元", "省级资金支出45.00万元", "县级资金支出46.81万元"],
          "208.11", ["116.30", "45.00", "46.81"])
    c.rate(["\t225.00\n\t208.11\n\t—\n\t92.49%"], "208.11", "225.00", "92.49")
    c.rate(["\t18.36\n\t18.36\n\t—\n\t100.00%"], "18.36", "18.36", "100.00")
    c.exec_score(["\t243.36\n\t226.47\n\t10\n\t93.06%\n\t9.31"], "10", "226.47", "243.36", "93.06", "9.31")
    header, rows = flat_table(t, "一级指标")
    res = check_rows(c.src, header, rows, dict(name=2, target=3, actual=4, completion=5, weight=6, score=7),
                     ("10", "9.31"), {"总分"})
    c.grade("自评得分98.31分，评价等级为“优”", "98.31", "优")
    return res


def verify_nehe():
    c = Checker("nehe-ambulance-2025")
    t = c.text
    c.exec_score(["\t年度资金总额\t385.00\t425.00\t412.35\t10\t97.02%\t9.70"], "10", "412.35", "425.00", "97.02", "9.70")
    c.sum(["下达本项目年初预算385.00万元", "省级院前急救能力提升补助资金40.00万元，调整后全年预算425.00万元"], "425.00", ["385.00", "40.00"])
    c.rate(["全年实际支出412.35万元，预算执行率97.02%", "调整后全年预算425.00万元"], "412.35", "425.00", "97.02")
    parts_b = ["112.00", "196.80", "38.20", "38.00", "40.00"]
    parts_s = ["105.72", "196.80", "34.63", "36.60", "38.60"]
    sn = ["车辆运行维护费预算112.00万元，支出105.72万元，执行率94.39%", "驾驶员和担架员劳务费预算196.80万元，支出196.80万元，执行率100%",
          "急救药品及耗材预算38.20万元，支出34.63万元，执行率90.65%", "通讯调度系统运维费预算38.00万元，支出36.60万元，执行率96.32%",
          "车载急救设备购置预算40.00万元，按政府采购中标价支出38.60万元，执行率96.50%"]
    c.sum(sn + ["调整后全年预算425.00万元"], "425.00", parts_b)
    c.sum(sn + ["全年实际支出412.35万元"], "412.35", parts_s)
    for s, b, x, r in zip(sn, parts_b, parts_s, ["94.39", "100", "90.65", "96.32", "96.50"]):
        c.rate([s], x, b, r)
    c.ratio(["劳务费预算196.80万元，支出196.80万元，执行率100%，按58人计，人均月劳务费2827.59元"], "2827.59", "=1968000", "=696")
    c.product(["按58人计"], "=696", "58", "=12")
    c.sum(["驾驶员30名、担架员28名", "按58人计"], "58", ["30", "28"])
    c.diff(["调整后全年预算425.00万元", "全年实际支出412.35万元", "年末结余12.65万元"], "12.65", "425.00", "412.35")
    c.sum(["年末结余12.65万元，其中车辆运行维护费6.28万元、药品及耗材3.57万元、通讯运维1.40万元、设备采购1.40万元"], "12.65",
          ["6.28", "3.57", "1.40", "1.40"])
    for res, a, b in [("6.28", "112.00", "105.72"), ("3.57", "38.20", "34.63"), ("1.40", "38.00", "36.60"), ("1.40", "40.00", "38.60")]:
        c.diff([res, a, b], res, a, b)
    c.sum(["现有急救人员106名，其中医生22名、护士26名、驾驶员30名、担架员28名"], "106", ["22", "26", "30", "28"])
    c.sum(["在用急救车14辆，其中本部9辆、各分站各1辆", "5个镇卫生院"], "14", ["9", "=5"])
    c.sum(["5个镇卫生院的急救分站组成，共6个急救站点"], "6", ["=1", "5"])
    c.sum(["派出急救车9486次", "其中本部出车4236次，5个分站出车分别为1188次、1046次、1112次、936次、968次"], "9486",
          ["4236", "1188", "1046", "1112", "936", "968"])
    c.average(["5个分站出车分别为1188次、1046次、1112次、936次、968次，平均每站1050次"], "1050", ["1188", "1046", "1112", "936", "968"])
    c.ratio(["派出急救车9486次，较2024年的9012次增长5.26%"], "5.26", "=474", "9012", "=100")
    c.diff(["派出急救车9486次，较2024年的9012次"], "=474", "9486", "9012")
    c.diff(["派出急救车9486次", "空车返回771次，全年救治转运患者8715人次"], "8715", "9486", "771")
    c.ratio(["全年救治转运患者8715人次，较2024年的8203人次增长6.24%"], "6.24", "=512", "8203", "=100")
    c.diff(["8715人次，较2024年的8203人次"], "=512", "8715", "8203")
    c.rate(["抽查院前急救病历500份，合格469份，合格率93.8%"], "469", "500", "93.8")
    c.diff(["农村平均到达现场时间33.5分钟，超出年度指标3.5分钟", "农村不超过30分钟"], "3.5", "33.5", "30")
    c.ratio(["14辆急救车全年运行维护费105.72万元，单车年均7.55万元"], "7.55", "105.72", "14")
    c.rate(["全年院前救治危重患者1146人，抢救成功1012人，抢救成功率88.3%"], "1012", "1146", "88.3")
    c.rate(["电话回访患者及家属1200人次，满意1122人次，满意度93.5%"], "1122", "1200", "93.5")
    header, rows = tab_table(t, "绩效指标\t一级指标")
    res = check_rows(c.src, header, rows, dict(name=3, target=4, actual=5, weight=6, score=7), ("10", "9.70"), {"总分"})
    c.sum(["预算执行率得分9.70分，产出指标得分49.50分，效益指标得分30分，满意度指标得分10分，自评总分99.20分"], "99.20",
          ["9.70", "49.50", "30", "10"])
    prod = sum(dec(r[7]) for r in rows if r[1] == "产出指标" or (r[1] == "" and r[0] == "" and rows.index(r) < 9))
    if prod != D("49.50"):
        fail(f"{c.src}: 产出 rows add to {prod}, text says 49.50")
    c.grade("自评总分99.20分，评价等级为“优”", "99.20", "优")
    return res


def verify_zhijiang():
    c = Checker("zhijiang-metrology-2020")
    t = c.text
    c.sum(["批复本项目年初预算86.00万元", "追加疫情防控期间测温设备免费检定校准专项经费12.00万元，全年预算数调整为98.00万元"], "98.00", ["86.00", "12.00"])
    c.rate(["全年资金到位98.00万元，到位率100%"], "98.00", "98.00", "100")
    c.rate(["全年预算数98.00万元，全年执行数85.47万元，预算执行率87.21%"], "85.47", "98.00", "87.21")
    c.exec_score(["\t86.00\t98.00\t85.47\t20\t87.21%\t17.44", "预算执行率得分17.44分"], "20", "85.47", "98.00", "87.21", "17.44")
    c.rate(["专项经费12.00万元，实际支出11.28万元，执行率94.00%"], "11.28", "12.00", "94.00")
    c.diff(["全年预算数98.00万元，全年执行数85.47万元", "年末结余12.53万元"], "12.53", "98.00", "85.47")
    c.rate(["全年完成强检计量器具检定9624台件", "完成年度指标值的80.20%", "全年完成强检计量器具检定12000台件以上"], "9624", "12000", "80.20")
    c.ratio(["检定9624台件，较2019年的13112台件下降26.60%"], "26.60", "=3488", "13112", "=100")
    c.diff(["9624台件，较2019年的13112台件"], "=3488", "13112", "9624")
    c.sum(["覆盖重点单位271家，其中医疗卫生机构118家、加油站64家、集贸市场23个、企业66家"], "271", ["118", "64", "23", "66"])
    c.sum(["完成医用测温设备免费检定校准1860支，其中额温枪1512支、耳温枪216支、红外体温筛查仪132台"], "1860", ["1512", "216", "132"])
    c.rate(["免费检定校准1860支", "完成年度指标值的124.00%", "完成医用测温设备免费检定校准1500支以上"], "1860", "1500", "124.00")
    c.rate(["检定证书和检定结果通知书9624份，其中在5个工作日内出具9287份，及时率96.5%"], "9287", "9624", "96.5")
    c.rate(["复核抽查检定记录500份，发现差错3份，检定差错率0.6%"], "3", "500", "0.6")
    c.diff(["检定差错率0.6%，超出控制值0.1个百分点", "检定差错率控制在0.5%以内"], "0.1", "0.6", "0.5")
    c.rate(["监督抽查1250台件，合格1210台件，合格率96.8%"], "1210", "1250", "96.8")
    c.rate(["减免检定费用71.36万元，完成年度指标值的89.20%", "减免检定费用80万元以上"], "71.36", "80", "89.20")
    c.rate(["发放满意度问卷500份，收回500份，满意和基本满意438份，服务对象满意度87.6%"], "438", "500", "87.6")
    header, rows = tab_table(t, "年度目标\t一级指标")
    res = check_rows(c.src, header, rows, dict(name=3, target=4, actual=5, completion=6, weight=7, score=8),
                     ("20", "17.44"), {"合计"})
    met = [r for r in rows if len(r) > 6 and NUM.match(r[6]) and dec(r[6].rstrip("%")) >= 100]
    n_ind = [r for r in rows if len(r) > 8 and r[0] != "合计" and NUM.fullmatch(r[7] or "x")]
    if len(met) != 5 or len(n_ind) != 11:
        fail(f"{c.src}: {len(met)} of {len(n_ind)} indicators met, text says 5 of 11")
    c.need(["共11项指标中5项达到或超过年度指标值"], ["11", "5"])
    c.grade("自评得分89.45分，评价等级为“良”", "89.45", "良")
    return res


def verify_tianzhu():
    c = Checker("tianzhu-justice-2025")
    t = c.text
    c.sum(["年初预算1180.40万元，其中基本支出952.30万元、项目支出228.10万元"], "1180.40", ["952.30", "228.10"])
    c.sum(["追加预算145.20万元，其中基本支出26.50万元（调整工资标准），项目支出118.70万元"], "145.20", ["26.50", "118.70"])
    c.sum(["项目支出118.70万元（中央政法纪检监察转移支付资金83.70万元、县级追加35.00万元）"], "118.70", ["83.70", "35.00"])
    c.sum(["调整后全年预算1325.60万元，其中基本支出978.80万元、项目支出346.80万元"], "1325.60", ["978.80", "346.80"])
    c.sum(["年初预算1180.40万元", "追加预算145.20万元", "调整后全年预算1325.60万元"], "1325.60", ["1180.40", "145.20"])
    c.sum(["基本支出952.30万元", "基本支出26.50万元", "基本支出978.80万元"], "978.80", ["952.30", "26.50"])
    c.sum(["项目支出228.10万元", "项目支出118.70万元", "项目支出346.80万元"], "346.80", ["228.10", "118.70"])
    c.sum(["支出1286.47万元，其中基本支出968.35万元、项目支出318.12万元"], "1286.47", ["968.35", "318.12"])
    c.sum(["基本支出968.35万元，其中人员经费842.16万元、公用经费126.19万元"], "968.35", ["842.16", "126.19"])
    c.diff(["调整后全年预算1325.60万元", "支出1286.47万元", "年末结转结余39.13万元"], "39.13", "1325.60", "1286.47")
    c.sum(["年末结转结余39.13万元，其中基本支出10.45万元、项目支出28.68万元"], "39.13", ["10.45", "28.68"])
    c.diff(["基本支出978.80万元", "基本支出968.35万元", "基本支出10.45万元"], "10.45", "978.80", "968.35")
    c.diff(["项目支出346.80万元", "项目支出318.12万元", "项目支出28.68万元"], "28.68", "346.80", "318.12")
    c.sum(["核定编制52名，其中行政编制30名、事业编制22名"], "52", ["30", "22"])
    c.sum(["实有在职人员48人，其中行政28人、事业20人"], "48", ["28", "20"])
    c.rate(["年末实有在职人员48人，编制52名，在职人员控制率92.31%"], "48", "52", "92.31")
    c.sum(["“三公”经费预算6.00万元，其中公务接待费1.50万元、公务用车运行维护费4.50万元"], "6.00", ["1.50", "4.50"])
    c.sum(["“三公”经费支出4.86万元，其中公务接待费1.12万元、公务用车运行维护费3.74万元"], "4.86", ["1.12", "3.74"])
    c.ratio(["经费支出4.86万元", "较2024年的5.40万元下降10.00%"], "10.00", "=0.54", "5.40", "=100")
    c.diff(["经费支出4.86万元", "较2024年的5.40万元"], "=0.54", "5.40", "4.86")
    c.rate(["“三公”经费预算6.00万元", "“三公”经费控制率81.00%", "经费支出4.86万元"], "4.86", "6.00", "81.00")
    c.rate(["项目支出全年预算占部门全年预算的26.16%", "调整后全年预算1325.60万元，其中基本支出978.80万元、项目支出346.80万元"],
           "346.80", "1325.60", "26.16")
    c.rate(["全年预算1325.60万元，支出1286.47万元，预算执行率97.05%"], "1286.47", "1325.60", "97.05")
    c.rate(["基本支出执行率98.93%", "基本支出978.80万元", "基本支出968.35万元"], "968.35", "978.80", "98.93")
    c.rate(["项目支出执行率91.73%", "项目支出346.80万元", "项目支出318.12万元"], "318.12", "346.80", "91.73")
    c.rate(["预算调整率12.30%", "年初预算1180.40万元", "追加预算145.20万元"], "145.20", "1180.40", "12.30")
    c.rate(["结转结余率2.95%", "年末结转结余39.13万元", "调整后全年预算1325.60万元"], "39.13", "1325.60", "2.95")
    c.rate(["全年政府采购预算42.60万元，实际采购42.60万元，政府采购执行率100%"], "42.60", "42.60", "100")
    c.rate(["共调解矛盾纠纷2316件，调解成功2247件，调解成功率97.02%"], "2247", "2316", "97.02")
    c.ratio(["发放人民调解案件补贴66.40万元，件均补贴286.70元", "共调解矛盾纠纷2316件"], "286.70", "=664000", "2316")
    c.rate(["受理法律援助案件612件，办结571件，办结率93.30%"], "571", "612", "93.30")
    c.diff(["受理法律援助案件612件，办结571件，办结率93.30%，未办结的41件"], "41", "612", "571")
    sn = ["年初在册社区矫正对象186人，全年新接收132人、解除矫正141人，年末在册177人"]
    c.sum(sn, "=318", ["186", "132"])
    c.diff(sn, "177", "=318", "141")
    c.rate(["发放社会公众满意度问卷500份，满意456份，满意度91.2%"], "456", "500", "91.2")
    header, prj = tab_table(t, "项目名称\t全年预算（万元）")
    bud = spent = D(0)
    scores = []
    for r in prj:
        if r[0] == "合计":
            if dec(r[1]) != bud or dec(r[2]) != spent:
                fail(f"{c.src}: project totals {bud}/{spent} vs {r[1]}/{r[2]}")
            if not close(dec(r[2]) / dec(r[1]) * 100, r[3].rstrip("%")):
                fail(f"{c.src}: project total rate {r[3]}")
            continue
        b, s = dec(r[1]), dec(r[2])
        bud += b
        spent += s
        scores.append(r[4])
        if not close(s / b * 100, r[3].rstrip("%")):
            fail(f"{c.src}: {r[0]} rate {r[3]} vs {r2(s / b * 100)}")
        if grade_of(dec(r[4])) != "优":
            fail(f"{c.src}: project {r[0]} score {r[4]} said to be 优")
    if bud != dec("346.80") or spent != dec("318.12"):
        fail(f"{c.src}: project budgets {bud}, spending {spent} vs 项目支出 346.80 / 318.12")
    c.average(["5个重点项目自评平均得分94.36分"] + [f"\t{s}\n" for s in scores], "94.36", scores)
    header, rows = tab_table(t, "一级指标\t二级指标\t三级指标\t分值")
    res = check_rows(c.src, header, rows, dict(name=2, target=4, actual=5, weight=3, score=6), None, {"合计"})
    blocks = defaultdict(D)
    cur = None
    for r in rows:
        if r[0] and r[0] != "合计":
            cur = r[0]
        if r[0] != "合计":
            blocks[cur] += dec(r[6])
    for name, stated in [("投入", "19"), ("过程", "29.01"), ("产出", "29.86"), ("效果", "19")]:
        if blocks[name] != dec(stated):
            fail(f"{c.src}: {name} rows add to {blocks[name]}, text says {stated}")
    c.sum(["自评得分96.87分（2024年度为88.50分，良好），其中投入19分、过程29.01分、产出29.86分、效果19分"], "96.87",
          ["19", "29.01", "29.86", "19"])
    c.grade("自评得分96.87分（2024年度为88.50分，良好），其中投入19分、过程29.01分、产出29.86分、效果19分，综合评价等级为“优秀”",
            "96.87", "优秀")
    c.grade("2024年度为88.50分，良好", "88.50", "良好")
    return res


def verify_midu():
    c = Checker("midu-vocaid-2018")
    t = c.text
    c.sum(["提前下达2018年中央资金186.20万元", "下达第二批中央资金72.38万元", "全年合计中央资金258.58万元"], "258.58", ["186.20", "72.38"])
    c.sum(["省级资金52.10万元", "省级资金21.78万元", "省级资金73.88万元"], "73.88", ["52.10", "21.78"])
    c.sum(["全年合计中央资金258.58万元、省级资金73.88万元、县级资金36.94万元", "全年预算数369.40万元"], "369.40", ["258.58", "73.88", "36.94"])
    c.sum(["中央资金186.20万元、省级资金52.10万元", "县级配套资金36.94万元", "2018年年初预算275.24万元"], "275.24", ["186.20", "52.10", "36.94"])
    c.sum(["第二批中央资金72.38万元、省级资金21.78万元", "6月追加第二批上级资金94.16万元"], "94.16", ["72.38", "21.78"])
    c.sum(["2018年年初预算275.24万元，6月追加第二批上级资金94.16万元，全年预算数369.40万元"], "369.40", ["275.24", "94.16"])
    c.sum(["全年预算数369.40万元，其中免学费补助资金243.40万元、国家助学金126.00万元"], "369.40", ["243.40", "126.00"])
    c.rate(["到位资金369.40万元，到位率100%"], "369.40", "369.40", "100")
    c.sum(["全年支出366.40万元", "免学费补助资金支出243.40万元", "国家助学金支出123.00万元"], "366.40", ["243.40", "123.00"])
    c.rate(["全年支出366.40万元，预算执行率99.19%", "全年预算数369.40万元"], "366.40", "369.40", "99.19")
    c.sum(["免学费补助资金支出243.40万元（春季学期1198人、119.80万元，秋季学期1236人、123.60万元）"], "243.40", ["119.80", "123.60"])
    c.product(["春季学期1198人、119.80万元", "每生每学期1000元"], "119.80", "1198", "=0.1")
    c.product(["秋季学期1236人、123.60万元"], "123.60", "1236", "=0.1")
    c.sum(["国家助学金支出123.00万元（春季学期612人、61.20万元，秋季学期618人、61.80万元）"], "123.00", ["61.20", "61.80"])
    c.product(["春季学期612人、61.20万元"], "61.20", "612", "=0.1")
    c.product(["秋季学期618人、61.80万元"], "61.80", "618", "=0.1")
    c.product(["国家助学金126.00万元", "按计划资助648人", "春季学期612人"], "126.00", "=1260", "=0.1")
    c.sum(["按计划资助648人", "春季学期612人"], "=1260", ["648", "612"])
    c.rate(["国家助学金支出123.00万元", "国家助学金126.00万元", "执行率97.62%"], "123.00", "126.00", "97.62")
    c.rate(["免学费补助资金支出243.40万元", "执行率100%"], "243.40", "243.40", "100")
    c.diff(["按计划资助648人，经学校复核，有30名学生转学、退学或不再符合资助条件，实际资助618人"], "30", "648", "618")
    c.diff(["全年预算数369.40万元", "全年支出366.40万元", "年末结余3.00万元"], "3.00", "369.40", "366.40")
    c.product(["有30名学生", "年末结余3.00万元"], "3.00", "30", "=0.1")
    c.sum(["免学费资助学生春季学期1198人、秋季学期1236人，合计2434人次"], "2434", ["1198", "1236"])
    c.sum(["国家助学金资助学生春季学期612人、秋季学期618人，合计1230人次"], "1230", ["612", "618"])
    c.diff(["抽查学生资助档案200份，发现档案资料不全、签字不规范16份"], "=184", "200", "16")
    c.rate(["抽查学生资助档案200份", "档案规范率92%"], "=184", "200", "92")
    c.rate(["2018届毕业生412人，就业（含升学）394人，就业（升学）率95.63%"], "394", "412", "95.63")
    c.rate(["发放满意度问卷600份，回收568份，回收率94.67%"], "568", "600", "94.67")
    c.rate(["回收568份", "满意和基本满意538份，满意度94.7%"], "538", "568", "94.7")
    c.exec_score(["\t年度资金总额\t275.24\t369.40\t366.40\t10\t99.19%\t9.92", "预算执行率得分9.92分"], "10", "366.40", "369.40", "99.19", "9.92")
    header, rows = tab_table(t, "一级指标\t二级指标\t三级指标\t年度指标值")
    res = check_rows(c.src, header, rows, dict(name=2, target=3, actual=4, weight=5, score=6), ("10", "9.92"), {"总分"})
    c.sum(["预算执行率得分9.92分，产出指标得分49.75分，效益指标得分30分，满意度指标得分10分，自评得分99.67分"], "99.67",
          ["9.92", "49.75", "30", "10"])
    prod = sum(dec(r[6]) for r in rows[:8])
    if prod != D("49.75"):
        fail(f"{c.src}: 产出 rows add to {prod}, text says 49.75")
    c.grade("自评得分99.67分，评价等级为“优”", "99.67", "优")
    return res


def verify_gaizhou():
    c = Checker("gaizhou-placename-2018")
    t = c.text
    header, rows = flat_table(t, "项目")
    table = {r[0]: r for r in rows if r}
    cols = ["total", "sub", "central", "prov", "city", "county", "carry", "other"]

    def row(name):
        r = table[name]
        return dict(zip(cols, [x.strip() for x in r[2:10]]))

    def v(x):
        return dec(x) if x else D(0)

    amounts = {k: row(k) for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金"]}
    for k, r in amounts.items():
        if v(r["sub"]) != v(r["central"]) + v(r["prov"]) + v(r["city"]) + v(r["county"]):
            fail(f"{c.src}: {k} 小计 {r['sub']} is not the sum of its levels")
        if v(r["total"]) != v(r["sub"]) + v(r["carry"]) + v(r["other"]):
            fail(f"{c.src}: {k} 年度总金额 {r['total']} is not 小计 + 结转 + 其他")
    bal, rec, exe = row("资金结余"), row("预算到位率(%)"), row("预算执行率(%)")
    for col in cols:
        b, a, s = v(amounts["全年预算资金"][col]), v(amounts["实际到位资金"][col]), v(amounts["全年执行资金"][col])
        if v(bal[col]) != a - s:
            fail(f"{c.src}: 结余 {col} {bal[col]} vs {a - s}")
        for name, rr, num in [("到位率", rec, a), ("执行率", exe, s)]:
            if b == 0:
                if v(rr[col]) != 0:
                    fail(f"{c.src}: {name} {col} {rr[col]} on a zero base")
            elif not close(num / b * 100, rr[col]):
                fail(f"{c.src}: {name} {col} {rr[col]} vs {r2(num / b * 100)}")
    c.sum(["2018年全年预算资金100.50万元，其中省级地名普查成果转化补助资金30.00万元", "市本级财政资金58.00万元", "上年结转资金12.50万元"],
          "100.50", ["30.00", "58.00", "12.50"])
    c.sum(["实际到位94.50万元", "省级地名普查成果转化补助资金30.00万元", "到位52.00万元", "上年结转资金12.50万元"], "94.50", ["30.00", "52.00", "12.50"])
    c.diff(["市本级财政资金58.00万元", "到位52.00万元，尚有6.00万元未到位"], "6.00", "58.00", "52.00")
    c.rate(["全年预算资金100.50万元", "实际到位94.50万元，预算到位率94.03%"], "94.50", "100.50", "94.03")
    c.rate(["全年预算资金100.50万元", "全年执行91.36万元，预算执行率90.91%"], "91.36", "100.50", "90.91")
    c.diff(["实际到位94.50万元", "全年执行91.36万元", "资金结余3.14万元"], "3.14", "94.50", "91.36")
    c.sum(["全年执行91.36万元", "地名标志制作安装支出61.16万元，《盖州市标准地名图录》编纂印制支出14.40万元，地名数据库更新维护支出9.80万元，地名文化宣传及档案整理支出6.00万元"],
          "91.36", ["61.16", "14.40", "9.80", "6.00"])
    c.sum(["全年设置地名标志1562块，其中街路巷牌1225块、村牌337块"], "1562", ["1225", "337"])
    c.ratio(["中标金额61.16万元，单块制作安装成本391.55元", "全年设置地名标志1562块"], "391.55", "=611600", "1562")
    c.rate(["全部标志逐块验收，合格1548块，合格率99.1%", "全年设置地名标志1562块"], "1548", "1562", "99.1")
    c.diff(["全年设置地名标志1562块", "合格1548块，合格率99.1%，不合格的14块"], "14", "1562", "1548")
    c.ratio(["编纂印制支出14.40万元", "编纂印制《盖州市标准地名图录》800册，每册印制成本180元"], "180", "=144000", "800")
    c.rate(["城区主要道路、街巷共250条，已设置地名标志244条，设置率97.6%"], "244", "250", "97.6")
    c.diff(["查询服务2.36万次，超出年度目标18个百分点", "地名信息查询服务不少于2万次"], "=18", "=118", "=100")
    c.ratio(["查询服务2.36万次", "不少于2万次"], "=118", "2.36", "2", "=100")
    c.rate(["发放问卷300份，满意279份，群众满意度93%"], "279", "300", "93")
    header, rows = flat_table(t, "一级指标")
    res = check_rows(c.src, header, rows, dict(name=2, target=4, actual=5, completion=6, weight=3, score=7), None, {"总分"})
    c.exec_score(["\t预算执行率\n\t10\n\t100%\n\t90.91%\n\t90.91%\n\t9.09", "全年预算资金100.50万元", "全年执行91.36万元"],
                 "10", "91.36", "100.50", "90.91", "9.09")
    c.diff(["基本建立\n\t—\n\t8.5", "扣1.5分", "\t可持续影响指标\n\t地名管理长效机制\n\t10"], "1.5", "10", "8.5")
    c.grade("总得分97.59分，属于“优秀”", "97.59", "优秀")
    return res


def main():
    labels, n_err = check_labels()
    for fn in (verify_wuyuan, verify_nehe, verify_zhijiang, verify_tianzhu, verify_midu, verify_gaizhou):
        try:
            fn()
        except (AssertionError, KeyError, IndexError, ValueError) as exc:
            fail(f"{fn.__name__}: {type(exc).__name__}: {exc}")
    n_clean = sum(1 for r in labels if r["clean"])
    for name in sorted(os.listdir(CASES)):
        if name.endswith("-clean.txt"):
            n = len(read(name))
            if not 2500 <= n <= 6000:
                fail(f"{name}: {n} characters, outside 2500–6000")
    if FAIL:
        for msg in FAIL:
            print("FAIL", msg)
        print(f"{len(FAIL)} failure(s)")
        return 1
    print(f"OK: {len(labels)} cases ({n_clean} clean, {n_err} with one injected error)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
