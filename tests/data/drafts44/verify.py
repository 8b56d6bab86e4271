#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

    python3 verify.py        -> prints OK (exit 0) or the list of problems (exit 1)

Pure Python 3. Tolerance follows rules.md §8: a stated value with d decimals matches a computed
value c iff |c - v| <= 0.5 * 10^-d (+1e-9); a score may also follow from the rate as printed.
"""
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
NCHECKS = [0]

NUMERIC_CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"}
TWO_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    PROBLEMS.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def num(s):
    m = NUM.search(s.replace(",", ""))
    if not m:
        raise ValueError(f"no number in {s!r}")
    return float(m.group())


def decimals(s):
    m = NUM.search(s.replace(",", ""))
    g = m.group()
    return len(g.split(".")[1]) if "." in g else 0


def close(c, stated):
    """stated: string as written ("99.42%", "9.94", "27.00万元")."""
    v, d = num(stated), decimals(stated)
    return abs(c - v) <= 0.5 * 10 ** (-d) + 1e-9


def chk(where, computed, stated, text=None, ctx=None):
    """Assert computed matches stated; when ctx is given, assert ctx (containing stated) is in text."""
    NCHECKS[0] += 1
    if ctx is not None:
        if stated not in ctx:
            fail(f"{where}: context {ctx!r} does not contain {stated!r}")
        if text is not None and ctx not in text:
            fail(f"{where}: {ctx!r} not found in the draft")
            return
    if not close(computed, stated):
        fail(f"{where}: computed {computed:.6f}, stated {stated}")


def eq(where, a, b):
    NCHECKS[0] += 1
    if abs(a - b) > 1e-6:
        fail(f"{where}: {a} != {b}")


def has(where, text, s):
    NCHECKS[0] += 1
    if s not in text:
        fail(f"{where}: {s!r} not found in the draft")


# ---------------------------------------------------------------- tables (TAB separated)
def table(text, header_prefix, n_header):
    """Rows (lists of cells) after the header line(s) starting with header_prefix, up to a blank line."""
    lines = text.split("\n")
    idx = [i for i, l in enumerate(lines) if l.startswith(header_prefix) and "\t" in l]
    if len(idx) != 1:
        fail(f"table header {header_prefix!r} found {len(idx)} times")
        return []
    out = []
    for l in lines[idx[0] + n_header:]:
        if not l.strip():
            break
        out.append(l.split("\t"))
    return out


def row(rows, label):
    r = [x for x in rows if x[0] == label]
    if len(r) != 1:
        fail(f"row {label!r} found {len(r)} times")
        return None
    return r[0]


def funds(where, rows, total_label, sum_cols, rate=None, balance=None, members=None):
    """sum_cols: columns whose member rows add to the total row; rate=(num_col, den_col, rate_col);
    balance=(a_col, b_col, bal_col): bal = a - b.  members: labels of the rows that add up."""
    tot = row(rows, total_label)
    mem = [r for r in rows if r[0] != total_label and (members is None or r[0] in members)]
    for c in sum_cols:
        s = sum(num(r[c]) for r in mem if r[c] not in ("", "—"))
        chk(f"{where} column {c} sum", s, tot[c])
    for r in mem + [tot]:
        if rate:
            n, d, rc = rate
            if num(r[d]) == 0:
                NCHECKS[0] += 1
                if r[rc] != "—":
                    fail(f"{where} {r[0]}: rate on a zero base printed {r[rc]!r}")
            else:
                chk(f"{where} {r[0]} rate", num(r[n]) / num(r[d]) * 100, r[rc])
        if balance:
            a, b, bc = balance
            chk(f"{where} {r[0]} balance", num(r[a]) - num(r[b]), r[bc])


# ---------------------------------------------------------------- indicator scoring (rules §5)
def direction(target):
    if target.startswith("≥") or "不低于" in target or "不少于" in target:
        return "gte"
    if target.startswith("≤") or "不超过" in target or "以内" in target:
        return "lte"
    return "eq"


def is_quant(target, actual):
    return bool(NUM.search(target)) and bool(NUM.search(actual)) and "年" not in target and ":" not in target


def completion(target, actual):
    t, a = num(target), num(actual)
    if direction(target) == "lte":
        return 100.0 if a <= t else t / a * 100
    return a / t * 100


def score_ok(where, target, actual, weight, score, comp_stated=None):
    w, s = num(weight), num(score)
    NCHECKS[0] += 1
    if s > w + 1e-9 or s < 0:
        fail(f"{where}: score {score} outside [0, {weight}]")
        return
    if target == "100%" and actual.endswith("%") and "执行率" in where:
        pass
    if is_quant(target, actual):
        c = completion(target, actual)
        if comp_stated and comp_stated != "—":
            chk(f"{where} completion", c, comp_stated)
        exp = w * min(c, 100.0) / 100
        alt = w * min(num(comp_stated), 100.0) / 100 if comp_stated and comp_stated != "—" else exp
        NCHECKS[0] += 1
        if not (close(exp, score) or close(alt, score)):
            fail(f"{where}: score {score}, rule gives {exp:.4f}")
    else:
        # qualitative / date / time: full marks when actual == target (or the date meets 'X前');
        # otherwise the band of rules §5: 部分 -> [60%, 80%), achieved -> [80%, 100%]
        met = actual == target or (target.endswith("前") and target[:-1] == actual)
        if met:
            NCHECKS[0] += 1
            if abs(s - w) > 1e-9:
                fail(f"{where}: target met, score {score} of {weight}")
        elif "部分" in actual:
            NCHECKS[0] += 1
            if not (0.6 * w - 1e-9 <= s < 0.8 * w):
                fail(f"{where}: partly achieved, score {score} outside [60%,80%)")
        else:
            NCHECKS[0] += 1
            if not (0.8 * w - 1e-9 <= s <= w):
                fail(f"{where}: achieved band, score {score} outside [80%,100%]")


def score_table(where, text, rows, cols, total_label, extra=()):
    """cols: dict target/actual/weight/score[/completion] -> column index. extra: (weight, score) pairs
    scored elsewhere (execution row of the funds block). Returns the stated total."""
    tw, ts = 0.0, 0.0
    for w, s in extra:
        tw += num(w)
        ts += num(s)
    total = None
    for r in rows:
        if r[0] == total_label:
            total = r
            continue
        name = r[2]
        comp = r[cols["completion"]] if "completion" in cols else None
        if "执行率" in name and "预算" in name:
            # execution row: score = weight x min(rate, 100%)
            rate = r[cols["actual"]]
            chk(f"{where} {name} score", num(r[cols["weight"]]) * min(num(rate), 100) / 100,
                r[cols["score"]])
            if comp:
                chk(f"{where} {name} completion", num(rate), comp)
        else:
            score_ok(f"{where} {name}", r[cols["target"]], r[cols["actual"]], r[cols["weight"]],
                     r[cols["score"]], comp)
        tw += num(r[cols["weight"]])
        ts += num(r[cols["score"]])
    if total is None:
        fail(f"{where}: no total row")
        return None
    eq(f"{where} weights sum to 100", tw, 100)
    chk(f"{where} stated weight total", tw, total[cols["weight"]])
    chk(f"{where} scores sum to total", ts, total[cols["score"]])
    return total[cols["score"]]


GRADE = re.compile(r"得分(\d+(?:\.\d+)?)分，(?:自评|评价)?等级为“?(优秀|良好|中等|优|良|中|差)")


def band(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def grade(where, text, table_total):
    ms = GRADE.findall(text)
    NCHECKS[0] += 1
    if len(ms) != 1:
        fail(f"{where}: grade sentence found {len(ms)} times")
        return
    total, g = ms[0]
    eq(f"{where} text total = table total", float(total), num(table_total))
    NCHECKS[0] += 1
    if band(float(total))[0] != g[0]:
        fail(f"{where}: total {total} graded {g}, band {band(float(total))}")


def average(where, items, stated, text, ctx):
    chk(where, sum(items) / len(items), stated, text, ctx)



def years(where, text, year):
    """Year identities (rules I14): report year in the title, 截至…12月31日 in the year, money issued in
    the year (or the December before), carry-over to a later year, report dated the following year."""
    head = text[:200]
    NCHECKS[0] += 1
    if f"{year}年度" not in head:
        fail(f"{where}: title does not name {year}年度")
    for y in re.findall(r"截至(\d{4})年12月31日", text):
        NCHECKS[0] += 1
        if int(y) != year:
            fail(f"{where}: 截至{y}年12月31日 in a {year} report")
    for y in re.findall(r"结转(\d{4})年", text):
        NCHECKS[0] += 1
        if int(y) <= year:
            fail(f"{where}: 结转{y}年 in a {year} report")
    for y, m in re.findall(r"于(\d{4})年(\d{1,2})月(?:[、\d月]*)(?:下达|分两批拨付|拨付)", text):
        NCHECKS[0] += 1
        if not (int(y) == year or (int(y) == year - 1 and int(m) == 12)):
            fail(f"{where}: money issued {y}年{m}月 for {year}")
    last = [l for l in text.split("\n") if l.strip()][-1]
    NCHECKS[0] += 1
    if not re.fullmatch(rf"{year + 1}年\d{{1,2}}月\d{{1,2}}日", last.strip()):
        fail(f"{where}: report date {last!r} not in {year + 1}")
    for tail in re.findall(r"预算0\.00万元，([^。；]*)", text):
        NCHECKS[0] += 1
        if "率" in tail:
            fail(f"{where}: a rate stated on a zero budget: {tail!r}")

# ---------------------------------------------------------------- project checks
def p_xinhui(t):
    w = "xinhui"
    years(w, t, 2023)
    r1 = table(t, "项目\t预算数", 2)
    funds(w + " 表1", r1, "合计", [1, 2, 3, 4, 5], rate=(4, 2, 6), balance=(3, 4, 5))
    r2 = table(t, "季度\t清运量", 2)
    for r in r2[:-1]:
        eq(f"{w} 表2 {r[0]} amount", num(r[1]) * num(r[2]), num(r[3]))
        eq(f"{w} 表2 {r[0]} paid", num(r[3]) - num(r[5]), num(r[6]))
    funds(w + " 表2", r2, "合计", [1, 3, 5, 6])
    average(f"{w} quarterly score average", [num(r[4]) for r in r2[:-1]], "92.6", t, "平均得分92.6分")
    has(w, t, "\t92.6分\t")
    # budget build-up and sources
    chk(w + " 收运测算", 600 * 365 * 90 / 1e4, "1971.00", t, "收运服务费1971.00万元（按日均600吨、全年365天、90元/吨测算）")
    chk(w + " 处理测算", 600 * 365 * 110 / 1e4, "2409.00", t, "焚烧处理费2409.00万元（按日均600吨、全年365天、110元/吨测算）")
    chk(w + " 年初", 1971.00 + 2409.00 + 120.00, "4500.00", t, "年初预算4500.00万元")
    chk(w + " 追加", 69.00 + 81.00, "150.00", t, "追加预算150.00万元")
    has(w, t, "其中收运服务费69.00万元、焚烧处理费81.00万元")
    chk(w + " 全年", 4500.00 + 150.00, "4650.00", t, "全年预算4650.00万元")
    chk(w + " sources", 3900.00 + 750.00, "4650.00", t,
        "全年预算4650.00万元，其中区级一般公共预算安排3900.00万元、生活垃圾处理费收入安排750.00万元")
    chk(w + " 到位率", 4650 / 4650 * 100, "100%", t, "到位率100%")
    chk(w + " 执行率", 4623.00 / 4650.00 * 100, "99.42%", t, "项目实际支出4623.00万元，预算执行率99.42%")
    chk(w + " 结余", 4650.00 - 4623.00, "27.00", t, "结余27.00万元")
    chk(w + " 收运结余", (2040.00 - 2030.13) + 4.85, "14.72", t, "收运服务费结余14.72万元，其中考核扣款4.85万元")
    chk(w + " 处理费", 225570 * 110 / 1e4, "2481.27", t, "按过磅量225570吨、110元/吨结算，支出2481.27万元")
    chk(w + " 扣款", 97 * 500, "48500", t, "全年共发现并整改问题97宗，扣款48500元")
    chk(w + " 应付", 20301300 / 1e4, "2030.13", t, "全年应付收运服务费2030.13万元")
    chk(w + " 实付", 2030.13 - 4.85, "2025.28", t, "扣除考核扣款4.85万元后实际支付2025.28万元")
    eq(w + " 实付元", 20252800 / 1e4, 2025.28)
    chk(w + " 日均", 225570 / 365, "618", t, "日均618吨")
    chk(w + " 完成", 22.557 / 21.90 * 100, "103.00%", t, "完成年度目标的103.00%")
    chk(w + " 目标量", 600 * 365 / 1e4, "21.90", t, "不少于21.90万吨（日均600吨）")
    chk(w + " 2022日均", 213600 / 365, "585.2", t, "21.36万吨（日均585.2吨）")
    chk(w + " 增长", (22.557 - 21.36) / 21.36 * 100, "5.60%", t, "增长5.60%")
    chk(w + " 日产日清", 1220 / 1250 * 100, "97.6%", t, "日产日清达标1220点次，达标率97.6%")
    chk(w + " 日产日清完成率", 97.6 / 98 * 100, "99.59%", t, "完成率99.59%")
    chk(w + " 投诉", 164 / 167 * 100, "98.20%", t, "办结164件，办结率98.20%")
    chk(w + " 满意度", 561 / 600 * 100, "93.5%", t, "群众满意度93.5%")
    chk(w + " 超额", (22.557 - 21.90) / 21.90 * 100, "3.00%", t, "超额完成3.00%")
    eq(w + " 车辆", 32 + 14, 46)
    has(w, t, "收运车辆46辆（其中压缩式垃圾车32辆、勾臂车14辆）")
    # self-evaluation table: funds block + indicators
    fb = table(t, "项目资金（万元）", 1)[:4]  # block of 4 rows, the indicator table follows
    tot = row(fb, "年度资金总额")
    chk(w + " 自评表执行率", num(tot[3]) / num(tot[2]) * 100, tot[5])
    chk(w + " 自评表执行得分", 10 * num(tot[3]) / num(tot[2]), tot[6])
    eq(w + " 自评表 = 表1", num(tot[3]), 4623.00)
    for c in (1, 2, 3):
        eq(f"{w} 自评表 components col {c}", sum(num(r[c]) for r in fb[1:]), num(tot[c]))
    rows = table(t, "绩效指标\t\t\t年度指标值", 2)
    total = score_table(w + " 自评表", t, rows, {"target": 3, "actual": 4, "weight": 5, "score": 6},
                        "总分", extra=[(tot[4], tot[6])])
    chk(w + " 执行得分 text", 10 * 4623 / 4650, "9.94", t, "预算执行率得分9.94分")
    grade(w, t, total)


def p_huangyan(t):
    w = "huangyan"
    years(w, t, 2021)
    chk(w + " 满意度", 442 / 500 * 100, "88.4%", t, "表示满意的442份，市民满意度88.4%")
    r1 = table(t, "项目\t预算数", 2)
    funds(w + " 表1", r1, "合计", [1, 2, 3, 4], rate=(4, 2, 5))
    r2 = table(t, "季度\t标段一", 2)
    for r in r2:
        eq(f"{w} 表2 {r[0]} 标段一", num(r[1]) - num(r[2]), num(r[3]))
        eq(f"{w} 表2 {r[0]} 标段二", num(r[4]) - num(r[5]), num(r[6]))
    funds(w + " 表2", r2, "合计", [1, 2, 3, 4, 5, 6])
    eq(w + " quarterly 1/4", 1286.40 / 4, 321.60)
    eq(w + " quarterly 2/4", 1093.60 / 4, 273.40)
    chk(w + " 合同合计", 1286.40 + 1093.60, "2380.00", t, "两标段作业服务费\t2380.00")
    chk(w + " 合同面积", 258.3 + 216.2, "474.5", t, "两标段合同面积474.5万平方米")
    chk(w + " 总面积", 474.5 + 12.0, "486.5", t, "至年末，城区道路清扫保洁总面积486.5万平方米")
    chk(w + " 新接管费", 12.0 * 7.20, "86.40", t, "新接管道路清扫保洁费\t42.00\t90.00\t90.00\t86.40")
    chk(w + " 追加", 90.00 - 42.00, "48.00", t, "追加新接管道路清扫保洁费48.00万元")
    chk(w + " 全年", 2520.00 + 48.00, "2568.00", t, "调整后全年预算2568.00万元")
    chk(w + " 执行率", 2545.22 / 2568.00 * 100, "99.11%", t, "全年实际支出2545.22万元，预算执行率99.11%")
    chk(w + " 结余", 2568.00 - 2545.22, "22.78", t, "年末结余22.78万元")
    chk(w + " 扣款", 8.30 + 5.80, "14.10", t, "全年考核扣款合计14.10万元，其中标段一8.30万元、标段二5.80万元")
    chk(w + " 作业费支出", 1278.10 + 1087.80, "2365.90", t, "两标段作业服务费实际支出2365.90万元")
    eq(w + " vehicles", 26 + 12 + 18, 56)
    has(w, t, "洗扫车26台、高压冲洗车12台、小型机扫车18台，合计56台")
    has(w, t, "现有56台机扫作业车辆")
    chk(w + " 机械化率", 374.6 / 486.5 * 100, "77.00%", t, "机械化清扫面积374.6万平方米，机械化清扫率77.00%")
    chk(w + " 机械化提高", 77.00 - 71.2, "5.8", t, "较2020年的71.2%提高5.8个百分点")
    chk(w + " 面积增加", 486.5 - 452.3, "34.2", t, "较2020年的452.3万平方米增加34.2万平方米")
    s = [88.2, 89.5, 86.8, 90.7, 89.4, 87.7, 90.5, 86.0]
    has(w, t, "标段一四个季度得分分别为88.2分、89.5分、86.8分、90.7分，标段二分别为89.4分、87.7分、90.5分、86.0分")
    average(w + " 考核平均", s, "88.6", t, "两个标段全年平均88.6分")
    chk(w + " 投诉下降", (156 - 134) / 156 * 100, "14.10%", t, "较2020年的156件下降14.10%")
    rows = table(t, "绩效指标\t\t\t年度指标值", 2)
    total = score_table(w + " 自评表", t, rows, {"target": 3, "actual": 4, "weight": 5, "score": 6}, "合计")
    grade(w, t, total)


def p_hanjiang(t):
    w = "hanjiang"
    years(w, t, 2019)
    r1 = table(t, "资金来源\t预算数", 2)
    funds(w + " 表1", r1, "合计", [1, 2, 3], rate=(3, 2, 4))
    r2 = table(t, "支出内容\t预算数", 2)
    funds(w + " 表2", r2, "合计", [1, 2, 3], rate=(3, 2, 4))
    has(w, t, "年初预算680.00万元（莆涵财〔2019〕5号），年内未调整")
    for r in r1 + r2:
        eq(f"{w} {r[0]} 未调整", num(r[1]), num(r[2]))
    chk(w + " 未到位", 330.00 - 300.00, "30.00", t, "分两批拨付300.00万元，尚有30.00万元未到位")
    chk(w + " 执行率", 643.20 / 680.00 * 100, "94.59%", t, "项目支出643.20万元，预算执行率94.59%")
    chk(w + " 使用率", 643.20 / 650.00 * 100, "98.95%", t, "按到位资金计算的资金使用率为98.95%")
    chk(w + " 结余", 650.00 - 643.20, "6.80", t, "年末到位资金结余6.80万元")
    chk(w + " 设施", 95.88 + 156.48, "252.36", t, "分类设施购置支出252.36万元，其中分类垃圾桶4794只、95.88万元，集中投放亭326个、156.48万元")
    chk(w + " 督导费", 2052 * 1000 / 1e4, "205.20", t, "全年在岗2052人·月，月均在岗171人，支出205.20万元")
    average(w + " 月均在岗", [2052 / 12], "171", t, "月均在岗171人")
    chk(w + " 厨余费", 4230 * 300 / 1e4, "126.90", t, "全年收运4230吨，支出126.90万元")
    chk(w + " 厨余日均", 4230 / 184, "23.0", t, "共184天，分出厨余垃圾4230吨，日均23.0吨")
    eq(w + " 184 days", (31 + 31 + 30 + 31 + 30 + 31), 184)
    chk(w + " 2018覆盖率", 21450 / 58620 * 100, "36.59%", t, "已纳入分类覆盖21450户，覆盖率36.59%")
    chk(w + " 新增户", 43380 - 21450, "21930", t, "新增分类覆盖21930户")
    chk(w + " 覆盖率", 43380 / 58620 * 100, "74.00%", t, "城区分类覆盖43380户，覆盖率74.00%")
    chk(w + " 提高", 43380 / 58620 * 100 - 21450 / 58620 * 100, "37.41", t, "较上年提高37.41个百分点")
    chk(w + " 准确率", 852 / 1500 * 100, "56.8%", t, "分类准确852桶次，分类准确率56.8%")
    chk(w + " 满意度", 436 / 500 * 100, "87.2%", t, "表示满意的436份，居民满意度87.2%")
    chk(w + " 督导完成", 171 / 180 * 100, "95.00%", t, "较180人的指标少9人，完成率95.00%")
    chk(w + " 覆盖完成", 21930 / 20000 * 100, "109.65%", t, "新增分类覆盖21930户，完成率109.65%")
    chk(w + " 投放点完成", 326 / 300 * 100, "108.67%", t, "新建分类集中投放点326个，完成率108.67%")
    has(w, t, "督导员月均在岗171人，流失")
    rows = table(t, "一级指标\t二级指标\t三级指标\t指标值", 2)
    total = score_table(w + " 自评表", t, rows,
                        {"target": 3, "actual": 4, "completion": 5, "weight": 6, "score": 7}, "合计")
    grade(w, t, total)


def p_shanwei(t):
    w = "shanwei"
    years(w, t, 2024)
    chk(w + " 满意度", 330 / 400 * 100, "82.5%", t, "有效问卷400份，群众满意度82.5%")
    r1 = table(t, "项目\t预算数", 2)
    funds(w + " 表1", r1, "合计", [1, 2, 3, 4], rate=(4, 3, 5))
    for r in r1:
        eq(f"{w} 表1 {r[0]} 年初+调整=全年", num(r[1]) + num(r[2]), num(r[3]))
    chk(w + " 年初来源", 300.00 + 670.00, "970.00", t, "项目年初预算970.00万元（汕城财〔2024〕9号），其中省级“厕所革命”补助资金300.00万元、区级财政资金670.00万元")
    chk(w + " 全年来源", 300.00 + 660.00, "960.00", t, "调整后全年预算960.00万元，其中省级补助资金300.00万元、区级财政资金660.00万元")
    chk(w + " 调减", 970.00 - 960.00, "10.00", t, "调减预算10.00万元")
    chk(w + " 执行率", 815.90 / 960.00 * 100, "84.99%", t, "项目实际支出815.90万元，预算执行率84.99%")
    has(w, t, "全年预算执行率84.99%，低于90%")
    chk(w + " 新建支付", 276.00 * 0.85, "234.60", t, "合同价276.00万元，按合同支付至85%，即234.60万元")
    chk(w + " 尾款", 276.00 - 234.60, "41.40", t, "剩余工程尾款41.40万元")
    chk(w + " 结转", 41.40 + 84.00, "125.40", t, "合计125.40万元结转2025年继续使用")
    eq(w + " 结转=新建未支", 360.00 - 234.60, 125.40)
    chk(w + " 改造结余", 264.00 - 252.34, "11.66", t, "结算审定金额252.34万元，结余11.66万元")
    chk(w + " 管护结余", 312.00 - 307.12, "4.88", t, "扣除考核扣款后结余4.88万元")
    chk(w + " 智慧支出", 28 * 0.78, "21.84", t, "为28座公厕安装，支出21.84万元")
    chk(w + " 智慧结余", 24.00 - 21.84, "2.16", t, "结余2.16万元")
    eq(w + " 差额合计", 125.40 + 11.66 + 4.88 + 2.16, 960.00 - 815.90)
    r2 = table(t, "季度\t合同应付", 2)
    for r in r2[:-1]:
        eq(f"{w} 表2 {r[0]} paid", num(r[1]) - num(r[3]), num(r[4]))
        has(w, r[5], "2024年")
    funds(w + " 表2", r2, "合计", [1, 3, 4])
    eq(w + " 管护合同", 130 * 2.4, 312.00)
    chk(w + " 扣款宗数", 488 * 100 / 1e4, "4.88", t, "公厕管护服务扣除考核扣款后结余4.88万元")
    has(w, t, "全年共计扣款488宗")
    average(w + " 管护平均", [num(r[2]) for r in r2[:-1]], "91.3", t, "四个季度考核平均得分91.3分")
    chk(w + " 新建完成", 6 / 8 * 100, "75.00%", t, "新建公厕6座，完成年度指标的75.00%")
    chk(w + " 按期完工", 26 / 30 * 100, "86.67%", t, "按期完工26座，按期完工率86.67%")
    eq(w + " 按期完工口径", 6 + 20, 26)
    chk(w + " 单座成本", 252.34 / 22, "11.47", t, "改造提升单座平均成本11.47万元")
    chk(w + " 公厕总数", 130 + 6, "136", t, "年末城区建成区公厕达到136座")
    chk(w + " 每万人", 136 / 42.5, "3.20", t, "按建成区常住人口42.5万人计算，每万人拥有公厕3.20座")
    chk(w + " 投诉下降", (96 - 78) / 96 * 100, "18.75%", t, "较2023年的96件下降18.75%")
    rows = table(t, "一级指标\t二级指标\t三级指标\t年度指标值", 1)
    total = score_table(w + " 自评表", t, rows,
                        {"target": 3, "actual": 4, "completion": 5, "weight": 6, "score": 7}, "合计")
    grade(w, t, total)


def p_kecheng(t):
    w = "kecheng"
    years(w, t, 2018)
    has(w, t, "因公出国（境）费预算0.00万元，未发生支出")
    r1 = table(t, "支出类别\t预算数", 2)
    funds(w + " 表1", r1, "合计", [1, 2, 3, 4], rate=(3, 2, 5), balance=(2, 3, 4),
          members=("基本支出", "项目支出"))
    sub = [r for r in r1 if r[0] in ("其中：人员经费", "公用经费")]
    base = row(r1, "基本支出")
    for c in (1, 2, 3, 4):
        eq(f"{w} 基本支出 = 人员 + 公用 col {c}", sum(num(r[c]) for r in sub), num(base[c]))
    for r in sub:
        chk(f"{w} {r[0]} rate", num(r[3]) / num(r[2]) * 100, r[5])
        chk(f"{w} {r[0]} balance", num(r[2]) - num(r[3]), r[4])
    chk(w + " 追加", 5130.00 - 4820.00, "310.00", t, "年中追加310.00万元")
    eq(w + " 追加构成", 16.00 + 294.00, 310.00)
    eq(w + " 基本追加", 1452.00 - 1436.00, 16.00)
    eq(w + " 项目追加", 3678.00 - 3384.00, 294.00)
    chk(w + " 来源", 4986.38 + 74.88 + 68.74, "5130.00", t, "调整后全年预算5130.00万元，资金来源为当年财政拨款4986.38万元、其他收入74.88万元及上年结转68.74万元")
    chk(w + " 执行率", 5042.66 / 5130.00 * 100, "98.30%", t, "全年实际支出5042.66万元，预算执行率98.30%")
    chk(w + " 结转结余", 5130.00 - 5042.66, "87.34", t, "结转结余87.34万元")
    chk(w + " 结转结余率", 87.34 / 5130.00 * 100, "1.70%", t, "结转结余率1.70%")
    chk(w + " 在职控制率", 86 / 88 * 100, "97.73%", t, "核定编制88名，年末在职人员86人，在职人员控制率97.73%")
    has(w, t, "核定事业编制88名，2018年末在职在编86人")
    chk(w + " 三公", 13.80 + 1.62, "15.42", t, "实际支出15.42万元，其中公务用车运行维护费13.80万元、公务接待费1.62万元")
    chk(w + " 三公下降", (17.35 - 15.42) / 17.35 * 100, "11.12%", t, "较2017年的17.35万元下降11.12%")
    has(w, t, "\t-11.12%\t")
    chk(w + " 基本执行率", 1436.20 / 1452.00 * 100, "98.91%", t, "基本支出执行率98.91%")
    chk(w + " 项目执行率", 3606.46 / 3678.00 * 100, "98.05%", t, "项目支出执行率98.05%")
    chk(w + " 机械化率", 286.3 / 428.6 * 100, "66.80%", t, "机械化清扫面积286.3万平方米，机械化清扫率66.80%")
    chk(w + " 外包扣款", 0.82 + 0.65 + 1.04 + 0.75, "3.26", t, "四个季度考核扣款分别为0.82万元、0.65万元、1.04万元、0.75万元，合计3.26万元")
    chk(w + " 外包实付", 624.00 - 3.26, "620.74", t, "实付620.74万元")
    chk(w + " 垃圾日均", 114026 / 365, "312.4", t, "全年清运生活垃圾114026吨，日均312.4吨")
    chk(w + " 垃圾增长", (312.4 - 296.8) / 296.8 * 100, "5.26%", t, "较2017年的日均296.8吨增长5.26%")
    r2 = table(t, "序号\t项目名称", 2)
    funds(w + " 表2", [[r[0]] + r[2:] for r in r2], "合计", [1, 2, 3], rate=(3, 2, 4))
    scores = [num(r[6]) for r in r2 if r[0] != "合计"]
    for r in r2:
        if r[0] != "合计":
            NCHECKS[0] += 1
            if band(num(r[6])) != r[7]:
                fail(f"{w} 表2 {r[1]} grade {r[7]} for {r[6]}")
    average(w + " 项目平均分", scores, "92.50", t, "5个项目自评平均得分92.50分")
    NCHECKS[0] += 1
    if sum(1 for s in scores if s >= 90) != 4 or sum(1 for s in scores if 80 <= s < 90) != 1:
        fail(f"{w}: 优秀4个、良好1个 does not hold")
    has(w, t, "其中优秀4个、良好1个，项目绩效自评优良率100%")
    chk(w + " 车辆", 4 + 8 + 4, "16", t, "全年购置作业车辆16辆，其中洗扫车4辆、压缩式垃圾车8辆、小型电动保洁车4辆")
    chk(w + " 投诉", 248 / 250 * 100, "99.20%", t, "办结248件，办结率99.20%")
    eq(w + " 未办结", 250 - 248, 2)
    chk(w + " 满意度", 916 / 1000 * 100, "91.6%", t, "表示满意的916人，社会公众满意度91.6%")
    chk(w + " 提高", 98.78 - 87.60, "11.18", t, "较2017年度（87.60分）提高11.18分")
    rows = table(t, "一级指标\t二级指标\t三级指标\t指标值", 1)
    total = score_table(w + " 评分表", t, rows, {"target": 3, "actual": 4, "weight": 5, "score": 6}, "合计")
    # block weights stated in the first-level labels, e.g. 投入（20分）
    blocks, cur = {}, None
    for r in rows:
        if r[0] and r[0] != "合计":
            cur = r[0]
            blocks[cur] = 0.0
        if r[0] != "合计":
            blocks[cur] += num(r[5])
    for k, v in blocks.items():
        eq(f"{w} block {k}", v, num(k))
    grade(w, t, total)


PROJECTS = {
    "xinhui-refusehaul-2023": p_xinhui,
    "huangyan-roadsweep-2021": p_huangyan,
    "hanjiang-wastesort-2019": p_hanjiang,
    "shanwei-toilets-2024": p_shanwei,
    "kecheng-sanitationdept-2018": p_kecheng,
}


# ---------------------------------------------------------------- labels and edits
def edit_regions(a, b):
    """Changed line pairs between clean a and case b; each as (line_no, old_segment, new_segment)."""
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return None
    out = []
    for i, (x, y) in enumerate(zip(la, lb)):
        if x == y:
            continue
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[len(x) - 1 - s] == y[len(y) - 1 - s]:
            s += 1
        out.append((i, x[p:len(x) - s], y[p:len(y) - s]))
    return out


def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ disagree")
    codes = {}
    for rec in labels:
        text = read(os.path.join(CASES, rec["case"]))
        clean = read(os.path.join(CASES, rec["source"] + "-clean.txt"))
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean record with expectations or text differs")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected must hold exactly one error")
            continue
        exp = rec["expected"][0]
        codes.setdefault(exp["code"], set()).add(rec["source"])
        NCHECKS[0] += 1
        if exp["code"] not in NUMERIC_CODES or exp["severity"] != "error":
            fail(f"{rec['case']}: code/severity {exp['code']}/{exp['severity']}")
        if text.count(exp["value"]) != 1:
            fail(f"{rec['case']}: value occurs {text.count(exp['value'])} times in the case")
        if exp["value"] in clean:
            fail(f"{rec['case']}: value occurs in the clean draft")
        regs = edit_regions(clean, text)
        if regs is None:
            fail(f"{rec['case']}: line count changed")
            continue
        if not regs:
            fail(f"{rec['case']}: identical to the clean draft")
            continue
        if len(regs) > 2 or (len(regs) == 2 and (regs[1][0] - regs[0][0] != 1 or exp["code"] not in TWO_ROW_CODES)):
            fail(f"{rec['case']}: edit spans {len(regs)} lines {[r[0] for r in regs]}")
        for ln, old, new in regs:
            if max(len(old), len(new)) > 16:
                fail(f"{rec['case']}: edit on line {ln + 1} too long: {old!r} -> {new!r}")
            # the edit must touch the labelled value, or (for two-row edits) sit on an adjacent row
        v0 = text.find(exp["value"])
        v1 = v0 + len(exp["value"])
        starts = [sum(len(l) + 1 for l in text.split("\n")[:ln]) for ln, _, _ in regs]
        NCHECKS[0] += 1
        if not any(v0 <= s + len(text.split("\n")[ln]) and s <= v1 for s, (ln, _, _) in zip(starts, regs)):
            fail(f"{rec['case']}: value does not lie on an edited line")
    for code in sorted(NUMERIC_CODES):
        NCHECKS[0] += 1
        if len(codes.get(code, ())) < 2:
            fail(f"code {code} used in fewer than two projects: {sorted(codes.get(code, ()))}")
    return labels, codes


def main():
    for pid, fn in PROJECTS.items():
        fn(read(os.path.join(CASES, pid + "-clean.txt")))
    labels, codes = check_labels()
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        print(f"{len(PROBLEMS)} problem(s) in {NCHECKS[0]} checks")
        return 1
    counts = {}
    for rec in labels:
        for e in rec["expected"]:
            counts[e["code"]] = counts.get(e["code"], 0) + 1
    print(f"{len(labels)} cases, {NCHECKS[0]} checks; codes: " +
          ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
