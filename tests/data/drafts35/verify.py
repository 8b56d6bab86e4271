#!/usr/bin/env python3
"""Check the set: labels vs cases, edit sizes, code coverage, and the arithmetic of every clean draft.

Pure Python 3, no third-party modules. Prints OK at the end or exits 1 with the problems.
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []

NUMERIC_CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
                 "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
                 "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
                 "completion_mismatch"]


def fail(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"\d+(?:\.\d+)?")


def decimals(s):
    return len(s.split(".")[1]) if "." in s else 0


def consistent(computed, stated_str):
    """rules §8: |c − v| ≤ 0.5 × 10^−d."""
    v = D(stated_str)
    tol = D("0.5") * (D(10) ** -decimals(stated_str)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


class Draft:
    def __init__(self, src):
        self.src = src
        self.text = read(f"{src}-clean.txt")

    def claim(self, stated, computed, what="", idx=-1):
        """`stated` must occur in the draft; its number at position idx (default: last) must match `computed`."""
        if stated not in self.text:
            fail(f"{self.src}: claim text not found: {stated!r}")
            return
        nums = NUM.findall(stated)
        if not nums:
            fail(f"{self.src}: no number in {stated!r}")
            return
        if not consistent(computed, nums[idx]):
            fail(f"{self.src}: {what or stated}: stated {nums[idx]}, computed {D(computed):.6f}")

    def equal(self, a, b, what):
        if D(a) != D(b):
            fail(f"{self.src}: {what}: {a} != {b}")


# ---------------------------------------------------------------- MOF table
GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
          (D(-1), ("差", "较差", "不合格"))]


def band(total):
    for low, names in GRADES:
        if total >= low:
            return names
    return GRADES[-1][1]


def cell_num(c):
    c = c.strip()
    if c in ("", "—"):
        return D(0)
    return D(c.rstrip("%"))


def parse_value(s):
    """'≥12000亩' -> ('gte', 12000, '亩'); '86.00%' -> (None, 86.00, '%'); qualitative -> None."""
    s = s.strip()
    direction = None
    for sign, d in (("≥", "gte"), ("≤", "lte"), ("=", "eq")):
        if s.startswith(sign):
            direction, s = d, s[len(sign):]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(万亩|亩|公顷|%|名|人次|人|户|起|元/亩|元)", s)
    if not m:
        return None
    return direction, D(m.group(1)), m.group(2)


def check_mof_table(dr):
    t = dr.text
    lines = t.split("\n")
    # funds block
    rows = {}
    for ln in lines:
        cells = ln.split("\t")
        if len(cells) == 8 and cells[0] == "" and cells[1] in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
            rows[cells[1]] = cells
    if len(rows) != 4:
        fail(f"{dr.src}: funds block rows found: {list(rows)}")
        return
    tot = rows["年度资金总额"]
    for col, name in ((2, "年初预算数"), (3, "全年预算数"), (4, "全年执行数")):
        s = sum(cell_num(rows[k][col]) for k in ("其中：当年财政拨款", "上年结转资金", "其他资金"))
        dr.equal(s, cell_num(tot[col]), f"funds {name} components")
    for k, cells in rows.items():
        if cells[6].strip() not in ("—", ""):
            annual, spent = cell_num(cells[3]), cell_num(cells[4])
            if annual == 0:
                fail(f"{dr.src}: rate on zero base in row {k}")
            elif not consistent(spent / annual * 100, cells[6].rstrip("%")):
                fail(f"{dr.src}: funds row {k} rate {cells[6]} vs {spent / annual * 100:.4f}")
    annual, spent = cell_num(tot[3]), cell_num(tot[4])
    rate = spent / annual
    exec_w, exec_s = cell_num(tot[5]), tot[7]
    printed_rate = D(tot[6].rstrip("%")) / 100
    if not (consistent(exec_w * min(rate, D(1)), exec_s) or consistent(exec_w * min(printed_rate, D(1)), exec_s)):
        fail(f"{dr.src}: execution score {exec_s} vs {exec_w * rate:.4f}")
    # indicator block
    start = next(i for i, ln in enumerate(lines) if ln.startswith("绩效指标\t"))
    end = next(i for i, ln in enumerate(lines) if ln.startswith("总分\t"))
    wsum, ssum = exec_w, D(exec_s)
    level1 = None
    for ln in lines[start + 1:end]:
        cells = ln.split("\t")
        if len(cells) != 9:
            fail(f"{dr.src}: indicator row has {len(cells)} cells: {ln!r}")
            continue
        level1 = cells[1] or level1
        w, s = D(cells[6]), D(cells[7])
        wsum += w
        ssum += s
        if s > w or s < 0:
            fail(f"{dr.src}: score {s} outside [0, {w}] in {cells[3]}")
        tgt, act = parse_value(cells[4]), parse_value(cells[5])
        if tgt and act and tgt[0] is not None:
            if tgt[2] != act[2]:
                fail(f"{dr.src}: unit differs in {cells[3]}: {cells[4]} / {cells[5]}")
                continue
            T, A = tgt[1], act[1]
            if tgt[0] in ("gte", "eq"):
                exp = w if A >= T else w * A / T
            else:
                exp = w if A <= T else w * T / A
            if not consistent(exp, cells[7]):
                fail(f"{dr.src}: score rule {cells[3]}: {cells[7]} vs {exp:.4f}")
            if (A < T and tgt[0] != "lte") or (A > T and tgt[0] == "lte"):
                if not cells[8].strip():
                    fail(f"{dr.src}: deviation without reason in {cells[3]}")
        elif cells[5].strip() == "部分达成":
            if not (D("0.6") * w <= s < D("0.8") * w):
                fail(f"{dr.src}: qualitative 部分达成 score {s} outside [60%,80%) of {w}")
        elif cells[5].strip().startswith("20") and cells[4].startswith("≤"):
            pass  # date before deadline: full marks
        elif tgt is None or act is None:
            fail(f"{dr.src}: could not read target/actual of {cells[3]}: {cells[4]} / {cells[5]}")
    tcells = lines[end].split("\t")
    dr.equal(wsum, D(tcells[6]), "weights sum to the 总分 100")
    dr.equal(tcells[6], "100", "总分 is 100")
    total = tcells[7]
    if not consistent(ssum, total):
        fail(f"{dr.src}: scores sum {ssum} vs total {total}")
    # grade row and text statements
    grade_row = lines[end + 1].split("\t")
    if grade_row[1] not in band(D(total)):
        fail(f"{dr.src}: grade row {grade_row[1]} vs total {total}")
    m = re.search(r"自评得分(\d+\.\d+)分", t)
    if not m or m.group(1) != total:
        fail(f"{dr.src}: text total {m and m.group(1)} vs table {total}")
    grades = re.findall(r"等级为“(.+?)”", t)
    if not grades:
        fail(f"{dr.src}: no 等级为“…” in the text")
    for g in grades:
        if g not in band(D(total)):
            fail(f"{dr.src}: text grade {g} vs total {total}")
    return D(total)


def check_conversions(dr):
    """every 'X亩（Y公顷）' / 'X万亩（Y万公顷）' pair obeys 1公顷 = 15亩."""
    pat = re.compile(r"(\d+(?:\.\d+)?)(万)?亩（(\d+(?:\.\d+)?)(万)?公顷）")
    n = 0
    for m in pat.finditer(dr.text):
        mu = D(m.group(1)) * (10000 if m.group(2) else 1)
        ha = mu / 15 / (10000 if m.group(4) else 1)
        if not consistent(ha, m.group(3)):
            fail(f"{dr.src}: conversion {m.group(0)}: {ha}")
        n += 1
    return n


# ---------------------------------------------------------------- per-draft arithmetic
def check_guangnan():
    dr = Draft("guangnan-tuigeng-2020")
    c = dr.claim
    c("2014年度6500亩、2015年度9000亩、2016年度8000亩、2017年度15000亩、2018年度8000亩、2019年度12000亩", 12000)
    dr.equal(6500 + 9000 + 8000 + 15000 + 8000 + 12000, 58500, "累计任务")
    c("累计争取任务58500亩", 58500)
    dr.equal(400 + 1200, 1600, "1600元/亩")
    dr.equal(900 + 300 + 400, 1600, "三次兑付")
    dr.equal(500 + 300 + 400, 1200, "现金补助")
    c("全年预算1944.40万元", D("1908.00") + D("36.40"))
    c("中央财政资金1890.00万元", D("1080.00") + D("450.00") + D("360.00"))
    c("其中当年财政拨款1908.00万元", D("1890.00") + D("18.00"))
    c("2019年度任务第一次补助1080.00万元（12000亩×900元/亩）", D(12000 * 900) / 10000, idx=1)
    c("其中种苗造林费480.00万元", D(12000 * 400) / 10000)
    c("现金补助600.00万元", D(12000 * 500) / 10000)
    dr.equal(D("480.00") + D("600.00"), D("1080.00"), "first installment split")
    c("2017年度任务第二次补助450.00万元（15000亩×300元/亩）", D(15000 * 300) / 10000, idx=1)
    c("2015年度任务第三次补助360.00万元（9000亩×400元/亩）", D(9000 * 400) / 10000, idx=1)
    c("上年结转资金36.40万元为2014年度任务中910亩", D(910 * 400) / 10000, idx=0)
    c("年初预算数为1584.40万元", D("1530.00") + D("18.00") + D("36.40"))
    c("提前下达2019年度任务第一次补助和2017年度任务第二次补助1530.00万元", D("1080.00") + D("450.00"))
    c("调整后全年预算1944.40万元", D("1584.40") + D("360.00"))
    spent = D("480.00") + D("574.25") + D("450.00") + D("360.00") + D("36.40") + D("13.40")
    c("累计支出1914.05万元", spent)
    c("预算执行率98.44%", spent / D("1944.40") * 100)
    c("现金补助574.25万元（验收合格11485亩×500元/亩）", D(11485 * 500) / 10000, idx=0)
    c("户均1786.71元", D(5742500) / 3214)
    c("年末未支出30.35万元", D("1944.40") - spent)
    dr.equal(D("25.75") + D("4.60"), D("30.35"), "未支出 components")
    c("现金补助25.75万元", D(515 * 500) / 10000)
    c("工作经费结余4.60万元", D("18.00") - D("13.40"))
    dr.equal(11485 + 515, 12000, "合格 + 不合格")
    c("完成年度指标的95.71%", D(11485) / 12000 * 100)
    dr.equal(D("765.67") + D("34.33"), 800, "公顷 parts")
    c("合格面积24000亩（1600公顷）", 15000 + 9000, idx=0)
    c("成活率86.00%", D(41796) / 48600 * 100)
    c("保存率92.00%", D(33350) / 36250 * 100)
    c("政策知晓率95.00%", D(380) / 400 * 100)
    c("退耕农户满意度93.50%", D(374) / 400 * 100)
    c("直接获得现金收入1420.65万元", D("574.25") + D("450.00") + D("360.00") + D("36.40"))
    c("产出指标得49.57分", D("9.57") + 10 + 8 + 7 + 7 + 8)
    c("结转资金25.75万元", D("25.75"))
    total = check_mof_table(dr)
    c("\t1877.65\t", D("1914.05") - D("36.40"))
    c("\t1548.00\t", D("1530.00") + D("18.00"))
    return dr, total


def check_huanxian():
    dr = Draft("huanxian-grassland-2022")
    c = dr.claim
    c("草原补奖面积426万亩", 120 + 306)
    c("全年下达2050.00万元", D("1665.00") + D("385.00"))
    c("工作经费32.20万元。", D("2050.00") - D("900.00") - D("765.00") - D("352.80"))
    c("禁牧补助900.00万元、", D(1200000) * D("7.5") / 10000)
    c("草畜平衡奖励765.00万元", D(3060000) * D("2.5") / 10000)
    c("草原管护员补助352.80万元", D(420 * 700 * 12) / 10000)
    c("暂缓兑付的7.5万亩", D("18.75") * 10000 / D("2.5") / 10000)
    c("本项目年初预算1683.75万元", D("1665.00") + D("18.75"))
    c("全年预算2068.75万元", D("2050.00") + D("18.75"))
    spent = D("900.00") + D("753.00") + D("351.54") + D("29.86") + D("18.75")
    c("2022年全年执行2053.15万元", spent)
    c("预算执行率99.25%", spent / D("2068.75") * 100)
    c("年末结余15.60万元", D("2068.75") - spent)
    dr.equal(D("12.00") + D("1.26") + (D("32.20") - D("29.86")), D("15.60"), "结余 causes")
    c("核减奖励面积4.8万亩（0.32万公顷）", 306 - D("301.2"), idx=0)
    c("相应奖励资金12.00万元", D(48000) * D("2.5") / 10000)
    c("草畜平衡奖励753.00万元", D("765.00") - D("12.00"))
    c("管护员补助结余1.26万元", D(6 * 700 * 3) / 10000)
    c("草原管护员补助351.54万元", D("352.80") - D("1.26"))
    c("结余2.34万元", D("32.20") - D("29.86"))
    c("草畜平衡奖励21659户", 21845 - 186)
    c("户均分别为728.16元", D(9000000) / 12360)
    c("和347.66元", D(7530000) / 21659)
    c("落实草畜平衡面积301.2万亩", 306 - D("4.8"))
    c("完成年度指标的98.43%", D("301.2") / 306 * 100)
    c("人均年增收8400元", 700 * 12)
    c("比核定载畜量减少1.37万羊单位", D("61.2") - D("59.83"))
    c("满意度92.60%", D(463) / 500 * 100)
    total = check_mof_table(dr)
    c("\t2034.40\t", spent - D("18.75"))
    c("结转2023年的15.60万元", D("15.60"))
    return dr, total


def check_longde():
    dr = Draft("longde-forestfuyu-2019")
    c = dr.claim
    c("抚育任务45000亩（3000公顷）", 18000 + 27000, idx=0)
    c("国有林抚育18000亩（1200公顷）", 10500 + 7500, idx=0)
    c("公益林抚育27000亩（1800公顷）", 8400 + 6600 + 7200 + 4800, idx=0)
    c("年初预算354.00万元", D("315.00") + D("9.00") + D("30.00"))
    c("尾款30.00万元（2018年度任务3000亩", D(3000 * 100) / 10000, idx=0)
    c("全年预算489.00万元", D("354.00") + D("135.00"))
    c("其中当年财政拨款459.00万元", D("315.00") + D("135.00") + D("9.00"))
    dr.equal(D("315.00") + D("135.00"), D(45000 * 100) / 10000, "中央 = 45000亩×100元")
    spent = D("180.00") + D("189.00") + D("30.00") + D("8.45")
    c("全年支出407.45万元", spent)
    c("全年支出407.45万元，预算执行率83.32%", spent / D("489.00") * 100)
    c("国有林场抚育补助180.00万元", D(18000 * 100) / 10000)
    c("集体公益林抚育预付款189.00万元", D(27000 * 100) * D("0.7") / 10000)
    c("年末未支出81.55万元", D("489.00") - spent)
    c("集体公益林抚育尾款81.00万元", D(27000 * 100) * D("0.3") / 10000)
    c("工作经费结余0.55万元", D("9.00") - D("8.45"))
    c("26100亩尾款78.30万元", D(26100 * 100) * D("0.3") / 10000)
    c("900亩尾款2.70万元", D(900 * 100) * D("0.3") / 10000)
    dr.equal(D("78.30") + D("2.70"), D("81.00"), "尾款 split")
    c("平均91.67分", D(92 + 88 + 95) / 3)
    c("合格面积44100亩（2940公顷）", 45000 - 900, idx=0)
    c("作业质量合格率98.00%", D(44100) / 45000 * 100)
    c("年内已拨付369.00万元", D("180.00") + D("189.00"))
    c("拨付及时率82.00%", D(369) / 450 * 100)
    c("平均每亩实际投入劳务费50.40元", D("226.80") * 10000 / 45000)
    c("人均增收1800元", D("226.80") * 10000 / 1260)
    c("满意度88.00%", D(264) / 300 * 100)
    c("2019年度较上年提高3.92分", D("92.42") - D("88.50"))
    total = check_mof_table(dr)
    c("\t377.45\t", spent - D("30.00"))
    c("\t324.00\t", D("315.00") + D("9.00"))
    return dr, total


def check_zhenan():
    dr = Draft("zhenan-tianbao-2024")
    c = dr.claim
    c("天然林保护范围的面积155.25万亩（103500公顷）", D("38.25") + 117, idx=0)
    c("8947.20万元", D("2188.50") + D("2231.70") + D("2256.90") + D("2270.10"))
    c("人均管护面积3000亩", D(1170000) / 390)
    c("占护林员总数的80.00%", D(312) / 390 * 100)
    c("全年12000元", 1000 * 12)
    dr.equal(12 + 4, 16, "16元 split")
    c("中央资金合计2254.50万元", D("2029.05") + D("225.45"))
    c("停伐管护补助1872.00万元（117万亩×16元/亩）", D(1170000 * 16) / 10000, idx=0)
    c("国有天然林管护费382.50万元（38.25万亩×10元/亩）", D(382500 * 10) / 10000, idx=0)
    dr.equal(D("1872.00") + D("382.50"), D("2254.50"), "中央 components")
    c("经费15.60万元（390人×400元/人）", D(390 * 400) / 10000, idx=0)
    c("2.6万亩停伐管护补偿（每亩12元）", D("31.20") / 12, idx=0)
    c("年初预算2075.85万元", D("2029.05") + D("15.60") + D("31.20"))
    c("全年预算2301.30万元，其中", D("2075.85") + D("225.45"))
    c("其中当年财政拨款2270.10万元", D("2254.50") + D("15.60"))
    spent = D("1393.80") + D("467.20") + D("382.50") + D("15.60") + D("31.20")
    c("实际执行2290.30万元", spent)
    c("预算执行率99.52%", spent / D("2301.30") * 100)
    c("结余资金11.00万元", D("2301.30") - spent)
    c("其中当年财政拨款执行2259.10万元", spent - D("31.20"))
    c("兑付林权所有者停伐管护补偿1393.80万元", D(1170000 * 12) / 10000 - D("10.20"))
    c("发放天保护林员报酬467.20万元", D(390 * 12000) / 10000 - D("0.80"))
    c("对应补偿10.20万元", D(8500 * 12) / 10000)
    c("空岗期间报酬0.80万元", D(2 * 1000 * 4) / 10000)
    dr.equal(D("10.20") + D("0.80"), D("11.00"), "结余 causes")
    c("参训780人次", 390 * 2)
    c("兑付面积116.15万亩（77433.33公顷）", 117 - D("0.85"), idx=0)
    c("完成年度指标的99.27%", D("116.15") / 117 * 100)
    c("应考核护林员4680人·月", 390 * 12)
    c("月度考核合格率98.33%", D(4602) / 4680 * 100)
    c("满意度95.20%", D(476) / 500 * 100)
    c("支出率100%", D("15.60") / D("15.60") * 100)
    total = check_mof_table(dr)
    c("\t2044.65\t", D("2029.05") + D("15.60"))
    return dr, total


def check_xinyuan():
    dr = Draft("xinyuan-zaolin-2021")
    c = dr.claim
    c("年度任务18000亩（1200公顷）", 6000 + 4500 + 7500, idx=0)
    c("中央资金共计705.00万元", D("480.00") + D("225.00"))
    dr.equal(D(6000 * 500 + 4500 * 400) / 10000, D("480.00"), "乔木+灌木 补助")
    dr.equal(D(7500 * 300) / 10000, D("225.00"), "退化林修复 补助")
    c("到位率66.67%", D(30) / 45 * 100)
    c("补助尾款42.60万元", D(1420 * 300) / 10000)
    # Shanxi-style funds table
    rows = {}
    for ln in dr.text.split("\n"):
        cells = ln.split("\t")
        if len(cells) == 8 and cells[1].startswith("("):
            rows[cells[1]] = cells
    r = {k: [cell_num(x) if x.strip() != "—" else None for x in v[2:]] for k, v in rows.items()}
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        total, sub, cen, cty, carry, other = r[k]
        dr.equal(sub, cen + cty, f"{k} 小计 = 中央 + 县级")
        dr.equal(total, sub + carry + other, f"{k} 总额 = 小计 + 结转 + 其他")
    for i in range(6):
        dr.equal(r["(5)=(3)-(4)"][i], r["(3)"][i] - r["(4)"][i], f"(5) column {i}")
        for k, num in (("(6)=(3)/(2)", "(3)"), ("(7)=(4)/(2)", "(4)")):
            base = r["(2)"][i]
            cellv = rows[k][2 + i]
            if base == 0:
                if cellv.strip() not in ("—", "0"):
                    fail(f"xinyuan: rate on zero base in {k} column {i}")
            elif not consistent(r[num][i] / base * 100, cellv):
                fail(f"xinyuan: {k} column {i}: {cellv} vs {r[num][i] / base * 100:.4f}")
    spent = D("300.00") + D("165.60") + D("135.00") + D("30.00") + D("42.60")
    c("全年执行673.20万元，资金结余", spent)
    c("资金结余104.40万元", D("777.60") - spent)
    c("未到位的15.00万元", D("792.60") - D("777.60"))
    c("中央资金执行600.60万元", D("300.00") + D("165.60") + D("135.00"))
    c("灌木林补助165.60万元", D(4500 * 400) * D("0.7") / 10000 + D(3300 * 400) * D("0.3") / 10000)
    c("退化林修复补助135.00万元", D(4500 * 300) / 10000)
    c("30%尾款14.40万元", D(1200 * 400) * D("0.3") / 10000)
    c("对应补助90.00万元", D(3000 * 300) / 10000)
    dr.equal(D("14.40") + D("90.00"), D("104.40"), "中央结余 causes")
    c("自评得分88.80分", D("88.80"))
    c("预算执行率84.94%", spent / D("792.60") * 100)
    c("该项得8.49分", 10 * spent / D("792.60"))
    c("仅完成年度任务的60.00%", D(4500) / 7500 * 100)
    c("成活率87.00%", D(21576) / 24800 * 100)
    c("成活率81.00%", D(14904) / 18400 * 100)
    c("合格面积3300亩（220公顷）", 4500 - 1200, idx=0)
    c("合计9300亩", 6000 + 3300)
    c("新增造林保存面积620公顷", D(9300) / 15)
    c("满意度84.00%", D(126) / 150 * 100)
    c("下降2个百分点", D("86.00") - D("84.00"))
    total = check_mof_table(dr)
    return dr, total


# ---------------------------------------------------------------- labels and edits
def changed_region(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_labels():
    labels = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                labels.append(json.loads(line))
    by_code = defaultdict(set)
    count = defaultdict(int)
    for rec in labels:
        text = read(rec["case"])
        clean = read(f"{rec['source']}-clean.txt")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean record malformed")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected one label")
        for exp in rec["expected"]:
            if exp["severity"] != "error" or exp["code"] not in NUMERIC_CODES:
                fail(f"{rec['case']}: bad code/severity {exp['code']} {exp['severity']}")
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            by_code[exp["code"]].add(rec["source"])
            count[exp["code"]] += 1
        # edit size: lines that differ
        cl, el = clean.split("\n"), text.split("\n")
        if len(cl) != len(el):
            fail(f"{rec['case']}: line count changed")
            continue
        diff = [i for i, (x, y) in enumerate(zip(cl, el)) if x != y]
        code = rec["expected"][0]["code"]
        row_edit = code in ("score_exceeds_weight",)
        if not diff:
            fail(f"{rec['case']}: identical to clean")
        elif len(diff) == 2 and row_edit and diff[1] == diff[0] + 1 and "\t" in cl[diff[0]]:
            for i in diff:
                o, n = changed_region(cl[i], el[i])
                if max(len(o), len(n)) > 16:
                    fail(f"{rec['case']}: row edit too large on line {i}")
        elif len(diff) == 1:
            o, n = changed_region(cl[diff[0]], el[diff[0]])
            if max(len(o), len(n)) > 16:
                fail(f"{rec['case']}: edit of {max(len(o), len(n))} characters: {o!r} -> {n!r}")
        else:
            fail(f"{rec['case']}: {len(diff)} lines changed")
    for code in NUMERIC_CODES:
        if count[code] < 2 or len(by_code[code]) < 2:
            fail(f"code {code}: {count[code]} labels in {len(by_code[code])} projects")
    return labels, count


def main():
    results = []
    for fn in (check_guangnan, check_huanxian, check_longde, check_zhenan, check_xinyuan):
        dr, total = fn()
        n = check_conversions(dr)
        results.append((dr.src, len(dr.text), total, n))
    labels, count = check_labels()
    for src, n, total, conv in results:
        print(f"{src}: {n} chars, total {total}, {conv} 亩/公顷 pairs checked")
    print(f"{len(labels)} cases; codes: " + ", ".join(f"{k}={count[k]}" for k in NUMERIC_CODES))
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
