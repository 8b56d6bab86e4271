#!/usr/bin/env python3
"""Verify the n145 set.

1. every label value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in one place (one short window);
3. each of the 13 codes occurs at least twice, each project has six error cases;
4. the arithmetic of every clean draft is redone: funds rates, component sums, balances,
   execution scores, key-project rates, totals and averages, indicator weights (sum 100), row
   scores (<= weight and the rule of rules.md §5), score totals, grade bands, completion rates,
   and the figures restated in text and tables.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ------------------------------------------------------------------ numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(s):
    m = NUM.search(str(s))
    if not m:
        raise ValueError(f"no number in {s!r}")
    return D(m.group(0).replace(",", ""))


def decimals(s):
    txt = NUM.search(str(s)).group(0)
    return len(txt.split(".")[1]) if "." in txt else 0


def ok(stated, computed):
    """rules.md §8: a stated value with d decimals is consistent iff |c - v| <= 0.5 * 10^-d."""
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - num(stated)) <= tol


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ------------------------------------------------------------------ explicit checks
def C(kind, *args, where=()):
    return (kind, args, tuple(where))


def run_checks(text, checks, tag):
    for kind, args, where in checks:
        missing = [w for w in where if w not in text]
        if missing:
            fail(f"{tag}: snippet not found: {missing[0]!r}")
            continue
        figs = [a for a in args if isinstance(a, str)] + \
            [x for a in args if isinstance(a, list) for x in a if isinstance(x, str)]
        for f in figs:
            if not any(f in w for w in where):
                fail(f"{tag}: figure {f!r} of a {kind} check is not in its snippets")
        if kind == "rate":                       # r = a / b * 100
            a, b, r = args
            if not ok(r, num(a) / num(b) * 100):
                fail(f"{tag}: rate {r} != {a} / {b}")
        elif kind == "sum":                      # total = sum(parts)
            total, parts = args
            if not ok(total, sum(num(p) for p in parts)):
                fail(f"{tag}: {total} != {' + '.join(parts)}")
        elif kind == "diff":                     # res = a - b
            res, a, b = args
            if not ok(res, num(a) - num(b)):
                fail(f"{tag}: {res} != {a} - {b}")
        elif kind == "mean":
            avg, items = args
            if not ok(avg, sum(num(i) for i in items) / len(items)):
                fail(f"{tag}: average {avg} != mean of {items}")
        elif kind == "ratio":                    # res = a / b (no percent)
            res, a, b = args
            if not ok(res, num(a) / num(b)):
                fail(f"{tag}: {res} != {a} / {b}")
        elif kind == "prod":                     # res = a * b / scale
            res, a, b, scale = args
            if not ok(res, num(a) * num(b) / num(scale)):
                fail(f"{tag}: {res} != {a} x {b} / {scale}")
        elif kind == "score":                    # execution score = w * min(rate, 100%)
            w, r, s = args
            if not ok(s, num(w) * min(num(r), D(100)) / 100):
                fail(f"{tag}: execution score {s} != {w} x {r}")
        elif kind == "grade":
            total, label = args
            if grade(num(total)) != label[0]:
                fail(f"{tag}: grade {label} does not fit {total}")
        elif kind == "drop":                     # pct = (prev - cur) / prev * 100
            prev, cur, pct = args
            if not ok(pct, (num(prev) - num(cur)) / num(prev) * 100):
                fail(f"{tag}: decrease {pct} != ({prev} - {cur}) / {prev}")
        elif kind == "sumx":                     # total = sum(figure x factor), mixed units
            total, parts = args
            for fig, _ in parts:
                if not any(fig in w for w in where):
                    fail(f"{tag}: figure {fig!r} not in its snippets")
            if not ok(total, sum(num(f) * D(k) for f, k in parts)):
                fail(f"{tag}: {total} != sum of {parts}")
        elif kind == "same":                     # one quantity restated: all snippets present
            pass
        else:
            raise ValueError(kind)
    return len(checks)


# ------------------------------------------------------------------ indicator tables
def direction(target):
    t = target.strip()
    if t[:1] in "≥>＞":
        return "gte"
    if t[:1] in "≤<＜":
        return "lte"
    if t[:1] in "=＝" or NUM.search(t):
        return "eq"
    return "qual"


def completion(target, actual):
    """Completion in % (rules.md §5), None for dates and qualitative rows."""
    d = direction(target)
    if d == "qual" or "月" in target or not NUM.search(actual):
        return None
    T, A = num(target), num(actual)
    if d == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return D(100) if A == 0 else D(0)
    return A / T * 100


def check_rows(rows, total, tag, execution=None):
    allrows = ([execution] if execution else []) + rows
    wsum = sum(num(r["weight"]) for r in allrows)
    ssum = sum(num(r["score"]) for r in allrows)
    if wsum != 100:
        fail(f"{tag}: weights add to {wsum}, not 100")
    if not ok(total, ssum):
        fail(f"{tag}: row scores add to {ssum}, total says {total}")
    for r in rows:
        w, s = num(r["weight"]), num(r["score"])
        if not 0 <= s <= w:
            fail(f"{tag}: {r['name']}: score {s} outside [0, {w}]")
        comp = completion(r["target"], r["actual"])
        if comp is None:
            if s != w:
                fail(f"{tag}: {r['name']}: met date/qualitative target without full marks")
            continue
        if not ok(r["score"], w * min(comp, D(100)) / 100):
            fail(f"{tag}: {r['name']}: score {r['score']} does not follow from completion {comp:.2f}%")
        if r.get("completion") and not ok(r["completion"], comp):
            fail(f"{tag}: {r['name']}: completion {r['completion']} != {comp:.2f}%")
    return len(allrows)


def lines_between(text, start, end):
    part = text.split(start, 1)[1].split(end, 1)[0]
    return [l for l in part.split("\n")[1:] if l.strip()]


def table_pengan(text, tag):
    rows = []
    for line in lines_between(text, "一级指标\t二级指标\t三级指标\t指标性质", "\n合计\t"):
        c = [x.strip() for x in line.split("\t")]
        rows.append({"name": c[2], "target": c[3] + c[4], "actual": c[6],
                     "weight": c[7], "score": c[8]})
    total = re.search(r"\n合计\t+100\t([\d.]+)", text).group(1)
    ex = re.search(r"\n年度资金总额\t[\d,.]+\t[\d,.]+\t[\d,.]+\t(\d+)\t[\d.]+%\t([\d.]+)", text)
    return check_rows(rows, total, tag, {"weight": ex.group(1), "score": ex.group(2)})


def table_taijiang(text, tag):
    rows = []
    for line in lines_between(text, "一级指标 二级指标 三级指标 年度指标值", "\n总分 "):
        c = line.split()
        rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6]})
    total = re.search(r"\n总分 100 ([\d.]+)", text).group(1)
    ex = re.search(r"\n年度资金总额 [\d,.]+ [\d,.]+ [\d,.]+ (\d+) [\d.]+% ([\d.]+)", text)
    return check_rows(rows, total, tag, {"weight": ex.group(1), "score": ex.group(2)})


def table_yongtai(text, tag):
    rows = []
    for line in lines_between(text, "一级指标｜二级指标｜三级指标", "\n总分｜"):
        c = line.split("｜")
        rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6]})
    m = re.search(r"\n总分｜+100｜([\d.]+)｜评价等级：(.)", text)
    if grade(num(m.group(1))) != m.group(2):
        fail(f"{tag}: table grade {m.group(2)} does not fit {m.group(1)}")
    ex = re.search(r"\n年度资金总额｜[\d,.]+｜[\d,.]+｜[\d,.]+｜(\d+)｜[\d.]+%｜([\d.]+)", text)
    return check_rows(rows, m.group(1), tag, {"weight": ex.group(1), "score": ex.group(2)})


def flat_rows(part):
    """seed-003 layout: one cell per line (tab-indented), a blank line between rows."""
    out = []
    for block in part.split("\n\n"):
        cells = [l[1:] if l.startswith("\t") else l for l in block.split("\n")]
        cells = [c for c in cells if c != "" or False]
        if len(block.strip()) == 0:
            continue
        out.append([l[1:] if l.startswith("\t") else l for l in block.strip("\n").split("\n")])
    return out


def table_qinshui(text, tag):
    part = text.split("附件1.部门整体支出绩效自评表", 1)[1].strip("\n")
    rows = []
    for c in flat_rows(part)[1:]:
        # 一级 二级 三级 权重 目标值 业绩值 完成率 得分 原因
        rows.append({"name": c[2], "weight": c[3], "target": c[4], "actual": c[5],
                     "completion": c[6], "score": c[7]})
    total = re.search(r"总得分([\d.]+)分", text).group(1)
    ex = rows[0]
    if not ok(ex["score"], num(ex["weight"]) * min(num(ex["actual"]), D(100)) / 100):
        fail(f"{tag}: execution score {ex['score']}")
    # the execution row is scored as a gte-100% row: completion = rate
    return check_rows(rows, total, tag)


def funds_qinshui(text, tag):
    """(5)=(3)-(4), (6)=(3)/(2), (7)=(4)/(2), 小计 = 中央+省+市+县, 总额 = 小计+结转+其他."""
    part = text.split("（二）预算执行情况", 1)[1].split("[bookmark", 1)[0]
    rows = {r[0]: r for r in flat_rows(part.split("\n", 2)[2]) if r and r[0]}
    n = 0
    f = lambda s: D(s) if s not in ("",) else D(0)
    for key in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = rows[key]
        n += 2
        if not ok(r[3], sum(f(x) for x in r[4:8])):
            fail(f"{tag}: {key} 小计 {r[3]} != sum of levels")
        if not ok(r[2], f(r[3]) + f(r[8]) + f(r[9])):
            fail(f"{tag}: {key} 总额 {r[2]} != 小计 + 结转 + 其他")
    for i in range(2, 10):
        b, got, spent, bal = (f(rows[k][i]) for k in ("全年预算资金", "实际到位资金", "全年执行资金", "资金结余"))
        n += 3
        if not ok(rows["资金结余"][i] or "0", got - spent):
            fail(f"{tag}: column {i} 结余 != 到位 - 执行")
        for key, numer in (("预算到位率", got), ("预算执行率(%)", spent)):
            stated = rows[key][i]
            if b == 0:
                if num(stated) != 0:
                    fail(f"{tag}: column {i} {key} {stated} on a zero base")
            elif not ok(stated, numer / b * 100):
                fail(f"{tag}: column {i} {key} {stated} != {numer / b * 100:.2f}")
    return n


def table_tongyu(text, tag):
    rows = []
    for line in lines_between(text, "| 一级指标 | 二级指标 | 三级指标", "\n| 合计 |"):
        c = [x.strip() for x in line.split("|")][1:]
        rows.append({"name": c[2], "target": c[3], "actual": c[4], "weight": c[5], "score": c[6]})
    total = re.search(r"\n\| 合计 \|[ |]*100 \| ([\d.]+) \|", text).group(1)
    ex = re.search(r"\n\| 年度资金总额 \| [\d,.]+ \| [\d,.]+ \| [\d,.]+ \| (\d+) \| [\d.]+% \| ([\d.]+) \|", text)
    return check_rows(rows, total, tag, {"weight": ex.group(1), "score": ex.group(2)})


def tasks_tongyu(text, tag):
    n = 0
    for line in lines_between(text, "| 任务名称 | 计划 | 完成 | 完成率 |", "\n\n"):
        c = [x.strip() for x in line.split("|")][1:]
        n += 1
        if not ok(c[3], num(c[2]) / num(c[1]) * 100):
            fail(f"{tag}: task {c[0]} completion {c[3]}")
    return n


def flat(*cells):
    """one row of a seed-003 style flattened table"""
    return "".join(f"\t{c}\n" for c in cells)


# ------------------------------------------------------------------ per-draft checks
P1 = [
    C("sum", "2,846.30", ["2,703.80", "142.50"], where=["年初预算2,846.30万元，其中财政拨款2,703.80万元、其他资金142.50万元"]),
    C("sum", "4,127.85", ["3,955.35", "172.50"], where=["全年预算调整为4,127.85万元，其中财政拨款3,955.35万元、其他资金172.50万元"]),
    C("sum", "4,127.85", ["812.46", "3,315.39"], where=["全年预算调整为4,127.85万元", "基本支出812.46万元、项目支出3,315.39万元"]),
    C("sum", "3,962.41", ["808.95", "3,153.46"], where=["全年实际支出3,962.41万元", "其中基本支出808.95万元", "项目支出3,153.46万元"]),
    C("rate", "3,962.41", "4,127.85", "95.99%", where=["全年预算调整为4,127.85万元", "全年实际支出3,962.41万元，预算执行率95.99%"]),
    C("diff", "165.44", "4,127.85", "3,962.41", where=["年末结转结余165.44万元", "全年预算调整为4,127.85万元", "全年实际支出3,962.41万元"]),
    C("same", where=["年度资金总额\t2,846.30\t4,127.85\t3,962.41\t10\t95.99%\t9.60", "其中：财政拨款\t2,703.80\t3,955.35\t3,790.71", "其他资金\t142.50\t172.50\t171.70"]),
    C("sum", "3,962.41", ["3,790.71", "171.70"], where=["年度资金总额\t2,846.30\t4,127.85\t3,962.41", "其中：财政拨款\t2,703.80\t3,955.35\t3,790.71", "其他资金\t142.50\t172.50\t171.70"]),
    C("rate", "3,790.71", "3,955.35", "95.84%", where=["其中：财政拨款\t2,703.80\t3,955.35\t3,790.71\t—\t95.84%"]),
    C("rate", "171.70", "172.50", "99.54%", where=["其他资金\t142.50\t172.50\t171.70\t—\t99.54%"]),
    C("score", "10", "95.99%", "9.60", where=["年度资金总额\t2,846.30\t4,127.85\t3,962.41\t10\t95.99%\t9.60"]),
    C("rate", "611.38", "620.00", "98.61%", where=["农村饮水安全工程维修养护\t620.00\t611.38\t98.61%\t96"]),
    C("rate", "1,067.25", "1,150.00", "92.80%", where=["水土保持重点工程（高桥片区）\t1,150.00\t1,067.25\t92.80%\t91"]),
    C("rate", "185.00", "185.00", "100.00%", where=["河湖长制工作经费\t185.00\t185.00\t100.00%\t98"]),
    C("rate", "88.72", "96.50", "91.94%", where=["山洪灾害防治非工程措施运行维护\t96.50\t88.72\t91.94%\t90"]),
    C("rate", "402.35", "428.60", "93.88%", where=["小型水库安全鉴定及维修养护\t428.60\t402.35\t93.88%\t93"]),
    C("sum", "2,480.10", ["620.00", "1,150.00", "185.00", "96.50", "428.60"], where=["\t合计\t2,480.10\t2,354.70\t94.94%", "\t620.00\t611.38", "\t1,150.00\t1,067.25", "\t185.00\t185.00", "\t96.50\t88.72", "\t428.60\t402.35"]),
    C("sum", "2,354.70", ["611.38", "1,067.25", "185.00", "88.72", "402.35"], where=["\t合计\t2,480.10\t2,354.70\t94.94%", "\t620.00\t611.38", "\t1,150.00\t1,067.25", "\t185.00\t185.00", "\t96.50\t88.72", "\t428.60\t402.35"]),
    C("rate", "2,354.70", "2,480.10", "94.94%", where=["\t合计\t2,480.10\t2,354.70\t94.94%"]),
    C("same", where=["全年预算合计2,480.10万元"]),
    C("mean", "93.6", ["96", "91", "98", "90", "93"], where=["5个重点项目平均得分93.6分", "98.61%\t96", "92.80%\t91", "100.00%\t98", "91.94%\t90", "93.88%\t93"]),
    C("ratio", "4.85", "611.38", "126", where=["完成维修养护126处，单处平均成本约4.85万元", "\t620.00\t611.38"]),
    C("same", where=["受益人口约8.7万人", "工程受益人口8.72万人", "万人\t8.72\t10\t10"]),
    C("rate", "16.2", "18", "90%", where=["完成水土流失综合治理16.2平方公里，完成年度目标的90%", "平方公里\t16.2", "\t18\t"]),
    C("diff", "6", "126", "120", where=["完成农村供水工程维修养护126处，超计划6处", "维修养护120处"]),
    C("sum", "97.66", ["9.60", "88.06"], where=["得9.60分；绩效指标得88.06分；自评得分97.66分"]),
    C("same", where=["\n合计\t\t\t\t\t\t\t100\t97.66\t"]),
    C("grade", "97.66", "优", where=["自评得分97.66分，自评等级为\"优\""]),
    C("rate", "12", "13", "92.31", where=["完成小型水库安全鉴定12座", "小型水库安全鉴定13座", "%\t92.31\t10\t9.23"]),
]

P2 = [
    C("sum", "3,284.15", ["3,244.15", "40.00"], where=["全年预算调整为3,284.15万元，其中当年财政拨款3,244.15万元，其他资金40.00万元，无上年结转资金"]),
    C("rate", "3,201.69", "3,284.15", "97.49%", where=["全年预算调整为3,284.15万元", "全年支出3,201.69万元，预算执行率97.49%"]),
    C("same", where=["年初预算1,936.72万元", "年度资金总额 1,936.72 3,284.15 3,201.69 10 97.49% 9.75"]),
    C("sum", "1,936.72", ["1,896.72", "0.00", "40.00"], where=["年度资金总额 1,936.72", "其中：当年财政拨款 1,896.72", "上年结转资金 0.00", "其他资金 40.00"]),
    C("sum", "3,284.15", ["3,244.15", "40.00"], where=["年度资金总额 1,936.72 3,284.15", "其中：当年财政拨款 1,896.72 3,244.15", "其他资金 40.00 40.00"]),
    C("sum", "3,201.69", ["3,161.69", "40.00"], where=["年度资金总额 1,936.72 3,284.15 3,201.69", "其中：当年财政拨款 1,896.72 3,244.15 3,161.69", "其他资金 40.00 40.00 40.00"]),
    C("rate", "3,161.69", "3,244.15", "97.46%", where=["其中：当年财政拨款 1,896.72 3,244.15 3,161.69 — 97.46% —"]),
    C("rate", "40.00", "40.00", "100.00%", where=["其他资金 40.00 40.00 40.00 — 100.00% —"]),
    C("same", where=["上年结转资金 0.00 0.00 0.00 — — —"]),
    C("score", "10", "97.49%", "9.75", where=["年度资金总额 1,936.72 3,284.15 3,201.69 10 97.49% 9.75"]),
    C("rate", "1,082.40", "1,082.40", "100.00%", where=["1 天然林保护工程（管护补助） 1,082.40 1,082.40 100.00% 96"]),
    C("rate", "881.95", "896.70", "98.36%", where=["2 新一轮退耕还林补助 896.70 881.95 98.36% 94"]),
    C("rate", "614.00", "614.00", "100.00%", where=["3 生态护林员补助 614.00 614.00 100.00% 98"]),
    C("rate", "152.46", "168.30", "90.59%", where=["4 森林防火专项 168.30 152.46 90.59% 88"]),
    C("rate", "288.61", "320.00", "90.19%", where=["5 石漠化综合治理工程 320.00 288.61 90.19% 90"]),
    C("sum", "3,081.40", ["1,082.40", "896.70", "614.00", "168.30", "320.00"], where=["5个重点项目全年预算3,081.40万元，实际支出3,019.42万元", "（管护补助） 1,082.40", "补助 896.70", "补助 614.00", "专项 168.30", "工程 320.00"]),
    C("sum", "3,019.42", ["1,082.40", "881.95", "614.00", "152.46", "288.61"], where=["5个重点项目全年预算3,081.40万元，实际支出3,019.42万元", "（管护补助） 1,082.40 1,082.40", "896.70 881.95", "614.00 614.00", "168.30 152.46", "320.00 288.61"]),
    C("mean", "93.2", ["96", "94", "98", "88", "90"], where=["平均自评得分93.2分", "100.00% 96", "98.36% 94", "100.00% 98", "90.59% 88", "90.19% 90"]),
    C("prod", "614.00", "614", "10,000", 10000, where=["选聘生态护林员614名，按每人每年10,000元标准发放补助", "3 生态护林员补助 614.00"]),
    C("sum", "2.86", ["2.46", "0.40"], where=["全年\"三公\"经费支出2.86万元", "其中公务用车运行维护费2.46万元、公务接待费0.40万元"]),
    C("drop", "4.12", "2.86", "30.58%", where=["全年\"三公\"经费支出2.86万元，比上年的4.12万元下降30.58%"]),
    C("same", where=["落实天然林管护面积42.36万亩", "天然林管护面积 ≥42.36万亩 42.36万亩"]),
    C("rate", "1.26", "1.2", "105%", where=["完成石漠化综合治理1.26万亩，完成率105%", "≥1.2万亩 1.26万亩"]),
    C("diff", "114", "1200", "1,086", where=["森林防火巡护1,086次，较年度目标少114次", "≥1200次 1086次"]),
    C("same", where=["选聘生态护林员614名", "≥600人 614人"]),
    C("same", where=["人工造林成活率82.4%", "≥85% 82.4%"]),
    C("same", where=["综合满意度88%", "≥90% 88%"]),
    C("same", where=["自评得分98.75分，评价等级为优", "总分 100 98.75"]),
    C("grade", "98.75", "优", where=["自评得分98.75分，评价等级为优"]),
]

P3 = [
    C("sum", "1,892.64", ["1,812.64", "80.00"], where=["全年预算调整为1,892.64万元，其中当年财政拨款1,812.64万元、上年结转资金80.00万元"]),
    C("rate", "1,836.05", "1,892.64", "97.01%", where=["全年预算调整为1,892.64万元", "全年支出1,836.05万元，执行率97.01%"]),
    C("sum", "1,836.05", ["1,756.05", "80.00"], where=["全年支出1,836.05万元", "其中当年财政拨款支出1,756.05万元，上年结转资金80.00万元全部支出"]),
    C("same", where=["年度资金总额｜1,568.20｜1,892.64｜1,836.05｜10｜97.01%｜9.70", "2023年年初预算1,568.20万元，全部为当年财政拨款"]),
    C("sum", "1,568.20", ["1,568.20", "0.00", "0.00"], where=["年度资金总额｜1,568.20", "其中：当年财政拨款｜1,568.20", "上年结转资金｜0.00", "其他资金｜0.00"]),
    C("sum", "1,892.64", ["1,812.64", "80.00", "0.00"], where=["年度资金总额｜1,568.20｜1,892.64", "其中：当年财政拨款｜1,568.20｜1,812.64", "上年结转资金｜0.00｜80.00", "其他资金｜0.00｜0.00"]),
    C("sum", "1,836.05", ["1,756.05", "80.00", "0.00"], where=["年度资金总额｜1,568.20｜1,892.64｜1,836.05", "其中：当年财政拨款｜1,568.20｜1,812.64｜1,756.05", "上年结转资金｜0.00｜80.00｜80.00", "其他资金｜0.00｜0.00｜0.00"]),
    C("rate", "1,756.05", "1,812.64", "96.88%", where=["其中：当年财政拨款｜1,568.20｜1,812.64｜1,756.05｜—｜96.88%｜—"]),
    C("rate", "80.00", "80.00", "100.00%", where=["上年结转资金｜0.00｜80.00｜80.00｜—｜100.00%｜—"]),
    C("same", where=["其他资金｜0.00｜0.00｜0.00｜—｜—｜—"]),
    C("score", "10", "97.01%", "9.70", where=["年度资金总额｜1,568.20｜1,892.64｜1,836.05｜10｜97.01%｜9.70"]),
    C("rate", "398.46", "412.00", "96.71%", where=["公共文化服务体系建设补助｜412.00｜398.46｜96.71%｜91"]),
    C("rate", "86.00", "86.00", "100.00%", where=["文化馆（站）免费开放｜86.00｜86.00｜100.00%｜97"]),
    C("rate", "38.25", "45.00", "85.00%", where=["第四次全国文物普查工作经费｜45.00｜38.25｜85.00%｜84"]),
    C("rate", "151.20", "168.50", "89.73%", where=["全民健身及体育赛事｜168.50｜151.20｜89.73%｜86"]),
    C("rate", "117.36", "120.00", "97.80%", where=["全域旅游宣传推介｜120.00｜117.36｜97.80%｜95"]),
    C("rate", "18.60", "18.60", "100.00%", where=["非物质文化遗产保护专项｜18.60｜18.60｜100.00%｜96"]),
    C("sum", "850.10", ["412.00", "86.00", "45.00", "168.50", "120.00", "18.60"], where=["全年预算合计850.10万元，实际支出809.87万元", "｜412.00｜", "｜86.00｜", "｜45.00｜", "｜168.50｜", "｜120.00｜", "专项｜18.60｜"]),
    C("sum", "809.87", ["398.46", "86.00", "38.25", "151.20", "117.36", "18.60"], where=["全年预算合计850.10万元，实际支出809.87万元", "｜398.46｜", "｜86.00｜86.00｜", "｜38.25｜", "｜151.20｜", "｜117.36｜", "｜18.60｜18.60｜"]),
    C("mean", "91.5", ["91", "97", "84", "86", "95", "96"], where=["6个重点项目自评得分平均91.5分", "96.71%｜91", "100.00%｜97", "85.00%｜84", "89.73%｜86", "97.80%｜95", "100.00%｜96"]),
    C("prod", "24,000", "12", "2,000", 1, where=["县级代表性传承人补助24,000元（12人，每人2,000元）"]),
    C("sumx", "18.60", [("24,000", D("0.0001")), ("16.20", 1)], where=["非物质文化遗产保护专项18.60万元全部支出，其中县级代表性传承人补助24,000元（12人，每人2,000元），非遗进校园及展演活动16.20万元"]),
    C("rate", "45.36", "48.00", "94.50%", where=["送戏下乡补助资金预算48.00万元，实际支出45.36万元，支出率94.50%"]),
    C("prod", "3,600", "45.36", 10000, "126", where=["完成送戏下乡126场", "实际支出45.36万元", "单场补助约3,600元", "≥120场｜126场", "≤3,800元/场｜3,600元/场"]),
    C("rate", "12.0", "15", "80%", where=["县图书馆全年接待读者12.0万人次，完成年度目标的80%", "≥15万人次｜12.0万人次"]),
    C("same", where=["全年免费开放306天", "≥300天｜306天"]),
    C("same", where=["举办全民健身赛事活动12场", "≥25场｜12场"]),
    C("same", where=["野外调查完成40%", "≥60%｜40%"]),
    C("same", where=["较上年增长12.6%", "≥8%｜12.6%"]),
    C("same", where=["满意度84.6%", "≥90%｜84.6%"]),
    C("sum", "89.67", ["9.70", "42.57", "28", "9.40"], where=["综合得分89.67分，其中预算执行得9.70分，产出指标得42.57分，效益指标得28分，满意度指标得9.40分"]),
    C("sum", "42.57", ["10", "5", "4.80", "3.33", "5", "4.44", "10"], where=["产出指标得42.57分", "｜126场｜10｜10｜", "｜306天｜5｜5｜", "｜12场｜10｜4.80｜", "｜40%｜5｜3.33｜", "｜0起｜5｜5｜", "｜80%｜5｜4.44｜", "｜3,600元/场｜10｜10｜"]),
    C("same", where=["总分｜｜｜｜｜100｜89.67｜评价等级：良"]),
]

P4 = [
    C("same", where=["2024年年初预算3126.40万元", "全年预算3655.78万元，资金全部到位，到位率100%", "全年执行3582.16万元，执行率97.99%"]),
    C("rate", "3582.16", "3655.78", "97.99%", where=["全年预算3655.78万元", "全年执行3582.16万元，执行率97.99%"]),
    C("rate", "1262.85", "1286.40", "98.17%", where=[flat("基本公共卫生服务项目", "1286.40", "1262.85", "98.17%", "95")]),
    C("rate", "173.54", "186.00", "93.30%", where=[flat("家庭医生签约服务", "186.00", "173.54", "93.30%", "88")]),
    C("rate", "411.60", "420.00", "98.00%", where=[flat("基层医疗卫生机构能力提升", "420.00", "411.60", "98.00%", "93")]),
    C("rate", "94.32", "96.80", "97.44%", where=[flat("农村妇女两癌筛查及妇幼健康", "96.80", "94.32", "97.44%", "96")]),
    C("rate", "57.18", "58.00", "98.59%", where=[flat("全民健身设施维护更新", "58.00", "57.18", "98.59%", "90")]),
    C("mean", "92.4", ["95", "88", "93", "96", "90"], where=[flat("平均", "", "", "", "92.4"), "\t98.17%\n\t95\n", "\t93.30%\n\t88\n", "\t98.00%\n\t93\n", "\t97.44%\n\t96\n", "\t98.59%\n\t90\n"]),
    C("diff", "12.46", "186.00", "173.54", where=["家庭医生签约服务项目全年预算186.00万元，实际支出173.54万元，结余12.46万元"]),
    C("ratio", "29.4", "411.60", "14", where=["配备DR、彩超等设备14台（套），单台（套）均价约29.4万元", "\t411.60\n"]),
    C("same", where=["完成农村适龄妇女两癌筛查8420人", "\t≥8000人\n\t8420人\n"]),
    C("same", where=["提供健康管理2.26万人", "\t≥2.1万人\n\t2.26万人\n"]),
    C("same", where=["家庭医生重点人群签约率71.6%", "\t≥75%\n\t71.6%\n"]),
    C("same", where=["高血压患者规范管理率64.8%", "\t≥62%\n\t64.8%\n"]),
    C("diff", "3.6", "64.8", "61.2", where=["高血压患者规范管理率64.8%，较上年的61.2%提高3.6个百分点"]),
    C("same", where=["县域内就诊率86.3%", "\t≥90%\n\t86.3%\n"]),
    C("same", where=["群众满意度88.7%", "\t≥90%\n\t88.7%\n"]),
    C("same", where=["人均补助标准达到94元", "\t＝94元\n\t94元\n"]),
    C("same", where=["\t预算执行率\n\t10\n\t100%\n\t97.99%\n\t97.99%\n\t9.80\n"]),
    C("grade", "98.80", "优秀", where=["总得分98.80分，属于\"优秀\""]),
]

P5 = [
    C("sum", "7,126.84", ["7,016.84", "110.00"], where=["全年预算7,126.84万元，其中当年财政拨款7,016.84万元、上年结转资金110.00万元"]),
    C("rate", "6,880.51", "7,126.84", "96.54%", where=["全年预算7,126.84万元", "全年支出6,880.51万元，预算执行率96.54%"]),
    C("same", where=["2019年年初预算3,285.60万元", "| 年度资金总额 | 3,285.60 | 7,126.84 | 6,880.51 | 10 | 96.54% | 9.65 |"]),
    C("sum", "3,285.60", ["3,285.60", "0.00"], where=["| 年度资金总额 | 3,285.60 |", "| 其中：当年财政拨款 | 3,285.60 |", "| 上年结转资金 | 0.00 |"]),
    C("sum", "7,126.84", ["7,016.84", "110.00"], where=["| 年度资金总额 | 3,285.60 | 7,126.84 |", "| 其中：当年财政拨款 | 3,285.60 | 7,016.84 |", "| 上年结转资金 | 0.00 | 110.00 |"]),
    C("sum", "6,880.51", ["6,770.51", "110.00"], where=["| 年度资金总额 | 3,285.60 | 7,126.84 | 6,880.51 |", "| 其中：当年财政拨款 | 3,285.60 | 7,016.84 | 6,770.51 |", "| 上年结转资金 | 0.00 | 110.00 | 110.00 |"]),
    C("rate", "6,770.51", "7,016.84", "96.49%", where=["| 其中：当年财政拨款 | 3,285.60 | 7,016.84 | 6,770.51 | — | 96.49% | — |"]),
    C("rate", "110.00", "110.00", "100.00%", where=["| 上年结转资金 | 0.00 | 110.00 | 110.00 | — | 100.00% | — |"]),
    C("score", "10", "96.54%", "9.65", where=["| 年度资金总额 | 3,285.60 | 7,126.84 | 6,880.51 | 10 | 96.54% | 9.65 |"]),
    C("rate", "1,638.00", "1,638.00", "100.00%", where=["| 农村危房改造补助 | 1,638.00 | 1,638.00 | 100.00% | 97 |"]),
    C("rate", "2,318.76", "2,460.00", "94.26%", where=["| 老旧小区改造 | 2,460.00 | 2,318.76 | 94.26% | 94 |"]),
    C("rate", "986.40", "1,120.00", "88.07%", where=["| 棚户区改造配套基础设施 | 1,120.00 | 986.40 | 88.07% | 88 |"]),
    C("rate", "851.35", "860.00", "98.99%", where=["| 城区供热管网改造 | 860.00 | 851.35 | 98.99% | 96 |"]),
    C("rate", "309.72", "315.00", "98.32%", where=["| 市政设施维护 | 315.00 | 309.72 | 98.32% | 93 |"]),
    C("sum", "6,393.00", ["1,638.00", "2,460.00", "1,120.00", "860.00", "315.00"], where=["全年预算6,393.00万元，实际支出6,104.23万元", "| 1,638.00 | 1,638.00 |", "| 2,460.00 |", "| 1,120.00 |", "| 860.00 |", "| 315.00 |"]),
    C("sum", "6,104.23", ["1,638.00", "2,318.76", "986.40", "851.35", "309.72"], where=["全年预算6,393.00万元，实际支出6,104.23万元", "| 1,638.00 | 1,638.00 |", "| 2,318.76 |", "| 986.40 |", "| 851.35 |", "| 309.72 |"]),
    C("mean", "93.6", ["97", "94", "88", "96", "93"], where=["平均自评得分93.6分", "100.00% | 97 |", "94.26% | 94 |", "88.07% | 88 |", "98.99% | 96 |", "98.32% | 93 |"]),
    C("prod", "16,380,000", "1,260", "1.3", D("0.0001"), where=["共发放16,380,000元，户均补助1.3万元", "农村危房改造1,260户"]),
    C("same", where=["老旧小区改造资金2,460.00万元", "| 老旧小区改造 | 2,460.00 |"]),
    C("diff", "0.7", "9.2", "8.5", where=["改造城区供热管网9.2公里，超出计划0.7公里", "| 8.5 | 9.2 |"]),
    C("diff", "28", "380", "352", where=["未完成的28套", "| 380 | 352 |"]),
    C("same", where=["棚户区改造新开工352套", "| ≥380套 | 352套 |"]),
    C("same", where=["12个老旧小区改造全部完工", "| ≥12个 | 12个 |"]),
    C("same", where=["集中供热普及率由上年的81.9%提高到83.6%", "| ≥85% | 83.6% |"]),
    C("same", where=["群众满意度91.5%。", "| ≥90% | 91.5% |"]),
    C("same", where=["自评得分99.12分", "| 合计 | | | | | 100 | 99.12 |"]),
    C("grade", "99.12", "优秀", where=["自评得分99.12分，等级为\"优秀\""]),
]

DRAFTS = {
    "pengan-slj-2021": (P1, [table_pengan]),
    "taijiang-lyj-2020": (P2, [table_taijiang]),
    "yongtai-wtlj-2023": (P3, [table_yongtai]),
    "qinshui-wjj-2024": (P4, [table_qinshui, funds_qinshui]),
    "tongyu-zjj-2019": (P5, [table_tongyu, tasks_tongyu]),
}


# ------------------------------------------------------------------ case-level checks
def one_place(clean, case, window=200):
    """True when all differing characters lie in one window of the clean text."""
    i = 0
    while i < min(len(clean), len(case)) and clean[i] == case[i]:
        i += 1
    j = 0
    while j < min(len(clean), len(case)) - i and clean[-1 - j] == case[-1 - j]:
        j += 1
    return (len(clean) - j) - i <= window and (len(case) - j) - i <= window, clean[i:len(clean) - j], case[i:len(case) - j]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ list different files")
    codes = Counter()
    per_source = Counter()
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                fail(f"{lab['case']}: {n} characters, outside 3,000-5,000")
            continue
        per_source[lab["source"]] += 1
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected must hold exactly one finding")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{lab['case']}: severity {exp['severity']}")
            if exp["value"] not in text:
                fail(f"{lab['case']}: value not found: {exp['value']!r}")
        clean = read(f"{lab['source']}-clean.txt")
        single, old, new = one_place(clean, text)
        if not single or clean == text:
            fail(f"{lab['case']}: differs from the clean draft in more than one place")
        # the first changed character must lie inside an occurrence of the labelled value
        first = next(k for k in range(len(text)) if k >= len(clean) or clean[k] != text[k])
        value = lab["expected"][0]["value"]
        spans, k = [], text.find(value)
        while k >= 0:
            spans.append((k, k + len(value)))
            k = text.find(value, k + 1)
        if not any(s <= first < e for s, e in spans):
            fail(f"{lab['case']}: the changed figure is not inside the labelled value")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    extra = set(codes) - set(CODES)
    if extra:
        fail(f"unknown codes {extra}")
    for src, n in per_source.items():
        if n != 6:
            fail(f"{src}: {n} error cases")

    total_checks = 0
    for proj, (checks, tables) in DRAFTS.items():
        text = read(f"{proj}-clean.txt")
        total_checks += run_checks(text, checks, proj)
        for fn in tables:
            total_checks += fn(text, proj)

    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, {total_checks} arithmetic checks on clean drafts")
    print("codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    if PROBLEMS:
        for p in PROBLEMS:
            print("FAIL:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
