#!/usr/bin/env python3
"""Verify the set: labels, edits, and the arithmetic of every draft.

Standard library only.  Numbers are Decimal; a stated value with d decimals is
consistent with a computed value c when |c - v| <= 0.5 * 10**-d (+1e-9), rules.md §8.
For every clean draft all checks must pass; for every error case the labelled code
must fail and no other error-level code may fail.  Prints OK at the end.
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
import build  # noqa: E402  (edit list only; build.main() is not run)

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
EPS = D("1e-9")


# ---------------------------------------------------------------- helpers
def dec(s):
    return D(str(s).replace(",", ""))


def tol(s):
    s = str(s).replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    return D("0.5") * (D(10) ** -d) + EPS


def close(stated, computed):
    """stated: string as written; computed: Decimal."""
    return abs(dec(stated) - computed) <= tol(stated)


def same(a, b):
    return dec(a) == dec(b)


def grade_of(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checker:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.results = []  # (code, ok, message)

    def one(self, pat):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != 1:
            raise AssertionError(f"pattern matched {len(ms)} times: {pat}")
        return ms[0]

    def chk(self, code, ok, msg):
        assert code in CODES, code
        self.results.append((code, bool(ok), msg))

    # relations
    def sum_eq(self, code, total, parts, msg):
        s = sum(dec(p) for p in parts)
        self.chk(code, close(total, s), f"{msg}: {' + '.join(map(str, parts))} = {s} vs {total}")

    def rate_eq(self, code, rate, num, den, msg):
        c = dec(num) / dec(den) * 100
        self.chk(code, close(rate, c), f"{msg}: {num}/{den} = {c:.4f}% vs {rate}%")

    def eq(self, code, a, b, msg):
        self.chk(code, same(a, b), f"{msg}: {a} vs {b}")

    def pct_ok(self, value, msg):
        self.chk("implausible_rate", D(0) <= dec(value) <= 100, f"{msg}: {value}% within [0,100]")

    def money_pair(self, stated_num, stated_unit, expected_wan, msg):
        """A 元/万元 amount that should equal expected_wan (万元).  A mismatch reconciled
        exactly by a factor 10^4 is a unit error, otherwise a conflict."""
        v = dec(stated_num) / 10000 if stated_unit == "元" else dec(stated_num)
        if v == dec(expected_wan):
            self.chk("conflicting_values", True, msg)
            self.chk("unit_mismatch", True, msg)
            return
        for f in (D(10000), D("0.0001")):
            if v * f == dec(expected_wan) or v / f == dec(expected_wan):
                self.chk("unit_mismatch", False, f"{msg}: {stated_num}{stated_unit} off by 10^4 from {expected_wan}万元")
                return
        self.chk("conflicting_values", False, f"{msg}: {stated_num}{stated_unit} vs {expected_wan}万元")

    def grade(self, total, g, msg):
        self.chk("grade_mismatch", GRADE_NORM.get(g) == grade_of(total), f"{msg}: {total} -> {grade_of(total)} vs {g}")

    def codes_failed(self):
        return sorted({c for c, ok, _ in self.results if not ok})


# ---------------------------------------------------------------- indicator tables
NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"


def parse_target(s):
    s = s.strip()
    if re.search(r"\d{4}年\d+月\d+日", s):
        return ("date", None, None, s)
    m = re.match(r"^(≥|≤|=|＞|＜)?\s*" + NUM + r"\s*(.*)$", s)
    if not m:
        return ("qual", None, None, s)
    d = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return (d, dec(m.group(2)), m.group(3).strip(), m.group(2))


def parse_actual(s):
    s = s.strip()
    if re.search(r"\d{4}年\d+月\d+日", s):
        return ("date", None, s)
    m = re.match(r"^" + NUM + r"\s*(.*)$", s)
    if not m:
        return ("qual", None, s)
    return ("num", dec(m.group(1)), m.group(2).strip())


def completion(direction, T, A):
    if direction == "lte":
        return D(100) if A <= T else T / A * 100
    if T == 0:
        return None
    return A / T * 100


def table_rows(text, sep, header_key="三级指标"):
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if header_key in l and sep in l and l.startswith("一级指标"))
    header = lines[start].split(sep)
    rows, total = [], None
    for l in lines[start + 1:]:
        if not l.strip() or sep not in l:
            break
        cells = l.split(sep)
        if cells[0].startswith(("合计", "总分")):
            total = cells
            break
        rows.append(dict(zip(header, cells)))
    return header, rows, total


def check_indicator_table(c, text, sep, exec_weight, exec_score, col):
    """col: names of the columns (target, actual, completion or None, weight, score)."""
    header, rows, total = table_rows(text, sep)
    wsum, ssum = dec(exec_weight), dec(exec_score)
    for r in rows:
        name = r["三级指标"]
        w, s = dec(r[col["weight"]]), dec(r[col["score"]])
        wsum += w
        ssum += s
        c.chk("score_exceeds_weight", D(0) <= s <= w, f"{name}: score {s} within [0, {w}]")
        tg = parse_target(r[col["target"]])
        ac = parse_actual(r[col["actual"]])
        if tg[0] == "date":
            c.chk("unit_mismatch", ac[0] == "date", f"{name}: date target, actual {r[col['actual']]}")
            for y in re.findall(r"(\d{4})年", r[col["target"]] + r[col["actual"]]):
                c.chk("year_mismatch", int(y) == c.year, f"{name}: date year {y}")
            continue
        if tg[0] == "qual":
            continue
        unit_ok = ac[0] == "num" and ac[2] == tg[2]
        c.chk("unit_mismatch", unit_ok, f"{name}: target unit {tg[2]!r}, actual {r[col['actual']]!r}")
        if ac[0] == "num" and ac[2] in ("%",):
            c.pct_ok(str(ac[1]), f"{name}: actual")
        if col.get("completion") and unit_ok:
            cs = r[col["completion"]].strip()
            comp = completion(tg[0], tg[1], ac[1])
            if cs in ("—", "-", ""):
                c.chk("completion_mismatch", comp is None, f"{name}: completion left blank")
            else:
                c.chk("completion_mismatch", comp is not None and close(cs.rstrip("%"), comp),
                      f"{name}: completion {comp} vs {cs}")
    nums = [x for x in total if re.fullmatch(NUM, x.strip())]
    tw, ts = nums[0], nums[1]
    c.chk("weight_sum_mismatch", wsum == dec(tw) == 100, f"table weights {wsum} vs {tw} (100)")
    c.chk("score_sum_mismatch", close(ts, ssum), f"table scores {ssum} vs {ts}")
    return rows, tw, ts, total


def row(rows, name):
    m = [r for r in rows if r["三级指标"] == name]
    assert len(m) == 1, name
    return m[0]


def actual_num(r, key="实际完成值"):
    return re.match(NUM, r[key].strip()).group(1)


def target_num(r, key="年度指标值"):
    return re.search(NUM, r[key]).group(1)


def funds_block(c, text, sep):
    """MOF funds block: 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金."""
    def cells(label):
        m = c.one(r"^" + label + sep + r"(.*)$")
        return [x.strip() for x in m.group(1).split(sep)]
    tot = cells("年度资金总额")
    fis = cells("其中：当年财政拨款")
    car = cells("上年结转资金")
    oth = cells("其他资金")
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        c.sum_eq("sum_mismatch", tot[i], [fis[i], car[i], oth[i]], f"funds block {col}")
    weight, rate, score = tot[3], tot[4].rstrip("%"), tot[5]
    c.rate_eq("rate_mismatch", rate, tot[2], tot[1], "funds block 执行率")
    c.pct_ok(rate, "funds block 执行率")
    c.chk("score_exceeds_weight", D(0) <= dec(score) <= dec(weight), f"execution score {score} <= {weight}")
    return {"initial": tot[0], "annual": tot[1], "spent": tot[2], "weight": weight, "rate": rate,
            "score": score, "fiscal_annual": fis[1], "fiscal_spent": fis[2], "carry_annual": car[1],
            "carry_spent": car[2]}


# ---------------------------------------------------------------- projects
def p_yulin(t):
    c = Checker(t, 2019)
    c.eq("year_mismatch", c.one(r"^玉林市中心血站\n(\d{4})年度").group(1), 2019, "title year")
    c.eq("year_mismatch", c.one(r"开展(\d{4})年度市本级项目支出").group(1), 2019, "notice year")
    # goals
    g = c.one(r"全年无偿献血不少于(\d+)人次，集中宣传活动不少于(\d+)场，培训志愿者不少于(\d+)人次，千人口献血率达到([\d.]+)‰以上，献血者满意度不低于(\d+)%")
    # last year's figures
    m = c.one(r"(\d{4})年度项目预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，当年自评得分([\d.]+)分")
    c.eq("year_mismatch", m.group(1), 2018, "previous year")
    c.rate_eq("rate_mismatch", m.group(4), m.group(3), m.group(2), "2018 执行率")
    # funds
    a = c.one(r"年初市本级财政安排项目预算([\d.]+)万元").group(1)
    b = c.one(r"下达无偿献血宣传补助([\d.]+)万元").group(1)
    annual = c.one(r"调整后全年预算为([\d.]+)万元").group(1)
    c.sum_eq("sum_mismatch", annual, [a, b], "全年预算 = 年初 + 追加")
    spent = c.one(r"全年实际支出([\d.]+)万元，其中").group(1)
    parts = c.one(r"宣传物料设计制作([\d.]+)万元，媒体公益宣传投放([\d.]+)万元，献血者纪念品及招募活动([\d.]+)万元，志愿者培训及服务补助([\d.]+)万元")
    c.sum_eq("sum_mismatch", spent, parts.groups(), "支出构成")
    gm = c.one(r"纪念品采购([\d.]+)万元，共([\d,]+)份，平均单价([\d.]+)元/份；其余([\d.]+)万元")
    c.sum_eq("sum_mismatch", parts.group(3), [gm.group(1), gm.group(4)], "纪念品及招募活动")
    c.chk("average_mismatch", close(gm.group(3), dec(gm.group(1)) * 10000 / dec(gm.group(2))), "纪念品平均单价")
    bal = c.one(r"年末结余([\d.]+)万元").group(1)
    c.chk("balance_mismatch", close(bal, dec(annual) - dec(spent)), f"结余 {annual}-{spent} vs {bal}")
    c.chk("year_mismatch", int(c.one(r"结转至(\d{4})年").group(1)) > 2019, "carry-over goes to a later year")
    ex = c.one(r"（一）预算执行情况（分值(\d+)分）\n全年预算([\d.]+)万元，实际支出([\d.]+)万元，预算执行率([\d.]+)%，按执行率计分，本项得([\d.]+)分")
    ew, eb, es, er, esc = ex.groups()
    c.eq("conflicting_values", eb, annual, "执行 paragraph budget")
    c.eq("conflicting_values", es, spent, "执行 paragraph spending")
    c.rate_eq("rate_mismatch", er, es, eb, "预算执行率")
    c.pct_ok(er, "预算执行率")
    c.chk("score_exceeds_weight", dec(esc) <= dec(ew), "execution score")
    # table
    rows, tw, ts, _ = check_indicator_table(c, t, "｜", ew, esc, {"target": "年度指标值", "actual": "实际完成值",
                                                                  "weight": "分值", "score": "得分"})
    r_don = row(rows, "无偿献血人次")
    for nm, v in (("无偿献血人次", g.group(1)), ("集中宣传活动场次", g.group(2)), ("献血志愿者培训人次", g.group(3)),
                  ("千人口献血率", g.group(4)), ("献血者满意度", g.group(5))):
        c.eq("conflicting_values", target_num(row(rows, nm)), v, f"goal vs table target {nm}")
    c.eq("conflicting_values", actual_num(row(rows, "献血者纪念品采购单价")), gm.group(3), "纪念品单价 text vs table")
    # outcomes
    m = c.one(r"(\d{4})年全市无偿献血约([\d.]+)万人次，比(\d{4})年的([\d,]+)人次增长([\d.]+)%")
    c.eq("year_mismatch", m.group(1), 2019, "outcome year")
    c.eq("year_mismatch", m.group(3), 2018, "comparison year")
    total = actual_num(r_don)  # the exact count is given in the table only
    c.chk("conflicting_values", close(m.group(2), dec(total) / 10000), "约…万人次 text vs table")
    c.rate_eq("rate_mismatch", m.group(5), dec(total) - dec(m.group(4)), m.group(4), "同比增长")
    m2 = c.one(r"其中团体献血([\d,]+)人次，占([\d.]+)%；街头及献血屋献血([\d,]+)人次")
    c.sum_eq("sum_mismatch", total, [m2.group(1), m2.group(3)], "团体 + 街头")
    c.rate_eq("rate_mismatch", m2.group(2), m2.group(1), total, "团体献血占比")
    m3 = c.one(r"全年采集全血([\d,]+)单位，折合([\d,]+)升，人均献血([\d.]+)单位")
    c.eq("conflicting_values", dec(m3.group(1)) * D("0.2"), m3.group(2), "units x 200 ml")
    c.chk("average_mismatch", close(m3.group(3), dec(m3.group(1)) / dec(total)), "人均献血")
    m4 = c.one(r"常住人口([\d.]+)万人计算，千人口献血率为([\d.]+)‰")
    c.chk("rate_mismatch", close(m4.group(2), dec(total) / (dec(m4.group(1)) * 10)), "千人口献血率")
    c.eq("conflicting_values", m4.group(2), actual_num(row(rows, "千人口献血率")), "千人口 text vs table")
    c.eq("conflicting_values", c.one(r"组织集中宣传活动(\d+)场").group(1), actual_num(row(rows, "集中宣传活动场次")), "宣传场次")
    c.eq("conflicting_values", c.one(r"媒体刊发报道(\d+)篇").group(1), actual_num(row(rows, "媒体宣传报道篇数")), "报道篇数")
    c.eq("conflicting_values", c.one(r"全年培训(\d+)人次").group(1), actual_num(row(rows, "献血志愿者培训人次")), "培训人次")
    c.eq("conflicting_values", c.one(r"固定献血者占比([\d.]+)%，低于").group(1), actual_num(row(rows, "固定献血者占比")), "固定献血者占比")
    con = c.one(r"本项目自评得分([\d.]+)分，评价等级为(\S)")
    c.eq("conflicting_values", con.group(1), ts, "total text vs table")
    c.grade(con.group(1), con.group(2), "conclusion")
    c.chk("year_mismatch", int(c.one(r"^(\d{4})年\d+月\d+日\s*\Z").group(1)) >= 2019, "report date")
    return c


def p_bijie(t):
    c = Checker(t, 2021)
    c.eq("year_mismatch", c.one(r"^(\d{4})年度绩效自评报告").group(1), 2021, "title year")
    c.eq("year_mismatch", c.one(r"^附表：项目支出绩效自评表（(\d{4})年度）").group(1), 2021, "table year")
    c.eq("year_mismatch", c.one(r"^(\d{4})年安排流动采血车购置项目|，(\d{4})年安排流动采血车购置项目").group(0)[1:5], 2021, "project year")
    src = c.one(r"项目资金共([\d.]+)万元，其中中央财政医疗服务与保障能力提升补助资金([\d.]+)万元（于(\d{4})年12月提前下达），省级补助资金([\d.]+)万元，市级配套资金([\d.]+)万元")
    total, cen, adv, prov, muni = src.groups()
    c.sum_eq("sum_mismatch", total, [cen, prov, muni], "资金来源")
    c.eq("year_mismatch", adv, 2020, "advance issued in the December before")
    fb = funds_block(c, t, "\t")
    c.eq("conflicting_values", fb["annual"], total, "全年预算 table vs text")
    c.eq("conflicting_values", fb["initial"], fb["annual"], "未调整: 年初 = 全年")
    m = c.one(r"截至(\d{4})年12月31日，项目实际支出([\d.]+)万元")
    c.eq("year_mismatch", m.group(1), 2021, "截至 year")
    spent = m.group(2)
    c.eq("conflicting_values", spent, fb["spent"], "支出 text vs table")
    v = c.one(r"流动采血车购置([\d.]+)万元。经公开招标，(\d)辆采血车中标单价([\d.]+)万元，合同金额(\d+)(万元|元)")
    veh, n, unit_price, contract, cu = v.groups()
    c.eq("sum_mismatch", dec(n) * dec(unit_price), veh, "2 x 单价")
    c.money_pair(contract, cu, veh, "合同金额")
    e = c.one(r"车载采血设备([\d.]+)万元，其中采血秤(\d+)台，单价(\d+)元，计([\d.]+)万元；热合机(\d+)台，单价(\d+)元，计([\d.]+)万元；血压计、储血冰箱等其他车载用品([\d.]+)万元")
    eq_tot, n1, p1, s1, n2, p2, s2, rest = e.groups()
    c.eq("sum_mismatch", dec(n1) * dec(p1) / 10000, s1, "采血秤")
    c.eq("sum_mismatch", dec(n2) * dec(p2) / 10000, s2, "热合机")
    c.sum_eq("sum_mismatch", eq_tot, [s1, s2, rest], "车载设备")
    term = c.one(r"车载献血信息管理终端([\d.]+)万元").group(1)
    c.sum_eq("sum_mismatch", spent, [veh, eq_tot, term], "支出明细")
    s = c.one(r"分别支出([\d.]+)万元和([\d.]+)万元；市级配套资金支出([\d.]+)万元，执行率([\d.]+)%。市级资金结余([\d.]+)万元")
    sc, sp, sm, rm, bm = s.groups()
    c.eq("conflicting_values", sc, cen, "中央资金全部支出")
    c.eq("conflicting_values", sp, prov, "省级资金全部支出")
    c.sum_eq("sum_mismatch", spent, [sc, sp, sm], "支出按来源")
    c.rate_eq("rate_mismatch", rm, sm, muni, "市级执行率")
    c.chk("balance_mismatch", close(bm, dec(muni) - dec(sm)), "市级结余")
    c.chk("balance_mismatch", close(bm, dec(total) - dec(spent)), "项目结余")
    c.eq("year_mismatch", c.one(r"已于(\d{4})年1月按规定交回").group(1), 2022, "balance returned next January")
    rows, tw, ts, _ = check_indicator_table(c, t, "\t", fb["weight"], fb["score"],
                                            {"target": "年度指标值", "actual": "实际完成值", "completion": "完成率",
                                             "weight": "分值", "score": "得分"})
    d = c.one(r"(\d)辆采血车于(\d{4}年\d+月\d+日)交付").group(2)
    c.chk("conflicting_values", d == row(rows, "车辆交付使用时间")["实际完成值"], "交付日期")
    goal = c.one(r"购置流动采血车(\d)辆，单车购置成本不超过(\d+)万元，车辆于(\d{4}年\d+月\d+日)前交付使用，两车合计出车不少于(\d+)天，车上采集全血不少于(\d+)单位，流动采血点覆盖乡镇不少于(\d+)个")
    c.eq("conflicting_values", goal.group(1), target_num(row(rows, "购置流动采血车数量")), "goal vehicles")
    c.eq("conflicting_values", goal.group(2), target_num(row(rows, "单车购置成本")), "goal cost")
    c.chk("conflicting_values", row(rows, "车辆交付使用时间")["年度指标值"].startswith(goal.group(3)), "goal date")
    c.eq("conflicting_values", goal.group(4), target_num(row(rows, "采血车出车天数（两车合计）")), "goal days")
    c.eq("conflicting_values", goal.group(5), target_num(row(rows, "采血车采集全血量")), "goal units")
    c.eq("conflicting_values", goal.group(6), target_num(row(rows, "流动采血点覆盖乡镇数")), "goal towns")
    c.eq("conflicting_values", unit_price, actual_num(row(rows, "单车购置成本")), "单车成本 text vs table")
    c.eq("conflicting_values", c.one(r"单车购置成本([\d.]+)万元，低于").group(1), unit_price, "单车成本 text")
    c.eq("conflicting_values", c.one(r"两车累计出车(\d+)天").group(1), actual_num(row(rows, "采血车出车天数（两车合计）")), "出车天数")
    vu = c.one(r"在车上采集全血(\d+)单位").group(1)
    c.eq("conflicting_values", vu, actual_num(row(rows, "采血车采集全血量")), "车上采血量")
    c.eq("conflicting_values", c.one(r"血液采集合格率([\d.]+)%。").group(1), actual_num(row(rows, "血液采集合格率")), "采集合格率")
    c.eq("conflicting_values", c.one(r"验收合格率(\d+)%").group(1), actual_num(row(rows, "采血车验收合格率")), "验收合格率")
    c.eq("conflicting_values", c.one(r"由原来的\d+个增加到(\d+)个").group(1), actual_num(row(rows, "流动采血点覆盖乡镇数")), "覆盖乡镇")
    gr = c.one(r"全市全年采集全血([\d,]+)单位，较(\d{4})年的([\d,]+)单位增长([\d.]+)%，未达到(\d+)%的预期")
    c.eq("year_mismatch", gr.group(2), 2020, "comparison year")
    c.rate_eq("rate_mismatch", gr.group(4), dec(gr.group(1)) - dec(gr.group(3)), gr.group(3), "采血量增长")
    c.eq("conflicting_values", gr.group(4), actual_num(row(rows, "全市采血量同比增长率")), "增长率 text vs table")
    c.eq("conflicting_values", gr.group(5), target_num(row(rows, "全市采血量同比增长率")), "增长目标")
    c.rate_eq("rate_mismatch", c.one(r"新采血车采血量占全市采血量的([\d.]+)%").group(1), vu, gr.group(1), "新车占比")
    c.eq("conflicting_values", c.one(r"全年临床用血满足率([\d.]+)%").group(1), actual_num(row(rows, "临床用血满足率")), "满足率")
    q = c.one(r"发放(\d+)份，回收有效问卷(\d+)份，有效率([\d.]+)%")
    c.rate_eq("rate_mismatch", q.group(3), q.group(2), q.group(1), "问卷有效率")
    con = c.one(r"本项目自评得分([\d.]+)分，评价等级为(\S)")
    c.eq("conflicting_values", con.group(1), ts, "total text vs table")
    c.grade(con.group(1), con.group(2), "conclusion")
    c.chk("year_mismatch", int(c.one(r"^(\d{4})年\d+月\d+日\s*\Z").group(1)) >= 2021, "report date")
    return c


def p_tianshui(t):
    c = Checker(t, 2022)
    c.eq("year_mismatch", c.one(r"^天水市中心血站(\d{4})年度").group(1), 2022, "title year")
    c.eq("year_mismatch", c.one(r"^项目名称｜[^｜]+｜评价年度｜(\d{4})年").group(1), 2022, "table year")
    fb = funds_block(c, t, "｜")
    a = c.one(r"项目年初预算([\d.]+)万元，其中市级财政安排([\d.]+)万元、省级补助([\d.]+)万元")
    c.sum_eq("sum_mismatch", a.group(1), [a.group(2), a.group(3)], "年初预算来源")
    c.eq("conflicting_values", a.group(1), fb["initial"], "年初 text vs table")
    b = c.one(r"市财政追加预算([\d.]+)万元；另有(\d{4})年结转资金([\d.]+)万元纳入本年使用，全年预算([\d.]+)万元")
    add, cy, carry, annual = b.groups()
    c.eq("year_mismatch", cy, 2021, "carry-over comes from the previous year")
    c.sum_eq("sum_mismatch", annual, [a.group(1), add, carry], "全年预算 = 年初 + 追加 + 结转")
    c.sum_eq("sum_mismatch", fb["fiscal_annual"], [a.group(1), add], "当年财政拨款全年 = 年初 + 追加")
    c.eq("conflicting_values", annual, fb["annual"], "全年 text vs table")
    c.eq("conflicting_values", carry, fb["carry_annual"], "结转 text vs table")
    s = c.one(r"截至(\d{4})年12月31日，项目支出([\d.]+)万元，其中：核酸检测试剂([\d.]+)万元，酶免检测试剂([\d.]+)万元，ALT检测试剂([\d.]+)万元，血型试剂及室内质控品([\d.]+)万元，检测设备维护保养([\d.]+)万元")
    c.eq("year_mismatch", s.group(1), 2022, "截至 year")
    spent, nat = s.group(2), s.group(3)
    c.sum_eq("sum_mismatch", spent, s.groups()[2:], "支出明细")
    c.eq("conflicting_values", spent, fb["spent"], "支出 text vs table")
    bal = c.one(r"年末结余([\d.]+)万元").group(1)
    c.chk("balance_mismatch", close(bal, dec(annual) - dec(spent)), f"结余 {annual}-{spent} vs {bal}")
    c.chk("year_mismatch", int(c.one(r"已按规定结转(\d{4})年使用").group(1)) > 2022, "carry-over to a later year")
    rows, tw, ts, total = check_indicator_table(c, t, "｜", fb["weight"], fb["score"],
                                                {"target": "年度指标值", "actual": "实际完成值", "completion": "完成率",
                                                 "weight": "分值", "score": "得分"})
    c.grade(ts, c.one(r"评价等级：(\S)").group(1), "table grade")
    cnt = actual_num(row(rows, "献血者标本检测量"))
    c.eq("conflicting_values", c.one(r"共检测献血者标本([\d,]+)份").group(1), cnt, "标本量 overview vs table")
    gr = c.one(r"较(\d{4})年的([\d,]+)份增长([\d.]+)%")
    c.eq("year_mismatch", gr.group(1), 2021, "comparison year")
    c.rate_eq("rate_mismatch", gr.group(3), dec(cnt) - dec(gr.group(2)), gr.group(2), "标本量增长")
    u = c.one(r"不合格标本([\d,]+)份，不合格率([\d.]+)%，其中乙肝表面抗原反应性(\d+)份（([\d.]+)%），丙肝抗体反应性(\d+)份，艾滋病抗体抗原反应性(\d+)份，梅毒抗体反应性(\d+)份，ALT不合格(\d+)份，核酸单独反应性(\d+)份")
    c.sum_eq("sum_mismatch", u.group(1), [u.group(i) for i in (3, 5, 6, 7, 8, 9)], "不合格标本构成")
    c.rate_eq("rate_mismatch", u.group(2), u.group(1), cnt, "不合格率")
    c.rate_eq("rate_mismatch", u.group(4), u.group(3), cnt, "HBsAg 不合格率")
    unit_cost = c.one(r"每人份成本([\d.]+)元").group(1)
    c.chk("average_mismatch", close(unit_cost, dec(nat) * 10000 / dec(cnt)), "核酸试剂人份成本")
    c.eq("conflicting_values", unit_cost, actual_num(row(rows, "核酸检测试剂人份成本")), "人份成本 text vs table")
    c.eq("conflicting_values", c.one(r"室间质评(\d+)项，全部合格").group(1), actual_num(row(rows, "参加室间质评项目数")), "质评项目")
    c.eq("conflicting_values", c.one(r"平均在(\d+)小时内发出").group(1), actual_num(row(rows, "标本检测报告时限")), "报告时限")
    w = c.one(r"全年血液报废率([\d.]+)%，主要是冬季脂肪血偏多，超出([\d.]+)%的控制目标，比(\d{4})年的([\d.]+)%上升([\d.]+)个百分点")
    c.eq("conflicting_values", w.group(1), actual_num(row(rows, "血液报废率")), "报废率 text vs table")
    c.eq("conflicting_values", w.group(2), target_num(row(rows, "血液报废率")), "报废率目标")
    c.eq("year_mismatch", w.group(3), 2021, "comparison year")
    c.sum_eq("sum_mismatch", w.group(1), [w.group(4), w.group(5)], "报废率变化")
    k = c.one(r"预算执行率指标得([\d.]+)分，产出、效益和满意度指标合计得([\d.]+)分，自评得分([\d.]+)分")
    c.eq("conflicting_values", k.group(1), fb["score"], "execution score text vs table")
    c.sum_eq("score_sum_mismatch", k.group(2), [r["得分"] for r in rows], "indicator scores")
    c.eq("conflicting_values", k.group(3), ts, "total text vs table")
    c.sum_eq("score_sum_mismatch", k.group(3), [k.group(1), k.group(2)], "total text")
    r = row(rows, "血液报废率")
    c.chk("score_sum_mismatch", close(c.one(r"扣([\d.]+)分").group(1), dec(r["分值"]) - dec(r["得分"])), "扣分")
    c.chk("year_mismatch", int(c.one(r"^(\d{4})年\d+月\d+日\s*\Z").group(1)) >= 2022, "report date")
    return c


def p_jinzhou(t):
    c = Checker(t, 2018)
    c.eq("year_mismatch", c.one(r"^锦州市中心血站(\d{4})年度").group(1), 2018, "title year")
    g = c.one(r"全年采血不少于(\d+)人次，每个献血屋开放不少于(\d+)天，血液采集合格率不低于(\d+)%，每采血人次运行成本控制在(\d+)元以内，献血屋采血量占全市采血量的比例达到(\d+)%以上，献血者满意度达到(\d+)%以上")
    f = c.one(r"(\d{4})年市财政年初批复本项目预算([\d.]+)万元，年内未追加、未调减，资金于年内分三批全部拨付到位，到位率(\d+)%。全年实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.eq("year_mismatch", f.group(1), 2018, "budget year")
    budget, spent, rate = f.group(2), f.group(4), f.group(5)
    c.eq("rate_mismatch", f.group(3), 100, "到位率 (all received)")
    c.rate_eq("rate_mismatch", rate, spent, budget, "预算执行率")
    c.pct_ok(rate, "预算执行率")
    p = c.one(r"房屋租金([\d.]+)万元（三处租赁献血屋每处每年([\d.]+)万元），水电、取暖及物业费([\d.]+)万元，采血设备及空调、冷藏设施维护费([\d.]+)万元，一次性采血耗材([\d.]+)万元，献血者饮品、纪念品等关爱支出([\d.]+)万元")
    c.eq("sum_mismatch", dec(p.group(2)) * 3, p.group(1), "租金 3 x 每处")
    c.sum_eq("sum_mismatch", spent, [p.group(i) for i in (1, 3, 4, 5, 6)], "支出构成")
    bal = c.one(r"年末结余([\d.]+)万元").group(1)
    c.chk("balance_mismatch", close(bal, dec(budget) - dec(spent)), f"结余 {budget}-{spent} vs {bal}")
    c.eq("year_mismatch", c.one(r"已于(\d{4})年1月交回市财政").group(1), 2019, "balance returned next January")
    d = c.one(r"共采血([\d,]+)人次，其中中央大街献血屋([\d,]+)人次、火车站献血屋([\d,]+)人次、凌河献血屋([\d,]+)人次、太和献血屋([\d,]+)人次，平均每个献血屋([\d,]+)人次，比(\d{4})年的([\d,]+)人次增长([\d.]+)%")
    total = d.group(1)
    c.sum_eq("sum_mismatch", total, d.groups()[1:5], "4 个献血屋采血人次")
    c.chk("average_mismatch", close(d.group(6), sum(dec(x) for x in d.groups()[1:5]) / 4), "平均每个献血屋")
    c.eq("year_mismatch", d.group(7), 2017, "comparison year")
    c.rate_eq("rate_mismatch", d.group(9), dec(total) - dec(d.group(8)), d.group(8), "采血人次增长")
    pc = c.one(r"每人次运行成本为([\d.]+)元，较(\d{4})年的")
    c.chk("average_mismatch", close(pc.group(1), dec(spent) * 10000 / dec(total)), "每人次运行成本")
    c.eq("year_mismatch", pc.group(2), 2017, "cost comparison year")
    v = c.one(r"献血屋全年采集全血([\d,]+)单位，平均每人次献血([\d.]+)单位，占全市全年采血量([\d,]+)单位的([\d.]+)%")
    c.chk("average_mismatch", close(v.group(2), dec(v.group(1)) / dec(total)), "平均每人次献血")
    c.rate_eq("rate_mismatch", v.group(4), v.group(1), v.group(3), "献血屋采血量占比")
    o = c.one(r"分别开放(\d+)天、(\d+)天、(\d+)天和(\d+)天，平均开放(\d+)天")
    c.chk("average_mismatch", close(o.group(5), sum(dec(x) for x in o.groups()[:4]) / 4), "平均开放天数")
    sh = c.one(r"比例较(\d{4})年的([\d.]+)%提高了([\d.]+)个百分点")
    c.eq("year_mismatch", sh.group(1), 2017, "share comparison year")
    c.sum_eq("sum_mismatch", v.group(4), [sh.group(2), sh.group(3)], "占比变化")
    ad = c.one(r"发生献血不良反应(\d+)例").group(1)
    fixed = c.one(r"固定献血者([\d,]+)人。").group(1)
    a = c.one(r"年度考核结果为：中央大街献血屋(\d+)分，火车站献血屋(\d+)分，凌河献血屋(\d+)分，太和献血屋(\d+)分")
    full = c.one(r"考核内容包括[^。]*，满分(\d+)分").group(1)
    for x in a.groups():
        c.chk("score_exceeds_weight", D(0) <= dec(x) <= dec(full), f"考核得分 {x} <= {full}")
    # scoring
    sch = c.one(r"本项目满分(\d+)分，其中预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分")
    c.sum_eq("weight_sum_mismatch", sch.group(1), sch.groups()[1:], "scheme weights")
    c.eq("weight_sum_mismatch", sch.group(1), 100, "full marks 100")
    e = c.one(r"（一）预算执行率（(\d+)分）：执行率([\d.]+)%，得([\d.]+)分")
    c.eq("weight_sum_mismatch", e.group(1), sch.group(2), "execution weight")
    c.eq("conflicting_values", e.group(2), rate, "执行率 scoring vs funds")
    c.chk("score_exceeds_weight", dec(e.group(3)) <= dec(e.group(1)), "execution score")
    blocks = {}
    for key, pat in (("out", r"（二）产出指标（(\d+)分）"), ("ben", r"（三）效益指标（(\d+)分）"), ("sat", r"（四）满意度指标（(\d+)分）")):
        blocks[key] = c.one(pat).group(1)
    c.eq("weight_sum_mismatch", blocks["out"], sch.group(3), "产出 block")
    c.eq("weight_sum_mismatch", blocks["ben"], sch.group(4), "效益 block")
    c.eq("weight_sum_mismatch", blocks["sat"], sch.group(5), "满意度 block")
    items = {
        "out": [
            ("采血人次", "gte", r"献血屋采血人次（(\d+)分），目标不少于(\d+)人次，实际([\d,]+)人次，完成率([\d.]+)%，得([\d.]+)分"),
            ("开放天数", "gte", r"献血屋开放天数（(\d+)分），目标每个不少于(\d+)天，实际平均(\d+)天，得([\d.]+)分"),
            ("合格率", "gte%", r"血液采集合格率（(\d+)分），目标不低于(\d+)%，实际([\d.]+)%，得([\d.]+)分"),
            ("成本", "lte", r"每采血人次运行成本（(\d+)分），目标不超过(\d+)元，实际([\d.]+)元，得([\d.]+)分"),
            ("完好率", "gte%", r"设备完好率（(\d+)分），目标不低于(\d+)%，实际为([\d.]+)%，得([\d.]+)分"),
        ],
        "ben": [
            ("占比", "gte%", r"献血屋采血量占全市比例（(\d+)分），目标(\d+)%以上，实际([\d.]+)%，得([\d.]+)分"),
            ("固定", "gte", r"献血屋固定献血者人数（(\d+)分），目标(\d+)人，实际([\d,]+)人，得([\d.]+)分"),
            ("不良反应", "lte%", r"献血不良反应发生率（(\d+)分），目标不高于([\d.]+)%，实际([\d.]+)%，得([\d.]+)分"),
        ],
    }
    got = {}
    sums = {}
    for key, lst in items.items():
        wsum, ssum = D(0), D(0)
        for nm, kind, pat in lst:
            m = c.one(pat)
            gs = m.groups()
            w, tgt, act, sc = gs[0], gs[1], gs[2], gs[-1]
            got[nm] = (tgt, act)
            wsum += dec(w)
            ssum += dec(sc)
            c.chk("score_exceeds_weight", D(0) <= dec(sc) <= dec(w), f"{pat[:8]} score {sc} <= {w}")
            if kind.endswith("%"):
                c.pct_ok(act, pat[:8])
            if len(gs) == 5:  # stated completion
                c.chk("completion_mismatch", close(gs[3], dec(act) / dec(tgt) * 100), f"{pat[:8]} completion")
        sums[key] = (wsum, ssum)
        c.chk("weight_sum_mismatch", wsum == dec(blocks[key]), f"{key} item weights {wsum} vs {blocks[key]}")
    so = c.one(r"产出指标合计得([\d.]+)分").group(1)
    sb = c.one(r"效益指标合计得([\d.]+)分").group(1)
    c.chk("score_sum_mismatch", close(so, sums["out"][1]), "产出 subtotal")
    c.chk("score_sum_mismatch", close(sb, sums["ben"][1]), "效益 subtotal")
    sat = c.one(r"发放问卷(\d+)份，收回有效问卷(\d+)份，献血者满意度([\d.]+)%，低于(\d+)%的目标，得([\d.]+)分")
    c.pct_ok(sat.group(3), "满意度")
    c.chk("score_exceeds_weight", dec(sat.group(5)) <= dec(blocks["sat"]), "满意度 score")
    c.eq("conflicting_values", sat.group(4), g.group(6), "满意度目标")
    tot = c.one(r"本项目自评得分([\d.]+)分，评价等级为(\S)")
    c.sum_eq("score_sum_mismatch", tot.group(1), [e.group(3), so, sb, sat.group(5)], "total")
    c.grade(tot.group(1), tot.group(2), "conclusion")
    # text vs scoring
    c.eq("conflicting_values", got["采血人次"][1], total, "采血人次")
    c.eq("conflicting_values", got["采血人次"][0], g.group(1), "采血人次目标")
    c.eq("conflicting_values", got["开放天数"][1], o.group(5), "开放天数")
    c.eq("conflicting_values", got["开放天数"][0], g.group(2), "开放天数目标")
    c.eq("conflicting_values", got["合格率"][0], g.group(3), "合格率目标")
    c.eq("conflicting_values", got["成本"][1], pc.group(1), "每人次成本")
    c.eq("conflicting_values", got["成本"][0], g.group(4), "成本目标")
    c.eq("conflicting_values", got["占比"][1], v.group(4), "采血量占比")
    c.eq("conflicting_values", got["占比"][0], g.group(5), "占比目标")
    c.eq("conflicting_values", got["固定"][1], fixed, "固定献血者")
    c.rate_eq("rate_mismatch", got["不良反应"][1], ad, total, "不良反应发生率")
    c.eq("year_mismatch", c.one(r"截至(\d{4})年12月31日").group(1), 2018, "截至 year")
    c.chk("year_mismatch", int(c.one(r"^(\d{4})年\d+月\s*\Z").group(1)) >= 2018, "report date")
    return c


def p_ganzhou(t):
    c = Checker(t, 2023)
    c.eq("year_mismatch", c.one(r"^赣州市中心血站(\d{4})年度").group(1), 2023, "title year")
    r = c.one(r"(\d{4})年部门收入合计([\d.]+)万元，其中财政拨款收入([\d.]+)万元，事业收入([\d.]+)万元，其他收入([\d.]+)万元。收入总额较(\d{4})年的([\d.]+)万元增加([\d.]+)万元")
    c.eq("year_mismatch", r.group(1), 2023, "income year")
    c.sum_eq("sum_mismatch", r.group(2), r.groups()[2:5], "收入构成")
    c.eq("year_mismatch", r.group(6), 2022, "income comparison year")
    c.sum_eq("sum_mismatch", r.group(2), [r.group(7), r.group(8)], "收入增加额")
    b = c.one(r"(\d{4})年全年预算([\d.]+)万元，其中基本支出预算([\d.]+)万元，项目支出预算([\d.]+)万元。全年实际支出([\d.]+)万元，部门整体预算执行率([\d.]+)%")
    c.eq("year_mismatch", b.group(1), 2023, "budget year")
    annual, basic_b, proj_b, spent, rate = b.groups()[1:]
    c.sum_eq("sum_mismatch", annual, [basic_b, proj_b], "预算构成")
    c.rate_eq("rate_mismatch", rate, spent, annual, "部门整体执行率")
    c.pct_ok(rate, "部门整体执行率")
    s = c.one(r"基本支出([\d.]+)万元（人员经费([\d.]+)万元，公用经费([\d.]+)万元），执行率([\d.]+)%；项目支出([\d.]+)万元")
    basic_s, pers, pub, basic_r, proj_s = s.groups()
    c.sum_eq("sum_mismatch", basic_s, [pers, pub], "基本支出构成")
    c.rate_eq("rate_mismatch", basic_r, basic_s, basic_b, "基本支出执行率")
    c.sum_eq("sum_mismatch", spent, [basic_s, proj_s], "支出构成")
    bal = c.one(r"年末结余([\d.]+)万元，已按规定结转(\d{4})年使用")
    c.chk("balance_mismatch", close(bal.group(1), dec(annual) - dec(spent)), "结余")
    c.chk("year_mismatch", int(bal.group(2)) > 2023, "carry-over to a later year")
    # project list
    full = c.one(r"各项目均按(百分)制自评")
    rows = [m.groups() for m in re.finditer(r"^(\d)\s+(\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)%\s+([\d.]+)\s+(\S+)\s*$", t, re.M)]
    assert len(rows) == 4, rows
    tot = c.one(r"^\s+合计\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)%")
    for (i, name, bud, exe, rt, sc, gd) in rows:
        c.rate_eq("rate_mismatch", rt, exe, bud, f"项目{i} 执行率")
        c.pct_ok(rt, f"项目{i} 执行率")
        c.chk("score_exceeds_weight", D(0) <= dec(sc) <= 100, f"项目{i} score {sc} <= 100")
        c.grade(sc, gd, f"项目{i}")
    c.sum_eq("sum_mismatch", tot.group(1), [x[2] for x in rows], "项目预算合计")
    c.sum_eq("sum_mismatch", tot.group(2), [x[3] for x in rows], "项目执行合计")
    c.rate_eq("rate_mismatch", tot.group(3), tot.group(2), tot.group(1), "项目合计执行率")
    c.pct_ok(tot.group(3), "项目合计执行率")
    c.eq("conflicting_values", tot.group(1), proj_b, "项目预算 table vs text")
    c.eq("conflicting_values", tot.group(2), proj_s, "项目支出 table vs text")
    c.eq("conflicting_values", c.one(r"血液检测试剂购置项目（全年预算([\d.]+)万元）").group(1),
         [x for x in rows if x[1] == "血液检测试剂购置"][0][2], "检测试剂预算 text vs table")
    # outputs
    d = c.one(r"(\d{4})年全市无偿献血([\d,]+)人次，较(\d{4})年的([\d,]+)人次增长([\d.]+)%；采集全血([\d,]+)单位，人均献血([\d.]+)单位。按全市常住人口([\d.]+)万人计算，千人口献血率([\d.]+)，略低于([\d.]+)的年度目标")
    c.eq("year_mismatch", d.group(1), 2023, "outcome year")
    c.eq("year_mismatch", d.group(3), 2022, "comparison year")
    don = d.group(2)
    c.rate_eq("rate_mismatch", d.group(5), dec(don) - dec(d.group(4)), d.group(4), "献血增长")
    c.chk("average_mismatch", close(d.group(7), dec(d.group(6)) / dec(don)), "人均献血")
    c.chk("rate_mismatch", close(d.group(9), dec(don) / (dec(d.group(8)) * 10)), "千人口献血率")
    vh = c.one(r"分别出车(\d+)天、(\d+)天和(\d+)天，平均每车出车(\d+)天")
    c.chk("average_mismatch", close(vh.group(4), sum(dec(x) for x in vh.groups()[:3]) / 3), "平均出车天数")
    sup = c.one(r"临床用血满足率([\d.]+)%，未发生").group(1)
    sat = c.one(r"用血医院满意度([\d.]+)%。").group(1)
    c.pct_ok(sup, "满足率")
    c.pct_ok(sat, "满意度")
    # scoring
    blocks = [
        (r"1\.投入指标（(\d+)分）：预算执行率（(\d+)分），执行率([\d.]+)%，得([\d.]+)分；预算编制科学性（(\d+)分），得([\d.]+)分；结转结余控制（(\d+)分），得([\d.]+)分。小计([\d.]+)分。",
         [(1, 3), (4, 5), (6, 7)]),
        (r"2\.过程指标（(\d+)分）：资金管理合规性（(\d+)分），得([\d.]+)分；政府采购执行（(\d+)分），得([\d.]+)分；资产管理（(\d+)分），得([\d.]+)分。小计([\d.]+)分。",
         [(1, 2), (3, 4), (5, 6)]),
        (r"3\.产出指标（(\d+)分）：全年采血量（(\d+)分），目标不少于(\d+)单位，实际([\d,]+)单位，得([\d.]+)分；献血人次（(\d+)分），目标不少于(\d+)人次，实际([\d,]+)人次，得([\d.]+)分；核酸检测覆盖率（(\d+)分），目标(\d+)%，实际(\d+)%，得([\d.]+)分；临床用血满足率（(\d+)分），目标不低于(\d+)%，实际([\d.]+)%，得([\d.]+)分。小计([\d.]+)分。",
         [(1, 4), (5, 8), (9, 12), (13, 16)]),
        (r"4\.效益指标（(\d+)分）：千人口献血率（(\d+)分），目标([\d.]+)，实际([\d.]+)，得([\d.]+)分；用血医院满意度（(\d+)分），目标不低于(\d+)%，实际([\d.]+)%，得([\d.]+)分。小计([\d.]+)分。",
         [(1, 4), (5, 8)]),
    ]
    bw, subtotals, ms = D(0), [], []
    for pat, pairs in blocks:
        m = c.one(pat)
        gs = m.groups()
        ms.append(gs)
        bw += dec(gs[0])
        ws = sum(dec(gs[w]) for w, _ in pairs)
        ss = sum(dec(gs[s]) for _, s in pairs)
        c.chk("weight_sum_mismatch", ws == dec(gs[0]), f"block {pat[:6]} weights {ws} vs {gs[0]}")
        for w, s_ in pairs:
            c.chk("score_exceeds_weight", D(0) <= dec(gs[s_]) <= dec(gs[w]), f"{pat[:6]} item score")
        c.chk("score_sum_mismatch", close(gs[-1], ss), f"block {pat[:6]} subtotal {ss} vs {gs[-1]}")
        subtotals.append(gs[-1])
    c.chk("weight_sum_mismatch", bw == 100, f"block weights {bw}")
    c.eq("conflicting_values", ms[0][2], rate, "执行率 scoring vs text")
    c.eq("conflicting_values", ms[2][3], d.group(6), "采血量")
    c.eq("conflicting_values", ms[2][7], don, "献血人次")
    c.eq("conflicting_values", ms[2][15], sup, "满足率")
    c.eq("conflicting_values", ms[3][2], d.group(10), "千人口目标")
    c.eq("conflicting_values", ms[3][3], d.group(9), "千人口实际")
    c.eq("conflicting_values", ms[3][7], sat, "满意度")
    for v in (ms[2][15], ms[3][7]):
        c.pct_ok(v, "scored rate")
    tt = c.one(r"部门整体支出自评得分([\d.]+)分，评价等级为(\S)")
    c.sum_eq("score_sum_mismatch", tt.group(1), subtotals, "total")
    c.grade(tt.group(1), tt.group(2), "department grade")
    c.eq("year_mismatch", c.one(r"本报告数据截至(\d{4})年12月31日").group(1), 2023, "截至 year")
    c.chk("year_mismatch", int(c.one(r"^(\d{4})年\d+月\d+日\s*\Z").group(1)) >= 2023, "report date")
    return c


PROJ = {
    "gx-yulin-xianxuezhaomu-2019": p_yulin,
    "gz-bijie-caixueche-2021": p_bijie,
    "gs-tianshui-xueyejiance-2022": p_tianshui,
    "ln-jinzhou-xianxuewu-2018": p_jinzhou,
    "jx-ganzhou-xuezhan-bumen-2023": p_ganzhou,
}


# ---------------------------------------------------------------- structural checks
def count_fig(text, fig):
    t = text.replace(",", "")
    f = fig.replace(",", "")
    pat = re.escape(f)
    if f[0].isdigit():
        pat = r"(?<![\d.])" + pat
    if f[-1].isdigit():
        pat = pat + r"(?![\d.])"
    return len(re.findall(pat, t))


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(b) - s  # region in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        problems.append("labels.jsonl and cases/ do not list the same files")
    edits = {f"{e[0]}-e{e[1]}.txt": e for e in build.EDITS}
    codes = Counter()
    where = Counter()
    for lab in labels:
        name, pid = lab["case"], lab["source"]
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        try:
            c = PROJ[pid](text)
        except AssertionError as ex:
            problems.append(f"{name}: parse failure: {ex}")
            continue
        failed = c.codes_failed()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with labels")
            if failed:
                msgs = [m for cd, ok, m in c.results if not ok]
                problems.append(f"{name}: clean draft fails {failed}: {msgs}")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        if exp["severity"] != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code} {exp['severity']}")
        if text.count(value) != 1:
            problems.append(f"{name}: value occurs {text.count(value)} times")
        p, q = diff_region(clean, text)
        i = text.find(value)
        if i < 0 or not (i < max(q, p + 1) and p < i + len(value)):
            problems.append(f"{name}: diff region [{p},{q}) does not overlap the value")
        e = edits[name]
        if clean.replace(e[4], e[5], 1) != text:
            problems.append(f"{name}: not exactly the listed edit")
        where[e[3]] += 1
        want = 2 if code == "conflicting_values" else 1
        if count_fig(clean, e[7]) != want:
            problems.append(f"{name}: figure {e[7]!r} occurs {count_fig(clean, e[7])} times in the clean draft (want {want})")
        if failed != [code]:
            msgs = [m for cd, ok, m in c.results if not ok]
            problems.append(f"{name}: labelled {code}, checks fail {failed}: {msgs}")
    for cd in CODES:
        if codes[cd] < 2:
            problems.append(f"code {cd} used {codes[cd]} times")
    for pid in PROJ:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        if not (2800 <= len(clean) <= 3400):
            problems.append(f"{pid}: clean draft has {len(clean)} characters")
        c = PROJ[pid](clean)
        print(f"{pid}: {len(clean)} chars, {len(c.results)} checks")
    print("codes:", dict(sorted(codes.items())))
    print("where:", dict(where))
    if problems:
        print("\n".join("FAIL " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
