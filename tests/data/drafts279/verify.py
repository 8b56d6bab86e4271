#!/usr/bin/env python3
"""Verify drafts279.

1. every label value occurs in its case; clean cases have no expected findings;
2. every error case differs from its clean draft in one place, and the label value covers that place;
3. the arithmetic of every clean draft holds (rates, sums, balances, averages, weights, scores,
   grade, completion rates, units, years, repeated figures); every error case breaks at least one
   of the checks of its draft.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
BAR = "｜"
FAILS = []


def fail(msg):
    FAILS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numeric helpers
def dec(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md §8: stated string with d decimals is consistent iff |c - v| <= 0.5 * 10^-d."""
    v = dec(stated.rstrip("%"))
    tol = D(5) / (D(10) ** (decimals(stated) + 1)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def one(text, pattern, group=1):
    """The single match of pattern in text (string of group)."""
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        raise AssertionError(f"pattern {pattern!r} matched {len(ms)} times")
    return ms[0].group(group)


def alls(text, pattern, group=1):
    return [m.group(group) for m in re.finditer(pattern, text)]


def pct(a, b):
    return D(a) / D(b) * 100


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
          "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- table helpers
def table_rows(text, header_start):
    """Rows (lists of cells) of the ｜ table whose header line starts with header_start."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(header_start) and BAR in line:
            header = line.split(BAR)
            rows = []
            for l2 in lines[i + 1:]:
                if BAR not in l2:
                    break
                rows.append(l2.split(BAR))
            return header, rows
    raise AssertionError(f"no table with header {header_start!r}")


def funds_table(text):
    header, rows = table_rows(text, next(l for l in text.split("\n")
                                         if "｜年初预算数｜全年预算数｜全年执行数｜" in l).split(BAR)[0])
    col = {h: j for j, h in enumerate(header)}
    out = []
    for r in rows:
        if r[0].startswith("年度总体目标"):
            continue
        name = r[0].replace("其中：", "")
        out.append({"name": name, "y0": r[col["年初预算数"]], "y1": r[col["全年预算数"]],
                    "ex": r[col["全年执行数"]], "w": r[col["分值"]], "rate": r[col["执行率"]],
                    "score": r[col["得分"]]})
    return out


def check_funds(text, per_row_rates):
    rows = funds_table(text)
    tot, comps = rows[0], rows[1:]
    assert tot["name"] == "年度资金总额"
    for key in ("y0", "y1", "ex"):
        s = sum(dec(c[key]) for c in comps)
        assert s == dec(tot[key]), f"funds column {key}: components {s} != total {tot[key]}"
    rate = pct(dec(tot["ex"]), dec(tot["y1"]))
    assert rate <= 100, "execution rate above 100%"
    assert close(rate, tot["rate"]), f"execution rate {tot['rate']} != {rate:.4f}"
    assert close(min(rate, D(100)) / 10, tot["score"]), f"execution score {tot['score']}"
    for c in comps:
        if dec(c["y1"]) == 0:
            assert c["rate"] in ("—", "0", "0%", "0.00%"), f"rate on zero base: {c['name']} {c['rate']}"
        elif per_row_rates:
            cr = pct(dec(c["ex"]), dec(c["y1"]))
            assert cr <= 100 and close(cr, c["rate"]), f"row rate {c['name']} {c['rate']} != {cr:.4f}"
    return tot


SIGN = re.compile(r"^(≥|≤|=|＞|＜)?([0-9][0-9,]*(?:\.[0-9]+)?)(.*)$")


def indicator_table(text):
    header, rows = table_rows(text, "一级指标")
    col = {h: j for j, h in enumerate(header)}
    ind, total = [], None
    for r in rows:
        if r[0] == "总分":
            total = r
            continue
        if total is not None or len(r) < len(header):
            continue  # e.g. the 自评等级 line under the total
        d = {"l1": r[0], "name": r[2], "target": r[col["年度指标值"]], "actual": r[col["实际完成值"]],
             "w": r[col["分值"]], "s": r[col["得分"]]}
        if "完成率" in col:
            d["c"] = r[col["完成率"]]
        ind.append(d)
    tw = total[col["分值"]]
    ts = total[col["得分"]]
    return ind, tw, ts


def completion(target, actual):
    mt, ma = SIGN.match(target), SIGN.match(actual)
    t, a = dec(mt.group(2)), dec(ma.group(2))
    if mt.group(1) in ("≤", "＜"):
        return D(100) if a <= t else t / a * 100
    return a / t * 100


def check_indicators(text, exec_weight=D(10)):
    ind, tw, ts = indicator_table(text)
    tot = funds_table(text)[0]
    weights = dec(tot["w"]) + sum(dec(i["w"]) for i in ind)
    assert weights == 100 == dec(tw), f"weights add to {weights}, stated {tw}"
    scores = dec(tot["score"]) + sum(dec(i["s"]) for i in ind)
    assert close(scores, ts), f"scores add to {scores}, stated {ts}"
    for i in ind:
        assert D(0) <= dec(i["s"]) <= dec(i["w"]), f"score {i['s']} outside [0, {i['w']}] ({i['name']})"
        mt, ma = SIGN.match(i["target"]), SIGN.match(i["actual"])
        if mt and ma and not re.search(r"\d", mt.group(3)):
            assert mt.group(3) == ma.group(3), f"unit of actual {i['actual']} != target {i['target']}"
            if mt.group(3) == "%" and ("满意" in i["name"] or "率" in i["name"]):
                assert dec(ma.group(2)) <= 100, f"rate above 100%: {i['actual']}"
            if "c" in i:
                assert close(completion(i["target"], i["actual"]), i["c"]), f"completion {i['c']} ({i['name']})"
    return ind, ts


def grade_of(text, pattern):
    g = one(text, pattern)
    return GRADES[g]


# ---------------------------------------------------------------- per-draft checks
def checks_fj(t):
    c = []
    c.append(("funds table", lambda: check_funds(t, per_row_rates=False)))
    c.append(("indicator table", lambda: check_indicators(t)))

    def prose_funds():
        y0 = dec(one(t, r"项目年初预算(\d+\.\d+)万元"))
        add = dec(one(t, r"追加(\d+\.\d+)万元"))
        carry = dec(one(t, r"结转的(\d+\.\d+)万元"))
        y1 = dec(one(t, r"全年预算调整为(\d+\.\d+)万元"))
        ex = dec(one(t, r"项目实际支出(\d+\.\d+)万元"))
        bal = dec(one(t, r"尚未支付的(\d+\.\d+)万元"))
        tot = funds_table(t)[0]
        assert y0 + add + carry == y1 and y0 == dec(tot["y0"]) and y1 == dec(tot["y1"]) and ex == dec(tot["ex"])
        assert y1 - ex == bal
        assert all(dec(v) == bal for v in alls(t, r"质保金(\d+\.\d+)万元"))
        rows = funds_table(t)
        assert dec(rows[1]["y1"]) == y0 + add and dec(rows[2]["y1"]) == carry
        per = ex * 10000 / dec(one(t, r"共涉及住房(\d+)套"))
        assert close(per, one(t, r"户均维修投入约(\d+)元"))
        assert close(per, one(t, r"｜(\d+)元｜10｜"))
    c.append(("prose funds", prose_funds))

    def units():
        total = int(one(t, r"共涉及住房(\d+)套"))
        parts = [int(x) for x in re.findall(r"(?:燕江新村|南山|城西)(\d+)套", t)]
        assert len(parts) == 3 and sum(parts) == total
    c.append(("housing units", units))
    def area():
        done = dec(one(t, r"屋面防水维修面积(\d+\.\d+)万平方米，"))
        target = dec(one(t, r"不少于(\d+\.\d+)万平方米"))
        assert close(done / target * 100, one(t, r"完成率(\d+\.?\d*%)")), "area completion"
    c.append(("area completion", area))

    def average():
        items = re.search(r"满意度分别为(\d+\.\d)%、(\d+\.\d)%、(\d+\.\d)%，平均为(\d+\.\d)%", t)
        vals = [dec(items.group(k)) for k in (1, 2, 3)]
        assert close(sum(vals) / 3, items.group(4) + "%")
        ind = indicator_table(t)[0]
        sat = [i for i in ind if "满意度" in i["name"]][0]
        assert sat["actual"] == items.group(4) + "%"
    c.append(("satisfaction average", average))

    def conclusion():
        ind, _, ts = indicator_table(t)
        tot = funds_table(t)[0]
        lv = {}
        for i in ind:
            lv[i["l1"]] = lv.get(i["l1"], D(0)) + dec(i["s"])
        m = re.search(r"预算执行率得分(\S+?)分，产出指标得分(\S+?)分，效益指标得分(\S+?)分，满意度指标得分(\S+?)分，合计(\S+?)分", t)
        assert close(dec(tot["score"]), m.group(1))
        assert close(lv["产出指标"], m.group(2)) and close(lv["效益指标"], m.group(3)) and close(lv["满意度指标"], m.group(4))
        assert dec(m.group(5)) == dec(ts)
        assert grade_of(t, r"评价等级为“(\S)”") == band(ts)
    c.append(("conclusion", conclusion))

    def years():
        assert one(t, r"截至(\d{4})年12月31日") == "2021"
        assert int(one(t, r"结转至(\d{4})年")) > 2021
        assert "年度：2021年" in t
    c.append(("years", years))
    return c


def checks_ah(t):
    c = []
    c.append(("funds table", lambda: check_funds(t, per_row_rates=True)))
    c.append(("indicator table", lambda: check_indicators(t)))

    def prose_funds():
        y1 = dec(one(t, r"本项目全年预算(\d+\.\d+)万元"))
        cen = dec(one(t, r"其中：中央补助资金(\d+\.\d+)万元"))
        adv = dec(one(t, r"提前下达(\d+\.\d+)万元"))
        later = dec(one(t, r"2023年6月下达(\d+\.\d+)万元"))
        prov = dec(one(t, r"省级补助资金(\d+\.\d+)万元"))
        city = dec(one(t, r"市本级配套资金(\d+\.\d+)万元"))
        y0 = dec(one(t, r"年初预算(\d+\.\d+)万元"))
        assert adv + later == cen and cen + prov + city == y1 and adv + city == y0
        rows = {r["name"]: r for r in funds_table(t)}
        assert dec(rows["年度资金总额"]["y1"]) == y1 and dec(rows["年度资金总额"]["y0"]) == y0
        assert dec(rows["中央补助资金"]["y1"]) == cen and dec(rows["省级补助资金"]["y1"]) == prov
        assert dec(rows["市本级配套资金"]["y1"]) == city
        assert all(dec(v) == cen for v in alls(t, r"中央补助资金(\d+\.\d+)万元"))
        ex = dec(one(t, r"实际支出(\d+\.\d+)万元"))
        assert ex == dec(rows["年度资金总额"]["ex"])
        assert close(pct(ex, y1), one(t, r"预算执行率(\d+\.\d+%)"))
        assert y1 - ex == dec(one(t, r"年末结余(\d+\.\d+)万元"))
        assert dec(one(t, r"已按工程进度拨付(\d+\.\d+)万元")) == dec(rows["中央补助资金"]["ex"])
        units = dec(one(t, r"筹集任务(\d+)套"))
        assert close(ex / units, one(t, r"套均补助(\d+\.\d+)万元"))
        assert close(ex / units, one(t, r"｜(\d+\.\d+)万元/套｜"))
    c.append(("prose funds", prose_funds))

    def outputs():
        assert int(one(t, r"其中新建(\d+)套")) + int(one(t, r"改建(\d+)套（")) == int(one(t, r"筹集任务(\d+)套"))
        rented, units = dec(one(t, r"已出租(\d+)套")), dec(one(t, r"筹集任务(\d+)套"))
        assert close(rented / units * 100, one(t, r"出租率(\d+\.\d%)"))
        ind, _, _ = indicator_table(t)
        row = {i["name"]: i for i in ind}
        assert row["保障性租赁住房出租率"]["actual"] == one(t, r"出租率(\d+\.\d%)")
        assert row["改建非居住存量房屋面积"]["actual"] == one(t, r"实际改建面积(\d+\.\d+万平方米)")
        # scores of unmet quantitative rows follow rules.md §5 (gte: w*A/T, lte: w*T/A)
        for name in ("改建非居住存量房屋面积", "保障性租赁住房出租率", "租户满意度", "补助资金拨付时限"):
            i = row[name]
            comp = completion(i["target"], i["actual"])
            assert close(min(comp, D(100)) * dec(i["w"]) / 100, i["s"]), name
    c.append(("outputs", outputs))

    def conclusion():
        _, _, ts = indicator_table(t)
        assert dec(one(t, r"自评得分(\d+\.\d+)分")) == dec(ts)
        assert grade_of(t, r"评价等级为“(\S)”") == band(ts)
    c.append(("conclusion", conclusion))

    def years():
        assert "年度：2023年" in t and one(t, r"截至(\d{4})年12月31日") == "2023"
        assert all(int(y) > 2023 for y in alls(t, r"结转至(\d{4})年"))
        assert one(t, r"（(\d{4})年12月提前下达") == "2022"
    c.append(("years", years))
    return c


def checks_ln(t):
    c = []

    def funds():
        y0 = dec(one(t, r"年初预算(\d+\.\d+)万元"))
        parts = [dec(one(t, p)) for p in (r"补助资金(\d+(?:\.\d+)?)万元（2019", r"省级补助资金(\d+(?:\.\d+)?)万元",
                                          r"市本级配套资金(\d+(?:\.\d+)?)万元")]
        assert sum(parts) == y0, f"sources {parts} != {y0}"
        ex = dec(one(t, r"全年实际发放租赁补贴(\d+\.\d+)万元"))
        assert close(pct(ex, y0), one(t, r"预算执行率(\d+\.\d+%)"))
        assert y0 - ex == dec(one(t, r"结余(\d+\.\d+)万元"))
        q = re.search(r"分别发放(\d+\.\d+)万元、(\d+\.\d+)万元、(\d+\.\d+)万元、(\d+\.\d+)万元，季度平均发放(\d+\.\d+)万元", t)
        qs = [dec(q.group(k)) for k in (1, 2, 3, 4)]
        assert sum(qs) == ex, "quarters do not add to the total"
        assert close(sum(qs) / 4, q.group(5)), "quarterly average"
    c.append(("funds", funds))

    def households():
        total = int(one(t, r"共为(\d+)户保障家庭"))
        m = re.search(r"城市低保家庭(\d+)户、低收入家庭(\d+)户、新就业无房职工和外来务工人员(\d+)户，合计(\d+)户", t)
        assert sum(int(m.group(k)) for k in (1, 2, 3)) == int(m.group(4)) == total
        assert close(pct(total, dec(one(t, r"完成年度目标(\d+)户"))), one(t, r"户的(\d+\.\d+%)"))
        ex = dec(one(t, r"全年实际发放租赁补贴(\d+\.\d+)万元"))
        assert close(ex * 10000 / total / 12, one(t, r"户均月补贴约(\d+)元"))
        assert int(one(t, r"新受理申请(\d+)户")) - int(one(t, r"纳入保障的(\d+)户")) == int(one(t, r"其余(\d+)户"))
        back, yes = dec(one(t, r"回收(\d+)份")), dec(one(t, r"基本满意(\d+)份"))
        assert close(yes / back * 100, one(t, r"满意度(\d+\.\d+%)"))
    c.append(("households", households))

    def scores():
        m = re.search(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", t)
        assert sum(int(m.group(k)) for k in (1, 2, 3, 4)) == 100
        rate = one(t, r"预算执行率(\d+\.\d+%)")
        s = [one(t, r"预算执行率得分(\d+\.?\d*)分"), one(t, r"产出指标得分(\d+\.?\d*)分"),
             one(t, r"效益指标得分(\d+\.?\d*)分"), one(t, r"满意度指标得分(\d+\.?\d*)分")]
        y0 = dec(one(t, r"年初预算(\d+\.\d+)万元"))
        ex = dec(one(t, r"全年实际发放租赁补贴(\d+\.\d+)万元"))
        assert close(pct(ex, y0) / 10, s[0]) or close(dec(rate.rstrip("%")) / 10, s[0])
        assert dec(s[1]) == 50 - dec(one(t, r"未全部完成，扣(\d+\.?\d*)分"))
        assert dec(s[2]) == 30 - dec(one(t, r"未及时申请，扣(\d+\.?\d*)分"))
        for v, w in zip(s, (10, 50, 30, 10)):
            assert D(0) <= dec(v) <= w
        total = one(t, r"自评总得分(\d+\.\d+)分")
        assert close(sum(dec(v) for v in s), total), "score sum"
        assert grade_of(t, r"评价等级为“(\S)”") == band(dec(total))
    c.append(("scores", scores))

    def years():
        assert one(t, r"(\d{4})年项目年初预算") == "2020"
        for y, mth in re.findall(r"（(\d{4})年(\d+)月(?:提前)?下达）", t):
            assert y == "2020" or (y == "2019" and mth == "12"), f"issued {y}-{mth}"
        assert all(int(y) > 2020 for y in alls(t, r"结转至(\d{4})年"))
    c.append(("years", years))
    return c


def checks_yn(t):
    c = []
    c.append(("funds table", lambda: check_funds(t, per_row_rates=False)))
    c.append(("indicator table", lambda: check_indicators(t)))

    def prose():
        y0 = dec(one(t, r"年初预算(\d+\.\d+)万元"))
        add = dec(one(t, r"贴息补助资金(\d+\.\d+)万元"))
        y1 = dec(one(t, r"全年预算调整为(\d+\.\d+)万元"))
        ex = dec(one(t, r"全年拨付贴息资金(\d+\.\d+)万元，预算"))
        tot = funds_table(t)[0]
        assert y0 + add == y1 and y0 == dec(tot["y0"]) and y1 == dec(tot["y1"]) and ex == dec(tot["ex"])
        assert close(pct(ex, y1), one(t, r"预算执行率(\d+\.\d+%)"))
        assert y1 - ex == dec(one(t, r"年末结余(\d+\.\d+)万元"))
        assert close(pct(ex, dec(one(t, r"利息支出(\d+\.\d+)万元"))), one(t, r"占(\d+\.\d+%)"))
        assert all(dec(v) == ex for v in alls(t, r"(\d+\.\d+)万元") if v.startswith("514"))
        hh = set(alls(t, r"居民(\d+)户")) | set(alls(t, r"｜(\d+)户｜"))
        assert len(hh) == 1, f"households {hh}"
        assert dec(one(t, r"回迁安置率为(\d+\.\d%)").rstrip("%")) == dec(one(t, r"｜≥80%｜(\d+\.\d)%｜"))
        assert one(t, r"满意度为(\d+\.\d%)") == one(t, r"｜≥90%｜(\d+\.\d%)｜")
    c.append(("prose", prose))

    def conclusion():
        _, _, ts = indicator_table(t)
        assert dec(one(t, r"自评得分(\d+\.\d+)分")) == dec(ts)
        assert grade_of(t, r"自评等级｜(\S+)") == band(ts)
    c.append(("conclusion", conclusion))

    def rule_scores():
        ind, _, _ = indicator_table(t)
        for i in ind:
            if "c" in i:
                assert close(min(completion(i["target"], i["actual"]), D(100)) * dec(i["w"]) / 100, i["s"]), i["name"]
    c.append(("row scores", rule_scores))

    def years():
        assert "年度：2019年" in t and one(t, r"(\d{4})年项目年初预算") == "2019"
        assert one(t, r"截至(\d{4})年末") == "2019"
    c.append(("years", years))
    return c


def checks_tj(t):
    c = []
    c.append(("funds table", lambda: check_funds(t, per_row_rates=True)))
    c.append(("indicator table", lambda: check_indicators(t)))

    def prose_funds():
        rows = {r["name"]: r for r in funds_table(t)}
        tot = rows["年度资金总额"]
        y0 = dec(one(t, r"我委年初预算([\d,]+\.\d+)万元"))
        y1 = dec(one(t, r"后，全年预算([\d,]+\.\d+)万元，其中"))
        basic = dec(one(t, r"其中基本支出([\d,]+\.\d+)万元"))
        proj = [dec(v) for v in alls(t, r"项目支出(?:全年预算)?([\d,]+\.\d+)万元")]
        ex = dec(one(t, r"全年执行([\d,]+\.\d+)万元"))
        assert y0 == dec(tot["y0"]) and y1 == dec(tot["y1"]) and ex == dec(tot["ex"])
        assert basic == dec(rows["基本支出"]["y1"]) and all(p == dec(rows["项目支出"]["y1"]) for p in proj)
        assert basic + proj[0] == y1
        assert close(pct(ex, y1), one(t, r"预算执行率(\d+\.\d+%)；"))
        assert y1 - ex == dec(one(t, r"年末结余([\d,]+\.\d+)万元"))
        last = dec(one(t, r"2023年全年执行数([\d,]+\.\d+)万元"))
        assert close((ex / last - 1) * 100, one(t, r"执行数增长(\d+\.\d+%)"))
        eb = dec(one(t, r"基本支出执行([\d,]+\.\d+)万元"))
        ep = dec(one(t, r"项目支出执行([\d,]+\.\d+)万元"))
        assert eb == dec(rows["基本支出"]["ex"]) and ep == dec(rows["项目支出"]["ex"]) and eb + ep == ex
        assert close(pct(eb, ex), one(t, r"占全年执行数的(\d+\.\d+%)"))
        assert close(pct(ep, ex), one(t, r"万元，占(\d+\.\d+%)"))
        items = [dec(v) for v in re.findall(
            r"(?:人才公寓运营补贴|公租房维修改造|住房租赁补贴|老旧小区改造配套)([\d,]+\.\d+)万元", t)]
        assert len(items) == 4 and sum(items) == dec(rows["项目支出"]["y1"])
        assert one(t, r"项目支出执行率(\d+\.\d+%)") == rows["项目支出"]["rate"]
        ind, _, _ = indicator_table(t)
        cost = [i for i in ind if i["name"] == "公用经费支出"][0]
        assert dec(one(t, r"公用经费支出(\d+\.\d+)万元")) == dec(SIGN.match(cost["actual"]).group(2))
        assert dec(one(t, r"控制在年初预算(\d+\.\d+)万元以内")) == dec(SIGN.match(cost["target"]).group(2))
    c.append(("prose funds", prose_funds))

    def outputs():
        ind, _, _ = indicator_table(t)
        row = {i["name"]: i for i in ind}
        n = int(one(t, r"为([\d,]+)户城镇住房困难家庭").replace(",", ""))
        assert n == int(dec(SIGN.match(row["发放住房租赁补贴户数"]["actual"]).group(2)))
        assert close(pct(n, dec(one(t, r"完成年度目标([\d,]+)户"))), one(t, r"户的(\d+\.\d+%)"))
        assert int(one(t, r"困难家庭([\d,]+)户、").replace(",", "")) + int(one(t, r"务工人员(\d+)户")) == n
        units = dec(one(t, r"筹集人才公寓房源(\d+)套"))
        occ = dec(one(t, r"在住人才(\d+)户"))
        assert close(occ / units * 100, one(t, r"入住率(\d+\.\d%)，低于"))
        assert row["人才公寓入住率"]["actual"] == one(t, r"入住率(\d+\.\d%)，低于")
        i = row["人才公寓入住率"]
        assert close(completion(i["target"], i["actual"]) * dec(i["w"]) / 100, i["s"])
        assert row["保障对象满意度"]["actual"] == one(t, r"满意度(\d+\.\d%)。")
        assert row["住房保障信息系统数据更新及时率"]["actual"] == one(t, r"更新及时率(\d+\.\d%)")
    c.append(("outputs", outputs))

    def conclusion():
        _, _, ts = indicator_table(t)
        assert dec(one(t, r"自评得分(\d+\.\d+)分")) == dec(ts)
        assert grade_of(t, r"评价等级为(\S)。") == band(ts)
    c.append(("conclusion", conclusion))

    def years():
        assert one(t, r"\n(\d{4})年度部门整体支出绩效自评报告") == "2024"
        assert all(int(y) > 2024 for y in alls(t, r"结转至(\d{4})年"))
        assert one(t, r"(\d{4})年，我委年初预算") == "2024"
    c.append(("years", years))
    return c


CHECKS = {
    "fj-yongan-gongzufangweixiu-2021": checks_fj,
    "ah-tianchang-baozufang-2023": checks_ah,
    "ln-wafangdian-zulinbutie-2020": checks_ln,
    "yn-mile-penggaitiexi-2019": checks_yn,
    "tj-jinnan-zhujianwei-bumen-2024": checks_tj,
}


def run_checks(src, text):
    failed = []
    for name, fn in CHECKS[src](text):
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - any failure of a check counts
            failed.append(f"{name}: {type(exc).__name__} {exc}")
    return failed


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = {}
    clean_texts = {}
    for lab in labels:
        if lab["clean"]:
            clean_texts[lab["source"]] = read(lab["case"])
    for src, text in clean_texts.items():
        n = len(text)
        if not 3000 <= n <= 9000:
            fail(f"{src}: clean draft has {n} characters")
        bad = run_checks(src, text)
        for b in bad:
            fail(f"{src}-clean: {b}")
    for lab in labels:
        text = read(lab["case"])
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one finding")
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["severity"] != "error":
                fail(f"{lab['case']}: severity {e['severity']}")
            if e["value"] not in text:
                fail(f"{lab['case']}: value {e['value']!r} not in case")
        clean = clean_texts[lab["source"]]
        # one place: common prefix and suffix leave a single short differing region
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old_region, new_region = clean[p:len(clean) - s], text[p:len(text) - s]
        if not new_region and not old_region:
            fail(f"{lab['case']}: identical to clean draft")
        if len(old_region) > 80 or len(new_region) > 80:
            fail(f"{lab['case']}: differing region too long ({len(old_region)} / {len(new_region)} chars)")
        # the label value must cover (overlap) the changed region
        start, end = p, len(text) - s
        v = lab["expected"][0]["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not any(o < max(end, start + 1) and o + len(v) > start for o in occ):
            fail(f"{lab['case']}: value does not cover the changed characters")
        if not run_checks(lab["source"], text):
            fail(f"{lab['case']}: no arithmetic check fails on the error case")
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in need:
        if codes.get(code, 0) < 2:
            fail(f"code {code} occurs {codes.get(code, 0)} times (< 2)")
    for code in codes:
        if code not in need:
            fail(f"unexpected code {code}")
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{k}={codes[k]}" for k in need))
    print("OK")


if __name__ == "__main__":
    main()
