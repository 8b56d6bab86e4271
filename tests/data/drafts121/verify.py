#!/usr/bin/env python3
"""Verify set n121.

1. labels.jsonl: every case exists; every label value occurs in its case; clean cases expect nothing.
2. every error case equals its clean draft with the one edit of build.py applied (old occurs once),
   differs from the clean draft in one place (one changed region, at most 80 characters), and
   the label value overlaps that changed region.
3. the arithmetic of every clean draft is redone: CSV tables (合计 lines, rates, balances, weights,
   scores, completion rates, units), the 自评表 funds block, and project-specific prose figures
   (budget adjustments, balances, audit reductions, averages, per-unit costs, counts, totals,
   grade bands, years).
Prints OK at the end when everything holds; exits 1 otherwise.
"""
import csv
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402

CASES = os.path.join(HERE, "cases")
FAILS = []
NCHECKS = [0]


def fail(msg):
    FAILS.append(msg)


# ---------------------------------------------------------------- numbers
NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def dec_of(s):
    """Decimal of the first number in s (thousands commas removed), or None."""
    m = NUM_RE.search(s or "")
    if not m:
        return None
    return D(m.group(0).replace(",", ""))


def decimals(s):
    m = NUM_RE.search(s)
    txt = m.group(0)
    return len(txt.split(".")[1]) if "." in txt else 0


def consistent(stated, computed):
    """rules.md §8: |computed - v| <= 0.5 * 10^-d (d = decimals as written)."""
    v = dec_of(stated)
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def check(where, desc, stated, computed):
    NCHECKS[0] += 1
    if stated is None:
        fail(f"{where}: {desc}: stated value not found")
    elif not consistent(stated, computed):
        fail(f"{where}: {desc}: stated {stated}, computed {D(computed):.4f}")


def truth(where, desc, cond):
    NCHECKS[0] += 1
    if not cond:
        fail(f"{where}: {desc}")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def is_num(cell):
    c = cell.strip().replace(",", "")
    return bool(re.fullmatch(r"-?\d+(?:\.\d+)?", c))


def is_pct(cell):
    return bool(re.fullmatch(r"-?\d+(?:\.\d+)?%", cell.strip()))


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": ["优", "优秀"], "良": ["良", "良好"], "中": ["中", "中等", "一般", "合格"], "差": ["差", "较差", "不合格"]}


# ---------------------------------------------------------------- CSV tables
def csv_blocks(text):
    """Runs of consecutive lines that parse as CSV rows with >= 5 fields."""
    blocks, cur = [], []
    for line in text.split("\n"):
        row = next(csv.reader([line])) if line.strip() else []
        if len(row) >= 5 and "。" not in line:
            cur.append(row)
        else:
            if len(cur) >= 2:
                blocks.append(cur)
            cur = []
    if len(cur) >= 2:
        blocks.append(cur)
    return blocks


def col(header, *needles, exclude=()):
    for i, h in enumerate(header):
        if all(n in h for n in needles) and not any(x in h for x in exclude):
            return i
    return None


def check_total_line(where, header, rows):
    tot = [r for r in rows if r[0].startswith("合计")]
    if not tot:
        return
    tot = tot[0]
    data = [r for r in rows if not r[0].startswith("合计")]
    for j in range(1, len(header)):
        cell = tot[j] if j < len(tot) else ""
        if not is_num(cell):
            continue
        vals = [r[j] for r in data if j < len(r)]
        if not all(is_num(v) or v.strip() in ("", "—") for v in vals):
            continue
        s = sum((dec_of(v) for v in vals if is_num(v)), D(0))
        check(where, f"合计 of column {header[j]}", cell, s)


def check_rates(where, header, rows):
    specs = []
    for j, h in enumerate(header):
        if "执行率" in h:
            num = col(header, "执行", exclude=("率",)) or col(header, "实际支出")
            den = col(header, "全年预算")
        elif "到位率" in h:
            num = col(header, "到位", exclude=("率",))
            den = col(header, "全年预算")
        elif "审减率" in h:
            num = col(header, "审减金额")
            den = col(header, "送审金额")
        else:
            continue
        if num is None or den is None:
            fail(f"{where}: no base for rate column {h}")
            continue
        specs.append((j, num, den, h))
    for r in rows:
        for j, num, den, h in specs:
            if j >= len(r) or not is_num(r[num]) or not is_num(r[den]):
                continue
            a, b = dec_of(r[num]), dec_of(r[den])
            if b == 0:
                truth(where, f"{r[0]} {h} on a zero base must be —", r[j].strip() in ("—", "", "0"))
            else:
                truth(where, f"{r[0]} {h} must be a percentage", is_pct(r[j]))
                if is_pct(r[j]):
                    check(where, f"{r[0]} {h}", r[j], a / b * 100)
                    truth(where, f"{r[0]} {h} within 0-100%", D(0) <= a / b * 100 <= 100)


def check_balance_col(where, header, rows):
    jb = col(header, "结余")
    jr = col(header, "到位", exclude=("率",))
    js = col(header, "执行", exclude=("率",))
    if jb is None or jr is None or js is None:
        return
    for r in rows:
        check(where, f"{r[0]} 结余 = 到位 − 执行", r[jb], dec_of(r[jr]) - dec_of(r[js]))


def direction(target):
    t = target.strip()
    if t.startswith(("≥", ">=", "＞", ">")) or "不低于" in t or "不少于" in t:
        return "gte"
    if t.startswith(("≤", "<=", "＜", "<")) or "不超过" in t or "不高于" in t:
        return "lte"
    return "eq"


def unit_of(cell):
    u = NUM_RE.sub("", cell.replace('"', ""))
    for ch in "≥≤=<>＞＜":
        u = u.replace(ch, "")
    return u.strip()


def indicator_table(where, header, rows):
    """Returns {level1: (weight_sum, score_sum)} and the stated total score."""
    jt, ja = col(header, "年度指标值"), col(header, "实际完成值")
    jw, js = col(header, "分值"), col(header, "得分")
    jc = col(header, "完成率")
    data = [r for r in rows if not r[0].startswith("合计")]
    tot = [r for r in rows if r[0].startswith("合计")][0]
    check(where, "自评表 分值 合计 = 100", tot[jw], D(100))
    levels = {}
    for r in data:
        w, s = dec_of(r[jw]), dec_of(r[js])
        truth(where, f"{r[2] or r[0]}: 0 <= 得分 <= 分值", D(0) <= s <= w)
        key = "预算执行" if "预算执行" in r[0] else r[0]
        a = levels.setdefault(key, [D(0), D(0)])
        a[0] += w
        a[1] += s
        target, actual = r[jt], r[ja]
        quantitative = (dec_of(target) is not None and dec_of(actual) is not None
                        and not re.search(r"[年月日]", target) and "，" not in actual)
        if not quantitative:
            continue
        truth(where, f"{r[2] or r[0]}: unit of actual ({actual}) = unit of target ({target})",
              unit_of(target) == unit_of(actual))
        T, A = dec_of(target), dec_of(actual)
        d = direction(target)
        if d == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if "%" in actual and "满意" in (r[2] + r[1]):
            truth(where, f"{r[2]}: satisfaction <= 100%", A <= 100)
        score = min(w, w * comp / 100)
        check(where, f"{r[2] or r[0]}: 得分 from target/actual", r[js], score)
        if jc is not None:
            check(where, f"{r[2] or r[0]}: 完成率", r[jc], comp)
    ws = sum(v[0] for v in levels.values())
    ss = sum(v[1] for v in levels.values())
    check(where, "Σ 分值", tot[jw], ws)
    check(where, "Σ 得分 = 合计得分", tot[js], ss)
    return levels, tot[js]


def funds_block(where, header, rows):
    """自评表 funds block: 年度资金总额 = Σ 其中 rows; rates; execution score."""
    j0, j1, j2 = col(header, "年初预算"), col(header, "全年预算"), col(header, "全年执行")
    jw, jr, js = col(header, "分值"), col(header, "执行率"), col(header, "得分")
    total = rows[0]
    parts = rows[1:]
    for j in (j0, j1, j2):
        check(where, f"年度资金总额 {header[j]} = Σ 其中", total[j], sum(dec_of(p[j]) for p in parts))
    for r in rows:
        b = dec_of(r[j1])
        if b == 0:
            truth(where, f"{r[0]} 执行率 on zero base is —", r[jr].strip() == "—")
        else:
            check(where, f"{r[0]} 执行率", r[jr], dec_of(r[j2]) / b * 100)
    check(where, "预算执行率得分 = 分值 × 执行率", total[js], dec_of(total[jw]) * dec_of(total[j2]) / dec_of(total[j1]))
    return {"initial": dec_of(total[j0]), "annual": dec_of(total[j1]), "spent": dec_of(total[j2]),
            "rate": total[jr], "score": total[js], "rows": {r[0]: r for r in rows}}


def analyse(where, text):
    info = {"funds": None, "ind": None, "tables": []}
    for block in csv_blocks(text):
        header, rows = block[0], block[1:]
        info["tables"].append((header, rows))
        if header[0] == "项目资金":
            info["funds"] = funds_block(where, header, rows)
        elif "分值" in header and "得分" in header:
            info["ind"] = indicator_table(where, header, rows)
        else:
            check_total_line(where, header, rows)
            check_rates(where, header, rows)
            check_balance_col(where, header, rows)
    truth(where, "funds block found", info["funds"] is not None)
    truth(where, "indicator table found", info["ind"] is not None)
    return info


def table(info, first_header):
    for header, rows in info["tables"]:
        if header[0] == first_header:
            return header, {r[0]: r for r in rows}
    raise KeyError(first_header)


def g(flat, pattern, where):
    """First group of pattern in the flattened text (string as written), or None."""
    m = re.search(pattern, flat)
    if not m:
        fail(f"{where}: pattern not found: {pattern}")
        return None
    return m.group(1)


def n(s):
    return dec_of(s)


def common_conclusion(where, flat, info, grade_pattern):
    levels, total = info["ind"]
    stated_total = g(flat, r"(?:自评总得分|自评总分|综合得分|自评得分)(\d+(?:\.\d+)?)分", where)
    check(where, "total in text = table total", stated_total, n(total))
    grade = g(flat, grade_pattern, where)
    truth(where, f"grade {grade} fits total {total}", grade in GRADE_WORDS[grade_of(n(total))])
    for name, key in (("预算执行率", "预算执行"), ("产出指标", "产出指标"), ("效益指标", "效益指标"), ("满意度指标", "满意度指标")):
        m = re.search(name + r"得分(\d+(?:\.\d+)?)分", flat)
        if m:
            check(where, f"{name} score in text = Σ table rows", m.group(1), levels[key][1])
    f = info["funds"]
    check(where, "execution score in funds block = indicator row", f["score"], levels["预算执行"][1])


# ---------------------------------------------------------------- per project
def p_tj(where, text, info):
    flat = text.replace("\n", "")
    h, fr = table(info, "资金来源")
    tot = fr["合计"]
    check(where, "年初预算 text = table", g(flat, r"本项目年初预算([\d,.]+)万元", where), n(tot[1]))
    parts = [g(flat, p + r"([\d,.]+)万元", where) for p in
             (r"其中中央补助资金", r"市级补助资金", r"区级配套资金", r"专项债券资金")]
    check(where, "年初预算 = Σ sources in text", tot[1], sum(n(p) for p in parts))
    add = g(flat, r"市级追加补助([\d,.]+)万元", where)
    cut = g(flat, r"调减([\d,.]+)万元；", where)
    bond_cut = g(flat, r"相应调减([\d,.]+)万元", where)
    annual = g(flat, r"调整后全年预算([\d,.]+)万元", where)
    check(where, "全年 = 年初 + 追加 − 调减", annual, n(tot[1]) + n(add) - n(cut) - n(bond_cut))
    check(where, "市级 全年 = 年初 + 追加", fr["市级补助资金"][2], n(fr["市级补助资金"][1]) + n(add))
    check(where, "区级 全年 = 年初 − 调减", fr["区级配套资金"][2], n(fr["区级配套资金"][1]) - n(cut))
    truth(where, "资金全部到位 ⇒ 到位 = 全年", n(tot[3]) == n(tot[2]) == n(annual))
    spent = g(flat, r"全年执行数([\d,.]+)万元，预算执行率", where)
    check(where, "spent text = table", spent, n(tot[4]))
    check(where, "rate in text", g(flat, r"预算执行率([\d.]+%)。支出构成", where), n(spent) / n(annual) * 100)
    comp = [g(flat, p + r"([\d,.]+)万元", where) for p in
            (r"支付工程款", r"设计费", r"监理费", r"结算审计费", r"迁改费用")]
    check(where, "spending breakdown adds to spent", spent, sum(n(c) for c in comp))
    bal = g(flat, r"年末资金结余([\d,.]+)万元", where)
    check(where, "结余 = 到位 − 执行", bal, n(tot[3]) - n(spent))
    truth(where, "carried to a later year", int(g(flat, r"结转至(\d{4})年", where)) > 2023)
    truth(where, "advance issued in December of the year before", "2022年12月提前下达" in flat)
    ah, ar = table(info, "序号")
    at = ar["合计"]
    for k, r in ar.items():
        if k != "合计":
            check(where, f"小区{k} 审减 = 送审 − 审定", r[8], n(r[6]) - n(r[7]))
    check(where, "合同总金额 text = table", g(flat, r"施工合同总金额([\d,.]+)万元", where), n(at[5]))
    check(where, "送审 text", g(flat, r"送审金额合计([\d,.]+)万元", where), n(at[6]))
    check(where, "审定 text", g(flat, r"审定金额([\d,.]+)万元", where), n(at[7]))
    check(where, "审减 text", g(flat, r"审减([\d,.]+)万元", where), n(at[8]))
    check(where, "审减率", g(flat, r"综合审减率([\d.]+%)", where), n(at[8]) / n(at[6]) * 100)
    check(where, "工程款 = 审定", comp[0], n(at[7]))
    check(where, "楼栋 text = table", g(flat, r"涉及楼栋(\d+)栋", where), n(at[2]))
    check(where, "户数 text = table", g(flat, r"居民([\d,]+)户，改造面积", where), n(at[3]))
    check(where, "面积 text = table", g(flat, r"改造面积([\d.]+)万平方米。改造内容", where), n(at[4]))
    count = len(ar) - 1
    check(where, "小区 count", g(flat, r"共(\d+)个小区纳入", where), count)
    check(where, "average area", g(flat, r"平均每个小区改造面积([\d.]+)万平方米", where), n(at[4]) / count)
    check(where, "cost per m²", g(flat, r"每平方米改造成本([\d.]+)元", where), n(spent) / n(at[4]))
    check(where, "per household (约)", g(flat, r"户均投入约([\d.]+)万元", where), n(spent) / n(at[3]))
    hz = [g(flat, p, where) for p in (r"燃气管线隐患(\d+)处", r"消防通道占用(\d+)处", r"私搭乱建(\d+)处", r"屋面渗漏(\d+)处")]
    check(where, "隐患 parts", g(flat, r"共整治消除安全隐患(\d+)处", where), sum(n(x) for x in hz))
    check(where, "物业覆盖率", g(flat, r"物业管理覆盖率(\d+%)", where), D(6) / D(count) * 100)
    check(where, "满意度", g(flat, r"居民满意度([\d.]+%)", where),
          n(g(flat, r"满意的(\d+)份", where)) / n(g(flat, r"有效问卷(\d+)份", where)) * 100)
    common_conclusion(where, flat, info, r"评价等级为“(.)”")
    truth(where, "table grade line", ("自评等级：" + grade_of(n(info["ind"][1]))) in flat)
    truth(where, "table year", "年度：2023年度" in flat)


def p_rc(where, text, info):
    flat = text.replace("\n", "")
    h, fr = table(info, "资金来源")
    tot = fr["合计"]
    check(where, "年初 text", g(flat, r"项目年初预算([\d,.]+)万元", where), n(tot[1]))
    second = g(flat, r"第二批中央补助资金([\d,.]+)万元", where)
    prov = g(flat, r"省级补助资金([\d,.]+)万元下达", where)
    check(where, "中央 全年 = 年初 + 第二批", fr["中央补助资金"][2], n(fr["中央补助资金"][1]) + n(second))
    annual = g(flat, r"调整后全年预算([\d,.]+)万元", where)
    check(where, "全年 = 年初 + 第二批 + 省级", annual, n(tot[1]) + n(second) + n(prov))
    check(where, "全年 text = table", annual, n(tot[2]))
    truth(where, "到位率100% ⇒ 到位 = 全年", "到位率100%" in flat and n(tot[3]) == n(tot[2]))
    spent = g(flat, r"累计支出([\d,.]+)万元", where)
    check(where, "spent", spent, n(tot[4]))
    check(where, "rate text", g(flat, r"累计支出[\d,.]+万元，预算执行率([\d.]+%)", where), n(spent) / n(annual) * 100)
    bal = g(flat, r"结余([\d,.]+)万元（", where)
    check(where, "结余 = 到位 − 支出", bal, n(tot[3]) - n(spent))
    bond = fr["专项债券资金"]
    check(where, "bond part of 结余", g(flat, r"其中专项债券资金([\d,.]+)万元", where), n(bond[3]) - n(bond[4]))
    check(where, "bond rate in text", g(flat, r"专项债券资金执行率仅为([\d.]+%)", where), n(bond[4]) / n(bond[2]) * 100)
    truth(where, "carried to a later year", int(g(flat, r"结转至(\d{4})年", where)) > 2020)
    truth(where, "advance issued December before", "已于2019年12月提前下达" in flat)
    ss, sd_, sj = (g(flat, p, where) for p in (r"送审金额([\d,.]+)万元", r"审定金额([\d,.]+)万元", r"审减([\d,.]+)万元"))
    check(where, "审减 = 送审 − 审定", sj, n(ss) - n(sd_))
    check(where, "审减率", g(flat, r"审减率([\d.]+%)", where), n(sj) / n(ss) * 100)
    bh, br = table(info, "标段")
    bt = br["合计"]
    check(where, "小区 count", g(flat, r"共实施城镇老旧小区改造(\d+)个", where), n(bt[1]))
    check(where, "楼栋", g(flat, r"涉及楼栋(\d+)栋", where), n(bt[2]))
    check(where, "户数 概况", g(flat, r"惠及居民([\d,]+)户，改造面积", where), n(bt[3]))
    check(where, "面积", g(flat, r"改造面积([\d.]+)万平方米", where), n(bt[4]))
    check(where, "合同总价", g(flat, r"合同总价([\d,.]+)万元", where), n(bt[5]))
    check(where, "户均改造投资", g(flat, r"户均改造投资([\d.]+)万元，控制", where), n(bt[5]) / n(bt[3]))
    pairs = [(r"计划改造小区(\d+)个，实际开工改造(\d+)个，完成率([\d.]+%)"),
             (r"计划改造楼栋(\d+)栋，实际(\d+)栋，完成率([\d.]+%)"),
             (r"计划惠及居民([\d,]+)户，实际惠及([\d,]+)户，完成率([\d.]+%)"),
             (r"计划改造雨污管网(\d+)公里，实际完成([\d.]+)公里，完成率([\d.]+%)")]
    for p in pairs:
        m = re.search(p, flat)
        truth(where, f"completion sentence {p}", m is not None)
        if m:
            check(where, f"completion {m.group(0)[:12]}", m.group(3), n(m.group(2)) / n(m.group(1)) * 100)
    check(where, "户数 completion uses table", g(flat, r"实际惠及([\d,]+)户", where), n(bt[3]))
    done = g(flat, r"年底前完工(\d+)个小区", where)
    check(where, "当年完工率", g(flat, r"当年完工率([\d.]+%)", where), n(done) / n(bt[1]) * 100)
    check(where, "已完工小区", g(flat, r"已完工的(\d+)个小区", where), n(done))
    check(where, "在施工 = 总数 − 完工", g(flat, r"仍有(\d+)个小区在施工", where), n(bt[1]) - n(done))
    check(where, "长效机制比例", g(flat, r"引入物业服务，比例为(\d+%)", where),
          n(g(flat, r"中有(\d+)个已建立", where)) / n(bt[1]) * 100)
    check(where, "满意度", g(flat, r"满意度([\d.]+%)，略低于", where),
          n(g(flat, r"满意及比较满意(\d+)份", where)) / n(g(flat, r"有效问卷(\d+)份", where)) * 100)
    f = info["funds"]
    fiscal = f["rows"]["其中：当年财政拨款"]
    others = [fr[k] for k in fr if k not in ("合计", "专项债券资金")]
    for j, lab in ((1, "年初"), (2, "全年"), (3, "执行")):
        src_col = {1: 1, 2: 2, 3: 4}[j]
        check(where, f"当年财政拨款 {lab} = Σ non-bond sources", fiscal[j], sum(n(r[src_col]) for r in others))
    common_conclusion(where, flat, info, r"评价等级为“(.)”")


def p_dc(where, text, info):
    flat = text.replace("\n", "")
    h, fr = table(info, "资金来源")
    tot = fr["合计"]
    check(where, "年初 text", g(flat, r"年初预算([\d,.]+)万元，其中", where), n(tot[1]))
    parts = [g(flat, p, where) for p in (r"补助资金([\d,.]+)万元（2023年12月", r"市级补助([\d,.]+)万元、",
                                         r"区级配套([\d,.]+)万元、", r"专项债券([\d,.]+)万元、", r"2023年结转资金([\d,.]+)万元")]
    check(where, "年初 = Σ parts", tot[1], sum(n(p) for p in parts))
    add_c = g(flat, r"第二批中央补助([\d,.]+)万元", where)
    add_p = g(flat, r"省级补助([\d,.]+)万元，全年", where)
    check(where, "中央 全年 = 年初 + 追加", fr["中央补助"][2], n(fr["中央补助"][1]) + n(add_c))
    annual = g(flat, r"全年预算([\d,.]+)万元。", where)
    check(where, "全年 = 年初 + 追加", annual, n(tot[1]) + n(add_c) + n(add_p))
    check(where, "全年 text = table", annual, n(tot[2]))
    truth(where, "截至 names the evaluation year", "截至2024年12月31日" in flat)
    truth(where, "资金全部到位", n(tot[3]) == n(tot[2]))
    spent = g(flat, r"全年执行数([\d,.]+)万元，", where)
    check(where, "spent", spent, n(tot[4]))
    check(where, "rate", g(flat, r"预算执行率([\d.]+%)。其中", where), n(spent) / n(annual) * 100)
    parts = [g(flat, p, where) for p in (r"其中支付工程款([\d,.]+)万元", r"工程建设其他费用([\d,.]+)万元")]
    check(where, "spent = 工程款 + 其他", spent, sum(n(p) for p in parts))
    unpaid = g(flat, r"未支付的([\d,.]+)万元", where)
    check(where, "未支付 = 全年 − 执行", unpaid, n(annual) - n(spent))
    truth(where, "carried to a later year", int(g(flat, r"已结转至(\d{4})年", where)) > 2024)
    check(where, "区级 rate in text", g(flat, r"区级配套资金执行率为([\d.]+%)", where),
          n(fr["区级配套"][4]) / n(fr["区级配套"][2]) * 100)
    ah, ar = table(info, "序号")
    at = ar["合计"]
    for k, r in ar.items():
        if k != "合计":
            check(where, f"小区{k} 审减 = 送审 − 审定", r[5], n(r[3]) - n(r[4]))
    check(where, "送审", g(flat, r"送审金额合计([\d,.]+)万元", where), n(at[3]))
    check(where, "审定", g(flat, r"审定金额([\d,.]+)万元", where), n(at[4]))
    check(where, "审减", g(flat, r"审减([\d,.]+)万元", where), n(at[5]))
    check(where, "综合审减率", g(flat, r"综合审减率([\d.]+%)", where), n(at[5]) / n(at[3]) * 100)
    check(where, "工程款 = 审定", parts[0], n(at[4]))
    check(where, "户数", g(flat, r"居民([\d,]+)户，改造建筑面积", where), n(at[2]))
    check(where, "户数 产出", g(flat, r"惠及居民([\d,]+)户；", where), n(at[2]))
    check(where, "小区 count", g(flat, r"共(\d+)个2000年底前", where), len(ar) - 1)
    qs = re.search(r"得分分别为(\d+)分、(\d+)分、(\d+)分和(\d+)分，平均([\d.]+)分", flat)
    truth(where, "quality scores sentence", qs is not None)
    if qs:
        vals = [n(qs.group(i)) for i in range(1, 5)]
        check(where, "average quality score", qs.group(5), sum(vals) / len(vals))
    check(where, "户均改造成本", g(flat, r"户均改造成本([\d.]+)万元，低于", where), n(spent) / n(at[2]))
    check(where, "物业覆盖率", g(flat, r"覆盖率([\d.]+%)，京九", where), D(8) / D(len(ar) - 1) * 100)
    f = info["funds"]
    fiscal = f["rows"]["其中：当年财政拨款"]
    srcs = [fr[k] for k in ("中央补助", "省级补助", "市级补助", "区级配套")]
    for j, src_col in ((1, 1), (2, 2), (3, 4)):
        check(where, f"当年财政拨款 col{j} = Σ fiscal sources", fiscal[j], sum(n(r[src_col]) for r in srcs))
    common_conclusion(where, flat, info, r"自评等级为(优秀|良好|中等|较差)")


def p_lc(where, text, info):
    flat = text.replace("\n", "")
    h, fr = table(info, "资金来源")
    tot = fr["合计"]
    adv = g(flat, r"中央补助资金([\d,.]+)万元于2021年12月提前下达", where)
    add = g(flat, r"2022年6月追加下达([\d,.]+)万元", where)
    check(where, "中央 全年 = 提前 + 追加", fr["中央补助资金"][2], n(adv) + n(add))
    check(where, "中央 年初 = 提前下达", fr["中央补助资金"][1], n(adv))
    check(where, "年初 text", g(flat, r"项目年初预算([\d,.]+)万元", where), n(tot[1]))
    prov = g(flat, r"省级补助([\d,.]+)万元，全年", where)
    annual = g(flat, r"全年预算([\d,.]+)万元。截至", where)
    check(where, "全年 = 年初 + 追加", annual, n(tot[1]) + n(add) + n(prov))
    check(where, "全年 text = table", annual, n(tot[2]))
    recv = g(flat, r"实际到位([\d,.]+)万元", where)
    check(where, "到位 text", recv, n(tot[3]))
    check(where, "到位率 text", g(flat, r"到位率([\d.]+%)，区级", where), n(recv) / n(annual) * 100)
    dist = fr["区级配套资金"]
    check(where, "区级未到位", g(flat, r"尚有([\d,.]+)万元未到位", where), n(dist[2]) - n(dist[3]))
    check(where, "区级到位率 text", g(flat, r"区级配套资金到位([\d.]+%)", where), n(dist[3]) / n(dist[2]) * 100)
    spent = g(flat, r"实际支出([\d,.]+)万元，预算执行率", where)
    check(where, "spent", spent, n(tot[5]))
    check(where, "rate", g(flat, r"预算执行率([\d.]+%)，结余", where), n(spent) / n(annual) * 100)
    check(where, "结余 = 到位 − 支出", g(flat, r"结余([\d,.]+)万元", where), n(recv) - n(spent))
    ss, sd_, sj = (g(flat, p, where) for p in (r"送审金额([\d,.]+)万元", r"审定金额([\d,.]+)万元", r"审减([\d,.]+)万元"))
    check(where, "审减 = 送审 − 审定", sj, n(ss) - n(sd_))
    check(where, "审减率", g(flat, r"审减率([\d.]+%)", where), n(sj) / n(ss) * 100)
    xh, xr = table(info, "街道")
    xt = xr["合计"]
    nx = sum(1 for r in info["tables"] if r[0][0] == "街道" for _ in r[1]) - 1
    check(where, "小区 count in table", xt[1], nx)
    check(where, "小区 count text", g(flat, r"2022年改造老旧小区(\d+)个", where), nx)
    check(where, "合同份数", g(flat, r"共签订施工合同(\d+)份", where), nx)
    check(where, "合同总金额", g(flat, r"合同总金额([\d,.]+)万元", where), n(xt[6]))
    check(where, "楼栋 概况", g(flat, r"涉及楼栋(\d+)栋", where), n(xt[2]))
    check(where, "户数 概况", g(flat, r"居民([\d,]+)户，改造面积", where), n(xt[3]))
    check(where, "面积", g(flat, r"改造面积([\d.]+)万平方米", where), n(xt[4]))
    check(where, "楼栋 产出", g(flat, r"改造楼栋(\d+)栋", where), n(xt[2]))
    check(where, "户数 产出", g(flat, r"惠及居民([\d,]+)户；", where), n(xt[3]))
    lifts = g(flat, r"加装电梯(\d+)部，仅完成", where)
    check(where, "电梯 = table", lifts, n(xt[5]))
    check(where, "电梯 completion", g(flat, r"仅完成年度目标的([\d.]+%)", where), n(lifts) / 10 * 100)
    ontime = g(flat, r"中(\d+)个按期完工", where)
    check(where, "完工及时率", g(flat, r"完工及时率([\d.]+%)；", where), n(ontime) / nx * 100)
    check(where, "已完工小区 = 按期", g(flat, r"已完工的(\d+)个小区", where), n(ontime))
    check(where, "户均", g(flat, r"户均改造投资([\d.]+)万元", where), n(annual) / n(xt[3]))
    hz = [g(flat, p, where) for p in (r"燃气隐患(\d+)处", r"消防隐患(\d+)处", r"用电隐患(\d+)处", r"其他隐患(\d+)处")]
    check(where, "隐患 parts", g(flat, r"共消除安全隐患(\d+)处", where), sum(n(x) for x in hz))
    check(where, "满意度", g(flat, r"居民满意度([\d.]+%)，未达到", where),
          n(g(flat, r"满意和比较满意(\d+)份", where)) / n(g(flat, r"问卷(\d+)份", where)) * 100)
    common_conclusion(where, flat, info, r"自评等级为“(.)”")


def p_gl(where, text, info):
    flat = text.replace("\n", "")
    h, fr = table(info, "资金来源")
    tot = fr["合计"]
    init = g(flat, r"项目年初预算([\d,.]+)万元", where)
    parts = [g(flat, p, where) for p in (r"为市级补助([\d,.]+)万元", r"和区级配套([\d,.]+)万元")]
    check(where, "年初 = 市级 + 区级", init, sum(n(p) for p in parts))
    check(where, "年初 table", init, n(tot[1]))
    c = g(flat, r"中央补助资金([\d,.]+)万元、", where)
    p = g(flat, r"省级补助资金([\d,.]+)万元先后", where)
    annual = g(flat, r"全年预算调整为([\d,.]+)万元", where)
    check(where, "全年 = 年初 + 中央 + 省级", annual, n(init) + n(c) + n(p))
    check(where, "全年 table", annual, n(tot[2]))
    recv = g(flat, r"资金实际到位([\d,.]+)万元", where)
    check(where, "到位 table", recv, n(tot[3]))
    check(where, "到位率 text", g(flat, r"到位率([\d.]+%)，其中", where), n(recv) / n(annual) * 100)
    dist = fr["区级配套资金"]
    check(where, "区级到位 text", g(flat, r"区级配套资金到位([\d,.]+)万元", where), n(dist[3]))
    check(where, "区级未到位", g(flat, r"尚有([\d,.]+)万元未到位", where), n(dist[2]) - n(dist[3]))
    spent = g(flat, r"全年实际支出([\d,.]+)万元", where)
    check(where, "spent", spent, n(tot[5]))
    check(where, "rate", g(flat, r"预算执行率([\d.]+%)，资金结余", where), n(spent) / n(annual) * 100)
    for m in re.finditer(r"结余(?:资金)?([\d,.]+)万元", flat):
        check(where, "结余 = 到位 − 支出", m.group(1), n(recv) - n(spent))
    check(where, "区级执行率 text", g(flat, r"区级配套资金执行率只有([\d.]+%)", where), n(dist[5]) / n(dist[2]) * 100)
    check(where, "全年执行率 text", g(flat, r"全年执行率仅([\d.]+%)", where), n(spent) / n(annual) * 100)
    xh, xr = table(info, "序号")
    xt = xr["合计"]
    nx = len(xr) - 1
    check(where, "小区 count", g(flat, r"共(\d+)个小区", where), nx)
    check(where, "楼栋", g(flat, r"涉及楼栋(\d+)栋", where), n(xt[3]))
    check(where, "户数", g(flat, r"居民([\d,]+)户，建筑面积", where), n(xt[4]))
    check(where, "面积", g(flat, r"建筑面积([\d.]+)万平方米。项目", where), n(xt[5]))
    check(where, "预算安排 合计 = 全年预算", xt[6], n(annual))
    check(where, "户数 产出", g(flat, r"惠及居民([\d,]+)户，改造建筑面积", where), n(xt[4]))
    check(where, "面积 产出", g(flat, r"改造建筑面积([\d.]+)万平方米。按", where), n(xt[5]))
    done = sum(1 for k, r in xr.items() if k != "合计" and r[7] == "已完工")
    check(where, "完工 count in 合计", xt[7], done)
    check(where, "完工 count text", g(flat, r"6个小区中有(\d+)个完成改造", where), done)
    check(where, "跨年 count", g(flat, r"确保跨年施工的(\d+)个小区", where), nx - done)
    check(where, "户均 元", g(flat, r"户均改造投资([\d,]+)元", where), n(annual) * 10000 / n(xt[4]))
    check(where, "满意度", g(flat, r"满意度([\d.]+%)，低于", where),
          n(g(flat, r"满意和基本满意(\d+)份", where)) / n(g(flat, r"有效(\d+)份", where)) * 100)
    truth(where, "table year = report year", "自评表（2019年度）" in flat and "2019年度城镇老旧小区" in flat)
    common_conclusion(where, flat, info, r"评价等级为“(.)”")


PROJECT = {
    "tj-hongqiao-oldcomm-2023": p_tj,
    "sd-rencheng-oldcomm-2020": p_rc,
    "sd-decheng-oldcomm-2024": p_dc,
    "ha-laocheng-oldcomm-2022": p_lc,
    "ha-gulou-oldcomm-2019": p_gl,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j  # start, end in a, end in b


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    names = {r["case"] for r in labels}
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    truth("labels", "labels cover exactly the case files", names == on_disk)
    codes = {}
    edits = {(s, nn): (code, old, new, value) for (s, nn, code, old, new, value, _e) in build.EDITS}
    for rec in labels:
        text = read(rec["case"])
        truth(rec["case"], "length 3,000–9,000 characters", 3000 <= len(text) <= 9000)
        if rec["clean"]:
            truth(rec["case"], "clean case expects nothing", rec["expected"] == [])
            continue
        truth(rec["case"], "exactly one expected finding", len(rec["expected"]) == 1)
        exp = rec["expected"][0]
        codes[exp["code"]] = codes.get(exp["code"], 0) + 1
        truth(rec["case"], "label value occurs in the case", exp["value"] in text)
        clean = read(rec["source"] + "-clean.txt")
        nn = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        code, old, new, value = edits[(rec["source"], nn)]
        truth(rec["case"], "code matches build.py", code == exp["code"])
        truth(rec["case"], "old occurs once in clean", clean.count(old) == 1)
        truth(rec["case"], "case = clean with the edit", text == clean.replace(old, new, 1))
        s, e_clean, e_err = changed_region(clean, text)
        truth(rec["case"], "differs from clean", text != clean)
        truth(rec["case"], f"one changed place (region {e_err - s} chars)", 0 < max(e_err - s, e_clean - s) <= 80)
        occ = [m.start() for m in re.finditer(re.escape(exp["value"]), text)]
        truth(rec["case"], "value overlaps the changed region",
              any(o < max(e_err, s + 1) and s < o + len(exp["value"]) for o in occ))
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        truth("labels", f"code {c} occurs at least twice ({codes.get(c, 0)})", codes.get(c, 0) >= 2)
    for src, fn in PROJECT.items():
        where = src + "-clean.txt"
        text = read(where)
        try:
            info = analyse(where, text)
            fn(where, text, info)
        except Exception as exc:  # a missing figure shows up as None arithmetic
            fail(f"{where}: check aborted: {exc!r}")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        print(f"{len(FAILS)} failures in {NCHECKS[0]} checks")
        return 1
    print(f"{len(labels)} cases, {NCHECKS[0]} checks")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
