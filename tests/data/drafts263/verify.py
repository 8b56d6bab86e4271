#!/usr/bin/env python3
"""Verify drafts263: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds (exit status 1 otherwise).
"""
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
BAR = "｜"
problems = []


def fail(msg):
    problems.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as f:
        return f.read()


# ---------------------------------------------------------------- numbers
def dec(s):
    s = s.replace(",", "").replace("%", "").strip()
    return D(s)


def tol(s):
    s = s.replace(",", "").replace("%", "").strip()
    d = len(s.split(".")[1]) if "." in s else 0
    return D(5) / (D(10) ** (d + 1)) + D("1e-9")


def close(computed, stated):
    return abs(D(computed) - dec(stated)) <= tol(stated)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
               "一般": "中", "合格": "中", "较差": "差", "差": "差", "不合格": "差"}


class Checker:
    """Collects failures of the arithmetic checks of one text."""

    def __init__(self, text, name):
        self.text, self.name, self.errors, self.n = text, name, [], 0

    def bad(self, msg):
        self.errors.append(msg)

    def need(self, *ctxs):
        for c in ctxs:
            self.n += 1
            if c not in self.text:
                self.bad(f"missing statement {c!r}")

    def rate(self, a, b, r, what):
        self.n += 1
        if not close(D(a) / D(b) * 100, r):
            self.bad(f"{what}: {a}/{b} = {D(a) / D(b) * 100:.4f}% vs {r}")

    def total(self, parts, t, what):
        self.n += 1
        s = sum(D(p) for p in parts)
        if not close(s, t):
            self.bad(f"{what}: sum {s} vs {t}")

    def diff(self, a, b, r, what):
        self.n += 1
        if not close(D(a) - D(b), r):
            self.bad(f"{what}: {a} - {b} = {D(a) - D(b)} vs {r}")

    def mean(self, items, m, what):
        self.n += 1
        v = sum(D(i) for i in items) / len(items)
        if not close(v, m):
            self.bad(f"{what}: mean {v:.4f} vs {m}")

    def grade(self, total, word, what):
        self.n += 1
        if GRADE_WORDS[word] != grade_of(dec(total)):
            self.bad(f"{what}: {total} -> {grade_of(dec(total))}, stated {word}")

    def same(self, pattern, what):
        """Every match of pattern (one group) must carry the same value."""
        self.n += 1
        vals = {m.group(1).replace(",", "") for m in re.finditer(pattern, self.text)}
        if len(vals) != 1:
            self.bad(f"{what}: values {sorted(vals)}")


# ---------------------------------------------------------------- generic table checks
def cells(line):
    return [c.strip() for c in line.split(BAR)]


def generic(ck):
    """Funds block, indicator block, totals, grade, completion tables and '分别为…平均' averages."""
    lines = ck.text.split("\n")
    exec_weight = exec_score = None
    # funds block
    for i, line in enumerate(lines):
        if BAR in line and "执行率" in line and "分值" in line and "年初预算数" in line:
            hdr = cells(line)
            ia = next(k for k, c in enumerate(hdr) if c.startswith("全年预算数"))
            ib = next(k for k, c in enumerate(hdr) if c.startswith("全年执行数"))
            i0 = next(k for k, c in enumerate(hdr) if c.startswith("年初预算数"))
            iw, ir = hdr.index("分值"), next(k for k, c in enumerate(hdr) if c.startswith("执行率"))
            isc = hdr.index("得分")
            rows = []
            for l2 in lines[i + 1:]:
                c = cells(l2)
                if BAR not in l2 or len(c) != len(hdr) or not re.match(r"^[\d.,]+$", c[ia]):
                    break
                rows.append(c)
            total, parts = rows[0], rows[1:]
            for c in rows:
                a, b, r = c[ia], c[ib], c[ir]
                ck.n += 1
                if dec(a) == 0:
                    if r not in ("—", "0", "0%", "0.00%"):
                        ck.bad(f"rate on zero base in row {c[0]}: {r}")
                elif r != "—":
                    ck.rate(b, a, r, f"funds row {c[0]} 执行率")
                ck.n += 1
                if dec(b) > dec(a):
                    ck.bad(f"funds row {c[0]}: spent above budget")
            for k in (i0, ia, ib):
                ck.total([c[k] for c in parts], total[k], f"funds column {hdr[k]}")
            exec_weight, exec_score = dec(total[iw]), total[isc]
            ck.n += 1
            rate = min(dec(total[ib]) / dec(total[ia]), D(1))
            # score from the unrounded or the printed rate
            printed = dec(total[ir]) / 100
            if not (close(exec_weight * rate, exec_score) or close(exec_weight * printed, exec_score)):
                ck.bad(f"execution score {exec_score} vs {exec_weight * rate:.4f}")
            break
    # indicator block
    for i, line in enumerate(lines):
        if BAR in line and "三级指标" in line and "分值" in line and "得分" in line:
            hdr = cells(line)
            iw, isc = hdr.index("分值"), hdr.index("得分")
            wsum, ssum, total = D(0), D(0), None
            level1 = Counter()
            for l2 in lines[i + 1:]:
                c = cells(l2)
                if c[0] in ("总分", "合计"):
                    nums = [x for x in c[1:] if re.match(r"^[\d.]+$", x)]
                    ck.n += 1
                    if nums[0] != "100":
                        ck.bad(f"total weight cell {nums[0]}")
                    total = nums[1]
                    break
                w, s = dec(c[iw]), dec(c[isc])
                wsum += w
                ssum += s
                level1[c[0]] += w
                ck.n += 1
                if s > w or s < 0:
                    ck.bad(f"score {s} outside [0, {w}] in row {c[2]}")
                # gte/eq quantitative rows: score = w * min(1, A/T)
                mt = re.match(r"^(?:≥|＝|=)?([\d.]+)(户|栋|%|年|人次)?$", c[hdr.index("年度指标值")] if "年度指标值" in hdr else "")
                ma = re.match(r"^([\d.]+)(户|栋|%|年|人次)?$", c[hdr.index("实际完成值")])
                if "指标值" in hdr:   # Sichuan layout: 指标性质 | 指标值 | 度量单位
                    mt = re.match(r"^([\d.]+)$", c[hdr.index("指标值")]) if c[hdr.index("指标性质")] in ("≥", "＝") else None
                if mt and ma:
                    ck.n += 1
                    exp = w * min(D(1), dec(ma.group(1)) / dec(mt.group(1)))
                    if not close(exp, c[isc]):
                        ck.bad(f"row {c[2]}: score {c[isc]} vs rule {exp:.4f}")
            ck.n += 1
            if exec_weight is None or wsum + exec_weight != 100:
                ck.bad(f"weights sum to {wsum} + {exec_weight}")
            ck.total([ssum, exec_score], total, "indicator scores + execution score")
            ck.info = dict(level1)
            # every stated total in the text equals the table total; grade fits the band
            for m in re.finditer(r"(?:自评总分|自评得分|综合得分)([\d.]+)分", ck.text):
                ck.n += 1
                if dec(m.group(1)) != dec(total):
                    ck.bad(f"text total {m.group(1)} vs table {total}")
            break
    for m in re.finditer(r"(?:自评总分|自评得分|综合自评得分|综合得分)([\d.]+)分，(?:评价)?等级为“?(优秀|良好|中等|优|良|中|差)", ck.text):
        ck.grade(m.group(1), m.group(2), "grade")
    # completion tables in the body
    for i, line in enumerate(lines):
        if BAR in line and "完成率" in line and "年度指标值" in line:
            hdr = cells(line)
            it, ia, ic = hdr.index("年度指标值"), hdr.index("实际完成值"), hdr.index("完成率")
            for l2 in lines[i + 1:]:
                c = cells(l2)
                if BAR not in l2 or len(c) != len(hdr):
                    break
                mt = re.match(r"^[≥＝=]?([\d.]+)(.*)$", c[it])
                ma = re.match(r"^([\d.]+)(.*)$", c[ia])
                if c[ic] == "—":
                    continue
                ck.n += 1
                if not (mt and ma and mt.group(2) == ma.group(2)):
                    ck.bad(f"completion row {c[0]}: units differ")
                    continue
                ck.rate(ma.group(1), mt.group(1), c[ic], f"completion {c[0]}")
    # '分别为a%、b%、c%，平均m%'
    for m in re.finditer(r"分别为((?:[\d.]+%、)+[\d.]+%)，平均([\d.]+%)", ck.text):
        ck.mean(re.findall(r"[\d.]+", m.group(1)), m.group(2), "average")


# ---------------------------------------------------------------- per-draft arithmetic
# Every figure below is read from the draft itself (grab), so an edited figure changes the arithmetic.
N = r"([\d,]+(?:\.\d+)?)"


def grab(ck, pattern):
    ck.n += 1
    m = re.search(pattern.replace("#", N), ck.text)
    if not m:
        ck.bad(f"statement not found: {pattern}")
        return [None] * pattern.count("#")
    return [g.replace(",", "") for g in m.groups()]


def ok(*xs):
    return all(x is not None for x in xs)


def ninglang(ck):
    full, cur, carry = grab(ck, "全年预算数#万元，其中当年财政拨款#万元、上年结转资金#万元")
    if ok(full, cur, carry):
        ck.total([cur, carry], full, "全年预算 = 当年财政拨款 + 上年结转")
    c, p = grab(ck, "中央补助#万元、省级补助#万元")
    init, = grab(ck, "年初预算数为#万元")
    county, = grab(ck, "县级配套#万元")
    if ok(c, p, init, county, cur):
        ck.total([c, p], init, "年初预算 = 中央 + 省级")
        ck.total([c, p, county], cur, "当年财政拨款 = 中央 + 省级 + 县级")
    a, b, t, tot = grab(ck, "当年财政拨款#万元中，拆除重建补助#万元、修缮加固补助#万元、农房安全鉴定及技术指导费#万元")
    if ok(a, b, t, tot):
        ck.total([b, t, tot], a, "当年财政拨款 by use")
    n1, n2 = grab(ck, "其中拆除重建#户、修缮加固#户")
    task, = grab(ck, "下达我县农村危房改造任务#户")
    s1, s2, yuan = grab(ck, "拆除重建户均#万元，修缮加固户均#万元（即每户#元）")
    if ok(n1, n2, task, s1, s2, yuan, b, t):
        ck.total([n1, n2], task, "任务户数")
        ck.total([D(n1) * D(s1)], b, "拆除重建户数 × 标准")
        ck.total([D(n2) * D(s2)], t, "修缮加固户数 × 标准")
        ck.total([D(s2) * 10000], yuan, "万元 → 元")
    spent, rate = grab(ck, "全年执行#万元，预算执行率#%")
    sc, sk = grab(ck, "当年财政拨款支出#万元，上年结转资金支出#万元")
    rest, = grab(ck, "未支出的#万元")
    if ok(full, spent, rate, sc, sk, rest):
        ck.rate(spent, full, rate, "执行率 (text)")
        ck.total([sc, sk], spent, "执行 = 当年 + 结转")
        ck.diff(full, spent, rest, "结转 = 全年预算 − 执行")
    y, = grab(ck, "已按规定结转至(20\\d\\d)年")
    ck.n += 1
    if y is not None and int(y) <= 2019:
        ck.bad(f"carry-over into {y} in a 2019 report")
    y, = grab(ck, "截至(20\\d\\d)年12月31日，项目全年执行")
    ck.n += 1
    if y != "2019":
        ck.bad(f"year-end figures dated {y}")
    done, left = grab(ck, "竣工#户，尚有#户拆除重建户在建")
    if ok(task, done, left):
        ck.diff(task, done, left, "在建户数")
    rate2, = grab(ck, "执行率为#%，未达到100%")
    score, = grab(ck, "执行率得分#分")
    if ok(rate, rate2, score, full, spent):
        ck.total([rate], rate2, "执行率 restated")
        ck.total([D(10) * D(spent) / D(full)], score, "执行率得分")
    ck.same(r"竣工([\d,]+)户", "竣工户数")
    ck.same(r"(20\d\d)年度", "evaluation year")


def shimian(ck):
    tot, fis, oth = grab(ck, "项目资金总额#万元，其中财政资金#万元、其他资金#万元")
    if ok(tot, fis, oth):
        ck.total([fis, oth], tot, "资金总额")
    c, p, k = grab(ck, "中央资金#万元、省级资金#万元、县级配套#万元")
    if ok(c, p, k, fis):
        ck.total([c, p, k], fis, "财政资金 by level")
    c2, p0 = grab(ck, "中央资金#万元和省级资金#万元于2020年12月提前下达")
    init, = grab(ck, "年初预算数#万元")
    add, = grab(ck, "省级追加#万元")
    if ok(c2, p0, init, add, p):
        ck.total([c2, p0], init, "年初预算")
        ck.total([p0, add], p, "省级资金")
    spent, rate, sf, so = grab(ck, "全年执行#万元，执行率#%，其中财政资金执行#万元、其他资金执行#万元")
    if ok(spent, rate, sf, so, tot):
        ck.rate(spent, tot, rate, "执行率")
        ck.total([sf, so], spent, "执行 by source")
    done, std = grab(ck, "已竣工的#户全部按户均#万元")
    wip, first = grab(ck, "#户在建农户已按进度拨付首笔补助，每户#万元")
    rest, = grab(ck, "尚未拨付的#万元")
    if ok(done, std, wip, first, sf, rest, tot, spent):
        ck.total([D(done) * D(std), D(wip) * D(first)], sf, "财政资金执行 = 竣工户 + 在建户首笔")
        ck.diff(tot, spent, rest, "结转 = 资金总额 − 执行")
        ck.diff("1140", done, wip, "在建户 = 任务 − 竣工")
    a, b, cc, m, share = grab(ck, "分别为#户、#户、#户，平均每乡#户，三乡任务量占全县的#%")
    if ok(a, b, cc, m, share):
        ck.mean([a, b, cc], m, "平均每乡")
        ck.rate(D(a) + D(b) + D(cc), "1140", share, "三乡占比")
    prop, = grab(ck, "改造户住房安全保障比例为#%")
    done2, = grab(ck, "截至2021年底竣工#户")
    if ok(prop, done2):
        ck.rate(done2, "1140", prop, "安全保障比例")
    jobs, over = grab(ck, "就业#人次，超出年度目标#%")
    if ok(jobs, over):
        ck.rate(D(jobs) - 300, "300", over, "超出目标")
    n, yes, sat = grab(ck, "入户走访#户，表示满意的#户，满意度#%")
    if ok(n, yes, sat):
        ck.rate(yes, n, sat, "满意度")
    es, isc, total = grab(ck, "预算执行得分#分，绩效指标得分#分，自评总分#分")
    if ok(es, isc, total):
        ck.total([es, isc], total, "总分 = 执行 + 指标")
    w, = grab(ck, "评价等级为“(优|良|中|差)”")
    if ok(w, total):
        ck.grade(total, w, "grade")
    ck.grade("99.06", "优", "table 自评等级")
    ck.need("自评等级优")
    ck.same(r"竣工([\d,]+)户", "竣工户数")
    ck.same(r"结转至(20\d\d)年", "carry-over year")


def zhaosu(ck):
    i0, ib, ip = grab(ck, "年初预算#万元，其中基本支出#万元、项目支出#万元")
    if ok(i0, ib, ip):
        ck.total([ib, ip], i0, "年初预算")
    a0, ab, ap = grab(ck, "全年预算调整为#万元，其中基本支出#万元、项目支出#万元")
    if ok(a0, ab, ap):
        ck.total([ab, ap], a0, "全年预算")
    s0, r0 = grab(ck, "全年实际支出#万元，预算执行率#%")
    sb, rb, pers, pub = grab(ck, "基本支出#万元，执行率#%，包括人员经费#万元、公用经费#万元")
    sp, rp = grab(ck, "项目支出#万元，执行率#%")
    if ok(s0, r0, sb, rb, pers, pub, sp, rp, a0, ab, ap):
        ck.rate(s0, a0, r0, "部门执行率")
        ck.rate(sb, ab, rb, "基本支出执行率")
        ck.total([pers, pub], sb, "基本支出")
        ck.total([sb, sp], s0, "执行 = 基本 + 项目")
        ck.rate(sp, ap, rp, "项目支出执行率")
    ap2, = grab(ck, "项目支出全年预算#万元")
    b1, = grab(ck, "住房安全保障补助#万元，已全部支出")
    b2, e2, r2 = grab(ck, "以奖代补资金#万元，支出#万元，执行率#%")
    b3, e3, r3 = grab(ck, "鉴定经费#万元，支出#万元，执行率#%")
    b4, e4, r4 = grab(ck, "工作经费#万元，支出#万元，执行率#%")
    left, = grab(ck, "未执行的#万元")
    if ok(ap2, b1, b2, e2, r2, b3, e3, r3, b4, e4, r4, left, sp):
        ck.total([b1, b2, b3, b4], ap2, "项目支出预算 by project")
        ck.total([b1, e2, e3, e4], sp, "项目支出执行 by project")
        ck.rate(e2, b2, r2, "以奖代补执行率")
        ck.rate(e3, b3, r3, "排查鉴定执行率")
        ck.rate(e4, b4, r4, "工作经费执行率")
        ck.diff(ap2, sp, left, "结转")
    tb, ts, tr = grab(ck, "“三公”经费全年预算#万元，实际支出#万元，执行率#%")
    if ok(tb, ts, tr):
        ck.rate(ts, tb, tr, "三公经费执行率")
        ck.n += 1
        if D(ts) > D(tb):
            ck.bad("三公经费 spent above budget")
    hh, = grab(ck, "住房安全保障#户")
    std, = grab(ck, "按户均#万元标准")
    if ok(hh, std, b1):
        ck.total([D(hh) * D(std)], b1, "户数 × 户均补助")
    task, done, cr, paid, per = grab(ck, "年度任务#户，完成#户，完成率#%，兑付奖补资金#万元（每户#元）")
    undone, = grab(ck, "未完成的#户")
    if ok(task, done, cr, paid, per, undone, e2):
        ck.rate(done, task, cr, "以奖代补完成率")
        ck.total([D(done) * D(per) / 10000], paid, "户数 × 每户元")
        ck.total([paid], e2, "兑付 = 支出")
        ck.diff(task, done, undone, "未完成户")
    cc, dd, cd = grab(ck, "C级危房#户、D级危房#户，共#户")
    if ok(cc, dd, cd):
        ck.total([cc, dd], cd, "C/D级")
    n, yes, sat = grab(ck, "收回有效问卷#份，其中表示满意的#份，满意度#%")
    if ok(n, yes, sat):
        ck.rate(yes, n, sat, "满意度")
    es, os_, bs, ss, total = grab(ck, "预算执行率得分#分，产出指标得分#分，效益指标得分#分，满意度指标得分#分，自评总分#分")
    if ok(es, os_, bs, ss, total):
        ck.total([es, os_, bs, ss], total, "text blocks")
    ck.same(r"排查农村房屋([\d,]+)户", "排查户数")
    ck.same(r"(20\d\d)年度", "evaluation year")


def gongcheng(ck):
    v1, v2, v3, std, yuan = grab(ck, "其中朗山村#栋、水滨村#栋、杨溪村#栋，每栋补助标准#万元（即#元）")
    plan, = grab(ck, "计划修缮传统民居#栋")
    if ok(v1, v2, v3, std, yuan, plan):
        ck.total([v1, v2, v3], plan, "计划栋数")
        ck.total([D(std) * 10000], yuan, "万元 → 元")
    full, reg = grab(ck, "全年预算#万元，其中自治区补助资金#万元于2022年12月提前下达")
    init, = grab(ck, "年初预算数为#万元")
    cty, = grab(ck, "县级配套资金#万元于2023年5月")
    rep, tech = grab(ck, "分为修缮补助#万元和设计及技术指导费#万元")
    if ok(full, reg, init, cty, rep, tech, plan, std):
        ck.total([reg, cty], full, "全年预算")
        ck.total([reg], init, "年初预算 = 提前下达")
        ck.total([rep, tech], full, "预算 by use")
        ck.total([D(plan) * D(std)], rep, "计划栋数 × 标准")
    y, spent, rate = grab(ck, "截至(20\\d\\d)年12月31日，项目资金全部到位，累计支出#万元，预算执行率#%")
    ck.n += 1
    if y != "2023":
        ck.bad(f"year-end figures dated {y}")
    sr, st = grab(ck, "其中修缮补助支出#万元，设计及技术指导费支出#万元")
    bal, = grab(ck, "年末结余#万元")
    if ok(spent, rate, sr, st, bal, full):
        ck.rate(spent, full, rate, "执行率")
        ck.total([sr, st], spent, "支出 by use")
        ck.diff(full, spent, bal, "结余 = 预算 − 支出 (全部到位)")
    f2, s2, r2, es = grab(ck, "全年预算#万元，支出#万元，执行率#%，得#分")
    if ok(f2, s2, r2, es, full, spent, rate):
        ck.total([f2], full, "预算 restated")
        ck.total([s2], spent, "支出 restated")
        ck.total([r2], rate, "执行率 restated")
        ck.total([D(10) * D(s2) / D(f2)], es, "执行得分")
    done, cr, qs = grab(ck, "实际完成#栋，完成率#%，得#分")
    w1, w2, w3, avg = grab(ck, "其中朗山村#栋、水滨村#栋、杨溪村#栋，平均每村#栋")
    if ok(done, cr, qs, plan, w1, w2, w3, avg, sr, std):
        ck.rate(done, plan, cr, "修缮完成率")
        ck.total([D(15) * D(done) / D(plan)], qs, "数量指标得分")
        ck.total([w1, w2, w3], done, "完成栋数 by village")
        ck.mean([w1, w2, w3], avg, "平均每村")
        ck.total([D(done) * D(std)], sr, "完成栋数 × 标准")
    out, = grab(ck, "产出指标（分值50分），得#分")
    ben, = grab(ck, "效益指标（分值30分），得#分")
    if ok(out, qs):
        ck.total([qs, "10", "10", "15"], out, "产出得分")
    vis, vr = grab(ck, "接待游客#万人次，完成率#%")
    if ok(vis, vr):
        ck.rate(vis, "8", vr, "游客完成率")
    ws = grab(ck, "分值分别为#分、#分、#分、#分")
    if ok(*ws):
        ck.total(ws, "100", "weights")
    total, word = grab(ck, "综合自评得分#分，评价等级为“(优秀|良好|中等|较差)”")
    if ok(total, word, es, out, ben):
        ck.total([es, out, ben, "10"], total, "总分")
        ck.grade(total, word, "grade")
    ck.same(r"(20\d\d)年度", "evaluation year")


def yuxian(ck):
    init, = grab(ck, "项目年初预算#万元")
    add, full = grab(ck, "补助资金#万元，全年预算调整为#万元")
    if ok(init, add, full):
        ck.total([init, add], full, "全年预算")
    spent, rate = grab(ck, "实际支出#万元，预算执行率#%")
    bal, = grab(ck, "年末结余#万元")
    if ok(spent, rate, bal, full):
        ck.rate(spent, full, rate, "执行率")
        ck.diff(full, spent, bal, "结余")
    a1, a2 = grab(ck, "排查鉴定第三方服务费｜#｜#")
    b1, b2 = grab(ck, "危险房屋整治补助｜#｜#")
    c1, c2 = grab(ck, "信息录入及业务培训费｜#｜#")
    t1, t2 = grab(ck, "合计｜#｜#")
    if ok(a1, a2, b1, b2, c1, c2, t1, t2, full, spent):
        ck.total([a1, b1, c1], t1, "allocation budget")
        ck.total([a2, b2, c2], t2, "allocation spent")
        ck.total([t1], full, "allocation budget = 全年预算")
        ck.total([t2], spent, "allocation spent = 支出")
        ck.total([D(38) * 2], b1, "38户 × 2万元")
        ck.total([D(35) * 2], b2, "35户 × 2万元")
    hh, = grab(ck, "排查农村自建房#户，排查覆盖率100%")
    bld, rep = grab(ck, "安全鉴定#栋，出具鉴定报告#份")
    if ok(bld, rep):
        ck.total([bld], rep, "one report per building")
    fixed, left = grab(ck, "已完成整治#户，其余#户")
    if ok(fixed, left):
        ck.total([fixed, left], "38", "D级危房户")
    cost, = grab(ck, "排查鉴定第三方服务费支出#万元")
    if ok(cost, a2):
        ck.total([cost], a2, "鉴定费 restated")
    es, os_, bs, ss, total = grab(ck, "预算执行得#分，产出指标得#分，效益指标得#分，满意度指标得#分，自评得分#分")
    if ok(es, os_, bs, ss, total):
        ck.total([es, os_, bs, ss], total, "text blocks")
    word, = grab(ck, "自评得分98分，评价等级为(优|良|中|差)")
    if ok(word, total):
        ck.grade(total, word, "grade")
    ck.same(r"安全鉴定([\d,]+)栋", "鉴定栋数")
    tgt, act = grab(ck, "经营性自建房安全鉴定栋数｜≥#栋｜#栋｜")
    if ok(bld, act):
        ck.total([act], bld, "鉴定栋数 text = table")
    cap, used = grab(ck, "排查鉴定第三方服务费｜≤#万元｜#万元｜")
    if ok(cap, used, a1, a2):
        ck.total([cap], a1, "cost cap = budget line")
        ck.total([used], a2, "cost actual = spent")
    ck.same(r"(20\d\d)年度", "evaluation year")


SPECS = {
    "yn-ninglang-weigai-2019": ninglang,
    "sc-shimian-kangzhen-2021": shimian,
    "xj-zhaosu-zhujianju-2024": zhaosu,
    "gx-gongcheng-minjuxiushan-2023": gongcheng,
    "hb-yuxian-zijianfang-2022": yuxian,
}


def run_checks(text, name, src):
    ck = Checker(text, name)
    try:
        generic(ck)
    except Exception as exc:  # a table that no longer parses counts as a failed check
        ck.bad(f"table parse failed: {exc!r}")
    SPECS[src](ck)
    return ck


# ---------------------------------------------------------------- main
def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        labels = [json.loads(l) for l in f if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ list different files")
    codes = Counter()
    regions = Counter()
    cleans = {l["source"]: read(l["case"]) for l in labels if l["clean"]}
    if len(cleans) != 5:
        fail(f"{len(cleans)} clean drafts, expected 5")
    for src, text in cleans.items():
        n = len(text)
        if not 3000 <= n <= 9000:
            fail(f"{src}: clean draft has {n} characters")
        ck = run_checks(text, src, src)
        if ck.errors:
            for e in ck.errors:
                fail(f"{src}-clean: {e}")
        print(f"{src}-clean: {n} chars, {ck.n} arithmetic checks pass")
    for l in labels:
        text = read(l["case"])
        if l["clean"]:
            if l["expected"]:
                fail(f"{l['case']}: clean case with expected findings")
            continue
        if len(l["expected"]) != 1:
            fail(f"{l['case']}: expected exactly one finding")
        exp = l["expected"][0]
        codes[exp["code"]] += 1
        if exp["code"] not in CODES or exp["severity"] != "error":
            fail(f"{l['case']}: bad code/severity {exp['code']}/{exp['severity']}")
        clean = cleans[l["source"]]
        # one contiguous changed region
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        old, new = clean[p:len(clean) - s], text[p:len(text) - s]
        if not new and not old:
            fail(f"{l['case']}: identical to its clean draft")
        if len(old) > 80 or len(new) > 80:
            fail(f"{l['case']}: changed region too long ({old!r} -> {new!r})")
        regions[l["case"]] = (old, new)
        # value occurs and covers the change
        v = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not occ:
            fail(f"{l['case']}: value {v!r} not in case")
        elif not any(o < len(text) - s and o + len(v) > p for o in occ):
            fail(f"{l['case']}: value {v!r} does not cover the changed region")
        if v in clean:
            fail(f"{l['case']}: value {v!r} also occurs in the clean draft")
        # the injected error must break at least one of the clean draft's checks
        ck = run_checks(text, l["case"], l["source"])
        if not ck.errors:
            fail(f"{l['case']}: no arithmetic check fails")
        print(f"{l['case']}: {exp['code']:<21} {old!r} -> {new!r}; {len(ck.errors)} check(s) fail")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} used {codes[c]} times (< 2)")
    if len(codes) and sum(codes.values()) != 30:
        fail(f"{sum(codes.values())} error cases, expected 30")
    if problems:
        for pr in problems:
            print("FAIL:", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
