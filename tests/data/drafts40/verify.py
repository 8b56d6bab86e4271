#!/usr/bin/env python3
"""Check set n40: labels against cases, edit sizes, and the arithmetic of every clean draft.

    python3 verify.py        -> prints OK (exit 0) or the list of problems (exit 1)

Pure Python 3, no third-party modules.  Tolerance follows rules.md §8: a stated value with d
decimals matches a computed value c when |c - v| <= 0.5 * 10^-d.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
SCORE_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    PROBLEMS.append(msg)


def num(s):
    m = re.search(r"-?[\d,]+(?:\.\d+)?", s)
    return D(m.group(0).replace(",", ""))


def decimals(s):
    m = re.search(r"[\d,]+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def close(computed, stated):
    return abs(D(computed) - num(stated)) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


# --------------------------------------------------------------------------- labels and edits

def changed_span(old, new):
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, old[p:len(old) - s], new[p:len(new) - s]


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if names != on_disk:
        fail(f"labels and case files differ: {sorted(names ^ on_disk)}")
    codes = {}
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean case with labels or not the clean draft")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        codes.setdefault(exp["code"], set()).add(rec["source"])
        if exp["severity"] != "error":
            fail(f"{rec['case']}: severity must be error")
        v = exp["value"]
        if text.count(v) != 1:
            fail(f"{rec['case']}: value occurs {text.count(v)} times in the case: {v!r}")
        if v in clean:
            fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
        # edit size: same line count, 1 changed line (2 adjacent ones for score-row codes)
        a, b = clean.split("\n"), text.split("\n")
        if len(a) != len(b):
            fail(f"{rec['case']}: line count changed")
            continue
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        allowed = 2 if exp["code"] in SCORE_CODES else 1
        if not diff or len(diff) > allowed or (len(diff) == 2 and diff[1] - diff[0] != 1):
            fail(f"{rec['case']}: changed lines {diff} (allowed {allowed} adjacent)")
            continue
        offsets = []
        for i in diff:
            p, old, new = changed_span(a[i], b[i])
            if max(len(old), len(new)) > 16:
                fail(f"{rec['case']}: edit of {max(len(old), len(new))} chars on line {i + 1}")
            line_start = sum(len(x) + 1 for x in b[:i])
            offsets.append((line_start + p, line_start + p + max(len(new), 1)))
        vs = text.find(v)
        ve = vs + len(v)
        if not any(s < ve and vs < e for s, e in offsets):
            fail(f"{rec['case']}: value does not cover the edit")
    nonnum = {"figure_mismatch", "empty_problems"}
    required = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"}
    for c in required:
        if len(codes.get(c, ())) < 2:
            fail(f"code {c} used in fewer than two projects: {sorted(codes.get(c, ()))}")
    for c in codes:
        if c in nonnum or c not in required:
            fail(f"unexpected code {c}")
    return labels


# --------------------------------------------------------------------------- generic table checks

def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def score_rows(text):
    """Rows of every table whose header has 分值 and 得分: (cells, weight str, score str)."""
    rows, totals, hdr = [], [], None
    for line in text.split("\n"):
        if "｜" not in line:
            hdr = None
            continue
        cells = line.split("｜")
        if "分值" in cells and "得分" in cells:
            hdr = (cells.index("分值"), cells.index("得分"))
            continue
        if hdr is None or len(cells) <= max(hdr):
            continue
        w, s = cells[hdr[0]], cells[hdr[1]]
        if not re.fullmatch(r"\d+(\.\d+)?", w) or not re.fullmatch(r"\d+(\.\d+)?", s):
            continue
        if cells[0] in ("总分", "合计"):
            totals.append((w, s))
        else:
            rows.append((cells, w, s))
    return rows, totals


def expected_row_score(target, actual, weight):
    """Score under rules.md §5 for quantitative rows; None when not computable."""
    m_t = re.fullmatch(r"([≥≤=])([\d,.]+)(.*)", target)
    m_a = re.fullmatch(r"([\d,.]+)(.*)", actual)
    if not m_t or not m_a or m_t.group(3) != m_a.group(2):
        return None
    sign, t, a = m_t.group(1), num(m_t.group(2)), num(m_a.group(1))
    if sign in "≥=":
        if t == 0:
            return weight if a <= 0 else D(0)
        return weight * min(D(1), a / t)
    return weight if a <= t else weight * t / a


def check_tables(name, text):
    rows, totals = score_rows(text)
    if len(totals) != 1:
        fail(f"{name}: expected one 总分/合计 row, found {len(totals)}")
        return None
    tw, ts = totals[0]
    wsum = sum(num(w) for _, w, _ in rows)
    ssum = sum(num(s) for _, _, s in rows)
    if wsum != 100 or num(tw) != 100:
        fail(f"{name}: weights add to {wsum}, stated {tw}")
    if not close(ssum, ts):
        fail(f"{name}: scores add to {ssum}, stated {ts}")
    for cells, w, s in rows:
        if num(s) > num(w):
            fail(f"{name}: score {s} above weight {w} in {cells[:3]}")
    # per-row scores of quantitative rows (tables with 年度指标值/实际完成值 or 指标值/实际完成值)
    hdr = None
    for line in text.split("\n"):
        cells = line.split("｜")
        if "分值" in cells and "得分" in cells and "实际完成值" in cells:
            hdr = {c: i for i, c in enumerate(cells)}
            continue
        if hdr is None or len(cells) < len(hdr) - 1 or "｜" not in line:
            if "｜" not in line:
                hdr = None
            continue
        tcol = hdr.get("年度指标值", hdr.get("指标值"))
        t, a, w, s = cells[tcol], cells[hdr["实际完成值"]], cells[hdr["分值"]], cells[hdr["得分"]]
        if not re.fullmatch(r"\d+(\.\d+)?", w):
            continue
        exp = expected_row_score(t, a, num(w))
        if exp is not None:
            # rules §8: accept a score computed from the unrounded or from the printed rate
            ok = close(exp, s)
            if "完成率" in hdr and cells[hdr["完成率"]].endswith("%"):
                rate = num(cells[hdr["完成率"]]) / 100
                ok = ok or close(num(w) * min(D(1), rate), s)
            if not ok:
                fail(f"{name}: row {cells[2]} score {s}, §5 gives {exp:.4f}")
        if "完成率" in hdr and cells[hdr["完成率"]].endswith("%") and t[:1] in "≥≤=":
            m_t = re.fullmatch(r"([≥≤=])([\d,.]+)(.*)", t)
            m_a = re.fullmatch(r"([\d,.]+)(.*)", a)
            if m_t and m_a:
                tt, aa = num(m_t.group(2)), num(m_a.group(1))
                comp = (aa / tt * 100) if m_t.group(1) != "≤" else (D(100) if aa <= tt else tt / aa * 100)
                if not close(comp, cells[hdr["完成率"]]):
                    fail(f"{name}: row {cells[2]} 完成率 {cells[hdr['完成率']]}, computed {comp:.4f}")
    # funds block (MOF layout): rate = 全年执行数 / 全年预算数, "—" on a zero base, components add up
    hdr = None
    fund = {}
    for line in text.split("\n"):
        cells = line.split("｜")
        if "全年预算数" in cells and "执行率" in cells:
            hdr = {c: i for i, c in enumerate(cells)}
            continue
        if hdr is None or "｜" not in line or len(cells) != len(hdr):
            hdr = None if "｜" not in line else hdr
            continue
        if not re.fullmatch(r"[\d,]+\.\d\d", cells[hdr["全年预算数"]]):
            hdr = None
            continue
        a, b, r = cells[hdr["全年预算数"]], cells[hdr["全年执行数"]], cells[hdr["执行率"]]
        if "年初预算数" in hdr:
            fund[cells[0].replace("其中：", "")] = (cells[hdr["年初预算数"]], a, b)
        if num(a) == 0:
            if r != "—":
                fail(f"{name}: funds row {cells[0]} has rate {r} on a zero budget")
        elif not close(num(b) / num(a) * 100, r):
            fail(f"{name}: funds row {cells[0]} rate {r}")
        if num(b) > num(a):
            fail(f"{name}: funds row {cells[0]} spends above budget")
    if fund:
        parts = [v for k, v in fund.items() if k != "年度资金总额"]
        for k in range(3):
            if sum(num(v[k]) for v in parts) != num(fund["年度资金总额"][k]):
                fail(f"{name}: funds block column {k} does not add up")
    # stated total in text and grade
    m = re.search(r"得分(\d+(?:\.\d+)?)分，评价等级为“?(优秀|优|良好|良|中等|中|差)", text)
    if not m:
        fail(f"{name}: no '得分…分，评价等级为…' sentence")
    else:
        if not close(num(ts), m.group(1)) or num(m.group(1)) != num(ts):
            fail(f"{name}: text total {m.group(1)} vs table {ts}")
        if m.group(2)[0] != grade_of(num(ts)):
            fail(f"{name}: grade {m.group(2)} for total {ts}")
    for g in re.findall(r"自评等级：(\S+)", text):
        if g[0] != grade_of(num(ts)):
            fail(f"{name}: table grade {g} for total {ts}")
    # level subtotals stated in the text
    groups = {}
    for cells, w, s in rows:
        lvl = cells[0].replace("指标", "")
        if lvl in ("年度资金总额", "预算执行"):
            lvl = "预算执行率"
        groups.setdefault(lvl, [D(0), D(0)])
        groups[lvl][0] += num(w)
        groups[lvl][1] += num(s)
    for lvl, sc in re.findall(r"(预算执行率|产出|效益|满意度|投入|过程)(?:指标)?得分(\d+(?:\.\d+)?)分", text):
        if lvl not in groups or not close(groups[lvl][1], sc):
            fail(f"{name}: {lvl} subtotal {sc} vs rows {groups.get(lvl)}")
    return groups


# --------------------------------------------------------------------------- per-project arithmetic

class Checker:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def need(self, *strings):
        for s in strings:
            if s not in self.text:
                fail(f"{self.name}: figure {s!r} not in the draft")

    def rate(self, numer, denom, stated):
        self.need(numer, denom, stated)
        c = num(numer) / num(denom) * 100
        if not close(c, stated):
            fail(f"{self.name}: {numer}/{denom} = {c:.4f}%, stated {stated}")

    def total(self, parts, stated):
        self.need(*parts, stated)
        c = sum(num(p) for p in parts)
        if not close(c, stated):
            fail(f"{self.name}: sum {parts} = {c}, stated {stated}")

    def diff(self, a, b, stated):
        self.need(a, b, stated)
        c = num(a) - num(b)
        if not close(c, stated):
            fail(f"{self.name}: {a} - {b} = {c}, stated {stated}")

    def prod(self, a, b, stated, scale="1"):
        self.need(a, b, stated)
        c = num(a) * num(b) * D(scale)
        if not close(c, stated):
            fail(f"{self.name}: {a} x {b} x {scale} = {c}, stated {stated}")

    def mean(self, items, stated):
        self.need(*items, stated)
        c = sum(num(i) for i in items) / len(items)
        if not close(c, stated):
            fail(f"{self.name}: mean {items} = {c}, stated {stated}")

    def same(self, a, b, scale="1"):
        """a (as written) equals b x scale within the decimals of a (unit conversions)."""
        self.need(a, b)
        if not close(num(b) * D(scale), a):
            fail(f"{self.name}: {a} != {b} x {scale}")

    def exec_score(self, weight, numer, denom, stated):
        c = D(weight) * min(D(1), num(numer) / num(denom))
        if not close(c, stated):
            fail(f"{self.name}: execution score {c:.4f}, stated {stated}")


def keshan(c):
    c.prod("1,123,618.5亩", "66.80元/亩", "75,057,715.80元")
    c.prod("865,412.6亩", "248.40元/亩", "214,968,489.84元")
    c.total(["75,057,715.80元", "214,968,489.84元"], "290,026,205.64元")
    c.total(["1,123,618.5亩", "865,412.6亩"], "1,989,031.1亩")
    c.same("112.36万亩", "1,123,618.5", "0.0001")
    c.same("86.54万亩", "865,412.6", "0.0001")
    c.same("198.90万亩", "1,989,031.1", "0.0001")
    c.total(["112.36万亩", "86.54万亩"], "198.90万亩")
    c.diff("86.54万亩", "71.26万亩", "15.28万亩")
    c.diff("128.47万亩", "112.36万亩", "16.11万亩")
    c.same("约2.9亿元", "290,026,205.64", "0.00000001")
    c.total(["37,416户", "1,236个"], "38,652户")
    c.total(["18,000.00万元", "9,500.00万元", "1,510.00万元"], "29,010.00万元")
    c.same("1.8亿元", "18,000.00", "0.0001")
    c.same("290,100,000.00元", "29,010.00", "10000")
    c.diff("290,100,000.00元", "290,026,205.64元", "73,794.36元")
    c.total(["74,894,750.52元", "214,817,735.88元"], "289,712,486.40元")
    c.same("28,971.25万元", "289,712,486.40", "0.0001")
    c.rate("289,712,486.40元", "290,100,000.00元", "预算执行率99.87%")
    c.rate("28,971.25｜10", "29,010.00｜28,971.25", "99.87%")
    c.diff("290,100,000.00元", "289,712,486.40元", "387,513.60元")
    c.total(["313,719.24元", "73,794.36元"], "387,513.60元")
    c.prod("2,439.6亩", "66.80", "162,965.28元")
    c.prod("606.9亩", "248.40", "150,753.96元")
    c.total(["162,965.28元", "150,753.96元"], "313,719.24元")
    c.diff("75,057,715.80元", "162,965.28元", "74,894,750.52元")
    c.diff("214,968,489.84元", "150,753.96元", "214,817,735.88元")
    c.prod("12个乡镇", "3个村", "36个村")
    c.prod("36个村", "每村抽取15户", "540户")
    c.rate("112.36万亩", "110万亩", "102.15%")
    c.rate("86.54万亩", "85万亩", "101.81%")
    c.total(["6.48万亩", "8.62万亩", "7.35万亩", "9.17万亩", "6.93万亩", "7.84万亩", "8.06万亩",
             "5.71万亩", "7.22万亩", "6.15万亩", "6.58万亩", "6.43万亩"], "86.54万亩")
    c.rate("12,436.4亩", "12,486.3亩", "准确率99.60%")
    c.rate("289,712,486.40元", "290,026,205.64元", "应兑付资金的99.89%")
    c.rate("15.28万亩", "71.26万亩", "增长21.44%")
    c.mean(["1,318斤", "1,276斤", "1,243斤"], "平均1,279斤")
    c.mean(["352斤", "338斤", "327斤"], "平均339斤")
    c.rate("523户", "540户", "知晓率96.85%")
    c.rate("76.78万亩", "198.90万亩", "38.60%")
    c.rate("517份", "540份", "满意度95.74%")
    c.exec_score(10, "28,971.25", "29,010.00", "9.99")


def huaxian(c):
    c.prod("10万亩", "1,500元", "15,000万元", "1")
    c.same("1.5亿元", "15,000", "0.0001")
    c.total(["2.3万亩", "2.1万亩", "1.9万亩", "1.6万亩", "2.1万亩"], "10万亩")
    for a, m in [("2.3", "3,450"), ("2.1", "3,150"), ("1.9", "2,850"), ("1.6", "2,400")]:
        c.prod(a + "万亩", "1,500", m + "万元")
    c.total(["3,450万元", "3,150万元", "2,850万元", "2,400万元", "3,150万元"], "15,000万元")
    c.same("13,858.20万元", "138,582,000.00", "0.0001")
    c.total(["8,400.00万元", "3,900.00万元", "900.00万元", "1,800.00万元"], "15,000.00万元")
    c.total(["6,300.00万元", "2,700.00万元"], "9,000.00万元")
    c.total(["9,000.00万元", "1,800.00万元"], "10,800.00万元")
    c.total(["6,300.00万元", "2,100.00万元"], "8,400.00万元")
    c.total(["2,700.00万元", "1,200.00万元"], "3,900.00万元")
    c.diff("15,000.00万元", "10,800.00万元", "4,200.00万元")
    c.diff("1,800.00万元", "1,500.00万元", "300.00万元")
    c.rate("14,700.00万元", "15,000.00万元", "到位率98.00%")
    c.rate("13,236.48万元", "15,000.00万元", "执行率88.24%")
    c.total(["12,108.36万元", "326.40万元", "241.72万元", "48.60万元", "511.40万元"], "13,236.48万元")
    c.diff("14,700.00万元", "13,236.48万元", "结余1,463.52万元")
    # funds table, column by column
    rows = {}
    for line in c.text.split("\n"):
        cells = line.split("｜")
        if len(cells) == 7 and cells[1].startswith("("):
            rows[cells[0]] = cells[2:]
    init, ann, rec, spent = (rows["年初预算资金"], rows["全年预算资金"], rows["实际到位资金"], rows["全年执行资金"])
    for r in (init, ann, rec, spent):
        if sum(num(x) for x in r[1:]) != num(r[0]):
            fail(f"{c.name}: funds row {r} does not add up")
    for k in range(5):
        if not close(num(rec[k]) / num(ann[k]) * 100, rows["预算到位率（%）"][k]):
            fail(f"{c.name}: 到位率 column {k}")
        if not close(num(spent[k]) / num(ann[k]) * 100, rows["预算执行率（%）"][k]):
            fail(f"{c.name}: 执行率 column {k}")
    c.rate("12,108.36万元", "13,858.20万元", "87.37%")
    c.total(["290眼", "265眼", "240眼", "200眼", "265眼"], "1,260眼")
    c.rate("486.3公里", "480公里", "101.31%")
    c.prod("56.2公斤", "10万亩", "5,620吨", "10")
    c.rate("561份", "600份", "93.5%")
    if not close((num("210") - num("183.54")) / num("210") * 100, "12.60%"):
        fail(f"{c.name}: water saving rate")
    c.need("210立方米", "183.54立方米", "降低12.60%")
    c.exec_score(10, "13,236.48", "15,000.00", "8.82")


def nongan(c):
    c.total(["3,912.58万元", "373.89万元"], "4,286.47万元")
    c.total(["4,286.47万元", "14,355.88万元"], "18,642.35万元")
    c.total(["14,355.88万元", "29,875.60万元"], "44,231.48万元")
    c.total(["4,286.47万元", "44,231.48万元"], "48,517.95万元")
    c.total(["38,264.90万元", "3,987.62万元", "6,265.43万元"], "48,517.95万元")
    c.same("约4.85亿元", "48,517.95", "0.0001")
    c.total(["4,251.63万元", "41,873.52万元"], "46,125.15万元")
    c.total(["3,902.16万元", "349.47万元"], "4,251.63万元")
    c.rate("46,125.15万元", "48,517.95万元", "执行率95.07%")
    c.rate("4,251.63万元", "4,286.47万元", "执行率99.19%")
    c.rate("41,873.52万元", "44,231.48万元", "执行率94.67%")
    proj = []
    for line in c.text.split("\n"):
        cells = line.split("｜")
        if len(cells) == 4 and re.fullmatch(r"[\d,]+\.\d\d", cells[1]):
            proj.append(cells)
    body, tot = proj[:-1], proj[-1]
    if tot[0] != "合计":
        fail(f"{c.name}: project table total row")
    for k in (1, 2):
        if sum(num(r[k]) for r in body) != num(tot[k]):
            fail(f"{c.name}: project table column {k} does not add up")
    for r in proj:
        if not close(num(r[2]) / num(r[1]) * 100, r[3]):
            fail(f"{c.name}: project rate {r}")
    c.same("约2.49亿元", "24,863.20", "0.0001")
    c.same("1.26亿元", "12,600.00", "0.0001")
    c.prod("6,215,800亩", "40.00元/亩", "248,632,000.00元")
    c.same("621.58万亩", "6,215,800", "0.0001")
    c.same("24,863.20万元", "248,632,000.00", "0.0001")
    c.prod("15,460亩", "40.00", "61.84万元", "0.0001")
    c.diff("24,863.20", "24,801.36", "61.84万元")
    c.prod("8.4万亩", "1,500元", "12,600.00万元")
    c.diff("48,517.95万元", "46,125.15万元", "2,392.80万元")
    c.diff("4,286.47万元", "4,251.63万元", "34.84万元")
    c.diff("44,231.48万元", "41,873.52万元", "2,357.96万元")
    c.total(["34.84万元", "2,357.96万元"], "2,392.80万元")
    # 三公 table
    sg = {}
    for line in c.text.split("\n"):
        cells = line.split("｜")
        if len(cells) == 5 and (cells[0].endswith("费") or cells[0] == "合计") and re.fullmatch(r"[\d.]+", cells[1]):
            sg[cells[0]] = cells[1:]
    items = [v for k, v in sg.items() if k != "合计"]
    for k in (0, 1, 3):
        if sum(num(v[k]) for v in items) != num(sg["合计"][k]):
            fail(f"{c.name}: 三公 column {k} does not add up")
    for k, v in sg.items():
        if num(v[0]) == 0:
            if v[2] != "—":
                fail(f"{c.name}: 三公 rate on zero base for {k}")
        elif not close(num(v[1]) / num(v[0]) * 100, v[2]):
            fail(f"{c.name}: 三公 rate {k}")
    c.diff("35.00万元", "28.23万元", "节约6.77万元")
    c.rate("28.23万元", "35.00万元", "控制率80.66%")
    c.diff("31.74万元", "28.23万元", "减少3.51万元")
    c.rate("3.51万元", "31.74万元", "下降11.06%")
    c.diff("1,286.50万元", "1,243.72万元", "42.78万元")
    c.rate("42.78万元", "1,286.50万元", "节约率3.33%")
    c.total(["38名", "196名"], "共234名")
    c.total(["35人", "178人"], "213人")
    c.total(["2.6万亩", "2.3万亩", "1.9万亩", "1.6万亩"], "8.4万亩")
    c.prod("20元/亩", "69万亩", "1,380.00万元")
    c.diff("67.3亿斤", "65.9亿斤", "1.4亿斤")
    c.rate("1.4亿斤", "65.9亿斤", "增长2.12%")
    c.diff("19,836元", "18,766元", "1,070元")
    c.rate("1,070元", "18,766元", "增长5.70%")
    c.rate("471份", "500份", "满意度94.2%")
    c.exec_score(10, "46,125.15", "48,517.95", "9.51")


def changtu(c):
    c.total(["900.00万元", "475.00万元"], "1,375.00万元")
    c.total(["1,375.00万元", "12.00万元"], "1,387.00万元")
    c.total(["900.00万元", "12.00万元"], "912.00万元")
    c.prod("55万亩", "25元/亩", "1,375.00万元")
    c.prod("48.36万亩", "25元/亩", "1,209.00万元")
    c.total(["1,209.00万元", "7.20万元", "4.80万元"], "1,221.00万元")
    c.rate("1,221.00万元", "1,387.00万元", "执行率88.03%")
    c.diff("1,387.00万元", "1,221.00万元", "结余166.00万元")
    c.prod("6.64万亩", "25元/亩", "166.00万元")
    c.diff("55万亩", "48.36万亩", "6.64万亩")
    c.rate("48.36万亩", "55万亩", "任务的87.93%")
    t8 = ["5.82万亩", "4.96万亩", "4.37万亩", "4.15万亩", "3.88万亩", "3.64万亩", "3.51万亩", "3.27万亩"]
    c.total(t8 + ["14.76万亩"], "48.36万亩")
    c.mean(t8, "完成4.20万亩")
    c.total(["126个", "29个", "13个"], "168个")
    c.mean(["31.2厘米", "29.8厘米", "30.5厘米"], "平均深度30.5厘米")
    c.rate("430块", "500块", "合格率86.0%")
    c.rate("132个", "168个", "兑付率78.57%")
    c.diff("168个", "132个", "其余36个")
    if not close((num("1,396") / num("1,322") - 1) * 100, "5.6%"):
        fail(f"{c.name}: yield increase")
    c.need("1,396斤", "1,322斤", "增产5.6%")
    c.rate("300套", "365套", "在线率82.19%")
    c.rate("427份", "500份", "满意度85.4%")
    c.exec_score(10, "1,221.00", "1,387.00", "8.80")
    c.rate("1,221.00", "1,387.00", "88.03%")


def molidawa(c):
    c.prod("6,124,836.5亩", "31.60元/亩", "193,544,833.40元")
    c.same("612.48万亩", "6,124,836.5", "0.0001")
    c.total(["72.36万亩", "68.91万亩", "65.47万亩", "63.82万亩", "61.15万亩", "59.74万亩", "58.63万亩",
             "56.28万亩", "54.09万亩", "52.03万亩"], "612.48万亩")
    c.diff("612.48万亩", "609.73万亩", "2.75万亩")
    c.total(["15,000.00万元", "4,360.00万元"], "19,360.00万元")
    c.same("193,600,000.00元", "19,360.00", "10000")
    c.same("约1.94亿元", "19,360.00", "0.0001")
    c.same("1.5亿元", "15,000.00", "0.0001")
    c.same("19,341.26万元", "193,412,571.60", "0.0001")
    c.rate("193,412,571.60元", "193,544,833.40元", "占应兑付额的99.93%")
    c.rate("193,412,571.60元", "193,600,000.00元", "执行率99.90%")
    c.rate("19,341.26", "19,360.00", "99.90%")
    c.diff("193,600,000.00元", "193,412,571.60元", "187,428.40元")
    c.same("18.74万元", "187,428.40", "0.0001")
    c.diff("19,360.00", "19,341.26", "18.74万元")
    c.prod("4,185.5亩", "31.60", "132,261.80元")
    c.diff("193,600,000.00", "193,544,833.40", "55,166.60元")
    c.total(["132,261.80元", "55,166.60元"], "187,428.40元")
    c.same("约4.13万户", "41,268", "0.0001")
    c.diff("41,268户", "41,241户", "27户")
    c.rate("1,240块", "1,250块", "符合率99.2%")
    c.rate("488户", "500户", "知晓率97.6%")
    c.rate("469户", "500户", "满意度93.8%")
    c.diff("4.51等", "4.42等", "0.09个等级")
    c.exec_score(20, "19,341.26", "19,360.00", "19.98")
    # weights by level as stated in the text
    c.need("预算执行率20分", "产出指标45分", "效益指标25分", "满意度指标10分")


PROJECT_CHECKS = {
    "keshan-cornsoy-2022": (keshan, {"预算执行率": 10, "产出": 50, "效益": 30, "满意度": 10}),
    "huaxian-farmland-2021": (huaxian, {"预算执行率": 10, "产出": 50, "效益": 30, "满意度": 10}),
    "nongan-deptwhole-2024": (nongan, {"投入": 20, "过程": 20, "产出": 35, "效益": 25}),
    "changtu-deeptillage-2019": (changtu, {"预算执行率": 10, "产出": 50, "效益": 30, "满意度": 10}),
    "molidawa-landsubsidy-2023": (molidawa, {"预算执行率": 20, "产出": 45, "效益": 25, "满意度": 10}),
}


def main():
    labels = check_labels()
    for pid, (fn, level_weights) in PROJECT_CHECKS.items():
        name = pid + "-clean.txt"
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        n = len(text)
        if not 2500 <= n <= 6000:
            fail(f"{name}: length {n} outside 2,500-6,000")
        groups = check_tables(name, text)
        if groups is not None:
            got = {k: v[0] for k, v in groups.items()}
            if got != {k: D(v) for k, v in level_weights.items()}:
                fail(f"{name}: level weights {got}")
        fn(Checker(name, text))
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        return 1
    print(f"OK: {len(labels)} cases, {sum(1 for r in labels if r['clean'])} clean drafts checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
