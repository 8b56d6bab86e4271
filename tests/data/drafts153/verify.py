#!/usr/bin/env python3
"""Verify drafts153.

1. every label value occurs in its case; clean cases have no expected findings; every code of
   errors.md section A occurs at least twice;
2. every error case differs from its clean draft in one place (one contiguous hunk of lines);
3. the arithmetic of every clean draft holds (funds table, indicator table, prose figures,
   totals, grades, completion rates, averages, balances, years).
Prints OK at the end when everything holds.
"""
import difflib
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

FAILS = []


def fail(msg):
    FAILS.append(msg)
    print("FAIL:", msg)


OVERRIDE = {}


def read(name):
    if name in OVERRIDE:
        return OVERRIDE[name]
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated, what):
    """stated is the string as written; tolerance = half a unit of its last digit."""
    v = D(stated.strip().rstrip("%"))
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    if abs(D(computed) - v) > tol:
        fail(f"{what}: computed {D(computed):.4f}, stated {stated}")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Doc:
    def __init__(self, name):
        self.name = name
        self.t = read(name)

    def s(self, pattern):
        """group 1 of the unique match of pattern, as a string."""
        ms = list(re.finditer(pattern, self.t))
        if len(ms) != 1:
            fail(f"{self.name}: pattern {pattern!r} matches {len(ms)} times")
            return "0"
        return ms[0].group(1)

    def n(self, pattern):
        return D(self.s(pattern))

    def eq(self, computed, pattern, what):
        close(computed, self.s(pattern), f"{self.name} {what}")


def grade_of(score):
    score = D(score)
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


def table_rows(t):
    return [line.split("｜") for line in t.splitlines() if "｜" in line]


NUM = re.compile(r"^([≥≤]?)(\d+(?:\.\d+)?)(.*)$")


def check_tables(doc):
    """Funds block and indicator block; returns (total weight, total score) or None."""
    t, name = doc.t, doc.name
    rows = table_rows(t)
    funds = {}
    for r in rows:
        if len(r) == 7 and re.match(r"^\d+\.\d+$", r[1] or ""):
            label = r[0].replace("其中：", "").replace("按支出性质分：", "")
            funds[label] = r
    exec_score = None
    if "年度资金总额" in funds:
        tot = funds["年度资金总额"]
        a, b, c = D(tot[1]), D(tot[2]), D(tot[3])
        rate = c / b * 100
        close(rate, tot[5], f"{name} funds total 执行率")
        close(D(tot[4]) * min(rate, D(100)) / 100, tot[6], f"{name} funds total 得分")
        exec_score, exec_weight = D(tot[6]), D(tot[4])
        sources = [k for k in funds if k in ("当年财政拨款", "财政资金", "财政专户管理资金", "单位资金",
                                            "上年结转资金", "其他资金")]
        nature = [k for k in funds if k in ("基本支出", "项目支出")]
        for group in (sources, nature):
            if not group:
                continue
            for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
                s = sum(D(funds[k][col]) for k in group)
                close(s, funds["年度资金总额"][col], f"{name} funds {label} sum of {group}")
        for k, r in funds.items():
            if k == "年度资金总额":
                continue
            if r[5] not in ("—", ""):
                if D(r[2]) == 0:
                    fail(f"{name} funds {k}: rate {r[5]} on a zero budget")
                else:
                    close(D(r[3]) / D(r[2]) * 100, r[5], f"{name} funds {k} 执行率")
            if D(r[3]) > D(r[2]):
                fail(f"{name} funds {k}: spent above budget")
    ind = [r for r in rows if len(r) == 8 and r[0] in ("产出指标", "效益指标", "满意度指标")]
    if not ind:
        return None
    wsum, ssum = exec_weight, exec_score
    by_level = Counter()
    sc_level = Counter()
    for r in ind:
        w, sc = D(r[5]), D(r[6])
        wsum += w
        ssum += sc
        by_level[r[0]] += w
        sc_level[r[0]] += sc
        if sc > w or sc < 0:
            fail(f"{name} row {r[2]}: score {sc} outside [0, {w}]")
        tgt, act = r[3], r[4]
        mt, ma = NUM.match(tgt), NUM.match(act)
        comp = None
        if mt and ma and not ("年" in tgt and "月" in tgt):
            sign, T, ut = mt.group(1), D(mt.group(2)), mt.group(3)
            A, ua = D(ma.group(2)), ma.group(3)
            if ut != ua:
                fail(f"{name} row {r[2]}: units differ {tgt} / {act}")
                continue
            if sign == "≤":
                comp = D(100) if A <= T else T / A * 100
            else:
                comp = A / T * 100
            expect = w * min(comp, D(100)) / 100
            close(expect, r[6], f"{name} row {r[2]} score rule")
        m = re.search(r"完成率(\d+(?:\.\d+)?%)", r[7])
        if m:
            if comp is None:
                fail(f"{name} row {r[2]}: completion stated without numeric target")
            else:
                close(comp, m.group(1), f"{name} row {r[2]} 完成率")
    # subtotal rows (小计) and total row
    for r in rows:
        if len(r) == 8 and r[0].endswith("小计"):
            lvl = r[0].replace("小计", "")
            close(by_level[lvl], r[5], f"{name} {r[0]} weight")
            close(sc_level[lvl], r[6], f"{name} {r[0]} score")
    totals = [r for r in rows if len(r) == 8 and r[0] in ("总分", "合计")]
    if len(totals) != 1:
        fail(f"{name}: expected one total row, found {len(totals)}")
        return None
    tr = totals[0]
    close(wsum, tr[5], f"{name} total weight")
    if D(tr[5]) != 100:
        fail(f"{name}: total weight {tr[5]} != 100")
    close(ssum, tr[6], f"{name} total score")
    return D(tr[5]), D(tr[6]), sc_level


def check_grade(doc, total=None):
    ms = list(re.finditer(r"得分(\d+(?:\.\d+)?)分，[^。]{0,8}等级为“(.)”", doc.t))
    if not ms:
        fail(f"{doc.name}: no score+grade sentence")
    for m in ms:
        if grade_of(m.group(1)) != m.group(2):
            fail(f"{doc.name}: score {m.group(1)} graded {m.group(2)}")
        if total is not None:
            close(total, m.group(1), f"{doc.name} prose total vs table")


def check_xinbin():
    d = Doc("xinbin-fitnessfacility-2019-clean.txt")
    init, prov0, cty0 = d.n(r"年初预算(\d+\.\d+)万元"), d.n(r"省级体育彩票公益金(\d+\.\d+)万元"), d.n(r"县级配套(\d+\.\d+)万元。")
    add = d.n(r"追加下达笼式足球场建设补助(\d+\.\d+)万元")
    annual, prov, cty = d.n(r"全年预算(\d+\.\d+)万元"), d.n(r"省级体彩公益金(\d+\.\d+)万元"), d.n(r"县级配套资金(\d+\.\d+)万元")
    close(prov0 + cty0, str(init), "xinbin 年初 = 省 + 县")
    close(init + add, str(annual), "xinbin 年初 + 追加 = 全年")
    close(prov + cty, str(annual), "xinbin 全年 = 省 + 县")
    close(prov0 + add, str(prov), "xinbin 省级 = 年初省级 + 追加")
    d.eq(100, r"资金到位率(\d+%)", "到位率 (全部到位)")
    spent = d.n(r"全年实际支出(\d+\.\d+)万元")
    d.eq(spent / annual * 100, r"预算执行率(\d+\.\d+%)", "执行率")
    d.eq(annual - spent, r"剩余(\d+\.\d+)万元", "结余 = 到位 − 执行")
    d.eq(d.n(r"三类合同金额合计(\d+\.\d+)万元") * D("0.05"), r"剩余(\d+\.\d+)万元", "5% retention")
    p1, p2, p3 = d.n(r"12套(\d+\.\d+)万元"), d.n(r"改造3处(\d+\.\d+)万元"), d.n(r"笼式足球场1处(\d+\.\d+)万元")
    d.eq(p1 + p2 + p3, r"三类合同金额合计(\d+\.\d+)万元", "contracts sum")
    d.eq(p1 / 12, r"平均每套(\d+\.\d+)万元", "average per set")
    d.eq(d.n(r"平均每套(\d+\.\d+)万元") * 10000 / 11, r"单件器材平均价格(\d+)元", "per item 元")
    d.eq(D(275) / 300 * 100, r"有效回收率(\d+\.\d+%)", "回收率")
    sat = D(242) / 275 * 100
    d.eq(sat, r"群众满意度(\d+\.\d+%)", "满意度")
    es = d.n(r"预算执行率得分(\d+\.\d+)分")
    close(10 * spent / annual, str(es), "xinbin execution score")
    out = d.n(r"产出指标得分(\d+)分")
    close(D(30) + 10 + 4 + 5, str(out), "xinbin 产出 subtotal")
    for pat, val in ((r"其中数量指标(\d+)分", 30), (r"质量指标(\d+)分", 10), (r"时效指标(\d+)分", 4), (r"成本指标(\d+)分", 5)):
        d.eq(val, pat, pat)
    exer = r2(D("37.6") / 38 * 10)
    d.eq(10 + exer + 10, r"效益指标得分(\d+\.\d+)分", "效益 subtotal")
    d.eq(10 - exer, r"扣(\d+\.\d+)分", "扣分")
    sats = 10 * d.n(r"群众满意度(\d+\.\d+)%") / 90
    d.eq(sats, r"之比折算，得分(\d+\.\d+)分", "满意度 score")
    total = es + out + d.n(r"效益指标得分(\d+\.\d+)分") + d.n(r"之比折算，得分(\d+\.\d+)分")
    d.eq(total, r"综合自评得分(\d+\.\d+)分", "total")
    w = [d.n(p) for p in (r"预算执行率(\d+)分、", r"产出指标(\d+)分、", r"效益指标(\d+)分、", r"满意度指标(\d+)分的权重")]
    close(sum(w), "100", "xinbin weights")
    check_grade(d)
    d.eq(2020, r"结转至(\d{4})年", "carry-over year = 2019 + 1")
    d.eq(2019 - 1, r"（(\d{4})年12月提前下达）", "advance issued December of the previous year")


def check_yongdeng():
    d = Doc("yongdeng-wentiju-2020-clean.txt")
    res = check_tables(d)
    init = d.n(r"年初预算(\d+\.\d+)万元")
    add1, add2 = d.n(r"追加基本支出(\d+\.\d+)万元"), d.n(r"维护项目资金(\d+\.\d+)万元")
    carry = d.n(r"另有上年结转资金(\d+\.\d+)万元")
    annual = d.n(r"调整后全年预算(\d+\.\d+)万元")
    close(init + add1 + add2 + carry, str(annual), "yongdeng 年初 + 追加 + 结转 = 全年")
    d.eq(init + add1 + add2, r"其中当年财政拨款(\d+\.\d+)万元", "当年财政拨款")
    close(d.n(r"按支出性质分，基本支出(\d+\.\d+)万元") + d.n(r"、项目支出(\d+\.\d+)万元。\n（二）"), str(annual), "yongdeng 基本 + 项目")
    spent = d.n(r"全年实际支出(\d+\.\d+)万元")
    d.eq(spent / annual * 100, r"预算执行率(\d+\.\d+%)", "执行率")
    close(d.n(r"其中基本支出(\d+\.\d+)万元") + d.n(r"；项目支出(\d+\.\d+)万元"), str(spent), "yongdeng spent parts")
    d.eq(annual - spent, r"未支出的(\d+\.\d+)万元", "结转")
    d.eq(2021, r"结转至(\d{4})年", "carry-over year")
    d.eq(D(16) * 5, r"免费开放运行补助(\d+\.\d+)万元", "16 stations x 5万元")
    d.eq(D(80) / d.n(r"、项目支出(\d+\.\d+)万元。\n（二）") * 100, r"占项目支出全年预算的(\d+\.\d+%)", "share")
    d.eq(D(156) / 150 * 100, r"156场，完成率(\d+\.\d+%)", "送戏下乡 completion")
    d.eq(D(15) / 16 * 100, r"达标率(\d+\.\d+%)", "达标率")
    d.eq(res[1] if res else 0, r"自评得分(\d+\.\d+)分", "prose total = table total")
    # prose figures restated in the indicator table
    for prose_pat, table_pat in ((r"送戏下乡演出(\d+)场，", r"｜≥150场｜(\d+)场｜"),
                                 (r"赛事活动(\d+)次，", r"｜≥12次｜(\d+)次｜"),
                                 (r"。维护公共数字文化服务点(\d+)个", r"｜≥180个｜(\d+)个｜"),
                                 (r"累计服务群众(\d+\.\d+)万人次", r"｜≥30万人次｜(\d+\.\d+)万人次｜"),
                                 (r"覆盖中小学(\d+)所，", r"｜≥20所｜(\d+)所｜"),
                                 (r"培训4期(\d+)人次", r"｜≥320人次｜(\d+)人次｜"),
                                 (r"综合满意度为(\d+\.\d+)%", r"｜≥90%｜(\d+\.\d+)%｜10｜"),
                                 (r"经费支出(\d+\.\d+)万元", r"｜≤8.60万元｜(\d+\.\d+)万元｜")):
        d.eq(d.n(prose_pat), table_pat, f"prose {prose_pat} = table")
    d.eq(D("9.69"), r"预算执行率得分(\d+\.\d+)分", "execution score")
    check_grade(d, res[1] if res else None)


def check_fushun():
    d = Doc("fushun-stadiumopen-2021-clean.txt")
    res = check_tables(d)
    c, p, x = d.n(r"开放资金(\d+\.\d+)万元"), d.n(r"省级追加补助(\d+\.\d+)万元"), d.n(r"配套资金(\d+\.\d+)万元")
    annual = d.n(r"调整后全年预算(\d+\.\d+)万元")
    close(c + p + x, str(annual), "fushun 中央 + 省 + 县")
    spent = d.n(r"全年实际支出(\d+\.\d+)万元")
    parts = [d.n(p_) for p_ in (r"水电能耗(\d+\.\d+)万元", r"设施设备维护(\d+\.\d+)万元", r"保洁安保外包(\d+\.\d+)万元", r"公益培训(\d+\.\d+)万元")]
    close(sum(parts), str(spent), "fushun spending parts")
    d.eq(annual - spent, r"未支出资金(\d+\.\d+)万元", "结转")
    d.eq(2022, r"结转至(\d{4})年", "carry-over year")
    d.eq(2020, r"\n(\d{4})年12月，省财政厅提前下达", "advance year")
    v = [d.n(p_) for p_ in (r"体育馆(\d+\.\d+)万人次", r"游泳馆(\d+\.\d+)万人次", r"室外运动场(\d+\.\d+)万人次")]
    tot = d.n(r"全年接待健身群众(\d+\.\d+)万人次")
    close(sum(v), str(tot), "fushun visitors sum")
    d.eq(sum(v) / 3, r"平均每处场馆(\d+\.\d+)万人次", "average per venue")
    d.eq((tot / d.n(r"较2020年的(\d+\.\d+)万人次") - 1) * 100, r"增长(\d+\.\d+%)", "growth")
    d.eq(15 - 12, r"超过目标(\d+)次", "over target")
    check_grade(d, res[1] if res else None)
    # prose restatements of table values
    for pat, val in ((r"累计免费开放(\d+)天", "286"), (r"设施完好率(\d+\.\d+)%", "97.2"), (r"开放时长(\d+)小时", "40"),
                     (r"公益培训(\d+)人次", "2100"), (r"比例达到(\d+\.\d+)%", "41.3"), (r"满意度为(\d+)%", "85")):
        d.eq(D(val), pat, pat)


def check_xiping():
    d = Doc("xiping-nongjiashuwu-2022-clean.txt")
    res = check_tables(d)
    n_sw = d.n(r"共有农家书屋(\d+)个")
    std = d.n(r"按每个书屋(\d+)元的标准")
    total = d.n(r"共计(\d+\.\d+)万元")
    close(n_sw * std / 10000, str(total), "xiping 293 x 2000元")
    d.eq(d.n(r"中央补助资金(\d+\.\d+)万元") + d.n(r"省级补助资金(\d+\.\d+)万元"), r"项目预算(\d+\.\d+)万元", "中央 + 省级")
    spent = d.n(r"实际支出(\d+\.\d+)万元")
    d.eq(spent / total * 100, r"预算执行率(\d+\.\d+%)", "执行率")
    d.eq(total - spent, r"结余(\d+\.\d+)万元", "结余")
    d.eq(2022, r"截至(\d{4})年12月31日", "as-at year")
    d.eq(2021, r"中央补助资金于(\d{4})年12月提前下达", "advance year")
    books = d.n(r"补充更新出版物(\d+)册，")
    d.eq(books / d.n(r"不少于(\d+)册") * 100, r"完成年度目标的(\d+\.\d+%)", "books completion")
    d.eq(books / n_sw, r"平均每个书屋补充(\d+)册", "books per 书屋")
    d.eq(spent * 10000 / n_sw, r"单个书屋补充经费约(\d+)元", "cost per 书屋")
    d.eq((d.n(r"全年借阅(\d+\.\d+)万人次") / d.n(r"较上年的(\d+\.\d+)万人次") - 1) * 100, r"增长(\d+\.\d+%)", "growth")
    d.eq(res[1] if res else 0, r"绩效自评得分(\d+\.\d+)分", "prose total = table total")
    check_grade(d, res[1] if res else None)
    for pat, val in ((r"全民阅读推广活动(\d+)场，", "276"), (r"占(\d+\.\d+)%，以种植", "34.6"), (r"群众满意度为(\d+\.\d+)%", "92.31")):
        d.eq(D(val), pat, pat)
    # the table actual for books equals the prose figure
    d.eq(books, r"｜≥29300册｜(\d+)册｜", "table books = prose books")


def check_taishun():
    d = Doc("taishun-ichprotect-2024-clean.txt")
    res = check_tables(d)
    d.eq(sum(d.n(p) for p in (r"国家级(\d+)名", r"省级(\d+)名", r"市级(\d+)名", r"县级(\d+)名")), r"传承人(\d+)名，其中", "传承人 breakdown")
    init = d.n(r"年初预算(\d+\.\d+)万元")
    close(d.n(r"省级非遗保护专项资金(\d+\.\d+)万元") + d.n(r"、县级资金(\d+\.\d+)万元"), str(init), "taishun 省 + 县")
    annual = d.n(r"全年预算(\d+\.\d+)万元")
    close(init + d.n(r"追加县级资金(\d+\.\d+)万元"), str(annual), "taishun 年初 + 追加")
    parts = [d.n(p) for p in (r"传承人传习补助(\d+\.\d+)万元", r"重点项目保护传承(\d+\.\d+)万元", r"展演展示及宣传(\d+\.\d+)万元",
                              r"非遗数字化记录(\d+\.\d+)万元、", r"非遗馆运行维护(\d+\.\d+)万元")]
    close(sum(parts), str(annual), "taishun uses sum")
    close(D(62) * 2000 / 10000, str(parts[0]), "taishun 62 x 2000元")
    d.eq(D(62) * 2000 / 10000, r"发放传习补助(\d+\.\d+)万元", "paid 传习补助")
    spent = d.n(r"全年实际支出(\d+\.\d+)万元")
    d.eq(spent / annual * 100, r"预算执行率(\d+\.\d+%)", "执行率")
    d.eq(annual - spent, r"未支出的(\d+\.\d+)万元", "结转")
    d.eq(2025, r"结转至(\d{4})年", "carry-over year")
    d.eq(2023, r"（(\d{4})年12月提前下达）", "advance year")
    dig_b = d.n(r"数字化记录项目预算(\d+\.\d+)万元")
    close(dig_b, str(parts[3]), "taishun digital budget")
    dig_s = d.n(r"年内完成支付(\d+\.\d+)万元")
    d.eq(dig_s / dig_b * 100, r"执行率(\d+\.\d+%)，剩余", "digital 执行率")
    if dig_s > dig_b:
        fail("taishun digital: spent above its budget (rate over 100%)")
    d.eq(D(60) / 62 * 100, r"合格率(\d+\.\d+%)", "合格率")
    d.eq(D(46) / 40 * 100, r"46场，完成率(\d+\.\d+%)", "展演 completion")
    d.eq(D("5.8"), r"全年非遗活动参与群众(\d+\.\d+)万人次", "prose participants = table")
    if res:
        lv = res[2]
        d.eq(lv["产出指标"], r"产出指标得分(\d+\.\d+)分", "产出 prose")
        d.eq(lv["效益指标"], r"效益指标得分(\d+)分", "效益 prose")
        d.eq(lv["满意度指标"], r"满意度指标得分(\d+)分", "满意度 prose")
        d.eq(res[1], r"自评总分(\d+\.\d+)分", "prose total")
    d.eq(D("9.40"), r"预算执行率得分(\d+\.\d+)分", "execution score")
    m = re.search(r"得分(\d+\.\d+)分，自评等级为“(.)”", d.t) or re.search(r"总分(\d+\.\d+)分，自评等级为“(.)”", d.t)
    if not m or grade_of(m.group(1)) != m.group(2):
        fail("taishun grade")
    d.eq(2024, r"附件：(\d{4})年度项目支出绩效自评表", "table year")


def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    if len(labels) != 35:
        fail(f"expected 35 labelled cases, found {len(labels)}")
    codes = Counter()
    files = set(os.listdir(CASES))
    for rec in labels:
        name = rec["case"]
        if name not in files:
            fail(f"{name} missing")
            continue
        text = read(name)
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{name}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{name}: length {n} outside 3000-9000")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{name}: expected exactly one finding")
        for e in rec["expected"]:
            codes[e["code"]] += 1
            if e["code"] not in CODES or e["severity"] != "error":
                fail(f"{name}: bad code/severity {e}")
            if e["value"] not in text:
                fail(f"{name}: value {e['value']!r} not in case")
        clean = read(rec["source"] + "-clean.txt")
        a, b = clean.splitlines(), text.splitlines()
        ops = [op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
        if len(ops) != 1:
            fail(f"{name}: {len(ops)} changed places against the clean draft")
        elif ops[0][2] - ops[0][1] > 2 or ops[0][4] - ops[0][3] > 2:
            fail(f"{name}: changed region spans more than two lines")
        for e in rec["expected"]:
            # the changed text must lie inside an occurrence of the value
            sm = difflib.SequenceMatcher(None, clean, text, autojunk=False)
            ch = [op for op in sm.get_opcodes() if op[0] != "equal"]
            lo, hi = min(op[3] for op in ch), max(op[4] for op in ch)
            occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if not any(s <= hi and lo <= s + len(e["value"]) for s in occ):
                fail(f"{name}: value does not cover the changed text")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    print("codes:", dict(codes))


def main():
    check_labels()
    checks = {
        "xinbin-fitnessfacility-2019": check_xinbin,
        "yongdeng-wentiju-2020": check_yongdeng,
        "fushun-stadiumopen-2021": check_fushun,
        "xiping-nongjiashuwu-2022": check_xiping,
        "taishun-ichprotect-2024": check_taishun,
    }
    for fn in checks.values():
        fn()
    if FAILS:
        print(f"{len(FAILS)} problem(s)")
        sys.exit(1)
    # self-test: the same arithmetic must fail on every error case put in place of its clean draft
    for name in sorted(os.listdir(CASES)):
        m = re.match(r"(.+)-e\d+\.txt$", name)
        if not m:
            continue
        src = m.group(1)
        OVERRIDE.clear()
        OVERRIDE[src + "-clean.txt"] = read(name)
        before = len(FAILS)
        import contextlib, io
        with contextlib.redirect_stdout(io.StringIO()):
            checks[src]()
        caught = len(FAILS) - before
        del FAILS[before:]
        if not caught:
            fail(f"{name}: the clean-draft arithmetic does not notice the injected error")
    OVERRIDE.clear()
    if FAILS:
        print(f"{len(FAILS)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
