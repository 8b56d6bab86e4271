#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

1. labels: every case exists; every value occurs exactly once in its case and never in the clean
   draft; the value overlaps the edited region; each error case differs from its clean draft by one
   contiguous edit of at most 16 characters within one line (score-row edits: at most two such
   edits on two adjacent lines); code coverage (each numeric code of errors.md §A, except
   figure_mismatch and empty_problems, at least twice).
2. tables of the clean drafts (generic): indicator tables (completion per rules §5, score per §5,
   score ≤ weight, units of target and actual, 小计/合计 rows = sums of weights and scores), funds
   tables (components add up, 结余 = 到位 − 执行, 到位率, 执行率, execution score).
3. facts of the clean drafts (per project): rates, balances, sums, averages, growth rates, weights to
   100, first-level scores to total, grade band; every fact names the text it relies on, which must
   occur in the clean draft.
Tolerance: rules §8 (half a unit of the last stated decimal, ROUND_HALF_UP Decimal arithmetic).
"""
import difflib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
MAX_EDIT = 16

errors = []


def fail(msg):
    errors.append(msg)


def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def close(computed, stated):
    """rules §8: |c − v| ≤ 0.5 × 10^−d (+1e−9), d = decimals of the stated string."""
    v = D(re.search(r"-?\d+(?:\.\d+)?", stated).group(0))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def num(s):
    m = re.search(r"\d+(?:\.\d+)?", s)
    return D(m.group(0)) if m else None


# ---------------------------------------------------------------- 1. labels and edits

def changed_regions(a, b):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(i1, i2, j1, j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def line_of(text, pos):
    return text.count("\n", 0, pos)


def check_edit(name, clean, case, value):
    ops = changed_regions(clean, case)
    if not ops:
        fail(f"{name}: identical to its clean draft")
        return
    # group opcodes by line (in the case text)
    groups = defaultdict(list)
    for op in ops:
        i1, i2, j1, j2 = op
        groups[line_of(case, j1)].append(op)
    lines = sorted(groups)
    if len(lines) > 2 or (len(lines) == 2 and lines[1] - lines[0] != 1):
        fail(f"{name}: edits on lines {lines}, expected one line or two adjacent lines")
    for ln, g in groups.items():
        i_lo, i_hi = min(o[0] for o in g), max(o[1] for o in g)
        j_lo, j_hi = min(o[2] for o in g), max(o[3] for o in g)
        if "\n" in clean[i_lo:i_hi] or "\n" in case[j_lo:j_hi]:
            fail(f"{name}: an edit crosses a line break")
        size = max(i_hi - i_lo, j_hi - j_lo)
        if size > MAX_EDIT:
            fail(f"{name}: edit of {size} characters on line {ln + 1} (max {MAX_EDIT})")
    # the value must overlap an edited region of the case
    start = case.find(value)
    if start >= 0:
        end = start + len(value)
        if not any(start < max(j2, j1 + 1) and j1 < end for _, _, j1, j2 in ops):
            fail(f"{name}: value does not overlap the edit")
    return len(lines)


def check_labels():
    path = os.path.join(HERE, "labels.jsonl")
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    texts = {}
    for r in recs:
        p = os.path.join(CASES, r["case"])
        if not os.path.exists(p):
            fail(f"missing case {r['case']}")
            continue
        texts[r["case"]] = open(p, encoding="utf-8").read()
    names = set(os.listdir(CASES))
    if names != set(texts):
        fail(f"case files and labels differ: {sorted(names ^ set(texts))}")
    codes = Counter()
    projects = defaultdict(set)
    for r in recs:
        if r["clean"]:
            if r["expected"]:
                fail(f"{r['case']}: clean case with expected findings")
            continue
        clean_name = f"{r['source']}-clean.txt"
        clean, case = texts[clean_name], texts[r["case"]]
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: expected exactly one label")
        for e in r["expected"]:
            if set(e) != {"code", "severity", "value", "explanation"}:
                fail(f"{r['case']}: label keys {sorted(e)}")
            if e["severity"] != "error" or e["code"] not in CODES:
                fail(f"{r['case']}: code/severity {e['code']}/{e['severity']}")
            n_case, n_clean = case.count(e["value"]), clean.count(e["value"])
            if n_case != 1:
                fail(f"{r['case']}: value occurs {n_case}x in the case: {e['value']!r}")
            if n_clean != 0:
                fail(f"{r['case']}: value occurs {n_clean}x in the clean draft: {e['value']!r}")
            codes[e["code"]] += 1
            projects[e["code"]].add(r["source"])
            check_edit(r["case"], clean, case, e["value"])
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} used {codes[c]}x (< 2)")
        if len(projects[c]) < 2:
            fail(f"code {c} used in {len(projects[c])} project(s) (< 2)")
    return recs, codes


# ---------------------------------------------------------------- 2. generic table checks

CMP = {"≥": "gte", "＞": "gt", ">": "gt", "≤": "lte", "＜": "lt", "<": "lt"}
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def parse_value(s):
    """(kind, number, unit, direction): kind in num/date/qual."""
    s = s.strip()
    m = DATE.search(s)
    if m:
        return "date", tuple(int(x) for x in m.groups()), "", "lte"
    m = re.match(r"(\d+(?:\.\d+)?)[—～~-](\d+(?:\.\d+)?)(.*)$", s)
    if m:
        return "range", (D(m.group(1)), D(m.group(2))), m.group(3).strip(), "range"
    direction = "eq"
    if s and s[0] in CMP:
        direction = CMP[s[0]]
        s = s[1:]
    m = re.match(r"(\d+(?:\.\d+)?)(.*)$", s)
    if not m:
        return "qual", None, s, "qual"
    return "num", D(m.group(1)), m.group(2).strip(), direction


def expected_completion_and_score(t, a, w):
    """Completion (percent, or None for '—') and the list of acceptable scores (exact, unrounded)."""
    tk, tn, tu, td = t
    ak, an, au, _ = a
    if tk == "date":
        if ak != "date":
            return "unit", None
        return None, [w] if an <= tn else [D(0)]
    if tk == "range":
        if ak != "num" or tu != au:
            return "unit", None
        lo, hi = tn
        return (D(100), [w]) if lo <= an <= hi else (None, [D(0)])
    if tk == "qual":
        if "部分" in (a[2] or ""):
            return None, ("band", w * D("0.6"), w * D("0.8"))
        return None, ("band", w * D("0.8"), w)
    if ak != "num" or tu != au:
        return "unit", None
    if td in ("lte", "lt"):
        ok = an <= tn if td == "lte" else an < tn
        if ok:
            return D(100), [w]
        return tn / an * 100, [w * tn / an]
    if td == "eq" and tn == 0:
        return None, [w if an <= 0 else D(0)]
    ratio = an / tn
    if td == "gt" and an > tn:
        ratio = max(ratio, D(1))
    return ratio * 100, [w * min(ratio, D(1))]


def check_indicator_table(name, header, rows):
    col = {h: i for i, h in enumerate(header)}

    def find(*keys):
        for k in keys:
            if k in col:
                return col[k]
        return None
    ti, ai = find("年度指标值", "指标值"), find("实际完成值", "完成值", "实际值")
    ci, wi, si = find("完成率"), col["分值"], col["得分"]
    acc_w, acc_s = D(0), D(0)
    for cells in rows:
        first = cells[0]
        if first.endswith("小计") or first.endswith("合计"):
            if not close(acc_w, cells[wi]):
                fail(f"{name}: {first} weight {cells[wi]} ≠ Σ {acc_w}")
            if not close(acc_s, cells[si]):
                fail(f"{name}: {first} score {cells[si]} ≠ Σ {acc_s}")
            acc_w, acc_s = D(0), D(0)
            continue
        w, s = num(cells[wi]), num(cells[si])
        acc_w += w
        acc_s += s
        label = "｜".join(cells[:4])
        if s > w or s < 0:
            fail(f"{name}: score {s} outside [0, {w}] in {label}")
        if ti is None or ai is None:
            continue
        t, a = parse_value(cells[ti]), parse_value(cells[ai])
        comp, scores = expected_completion_and_score(t, a, w)
        if comp == "unit":
            fail(f"{name}: target and actual units differ in {label}")
            continue
        if ci is not None:
            stated_c = cells[ci]
            if comp is None:
                if stated_c != "—":
                    fail(f"{name}: completion {stated_c} where none is computable in {label}")
            elif not close(comp, stated_c):
                fail(f"{name}: completion {stated_c} ≠ {comp:.4f} in {label}")
        if isinstance(scores, tuple):
            _, lo, hi = scores
            if not (lo <= s <= hi) or (hi < w and s >= hi):
                fail(f"{name}: qualitative score {s} outside band [{lo}, {hi}) in {label}")
            continue
        okay = any(close(x, cells[si]) for x in scores)
        if not okay and ci is not None and comp is not None:
            # rules §8: a score computed from the printed (rounded) completion is also consistent
            pc = num(cells[ci]) / 100
            okay = close(w * min(pc, D(1)), cells[si])
        if not okay:
            fail(f"{name}: score {cells[si]} ≠ {[f'{x:.4f}' for x in scores]} in {label}")


def amount(s):
    s = s.strip()
    if s in ("—", "", "-"):
        return None
    return num(s)


def check_funds_mof(name, header, rows):
    col = {h: i for i, h in enumerate(header)}
    a, b, c = col["年初预算数"], col["全年预算数"], col["全年执行数"]
    total, parts = rows[0], rows[1:]
    for k in (a, b, c):
        ssum = sum((amount(r[k]) or D(0)) for r in parts)
        if ssum != (amount(total[k]) or D(0)):
            fail(f"{name}: funds column {header[k]}: components {ssum} ≠ total {total[k]}")
    for r in rows:
        full, spent, rate = amount(r[b]), amount(r[c]), r[col["执行率"]]
        if not full:
            if rate not in ("—", "0", "0%", "0.00%"):
                fail(f"{name}: rate {rate} on a zero budget in row {r[0]}")
            continue
        if not close(spent / full * 100, rate):
            fail(f"{name}: 执行率 {rate} ≠ {spent / full * 100:.4f} in row {r[0]}")
        w, s = amount(r[col["分值"]]), amount(r[col["得分"]])
        if w is not None:
            if not (close(w * min(spent / full, D(1)), r[col["得分"]])
                    or close(w * min(num(rate) / 100, D(1)), r[col["得分"]])):
                fail(f"{name}: execution score {s} ≠ {w} × rate")


def check_funds_sources(name, header, rows):
    byrow = {r[0]: r for r in rows}
    amount_rows = [r for r in rows if not r[0].endswith("率")]
    for r in amount_rows:
        vals = [amount(x) or D(0) for x in r[2:]]
        if sum(vals) != amount(r[1]):
            fail(f"{name}: row {r[0]}: sources {sum(vals)} ≠ 合计 {r[1]}")
    full, recv, spent = byrow.get("全年预算"), byrow.get("实际到位"), byrow.get("全年执行")
    bal = byrow.get("资金结余")
    for k in range(1, len(header)):
        f = amount(full[k]) or D(0)
        sp = amount(spent[k]) or D(0)
        rv = amount(recv[k]) or D(0) if recv else None
        if bal is not None and rv is not None and (amount(bal[k]) or D(0)) != rv - sp:
            fail(f"{name}: 结余 {bal[k]} ≠ 到位 − 执行 = {rv - sp} in column {header[k]}")
        for label, numer in (("到位率", rv), ("执行率", sp)):
            r = byrow.get(label)
            if r is None or numer is None:
                continue
            if f == 0:
                if r[k] not in ("—", "0", "0.00%"):
                    fail(f"{name}: {label} {r[k]} on a zero base")
            elif not close(numer / f * 100, r[k]):
                fail(f"{name}: {label} {r[k]} ≠ {numer / f * 100:.4f} in column {header[k]}")


def check_exec_score_table(name, header, rows):
    col = {h: i for i, h in enumerate(header)}
    for r in rows:
        full, spent = amount(r[col["全年预算数"]]), amount(r[col["全年执行数"]])
        if not close(spent / full * 100, r[col["执行率"]]):
            fail(f"{name}: 执行率 {r[col['执行率']]} ≠ {spent / full * 100:.4f}")
        w = amount(r[col["分值"]])
        if not close(w * min(spent / full, D(1)), r[col["得分"]]):
            fail(f"{name}: execution score {r[col['得分']]} ≠ {w} × rate")


def tables(text):
    block = []
    for line in text.split("\n") + [""]:
        if "｜" in line:
            block.append(line.split("｜"))
        elif block:
            yield block
            block = []


def check_tables(name, text):
    n = 0
    for block in tables(text):
        header, rows = block[0], block[1:]
        if any(len(r) != len(header) for r in rows):
            fail(f"{name}: ragged table starting {'｜'.join(header)}")
            continue
        n += 1
        if "分值" in header and "得分" in header and ("三级指标" in header):
            check_indicator_table(name, header, rows)
        elif "年初预算数" in header and "全年执行数" in header:
            check_funds_mof(name, header, rows)
        elif header[0] == "项目" and header[1] == "合计":
            check_funds_sources(name, header, rows)
        elif header[0] == "指标" and "全年执行数" in header:
            check_exec_score_table(name, header, rows)
        else:
            fail(f"{name}: unrecognised table {'｜'.join(header)}")
    return n


# ---------------------------------------------------------------- 3. facts per clean draft

def F(expr, stated, *must):
    return ("fact", expr, stated, must)


def G(total, label, *must):
    return ("grade", total, label, must)


FACTS = {
    "qiongzhong-teacherallowance-2020": [
        F("412+586+731", "1729", "一类地区412人、二类地区586人、三类地区731人", "享受补助的乡村教师1729人"),
        F("1729-1684", "45", "较2019年的1684人增加45人"),
        F("(1729-1684)/1684*100", "2.67", "增长2.67%"),
        F("792.00+396.00+132.00", "1320.00", "年初预算1320.00万元，其中中央财政补助792.00万元、省级财政补助396.00万元、县级配套132.00万元"),
        F("792.00+396.00", "1188.00", "中央和省级资金合计1188.00万元"),
        F("1320.00+60.00+38.52", "1418.52", "追加补助60.00万元", "上年结转资金38.52万元", "调整后全年预算1418.52万元"),
        F("1418.52/1418.52*100", "100", "全年实际到位1418.52万元，资金到位率100%"),
        F("412*900*12/10000", "444.96", "412人，每人每月900元，全年444.96万元"),
        F("586*700*12/10000", "492.24", "586人，每人每月700元，全年492.24万元"),
        F("731*500*12/10000", "438.60", "731人，每人每月500元，全年438.60万元"),
        F("444.96+492.24+438.60", "1375.80", "全年核定补助1375.80万元"),
        F("731*500/10000", "36.55", "三类地区补助36.55万元（731人×500元）"),
        F("1375.80-36.55+38.52", "1377.77", "1375.80-36.55+38.52=1377.77万元", "全年执行1377.77万元"),
        F("1377.77/1418.52*100", "97.13", "预算执行率97.13%"),
        F("10*1377.77/1418.52", "9.71", "得9.71分"),
        F("1418.52-1377.77", "40.75", "年末结余40.75万元"),
        F("36.55+4.20", "40.75", "其余4.20万元"),
        F("1729*12", "20748", "全年按月发放20748人次"),
        F("(20748-31)/20748*100", "99.85", "发放差错31人次", "发放准确率为99.85%"),
        F("35/36*100", "97.22", "全年共36个发放批次", "及时率97.22%"),
        F("1688/1729*100", "97.63", "年度考核合格1688人，合格率97.63%"),
        F("13758000/1729", "7957.20", "7957.20元"),
        F("38/1729*100", "2.20", "流失38人，流失率2.20%"),
        F("47/1684*100", "2.79", "2019年的2.79%（流失47人）"),
        F("60-57", "3", "新补充到岗教师57人，比目标少3人"),
        F("1434/1612*100", "88.96", "有效问卷1612份", "1434人，占88.96%"),
        F("(95.8+94.1+93.9)/3", "94.6", "分别为95.8%、94.1%和93.9%，平均为94.6%"),
        F("10+50+30+10", "100", "预算执行率10分、产出指标50分、效益指标30分、满意度指标10分"),
        F("15+15+10+10", "50", "数量指标15分、质量指标15分、时效指标10分、成本指标10分"),
        F("10+9.50+10", "29.50", "效益指标得分29.50分"),
        F("29.50+10", "39.50", "小计｜｜｜｜｜｜40｜39.50"),
        F("9.71+49.98+29.50+10", "99.19", "预算执行率得分9.71分，产出指标得分49.98分，效益指标得分29.50分，满意度指标得分10分，合计99.19分"),
        G("99.19", "优", "合计99.19分，自评等级为“优”"),
    ],
    "menyuan-grassrodent-2021": [
        F("460.00+92.00+23.00", "575.00", "年初预算575.00万元，其中中央财政林业草原生态保护恢复资金460.00万元"),
        F("575.00-12.00+18.60", "581.60", "调减12.00万元", "2020年结转资金18.60万元", "调整后全年预算581.60万元"),
        F("92.00-12.00", "80.00", "全年预算｜581.60｜460.00｜80.00｜23.00｜18.60"),
        F("421.20+106.50+20.67", "548.37", "全年执行548.37万元，其中鼠害防治支出421.20万元、虫害防治支出106.50万元、监测调查及技术培训支出20.67万元"),
        F("581.60-548.37", "33.23", "年末结余33.23万元"),
        F("24.60+2.20", "26.80", "中央资金24.60万元和省级资金2.20万元", "合计26.80万元"),
        F("1.28+2.70+2.45", "6.43", "省级资金1.28万元、县级资金2.70万元和上年结转资金2.45万元，合计6.43万元"),
        F("26.80+6.43", "33.23", "年末结余33.23万元"),
        F("(460.00-435.40)", "24.60", "全年执行｜548.37｜435.40｜76.52｜20.30｜16.15"),
        F("(80.00-76.52)", "3.48", "省级资金1.28万元"),
        F("2.20+1.28", "3.48", "省级资金2.20万元"),
        F("23.00-20.30", "2.70", "县级资金2.70万元"),
        F("18.60-16.15", "2.45", "上年结转资金2.45万元"),
        F("548.37/581.60*100", "94.29", "执行548.37万元，执行率94.29%"),
        F("10*548.37/581.60", "9.43", "预算执行率得分9.43分"),
        F("18.6+36.2+7.6", "62.4", "全年完成鼠害防治62.4万亩，其中物理防治18.6万亩、生物防治36.2万亩、天敌控制7.6万亩"),
        F("15-14.2", "0.8", "虫害防治完成14.2万亩，较目标少0.8万亩"),
        F("106.50/14.2", "7.50", "虫害亩均防治成本为7.50元"),
        F("421.20/62.4", "6.75", "6.75元/亩"),
        F("(3620-412)/3620*100", "88.62", "防治前有效洞口3620个，防治后412个，防治效果88.62%"),
        F("12/12*100", "100", "防治药剂抽检12批次，合格12批次"),
        F("148.3-142.7", "5.6", "由2020年的148.3万亩下降到142.7万亩", "5.6万亩"),
        F("76.8-74.2", "2.6", "防治区草原植被盖度76.8%，比2020年的74.2%提高2.6个百分点"),
        F("1200-1136", "64", "参与群防群治的农牧户1136户，少于目标64户"),
        F("584/600*100", "97.33", "发放问卷600份，回收有效问卷584份，有效回收率97.33%"),
        F("548/584*100", "93.84", "表示满意的548份，满意度93.84%"),
        F("10+10+5", "25", "数量指标25分"),
        F("10+5", "15", "质量指标15分"),
        F("10+50+30+10", "100", "预算执行率10分、产出指标50分", "效益指标30分、满意度指标10分"),
        F("25+15+5+5", "50", "（数量指标25分、质量指标15分、时效指标5分、成本指标5分）"),
        F("9.43+49.47+29.47+10", "98.37", "预算执行率得9.43分，产出指标得49.47分，效益指标得29.47分，满意度指标得10分，自评总分98.37分"),
        G("98.37", "优", "自评总分98.37分，评价等级为“优”"),
    ],
    "chengkou-birthdefect-2024": [
        F("(1582-1496)/1496*100", "5.75", "完成孕妇产前血清学筛查1582人，较2023年的1496人增长5.75%"),
        F("80.00+44.00", "124.00", "年初预算124.00万元，其中市级补助资金80.00万元", "县级财政资金44.00万元"),
        F("124.00+14.40+6.35", "144.75", "追加无创产前基因检测补助资金14.40万元", "上年结转资金6.35万元", "调整后全年预算144.75万元"),
        F("124.00+10.00+6.35", "140.35", "年内实际拨付10.00万元", "实际到位140.35万元"),
        F("44.00+14.40", "58.40", "全年预算｜144.75｜80.00｜58.40｜6.35"),
        F("1825*240/10000", "43.80", "孕前优生健康检查1825对，每对240元，支出43.80万元"),
        F("1582*150/10000", "23.73", "产前血清学筛查1582人，每人150元，支出23.73万元"),
        F("246*600/10000", "14.76", "无创产前基因检测补助246人，每人600元，支出14.76万元"),
        F("1574*100/10000", "15.74", "新生儿遗传代谢病筛查1574人，每人100元，支出15.74万元"),
        F("1572*100/10000", "15.72", "新生儿听力筛查1572人，每人100元，支出15.72万元"),
        F("43.80+23.73+14.76+15.74+15.72+2.70+3.15+8.35+6.35", "134.30", "全年执行134.30万元", "产前诊断补助9例，支出2.70万元",
          "高风险孕妇随访转诊63人，支出3.15万元", "宣传、人员培训和质量控制支出8.35万元", "上年结转资金6.35万元用于结算"),
        F("140.35-134.30", "6.05", "年末结余6.05万元"),
        F("1.80+2.00", "3.80", "市级资金1.80万元和县级资金2.00万元", "合计3.80万元"),
        F("3.80+2.25", "6.05", "县级资金2.25万元已于2025年1月20日上缴县财政"),
        F("14.40-10.00", "4.40", "追加资金中未拨付的4.40万元"),
        F("134.30/144.75*100", "92.78", "执行134.30万元，执行率92.78%"),
        F("10*134.30/144.75", "9.28", "执行率92.78%，得9.28分"),
        F("54.00/58.40*100", "92.47", "县级资金年内到位率仅为92.47%"),
        F("49.75/58.40*100", "85.19", "县级资金执行率为85.19%"),
        F("1600-1582", "18", "产前血清学筛查少于目标18人"),
        F("1572/1603*100", "98.07", "活产1603人中完成听力筛查1572人，筛查率98.07%"),
        F("1603-1572", "31", "未筛查的31人"),
        F("1541/1582*100", "97.41", "筛查报告1582份中，1541份在采血后7个工作日内发放，及时率97.41%"),
        F("13/1603*1000", "8.11", "全年监测到严重出生缺陷13例，发生率8.11‰"),
        F("1510/1615*100", "93.50", "全县户籍产妇1615人（含在县外分娩的产妇），纳入系统管理1510人，系统管理率93.50%"),
        F("301/320*100", "94.06", "共回访服务对象320人，表示满意的301人"),
        F("5+10+5", "20", "数量指标20分"),
        F("10+5", "15", "质量指标15分"),
        F("5+5", "10", "成本指标10分"),
        F("10+50+30+10", "100", "预算执行率10分；产出指标50分", "效益指标30分；满意度指标10分"),
        F("20+15+5+10", "50", "其中数量指标20分、质量指标15分、时效指标5分、成本指标10分"),
        F("9.28+49.85+30+10", "99.13", "预算执行率得分9.28分，产出指标得分49.85分，效益指标得分30分，满意度指标得分10分，自评总得分99.13分"),
        G("99.13", "优", "自评总得分99.13分，评价等级为优"),
    ],
    "sangzhuzi-skilltrain-2019": [
        F("240.00+60.00+36.00", "336.00", "项目年初预算336.00万元，其中自治区就业补助资金240.00万元", "市级资金60.00万元、区级资金36.00万元"),
        F("336.00+48.00", "384.00", "自治区追加就业补助资金48.00万元", "调整后全年预算384.00万元"),
        F("286*4200/10000", "120.12", "机动车驾驶每人4200元", "机动车驾驶120.12万元", "机动车驾驶286人次"),
        F("214*3800/10000", "81.32", "挖掘机操作每人3800元", "挖掘机操作81.32万元", "挖掘机操作214人次"),
        F("238*2400/10000", "57.12", "中式烹调每人2400元", "中式烹调57.12万元", "中式烹调238人次"),
        F("196*2200/10000", "43.12", "民族手工艺每人2200元", "民族手工艺43.12万元", "民族手工艺196人次"),
        F("112*2600/10000", "29.12", "电焊每人2600元", "电焊29.12万元", "电焊112人次"),
        F("100*1800/10000", "18.00", "家政服务每人1800元", "家政服务18.00万元", "家政服务100人次"),
        F("120.12+81.32+57.12+43.12+29.12+18.00", "348.80", "其中培训补贴348.80万元"),
        F("912*150/10000", "13.68", "每人150元补贴鉴定费用", "职业技能鉴定补贴13.68万元", "取得职业技能等级证书912人"),
        F("348.80+13.68", "362.48", "全年执行362.48万元"),
        F("384.00-362.48", "21.52", "年末结余21.52万元"),
        F("16.00+5.52", "21.52", "其中16.00万元", "5.52万元已于2020年1月10日上缴区财政"),
        F("286+214+238+196+112+100", "1146", "培训农牧民1146人次，其中机动车驾驶286人次"),
        F("8+6+7+5+3+3", "32", "全年开办培训班32期"),
        F("31/32*100", "96.88", "全年32期培训班中，31期在结业后30日内拨付补贴"),
        F("1064/1146*100", "92.84", "结业考核合格1064人"),
        F("912/1146*100", "79.58", "取得职业技能等级证书912人"),
        F("3488000/1146", "3043.63", "人均培训成本按培训补贴348.80万元除以培训人次计算"),
        F("658/1064*100", "61.84", "实现转移就业658人，占培训合格人数的61.84%"),
        F("402/1146*100", "35.08", "建档立卡贫困人员参训402人次"),
        F("448/486*100", "92.18", "发放问卷500份，回收有效问卷486份，表示满意的448份"),
        F("10+5", "15", "数量指标15分、质量指标15分"),
        F("5+5", "10", "时效指标10分、成本指标10分"),
        F("10+50+30+10", "100", "预算执行率10分，产出指标50分，效益指标30分，满意度指标10分"),
        F("15+15+10+10", "50", "产出指标下设数量指标15分、质量指标15分、时效指标10分、成本指标10分"),
        F("9.44+49.52+30+10", "98.96", "预算执行率得9.44分，产出指标得49.52分，效益指标得30分，满意度指标得10分，项目自评总分98.96分"),
        G("98.96", "优", "项目自评总分98.96分，评价结论为“优秀”"),
    ],
    "shangli-fireworks-2022": [
        F("168.00+40.00", "208.00", "项目年初预算208.00万元，其中县级财政资金168.00万元、萍乡市级安全生产专项补助40.00万元"),
        F("208.00+25.50-8.00+11.26", "236.76", "县财政追加25.50万元", "调减县级资金8.00万元", "上年结转资金11.26万元，调整后全年预算为236.76万元"),
        F("62.40+48.30+21.80+54.60+34.80", "221.90", "全年支出221.90万元，其中执法检查及专家聘用62.40万元、视频监控平台运维48.30万元、从业人员安全培训21.80万元、“打非治违”专项行动54.60万元、产品质量抽检34.80万元"),
        F("221.90/236.76*100", "93.72", "预算执行率为93.72%"),
        F("10*221.90/236.76", "9.37", "计得9.37分"),
        F("236.76-221.90", "14.86", "年末结余14.86万元"),
        F("9.60+5.26", "14.86", "尾款9.60万元", "其余5.26万元"),
        F("120/126*100", "95.24", "全年抽检产品126批次，合格120批次"),
        F("1468/1482*100", "99.06", "发现各类隐患1482条，已整改1468条"),
        F("1482-1468", "14", "其余14条"),
        F("348000/126", "2761.90", "按抽检支出34.80万元除以126批次计算"),
        F("103/112*100", "91.96", "112家生产企业中达到安全生产标准化三级以上的103家"),
        F("111/120*100", "92.5", "企业有效问卷120份，满意111份，满意度92.5%"),
        F("897/1000*100", "89.7", "周边群众有效问卷1000份，满意897份，满意度89.7%"),
        F("(92.5+89.7)/2", "91.10", "算术平均数计算，为91.10%"),
        F("(1036-900)/900*100", "15.11", "执法检查家次超出目标15.11%"),
        F("110-108", "2", "视频监控联网企业比目标少2家"),
        F("40-34", "6", "查处非法生产经营案件34起，比目标少6起"),
        F("10+5+5+5", "25", "数量指标25分"),
        F("5+10", "15", "质量指标15分"),
        F("10+50+30+10", "100", "预算执行率10分，产出指标50分，效益指标30分，满意度指标10分"),
        F("25+15+5+5", "50", "数量指标25分、质量指标15分、时效指标5分、成本指标5分"),
        F("9.37+49.91+28.50+10", "97.78", "预算执行率得9.37分、产出指标得49.91分、效益指标得28.50分、满意度指标得10分，合计97.78分"),
        F("1986+1228", "3214", "全年从业人员培训3214人次，其中线下集中培训28期1986人次、线上培训12期1228人次"),
        G("97.78", "优", "合计97.78分，自评等级为优"),
    ],
    "lianshan-smallhydro-2023": [
        F("6+63+18", "87", "全县在册小水电站87座，经综合评估确定退出类6座、整改类63座、保留类18座"),
        F("150.00+30.00", "180.00", "项目年初预算180.00万元，其中省级小水电清理整改补助资金150.00万元", "县级配套资金30.00万元"),
        F("180.00-6.00+42.30", "216.30", "县级资金调减6.00万元", "上年结转资金42.30万元", "调整后全年预算216.30万元"),
        F("180.00-6.00", "174.00", "其中：当年财政拨款｜180.00｜174.00"),
        F("99.84+35.40+16.80+11.76", "163.80", "全年支出163.80万元，其中：生态流量泄放设施改造补助99.84万元", "在线监测设施安装35.40万元", "退出类电站拆除补偿16.80万元", "第三方核查评估及监管平台运维11.76万元"),
        F("99.84+16.80+11.76", "128.40", "｜174.00｜128.40｜"),
        F("99.84/48", "2.08", "完成改造48座，平均每座2.08万元"),
        F("16.80/4", "4.20", "完成4座，每座4.20万元"),
        F("216.30-163.80", "52.50", "年末结余52.50万元"),
        F("174.00-128.40", "45.60", "当年财政拨款结余45.60万元"),
        F("42.30-35.40", "6.90", "上年结转资金结余6.90万元"),
        F("45.60+6.90", "52.50", "年末结余52.50万元"),
        F("45.60-41.40", "4.20", "41.40万元结转2024年", "其余4.20万元"),
        F("4.20+6.90", "11.10", "合计11.10万元"),
        F("63-48", "15", "15座整改类电站", "比目标少15座"),
        F("6-4", "2", "2座退出类电站"),
        F("58/63*100", "92.06", "在线监测的63座电站中，全年生态流量达标的58座"),
        F("105/126*100", "83.33", "两项整改任务共126项，按期完成105项"),
        F("63+63", "126", "共126项"),
        F("38.6-21.4", "17.2", "由2022年末的38.6公里减少到21.4公里"),
        F("0.7*5", "3.50", "取分值的70%"),
        F("10+10+5", "25", "数量指标25分"),
        F("10+5", "15", "质量指标15分"),
        F("10+50+30+10", "100", "预算执行率10分；产出指标50分", "效益指标30分；满意度指标10分"),
        F("25+15+5+5", "50", "其中数量指标25分、质量指标15分、时效指标5分、成本指标5分"),
        F("7.57+45.58+26.45+9.62", "89.22", "预算执行率得分7.57分，产出指标得分45.58分，效益指标得分26.45分，满意度指标得分9.62分，自评总分89.22分"),
        F("58-41", "17", "全年生态流量达标的58座，比2022年的41座增加17座"),
        G("89.22", "良", "自评总分89.22分，评价等级为良"),
    ],
    "pinggu-eldercare-2025": [
        F("18+27+17", "62", "运营养老服务驿站62家，其中三星级18家、二星级27家、一星级17家"),
        F("34+28", "62", "由34家连锁化运营的驿站和28家单体运营的驿站组成"),
        F("1120.00+480.00", "1600.00", "项目年初预算1600.00万元，其中区级财政资金1120.00万元，市级补助资金480.00万元"),
        F("1600.00+96.00-40.00+12.60", "1668.60", "追加驿站助餐补助资金96.00万元", "区级资金调减40.00万元", "上年结转资金12.60万元", "调整后全年预算1668.60万元"),
        F("1080.00+576.00+12.60", "1668.60", "其中区级资金1080.00万元、市级资金576.00万元、上年结转资金12.60万元"),
        F("1120.00-40.00", "1080.00", "区级资金1080.00万元"),
        F("480.00+96.00", "576.00", "市级资金576.00万元"),
        F("18*12+27*9+17*6", "561.00", "基本运营补贴561.00万元（三星级每家12万元、二星级每家9万元、一星级每家6万元）"),
        F("34*3.5", "119.00", "连锁运营奖励119.00万元（34家，每家3.5万元）"),
        F("64.2*10000*3/10000", "192.60", "按每餐3元标准，全年助餐补贴192.60万元", "全年提供助餐服务64.2万餐"),
        F("561.00+724.80+119.00+192.60+12.60", "1610.00", "全年执行1610.00万元", "服务流量补贴724.80万元", "支付2024年第四季度服务流量补贴12.60万元"),
        F("1610.00/1668.60*100", "96.49", "全年执行1610.00万元，预算执行率96.49%"),
        F("10*1610.00/1668.60", "9.65", "预算执行率得分9.65分"),
        F("1610.00-576.00-12.60", "1021.40", "区级资金支出1021.40万元"),
        F("1021.40/1080.00*100", "94.57", "区级资金支出1021.40万元，执行率94.57%"),
        F("1668.60-1610.00", "58.60", "年末结余58.60万元，均为区级资金"),
        F("1080.00-1021.40", "58.60", "年末结余58.60万元"),
        F("28.6+31.4+33.9+32.9", "126.8", "一至四季度服务老年人分别为28.6万、31.4万、33.9万和32.9万人次", "累计服务老年人126.8万人次"),
        F("(28.6+31.4+33.9+32.9)/4", "31.70", "季度平均31.70万人次"),
        F("62/65*100", "95.38", "全年参加星级评定的驿站65家，达标62家"),
        F("65-62", "3", "未达标的3家"),
        F("184/200*100", "92.00", "全年抽查服务200次，合格184次"),
        F("561.00+724.80+119.00+192.60", "1597.40", "按当年补贴1597.40万元除以62家计算"),
        F("1597.40/62", "25.76", "25.76万元"),
        F("2691/2875*100", "93.6", "独居老年人2875人，年内驿站巡视探访覆盖2691人"),
        F("273+27", "300", "全区273个行政村和27个社区"),
        F("234/300*100", "78.00", "驿站服务半径覆盖234个"),
        F("300-234", "66", "未覆盖的66个村（社区）"),
        F("34/62*100", "54.84", "连锁化运营驿站占比｜≥50%｜54.84%"),
        F("1323/1500*100", "88.2", "回收有效问卷1500份，表示满意的1323份"),
        F("5+10+10", "25", "数量指标25分"),
        F("5+5", "10", "质量指标10分"),
        F("10+50+30+10", "100", "预算执行率10分，产出指标50分", "效益指标30分，满意度指标10分"),
        F("25+10+5+10", "50", "（数量指标25分、质量指标10分、时效指标5分、成本指标10分）"),
        F("9.85+9.75+10", "29.60", "效益指标得分29.60分"),
        F("9.65+50+29.60+9.80", "99.05", "预算执行率得分9.65分，产出指标得分50分，效益指标得分29.60分，满意度指标得分9.80分，总分99.05分"),
        F("(126.8-117.4)/117.4*100", "8.01", "全年驿站服务人次较2024年的117.4万人次增长8.01%"),
        G("99.05", "优", "总分99.05分，自评等级为优"),
    ],
    "yanchi-tansheep-2018": [
        F("(312.5-296.3)/296.3*100", "5.47", "2018年全县滩羊饲养量312.5万只，比2017年的296.3万只增长5.47%"),
        F("350.00+70.00", "420.00", "项目年初预算420.00万元，其中自治区财政滩羊产业发展资金350.00万元", "县级配套资金70.00万元"),
        F("420.00+35.00+26.40", "481.40", "自治区追加35.00万元", "2017年结转资金26.40万元", "调整后全年预算481.40万元"),
        F("350.00+35.00", "385.00", "全年预算｜481.40｜385.00｜70.00｜26.40"),
        F("1012*1500/10000", "151.80", "种公羊调引补助151.80万元（1012只）", "每只1500元补助"),
        F("64000*25/10000", "160.00", "基础母羊良种登记补助160.00万元（6.4万只）", "每只25元补助"),
        F("9*5", "45.00", "人工授精站点建设补助45.00万元（9个）", "每个站点补助5万元"),
        F("151.80+160.00+45.00+22.80", "379.60", "全年执行379.60万元，其中种公羊调引补助151.80万元", "技术培训及种羊鉴定22.80万元"),
        F("298.20+55.00+26.40", "379.60", "全年执行｜379.60｜298.20｜55.00｜26.40"),
        F("481.40-379.60", "101.80", "年末结余101.80万元"),
        F("(1500-1012)", "488", "未调引的488只种公羊"),
        F("488*1500/10000", "73.20", "未调引的488只种公羊补助73.20万元"),
        F("(12-9)*5", "15.00", "3个未建成站点的县级补助15.00万元"),
        F("70.00-55.00", "15.00", "县级补助15.00万元"),
        F("385.00-298.20-73.20", "13.60", "自治区资金剩余13.60万元"),
        F("73.20+15.00+13.60", "101.80", "年末结余101.80万元"),
        F("379.60/481.40*100", "78.85", "预算执行率｜481.40｜379.60｜78.85%｜10｜7.89"),
        F("936/1012*100", "92.49", "调引的1012只种公羊中，经县种羊鉴定小组鉴定为特级、一级的936只"),
        F("6897/8600*100", "80.20", "全年人工输精8600只，受胎6897只"),
        F("346/400*100", "86.5", "随机抽取400户养殖户进行，表示满意的346户"),
        F("10+10+5", "25", "数量指标25分"),
        F("10+5", "15", "质量指标15分"),
        F("10+50+30+10", "100", "预算执行率10分，产出指标50分，效益指标30分，满意度指标10分"),
        F("25+15+5+5", "50", "产出指标内数量指标25分、质量指标15分、时效指标5分、成本指标5分"),
        F("7.89+45.22+26.14+9.61", "88.86", "预算执行率得7.89分，产出指标得45.22分，效益指标得26.14分，满意度指标得9.61分，总得分88.86分"),
        F("412+356+244", "1012", "第一批412只、第二批356只、第三批244只"),
        F("1186-1012", "174", "比2017年的1186只减少174只"),
        G("88.86", "良", "总得分88.86分，自评等级为“良好”"),
    ],
}


def ev(expr):
    return eval(re.sub(r"\d+(?:\.\d+)?", lambda m: f"D('{m.group(0)}')", expr), {"D": D})


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_facts(pid, text):
    n = 0
    for f in FACTS[pid]:
        kind = f[0]
        for m in f[-1]:
            if m not in text:
                fail(f"{pid}: text not found: {m!r}")
        if kind == "fact":
            _, expr, stated, _ = f
            if not close(ev(expr), stated):
                fail(f"{pid}: {expr} = {ev(expr)} ≠ stated {stated}")
        else:
            _, total, label, _ = f
            if band(total) != label:
                fail(f"{pid}: total {total} is {band(total)}, stated {label}")
        n += 1
    return n


def check_clean_drafts(recs):
    n_tables = n_facts = 0
    for r in recs:
        if not r["clean"]:
            continue
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        if not 2500 <= len(text) <= 6000:
            fail(f"{r['case']}: length {len(text)} outside 2500–6000")
        n_tables += check_tables(r["case"], text)
        n_facts += check_facts(r["source"], text)
        # each first-level subtotal in the tables equals the sentence that summarises it (sanity: totals present)
    return n_tables, n_facts


def main():
    recs, codes = check_labels()
    n_tables, n_facts = check_clean_drafts(recs)
    n_clean = sum(1 for r in recs if r["clean"])
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"{len(recs)} cases ({n_clean} clean), {n_tables} tables and {n_facts} facts checked; "
          f"codes: {dict(sorted(codes.items()))}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
