#!/usr/bin/env python3
"""Verify the n179 set.

1. Every clean draft is arithmetically consistent: the figures are read back from the text
   (regular expressions and the ｜ tables) and every identity is recomputed with the
   stated-decimals tolerance of rules.md §8 (ROUND_HALF_UP, Decimal).
2. Every error case differs from its clean draft in one place, its label value occurs in
   it and overlaps the changed place, and the same checks fail on it (the slip is real).
3. labels.jsonl covers every case; each of the 13 codes occurs at least twice.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
YEARS = {"dongming-nongzichubei-2021": 2021, "hanshou-dianshangzhan-2020": 2020,
         "jinhu-gongxiaozongshe-2019": 2019, "jiangjin-zaishengziyuan-2022": 2022,
         "mingshui-lengcang-2024": 2024}


# ---------------------------------------------------------------- helpers
class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def fail(self, msg):
        self.fails.append(msg)

    # read a number from a unique regex match (group 1)
    def num(self, pattern):
        ms = re.findall(pattern, self.t)
        if len(ms) != 1:
            self.fail(f"pattern {pattern!r} matched {len(ms)} times")
            return None
        return ms[0]

    def nums(self, pattern):
        return re.findall(pattern, self.t)

    def close(self, computed, stated, what):
        """stated: string as written; tolerance 0.5 * 10^-decimals."""
        if stated is None or computed is None:
            self.fail(f"{what}: missing figure")
            return
        s = str(stated)
        d = len(s.split(".")[1]) if "." in s else 0
        tol = D("0.5") * (D(10) ** -d) + D("1e-9")
        if abs(D(computed) - D(s)) > tol:
            self.fail(f"{what}: computed {D(computed):.4f}, stated {s}")

    def same(self, values, what):
        vals = {D(v) for v in values}
        if len(vals) > 1:
            self.fail(f"{what}: conflicting values {sorted(values)}")

    def sum_(self, parts, total, what):
        if None in parts or total is None:
            self.fail(f"{what}: missing figure")
            return
        self.close(sum(D(p) for p in parts), total, what)

    def rate(self, num, den, stated, what):
        if None in (num, den, stated):
            self.fail(f"{what}: missing figure")
            return
        if D(den) == 0:
            self.fail(f"{what}: rate on a zero base")
            return
        r = D(num) / D(den) * 100
        if r > 100 or D(stated) > 100:
            self.fail(f"{what}: rate above 100% ({r:.2f}% / stated {stated}%)")
        self.close(r, stated, what)

    def table(self, first_cell_of_header):
        """Rows (lists of cells) of the ｜ table whose header line starts with the given cell."""
        lines = self.t.split("\n")
        for i, line in enumerate(lines):
            if "｜" in line and line.split("｜")[0] == first_cell_of_header:
                rows = []
                for l2 in lines[i:]:
                    if "｜" not in l2:
                        break
                    rows.append(l2.split("｜"))
                return rows
        self.fail(f"table {first_cell_of_header!r} not found")
        return []


def dec(s):
    return D(s)


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
          (D(0), ("差", "较差", "不合格"))]


def grade_of(total):
    for lo, names in GRADES:
        if D(total) >= lo:
            return names
    return GRADES[-1][1]


TGT = re.compile(r"^(≥|≤|＞|＜|>=|<=)?(\d+(?:\.\d+)?)(.*)$")
ACT = re.compile(r"^(\d+(?:\.\d+)?)(.*)$")


def indicator_table(c, rows):
    """Check an indicator table: weights, scores, completion rates, scores from the §5 rules."""
    head = rows[0]
    idx = {h: i for i, h in enumerate(head)}
    iw, isc = idx["分值"], idx["得分"]
    it, ia = idx["年度指标值"], idx["实际完成值"]
    ic = idx.get("完成率")
    wsum, ssum, total = D(0), D(0), None
    for r in rows[1:]:
        if r[0] in ("合计", "总分"):
            total = r
            continue
        w, s = D(r[iw]), D(r[isc])
        wsum += w
        ssum += s
        if s > w or s < 0:
            c.fail(f"score {s} outside 0..{w} in row {r[2] or r[0]}")
        mt, ma = TGT.match(r[it]), ACT.match(r[ia])
        if re.search(r"\d{4}年", r[it]) or not (mt and ma):
            continue          # dates, qualitative values
        sign, T, unit_t = mt.group(1) or "=", D(mt.group(2)), mt.group(3)
        A, unit_a = D(ma.group(1)), ma.group(2)
        if unit_t != unit_a:
            c.fail(f"unit of actual {r[ia]!r} differs from target {r[it]!r}")
            continue
        if sign in ("≤", "＜", "<="):
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        if ic is not None and r[ic] != "—":
            c.close(comp, r[ic].rstrip("%"), f"完成率 of {r[2] or r[0]}")
        exp = w * min(comp, D(100)) / 100
        c.close(exp, r[isc], f"score of {r[2] or r[0]} (w × completion)")
    if total is None:
        c.fail("indicator table has no 合计/总分 row")
        return None
    c.close(wsum, total[iw], "Σ 分值")
    if D(total[iw]) != 100:
        c.fail("合计 分值 is not 100")
    c.close(ssum, total[isc], "Σ 得分")
    return total[isc]


def funds_table(c, rows):
    """MOF funds block: components add up in each column; rate and score of each row."""
    head = rows[0]
    idx = {h: i for i, h in enumerate(head)}
    i0, i1, i2, ir = idx["年初预算数"], idx["全年预算数"], idx["全年执行数"], idx["执行率"]
    isc = idx["得分"]
    body = [r for r in rows[1:] if r[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")]
    tot, comps = body[0], body[1:]
    for i, name in ((i0, "年初预算数"), (i1, "全年预算数"), (i2, "全年执行数")):
        c.sum_([r[i] for r in comps], tot[i], f"funds table column {name}")
    for r in body:
        if D(r[i1]) == 0:
            if r[ir] not in ("—", "0", "0%", "0.00%"):
                c.fail(f"rate {r[ir]} on a zero budget in row {r[0]}")
            continue
        c.rate(r[i2], r[i1], r[ir].rstrip("%"), f"执行率 of {r[0]}")
    rate = D(tot[i2]) / D(tot[i1])
    c.close(D(tot[idx["分值"]]) * min(rate, D(1)), tot[isc], "execution score")
    return tot


def grade_check(c, total_pattern):
    tot = c.num(total_pattern)
    g = c.num(r"评价等级为(优秀|良好|中等|较差|优|良|中|差)")
    if tot and g and g not in grade_of(tot):
        c.fail(f"grade {g} does not fit total {tot}")
    return tot


def year_check(c, year):
    for y in c.nums(r"截至(\d{4})年12月31日"):
        if int(y) != year:
            c.fail(f"截至{y}年12月31日 in a {year} report")
    for y in c.nums(r"结转至(\d{4})年"):
        if int(y) <= year:
            c.fail(f"结转至{y}年 in a {year} report")
    for y in c.nums(r"(\d{4})年度"):
        if int(y) != year:
            c.fail(f"{y}年度 in a {year} report")


# ---------------------------------------------------------------- per draft
def dongming(c):
    t0 = c.num(r"年初预算([\d.]+)万元（含2020年结转资金")
    carry = c.num(r"含2020年结转资金([\d.]+)万元")
    prov = c.num(r"省财政下达化肥淡季储备补助资金([\d.]+)万元")
    city = c.num(r"市财政下达配套资金([\d.]+)万元")
    annual = c.num(r"追加后全年预算([\d.]+)万元")
    c.sum_([t0, prov, city], annual, "年初 + 省级 + 市级 = 全年预算")
    recv = c.num(r"全年预算资金([\d.]+)万元已全部拨付")
    c.same([recv, annual], "到位 = 全年预算")
    c.rate(recv, annual, c.num(r"资金到位率([\d.]+)%"), "到位率")
    spent = c.num(r"全年实际支出([\d.]+)万元")
    r = c.num(r"全年实际支出[\d.]+万元，预算执行率([\d.]+)%")
    c.rate(spent, annual, r, "预算执行率 (text)")
    last, up = c.num(r"较2020年的([\d.]+)%"), c.num(r"提高([\d.]+)个百分点")
    c.close(D(r) - D(last), up, "rise over 2020")
    parts = [c.num(p) for p in (r"化肥储备贴息([\d.]+)万元，占", r"农药储备贴息([\d.]+)万元",
                                r"仓储保管费补贴([\d.]+)万元", r"抽检及监管费用([\d.]+)万元")]
    c.sum_(parts, spent, "spending components")
    c.rate(parts[0], spent, c.num(r"占实际支出的([\d.]+)%"), "化肥贴息 share")
    c.close(D(annual) - D(spent), c.num(r"年末结余([\d.]+)万元"), "结余 = 全年预算 − 支出")
    tons = c.num(r"全年化肥淡季储备([\d.]+)万吨")
    for v in c.nums(r"折合每吨([\d.]+)元") + c.nums(r"全年折合每吨([\d.]+)元"):
        c.close(D(parts[0]) * 10000 / (D(tons) * 10000), v, "贴息 per ton (元)")
    c.close(D(tons) / D("3.0") * 100, c.num(r"完成年度目标的([\d.]+)%"), "化肥 completion")
    c.sum_([c.num(r"尿素([\d.]+)万吨"), c.num(r"复合肥([\d.]+)万吨"), c.num(r"磷酸二铵([\d.]+)万吨")],
           tons, "fertiliser kinds")
    c.close(D(c.num(r"农药储备(\d+)吨，完成")) / 300 * 100, c.num(r"完成目标的([\d.]+)%"), "农药 completion")
    c.close(D(c.num(r"供应农户([\d.]+)万户，完成")) / 9 * 100, c.num(r"完成目标任务的([\d.]+)%"),
            "农户 completion")
    c.same(c.nums(r"(\d+)批次"), "sample batches")
    c.same(c.nums(r"满意度为?([\d.]+)%"), "satisfaction")
    tot = funds_table(c, c.table("资金（万元）"))
    c.same([tot[1], t0], "年初预算 text/table")
    c.same([tot[2], annual], "全年预算 text/table")
    c.same([tot[3], spent], "执行数 text/table")
    ind = c.table("一级指标")
    score = indicator_table(c, ind)
    rowmap = {r[2]: r for r in ind}
    c.same([rowmap["化肥淡季储备量"][4].rstrip("万吨"), tons], "化肥储备量 text/table")
    c.same([rowmap["储备化肥抽检合格率"][4].rstrip("%")] + c.nums(r"抽检\d+批次，合格率([\d.]+)%"), "合格率")
    total = grade_check(c, r"自评得分([\d.]+)分")
    c.same([score, total], "total text/table")


def hanshou(c):
    t0 = c.num(r"项目年初预算([\d.]+)万元")
    prov = c.num(r"省级供销社发展专项资金([\d.]+)万元")
    county = c.num(r"县级财政配套资金([\d.]+)万元")
    c.sum_([prov, county], t0, "省级 + 县级 = 年初预算")
    annual = c.num(r"全年预算仍为([\d.]+)万元")
    c.same([t0, annual, c.num(r"该项目2020年安排资金([\d.]+)万元")], "project funds (未调整 ⇒ 年初 = 全年)")
    c.close(D(100), c.num(r"资金到位率([\d.]+)%"), "到位率 (已全部到位)")
    spent = c.num(r"全年实际支出([\d.]+)万元")
    c.rate(spent, annual, c.num(r"全年实际支出[\d.]+万元，预算执行率([\d.]+)%"), "预算执行率")
    town_n, town_each = c.num(r"(\d+)个站点每个补助"), c.num(r"站点每个补助([\d.]+)万元")
    town = c.num(r"乡镇电商服务站建设补助([\d.]+)万元")
    c.close(D(town_n) * D(town_each), town, "乡镇站补助 = 15 × 1.8")
    vil = c.num(r"村级电商服务点补助([\d.]+)万元")
    vil_each, vil_n = c.num(r"按每个点(\d+)元的标准"), c.num(r"对已验收的(\d+)个点")
    c.close(D(vil_n) * D(vil_each) / 10000, vil, "村级点补助 = 52 × 3000元")
    parts = [c.num(r"县级电商运营中心改造([\d.]+)万元"), town, vil,
             c.num(r"电商培训及宣传([\d.]+)万元"), c.num(r"农产品上行物流补贴([\d.]+)万元")]
    c.sum_(parts, spent, "spending components")
    c.close(D(annual) - D(spent), c.num(r"年末结余([\d.]+)万元"), "结余")
    c.same([town_n, c.num(r"新建改造乡镇电商服务站(\d+)个，完成率")], "乡镇站 count")
    c.same([vil_n, c.num(r"新建村级电商服务点(\d+)个，目标"), c.num(r"村级电商服务点(\d+)个，县级")],
           "村级点 count")
    c.close(D(vil_n) / 60 * 100, c.num(r"目标为60个以上，完成率([\d.]+)%"), "村级点 completion")
    c.close(D(c.num(r"开展电商技能培训(\d+)人次，目标")) / 800 * 100,
            c.num(r"目标为800人次以上，完成率([\d.]+)%"), "培训 completion")
    c.close(D(c.num(r"农村网络零售额([\d.]+)亿元，年度")) / D("2.5") * 100,
            c.num(r"2.5亿元以上，完成率([\d.]+)%"), "零售额 completion")
    sales = [c.num(p) for p in (r"分别为(\d+)万元、\d+万元、\d+万元", r"分别为\d+万元、(\d+)万元、\d+万元",
                                r"分别为\d+万元、\d+万元、(\d+)万元")]
    c.close(sum(D(s) for s in sales) / 3, c.num(r"平均([\d.]+)万元"), "average of 3 model stations")
    jobs = c.num(r"就业(\d+)人，年度目标")
    c.close(D(jobs) / 300 * 100, c.num(r"300人以上，完成率([\d.]+)%"), "就业 completion")
    built, run = c.num(r"本年建成的(\d+)个站点"), c.num(r"持续正常运营的(\d+)个")
    c.close(D(town_n) + D(vil_n), built, "stations built = 15 + 52")
    oprate = c.num(r"持续运营率([\d.]+)%")
    c.rate(run, built, oprate, "持续运营率")
    sent, back = c.num(r"调查问卷(\d+)份"), c.num(r"收回有效问卷(\d+)份")
    c.rate(back, sent, c.num(r"回收率([\d.]+)%"), "问卷回收率")
    sat = c.num(r"综合满意度为([\d.]+)%")
    # scores in prose
    w = lambda name: c.num(name + r"(\d+)分得[\d.]+分")
    s = lambda name: c.num(name + r"\d+分得([\d.]+)分")
    out_items = ["乡镇服务站数量", "村级服务点数量", "培训人次", "验收合格率", "完成时限", "补助标准"]
    ben_items = ["农村网络零售额", "带动就业", "站点持续运营率"]
    out_w, out_s = c.num(r"产出指标(\d+)分，得"), c.num(r"产出指标\d+分，得([\d.]+)分")
    ben_w, ben_s = c.num(r"效益指标(\d+)分，得"), c.num(r"效益指标\d+分，得([\d.]+)分")
    exe_w, exe_s = c.num(r"预算执行率(\d+)分，得"), c.num(r"预算执行率\d+分，得([\d.]+)分")
    sat_w, sat_s = c.num(r"满意度指标(\d+)分，得"), c.num(r"满意度指标\d+分，得([\d.]+)分")
    c.sum_([w(n) for n in out_items], out_w, "产出 weights")
    c.sum_([s(n) for n in out_items], out_s, "产出 scores")
    c.sum_([w(n) for n in ben_items], ben_w, "效益 weights")
    c.sum_([s(n) for n in ben_items], ben_s, "效益 scores")
    c.sum_([exe_w, out_w, ben_w, sat_w], "100", "Σ weights = 100")
    for a, b in [(exe_s, exe_w), (out_s, out_w), (ben_s, ben_w), (sat_s, sat_w)] + \
            [(s(n), w(n)) for n in out_items + ben_items]:
        if D(a) > D(b):
            c.fail(f"score {a} above weight {b}")
    c.close(D(exe_w) * D(spent) / D(annual), exe_s, "execution score")
    c.close(D(w("村级服务点数量")) * D(vil_n) / 60, s("村级服务点数量"), "村级点 score")
    c.close(D(w("培训人次")) * D(c.num(r"开展电商技能培训(\d+)人次，目标")) / 800, s("培训人次"), "培训 score")
    c.close(D(w("带动就业")) * D(jobs) / 300, s("带动就业"), "就业 score")
    c.close(D(w("站点持续运营率")) * D(run) / D(built) * 100 / 90, s("站点持续运营率"), "运营率 score")
    c.close(D(sat_w) * D(sat) / 90, sat_s, "satisfaction score")
    total = grade_check(c, r"自评总分([\d.]+)分")
    c.sum_([exe_s, out_s, ben_s, sat_s], total, "Σ scores = 自评总分")


def jinhu(c):
    b0, p0 = c.num(r"其中基本支出([\d.]+)万元、项目支出[\d.]+万元。年中"), c.num(r"、项目支出([\d.]+)万元。年中")
    t0 = c.num(r"年初部门预算([\d.]+)万元")
    c.sum_([b0, p0], t0, "年初 = 基本 + 项目")
    adds = [c.num(r"追加人员经费([\d.]+)万元"), c.num(r"改造提升补助资金([\d.]+)万元"),
            c.num(r"纳入上年结转资金([\d.]+)万元")]
    annual = c.num(r"调整后全年预算([\d.]+)万元")
    c.sum_([t0] + adds, annual, "年初 + 调整 = 全年")
    basic, pers, pub = (c.num(r"其中基本支出([\d.]+)万元（"), c.num(r"人员经费([\d.]+)万元、公用"),
                        c.num(r"公用经费([\d.]+)万元）"))
    proj = c.num(r"项目支出([\d.]+)万元，其中基层")
    c.sum_([pers, pub], basic, "基本 = 人员 + 公用")
    c.sum_([basic, proj], annual, "全年 = 基本 + 项目")
    items = [c.num(r"其中基层供销社改造提升项目([\d.]+)万元"), c.num(r"为农服务中心运营补助([\d.]+)万元"),
             c.num(r"农村综合服务社建设([\d.]+)万元"), c.num(r"社有资产清理审计([\d.]+)万元")]
    c.sum_(items, proj, "项目支出 = four projects")
    c.sum_([c.num(r"县级财政安排([\d.]+)万元"), c.num(r"省级补助([\d.]+)万元和"),
            c.num(r"上年结转([\d.]+)万元组成")], items[0], "基层社改造 sources")
    spent = c.num(r"部门全年支出([\d.]+)万元")
    c.rate(spent, annual, c.num(r"部门全年支出[\d.]+万元，预算执行率([\d.]+)%"), "部门执行率")
    rows = {r[0]: r for r in c.table("支出类别")}
    for name in rows:
        if name == "支出类别":
            continue
        c.rate(rows[name][3], rows[name][2], rows[name][4].rstrip("%"), f"执行率 {name}")
    for col in (1, 2, 3):
        c.sum_([rows["其中：人员经费"][col], rows["公用经费"][col]], rows["基本支出"][col], f"基本 col {col}")
        c.sum_([rows["基本支出"][col], rows["项目支出"][col]], rows["合计"][col], f"合计 col {col}")
    c.same([rows["合计"][1], t0], "年初 text/table")
    c.same([rows["合计"][2], annual], "全年 text/table")
    c.same([rows["合计"][3], spent], "执行 text/table")
    c.same([rows["项目支出"][2], proj], "项目支出 text/table")
    c.same([rows["基本支出"][2], basic], "基本支出 text/table")
    g_spent = c.num(r"改造提升项目支出([\d.]+)万元")
    c.rate(g_spent, items[0], c.num(r"改造提升项目支出[\d.]+万元，执行率([\d.]+)%"), "基层社改造执行率")
    c.close(D(items[0]) - D(g_spent), c.num(r"未支付的([\d.]+)万元为工程质保金"), "质保金")
    fs, au = c.num(r"农村综合服务社建设支出([\d.]+)万元"), c.num(r"社有资产清理审计支出([\d.]+)万元")
    c.sum_([g_spent, items[1], fs, au], rows["项目支出"][3], "project spending (为农服务中心全额)")
    bal = c.num(r"年末部门结余([\d.]+)万元")
    c.close(D(annual) - D(spent), bal, "部门结余")
    c.close(D(proj) - D(rows["项目支出"][3]), bal, "结余全部为项目资金")
    c.sum_([c.num(r"公务接待费([\d.]+)万元"), c.num(r"公务用车运行维护费([\d.]+)万元")],
           c.num(r"实际支出([\d.]+)万元，较2018年"), "三公")
    cur, prev = c.num(r"实际支出([\d.]+)万元，较2018年"), c.num(r"较2018年的([\d.]+)万元")
    c.close((D(prev) - D(cur)) / D(prev) * 100, c.num(r"下降([\d.]+)%"), "三公 decline")
    c.sum_([c.num(r"房屋及构筑物([\d.]+)万元"), c.num(r"车辆([\d.]+)万元"), c.num(r"办公设备及家具([\d.]+)万元")],
           c.num(r"固定资产原值([\d.]+)万元"), "fixed assets")
    n_g = c.num(r"(\d+)个基层社平均补助")
    c.close(D(g_spent) / D(n_g), c.num(r"平均补助([\d.]+)万元"), "average subsidy per co-op")
    n_fs, each = c.num(r"新建村级农村综合服务社(\d+)个"), c.num(r"每个补助([\d.]+)万元")
    c.close(D(n_fs) * D(each), fs, "综合服务社 = 12 × 1.3")
    c.close(D(n_fs) / 20 * 100, c.num(r"完成年度目标的([\d.]+)%"), "综合服务社 completion")
    c.rate(c.num(r"满意(\d+)份"), c.num(r"发放问卷(\d+)份"), c.num(r"满意度([\d.]+)%。"), "satisfaction")
    c.close(D(5) / 8 * 100, "62.5", "独立运营率 5/8")
    ind = c.table("一级指标")
    score = indicator_table(c, ind)
    rowmap = {r[2]: r for r in ind}
    c.same([rowmap["部门预算执行率"][4].rstrip("%"), c.num(r"预算执行率([\d.]+)%。执行")], "执行率 text/table")
    c.same([rowmap["农业社会化服务面积"][4].rstrip("万亩"), c.num(r"农业社会化服务([\d.]+)万亩")], "服务面积")
    c.same([rowmap["带动农户入社"][4].rstrip("户"), c.num(r"带动(\d+)户农户入社")], "入社农户")
    c.same([rowmap["基层社经营服务总额"][4].rstrip("亿元"), c.num(r"经营服务总额([\d.]+)亿元，比上年")], "经营额")
    c.same(c.nums(r"([\d.]+)万元｜100.00%｜7") + c.nums(r"平均补助([\d.]+)万元"), "avg subsidy text/table")
    total = grade_check(c, r"自评得分([\d.]+)分")
    c.same([score, total], "total text/table")
    year_check(c, 2019)


def jiangjin(c):
    annual = c.num(r"项目全年预算([\d.]+)万元")
    t0, city = c.num(r"区级财政年初预算安排([\d.]+)万元"), c.num(r"市级补助资金([\d.]+)万元于")
    c.sum_([t0, city], annual, "区级 + 市级 = 全年")
    spent = c.num(r"全年实际支出([\d.]+)万元")
    c.rate(spent, annual, c.num(r"预算执行率([\d.]+)%。年末"), "执行率 (text)")
    c.close(D(annual) - D(spent), c.num(r"年末结余([\d.]+)万元"), "结余")
    use = c.table("支出内容")
    body = [r for r in use[1:] if r[0] != "合计"]
    tot = [r for r in use if r[0] == "合计"][0]
    c.sum_([r[1] for r in body], tot[1], "usage table budgets")
    c.sum_([r[2] for r in body], tot[2], "usage table spending")
    c.sum_([r[3].rstrip("%") for r in body], tot[3].rstrip("%"), "usage table shares")
    for r in body:
        c.rate(r[2], tot[2], r[3].rstrip("%"), f"share {r[0]}")
    c.same([tot[1], annual], "budget text/table")
    c.same([tot[2], spent], "spending text/table")
    dev = [r for r in body if r[0] == "分拣中心设备购置"][0]
    if not D(dev[2]) <= D(c.num(r"合同价([\d.]+)万元")) <= D(dev[1]):
        c.fail("equipment: spending ≤ contract ≤ budget does not hold")
    outlets = c.nums(r"回收网点(\d+)个(?!以上)") + c.nums(r"新建改造网点(\d+)个")
    c.same([o for o in outlets if o != "40"], "outlets built")
    n_out = c.num(r"新建改造回收网点(\d+)个，完成率")
    c.close(D(n_out) / 40 * 100, c.num(r"完成率([\d.]+)%，按每个"), "网点 completion")
    c.close(D(n_out) * 2, c.num(r"拨付补助([\d.]+)万元"), "网点补助 = 38 × 2")
    c.same([c.num(r"拨付补助([\d.]+)万元"), [r[2] for r in body if r[0] == "回收网点建设补助"][0]], "网点补助")
    amount = c.num(r"再生资源([\d.]+)万吨，完成")
    c.close(D(amount) / D("1.2") * 100, c.num(r"完成年度目标的([\d.]+)%"), "回收量 completion")
    d = [c.num(p) for p in (r"分别为([\d.]+)吨、[\d.]+吨、[\d.]+吨", r"分别为[\d.]+吨、([\d.]+)吨、[\d.]+吨",
                            r"分别为[\d.]+吨、[\d.]+吨、([\d.]+)吨")]
    c.close(sum(D(x) for x in d) / 3, c.num(r"平均([\d.]+)吨"), "average daily transfer")
    g = [c.num(p) for p in (r"分别为([\d.]+)%、[\d.]+%、[\d.]+%", r"分别为[\d.]+%、([\d.]+)%、[\d.]+%",
                            r"分别为[\d.]+%、[\d.]+%、([\d.]+)%")]
    avg_sat = c.num(r"平均满意度([\d.]+)%")
    c.close(sum(D(x) for x in g) / 3, avg_sat, "average satisfaction")
    tot = funds_table(c, c.table("资金（万元）"))
    c.same([tot[1], t0], "年初 text/table")
    c.same([tot[2], annual], "全年 text/table")
    c.same([tot[3], spent], "执行 text/table")
    ind = c.table("一级指标")
    score = indicator_table(c, ind)
    rowmap = {r[2]: r for r in ind}
    c.same([rowmap["居民及回收从业人员满意度"][4].rstrip("%"), avg_sat], "satisfaction text/table")
    c.same([rowmap["新建改造回收网点"][4].rstrip("个"), n_out], "outlets text/table")
    c.same([rowmap["新增就业岗位"][4].rstrip("个"), c.num(r"新增就业岗位(\d+)个，")], "jobs")
    c.same([rowmap["城乡生活垃圾回收利用率"][4].rstrip("%")] + c.nums(r"回收利用率为?([\d.]+)%"), "回收利用率")
    total = grade_check(c, r"自评得分([\d.]+)分")
    c.same([score, total], "total text/table")
    year_check(c, 2022)


def mingshui(c):
    t0 = c.num(r"项目年初预算([\d.]+)万元")
    cen, cty, own = (c.num(r"中央财政补助资金([\d.]+)万元（"), c.num(r"县级配套资金([\d.]+)万元、建设"),
                     c.num(r"建设主体自筹资金([\d.]+)万元。"))
    c.sum_([cen, cty, own], t0, "年初 = 中央 + 县级 + 自筹")
    prov = c.num(r"省级补助资金([\d.]+)万元追加下达")
    annual = c.num(r"全年预算调整为([\d.]+)万元")
    c.sum_([t0, prov], annual, "年初 + 省级 = 全年")
    fiscal = c.num(r"其中财政资金([\d.]+)万元")
    c.sum_([cen, prov, cty], fiscal, "财政资金 = 中央 + 省 + 县")
    c.same([fiscal, c.num(r"三级财政资金([\d.]+)万元已全部拨付")], "财政资金 到位")
    spent = c.num(r"全年实际执行([\d.]+)万元")
    c.rate(spent, annual, c.num(r"全年实际执行[\d.]+万元，预算执行率([\d.]+)%"), "执行率")
    f_spent = c.num(r"财政资金支出([\d.]+)万元，执行率")
    c.rate(f_spent, fiscal, c.num(r"财政资金支出[\d.]+万元，执行率([\d.]+)%"), "财政执行率")
    c.same(c.nums(r"财政资金执行率仅为([\d.]+)%") + c.nums(r"财政资金支出[\d.]+万元，执行率([\d.]+)%"),
           "财政执行率 restated")
    own_spent = c.num(r"自筹资金([\d.]+)万元已全部投入")
    c.sum_([f_spent, own_spent], spent, "执行 = 财政 + 自筹")
    c_sp = c.num(r"中央财政补助资金([\d.]+)万元已全部支出")
    p_sp, y_sp = c.num(r"省级补助资金支出([\d.]+)万元"), c.num(r"县级配套资金支出([\d.]+)万元")
    c.same([c_sp, cen], "中央 fully spent")
    c.rate(p_sp, prov, c.num(r"省级补助资金支出[\d.]+万元，执行率([\d.]+)%"), "省级执行率")
    c.rate(y_sp, cty, c.num(r"县级配套资金支出[\d.]+万元，执行率([\d.]+)%"), "县级执行率")
    c.sum_([c_sp, p_sp, y_sp], f_spent, "财政支出 by level")
    subsidy = c.num(r"冷库建设补助([\d.]+)万元")
    c.sum_([subsidy, c.num(r"图纸审查费用([\d.]+)万元")], f_spent, "财政支出 by use")
    c.close(D(fiscal) - D(f_spent), c.num(r"未支出的财政资金([\d.]+)万元"), "结转 = 财政 − 支出")
    cold = c.table("乡镇")
    body = [r for r in cold[1:] if r[0] != "合计"]
    tot = [r for r in cold if r[0] == "合计"][0]
    for i in (1, 2, 3):
        c.sum_([r[i] for r in body], tot[i], f"facility table column {cold[0][i]}")
    per_ton = c.num(r"每吨(\d+)元的标准")
    for r in body:
        c.close(D(r[2]) * D(per_ton) / 10000, r[3], f"subsidy {r[0]} = 库容 × 416元")
    c.same([tot[3], subsidy], "补助 text/table")
    c.same([tot[1], c.num(r"全年建成冷藏保鲜设施(\d+)座")], "座数")
    caps = c.nums(r"(?:11座，|项目)新增库容(\d+)吨")
    c.same(caps + [tot[2]], "新增库容")
    ft = funds_table(c, c.table("资金来源（万元）"))
    c.same([ft[1], t0], "年初 text/table")
    c.same([ft[2], annual], "全年 text/table")
    c.same([ft[3], spent], "执行 text/table")
    ind = c.table("一级指标")
    score = indicator_table(c, ind)
    rowmap = {r[2]: r for r in ind}
    c.same([rowmap["库容补助标准"][4].rstrip("元/吨"), per_ton], "补助标准")
    c.same([rowmap["新增冷藏库容"][4].rstrip("吨")] + caps, "库容 table/text")
    c.same([rowmap["错季销售增收"][4].rstrip("万元"), c.num(r"农户错季销售增收(\d+)万元")], "增收")
    c.same([rowmap["带动农户"][4].rstrip("户"), c.num(r"带动农户(\d+)户")], "农户")
    c.rate(c.num(r"表示满意的(\d+)户"), c.num(r"随机抽取(\d+)户"), rowmap["农户及合作社满意度"][4].rstrip("%"),
           "satisfaction")
    total = grade_check(c, r"自评得分([\d.]+)分")
    c.same([score, total], "total text/table")
    year_check(c, 2024)


DRAFTS = {"dongming-nongzichubei-2021": dongming, "hanshou-dianshangzhan-2020": hanshou,
          "jinhu-gongxiaozongshe-2019": jinhu, "jiangjin-zaishengziyuan-2022": jiangjin,
          "mingshui-lengcang-2024": mingshui}


def run_checks(src, text):
    c = Checker(text)
    try:
        DRAFTS[src](c)
        year_check(c, YEARS[src])
    except Exception as exc:          # a broken figure can break the parsing itself
        c.fail(f"exception {type(exc).__name__}: {exc}")
    return c.fails


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    clean = {}
    for src in DRAFTS:
        text = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        clean[src] = text
        n = len(text)
        if not 3000 <= n <= 9000:
            problems.append(f"{src}: clean draft has {n} characters")
        for f in run_checks(src, text):
            problems.append(f"{src}-clean: {f}")
    codes = Counter()
    for lab in labels:
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expectations")
            continue
        case = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        base = clean[lab["source"]]
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
        # one place: common prefix / suffix
        p = 0
        while p < min(len(base), len(case)) and base[p] == case[p]:
            p += 1
        s = 0
        while s < min(len(base), len(case)) - p and base[-1 - s] == case[-1 - s]:
            s += 1
        if base == case:
            problems.append(f"{lab['case']}: identical to clean")
            continue
        if len(base) - p - s > 160:
            problems.append(f"{lab['case']}: changed region is {len(base) - p - s} chars long")
        lo, hi = p, len(case) - s
        for e in lab["expected"]:
            codes[e["code"]] += 1
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append(f"{lab['case']}: bad code/severity {e}")
            v = e["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), case)]
            if not occ:
                problems.append(f"{lab['case']}: value {v!r} not in case")
            elif not any(o < hi and o + len(v) > lo for o in occ):
                problems.append(f"{lab['case']}: value {v!r} does not overlap the change")
            if v in base:
                problems.append(f"{lab['case']}: value {v!r} also occurs in the clean draft")
        fails = run_checks(lab["source"], case)
        if not fails:
            problems.append(f"{lab['case']}: the checks find nothing wrong")
    for code in CODES:
        if codes[code] < 2:
            problems.append(f"code {code} occurs {codes[code]} times")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, 13 codes × ≥2")
    print("OK")


if __name__ == "__main__":
    main()
