#!/usr/bin/env python3
"""Checks for set n90.

1. labels: every value occurs exactly once in its case and never in the clean draft; each error case
   differs from its clean draft in one line by one contiguous edit of at most 16 characters (two
   adjacent lines for the score_exceeds_weight cases), and the value overlaps the edit; code coverage.
2. clean drafts: the comma-separated tables are re-added (合计 rows, 其中 rows), every 执行率/到位率 cell
   is recomputed, the 自评表 is rescored (weights to 100, scores to the total, score ≤ weight, each row
   under rules.md §5, 完成率 column), and a list of text facts (rates, balances, sums, products,
   interest, averages, grade bands) is recomputed with the stated-decimals tolerance of rules.md §8.
"""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(computed, stated):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (+1e-9), d = decimals written."""
    v = float(stated.replace(",", "").rstrip("%"))
    return abs(computed - v) <= 0.5 * 10 ** (-decimals(stated.replace(",", ""))) + 1e-9


def num(s):
    m = re.search(r"-?\d+(?:,\d{3})*(?:\.\d+)?", s)
    return float(m.group(0).replace(",", "")) if m else None


def r2(x):
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# ---------------------------------------------------------------- 1. labels and edits
def changed_segment(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return i, len(a) - j, len(b) - j  # old[i:ea], new[i:eb]


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != names:
        err("labels.jsonl and cases/ disagree")
    codes = Counter()
    code_projects = defaultdict(set)
    for lab in labels:
        if lab["clean"]:
            if lab["expected"]:
                err("%s: clean case with expected findings" % lab["case"])
            continue
        case = read(lab["case"])
        clean = read(lab["source"] + "-clean.txt")
        if len(lab["expected"]) != 1:
            err("%s: exactly one expected finding required" % lab["case"])
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        codes[code] += 1
        code_projects[code].add(lab["source"])
        if exp["severity"] != "error":
            err("%s: severity must be error" % lab["case"])
        if case.count(value) != 1:
            err("%s: value occurs %d times in case" % (lab["case"], case.count(value)))
        if value in clean:
            err("%s: value occurs in the clean draft" % lab["case"])
        cl, cs = clean.split("\n"), case.split("\n")
        if len(cl) != len(cs):
            err("%s: line count changed" % lab["case"])
            continue
        diff = [k for k in range(len(cl)) if cl[k] != cs[k]]
        if not diff:
            err("%s: identical to clean" % lab["case"])
            continue
        if len(diff) > 1:
            if code != "score_exceeds_weight" or len(diff) != 2 or diff[1] - diff[0] != 1:
                err("%s: edit spans lines %s" % (lab["case"], diff))
        vstart = case.find(value)
        vend = vstart + len(value)
        overlap = False
        offs = [0]
        for line in cs:
            offs.append(offs[-1] + len(line) + 1)
        for k in diff:
            i, ea, eb = changed_segment(cl[k], cs[k])
            if ea - i > 16 or eb - i > 16:
                err("%s: edit on line %d longer than 16 chars (%r -> %r)" % (lab["case"], k + 1, cl[k][i:ea], cs[k][i:eb]))
            s, e = offs[k] + i, offs[k] + max(eb, i + 1)
            if s < vend and vstart < e:
                overlap = True
        if not overlap:
            err("%s: value does not overlap the edit" % lab["case"])
    needed = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
              "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in needed:
        if codes[c] < 2:
            err("code %s used %d times (< 2)" % (c, codes[c]))
        if len(code_projects[c]) < 2:
            err("code %s used in only one project" % c)
    for c in codes:
        if c not in needed:
            err("unexpected code %s" % c)
    return labels, codes


# ---------------------------------------------------------------- 2a. comma-separated tables
def csv_blocks(text):
    """Runs of consecutive lines that parse as CSV with >= 4 cells; first line is the header."""
    blocks, cur = [], []
    for line in text.split("\n") + [""]:
        row = next(csv.reader([line])) if line else []
        if len(row) >= 4 and "，" not in row[0][:6]:
            cur.append(row)
        else:
            if len(cur) >= 2:
                blocks.append(cur)
            cur = []
    return blocks


def col(header, *names):
    for n in names:
        for k, h in enumerate(header):
            if h.startswith(n):
                return k
    return None


def check_money_table(pid, rows):
    header, body = rows[0], rows[1:]
    amount_cols = [k for k, h in enumerate(header)
                   if any(w in h for w in ("预算数", "执行数", "到位数", "投资", "支出", "金额", "数量", "仓容", "仓房"))]
    # sums: 合计 = top-level rows; a top-level row = sum of the 其中 rows below it
    top, children, parent = [], defaultdict(list), None
    total = None
    for r in body:
        if r[0].startswith("合计"):
            total = r
        elif r[0].startswith("其中"):
            children[id(parent)].append(r)
        else:
            top.append(r)
            parent = r
    for k in amount_cols:
        if total is not None and total[k].strip():
            s = sum(num(r[k]) for r in top if num(r[k]) is not None)
            if not close(s, total[k]):
                err("%s: column %s sums to %.2f, 合计 %s" % (pid, header[k], s, total[k]))
        for p in top:
            ch = children.get(id(p))
            if ch and p[k].strip():
                s = sum(num(r[k]) for r in ch)
                if not close(s, p[k]):
                    err("%s: %s %s: 其中 rows sum to %.2f" % (pid, p[0], header[k], s))
    base = col(header, "全年预算数", "预算数")
    ex = col(header, "执行数")
    dw = col(header, "到位数")
    for r in body:
        for rate_col, num_col in ((col(header, "执行率"), ex), (col(header, "到位率"), dw)):
            if rate_col is None or num_col is None:
                continue
            b, n, cell = num(r[base]), num(r[num_col]), r[rate_col].strip()
            if b == 0:
                if cell not in ("—", "-", ""):
                    err("%s: %s: rate %s on a zero base" % (pid, r[0], cell))
                continue
            c = n / b * 100
            if not close(c, cell):
                err("%s: %s: %s %s, computed %.4f" % (pid, r[0], header[rate_col], cell, c))
            if c > 100 + 1e-9:
                err("%s: %s: rate above 100%%" % (pid, r[0]))


def direction(target):
    t = target.strip()
    if t.startswith(("≥", ">=", "不低于")):
        return "gte"
    if t.startswith(("≤", "<=", "不超过")):
        return "lte"
    return "eq"


def unit_of(s):
    return re.sub(r"^[≥≤=<>]*\s*-?[\d.,]+", "", s.strip())


def check_score_table(pid, rows, text):
    header, body = rows[0], rows[1:]
    kt, ka, kw, ks = col(header, "年度指标值", "指标值"), col(header, "实际完成值"), col(header, "分值"), col(header, "得分")
    kc = col(header, "完成率")
    total = [r for r in body if r[0].startswith(("合计", "总分"))][0]
    items = [r for r in body if not r[0].startswith(("合计", "总分"))]
    wsum = sum(num(r[kw]) for r in items)
    ssum = sum(num(r[ks]) for r in items)
    if abs(wsum - 100) > 1e-9 or not close(100, total[kw]):
        err("%s: weights sum to %s, stated %s" % (pid, wsum, total[kw]))
    if not close(ssum, total[ks]):
        err("%s: scores sum to %.2f, stated %s" % (pid, ssum, total[ks]))
    first = {}
    for r in items:
        w, s = num(r[kw]), num(r[ks])
        first.setdefault(r[0], 0)
        first[r[0]] += s
        if s > w + 1e-9 or s < 0:
            err("%s: %s score %s exceeds weight %s" % (pid, r[2], r[ks], r[kw]))
        T, A = num(r[kt]), num(r[ka])
        if unit_of(r[kt]) != unit_of(r[ka]):
            err("%s: %s unit %r vs %r" % (pid, r[2], unit_of(r[kt]), unit_of(r[ka])))
        d = direction(r[kt])
        if r[0] == "预算执行":
            comp = min(A, 100.0) / 100 * 100
        elif d == "lte":
            comp = 100.0 if A <= T else T / A * 100
        elif d == "eq" and T == 0:
            comp = 100.0 if A <= 0 else 0.0
        else:
            comp = A / T * 100
        exp = w * min(comp, 100.0) / 100
        if not close(exp, r[ks]):
            err("%s: %s score %s, rule gives %.4f" % (pid, r[2], r[ks], exp))
        if kc is not None and not close(comp, r[kc]):
            err("%s: %s 完成率 %s, computed %.4f" % (pid, r[2], r[kc], comp))
        if d == "gte" and comp > 120:
            err("%s: %s over-achieved beyond 20%%" % (pid, r[2]))
    return ssum, first


def band(score):
    if score >= 90:
        return "优"
    if score >= 80:
        return "良"
    if score >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- 2b. text facts
# (snippet or tuple of snippets that must be in the clean draft, expression, stated figure that must be
#  in the first snippet)
FACTS = {
    "qianjiang-grainsubsidy-2021": [
        ("占完好仓容的37.21%", "3.2/8.6*100", "37.21"),
        ("共有完好仓容8.6万吨（分别为4.2万吨、2.5万吨、1.9万吨）", "4.2+2.5+1.9", "8.6"),
        ("市级储备粮规模为3.2万吨，其中小麦1.2万吨、中晚籼稻2.0万吨", "1.2+2.0", "3.2"),
        (("中晚籼稻2.0万吨", "承储稻谷11000吨", "承储稻谷9000吨"), "(11000+9000)/10000", "2.0"),
        (("调整后全年预算为872.00万元", "年初预算859.50万元", "追加轮换价差补贴12.50万元"), "859.50+12.50", "872.00"),
        ("轮换价差补贴,117.50,130.00", "117.50+12.50", "130.00"),
        ("实际执行839.79万元，预算执行率96.31%", "839.79/872.00*100", "96.31"),
        ("较2020年执行数812.46万元增加27.33万元", "839.79-812.46", "27.33"),
        ("2020年全年预算836.20万元，执行率97.16%", "812.46/836.20*100", "97.16"),
        ('小麦,12000,95,12,"1,140,000"', "12000*95*12/12", "1,140,000"),
        ('稻谷(常储),14000,95,12,"1,330,000"', "14000*95*12/12", "1,330,000"),
        ('稻谷(轮换),6000,95,10,"475,000"', "6000*95*10/12", "475,000"),
        ('食用油,800,350,12,"280,000"', "800*350*12/12", "280,000"),
        ('合计,32800,,,"3,225,000"', "1140000+1330000+475000+280000", "3,225,000"),
        ('合计,32800,,,"3,225,000"', "12000+14000+6000+800", "32800"),
        ("全年拨付保管费用补贴322.50万元", "3225000/10000", "322.50"),
        ("全年拨付保管费用补贴322.50万元，其中小麦114.00万元、稻谷180.50万元、食用油28.00万元", "114.00+180.50+28.00", "322.50"),
        ("其中小麦114.00万元", "1140000/10000", "114.00"),
        ("稻谷180.50万元", "(1330000+475000)/10000", "180.50"),
        ("因稻谷轮换架空减少9.50万元", "332.00-322.50", "9.50"),
        ("因稻谷轮换架空减少9.50万元", "6000*95*2/12/10000", "9.50"),
        ("计息12个月，利息补贴295.80万元", "6800*0.0435*12/12", "295.80"),
        ("计息9个月，利息补贴23.49万元", "720*0.0435*9/12", "23.49"),
        ("利息费用补贴合计319.29万元", "295.80+23.49", "319.29"),
        ("较预算少10.71万元", "330.00-319.29", "10.71"),
        ("合计10000吨，占储备粮规模的31.25%", "(6000+4000)/32000*100", "31.25"),
        ("按每吨80元补贴80.00万元", "10000*80/10000", "80.00"),
        ("价差150元/吨，亏损90.00万元", "(2710-2560)*6000/10000", "90.00"),
        ("价差150元/吨", "2710-2560", "150"),
        ("价差70元/吨，亏损28.00万元", "(2450-2380)*4000/10000", "28.00"),
        ("两项合计118.00万元", "90.00+28.00", "118.00"),
        ("比调整后预算少12.00万元", "130.00-118.00", "12.00"),
        ("全年结余资金32.21万元", "872.00-839.79", "32.21"),
        ("全年结余资金32.21万元，其中保管费9.50万元、利息费10.71万元、价差补贴12.00万元", "9.50+10.71+12.00", "32.21"),
        ("损耗率0.25%", "80/32000*100", "0.25"),
        ("高于目标0.05个百分点", "0.25-0.20", "0.05"),
        ("满意187份，满意度93.50%", "187/200*100", "93.50"),
        ("比目标低1.5个百分点", "95-93.5", "1.5"),
    ],
    "dengzhou-granaryrepair-2019": [
        ("其中省级补助每吨30元计360.00万元", "12.0*30", "360.00"),
        ("市级配套每吨10元计120.00万元", "12.0*10", "120.00"),
        ("企业自筹每吨7.5元计90.00万元", "12.0*7.5", "90.00"),
        ("项目总投资570.00万元，按维修仓容每吨47.5元测算", "30+10+7.5", "47.5"),
        ("项目总投资570.00万元", "12.0*47.5", "570.00"),
        ("穰东库点,3.6,8,171.00", "3.6*47.5", "171.00"),
        ("构林库点,2.8,6,133.00", "2.8*47.5", "133.00"),
        ("城区直属库,2.4,6,114.00", "2.4*47.5", "114.00"),
        ("张村库点,3.2,8,152.00", "3.2*47.5", "152.00"),
        ("占该库点计划投资的40.79%", "62/152*100", "40.79"),
        ("全年实际支出480.00万元，预算执行率84.21%", "480/570*100", "84.21"),
        ("省级补助执行270.00万元，执行率75.00%", "270/360*100", "75.00"),
        ("年末结转资金90.00万元", "570.00-480.00", "90.00"),
        ("年末结转资金90.00万元", "152.00-62.00", "90.00"),
        ("完成维修仓容8.8万吨，完成率73.33%", "8.8/12*100", "73.33"),
        ("完成维修仓容8.8万吨", "3.6+2.8+2.4", "8.8"),
        ("完成维修仓房20栋，完成率71.43%", "20/28*100", "71.43"),
        ("完成维修仓房20栋", "8+6+6", "20"),
        ("安装粮情测控系统3套，完成率75.00%", "3/4*100", "75.00"),
        ("维修前完好仓房33栋，完好率51.56%", "33/64*100", "51.56"),
        ("维修后完好仓房53栋，完好率82.81%", "53/64*100", "82.81"),
        ("维修后完好仓房53栋", "33+20", "53"),
        ("提高31.25个百分点", "82.81-51.56", "31.25"),
        ("比目标低12.19个百分点", "95-82.81", "12.19"),
        ("按期完工率75%", "3/4*100", "75"),
        ("已完工库点实际支出418.00万元", "171+133+114", "418.00"),
        ("每吨仓容维修成本47.50元", "418.00/8.8", "47.50"),
        ("年减少损耗158.4吨", "88000*(0.30-0.12)/100", "158.4"),
        ("年节约储粮损耗费用23.76万元", "158.4*1500/10000", "23.76"),
        ("完成目标值的79.20%", "23.76/30*100", "79.20"),
        ("满意43份，满意度86%", "43/50*100", "86"),
        ("综合得分88.02分", "8.42+42.12+27.92+9.56", "88.02"),
    ],
    "linquan-reserverotation-2023": [
        ("县级储备粮规模4.5万吨，其中小麦4.0万吨、稻谷0.5万吨", "4.0+0.5", "4.5"),
        ("全年实际支出741.00万元，预算执行率96.23%", "741/770*100", "96.23"),
        (("项目全年预算770.00万元", "轮换费用补贴120.00万元", "贷款利息补贴430.00万元和轮换价差亏损补贴220.00万元"), "120.00+430.00+220.00", "770.00"),
        ("合计15000吨，占储备规模的33.33%", "15000/45000*100", "33.33"),
        ("合计15000吨", "13500+1500", "15000"),
        ("其中小麦轮换比例33.75%", "13500/40000*100", "33.75"),
        ("稻谷30.00%", "1500/5000*100", "30.00"),
        ("按每吨80元拨付轮换费用补贴120.00万元", "15000*80/10000", "120.00"),
        ("=211.70+204.40", "11600*0.0365*6/12", "211.70"),
        ("=211.70+204.40", "11200*0.0365*6/12", "204.40"),
        ("=416.10万元", "211.70+204.40", "416.10"),
        ("比预算少13.90万元", "430.00-416.10", "13.90"),
        ("每吨价差134元，亏损180.90万元", "2786-2652", "134"),
        ("每吨价差134元，亏损180.90万元", "134*13500/10000", "180.90"),
        ("每吨价差160元，亏损24.00万元", "2640-2480", "160"),
        ("每吨价差160元，亏损24.00万元", "160*1500/10000", "24.00"),
        ("合计亏损204.90万元", "180.90+24.00", "204.90"),
        ("平均每吨136.60元", "2049000/15000", "136.60"),
        ("结余资金29.00万元", "770.00-741.00", "29.00"),
        ("结余资金29.00万元", "(430.00-416.10)+(220.00-204.90)", "29.00"),
        ("占轮入小麦的92.60%", "12501/13500*100", "92.60"),
        ("指标完成率95.17%", "130/136.60*100", "95.17"),
        ("月消费量6250吨", "500000*12.5/1000", "6250"),
        ("可满足7.2个月消费", "45000/6250", "7.2"),
        ("平均96分", "(96+94+98+95+97)/5", "96"),
        ("自评得分97.64分", "9.62+10+10+9.75+5+3.75+5+5+9.52+10+10+10", "97.64"),
    ],
    "gushi-grainbureau-2024": [
        ("实有在职人员19人，其中行政编制12人、事业编制7人", "12+7", "19"),
        ("县级储备粮规模5.0万吨，其中小麦3.0万吨、稻谷2.0万吨", "3.0+2.0", "5.0"),
        ("全年预算1530.00万元", "1390.00+100.00+40.00", "1530.00"),
        ("增加111.40万元", "1530.00-1418.60", "111.40"),
        ("增长7.85%", "111.40/1418.60*100", "7.85"),
        ("其中本年财政拨款1490.00万元", "1390.00+100.00", "1490.00"),
        ("全年执行1403.50万元，预算执行率91.73%", "1403.50/1530.00*100", "91.73"),
        ("较2023年的93.91%（执行1332.25万元）", "1332.25/1418.60*100", "93.91"),
        ("下降2.18个百分点", "93.91-91.73", "2.18"),
        ("公用经费执行39.85万元，其中办公费12.40万元、水电费6.85万元、差旅费8.30万元、公务用车运行维护费7.80万元、其他商品和服务支出4.50万元", "12.40+6.85+8.30+7.80+4.50", "39.85"),
        ("人均公用经费2.10万元", "39.85/19", "2.10"),
        ("全年按足额储存测算预算450.00万元", "50000*90/10000", "450.00"),
        ("减少保管费11.25万元", "5000*90*3/12/10000", "11.25"),
        ("实际拨付438.75万元", "450.00-11.25", "438.75"),
        ("=12800×3.45%×12/12=441.60万元", "12800*0.0345*12/12", "441.60"),
        ("结余18.40万元", "460.00-441.60", "18.40"),
        ("计1200吨，计36.00万元", "1200*300/10000", "36.00"),
        ("拨付轮换补贴8.00万元", "400*200/10000", "8.00"),
        ("全年执行44.00万元", "36.00+8.00", "44.00"),
        ("县级储备食用油管理费用补贴,52.00", "36.00+800*200/10000", "52.00"),
        ("拨付45.00万元", "9*5.00", "45.00"),
        ("粮油应急保障网点建设,60.00", "12*5.00", "60.00"),
        ("预算180.00万元，由2023年结转40.00万元", "40.00+100.00+40.00", "180.00"),
        (("预算180.00万元", "计划对36栋仓房实施粮情测控和智能通风改造，每栋5.00万元"), "36*5.00", "180.00"),
        ("支出108.00万元", "20*5.40", "108.00"),
        ("剩余72.00万元", "180.00-108.00", "72.00"),
        ("5个项目平均自评得分88.34分", "(96.50+95.20+86.40+85.00+78.60)/5", "88.34"),
        ("全年未执行资金126.50万元", "1530.00-1403.50", "126.50"),
        ("其余54.50万元", "126.50-72.00", "54.50"),
        ("其余54.50万元", "11.25+18.40+8.00+15.00+1.85", "54.50"),
        ("网点建设15.00万元", "60.00-45.00", "15.00"),
        ("公用经费1.85万元", "41.70-39.85", "1.85"),
        ("完成计划的50%", "400/800*100", "50"),
        ("完成计划的55.56%", "20/36*100", "55.56"),
        ("完成计划的75%", "9/12*100", "75"),
        ("完好率92.5%", "74/80*100", "92.5"),
        ("覆盖率93.33%", "28/30*100", "93.33"),
        ("损耗率0.16%", "80/50000*100", "0.16"),
        ("整改率85.71%", "12/14*100", "85.71"),
        ("满意123份，满意度82%", "123/150*100", "82"),
        ("自评得分89.39分", "18.35+34.03+27.90+9.11", "89.39"),
    ],
    "shayang-grainoil-2018": [
        ("县级储备粮规模为2.0万吨（稻谷1.6万吨、小麦0.4万吨）", "1.6+0.4", "2.0"),
        ("2017年安排的建设资金30.00万元", "15*20000/10000", "30.00"),
        ("项目全年预算443.00万元，其中县级财政安排413.00万元、上年结转30.00万元", "413.00+30.00", "443.00"),
        ("全年到位资金422.20万元，到位率95.30%", "422.20/443.00*100", "95.30"),
        ("未到位的20.80万元", "443.00-422.20", "20.80"),
        ("未到位的20.80万元为保管费和利息补贴按实结算后的差额（保管费7.00万元、利息13.80万元）", "(173.00-166.00)+(240.00-226.20)", "20.80"),
        ("全年执行410.20万元，预算执行率92.60%", "410.20/443.00*100", "92.60"),
        ("资金使用率97.16%", "410.20/422.20*100", "97.16"),
        ("执行376.50万元，执行率94.60%", "376.50/398.00*100", "94.60"),
        ("稻谷常储12500吨×80元=1000000元", "12500*80", "1000000"),
        ("稻谷常储12500吨", "16000-3500", "12500"),
        ("稻谷轮换3500吨×80元×9/12=210000元", "3500*80*9/12", "210000"),
        ("小麦4000吨×80元=320000元", "4000*80", "320000"),
        ("食用油500吨×260元=130000元", "500*260", "130000"),
        ("合计1660000元，即166.00万元", "1000000+210000+320000+130000", "1660000"),
        ("即166.00万元，其中稻谷121.00万元", "(1000000+210000)/10000", "121.00"),
        ("即166.00万元，其中稻谷121.00万元、小麦32.00万元、食用油13.00万元", "121.00+32.00+13.00", "166.00"),
        ("预算按全年足额储存测算为173.00万元", "20000*80/10000+500*260/10000", "173.00"),
        ("5200×4.35%×12/12=226.20万元", "5200*0.0435*12/12", "226.20"),
        ("按每个网点补助20000元拨付18.00万元", "9*20000/10000", "18.00"),
        ("对应资金12.00万元结转至2019年", "6*20000/10000", "12.00"),
        ("对应资金12.00万元结转至2019年", "422.20-410.20", "12.00"),
        ("检查廒间160个次", "40*4", "160"),
        ("完成计划的70%", "3500/5000*100", "70"),
        ("建成9个，完成计划的60%", "9/15*100", "60"),
        ("合格23批次，合格率92%", "23/25*100", "92"),
        ("达到目标的90%", "180/200*100", "90"),
        ("损耗56吨，损耗率0.28%", "56/20000*100", "0.28"),
        ("达标率87.5%", "35/40*100", "87.5"),
        ("表示满意的171份，满意率95.00%", "171/180*100", "95.00"),
        ("本项目得分89.67分", "9.26+15+10+7.00+6.00+9.20+5+9.00+10+9.21", "89.67"),
    ],
}

# stated total, stated grade text, and category subtotals stated in the text
TOTALS = {
    "qianjiang-grainsubsidy-2021": ("总得分98.47分，评价等级为“优”", "98.47", "优",
                                    {"预算执行": "9.63", "产出指标": "49.00", "效益指标": "30.00", "满意度指标": "9.84"}),
    "dengzhou-granaryrepair-2019": ("综合得分88.02分，评价等级为“良”", "88.02", "良",
                                    {"预算执行": "8.42", "产出指标": "42.12", "效益指标": "27.92", "满意度指标": "9.56"}),
    "linquan-reserverotation-2023": ("自评得分97.64分，自评等级：优", "97.64", "优", {}),
    "gushi-grainbureau-2024": ("自评得分89.39分，等级为“良好”", "89.39", "良",
                               {"预算执行": "18.35", "产出指标": "34.03", "效益指标": "27.90", "满意度指标": "9.11"}),
    "shayang-grainoil-2018": ("本项目得分89.67分，等级为良", "89.67", "良", {}),
}

PROJECTS = list(FACTS)


def check_clean(pid):
    text = read(pid + "-clean.txt")
    n = len(text)
    if not 2500 <= n <= 6000:
        err("%s: clean draft has %d characters" % (pid, n))
    nfacts = 0
    for snippet, expr, stated in FACTS[pid]:
        snippets = snippet if isinstance(snippet, tuple) else (snippet,)
        missing = [x for x in snippets if x not in text]
        if missing:
            err("%s: snippet not in draft: %r" % (pid, missing))
            continue
        snippet = snippets[0]
        if stated not in snippet:
            err("%s: stated %r not in snippet %r" % (pid, stated, snippet))
        c = eval(expr)
        if not close(c, stated):
            err("%s: %s = %.6f, stated %s (%s)" % (pid, expr, c, stated, snippet))
        nfacts += 1
    ntables = 0
    total_from_table = None
    for rows in csv_blocks(text):
        header = rows[0]
        ntables += 1
        if "分值" in header and "得分" in header:
            ssum, first = check_score_table(pid, rows, text)
            total_from_table = ssum
            for k, v in TOTALS[pid][3].items():
                if not close(first.get(k, -1), v):
                    err("%s: %s subtotal %.2f vs stated %s" % (pid, k, first.get(k, -1), v))
            # execution row must agree with the funds rate stated in the text
        else:
            check_money_table(pid, rows)
    snippet, total, grade, _ = TOTALS[pid]
    if snippet not in text:
        err("%s: total/grade snippet missing" % pid)
    if total_from_table is None or not close(total_from_table, total):
        err("%s: table total %s vs stated %s" % (pid, total_from_table, total))
    if band(float(total)) != grade:
        err("%s: grade %s but band of %s is %s" % (pid, grade, total, band(float(total))))
    # years: the evaluation year of the title appears in the 截至 sentences and 结转 goes to a later year
    year = int(re.search(r"(20\d\d)", pid).group(1))
    for m in re.finditer(r"截至(20\d\d)年12月31日", text):
        if int(m.group(1)) != year:
            err("%s: 截至%s年" % (pid, m.group(1)))
    for m in re.finditer(r"结转至(20\d\d)年", text):
        before = text[max(0, m.start() - 40):m.start()]
        if int(m.group(1)) == year and "%d年" % (year - 1) in before:
            continue  # last year's money carried into the evaluation year (上年结转)
        if int(m.group(1)) <= year:
            err("%s: 结转至%s年" % (pid, m.group(1)))
    return nfacts, ntables


def main():
    labels, codes = check_labels()
    stats = []
    for pid in PROJECTS:
        stats.append((pid,) + check_clean(pid))
    for pid, nf, nt in stats:
        print("%-32s facts %3d  tables %d" % (pid, nf, nt))
    print("codes:", dict(sorted(codes.items())))
    if ERRORS:
        print("\n".join("FAIL " + e for e in ERRORS))
        sys.exit(1)
    print("OK (%d cases)" % len(labels))


if __name__ == "__main__":
    main()
