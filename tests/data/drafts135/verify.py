#!/usr/bin/env python3
"""Verify the n135 set.

1. every label value occurs in its case file; labels cover every case file;
2. every error case differs from its clean draft in one place (one short contiguous region);
3. the arithmetic of every clean draft holds (funds table, indicator table, prose figures,
   grade band, years); the same checks run on each error case must fail at least once.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def dec(s):
    return D(s.replace(",", ""))


def places(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def agrees(computed, stated):
    """Stated string agrees with computed value within half a unit of its last digit."""
    tol = D("0.5") * (D(10) ** -places(stated)) + D("1e-9")
    return abs(D(computed) - dec(stated)) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


GRADE = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
         (D(-1), ("差", "较差", "不合格"))]


def band(total):
    for low, names in GRADE:
        if total >= low:
            return names
    return GRADE[-1][1]


class Checker:
    def __init__(self, text):
        self.text = text
        self.fails = []
        self.count = 0

    def ok(self, cond, what):
        self.count += 1
        if not cond:
            self.fails.append(what)
        return cond

    # ---- prose helpers -------------------------------------------------------------------
    def g(self, pat):
        """First match of a regex with one captured number -> the number string (or None)."""
        m = re.search(pat, self.text)
        self.ok(m is not None, f"pattern not found: {pat}")
        return m.group(1) if m else None

    def sum_(self, parts, total, what):
        ps = [self.g(p) for p in parts]
        t = self.g(total)
        if None in ps or t is None:
            return
        s = sum(dec(p) for p in ps)
        self.ok(agrees(s, t), f"{what}: {' + '.join(ps)} = {s}, stated {t}")

    def rate(self, num, den, stated, what):
        n, d_, s = self.g(num), self.g(den), self.g(stated)
        if None in (n, d_, s):
            return
        c = dec(n) / dec(d_) * 100
        self.ok(agrees(c, s), f"{what}: {n}/{d_} = {r2(c)}%, stated {s}%")
        self.ok(dec(s) <= 100 or "完成" in what, f"{what}: rate {s}% above 100%")

    def diff(self, a, b, stated, what):
        x, y, s = self.g(a), self.g(b), self.g(stated)
        if None in (x, y, s):
            return
        c = dec(x) - dec(y)
        self.ok(agrees(c, s), f"{what}: {x} - {y} = {c}, stated {s}")

    def avg(self, items, stated, what):
        xs = [self.g(p) for p in items]
        s = self.g(stated)
        if None in xs or s is None:
            return
        c = sum(dec(x) for x in xs) / len(xs)
        self.ok(agrees(c, s), f"{what}: mean({', '.join(xs)}) = {r2(c)}, stated {s}")

    def same(self, pats, what):
        vals = [self.g(p) for p in pats]
        if None in vals:
            return
        self.ok(len({dec(v) for v in vals}) == 1, f"{what}: values differ {vals}")

    # ---- tables ----------------------------------------------------------------------------
    def rows_after(self, header_pred):
        lines = self.text.split("\n")
        for i, line in enumerate(lines):
            if "｜" in line and header_pred(line):
                header = line.split("｜")
                rows = []
                for nxt in lines[i + 1:]:
                    if "｜" not in nxt or nxt.startswith("一级指标"):
                        break
                    rows.append(nxt.split("｜"))
                return header, rows
        return None, []

    def funds_table(self):
        """Funds block: total = components in every amount column; rate = exec / 全年; score."""
        header, rows = self.rows_after(lambda l: "年初预算数" in l and "全年执行数" in l)
        if not self.ok(header is not None, "funds table not found"):
            return None
        ci = {name: header.index(name) for name in ("年初预算数", "全年预算数", "全年执行数")}
        ri = header.index("执行率")
        byname = {r[0].replace("其中：", ""): r for r in rows}
        if "年度资金总额" in byname:
            groups = [("年度资金总额", [n for n in byname if n != "年度资金总额"])]
        else:  # departmental layout
            groups = [("合计", ["基本支出", "项目支出"]), ("基本支出", ["人员经费", "公用经费"])]
        for total, parts in groups:
            for col, k in ci.items():
                s = sum(dec(byname[p][k]) for p in parts)
                self.ok(agrees(s, byname[total][k]),
                        f"funds {col}: {total} {byname[total][k]} != sum of {parts} = {s}")
        for r in rows:
            cell = r[ri]
            budget, spent = dec(r[ci["全年预算数"]]), dec(r[ci["全年执行数"]])
            self.ok(spent <= budget, f"funds {r[0]}: spent {spent} above budget {budget}")
            if cell.endswith("%"):
                self.ok(budget != 0, f"funds {r[0]}: rate {cell} on a zero budget")
                if budget != 0:
                    c = spent / budget * 100
                    self.ok(agrees(c, cell[:-1]), f"funds {r[0]}: {spent}/{budget} = {r2(c)}%, stated {cell}")
            else:
                self.ok(cell in ("—", ""), f"funds {r[0]}: odd rate cell {cell!r}")
        first = rows[0]
        if "分值" in header:
            w, sc = first[header.index("分值")], first[header.index("得分")]
            rate_cell = first[ri][:-1]
            c1 = r2(dec(w) * min(dec(first[ci["全年执行数"]]) / dec(first[ci["全年预算数"]]), D(1)))
            c2 = r2(dec(w) * min(dec(rate_cell) / 100, D(1)))
            self.ok(agrees(c1, sc) or agrees(c2, sc), f"execution score {sc}, expected {c1} or {c2}")
            return dec(w), dec(sc), first
        return None, None, first

    def indicator_table(self, exec_ws):
        header, rows = self.rows_after(lambda l: "三级指标" in l and "分值" in l and "得分" in l)
        if not self.ok(header is not None, "indicator table not found"):
            return None
        iw, isc = header.index("分值"), header.index("得分")
        it, ia = header.index("年度指标值"), header.index("实际完成值")
        ic = header.index("完成率") if "完成率" in header else None
        body = [r for r in rows if r[0] not in ("总分", "合计")]
        tot = [r for r in rows if r[0] in ("总分", "合计")]
        self.ok(len(tot) == 1, "indicator table: no total row")
        wsum, ssum = D(0), D(0)
        if exec_ws and exec_ws[0] is not None:
            wsum += exec_ws[0]
            ssum += exec_ws[1]
        levels = {}
        for r in body:
            w, s = dec(r[iw]), dec(r[isc])
            wsum += w
            ssum += s
            levels[r[0]] = levels.get(r[0], D(0)) + w
            self.ok(D(0) <= s <= w, f"row {r[2]}: score {s} outside [0, {w}]")
            self.row_rule(r, r[it], r[ia], w, r[isc], r[ic] if ic is not None else None)
        self.ok(wsum == 100, f"weights sum to {wsum}, not 100")
        std = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
        for k, v in std.items():
            self.ok(levels.get(k) == v, f"level {k} weights {levels.get(k)} (expected {v} in these drafts)")
        if tot:
            t = tot[0]
            self.ok(dec(t[iw]) == 100, f"total weight cell {t[iw]}")
            self.ok(agrees(ssum, t[isc]), f"scores sum to {ssum}, total row says {t[isc]}")
            extra = [c for c in t[isc + 1:] if c]
            for c in extra:
                self.ok(c in band(dec(t[isc])), f"table grade {c} for {t[isc]}")
            return t[isc]
        return None

    def row_rule(self, r, target, actual, w, score, comp):
        name = r[2]
        mt = re.match(r"^([≥≤=]?)(-?[0-9][0-9,]*(?:\.[0-9]+)?)(.*)$", target)
        ma = re.match(r"^(-?[0-9][0-9,]*(?:\.[0-9]+)?)(.*)$", actual)
        if "年" in target:  # a deadline: met when the actual date is inside it
            self.ok(dec(score) == w, f"row {name}: deadline met but score {score} of {w}")
        elif mt and ma:
            sign, tv, tu = mt.groups()
            av, au = ma.groups()
            self.ok(tu == au, f"row {name}: target unit {tu!r} vs actual unit {au!r}")
            if tu == "%" and au == "%":
                self.ok(dec(av) <= 100, f"row {name}: rate {av}% above 100%")
            if tu != au:
                return
            T, A = dec(tv), dec(av)
            if sign == "≤":
                c = D(1) if A <= T else T / A
            elif T == 0:
                c = D(1) if A <= 0 else D(0)
            else:
                c = A / T
            if comp is not None:
                self.ok(agrees(c * 100, comp.rstrip("%")), f"row {name}: completion {r2(c * 100)}%, stated {comp}")
            self.ok(agrees(w * min(c, D(1)), score), f"row {name}: score {score}, rule gives {r2(w * min(c, D(1)))}")
        elif "部分" in actual:
            self.ok(w * D("0.6") <= dec(score) < w * D("0.8"), f"row {name}: qualitative partial score {score}")
        else:
            self.ok(dec(score) == w, f"row {name}: met/qualitative target but score {score} of {w}")

    # ---- grade and years -------------------------------------------------------------------
    def grade(self, table_total):
        pat = r"(?:总分|得分)([0-9]+(?:\.[0-9]+)?)分[，,]?(?:评价|评定)?等级为[“\"]?(优秀|良好|中等|较差|优|良|中|差)"
        ms = re.findall(pat, self.text)
        self.ok(len(ms) >= 1, "no total + grade statement")
        for total, g in ms:
            self.ok(g in band(dec(total)), f"grade {g} for total {total}")
            if table_total is not None:
                self.ok(dec(total) == dec(table_total), f"text total {total} vs table total {table_total}")

    def years(self):
        y = int(re.search(r"(20[0-9]{2})年度", self.text).group(1))
        for m in re.finditer(r"截至(20[0-9]{2})年12月31日", self.text):
            self.ok(int(m.group(1)) == y, f"截至{m.group(1)}年 in a {y} report")
        for m in re.finditer(r"结转(?:至)?(20[0-9]{2})年", self.text):
            self.ok(int(m.group(1)) > y, f"结转{m.group(1)}年 in a {y} report")
        for m in re.finditer(r"(20[0-9]{2})年12月提前下达", self.text):
            self.ok(int(m.group(1)) == y - 1, f"advance issued {m.group(1)} in a {y} report")
        for m in re.finditer(r"(20[0-9]{2})年结转资金", self.text):
            self.ok(int(m.group(1)) == y - 1, f"carry-over from {m.group(1)} in a {y} report")
        return y


# ---- per-draft prose facts ------------------------------------------------------------------
def facts_yucheng(c):
    c.sum_([r"中央资金" + NUM + r"万元（", r"省级资金" + NUM, r"县级配套资金" + NUM],
           r"共安排本项目资金" + NUM, "中央+省+县")
    c.sum_([r"共安排本项目资金" + NUM, r"2020年结转资金" + NUM], r"全年预算数为" + NUM, "当年+结转")
    c.rate(r"实际支出" + NUM, r"全年预算数为" + NUM, r"预算执行率" + NUM + "%", "执行率")
    c.rate(r"中央资金支出" + NUM, r"中央资金" + NUM + r"万元（", r"支出进度" + NUM + "%", "中央资金支出进度")
    c.diff(r"全年预算数为" + NUM, r"实际支出" + NUM, r"年末结余" + NUM, "结余")
    c.rate(r"改扩建教学楼、学生宿舍" + NUM, r"不少于" + NUM + "平方米", r"完成年度目标的" + NUM + "%", "面积完成率")
    c.same([r"年度资金总额｜[^｜]*｜[^｜]*｜" + NUM, r"实际支出" + NUM], "执行数 text/table")
    c.same([r"年度资金总额｜[^｜]*｜" + NUM, r"全年预算数为" + NUM], "全年预算 text/table")
    c.same([r"年度资金总额｜[^｜]*｜[^｜]*｜[^｜]*｜[^｜]*｜" + NUM + "%", r"预算执行率" + NUM + "%"], "执行率 text/table")
    c.same([r"其中：当年财政拨款｜" + NUM, r"共安排本项目资金" + NUM], "当年拨款 text/table")
    c.same([r"上年结转资金｜[^｜]*｜" + NUM, r"2020年结转资金" + NUM], "结转 text/table")
    c.same([r"开工率" + NUM + "%", r"年度项目开工率｜≥95%｜" + NUM], "开工率 text/table")
    c.same([r"家长满意度" + NUM + "%", r"学生家长满意度｜≥90%｜" + NUM], "满意度 text/table")
    c.same([r"下降到" + NUM + "%", r"大班额班级比例｜≤5%｜" + NUM], "大班额 text/table")
    c.same([r"平均单价" + NUM, r"校舍建设单价｜≤2300元/平方米｜" + NUM], "单价 text/table")
    c.same([r"项目学校" + NUM + r"所，其中", NUM + r"所项目学校中", r"项目覆盖学校数｜" + NUM], "学校数")
    c.sum_([r"校舍新建改扩建项目" + NUM, r"设施设备购置项目" + NUM], r"项目学校" + NUM + r"所，其中", "项目个数")
    c.rate(r"项目学校中" + NUM + "所当年完工", NUM + r"所项目学校中", r"年度项目开工率" + NUM + "%", "开工率 = 24/26")


def facts_suixi(c):
    c.sum_([r"年初预算安排" + NUM, r"追加预算" + NUM], r"全年预算调整为" + NUM, "年初+追加")
    c.rate(r"全年实际支出" + NUM, r"全年预算调整为" + NUM, r"预算执行率" + NUM + "%", "执行率")
    c.sum_([r"保安员服务费" + NUM, r"运维升级费" + NUM, r"安防器材购置费" + NUM], r"全年实际支出" + NUM, "支出结构")
    n, m, k = c.g(r"（" + NUM + "名保安员"), c.g(r"每人每月" + NUM + "元"), c.g(r"按" + NUM + "个月")
    fee = c.g(r"保安员服务费" + NUM)
    if None not in (n, m, k, fee):
        c.ok(dec(n) * dec(m) * dec(k) / 10000 == dec(fee), "保安服务费 = 人数 × 月费 × 月数")
    c.rate(r"保安员服务费" + NUM, r"全年实际支出" + NUM, r"占实际支出的" + NUM + "%", "保安服务费占比")
    c.diff(r"全年预算调整为" + NUM, r"全年实际支出" + NUM, r"年末结余" + NUM, "结余")
    c.avg([r"分别为" + NUM + "万人次", r"万人次、" + NUM + "万人次、", r"万人次、[0-9.]+万人次、" + NUM + "万人次"],
          r"平均每轮" + NUM, "演练平均")
    c.same([r"配备专职保安员" + NUM + "名", r"配备专职保安员人数｜≥380人｜" + NUM, r"（" + NUM + "名保安员"], "保安员人数")
    c.same([r"全县" + NUM + "所中小学", r"覆盖学校数｜=387所｜" + NUM], "覆盖学校数 text/table")
    c.same([r"在线率" + NUM + "%", r"视频监控在线率｜≥95%｜" + NUM], "在线率")
    c.same([r"同比下降" + NUM + "%", r"同比下降率｜≥10%｜" + NUM], "治安案件下降率")
    c.same([r"在全县" + NUM + "%的学校", r"常态化运行学校比例｜≥90%｜" + NUM], "护学岗比例")
    c.same([r"预算执行率得" + NUM + "分", r"年度资金总额｜[^｜]*｜[^｜]*｜[^｜]*｜[^｜]*｜[^｜]*｜" + NUM], "执行得分")
    parts = [r"预算执行率得" + NUM + "分", r"产出指标得" + NUM + "分", r"效益指标得" + NUM + "分", r"满意度指标得" + NUM + "分"]
    c.sum_(parts, r"自评得分" + NUM + "分", "一级得分合计")


def facts_linze(c):
    n, std, amt = c.g(r"在园幼儿" + NUM + "人、"), c.g(r"每生每年" + NUM + "元"), c.g(r"预算安排" + NUM + "万元")
    if None not in (n, std, amt):
        c.ok(dec(n) * dec(std) / 10000 == dec(amt), f"{n}人 × {std}元 = {dec(n) * dec(std)}元 vs {amt}万元")
    c.sum_([r"提前下达" + NUM, r"6月下达" + NUM], r"省级补助" + NUM, "省级两批")
    c.sum_([r"省级补助" + NUM, r"县级配套" + NUM], r"预算安排" + NUM, "省+县")
    c.same([r"预算安排" + NUM, r"全年预算数为" + NUM], "年内未调整")
    c.rate(r"全年支出" + NUM, r"全年预算数为" + NUM, r"预算执行率" + NUM + "%", "执行率")
    c.sum_([r"省级补助资金" + NUM + "万元已全部支出", r"县级配套资金支出" + NUM], r"全年支出" + NUM, "省+县支出")
    c.same([r"省级补助资金" + NUM + "万元已全部支出", r"省级补助" + NUM], "省级全部支出")
    c.rate(r"县级配套资金支出" + NUM, r"县级配套" + NUM, r"支出率" + NUM + "%", "县级支出率")
    c.diff(r"县级配套" + NUM, r"县级配套资金支出" + NUM, r"结余" + NUM + "万元结转", "县级结余")
    c.diff(r"全年预算数为" + NUM, r"全年支出" + NUM, r"结余" + NUM + "万元结转", "总结余")
    c.avg([r"分别支出" + NUM, r"分别支出[0-9.]+万元、" + NUM, r"分别支出[0-9.]+万元、[0-9.]+万元、" + NUM],
          r"平均每所" + NUM, "县直园平均")
    xs = [c.g(p) for p in (r"分别支出" + NUM, r"分别支出[0-9.]+万元、" + NUM, r"分别支出[0-9.]+万元、[0-9.]+万元、" + NUM,
                            r"中心幼儿园共支出" + NUM)]
    tot = c.g(r"全年支出" + NUM)
    if None not in xs and tot:
        c.ok(sum(dec(x) for x in xs) == dec(tot), "各园支出合计 = 全年支出")
    # scores
    ex = c.g(r"得" + NUM + "分。\n（二）")
    rate = c.g(r"预算执行率" + NUM + "%")
    if ex and rate:
        c.ok(agrees(D(10) * dec(rate) / 100, ex), f"执行得分 {ex} vs 10 × {rate}%")
    c.sum_([r"实际4,250人，得" + NUM, r"实际10所，得" + NUM, r"实际100%，得" + NUM, r"85.00%，得" + NUM],
           r"（权重50分），得" + NUM, "产出得分")
    c.sum_([r"在园幼儿数（权重" + NUM, r"幼儿园数（权重" + NUM, r"合格率（权重" + NUM, r"及时率（权重" + NUM],
           r"产出指标（权重" + NUM, "产出权重")
    c.rate(r"实际" + NUM + "%，完成率", r"权重10分）目标" + NUM + "%，实际", r"完成率" + NUM + "%，得8", "拨付及时率完成率")
    c.sum_([r"得" + NUM + "分；普惠", r"普惠性幼儿园覆盖率.*?得" + NUM + "分。"], r"（权重30分），得" + NUM, "效益得分")
    c.sum_([r"毛入园率（权重" + NUM, r"覆盖率（权重" + NUM], r"效益指标（权重" + NUM, "效益权重")
    c.rate(r"满意度" + NUM + "%，目标", r"目标" + NUM + "%，完成率95", r"目标95%，完成率" + NUM + "%", "满意度完成率")
    s, a, t = c.g(r"（权重10分），得" + NUM + "分。对"), c.g(r"满意度" + NUM + "%，目标"), c.g(r"，目标" + NUM + "%，完成率9")
    if None not in (s, a, t):
        c.ok(agrees(D(10) * dec(a) / dec(t), s), "满意度得分 = 10 × 91/95")
    ws = [c.g(p) for p in (r"预算执行（权重" + NUM, r"产出指标（权重" + NUM, r"效益指标（权重" + NUM, r"满意度指标（权重" + NUM)]
    if None not in ws:
        c.ok(sum(dec(w) for w in ws) == 100, f"一级权重合计 {ws}")
    c.sum_([r"得" + NUM + "分。\n（二）", r"（权重50分），得" + NUM, r"（权重30分），得" + NUM, r"（权重10分），得" + NUM + "分。对"],
           r"自评总分" + NUM, "总分")


def facts_qichun(c):
    c.sum_([r"年初预算" + NUM, r"项目经费" + NUM], r"全年预算调整为" + NUM, "年初+省级下达")
    c.rate(r"资金到位" + NUM, r"全年预算调整为" + NUM, r"到位率" + NUM + "%", "到位率")
    c.sum_([r"资料）" + NUM, r"校本研修经费" + NUM, r"差旅费" + NUM], r"全年实际支出" + NUM, "支出构成")
    c.rate(r"全年实际支出" + NUM, r"全年预算调整为" + NUM, r"预算执行率" + NUM + "%", "执行率")
    c.diff(r"全年预算调整为" + NUM, r"全年实际支出" + NUM, r"年末结余" + NUM, "结余")
    c.rate(r"累计培训乡村教师" + NUM, r"不少于" + NUM + "人次", r"完成年度目标的" + NUM + "%", "培训人次完成率")
    spent, n, per = c.g(r"全年实际支出" + NUM), c.g(r"累计培训乡村教师" + NUM), c.g(r"人均培训成本" + NUM + "元，")
    if None not in (spent, n, per):
        c.ok(agrees(dec(spent) * 10000 / dec(n), per), f"人均成本 {spent}万元/{n} vs {per}元")
    c.same([r"累计培训乡村教师" + NUM, r"乡村教师培训人次｜≥3200人次｜" + NUM], "培训人次 text/table")
    c.same([r"开展送教下乡培训" + NUM + "期，另外", r"送教下乡培训期数｜≥8期｜" + NUM], "送教期数")
    c.same([r"合格率" + NUM + "%；", r"培训考核合格率｜≥95%｜" + NUM], "合格率")
    c.same([r"优良率为" + NUM + "%", r"考核优良率｜≥80%｜" + NUM], "优良率")
    c.same([r"满意度" + NUM + "%，未达到", r"参训教师满意度｜≥95%｜" + NUM], "满意度")
    c.same([r"全年实际支出" + NUM, r"年度资金总额｜[^｜]*｜[^｜]*｜" + NUM], "执行数 text/table")
    c.same([r"全年预算调整为" + NUM, r"年度资金总额｜[^｜]*｜" + NUM], "预算 text/table")
    c.same([r"预算执行率" + NUM + "%", r"｜10｜" + NUM + "%｜"], "执行率 text/table")
    c.same([r"年初预算" + NUM, r"年度资金总额｜" + NUM], "年初 text/table")


def facts_jianping(c):
    c.sum_([r"年初预算" + NUM, r"资金" + NUM + "万元，全年预算"], r"全年预算" + NUM + "万元。", "年初+追加")
    c.sum_([r"其中基本支出" + NUM, r"，项目支出" + NUM + "万元（"], r"全年预算" + NUM + "万元。", "基本+项目(预算)")
    c.sum_([r"送教上门补助" + NUM, r"康复训练设备购置" + NUM, r"残疾学生资助" + NUM], r"，项目支出" + NUM + "万元（", "项目构成")
    c.sum_([r"人员经费" + NUM, r"公用经费" + NUM], r"其中基本支出" + NUM + "万元（人员", "基本支出(执行)")
    c.sum_([r"其中基本支出" + NUM + "万元（人员", r"），项目支出" + NUM], r"全年支出" + NUM, "基本+项目(执行)")
    c.rate(r"全年支出" + NUM, r"全年预算" + NUM + "万元。", r"部门预算执行率" + NUM + "%", "部门执行率")
    c.diff(r"全年预算" + NUM + "万元。", r"全年支出" + NUM, r"年末结余" + NUM, "结余")
    g, k, s = c.g(r"毕业生" + NUM + "人中"), c.g(r"人中" + NUM + "人升入"), c.g(r"升学就业率" + NUM + "%")
    if None not in (g, k, s):
        c.ok(agrees(dec(k) / dec(g) * 100, s), f"升学就业率 {k}/{g} vs {s}%")
    st, tg, more = c.g(r"在校残疾学生" + NUM + "人，较"), c.g(r"在校残疾学生人数｜≥" + NUM), c.g(r"多" + NUM + "人")
    if None not in (st, tg, more):
        c.ok(dec(st) - dec(tg) == dec(more), "在校生较目标多")
    b, tg2, less = c.g(r"购置康复训练设备" + NUM + "套"), c.g(r"较" + NUM + "套的目标"), c.g(r"少" + NUM + "套")
    if None not in (b, tg2, less):
        c.ok(dec(tg2) - dec(b) == dec(less), "设备较目标少")
    c.same([r"在校残疾学生" + NUM + "人，另有", r"在校残疾学生人数｜≥186人｜" + NUM], "在校生 text/table")
    c.same([r"送教上门服务" + NUM + "人，实现", r"送教上门服务人数｜≥45人｜" + NUM], "送教人数")
    c.same([r"购置康复训练设备" + NUM, r"康复训练设备购置数｜≥40套｜" + NUM], "设备套数")
    c.same([r"安置）率" + NUM + "%；", r"安置）率｜≥97%｜" + NUM], "入学率")
    c.same([r"支出" + NUM + "万元，控制", r"经费支出｜≤1.20万元｜" + NUM], "三公经费")
    c.same([r"显示，" + NUM + "%", r"改善率｜≥70%｜" + NUM], "康复改善率")
    c.same([r"升学就业率" + NUM + "%", r"升学就业率｜≥60%｜" + NUM], "升学就业率")
    c.same([r"稳定率" + NUM + "%。", r"稳定率｜≥90%｜" + NUM], "稳定率")
    c.same([r"家长满意度" + NUM + "%", r"学生家长满意度｜≥90%｜" + NUM], "满意度")
    c.same([r"部门预算执行率" + NUM + "%", r"部门预算执行率｜100%｜" + NUM, r"合计｜[^｜]*｜[^｜]*｜[^｜]*｜" + NUM],
           "执行率 text/tables")
    c.same([r"年初预算" + NUM, r"合计｜" + NUM], "年初 text/table")
    c.same([r"全年预算" + NUM + "万元。", r"合计｜[^｜]*｜" + NUM], "全年 text/table")
    c.same([r"全年支出" + NUM, r"合计｜[^｜]*｜[^｜]*｜" + NUM], "执行 text/table")
    c.same([r"人员经费" + NUM, r"人员经费｜[^｜]*｜[^｜]*｜" + NUM], "人员经费 text/table")
    c.same([r"公用经费" + NUM, r"公用经费｜[^｜]*｜[^｜]*｜" + NUM], "公用经费 text/table")
    c.same([r"），项目支出" + NUM, r"项目支出｜[^｜]*｜[^｜]*｜" + NUM], "项目支出 text/table")
    # execution row inside the indicator table: score = 10 × rate
    rate, sc = c.g(r"部门预算执行率｜100%｜" + NUM), c.g(r"部门预算执行率｜100%｜[^｜]*｜[^｜]*｜10｜" + NUM)
    if rate and sc:
        c.ok(agrees(D(10) * dec(rate) / 100, sc), "执行得分 = 10 × 执行率")


DRAFTS = {
    "ha-yucheng-ruohuan-2021": facts_yucheng,
    "gd-suixi-xiaoyuananbao-2022": facts_suixi,
    "gs-linze-xueqiangongyong-2020": facts_linze,
    "hb-qichun-xiangcunjiaoshi-2019": facts_qichun,
    "ln-jianping-tejiao-2024": facts_jianping,
}
TABLED = {"ha-yucheng-ruohuan-2021", "gd-suixi-xiaoyuananbao-2022", "hb-qichun-xiangcunjiaoshi-2019",
          "ln-jianping-tejiao-2024"}


def check_text(src, text):
    c = Checker(text)
    c.years()
    table_total = None
    if src in TABLED:
        ex = c.funds_table()
        table_total = c.indicator_table(ex)
    c.grade(table_total)
    DRAFTS[src](c)
    return c


def one_place(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    da, db = a[p:len(a) - s], b[p:len(b) - s]
    return (0 < max(len(da), len(db)) <= 120 and da.count("\n") <= 1 and db.count("\n") <= 1), da, db


def main():
    problems = []
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl does not list exactly the case files")
    codes = {}
    for lab in labels:
        text = read(lab["case"])
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            if e["value"] not in text:
                problems.append(f"{lab['case']}: value {e['value']!r} not in case")
        if lab["clean"] != (lab["expected"] == []):
            problems.append(f"{lab['case']}: clean flag and expected disagree")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
                "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in required:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} occurs {codes.get(code, 0)} times (< 2)")

    for src in DRAFTS:
        clean = read(f"{src}-clean.txt")
        n = len(clean)
        if not (1500 <= n <= 4000 and 3000 <= len(clean.encode("utf-8")) <= 9000):
            problems.append(f"{src}: length {n} chars / {len(clean.encode())} bytes out of range")
        c = check_text(src, clean)
        print(f"{src}-clean: {c.count} checks, {len(c.fails)} failing")
        for f in c.fails:
            problems.append(f"{src}-clean: {f}")
        for lab in labels:
            if lab["source"] != src or lab["clean"]:
                continue
            text = read(lab["case"])
            good, da, db = one_place(clean, text)
            if not good:
                problems.append(f"{lab['case']}: differs from the clean draft in more than one short place")
            ce = check_text(src, text)
            code = lab["expected"][0]["code"]
            print(f"  {lab['case']}: {code:22s} {da!r} -> {db!r}; verifier flags: {ce.fails[:2]}")
            if not ce.fails:
                problems.append(f"{lab['case']}: injected error not caught by the arithmetic checks")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
