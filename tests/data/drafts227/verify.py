#!/usr/bin/env python3
"""Verify drafts227.

1. every label value occurs in its case; labels cover every case file;
2. each error case differs from its clean draft in one contiguous place, and the build
   edit reproduces it;
3. redo the arithmetic of every clean draft (funds blocks, rates, balances, sums, weights,
   scores, completion rates, averages, grades, repeated figures), reading every figure
   from the draft text itself.
Prints OK at the end, or the list of failures and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import build  # noqa: E402

FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)
    return cond


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- number helpers
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """rules.md §8: stated value with d decimals agrees with computed c iff |c - v| <= 0.5 * 10^-d."""
    v = D(stated.strip().rstrip("%"))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


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


GRADE_WORDS = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"),
               "差": ("差", "较差", "不合格")}


def one(text, pattern, src, group=1):
    """Figure(s) from the unique match of pattern (all matches must agree)."""
    ms = list(re.finditer(pattern, text))
    if not check(ms, f"{src}: pattern not found: {pattern}"):
        return None
    vals = {m.group(group) for m in ms}
    check(len(vals) == 1, f"{src}: pattern {pattern} gives different values {vals}")
    return ms[0].group(group)


def pair(text, pattern, src):
    ms = list(re.finditer(pattern, text))
    if not check(len(ms) == 1, f"{src}: pattern {pattern} matches {len(ms)} times"):
        return D(0), D(0)
    return D(ms[0].group(1)), D(ms[0].group(2))


def num(text, pattern, src):
    s = one(text, pattern, src)
    return D(s) if s is not None else D(0)


# ---------------------------------------------------------------- table helpers
def rows_after(text, header_pred):
    """Rows (lists of cells) of the ｜ table whose header line satisfies header_pred."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "｜" in line and header_pred(line):
            header = line.split("｜")
            rows = []
            for l2 in lines[i + 1:]:
                if "｜" not in l2:
                    break
                cells = l2.split("｜")
                if cells[0].startswith(("一级指标", "主要项目", "年度总体目标")):
                    break
                rows.append(cells)
                if cells[0].startswith(("合计", "总分")):
                    break
            return header, rows
    return None, []


def funds_block(text, src):
    """Check the funds block: components add up, rates = 执行/全年, score = 10 x rate."""
    header, rows = rows_after(text, lambda l: "年初预算数" in l and "分值" in l)
    if not check(header, f"{src}: no funds block"):
        return None
    idx = {name: k for k, name in enumerate(header)}
    col = lambda key: next(k for name, k in idx.items() if key in name)
    c_init, c_ann, c_sp, c_w, c_rate, c_sc = (col("年初"), col("全年预算"), col("全年执行"),
                                               col("分值"), col("执行率"), col("得分"))
    total = rows[0]
    check(total[0] == "年度资金总额", f"{src}: first funds row is {total[0]}")
    comps = rows[1:]
    for c in (c_init, c_ann, c_sp):
        s = sum(D(r[c]) for r in comps)
        check(s == D(total[c]), f"{src}: funds column {header[c]}: parts {s} != total {total[c]}")
    for r in rows:
        ann, sp = D(r[c_ann]), D(r[c_sp])
        check(sp <= ann, f"{src}: {r[0]} spent {sp} above budget {ann}")
        if r[c_rate] in ("—", ""):
            continue
        check(ann > 0, f"{src}: {r[0]} rate on zero base")
        if ann > 0:
            check(agrees(r[c_rate], sp / ann * 100), f"{src}: {r[0]} rate {r[c_rate]} != {sp / ann * 100:.4f}")
    w = D(total[c_w])
    rate = D(total[c_sp]) / D(total[c_ann])
    check(agrees(total[c_sc], w * min(rate, D(1))), f"{src}: execution score {total[c_sc]} != {w * rate:.4f}")
    return {"initial": D(total[c_init]), "annual": D(total[c_ann]), "spent": D(total[c_sp]),
            "weight": w, "score": D(total[c_sc]), "rate": total[c_rate]}


NUM = re.compile(r"(\d+(?:\.\d+)?)")


def direction(target):
    if target.startswith(("≥", "不低于", "不少于")):
        return "gte"
    if target.startswith(("≤", "不高于", "不超过")):
        return "lte"
    return "eq"


def indicator_table(text, src, funds):
    """Weights to 100, scores <= weights, scores add to the total row, completion and
    proportional scores recomputed for numeric rows."""
    header, rows = rows_after(text, lambda l: "三级指标" in l and "分值" in l and "得分" in l)
    if not check(header, f"{src}: no indicator table"):
        return None
    h = {name: k for k, name in enumerate(header)}
    c_w, c_s = h["分值"], h["得分"]
    c_t = next(k for name, k in h.items() if name in ("年度指标值", "指标值"))
    c_a = h["实际完成值"]
    c_c = h.get("完成率")
    c_dir = h.get("指标性质")
    body = [r for r in rows if not r[0].startswith(("合计", "总分"))]
    tot = [r for r in rows if r[0].startswith(("合计", "总分"))]
    if not check(len(tot) == 1, f"{src}: no single total row"):
        return None
    tot = tot[0]
    wsum = funds["weight"] + sum(D(r[c_w]) for r in body)
    ssum = funds["score"] + sum(D(r[c_s]) for r in body)
    check(wsum == 100, f"{src}: weights add to {wsum}")
    check(D(tot[c_w]) == 100, f"{src}: total row weight {tot[c_w]}")
    check(agrees(tot[c_s], ssum), f"{src}: scores add to {ssum}, total row {tot[c_s]}")
    per_l1 = Counter()
    for r in body:
        w, s = D(r[c_w]), D(r[c_s])
        check(0 <= s <= w, f"{src}: {r[2]} score {s} outside [0, {w}]")
        per_l1[r[0]] += w
        if c_dir is not None:
            sign, tstr, astr = r[c_dir], r[c_t], r[c_a]
            if sign == "定性":
                continue
            kind = {"≥": "gte", "≤": "lte", "=": "eq"}[sign]
        else:
            tstr, astr = r[c_t], r[c_a]
            kind = direction(tstr)
        mt, ma = NUM.search(tstr), NUM.search(astr)
        if not (mt and ma) or "年" in tstr:
            continue  # qualitative / date rows
        unit_t = tstr[mt.end():].strip()
        unit_a = astr[ma.end():].strip()
        if c_dir is None:
            check(unit_t == unit_a, f"{src}: {r[2]} unit {unit_t!r} vs {unit_a!r}")
        T, A = D(mt.group(1)), D(ma.group(1))
        if kind == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if c_c is not None and r[c_c] not in ("—", ""):
            check(agrees(r[c_c], comp), f"{src}: {r[2]} completion {r[c_c]} != {comp:.4f}")
        expect = w * min(comp / 100, D(1))
        check(agrees(r[c_s], r2(expect)), f"{src}: {r[2]} score {r[c_s]} != {expect:.4f}")
    return {"total": tot[c_s], "per_l1": per_l1}


def grade_statements(text, src, total):
    g = grade_of(total)
    found = re.findall(r"(?:评价等级|自评等级)(?:为|｜)[“\"]?(优秀|良好|中等|优|良|中|差)", text)
    check(found, f"{src}: no grade statement")
    for word in found:
        check(word in GRADE_WORDS[g], f"{src}: grade {word} for total {total} (band {g})")


# ---------------------------------------------------------------- per-project checks
def yugan(text, src):
    f = funds_block(text, src)
    t = indicator_table(text, src, f)
    check(t["per_l1"] == Counter({"产出指标": 50, "效益指标": 30, "满意度指标": 10}), f"{src}: {t['per_l1']}")
    # prose vs table
    check(num(text, r"年初预算(\d+\.\d+)万元（含上年结转", src) == f["initial"], f"{src}: 年初 text/table")
    check(num(text, r"全年预算数为(\d+\.\d+)万元", src) == f["annual"], f"{src}: 全年 text/table")
    check(num(text, r"全年执行(\d+\.\d+)万元", src) == f["spent"], f"{src}: 执行 text/table")
    check(one(text, r"预算执行率(\d+\.\d+%)", src) == f["rate"], f"{src}: rate text/table")
    add = num(text, r"追加防汛救灾期间运转经费(\d+\.\d+)万元", src)
    check(f["initial"] + add == f["annual"], f"{src}: 年初 + 追加 != 全年")
    # 年初 breakdown by standard: 86人 x 12000元, 19 x 2.2万元, + 23.00
    staff = num(text, r"（(\d+)人），按每个村", src)
    per = num(text, r"每人每年(\d+)元", src)
    pub = num(text, r"核定公用经费(\d+\.\d+)万元", src)
    check(staff * per / 10000 == pub, f"{src}: {staff} x {per}元 != {pub}万元")
    vil = num(text, r"(\d+)个村（社区）日常运转", src)
    check(vil == 17 + 2, f"{src}: 19 村（社区）")
    std = num(text, r"每年(\d+\.\d+)万元的标准安排村级", src)
    vsub = num(text, r"村级办公运转补助(\d+\.\d+)万元，安排", src)
    check(vil * std == vsub, f"{src}: village subsidy")
    spec = num(text, r"镇级专项运转经费(\d+\.\d+)万元", src)
    check(pub + vsub + spec == f["initial"], f"{src}: 年初 breakdown")
    # spending by purpose adds to 执行
    seg = one(text, r"按支出用途分：([^。]+)。", src)
    parts = [D(x) for x in re.findall(r"(\d+\.\d+)万元", seg)]
    check(len(parts) == 8 and sum(parts) == f["spent"], f"{src}: purposes add to {sum(parts)}")
    check(parts[0] == vsub, f"{src}: village subsidy spent")
    # 公务用车 sub-rate
    b = num(text, r"公务用车运行维护费年初预算(\d+\.\d+)万元", src)
    s = num(text, r"实际支出(\d+\.\d+)万元，执行率", src)
    check(agrees(one(text, r"实际支出\d+\.\d+万元，执行率(\d+\.\d+%)", src), s / b * 100), f"{src}: 公务用车 rate")
    # balance and carry-forward year
    bal = num(text, r"未执行的(\d+\.\d+)万元", src)
    check(bal == f["annual"] - f["spent"], f"{src}: balance")
    check(int(one(text, r"结转至(\d{4})年", src)) == 2022, f"{src}: carry-forward year")
    check(one(text, r"（(\d{4})年度）", src) == "2021", f"{src}: table year")
    # satisfaction survey
    n = num(text, r"回收有效问卷(\d+)份", src)
    k = num(text, r"表示满意的(\d+)份", src)
    check(agrees(one(text, r"群众满意度为(\d+\.\d+)%", src), k / n * 100), f"{src}: satisfaction")
    check("88.52%" in text.split("项目支出绩效自评表")[-1], f"{src}: satisfaction in table")
    # prose score breakdown = table
    parts = [D(x) for x in re.findall(r"得分(\d+\.\d+)分", one(text, r"(经自评，本项目[^。]+。)", src))]
    check(len(parts) == 5 and sum(parts[:4]) == parts[4] and str(parts[4]) == t["total"], f"{src}: prose scores {parts}")
    check(parts[0] == f["score"], f"{src}: execution score prose")
    grade_statements(text, src, t["total"])
    return t["total"]


def wulian(text, src):
    f = funds_block(text, src)
    t = indicator_table(text, src, f)
    check(t["per_l1"] == Counter({"产出指标": 50, "效益指标": 30, "满意度指标": 10}), f"{src}: {t['per_l1']}")
    check(num(text, r"年初预算(\d+\.\d+)万元，其中财政奖补", src) == f["initial"], f"{src}: 年初")
    fis0 = num(text, r"其中财政奖补资金(\d+\.\d+)万元，村级", src)
    oth0 = num(text, r"村级筹资筹劳及社会捐赠(\d+\.\d+)万元。8月", src)
    check(fis0 + oth0 == f["initial"], f"{src}: 年初 parts")
    add_f = num(text, r"县级追加奖补资金(\d+\.\d+)万元", src)
    add_o = num(text, r"追加自筹(\d+\.\d+)万元", src)
    check(f["initial"] + add_f + add_o == f["annual"], f"{src}: 全年 = 年初 + 追加")
    check(num(text, r"全年预算调整为(\d+\.\d+)万元", src) == f["annual"], f"{src}: 全年 text")
    fis = num(text, r"其中财政奖补资金(\d+\.\d+)万元（", src)
    check(fis == fis0 + add_f, f"{src}: 财政奖补 全年")
    lv = [D(x) for x in re.findall(r"(?:省级|市级|县级)(\d+\.\d+)万元", one(text, r"（(省级[^）]+)）", src))]
    check(sum(lv) == fis, f"{src}: levels add to {sum(lv)}")
    check(num(text, r"项目累计支出(\d+\.\d+)万元", src) == f["spent"], f"{src}: 执行 text")
    check(one(text, r"预算执行率(\d+\.\d+%)", src) == f["rate"], f"{src}: rate text")
    sf = num(text, r"财政奖补资金支出(\d+\.\d+)万元", src)
    so = num(text, r"社会捐赠(\d+\.\d+)万元全部用于", src)
    check(sf + so == f["spent"], f"{src}: spent parts")
    # table components agree with the prose
    tab = text.split("附：项目支出绩效自评表")[1]
    check(f"当年财政拨款｜{fis0:.2f}｜{fis:.2f}｜{sf:.2f}" in tab, f"{src}: 财政 row vs prose")
    check(f"其他资金｜{oth0:.2f}｜{oth0 + add_o:.2f}｜{so:.2f}" in tab, f"{src}: 其他 row vs prose")
    bal = num(text, r"年末尚有(\d+\.\d+)万元未支付", src)
    check(bal == f["annual"] - f["spent"] and bal == fis - sf, f"{src}: balance")
    check(int(one(text, r"结转至(\d{4})年", src)) > 2019, f"{src}: carry-forward year")
    # project categories and the average
    roads = [D(x) for x in re.findall(r"(\d+\.\d+)万元", one(text, r"分别为([^，]+)，平均每个项目", src))]
    avg = num(text, r"平均每个项目(\d+\.\d+)万元", src)
    rsum = num(text, r"道路硬化项目安排奖补资金(\d+\.\d+)万元", src)
    check(len(roads) == 5 and sum(roads) == rsum, f"{src}: road items {roads}")
    check(agrees(str(avg), sum(roads) / 5), f"{src}: average {avg}")
    water = num(text, r"4个小型水利项目(\d+\.\d+)万元", src)
    light = num(text, r"3个路灯及文化广场项目(\d+\.\d+)万元", src)
    check(rsum + water + light == fis, f"{src}: categories add up")
    km = [D(x) for x in re.findall(r"(\d+\.\d+)公里", one(text, r"各村分别为([^）]+)）", src))]
    tot_km = num(text, r"新硬化村内道路(\d+\.\d+)公里（", src)
    check(sum(km) == tot_km, f"{src}: km add up")
    check(agrees(one(text, r"每公里奖补约(\d+\.\d+)万元", src), rsum / tot_km), f"{src}: per km")
    check("13.54万元/公里" in tab and "9.6公里｜10" in tab, f"{src}: km rows in table")
    # beneficiaries 18600人 = 1.86万人 (text and table)
    ppl = num(text, r"直接受益群众(\d+)人", src)
    check(all(D(x) * 10000 == ppl for x in re.findall(r"(\d+\.\d+)万人", text) if x != "1.5"), f"{src}: beneficiaries")
    n = num(text, r"收回(\d+)份", src)
    k = num(text, r"表示满意的(\d+)份", src)
    check(agrees(one(text, r"满意度(\d+\.\d+)%。", src), k / n * 100), f"{src}: satisfaction")
    check(one(text, r"本项目自评得分(\d+\.\d+)分", src) == t["total"], f"{src}: total text/table")
    grade_statements(text, src, t["total"])
    return t["total"]


def wusheng(text, src):
    f = funds_block(text, src)
    t = indicator_table(text, src, f)
    check(t["per_l1"] == Counter({"产出指标": 50, "效益指标": 30, "满意度指标": 10}), f"{src}: {t['per_l1']}")
    a = num(text, r"专项资金(\d+\.\d+)万元；", src)
    b = num(text, r"追加户厕改造补助(\d+\.\d+)万元", src)
    fis = num(text, r"财政资金全年预算(\d+\.\d+)万元", src)
    oth = num(text, r"投工投劳折资(\d+\.\d+)万元", src)
    check(a + b == fis and fis + oth == f["annual"], f"{src}: budget build-up")
    check(num(text, r"项目全年预算(\d+\.\d+)万元", src) == f["annual"], f"{src}: 全年 text")
    check(a + oth == f["initial"], f"{src}: 年初 = 96 + 12")
    check(num(text, r"项目实际支出(\d+\.\d+)万元", src) == f["spent"], f"{src}: 执行 text")
    check(one(text, r"预算执行率(\d+\.\d+%)", src) == f["rate"], f"{src}: rate text")
    seg = one(text, r"其中：(户厕改造[^。]+)。", src)
    parts = [D(x) for x in re.findall(r"(\d+\.\d+)万元", seg)]
    check(len(parts) == 4 and sum(parts) == f["spent"], f"{src}: spending parts {sum(parts)}")
    bal = num(text, r"未支出的(\d+\.\d+)万元", src)
    check(bal == f["annual"] - f["spent"], f"{src}: balance")
    check(int(one(text, r"结转至(\d{4})年", src)) == 2024, f"{src}: carry year")
    check(one(text, r"截至(\d{4})年12月31日", src) == "2023", f"{src}: 截至 year")
    check(one(text, r"（(\d{4})年度）", src) == "2023", f"{src}: table year")
    hh = num(text, r"全年完成农村户厕改造(\d+)户，为", src)
    tgt = num(text, r"年度目标(\d+)户", src)
    check(agrees(one(text, r"年度目标\d+户的(\d+\.\d+%)", src), hh / tgt * 100), f"{src}: completion")
    avg = one(text, r"平均每户补助(\d+\.\d+)元", src)
    check(agrees(avg, parts[0] * 10000 / hh), f"{src}: per household {avg}")
    tab = text.split("项目支出绩效自评表")[-1]
    check(f"｜户｜{hh}｜" in tab and f"｜元/户｜{avg}｜" in tab, f"{src}: table vs text households")
    check(f"｜万元｜{parts[1]}｜" in tab, f"{src}: 垃圾收运 table vs text")
    n = num(text, r"随机走访农户(\d+)户", src)
    k = num(text, r"表示满意的(\d+)户", src)
    sat = one(text, r"满意度(\d+\.\d+)%。", src)
    check(agrees(sat, k / n * 100) and f"｜%｜{sat}｜" in tab, f"{src}: satisfaction")
    for label in ("项目自评得分", "综合得分"):
        check(one(text, label + r"(\d+\.\d+)分", src) == t["total"], f"{src}: {label} vs table")
    grade_statements(text, src, t["total"])
    return t["total"]


def chengcheng(text, src):
    f = funds_block(text, src)
    t = indicator_table(text, src, f)
    check(t["per_l1"] == Counter({"产出指标": 50, "效益指标": 30, "满意度指标": 10}), f"{src}: {t['per_l1']}")
    check(num(text, r"年初预算(\d+\.\d+)万元，其中基本", src) == f["initial"], f"{src}: 年初 text")
    check(num(text, r"全年预算调整为(\d+\.\d+)万元", src) == f["annual"], f"{src}: 全年 text")
    check(num(text, r"全年实际支出(\d+\.\d+)万元", src) == f["spent"], f"{src}: 执行 text")
    check(one(text, r"预算执行率(\d+\.\d+%)", src) == f["rate"], f"{src}: rate text")
    tab = text.split("附件：部门整体支出绩效自评表")[1]
    b0, p0 = pair(text, r"年初预算\d+\.\d+万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元", src)
    b1, p1 = pair(text, r"全年预算调整为\d+\.\d+万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元", src)
    b2, p2 = pair(text, r"其中基本支出(\d+\.\d+)万元，全部[^；]+；项目支出(\d+\.\d+)万元", src)
    check(b0 + p0 == f["initial"] and b1 + p1 == f["annual"] and b2 + p2 == f["spent"], f"{src}: 基本+项目 splits")
    check(f"基本支出｜{b0}｜{b1}｜{b2}｜" in tab and f"项目支出｜{p0}｜{p1}｜{p2}｜" in tab, f"{src}: splits text/table")
    bal = num(text, r"年末结余(\d+\.\d+)万元", src)
    check(bal == f["annual"] - f["spent"], f"{src}: balance {bal}")
    check(int(one(text, r"结转至(\d{4})年", src)) == 2025, f"{src}: carry year")
    # project sub-table
    lines = text.split("\n")
    i = next(k for k, l in enumerate(lines) if l.startswith("主要项目｜"))
    items = []
    for l in lines[i + 1:]:
        c = l.split("｜")
        if c[0] == "合计":
            tot = c
            break
        items.append(c)
    for c in items + [tot]:
        check(agrees(c[3], D(c[2]) / D(c[1]) * 100), f"{src}: {c[0]} rate")
    check(sum(D(c[1]) for c in items) == D(tot[1]) and sum(D(c[2]) for c in items) == D(tot[2]), f"{src}: items add")
    check(f"项目支出｜{p0}｜{tot[1]}｜{tot[2]}｜—｜{tot[3]}｜—" in text, f"{src}: 项目支出 row vs items")
    check(one(text, r"项目支出执行率(\d+\.\d+%)", src) == tot[3], f"{src}: 项目支出 rate text")
    # grid: 144 x 500元 x 12 = 网格化管理经费 (text and table)
    n = num(text, r"为(\d+)名网格员发放补贴", src)
    std = num(text, r"每人每月(\d+)元", src)
    grid = num(text, r"全年网格化管理经费(\d+\.\d+)万元", src)
    check(n * std * 12 / 10000 == grid, f"{src}: grid subsidy")
    check(D(items[0][1]) == grid and items[0][0] == "网格化管理经费", f"{src}: grid text/table")
    check(num(text, r"划分一般网格(\d+)个", src) == n and f"｜{n}名｜{n}名｜" in text, f"{src}: grid count")
    q = [D(x) for x in re.findall(r"(\d+\.\d+)%", one(text, r"办结率分别为([^，]+(?:、[^、，]+){3})，全年平均", src))]
    check(len(q) == 4 and agrees(one(text, r"全年平均(\d+\.\d+)%", src), sum(q) / 4), f"{src}: quarterly average")
    k = num(text, r"17个村中(\d+)个村", src)
    check(agrees(one(text, r"覆盖率(\d+\.\d+)%", src), k / 17 * 100), f"{src}: coverage")
    seg = one(text, r"(我镇预算执行率得分[^。]+)。", src)
    parts = [D(x) for x in re.findall(r"(\d+\.\d+)分", seg)]
    check(len(parts) == 5 and sum(parts[:4]) == parts[4] and str(parts[4]) == t["total"], f"{src}: prose scores")
    check(parts[0] == f["score"], f"{src}: exec score prose")
    grade_statements(text, src, t["total"])
    return t["total"]


def debao(text, src):
    init = num(text, r"建设补助资金(\d+\.\d+)万元，作为项目年初预算", src)
    add = num(text, r"追加安排运行经费(\d+\.\d+)万元", src)
    ann = num(text, r"项目全年预算(\d+\.\d+)万元", src)
    check(init + add == ann, f"{src}: 全年 = 年初 + 追加")
    check(num(text, r"控制在全年预算(\d+\.\d+)万元以内", src) == ann, f"{src}: budget restated")
    spent = num(text, r"全年实际支出(\d+\.\d+)万元", src)
    check(num(text, r"项目全年支出(\d+\.\d+)万元", src) == spent, f"{src}: spent restated")
    rate = one(text, r"预算执行率(\d+\.\d+)%", src)
    check(agrees(rate, spent / ann * 100), f"{src}: execution rate")
    seg = one(text, r"其中：(便民服务大厅改造[^。]+)。", src)
    parts = [D(x) for x in re.findall(r"(\d+\.\d+)万元", seg)]
    check(len(parts) == 4 and sum(parts) == spent, f"{src}: parts add to {sum(parts)}")
    cnt = num(text, r"（(\d+)个，每个\d+元）", src)
    each = num(text, r"每个(\d+)元）", src)
    check(cnt * each / 10000 == parts[2], f"{src}: 代办点 {cnt} x {each}")
    bal = num(text, r"年末结余(\d+\.\d+)万元", src)
    check(bal == ann - spent, f"{src}: balance")
    check(int(one(text, r"结转至(\d{4})年", src)) == 2019, f"{src}: carry year")
    check(one(text, r"(\d{4})年12月，县财政局提前下达(\d{4})年", src) == "2017", f"{src}: advance in the December before")
    done = num(text, r"代办、帮办事项(\d+)件", src)
    tgt = num(text, r"年度目标为(\d+)件", src)
    check(agrees(one(text, r"完成率(\d+\.\d+)%", src), done / tgt * 100), f"{src}: completion")
    acc = num(text, r"共受理各类事项(\d+)件", src)
    imm = num(text, r"其中即办件(\d+)件", src)
    check(agrees(one(text, r"即办件比例为(\d+\.\d+)%", src), imm / acc * 100), f"{src}: 即办件 share")
    n = num(text, r"回收有效问卷(\d+)份", src)
    k = num(text, r"表示满意的(\d+)份", src)
    check(k <= n <= num(text, r"满意度问卷(\d+)份", src), f"{src}: survey counts")
    check(agrees(one(text, r"满意度(\d+\.\d+)%", src), k / n * 100), f"{src}: satisfaction")
    # prose scoring list
    seg = one(text, r"按照县财政局制定的评分标准，([^。]+)。", src)
    pairs = re.findall(r"([^；，]+?)(\d+)分，得(\d+(?:\.\d+)?)分", seg)
    check(len(pairs) == 11, f"{src}: {len(pairs)} scored items")
    w = sum(D(p[1]) for p in pairs)
    s = sum(D(p[2]) for p in pairs)
    check(w == 100, f"{src}: weights add to {w}")
    for name, wt, sc in pairs:
        check(D(sc) <= D(wt), f"{src}: {name} score {sc} > {wt}")
    check(agrees(pairs[0][2], D(pairs[0][1]) * D(rate) / 100), f"{src}: execution score")
    total = one(text, r"合计得分(\d+\.\d+)分", src)
    check(agrees(total, s), f"{src}: total {total} vs {s}")
    grade_statements(text, src, total)
    return total


CHECKS = {
    "yugan-ruihong-yunzhuan-2021": yugan,
    "wulian-xumeng-yishiyiyi-2019": wulian,
    "wusheng-feilong-renju-2023": wusheng,
    "chengcheng-fengyuan-bumen-2024": chengcheng,
    "debao-zurong-bianmin-2018": debao,
}


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check(sorted(l["case"] for l in labels) == files, "labels do not cover exactly the case files")
    edits = {(e[0], e[1]): e for e in build.EDITS}
    codes = Counter()
    for lab in labels:
        text = read(lab["case"])
        check(3000 <= len(text) <= 9000 or not lab["clean"], f"{lab['case']}: length {len(text)}")
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with labels")
            continue
        check(len(lab["expected"]) == 1, f"{lab['case']}: not exactly one label")
        for e in lab["expected"]:
            codes[e["code"]] += 1
            check(e["severity"] == "error", f"{lab['case']}: severity")
            check(e["value"] in text, f"{lab['case']}: value not found: {e['value']!r}")
        clean = read(lab["source"] + "-clean.txt")
        # one contiguous difference
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        q = 0
        while q < min(len(clean), len(text)) - p and clean[-1 - q] == text[-1 - q]:
            q += 1
        c_mid, t_mid = clean[p:len(clean) - q], text[p:len(text) - q]
        check(t_mid and len(t_mid) <= 80 and len(c_mid) <= 80,
              f"{lab['case']}: difference is not one short place ({c_mid!r} -> {t_mid!r})")
        check(re.search(r"[\d优良中差]", c_mid + t_mid), f"{lab['case']}: change carries no figure or grade")
        n = int(re.search(r"-e(\d+)\.txt$", lab["case"]).group(1))
        src, _, code, old, new, value, _ = edits[(lab["source"], n)]
        check(clean.replace(old, new, 1) == text, f"{lab['case']}: not the build edit")
        check(any(text.find(value) <= p + k < text.find(value) + len(value) for k in range(max(1, len(t_mid)))),
              f"{lab['case']}: value does not cover the changed figure")
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in need:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    check(sum(codes.values()) == 30, f"{sum(codes.values())} error labels")
    for src, fn in CHECKS.items():
        total = fn(read(src + "-clean.txt"), src)
        print(f"{src}: arithmetic redone, total {total} -> {grade_of(total)}")
    if FAIL:
        print("\n".join("FAIL " + m for m in FAIL))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
