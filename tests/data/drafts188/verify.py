#!/usr/bin/env python3
"""Check n188: label values occur in their cases, each error case differs from its clean draft in one place,
and the arithmetic of every clean draft holds (tables rebuilt generically, prose figures listed per draft)."""
import json, os, re, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
errors = []


def fail(msg):
    errors.append(msg)


def num(s):
    m = re.findall(r"-?\d[\d,]*(?:\.\d+)?", s)
    if not m:
        raise ValueError(s)
    return m[-1].replace(",", "")


def close(stated, computed):
    """rules.md §8: consistent iff |c - v| <= 0.5 * 10^-d."""
    d = len(stated.split(".")[1]) if "." in stated else 0
    return abs(Decimal(str(computed)) - Decimal(stated)) <= Decimal("0.5") * Decimal(10) ** -d + Decimal("1e-9")


def fact(name, text, sub, computed):
    if text.count(sub) < 1:
        fail(f"{name}: missing {sub!r}")
        return
    v = num(sub)
    if not close(v, computed):
        fail(f"{name}: {sub!r} states {v}, computed {computed}")


def grade(total):
    t = Decimal(str(total))
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_table(name, text, grade_sub):
    lines = text.splitlines()
    ex = [l for l in lines if l.startswith("年度资金总额｜")]
    ind = [l for l in lines if l.split("｜")[0] in ("产出指标", "效益指标", "满意度指标")]
    tot = [l for l in lines if l.split("｜")[0] in ("总分", "合计")]
    if not (len(ex) == 1 and ind and len(tot) == 1):
        fail(f"{name}: table not found")
        return None
    c = ex[0].split("｜")
    budget, spent, w_ex, rate, s_ex = Decimal(c[2]), Decimal(c[3]), Decimal(c[4]), num(c[5]), Decimal(c[6])
    r = spent / budget * 100
    if not close(rate, r):
        fail(f"{name}: execution rate {rate} vs {r}")
    if not close(str(s_ex), w_ex * min(r, Decimal(100)) / 100) and not close(str(s_ex), w_ex * Decimal(rate) / 100):
        fail(f"{name}: execution score {s_ex}")
    # component rows 其中 … must add up column by column
    comp = []
    i = lines.index(ex[0]) + 1
    while i < len(lines) and "｜" in lines[i] and not lines[i].startswith(("年度总体目标", "一级指标")):
        comp.append(lines[i].split("｜"))
        i += 1
    for col in (1, 2, 3):
        s = sum(Decimal(x[col]) for x in comp)
        if s != Decimal(c[col]):
            fail(f"{name}: components col {col} sum {s} != {c[col]}")
    for x in comp:  # component rates
        if x[5] not in ("—",) and Decimal(x[2]) > 0:
            if not close(num(x[5]), Decimal(x[3]) / Decimal(x[2]) * 100):
                fail(f"{name}: component rate {x}")
        if Decimal(x[2]) == 0 and x[5] != "—":
            fail(f"{name}: rate on zero base {x}")
    weights, scores = w_ex, s_ex
    for l in ind:
        cells = l.split("｜")
        w, s = Decimal(cells[-3]), Decimal(cells[-2])
        if s > w or s < 0:
            fail(f"{name}: score above weight {l}")
        weights += w
        scores += s
        tgt, act = cells[3], cells[4]
        # units: same unit after the number
        ut = re.sub(r"[≥≤＝=\d.,\s]", "", tgt)
        ua = re.sub(r"[≥≤＝=\d.,\s]", "", act)
        if ut != ua:
            fail(f"{name}: unit {tgt} vs {act}")
        T, A = Decimal(num(tgt)), Decimal(num(act))
        if tgt.startswith("≤"):
            comp_rate = Decimal(100) if A <= T else T / A * 100
        elif T == 0:
            comp_rate = Decimal(100) if A <= 0 else Decimal(0)
        else:
            comp_rate = A / T * 100
        exp_s = w * min(comp_rate, Decimal(100)) / 100
        if not close(str(s), exp_s):
            fail(f"{name}: score {s} vs rule {exp_s} in {l}")
        if len(cells) == 9:  # table with a 完成率 column
            if not close(num(cells[5]), comp_rate):
                fail(f"{name}: completion {cells[5]} vs {comp_rate}")
    tc = tot[0].split("｜")
    if Decimal(tc[-3]) != weights or weights != 100:
        fail(f"{name}: weights {weights} vs {tc[-3]}")
    if Decimal(tc[-2]) != scores:
        fail(f"{name}: scores {scores} vs total {tc[-2]}")
    if grade(scores) not in grade_sub or grade_sub not in text:
        fail(f"{name}: grade {grade_sub!r} vs {grade(scores)}")
    return scores


def clean_checks():
    def T(src):
        return open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()

    n = "youxian-tekun-2021"; t = T(n)
    tot = check_table(n, t, "评价等级为“优”")
    fact(n, t, "自评总分98.89分", tot)
    fact(n, t, "纳入救助供养的特困人员3,412人", 618 + 2794)
    fact(n, t, "每人每年5,640元", 470 * 12)
    fact(n, t, "全年预算2,100.00万元", Decimal("1856.40") + Decimal("243.60"))
    fact(n, t, "全年预算2,100.00万元", Decimal("1620.00") + Decimal("480.00"))
    fact(n, t, "全年实际支出2,058.72万元", Decimal("1712.36") + Decimal("214.80") + Decimal("131.56"))
    fact(n, t, "预算执行率98.03%", Decimal("2058.72") / 2100 * 100)
    fact(n, t, "年末结余41.28万元", Decimal("2100.00") - Decimal("2058.72"))
    fact(n, t, "完成率103.39%", Decimal(3412) / 3300 * 100)
    fact(n, t, "按月发放及时率91.67%", Decimal(11) / 12 * 100)
    fact(n, t, "集中供养率47.20%", Decimal(59) / 125 * 100)
    fact(n, t, "满意度94.59%", Decimal(280) / 296 * 100)
    fact(n, t, "供养3412人", 3412)

    n = "wenshang-liangbu-2023"; t = T(n)
    tot = check_table(n, t, "评价等级为“优”")
    fact(n, t, "自评总分99.88分", tot)
    fact(n, t, "预算执行率得9.94分", Decimal("9.94"))
    fact(n, t, "产出指标得50分", 10 * 5)
    fact(n, t, "效益指标得29.94分", Decimal("14.94") + 15)
    fact(n, t, "全年预算1,326.00万元", Decimal("795.60") + Decimal("132.60") + Decimal("397.80"))
    fact(n, t, "实际发放残疾人两项补贴1,318.44万元", Decimal("689.94") + Decimal("628.50"))
    fact(n, t, "预算执行率99.43%", Decimal("1318.44") / Decimal("1326.00") * 100)
    fact(n, t, "年末未支出资金7.56万元", Decimal("1326.00") - Decimal("1318.44"))
    fact(n, t, "平均满意度95.20%", (Decimal("96.0") + Decimal("94.5") + Decimal("97.0") + Decimal("95.5") + Decimal("93.0")) / 5)
    fact(n, t, "停发各类对象420人", 188 + 232)
    fact(n, t, "为4,826名困难残疾人", 4702 + 312 - 188)
    fact(n, t, "为6,153名重度残疾人", 5980 + 405 - 232)
    fact(n, t, "护理补贴发放人数｜≥6000人｜6153人", 6153)

    n = "huachi-mzjbumen-2020"; t = T(n)
    tot = check_table(n, t, "自评等级｜优")
    fact(n, t, "自评总分99.37分", tot)
    for sub in ("等级为优", "预算执行率得9.79分"):
        if sub not in t:
            fail(f"{n}: missing {sub}")
    fact(n, t, "产出指标得49.85分", 40 + Decimal("9.85"))
    fact(n, t, "效益指标得29.73分", Decimal("9.73") + 20)
    fact(n, t, "年初预算2,864.50万元", Decimal("612.30") + Decimal("2252.20"))
    fact(n, t, "全年预算调整为3,218.70万元", Decimal("618.90") + Decimal("2599.80"))
    fact(n, t, "全年支出3,152.36万元", Decimal("618.90") + Decimal("2533.46"))
    fact(n, t, "预算执行率97.94%", Decimal("3152.36") / Decimal("3218.70") * 100)
    fact(n, t, "项目支出执行率97.45%", Decimal("2533.46") / Decimal("2599.80") * 100)
    fact(n, t, "项目支出2,533.46万元", Decimal("1684.20") + Decimal("286.50") + Decimal("176.36") + Decimal("386.40"))
    fact(n, t, "年末未支出66.34万元", Decimal("3218.70") - Decimal("3152.36"))
    fact(n, t, "年末未支出66.34万元", Decimal("2599.80") - Decimal("2533.46"))
    fact(n, t, "困境儿童812人", 18 + 57 + 213 + 524)
    fact(n, t, "季度平均509人次", Decimal(512 + 498 + 506 + 520) / 4)
    fact(n, t, "核定编制36名", 22 + 14)

    n = "shanggao-binzang-2024"; t = T(n)
    s = {"ex": Decimal("8.57"), "out": 15 + Decimal("6.67") + 10 + Decimal("9.68") + 5,
         "ben": Decimal("6.89") + 10 + 7, "sat": Decimal(10)}
    fact(n, t, "全年预算480.00万元", Decimal("420.00") + Decimal("60.00"))
    fact(n, t, "全年预算480.00万元", Decimal("180.00") + Decimal("300.00"))
    fact(n, t, "全年实际支出411.36万元", Decimal("280.44") + Decimal("94.40") + Decimal("36.52"))
    fact(n, t, "预算执行率85.70%", Decimal("411.36") / 480 * 100)
    fact(n, t, "得8.57分", 10 * Decimal("411.36") / 480)
    fact(n, t, "执行率87.64%", Decimal("280.44") / 320 * 100)
    fact(n, t, "年末结余68.64万元", Decimal("480.00") - Decimal("411.36"))
    fact(n, t, "完成率108.50%", Decimal(1302) / 1200 * 100)
    fact(n, t, "得6.67分", 10 * Decimal(4) / 6)
    fact(n, t, "得9.68分", 10 * Decimal(92) / 95)
    fact(n, t, "整治完成率62.00%", Decimal(1147) / 1850 * 100)
    fact(n, t, "得6.89分", 10 * Decimal(62) / 90)
    fact(n, t, "产出指标合计得46.35分", s["out"])
    fact(n, t, "效益指标合计得23.89分", s["ben"])
    fact(n, t, "产出指标得46.35分", s["out"])
    fact(n, t, "效益指标得23.89分", s["ben"])
    total = sum(s.values())
    fact(n, t, "自评总分88.81分", total)
    fact(n, t, "提高1.2个百分点", Decimal("96.80") - Decimal("95.60"))
    if t.count("1,302例") != 2 or grade(total) != "良" or "评价等级为良" not in t:
        fail(f"{n}: 1,302 / grade")
    w = 15 + 10 + 10 + 10 + 5 + 10 + 10 + 10 + 10 + 10
    if w != 100:
        fail(f"{n}: weights {w}")

    n = "qianguo-yanglaozhan-2019"; t = T(n)
    tot = check_table(n, t, "评价等级为优秀")
    fact(n, t, "自评得分97.55分", tot)
    fact(n, t, "全年实际支出123.80万元", Decimal("84.20") + Decimal("12.00") + Decimal("27.60"))
    fact(n, t, "预算执行率96.72%", Decimal("123.80") / 128 * 100)
    fact(n, t, "执行率97.91%", Decimal("84.20") / 86 * 100)
    fact(n, t, "执行率92.00%", Decimal("27.60") / 30 * 100)
    fact(n, t, "年末结余4.20万元", Decimal("128.00") - Decimal("123.80"))
    fact(n, t, "全年预算调整为128.00万元", 98 + 30)
    fact(n, t, "年初预算98.00万元", 86 + 12)
    fact(n, t, "完成率121.60%", Decimal(36480) / 30000 * 100)
    fact(n, t, "考核合格率92.86%", Decimal(13) / 14 * 100)
    fact(n, t, "拨付及时率83.33%", Decimal(10) / 12 * 100)
    fact(n, t, "正常运营的社区养老服务站14个", 10 + 4)
    fact(n, t, "全年为862名老年人", 862)


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    clean_checks()
    codes = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean with expected findings")
            continue
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: not exactly one label")
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["value"] not in text:
                fail(f"{lab['case']}: value {e['value']!r} not found")
            if e["value"] in clean:
                fail(f"{lab['case']}: value {e['value']!r} also in the clean draft")
        # one place: common prefix + suffix leave a short differing middle
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        q = 0
        while q < min(len(text), len(clean)) - p and text[-1 - q] == clean[-1 - q]:
            q += 1
        mid_c, mid_t = clean[p:len(clean) - q], text[p:len(text) - q]
        if text == clean or len(mid_c) > 120 or len(mid_t) > 120:
            fail(f"{lab['case']}: differs in more than one place ({mid_c!r} -> {mid_t!r})")
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in need:
        if codes.get(c, 0) < 2:
            fail(f"code {c} occurs {codes.get(c, 0)} times")
    for f in os.listdir(CASES):
        if f.endswith("-clean.txt"):
            L = len(open(os.path.join(CASES, f), encoding="utf-8").read())
            if not 3000 <= L <= 9000:
                fail(f"{f}: length {L}")
    if len(labels) != 35:
        fail(f"{len(labels)} labels")
    for e in errors:
        print("FAIL", e)
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
