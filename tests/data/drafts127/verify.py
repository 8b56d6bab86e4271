#!/usr/bin/env python3
"""Verify the n127 set.

1. every label value occurs in its case file; clean cases have no expected findings;
2. every error case differs from its clean draft in one contiguous place, which overlaps the label value;
3. the arithmetic of every clean draft is redone: funds tables (sums, rates, balances, execution score),
   indicator tables (weights, scores, completion rates, score rules), the total and grade, and the
   figures stated in the prose (sums, averages, balances, rates, repeated figures).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAILS = []


def fail(msg):
    FAILS.append(msg)


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the string as written; computed: Decimal. Decimals rule of rules.md §8."""
    v = D(stated.strip().rstrip("%").replace(",", ""))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def check(cond, msg):
    if not cond:
        fail(msg)


def one(text, pattern, src):
    """All matches of pattern (group 1) must agree; return it as a string."""
    found = re.findall(pattern, text)
    if not found:
        fail(f"{src}: pattern not found: {pattern}")
        return "0"
    vals = {f if isinstance(f, str) else f[0] for f in found}
    if len(vals) != 1:
        fail(f"{src}: pattern {pattern} has different values {vals}")
    return found[0] if isinstance(found[0], str) else found[0][0]


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def first_num(cell):
    m = NUM.search(cell.replace(",", ""))
    return m.group(0) if m else None


# ---------------------------------------------------------------- tables
def table_blocks(text):
    """Yield (header_cells, rows) for every run of lines containing ｜."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "｜" in lines[i]:
            block = []
            while i < len(lines) and "｜" in lines[i]:
                block.append(lines[i].split("｜"))
                i += 1
            yield block
        else:
            i += 1


def check_funds_mof(src, block, hdr_i, exec_weight):
    hdr = block[hdr_i]
    ci = {name: hdr.index(name) for name in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
    rows = []
    for r in block[hdr_i + 1:]:
        if r[0].startswith(("一级指标",)):
            break
        rows.append(r)
    total = rows[0]
    check(total[0] == "年度资金总额", f"{src}: first funds row is not 年度资金总额")
    comps = rows[1:]
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        s = sum(D(r[ci[col]]) for r in comps)
        check(s == D(total[ci[col]]), f"{src}: funds {col}: components {s} != total {total[ci[col]]}")
    for r in rows:
        a, b = D(r[ci["全年预算数"]]), D(r[ci["全年执行数"]])
        rate = r[ci["执行率"]]
        if a == 0:
            check(rate in ("—", "0", "0.00%"), f"{src}: {r[0]} zero-base rate {rate}")
        elif rate != "—":
            check(close(rate, b / a * 100), f"{src}: {r[0]} rate {rate} != {b / a * 100:.4f}")
        check(b <= a, f"{src}: {r[0]} executed above budget")
    a, b = D(total[ci["全年预算数"]]), D(total[ci["全年执行数"]])
    w = D(total[ci["分值"]])
    r = min(b / a, D(1))
    sc = total[ci["得分"]]
    check(close(sc, w * r) or close(sc, w * min(D(total[ci["执行率"]].rstrip("%")) / 100, D(1))),
          f"{src}: execution score {sc} != {w * r:.4f}")
    exec_weight.append((w, D(sc)))
    return {"budget": a, "spent": b, "initial": D(total[ci["年初预算数"]]),
            "rate": total[ci["执行率"]], "score": sc}


def check_funds_shanxi(src, block, hdr_i):
    hdr = block[hdr_i]
    cols = ["全年预算数", "实际到位数", "实际支出数", "结余", "到位率", "执行率"]
    ci = {c: hdr.index(c) for c in cols}
    rows = [r for r in block[hdr_i + 1:] if r[0] not in ("行次",)]
    total = [r for r in rows if r[0] == "合计"][0]
    comps = [r for r in rows if r[0] != "合计"]
    for c in ("全年预算数", "实际到位数", "实际支出数", "结余"):
        s = sum(D(r[ci[c]]) for r in comps)
        check(s == D(total[ci[c]]), f"{src}: shanxi funds {c}: {s} != {total[ci[c]]}")
    for r in rows:
        p, a, e, bal = (D(r[ci[c]]) for c in ("全年预算数", "实际到位数", "实际支出数", "结余"))
        check(a - e == bal, f"{src}: {r[0]} balance {bal} != {a - e}")
        check(e <= a <= p, f"{src}: {r[0]} ordering")
        for c, num in (("到位率", a), ("执行率", e)):
            if p == 0:
                check(r[ci[c]] == "0", f"{src}: {r[0]} zero-base {c}")
            else:
                check(close(r[ci[c]], num / p * 100), f"{src}: {r[0]} {c} {r[ci[c]]} != {num / p * 100:.4f}")
    return {"budget": D(total[ci["全年预算数"]]), "arrived": D(total[ci["实际到位数"]]),
            "spent": D(total[ci["实际支出数"]]), "balance": D(total[ci["结余"]]),
            "rate": total[ci["执行率"]]}


def parse_target(cell, unit=""):
    """Return (direction, number) or (None, None) for qualitative targets."""
    cell = cell.strip()
    d = "eq"
    if cell.startswith(("≥", ">=", "不低于", "不少于")):
        d = "gte"
    elif cell.startswith(("≤", "<=", "不超过", "不高于")):
        d = "lte"
    n = first_num(cell)
    return (d, D(n)) if n is not None else (None, None)


def unit_of(cell):
    m = re.match(r"[≥≤=]?\s*-?\d+(?:\.\d+)?(.*)$", cell.strip())
    return m.group(1).strip() if m else None


def check_indicators(src, block, hdr_i, exec_weight):
    hdr = block[hdr_i]
    w_i = hdr.index("分值")
    s_i = hdr.index("得分") if "得分" in hdr else hdr.index("指标得分")
    t_i = hdr.index("年度指标值") if "年度指标值" in hdr else hdr.index("目标值")
    a_i = hdr.index("实际完成值") if "实际完成值" in hdr else hdr.index("业绩值")
    c_i = hdr.index("完成率") if "完成率" in hdr else None
    sign_i = hdr.index("指标性质") if "指标性质" in hdr else None
    unit_i = hdr.index("度量单位") if "度量单位" in hdr else None
    wsum, ssum, total = D(0), D(0), None
    for w, s in exec_weight:
        wsum += w
        ssum += s
    for r in block[hdr_i + 1:]:
        if r[0] in ("合计", "总分"):
            nums = [c for c in r[1:] if c.strip()]
            total = (D(nums[0]), nums[1])
            break
        w, s = D(r[w_i]), r[s_i]
        wsum += w
        ssum += D(s)
        check(D(0) <= D(s) <= w, f"{src}: {r[2]} score {s} outside [0, {w}]")
        tcell, acell = r[t_i], r[a_i]
        if sign_i is not None:
            sign = r[sign_i]
            if sign == "定性":
                continue
            tcell = sign + tcell
            unit = r[unit_i]
        else:
            unit = None
        d, t = parse_target(tcell)
        if d is None:  # qualitative
            continue
        a = first_num(acell)
        check(a is not None, f"{src}: {r[2]} actual not numeric")
        if unit is None:
            ut, ua = unit_of(tcell), unit_of(acell)
            check(ut == ua, f"{src}: {r[2]} unit {ut!r} vs {ua!r}")
        a = D(a)
        if d == "lte":
            comp = D(100) if a <= t else t / a * 100
            exp = w if a <= t else w * t / a
        else:
            comp = a / t * 100
            exp = min(w, w * a / t)
        check(close(s, exp), f"{src}: {r[2]} score {s} != {exp:.4f}")
        if c_i is not None and r[c_i] != "—":
            check(close(r[c_i], comp), f"{src}: {r[2]} completion {r[c_i]} != {comp:.4f}")
            # score from the completion as printed
    check(total is not None, f"{src}: no 合计/总分 row")
    if total:
        check(wsum == 100 and total[0] == 100, f"{src}: weights add to {wsum}, stated {total[0]}")
        check(close(total[1], ssum), f"{src}: scores add to {ssum}, stated {total[1]}")
    return total[1] if total else None


def check_tables(src, text):
    info = {}
    exec_weight = []
    for block in table_blocks(text):
        for i, row in enumerate(block):
            if "年初预算数" in row and "全年执行数" in row:
                info["funds"] = check_funds_mof(src, block, i, exec_weight)
            elif "实际到位数" in row and "到位率" in row:
                info["funds"] = check_funds_shanxi(src, block, i)
            elif "分值" in row and ("三级指标" in row):
                info["total"] = check_indicators(src, block, i, exec_weight)
    return info


# ---------------------------------------------------------------- prose checks per draft
def v(text, pat, src):
    return D(one(text, pat, src).replace(",", ""))


def prose_nanbu(src, t, info):
    ini = v(t, r"年初预算(\d+\.\d+)万元", src)
    parts = [v(t, p, src) for p in (r"中央补助(\d+\.\d+)万元", r"省级补助(\d+\.\d+)万元", r"县级配套(\d+\.\d+)万元")]
    check(sum(parts) == ini == info["funds"]["initial"], f"{src}: 年初 parts {parts} vs {ini}")
    add = v(t, r"追加县级资金(\d+\.\d+)万元", src)
    full = v(t, r"全年预算调整为(\d+\.\d+)万元", src)
    check(ini + add == full == info["funds"]["budget"], f"{src}: 追加")
    spent = v(t, r"实际支出(\d+\.\d+)万元", src)
    check(spent == info["funds"]["spent"], f"{src}: spent")
    items = [v(t, p, src) for p in (r"办案补贴(\d+\.\d+)万元", r"值班律师补贴(\d+\.\d+)万元", r"培训费(\d+\.\d+)万元")]
    check(sum(items) == spent, f"{src}: spending items {items} != {spent}")
    check(D(400 * 20 * 12) / 10000 == items[1], f"{src}: 值班律师补贴")
    cases = v(t, r"共为(\d+)件结案案件", src)
    avg = one(t, r"案均补贴(\d+\.\d+)元", src)
    check(close(avg, items[0] * 10000 / cases), f"{src}: 案均补贴")
    check(v(t, r"结余(\d+\.\d+)万元", src) == full - spent, f"{src}: balance")
    kinds = [v(t, p, src) for p in (r"刑事案件(\d+)件", r"民事案件(\d+)件", r"行政案件(\d+)件")]
    check(sum(kinds) == cases == v(t, r"法律援助案件(\d+)件", src), f"{src}: case kinds")
    st = [D(x) for x in re.search(r"分别接待(\d+)人次、(\d+)人次、(\d+)人次、(\d+)人次", t).groups()]
    check(sum(st) == v(t, r"法律咨询(\d+)人次", src), f"{src}: consultations")
    check(close(one(t, r"平均每站(\d+\.?\d*)人次", src), sum(st) / 4), f"{src}: station average")
    check(v(t, r"受援人满意度为(\d+\.\d+)%", src) == D("96.8"), f"{src}: satisfaction text vs table")
    m = re.search(r"预算执行(\d+\.\d+)分、产出指标(\d+\.\d+)分、效益指标(\d+\.\d+)分、满意度指标(\d+)分，自评总得分(\d+\.\d+)分", t)
    parts = [D(x) for x in m.groups()]
    check(sum(parts[:4]) == parts[4] == D(info["total"]), f"{src}: prose score parts")
    check(str(parts[0]) == info["funds"]["score"], f"{src}: exec score text vs table")


def prose_hongan(src, t, info):
    ini = v(t, r"年初安排本项目预算(\d+\.\d+)万元", src)
    add = v(t, r"追加(\d+\.\d+)万元", src)
    carry = v(t, r"2022年结转资金(\d+\.\d+)万元", src)
    full = v(t, r"全年预算合计(\d+\.\d+)万元", src)
    check(ini + add + carry == full == info["funds"]["budget"], f"{src}: budget build-up")
    spent = v(t, r"全年实际支出(\d+\.\d+)万元", src)
    check(spent == info["funds"]["spent"], f"{src}: spent")
    check(close(one(t, r"预算执行率(\d+\.\d+)%", src), spent / full * 100), f"{src}: prose rate")
    items = [v(t, p, src) for p in (r"鉴定检测费(\d+\.\d+)万元", r"快速检测设备购置(\d+\.\d+)万元",
                                     r"交通费(\d+\.\d+)万元", r"听证费(\d+\.\d+)万元")]
    check(sum(items) == spent, f"{src}: spending items {items} sum {sum(items)} != {spent}")
    check(v(t, r"结余(\d+\.\d+)万元", src) == full - spent, f"{src}: balance")
    check("结转至2024年" in t and "结转至2023年" not in t, f"{src}: carry-over year")
    groups = [D(x) for x in re.search(r"分别立案(\d+)件、(\d+)件、(\d+)件、(\d+)件", t).groups()]
    check(sum(groups) == v(t, r"立案办理公益诉讼案件(\d+)件", src), f"{src}: groups sum")
    check(close(one(t, r"平均每组(\d+\.?\d*)件", src), sum(groups) / 4), f"{src}: group average")
    sug, fixed = v(t, r"发出诉前检察建议(\d+)件", src), v(t, r"整改(\d+)件", src)
    check(close(one(t, r"回复整改率(\d+\.\d+)%", src), fixed / sug * 100), f"{src}: 整改率")
    tests = [D(x) for x in re.search(r"水质(\d+)批次、土壤(\d+)批次、食品(\d+)批次", t).groups()]
    check(sum(tests) == v(t, r"完成鉴定检测(\d+)批次", src), f"{src}: test batches")
    check(v(t, r"合同金额(\d+\.\d+)万元", src) == items[1], f"{src}: device cost")
    tot = v(t, r"自评得分(\d+\.\d+)分", src)
    check(tot == D(info["total"]), f"{src}: total text vs table")
    check(one(t, r"评价等级为(优|良|中|差)", src) == grade(tot), f"{src}: grade")


def prose_taihe(src, t, info):
    ini = v(t, r"年初财政拨款预算(\d+\.\d+)万元", src)
    add = v(t, r"追加(\d+\.\d+)万元", src)
    fin = v(t, r"全年财政拨款(\d+\.\d+)万元", src)
    carry = v(t, r"上年结转(\d+\.\d+)万元", src)
    full = v(t, r"全年可用资金合计(\d+\.\d+)万元", src)
    check(ini + add == fin and fin + carry == full == info["funds"]["budget"], f"{src}: income")
    check(ini == info["funds"]["initial"], f"{src}: 年初")
    spent = v(t, r"全年实际支出(\d+\.\d+)万元", src)
    check(spent == info["funds"]["spent"], f"{src}: spent")
    check(close(one(t, r"预算执行率(\d+\.\d+)%", src), spent / full * 100), f"{src}: prose rate")
    basic, staff, public, proj = (v(t, p, src) for p in (r"基本支出(\d+\.\d+)万元", r"人员经费(\d+\.\d+)万元",
                                                          r"公用经费(\d+\.\d+)万元", r"项目支出(\d+\.\d+)万元"))
    check(staff + public == basic and basic + proj == spent, f"{src}: expenditure split")
    check(v(t, r"年末结转(\d+\.\d+)万元", src) == full - spent, f"{src}: carry-over")
    check("结转至2022年" in t, f"{src}: carry-over year")
    b, s = v(t, r"社区矫正专项经费全年预算(\d+\.\d+)万元", src), v(t, r"实际支出(\d+\.\d+)万元，执行率", src)
    check(close(one(t, r"，执行率(\d+\.\d+)%", src), s / b * 100), f"{src}: 社区矫正 rate")
    check(v(t, r"其中局机关(\d+)名", src) + v(t, r"司法所(\d+)名", src) == v(t, r"实有人员(\d+)名", src), f"{src}: staff")
    y0, new = v(t, r"年初在册(\d+)人", src), v(t, r"全年新接收(\d+)人", src)
    check(y0 + new == v(t, r"累计在册社区矫正对象(\d+)人", src), f"{src}: 在册")
    qs = [D(x) for x in re.search(r"各季度分别接收(\d+)人、(\d+)人、(\d+)人、(\d+)人", t).groups()]
    check(sum(qs) == new, f"{src}: quarters sum")
    check(close(one(t, r"季度平均接收(\d+\.?\d*)人", src), sum(qs) / 4), f"{src}: quarter average")
    rel, back = v(t, r"解除矫正(\d+)人", src), v(t, r"收监执行(\d+)人", src)
    check(y0 + new - rel - back == v(t, r"年末在册(\d+)人", src), f"{src}: year-end 在册")
    re_n = v(t, r"有(\d+)名社区矫正对象再犯罪", src)
    check(close(one(t, r"再犯罪率为(\d+\.\d+)%", src), re_n / (y0 + new) * 100), f"{src}: 再犯罪率")
    med, ok = v(t, r"调解矛盾纠纷(\d+)件", src), v(t, r"调解成功(\d+)件", src)
    check(close(one(t, r"成功率(\d+\.\d+)%", src), ok / med * 100), f"{src}: 调解成功率")
    check(v(t, r"办理法律援助案件(\d+)件", src) == 1624, f"{src}: legal aid cases")
    tot = v(t, r"自评得分(\d+\.\d+)分", src)
    check(tot == D(info["total"]), f"{src}: total text vs table")
    check(one(t, r"评价等级为(优|良|中|差)", src) == grade(tot), f"{src}: grade")
    check("预算年度｜2021年" in t, f"{src}: table year")


def prose_lianshui(src, t, info):
    ini = v(t, r"项目年初预算(\d+\.\d+)万元", src)
    cut = v(t, r"调减预算(\d+\.\d+)万元", src)
    full = v(t, r"调整后全年预算为(\d+\.\d+)万元", src)
    check(ini - cut == full == info["funds"]["budget"] and ini == info["funds"]["initial"], f"{src}: budget")
    spent = v(t, r"实际支出(\d+\.\d+)万元", src)
    check(spent == info["funds"]["spent"], f"{src}: spent")
    check(close(one(t, r"预算执行率(\d+\.\d+)%", src), spent / full * 100), f"{src}: prose rate")
    items = [v(t, p, src) for p in (r"运维服务外包费(\d+\.\d+)万元", r"网络专线租赁费(\d+\.\d+)万元",
                                     r"科技法庭设备更新(\d+\.\d+)万元", r"电子卷宗扫描服务费(\d+\.\d+)万元")]
    check(sum(items) == spent, f"{src}: spending items")
    check(v(t, r"月租(\d+\.\d+)万元", src) * 12 == items[1], f"{src}: line rent")
    check(close(str(items[3]), v(t, r"扫描卷宗(\d+\.\d+)万页", src) * v(t, r"每页(\d+\.\d+)元", src)), f"{src}: scan fee")
    check(v(t, r"项目结余(\d+\.\d+)万元", src) == full - spent, f"{src}: balance")
    courts = v(t, r"科技法庭(\d+)个，", src)
    check(v(t, r"其中院机关(\d+)个", src) + v(t, r"人民法庭(\d+)个；", src) == courts, f"{src}: courts split")
    check(v(t, r"全年对(\d+)个科技法庭", src) == courts == 14, f"{src}: courts repeated")
    now, last = v(t, r"网上立案率为(\d+\.\d+)%", src), v(t, r"较2023年的(\d+\.\d+)%", src)
    check(now - last == v(t, r"提高(\d+\.\d+)个百分点", src), f"{src}: 百分点")
    check(v(t, r"平均审理天数为(\d+)天", src) - 60 == v(t, r"控制目标(\d+)天", src), f"{src}: days over")
    tot = v(t, r"自评得分(\d+\.\d+)分", src)
    check(tot == D(info["total"]), f"{src}: total text vs table")
    check(one(t, r"评价等级为(优|良|中|差)", src) == grade(tot), f"{src}: grade")


def prose_wuxiang(src, t, info):
    parts = [v(t, p, src) for p in (r"省级补助(\d+\.\d+)万元", r"市级补助(\d+\.\d+)万元", r"县级财政(\d+\.\d+)万元")]
    full = v(t, r"全年预算(\d+\.\d+)万元", src)
    check(sum(parts) == full == info["funds"]["budget"], f"{src}: budget parts")
    arr = v(t, r"全年实际到位(\d+\.\d+)万元", src)
    check(arr == info["funds"]["arrived"] == parts[0] + parts[1] + v(t, r"县级资金到位(\d+\.\d+)万元", src),
          f"{src}: arrived")
    spent = v(t, r"全年实际支出(\d+\.\d+)万元", src)
    check(spent == info["funds"]["spent"], f"{src}: spent")
    check(v(t, r"结余(\d+\.\d+)万元", src) == arr - spent == info["funds"]["balance"], f"{src}: balance")
    check(v(t, r"全年有(\d+\.\d+)万元未到位", src) == full - arr, f"{src}: not arrived")
    check(close(one(t, r"预算执行率为(\d+\.\d+)%", src), spent / full * 100), f"{src}: prose rate")
    items = [v(t, p, src) for p in (r"以案定补补贴(\d+\.\d+)万元", r"专职调解员补贴(\d+\.\d+)万元",
                                     r"业务培训费(\d+\.\d+)万元", r"办公用品等(\d+\.\d+)万元")]
    check(sum(items) == spent, f"{src}: spending items")
    n = v(t, r"共补贴调解案件(\d+)件", src)
    check(close(one(t, r"案均(\d+)元", src), items[0] * 10000 / n), f"{src}: 案均")
    check(D(12 * 800 * 12) / 10000 == items[1], f"{src}: 专职调解员补贴")
    areas = [D(x) for x in re.search(r"分别调解(\d+)件、(\d+)件、(\d+)件、(\d+)件", t).groups()]
    med = v(t, r"全年调解矛盾纠纷(\d+)件", src)
    check(sum(areas) == med, f"{src}: areas sum")
    check(close(one(t, r"平均每个片区(\d+)件", src), sum(areas) / 4), f"{src}: area average")
    check(close(one(t, r"调解成功率(\d+\.\d+)%", src), v(t, r"调解成功(\d+)件", src) / med * 100), f"{src}: success")
    plan, built = v(t, r"示范点(\d+)个", src), v(t, r"实际建成(\d+)个", src)
    check(close(one(t, r"完成率(\d+\.\d+)%", src), built / plan * 100), f"{src}: 示范点完成率")
    rate = v(t, r"自动履行率(\d+\.\d+)%", src)
    check(0 <= rate <= 100, f"{src}: 履行率 range")
    tot = v(t, r"综合得分(\d+\.\d+)分", src)
    check(tot == D(info["total"]), f"{src}: total text vs table")
    g = one(t, r"评价等级为(优秀|良好|中等|较差)", src)
    check(g[0] == grade(tot), f"{src}: grade")
    check(one(t, r"\|?当事人满意度为(\d+\.\d+)%", src) == "95.2", f"{src}: satisfaction")


PROSE = {
    "nanbu-legalaid-2022": prose_nanbu,
    "hongan-publicinterest-2023": prose_hongan,
    "taihe-justice-2021": prose_taihe,
    "lianshui-courtit-2024": prose_lianshui,
    "wuxiang-mediation-2019": prose_wuxiang,
}


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    check(sorted(l["case"] for l in labels) == files, "labels and case files differ")
    codes = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        if lab["clean"]:
            check(lab["expected"] == [], f"{lab['case']}: clean case with expected findings")
            continue
        check(len(lab["expected"]) == 1, f"{lab['case']}: not exactly one expected finding")
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        # one contiguous difference
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        changed = (p, len(text) - s)
        check(text != clean, f"{lab['case']}: identical to clean")
        check(changed[1] - changed[0] <= 80, f"{lab['case']}: difference spans {changed[1] - changed[0]} chars")
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            val = e["value"]
            check(val in text, f"{lab['case']}: value not in case: {val!r}")
            check(val not in clean, f"{lab['case']}: value also in the clean draft: {val!r}")
            occ = [m.start() for m in re.finditer(re.escape(val), text)]
            check(any(o < changed[1] and o + len(val) > changed[0] for o in occ),
                  f"{lab['case']}: value does not cover the change")
    needed = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in needed:
        check(codes.get(c, 0) >= 2, f"code {c} occurs {codes.get(c, 0)} times")
    # arithmetic of the clean drafts
    for src, fn in PROSE.items():
        text = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        check(3000 <= len(text) <= 9000, f"{src}: length {len(text)}")
        n0 = len(FAILS)
        info = check_tables(src, text)
        check("funds" in info and "total" in info, f"{src}: tables not found")
        if "funds" in info and "total" in info:
            fn(src, text, info)
        if len(FAILS) == n0:
            print(f"{src}: arithmetic consistent (total {info.get('total')})")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
