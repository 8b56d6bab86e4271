#!/usr/bin/env python3
"""Verify drafts218.

1. labels.jsonl: every case exists, clean cases expect nothing, every label value occurs in its case;
2. every error case differs from its clean draft in one place only, and the label value overlaps that place;
3. the arithmetic of every clean draft is redone (rates, sums, balances, averages, completion rates,
   weights, scores, totals, grades, years), and the same checks are expected to fail on each error case.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
SEP = "｜"


def num(s):
    return Decimal(str(s).replace(",", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(stated, computed):
    """rules.md §8: |c - v| <= 0.5 * 10^-d (d = decimals of the stated value)."""
    return abs(Decimal(computed) - num(stated)) <= Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = num(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


class Check:
    def __init__(self, name, text):
        self.name, self.t, self.fail, self.n = name, text, [], 0

    def bad(self, msg):
        self.fail.append(msg)

    def need(self, ctx, stated=None):
        self.n += 1
        if ctx not in self.t:
            self.bad(f"missing text {ctx!r}")
            return False
        if stated is not None and stated not in ctx:
            raise SystemExit(f"check error: {stated!r} not inside {ctx!r}")
        return True

    def val(self, ctx, stated, computed, what=""):
        """ctx must be in the text and contain stated; stated must equal computed."""
        if self.need(ctx, stated):
            self.n += 1
            if not consistent(stated, computed):
                self.bad(f"{what or ctx}: stated {stated}, computed {Decimal(computed):.4f}")

    def rate(self, ctx, stated, a, b, what=""):
        self.val(ctx, stated, num(a) / num(b) * 100, what or f"{a}/{b}")

    def sum(self, ctx, stated, parts, what=""):
        self.val(ctx, stated, sum(num(p) for p in parts), what or f"sum {parts}")

    def same(self, *ctxs):
        for c in ctxs:
            self.need(c)

    # ---------- generic table checks ----------
    def rows_after(self, header_prefix, stop=("总分", "合计")):
        lines = self.t.split("\n")
        for i, line in enumerate(lines):
            if line.startswith(header_prefix) and SEP in line:
                header = line.split(SEP)
                rows, total = [], None
                for row in lines[i + 1:]:
                    if SEP not in row:
                        break
                    cells = row.split(SEP)
                    if cells[0] in stop:
                        total = cells
                        break
                    rows.append(cells)
                return header, rows, total
        self.bad(f"no table with header {header_prefix!r}")
        return None, [], None

    def indicator_table(self, funds_weight="0", funds_score="0"):
        """funds_weight/score: the 预算执行率 line when it sits in the funds block (MOF layout)."""
        header, rows, total = self.rows_after("一级指标" + SEP)
        if header is None:
            return
        iw, isc = header.index("分值"), header.index("得分")
        icomp = header.index("完成率") if "完成率" in header else None
        it, ia = header.index("年度指标值"), header.index("实际完成值")
        wsum, ssum = num(funds_weight), num(funds_score)
        for cells in rows:
            if len(cells) != len(header):
                self.bad(f"row has {len(cells)} cells, header {len(header)}: {SEP.join(cells)}")
                continue
            w, s = num(cells[iw]), num(cells[isc])
            wsum += w
            ssum += s
            self.n += 2
            if s > w or s < 0:
                self.bad(f"score {s} outside [0, {w}] in {cells[2]}")
            comp, rule = self.completion(cells[it], cells[ia])
            if comp is not None:
                if icomp is not None and cells[icomp] not in ("—", ""):
                    self.n += 1
                    if not consistent(cells[icomp].rstrip("%"), comp):
                        self.bad(f"completion of {cells[2]}: stated {cells[icomp]}, computed {comp:.4f}")
                self.n += 1
                expect = w * min(comp, Decimal(100)) / 100
                alt = w * min(num(cells[icomp].rstrip("%")), Decimal(100)) / 100 if icomp is not None and cells[icomp] not in ("—", "") else expect
                if not (consistent(cells[isc], expect) or consistent(cells[isc], alt)):
                    self.bad(f"score of {cells[2]}: stated {cells[isc]}, rule gives {r2(expect)}")
            elif icomp is not None and cells[icomp] not in ("—", ""):
                self.bad(f"completion stated for a row that has none: {cells[2]}")
        if total is None:
            self.bad("indicator table without a total row")
            return
        tw, ts = num(total[iw]), num(total[isc])
        self.n += 3
        if wsum != 100 or tw != 100:
            self.bad(f"weights add to {wsum}, total row {tw}")
        if not consistent(total[isc], ssum):
            self.bad(f"scores add to {ssum}, total row {total[isc]}")
        return total[isc]

    @staticmethod
    def completion(target, actual):
        """completion (%) for numeric target/actual in the same unit, else None (rules §5)."""
        m1 = re.fullmatch(r"(≥|≤|=)?([\d.]+)(.*)", target)
        m2 = re.fullmatch(r"([\d.]+)(.*)", actual)
        if not m1 or not m2 or m1.group(3) != m2.group(2):
            return None, None
        sign, t, a = m1.group(1) or "=", num(m1.group(2)), num(m2.group(1))
        if t == 0:
            return (Decimal(100) if a <= 0 else Decimal(0)), "eq0"
        if sign == "≤":
            return (Decimal(100) if a <= t else t / a * 100), "lte"
        return a / t * 100, "gte"

    def funds_block(self, header_prefix, rate_col, exec_col, budget_col, components, score=True):
        """rows: total first; rate per row = exec/budget; total = sum of components per money column."""
        header, rows, _ = self.rows_after(header_prefix, stop=("一级指标",))
        if header is None:
            return
        table = {}
        for cells in rows:
            table[cells[0]] = cells
        first = rows[0]
        money_cols = [i for i, h in enumerate(header) if h.startswith(("年初预算", "全年预算", "全年执行", "实际到位"))]
        for i in money_cols:
            self.n += 1
            parts = [num(table[c][i]) for c in components]
            if num(first[i]) != sum(parts):
                self.bad(f"{header[i]}: {first[0]} {first[i]} ≠ Σ components {sum(parts)}")
        ir, ie, ib = header.index(rate_col), header.index(exec_col), header.index(budget_col)
        for cells in rows:
            if cells[ir] in ("—", ""):
                self.n += 1
                if num(cells[ib]) != 0:
                    self.bad(f"rate missing for {cells[0]}")
                continue
            self.n += 1
            if num(cells[ib]) == 0:
                self.bad(f"rate {cells[ir]} on a zero budget ({cells[0]})")
                continue
            c = num(cells[ie]) / num(cells[ib]) * 100
            if c > 100:
                self.bad(f"rate over 100% for {cells[0]}")
            if not consistent(cells[ir].rstrip("%"), c):
                self.bad(f"rate of {cells[0]}: stated {cells[ir]}, computed {c:.4f}")
        if score:
            isc, iw = header.index("得分"), header.index("分值")
            self.n += 1
            c = num(first[iw]) * min(num(first[ie]) / num(first[ib]), Decimal(1))
            alt = num(first[iw]) * num(first[ir].rstrip("%")) / 100
            if not (consistent(first[isc], c) or consistent(first[isc], alt)):
                self.bad(f"execution score {first[isc]}, computed {c:.4f}")
        return first

    def grade(self, total_from_table):
        ms = re.findall(r"(?:得分|总分)(\d+(?:\.\d+)?)分，评价等级为“(.)”", self.t)
        if not ms:
            self.bad("no score + grade sentence")
        for total, g in ms:
            self.n += 2
            if grade_of(total) != g:
                self.bad(f"grade {g} for total {total}")
            if total_from_table is not None and num(total) != num(total_from_table):
                self.bad(f"text total {total} ≠ table total {total_from_table}")

    def years(self, y):
        for m in re.findall(r"截至(\d{4})年(?:12月31日|末)", self.t):
            self.n += 1
            if int(m) != y:
                self.bad(f"截至{m} in a {y} report")
        for m in re.findall(r"结转至(\d{4})年", self.t):
            self.n += 1
            if int(m) != y + 1:
                self.bad(f"结转至{m} in a {y} report")
        for m, mon in re.findall(r"(\d{4})年(\d{1,2})月，(?:省级)?追加", self.t):
            self.n += 1
            if int(m) != y:
                self.bad(f"追加 dated {m}年{mon}月 in a {y} report")
        for m, mon in re.findall(r"于(\d{4})年(\d{1,2})月提前下达", self.t):
            self.n += 1
            if not (int(m) == y - 1 and int(mon) == 12):
                self.bad(f"advance issued {m}年{mon}月 for {y}")


# ---------------------------------------------------------------- per-draft arithmetic

def dafang(c):
    c.years(2023)
    c.sum("年初预算1,260.00万元，其中中央财政衔接推进乡村振兴补助资金（易地搬迁后续扶持）820.00万元、省级财政衔接资金300.00万元、县级财政资金140.00万元",
          "1,260.00", ["820.00", "300.00", "140.00"])
    c.need("省级追加下达后续扶持资金126.50万元，调整后全年预算为1,386.50万元")
    c.sum("调整后全年预算为1,386.50万元", "1,386.50", ["1260.00", "126.50"])
    _, rows, total = c.rows_after("资金用途" + SEP)
    c.n += 1
    if total is None or sum(num(r[2]) for r in rows) != num(total[2]):
        c.bad("资金用途 table does not add up")
    c.need("就业帮扶｜技能培训、外出务工交通补贴、就业专岗｜312.50")
    c.rate("就业帮扶资金占全年预算的22.54%", "22.54", "312.50", "1386.50")
    c.rate("项目实际支出1,342.18万元，预算执行率96.80%", "96.80", "1342.18", "1386.50")
    c.rate("中央资金820.00万元，支出820.00万元，执行率100%", "100", "820.00", "820.00")
    c.rate("省级资金426.50万元（含追加资金），支出382.18万元，执行率89.61%", "89.61", "382.18", "426.50")
    c.sum("省级资金426.50万元", "426.50", ["300.00", "126.50"])
    c.rate("县级资金140.00万元，支出140.00万元，执行率100%", "100", "140.00", "140.00")
    c.sum("项目实际支出1,342.18万元", "1,342.18", ["820.00", "382.18", "140.00"])
    c.val("未支出的44.32万元", "44.32", num("1386.50") - num("1342.18"), "unspent (total)")
    c.val("未支出的44.32万元", "44.32", num("426.50") - num("382.18"), "unspent (省级)")
    c.val("每人300元的标准一次性发放，全年共发放2,140人、64.20万元", "300", num("64.20") * 10000 / 2140, "per-person subsidy")
    c.need("2140人｜5｜5")
    c.rate("开展技能培训1,356人次，完成率113.00%", "113.00", "1356", "1200")
    c.need("｜≥1200人次｜1356人次｜")
    c.rate("已就业14,872人，就业率95.15%", "95.15", "14872", "15630")
    c.need("全县搬迁劳动力15,630人")
    c.val("比2022年的93.80%提高1.35个百分点", "1.35", num("95.15") - num("93.80"))
    c.need("｜≥95%｜95.15%｜")
    c.rate("务工增收138.60万元，完成年度目标的92.40%", "92.40", "138.60", "150")
    c.need("｜≥150万元｜138.60万元｜5｜4.62｜")
    c.rate("表示满意的468户，满意度93.60%", "93.60", "468", "500")
    c.need("｜≥90%｜93.60%｜")
    first = c.funds_block("项目资金（万元）" + SEP, "执行率", "全年执行数", "全年预算数",
                          ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    total = c.indicator_table(first[4], first[6])
    c.sum("本项目预算执行得9.68分，产出指标得49分，效益指标得28.62分，满意度指标得10分，自评总分97.30分",
          "97.30", ["9.68", "49", "28.62", "10"])
    c.sum("产出指标得49分", "49", ["10", "10", "5", "10", "4", "10"])
    c.sum("效益指标得28.62分", "28.62", ["10", "10", "4.62", "4"])
    c.need("年度资金总额｜1260.00｜1386.50｜1342.18｜10｜96.80%｜9.68")
    c.grade(total)


def huaibin(c):
    c.years(2021)
    c.sum("年初预算安排贴息资金1,850.00万元，其中中央财政衔接推进乡村振兴补助资金1,200.00万元、省级衔接资金400.00万元、县级配套资金250.00万元",
          "1,850.00", ["1200.00", "400.00", "250.00"])
    c.val("调减县级资金129.64万元，调整后全年预算为1,720.36万元", "129.64", num("1850.00") - num("1720.36"))
    c.rate("全年共拨付贴息资金1,698.42万元，预算执行率98.72%", "98.72", "1698.42", "1720.36")
    c.sum("共拨付贴息资金1,698.42万元", "1,698.42", ["398.16", "421.35", "437.62", "441.29"])
    c.need("一季度398.16万元、二季度421.35万元、三季度437.62万元、四季度441.29万元")
    c.val("年末结余21.94万元", "21.94", num("1720.36") - num("1698.42"))
    c.val("2020年我县贴息资金支出1,526.80万元，本年增长11.24%", "11.24", (num("1698.42") / num("1526.80") - 1) * 100)
    c.val("新增发放小额信贷8,126户、37,562.50万元，户均4.62万元", "4.62", num("37562.50") / 8126, "户均")
    c.rate("新增贷款户数目标7,500户，实际8,126户，完成率108.35%", "108.35", "8126", "7500")
    c.rate("新增贷款金额目标35,000万元，实际37,562.50万元，完成率107.32%", "107.32", "37562.50", "35000")
    c.rate("表示满意和基本满意的558户，满意度96.21%", "96.21", "558", "580")
    c.need("收回有效问卷580份")
    c.val("按执行率计得9.87分", "9.87", Decimal(10) * num("1698.42") / num("1720.36"), "execution score")
    c.sum("（一）产出指标（分值50分，得分49分）", "49", ["10", "10", "10", "9", "10"])
    c.sum("（二）效益指标（分值30分，得分28分）", "28", ["15", "13"])
    c.sum("（分值50分", "50", ["10", "10", "10", "10", "10"])
    c.need("（三）满意度指标（分值10分，得分10分）")
    c.need("（四）预算执行情况（分值10分，得分9.87分）")
    c.sum("产出指标得分49分，效益指标得分28分，满意度指标得分10分，综合得分96.87分", "96.87", ["9.87", "49", "28", "10"])
    c.sum("（分值50分", "50", ["10", "10", "10", "10", "10"])
    c.n += 1
    if Decimal(10) + 50 + 30 + 10 != 100:
        c.bad("weights")
    c.need("户均增收2,360元")
    c.grade(None)


def tongxin(c):
    c.years(2019)
    c.need("中央预算内以工代赈资金600万元，自治区配套资金60万元，县级财政配套40万元")
    c.sum("项目年初预算700.00万元", "700.00", ["600", "60", "40"])
    c.need("年内未作调整，全年预算700.00万元，实际到位700.00万元，到位率100%")
    c.rate("累计支出588.00万元，预算执行率84.00%", "84.00", "588.00", "700.00")
    c.val("年末结转资金112.00万元", "112.00", num("700.00") - num("588.00"))
    c.val("1.2公里硬化道路", "1.2", Decimal(6) - num("4.8"))
    c.funds_block("资金来源" + SEP, "执行率", "全年执行数", "全年预算数",
                  ["中央资金", "自治区配套资金", "县级配套资金"], score=False)
    _, rows, _ = c.rows_after("资金来源" + SEP, stop=())
    for cells in rows:  # 到位 = 全年预算 here (到位率100%)
        c.n += 1
        if cells[2] != cells[3]:
            c.bad(f"到位 ≠ 全年预算 for {cells[0]} while 到位率100%")
    c.rate("发放劳务报酬104.40万元，占中央资金的17.40%", "17.40", "104.40", "600")
    c.val("务工群众人均增收2,534元", "2,534", num("104.40") * 10000 / 412, "人均")
    c.need("吸纳当地群众务工412人，其中建档立卡贫困人口236人")
    c.rate("满意441人，满意度88.20%", "88.20", "441", "500")
    c.need("全年新建砂石路18.6公里，硬化村组道路4.8公里，衬砌渠道5.4公里，建成蓄水池3座")
    c.same("｜≥18公里｜18.6公里｜", "｜≥6公里｜4.8公里｜", "｜≥5公里｜5.4公里｜", "｜4座｜3座｜",
           "｜≥90万元｜104.40万元｜", "｜≥200人｜236人｜", "｜≥90%｜88.20%｜", "｜100%｜84.00%｜10｜8.40｜")
    total = c.indicator_table()
    c.grade(total)


def qiaojia(c):
    c.years(2024)
    c.sum("当年财政拨款980.00万元（中央衔接资金760.00万元、省级衔接资金150.00万元、县级资金70.00万元）",
          "980.00", ["760.00", "150.00", "70.00"])
    c.sum("项目年初预算1,046.00万元", "1,046.00", ["980.00", "66.00"])
    c.sum("省级追加衔接资金72.50万元，全年预算调整为1,118.50万元", "1,118.50", ["1046.00", "72.50"])
    c.sum("合计1,118.50万元", "1,118.50", ["520.00", "398.50", "134.00", "66.00"])
    c.need("低产园改造520.00万元（按每亩200元标准补助），烘干生产线398.50万元，品牌营销及冷链仓储134.00万元，技术培训服务66.00万元")
    c.val("对2.6万亩花椒低产园", "2.6", num("520.00") / 200, "area × 200元/亩 = 520万元")
    c.rate("项目共支出1,007.85万元，预算执行率90.11%", "90.11", "1007.85", "1118.50")
    c.rate("当年财政拨款支出941.85万元，执行率89.49%", "89.49", "941.85", num("980.00") + num("72.50"))
    c.sum("项目共支出1,007.85万元", "1,007.85", ["941.85", "66.00"])
    c.val("未支出的110.65万元", "110.65", num("1118.50") - num("1007.85"))
    c.val("改造补助520.00万元，折合每亩198.47元", "198.47", num("520.00") / num("2.62"), "per mu")
    c.need("全年完成花椒低产园改造2.62万亩")
    c.need("｜≥2.6万亩｜2.62万亩｜")
    c.need("开展技术培训2,760人次")
    c.need("｜≥3000人次｜2760人次｜")
    c.need("带动户户均增收1,150元")
    c.need("｜≥1500元｜1150元｜")
    c.need("项目带动脱贫户和监测户3,480户")
    c.need("优质果率达到82.50%")
    c.rate("满意420户，满意度91.30%", "91.30", "420", "460")
    c.need("｜≥90%｜91.30%｜")
    first = c.funds_block("项目资金（万元）" + SEP, "执行率（B/A）", "全年执行数（B）", "全年预算数（A）",
                          ["其中：当年财政拨款", "上年结转资金", "其他资金"])
    total = c.indicator_table(first[4], first[6])
    c.grade(total)


def changyang(c):
    c.years(2022)
    c.val("其中年初预算1,028.60万元，年中追加2,186.25万元", "2,186.25", num("3214.85") - num("1028.60"))
    c.need("2022年部门全年预算3,214.85万元")
    c.rate("全年支出3,102.44万元，预算执行率96.50%", "96.50", "3102.44", "3214.85")
    c.sum("其中基本支出502.15万元（人员经费431.86万元、公用经费70.29万元）", "502.15", ["431.86", "70.29"])
    c.sum("全年支出3,102.44万元", "3,102.44", ["502.15", "2600.29"])
    c.val("年末结转112.41万元", "112.41", num("3214.85") - num("3102.44"))
    c.val("年末结转112.41万元", "112.41", num("1512.35") - num("1399.94"), "结转 = 产业奖补 unspent")
    # 支出类别 table: 合计 = 基本 + 项目, 基本 = 人员 + 公用
    header, rows, _ = c.rows_after("支出类别" + SEP, stop=())
    tab = {r[0]: r for r in rows}
    for i in (1, 2, 3):
        c.n += 2
        if num(tab["合计"][i]) != num(tab["基本支出"][i]) + num(tab["项目支出"][i]):
            c.bad(f"合计 ≠ 基本 + 项目 in {header[i]}")
        if num(tab["基本支出"][i]) != num(tab["其中：人员经费"][i]) + num(tab["公用经费"][i]):
            c.bad(f"基本支出 ≠ 人员 + 公用 in {header[i]}")
    for r in rows:
        c.n += 1
        if not consistent(r[4].rstrip("%"), num(r[3]) / num(r[2]) * 100):
            c.bad(f"rate of {r[0]} in 支出类别 table")
    header, rows, total = c.rows_after("项目名称" + SEP)
    for i in (1, 2):
        c.n += 1
        if sum(num(r[i]) for r in rows) != num(total[i]):
            c.bad(f"项目 table column {header[i]} does not add up")
    for r in rows + [total]:
        c.n += 1
        if not consistent(r[3].rstrip("%"), num(r[2]) / num(r[1]) * 100):
            c.bad(f"rate of {r[0]} in 项目 table")
    c.need("项目支出｜542.30｜2712.70｜2600.29｜95.86%")
    c.need("合计｜2712.70｜2600.29｜95.86%")
    c.sum("“三公”经费支出6.06万元，其中公务用车运行维护费4.20万元、公务接待费1.86万元", "6.06", ["4.20", "1.86"])
    c.val("共3,018人次，发放补助资金452.70万元", "452.70", (1486 + 1532) * Decimal(1500) / 10000, "雨露计划 1,500元/人/学期")
    c.sum("共3,018人次", "3,018", ["1486", "1532"])
    c.need("春季学期补助1,486人、秋季学期补助1,532人")
    c.need("雨露计划补助｜452.70｜452.70｜")
    c.rate("已就业360人，就业率72.00%", "72.00", "360", "500")
    c.rate("年度目标为80%，完成率90.00%", "90.00", "72.00", "80")
    c.val("2,316户、10,500万元，户均4.53万元", "4.53", num("10500") / 2316, "户均")
    c.val("｜≥1.2亿元｜1.05亿元｜", "1.05", num("10500") / 10000, "10,500万元 = 1.05亿元")
    c.need("拨付贴息资金386.45万元")
    c.need("脱贫人口小额信贷贴息｜386.45｜386.45｜")
    c.val("按期完工49个，按期完工率78%", "78", Decimal(49) / 63 * 100)
    c.val("其余14个项目", "14", 63 - 49)
    c.need("｜≥95%｜78%｜")
    c.need("｜≥95%｜92%｜")
    c.need("兑付及时率为92%")
    c.need("帮扶覆盖率100%")
    c.need("防返贫监测对象帮扶覆盖率｜100%｜100%｜")
    c.need("满意度为86.00%")
    c.need("｜≥90%｜86.00%｜")
    c.need("人均纯收入增长12.60%")
    c.need("｜≥10%｜12.60%｜")
    c.need("｜≥80%｜72.00%｜10｜9｜")
    total = c.indicator_table()
    c.grade(total)


DRAFTS = {
    "dafang-banqianhouxu-2023": dafang,
    "huaibin-xiaoedaikuan-2021": huaibin,
    "tongxin-yigongdaizhen-2019": tongxin,
    "qiaojia-huajiaochanye-2024": qiaojia,
    "changyang-xczxjbumen-2022": changyang,
}


def run_checks(src, text):
    c = Check(src, text)
    DRAFTS[src](c)
    return c


def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s  # [p, end_a) in a, [p, end_b) in b


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    texts = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            problems.append(f"{rec['case']}: file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            texts[rec["case"]] = fh.read()
    on_disk = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if on_disk != sorted(texts):
        problems.append("cases/ and labels.jsonl list different files")

    codes = {}
    for rec in labels:
        name, src = rec["case"], rec["source"]
        text = texts.get(name)
        if text is None:
            continue
        n = len(text)
        if rec["clean"]:
            if rec["expected"]:
                problems.append(f"{name}: clean case with expectations")
            if not 3000 <= n <= 9000:
                problems.append(f"{name}: {n} characters")
            c = run_checks(src, text)
            if c.fail:
                problems.extend(f"{name}: {m}" for m in c.fail)
            print(f"{name}: {n} chars, {c.n} arithmetic checks, {len(c.fail)} failures")
            continue
        if len(rec["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
        clean = texts.get(f"{src}-clean.txt")
        p, ea, eb = diff_region(clean, text)
        if ea - p > 120 or eb - p > 120 or (ea == p and eb == p):
            problems.append(f"{name}: change region too large or empty ({ea - p}/{eb - p} chars)")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                problems.append(f"{name}: severity {exp['severity']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                problems.append(f"{name}: value {v!r} not in the case")
            elif not any(o < eb and p < o + len(v) for o in occ):
                problems.append(f"{name}: value {v!r} does not cover the changed text")
            if v in clean:
                problems.append(f"{name}: value {v!r} also occurs in the clean draft")
        c = run_checks(src, text)
        if not c.fail:
            problems.append(f"{name}: the injected error breaks none of the arithmetic checks")
        print(f"{name}: {rec['expected'][0]['code']}, changed [{p}:{eb}], checks failing: {len(c.fail)}"
              f" ({c.fail[0] if c.fail else '-'})")

    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in required:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} occurs {codes.get(code, 0)} times (< 2)")
    extra = set(codes) - set(required)
    if extra:
        problems.append(f"unexpected codes {extra}")
    print("codes:", ", ".join(f"{k} {v}" for k, v in sorted(codes.items())))
    if problems:
        print("\n".join("PROBLEM " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
