#!/usr/bin/env python3
"""Verify set n41: labels, edit sizes, and the arithmetic of every clean draft.

1. labels.jsonl lists every case file; every value occurs exactly once in its case and never in
   the clean draft; each error case differs from its clean draft by one contiguous edit of at most
   16 characters inside one line (score-row edits marked rows=True may touch two adjacent rows).
2. Every numeric code of errors.md section A (except figure_mismatch) is used at least twice,
   in at least two projects.
3. Clean drafts: generic checks on the Markdown tables (execution rates and scores, component
   sums, 合计 rows, weights to 100, scores to the total, score <= weight, each row's score from its
   target/actual under rules.md section 5, stated completion rates, grade band), then
   project-specific checks of the figures in the text (rates, balances, sums, averages,
   year-on-year changes).  Tolerance: half a unit of the last stated decimal (rules.md section 8).
Pure Python 3, no third-party packages.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (the edit list lives there)

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]

failures = []


def fail(msg):
    failures.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
NUM_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def decimals(s):
    m = NUM_RE.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    t = m.group(0)
    return len(t.split(".")[1]) if "." in t else 0


def num(s):
    m = NUM_RE.search(s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return D(m.group(0).replace(",", ""))


def last_num(s):
    found = NUM_RE.findall(s)
    if not found:
        raise ValueError(f"no number in {s!r}")
    return found[-1]


def close(computed, stated, what):
    """stated: the string as printed (its last number is the stated value);
    tolerance half a unit of that number's last decimal."""
    t = last_num(stated)
    v, d = num(t), decimals(t)
    tol = D("0.5") * (D(10) ** -d) + D("1e-9")
    if abs(D(computed) - v) > tol:
        fail(f"{what}: computed {D(computed):.6f}, stated {stated}")


def rnd(x, n=2):
    return D(x).quantize(D(1).scaleb(-n), ROUND_HALF_UP)


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- markdown tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells if c):
                continue
            cur.append(cells)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def col(header, *keys, exclude=()):
    for i, h in enumerate(header):
        if all(k in h for k in keys) and not any(x in h for x in exclude):
            return i
    return None


def pure_num(c):
    c = c.strip()
    return bool(re.fullmatch(r"-?\d[\d,]*(?:\.\d+)?", c))


def pct(c):
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)%", c.strip())
    return m.group(1) if m else None


def check_tables(name, text):
    """Returns (total_score, weights, scores) from the scored tables."""
    rows_w, rows_s, totals = [], [], []
    for tb in tables(text):
        head = tb[0]
        body = tb[1:]
        # --- 合计 rows: numeric columns sum
        for k, row in enumerate(body):
            if row[0] == "合计":
                for j, cell in enumerate(row):
                    if j == 0 or not pure_num(cell):
                        continue
                    s = sum((num(r[j]) for r in body[:k] if j < len(r) and pure_num(r[j])), D(0))
                    close(s, cell, f"{name}: 合计 column {head[j]}")
        # --- funds block: components sum to 年度资金总额
        if body and body[0][0] == "年度资金总额":
            for j in range(1, 4):
                s = sum((num(r[j]) for r in body[1:] if pure_num(r[j])), D(0))
                close(s, body[0][j], f"{name}: 年度资金总额 column {head[j]}")
        # --- execution rates: 执行数 / 全年预算数
        jb, je, jr = col(head, "全年预算"), col(head, "执行数"), col(head, "执行率")
        if None not in (jb, je, jr):
            for row in body:
                if pure_num(row[jb]) and pure_num(row[je]) and pct(row[jr]):
                    b, e = num(row[jb]), num(row[je])
                    if b == 0:
                        fail(f"{name}: rate on zero base in row {row[0]}")
                        continue
                    close(e / b * 100, row[jr], f"{name}: 执行率 {row[0]}")
                    if e > b:
                        fail(f"{name}: execution above budget in row {row[0]}")
                if pure_num(row[jb]) and num(row[jb]) == 0 and pct(row[jr]):
                    fail(f"{name}: non-zero rate on zero base in {row[0]}")
        # --- scored tables
        jw = col(head, "分值")
        js = col(head, "得分")
        if jw is None or js is None:
            continue
        jt = col(head, "指标值")
        ja = col(head, "实际完成值")
        jn = col(head, "指标性质")
        jc = col(head, "完成率")
        for row in body:
            if len(row) <= max(jw, js) or not pure_num(row[jw]):
                continue
            w, sc = num(row[jw]), row[js]
            if row[0] in ("总分", "合计"):
                totals.append((row[jw], sc))
                continue
            if not pure_num(sc):
                fail(f"{name}: score not a number in {row}")
                continue
            rows_w.append(w)
            rows_s.append(num(sc))
            if num(sc) > w or num(sc) < 0:
                fail(f"{name}: score {sc} outside [0, {w}] in {row}")
            if row[0] == "年度资金总额":
                rate = num(row[je]) / num(row[jb])
                exp = w * min(rate, D(1))
                try:
                    close(exp, sc, f"{name}: execution score")
                except Exception:
                    pass
                continue
            if jt is not None and ja is not None:
                check_row(name, row, row[jt], row[ja], row[jn] if jn is not None else "", w, sc,
                          row[jc] if jc is not None else None)
    if len(totals) != 1:
        fail(f"{name}: expected one total row, found {totals}")
        return None
    tw, ts = totals[0]
    close(sum(rows_w, D(0)), tw, f"{name}: sum of weights")
    close(D(100), tw, f"{name}: total weight")
    close(sum(rows_s, D(0)), ts, f"{name}: sum of scores")
    return num(ts)


def check_row(name, row, target, actual, nature, w, sc, comp):
    label = next((c for c in row[:3][::-1] if c), row[0])
    t = target.replace("＝", "=")
    if nature in ("≥", "≤", "＝", "="):
        t = nature.replace("＝", "=") + t
    a = actual
    if "部分达成" in a:
        lo, hi = w * D("0.6"), w * D("0.8")
        if not (lo <= num(sc) < hi):
            fail(f"{name}: {label} qualitative 部分达成 score {sc} outside [{lo}, {hi})")
        return
    if "达成年度指标" in a or "收支平衡" in a:
        if not (w * D("0.8") <= num(sc) <= w):
            fail(f"{name}: {label} qualitative 达成 score {sc} outside band")
        return
    if "年" in t and "月" in t:  # date target
        return
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)%?～(-?\d+(?:\.\d+)?)%?", t)
    if m:
        lo, hi, A = D(m.group(1)), D(m.group(2)), num(a)
        if not (lo <= A <= hi):
            fail(f"{name}: {label} outside range but scored")
        close(w, sc, f"{name}: {label} range score")
        return
    direction = "gte" if t.startswith("≥") else "lte" if t.startswith("≤") else "eq"
    T, A = num(t), num(a)
    if direction == "gte" or (direction == "eq" and T > 0):
        c = A / T
        exp = w * min(c, D(1))
    elif direction == "lte":
        c = D(1) if A <= T else T / A
        exp = w * c
    else:
        c = D(1) if A <= 0 else D(0)
        exp = w if A <= 0 else D(0)
    close(exp, sc, f"{name}: {label} score")
    if comp and pct(comp):
        close(c * 100, comp, f"{name}: {label} 完成率")


GRADE_RE = re.compile(r"(?:评价等级[为：:]?\s*“?|等级为)(优秀|良好|中等|优|良|中|差)")


def check_grade(name, text, total):
    found = GRADE_RE.findall(text)
    if not found:
        fail(f"{name}: no grade statement")
    for g in found:
        if g[0] != band(total):
            # 上年为良 is last year's grade, stated in parentheses: skip it
            continue
    current = [g for g in found if g[0] == band(total)]
    if not current:
        fail(f"{name}: no grade matching total {total} ({band(total)}); found {found}")
    extra = [g for g in found if g[0] != band(total)]
    if extra and "上年为" + extra[0] not in text:
        fail(f"{name}: grade(s) {extra} do not match total {total}")


# ---------------------------------------------------------------- project-specific checks
def project_checks(proj, text):
    def L(s):
        if s not in text:
            fail(f"{proj}: literal {s!r} not in clean draft")
        return s

    def N(s):
        return num(L(s))

    def rate(a, b, stated, what, scale=100):
        close(D(a) / D(b) * scale, L(stated), f"{proj}: {what}")

    def eq(computed, stated, what):
        close(computed, L(stated), f"{proj}: {what}")

    if proj == "lingyun-phs-2021":
        eq(N("197,400人") * 79 / 10000, "应安排1559.46万元", "197400 × 79元")
        eq(79 - 74, "提高5元", "补助标准增加")
        rate(5, 74, "增长6.76%", "补助标准增长")
        batches = ["1052.30", "195.27", "187.14", "31.19", "93.56"]
        eq(sum(D(b) for b in batches), "| 合计 |  |  | 1559.46 |", "batches total")
        eq(D("1052.30") + D("195.27"), "两批合计1247.57万元", "中央 two batches")
        for part, share in (("1247.57", "80%"), ("187.14", "12%"), ("31.19", "2%"), ("93.56", "6%")):
            rate(part, "1559.46", share, f"share {part}")
        L("按80%、12%、2%、6%的比例分担")
        eq(D("1052.30") + D("93.56"), "年初预算安排1145.86万元", "年初预算")
        eq(D("195.27") + D("187.14") + D("31.19"), "资金413.60万元", "追加")
        eq(D("1145.86") + D("413.60"), "调整后全年预算1559.46万元", "全年预算")
        rate("1559.46", "1559.46", "到位率100%", "到位率")
        eq(N("拨付乡镇卫生院822.60万元") + N("拨付村卫生室599.49万元") + N("督导考核支出76.64万元"),
           "全年实际支出1498.73万元", "支出 components")
        rate("1498.73", "1559.46", "预算执行率96.11%", "执行率")
        rate("599.49", "1498.73", "占全年支出的40.00%", "村级占比")
        eq(D("1559.46") - D("1498.73"), "年末结余60.73万元", "结余")
        rate(183526, 197400, "电子建档率92.97%", "建档率")
        eq(183526 - 179805, "增加3,721份", "建档增量")
        rate(3721, 179805, "增长2.07%", "建档增长")
        rate(16412, 23180, "健康管理率70.80%", "老年人")
        rate(15449, 16930, "健康管理率91.25%", "儿童")
        rate(2010, 2408, "系统管理率83.47%", "孕产妇")
        rate(9871, 14236, "规范管理9,871人，规范管理率69.34%", "高血压")
        eq(D("69.34") - D("66.12"), "提高3.22个百分点", "高血压 yoy")
        rate(2497, 3842, "规范管理2,497人，规范管理率64.99%", "糖尿病")
        rate(1021, 1126, "规范管理1,021人，规范管理率90.67%", "精神障碍")
        eq(D("21.36") - D("18.94"), "提高2.42个百分点", "健康素养 yoy")
        rate(1031, 1163, "服务对象满意度88.65%", "满意度")
        eq(5 * D("83.47") / 85, "计得4.91分", "孕产妇 score")
        eq(10 * D("0.9611"), "计得9.61分", "execution score")
        eq(6 + 6 + 5 + D("4.91") + 6 + 6 + 5 + 5 + 3 + 3, "产出指标得49.91分", "产出 level")
        eq(10 + 10 + 9, "效益指标得29分", "效益 level")
        eq(D("9.61") + D("49.91") + 29 + 10, "综合自评得分98.52分", "total")
    elif proj == "yongsheng-medaid-2022":
        parts = ["86.35", "612.00", "148.50", "95.30", "24.00", "60.00"]
        eq(sum(D(p) for p in parts), "| 合计 |  |  | 1026.15 |", "batches")
        eq(D("1026.15") - D("86.35"), "当年财政拨款939.80万元", "当年拨款")
        eq(D("612.00") + D("148.50"), "中央资金760.50万元", "中央")
        eq(D("760.50") + D("95.30") + D("24.00") + D("60.00"), "当年财政拨款939.80万元", "当年拨款 by level")
        eq(D("86.35") + D("612.00") + D("60.00"), "年初预算758.35万元", "年初")
        eq(D("148.50") + D("95.30") + D("24.00"), "资金267.80万元", "追加")
        eq(D("758.35") + D("267.80"), "全年预算调整为1026.15万元", "全年")
        rate("968.42", "1026.15", "预算执行率94.37%", "执行率")
        eq(D("1026.15") - D("968.42"), "年末结余57.73万元", "结余")
        eq(D(1436) * 350 / 10000, "计50.26万元", "特困")
        eq(D(22915) * 120 / 10000, "计274.98万元", "低保")
        eq(D(4300) * 90 / 10000, "计38.70万元", "监测对象")
        eq(D("50.26") + D("274.98") + D("38.70"), "支出363.94万元", "资助参保")
        eq(1436 + 22915 + 4300, "合计资助参保28,651人", "资助人数")
        rate("363.94", "370.00", "执行率98.36%", "资助参保执行率")
        eq(D("512.36") + D("74.06") + D("18.06"), "支出604.48万元", "直接救助")
        rate("604.48", "656.15", "执行率92.13%", "直接救助执行率")
        eq(D("370.00") + D("656.15"), "全年预算调整为1026.15万元", "sub budgets")
        eq(D("363.94") + D("604.48"), "实际支出968.42万元", "sub spending")
        eq(D(5123600) / 9842, "平均每人次520.59元", "住院 average")
        eq(D(740600) / 6236, "平均每人次118.76元", "门诊 average")
        eq(D(180600) / 38, "平均每人次4752.63元", "倾斜 average")
        rate("363.94", "968.42", "占全年支出的37.58%", "资助 share")
        rate("604.48", "968.42", "占62.42%", "直接 share")
        rate(28651, 27000, "年度目标的106.11%", "资助完成")
        rate(9842, 12000, "完成目标的82.02%", "住院完成")
        eq(11217 - 9842, "减少1,375人次", "住院 decrease")
        rate(1375, 11217, "下降12.26%", "住院 decline")
        rate(6236, 8000, "完成目标的77.95%", "门诊完成")
        rate(28651, 28688, "参保率99.87%", "参保率")
        eq(28688 - 28651, "未参保的37人", "未参保")
        eq((D("72.6") + D("71.9") + D("72.7")) / 3, "平均72.40%", "batch average")
        eq(D("97.16") - D("93.48"), "提高3.68个百分点", "结算率 yoy")
        rate("521.00", "4218.60", "个人自付比例12.35%", "自付比例")
        rate(385, 460, "满意度83.70%", "满意度")
        eq(D("612.00") + D("60.00"), "| 其中：当年财政拨款 | 672.00 |", "funds 年初 拨款")
        eq(D("968.42") - D("86.35"), "| 939.80 | 882.07 |", "funds 执行 拨款")
        L("总分100分，其中预算执行率10分、产出指标50分、效益指标30分、满意度指标10分")
        eq(8 + D("6.56") + D("5.46") + 8 + 7 + 6 + 6, "产出指标得47.02分", "产出 level")
        eq(10 + D("8.10") + 6, "效益指标得24.10分", "效益 level")
        eq(D("9.44") + D("47.02") + D("24.10") + D("9.30"), "自评总分89.86分", "total")
    elif proj == "cangxi-familydoctor-2024":
        eq(D("172.00") + D("95.60") + D("12.40"), "年初预算280.00万元", "年初")
        eq(D("72.00") + D("100.00"), "财政资金172.00万元", "财政 年初")
        eq(D("172.00") + D("20.00") - D("5.60"), "财政资金186.40万元", "财政 全年")
        eq(D("186.40") + D("95.60") + D("12.36"), "调整后全年预算294.36万元", "全年")
        eq(D("181.05") + D("88.11") + D("12.36"), "全年执行281.52万元", "执行 by source")
        eq(D("254.80") + D("15.20") + D("11.52"), "全年执行281.52万元", "执行 by use")
        rate("281.52", "294.36", "预算执行率95.64%", "执行率")
        eq(D("294.36") - D("281.52"), "结余12.84万元", "结余")
        rate("181.05", "186.40", "执行率97.13%", "财政执行率")
        rate("88.11", "95.60", "执行率92.17%", "专户执行率")
        rate(218574, 546300, "签约率40.01%", "签约率")
        eq(D("40.01") - D("37.86"), "提高2.15个百分点", "签约率 yoy")
        eq(218574 - 208154, "增加10,420人", "签约增量")
        rate(10420, 208154, "增长5.01%", "签约增长")
        rate(161378, 203840, "签约率79.17%", "重点人群")
        rate("79.17", 75, "目标值的105.56%", "重点人群 completion")
        eq(98460 - 96212, "增加2,248人", "老年人增量")
        rate(77411, 98460, "签约77,411人，签约率78.62%", "老年人签约率")
        rate(38019, 38126, "签约率99.72%", "脱贫人口")
        rate(436, 420, "为目标值的103.81%", "团队 completion")
        eq((D("89.2") + D("91.5") + D("93.0") + D("94.7")) / 4, "全年平均92.1%", "quarter average")
        rate("63.80", 60, "目标值的106.33%", "基层就诊率 completion")
        L("预算执行情况10分，绩效指标90分（产出指标55分、效益指标25分、满意度指标10分）")
        eq(8 + 8 + 7 + 6 + 8 + 6 + D("5.29") + 6, "产出指标得54.29分", "产出 level")
        eq(9 + 8 + D("5.6"), "效益指标得22.60分", "效益 level")
        eq(D("9.56") + D("54.29") + D("22.60") + 10, "自评总分96.45分", "total")
    elif proj == "shanglin-residentins-2020":
        eq(550 - 520, "提高30元", "补助 increase")
        rate(30, 520, "增长5.77%", "补助 growth")
        eq(421508 - 415236, "减少6,272人", "参保 decrease")
        rate(6272, 421508, "下降1.49%", "参保 decline")
        rate(415236, 436440, "参保率95.14%", "参保率")
        eq(D(415236) * 550 / 10000, "应安排22837.98万元", "应安排")
        for part, share in (("18270.38", "80%"), ("2968.94", "13%"), ("799.33", "3.5%")):
            rate(part, "22837.98", share, f"share {part}")
        L("按80%、13%、3.5%、3.5%分担")
        eq(D("15800.00") + D("2470.38"), "中央补助资金合计18270.38万元", "中央")
        eq(D("15800.00") + D("799.33"), "年初预算16599.33万元", "年初")
        eq(D("2470.38") + D("2968.94") + D("799.33"), "资金6238.65万元", "追加")
        eq(D("16599.33") + D("6238.65"), "全年预算22837.98万元", "全年")
        rate("22638.65", "22837.98", "到位率99.13%", "到位率")
        eq(D("799.33") - D("600.00"), "尚有199.33万元未到位", "未到位")
        rate("22638.65", "22837.98", "预算执行率99.13%", "执行率")
        L("到位资金无结余")
        eq(D(415236) * 280 / 10000, "个人缴费11626.61万元", "个人缴费")
        eq(D("22638.65") + D("11626.61"), "基金收入34265.26万元", "基金收入")
        eq(D("34265.26") - D("32918.47"), "当期结余1346.79万元", "当期结余")
        eq(D("5872.40") + D("1346.79"), "年末累计结余7219.19万元", "累计结余")
        eq(D("7219.19") / (D("32918.47") / 12), "可支付2.63个月", "可支付月数")
        rate(415236, 421500, "完成目标的98.51%", "参保人数 completion")
        eq(D("58.37") - D("57.62"), "提高0.75个百分点", "报销比例 yoy")
        eq(D("99.26") - D("86.50"), "提高12.76分", "score yoy")
        eq(10 * D("0.9913"), "预算执行得9.91分", "execution score")
        eq(D("7.88") + 8 + D("7.93") + 8 + 6 + 6 + 6, "产出指标得49.81分", "产出 level")
        eq(10 + D("9.73") + 10, "效益指标得29.73分", "效益 level")
        eq(D("9.91") + D("49.81") + D("29.73") + D("9.81"), "自评总分99.26分", "total")
    elif proj == "binchuan-deptwhole-2019":
        eq(D("9365.20") + D("3214.86") + D("266.69"), "本年收入合计12846.75万元", "收入")
        eq(D("7482.31") + D("5421.27"), "本年支出合计12903.58万元", "支出")
        eq(D("412.36") + D("12846.75") - D("12903.58"), "年末结转结余355.53万元", "年末结转结余")
        rate("12903.58", "13432.00", "预算执行率96.07%", "执行率")
        eq(D("4.12") + D("17.25"), "实际支出21.37万元", "三公")
        rate("21.37", "28.50", "控制率74.98%", "三公控制率")
        rate(D("24.86") - D("21.37"), "24.86", "下降14.04%", "三公 decline")
        eq(D("386.00") - D("372.48"), "节约资金13.52万元", "采购节约")
        rate("13.52", "386.00", "节约率3.50%", "节约率")
        rate(15, 3896, "婴儿死亡率3.85‰", "婴儿死亡率", scale=1000)
        rate(129418, 353600, "签约率36.60%", "签约率")
        eq(D("36.60") - D("34.12"), "提高2.48个百分点", "签约率 yoy")
        eq(D(8768) * 1200 / 10000, "奖励扶助金1052.16万元", "奖扶")
        rate(815, 862, "在职人员控制率94.55%", "在职人员控制率")
        eq((D("96") + D("93.5") + D("95.2") + D("88") + D("91")) / 5, "平均自评得分92.74分", "project average")
        eq(10 * D("0.9607"), "| 预算执行 | 10 | 9.61 |", "execution score")
        eq(10 * D("0.92"), "| 社会公众满意度 | 10 | 9.2 |", "satisfaction score")
        L("满意度92%")
        eq(D("12903.58"), "全年完成支出12903.58万元", "restated 支出")
    else:
        fail(f"no project checks for {proj}")


# ---------------------------------------------------------------- labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = {r["case"] for r in labels}
    files = set(os.listdir(CASES))
    if names != files:
        fail(f"labels/case files differ: {sorted(names ^ files)}")
    edits = {(d["case"], d["e"]): d for d in build.EDITS}
    used = {}
    for rec in labels:
        text = read(rec["case"])
        clean = read(f"{rec['source']}-clean.txt")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean case with labels or different text")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            used.setdefault(exp["code"], set()).add(rec["source"])
            used.setdefault("_n_" + exp["code"], []).append(rec["case"])
        # one contiguous edit
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while (j < min(len(text), len(clean)) - i and text[len(text) - 1 - j] == clean[len(clean) - 1 - j]):
            j += 1
        old_seg, new_seg = clean[i:len(clean) - j], text[i:len(text) - j]
        e = rec["case"][len(rec["source"]) + 1:-4]
        rows = edits[(rec["source"], e)].get("rows", False)
        size = max(len(old_seg), len(new_seg))
        if rows:
            if old_seg.count("\n") > 1 or new_seg.count("\n") > 1:
                fail(f"{rec['case']}: row edit spans more than two rows")
            for seg in (old_seg, new_seg):
                for part in seg.split("\n")[1:]:
                    if not part.startswith("|"):
                        fail(f"{rec['case']}: row edit leaves the table")
        else:
            if "\n" in old_seg or "\n" in new_seg:
                fail(f"{rec['case']}: edit spans lines")
            if size > 16:
                fail(f"{rec['case']}: edit of {size} characters ({old_seg!r} -> {new_seg!r})")
        # the value must contain (or overlap) the edited region
        vpos = text.find(rec["expected"][0]["value"])
        vend = vpos + len(rec["expected"][0]["value"])
        if not (vpos <= i + len(new_seg) and i <= vend):
            fail(f"{rec['case']}: value does not cover the edit")
    for code in CODES_A:
        n = len(used.get("_n_" + code, []))
        projs = used.get(code, set())
        if n < 2 or len(projs) < 2:
            fail(f"code {code}: used {n} times in {len(projs)} projects")
    return labels, used


def main():
    labels, used = check_labels()
    for proj in build.PROJECTS:
        name = f"{proj}-clean.txt"
        text = read(name)
        total = check_tables(name, text)
        if total is not None:
            check_grade(name, text, total)
        project_checks(proj, text)
        n = len(text)
        if not 2400 <= n <= 6000:
            fail(f"{name}: length {n} characters")
    if failures:
        for f in failures:
            print("FAIL", f)
        print(f"{len(failures)} problem(s)")
        return 1
    counts = {c: len(used.get("_n_" + c, [])) for c in CODES_A}
    print("codes:", ", ".join(f"{c}={n}" for c, n in counts.items()))
    print(f"OK ({len(labels)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
