#!/usr/bin/env python3
"""Verify drafts243.

1. labels.jsonl: one line per case file; clean cases expect nothing; every label value occurs in its
   case and overlaps the one place where the case differs from its clean draft; 6 error cases per
   project; each of the 13 codes of errors.md §A occurs at least twice.
2. Every error case differs from its clean draft in exactly one contiguous place (short).
3. Redoes the arithmetic of every clean draft: a generic pass over the 自评表 (funds rows, weights,
   scores, row scores by rules.md §5, total, grade) and a per-project list of identities read from the
   text (sums, rates, balances, averages, completion rates, the same figure in text and table, years).
   Every clean draft must pass every check; every error case must fail at least one (sanity check that
   the injected slip is visible to plain arithmetic).
Prints OK at the end when all holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = r"(\d[\d,]*(?:\.\d+)?)"


def dec(s):
    return D(s.replace(",", ""))


def places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def ok(stated, computed):
    """rules.md §8: stated string with d decimals is consistent with computed iff |c-v| <= 0.5*10^-d."""
    v = dec(stated)
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Ctx:
    def __init__(self, name, text):
        self.name, self.text, self.fails = name, text, []

    def fail(self, msg):
        self.fails.append(msg)

    def grab(self, pat, grp=1):
        m = re.search(pat, self.text)
        if not m:
            self.fail(f"pattern not found: {pat}")
            return None
        return m.group(grp)

    def check(self, label, stated, computed):
        if stated is None or computed is None:
            self.fail(f"{label}: missing figure")
            return
        if not ok(stated, computed):
            self.fail(f"{label}: stated {stated}, computed {D(computed):.4f}")

    def same(self, label, a, b):
        if a is None or b is None:
            self.fail(f"{label}: missing figure")
        elif dec(a) != dec(b):
            self.fail(f"{label}: {a} vs {b}")


# ---------------------------------------------------------------- generic table pass

def cells(line):
    return [c.strip() for c in line.split("｜")]


def parse_target(cell):
    m = re.match(r"^(≥|≤|=)?" + NUM + r"(.*)$", cell)
    if not m:
        return None
    return m.group(1) or "=", dec(m.group(2)), m.group(3).strip()


def row_score(direction, t, a, w):
    if direction == "≥" or (direction == "=" and t > 0):
        return w if a >= t else w * a / t
    if direction == "≤":
        return w if a <= t else w * t / a
    return w if a <= 0 else D(0)      # "= 0"


def generic(ctx, year):
    lines = ctx.text.split("\n")
    # funds block
    total = None
    comps = []
    for i, ln in enumerate(lines):
        if ln.startswith("年度资金总额｜"):
            total = cells(ln)
            j = i + 1
            while j < len(lines) and lines[j].count("｜") >= 6 and not lines[j].startswith("一级指标") \
                    and not lines[j].startswith("年度总体目标"):
                comps.append(cells(lines[j]))
                j += 1
            break
    exec_w = exec_s = D(0)
    if total:
        b0, b1, b2 = dec(total[1]), dec(total[2]), dec(total[3])
        exec_w = dec(total[4])
        rate = total[5].rstrip("%")
        ctx.check("funds total 执行率", rate, b2 / b1 * 100)
        if dec(rate) > 100:
            ctx.fail("funds total 执行率 over 100%")
        exec_s = dec(total[6])
        if not (ok(total[6], exec_w * min(b2 / b1, D(1))) or ok(total[6], exec_w * min(dec(rate) / 100, D(1)))):
            ctx.fail(f"execution score {total[6]}")
        sums = [D(0)] * 3
        for c in comps:
            vals = [dec(x) for x in c[1:4]]
            for k in range(3):
                sums[k] += vals[k]
            if c[5] not in ("—", "-", ""):
                if vals[1] == 0:
                    ctx.fail(f"rate on zero base in row {c[0]}")
                else:
                    ctx.check(f"row {c[0]} 执行率", c[5].rstrip("%"), vals[2] / vals[1] * 100)
        for k, tot in enumerate((b0, b1, b2)):
            if sums[k] != tot:
                ctx.fail(f"funds column {k}: components {sums[k]} vs total {tot}")
    # indicator block
    hdr = None
    for i, ln in enumerate(lines):
        if ln.startswith("一级指标｜") and "分值" in ln and "得分" in ln:
            hdr = i
            break
    if hdr is None:
        return None
    h = cells(lines[hdr])
    iw, is_ = h.index("分值"), h.index("得分")
    it = h.index("年度指标值") if "年度指标值" in h else h.index("指标值")
    ia = h.index("实际完成值")
    idir = h.index("指标性质") if "指标性质" in h else None
    iu = h.index("度量单位") if "度量单位" in h else None
    wsum, ssum = exec_w, exec_s
    level = {}
    stated_total = None
    for ln in lines[hdr + 1:]:
        if ln.startswith("总分｜"):
            nums = [c for c in cells(ln) if re.fullmatch(r"\d+(?:\.\d+)?", c)]
            stated_total = nums
            break
        if not re.match(r"^(产出指标|效益指标|满意度指标)｜", ln):
            continue
        c = cells(ln)
        w, s = dec(c[iw]), dec(c[is_])
        wsum += w
        ssum += s
        level.setdefault(c[0], [D(0), D(0)])
        level[c[0]][0] += w
        level[c[0]][1] += s
        if s > w or s < 0:
            ctx.fail(f"score {s} outside [0, {w}] in {c[2]}")
        # target / actual
        if idir is not None:
            direction = c[idir]
            tgt = parse_target(c[it])
            act = parse_target(c[ia])
            unit_t = c[iu]
            if tgt and act:
                t, a = tgt[1], act[1]
                if unit_t == "%" and a > 100:
                    ctx.fail(f"percentage over 100 in {c[2]}")
                ctx.check(f"row score {c[2]}", c[is_], min(w, row_score(direction, t, a, w)))
            continue
        tgt, act = parse_target(c[it]), parse_target(c[ia])
        if tgt and act:
            direction, t, unit_t = tgt
            _, a, unit_a = act
            if unit_t != unit_a:
                ctx.fail(f"unit {unit_t!r} vs {unit_a!r} in {c[2]}")
                continue
            if unit_a == "%" and a > 100:
                ctx.fail(f"percentage over 100 in {c[2]}")
            ctx.check(f"row score {c[2]}", c[is_], min(w, row_score(direction, t, a, w)))
        elif tgt or act:
            ctx.fail(f"one of target/actual not numeric in {c[2]}")
        else:   # qualitative
            if "部分" in c[ia]:
                if not (D("0.6") * w <= s < D("0.8") * w):
                    ctx.fail(f"qualitative band {c[2]}")
            elif c[ia] not in c[it] and s != w:
                ctx.fail(f"qualitative score {c[2]}")
    if wsum != 100:
        ctx.fail(f"weights sum to {wsum}")
    if stated_total:
        if dec(stated_total[0]) != wsum:
            ctx.fail(f"总分 分值 {stated_total[0]} vs {wsum}")
        if abs(dec(stated_total[1]) - ssum) > D("0.005"):
            ctx.fail(f"row scores sum to {ssum}, 总分 {stated_total[1]}")
    return {"exec_w": exec_w, "exec_s": exec_s, "level": level, "total": ssum,
            "stated_total": stated_total[1] if stated_total else None}


def common(ctx, year):
    t = ctx.text
    first = t.split("\n", 3)
    if str(year) not in "".join(first[:3]):
        ctx.fail("evaluation year not in the title")
    for y in re.findall(r"截至(\d{4})年12月31日", t):
        if int(y) != year:
            ctx.fail(f"截至{y}年12月31日 in a {year} report")
    for y in re.findall(r"结转(?:至)?(\d{4})年", t):
        if int(y) <= year:
            ctx.fail(f"结转{y}年 in a {year} report")
    for y in re.findall(r"（(\d{4})年度）", t):
        if int(y) != year:
            ctx.fail(f"（{y}年度） in a {year} report")
    for y in re.findall(r"(\d{4})年度项目支出绩效自评表", t):
        if int(y) != year:
            ctx.fail(f"{y}年度 table in a {year} report")
    for m in re.finditer(r"(?:率|满意度)(?:为|达到)?" + NUM + "%", t):
        if dec(m.group(1)) > 100:
            ctx.fail(f"rate over 100%: {m.group(0)}")
    # grade stated next to the total
    m = re.search(r"(?:自评总分|自评得分|得分)" + NUM + r"分[，,]\s*(?:评价等级为|等级为|综合评定为|评价结果为)“?([优良中差])", t)
    if m:
        if grade(dec(m.group(1))) != m.group(2):
            ctx.fail(f"grade {m.group(2)} for {m.group(1)}")
    else:
        ctx.fail("no total + grade sentence")


# ---------------------------------------------------------------- per-project identities

def p_nancheng(c, g):
    n = c.grab
    c.same("年初 in text/table", n(r"年初预算" + NUM + "万元"), n(r"年度资金总额｜" + NUM))
    c.check("年初 + 追加 = 全年", n(r"全年预算调整为" + NUM), dec(n(r"年初预算" + NUM)) + dec(n(r"追加污水处理服务费" + NUM)))
    c.check("全年 = 服务费 + 污泥", n(r"全年预算调整为" + NUM), dec(n(r"其中污水处理服务费" + NUM)) + dec(n(r"、污泥处置费" + NUM + r"万元，资金")))
    c.check("执行 = 服务费 + 污泥", n(r"全年执行" + NUM), dec(n(r"支付污水处理服务费" + NUM)) + dec(n(r"、污泥处置费" + NUM + r"万元；")))
    c.check("执行 = 财政拨款 + 结转", n(r"全年执行" + NUM), dec(n(r"，执行" + NUM + r"万元，执行率")) + dec(n(r"上年结转资金" + NUM + r"万元全部使用")))
    c.check("财政拨款执行率", n(r"万元，执行率" + NUM + "%"), dec(n(r"，执行" + NUM + r"万元，执行率")) / dec(n(r"当年财政拨款全年预算" + NUM)) * 100)
    c.same("财政拨款全年预算 text/table", n(r"当年财政拨款全年预算" + NUM), n(r"当年财政拨款｜[\d.]+｜" + NUM))
    c.check("结余", n(r"全年结余" + NUM), dec(n(r"全年预算调整为" + NUM)) - dec(n(r"全年执行" + NUM)))
    qs = re.search(r"分别处理" + NUM + "万吨、" + NUM + "万吨、" + NUM + "万吨、" + NUM + r"万吨，季均" + NUM, c.text)
    if not qs:
        c.fail("quarterly sentence")
    else:
        vals = [dec(qs.group(k)) for k in range(1, 5)]
        c.check("quarters sum", n(r"累计处理污水" + NUM), sum(vals))
        c.check("quarterly mean", qs.group(5), sum(vals) / 4)
    tot = dec(n(r"累计处理污水" + NUM))
    c.check("completion 处理量", n(r"完成年度目标的" + NUM + "%"), tot / dec(n(r"不少于" + NUM + "万吨")) * 100)
    c.check("负荷率", n(r"运行负荷率" + NUM + "%"), tot / (dec(n(r"设计处理规模" + NUM + "万吨")) * 365) * 100)
    c.check("growth vs 2021", n(r"相比，增长" + NUM + "%"), (tot / dec(n(r"2021年处理量" + NUM)) - 1) * 100)
    c.check("服务费 = 水量 × 单价", n(r"支付污水处理服务费" + NUM), tot * dec(n(r"执行" + NUM + "元/吨")))
    c.check("收集率 / 目标", n(r"为目标值的" + NUM + "%"), dec(n(r"集中收集率" + NUM + r"%，为")) / dec(n(r"集中收集率达到" + NUM)) * 100)
    c.check("COD completion", n(r"完成目标的" + NUM + "%"), dec(n(r"化学需氧量（COD）" + NUM + "吨")) / 1800 * 100)
    c.same("处理量 text/table", n(r"累计处理污水" + NUM), n(r"｜≥900万吨｜" + NUM))
    c.same("负荷率 text/table", n(r"运行负荷率" + NUM + "%"), n(r"｜≥80%｜" + NUM))
    c.same("收集率 text/table", n(r"集中收集率" + NUM + r"%，为"), n(r"｜≥75%｜" + NUM))
    c.same("满意度 text/table", n(r"满意度" + NUM + r"%，高于"), n(r"｜≥90%｜" + NUM))
    prose_scores(c, g, r"预算执行率得分" + NUM, r"产出指标得分" + NUM, r"效益指标得分" + NUM, r"满意度指标得分" + NUM, r"自评总分" + NUM)


def p_xingcheng(c, g):
    n = c.grab
    c.check("年初 + 追加", n(r"全年预算" + NUM + "万元，当年"), dec(n(r"年初预算" + NUM)) + dec(n(r"追加预算" + NUM)))
    spent = dec(n(r"实际支出" + NUM))
    c.check("执行率", n(r"预算执行率" + NUM + "%"), spent / dec(n(r"全年预算" + NUM + "万元，当年")) * 100)
    c.check("支出 = 处理费 + 飞灰", n(r"实际支出" + NUM), dec(n(r"支付垃圾焚烧处理费" + NUM)) + dec(n(r"支付飞灰稳定化处置费" + NUM)))
    c.check("处理费 share", n(r"占支出总额的" + NUM + "%"), dec(n(r"支付垃圾焚烧处理费" + NUM)) / spent * 100)
    c.check("结余", n(r"年末结余" + NUM), dec(n(r"全年预算" + NUM + "万元，当年")) - spent)
    tons = dec(n(r"全年进厂生活垃圾" + NUM + "吨"))
    c.check("处理费 = 吨 × 单价", n(r"支付垃圾焚烧处理费" + NUM), tons * dec(n(r"单价为" + NUM + "元/吨")) / 10000)
    c.check("飞灰费 = 吨 × 单价", n(r"支付飞灰稳定化处置费" + NUM), dec(n(r"规范处置飞灰" + NUM + "吨")) * dec(n(r"处置费单价为" + NUM)) / 10000)
    c.check("日均", n(r"日均" + NUM + "吨"), tons / 365)
    c.check("growth vs 2022", n(r"增长" + NUM + "%"), (tons / dec(n(r"2022年的" + NUM + "吨")) - 1) * 100)
    c.check("万吨 in table", n(r"｜≥7.30万吨｜" + NUM + "万吨"), tons / 10000)
    c.same("飞灰 text/table", n(r"规范处置飞灰" + NUM + "吨"), n(r"｜≥2,600吨｜" + NUM + "吨"))
    c.check("及时率 11/12", n(r"按月结算及时率" + NUM + "%"), D(11) / 12 * 100)
    c.same("上网电量 text/table", n(r"上网电量" + NUM + "万千瓦时"), n(r"｜≥2,900万千瓦时｜" + NUM))
    c.same("满意度 text/table", n(r"城区居民满意度" + NUM + "%，低于"), n(r"｜≥90%｜" + NUM))
    c.check("低于目标百分点", n(r"低于年初目标" + NUM + "个百分点"), 90 - dec(n(r"城区居民满意度" + NUM + "%，低于")))
    c.same("烟气 text/table", n(r"小时均值达标率" + NUM + "%"), n(r"｜≥99%｜" + NUM))
    # summary table against the detail table
    rows = {}
    for k in ("预算执行率", "产出指标", "效益指标", "满意度指标", "合计"):
        m = re.search(r"^" + k + r"｜" + NUM + r"｜" + NUM + r"$", c.text, re.M)
        if not m:
            c.fail(f"summary row {k}")
            return
        rows[k] = (dec(m.group(1)), m.group(2))
    if sum(rows[k][0] for k in rows if k != "合计") != rows["合计"][0] or rows["合计"][0] != 100:
        c.fail("summary weights")
    c.check("summary scores", rows["合计"][1], sum(dec(rows[k][1]) for k in rows if k != "合计"))
    if g:
        for k in ("产出指标", "效益指标", "满意度指标"):
            lw, ls = g["level"].get(k, (None, None))
            if lw != rows[k][0] or ls is None or not ok(rows[k][1], ls):
                c.fail(f"summary {k} vs detail {lw}/{ls}")
        c.same("summary exec score vs funds", rows["预算执行率"][1], str(g["exec_s"]))
        c.same("summary total vs 总分", rows["合计"][1], g["stated_total"])
    c.same("text total vs 合计", n(r"自评得分" + NUM + "分"), rows["合计"][1])


def p_renshou(c, g):
    n = c.grab
    c.check("年初 = 服务费 + 检测", n(r"批复本项目预算" + NUM), dec(n(r"其中渗滤液处理服务费" + NUM)) + dec(n(r"第三方水质检测费" + NUM)))
    c.check("全年 = 三项", n(r"调整后全年预算" + NUM), dec(n(r"由处理服务费" + NUM)) + dec(n(r"应急外运处置费" + NUM + "万元和")) + dec(n(r"和检测费" + NUM)))
    c.check("年初 + 追加", n(r"调整后全年预算" + NUM), dec(n(r"批复本项目预算" + NUM)) + dec(n(r"追加应急外运处置费" + NUM)))
    c.same("服务费 budget twice", n(r"其中渗滤液处理服务费" + NUM), n(r"由处理服务费" + NUM))
    c.same("检测费 budget twice", n(r"第三方水质检测费" + NUM), n(r"和检测费" + NUM))
    c.same("外运 budget twice", n(r"追加应急外运处置费" + NUM), n(r"应急外运处置费" + NUM + "万元和"))
    spent = dec(n(r"全年实际支出" + NUM))
    c.check("支出 = 三项", n(r"全年实际支出" + NUM), dec(n(r"其中渗滤液处理服务费" + NUM + r"万元（处理")) + dec(n(r"应急外运处置费" + NUM + r"万元（外运")) + dec(n(r"水质检测费" + NUM + r"万元。全年")))
    c.check("服务费 = 吨 × 单价", n(r"其中渗滤液处理服务费" + NUM + r"万元（处理"), dec(n(r"（处理" + NUM + "吨")) * dec(n(r"吨，单价" + NUM)) / 10000)
    c.check("外运 = 吨 × 单价", n(r"应急外运处置费" + NUM + r"万元（外运"), dec(n(r"（外运" + NUM + "吨")) * dec(n(r"吨，" + NUM + "元/吨）")) / 10000)
    c.check("结余", n(r"全年结余" + NUM), dec(n(r"调整后全年预算" + NUM)) - spent)
    c.check("到位率", n(r"到位率" + NUM + "%"), dec(n(r"资金到位" + NUM)) / dec(n(r"调整后全年预算" + NUM)) * 100)
    tons = dec(n(r"（处理" + NUM + "吨"))
    c.check("万吨 = 吨", n(r"全年处理渗滤液" + NUM + "万吨"), tons / 10000)
    c.same("处理量 text/table", n(r"全年处理渗滤液" + NUM + "万吨"), n(r"｜万吨｜" + NUM))
    c.check("completion", n(r"完成年度目标的" + NUM + "%"), dec(n(r"全年处理渗滤液" + NUM + "万吨")) / dec(n(r"不少于" + NUM + "万吨")) * 100)
    c.check("月均", n(r"月均" + NUM + "吨"), tons / 12)
    c.check("日均", n(r"日均" + NUM + "吨"), tons / 365)
    days = dec(n(r"安全水位以下运行" + NUM + "天"))
    c.check("占比", n(r"占全年天数的" + NUM + "%"), days / 365 * 100)
    c.check("超警戒天数", n(r"有" + NUM + "天处于警戒水位以上"), 365 - days)
    c.same("占比 text/table", n(r"占全年天数的" + NUM + "%"), n(r"调节池安全水位运行天数占比｜≥｜95｜%｜" + NUM))
    prose_scores(c, g, r"预算执行得分" + NUM, r"产出指标" + NUM + "分，效益", r"效益指标" + NUM + "分，自评", None, r"自评总分" + NUM)


def p_tianchang(c, g):
    n = c.grab
    c.check("年初 = 基本 + 项目", n(r"年初预算" + NUM), dec(n(r"其中基本支出" + NUM + "万元、项目支出[\\d.]+万元。年中")) + dec(n(r"万元、项目支出" + NUM + "万元。年中")))
    c.check("全年 = 基本 + 项目", n(r"调整后全年预算" + NUM), dec(n(r"万元，其中基本支出" + NUM + "万元、项目支出[\\d.]+万元，全部")) + dec(n(r"万元、项目支出" + NUM + "万元，全部")))
    c.check("基本 + 追加", n(r"万元，其中基本支出" + NUM + "万元、项目支出[\\d.]+万元，全部"), dec(n(r"其中基本支出" + NUM + "万元、项目支出[\\d.]+万元。年中")) + dec(n(r"追加基本支出" + NUM)))
    c.check("项目 + 追加", n(r"万元、项目支出" + NUM + "万元，全部"), dec(n(r"万元、项目支出" + NUM + "万元。年中")) + dec(n(r"追加管网维护经费" + NUM)))
    spent = dec(n(r"全年支出" + NUM))
    c.check("支出 = 基本 + 项目", n(r"全年支出" + NUM), dec(n(r"其中基本支出" + NUM + "万元（")) + dec(n(r"项目支出" + NUM + "万元。年末")))
    c.check("基本 = 人员 + 公用", n(r"其中基本支出" + NUM + "万元（"), dec(n(r"人员经费" + NUM)) + dec(n(r"公用经费" + NUM)))
    c.check("人均", n(r"人均" + NUM), dec(n(r"人员经费" + NUM)) / dec(n(r"实有在职人员" + NUM)))
    c.check("执行率", n(r"预算执行率" + NUM + "%"), spent / dec(n(r"调整后全年预算" + NUM)) * 100)
    c.check("结余", n(r"年末结余" + NUM), dec(n(r"调整后全年预算" + NUM)) - spent)
    # project table
    tb, te = D(0), D(0)
    for name in ("污水管网维护", "泵站运行电费", "管网CCTV检测"):
        m = re.search(r"^" + name + r"｜" + NUM + r"｜" + NUM + r"｜" + NUM + "%$", c.text, re.M)
        if not m:
            c.fail(f"project row {name}")
            continue
        tb += dec(m.group(1))
        te += dec(m.group(2))
        c.check(f"{name} 执行率", m.group(3), dec(m.group(2)) / dec(m.group(1)) * 100)
    m = re.search(r"^合计｜" + NUM + r"｜" + NUM + r"｜" + NUM + "%$", c.text, re.M)
    if m:
        c.check("project 合计 budget", m.group(1), tb)
        c.check("project 合计 spent", m.group(2), te)
        c.check("project 合计 rate", m.group(3), dec(m.group(2)) / dec(m.group(1)) * 100)
        c.same("项目支出 全年 text/table", m.group(1), n(r"万元、项目支出" + NUM + "万元，全部"))
        c.same("项目支出 执行 text/table", m.group(2), n(r"项目支出" + NUM + "万元。年末"))
    else:
        c.fail("project 合计 row")
    c.check("三公 change", n(r"下降" + NUM + "%"), (1 - dec(n(r"经费支出" + NUM + "万元，较上年")) / dec(n(r"较上年的" + NUM))) * 100)
    qs = [dec(n(r"第" + q + r"季度｜" + NUM)) for q in "一二三四"]
    length = n(r"疏通养护污水、雨水管网" + NUM + "公里")
    c.check("quarters sum", length, sum(qs))
    c.check("季均", n(r"季均｜" + NUM), sum(qs) / 4)
    c.same("疏通 text/table", length, n(r"｜≥420公里｜" + NUM))
    c.same("检查井 text/table", n(r"雨水口" + NUM + "座"), n(r"｜≥600座｜" + NUM))
    c.same("CCTV text/table", n(r"全年完成管网CCTV检测" + NUM + "公里"), n(r"｜≥60公里｜" + NUM))
    c.check("CCTV completion", n(r"完成年度目标的" + NUM + "%"), dec(n(r"全年完成管网CCTV检测" + NUM + "公里")) / dec(n(r"完成管网CCTV检测" + NUM + "公里；")) * 100)
    c.check("单位成本", n(r"单位成本" + NUM + "万元/公里"), dec(re.search(r"^污水管网维护｜[\d.]+｜" + NUM, c.text, re.M).group(1)) / dec(length))
    c.same("完好率 text/table", n(r"泵站设备完好率" + NUM + "%"), n(r"｜≥98%｜" + NUM))
    c.same("及时率 text/table", n(r"处置及时率" + NUM + "%"), n(r"｜≥95%｜" + NUM))
    c.same("满意度 text/table", n(r"满意度为" + NUM + "%"), n(r"｜≥90%｜" + NUM))
    c.same("积水 text/table", n(r"平均消除时间" + NUM + "小时"), n(r"｜≤2小时｜" + NUM))
    prose_scores(c, g, r"预算执行率得分" + NUM, r"产出指标得分" + NUM, r"效益指标得分" + NUM, r"满意度指标得分" + NUM, r"自评得分" + NUM)


def p_zhenghe(c, g):
    n = c.grab
    annual = dec(n(r"全年预算" + NUM))
    c.check("年初 + 追加", n(r"全年预算" + NUM), dec(n(r"年初预算" + NUM)) + dec(n(r"年中追加" + NUM)))
    c.check("省 + 县", n(r"全年预算" + NUM), dec(n(r"运营补助" + NUM)) + dec(n(r"县级财政配套" + NUM)))
    c.check("到位率", n(r"到位率" + NUM + "%"), dec(n(r"实际到位资金" + NUM)) / annual * 100)
    spent = dec(n(r"累计支出" + NUM))
    c.check("执行率", n(r"预算执行率" + NUM + "%"), spent / annual * 100)
    c.check("支出 = 运维 + 检测", n(r"累计支出" + NUM), dec(n(r"支付运维服务费" + NUM)) + dec(n(r"水质检测费" + NUM)))
    c.check("结余", n(r"年末结余" + NUM), dec(n(r"实际到位资金" + NUM)) - spent)
    fees = [dec(x) for x in re.findall(r"(?:石屯|东平|铁山|镇前|星溪|外屯|澄源|岭腰)" + NUM + "万元", c.text)]
    if len(fees) != 8:
        c.fail(f"station fees: {len(fees)}")
    c.check("stations sum", n(r"支付运维服务费" + NUM), sum(fees))
    c.check("stations mean", n(r"平均每站" + NUM), sum(fees) / len(fees) if fees else None)
    c.same("运维费 twice", n(r"支付运维服务费" + NUM), n(r"全年运维服务费" + NUM))
    water = dec(n(r"全年处理乡镇生活污水" + NUM + "万吨"))
    target = dec(n(r"不少于" + NUM + "万吨"))
    c.check("completion", n(r"完成年度目标的" + NUM + "%"), water / target * 100)
    c.check("达标率", n(r"出水达标率" + NUM + "%"), dec(n(r"达标" + NUM + "个")) / dec(n(r"检测" + NUM + "个水样")) * 100)
    c.check("吨水成本", n(r"吨水运维成本" + NUM + "元"), dec(n(r"支付运维服务费" + NUM)) * 10000 / (water * 10000))
    c.check("抽查问题", n(r"其余" + NUM + "个"), dec(n(r"发现问题" + NUM)) - dec(n(r"整改完成" + NUM)))
    # prose scores, rebuilt from the indicators
    w = {k: dec(n(k + r"(?:指标)?(?:分值)?" + NUM + "分，得分")) for k in ("预算执行率", "产出", "数量", "质量", "时效", "成本", "效益", "生态效益", "社会效益", "可持续影响", "满意度")}
    s = {k: n(k + r"(?:指标)?(?:分值)?[\d.]+分，得分" + NUM) for k in w}
    if any(v is None for v in s.values()):
        return
    sd = {k: dec(v) for k, v in s.items()}
    for k in w:
        if sd[k] > w[k] or sd[k] < 0:
            c.fail(f"prose score {k} {sd[k]} > weight {w[k]}")
    c.check("执行率得分", s["预算执行率"], w["预算执行率"] * spent / annual)
    c.check("数量得分", s["数量"], D(10) + D(15) * water / target)
    c.check("质量得分", s["质量"], w["质量"] * dec(n(r"出水达标率" + NUM + "%")) / dec(n(r"不低于" + NUM + "%，吨水")))
    c.check("生态得分", s["生态效益"], w["生态效益"] * dec(n(r"削减化学需氧量" + NUM + "吨")) / dec(n(r"目标值为" + NUM + "吨")))
    c.check("社会得分", s["社会效益"], w["社会效益"] * dec(n(r"生活污水处理率" + NUM + "%")) / dec(n(r"处理率达到" + NUM + "%")))
    c.check("满意度得分", s["满意度"], w["满意度"] * dec(n(r"满意度为" + NUM + "%")) / dec(n(r"满意度不低于" + NUM + "%")))
    c.check("产出 sub-sum", s["产出"], sum(sd[k] for k in ("数量", "质量", "时效", "成本")))
    c.check("产出 weight sub-sum", str(w["产出"]), sum(w[k] for k in ("数量", "质量", "时效", "成本")))
    c.check("效益 sub-sum", s["效益"], sum(sd[k] for k in ("生态效益", "社会效益", "可持续影响")))
    c.check("效益 weight sub-sum", str(w["效益"]), sum(w[k] for k in ("生态效益", "社会效益", "可持续影响")))
    if w["预算执行率"] + w["产出"] + w["效益"] + w["满意度"] != 100:
        c.fail("prose weights do not add to 100")
    c.check("total", n(r"自评总分" + NUM), sum(sd[k] for k in ("预算执行率", "产出", "效益", "满意度")))


def prose_scores(c, g, p_exec, p_out, p_ben, p_sat, p_total):
    """Scores stated in the text must equal the table's level sums and total."""
    if not g:
        c.fail("no table")
        return
    n = c.grab
    c.same("text exec score vs table", n(p_exec), str(g["exec_s"]))
    pairs = [("产出指标", p_out), ("效益指标", p_ben)] + ([("满意度指标", p_sat)] if p_sat else [])
    for k, p in pairs:
        v = n(p)
        lv = g["level"].get(k)
        if v is None or lv is None or not ok(v, lv[1]):
            c.fail(f"text {k} score {v} vs table {lv}")
    c.same("text total vs 总分", n(p_total), g["stated_total"])


PROJECTS = {
    "nancheng-wushuichang-2022": (2022, p_nancheng),
    "xingcheng-lajifenshao-2023": (2023, p_xingcheng),
    "renshou-shenlvye-2021": (2021, p_renshou),
    "tianchang-paishui-2024": (2024, p_tianchang),
    "zhenghe-xiangzhenwushui-2019": (2019, p_zhenghe),
}


def run_checks(src, text):
    year, fn = PROJECTS[src]
    ctx = Ctx(src, text)
    try:
        g = generic(ctx, year)
        common(ctx, year)
        fn(ctx, g)
    except Exception as exc:          # a broken figure may break the parse itself
        ctx.fail(f"exception {type(exc).__name__}: {exc}")
    return ctx.fails


def diff_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    per_src = {}
    for lab in labels:
        src = lab["source"]
        if src not in PROJECTS:
            problems.append(f"unknown source {src}")
            continue
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expectations")
            if not 3000 <= len(text) <= 9000:
                problems.append(f"{lab['case']}: length {len(text)}")
            fails = run_checks(src, text)
            for f in fails:
                problems.append(f"{lab['case']}: {f}")
            continue
        per_src[src] = per_src.get(src, 0) + 1
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected must hold one error")
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        s, e_clean, e_case = diff_region(clean, text)
        if e_case <= s and e_clean <= s:
            problems.append(f"{lab['case']}: identical to the clean draft")
        if max(e_clean, e_case) - s > 160:
            problems.append(f"{lab['case']}: differs over {max(e_clean, e_case) - s} chars")
        for exp in lab["expected"]:
            if exp["code"] not in CODES or exp["severity"] != "error":
                problems.append(f"{lab['case']}: bad code/severity {exp}")
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{lab['case']}: value not in case: {v!r}")
            elif not any(o < max(e_case, s + 1) and o + len(v) > s for o in occ):
                problems.append(f"{lab['case']}: value does not overlap the changed place")
        if not run_checks(src, text):
            problems.append(f"{lab['case']}: injected error not caught by any arithmetic check")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} occurs {counts.get(c, 0)} times (< 2)")
    for src in PROJECTS:
        if per_src.get(src) != 6:
            problems.append(f"{src}: {per_src.get(src)} error cases")
    if problems:
        print("\n".join(problems))
        print("FAILED")
        sys.exit(1)
    print("codes:", ", ".join(f"{c}={counts[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
