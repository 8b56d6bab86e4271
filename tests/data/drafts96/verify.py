#!/usr/bin/env python3
"""Check this labelled set.

1. labels.jsonl: every value occurs exactly once in its case and never in the clean draft of its project;
   every case differs from its clean draft only by the listed edit (one contiguous change of at most
   16 characters inside one line; two adjacent lines only for score-row errors).
2. Redo the key arithmetic of every clean draft, reading the figures from the text itself
   (rates, balances, sums, averages, percentage shares, weights to 100, scores to the total, score rules,
   completion rates, grade band). Tolerance: half a unit of the last stated decimal (rules.md §8).
Pure Python 3. Prints OK or the list of failures (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
FAIL = []
MULTI_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d+(?:\.\d+)?")


def D(s):
    m = NUM.search(str(s))
    if not m:
        raise ValueError(f"no number in {s!r}")
    return Decimal(m.group(0))


def decimals(s):
    m = NUM.search(str(s))
    g = m.group(0)
    return len(g.split(".")[1]) if "." in g else 0


def consistent(computed, stated):
    """stated is a string as printed; tolerance from its decimals."""
    tol = Decimal(5) * Decimal(10) ** (-(decimals(stated) + 1)) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class Checker:
    def __init__(self, pid, text):
        self.pid, self.text = pid, text
        self.n = 0

    def expect(self, cond, msg):
        self.n += 1
        if not cond:
            fail(f"{self.pid}: {msg}")

    def eq(self, computed, stated, what):
        self.expect(consistent(computed, stated), f"{what}: computed {computed}, stated {stated}")

    def rx(self, pattern):
        m = re.search(pattern, self.text, re.S)
        if not m:
            fail(f"{self.pid}: pattern not found: {pattern}")
            return None
        return m.groups()

    def has(self, s):
        self.expect(s in self.text, f"missing text {s!r}")

    def rows(self, prefix_re):
        out = []
        for line in self.text.splitlines():
            if re.match(prefix_re, line):
                out.append(line.split("｜"))
        return out

    def block(self, header_start, end_start):
        """Rows (split on ｜) after the line starting with header_start, up to and including end_start."""
        lines = self.text.splitlines()
        out, on = [], False
        for line in lines:
            if not on and line.startswith(header_start):
                on = True
                continue
            if on:
                out.append(line.split("｜"))
                if line.startswith(end_start):
                    break
        self.expect(on and out, f"table {header_start!r} not found")
        return out

    # ---- shared rules
    def rate(self, num, den, stated, what):
        self.eq(D(num) / D(den) * 100, stated, what)

    def total(self, parts, stated, what):
        self.eq(sum(D(p) for p in parts), stated, what)

    def grade(self, total, label, what):
        t = D(total)
        band = "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"
        self.expect(label.startswith(band), f"{what}: total {total} is band {band}, stated {label}")

    def indicator(self, target, actual, weight, score, what, completion=None):
        """Score rule of rules.md §5; completion if stated. Qualitative rows must carry full marks here."""
        w = D(weight)
        if not NUM.search(target) or not NUM.search(actual):
            self.eq(w, score, f"{what} qualitative achieved → full weight")
            return
        T, A = D(target), D(actual)
        if "≤" in target or "＜" in target:
            comp = Decimal(100) if A <= T else T / A * 100
        else:  # ≥, =, bare value: scored like gte
            comp = A / T * 100
        exp = w * min(comp, Decimal(100)) / 100
        self.eq(exp, score, f"{what} score")
        self.expect(D(score) <= w, f"{what}: score above weight")
        if completion is not None:
            self.eq(comp, completion, f"{what} completion")

    def funds_block(self, rows, exec_weight_row=0):
        """MOF funds block rows: name|init|annual|spent|weight|rate|score; first row is the total."""
        tot, subs = rows[0], rows[1:]
        for col in (1, 2, 3):
            self.total([s[col] for s in subs], tot[col], f"funds block column {col} sum")
        for row in rows:
            if D(row[2]) == 0:
                self.expect(row[5] == "—", f"{row[0]}: rate on zero base must be —")
            else:
                self.rate(row[3], row[2], row[5], f"{row[0]} execution rate")
        rate = D(tot[3]) / D(tot[2])
        self.expect(consistent(D(tot[4]) * min(rate, Decimal(1)), tot[6])
                    or consistent(D(tot[4]) * D(tot[5]) / 100, tot[6]), "execution score")

    def share_table(self, rows, total_row, val_col, pct_col, groups):
        """Rows of a category table: items sum to group subtotals; subtotals to the total; shares of the total."""
        byname = {r[0]: r for r in rows}
        T = D(byname[total_row][val_col])
        for r in rows:
            self.eq(D(r[val_col]) / T * 100, r[pct_col], f"share of {r[0]}")
        for sub, items in groups.items():
            self.total([byname[i][val_col] for i in items], byname[sub][val_col], f"{sub} = Σ items (col {val_col})")
        self.total([byname[s][val_col] for s in groups], byname[total_row][val_col], f"{total_row} = Σ groups (col {val_col})")


# ---------------------------------------------------------------- projects
def weifang(c):
    t = c.text
    g = c.rx(r"年初预算(\d+\.\d+)万元.*?其中科研课题经费(\d+\.\d+)万元、科研平台运行及条件保障经费(\d+\.\d+)万元")
    c.total(g[1:], g[0], "年初 = 课题 + 平台")
    g = c.rx(r"结转资金(\d+\.\d+)万元.*?全年预算(\d+\.\d+)万元")
    c.total(["300.00", g[0]], g[1], "全年 = 年初 + 结转")
    g = c.rx(r"其中(\d+)项各(\d+)万元、(\d+)项各(\d+\.\d+)万元")
    c.eq(D(g[0]) * D(g[1]) + D(g[2]) * D(g[3]), "37.50", "青年课题 9×3 + 3×3.5")
    c.eq(D(g[0]) + D(g[2]), "12", "青年课题 count")
    rows = c.block("课题类型｜", "合计｜")
    for r in rows:
        c.eq(D(r[2]) / D(r[1]), r[3], f"项均 {r[0]}")
        c.rate(r[4], r[2], r[5], f"课题 {r[0]} 执行率")
    for col in (1, 2, 4):
        c.total([r[col] for r in rows[:-1]], rows[-1][col], f"课题 table column {col}")
    g = c.rx(r"全年预算(\d+\.\d+)万元，实际到位(\d+\.\d+)万元，到位率(\d+%)")
    c.rate(g[1], g[0], g[2], "到位率")
    g = c.rx(r"全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+%)。其中当年财政拨款执行(\d+\.\d+)万元，执行率(\d+\.\d+%)；上年结转资金(\d+\.\d+)万元全部执行")
    c.rate(g[0], "326.40", g[1], "预算执行率")
    c.rate(g[2], "300.00", g[3], "当年财政拨款执行率")
    c.total([g[2], g[4]], g[0], "执行 = 当年 + 结转")
    g = c.rx(r"未执行的(\d+\.\d+)万元结转(\d{4})年继续使用，其中课题经费(\d+\.\d+)万元、平台运行经费(\d+\.\d+)万元")
    c.eq(D("326.40") - D("309.58"), g[0], "结转 = 预算 − 执行")
    c.expect(g[1] == "2022", "carry-over goes to 2022")
    c.total(g[2:], g[0], "结转 split")
    c.eq(D("268.00") - D("252.32"), g[2], "课题结转")
    c.eq(D("32.00") - D("30.86"), g[3], "平台结转 (32.00 − 30.86)")
    c.has("平台运行及条件保障经费32.00万元")
    g = c.rx(r"全年执行(\d+\.\d+)万元，其中直接费用(\d+\.\d+)万元、间接费用(\d+\.\d+)万元，间接费用占直接费用的(\d+\.\d+%)")
    c.total(g[1:3], g[0], "直接 + 间接")
    c.rate(g[2], g[1], g[3], "间接/直接")
    rows = c.block("支出科目｜全年预算", "合计｜")
    items_d = ["设备费", "材料费", "测试化验加工费", "燃料动力费", "差旅费", "会议费", "国际合作与交流费",
               "出版/文献/信息传播/知识产权事务费", "劳务费", "专家咨询费"]
    groups = {"一、直接费用": items_d, "二、间接费用": ["管理费", "绩效支出"]}
    c.share_table(rows, "合计", 2, 3, groups)
    by = {r[0]: r for r in rows}
    for sub, items in groups.items():
        c.total([by[i][1] for i in items], by[sub][1], f"{sub} budget")
    c.total([by[s][1] for s in groups], by["合计"][1], "budget total")
    c.has("绩效支出18.20万元")
    c.expect(by["绩效支出"][2] == "18.20", "绩效支出 table")
    # outputs in text
    c.rate("14", "12", c.rx(r"SCI收录论文14篇，完成率(\d+\.\d+%)")[0], "SCI completion")
    c.eq((D(43) - D(38)) / D(38) * 100, c.rx(r"较2020年的38篇增长(\d+\.\d+%)")[0], "核心 growth")
    c.rate("2", "3", c.rx(r"完成年度指标的(\d+\.\d+%)")[0], "品种 completion")
    g = c.rx(r"应结题课题(\d+)项，验收合格(\d+)项，其中优秀(\d+)项，结题验收合格率(\d+\.\d+%)")
    c.rate(g[1], g[0], g[3], "结题合格率")
    c.rate("33.6", "30", c.rx(r"33\.6万亩，完成目标的(\d+\.\d+%)")[0], "推广 completion")
    g = c.rx(r"培养青年科技人才(\d+)人，其中博士(\d+)人、硕士(\d+)人")
    c.total(g[1:], g[0], "人才 split")
    g = c.rx(r"问卷(\d+)份，回收\d+份，满意(\d+)份，满意度(\d+\.\d+%)")
    c.rate(g[1], g[0], g[2], "满意度")
    g = c.rx(r"评审得分分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分、(\d+)分，专家评审平均得分(\d+\.\d+)分")
    c.eq(sum(D(x) for x in g[:5]) / 5, g[5], "expert mean")
    # self-evaluation table
    fb = c.rows(r"(年度资金总额|其中：当年财政拨款|上年结转资金|其他资金)｜")
    c.funds_block(fb)
    ind = c.rows(r"(产出指标|效益指标|满意度指标)｜")
    for r in ind:
        c.indicator(r[3], r[4], r[5], r[6], r[2])
    tot = c.rows(r"总分｜")[0]
    ws = [D(fb[0][4])] + [D(r[5]) for r in ind]
    c.eq(sum(ws), tot[5], "weights to 100")
    c.expect(D(tot[5]) == 100, "总分 100")
    c.eq(D(fb[0][6]) + sum(D(r[6]) for r in ind), tot[6], "scores to total")
    g = c.rx(r"自评得分(\d+\.\d+)分，评价等级为“(.)”。其中预算执行率得分(\d+\.\d+)分，产出指标得分(\d+\.\d+)分，效益指标得分(\d+)分，满意度指标得分(\d+)分")
    c.eq(D(tot[6]), g[0], "text total = table")
    c.total(g[2:], g[0], "text level scores")
    c.eq(sum(D(r[6]) for r in ind if r[0] == "产出指标"), g[3], "产出 subtotal")
    c.eq(sum(D(r[6]) for r in ind if r[0] == "效益指标"), g[4], "效益 subtotal")
    c.grade(g[0], g[1], "grade in text")
    c.grade(tot[6], c.rows(r"评价等级｜")[0][1], "grade in table")


def nantong(c):
    g = c.rx(r"年初预算(\d+\.\d+)万元.*?其中自然科学类(\d+)人、每人(\d+)万元，工程技术类(\d+)人、每人(\d+)万元，农业与医药卫生类(\d+)人、每人(\d+)万元，资助资金合计(\d+\.\d+)万元；评审组织及培训经费(\d+\.\d+)万元")
    c.eq(D(g[1]) * D(g[2]) + D(g[3]) * D(g[4]) + D(g[5]) * D(g[6]), g[7], "资助资金 570")
    c.total(g[7:9], g[0], "年初 = 资助 + 评审")
    c.eq(D(g[1]) + D(g[3]) + D(g[5]), "60", "遴选计划 60人")
    g2 = c.rx(r"调减预算(\d+\.\d+)万元，全年预算调整为(\d+\.\d+)万元。最终立项托举对象(\d+)人，资助资金(\d+\.\d+)万元，人均资助强度(\d+\.\d+)万元")
    c.eq(D(g[0]) - D(g2[0]), g2[1], "全年 = 年初 − 调减")
    c.eq((D(g[1]) - 2) * D(g[2]) + D(g[3]) * D(g[4]) + D(g[5]) * D(g[6]), g2[3], "资助 after 2 withdrawals")
    c.eq(D(g2[3]) + D(g[8]), g2[1], "全年 = 资助 + 评审")
    c.eq(D(g2[3]) / D(g2[2]), g2[4], "人均资助强度")
    g = c.rx(r"全年预算(\d+\.\d+)万元，市财政实际拨付(\d+\.\d+)万元，到位率(\d+%)")
    c.rate(g[1], g[0], g[2], "到位率")
    g = c.rx(r"首期按资助额的70%于2023年7月14日拨付(\d+\.\d+)万元")
    c.eq(D("550.00") * Decimal("0.7"), g[0], "首期 70%")
    g = c.rx(r"实际拨付二期资助资金(\d+\.\d+)万元。评审组织及培训经费支出(\d+\.\d+)万元")
    withheld = 2 * Decimal("3.00") + Decimal("2.40")
    c.eq(D("550.00") * Decimal("0.3") - withheld, g[0], "二期 = 30% − withheld")
    c.has("暂缓拨付二期资金8.40万元")
    c.has("二期资金156.60万元按中期考核")
    spent = D("385.00") + D(g[0]) + D(g[1])
    g3 = c.rx(r"全年执行(\d+\.\d+)万元，预算执行率(\d+\.\d+%)，年末结余(\d+\.\d+)万元，已按规定结转(\d{4})年")
    c.eq(spent, g3[0], "执行 = 首期 + 二期 + 评审")
    c.rate(g3[0], "580.00", g3[1], "执行率")
    c.eq(D("580.00") - D(g3[0]), g3[2], "结余 = 到位 − 执行")
    c.eq(withheld + D("30.00") - D(g[1]), g3[2], "结余 = withheld + 评审结余")
    c.expect(g3[3] == "2024", "carry-over to 2024")
    g = c.rx(r"实际使用资助资金(\d+\.\d+)万元，占已拨付资助资金(\d+\.\d+)万元的(\d+\.\d+%)")
    c.eq(D("385.00") + D("156.60"), g[1], "已拨付资助")
    c.rate(g[0], g[1], g[2], "依托单位使用率")
    rows = c.block("支出类别｜", "合计｜")
    items = ["其中：设备费", "材料费", "测试化验加工费", "差旅费/会议费/国际合作与交流费",
             "出版/文献/信息传播/知识产权事务费", "劳务费", "专家咨询费"]
    c.share_table(rows, "合计", 1, 2, {"直接费用": items, "间接费用": ["间接费用"]})
    by = {r[0]: r for r in rows}
    c.total([by["直接费用"][1], by["间接费用"][1]], by["合计"][1], "直接 + 间接 = 合计")
    c.eq(D(by["间接费用"][1]) / D(by["合计"][1]) * 100, by["间接费用"][2], "间接 share")
    c.rate(by["间接费用"][1], by["直接费用"][1], c.rx(r"间接费用占直接费用的(\d+\.\d+%)")[0], "间接/直接")
    g = c.rx(r"受理申报\d+人.*?高校(\d+)人、科研院所(\d+)人、医疗卫生机构(\d+)人、企业(\d+)人.*?优秀(\d+)人、良好(\d+)人、合格(\d+)人、需整改(\d+)人，中期考核合格率(\d+\.\d+%)，略低于2022年第二批(\d+\.\d+%)（(\d+)人中合格(\d+)人）")
    c.eq(sum(D(x) for x in g[0:4]), "58", "units 58")
    c.eq(sum(D(x) for x in g[4:8]), "58", "考核 58")
    c.rate(D(g[4]) + D(g[5]) + D(g[6]), "58", g[8], "中期合格率")
    c.rate(g[11], g[10], g[9], "2022 合格率")
    g = c.rx(r"自然科学类(\d+\.\d+)分、工程技术类(\d+\.\d+)分、农业与医药卫生类(\d+\.\d+)分，三类平均(\d+\.\d+)分")
    c.eq(sum(D(x) for x in g[:3]) / 3, g[3], "三类平均")
    c.eq((23 * D(g[0]) + 20 * D(g[1]) + 15 * D(g[2])) / 58, g[3], "weighted mean as well")
    c.rate("71", "60", c.rx(r"SCI论文71篇，完成率(\d+\.\d+%)")[0], "SCI completion")
    c.rate("12", "15", c.rx(r"获得授权12件，完成率(\d+\.\d+%)")[0], "授权 completion")
    c.eq(Decimal(95) - D("94.83"), c.rx(r"低于目标值(\d+\.\d+)个百分点")[0], "gap to 95%")
    g = c.rx(r"技术服务(\d+)家次，较2022年的(\d+)家次增加(\d+)家次")
    c.eq(D(g[0]) - D(g[1]), g[2], "服务 growth")
    g = c.rx(r"遴选的(\d+)人中(\d+)人留在南通工作，留通率(\d+\.\d+%)")
    c.rate(g[1], g[0], g[2], "留通率")
    g = c.rx(r"回收有效问卷(\d+)份，表示满意的(\d+)人，满意度(\d+\.\d+%)")
    c.rate(g[1], g[0], g[2], "满意度")
    g = c.rx(r"专家评审得分(\d+\.\d+)分，其中决策(\d+)分、过程(\d+)分、产出(\d+\.\d+)分、效益(\d+)分")
    c.total(g[1:], g[0], "expert score parts")
    fb = c.rows(r"(年度资金总额|其中：当年财政拨款|上年结转资金|其他资金)｜")
    c.funds_block(fb)
    ind = c.rows(r"(产出指标|效益指标|满意度指标)｜")
    for r in ind:
        c.indicator(r[3], r[4], r[5], r[6], r[2])
    tot = c.rows(r"合计｜｜")[0]
    c.eq(D(fb[0][4]) + sum(D(r[5]) for r in ind), tot[5], "weights to 100")
    c.expect(D(tot[5]) == 100, "总分 100")
    c.eq(D(fb[0][6]) + sum(D(r[6]) for r in ind), tot[6], "scores to total")
    g = c.rx(r"本项目自评得分(\d+\.\d+)分，评价等级为(..)")
    c.eq(D(tot[6]), g[0], "text total")
    c.grade(g[0], g[1], "grade")


def mianyang(c):
    g = c.rx(r"安排院级课题(\d+)项、批复经费(\d+\.\d+)万元，其中育种类(\d+)项(\d+\.\d+)万元、栽培与植保类(\d+)项(\d+\.\d+)万元、农产品加工与质量安全类(\d+)项(\d+\.\d+)万元、青年人才专项(\d+)项(\d+\.\d+)万元；安排共性平台与试验基地运行经费(\d+\.\d+)万元")
    c.total([g[2], g[4], g[6], g[8]], g[0], "课题 count")
    c.total([g[3], g[5], g[7], g[9]], g[1], "课题 money")
    c.total([g[1], g[10]], "200", "年初 = 课题 + 平台")
    c.eq(D(g[1]) / D(g[0]), "6.57", "项均")
    c.has("课题项均经费6.57万元")
    g = c.rx(r"年初预算(\d+)万元，其中财政资金(\d+)万元、单位资金(\d+)万元")
    c.total(g[1:], g[0], "年初 sources")
    g2 = c.rx(r"调整后全年预算(\d+\.\d+)万元，其中财政资金(\d+\.\d+)万元、单位资金(\d+\.\d+)万元")
    c.total(g2[1:], g2[0], "全年 sources")
    c.eq(D(g[1]) + 30, g2[1], "财政 = 年初 + 追加 30")
    c.has("2019年3月12日以绵财教〔2019〕17号")
    g = c.rx(r"全年执行(\d+\.\d+)万元，执行率(\d+\.\d+%)，较2018年的(\d+\.\d+%)提高(\d+\.\d+)个百分点。按用途分，课题经费执行(\d+\.\d+)万元，平台运行经费执行(\d+\.\d+)万元，设施设备购置执行(\d+\.\d+)万元。按来源分，财政资金执行(\d+\.\d+)万元，单位资金执行(\d+\.\d+)万元。资金结余(\d+\.\d+)万元，其中财政资金(\d+\.\d+)万元、单位资金(\d+\.\d+)万元，财政资金结余已按规定结转(\d{4})年")
    c.rate(g[0], "230.00", g[1], "执行率")
    c.eq(D(g[1]) - D(g[2]), g[3], "pp improvement")
    c.total(g[4:7], g[0], "by purpose")
    c.total(g[7:9], g[0], "by source")
    c.eq(D("230.00") - D(g[0]), g[9], "结余")
    c.eq(D("210.00") - D(g[7]), g[10], "财政结余")
    c.eq(D("20.00") - D(g[8]), g[11], "单位结余")
    c.expect(g[12] == "2020", "carry to 2020")
    rows = c.block("支出科目｜预算数", "合计｜")
    items = ["设备费", "材料费", "测试化验加工费", "燃料动力费", "差旅费", "会议费",
             "出版/文献/信息传播/知识产权事务费", "劳务费", "专家咨询费"]
    groups = {"直接费用": items, "间接费用": ["管理费", "绩效支出"]}
    c.share_table(rows, "合计", 2, 3, groups)
    by = {r[0]: r for r in rows}
    for sub, it in groups.items():
        c.total([by[i][1] for i in it], by[sub][1], f"{sub} budget")
    c.total([by[s][1] for s in groups], by["合计"][1], "budget total")
    g = c.rx(r"优秀(\d+)项、良好(\d+)项、合格(\d+)项")
    c.total(g, "28", "考核 28")
    g = c.rx(r"发表论文(\d+)篇，其中SCI论文(\d+)篇、中文核心期刊论文(\d+)篇、其他期刊论文(\d+)篇，论文总数较2018年的(\d+)篇增长(\d+\.\d+%)；申请专利(\d+)件，其中发明专利(\d+)件、实用新型专利(\d+)件；通过四川省审定新品种(\d+)个（水稻(\d+)个、油菜(\d+)个、玉米(\d+)个）.*?培养青年人才(\d+)人，其中博士(\d+)人、硕士(\d+)人")
    c.total(g[1:4], g[0], "papers")
    c.eq((D(g[0]) - D(g[4])) / D(g[4]) * 100, g[5], "paper growth")
    c.total(g[7:9], g[6], "patents")
    c.total(g[10:13], g[9], "varieties")
    c.total(g[14:16], g[13], "talents")
    c.rate("46.2", "50", c.rx(r"46\.2万亩，完成率(\d+\.\d+%)")[0], "推广 completion")
    # Sichuan table
    fb = c.rows(r"(年度资金总额|其中：财政资金|财政专户管理资金|单位资金|其他资金)｜")
    c.funds_block(fb)
    ind = c.rows(r"(产出指标|效益指标)｜")
    for r in ind:
        sign = "" if r[3] in ("=", "定性") else r[3]
        target = r[5] if r[3] != "定性" else "持续运行"
        c.indicator(sign + r[5] if r[3] != "定性" else target, r[6] if r[3] != "定性" else "达成",
                    r[7], r[8], r[2])
    tot = c.rows(r"总分｜")[0]
    c.eq(D(fb[0][4]) + sum(D(r[7]) for r in ind), tot[7], "weights to 100")
    c.expect(D(tot[7]) == 100, "总分 100")
    c.eq(sum(D(r[7]) for r in ind if r[0] == "产出指标"), "60", "产出 60")
    c.eq(sum(D(r[7]) for r in ind if r[0] == "效益指标"), "30", "效益 30")
    c.eq(D(fb[0][6]) + sum(D(r[8]) for r in ind), tot[8], "scores to total")
    g = c.rx(r"本项目得分(\d+\.\d+)分，评价等级为(.)")
    c.eq(D(tot[8]), g[0], "text total")
    c.grade(g[0], g[1], "grade text")
    c.grade(tot[8], c.rows(r"评价结论｜")[0][1], "grade table")


def rizhao(c):
    g = c.rx(r"年初预算(\d+\.\d+)万元，其中省级人才引育补助资金(\d+\.\d+)万元.*?市级财政资金(\d+\.\d+)万元.*?上年结转资金(\d+\.\d+)万元.*?全年预算(\d+\.\d+)万元")
    c.total(g[1:3], g[0], "年初 = 省 + 市")
    c.total([g[0], g[3]], g[4], "全年 = 年初 + 结转")
    c.has("2023年12月以鲁财教指〔2023〕76号提前下达")
    g = c.rx(r"博士科研启动经费(\d+\.\d+)万元（(\d+)人，每人(\d+)万元，其中省级资金(\d+\.\d+)万元、市级资金(\d+\.\d+)万元），博士安家补贴(\d+\.\d+)万元（(\d+)人，每人(\d+)万元），柔性引进专家团队工作经费(\d+\.\d+)万元（(\d+)个团队，每个(\d+)万元），青年骨干访学进修经费(\d+\.\d+)万元（(\d+)人，每人(\d+)万元）")
    c.eq(D(g[1]) * D(g[2]), g[0], "启动经费")
    c.total(g[3:5], g[0], "启动经费 sources")
    c.eq(D(g[6]) * D(g[7]), g[5], "安家补贴")
    c.eq(D(g[9]) * D(g[10]), g[8], "团队")
    c.eq(D(g[12]) * D(g[13]), g[11], "访学")
    c.total([g[0], g[5], g[8], g[11]], "480.00", "uses = 年初")
    inst = c.rx(r"市农业科学研究院安排(\d+\.\d+)万元（引进博士(\d+)人、专家团队(\d+)个、访学(\d+)人），市海洋与渔业研究院安排(\d+\.\d+)万元（引进博士(\d+)人、专家团队(\d+)个、访学(\d+)人），市茶叶科学研究所安排(\d+\.\d+)万元（引进博士(\d+)人、专家团队(\d+)个、访学(\d+)人）")
    for k in (0, 4, 8):
        c.eq(D(inst[k + 1]) * 25 + D(inst[k + 2]) * 30 + D(inst[k + 3]) * 3, inst[k], "院所 allocation")
    c.total([inst[0], inst[4], inst[8]], "480.00", "院所 sum")
    c.total([inst[1], inst[5], inst[9]], "12", "博士 by 院所")
    c.total([inst[3], inst[7], inst[11]], "20", "访学 by 院所")
    # Shanxi-style funds table: columns total|subtotal|central|prov|city|county|carry|other
    ft = {r[0]: r for r in c.block("项目｜行次", "预算执行率")}
    z = lambda s: Decimal(0) if s == "—" else D(s)
    for name in ("年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"):
        r = ft[name]
        c.eq(sum(z(x) for x in r[4:8]), r[3], f"{name} 小计")
        c.eq(z(r[3]) + z(r[8]) + z(r[9]), r[2], f"{name} 总额")
    for col in range(2, 10):
        rec, ann, spe, bal = (z(ft[n][col]) for n in ("实际到位资金", "全年预算资金", "全年执行资金", "资金结余"))
        if ft["资金结余"][col] != "—":
            c.eq(rec - spe, ft["资金结余"][col], f"(5)=(3)-(4) col {col}")
        for rn, num in (("预算到位率(%)", rec), ("预算执行率(%)", spe)):
            cell = ft[rn][col]
            if ann == 0:
                c.expect(cell == "—", f"{rn} col {col} zero base")
            else:
                c.eq(num / ann * 100, cell, f"{rn} col {col}")
    g = c.rx(r"市级资金到位(\d+\.\d+)万元，较预算少(\d+\.\d+)万元.*?已拨付的(\d+\.\d+)万元.*?剩余(\d+\.\d+)万元未再拨付")
    c.eq(D("360.00") - D(g[0]), g[1], "市级 shortfall")
    c.eq(D("30") - D(g[2]), g[3], "team remainder")
    g = c.rx(r"全年预算(\d+\.\d+)万元，实际到位资金(\d+\.\d+)万元，到位率(\d+\.\d+%)；执行(\d+\.\d+)万元，执行率(\d+\.\d+%)，资金使用率（执行/到位）(\d+\.\d+%)。省级资金执行(\d+\.\d+)万元，结余(\d+\.\d+)万元.*?已结转(\d{4})年；市级资金结余(\d+\.\d+)万元.*?访学进修经费到位(\d+\.\d+)万元，支出(\d+\.\d+)万元，结余(\d+\.\d+)万元")
    c.rate(g[1], g[0], g[2], "到位率")
    c.rate(g[3], g[0], g[4], "执行率")
    c.rate(g[3], g[1], g[5], "使用率")
    c.eq(D("120.00") - D(g[6]), g[7], "省级结余")
    c.expect(g[8] == "2025", "carry to 2025")
    c.eq(D(ft["资金结余"][6]), g[9], "市级结余 text = table")
    c.eq(D(ft["资金结余"][5]), g[7], "省级结余 text = table")
    c.eq(D(g[10]) - D(g[11]), g[12], "访学结余")
    items = c.block("资金用途｜到位资金", "上年结转博士安家补贴")
    for r in items:
        c.rate(r[2], r[1], r[3], f"使用率 {r[0]}")
    c.total([r[1] for r in items], ft["实际到位资金"][2], "items 到位 = total 到位")
    c.total([r[2] for r in items], ft["全年执行资金"][2], "items 支出 = total 执行")
    # indicator tables: 二级|三级|权重|目标值|业绩值|完成率|得分 (+ 小计 rows)
    lines = c.text.splitlines()
    sections, cur = [], None
    for line in lines:
        if line.startswith("二级指标｜三级指标｜权重"):
            cur = []
            sections.append(cur)
        elif cur is not None and "｜" in line:
            cur.append(line.split("｜"))
        elif cur is not None:
            cur = None
    scores, weights = [], []
    for sec in sections:
        body = [r for r in sec if r[0] != "小计"]
        sub = [r for r in sec if r[0] == "小计"]
        for r in body:
            tgt = r[3] if r[3] != "100%" else "≥100%"
            c.indicator(tgt, r[4], r[2], r[6], r[1], completion=r[5])
            weights.append(D(r[2]))
            scores.append(D(r[6]))
        if sub:
            c.total([r[2] for r in body], sub[0][2], "小计 weight")
            c.total([r[6] for r in body], sub[0][6], "小计 score")
    summ = {r[0]: r for r in c.block("一级指标｜分值｜得分", "评价等级")}
    c.eq(sum(weights), summ["合计"][1], "weights to 100")
    c.expect(D(summ["合计"][1]) == 100, "合计 100")
    c.eq(sum(scores), summ["合计"][2], "scores to total")
    c.total([summ[k][2] for k in ("预算执行率", "产出指标", "效益指标", "满意度指标")], summ["合计"][2], "summary scores")
    c.total([summ[k][1] for k in ("预算执行率", "产出指标", "效益指标", "满意度指标")], summ["合计"][1], "summary weights")
    g = c.rx(r"总得分(\d+\.\d+)分，评价等级为“(..)”")
    c.eq(D(summ["合计"][2]), g[0], "text total")
    c.grade(g[0], g[1], "grade text")
    c.grade(summ["合计"][2], summ["评价等级"][1], "grade table")
    g = c.rx(r"12人中(\d+)人的科研启动经费在到岗后1个月内拨付，拨付率(\d+\.\d+%)")
    c.rate(g[0], "12", g[1], "拨付率")
    c.eq((D(12) - 9) / 9 * 100, c.rx(r"较2023年的9人增长(\d+\.\d+%)")[0], "博士 growth")
    g = c.rx(r"其中农科院(\d+)人、海洋与渔业研究院(\d+)人、茶叶所(\d+)人")
    c.total(g, "16", "访学 16")
    g = c.rx(r"项目(\d+)项，其中主持市级项目(\d+)项、参与省级以上项目(\d+)项")
    c.total(g[1:], g[0], "projects 13")
    c.rate("11", "12", c.rx(r"留任率(\d+\.\d+%)。")[0], "留任率")
    g = c.rx(r"发放问卷(\d+)份，回收\d+份，满意(\d+)份，满意度(\d+\.\d+%)")
    c.rate(g[1], g[0], g[2], "满意度")


def nanchong(c):
    g = c.rx(r"年初财政拨款预算(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元。.*?追加种质资源库建设资金(\d+\.\d+)万元。调整后全年财政拨款预算(\d+\.\d+)万元，其中基本支出(\d+\.\d+)万元、项目支出(\d+\.\d+)万元")
    c.total(g[1:3], g[0], "年初 split")
    c.total([g[0], g[3]], g[4], "全年 = 年初 + 追加")
    c.total(g[5:7], g[4], "全年 split")
    c.total([g[2], g[3]], g[6], "项目 = 年初项目 + 追加")
    c.rate(g[3], g[0], c.rx(r"预算调整率(\d+\.\d+%)，略高于")[0], "预算调整率")
    g = c.rx(r"截至(\d{4})年12月31日，全年财政拨款支出(\d+\.\d+)万元，预算执行率(\d+\.\d+%)")
    c.expect(g[0] == "2022", "year-end 2022")
    c.rate(g[1], "3962.40", g[2], "执行率")
    g1 = c.rx(r"基本支出。支出(\d+\.\d+)万元，执行率100%，其中人员经费(\d+\.\d+)万元，保障了(\d+)名在职职工和(\d+)名退休人员的工资福利；公用经费(\d+\.\d+)万元")
    c.total([g1[1], g1[4]], g1[0], "基本支出 split")
    c.eq(D(g1[0]), "2913.75", "基本支出 fully executed")
    st = c.rx(r"在职职工(\d+)人，其中高级职称(\d+)人、中级职称(\d+)人、初级及以下(\d+)人；退休人员(\d+)人")
    c.total(st[1:4], st[0], "staff split")
    c.expect(st[0] == g1[2] and st[4] == g1[3], "staff counts agree")
    g2 = c.rx(r"项目支出。支出(\d+\.\d+)万元，执行率(\d+\.\d+%)")
    c.total([g1[0], g2[0]], g[1], "支出 = 基本 + 项目")
    rows = c.block("项目名称｜全年预算", "合计｜")
    for r in rows:
        c.rate(r[2], r[1], r[3], f"{r[0]} 执行率")
    for col in (1, 2):
        c.total([r[col] for r in rows[:-1]], rows[-1][col], f"project table col {col}")
    c.eq(D(rows[-1][2]), g2[0], "项目支出 text = table")
    c.eq(D(rows[-1][3]), g2[1], "项目执行率 text = table")
    byp = {r[0]: r for r in rows}
    g = c.rx(r"预算(\d+\.\d+)万元，其中公务接待费(\d+\.\d+)万元、公务用车运行维护费(\d+\.\d+)万元.*?实际支出(\d+\.\d+)万元，其中公务接待费(\d+\.\d+)万元、公务用车运行维护费(\d+\.\d+)万元，控制率(\d+\.\d+%)，较2021年的(\d+\.\d+)万元下降(\d+\.\d+%)")
    c.total(g[1:3], g[0], "三公 budget")
    c.total(g[4:6], g[3], "三公 spent")
    c.rate(g[3], g[0], g[6], "三公控制率")
    c.eq((D(g[7]) - D(g[3])) / D(g[7]) * 100, g[8], "三公 decrease")
    g = c.rx(r"年末结转结余(\d+\.\d+)万元，结转结余率(\d+\.\d+%)，已按规定结转(\d{4})年")
    c.eq(D("3962.40") - D("3889.37"), g[0], "结转结余")
    c.total([D(r[1]) - D(r[2]) for r in rows[:-1]], g[0], "结转 = Σ project balances")
    c.rate(g[0], "3962.40", g[1], "结转结余率")
    c.expect(g[2] == "2023", "carry to 2023")
    g = c.rx(r"预算(\d+\.\d+)万元，其中课题经费(\d+\.\d+)万元、科研平台运行经费(\d+\.\d+)万元。院学术委员会评审立项院级课题(\d+)项：重点课题(\d+)项，每项(\d+)万元，计(\d+\.\d+)万元；一般课题(\d+)项，每项(\d+)万元，计(\d+\.\d+)万元；青年课题(\d+)项，每项(\d+)万元，计(\d+\.\d+)万元；课题经费项均(\d+\.\d+)万元。全年执行(\d+\.\d+)万元，其中课题经费(\d+\.\d+)万元、平台运行经费(\d+\.\d+)万元，结余(\d+\.\d+)万元")
    c.total(g[1:3], g[0], "基本科研 split")
    c.eq(D(g[0]), byp["基本科研业务费"][1], "基本科研 budget = table")
    for k in (4, 7, 10):
        c.eq(D(g[k]) * D(g[k + 1]), g[k + 2], "课题 type money")
    c.total([g[4], g[7], g[10]], g[3], "课题 count")
    c.total([g[6], g[9], g[12]], g[1], "课题 money")
    c.eq(D(g[1]) / D(g[3]), g[13], "项均")
    c.total(g[15:17], g[14], "执行 split")
    c.eq(D(g[14]), byp["基本科研业务费"][2], "执行 = table")
    c.eq(D(g[0]) - D(g[14]), g[17], "结余")
    rows2 = c.block("支出科目｜执行数", "合计｜")
    items = ["设备费", "材料费", "测试化验加工费", "燃料动力费", "差旅费", "会议费",
             "出版/文献/信息传播/知识产权事务费", "劳务费", "专家咨询费"]
    c.share_table(rows2, "合计", 1, 2, {"直接费用": items, "间接费用": ["管理费", "绩效支出"]})
    c.eq(D(rows2[-1][1]), g[14], "category total = 执行")
    by2 = {r[0]: r for r in rows2}
    c.rate(by2["间接费用"][1], by2["直接费用"][1], c.rx(r"间接费用为直接费用的(\d+\.\d+%)")[0], "间接/直接")
    g = c.rx(r"预算(\d+\.\d+)万元，用于全职引进博士(\d+)人（每人安家补贴和科研启动经费合计(\d+)万元）和青年人才培养(\d+\.\d+)万元。全年执行(\d+\.\d+)万元，执行率(\d+\.\d+%)，其中引进博士经费(\d+\.\d+)万元已全部拨付，青年人才培养支出(\d+\.\d+)万元；.*?结转(\d+\.\d+)万元")
    c.eq(D(g[1]) * D(g[2]) + D(g[3]), g[0], "人才 budget")
    c.eq(D(g[1]) * D(g[2]), g[6], "博士 paid")
    c.total(g[6:8], g[4], "人才 执行")
    c.rate(g[4], g[0], g[5], "人才 执行率")
    c.eq(D(g[0]) - D(g[4]), g[8], "人才 结转")
    g = c.rx(r"种质资源库建设项目预算(\d+\.\d+)万元，执行(\d+\.\d+)万元，结转(\d+\.\d+)万元")
    c.eq(D(g[0]) - D(g[1]), g[2], "种质 结转")
    c.eq(D(g[1]), byp["种质资源库建设"][2], "种质 = table")
    g = c.rx(r"在研科研课题(\d+)项，其中国家级(\d+)项、省级(\d+)项、市级(\d+)项、院级(\d+)项。发表SCI论文(\d+)篇、中文核心期刊论文(\d+)篇，合计(\d+)篇；获授权专利(\d+)件，其中发明专利(\d+)件、实用新型专利(\d+)件；通过审定（登记）新品种(\d+)个，其中水稻(\d+)个、玉米(\d+)个、油菜(\d+)个、甘薯(\d+)个")
    c.total(g[1:5], g[0], "课题 64")
    c.total(g[5:7], g[7], "papers 55")
    c.total(g[9:11], g[8], "patents")
    c.total(g[12:16], g[11], "varieties")
    g = c.rx(r"应结题的基本科研业务费课题(\d+)项，按期结题(\d+)项，按期结题率(\d+%)；验收合格(\d+)项，合格率(\d+%)")
    c.rate(g[1], g[0], g[2], "按期结题率")
    c.rate(g[3], g[0], g[4], "合格率")
    g = c.rx(r"引进博士(\d+)人，(\d+)人晋升高级职称，合计引进和培养科技人才(\d+)人")
    c.total(g[:2], g[2], "人才 10")
    g = c.rx(r"问卷(\d+)份，满意(\d+)份，满意度(\d+\.\d+%)")
    c.rate(g[1], g[0], g[2], "满意度")
    # 部门整体 table: 一级|二级|三级|分值|指标值|实际|得分
    ind = c.rows(r"(预算管理|履职产出|履职效益)｜")
    for r in ind:
        c.indicator(r[4], r[5], r[3], r[6], r[2])
    tot = c.rows(r"合计｜｜｜")[0]
    c.eq(sum(D(r[3]) for r in ind), tot[3], "weights to 100")
    c.expect(D(tot[3]) == 100, "合计 100")
    c.eq(sum(D(r[6]) for r in ind), tot[6], "scores to total")
    bylvl = {}
    for r in ind:
        bylvl[r[0]] = bylvl.get(r[0], Decimal(0)) + D(r[6])
    g = c.rx(r"自评得分(\d+\.\d+)分，等级为“(.)”。其中预算管理得分(\d+\.\d+)分，履职产出得分(\d+\.\d+)分，履职效益得分(\d+)分")
    c.eq(D(tot[6]), g[0], "text total")
    c.eq(bylvl["预算管理"], g[2], "预算管理 subtotal")
    c.eq(bylvl["履职产出"], g[3], "履职产出 subtotal")
    c.eq(bylvl["履职效益"], g[4], "履职效益 subtotal")
    c.grade(g[0], g[1], "grade text")
    c.grade(tot[6], c.rows(r"评价等级｜")[0][1], "grade table")
    # table cells equal the text
    cell = {r[2]: r for r in ind}
    c.eq(D("3889.37") / D("3962.40") * 100, cell["预算执行率"][5], "table 执行率")
    c.eq(D(rows[-1][3]), cell["项目支出执行率"][5], "table 项目执行率")
    c.eq(D("15.74") / D("18.60") * 100, cell["“三公”经费控制率"][5], "table 三公")
    c.eq(D("73.03") / D("3962.40") * 100, cell["结转结余率"][5], "table 结转结余率")
    c.eq(D("119.80") / D("3842.60") * 100, cell["预算调整率"][5], "table 调整率")


PROJECT_CHECKS = {
    "weifang-nkyjbyw-2021": weifang,
    "nantong-qingtuo-2023": nantong,
    "mianyang-nkyjbyw-2019": mianyang,
    "rizhao-rencaiyinyu-2024": rizhao,
    "nanchong-nkybumen-2022": nanchong,
}


# ---------------------------------------------------------------- labels and edits
def changed_segment(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_labels():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(x) for x in fh if x.strip()]
    clean_of = {r["source"]: read(r["case"]) for r in labels if r["clean"]}
    counts = {}
    for rec in labels:
        text = read(rec["case"])
        clean = clean_of[rec["source"]]
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expectations")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity must be error")
            v = exp["value"]
            if text.count(v) != 1:
                fail(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            code = exp["code"]
        a, b = clean.splitlines(), text.splitlines()
        if len(a) != len(b):
            fail(f"{rec['case']}: line count differs from clean")
            continue
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if not diff:
            fail(f"{rec['case']}: identical to clean")
        elif len(diff) == 2:
            if code not in MULTI_ROW_CODES or diff[1] != diff[0] + 1:
                fail(f"{rec['case']}: two changed lines only allowed for adjacent score rows")
        elif len(diff) > 2:
            fail(f"{rec['case']}: {len(diff)} changed lines")
        for k in diff:
            old, new = changed_segment(a[k], b[k])
            if max(len(old), len(new)) > 16:
                fail(f"{rec['case']}: edit too long on line {k + 1}: {old!r} -> {new!r}")
    return labels, counts


def main():
    labels, counts = check_labels()
    total_checks = 0
    for pid, fn in PROJECT_CHECKS.items():
        c = Checker(pid, read(pid + "-clean.txt"))
        try:
            fn(c)
        except Exception as exc:  # a regex that no longer matches, a missing row …
            fail(f"{pid}: exception {type(exc).__name__}: {exc}")
        total_checks += c.n
        n = len(c.text)
        if not 2500 <= n <= 6000:
            fail(f"{pid}: clean draft has {n} characters")
    for code, n in sorted(counts.items()):
        if n < 2:
            fail(f"code {code} used {n} time(s)")
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        print(f"{len(FAIL)} failure(s)")
        return 1
    print(f"labels: {len(labels)} cases; codes: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    print(f"arithmetic checks on clean drafts: {total_checks}")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
