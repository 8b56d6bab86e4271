#!/usr/bin/env python3
"""Verify the n186 set.

1. labels.jsonl: one record per case file, every label value occurs in its case (and not in the clean draft);
   every code of errors.md section A required by the brief occurs at least twice; 30 error cases, 5 clean.
2. every error case differs from its clean draft in exactly one contiguous place.
3. the arithmetic of every clean draft is redone from figures read out of the text
   (each figure used must occur in the draft; table rows are found in the text cell by cell).
Prints OK at the end, or exits with the list of failures.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []

REQUIRED = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
            "unit_mismatch", "year_mismatch", "completion_mismatch"]


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def num(s):
    """Decimal value of a figure as written: '1,350.00' -> 1350.00, '96.52%' -> 96.52, '≥131座' -> 131."""
    m = re.search(r"-?\d[\d,]*(?:\.\d+)?", s)
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0).replace(",", ""))


def decimals(s):
    m = re.search(r"\d[\d,]*(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def agrees(stated, computed, approx=False):
    """rules.md §8: |c - v| <= 0.5 * 10^-d; '约' widens by half a unit of the last digit."""
    v = num(stated)
    tol = Decimal(5) / (Decimal(10) ** (decimals(stated) + 1))
    if approx:
        tol *= 2
    return abs(Decimal(computed) - v) <= tol + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Draft:
    def __init__(self, name):
        self.name = name
        self.text = read(name)

    def has(self, lit):
        if lit not in self.text:
            fail(f"{self.name}: figure {lit!r} not found in the draft")
        return num(lit) if re.search(r"\d", lit) else None

    def check(self, ok, what):
        if not ok:
            fail(f"{self.name}: {what}")

    def eq(self, stated, computed, what, approx=False):
        self.has(stated)
        self.check(agrees(stated, computed, approx), f"{what}: stated {stated}, computed {computed}")

    def row(self, cells):
        """Find a table row: its cells in order, separated by whitespace, tabs or ｜."""
        pat = r"[\s｜|]*".join(re.escape(c) for c in cells)
        if not re.search(pat, self.text):
            fail(f"{self.name}: table row not found: {cells}")
        return cells


def grade(total):
    t = Decimal(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def check_indicators(d, rows, exec_weight, exec_score, total, grade_label, completion=False):
    """rows: dicts with name/target/actual/weight/score[/completion]; checks I6, I7, I8, I9 and the §5 rules."""
    weights = [num(r["weight"]) for r in rows] + [num(exec_weight)]
    scores = [num(r["score"]) for r in rows] + [num(exec_score)]
    d.check(sum(weights) == 100, f"weights add to {sum(weights)}, not 100")
    d.check(agrees(total, sum(scores)), f"scores add to {sum(scores)}, total stated {total}")
    d.check(grade(num(total)) == grade_label[0], f"grade {grade_label} does not fit {total}")
    for r in rows:
        w, s = num(r["weight"]), num(r["score"])
        d.check(0 <= s <= w, f"{r['name']}: score {s} outside 0..{w}")
        tgt, act = r["target"], r["actual"]
        quantitative = re.search(r"\d", tgt) and re.search(r"\d", act) and "年" not in tgt
        if not quantitative:
            continue
        T, A = num(tgt), num(act)
        if tgt.startswith("≤"):
            comp = Decimal(100) if A <= T else T / A * 100
        elif T == 0:
            comp = Decimal(100) if A <= 0 else Decimal(0)
        else:
            comp = A / T * 100
        expect = w if comp >= 100 else r2(w * comp / 100)
        d.check(agrees(r["score"], expect), f"{r['name']}: score {r['score']} vs rule {expect}")
        if completion:
            d.check(agrees(r["completion"], comp), f"{r['name']}: completion {r['completion']} vs {comp:.4f}")


def check_year(d, year):
    """I14: every evaluation-year claim (…年度, 截至…年12月31日, （…年度）) names the same year; carry-over goes later."""
    y = int(year)
    claims = re.findall(r"(20\d\d)年度", d.text) + re.findall(r"截至(20\d\d)年12月31日", d.text)
    # a previous year's figure is introduced as such (上年/上一年度/2019年度…自评得分 of an earlier project)
    prev_ok = re.findall(r"上一年度（(20\d\d)年度）|(20\d\d)年度自评得分", d.text)
    allowed = {str(y)} | {a or b for a, b in prev_ok}
    bad = [c for c in claims if c not in allowed]
    d.check(not bad, f"evaluation-year claims {bad} differ from {year}")
    d.check(str(y) in re.findall(r"(20\d\d)年度", d.text[:200]), f"title does not name {year}")
    for c in re.findall(r"结转至(20\d\d)年", d.text):
        d.check(int(c) > y, f"carry-over to {c} in a {year} report")


def mk(rows, order):
    out = []
    for cells in rows:
        out.append(dict(zip(order, cells)))
    return out


# ---------------------------------------------------------------- P1 重庆市合川区 小型水库运行管护 2021
def p1():
    d = Draft("cq-hechuan-xiaoshuiku-2021-clean.txt")
    d.eq("全年预算调整为452.60万元", d.has("年初预算380.00万元") + d.has("资金（小型水库维修养护补助）50.00万元") + d.has("结转的中央资金22.60万元"), "380 + 50 + 22.60")
    d.row(["年度资金总额", "380.00", "452.60", "436.85", "10", "96.52%", "9.65"])
    d.row(["其中：当年财政拨款", "380.00", "430.00", "418.25"])
    d.row(["上年结转资金", "0.00", "22.60", "18.60"])
    d.row(["其他资金", "0.00", "0.00", "0.00"])
    d.eq("380.00", Decimal("380.00") + 0 + 0, "年初 column sum")
    d.eq("452.60", Decimal("430.00") + Decimal("22.60"), "全年 column sum")
    d.eq("436.85", Decimal("418.25") + Decimal("18.60"), "执行 column sum")
    d.eq("430.00", Decimal("380.00") + Decimal("50.00"), "当年财政拨款 = 年初 + 追加")
    d.eq("预算执行率96.52%", Decimal("436.85") / Decimal("452.60") * 100, "执行率")
    d.eq("9.65", 10 * Decimal("436.85") / Decimal("452.60"), "execution score")
    d.has("全年预算资金452.60万元已全部到位，到位率100%")
    d.eq("全年结余15.75万元", Decimal("452.60") - Decimal("436.85"), "结余")
    d.eq("支出率94.40%", d.has("已支付47.20万元") / d.has("中央追加资金50.00万元") * 100, "central top-up rate")
    d.eq("剩余4.00万元", Decimal("22.60") - d.has("已支付18.60万元"), "carry-over remainder")
    d.eq("实际支出436.85万元", d.has("管护员补助116.00万元") + d.has("维修养护支出278.35万元") + d.has("运维支出42.50万元"), "spending parts")
    d.has("小（1）型水库28座")
    d.has("小（2）型水库103座")
    d.eq("116.00", Decimal(28) * d.has("每座每年1.2万元") + Decimal(103) * Decimal("0.8"), "subsidy = 28*1.2 + 103*0.8")
    d.eq("现有小型水库131座", Decimal(28) + 103, "28 + 103")
    d.eq("落实专职管护员136人", Decimal(131) + d.has("5座小（1）型水库各配备管护员2名"), "131 + 5")
    d.eq("104.44%", d.has("完成47座水库维修养护") / Decimal(45) * 100, "completion 47/45")
    d.check(d.has("8000元/座·年") == d.has("每座每年0.8万元") * 10000, "0.8万元 = 8000元")
    d.eq("约9.6万亩", d.has("9.62万亩"), "约9.6 vs 9.62", approx=True)
    d.eq("平均93.5%", (d.has("92.8%") + d.has("94.1%") + d.has("93.6%")) / 3, "satisfaction average")
    order = ["name", "target", "actual", "weight", "score"]
    rows = mk([
        ["纳入管护小型水库数量", "≥131座", "131座", "10", "10"],
        ["落实专职管护人员", "≥131人", "136人", "10", "10"],
        ["完成维修养护水库数量", "≥45座", "47座", "10", "10"],
        ["维修养护工程验收合格率", "100%", "100%", "10", "10"],
        ["维修养护完成时间", "2021年11月30日前", "2021年11月25日", "5", "5"],
        ["小（2）型水库管护员补助标准", "≤8000元/座·年", "8000元/座·年", "5", "5"],
        ["小型水库垮坝事故", "0起", "0起", "10", "10"],
        ["保障农田灌溉面积", "≥9.5万亩", "9.62万亩", "10", "10"],
        ["小型水库管护长效机制", "健全", "基本健全", "10", "8"],
        ["库区及下游群众满意度", "≥90%", "93.5%", "10", "10"],
    ], order)
    for r in rows:
        d.row([r[k] for k in order])
    d.row(["总分", "100", "97.65"])
    d.row(["自评等级", "优秀"])
    d.has("自评总分97.65分，评价等级为“优秀”")
    check_year(d, "2021")
    check_indicators(d, rows, "10", "9.65", "97.65", "优秀")


# ---------------------------------------------------------------- P2 山东省费县 农村供水保障 2023
def p2():
    d = Draft("sd-feixian-gongshui-2023-clean.txt")
    d.eq("项目年初预算786.00万元", d.has("486.00万元") + d.has("县级配套资金300.00万元"), "年初 = 486 + 300")
    d.eq("全年预算调整为996.00万元", Decimal("786.00") + d.has("210.00万元"), "全年 = 786 + 210")
    d.has("全年预算996.00万元，实际到位996.00万元，到位率100%")
    d.row(["年度资金总额", "786.00", "996.00", "948.72", "10", "95.25%", "9.53"])
    d.row(["其中：当年财政拨款", "786.00", "996.00", "948.72"])
    d.eq("执行率95.25%", d.has("全年执行948.72万元") / Decimal("996.00") * 100, "执行率")
    d.eq("9.53", 10 * Decimal("948.72") / Decimal("996.00"), "execution score")
    d.eq("结余47.28万元", Decimal("996.00") - Decimal("948.72"), "结余")
    d.has("结转至2024年")
    d.eq("948.72", d.has("612.40万元") + d.has("86.32万元") + d.has("250.00万元"), "spending parts")
    d.eq("105.17%", d.has("维修养护农村供水工程61处") / d.has("（58处）") * 100, "completion 61/58")
    d.eq("约1740元/份", Decimal("86.32") * 10000 / d.has("水样检测496份"), "cost per sample", approx=True)
    d.has("2022年的97.3%")
    d.eq("提高0.5个百分点", d.has("普及率97.8%") - Decimal("97.3"), "97.8 - 97.3")
    d.eq("全年平均91.6%", (d.has("90.8%") + d.has("91.2%") + d.has("92.4%") + d.has("92.0%")) / 4, "quarterly average")
    d.eq("满意度为94.2%", d.has("占71.6%") + d.has("占22.6%"), "71.6 + 22.6")
    order = ["name", "target", "actual", "weight", "score"]
    rows = mk([
        ["维修养护农村供水工程", "≥58处", "61处", "10", "10"],
        ["更新改造老旧供水管网", "≥120公里", "126.5公里", "10", "10"],
        ["水样检测数量", "≥480份", "496份", "10", "10"],
        ["工程验收合格率", "100%", "100%", "10", "10"],
        ["项目完工时间", "2023年11月底前", "2023年11月20日", "5", "5"],
        ["水质检测单样费用", "≤1800元/份", "1740元/份", "5", "5"],
        ["农村自来水普及率", "≥97%", "97.8%", "10", "10"],
        ["农村集中供水工程水质达标率", "≥93%", "91.6%", "10", "9.85"],
        ["规模化供水工程覆盖农村人口比例", "≥85%", "86.2%", "5", "5"],
        ["工程长效运行", "持续发挥效益", "达到", "5", "5"],
        ["受益群众满意度", "≥90%", "94.2%", "10", "10"],
    ], order)
    for r in rows:
        d.row([r[k] for k in order])
    d.row(["总分", "100", "99.38"])
    d.row(["自评等级", "优"])
    d.has("综合得分99.38分")
    check_year(d, "2023")
    check_indicators(d, rows, "10", "9.53", "99.38", "优")


# ---------------------------------------------------------------- P3 江西省靖安县 河湖管护 2024
def p3():
    d = Draft("jx-jingan-hehu-2024-clean.txt")
    d.eq("项目年初预算268.00万元", d.has("河道保洁购买服务186.00万元") + d.has("河湖长制工作经费42.00万元") + d.has("“清四乱”整治40.00万元"), "年初 parts")
    d.eq("全年预算调整为328.00万元", Decimal("268.00") + d.has("奖补资金60.00万元"), "全年 = 268 + 60")
    d.eq("占全年预算的18.29%", Decimal("60.00") / Decimal("328.00") * 100, "share of 60 in 328")
    d.row(["年度资金总额", "268.00", "328.00", "312.34", "10", "95.23%", "9.52"])
    d.row(["其中：当年财政拨款", "268.00", "328.00", "312.34", "—", "—", "—"])
    d.row(["上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"])
    d.eq("预算执行率95.23%", d.has("实际支出312.34万元") / Decimal("328.00") * 100, "执行率")
    d.eq("9.52", 10 * Decimal("312.34") / Decimal("328.00"), "execution score")
    d.eq("执行率94.90%", d.has("支出39.86万元") / Decimal("42.00") * 100, "工作经费 rate")
    d.eq("312.34", Decimal("186.00") + Decimal("39.86") + d.has("整治支出38.48万元") + d.has("建设支出48.00万元"), "spending parts (保洁 paid in full)")
    d.eq("未支付的15.66万元", Decimal("328.00") - Decimal("312.34"), "unpaid")
    d.eq("多出326人次", d.has("巡河5126人次") - Decimal(4800), "5126 - 4800")
    d.eq("约5706元/公里·年", Decimal("186.00") * 10000 / d.has("326公里河道"), "cost per km", approx=True)
    d.eq("平均84.0分", (d.has("86.5、") + Decimal("82.0") + Decimal("79.5") + Decimal("84.0") + Decimal("88.0")) / 5, "health average")
    d.has("86.5、82.0、79.5、84.0、88.0分")
    d.has("问题38处，已全部整改销号，整改率100%")
    order = ["name", "target", "actual", "weight", "score"]
    rows = mk([
        ["河湖长巡河次数", "≥4800人次", "5126人次", "10", "10"],
        ["河道保洁长度", "≥326公里", "326公里", "10", "10"],
        ["“清四乱”问题整改率", "100%", "100%", "10", "10"],
        ["河道保洁考核合格率", "≥95%", "96.8%", "10", "10"],
        ["问题整改及时率", "≥95%", "97.4%", "5", "5"],
        ["河道保洁单价", "≤5800元/公里·年", "约5706元/公里·年", "5", "5"],
        ["县控以上断面水质达标率", "100%", "100%", "10", "10"],
        ["河湖健康评价平均得分", "≥80分", "84.0分", "10", "10"],
        ["水域岸线新增违法建设", "0处", "0处", "5", "5"],
        ["河湖长制长效机制", "长效运行", "基本建立", "5", "4"],
        ["沿河群众满意度", "≥90%", "92.6%", "10", "10"],
    ], order)
    for r in rows:
        d.row([r[k] for k in order])
    d.row(["总分", "100", "98.52"])
    d.has("预算执行率得分9.52分，自评总分98.52分，评价等级为“优”")
    check_year(d, "2024")
    check_indicators(d, rows, "10", "9.52", "98.52", "优")


# ---------------------------------------------------------------- P4 内蒙古清水河县 水土流失综合治理 2019
def p4():
    d = Draft("nm-qingshuihe-shuitu-2019-clean.txt")
    d.eq("全年预算资金800.00万元", d.has("600.00万元于2018年12月提前下达") + d.has("自治区配套资金120.00万元") + d.has("县级配套资金80.00万元"), "800 = 600 + 120 + 80")
    # seed-003 style funds table: columns 总金额, 小计, 中央, 自治区, 市, 县, 上年结转, 其他
    T = {
        1: ["680.00", "680.00", "600.00", "", "", "80.00", "", ""],
        2: ["800.00", "800.00", "600.00", "120.00", "", "80.00", "", ""],
        3: ["760.00", "760.00", "600.00", "120.00", "", "40.00", "", ""],
        4: ["684.56", "684.56", "560.00", "104.56", "", "20.00", "", ""],
        5: ["75.44", "75.44", "40.00", "15.44", "0", "20.00", "0", "0"],
        6: ["95.00", "95.00", "100", "100", "0", "50.00", "0", "0"],
        7: ["85.57", "85.57", "93.33", "87.13", "0", "25.00", "0", "0"],
    }
    labels = {1: ("年初预算资金", "(1)"), 2: ("全年预算资金", "(2)"), 3: ("实际到位资金", "(3)"),
              4: ("全年执行资金", "(4)"), 5: ("资金结余", "(5)=(3)-(4)"), 6: ("预算到位率", "(6)=(3)/(2)"),
              7: ("预算执行率(%)", "(7)=(4)/(2)")}
    for k, cells in T.items():
        block = "\t" + labels[k][0] + "\n\t" + labels[k][1] + "\n" + "\n".join("\t" + c for c in cells)
        d.check(block in d.text, f"funds table row {k} not found as printed")
    v = {k: [Decimal(c) if c else Decimal(0) for c in cells] for k, cells in T.items()}
    for k in (1, 2, 3, 4, 5):
        d.check(v[k][1] == sum(v[k][2:6]), f"row {k}: 小计 != 中央+自治区+市+县")
        d.check(v[k][0] == v[k][1] + v[k][6] + v[k][7], f"row {k}: 总金额 != 小计+结转+其他")
    for c in range(8):
        d.check(v[5][c] == v[3][c] - v[4][c], f"col {c}: 结余 != 到位 - 执行")
        for k, num_row in ((6, 3), (7, 4)):
            if v[2][c] == 0:
                d.check(v[k][c] == 0, f"col {c}: rate on a zero base must print 0")
            else:
                d.check(agrees(T[k][c], v[num_row][c] / v[2][c] * 100), f"row {k} col {c}: rate")
    d.eq("到位率95.00%", d.has("实际到位760.00万元") / Decimal("800.00") * 100, "到位率")
    d.eq("执行率85.57%", d.has("全年执行684.56万元") / Decimal("800.00") * 100, "执行率")
    d.eq("资金结余75.44万元", Decimal("760.00") - Decimal("684.56"), "结余")
    d.eq("执行率93.33%", d.has("中央资金支出560.00万元") / Decimal("600.00") * 100, "central rate")
    d.eq("年度计划治理水土流失面积40平方公里", (d.has("营造水土保持林1850公顷") + d.has("经济林420公顷") + d.has("人工种草960公顷") + d.has("封禁治理770公顷")) / 100, "planned parts")
    d.eq("34.6平方公里（3460公顷）", (d.has("营造水土保持林1620公顷") + Decimal(420) + Decimal(960) + d.has("封禁治理460公顷")) / 100, "actual parts")
    d.eq("单位面积治理成本19.78万元/平方公里", Decimal("684.56") / Decimal("34.6"), "unit cost")
    d.eq("平均88%", (d.has("86%、") + Decimal(89) + Decimal(89)) / 3, "survival average")
    d.has("分别为86%、89%、89%")
    order = ["name", "weight", "target", "actual", "completion", "score"]
    rows = mk([
        ["新增水土流失治理面积", "10", "≥40平方公里", "34.6平方公里", "86.50%", "8.65"],
        ["建设谷坊", "10", "≥35座", "35座", "100.00%", "10"],
        ["营造水土保持林", "10", "≥1850公顷", "1620公顷", "87.57%", "8.76"],
        ["林草成活率", "10", "≥85%", "88%", "103.53%", "10"],
        ["单位面积治理成本", "10", "≤20万元/平方公里", "19.78万元/平方公里", "100.00%", "10"],
        ["年减少土壤侵蚀量", "10", "≥6.0万吨", "5.2万吨", "86.67%", "8.67"],
        ["治理区林草覆盖率", "10", "≥45%", "46.3%", "102.89%", "10"],
        ["受益农户户均增收", "5", "≥500元", "520元", "104.00%", "5"],
        ["工程管护责任落实率", "5", "100%", "100%", "100.00%", "5"],
        ["项目区群众满意度", "10", "≥85%", "89%", "104.71%", "10"],
    ], order)
    for r in rows:
        d.row([r[k] for k in order])
    d.row(["预算执行率", "10", "100%", "85.57%", "85.57%", "8.56"])
    d.row(["合计", "100", "94.64"])
    d.has("总得分94.64分，属于“优秀”")
    check_year(d, "2019")
    check_indicators(d, rows, "10", "8.56", "94.64", "优秀", completion=True)


# ---------------------------------------------------------------- P5 海南省海口市琼山区 灌区节水改造 2020
def p5():
    d = Draft("hi-qiongshan-guanqu-2020-clean.txt")
    d.eq("年初预算1,350.00万元", d.has("中央提前下达资金1,200.00万元") + d.has("区级配套150.00万元"), "年初 = 1200 + 150")
    d.row(["中央水利发展资金", "2019年12月（提前下达）", "1200.00"])
    d.row(["省级配套资金", "2020年7月", "300.00"])
    d.row(["区级配套资金", "2020年3月", "150.00"])
    d.row(["合计", "1650.00"])
    d.eq("全年预算1,650.00万元", Decimal("1200.00") + Decimal("300.00") + Decimal("150.00"), "source table sum")
    d.row(["年度资金总额", "1350.00", "1650.00", "1197.90", "10", "72.60%", "7.26"])
    d.row(["其中：当年财政拨款", "1350.00", "1650.00", "1197.90"])
    d.eq("72.60%", Decimal("1197.90") / Decimal("1650.00") * 100, "执行率")
    d.eq("7.26", 10 * Decimal("1197.90") / Decimal("1650.00"), "execution score")
    d.eq("全年实际支出1,197.90万元", d.has("渠道衬砌工程894.24万元") + d.has("渠系建筑物工程241.66万元") + d.has("信息化32.00万元") + d.has("其他费用30.00万元"), "spending parts")
    d.eq("结余452.10万元", Decimal("1650.00") - Decimal("1197.90"), "结余")
    d.eq("完成率84.97%", d.has("实际完成24.3公里") / d.has("计划改造28.6公里") * 100, "completion")
    d.eq("剩余4.3公里", Decimal("28.6") - Decimal("24.3"), "remaining length")
    d.eq("剩余25座", d.has("新建和改造节制闸、分水闸、渡槽、涵洞等渠系建筑物146座") - d.has("渠系建筑物完成121座"), "remaining structures")
    d.has("配套渠系建筑物121座")
    d.eq("综合单价36.8万元/公里", Decimal("894.24") / Decimal("24.3"), "unit cost")
    d.eq("平均86%", (d.has("84%、87%、87%") + 87 + 87) / 3, "satisfaction average")
    order = ["name", "target", "actual", "weight", "score"]
    rows = mk([
        ["渠道衬砌改造长度", "≥28.6公里", "24.3公里", "10", "8.50"],
        ["配套渠系建筑物", "≥146座", "121座", "10", "8.29"],
        ["单元工程质量合格率", "100%", "100%", "10", "10"],
        ["工程完工时间", "2020年12月31日前", "未按期完工（完成总工程量83%）", "10", "6"],
        ["渠道衬砌综合单价", "≤38万元/公里", "36.8万元/公里", "10", "10"],
        ["新增年节水能力", "≥420万立方米", "360万立方米", "10", "8.57"],
        ["改善灌溉面积", "≥3.5万亩", "3.1万亩", "10", "8.86"],
        ["灌溉水有效利用系数", "≥0.55", "0.54", "10", "9.82"],
        ["灌区用水户满意度", "≥90%", "86%", "10", "9.56"],
    ], order)
    for r in rows:
        d.row([r[k] for k in order])
    d.row(["总分", "100", "86.86"])
    d.has("自评得分86.86分，评价等级为“良好”")
    d.has("评价等级：良")
    check_year(d, "2020")
    check_indicators(d, rows, "10", "7.26", "86.86", "良好")


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(r["case"] for r in labels) != files:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    where = Counter()
    n_clean = n_err = 0
    for r in labels:
        text = read(r["case"])
        if r["clean"]:
            n_clean += 1
            if r["expected"]:
                fail(f"{r['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 5000:
                fail(f"{r['case']}: {n} characters, outside 3000-5000")
            continue
        n_err += 1
        if len(r["expected"]) != 1:
            fail(f"{r['case']}: needs exactly one expected finding")
        clean = read(f"{r['source']}-clean.txt")
        for e in r["expected"]:
            codes[e["code"]] += 1
            if e["severity"] != "error":
                fail(f"{r['case']}: severity must be error")
            if e["value"] not in text:
                fail(f"{r['case']}: value {e['value']!r} not in the case")
            if e["value"] in clean:
                fail(f"{r['case']}: value {e['value']!r} also in the clean draft (does not carry the change)")
        # one contiguous difference
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        a, b = clean[i:len(clean) - j], text[i:len(text) - j]
        if not (a or b):
            fail(f"{r['case']}: identical to its clean draft")
        if len(a) > 200 or len(b) > 200:
            fail(f"{r['case']}: the change is not one small place ({len(a)} -> {len(b)} chars)")
        if not any(ch.isdigit() for ch in a + b) and r["expected"][0]["code"] != "grade_mismatch":
            fail(f"{r['case']}: the change touches no figure")
        # the difference must lie inside an occurrence of the value (the label carries the change)
        v = r["expected"][0]["value"]
        pos = [m.start() for m in re.finditer(re.escape(v), text)]
        if not any(p <= i and i + len(b) <= p + len(v) for p in pos):
            fail(f"{r['case']}: the changed text is not inside the label value")
    if n_clean != 5 or n_err != 30:
        fail(f"expected 5 clean and 30 error cases, found {n_clean} and {n_err}")
    for c in REQUIRED:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    for c in codes:
        if c not in REQUIRED:
            fail(f"unexpected code {c}")


def main():
    check_labels()
    for f in (p1, p2, p3, p4, p5):
        f()
    if FAIL:
        print("\n".join("FAIL " + m for m in FAIL))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
