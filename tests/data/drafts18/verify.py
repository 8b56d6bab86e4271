#!/usr/bin/env python3
"""Check the labelled set: labels, edit sizes and the arithmetic of every clean draft.

1. labels.jsonl: every case exists; clean cases expect nothing; for each error case the
   label value occurs exactly once in the case and never in its clean draft.
2. Edit size: an error case differs from its clean draft in one line, by one contiguous
   change of at most 16 characters; for score-row edits ("pair" in build.py) two adjacent
   lines may change, each by at most 16 characters.  No line is added or removed.
3. Arithmetic of each clean draft, redone from the figures it states:
   - 自评表 funds block: components add up to 年度资金总额 in every column, 执行率 = 执行/全年,
     execution score = 分值 × min(rate, 100%);
   - indicator block: weights add to 100 (execution included), 0 ≤ score ≤ weight, each score
     follows rules §5 (gte proportional, lte T/A, eq 0 → all or nothing), scores add to 总分,
     target and actual carry the same unit;
   - grade stated in the table and in the text matches the band of the total (rules §6);
   - tables with a 合计 row (towns, sub-items, ditches): columns add up, rates and ratios hold;
   - FACTS: every other derived number of the text (rates, balances, sums, averages,
     completion rates, per-unit costs, year-on-year changes, first-level scores) is recomputed
     and compared with the stated figure under the decimals rule of rules §8 (|c − v| ≤ ½·10^−d).
4. Coverage: each numeric code of errors.md §A (except figure_mismatch) is used at least twice,
   in at least two different projects.
Prints OK when everything holds, otherwise the failures; exit status 1 on failure.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list: kind of each edit)

FAILS = []
NUM = re.compile(r"\d+(?:\.\d+)?")


def fail(msg):
    FAILS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def D(x):
    return Decimal(str(x))


def r2(x):
    return D(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def consistent(computed, stated):
    """rules §8: stated value with d decimals vs computed value."""
    d = decimals(stated)
    return abs(D(computed) - D(stated)) <= Decimal("0.5") * Decimal(10) ** -d + Decimal("1e-9")


def num(cell):
    cell = cell.strip()
    if cell in ("", "—", "-"):
        return None
    m = NUM.search(cell)
    return D(m.group()) if m else None


# ---------------------------------------------------------------- facts per project
FACTS = {
    "zhengyang-wheatspray-2022": [
        ("150+30", "年初预算180.00万元"),
        ("90+90", "年中追加180.00万元"),
        ("180+180", "全年预算360.00万元"),
        ("240+90+30", "项目资金总额360.00万元"),
        ("150+90", "中央财政农业生产防灾减灾资金240.00万元"),
        ("360/360*100", "资金到位率100%"),
        ("357.36/360*100", "全年支出357.36万元，预算执行率99.27%"),
        ("268.02+89.34", "全年支出357.36万元"),
        ("59.56*4.5", "药剂采购支出268.02万元"),
        ("59.56*1.5", "飞防作业服务费89.34万元"),
        ("4.5+1.5", "补助标准为每亩6元"),
        ("360-357.36", "年末结余2.64万元"),
        ("0.44*6", "年末结余2.64万元"),
        ("8.50-8.31", "分别少作业0.19万亩"),
        ("7.50-7.39", "0.11万亩"),
        ("6.50-6.42", "0.08万亩"),
        ("8.00-7.94", "0.06万亩"),
        ("0.19+0.11+0.08+0.06", "合计少作业0.44万亩"),
        ("60-59.56", "合计少作业0.44万亩"),
        ("59.56/60*100", "实际完成59.56万亩，完成率99.27%"),
        ("59.56/158.6*100", "占全县小麦播种面积的37.55%"),
        ("59.56-55", "比2021年实际作业面积增加4.56万亩"),
        ("60-55", "的55万亩增加5万亩"),
        ("92.6/90*100", "平均防治效果92.6%，完成率102.89%"),
        ("3.12/3*100", "实际挽回3.12万吨，完成率104.00%"),
        ("3.12*10000*1000*2*1.15/10000", "挽回经济损失约7176万元"),
        ("46/40*100", "实际46个，完成率115.00%"),
        ("5.8/5*100", "实际减少5.8%，完成率116.00%"),
        ("361/382*100", "满意度94.5%"),
        ("94.5/90*100", "满意度94.5%，完成率105.00%"),
        ("10*357.36/360", "执行率99.27%，得9.93分"),
        ("15*59.56/60", "\t59.56万亩\t15\t14.89"),
        ("15-14.89", "扣0.11分"),
        ("14.89+5+10+5+5+10", "得49.89分"),
        ("9.93+49.89+30+10", "自评总得分99.82分"),
    ],
    "pingyuan-deadanimal-2020": [
        ("112+84+28+56", "2020年项目预算280.00万元"),
        ("3.5*10000*80/10000", "2020年项目预算280.00万元"),
        ("60+52", "动物防疫等补助经费112.00万元"),
        ("60+56", "年初预算合计116.00万元"),
        ("52+84+28", "年中追加预算164.00万元"),
        ("116+164", "全年预算280.00万元"),
        ("60+20", "补助标准为每头80元"),
        ("270.88/280*100", "预算执行率96.74%"),
        ("33860*60/10000", "无害化处理补助203.16万元"),
        ("33860*20/10000", "收集运输补助67.72万元"),
        ("203.16+67.72", "全年支出270.88万元"),
        ("280-270.88", "年末结余9.12万元"),
        ("9420+7865+6318+10257", "全年实际处理33860头"),
        ("33860/10000", "即3.386万头"),
        ("3.386/3.5*100", "即3.386万头，完成率96.74%"),
        ("(9420+7865+6318+10257)/4", "季度平均处理8465头"),
        ("33860-29640", "增加4220头"),
        ("4220/29640*100", "增长14.24%"),
        ("58/50*100", "日处理能力达到58吨，完成率116.00%"),
        ("91.2/95*100", "91.2%，完成率96.00%"),
        ("2/4*100", "实际发生4起，完成率50.00%"),
        ("72/90*100", "实际72%，完成率80.00%"),
        ("87.3/90*100", "满意度87.3%，完成率97.00%"),
        ("3.5-3.386", "少0.114万头"),
        ("10*270.88/280", "分值10分，得分9.67分"),
        ("14.51+5+10+5+4.8+10", "产出指标：分值50分，得分49.31分"),
        ("10+5+8", "效益指标：分值30分，得分23分"),
        ("9.67+49.31+23+9.7", "自评总得分91.68分"),
        ("91.68-86.5", "提高5.18分"),
    ],
    "xianxian-groundwater-2019": [
        ("860+300+69.80", "项目总投资1229.80万元"),
        ("600+260", "超采综合治理）860.00万元"),
        ("600+69.80", "年初预算669.80万元"),
        ("260+300", "年中追加560.00万元"),
        ("669.80+560", "全年预算1229.80万元"),
        ("1195.90/1229.80*100", "全年支出1195.90万元，预算执行率97.24%"),
        ("1229.80-1195.90", "未支出的33.90万元"),
        ("30.24+3.66", "未支出的33.90万元"),
        ("1008*0.03", "质量保证金30.24万元"),
        ("1008-977.76", "质量保证金30.24万元"),
        ("42.60-38.94", "节余3.66万元"),
        ("126*1.2", "关停封填机井补助\t151.20"),
        ("8*3.5", "地下水位监测站\t28.00"),
        ("977.76/2.4", "按2.4万亩计算亩均407.4元"),
        ("2.4*155", "实际372万立方米"),
        ("372/360*100", "完成率103.33%"),
        ("468/480*100", "实际468万立方米，完成率97.50%"),
        ("480-468", "少12万立方米"),
        ("238/250*100", "满意度95.2%"),
        ("95.2/90*100", "完成率105.78%"),
        ("3.6+2.4", "累计达到6.0万亩"),
        ("10*1195.90/1229.80", "（10分）：得9.72分"),
        ("15+10+5+10+5+5", "产出指标（50分）：得50分"),
        ("10+9.75+10", "得29.75分"),
        ("10-9.75", "扣0.25分"),
        ("9.72+50+29.75+10", "本项目自评总分99.47分"),
    ],
    "lixin-ditchdredge-2023": [
        ("320+150+45.60", "项目资金总额515.60万元"),
        ("150+45.60", "年初预算195.60万元"),
        ("195.60+320", "全年预算515.60万元"),
        ("494.28/515.60*100", "全年支出494.28万元，预算执行率95.87%"),
        ("467.68+12.80+9.60+4.20", "全年支出494.28万元"),
        ("45.60+448.68", "全年支出494.28万元"),
        ("448.68/470*100", "当年财政拨款支出448.68万元，执行率95.46%"),
        ("515.60-494.28", "年末结余21.32万元"),
        ("(482.14-467.68)/482.14*100", "预留3%"),
        ("467.68/482.14*100", "付至合同价的97%"),
        ("(12.4+9.8+11.2+8.6+13.5+10.0)/6", "平均每条长10.92公里"),
        ("482.14/78.6", "每立方米6.13元"),
        ("65.5/65*100", "实际65.5公里，完成率100.77%"),
        ("78.6/78*100", "实际78.6万立方米，完成率100.77%"),
        ("5/6*100", "汛前完工率83.33%"),
        ("83.33/90*100", "汛前完工率83.33%，完成率92.59%"),
        ("482.14/65.5", "实际每公里7.36万元"),
        ("12.6/12*100", "12.6万亩，完成率105.00%"),
        ("2.85/3*100", "实际2.85万亩，完成率95.00%"),
        ("3-2.85", "少0.15万亩"),
        ("565/588*100", "满意度96.1%"),
        ("96.1/90*100", "满意度96.1%，完成率106.78%"),
        ("10*494.28/515.60", "执行率95.87%，得9.59分"),
        ("5*83.33/90", "\t83.33%\t5\t4.63"),
        ("5-4.63", "扣0.37分"),
        ("10-9.5", "扣0.5分"),
        ("10+10+5+10+4.63+10", "得49.63分"),
        ("10+9.5+10", "得29.5分"),
        ("9.59+49.63+29.5+10", "合计得分98.72分"),
    ],
    "suining-soiltest-2018": [
        ("60+20+10", "项目资金共90.00万元"),
        ("40+20", "（测土配方施肥）60.00万元"),
        ("40+10", "年初预算50.00万元"),
        ("20+20", "年中追加40.00万元"),
        ("50+40", "全年预算90.00万元"),
        ("76.95/90*100", "全年支出76.95万元，预算执行率85.50%"),
        ("36.90+14.40+18.00+7.65", "全年支出76.95万元"),
        ("2050*180/10000", "土样采集化验费36.90万元"),
        ("24*6000/10000", "田间肥效试验补助14.40万元"),
        ("3*6", "示范区建设18.00万元"),
        ("90-76.95", "年末结余13.05万元"),
        ("2050/2000*100", "实际2050个，完成率102.50%"),
        ("121.6/120*100", "完成率101.33%"),
        ("30/45*100", "实际30万亩，完成率66.67%"),
        ("30-26.5", "增加3.5万亩"),
        ("32.5/30*100", "完成率108.33%"),
        ("(6.10-6.04)/6.10*100", "减少1.0%"),
        ("1.0/2*100", "减少1.0%，完成率50.00%"),
        ("36.5/39*100", "实际36.5%，完成率93.59%"),
        ("385/478*100", "满意度80.5%"),
        ("80.5/85*100", "满意度80.5%，完成率94.71%"),
        ("10*76.95/90", "分值10分，得8.55分"),
        ("10+10+10+6.67+5+5", "得46.67分"),
        ("10+5+9.36", "得24.36分"),
        ("8.55+46.67+24.36+9.47", "合计得分89.05分"),
    ],
    "wanrong-agriquality-2024": [
        ("30+16.80", "2024年项目预算46.80万元"),
        ("15+8+3+6.8+4+10", "全年预算46.80万元"),
        ("43.62/46.80*100", "全年支出43.62万元，预算执行率93.21%"),
        ("46.80-43.62", "年末未支出3.18万元"),
        ("14.52+8+2.86+6.24+2+10", "全年支出43.62万元"),
        ("14.52/15*100", "执行率96.80%"),
        ("2.86/3*100", "执行率95.33%"),
        ("6.24/6.8*100", "执行率91.76%"),
        ("2/4*100", "实际支出2.00万元，执行率50.00%"),
        ("176+160", "实际完成336批次"),
        ("336/300*100", "完成率112.00%"),
        ("336-318", "增加18批次"),
        ("5126/4800*100", "完成率106.79%"),
        ("334/336*100", "合格率99.4%"),
        ("99.4/98*100", "合格率99.4%，完成率101.43%"),
        ("10.00*10000/160", "单批次625元"),
        ("112/120*100", "实际112家，完成率93.33%"),
        ("278/286*100", "满意度97.2%"),
        ("97.2/90*100", "满意度97.2%，完成率108.00%"),
        ("10*43.62/46.80", "执行率93.21%，得9.32分"),
        ("10+10", "数量指标20分"),
        ("10+5", "质量指标15分"),
        ("20+15+5+10", "产出指标（50分）"),
        ("10+10", "社会效益指标20分"),
        ("20+10", "效益指标（30分）"),
        ("10+10+9.33", "得29.33分"),
        ("9.32+50+29.33+10", "本项目自评得分98.65分"),
    ],
}

# tables with a 合计 row: header prefix -> sums, rates (num, den) in %, ratios (num, den), multiples (src, factor)
TOTAL_TABLES = {
    "zhengyang-wheatspray-2022": [dict(header="乡镇\t计划面积", sums=[1, 2, 3, 4], rates={5: (4, 3)},
                                       ratios={}, mults={3: (1, "6"), 4: (2, "6")})],
    "xianxian-groundwater-2019": [dict(header="建设内容\t预算", sums=[1, 2], rates={3: (2, 1)}, ratios={}, mults={})],
    "lixin-ditchdredge-2023": [dict(header="大沟名称\t所在乡镇", sums=[2, 3, 4], rates={}, ratios={5: (4, 2)},
                                    mults={3: (2, "1.2")})],
}

GRADES = {"优": (90, 101), "优秀": (90, 101), "良": (80, 90), "良好": (80, 90),
          "中": (60, 80), "中等": (60, 80), "差": (0, 60)}


def grade_ok(total, grade):
    lo, hi = GRADES[grade]
    return D(lo) <= D(total) < D(hi)


def check_facts(pid, text):
    for expr, ctx in FACTS.get(pid, []):
        if ctx not in text:
            fail(f"{pid}: fact context not in clean draft: {ctx!r}")
            continue
        stated = NUM.findall(ctx)[-1]
        # exact decimal evaluation of the expressions written above
        computed = eval(re.sub(r"(\d+(?:\.\d+)?)", r"D('\1')", expr), {"D": D, "__builtins__": {}}, {})
        if not consistent(computed, stated):
            fail(f"{pid}: {expr} = {computed} but text says {stated} ({ctx!r})")


def check_self_eval_table(pid, text):
    lines = text.split("\n")
    # funds block
    idx = next((i for i, l in enumerate(lines) if l.startswith("\t年度资金总额\t")), None)
    if idx is None:
        fail(f"{pid}: no 年度资金总额 row")
        return
    tot = lines[idx].split("\t")[2:]
    comps = [lines[i].split("\t")[2:] for i in range(idx + 1, idx + 4)]
    for col in range(3):
        t = num(tot[col]) or D(0)
        s = sum((num(c[col]) or D(0)) for c in comps)
        if t != s:
            fail(f"{pid}: funds column {col}: components {s} ≠ total {t}")
    exec_weight = num(tot[3])
    rows = [tot] + comps
    for row in rows:
        annual, spent, rate = num(row[1]), num(row[2]), row[4].strip()
        if rate in ("", "—"):
            continue
        if not annual:
            fail(f"{pid}: rate {rate} on a zero base")
            continue
        if not consistent(spent / annual * 100, NUM.search(rate).group()):
            fail(f"{pid}: funds rate {rate} ≠ {spent}/{annual}")
    exec_rate = num(tot[2]) / num(tot[1])
    exec_score_stated = tot[5].strip()
    exec_score = r2(exec_weight * min(exec_rate, D(1)))
    if D(exec_score_stated) != exec_score:
        fail(f"{pid}: execution score {exec_score_stated} ≠ {exec_score}")
    # indicator block
    h = next(i for i, l in enumerate(lines) if l.startswith("绩效指标\t一级指标"))
    weights, scores = [exec_weight], [D(exec_score_stated)]
    level1_w, level1_s = defaultdict(Decimal), defaultdict(Decimal)
    l1 = None
    i = h + 1
    while not lines[i].startswith("总分"):
        c = lines[i].split("\t")
        if c[1]:
            l1 = c[1]
        target, actual, w, s = c[4], c[5], D(c[6]), D(c[7])
        weights.append(w)
        scores.append(s)
        level1_w[l1] += w
        level1_s[l1] += s
        if not (D(0) <= s <= w):
            fail(f"{pid}: score {s} outside [0, {w}] in {c[3]}")
        expected = expected_score(target, actual, w)
        if expected == "unit":
            fail(f"{pid}: unit of target {target!r} ≠ unit of actual {actual!r}")
        elif expected is not None and r2(expected) != s:
            fail(f"{pid}: {c[3]}: score {s}, rules §5 give {r2(expected)}")
        i += 1
    total_cells = lines[i].split("\t")
    w_total, s_total = D(total_cells[6]), D(total_cells[7])
    if sum(weights) != 100 or w_total != 100:
        fail(f"{pid}: weights add to {sum(weights)}, 总分 column {w_total}")
    if sum(scores) != s_total:
        fail(f"{pid}: scores add to {sum(scores)}, stated {s_total}")
    # grade in the table area and in the text
    for m in re.finditer(r"(?:评价等级\t|自评等级：)(优秀|良好|优|良|中等|中|差)", text):
        if not grade_ok(s_total, m.group(1)):
            fail(f"{pid}: table grade {m.group(1)} vs total {s_total}")
    found = False
    for m in re.finditer(r"(\d+(?:\.\d+)?)分[，,]?(?:自评|评价)?等级为[“\"]?(优秀|良好|优|良|中等|中|差)", text):
        found = True
        if not grade_ok(m.group(1), m.group(2)):
            fail(f"{pid}: text grade {m.group(2)} vs total {m.group(1)}")
    for m in re.finditer(r"等级为“(优秀|良好|优|良|中等|中|差)”", text):
        found = True
        if not grade_ok(s_total, m.group(1)):
            fail(f"{pid}: text grade {m.group(1)} vs table total {s_total}")
    if not found:
        fail(f"{pid}: no grade sentence found")
    # every total stated in the text must be the table total (except a previous year's)
    for m in re.finditer(r"(?:总得分|自评得分|自评总分|合计得分|自评总得分)(\d+(?:\.\d+)?)分", text):
        if D(m.group(1)) != s_total and "2019年度本项目" not in text[max(0, m.start() - 12):m.start()]:
            fail(f"{pid}: text total {m.group(1)} ≠ table total {s_total}")
    return level1_w, level1_s


def parse_target(t):
    t = t.strip()
    if "前" in t or "年" in t:
        return None
    if t.startswith("≥"):
        d, body = "gte", t[1:]
    elif t.startswith("≤"):
        d, body = "lte", t[1:]
    else:
        d, body = "eq", t
    m = NUM.match(body)
    return d, D(m.group()), body[m.end():]


def expected_score(target, actual, w):
    p = parse_target(target)
    if p is None:
        return None
    d, tv, unit = p
    m = NUM.match(actual.strip())
    if not m:
        return None
    av, aunit = D(m.group()), actual.strip()[m.end():]
    if unit != aunit:
        return "unit"
    if d == "lte":
        return w if av <= tv else w * tv / av
    if tv == 0:
        return w if av <= 0 else D(0)
    return w * min(av / tv, D(1))


def check_total_tables(pid, text):
    for cfg in TOTAL_TABLES.get(pid, []):
        lines = text.split("\n")
        h = next((i for i, l in enumerate(lines) if l.startswith(cfg["header"])), None)
        if h is None:
            fail(f"{pid}: table {cfg['header']!r} not found")
            continue
        rows = []
        i = h + 1
        while not lines[i].startswith("合计"):
            rows.append(lines[i].split("\t"))
            i += 1
        total = lines[i].split("\t")
        for col in cfg["sums"]:
            s = sum(D(r[col]) for r in rows)
            if s != D(total[col]):
                fail(f"{pid}: {cfg['header']!r} column {col} adds to {s}, 合计 {total[col]}")
        for r in rows + [total]:
            for col, (a, b) in cfg["rates"].items():
                if not consistent(D(r[a]) / D(r[b]) * 100, r[col].rstrip("%")):
                    fail(f"{pid}: {r[0]} rate {r[col]} ≠ {r[a]}/{r[b]}")
            for col, (a, b) in cfg["ratios"].items():
                if not consistent(D(r[a]) / D(r[b]), r[col]):
                    fail(f"{pid}: {r[0]} ratio {r[col]} ≠ {r[a]}/{r[b]}")
            for col, (a, f) in cfg["mults"].items():
                if r is total:
                    continue
                if D(r[a]) * D(f) != D(r[col]):
                    fail(f"{pid}: {r[0]} {r[col]} ≠ {r[a]} × {f}")


def edit_ok(clean, case, kind):
    a, b = clean.split("\n"), case.split("\n")
    if len(a) != len(b):
        return "line count changed"
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if not diff:
        return "no change"
    if kind == "single" and len(diff) != 1:
        return f"{len(diff)} lines changed"
    if kind == "pair" and (len(diff) > 2 or diff[-1] - diff[0] > 1):
        return f"lines {diff} changed"
    for i in diff:
        x, y = a[i], b[i]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
            s += 1
        n = max(len(x) - p - s, len(y) - p - s)
        if n > 16:
            return f"line {i + 1}: {n} characters changed"
    return None


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    kinds = {f"{e['id']}-e{e['n']}.txt": e["kind"] for e in build.EDITS}
    code_projects = defaultdict(list)
    for rec in labels:
        text = read(rec["case"])
        clean = read(f"{rec['source']}-clean.txt")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value also in the clean draft: {v!r}")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            code_projects[exp["code"]].append(rec["source"])
        why = edit_ok(clean, text, kinds.get(rec["case"], "single"))
        if why:
            fail(f"{rec['case']}: edit size: {why}")
    numeric_codes = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                     "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                     "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                     "completion_mismatch"]
    for code in numeric_codes:
        ps = code_projects.get(code, [])
        if len(ps) < 2 or len(set(ps)) < 2:
            fail(f"code {code} used {len(ps)} times in {len(set(ps))} projects")
    for code in code_projects:
        if code not in numeric_codes:
            fail(f"unexpected code {code}")

    for pid in build.PROJECTS:
        text = read(f"{pid}-clean.txt")
        n = len(text)
        if not 2500 <= n <= 6000:
            fail(f"{pid}: clean draft has {n} characters")
        check_self_eval_table(pid, text)
        check_total_tables(pid, text)
        check_facts(pid, text)

    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} problem(s)")
        return 1
    print(f"OK: {len(labels)} cases, {sum(len(v) for v in code_projects.values())} labelled errors, "
          f"{len(code_projects)} codes, {len(build.PROJECTS)} clean drafts recomputed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
