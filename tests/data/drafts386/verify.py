#!/usr/bin/env python3
"""Verify this set (standard library only).

1. labels.jsonl: one line per case, every label value occurs (exactly once) in its case, each of the
   13 error codes of errors.md section A occurs at least twice.
2. Every error case differs from its clean draft in one contiguous place that overlaps the label value.
3. The arithmetic of every draft is redone from the text itself (figures are read with anchored
   regular expressions and table parsers, never hard-coded): every clean draft passes every check;
   in every error case the labelled code fails and no other error-level code fails.
   (score_rule_mismatch is a warning in errors.md section B; it is reported but never counted.)
Decimals follow rules.md section 8: a stated value with d decimals matches a computed value c iff
|c - v| <= 0.5 * 10^-d (+1e-9); ROUND_HALF_UP.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES13 = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
WARNING_CODES = {"score_rule_mismatch"}

EPS = D("1e-9")
NUM = r"(\d[\d,]*(?:\.\d+)?)"


# ---------------------------------------------------------------- numbers
def dec(s):
    return D(s.replace(",", "").strip())


def ndp(s):
    s = s.replace(",", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the string as printed; computed: Decimal."""
    tol = D("0.5") * (D(10) ** (-ndp(stated))) + EPS
    return abs(D(computed) - dec(stated)) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def same(a, b):
    """two stated figures of one quantity agree (the less precise one sets the tolerance)."""
    d = min(ndp(a), ndp(b))
    return abs(dec(a) - dec(b)) <= D("0.5") * (D(10) ** (-d)) + EPS


class Miss(Exception):
    pass


def grab(text, pat, n=None):
    ms = list(re.finditer(pat, text))
    if len(ms) != 1:
        raise Miss(f"pattern matched {len(ms)} times: {pat}")
    m = ms[0]
    return m.groups() if n is None else m.group(n)


def grab1(text, pat):
    return grab(text, pat, 1)


# ---------------------------------------------------------------- results
class R:
    def __init__(self):
        self.items = []

    def add(self, code, ok, msg, sev="error"):
        self.items.append((code, sev, bool(ok), msg))

    def failed(self, sev="error"):
        return [(c, m) for (c, s, ok, m) in self.items if not ok and s == sev]


# ---------------------------------------------------------------- tables
def lines_table_after(text, anchor, sep):
    i = text.index(anchor)
    assert text.count(anchor) == 1, anchor
    rows = []
    started = False
    for line in text[i + len(anchor):].split("\n"):
        if sep in line:
            rows.append(line.split(sep))
            started = True
        elif started:
            break
    return rows


def flat_blocks(text, start, end):
    i = text.index(start)
    j = text.index(end, i)
    blocks = []
    for blk in text[i + len(start):j].split("\n\n"):
        lines = [l for l in blk.split("\n") if l != ""]
        if lines and all(l.startswith("\t") for l in lines):
            blocks.append([l[1:] for l in lines])
    return blocks


def find_row(rows, col, name):
    hits = [r for r in rows if len(r) > col and r[col] == name]
    if len(hits) != 1:
        raise Miss(f"row {name!r} found {len(hits)} times")
    return hits[0]


# ---------------------------------------------------------------- indicator values
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?(?:前|底前|以前)?$")
VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=|＝)?\s*" + NUM + r"\s*(.*)$")


def parse_val(s):
    s = s.strip()
    if DATE.match(s):
        return {"kind": "date", "sign": None, "num": None, "unit": "date"}
    m = VAL.match(s)
    if m:
        return {"kind": "num", "sign": m.group(1), "num": dec(m.group(2)), "raw": m.group(2),
                "unit": m.group(3).strip()}
    return {"kind": "qual", "sign": None, "num": None, "unit": None}


def direction(sign):
    if sign in ("≥", "＞", ">="):
        return "gte"
    if sign in ("≤", "＜", "<="):
        return "lte"
    return "eq"


def completion(t, a, d):
    if d == "lte":
        return D(100) if a <= t else t / a * 100
    if t == 0:
        return D(100) if a <= 0 else D(0)
    return a / t * 100


def rule_score(w, t, a, d):
    if d == "lte":
        return w if a <= t else w * t / a
    if d == "eq" and t == 0:
        return w if a <= 0 else D(0)
    return w if a >= t else w * max(a, D(0)) / t


def check_rows(r, rows, tag, weight_total=None, total=None):
    """rows: dicts with name, target, actual, weight, score, optional completion, unit, sign."""
    ws = D(0)
    ss = D(0)
    for row in rows:
        name = row["name"]
        w = dec(row["weight"])
        s = dec(row["score"])
        ws += w
        ss += s
        r.add("score_exceeds_weight", D(0) <= s <= w, f"{tag} {name}: score {s} weight {w}")
        if "unit" in row:          # Sichuan layout: sign, value and unit in separate columns
            tv = parse_val(row["target"])
            if row["sign"] == "定性":
                tv = {"kind": "qual"}
            else:
                tv["sign"] = row["sign"]
                tv["unit"] = row["unit"]
            av = parse_val(row["actual"])
            if av["kind"] == "num" and av["unit"] == "":
                av["unit"] = row["unit"]
        else:
            tv = parse_val(row["target"])
            av = parse_val(row["actual"])
        if tv["kind"] == "qual":
            if av["kind"] != "qual":
                r.add("unit_mismatch", False, f"{tag} {name}: qualitative target, numeric actual")
            continue
        if tv["kind"] == "date":
            r.add("unit_mismatch", av["kind"] == "date", f"{tag} {name}: date target vs {row['actual']}")
            continue
        unit_ok = av["kind"] == "num" and av["unit"] == tv["unit"]
        r.add("unit_mismatch", unit_ok, f"{tag} {name}: target unit {tv['unit']!r} actual {row['actual']!r}")
        if not unit_ok:
            continue
        t, a, d = tv["num"], av["num"], direction(tv["sign"])
        if tv["unit"] == "%" and ("率" in name or "满意度" in name):
            r.add("implausible_rate", D(0) <= a <= 100, f"{tag} {name}: rate {a}%")
        comp = completion(t, a, d)
        cstr = row.get("completion")
        if cstr and cstr not in ("—", "-"):
            r.add("completion_mismatch", close(cstr.rstrip("%"), comp),
                  f"{tag} {name}: completion stated {cstr}, computed {q2(comp)}")
        exp = rule_score(w, t, a, d)
        ok = close(row["score"], exp)
        if not ok and cstr and cstr not in ("—", "-"):      # score from the printed rate (rules 8)
            exp2 = w * min(dec(cstr.rstrip("%")), D(100)) / 100
            ok = close(row["score"], exp2)
        r.add("score_rule_mismatch", ok, f"{tag} {name}: score {row['score']} rule {q2(exp)}",
              sev="warning")
    if weight_total is not None:
        r.add("weight_sum_mismatch", ws == dec(weight_total), f"{tag}: weights {ws} vs {weight_total}")
    if total is not None:
        r.add("score_sum_mismatch", close(total, ss), f"{tag}: scores {ss} vs {total}")
    return ws, ss


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "一般": "中",
          "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def check_grade(r, total, grade, tag):
    r.add("grade_mismatch", GRADES.get(grade) == band(total), f"{tag}: {total} -> {band(total)}, stated {grade}")


def conflict(r, a, b, tag):
    r.add("conflicting_values", same(a, b), f"{tag}: {a} vs {b}")


def rate(r, stated, num, den, tag, code="rate_mismatch"):
    if dec(den) == 0:
        r.add("implausible_rate", stated in ("—", "0"), f"{tag}: rate {stated} on a zero base")
        return
    c = dec(num) / dec(den) * 100
    r.add(code, close(stated.rstrip("%"), c), f"{tag}: stated {stated}, computed {q2(c)}")
    r.add("implausible_rate", dec(stated.rstrip("%")) <= 100, f"{tag}: rate {stated} over 100%")


def total_of(r, parts, total, tag, code="sum_mismatch"):
    c = sum((dec(p) for p in parts), D(0))
    r.add(code, close(total, c), f"{tag}: {' + '.join(parts)} = {c} vs {total}")


def years_of(text, pat, expected, tag, op="eq"):
    out = []
    for m in re.finditer(pat, text):
        y = int(m.group(1))
        ok = {"eq": y == expected, "gt": y > expected}[op]
        out.append((ok, f"{tag}: {m.group(0)}"))
    return out


def check_years(r, text, eval_year, whitelist=()):
    """every 'YYYY年度' names the evaluation year unless it is a listed look-alike; carry-overs go
    to a later year; '截至YYYY年12月31日' names the evaluation year."""
    t = text
    for w in whitelist:
        t = t.replace(w, "")
    for ok, msg in years_of(t, r"(\d{4})年度", eval_year, "年度"):
        r.add("year_mismatch", ok, msg)
    for ok, msg in years_of(t, r"结转至?(\d{4})年", eval_year, "结转", op="gt"):
        r.add("year_mismatch", ok, msg)
    for ok, msg in years_of(t, r"截至(\d{4})年12月31日", eval_year, "截至"):
        r.add("year_mismatch", ok, msg)
    for ok, msg in years_of(t, r"(\d{4})年12月提前下达", eval_year - 1, "提前下达"):
        r.add("year_mismatch", ok, msg)


# ================================================================ project 1: Shanxi 2019
def p_fushan(text):
    r = R()
    ft = lines_table_after(text, "资金到位及执行情况如下表：", "\t")
    rows = {row[1]: row for row in ft[1:]}
    r1, r2, r3, r4, r5 = (rows[k] for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"))
    r6, r7 = rows["(6)=(3)/(2)"], rows["(7)=(4)/(2)"]
    z = lambda c: D(0) if c in ("—", "") else dec(c)
    for row in (r1, r2, r3, r4, r5):
        c = [z(x) for x in row[2:]]
        r.add("sum_mismatch", abs(c[1] - (c[2] + c[3] + c[4] + c[5])) <= EPS, f"{row[0]} 小计")
        r.add("sum_mismatch", abs(c[0] - (c[1] + c[6] + c[7])) <= EPS, f"{row[0]} 总额")
    for j in range(2, 10):
        b = z(r3[j]) - z(r4[j])
        r.add("balance_mismatch", (r5[j] in ("—",) and b == 0) or (r5[j] != "—" and close(r5[j], b)),
              f"结余 col {ft[0][j]}: {r5[j]} vs {b}")
        for rr, num in ((r6, r3), (r7, r4)):
            den = z(r2[j])
            if den == 0:
                r.add("implausible_rate", rr[j] in ("—", "0"), f"{rr[0]} col {ft[0][j]}: {rr[j]} on zero base")
            else:
                rate(r, rr[j], str(z(num[j])), str(den), f"{rr[0]} col {ft[0][j]}")
    # prose <-> table
    conflict(r, grab1(text, r"全年预算资金" + NUM + "万元"), r2[2], "全年预算")
    conflict(r, grab1(text, r"基本建设补助" + NUM + "万元"), r2[5], "省级")
    conflict(r, grab1(text, r"县级财政配套" + NUM + "万元"), r2[7], "县级")
    conflict(r, grab1(text, r"前期工作经费" + NUM + "万元"), r2[8], "结转")
    arrived = grab1(text, r"县级配套资金全年到位" + NUM + "万元")
    conflict(r, arrived, r3[7], "县级到位")
    short = grab1(text, r"尚差" + NUM + "万元未拨付")
    total_of(r, [arrived, short], r2[7], "县级 到位 + 未到位")
    spent = grab1(text, r"全年执行资金" + NUM + "万元，其中")
    conflict(r, spent, r4[2], "执行")
    works, signs, other = grab(text, r"场所建设工程款" + NUM + "万元、标识标牌" + NUM + "万元、设计监理及检测费" + NUM + "万元")
    total_of(r, [works, signs, other], spent, "执行构成")
    nsigns = grab1(text, r"标识标牌共制作安装(\d+)块")
    unit_price = grab1(text, r"每块" + NUM + "元")
    r.add("sum_mismatch", close(signs, dec(nsigns) * dec(unit_price) / 10000), "标识标牌 块×单价")
    conflict(r, grab1(text, r"年末结余" + NUM + "万元"), r5[2], "结余")
    old = grab1(text, r"仅在县城建有(\d+)处")
    new = grab1(text, r"在城关镇、天坛镇、响水河镇、北王乡各建设(1)处")
    total_of(r, [old, str(4 * int(new))], grab1(text, r"全县应急避难场所达到(\d+)处"), "累计场所")
    # indicator table
    it = lines_table_after(text, "各项指标完成情况见下表：", "\t")
    ind = [{"name": x[2], "weight": x[3], "target": x[4], "actual": x[5], "completion": x[6], "score": x[7]}
           for x in it[1:]]
    total = grab1(text, r"总得分" + NUM + "分")
    check_rows(r, ind, "自评表", weight_total="100", total=total)
    check_grade(r, total, grab1(text, r"评价等级为“(.+?)”"), "等级")
    g = {x["name"]: x for x in ind}
    conflict(r, g["预算执行率"]["actual"].rstrip("%"), r7[2], "执行率 表")
    conflict(r, nsigns, g["设置场所标识标牌"]["actual"].rstrip("块"), "标识块数")
    areas = grab(text, r"人民公园场所" + NUM + "万平方米、天坛镇中心广场场所" + NUM + "万平方米、响水河镇文体广场场所" + NUM + "万平方米、北王乡中学操场场所" + NUM + "万平方米，合计" + NUM + "万平方米")
    total_of(r, list(areas[:4]), areas[4], "面积合计")
    conflict(r, areas[4], g["新增有效避难面积"]["actual"].replace("万平方米", ""), "面积")
    costs = grab(text, r"结算价分别为" + NUM + "万元、" + NUM + "万元、" + NUM + "万元、" + NUM + "万元")
    total_of(r, list(costs), works, "工程款")
    mean = sum(dec(c) for c in costs) / 4
    avg = g["单处场所平均建设成本"]["actual"].replace("万元", "")
    r.add("average_mismatch", close(avg, mean), f"平均成本 {avg} vs {q2(mean)}")
    ontime = grab1(text, r"其余(\d+)处均按期完工")
    rate(r, g["按期完工率"]["actual"], ontime, "4", "按期完工率")
    conflict(r, grab1(text, r"可容纳避难群众" + NUM + "万人"), g["可容纳避难人数"]["actual"].replace("万人", ""), "容纳")
    conflict(r, grab1(text, r"城区人均有效避难面积达到" + NUM + "平方米"), g["城区人均有效避难面积"]["actual"].replace("平方米", ""), "人均面积")
    sent, got, rr = grab(text, r"发放调查问卷(\d+)份，收回有效问卷(\d+)份，回收率" + NUM + "%")
    rate(r, rr, got, sent, "回收率")
    yes, sat = grab(text, r"满意和基本满意的(\d+)份，满意度" + NUM + "%")
    rate(r, sat, yes, got, "满意度")
    conflict(r, sat, g["周边群众满意度"]["actual"].rstrip("%"), "满意度 表")
    check_years(r, text, 2019, whitelist=("2018年度结转",))
    return r


# ================================================================ project 2: Hunan 2022
def p_lixian(text):
    r = R()
    ft = lines_table_after(text, "附件：项目支出绩效自评表", "｜")
    tot = find_row(ft, 0, "年度资金总额")
    comps = [find_row(ft, 0, n) for n in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        total_of(r, [c[j] for c in comps], tot[j], f"资金 {col}")
    rate(r, tot[5], tot[3], tot[2], "执行率 表")
    hdr = [i for i, row in enumerate(ft) if row[0] == "一级指标"][0]
    ind_rows = [x for x in ft[hdr + 1:] if x[0] != "总分"]
    tot_row = find_row(ft, 0, "总分")
    ind = [{"name": "预算执行率", "weight": tot[4], "target": "100%", "actual": tot[5], "score": tot[6]}]
    ind += [{"name": x[2], "target": x[3], "actual": x[4], "weight": x[5], "score": x[6]} for x in ind_rows]
    check_rows(r, ind, "自评表", weight_total="100", total=tot_row[6])
    r.add("weight_sum_mismatch", tot_row[5] == "100", "总分 分值")
    ptotal = grab1(text, r"本项目自评得分" + NUM + "分")
    conflict(r, ptotal, tot_row[6], "总分 文表")
    check_grade(r, tot_row[6], grab1(text, r"评价等级为“(.+?)”"), "等级")
    g = {x["name"]: x for x in ind}
    # funds prose
    conflict(r, grab1(text, r"本项目全年预算资金" + NUM + "万元"), tot[2], "全年预算(概况)")
    init, add, annual = grab(text, r"年初县本级财政安排" + NUM + r"万元；7月，省财政厅下达.*?物资储备资金" + NUM + r"万元，全年预算调整为" + NUM + "万元")
    conflict(r, init, tot[1], "年初")
    total_of(r, [init, add], annual, "年初+追加")
    conflict(r, annual, tot[2], "全年预算")
    recv, rrate = grab(text, r"项目资金到位" + NUM + r"万元，到位率" + NUM + "%")
    rate(r, rrate, recv, annual, "到位率")
    spent, erate = grab(text, r"实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    conflict(r, spent, tot[3], "执行数")
    rate(r, erate, spent, annual, "执行率 文")
    a, b, c = grab(text, r"储备库土建及改造" + NUM + r"万元、救灾物资采购" + NUM + r"万元、货架及信息化系统" + NUM + "万元")
    total_of(r, [a, b, c], spent, "支出构成")
    items = re.findall(r"(折叠床|棉被|救灾帐篷)(\d+)(张|床|顶)，单价(\d+)元，计" + NUM + "万元", text)
    r.add("sum_mismatch", len(items) == 3, "采购明细 3 项")
    for nm, qty, unit, price, amt in items:
        r.add("sum_mismatch", close(amt, dec(qty) * dec(price) / 10000), f"{nm} 数量×单价")
        row = {"折叠床": "采购折叠床", "棉被": "采购棉被", "救灾帐篷": "采购救灾帐篷"}[nm]
        av = parse_val(g[row]["actual"])
        if av["kind"] == "num" and av["unit"] == unit:     # a unit slip is reported as unit_mismatch
            conflict(r, qty, av["raw"], f"{nm} 数量")
    total_of(r, [x[4] for x in items], b, "物资采购合计")
    unpaid = grab1(text, r"未支付的" + NUM + "万元")
    r.add("balance_mismatch", close(unpaid, dec(recv) - dec(spent)), f"未支付 {unpaid}")
    # outputs prose
    area = grab1(text, r"储备库改造建筑面积" + NUM + "平方米，较目标")
    conflict(r, area, g["储备库改造建筑面积"]["actual"].replace("平方米", ""), "面积")
    more = grab1(text, r"较目标多出(\d+)平方米")
    total_of(r, [g["储备库改造建筑面积"]["target"].lstrip("≥").replace("平方米", ""), more], area, "超出面积")
    uc = g["储备库改造单位造价"]["actual"].replace("元/平方米", "")
    r.add("average_mismatch", close(uc, dec(a) * 10000 / dec(area)), "单位造价")
    conflict(r, grab1(text, r"单位造价约" + NUM + "元/平方米"), uc, "单位造价 文")
    n, s, pct = grab(text, r"受灾群众(\d+)人，表示满意的(\d+)人，满意度" + NUM + "%")
    rate(r, pct, s, n, "满意度")
    conflict(r, pct, g["乡镇及受灾群众满意度"]["actual"].rstrip("%"), "满意度 表")
    k = grab(text, r"具体指标共(\d+)项，包括数量指标(\d+)项、质量、时效和成本指标各(\d+)项、效益指标(\d+)项、满意度指标(\d+)项")
    total_of(r, [k[1], str(3 * int(k[2])), k[3], k[4]], k[0], "指标项数")
    r.add("conflicting_values", int(k[0]) == len(ind_rows), "指标项数 vs 表")
    check_years(r, text, 2022, whitelist=("2023年度自评",))
    return r


# ================================================================ project 3: Sichuan 2023
def p_hongya(text):
    r = R()
    blocks = flat_blocks(text, "附：2023年项目支出绩效自评表", "洪雅县应急管理局\n2024年")
    fund = {b[0]: b for b in blocks if len(b) == 7}
    tot = fund["年度资金总额"]
    for j, col in ((1, "年初"), (2, "调整后"), (3, "执行")):
        total_of(r, [fund[k][j] for k in ("财政资金", "财政专户管理资金", "单位资金", "其他资金")], tot[j], f"资金 {col}")
    for k in ("年度资金总额", "财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        rate(r, fund[k][4], fund[k][3], fund[k][2], f"执行率 {k}")
    ind_blocks = [b for b in blocks if len(b) == 10 and b[0] not in ("一级指标", "总分")]
    tot_row = [b for b in blocks if len(b) == 10 and b[0] == "总分"][0]
    ind = [{"name": "预算执行率", "weight": tot[5], "target": "100%", "actual": tot[4], "score": tot[6]}]
    ind += [{"name": b[2], "sign": b[3], "target": b[4], "unit": b[5], "actual": b[6], "weight": b[7],
             "score": b[8]} for b in ind_blocks]
    check_rows(r, ind, "自评表", weight_total="100", total=tot_row[8])
    r.add("weight_sum_mismatch", tot_row[7] == "100", "总分 分值")
    g = {x["name"]: x for x in ind}
    # funds prose
    init, i1, i2 = grab(text, r"年初预算" + NUM + r"万元，其中应急物资储备" + NUM + r"万元、避难场所运行维护" + NUM + "万元")
    total_of(r, [i1, i2], init, "年初构成")
    conflict(r, init, tot[1], "年初")
    a1, a2, adj, s1, s2 = grab(text, r"追加物资补充经费" + NUM + r"万元、场所修复经费" + NUM + r"万元，调整后预算" + NUM + r"万元，其中物资储备" + NUM + r"万元、场所运行维护" + NUM + "万元")
    total_of(r, [init, a1, a2], adj, "调整后")
    total_of(r, [i1, a1], s1, "物资 调整后")
    total_of(r, [i2, a2], s2, "场所 调整后")
    total_of(r, [s1, s2], adj, "调整后构成")
    conflict(r, adj, tot[2], "调整后 文表")
    spent, erate = grab(text, r"累计支出" + NUM + r"万元，预算执行率" + NUM + "%")
    conflict(r, spent, tot[3], "执行数")
    rate(r, erate, spent, adj, "执行率 文")
    e1, r1 = grab(text, r"物资储备支出" + NUM + r"万元，执行率" + NUM + "%")
    e2, r2 = grab(text, r"场所运行维护支出" + NUM + r"万元，执行率" + NUM + "%")
    rate(r, r1, e1, s1, "物资 执行率")
    rate(r, r2, e2, s2, "场所 执行率")
    total_of(r, [e1, e2], spent, "支出构成")
    left = grab1(text, r"未支出的" + NUM + "万元")
    r.add("balance_mismatch", close(left, dec(adj) - dec(spent)), f"未支出 {left}")
    conflict(r, e1, g["物资采购及轮换成本"]["actual"], "物资支出 vs 成本指标")
    # outputs prose
    old, new, stock = grab(text, r"原有帐篷(\d+)顶，年内新购置(\d+)顶，库存达到(\d+)顶")
    total_of(r, [old, new], stock, "帐篷库存")
    conflict(r, stock, g["储备救灾帐篷"]["actual"], "帐篷 文表")
    conflict(r, grab1(text, r"折叠床及棉被库存(\d+)套"), g["储备折叠床及棉被"]["actual"], "床被")
    conflict(r, grab1(text, r"盘点物资完好率" + NUM + "%"), g["储备物资完好率"]["actual"], "完好率")
    av = parse_val(g["维护应急避难场所"]["actual"])
    if av["kind"] == "num" and av["unit"] == "":
        conflict(r, grab1(text, r"(\d+)处避难场所全部完成维护"), av["raw"], "维护场所")
    plan, done = grab(text, r"计划开展的(\d+)次疏散演练完成(\d+)次")
    conflict(r, plan, g["开展避难场所疏散演练"]["target"], "演练计划")
    conflict(r, done, g["开展避难场所疏散演练"]["actual"], "演练完成")
    conflict(r, grab1(text, r"避难场所可容纳" + NUM + "万人"), g["避难场所可容纳人数"]["actual"], "容纳")
    for who in ("转移安置群众满意度", "场所周边居民满意度"):
        v = grab1(text, who + NUM + "%")
        r.add("implausible_rate", dec(v) <= 100, f"{who} {v}%")
    conflict(r, grab1(text, r"综合满意度" + NUM + "%"), g["受灾及转移安置群众满意度"]["actual"], "满意度")
    ptotal = grab1(text, r"项目得分" + NUM + "分")
    conflict(r, ptotal, tot_row[8], "总分 文表")
    check_grade(r, tot_row[8], grab1(text, r"评价等级为(优秀|良好|优|良|中|差)"), "等级")
    check_years(r, text, 2023)
    for y in re.findall(r"(\d{4})年度目标", text) + re.findall(r"附：(\d{4})年项目支出", text):
        r.add("year_mismatch", int(y) == 2023, f"目标年度 {y}")
    return r


# ================================================================ project 4: Zhejiang 2024 (department)
def p_wencheng(text):
    r = R()
    ft = lines_table_after(text, "控制率86.40%。" if "控制率86.40%。" in text else "控制率", "｜")
    basic, proj, tot = (find_row(ft, 0, n) for n in ("基本支出", "项目支出", "合计"))
    for j, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        total_of(r, [basic[j], proj[j]], tot[j], f"部门资金 {col}")
    for row in (basic, proj, tot):
        rate(r, row[4], row[3], row[2], f"执行率 {row[0]}")
    annual, init, add = grab(text, r"部门全年预算" + NUM + r"万元，其中年初预算" + NUM + r"万元，年中追加.*?" + NUM + "万元")
    total_of(r, [init, add], annual, "年初+追加")
    conflict(r, annual, tot[2], "全年预算")
    conflict(r, init, tot[1], "年初预算")
    spent, erate = grab(text, r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    conflict(r, spent, tot[3], "支出")
    conflict(r, erate, tot[4].rstrip("%"), "执行率")
    bal, brate = grab(text, r"结转结余" + NUM + r"万元，结转结余率" + NUM + "%")
    r.add("balance_mismatch", close(bal, dec(annual) - dec(spent)), "结转结余")
    rate(r, brate, bal, annual, "结转结余率")
    b3, s3, c3 = grab(text, r"“三公”经费预算" + NUM + r"万元，实际支出" + NUM + r"万元，控制率" + NUM + "%")
    rate(r, c3, s3, b3, "三公控制率")
    pe, ge = grab(text, r"人员经费" + NUM + r"万元、公用经费" + NUM + "万元")
    total_of(r, [pe, ge], basic[3], "基本支出构成")
    projs = re.findall(r"(应急避难场所提升改造项目|应急物资储备及轮换项目|防汛防台应急保障项目)预算" + NUM + r"万元，支出" + NUM + "万元", text)
    r.add("sum_mismatch", len(projs) == 3, "3 projects")
    total_of(r, [p[1] for p in projs], proj[2], "项目预算合计")
    total_of(r, [p[2] for p in projs], proj[3], "项目支出合计")
    pm = {p[0]: p for p in projs}
    # project tables
    heads = {"应急避难场所提升改造项目": "（一）应急避难场所提升改造项目（满分100分）",
             "应急物资储备及轮换项目": "（二）应急物资储备及轮换项目（满分100分）",
             "防汛防台应急保障项目": "（三）防汛防台应急保障项目（满分100分）"}
    sent = {m[0]: (m[1], m[2]) for m in re.findall(r"(应急避难场所提升改造项目|应急物资储备及轮换项目|防汛防台应急保障项目)得分" + NUM + r"分，等级为(优秀|良好|优|良|中|差)", text)}
    r.add("conflicting_values", len(sent) == 3, "3 project scores in the sentence")
    tables = {}
    for pname, head in heads.items():
        t = lines_table_after(text, head, "｜")
        rows = [x for x in t[1:] if x[0] != "合计"]
        tot_row = find_row(t, 0, "合计")
        ind = [{"name": x[2], "target": x[3], "actual": x[4], "weight": x[5], "score": x[6]} for x in rows]
        check_rows(r, ind, pname, weight_total="100", total=tot_row[6])
        r.add("weight_sum_mismatch", tot_row[5] == "100", f"{pname} 合计分值")
        rate(r, find_row(rows, 2, "预算执行率")[4], pm[pname][2], pm[pname][1], f"{pname} 执行率")
        conflict(r, sent[pname][0], tot_row[6], f"{pname} 得分 文表")
        check_grade(r, tot_row[6], sent[pname][1], f"{pname} 等级")
        tables[pname] = {x["name"]: x for x in ind}
    avg = grab1(text, r"3个项目平均得分" + NUM + "分")
    mean = sum(dec(v[0]) for v in sent.values()) / 3
    r.add("average_mismatch", close(avg, mean), f"平均 {avg} vs {q2(mean)}")
    A = tables["应急避难场所提升改造项目"]
    n, early = grab(text, r"全年完成(\d+)处避难场所提升改造，其中(\d+)处在6月底汛期前完工")
    conflict(r, n, A["提升改造避难场所"]["actual"].rstrip("处"), "A 场所数")
    rate(r, A["汛期前完工率"]["actual"], early, n, "A 汛期前完工率")
    conflict(r, grab1(text, r"新增可容纳避难人数" + NUM + "万人，"), A["新增可容纳避难人数"]["actual"].replace("万人", ""), "A 容纳")
    B = tables["应急物资储备及轮换项目"]
    k, less = grab(text, r"年内新增储备物资(\d+)类，少于目标(\d+)类")
    conflict(r, k, B["新增储备物资品种"]["actual"].rstrip("类"), "B 品种")
    total_of(r, [k, less], B["新增储备物资品种"]["target"].lstrip("≥").rstrip("类"), "B 品种差")
    conflict(r, grab1(text, r"轮换到期物资(\d+)件（套），"), B["轮换到期物资"]["actual"].replace("件（套）", ""), "B 轮换")
    allp, okp = grab(text, r"(\d+)个乡镇（街道）中有(\d+)个储备点达到标准化要求")
    rate(r, B["乡镇（街道）储备点标准化达标率"]["actual"], okp, allp, "B 达标率")
    total_of(r, [okp, grab1(text, r"对(\d+)个未达标乡镇储备点")], allp, "B 未达标")
    hrs, over = grab(text, r"平均响应时间(\d+)小时，比目标多(\d+)小时")
    conflict(r, hrs, B["应急物资调拨响应时间"]["actual"].rstrip("小时"), "B 响应时间")
    total_of(r, [B["应急物资调拨响应时间"]["target"].lstrip("≤").rstrip("小时"), over], hrs, "B 响应差")
    C = tables["防汛防台应急保障项目"]
    moved, dev = grab(text, r"全年转移避险群众(\d+)人次，较目标多" + NUM + "%")
    conflict(r, moved, C["转移避险群众"]["actual"].rstrip("人次"), "C 转移")
    tgt = dec(C["转移避险群众"]["target"].lstrip("≥").rstrip("人次"))
    r.add("rate_mismatch", close(dev, (dec(moved) - tgt) / tgt * 100), "C 偏差率")
    # department table
    dt = lines_table_after(text, "等级为优。具体如下：" if "等级为优。具体如下：" in text else "具体如下：", "｜")
    drows = [x for x in dt[1:] if x[0] != "合计"]
    dtot = find_row(dt, 0, "合计")
    dind = [{"name": x[2], "target": x[3], "actual": x[4], "weight": x[5], "score": x[6]} for x in drows]
    check_rows(r, dind, "部门", weight_total="100", total=dtot[6])
    r.add("weight_sum_mismatch", dtot[5] == "100", "部门 合计分值")
    dg = {x["name"]: x for x in dind}
    conflict(r, dg["部门预算执行率"]["actual"].rstrip("%"), tot[4].rstrip("%"), "部门执行率")
    conflict(r, dg["结转结余率"]["actual"].rstrip("%"), brate, "结转结余率")
    conflict(r, dg["“三公”经费控制率"]["actual"].rstrip("%"), c3, "三公")
    conflict(r, dg["新增（改造）避难场所"]["actual"].rstrip("处"), n, "部门 场所")
    conflict(r, grab1(text, r"(\d+)处避难场所改造全部完成"), n, "部门 场所 文")
    dscore, dgrade = grab(text, r"部门整体自评得分" + NUM + r"分，等级为(优秀|良好|优|良|中|差)")
    conflict(r, dscore, dtot[6], "部门得分")
    check_grade(r, dtot[6], dgrade, "部门等级")
    check_years(r, text, 2024)
    return r


# ================================================================ project 5: Hubei 2020
def p_yunmeng(text):
    r = R()
    ft = lines_table_after(text, "得分为分值乘以预算执行率。", "｜")
    h = ft[0]
    row = dict(zip(h, ft[1]))
    rate(r, row["到位率"], row["实际到位数"], row["全年预算数"], "到位率")
    rate(r, row["预算执行率"], row["实际支出数"], row["全年预算数"], "执行率")
    r.add("balance_mismatch", close(row["结余数"], dec(row["实际到位数"]) - dec(row["实际支出数"])), "结余数")
    exec_row = {"name": "预算执行率", "target": "100%", "actual": row["预算执行率"], "weight": row["分值"],
                "score": row["得分"]}
    check_rows(r, [exec_row], "预算执行")
    # funds prose
    init, cen, cty = grab(text, r"项目年初预算" + NUM + r"万元，其中中央自然灾害防治体系建设补助资金" + NUM + r"万元（.*?），县级财政资金" + NUM + "万元")
    total_of(r, [cen, cty], init, "年初构成")
    conflict(r, init, row["年初预算数"], "年初")
    cut, adj = grab(text, r"县级资金调减" + NUM + r"万元，调整后预算为" + NUM + "万元")
    r.add("sum_mismatch", close(adj, dec(init) - dec(cut)), "调整后 = 年初 - 调减")
    conflict(r, adj, row["全年预算数"], "全年预算")
    conflict(r, grab1(text, r"本项目2020年调整后预算" + NUM + "万元"), row["全年预算数"], "全年预算(概况)")
    c_in, y_in, y_short = grab(text, r"中央资金" + NUM + r"万元全部到位；县级资金到位" + NUM + r"万元，尚有" + NUM + "万元")
    conflict(r, c_in, cen, "中央到位")
    total_of(r, [c_in, y_in], row["实际到位数"], "到位构成")
    r.add("sum_mismatch", close(y_short, dec(cty) - dec(cut) - dec(y_in)), "县级未拨付")
    spent, erate = grab(text, r"全年实际支出" + NUM + r"万元，预算执行率" + NUM + "%")
    conflict(r, spent, row["实际支出数"], "支出")
    conflict(r, erate, row["预算执行率"].rstrip("%"), "执行率")
    p1, p2, p3 = grab(text, r"避难场所建设支出" + NUM + r"万元，乡镇储备点建设支出" + NUM + r"万元，救灾物资购置支出" + NUM + "万元")
    total_of(r, [p1, p2, p3], spent, "支出构成")
    per, unit, cnt, tot = grab(text, r"按每个" + NUM + r"(元|万元)的标准补助，(\d+)个储备点合计" + NUM + "万元")
    per_w = dec(per) / 10000 if unit == "元" else dec(per)
    if close(tot, per_w * int(cnt)):
        r.add("sum_mismatch", True, "储备点补助")
    elif close(tot, per_w * int(cnt) / 10000) or close(tot, per_w * int(cnt) * 10000):
        r.add("unit_mismatch", False, f"储备点补助 {per}{unit}: off by 10^4")
    else:
        r.add("sum_mismatch", False, "储备点补助")
    conflict(r, tot, p2, "储备点支出")
    conflict(r, grab1(text, r"预算执行率指标分值(\d+)分"), row["分值"], "执行分值")
    # indicator table
    it = lines_table_after(text, "各目标完成情况如下：", "｜")
    rows = [x for x in it[1:] if x[0] != "绩效指标小计"]
    sub = find_row(it, 0, "绩效指标小计")
    ind = [{"name": x[3], "target": x[4], "actual": x[5], "completion": x[6], "weight": x[7], "score": x[8]}
           for x in rows]
    check_rows(r, ind, "绩效指标", weight_total=sub[7], total=sub[8])
    r.add("weight_sum_mismatch", dec(sub[7]) + dec(row["分值"]) == 100, "20 + 80 = 100")
    nind, wsum = grab(text, r"共(\d+)项绩效指标，分值(\d+)分")
    r.add("conflicting_values", int(nind) == len(rows), "指标项数")
    conflict(r, wsum, sub[7], "指标分值")
    ptotal, pexec, pind, grade = grab(text, r"绩效自评得分" + NUM + r"分（预算执行得分" + NUM + r"分，绩效指标得分" + NUM + r"分），等级为(优秀|良好|优|良|中|差)")
    total_of(r, [pexec, pind], ptotal, "总分", code="score_sum_mismatch")
    conflict(r, pexec, row["得分"], "执行得分")
    conflict(r, pind, sub[8], "指标得分")
    check_grade(r, ptotal, grade, "等级")
    g = {x["name"]: x for x in ind}
    a1, a2 = grab(text, r"有效避难面积分别为" + NUM + r"万平方米和" + NUM + "万平方米")
    total_of(r, [a1, a2], g["场所有效避难面积"]["actual"].replace("万平方米", ""), "面积")
    conflict(r, grab1(text, r"可容纳避难群众" + NUM + "万人"), g["场所可容纳避难人数"]["actual"].replace("万人", ""), "容纳")
    conflict(r, grab1(text, r"平均达标率(\d+)%"), g["储备点物资配置达标率"]["actual"].rstrip("%"), "达标率")
    used, lim = grab(text, r"用时(\d+)小时，超过(\d+)小时")
    conflict(r, used, g["物资调拨响应时间（反向指标）"]["actual"].rstrip("小时"), "响应")
    conflict(r, lim, g["物资调拨响应时间（反向指标）"]["target"].lstrip("≤").rstrip("小时"), "响应目标")
    tot_items, beds, quilts, lamps = grab(text, r"全年购置救灾物资(\d+)件（套），其中折叠床(\d+)张、棉被(\d+)床、应急照明灯(\d+)台")
    total_of(r, [beds, quilts, lamps], tot_items, "物资构成")
    conflict(r, tot_items, g["购置救灾物资"]["actual"].replace("件（套）", ""), "物资")
    conflict(r, grab1(text, r"满意度为" + NUM + "%"), g["受益群众满意度"]["actual"].rstrip("%"), "满意度")
    check_years(r, text, 2020)
    for y in re.findall(r"本项目(\d{4})年调整后预算", text):
        r.add("year_mismatch", int(y) == 2020, "概况年份")
    return r


PROJECTS = {
    "sx-fushan-binancs-2019": p_fushan,
    "hn-lixian-wuzichubeiku-2022": p_lixian,
    "sc-hongya-yingjiwuzi-2023": p_hongya,
    "zj-wencheng-yingjiju-bumen-2024": p_wencheng,
    "hb-yunmeng-binan-2020": p_yunmeng,
}


# ================================================================ main
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return (p, len(a) - s), (p, len(b) - s)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES13}
    where = {"prose": 0, "table": 0}
    for rec in labels:
        for e in rec["expected"]:
            if e["code"] in counts:
                counts[e["code"]] += 1
            else:
                problems.append(f"{rec['case']}: unknown code {e['code']}")
    for c, n in counts.items():
        if n < 2:
            problems.append(f"code {c} used {n} times (< 2)")
    cleans = {}
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        src = rec["source"]
        n = len(text)
        if rec["clean"]:
            cleans[src] = text
            if not (2800 <= n <= 3400):
                problems.append(f"{rec['case']}: {n} characters (outside 2800-3400)")
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with labels")
    for rec in labels:
        name = rec["case"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        try:
            res = PROJECTS[rec["source"]](text)
        except (Miss, KeyError, IndexError, ValueError) as ex:
            problems.append(f"{name}: parser failed: {ex!r}")
            continue
        fails = res.failed("error")
        warns = res.failed("warning")
        fcodes = sorted({c for c, _ in fails})
        if rec["clean"]:
            if fails or warns:
                problems.append(f"{name}: clean draft fails {fails + warns}")
            print(f"{name:45s} checks={len(res.items):3d} clean OK" if not (fails or warns) else f"{name} FAIL")
            continue
        exp = rec["expected"]
        if len(exp) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        code, value = exp[0]["code"], exp[0]["value"]
        if exp[0]["severity"] != "error":
            problems.append(f"{name}: severity not error")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times: {value!r}")
        if fcodes != [code]:
            problems.append(f"{name}: labelled {code}, failing error codes {fcodes}: {fails}")
        clean = cleans[rec["source"]]
        (ca, cb), (ea, eb) = diff_region(clean, text)
        vpos = text.find(value)
        if eb <= ea and cb <= ca:
            problems.append(f"{name}: identical to its clean draft")
        elif not (vpos < max(eb, ea + 1) and ea < vpos + len(value)):
            problems.append(f"{name}: changed region [{ea},{eb}) does not overlap value at {vpos}")
        ln = text[:ea].count("\n")
        line = text.split("\n")[ln]
        kind = "table" if ("｜" in line or "\t" in line) else "prose"
        where[kind] += 1
        print(f"{name:45s} {code:22s} {kind:5s} fails={fcodes} warnings={len(warns)}")
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    print("where:", where)
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
