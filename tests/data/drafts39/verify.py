#!/usr/bin/env python3
"""Check the set: labels against the cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3, no third-party packages. Run after build.py:  python3 build.py && python3 verify.py

1. labels.jsonl: every case exists; every value occurs exactly once in its case and never in
   the clean draft of its project; error cases differ from their clean draft.
2. Edit size: an error case differs from its clean draft in exactly one line, by one contiguous
   change of at most 16 characters; a score-row edit (several edits in build.EDITS) may touch two
   lines of adjacent table rows, each by at most 16 characters. The value covers the change.
3. Arithmetic of each clean draft, with the tolerance of rules.md section 8 (half a unit of the
   last stated decimal):
   - the flattened self-evaluation table (one cell per line, blank cells as empty lines) is
     rebuilt into rows: funds block (execution rates, components add up to the total row,
     execution score), indicator block (weights add to 100, score <= weight, scores add to the
     stated total, each score follows rules.md section 5, completion column if present);
   - the total and grade stated in the text agree with the table and the grade band;
   - project checks below: rates, sums, differences (balances), products, means and quotients,
     each written as text snippets that must occur in the clean draft, the figure in [brackets].
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return D(5) * D(10) ** (-(decimals(s) + 1)) + D("1e-9")


def close(computed, stated_str):
    return abs(D(computed) - num(stated_str)) <= tol(stated_str)


# ---------------------------------------------------------------- snippets
def snip(text, s, where):
    """Snippet with [bracketed] figures: must occur in text (brackets removed); returns the figures."""
    plain = s.replace("[", "").replace("]", "")
    if plain not in text:
        fail(f"{where}: snippet not in clean draft: {plain!r}")
        return None
    figs = re.findall(r"\[([^\]]+)\]", s)
    if not figs:
        fail(f"{where}: snippet without [figure]: {s!r}")
        return None
    return figs if len(figs) > 1 else figs[0]


def run_checks(pid, text, checks):
    n = 0
    for chk in checks:
        kind = chk[0]
        where = f"{pid} {kind} {chk[1:]!r}"[:160]
        if kind == "ratio":  # num / den * 100 = rate (percent)
            a, b, r = (snip(text, s, where) for s in chk[1:4])
            if None in (a, b, r):
                continue
            c = num(a) / num(b) * 100
            if not close(c, r):
                fail(f"{where}: {a}/{b} = {c:.4f}%, stated {r}")
        elif kind == "quot":  # num * factor / den = q
            a, b, q = (snip(text, s, where) for s in chk[1:4])
            factor = D(chk[4]) if len(chk) > 4 else D(1)
            if None in (a, b, q):
                continue
            c = num(a) * factor / num(b)
            if not close(c, q):
                fail(f"{where}: {a}*{factor}/{b} = {c:.4f}, stated {q}")
        elif kind == "sum":  # total = sum(parts)
            t = snip(text, chk[1], where)
            parts = [snip(text, s, where) for s in chk[2]]
            if t is None or None in parts:
                continue
            flat = []
            for p in parts:
                flat.extend(p if isinstance(p, list) else [p])
            c = sum(num(p) for p in flat)
            if not close(c, t):
                fail(f"{where}: parts add to {c}, stated total {t}")
        elif kind == "diff":  # a - b = c
            a, b, r = (snip(text, s, where) for s in chk[1:4])
            if None in (a, b, r):
                continue
            c = num(a) - num(b)
            if not close(c, r):
                fail(f"{where}: {a} - {b} = {c}, stated {r}")
        elif kind == "prod":  # a * b * factor = c
            a, b, r = (snip(text, s, where) for s in chk[1:4])
            factor = D(chk[4]) if len(chk) > 4 else D(1)
            if None in (a, b, r):
                continue
            c = num(a) * num(b) * factor
            if not close(c, r):
                fail(f"{where}: {a} x {b} x {factor} = {c}, stated {r}")
        elif kind == "mean":
            items = snip(text, chk[1], where)
            m = snip(text, chk[2], where)
            if items is None or m is None:
                continue
            c = sum(num(x) for x in items) / len(items)
            if not close(c, m):
                fail(f"{where}: mean {c:.4f}, stated {m}")
        elif kind == "custom":
            ok, msg = chk[1](text)
            if not ok:
                fail(f"{pid}: {msg}")
        else:
            fail(f"{pid}: unknown check kind {kind}")
        n += 1
    return n


# ---------------------------------------------------------------- flattened table
def cells_after(lines, start, ncols, stop_first):
    """Rows of ncols cells from lines[start:], until a row whose first cell is in stop_first (included)."""
    rows, i = [], start
    while i + ncols <= len(lines):
        row = [c.strip() for c in lines[i:i + ncols]]
        rows.append(row)
        i += ncols
        if row[0] in stop_first:
            break
    return rows


def parse_table(text, pid):
    lines = text.split("\n")
    # funds block
    try:
        f0 = lines.index("项目资金（万元）")
    except ValueError:
        fail(f"{pid}: no funds block")
        return None
    fh = []
    i = f0
    while lines[i] != "年度资金总额":
        fh.append(lines[i])
        i += 1
    funds = cells_after(lines, i, len(fh), {"其他资金", "其他资金（棚改专项债券）"})
    # indicator block
    try:
        k = lines.index("绩效指标", f0)
    except ValueError:
        fail(f"{pid}: no indicator block")
        return None
    ih = []
    j = k + 1
    while True:
        ih.append(lines[j])
        if lines[j].startswith("偏差原因") :
            break
        j += 1
    rows = cells_after(lines, j + 1, len(ih), {"总分", "合计"})
    return fh, funds, ih, rows


SIGN_GTE = ("≥", "不低于", "不少于")
SIGN_LTE = ("≤", "不高于", "不超过")


def split_value(v):
    """'≥5200户' -> ('gte', Decimal, '户');  '=2.5万元' -> ('eq', ...); '100%' -> ('eq', 100, '%')."""
    direction = "eq"
    for s in SIGN_GTE:
        if v.startswith(s):
            direction, v = "gte", v[len(s):]
    for s in SIGN_LTE:
        if v.startswith(s):
            direction, v = "lte", v[len(s):]
    if v.startswith("="):
        v = v[1:]
    m = re.match(r"^([0-9][0-9,]*(?:\.[0-9]+)?)(.*)$", v)
    if not m:
        return None
    return direction, num(m.group(1)), m.group(2), m.group(1)


def check_table(pid, text):
    parsed = parse_table(text, pid)
    if parsed is None:
        return None
    fh, funds, ih, rows = parsed
    col = {h: n for n, h in enumerate(fh)}
    # funds block
    total_row, parts = funds[0], funds[1:]
    for c in ("年初预算数", "全年预算数", "全年执行数"):
        s = sum(num(r[col[c]]) for r in parts)
        if not close(s, total_row[col[c]]):
            fail(f"{pid}: funds column {c}: components add to {s}, total row {total_row[col[c]]}")
    for r in funds:
        budget, spent, rate = num(r[col["全年预算数"]]), num(r[col["全年执行数"]]), r[col["执行率"]]
        if budget == 0:
            if rate not in ("—", "-", ""):
                fail(f"{pid}: funds row {r[0]}: rate {rate} on a zero budget")
        else:
            if not close(spent / budget * 100, rate.rstrip("%")):
                fail(f"{pid}: funds row {r[0]}: {spent}/{budget} vs {rate}")
    weight_sum, score_sum = D(0), D(0)
    if "分值" in col:
        w, s = num(total_row[col["分值"]]), total_row[col["得分"]]
        weight_sum += w
        score_sum += num(s)
        rate = num(total_row[col["全年执行数"]]) / num(total_row[col["全年预算数"]])
        if not close(w * min(rate, D(1)), s):
            fail(f"{pid}: execution score {s} vs {w} x {rate:.4f}")
    # indicator block
    hcol = {h: n for n, h in enumerate(ih)}
    total = rows[-1]
    body = rows[:-1]
    for r in body:
        name = r[hcol["三级指标"]]
        w, s = num(r[hcol["分值"]]), r[hcol["得分"]]
        weight_sum += w
        score_sum += num(s)
        if num(s) > w or num(s) < 0:
            fail(f"{pid}: row {name}: score {s} outside [0, {w}]")
        t = split_value(r[hcol["年度指标值"]])
        a = split_value(r[hcol["实际完成值"]])
        if t is None or a is None:
            fail(f"{pid}: row {name}: cannot read target/actual")
            continue
        if t[2] != a[2]:
            fail(f"{pid}: row {name}: unit {t[2]!r} vs {a[2]!r}")
        direction, T, A = t[0], t[1], a[1]
        if direction == "lte":
            comp = D(1) if A <= T else T / A
            comp_show = comp
        else:
            comp = A / T
            comp_show = comp
        expected = w * min(comp, D(1))
        if not close(expected, s):
            fail(f"{pid}: row {name}: score {s}, rule gives {expected:.4f}")
        if "完成率" in hcol:
            cr = r[hcol["完成率"]].rstrip("%")
            if not close(comp_show * 100, cr):
                fail(f"{pid}: row {name}: completion {cr}%, computed {comp_show * 100:.4f}%")
    tw, ts = total[hcol["分值"]], total[hcol["得分"]]
    if num(tw) != weight_sum or weight_sum != 100:
        fail(f"{pid}: weights add to {weight_sum}, total row {tw}")
    if not close(score_sum, ts):
        fail(f"{pid}: scores add to {score_sum}, total row {ts}")
    return ts, len(body)


def band(score):
    s = num(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


def check_grade(pid, text, table_total):
    found = 0
    for m in re.finditer(r"(?:自评总得分|总得分|自评得分|综合得分)(\d+(?:\.\d+)?)分[^。]*?等级为[“]?(优秀|良好|中等|优|良|中|差)", text):
        found += 1
        score, grade = m.group(1), m.group(2)
        if band(score) != grade[0]:
            fail(f"{pid}: text total {score} graded {grade}, band {band(score)}")
        if table_total is not None and num(score) != num(table_total):
            fail(f"{pid}: text total {score} vs table total {table_total}")
    if not found:
        fail(f"{pid}: no total + grade sentence found")
    return found


# ---------------------------------------------------------------- project checks
def xupu_tail(text):
    # 33 households not yet accepted: the withheld second half of their subsidy
    c = (9 * D("3.5") + 7 * D("2.8") + 10 * D("1.2") + 7 * D("1.0")) / 2
    ok = ("一类重建9户、二类重建7户、一类修缮10户、二类修缮7户" in text and "暂缓拨付尾款35.05万元" in text
          and c == D("35.05"))
    return ok, f"withheld tail {c} vs 35.05"


CHECKS = {
    "xiaonan-oldcommunity-2023": [
        ("ratio", "实际到位[786.60]万元", "区级配套资金应到位[880.00]万元", "到位率[89.39]%"),
        ("ratio", "项目资金实际到位[5,531.50]万元", "调整后全年预算[5,624.90]万元", "到位率[98.34]%"),
        ("ratio", "全年执行[5,417.26]万元", "调整后全年预算[5,624.90]万元", "预算执行率[96.31]%"),
        ("ratio", "全年执行[5,417.26]万元", "项目资金实际到位[5,531.50]万元", "资金支出率为[97.93]%"),
        ("ratio", "改造雨污分流管网[24.8]公里", "改造雨污分流管网[26]公里", "完成年度目标的[95.38]%"),
        ("ratio", "加装电梯[9]部，完成", "加装电梯[12]部", "完成年度目标的[75]%"),
        ("ratio", "截至年底竣工小区[41]个", "2023年度计划改造小区[43]个", "竣工率[95.35]%"),
        ("ratio", "累计完成改造（含在建）小区[140]个", "全区计划改造老旧小区[186]个", "分别占规划任务的[75.27]%"),
        ("ratio", "惠及居民[16,048]户", "涉及居民[21,460]户", "和[74.78]%"),
        ("ratio", "已有[38]个通过", "[41]个完工小区中", "比例[92.68]%"),
        ("ratio", "已整改[108]条", "发现问题[112]条", "整改率[96.43]%"),
        ("ratio", "表示满意的[1,170]份", "回收有效问卷[1,250]份", "居民满意度[93.60]%"),
        ("quot", "全年执行[5,417.26]万元", "涉及居民[5,236]户", "户均改造投资[1.03]万元"),
        ("quot", "全年执行[5,417.26]万元", "建筑面积[38.60]万平方米", "单位面积改造成本[140.34]元/平方米"),
        ("quot", "建筑面积[38.60]万平方米", "涉及居民[5,236]户", "户均建筑面积[73.72]平方米", "10000"),
        ("sum", "项目年初预算[5,212.40]万元", ["当年财政拨款[4,300.00]万元", "上年结转资金[612.40]万元",
                                         "管线单位及居民出资[300.00]万元"]),
        ("sum", "调整后全年预算[5,624.90]万元", ["当年财政拨款全年预算[4,726.00]万元", "上年结转资金[612.40]万元",
                                          "调减为[286.50]万元"]),
        ("sum", "当年财政拨款全年预算[4,726.00]万元", ["当年财政拨款[4,300.00]万元", "省级追加补助[426.00]万元"]),
        ("sum", "当年财政拨款全年预算[4,726.00]万元", ["中央补助资金[2,860.00]万元", "省级补助[986.00]万元",
                                              "区级配套[880.00]万元。"]),
        ("sum", "中央补助资金[2,860.00]万元", ["补助资金[1,980.00]万元、", "中央预算内投资[880.00]万元"]),
        ("sum", "全年执行[5,417.26]万元", ["消防等）[3,842.16]万元", "充电设施等）[1,168.44]万元",
                                      "（社区服务设施）[270.06]万元", "其他费用[136.60]万元"]),
        ("sum", "合计[207.64]万元", ["已到位未支付资金[114.24]万元", "未到位的[93.40]万元"]),
        ("diff", "项目资金实际到位[5,531.50]万元", "全年执行[5,417.26]万元", "已到位未支付资金[114.24]万元"),
        ("diff", "区级配套资金应到位[880.00]万元", "实际到位[786.60]万元", "差额[93.40]万元"),
        ("diff", "调整后全年预算[5,624.90]万元", "全年执行[5,417.26]万元", "合计[207.64]万元"),
        ("sum", "2023年度计划改造小区[43]个", ["书院街道[12]个", "广场街道[11]个", "车站街道[10]个", "新华街道[10]个"]),
        ("sum", "涉及居民[5,236]户", ["[1,486]户、广场", "[1,302]户、车站", "[1,215]户、新华", "[1,233]户，平均"]),
        ("mean", "[1,486]户、广场街道11个小区[1,302]户、车站街道10个小区[1,215]户、新华街道10个小区[1,233]户",
         "平均每个街道[1,309]户"),
        ("sum", "累计完成97个小区、[10,812]户", ["惠及居民[5,874]户", "惠及居民[4,938]户"]),
        ("sum", "小区[140]个", ["累计完成[97]个小区", "2023年度计划改造小区[43]个"]),
        ("sum", "惠及居民[16,048]户", ["累计完成97个小区、[10,812]户", "涉及居民[5,236]户"]),
        ("sum", "其中累计竣工[138]个", ["累计完成[97]个小区", "截至年底竣工小区[41]个"]),
        ("diff", "涉及居民[5,236]户", "惠及居民[4,938]户", "惠及户数增加[298]户"),
        ("diff", "2022年完成改造小区[45]个", "2023年度计划改造小区[43]个", "当年改造小区数减少[2]个"),
        ("prod", "加装电梯[9]部，按", "每部[15]万元", "奖补资金[135.00]万元"),
        ("sum", "本项目自评得分[98.35]分", ["预算执行[9.63]分", "产出指标[48.72]分", "效益指标[30]分",
                                      "满意度指标[10]分"]),
    ],
    "changde-rentalhousing-2022": [
        ("ratio", "全年筹集保障性租赁住房[3,820]套", "完成年度任务[3,600]套", "的[106.11]%"),
        ("ratio", "全年支出[8,602.35]万元", "调整后全年预算[8,950.00]万元", "预算执行率[96.12]%"),
        ("ratio", "到位金额[8,950.00]万元", "调整后全年预算[8,950.00]万元", "到位率[100]%"),
        ("ratio", "中[21]个按合同节点", "全年[23]个拨付批次", "拨付及时率[91.30]%"),
        ("ratio", "全年基本建成[1,950]套", "年度目标[1,800]套", "完成率[108.33]%"),
        ("ratio", "计划开工[2,540]套", "计划开工[2,540]套", "开工率[100]%"),
        ("quot", "新建项目总建筑面积[8.32]万平方米", "新建[1,460]套", "套均建筑面积[56.99]平方米", "10000"),
        ("ratio", "已入住[1,706]套", "配租的[1,950]套中", "配租入住率[87.49]%"),
        ("ratio", "每月每平方米[14.6]元，同地段", "约为每月每平方米[18.2]元", "市场租金的[80.22]%"),
        ("ratio", "累计筹集保障性租赁住房[5,970]套", "计划筹集保障性租赁住房[12,000]套", "规划任务的[49.75]%"),
        ("ratio", "表示满意的[886]份", "有效问卷[1,000]份", "满意度[88.60]%"),
        ("sum", "年初预算[6,800.00]万元", ["补助资金[4,200.00]万元（2021", "省级补助[1,100.00]万元", "市级配套[1,500.00]万元"]),
        ("sum", "调整后全年预算[8,950.00]万元", ["其中中央资金[5,850.00]万元", "省级资金[1,600.00]万元",
                                          "市级资金[1,500.00]万元"]),
        ("sum", "其中中央资金[5,850.00]万元", ["补助资金[4,200.00]万元（2021", "第二批补助资金[1,650.00]万元"]),
        ("sum", "省级资金[1,600.00]万元", ["省级补助[1,100.00]万元", "省级追加[500.00]万元"]),
        ("sum", "全年筹集保障性租赁住房[3,820]套", ["其中新建[1,460]套", "改建[1,080]套", "盘活存量[1,280]套"]),
        ("sum", "三类奖补合计[6,294.00]万元", ["1,460套、[3,650.00]万元", "1,080套、[1,620.00]万元",
                                          "1,280套、[1,024.00]万元"]),
        ("sum", "全年支出[8,602.35]万元", ["三类奖补合计[6,294.00]万元", "实际支出[2,308.35]万元"]),
        ("sum", "调整后全年预算[8,950.00]万元", ["三类奖补合计[6,294.00]万元", "配套基础设施补助预算[2,656.00]万元"]),
        ("diff", "调整后全年预算[8,950.00]万元", "全年支出[8,602.35]万元", "年末结余[347.65]万元"),
        ("diff", "配套基础设施补助预算[2,656.00]万元", "实际支出[2,308.35]万元", "年末结余[347.65]万元"),
        ("sum", "累计筹集保障性租赁住房[5,970]套", ["2021年全市筹集[2,150]套", "全年筹集保障性租赁住房[3,820]套"]),
        ("diff", "全年筹集保障性租赁住房[3,820]套", "2021年全市筹集[2,150]套", "较2021年增加[1,670]套"),
        ("sum", "计划开工[2,540]套", ["其中新建[1,460]套", "改建[1,080]套"]),
        ("sum", "已入住[1,706]套", ["新市民[1,024]户", "青年人[682]户"]),
        ("sum", "全年认定项目[15]个", ["其中新建项目[6]个", "改建项目[4]个", "盘活存量项目[5]个"]),
        ("prod", "新建项目奖补[1,460]套", "新建项目每套[2.5]万元，改建", "1,460套、[3,650.00]万元"),
        ("prod", "改建项目奖补[1,080]套", "改建项目每套[1.5]万元", "1,080套、[1,620.00]万元"),
        ("prod", "盘活存量项目奖补[1,280]套", "盘活存量住房项目每套[0.8]万元", "1,280套、[1,024.00]万元"),
    ],
    "tianjiaan-shantytown-2020": [
        ("ratio", "全年支出[37,214.80]万元", "调整后全年预算[38,600.00]万元", "预算执行率[96.41]%"),
        ("ratio", "支出[9,214.80]万元，执行率", "财政拨款资金全年预算[10,600.00]万元", "执行率[86.93]%"),
        ("ratio", "全年签订补偿协议[2,108]份", "应征收[2,122]户", "总体签约率[99.34]%"),
        ("mean", "签约率分别为[100]%、[100]%、[98.50]%、[99.26]%、[100]%、[97.62]%", "平均签约率[99.23]%"),
        ("ratio", "兑付[1,431]户", "货币化安置[1,476]户中", "兑付及时率[96.95]%"),
        ("ratio", "全年签约征收[2,108]户", "2020年度棚户区改造任务[2,065]户", "完成年度任务的[102.08]%"),
        ("ratio", "三年累计完成[6,883]户", "三年计划改造各类棚户区[6,840]户", "为攻坚计划的[100.63]%"),
        ("ratio", "货币化安置[1,476]户，占", "全年签约征收[2,108]户", "占签约户数的[70.02]%"),
        ("ratio", "安置房新开工[1,120]套", "安置房新开工[1,500]套", "完成年度目标的[74.67]%"),
        ("ratio", "基本建成[960]套，完成", "基本建成[1,200]套", "完成年度目标的[80.00]%"),
        ("ratio", "已回迁入住[792]户", "交付的[960]套", "回迁入住率[82.50]%"),
        ("ratio", "满意[434]份", "有效问卷[500]份", "满意度[86.80]%"),
        ("quot", "征收房屋建筑面积[23.42]万平方米", "全年签约征收[2,108]户", "户均建筑面积[111.10]平方米", "10000"),
        ("quot", "货币化安置补偿[26,568.00]万元，户均", "货币化安置[1,476]户中", "户均[18.00]万元"),
        ("sum", "年初预算[34,100.00]万元", ["补助资金[4,100.00]万元（2019", "区级财政资金[3,000.00]万元、棚改专项债券27",
                                        "棚改专项债券[27,000.00]万元"]),
        ("sum", "调整后全年预算[38,600.00]万元", ["补助资金[6,420.00]万元", "省级补助[1,180.00]万元",
                                           "区级财政资金[3,000.00]万元、棚改专项债券28", "棚改专项债券[28,000.00]万元。"]),
        ("sum", "补助资金[6,420.00]万元", ["补助资金[4,100.00]万元（2019", "中央补助追加[2,320.00]万元"]),
        ("sum", "棚改专项债券[28,000.00]万元。", ["棚改专项债券[27,000.00]万元", "债券增发[1,000.00]万元"]),
        ("sum", "财政拨款资金全年预算[10,600.00]万元", ["补助资金[6,420.00]万元", "省级补助[1,180.00]万元",
                                               "区级财政资金[3,000.00]万元、棚改专项债券28"]),
        ("sum", "全年支出[37,214.80]万元", ["其中货币化安置补偿[26,568.00]万元，", "安置房建设[8,210.40]万元",
                                       "配套基础设施[2,436.40]万元"]),
        ("sum", "全年支出[37,214.80]万元", ["支出[9,214.80]万元，执行率", "棚改专项债券[28,000.00]万元已全部支出"]),
        ("diff", "调整后全年预算[38,600.00]万元", "全年支出[37,214.80]万元", "未支出的[1,385.20]万元"),
        ("sum", "截至2019年底累计完成[4,775]户", ["分别完成[2,310]户", "和[2,465]户"]),
        ("sum", "三年计划改造各类棚户区[6,840]户", ["分别完成[2,310]户", "和[2,465]户", "棚户区改造任务[2,065]户"]),
        ("sum", "三年累计完成[6,883]户", ["截至2019年底累计完成[4,775]户", "全年签约征收[2,108]户"]),
        ("sum", "全年签约征收[2,108]户", ["货币化安置[1,476]户，占", "实物安置[632]户"]),
        ("diff", "应征收[2,122]户", "全年签订补偿协议[2,108]份", "尚有[14]户未签约"),
        ("diff", "货币化安置[1,476]户中", "兑付[1,431]户", "[45]户因产权"),
        ("diff", "较2019年的[2,465]户", "全年签约征收[2,108]户", "减少[357]户"),
        ("sum", "综合得分[95.27]分", ["预算执行[9.64]分", "产出指标[46.82]分", "效益指标[29.17]分", "满意度指标[9.64]分"]),
    ],
    "xupu-dangerhouse-2019": [
        ("ratio", "全年执行[3,633.32]万元", "调整后全年预算[3,706.40]万元", "预算执行率[98.03]%"),
        ("ratio", "已竣工[1,688]户，竣工率", "全年任务[1,704]户", "竣工率[99.06]%"),
        ("ratio", "已搬迁入住[1,652]户", "已竣工[1,688]户，其中", "入住率[97.87]%"),
        ("ratio", "已完成信息录入[1,644]户", "农户档案应录入[1,704]户", "录入完整率[96.48]%"),
        ("ratio", "满意[486]户", "随机抽查改造户[500]户", "满意度[97.20]%"),
        ("custom", lambda t: ("重建户总建筑面积43,555平方米，户均建筑面积62.40平方米" in t
                              and "一类对象拆除重建512户" in t and "二类对象拆除重建186户" in t
                              and close(D(43555) / (512 + 186), "62.40"),
                              "rebuilt area 43,555 / (512 + 186) households vs 62.40")),
        ("sum", "全年任务[1,704]户", ["任务[1,650]户", "追加[54]户"]),
        ("sum", "三年累计完成[4,856]户", ["完成农村危房改造[1,512]户", "2018年完成[1,640]户", "2019年完成[1,704]户"]),
        ("diff", "2019年完成[1,704]户", "2018年完成[1,640]户", "较2018年增加[64]户"),
        ("sum", "年初预算[2,366.40]万元", ["当年财政拨款[2,280.00]万元", "上年结转资金[86.40]万元"]),
        ("sum", "当年财政拨款[2,280.00]万元", ["补助资金[1,960.00]万元于", "县级配套[320.00]万元"]),
        ("sum", "中央[2,740.00]万元", ["补助资金[1,960.00]万元于", "中央补助资金追加[780.00]万元"]),
        ("sum", "当年财政拨款[3,620.00]万元", ["中央[2,740.00]万元", "省级[560.00]万元", "县级[320.00]万元）"]),
        ("sum", "调整后全年预算[3,706.40]万元", ["当年财政拨款[3,620.00]万元", "上年结转[86.40]万元。"]),
        ("sum", "一类对象（建档立卡贫困户、农村分散供养特困人员，[1,196]户）", ["一类对象拆除重建[512]户", "一类对象修缮加固[684]户"]),
        ("sum", "二类对象（低保户、贫困残疾人家庭，[508]户）", ["二类对象拆除重建[186]户", "二类对象修缮加固[322]户"]),
        ("sum", "全年任务[1,704]户", ["[1,196]户）", "[508]户）"]),
        ("sum", "全年开工[1,704]户", ["建档立卡贫困户[1,018]户", "低保户[396]户", "特困人员[178]户", "贫困残疾人家庭[112]户"]),
        ("sum", "[1,196]户）", ["建档立卡贫困户[1,018]户", "特困人员[178]户"]),
        ("prod", "一类对象拆除重建[512]户", "每户补助[3.5]万元", "计[1,792.00]万元"),
        ("prod", "二类对象拆除重建[186]户", "每户补助[2.8]万元", "计[520.80]万元"),
        ("prod", "一类对象修缮加固[684]户", "每户补助[1.2]万元", "计[820.80]万元"),
        ("prod", "二类对象修缮加固[322]户", "每户补助[1.0]万元", "计[322.00]万元"),
        ("sum", "补助资金合计[3,455.60]万元", ["计[1,792.00]万元", "计[520.80]万元", "计[820.80]万元", "计[322.00]万元"]),
        ("sum", "当年财政拨款[3,620.00]万元", ["补助资金合计[3,455.60]万元", "其余[164.40]万元"]),
        ("diff", "补助资金合计[3,455.60]万元", "暂缓拨付尾款[35.05]万元", "2019年度农户补助[3,420.55]万元"),
        ("sum", "全年执行[3,633.32]万元", ["结转尾款[86.40]万元", "农户补助[3,420.55]万元", "工作经费支出[126.37]万元"]),
        ("sum", "工作经费支出[126.37]万元", ["危房鉴定费[38.20]万元", "档案整理费[52.67]万元", "技术培训费[35.50]万元"]),
        ("diff", "调整后全年预算[3,706.40]万元", "全年执行[3,633.32]万元", "年末结余[73.08]万元"),
        ("sum", "尚有[33]户未完成", ["一类重建[9]户", "二类重建[7]户", "一类修缮[10]户", "二类修缮[7]户"]),
        ("diff", "全年完成危房鉴定[1,826]户", "不少于[1,800]户", "超出目标[26]户"),
        ("diff", "全年开工[1,704]户", "已竣工[1,688]户，竣工率", "[16]户因选址"),
        ("diff", "已竣工[1,688]户，竣工率", "已验收的[1,671]户", "[17]户已竣工"),
        ("custom", xupu_tail),
    ],
    "huangmei-rentsubsidy-2024": [
        ("ratio", "全年支出[575.36]万元", "调整后全年预算[786.50]万元", "预算执行率[73.15]%"),
        ("ratio", "实际发放[443.04]万元", "租赁补贴。预算[450.00]万元", "支出率[98.45]%"),
        ("ratio", "实际支出[42.70]万元", "维修改造。预算[230.00]万元", "支出率[18.57]%"),
        ("ratio", "实际支出[89.62]万元", "运营管理。预算[106.50]万元", "支出率[84.15]%"),
        ("ratio", "完工3个小区[612]套", "维修不少于[1,000]套", "完成年度目标的[61.20]%"),
        ("ratio", "新增分配公租房[186]套，仅", "新增分配公租房不少于[300]套", "完成年度目标的[62.00]%"),
        ("ratio", "已分配公租房[2,714]套", "全县政府投资公租房共[2,860]套", "分配率[94.90]%"),
        ("ratio", "实际入住[2,631]套", "已分配公租房[2,714]套", "入住率[96.94]%"),
        ("ratio", "实收[396.50]万元", "应收公租房租金[412.80]万元", "收缴率[96.05]%"),
        ("ratio", "满意[331]户", "保障对象[400]户", "满意度[82.75]%"),
        ("quot", "总建筑面积[14.30]万平方米", "全县政府投资公租房共[2,860]套", "套均[50.00]平方米", "10000"),
        ("quot", "合同价合计[218.36]万元", "覆盖[1,048]套，套均", "套均[2,083.59]元", "10000"),
        ("sum", "调整后全年预算[786.50]万元", ["补助资金[480.00]万元", "县级财政资金[240.00]万元", "维修资金[66.50]万元"]),
        ("sum", "调整后全年预算[786.50]万元", ["租赁补贴[450.00]万元", "维修改造[230.00]万元", "运营管理[106.50]万元"]),
        ("sum", "全年支出[575.36]万元", ["实际发放[443.04]万元", "实际支出[42.70]万元", "实际支出[89.62]万元"]),
        ("custom", lambda t: (all(s in t for s in ("实际发放443.04万元", "计1,740,600元", "计2,689,800元"))
                              and (D(1740600) + D(2689800)) / 10000 == D("443.04"),
                              "rent subsidy 1,740,600 + 2,689,800 元 vs 443.04万元")),
        ("prod", "累计发放[5,802]户·月", "每户每月[300]元，计", "计[1,740,600]元"),
        ("prod", "累计发放[13,449]户·月", "每户每月[200]元，计", "计[2,689,800]元"),
        ("mean", "分别为[1,596]户、[1,602]户、[1,611]户、[1,608]户", "季均发放[1,604]户"),
        ("sum", "年末在保[1,608]户", ["一类对象[486]户", "二类对象[1,122]户"]),
        ("diff", "年末在保[1,608]户", "较2023年末的[1,552]户", "增加[56]户"),
        ("sum", "合同覆盖[1,048]套", ["完工3个小区[612]套", "其余2个小区[436]套"]),
        ("diff", "分配率[94.90]%", "较2023年底的[88.39]%", "提高[6.51]个百分点"),
        ("diff", "调整后全年预算[786.50]万元", "全年支出[575.36]万元", "年末结余[211.14]万元"),
        ("sum", "合计[100]分", ["预算执行率[20]分", "产出指标[40]分", "效益指标[30]分", "满意度指标[10]分"]),
        ("prod", "预算执行率[73.15]%，得分", "分值为：预算执行率[20]分", "得分[14.63]分。", "0.01"),
        ("sum", "自评总得分[88.58]分", ["预算执行率得分[14.63]分", "产出指标得分[35.39]分",
                                   "效益指标得分[29.37]分", "满意度指标得分[9.19]分"]),
    ],
}

# ---------------------------------------------------------------- labels and edits
def changed_lines(clean, case):
    a, b = clean.split("\n"), case.split("\n")
    if len(a) != len(b):
        return None
    return [(i, x, y) for i, (x, y) in enumerate(zip(a, b)) if x != y]


def edit_size(x, y):
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    s = 0
    while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
        s += 1
    return max(len(x) - p - s, len(y) - p - s)


def check_labels():
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    multi = {(e[0], e[1]) for e in build.EDITS if len(e[3]) > 1}
    codes = {}
    for rec in labels:
        case = read(os.path.join(CASES, rec["case"]))
        clean = read(os.path.join(CASES, f"{rec['source']}-clean.txt"))
        if rec["clean"]:
            if rec["expected"] or case != clean:
                fail(f"{rec['case']}: clean case with labels or different text")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        n = int(rec["case"].rsplit("-e", 1)[1].split(".")[0])
        ch = changed_lines(clean, case)
        if not ch:
            fail(f"{rec['case']}: no change or line count changed")
            continue
        allowed = 2 if (rec["source"], n) in multi else 1
        if len(ch) > allowed:
            fail(f"{rec['case']}: {len(ch)} lines changed (allowed {allowed})")
        if len(ch) == 2 and ch[1][0] - ch[0][0] > 10:
            fail(f"{rec['case']}: the two changed lines are not in adjacent rows")
        for i, x, y in ch:
            if edit_size(x, y) > 16:
                fail(f"{rec['case']}: edit of {edit_size(x, y)} characters on line {i + 1}")
        for exp in rec["expected"]:
            v = exp["value"]
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            if case.count(v) != 1:
                fail(f"{rec['case']}: value occurs {case.count(v)} times: {v!r}")
            if clean.count(v) != 0:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            # the value must cover at least one changed line's edit
            lines = case.split("\n")
            start = case.find(v)
            first = case.count("\n", 0, start)
            last = first + v.count("\n")
            if not any(first <= i <= last for i, _, _ in ch):
                fail(f"{rec['case']}: value does not cover the edit")
    return labels, codes


def main():
    labels, codes = check_labels()
    total_checks = 0
    for pid in build.PROJECTS:
        text = read(os.path.join(CASES, f"{pid}-clean.txt"))
        if not 2500 <= len(text) <= 6000:
            fail(f"{pid}: clean draft has {len(text)} characters")
        res = check_table(pid, text)
        table_total = res[0] if res else None
        check_grade(pid, text, table_total)
        total_checks += run_checks(pid, text, CHECKS[pid])
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)} times (< 2)")
    print(f"{len(labels)} cases, {total_checks} project checks, codes: "
          + ", ".join(f"{c}={codes.get(c, 0)}" for c in required))
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        print(f"{len(FAIL)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
