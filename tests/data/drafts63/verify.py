#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK and exits 0 when everything holds; lists the failures otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
U = "\u3000"
FAIL = []
NCHECK = [0]


def fail(msg):
    FAIL.append(msg)


def ok(cond, msg):
    NCHECK[0] += 1
    if not cond:
        fail(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(s):
    """First number in s as Decimal (commas removed), or None."""
    m = NUM.search(s)
    return D(m.group().replace(",", "")) if m else None


def decimals(s):
    m = NUM.search(s)
    g = m.group()
    return len(g.split(".")[1]) if "." in g else 0


def rnd(x, d):
    return D(x).quantize(D(1).scaleb(-d), ROUND_HALF_UP)


def same(computed, stated):
    """computed (Decimal) rounded half-up to the decimals of the stated string equals it."""
    v = num(stated)
    return v is not None and rnd(computed, decimals(stated)) == v


def pct(a, b):
    return D(a) / D(b) * 100


# ---------------------------------------------------------------- 1. labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    cleans = {r["source"]: read(r["case"]) for r in labels if r["clean"]}
    codes = {}
    for r in labels:
        text = read(r["case"])
        if r["clean"]:
            ok(r["expected"] == [], f"{r['case']}: clean case with expectations")
            continue
        clean = cleans[r["source"]]
        ok(len(r["expected"]) == 1, f"{r['case']}: exactly one expected finding")
        for e in r["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            ok(e["severity"] == "error", f"{r['case']}: severity")
            ok(text.count(e["value"]) == 1, f"{r['case']}: value occurs {text.count(e['value'])}x in case")
            ok(e["value"] not in clean, f"{r['case']}: value occurs in the clean draft")
        # edit size: compare line by line
        a, b = clean.split("\n"), text.split("\n")
        ok(len(a) == len(b), f"{r['case']}: line count changed")
        changed = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        code = r["expected"][0]["code"]
        if len(changed) == 2:
            ok(changed[1] == changed[0] + 1 and code in ("score_exceeds_weight", "score_sum_mismatch",
                                                          "weight_sum_mismatch"),
               f"{r['case']}: two changed lines only for adjacent score rows")
        else:
            ok(len(changed) == 1, f"{r['case']}: {len(changed)} lines changed")
        for i in changed:
            x, y = a[i], b[i]
            p = 0
            while p < min(len(x), len(y)) and x[p] == y[p]:
                p += 1
            s = 0
            while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
                s += 1
            size = max(len(x) - p - s, len(y) - p - s)
            ok(size <= 16, f"{r['case']}: edit of {size} characters on line {i + 1}")
    numeric = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
               "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
               "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
               "completion_mismatch"]
    for c in numeric:
        ok(codes.get(c, 0) >= 2, f"code {c} used {codes.get(c, 0)} times (< 2)")
    return codes


# ---------------------------------------------------------------- 2. tables
def table(text, header_start, stop_words=()):
    """Rows (lists of cells) of the U+3000 table whose header line starts with header_start."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_start) and U in l]
    if len(idx) != 1:
        fail(f"table header {header_start!r} found {len(idx)} times")
        return [], []
    i = idx[0]
    hdr = lines[i].split(U)
    rows = []
    for l in lines[i + 1:]:
        if U not in l or any(l.startswith(w) for w in stop_words):
            break
        rows.append(l.split(U))
    return hdr, rows


def col(hdr, name, optional=False):
    found = [i for i, h in enumerate(hdr) if h.startswith(name)]
    if not found and optional:
        return None
    return found[0]


def check_rate_col(pid, hdr, rows, rate, numer, denom, skip=("合计",)):
    ri, ni, di = col(hdr, rate), col(hdr, numer), col(hdr, denom)
    for r in rows:
        if r[0] in skip or num(r[ri]) is None:
            continue
        ok(same(pct(num(r[ni]), num(r[di])), r[ri]), f"{pid}: {r[0]} {rate} {r[ri]} != {r[ni]}/{r[di]}")


def check_col_sums(pid, hdr, rows, names, total_label="合计"):
    body = [r for r in rows if r[0] != total_label]
    tot = [r for r in rows if r[0] == total_label]
    ok(len(tot) == 1, f"{pid}: no single {total_label} row")
    for n in names:
        c = col(hdr, n)
        s = sum(num(r[c]) for r in body)
        ok(same(s, tot[0][c]), f"{pid}: column {n} sums to {s}, {total_label} says {tot[0][c]}")


def parse_target(s):
    s = s.strip()
    if s.startswith(("≥", "不低于")):
        return "gte", num(s)
    if s.startswith("≤"):
        return "lte", num(s)
    return ("eq", num(s)) if num(s) is not None else ("qual", None)


def check_scores(pid, tables, w_name, s_name, t_name, a_name, c_name=None):
    """tables: list of (hdr, rows).  Checks row rules, 小计 rows, the 合计/总分 row, weights 100."""
    all_w, all_s, total = D(0), D(0), None
    for hdr, rows in tables:
        wi, si = col(hdr, w_name), col(hdr, s_name)
        ti = col(hdr, t_name, True) if t_name else None
        ai = col(hdr, a_name, True) if a_name else None
        ci = col(hdr, c_name, True) if c_name else None
        sub_w, sub_s = D(0), D(0)
        for r in rows:
            if r[0] in ("合计", "总分"):
                total = (num(r[wi]), r[si])
                continue
            if r[0] == "小计":
                ok(sub_w == num(r[wi]), f"{pid}: 小计 weight {r[wi]} vs rows {sub_w}")
                ok(same(sub_s, r[si]), f"{pid}: 小计 score {r[si]} vs rows {sub_s}")
                continue
            if num(r[wi]) is None:        # sub-rows of the funds block ("—")
                continue
            w, sc = num(r[wi]), num(r[si])
            sub_w += w
            sub_s += sc
            all_w += w
            all_s += sc
            name = r[2] if len(r) > 2 and r[2] else r[0]
            ok(D(0) <= sc <= w, f"{pid}: {name} score {sc} outside [0, {w}]")
            if ti is None:
                continue
            kind, t = parse_target(r[ti])
            a = num(r[ai])
            if kind == "qual" or a is None:
                ok(w * D("0.6") <= sc <= w, f"{pid}: qualitative {name} score {sc} below the 60% band")
                continue
            ok(r[ti].replace("≥", "").lstrip("0123456789.")[:1] == r[ai].lstrip("0123456789.")[:1],
               f"{pid}: {name} target/actual units differ")
            comp = pct(a, t)
            cands = {rnd(min(w, w * comp / 100), 2)}
            if ci is not None:
                ok(same(comp, r[ci]), f"{pid}: {name} completion {r[ci]} vs {rnd(comp, 2)}")
                cands.add(rnd(min(w, w * num(r[ci]) / 100), 2))
            ok(sc in cands, f"{pid}: {name} score {sc} vs rule {cands}")
    ok(all_w == 100, f"{pid}: weights sum to {all_w}")
    ok(total is not None and total[0] == 100, f"{pid}: total weight row")
    ok(total is not None and same(all_s, total[1]), f"{pid}: scores sum to {all_s}, total row {total and total[1]}")
    return all_s


def grade(s):
    s = D(s)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


# ---------------------------------------------------------------- 3. facts in the text
def fact(pid, text, context, value, computed):
    """context must be in the text and contain value; value must equal computed (its decimals)."""
    ok(context in text, f"{pid}: context not found: {context!r}")
    ok(value in context, f"{pid}: value {value!r} not inside context")
    ok(same(D(computed), value), f"{pid}: {context!r}: {value} vs computed {computed}")


def money_split(pid, text, total, parts, shares):
    ok(sum(parts) == total, f"{pid}: shares {parts} do not add to {total}")
    for p, sh in zip(parts, shares):
        ok(abs(total * sh / 100 - p) <= D("0.005"), f"{pid}: {p} is not {sh}% of {total}")


# ---------------------------------------------------------------- projects
def danfeng(t):
    pid = "danfeng"
    A = 74 * D("28.50")
    money_split(pid, t, A, [D("1687.20"), D("253.08"), D("63.27"), D("105.45")], [80, 12, 3, 5])
    fact(pid, t, "项目资金2,109.00万元", "2,109.00", A)
    fact(pid, t, "上年（2019年）项目资金为1,981.68万元", "1,981.68", 69 * D("28.72"))
    fact(pid, t, "本年增加127.32万元", "127.32", A - D("1981.68"))
    fact(pid, t, "增长6.42%", "6.42", pct(D("127.32"), D("1981.68")))
    fact(pid, t, "新增5元", "5", 74 - 69)
    fact(pid, t, "中央资金合计1,687.20万元", "1,687.20", D("1350.00") + D("337.20"))
    fact(pid, t, "尚有25.45万元未到位", "25.45", D("105.45") - D("80.00"))
    annual, recv, spent = A + D("36.42"), D("2119.97"), D("2087.63")
    fact(pid, t, "全年预算数2,145.42万元", "2,145.42", annual)
    fact(pid, t, "实际到位2,119.97万元", "2,119.97", D("1687.20") + D("253.08") + D("63.27") + D("80.00") + D("36.42"))
    fact(pid, t, "资金到位率98.81%", "98.81", pct(recv, annual))
    fact(pid, t, "预算执行率97.31%", "97.31", pct(spent, annual))
    fact(pid, t, "资金结余32.34万元", "32.34", recv - spent)
    hdr, rows = table(t, "资金来源")
    check_col_sums(pid, hdr, rows, ["年初预算数", "全年预算数", "实际到位数", "全年执行数", "结余"])
    for r in rows:
        ok(num(r[5]) == num(r[3]) - num(r[4]), f"{pid}: {r[0]} 结余 != 到位 - 执行")
    plan = [D("1866.00"), D("96.50"), D("58.30"), D("42.20"), D("46.00")]
    ok(sum(plan) == A, f"{pid}: allocation plan sums to {sum(plan)}")
    ok("计划拨付12个镇（街道）卫生院1,866.00万元（含村卫生室部分），县疾控中心96.50万元，县妇幼保健院58.30万元，"
       "县卫生计生监督所42.20万元，县级统筹用于信息系统运维和第三方考核46.00万元" in t, f"{pid}: allocation sentence")
    fact(pid, t, "村卫生室的资金843.60万元，占项目资金的40.00%", "40.00", pct(D("843.60"), A))
    fact(pid, t, "比计划少57.79万元", "57.79", D("1866.00") - D("1808.21"))
    fact(pid, t, "2020年资金共支出2,051.21万元", "2,051.21", D("1808.21") + sum(plan[1:]))
    ok(D("2051.21") + D("36.42") == spent, f"{pid}: 2020 funds + carry-over != execution")
    hdr, rows = table(t, "服务项目" + U + "应管理人数")
    check_rate_col(pid, hdr, rows, "管理率", "实际管理人数", "应管理人数")
    check_rate_col(pid, hdr, rows, "规范管理率", "规范管理人数", "实际管理人数")
    fact(pid, t, "建档率92.10%", "92.10", pct(262485, 285000))
    fact(pid, t, "低于年度目标1.51个百分点", "1.51", 70 - D("68.49"))
    fact(pid, t, "下降1.63个百分点", "1.63", D("70.12") - D("68.49"))
    fact(pid, t, "提高2.44个百分点", "2.44", D("21.36") - D("18.92"))
    fact(pid, t, "满意度88.60%", "88.60", pct(443, 500))
    hdr, rows = table(t, "一级指标")
    total = check_scores(pid, [(hdr, rows)], "分值", "得分", "年度指标值", "实际完成值", "完成率")
    fact(pid, t, "预算执行率得9.73分", "9.73", 10 * spent / annual)
    fact(pid, t, "产出指标得49.86分", "49.86", sum(num(r[7]) for r in rows[1:11]))
    fact(pid, t, "效益指标得29分", "29", sum(num(r[7]) for r in rows[11:17]))
    ok(D("9.73") + D("49.86") + 29 + 10 == total, f"{pid}: text components != total")
    fact(pid, t, "得分98.59分，评价等级为“优”", "98.59", total)
    ok(grade(total) == "优", f"{pid}: grade")


def jingbian(t):
    pid = "jingbian"
    A = 89 * D("35.60")
    money_split(pid, t, A, [D("2534.72"), D("380.21"), D("95.05"), D("158.42")], [80, 12, 3, 5])
    fact(pid, t, "项目资金3,168.40万元", "3,168.40", A)
    fact(pid, t, "提高5元", "5", 89 - 84)
    fact(pid, t, "2023年7月下达第二批506.72万元", "506.72", D("2534.72") - D("2028.00"))
    annual, recv, spent = A + D("58.35"), D("3194.33"), D("3157.97")
    fact(pid, t, "全年预算资金3,226.75万元", "3,226.75", annual)
    fact(pid, t, "实际到位资金3,194.33万元", "3,194.33", D("2534.72") + D("380.21") + D("95.05") + D("126.00") + D("58.35"))
    fact(pid, t, "资金到位率99.00%", "99.00", pct(recv, annual))
    fact(pid, t, "预算执行率97.87%", "97.87", pct(spent, annual))
    fact(pid, t, "资金结余36.36万元", "36.36", recv - spent)
    hdr, rows = table(t, "项目" + U + "行次")
    R = {r[0]: [num(x) for x in r[2:]] for r in rows}
    for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        ok(R[k][0] == sum(R[k][1:]), f"{pid}: {k} total != sum of sources")
    for j in range(6):
        ok(R["资金结余"][j] == R["实际到位资金"][j] - R["全年执行资金"][j], f"{pid}: (5) col {j}")
        cells = [r for r in rows if r[0].startswith("预算到位率")][0][2:]
        ok(same(pct(R["实际到位资金"][j], R["全年预算资金"][j]), cells[j]), f"{pid}: (6) col {j}")
        cells = [r for r in rows if r[0].startswith("预算执行率")][0][2:]
        ok(same(pct(R["全年执行资金"][j], R["全年预算资金"][j]), cells[j]), f"{pid}: (7) col {j}")
    # four score tables share one header: collect them all
    lines = t.split("\n")
    tabs = []
    for i, l in enumerate(lines):
        if l.startswith("二级指标" + U + "三级指标" + U + "权重"):
            hdr = l.split(U)
            rows = []
            for m in lines[i + 1:]:
                if U not in m:
                    break
                c = m.split(U)
                rows.append(c)
            tabs.append((hdr, rows))
    ok(len(tabs) == 4, f"{pid}: {len(tabs)} score tables")
    total = check_scores(pid, tabs, "权重", "得分", "目标值", "业绩值")
    fact(pid, t, "自评总得分98.70分，等级为“优秀”", "98.70", total)
    ok(grade(total) == "优", f"{pid}: grade")
    hdr, rows = table(t, "服务项目" + U + "目标人群数")
    check_rate_col(pid, hdr, rows, "管理率", "管理人数", "目标人群数")
    check_rate_col(pid, hdr, rows, "规范管理服务率", "规范管理人数", "目标人群数")
    fact(pid, t, "建档率93.27%", "93.27", pct(332041, 356000))
    hbp = [r for r in rows if r[0] == "高血压患者"][0]
    fact(pid, t, "全年规范管理高血压患者24,682人", "24,682", num(hbp[4]))
    fact(pid, t, "比目标高2.19个百分点", "2.19", D("64.19") - 62)
    fact(pid, t, "低于目标1.15个百分点", "1.15", 62 - D("60.85"))
    fact(pid, t, "指标扣0.09分", "0.09", 5 - D("4.91"))
    county = [D("210.00"), D("168.00"), D("96.00"), D("202.40")]
    fact(pid, t, "其余676.40万元（人均19元）", "676.40", sum(county))
    fact(pid, t, "其余676.40万元（人均19元）", "19", D("676.40") / D("35.60"))
    fact(pid, t, "共2,492.00万元", "2,492.00", 70 * D("35.60"))
    fact(pid, t, "县级配套资金32.42万元未到位", "32.42", D("158.42") - D("126.00"))
    fact(pid, t, "县级统筹实际支出133.62万元", "133.62", D("202.40") - D("32.42") - D("36.36"))
    ok(D("2492.00") + D("210") + D("168") + D("96") + D("133.62") + D("58.35") == spent, f"{pid}: spending split")
    hdr, rows = table(t, "单位" + U + "服务人口")
    check_col_sums(pid, hdr, rows, ["服务人口", "拨付资金", "实际支出"])
    check_rate_col(pid, hdr, rows, "执行率", "实际支出", "拨付资金", skip=())
    for r in rows[:-1]:
        ok(num(r[2]) == 70 * num(r[1]), f"{pid}: {r[0]} allocation != 70 x population")
    sc = [num(r[5]) for r in rows[:-1]]
    fact(pid, t, "平均得分89.25分", "89.25", sum(sc) / len(sc))
    ok(max(sc) == D("93.5") and min(sc) == D("84.0"), f"{pid}: max/min scores")
    fact(pid, t, "未支出的36.90万元", "36.90", D("2492.00") - D("2455.10"))
    fact(pid, t, "提高2.53个百分点", "2.53", D("27.18") - D("24.65"))


def xihe(t):
    pid = "xihe"
    A = 79 * D("38.80")
    money_split(pid, t, A, [D("2452.16"), D("429.13"), D("61.30"), D("122.61")], [80, 14, 2, 4])
    fact(pid, t, "14类服务资金3,065.20万元", "3,065.20", A)
    new = [D("26.40"), D("38.50"), D("31.20"), D("22.30"), D("24.20")]
    fact(pid, t, "新划入基本公共卫生服务项目资金142.60万元", "142.60", sum(new))
    annual = A + D("142.60")
    fact(pid, t, "全年预算3,207.80万元", "3,207.80", annual)
    fact(pid, t, "中央资金2,594.76万元", "2,594.76", D("2452.16") + D("142.60"))
    ok(D("2594.76") + D("429.13") + D("61.30") + D("122.61") == annual, f"{pid}: sources != annual")
    ok(D("1980.00") + D("472.16") == D("2452.16"), f"{pid}: central batches")
    fact(pid, t, "支出进度71.28%", "71.28", pct(D("2286.45"), annual))
    spent = D("3106.66")
    fact(pid, t, "预算执行率96.85%", "96.85", pct(spent, annual))
    ok(D("2978.32") + D("128.34") == spent, f"{pid}: execution parts")
    fact(pid, t, "支出128.34万元、执行率90.00%", "90.00", pct(D("128.34"), D("142.60")))
    fact(pid, t, "年末结余101.14万元", "101.14", annual - spent)
    fact(pid, t, "新划入项目资金14.26万元", "14.26", D("142.60") - D("128.34"))
    fact(pid, t, "县级统筹资金86.88万元", "86.88", D("147.20") - D("60.32"))
    county = [D("186.00"), D("142.00"), D("68.00"), D("147.20")]
    fact(pid, t, "县级543.20万元", "543.20", sum(county))
    fact(pid, t, "拨付20个乡镇卫生院2,522.00万元", "2,522.00", 65 * D("38.80"))
    ok(D("2522.00") + D("186") + D("142") + D("68") + D("60.32") == D("2978.32"), f"{pid}: 14-item spending split")
    hdr, rows = table(t, "乡镇卫生院" + U + "服务人口")
    check_col_sums(pid, hdr, rows, ["服务人口", "村卫生室", "拨付资金", "实际支出"])
    check_rate_col(pid, hdr, rows, "执行率", "实际支出", "拨付资金", skip=())
    for r in rows[:-1]:
        ok(num(r[3]) == 65 * num(r[1]) / 10000, f"{pid}: {r[0]} allocation != 65 x population")
    ok(num(rows[-1][1]) == 388000 and num(rows[-1][2]) == 227, f"{pid}: population / clinics total vs text")
    fact(pid, t, "未支出31.13万元", "31.13", D("2522.00") - D("2490.87"))
    hdr, rows = table(t, "指标名称" + U + "分子")
    check_rate_col(pid, hdr, rows, "完成值", "分子", "分母", skip=())
    fact(pid, t, "低于目标8.90个百分点", "8.90", 67 - D("58.10"))
    fact(pid, t, "分别低于目标4.58和7.12个百分点", "4.58", 60 - D("55.42"))
    fact(pid, t, "分别低于目标4.58和7.12个百分点", "7.12", 60 - D("52.88"))
    fact(pid, t, "提高2.55个百分点", "2.55", D("16.92") - D("14.37"))
    fact(pid, t, "满意346人，居民满意度86.50%", "86.50", pct(346, 400))
    fhdr, frows = table(t, "项目资金（万元）", stop_words=("一级指标",))
    ok(frows[0][1:4] == ["3065.20", "3207.80", "3106.66"], f"{pid}: funds block amounts")
    fact(pid, t, "10" + U + "96.85%" + U + "9.68", "9.68", 10 * spent / annual)
    for j in (1, 2, 3):
        ok(num(frows[0][j]) == sum(num(r[j]) for r in frows[1:]), f"{pid}: funds block column {j}")
    hdr, rows = table(t, "一级指标" + U + "二级指标")
    total = check_scores(pid, [(fhdr, frows[:1]), (hdr, rows)], "分值", "得分", "年度指标值", "实际完成值")
    fact(pid, t, "项目得分89.70分，评价等级为良好", "89.70", total)
    ok(grade(total) == "良", f"{pid}: grade")
    ok(next(r for r in rows if r[2] == "季度补助资金按时拨付率")[4] == "75%", f"{pid}: 3 of 4 quarters")


def jingtai(t):
    pid = "jingtai"
    A = 94 * D("21.50")
    money_split(pid, t, A, [D("1616.80"), D("282.94"), D("40.42"), D("80.84")], [80, 14, 2, 4])
    fact(pid, t, "2024年项目资金2,021.00万元", "2,021.00", A)
    ok(D("1300.00") + D("316.80") == D("1616.80"), f"{pid}: central batches")
    annual, spent = A + D("47.35"), D("2031.66")
    fact(pid, t, "全年预算数2,068.35万元", "2,068.35", annual)
    fact(pid, t, "项目支出2,031.66万元，预算执行率98.23%", "98.23", pct(spent, annual))
    fact(pid, t, "结余36.69万元", "36.69", annual - spent)
    fact(pid, t, "县级安排408.50万元", "408.50", D("152.00") + D("118.00") + D("46.50") + D("92.00"))
    fact(pid, t, "拨付1,612.50万元", "1,612.50", 75 * D("21.50"))
    fact(pid, t, "县级统筹实际支出55.31万元", "55.31", D("92.00") - D("36.69"))
    ok(D("1612.50") + D("408.50") == A, f"{pid}: allocation split")
    # department level
    fact(pid, t, "全年预算9,846.52万元", "9,846.52", D("4312.60") + D("5533.92"))
    fact(pid, t, "全年支出9,679.10万元", "9,679.10", D("4298.14") + D("5380.96"))
    fact(pid, t, "部门整体预算执行率98.30%", "98.30", pct(D("9679.10"), D("9846.52")))
    fact(pid, t, "执行率99.66%", "99.66", pct(D("4298.14"), D("4312.60")))
    fact(pid, t, "项目支出执行5,380.96万元，执行率97.24%", "97.24", pct(D("5380.96"), D("5533.92")))
    hdr, rows = table(t, "项目名称" + U + "全年预算数")
    check_col_sums(pid, hdr, rows, ["全年预算数", "全年执行数"])
    check_rate_col(pid, hdr, rows, "执行率", "全年执行数", "全年预算数", skip=())
    fact(pid, t, "尾款116.27万元", "116.27", D("1588.77") - D("1472.50"))
    # services
    for ctx, v, a, b in [("建档率91.84%", "91.84", 197456, 215000), ("健康管理率91.83%", "91.83", 13068, 14230),
                         ("系统管理率92.75%", "92.75", 1612, 1738), ("服务率60.14%", "60.14", 16105, 26780),
                         ("基层规范管理服务率65.77%", "65.77", 14896, 22650), ("服务率64.01%", "64.01", 4410, 6890),
                         ("规范管理率87.89%", "87.89", 842, 958), ("管理率95.52%", "95.52", 64, 67),
                         ("管理率77.00%", "77.00", 20620, 26780), ("管理率78.62%", "78.62", 5318, 6764)]:
        fact(pid, t, ctx, v, pct(a, b))
    hdr, rows = table(t, "一级指标" + U + "二级指标")
    total = check_scores(pid, [(hdr, rows)], "分值", "得分", "年度指标值", "实际完成值", "完成率")
    fact(pid, t, "项目得分99.07分，评价等级为优", "99.07", total)
    ok(grade(total) == "优", f"{pid}: grade")
    ok(100 - (D("0.15") + D("0.35") + D("0.25") + D("0.18")) == total, f"{pid}: 扣分说明 != total")
    ok(sum(D(x) for x in ("10", "50", "30", "10")) == 100 and "其中预算执行率10分、产出指标50分、效益指标30分、满意度指标10分" in t,
       f"{pid}: weight sentence")
    fact(pid, t, "低于目标1.86个百分点", "1.86", 62 - D("60.14"))
    # second-level units
    fact(pid, t, "服务人口3.82万人，拨付286.50万元", "286.50", 75 * D("3.82"))
    fact(pid, t, "服务人口4.16万人，拨付312.00万元", "312.00", 75 * D("4.16"))
    fact(pid, t, "服务人口0.68万人，拨付51.00万元", "51.00", 75 * D("0.68"))
    fact(pid, t, "其余9个乡镇卫生院拨付963.00万元", "963.00", D("1612.50") - D("286.50") - D("312.00") - D("51.00"))
    fact(pid, t, "结余4.56万元", "4.56", D("286.50") - D("281.94"))
    fact(pid, t, "合计支出1,599.66万元", "1,599.66", D("281.94") + D("312.00") + D("51.00") + D("954.72"))
    fact(pid, t, "执行率99.20%", "99.20", pct(D("1599.66"), D("1612.50")))
    fact(pid, t, "未支出的12.84万元", "12.84", D("1612.50") - D("1599.66"))
    m = re.search(r"年度考核得分分别为：(.*?)，平均得分", t)
    sc = [D(x) for x in re.findall(r"(\d+)分", m.group(1))]
    ok(len(sc) == 12, f"{pid}: {len(sc)} unit scores")
    fact(pid, t, "平均得分89.83分", "89.83", sum(sc) / len(sc))


def minhe(t):
    pid = "minhe"
    A = 84 * D("34.25")
    money_split(pid, t, A, [D("2301.60"), D("431.55"), D("57.54"), D("86.31")], [80, 15, 2, 3])
    fact(pid, t, "2022年资金2,877.00万元", "2,877.00", A)
    fact(pid, t, "比2021年的79元提高5元", "5", 84 - 79)
    annual = A + D("62.18")
    fact(pid, t, "全年预算2,939.18万元", "2,939.18", annual)
    fact(pid, t, "对2022年度基本公共卫生服务补助资金2,939.18万元", "2,939.18", annual)
    ok(D("1840.00") + D("461.60") == D("2301.60"), f"{pid}: central batches")
    fact(pid, t, "26.31万元未到位", "26.31", D("86.31") - D("60.00"))
    recv = annual - D("26.31")
    fact(pid, t, "全年实际到位资金2,912.87万元", "2,912.87", recv)
    fact(pid, t, "资金到位率99.10%，预算执行率97.79%", "99.10", pct(recv, annual))
    spent = D("2874.35")
    fact(pid, t, "项目支出2,874.35万元，预算执行率97.79%", "97.79", pct(spent, annual))
    ok(D("2301.60") + D("431.55") + D("57.54") + D("21.48") + D("62.18") == spent, f"{pid}: spending by source")
    fact(pid, t, "资金结余38.52万元", "38.52", recv - spent)
    fact(pid, t, "资金结余38.52万元", "38.52", D("60.00") - D("21.48"))
    fact(pid, t, "共2,363.25万元", "2,363.25", 69 * D("34.25"))
    fact(pid, t, "共513.75万元", "513.75", 15 * D("34.25"))
    fact(pid, t, "共513.75万元，其中县疾控中心198.00万元、县妇幼保健院156.00万元、县卫生监督所72.00万元、县级统筹87.75万元",
         "513.75", D("198.00") + D("156.00") + D("72.00") + D("87.75"))
    fact(pid, t, "2021年结转的62.18万元", "62.18", D("62.18"))
    ok(t.count("62.18万元") == 3 and "上年结转资金" + U + "0" + U + "62.18" + U + "62.18" in t, f"{pid}: carry-over mentions")
    fact(pid, t, "占全县资金的40.00%", "40.00", pct(D("1150.80"), A))
    fact(pid, t, "村医人均补助2.86万元", "2.86", D("1150.80") / 402)
    fact(pid, t, "县级统筹实际使用22.92万元", "22.92", D("87.75") - D("26.31") - D("38.52"))
    hdr, rows = table(t, "单位" + U + "服务人口")
    check_col_sums(pid, hdr, rows, ["服务人口", "拨付资金", "实际支出"])
    check_rate_col(pid, hdr, rows, "执行率", "实际支出", "拨付资金", skip=())
    for r in rows[:-1]:
        ok(num(r[2]) == 69 * num(r[1]), f"{pid}: {r[0]} allocation != 69 x population")
    fact(pid, t, "未支出的20.20万元", "20.20", num(rows[-1][2]) - num(rows[-1][3]))
    ok(num(rows[-1][1]) == D("34.25"), f"{pid}: population total")
    hdr, rows = table(t, "服务项目" + U + "指标")
    check_rate_col(pid, hdr, rows, "完成率", "完成数", "任务数", skip=())
    fact(pid, t, "低于目标2.24个百分点", "2.24", 62 - D("59.76"))
    fact(pid, t, "低于目标2.07个百分点", "2.07", 61 - D("58.93"))
    fact(pid, t, "提高2.21个百分点", "2.21", D("20.06") - D("17.85"))
    fact(pid, t, "满意547人，满意度91.17%", "91.17", pct(547, 600))
    fhdr, frows = table(t, "资金情况（万元）", stop_words=("一级指标",))
    for j in (1, 2, 3):
        ok(num(frows[0][j]) == sum(num(r[j]) for r in frows[1:]), f"{pid}: funds block column {j}")
    fact(pid, t, "2812.17" + U + "—" + U + "97.75%", "97.75", pct(D("2812.17"), D("2877.00")))
    ok(frows[3][5] == "—", f"{pid}: zero-base rate printed as —")
    hdr, rows = table(t, "一级指标" + U + "二级指标")
    total = check_scores(pid, [(fhdr, frows[:1]), (hdr, rows)], "分值", "得分", "年度指标值", "实际完成值")
    fact(pid, t, "项目总得分97.55分，等级为优", "97.55", total)
    ok(grade(total) == "优", f"{pid}: grade")
    fact(pid, t, "产出指标45分得44.65分", "44.65", sum(num(r[6]) for r in rows if r[0] in ("产出指标",) or (r[0] == "" and rows.index(r) < 9)))
    fact(pid, t, "效益指标35分得33.12分", "33.12", sum(num(r[6]) for r in rows[9:14]))
    ok(sum(num(r[5]) for r in rows[:9]) == 45 and sum(num(r[5]) for r in rows[9:14]) == 35, f"{pid}: level-1 weights")
    fact(pid, t, "预算执行率10分得9.78分", "9.78", 10 * spent / annual)


YEARS = {"danfeng-phs-2020": 2020, "jingbian-phs-2023": 2023, "xihe-phs-2021": 2021,
         "jingtai-phs-2024": 2024, "minhe-phs-2022": 2022}


def check_years(pid, t, y):
    title = t.split("\n")[0] + t.split("\n")[1]
    ok(re.findall(r"(\d{4})年度", title) == [str(y)], f"{pid}: title year")
    for m in re.findall(r"评价年度：(\d{4})|年度：(\d{4})年", t):
        ok(str(y) in m, f"{pid}: table header year {m}")
    for m in re.findall(r"截至(\d{4})年(\d+)月", t):
        ok(m[0] == str(y), f"{pid}: 截至 {m}")
    for m in re.findall(r"结转(?:至)?(\d{4})年", t):
        ok(int(m) == y + 1, f"{pid}: 结转 {m}")
    for m in re.findall(r"(\d{4})年(\d+)月[^。；]{0,12}下达", t):
        ok(int(m[0]) == y or (int(m[0]) == y - 1 and m[1] == "12"), f"{pid}: issued {m}")
    for m in re.findall(r"下达(\d{4})年", t):
        ok(int(m) == y, f"{pid}: funds of {m}")
    d = re.findall(r"\n(\d{4})年\d+月\d+日\s*$", t)
    ok(d == [str(y + 1)], f"{pid}: report date {d}")


PROJECTS = {"danfeng-phs-2020": danfeng, "jingbian-phs-2023": jingbian, "xihe-phs-2021": xihe,
            "jingtai-phs-2024": jingtai, "minhe-phs-2022": minhe}


def main():
    codes = check_labels()
    for pid, fn in PROJECTS.items():
        t = read(f"{pid}-clean.txt")
        n = len(t)
        ok(2500 <= n <= 6000, f"{pid}: length {n}")
        ok("\t" not in t and "|" not in t and "¦" not in t, f"{pid}: stray separators")
        fn(t)
        check_years(pid, t, YEARS[pid])
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} failures out of {NCHECK[0]} checks")
        return 1
    print(f"codes: {dict(sorted(codes.items()))}")
    print(f"OK ({NCHECK[0]} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
