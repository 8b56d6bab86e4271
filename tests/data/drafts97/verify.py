#!/usr/bin/env python3
"""Check set n97: labels, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. every error case differs from its clean draft by one contiguous change of at most 16 characters
   inside one line (score_exceeds_weight: at most two adjacent lines, each within the limit);
3. the clean drafts: the 自评表 is parsed (weights add up to 100, scores to the stated total,
   0 <= score <= weight, each quantitative score follows rules §5, the stated grade fits the band),
   and a list of stated facts per project is recomputed (rates, balances, sums, products,
   completions, averages, differences) with the decimals rule of rules §8.
Pure Python 3. Prints OK or the list of problems and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules §8: stated value with d decimals matches computed iff |c - v| <= 0.5*10^-d."""
    v = num(stated)
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- 1 + 2: labels and edits
def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    codes = {}
    for lab in labels:
        case = read(lab["case"])
        clean_name = lab["source"] + "-clean.txt"
        clean = read(clean_name)
        if lab["clean"]:
            if lab["expected"] or lab["case"] != clean_name:
                bad("clean label wrong: %s" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            bad("%s: expected exactly one label" % lab["case"])
        for e in lab["expected"]:
            codes.setdefault(e["code"], set()).add(lab["source"])
            if e["severity"] != "error":
                bad("%s: severity" % lab["case"])
            if case.count(e["value"]) != 1:
                bad("%s: value occurs %d times in case" % (lab["case"], case.count(e["value"])))
            if e["value"] in clean:
                bad("%s: value occurs in the clean draft" % lab["case"])
            check_edit(lab["case"], clean, case, e["code"])
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                "completion_mismatch"]
    for c in required:
        if len(codes.get(c, ())) < 2:
            bad("code %s used in fewer than 2 projects: %s" % (c, sorted(codes.get(c, ()))))
    return labels, codes


def check_edit(name, clean, case, code):
    a, b = clean.split("\n"), case.split("\n")
    if len(a) != len(b):
        bad("%s: line count changed" % name)
        return
    changed = [i for i in range(len(a)) if a[i] != b[i]]
    limit = 2 if code == "score_exceeds_weight" else 1
    if not changed or len(changed) > limit:
        bad("%s: %d changed lines" % (name, len(changed)))
    if len(changed) == 2 and changed[1] - changed[0] != 1:
        bad("%s: changed lines not adjacent" % name)
    for i in changed:
        x, y = a[i], b[i]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
            s += 1
        if len(x) - p - s > 16 or len(y) - p - s > 16:
            bad("%s: edit on line %d longer than 16 chars (%r -> %r)"
                % (name, i + 1, x[p:len(x) - s], y[p:len(y) - s]))


# ---------------------------------------------------------------- 3a: the 自评表
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
GRADES = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "差": "差"}


def band(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


def rule_score(target, actual, w):
    """Score under rules §5 for a quantitative row, or None when the row is qualitative/date."""
    t = target.replace(",", "")
    if re.search(r"\d{4}年\d{1,2}月", t) or re.search(r"\d{4}年\d{1,2}月", actual):
        return None
    mt, ma = NUM.search(t), NUM.search(actual.replace(",", ""))
    if not mt or not ma:
        return None
    T, A = num(mt.group()), num(ma.group())
    if t.startswith("≤"):
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else D(0)
    return w * min(D(1), max(A, D(0)) / T)


def check_table(name, text):
    lines = text.split("\n")
    hdr = None
    for i, l in enumerate(lines):
        if "三级指标" in l and "分值" in l and "得分" in l:
            hdr = i
            break
    if hdr is None:
        bad("%s: no indicator table" % name)
        return
    cols = lines[hdr].split("｜")
    ci = {k: cols.index(k) for k in ("年度指标值", "实际完成值", "分值", "得分")}
    weights, scores, total = [], [], None
    exec_in_table = False
    for l in lines[hdr + 1:]:
        c = l.split("｜")
        if c[0] in ("总分", "合计"):
            vals = [x for x in c[1:] if x.strip()]
            if vals[0] != "100":
                bad("%s: total weight cell %r" % (name, vals[0]))
            total = vals[1]
            break
        if c[0] not in ("产出指标", "效益指标", "满意度指标", "预算执行"):
            continue
        w, s = num(c[ci["分值"]]), num(c[ci["得分"]])
        weights.append(w)
        scores.append(s)
        if not (0 <= s <= w):
            bad("%s: score %s outside [0, %s] in row %s" % (name, s, w, c[2]))
        if c[0] == "预算执行":
            exec_in_table = True
            rs = w * min(D(1), num(c[ci["实际完成值"]].rstrip("%")) / 100)
        else:
            rs = rule_score(c[ci["年度指标值"]], c[ci["实际完成值"]], w)
        if rs is not None and not close(c[ci["得分"]], rs):
            bad("%s: row %s score %s, rule gives %s" % (name, c[2], c[ci["得分"]], r2(rs)))
    if not exec_in_table:
        m = re.search(r"\n年度资金总额｜([\d,.]+)｜([\d,.]+)｜([\d,.]+)｜(\d+)｜([\d.]+)%｜([\d.]+)", text)
        if not m:
            bad("%s: no funds row" % name)
            return
        budget, spent, w, rate, s = num(m.group(2)), num(m.group(3)), num(m.group(4)), m.group(5), m.group(6)
        if not close(rate, spent / budget * 100):
            bad("%s: funds-row rate %s vs %s" % (name, rate, spent / budget * 100))
        if not close(s, w * min(D(1), spent / budget)):
            bad("%s: execution score %s" % (name, s))
        weights.append(w)
        scores.append(num(s))
    if sum(weights) != 100:
        bad("%s: weights add to %s" % (name, sum(weights)))
    if total is None or not close(total, sum(scores)):
        bad("%s: scores add to %s, stated total %s" % (name, sum(scores), total))
    grades = re.findall(r"([\d.]+)分，(?:评价)?等级(?:为|：)(优秀|良好|优|良|中等|中|差)", text)
    if not grades:
        bad("%s: no total+grade sentence" % name)
    for sc, g in grades:
        if sc != total:
            bad("%s: text total %s vs table %s" % (name, sc, total))
        if GRADES[g] != band(num(sc)):
            bad("%s: grade %s for %s" % (name, g, sc))
    m = re.search(r"评价等级｜(\S+)", text)
    if m and GRADES[m.group(1)] != band(num(total)):
        bad("%s: table grade %s" % (name, m.group(1)))


# ---------------------------------------------------------------- 3b: stated facts per project
# kinds: rate (stated% = a/b*100), diff (stated = a - b), sum (stated = sum(parts)),
# prod (stated = a*b), comp (completion, rules §5: gte a/b, lte 100% if a<=b),
# avg (stated = mean(parts)), pct_change (stated% = (a-b)/b*100), div (stated = a/b).
# Each fact names a fragment that must occur in the clean draft and contain the stated figure,
# optionally followed by more evidence fragments that must occur too.
FACTS = {
    "hegang-fireveh-2019": [
        ("rate", "执行率95.94%", "95.94", "652.36", "680.00"),
        ("rate", "到位680.00万元，到位率100%", "100", "680.00", "680.00"),
        ("diff", "结余27.64万元", "27.64", "680.00", "652.36"),
        ("diff", "全年预算较年初增加120.00万元", "120.00", "680.00", "560.00"),
        ("sum", "合计｜｜｜560.00｜680.00｜680.00", "560.00", ["300.00", "0.00", "260.00"]),
        ("sum", "合计｜｜｜560.00｜680.00｜680.00", "680.00", ["300.00", "120.00", "260.00"]),
        ("prod", "｜2辆｜148.50｜297.00｜", "297.00", "2", "148.50"),
        ("prod", "｜1辆｜186.80｜186.80｜", "186.80", "1", "186.80"),
        ("prod", "｜40具｜1.26｜50.40｜", "50.40", "40", "1.26"),
        ("prod", "｜120套｜0.38｜45.60｜", "45.60", "120", "0.38"),
        ("prod", "｜4套｜9.85｜39.40｜", "39.40", "4", "9.85"),
        ("prod", "｜6台｜3.36｜20.16｜", "20.16", "6", "3.36"),
        ("prod", "｜200盘｜0.065｜13.00｜", "13.00", "200", "0.065"),
        ("sum", "合计｜｜｜｜652.36｜", "652.36",
         ["297.00", "186.80", "50.40", "45.60", "39.40", "20.16", "13.00"]),
        ("prod", "防护服单价3,800元/套", "3800", "0.38", "10000"),
        ("prod", "水带单价650元/盘", "650", "0.065", "10000"),
        ("rate", "占13.43%", "13.43", "9", "67"),
        ("rate", "占在用车辆67辆的8.96%", "8.96", "6", "67"),
        ("diff", "由9辆降至6辆", "6", "9", "3"),
        ("comp", "装备操作培训172人次（目标≥180人次），完成率95.56%", "95.56", "172", "180"),
        ("comp", "满意度96.5%（目标≥90%），完成率107.22%", "107.22", "96.5", "90"),
        ("rate", "满意386份，满意度96.5%", "96.5", "386", "400"),
        ("rate", "（回收率95.24%）", "95.24", "400", "420"),
        ("diff", "上年1,712起，增加134起", "134", "1846", "1712"),
        ("pct_change", "增长7.83%", "7.83", "1846", "1712"),
        ("sum", "全年接警出动1,846起", "1846", ["612", "893", "341"]),
        ("diff", "缩短0.8分钟", "0.8", "8.4", "7.6"),
        ("diff", "扣0.63分", "0.63", "100", "99.37"),
        ("sum", "扣0.63分", "0.63", ["0.41", "0.22"]),
        ("diff", "预算执行率扣0.41分", "0.41", "10", "9.59"),
        ("diff", "培训人次未达标扣0.22分", "0.22", "5", "4.78"),
        ("diff", "差8人次", "8", "180", "172"),
    ],
    "xingcheng-firestation-2021": [
        ("sum", "总投资1,860.00万元（土建及安装1,420.00万元、室外附属180.00万元、装备购置260.00万元）",
         "1860.00", ["1420.00", "180.00", "260.00"]),
        ("sum", "总投资1,860.00万元", "1860.00", ["400.00", "1460.00"],
         ["省级消防站建设补助400.00万元，市级财政1,460.00万元"]),
        ("diff", "2020年｜1,235.40｜1,020.00｜215.40", "215.40", "1235.40", "1020.00"),
        ("diff", "2021年｜840.00｜803.75｜36.25", "36.25", "840.00", "803.75"),
        ("sum", "两年财政安排合计1,860.00万元", "1860.00", ["1235.40", "624.60"]),
        ("sum", "年初预算775.40万元（当年拨款560.00万元", "775.40", ["560.00", "215.40"]),
        ("sum", "当年新增拨款624.60万元", "624.60", ["560.00", "64.60"]),
        ("sum", "全年预算840.00万元，全部到位", "840.00", ["624.60", "215.40"]),
        ("rate", "全年支出803.75万元，执行率95.68%", "95.68", "803.75", "840.00"),
        ("sum", "全年支出803.75万元", "803.75", ["395.15", "148.60", "260.00"]),
        ("sum", "累计支出1,823.75万元", "1823.75", ["1020.00", "803.75"]),
        ("rate", "占总投资的98.05%", "98.05", "1823.75", "1860.00"),
        ("sum", "项目总支出1,860.00万元", "1860.00", ["1823.75", "36.25"]),
        ("sum", "土建及安装结算1,451.40万元", "1451.40", ["1020.00", "395.15", "36.25"]),
        ("diff", "（超概算31.40万元）", "31.40", "1451.40", "1420.00"),
        ("diff", "（节余31.40万元）", "31.40", "180.00", "148.60"),
        ("sum", "年度资金总额｜775.40｜840.00｜803.75", "803.75", ["588.35", "215.40"]),
        ("rate", "｜588.35｜—｜94.20%｜", "94.20", "588.35", "624.60"),
        ("prod", "｜18具｜1.30｜23.40｜", "23.40", "18", "1.30"),
        ("prod", "｜30套｜0.72｜21.60｜", "21.60", "30", "0.72"),
        ("sum", "合计｜｜｜260.00｜", "260.00", ["96.80", "78.40", "23.40", "21.60", "39.80"]),
        ("sum", "满足二级站执勤21人配备要求", "21", ["12", "9"]),
        ("comp", "建筑面积2,480㎡（目标≥2,400㎡），完成率103.33%", "103.33", "2480", "2400"),
        ("div", "建安工程单方造价5,852.42元/㎡（1,451.40万元÷2,480㎡", "5852.42", "14514000", "2480"),
        ("diff", "推迟107天", "107", "107", "0"),  # 30 Jun -> 15 Oct: 31 + 31 + 30 + 15
        ("diff", "缩短8.3分钟", "8.3", "14.5", "6.2"),
        ("comp", "出警71起（目标120起），完成率59.17%", "59.17", "71", "120"),
        ("sum", "出警71起", "71", ["18", "29", "24"]),
        ("comp", "覆盖率78.2%（目标85%；建站前71.5%，提高6.7个百分点），完成率92.00%", "92.00", "78.2", "85"),
        ("diff", "提高6.7个百分点", "6.7", "78.2", "71.5"),
        ("rate", "问卷500份，满意437份，满意度87.4%", "87.4", "437", "500"),
        ("comp", "满意度87.4%（目标≥95%），完成率92.00%", "92.00", "87.4", "95"),
        ("sum", "失分10.11分", "10.11", ["0.43", "4", "4.08", "0.80", "0.80"]),
        ("diff", "失分10.11分", "10.11", "100", "89.89"),
        ("diff", "执行率0.43分", "0.43", "10", "9.57"),
        ("diff", "出警起数4.08分", "4.08", "10", "5.92"),
    ],
    "xilingol-wintergear-2023": [
        ("sum", "全年预算635.00万元", "635.00", ["450.00", "185.00"]),
        ("rate", "到位635.00万元，到位率100%", "100", "635.00", "635.00"),
        ("rate", "支出598.40万元，执行率94.24%", "94.24", "598.40", "635.00"),
        ("diff", "结余36.60万元", "36.60", "635.00", "598.40"),
        ("sum", "结余36.60万元，均为招标节约：全地形消防车12.00万元、无人机5.60万元、其他器材19.00万元",
         "36.60", ["12.00", "5.60", "19.00"]),
        ("diff", "全地形消防车12.00万元", "12.00", "280.00", "268.00"),
        ("prod", "无人机5.60万元", "5.60", "4", "1.40"),  # (30.00 budget - 28.60) x 4
        ("prod", "｜6辆｜12.80｜76.80｜", "76.80", "6", "12.80"),
        ("prod", "｜4架｜28.60｜114.40｜", "114.40", "4", "28.60"),
        ("prod", "｜150套｜0.46｜69.00｜", "69.00", "150", "0.46"),
        ("prod", "｜12台｜2.85｜34.20｜", "34.20", "12", "2.85"),
        ("prod", "｜60台｜0.42｜25.20｜", "25.20", "60", "0.42"),
        ("prod", "｜20部｜0.54｜10.80｜", "10.80", "20", "0.54"),
        ("sum", "合计｜｜｜598.40｜", "598.40",
         ["268.00", "76.80", "114.40", "69.00", "34.20", "25.20", "10.80"]),
        ("sum", "雪地摩托2辆、无人机1架、防护服30套、消防泵2台、风力灭火机14台、卫星电话5部｜82.28", "82.28",
         ["25.60", "28.60", "13.80", "5.70", "5.88", "2.70"]),
        ("sum", "雪地摩托1辆、无人机1架、防护服30套、消防泵3台、风力灭火机12台、卫星电话4部｜70.95", "70.95",
         ["12.80", "28.60", "13.80", "8.55", "5.04", "2.16"]),
        ("sum", "雪地摩托1辆、无人机1架、防护服30套、消防泵2台、风力灭火机12台、卫星电话4部｜68.10", "68.10",
         ["12.80", "28.60", "13.80", "5.70", "5.04", "2.16"]),
        ("sum", "雪地摩托1辆、无人机1架、防护服30套、消防泵3台、风力灭火机10台、卫星电话3部｜69.57", "69.57",
         ["12.80", "28.60", "13.80", "8.55", "4.20", "1.62"]),
        ("sum", "雪地摩托1辆、防护服30套、消防泵2台、风力灭火机12台、卫星电话4部｜39.50", "39.50",
         ["12.80", "13.80", "5.70", "5.04", "2.16"]),
        ("sum", "合计｜｜598.40", "598.40", ["268.00", "82.28", "70.95", "68.10", "69.57", "39.50"]),
        ("sum", "5个旗县大队共分配330.40万元", "330.40", ["82.28", "70.95", "68.10", "69.57", "39.50"]),
        ("avg", "平均每个大队66.08万元", "66.08", ["82.28", "70.95", "68.10", "69.57", "39.50"]),
        ("comp", "按期到货6批（目标7批），完成率85.71%", "85.71", "6", "7"),
        ("diff", "晚于11月30日期限6天", "6", "36", "30"),  # 6 Dec vs 30 Nov
        ("diff", "缩短6分钟", "6", "47", "41"),
        ("pct_change", "下降28.85%", "-28.85", "37", "52"),
        ("comp", "冬季救援被困人员148人（目标≥120人），完成率123.33%", "123.33", "148", "120"),
        ("diff", "增加242起", "242", "3218", "2976"),
        ("pct_change", "增长8.13%", "8.13", "3218", "2976"),
        ("comp", "完好率97.6%（目标≥95%），完成率102.74%", "102.74", "97.6", "95"),
        ("diff", "预算执行率0.58分", "0.58", "10", "9.42"),
        ("diff", "时效指标1.43分", "1.43", "10", "8.57"),
        ("sum", "自评得分97.99分", "97.99", ["9.42", "30", "10", "8.57", "10", "20", "10"]),
    ],
    "jiamusi-waterrescue-2024": [
        ("sum", "年初预算资金｜(1)｜425.20｜380.00", "425.20", ["380.00", "45.20"]),
        ("sum", "全年预算资金｜(2)｜505.20｜460.00", "505.20", ["460.00", "45.20"]),
        ("sum", "全年预算资金｜(2)｜505.20｜460.00", "460.00", ["80.00", "380.00"]),
        ("sum", "全年执行资金｜(4)｜471.06｜425.86", "471.06", ["425.86", "45.20"]),
        ("sum", "全年执行资金｜(4)｜471.06｜425.86", "425.86", ["80.00", "345.86"]),
        ("diff", "资金结余｜(5)=(3)-(4)｜34.14", "34.14", "505.20", "471.06"),
        ("diff", "资金结余｜(5)=(3)-(4)｜34.14｜34.14｜0｜0｜34.14", "34.14", "380.00", "345.86"),
        ("rate", "预算执行率(%)｜(7)=(4)/(2)｜93.24", "93.24", "471.06", "505.20"),
        ("rate", "｜(7)=(4)/(2)｜93.24｜92.58", "92.58", "425.86", "460.00"),
        ("rate", "｜100｜91.02｜—｜100｜—", "91.02", "345.86", "380.00"),
        ("diff", "差额7.00万元", "7.00", "52.20", "45.20"),
        ("prod", "｜4艘｜9.65｜38.60｜", "38.60", "4", "9.65"),
        ("prod", "｜6艘｜3.28｜19.68｜", "19.68", "6", "3.28"),
        ("prod", "｜12套｜4.35｜52.20｜", "52.20", "12", "4.35"),
        ("prod", "｜2套｜38.50｜77.00｜", "77.00", "2", "38.50"),
        ("prod", "｜14台｜3.64｜50.96｜", "50.96", "14", "3.64"),
        ("prod", "｜115件｜0.068｜7.82｜", "7.82", "115", "0.068"),
        ("prod", "救生衣单价680元/件", "680", "0.068", "10000"),
        ("sum", "合计｜｜｜471.06｜", "471.06",
         ["38.60", "19.68", "168.00", "52.20", "56.80", "77.00", "50.96", "7.82"]),
        ("avg", "4期平均89.25分", "89.25", ["86.5", "88.0", "90.5", "92.0"]),
        ("comp", "单兵图传14台（目标≥12台），完成率116.67%", "116.67", "14", "12"),
        ("rate", "汛期前列装率87.5%", "87.5", "7", "8"),
        ("comp", "汛期前列装率87.5%（目标≥90%），完成率97.22%", "97.22", "87.5", "90"),
        ("pct_change", "增长30.61%", "30.61", "64", "49"),
        ("comp", "救出遇险人员57人（目标≥40人），完成率142.50%", "142.50", "57", "40"),
        ("diff", "缩短3.6分钟", "3.6", "16.4", "12.8"),
        ("comp", "持证水域救援人员34人（目标≥30人），完成率113.33%", "113.33", "34", "30"),
        ("rate", "满意479份，满意度95.8%", "95.8", "479", "500"),
        ("comp", "满意度95.8%（目标≥90%），完成率106.44%", "106.44", "95.8", "90"),
        ("sum", "合计99.10分", "99.10", ["9.32", "49.78", "30", "10"]),
        ("sum", "产出49.78分", "49.78", ["6", "6", "6", "6", "10", "7.78", "8"]),
    ],
    "panjin-petrochem-2020": [
        ("sum", "全年预算1,250.00万元，其中中央消防救援补助400.00万元", "1250.00", ["400.00", "850.00"]),
        ("sum", "合计｜1,250.00｜1,135.00｜978.36｜156.64", "1135.00", ["400.00", "735.00"]),
        ("sum", "合计｜1,250.00｜1,135.00｜978.36｜156.64", "978.36", ["400.00", "578.36"]),
        ("diff", "市级资金｜850.00｜735.00｜578.36｜156.64", "156.64", "735.00", "578.36"),
        ("diff", "合计｜1,250.00｜1,135.00｜978.36｜156.64", "156.64", "1135.00", "978.36"),
        ("rate", "资金到位率90.80%", "90.80", "1135.00", "1250.00"),
        ("rate", "预算执行率78.27%", "78.27", "978.36", "1250.00"),
        ("rate", "中央补助执行率100%", "100", "400.00", "400.00"),
        ("rate", "市级资金执行率68.04%", "68.04", "578.36", "850.00"),
        ("sum", "市级资金｜850.00｜735.00｜", "735.00", ["520.00", "215.00"],
         ["（6月520.00万元、11月215.00万元）"]),
        ("diff", "剩余115.00万元未拨付", "115.00", "850.00", "735.00"),
        ("prod", "按合同到货付60%（298.80万元）", "298.80", "498.00", "0.6"),
        ("diff", "验收合格后付40%（199.20万元）", "199.20", "498.00", "298.80"),
        ("sum", "尾款199.20万元由结转资金156.64万元和2021年市级拨付42.56万元解决", "199.20", ["156.64", "42.56"]),
        ("diff", "差额72.44万元", "72.44", "1250.00", "1177.56"),
        ("prod", "｜2辆｜236.50｜473.00｜473.00｜", "473.00", "2", "236.50"),
        ("prod", "｜20套｜1.86｜37.20｜37.20｜", "37.20", "20", "1.86"),
        ("prod", "｜8台｜3.42｜27.36｜27.36｜", "27.36", "8", "3.42"),
        ("prod", "｜100吨｜1.42｜142.00｜142.00｜", "142.00", "100", "1.42"),
        ("prod", "泡沫液单价14,200元/吨", "14200", "1.42", "10000"),
        ("sum", "合计｜｜｜1,177.56｜978.36｜", "1177.56", ["473.00", "498.00", "37.20", "27.36", "142.00"]),
        ("sum", "合计｜｜｜1,177.56｜978.36｜", "978.36", ["473.00", "298.80", "37.20", "27.36", "142.00"]),
        ("comp", "有毒气体检测仪8台（目标10台），完成率80%", "80", "8", "10"),
        ("rate", "按期到货率60%（5批中3批", "60", "3", "5"),
        ("comp", "按期到货率60%（5批中3批于9月30日前到货，目标100%），完成率60%", "60", "60", "100"),
        ("diff", "缩短0.7分钟", "0.7", "5.3", "4.6"),
        ("comp", "远程供水实战演练1次（目标2次），完成率50%", "50", "1", "2"),
        ("diff", "减少269起", "269", "2406", "2137"),
        ("pct_change", "下降11.18%", "-11.18", "2137", "2406"),
        ("rate", "满意114份，满意度91.2%", "91.2", "114", "125"),
        ("comp", "满意度91.2%（目标≥95%），完成率96.00%", "96.00", "91.2", "95"),
    ],
}


def check_facts(proj, text):
    for f in FACTS[proj]:
        kind, frag, stated = f[0], f[1], f[2]
        for extra in (f[5] if len(f) > 5 else []):
            if extra not in text:
                bad("%s: evidence fragment not in clean draft: %r" % (proj, extra))
        if frag not in text:
            bad("%s: fragment not in clean draft: %r" % (proj, frag))
            continue
        if stated.lstrip("-").replace(",", "") not in frag.replace(",", "") and kind != "diff":
            bad("%s: stated %s not inside fragment %r" % (proj, stated, frag))
        if kind == "rate":
            c = num(f[3]) / num(f[4]) * 100
        elif kind == "diff":
            c = num(f[3]) - num(f[4])
        elif kind == "sum":
            c = sum(num(x) for x in f[3])
        elif kind == "prod":
            c = num(f[3]) * num(f[4])
        elif kind == "div":
            c = num(f[3]) / num(f[4])
        elif kind == "avg":
            c = sum(num(x) for x in f[3]) / len(f[3])
        elif kind == "pct_change":
            c = (num(f[3]) - num(f[4])) / num(f[4]) * 100
        elif kind == "comp":
            c = num(f[3]) / num(f[4]) * 100
        else:
            raise SystemExit("unknown fact kind " + kind)
        if not close(stated, c):
            bad("%s: %s %r states %s, computed %s" % (proj, kind, frag, stated, c))


def main():
    labels, codes = check_labels()
    projects = sorted({l["source"] for l in labels})
    for p in projects:
        text = read(p + "-clean.txt")
        n = len(text)
        if not 2500 <= n <= 6000:
            bad("%s: clean draft has %d characters" % (p, n))
        check_table(p, text)
        check_facts(p, text)
    if PROBLEMS:
        for m in PROBLEMS:
            print("PROBLEM:", m)
        sys.exit(1)
    print("OK: %d cases, %d projects, %d codes (%s)" % (
        len(labels), len(projects), len(codes),
        ", ".join("%s×%d" % (c, sum(1 for l in labels for e in l["expected"] if e["code"] == c))
                  for c in sorted(codes))))


if __name__ == "__main__":
    main()
