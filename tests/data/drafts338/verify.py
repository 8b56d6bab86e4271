#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. every label value occurs in its case; every error case differs from its clean draft in one
   contiguous place that overlaps an occurrence of the label value; each code is used >= 2 times;
2. the arithmetic of every draft is recomputed with decimal.Decimal (rules.md §5–§8, tolerance from
   the stated decimals, ROUND_HALF_UP): a clean draft must pass every check, an error case must fail
   the labelled code and no other error-level code.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = r"(-?\d+(?:\.\d+)?)"


# ---------------------------------------------------------------- helpers
def places(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated: string as written (may end in %); computed: Decimal."""
    v = D(stated.strip().rstrip("%"))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** (-places(stated)) + D("1e-9")


def num(s):
    if isinstance(s, D):
        return s
    return D(str(s).strip().rstrip("%"))


def to_wan(value, unit):
    value = D(value)
    return value / D(10000) if unit == "元" else (value * D(10000) if unit == "亿元" else value)


GRADES = {"优": (90, 101), "优秀": (90, 101), "良": (80, 90), "良好": (80, 90),
          "中": (60, 80), "中等": (60, 80), "一般": (60, 80), "合格": (60, 80),
          "差": (0, 60), "较差": (0, 60), "不合格": (0, 60)}


class Ctx:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, ok, message)

    def one(self, pat, flags=0):
        ms = list(re.finditer(pat, self.t, flags))
        if len(ms) != 1:
            raise ValueError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def all(self, pat, flags=0):
        return list(re.finditer(pat, self.t, flags))

    def chk(self, code, ok, msg):
        assert code in CODES, code
        self.res.append((code, bool(ok), msg))

    # typed checks ------------------------------------------------------
    def rate(self, stated, numer, denom, msg):
        numer, denom = D(numer), D(denom)
        if denom == 0:
            self.chk("implausible_rate", False, f"{msg}: rate on a zero base")
            return
        self.chk("rate_mismatch", agrees(stated, numer / denom * 100),
                 f"{msg}: {numer}/{denom} = {numer / denom * 100:.4f}% vs {stated}")
        self.plausible(stated, msg)

    def plausible(self, stated, msg):
        v = num(stated)
        self.chk("implausible_rate", D(0) <= v <= D(100), f"{msg}: {stated} within [0,100]")

    def total(self, code, stated, parts, msg):
        s = sum(D(p) for p in parts)
        self.chk(code, agrees(stated, s), f"{msg}: sum {s} vs {stated}")

    def equal(self, a, b, msg, code="conflicting_values"):
        self.chk(code, num(a) == num(b), f"{msg}: {a} vs {b}")

    def grade(self, total, word, msg="grade"):
        lo, hi = GRADES[word]
        v = num(total)
        self.chk("grade_mismatch", D(lo) <= v < D(hi), f"{msg}: {total} -> {word}")

    def year_after(self, y, base, msg):
        self.chk("year_mismatch", int(y) > int(base), f"{msg}: {y} after {base}")

    def year_eq(self, y, base, msg):
        self.chk("year_mismatch", int(y) == int(base), f"{msg}: {y} == {base}")

    def product(self, count, unit_amount, unit, total_wan, msg):
        p = D(count) * to_wan(unit_amount, unit)
        t = D(total_wan)
        if agrees(total_wan, p):
            self.chk("sum_mismatch", True, msg)
        elif agrees(total_wan, p / 10000) or agrees(total_wan, p * 10000):
            self.chk("unit_mismatch", False, f"{msg}: {count} × {unit_amount}{unit} = {p}万元 vs {t}; off by 10^4")
        else:
            self.chk("sum_mismatch", False, f"{msg}: {count} × {unit_amount}{unit} = {p}万元 vs {t}")


# --------------------------------------------------------- indicator rows
DIR_GTE = ("≥", "＞＝", ">=", "不低于", "不少于", "＞", ">")
DIR_LTE = ("≤", "＜＝", "<=", "不超过", "不高于", "＜", "<")


def parse_val(s):
    """-> (kind, direction, number, unit) ; kind in num/date/text."""
    s = s.strip()
    if re.fullmatch(r"\d{4}年\d{1,2}月(\d{1,2}日)?(底)?前?", s):
        return ("date", None, None, "date")
    d = "eq"
    for p in DIR_GTE:
        if s.startswith(p):
            d, s = "gte", s[len(p):]
            break
    else:
        for p in DIR_LTE:
            if s.startswith(p):
                d, s = "lte", s[len(p):]
                break
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(.*?)(以上|以内)?", s)
    if not m:
        return ("text", None, None, None)
    return ("num", d, D(m.group(1)), m.group(2))


def completion(d, t, a):
    if d == "lte":
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def check_rows(c, rows, label):
    """rows: dicts name,target,actual,weight,score[,completion]."""
    for r in rows:
        tk, td, tn, tu = parse_val(r["target"])
        ak, ad, an, au = parse_val(r["actual"])
        name = r["name"]
        if tk != "text" and ak != "text":
            c.chk("unit_mismatch", tk == ak and tu == au, f"{label} {name}: unit {r['target']} vs {r['actual']}")
        if ak == "num" and au == "%" and ("率" in name or "满意度" in name):
            c.plausible(r["actual"], f"{label} {name} actual")
        comp = r.get("completion")
        if comp is not None and comp.strip() not in ("—", "-", ""):
            if tk == ak == "num" and tu == au:
                val = completion(td, tn, an)
                c.chk("completion_mismatch", agrees(comp, val), f"{label} {name}: completion {val:.4f} vs {comp}")
        w, s = num(r["weight"]), num(r["score"])
        c.chk("score_exceeds_weight", D(0) <= s <= w, f"{label} {name}: score {s} within [0,{w}]")


def bar_table(c, header_start, sep):
    """Rows of a table whose header line starts with header_start, up to the 合计 line."""
    lines = c.t.split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.startswith(header_start))
    head = lines[i].split(sep)
    idx = {h: k for k, h in enumerate(head)}
    rows, tot = [], None
    for ln in lines[i + 1:]:
        cells = ln.split(sep)
        if cells[0] == "合计":
            tot = cells
            break
        if len(cells) < 5:
            break
        row = {"l1": cells[0], "l2": cells[1], "name": cells[2], "target": cells[idx["年度指标值"]],
               "actual": cells[idx["实际完成值"]], "weight": cells[idx["分值"]], "score": cells[idx["得分"]]}
        if "完成率" in idx:
            row["completion"] = cells[idx["完成率"]]
        rows.append(row)
    return rows, tot, idx


def row(rows, name):
    hits = [r for r in rows if r["name"] == name]
    assert len(hits) == 1, name
    return hits[0]


# ================================================================ drafts
def luochuan(c):
    year = c.one(r"^洛川县农业农村局\n(\d{4})年度").group(1)
    init = c.one(r"项目年初预算" + NUM + "万元").group(1)
    add = c.one(r"追加下达省级农业品牌建设专项" + NUM + "万元").group(1)
    annual = c.one(r"调整后全年预算" + NUM + "万元").group(1)
    asof = c.one(r"截至(\d{4})年12月31日").group(1)
    recv = c.one(r"实际到位资金" + NUM + "万元").group(1)
    recv_rate = c.one(r"资金到位率" + NUM + "%").group(1) + "%"
    m = c.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，较2020年度的" + NUM + r"%提高" + NUM + "个百分点")
    spent, exec_rate, last_rate, pp = m.group(1), m.group(2) + "%", m.group(3) + "%", m.group(4)
    bal = c.one(r"未支付的" + NUM + "万元").group(1)
    carry = c.one(r"结转至(\d{4})年使用").group(1)
    items = c.one(r"品牌宣传推介支出" + NUM + r"万元，展会参展支出" + NUM + r"万元，品牌标识授权及包装设计支出" + NUM
                  + r"万元，苹果质量追溯平台运维支出" + NUM + "万元")
    pu = c.one(r"按每家(\d+)(元|万元)标准兑付，共补助(\d+)家，计" + NUM + "万元")
    fairs = c.one(r"参加农产品展销会(\d+)场，完成率" + NUM + "%")
    samp = c.one(r"抽检(\d+)批次，合格(\d+)批次，合格率" + NUM + "%")
    cost = c.one(r"单枚印制成本控制在" + NUM + "元").group(1)
    farmers = c.one(r"带动" + NUM + "万户果农").group(1)
    price = c.one(r"收购均价只比上年提高" + NUM + "元/公斤").group(1)
    surv = c.one(r"收回有效问卷(\d+)份，其中表示满意的(\d+)份，满意度" + NUM + "%")
    tot = c.one(r"自评得分" + NUM + r"分，评价等级为“(.)”")
    note_bal = c.one(r"结算，" + NUM + "万元结转下年").group(1)

    c.year_eq(asof, year, "截至日期")
    c.year_after(carry, year, "结转年度")
    c.total("sum_mismatch", annual, [init, add], "年初+追加=全年")
    c.rate(recv_rate, recv, annual, "到位率")
    c.rate(exec_rate, spent, annual, "执行率")
    c.plausible(last_rate, "2020年执行率")
    c.chk("rate_mismatch", agrees(pp, num(exec_rate) - num(last_rate)), "百分点差")
    c.chk("balance_mismatch", agrees(bal, D(recv) - D(spent)), f"结转 {bal} = {recv} − {spent}")
    c.equal(note_bal, bal, "table note 结转 vs text")
    c.total("sum_mismatch", spent, items.groups(), "支出构成")
    c.product(pu.group(3), pu.group(1), pu.group(2), pu.group(4), "包装补助 每家×家数")
    c.rate(samp.group(3) + "%", samp.group(2), samp.group(1), "抽检合格率")
    c.rate(surv.group(3) + "%", surv.group(2), surv.group(1), "满意度")

    rows, t, idx = bar_table(c, "一级指标｜", "｜")
    check_rows(c, rows, "自评表")
    c.total("weight_sum_mismatch", t[idx["分值"]], [r["weight"] for r in rows], "分值合计")
    c.chk("weight_sum_mismatch", num(t[idx["分值"]]) == 100, "总分值 100")
    c.total("score_sum_mismatch", t[idx["得分"]], [r["score"] for r in rows], "得分合计")
    c.equal(tot.group(1), t[idx["得分"]], "text total vs table total")
    c.grade(tot.group(1), tot.group(2))
    ex = row(rows, "预算执行率")
    c.equal(ex["actual"], exec_rate, "执行率 text vs table")
    f = row(rows, "参加国内外农产品展销会")
    c.equal(fairs.group(1), parse_val(f["actual"])[2], "展销会场数 text vs table")
    c.chk("completion_mismatch", agrees(fairs.group(2) + "%", D(fairs.group(1)) / parse_val(f["target"])[2] * 100),
          "展销会完成率 (text)")
    c.equal(samp.group(3), parse_val(row(rows, "授权企业产品抽检合格率")["actual"])[2], "合格率 text vs table")
    c.equal(cost, parse_val(row(rows, "防伪标识单枚印制成本")["actual"])[2], "标识成本 text vs table")
    c.equal(farmers, parse_val(row(rows, "带动果农户数")["actual"])[2], "果农户数 text vs table")
    c.equal(price, parse_val(row(rows, "授权企业苹果收购均价较上年提高")["actual"])[2], "均价 text vs table")
    c.equal(surv.group(3), parse_val(row(rows, "授权企业及果农满意度")["actual"])[2], "满意度 text vs table")
    c.equal(pu.group(3), parse_val(row(rows, "新增品牌授权使用企业")["actual"])[2], "授权企业数 text vs table")


def tianyang(c):
    year = c.one(r"^(\d{4})年度商标品牌").group(1)
    init = c.one(r"区本级财政安排项目预算" + NUM + "万元").group(1)
    m = c.one(r"将(\d{4})年未支付完毕的奖励资金" + NUM + "万元")
    cin_year, cin = m.group(1), m.group(2)
    annual = c.one(r"全年预算" + NUM + "万元，当年未安排其他资金").group(1)
    spent = c.one(r"全年实际支出" + NUM + "万元").group(1)
    bal = c.one(r"剩余" + NUM + "万元为商标品牌指导站").group(1)
    carry = c.one(r"结转至(\d{4})年继续使用").group(1)
    i1 = c.one(r"新获注册商标(\d+)件，每件奖励(\d+)(元|万元)，共" + NUM + "万元")
    ly = c.one(r"2021年同类奖励为(\d+)件、" + NUM + "万元")
    i2 = c.one(r"一次性奖励" + NUM + "万元").group(1)
    i3n = c.one(r"(\d+)家芒果加工企业各完成1件马德里国际注册").group(1)
    i3 = c.one(r"每件奖励(\d+)(元|万元)，共" + NUM + "万元。\n4")
    i4 = c.one(r"地理标志保护示范建设" + NUM + "万元").group(1)
    i5 = c.one(r"商标品牌指导站运行经费" + NUM + "万元").group(1)
    isum = c.one(r"以上五项合计" + NUM + "万元").group(1)
    paid = c.one(r"兑付国内商标注册奖励(\d+)件").group(1)
    reg = c.one(r"有效注册商标总量达到(\d+)件，比2021年末的(\d+)件净增(\d+)件")
    sales = c.one(r"销售额仅增长" + NUM + r"%，未达到(\d+)%的目标")
    sat = c.one(r"满意度为" + NUM + "%").group(1)
    concl = c.one(r"预算执行率得分" + NUM + r"分，绩效指标得分" + NUM + r"分，自评总分" + NUM + r"分，评价等级为“(..)”")

    c.year_eq(int(cin_year) + 1, year, "上年结转来自上一年")
    c.year_after(carry, year, "结转年度")
    # funds table
    ft = {}
    for ln in c.t.split("\n"):
        cells = ln.split("\t")
        if cells[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            ft[cells[0]] = cells
    tot, fis, car, oth = ft["年度资金总额"], ft["其中：当年财政拨款"], ft["上年结转资金"], ft["其他资金"]
    for k, col in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.total("sum_mismatch", tot[k], [fis[k], car[k], oth[k]], f"资金表 {col}")
    c.rate(tot[5], tot[3], tot[2], "资金表 执行率")
    c.chk("weight_sum_mismatch", num(tot[4]) == 10, "执行率分值")
    c.chk("score_exceeds_weight", D(0) <= num(tot[6]) <= num(tot[4]), "执行率得分<=分值")
    c.equal(init, tot[1], "年初预算 text vs table")
    c.equal(cin, car[2], "上年结转 text vs table")
    c.equal(annual, tot[2], "全年预算 text vs table")
    c.equal(spent, tot[3], "执行数 text vs table")
    c.equal(isum, spent, "用途合计 vs 执行数")
    c.chk("balance_mismatch", agrees(bal, D(annual) - D(spent)), "结转 = 全年预算 − 执行")
    c.total("sum_mismatch", isum, [i1.group(4), i2, i3.group(3), i4, i5], "用途合计")
    c.product(i1.group(1), i1.group(2), i1.group(3), i1.group(4), "国内商标奖励 件×标准")
    c.product(ly.group(1), i1.group(2), i1.group(3), ly.group(2), "2021年同类奖励 件×标准")
    c.product(i3n, i3.group(1), i3.group(2), i3.group(3), "马德里奖励 件×标准")
    # indicator table
    rows, t, idx = bar_table(c, "一级指标\t", "\t")
    check_rows(c, rows, "指标表")
    c.total("weight_sum_mismatch", t[idx["分值"]], [r["weight"] for r in rows], "指标分值合计")
    c.chk("weight_sum_mismatch", num(t[idx["分值"]]) + num(tot[4]) == 100, "指标 + 执行率 = 100")
    c.total("score_sum_mismatch", t[idx["得分"]], [r["score"] for r in rows], "指标得分合计")
    c.equal(concl.group(1), tot[6], "执行率得分 text vs table")
    c.equal(concl.group(2), t[idx["得分"]], "指标得分 text vs table")
    c.total("score_sum_mismatch", concl.group(3), [concl.group(1), concl.group(2)], "自评总分")
    c.grade(concl.group(3), concl.group(4))
    c.equal(i1.group(1), parse_val(row(rows, "奖励新注册商标件数")["actual"])[2], "新注册商标 text vs table")
    c.equal(paid, i1.group(1), "兑付件数 vs 新获注册件数")
    c.equal(reg.group(1), parse_val(row(rows, "全区有效注册商标总量")["actual"])[2], "有效注册商标 text vs table")
    c.total("sum_mismatch", reg.group(1), [reg.group(2), reg.group(3)], "上年末 + 净增")
    c.equal(sales.group(1), parse_val(row(rows, "地理标志产品销售额增长率")["actual"])[2], "销售增长 text vs table")
    c.equal(sales.group(2), parse_val(row(rows, "地理标志产品销售额增长率")["target"])[2], "销售增长目标 text vs table")
    c.equal(sat, parse_val(row(rows, "获奖市场主体满意度")["actual"])[2], "满意度 text vs table")
    c.equal(i1.group(2), parse_val(row(rows, "国内商标注册奖励标准")["actual"])[2], "奖励标准 text vs table")
    c.plausible(sat + "%", "满意度")


def liangdang(c):
    year = c.one(r"关于(\d{4})年度消费帮扶").group(1)
    fund = c.one(r"项目全年预算" + NUM + r"万元，其中省级财政衔接推进乡村振兴补助资金" + NUM + r"万元、县级财政配套资金" + NUM + "万元")
    ym = c.one(r"省级资金于(\d{4})年3月、县级配套资金于(\d{4})年5月")
    recv = c.one(r"到位" + NUM + r"万元，到位率" + NUM + "%")
    asof = c.one(r"截至(\d{4})年12月31日").group(1)
    sp = c.one(r"项目共支出" + NUM + r"万元，预算执行率" + NUM + "%")
    items = c.one(r"专馆装修及设备购置" + NUM + r"万元，专柜购置" + NUM + r"万元，专馆运营补助" + NUM + r"万元，品牌宣传及推介活动" + NUM + "万元")
    units = c.one(r"专柜共采购(\d+)台，每台含冷藏模块，采购单价(\d+)(元|万元)")
    sub = c.one(r"运营补助按专馆全年销售额" + NUM + r"万元的" + NUM + "%核定")
    bal = c.one(r"项目结余" + NUM + "万元").group(1)
    cab = c.one(r"投放专柜不少于(\d+)台，实际投放(\d+)台，完成率" + NUM + "%")
    ucost = c.one(r"单台专柜购置成本目标不超过" + NUM + r"万元，实际为" + NUM + "万元")
    salest = c.one(r"销售额达到(\d+)万元以上").group(1)
    sales = c.one(r"全年专馆销售" + NUM + r"万元，专柜销售" + NUM + r"万元，合计" + NUM + r"万元，完成率" + NUM + "%")
    avg = c.one(r"(\d+)台专柜平均每台销售" + NUM + "万元")
    hh = c.one(r"带动脱贫户和监测户(\d+)户以上，经与乡镇核对收购台账，实际带动(\d+)户，完成率" + NUM + "%")
    ent = c.one(r"不少于(\d+)家，实际(\d+)家")
    sat = c.one(r"满意度为" + NUM + r"%，高于(\d+)%的目标")
    ex = c.one(r"预算执行率" + NUM + r"%，按执行率乘以分值计算，得" + NUM + r"分（满分" + NUM + "分）")
    concl = c.one(r"预算执行得" + NUM + r"分，产出指标得" + NUM + r"分，效益指标得" + NUM + r"分，满意度指标得" + NUM
                  + r"分，本项目综合自评得分" + NUM + r"分，自评等级为“(.)”")

    c.year_eq(ym.group(1), year, "省级资金下达年度")
    c.year_eq(ym.group(2), year, "县级资金下达年度")
    c.year_eq(asof, year, "截至日期")
    c.total("sum_mismatch", fund.group(1), [fund.group(2), fund.group(3)], "省级+县级=全年预算")
    c.rate(recv.group(2) + "%", recv.group(1), fund.group(1), "到位率")
    c.rate(sp.group(2) + "%", sp.group(1), fund.group(1), "执行率")
    c.equal(ex.group(1), sp.group(2), "执行率 两处")
    c.total("sum_mismatch", sp.group(1), items.groups(), "支出构成")
    c.product(units.group(1), units.group(2), units.group(3), items.group(2), "专柜 台数×单价")
    c.chk("sum_mismatch", agrees(items.group(3), D(sub.group(1)) * D(sub.group(2)) / 100), "运营补助 = 销售额×比例")
    c.chk("balance_mismatch", agrees(bal, D(recv.group(1)) - D(sp.group(1))), f"结余 {bal}")
    c.equal(sub.group(1), sales.group(1), "专馆销售额 两处")
    c.equal(cab.group(2), units.group(1), "专柜台数 两处")
    c.equal(avg.group(1), units.group(1), "专柜台数 平均句")
    c.equal(ucost.group(2), to_wan(units.group(2), units.group(3)), "单台成本 vs 采购单价")
    c.chk("completion_mismatch", agrees(cab.group(3) + "%", D(cab.group(2)) / D(cab.group(1)) * 100), "专柜完成率")
    c.total("sum_mismatch", sales.group(3), [sales.group(1), sales.group(2)], "销售额合计")
    c.chk("completion_mismatch", agrees(sales.group(4) + "%", D(sales.group(3)) / D(salest) * 100), "销售额完成率")
    c.chk("average_mismatch", agrees(avg.group(2), D(sales.group(2)) / D(avg.group(1))), "专柜平均销售额")
    c.chk("completion_mismatch", agrees(hh.group(3) + "%", D(hh.group(2)) / D(hh.group(1)) * 100), "带动户完成率")
    c.plausible(sat.group(1) + "%", "消费者满意度")
    # scores 得X分（满分Y分）, grouped by block
    sec = c.t[c.t.index("（一）产出情况"):c.t.index("（四）预算执行情况")]
    blocks, cur = {}, []
    for m in re.finditer(r"(产出指标合计|效益指标合计)?得" + NUM + r"分（满分" + NUM + "分）", sec):
        if m.group(1):
            blocks[m.group(1)[:2]] = (m.group(2), m.group(3), cur)
            cur = []
        else:
            cur.append((m.group(2), m.group(3)))
    sat_items = cur
    for name, (bs, bw, its) in blocks.items():
        c.total("weight_sum_mismatch", bw, [w for _, w in its], f"{name} 满分")
        c.total("score_sum_mismatch", bs, [s for s, _ in its], f"{name} 得分")
        for s, w in its:
            c.chk("score_exceeds_weight", D(0) <= D(s) <= D(w), f"{name} item {s}/{w}")
    for s, w in sat_items + [(ex.group(2), ex.group(3))]:
        c.chk("score_exceeds_weight", D(0) <= D(s) <= D(w), f"item {s}/{w}")
    weights = [blocks["产出"][1], blocks["效益"][1]] + [w for _, w in sat_items] + [ex.group(3)]
    c.chk("weight_sum_mismatch", sum(D(w) for w in weights) == 100, "满分合计 100")
    c.equal(concl.group(1), ex.group(2), "预算执行得分 两处")
    c.equal(concl.group(2), blocks["产出"][0], "产出得分 两处")
    c.equal(concl.group(3), blocks["效益"][0], "效益得分 两处")
    c.equal(concl.group(4), sat_items[0][0], "满意度得分 两处")
    c.total("score_sum_mismatch", concl.group(5), concl.groups()[:4], "综合自评得分")
    c.grade(concl.group(5), concl.group(6))


def jianshi(c):
    year = c.one(r"^建始县(\d{4})年农村电商").group(1)
    f = c.one(r"项目资金" + NUM + r"万元，其中省级商务发展专项资金" + NUM + r"万元，县级财政配套" + NUM + "万元，年内未调整预算")
    recv = c.one(r"资金于(\d{4})年4月全部到位，到位率" + NUM + "%")
    sp = c.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + "%")
    pv = c.one(r"省级资金支出" + NUM + r"万元，执行率" + NUM + "%")
    cty = c.one(r"县级配套资金支出" + NUM + r"万元，执行率" + NUM + r"%，结余" + NUM + "万元")
    it = c.one(r"培训授课、场地及学员食宿支出" + NUM + r"万元，直播间孵化补助" + NUM + r"万元（共孵化(\d+)个，每个补助(\d+)(元|万元)），效果评估及宣传" + NUM + "万元")
    tr = c.one(r"全年举办培训(\d+)期，其中面向新手的基础班(\d+)期、面向已开播学员的提升班(\d+)期；培训学员(\d+)人次，其中基础班(\d+)人次、提升班(\d+)人次，平均每期培训"
               + NUM + r"人次，比2023年的(\d+)人次增加(\d+)人次")
    sales = c.one(r"带动农产品网络销售额(\d+)万元，完成率" + NUM + "%")
    acc = c.one(r"学员新开设直播账号(\d+)个，其中").group(1)
    tal = c.one(r"孵化本土带货达人(\d+)名，比目标少(\d+)名")
    sc = c.one(r"预算执行率得" + NUM + r"分（满分" + NUM + r"分），产出指标得" + NUM + r"分（满分" + NUM + r"分），效益指标得" + NUM
               + r"分（满分" + NUM + r"分），满意度指标得" + NUM + r"分（满分" + NUM + r"分），自评总分" + NUM + r"分，等级为(..)")
    dev = c.one(r"超出目标" + NUM + "%").group(1)
    note = c.one(r"县级配套资金结余" + NUM + "万元").group(1)

    c.year_eq(recv.group(1), year, "资金到位年度")
    c.total("sum_mismatch", f.group(1), [f.group(2), f.group(3)], "省级+县级")
    c.plausible(recv.group(2) + "%", "到位率")
    c.chk("rate_mismatch", num(recv.group(2)) == 100, "全部到位 ⇒ 到位率100%")
    c.rate(sp.group(2) + "%", sp.group(1), f.group(1), "执行率")
    c.rate(pv.group(2) + "%", pv.group(1), f.group(2), "省级执行率")
    c.rate(cty.group(2) + "%", cty.group(1), f.group(3), "县级执行率")
    c.total("sum_mismatch", sp.group(1), [pv.group(1), cty.group(1)], "省级+县级支出")
    c.chk("balance_mismatch", agrees(cty.group(3), D(f.group(3)) - D(cty.group(1))), "县级结余")
    c.chk("balance_mismatch", agrees(cty.group(3), D(f.group(1)) - D(sp.group(1))), "项目结余 = 全年 − 支出")
    c.equal(note, cty.group(3), "结余 table note vs text")
    c.total("sum_mismatch", sp.group(1), [it.group(1), it.group(2), it.group(6)], "支出用途")
    c.product(it.group(3), it.group(4), it.group(5), it.group(2), "孵化补助 个×标准")
    c.total("sum_mismatch", tr.group(1), [tr.group(2), tr.group(3)], "期数")
    c.total("sum_mismatch", tr.group(4), [tr.group(5), tr.group(6)], "人次")
    c.chk("average_mismatch", agrees(tr.group(7), D(tr.group(4)) / D(tr.group(1))), "平均每期人次")
    c.chk("sum_mismatch", D(tr.group(4)) - D(tr.group(8)) == D(tr.group(9)), "比2023年增加")

    rows, t, idx = bar_table(c, "一级指标｜", "｜")
    check_rows(c, rows, "自评表")
    c.total("weight_sum_mismatch", t[idx["分值"]], [r["weight"] for r in rows], "分值合计")
    c.chk("weight_sum_mismatch", num(t[idx["分值"]]) == 100, "总分值 100")
    c.total("score_sum_mismatch", t[idx["得分"]], [r["score"] for r in rows], "得分合计")
    g = sc.groups()
    blocks = {"预算执行率": (g[0], g[1]), "产出指标": (g[2], g[3]), "效益指标": (g[4], g[5]), "满意度指标": (g[6], g[7])}
    for b, (bs, bw) in blocks.items():
        rs = [r for r in rows if r["l1"] == b]
        c.total("weight_sum_mismatch", bw, [r["weight"] for r in rs], f"{b} 满分")
        c.total("score_sum_mismatch", bs, [r["score"] for r in rs], f"{b} 得分")
    c.chk("weight_sum_mismatch", sum(D(bw) for _, bw in blocks.values()) == 100, "满分合计")
    c.total("score_sum_mismatch", g[8], [bs for bs, _ in blocks.values()], "自评总分")
    c.equal(g[8], t[idx["得分"]], "总分 text vs table")
    c.grade(g[8], g[9])
    ex = row(rows, "预算执行率")
    c.equal(ex["actual"], sp.group(2), "执行率 text vs table")
    c.equal(parse_val(row(rows, "培训学员人次")["actual"])[2], tr.group(4), "人次 text vs table")
    c.equal(parse_val(row(rows, "培训期数")["actual"])[2], tr.group(1), "期数 text vs table")
    s_row = row(rows, "带动农产品网络销售额")
    c.equal(parse_val(s_row["actual"])[2], sales.group(1), "销售额 text vs table")
    tn = parse_val(s_row["target"])[2]
    c.chk("completion_mismatch", agrees(sales.group(2) + "%", D(sales.group(1)) / tn * 100), "销售额完成率 (text)")
    c.chk("completion_mismatch", agrees(dev + "%", (D(sales.group(1)) - tn) / tn * 100), "超出目标比例 (table note)")
    c.equal(parse_val(row(rows, "学员新开设直播账号")["actual"])[2], acc, "直播账号 text vs table")
    ta = row(rows, "孵化本土带货达人")
    c.equal(parse_val(ta["actual"])[2], tal.group(1), "达人 text vs table")
    c.chk("sum_mismatch", parse_val(ta["target"])[2] - D(tal.group(1)) == D(tal.group(2)), "比目标少")
    pc = row(rows, "人均培训成本")
    c.chk("average_mismatch", agrees(parse_val(pc["actual"])[2].to_eng_string(), D(it.group(1)) * 10000 / D(tr.group(4))),
          "人均培训成本 = 培训支出 / 人次")
    for r in rows:
        if parse_val(r["target"])[0] == "date":
            c.year_eq(re.match(r"(\d{4})", r["target"]).group(1), year, "时效目标年度")
            c.year_eq(re.match(r"(\d{4})", r["actual"]).group(1), year, "时效完成年度")


def wangmo(c):
    year = c.one(r"^望谟县商务局(\d{4})年度部门整体").group(1)
    b = c.one(r"部门年初预算" + NUM + r"万元；年中追加" + NUM + "万元")
    annual = c.one(r"调整后全年预算" + NUM + "万元").group(1)
    sp = c.one(r"全年支出" + NUM + r"万元，预算执行率" + NUM + r"%，高于2019年的" + NUM + "%")
    bal = c.one(r"年末结余" + NUM + r"万元，全部为项目支出结余，经县财政局同意结转至(\d{4})年")
    k = c.one(r"基本支出预算" + NUM + r"万元，支出" + NUM + r"万元，其中人员经费" + NUM + r"万元、公用经费" + NUM
              + r"万元；项目支出预算" + NUM + r"万元，支出" + NUM + r"万元，执行率" + NUM + "%")
    sg = c.one(r"“三公”经费支出" + NUM + r"万元，全部为公务接待费，比上年的" + NUM + r"万元减少" + NUM + "万元")
    cov = c.one(r"覆盖项目支出预算" + NUM + r"万元，覆盖率" + NUM + "%")
    npj = c.one(r"本年度我局管理的(\d+)个项目").group(1)
    avg = c.one(r"(\d+)个项目自评得分平均为" + NUM + "分")
    p1 = c.one(r"消费扶贫专馆专柜专区。全年支出" + NUM + "万元")
    cab = c.one(r"投放专柜(\d+)台（每台补助(\d+)(元|万元)，计" + NUM + "万元）")
    adj = c.one(r"年中追加资金占年初预算的" + NUM + "%").group(1)
    dept = c.all(r"(投入|过程|产出|效益)指标分值" + NUM + r"分，得" + NUM + r"分。[^\n]*?扣" + NUM + "分")
    tot = c.one(r"综合自评得分" + NUM + r"分，等级为“(.)”")

    c.year_after(bal.group(2), year, "结转年度")
    c.total("sum_mismatch", annual, [b.group(1), b.group(2)], "年初+追加")
    c.total("sum_mismatch", annual, [k.group(1), k.group(5)], "基本+项目预算")
    c.total("sum_mismatch", sp.group(1), [k.group(2), k.group(6)], "基本+项目支出")
    c.total("sum_mismatch", k.group(2), [k.group(3), k.group(4)], "人员+公用")
    c.rate(sp.group(2) + "%", sp.group(1), annual, "部门执行率")
    c.plausible(sp.group(3) + "%", "2019年执行率")
    c.rate(k.group(7) + "%", k.group(6), k.group(5), "项目支出执行率")
    c.rate(adj + "%", b.group(2), b.group(1), "追加占年初")
    c.chk("balance_mismatch", agrees(bal.group(1), D(annual) - D(sp.group(1))), "部门结余")
    c.chk("balance_mismatch", agrees(bal.group(1), D(k.group(5)) - D(k.group(6))), "结余全部为项目结余")
    c.chk("sum_mismatch", D(sg.group(2)) - D(sg.group(1)) == D(sg.group(3)), "三公经费减少额")
    c.rate(cov.group(2) + "%", cov.group(1), k.group(5), "覆盖率")
    # project table (columns separated by two spaces)
    rows, tline = [], None
    for ln in c.t.split("\n"):
        cells = re.split(r" {2,}", ln.strip())
        if len(cells) == 7 and cells[0].isdigit():
            rows.append(cells)
        elif cells[0] == "合计" and len(cells) >= 4:
            tline = cells
    c.chk("sum_mismatch", len(rows) == int(npj) == int(avg.group(1)), "项目个数")
    for r in rows:
        c.rate(r[4], r[3], r[2], f"项目{r[0]} 执行率")
        c.grade(r[5], r[6], f"项目{r[0]} 等级")
        c.chk("score_exceeds_weight", D(0) <= num(r[5]) <= 100, f"项目{r[0]} 得分<=100")
    c.total("sum_mismatch", tline[1], [r[2] for r in rows], "项目预算合计")
    c.total("sum_mismatch", tline[2], [r[3] for r in rows], "项目支出合计")
    c.rate(tline[3], tline[2], tline[1], "合计执行率")
    c.equal(tline[1], k.group(5), "项目预算 text vs table")
    c.equal(tline[2], k.group(6), "项目支出 text vs table")
    c.equal(tline[3], k.group(7), "项目执行率 text vs table")
    c.equal(cov.group(1), tline[1], "覆盖预算 vs table")
    c.chk("average_mismatch", agrees(avg.group(2), sum(num(r[5]) for r in rows) / len(rows)), "平均得分")
    c.equal(p1.group(1), rows[0][3], "项目1支出 text vs table")
    c.product(cab.group(1), cab.group(2), cab.group(3), cab.group(4), "专柜 台×补助")
    # department score blocks
    c.chk("sum_mismatch", len(dept) == 4, "四类指标")
    for m in dept:
        c.chk("score_exceeds_weight", D(0) <= D(m.group(3)) <= D(m.group(2)), f"{m.group(1)} 得分<=分值")
        c.chk("score_sum_mismatch", D(m.group(2)) - D(m.group(3)) == D(m.group(4)), f"{m.group(1)} 扣分")
    c.chk("weight_sum_mismatch", sum(D(m.group(2)) for m in dept) == 100, "分值合计 100")
    c.total("score_sum_mismatch", tot.group(1), [m.group(3) for m in dept], "综合自评得分")
    c.grade(tot.group(1), tot.group(2))


CHECKERS = {
    "sn-luochuan-pinpaituijie-2021": luochuan,
    "gx-tianyang-shangbiaojiangbu-2022": tianyang,
    "gs-liangdang-xiaofeibangfu-2023": liangdang,
    "hb-jianshi-zhibopeixun-2024": jianshi,
    "gz-wangmo-shangwuju-bumen-2020": wangmo,
}


def run(source, text):
    c = Ctx(text)
    CHECKERS[source](c)
    return c.res


def main():
    problems = []
    labels = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if x.strip()]
    texts = {}
    for lab in labels:
        with open(os.path.join(CASES, lab["case"]), encoding="utf-8") as fh:
            texts[lab["case"]] = fh.read()
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ list different files")
    if len(labels) != 35 or sum(l["clean"] for l in labels) != 5:
        problems.append("expected 35 cases, 5 clean")
    counts = {k: 0 for k in CODES}
    for lab in labels:
        name, src, text = lab["case"], lab["source"], texts[lab["case"]]
        for e in lab["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
        try:
            res = run(src, text)
        except Exception as e:  # extraction failed
            problems.append(f"{name}: extraction failed: {e}")
            continue
        failed = sorted({code for code, ok, _ in res if not ok})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            for code, ok, msg in res:
                if not ok:
                    problems.append(f"{name}: clean draft fails {code}: {msg}")
            n = len(text)
            if not 2800 <= n <= 3400:
                problems.append(f"{name}: length {n} outside 2800–3400")
            print(f"{name}: {len(res)} checks, all pass, {n} chars")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity")
        occ = [m.start() for m in re.finditer(re.escape(value), text)]
        if not occ:
            problems.append(f"{name}: value not found")
        clean = texts[f"{src}-clean.txt"]
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        a, b = p, len(text) - s
        if a >= b:
            problems.append(f"{name}: no difference from clean")
        elif not any(o < b and a < o + len(value) for o in occ):
            problems.append(f"{name}: diff [{a},{b}) does not overlap the value")
        if failed != [code]:
            detail = [f"{c}: {m}" for c, ok, m in res if not ok]
            problems.append(f"{name}: labelled {code}, failing {failed} {detail}")
        else:
            print(f"{name}: fails only {code} (diff [{a},{b}))")
    for k in CODES:
        if counts.get(k, 0) < 2:
            problems.append(f"code {k} used {counts.get(k, 0)} times (< 2)")
    print("per code:", ", ".join(f"{k}={counts[k]}" for k in CODES))
    if problems:
        print("\n".join("PROBLEM " + x for x in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
