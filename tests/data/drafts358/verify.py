#!/usr/bin/env python3
"""Verify the n358 set (standard library only).

1. labels: every case file has exactly one label line, every label value occurs in its case,
   clean cases expect nothing, every code of errors.md section A is used at least twice;
2. diffs: each error case differs from its clean draft in one contiguous place that overlaps
   an occurrence of the label value; a changed figure occurs once in the clean draft (twice or
   more for conflicting_values);
3. arithmetic: the checks below are redone on every case from the figures as printed in it.
   A clean draft must pass all of them (errors and the warning-level scoring-rule checks);
   an error case must fail the labelled code and no other error-level code.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
N = r"(\d+(?:\.\d+)?)"
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WAN = D(10000)


class ExtractError(Exception):
    pass


def dp(s):
    s = str(s).rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) * D(10) ** (-dp(s) - 1) + D("1e-9")


def close(calc, stated):
    """rules.md 8: a stated value with d decimals matches calc within 0.5*10^-d."""
    return abs(D(calc) - D(str(stated).rstrip("%"))) <= tol(stated)


def band(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


class Ck:
    def __init__(self, text):
        self.t = text
        self.res = []  # (code, severity, ok, message)

    # ---- extraction -------------------------------------------------------
    def one(self, pat):
        ms = list(re.finditer(pat, self.t, re.M))
        if len(ms) != 1:
            raise ExtractError("%r matched %d times" % (pat, len(ms)))
        g = ms[0].groups()
        return g if len(g) != 1 else g[0]

    # ---- bookkeeping ------------------------------------------------------
    def add(self, code, ok, msg, sev="error"):
        self.res.append((code, sev, bool(ok), msg))

    # ---- identities -------------------------------------------------------
    def rate(self, num, den, stated, msg):
        calc = D(num) / D(den) * 100
        self.add("rate_mismatch", close(calc, stated), "%s: %s/%s=%.4f%% vs %s" % (msg, num, den, calc, stated))

    def implausible(self, stated, msg):
        self.add("implausible_rate", D(str(stated).rstrip("%")) <= 100, "%s: %s" % (msg, stated))

    def _scaled_fix(self, values, fn):
        """Is the identity restored by rescaling exactly one value by 10^4 or 10^-4?"""
        for i in range(len(values)):
            for f in (WAN, 1 / WAN):
                vv = list(values)
                vv[i] = D(vv[i]) * f
                if fn(vv):
                    return True
        return False

    def sum(self, parts, total, msg):
        parts = [str(p) for p in parts]
        ok = close(sum(D(p) for p in parts), total)
        code = "sum_mismatch"
        if not ok and self._scaled_fix([D(p) for p in parts] + [D(total)],
                                       lambda vv: abs(sum(vv[:-1]) - vv[-1]) <= tol(total)):
            code = "unit_mismatch"
        self.add(code, ok, "%s: %s = %s" % (msg, "+".join(parts), total))

    def product(self, qty, price_yuan, amount_wan, msg):
        """qty x price (yuan) = amount (wan yuan)."""
        ok = close(D(qty) * D(price_yuan) / WAN, amount_wan)
        code = "sum_mismatch"
        if not ok and self._scaled_fix([D(qty), D(price_yuan), D(amount_wan)],
                                       lambda vv: abs(vv[0] * vv[1] / WAN - vv[2]) <= tol(amount_wan)):
            code = "unit_mismatch"
        self.add(code, ok, "%s: %s x %s元 = %s万元" % (msg, qty, price_yuan, amount_wan))

    def balance(self, a, b, stated, msg):
        self.add("balance_mismatch", close(D(a) - D(b), stated), "%s: %s-%s vs %s" % (msg, a, b, stated))

    def average(self, items, stated, msg):
        calc = sum(D(i) for i in items) / len(items)
        self.add("average_mismatch", close(calc, stated), "%s: mean(%s)=%s vs %s" % (msg, items, calc, stated))

    def same(self, a, b, msg):
        a, b = str(a).rstrip("%"), str(b).rstrip("%")
        ok = abs(D(a) - D(b)) <= max(tol(a), tol(b))
        self.add("conflicting_values", ok, "%s: %s vs %s" % (msg, a, b))

    def completion(self, calc, stated, msg):
        self.add("completion_mismatch", close(calc, stated), "%s: %.4f vs %s" % (msg, calc, stated))

    def grade(self, total, word, msg):
        self.add("grade_mismatch", GRADE_WORDS[word] == band(total), "%s: %s -> %s" % (msg, total, word))

    def year(self, ok, msg):
        self.add("year_mismatch", ok, msg)


# ---------------------------------------------------------------------------------------
# indicator tables
# ---------------------------------------------------------------------------------------
def cells(line):
    return re.split(r"\s{2,}", line.strip())


def parse_table(text, header_prefix):
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix)]
    if len(idx) != 1:
        raise ExtractError("table header %r found %d times" % (header_prefix, len(idx)))
    header = cells(lines[idx[0]])
    rows, blocks, total, prev = [], [], None, None
    for line in lines[idx[0] + 1:]:
        if not line.strip():
            break
        c = cells(line)
        if c[0] in ("合计", "总分"):
            total = c
            break
        if len(c) == 1:
            m = re.search(r"（(\d+(?:\.\d+)?)分）", line)
            if not m:
                raise ExtractError("odd line in table: %r" % line)
            blocks.append([m.group(1), []])
            continue
        if len(c) < len(header):
            c = prev[:len(header) - len(c)] + c
        if len(c) != len(header):
            raise ExtractError("row width %d != %d: %r" % (len(c), len(header), line))
        row = dict(zip(header, c))
        rows.append(row)
        if blocks:
            blocks[-1][1].append(row)
        prev = c
    if total is None:
        raise ExtractError("no total row after %r" % header_prefix)
    return header, rows, blocks, total


SIGNS = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte", "=": "eq", "＝": "eq"}


def parse_value(s, sign=None, unit_col=None):
    """-> ('num', direction, Decimal, text, unit) | ('date',) | ('qual',)"""
    s = s.strip()
    if sign == "定性":
        return ("qual",)
    if re.search(r"\d{4}年", s):
        return ("date",)
    m = re.match(r"^(≥|≤|＞|＜|=|＝)?\s*(\d+(?:\.\d+)?)\s*(.*)$", s)
    if not m:
        return ("qual",)
    direction = SIGNS.get(sign or "") or SIGNS.get(m.group(1) or "") or "eq"
    unit = m.group(3) or ("" if unit_col in (None, "—") else unit_col)
    return ("num", direction, D(m.group(2)), m.group(2), unit)


def col(row, *names):
    for n in names:
        if n in row:
            return row[n]
    return None


def indicator_checks(ck, rows, blocks, total, extra_w="0", extra_s="0", label=""):
    sw, ss = D(extra_w), D(extra_s)
    for r in rows:
        name = col(r, "三级指标")
        w, s = col(r, "分值", "权重"), col(r, "得分", "指标得分")
        sw += D(w)
        ss += D(s)
        ck.add("score_exceeds_weight", D(0) <= D(s) <= D(w), "%s %s: score %s weight %s" % (label, name, s, w))
        sign, ucol = col(r, "指标性质"), col(r, "度量单位")
        tgt = parse_value(col(r, "年度指标值", "目标值", "指标值"), sign, ucol)
        act = parse_value(col(r, "实际完成值", "业绩值", "实际值"), None, ucol)
        if tgt[0] == "num":
            uok = act[0] == "num" and act[4] == tgt[4]
            ck.add("unit_mismatch", uok, "%s %s: target unit %r, actual %r" % (label, name, tgt[4], act))
        elif tgt[0] == "date":
            ck.add("unit_mismatch", act[0] != "num", "%s %s: date target, actual %r" % (label, name, act))
        else:
            uok = True
        if act[0] == "num" and act[4] == "%":
            ck.implausible(act[3], "%s %s actual" % (label, name))
        comp_stated = col(r, "完成率")
        calc = None
        if tgt[0] == "num" and act[0] == "num" and act[4] == tgt[4]:
            T, A = tgt[2], act[2]
            if tgt[1] == "lte":
                calc = D(100) if A <= T else T / A * 100
            elif T == 0:
                calc = D(100) if A <= 0 else D(0)
            else:
                calc = A / T * 100
            if comp_stated not in (None, "—"):
                ck.completion(calc, comp_stated, "%s %s" % (label, name))
            # scoring rule (warning, rules 5): met -> weight, unmet -> proportional
            exp = D(w) * min(calc, D(100)) / 100
            alt = [exp]
            if comp_stated not in (None, "—"):
                alt.append(D(w) * min(D(comp_stated.rstrip("%")), D(100)) / 100)
            ck.add("score_rule_mismatch", any(close(a, s) for a in alt),
                   "%s %s: expected %s, stated %s" % (label, name, exp, s), sev="warning")
        elif tgt[0] in ("qual", "date"):
            ck.add("score_rule_mismatch", D(0) <= D(s) <= D(w), "%s %s" % (label, name), sev="warning")
    for bw, brows in blocks:
        bsum = sum(D(col(r, "分值", "权重")) for r in brows)
        ck.add("weight_sum_mismatch", bsum == D(bw), "%s block %s: weights %s" % (label, bw, bsum))
    ck.add("weight_sum_mismatch", sw == 100, "%s: sum of weights %s" % (label, sw))
    tw, ts = total[1], total[-1]
    ck.add("weight_sum_mismatch", D(tw) == sw, "%s: stated weight total %s vs %s" % (label, tw, sw))
    ck.add("score_sum_mismatch", close(ss, ts), "%s: sum of scores %s vs stated %s" % (label, ss, ts))
    return rows, ts


def find_row(rows, name):
    for r in rows:
        if r["三级指标"] == name:
            return r
    raise ExtractError("row %s not found" % name)


def num_of(cell):
    m = re.match(r"^(?:≥|≤|＞|＜|=|＝)?\s*(\d+(?:\.\d+)?)", cell)
    if not m:
        raise ExtractError("no number in %r" % cell)
    return m.group(1)


def years_all(ck, Y, claims, msg):
    for y, where in claims:
        ck.year(int(y) == Y, "%s: %s claims %s, evaluation year %s" % (msg, where, y, Y))


# ---------------------------------------------------------------------------------------
# P1 湖北 通城 2020 (Hubei block layout: 20 execution points + 80 in three goal blocks)
# ---------------------------------------------------------------------------------------
def check_tongcheng(t):
    ck = Ck(t)
    Y = 2020
    years_all(ck, Y, [(ck.one(r"^(\d{4})年度地方志编纂出版专项经费绩效自评报告"), "title"),
                      (ck.one(r"关于做好(\d{4})年度县直预算单位"), "notice"),
                      (ck.one(r"附表：(\d{4})年度"), "table title"),
                      (ck.one(r"截至(\d{4})年12月31日"), "as-of date")], "P1")
    ck.year(int(ck.one(r"结转至(\d{4})年使用")) > Y, "carry-forward must go to a later year")
    init, zhi0, jian0 = ck.one(r"年初预算安排" + N + r"万元，其中县志续修" + N + r"万元、年鉴编纂出版" + N + r"万元")
    ck.sum([zhi0, jian0], init, "initial budget split")
    add, annual = ck.one(r"追加史料征集与旧志整理经费" + N + r"万元，全年预算调整为" + N + r"万元")
    ck.sum([init, add], annual, "initial + addition")
    spent, r_all = ck.one(r"全年支出" + N + r"万元，预算执行率" + N + r"%")
    ck.rate(spent, annual, r_all, "overall execution")
    s_zhi, r_zhi = ck.one(r"县志续修支出" + N + r"万元，执行率" + N + r"%")
    ck.rate(s_zhi, zhi0, r_zhi, "county gazetteer execution")
    s_jian, r_jian = ck.one(r"年鉴编纂出版支出" + N + r"万元，执行率" + N + r"%")
    ck.rate(s_jian, jian0, r_jian, "yearbook execution")
    qty, price, fee, edit = ck.one(r"印制" + N + r"册、每册" + N + r"元，印制费" + N + r"万元，组稿编辑费" + N + r"万元")
    ck.product(qty, price, fee, "yearbook printing")
    ck.sum([fee, edit], s_jian, "yearbook spending split")
    s_shi, r_shi = ck.one(r"史料征集与旧志整理支出" + N + r"万元，执行率" + N + r"%")
    ck.rate(s_shi, add, r_shi, "archives execution")
    ck.sum([s_zhi, s_jian, s_shi], spent, "sub-project spending")
    ck.balance(annual, spent, ck.one(r"年末未支出" + N + r"万元"), "unspent at year end")
    ck.balance(zhi0, s_zhi, ck.one(r"志书印制定金" + N + r"万元未能支付"), "gazetteer unspent")
    scores, avg = ck.one(r"评分分别为([\d、]+)分，平均" + N + r"分")
    ck.average(scores.split("、"), avg, "expert scores")
    sent, back, rr = ck.one(r"发放问卷" + N + r"份，收回" + N + r"份，回收率" + N + r"%")
    ck.rate(back, sent, rr, "questionnaire return")
    header, rows, blocks, total = parse_table(t, "一级指标  二级指标  三级指标")
    e_annual, e_spent, e_rate, e_score = ck.one(r"全年预算数" + N + r"万元，全年执行数" + N + r"万元，执行率" + N + r"%，得分" + N + r"分")
    ck.rate(e_spent, e_annual, e_rate, "table execution")
    ck.add("score_rule_mismatch", close(D(20) * min(D(e_spent) / D(e_annual), D(1)), e_score)
           or close(D(20) * D(e_rate) / 100, e_score), "execution score", sev="warning")
    ck.same(annual, e_annual, "annual budget text/table")
    ck.same(spent, e_spent, "spending text/table")
    ck.same(r_all, e_rate, "execution rate text/table")
    _, ts = indicator_checks(ck, rows, blocks, total, extra_w=ck.one(r"预算执行（(\d+)分）"), extra_s=e_score, label="P1")
    shi = find_row(rows, "征集各类史料")
    got, comp = ck.one(r"全年征集史料" + N + r"件，完成目标的" + N + r"%")
    ck.same(got, num_of(shi["实际完成值"]), "archives collected text/table")
    ck.completion(D(got) / D(num_of(shi["年度指标值"])) * 100, comp, "archives completion in text")
    ck.same(ck.one(r"收录条目" + N + r"条"), num_of(find_row(rows, "年鉴收录条目")["实际完成值"]), "entries text/table")
    ck.same(ck.one(r"专家及编纂人员满意度" + N + r"%"), num_of(find_row(rows, "专家及编纂人员满意度")["实际完成值"]), "satisfaction A")
    ck.same(ck.one(r"用书单位满意度" + N + r"%"), num_of(find_row(rows, "用书单位满意度")["实际完成值"]), "satisfaction B")
    tot, g = ck.one(r"自评得分" + N + r"分，等级为“(.+?)”")
    ck.same(tot, ts, "total text/table")
    ck.grade(tot, g, "grade")
    return ck


# ---------------------------------------------------------------------------------------
# P2 四川 苍溪 2023 (Sichuan table: 指标性质 / 度量单位 columns, funds rows by source)
# ---------------------------------------------------------------------------------------
def check_cangxi(t):
    ck = Ck(t)
    Y = 2023
    years_all(ck, Y, [(ck.one(r"^(\d{4})年度地方志编纂出版经费项目支出绩效自评报告"), "title"),
                      (ck.one(r"项目支出绩效自评表（(\d{4})年度）"), "table title"),
                      (ck.one(r"截至(\d{4})年12月31日"), "as-of date")], "P2")
    sent, back, rr = ck.one(r"发放满意度问卷" + N + r"份，收回" + N + r"份，回收率" + N + r"%")
    ck.rate(back, sent, rr, "questionnaire return")
    init, jian0, zhen0, shi0 = ck.one(r"批复本项目预算" + N + r"万元，其中年鉴编纂出版" + N + r"万元、乡镇志编修补助" + N + r"万元、史料征集及数字化" + N + r"万元")
    ck.sum([jian0, zhen0, shi0], init, "initial budget split")
    add, annual = ck.one(r"县财政追加补助" + N + r"万元，调整后预算为" + N + r"万元")
    ck.sum([init, add], annual, "initial + addition")
    annual2, spent, r_all, r_last, diff = ck.one(r"项目资金" + N + r"万元全部到位，全年执行" + N + r"万元，预算执行率" + N + r"%，较2022年的" + N + r"%提高" + N + r"个百分点")
    ck.same(annual, annual2, "annual budget restated")
    ck.rate(spent, annual, r_all, "overall execution")
    ck.add("rate_mismatch", close(D(r_all) - D(r_last), diff), "percentage-point change")
    s_j, qty, price, fee, edit, r_j = ck.one(r"年鉴编纂出版支出" + N + r"万元（印刷" + N + r"册，每册" + N + r"元，计" + N + r"万元；编审费及稿酬" + N + r"万元），执行率" + N + r"%")
    ck.product(qty, price, fee, "yearbook printing")
    ck.sum([fee, edit], s_j, "yearbook spending split")
    ck.rate(s_j, jian0, r_j, "yearbook execution")
    per, n, add2, zhen, s_z, r_z = ck.one(r"按每部" + N + r"万元向" + N + r"个镇拨付，加上元坝镇追加的" + N + r"万元，合计" + N + r"万元，实际支出" + N + r"万元，执行率" + N + r"%")
    ck.sum([str(D(per) * D(n))], zhen0, "town gazetteers initial = per x count")
    ck.sum([str(D(per) * D(n)), add2], zhen, "town gazetteers total")
    ck.same(add, add2, "addition restated")
    ck.rate(s_z, zhen, r_z, "town gazetteer execution")
    s_s, r_s = ck.one(r"史料征集及数字化支出" + N + r"万元，执行率" + N + r"%")
    ck.rate(s_s, shi0, r_s, "archives execution")
    ck.sum([s_j, s_z, s_s], spent, "sub-project spending")
    ck.balance(annual, spent, ck.one(r"年末结余" + N + r"万元"), "balance")
    a, b, c, avg = ck.one(r"字数分别为" + N + r"万字、" + N + r"万字、" + N + r"万字，平均" + N + r"万字")
    ck.average([a, b, c], avg, "town gazetteer length")
    # funds table
    fr = {}
    for name in ("年度资金总额", "其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"):
        fr[name] = cells(ck.one(r"^(" + name + r"  .*)$"))
    for i, what in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.sum([fr[k][i] for k in ("其中：财政资金", "财政专户管理资金", "单位资金", "其他资金")],
               fr["年度资金总额"][i], "funds rows %s" % what)
    for k in ("年度资金总额", "其中：财政资金"):
        ck.rate(fr[k][3], fr[k][2], fr[k][5], "table %s" % k)
    tot_row = fr["年度资金总额"]
    ck.add("score_rule_mismatch", close(D(tot_row[4]) * min(D(tot_row[3]) / D(tot_row[2]), D(1)), tot_row[6]),
           "execution score", sev="warning")
    ck.same(init, tot_row[1], "initial text/table")
    ck.same(annual, tot_row[2], "annual text/table")
    ck.same(spent, tot_row[3], "spent text/table")
    ck.same(r_all, tot_row[5], "rate text/table")
    header, rows, blocks, total = parse_table(t, "一级指标  二级指标  三级指标  指标性质")
    _, ts = indicator_checks(ck, rows, blocks, total, extra_w=tot_row[4], extra_s=tot_row[6], label="P2")
    ck.same(ck.one(r"收录条目" + N + r"条"), find_row(rows, "年鉴收录条目")["实际完成值"], "entries text/table")
    got, dev = ck.one(r"全年征集地情史料" + N + r"件，超过目标" + N + r"%")
    shi = find_row(rows, "征集地情史料")
    ck.same(got, shi["实际完成值"], "archives text/table")
    ck.completion((D(got) - D(shi["指标值"])) / D(shi["指标值"]) * 100, dev, "archives over-achievement in text")
    ck.same(ck.one(r"已完成.*?" + N + r"部镇志初稿"), find_row(rows, "完成镇志初稿")["实际完成值"], "town gazetteers text/table")
    tot, g = ck.one(r"项目自评得分" + N + r"分，评价等级为(.)")
    ck.same(tot, ts, "total text/table")
    ck.grade(tot, g, "grade")
    return ck


# ---------------------------------------------------------------------------------------
# P3 江西 宜黄 2021 (department as a whole; total printed in whole points)
# ---------------------------------------------------------------------------------------
def check_yihuang(t):
    ck = Ck(t)
    Y = 2021
    years_all(ck, Y, [(ck.one(r"^宜黄县史志办公室(\d{4})年度部门整体支出绩效自评报告"), "title"),
                      (ck.one(r"^(\d{4})年部门年初预算"), "budget text"),
                      (ck.one(r"表1  (\d{4})年度部门预算收支情况"), "table 1"),
                      (ck.one(r"附表：宜黄县史志办公室(\d{4})年度"), "table title")], "P3")
    init, add, approp, carry, annual, spent, r_all, unspent = ck.one(
        r"年初预算" + N + r"万元，年中因调资追加人员经费" + N + r"万元，当年财政拨款合计" + N + r"万元；另有上年结转的县志续修经费" + N
        + r"万元，全年预算" + N + r"万元。全年支出" + N + r"万元，预算执行率" + N + r"%，年末未支出" + N + r"万元")
    ck.sum([init, add], approp, "appropriation")
    ck.sum([approp, carry], annual, "annual budget")
    ck.rate(spent, annual, r_all, "overall execution")
    ck.balance(annual, spent, unspent, "unspent")
    tb = {}
    for name in ("合计", "一、基本支出", "其中：人员经费", "公用经费", "二、项目支出", "其中：年鉴编纂出版", "县志续修", "党史资料征编"):
        tb[name] = cells(ck.one(r"^\s*(" + name + r"  \d+\.\d+  .*)$"))
    for k, r in tb.items():
        ck.rate(r[3], r[2], r[4], "table 1 %s" % k)
    for i, what in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.sum([tb["一、基本支出"][i], tb["二、项目支出"][i]], tb["合计"][i], "total = basic + project (%s)" % what)
        ck.sum([tb["其中：人员经费"][i], tb["公用经费"][i]], tb["一、基本支出"][i], "basic (%s)" % what)
        ck.sum([tb["其中：年鉴编纂出版"][i], tb["县志续修"][i], tb["党史资料征编"][i]], tb["二、项目支出"][i], "project (%s)" % what)
    ck.same(init, tb["合计"][1], "initial text/table")
    ck.same(annual, tb["合计"][2], "annual text/table")
    ck.same(spent, tb["合计"][3], "spent text/table")
    ck.same(r_all, tb["合计"][4], "rate text/table")
    ck.sum([tb["其中：人员经费"][1], add], tb["其中：人员经费"][2], "staff addition")
    ck.sum([tb["县志续修"][1], carry], tb["县志续修"][2], "carry-over into gazetteer")
    zhi_annual, zhi_left, y_c = ck.one(r"县志续修全年预算" + N + r"万元，尚有" + N + r"万元.*?已结转(\d{4})年")
    ck.same(zhi_annual, tb["县志续修"][2], "gazetteer budget text/table")
    ck.balance(tb["县志续修"][2], tb["县志续修"][3], zhi_left, "gazetteer carried forward")
    ck.year(int(y_c) > Y, "carry-forward year %s" % y_c)
    b3, s3, r3 = ck.one(r"“三公”经费预算" + N + r"万元，实际支出" + N + r"万元，控制率" + N + r"%")
    ck.rate(s3, b3, r3, "three public expenses")
    qty = ck.one(r"印制" + N + r"册；")
    price, fee = ck.one(r"合同价每册" + N + r"元，印制费" + N + r"万元")
    ck.product(qty, price, fee, "yearbook printing")
    p, days, fee2 = ck.one(r"每人每天" + N + r"元的标准发放，全年共" + N + r"人天，计" + N + r"万元")
    ck.product(days, p, fee2, "review fees")
    items, avg = ck.one(r"参训人数分别为([\d、]+)人次，平均" + N + r"人次")
    ck.average(items.split("、"), avg, "training attendance")
    sent, back, rr = ck.one(r"发放问卷" + N + r"份，收回问卷" + N + r"份，回收率" + N + r"%")
    ck.rate(back, sent, rr, "questionnaire return")
    c1, c2, c3 = ck.one(r"本年结转的" + N + r"万元已列入2022年县志续修预算，与2022年新安排的" + N + r"万元合计" + N + r"万元")
    ck.same(c1, zhi_left, "carried amount restated")
    ck.sum([c1, c2], c3, "2022 gazetteer budget")
    header, rows, blocks, total = parse_table(t, "一级指标  二级指标  三级指标  目标值")
    _, ts = indicator_checks(ck, rows, blocks, total, label="P3")
    ck.same(find_row(rows, "预算执行率")["实际值"], r_all, "execution rate table/text")
    ck.add("score_rule_mismatch", close(D(10) * D(spent) / D(annual), find_row(rows, "预算执行率")["得分"]), "execution score", sev="warning")
    ck.same(find_row(rows, "“三公”经费控制率")["实际值"], r3, "three public expenses table/text")
    ck.same(ck.one(r"累计完成志稿" + N + r"万字"), num_of(find_row(rows, "县志续修完成志稿字数")["实际值"]), "gazetteer words")
    ck.same(ck.one(r"征编党史口述资料" + N + r"篇"), num_of(find_row(rows, "征编党史口述资料")["实际值"]), "oral history")
    ck.same(ck.one(r"进校园" + N + r"场"), num_of(find_row(rows, "史志宣讲进机关进校园")["实际值"]), "lectures")
    ck.same(ck.one(r"接待各类查阅" + N + r"人次"), num_of(find_row(rows, "提供史志查阅服务")["实际值"]), "consultations")
    ck.same(ck.one(r"综合满意度" + N + r"%"), num_of(find_row(rows, "服务对象满意度")["实际值"]), "satisfaction")
    tot, g = ck.one(r"综合自评得分" + N + r"分，等级为(.)")
    ck.same(tot, ts, "total text/table")
    ck.grade(tot, g, "grade")
    return ck


# ---------------------------------------------------------------------------------------
# P4 山东 沂水 2024 (funds table with 行次 and printed formulas; 完成率 column)
# ---------------------------------------------------------------------------------------
def check_yishui(t):
    ck = Ck(t)
    Y = 2024
    prov, y_iss, y_bud = ck.one(r"省级方志馆建设补助" + N + r"万元已于(\d{4})年12月提前下达，列入(\d{4})年年初预算")
    years_all(ck, Y, [(ck.one(r"史料征集项目(\d{4})年度绩效自评报告"), "title"), (y_bud, "budget year")], "P4")
    ck.year(int(y_iss) in (Y, Y - 1), "advance issued in December %s" % y_iss)
    ck.year(int(ck.one(r"经县财政局同意结转(\d{4})年使用")) > Y, "carry-forward year")
    c_init, c_add = ck.one(r"县级年初安排" + N + r"万元，7月追加" + N + r"万元")
    carry = ck.one(r"另有上年结转资金" + N + r"万元")
    annual, recv, spent = ck.one(r"全年预算" + N + r"万元，实际到位" + N + r"万元，全年执行" + N + r"万元")
    not_recv = ck.one(r"县级追加资金中有" + N + r"万元年底前未拨付到位")
    F = {}
    for key, pat in (("1", r"年初预算资金  +\(1\)"), ("2", r"全年预算资金  +\(2\)"), ("3", r"实际到位资金  +\(3\)"),
                     ("4", r"全年执行资金  +\(4\)"), ("5", r"资金结余  +\(5\)=\(3\)-\(4\)"),
                     ("6", r"到位率\(%\)  +\(6\)=\(3\)/\(2\)"), ("7", r"执行率\(%\)  +\(7\)=\(4\)/\(2\)")):
        F[key] = cells(ck.one(r"^(" + pat + r".*)$"))[2:]  # total, subtotal, prov, county, carry, other
    ck.sum([prov, c_init, carry], F["1"][0], "initial budget text")
    ck.sum([prov, c_init, c_add, carry], annual, "annual budget text")
    ck.same(annual, F["2"][0], "annual text/table")
    ck.same(recv, F["3"][0], "received text/table")
    ck.same(spent, F["4"][0], "spent text/table")
    ck.same(prov, F["1"][2], "provincial text/table")
    ck.same(carry, F["1"][4], "carry-over text/table")
    ck.sum([F["2"][3], "-" + not_recv], F["3"][3], "county not received")
    for k in ("1", "2", "3", "4", "5"):
        ck.sum([F[k][1], F[k][4], F[k][5]], F[k][0], "row (%s) total" % k)
        ck.sum([F[k][2], F[k][3]], F[k][1], "row (%s) fiscal subtotal" % k)
    for j in range(6):
        ck.balance(F["3"][j], F["4"][j], F["5"][j], "(5)=(3)-(4) col %d" % j)
        if D(F["2"][j]) == 0:
            ck.add("implausible_rate", D(F["6"][j]) == 0 and D(F["7"][j]) == 0, "rate on zero base col %d" % j)
            continue
        ck.rate(F["3"][j], F["2"][j], F["6"][j], "(6) col %d" % j)
        ck.rate(F["4"][j], F["2"][j], F["7"][j], "(7) col %d" % j)
        ck.implausible(F["6"][j], "(6) col %d" % j)
        ck.implausible(F["7"][j], "(7) col %d" % j)
    zc, area, price, sl, yw = ck.one(r"展陈提升工程" + N + r"万元（提升面积" + N + r"平方米，折合每平方米" + N + r"元），史料征集" + N + r"万元，数字方志馆运维" + N + r"万元")
    ck.product(area, price, zc, "exhibition cost per m2")
    ck.sum([zc, sl, yw], F["4"][0], "spending composition")
    ck.balance(F["3"][0], F["4"][0], ck.one(r"结余的" + N + r"万元全部为县级资金"), "balance in text")
    bid, cut = ck.one(r"中标价" + N + r"万元，经结算审核核减" + N + r"万元")
    ck.sum([bid, "-" + cut], zc, "settlement")
    tot, g = ck.one(r"本项目自评得分" + N + r"分，评价等级为“(.+?)”")
    ck.grade(tot, g, "grade")
    p_annual, p_spent, p_rate, p_score = ck.one(r"全年预算" + N + r"万元，执行" + N + r"万元，预算执行率" + N + r"%，按执行率计分，得" + N + r"分")
    ck.same(p_annual, annual, "annual restated")
    ck.same(p_spent, spent, "spent restated")
    ck.rate(p_spent, p_annual, p_rate, "execution in text")
    ck.same(p_rate, F["7"][0], "execution rate text/table 1")
    header, rows, blocks, total = parse_table(t, "一级指标  二级指标  三级指标  权重")
    _, ts = indicator_checks(ck, rows, blocks, total, label="P4")
    er = find_row(rows, "预算执行率")
    ck.same(er["业绩值"], F["7"][0], "execution rate indicator/funds table")
    ck.same(er["指标得分"], p_score, "execution score table/text")
    ck.same(tot, ts, "total text/table")
    ck.same(ck.one(r"预算执行率仅" + N + r"%"), F["7"][0], "execution rate in problems")
    ck.same(ck.one(r"新增展板及图文展项" + N + r"块"), num_of(find_row(rows, "新增展板及图文展项")["业绩值"]), "panels text/table")
    ck.same(ck.one(r"全年征集史料" + N + r"件"), num_of(find_row(rows, "征集史料")["业绩值"]), "archives text/table")
    ck.same(ck.one(r"数字方志馆全年访问量" + N + r"万人次"), num_of(find_row(rows, "数字方志馆访问量")["业绩值"]), "visits text/table")
    n_act, people, avg = ck.one(r"全年开展研学及宣讲活动" + N + r"场，参与" + N + r"人次，场均" + N + r"人次")
    ck.same(n_act, num_of(find_row(rows, "开展研学及宣讲活动")["业绩值"]), "activities text/table")
    ck.add("average_mismatch", close(D(people) / D(n_act), avg), "people per activity %s/%s vs %s" % (people, n_act, avg))
    ck.implausible(ck.one(r"有效回收率" + N + r"%"), "questionnaire return")
    return ck


# ---------------------------------------------------------------------------------------
# P5 湖南 新化 2018 (Hunan outline, MOF table; total printed in whole points)
# ---------------------------------------------------------------------------------------
def check_xinhua(t):
    ck = Ck(t)
    Y = 2018
    years_all(ck, Y, [(ck.one(r"^(\d{4})年度地方志事业发展专项资金项目支出绩效自评报告"), "title"),
                      (ck.one(r"关于开展(\d{4})年度项目支出绩效自评"), "notice"),
                      (ck.one(r"^(\d{4})年，县财政年初安排"), "budget text"),
                      (ck.one(r"项目支出绩效自评表（(\d{4})年度）"), "table title"),
                      (ck.one(r"截至(\d{4})年12月31日"), "as-of date")], "P5")
    init, jian0, zhi0, zl0, y_in, carry, annual = ck.one(
        r"专项资金" + N + r"万元，其中《新化年鉴（2018）》编纂出版" + N + r"万元，《新化县志（2003—2017）》编纂" + N
        + r"万元，地情资料室资料购置" + N + r"万元；加上(\d{4})年结转的县志编纂经费" + N + r"万元，全年预算" + N + r"万元")
    ck.year(int(y_in) == Y - 1, "carry-over comes from the previous year")
    ck.sum([jian0, zhi0, zl0], init, "initial split")
    ck.sum([init, carry], annual, "annual budget")
    spent, r_all, s_app, carry2 = ck.one(r"全年支出" + N + r"万元，预算执行率" + N + r"%。其中当年财政拨款支出" + N + r"万元，上年结转资金" + N + r"万元全部使用完毕")
    ck.rate(spent, annual, r_all, "overall execution")
    ck.sum([s_app, carry2], spent, "spending by source")
    ck.same(carry, carry2, "carry-over restated")
    s_j, r_j, qty, price, fee = ck.one(r"年鉴编纂出版支出" + N + r"万元，执行率" + N + r"%，其中印制" + N + r"册，每册" + N + r"元，印制费" + N + r"万元")
    ck.rate(s_j, jian0, r_j, "yearbook execution")
    ck.product(qty, price, fee, "yearbook printing")
    s_z, s_l, books, per = ck.one(r"县志编纂支出" + N + r"万元；资料购置支出" + N + r"万元，购置地情图书" + N + r"册，平均每册" + N + r"元")
    ck.add("average_mismatch", close(D(s_l) * WAN / D(books), per), "price per book")
    ck.sum([s_j, s_z, s_l], spent, "spending by use")
    unused, z_left, y_out, other_left = ck.one(r"未使用的" + N + r"万元中，县志编纂经费" + N + r"万元已申请结转(\d{4})年继续使用，年鉴和资料购置结余" + N + r"万元")
    ck.year(int(y_out) > Y, "carry-forward year")
    ck.balance(annual, spent, unused, "unused")
    ck.balance(D(zhi0) + D(carry), s_z, z_left, "gazetteer unused")
    ck.balance(D(jian0) + D(zl0), D(s_j) + D(s_l), other_left, "yearbook+books unused")
    ck.sum([z_left, other_left], unused, "unused split")
    fr = {}
    for name in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        fr[name] = cells(ck.one(r"^(" + name + r"  .*)$"))
    for i in (1, 2, 3):
        ck.sum([fr[k][i] for k in ("其中：当年财政拨款", "上年结转资金", "其他资金")], fr["年度资金总额"][i], "funds col %d" % i)
    for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金"):
        ck.rate(fr[k][3], fr[k][2], fr[k][5], "funds table %s" % k)
        ck.implausible(fr[k][5], "funds table %s" % k)
    tr = fr["年度资金总额"]
    ck.add("score_rule_mismatch", close(D(tr[4]) * min(D(tr[3]) / D(tr[2]), D(1)), tr[6]), "execution score", sev="warning")
    ck.same(init, tr[1], "initial text/table")
    ck.same(annual, tr[2], "annual text/table")
    ck.same(spent, tr[3], "spent text/table")
    ck.same(r_all, tr[5], "rate text/table")
    ck.same(s_app, fr["其中：当年财政拨款"][3], "appropriation spent text/table")
    ck.same(carry, fr["上年结转资金"][2], "carry-over text/table")
    header, rows, blocks, total = parse_table(t, "一级指标  二级指标  三级指标  年度指标值")
    _, ts = indicator_checks(ck, rows, blocks, total, extra_w=tr[4], extra_s=tr[6], label="P5")
    ch, comp = ck.one(r"县志完成初稿" + N + r"章，完成率" + N + r"%")
    zr = find_row(rows, "县志完成初稿章数")
    ck.same(ch, num_of(zr["实际完成值"]), "chapters text/table")
    ck.completion(D(ch) / D(num_of(zr["年度指标值"])) * 100, comp, "chapters completion in text")
    ck.same(ck.one(r"收录条目" + N + r"条"), num_of(find_row(rows, "年鉴收录条目")["实际完成值"]), "entries")
    ck.same(books, num_of(find_row(rows, "购置地情资料")["实际完成值"]), "books text/table")
    ck.same(ck.one(r"年鉴发放覆盖" + N + r"个单位"), num_of(find_row(rows, "年鉴发放覆盖单位")["实际完成值"]), "coverage")
    ck.same(ck.one(r"资政查询服务" + N + r"人次"), num_of(find_row(rows, "提供资政查询服务")["实际完成值"]), "consultations")
    ck.same(ck.one(r"份，使用单位满意度" + N + r"%"), num_of(find_row(rows, "使用单位满意度")["实际完成值"]), "satisfaction")
    ck.same(price, num_of(find_row(rows, "年鉴单册印制成本")["实际完成值"]), "unit printing cost text/table")
    tot, g = ck.one(r"项目自评得分" + N + r"分，评价等级为“(.+?)”")
    ck.same(tot, ts, "total text/table")
    ck.grade(tot, g, "grade")
    return ck


PROJECTS = {
    "hb-tongcheng-shizhi-2020": check_tongcheng,
    "sc-cangxi-nianjian-2023": check_cangxi,
    "jx-yihuang-shizhiban-bumen-2021": check_yihuang,
    "sd-yishui-shizhiguan-2024": check_yishui,
    "hn-xinhua-difangzhi-2018": check_xinhua,
}


# ---------------------------------------------------------------------------------------
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # [p, ea) in a, [p, eb) in b


def standalone_count(text, num):
    return len(re.findall(r"(?<![\d.])" + re.escape(num) + r"(?![\d]|\.\d)", text))


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    names = [l["case"] for l in labels]
    if sorted(names) != files or len(set(names)) != len(names):
        problems.append("labels and case files differ")
    counts = {c: 0 for c in CODES}
    n_clean = n_err = 0
    for lab in labels:
        case = lab["case"]
        text = open(os.path.join(CASES, case), encoding="utf-8").read()
        src = lab["source"]
        clean = open(os.path.join(CASES, src + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            n_clean += 1
            if lab["expected"] or text != clean:
                problems.append("%s: clean case must expect nothing" % case)
            if not 2800 <= len(text) <= 3400:
                problems.append("%s: length %d outside 2800-3400" % (case, len(text)))
        else:
            n_err += 1
            if len(lab["expected"]) != 1:
                problems.append("%s: expected exactly one label" % case)
                continue
            e = lab["expected"][0]
            if e["code"] not in CODES or e["severity"] != "error":
                problems.append("%s: bad code/severity" % case)
            counts[e["code"]] = counts.get(e["code"], 0) + 1
            occ = [m.start() for m in re.finditer(re.escape(e["value"]), text)]
            if len(occ) != 1:
                problems.append("%s: value %r occurs %d times in case" % (case, e["value"], len(occ)))
            p, ea, eb = diff_region(clean, text)
            if ea == p and eb == p:
                problems.append("%s: identical to clean" % case)
            if not any(o < max(eb, p + 1) and p < o + len(e["value"]) for o in occ):
                problems.append("%s: diff [%d,%d) does not overlap label value" % (case, p, eb))
            # the changed figure: the number around the diff in the clean draft
            lo, hi = p, ea
            while lo > 0 and (clean[lo - 1].isdigit() or clean[lo - 1] == "."):
                lo -= 1
            while hi < len(clean) and (clean[hi].isdigit() or clean[hi] == "."):
                hi += 1
            old = clean[lo:hi]
            # years, short table cells and the ubiquitous "100%" are different quantities each time
            full_pct = old == "100" and clean[hi:hi + 1] == "%"
            if (re.fullmatch(r"\d+(?:\.\d+)?", old) and len(old) >= 3 and not full_pct
                    and not re.fullmatch(r"(19|20)\d\d", old)):
                c = standalone_count(clean, old)
                if e["code"] == "conflicting_values":
                    if c < 2:
                        problems.append("%s: conflicting figure %s occurs %d time(s) in clean" % (case, old, c))
                elif c != 1:
                    problems.append("%s: changed figure %s occurs %d times in clean" % (case, old, c))
        try:
            ck = PROJECTS[src](text)
        except ExtractError as ex:
            problems.append("%s: extraction failed: %s" % (case, ex))
            continue
        fails = [r for r in ck.res if not r[2]]
        if lab["clean"]:
            for code, sev, _, msg in fails:
                problems.append("%s (clean): %s %s failed: %s" % (case, sev, code, msg))
        else:
            want = lab["expected"][0]["code"]
            got = sorted(set(code for code, sev, _, _ in fails if sev == "error"))
            if got != [want]:
                problems.append("%s: expected failing codes [%s], got %s: %s" % (
                    case, want, got, [m for c, s, _, m in fails if s == "error"]))
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append("code %s used %d time(s)" % (c, counts.get(c, 0)))
    if n_clean != 5 or n_err != 30:
        problems.append("expected 5 clean + 30 error cases, got %d + %d" % (n_clean, n_err))
    for pr in problems:
        print("FAIL", pr)
    print("cases: %d clean, %d with errors; codes: %s" % (n_clean, n_err, ", ".join("%s=%d" % (c, counts[c]) for c in CODES)))
    if problems:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
