#!/usr/bin/env python3
"""Verify the n166 set.

1. every label value occurs in its case file;
2. every error case differs from its clean draft in one place (one contiguous changed
   region of at most two adjacent lines) and the label value overlaps that region;
3. the arithmetic of every clean draft is redone from the text itself (funds, rates,
   balances, sums, weights, scores, totals, grades, completion rates, averages, units,
   years, and the same figure stated in text and table);
4. as a sanity check, the same arithmetic finds at least one failure in every error case.
Prints OK at the end when everything holds.  Run: python3 verify.py
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"\d[\d,]*(?:\.\d+)?"


# ---------------------------------------------------------------- numbers
def dec(s):
    return Decimal(str(s).replace(",", "").replace("约", "").replace("%", "").strip())


def places(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def agrees(stated, computed):
    """stated (string, as written) is consistent with computed under the decimals rule."""
    tol = Decimal("0.5") * (Decimal(10) ** -places(stated)) + Decimal("1e-9")
    return abs(dec(stated) - Decimal(computed)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = Decimal(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
               "一般": "中", "合格": "中", "较差": "差", "差": "差", "不合格": "差"}


class Report:
    def __init__(self, name):
        self.name = name
        self.fails = []

    def check(self, cond, msg):
        if not cond:
            self.fails.append(msg)
        return cond

    def eq(self, stated, computed, what):
        return self.check(agrees(stated, computed), f"{what}: stated {stated}, computed {Decimal(computed):.4f}")


def grab(rep, text, pattern, what):
    ms = list(re.finditer(pattern, text))
    if len(ms) != 1:
        rep.fails.append(f"{what}: pattern found {len(ms)} times ({pattern})")
        return None
    return ms[0].groups()


def grab_all(text, pattern):
    return [m.groups() for m in re.finditer(pattern, text)]


# ---------------------------------------------------------------- indicator values
VAL = re.compile(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$")


def parse_val(s):
    s = s.strip()
    m = VAL.match(s)
    if not m or re.search(r"[年月日前底]", m.group(3)):
        return None
    sign = {"≥": "gte", "＞": "gte", ">=": "gte", "≤": "lte", "＜": "lte", "<=": "lte", "=": "eq"}.get(m.group(1), "eq")
    return sign, Decimal(m.group(2)), m.group(3).strip()


def completion(target, actual):
    t, a = parse_val(target), parse_val(actual)
    if not t or not a or t[2] != a[2]:
        return None
    sign, tv, _ = t
    av = a[1]
    if sign == "lte":
        return Decimal(100) if av <= tv else tv / av * 100
    if tv == 0:
        return None
    return av / tv * 100


def expected_score(target, actual, weight):
    t, a = parse_val(target), parse_val(actual)
    w = Decimal(weight)
    if not t or not a:
        return None
    sign, tv, _ = t
    av = a[1]
    if sign == "lte":
        return w if av <= tv else w * tv / av
    if tv == 0:
        return w if av <= 0 else Decimal(0)
    return w * min(Decimal(1), max(av, Decimal(0)) / tv)


def check_table(rep, tab, year):
    """tab: funds rows, exec (weight, rate, score, annual, spent), indicator rows, totals, grade."""
    # funds rows: (name, init, annual, spent, rate)
    rows = tab["funds"]
    total = rows[0]
    for col, label in ((1, "年初"), (2, "全年"), (3, "执行")):
        s = sum(dec(r[col]) for r in rows[1:])
        rep.eq(total[col], s, f"funds column {label}: total vs components")
    for r in rows:
        base, spent, rate = dec(r[2]), dec(r[3]), r[4].strip()
        if base == 0:
            rep.check(rate in ("", "—", "-", "0", "0%", "0.00%"), f"funds row {r[0]}: rate {rate} on a zero budget")
        elif rate not in ("", "—"):
            rep.eq(rate, spent / base * 100, f"funds row {r[0]}: 执行率")
            rep.check(dec(rate) <= 100, f"funds row {r[0]}: 执行率 over 100%")
    w, rate, score, annual, spent = tab["exec"]
    r_true = dec(annual) and dec(spent) / dec(annual) * 100
    rep.eq(rate, r_true, "execution rate")
    rep.check(dec(rate) <= 100, "execution rate over 100%")
    rep.check(agrees(score, Decimal(w) * min(r_true, Decimal(100)) / 100)
              or agrees(score, Decimal(w) * min(dec(rate), Decimal(100)) / 100),
              f"execution score {score} does not follow from rate {rate}")
    rep.check(dec(score) <= dec(w), "execution score above its weight")
    # indicators
    wsum, ssum = dec(w), dec(score)
    for ind in tab["inds"]:
        name, target, actual, iw, isc = ind["name"], ind["target"], ind["actual"], ind["w"], ind["s"]
        wsum += dec(iw)
        ssum += dec(isc)
        rep.check(Decimal(0) <= dec(isc) <= dec(iw), f"{name}: score {isc} outside [0, {iw}]")
        t, a = parse_val(target), parse_val(actual)
        if t:
            rep.check(a is not None and a[2] == t[2], f"{name}: unit of actual {actual!r} differs from target {target!r}")
        if t and a and a[2] == t[2]:
            if "满意" in name or a[2] == "%" and "率" in name:
                rep.check(a[1] <= 100, f"{name}: rate {actual} over 100%")
            exp = expected_score(target, actual, iw)
            comp = completion(target, actual)
            ok = agrees(isc, exp)
            if not ok and "compl" in ind and comp is not None:
                ok = agrees(isc, Decimal(iw) * min(dec(ind["compl"]), Decimal(100)) / 100)
            rep.check(ok, f"{name}: score {isc}, rule gives {r2(exp)}")
            if "compl" in ind:
                rep.check(comp is not None and agrees(ind["compl"], comp),
                          f"{name}: 完成率 {ind['compl']} vs computed {comp and r2(comp)}")
    rep.eq(tab["total_w"], wsum, "sum of weights vs 总分 100")
    rep.check(dec(tab["total_w"]) == 100, "分值 total is not 100")
    rep.eq(tab["total_s"], ssum, "sum of scores vs stated total")
    if tab.get("grade"):
        rep.check(GRADE_WORDS.get(tab["grade"]) == grade_of(dec(tab["total_s"])),
                  f"table grade {tab['grade']} vs total {tab['total_s']}")
    if tab.get("year"):
        rep.check(tab["year"] == year, f"table year {tab['year']} vs report year {year}")
    return wsum, ssum


def check_text_common(rep, text, year, tab):
    """Checks every draft shares: years, grades, totals, rates over 100%."""
    for (y,) in grab_all(text, r"截至(\d{4})年12月31日"):
        rep.check(int(y) == year, f"截至{y}年12月31日 in a {year} report")
    for (y,) in grab_all(text, r"结转至(\d{4})年"):
        rep.check(int(y) > year, f"结转至{y}年 in a {year} report")
    for (v,) in grab_all(text, r"满意[率度]\D{0,4}?(" + NUM + r")%"):
        rep.check(dec(v) <= 100, f"satisfaction {v}% over 100%")
    for (v,) in grab_all(text, r"执行率(?:为|达到|达)?(" + NUM + r")%"):
        rep.check(dec(v) <= 100, f"execution rate {v}% over 100%")
    totals = grab_all(text, r"(?:自评得分|综合得分|合计)(" + NUM + r")分")
    rep.check(len(totals) >= 1, "no total score in the text")
    for (t,) in totals:
        rep.eq(t, dec(tab["total_s"]), "text total vs table total")
    grades = grab_all(text, r"等级为[“\"]?(优秀|优|良好|良|中等|中|一般|合格|较差|差)")
    rep.check(len(grades) >= 1, "no grade in the text")
    for (g,) in grades:
        rep.check(GRADE_WORDS[g] == grade_of(dec(tab["total_s"])), f"text grade {g} vs total {tab['total_s']}")


def same_value(rep, text, pattern, table_value, what):
    vals = grab_all(text, pattern)
    rep.check(len(vals) >= 1, f"{what}: not found in text")
    for v in vals:
        rep.check(dec(v[0]) == dec(table_value), f"{what}: text {v[0]} vs table {table_value}")


def ind_by(tab, name):
    for ind in tab["inds"]:
        if ind["name"] == name:
            return ind
    raise KeyError(name)


# ---------------------------------------------------------------- parsers per layout
def parse_tab_web(text):          # 龙门: tab-separated rows
    lines = text.split("\n")
    funds, inds, tab = [], [], {}
    names = ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")
    in_ind = False
    for ln in lines:
        c = ln.split("\t")
        if len(c) == 8 and c[1] in names:
            funds.append((c[1], c[2], c[3], c[4], c[6]))
            if c[1] == "年度资金总额":
                tab["exec"] = (c[5], c[6], c[7], c[3], c[4])
        elif ln.startswith("绩效指标\t"):
            in_ind = True
        elif ln.startswith("总分\t"):
            in_ind = False
            tab["total_w"], tab["total_s"] = c[6], c[7]
        elif in_ind and len(c) == 9:
            inds.append({"l1": c[1], "name": c[3], "target": c[4], "actual": c[5], "w": c[6], "s": c[7]})
    m = re.search(r"项目支出绩效自评表\n（(\d{4})年度）", text)
    tab.update(funds=funds, inds=inds, year=int(m.group(1)) if m else None)
    return tab


def parse_flat(text):             # 洋县: one cell per line, blank line between rows
    body = text.split("项目支出绩效自评表\n（", 1)[1]
    tab = {"year": int(body[:4])}
    blocks = [b for b in re.split(r"\n\n+", body) if b.strip()]
    funds, inds, in_ind = [], [], False
    for b in blocks:
        cells = [ln[1:] if ln.startswith("\t") else ln for ln in b.split("\n")]
        if len(cells) == 8 and cells[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            funds.append((cells[1], cells[2], cells[3], cells[4], cells[6]))
            if cells[1] == "年度资金总额":
                tab["exec"] = (cells[5], cells[6], cells[7], cells[3], cells[4])
        elif cells[0] == "一级指标":
            in_ind = True
        elif cells[0] == "总分":
            tab["total_w"], tab["total_s"] = cells[6], cells[7]
            in_ind = False
        elif in_ind and len(cells) == 9:
            inds.append({"l1": cells[0], "name": cells[2], "target": cells[3], "actual": cells[4],
                         "compl": cells[5], "w": cells[6], "s": cells[7]})
    for ind in inds:
        if ind["compl"] in ("—", ""):
            del ind["compl"]
    tab.update(funds=funds, inds=inds)
    return tab


def cells_pipe(ln):
    return [c.strip() for c in ln.strip().strip("|").split("|")]


def parse_pipe(text):             # 信丰: markdown pipe tables
    tab, inds, src = {}, [], []
    for ln in text.split("\n"):
        if not ln.startswith("|") or ln.startswith("| ---"):
            continue
        c = cells_pipe(ln)
        if c[0] in ("省级补助资金", "县级配套资金", "合计") and len(c) == 6:
            src.append(c)
        elif c[0] == "预算执行率":
            tab["exec_row"] = c
        elif c[0] == "总分":
            tab["total_w"], tab["total_s"] = c[5], c[6]
        elif c[0] == "自评等级":
            tab["grade"] = c[1]
        elif len(c) == 8 and c[0] != "一级指标":
            inds.append({"l1": c[0], "name": c[2], "target": c[3], "actual": c[4], "w": c[5], "s": c[6]})
    total = [r for r in src if r[0] == "合计"][0]
    parts = [r for r in src if r[0] != "合计"]
    # funds rows in the common shape (name, init, annual, spent, rate)
    tab["funds"] = [(total[0], total[1], total[2], total[4], total[5])] + [(r[0], r[1], r[2], r[4], r[5]) for r in parts]
    tab["received"] = [(r[0], r[2], r[3]) for r in src]
    e = tab["exec_row"]
    tab["exec"] = (e[5], e[4], e[6], total[2], total[4])
    m = re.search(r"附：项目支出绩效自评表（(\d{4})年度）", text)
    tab.update(inds=inds, year=int(m.group(1)) if m else None)
    return tab


def parse_pdf(text):              # 盐池: PDF text, cells separated by spaces
    tab, funds, inds = {}, [], []
    lines = text.split("\n")
    in_ind = False
    isnum = lambda s: re.fullmatch(r"\d+(?:\.\d+)?", s) is not None
    for ln in lines:
        t = ln.split(" ")
        if t[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(t) == 7:
            funds.append((t[0], t[1], t[2], t[3], t[5]))
            if t[0] == "年度资金总额":
                tab["exec"] = (t[4], t[5], t[6], t[2], t[3])
        elif ln.startswith("一级指标 二级指标"):
            in_ind = True
        elif ln.startswith("总分 "):
            tab["total_w"], tab["total_s"] = t[1], t[2]
            in_ind = False
        elif in_ind and len(t) >= 6:
            i = next(k for k in range(2, len(t) - 1) if isnum(t[k]) and isnum(t[k + 1]))
            inds.append({"name": t[i - 3], "target": t[i - 2], "actual": t[i - 1], "w": t[i], "s": t[i + 1]})
    m = re.search(r"项目支出绩效自评表\n（(\d{4})年度）", text)
    tab.update(funds=funds, inds=inds, year=int(m.group(1)) if m else None)
    return tab


def parse_bar(text):              # 西青: full-width bars
    tab, funds, inds = {}, [], []
    in_ind = False
    for ln in text.split("\n"):
        c = ln.split("｜")
        if c[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(c) == 7:
            funds.append((c[0], c[1], c[2], c[3], c[5]))
            if c[0] == "年度资金总额":
                tab["exec"] = (c[4], c[5], c[6], c[2], c[3])
        elif c[0] == "一级指标":
            in_ind = True
        elif c[0] == "总分":
            tab["total_w"], tab["total_s"] = c[5], c[6]
            in_ind = False
        elif c[0] == "评价等级":
            tab["grade"] = c[1]
        elif in_ind and len(c) == 8:
            inds.append({"l1": c[0], "name": c[2], "target": c[3], "actual": c[4], "w": c[5], "s": c[6]})
    m = re.search(r"项目支出绩效自评表\n（(\d{4})年度）", text)
    tab.update(funds=funds, inds=inds, year=int(m.group(1)) if m else None)
    return tab


def group_sums(tab, first_level_of):
    out = {}
    for ind in tab["inds"]:
        g = first_level_of(ind)
        out.setdefault(g, [Decimal(0), Decimal(0)])
        out[g][0] += dec(ind["w"])
        out[g][1] += dec(ind["s"])
    return out


def levels_from_l1(tab):
    cur, out = None, {}
    for ind in tab["inds"]:
        if ind.get("l1"):
            cur = ind["l1"]
        out[id(ind)] = cur
    return lambda ind: out[id(ind)]


# ---------------------------------------------------------------- per-draft arithmetic
def check_longmen(text):
    rep = Report("longmen")
    year = 2021
    tab = parse_tab_web(text)
    rep.check(len(tab["inds"]) == 9, f"parsed {len(tab['inds'])} indicator rows")
    check_table(rep, tab, year)
    check_text_common(rep, text, year, tab)
    g = grab(rep, text, r"年初预算(" + NUM + r")万元，均为县级财政拨款；另有2020年度结转资金(" + NUM + r")万元（二期项目尾款），全年预算数为(" + NUM + r")万元", "budget")
    if g:
        rep.eq(g[2], dec(g[0]) + dec(g[1]), "全年预算 = 年初 + 上年结转")
        rep.check(dec(g[0]) == dec(tab["funds"][0][1]) and dec(g[2]) == dec(tab["funds"][0][2]), "budget text vs table")
        rep.check(dec(g[1]) == dec(tab["funds"][2][2]), "carry-over text vs table")
    s = grab(rep, text, r"全年执行数(" + NUM + r")万元，其中当年财政拨款支出(" + NUM + r")万元、上年结转资金支出(" + NUM + r")万元，预算执行率为(" + NUM + r")%", "spent")
    if s and g:
        rep.eq(s[0], dec(s[1]) + dec(s[2]), "执行数 = components")
        rep.eq(s[3], dec(s[0]) / dec(g[2]) * 100, "text 执行率")
        rep.check(dec(s[0]) == dec(tab["funds"][0][3]), "spent text vs table")
        u = grab(rep, text, r"未执行的(" + NUM + r")万元", "unspent")
        if u:
            rep.eq(u[0], dec(g[2]) - dec(s[0]), "未执行 = 全年预算 − 执行")
        parts = grab(rep, text, r"前端设备购置及安装费(" + NUM + r")万元，占(" + NUM + r")%；传输链路租赁费(" + NUM + r")万元，占(" + NUM + r")%；平台扩容及存储设备费(" + NUM + r")万元，占(" + NUM + r")%", "structure")
        if parts:
            rep.eq(s[0], dec(parts[0]) + dec(parts[2]) + dec(parts[4]), "structure parts add to 执行数")
            for a, p in ((parts[0], parts[1]), (parts[2], parts[3]), (parts[4], parts[5])):
                rep.eq(p, dec(a) / dec(s[0]) * 100, f"share of {a}")
            pts = ind_by(tab, "新建高清视频监控点位")
            per = dec(parts[0]) / dec(parse_val(pts["actual"])[1])
            rep.check(abs(per - Decimal("1.52")) < Decimal("0.006"), "约1.52万元 per point")
            rep.check(abs(per * 10000 - 15194) < 1, "约15194元 per point")
    pts = ind_by(tab, "新建高清视频监控点位")
    c = grab(rep, text, r"新建高清视频监控点位(\d+)个，完成年度目标的(" + NUM + r")%", "points")
    if c:
        rep.check(dec(c[0]) == parse_val(pts["actual"])[1], "points text vs table")
        rep.eq(c[1], completion(pts["target"], pts["actual"]), "points completion")
    same_value(rep, text, r"建成人脸识别卡口(\d+)个", parse_val(ind_by(tab, "建设人脸识别卡口")["target"])[1], "卡口")
    same_value(rep, text, r"在线率(" + NUM + r")%", parse_val(ind_by(tab, "前端点位在线率")["actual"])[1], "在线率")
    same_value(rep, text, r"破获各类案件(\d+)起", parse_val(ind_by(tab, "利用视频监控破获案件数")["actual"])[1], "破案数")
    same_value(rep, text, r"发案率同比下降(" + NUM + r")%(?!以上)", parse_val(ind_by(tab, "城区可防性案件发案率同比下降")["actual"])[1], "发案率下降")
    same_value(rep, text, r"等(\d+)个部门共享", parse_val(ind_by(tab, "视频资源共享接入部门数")["actual"])[1] if parse_val(ind_by(tab, "视频资源共享接入部门数")["actual"]) else -1, "共享部门")
    same_value(rep, text, r"满意度(?:为)?(" + NUM + r")%(?!以上)", parse_val(ind_by(tab, "群众安全感满意度")["actual"])[1], "满意度")
    same_value(rep, text, r"建设成本(" + NUM + r")万元，控制在", parse_val(ind_by(tab, "单个点位建设成本")["actual"])[1], "点位成本")
    inc = grab(rep, text, r"破获各类案件(\d+)起，较2020年的(\d+)起增加(\d+)起", "increase")
    if inc:
        rep.check(int(inc[0]) - int(inc[1]) == int(inc[2]), "case increase")
    br = grab(rep, text, r"预算执行率得(" + NUM + r")分，产出指标得(" + NUM + r")分，效益指标得(" + NUM + r")分，满意度指标得(" + NUM + r")分，合计(" + NUM + r")分", "breakdown")
    if br:
        rep.eq(br[4], sum(dec(x) for x in br[:4]), "text breakdown adds to its total")
        lv = levels_from_l1(tab)
        gs = group_sums(tab, lv)
        rep.check(dec(br[0]) == dec(tab["exec"][2]), "execution score text vs table")
        for name, v in (("产出指标", br[1]), ("效益指标", br[2]), ("满意度指标", br[3])):
            rep.check(dec(v) == gs[name][1], f"{name} score text {v} vs table {gs[name][1]}")
    return rep


def check_yangxian(text):
    rep = Report("yangxian")
    year = 2019
    tab = parse_flat(text)
    rep.check(len(tab["inds"]) == 8, f"parsed {len(tab['inds'])} indicator rows")
    check_table(rep, tab, year)
    check_text_common(rep, text, year, tab)
    b = grab(rep, text, r"年初预算安排禁毒宣传教育经费(" + NUM + r")万元（其中(" + NUM + r")万元于(\d{4})年12月提前下达），6月追加“6·26”集中宣传经费(" + NUM + r")万元，全年预算(" + NUM + r")万元", "budget")
    if b:
        rep.eq(b[4], dec(b[0]) + dec(b[3]), "全年预算 = 年初 + 追加")
        rep.check(dec(b[1]) <= dec(b[0]), "advance within the initial budget")
        rep.check(int(b[2]) == year - 1, "advance issued in the December before the year")
        rep.check(dec(b[0]) == dec(tab["funds"][0][1]) and dec(b[4]) == dec(tab["funds"][0][2]), "budget text vs table")
    s = grab(rep, text, r"实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%。其中：宣传品制作(" + NUM + r")万元、禁毒宣传活动(" + NUM + r")万元、禁毒教育基地维护(" + NUM + r")万元、禁毒业务培训(" + NUM + r")万元", "spent")
    if s and b:
        rep.eq(s[1], dec(s[0]) / dec(b[4]) * 100, "text 执行率")
        rep.eq(s[0], sum(dec(x) for x in s[2:]), "spending components add up")
        rep.check(dec(s[0]) == dec(tab["funds"][0][3]), "spent text vs table")
        bal = grab(rep, text, r"年末结余(" + NUM + r")万元", "balance")
        if bal:
            rep.eq(bal[0], dec(b[4]) - dec(s[0]), "结余 = 到位 − 执行")
    sub = grab(rep, text, r"追加的“6·26”集中宣传经费(" + NUM + r")万元，实际支出(" + NUM + r")万元，执行率(" + NUM + r")%", "sub-item")
    if sub:
        rep.eq(sub[2], dec(sub[1]) / dec(sub[0]) * 100, "sub-item 执行率")
        rep.check(dec(sub[1]) <= dec(sub[0]), "sub-item spent above its budget")
        if b:
            rep.check(dec(sub[0]) == dec(b[3]), "sub-item budget = 追加")
    act = ind_by(tab, "开展禁毒宣传活动场次")
    a = grab(rep, text, r"开展禁毒宣传活动(\d+)场次（2018年为\d+场次），完成率(" + NUM + r")%", "activities")
    if a:
        rep.check(dec(a[0]) == parse_val(act["actual"])[1], "activities text vs table")
        rep.eq(a[1], completion(act["target"], act["actual"]), "activities completion (text)")
    av = grab(rep, text, r"知晓率分别为(" + NUM + r")%、(" + NUM + r")%、(" + NUM + r")%、(" + NUM + r")%，平均(" + NUM + r")%", "average")
    if av:
        rep.eq(av[4], sum(dec(x) for x in av[:4]) / 4, "average 知晓率")
        rep.check(dec(av[4]) == parse_val(ind_by(tab, "青少年禁毒知识知晓率")["actual"])[1], "知晓率 text vs table")
    same_value(rep, text, r"发放禁毒宣传资料(" + NUM + r")万份", parse_val(ind_by(tab, "发放禁毒宣传资料")["actual"])[1], "资料")
    same_value(rep, text, r"覆盖全县(\d+)所", parse_val(ind_by(tab, "禁毒宣传进校园覆盖学校")["actual"])[1], "学校")
    same_value(rep, text, r"按期制作发放率(" + NUM + r")%", parse_val(ind_by(tab, "宣传品按期制作发放率")["actual"])[1], "按期率")
    same_value(rep, text, r"宣传工作满意度为(" + NUM + r")%", parse_val(ind_by(tab, "群众对禁毒宣传工作满意度")["actual"])[1], "满意度")
    d = grab(rep, text, r"新发现吸毒人员(\d+)人，较2018年的(\d+)人下降(" + NUM + r")%", "decline")
    if d:
        rep.eq(d[2], (dec(d[1]) - dec(d[0])) / dec(d[1]) * 100, "下降率")
        rep.check(dec(d[2]) == parse_val(ind_by(tab, "新发现吸毒人员同比下降")["actual"])[1], "下降率 text vs table")
    wt = grab(rep, text, r"按照预算执行率(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分的权重", "weights")
    if wt:
        rep.check(sum(int(x) for x in wt) == 100, "text weights add to 100")
        gs = group_sums(tab, levels_from_l1(tab))
        rep.check(int(wt[0]) == dec(tab["exec"][0]), "execution weight text vs table")
        for name, v in zip(("产出指标", "效益指标", "满意度指标"), wt[1:]):
            rep.check(dec(v) == gs[name][0], f"{name} weight text {v} vs table {gs[name][0]}")
    return rep


def check_xinfeng(text):
    rep = Report("xinfeng")
    year = 2020
    tab = parse_pipe(text)
    rep.check(len(tab["inds"]) == 10, f"parsed {len(tab['inds'])} indicator rows")
    check_table(rep, tab, year)
    check_text_common(rep, text, year, tab)
    for name, annual, received in tab["received"]:
        rep.check(dec(received) <= dec(annual), f"{name}: 到位 above budget")
    f = grab(rep, text, r"省级补助资金(" + NUM + r")万元于(\d{4})年12月提前下达，县级配套资金(" + NUM + r")万元列入2020年县级预算，年初预算合计(" + NUM + r")万元，年度内未作调整，全年预算数(" + NUM + r")万元，资金全部到位，到位率(" + NUM + r")%", "funds")
    if f:
        rep.eq(f[3], dec(f[0]) + dec(f[2]), "年初 = 省级 + 县级")
        rep.check(int(f[1]) == year - 1, "advance issued in the December before the year")
        rep.check(dec(f[4]) == dec(f[3]), "未作调整 ⇒ 全年 = 年初")
        received = dec(tab["funds"][0][2])
        rep.eq(f[5], received / dec(f[4]) * 100, "到位率")
        rep.check(dec(f[0]) == dec(tab["funds"][1][2]) and dec(f[2]) == dec(tab["funds"][2][2]), "sources text vs table")
    s = grab(rep, text, r"累计支出(" + NUM + r")万元，预算执行率(" + NUM + r")%。其中波形护栏(" + NUM + r")万元，警示标志标牌(" + NUM + r")万元，减速带及爆闪灯(" + NUM + r")万元", "spent")
    if s and f:
        rep.eq(s[1], dec(s[0]) / dec(f[4]) * 100, "text 执行率")
        rep.eq(s[0], dec(s[2]) + dec(s[3]) + dec(s[4]), "spending components add up")
        rep.check(dec(s[0]) == dec(tab["funds"][0][3]), "spent text vs table")
        bal = grab(rep, text, r"结余（未支出）资金(" + NUM + r")万元", "balance")
        if bal:
            rep.eq(bal[0], dec(f[4]) - dec(s[0]), "结余 = 全年预算 − 执行")
        km = parse_val(ind_by(tab, "新建波形护栏")["actual"])[1]
        rep.eq(ind_by(tab, "波形护栏每公里综合造价")["actual"].replace("万元", ""), dec(s[2]) / km, "per-km cost")
        per = grab(rep, text, r"平均每块约(\d+)元", "per sign")
        if per:
            n = parse_val(ind_by(tab, "设置警示标志标牌")["actual"])[1]
            rep.check(abs(dec(s[3]) * 10000 / n - dec(per[0])) < 1, "约 per-sign cost")
    t = grab(rep, text, r"分别为(" + NUM + r")公里、(" + NUM + r")公里、(" + NUM + r")公里，平均每镇(" + NUM + r")公里", "towns")
    if t:
        rep.eq(t[3], sum(dec(x) for x in t[:3]) / 3, "average per town")
        rep.check(sum(dec(x) for x in t[:3]) == parse_val(ind_by(tab, "新建波形护栏")["actual"])[1], "towns add to total km")
    same_value(rep, text, r"新建波形护栏(" + NUM + r")公里", parse_val(ind_by(tab, "新建波形护栏")["actual"])[1], "护栏")
    same_value(rep, text, r"设置警示标志标牌(\d+)块", parse_val(ind_by(tab, "设置警示标志标牌")["actual"])[1], "标牌")
    rd = ind_by(tab, "整治隐患路段")
    c = grab(rep, text, r"整治隐患路段(\d+)处，完成率(" + NUM + r")%，其余(\d+)处", "segments")
    if c:
        rep.check(dec(c[0]) == parse_val(rd["actual"])[1], "segments text vs table")
        rep.eq(c[1], completion(rd["target"], rd["actual"]), "segments completion (text)")
        rep.check(int(c[0]) + int(c[2]) == parse_val(rd["target"])[1], "done + remaining = target")
    d = grab(rep, text, r"由2019年的(\d+)人下降至2020年的(\d+)人，同比下降(" + NUM + r")%", "deaths")
    if d:
        rep.eq(d[2], (dec(d[0]) - dec(d[1])) / dec(d[0]) * 100, "死亡人数下降率")
        rep.check(dec(d[2]) == parse_val(ind_by(tab, "农村道路交通事故死亡人数同比下降")["actual"])[1], "deaths text vs table")
    a = grab(rep, text, r"由2019年的(\d+)起下降至(\d+)起，同比下降(" + NUM + r")%", "accidents")
    if a:
        rep.eq(a[2], (dec(a[0]) - dec(a[1])) / dec(a[0]) * 100, "事故起数下降率")
        rep.check(dec(a[2]) == parse_val(ind_by(tab, "整治路段事故起数同比下降")["actual"])[1], "accidents text vs table")
    same_value(rep, text, r"群众满意度为(" + NUM + r")%", parse_val(ind_by(tab, "沿线群众满意度")["actual"])[1], "满意度")
    same_value(rep, text, r"综合造价(" + NUM + r")万元", parse_val(ind_by(tab, "波形护栏每公里综合造价")["actual"])[1], "造价")
    return rep


def check_yanchi(text):
    rep = Report("yanchi")
    year = 2023
    tab = parse_pdf(text)
    rep.check(len(tab["inds"]) == 9, f"parsed {len(tab['inds'])} indicator rows")
    check_table(rep, tab, year)
    check_text_common(rep, text, year, tab)
    b = grab(rep, text, r"年初预算(" + NUM + r")万元（县级财政资金），(\d{4})年8月自治区财政下达消防救援装备补助资金(" + NUM + r")万元，全年预算调整为(" + NUM + r")万元", "budget")
    if b:
        rep.eq(b[3], dec(b[0]) + dec(b[2]), "全年 = 年初 + 自治区补助")
        rep.check(int(b[1]) == year, "subsidy issued in the year")
        rep.check(dec(b[0]) == dec(tab["funds"][0][1]) and dec(b[3]) == dec(tab["funds"][0][2]), "budget text vs table")
    s = grab(rep, text, r"全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%。其中：抢险救援消防车(" + NUM + r")万元、个人防护装备(" + NUM + r")万元、抢险救援器材(" + NUM + r")万元、通信指挥及无人机设备(" + NUM + r")万元", "spent")
    if s and b:
        rep.eq(s[1], dec(s[0]) / dec(b[3]) * 100, "text 执行率")
        rep.eq(s[0], sum(dec(x) for x in s[2:]), "spending components add up")
        rep.check(dec(s[0]) == dec(tab["funds"][0][3]), "spent text vs table")
        bal = grab(rep, text, r"采购结余(" + NUM + r")万元", "balance")
        if bal:
            rep.eq(bal[0], dec(b[3]) - dec(s[0]), "结余 = 到位 − 执行")
        cost = ind_by(tab, "采购成本控制")
        rep.check(dec(cost["actual"].replace("万元", "")) == dec(s[0]), "cost indicator = spent")
        rep.check(dec(cost["target"].replace("≤", "").replace("万元", "")) == dec(b[3]), "cost cap = budget")
        suits = grab(rep, text, r"个人防护装备(\d+)套，其中灭火防护服(\d+)套（单价(\d+)元，计(" + NUM + r")万元）、抢险救援服(\d+)套", "suits")
        if suits:
            rep.check(int(suits[1]) + int(suits[4]) == int(suits[0]), "suits add up")
            rep.eq(suits[3], dec(suits[1]) * dec(suits[2]) / 10000, "120 × 4580元 in 万元")
            rep.check(dec(suits[3]) <= dec(s[3]), "suits within 个人防护装备 spending")
            rep.check(dec(suits[0]) == parse_val(ind_by(tab, "购置个人防护装备")["actual"])[1], "suits text vs table")
    eq_ = ind_by(tab, "购置抢险救援器材")
    c = grab(rep, text, r"抢险救援器材(\d+)件（套），完成率(" + NUM + r")%", "equipment")
    if c:
        rep.check(dec(c[0]) == parse_val(eq_["actual"])[1], "equipment text vs table")
        rep.eq(c[1], completion(eq_["target"], eq_["actual"]), "equipment completion (text)")
    k = grab(rep, text, r"接处警(\d+)起（2022年为\d+起），其中火灾扑救(\d+)起、抢险救援(\d+)起", "calls")
    if k:
        rep.check(int(k[1]) + int(k[2]) == int(k[0]), "calls add up")
    same_value(rep, text, r"灭火救援成功率(" + NUM + r")%", parse_val(ind_by(tab, "灭火救援成功率")["actual"])[1], "成功率")
    same_value(rep, text, r"装备完好率(" + NUM + r")%", parse_val(ind_by(tab, "装备完好率")["actual"])[1], "完好率")
    same_value(rep, text, r"辖区群众满意度为(" + NUM + r")%", parse_val(ind_by(tab, "辖区群众满意度")["actual"])[1], "满意度")
    br = grab(rep, text, r"预算执行率得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，满意度指标得分(" + NUM + r")分，本项目综合得分(" + NUM + r")分", "breakdown")
    if br:
        rep.eq(br[4], sum(dec(x) for x in br[:4]), "text breakdown adds to its total")
        groups = {"产出指标": Decimal(0), "效益指标": Decimal(0), "满意度指标": Decimal(0)}
        for ind in tab["inds"]:
            g = "满意度指标" if "满意" in ind["name"] else ("效益指标" if ind["name"] in ("灭火救援成功率", "装备完好率") else "产出指标")
            groups[g] += dec(ind["s"])
        rep.check(dec(br[0]) == dec(tab["exec"][2]), "execution score text vs table")
        for name, v in zip(("产出指标", "效益指标", "满意度指标"), br[1:4]):
            rep.check(dec(v) == groups[name], f"{name} score text {v} vs table {groups[name]}")
    return rep


def check_xiqing(text):
    rep = Report("xiqing")
    year = 2024
    tab = parse_bar(text)
    rep.check(len(tab["inds"]) == 10, f"parsed {len(tab['inds'])} indicator rows")
    check_table(rep, tab, year)
    check_text_common(rep, text, year, tab)
    b = grab(rep, text, r"(\d{4})年年初预算(" + NUM + r")万元，年中因辅警薪酬标准调整和新招录人员追加预算(" + NUM + r")万元，全年预算(" + NUM + r")万元", "budget")
    if b:
        rep.check(int(b[0]) == year, "budget year")
        rep.eq(b[3], dec(b[1]) + dec(b[2]), "全年 = 年初 + 追加")
        rep.check(dec(b[1]) == dec(tab["funds"][0][1]) and dec(b[3]) == dec(tab["funds"][0][2]), "budget text vs table")
    s = grab(rep, text, r"全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%，其中工资福利支出(" + NUM + r")万元、社会保险及住房公积金(" + NUM + r")万元、被装及教育培训等(" + NUM + r")万元。结余(" + NUM + r")万元，已于(\d{4})年1月", "spent")
    if s and b:
        rep.eq(s[1], dec(s[0]) / dec(b[3]) * 100, "text 执行率")
        rep.eq(s[0], dec(s[2]) + dec(s[3]) + dec(s[4]), "spending components add up")
        rep.eq(s[5], dec(b[3]) - dec(s[0]), "结余 = 全年预算 − 执行")
        rep.check(int(s[6]) == year + 1, "balance returned early the next year")
        rep.check(dec(s[0]) == dec(tab["funds"][0][3]), "spent text vs table")
        staff = parse_val(ind_by(tab, "辅警配备人数")["actual"])
        if rep.check(staff is not None and staff[2] == "人", "staff count in the table"):
            rep.eq(ind_by(tab, "辅警人均经费")["actual"].replace("万元", ""), dec(s[0]) / staff[1], "人均经费 = 执行 / 人数")
    staff = parse_val(ind_by(tab, "辅警配备人数")["actual"])
    for (v,) in grab_all(text, r"在岗辅警(\d+)人"):
        rep.check(staff is not None and dec(v) == staff[1], f"在岗辅警 {v} vs table")
    t = grab(rep, text, r"参训人数分别为(\d+)人、(\d+)人、(\d+)人、(\d+)人，平均每期(" + NUM + r")人", "training")
    if t:
        rep.eq(t[4], sum(dec(x) for x in t[:4]) / 4, "average per session")
    same_value(rep, text, r"全年组织培训(\d+)期", parse_val(ind_by(tab, "辅警岗前及在岗培训期数")["actual"])[1], "培训期数")
    same_value(rep, text, r"考核合格率(" + NUM + r")%", parse_val(ind_by(tab, "辅警年度考核合格率")["actual"])[1], "合格率")
    same_value(rep, text, r"破获刑事案件(\d+)起", parse_val(ind_by(tab, "协助破获刑事案件数")["actual"])[1], "破案数")
    same_value(rep, text, r"平均到场时间(" + NUM + r")分钟", parse_val(ind_by(tab, "110警情平均到场时间")["actual"])[1], "到场时间")
    same_value(rep, text, r"安全感满意度为(" + NUM + r")%", parse_val(ind_by(tab, "辖区群众安全感满意度")["actual"])[1], "满意度")
    same_value(rep, text, r"人均经费(" + NUM + r")万元", parse_val(ind_by(tab, "辅警人均经费")["actual"])[1], "人均经费")
    lv = grab(rep, text, r"离职辅警(\d+)人，年度流失率(" + NUM + r")%", "leavers")
    if lv and staff:
        rep.eq(lv[1], dec(lv[0]) / staff[1] * 100, "流失率 = 离职 / 在岗")
        rep.check(dec(lv[1]) == parse_val(ind_by(tab, "辅警年度流失率")["actual"])[1], "流失率 text vs table")
    return rep


CHECKS = {
    "longmen-xueliang-2021": check_longmen,
    "yangxian-jindu-2019": check_yangxian,
    "xinfeng-jiaoansheshi-2020": check_xinfeng,
    "yanchi-xiaofangzhuangbei-2023": check_yanchi,
    "xiqing-fujing-2024": check_xiqing,
}


# ---------------------------------------------------------------- driver
def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j   # [i, end_a) in a, [i, end_b) in b


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    listed = set(texts)
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if listed != on_disk:
        problems.append(f"cases on disk and in labels differ: {sorted(listed ^ on_disk)}")
    codes = {}
    for rec in labels:
        text = texts[rec["case"]]
        clean = texts[f"{rec['source']}-clean.txt"]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{rec['case']}: {n} characters")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: {len(rec['expected'])} labels")
        s, end_clean, end_case = changed_region(clean, text)
        if end_case <= s and end_clean <= s:
            problems.append(f"{rec['case']}: identical to the clean draft")
        region = text[s:end_case]
        if end_case - s > 150 or region.count("\n") > 1 or clean[s:end_clean].count("\n") > 1:
            problems.append(f"{rec['case']}: change is not in one place ({end_case - s} chars)")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{rec['case']}: value not found: {v!r}")
            elif not any(o < max(end_case, s + 1) and s < o + len(v) for o in occ):
                problems.append(f"{rec['case']}: value {v!r} does not cover the change")
            if exp["severity"] != "error":
                problems.append(f"{rec['case']}: severity {exp['severity']}")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            problems.append(f"code {c} occurs {codes.get(c, 0)} times")
    # arithmetic of the clean drafts, and the same checks on the error cases
    for rec in labels:
        fn = CHECKS[rec["source"]]
        try:
            rep = fn(texts[rec["case"]])
            fails = rep.fails
        except Exception as exc:  # a parse failure counts as a failed check
            fails = [f"exception {type(exc).__name__}: {exc}"]
        if rec["clean"]:
            for f in fails:
                problems.append(f"{rec['case']}: {f}")
            print(f"{rec['case']}: arithmetic redone, {len(fails)} failures")
        else:
            if not fails:
                problems.append(f"{rec['case']}: the injected error is not caught by the arithmetic checks")
            print(f"  {rec['case']} [{rec['expected'][0]['code']}]: caught by {len(fails)} check(s): {fails[0] if fails else '-'}")
    print("codes:", ", ".join(f"{c}={codes.get(c, 0)}" for c in required))
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
