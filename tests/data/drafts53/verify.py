#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, and the arithmetic of every clean draft.

Arithmetic checks (run on each clean draft; each error case must fail at least one of them):
funds table (小计 = 中央+省级+市级+县级 per row, 结余 = 到位 - 支出, 到位率, 执行率, '—' on a zero base),
indicator table (completion and score of every row by rules.md §5, weights to 100, scores to the
stated total, 一级 subtotals in the conclusion, grade band) and per-project text claims
(sums of enumerations, averages, rates, balances, years) listed in CLAIMS.
"""
import difflib, json, os, re, sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
SEP = re.compile(r" {2,}")


def dec(s):
    m = re.search(r"\d+(?:\.\d+)?", s)
    return None if m is None else D(m.group(0))


def ndec(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1) or "") if m else 0


def close(stated_str, computed):
    v = dec(stated_str)
    tol = D(5) * D(10) ** (-ndec(stated_str) - 1) + D("1e-9")
    return abs(v - computed) <= tol


def r2(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def funds(text, err):
    lines = text.splitlines()
    i = [k for k, l in enumerate(lines) if l.startswith("项目  小计  中央  省级  市级  县级")]
    if len(i) != 1:
        err.append("funds header"); return {}
    rows = {}
    for l in lines[i[0] + 1:]:
        c = SEP.split(l.strip())
        if len(c) != 6:
            break
        rows[c[0]] = c[1:]
    for name in ("年初预算", "全年预算", "实际到位", "实际支出", "结余"):
        if name not in rows:
            continue
        v = [D(x) for x in rows[name]]
        if v[0] != sum(v[1:]):
            err.append("funds %s: 小计 %s != %s" % (name, v[0], sum(v[1:])))
    bud = [D(x) for x in rows["全年预算"]]
    got = [D(x) for x in rows["实际到位"]]
    spent = [D(x) for x in rows["实际支出"]]
    if "结余" in rows:
        for k, x in enumerate(rows["结余"]):
            if D(x) != got[k] - spent[k]:
                err.append("funds 结余 col %d" % k)
    for name, num in (("到位率", got), ("执行率", spent)):
        for k, x in enumerate(rows[name]):
            if bud[k] == 0:
                if x != "—":
                    err.append("funds %s col %d on zero base: %s" % (name, k, x))
            elif x == "—" or not close(x, num[k] / bud[k] * 100):
                err.append("funds %s col %d: %s vs %s" % (name, k, x, num[k] / bud[k] * 100))
    for k in range(5):
        if not (spent[k] <= got[k] <= bud[k]):
            err.append("funds ordering col %d" % k)
    return {"budget": bud[0], "got": got[0], "spent": spent[0]}


def unit(s):
    return re.sub(r"[≥≤=＝\d.]", "", s)


def indicators(text, err, fund):
    lines = text.splitlines()
    i = [k for k, l in enumerate(lines) if l.startswith("一级指标  二级指标  三级指标")]
    if len(i) != 1:
        err.append("indicator header"); return
    wsum = ssum = D(0)
    level = {}
    total = None
    for l in lines[i[0] + 1:]:
        c = SEP.split(l.strip())
        if c[0] == "合计":
            total = (D(c[1]), c[2]); break
        first = c[0]
        target, actual, comp, w, s = c[-6], c[-5], c[-4], D(c[-3]), c[-2]
        if first == "预算执行":
            pct = fund["spent"] / fund["budget"] * 100
            if not close(actual, pct): err.append("exec actual %s" % actual)
            cmp_ = pct
        elif "年" in target and "日" in target:
            cmp_ = D(100)  # date targets: checked below
            td = [int(x) for x in re.findall(r"\d+", target)]
            ad = [int(x) for x in re.findall(r"\d+", actual)]
            if not ad <= td: err.append("date late %s" % l)
        else:
            if unit(target) != unit(actual):
                err.append("unit %s vs %s" % (target, actual)); continue
            T, A = dec(target), dec(actual)
            if target.startswith("≤"):
                cmp_ = D(100) if A <= T else T / A * 100
            elif target.startswith("=") and T == 0:
                cmp_ = D(100) if A == 0 else D(0)
            else:
                cmp_ = A / T * 100
        if not close(comp, cmp_):
            err.append("completion %s: %s vs %s" % (c[-7], comp, cmp_))
        score = r2(w * min(cmp_, D(100)) / 100)
        score2 = r2(w * min(dec(comp), D(100)) / 100)
        if dec(s) > w: err.append("score exceeds weight %s" % c[-7])
        if not (close(s, score) or close(s, score2)):
            err.append("score %s: %s vs %s" % (c[-7], s, score))
        wsum += w; ssum += dec(s)
        lv = {"预算执行": "预算执行", "产出指标": "产出指标", "效益指标": "效益指标", "满意度指标": "满意度指标"}[first]
        a = level.setdefault(lv, [D(0), D(0)]); a[0] += w; a[1] += dec(s)
    if total is None:
        err.append("no total"); return
    if wsum != 100 or total[0] != 100: err.append("weights sum %s" % wsum)
    if ssum != dec(total[1]): err.append("scores sum %s vs %s" % (ssum, total[1]))
    # conclusion sentences
    concl = text[text.index("自评结论"):]
    for lv, key in (("预算执行", "预算执行"), ("产出指标", "产出指标"), ("效益指标", "效益指标"), ("满意度指标", "满意度")):
        m = re.search(key + r"[^0-9]{0,12}?(?:分值\d+分，)?得分([\d.]+)分", concl)
        if not m or D(m.group(1)) != level[lv][1]:
            err.append("conclusion %s %s vs %s" % (lv, m and m.group(1), level[lv][1]))
    m = re.search(r"(?:总得分|合计)([\d.]+)分", concl)
    if not m or D(m.group(1)) != dec(total[1]): err.append("conclusion total")
    tot = dec(total[1])
    band = "优" if tot >= 90 else "良" if tot >= 80 else "中" if tot >= 60 else "差"
    g = re.findall(r"等级为“(.)”", text)
    if g != [band]: err.append("grade %s vs %s" % (g, band))


# text claims: (substring that must occur in the case, stated figure inside it, computed value)
Q = D
CLAIMS = {
 "zongyang-dikerepair-2020": [
  ("到位率96.57%", "96.57", Q(676) / 700 * 100),
  ("预算执行率93.92%", "93.92", Q("657.44") / 700 * 100),
  ("提高5.56个百分点", "5.56", Q("93.92") - Q("88.36")),
  ("结余资金18.5600万元", "18.5600", Q(676) - Q("657.44")),
  ("尚有24.0000万元未到位", "24.0000", Q(700) - 676),
  ("共计追加580.0000万元", "580.0000", Q(380) + 150 + 50),
  ("全年预算为700.0000万元", "700.0000", Q(120) + 580),
  ("实际支出共计657.4400万元", "657.4400", Q("412.36") + Q("168.52") + Q("76.56")),
  ("其中圩堤水毁修复412.3600万元", "412.3600", Q("412.36")),
  ("平均每处0.5615公里", "0.5615", Q("14.6") / 26),
  ("平均每座12.9631万元", "12.9631", Q("168.52") / 13),
  ("涵闸9座、泵站4座", "9", Q(13) - 4),
  ("39处（座）", "39", Q(26) + 13),
  ("平均为94.50%", "94.50", (Q("93.6") + Q("95.2") + Q("94.7")) / 3),
  ("到位96.0000万元，到位率80.00%", "80.00", Q(96) / 120 * 100),
  ("县级资金执行率仅为75.13%", "75.13", Q("90.154") / 120 * 100),
  ("实际支出657.4400万元，预算执行率", "657.4400", Q("657.44")),
  ("截至2020年12月31日，项目资金", "2020", Q(2020)),
 ],
 "yugan-floodreserve-2022": [
  ("年初预算共计110.0000万元", "110.0000", Q(30) + 80),
  ("年中追加90.0000万元", "90.0000", Q(60) + 15 + 15),
  ("全年预算200.0000万元", "200.0000", Q(110) + 90),
  ("预算执行率93.34%", "93.34", Q("186.687") / 200 * 100),
  ("结余13.3130万元", "13.3130", Q(200) - Q("186.687")),
  ("全年支出共计186.6870万元", "186.6870", Q("98.456") + Q("52.331") + Q("21.9") + 14),
  ("全年实际支出186.6870万元，基本", "186.6870", Q("186.687")),
  ("单价1.20元，计7.2000万元", "7.2000", Q(60000) * Q("1.20") / 10000),
  ("单价185元，计22.2000万元", "22.2000", Q(1200) * 185 / 10000),
  ("每艘11.7000万元，计46.8000万元", "46.8000", Q("11.7") * 4),
  ("等22.2560万元", "22.2560", Q("98.456") - Q("7.2") - Q("22.2") - Q("46.8")),
  ("占下达抗旱专项55.0000万元的95.15%", "95.15", Q("52.331") / 55 * 100),
  ("满意度88.00%", "88.00", Q(220) / 250 * 100),
  ("县级资金执行率85.59%", "85.59", Q("68.472") / 80 * 100),
 ],
 "nanxian-pumpstation-2023": [
  ("年初预算共计220.0000万元", "220.0000", Q(120) + 100),
  ("调整后全年预算300.0000万元", "300.0000", Q(220) + 60 + 20),
  ("到位率95.00%", "95.00", Q(285) / 300 * 100),
  ("未到位15.0000万元", "15.0000", Q(100) - 85),
  ("预算执行率86.53%", "86.53", Q("259.58") / 300 * 100),
  ("执行率93.52%", "93.52", Q("168.336") / 180 * 100),
  ("县级资金执行率71.24%", "71.24", Q("71.244") / 100 * 100),
  ("年末结余25.4200万元", "25.4200", Q(285) - Q("259.58")),
  ("结转至2024年", "2024", Q(2024)),
  ("全年支出259.5800万元，其中", "259.5800", Q("138.6") + Q("86.48") + Q("34.5")),
  ("每千瓦时0.60元", "0.60", Q("138.6") * 10000 / (231 * 10000)),
  ("较上年增加23.4000万元", "23.4000", Q("138.6") - Q("115.2")),
  ("完成率75.00%", "75.00", Q(30) / 40 * 100),
  ("完好121台，设备完好率91.67%", "91.67", Q(121) / 132 * 100),
  ("平均每台维修费用2.8827万元", "2.8827", Q("86.48") / 30),
  ("人均0.7500万元", "0.7500", Q("34.5") / 46),
  ("在岗38人次，到岗率82.61%", "82.61", Q(38) / 46 * 100),
  ("满意度86.00%", "86.00", Q(172) / 200 * 100),
 ],
 "rucheng-damsafety-2024": [
  ("全年预算共计240.0000万元", "240.0000", Q(30) + 168 + 42),
  ("到位率95.00%", "95.00", Q(228) / 240 * 100),
  ("预算执行率55.00%。", "55.00", Q(132) / 240 * 100),
  ("年末结余96.0000万元", "96.0000", Q(228) - 132),
  ("全年支出共计132.0000万元", "132.0000", Q("118.8") + Q("8.2") + 5),
  ("平台接入及运行维护8.2000万元", "8.2000", Q("8.2")),
  ("占计划56座的64.29%", "64.29", Q(36) / 56 * 100),
  ("小（2）型水库完成27座", "27", Q(36) - 9),
  ("已接入省级水库运行管理平台36座", "36", Q(36)),
  ("未完成的20座", "20", Q(56) - 36),
  ("合格率83.33%", "83.33", Q(30) / 36 * 100),
  ("数据到报率96.30%", "96.30", Q(2600) / 2700 * 100),
  ("单座建设成本3.3万元", "3.3", Q("118.8") / 36),
  ("及时率88.00%", "88.00", Q(22) / 25 * 100),
  ("满意度80.00%", "80.00", Q(72) / 90 * 100),
  ("未到位的县级资金12.0000万元", "12.0000", Q(30) - 18),
  ("县级资金到位率60.00%，执行率16.67%", "16.67", Q(5) / 30 * 100),
 ],
 "duchang-irrigation-2019": [
  ("年初预算共计250.0000万元", "250.0000", Q(200) + 50),
  ("全年预算调整为400.0000万元", "400.0000", Q(250) + 150),
  ("预算执行率94.72%", "94.72", Q("378.88") / 400 * 100),
  ("提高3.37个百分点", "3.37", Q("94.72") - Q("91.35")),
  ("结余21.1200万元", "21.1200", Q(400) - Q("378.88")),
  ("实际支出378.8800万元，其中东湖", "378.8800",
   Q("82.34") + Q("71.26") + Q("65.5") + Q("58.92") + Q("54.36") + Q("46.5")),
  ("春桥灌区58.9200万元", "58.9200", Q("58.92")),
  ("平均每处灌区63.1467万元", "63.1467", Q("378.88") / 6),
  ("勘测设计及监理18.0400万元", "18.0400", Q("378.88") - Q("276.42") - Q("84.42")),
  ("平均每座0.6700万元", "0.6700", Q("84.42") / 126),
  ("每公里造价14.8613万元", "14.8613", Q("276.42") / Q("18.6")),
  ("年底前完工比例为83.33%", "83.33", Q(5) / 6 * 100),
  ("新增节水能力286万立方米", "286", Q(286)),
  ("满意度87.00%", "87.00", Q(261) / 300 * 100),
  ("县级资金执行率82.44%", "82.44", Q("41.22") / 50 * 100),
 ],
}


def check_text(pid, text):
    err = []
    fund = funds(text, err)
    if fund:
        indicators(text, err, fund)
    for sub, stated, comp in CLAIMS[pid]:
        if text.count(sub) != 1:
            err.append("claim text missing/duplicated: %s" % sub)
        elif not close(stated, comp):
            err.append("claim %s: %s vs %s" % (sub, stated, comp))
    return err


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    cleans = {r["source"]: open(os.path.join(CASES, r["source"] + "-clean.txt"), encoding="utf-8").read()
              for r in labels}
    codes = {}
    for pid, text in cleans.items():
        e = check_text(pid, text)
        n = len(text)
        if not 2500 <= n <= 6000: problems.append("%s clean length %d" % (pid, n))
        problems += ["%s clean: %s" % (pid, x) for x in e]
    for r in labels:
        text = open(os.path.join(CASES, r["case"]), encoding="utf-8").read()
        clean = cleans[r["source"]]
        if r["clean"]:
            if r["expected"] or text != clean: problems.append("clean label " + r["case"])
            continue
        if len(r["expected"]) != 1: problems.append("one label expected " + r["case"])
        for x in r["expected"]:
            codes[x["code"]] = codes.get(x["code"], 0) + 1
            if text.count(x["value"]) != 1: problems.append("value not once in case " + r["case"])
            if x["value"] in clean: problems.append("value in clean " + r["case"])
            if x["severity"] != "error": problems.append("severity " + r["case"])
        # edit size: changed lines and characters
        a, b = clean.splitlines(), text.splitlines()
        if len(a) != len(b): problems.append("line count " + r["case"])
        changed = [k for k in range(min(len(a), len(b))) if a[k] != b[k]]
        ok_rows = len(changed) == 1 or (len(changed) == 2 and changed[1] == changed[0] + 1)
        if not ok_rows: problems.append("changed lines %s %s" % (r["case"], changed))
        for k in changed:
            sm = difflib.SequenceMatcher(None, a[k], b[k], autojunk=False)
            ops = [o for o in sm.get_opcodes() if o[0] != "equal"]
            lo, hi = min(o[1] for o in ops), max(o[2] for o in ops)
            lo2, hi2 = min(o[3] for o in ops), max(o[4] for o in ops)
            if hi - lo > 16 or hi2 - lo2 > 16:
                problems.append("edit too large %s line %d" % (r["case"], k))
        if len(changed) == 2 and r["expected"][0]["code"] not in (
                "score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"):
            problems.append("two-row edit on a non-score case " + r["case"])
        if not check_text(r["source"], text):
            problems.append("injected error not caught by the arithmetic checks " + r["case"])
    section_a = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"]
    for c in section_a:
        if codes.get(c, 0) < 2: problems.append("code used < 2 times: " + c)
    for p in problems: print("PROBLEM:", p)
    print("codes:", json.dumps(codes, ensure_ascii=False, sort_keys=True))
    print("cases: %d" % len(labels))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
