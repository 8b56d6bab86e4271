#!/usr/bin/env python3
"""Verify drafts296.

1. every case file has a label line and every label value occurs in its case;
2. every error case differs from its clean draft in one place (one short changed region);
3. the arithmetic of every clean draft is redone from its own text (tables parsed, prose figures read by
   pattern): funds identities, rates, balances, sums, averages, weights, scores, grade band, completion
   rates, units, years, and the same quantity stated in two places;
4. the same checks run on every error case must fail at least once (the injected slip is detectable).
Prints OK at the end.
"""
import difflib
import json
import pathlib
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = pathlib.Path(__file__).resolve().parent
CASES = HERE / "cases"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
UNITS = ["万元", "公顷", "家次", "矿次", "人次", "分钟", "座", "套", "项", "%", "起", "台", "次", "处", "类", "人",
         "年", "秒", "条", "份", "元"]


def dec(s):
    return D(str(s).replace(",", "").strip() or "0")


def ndp(s):
    s = str(s).strip()
    return len(s.split(".")[1]) if "." in s else 0


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def number_and_unit(cell):
    m = re.search(r"(\d[\d.,]*)\s*(.*)$", cell)
    if not m:
        return None, None
    rest = m.group(2)
    unit = next((u for u in UNITS if rest.startswith(u)), rest[:1])
    return dec(m.group(1)), unit


class Check:
    def __init__(self, name, text):
        self.name, self.text, self.fails = name, text, []

    def fail(self, msg):
        self.fails.append(msg)

    def need(self, pat):
        m = re.search(pat, self.text, re.S)
        if not m:
            self.fail(f"pattern not found: {pat}")
        return m

    def close(self, what, stated, computed):
        """stated string vs computed value, tolerance half a unit of the stated last decimal."""
        tol = D("0.5") * (D(10) ** -ndp(stated)) + D("1e-9")
        if abs(D(computed) - dec(stated)) > tol:
            self.fail(f"{what}: stated {stated}, computed {D(computed):.4f}")

    def same(self, what, a, b):
        if dec(a) != dec(b):
            self.fail(f"{what}: {a} vs {b}")

    def ok(self, what, cond):
        if not cond:
            self.fail(what)

    def year(self, year):
        for m in re.finditer(r"结转至(\d{4})年", self.text):
            self.ok(f"carry-over to {m.group(1)} in a {year} report", int(m.group(1)) > year)
        for m in re.finditer(r"（(\d{4})年度）", self.text):
            self.ok(f"table year {m.group(1)} vs {year}", int(m.group(1)) == year)
        for m in re.finditer(r"(\d{4})年度全年预算", self.text):
            self.ok(f"budget year {m.group(1)} vs {year}", int(m.group(1)) == year)

    def grade(self, total, label):
        self.ok(f"grade {label} for total {total}", label.startswith(grade_of(total)))

    def indicators(self, exec_w, exec_s, exec_rate, rows, total_w, total_s):
        """rows: dicts cat, name, target, actual, weight, score[, comp]. Returns category score sums."""
        weights = dec(exec_w) + sum(dec(r["weight"]) for r in rows)
        scores = dec(exec_s) + sum(dec(r["score"]) for r in rows)
        self.ok(f"weights add to {weights}, not 100", weights == 100)
        if total_w is not None:
            self.same("stated weight total", total_w, weights)
        self.close("score total", total_s, scores)
        self.ok(f"execution score {exec_s} > weight {exec_w}", D(0) <= dec(exec_s) <= dec(exec_w))
        rate = min(dec(exec_rate), D(100))
        expect = dec(exec_w) * rate / 100
        self.ok(f"execution score {exec_s} vs {exec_w}×{exec_rate}%", abs(dec(exec_s) - expect) <= D("0.0051"))
        cats = Counter()
        for r in rows:
            self.ok(f"{r['name']}: score {r['score']} outside [0, {r['weight']}]",
                    D(0) <= dec(r["score"]) <= dec(r["weight"]))
            cats[r["cat"]] += dec(r["score"])
            tn, tu = number_and_unit(r["target"])
            an, au = number_and_unit(r["actual"])
            if (tn is None) != (an is None) and re.search(r"\d", r["target"] + r["actual"]):
                self.fail(f"{r['name']}: one of target/actual has no number ({r['target']} / {r['actual']})")
            if tn is not None and an is not None:
                self.ok(f"{r['name']}: unit {tu} vs {au}", tu == au)
                if "满意" in r["name"] and au == "%":
                    self.ok(f"{r['name']}: satisfaction {r['actual']} > 100%", an <= 100)
                if r.get("comp") and tu == au:
                    t = r["target"]
                    if t.startswith(("≤", "<", "＜")):
                        c = D(100) if an <= tn else tn / an * 100
                    elif tn == 0:
                        c = D(100) if an == 0 else D(0)
                    else:
                        c = an / tn * 100
                    self.close(f"{r['name']}: completion", r["comp"].rstrip("%"), c)
        return cats, scores


# ---------------------------------------------------------------------------------------------------------
def check_liulin(c):
    t = c.text
    c.year(2020)
    # funds table (Shanxi layout, one cell per line)
    part = t[t.index("（二）预算执行情况"):t.index("年初预算仅安排")]
    rows = {}
    for block in re.split(r"\n(?: *\n)+", part):
        cells = [ln[1:] for ln in block.split("\n") if ln.startswith("\t")]
        if len(cells) == 10 and cells[1].startswith("("):
            rows[cells[1][:3]] = [dec(x) if x.strip() else D(0) for x in cells[2:]]
            rows[cells[1][:3] + "s"] = cells[2:]
    for k in ("(1)", "(2)", "(3)", "(4)"):
        if k not in rows:
            c.fail(f"funds row {k} missing")
            return
        r = rows[k]
        c.ok(f"{k} total = 小计 + 结转 + 其他", r[0] == r[1] + r[6] + r[7])
        c.ok(f"{k} 小计 = 中央 + 省 + 市 + 县", r[1] == r[2] + r[3] + r[4] + r[5])
    for j in range(8):
        c.ok(f"(5) col {j}: balance", rows["(5)"][j] == rows["(3)"][j] - rows["(4)"][j])
        for k, num in (("(6)", "(3)"), ("(7)", "(4)")):
            base = rows["(2)"][j]
            if base == 0:
                c.ok(f"{k} col {j}: rate {rows[k + 's'][j]} on a zero base", rows[k][j] == 0)
            else:
                c.close(f"{k} col {j}", rows[k + "s"][j], rows[num][j] / base * 100)
    total_budget, county_budget = rows["(2)"][0], rows["(2)"][5]
    m = c.need(r"6个项目总投资(\d+)万元，其中中央预算内投资(\d+)万元、省级配套(\d+)万元、企业自筹(\d+)万元")
    if m:
        c.same("total investment", m.group(1), dec(m.group(2)) + dec(m.group(3)) + dec(m.group(4)))
        c.same("central (text vs table)", m.group(2), rows["(2)"][2])
        c.same("provincial (text vs table)", m.group(3), rows["(2)"][3])
        invest, subsidy = dec(m.group(1)), dec(m.group(2)) + dec(m.group(3))
        m2 = c.need(r"补助占总投资的([\d.]+)%")
        if m2:
            c.close("subsidy share", m2.group(1), subsidy / invest * 100)
    m = c.need(r"中央和省级资金(\d+)万元已按工程进度全部拨付到6座煤矿，其中(.*?)。")
    if m:
        items = [dec(x) for x in re.findall(r"(\d+)万元", m.group(2))]
        c.ok("six mines listed", len(items) == 6)
        c.same("mine subsidies add up", m.group(1), sum(items))
        c.same("central + provincial", m.group(1), rows["(2)"][2] + rows["(2)"][3])
    m = c.need(r"县级配套经费到位([\d.]+)万元.*?实际支出([\d.]+)万元，结余([\d.]+)万元")
    if m:
        c.same("county received vs table", m.group(1), rows["(3)"][5])
        c.same("county spent vs table", m.group(2), rows["(4)"][5])
        c.same("county balance", m.group(3), dec(m.group(1)) - dec(m.group(2)))
    m = c.need(r"全年预算(\d+)万元，实际到位(\d+)万元，全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    if m:
        c.same("budget text vs table", m.group(1), total_budget)
        c.same("spent text vs table", m.group(3), rows["(4)"][0])
        c.close("execution rate (text)", m.group(4), dec(m.group(3)) / dec(m.group(1)) * 100)
    m = c.need(r"执行率仅([\d.]+)%")
    if m:
        c.close("county execution rate", m.group(1), rows["(4)"][5] / county_budget * 100)
    m = c.need(r"瓦斯抽采系统(\d+)套、安全监控系统(\d+)套，合计(\d+)套")
    if m:
        c.same("systems", m.group(3), dec(m.group(1)) + dec(m.group(2)))
    m = c.need(r"6座煤矿中(\d)座按期完工.*?按期完工率([\d.]+)%")
    if m:
        c.close("on-time rate", m.group(2), dec(m.group(1)) / 6 * 100)
    m = c.need(r"分别发现问题(\d+)条、(\d+)条、(\d+)条，平均每轮(\d+)条")
    if m:
        c.close("average issues", m.group(4), sum(dec(x) for x in m.groups()[:3]) / 3)
    # 附件1
    rows_i, exec_row, total_row, cat = [], None, None, ""
    for block in re.split(r"\n(?: *\n)+", t[t.index("附件1"):]):
        cells = [ln[1:] for ln in block.split("\n") if ln.startswith("\t")]
        if len(cells) != 9 or cells[0] == "一级指标":
            continue
        if cells[0] == "合计":
            total_row = cells
            continue
        cat = cells[0] or cat
        if cells[2] == "预算执行率":
            exec_row = cells
            continue
        rows_i.append(dict(cat=cat, name=cells[2], weight=cells[3], target=cells[4], actual=cells[5],
                           comp=cells[6], score=cells[7]))
    if not (exec_row and total_row):
        c.fail("附件1 not parsed")
        return
    c.same("exec rate in 附件1 vs funds table", exec_row[5].rstrip("%"), rows["(7)s"][0])
    c.close("exec completion", exec_row[6].rstrip("%"), dec(exec_row[5].rstrip("%")))
    cats, total = c.indicators(exec_row[3], exec_row[7], exec_row[5].rstrip("%"), rows_i, total_row[3], total_row[7])
    m = c.need(r"总得分([\d.]+)分，属于\"(.+?)\"")
    if m:
        c.same("total text vs table", m.group(1), total_row[7])
        c.grade(m.group(1), m.group(2))
    m = c.need(r"其中预算执行([\d.]+)分，产出指标([\d.]+)分，效益指标([\d.]+)分，满意度指标([\d.]+)分")
    if m:
        c.same("exec score text", m.group(1), exec_row[7])
        for g, k in zip(m.groups()[1:], ("产出指标", "效益指标", "满意度指标")):
            c.same(f"{k} score text vs table", g, cats[k])
    m = c.need(r"满意度为(\d+)%")
    sat = [r for r in rows_i if "满意" in r["name"]][0]
    if m:
        c.same("satisfaction text vs table", m.group(1), sat["actual"].rstrip("%"))


def check_keshiketeng(c):
    t = c.text
    c.year(2022)
    funds = {}
    for ln in t.split("\n"):
        cells = ln.split("\t")
        if len(cells) == 8 and cells[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[cells[1]] = cells[2:]
    tot, cur, car, oth = (funds.get(k) for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    if not all((tot, cur, car, oth)):
        c.fail("funds block not parsed")
        return
    for j, col in enumerate(("年初", "全年", "执行")):
        c.ok(f"funds {col}: total = parts", dec(tot[j]) == dec(cur[j]) + dec(car[j]) + dec(oth[j]))
    for name, r in funds.items():
        if r[4] != "—":
            if dec(r[1]) == 0:
                c.fail(f"{name}: rate on a zero base")
            else:
                c.close(f"{name} execution rate", r[4].rstrip("%"), dec(r[2]) / dec(r[1]) * 100)
    rows, cat, total = [], "", None
    part = t[t.index("绩效指标\t一级指标"):]
    for ln in part.split("\n")[1:]:
        cells = ln.split("\t")
        if cells[0] == "总分":
            total = cells
            continue
        if len(cells) < 8:
            continue
        cat = cells[1] or cat
        rows.append(dict(cat=cat, name=cells[3], target=cells[4], actual=cells[5], weight=cells[6], score=cells[7]))
    cats, s = c.indicators(tot[3], tot[5], tot[4].rstrip("%"), rows, total[6], total[7])
    m = c.need(r"自评得分([\d.]+)分，评价等级为“(.+?)”。其中预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，"
               r"效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分")
    if m:
        c.same("total text vs table", m.group(1), total[7])
        c.grade(m.group(1), m.group(2))
        c.same("exec score text", m.group(3), tot[5])
        for g, k in zip(m.groups()[3:], ("产出指标", "效益指标", "满意度指标")):
            c.same(f"{k} score text vs table", g, cats[k])
    m = c.need(r"全年预算([\d.]+)万元，其中当年财政拨款(\d+)万元（中央(\d+)万元、自治区(\d+)万元、旗级(\d+)万元），"
               r"上年结转资金([\d.]+)万元")
    central = None
    if m:
        central, region = m.group(3), m.group(4)
        c.same("annual budget text vs table", m.group(1), tot[1])
        c.same("annual = current + carry-over", m.group(1), dec(m.group(2)) + dec(m.group(6)))
        c.same("current = central + region + banner", m.group(2), dec(m.group(3)) + dec(m.group(4)) + dec(m.group(5)))
        c.same("current text vs table", m.group(2), cur[1])
        c.same("carry-over text vs table", m.group(6), car[1])
        c.same("initial current = central + banner", cur[0], dec(m.group(3)) + dec(m.group(5)))
    m = c.need(r"中央资金(\d+)万元于.*?自治区资金(\d+)万元于")
    if m and central:
        c.same("central funds (two mentions)", m.group(1), central)
        c.same("region funds (two mentions)", m.group(2), region)
    m = c.need(r"项目累计支出([\d.]+)万元，预算执行率([\d.]+)%。其中当年财政拨款支出([\d.]+)万元，执行率([\d.]+)%；"
               r"上年结转资金([\d.]+)万元已全部支付")
    if m:
        c.same("spent text vs table", m.group(1), tot[2])
        c.close("execution rate (text)", m.group(2), dec(m.group(1)) / dec(tot[1]) * 100)
        c.same("current spent text vs table", m.group(3), cur[2])
        c.close("current execution rate (text)", m.group(4), dec(m.group(3)) / dec(cur[1]) * 100)
        c.same("spent = current + carry-over", m.group(1), dec(m.group(3)) + dec(m.group(5)))
    m = c.need(r"合同额([\d.]+)万元（1#库([\d.]+)万元、2#库([\d.]+)万元、3#库([\d.]+)万元），按合同支付(\d+)%计([\d.]+)万元；"
               r"在线监测系统合同额([\d.]+)万元，已支付([\d.]+)万元；工程监理及闭库安全现状评价费([\d.]+)万元")
    g = [dec(x) for x in m.groups()] if m else None
    if m:
        c.same("three contracts", g[0], g[1] + g[2] + g[3])
        c.close("95% paid", m.group(6), g[0] * g[4] / 100)
        c.same("current spending parts", cur[2], g[5] + g[7] + g[8])
        m2 = c.need(r"平均治理成本([\d.]+)万元")
        if m2:
            c.close("average cost per pond", m2.group(1), g[0] / 3)
    m = c.need(r"全年未支出([\d.]+)万元，其中工程质保金([\d.]+)万元、监测系统尾款([\d.]+)万元、招标节余([\d.]+)万元")
    if m:
        u = [dec(x) for x in m.groups()]
        c.same("unspent = budget - spent", u[0], dec(tot[1]) - dec(tot[2]))
        c.same("unspent parts", u[0], u[1] + u[2] + u[3])
        if g:
            c.same("retention", u[1], g[0] - g[5])
            c.same("monitoring balance", u[2], g[6] - g[7])
            c.same("tender savings", u[3], dec(cur[1]) - g[0] - g[6] - g[8])
    m = c.need(r"按期完工率([\d.]+)%")
    if m:
        c.same("on-time rate text vs table", m.group(1), [r for r in rows if "完工率" in r["name"]][0]["actual"].rstrip("%"))
    m = c.need(r"群众满意度([\d.]+)%")
    if m:
        c.same("satisfaction text vs table", m.group(1), rows[-1]["actual"].rstrip("%"))


def check_tongzi(c):
    t = c.text
    c.year(2019)
    funds, rows, cat, total = {}, [], "", None
    part = t[t.index("项目支出绩效自评表"):]
    for ln in part.split("\n"):
        cells = ln.split("｜")
        if cells[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[cells[0]] = cells[1:]
        elif cells[0] == "总分":
            total = cells
        elif len(cells) == 8 and cells[0] != "一级指标":
            cat = cells[0] or cat
            rows.append(dict(cat=cat, name=cells[2], target=cells[3], actual=cells[4], weight=cells[5], score=cells[6]))
    tot = funds["年度资金总额"]
    for j in range(3):
        c.ok("funds total = parts", dec(tot[j]) == sum(dec(funds[k][j]) for k in
                                                       ("其中：当年财政拨款", "上年结转资金", "其他资金")))
    c.close("table execution rate", tot[4].rstrip("%"), dec(tot[2]) / dec(tot[1]) * 100)
    c.indicators(tot[3], tot[5], tot[4].rstrip("%"), rows, total[5], total[6])
    m = c.need(r"自评得分([\d.]+)分，自评等级为(.)")
    if m:
        c.same("total text vs table", m.group(1), total[6])
        c.grade(m.group(1), m.group(2))
    m = c.need(r"在编队员(\d+)人，其中大队部(\d+)人、一中队(\d+)人、二中队(\d+)人")
    if m:
        c.same("team size", m.group(1), sum(dec(x) for x in m.groups()[1:]))
    m = c.need(r"年初预算安排县级资金(\d+)万元；.*?追加下达安全生产专项资金(\d+)万元，全年预算(\d+)万元")
    if m:
        c.same("budget = initial + addition", m.group(3), dec(m.group(1)) + dec(m.group(2)))
        c.same("initial text vs table", m.group(1), tot[0])
        c.same("annual text vs table", m.group(3), tot[1])
    m = c.need(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%")
    if m:
        c.same("spent text vs table", m.group(1), tot[2])
        c.close("execution rate (text)", m.group(2), dec(m.group(1)) / dec(tot[1]) * 100)
    m = c.need(r"1\.装备购置([\d.]+)万元，包括(.*?)；\n2\.训练演练([\d.]+)万元；\n3\.队员岗位津贴及保险([\d.]+)万元；\n"
               r"4\.车辆运行及装备维护([\d.]+)万元。")
    if m:
        lst = m.group(2)
        for q, price, unit, amt in re.findall(r"(\d+)台（单价(\d+)(万?元)）([\d.]+)万元", lst):
            c.ok(f"unit price {price}{unit}", unit == "元")
            c.close(f"{q} × {price}{unit}", amt, dec(q) * dec(price) / (10000 if unit == "元" else 1))
        amounts = [dec(x) for x in re.findall(r"([\d.]+)万元", re.sub(r"（单价[^）]*）", "", lst))]
        c.same("equipment items", m.group(1), sum(amounts))
        c.same("spending parts", tot[2], sum(dec(x) for x in (m.group(1), m.group(3), m.group(4), m.group(5))))
    m = c.need(r"年末结余([\d.]+)万元")
    if m:
        c.same("balance", m.group(1), dec(tot[1]) - dec(tot[2]))
    m = c.need(r"到达现场时间分别为([\d、]+)分钟，平均(\d+)分钟")
    if m:
        xs = [dec(x) for x in m.group(1).split("、")]
        c.close("average arrival time", m.group(2), sum(xs) / len(xs))
    m = c.need(r"收回有效问卷(\d+)份，其中满意(\d+)份，满意度(\d+)%")
    if m:
        c.close("satisfaction", m.group(3), dec(m.group(2)) / dec(m.group(1)) * 100)
        c.same("satisfaction text vs table", m.group(3), rows[-1]["actual"].rstrip("%"))
    by = {r["name"]: r for r in rows}
    m = c.need(r"开展矿井预防性安全检查(\d+)矿次")
    if m:
        c.same("inspections text vs table", m.group(1), number_and_unit(by["开展矿井预防性安全检查"]["actual"])[0])
    m = c.need(r"组织应急救援演练(\d+)次")
    if m:
        c.same("drills text vs table", m.group(1), number_and_unit(by["组织应急救援演练"]["actual"])[0])
    m = c.need(r"装备完好率([\d.]+)%")
    if m:
        c.same("equipment rate text vs table", m.group(1), by["救护装备完好率"]["actual"].rstrip("%"))
    m = c.need(r"与(\d+)座煤矿签订救护服务协议，比年度指标少(\d+)座")
    if m:
        r = by["签订救护协议服务煤矿数量"]
        c.same("mines text vs table", m.group(1), number_and_unit(r["actual"])[0])
        c.same("shortfall", m.group(2), number_and_unit(r["target"])[0] - dec(m.group(1)))


def check_xingshan(c):
    t = c.text
    c.year(2024)
    part = t[t.index("项目支出绩效自评表"):]
    funds, rows, cat, total = {}, [], "", None
    lines = part.split("\n")
    for ln in lines:
        tok = ln.split(" ")
        if tok[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(tok) == 7:
            funds[tok[0]] = tok[1:]
        elif tok[0] == "总分":
            total = tok
    ind = part[part.index("一级指标"):]
    for ln in ind.split("\n")[1:]:
        tok = ln.split(" ")
        if tok[0] == "总分":
            break
        if tok[0].endswith("指标") and tok[0][:-2] in ("产出", "效益", "满意度"):
            cat = tok[0]
        for i in range(3, len(tok) - 1):
            if re.fullmatch(r"\d+(\.\d+)?", tok[i]) and re.fullmatch(r"\d+(\.\d+)?", tok[i + 1]) \
                    and re.search(r"\d", tok[i - 1]) and re.search(r"\d", tok[i - 2]):
                rows.append(dict(cat=cat, name=tok[i - 3], target=tok[i - 2], actual=tok[i - 1],
                                 weight=tok[i], score=tok[i + 1]))
                break
    tot = funds["年度资金总额"]
    for j in range(3):
        c.ok("funds total = parts", dec(tot[j]) == sum(dec(funds[k][j]) for k in
                                                       ("其中：当年财政拨款", "上年结转资金", "其他资金")))
    for k, r in funds.items():
        if r[4] != "—":
            c.close(f"{k} rate", r[4].rstrip("%"), dec(r[2]) / dec(r[1]) * 100)
    c.ok(f"{len(rows)} indicator rows parsed", len(rows) == 8)
    cats, s = c.indicators(tot[3], tot[5], tot[4].rstrip("%"), rows, total[1], total[2])
    c.grade(total[2], total[3].split("：")[1])
    m = c.need(r"各项得分：预算执行率([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分，"
               r"合计([\d.]+)分，自评等级为(.+?)。")
    if m:
        c.close("score items in text", m.group(5), sum(dec(x) for x in m.groups()[:4]))
        c.same("total text vs table", m.group(5), total[2])
        c.grade(m.group(5), m.group(6))
        c.same("exec score text", m.group(1), tot[5])
        for g, k in zip(m.groups()[1:4], ("产出指标", "效益指标", "满意度指标")):
            c.same(f"{k} score text vs table", g, cats[k])
    m = c.need(r"非煤矿山(\d+)座，其中露天矿山(\d+)座、地下矿山(\d+)座")
    if m:
        c.same("mines", m.group(1), dec(m.group(2)) + dec(m.group(3)))
    m = c.need(r"项目年初预算(\d+)万元.*?下达非煤矿山安全整治专项资金(\d+)万元，全年预算调整为(\d+)万元")
    if m:
        c.same("annual = initial + provincial", m.group(3), dec(m.group(1)) + dec(m.group(2)))
        c.same("initial text vs table", m.group(1), tot[0])
        c.same("annual text vs table", m.group(3), tot[1])
    m = c.need(r"预算按用途分为：(.*?)。")
    if m:
        amounts = [dec(x) for x in re.findall(r"([\d.]+)万元", m.group(1))]
        c.same("budget by use", tot[1], sum(amounts))
        m2 = re.search(r"(\d)处([\d.]+)万元（每处(\d+)元）", m.group(1))
        c.ok("monitoring unit price found", m2 is not None)
        if m2:
            c.close("monitoring sites", m2.group(2), dec(m2.group(1)) * dec(m2.group(3)) / 10000)
    m = c.need(r"全年执行([\d.]+)万元，预算执行率([\d.]+)%。结转资金([\d.]+)万元")
    if m:
        c.same("spent text vs table", m.group(1), tot[2])
        c.close("execution rate (text)", m.group(2), dec(m.group(1)) / dec(tot[1]) * 100)
        c.same("carry-forward", m.group(3), dec(tot[1]) - dec(tot[2]))
    m = c.need(r"专家指导服务费([\d.]+)万元占全年预算的([\d.]+)%")
    if m:
        c.close("expert share", m.group(2), dec(m.group(1)) / dec(tot[1]) * 100)
    by = {r["name"]: r for r in rows}
    m = c.need(r"执法检查(\d+)家次，完成年度目标的(\d+)%")
    if m:
        r = by["非煤矿山执法检查"]
        c.same("inspections text vs table", m.group(1), number_and_unit(r["actual"])[0])
        c.close("inspection completion", m.group(2), dec(m.group(1)) / number_and_unit(r["target"])[0] * 100)
    m = c.need(r"分别检查矿山(\d+)座、(\d+)座、(\d+)座、(\d+)座，覆盖全县(\d+)座")
    if m:
        c.same("expert batches", m.group(5), sum(dec(x) for x in m.groups()[:4]))
    m = c.need(r"排查重大事故隐患(\d+)项，已整改(\d+)项，整改率([\d.]+)%；应按期整改的(\d+)项中按期完成(\d+)项，按期完成率(\d+)%")
    if m:
        c.close("rectification rate", m.group(3), dec(m.group(2)) / dec(m.group(1)) * 100)
        c.close("on-time rate", m.group(6), dec(m.group(5)) / dec(m.group(4)) * 100)
        c.same("rectification text vs table", m.group(3), by["重大事故隐患整改率"]["actual"].rstrip("%"))
    m = c.need(r"参训人员分别为(\d+)人、(\d+)人、(\d+)人，平均每期(\d+)人")
    if m:
        c.close("average trainees", m.group(4), sum(dec(x) for x in m.groups()[:3]) / 3)
    m = c.need(r"发放调查问卷(\d+)份，满意(\d+)份，满意度([\d.]+)%")
    if m:
        c.close("satisfaction", m.group(3), dec(m.group(2)) / dec(m.group(1)) * 100)
        c.same("satisfaction text vs table", m.group(3), by["矿山企业满意度"]["actual"].rstrip("%"))


def check_jimusaer(c):
    t = c.text
    c.year(2023)
    part = t[t.index("附件：项目支出绩效自评表"):]
    funds, rows, cat, total = {}, [], "", None
    for ln in part.split("\n"):
        cells = [x.strip() for x in ln.strip().strip("|").split("|")]
        if cells[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds[cells[0]] = cells[1:]
        elif cells[0] == "总分":
            total = cells
        elif len(cells) == 8 and cells[0] != "一级指标":
            cat = cells[0] or cat
            rows.append(dict(cat=cat, name=cells[2], target=cells[3], actual=cells[4], weight=cells[5], score=cells[6]))
    tot = funds["年度资金总额"]
    for j in range(3):
        c.ok("funds total = parts", dec(tot[j]) == sum(dec(funds[k][j]) for k in
                                                       ("其中：当年财政拨款", "上年结转资金", "其他资金")))
    c.close("table execution rate", tot[4].rstrip("%"), dec(tot[2]) / dec(tot[1]) * 100)
    c.indicators(tot[3], tot[5], tot[4].rstrip("%"), rows, total[5], total[6])
    m = c.need(r"自评得分([\d.]+)分，等级为(.+?)。")
    if m:
        c.same("total text vs table", m.group(1), total[6])
        c.grade(m.group(1), m.group(2))
    m = c.need(r"县财政年初安排项目资金(\d+)万元；.*?自治区下达安全生产执法装备补助资金(\d+)万元。\d{4}年度全年预算([\d.]+)万元")
    if m:
        county, region = dec(m.group(1)), dec(m.group(2))
        c.same("budget = county + region", m.group(3), county + region)
        c.same("initial text vs table", m.group(1), tot[0])
        c.same("annual text vs table", m.group(3), tot[1])
    m = c.need(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，其中县级资金支出([\d.]+)万元，自治区资金支出([\d.]+)万元")
    if m:
        c.same("spent text vs table", m.group(1), tot[2])
        c.close("execution rate (text)", m.group(2), dec(m.group(1)) / dec(tot[1]) * 100)
        c.same("spent = county + region", m.group(1), dec(m.group(3)) + dec(m.group(4)))
        c.ok("region spent within region funds", dec(m.group(4)) <= region)
    body = t[t.index("主要支出如下："):t.index("项目结余")]
    amounts = []
    for q, price, unit, amt in re.findall(r"(\d+)(?:台|架|套)，(?:单价|每套)(\d+)(万?元)，计([\d.]+)万元", body):
        c.ok(f"unit price {price}{unit}", unit == "元")
        c.close(f"{q} × {price}", amt, dec(q) * dec(price) / 10000)
    amounts = [dec(x) for x in re.findall(r"计([\d.]+)万元", body)]
    amounts += [dec(x) for x in re.findall(r"(?:执法车辆1辆|平台升级)([\d.]+)万元", body)]
    c.same("spending items", tot[2], sum(amounts))
    m = c.need(r"项目结余([\d.]+)万元")
    if m:
        c.same("balance", m.group(1), dec(tot[1]) - dec(tot[2]))
    by = {r["name"]: r for r in rows}
    m = c.need(r"执法检查(\d+)家次，其中煤矿(\d+)家次、非煤矿山(\d+)家次、危险化学品(\d+)家次，完成年度目标(\d+)家次的([\d.]+)%")
    if m:
        c.same("inspections by sector", m.group(1), sum(dec(x) for x in m.groups()[1:4]))
        c.close("inspection completion", m.group(6), dec(m.group(1)) / dec(m.group(5)) * 100)
        r = by["执法检查家次"]
        c.same("inspections text vs table", m.group(1), number_and_unit(r["actual"])[0])
        c.same("inspection target text vs table", m.group(5), number_and_unit(r["target"])[0])
    m = c.need(r"分别检查(\d+)、(\d+)、(\d+)、(\d+)家次，平均每个中队(\d+)家次")
    if m:
        xs = [dec(x) for x in m.groups()[:4]]
        c.close("average per team", m.group(5), sum(xs) / 4)
    m = c.need(r"电子化率达到(\d+)%")
    if m:
        c.same("e-document rate text vs table", m.group(1), by["执法文书电子化率"]["actual"].rstrip("%"))
    m = c.need(r"共(\d+)类装备采购，(\d+)名执法人员全部配齐")
    if m:
        c.same("classes", m.group(1), number_and_unit(by["购置执法装备类别"]["actual"])[0])
        c.same("staff", m.group(2), number_and_unit(by["执法人员装备配备"]["actual"])[0])


CHECKS = {
    "liulin-meikuanggaizao-2020": check_liulin,
    "keshiketeng-weikuangku-2022": check_keshiketeng,
    "tongzi-jiuhudui-2019": check_tongzi,
    "xingshan-feimeikuangshan-2024": check_xingshan,
    "jimusaer-zhifazhuangbei-2023": check_jimusaer,
}


def run_checks(src, text):
    c = Check(src, text)
    try:
        CHECKS[src](c)
    except Exception as exc:  # a parse failure counts as a failed check
        c.fail(f"exception {type(exc).__name__}: {exc}")
    return c.fails


def changed_region(a, b):
    ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not ops:
        return None
    return ops[0][1], ops[-1][2], ops[0][3], ops[-1][4]


def main():
    problems = []
    labels = [json.loads(ln) for ln in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    files = sorted(p.name for p in CASES.glob("*.txt"))
    by_case = {l["case"]: l for l in labels}
    if sorted(by_case) != files:
        problems.append(f"labels and case files differ: {set(by_case) ^ set(files)}")
    codes = Counter()
    sources = sorted({l["source"] for l in labels})
    if sorted(sources) != sorted(CHECKS):
        problems.append(f"sources {sources}")
    for l in labels:
        text = (CASES / l["case"]).read_text(encoding="utf-8")
        if l["clean"]:
            if l["expected"]:
                problems.append(f"{l['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{l['case']}: length {len(text)}")
            fails = run_checks(l["source"], text)
            for f in fails:
                problems.append(f"{l['case']}: {f}")
            continue
        if len(l["expected"]) != 1:
            problems.append(f"{l['case']}: expected {len(l['expected'])} findings")
        for e in l["expected"]:
            codes[e["code"]] += 1
            if e["code"] not in CODES:
                problems.append(f"{l['case']}: unknown code {e['code']}")
            if e["severity"] != "error":
                problems.append(f"{l['case']}: severity {e['severity']}")
            if e["value"] not in text:
                problems.append(f"{l['case']}: value not found: {e['value']!r}")
        clean = (CASES / f"{l['source']}-clean.txt").read_text(encoding="utf-8")
        reg = changed_region(clean, text)
        if reg is None:
            problems.append(f"{l['case']}: identical to the clean draft")
        else:
            a0, a1, b0, b1 = reg
            if a1 - a0 > 80 or b1 - b0 > 80:
                problems.append(f"{l['case']}: changed region too long ({a1 - a0}/{b1 - b0} chars)")
            # the value must cover the changed figure
            starts = [m.start() for m in re.finditer(re.escape(l["expected"][0]["value"]), text)]
            vlen = len(l["expected"][0]["value"])
            if not any(s <= b1 and b0 <= s + vlen for s in starts):
                problems.append(f"{l['case']}: value does not cover the change")
        fails = run_checks(l["source"], text)
        if not fails:
            problems.append(f"{l['case']}: the injected error is not caught by the arithmetic checks")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} occurs {codes[code]} times")
    n_err = sum(1 for l in labels if not l["clean"])
    if n_err != 30 or len(labels) != 35:
        problems.append(f"{n_err} error cases, {len(labels)} labels")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        sys.exit(1)
    print(f"{len(labels)} cases ({n_err} with one injected error), codes: "
          + ", ".join(f"{k}={codes[k]}" for k in CODES))
    print("OK")


if __name__ == "__main__":
    main()
