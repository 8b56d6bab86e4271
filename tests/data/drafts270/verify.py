#!/usr/bin/env python3
"""Check drafts270: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits 1 with the list of failures otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAIL = []


def check(cond, msg):
    if not cond:
        FAIL.append(msg)


def r(x, d=2):
    return D(x).quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def pct(a, b, d=2):
    return r(D(a) / D(b) * 100, d)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


SEP = r"[\s｜|]+"


def has(text, s, pid):
    check(s in text, f"{pid}: expected text missing: {s!r}")


def row(text, cells, pid):
    """cells in textual order, separated by whitespace / table bars (blank cells skipped)."""
    pat = SEP.join(re.escape(c) for c in cells)
    check(re.search(pat, text) is not None, f"{pid}: table row not found: {cells}")


def score_gte(w, target, actual):
    w, t, a = D(w), D(target), D(actual)
    return r(w) if a >= t else r(w * a / t)


def indicator_block(text, pid, rows, exec_row, total, order):
    """rows: (name, target_str, actual_str, weight, score, kind, t, a[, completion_str]);
    kind 'gte' numbers t/a, 'met' (lte met, eq met, dates), 'qual' (score taken as given within bands)."""
    weights = [D(exec_row["weight"])] + [D(x[3]) for x in rows]
    scores = [D(exec_row["score"])] + [D(x[4]) for x in rows]
    check(sum(weights) == 100, f"{pid}: weights add to {sum(weights)}")
    check(sum(scores) == D(total), f"{pid}: scores add to {sum(scores)}, total {total}")
    for x in rows:
        name, ts, as_, w, s, kind = x[:6]
        check(D(0) <= D(s) <= D(w), f"{pid}: {name} score {s} outside [0,{w}]")
        if kind == "gte":
            t, a = x[6], x[7]
            check(r(D(s)) == score_gte(w, t, a), f"{pid}: {name} score {s} ≠ {score_gte(w, t, a)}")
            if len(x) > 8:
                check(x[8] == f"{pct(a, t)}%", f"{pid}: {name} completion {x[8]} ≠ {pct(a, t)}%")
        elif kind == "met":
            check(D(s) == D(w), f"{pid}: {name} met but not full marks")
            if len(x) > 6:
                check(x[6] == "100.00%", f"{pid}: {name} completion {x[6]}")
        elif kind == "qual":
            ratio = D(s) / D(w)
            check(D("0.6") <= ratio <= 1, f"{pid}: {name} qualitative score {s}/{w} outside the bands used")
        cells = [name, ts, as_, w, s] if order == "tasw" else [name, w, ts, as_] + ([x[8]] if kind == "gte" and len(x) > 8 else [x[6]] if kind == "met" and len(x) > 6 else []) + [s]
        row(text, cells, pid)


def exec_score(spent, budget, w=10):
    return r(D(w) * min(D(spent) / D(budget), D(1)))


# ---------------------------------------------------------------- P1
def p1(text):
    pid = "sd-lanling-shixunjidi-2021"
    init = {"prov": D("200.00"), "county": D("60.00")}
    annual = {"prov": D("240.00"), "county": D("60.00")}
    recv = dict(annual)
    spent = {"prov": D("230.40"), "county": D("57.00")}
    ti, ta, tr, ts = (sum(x.values()) for x in (init, annual, recv, spent))
    check((ti, ta, tr, ts) == (D("260.00"), D("300.00"), D("300.00"), D("287.40")), f"{pid}: fund totals")
    check(ta - ti == D("40.00"), f"{pid}: adjustment")
    bal = {k: recv[k] - spent[k] for k in recv}
    check(bal == {"prov": D("9.60"), "county": D("3.00")} and tr - ts == D("12.60"), f"{pid}: balances")
    check(pct(spent["prov"], annual["prov"]) == D("96.00") and pct(spent["county"], annual["county"]) == D("95.00")
          and pct(ts, ta) == D("95.80"), f"{pid}: execution rates")
    check(pct(tr, ta, 0) == 100, f"{pid}: 到位率")
    for s in ["年初预算260.00万元", "省级资金200.00万元（2020年12月提前下达）", "县级配套资金60.00万元",
              "追加实训基地建设资金40.00万元", "全年预算300.00万元", "到位率100%", "全年执行287.40万元",
              "预算执行率95.80%，结余12.60万元", "省级资金执行230.40万元，县级资金执行57.00万元",
              "结余的12.60万元", "结转2022年", "得9.58分"]:
        has(text, s, pid)
    for cells in (["(1)", "260.00", "260.00", "200.00", "60.00"], ["(2)", "300.00", "300.00", "240.00", "60.00"],
                  ["(3)", "300.00", "300.00", "240.00", "60.00"], ["(4)", "287.40", "287.40", "230.40", "57.00"],
                  ["(5)=(3)-(4)", "12.60", "12.60", "0", "9.60", "0", "3.00", "0", "0"],
                  ["(6)=(3)/(2)", "100", "100", "0", "100", "0", "100", "0", "0"],
                  ["(7)=(4)/(2)", "95.80", "95.80", "0", "96.00", "0", "95.00", "0", "0"]):
        row(text, cells, pid)
    # sub-items and shares
    parts = [D("186.00"), D("74.20"), D("27.20")]
    check(sum(parts) == ts, f"{pid}: spending parts")
    check(pct(parts[0], ts) == D("64.72"), f"{pid}: share")
    has(text, "数控实训车间设备购置186.00万元、汽修实训室改造74.20万元、虚拟仿真实训软件27.20万元，合计287.40万元", pid)
    has(text, "占全年执行数的64.72%", pid)
    check(56 + 40 + 32 == 128 and pct(128, 120) == D("106.67"), f"{pid}: work stations")
    has(text, "新增实训工位128个，其中数控实训车间56个、汽修实训室40个、虚拟仿真实训室32个，完成率106.67%", pid)
    tr_ = [720, 560, 340]
    check(sum(tr_) == 1620 and D(sum(tr_)) / 3 == 540 and pct(1620, 1500) == D("108.00"), f"{pid}: training")
    has(text, "全年开展学生实训1620人次，其中数控实训车间720人次、汽修实训室560人次、虚拟仿真实训室340人次，平均每个实训室540人次，完成率108.00%", pid)
    check(pct(205, 250, 0) == 82 and 85 - 82 == 3, f"{pid}: certificates")
    has(text, "组织250名学生参加", pid)
    has(text, "取得证书205人，证书获取率82%，比年度指标值85%低3个百分点，得9.65分", pid)
    check(pct(187, 200, 1) == D("93.5"), f"{pid}: survey")
    has(text, "发放问卷200份，表示满意的187份，满意度93.5%", pid)
    ex = {"weight": "10", "score": "9.58"}
    check(exec_score(ts, ta) == D("9.58"), f"{pid}: execution score")
    row(text, ["预算执行率", "10", "100%", "95.80%", "95.80%", "9.58"], pid)
    rows = [
        ("新增实训工位数", "≥120个", "128个", "10", "10", "gte", 120, 128, "106.67%"),
        ("购置数控实训设备数量", "≥24台（套）", "24台（套）", "10", "10", "gte", 24, 24, "100.00%"),
        ("设备验收合格率", "100%", "100%", "10", "10", "met", "100.00%"),
        ("项目完工时间", "2021年10月31日前", "2021年9月28日", "10", "10", "met", "100.00%"),
        ("设备购置成本", "≤190万元", "186.00万元", "10", "10", "met", "100.00%"),
        ("年学生实训人次", "≥1500人次", "1620人次", "10", "10", "gte", 1500, 1620, "108.00%"),
        ("学生技能等级证书获取率", "≥85%", "82%", "10", "9.65", "gte", 85, 82, "96.47%"),
        ("实训设备使用年限", "≥8年", "8年", "10", "10", "gte", 8, 8, "100.00%"),
        ("学生满意度", "≥90%", "93.5%", "10", "10", "gte", 90, D("93.5"), "103.89%"),
    ]
    indicator_block(text, pid, rows, ex, "99.23", "wtac")
    check(D("10") * 5 == 50 and D("10") + D("9.65") + D("10") == D("29.65"), f"{pid}: level sums")
    has(text, "产出指标得50分", pid)
    has(text, "效益指标得29.65分", pid)
    row(text, ["合计", "100", "99.23"], pid)
    check(grade("99.23") == "优", f"{pid}: grade")
    has(text, "自评得分99.23分，等级为优秀", pid)


# ---------------------------------------------------------------- P2
def p2(text):
    pid = "gd-xinyi-xuetuzhi-2022"
    budget, prov, city, spent = D("80.00"), D("60.00"), D("20.00"), D("76.52")
    check(prov + city == budget, f"{pid}: sources")
    check(pct(spent, budget) == D("95.65") and budget - spent == D("3.48"), f"{pid}: rate/balance")
    check(exec_score(spent, budget) == D("9.57"), f"{pid}: execution score")
    for s in ["2022年项目预算80.00万元", "省级现代学徒制试点专项资金60.00万元（2021年12月提前下达）",
              "市级配套资金20.00万元", "到位率100%", "全年实际支出76.52万元，预算执行率95.65%，结余3.48万元",
              "结转至2023年", "结余的3.48万元"]:
        has(text, s, pid)
    row(text, ["年度资金总额", "80.00", "80.00", "76.52", "10", "95.65%", "9.57"], pid)
    row(text, ["其中：当年财政拨款", "80.00", "80.00", "76.52"], pid)
    row(text, ["上年结转资金", "0.00", "0.00", "0.00"], pid)
    check(24 * 12000 == 288000 and 126 * 2000 == 252000, f"{pid}: per-unit amounts")
    parts = [D("28.80"), D("25.20"), D("12.30"), D("10.22")]
    check(sum(parts) == spent, f"{pid}: spending parts")
    has(text, "企业师傅带徒津贴28.80万元（24名师傅，每人每年12000元）；学徒岗位补贴及意外伤害保险25.20万元（126人，每人2000元）；校企联合课程与教材开发12.30万元；教学管理与考核评价10.22万元", pid)
    check(68 + 58 == 126 and 52 + 41 + 33 == 126 and D(126) / 3 == 42, f"{pid}: apprentices")
    has(text, "培养学徒126人（电子技术应用68人、汽车运用与维修58人）", pid)
    has(text, "分别接收学徒52人、41人、33人，平均每家42人", pid)
    check(18 * 5 + 6 * 6 == 126, f"{pid}: 5 to 6 apprentices per master")
    check(pct(116, 126, 1) == D("92.1") and pct(82, 126, 1) == D("65.1"), f"{pid}: pass/retention")
    has(text, "合格116人，合格率92.1%", pid)
    has(text, "留用82人，留用率65.1%", pid)
    check(pct(19, 20, 0) == 95 and pct(115, 126, 1) == D("91.3"), f"{pid}: satisfaction")
    has(text, "发放问卷20份，满意19份，满意度95%", pid)
    has(text, "回收有效问卷126份，满意115份，满意度91.3%", pid)
    ex = {"weight": "10", "score": "9.57"}
    rows = [
        ("试点专业数", "=2个", "2个", "10", "10", "gte", 2, 2),
        ("学徒培养人数", "≥120人", "126人", "10", "10", "gte", 120, 126),
        ("企业师傅人数", "≥20名", "24名", "5", "5", "gte", 20, 24),
        ("校企联合开发课程", "≥6门", "5门", "10", "8.33", "gte", 6, 5),
        ("学徒岗位考核合格率", "≥90%", "92.1%", "10", "10", "gte", 90, D("92.1")),
        ("资金拨付及时率", "100%", "100%", "5", "5", "met"),
        ("合作企业学徒留用率", "≥60%", "65.1%", "15", "15", "gte", 60, D("65.1")),
        ("校企合作协议期限", "≥3年", "3年", "15", "15", "gte", 3, 3),
        ("合作企业满意度", "≥90%", "95%", "5", "5", "gte", 90, 95),
        ("学徒满意度", "≥90%", "91.3%", "5", "5", "gte", 90, D("91.3")),
    ]
    indicator_block(text, pid, rows, ex, "97.90", "tasw")
    prod = sum(D(x[4]) for x in rows[:6])
    check(prod == D("48.33") and sum(D(x[3]) for x in rows[:6]) == 50, f"{pid}: 产出 level")
    check(sum(D(x[4]) for x in rows[6:8]) == 30 and sum(D(x[4]) for x in rows[8:]) == 10, f"{pid}: levels")
    has(text, "预算执行率10分、产出指标50分、效益指标30分、满意度指标10分", pid)
    has(text, "预算执行率得分9.57分、产出指标得分48.33分、效益指标得分30分、满意度指标得分10分，自评总分97.90分，评价等级为优秀", pid)
    row(text, ["总分", "100", "97.90"], pid)
    check(grade("97.90") == "优", f"{pid}: grade")
    has(text, "自评等级\t优", pid)


# ---------------------------------------------------------------- P3
def p3(text):
    pid = "hb-zaoyang-mianxuefei-2018"
    std = D("0.1")  # 万元 per student per term (1000元)
    spring = {"center": 3020, "xinhua": 1130}
    autumn_q = {"center": 3150, "xinhua": 1160}
    drop = {"center": 90, "xinhua": 44}
    autumn = {k: autumn_q[k] - drop[k] for k in autumn_q}
    check(sum(spring.values()) == 4150 and sum(autumn_q.values()) == 4310 and sum(drop.values()) == 134
          and sum(autumn.values()) == 4176 and autumn == {"center": 3060, "xinhua": 1116}, f"{pid}: students")
    alloc = {k: (spring[k] + autumn_q[k]) * std for k in spring}
    spent = {k: (spring[k] + autumn[k]) * std for k in spring}
    check(alloc == {"center": D("617.0"), "xinhua": D("229.0")} and spent == {"center": D("608.0"), "xinhua": D("224.6")},
          f"{pid}: school amounts")
    check(pct(spent["center"], alloc["center"]) == D("98.54") and pct(spent["xinhua"], alloc["xinhua"]) == D("98.08"),
          f"{pid}: school rates")
    annual, init, carry = D("846.00"), D("820.00"), D("20.00")
    cur_annual, cur_init = D("826.00"), D("800.00")
    total_spent = sum(spent.values())
    check(sum(alloc.values()) == annual and total_spent == D("832.60"), f"{pid}: totals")
    check(D("578.20") + D("165.20") + D("82.60") == cur_annual and cur_annual + carry == annual
          and cur_init + carry == init and annual - init == D("26.00"), f"{pid}: sources")
    check(4150 * std == D("415.0") and 4176 * std == D("417.6") and D("415.00") + D("417.60") == total_spent,
          f"{pid}: per-term payments")
    check(pct(total_spent, annual) == D("98.42") and annual - total_spent == D("13.40")
          and alloc["center"] - spent["center"] == D("9.00") and alloc["xinhua"] - spent["xinhua"] == D("4.40"),
          f"{pid}: rate/balance")
    check(exec_score(total_spent, annual) == D("9.84"), f"{pid}: execution score")
    check(4150 + 4176 == 8326 and D(8326) / 2 == 4163 and 4200 - 4176 == 24, f"{pid}: outputs")
    for s in ["全年预算846.00万元，其中当年下达826.00万元（中央资金578.20万元、省级资金165.20万元、市级资金82.60万元），上年结转20.00万元",
              "2017年该项目结转资金20.00万元", "申报免学费补助资金预算820.00万元（含上年结转20.00万元）", "据实调增26.00万元",
              "全年到位846.00万元，到位率100%",
              "春季学期补助学生4150人（职业教育中心3020人、新华职校1130人），拨付资金415.00万元",
              "秋季学期核定补助学生4310人，学期中退学、转学134人，据实补助4176人（职业教育中心3060人、新华职校1116人），拨付资金417.60万元",
              "全年共拨付832.60万元，预算执行率98.42%，结余13.40万元",
              "分配资金617.00万元，执行608.00万元，执行率98.54%，结余9.00万元",
              "分配资金229.00万元，执行224.60万元，执行率98.08%，结余4.40万元",
              "共资助中职学生8326人次，全年平均每学期资助4163人", "比年度指标值4200人少24人",
              "每生每年2000元（每学期1000元）", "（2018年度）", "枣阳市教育局2018年度"]:
        has(text, s, pid)
    row(text, ["年度资金总额", "820.00", "846.00", "832.60", "10", "98.42%", "9.84"], pid)
    row(text, ["其中：当年财政拨款", "800.00", "826.00", "812.60"], pid)
    row(text, ["上年结转资金", "20.00", "20.00", "20.00"], pid)
    check(D("812.60") + carry == total_spent, f"{pid}: execution by source")
    ex = {"weight": "10", "score": "9.84"}
    rows = [
        ("秋季学期免学费学生人数", "≥4200人", "4176人", "20", "19.89", "gte", 4200, 4176),
        ("补助资金足额拨付率", "100%", "100%", "10", "10", "met"),
        ("资助对象识别精准率", "100%", "100%", "10", "10", "met"),
        ("资金拨付及时性", "按学期及时拨付", "及时拨付", "10", "10", "met"),
        ("中职学生在校巩固率", "≥95%", "96.9%", "15", "15", "gte", 95, D("96.9")),
        ("免学费政策知晓率", "≥90%", "94%", "15", "15", "gte", 90, 94),
        ("学生及家长满意度", "≥90%", "95.6%", "10", "10", "gte", 90, D("95.6")),
    ]
    indicator_block(text, pid, rows, ex, "99.73", "tasw")
    has(text, "在校巩固率96.9%", pid)
    has(text, "政策知晓率94%", pid)
    row(text, ["总分", "100", "99.73"], pid)
    check(grade("99.73") == "优", f"{pid}: grade")
    has(text, "自评得分99.73分，评价等级为优秀", pid)


# ---------------------------------------------------------------- P4
def p4(text):
    pid = "hlj-zhaodong-shuangshi-2023"
    init, add, carry = D("45.00"), D("4.00"), D("3.00")
    cur = init + add
    annual = cur + carry
    cur_spent, spent = D("38.08"), D("41.08")
    check(cur == D("49.00") and annual == D("52.00") and cur_spent + carry == spent, f"{pid}: funds")
    check(pct(spent, annual) == D("79.00") and annual - spent == D("10.92"), f"{pid}: rate/balance")
    check(exec_score(spent, annual) == D("7.90"), f"{pid}: execution score")
    parts = [18 * D("0.68"), 30 * D("0.45"), D("9.60"), D("5.74")]
    check(parts[0] == D("12.24") and parts[1] == D("13.50") and sum(parts) == spent, f"{pid}: spending parts")
    for s in ["项目全年预算52.00万元，其中：2023年省级职业教育专项资金49.00万元（年初预算45.00万元，9月追加4.00万元），2022年结转资金3.00万元",
              "全年实际支出41.08万元，预算执行率79.00%，结余10.92万元",
              "送培国家级、省级培训18人，培训费12.24万元，人均6800元", "组织教师企业实践30人，支出13.50万元，人均4500元",
              "专家授课及组织费用9.60万元", "其他支出5.74万元", "未支出的10.92万元已结转2024年"]:
        has(text, s, pid)
    row(text, ["年度资金总额", "45.00", "52.00", "41.08", "10", "79.00%", "7.90"], pid)
    row(text, ["其中：当年财政拨款", "45.00", "49.00", "38.08"], pid)
    row(text, ["上年结转资金", "0.00", "3.00", "3.00"], pid)
    check(12 + 10 + 8 == 30 and D(30) / 3 == 10 and pct(30, 40, 0) == 75, f"{pid}: practice phases")
    has(text, "年内实施3期，分别安排12人、10人、8人，平均每期10人，共30人，完成年度指标值40人的75%", pid)
    has(text, "培训教师126人次", pid)
    check(18 + 30 == 48 and pct(47, 48, 1) == D("97.9"), f"{pid}: pass rate")
    has(text, "48名教师参加考核，合格47人，考核合格率97.9%", pid)
    has(text, "满意度为96.5%", pid)
    check(68 + 8 == 76 and pct(76, 132, 1) == D("57.6"), f"{pid}: double-qualified share")
    has(text, "“双师型”教师68人", pid)
    has(text, "达到76人，比上年增加8人，占专业课教师132人的57.6%", pid)
    check(pct(46, 50, 0) == 92, f"{pid}: satisfaction")
    has(text, "发放问卷50份，满意46份，满意度92%", pid)
    ex = {"weight": "10", "score": "7.90"}
    rows = [
        ("教师企业实践人数", "≥40人", "30人", "10", "7.50", "gte", 40, 30),
        ("国家级、省级培训人数", "≥15人", "18人", "10", "10", "gte", 15, 18),
        ("校本培训人次", "≥120人次", "126人次", "10", "10", "gte", 120, 126),
        ("培训考核合格率", "≥95%", "97.9%", "10", "10", "gte", 95, D("97.9")),
        ("培训任务完成时间", "2023年12月31日前", "部分培训延至2024年", "10", "6", "qual"),
        ("“双师型”教师占专业课教师比例", "≥55%", "57.6%", "15", "15", "gte", 55, D("57.6")),
        ("教师实践教学能力持续提升", "明显提升", "有所提升", "15", "12", "qual"),
        ("参训教师满意度", "≥90%", "92%", "10", "10", "gte", 90, 92),
    ]
    indicator_block(text, pid, rows, ex, "88.40", "tasw")
    lost = (10 - D("7.90")) + (10 - D("7.50")) + (10 - 6) + (15 - 12)
    check(lost == D("11.60") and 100 - lost == D("88.40"), f"{pid}: deductions")
    has(text, "预算执行率扣2.10分，教师企业实践人数扣2.50分，时效指标扣4分，可持续影响指标扣3分，共扣11.60分", pid)
    row(text, ["总分", "100", "88.40"], pid)
    check(grade("88.40") == "良", f"{pid}: grade")
    has(text, "自评得分88.40分，评价等级为良好", pid)


# ---------------------------------------------------------------- P5
def p5(text):
    pid = "nx-qingtongxia-chanjiao-2024"
    central, region, city = D("150.00"), D("50.00"), D("30.00")
    init = central + region + city
    carry = D("12.50")
    annual = init + carry
    cur_spent, carry_spent = D("223.68"), D("12.50")
    spent = cur_spent + carry_spent
    check(init == D("230.00") and annual == D("242.50") and spent == D("236.18"), f"{pid}: funds")
    check(pct(spent, annual) == D("97.39") and pct(cur_spent, init) == D("97.25") and pct(carry_spent, carry, 0) == 100,
          f"{pid}: rates")
    check(annual - spent == D("6.32"), f"{pid}: balance")
    check(exec_score(spent, annual) == D("9.74"), f"{pid}: execution score")
    parts = [D("138.60"), D("52.40"), D("28.80"), D("16.38")]
    check(sum(parts) == spent, f"{pid}: spending parts")
    for s in ["年初预算230.00万元，其中中央现代职业教育质量提升计划资金150.00万元、自治区资金50.00万元、市级配套30.00万元",
              "2023年结转的自治区资金12.50万元", "全年预算242.50万元",
              "全年执行236.18万元，其中当年资金223.68万元、上年结转资金12.50万元，预算执行率97.39%，结余6.32万元，结转2025年",
              "酿酒实训车间设备138.60万元，品鉴与检测实验室52.40万元，企业导师课酬及平台运营28.80万元，实训耗材16.38万元",
              "执行236.18万元，执行率97.39%，得9.74分", "实训设备采购成本138.60万元，控制在140万元以内"]:
        has(text, s, pid)
    row(text, ["年度资金总额", "230.00", "242.50", "236.18", "10", "97.39%", "9.74"], pid)
    row(text, ["其中：当年财政拨款", "230.00", "230.00", "223.68", "—", "97.25%"], pid)
    row(text, ["上年结转资金", "0.00", "12.50", "12.50", "—", "100%"], pid)
    check(pct(7, 5, 0) == 140, f"{pid}: completion")
    has(text, "不少于5家，实际签约7家，完成率140%", pid)
    check(D(84) / 7 == 12, f"{pid}: average")
    has(text, "7家合作酒庄共接收学生跟岗实习84人，平均每家12人", pid)
    check(pct(167, 200, 1) == D("83.5"), f"{pid}: employment")
    has(text, "毕业生200人，对口就业167人，对口就业率83.5%", pid)
    has(text, "全年培训企业员工及酒农356人次", pid)
    has(text, "合作企业满意度88%，低于目标值2个百分点，得4.89分", pid)
    ex = {"weight": "10", "score": "9.74"}
    rows = [
        ("建设实训室数量", "≥2个", "2个", "10", "10", "gte", 2, 2),
        ("合作企业（酒庄）数量", "≥5家", "7家", "10", "10", "gte", 5, 7),
        ("设备验收合格率", "100%", "100%", "10", "10", "met"),
        ("项目建设完成时间", "2024年9月30日前", "2024年8月20日", "10", "10", "met"),
        ("实训设备采购成本", "≤140万元", "138.60万元", "10", "10", "met"),
        ("年培训企业员工及酒农", "≥300人次", "356人次", "10", "10", "gte", 300, 356),
        ("相关专业学生对口就业率", "≥80%", "83.5%", "10", "10", "gte", 80, D("83.5")),
        ("实训基地持续运行年限", "≥5年", "5年", "10", "10", "gte", 5, 5),
        ("学生满意度", "≥90%", "94%", "5", "5", "gte", 90, 94),
        ("合作企业满意度", "≥90%", "88%", "5", "4.89", "gte", 90, 88),
    ]
    indicator_block(text, pid, rows, ex, "99.63", "tasw")
    row(text, ["总分", "100", "99.63"], pid)
    check(grade("99.63") == "优", f"{pid}: grade")
    has(text, "自评得分99.63分，评价等级为优秀", pid)


CHECKS = {"sd-lanling-shixunjidi-2021": p1, "gd-xinyi-xuetuzhi-2022": p2, "hb-zaoyang-mianxuefei-2018": p3,
          "hlj-zhaodong-shuangshi-2023": p4, "nx-qingtongxia-chanjiao-2024": p5}


def changed_region(a, b):
    i = 0
    n = min(len(a), len(b))
    while i < n and a[i] == b[i]:
        i += 1
    j = 0
    while j < n - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return (i, len(a) - j), (i, len(b) - j)


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    texts = {}
    for rec in labels:
        p = os.path.join(CASES, rec["case"])
        check(os.path.exists(p), f"missing case file {rec['case']}")
        with open(p, encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    listed = {rec["case"] for rec in labels}
    check(listed == set(os.listdir(CASES)), "case files and labels differ")
    codes = Counter()
    sources = sorted({rec["source"] for rec in labels})
    check(len(sources) == 5 and set(sources) == set(CHECKS), f"sources: {sources}")
    for src in sources:
        clean = texts.get(f"{src}-clean.txt")
        check(clean is not None, f"{src}: no clean draft")
        n = len(clean)
        check(3000 <= n <= 9000, f"{src}: clean draft has {n} characters")
        CHECKS[src](clean)
    for rec in labels:
        text = texts[rec["case"]]
        if rec["clean"]:
            check(rec["expected"] == [], f"{rec['case']}: clean case with expectations")
            continue
        check(len(rec["expected"]) == 1, f"{rec['case']}: expected one label")
        clean = texts[f"{rec['source']}-clean.txt"]
        (ca, cb), (ea, eb) = changed_region(clean, text)
        check(text != clean, f"{rec['case']}: identical to clean draft")
        check(cb - ca <= 120 and eb - ea <= 120, f"{rec['case']}: change too large ({cb - ca}/{eb - ea})")
        check(text[ea:eb].count("\n") <= 1, f"{rec['case']}: change spans more than two lines")
        for exp in rec["expected"]:
            codes[exp["code"]] += 1
            check(exp["severity"] == "error", f"{rec['case']}: severity")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            check(bool(occ), f"{rec['case']}: value not found: {v!r}")
            # the value must cover the changed figure
            check(any(s < max(eb, ea + 1) and ea < s + len(v) for s in occ),
                  f"{rec['case']}: value {v!r} does not overlap the change")
    for c in CODES:
        check(codes[c] >= 2, f"code {c} occurs {codes[c]} times")
    check(sum(codes.values()) == 30, f"{sum(codes.values())} injected errors")
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, {len(sources)} projects, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
