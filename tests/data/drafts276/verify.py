#!/usr/bin/env python3
"""Verify drafts276.

1. every label value occurs in its case, codes are from errors.md §A, each of the 13 codes occurs >= 2 times;
2. each error case differs from its clean draft in one place (one contiguous changed stretch);
3. the arithmetic of every clean draft is redone from the figures read out of the text
   (rates, balances, sums, weights, scores, completion, grade, averages, units, years, repeated figures)
   and must hold; the same checks are then run on every error case and must fail with the labelled code.
Prints OK at the end when all holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
NUM = re.compile(r"\d+(?:\.\d+)?")


def dec(s):
    s = NUM.search(s).group(0)
    return len(s.split(".")[1]) if "." in s else 0


def val(s):
    return float(NUM.search(s).group(0))


def unit_of(s):
    return re.sub(r"[≥≤＝=＞＜<>]|\d+(?:\.\d+)?", "", s).strip()


def band(total):
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中", "合格": "中",
               "一般": "中", "较差": "差", "差": "差"}


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []     # (code, message), error codes of errors.md
        self.warns = []     # score-rule deviations (warning class), not counted

    def fail(self, code, msg):
        self.fails.append((code, msg))

    # ---------- reading
    def find(self, anchor, start=0):
        i = self.t.find(anchor, start)
        if i < 0:
            raise KeyError(anchor)
        return i

    def num(self, anchor, k=0, start=0):
        """k-th number right after anchor (within 200 characters)."""
        i = self.find(anchor, start) + len(anchor)
        found = NUM.findall(self.t[i:i + 200])
        return found[k]

    def line_cells(self, anchor, start, sep):
        """cells of the line holding the exact cell `anchor` (after start), the cells after it."""
        i = start
        while True:
            i = self.find(anchor, i)
            ls = self.t.rfind("\n", 0, i) + 1
            le = self.t.find("\n", i)
            line = self.t[ls:le if le >= 0 else None]
            if sep == "md":
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
            elif sep == "space":
                cells = line.split()
            else:
                cells = line.split(sep)
            if anchor in cells:
                j = len(cells) - 1 - cells[::-1].index(anchor)
                return cells[j + 1:]
            i += len(anchor)

    def flat_cells(self, anchor, start):
        """flattened Word table: one cell per line, tab-indented; cells after the exact cell anchor."""
        i = self.find("\t" + anchor + "\n", start) + len(anchor) + 2
        block = self.t[i:].split("\n\n")[0]
        return [c[1:] if c.startswith("\t") else c for c in block.split("\n")]

    # ---------- arithmetic
    def close(self, calc, stated):
        d = dec(stated)
        return abs(calc - val(stated)) <= 0.5 * 10 ** -d + 1e-9

    def rate(self, num, den, rate, what, code="rate_mismatch", cap=True):
        if val(den) == 0:
            if val(rate) != 0:
                self.fail("implausible_rate", f"{what}: rate {rate} on a zero base")
            return
        r = val(num) / val(den) * 100
        if not self.close(r, rate):
            self.fail(code, f"{what}: {num}/{den} = {r:.2f}%, stated {rate}")
        if cap and val(rate) > 100 + 1e-9:
            self.fail("implausible_rate", f"{what}: rate {rate} above 100%")

    def le100(self, rate, what):
        if val(rate) > 100 + 1e-9:
            self.fail("implausible_rate", f"{what}: {rate} above 100%")

    def balance(self, a, b, bal, what):
        if not self.close(val(a) - val(b), bal):
            self.fail("balance_mismatch", f"{what}: {a} - {b} = {val(a) - val(b):.2f}, stated {bal}")

    def total(self, total, parts, what, code="sum_mismatch", scales=None):
        """total = Σ parts; scales[i] converts part i to the total's unit (元 -> 万元 = 1e-4)."""
        scales = scales or [1] * len(parts)
        s = sum(val(p) * f for p, f in zip(parts, scales))
        if self.close(s, total):
            return
        # a single amount off by 10^4 is a unit slip
        for i, p in enumerate(parts):
            for f in (1e-4, 1e4):
                s2 = s - val(p) * scales[i] + val(p) * scales[i] * f
                if self.close(s2, total):
                    self.fail("unit_mismatch", f"{what}: part {p} off by 10^4")
                    return
        for f in (1e-4, 1e4):
            if abs(s - val(total) * f) <= 0.5 * 10 ** -dec(total) * f + 1e-9:
                self.fail("unit_mismatch", f"{what}: total {total} off by 10^4")
                return
        self.fail(code, f"{what}: Σ {parts} = {s:.2f}, stated {total}")

    def same(self, a, b, what):
        if abs(val(a) - val(b)) > 1e-9:
            self.fail("conflicting_values", f"{what}: {a} vs {b}")

    def average(self, avg, items, what):
        m = sum(val(x) for x in items) / len(items)
        if not self.close(m, avg):
            self.fail("average_mismatch", f"{what}: mean {m:.2f}, stated {avg}")

    def grade(self, total, word, what):
        g = GRADE_WORDS.get(word)
        if g != band(val(total)):
            self.fail("grade_mismatch", f"{what}: {total} is {band(val(total))}, stated {word}")

    def grade_after(self, anchor, start=0):
        i = self.find(anchor, start) + len(anchor)
        m = re.search(r"优秀|良好|中等|较差|合格|一般|优|良|中|差", self.t[i:i + 10])
        return m.group(0)

    def years(self, year):
        for m in re.finditer(r"(20\d\d)年度", self.t):
            if int(m.group(1)) != year:
                self.fail("year_mismatch", f"{m.group(0)} in a {year} report")
        for m in re.finditer(r"结转至(20\d\d)年", self.t):
            if int(m.group(1)) <= year:
                self.fail("year_mismatch", f"{m.group(0)} in a {year} report")

    # ---------- indicator rows
    def indicator(self, name, direction, T, A, w, s, compl=None):
        """direction gte/lte/eq/qual; T, A as written (with units); checks units, completion, score."""
        if val(s) > val(w) + 1e-9 or val(s) < 0:
            self.fail("score_exceeds_weight", f"{name}: score {s} > weight {w}")
        if direction == "qual":
            return
        ut, ua = unit_of(T), unit_of(A)
        if ut != ua:
            self.fail("unit_mismatch", f"{name}: target {T} vs actual {A}")
            return
        t, a = val(T), val(A)
        if ua == "%" and ("满意" in name or "率" in name):
            self.le100(A, name)
        if direction == "lte":
            c = 100.0 if a <= t else t / a * 100
        else:
            c = a / t * 100
        if compl is not None and not self.close(c, compl):
            self.fail("completion_mismatch", f"{name}: completion {c:.2f}%, stated {compl}")
        exp = float(Decimal(str(val(w) * min(c, 100) / 100)).quantize(Decimal("0.01"), ROUND_HALF_UP))
        if not self.close(exp, s):
            self.warns.append(f"{name}: score {s}, rule gives {exp}")

    def scores(self, rows, weight_total, score_total, what):
        ws = sum(val(r[0]) for r in rows)
        ss = sum(val(r[1]) for r in rows)
        if abs(ws - val(weight_total)) > 1e-9 or abs(ws - 100) > 1e-9:
            self.fail("weight_sum_mismatch", f"{what}: Σ weights {ws}, stated {weight_total}")
        if not self.close(ss, score_total):
            self.fail("score_sum_mismatch", f"{what}: Σ scores {ss:.2f}, stated {score_total}")


# ====================================================================== per project

def check_gs(c):
    t0 = c.find("（二）预算执行情况")
    rows = {}
    for lab in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率", "预算执行率(%)"]:
        rows[lab] = c.flat_cells(lab, t0)[1:]       # drop 行次; cols: 总额 小计 中央 省 市 县 结转 其他
    z = lambda x: x if x.strip() else "0"
    for lab in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        r = [z(x) for x in rows[lab]]
        c.total(r[0], [r[1], r[6], r[7]], f"{lab} 总额 = 小计 + 结转 + 其他")
        c.total(r[1], r[2:6], f"{lab} 小计 = 中央 + 省 + 市 + 县")
    for j in range(8):
        got, spent, bud = (z(rows[k][j]) for k in ["实际到位资金", "全年执行资金", "全年预算资金"])
        c.balance(got, spent, z(rows["资金结余"][j]), f"结余 column {j}")
        c.rate(got, bud, z(rows["预算到位率"][j]), f"到位率 column {j}")
        c.rate(spent, bud, z(rows["预算执行率(%)"][j]), f"执行率 column {j}")
    # prose funds
    bud, spent = c.num("2022年项目全年预算"), c.num("资金全部到位。全年执行")
    c.same(bud, rows["全年预算资金"][0], "全年预算 text/table")
    c.same(spent, rows["全年执行资金"][0], "执行 text/table")
    c.total(bud, [c.num("其中省级补助资金"), c.num("市级配套资金")], "全年预算 = 省 + 市")
    c.rate(spent, bud, c.num("万元，预算执行率"), "执行率 (text)")
    c.same(c.num("万元，预算执行率"), rows["预算执行率(%)"][0], "执行率 text/table")
    c.balance(bud, spent, c.num("，资金结余"), "结余 (text)")
    # sub-projects
    hb, hs, hbal = c.num("胸痛中心子项目预算"), c.num("胸痛中心子项目预算", 1), c.num("胸痛中心子项目预算", 2)
    c.balance(hb, hs, hbal, "胸痛中心子项目结余")
    n_set, per, ecg = c.num("远程心电终端"), c.num("每套"), c.num("每套", 1)
    c.total(ecg, [str(val(n_set) * val(per))], "心电终端 套数 × 单价", scales=[1e-4])
    c.total(hs, [ecg, c.num("除颤监护仪5台，支出"), c.num("导管室配套改造支出")], "胸痛中心支出构成")
    sb, ss = c.num("卒中中心子项目预算"), c.num("实际支出", 0, c.find("卒中中心子项目预算"))
    tb, ts = c.num("培训子项目预算"), c.num("培训子项目预算", 1)
    c.total(bud, [hb, sb, tb], "子项目预算合计")
    c.total(spent, [hs, ss, ts], "子项目支出合计")
    c.years(2022)
    # 附件1
    a0 = c.find("附件1")
    spec = [("预算执行率", "gte"), ("心电网络覆盖乡镇卫生院数", "gte"), ("采购除颤监护仪", "gte"),
            ("胸痛中心通过基层版认证", "qual"), ("STEMI患者D-to-W时间", "lte"), ("项目总成本", "lte"),
            ("急性胸痛患者县内救治率", "gte"), ("卒中患者静脉溶栓DNT时间", "lte"), ("培训基层医务人员", "gte"),
            ("患者满意度", "gte")]
    table = []
    for name, d in spec:
        w, T, A, compl, s = c.flat_cells(name, a0)[:5]
        c.indicator(name, d, T, A, w, s, compl)
        table.append((w, s, A))
    c.rate(spent, bud, table[0][2], "执行率 (附件1)")
    c.same(c.num("项目总成本", 2, a0), spent, "项目总成本 = 执行")
    tot = [x for x in c.flat_cells("合计", a0) if x]
    c.scores([(w, s) for w, s, _ in table], tot[0], tot[1], "附件1")
    c.same(c.num("总得分"), tot[1], "总分 text/table")
    c.grade(tot[1], c.grade_after("属于“"), "grade")
    c.same(c.num("培训乡村医务人员"), table[8][2], "培训人次 text/table")
    c.total(c.num("不少于", 0, c.find("培训基层医务人员不少于") - 3), [table[8][2], c.num("较年度目标少")], "培训差额")
    c.total(c.num("县内救治率", 0, c.find("3.效益情况")),
            [c.num("较2021年的"), c.num("提高", 0, c.find("较2021年的"))], "救治率提高")


def check_sc(c):
    f0 = c.find("附件：")
    tot = c.line_cells("年度资金总额", f0, "｜")       # 年初 全年 执行 分值 执行率 得分
    fin = c.line_cells("财政资金", f0, "｜")
    c.rate(tot[2], tot[1], tot[4], "执行率 (table)")
    c.rate(fin[2], fin[1], fin[4], "财政资金 执行率 (table)")
    for k in range(3):
        c.same(tot[k], fin[k], "总额 = 财政资金 (no other source)")
    c.same(c.num("申报2023年项目资金"), tot[0], "申报 = 年初")
    c.total(tot[1], [c.num("其中省级院前急救体系建设补助资金"), c.num("县级配套资金")], "省 + 县")
    spent = c.num("全年实际支出")
    c.same(spent, tot[2], "执行 text/table")
    c.rate(spent, tot[1], c.num("预算执行率"), "执行率 (text)")
    c.same(c.num("预算执行率"), tot[4], "执行率 text/table")
    k0 = c.find("全部支出；县级配套资金")
    county_b, county_s = c.num("县级配套资金", 0, k0), c.num("实际支出", 0, k0)
    c.rate(county_s, county_b, c.num("支出率", 0, k0), "县级配套 支出率")
    c.same(county_b, c.num("县级配套资金"), "县级配套 amount")
    c.total(spent, [c.num("其中：省级资金"), county_s], "省 + 县 支出")
    car, car_unit = c.num("按用途分：购置负压救护车2辆"), c.num("每辆")
    c.total(car, [str(2 * val(car_unit))], "救护车 2 × 单价", scales=[1e-4])
    kit, kit_unit = c.num("除颤仪4套"), c.num("每套")
    c.total(kit, [str(4 * val(kit_unit))], "车载设备 4 × 单价")
    parts = [car, kit, c.num("4个站点标准化改造"), c.num("调度系统升级")]
    c.total(spent, parts, "用途合计")
    c.balance(tot[1], spent, c.num("结余", 0, c.find("调度系统升级")), "结余")
    sites = [c.num("庙坝站"), c.num("清河站"), c.num("石河站"), c.num("文星站")]
    c.total(c.num("4个站点共出车"), sites, "出车合计")
    c.average(c.num("平均每站"), sites, "平均每站出车")
    c.le100(c.num("10秒内接听率"), "接听率")
    c.years(2023)
    # indicators: 指标性质 指标值 度量单位 实际完成值 分值 得分
    i0 = c.find("绩效指标｜", f0)
    spec = ["新建急救站点数", "购置负压救护车", "站点建设验收合格率", "站点建成投用时间", "负压救护车单车购置成本",
            "院前急救平均反应时间", "急救呼叫满足率", "急救站点持续运行"]
    dirs = {"＝": "eq", "≥": "gte", "≤": "lte", "定性": "qual"}
    rows = []
    for name in spec:
        nature, T, unit, A, w, s = c.line_cells(name, i0, "｜")[:6]
        Tu = T + unit
        Au = A + unit if unit_of(A) == "" else A
        c.indicator(name, dirs[nature], Tu, Au, w, s)
        rows.append((w, s, A))
    c.same(rows[5][2], c.num("缩短至"), "反应时间 text/table")
    c.same(rows[6][2], c.num("急救呼叫满足率", 0, c.find("四、项目绩效情况")), "满足率 text/table")
    c.same(rows[4][2], str(val(car_unit) / 1e4), "单车成本 = 每辆")
    total_row = [x for x in c.line_cells("总分", i0, "｜") if x]
    c.scores([(tot[3], tot[5])] + [(w, s) for w, s, _ in rows], total_row[0], total_row[1], "自评表")
    c.same(c.num("预算执行得分"), tot[5], "执行得分 text/table")
    c.total(c.num("绩效指标得分"), [s for _, s, _ in rows], "绩效指标得分 = Σ rows", code="score_sum_mismatch")
    c.total(c.num("自评得分"), [c.num("预算执行得分"), c.num("绩效指标得分")], "自评得分 = 执行 + 指标",
            code="score_sum_mismatch")
    c.same(c.num("自评得分"), total_row[1], "总分 text/table")
    c.grade(total_row[1], c.grade_after("评价等级为"), "grade")


def check_js(c):
    f0 = c.find("项目支出绩效自评表")
    tot = c.line_cells("年度资金总额", f0, "\t")
    fin = c.line_cells("其中：当年财政拨款", f0, "\t")
    car = c.line_cells("上年结转资金", f0, "\t")
    oth = c.line_cells("其他资金", f0, "\t")
    for k in range(3):
        c.total(tot[k], [fin[k], car[k], oth[k]], f"资金 column {k}")
    for r, what in [(tot, "总额"), (fin, "当年拨款"), (car, "上年结转"), (oth, "其他资金")]:
        if val(r[1]) == 0:
            if r[4] not in ("—", "-", "", "0"):
                c.fail("implausible_rate", f"{what}: rate {r[4]} on a zero budget")
        else:
            c.rate(r[2], r[1], r[4], f"{what} 执行率")
    c.same(c.num("项目年初预算"), tot[0], "年初 text/table")
    c.total(c.num("调整后全年预算"), [c.num("项目年初预算"), c.num("项目结余资金")], "全年 = 年初 + 结转")
    spent = c.num("全年执行")
    c.same(spent, tot[2], "执行 text/table")
    c.rate(spent, tot[1], c.num("预算执行率"), "执行率 (text)")
    c.same(c.num("其中当年财政拨款执行"), fin[2], "当年拨款执行 text/table")
    ct = c.num("64排螺旋CT 1台", 0, c.find("具体为"))
    c.same(c.num("中标价"), ct, "CT price")
    us, unit_price = c.num("彩色多普勒超声诊断仪2台", 0, c.find("具体为")), c.num("单价")
    c.total(us, [str(2 * val(unit_price))], "彩超 2 × 单价", scales=[1e-4])
    c.total(c.num("合计支出"), [ct, c.num("全自动生化分析仪1台", 0, c.find("具体为")), us, c.num("机房辐射防护改造")], "设备支出合计")
    c.same(c.num("合计支出"), spent, "合计支出 = 执行")
    c.balance(tot[1], spent, c.num("结余", 0, c.find("合计支出")), "结余")
    c.years(2021)
    i0 = c.find("绩效指标\t", f0)
    spec = [("购置医疗设备数量", "gte"), ("设备验收合格率", "gte"), ("设备到货安装及时率", "gte"),
            ("设备购置成本", "lte"), ("CT检查人次", "gte"), ("县域内就诊率", "gte"), ("设备正常使用年限", "qual"),
            ("患者满意度", "gte")]
    rows = []
    for name, d in spec:
        T, A, w, s = c.line_cells(name, i0, "\t")[:4]
        c.indicator(name, d, T, A, w, s)
        rows.append((w, s, T, A))
    c.same(rows[3][3], spent, "成本 = 执行")
    ct_n, ct_t = c.num("全年CT检查"), c.num("为年度指标值")
    c.same(ct_n, rows[4][3], "CT人次 text/table")
    c.same(ct_t, rows[4][2], "CT目标 text/table")
    c.rate(ct_n, ct_t, c.num("人次的", 0, c.find("为年度指标值")), "CT 完成率", code="completion_mismatch", cap=False)
    c.total(ct_n, [c.num("较2020年的"), c.num("人次增加")], "CT增加")
    c.same(c.num("县域内就诊率88") if False else c.num("县域内就诊率", 0, c.find("（三）效益情况")), rows[5][3], "就诊率")
    c.same(c.num("患者满意度", 0, c.find("（四）满意度情况")), rows[7][3], "满意度")
    total_row = [x for x in c.line_cells("总分", i0, "\t") if x]
    c.scores([(tot[3], tot[5])] + [(w, s) for w, s, _, _ in rows], total_row[0], total_row[1], "自评表")
    subs = [c.num("预算执行率得分"), c.num("产出指标得分"), c.num("效益指标得分"), c.num("满意度指标得分")]
    c.total(c.num("综合自评得分"), subs, "text subtotals", code="score_sum_mismatch")
    c.same(c.num("综合自评得分"), total_row[1], "总分 text/table")
    c.same(subs[0], tot[5], "执行得分")
    c.total(subs[1], [s for _, s, _, _ in rows[:4]], "产出得分 = rows", code="score_sum_mismatch")
    c.total(subs[2], [s for _, s, _, _ in rows[4:7]], "效益得分 = rows", code="score_sum_mismatch")
    c.grade(total_row[1], c.grade_after("自评等级\t"), "grade")


def check_hlj(c):
    f = c.line_cells("城乡医院对口支援项目", 0, "md")        # 年初 全年 到位 支出 结余 执行率
    c.balance(f[2], f[3], f[4], "结余 (table)")
    c.rate(f[3], f[1], f[5], "执行率 (table)")
    c.same(c.num("省财政下达城乡医院对口支援专项补助资金"), f[1], "下达 = 全年")
    spent = c.num("全年实际支出")
    c.same(spent, f[3], "支出 text/table")
    p0 = c.find("全年实际支出")
    parts = [c.num("专家生活补助", 0, p0), c.num("进修培训费", 0, p0), c.num("远程会诊系统维护费", 0, p0),
             c.num("手术示教耗材", 0, p0)]
    c.total(spent, parts, "支出构成")
    days = c.num("名专家累计驻点")
    c.total(parts[0], [str(val(c.num("每人每天")) * val(days))], "生活补助 = 天数 × 200元", scales=[1e-4])
    c.total(parts[1], [str(val(c.num("进修培训费按每人")) * val(c.num("资助受援医院")))], "进修 = 人数 × 15000元",
            scales=[1e-4])
    rb = c.num("远程会诊系统维护费预算")
    c.balance(rb, c.num("实际支出", 0, c.find("远程会诊系统维护费预算")), c.num("结余", 0, c.find("远程会诊系统维护费预算")),
              "远程会诊结余")
    c.same(c.num("标准发放，"), c.num("支援医院派驻专家"), "专家人数 text")
    c.average(c.num("人均驻点"), [str(val(days) / val(c.num("支援医院派驻专家")))], "人均驻点")
    c.years(2019)
    i0 = c.find("| 一级指标 |")
    spec = [("预算执行率", "gte"), ("派驻专家人数", "gte"), ("专家累计驻点时间", "gte"), ("开展新技术新项目", "gte"),
            ("受援医院医务人员培训考核合格率", "gte"), ("支援专家按期到岗率", "gte"), ("受援医院三、四级手术占比提高", "gte"),
            ("县域内住院就诊率", "gte"), ("远程会诊例数", "gte"), ("受援医院职工满意度", "gte"), ("患者满意度", "gte")]
    rows = []
    for name, d in spec:
        T, A, w, s = c.line_cells(name, i0, "md")[:4]
        c.indicator(name, d, T, A, w, s)
        rows.append((w, s, T, A))
    c.same(rows[0][3], f[5], "执行率 indicator/funds")
    c.same(rows[1][3], c.num("支援医院派驻专家"), "专家人数 table/text")
    c.same(rows[2][3], days, "驻点天数 table/text")
    c.same(rows[4][3], c.num("考核合格率", 0, c.find("（一）产出情况")), "合格率")
    c.same(rows[7][3], c.num("县域内住院就诊率", 0, c.find("（二）效益情况")), "就诊率")
    c.same(rows[8][3], c.num("全年开展远程会诊"), "远程会诊")
    c.total(c.num("提高到"), [c.num("由2018年的"), c.num("提高", 0, c.find("提高到") + 4)], "手术占比提高")
    tot = [x for x in c.line_cells("合计", i0, "md") if x]
    c.scores([(w, s) for w, s, _, _ in rows], tot[0], tot[1], "自评表")
    c.same(c.num("自评得分"), tot[1], "总分 text/table")
    c.grade(tot[1], c.grade_after("自评等级为"), "grade")


def check_cq(c):
    b0 = c.find("表1")
    rows = {k: c.line_cells(k, b0, "space") for k in ["急诊急救五大中心建设", "重点专科建设", "急诊急救一体化信息平台", "合计"]}
    subs = [rows[k] for k in ["急诊急救五大中心建设", "重点专科建设", "急诊急救一体化信息平台"]]
    for j in range(3):
        c.total(rows["合计"][j], [r[j] for r in subs], f"表1 column {j}")
    for k, r in rows.items():
        c.rate(r[2], r[1], r[3], f"表1 {k} 执行率")
    c.same(c.num("项目年初预算"), rows["合计"][0], "年初 text/table")
    c.total(c.num("项目年初预算"), [c.num("医疗服务与保障能力提升补助资金"), c.num("县级配套资金")], "年初 = 中央 + 县")
    c.total(c.num("项目年初预算"), [c.num("调整后全年预算"), c.num("调减县级配套资金")], "年初 = 全年 + 调减")
    c.same(c.num("调整后全年预算"), rows["合计"][1], "全年 text/table")
    spent = c.num("全年实际支出")
    c.same(spent, rows["合计"][2], "支出 text/table")
    c.rate(spent, rows["合计"][1], c.num("预算执行率"), "执行率 (text)")
    cs, ce = c.num("其中中央资金支出"), c.num("执行率", 0, c.find("其中中央资金支出"))
    ks, ke = c.num("县级资金支出"), c.num("执行率", 0, c.find("县级资金支出"))
    c.rate(cs, c.num("医疗服务与保障能力提升补助资金"), ce, "中央执行率")
    c.rate(ks, str(val(c.num("县级配套资金")) - val(c.num("调减县级配套资金"))), ke, "县级执行率")
    c.total(spent, [cs, ks], "中央 + 县级 支出")
    c.balance(rows["合计"][1], spent, c.num("未支出资金"), "结转")
    c.years(2024)
    f0 = c.find("项目支出绩效自评表")
    tot = c.line_cells("年度资金总额", f0, "space")
    c.rate(tot[2], tot[1], tot[4], "执行率 (自评表)")
    for k in range(3):
        c.same(tot[k], [rows["合计"][0], rows["合计"][1], spent][k], "自评表 funds = 表1")
    i0 = c.find("一级指标", f0)
    spec = [("建设急诊急救中心数量", "gte"), ("重症医学科新增床位", "gte"), ("通过市级评审重点专科", "gte"),
            ("项目建设按期完成率", "gte"), ("项目总成本", "lte"), ("急危重症患者县内救治率", "gte"),
            ("向上级医院转诊率下降", "gte"), ("信息平台持续运行", "qual"), ("患者满意度", "gte")]
    ind = []
    for name, d in spec:
        T, A, w, s = c.line_cells(name, i0, "space")[:4]
        c.indicator(name, d, T, A, w, s)
        ind.append((w, s, T, A))
    o0 = c.find("（一）产出情况")
    c.same(ind[1][3], c.num("重症医学科新增床位", 0, o0), "床位 text/table")
    c.same(ind[3][3], c.num("按期完成率", 0, o0), "按期完成率 text/table")
    c.same(ind[4][3], spent, "成本 = 支出")
    c.same(ind[5][3], c.num("急危重症患者县内救治率", 0, c.find("（二）效益情况")), "救治率")
    c.total(ind[5][3], [c.num("较2023年的"), c.num("提高", 0, c.find("较2023年的"))], "救治率提高")
    c.total(c.num("向上级医院转诊率由2023年的"), [c.num("下降到"), ind[6][3]], "转诊率下降")
    total_row = c.line_cells("总分", i0, "space")
    c.scores([(tot[3], tot[5])] + [(w, s) for w, s, _, _ in ind], total_row[0], total_row[1], "自评表")
    ws = [c.num("本次自评按预算执行率"), c.num("产出指标", 0, c.find("本次自评按")),
          c.num("效益指标", 0, c.find("本次自评按")), c.num("满意度指标", 0, c.find("本次自评按"))]
    if abs(sum(val(x) for x in ws) - 100) > 1e-9:
        c.fail("weight_sum_mismatch", f"text weights {ws} sum {sum(val(x) for x in ws)}")
    subs = [c.num("预算执行率得分"), c.num("产出指标得分"), c.num("效益指标得分"), c.num("满意度指标得分")]
    c.total(c.num("总得分"), subs, "text subtotals", code="score_sum_mismatch")
    c.same(c.num("总得分"), total_row[1], "总分 text/table")
    c.same(subs[0], tot[5], "执行得分")
    c.total(subs[1], [s for _, s, _, _ in ind[:5]], "产出得分 = rows", code="score_sum_mismatch")
    c.total(subs[2], [s for _, s, _, _ in ind[5:8]], "效益得分 = rows", code="score_sum_mismatch")
    c.grade(total_row[1], c.grade_after("评价等级为"), "grade")


CHECKS = {
    "gs-jingchuan-xiongtongcuzhong-2022": check_gs,
    "sc-dazhu-120jijiuzhan-2023": check_sc,
    "js-xiangshui-yiliaoshebei-2021": check_js,
    "hlj-boli-duikouzhiyuan-2019": check_hlj,
    "cq-dianjiang-xianyiyuannengli-2024": check_cq,
}


def run(src, text):
    c = Checker(text)
    try:
        CHECKS[src](c)
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        c.fail("unreadable", f"{type(exc).__name__}: {exc}")
    return c


def one_place(a, b):
    """the changed stretch: (length in a, length in b, start, end in b), common prefix and suffix removed."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return len(a) - p - s, len(b) - p - s, p, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {r["case"]: open(os.path.join(CASES, r["case"]), encoding="utf-8").read() for r in labels}
    listed = set(texts)
    on_disk = {f for f in os.listdir(CASES) if f.endswith(".txt")}
    if listed != on_disk:
        problems.append(f"cases/ and labels.jsonl differ: {sorted(listed ^ on_disk)}")
    count = {k: 0 for k in CODES}
    clean = {r["source"]: texts[r["case"]] for r in labels if r["clean"]}
    if len(clean) != 5:
        problems.append(f"{len(clean)} clean drafts")
    for src, t in clean.items():
        if not 3000 <= len(t) <= 9000:
            problems.append(f"{src}: clean draft has {len(t)} characters")
        c = run(src, t)
        for code, msg in c.fails:
            problems.append(f"{src}-clean: {code}: {msg}")
    for r in labels:
        t = texts[r["case"]]
        if r["clean"]:
            if r["expected"]:
                problems.append(f"{r['case']}: clean case with expected findings")
            continue
        if len(r["expected"]) != 1:
            problems.append(f"{r['case']}: {len(r['expected'])} labels")
        for e in r["expected"]:
            if e["code"] not in CODES:
                problems.append(f"{r['case']}: unknown code {e['code']}")
            else:
                count[e["code"]] += 1
            if e["severity"] != "error":
                problems.append(f"{r['case']}: severity {e['severity']}")
            if not e["value"] or e["value"] not in t:
                problems.append(f"{r['case']}: value {e['value']!r} not in the case")
        base = clean[r["source"]]
        da, db, cs, ce = one_place(base, t)
        if da == 0 and db == 0:
            problems.append(f"{r['case']}: identical to its clean draft")
        if max(da, db) > 200:
            problems.append(f"{r['case']}: changed stretch of {max(da, db)} characters")
        for e in r["expected"]:
            v = e["value"]
            if v in base:
                problems.append(f"{r['case']}: value {v!r} also occurs in the clean draft")
            occ = [i for i in range(len(t)) if t.startswith(v, i)]
            if not any(i < max(ce, cs + 1) and cs < i + len(v) for i in occ):
                problems.append(f"{r['case']}: value {v!r} does not cover the changed figure")
        c = run(r["source"], t)
        got = {code for code, _ in c.fails}
        want = r["expected"][0]["code"]
        if want not in got:
            problems.append(f"{r['case']}: arithmetic does not show {want}; got {sorted(got)}")
        elif got != {want}:
            problems.append(f"{r['case']}: besides {want} also {sorted(got - {want})}: {c.fails}")
    for code, n in count.items():
        if n < 2:
            problems.append(f"code {code} occurs {n} times")
    for p in problems:
        print("PROBLEM", p)
    if problems:
        print(f"{len(problems)} problems")
        return 1
    print(f"{len(labels)} cases, {sum(count.values())} injected errors, every code >= 2: "
          + ", ".join(f"{k}={v}" for k, v in count.items()))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
