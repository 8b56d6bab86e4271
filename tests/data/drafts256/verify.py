#!/usr/bin/env python3
"""Verify drafts256.

1. every label value occurs in its case; every case file has a label and vice versa;
2. each error case differs from its clean draft in one contiguous place (a short region);
3. the arithmetic of every clean draft is redone from the text (funds, rates, balances, sums, weights,
   scores, grade, completion rates, averages, units, years, same quantity = same value) and must hold;
4. the same checks run on every error case must fail at least once (the injected slip is really there);
5. each of the 13 codes of errors.md section A occurs at least twice; clean drafts are 3,000-5,000 characters.
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = r"\d[\d,]*(?:\.\d+)?"


def dec(s):
    return D(str(s).replace(",", "").replace("%", "").strip())


def ndec(s):
    s = str(s).replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def grade_of(total):
    t = dec(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "合格": "中",
               "一般": "中", "差": "差", "较差": "差", "不合格": "差"}


class Checks:
    def __init__(self, text, name):
        self.t = text
        self.name = name
        self.fail = []
        self.n = 0

    def bad(self, what):
        self.fail.append(what)

    def m(self, pattern, flags=re.S):
        mm = re.search(pattern, self.t, flags)
        if not mm:
            self.bad("pattern missing: " + pattern[:60])
        return mm

    def close(self, what, computed, stated):
        """stated (string) agrees with computed (Decimal) within half a unit of its last decimal."""
        self.n += 1
        if stated is None:
            self.bad(what + ": no stated value")
            return
        tol = D("0.5") * D(10) ** (-ndec(stated)) + D("1e-9")
        if abs(D(computed) - dec(stated)) > tol:
            self.bad(f"{what}: computed {computed:.4f}, stated {stated}")

    def same(self, what, *vals):
        self.n += 1
        vs = [dec(v) for v in vals if v is not None]
        if len(vs) != len(vals) or len(set(vs)) != 1:
            self.bad(f"{what}: values differ {vals}")

    def true(self, what, cond):
        self.n += 1
        if not cond:
            self.bad(what)

    def year(self, what, y, expected):
        self.n += 1
        if str(y) != str(expected):
            self.bad(f"{what}: year {y}, expected {expected}")


# ---------------------------------------------------------------- indicator helpers
def parse_val(s):
    """(sign, number, unit) of a target/actual cell; number None for qualitative text."""
    s = s.strip().replace("约", "")
    m = re.match(r"^(≥|≤|＞|＜|>=|<=|=)?\s*(\d{4})年(\d+)月(\d+)日(前|以前)?$", s)
    if m:
        return ("lte" if m.group(1) or m.group(5) else "eq", None, "date")
    m = re.match(r"^(≥|≤|＞＝|＜＝|>=|<=|=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return (None, None, None)
    sign = m.group(1) or ""
    direction = "gte" if sign in ("≥", "＞＝", ">=") else "lte" if sign in ("≤", "＜＝", "<=") else "eq"
    unit = m.group(3).strip()
    if unit.endswith("以上") or unit.endswith("以内"):
        return (None, None, None)
    return (direction, dec(m.group(2)), unit)


def indicator_checks(c, rows, exec_weight, exec_score, stated_w_total, stated_s_total, has_completion=False):
    """rows: dicts with l1, name, target, actual, w, score, [compl]. Checks weights, scores, units,
    the proportional scoring rule, completion rates."""
    wsum = D(exec_weight)
    ssum = D(exec_score)
    for r in rows:
        w, sc = dec(r["w"]), dec(r["score"])
        wsum += w
        ssum += sc
        c.true(f"score <= weight ({r['name']})", D(0) <= sc <= w)
        td, tn, tu = parse_val(r["target"])
        ad, an, au = parse_val(r["actual"])
        if tu == "date" or au == "date":
            c.true(f"units of target/actual ({r['name']})", tu == au)
            continue
        if tn is None:
            continue
        if an is None:  # qualitative actual (预计5年以上, 基本达成): nothing to compute
            continue
        c.true(f"units of target/actual ({r['name']})", tu == au)
        if tu != au:
            continue
        if td == "lte":
            compl = D(1) if an <= tn else tn / an
            met = an <= tn
        else:
            compl = an / tn
            met = an >= tn
        exp_score = w if met else (w * compl)
        c.close(f"score rule ({r['name']})", exp_score, r["score"])
        if has_completion and r.get("compl"):
            c.close(f"completion ({r['name']})", compl * 100, r["compl"])
    c.true(f"weights add to 100 (got {wsum})", wsum == 100)
    if stated_w_total is not None:
        c.same("stated weight total", stated_w_total, "100")
    c.close("sum of scores = stated total", ssum, stated_s_total)


def level_sums(rows):
    out, cur = {}, None
    for r in rows:
        if r["l1"]:
            cur = r["l1"]
        w, s = out.get(cur, (D(0), D(0)))
        out[cur] = (w + dec(r["w"]), s + dec(r["score"]))
    return out


def blocks(text):
    """Word/web flattened tables: rows separated by blank lines, one cell per line."""
    out = []
    for b in re.split(r"\n\n+", text):
        lines = b.strip("\n").split("\n")
        cells = [ln.lstrip("\t").replace("\u00a0", "").strip() for ln in lines]
        if any(cells):
            out.append(cells)
    return out


def pdf_rows(section):
    """PDF copy: one row per line, cells separated by spaces; a row ends with weight and score
    (optionally followed by a one-word reason)."""
    rows = []
    isnum = lambda s: re.fullmatch(r"\d+(?:\.\d+)?", s) is not None
    for ln in section.split("\n"):
        tok = ln.split()
        if len(tok) < 5:
            continue
        if isnum(tok[-1]) and isnum(tok[-2]):
            body, w, s, reason = tok[:-2], tok[-2], tok[-1], ""
        elif isnum(tok[-2]) and isnum(tok[-3]):
            body, w, s, reason = tok[:-3], tok[-3], tok[-2], tok[-1]
        else:
            continue
        l1 = body[0] if body[0] in ("产出指标", "效益指标", "满意度指标") else ""
        if l1:
            body = body[1:]
        rows.append({"l1": l1, "l2": body[0], "name": body[1], "target": body[2], "actual": body[3],
                     "w": w, "score": s, "reason": reason})
    return rows


def title_year(c):
    m = re.search(r"(\d{4})\s*年度", c.t[:200])
    if not m:
        c.bad("no evaluation year in the title")
        return None
    return int(m.group(1))


# ---------------------------------------------------------------- per project
def check_huoqiu(c):
    ty = title_year(c)
    m = c.m(r"(\d{4})年年初预算安排(" + NUM + r")万元，年中因.*?追加(" + NUM + r")万元，全年预算(" + NUM + r")万元")
    if m:
        c.year("年初预算 year", m.group(1), ty)
        init, add, annual = m.group(2), m.group(3), m.group(4)
        c.close("年初 + 追加 = 全年预算", dec(init) + dec(add), annual)
    mc = c.m(r"其中交易系统运维服务费(" + NUM + r")万元，占全年预算的(" + NUM + r")%；场地及设备维护费(" + NUM +
             r")万元；网络专线及云服务租赁费(" + NUM + r")万元；不见面开标系统扩容(" + NUM + r")万元")
    if m and mc:
        parts = [dec(mc.group(i)) for i in (1, 3, 4, 5)]
        c.close("budget items add to 全年预算", sum(parts), annual)
        c.close("运维服务费 share", dec(mc.group(1)) / dec(annual) * 100, mc.group(2))
        c.same("扩容 = 追加", mc.group(5), add)
    mf = c.m(r"截至(\d{4})年12月31日，资金到位(" + NUM + r")万元，到位率(" + NUM + r")%；实际支出(" + NUM +
             r")万元，预算执行率(" + NUM + r")%，年末结余(" + NUM + r")万元")
    if mf and m:
        c.year("截至 year", mf.group(1), ty)
        recv, spent = dec(mf.group(2)), dec(mf.group(4))
        c.close("到位率", recv / dec(annual) * 100, mf.group(3))
        c.close("执行率 (text)", spent / dec(annual) * 100, mf.group(5))
        c.close("结余 = 到位 - 支出 (text)", recv - spent, mf.group(6))
    # funds table with 行次
    sec = c.t[c.t.find("（三）预算执行情况"):c.t.find("（四）项目绩效目标")]
    rows = {b[1]: b for b in blocks(sec) if len(b) == 10 and b[1].startswith("(")}
    need = ["(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)", "(6)=(3)/(2)", "(7)=(4)/(2)"]
    if not all(k in rows for k in need):
        c.bad("funds table rows missing")
    else:
        v = lambda k, j: dec(rows[k][j]) if rows[k][j] else D(0)
        for k in need[:4]:
            c.close(f"funds {k}: 总额 = 小计 + 结转 + 其他", v(k, 3) + v(k, 8) + v(k, 9), rows[k][2])
            c.close(f"funds {k}: 小计 = 中央+省+市+县区", v(k, 4) + v(k, 5) + v(k, 6) + v(k, 7), rows[k][3] or "0")
        for j in range(2, 10):
            if rows["(5)=(3)-(4)"][j]:
                c.close(f"funds 结余 col {j}", v("(3)", j) - v("(4)", j), rows["(5)=(3)-(4)"][j])
            for k, num in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
                cell = rows[k][j]
                if v("(2)", j) == 0:
                    c.true(f"funds {k} col {j}: rate on a zero base must be empty/0", cell in ("", "0"))
                else:
                    c.close(f"funds {k} col {j}", v(num, j) / v("(2)", j) * 100, cell)
        if m and mf:
            c.same("年初预算 table/text", rows["(1)"][2], init)
            c.same("全年预算 table/text", rows["(2)"][2], annual)
            c.same("到位 table/text", rows["(3)"][2], mf.group(2))
            c.same("执行 table/text", rows["(4)"][2], mf.group(4))
    # spending detail in the text
    ms = c.m(r"全年支出中，交易系统运维服务费(" + NUM + r")万元、场地及设备维护费(" + NUM + r")万元、网络专线及云服务租赁费(" +
             NUM + r")万元、不见面开标系统扩容(" + NUM + r")万元；场地及设备维护、网络专线租赁分别节余(" + NUM + r")万元和(" +
             NUM + r")万元")
    mq = c.m(r"每季度支付(" + NUM + r")万元")
    if ms and mf and mc:
        c.close("spending items add to 实际支出", sum(dec(ms.group(i)) for i in range(1, 5)), mf.group(4))
        c.close("场地设备节余", dec(mc.group(3)) - dec(ms.group(2)), ms.group(5))
        c.close("专线节余", dec(mc.group(4)) - dec(ms.group(3)), ms.group(6))
        c.close("节余 items = 结余", dec(ms.group(5)) + dec(ms.group(6)), mf.group(6))
        c.same("运维费 paid = budget", ms.group(1), mc.group(1))
        if mq:
            c.close("4 quarters x 每季度支付 = 运维服务费", dec(mq.group(1)) * 4, ms.group(1))
    # appendix
    ap = c.t[c.t.find("附件1"):]
    tab = [b for b in blocks(ap) if len(b) == 9]
    head = [b for b in tab if b[0] == "一级指标"]
    body = [b for b in tab if b[0] not in ("一级指标", "合计")]
    tot = [b for b in tab if b[0] == "合计"]
    if not head or not tot or len(body) < 5:
        c.bad("appendix table not parsed")
        return
    ex = body[0]
    inds = [{"l1": b[0], "l2": b[1], "name": b[2], "w": b[3], "target": b[4], "actual": b[5], "compl": b[6],
             "score": b[7]} for b in body[1:]]
    if mf and m:
        rate = dec(mf.group(4)) / dec(annual) * 100
        c.close("exec row 实际完成值", rate, ex[5])
        c.close("exec row 完成率", rate, ex[6])
        c.close("exec row score = 10 x rate", D(ex[3]) * rate / 100, ex[7])
    indicator_checks(c, inds, ex[3], ex[7], tot[0][3], tot[0][7], has_completion=True)
    mt = c.m(r"自评得分(" + NUM + r")分，评价等级为“(.+?)”")
    if mt:
        c.same("total text/table", mt.group(1), tot[0][7])
        c.true("grade band (text)", GRADE_WORDS.get(mt.group(2)) == grade_of(mt.group(1)))
    byname = {r["name"]: r for r in inds}
    for pat, name in ((r"全年保障进场交易项目(\d+)宗", "保障进场交易项目数"), (r"完成交易系统运维巡检(\d+)次", "交易系统运维巡检次数"),
                      (r"系统全年正常运行率(" + NUM + r")%", "交易系统全年正常运行率"),
                      (r"交易主体满意度(" + NUM + r")%", "交易主体满意度"), (r"节约率(" + NUM + r")%", "交易节约资金率"),
                      (r"全流程电子化率(" + NUM + r")%", "交易项目全流程电子化率"),
                      (r"平均故障响应时间(" + NUM + r")小时", "系统故障响应时间")):
        mm = c.m(pat)
        if mm and name in byname:
            c.same(f"{name} text/table", mm.group(1), parse_val(byname[name]["actual"])[1])
    mg = c.m(r"全年保障进场交易项目(\d+)宗，较(\d{4})年的(\d+)宗增长(" + NUM + r")%")
    if mg:
        c.year("last-year figure is the year before", int(mg.group(2)) + 1, ty)
        c.close("growth on last year", (dec(mg.group(1)) - dec(mg.group(3))) / dec(mg.group(3)) * 100, mg.group(4))
    mb = c.m(r"合计(" + NUM + r")亿元，中标（成交）金额(" + NUM + r")亿元，节约资金(" + NUM + r")亿元，节约率(" + NUM + r")%")
    if mb:
        c.close("节约资金", dec(mb.group(1)) - dec(mb.group(2)), mb.group(3))
        c.close("节约率", dec(mb.group(3)) / dec(mb.group(1)) * 100, mb.group(4))
    mu = c.m(r"平均每宗交易项目分摊运维成本约(\d+)元")
    if mu and mf and mg:
        c.close("per-宗 cost (约)", dec(mf.group(4)) * 10000 / dec(mg.group(1)), mu.group(1))


def tabrows(section):
    return [ln.split("\t") for ln in section.split("\n") if "\t" in ln]


def check_gaozhou(c):
    ty = title_year(c)
    m0 = c.m(r"(\d{4})年年初预算安排市级财政资金(" + NUM + r")万元，加上年结转资金(" + NUM + r")万元，年初资金总额(" + NUM + r")万元")
    m1 = c.m(r"调减预算(" + NUM + r")万元，全年预算资金总额(" + NUM + r")万元（其中当年财政拨款(" + NUM + r")万元）")
    m2 = c.m(r"全年执行(" + NUM + r")万元，执行率(" + NUM + r")%。其中当年财政拨款支出(" + NUM + r")万元，上年结转资金(" + NUM + r")万元")
    m3 = c.m(r"未执行的(" + NUM + r")万元，主要为二期建设质保金(" + NUM + r")万元（[^）]*?结转至(\d{4})年）")
    if not (m0 and m1 and m2 and m3):
        return
    c.year("年初预算 year", m0.group(1), ty)
    c.close("年初总额 = 拨款 + 结转", dec(m0.group(2)) + dec(m0.group(3)), m0.group(4))
    c.close("年初总额 - 调减 = 全年", dec(m0.group(4)) - dec(m1.group(1)), m1.group(2))
    c.close("年初拨款 - 调减 = 全年拨款", dec(m0.group(2)) - dec(m1.group(1)), m1.group(3))
    annual, spent = dec(m1.group(2)), dec(m2.group(1))
    c.close("执行率 (text)", spent / annual * 100, m2.group(2))
    c.close("执行 = 拨款支出 + 结转支出", dec(m2.group(3)) + dec(m2.group(4)), m2.group(1))
    c.same("上年结转 spent = received", m2.group(4), m0.group(3))
    c.close("未执行 = 全年预算 - 执行", annual - spent, m3.group(1))
    c.year("carried over to the next year", int(m3.group(3)) - 1, ty)
    for mm in re.finditer(r"预算执行率(" + NUM + r")%", c.t):
        c.close("执行率 restated", spent / annual * 100, mm.group(1))
    # 表1
    sec = c.t[c.t.find("表1"):c.t.find("（二）产出指标完成情况")]
    t1 = [r for r in tabrows(sec) if len(r) >= 3 and r[0] != "支出内容"]
    items = [r for r in t1 if r[0] != "合计"]
    tot = [r for r in t1 if r[0] == "合计"]
    if not tot or len(items) != 5:
        c.bad("表1 not parsed")
    else:
        c.close("表1 budget column sum", sum(dec(r[1]) for r in items), tot[0][1])
        c.close("表1 spent column sum", sum(dec(r[2]) for r in items), tot[0][2])
        c.same("表1 合计 budget = 全年预算", tot[0][1], m1.group(2))
        c.same("表1 合计 spent = 执行", tot[0][2], m2.group(1))
        c.close("表1 拨款 rows = 全年拨款", sum(dec(r[1]) for r in items[:4]), m1.group(3))
        c.close("表1 拨款 spent = 拨款支出", sum(dec(r[2]) for r in items[:4]), m2.group(3))
        c.same("表1 上年结转 row", items[4][1], items[4][2], m0.group(3))
        mp = re.search(r"合同价(" + NUM + r")万元，已付(\d+)%", items[0][3] if len(items[0]) > 3 else "")
        if mp:
            c.close("二期 paid share", dec(mp.group(1)) * dec(mp.group(2)) / 100, items[0][2])
            c.close("质保金 = 合同价 - 已付", dec(mp.group(1)) - dec(items[0][2]), m3.group(2))
        me = c.m(r"每个定级系统(" + NUM + r")万元，共(\d+)个系统")
        if me:
            c.close("等保测评 = 单价 x 系统数", dec(me.group(1)) * dec(me.group(2)), items[1][2])
    # self-evaluation table
    ap = c.t[c.t.find("项目支出绩效自评表"):]
    my = re.search(r"（(\d{4})年度）", ap)
    c.year("自评表 year", my.group(1) if my else None, ty)
    rows = tabrows(ap)
    fr = {r[0]: r for r in rows if r[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")}
    if len(fr) != 4:
        c.bad("funds block not parsed")
        return
    val = lambda x: D(0) if x in ("—", "") else dec(x)
    for j in (1, 2, 3):
        c.close(f"funds block col {j}: 总额 = 拨款 + 结转 + 其他",
                sum(val(fr[k][j]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")), fr["年度资金总额"][j])
    for k, r in fr.items():
        if val(r[2]) == 0:
            c.true(f"{k}: no rate on a zero base", r[5] in ("—", "", "0"))
        else:
            c.close(f"{k}: 执行率", val(r[3]) / val(r[2]) * 100, r[5])
    tr = fr["年度资金总额"]
    c.close("execution score", dec(tr[4]) * val(tr[3]) / val(tr[2]), tr[6])
    c.same("table 年初 = text", tr[1], m0.group(4))
    c.same("table 全年 = text", tr[2], m1.group(2))
    c.same("table 执行 = text", tr[3], m2.group(1))
    c.same("table 拨款 执行 = text", fr["其中：当年财政拨款"][3], m2.group(3))
    start = [i for i, r in enumerate(rows) if r[0] == "一级指标"]
    inds, cur = [], ""
    tot = None
    for r in rows[start[0] + 1:] if start else []:
        if r[0] == "总分":
            tot = r
            break
        cur = r[0] or cur
        inds.append({"l1": r[0], "l2": r[1], "name": r[2], "target": r[3], "actual": r[4], "w": r[5], "score": r[6]})
    if not tot:
        c.bad("indicator table not parsed")
        return
    indicator_checks(c, inds, tr[4], tr[6], tot[5], tot[6])
    mt = c.m(r"自评得分(" + NUM + r")分，自评等级为“(.+?)”")
    if mt:
        c.same("total text/table", mt.group(1), tot[6])
        c.true("grade band", GRADE_WORDS.get(mt.group(2)) == grade_of(mt.group(1)))
    byname = {r["name"]: r for r in inds}
    mm = c.m(r"等(\d+)个功能模块")
    mg = c.m(r"新增(\d+)个功能模块")
    if mm and mg:
        c.same("功能模块 text/goal/table", mm.group(1), mg.group(1), parse_val(byname["新增平台功能模块"]["actual"])[1])
    mm = c.m(r"等(\d+)家CA数字证书机构")
    if mm:
        c.same("CA机构 text/table", mm.group(1), parse_val(byname["接入CA数字证书互认机构"]["actual"])[1])
    mm = c.m(r"完成交易项目(" + NUM + r")宗，其中全流程电子化交易(" + NUM + r")宗，全流程电子化交易率(" + NUM + r")%")
    if mm:
        c.close("电子化交易率", dec(mm.group(2)) / dec(mm.group(1)) * 100, mm.group(3))
        c.same("电子化交易率 text/table", mm.group(3), parse_val(byname["全流程电子化交易率"]["actual"])[1])
        for g in re.finditer(r"全流程电子化交易率(" + NUM + r")%", c.t):
            c.same("电子化交易率 restated", g.group(1), mm.group(3))
        ms = c.m(r"节约交易成本约(" + NUM + r")万元，按每宗项目计约(" + NUM + r")万元")
        if ms:
            lo = (dec(ms.group(1)) - D("0.5")) / dec(mm.group(1))
            hi = (dec(ms.group(1)) + D("0.5")) / dec(mm.group(1))
            v, h = dec(ms.group(2)), D("0.5") * D(10) ** (-ndec(ms.group(2)))
            c.true("per-宗 saving (约) overlaps", lo <= v + h and v - h <= hi)
            mo = c.m(r"节约交易成本超出目标值(\d+)%")
            tg = parse_val(byname["为市场主体节约交易成本"]["target"])[1]
            if mo:
                c.close("over-achievement %", (dec(ms.group(1)) / tg - 1) * 100, mo.group(1))
    mm = c.m(r"项目于(\d{4})年10月(\d+)日完工并上线试运行，较计划提前(\d+)天")
    if mm:
        c.close("days ahead of 31 Oct", D(31) - dec(mm.group(2)), mm.group(3))
        c.true("完工 text/table", byname["项目完工时间"]["actual"] == f"{mm.group(1)}年10月{mm.group(2)}日")
    mm = c.m(r"抽样调查市场主体(\d+)家，满意度(" + NUM + r")%")
    if mm:
        c.same("满意度 text/table", mm.group(2), parse_val(byname["市场主体满意度"]["actual"])[1])
    mm = c.m(r"实际支出(" + NUM + r")万元，控制在预算(" + NUM + r")万元以内")
    if mm:
        c.same("成本 text/拨款支出/table", mm.group(1), m2.group(3), parse_val(byname["二期建设及配套支出"]["actual"])[1])
        c.same("成本 cap = 全年拨款", mm.group(2), m1.group(3))


def check_dianjiang(c):
    ty = title_year(c)
    mf = c.m(r"(\d{4})年年初预算(" + NUM + r")万元，8月经县财政局批准追加[^，]*?经费(" + NUM + r")万元，全年预算(" + NUM +
             r")万元，资金到位(" + NUM + r")万元，到位率(" + NUM + r")%。全年实际支出(" + NUM + r")万元，其中异地专家评审劳务费(" +
             NUM + r")万元、音视频专线租赁费(" + NUM + r")万元、评标室设备维护费(" + NUM + r")万元、音视频设备更新(" + NUM +
             r")万元，预算执行率(" + NUM + r")%，结余(" + NUM + r")万元")
    if not mf:
        return
    g = lambda i: mf.group(i)
    c.year("年初预算 year", g(1), ty)
    annual, recv, spent = dec(g(4)), dec(g(5)), dec(g(7))
    c.close("年初 + 追加 = 全年", dec(g(2)) + dec(g(3)), g(4))
    c.close("到位率", recv / annual * 100, g(6))
    c.close("spending items add to 实际支出", sum(dec(g(i)) for i in range(8, 12)), g(7))
    c.close("执行率 (text)", spent / annual * 100, g(12))
    c.close("结余 = 到位 - 支出", recv - spent, g(13))
    c.same("设备更新 = 追加", g(11), g(3))
    mq = c.m(r"全年共完成远程异地评标(\d+)场，为年度目标(\d+)场的(\d+)%；第一至第四季度分别组织(\d+)场、(\d+)场、(\d+)场、(\d+)场，平均每季度(\d+)场")
    if mq:
        q = [dec(mq.group(i)) for i in range(4, 8)]
        c.close("quarters add to the year", sum(q), mq.group(1))
        c.close("average per quarter", sum(q) / 4, mq.group(8))
        c.close("completion (text)", dec(mq.group(1)) / dec(mq.group(2)) * 100, mq.group(3))
        mo = c.m(r"场次超出目标(\d+)%")
        if mo:
            c.close("over-achievement %", (dec(mq.group(1)) / dec(mq.group(2)) - 1) * 100, mo.group(1))
        mc = c.m(r"每场次平均运行成本(\d+)元")
        if mc:
            c.close("cost per 场 (元)", spent * 10000 / dec(mq.group(1)), mc.group(1))
        mk = c.m(r"发生(\d+)场因网络中断导致的评标暂停，系统故障率(" + NUM + r")%")
        if mk:
            c.close("故障率", dec(mk.group(1)) / dec(mq.group(1)) * 100, mk.group(2))
    me = c.m(r"共抽取异地评标专家(\d+)人次，劳务费按每人次(\d+)元标准")
    if me:
        c.close("劳务费 = 人次 x 标准", dec(me.group(1)) * dec(me.group(2)) / 10000, g(8))
    mz = c.m(r"月租金(" + NUM + r")万元")
    if mz:
        c.close("专线 = 12 x 月租金", dec(mz.group(1)) * 12, g(9))
    ms = c.m(r"问卷(\d+)份，回收有效问卷(\d+)份，满意及基本满意(\d+)份，满意度(" + NUM + r")%")
    if ms:
        c.close("满意度", dec(ms.group(3)) / dec(ms.group(2)) * 100, ms.group(4))
    # table
    ap = c.t[c.t.find("附件："):]
    my = re.search(r"(\d{4}) 年度项目支出绩效自评表", ap)
    c.year("自评表 year", my.group(1) if my else None, ty)
    fr = {}
    for ln in ap.split("\n"):
        tok = ln.split()
        if tok and tok[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(tok) == 7:
            fr[tok[0]] = tok
    if len(fr) != 4:
        c.bad("funds block not parsed")
        return
    val = lambda x: D(0) if x in ("—", "") else dec(x)
    for j in (1, 2, 3):
        c.close(f"funds col {j} sum", sum(val(fr[k][j]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")),
                fr["年度资金总额"][j])
    for k, r in fr.items():
        if val(r[2]) == 0:
            c.true(f"{k}: no rate on a zero base", r[5] in ("—", "0"))
        else:
            c.close(f"{k}: 执行率", val(r[3]) / val(r[2]) * 100, r[5])
    tr = fr["年度资金总额"]
    c.close("execution score", dec(tr[4]) * val(tr[3]) / val(tr[2]), tr[6])
    c.same("table 年初/全年/执行 = text", tr[1], g(2))
    c.same("table 全年 = text", tr[2], g(4))
    c.same("table 执行 = text", tr[3], g(7))
    sec = ap[ap.find("一级指标"):ap.find("总分")]
    inds = pdf_rows(sec)
    mt = re.search(r"总分 (\d+) (" + NUM + r")\n自评等级 (\S+)", ap)
    if not mt or len(inds) != 8:
        c.bad("indicator table not parsed")
        return
    indicator_checks(c, inds, tr[4], tr[6], mt.group(1), mt.group(2))
    c.true("grade band (table)", GRADE_WORDS.get(mt.group(3)) == grade_of(mt.group(2)))
    ls = level_sums(inds)
    mp = c.m(r"预算执行率得分 (" + NUM + r") 分，产出指标 (" + NUM + r") 分，效益指标 (" + NUM + r") 分，\s*满意度指标 (" + NUM +
             r") 分，综合得分 (" + NUM + r") 分，评价等级为“(.+?)”")
    if mp:
        c.close("text score list adds to the total", sum(dec(mp.group(i)) for i in range(1, 5)), mp.group(5))
        c.same("total text/table", mp.group(5), mt.group(2))
        c.same("exec score text/table", mp.group(1), tr[6])
        for i, l1 in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
            c.close(f"{l1} score text/table", ls[l1][1], mp.group(i))
        c.true("grade band (text)", GRADE_WORDS.get(mp.group(6)) == grade_of(mp.group(5)))
    mw = c.m(r"预算执行率(\d+)分，按执行率\s*乘以分值计分；产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分")
    if mw:
        c.close("level weights add to 100", sum(dec(mw.group(i)) for i in range(1, 5)), "100")
        c.same("exec weight", mw.group(1), tr[4])
        for i, l1 in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
            c.close(f"{l1} weight text/table", ls[l1][0], mw.group(i))
    byname = {r["name"]: r for r in inds}
    if mq:
        c.same("场次 text/table", mq.group(1), parse_val(byname["远程异地评标场次"]["actual"])[1])
        c.same("目标场次 text/table", mq.group(2), parse_val(byname["远程异地评标场次"]["target"])[1])
    if me:
        c.same("专家人次 text/table", me.group(1), parse_val(byname["抽取异地评标专家人次"]["actual"])[1])
    mk = c.m(r"系统故障率(" + NUM + r")%")
    if mk:
        c.same("故障率 text/table", mk.group(1), parse_val(byname["远程评标系统故障率"]["actual"])[1])
    mc = c.m(r"每场次平均运行成本(\d+)元")
    if mc:
        c.same("成本 text/table", mc.group(1), parse_val(byname["每场次平均运行成本"]["actual"])[1])
    mi = c.m(r"全年收到有效投诉(\d+)件")
    if mi:
        c.same("投诉 text/table", mi.group(1), parse_val(byname["有效投诉件数"]["actual"])[1])
    mh = c.m(r"涪陵(\d+)个区县实现互联互通，未达到(\d+)个区县的目标")
    if mh:
        c.same("区县 text/table", mh.group(1), parse_val(byname["互联互通区县数"]["actual"])[1])
        c.same("区县 target text/table", mh.group(2), parse_val(byname["互联互通区县数"]["target"])[1])
        mk2 = c.m(r"扣(" + NUM + r")分")
        if mk2:
            r = byname["互联互通区县数"]
            c.close("扣分 = weight - score", dec(r["w"]) - dec(r["score"]), mk2.group(1))
    if ms:
        c.same("满意度 text/table", ms.group(4), parse_val(byname["招标人及投标人满意度"]["actual"])[1])


def check_kuitun(c):
    ty = title_year(c)
    mb = c.m(r"(\d{4})年年初预算(" + NUM + r")万元，全年预算(" + NUM + r")万元，年内未调整")
    mi = c.m(r"其中专家培训费(" + NUM + r")万元，专家库系统维护费(" + NUM + r")万元，专家考核及档案管理费(" + NUM + r")万元。资金到位(" +
             NUM + r")万元")
    ms = c.m(r"全年实际支出(" + NUM + r")万元，其中专家培训费(" + NUM + r")万元、专家库系统维护费(" + NUM +
             r")万元、专家考核及档案管理费(" + NUM + r")万元，预算执行率(" + NUM + r")%，年末结余(" + NUM + r")万元")
    if not (mb and mi and ms):
        return
    c.year("年初预算 year", mb.group(1), ty)
    c.same("未调整: 年初 = 全年", mb.group(2), mb.group(3))
    annual, recv, spent = dec(mb.group(3)), dec(mi.group(4)), dec(ms.group(1))
    c.close("budget items add to 全年预算", sum(dec(mi.group(i)) for i in (1, 2, 3)), mb.group(3))
    c.close("spending items add to 实际支出", sum(dec(ms.group(i)) for i in (2, 3, 4)), ms.group(1))
    c.close("执行率", spent / annual * 100, ms.group(5))
    c.close("结余 = 到位 - 支出", recv - spent, ms.group(6))
    for i, j in ((1, 2), (2, 3), (3, 4)):
        c.true(f"item {i} spent <= budget", dec(ms.group(j)) <= dec(mi.group(i)))
    ml = c.m(r"较(\d{4})年的(" + NUM + r")万元增加(" + NUM + r")万元")
    if ml:
        c.year("last-year figure", int(ml.group(1)) + 1, ty)
        c.close("last year + increase = this year", dec(ml.group(2)) + dec(ml.group(3)), mb.group(3))
    me = c.m(r"新增入库评标专家(\d+)人，清退、暂停(\d+)人，截至(\d{4})年底专家库共有评标专家(\d+)人，其中工程类(\d+)人、货物类(\d+)人、服务类(\d+)人，较(\d{4})年末的(\d+)人净增(\d+)人")
    if me:
        e = lambda i: dec(me.group(i))
        c.year("截至 year", me.group(3), ty)
        c.year("last year end", int(me.group(8)) + 1, ty)
        c.close("categories add to the 专家库 total", e(5) + e(6) + e(7), me.group(4))
        c.close("last year + new - removed = total", e(9) + e(1) - e(2), me.group(4))
        c.close("net increase", e(4) - e(9), me.group(10))
    mk = c.m(r"考核结果为优秀的专家(\d+)人、合格的(\d+)人、不合格的(\d+)人")
    if mk and me:
        c.close("考核 results add to the total", sum(dec(mk.group(i)) for i in (1, 2, 3)), me.group(4))
    mt = c.m(r"组织集中培训(\d+)期，为目标的(\d+)%")
    mq = c.m(r"参训专家(\d+)人次，考核合格(\d+)人次，合格率(" + NUM + r")%")
    if mq:
        c.close("合格率", dec(mq.group(2)) / dec(mq.group(1)) * 100, mq.group(3))
    msat = c.m(r"电话回访招标人(\d+)家，满意(\d+)家，满意度(" + NUM + r")%")
    if msat:
        c.close("满意度", dec(msat.group(2)) / dec(msat.group(1)) * 100, msat.group(3))
    # table 1
    sec = c.t[c.t.find("表1"):c.t.find("（三）效益指标完成情况")]
    t1 = {b[0]: b for b in blocks(sec) if len(b) == 5}
    if not all(k in t1 for k in ("第一期", "第二期", "合计", "平均每期")):
        c.bad("表1 not parsed")
    else:
        for j in (3, 4):
            s = dec(t1["第一期"][j]) + dec(t1["第二期"][j])
            c.close(f"表1 合计 col {j}", s, t1["合计"][j])
            c.close(f"表1 平均 col {j}", s / 2, t1["平均每期"][j])
        if mq:
            c.same("参训 text/table", mq.group(1), t1["合计"][3])
            c.same("合格 text/table", mq.group(2), t1["合计"][4])
        if mt:
            c.close("periods held", D(2), mt.group(1))
    # appendix
    ap = c.t[c.t.find("附件："):]
    my = re.search(r"（(\d{4})年度）", ap)
    c.year("自评表 year", my.group(1) if my else None, ty)
    rows = [b for b in blocks(ap) if len(b) == 8]
    ex = [b for b in rows if b[0] == "预算执行率"]
    tot = [b for b in rows if b[0] == "总分"]
    inds = [{"l1": b[0], "l2": b[1], "name": b[2], "target": b[3], "actual": b[4], "w": b[5], "score": b[6]}
            for b in rows if b[0] not in ("一级指标", "预算执行率", "总分")]
    if not ex or not tot or len(inds) != 9:
        c.bad("appendix not parsed")
        return
    ex, tot = ex[0], tot[0]
    rate = spent / annual * 100
    c.close("exec row actual", rate, ex[4])
    c.close("exec score = weight x rate", dec(ex[5]) * rate / 100, ex[6])
    indicator_checks(c, inds, ex[5], ex[6], tot[5], tot[6])
    ls = level_sums(inds)
    mw = c.m(r"其中预算执行率(\d+)分，产出指标(\d+)分，效益指标(\d+)分，满意度指标(\d+)分")
    if mw:
        c.close("text weights add to 100", sum(dec(mw.group(i)) for i in range(1, 5)), "100")
        c.same("exec weight text/table", mw.group(1), ex[5])
        for i, l1 in ((2, "产出指标"), (3, "效益指标"), (4, "满意度指标")):
            c.close(f"{l1} weight text/table", ls[l1][0], mw.group(i))
    mp = c.m(r"项目总得分(" + NUM + r")分，其中预算执行率得(" + NUM + r")分、产出指标得(" + NUM + r")分、效益指标得(" + NUM +
             r")分、满意度指标得(" + NUM + r")分，自评等级为“(.+?)”")
    if mp:
        c.close("text score list adds to the total", sum(dec(mp.group(i)) for i in range(2, 6)), mp.group(1))
        c.same("total text/table", mp.group(1), tot[6])
        c.same("exec score text/table", mp.group(2), ex[6])
        for i, l1 in ((3, "产出指标"), (4, "效益指标"), (5, "满意度指标")):
            c.close(f"{l1} score text/table", ls[l1][1], mp.group(i))
        c.true("grade band (text)", GRADE_WORDS.get(mp.group(6)) == grade_of(mp.group(1)))
    byname = {r["name"]: r for r in inds}
    if me:
        c.same("新增 text/table", me.group(1), parse_val(byname["新增入库评标专家"]["actual"])[1])
    if mt:
        c.same("培训期数 text/table", mt.group(1), parse_val(byname["组织评标专家集中培训"]["actual"])[1])
        c.close("培训 completion", dec(mt.group(1)) / parse_val(byname["组织评标专家集中培训"]["target"])[1] * 100,
                mt.group(2))
    if mq:
        c.same("合格率 text/table", mq.group(3), parse_val(byname["培训考核合格率"]["actual"])[1])
    mv = c.m(r"语音通知成功率(" + NUM + r")%")
    if mv:
        c.same("语音 text/table", mv.group(1), parse_val(byname["专家抽取语音通知成功率"]["actual"])[1])
    if msat:
        c.same("满意度 text/table", msat.group(3), parse_val(byname["招标人对评标专家满意度"]["actual"])[1])
    md = c.m(r"(\d{4})年12月28日完成全部在库专家年度考核")
    if md:
        c.year("考核 date year", md.group(1), ty)


def check_huanan(c):
    ty = title_year(c)
    mb = c.m(r"(\d{4})年年初预算(" + NUM + r")万元，全年未调整，其中见证服务外包费(" + NUM + r")万元，音视频录像存储扩容(" + NUM +
             r")万元，均为县本级财政资金，资金到位(" + NUM + r")万元，到位率(" + NUM + r")%")
    ms = c.m(r"全年支出(" + NUM + r")万元，其中见证服务外包费(" + NUM + r")万元（(\d+)名见证人员，每人每月(\d+)元，共(\d+)个月），音视频录像存储扩容(" +
             NUM + r")万元，预算执行率(" + NUM + r")%，结余(" + NUM + r")万元")
    if not (mb and ms):
        return
    c.year("年初预算 year", mb.group(1), ty)
    annual, recv, spent = dec(mb.group(2)), dec(mb.group(5)), dec(ms.group(1))
    c.close("budget items add to 预算", dec(mb.group(3)) + dec(mb.group(4)), mb.group(2))
    c.close("到位率", recv / annual * 100, mb.group(6))
    c.close("spending items add to 支出", dec(ms.group(2)) + dec(ms.group(6)), ms.group(1))
    c.close("外包费 = 人数 x 月费 x 月数", dec(ms.group(3)) * dec(ms.group(4)) * dec(ms.group(5)) / 10000, ms.group(2))
    c.close("执行率 (text)", spent / annual * 100, ms.group(7))
    c.close("结余 = 到位 - 支出", recv - spent, ms.group(8))
    c.close("结余 = 存储 budget - 存储 spent", dec(mb.group(4)) - dec(ms.group(6)), ms.group(8))
    mq4 = c.m(r"每季度支付(" + NUM + r")万元")
    if mq4:
        c.close("4 x 季度支付 = 外包费", dec(mq4.group(1)) * 4, ms.group(2))
    mr = c.m(r"预算执\s*行率(" + NUM + r")%，主要是")
    if mr:
        c.close("执行率 restated", spent / annual * 100, mr.group(1))
    mp = c.m(r"截至(\d{4})年12月31日，全年共见证进场交易项目(\d+)个，其中工程建设类(\d+)个、政府采购类(\d+)个、土地矿业权及其他类(\d+)个，较(\d{4})年的(\d+)个增加(\d+)个；一至四季度分别见证(\d+)个、(\d+)个、(\d+)个、(\d+)个，全年合计(\d+)个")
    if mp:
        p = lambda i: dec(mp.group(i))
        c.year("截至 year", mp.group(1), ty)
        c.year("last-year figure", int(mp.group(6)) + 1, ty)
        c.close("categories add to the year", p(3) + p(4) + p(5), mp.group(2))
        c.close("last year + increase", p(7) + p(8), mp.group(2))
        c.close("quarters add to the 合计", p(9) + p(10) + p(11) + p(12), mp.group(13))
        c.same("合计 = 全年", mp.group(13), mp.group(2))
    mc = c.m(r"全年受理交易投诉(\d+)件，办结率(\d+)%，其中有效投诉(\d+)件")
    msat = c.m(r"回收有效问卷(\d+)份，其中表示满意的(\d+)份，满意度(" + NUM + r")%")
    if msat:
        c.close("满意度", dec(msat.group(2)) / dec(msat.group(1)) * 100, msat.group(3))
    # table
    ap = c.t[c.t.find("项目支出绩效自评表"):]
    my = re.search(r"（(\d{4})年度）", ap)
    c.year("自评表 year", my.group(1) if my else None, ty)
    fr = {}
    for ln in ap.split("\n"):
        tok = ln.split()
        if tok and tok[0] in ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金") and len(tok) == 7:
            fr[tok[0]] = tok
    if len(fr) != 4:
        c.bad("funds block not parsed")
        return
    val = lambda x: D(0) if x in ("—", "") else dec(x)
    for j in (1, 2, 3):
        c.close(f"funds col {j} sum", sum(val(fr[k][j]) for k in ("当年财政拨款", "上年结转资金", "其他资金")),
                fr["年度资金总额"][j])
    for k, r in fr.items():
        if val(r[2]) == 0:
            c.true(f"{k}: no rate on a zero base", r[5] in ("—", "0"))
        else:
            c.close(f"{k}: 执行率", val(r[3]) / val(r[2]) * 100, r[5])
    tr = fr["年度资金总额"]
    c.close("execution score", dec(tr[4]) * val(tr[3]) / val(tr[2]), tr[6])
    c.same("table 年初 = text", tr[1], mb.group(2))
    c.same("table 全年 = text", tr[2], mb.group(2))
    c.same("table 执行 = text", tr[3], ms.group(1))
    sec = ap[ap.find("一级指标"):ap.find("总分")]
    inds = pdf_rows(sec)
    mt = re.search(r"总分 (\d+) (" + NUM + r")", ap)
    if not mt or len(inds) != 9:
        c.bad("indicator table not parsed")
        return
    indicator_checks(c, inds, tr[4], tr[6], mt.group(1), mt.group(2))
    mx = c.m(r"自评得分 (" + NUM + r") 分，其中预算执行率得分 (" + NUM + r") 分，绩效\s*指标得分 (" + NUM + r") 分，评价等级为“(.+?)”")
    if mx:
        c.same("total text/table", mx.group(1), mt.group(2))
        c.same("exec score text/table", mx.group(2), tr[6])
        c.close("indicator scores text/table", sum(dec(r["score"]) for r in inds), mx.group(3))
        c.close("text score parts add to total", dec(mx.group(2)) + dec(mx.group(3)), mx.group(1))
        c.true("grade band", GRADE_WORDS.get(mx.group(4)) == grade_of(mx.group(1)))
    byname = {r["name"]: r for r in inds}
    if mp:
        c.same("见证项目 text/table", mp.group(2), parse_val(byname["见证交易项目数"]["actual"])[1])
        mo = c.m(r"见证项目数超出目标(" + NUM + r")%")
        if mo:
            c.close("over-achievement %", (dec(mp.group(2)) / parse_val(byname["见证交易项目数"]["target"])[1] - 1) * 100,
                    mo.group(1))
        mg = c.m(r"全年见证项目 (\d+) 个")
        if mg:
            c.same("goal block / text", mg.group(1), mp.group(2))
    if mc:
        c.same("有效投诉 text/table", mc.group(3), parse_val(byname["有效投诉件数"]["actual"])[1])
    if msat:
        c.same("满意度 text/table", msat.group(3), parse_val(byname["交易主体满意度"]["actual"])[1])
    c.same("月费 text/table", ms.group(4), parse_val(byname["见证服务人均月费用"]["actual"])[1])


CHECKS = {
    "huoqiu-jiaoyiyunwei-2021": check_huoqiu,
    "gaozhou-dianzizhaobiao-2023": check_gaozhou,
    "dianjiang-yidipingbiao-2019": check_dianjiang,
    "kuitun-zhuanjiaku-2020": check_kuitun,
    "huanan-jianzheng-2024": check_huanan,
}


def run_checks(src, text, name):
    c = Checks(text, name)
    try:
        CHECKS[src](c)
    except Exception as exc:  # a parse that breaks on an error case is a failed check
        c.bad(f"exception {type(exc).__name__}: {exc}")
    return c


def one_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        problems.append("labels and case files differ")
    texts = {f: open(os.path.join(CASES, f), encoding="utf-8").read() for f in files}
    clean = {r["source"]: texts[r["case"]] for r in labels if r["clean"]}
    counts = {k: 0 for k in CODES}
    where = {"prose": 0, "table": 0}
    for r in labels:
        t = texts[r["case"]]
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expected findings")
            n = len(t)
            if not 3000 <= n <= 5000:
                problems.append(f"{r['case']}: {n} characters")
            c = run_checks(r["source"], t, r["case"])
            print(f"{r['case']}: {n} chars, {c.n} arithmetic checks, {len(c.fail)} failures")
            for f in c.fail:
                problems.append(f"{r['case']}: {f}")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: expected one finding")
        for e in r["expected"]:
            if e["code"] not in CODES:
                problems.append(f"{r['case']}: unknown code {e['code']}")
            else:
                counts[e["code"]] += 1
            if not e["value"] or e["value"] not in t:
                problems.append(f"{r['case']}: value not in case: {e['value']!r}")
        old, new = one_region(clean[r["source"]], t)
        if not new or len(old) > 80 or len(new) > 80:
            problems.append(f"{r['case']}: changed region {old!r} -> {new!r}")
        # the value must overlap the changed region
        p = len(os.path.commonprefix([clean[r["source"]], t]))
        ranges = []
        v = r["expected"][0]["value"]
        i = t.find(v)
        while i >= 0:
            ranges.append((i, i + len(v)))
            i = t.find(v, i + 1)
        if not any(a <= p < b or (a < p + len(new) and p < b) for a, b in ranges):
            problems.append(f"{r['case']}: value does not overlap the changed region")
        c = run_checks(r["source"], t, r["case"])
        if not c.fail:
            problems.append(f"{r['case']}: the injected error breaks no check")
        print(f"{r['case']}: {r['expected'][0]['code']:22s} {old!r} -> {new!r}; checks failing: {c.fail[:2]}")
    for k, v in counts.items():
        if v < 2:
            problems.append(f"code {k} occurs {v} times")
    print("codes:", ", ".join(f"{k}={v}" for k, v in counts.items()))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
