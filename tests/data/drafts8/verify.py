"""Self-check of the drafts8 set. Pure python, no repo imports. Run: python3 verify.py"""
import json, os, re
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
fails = []
def fail(msg): fails.append(msg)
def read(name): return open(os.path.join(CASES, name), encoding="utf-8").read()

# ---------- key arithmetic of the clean drafts: (project, expression, stated text that must be in the clean draft)
# The stated number is the first number in the stated text; tolerance = half a unit of its last decimal (rules §8).
CHECKS = {
"longhui-reservoir-2021": [
 ("1296.72/1380*100", "预算执行率93.97%"), ("336.72/380*100", "执行率88.61%"), ("160/200*100", "执行率80.00%"),
 ("800+380+200", "调整后全年预算1,380.00万元"), ("800+260+200", "年初预算1,260.00万元"), ("1260+120", "调整后全年预算1,380.00万元"),
 ("1214+96+22+48", "全年预算1,380.00万元按用途"), ("800+336.72+160", "全年实际支出1,296.72万元"), ("1380-1296.72", "未支出的83.28万元"),
 ("1296.72/6", "平均投资216.12万元"), ("10*1296.72/1380", "10｜93.97%｜9.40"), ("10*11/12", "10｜9.17｜"), ("1380/1380*100", "到位率100%"),
 ("9.40+15+9.17+10+5+10+10+10+10+10", "总分｜｜｜｜｜100｜98.57"), ("9.40+89.17", "自评总分98.57分"), ("15+9.17+10+5+10+10+10+10+10", "绩效指标得分89.17分")],
"qinan-teachertrain-2019": [
 ("171.36/186*100", "预算执行率92.1%"), ("10*171.36/186", "92.1%\t10\t9.21"), ("120+66", "预算186.00万元"), ("1230+142+234", "1,606人次\t"),
 ("1606/1500*100", "107.1%"), ("142/150*100", "94.7%"), ("10*142/150", "\t9.47"), ("97.3/95*100", "102.4%"), ("64/60*100", "106.7%"), ("93.5/90*100", "103.9%"),
 ("98.40+42.60+18.36+12.00", "实际支出171.36万元"), ("984000/1230", "人均培训费用800元"), ("426000/142", "每人3,000元"), ("186-171.36", "结余14.64万元"),
 ("9.21+15+9.47+10+5+10+15+15+10", "100\t98.68"), ("10+15+10+10+5+10+15+15+10", "合计\t\t\t\t\t\t100")],
"xingtai-bussubsidy-2022": [
 ("28412560/28600000*100", "预算执行率99.34%"), ("10*28412560/28600000", "| 99.34% | 10 | 9.93"), ("26000000+2600000", "全年预算28,600,000.00元"),
 ("18600000+10000000", "全年预算28,600,000.00元"), ("19850000+6120560+2442000", "实际支出28,412,560.00元"), ("1530140*4", "免费乘车补贴6,120,560.00元"),
 ("2442000/111", "单车补贴22,000.00元"), ("28600000-28412560", "年末结余187,440.00元"), ("15*3072/3200", "| 15 | 14.40"), ("3072/3200*100", "目标值的96%"),
 ("1530140/10000", "153.01万人次"), ("2442000/111/10000", "| 2.2万元/辆"), ("9.93+10+14.40+10+5+10+10+10+10+10", "| 100 | 99.33"), ("9.93+10+14.40+10+5+10+10+10+10+10", "得分99.33分")],
"yangshuo-tourtoilet-2020": [
 ("15*22", "计330.00万元"), ("12*10", "计120.00万元"), ("330+120", "合计450.00万元"), ("300+150", "项目资金450.00万元"), ("300+135", "到位435.00万元"),
 ("435/450*100", "到位率96.67%"), ("300+118.5", "实际支出418.50万元"), ("418.5/450*100", "执行率为93.00%"), ("435-418.5", "未支出资金16.50万元"),
 ("300/15", "单座补助20万元"), ("96/90*100", "106.67%"), ("276/300*100", "92.00%"), ("94/90*100", "104.44%"), ("300-276", "少24个"),
 ("10*418.5/450", "预算执行得分9.30分"), ("15+10+10+5*0.6+10", "产出指标得分48分"), ("10+10*276/300+10", "效益指标得分29.2分"),
 ("9.30+48+29.2+10", "总分96.50分")],
"jianou-funeral-2023": [
 ("96+60+156", "年初预算312.00万元"), ("298.44/312*100", "预算执行率95.65%"), ("2416*800/10000", "支出193.28万元"), ("358*1500/10000", "支出53.70万元"),
 ("193.28+53.70+51.46", "实际支出298.44万元"), ("51.46/3", "平均每个17.15万元"), ("312-298.44", "未支出的13.56万元"), ("358/400*100", "目标的89.50%"),
 ("10*358/400", "得8.95分"), ("10*298.44/312", "预算执行得分9.57分"), ("50-10+8.95", "产出指标得分48.95分"), ("9.57+48.95+30+10", "自评总分98.52分")],
"lishu-familydoctor-2024": [
 ("252+84+84", "预算420.00万元"), ("396.90/420*100", "预算执行率94.50%"), ("52900*60/10000", "服务费317.40万元"), ("317.40+24.50+55.00", "全年支出396.90万元"),
 ("420-396.90", "结余23.10万元"), ("10*396.90/420", "| 10 | 9.45"), ("10*61.1/65", "| 10 | 9.40"), ("317.40*10000/52900", "| 60元 |"),
 ("9.45+15+10+10+5+10+9.40+10+10+10", "| 100 | 98.85"), ("9.45+15+10+10+5+10+9.40+10+10+10", "总分98.85分")],
"haining-rdsubsidy-2025": [
 ("1600+250", "调整后预算为1,850.00万元"), ("600+1250", "调整后预算为1,850.00万元"), ("1480+356.5", "补助1,836.50万元"), ("1836.5/1850*100", "执行率99.27%"),
 ("1480/185", "户均8.00万元"), ("1850-1836.5", "未兑付的13.50万元"), ("8.00+5.50", "未兑付的13.50万元"), ("185+361", "| 546家"), ("546/520*100", "105.00%"),
 ("18/20*100", "90.00%"), ("34.7/32*100", "108.44%"), ("812/900*100", "90.22%"), ("3.4/3.2*100", "106.25%"), ("96.3/90*100", "107.00%"),
 ("10*1836.5/1850", "依次为9.93分"), ("15+10*18/20+10+5+10", "、49分"), ("10+10*812/900+10", "29.02分"), ("9.93+49+29.02+10", "合计97.95分"),
 ("10+15+10+10+5+10+10+10+10+10", "| | | | 100"), ("15+10+10+5+10", "产出指标分值50分")],
"ningcheng-correction-2018": [
 ("(312+298+305+289)/4", "平均301人"), ("86+6.4", "全年预算92.40万元"), ("40+12.4+40", "全年预算92.40万元"), ("90.18/92.4*100", "预算执行率97.60%"),
 ("92.4-90.18", "结余2.22万元"), ("38.60+21.38+14.20+16.00", "全年支出90.18万元，具体"), ("142000/355", "人均400元"), ("10*90.18/92.4", "｜10｜9.76"),
 ("1/301*100", "重新犯罪率0.33%"), ("10*0.2/0.33", "得6.06分"), ("9.76+10+10+6.06+10+10+15+15+10", "｜｜｜100｜95.82"), ("9.76+10+10+6.06+10+10+15+15+10", "自评得分95.82分")],
"jiexiu-specialequip-2020": [
 ("60+36+60", "全年预算数\t(2)\t156.00"), ("60+36+54", "实际到位数\t(3)\t150.00"), ("60+34.68+48", "实际支出数\t(4)\t142.68"),
 ("150-142.68", "(5)=(3)-(4)\t7.32"), ("36-34.68", "0.00\t1.32"), ("54-48", "1.32\t6.00"), ("150/156*100", "(6)=(3)/(2)\t96.15"), ("54/60*100", "100.00\t90.00"),
 ("142.68/156*100", "(7)=(4)/(2)\t91.46"), ("34.68/36*100", "100.00\t96.33"), ("48/60*100", "96.33\t80.00"), ("10*142.68/156", "91.46%\t10\t9.15"),
 ("2586/2400*100", "107.75%"), ("648/620*100", "104.52%"), ("10/12*100", "83.33%"), ("5*10/12", "5\t4.17"), ("1426800/2586", "551.74元\t"),
 ("97.2/95*100", "102.32%"), ("92.5/90*100", "102.78%"), ("9.15+15+10+10+4.17+10+15+15+10", "100\t98.32"), ("9.15+15+10+10+4.17+10+15+15+10", "总得分98.32分")],
"hanyuan-geohazard-2022": [
 ("420+180+80", "年初预算680.00万元"), ("680+65.6", "全年预算745.60万元"), ("701.26/745.6*100", "预算执行率94.05%"), ("412.36+126.50+57.24+105.16", "实际支出701.26万元"),
 ("318*1800/10000", "群测群防员补助57.24万元"), ("745.6-701.26", "尚未支出的44.34万元"), ("5*93/95", "5｜4.89"), ("10*701.26/745.6", "94.05｜10｜9.41"),
 ("15+10+10+10+5+10", "产出指标60分"), ("15+10+5", "效益指标30分"), ("9.41+15+10+10+10+5+10+15+10+4.89", "｜100｜99.30"), ("9.41+15+10+10+10+5+10+15+10+4.89", "自评总分99.30分")],
}
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
def close(expr, stated_num):
    v = D(stated_num.replace(",", "")); d = -v.as_tuple().exponent if "." in stated_num else 0
    c = D(repr(eval(expr, {"__builtins__": {}})))
    return abs(c - v) <= D(5).scaleb(-d - 1) + D("1e-9"), c
def band(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"

labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
sources = sorted({l["source"] for l in labels})
for pid in sources:
    clean = read(pid + "-clean.txt")
    for expr, stated in CHECKS.get(pid, []):
        if clean.count(stated) < 1: fail(f"{pid}: stated text not in clean: {stated!r}"); continue
        num = NUM.findall(stated)[-1]  # the checked number is the last number of the stated text
        ok, c = close(expr, num)
        if not ok: fail(f"{pid}: {expr} = {c} but stated {num} in {stated!r}")
    # figures: weights, scores, totals, grade
    fig = json.load(open(os.path.join(HERE, "figures", pid + ".json"), encoding="utf-8"))
    for k in ("project_name", "year"):
        if k not in fig: fail(f"{pid}: figures lacks {k}")
    if not isinstance(fig["year"], int): fail(f"{pid}: year not int")
    if str(fig["year"]) not in pid: fail(f"{pid}: year differs from id")
    inds = fig.get("indicators", [])
    ws = [i["weight"] for i in inds if "weight" in i]
    if fig.get("level_weights"): ws = list(fig["level_weights"].values())
    if round(sum(ws), 6) != 100: fail(f"{pid}: weights sum {sum(ws)}")
    scores = [i["score"] for i in inds if "score" in i]
    if fig.get("level_scores"): scores = list(fig["level_scores"].values())
    if abs(sum(scores) - fig["total_score"]) > 0.005: fail(f"{pid}: scores {sum(scores)} != total {fig['total_score']}")
    for i in inds:
        if "score" in i and "weight" in i and not (0 <= i["score"] <= i["weight"]): fail(f"{pid}: score above weight {i['name']}")
        # gte/lte rule for parsable quantitative rows
        t, a = i.get("target", ""), i.get("actual", "")
        mt, ma = NUM.search(t), NUM.search(a)
        if "score" in i and mt and ma and ("年" not in t):
            T, A = float(mt.group(0).replace(",", "")), float(ma.group(0).replace(",", ""))
            w = i["weight"]
            if t.startswith("≤"): exp = w if A <= T else w * T / A
            elif T == 0: exp = w if A <= 0 else 0
            else: exp = w * min(A / T, 1)
            if abs(exp - i["score"]) > 0.005 + 1e-9: fail(f"{pid}: row {i['name']} score {i['score']} expected {exp:.4f}")
    if not fig["grade"].startswith(band(fig["total_score"])): fail(f"{pid}: grade {fig['grade']} vs total {fig['total_score']}")
    if f"{fig['total_score']:.2f}" not in clean: fail(f"{pid}: total {fig['total_score']:.2f} not in clean")
    b = fig.get("budget", {})
    if "spent" in b and "annual" in b and b["spent"] > b["annual"]: fail(f"{pid}: spent > annual")
    if fig.get("sources") and abs(sum(fig["sources"].values()) - b["annual"]) > 1e-6: fail(f"{pid}: sources != annual")
    comp = fig.get("components")
    if isinstance(comp, dict):
        tot = round(sum(comp.values()), 6)
        if tot not in (round(b["annual"], 6), round(b["spent"], 6)): fail(f"{pid}: components {tot}")

# ---------- labels
for l in labels:
    case = read(l["case"]); clean = read(l["source"] + "-clean.txt")
    if l["clean"]:
        if l["expected"] or case != clean: fail(f"{l['case']}: clean label broken")
        continue
    if len(l["expected"]) != 1: fail(f"{l['case']}: expected must have one entry")
    p = 0
    while p < min(len(case), len(clean)) and case[p] == clean[p]: p += 1
    s = 0
    while s < min(len(case), len(clean)) - p and case[-1 - s] == clean[-1 - s]: s += 1
    old, new = clean[p:len(clean) - s], case[p:len(case) - s]
    if not new and not old: fail(f"{l['case']}: identical to clean")
    if max(len(old), len(new)) > 16 or "\n" in old or "\n" in new: fail(f"{l['case']}: edit too long or spans lines: {old!r} -> {new!r}")
    for e in l["expected"]:
        v = e["value"]
        if case.count(v) != 1: fail(f"{l['case']}: value occurs {case.count(v)}x")
        if v in clean: fail(f"{l['case']}: value occurs in clean")
        i = case.find(v)
        if not (i < len(case) - s and i + len(v) > p): fail(f"{l['case']}: value does not cover the edit")
        if e["severity"] != "error" or e["code"] == "figure_mismatch": fail(f"{l['case']}: bad code/severity")

from collections import Counter
cnt = Counter(e["code"] for l in labels for e in l["expected"])
for code in ["rate_mismatch", "sum_mismatch", "balance_mismatch", "weight_sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
             "grade_mismatch", "conflicting_values", "average_mismatch", "completion_mismatch", "implausible_rate", "unit_mismatch", "year_mismatch"]:
    if cnt[code] < 2: fail(f"code {code} only {cnt[code]}x")
print(dict(cnt), "cases:", len(labels))
print("\n".join(fails) if fails else "OK")
raise SystemExit(1 if fails else 0)
