#!/usr/bin/env python3
"""Verify drafts223.

1. every label value occurs in its case file; labels cover every case file; the 13 codes occur at least twice;
2. each error case differs from its clean draft in one place (one short contiguous region);
3. the arithmetic of every clean draft is redone from the text itself: the 自评表 (weights, scores, totals,
   execution / arrival rates, balances, completion rates, scores from the rules), the funds tables (parts add up),
   and the figures stated in the prose (sums, rates, averages, balances, the same figure in text and table, grade band).

Prints OK at the end when everything holds; exits 1 otherwise.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAILS = []
NCHECKS = 0


def fail(msg):
    FAILS.append(msg)


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "").rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: a stated value with d decimals matches c iff |c - v| <= 0.5 * 10^-d."""
    v = D(str(stated).rstrip("%"))
    d = decimals(stated)
    return abs(Decimal(computed) - v) <= Decimal("0.5") * (Decimal(10) ** -d) + Decimal("1e-9")


def check(where, what, stated, computed):
    global NCHECKS
    NCHECKS += 1
    if not consistent(stated, computed):
        fail(f"{where}: {what}: stated {stated}, computed {Decimal(computed).quantize(Decimal('0.0001'))}")


def equal(where, what, a, b):
    global NCHECKS
    NCHECKS += 1
    if D(a) != D(b):
        fail(f"{where}: {what}: {a} != {b}")


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


def grade_ok(where, total, label):
    global NCHECKS
    NCHECKS += 1
    if label[0] != grade_of(total):
        fail(f"{where}: grade {label} does not fit total {total} (band {grade_of(total)})")


def g(text, pattern, where):
    """At least one match of pattern in text, all with the same figures; return its groups."""
    ms = list(re.finditer(pattern, text))
    if not ms:
        fail(f"{where}: pattern {pattern!r} not found")
        return None
    if len({m.groups() for m in ms}) > 1:
        fail(f"{where}: pattern {pattern!r} found with different figures {[m.groups() for m in ms]}")
    return ms[0].groups()


# ---------------------------------------------------------------- tables

HEADER_KEYS = ("分值", "执行率", "年初预算数", "一级指标", "到位率")
NUM = re.compile(r"^([≥≤＜＞=]?)\s*(-?\d+(?:\.\d+)?)(.*)$")


def parse_tables(text):
    """Return a list of tables: dict(header=[...], rows=[[cells]...]) from lines with full-width bars."""
    tables = []
    cur = None
    for line in text.split("\n"):
        if "｜" not in line:
            cur = None
            continue
        cells = line.split("｜")
        if any(k in c for c in cells for k in HEADER_KEYS) and not any(NUM.match(c.strip()) for c in cells):
            cur = {"header": cells, "rows": []}
            tables.append(cur)
            continue
        if cur is not None and len(cells) == len(cur["header"]):
            cur["rows"].append(cells)
    return tables


def col(header, *names):
    for n in names:
        for i, h in enumerate(header):
            if h.startswith(n) or n == h:
                return i
    return None


def num(cell):
    m = NUM.match(cell.strip())
    if not m:
        return None
    return m.group(1), D(m.group(2)), m.group(3).strip()


def completion(target, actual):
    """rules.md §5; returns (completion fraction) or None when not computable."""
    t, a = num(target), num(actual)
    if not t or not a:
        return None
    sign, tv, tu = t
    _, av, au = a
    if tu != au:
        return None
    if sign in ("≤", "＜"):
        return Decimal(1) if av <= tv else tv / av
    if tv == 0:
        return Decimal(1) if av <= 0 else Decimal(0)
    return av / tv


RATE_WORDS = r"(?:执行率|到位率|满意度|覆盖率|入学率|入住率|准确率|及时率|合格率|核准率|接种率|有效率|运营率|使用率|发放率)"


def check_rate_ranges(name, text):
    """I5: no rate (other than a completion rate) above 100% or below 0, in text or table."""
    global NCHECKS
    for m in re.finditer(RATE_WORDS + r"[^0-9，。；｜\n]{0,8}(-?\d+(?:\.\d+)?)%", text):
        NCHECKS += 1
        if not 0 <= D(m.group(1)) <= 100:
            fail(f"{name}: implausible rate {m.group(0)}")
    for tb in parse_tables(text):
        h = tb["header"]
        i3, iact = col(h, "三级指标"), col(h, "实际完成值")
        if i3 is None or iact is None:
            continue
        for r in tb["rows"]:
            n = num(r[iact])
            if n and n[2] == "%" and re.search(RATE_WORDS, r[i3]):
                NCHECKS += 1
                if not 0 <= n[1] <= 100:
                    fail(f"{name}: implausible rate {r[i3]} {r[iact]}")


def check_tables(name, text):
    tables = parse_tables(text)
    weights, scores, totals = [], [], []
    by_level = {}
    rows_by_name = {}
    for tb in tables:
        h = tb["header"]
        iw, isc = col(h, "分值"), col(h, "得分")
        irate, iarr = col(h, "执行率"), col(h, "到位率")
        iann, iexe, irec = col(h, "全年预算数"), col(h, "全年执行数"), col(h, "实际到位数")
        ibal = col(h, "结余")
        itgt, iact, icomp = col(h, "年度指标值"), col(h, "实际完成值"), col(h, "完成率")
        for r in tb["rows"]:
            first = r[0]
            where = f"{name} [{first}｜{r[2] if len(r) > 2 else ''}]"
            # funds rows
            if iann is not None and iexe is not None and irate is not None and num(r[irate]):
                rate = D(r[iexe]) / D(r[iann]) * 100
                check(where, "执行率 = 执行/全年预算", r[irate], rate)
                if iw is not None and num(r[iw]):
                    w = D(r[iw])
                    ok = consistent(r[isc], w * min(rate, Decimal(100)) / 100) or \
                        consistent(r[isc], w * min(D(r[irate].rstrip('%')), Decimal(100)) / 100)
                    if not ok:
                        fail(f"{where}: execution score {r[isc]} != {w} x rate")
            if iarr is not None and irec is not None and num(r[iarr]):
                check(where, "到位率 = 到位/全年预算", r[iarr], D(r[irec]) / D(r[iann]) * 100)
            if ibal is not None and num(r[ibal]):
                base = r[irec] if irec is not None else r[iann]
                check(where, "结余 = 到位 - 执行", r[ibal], D(base) - D(r[iexe]))
            # indicator rows
            if itgt is not None and iact is not None and icomp is not None and num(r[icomp]):
                c = completion(r[itgt], r[iact])
                if c is None:
                    fail(f"{where}: completion stated but target/actual not comparable")
                else:
                    check(where, "完成率", r[icomp], c * 100)
            if iw is not None and isc is not None and num(r[iw]) and num(r[isc]):
                w, s = D(r[iw]), D(r[isc])
                if first.startswith(("总分", "合计")):
                    totals.append((r[iw], r[isc]))
                    continue
                weights.append(w)
                scores.append(s)
                if s > w or s < 0:
                    fail(f"{where}: score {s} outside [0, {w}]")
                by_level.setdefault(first, [0, 0])
                by_level[first][0] += w
                by_level[first][1] += s
                if len(r) > 2:
                    rows_by_name[r[2]] = dict(zip(h, r))
                if itgt is not None and iact is not None:
                    c = completion(r[itgt], r[iact])
                    if c is not None:
                        exp = w * min(c, Decimal(1))
                        ok = consistent(r[isc], exp)
                        if icomp is not None and num(r[icomp]):
                            ok = ok or consistent(r[isc], w * min(D(r[icomp].rstrip('%')), Decimal(100)) / 100)
                        if not ok:
                            fail(f"{where}: score {r[isc]} does not follow from target/actual ({exp:.2f})")
    info = {"tables": tables, "by_level": by_level, "rows": rows_by_name}
    if weights:
        global NCHECKS
        NCHECKS += 2
        if sum(weights) != 100:
            fail(f"{name}: weights add to {sum(weights)}")
        if len(totals) != 1:
            fail(f"{name}: expected one 总分/合计 row, found {len(totals)}")
        else:
            tw, ts = totals[0]
            equal(name, "total weight", tw, sum(weights))
            check(name, "total score = sum of row scores", ts, sum(scores))
            info["total"] = ts
    return info


# ---------------------------------------------------------------- per-draft checks

def lijin(name, t, info):
    w = name
    a = g(t, r"年初预算([\d.]+)万元，全部为县级财政资金", w)
    b = g(t, r"居家和社区养老服务补助资金([\d.]+)万元，统筹用于本项目，追加后全年预算([\d.]+)万元", w)
    check(w, "年初 + 追加 = 全年", b[1], D(a[0]) + D(b[0]))
    s = g(t, r"全年实际支出([\d.]+)万元，其中上门服务补贴([\d.]+)万元、老年助餐补贴([\d.]+)万元、服务质量第三方评估费([\d.]+)万元，预算执行率([\d.]+)%", w)
    check(w, "支出 = parts", s[0], D(s[1]) + D(s[2]) + D(s[3]))
    check(w, "执行率", s[4], D(s[0]) / D(b[1]) * 100)
    bal = g(t, r"年末结余([\d.]+)万元", w)
    check(w, "结余", bal[0], D(b[1]) - D(s[0]))
    av = g(t, r"考核得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分，平均([\d.]+)分", w)
    check(w, "average", av[3], (D(av[0]) + D(av[1]) + D(av[2])) / 3)
    tgt_p = g(t, r"为全县(\d+)名以上特殊困难老年人", w)
    tgt_s = g(t, r"全年服务(\d+)万人次以上", w)
    p = g(t, r"享受补贴的老年人(\d+)人，较2021年的(\d+)人增加(\d+)人，完成年度目标的([\d.]+)%", w)
    equal(w, "increase over 2021", p[2], D(p[0]) - D(p[1]))
    check(w, "completion persons", p[3], D(p[0]) / D(tgt_p[0]) * 100)
    sv = g(t, r"全年提供上门服务([\d.]+)万人次，完成年度目标的([\d.]+)%", w)
    check(w, "completion services", sv[1], D(sv[0]) / D(tgt_s[0]) * 100)
    tm = g(t, r"全年(\d+)个月中有(\d+)个月按时拨付补贴，及时率([\d.]+)%", w)
    check(w, "及时率", tm[2], D(tm[1]) / D(tm[0]) * 100)
    # text vs table
    f = info["tables"][0]["rows"]
    funds = {r[0]: r for r in info["tables"][0]["rows"]}
    tot = funds["年度资金总额"]
    equal(w, "table 年初", tot[1], a[0]); equal(w, "table 全年", tot[2], b[1]); equal(w, "table 执行", tot[3], s[0])
    equal(w, "table rate = text rate", tot[5].rstrip("%"), s[4])
    for lab in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        assert lab in funds
    for i in (1, 2, 3):
        equal(w, "funds components", funds["年度资金总额"][i],
              D(funds["其中：当年财政拨款"][i]) + D(funds["上年结转资金"][i]) + D(funds["其他资金"][i]))
    rows = info["rows"]
    equal(w, "persons text/table", rows["享受居家养老服务补贴老年人数"]["实际完成值"].rstrip("人"), p[0])
    equal(w, "services text/table", rows["上门服务人次"]["实际完成值"].replace("万人次", ""), sv[0])
    equal(w, "及时率 text/table", rows["补贴资金按月拨付及时率"]["实际完成值"].rstrip("%"), tm[2])
    sat = g(t, r"满意度([\d.]+)%。其中", w)
    equal(w, "satisfaction text/table", rows["服务对象满意度"]["实际完成值"].rstrip("%"), sat[0])
    c = g(t, r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总分([\d.]+)分，评价等级为(.)", w)
    lv = info["by_level"]
    check(w, "执行率 score text/table", c[0], lv["年度资金总额"][1])
    check(w, "产出 subtotal", c[1], lv["产出指标"][1])
    check(w, "效益 subtotal", c[2], lv["效益指标"][1])
    check(w, "满意度 subtotal", c[3], lv["满意度指标"][1])
    check(w, "text total", c[4], D(c[0]) + D(c[1]) + D(c[2]) + D(c[3]))
    equal(w, "text total = table total", c[4], info["total"])
    grade_ok(w, c[4], c[5])


def baofeng(name, t, info):
    w = name
    a = g(t, r"年初预算([\d.]+)万元，其中中央专项彩票公益金([\d.]+)万元（2019年12月提前下达）、县级配套资金([\d.]+)万元", w)
    check(w, "年初 parts", a[0], D(a[1]) + D(a[2]))
    b = g(t, r"追加下达专项补助资金([\d.]+)万元，全年预算调整为([\d.]+)万元", w)
    check(w, "全年 = 年初 + 追加", b[1], D(a[0]) + D(b[0]))
    e = g(t, r"项目资金([\d.]+)万元全部到位，全年支出([\d.]+)万元，预算执行率([\d.]+)%", w)
    equal(w, "到位 = 全年", e[0], b[1])
    check(w, "执行率", e[2], D(e[1]) / D(b[1]) * 100)
    h = g(t, r"大营镇敬老院支出([\d.]+)万元，石桥镇敬老院支出([\d.]+)万元，杨庄镇敬老院支出([\d.]+)万元", w)
    check(w, "three homes = 全年支出", e[1], D(h[0]) + D(h[1]) + D(h[2]))
    u = g(t, r"未支付的([\d.]+)万元为工程质保金和部分设备尾款，已按合同约定结转至(\d+)年", w)
    check(w, "结转 = 到位 - 执行", u[0], D(e[0]) - D(e[1]))
    equal(w, "carry-over year", u[1], 2021)
    # sources table
    src = {r[0]: r for r in info["tables"][0]["rows"]}
    for i in range(1, 5):
        equal(w, f"sources column {info['tables'][0]['header'][i]}", src["合计"][i],
              D(src["中央资金"][i]) + D(src["省级资金"][i]) + D(src["县级资金"][i]))
    equal(w, "table 年初 central", src["中央资金"][1], a[1]); equal(w, "table 年初 county", src["县级资金"][1], a[2])
    equal(w, "table 省级 追加", src["省级资金"][2], b[0])
    equal(w, "table total spent", src["合计"][4], e[1]); equal(w, "table rate", src["合计"][6].rstrip("%"), e[2])
    funds = {r[0]: r for r in info["tables"][1]["rows"]}
    equal(w, "自评表 年初", funds["年度资金总额"][1], a[0]); equal(w, "自评表 全年", funds["年度资金总额"][2], b[1])
    equal(w, "自评表 执行", funds["年度资金总额"][3], e[1])
    for i in (1, 2, 3):
        equal(w, "funds components", funds["年度资金总额"][i],
              D(funds["其中：当年财政拨款"][i]) + D(funds["上年结转资金"][i]) + D(funds["其他资金"][i]))
    o = g(t, r"床位共(\d+)张，入住特困人员(\d+)人，床位入住率([\d.]+)%，较年度目标低([\d.]+)个百分点", w)
    check(w, "入住率", o[2], D(o[1]) / D(o[0]) * 100)
    rows = info["rows"]
    tgt = num(rows["敬老院床位入住率"]["年度指标值"])[1]
    check(w, "gap to target", o[3], tgt - D(o[2]))
    equal(w, "入住率 text/table", rows["敬老院床位入住率"]["实际完成值"].rstrip("%"), o[2])
    em = g(t, r"仍有(\d+)张床位空置", w)
    equal(w, "empty beds", em[0], D(o[0]) - D(o[1]))
    bd = g(t, r"新增护理型床位(\d+)张，设置护理站", w)
    equal(w, "beds text/table", rows["新增护理型床位"]["实际完成值"].rstrip("张"), bd[0])
    cost = g(t, r"单位面积改造成本为每平方米(\d+)元，低于每平方米(\d+)元", w)
    equal(w, "cost text/table", rows["单位面积改造成本"]["实际完成值"].split("元")[0], cost[0])
    tot = g(t, r"本项目自评得分([\d.]+)分，评价等级为“(.)”", w)
    equal(w, "text total = table total", tot[0], info["total"])
    grade_ok(w, tot[0], tot[1])


def shidian(name, t, info):
    w = name
    if info["tables"]:
        fail(f"{w}: prose-only draft has a table")
    st = g(t, r"集中养育孤儿每人每月(\d+)元，社会散居孤儿每人每月(\d+)元，事实无人抚养儿童参照社会散居孤儿标准，每人每月(\d+)元", w)
    bu = g(t, r"2023年度孤儿基本生活费全年预算([\d.]+)万元，其中中央补助资金([\d.]+)万元、省级补助资金([\d.]+)万元、县级配套资金([\d.]+)万元。年初预算([\d.]+)万元，[^。]*追加([\d.]+)万元", w)
    check(w, "budget parts", bu[0], D(bu[1]) + D(bu[2]) + D(bu[3]))
    check(w, "年初 + 追加", bu[0], D(bu[4]) + D(bu[5]))
    cb = g(t, r"2022年12月提前下达([\d.]+)万元，2023年6月下达([\d.]+)万元", w)
    check(w, "central batches", bu[1], D(cb[0]) + D(cb[1]))
    ex = g(t, r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%", w)
    check(w, "执行率", ex[1], D(ex[0]) / D(bu[0]) * 100)
    cat = g(t, r"集中养育孤儿月均(\d+)人，支出([\d.]+)万元；社会散居孤儿月均(\d+)人，支出([\d.]+)万元；事实无人抚养儿童月均(\d+)人，支出([\d.]+)万元", w)
    for (n, amt, std) in ((cat[0], cat[1], st[0]), (cat[2], cat[3], st[1]), (cat[4], cat[5], st[2])):
        check(w, f"{n} persons x {std}元 x 12", amt, D(n) * D(std) * 12 / 10000)
    check(w, "categories = 支出", ex[0], D(cat[1]) + D(cat[3]) + D(cat[5]))
    q = g(t, r"第一至第四季度分别支出([\d.]+)万元、([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，季均([\d.]+)万元", w)
    check(w, "quarters = 支出", ex[0], sum(D(x) for x in q[:4]))
    check(w, "quarterly average", q[4], sum(D(x) for x in q[:4]) / 4)
    bal = g(t, r"年末结余([\d.]+)万元，已按规定结转至(\d+)年", w)
    check(w, "结余", bal[0], D(bu[0]) - D(ex[0]))
    equal(w, "carry-over year", bal[1], 2024)
    ch = g(t, r"新增保障对象(\d+)人，停发(\d+)人，其中[^。]*?停发(\d+)人、[^。]*?停发(\d+)人、[^。]*?停发(\d+)人", w)
    equal(w, "stops add up", ch[1], D(ch[2]) + D(ch[3]) + D(ch[4]))
    tg = g(t, r"全年保障孤儿和事实无人抚养儿童不少于(\d+)人", w)
    p = g(t, r"全年月均保障孤儿和事实无人抚养儿童(\d+)人，较2022年月均(\d+)人增加(\d+)人，为年度目标的([\d.]+)%", w)
    equal(w, "persons = categories", p[0], D(cat[0]) + D(cat[2]) + D(cat[4]))
    equal(w, "increase", p[2], D(p[0]) - D(p[1]))
    check(w, "completion", p[3], D(p[0]) / D(tg[0]) * 100)
    pp = g(t, r"保障人数超出年度目标(\d+)个百分点", w)
    check(w, "over target (points)", pp[0], D(p[3]) - 100)
    paid = g(t, r"全年累计发放基本生活费([\d.]+)万元", w)
    equal(w, "paid = 支出", paid[0], ex[0])
    s = g(t, r"发放满意度问卷(\d+)份，收回有效问卷(\d+)份，其中“满意”和“基本满意”(\d+)份，满意度([\d.]+)%", w)
    check(w, "satisfaction", s[3], D(s[2]) / D(s[1]) * 100)
    sc = g(t, r"预算执行率分值(\d+)分，得([\d.]+)分；产出指标分值(\d+)分，其中保障人数(\d+)分、发放准确率(\d+)分、按月足额发放率(\d+)分、散居孤儿保障标准(\d+)分，均得满分，共得(\d+)分；效益指标分值(\d+)分，其中保障覆盖率(\d+)分，得(\d+)分，动态管理机制(\d+)分，[^，]*扣(\d+)分，得(\d+)分，共得(\d+)分；满意度指标分值(\d+)分，得(\d+)分。综合得分([\d.]+)分，评价等级为(.)", w)
    (we, se, wo, o1, o2, o3, o4, so, wb, b1, sb1, b2, ded, sb2, sb, ws, ss, tot, grade) = sc
    check(w, "execution score", se, D(we) * D(ex[1]) / 100)
    equal(w, "产出 weights", wo, D(o1) + D(o2) + D(o3) + D(o4)); equal(w, "产出 full score", so, wo)
    equal(w, "效益 weights", wb, D(b1) + D(b2)); equal(w, "deduction", sb2, D(b2) - D(ded))
    equal(w, "效益 score", sb, D(sb1) + D(sb2))
    equal(w, "weights = 100", D(we) + D(wo) + D(wb) + D(ws), 100)
    for sc_, wt_ in ((se, we), (so, wo), (sb1, b1), (sb2, b2), (ss, ws)):
        if D(sc_) > D(wt_):
            fail(f"{w}: score {sc_} above weight {wt_}")
    check(w, "total", tot, D(se) + D(so) + D(sb) + D(ss))
    grade_ok(w, tot, grade)


def huanren(name, t, info):
    w = name
    ft = info["tables"][0]
    r = {row[0].replace("其中：", ""): row for row in ft["rows"]}
    for i in (1, 2, 3):
        col_ = ft["header"][i]
        equal(w, f"{col_}: 合计 = 基本 + 项目", r["支出合计"][i], D(r["基本支出"][i]) + D(r["项目支出"][i]))
        equal(w, f"{col_}: 基本 = 人员 + 公用", r["基本支出"][i], D(r["人员经费"][i]) + D(r["公用经费"][i]))
        equal(w, f"{col_}: 项目 = items", r["项目支出"][i],
              D(r["儿童养育费"][i]) + D(r["康复设备购置"][i]) + D(r["医疗康复费"][i]) + D(r["取暖及维修费"][i]))
    a = g(t, r"年初预算([\d.]+)万元，年中因落实工资调标增加人员经费([\d.]+)万元，[^。]*康复设备购置资金([\d.]+)万元，全年预算调整为([\d.]+)万元", w)
    check(w, "年初 + adjustments", a[3], D(a[0]) + D(a[1]) + D(a[2]))
    equal(w, "年初 text/table", a[0], r["支出合计"][1]); equal(w, "全年 text/table", a[3], r["支出合计"][2])
    check(w, "人员经费 adjustment", a[1], D(r["人员经费"][2]) - D(r["人员经费"][1]))
    equal(w, "设备 text/table", a[2], r["康复设备购置"][2])
    e = g(t, r"全年支出([\d.]+)万元，预算执行率([\d.]+)%，年末结余([\d.]+)万元，其中医疗康复费([\d.]+)万元、康复设备购置([\d.]+)万元、公用经费([\d.]+)万元", w)
    equal(w, "执行 text/table", e[0], r["支出合计"][3]); equal(w, "rate text/table", e[1], r["支出合计"][4].rstrip("%"))
    check(w, "结余", e[2], D(a[3]) - D(e[0]))
    check(w, "结余 parts", e[2], D(e[3]) + D(e[4]) + D(e[5]))
    for v, k in ((e[3], "医疗康复费"), (e[4], "康复设备购置"), (e[5], "公用经费")):
        check(w, f"{k} unspent", v, D(r[k][2]) - D(r[k][3]))
    for k in r:
        if D(r[k][2]) - D(r[k][3]) != 0 and k not in ("医疗康复费", "康复设备购置", "公用经费", "支出合计", "基本支出", "项目支出"):
            fail(f"{w}: unexplained unspent amount in {k}")
    ch = g(t, r"月均在院儿童(\d+)人，其中孤儿(\d+)人，[^。]*?困境儿童(\d+)人", w)
    equal(w, "children", ch[0], D(ch[1]) + D(ch[2]))
    fee = g(t, r"儿童养育费按每人每月(\d+)元标准，保障月均在院儿童(\d+)人", w)
    check(w, "养育费 = n x std x 12", r["儿童养育费"][3], D(fee[0]) * D(fee[1]) * 12 / 10000)
    equal(w, "children twice", fee[1], ch[0])
    sc = g(t, r"适龄儿童(\d+)人全部入学（入园），其中在普通学校就读(\d+)人、在特殊教育学校就读(\d+)人", w)
    equal(w, "school", sc[0], D(sc[1]) + D(sc[2]))
    tg = g(t, r"全年提供康复训练服务(\d+)人次以上", w)
    k = g(t, r"康复训练服务(\d+)人次，完成年度目标的([\d.]+)%", w)
    check(w, "completion 康复", k[1], D(k[0]) / D(tg[0]) * 100)
    rows = info["rows"]
    equal(w, "康复 text/table", rows["康复训练服务人次"]["实际完成值"].replace("人次", ""), k[0])
    equal(w, "children text/table", rows["集中养育儿童人数"]["实际完成值"].rstrip("人"), ch[0])
    s = g(t, r"满意度问卷(\d+)份，满意的(\d+)份，满意度(\d+)%", w)
    check(w, "satisfaction", s[2], D(s[1]) / D(s[0]) * 100)
    equal(w, "satisfaction text/table", rows["儿童及社会各界满意度"]["实际完成值"].rstrip("%"), s[2])
    equal(w, "exec rate text/indicator table", rows["部门预算执行率"]["实际完成值"].rstrip("%"), e[1])
    lo = g(t, r"执行率仅([\d.]+)%", w)
    equal(w, "医疗康复费 rate", lo[0], r["医疗康复费"][4].rstrip("%"))
    tot = g(t, r"综合自评得分([\d.]+)分", w)
    equal(w, "text total = table total", tot[0], info["total"])
    gr = g(t, r"自评等级｜(.)", w)
    grade_ok(w, info["total"], gr[0])


def xiangshan(name, t, info):
    w = name
    st = g(t, r"80至89周岁每人每月(\d+)元，90至99周岁每人每月(\d+)元，100周岁及以上每人每月(\d+)元", w)
    a = g(t, r"年初预算([\d.]+)万元。", w)
    b = g(t, r"追加预算([\d.]+)万元，全年预算([\d.]+)万元", w)
    check(w, "年初 + 追加", b[1], D(a[0]) + D(b[0]))
    e = g(t, r"全年实际发放高龄津贴([\d.]+)万元，预算执行率([\d.]+)%", w)
    check(w, "执行率", e[1], D(e[0]) / D(b[1]) * 100)
    p = g(t, r"月均(\d+)名发放对象中，80至89周岁(\d+)人、90至99周岁(\d+)人、100周岁及以上(\d+)人；([\d.]+)万元津贴中，80至89周岁老人发放([\d.]+)万元、90至99周岁老人发放([\d.]+)万元、100周岁及以上老人发放([\d.]+)万元", w)
    equal(w, "persons by age", p[0], D(p[1]) + D(p[2]) + D(p[3]))
    check(w, "amounts by age", p[4], D(p[5]) + D(p[6]) + D(p[7]))
    equal(w, "amount twice", p[4], e[0])
    for n, amt, std in ((p[1], p[5], st[0]), (p[2], p[6], st[1]), (p[3], p[7], st[2])):
        check(w, f"{n} x {std}元 x 12", amt, D(n) * D(std) * 12 / 10000)
    ft = info["tables"][0]
    fr = ft["rows"][0]
    equal(w, "table 年初", fr[1], a[0]); equal(w, "table 全年", fr[2], b[1]); equal(w, "table 到位", fr[3], b[1])
    equal(w, "table 执行", fr[4], e[0]); equal(w, "table rate", fr[6].rstrip("%"), e[1])
    yr = g(t, r"项目名称｜高龄津贴｜年度｜(\d+)年", w)
    equal(w, "table year", yr[0], 2024)
    tg = g(t, r"全年月均发放高龄津贴(\d+)人以上", w)
    q = g(t, r"全年月均发放高龄津贴(\d+)人，较2023年月均(\d+)人增加(\d+)人，完成年度目标的([\d.]+)%", w)
    equal(w, "persons twice", q[0], p[0]); equal(w, "increase", q[2], D(q[0]) - D(q[1]))
    check(w, "completion", q[3], D(q[0]) / D(tg[0]) * 100)
    pp = g(t, r"发放人数超出目标([\d.]+)个百分点", w)
    check(w, "points over target", pp[0], D(q[3]) - 100)
    nw = g(t, r"全年新纳入高龄津贴发放对象(\d+)人，其中通过数据推送主动办理的(\d+)人", w)
    if D(nw[1]) > D(nw[0]):
        fail(f"{w}: part above whole")
    rows = info["rows"]
    equal(w, "persons text/table", rows["高龄津贴发放人数（月均）"]["实际完成值"].rstrip("人"), q[0])
    equal(w, "completion text/table", rows["高龄津贴发放人数（月均）"]["完成率"].rstrip("%"), q[3])
    cov = g(t, r"津贴覆盖率为([\d.]+)%", w)
    equal(w, "coverage text/table", rows["80周岁以上老年人津贴覆盖率"]["实际完成值"].rstrip("%"), cov[0])
    d = g(t, r"去世后未及时停发(\d+)人，超出年度控制目标(\d+)人", w)
    lim = num(rows["老年人去世后未及时停发人数"]["年度指标值"])[1]
    equal(w, "over the cap", d[1], D(d[0]) - lim)
    equal(w, "stops text/table", rows["老年人去世后未及时停发人数"]["实际完成值"].rstrip("人"), d[0])
    s = g(t, r"满意度([\d.]+)%。老人", w)
    equal(w, "satisfaction text/table", rows["高龄老人及家属满意度"]["实际完成值"].rstrip("%"), s[0])
    std100 = rows["百岁老人津贴标准"]["实际完成值"].split("元")[0]
    equal(w, "100+ standard", std100, st[2])
    tot = g(t, r"综合得分([\d.]+)分，评价等级为(..)", w)
    equal(w, "text total = table total", tot[0], info["total"])
    grade_ok(w, tot[0], tot[1])


DRAFTS = {
    "lijin-jujiayanglao-2022": lijin,
    "baofeng-jinglaoyuan-2020": baofeng,
    "shidian-guer-2023": shidian,
    "huanren-ertongfuliyuan-2019": huanren,
    "xiangshan-gaolingjintie-2024": xiangshan,
}


def one_place(a, b):
    """Length of the differing region of a and b after removing the common prefix and suffix."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    for l in labels:
        text = open(os.path.join(CASES, l["case"]), encoding="utf-8").read()
        if l["clean"]:
            if l["expected"]:
                fail(f"{l['case']}: clean case with expected findings")
            if not 3000 <= len(text) <= 9000:
                fail(f"{l['case']}: length {len(text)} outside 3000-9000")
            continue
        if len(l["expected"]) != 1:
            fail(f"{l['case']}: expected exactly one finding")
        for e in l["expected"]:
            codes[e["code"]] += 1
            if e["severity"] != "error":
                fail(f"{l['case']}: severity {e['severity']}")
            if e["value"] not in text:
                fail(f"{l['case']}: value {e['value']!r} not in case")
        clean = open(os.path.join(CASES, f"{l['source']}-clean.txt"), encoding="utf-8").read()
        if clean == text:
            fail(f"{l['case']}: identical to clean")
        x, y = one_place(clean, text)
        if max(len(x), len(y)) > 160:
            fail(f"{l['case']}: differs over {max(len(x), len(y))} characters")
        if not any(e["value"] in text and (y in e["value"] or e["value"] in text[text.find(y) - 80:text.find(y) + len(y) + 80])
                   for e in l["expected"]):
            fail(f"{l['case']}: value not near the change")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    for src, fn in DRAFTS.items():
        name = f"{src}-clean.txt"
        text = open(os.path.join(CASES, name), encoding="utf-8").read()
        info = check_tables(name, text)
        check_rate_ranges(name, text)
        fn(name, text, info)
    if FAILS:
        for f in FAILS:
            print("FAIL", f)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, {NCHECKS} arithmetic checks on 5 clean drafts")
    print("OK")


if __name__ == "__main__":
    main()
