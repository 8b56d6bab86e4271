#!/usr/bin/env python3
"""Verify the n181 set.

1. labels.jsonl: one line per case file, every label value occurs in its case, 13 codes at least twice each.
2. Every error case equals its clean draft with exactly one replacement (the edit in build.py), differs from it
   in one contiguous place, and its label value overlaps that place and does not occur in the clean draft.
3. The arithmetic of every clean draft is redone: funds tables (components, rates, balances, execution score),
   indicator tables (weights to 100, scores to the total, score <= weight, completion and score from target and
   actual, grade band) and the figures restated in the prose (sums, averages, per-unit figures, shares).
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]

FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL", msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
def decimals(s):
    s = s.strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed, what):
    """stated: string as written; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    d = decimals(stated)
    tol = D(5) * D(10) ** (-d - 1) + D("1e-9")
    if abs(D(stated.rstrip("%")) - computed) > tol:
        fail(f"{what}: stated {stated}, computed {computed.quantize(D('0.0001'))}")
        return False
    return True


def r2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


class Doc:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def g(self, pattern):
        """pattern with [number] markers; the pattern without brackets must occur in the text."""
        plain = pattern.replace("[", "").replace("]", "")
        if plain not in self.text:
            fail(f"{self.name}: snippet not found: {plain!r}")
            return [D(0)] * pattern.count("[")
        return [D(x) for x in re.findall(r"\[([0-9.]+)\]", pattern)]

    def s(self, pattern):
        """like g, but returns the numbers as strings (to keep their decimals)."""
        self.g(pattern)
        return re.findall(r"\[([0-9.]+)\]", pattern)


def grade(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


# ---------------------------------------------------------------- indicator rows
UNIT_RE = re.compile(r"^(≥|≤)?([0-9]+(?:\.[0-9]+)?)(.*)$")
DATE_RE = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日|底)?前?$")
PARTIAL = {"部分完工", "部分建立"}


def check_row(doc, name, target, actual, completion, w, s):
    where = f"{doc.name} [{name}]"
    wd, sd = D(w), D(s)
    if sd > wd or sd < 0:
        fail(f"{where}: score {s} outside 0..{w}")
    mt, ma = UNIT_RE.match(target), UNIT_RE.match(actual)
    dt, da = DATE_RE.match(target), DATE_RE.match(actual)
    if dt:  # time target
        if da:
            t = (int(dt.group(1)), int(dt.group(2)), int(dt.group(3) or 31))
            a = (int(da.group(1)), int(da.group(2)), int(da.group(3) or 31))
            if a > t:
                fail(f"{where}: date {actual} after {target}")
            if sd != wd:
                fail(f"{where}: time target met but score {s} != {w}")
        elif actual in PARTIAL:
            if not (D("0.6") * wd <= sd < D("0.8") * wd):
                fail(f"{where}: partial band score {s}")
        else:
            fail(f"{where}: cannot read time actual {actual}")
        return
    if not (mt and ma) or target == actual and not mt:
        # qualitative
        if actual == target:
            if sd != wd:
                fail(f"{where}: qualitative met but score {s}")
        elif actual in PARTIAL:
            if not (D("0.6") * wd <= sd < D("0.8") * wd):
                fail(f"{where}: partial band score {s}")
        else:
            fail(f"{where}: cannot judge qualitative {target!r} / {actual!r}")
        return
    sign, tn, tu = mt.groups()
    _, an, au = ma.groups()
    if tu != au:
        fail(f"{where}: unit of target {target!r} differs from actual {actual!r}")
        return
    T, A = D(tn), D(an)
    if sign == "≤":
        comp = D(100) if A <= T else A and T / A * 100
    else:
        comp = A / T * 100
    if completion is not None and completion not in ("—", ""):
        close(completion, comp, f"{where} completion")
    exp = wd if comp >= 100 else r2(wd * comp / 100)
    close(s, exp, f"{where} score")


def check_table(doc, rows, exec_w, exec_s, total_w, total_s, level_scores=None):
    """rows: list of (level1, name, target, actual, completion, w, s)."""
    for (l1, name, t, a, c, w, s) in rows:
        check_row(doc, name, t, a, c, w, s)
    W = D(exec_w) + sum(D(r[5]) for r in rows)
    S = D(exec_s) + sum(D(r[6]) for r in rows)
    if W != 100 or D(total_w) != 100:
        fail(f"{doc.name}: weights add to {W} (stated {total_w})")
    close(total_s, S, f"{doc.name} total score")
    byl = {}
    for r in rows:
        byl.setdefault(r[0], [D(0), D(0)])
        byl[r[0]][0] += D(r[5])
        byl[r[0]][1] += D(r[6])
    want = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    for k, v in want.items():
        if byl.get(k, [0])[0] != v:
            fail(f"{doc.name}: {k} weights {byl.get(k)}")
    if level_scores:
        for k, stated in level_scores.items():
            close(stated, byl[k][1], f"{doc.name} {k} level score")
    return S, byl


def execution(doc, budget, spent, rate, score, w=10):
    r = D(budget) and D(spent) / D(budget) * 100
    close(rate, r, f"{doc.name} execution rate")
    close(score, r2(D(w) * min(r, D(100)) / 100), f"{doc.name} execution score")


def check_grade(doc, total, label):
    if grade(D(total)) not in label:
        fail(f"{doc.name}: total {total} graded {label}")


# ---------------------------------------------------------------- projects
def xushui(doc):
    t = doc.text
    # funds table
    lines = [l.split("\t") for l in t.splitlines() if "\t" in l]
    funds = {c[1]: c[2:] for c in lines if len(c) == 8 and c[0] == ""}
    tot, fis, car, oth = funds["年度资金总额"], funds["其中：当年财政拨款"], funds["上年结转资金"], funds["其他资金"]
    for i in range(3):
        close(tot[i], D(fis[i]) + D(car[i]) + D(oth[i]), f"{doc.name} funds column {i}")
    execution(doc, tot[1], tot[2], tot[4], tot[5])
    close(fis[4], D(fis[2]) / D(fis[1]) * 100, f"{doc.name} 当年财政拨款 rate")
    close(car[4], D(car[2]) / D(car[1]) * 100, f"{doc.name} 上年结转 rate")
    if D(oth[1]) == 0 and oth[4] != "—":
        fail(f"{doc.name}: rate on zero base {oth[4]}")
    # indicators
    rows, l1 = [], None
    for c in lines:
        if len(c) == 9 and c[0] == "" and c[6] not in ("分值",):
            l1 = c[1] or l1
            rows.append((l1, c[3], c[4], c[5], None, c[6], c[7]))
    tl = [c for c in lines if c[0] == "总分"][0]
    lv = dict(zip(["产出指标", "效益指标"], doc.s("产出指标得分[49.68]分，效益指标得分[28.82]分")))
    S, byl = check_table(doc, rows, tot[3], tot[5], tl[6], tl[7], lv)
    total, ex = doc.g("自评得分[97.99]分，其中预算执行率得分[9.49]分")
    close("97.99", S, f"{doc.name} prose total")
    close("9.49", D(tot[5]), f"{doc.name} prose execution score")
    (sat,) = doc.g("满意度指标得分[10]分")
    close("10", byl["满意度指标"][1], f"{doc.name} prose satisfaction score")
    check_grade(doc, total, "优秀" if "评价等级为“优秀”" in t else "?")
    # prose
    a, b = doc.g("年初预算[600.00]万元，均为区级财政资金。6月区财政追加[80.00]万元")
    close(fis[1], a + b, f"{doc.name} 年初 + 追加 = 当年财政拨款")
    (cv,) = doc.g("上年结转扬尘在线监测设备购置资金[46.40]万元")
    close(tot[1], a + b + cv, f"{doc.name} budget composition")
    doc.g("全年预算调整为[726.40]万元，其中当年财政拨款[680.00]万元、上年结转资金[46.40]万元")
    sp, rate = doc.g("项目实际支出[689.52]万元，预算执行率[94.92]%")
    close(tot[2], sp, f"{doc.name} spent text/table")
    items = doc.g("乡镇空气质量微型监测站运维[48.30]万元，建筑工地扬尘在线监测设备购置及安装[172.80]万元，"
                  "涉气企业执法检查及机动车遥感监测技术服务[96.42]万元，VOCs治理补助[328.00]万元，散煤复烧巡查及宣传[44.00]万元")
    close("689.52", sum(items), f"{doc.name} spending items")
    close("47.57", items[3] / sp * 100, f"{doc.name} VOCs share")
    (bal,) = doc.g("未支出的[36.88]万元")
    close("36.88", D(tot[1]) - sp, f"{doc.name} balance")
    doc.g("结转至2021年使用")
    n, p = doc.g("新安装建筑工地扬尘在线监测设备[36]处，完成年度目标的[120]%")
    close("120", n / 30 * 100, f"{doc.name} 扬尘 completion")
    (per,) = doc.g("按每处[48000]元的标准结算")
    close("172.80", n * per / 10000, f"{doc.name} 扬尘 per-unit")
    k, p2 = doc.g("开展涉气企业执法检查[684]家次，完成率[114]%")
    close("114", k / 600 * 100, f"{doc.name} 执法 completion")
    q = doc.g("分别为[84.2]%、[85.9]%、[87.1]%、[88.4]%，全年平均[86.4]%")
    close("86.4", sum(q[:4]) / 4, f"{doc.name} quarterly average")
    (u,) = doc.g("单个微站年运维费用[1.15]万元")
    close("48.30", u * 42, f"{doc.name} 42 micro-stations x unit cost")
    pm, drop = doc.g("PM2.5年均浓度为[57]微克/立方米，较2019年下降[10.9]%")
    (pm19,) = doc.g("2019年全区PM2.5年均浓度为[64]微克/立方米")
    close("10.9", (pm19 - pm) / pm19 * 100, f"{doc.name} PM2.5 drop")
    gd, gi = doc.g("空气质量优良天数[208]天，较上年增加[19]天")
    (gd19,) = doc.g("空气质量优良天数[189]天")
    close("19", gd - gd19, f"{doc.name} good days")
    hd, hr = doc.g("重污染天数[17]天，较上年减少[5]天")
    (hd19,) = doc.g("重污染天数[22]天")
    close("5", hd19 - hd, f"{doc.name} heavy days")


def flat_blocks(text):
    """Word tables flattened: one tab-indented cell per line, blank line between rows."""
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if lines and all(l.startswith("\t") for l in lines if l != "") and lines[0].startswith("\t"):
            out.append([l[1:] for l in lines])
    return out


def linchuan(doc):
    t = doc.text
    blocks = flat_blocks(t)
    fr = {b[0]: b[2:] for b in blocks if len(b) == 10}
    z = lambda x: D(x) if x else D(0)  # noqa: E731
    # columns: total, 小计, 中央, 省, 市, 县区, 上年结转, 其他
    for key in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        row = fr[key]
        close(row[0], z(row[1]), f"{doc.name} {key} total = 小计")
        close(row[1], sum(z(x) for x in row[2:6]), f"{doc.name} {key} 小计 = sources")
    for i in range(8):
        rec, spent, bud = z(fr["实际到位资金"][i]), z(fr["全年执行资金"][i]), z(fr["全年预算资金"][i])
        close(fr["资金结余"][i] or "0", rec - spent, f"{doc.name} balance col {i}")
        for key, num in [("预算到位率(%)", rec), ("预算执行率(%)", spent)]:
            cell = fr[key][i]
            if bud == 0:
                if D(cell) != 0:
                    fail(f"{doc.name}: non-zero rate on zero base {key} col {i}")
            else:
                close(cell, num / bud * 100, f"{doc.name} {key} col {i}")
    rows, ex = [], None
    for b in blocks:
        if len(b) == 7 and b[0] != "二级指标":
            if b[1] == "预算执行率":
                ex = b
                continue
            rows.append((b[0], b[1], b[3], b[4], b[5], b[2], b[6]))
    level = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标", "成本指标": "产出指标",
             "生态效益": "效益指标", "社会效益": "效益指标", "服务对象满意度指标": "满意度指标"}
    rows = [(level[r[0]],) + r[1:] for r in rows]
    bud, spent = z(fr["全年预算资金"][0]), z(fr["全年执行资金"][0])
    close(ex[4], spent / bud * 100, f"{doc.name} execution actual")
    check_row(doc, "预算执行率", ex[3], ex[4], ex[5], ex[2], ex[6])
    (total,) = doc.g("总得分[95.02]分，属于“优秀”")
    S, byl = check_table(doc, rows, ex[2], ex[6], "100", "95.02")
    check_grade(doc, total, "优秀")
    # prose
    a, inc = doc.g("全年预算[1350.00]万元，较年初预算增加[70.00]万元")
    close("1350.00", z(fr["年初预算资金"][0]) + inc, f"{doc.name} budget increase")
    rc, short = doc.g("区级配套资金实际到位[220.00]万元，其余[30.00]万元")
    close("30.00", z(fr["全年预算资金"][5]) - rc, f"{doc.name} county shortfall")
    items = doc.g("全年实际支出[1236.48]万元，其中管网建设[799.68]万元、入河排污口整治[126.40]万元、"
                  "规模养殖场粪污治理补助[216.00]万元、水质自动监测站运维[94.40]万元")
    close("1236.48", sum(items[1:]), f"{doc.name} spending items")
    close("1236.48", spent, f"{doc.name} spending text/table")
    b = doc.g("年末结余资金[83.52]万元，其中中央资金[27.64]万元")
    (bp,) = doc.g("省级资金[15.88]万元")
    (bc,) = doc.g("区级结余[40.00]万元")
    close("83.52", b[1] + bp + bc, f"{doc.name} balance parts")
    close("83.52", z(fr["实际到位资金"][0]) - spent, f"{doc.name} balance text")
    doc.g("结转至2022年")
    km = doc.g("罗针镇[6.2]公里、温泉镇[5.8]公里、龙溪镇[7.6]公里，合计[19.6]公里，超出年度目标[1.6]公里")
    close("19.6", sum(km[:3]), f"{doc.name} pipeline by town")
    close("1.6", km[3] - 18, f"{doc.name} pipeline excess")
    (uc,) = doc.g("管网建设单位成本为[40.8]万元/公里")
    close("799.68", uc * km[3], f"{doc.name} pipeline unit cost")
    n, x, y = doc.g("排查整治入河排污口[64]个，其中取缔非法排污口[9]个、规范整治[55]个")
    close("64", x + y, f"{doc.name} outfalls")
    (farms,) = doc.g("改造完成[18]家")
    (std,) = doc.g("按每家[12]万元的标准")
    close("216.00", farms * std, f"{doc.name} farm subsidy")
    (miss,) = doc.g("主要是[7]家养殖场")
    close("25", farms + miss, f"{doc.name} farm target")
    doc.g("全年数据有效率[95.2]%")
    c = doc.g("罗针镇[52.4]%、温泉镇[47.1]%、龙溪镇[46.3]%，平均[48.6]%")
    close("48.6", sum(c[:3]) / 3, f"{doc.name} collection average")
    doc.g("满意度为[93.4]%")


def daye(doc):
    t = doc.text
    cells = [l.split("｜") for l in t.splitlines() if "｜" in l]
    funds = {c[0]: c[1:] for c in cells if len(c) == 7}
    tot, fis, car, oth = funds["年度资金总额"], funds["其中：当年财政拨款"], funds["上年结转资金"], funds["其他资金"]
    for i in range(3):
        close(tot[i], D(fis[i]) + D(car[i]) + D(oth[i]), f"{doc.name} funds column {i}")
    execution(doc, tot[1], tot[2], tot[4], tot[5])
    close(fis[4], D(fis[2]) / D(fis[1]) * 100, f"{doc.name} 当年财政拨款 rate")
    close(car[4], D(car[2]) / D(car[1]) * 100, f"{doc.name} 上年结转 rate")
    rows = [(c[0], c[2], c[3], c[4], None, c[5], c[6]) for c in cells
            if len(c) == 8 and c[0] in ("产出指标", "效益指标", "满意度指标")]
    tl = [c for c in cells if c[0] == "总分"][0]
    S, byl = check_table(doc, rows, tot[3], tot[5], tl[5], tl[6])
    (total,) = doc.g("本项目自评得分[89.59]分，评价等级为“良好”")
    close("89.59", S, f"{doc.name} prose total")
    check_grade(doc, total, "良好")
    a, c, m = doc.g("年初预算[420.00]万元，其中中央土壤污染防治专项资金[360.00]万元（2022年12月提前下达）、市级配套资金[60.00]万元")
    close("420.00", c + m, f"{doc.name} initial budget parts")
    close(tot[0], a, f"{doc.name} initial budget text/table")
    (add,) = doc.g("追加配套资金[36.50]万元")
    b = doc.g("全年预算[486.50]万元，其中中央资金[360.00]万元、市级配套资金[96.50]万元、上年结转资金[30.00]万元")
    close("486.50", sum(b[1:]), f"{doc.name} annual budget parts")
    close("96.50", m + add, f"{doc.name} municipal total")
    close(fis[1], b[1] + b[2], f"{doc.name} 当年财政拨款 = 中央 + 市级")
    sp, rate = doc.g("全年实际支出[452.37]万元，预算执行率[92.98]%")
    close(tot[2], sp, f"{doc.name} spent text/table")
    close("92.98", sp / b[0] * 100, f"{doc.name} rate text")
    it = doc.g("重点地块土壤污染状况调查[115.50]万元（[10]个地块，每个地块[11.55]万元），受污染耕地安全利用[189.00]万元（按[150]元/亩标准")
    close("115.50", it[1] * it[2], f"{doc.name} survey per plot")
    (area,) = doc.g("落实受污染耕地安全利用面积[1.26]万亩")
    close("189.00", area * 10000 * it[4] / 10000, f"{doc.name} farmland per mu")
    (mon,) = doc.g("土壤环境质量监测[61.20]万元")
    (tail,) = doc.g("尾矿库风险管控工程[86.67]万元")
    close("452.37", it[0] + it[3] + mon + tail, f"{doc.name} spending items")
    close("41.78", it[3] / sp * 100, f"{doc.name} farmland share")
    (bal,) = doc.g("年末结余[34.13]万元")
    close("34.13", b[0] - sp, f"{doc.name} balance")
    n, k, rr = doc.g("共发放问卷[150]份，收回有效问卷[146]份，有效回收率[97.3]%")
    close("97.3", k / n * 100, f"{doc.name} questionnaire recovery")
    done, p = doc.g("完成[10]个重点地块土壤污染状况调查，另有2个地块因企业停产、土地权属变更未能进场采样，完成率[83.33]%")
    close("83.33", done / 12 * 100, f"{doc.name} survey completion")
    z = doc.g("金湖街道[0.45]万亩、保安镇[0.38]万亩、还地桥镇[0.43]万亩")
    close("1.26", sum(z), f"{doc.name} farmland by town")
    ok8, pr = doc.g("[8]份一次性通过专家评审，2份需补充采样后重新评审，评审通过率[80]%")
    close("80", ok8 / 10 * 100, f"{doc.name} review pass rate")
    (pt,) = doc.g("单点位监测成本[1.8]万元")
    close("61.20", pt * 34, f"{doc.name} monitoring unit cost")
    tot_mu, used, sr = doc.g("受污染耕地[1.35]万亩，已落实安全利用措施[1.26]万亩，安全利用率[93.3]%")
    close("93.3", used / tot_mu * 100, f"{doc.name} safe-use rate")
    s3 = doc.g("分别为[88]%、[85]%、[85]%，平均[86]%")
    close("86", sum(s3[:3]) / 3, f"{doc.name} satisfaction average")


def baodi(doc):
    t = doc.text
    lines = t.splitlines()
    funds = {}
    for l in lines:
        parts = l.split(" ")
        if parts[0] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金") and len(parts) == 7:
            funds[parts[0]] = parts[1:]
    tot, fis, car, oth = funds["年度资金总额"], funds["其中：当年财政拨款"], funds["上年结转资金"], funds["其他资金"]
    for i in range(3):
        close(tot[i], D(fis[i]) + D(car[i]) + D(oth[i]), f"{doc.name} funds column {i}")
    execution(doc, tot[1], tot[2], tot[4], tot[5])
    close(fis[4], D(fis[2]) / D(fis[1]) * 100, f"{doc.name} 当年财政拨款 rate")
    num = re.compile(r"^\d+(\.\d+)?$")
    start = [i for i, l in enumerate(lines) if l.startswith("一级指标 二级指标 三级指标")][0]
    rows, l1 = [], None
    for l in lines[start + 1:]:
        tk = l.split(" ")
        if tk[0] == "总分":
            total_w, total_s = tk[1], tk[2]
            break
        if tk[0] in ("产出指标", "效益指标", "满意度指标"):
            l1 = tk[0]
        j = max(i for i in range(len(tk) - 1) if num.match(tk[i]) and num.match(tk[i + 1]))
        rows.append((l1, tk[j - 3], tk[j - 2], tk[j - 1], None, tk[j], tk[j + 1]))
    lv = dict(zip(["产出指标", "效益指标", "满意度指标"],
                  doc.s("产出指标[43.29]分、效益指标[29.01]\n分、满意度指标[9.44]分")))
    S, byl = check_table(doc, rows, tot[3], tot[5], total_w, total_s, lv)
    total, ex = doc.g("本项目自评得分[88.34]分，其中预算执行率[6.60]分")
    close("88.34", S, f"{doc.name} prose total")
    close("6.60", D(tot[5]), f"{doc.name} prose execution score")
    check_grade(doc, total, "良好" if "评价等级为良好" in t else "?")
    ini, cut, ann = doc.g("项目年初预算[365.00]万元，均为区级财政资金。根据区财政局压减一般性支出的\n要求，9月调减预算[12.20]万元，全年预算[352.80]万元")
    close("352.80", ini - cut, f"{doc.name} budget cut")
    bi = doc.g("其中站房运行及水电[42.80]\n万元、空气自动站运维[96.00]万元、手工监测试剂耗材及外委检测[84.00]万元、监测\n设备更新[130.00]万元")
    close("352.80", sum(bi), f"{doc.name} budget items")
    sp, rate = doc.g("全年实际支出[232.68]万元，预算执行率[65.95]%")
    close("65.95", sp / ann * 100, f"{doc.name} rate text")
    si = doc.g("其中站房运行及水电[41.36]万元、\n空气自动站运维[96.00]万元、手工监测试剂耗材及外委检测[79.32]万元（外委检测[412]\n样次，每样次[1850]元，计[76.22]万元；试剂耗材[3.10]万元）、监测设备更新[16.00]万\n元")
    close("232.68", si[0] + si[1] + si[2] + si[7], f"{doc.name} spending items")
    close("76.22", si[3] * si[4] / 10000, f"{doc.name} outsourced tests")
    close("79.32", si[5] + si[6], f"{doc.name} tests + reagents")
    (bal,) = doc.g("未支出资金[120.12]万元")
    close("120.12", ann - sp, f"{doc.name} balance")
    (er,) = doc.g("设备更新\n资金执行率仅为[12.31]%")
    close("12.31", si[7] / bi[3] * 100, f"{doc.name} equipment execution")
    n, p = doc.g("全年完成地表水手工监测采样[412]样次，完成率[103]%")
    close("103", n / 400 * 100, f"{doc.name} sampling completion")
    cur, last, pp = doc.g("优良天数比例为\n[63.4]%，较上年的[61.9]%提高[1.5]个百分点")
    close("1.5", cur - last, f"{doc.name} good-day ratio change")
    doc.g("调减后站房运行及水\n电预算为[42.80]万元")


def bobai(doc):
    t = doc.text
    lines = t.split("\n")
    # funds block of the 自评表
    def row_after(label, n):
        idx = [i for i, l in enumerate(lines) if l == label]
        if not idx:
            fail(f"{doc.name}: row {label} not found")
            return ["0"] * n
        return lines[idx[-1] + 1: idx[-1] + 1 + n]
    tot, fis = row_after("年度资金总额", 6), row_after("其中：当年财政拨款", 6)
    car, oth = row_after("上年结转资金", 6), row_after("其他资金", 6)
    for i in range(3):
        close(tot[i], D(fis[i]) + D(car[i]) + D(oth[i]), f"{doc.name} funds column {i}")
    execution(doc, tot[1], tot[2], tot[4], tot[5])
    close(fis[4], D(fis[2]) / D(fis[1]) * 100, f"{doc.name} 当年财政拨款 rate")
    # indicator rows: 9 cells each, starting with the level-1 name
    h = lines.index("偏差原因分析及改进措施")
    rows = []
    i = h + 1
    while i < len(lines):
        if lines[i] in ("产出指标", "效益指标", "满意度指标"):
            c = lines[i:i + 9]
            rows.append((c[0], c[2], c[3], c[4], c[5], c[6], c[7]))
            i += 9
        elif lines[i] == "总分":
            c = lines[i:i + 9]
            total_w, total_s = c[6], c[7]
            break
        else:
            i += 1
    lv = dict(zip(["产出指标", "效益指标", "满意度指标"],
                  doc.s("产出指标[44.43]分、效益指标[25.74]分、满意度指标[9.46]分")))
    S, byl = check_table(doc, rows, tot[3], tot[5], total_w, total_s, lv)
    total, ex = doc.g("自评得分[88.66]分，其中预算执行[9.03]分")
    close("88.66", S, f"{doc.name} prose total")
    check_grade(doc, total, "良好")
    ini, cen, ann = doc.g("项目年初预算[140.00]万元，为县级配套资金。2018年5月，自治区财政厅下达中央农村环境整治资金[700.00]万元，全年预算调整为[840.00]万元")
    close("840.00", ini + cen, f"{doc.name} annual budget")
    sp, rate, cs, cr, ks, kr = doc.g("全年实际支出[758.46]万元，预算执行率[90.29]%。其中中央资金支出[640.00]万元，中央资金执行率[91.43]%；县级配套资金支出[118.46]万元，执行率[84.61]%")
    close("758.46", cs + ks, f"{doc.name} spending by source")
    close("91.43", cs / cen * 100, f"{doc.name} central rate")
    close("84.61", ks / ini * 100, f"{doc.name} county rate")
    close("90.29", sp / ann * 100, f"{doc.name} rate text")
    (avg,) = doc.g("14个整治村平均投入[54.18]万元")
    close("54.18", sp / 14, f"{doc.name} average per village")
    d0 = lines.index("金额（万元）")
    det = [lines[lines.index(str(k), d0) + 2] for k in (1, 2, 3, 4)]
    tot_det = lines[lines.index("合计", d0) + 2]
    close(tot_det, sum(D(x) for x in det), f"{doc.name} spending detail sum")
    close("758.46", D(tot_det), f"{doc.name} detail total")
    (share,) = doc.g("村级污水处理设施建设支出占全年支出的[64.20]%")
    close("64.20", D(det[0]) / sp * 100, f"{doc.name} sewage share")
    (per,) = doc.g("按每座约[54.1]万元结算")
    close("54.1", D(det[0]) / 9, f"{doc.name} per facility")
    b, bc, bk = doc.g("年末未使用资金[81.54]万元，其中中央资金[60.00]万元、县级资金[21.54]万元")
    close("81.54", ann - sp, f"{doc.name} balance")
    close("60.00", cen - cs, f"{doc.name} central balance")
    close("21.54", ini - ks, f"{doc.name} county balance")
    doc.g("结转至2019年")
    n, extra = doc.g("配置垃圾收集桶（箱）[600]个，比年度目标多配置[40]个")
    close("40", n - 560, f"{doc.name} bins")
    ok, rr = doc.g("中[7]座正常运行，正常运行率[77.8]%")
    close("77.8", ok / 9 * 100, f"{doc.name} running rate")
    doc.g("建成村级污水处理设施[9]座，配置垃圾收集桶（箱）[600]个")


CHECKS = {
    "xushui-airpollution-2020": xushui,
    "linchuan-keybasin-2021": linchuan,
    "daye-soilrisk-2023": daye,
    "baodi-envmonitor-2024": baodi,
    "bobai-ruralenv-2018": bobai,
}


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    where = Counter()
    edits = {(p, n): (old, new, w) for (p, n, code, w, old, new, value, expl) in build.EDITS}
    for rec in labels:
        text = read(os.path.join(CASES, rec["case"]))
        clean = read(os.path.join(CASES, rec["source"] + "-clean.txt"))
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{rec['case']}: length {n}")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one label")
        exp = rec["expected"][0]
        codes[exp["code"]] += 1
        if exp["severity"] != "error":
            fail(f"{rec['case']}: severity {exp['severity']}")
        n = int(re.search(r"-e(\d+)\.txt$", rec["case"]).group(1))
        old, new, w = edits[(rec["source"], n)]
        where[w] += 1
        if clean.count(old) != 1 or clean.replace(old, new, 1) != text:
            fail(f"{rec['case']}: not the clean draft with its single edit")
        # one contiguous differing region
        a = 0
        while a < min(len(clean), len(text)) and clean[a] == text[a]:
            a += 1
        b = 0
        while b < min(len(clean), len(text)) - a and clean[-1 - b] == text[-1 - b]:
            b += 1
        region = (a, len(text) - b)
        if text == clean or region[0] > region[1]:
            fail(f"{rec['case']}: no difference")
        # the one changed place must lie inside the replaced span (a single edit)
        if not (clean[a:len(clean) - b] in old and text[a:len(text) - b] in new):
            fail(f"{rec['case']}: changes outside the edited span")
        v = exp["value"]
        occ = [m.start() for m in re.finditer(re.escape(v), text)]
        if not occ:
            fail(f"{rec['case']}: value not found: {v!r}")
        elif not any(s < max(region[1], region[0] + 1) and region[0] < s + len(v) for s in occ):
            fail(f"{rec['case']}: value does not cover the change: {v!r}")
        if v in clean:
            fail(f"{rec['case']}: value also occurs in the clean draft: {v!r}")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times")
    extra = set(codes) - set(CODES)
    if extra:
        fail(f"unknown codes {extra}")
    for pid, fn in CHECKS.items():
        fn(Doc(pid + "-clean.txt", read(os.path.join(CASES, pid + "-clean.txt"))))
    print(f"{len(labels)} cases; codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print(f"errors in prose: {where['prose']}, in tables: {where['table']}")
    if FAIL:
        print(f"{len(FAIL)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
