#!/usr/bin/env python3
"""Verify drafts288: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from build import EDITS, SOURCES, case_name  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]

FAILS = []


def fail(msg):
    FAILS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"\d+(?:\.\d+)?")


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md §8: stated value with d decimals matches when |c - v| <= 0.5 * 10^-d."""
    v = D(stated)
    return abs(D(computed) - v) <= D("0.5") * D(10) ** -decimals(stated) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def first_num(s):
    m = NUM.search(s)
    return m.group(0) if m else None


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- generic checks
class Ctx:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def need(self, *snips):
        for s in snips:
            if s not in self.text:
                fail(f"{self.name}: snippet not found: {s!r}")

    def check(self, ok, msg):
        if not ok:
            fail(f"{self.name}: {msg}")

    # stated = num / den * 100 (%), the three figures sit in the given snippets
    def rate(self, num, den, stated, *snips):
        self.need(*snips)
        c = D(num) / D(den) * 100
        self.check(close(c, stated), f"rate {num}/{den} = {c:.4f}% vs stated {stated}%")

    def total(self, parts, stated, *snips):
        self.need(*snips)
        c = sum(D(p) for p in parts)
        self.check(close(c, stated), f"sum {'+'.join(parts)} = {c} vs stated {stated}")

    def diff(self, a, b, stated, *snips):
        self.need(*snips)
        c = D(a) - D(b)
        self.check(close(c, stated), f"{a} - {b} = {c} vs stated {stated}")

    def mean(self, items, stated, *snips):
        self.need(*snips)
        c = sum(D(i) for i in items) / len(items)
        self.check(close(c, stated), f"mean of {items} = {c} vs stated {stated}")

    def prod(self, factors, scale, stated, *snips):
        self.need(*snips)
        c = D(1)
        for f in factors:
            c *= D(f)
        c = c / D(scale)
        self.check(close(c, stated), f"product {factors}/{scale} = {c} vs stated {stated}")

    def quot(self, a, b, stated, *snips):
        self.need(*snips)
        c = D(a) / D(b)
        self.check(close(c, stated), f"{a}/{b} = {c} vs stated {stated}")

    def grade(self, total, label, *snips):
        self.need(*snips)
        self.check(label.startswith(grade_of(total)), f"grade {label} does not fit total {total}")

    def same(self, pattern, expected_count=None):
        vals = re.findall(pattern, self.text)
        self.check(len(vals) >= 2 and len(set(vals)) == 1,
                   f"same quantity differs or appears once: {pattern} -> {vals}")
        if expected_count is not None:
            self.check(len(vals) == expected_count, f"{pattern}: {len(vals)} mentions, expected {expected_count}")


# ---------------------------------------------------------------- tables
def table_after(text, header_pred, stop_pred):
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if header_pred(ln):
            header = ln.split("｜")
            rows = []
            for ln2 in lines[i + 1:]:
                if stop_pred(ln2):
                    return header, rows, ln2.split("｜")
                rows.append(ln2.split("｜"))
            return header, rows, None
    return None, [], None


def funds_block(ctx):
    """项目资金（万元）｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分 with component rows."""
    header, rows, _ = table_after(
        ctx.text, lambda l: l.startswith("项目资金（万元）"),
        lambda l: not l.startswith(("年度资金总额", "其中", "上年结转资金", "其他资金",
                                    "财政专户管理资金", "单位资金")))
    ctx.check(header is not None, "no funds block")
    if header is None:
        return None
    total, comps = rows[0], rows[1:]
    ctx.check(total[0] == "年度资金总额", "funds block starts without 年度资金总额")
    for col in (1, 2, 3):
        c = sum(D(r[col]) for r in comps)
        ctx.check(close(c, total[col]), f"funds column {header[col]}: components {c} vs total {total[col]}")
    init, annual, spent, w, rate, score = total[1:7]
    ctx.check(close(D(spent) / D(annual) * 100, rate.rstrip("%")), f"funds rate {rate}")
    exp_score = r2(D(w) * min(D(spent) / D(annual), D(1)))
    ctx.check(close(exp_score, score), f"execution score {score} vs {exp_score}")
    for r in comps:  # sub-rows: a rate only where the base is non-zero
        if r[5] not in ("—", ""):
            if D(r[2]) == 0:
                ctx.check(False, f"rate {r[5]} on zero base in row {r[0]}")
            else:
                ctx.check(close(D(r[3]) / D(r[2]) * 100, r[5].rstrip("%")), f"row {r[0]} rate {r[5]}")
    return {"weight": D(w), "score": D(score), "annual": annual, "spent": spent, "rate": rate}


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def expected_row(sign, target, actual, weight):
    """Return (score, completion%) under rules.md §5; None for qualitative rows."""
    w = D(weight)
    dt, da = DATE.search(target), DATE.search(actual)
    if dt and da:
        t = tuple(int(x) for x in dt.groups())
        a = tuple(int(x) for x in da.groups())
        return (w if a <= t else None), None
    tn, an = first_num(target), first_num(actual)
    if tn is None or an is None:
        return None, None
    T, A = D(tn), D(an)
    if sign in ("≤", "＜＝", "<="):
        if A <= T:
            return w, D(100)
        return w * T / A, T / A * 100
    if sign in ("＝", "=", "") and T == 0:
        return (w if A <= 0 else D(0)), None
    comp = A / T * 100
    return w * min(A / T, D(1)), comp


def indicator_table(ctx, funds=None, completion_col=False):
    header, rows, total = table_after(
        ctx.text, lambda l: l.startswith("一级指标｜") and "分值" in l and "得分" in l,
        lambda l: l.startswith("总分"))
    ctx.check(header is not None and total is not None, "no indicator table / 总分 row")
    if header is None or total is None:
        return None
    iw, isc = header.index("分值"), header.index("得分")
    ic = header.index("完成率") if "完成率" in header else None
    if "指标性质" in header:
        isign, itarget = header.index("指标性质"), header.index("指标值")
        iunit = header.index("度量单位")
    else:
        isign, itarget, iunit = None, header.index("年度指标值"), None
    iactual = header.index("实际完成值")
    wsum = funds["weight"] if funds else D(0)
    ssum = funds["score"] if funds else D(0)
    level = {}
    for r in rows:
        w, s = D(r[iw]), D(r[isc])
        wsum += w
        ssum += s
        level.setdefault(r[0], D(0))
        level[r[0]] += s
        ctx.check(D(0) <= s <= w, f"row {r[2]}: score {s} outside [0, {w}]")
        target, actual = r[itarget], r[iactual]
        if isign is not None:
            sign = r[isign]
            if iunit is not None and r[iunit] not in ("日期",):
                pass
        else:
            m = re.match(r"^(≥|≤|＝|=|＜＝|>=|<=)?", target)
            sign = m.group(1) or ""
            # same unit on both sides when both are quantitative
            tu = NUM.sub("", target.lstrip("≥≤＝=<>")).strip()
            au = NUM.sub("", actual).strip()
            if first_num(target) and first_num(actual):
                ctx.check(tu == au, f"row {r[2]}: units differ {target!r} vs {actual!r}")
        exp, comp = expected_row(sign, target, actual, w)
        if exp is None:  # qualitative: 部分达成 band [60%, 80%) of w, else [80%, 100%]
            lo, hi = (D("0.6") * w, D("0.8") * w) if ("部分" in actual or "基本" in actual) else (D("0.8") * w, w + D("0.0001"))
            ctx.check(lo <= s < hi, f"row {r[2]}: qualitative score {s} outside band [{lo}, {hi})")
        else:
            ctx.check(close(r2(exp), r[isc]), f"row {r[2]}: score {r[isc]} vs rule {r2(exp)}")
        if ic is not None:
            if comp is None:
                ctx.check(r[ic] in ("—", "100.00%") , f"row {r[2]}: completion {r[ic]}")
            else:
                ctx.check(close(comp, r[ic].rstrip("%")), f"row {r[2]}: completion {r[ic]} vs {comp:.4f}")
    tw, ts = total[iw], total[isc]
    ctx.check(close(wsum, tw), f"weights sum {wsum} vs 总分 {tw}")
    ctx.check(D(tw) == 100, "分值 total is not 100")
    ctx.check(close(ssum, ts), f"scores sum {ssum} vs stated total {ts}")
    return {"total": ts, "level": level, "rows": rows, "header": header}


# ---------------------------------------------------------------- per-draft arithmetic
def check_jiayin(c):
    f = funds_block(c)
    t = indicator_table(c, f)
    c.total(["110.00", "60.00"], "170.00", "当年财政拨款170.00万元（省级森林防火补助资金110.00万元、县级资金60.00万元）")
    c.total(["170.00", "10.00"], "180.00", "批复本项目预算180.00万元", "上年结转资金10.00万元")
    c.total(["180.00", "16.50"], "196.50", "省级追加资金16.50万元，调整后全年预算196.50万元")
    c.rate("187.36", "196.50", "95.35", "项目全年执行187.36万元，预算执行率95.35%")
    c.rate("177.36", "186.50", "95.10", "当年财政拨款执行177.36万元，执行率95.10%")
    c.total(["72.00", "58.40", "18.60", "21.36", "5.40", "11.60"], "187.36",
            "队员劳务补助72.00万元", "扑火装备购置58.40万元", "训练和演练费用18.60万元",
            "扑火车辆油料及维修21.36万元", "计5.40万元", "营房维修11.60万元")
    c.prod(["45", "2000", "8"], "10000", "72.00", "队员劳务补助72.00万元（45人，每人每月2000元，按防火期8个月发放）")
    c.prod(["45", "1200"], "10000", "5.40", "为45名队员购买意外伤害保险，每人每年1200元，计5.40万元")
    c.diff("196.50", "187.36", "9.14", "未支出的9.14万元")
    c.diff("186.50", "177.36", "9.14", "未支出的9.14万元")
    c.need("结转至2021年", "2020年度", "截至2020年12月31日")
    c.quot("45", "3", "15", "下设3个中队，在编队员45人，平均每个中队15人")
    c.rate("44", "45", "97.78", "45名队员中44人取得扑火安全培训合格证，持证上岗率97.78%")
    c.rate("11", "12", "91.67", "森林火情12起", "其中11起当日扑灭，当日扑灭率91.67%")
    c.prod(["48", "1000"], "400000", "0.12", "全县森林面积40万公顷", "过火有林地面积48公顷，森林火灾受害率0.12‰")
    c.rate("185", "200", "92.5", "收回200份，其中表示满意的185份，满意度92.5%")
    lv = t["level"]
    c.total([str(lv["产出指标"])], "49.87", "产出指标得49.87分")
    c.total([str(lv["效益指标"])], "26.65", "效益指标得26.65分")
    c.total([str(lv["满意度指标"])], "10", "满意度指标得10分")
    c.total(["9.53", "49.87", "26.65", "10"], "96.05", "预算执行率得9.53分", "自评总分96.05分")
    c.total([t["total"]], "96.05")
    c.grade("96.05", "优", "自评总分96.05分，评价等级为优")
    c.need("｜≥40天｜46天｜", "集中训练46天")
    c.need("｜97.78%｜6｜5.87｜", "｜91.67%｜10｜9.65｜")


def check_yajiang(c):
    f = funds_block(c)
    t = indicator_table(c, f)
    c.total(["150.00", "80.00", "20.00"], "250.00", "中央财政林业草原改革发展资金｜150.00｜150.00｜150.00",
            "省级财政森林草原防灭火专项资金｜80.00｜80.00｜65.78", "县级财政配套资金｜20.00｜20.00｜20.00",
            "合计｜250.00｜250.00｜235.78")
    c.total(["150.00", "65.78", "20.00"], "235.78")
    c.rate("235.78", "250.00", "94.31", "全年实际支出235.78万元，预算执行率94.31%")
    c.total(["162.56", "48.00", "12.50", "6.72", "6.00"], "235.78",
            "新建隔离带工程款162.56万元", "已建隔离带维护费48.00万元", "设计和监理费12.50万元",
            "防火警示标志牌6.72万元", "防火通道修缮工程预付款6.00万元")
    c.prod(["25.6", "6.35"], "1", "162.56", "162.56万元（25.6公里，每公里6.35万元）")
    c.prod(["40", "1.2"], "1", "48.00", "48.00万元（40公里，每公里1.2万元）")
    c.prod(["64", "1050"], "10000", "6.72", "6.72万元（64块，每块1050元）")
    c.diff("250.00", "235.78", "14.22", "年末未支出资金14.22万元")
    c.rate("25.6", "25", "102.40", "新建防火隔离带25.6公里，完成年度目标的102.40%")
    c.rate("187", "200", "93.5", "抽检隔离带200段，宽度达标187段，达标率93.5%")
    c.need("（2023年度）", "结转至2024年", "2022年12月提前下达", "年内未作调整")
    lv = t["level"]
    c.total([str(lv["产出指标"])], "59.92")
    c.total([str(lv["效益指标"])], "29.71")
    c.total(["9.43", "59.92", "29.71"], t["total"])
    c.total([t["total"]], "99.06", "｜100｜99.06｜")
    c.grade(t["total"], "优", "自评等级：优")
    # weights: 10 + 60 + 30, no satisfaction line (valid, Sichuan)
    ws = {}
    for r in t["rows"]:
        ws.setdefault(r[0], D(0))
        ws[r[0]] += D(r[t["header"].index("分值")])
    c.check(ws == {"产出指标": D(60), "效益指标": D(30)}, f"level weights {ws}")
    c.need("｜25｜公里｜25.6｜", "｜64｜", "设置防火警示标志牌64块", "｜6.35｜10｜10｜", "｜68｜10｜9.71｜",
           "覆盖率由年初的58%提高到68%")


def check_shunchang(c):
    c.need("86.00万元", "全年预算98.00万元", "追加到本项目", "12.00万元")
    c.total(["86.00", "12.00"], "98.00", "年初县级预算安排本项目86.00万元", "森林防火补助资金12.00万元")
    c.rate("98.00", "98.00", "100", "资金到位98.00万元，到位率100%")
    c.rate("95.06", "98.00", "97.00", "全年实际支出95.06万元，预算执行率97.00%")
    c.total(["45.00", "17.28", "21.60", "11.18"], "95.06", "运维服务费45.00万元", "通信链路租赁费17.28万元",
            "瞭望员补助21.60万元", "设备维修更换11.18万元")
    c.quot("45.00", "18", "2.5", "18座瞭望塔运维服务费45.00万元，平均每座2.5万元")
    c.prod(["18", "800", "12"], "1", "172800", "18路，每路每月800元，共172800元")
    c.prod(["18", "800", "12"], "10000", "17.28")
    c.prod(["12", "1500", "12"], "10000", "21.60", "瞭望员12名，每人每月1500元")
    c.diff("98.00", "95.06", "2.94", "年末资金结余2.94万元")
    c.mean(["99.1", "97.3", "78.6", "83.4"], "89.6", "各季度在线率分别为99.1%、97.3%、78.6%、83.4%，全年平均在线率89.6%")
    c.rate("222", "224", "99.1", "抽查224人次，在岗222人次，在岗率99.1%")
    c.rate("11", "13", "84.62", "全年共发生火情13起，其中通过瞭望塔视频监控早期发现11起，早期发现率84.62%")
    c.rate("132", "150", "88", "回收150份，满意132份，满意度88%")
    # scores (rules §5): gte proportional, lte T/A
    c.check(close(r2(D(10) * D("0.97")), "9.70"), "execution score")
    c.check(close(r2(D(10) * D("89.6") / D(98)), "9.14"), "online-rate score")
    c.check(close(r2(D(10) * D(15) / D(20)), "7.50"), "report-time score")
    c.check(close(r2(D(15) * D("84.62") / D(95)), "13.36"), "early-detection score")
    c.check(close(r2(D(10) * D(88) / D(90)), "9.78"), "satisfaction score")
    c.need("该项得9.14分", "该项得7.50分", "该项得13.36分", "得15分", "得9.78分")
    c.total(["10", "9.14", "7.50", "10", "10"], "46.64", "产出指标合计得46.64分")
    c.total(["13.36", "15"], "28.36", "效益指标合计得28.36分")
    c.total(["9.70", "46.64", "28.36", "9.78"], "94.48",
            "预算执行指标得9.70分、产出指标得46.64分、效益指标得28.36分、满意度指标得9.78分，综合自评得分94.48分")
    c.grade("94.48", "优", "综合自评得分94.48分，评价等级为“优”")
    c.need("本项目全年预算98.00万元，实际支出95.06万元")
    c.same(r"实际支出(\d+\.\d+)万元", 2)
    c.same(r"运维服务费(\d+\.\d+)万元", 2)


def check_ziyuan(c):
    f = funds_block(c)
    t = indicator_table(c, f, completion_col=True)
    c.total(["52.00", "8.00"], "60.00", "项目年初预算60.00万元，其中县级财政拨款52.00万元，上年结转资金8.00万元")
    c.total(["60.00", "15.00"], "75.00", "自治区追加森林防火补助资金15.00万元，调整后全年预算75.00万元")
    c.total(["52.00", "15.00"], "67.00", "其中：当年财政拨款｜52.00｜67.00｜55.90")
    c.rate("63.90", "75.00", "85.20", "项目实际支出63.90万元，预算执行率85.20%")
    c.diff("75.00", "63.90", "11.10", "未支出的11.10万元结转下年使用", "结转下年的11.10万元")
    c.rate("9.80", "15.00", "65.33", "截至年末支出9.80万元，支出率65.33%")
    c.check(D("9.80") <= D("15.00"), "regional funds overspent")
    c.prod(["30", "4800"], "10000", "14.40", "风力灭火机30台，每台4800元，计14.40万元")
    c.prod(["10", "12000"], "10000", "12.00", "灭火水泵10套，每套12000元，计12.00万元")
    c.prod(["600", "150"], "10000", "9.00", "二号扑火工具600把，每把150元，计9.00万元")
    c.prod(["300", "650"], "10000", "19.50", "防火服300套，每套650元，计19.50万元")
    c.total(["14.40", "12.00", "9.00", "19.50", "9.00"], "63.90", "储备库改造9.00万元")
    c.rate("102", "120", "85", "收回120份，满意和基本满意的102份，满意度85%")
    lv = t["level"]
    c.total([str(lv["产出指标"])], "46.66", "产出指标得46.66分")
    c.total([str(lv["效益指标"])], "25", "效益指标得25分")
    c.total([str(lv["满意度指标"])], "9.44", "满意度指标得9.44分")
    c.total(["8.52", "46.66", "25", "9.44"], "89.62", "预算执行率得8.52分", "自评总分89.62分")
    c.total([t["total"]], "89.62")
    c.grade("89.62", "良", "自评总分89.62分，评价等级为良好")
    c.need("由上年的61%提高到72%", "｜≥90%｜72%｜80.00%｜", "（2022年度）", "截至2022年12月31日")


def check_ergun(c):
    header, rows, _ = table_after(c.text, lambda l: l.startswith("部门支出｜"), lambda l: "｜" not in l)
    c.check(header is not None and len(rows) == 3, "no department funds table")
    tot, basic, proj = rows
    for col in (1, 2, 3):
        c.check(close(D(basic[col]) + D(proj[col]), tot[col]), f"dept funds column {header[col]}")
    for r in rows:
        c.check(close(D(r[3]) / D(r[2]) * 100, r[4].rstrip("%")), f"dept rate row {r[0]} {r[4]}")
    c.total(["842.60", "443.80"], "1286.40", "2024年年初预算1286.40万元，其中基本支出842.60万元、项目支出443.80万元")
    c.total(["1286.40", "166.30"], "1452.70", "年度中追加项目支出166.30万元", "调整后全年预算1452.70万元")
    c.total(["443.80", "166.30"], "610.10")
    c.rate("1407.73", "1452.70", "96.90", "全年支出1407.73万元，预算执行率96.90%")
    c.diff("1452.70", "1407.73", "44.97", "年末结转结余44.97万元")
    # project list
    header2, prows, _ = table_after(c.text, lambda l: l.startswith("项目名称｜全年预算数"), lambda l: l.startswith("合计"))
    c.check(len(prows) == 4, "project list")
    c.total([r[1] for r in prows], "610.10", "合计｜610.10｜571.48｜93.67%｜—")
    c.total([r[2] for r in prows], "571.48")
    for r in prows:
        c.check(close(D(r[2]) / D(r[1]) * 100, r[3].rstrip("%")), f"project rate {r[0]}")
    c.rate("571.48", "610.10", "93.67")
    c.mean([r[4] for r in prows], "94.25", "平均自评得分｜｜｜｜94.25")
    c.rate("430", "500", "86", "共回收有效问卷500份，满意430份，满意度86%")
    t = indicator_table(c, None)
    c.need("｜100%｜96.90%｜10｜9.69｜")
    c.total([t["total"]], "92.93", "自评得分92.93分")
    c.grade("92.93", "优", "评价等级：优", "自评得分92.93分，评价等级为优")
    c.same(r"生态护林员(\d+)名")
    c.need("全市320名生态护林员全部按网格上岗", "｜≥320人｜320人｜", "12处瞭望塔视频监控点位中10处", "｜≥12处｜10处｜")
    c.need("“三公”经费预算8.50万元，实际支出6.82万元")
    c.check(D("6.82") <= D("8.50"), "三公 overspent")


CHECKS = {
    "jiayin-zhuanyedui-2020": check_jiayin,
    "yajiang-gelidai-2023": check_yajiang,
    "shunchang-liaowangta-2018": check_shunchang,
    "ziyuan-fanghuowuzi-2022": check_ziyuan,
    "ergun-linyeju-2024": check_ergun,
}


# ---------------------------------------------------------------- set-level checks
def main():
    # labels
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ disagree")
    if len(files) != 35:
        fail(f"{len(files)} case files, expected 35")
    counts = {}
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected must hold exactly one error")
        for e in lab["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            if e["code"] not in CODES or e["severity"] != "error":
                fail(f"{lab['case']}: bad code/severity {e}")
            if e["value"] not in text:
                fail(f"{lab['case']}: value not in case: {e['value']!r}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            fail(f"code {code} occurs {counts.get(code, 0)} times (< 2)")

    # one-place edits, and the label value covers the change
    where = {"prose": 0, "table": 0}
    for (src, n, code, wh, old, new, value, _) in EDITS:
        where[wh] += 1
        clean, err = read(case_name(src)), read(case_name(src, n))
        if clean.count(old) != 1:
            fail(f"{src}-e{n}: old text matches {clean.count(old)} times")
        if err != clean.replace(old, new, 1):
            fail(f"{src}-e{n}: case is not the clean draft with the one edit")
        p = 0
        while p < min(len(clean), len(err)) and clean[p] == err[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(err)) - p and clean[-1 - s] == err[-1 - s]:
            s += 1
        c_mid, e_mid = clean[p:len(clean) - s], err[p:len(err) - s]
        if not e_mid and not c_mid:
            fail(f"{src}-e{n}: no change")
        if "\n\n" in e_mid or len(e_mid) > 120 or len(c_mid) > 120:
            fail(f"{src}-e{n}: change spans more than one place ({c_mid!r} -> {e_mid!r})")
        start, end = p, len(err) - s
        hit, i = False, err.find(value)
        while i >= 0:
            if i < max(end, start + 1) and i + len(value) > start:
                hit = True
            i = err.find(value, i + 1)
        if not hit:
            fail(f"{src}-e{n}: value {value!r} does not overlap the edit")
        # the clean draft must not already contain the injected text
        if value in clean:
            fail(f"{src}-e{n}: value also in the clean draft")
    if abs(where["prose"] - where["table"]) > 4:
        fail(f"prose/table split {where}")

    # clean drafts: length and arithmetic
    for src in SOURCES:
        text = read(case_name(src))
        if not 3000 <= len(text) <= 9000:
            fail(f"{src}: length {len(text)} outside 3000-9000")
        if "\ufffd" in text:
            fail(f"{src}: replacement char")
        CHECKS[src](Ctx(src, text))

    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print(f"codes: {dict(sorted(counts.items()))}")
    print(f"edits in prose/table: {where}")
    print("OK")


if __name__ == "__main__":
    main()
