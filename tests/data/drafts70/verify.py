#!/usr/bin/env python3
"""Verify this labelled set.

1. labels: every error case has exactly one label; its value occurs exactly once in the case and
   never in the clean draft; clean cases have no label.
2. edits: each error case differs from its clean draft in one line by one contiguous change of at
   most 16 characters (score-row edits: two adjacent lines, each change at most 16 characters).
3. arithmetic of every clean draft: tables re-added, rates / balances / averages recomputed,
   weights to 100, row scores to the total, scoring rules and completion rates, grade band.
   Figures are read from the text (fig() asserts that the quoted string is present).
Pure Python 3, no third-party packages. Prints OK or the list of failures.
"""
import json
import os
import re
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []
NCHECK = [0]
TWO_ROW_CODES = {"score_exceeds_weight"}


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def dec(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return Decimal(s)


def ndec(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: string as printed; consistent with computed under the decimals rule."""
    tol = Decimal("0.5") * Decimal(10) ** (-ndec(stated)) + Decimal("1e-9")
    return abs(dec(stated) - Decimal(computed)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def check(ctx, label, cond):
    NCHECK[0] += 1
    if not cond:
        FAIL.append("%s: %s" % (ctx, label))


class Doc:
    def __init__(self, pid):
        self.pid = pid
        self.t = read(os.path.join(CASES, pid + "-clean.txt"))

    def fig(self, s):
        """Assert s is in the text; return the last number in s as Decimal."""
        check(self.pid, "missing text %r" % s, s in self.t)
        m = re.findall(r"\d[\d,]*(?:\.\d+)?", s)
        return dec(m[-1])

    def has(self, s):
        check(self.pid, "missing text %r" % s, s in self.t)

    def eq(self, label, stated, computed):
        check(self.pid, "%s: stated %s, computed %s" % (label, stated, computed), close(stated, computed))

    def rate(self, label, stated, num, den):
        self.eq(label, stated, Decimal(num) / Decimal(den) * 100)

    def lines_between(self, start, end):
        i = self.t.index(start)
        j = self.t.index(end, i)
        return self.t[i:j].split("\n")


# ---------------------------------------------------------------- generic table checks
def parse_target(s):
    s = s.strip()
    if re.search(r"\d{4}年\d+月\d+日", s):
        return "date", None, ""
    d = "eq"
    if s.startswith("≥"):
        d, s = "gte", s[1:]
    elif s.startswith("≤"):
        d, s = "lte", s[1:]
    elif s.startswith("="):
        s = s[1:]
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)(.*)$", s)
    return d, dec(m.group(1)), m.group(2).strip()


def parse_actual(s):
    s = s.strip()
    if re.search(r"\d{4}年\d+月\d+日", s):
        return None, ""
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)(.*)$", s)
    return dec(m.group(1)), m.group(2).strip()


def check_indicators(doc, rows, exec_row, total, grade):
    """rows: dicts name,target,actual,completion(None|str),weight,score (strings).
    exec_row: dict weight, rate(str %), score, spent, budget (strings)."""
    ctx = doc.pid
    w_sum = dec(exec_row["weight"])
    s_sum = dec(exec_row["score"])
    # execution score
    rate = Decimal(dec(exec_row["spent"])) / dec(exec_row["budget"]) * 100
    doc.eq("exec rate", exec_row["rate"], rate)
    ew = dec(exec_row["weight"])
    exp_a = r2(ew * min(rate, Decimal(100)) / 100)
    exp_b = r2(ew * min(dec(exec_row["rate"]), Decimal(100)) / 100)
    check(ctx, "exec score %s vs %s/%s" % (exec_row["score"], exp_a, exp_b),
          close(exec_row["score"], exp_a) or close(exec_row["score"], exp_b))
    for r in rows:
        w, sc = dec(r["weight"]), dec(r["score"])
        w_sum += w
        s_sum += sc
        check(ctx, "%s score %s > weight %s" % (r["name"], sc, w), Decimal(0) <= sc <= w)
        d, tv, tu = parse_target(r["target"])
        av, au = parse_actual(r["actual"])
        if d == "date":
            check(ctx, "%s date target must be full marks" % r["name"], sc == w)
            continue
        check(ctx, "%s unit %r vs %r" % (r["name"], tu, au), tu == au)
        if d == "lte":
            comp = Decimal(100) if av <= tv else tv / av * 100
        elif tv == 0:
            comp = Decimal(100) if av == 0 else Decimal(0)
        else:
            comp = av / tv * 100
        if r.get("completion") not in (None, "—"):
            doc.eq("%s completion" % r["name"], r["completion"], comp)
        full = comp >= 100
        if full:
            check(ctx, "%s met: score %s should be %s" % (r["name"], sc, w), sc == w)
        else:
            exp_a = r2(w * comp / 100)
            alts = [exp_a]
            if r.get("completion") not in (None, "—"):
                alts.append(r2(w * dec(r["completion"]) / 100))
            check(ctx, "%s score %s vs %s" % (r["name"], r["score"], alts),
                  any(close(r["score"], a) for a in alts))
    check(ctx, "weights sum %s != 100" % w_sum, w_sum == 100)
    doc.eq("score total", total, s_sum)
    t = dec(total)
    band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
    check(ctx, "grade %s vs band %s for %s" % (grade, band, total), grade.startswith(band))


def col_sums(doc, label, rows, total, cols):
    """rows/total: lists of cells; check the given column indexes add up."""
    for c in cols:
        s = sum(dec(r[c]) for r in rows)
        doc.eq("%s column %d" % (label, c), total[c], s)


def row_sums(doc, label, rows, parts, tot):
    for r in rows:
        doc.eq("%s row %s" % (label, r[0]), r[tot], sum(dec(r[c]) for c in parts))


# ---------------------------------------------------------------- A 枣强 2020
def check_zaoqiang():
    d = Doc("zaoqiang-ruralbus-2020")
    t = d.t
    # 表1 vehicles
    veh = [l.split("\t") for l in d.lines_between("纯电动\t46", "乡镇客运站运营补助按") if "\t" in l]
    body, tot = veh[:-1], veh[-1]
    for r in body:
        d.eq("表1 %s" % r[0], r[3], dec(r[1]) * dec(r[2]))
    col_sums(d, "表1", body, tot, [1, 3])
    d.eq("station", d.fig("5个站计12.00万元"), d.fig("每站每年2.40万元") * 5)
    d.eq("2019 清算", "18.36", d.fig("应发补贴126.48万元") - d.fig("已预拨108.12万元"))
    d.has("应补发18.36万元")
    # budget
    init = d.fig("年初预算135.60万元")
    d.eq("年初 by source", "135.60", d.fig("中央资金96.00万元") + d.fig("省级资金31.50万元") + d.fig("县级资金8.10万元"))
    add = d.fig("合计追加18.36万元")
    d.eq("追加", "18.36", d.fig("补助资金8.00万元") + d.fig("县财政追加10.36万元"))
    annual = d.fig("全年预算153.96万元")
    d.eq("全年", "153.96", init + add)
    d.has("实际到位153.96万元，到位率100%")
    spent = d.fig("全年支出149.28万元")
    d.rate("执行率", "96.96", spent, annual)
    d.has("预算执行率96.96%")
    op = d.fig("车辆运营补贴支出118.92万元")
    d.rate("运营补贴执行率", "96.21", op, dec("123.60"))
    d.has("执行率96.21%")
    d.eq("支出 parts", "149.28", op + d.fig("运营补助支出12.00万元") + d.fig("清算资金支出18.36万元"))
    bal = d.fig("年末结余4.68万元")
    d.eq("结余", "4.68", annual - spent)
    a = d.fig("扣减补贴1.80万元")
    b = d.fig("扣减补贴2.88万元")
    d.eq("扣减 diesel", "1.80", 6 * dec("0.60") * dec("0.5"))
    d.has("6辆柴油车")
    d.has("按50%扣减")
    d.eq("扣减 gas", "2.88", 4 * dec("0.90") * dec("0.8"))
    d.has("4辆燃气车")
    d.has("按80%扣减")
    d.eq("结余 parts", str(bal), a + b)
    d.eq("运营补贴 after 扣减", "118.92", dec("123.60") - bal)
    # 表2
    src = [l.split("\t") for l in d.lines_between("中央资金\t冀财建", "4．拨付进度") if "\t" in l]
    body, tot = src[:-1], src[-1]
    col_sums(d, "表2", body, tot, [2, 3, 4])
    for r in src:
        d.rate("表2 rate %s" % r[0], r[5], dec(r[4]), dec(r[2]))
    d.eq("县级 = 8.10 + 10.36", body[3][2], dec("8.10") + dec("10.36"))
    # 表3 quarterly
    q = [l.split("\t") for l in d.lines_between("一季度\t", "\n\n二、") if "\t" in l]
    body, tot = q[:-1], q[-1]
    row_sums(d, "表3", q, [1, 2, 3], 4)
    col_sums(d, "表3", body, tot, [1, 2, 3, 4])
    for r in body[:3]:
        d.eq("表3 25%% %s" % r[0], r[1], dec("123.60") * dec("0.25"))
    d.eq("季均", d.fig("季均拨付37.32万元"), dec(tot[4]) / 4)
    # evaluation work
    d.rate("抽查比例", "21.28", d.fig("共抽查车辆30辆"), 141)
    d.has("占补贴车辆总数的21.28%")
    d.rate("问卷有效率", "96.40", d.fig("回收有效问卷482份"), d.fig("发放问卷500份"))
    d.has("有效率96.40%")
    # deductions narrated in 三
    ded = [d.fig("扣0.30分"), d.fig("扣0.53分"), d.fig("扣0.22分")]
    d.eq("deductions", "98.95", 100 - sum(ded))
    d.eq("ded exec", "0.30", 10 - dec("9.70"))
    d.eq("ded 客运量", "0.53", 10 - dec("9.47"))
    d.eq("ded 合格率", "0.22", 10 - dec("9.78"))
    # benefits
    d.eq("客运量 change", d.fig("减少36.3万人次"), d.fig("2019年的348.9万人次") - d.fig("客运量312.6万人次"))
    d.rate("客运量 下降", "10.40", dec("36.3"), dec("348.9"))
    d.has("下降10.40%")
    d.rate("里程 下降", "4.47", dec("731.2") - d.fig("行驶里程698.5万车公里"), d.fig("2019年的731.2万车公里"))
    d.has("下降4.47%")
    d.eq("每车里程", d.fig("平均每车4.95万公里"), dec("698.5") / 141)
    d.rate("合格率", "92.91", d.fig("131辆年度考核合格"), 141)
    d.has("合格率92.91%")
    d.has("10辆不合格")
    d.rate("清洁能源占比", "59.57", d.fig("合计84辆"), 141)
    d.eq("84 = 46 + 38", "84", 46 + 38)
    d.rate("2019 占比", "48.23", 30 + 38, 141)
    d.has("2019年的48.23%")
    d.eq("提高", d.fig("提高11.34个百分点"), dec("59.57") - dec("48.23"))
    d.eq("满意度平均", d.fig("平均92.4%"), (dec("93.1") + dec("90.6") + dec("93.5")) / 3)
    d.has("分别为93.1%、90.6%、93.5%")
    d.eq("标准倍数", "2", dec("1.20") / dec("0.60"))
    d.has("是柴油车辆的2倍")
    d.eq("fleet 2019->2020", "46", 30 + 16)
    # 自评表
    fl = [l.split("\t") for l in t.split("\n") if l.startswith("年度资金总额\t")][0]
    d.eq("自评表 全年", fl[2], annual)
    d.eq("自评表 年初", fl[1], init)
    d.eq("自评表 执行", fl[3], spent)
    rows = []
    for l in t.split("\n"):
        c = l.split("\t")
        if c[0] in ("产出指标", "效益指标", "满意度指标") and len(c) == 9:
            rows.append(dict(name=c[2], target=c[3], actual=c[4], completion=c[5], weight=c[6], score=c[7]))
    check(d.pid, "9 indicator rows", len(rows) == 9)
    tot = [l.split("\t") for l in t.split("\n") if l.startswith("总分\t")][0]
    check_indicators(d, rows, dict(weight=fl[4], rate=fl[5], score=fl[6], spent=fl[3], budget=fl[2]),
                     tot[7], tot[8].split("：")[1])
    d.has("本项目总分98.95分，评价等级为“优”")


# ---------------------------------------------------------------- B 滨州 2023
def pipe_rows(lines):
    out = []
    for l in lines:
        l = l.strip()
        if l.startswith("|") and not l.startswith("| ---"):
            out.append([c.strip() for c in l.strip("|").split("|")])
    return out


def check_binzhou():
    d = Doc("binzhou-citybus-2023")
    t = d.t
    veh = pipe_rows(d.lines_between("| 纯电动 | 312", "优惠乘车补贴年初按"))
    body, tot = veh[:-1], veh[-1]
    for r in body:
        d.eq("vehicles %s" % r[0], r[3], dec(r[1]) * dec(r[2]))
    col_sums(d, "vehicles", body, tot, [1, 3])
    d.eq("优惠 budget", d.fig("安排389.20万元"), d.fig("预计优惠乘车486.5万人次") * dec("0.80"))
    d.has("每人次0.80元")
    init = d.fig("年初预算1535.80万元")
    d.eq("年初", "1535.80", d.fig("车辆运营补贴1146.60万元与") + d.fig("优惠乘车补贴389.20万元之和"))
    add = d.fig("追加2022年度清算资金215.34万元")
    annual = d.fig("全年预算1751.14万元")
    d.eq("全年", "1751.14", init + add)
    src = pipe_rows(d.lines_between("| 中央城市交通发展奖励资金", "中央资金系2022年12月"))
    body, tot = src[:-1], src[-1]
    col_sums(d, "sources", body, tot, [3, 4])
    for r in src:
        d.rate("source rate %s" % r[0], r[5], dec(r[4]), dec(r[3]))
    d.eq("sources total", tot[3], annual)
    d.has("到位资金1751.14万元，到位率100%")
    fund = pipe_rows(d.lines_between("| 年度资金总额 |", "全年执行1698.62万元"))
    for r in fund:
        if dec(r[2]) == 0:
            check(d.pid, "zero-base rate must be —", r[5] == "—")
        else:
            d.rate("fund rate %s" % r[0], r[5], dec(r[4]), dec(r[2]))
    d.eq("fund total = 其中", fund[0][4], sum(dec(r[4]) for r in fund[1:]))
    d.eq("fund 全年 = 其中", fund[0][2], sum(dec(r[2]) for r in fund[1:]))
    spent = d.fig("全年执行1698.62万元")
    d.eq("执行 parts", "1698.62", d.fig("其中车辆运营补贴1146.60万元") + d.fig("优惠乘车补贴336.68万元")
         + d.fig("2022年度清算资金215.34万元。"))
    d.eq("清算 in 元", d.fig("2153400元"), dec("215.34") * 10000)
    bal = d.fig("结余52.52万元")
    d.eq("结余", "52.52", annual - spent)
    d.eq("优惠 shortfall", d.fig("比测算数少65.65万人次"), dec("486.5") - d.fig("全年实际优惠乘车420.85万人次"))
    d.eq("结余 from 人次", "52.52", dec("65.65") * dec("0.80"))
    d.eq("优惠 spent", "336.68", dec("420.85") * dec("0.80"))
    mon = pipe_rows(d.lines_between("| 1月 |", "\n\n四、"))
    body, tot = mon[:-1], mon[-1]
    check(d.pid, "12 months", len(body) == 12)
    col_sums(d, "monthly", body, tot, [1, 2, 3, 4])
    for r in body:
        d.eq("monthly 0.8 %s" % r[0], r[4], dec(r[2]) * dec("0.80"))
    d.eq("月均优惠", d.fig("月均优惠乘车35.07万人次"), dec(tot[2]) / 12)
    d.eq("客运量 text=table", d.fig("公交客运量2,614.8万人次"), dec(tot[1]))
    d.rate("客运量 growth", "9.52", dec("2614.8") - d.fig("2022年的2,387.5万人次"), dec("2387.5"))
    d.has("增长9.52%")
    d.eq("里程 text=table", d.fig("全年运营里程2318.6万车公里"), dec(tot[3]))
    d.eq("单车里程", d.fig("单车年均运营5.49万公里"), dec("2318.6") / 422)
    d.rate("清洁能源占比", "94.31", d.fig("新能源和清洁能源公交车398辆"), 422)
    d.eq("398 = 312 + 86", "398", 312 + 86)
    d.has("占比94.31%")
    d.rate("问卷有效率", "97.00", d.fig("回收有效问卷1,164份"), d.fig("发放问卷1,200份"))
    d.has("有效率97.00%")
    d.has("淘汰剩余柴油车辆24辆")
    d.has("运营车辆422辆")
    d.has("开通公交线路61条")
    d.has("线路61条")
    tbl = pipe_rows(d.lines_between("| 一级指标 |", "\n\n滨州市交通运输局"))[1:]
    ex = tbl[0]
    rows = [dict(name=r[2], target=r[3], actual=r[4], completion=None, weight=r[5], score=r[6])
            for r in tbl[1:-1]]
    check(d.pid, "10 indicator rows", len(rows) == 10)
    check_indicators(d, rows, dict(weight=ex[5], rate=ex[4], score=ex[6], spent=spent, budget=annual),
                     tbl[-1][6], "优")
    d.eq("table weight total", tbl[-1][5], 100)
    # level-1 weights 10/50/30/10
    w1 = {}
    for r in tbl[1:-1]:
        w1[r[0]] = w1.get(r[0], 0) + dec(r[5])
    check(d.pid, "level1 weights %s" % w1, w1 == {"产出指标": 50, "效益指标": 30, "满意度指标": 10})
    d.has("自评得分98.33分，评价等级为“优”")


# ---------------------------------------------------------------- C 西峡 2022
def check_xixia():
    d = Doc("xixia-ruralpassenger-2022")
    t = d.t
    veh = [(24, "1.50", "36.00"), (15, "1.00", "15.00"), (89, "0.80", "71.20")]
    d.has("其中纯电动24辆、燃气15辆、柴油89辆")
    d.has("分别为每辆每年1.50万元、1.00万元、0.80万元")
    d.has("测算金额分别为36.00万元、15.00万元、71.20万元，合计122.20万元")
    for n, s, a in veh:
        d.eq("veh %s" % a, a, n * dec(s))
    d.eq("veh total", "122.20", sum(dec(a) for _, _, a in veh))
    d.eq("veh count", d.fig("核定补贴车辆128辆"), 24 + 15 + 89)
    d.eq("山区", d.fig("计27.20万元"), 17 * d.fig("每条每年1.60万元"))
    d.has("17条线路")
    d.eq("清算", d.fig("应补发9.85万元"), d.fig("应发补贴150.37万元") - d.fig("已拨付140.52万元"))
    init = d.fig("年初预算149.40万元")
    d.eq("年初 parts", "149.40", dec("122.20") + dec("27.20"))
    d.eq("年初 sources", "149.40", d.fig("中央资金88.00万元（") + d.fig("省级资金34.00万元（") + d.fig("县级资金27.40万元"))
    annual = d.fig("全年预算159.25万元")
    d.eq("全年", "159.25", init + d.fig("追加县级资金9.85万元"))
    d.eq("全年 sources", "159.25", dec("88.00") + dec("34.00") + d.fig("县级资金37.25万元"))
    # flattened funds table
    i = t.index("\t项目\n")
    j = t.index("资金结余6.60万元均为")
    blocks = [b for b in t[i:j].split("\n\n") if b.strip()]
    rows = [[c.strip() for c in b.split("\n") if c.strip()] for b in blocks]
    hdr, data = rows[0], {r[0]: r for r in rows[1:]}
    check(d.pid, "flattened header 10 cells", len(hdr) == 10)
    for k, r in data.items():
        check(d.pid, "flattened row %s has 10 cells" % k, len(r) == 10)
    for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = data[k]
        d.eq("%s 小计" % k, r[3], sum(dec(x) for x in r[4:8]))
        d.eq("%s 总额" % k, r[2], dec(r[3]) + dec(r[8]) + dec(r[9]))
    for c in range(2, 10):
        d.eq("结余 col %d" % c, data["资金结余"][c], dec(data["实际到位资金"][c]) - dec(data["全年执行资金"][c]))
        for key, num in (("预算到位率(%)", "实际到位资金"), ("预算执行率(%)", "全年执行资金")):
            den = dec(data["全年预算资金"][c])
            cell = data[key][c]
            if den == 0:
                check(d.pid, "zero-base %s col %d must be —" % (key, c), cell == "—")
            else:
                d.rate("%s col %d" % (key, c), cell, dec(data[num][c]), den)
    spent = dec(data["全年执行资金"][2])
    check(d.pid, "到位/执行 text", "全年到位159.25万元，执行152.65万元" in t)
    d.eq("table 全年", data["全年预算资金"][2], annual)
    d.eq("table 年初", data["年初预算资金"][2], init)
    bal = d.fig("资金结余6.60万元")
    parts = [d.fig("减少1.20万元"), d.fig("补助3.20万元"), d.fig("扣减补贴2.20万元")]
    d.eq("结余 parts", "6.60", sum(parts))
    d.eq("报废", "1.20", 3 * dec("0.80") * dec("0.5"))
    d.eq("停运", "3.20", 2 * dec("1.60"))
    d.eq("考核", "2.20", 11 * dec("0.80") * dec("0.25"))
    d.has("3辆柴油客车6月底报废")
    d.has("11辆柴油客车年度考核不合格，按25%扣减")
    q = [l.split("\t") for l in d.lines_between("第一季度\t", "上半年累计") if "\t" in l]
    body, tot = q[:-1], q[-1]
    row_sums(d, "quarters", q, [1, 2, 3], 4)
    col_sums(d, "quarters", body, tot, [1, 2, 3, 4])
    d.eq("quarters total", tot[4], spent)
    d.eq("veh paid", tot[1], dec("122.20") - dec("1.20") - dec("2.20"))
    d.eq("山区 paid", tot[2], 15 * dec("1.60"))
    d.eq("Q1 veh", body[0][1], dec("122.20") / 4)
    d.eq("Q3 veh", body[2][1], dec("122.20") / 4 - 3 * dec("0.80") / 4)
    d.eq("Q4 veh", body[3][1], dec("122.20") / 4 - 3 * dec("0.80") / 4 - dec("2.20"))
    h1 = d.fig("上半年累计拨付82.95万元")
    d.eq("H1", "82.95", dec(body[0][4]) + dec(body[1][4]))
    d.rate("H1 share", "52.09", h1, annual)
    d.has("占全年预算的52.09%")
    d.eq("季均", d.fig("季均拨付38.16万元"), spent / 4)
    d.rate("山区完成", "88.24", 15, 17)
    d.has("完成目标的88.24%")
    d.rate("合格率", "91.41", d.fig("中117辆年度考核合格"), 128)
    d.has("合格率91.41%")
    d.eq("客运量 drop", d.fig("减少24.3万人次"), d.fig("2021年的271.6万人次") - d.fig("农村客运量247.3万人次"))
    d.rate("客运量 drop %", "8.95", dec("24.3"), dec("271.6"))
    d.has("下降8.95%")
    d.eq("单车里程", d.fig("单车年均4.40万公里"), d.fig("行驶里程562.8万车公里") / 128)
    d.rate("清洁能源", "30.47", d.fig("合计39辆"), 128)
    d.has("清洁能源车辆占比30.47%")
    d.has("即预算执行率10分、产出指标60分、效益指标30分")
    tbl = [l.split("\t") for l in d.lines_between("一级指标\t二级指标", "\n\n五、") if "\t" in l][1:]
    ex, tot = tbl[0], tbl[-1]
    rows = [dict(name=r[2], target=r[3], actual=r[4], completion=r[5], weight=r[6], score=r[7])
            for r in tbl[1:-1]]
    check(d.pid, "9 indicator rows", len(rows) == 9)
    d.eq("exec completion", ex[5], dec(ex[4]))
    check_indicators(d, rows, dict(weight=ex[6], rate=ex[4], score=ex[7], spent=spent, budget=annual),
                     tot[7], "优")
    d.eq("weight total row", tot[6], 100)
    d.has("综合得分97.54分，评价等级为优秀")


# ---------------------------------------------------------------- D 平泉 2018
def sp(l):
    return re.split(r"\s{2,}", l.strip())


def check_pingquan():
    d = Doc("pingquan-busfuel-2018")
    t = d.t
    veh = [sp(l) for l in d.lines_between("   纯电动  ", "与2017年末")]
    veh = [r for r in veh if r and r[0]]
    body, tot = veh[:-1], veh[-1]
    for r in body:
        d.eq("veh %s" % r[0], r[3], dec(r[1]) * dec(r[2]))
    col_sums(d, "veh", body, tot, [1, 3])
    d.eq("veh 万元", "247.40", dec(tot[3]) / 10000)
    d.has("运营车辆80辆")
    d.eq("2017 fleet", d.fig("2017年末84辆"), 30 + 18 + 36)
    d.has("（纯电动30辆、燃气18辆、柴油36辆）")
    d.eq("electric +18", "48", 30 + d.fig("新增纯电动公交车18辆"))
    d.eq("diesel -22", "14", 36 - d.fig("淘汰柴油公交车22辆"))
    d.eq("免费 budget", d.fig("安排70.00万元"), d.fig("按87.5万人次测算") * dec("0.80"))
    d.eq("2017 清算", d.fig("应补发12.36万元"), d.fig("应发补助305.84万元") - d.fig("已发放293.48万元"))
    init = d.fig("年初预算317.40万元")
    d.eq("年初 parts", "317.40", d.fig("其中车辆运营补助247.40万元") + d.fig("老年人免费乘车补贴70.00万元"))
    annual = d.fig("全年预算329.76万元")
    d.eq("全年", "329.76", init + d.fig("追加2017年度清算资金12.36万元"))
    d.eq("sources", "329.76", d.fig("中央资金215.00万元") + d.fig("省级资金35.70万元") + d.fig("本级资金79.06万元"))
    d.has("承德市级资金0元")
    spent = d.fig("全年支出328.18万元")
    d.eq("支出 parts", "328.18", dec("247.40") + d.fig("免费乘车补贴68.42万元") + d.fig("2017年度清算资金12.36万元，"))
    d.rate("执行率", "99.52", spent, annual)
    d.has("预算执行率99.52%")
    d.eq("结余", d.fig("结余1.58万元"), annual - spent)
    d.eq("免费 元", d.fig("结算补贴684,200元"), d.fig("免费乘车855,250人次") * dec("0.80"))
    d.eq("免费 short", d.fig("比预算少15,800元"), 700000 - 684200)
    src = [sp(l) for l in d.lines_between("   中央资金  ", "平泉市本级资金执行率")]
    src = [r for r in src if r and r[0]]
    body, tot = src[:-1], src[-1]
    col_sums(d, "sources 元", body, tot, [1, 2, 3, 4])
    for r in src:
        d.eq("source 结余 %s" % r[0], r[4], dec(r[2]) - dec(r[3]))
    d.eq("sources 元 total", "329.76", dec(tot[1]) / 10000)
    d.eq("spent 元 total", "328.18", dec(tot[3]) / 10000)
    d.rate("本级执行率", "98.00", dec(body[3][3]), dec(body[3][1]))
    d.has("本级资金执行率98.00%")
    mon = [sp(l) for l in d.lines_between("   1月  ", "\n\n四、")]
    mon = [r for r in mon if r and r[0]]
    body, tot = mon[:-1], mon[-1]
    check(d.pid, "12 months", len(body) == 12)
    col_sums(d, "monthly", body, tot, [1, 2, 3, 4])
    for r in body:
        d.eq("monthly 0.8 %s" % r[0], r[4], dec(r[3]) * dec("0.80"))
    d.eq("免费 万人次", "85.525", dec(tot[3]) / 10000)
    d.has("老年人免费乘车85.525万人次")
    d.eq("客运量", d.fig("全年完成公交客运量856.3万人次"), dec(tot[1]))
    d.rate("客运量 growth", "5.40", dec("856.3") - d.fig("2017年的812.4万人次"), dec("812.4"))
    d.has("增长5.40%")
    d.eq("里程", d.fig("运营里程486.7万车公里"), dec(tot[2]))
    d.eq("单车", d.fig("单车年均6.08万公里"), dec("486.7") / 80)
    d.rate("新能源占比", "60.00", d.fig("年末新能源公交车48辆"), 80)
    d.has("占比60.00%")
    d.rate("问卷", "98.00", d.fig("回收有效问卷588份"), d.fig("发放调查问卷600份"))
    d.has("有效回收率98.00%")
    d.eq("一半", "18", dec(36) / 2)
    tbl = [sp(l) for l in d.lines_between("   一级指标 ", "\n\n六、")][1:]
    tbl = [r for r in tbl if r and r[0]]
    ex, tot = tbl[0], tbl[-1]
    rows = [dict(name=r[2], target=r[3], actual=r[4], completion=None, weight=r[5], score=r[6])
            for r in tbl[1:-1]]
    check(d.pid, "9 indicator rows", len(rows) == 9)
    check_indicators(d, rows, dict(weight=ex[5], rate=ex[4], score=ex[6], spent=spent, budget=annual),
                     tot[2], "良")
    d.eq("weight total row", tot[1], 100)
    d.has("本项目自评得分89.92分，评价等级为良好")


# ---------------------------------------------------------------- E 长葛 2024
def ip_rows(lines):
    return [[c.strip() for c in l.split("|")] for l in lines if "|" in l]


def check_changge():
    d = Doc("changge-urbanrural-2024")
    t = d.t
    veh = ip_rows(d.lines_between("纯电动 | 136", "2．里程补贴"))
    body, tot = veh[:-1], veh[-1]
    for r in body:
        d.eq("veh %s" % r[0], r[3], dec(r[1]) * dec(r[2]))
    col_sums(d, "veh", body, tot, [1, 3])
    d.eq("veh 万元", "196.30", dec(tot[3]) / 10000)
    d.has("运营车辆189辆")
    d.has("纯电动车136辆补贴163.20万元、燃气车22辆补贴17.60万元、柴油车31辆补贴15.50万元")
    for r, w in zip(body, ("163.20", "17.60", "15.50")):
        d.eq("veh text %s" % r[0], w, dec(r[3]) / 10000)
    d.eq("里程 budget", d.fig("安排315.00万元"), d.fig("计划运营里程1,050万车公里") * dec("0.30"))
    d.has("每车公里0.30元")
    d.eq("清算", d.fig("差额42.57万元"), d.fig("应拨付518.64万元") - d.fig("已拨付476.07万元"))
    init = d.fig("年初预算511.30万元")
    d.eq("年初 parts", "511.30", d.fig("其中车辆定额补贴196.30万元") + d.fig("里程补贴315.00万元。"))
    annual = d.fig("全年预算553.87万元")
    d.eq("全年", "553.87", init + d.fig("追加2023年度清算资金42.57万元"))
    prov = d.fig("省级资金85.00万元")
    d.eq("省 batches", "85.00", d.fig("4月下达50.00万元") + d.fig("9月下达35.00万元"))
    d.eq("sources", "553.87", d.fig("资金210.00万元") + prov + d.fig("市级资金60.00万元") + d.fig("本级资金198.87万元"))
    d.has("到位553.87万元，到位率100%")
    spent = d.fig("全年支出545.95万元")
    d.rate("执行率", "98.57", spent, annual)
    d.has("预算执行率98.57%")
    d.eq("结余", d.fig("结余7.92万元，均为"), annual - spent)
    mil = d.fig("支出307.08万元")
    d.eq("里程 spent", "307.08", d.fig("实际运营里程1,023.6万车公里") * dec("0.30"))
    d.rate("里程执行率", "97.49", mil, dec("315.00"))
    d.has("里程补贴执行率97.49%")
    d.eq("里程 结余", "7.92", dec("315.00") - mil)
    d.eq("支出 parts", "545.95", dec("196.30") + mil + d.fig("拨付2023年度清算资金42.57万元"))
    d.rate("本级执行率", "96.02", dec("198.87") - dec("7.92"), dec("198.87"))
    d.has("市本级资金执行率96.02%")
    q = ip_rows(d.lines_between("一季度 | 248.6", "资金管理方面"))
    body, tot = q[:-1], q[-1]
    row_sums(d, "quarters", q, [2, 3, 4], 5)
    col_sums(d, "quarters", body, tot, [1, 2, 3, 4, 5])
    for r in body:
        d.eq("quarter 0.30 %s" % r[0], r[3], dec(r[1]) * dec("0.30"))
    d.eq("quarters total", tot[5], spent)
    d.eq("里程 short", d.fig("比计划少26.4万车公里"), dec("1050") - dec("1023.6"))
    d.rate("客运量 growth", "6.41", d.fig("客运量1,386.4万人次") - d.fig("2023年的1,302.9万人次"), dec("1302.9"))
    d.has("增长6.41%")
    d.rate("新能源占比", "71.96", d.fig("年末新能源公交车136辆"), 189)
    d.has("占比71.96%")
    d.eq("单车", d.fig("单车年均运营5.42万公里"), dec("1023.6") / 189)
    d.rate("问卷", "97.63", d.fig("回收有效问卷781份"), d.fig("发放问卷800份"))
    d.has("有效率97.63%")
    d.has("形成7.92万元结余")
    d.has("31辆柴油车")
    tbl = [r for r in ip_rows(t.split("\n")) if r[0] in ("产出指标", "效益指标", "满意度指标", "总分", "年度资金总额")]
    ex = tbl[0]
    tot = tbl[-1]
    rows = [dict(name=r[2], target=r[3], actual=r[4], completion=None, weight=r[5], score=r[6])
            for r in tbl[1:-1]]
    check(d.pid, "10 indicator rows", len(rows) == 10)
    d.eq("自评表 年初", ex[1], init)
    d.eq("自评表 全年", ex[2], annual)
    d.eq("自评表 执行", ex[3], spent)
    check_indicators(d, rows, dict(weight=ex[4], rate=ex[5], score=ex[6], spent=ex[3], budget=ex[2]),
                     tot[6], tot[7].split("：")[1])
    d.eq("weight total row", tot[5], 100)
    d.has("本项目自评得分99.65分，评价等级为优")


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    codes = {}
    for lab in labels:
        case = read(os.path.join(CASES, lab["case"]))
        clean = read(os.path.join(CASES, lab["source"] + "-clean.txt"))
        ctx = lab["case"]
        if lab["clean"]:
            check(ctx, "clean case has labels", lab["expected"] == [])
            continue
        check(ctx, "exactly one label", len(lab["expected"]) == 1)
        for e in lab["expected"]:
            codes.setdefault(e["code"], set()).add(lab["source"])
            check(ctx, "severity error", e["severity"] == "error")
            check(ctx, "value occurs %d times" % case.count(e["value"]), case.count(e["value"]) == 1)
            check(ctx, "value occurs in clean draft", e["value"] not in clean)
            code = e["code"]
        # edit size
        a, b = clean.split("\n"), case.split("\n")
        check(ctx, "line count changed", len(a) == len(b))
        if len(a) != len(b):
            continue
        changed = [i for i in range(len(a)) if a[i] != b[i]]
        allowed = 2 if code in TWO_ROW_CODES else 1
        check(ctx, "changed lines %s" % changed, 1 <= len(changed) <= allowed)
        if len(changed) == 2:
            check(ctx, "changed lines not adjacent", changed[1] == changed[0] + 1)
        for i in changed:
            x, y = a[i], b[i]
            p = 0
            while p < min(len(x), len(y)) and x[p] == y[p]:
                p += 1
            s = 0
            while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
                s += 1
            size = max(len(x) - p - s, len(y) - p - s)
            check(ctx, "edit size %d > 16" % size, size <= 16)
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        check("codes", "%s used in %d projects (<2)" % (c, len(codes.get(c, ()))), len(codes.get(c, ())) >= 2)
    return labels, codes


def check_years(pid):
    """Evaluation year from the id and the title; 截至…12月31日 names it; 结转至 a later year;
    the budget / spending sentences name it."""
    t = read(os.path.join(CASES, pid + "-clean.txt"))
    year = int(pid[-4:])
    head = t[:200]
    check(pid, "title year", ("%d年度" % year) in head)
    for y in re.findall(r"截至(\d{4})年12月31日", t):
        check(pid, "截至%s年12月31日 in a %d report" % (y, year), int(y) == year)
    for y in re.findall(r"结转至(\d{4})年", t):
        check(pid, "结转至%s年 in a %d report" % (y, year), int(y) > year)
    for y in re.findall(r"(\d{4})年年初预算", t):
        check(pid, "年初预算 year %s" % y, int(y) == year)


def main():
    for f in (check_zaoqiang, check_binzhou, check_xixia, check_pingquan, check_changge):
        try:
            f()
        except Exception as ex:  # a parse failure is a failure too
            FAIL.append("%s crashed: %r" % (f.__name__, ex))
    labels, codes = check_labels()
    for pid in ("zaoqiang-ruralbus-2020", "binzhou-citybus-2023", "xixia-ruralpassenger-2022",
                "pingquan-busfuel-2018", "changge-urbanrural-2024"):
        n = len(read(os.path.join(CASES, pid + "-clean.txt")))
        check(pid, "length %d outside 2500-6000" % n, 2500 <= n <= 6000)
    for pid in ("zaoqiang-ruralbus-2020", "binzhou-citybus-2023", "xixia-ruralpassenger-2022",
                "pingquan-busfuel-2018", "changge-urbanrural-2024"):
        check_years(pid)
    if FAIL:
        print("\n".join(FAIL))
        print("FAILED: %d of %d checks" % (len(FAIL), NCHECK[0]))
        raise SystemExit(1)
    print("OK: %d checks, %d cases, %d labels" % (NCHECK[0], len(labels),
                                                 sum(len(l["expected"]) for l in labels)))


if __name__ == "__main__":
    main()
