#!/usr/bin/env python3
"""Verify drafts260.

1. labels.jsonl and cases/ agree: 5 clean drafts (3000-5000 characters), 6 error cases each, every code of
   errors.md §A used at least twice, every label value occurs in its case.
2. Each error case differs from its clean draft in one place, and that place overlaps the label value.
3. The arithmetic of every clean draft is redone from the text itself (funds tables, indicator tables,
   prose statements): no check may fail.
4. The same checks run on each error case must fail with the labelled code (the slip is real).
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
RATE_WORDS = ("满意度", "合格率", "成活率", "覆盖率", "利用率", "优果率", "及时率")


class Miss(Exception):
    pass


def ndec(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules.md §8: stated value with d decimals is consistent iff |c - v| <= 0.5 * 10^-d."""
    v = D(str(stated))
    return abs(D(computed) - v) <= D("0.5") * D(10) ** -ndec(stated) + D("1e-9")


def band(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


class Check:
    def __init__(self, text, year):
        self.t = text
        self.year = year
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def m(self, pat, flags=0):
        mm = re.search(pat, self.t, flags)
        if not mm:
            raise Miss(pat)
        return mm.groups()

    def eq(self, code, stated, computed, what):
        if not close(stated, computed):
            self.fail(code, f"{what}: stated {stated}, computed {D(computed):.4f}")

    def same(self, a, b, what, code="conflicting_values"):
        if D(str(a)) != D(str(b)):
            self.fail(code, f"{what}: {a} vs {b}")

    def run(self, fn):
        try:
            fn(self)
        except Miss as e:
            self.fail("parse", f"pattern not found: {e}")
        except Exception as e:  # noqa: BLE001 - report, do not crash
            self.fail("parse", f"{type(e).__name__}: {e}")
        return self.fails


# ---------------------------------------------------------------- generic table checks
def check_funds(c, rows, w_exec_cell=None):
    """rows: dict label -> [ini, ann, spent, w, rate, score] strings; total row '总额', components others."""
    tot = rows["总额"]
    comps = [v for k, v in rows.items() if k != "总额"]
    for i, col in enumerate(("年初预算数", "全年预算数", "全年执行数")):
        s = sum(D(r[i]) for r in comps)
        if s != D(tot[i]):
            c.fail("sum_mismatch", f"{col}: components {s} vs total {tot[i]}")
    ini, ann, spent, w, rate, score = tot
    r = D(spent) / D(ann) * 100
    c.eq("rate_mismatch", rate.rstrip("%"), r, "执行率")
    c.eq("score_rule_mismatch", score, D(w) * min(D(1), r / 100), "执行率得分")
    if r > 100:
        c.fail("implausible_rate", f"执行率 {r}")
    for k, v in rows.items():
        if k == "总额":
            continue
        base = D(v[1])
        if v[4] in ("—", "-", ""):
            continue
        val = D(v[4].rstrip("%"))
        if base == 0:
            if val != 0:
                c.fail("implausible_rate", f"{k}: rate {v[4]} on a zero budget")
        else:
            c.eq("rate_mismatch", v[4].rstrip("%"), D(v[2]) / base * 100, f"{k} 执行率")
    return D(w), D(score), D(ann), D(spent)


def pval(s):
    s = s.strip()
    mm = re.match(r"^([≥≤＞＜>=<]?)\s*([\d.]+)\s*(.*)$", s)
    if not mm:
        return None
    d = mm.group(1)
    return ("lte" if d in ("≤", "＜", "<") else "gte", D(mm.group(2)), mm.group(3).strip())


def pdate(s):
    mm = re.match(r"^(\d{4})年(\d{1,2})月(\d{1,2})", s.strip())
    return tuple(int(x) for x in mm.groups()) if mm else None


def check_rows(c, rows, w_exec, s_exec, total=None, grade=None):
    """rows: list of dict(name, target, actual, w, s, comp=None)."""
    wsum = w_exec + sum(D(x["w"]) for x in rows)
    if wsum != 100:
        c.fail("weight_sum_mismatch", f"weights add to {wsum}")
    ssum = s_exec + sum(D(x["s"]) for x in rows)
    for x in rows:
        if D(x["s"]) > D(x["w"]) or D(x["s"]) < 0:
            c.fail("score_exceeds_weight", f"{x['name']}: score {x['s']} / weight {x['w']}")
    if total is not None:
        c.eq("score_sum_mismatch", total, ssum, "总分")
        if grade is not None and grade != band(total):
            c.fail("grade_mismatch", f"total {total} is {band(total)}, stated {grade}")
    for x in rows:
        w, s, name = D(x["w"]), D(x["s"]), x["name"]
        td, ad = pdate(x["target"]), pdate(x["actual"])
        if td:
            if td[0] != c.year:
                c.fail("year_mismatch", f"{name}: target date {x['target']}")
            if not ad:
                c.fail("unit_mismatch", f"{name}: date target, actual {x['actual']}")
                continue
            comp = D(100) if ad <= td else D(0)
        elif not re.search(r"\d", x["target"]) or not re.match(r"^[\d.]", x["actual"].strip()):
            lo, hi = (D("0.6"), D("0.8")) if "部分达成" in x["actual"] else (D("0.8"), D("1.0001"))
            if not (lo * w <= s < hi * w):
                c.fail("score_rule_mismatch", f"{name}: qualitative score {s}")
            comp = None
        else:
            t, a = pval(x["target"]), pval(x["actual"])
            if a is None or t[2] != a[2]:
                c.fail("unit_mismatch", f"{name}: target {x['target']} actual {x['actual']}")
                continue
            if a[2] == "%" and any(k in name for k in RATE_WORDS) and a[1] > 100:
                c.fail("implausible_rate", f"{name}: {x['actual']}")
            if t[0] == "lte":
                comp = D(100) if a[1] <= t[1] else t[1] / a[1] * 100
            else:
                comp = a[1] / t[1] * 100
        if comp is not None:
            if x.get("comp"):
                c.eq("completion_mismatch", x["comp"].rstrip("%"), comp, f"{name} 完成率")
            c.eq("score_rule_mismatch", x["s"], w * min(D(1), comp / 100), f"{name} 得分")
    return ssum


def row_by_name(rows, key):
    for x in rows:
        if key in x["name"]:
            return x
    raise Miss(key)


# ---------------------------------------------------------------- 弥渡 2021 (tab rows)
def chk_midu(c):
    t = c.t
    funds = {}
    for lab, key in (("年度资金总额", "总额"), ("其中：当年财政拨款", "拨款"), ("上年结转资金", "结转"), ("其他资金", "其他")):
        line = c.m(r"\n(" + lab + r"\t[^\n]*)")[0]
        funds[key] = line.split("\t")[1:7]
    w_exec, s_exec, ann, spent = check_funds(c, funds)
    hdr = t.index("\n一级指标\t")
    end = t.index("\n总分\t", hdr)
    rows = []
    for line in t[hdr + 1:end].split("\n")[1:]:
        cells = line.split("\t")
        rows.append(dict(name=cells[2], target=cells[3], actual=cells[4], w=cells[5], s=cells[6]))
    total = t[end + 1:].split("\n")[0].split("\t")[6]
    ptotal, grade = c.m(r"综合自评得分([\d.]+)分，评价等级为“(.)”")
    check_rows(c, rows, w_exec, s_exec, total, grade)
    c.same(ptotal, total, "总分 text/table")
    # prose: funds
    ini, prov, cnty = c.m(r"项目年初预算([\d.]+)万元，其中省级烟草产业扶持资金([\d.]+)万元、县级财政配套([\d.]+)万元")
    if D(prov) + D(cnty) != D(ini):
        c.fail("sum_mismatch", "年初预算 sources")
    c.same(ini, funds["总额"][0], "年初预算 text/table")
    add = c.m(r"追加县级配套资金([\d.]+)万元")[0]
    carry, ann_p = c.m(r"另有上年结转资金([\d.]+)万元一并纳入本年实施，全年预算([\d.]+)万元")
    if D(ini) + D(add) + D(carry) != D(ann_p):
        c.fail("sum_mismatch", "年初 + 追加 + 结转 vs 全年预算")
    c.same(ann_p, ann, "全年预算 text/table")
    c.same(carry, funds["结转"][1], "上年结转 text/table")
    c.same(D(ini) + D(add), funds["拨款"][1], "当年财政拨款 全年 (年初+追加)")
    g = c.m(r"密集烤房补助([\d.]+)万元，占全年预算的([\d.]+)%；机耕路建设([\d.]+)万元；小水窖及烟水管网([\d.]+)万元"
            r"（其中小水窖按每口(\d+)元补助，计([\d.]+)万元，管网([\d.]+)万元）；育苗大棚([\d.]+)万元")
    kao, share, road, water, per, cistern, pipe, nursery = g
    if D(kao) + D(road) + D(water) + D(nursery) != ann:
        c.fail("sum_mismatch", "sub-items vs 全年预算")
    c.eq("rate_mismatch", share, D(kao) / ann * 100, "烤房占比")
    if D(cistern) + D(pipe) != D(water):
        c.fail("sum_mismatch", "小水窖 + 管网")
    n_plan = c.m(r"新建小水窖不少于(\d+)口")[0]
    if D(n_plan) * D(per) / 10000 != D(cistern):
        c.fail("unit_mismatch", "小水窖 count x 元 vs 万元")
    sp, rate = c.m(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.same(sp, spent, "执行数 text/table")
    c.eq("rate_mismatch", rate, D(sp) / ann * 100, "执行率 text")
    fa, fs, fr = c.m(r"当年财政拨款全年预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%")
    c.eq("rate_mismatch", fr, D(fs) / D(fa) * 100, "当年财政拨款执行率")
    c.same(fa, funds["拨款"][1], "拨款 全年 text/table")
    c.same(fs, funds["拨款"][2], "拨款 执行 text/table")
    if "上年结转资金已全部支出" in t and D(funds["结转"][2]) != D(funds["结转"][1]):
        c.fail("balance_mismatch", "结转 '全部支出' but 执行 < 全年")
    last, diff = c.m(r"2020年度同类项目预算执行率为([\d.]+)%，本年度提高([\d.]+)个百分点")
    c.eq("rate_mismatch", diff, D(rate) - D(last), "比上年提高")
    bal = c.m(r"未支出资金([\d.]+)万元")[0]
    c.eq("balance_mismatch", bal, ann - spent, "未支出资金")
    y = int(c.m(r"结转至(\d{4})年")[0])
    if y <= c.year:
        c.fail("year_mismatch", f"结转至{y}年")
    a, b, d_, avg = c.m(r"弥城镇(\d+)座、红岩镇(\d+)座、新街镇(\d+)座，平均每镇(\d+)座")
    c.eq("average_mismatch", avg, (D(a) + D(b) + D(d_)) / 3, "平均每镇")
    kr = row_by_name(rows, "烤房")
    c.same(D(a) + D(b) + D(d_), pval(kr["actual"])[1], "烤房 town sum vs table", "sum_mismatch")
    c.eq("completion_mismatch", c.m(r"完成年度目标的([\d.]+)%")[0], pval(kr["actual"])[1] / pval(kr["target"])[1] * 100, "烤房完成率")
    c.eq("average_mismatch", pval(row_by_name(rows, "每座补助")["actual"])[1], D(kao) / pval(kr["actual"])[1], "每座补助")
    km, inv, kc = c.m(r"新修机耕路([\d.]+)公里，完成投资([\d.]+)万元，完成率([\d.]+)%")
    rr = row_by_name(rows, "机耕路")
    c.eq("completion_mismatch", kc, D(km) / pval(rr["target"])[1] * 100, "机耕路完成率")
    c.same(km, pval(rr["actual"])[1], "机耕路 text/table")
    if D(road) - D(bal) != D(inv):
        c.fail("sum_mismatch", "机耕路投资 = 预算 - 未支出")
    rest = c.m(r"剩余([\d.]+)公里")[0]
    if pval(rr["target"])[1] - D(km) != D(rest):
        c.fail("sum_mismatch", "剩余公里")
    nw, wc = c.m(r"建成小水窖(\d+)口，完成率([\d.]+)%")
    wr = row_by_name(rows, "小水窖")
    c.eq("completion_mismatch", wc, D(nw) / pval(wr["target"])[1] * 100, "小水窖完成率")
    c.same(nw, pval(wr["actual"])[1], "小水窖 text/table")
    extra = c.m(r"超计划的(\d+)口")[0]
    if D(nw) - pval(wr["target"])[1] != D(extra):
        c.fail("sum_mismatch", "超计划口数")
    c.same(c.m(r"联合验收，工程验收合格率(\d+)%")[0], pval(row_by_name(rows, "合格率")["actual"])[1], "合格率")
    c.same(c.m(r"亩均产值(\d+)元")[0], pval(row_by_name(rows, "亩均产值")["actual"])[1], "亩均产值")
    c.same(c.m(r"项目受益烟农(\d+)户")[0], pval(row_by_name(rows, "受益烟农")["actual"])[1], "受益户")
    nq, ns, sat = c.m(r"收回的(\d+)份有效问卷中[^，]*的(\d+)份，烟农满意度为(\d+)%")
    c.eq("rate_mismatch", sat, D(ns) / D(nq) * 100, "满意度")
    c.same(sat, pval(row_by_name(rows, "满意度")["actual"])[1], "满意度 text/table")
    gk, gr, gw, gh = c.m(r"新建改造烤房(\d+)座、机耕路([\d.]+)公里、小水窖(\d+)口，受益烟农(\d+)户")
    c.same(gk, pval(kr["actual"])[1], "goal block 烤房")
    c.same(gr, km, "goal block 机耕路")
    c.same(gw, nw, "goal block 小水窖")
    if "（2021年度）" not in t:
        c.fail("year_mismatch", "table year")


# ---------------------------------------------------------------- 石阡 2022 (flattened, one cell per line)
def blocks(region):
    out = []
    for b in region.strip("\n").split("\n\n"):
        out.append([ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")])
    return out


def chk_shiqian(c):
    t = c.t
    fs = t.index("\t项目资金（万元）")
    fe = t.index("\t年度总体目标")
    funds = {}
    names = {"年度资金总额": "总额", "其中：当年财政拨款": "拨款", "上年结转资金": "结转", "其他资金": "其他"}
    for b in blocks(t[fs:fe])[1:]:
        funds[names[b[0]]] = b[1:7]
    w_exec, s_exec, ann, spent = check_funds(c, funds)
    is_ = t.index("\t一级指标")
    ie = t.index("\t总分")
    rows = []
    for b in blocks(t[is_:ie])[1:]:
        rows.append(dict(name=b[2], target=b[3], actual=b[4], w=b[5], s=b[6]))
    tb = blocks(t[ie:].split("\n\n\n")[0].split("\n\n")[0])[0]
    total = tb[6]
    ptotal, grade = c.m(r"综合得分([\d.]+)分，评价等级为“(.)")
    check_rows(c, rows, w_exec, s_exec, total, grade)
    c.same(ptotal, total, "总分 text/table")
    ini, cen, prov, cnty = c.m(r"项目年初预算([\d.]+)万元，其中中央财政衔接推进乡村振兴补助资金([\d.]+)万元、省级衔接资金([\d.]+)万元、县级财政资金([\d.]+)万元")
    if D(cen) + D(prov) + D(cnty) != D(ini):
        c.fail("sum_mismatch", "年初 sources")
    cut, ann_p = c.m(r"县级财政资金调减([\d.]+)万元，调整后全年预算([\d.]+)万元")
    if D(ini) - D(cut) != D(ann_p):
        c.fail("sum_mismatch", "年初 - 调减")
    c.same(ini, funds["总额"][0], "年初 text/table")
    c.same(ann_p, ann, "全年 text/table")
    g = re.findall(r"(?:新建生态茶园|低产茶园改造)(\d+)亩，按每亩(\d+)元补助，计([\d.]+)万元", t)
    for area, per, amt in g:
        if D(area) * D(per) / 10000 != D(amt):
            c.fail("unit_mismatch", f"{area}亩 x {per}元 vs {amt}万元")
    n, per, amt = c.m(r"茶叶加工厂清洁化改造(\d+)家，每家补助(\d+)万元，计([\d.]+)万元")
    if D(n) * D(per) != D(amt):
        c.fail("sum_mismatch", "加工厂 n x per")
    brand, train = c.m(r"品牌宣传推介([\d.]+)万元；茶农技术培训([\d.]+)万元")
    if sum(D(x[2]) for x in g) + D(amt) + D(brand) + D(train) != ann:
        c.fail("sum_mismatch", "sub-items vs 全年")
    got, rr = c.m(r"全年预算资金([\d.]+)万元已全部下达到位，到位率(\d+)%")
    c.eq("rate_mismatch", rr, D(got) / ann * 100, "到位率")
    sp, rate = c.m(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.same(sp, spent, "执行 text/table")
    c.eq("rate_mismatch", rate, D(sp) / ann * 100, "执行率 text")
    parts = c.m(r"新建生态茶园补助支出([\d.]+)万元，低产茶园改造补助支出([\d.]+)万元，加工厂清洁化改造补助支出([\d.]+)万元，"
                r"品牌宣传推介支出([\d.]+)万元，茶农技术培训支出([\d.]+)万元")
    if sum(D(x) for x in parts) != D(sp):
        c.fail("sum_mismatch", "spending parts")
    lr = row_by_name(rows, "低产茶园")
    if D(parts[1]) != pval(lr["actual"])[1] * D(g[1][1]) / 10000:
        c.fail("sum_mismatch", "低产改造支出 = 面积 x 400元")
    fr = row_by_name(rows, "加工厂")
    if D(parts[2]) != pval(fr["actual"])[1] * D(per):
        c.fail("sum_mismatch", "加工厂支出 = 家数 x 25")
    bal = c.m(r"项目结余资金([\d.]+)万元")[0]
    c.eq("balance_mismatch", bal, D(got) - D(sp), "结余")
    y = int(c.m(r"已按规定结转(\d{4})年")[0])
    if y <= c.year:
        c.fail("year_mismatch", "结转年份")
    a, comp = c.m(r"完成低产茶园改造(\d+)亩，完成率([\d.]+)%")
    c.eq("completion_mismatch", comp, D(a) / pval(lr["target"])[1] * 100, "低产改造完成率")
    c.same(a, pval(lr["actual"])[1], "低产改造 text/table")
    nt, tc = c.m(r"培训茶农(\d+)人次，完成目标的([\d.]+)%")
    tr = row_by_name(rows, "技术培训")
    c.same(nt, pval(tr["actual"])[1], "培训 text/table")
    c.eq("completion_mismatch", tc, D(nt) / pval(tr["target"])[1] * 100, "培训完成率")
    c.same(c.m(r"培训茶农(\d+)人次，带动")[0], nt, "goal block 培训")
    c.same(c.m(r"3\.完成(\d+)家茶叶加工厂清洁化改造")[0], pval(fr["actual"])[1], "加工厂 text/table")
    c.same(c.m(r"新植茶苗成活率(\d+)%")[0], pval(row_by_name(rows, "成活率")["actual"])[1], "成活率")
    c.same(c.m(r"综合产值([\d.]+)亿元，未达到")[0], pval(row_by_name(rows, "综合产值")["actual"])[1], "产值")
    c.same(c.m(r"项目带动(\d+)户茶农增收")[0], pval(row_by_name(rows, "增收户数")["actual"])[1], "户数")
    c.same(c.m(r"绿色防控覆盖率(\d+)%，较上年")[0], pval(row_by_name(rows, "绿色防控")["actual"])[1], "防控")
    c.same(c.m(r"茶农满意度(\d+)%。")[0], pval(row_by_name(rows, "茶农满意度")["actual"])[1], "满意度")
    if D(rate) < 90 and "低于90%" not in t:
        c.fail("parse", "执行率 < 90% without explanation")


# ---------------------------------------------------------------- 利川 2023 (PDF, space separated)
def chk_lichuan(c):
    t = c.t
    tab = t[t.index("项目支出绩效自评表"):]
    funds = {}
    for lab, key in (("年度资金总额", "总额"), ("其中：当年财政拨款", "拨款"), ("上年结转资金", "结转"), ("其他资金", "其他")):
        mm = re.search(r"\n" + lab + r" (\S+) (\S+) (\S+) (\S+) (\S+) (\S+)", tab)
        if not mm:
            raise Miss(lab)
        funds[key] = list(mm.groups())
    w_exec, s_exec, ann, spent = check_funds(c, funds)
    rows = []
    body = tab[tab.index("\n一级 "):tab.index("\n总分 ")]
    for line in body.split("\n"):
        mm = re.search(r"(\S+) (\d{4}年\d+月\d+) (\d{4}年\d+月\d+) (\d+) ([\d.]+)", line)
        if not mm:
            mm = re.search(r"(\S+) ([≥≤][\d.]+\S*) (\S+) (\d+) ([\d.]+)", line)
        if mm:
            name, tg, ac, w, s = mm.groups()
            rows.append(dict(name=name, target=tg, actual=ac, w=w, s=s))
    total = c.m(r"\n总分 100 ([\d.]+)")[0]
    grade = c.m(r"本项目自评等级为“(.)”")[0]
    check_rows(c, rows, w_exec, s_exec, total, grade)
    if len(rows) != 11:
        c.fail("parse", f"{len(rows)} indicator rows")
    ini, prov0, city0 = c.m(r"项目年初预算([\d.]+)万元，其中省级衔接资金([\d.]+)万元已于\n?(?:\d{4})年12月提前下达，市级配套([\d.]+)万元")
    if D(prov0) + D(city0) != D(ini):
        c.fail("sum_mismatch", "年初 sources")
    adv = int(c.m(r"已于\n?(\d{4})年12月提前下达")[0])
    if adv != c.year - 1:
        c.fail("year_mismatch", "advance year")
    add, ann_p = c.m(r"年中追加([\d.]+)万元，全年预算\n?([\d.]+)万元")
    if D(ini) + D(add) != D(ann_p):
        c.fail("sum_mismatch", "年初 + 追加")
    c.same(ini, funds["总额"][0], "年初 text/table")
    c.same(ann_p, ann, "全年 text/table")
    p, z, s_ = c.m(r"其中省级衔接资金([\d.]+)万元、恩施州级配套([\d.]+)万元、利川\n?市级配套([\d.]+)万元")
    if D(p) + D(z) + D(s_) != D(ann_p):
        c.fail("sum_mismatch", "全年预算 sources")
    g = c.m(r"黄连标准化种植基地建设补助([\d.]+)万元（(\d+)亩，每亩(\d+)元）、\n?育苗圃建设([\d.]+)万元、"
            r"绿色防控及有机肥([\d.]+)万元、产地烘干房建设([\d.]+)万元\n?（(\d+)座，每座(\d+)万元）、"
            r"技术培训及质量追溯体系([\d.]+)万元")
    base, mu, per_mu, nursery, green, dry, ndry, per_dry, train = g
    if D(mu) * D(per_mu) / 10000 != D(base):
        c.fail("unit_mismatch", "基地 mu x 元")
    if D(ndry) * D(per_dry) != D(dry):
        if D(ndry) * D(per_dry) * 10000 == D(dry):
            c.fail("unit_mismatch", f"烘干房 {dry}万元 is {ndry}x{per_dry}万元 in 元")
        else:
            c.fail("sum_mismatch", "烘干房 n x per")
    parts = D(base) + D(nursery) + D(green) + D(dry) + D(train)
    if parts != D(ann_p):
        c.fail("sum_mismatch", f"uses add to {parts}")
    sp, bal = c.m(r"项目共支出([\d.]+)万元，结余([\d.]+)万元")
    c.same(sp, spent, "支出 text/table")
    c.eq("balance_mismatch", bal, ann - D(sp), "结余")
    y = int(c.m(r"已结转(\d{4})年使用")[0])
    if y <= c.year:
        c.fail("year_mismatch", "结转年份")
    hr = row_by_name(rows, "烘干房")
    if pval(hr["target"])[1] != D(ndry):
        c.fail("conflicting_values", "烘干房 planned")
    if (pval(hr["target"])[1] - pval(hr["actual"])[1]) * D(per_dry) != D(bal):
        c.fail("balance_mismatch", "结余 = 未建烘干房")
    built, comp = c.m(r"建成产地烘干房(\d+)\n?座，完成率([\d.]+)%")
    c.same(built, pval(hr["actual"])[1], "烘干房 text/table")
    c.eq("completion_mismatch", comp, D(built) / D(ndry) * 100, "烘干房完成率")
    c.same(c.m(r"新建黄连标准化种植基地(\d+)亩，育苗圃(\d+)亩")[0], pval(row_by_name(rows, "种植基地")["actual"])[1], "基地")
    c.same(c.m(r"新建黄连标准化种植基地(\d+)亩，育苗圃(\d+)亩")[1], pval(row_by_name(rows, "育苗圃")["actual"])[1], "育苗圃")
    c.same(c.m(r"\n(\d+)人次。\n")[0], pval(row_by_name(rows, "技术培训")["actual"])[1], "培训")
    c.same(c.m(r"种苗移栽成活率([\d.]+)%")[0], pval(row_by_name(rows, "成活率")["actual"])[1], "成活率")
    c.same(c.m(r"户均增收(\d+)元。\n2")[0], pval(row_by_name(rows, "户均增收")["actual"])[1], "户均增收")
    h, tp, mon = c.m(r"脱贫户和监测户(\d+)户参与基地务工和种植，其中脱贫户\n?(\d+)户、监测户(\d+)户")
    if D(tp) + D(mon) != D(h):
        c.fail("sum_mismatch", "脱贫户 + 监测户")
    c.same(h, pval(row_by_name(rows, "脱贫户")["actual"])[1], "带动户")
    nq, ns, sat = c.m(r"收回的(\d+)份有效问卷中，表示满意的(\d+)份，种植户满意度([\d.]+)%")
    c.eq("rate_mismatch", sat, D(ns) / D(nq) * 100, "满意度")
    c.same(sat, pval(row_by_name(rows, "满意度")["actual"])[1], "满意度 text/table")
    ty = int(c.m(r"项目支出绩效自评表\n（(\d{4})年度）")[0])
    if ty != c.year:
        c.fail("year_mismatch", f"table year {ty}")


# ---------------------------------------------------------------- 顺昌 2019 (｜ rows)
def chk_shunchang(c):
    t = c.t
    funds = {}
    for lab, key in (("年度资金总额", "总额"), ("其中：当年财政拨款", "拨款"), ("上年结转资金", "结转"), ("其他资金", "其他")):
        line = c.m(r"\n(" + lab + r"｜[^\n]*)")[0]
        funds[key] = line.split("｜")[1:7]
    w_exec, s_exec, ann, spent = check_funds(c, funds)
    hdr = t.index("\n一级指标｜")
    end = t.index("\n合计｜", hdr)
    rows = []
    for line in t[hdr + 1:end].split("\n")[1:]:
        cells = line.split("｜")
        rows.append(dict(name=cells[2], target=cells[3], actual=cells[4], w=cells[5], s=cells[6]))
    total = t[end + 1:].split("\n")[0].split("｜")[6]
    ptotal, grade = c.m(r"综合得分([\d.]+)分，评价等级为“(.)")
    check_rows(c, rows, w_exec, s_exec, total, grade)
    c.same(ptotal, total, "总分 text/table")
    bud, prov, cnty = c.m(r"项目预算([\d.]+)万元，其中省级食用菌产业发展资金([\d.]+)万元、县级财政配套([\d.]+)万元，全年预算未作调整")
    if D(prov) + D(cnty) != D(bud):
        c.fail("sum_mismatch", "sources")
    c.same(bud, ann, "预算 text/table")
    if D(funds["总额"][0]) != D(funds["总额"][1]):
        c.fail("conflicting_values", "'未作调整' but 年初 != 全年")
    uses = c.m(r"标准化菇棚补助([\d.]+)万元、企业技改补助([\d.]+)万元、菌渣资源化利用([\d.]+)万元、品牌宣传推介([\d.]+)万元、技术培训([\d.]+)万元。")
    if sum(D(x) for x in uses) != D(bud):
        c.fail("sum_mismatch", "uses")
    n_shed, per_shed = c.m(r"新建标准化菇棚(\d+)座，每座补助(\d+)万元")
    n_firm, per_firm = c.m(r"支持(\d+)家工厂化生产企业开展技术改造，每家补助(\d+)万元")
    if D(n_shed) * D(per_shed) != D(uses[0]) or D(n_firm) * D(per_firm) != D(uses[1]):
        c.fail("sum_mismatch", "n x per vs budget lines")
    sp, rate = c.m(r"项目实际支出([\d.]+)万元，预算执行率([\d.]+)%")
    c.same(sp, spent, "支出 text/table")
    c.eq("rate_mismatch", rate, D(sp) / ann * 100, "执行率 text")
    sp_parts = c.m(r"标准化菇棚补助支出([\d.]+)万元（(\d+)座），企业技改补助支出([\d.]+)万元（(\d+)家），菌渣资源化利用支出([\d.]+)万元，"
                   r"品牌宣传推介支出([\d.]+)万元，技术培训支出([\d.]+)万元")
    s1, n1, s2, n2, s3, s4, s5 = sp_parts
    if D(s1) + D(s2) + D(s3) + D(s4) + D(s5) != D(sp):
        c.fail("sum_mismatch", "spending parts")
    if D(n1) * D(per_shed) != D(s1) or D(n2) * D(per_firm) != D(s2):
        c.fail("sum_mismatch", "spent = n x per")
    c.same(n1, pval(row_by_name(rows, "菇棚")["actual"])[1], "菇棚 text/table")
    c.same(n2, pval(row_by_name(rows, "技术改造")["actual"])[1], "技改 text/table")
    bal = c.m(r"项目结余资金([\d.]+)万元")[0]
    c.eq("balance_mismatch", bal, D(bud) - D(sp), "结余")
    c.same(c.m(r"新建标准化菇棚(\d+)座，未完成")[0], n1, "菇棚 text")
    c.same(c.m(r"完成(\d)家工厂化生产企业技术改造")[0], n2, "技改 text")
    c.same(c.m(r"全年收集菌渣(\d+)吨")[0], pval(row_by_name(rows, "利用量")["actual"])[1], "菌渣")
    c.same(c.m(r"菌渣综合利用率([\d.]+)%")[0], pval(row_by_name(rows, "综合利用率")["actual"])[1], "利用率")
    c.same(c.m(r"举办培训班\d+期，培训菇农(\d+)人次")[0], pval(row_by_name(rows, "培训")["actual"])[1], "培训 text/table")
    c.same(c.m(r"新增食用菌产值(\d+)万元，未达到")[0], pval(row_by_name(rows, "产值")["actual"])[1], "产值")
    c.same(c.m(r"带动就业(\d+)人。")[0], pval(row_by_name(rows, "就业")["actual"])[1], "就业")
    a, b, d_, avg = c.m(r"鲜菇产量分别为(\d+)吨、(\d+)吨、(\d+)吨，平均每个基地([\d.]+)吨")
    c.eq("average_mismatch", avg, (D(a) + D(b) + D(d_)) / 3, "平均产量")
    nq, ns, sat = c.m(r"收回有效问卷(\d+)份，其中满意(\d+)份，满意度(\d+)%")
    c.eq("rate_mismatch", sat, D(ns) / D(nq) * 100, "满意度")
    c.same(sat, pval(row_by_name(rows, "满意度")["actual"])[1], "满意度 text/table")
    gs, gf, gz, gj = c.m(r"新建菇棚(\d+)座，完成(\d+)家企业技改，利用菌渣(\d+)吨，带动就业(\d+)人")
    c.same(gs, n1, "goal block 菇棚")
    c.same(gj, pval(row_by_name(rows, "就业")["actual"])[1], "goal block 就业")


# ---------------------------------------------------------------- 眉县 2024 (seed-003 style)
def chk_meixian(c):
    t = c.t
    cols = {}
    labels = {"(1)": "年初", "(2)": "全年", "(3)": "到位", "(4)": "执行", "(5)=(3)-(4)": "结余", "(6)=(3)/(2)": "到位率", "(7)=(4)/(2)": "执行率"}
    for line in t.split("\n"):
        cells = line.split("\t")
        if len(cells) == 11 and cells[2] in labels:
            cols[labels[cells[2]]] = [D(x) if x else D(0) for x in cells[3:]]
    if len(cols) != 7:
        raise Miss("funds rows")
    # columns: 0 total, 1 subtotal, 2 central, 3 prov, 4 city, 5 county, 6 carry, 7 other
    for k in ("年初", "全年", "到位", "执行", "结余"):
        r = cols[k]
        if r[2] + r[3] + r[4] + r[5] != r[1]:
            c.fail("sum_mismatch", f"{k}: 小计")
        if r[1] + r[6] + r[7] != r[0]:
            c.fail("sum_mismatch", f"{k}: 总额")
    for i in range(8):
        ann, got, sp = cols["全年"][i], cols["到位"][i], cols["执行"][i]
        if got - sp != cols["结余"][i]:
            c.fail("balance_mismatch", f"col {i}: (5)")
        for key, num in (("到位率", got), ("执行率", sp)):
            v = cols[key][i]
            if ann == 0:
                if v != 0:
                    c.fail("implausible_rate", f"col {i}: {key} {v} on zero base")
            else:
                c.eq("rate_mismatch", str(v), num / ann * 100, f"col {i}: {key}")
    ann, spent = cols["全年"][0], cols["执行"][0]
    rows, ex = [], None
    region = t[t.index("二、项目绩效情况"):t.index("三、绩效分析")]
    for line in region.split("\n"):
        cells = line.split("\t")
        if len(cells) == 8 and cells[1] != "二级指标":
            d = dict(name=cells[2], w=cells[3], target=cells[4], actual=cells[5], comp=cells[6], s=cells[7])
            if d["name"] == "预算执行率":
                ex = d
            else:
                rows.append(d)
    r = spent / ann * 100
    c.eq("rate_mismatch", ex["actual"].rstrip("%"), r, "执行率 table")
    c.eq("completion_mismatch", ex["comp"].rstrip("%"), r, "执行率 完成率")
    c.eq("score_rule_mismatch", ex["s"], D(ex["w"]) * min(D(1), r / 100), "执行得分")
    total, grade = c.m(r"总得分([\d.]+)分，评价等级为“(.)”")
    check_rows(c, rows, D(ex["w"]), D(ex["s"]), total, grade)
    # prose
    g = c.m(r"项目全年预算([\d.]+)万元，其中当年财政资金([\d.]+)万元（中央([\d.]+)万元、省级([\d.]+)万元、县级([\d.]+)万元），上年结转资金([\d.]+)万元")
    A, F, ce, pr, co, ca = (D(x) for x in g)
    if ce + pr + co != F or F + ca != A:
        c.fail("sum_mismatch", "prose sources")
    c.same(A, ann, "全年 text/table")
    c.same(ce, cols["全年"][2], "中央 text/table")
    c.same(co, cols["全年"][5], "县级 text/table")
    c.same(ca, cols["全年"][6], "结转 text/table")
    adv_amt, adv_y, adv_for = c.m(r"中央资金中的([\d.]+)万元为(\d{4})年12月提前下达的(\d{4})年衔接资金")
    if int(adv_y) != c.year - 1 or int(adv_for) != c.year:
        c.fail("year_mismatch", "advance")
    sp, rate, bal = c.m(r"全年执行([\d.]+)万元，执行率([\d.]+)%，结余([\d.]+)万元")
    c.same(sp, spent, "执行 text/table")
    c.eq("rate_mismatch", rate, D(sp) / A * 100, "执行率 text")
    c.eq("balance_mismatch", bal, A - D(sp), "结余 text")
    c.same(bal, cols["结余"][0], "结余 text/table")
    y = int(c.m(r"已按规定结转(\d{4})年使用")[0])
    if y <= c.year:
        c.fail("year_mismatch", "结转年份")
    b1, s1, r1 = c.m(r"标准园建设补助资金([\d.]+)万元，实际兑付([\d.]+)万元，结余([\d.]+)万元")
    c.eq("balance_mismatch", r1, D(b1) - D(s1), "标准园结余")
    b2, per, mu2, s2 = c.m(r"水肥一体化建设资金([\d.]+)万元，按每亩(\d+)元标准实际完成(\d+)亩，支出([\d.]+)万元")
    if D(per) * D(mu2) / 10000 != D(s2):
        c.fail("unit_mismatch", "水肥 mu x 元")
    o1, o2, o3 = c.m(r"优质苗木及品种改良([\d.]+)万元、绿色防控及有机肥替代([\d.]+)万元、果农技术培训([\d.]+)万元均已全部支出")
    cc = c.m(r"上年结转资金([\d.]+)万元全部用于支付")[0]
    if D(b1) + D(b2) + D(o1) + D(o2) + D(o3) + D(cc) != A:
        c.fail("sum_mismatch", "sub-project budgets")
    if D(s1) + D(s2) + D(o1) + D(o2) + D(o3) + D(cc) != D(sp):
        c.fail("sum_mismatch", "sub-project spending")
    if D(r1) + (D(b2) - D(s2)) != D(bal):
        c.fail("balance_mismatch", "sub-project balances vs total")
    area = c.m(r"建设面积(\d+)亩，标准园亩均建设补助(\d+)元")
    c.eq("average_mismatch", area[1], D(s1) / D(area[0]) * 10000, "亩均补助")
    c.same(area[0], pval(row_by_name(rows, "建设面积")["actual"])[1], "面积 text/table")
    c.same(area[1], pval(row_by_name(rows, "亩均建设补助")["actual"])[1], "亩均补助 text/table")
    c.same(c.m(r"；配套水肥一体化(\d+)亩，")[0], mu2, "水肥 text")
    c.same(mu2, pval(row_by_name(rows, "水肥")["actual"])[1], "水肥 text/table")
    c.same(c.m(r"全年培训果农(\d+)人次")[0], pval(row_by_name(rows, "培训")["actual"])[1], "培训")
    c.same(c.m(r"标准园优果率(\d+)%。")[0], pval(row_by_name(rows, "优果率")["actual"])[1], "优果率")
    c.same(c.m(r"标准园亩均收入([\d.]+)万元")[0], pval(row_by_name(rows, "亩均收入")["actual"])[1], "亩均收入 text/table")
    c.same(c.m(r"带动周边果农(\d+)户")[0], pval(row_by_name(rows, "果农户数")["actual"])[1], "户数")
    c.same(c.m(r"化肥使用量较上年减少(\d+)%")[0], pval(row_by_name(rows, "化肥")["actual"])[1], "化肥")
    nq, ns, sat = c.m(r"随机抽取果农(\d+)户开展满意度调查，满意(\d+)户，满意度(\d+)%")
    c.eq("rate_mismatch", sat, D(ns) / D(nq) * 100, "满意度")
    c.same(sat, pval(row_by_name(rows, "满意度")["actual"])[1], "满意度 text/table")


CHECKS = {
    "midu-yanqu-2021": (chk_midu, 2021),
    "shiqian-chaye-2022": (chk_shiqian, 2022),
    "lichuan-huanglian-2023": (chk_lichuan, 2023),
    "shunchang-shiyongjun-2019": (chk_shunchang, 2019),
    "meixian-mihoutao-2024": (chk_meixian, 2024),
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels.jsonl and cases/ list different files")
    clean = [r for r in labels if r["clean"]]
    errs = [r for r in labels if not r["clean"]]
    if len(clean) != 5 or len(errs) != 30:
        problems.append(f"{len(clean)} clean, {len(errs)} error cases")
    cnt = Counter(e["code"] for r in errs for e in r["expected"])
    for code in CODES:
        if cnt[code] < 2:
            problems.append(f"code {code} used {cnt[code]} times")
    for code in cnt:
        if code not in CODES:
            problems.append(f"unknown code {code}")
    # clean drafts
    for r in clean:
        src = r["source"]
        text = read(r["case"])
        if not 3000 <= len(text) <= 5000:
            problems.append(f"{r['case']}: {len(text)} characters")
        if r["expected"]:
            problems.append(f"{r['case']}: clean case with expectations")
        fn, year = CHECKS[src]
        fails = Check(text, year).run(fn)
        for code, msg in fails:
            problems.append(f"{r['case']}: [{code}] {msg}")
    # error cases
    per_src = Counter()
    for r in errs:
        src = r["source"]
        per_src[src] += 1
        text = read(r["case"])
        base = read(f"{src}-clean.txt")
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: {len(r['expected'])} expectations")
        exp = r["expected"][0]
        if exp["severity"] != "error":
            problems.append(f"{r['case']}: severity {exp['severity']}")
        if exp["value"] not in text:
            problems.append(f"{r['case']}: value not in case")
        # one place of difference
        p = 0
        while p < min(len(text), len(base)) and text[p] == base[p]:
            p += 1
        s = 0
        while s < min(len(text), len(base)) - p and text[-1 - s] == base[-1 - s]:
            s += 1
        new_region = (p, len(text) - s)
        old_len = len(base) - s - p
        if text == base:
            problems.append(f"{r['case']}: identical to clean draft")
        elif max(old_len, new_region[1] - new_region[0]) > 12:
            problems.append(f"{r['case']}: change spans {old_len}->{new_region[1] - new_region[0]} characters")
        occ = [(i, i + len(exp["value"])) for i in range(len(text)) if text.startswith(exp["value"], i)]
        lo, hi = new_region if new_region[1] > new_region[0] else (new_region[0], new_region[0] + 1)
        if not any(a < hi and lo < b for a, b in occ):
            problems.append(f"{r['case']}: the change does not overlap the label value")
        fn, year = CHECKS[src]
        fails = Check(text, year).run(fn)
        codes = {c for c, _ in fails}
        if exp["code"] not in codes:
            problems.append(f"{r['case']}: arithmetic re-check does not raise {exp['code']} (got {sorted(codes)})")
        if "-v" in sys.argv:
            print(f"{r['case']:36s} {exp['code']:22s} re-check: {sorted(codes)}")
    for src in CHECKS:
        if per_src[src] != 6:
            problems.append(f"{src}: {per_src[src]} error cases")
    if problems:
        for pr in problems:
            print("FAIL", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
