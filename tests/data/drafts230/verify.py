#!/usr/bin/env python3
"""Verify drafts230.

1. Every label value occurs in its case; every error case differs from its clean draft in one place
   (one contiguous region), and the value overlaps that region and is absent from the clean draft.
2. Redo the arithmetic of every clean draft (funds blocks, sums, rates, balances, weights, scores,
   completion rates, averages, grade, same quantity = same value, units, evaluation year): no failure.
3. Run the same checks on every error case: at least one failure, and one carries the labelled code.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"[-+]?\d[\d,]*(?:\.\d+)?"


def D(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated string v (d decimals) is consistent with computed c iff |c - v| <= 0.5*10^-d."""
    v = D(stated)
    tol = Decimal("0.5") * (Decimal(10) ** -decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - v) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def unit_val(s, unit):
    """number of a cell written in `unit`, or None when written in another unit."""
    if s.endswith(unit) and re.match(NUM + "$", s[: len(s) - len(unit)]):
        return s[: len(s) - len(unit)]
    return None


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Checker:
    def __init__(self, text, year):
        self.text = text
        self.year = year
        self.fails = []

    def fail(self, code, msg):
        self.fails.append((code, msg))

    def grab(self, rx, flags=0):
        m = re.search(rx, self.text, flags)
        if not m:
            self.fail("parse", f"no match for {rx}")
            return None
        return m.groups()

    # --- identities -------------------------------------------------------------
    def sum_check(self, total, parts, what):
        """total = sum(parts); a single part off by 10^4 is reported as unit_mismatch."""
        s = sum(D(p) for p in parts)
        if close(total, s):
            return
        for i, p in enumerate(parts):
            for f in (Decimal("1e-4"), Decimal("1e4")):
                alt = s - D(p) + D(p) * f
                if close(total, alt):
                    self.fail("unit_mismatch", f"{what}: part {p} off by 10^4 ({total} vs {s})")
                    return
        self.fail("sum_mismatch", f"{what}: {' + '.join(parts)} = {s}, stated {total}")

    def rate_check(self, rate, num, den, what, code="rate_mismatch"):
        if D(den) == 0:
            if D(rate) != 0:
                self.fail("implausible_rate", f"{what}: rate {rate}% on a zero base")
            return
        c = D(num) / D(den) * 100
        if not close(rate, c):
            self.fail(code, f"{what}: {num}/{den} = {r2(c)}%, stated {rate}%")
        if D(rate) > 100 or D(rate) < 0:
            self.fail("implausible_rate", f"{what}: rate {rate}% outside [0, 100]")

    def balance_check(self, bal, received, spent, what):
        if not close(bal, D(received) - D(spent)):
            self.fail("balance_mismatch", f"{what}: {received} - {spent} = {D(received) - D(spent)}, stated {bal}")

    def average_check(self, avg, items, what):
        m = sum(D(i) for i in items) / len(items)
        if not close(avg, m):
            self.fail("average_mismatch", f"{what}: mean {r2(m)}, stated {avg}")

    def same(self, what, values):
        """values: list of (string, scale); all must denote the same quantity."""
        base = None
        for s, scale in values:
            if s is None:
                continue  # stated in another unit: not the same measure, nothing to compare
            v = D(s) * Decimal(scale)
            if base is None:
                base = (s, v, scale)
                continue
            # compare at the precision of the less precise statement
            ok = close(s, base[1] / Decimal(scale)) or close(base[0], v / Decimal(base[2]))
            if not ok:
                self.fail("conflicting_values", f"{what}: {base[0]} vs {s}")

    def grade_check(self, total, label, what):
        g = label[0]
        if g != grade_of(total):
            self.fail("grade_mismatch", f"{what}: total {total} is {grade_of(total)}, stated {label}")

    def pct_bound(self, rx, what):
        for m in re.finditer(rx, self.text):
            if D(m.group(1)) > 100:
                self.fail("implausible_rate", f"{what}: {m.group(0)} above 100%")

    def year_check(self, rxs):
        for rx in rxs:
            for m in re.finditer(rx, self.text):
                if int(m.group(1)) != self.year:
                    self.fail("year_mismatch", f"{m.group(0)} in a {self.year} report")

    # --- 自评表 ------------------------------------------------------------------
    def funds_rows(self, rows):
        """rows: dict label -> [初, 全, 执, 分值, 执行率, 得分]; label keys 总额, 拨款, 结转, 其他."""
        tot = rows["总额"]
        for col, nm in ((0, "年初预算数"), (1, "全年预算数"), (2, "全年执行数")):
            self.sum_check(tot[col], [rows[k][col] for k in ("拨款", "结转", "其他")], f"funds block {nm}")
        self.rate_check(tot[4].rstrip("%"), tot[2], tot[1], "funds block 执行率")
        rate = min(D(tot[2]) / D(tot[1]), Decimal(1))
        if not close(tot[5], D(tot[3]) * rate):
            self.fail("score_rule_mismatch", f"execution score {tot[5]} vs {r2(D(tot[3]) * rate)}")
        for k in ("拨款", "结转", "其他"):
            r = rows[k]
            if r[4] not in ("—", "-", "", "0") and D(r[1]) == 0:
                self.fail("implausible_rate", f"funds row {k}: rate {r[4]} on a zero budget")
        return tot[3], tot[5]

    def indicators(self, rows, total_w, total_s, exec_w, exec_s):
        """rows: list of dicts name, target, actual, completion (or None), weight, score."""
        ws = D(exec_w) + sum(D(r["weight"]) for r in rows)
        if ws != 100 or D(total_w) != 100:
            self.fail("weight_sum_mismatch", f"weights add to {ws}, stated {total_w}")
        for r in rows:
            if D(r["score"]) > D(r["weight"]) or D(r["score"]) < 0:
                self.fail("score_exceeds_weight", f"{r['name']}: score {r['score']} > weight {r['weight']}")
        ss = D(exec_s) + sum(D(r["score"]) for r in rows)
        if not close(total_s, ss):
            self.fail("score_sum_mismatch", f"scores add to {ss}, stated {total_s}")
        for r in rows:
            self.indicator_row(r)

    def indicator_row(self, r):
        t, a = r["target"], r["actual"]
        mt = re.match(r"^(≥|≤|=|＞|＜)?\s*(" + NUM + r")(.*)$", t)
        ma = re.match(r"^(" + NUM + r")(.*)$", a)
        if not mt:
            return  # qualitative
        if not ma:
            return  # qualitative actual against a numeric target: not compared here
        sign, tv, tu = mt.group(1) or "=", D(mt.group(2)), mt.group(3).strip()
        av, au = D(ma.group(1)), ma.group(2).strip()
        if tu != au:
            self.fail("unit_mismatch", f"{r['name']}: target {t} vs actual {a}")
            return
        if au == "%" and av > 100:
            self.fail("implausible_rate", f"{r['name']}: actual {a} above 100%")
        if sign == "≤":
            comp = Decimal(100) if av <= tv else tv / av * 100
        elif tv == 0:
            comp = Decimal(100) if av <= 0 else Decimal(0)
        else:
            comp = av / tv * 100
        if r.get("completion") not in (None, "", "—"):
            if not close(r["completion"].rstrip("%"), comp):
                self.fail("completion_mismatch", f"{r['name']}: completion {r['completion']} vs {r2(comp)}%")
        w = D(r["weight"])
        expect = w * min(comp / 100, Decimal(1))
        if not close(r["score"], expect):
            self.fail("score_rule_mismatch", f"{r['name']}: score {r['score']} vs {r2(expect)}")


# ---------------------------------------------------------------------------------------------
def check_jianping(text):
    c = Checker(text, 2022)
    g = c.grab(r"按(\d+)万人参保测算，安排居民医保财政补助资金预算(" + NUM + r")万元，其中中央补助(" + NUM
               + r")万元、省级补助(" + NUM + r")万元、县级配套(" + NUM + r")万元")
    if g:
        if D(g[0]) * 10000 * 610 / 10000 != D(g[1]):
            c.fail("sum_mismatch", "年初预算 != 参保测算人数 x 610元")
        c.sum_check(g[1], list(g[2:5]), "年初预算 parts")
        init = g[1]
    a = c.grab(r"按实际参保人数(\d+)人、人均(\d+)元重新核定，全年预算调整为(" + NUM + r")万元，其中中央补助(" + NUM
               + r")万元、省级补助(" + NUM + r")万元、县级配套(" + NUM + r")万元")
    if a:
        if not close(a[2], D(a[0]) * D(a[1]) / 10000):
            c.fail("sum_mismatch", "全年预算 != 参保人数 x 人均补助")
        c.sum_check(a[2], list(a[3:6]), "全年预算 parts")
        annual, county = a[2], a[5]
    rc = c.grab(r"到位资金(" + NUM + r")万元，资金到位率(" + NUM + r")%")
    if rc:
        c.rate_check(rc[1], rc[0], annual, "到位率")
        received = rc[0]
    sp = c.grab(r"全年实际执行(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    if sp:
        c.rate_check(sp[1], sp[0], annual, "预算执行率")
        spent = sp[0]
    cs = c.grab(r"县级配套资金执行(" + NUM + r")万元，执行率(" + NUM + r")%，剩余(" + NUM + r")万元")
    if cs:
        c.rate_check(cs[1], cs[0], county, "县级配套执行率")
        c.balance_check(cs[2], received, spent, "结余 (到位 - 执行)")
        c.balance_check(cs[2], county, cs[0], "县级配套结余")
    d = c.grab(r"参保(\d+)人，较上年的(\d+)人减少(\d+)人")
    if d and D(d[1]) - D(d[0]) != D(d[2]):
        c.fail("sum_mismatch", "参保人数 decrease")
    av = c.grab(r"满意度分别为(" + NUM + r")%、(" + NUM + r")%、(" + NUM + r")%，平均满意度(" + NUM + r")%")
    if av:
        c.average_check(av[3], av[:3], "满意度平均")
    # 自评表
    lines = text.split("\n")
    funds = {}
    for ln in lines:
        cells = ln.split("\t")
        for key, lab in (("总额", "年度资金总额"), ("拨款", "其中：当年财政拨款"), ("结转", "上年结转资金"), ("其他", "其他资金")):
            if len(cells) >= 8 and cells[1] == lab:
                funds[key] = cells[2:8]
    ew, es = c.funds_rows(funds)
    start = next(i for i, ln in enumerate(lines) if ln.startswith("绩效指标\t"))
    rows, total = [], None
    for ln in lines[start + 1:]:
        cells = ln.split("\t")
        if cells[0] == "总分":
            total = (cells[-3], cells[-2])
            break
        rows.append({"name": cells[-7], "target": cells[-6], "actual": cells[-5], "completion": cells[-4],
                     "weight": cells[-3], "score": cells[-2]})
    c.indicators(rows, total[0], total[1], ew, es)
    ts = c.grab(r"预算执行得分(" + NUM + r")分，绩效指标得分(" + NUM + r")分，自评总得分(" + NUM + r")分，评价等级为“(.)”")
    if ts:
        c.same("预算执行得分", [(ts[0], 1), (es, 1)])
        if not close(ts[1], sum(D(r["score"]) for r in rows)):
            c.fail("score_sum_mismatch", f"绩效指标得分 {ts[1]}")
        c.same("总分", [(ts[2], 1), (total[1], 1)])
        c.grade_check(ts[2], ts[3], "自评结论")
    c.same("年初预算", [(init, 1), (funds["总额"][0], 1)])
    c.same("全年预算", [(annual, 1), (funds["总额"][1], 1), (received, 1)])
    c.same("全年执行", [(spent, 1), (funds["总额"][2], 1)])
    c.same("执行率", [(sp[1], 1), (funds["总额"][4].rstrip("%"), 1)])
    byname = {r["name"]: r for r in rows}
    c.same("参保人数", [(a[0], Decimal("1e-4")), (unit_val(byname["城乡居民参保人数"]["actual"], "万人"), 1)]
           + [(m, Decimal("1e-4")) for m in re.findall(r"参保(\d{6})人", text)])
    for m in re.findall(r"参保率(" + NUM + r")%", text):
        c.same("参保率", [(m, 1), (unit_val(byname["基本医保参保率"]["actual"], "%"), 1)])
    for m in re.findall(r"基金支付比例(" + NUM + r")%", text):
        c.same("住院基金支付比例", [(m, 1), (unit_val(byname["政策范围内住院费用基金支付比例"]["actual"], "%"), 1)])
    c.same("满意度", [(av[3], 1), (unit_val(byname["参保群众满意度"]["actual"], "%"), 1)])
    c.year_check([r"截至(\d{4})年12月31日", r"(\d{4})年度城乡居民", r"(\d{4})年度项目支出绩效自评表"])
    return c.fails


def check_dongyuan(text):
    c = Checker(text, 2021)
    t1 = re.search(r"表1 .*?\n(.*?)\n合计 (" + NUM + r")\n", text, re.S)
    amounts = [ln.split(" ")[-1] for ln in t1.group(1).split("\n")[1:]]
    c.sum_check(t1.group(2), amounts, "表1 资金下达")
    ini = c.grab(r"年初预算(" + NUM + r")万元，其中上级提前下达中央补助(" + NUM + r")万元、省级补助(" + NUM
                 + r")万元，县级安排(" + NUM + r")万元")
    c.sum_check(ini[0], list(ini[1:]), "年初预算 parts")
    c.same("提前下达 中央", [(ini[1], 1), (amounts[0], 1)])
    c.same("提前下达 省级", [(ini[2], 1), (amounts[1], 1)])
    c.same("县级", [(ini[3], 1), (amounts[2], 1)])
    annual = c.grab(r"全年预算(" + NUM + r")万元，资金下达")[0]
    c.same("全年预算", [(annual, 1), (t1.group(2), 1)]
           + [(m, 1) for m in re.findall(r"医疗救助资金(" + NUM + r")万元开展", text)])
    ex = c.grab(r"全年执行(" + NUM + r")万元，预算执行率(" + NUM + r")%。其中资助参保支出(" + NUM + r")万元，资助(\d+)人，人均资助约(\d+)元；住院救助支出("
                + NUM + r")万元，救助(\d+)人次，次均救助约(\d+)元；门诊救助支出(" + NUM + r")万元，救助(\d+)人次。年末结余(" + NUM + r")万元")
    spent = ex[0]
    c.rate_check(ex[1], spent, annual, "预算执行率")
    c.sum_check(spent, [ex[2], ex[5], ex[8]], "执行 by use")
    c.balance_check(ex[10], annual, spent, "年末结余")
    if abs(D(ex[2]) * 10000 / D(ex[3]) - D(ex[4])) > 1:
        c.fail("average_mismatch", "人均资助")
    if abs(D(ex[5]) * 10000 / D(ex[6]) - D(ex[7])) > 1:
        c.fail("average_mismatch", "次均救助")
    lines = text.split("\n")
    funds = {}
    for ln in lines:
        tok = ln.split(" ")
        for key, lab in (("总额", "年度资金总额"), ("拨款", "其中：当年财政拨款"), ("结转", "上年结转资金"), ("其他", "其他资金")):
            if tok[0] == lab and len(tok) == 7:
                funds[key] = tok[1:7]
    ew, es = c.funds_rows(funds)
    c.same("年初预算", [(ini[0], 1), (funds["总额"][0], 1)])
    c.same("全年预算", [(annual, 1), (funds["总额"][1], 1)])
    c.same("全年执行", [(spent, 1), (funds["总额"][2], 1)])
    c.same("执行率", [(ex[1], 1), (funds["总额"][4].rstrip("%"), 1)])
    start = next(i for i, ln in enumerate(lines) if ln.startswith("一级指标 二级指标 三级指标"))
    isnum = re.compile(r"^\d+(?:\.\d+)?$")
    rows, total = [], None
    for ln in lines[start + 1:]:
        tok = ln.split(" ")
        if tok[0] == "总分":
            total = (tok[1], tok[2])
            break
        for i in range(2, len(tok) - 1):
            if isnum.match(tok[i]) and isnum.match(tok[i + 1]):
                rows.append({"name": tok[i - 3], "target": tok[i - 2], "actual": tok[i - 1], "completion": None,
                             "weight": tok[i], "score": tok[i + 1]})
                break
    if len(rows) != 10:
        c.fail("parse", f"dongyuan: {len(rows)} indicator rows")
    c.indicators(rows, total[0], total[1], ew, es)
    sc = c.grab(r"预算执行得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，满意度指标得分("
                + NUM + r")分，自评得分(" + NUM + r")分，评价等级为“(.)”")
    c.same("预算执行得分", [(sc[0], 1), (es, 1)])
    for part, idx in ((rows[0:6], 1), (rows[6:9], 2), (rows[9:10], 3)):
        if not close(sc[idx], sum(D(r["score"]) for r in part)):
            c.fail("score_sum_mismatch", f"block score {sc[idx]}")
    if not close(sc[4], sum(D(x) for x in sc[0:4])):
        c.fail("score_sum_mismatch", f"text total {sc[4]} vs blocks")
    c.same("总分", [(sc[4], 1), (total[1], 1)])
    c.grade_check(sc[4], sc[5], "自评结论")
    by = {r["name"]: r for r in rows}
    c.same("资助人数", [(ex[3], Decimal("1e-4")), (unit_val(by["资助参加基本医保人数"]["actual"], "万人"), 1)]
           + [(m, Decimal("1e-4")) for m in re.findall(r"资助参保(\d+)人", text)])
    c.same("住院救助人次", [(ex[6], Decimal("1e-4")), (unit_val(by["住院救助人次"]["actual"], "万人次"), 1)]
           + [(m, Decimal("1e-4")) for m in re.findall(r"住院救助(\d+)人次", text)])
    for m in re.findall(r"即时结算率为(" + NUM + r")%", text):
        c.same("即时结算率", [(m, 1), (unit_val(by["“一站式”即时结算率"]["actual"], "%"), 1)])
    for m in re.findall(r"满意度为(" + NUM + r")%", text):
        c.same("满意度", [(m, 1), (unit_val(by["救助对象满意度"]["actual"], "%"), 1)])
    c.pct_bound(r"满意度为(" + NUM + r")%", "满意度")
    c.year_check([r"东源县医疗保障局(\d{4})年度", r"（(\d{4})年度）"])
    return c.fails


def check_kaifeng(text):
    c = Checker(text, 2023)
    blocks = [[ln[1:] for ln in b.split("\n") if ln.startswith("\t")] for b in text.split("\n\n")]
    budget = {b[1]: b[2:] for b in blocks if len(b) == 10 and b[1].startswith("(")}
    cols = ["年度总金额", "小计", "中央级", "省级", "市级", "县区级", "上年结转", "其他"]
    v = lambda s: D(s) if s.strip() else Decimal(0)
    for row in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        r = budget[row]
        c.sum_check(r[1] or "0", [x or "0" for x in r[2:6]], f"{row} 小计")
        c.sum_check(r[0] or "0", [r[1] or "0", r[6] or "0", r[7] or "0"], f"{row} 总金额")
    for i, col in enumerate(cols):
        c.balance_check(budget["(5)=(3)-(4)"][i] or "0", v(budget["(3)"][i]), v(budget["(4)"][i]), f"结余 {col}")
        c.rate_check(budget["(6)=(3)/(2)"][i], v(budget["(3)"][i]), v(budget["(2)"][i]), f"到位率 {col}")
        c.rate_check(budget["(7)=(4)/(2)"][i], v(budget["(4)"][i]), v(budget["(2)"][i]), f"执行率 {col}")
    p = c.grab(r"年初预算(" + NUM + r")万元，按照市政府压减一般性支出的要求调减(" + NUM + r")万元，全年预算(" + NUM
               + r")万元.*?全年执行(" + NUM + r")万元，其中失能等级评估费(" + NUM + r")万元（(\d+)人次×(\d+)元/人次）、第三方经办服务费("
               + NUM + r")万元、信息系统运维费(" + NUM + r")万元、培训及宣传费(" + NUM + r")万元。结余(" + NUM + r")万元")
    if D(p[0]) - D(p[1]) != D(p[2]):
        c.fail("sum_mismatch", "年初 - 调减 != 全年")
    c.sum_check(p[3], [p[4], p[7], p[8], p[9]], "执行 parts")
    if not close(p[4], D(p[5]) * D(p[6]) / 10000):
        c.fail("sum_mismatch", "评估费 != 人次 x 单价")
    c.balance_check(p[10], p[2], p[3], "结余")
    for lab, val in (("(1)", p[0]), ("(2)", p[2]), ("(3)", p[2]), ("(4)", p[3]), ("(5)=(3)-(4)", p[10])):
        c.same(f"budget {lab}", [(val, 1), (budget[lab][0], 1)])
    q = c.grab(r"批复本项目预算(" + NUM + r")万元，年中调整为(" + NUM + r")万元，全年支付(" + NUM + r")万元，预算执行率(" + NUM + r")%")
    c.same("年初", [(q[0], 1), (p[0], 1)])
    c.same("全年", [(q[1], 1), (p[2], 1)])
    c.same("执行", [(q[2], 1), (p[3], 1)])
    c.rate_check(q[3], q[2], q[1], "预算执行率 (text)")
    ind = [b for b in blocks if len(b) == 9]
    head = ind[0]
    if head[0] != "一级指标":
        c.fail("parse", "kaifeng indicator header")
    ex = ind[1]
    total = ind[-1]
    rows = [{"name": b[2], "target": b[4], "actual": b[5], "completion": b[6], "weight": b[3], "score": b[7]}
            for b in ind[2:-1]]
    c.rate_check(ex[5].rstrip("%"), p[3], p[2], "自评表 预算执行率")
    c.same("执行率", [(ex[6].rstrip("%"), 1), (ex[5].rstrip("%"), 1), (q[3], 1), (budget["(7)=(4)/(2)"][0], 1)])
    if not close(ex[7], D(ex[3]) * D(p[3]) / D(p[2])):
        c.fail("score_rule_mismatch", "execution score")
    c.indicators(rows, total[3], total[7], ex[3], ex[7])
    tot = c.grab(r"总得分(" + NUM + r")分，属于\"(.*?)\"")
    c.same("总分", [(tot[0], 1), (total[7], 1)])
    c.grade_check(tot[0], tot[1], "绩效情况")
    by = {r["name"]: r for r in rows}
    for m in re.findall(r"参保(" + NUM + r")万人", text):
        c.same("参保人数", [(m, 1), (unit_val(by["长期护理保险参保人数"]["actual"], "万人"), 1)])
    c.same("评估人次", [(p[5], 1), (unit_val(by["失能等级评估人次"]["actual"], "人次"), 1)]
           + [(m, 1) for m in re.findall(r"完成失能等级评估(\d+)人次", text)])
    for m in re.findall(r"享受待遇(\d+)人，完成年度目标的(" + NUM + r")%", text):
        c.same("享受待遇人数", [(m[0], 1), (unit_val(by["享受长期护理保险待遇人数"]["actual"], "人"), 1)])
        c.same("享受待遇完成率", [(m[1], 1), (by["享受长期护理保险待遇人数"]["completion"].rstrip("%"), 1)])
    for m in re.findall(r"复核准确率(" + NUM + r")%", text):
        c.same("复核准确率", [(m, 1), (unit_val(by["评估结论复核准确率"]["actual"], "%"), 1)])
    for m in re.findall(r"基金支付比例(" + NUM + r")%", text):
        c.same("基金支付比例", [(m, 1), (unit_val(by["长期护理费用基金支付比例"]["actual"], "%"), 1)])
    for m in re.findall(r"增至(\d+)家", text):
        c.same("定点机构", [(m, 1), (unit_val(by["定点护理服务机构数量"]["actual"], "家"), 1)])
    for m in re.findall(r"满意度(" + NUM + r")%", text):
        c.same("满意度", [(m, 1), (unit_val(by["失能人员及家属满意度"]["actual"], "%"), 1)])
    c.year_check([r"项目名称：(\d{4})年度", r"附件1\.(\d{4})年度"])
    return c.fails


def pipe_rows(text, sep):
    out = []
    for ln in text.split("\n"):
        if sep == "|" and ln.startswith("|") and not ln.startswith("|---"):
            out.append([x.strip() for x in ln.strip().strip("|").split("|")])
        elif sep == "｜" and "｜" in ln:
            out.append([x.strip() for x in ln.split("｜")])
    return out


def funds_from(rows):
    funds = {}
    for r in rows:
        for key, lab in (("总额", "年度资金总额"), ("拨款", "其中：当年财政拨款"), ("结转", "上年结转资金"), ("其他", "其他资金")):
            if r[0] == lab and len(r) >= 7:
                funds[key] = r[1:7]
    return funds


def check_jingning(text):
    c = Checker(text, 2024)
    rows = pipe_rows(text, "|")
    p = c.grab(r"年初预算(" + NUM + r")万元，7月因配合省级飞行检查和第三方审计追加(" + NUM + r")万元，全年预算(" + NUM
               + r")万元，均为县级财政资金。全年实际支出(" + NUM + r")万元，预算执行率(" + NUM + r")%，结余(" + NUM + r")万元")
    c.sum_check(p[2], [p[0], p[1]], "年初 + 追加")
    c.rate_check(p[4], p[3], p[2], "预算执行率")
    c.balance_check(p[5], p[2], p[3], "结余")
    use = [r for r in rows if len(r) == 3 and r[0] not in ("支出内容",)]
    parts = [r for r in use if r[0] != "合计"]
    tot = next(r for r in use if r[0] == "合计")
    c.sum_check(tot[1], [r[1] for r in parts], "使用情况 预算数")
    c.sum_check(tot[2], [r[2] for r in parts], "使用情况 执行数")
    for r in parts:
        if D(r[2]) > D(r[1]):
            c.fail("implausible_rate", f"{r[0]} spent above budget")
    c.same("全年预算", [(p[2], 1), (tot[1], 1)])
    c.same("全年执行", [(p[3], 1), (tot[2], 1)])
    funds = funds_from(rows)
    ew, es = c.funds_rows(funds)
    c.same("年初预算", [(p[0], 1), (funds["总额"][0], 1)])
    c.same("全年预算", [(p[2], 1), (funds["总额"][1], 1)])
    c.same("全年执行", [(p[3], 1), (funds["总额"][2], 1)])
    c.same("执行率", [(p[4], 1), (funds["总额"][4].rstrip("%"), 1)])
    ind = [r for r in rows if len(r) == 8 and r[0] != "一级指标"]
    total = next(r for r in ind if r[0] == "总分")
    irows = [{"name": r[2], "target": r[3], "actual": r[4], "completion": None, "weight": r[5], "score": r[6]}
             for r in ind if r[0] != "总分"]
    c.indicators(irows, total[5], total[6], ew, es)
    c.grade_check(total[6], total[7].split("：")[1], "自评表")
    sc = c.grab(r"预算执行得分(" + NUM + r")分，产出指标得分(" + NUM + r")分，效益指标得分(" + NUM + r")分，满意度指标得分("
                + NUM + r")分，综合自评得分(" + NUM + r")分")
    c.same("预算执行得分", [(sc[0], 1), (es, 1)])
    for part, idx in ((irows[0:6], 1), (irows[6:9], 2), (irows[9:10], 3)):
        if not close(sc[idx], sum(D(r["score"]) for r in part)):
            c.fail("score_sum_mismatch", f"block score {sc[idx]}")
    if not close(sc[4], sum(D(x) for x in sc[0:4])):
        c.fail("score_sum_mismatch", f"text total {sc[4]}")
    c.same("总分", [(sc[4], 1), (total[6], 1)])
    av = c.grab(r"分别检查定点医药机构(\d+)家、(\d+)家、(\d+)家，平均每组(\d+)家")
    c.average_check(av[3], av[:3], "平均每组检查家数")
    by = {r["name"]: r for r in irows}
    for m in re.findall(r"全年追回违规医保基金(" + NUM + r")万元", text):
        c.same("追回金额", [(m, 1), (unit_val(by["追回违规医保基金"]["actual"], "万元"), 1)])
    for m in re.findall(r"全年开展专项检查(\d+)次", text):
        c.same("专项检查次数", [(m, 1), (unit_val(by["专项检查（含飞行检查）次数"]["actual"], "次"), 1)])
    for m in re.findall(r"处理率(" + NUM + r")%", text):
        c.same("处理率", [(m, 1), (unit_val(by["智能监控疑点数据处理率"]["actual"], "%"), 1)])
    for m in re.findall(r"整改到位率为(" + NUM + r")%", text):
        c.same("整改到位率", [(m, 1), (unit_val(by["违规问题整改到位率"]["actual"], "%"), 1)])
    for m in re.findall(r"典型案例(\d+)例", text):
        c.same("典型案例", [(m, 1), (unit_val(by["曝光欺诈骗保典型案例"]["actual"], "例"), 1)])
    for m in re.findall(r"参保群众满意度(" + NUM + r")%", text):
        c.same("满意度", [(m, 1), (unit_val(by["参保群众满意度"]["actual"], "%"), 1)])
    c.same("第三方审核", [(unit_val(by["第三方审核服务费用"]["actual"], "万元"), 1), (parts[0][2], 1)])
    c.year_check([r"静宁县医疗保障局(\d{4})年度", r"开展(\d{4})年医保基金监管", r"做好(\d{4})年度部门预算"])
    return c.fails


def check_longyou(text):
    c = Checker(text, 2019)
    b = c.grab(r"年初预算(" + NUM + r")万元，其中异地就医结算系统接口改造及运维(" + NUM + r")万元、窗口设备及网络专线(" + NUM
               + r")万元、经办人员培训及政策宣传(" + NUM + r")万元、异地就医协查稽核差旅(" + NUM + r")万元")
    c.sum_check(b[0], list(b[1:5]), "年初预算 parts")
    e = c.grab(r"全年支出(" + NUM + r")万元，预算执行率(" + NUM + r")%，结余(" + NUM + r")万元.*?系统接口改造及运维支出(" + NUM
               + r")万元，执行率(" + NUM + r")%；窗口设备及网络专线支出(" + NUM + r")万元；培训及宣传支出(" + NUM
               + r")万元；协查稽核差旅支出(" + NUM + r")万元")
    c.rate_check(e[1], e[0], b[0], "预算执行率")
    c.balance_check(e[2], b[0], e[0], "结余")
    c.sum_check(e[0], [e[3], e[5], e[6], e[7]], "支出 parts")
    c.rate_check(e[4], e[3], b[1], "系统接口改造及运维 执行率")
    for spent, bud, nm in ((e[5], b[2], "窗口"), (e[6], b[3], "培训"), (e[7], b[4], "差旅")):
        if D(bud) < D(spent) < D(bud) * 1000:  # a 10^4 slip is a unit problem, reported by the sum
            c.fail("implausible_rate", f"{nm} spent above budget")
    o = c.grab(r"异地就医直接结算(\d+)人次，其中跨省(\d+)人次、省内(\d+)人次")
    c.sum_check(o[0], [o[1], o[2]], "异地就医直接结算人次")
    c.same("跨省人次", [(o[1], 1)] + [(m, 1) for m in re.findall(r"跨省直接结算(\d+)人次", text)])
    f = c.grab(r"结算医疗费用(" + NUM + r")万元，基金支付(" + NUM + r")万元，基金支付比例(" + NUM + r")%")
    c.rate_check(f[2], f[1], f[0], "基金支付比例")
    c.pct_bound(r"(?:满意度为|好评率)(" + NUM + r")%", "满意度/好评率")
    rows = pipe_rows(text, "｜")
    funds = funds_from(rows)
    ew, es = c.funds_rows(funds)
    c.same("年初预算", [(b[0], 1), (funds["总额"][0], 1), (funds["总额"][1], 1)])
    c.same("全年执行", [(e[0], 1), (funds["总额"][2], 1)])
    c.same("执行率", [(e[1], 1), (funds["总额"][4].rstrip("%"), 1)])
    ind = [r for r in rows if len(r) == 8 and r[0] != "一级指标"]
    total = next(r for r in ind if r[0] == "总分")
    irows = [{"name": r[2], "target": r[3], "actual": r[4], "completion": None, "weight": r[5], "score": r[6]}
             for r in ind if r[0] != "总分"]
    c.indicators(irows, total[5], total[6], ew, es)
    t = c.grab(r"自评得分(" + NUM + r")分，评价等级为(.)")
    c.same("总分", [(t[0], 1), (total[6], 1)])
    c.grade_check(t[0], t[1], "自评结论")
    by = {r["name"]: r for r in irows}
    c.same("直接结算人次", [(o[0], Decimal("1e-4")), (unit_val(by["异地就医直接结算人次"]["actual"], "万人次"), 1)])
    for m in re.findall(r"办理异地就医备案(\d+)人次", text):
        c.same("备案", [(m, 1), (unit_val(by["异地就医备案办理量"]["actual"], "人次"), 1)])
    for m in re.findall(r"运行正常率(" + NUM + r")%", text):
        c.same("运行正常率", [(m, 1), (unit_val(by["异地就医结算系统运行正常率"]["actual"], "%"), 1)])
    c.same("基金支付", [(f[1], 1), (unit_val(by["跨省异地就医直接结算基金支付额"]["actual"], "万元"), 1)])
    for m in re.findall(r"覆盖全省(" + NUM + r")%", text):
        c.same("一卡通覆盖", [(m, 1), (unit_val(by["省内异地就医“一卡通”覆盖定点医疗机构比例"]["actual"], "%"), 1)])
    for m in re.findall(r"满意度为(" + NUM + r")%", text):
        c.same("满意度", [(m, 1), (unit_val(by["异地就医参保人员满意度"]["actual"], "%"), 1)])
    c.same("成本", [(e[0], 1), (unit_val(by["项目支出控制数"]["actual"], "万元"), 1)])
    c.year_check([r"龙游县(\d{4})年度", r"（(\d{4})年度）", r"开展(\d{4})年度部门预算"])
    return c.fails


CHECKS = {
    "jianping-jumingbuzhu-2022": check_jianping,
    "dongyuan-yiliaojiuzhu-2021": check_dongyuan,
    "kaifeng-changhu-2023": check_kaifeng,
    "jingning-jijinjianguan-2024": check_jingning,
    "longyou-yidijiesuan-2019": check_longyou,
}

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]


def run_checks(src, text):
    try:
        return CHECKS[src](text)
    except Exception as exc:  # a parse failure counts as a failure
        return [("parse", f"{type(exc).__name__}: {exc}")]


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(texts) != files:
        problems.append("labels.jsonl and cases/ differ")
    counts = {c: 0 for c in CODES}
    for rec in labels:
        src, name, text = rec["source"], rec["case"], texts[rec["case"]]
        if rec["clean"]:
            n = len(text)
            if not 3000 <= n <= 9000:
                problems.append(f"{name}: {n} characters")
            if rec["expected"]:
                problems.append(f"{name}: clean case with labels")
            fails = run_checks(src, text)
            for code, msg in fails:
                problems.append(f"{name} (clean): {code}: {msg}")
            continue
        clean = texts[f"{src}-clean.txt"]
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected {len(rec['expected'])} labels")
        # one place: common prefix / suffix
        i = 0
        while i < min(len(clean), len(text)) and clean[i] == text[i]:
            i += 1
        j = 0
        while j < min(len(clean), len(text)) - i and clean[-1 - j] == text[-1 - j]:
            j += 1
        region = (i, len(text) - j)
        old_region = clean[i:len(clean) - j]
        if region[1] <= region[0] and not old_region:
            problems.append(f"{name}: identical to the clean draft")
        if len(old_region) > 120:
            problems.append(f"{name}: changed region of {len(old_region)} characters")
        for exp in rec["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            if v not in text:
                problems.append(f"{name}: value {v!r} not in case")
                continue
            if v in clean:
                problems.append(f"{name}: value {v!r} also in the clean draft")
            occ, k = [], text.find(v)
            while k >= 0:
                occ.append((k, k + len(v)))
                k = text.find(v, k + 1)
            if not any(s < max(region[1], region[0] + 1) and region[0] < e for s, e in occ):
                problems.append(f"{name}: value {v!r} does not overlap the changed region {region}")
            if exp["severity"] != "error":
                problems.append(f"{name}: severity {exp['severity']}")
        fails = run_checks(src, text)
        got = {c for c, _ in fails}
        want = {e["code"] for e in rec["expected"]}
        if not fails:
            problems.append(f"{name}: the injected error is not caught by the arithmetic checks")
        elif not want & got:
            problems.append(f"{name}: checks report {sorted(got)}, label says {sorted(want)}")
        else:
            extra = got - want - {"score_rule_mismatch"}
            if extra:
                problems.append(f"{name}: extra error codes {sorted(extra)} besides {sorted(want)}")
    for code in CODES:
        if counts.get(code, 0) < 2:
            problems.append(f"code {code} occurs {counts.get(code, 0)} times (< 2)")
    n_err = sum(1 for r in labels if not r["clean"])
    print(f"{len(labels)} cases ({len(labels) - n_err} clean, {n_err} with one injected error)")
    print("codes: " + ", ".join(f"{c}={counts[c]}" for c in CODES))
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
