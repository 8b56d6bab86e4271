#!/usr/bin/env python3
"""Check set n25: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3. Usage: python3 verify.py   (prints OK and exits 0 when everything holds)

1. labels: every value occurs exactly once in its case and never in the clean draft; it overlaps
   the edited region; the case differs from the clean draft by one edit (<= 16 changed characters
   inside one line, or inside two adjacent table rows for edits marked rows=2); the codes of
   errors.md section A (less figure_mismatch / empty_problems) are each used at least twice, in at
   least two projects.
2. clean drafts, generic: the indicator table (weights to 100 and to the 合计 row, scores to the
   total, score <= weight, each row's completion and score under rules.md section 5), the total and
   grade band of the conclusion, the appendix table (column sums, 执行率, 结余, 调整数).
3. clean drafts, explicit: rates, balances, sums, averages, procurement savings, year-on-year
   differences, written as snippets of the draft with the stated figures in braces, e.g.
   "执行率{95.5}%" checked against 38.215 / 40 * 100 with the tolerance of the stated decimals.
"""
import difflib
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (EDITS and PROJECTS)

FAIL = []
NCHECK = [0]


def fail(msg):
    FAIL.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return Decimal(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md section 8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals of the stated figure."""
    tol = 0.5 * 10 ** -decimals(stated) + 1e-9
    return abs(float(computed) - float(num(stated))) <= tol


# ---------------------------------------------------------------- 1. labels
SECTION_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
             "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
             "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
             "completion_mismatch"]


def check_labels():
    labels = [json.loads(x) for x in read(os.path.join(HERE, "labels.jsonl")).splitlines() if x.strip()]
    rows_of = {f"{p}-e{n}.txt": rows for (p, n, _c, _o, _nw, _v, _e, rows) in build.EDITS}
    per_code = defaultdict(set)
    names = set()
    for rec in labels:
        name = rec["case"]
        names.add(name)
        if not os.path.exists(os.path.join(CASES, name)):
            fail(f"{name}: missing case file")
            continue
        case = read(os.path.join(CASES, name))
        clean = read(os.path.join(CASES, f"{rec['source']}-clean.txt"))
        if rec["clean"]:
            if case != clean or rec["expected"]:
                fail(f"{name}: clean record inconsistent")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected exactly one label")
            continue
        exp = rec["expected"][0]
        if exp["severity"] != "error":
            fail(f"{name}: severity must be error")
        per_code[exp["code"]].add(rec["source"])
        v = exp["value"]
        if case.count(v) != 1:
            fail(f"{name}: value occurs {case.count(v)} times in the case: {v!r}")
        if v in clean:
            fail(f"{name}: value occurs in the clean draft: {v!r}")
        # the edit
        p = 0
        while p < min(len(case), len(clean)) and case[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(case), len(clean)) - p and case[-1 - s] == clean[-1 - s]:
            s += 1
        old, new = clean[p:len(clean) - s], case[p:len(case) - s]
        rows = rows_of.get(name, 1)
        if rows == 1:
            if len(old) > 16 or len(new) > 16 or "\n" in old or "\n" in new:
                fail(f"{name}: edit too large or across lines: {old!r} -> {new!r}")
        else:
            changed = 0
            sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                if tag != "equal":
                    changed += max(i2 - i1, j2 - j1)
                    if "\n" in old[i1:i2] or "\n" in new[j1:j2]:
                        fail(f"{name}: a changed chunk crosses a line break")
            if changed > 16 or old.count("\n") > 1:
                fail(f"{name}: two-row edit too large: {old!r} -> {new!r}")
        vi = case.find(v)
        lo, hi = p, max(len(case) - s, p + 1)
        if not (vi < hi and lo < vi + len(v)):
            fail(f"{name}: value does not overlap the edit")
        NCHECK[0] += 1
    for pid in build.PROJECTS:
        if f"{pid}-clean.txt" not in names:
            fail(f"{pid}: clean case not labelled")
    for code in SECTION_A:
        n = sum(1 for rec in labels for e in rec["expected"] if e["code"] == code)
        if n < 2 or len(per_code[code]) < 2:
            fail(f"code {code}: used {n} times in {len(per_code[code])} projects")
    for code in per_code:
        if code not in SECTION_A:
            fail(f"code {code} not in the fixed numeric vocabulary")
    return labels


# ---------------------------------------------------------------- 2. generic table checks
NUM = r"-?[\d,]+(?:\.\d+)?"


def split_row(line):
    return [c.strip() for c in line.split("｜")]


def band(score):
    return "优" if score >= 90 else "良" if score >= 80 else "中" if score >= 60 else "差"


def parse_value(cell):
    """(direction, number_string, unit) or None."""
    m = re.fullmatch(r"(≥|≤|最高)?(" + NUM + r")(.*)", cell)
    if not m:
        return None
    d = {"≥": "gte", "≤": "lte", "最高": "max"}.get(m.group(1), "eq")
    return d, m.group(2), m.group(3)


def check_indicator_table(pid, text):
    lines = text.splitlines()
    hi = [i for i, l in enumerate(lines) if "｜" in l and "权重" in l and "得分" in l]
    if len(hi) != 1:
        fail(f"{pid}: expected one indicator table, found {len(hi)}")
        return None
    head = split_row(lines[hi[0]])
    ci = {name: head.index(name) for name in head}
    wsum = ssum = Decimal(0)
    total = None
    for line in lines[hi[0] + 1:]:
        if "｜" not in line:
            break
        c = split_row(line)
        if c[0] == "合计":
            if c[ci["权重"]] != "100" or num(c[ci["权重"]]) != wsum:
                fail(f"{pid}: weights sum {wsum}, 合计 row {c[ci['权重']]}")
            total = c[ci["得分"]]
            if abs(num(total) - ssum) > Decimal("0.005"):
                fail(f"{pid}: scores sum {ssum}, 合计 row {total}")
            NCHECK[0] += 2
            break
        w, sc = num(c[ci["权重"]]), num(c[ci["得分"]])
        wsum += w
        ssum += sc
        if not (0 <= sc <= w):
            fail(f"{pid}: score {sc} outside [0, {w}] in {line}")
        tgt, act = c[ci["指标值"]], c[ci["实际完成值"]]
        comp = c[ci["完成率"]] if "完成率" in ci else None
        exp_score = exp_comp = None
        rng = re.fullmatch(r"(\d+)—(\d+)(.*)", tgt)
        pm = re.fullmatch(r"±(\d+)%以内", tgt)
        date = re.fullmatch(r"(\d{4})年(\d+)月(\d+)日前", tgt)
        if rng:
            a = parse_value(act)
            ok = a and int(rng.group(1)) <= num(a[1]) <= int(rng.group(2)) and a[2] == rng.group(3)
            if not ok:
                fail(f"{pid}: range target not met or unit differs: {line}")
            exp_score = w
        elif pm:
            a = re.fullmatch(r"(" + NUM + r")%", act)
            if not a or abs(num(a.group(1))) > int(pm.group(1)):
                fail(f"{pid}: ± target not met: {line}")
            exp_score = w
        elif date:
            a = re.fullmatch(r"(\d{4})年(\d+)月(\d+)日", act)
            if not a or tuple(map(int, a.groups())) > tuple(map(int, date.groups())):
                fail(f"{pid}: date target not met: {line}")
            exp_score = w
        else:
            t, a = parse_value(tgt), parse_value(act)
            if not t or not a:
                fail(f"{pid}: cannot read target/actual: {line}")
                continue
            if t[2] != a[2]:
                fail(f"{pid}: unit differs between target and actual: {line}")
            T, A = float(num(t[1])), float(num(a[1]))
            if t[0] == "lte":
                ratio = 1.0 if A <= T else T / A
                exp_comp = 100.0 if A <= T else 100 * T / A
            else:
                ratio = A / T
                exp_comp = 100 * A / T
            exp_score = float(w) * min(1.0, ratio)
        # score
        alt = None
        if comp and comp != "—":
            alt = float(w) * min(1.0, float(num(comp.rstrip("%"))) / 100)
        if not (close(c[ci["得分"]], exp_score) or (alt is not None and close(c[ci["得分"]], alt))):
            fail(f"{pid}: score {c[ci['得分']]} vs rule {exp_score}: {line}")
        NCHECK[0] += 1
        if comp is not None:
            if exp_comp is None:
                if comp != "—" and comp != "100.0%":
                    fail(f"{pid}: completion {comp} on a non-numeric row: {line}")
            elif not close(comp.rstrip("%"), exp_comp):
                fail(f"{pid}: completion {comp} vs {exp_comp:.3f}: {line}")
            NCHECK[0] += 1
    if total is None:
        fail(f"{pid}: no 合计 row in the indicator table")
        return None
    # conclusion: total and grade
    found = re.findall(r"得分(" + NUM + r")分，评价等级为(优|良|中|差)", text)
    if len(found) != 1:
        fail(f"{pid}: expected one '得分…分，评价等级为…' statement, found {found}")
    for sc, g in found:
        if num(sc) != num(total):
            fail(f"{pid}: conclusion total {sc} != table total {total}")
        if band(float(num(sc))) != g:
            fail(f"{pid}: grade {g} for {sc}")
        NCHECK[0] += 2
    return total


def check_appendix(pid, text):
    lines = text.splitlines()
    hi = [i for i, l in enumerate(lines) if l.startswith("子项目｜")]
    if len(hi) != 1:
        fail(f"{pid}: expected one appendix table")
        return
    head = split_row(lines[hi[0]])
    rows, total = [], None
    for line in lines[hi[0] + 1:]:
        if "｜" not in line:
            break
        c = split_row(line)
        d = dict(zip(head, c))
        if c[0] == "合计":
            total = d
            break
        rows.append(d)
    if total is None:
        fail(f"{pid}: appendix without 合计")
        return
    for col in head[1:]:
        if col == "执行率":
            continue
        sm = sum(num(r[col]) for r in rows)
        if sm != num(total[col]):
            fail(f"{pid}: appendix column {col} sums to {sm}, 合计 {total[col]}")
        NCHECK[0] += 1
    for r in rows + [total]:
        budget, spent = num(r["全年预算"]), num(r["实际支出"])
        if spent > budget:
            fail(f"{pid}: appendix {r['子项目']} spent above budget")
        if "执行率" in r and not close(r["执行率"].rstrip("%"), 100 * spent / budget):
            fail(f"{pid}: appendix rate {r['执行率']} for {r['子项目']}")
        if "结余" in r and num(r["结余"]) != budget - spent:
            fail(f"{pid}: appendix balance {r['结余']} for {r['子项目']}")
        if "调整数" in r and num(r["调整数"]) != budget - num(r["年初预算"]):
            fail(f"{pid}: appendix adjustment {r['调整数']} for {r['子项目']}")
        NCHECK[0] += 1


# ---------------------------------------------------------------- 3. explicit checks
def chk(text, pid, snippet, *computed):
    """snippet: literal text of the draft with each stated figure in braces; one computed value per brace."""
    literal = snippet.replace("{", "").replace("}", "")
    if literal not in text:
        fail(f"{pid}: snippet not in draft: {literal!r}")
        return
    stated = re.findall(r"\{([^}]*)\}", snippet)
    if len(stated) != len(computed):
        fail(f"{pid}: snippet/value count differs: {snippet!r}")
        return
    for s, c in zip(stated, computed):
        if not close(s, c):
            fail(f"{pid}: {s} stated, {c} computed in {literal!r}")
        NCHECK[0] += 1


def pct(a, b):
    return 100.0 * a / b


def explicit(pid, t):
    c = lambda snippet, *v: chk(t, pid, snippet, *v)  # noqa: E731
    if pid == "daxing-sciinnovation-2018":
        c("年初预算{1,205.0000}万元", 500 + 540 + 120 + 45)
        c("调整后全年预算{1,260.0000}万元", 1205 + 60 - 5)
        c("全年预算{1,260.0000}万元，其中区级财政资金1,100.0000万元、市级科技专项转移支付资金160.0000万元", 1100 + 160)
        c("全年预算{1,260.0000}万元，其中区级", 500 + 600 + 120 + 40)
        c("每家20.0000万元。全年预算500.0000万元（年初按25家测算），支出{460.0000}万元，执行率{92.0}%",
          23 * 20, pct(460, 500))
        c("奖励企业23家，较2017年的19家增加{4}家，增长{21.1}%", 23 - 19, pct(4, 19))
        c("追加后全年预算{600.0000}万元，支出587.3500万元，执行率{97.9}%", 540 + 60, pct(587.35, 600))
        c("补贴企业{41}家，户均{14.3256}万元", 6 + 15 + 20, 587.35 / 41)
        c("支出{587.3500}万元，执行率97.9%", 165 + 247.35 + 175)
        c("采购预算120.0000万元，中标合同金额108.6000万元，节约资金{11.4000}万元，节支率{9.5}%",
          120 - 108.6, pct(11.4, 120))
        c("首期款{65.1600}万元（合同金额的60%），12月支付尾款{43.4400}万元", 108.6 * 0.6, 108.6 - 65.16)
        c("全年预算120.0000万元，支出108.6000万元，执行率{90.5}%", pct(108.6, 120))
        c("调减后全年预算{40.0000}万元，支出38.2150万元，执行率{95.5}%", 45 - 5, pct(38.215, 40))
        c("截至2018年12月31日，项目支出{1,194.1650}万元，预算执行率{94.8}%，较2017年的91.2%提高{3.6}个百分点",
          460 + 587.35 + 108.6 + 38.215, pct(1194.165, 1260), 94.8 - 91.2)
        c("区级资金支出{1,034.1650}万元，执行率{94.0}%", 1194.165 - 160, pct(1034.165, 1100))
        c("年末结余{65.8350}万元", 1260 - 1194.165)
        c("年末结余{65.8350}万元", 40 + 12.65 + 11.4 + 1.785)
        c("新认定高新技术企业奖励23家，完成年度指标的{92.0}%；研发投入补贴企业41家，完成{102.5}%；科普活动16场，完成{106.7}%",
          pct(23, 25), pct(41, 40), pct(16, 15))
        c("受理研发补贴申请{47}家，经审核不予补贴6家，补贴41家", 41 + 6)
        c("研发补贴实际支出较预算偏差{-2.1}%", pct(587.35 - 600, 600))
        c("国家高新技术企业{216}家，较上年末193家增加23家", 193 + 23)
        c("科普活动参与2.35万人次，完成年度指标的{117.5}%", pct(2.35, 2.00))
        c("发放问卷130份，回收125份，回收率{96.2}%；表示满意的117份，满意度{93.6}%", pct(125, 130), pct(117, 125))
        c("我区申报31家、通过23家，通过率{74.2}%", pct(23, 31))
        c("结余{40.0000}万元", 500 - 460)
        c("较预算少支出{12.6500}万元；服务采购节约{11.4000}万元；科普活动结余{1.7850}万元",
          600 - 587.35, 120 - 108.6, 40 - 38.215)
        c("评分框架执行：预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", )
        c("2018年{74.2}%", pct(23, 31))
    elif pid == "tongzhou-energysaving-2020":
        c("全年预算{560.0000}万元，其中当年财政拨款530.0000万元、上年结转资金30.0000万元", 530 + 30)
        c("全年预算{560.0000}万元，其中当年", 300 + 85 + 160 + 15)
        c("年初预算{530.0000}万元，均为当年区级财政拨款", 300 + 85 + 130 + 15)
        c("全年支出{480.4410}万元，预算执行率{85.8}%", 262.8 + 79.36 + 123.795 + 14.486, pct(480.441, 560))
        c("年末未执行{79.5590}万元，其中光伏补贴{36.2050}万元结转2021年继续兑付，其余{43.3540}万元",
          560 - 480.441, 160 - 123.795, 79.559 - 36.205)
        c("其余{43.3540}万元已收回", (300 - 262.8) + (85 - 79.36) + (15 - 14.486))
        c("2019年本项目预算执行率为88.6%，本年下降{2.8}个百分点", 88.6 - 85.8)
        c("全年预算300.0000万元，支出262.8000万元，执行率{87.6}%", pct(262.8, 300))
        c("{12}个项目年节能量合计{3,285}吨标准煤，奖励{262.8000}万元", 7 + 5, 2310 + 975, 3285 * 800 / 10000)
        c("本年节能量增长{19.0}%", pct(3285 - 2760, 2760))
        c("采购预算85.0000万元，合同金额79.3600万元，节约资金{5.6400}万元，节支率{6.6}%", 85 - 79.36, pct(5.64, 85))
        c("审计30家，单家费用{2.6453}万元；审计报告经专家评审通过29份，通过率{96.7}%", 79.36 / 30, pct(29, 30))
        c("全年预算85.0000万元，支出79.3600万元，执行率{93.4}%", pct(79.36, 85))
        c("全年预算{160.0000}万元。补贴标准0.3元/千瓦时", 130 + 30)
        c("发电量4,126,500千瓦时已核定兑付，补贴{123.7950}万元", 4126500 * 0.3 / 10000)
        c("全年支出123.7950万元，执行率{77.4}%", pct(123.795, 160))
        c("全年预算15.0000万元，支出14.4860万元，执行率{96.6}%，结余{0.5140}万元", pct(14.486, 15), 15 - 14.486)
        c("奖励节能技改项目12个，完成目标的{80.0}%；审计企业30家，完成{100.0}%；兑付光伏补贴发电量{412.65}万千瓦时，完成{91.7}%；4个季度中3个季度按时兑付，及时率{75.0}%",
          pct(12, 15), pct(30, 30), 4126500 / 10000, pct(412.65, 450), pct(3, 4))
        c("减少二氧化碳排放{8,541}吨", 3285 * 2.6)
        c("减少二氧化碳排放｜≥{9,490}吨", 3650 * 2.6)
        c("满意108份，满意度{86.4}%", pct(108, 125))
        c("二氧化碳减排量均只完成目标的{90.0}%", pct(3285, 3650), )
        c("二氧化碳减排量均只完成目标的{90.0}%", pct(8541, 9490))
    elif pid == "minhang-publicventure-2021":
        c("年初预算{700.0000}万元，其中区级福利彩票公益金500.0000万元、区级一般公共预算200.0000万元", 500 + 200)
        c("年初预算{700.0000}万元，其中区级", 420 + 180 + 45 + 55)
        c("全年预算{710.0000}万元。区财政", 700 + 10)
        c("合计到位{710.0000}万元，到位率{100.0}%", 497 + 213, pct(710, 710))
        c("年度资金总额｜{700.0000}｜{710.0000}｜{678.8500}｜{95.6}%", 700 + 0 + 0, 710 + 0 + 0,
          407.7 + 168.4 + 42.75 + 60, pct(678.85, 710))
        c("其中：当年财政拨款｜700.0000｜710.0000｜678.8500｜{95.6}%", pct(678.85, 710))
        c("年末结余{31.1500}万元", 710 - 678.85)
        c("立项{36}个项目", 12 + 9 + 15)
        c("平均{11.4583}万元", 412.5 / 36)
        c("分别拨付{206.2500}万元、{123.7500}万元、{77.7000}万元", 412.5 * 0.5, 412.5 * 0.3, 412.5 * 0.2 - 4.8)
        c("全年支出{407.7000}万元，执行率{97.1}%", 206.25 + 123.75 + 77.7, pct(407.7, 420))
        c("2020年资助的32个项目相比，项目数增长{12.5}%", pct(36 - 32, 32))
        c("节约资金{11.6000}万元，节支率{6.4}%", 180 - 168.4, pct(11.6, 180))
        c("每季度42.1000万元，全年支出{168.4000}万元，执行率{93.6}%", 42.1 * 4, pct(168.4, 180))
        c("平均{90.0}分", (92 + 88 + 95 + 90 + 85) / 5)
        c("节约资金{2.2500}万元，节支率{5.0}%。全年支出42.7500万元，执行率{95.0}%", 45 - 42.75, pct(2.25, 45), pct(42.75, 45))
        c("追加后{65.0000}万元", 55 + 10)
        c("合计{25}家{60.0000}万元", 3 + 8 + 14, 3 * 5 + 8 * 3 + 14 * 1.5)
        c("全年支出60.0000万元，执行率{92.3}%", pct(60, 65))
        c("资助公益创投项目36个，完成目标的{102.9}%；孵化社会组织28家，完成{112.0}%", pct(36, 35), pct(28, 25))
        c("36个项目终期评估平均得分{86.6}分", (12 * 86.5 + 9 * 84.2 + 15 * 88.1) / 36)
        c("合格34个，合格率{94.4}%", pct(34, 36))
        c("超过目标{26.7}%", pct(19 - 15, 15))
        c("持续运营率{82.4}%", pct(28, 34))
        c("满意522份，满意度{93.2}%", pct(522, 560))
        c("比预算少{7.5000}万元", 420 - 412.5)
        c("考核得分相差{10}分", 95 - 85)
    elif pid == "binhai-tradefair-2022":
        c("年初预算资金｜(1)｜{980.0000}｜400.0000｜580.0000", 400 + 580)
        c("年初预算资金｜(1)｜{980.0000}", 350 + 510 + 96 + 24)
        c("全年预算资金｜(2)｜{1010.0000}｜400.0000｜610.0000", 400 + 610)
        c("实际到位资金｜(3)｜{1010.0000}｜400.0000｜610.0000", 400 + 610)
        c("全年执行资金｜(4)｜{919.1870}｜400.0000｜{519.1870}", 318.642 + 523.19 + 54.72 + 22.635, 919.187 - 400)
        c("资金结余｜(5)=(3)-(4)｜{90.8130}｜{0.0000}｜{90.8130}", 1010 - 919.187, 400 - 400, 610 - 519.187)
        c("预算到位率｜(6)=(3)/(2)｜{100.0}%｜{100.0}%｜{100.0}%", pct(1010, 1010), pct(400, 400), pct(610, 610))
        c("预算执行率｜(7)=(4)/(2)｜{91.0}%｜{100.0}%｜{85.1}%", pct(919.187, 1010), pct(400, 400), pct(519.187, 610))
        c("追加区级资金{30.0000}万元", 610 - 580)
        c("海外仓服务尾款{36.4800}万元按合同约定结转至2023年支付，其余{54.3330}万元", 91.2 - 54.72, 90.813 - 36.48)
        c("支出318.6420万元，执行率{91.0}%。补贴企业86家、{143}展次，其中线上展会97展次、线下境外展会46展次，展次均补贴{2.2283}万元",
          pct(318.642, 350), 97 + 46, 318.642 / 143)
        c("追加后全年预算{540.0000}万元", 510 + 30)
        c("实缴保费1,046.3800万元，补贴{523.1900}万元，户均{2.4679}万元，执行率{96.9}%，剩余{16.8100}万元",
          1046.38 * 0.5, 523.19 / 212, pct(523.19, 540), 540 - 523.19)
        c("增加{25}家，增长{13.4}%", 212 - 187, pct(25, 187))
        c("节约资金{4.8000}万元，节支率{5.0}%", 96 - 91.2, pct(4.8, 96))
        c("支付首期款（60%）{54.7200}万元，执行率{57.0}%；余款{36.4800}万元", 91.2 * 0.6, pct(54.72, 96), 91.2 - 54.72)
        c("支出22.6350万元，执行率{94.3}%，结余{1.3650}万元", pct(22.635, 24), 24 - 22.635)
        c("培训{12}场，其中线下5场、线上7场，培训1,320人次，场均{110}人次", 5 + 7, 1320 / 12)
        c("全年执行919.1870万元，执行率{91.0}%，较2021年的88.5%提高{2.5}个百分点", pct(919.187, 1010), 91.0 - 88.5)
        c("展会补贴结余{31.3580}万元", 350 - 318.642)
        c("补贴企业86家，完成目标的{107.5}%；支持参展143展次，完成{95.3}%", pct(86, 80), pct(143, 150))
        c("信保补贴企业212家，完成{106.0}%；培训1,320人次，完成{110.0}%", pct(212, 200), pct(1320, 1200))
        c("信保补贴实际支出较预算偏差{-3.1}%", pct(523.19 - 540, 540))
        c("发放企业问卷250份，满意237份，满意度{94.8}%", pct(237, 250))
    elif pid == "wuqing-digitaltransform-2023":
        c("全年预算{1,600.0000}万元，年内未调整，其中区级财政资金1,200.0000万元、市级智能制造专项资金400.0000万元", 1200 + 400)
        c("全年预算{1,600.0000}万元，年内", 1000 + 150 + 120 + 330)
        c("满分{100}分，其中预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", 10 + 50 + 30 + 10)
        c("项目全年支出{1,553.4600}万元，预算执行率{97.1}%，较2022年的93.8%提高{3.3}个百分点；年末结余{46.5400}万元",
          985.46 + 138 + 110 + 320, pct(1553.46, 1600), 97.1 - 93.8, 1600 - 1553.46)
        c("设备投资合计9,854.6000万元，拨付补助{985.4600}万元，执行率{98.5}%", 9854.6 * 0.10, pct(985.46, 1000))
        c("补助资金较预算偏差{-1.5}%", pct(985.46 - 1000, 1000))
        c("采购预算150.0000万元，合同金额138.0000万元，节约资金{12.0000}万元，节支率{8.0}%", 150 - 138, pct(12, 150))
        c("完成100家企业诊断，单家{1.3800}万元；诊断报告首次验收合格98份，合格率{98.0}%", 138 / 100, pct(98, 100))
        c("全年支出138.0000万元，执行率{92.0}%", pct(138, 150))
        c("全年补贴220家{110.0000}万元，全年预算120.0000万元，执行率{91.7}%", 220 * 0.5, pct(110, 120))
        c("合计{10}个{320.0000}万元。全年预算330.0000万元，执行率{97.0}%", 4 + 6, 4 * 50 + 6 * 20, pct(320, 330))
        c("上云补贴220家，完成{110.0}%；认定智能工厂及数字化车间10个，完成{83.3}%", pct(220, 200), pct(10, 12))
        c("带动设备投资9,854.6000万元，是补助资金985.4600万元的{10}倍", 9854.6 / 985.46)
        c("超过目标{24.0}%", pct(18.6 - 15, 15))
        c("681家规上工业企业中322家完成数字化转型诊断或改造，覆盖率{47.3}%", pct(322, 681))
        c("发放问卷200份，满意191份，满意度{95.5}%", pct(191, 200))
        m = re.search(r"(\d{4})年度本项目自评得分(" + NUM + r")分，等级(优|良|中|差)", t)
        if not m or band(float(m.group(2))) != m.group(3):
            fail(f"{pid}: last year's score/grade statement")
        NCHECK[0] += 1
    elif pid == "jiading-aed-2024":
        c("年初预算{500.0000}万元", 360 + 42 + 80 + 18)
        c("追加{20.6000}万元，全年预算{520.6000}万元", 520.6 - 500, 360 + 62.6 + 80 + 18)
        c("2024年3月拨付360.0000万元、2024年7月拨付160.6000万元，合计{520.6000}万元，到位率{100.0}%",
          360 + 160.6, pct(520.6, 520.6))
        c("全年支出{474.2660}万元，预算执行率{91.1}%，较2023年的87.4%提高{3.7}个百分点。年末结余{46.3340}万元",
          321.6 + 58.844 + 76.56 + 17.262, pct(474.266, 520.6), 91.1 - 87.4, 520.6 - 474.266)
        c("采购预算{360.0000}万元（按240台、每台1.5000万元测算）", 240 * 1.5)
        c("中标单价1.3400万元，合同金额{321.6000}万元，节约资金{38.4000}万元，节支率{10.7}%",
          240 * 1.34, 360 - 321.6, pct(38.4, 360))
        c("支出321.6000万元，执行率{89.3}%", pct(321.6, 360))
        c("学校62台、社区卫生服务中心及党群服务中心58台、轨道交通站点34台、商场及商务楼宇49台、体育场馆18台、公园及景区19台", )
        if 62 + 58 + 34 + 49 + 18 + 19 != 240:
            fail(f"{pid}: 点位 breakdown")
        c("年初预算{42.0000}万元，追加后62.6000万元", 62.6 - 20.6)
        c("AED {626}台（2023年末386台，本年新增240台）", 386 + 240)
        c("每台每年0.0940万元的单价结算，支出{58.8440}万元，执行率{94.0}%", 626 * 0.094, pct(58.844, 62.6))
        c("支出76.5600万元，执行率{95.7}%。培训13,260人次，较2023年的11,050人次增长{20.0}%，人均培训成本{57.74}元",
          pct(76.56, 80), pct(13260 - 11050, 11050), 765600 / 13260)
        c("参加救护员取证考核4,470人，取得证书4,180人，考核通过率{93.5}%", pct(4180, 4470))
        c("全年预算18.0000万元，支出17.2620万元，执行率{95.9}%", pct(17.262, 18))
        c("更新“随申办”AED地图点位{626}个", 386 + 240)
        c("年末设备完好621台，完好率{99.2}%", pct(621, 626))
        c("按全区常住人口184.13万人计算，每10万人AED配置数{34.0}台", 626 / 184.13 * 10)
        c("满意1,168份，满意度{97.3}%", pct(1168, 1200))
        c("问卷发放250份，满意220份，满意度{88.0}%", pct(220, 250))
        c("其中设备采购节约{38.4000}万元", 360 - 321.6)
        c("预算执行率10分、产出指标50分、效益指标30分、满意度指标10分评分", )
    else:
        fail(f"{pid}: no explicit checks")


def main():
    check_labels()
    for pid in build.PROJECTS:
        t = read(os.path.join(CASES, f"{pid}-clean.txt"))
        n = len(t)
        if not 2500 <= n <= 6000:
            fail(f"{pid}: clean draft has {n} characters")
        check_indicator_table(pid, t)
        check_appendix(pid, t)
        explicit(pid, t)
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} failures ({NCHECK[0]} checks)")
        return 1
    print(f"OK ({NCHECK[0]} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
