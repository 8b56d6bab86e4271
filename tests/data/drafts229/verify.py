#!/usr/bin/env python3
"""Verify drafts229.

1. labels.jsonl: every case exists, every label value occurs in its case (and, for error cases,
   not in the clean draft), each error case differs from its clean draft in one contiguous place.
2. Redo the arithmetic of every clean draft: the 自评表 (funds block, weights, scores, total, grade,
   completion rates, units) and the figures in the prose (rates, balances, sums, averages, scores,
   grades, years, repeated values). Every check must pass on the clean drafts.
3. Sanity: every error case must fail at least one of these checks (the injected slip is real).
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


# ---------------------------------------------------------------- helpers
def dec_places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the string as written; computed: Decimal. Rules §8 tolerance."""
    v = D(stated.replace(",", ""))
    tol = D(5) * D(10) ** (-(dec_places(stated) + 1))
    return abs(D(computed) - v) <= tol + D("1e-9")


def pct(a, b):
    return D(a) / D(b) * 100


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Checker:
    def __init__(self, text):
        self.text = text
        self.results = []  # (name, ok, detail)

    def ok(self, name, cond, detail=""):
        self.results.append((name, bool(cond), detail))

    def grab(self, pattern, flags=0):
        m = re.search(pattern, self.text, flags)
        if not m:
            self.results.append((f"pattern {pattern!r}", False, "not found"))
            return None
        return m.groups()

    def grab_all(self, pattern):
        return re.findall(pattern, self.text)

    def failures(self):
        return [r for r in self.results if not r[1]]


def num(s):
    return D(s.replace(",", ""))


UNIT_RE = re.compile(r"^\s*(?:≥|≤|＞|＜|>=|<=|=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*?)\s*$")


def parse_value(cell):
    """'≥240套' -> ('gte', Decimal(240), '套'); qualitative or dates -> None."""
    c = cell.strip()
    if not c or c == "—" or ("年" in c and "月" in c):
        return None
    direction = "eq"
    if c.startswith(("≥", ">=", "＞")) or "不低于" in c or "不少于" in c:
        direction = "gte"
    elif c.startswith(("≤", "<=", "＜")) or "不超过" in c or "以内" in c:
        direction = "lte"
    m = UNIT_RE.match(c)
    if not m:
        return None
    return direction, num(m.group(1)), m.group(2)


# ---------------------------------------------------------------- the 自评表
def table_rows(text, header_pred):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if BAR in line and header_pred(line):
            header = line.split(BAR)
            rows = []
            for row in lines[i + 1:]:
                if BAR not in row:
                    break
                rows.append(row.split(BAR))
            return header, rows
    return None, []


def check_funds_block(ck):
    header, rows = table_rows(ck.text, lambda l: "年初预算数" in l and "全年执行数" in l and "执行率" in l)
    if header is None:
        return None
    ci = {name: header.index(name) for name in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
    funds = []
    for r in rows:
        if len(r) != len(header) or not re.search(r"\d|—", r[ci["全年预算数"]]):
            break
        funds.append(r)
    total = funds[0]
    ck.ok("funds: first row is 年度资金总额", total[0].startswith("年度资金总额"))
    # rates, incl. zero bases
    for r in funds:
        a, b, rate = r[ci["全年预算数"]], r[ci["全年执行数"]], r[ci["执行率"]]
        if a in ("—", "") or num(a) == 0:
            ck.ok(f"funds {r[0]}: no rate on a zero budget", rate in ("—", "", "0"), rate)
        elif rate not in ("—", ""):
            ck.ok(f"funds {r[0]}: 执行率 {rate}", close(rate.rstrip("%"), pct(b, a)), f"{b}/{a}")
    # components (groups start at the first sub-row and at any row beginning with 按…分)
    groups, cur = [], []
    for r in funds[1:]:
        if re.match(r"按.+?分：", r[0]) and cur:
            groups.append(cur)
            cur = []
        cur.append(r)
    if cur:
        groups.append(cur)
    for g in groups:
        for col in ("年初预算数", "全年预算数", "全年执行数"):
            vals = [num(r[ci[col]]) for r in g if r[ci[col]] not in ("—", "")]
            ck.ok(f"funds: components of {col} ({'+'.join(r[0] for r in g)})",
                  close(total[ci[col]], sum(vals, D(0))), f"{vals} vs {total[ci[col]]}")
    w, sc = total[ci["分值"]], total[ci["得分"]]
    r_unrounded = D(total[ci["全年执行数"]]) / D(total[ci["全年预算数"]])
    r_stated = num(total[ci["执行率"]].rstrip("%")) / 100
    ck.ok("funds: execution score", close(sc, D(w) * min(r_unrounded, D(1))) or close(sc, D(w) * min(r_stated, D(1))),
          f"{w} x {r_unrounded}")
    return {"weight": D(w), "score": num(sc), "annual": num(total[ci["全年预算数"]]),
            "spent": num(total[ci["全年执行数"]]), "initial": num(total[ci["年初预算数"]]),
            "rate": total[ci["执行率"]]}


def check_indicator_block(ck, funds):
    header, rows = table_rows(ck.text, lambda l: "三级指标" in l and "分值" in l and "得分" in l)
    if header is None:
        return None
    ci = {h: i for i, h in enumerate(header)}
    iw, isc, it, ia = ci["分值"], ci["得分"], ci["年度指标值"], ci["实际完成值"]
    ic = ci.get("完成率")
    ind, total_row = [], None
    for r in rows:
        if r[0].startswith(("总分", "合计")):
            total_row = r
            break
        ind.append(r)
    ck.ok("indicators: total row present", total_row is not None)
    levels = {}
    for r in ind:
        name = r[2]
        w, s = num(r[iw]), num(r[isc])
        ck.ok(f"indicator {name}: 0 <= score <= weight", D(0) <= s <= w, f"{s} / {w}")
        levels.setdefault(r[0], [D(0), D(0)])
        levels[r[0]][0] += w
        levels[r[0]][1] += s
        t, a = parse_value(r[it]), parse_value(r[ia])
        if t is None and a is None:
            continue
        if (t is None) != (a is None):
            ck.ok(f"indicator {name}: target and actual comparable", False, f"{r[it]} / {r[ia]}")
            continue
        ck.ok(f"indicator {name}: unit of actual = unit of target", t[2] == a[2], f"{r[it]} / {r[ia]}")
        if t[2] != a[2]:
            continue
        direction, T, A = t[0], t[1], a[1]
        if direction == "lte":
            comp = D(100) if A <= T else pct(T, A)
            sc_exp = w if A <= T else w * T / A
        elif T == 0:
            comp = D(100) if A <= 0 else D(0)
            sc_exp = w if A <= 0 else D(0)
        else:
            comp = pct(A, T)
            sc_exp = w * min(D(1), A / T)
        if ic is not None:
            ck.ok(f"indicator {name}: 完成率 {r[ic]}", close(r[ic].rstrip("%"), comp), f"{comp:.4f}")
        ck.ok(f"indicator {name}: score follows §5", close(r[isc], sc_exp), f"{sc_exp:.4f}")
    wsum = sum((num(r[iw]) for r in ind), D(0)) + funds["weight"]
    ssum = sum((num(r[isc]) for r in ind), D(0)) + funds["score"]
    ck.ok("indicators: weights incl. execution = 100", wsum == 100, str(wsum))
    ck.ok("indicators: total weight cell = 100", total_row is not None and num(total_row[iw]) == 100)
    ck.ok("indicators: Σ scores = total", total_row is not None and close(total_row[isc], ssum), f"{ssum}")
    grade = None
    if total_row is not None:
        m = re.search(r"([优良中差])", BAR.join(total_row[isc + 1:]))
        if m:
            grade = m.group(1)
            ck.ok("indicators: grade in table fits total", grade == band(num(total_row[isc])), grade)
    return {"levels": levels, "total": num(total_row[isc]) if total_row else None, "grade": grade,
            "rows": {r[2]: r for r in ind}, "ci": ci}


def prose_grade(ck, total_pat):
    g = ck.grab(total_pat)
    if g:
        ck.ok("prose: grade fits total", g[1] == band(num(g[0])), f"{g[0]} {g[1]}")
        return num(g[0]), g[1]
    return None, None


def eval_year(ck):
    g = ck.grab(r"(\d{4})年度")
    return int(g[0]) if g else None


def years_as_of(ck, year):
    for y in ck.grab_all(r"截至(\d{4})年12月31日"):
        ck.ok("year: 截至…12月31日 is the evaluation year", int(y) == year, y)
    for y in ck.grab_all(r"结转至(\d{4})年"):
        ck.ok("year: carried forward to a later year", int(y) > year, y)


def all_equal(ck, name, values):
    ck.ok(f"same value everywhere: {name}", len(set(num(v) for v in values)) == 1 and values, str(values))


# ---------------------------------------------------------------- per-draft checks
def check_dangyang(ck):
    year = eval_year(ck)
    ck.ok("title year", year == 2022)
    years_as_of(ck, year)
    ck.ok("year: 截至 sentence present", bool(ck.grab_all(r"截至(\d{4})年12月31日")))
    funds = check_funds_block(ck)
    ind = check_indicator_block(ck, funds)
    g = ck.grab(r"年初预算安排([\d.]+)万元")
    add = ck.grab(r"追加水域救援装备经费([\d.]+)万元")
    parts = ck.grab(r"调整后全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元、上年结转资金([\d.]+)万元")
    if g and add and parts:
        ck.ok("年初 + 追加 = 当年财政拨款", close(parts[1], num(g[0]) + num(add[0])))
        ck.ok("全年预算 = 拨款 + 结转", close(parts[0], num(parts[1]) + num(parts[2])))
        ck.ok("全年预算 text = table", num(parts[0]) == funds["annual"])
        ck.ok("年初 text = table", num(g[0]) == funds["initial"])
    ex = ck.grab(r"全年执行([\d.]+)万元，预算执行率([\d.]+)%")
    if ex and parts:
        ck.ok("prose 执行率", close(ex[1], pct(ex[0], parts[0])), f"{ex}")
        ck.ok("prose 执行数 = table", num(ex[0]) == funds["spent"])
    cat = ck.grab(r"个人防护装备支出([\d.]+)万元，抢险救援器材支出([\d.]+)万元，水域救援装备支出([\d.]+)万元")
    if cat and ex:
        ck.ok("categories sum to 执行", close(ex[0], sum(num(x) for x in cat)))
    un = ck.grab(r"未支出([\d.]+)万元，其中抢险救援器材质保金([\d.]+)万元.*?结余([\d.]+)万元，个人防护装备采购节约([\d.]+)万元")
    if un and ex and parts:
        ck.ok("未支出 = 全年预算 − 执行", close(un[0], num(parts[0]) - num(ex[0])))
        ck.ok("未支出 parts", close(un[0], num(un[1]) + num(un[2]) + num(un[3])))
    p = ck.grab(r"个人防护装备(\d+)套，其中灭火防护服(\d+)套、抢险救援服(\d+)套、防护头盔及配套手套靴(\d+)套，4个站（队）平均配发(\d+)套")
    if p:
        ck.ok("防护装备 parts", num(p[0]) == num(p[1]) + num(p[2]) + num(p[3]))
        ck.ok("防护装备 average per 站队", close(p[4], num(p[0]) / 4))
    u = ck.grab(r"灭火防护服每套(\d+)元，计([\d.]+)万元")
    if u and p:
        ck.ok("unit price × quantity", close(u[1], num(u[0]) * num(p[1]) / 10000))
    b = ck.grab(r"计划购置冲锋舟(\d+)艘，实际购置(\d+)艘，完成率(\d+)%")
    if b:
        ck.ok("冲锋舟 完成率", close(b[2], pct(b[1], b[0])))
    av = ck.grab(r"合同价分别为([\d.]+)万元、([\d.]+)万元、([\d.]+)万元，平均每艘([\d.]+)万元；另购置救生衣、抛投器等配套器材([\d.]+)万元")
    if av:
        ck.ok("冲锋舟 average", close(av[3], sum(num(x) for x in av[:3]) / 3))
        if cat:
            ck.ok("水域 = boats + 配套", close(cat[2], sum(num(x) for x in av[:3]) + num(av[4])))
    pk = ck.grab(r"共分(\d+)个包，按期完成(\d+)个，按期完成率(\d+)%")
    if pk:
        ck.ok("按期完成率", close(pk[2], pct(pk[1], pk[0])))
    sc = ck.grab(r"预算执行率得分([\d.]+)分、产出指标得分([\d.]+)分、效益指标得分([\d.]+)分、满意度指标得分([\d.]+)分，合计([\d.]+)分，自评等级为“([优良中差])”")
    if sc and ind:
        ck.ok("prose scores sum", close(sc[4], sum(num(x) for x in sc[:4])))
        ck.ok("prose exec score = table", num(sc[0]) == funds["score"])
        for k, lvl in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
            ck.ok(f"prose {lvl} score = Σ table rows", close(sc[k], ind["levels"][lvl][1]))
        ck.ok("prose total = table total", num(sc[4]) == ind["total"])
        ck.ok("prose grade fits total", sc[5] == band(num(sc[4])))
    all_equal(ck, "全年执行数 301.68", [x for x in ck.grab_all(r"执行([\d.]+)万元")])


def check_renqiu(ck):
    year = eval_year(ck)
    ck.ok("title year", year == 2020)
    funds = check_funds_block(ck)
    ind = check_indicator_block(ck, funds)
    a = ck.grab(r"年初预算([\d.]+)万元，全部为当年财政拨款；另有(\d{4})年未支付的执勤车辆大修费([\d.]+)万元结转至(\d{4})年使用，全年预算([\d.]+)万元")
    if a:
        ck.ok("全年 = 年初 + 结转", close(a[4], num(a[0]) + num(a[2])))
        ck.ok("year: carry-over comes from the previous year into this one", int(a[1]) == year - 1 and int(a[3]) == year)
        ck.ok("全年 text = table", num(a[4]) == funds["annual"])
    s = ck.grab(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，年末结余([\d.]+)万元")
    if s and a:
        ck.ok("prose 执行率", close(s[1], pct(s[0], a[4])))
        ck.ok("结余 = 全年(到位) − 支出", close(s[2], num(a[4]) - num(s[0])))
        ck.ok("支出 text = table", num(s[0]) == funds["spent"])
    c = ck.grab(r"人员工资及社会保险([\d.]+)万元，其中工资性支出([\d.]+)万元（(\d+)名队员，月平均工资(\d+)元），社会保险及住房公积金([\d.]+)万元；执勤车辆燃油、维修和保险([\d.]+)万元；业务训练、器材耗材和营房运行([\d.]+)万元")
    if c and s:
        ck.ok("人员 = 工资 + 社保", close(c[0], num(c[1]) + num(c[4])))
        ck.ok("工资 = 人数 × 月工资 × 12", close(c[1], num(c[2]) * num(c[3]) * 12 / 10000))
        ck.ok("支出 categories", close(s[0], num(c[0]) + num(c[5]) + num(c[6])))
    pc = ck.grab(r"人均年运行经费([\d.]+)万元")
    if pc and s:
        ck.ok("人均 = 支出 / 48", close(pc[0], num(s[0]) / 48))
    for pat, q in ((r"业务训练(\d+)天，完成率(\d+)%", 240),):
        g = ck.grab(pat)
        if g:
            ck.ok("训练 完成率", close(g[1], pct(g[0], q)))
    t = ck.grab(r"(\d+)人中(\d+)人达标，达标率([\d.]+)%，完成率([\d.]+)%")
    if t:
        ck.ok("达标率", close(t[2], pct(t[1], t[0])))
        ck.ok("达标 完成率", close(t[3], pct(num(t[2]), 95)))
    p = ck.grab(r"消防宣传(\d+)场，完成率([\d.]+)%，未达到(\d+)场")
    if p:
        ck.ok("宣传 完成率", close(p[1], pct(p[0], p[2])))
    st = ck.grab(r"留队(\d+)人，稳定率([\d.]+)%")
    if st:
        ck.ok("稳定率", close(st[1], pct(st[0], 48)))
    n = ck.grab(r"接警出动([\d,]+)起，参与火灾扑救(\d+)起、抢险救援和社会救助(\d+)起")
    if n:
        ck.ok("出动 parts", num(n[0]) == num(n[1]) + num(n[2]))
    sc = ck.grab(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，自评总得分([\d.]+)分，评定等级为“([优良中差])”")
    if sc and ind:
        ck.ok("prose scores sum", close(sc[4], sum(num(x) for x in sc[:4])))
        ck.ok("prose exec score = table", num(sc[0]) == funds["score"])
        for k, lvl in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
            ck.ok(f"prose {lvl} score = Σ table rows", close(sc[k], ind["levels"][lvl][1]))
            ck.ok(f"{lvl} weights", ind["levels"][lvl][0] == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}[lvl])
        ck.ok("prose total = table total", num(sc[4]) == ind["total"])
        ck.ok("prose grade fits total", sc[5] == band(num(sc[4])))


def check_zhangpu(ck):
    year = eval_year(ck)
    ck.ok("title year", year == 2024)
    for y in ck.grab_all(r"对(\d{4})年度"):
        ck.ok("year: opening evaluates the title year", int(y) == year, y)
    for y in ck.grab_all(r"（(\d{4})年度）"):
        ck.ok("year: 自评表 year", int(y) == year, y)
    years_as_of(ck, year)
    adv = ck.grab(r"省级补助资金于(\d{4})年12月提前下达")
    if adv:
        ck.ok("year: advance issued in the December before", int(adv[0]) == year - 1)
    funds = check_funds_block(ck)
    ind = check_indicator_block(ck, funds)
    b = ck.grab(r"年初预算([\d.]+)万元，其中省级乡镇消防站建设补助资金([\d.]+)万元、县级配套资金([\d.]+)万元")
    add = ck.grab(r"追加县级配套资金([\d.]+)万元，全年预算调整为([\d.]+)万元")
    if b and add:
        ck.ok("年初 parts", close(b[0], num(b[1]) + num(b[2])))
        ck.ok("全年 = 年初 + 追加", close(add[1], num(b[0]) + num(add[0])))
        ck.ok("全年 text = table", num(add[1]) == funds["annual"])
    header, rows = table_rows(ck.text, lambda l: l.startswith("资金来源｜"))
    body = {r[0]: r for r in rows}
    for k in ("省级补助资金", "县级配套资金", "合计"):
        r = body.get(k)
        ck.ok(f"body table row {k}", r is not None)
        if r:
            ck.ok(f"{k} 到位率", close(r[4].rstrip("%"), pct(r[2], r[1])), r[4])
            ck.ok(f"{k} 执行率", close(r[5].rstrip("%"), pct(r[3], r[1])), r[5])
    if all(k in body for k in ("省级补助资金", "县级配套资金", "合计")):
        for i in (1, 2, 3):
            ck.ok(f"body table column {header[i]} sums", close(body["合计"][i], num(body["省级补助资金"][i]) + num(body["县级配套资金"][i])))
        if add:
            ck.ok("body 县级 = 200 + 追加", close(body["县级配套资金"][1], num(b[2]) + num(add[0])))
        ck.ok("body 合计 = 自评表", num(body["合计"][3]) == funds["spent"] and num(body["合计"][1]) == funds["annual"])
    s = ck.grab(r"全年实际支出([\d.]+)万元，其中支付工程款([\d.]+)万元、营房家具及训练器材等配套设施采购([\d.]+)万元。项目年末结余([\d.]+)万元")
    if s and add:
        ck.ok("支出 parts", close(s[0], num(s[1]) + num(s[2])))
        ck.ok("结余 = 到位 − 支出", close(s[3], num(add[1]) - num(s[0])))
    q = ck.grab(r"工程结算价([\d.]+)万元，低于合同价；按结算价的(\d+)%预留质保金([\d.]+)万元")
    if q and s:
        ck.ok("质保金 = 结算价 × 5%", close(q[2], num(q[0]) * num(q[1]) / 100))
        ck.ok("工程款 = 结算价 − 质保金", close(s[1], num(q[0]) - num(q[2])))
    cp = ck.grab_all(r"合同价([\d.]+)万元")
    tbl = ck.grab(r"工程结算价｜≤([\d.]+)万元")
    all_equal(ck, "施工合同价", cp + (list(tbl) if tbl else []))
    sv = ck.grab(r"工程结算价([\d.]+)万元，比合同价([\d.]+)万元节约([\d.]+)万元")
    if sv:
        ck.ok("节约 = 合同价 − 结算价", close(sv[2], num(sv[1]) - num(sv[0])))
    a = ck.grab(r"建筑面积(\d+)平方米，完成年度指标的(\d+)%")
    if a:
        ck.ok("面积 完成率", close(a[1], pct(a[0], 1200)))
    p = ck.grab(r"已进驻(\d+)人，年度指标为(\d+)人，完成率(\d+)%")
    if p:
        ck.ok("进驻 完成率", close(p[2], pct(p[0], p[1])))
    m = ck.grab(r"收回有效问卷(\d+)份，满意(\d+)份，满意度(\d+)%")
    if m:
        ck.ok("满意度", close(m[2], pct(m[1], m[0])))
    sc = ck.grab(r"预算执行率得分([\d.]+)分，产出指标满分，效益指标扣(\d+)分，满意度指标满分，综合得分([\d.]+)分，评价等级为([优良中差])")
    if sc and ind:
        ck.ok("prose exec score = table", num(sc[0]) == funds["score"])
        ck.ok("产出 full marks", ind["levels"]["产出指标"][0] == ind["levels"]["产出指标"][1])
        ck.ok("效益 deduction", close(sc[1], ind["levels"]["效益指标"][0] - ind["levels"]["效益指标"][1]))
        ck.ok("满意度 full marks", ind["levels"]["满意度指标"][0] == ind["levels"]["满意度指标"][1])
        ck.ok("prose total = table total", num(sc[2]) == ind["total"])
        ck.ok("prose grade fits total", sc[3] == band(num(sc[2])))
        ck.ok("prose grade = table grade", sc[3] == ind["grade"])


def check_kuitun(ck):
    year = eval_year(ck)
    ck.ok("title year", year == 2019)
    years_as_of(ck, year)
    b = ck.grab(r"年初预算([\d.]+)万元，全部为市本级财政拨款，年内未作调整，全年预算([\d.]+)万元")
    if b:
        ck.ok("未作调整 ⇒ 年初 = 全年", num(b[0]) == num(b[1]))
    s = ck.grab(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%，年末结余([\d.]+)万元")
    if s and b:
        ck.ok("执行率", close(s[1], pct(s[0], b[1])))
        ck.ok("结余", close(s[2], num(b[1]) - num(s[0])))
    c = ck.grab(r"第三方电气火灾隐患检测服务费([\d.]+)万元、消防宣传及培训([\d.]+)万元、整改督导及执法文书印制([\d.]+)万元、车辆燃油及差旅([\d.]+)万元")
    if c and s:
        ck.ok("支出 components", close(s[0], sum(num(x) for x in c)))
    u = ck.grab(r"每家单位检测费用为(\d+)元")
    r = ck.grab(r"出具检测报告(\d+)份")
    if u and r and c:
        ck.ok("检测费 = 单价 × 报告数", close(c[0], num(u[0]) * num(r[0]) / 10000))
    if s:
        all_equal(ck, "全年支出", [s[0]] + ck.grab_all(r"使用专项经费([\d.]+)万元"))
    rd = ck.grab(r"每轮分别检查社会单位(\d+)家、(\d+)家、(\d+)家、(\d+)家，平均每轮(\d+)家")
    tot = ck.grab(r"全年检查社会单位(\d+)家次，完成率(\d+)%")
    if rd:
        ck.ok("average per round", close(rd[4], sum(num(x) for x in rd[:4]) / 4))
        if tot:
            ck.ok("rounds sum to 全年检查", num(tot[0]) == sum(num(x) for x in rd[:4]))
    if tot:
        ck.ok("检查 完成率", close(tot[1], pct(tot[0], 1800)))
    z = ck.grab(r"重大火灾隐患(\d+)处，已整改销号(\d+)处，重大火灾隐患整改率([\d.]+)%")
    if z:
        ck.ok("整改率", close(z[2], pct(z[1], z[0])))
    f = ck.grab(r"由(\d{4})年的(\d+)起下降至(\d{4})年的(\d+)起，同比下降([\d.]+)%")
    if f:
        ck.ok("同比下降", close(f[4], pct(num(f[1]) - num(f[3]), f[1])))
        ck.ok("year: comparison is last year vs this year", int(f[0]) == year - 1 and int(f[2]) == year)
    m = ck.grab(r"收回有效问卷(\d+)份，其中满意(\d+)份，满意度(\d+)%")
    if m:
        ck.ok("满意度", close(m[2], pct(m[1], m[0])))
    for name, v in re.findall(r"(及时率|整改率|满意度|执行率|到位率)([\d.]+)%", ck.text):
        ck.ok(f"rate in range: {name}{v}%", D(0) <= num(v) <= 100)
    w = ck.grab(r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分设置权重")
    iw = ck.grab_all(r"（分值(\d+)分）")
    if w:
        ck.ok("weights sum to 100", sum(num(x) for x in w) == 100, str(w))
        if len(iw) == 6:
            ck.ok("产出 weights = Σ 三级", num(w[1]) == sum(num(x) for x in iw[:4]))
            ck.ok("效益 weights = Σ 三级", num(w[2]) == sum(num(x) for x in iw[4:]))
    zs = ck.grab(r"重大火灾隐患整改率（分值(\d+)分）按完成比例得([\d.]+)分")
    if zs and z:
        ck.ok("整改率 score", close(zs[1], num(zs[0]) * num(z[2]) / 100))
    sc = ck.grab(r"预算执行率得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分，满意度指标得分([\d.]+)分，综合得分([\d.]+)分，评价等级为“([优良中差])”")
    if sc:
        ck.ok("prose scores sum", close(sc[4], sum(num(x) for x in sc[:4])))
        ck.ok("grade fits total", sc[5] == band(num(sc[4])))
        if s and b:
            ck.ok("execution score", close(sc[0], 10 * num(s[0]) / num(b[1])))
        if zs:
            ck.ok("产出 score = 15 + 10 + 整改 + 10", close(sc[1], 35 + num(zs[1])))
        if w:
            for k in range(4):
                ck.ok(f"level score <= weight ({k})", num(sc[k]) <= num(w[k]))


def check_tongliang(ck):
    year = eval_year(ck)
    ck.ok("title year", year == 2023)
    funds = check_funds_block(ck)
    ind = check_indicator_block(ck, funds)
    b = ck.grab(r"年初预算([\d.]+)万元，年中追加.*?经费([\d.]+)万元，加上上年结转([\d.]+)万元，全年预算([\d.]+)万元，其中当年财政拨款([\d.]+)万元")
    if b:
        ck.ok("拨款 = 年初 + 追加", close(b[4], num(b[0]) + num(b[1])))
        ck.ok("全年 = 拨款 + 结转", close(b[3], num(b[4]) + num(b[2])))
        ck.ok("全年 text = table", num(b[3]) == funds["annual"])
    s = ck.grab(r"全年支出([\d.]+)万元，预算执行率([\d.]+)%。其中基本支出([\d.]+)万元，执行率([\d.]+)%.*?项目支出([\d.]+)万元，执行率([\d.]+)%。未执行的([\d.]+)万元")
    if s and b:
        ck.ok("执行率", close(s[1], pct(s[0], b[3])))
        ck.ok("基本 + 项目 = 支出", close(s[0], num(s[2]) + num(s[4])))
        ck.ok("未执行 = 全年 − 支出", close(s[6], num(b[3]) - num(s[0])))
        ck.ok("支出 text = table", num(s[0]) == funds["spent"])
        ck.ok("rate text = table", s[1] + "%" == funds["rate"])
    header, rows = table_rows(ck.text, lambda l: l.startswith("重点项目｜"))
    for r in rows:
        ck.ok(f"key project {r[0]} 执行率", close(r[3].rstrip("%"), pct(r[2], r[1])), r[3])
    drills = ck.grab_all(r"演练(\d+)场")
    if ind:
        drills.append(parse_value(ind["rows"]["组织综合应急救援演练"][ind["ci"]["实际完成值"]])[1].to_eng_string())
    all_equal(ck, "drills", drills)
    d = ck.grab(r"全年演练支出([\d.]+)万元，平均每场([\d.]+)万元")
    if d and drills:
        ck.ok("average cost per drill", close(d[1], num(d[0]) / num(drills[0])))
        kp = [r for r in rows if r[0].startswith("应急救援演练")]
        ck.ok("drill spending = key project", bool(kp) and num(kp[0][2]) == num(d[0]))
    e = ck.grab(r"执法检查生产经营单位(\d+)家次，完成年度指标的(\d+)%")
    if e:
        ck.ok("执法 完成率", close(e[1], pct(e[0], 600)))
        all_equal(ck, "执法家次", [e[0]] + ck.grab_all(r"执法检查企业(\d+)家次"))
    h = ck.grab(r"重大事故隐患(\d+)项，整改(\d+)项，整改率(\d+)%")
    if h:
        ck.ok("整改率", close(h[2], pct(h[1], h[0])))
    y = ck.grab(r"区级(\d+)个专项应急预案中已完成修订(\d+)个，修订率(\d+)%")
    if y:
        ck.ok("修订率", close(y[2], pct(y[1], y[0])))
    m = ck.grab(r"调查群众(\d+)人，对应急管理工作表示满意的(\d+)人，满意度(\d+)%")
    if m:
        ck.ok("满意度", close(m[2], pct(m[1], m[0])))
    sc = ck.grab(r"预算执行率得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分，综合得分([\d.]+)分，评价等级为“([优良中差])”")
    if sc and ind:
        ck.ok("prose scores sum", close(sc[4], sum(num(x) for x in sc[:4])))
        ck.ok("prose exec score = table", num(sc[0]) == funds["score"])
        for k, lvl in ((1, "产出指标"), (2, "效益指标"), (3, "满意度指标")):
            ck.ok(f"prose {lvl} score = Σ table rows", close(sc[k], ind["levels"][lvl][1]))
        ck.ok("prose total = table total", num(sc[4]) == ind["total"])
        ck.ok("prose grade fits total", sc[5] == band(num(sc[4])))
        ck.ok("prose grade = table grade", sc[5] == ind["grade"])


CHECKS = {
    "dangyang-xiaofangzhuangbei-2022": check_dangyang,
    "renqiu-zhuanzhidui-2020": check_renqiu,
    "zhangpu-xiaofangzhan-2024": check_zhangpu,
    "kuitun-yinhuanpaicha-2019": check_kuitun,
    "tongliang-yingjiju-2023": check_tongliang,
}


def run_checks(source, text):
    ck = Checker(text)
    try:
        CHECKS[source](ck)
    except Exception as exc:  # a broken table in an error case may stop the parser
        ck.ok("checks ran to the end", False, f"{type(exc).__name__}: {exc}")
    return ck


def one_place(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    on_disk = sorted(os.listdir(CASES))
    if sorted(texts) != on_disk:
        problems.append(f"cases on disk and labels differ: {set(on_disk) ^ set(texts)}")
    codes = {}
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = texts[name]
        clean = texts[f"{src}-clean.txt"]
        n = len(text)
        if not 3000 <= n <= 9000:
            problems.append(f"{name}: {n} characters")
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expected findings")
            ck = run_checks(src, text)
            for name_, ok, detail in ck.failures():
                problems.append(f"{name}: arithmetic check failed: {name_} {detail}")
            if not ck.results:
                problems.append(f"{name}: no checks ran")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                problems.append(f"{name}: severity {exp['severity']}")
            if exp["value"] not in text:
                problems.append(f"{name}: value not in case: {exp['value']!r}")
            if exp["value"] in clean:
                problems.append(f"{name}: value also in the clean draft: {exp['value']!r}")
        old, new = one_place(clean, text)
        if not new or len(old) > 160 or len(new) > 160:
            problems.append(f"{name}: differs from the clean draft in more than one small place ({old!r} -> {new!r})")
        elif not any(new in exp["value"] or exp["value"] in text[max(0, text.find(new) - 200):text.find(new) + len(new) + 200]
                     for exp in rec["expected"]):
            problems.append(f"{name}: the label value is not near the change")
        ck = run_checks(src, text)
        if not ck.failures():
            problems.append(f"{name}: the injected error breaks none of the arithmetic checks")
        else:
            print(f"  {name}: {rec['expected'][0]['code']:22s} breaks: "
                  + "; ".join(f"{a} [{d}]" for a, _, d in ck.failures()[:3]))
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            problems.append(f"code {c} occurs {codes.get(c, 0)} times (< 2)")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")


if __name__ == "__main__":
    main()
