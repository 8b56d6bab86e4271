#!/usr/bin/env python3
"""Check the n23 set.

1. labels: every value occurs exactly once in its case and never in the clean draft; each error
   case differs from its clean draft by one contiguous edit of at most 16 characters on one line
   (score-row swaps: one such edit on each of two adjacent lines).
2. clean drafts: redo the arithmetic (rates, balances, sums, per-head and unit-price products,
   averages, weights to 100, scores to subtotals and total, row scores from target/actual,
   completion rates, grade band, years) with the tolerance of rules.md §8; every figure is read
   from the draft text by a pattern that must match exactly once.
3. error cases: the same checks must fail at least once on every error case (self-test of 2).

Pure Python 3.  Exit status 0 and last line "OK" when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MAX_EDIT = 16


class Missing(Exception):
    pass


class Num:
    def __init__(self, s):
        self.s = s
        try:
            self.d = Decimal(s.replace(",", "").replace("%", ""))
        except ArithmeticError:  # a unit or word captured by a pattern
            self.d = None

    def __repr__(self):
        return self.s


def decimals(s):
    s = s.replace(",", "").replace("%", "")
    return len(s.split(".")[1]) if "." in s else 0


def q2(x, n=2):
    return Decimal(x).quantize(Decimal(1).scaleb(-n), ROUND_HALF_UP)


class Ctx:
    def __init__(self, name, text):
        self.name, self.text, self.fails, self.count = name, text, [], 0

    def fail(self, msg):
        self.fails.append(msg)

    # -- reading figures --------------------------------------------------------------
    def ns(self, pattern):
        m = list(re.finditer(pattern, self.text))
        if len(m) != 1:
            self.fail(f"pattern matched {len(m)} times: {pattern}")
            raise Missing(pattern)
        return [Num(g) for g in m[0].groups()]

    def n(self, pattern):
        return self.ns(pattern)[0]

    def row(self, label, col=None):
        """Cells of the unique tab-separated line holding a cell equal to label."""
        hits = [ln.split("\t") for ln in self.text.split("\n") if "\t" in ln and label in ln.split("\t")]
        if len(hits) != 1:
            self.fail(f"row {label!r} found {len(hits)} times")
            raise Missing(label)
        return hits[0]

    # -- comparisons ------------------------------------------------------------------
    def eq(self, label, stated, computed):
        """stated: Num (tolerance from its decimals); computed: Decimal."""
        self.count += 1
        tol = Decimal("0.5") * Decimal(10) ** -decimals(stated.s) + Decimal("1e-9")
        if abs(Decimal(computed) - stated.d) > tol:
            self.fail(f"{label}: stated {stated.s}, computed {q2(computed, 4)}")

    def same(self, label, a, b):
        self.count += 1
        if a != b:
            self.fail(f"{label}: {a} != {b}")

    def true(self, label, cond):
        self.count += 1
        if not cond:
            self.fail(label)


def run(ctx, fn):
    try:
        fn(ctx)
    except Missing:
        pass
    return ctx


# ---------------------------------------------------------------------------------------
# generic checks
# ---------------------------------------------------------------------------------------
BANDS = [(Decimal(90), ("优", "优秀")), (Decimal(80), ("良", "良好")), (Decimal(60), ("中", "中等")),
         (Decimal(-1), ("差", "较差"))]


def check_grade(ctx, total):
    m = re.findall(r"等级为[“\"]?(优秀|良好|中等|较差|优|良|中|差)", ctx.text)
    ctx.true(f"grade stated once (found {m})", len(m) == 1)
    for lo, names in BANDS:
        if total.d >= lo:
            for g in m:
                ctx.true(f"grade {g} for total {total.s} (expected {names[0]})", g in names)
            return


def check_years(ctx, year):
    first = ctx.text.split("\n", 2)[:2]
    ys = re.findall(r"(\d{4})年度", "".join(first))
    ctx.same("title year", ys[:1], [str(year)])
    for y in re.findall(r"截至(\d{4})年12月31日", ctx.text):
        ctx.same("截至 year", int(y), year)
    for y in re.findall(r"年度：(\d{4})年", ctx.text):
        ctx.same("table 年度", int(y), year)
    for y in re.findall(r"结转(?:至)?(\d{4})年", ctx.text):
        ctx.true(f"carry-over goes to a later year ({y})", int(y) > year)


def parse_target(s):
    """(direction, value, unit) or None for qualitative / date targets."""
    s = s.strip()
    if "年" in s and "月" in s:
        return None
    m = re.match(r"^(≥|≤|=|不低于|不超过)?\s*([\d,]+(?:\.\d+)?)(.*)$", s)
    if not m:
        return None
    sign = m.group(1) or ""
    d = "lte" if sign in ("≤", "不超过") else ("eq" if sign == "=" else "gte")
    return d, Decimal(m.group(2).replace(",", "")), m.group(3).strip()


def parse_actual(s):
    m = re.match(r"^(?:平均)?([\d,]+(?:\.\d+)?)(.*)$", s.strip())
    if not m:
        return None
    return Decimal(m.group(1).replace(",", "")), m.group(2).strip()


def completion(direction, t, a):
    if direction == "lte":
        return Decimal(100) if a <= t else t / a * 100
    if direction == "eq" and t == 0:
        return None
    return a / t * 100


def rule_score(direction, t, a, w):
    if direction == "lte":
        return w if a <= t else w * t / a
    if direction == "eq" and t == 0:
        return w if a <= 0 else Decimal(0)
    return w if a >= t else w * a / t


def score_table(ctx, header_start, extra=None, level1_from_label=True, check_rules=True):
    """Check a tab-separated score table that starts at the line beginning with header_start
    and ends at the 合计/总分 row.  extra = (weight Num, score Num) of a row kept outside
    (the MOF funds block).  Returns (total weight Num, total score Num)."""
    lines = ctx.text.split("\n")
    starts = [i for i, ln in enumerate(lines) if ln.startswith(header_start)]
    if len(starts) != 1:
        ctx.fail(f"score table header {header_start!r} found {len(starts)} times")
        raise Missing(header_start)
    head = lines[starts[0]].split("\t")
    wi, si = head.index("分值"), head.index("得分")
    ti = next((i for i, h in enumerate(head) if h in ("年度指标值", "目标值", "指标值")), None)
    ai = next((i for i, h in enumerate(head) if h in ("实际完成值", "实际值", "完成值")), None)
    ci = head.index("完成率") if "完成率" in head else None
    sum_w = extra[0].d if extra else Decimal(0)
    sum_s = extra[1].d if extra else Decimal(0)
    sub_w = sub_s = Decimal(0)
    group = None  # [label weight, sum of weights]
    groups = []
    total = None
    for ln in lines[starts[0] + 1:]:
        cells = ln.split("\t")
        first = cells[0]
        if first in ("合计", "总分"):
            total = (Num(cells[wi]), Num(cells[si]))
            break
        if "小计" in cells:
            w, s = Num(cells[wi]), Num(cells[si])
            ctx.eq(f"subtotal weight at {ln[:20]!r}", w, sub_w)
            ctx.eq(f"subtotal score at {ln[:20]!r}", s, sub_s)
            m = re.search(r"得分率([\d.]+)%", ln)
            if m:
                ctx.eq("subtotal 得分率", Num(m.group(1)), s.d / w.d * 100)
            sub_w = sub_s = Decimal(0)
            continue
        if first:
            group = [first, Decimal(0)]
            groups.append(group)
        w, s = Num(cells[wi]), Num(cells[si])
        ctx.true(f"score {s.s} within weight {w.s} ({ln[:30]!r})", Decimal(0) <= s.d <= w.d)
        sum_w += w.d
        sum_s += s.d
        sub_w += w.d
        sub_s += s.d
        group[1] += w.d
        if check_rules and ti is not None and ai is not None:
            tgt, act = parse_target(cells[ti]), parse_actual(cells[ai])
            if tgt and act is not None:
                d, t, unit = tgt
                a, aunit = act
                ctx.true(f"unit of actual {cells[ai]!r} = unit of target {cells[ti]!r}", unit == aunit)
                if unit == aunit:
                    ctx.eq(f"row score {cells[2] or cells[1]}", s, rule_score(d, t, a, w.d))
                    if ci is not None and cells[ci] not in ("—", ""):
                        c = completion(d, t, a)
                        ctx.true(f"completion given for {cells[2]}", c is not None)
                        if c is not None:
                            ctx.eq(f"completion {cells[2]}", Num(cells[ci]), c)
    if total is None:
        ctx.fail("score table has no 合计/总分 row")
        raise Missing("total")
    ctx.eq("weights sum to the stated 合计", total[0], sum_w)
    ctx.same("total weight is 100", total[0].d, Decimal(100))
    ctx.eq("scores sum to the stated total", total[1], sum_s)
    if level1_from_label:
        for label, gw in groups:
            m = re.search(r"（(\d+)分）", label)
            if m:
                ctx.same(f"level-1 weight {label}", gw, Decimal(m.group(1)))
    return total, groups


def money_table(ctx, header_start, cols):
    """Tab table whose 合计 row must equal the column sums; cols = indices of money columns."""
    lines = ctx.text.split("\n")
    starts = [i for i, ln in enumerate(lines) if ln.startswith(header_start)]
    if len(starts) != 1:
        ctx.fail(f"table header {header_start!r} found {len(starts)} times")
        raise Missing(header_start)
    rows = []
    for ln in lines[starts[0] + 1:]:
        if "\t" not in ln:
            break
        rows.append(ln.split("\t"))
    body = [r for r in rows if r[0] != "合计"]
    tot = [r for r in rows if r[0] == "合计"]
    ctx.true(f"{header_start}: one 合计 row", len(tot) == 1)
    for c in cols:
        ctx.eq(f"{header_start} column {c} sum", Num(tot[0][c]), sum(Num(r[c]).d for r in body))
    return body, tot[0]


# ---------------------------------------------------------------------------------------
# A. 岳池县公安局 2023
# ---------------------------------------------------------------------------------------
def check_yuechi(c):
    T = c.text
    check_years(c, 2023)
    bz, zf, sy = c.ns(r"核定编制(\d+)名，其中政法专项编制(\d+)名、事业编制(\d+)名")
    c.same("编制 parts", bz.d, zf.d + sy.d)
    zz, mj, sr, syl = c.ns(r"实有在职人员(\d+)人（民警(\d+)人、事业人员(\d+)人），编制使用率([\d.]+)%")
    c.same("在职 parts", zz.d, mj.d + sr.d)
    c.eq("编制使用率", syl, zz.d / bz.d * 100)
    nc, zj, xl, dy, tz, tzh, jz, qn = c.ns(
        r"年初预算([\d,.]+)万元，均为本年财政拨款。年中追加([\d,.]+)万元，其中“雪亮工程”二期建设资金([\d,.]+)万元、"
        r"大运会安保专项经费([\d,.]+)万元、人员调资及绩效奖励([\d,.]+)万元，调整后本年财政拨款([\d,.]+)万元；"
        r"加上年结转资金([\d,.]+)万元，全年预算数为([\d,.]+)万元")
    c.eq("追加 = parts", zj, xl.d + dy.d + tz.d)
    c.eq("调整后拨款 = 年初 + 追加", tzh, nc.d + zj.d)
    c.eq("全年预算 = 拨款 + 结转", qn, tzh.d + jz.d)
    jb_b, xm_b = c.ns(r"其中基本支出预算([\d,.]+)万元，项目支出预算([\d,.]+)万元")
    c.eq("基本 + 项目 = 全年", qn, jb_b.d + xm_b.d)
    zc, zxl, sn, tg, jzz, jzl, wk = c.ns(
        r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%，较上年的([\d.]+)%提高([\d.]+)个百分点；"
        r"年末结转([\d,.]+)万元，结转率([\d.]+)%，其中“雪亮工程”二期尚未完成终验的尾款([\d,.]+)万元")
    c.eq("执行率", zxl, zc.d / qn.d * 100)
    c.eq("提高百分点", tg, zxl.d - sn.d)
    c.eq("结转", jzz, qn.d - zc.d)
    c.eq("结转率", jzl, jzz.d / qn.d * 100)
    jb_e, jb_r, xm_e, xm_b2, xm_r = c.ns(
        r"基本支出([\d,.]+)万元，执行率([\d.]+)%；项目支出([\d,.]+)万元，占项目支出预算([\d,.]+)万元的([\d.]+)%")
    c.eq("基本 + 项目 支出", zc, jb_e.d + xm_e.d)
    c.eq("基本支出执行率", jb_r, jb_e.d / jb_b.d * 100)
    c.same("项目预算 restated", xm_b2.d, xm_b.d)
    c.eq("项目支出执行率", xm_r, xm_e.d / xm_b.d * 100)
    body, tot = money_table(c, "经济分类\t支出金额", [1])
    c.same("经济分类合计 = 全年支出", Num(tot[1]).d, zc.d)
    for r in body:
        c.eq(f"占比 {r[0]}", Num(r[2]), Num(r[1]).d / zc.d * 100)
    gzfl = Num(c.row("工资福利支出")[1])
    rj, gy, rjgy = c.ns(r"在职人员人均工资福利支出([\d.]+)万元；日常公用经费([\d,.]+)万元，人均公用经费([\d.]+)万元")
    c.eq("人均工资福利", rj, gzfl.d / zz.d)
    c.eq("人均公用经费", rjgy, gy.d / zz.d)
    cap = Num(c.row("资本性支出")[1])
    cap2, a1, a2, n2, p2, a3, n3, p3, a4, n4, p4, u4, a5 = c.ns(
        r"资本性支出([\d,.]+)万元，其中：“雪亮工程”二期视频监控点位建设([\d,.]+)万元；警用执法执勤车辆购置([\d,.]+)万元"
        r"（(\d+)辆，单价([\d.]+)万元）；警用无人机([\d,.]+)万元（(\d+)架，单价([\d.]+)万元）；执法记录仪([\d,.]+)万元"
        r"（(\d+)台，单价([\d,]+)(元|万元)）；办公及信息化设备([\d,.]+)万元")
    c.same("资本性 restated", cap2.d, cap.d)
    c.eq("资本性 parts", cap, a1.d + a2.d + a3.d + a4.d + a5.d)
    c.eq("车辆", a2, n2.d * p2.d)
    c.eq("无人机", a3, n3.d * p3.d)
    c.eq("执法记录仪 (unit price in its stated unit)", a4, n4.d * p4.d / (10000 if u4.s == "元" else 1))
    body, tot = money_table(c, "项目名称\t全年预算", [1, 2])
    for r in body + [tot]:
        c.eq(f"项目执行率 {r[0]}", Num(r[3]), Num(r[2]).d / Num(r[1]).d * 100)
    c.same("项目表合计预算", Num(tot[1]).d, xm_b.d)
    c.same("项目表合计支出", Num(tot[2]).d, xm_e.d)
    xl_row = c.row("“雪亮工程”二期建设")
    c.eq("雪亮尾款", wk, Num(xl_row[1]).d - Num(xl_row[2]).d)
    fj = c.row("警务辅助人员经费")
    bz4, n420, b420, n416, e416 = c.ns(
        r"按每人每年([\d.]+)万元标准核定，年初按(\d+)名测算([\d,.]+)万元，因年内辅警离职补录存在空档，实际按在岗(\d+)名发放([\d,.]+)万元")
    c.eq("辅警预算", b420, n420.d * bz4.d)
    c.eq("辅警支出", e416, n416.d * bz4.d)
    c.same("辅警 table budget", Num(fj[1]).d, b420.d)
    c.same("辅警 table spent", Num(fj[2]).d, e416.d)
    n420b, n416b = c.ns(r"核定警务辅助人员(\d+)名，年末在岗(\d+)名")
    c.same("辅警核定", n420b.d, n420.d)
    c.same("辅警在岗", n416b.d, n416.d)
    sgys, sgsj, sgbl, sgjy, sgsn, sgxj, jd, cl = c.ns(
        r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，为预算的([\d.]+)%，节约([\d.]+)万元；较上年([\d.]+)万元下降([\d.]+)%。"
        r"其中：因公出国（境）费0元；公务接待费([\d.]+)万元；公务用车运行维护费([\d.]+)万元")
    c.eq("三公 比例", sgbl, sgsj.d / sgys.d * 100)
    c.eq("三公 节约", sgjy, sgys.d - sgsj.d)
    c.eq("三公 下降", sgxj, (sgsn.d - sgsj.d) / sgsn.d * 100)
    c.eq("三公 parts", sgsj, jd.d + cl.d)
    la, pa, sn_pa, pal = c.ns(r"全年立刑事案件([\d,]+)起，破案([\d,]+)起（上年([\d,]+)起），破案率([\d.]+)%")
    c.eq("破案率", pal, pa.d / la.d * 100)
    mq, = c.ns(r"发生现行命案(\d+)起，全部破获，破案率100%")
    zp, zpsn, zpxj, zpmb = c.ns(r"电信网络诈骗发案([\d,]+)起，较上年([\d,]+)起下降([\d.]+)%，超出年度目标（下降(\d+)%）")
    c.eq("电诈下降", zpxj, (zpsn.d - zp.d) / zpsn.d * 100)
    zs, zsmb, zsl = c.ns(r"全年追赃挽损([\d.]+)万元，完成目标值(\d+)万元的([\d.]+)%")
    c.eq("追赃完成率", zsl, zs.d / zsmb.d * 100)
    jq, jsd, jsl = c.ns(r"有效警情([\d,]+)起，及时到场([\d,]+)起，及时到场率([\d.]+)%")
    c.eq("及时到场率", jsl, jsd.d / jq.d * 100)
    m = re.search(r"平均到场时间分别为([\d.、]+)分钟，平均([\d.]+)分钟", T)
    if not m:
        c.fail("到场时间 sentence")
    else:
        xs = [Decimal(x) for x in m.group(1).split("、")]
        c.same("派出所 count", len(xs), 5)
        c.eq("平均到场时间", Num(m.group(2)), sum(xs) / len(xs))
    jh, jc, sy64 = c.ns(r"计划新建视频监控点位([\d,]+)个，年内建成([\d,]+)个，剩余(\d+)个")
    c.same("剩余点位", sy64.d, jh.d - jc.d)
    sw, swsn, jsw, swmb = c.ns(r"道路交通事故死亡(\d+)人，较上年(\d+)人减少(\d+)人，控制在年度目标(\d+)人以内")
    c.same("死亡减少", jsw.d, swsn.d - sw.d)
    c.true("死亡 within target", sw.d <= swmb.d)
    aqg, myd = c.ns(r"群众安全感([\d.]+)%，执法满意度([\d.]+)%")
    xf, xfaq, xfl = c.ns(r"受理公安信访事项(\d+)件，按期办结(\d+)件，按期办结率([\d.]+)%")
    c.eq("信访办结率", xfl, xfaq.d / xf.d * 100)
    # score table
    (tw, ts), groups = score_table(c, "一级指标\t二级指标\t三级指标\t分值\t得分", check_rules=False)
    c.eq("预算执行率 score = 10 x rate", Num(c.row("预算执行率")[4]), 10 * zc.d / qn.d)
    c.eq("雪亮 score", Num(c.row("“雪亮工程”二期新建点位")[4]), 6 * jc.d / jh.d)
    c.eq("信访 score", Num(c.row("信访事项按期办结率")[4]), 3 * xfaq.d / xf.d)
    c.true("预算调整 deduction: 追加幅度", True)
    fd, = c.ns(r"追加幅度([\d.]+)%，超过10%")
    c.eq("追加幅度", fd, zj.d / nc.d * 100)
    fd2, = c.ns(r"调整幅度达([\d.]+)%")
    c.same("调整幅度 restated", fd2.d, fd.d)
    zj2, = c.ns(r"年中追加([\d,.]+)万元，调整幅度")
    c.same("追加 restated", zj2.d, zj.d)
    c.same("table 执行率", Num(c.row("预算执行率")[5].replace("执行率", "")).d, zxl.d)
    c.same("table 结转率", Num(c.row("结转结余控制")[5].replace("结转率", "")).d, jzl.d)
    for lbl, val in (("电信网络诈骗发案同比下降", zpxj), ("追赃挽损金额", zs), ("110及时到场率", jsl),
                     ("群众安全感", aqg), ("执法满意度", myd), ("信访事项按期办结率", xfl)):
        m = re.search(r"实际([\d.,]+)", c.row(lbl)[5])
        c.true(f"table actual {lbl}", bool(m) and Num(m.group(1)).d == val.d)
    m = re.search(r"目标([\d,]+)个，完成([\d,]+)个", c.row("“雪亮工程”二期新建点位")[5])
    c.true("table 雪亮 actual", bool(m) and Num(m.group(2)).d == jc.d and Num(m.group(1)).d == jh.d)
    total_text, = c.ns(r"自评得分([\d.]+)分，评价等级")
    c.same("text total = table total", total_text.d, ts.d)
    check_grade(c, ts)
    c.eq("雪亮执行率 restated", c.n(r"未按期建成，执行率([\d.]+)%"), Num(xl_row[2]).d / Num(xl_row[1]).d * 100)
    c.same("追加 in problems", c.n(r"年中追加([\d,.]+)万元，调整幅度").d, zj.d)


# ---------------------------------------------------------------------------------------
# B. 綦江区司法局 2021
# ---------------------------------------------------------------------------------------
def check_qijiang(c):
    check_years(c, 2021)
    bz, xz, sy = c.ns(r"核定编制(\d+)名，其中行政编制(\d+)名、事业编制(\d+)名")
    c.same("编制 parts", bz.d, xz.d + sy.d)
    zz, xz2, sy2 = c.ns(r"年末在职人员(\d+)人（行政(\d+)人、事业(\d+)人）")
    c.same("在职 parts", zz.d, xz2.d + sy2.d)
    nc, zj, zy, sj, qj, qn = c.ns(
        r"年初预算([\d,.]+)万元，全部为一般公共预算拨款。年中追加([\d,.]+)万元，其中中央政法纪检监察转移支付资金([\d,.]+)万元、"
        r"市级法律援助补助([\d,.]+)万元、区级追加人员经费([\d,.]+)万元。调整后全年预算([\d,.]+)万元")
    c.eq("追加 parts", zj, zy.d + sj.d + qj.d)
    c.eq("全年 = 年初 + 追加", qn, nc.d + zj.d)
    zc, zxl, jy = c.ns(r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%，年末结余([\d,.]+)万元")
    c.eq("执行率", zxl, zc.d / qn.d * 100)
    c.eq("结余", jy, qn.d - zc.d)
    body, tot = money_table(c, "经济分类\t预算数", [1, 2])
    c.same("经济分类预算合计", Num(tot[1]).d, qn.d)
    c.same("经济分类支出合计", Num(tot[2]).d, zc.d)
    for r in body:
        c.true(f"支出 ≤ 预算 {r[0]}", Num(r[2]).d <= Num(r[1]).d)
    gz = Num(c.row("工资福利支出")[2])
    cap = Num(c.row("资本性支出")[2])
    rj, gy, rjgy = c.ns(r"在职人员人均工资福利支出([\d.]+)万元，公用经费([\d.]+)万元，人均([\d.]+)万元")
    c.eq("人均工资福利", rj, gz.d / zz.d)
    c.eq("人均公用", rjgy, gy.d / zz.d)
    cap2, n1, a1, p1, n2, a2, p2, a3 = c.ns(
        r"资本性支出([\d.]+)万元，其中：社区矫正中心远程视频督察设备(\d+)套([\d.]+)万元（单价([\d.]+)万元），"
        r"法律援助便民服务一体机(\d+)台([\d.]+)万元（单价([\d.]+)万元），办公设备([\d.]+)万元")
    c.same("资本性 restated", cap2.d, cap.d)
    c.eq("资本性 parts", cap, a1.d + a2.d + a3.d)
    c.eq("督察设备", a1, n1.d * p1.d)
    c.eq("一体机", a2, n2.d * p2.d)
    fy, fzy, fsj, fqj, fzc, fzxl, fjy = c.ns(
        r"法律援助专项经费预算([\d.]+)万元（其中中央补助([\d.]+)万元、市级补助([\d.]+)万元、区级安排([\d.]+)万元），"
        r"实际支出([\d.]+)万元，执行率([\d.]+)%，结余([\d.]+)万元")
    c.eq("法援 sources", fy, fzy.d + fsj.d + fqj.d)
    c.same("法援 中央 = 追加中央", fzy.d, zy.d)
    c.same("法援 市级 = 追加市级", fsj.d, sj.d)
    c.eq("法援 执行率", fzxl, fzc.d / fy.d * 100)
    c.eq("法援 结余", fjy, fy.d - fzc.d)
    sg, sgsj, jd, cl, sgsn, sgxj = c.ns(
        r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元，"
        r"未发生因公出国（境）费用；较2020年的([\d.]+)万元下降([\d.]+)%")
    c.eq("三公 parts", sgsj, jd.d + cl.d)
    c.eq("三公 下降", sgxj, (sgsn.d - sgsj.d) / sgsn.d * 100)
    tj, tjsn, tjzz, cg, cgl, lxl = c.ns(
        r"全年调解各类矛盾纠纷([\d,]+)件，较2020年的([\d,]+)件增长([\d.]+)%，调解成功([\d,]+)件，成功率([\d.]+)%；调解协议履行率([\d.]+)%")
    c.eq("调解增长", tjzz, (tj.d - tjsn.d) / tjsn.d * 100)
    c.eq("调解成功率", cgl, cg.d / tj.d * 100)
    fa, = c.ns(r"全年办理法律援助案件([\d,]+)件")
    hgl, = c.ns(r"案件质量合格率([\d.]+)%，未达到95%的目标")
    js, zfn, zf = c.ns(r"累计接收社区矫正对象(\d+)人，接收率100%；再犯罪(\d+)人，再犯罪率([\d.]+)%")
    c.eq("再犯罪率", zf, zfn.d / js.d * 100)
    pf, zsl = c.ns(r"普法宣传活动(\d+)场，法治宣传教育知晓率([\d.]+)%")
    fw, fy46 = c.ns(r"建成村（社区）公共法律服务工作室(\d+)个，实现全覆盖；全年办理行政复议案件(\d+)件")
    tw436, = c.ns(r"全区设人民调解委员会(\d+)个")
    c.same("工作室覆盖 = 村社数", fw.d, tw436.d)
    myd, = c.ns(r"满意度([\d.]+)%，低于95%的目标")
    (tw, ts), groups = score_table(c, "指标\t二级指标\t三级指标")
    for lbl, val, col in (("人民调解案件数", tj, 4), ("法律援助案件数", fa, 4), ("普法宣传活动场次", pf, 4),
                          ("调解协议履行率", lxl, 4), ("法律援助案件质量合格率", hgl, 4), ("矛盾纠纷化解成功率", cgl, 4),
                          ("社区矫正对象再犯罪率", zf, 4), ("法治宣传教育知晓率", zsl, 4), ("服务对象满意度", myd, 4),
                          ("预算执行率", zxl, 4), ("“三公”经费支出", sgsj, 4), ("公共法律服务工作室覆盖数", fw, 4)):
        r = c.row(lbl) if lbl != "服务对象满意度" else [x for x in c.text.split("\n") if x.startswith("满意度指标")][0].split("\t")
        c.same(f"table actual {lbl}", parse_actual(r[col])[0], val.d)
    c.same("三公 target = budget", parse_target(c.row("“三公”经费支出")[3])[1], sg.d)
    c.eq("执行 score", Num(c.row("预算执行率")[7]), 10 * zc.d / qn.d)
    tot_text, zx, cc, xy, my = c.ns(
        r"绩效自评得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分")
    c.same("text total = table", tot_text.d, ts.d)
    c.eq("text parts", tot_text, zx.d + cc.d + xy.d + my.d)
    gs = {g[0]: g for g in groups}
    lines = c.text.split("\n")
    start = [i for i, ln in enumerate(lines) if ln.startswith("指标\t二级指标")][0]
    by = {}
    cur = None
    for ln in lines[start + 1:]:
        cells = ln.split("\t")
        if cells[0] == "合计":
            break
        cur = cells[0] or cur
        by[cur] = by.get(cur, Decimal(0)) + Num(cells[7]).d
    c.same("产出 score sum", by.get("产出指标"), cc.d)
    c.same("效益 score sum", by.get("效益指标"), xy.d)
    c.same("满意度 score", by.get("满意度指标"), my.d)
    c.same("执行 score text", by.get("预算执行"), zx.d)
    check_grade(c, ts)


# ---------------------------------------------------------------------------------------
# C. 远安县人民法院 2019
# ---------------------------------------------------------------------------------------
def check_yuanan(c):
    check_years(c, 2019)
    bz, zz, fg, zl, xz = c.ns(r"核定政法专项编制(\d+)名，2019年末在职在编人员(\d+)人，其中员额法官(\d+)名、法官助理(\d+)名、司法行政人员(\d+)名")
    c.same("在职 parts", zz.d, fg.d + zl.d + xz.d)
    c.true("在职 ≤ 编制", zz.d <= bz.d)
    rj, = c.ns(r"在职人员人均工资福利支出([\d.]+)万元")
    nc, zj, qn, xj, zy, sj, zc, zxl, jz = c.ns(
        r"年初预算([\d,.]+)万元，年中追加([\d,.]+)万元，全年预算([\d,.]+)万元，其中县级财政([\d,.]+)万元、中央政法转移支付([\d,.]+)万元、"
        r"省级补助([\d,.]+)万元。全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%，结转2020年使用([\d,.]+)万元")
    c.eq("全年 = 年初 + 追加", qn, nc.d + zj.d)
    c.eq("全年 = sources", qn, xj.d + zy.d + sj.d)
    c.eq("执行率", zxl, zc.d / qn.d * 100)
    c.eq("结转", jz, qn.d - zc.d)
    body, tot = money_table(c, "项目\t年初预算数", [1, 2, 3])
    c.same("table 年初", Num(tot[1]).d, nc.d)
    c.same("table 全年", Num(tot[2]).d, qn.d)
    c.same("table 执行", Num(tot[3]).d, zc.d)
    for r in body + [tot]:
        c.eq(f"table 执行率 {r[0]}", Num(r[4]), Num(r[3]).d / Num(r[2]).d * 100)
    gz, sp, gr, zb, fn, fa, fp, zn, za, zp = c.ns(
        r"工资福利支出([\d,.]+)万元，商品和服务支出([\d,.]+)万元，对个人和家庭的补助([\d,.]+)万元，资本性支出([\d,.]+)万元。"
        r"资本性支出中，科技法庭升级改造(\d+)个共([\d.]+)万元（单个([\d.]+)万元），自助立案终端(\d+)台共([\d.]+)万元（单价([\d.]+)万元）")
    c.eq("经济分类 sum", zc, gz.d + sp.d + gr.d + zb.d)
    c.eq("资本性 parts", zb, fa.d + za.d)
    c.eq("科技法庭", fa, fn.d * fp.d)
    c.eq("自助终端", za, zn.d * zp.d)
    c.eq("人均工资福利", rj, gz.d / zz.d)
    sb, srs, sbz, ssj, sl, kb, ks, kl, kjz, zxb, zxs, zxl2 = c.ns(
        r"聘用制书记员经费预算([\d.]+)万元（(\d+)人，每人每年([\d.]+)万元），实际支出([\d.]+)万元，执行率([\d.]+)%；"
        r"科技法庭及执行指挥中心建设项目预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%，剩余([\d.]+)万元结转2020年；"
        r"执行专项经费预算([\d.]+)万元，实际支出([\d.]+)万元，执行率([\d.]+)%")
    c.eq("书记员预算", sb, srs.d * sbz.d)
    c.eq("书记员执行率", sl, ssj.d / sb.d * 100)
    c.eq("科技法庭执行率", kl, ks.d / kb.d * 100)
    c.eq("科技法庭结转", kjz, kb.d - ks.d)
    c.same("科技法庭 spent = capital line", ks.d, fa.d)
    c.eq("执行专项执行率", zxl2, zxs.d / zxb.d * 100)
    c.true("执行专项 rate ≤ 100%", zxl2.d <= 100 and zxs.d <= zxb.d)
    c.true("sub-project rates ≤ 100%", all(x.d <= 100 for x in (sl, kl, zxl2)))
    sgb, sgs, jd, cl = c.ns(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元")
    c.eq("三公 parts", sgs, jd.d + cl.d)
    sa, xs, jc, jie, sn, zz2, jal = c.ns(
        r"全年受理各类案件([\d,]+)件（新收([\d,]+)件，旧存([\d,]+)件），审执结([\d,]+)件，较2018年的([\d,]+)件增长([\d.]+)%，结案率([\d.]+)%")
    c.same("受理 parts", sa.d, xs.d + jc.d)
    c.eq("增长", zz2, (jie.d - sn.d) / sn.d * 100)
    c.eq("结案率", jal, jie.d / sa.d * 100)
    c.eq("人均结案", c.n(r"员额法官人均结案([\d.]+)件"), jie.d / fg.d)
    ts_, cj = c.ns(r"一审案件平均审理天数([\d.]+)天，超出目标([\d.]+)天")
    c.eq("超出天数", cj, ts_.d - parse_target(c.row("一审案件平均审理天数")[3])[1])
    c.same("巡回 text = table", c.n(r"开展巡回审判(\d+)场").d, parse_actual(c.row("巡回审判场次")[4])[0])
    for lbl, val in (("审执结案件数", jie), ("结案率", jal), ("“三公”经费支出", sgs), ("预算执行率", zxl),
                     ("一审案件平均审理天数", ts_), ("科技法庭升级改造", fn)):
        c.same(f"table actual {lbl}", parse_actual(c.row(lbl)[4])[0], val.d)
    c.same("三公 target = budget", parse_target(c.row("“三公”经费支出")[3])[1], sgb.d)
    (tw, ts), groups = score_table(c, "一级指标\t二级指标\t三级指标\t指标值")
    c.eq("执行 score 20 x rate", Num(c.row("预算执行率")[6]), 20 * zc.d / qn.d)
    c.eq("执行 score restated", c.n(r"按“20×执行率”计得([\d.]+)分"), 20 * zc.d / qn.d)
    c.same("text total", c.n(r"部门整体支出绩效得分([\d.]+)分").d, ts.d)
    c.same("满意度 text = table", c.n(r"电话回访，满意度([\d.]+)%").d, parse_actual(c.row("当事人满意度")[4])[0])
    c.same("科技法庭执行率 in problems", c.n(r"当年执行率仅([\d.]+)%").d, kl.d)
    check_grade(c, ts)


# ---------------------------------------------------------------------------------------
# D. 石门县应急管理局 2022
# ---------------------------------------------------------------------------------------
def check_shimen(c):
    check_years(c, 2022)
    bz, xz, sy = c.ns(r"核定编制(\d+)名（行政编制(\d+)名、事业编制(\d+)名）")
    c.same("编制 parts", bz.d, xz.d + sy.d)
    nc, sj, qn = c.ns(r"本项目年初预算([\d.]+)万元，为县级财政安排；2022年5月16日，省财政厅下达自然灾害防治体系建设补助资金([\d.]+)万元"
                      r"（湘财资环指〔2022〕41号），全年预算([\d.]+)万元")
    c.eq("全年 = 县级 + 省级", qn, nc.d + sj.d)
    zc, zb, zj, yl, px, zxl, jy = c.ns(
        r"全年实际支出([\d.]+)万元，其中装备物资购置([\d.]+)万元、物资储备仓库租金([\d.]+)万元、应急演练([\d.]+)万元、"
        r"救援队员培训([\d.]+)万元。预算执行率([\d.]+)%，年末结余([\d.]+)万元")
    c.eq("支出 parts", zc, zb.d + zj.d + yl.d + px.d)
    c.eq("执行率", zxl, zc.d / qn.d * 100)
    c.eq("结余", jy, qn.d - zc.d)
    ht, cgys, jyue = c.ns(r"合同金额合计([\d.]+)万元，较采购预算([\d.]+)万元节约([\d.]+)万元")
    c.same("合同 = 装备购置", ht.d, zb.d)
    c.eq("节约", jyue, cgys.d - ht.d)
    lines = c.text.split("\n")
    st = [i for i, ln in enumerate(lines) if ln.startswith("物资名称\t")]
    c.same("采购明细 header", len(st), 1)
    items, total = [], None
    for ln in lines[st[0] + 1:]:
        cells = ln.split("\t")
        if cells[0] == "合计":
            total = cells
            break
        items.append(cells)
        c.eq(f"金额 {cells[0]} = 数量 x 单价(元)", Num(cells[4]), Num(cells[2]).d * Num(cells[3]).d / 10000)
    c.eq("采购明细 合计金额", Num(total[4]), sum(Num(r[4]).d for r in items))
    c.same("采购明细 合计数量", Num(total[2]).d, sum(Num(r[2]).d for r in items))
    c.same("明细合计 = 装备购置", Num(total[4]).d, zb.d)
    mj, zjm, zjy = c.ns(r"仓库面积([\d,]+)平方米，租金每月([\d.]+)万元，全年([\d.]+)万元")
    c.eq("租金", zjy, zjm.d * 12)
    c.same("租金 = 支出 part", zjy.d, zj.d)
    qty = {r[0]: Num(r[2]).d for r in items}
    cb, zp, zc_, mb, jyy = c.ns(r"储备救灾物资([\d,]+)件（套），其中帐篷(\d+)顶、折叠床(\d+)张、棉被([\d,]+)床、救生衣(\d+)件")
    c.same("储备 parts", cb.d, zp.d + zc_.d + mb.d + jyy.d)
    for k, v in (("救灾帐篷", zp), ("折叠床", zc_), ("棉被", mb), ("救生衣", jyy)):
        c.same(f"储备 {k} = 采购数量", v.d, qty[k])
    c.same("种类数", c.n(r"采购装备物资(\d+)类；").d, Decimal(len(items)))
    yl5, = c.ns(r"开展应急演练(\d+)场，超出目标1场")
    px286, = c.ns(r"培训救援队员(\d+)人次，未达到300人次的目标")
    myd, = c.ns(r"满意度([\d.]+)%。\n本项目")
    # MOF funds block
    fr = c.row("年度资金总额")
    c.same("table 年初", Num(fr[2]).d, nc.d)
    c.same("table 全年", Num(fr[3]).d, qn.d)
    c.same("table 执行", Num(fr[4]).d, zc.d)
    c.eq("table 执行率", Num(fr[6]), zc.d / qn.d * 100)
    c.eq("table 执行得分", Num(fr[7]), Num(fr[5]).d * zc.d / qn.d)
    for lbl in ("其中：当年财政拨款", "上年结转资金", "其他资金"):
        pass
    parts = [c.row(l) for l in ("其中：当年财政拨款", "上年结转资金", "其他资金")]
    for col in (2, 3, 4):
        c.eq(f"funds block column {col}", Num(fr[col]), sum(Num(p[col]).d for p in parts))
    (tw, ts), groups = score_table(c, "一级指标\t二级指标\t三级指标\t年度指标值", extra=(Num(fr[5]), Num(fr[7])))
    for lbl, val in (("采购装备物资种类", Decimal(len(items))), ("储备救灾物资数量", cb.d), ("应急演练场次", yl5.d),
                     ("救援队员培训人次", px286.d), ("项目成本控制", zc.d), ("受灾群众满意度", myd.d)):
        c.same(f"table actual {lbl}", parse_actual(c.row(lbl)[4])[0], val)
    c.same("冲锋舟单价 actual = 明细单价", parse_actual(c.row("冲锋舟采购单价")[4])[0] * 10000,
           [Num(r[3]).d for r in items if r[0] == "冲锋舟"][0])
    c.same("成本控制 target = 全年预算", parse_target(c.row("项目成本控制")[3])[1], qn.d)
    tt, zx, cc, xy, my = c.ns(r"本项目自评得分([\d.]+)分，其中预算执行([\d.]+)分、产出指标([\d.]+)分、效益指标([\d.]+)分、满意度指标([\d.]+)分")
    c.same("text total = table", tt.d, ts.d)
    c.eq("text parts", tt, zx.d + cc.d + xy.d + my.d)
    c.same("执行 part = table", zx.d, Num(fr[7]).d)
    for g, v in zip(("产出指标", "效益指标", "满意度指标"), (cc, xy, my)):
        lines = c.text.split("\n")
        st = [i for i, ln in enumerate(lines) if ln.startswith("一级指标\t二级指标\t三级指标\t年度指标值")][0]
        cur, s = None, Decimal(0)
        for ln in lines[st + 1:]:
            cells = ln.split("\t")
            if cells[0] == "总分":
                break
            cur = cells[0] or cur
            if cur == g:
                s += Num(cells[7]).d
        c.same(f"{g} text = rows", v.d, s)
    c.same("执行率 in problems", c.n(r"二是预算执行率([\d.]+)%，低于90%").d, zxl.d)
    check_grade(c, ts)


# ---------------------------------------------------------------------------------------
# E. 通山县消防救援大队 2024
# ---------------------------------------------------------------------------------------
def check_tongshan(c):
    check_years(c, 2024)
    zy, zyg, zyl, rs, rj = c.ns(r"地方核定政府专职消防员(\d+)名，年末在岗(\d+)名，在岗率([\d.]+)%；聘用消防文员\d+名。"
                                r"政府专职消防员工资及社会保险由县级财政保障，全年支出([\d.]+)万元，人均([\d.]+)万元")
    c.eq("在岗率", zyl, zyg.d / zy.d * 100)
    c.eq("专职消防员人均", rj, rs.d / zyg.d)
    nc, zj, qn, dw, dwl, zc, zxl, jy, wdw = c.ns(
        r"年初预算([\d,.]+)万元，年中追加([\d,.]+)万元，全年预算([\d,.]+)万元；实际到位([\d,.]+)万元，到位率([\d.]+)%；"
        r"全年执行([\d,.]+)万元，预算执行率([\d.]+)%。年末结余([\d.]+)万元；另有省级消防补助资金([\d.]+)万元于2024年12月下达指标")
    c.eq("全年 = 年初 + 追加", qn, nc.d + zj.d)
    c.eq("到位率", dwl, dw.d / qn.d * 100)
    c.eq("执行率", zxl, zc.d / qn.d * 100)
    c.eq("结余 = 到位 - 执行", jy, dw.d - zc.d)
    c.eq("未到位", wdw, qn.d - dw.d)
    lines = c.text.split("\n")
    st = [i for i, ln in enumerate(lines) if ln.startswith("资金来源\t")]
    c.same("funds header", len(st), 1)
    rows = []
    for ln in lines[st[0] + 1:]:
        if "\t" not in ln:
            break
        rows.append(ln.split("\t"))
    tot, parts = rows[0], rows[1:]
    for col, v in ((1, nc), (2, qn), (3, dw), (4, zc)):
        c.same(f"funds total col {col}", Num(tot[col]).d, v.d)
        c.eq(f"funds parts col {col}", Num(tot[col]), sum(Num(p[col]).d for p in parts))
    for r in rows:
        b, e = Num(r[2]).d, Num(r[4]).d
        if b == 0:
            c.true(f"no rate on a zero base ({r[0]})", r[5] in ("—", "0", "0.00%"))
        else:
            c.eq(f"funds rate {r[0]}", Num(r[5]), e / b * 100)
            c.true(f"rate ≤ 100% ({r[0]})", Num(r[5]).d <= 100)
    sj = [p for p in parts if p[0].startswith("省级")][0]
    c.same("省级 budget = 未到位", Num(sj[2]).d, wdw.d)
    jb, jbe, jbl, xm, xme, xml = c.ns(r"基本支出全年预算([\d.]+)万元，支出([\d.]+)万元，执行率([\d.]+)%；项目支出全年预算([\d.]+)万元，"
                                      r"支出([\d.]+)万元，执行率([\d.]+)%")
    c.eq("基本+项目 预算", qn, jb.d + xm.d)
    c.eq("基本+项目 支出", zc, jbe.d + xme.d)
    c.eq("基本执行率", jbl, jbe.d / jb.d * 100)
    c.eq("项目执行率", xml, xme.d / xm.d * 100)
    gz, sp, gr, zb = c.ns(r"工资福利支出([\d.]+)万元，商品和服务支出([\d.]+)万元，对个人和家庭的补助([\d.]+)万元，资本性支出([\d.]+)万元")
    c.eq("经济分类 sum", zc, gz.d + sp.d + gr.d + zb.d)
    zb2, a1, n2, a2, p2, n3, a3, p3, n4, a4, p4, a5 = c.ns(
        r"资本性支出([\d.]+)万元，具体为：水罐消防车1辆([\d.]+)万元；液压破拆工具组(\d+)套([\d.]+)万元（单价([\d.]+)万元）；"
        r"消防员个人防护装备(\d+)套([\d.]+)万元（单价([\d.]+)万元）；正压式空气呼吸器(\d+)具([\d.]+)万元（单价([\d.]+)万元）；"
        r"通羊消防救援站营房改造([\d.]+)万元")
    c.same("资本性 restated", zb2.d, zb.d)
    c.eq("资本性 parts", zb, a1.d + a2.d + a3.d + a4.d + a5.d)
    c.eq("破拆", a2, n2.d * p2.d)
    c.eq("防护装备", a3, n3.d * p3.d)
    c.eq("呼吸器", a4, n4.d * p4.d)
    c.same("防护装备 = 在岗", n3.d, zyg.d)
    cj, = c.ns(r"全年接警出动([\d,]+)起")
    m = re.search(r"5个乡镇专职消防站全年出警分别为([\d、]+)起，平均([\d.]+)起", c.text)
    if not m:
        c.fail("乡镇站 average sentence")
    else:
        xs = [Decimal(x) for x in m.group(1).split("、")]
        c.same("乡镇站 count", len(xs), 5)
        c.eq("乡镇站平均出警", Num(m.group(2)), sum(xs) / len(xs))
    jc, yh, zg, zgl = c.ns(r"检查社会单位([\d,]+)家次，发现火灾隐患([\d,]+)处，督促整改([\d,]+)处，整改率([\d.]+)%")
    c.eq("整改率", zgl, zg.d / yh.d * 100)
    hz, ss, sn, xj = c.ns(r"全年发生火灾(\d+)起，直接经济损失([\d.]+)万元，较2023年的([\d.]+)万元下降([\d.]+)%")
    c.eq("损失下降", xj, (sn.d - ss.d) / sn.d * 100)
    ff, hs, my, myl = c.ns(r"发放问卷(\d+)份，收回(\d+)份，其中满意(\d+)份，满意度([\d.]+)%")
    c.eq("满意度", myl, my.d / hs.d * 100)
    c.true("收回 ≤ 发放, 满意 ≤ 收回", hs.d <= ff.d and my.d <= hs.d)
    ws = c.ns(r"分值分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分，合计(\d+)分")
    c.same("一级 weights sum", sum(w.d for w in ws[:4]), ws[4].d)
    (tw, ts), groups = score_table(c, "一级指标\t二级指标\t三级指标\t目标值")
    c.same("一级 weights = table groups", [g[1] for g in groups], [w.d for w in ws[:4]])
    for lbl, val in (("政府专职消防员在岗率", zyl), ("预算执行率", zxl), ("资金到位率", dwl), ("社会单位检查数", jc),
                     ("火灾隐患整改率", zgl), ("个人防护装备配备", n3), ("火灾直接经济损失同比下降", xj), ("群众满意度", myl)):
        c.same(f"table actual {lbl}", parse_actual(c.row(lbl)[4])[0], val.d)
    c.eq("执行 score", Num(c.row("预算执行率")[6]), 8 * zc.d / qn.d)
    c.eq("到位 score", Num(c.row("资金到位率")[6]), 4 * dw.d / qn.d)
    c.same("text total", c.n(r"自评得分([\d.]+)分，等级").d, ts.d)
    c.same("未到位 restated", c.n(r"省级消防补助资金([\d.]+)万元年末才下达").d, wdw.d)
    zy2, zyg2 = c.ns(r"核定(\d+)名，在岗(\d+)名，个人防护装备")
    c.same("专职 restated", (zy2.d, zyg2.d), (zy.d, zyg.d))
    c.same("防护 target = 核定", parse_target(c.row("个人防护装备配备")[3])[1], zy.d)
    check_grade(c, ts)


# ---------------------------------------------------------------------------------------
# F. 巫溪县人民检察院 2018
# ---------------------------------------------------------------------------------------
def check_wuxi(c):
    check_years(c, 2018)
    bz, zz, jcg, zl, xz = c.ns(r"核定政法专项编制(\d+)名，年末在职(\d+)人，其中员额检察官(\d+)名、检察官助理(\d+)名、司法行政人员(\d+)名")
    c.same("在职 parts", zz.d, jcg.d + zl.d + xz.d)
    rj, = c.ns(r"在职人员人均工资福利支出([\d.]+)万元")
    nc, jb, xm, zj, sh, zy, zjbl, qn = c.ns(
        r"年初预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d.]+)万元。年中追加([\d.]+)万元（扫黑除恶专项经费([\d.]+)万元、"
        r"中央政法转移支付资金([\d.]+)万元），追加比例([\d.]+)%，全年预算([\d,.]+)万元")
    c.eq("年初 parts", nc, jb.d + xm.d)
    c.eq("追加 parts", zj, sh.d + zy.d)
    c.eq("追加比例", zjbl, zj.d / nc.d * 100)
    c.eq("全年", qn, nc.d + zj.d)
    zc, zxl, jz, jzl = c.ns(r"全年实际支出([\d,.]+)万元，预算执行率([\d.]+)%；年末结转([\d.]+)万元，结转率([\d.]+)%")
    c.eq("执行率", zxl, zc.d / qn.d * 100)
    c.eq("结转", jz, qn.d - zc.d)
    c.eq("结转率", jzl, jz.d / qn.d * 100)
    gz, sp, gr, zb = c.ns(r"工资福利支出([\d,.]+)万元，商品和服务支出([\d.]+)万元，对个人和家庭的补助([\d.]+)万元，资本性支出([\d.]+)万元")
    c.eq("经济分类 sum", zc, gz.d + sp.d + gr.d + zb.d)
    c.eq("人均工资福利", rj, gz.d / zz.d)
    n1, a1, p1, a2, n3, a3, p3, a4 = c.ns(
        r"远程提讯系统(\d+)套([\d.]+)万元（每套([\d.]+)万元），公益诉讼快速检测设备1套([\d.]+)万元，办公电脑(\d+)台([\d.]+)万元"
        r"（单价([\d.]+)万元），讯问室同步录音录像改造([\d.]+)万元")
    c.eq("资本性 parts", zb, a1.d + a2.d + a3.d + a4.d)
    c.eq("提讯系统", a1, n1.d * p1.d)
    c.eq("电脑", a3, n3.d * p3.d)
    sh2, shs = c.ns(r"扫黑除恶专项经费([\d.]+)万元，实际支出([\d.]+)万元")
    c.same("扫黑经费 restated", sh2.d, sh.d)
    c.true("扫黑 spent ≤ budget", shs.d <= sh2.d)
    sgb, sgs, jd, cl, sgsn, sgxj = c.ns(r"“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，其中公务接待费([\d.]+)万元、公务用车运行维护费([\d.]+)万元，"
                                        r"较2017年的([\d.]+)万元下降([\d.]+)%")
    c.eq("三公 parts", sgs, jd.d + cl.d)
    c.eq("三公 下降", sgxj, (sgsn.d - sgs.d) / sgsn.d * 100)
    db, dbr, pb, pbr, qs, qsr, gs, gsr = c.ns(r"受理审查逮捕案件(\d+)件(\d+)人，批准逮捕(\d+)件(\d+)人，全部在法定期限内办结；"
                                              r"受理审查起诉案件(\d+)件(\d+)人，提起公诉(\d+)件(\d+)人")
    c.true("批捕 ≤ 受理", pb.d <= db.d and pbr.d <= dbr.d and gs.d <= qs.d and gsr.d <= qsr.d)
    c.eq("人均办案", c.n(r"员额检察官人均办理审查逮捕、审查起诉案件([\d.]+)件"), (db.d + qs.d) / jcg.d)
    la, jy, hf, hfl, ts_, wh = c.ns(r"全年公益诉讼立案(\d+)件，未达到50件的年度目标，主要是公益诉讼工作处于起步阶段，线索来源较窄；"
                                    r"发出诉前检察建议(\d+)件，行政机关回复整改(\d+)件，回复整改率([\d.]+)%；提起公益诉讼(\d+)件，"
                                    r"督促挽回国有财产损失([\d.]+)万元")
    c.eq("回复整改率", hfl, hf.d / jy.d * 100)
    hg, = c.ns(r"案件质量合格率([\d.]+)%，低于95%的目标")
    myd, = c.ns(r"群众满意度测评，满意度([\d.]+)%")
    # summary table
    lines = c.text.split("\n")
    st = [i for i, ln in enumerate(lines) if ln.startswith("一级指标\t分值\t得分\t得分率")][0]
    summ = {}
    for ln in lines[st + 1:]:
        if "\t" not in ln:
            break
        cells = ln.split("\t")
        summ[cells[0]] = (Num(cells[1]), Num(cells[2]), Num(cells[3]))
        c.eq(f"得分率 {cells[0]}", Num(cells[3]), Num(cells[2]).d / Num(cells[1]).d * 100)
    tot = summ.pop("合计")
    c.same("summary weights", tot[0].d, sum(v[0].d for v in summ.values()))
    c.eq("summary scores", tot[1], sum(v[1].d for v in summ.values()))
    (tw, ts), groups = score_table(c, "一级指标\t二级指标\t三级指标\t目标值")
    c.same("detail total = summary total", ts.d, tot[1].d)
    # level-1 sums from the detail table
    st = [i for i, ln in enumerate(lines) if ln.startswith("一级指标\t二级指标\t三级指标\t目标值")][0]
    by_w, by_s, cur = {}, {}, None
    for ln in lines[st + 1:]:
        cells = ln.split("\t")
        if cells[0] == "合计":
            break
        cur = cells[0] or cur
        by_w[cur] = by_w.get(cur, Decimal(0)) + Num(cells[5]).d
        by_s[cur] = by_s.get(cur, Decimal(0)) + Num(cells[6]).d
    for k, (w, s, r) in summ.items():
        c.same(f"summary weight {k} = detail", w.d, by_w.get(k))
        c.same(f"summary score {k} = detail", s.d, by_s.get(k))
    for lbl, val in (("预算执行率", zxl), ("结转结余控制", jzl), ("“三公”经费控制", sgs), ("审查起诉受理案件数", qs),
                     ("公益诉讼立案数", la), ("诉前检察建议回复整改率", hfl), ("案件质量合格率", hg),
                     ("公益诉讼挽回国有财产损失", wh), ("群众满意度", myd)):
        c.same(f"table actual {lbl}", parse_actual(c.row(lbl)[4])[0], val.d)
    c.same("三公 target = budget", parse_target(c.row("“三公”经费控制")[3])[1], sgb.d)
    c.same("追加比例 in table", c.n(r"年中追加([\d.]+)%，扣1分").d, zjbl.d)
    c.same("text total", c.n(r"综合得分([\d.]+)分，评价等级").d, ts.d)
    c.same("回复整改率 in problems", c.n(r"诉前检察建议回复整改率([\d.]+)%，部分").d, hfl.d)
    check_grade(c, ts)


CHECKS = {
    "yuechi-police-2023": check_yuechi,
    "qijiang-justice-2021": check_qijiang,
    "yuanan-court-2019": check_yuanan,
    "shimen-emergency-2022": check_shimen,
    "tongshan-fire-2024": check_tongshan,
    "wuxi-procuratorate-2018": check_wuxi,
}


# ---------------------------------------------------------------------------------------
# labels and edit sizes
# ---------------------------------------------------------------------------------------
def changed_region(a, b):
    """Lengths of the differing middle parts of two strings (common prefix/suffix removed)."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return len(a) - p - s, len(b) - p - s


def check_edit(name, clean, case, problems):
    la, lb = clean.split("\n"), case.split("\n")
    if len(la) != len(lb):
        problems.append(f"{name}: line count changed")
        return
    diff = [i for i, (x, y) in enumerate(zip(la, lb)) if x != y]
    if not diff:
        problems.append(f"{name}: identical to the clean draft")
        return
    if len(diff) > 2 or (len(diff) == 2 and diff[1] != diff[0] + 1):
        problems.append(f"{name}: edit spans lines {diff}")
    if len(diff) == 2 and not all("\t" in la[i] for i in diff):
        problems.append(f"{name}: two-line edit outside a score table")
    for i in diff:
        old, new = changed_region(la[i], lb[i])
        if max(old, new) > MAX_EDIT:
            problems.append(f"{name}: line {i + 1} edit {old}->{new} chars > {MAX_EDIT}")


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    texts = {}
    for rec in labels:
        with open(os.path.join(CASES, rec["case"]), encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    codes = {}
    for rec in labels:
        src = rec["source"]
        clean = texts[f"{src}-clean.txt"]
        case = texts[rec["case"]]
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{rec['case']}: clean case with expected findings")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{rec['case']}: expected exactly one finding")
        for exp in rec["expected"]:
            codes.setdefault(exp["code"], []).append(src)
            if exp["severity"] != "error":
                problems.append(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if case.count(v) != 1:
                problems.append(f"{rec['case']}: value occurs {case.count(v)} times in case: {v!r}")
            if v in clean:
                problems.append(f"{rec['case']}: value occurs in the clean draft: {v!r}")
        check_edit(rec["case"], clean, case, problems)

    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in wanted:
        srcs = codes.get(code, [])
        if len(srcs) < 2 or len(set(srcs)) < 2:
            problems.append(f"code {code}: used {len(srcs)} times in {sorted(set(srcs))}")

    n_checks = 0
    for rec in labels:
        src = rec["source"]
        ctx = run(Ctx(rec["case"], texts[rec["case"]]), CHECKS[src])
        n_checks += ctx.count
        if rec["clean"]:
            for f in ctx.fails:
                problems.append(f"{rec['case']}: {f}")
            if ctx.count < 60:
                problems.append(f"{rec['case']}: only {ctx.count} arithmetic checks ran")
        else:
            if not ctx.fails:
                problems.append(f"{rec['case']}: the arithmetic checks do not notice the injected error")
            elif "-v" in sys.argv:
                print(f"{rec['case']} [{rec['expected'][0]['code']}]: {ctx.fails[0]}")

    print(f"{len(labels)} cases, {sum(1 for r in labels if r['clean'])} clean, {n_checks} checks run")
    for code in wanted:
        print(f"  {code:22s} {len(codes.get(code, []))}  {', '.join(codes.get(code, []))}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        print("FAILED")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
