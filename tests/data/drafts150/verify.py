#!/usr/bin/env python3
"""Verify drafts150.

1. labels.jsonl and cases/ agree; every label value occurs in its case;
2. every error case differs from its clean draft in one contiguous place, and an occurrence of the
   label value overlaps that place;
3. the 13 codes of errors.md §A each occur at least twice; lengths are 3,000-9,000 characters;
4. the arithmetic of every clean draft is redone from the figures read out of the text (funds,
   rates, parts and totals, balances, weights, scores, completion, grade, averages, per-unit
   figures, years, and the same quantity stated in several places);
5. the same checks run on every error case must fail at least once (the injected slip is real).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"(\d+(?:\.\d+)?)"


# ------------------------------------------------------------------ numbers
def num(s):
    return D(str(s).replace(",", "").strip().rstrip("%"))


def decs(s):
    s = str(s).strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def key(v):
    try:
        return num(v)
    except Exception:
        return str(v)


def is_num(s):
    return re.fullmatch(r"\d+(?:\.\d+)?", s.strip()) is not None


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Check:
    def __init__(self, text, name):
        self.text, self.name, self.fails = text, name, []

    def ok(self, cond, msg):
        if not cond:
            self.fails.append(msg)
        return cond

    def agree(self, stated, computed, msg, approx=False):
        """stated (string, as printed) agrees with computed within its decimals (rules §8)."""
        d = decs(stated)
        tol = D(5) / D(10) ** (d + 1)
        if approx:  # '约': half a unit of the last digit
            tol = D(5) / D(10) ** (d + 1)
        return self.ok(abs(num(stated) - computed) <= tol + D("1e-9"),
                       f"{msg}: stated {stated}, computed {computed:.4f}")

    def all_(self, pattern, flags=0):
        return re.findall(pattern, self.text, flags)

    def one(self, pattern, msg=None):
        """value of a quantity stated (possibly several times) by pattern; all mentions must agree."""
        vals = self.all_(pattern)
        if not self.ok(len(vals) > 0, f"not found: {msg or pattern}"):
            return None
        self.ok(len({key(v) for v in vals}) == 1, f"same quantity, different values {vals}: {msg or pattern}")
        return vals[0]

    def same(self, msg, *values):
        vals = [v for v in values if v is not None]
        self.ok(len({num(v) for v in vals}) == 1, f"{msg}: values differ {vals}")


# ------------------------------------------------------------------ indicator rows
TARGET = re.compile(r"^(≥|≤|＞＝|＜＝|>=|<=|=)?\s*(\d+(?:\.\d+)?)(.*)$")


def check_rows(c, rows, budget, spent, fund_weight=None, fund_score=None, fund_rate=None):
    """rows: dicts name, target, actual, weight, score, [completion], [unit]; returns (Σweight, Σscore)."""
    wsum = D(0)
    ssum = D(0)
    rate = spent / budget * 100
    exp_exec = r2(D(10) * min(spent / budget, D(1)))
    if fund_weight is not None:
        c.ok(num(fund_weight) == 10, "funds row 分值 is not 10")
        c.agree(fund_rate, rate, "funds row 执行率")
        c.ok(num(fund_score) == exp_exec, f"funds row 得分 {fund_score} != {exp_exec}")
        wsum += num(fund_weight)
        ssum += num(fund_score)
    for r in rows:
        w, s = num(r["weight"]), num(r["score"])
        wsum += w
        ssum += s
        c.ok(D(0) <= s <= w, f"{r['name']}: score {s} outside [0, {w}]")
        if r["name"] == "预算执行率":
            c.agree(r["actual"], rate, "execution row actual")
            c.ok(s == exp_exec, f"execution row score {s} != {exp_exec}")
            if r.get("completion"):
                c.agree(r["completion"], rate, "execution row completion")
            continue
        t = TARGET.match(r["target"])
        if r.get("op") is not None:  # Sichuan: sign and unit in their own columns
            op, tv, tunit = r["op"], r["target"], r["unit"]
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", r["actual"])
            if not c.ok(m is not None, f"{r['name']}: actual not numeric"):
                continue
            av, aunit = m.group(1), m.group(2)
            c.ok(aunit in ("", tunit), f"{r['name']}: actual unit {aunit!r} vs 度量单位 {tunit!r}")
            T, A = num(tv), num(av)
            unit = tunit
        elif t is None:  # qualitative
            lo, hi = (D("0.6") * w, D("0.8") * w) if "部分" in r["actual"] else (D("0.8") * w, w + D("0.001"))
            c.ok(lo <= s < hi, f"{r['name']}: qualitative score {s} outside band [{lo}, {hi})")
            continue
        else:
            op, T, unit = t.group(1) or "=", num(t.group(2)), t.group(3).strip()
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", r["actual"])
            if not c.ok(m is not None, f"{r['name']}: actual not numeric {r['actual']!r}"):
                continue
            A, aunit = num(m.group(1)), m.group(2).strip()
            c.ok(aunit == unit, f"{r['name']}: unit of actual {aunit!r} differs from target {unit!r}")
        if unit == "%":
            c.ok(A <= 100, f"{r['name']}: rate {A}% above 100%")
        if op in ("≤", "＜＝", "<="):
            comp = D(100) if A <= T else T / A * 100
        elif T == 0:
            comp = D(100) if A <= 0 else D(0)
        else:
            comp = A / T * 100
        exp = r2(w * min(comp / 100, D(1)))
        c.ok(s == exp, f"{r['name']}: score {s} != rule {exp}")
        if r.get("completion"):
            c.agree(r["completion"], comp, f"{r['name']}: completion")
    return wsum, ssum


def totals(c, wsum, ssum, stated_total, stated_weight_total=None, grades=()):
    c.ok(wsum == 100, f"weights add up to {wsum}")
    if stated_weight_total is not None:
        c.ok(num(stated_weight_total) == 100, "stated 分值 total is not 100")
    c.ok(ssum == num(stated_total), f"scores add up to {ssum}, stated total {stated_total}")
    for g in grades:
        c.ok(g[0] == grade_of(num(stated_total)), f"grade {g} for total {stated_total}")


def years(c, year):
    for y in c.all_(r"（(20\d\d)年度）"):
        c.ok(int(y) == year, f"table year {y} != {year}")
    for y in c.all_(r"结转至(20\d\d)年"):
        c.ok(int(y) == year + 1, f"carried to {y} in a {year} report")


def parse_money(c, s):
    return num(s)


# ------------------------------------------------------------------ P1 郓城 (tabs)
def p1(c):
    lines = c.text.split("\n")
    fund = {}
    for ln in lines:
        cells = ln.split("\t")
        if cells[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(cells) >= 7:
            fund[cells[0]] = cells
    tot, fin, carry, oth = (fund[k] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for i in (1, 2, 3):
        c.ok(num(tot[i]) == num(fin[i]) + num(carry[i]) + num(oth[i]), f"funds column {i}: parts != total")
    for row in (fin, carry, oth):
        if num(row[2]) == 0:
            c.ok(row[5] in ("—", "0", ""), f"rate on zero base {row}")
    budget, spent = num(tot[2]), num(tot[3])
    rows, total = [], None
    start = lines.index(next(l for l in lines if l.startswith("一级指标\t")))
    for ln in lines[start + 1:]:
        cells = ln.split("\t")
        if cells[0] == "总分":
            total = cells
            break
        rows.append(dict(name=cells[2], target=cells[3], actual=cells[4], weight=cells[5], score=cells[6]))
    wsum, ssum = check_rows(c, rows, budget, spent, tot[4], tot[6], tot[5])
    g = c.one(r"评价等级为“(.)”")
    totals(c, wsum, ssum, total[6], total[5], grades=[g] if g else [])
    # prose: funds
    c.same("年初预算", c.one(r"服务经费" + NUM + "万元"), tot[1])
    ini_fin, ini_carry = c.all_(r"其中当年财政拨款" + NUM + r"万元，上年结转资金" + NUM)[0]
    c.same("年初 当年财政拨款", ini_fin, fin[1])
    c.same("上年结转", ini_carry, carry[1], carry[2], carry[3], c.one(r"上年结转资金" + NUM + "万元已全部支出"))
    c.ok(num(tot[1]) + num(c.one(r"追加预算" + NUM)) == budget, "年初 + 追加 != 全年")
    c.same("全年预算", c.one(r"全年预算调整为" + NUM), tot[2])
    c.same("全年 当年财政拨款", c.one(r"（当年财政拨款" + NUM), fin[2])
    c.same("实际支出", c.one(r"实际支出" + NUM + "万元"), tot[3])
    c.agree(c.one(r"预算执行率" + NUM + "%"), spent / budget * 100, "预算执行率 (text)")
    fin_spent = c.one(r"当年财政拨款执行" + NUM)
    c.same("拨款执行", fin_spent, fin[3])
    c.agree(c.one(r"当年财政拨款执行[\d.]+万元，执行率" + NUM + "%"), num(fin_spent) / num(fin[2]) * 100, "拨款执行率")
    road = c.one(r"道路保洁服务费" + NUM + "万元")
    toilet = c.one(r"公厕保洁管理费" + NUM)
    haul = c.one(r"生活垃圾清运费" + NUM)
    c.ok(num(road) + num(toilet) + num(haul) == spent, "支出内容 parts != 实际支出")
    c.agree(c.one(r"占全部支出的" + NUM + "%"), num(road) / spent * 100, "share of road cleaning")
    c.same("road fee in table", road, rows[6]["actual"].replace("万元", ""))
    area = c.one(r"保洁面积" + NUM + "万平方米")
    c.same("保洁面积", area, c.one(r"扩大到" + NUM + "万平方米"), c.one(r"完成道路清扫保洁" + NUM + "万平方米"),
           rows[0]["actual"].replace("万平方米", ""))
    c.agree(c.one(r"每平方米每年约" + NUM + "元"), num(road) / num(area), "per-m2 fee", approx=True)
    c.agree(c.one(r"完成年度目标的" + NUM + "%"), num(area) / num(rows[0]["target"].strip("≥万平方米")) * 100, "completion area")
    c.ok(num(c.one(r"年末结余" + NUM)) == budget - spent, "结余 != 全年预算(=到位) - 支出")
    c.ok(c.one(r"到位率" + NUM + "%") == "100", "到位率")
    # averages and repeated quantities
    parts = c.all_(r"合格率分别为([\d.%、]+)，平均" + NUM + "%")[0]
    vals = [num(v) for v in parts[0].rstrip("%").split("%、")]
    c.agree(parts[1], sum(vals) / len(vals), "标段 average")
    c.same("考核合格率", parts[1], rows[4]["actual"], c.one(r"月度考核合格率" + NUM + "%(?!以上)"))
    c.same("日均清运量", c.one(r"日均清运量" + NUM + "吨"), rows[2]["actual"].rstrip("吨"))
    c.same("机械化清扫率", c.one(r"机械化清扫率" + NUM + "%"), rows[3]["actual"])
    c.same("以克论净", c.one(r"考核达标率" + NUM + "%"), rows[7]["actual"])
    c.same("降尘", c.one(r"降尘量较上年下降" + NUM + "%(?!以上)"), rows[9]["actual"])
    c.same("公厕", c.one(r"城区" + NUM + "座公厕"), rows[1]["actual"].rstrip("座"))
    sub = c.all_(r"自评得分" + NUM + r"分，其中预算执行率" + NUM + r"分、产出指标" + NUM + r"分、效益指标" + NUM
                 + r"分、满意度指标" + NUM + "分")[0]
    c.same("total", sub[0], total[6])
    c.ok(num(sub[1]) == num(tot[6]), "execution part")
    c.ok(num(sub[2]) == sum(num(r["score"]) for r in rows if r["name"] in [x["name"] for x in rows[:7]]), "产出 part")
    c.ok(num(sub[3]) == sum(num(r["score"]) for r in rows[7:10]), "效益 part")
    c.ok(num(sub[4]) == num(rows[10]["score"]), "满意度 part")
    c.ok(sum(num(x) for x in sub[1:]) == num(sub[0]), "parts of the total")
    years(c, 2022)


# ------------------------------------------------------------------ P2 项城 (flattened cells)
def flat_rows(text):
    out = []
    for block in text.split("\n\n"):
        lines = block.strip("\n").split("\n")
        if lines and all(l.startswith("\t") for l in lines):
            out.append([l[1:] for l in lines])
    return out


def p2(c):
    blocks = flat_rows(c.text)
    f = {b[0]: b for b in blocks if len(b) == 4 and b[1].startswith("(")}
    b1, b2, b3, b4, b5, b6, b7 = (num(f[k][2]) for k in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金",
                                                        "资金结余", "预算到位率(%)", "预算执行率(%)"))
    c.ok(b5 == b3 - b4, f"(5)=(3)-(4): {b5} != {b3 - b4}")
    c.agree(f["预算到位率(%)"][2], b3 / b2 * 100, "(6)")
    c.agree(f["预算执行率(%)"][2], b4 / b2 * 100, "(7)")
    c.ok(b1 - b2 == num(c.one(r"年中调减" + NUM + "万元")), "调减 != (1)-(2)")
    fund = {b[0]: b for b in blocks if len(b) == 5 and b[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    tot = fund["年度资金总额"]
    for i in (1, 2, 3):
        c.ok(num(tot[i]) == sum(num(fund[k][i]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")),
             f"自评表 funds column {i}")
    for k, row in fund.items():
        if num(row[2]) == 0:
            c.ok(row[4] in ("—", "0", ""), f"rate on a zero base: {k} {row[4]}")
        else:
            c.agree(row[4], num(row[3]) / num(row[2]) * 100, f"{k} 执行率")
    c.same("年初", tot[1], f["年初预算资金"][2], c.one(r"维护经费" + NUM + "万元"))
    c.same("全年", tot[2], f["全年预算资金"][2], c.one(r"调整后全年预算" + NUM))
    c.same("执行", tot[3], f["全年执行资金"][2], c.one(r"实际支出" + NUM))
    budget, spent = b2, b4
    parts = [c.one(r"维修材料费" + NUM), c.one(r"运行费" + NUM), c.one(r"劳务费" + NUM)]
    c.ok(sum(num(p) for p in parts) == spent, "支出 parts != 实际支出")
    c.agree(c.one(r"预算执行率" + NUM + "%"), spent / budget * 100, "预算执行率 (text)")
    ind = [b for b in blocks if len(b) == 9 and is_num(b[6]) and is_num(b[7]) and b[0] != "总分"]
    total = next(b for b in blocks if b[0] == "总分")
    rows = [dict(name=b[2], target=b[3], actual=b[4], completion=b[5], weight=b[6], score=b[7]) for b in ind]
    wsum, ssum = check_rows(c, rows, budget, spent)
    g = c.one(r"评价等级为“(.)”")
    totals(c, wsum, ssum, total[7], total[6], grades=[g] if g else [])
    c.same("自评得分", c.one(r"自评得分" + NUM + "分，评价等级"), total[7])
    by = {r["name"]: r for r in rows}
    lights = by["路灯设施日常维护数量"]["actual"].rstrip("盏")
    c.same("路灯数", lights, c.one(r"共有路灯" + NUM + "盏"), c.one(r"全年对城区" + NUM + "盏"))
    rep = c.one(r"维修更换灯具" + NUM + "盏(?!以上)")
    c.same("维修更换", rep, by["维修更换灯具"]["actual"].rstrip("盏"))
    c.ok(num(rep) - num(by["维修更换灯具"]["target"].strip("≥盏")) == num(c.one(r"比目标多" + NUM + "盏")), "比目标多")
    led = c.one(r"LED节能改造完成" + NUM + "盏")
    c.same("LED", led, c.one(r"只安装了" + NUM + "盏"), by["LED节能灯具改造"]["actual"].rstrip("盏"))
    led_t = num(by["LED节能灯具改造"]["target"].rstrip("盏"))
    c.agree(c.one(r"仅完成计划的" + NUM + "%"), num(led) / led_t * 100, "LED completion (text)")
    c.ok(led_t - num(led) == num(c.one(r"剩余" + NUM + "盏")), "剩余 LED")
    c.same("亮灯率", c.one(r"主干道亮灯率" + NUM + "%"), by["主干道亮灯率"]["actual"])
    c.same("修复率", c.one(r"修复率" + NUM + "%"), by["故障24小时内修复率"]["actual"])
    c.same("完好率", c.one(r"完好率" + NUM + "%(?!以上)"), by["路灯设施完好率"]["actual"])
    c.same("满意度", c.one(r"满意度为" + NUM + "%"), by["市民对城区夜间照明满意度"]["actual"])
    kwh = c.one(r"节约用电约" + NUM + "万千瓦时")
    c.same("节电", kwh, by["年节约用电量"]["actual"].replace("万千瓦时", ""))
    c.agree(c.one(r"为目标值的" + NUM + "%"), num(kwh) / num(by["年节约用电量"]["target"].strip("≥万千瓦时")) * 100, "节电 %")
    c.same("cost", by["年度维护成本"]["actual"].replace("万元", ""), tot[3])
    c.agree(c.one(r"月均" + NUM + "起"), num(c.one(r"报修" + NUM + "起")) / 12, "月均")
    c.agree(c.one(r"年维护费用约" + NUM + "元"), spent * 10000 / num(lights), "per-light cost", approx=True)
    years(c, 2020)
    c.ok("结转2021年" in c.text, "结转 year")


# ------------------------------------------------------------------ P3 宁国 (one cell per line)
def p3(c):
    blocks = [b.split("\n") for b in c.text.split("\n\n")]
    head = next(i for i, b in enumerate(blocks) if "一级指标" in b)
    rows, total = [], None
    for b in blocks[head + 1:]:
        if b[0] == "总分":
            total = b
            break
        rows.append(dict(name=b[-6], target=b[-5], actual=b[-4], weight=b[-3], score=b[-2]))
    bd_head = next(i for i, b in enumerate(blocks) if b[-3:] == ["支出内容", "预算数（万元）", "实际支出（万元）"])
    items = {}
    for b in blocks[bd_head + 1:]:
        items[b[0]] = (b[1], b[2])
        if b[0] == "合计":
            break
    parts = [k for k in items if k != "合计"]
    c.ok(sum(num(items[k][0]) for k in parts) == num(items["合计"][0]), "budget column parts != 合计")
    c.ok(sum(num(items[k][1]) for k in parts) == num(items["合计"][1]), "spending column parts != 合计")
    budget = num(c.one(r"全年预算" + NUM + "万元"))
    spent = num(c.one(r"全年实际支出" + NUM + "万元"))
    c.same("年初=全年 (未调整)", c.one(r"年初预算" + NUM), str(budget), items["合计"][0])
    c.same("支出", str(spent), items["合计"][1])
    prov, city = c.all_(r"省级生活垃圾分类补助资金" + NUM + r"万元、市级财政资金" + NUM)[0]
    c.ok(num(prov) + num(city) == budget, "省级 + 市级 != 预算")
    c.same("省级 spent", prov, c.one(r"省级补助资金" + NUM + "万元全部支出"))
    city_spent = c.one(r"市级资金支出" + NUM)
    c.ok(num(prov) + num(city_spent) == spent, "省级 + 市级 spending != 支出")
    c.agree(c.one(r"市级资金支出[\d.]+万元，执行率" + NUM + "%"), num(city_spent) / num(city) * 100, "市级执行率")
    c.agree(c.one(r"预算执行率" + NUM + "%"), spent / budget * 100, "预算执行率 (text)")
    c.ok(num(c.one(r"年末结余" + NUM)) == budget - spent, "结余")
    sup = c.all_(r"督导员" + NUM + r"名、每人每月补助" + NUM + r"元、全年" + NUM + r"个月据实结算，共" + NUM)[0]
    c.ok(num(sup[0]) * num(sup[1]) * num(sup[2]) / 10000 == num(sup[3]), "督导 per-unit")
    c.same("督导", sup[3], items["第三方督导服务"][1])
    c.same("宣传", c.one(r"宣传及积分兑换" + NUM + "万元"), items["宣传及积分兑换"][1])
    wsum, ssum = check_rows(c, rows, budget, spent)
    g = c.one(r"评价等级为“(.)”")
    totals(c, wsum, ssum, total[2], total[1], grades=[g] if g else [])
    c.same("自评得分", c.one(r"自评得分" + NUM), total[2])
    by = {r["name"]: r for r in rows}
    comm = c.one(r"已有" + NUM + "个小区")
    c.same("小区", comm, by["分类覆盖小区数"]["actual"].rstrip("个"))
    c.ok(num(by["分类覆盖小区数"]["target"].strip("≥个")) - num(comm) == num(c.one(r"还差" + NUM + "个")), "还差")
    pts = c.one(r"分类投放点" + NUM + "个，完成")
    c.same("投放点", pts, by["新建（改造）分类投放点"]["actual"].rstrip("个"))
    c.agree(c.one(r"完成年度目标的" + NUM + "%"), num(pts) / num(by["新建（改造）分类投放点"]["target"].strip("≥个")) * 100,
            "投放点 completion (text)")
    st = c.all_(r"西津街道" + NUM + r"%、河沥溪街道" + NUM + r"%、南山街道" + NUM + r"%，三个街道平均" + NUM + "%")[0]
    c.agree(st[3], sum(num(x) for x in st[:3]) / 3, "街道 average")
    c.same("准确率", st[3], by["居民分类投放准确率"]["actual"])
    rec = c.all_(r"回收利用率" + NUM + r"%，比2022年的" + NUM + r"%提高" + NUM + "个百分点")[0]
    c.ok(num(rec[0]) - num(rec[1]) == num(rec[2]), "提高 percentage points")
    c.same("回收利用率", rec[0], by["城区生活垃圾回收利用率"]["actual"])
    c.same("知晓率", c.one(r"知晓率" + NUM + "%(?!以上)"), by["居民垃圾分类知晓率"]["actual"])
    c.same("满意度", c.one(r"满意度为" + NUM + "%"), by["居民对垃圾分类工作满意度"]["actual"])
    c.same("及时率", c.one(r"收运及时率" + NUM + "%。"), by["有害垃圾规范收运及时率"]["actual"])
    c.same("督导员", sup[0], by["配备垃圾分类督导员"]["actual"].rstrip("名"))
    years(c, 2023)


# ------------------------------------------------------------------ P4 汨罗 (space-aligned)
def split_sp(line):
    return re.split(r"\s{2,}", line.strip())


def p4(c):
    lines = c.text.split("\n")
    fund = {}
    for ln in lines:
        t = split_sp(ln)
        if t[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(t) == 7:
            fund[t[0]] = t
    tot, fin, carry, oth = (fund[k] for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"))
    for i in (1, 2, 3):
        c.ok(num(tot[i]) == num(fin[i]) + num(carry[i]) + num(oth[i]), f"funds column {i}")
    for row in (fin, carry, oth):
        if num(row[2]) == 0:
            c.ok(row[5] in ("—", "0"), "rate on a zero base")
        else:
            c.agree(row[5], num(row[3]) / num(row[2]) * 100, f"{row[0]} 执行率")
    budget, spent = num(tot[2]), num(tot[3])
    start = next(i for i, l in enumerate(lines) if l.startswith("一级指标"))
    rows, total = [], None
    for ln in lines[start + 1:]:
        t = split_sp(ln)
        if t[0] == "总分":
            total = t
            break
        if is_num(t[-1]) and is_num(t[-2]):
            w, s, a, tg, nm = t[-2], t[-1], t[-3], t[-4], t[-5]
        else:
            w, s, a, tg, nm = t[-3], t[-2], t[-4], t[-5], t[-6]
        rows.append(dict(name=nm, target=tg, actual=a, weight=w, score=s))
    wsum, ssum = check_rows(c, rows, budget, spent, tot[4], tot[6], tot[5])
    g = c.one(r"评价等级为“(.)”")
    totals(c, wsum, ssum, total[2], total[1], grades=[g] if g else [])
    c.same("自评得分", c.one(r"自评得分" + NUM), total[2])
    c.same("项目资金", c.one(r"项目资金" + NUM + "万元进行了"), str(budget), c.one(r"全年预算资金" + NUM), c.one(r"全年预算" + NUM + "万元。"))
    ini = c.all_(r"年初预算" + NUM + r"万元，其中当年财政拨款" + NUM + r"万元、上年结转资金" + NUM)[0]
    c.same("年初", ini[0], tot[1])
    c.same("年初拨款", ini[1], fin[1])
    c.same("结转", ini[2], carry[1], c.one(r"上年结转资金" + NUM + "万元全部使用"))
    c.ok(num(ini[0]) + num(c.one(r"追加预算" + NUM)) == budget, "年初 + 追加 != 全年")
    c.same("支出", c.one(r"实际支出" + NUM), tot[3])
    c.agree(c.one(r"预算执行率" + NUM + "%"), spent / budget * 100, "预算执行率 (text)")
    fee, plant = c.one(r"养护服务费" + NUM + "万元、"), c.one(r"补植补种苗木" + NUM + "万元")
    c.ok(num(fee) + num(plant) == spent, "养护费 + 苗木 != 支出")
    unit_price = c.one(r"综合单价" + NUM + "元/平方米·年、")
    area = c.one(r"养护面积" + NUM + "万平方米计算")
    contract = c.one(r"合同金额" + NUM)
    c.ok(num(unit_price) * num(area) == num(contract), "单价 × 面积 != 合同金额")
    c.same("paid", fee, c.one(r"全年已支付" + NUM))
    c.agree(c.one(r"约占合同金额的" + NUM + "%"), num(fee) / num(contract) * 100, "paid share", approx=True)
    by = {r["name"]: r for r in rows}
    planted = c.one(r"补植苗木" + NUM + "万株，平均")
    c.same("补植", planted, c.one(r"补植补种苗木" + NUM + "万株，仅"), by["补植补种苗木"]["actual"].replace("万株", ""))
    c.agree(c.one(r"平均每株约" + NUM + "元"), num(plant) / num(planted), "per-plant cost", approx=True)
    c.agree(c.one(r"仅完成计划的" + NUM + "%"), num(planted) / num(by["补植补种苗木"]["target"].strip("≥万株")) * 100, "补植 %")
    c.ok(num(c.one(r"年末结余" + NUM)) == budget - spent, "结余 != 全年预算 - 支出")
    c.same("面积", area, c.one(r"增加到" + NUM + "万平方米"), by["城区绿地养护面积"]["actual"].replace("万平方米", ""))
    c.same("单价", unit_price, by["养护综合单价"]["actual"].replace("元/平方米·年", ""))
    st = c.all_(r"考核达标率分别为" + NUM + r"%、" + NUM + r"%、" + NUM + r"%，平均" + NUM + "%")[0]
    c.agree(st[3], sum(num(x) for x in st[:3]) / 3, "标段 average")
    c.same("达标率", st[3], by["绿地养护考核达标率"]["actual"])
    c.same("病虫害", c.one(r"病虫害防治及时率" + NUM + "%，"), by["病虫害防治及时率"]["actual"])
    c.same("覆盖率", c.one(r"建成区绿化覆盖率" + NUM + "%（"), by["建成区绿化覆盖率"]["actual"])
    c.same("服务半径", c.one(r"服务半径覆盖率" + NUM + "%。"), by["公园绿地服务半径覆盖率"]["actual"])
    c.same("满意度", c.one(r"满意度为" + NUM + "%"), by["市民对城区绿化养护满意度"]["actual"])
    years(c, 2024)


# ------------------------------------------------------------------ P5 广汉 (pipes, Sichuan columns)
def p5(c):
    lines = c.text.split("\n")
    table = [[x.strip() for x in l.split("|")] for l in lines if "|" in l]
    fund = {r[0]: r for r in table if r[0] in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")}
    tot = fund["年度资金总额"]
    for i in (1, 2, 3):
        c.ok(num(tot[i]) == sum(num(fund[k][i]) for k in fund if k != "年度资金总额"), f"funds column {i}")
    for k, r in fund.items():
        if num(r[2]) == 0:
            c.ok(r[5] in ("—", "0"), "rate on a zero base")
    budget, spent = num(tot[2]), num(tot[3])
    start = next(i for i, r in enumerate(table) if r[0] == "一级指标")
    rows, total = [], None
    for r in table[start + 1:]:
        if r[0] == "总分":
            total = r
            break
        rows.append(dict(name=r[2], op=r[3], target=r[4], unit=r[5], actual=r[6], weight=r[7], score=r[8]))
    wsum, ssum = check_rows(c, rows, budget, spent, tot[4], tot[6], tot[5])
    concl = next(r for r in table if r[0] == "评价结论")[1]
    g = c.one(r"评价等级为(..)")
    totals(c, wsum, ssum, total[8], total[7], grades=[concl] + ([g] if g else []))
    sc = c.all_(r"预算执行率得分" + NUM + r"分，绩效指标得分" + NUM + r"分，自评总分" + NUM)[0]
    c.same("exec score", sc[0], tot[6])
    c.ok(num(sc[1]) == ssum - num(tot[6]), "绩效指标得分 != Σ indicator scores")
    c.ok(num(sc[0]) + num(sc[1]) == num(sc[2]), "parts of the total")
    c.same("total", sc[2], total[8])
    c.same("预算", c.one(r"经费" + NUM + "万元"), c.one(r"财政批复" + NUM), tot[1], tot[2])
    c.ok(num(tot[1]) == num(tot[2]), "无追加和调整 but 年初 != 全年")
    adv = c.all_(r"提前下达" + NUM + r"万元，2021年3月下达" + NUM)[0]
    c.ok(num(adv[0]) + num(adv[1]) == budget, "下达 parts != 预算 (到位率100%)")
    c.same("支出", c.one(r"实际支出" + NUM), tot[3])
    c.agree(c.one(r"预算执行率" + NUM + "%"), spent / budget * 100, "预算执行率 (text)")
    asph, side, cover = c.one(r"沥青路面修补" + NUM + "万元"), c.one(r"人行道板更换" + NUM), c.one(r"井周修复" + NUM)
    c.ok(num(asph) + num(side) + num(cover) == spent, "支出 parts != 实际支出")
    c.ok(num(c.one(r"结余" + NUM)) == budget - spent, "结余")
    by = {r["name"]: r for r in rows}
    area = c.one(r"修补沥青路面" + NUM + "万平方米，")
    goal = next(r for i, r in enumerate(table) if i > 0 and table[i - 1][0] == "年度总体目标")
    gc = Check(goal[2], "goal")
    c.same("修补面积", area, by["沥青路面修补面积"]["actual"], gc.one(r"修补沥青路面" + NUM + "万平方米"))
    c.same("人行道 (goal row)", gc.one(r"人行道板" + NUM + "万平方米"), by["人行道板更换面积"]["actual"])
    c.same("井盖 (goal row)", gc.one(r"检查井盖" + NUM + "套"), by["检查井盖更换"]["actual"])
    c.same("完好率 (goal row)", gc.one(r"完好率" + NUM + "%"), by["城区市政道路完好率"]["actual"])
    c.fails += gc.fails
    c.agree(c.one(r"平均每平方米约" + NUM + "元"), num(asph) / num(area), "per-m2 (text)", approx=True)
    c.agree(by["沥青路面修补单价"]["actual"], num(asph) / num(area), "per-m2 (table)")
    sw = c.one(r"更换人行道板" + NUM + "万平方米，完成")
    c.same("人行道", sw, by["人行道板更换面积"]["actual"])
    c.agree(c.one(r"完成目标的" + NUM + "%"), num(sw) / num(by["人行道板更换面积"]["target"]) * 100, "人行道 completion")
    c.same("井盖", c.one(r"更换检查井盖" + NUM + "套。"), by["检查井盖更换"]["actual"])
    st = c.all_(r"北片区完好率" + NUM + r"%、中片区" + NUM + r"%、南片区" + NUM + r"%，城区平均" + NUM + "%")[0]
    c.agree(st[3], sum(num(x) for x in st[:3]) / 3, "片区 average")
    c.same("完好率", st[3], by["城区市政道路完好率"]["actual"], c.one(r"完好率" + NUM + "%。"))
    c.same("处置率", c.one(r"处置率" + NUM + "%。"), by["道路坑槽24小时内处置率"]["actual"])
    c.same("满意度", c.one(r"满意度调查结果为" + NUM + "%"), by["沿线群众满意度"]["actual"])
    c.ok(c.text.lstrip().startswith("2021年度"), "title year")
    years(c, 2021)


PROJECTS = {
    "yuncheng-cityclean-2022": p1,
    "xiangcheng-streetlight-2020": p2,
    "ningguo-wastesort-2023": p3,
    "miluo-greening-2024": p4,
    "guanghan-roadrepair-2021": p5,
}


def run_checks(source, text, name):
    c = Check(text, name)
    try:
        PROJECTS[source](c)
    except Exception as exc:  # a figure the parser cannot read counts as a failed check
        c.fails.append(f"exception {type(exc).__name__}: {exc}")
    return c.fails


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ list different files")
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    codes = {}
    for r in labels:
        text = texts[r["case"]]
        if not (3000 <= len(text) <= 9000):
            problems.append(f"{r['case']}: length {len(text)}")
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expected findings")
            fails = run_checks(r["source"], text, r["case"])
            for f in fails:
                problems.append(f"{r['case']}: {f}")
            print(f"{r['case']}: {len(text)} chars, arithmetic OK" if not fails else f"{r['case']}: {len(fails)} failures")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected must hold exactly one error")
        clean = texts[r["source"] + "-clean.txt"]
        # one contiguous difference
        p = 0
        while p < min(len(text), len(clean)) and text[p] == clean[p]:
            p += 1
        q = 0
        while q < min(len(text), len(clean)) - p and text[-1 - q] == clean[-1 - q]:
            q += 1
        region = (p, len(text) - q)
        if text == clean:
            problems.append(f"{r['case']}: identical to its clean draft")
        if region[1] - region[0] > 120 or len(clean) - q - p > 120:
            problems.append(f"{r['case']}: changed region too long {region}")
        for e in r["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{r['case']}: bad code/severity {e}")
            occ, i = [], text.find(e["value"])
            while i >= 0:
                occ.append((i, i + len(e["value"])))
                i = text.find(e["value"], i + 1)
            if not occ:
                problems.append(f"{r['case']}: value not in case: {e['value']!r}")
            elif not any(s < max(region[1], region[0] + 1) and region[0] < t for s, t in occ):
                problems.append(f"{r['case']}: value does not cover the changed text")
        fails = run_checks(r["source"], text, r["case"])
        if not fails:
            problems.append(f"{r['case']}: the arithmetic checks do not notice the injected error")
        print(f"{r['case']}: {r['expected'][0]['code']}, changed {region}, checks failing: {len(fails)} "
              f"({fails[0][:70] if fails else '-'})")
    for code in CODES:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} occurs {codes.get(code, 0)} times (< 2)")
    print("codes:", ", ".join(f"{k} {codes.get(k, 0)}" for k in CODES))
    if problems:
        for pr in problems:
            print("PROBLEM", pr)
        print("FAILED")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
