#!/usr/bin/env python3
"""Check set n31: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK when everything holds, otherwise the list of failures (exit 1).
Tolerance follows rules.md §8: a stated value with d decimals matches a computed value c
iff |c - v| <= 0.5 * 10^-d (+1e-9); rounding is ROUND_HALF_UP.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

FAIL = []
NCHECK = [0]

A_CODES = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
           "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
           "unit_mismatch", "year_mismatch", "completion_mismatch"}

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def fail(msg):
    FAIL.append(msg)


def nums(s):
    s = s.replace("PM2.5", "PM").replace("PM10", "PM")
    return [x.replace(",", "") for x in NUM.findall(s)]


def decimals(x):
    return len(x.split(".")[1]) if "." in x else 0


def close(stated, computed):
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(stated) - D(computed)) <= tol


class Doc:
    def __init__(self, name):
        self.name = name
        self.t = open(os.path.join(CASES, f"{name}-clean.txt"), encoding="utf-8").read()

    def has(self, s):
        if s not in self.t:
            fail(f"{self.name}: snippet not found: {s!r}")
            return False
        return True

    def N(self, s, i=0):
        """The i-th number of snippet s (which must occur in the draft)."""
        self.has(s)
        return D(nums(s)[i])

    def eq(self, s, computed, i=-1, what=""):
        """The i-th number of snippet s equals computed within its stated decimals."""
        NCHECK[0] += 1
        if not self.has(s):
            return
        x = nums(s)[i]
        if not close(x, computed):
            fail(f"{self.name}: {what or s!r}: stated {x}, computed {D(computed):.6f}")


def pct(a, b):
    return D(a) / D(b) * 100


# ---------------------------------------------------------------- tables
def table_rows(doc, start, end, sep):
    """Rows (lists of cells) of the table between the lines starting with `start` and `end` (inclusive)."""
    lines = doc.t.split("\n")
    i0 = next(i for i, l in enumerate(lines) if l.startswith(start))
    i1 = next(i for i, l in enumerate(lines) if i > i0 and l.startswith(end))
    rows = []
    for l in lines[i0:i1 + 1]:
        if sep == "|":
            cells = [c.strip() for c in l.strip().strip("|").split("|")]
            if set("".join(cells)) <= set("-: "):
                continue
        else:
            cells = [c.strip() for c in l.split(sep)]
        rows.append(cells)
    return rows


def target_dir(t):
    if t.startswith(("≥", "＞", ">")):
        return "gte"
    if t.startswith(("≤", "＜", "<")):
        return "lte"
    return "eq"


def rule(target, actual, w, is_exec):
    A = D(nums(actual)[0])
    if is_exec:
        return w * min(A, D(100)) / 100, min(A, D(100))
    T = D(nums(target)[0])
    d = target_dir(target)
    if d == "lte":
        comp = D(100) if A <= T else T / A * 100
    else:
        comp = A / T * 100 if T else (D(100) if A <= 0 else D(0))
    return w * min(comp, D(100)) / 100, comp


def check_table(doc, start, end, sep, ti, ai, wi, si, total, grade_snip=None, ci=None, level_sums=None, extra=None):
    """extra: (weight, score) of an execution line kept in a separate funds table."""
    rows = table_rows(doc, start, end, sep)
    body, tot = [r for r in rows[1:] if r[0] not in ("合计", "总分")], [r for r in rows if r[0] in ("合计", "总分")][0]
    ws = sum(D(r[wi]) for r in body) + (D(extra[0]) if extra else 0)
    ss = sum(D(r[si]) for r in body) + (D(extra[1]) if extra else 0)
    NCHECK[0] += 3
    if ws != 100 or D(tot[wi]) != 100:
        fail(f"{doc.name}: weights sum {ws}, total row {tot[wi]}")
    if not close(tot[si], ss) or D(tot[si]) != D(total):
        fail(f"{doc.name}: scores sum {ss}, total row {tot[si]}, expected {total}")
    by_l1 = defaultdict(lambda: [D(0), D(0)])
    for r in body:
        w, s = D(r[wi]), D(r[si])
        by_l1[r[0]][0] += w
        by_l1[r[0]][1] += s
        NCHECK[0] += 1
        if s > w or s < 0:
            fail(f"{doc.name}: score {s} > weight {w} in {r}")
        is_exec = "预算执行" in r[0]
        sc, comp = rule(r[ti], r[ai], w, is_exec)
        NCHECK[0] += 1
        if not close(r[si], sc):
            fail(f"{doc.name}: row {r[2] if len(r) > 2 else r}: score {r[si]}, rule gives {sc:.4f}")
        if ci is not None:
            NCHECK[0] += 1
            if not close(r[ci].rstrip("%"), comp):
                fail(f"{doc.name}: row {r[2]}: completion {r[ci]}, computed {comp:.4f}")
    if level_sums:
        for l1, (w, s) in level_sums.items():
            NCHECK[0] += 1
            if by_l1[l1][0] != D(w) or not close(s, by_l1[l1][1]):
                fail(f"{doc.name}: level {l1}: weights {by_l1[l1][0]} vs {w}, scores {by_l1[l1][1]} vs {s}")
    total = D(total)
    band = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
    if grade_snip:
        NCHECK[0] += 1
        if doc.has(grade_snip) and band not in grade_snip:
            fail(f"{doc.name}: grade {grade_snip!r} but total {total} is {band}")
    return body


# ---------------------------------------------------------------- per project arithmetic
def p_fangshan():
    d = Doc("fangshan-coaltoelec-2018")
    s = "年初预算11,725.40万元，其中设备购置补贴10,368.00万元、运行电价补贴1,271.00万元、第三方核查费86.40万元"
    a, b, c, e = (d.N(s, i) for i in range(4))
    d.eq(s, b + c + e, 0, "年初预算 = 设备 + 运行 + 核查")
    d.eq(s, 8640 * D("1.2"), 1, "设备 = 8640户 × 1.2")
    d.eq(s, 12710 * D("0.1"), 2, "运行 = 12710户 × 1000元")
    d.eq(s, 8640 * D("0.01"), 3, "核查 = 8640户 × 100元")
    s2 = "追加预算508.20万元（设备购置补贴504.00万元、第三方核查费4.20万元），调整后全年预算为12,233.60万元"
    d.eq(s2, d.N(s2, 1) + d.N(s2, 2), 0)
    d.eq(s2, 420 * D("1.2"), 1)
    d.eq(s2, 420 * D("0.01"), 2)
    d.eq(s2, a + d.N(s2, 0), 3, "全年 = 年初 + 追加")
    d.eq("石楼镇2个村420户纳入年度计划，全年改造任务调整为28个村9,060户", 8640 + 420, -1)
    d.eq("12,710户（其中2016年5,930户、2017年6,780户）", 5930 + 6780, 0)
    s3 = "其中市级转移支付5,436.00万元，区级财政资金6,797.60万元"
    d.eq(s3, 9060 * D("0.6"), 0)
    d.eq("12,233.60万元，到位率100%", d.N(s3, 0) + d.N(s3, 1), 0)
    d.eq("2017年12月提前下达4,320.00万元，2018年6月下达1,116.00万元", D("5436.00") - D("1116.00"), 2)
    s4 = "全年执行11,888.65万元，其中设备购置补贴10,814.40万元、运行电价补贴983.65万元、第三方核查费90.60万元，预算执行率97.18%。未执行344.95万元"
    x, dev, run, chk = (d.N(s4, i) for i in range(4))
    d.eq(s4, dev + run + chk, 0, "执行 = sum")
    d.eq(s4, pct(x, D("12233.60")), 4, "执行率")
    d.eq(s4, D("12233.60") - x, 5, "未执行")
    d.eq(s4, 9060 * D("0.01"), 3, "核查费 = 9060户 × 100元")
    d.eq("相应设备补贴57.60万元暂缓拨付", 48 * D("1.2"), 0)
    d.eq("48户因设备安装不规范", 9060 - 9012, 0)
    s5 = "运行电价补贴预算1,271.00万元，实际发放983.65万元，结余287.35万元"
    d.eq(s5, d.N(s5, 0) - d.N(s5, 1), 2, "运行补贴结余")
    d.eq("结余287.35万元", D("344.95") - D("57.60"), 0)
    d.eq("合计9,836.5万千瓦时", run * 10, 0, "kWh × 0.1元")
    d.eq("户均补贴电量7,739.2千瓦时", D("98365000") / 12710, 0)
    d.eq("户均补贴773.92元", D("9836500") / 12710, 0)
    rows = table_rows(d, "乡镇\t", "合计\t", "\t")
    body, tot = rows[1:-1], rows[-1]
    for j in range(1, 5):
        d.eq("\t".join(tot), sum(D(r[j]) for r in body), j - 1, f"town table column {j}")
    for r in body:
        d.eq("\t".join(r), D(r[3]) * D("1.2"), -1, f"{r[0]} 补贴 = 合格户 × 1.2")
    d.eq("\t".join(tot), dev, -1, "town total = 设备执行")
    d.eq("合格9,012户，验收合格率99.47%", pct(9012, 9060), -1)
    d.eq("按期发放11,592户，按期发放率91.20%", pct(11592, 12710), -1)
    d.eq("按期发放率91.20%，为年度指标值的96.00%", pct("91.20", 95), -1)
    d.eq("其余1,118户", 12710 - 11592, 0)
    d.eq("每年可削减散煤使用量约2.72万吨", D(9060) * 3 / 10000, 0)
    d.eq("较2017年的66微克/立方米下降16.67%", pct(66 - 55, 66), -1)
    d.eq("优良天数221天，占全年365天的60.5%", pct(221, 365), -1)
    d.eq("重污染天数13天，比上年的22天减少9天", 22 - 13, -1)
    d.eq("发现燃煤复烧7户，复烧率0.3%", pct(7, 2400), -1)
    d.eq("回收有效问卷1,176份，有效率98.00%", pct(1176, 1200), -1)
    d.eq("表示满意的1,101份，满意度93.62%", pct(1101, 1176), -1)
    d.eq("户均补贴1.2万元", dev / 9012, 0)
    ft = "| 年度资金总额 | 11725.40 | 12233.60 | 11888.65 | 10 | 97.18% | 9.72 |"
    d.eq(ft, pct("11888.65", "12233.60"), 4)
    d.eq(ft, pct("11888.65", "12233.60") / 10, 5)
    check_table(d, "| 一级指标 |", "| 总分 |", "|", 3, 4, 5, 6, "99.52", "评价等级：优", extra=(10, "9.72"),
                level_sums={"产出指标": (50, "49.80"), "效益指标": (30, "30"), "满意度指标": (10, "10")})
    d.eq("执行率得分9.72分，产出指标得分49.80分，效益指标得分30分，满意度指标得分10分，综合得分99.52分",
         D("9.72") + D("49.80") + 30 + 10, -1)
    d.has("综合得分99.52分，评价等级为“优”")


def p_qingyuan():
    d = Doc("qingyuan-gasheating-2019")
    d.eq("累计完成“气代煤”改造52,360户，其中2017年38,450户、2018年13,910户", 38450 + 13910, 0)
    s = "其中：运行补贴6,283.20万元（52,360户×1,200元），壁挂炉购置补贴858.60万元，散煤管控工作经费96.00万元"
    d.eq(s, D(52360) * 1200 / 10000, 0)
    d.eq(s, D(3180) * 2700 / 10000, 3)
    d.eq("年初预算7,237.80万元", D("6283.20") + D("858.60") + D("96.00"), 0)
    s2 = "省级2,513.28万元、市级1,884.96万元、区级2,839.56万元"
    d.eq(s2, D("6283.20") * D("0.4"), 0)
    d.eq(s2, D("6283.20") * D("0.3"), 1)
    d.eq(s2, D("1884.96") + D("858.60") + D("96.00"), 2)
    d.eq("全年到位7,237.80万元", d.N(s2, 0) + d.N(s2, 1) + d.N(s2, 2), 0)
    s3 = "全年支出5,780.83万元，预算执行率79.87%，其中：运行补贴4,836.17万元，壁挂炉购置补贴851.04万元，散煤管控工作经费93.62万元。年末未支出1,456.97万元，其中运行补贴结余1,447.03万元"
    x = d.N(s3, 0)
    d.eq(s3, d.N(s3, 2) + d.N(s3, 3) + d.N(s3, 4), 0, "执行 = sum")
    d.eq(s3, pct(x, D("7237.80")), 1)
    d.eq(s3, D("7237.80") - x, 5)
    d.eq(s3, D("6283.20") - d.N(s3, 2), 6)
    d.eq(s3, 3152 * D("0.27"), 3)
    d.eq("28户新增改造户未通过验收，壁挂炉补贴7.56万元", 28 * D("0.27"), 1)
    d.eq("28户新增改造户", 3180 - 3152, 0)
    d.eq("工作经费结余2.38万元", D("96.00") - D("93.62"), 0)
    d.eq("年末未支出1,456.97万元", D("1447.03") + D("7.56") + D("2.38"), 0)
    d.eq("享受补贴气量合计4,836.17万立方米，发放补贴4,836.17万元，户均923.64元", D("48361700") / 52360, -1)
    d.eq("验收合格3,152户，完成年度指标的99.12%", pct(3152, 3180), -1)
    d.eq("按期发放40,003户，按期发放率76.40%", pct(40003, 52360), -1)
    d.eq("完成年度指标的80.42%", pct("76.40", 95), -1)
    d.eq("其余12,357户", 52360 - 40003, 0)
    d.eq("罚款18.50万元，平均每起0.50万元", D("18.50") / 37, -1)
    d.eq("较2018年的71微克/立方米下降12.7%", pct(9, 71), -1)
    d.eq("全年优良天数198天，占全年的54.2%", pct(198, 365), -1)
    d.eq("比2018年的181天（49.6%）增加17天", pct(181, 365), 2)
    d.eq("比2018年的181天（49.6%）增加17天", 198 - 181, 3)
    d.eq("距200天目标差2天", 200 - 198, -1)
    d.eq("发现复烧散煤25户，复烧率1.0%", pct(25, 2500), -1)
    d.eq("满意812份，满意度82.4%", pct(812, 986), -1)
    d.eq("运行补贴执行率76.97%，拉低项目整体执行率至79.87%", pct("4836.17", "6283.20"), 0)
    d.eq("运行补贴执行率76.97%，拉低项目整体执行率至79.87%", pct("5780.83", "7237.80"), 1)
    check_table(d, "一级指标｜", "合计｜", "｜", 3, 4, 5, 6, "89.68", "89.68分，评价等级为“良”",
                level_sums={"产出指标": (50, "47.95"), "效益指标": (30, "24.58"), "满意度指标": (10, "9.16")})


def p_mentougou():
    d = Doc("mentougou-gridmonitor-2020")
    s = "项目年初预算612.00万元，其中市级专项转移支付200.00万元、区级财政资金412.00万元"
    d.eq(s, d.N(s, 1) + d.N(s, 2), 0)
    d.eq("区级资金调减61.20万元，全年预算550.80万元", D("612.00") - D("61.20"), -1)
    s2 = "实际到位550.80万元；全年执行538.74万元，预算执行率97.81%，结余12.06万元"
    d.eq(s2, pct("538.74", "550.80"), 2)
    d.eq(s2, D("550.80") - D("538.74"), 3)
    s3 = "调整后小微站运维费392.40万元（218个，每站每年1.80万元），组分站运维费86.00万元，数据分析服务费72.40万元"
    d.eq(s3, 218 * D("1.80"), 0)
    d.eq("全年预算550.80万元", D("392.40") + D("86.00") + D("72.40"), 0)
    d.eq("实际支出小微站运维费386.34万元，按合同对数据有效率未达标站点扣减运维费6.06万元", D("392.40") - D("6.06"), 0)
    d.eq("数据分析服务费66.40万元，专题报告每期2.00万元，少完成3期核减6.00万元", D("72.40") - D("6.00"), 0)
    d.eq("少完成3期核减6.00万元", 3 * D("2.00"), 1)
    d.eq("全年执行538.74万元", D("386.34") + D("86.00") + D("66.40"), 0)
    rows = {r[0]: r for r in table_rows(d, "项目\t行次", "预算执行率（%）", "\t")}
    col = lambda name, j: D(rows[name][j])  # noqa: E731
    for j in range(2, 6):
        for name in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
            NCHECK[0] += 1
            if j == 2 and col(name, 2) != col(name, 3):
                fail(f"mentougou: {name} total != 小计")
            if j == 3 and col(name, 3) != col(name, 4) + col(name, 5):
                fail(f"mentougou: {name} 小计 != 市级 + 区级")
        for name, val in (("资金结余", col("实际到位资金", j) - col("全年执行资金", j)),
                          ("预算到位率（%）", pct(col("实际到位资金", j), col("全年预算资金", j))),
                          ("预算执行率（%）", pct(col("全年执行资金", j), col("全年预算资金", j)))):
            NCHECK[0] += 1
            if not close(rows[name][j], val):
                fail(f"mentougou: {name} column {j}: stated {rows[name][j]}, computed {val:.4f}")
    d.eq("折合单站年运维费1.77万元", D("386.34") / 218, 0)
    d.eq("较2019年的40微克/立方米下降10.0%", pct(4, 40), -1)
    d.eq("2020年全年366天，空气质量优良天数282天，优良天数比例77.0%", pct(282, 366), -1)
    d.eq("较2019年的260天（比例71.2%）增加22天", pct(260, 365), 2)
    d.eq("较2019年的260天（比例71.2%）增加22天", 282 - 260, 3)
    d.eq("镇街反馈处置2,287条，处置率98.75%", pct(2287, 2316), -1)
    d.eq("218个小微站中202个实现与区精准治理平台实时对接，接入比例92.7%", pct(202, 218), -1)
    d.eq("其余16个站", 218 - 202, 0)
    d.eq("满意43份，满意度86.0%", pct(43, 50), -1)
    d.eq("计划8期，实际完成5期", 5, -1)
    check_table(d, "| 一级指标 |", "| 合计 |", "|", 3, 4, 6, 7, "93.58", "93.58分，评价等级为“优”", ci=5,
                level_sums={"产出指标": (50, "45.25"), "效益指标": (30, "28.99"), "满意度指标": (10, "9.56")})


def p_jinghai():
    d = Doc("jinghai-dustcontrol-2021")
    s = ("其中：在线监测运维费167.40万元（186个点位，每点位每年0.9万元），道路积尘负荷走航监测费78.00万元（12次，每次6.50万元），"
         "无人机巡查服务费96.00万元（240架次，每架次0.40万元），执法取证设备购置费44.60万元")
    d.eq(s, 186 * D("0.9"), 0)
    d.eq(s, 12 * D("6.50"), 3)
    d.eq(s, 240 * D("0.40"), 6)
    d.eq("全年预算386.00万元", D("167.40") + D("78.00") + D("96.00") + D("44.60"), 0)
    s2 = "项目实际支出371.58万元，预算执行率96.26%，结余14.42万元。分项看：在线监测运维费支出159.30万元，执行率95.16%"
    d.eq(s2, pct("371.58", "386.00"), 1)
    d.eq(s2, D("386.00") - D("371.58"), 2)
    d.eq(s2, pct("159.30", "167.40"), 4)
    d.eq("项目实际支出371.58万元", D("159.30") + D("78.00") + D("96.00") + D("38.28"), 0)
    d.eq("全年实际运维2124点·月，较计划的2232点·月减少108点·月", 2232 - 108, 0)
    d.eq("较计划的2232点·月", 186 * 12, 0)
    d.eq("在线监测运维费支出159.30万元", D(2124) * D("0.9") / 12, 0)
    d.eq("实际成交38.28万元，执行率85.83%，节约6.32万元", pct("38.28", "44.60"), 1)
    d.eq("实际成交38.28万元，执行率85.83%，节约6.32万元", D("44.60") - D("38.28"), 2)
    s3 = ("立案查处扬尘违法行为57起，罚款312.60万元，平均每起5.48万元，其中：施工工地38起、罚款231.40万元，"
          "渣土运输车辆遗撒12起、罚款36.00万元，混凝土搅拌站7起、罚款45.20万元")
    d.eq(s3, 38 + 12 + 7, 0)
    d.eq(s3, D("231.40") + D("36.00") + D("45.20"), 1)
    d.eq(s3, D("312.60") / 57, 2)
    d.eq("按时结案55起，其余2起", 57 - 55, 1)
    d.eq("全年累计接入扬尘在线监测工地186个，完成率103.33%", pct(186, 180), -1)
    d.eq("检查施工工地2316次，超出年度指标15.80%", pct(2316 - 2000, 2000), -1)
    d.eq("较2020年的50微克/立方米下降16.0%", pct(50 - 42, 50), -1)
    d.eq("较上年的80微克/立方米下降11.3%", pct(80 - 71, 80), -1)
    d.eq("较上年的7.3吨/平方公里·月下降0.9吨/平方公里·月", D("7.3") - D("6.4"), -1)
    d.eq("全年空气质量优良天数262天，优良天数比例71.8%", pct(262, 365), -1)
    d.eq("（全年366天，优良236天，比例64.5%）增加26天", pct(236, 366), 2)
    d.eq("（全年366天，优良236天，比例64.5%）增加26天", 262 - 236, 3)
    d.eq("较2020年的612件减少50件，下降8.2%", 612 - 562, 2)
    d.eq("较2020年的612件减少50件，下降8.2%", pct(50, 612), 3)
    d.eq("满意和基本满意427份，满意度88.4%", pct(427, 483), -1)
    d.eq("立案案件按时结案率\t≥95%\t96.49%", pct(55, 57), -1)
    d.eq("预算执行得分9.63分，产出指标得分50分，效益指标得分28.20分，满意度指标得分10分，自评总分97.83分",
         D("9.63") + 50 + D("28.20") + 10, -1)
    check_table(d, "一级指标\t", "合计\t", "\t", 3, 4, 5, 6, "97.83", "自评总分97.83分，等级为“优”",
                level_sums={"产出指标": (50, "50"), "效益指标": (30, "28.20"), "满意度指标": (10, "10")})


def p_cangzhou():
    d = Doc("cangzhou-deptwhole-2023")
    d.eq("年中追加一般公共预算财政拨款715.65万元", D("10562.17") - D("9846.52"), 0)
    d.eq("全年预算11,203.37万元", D("9846.52") + D("715.65") + D("641.20"), 0)
    rows = {r[0]: r for r in table_rows(d, "| 资金来源 |", "| 合计 |", "|")}
    parts = ["一般公共预算财政拨款", "政府性基金预算拨款", "上年结转"]
    for j in (1, 2, 3):
        d.eq("| " + " | ".join(rows["合计"]) + " |", sum(D(rows[p][j].replace(",", "")) for p in parts), j - 1, f"收入 col {j}")
    for p in parts + ["合计"]:
        r = rows[p]
        if D(r[2].replace(",", "")) == 0:
            NCHECK[0] += 1
            if r[4] != "—":
                fail(f"cangzhou: zero-base rate {r[4]}")
        else:
            d.eq("| " + " | ".join(r) + " |", pct(D(r[3].replace(",", "")), D(r[2].replace(",", ""))), -1, f"rate {p}")
    s = "全年支出10,874.95万元，其中基本支出4,236.18万元（人员经费3,702.44万元、公用经费533.74万元），项目支出6,638.77万元。部门整体预算执行率97.07%，较2022年的95.64%提高1.43个百分点"
    d.eq(s, d.N(s, 1) + d.N(s, 4), 0)
    d.eq(s, d.N(s, 2) + d.N(s, 3), 1)
    d.eq(s, pct("10874.95", "11203.37"), 5)
    d.eq(s, D("97.07") - D("95.64"), 8)
    s2 = "实际支出21.37万元，其中公务接待费1.12万元、公务用车运行维护费20.25万元"
    d.eq(s2, D("1.12") + D("20.25"), 0)
    d.eq("较2022年的23.84万元下降10.36%", pct(D("23.84") - D("21.37"), D("23.84")), -1)
    s3 = "年末未支出328.42万元，其中当年财政拨款未支出316.54万元"
    d.eq(s3, D("11203.37") - D("10874.95"), 0)
    d.eq(s3, D("10562.17") - D("10245.63"), 1)
    d.eq("上年结转资金未支出11.88万元", D("641.20") - D("629.32"), 0)
    d.eq(s3, D("316.54") + D("11.88"), 0)
    pr = table_rows(d, "| 序号 |", "| 合计 |", "|")
    body, tot = pr[1:-1], pr[-1]
    f = lambda x: D(x.replace(",", "").rstrip("%"))  # noqa: E731
    for j in (2, 3):
        d.eq("| " + " | ".join(tot) + " |", sum(f(r[j]) for r in body), j - 2, f"项目 col {j}")
    for r in body:
        d.eq("| " + " | ".join(r) + " |", pct(f(r[3]), f(r[2])), -2, f"项目 {r[0]} rate")
    d.eq("| " + " | ".join(tot) + " |", pct(f(tot[3]), f(tot[2])), 2)
    d.eq("全年预算合计4,746.70万元，执行4,646.75万元，执行率97.89%", pct("4646.75", "4746.70"), -1)
    d.eq("5个重点项目自评平均得分95.90分", sum(f(r[5]) for r in body) / len(body), -1)
    d.eq("实有在职人员172人，其中机关68人、事业单位104人", 68 + 104, 0)
    d.eq("全年检查企业3,412家次，完成年度指标的113.73%", pct(3412, 3000), -1)
    d.eq("罚款1,463.28万元，平均每案7.87万元", D("1463.28") / 186, -1)
    d.eq("按期办结4,021件，按期办结率99.2%", pct(4021, 4053), -1)
    d.eq("较2022年的43微克/立方米下降7.0%", pct(3, 43), -1)
    d.eq("全年优良天数246天，优良天数比例67.4%", pct(246, 365), -1)
    d.eq("完成年度目标的99.85%", pct("67.4", "67.5"), -1)
    d.eq("较2022年（241天、66.0%）增加5天", pct(241, 365), 2)
    d.eq("较2022年（241天、66.0%）增加5天", 246 - 241, 3)
    d.eq("较目标低0.1个百分点", D("67.5") - D("67.4"), 0)
    d.eq("较2022年的4,218件下降3.91%", pct(4218 - 4053, 4218), -1)
    check_table(d, "| 一级指标 |", "| 合计 |", "|", 3, 4, 5, 6, "98.39", "98.39分，等级为“优”",
                level_sums={"产出指标": (50, "50"), "效益指标": (30, "28.68"), "满意度指标": (10, "10")})


def p_ninghe():
    d = Doc("ninghe-mobilesource-2024")
    d.eq("市级大气污染防治专项转移支付120.00万元、区级财政资金148.50万元", D("268.50") - D("148.50"), 0)
    d.eq("项目年初预算268.50万元", D("120.00") + D("148.50"), 0)
    s = ("遥感监测设备运维费111.00万元（每套18.50万元）、黑烟抓拍设备运维费48.00万元（每套12.00万元）、"
         "柴油货车抽测服务费72.00万元（按9,000辆次、每辆次80元测算）、非道路移动机械抽测服务费22.50万元（按1,500台、每台150元测算）、执法取证设备购置费15.00万元")
    d.eq(s, 6 * D("18.50"), 0)
    d.eq(s, 4 * D("12.00"), 2)
    d.eq(s, D(9000) * 80 / 10000, 4)
    d.eq(s, D(1500) * 150 / 10000, 7)
    d.eq("项目年初预算268.50万元", D("111.00") + D("48.00") + D("72.00") + D("22.50") + D("15.00"), 0)
    s2 = "项目支出255.38万元，预算执行率95.11%，结余13.12万元"
    d.eq(s2, pct("255.38", "268.50"), 1)
    d.eq(s2, D("268.50") - D("255.38"), 2)
    d.eq(s2, D("111.00") + D("48.00") + D("69.12") + D("20.70") + D("6.56"), 0)
    d.eq("按实际8,640辆次结算69.12万元，执行率96.00%", D(8640) * 80 / 10000, 1)
    d.eq("按实际8,640辆次结算69.12万元，执行率96.00%", pct("69.12", "72.00"), 2)
    d.eq("按实际1,380台结算20.70万元，执行率92.00%", D(1380) * 150 / 10000, 1)
    d.eq("按实际1,380台结算20.70万元，执行率92.00%", pct("20.70", "22.50"), 2)
    d.eq("成交6.56万元，执行率43.73%", pct("6.56", "15.00"), -1)
    d.eq("执行率仅43.73%", pct("6.56", "15.00"), 0)
    d.eq("柴油货车路检抽测8,640辆次，超出年度指标8.00%", pct(8640 - 8000, 8000), -1)
    s3 = "有效监测数据分别为41.2万条、38.6万条、44.9万条、36.3万条、40.7万条、39.5万条，合计241.2万条，平均每套40.2万条"
    items = [d.N(s3, i) for i in range(6)]
    d.eq(s3, sum(items), 6)
    d.eq(s3, sum(items) / 6, 7)
    s4 = "罚款146.00万元，其中非道路移动机械超标排放21起、罚款63.00万元，重点用车单位未落实管控要求等52起、罚款83.00万元"
    d.eq(s4, D("63.00") + D("83.00"), 0)
    d.eq("立案查处移动源环境违法行为73起", 21 + 52, 0)
    d.eq("柴油货车抽测超标率3.6%（311/8,640）", pct(311, 8640), 0)
    d.eq("较2023年的41微克/立方米下降9.8%", pct(4, 41), -1)
    d.eq("较上年的30微克/立方米下降10.0%", pct(3, 30), -1)
    d.eq("2024年全年366天，优良天数270天，优良天数比例73.8%", pct(270, 366), -1)
    d.eq("比2023年的252天（比例69.0%）增加18天", pct(252, 365), 2)
    d.eq("比2023年的252天（比例69.0%）增加18天", 270 - 252, 3)
    d.eq("满意370份，满意度92.5%", pct(370, 400), -1)
    d.eq("预算执行率得分9.51分，产出指标得分49.20分，效益指标得分30分，满意度指标得分10分，合计98.71分",
         D("9.51") + D("49.20") + 30 + 10, -1)
    check_table(d, "| 一级指标 |", "| 总分 |", "|", 3, 4, 5, 6, "98.71", "合计98.71分，自评等级为“优”",
                level_sums={"产出指标": (50, "49.20"), "效益指标": (30, "30"), "满意度指标": (10, "10")})


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = Counter()
    code_projects = defaultdict(set)
    names = sorted(os.listdir(CASES))
    listed = {r["case"] for r in labels}
    if set(names) != listed:
        fail(f"case files and labels differ: {sorted(set(names) ^ listed)}")
    edits = {}
    for p in build.PROJECTS:
        n = 0
        for e in build.EDITS:
            if e["case"] == p:
                n += 1
                edits[f"{p}-e{n}.txt"] = e
    for rec in labels:
        text = open(os.path.join(CASES, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(CASES, f"{rec['source']}-clean.txt"), encoding="utf-8").read()
        if rec["clean"]:
            if rec["expected"] or text != clean:
                fail(f"{rec['case']}: clean record malformed")
            n = len(text)
            if not 2500 <= n <= 6000:
                fail(f"{rec['case']}: length {n} outside 2500-6000")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected must hold exactly one error")
            continue
        exp = rec["expected"][0]
        codes[exp["code"]] += 1
        code_projects[exp["code"]].add(rec["source"])
        if exp["code"] not in A_CODES or exp["severity"] != "error":
            fail(f"{rec['case']}: code/severity {exp['code']}/{exp['severity']}")
        v = exp["value"]
        if text.count(v) != 1:
            fail(f"{rec['case']}: value occurs {text.count(v)}x in the case: {v!r}")
        if v in clean:
            fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
        # edit region
        i = 0
        while i < min(len(text), len(clean)) and text[i] == clean[i]:
            i += 1
        j = 0
        while j < min(len(text), len(clean)) - i and text[-1 - j] == clean[-1 - j]:
            j += 1
        old, new = clean[i:len(clean) - j], text[i:len(text) - j]
        e = edits[rec["case"]]
        if e.get("rows"):
            ol, nl = e["old"].split("\n"), e["new"].split("\n")
            if len(ol) != 2 or len(nl) != 2:
                fail(f"{rec['case']}: row edit must span two adjacent rows")
            for a, b in zip(ol, nl):
                k = 0
                while k < min(len(a), len(b)) and a[k] == b[k]:
                    k += 1
                m = 0
                while m < min(len(a), len(b)) - k and a[-1 - m] == b[-1 - m]:
                    m += 1
                if max(len(a) - k - m, len(b) - k - m) > 16:
                    fail(f"{rec['case']}: row edit too large in {a!r}")
        else:
            if "\n" in old or "\n" in new or max(len(old), len(new)) > 16:
                fail(f"{rec['case']}: edit not one line / over 16 chars: {old!r} -> {new!r}")
        # the value must cover the changed part
        vs = text.find(v)
        if not (vs <= i + max(len(new), 1) - 1 and i <= vs + len(v) - 1):
            fail(f"{rec['case']}: value does not overlap the edit")
    for c in sorted(A_CODES):
        if codes[c] < 2 or len(code_projects[c]) < 2:
            fail(f"code {c}: {codes[c]} cases in {len(code_projects[c])} projects (need >= 2 / 2)")
    return labels, codes


def main():
    for f in (p_fangshan, p_qingyuan, p_mentougou, p_jinghai, p_cangzhou, p_ninghe):
        try:
            f()
        except Exception as exc:  # a parse failure is a failure, not a crash
            fail(f"{f.__name__}: {type(exc).__name__}: {exc}")
    labels, codes = check_labels()
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        print(f"{len(FAIL)} failures")
        return 1
    print(f"arithmetic checks: {NCHECK[0]}; cases: {len(labels)}; errors by code: {dict(sorted(codes.items()))}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
