#!/usr/bin/env python3
"""Verify the n193 set.

1. every label value occurs in its case; every error case differs from its clean draft in
   one place (one contiguous region) and that region overlaps an occurrence of the value;
2. the arithmetic of every clean draft holds (generic checks on the ｜ tables plus the
   identities of each draft, all figures read from the text);
3. the same checks run on every error case must fail at least once (the injected slip is
   a real inconsistency).
Prints OK at the end.  -v prints the failing checks of each error case.
"""
import difflib
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
VERBOSE = "-v" in sys.argv
NUM = r"(\d+(?:\.\d+)?)"


# ---------------------------------------------------------------- helpers
def dec(s):
    return D(re.search(r"\d+(?:\.\d+)?", s).group(0))


def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m.group(1) else 0


def close(stated, computed):
    """decimals rule of rules.md §8: |c − v| ≤ 0.5 × 10^−d."""
    v = dec(stated)
    tol = D(5) * D(10) ** (-(decimals(stated) + 1)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def band(total):
    total = D(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


class Checker:
    def __init__(self, text):
        self.t = text
        self.fails = []

    def ok(self, cond, msg):
        if not cond:
            self.fails.append(msg)
        return cond

    def find(self, pat, msg=None):
        """All matches of pat; each must give the same groups (else a conflict)."""
        ms = re.findall(pat, self.t)
        if not ms:
            self.fails.append(f"pattern not found: {msg or pat}")
            return None
        if len(set(ms)) > 1:
            self.fails.append(f"different values for {msg or pat}: {sorted(set(ms))}")
        return ms[0]

    def eq(self, stated, computed, msg):
        return self.ok(close(stated, computed), f"{msg}: stated {stated}, computed {q2(computed)}")


# ---------------------------------------------------------------- generic table checks
def cells(line):
    return line.split("｜")


def unit_of(s):
    s = re.sub(r"^[≥≤＞＜>=<]+", "", s.strip())
    return re.sub(r"^\d+(?:\.\d+)?", "", s).strip()


def direction(target):
    if target.startswith("≥"):
        return "gte"
    if target.startswith("≤"):
        return "lte"
    return "eq"


def indicator_tables(c):
    """Check every ｜ indicator table; return (sum of weights, sum of scores, rows)."""
    lines = c.t.split("\n")
    wsum, ssum, rows = D(0), D(0), 0
    for i, line in enumerate(lines):
        hc = cells(line)
        if "得分" not in hc or not ({"分值", "权重"} & set(hc)):
            continue
        if "年初预算数" in hc:          # funds block, handled by funds_block()
            continue
        wi = hc.index("分值") if "分值" in hc else hc.index("权重")
        si = hc.index("得分")
        ti = next(hc.index(k) for k in ("年度指标值", "目标值") if k in hc)
        ai = next(hc.index(k) for k in ("实际完成值", "业绩值") if k in hc)
        ci = hc.index("完成率") if "完成率" in hc else None
        ni = hc.index("三级指标")
        for row in lines[i + 1:]:
            if "｜" not in row or row.startswith("总分"):
                break
            rc = cells(row)
            name, tgt, act, w, s = rc[ni], rc[ti], rc[ai], rc[wi], rc[si]
            rows += 1
            wsum += dec(w)
            ssum += dec(s)
            c.ok(D(0) <= dec(s) <= dec(w), f"{name}: score {s} outside [0, weight {w}]")
            if not (re.search(r"\d", tgt) and re.search(r"\d", act)):
                continue                   # qualitative row
            c.ok(unit_of(tgt) == unit_of(act), f"{name}: unit of target {tgt} vs actual {act}")
            if unit_of(tgt) != unit_of(act):
                continue
            T, A, W = dec(tgt), dec(act), dec(w)
            kind = direction(tgt)
            if kind == "lte":
                comp = D(100) if A <= T else T / A * 100
            elif T == 0:
                comp = D(100) if A == 0 else D(0)
            else:
                comp = A / T * 100
            if ci is not None and rc[ci] != "—":
                c.eq(rc[ci], comp, f"{name}: 完成率")
            exp = W * min(comp, D(100)) / 100
            alt = W * min(dec(rc[ci]), D(100)) / 100 if ci is not None and rc[ci] != "—" else exp
            c.ok(close(s, exp) or close(s, alt), f"{name}: score {s}, rule gives {q2(exp)}")
    return wsum, ssum, rows


def funds_block(c):
    """MOF-style funds rows (年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分)."""
    lines = c.t.split("\n")
    hdr = next((l for l in lines if "年初预算数" in cells(l) and "得分" in cells(l)), None)
    if hdr is None:
        return None
    hc = cells(hdr)
    idx = {k: hc.index(k) for k in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")}
    rows = {}
    for l in lines:
        rc = cells(l)
        if len(rc) == len(hc) and any(k in l for k in ("资金总额", "财政拨款", "结转资金", "其他资金", "基本支出", "项目支出")):
            key = next(k for k in ("资金总额", "财政拨款", "结转资金", "其他资金", "基本支出", "项目支出") if k in l)
            rows[key] = {k: rc[v] for k, v in idx.items()}
    tot = rows["资金总额"]
    b, x = dec(tot["全年预算数"]), dec(tot["全年执行数"])
    c.ok(x <= b, f"执行数 {x} above 全年预算数 {b}")
    rate = x / b * 100
    c.eq(tot["执行率"], rate, "年度资金总额 执行率")
    w = dec(tot["分值"])
    exp, alt = w * min(rate, D(100)) / 100, w * min(dec(tot["执行率"]), D(100)) / 100
    c.ok(close(tot["得分"], exp) or close(tot["得分"], alt), f"execution score {tot['得分']}, rule gives {q2(exp)}")
    for col in ("年初预算数", "全年预算数", "全年执行数"):
        parts = [k for k in ("财政拨款", "结转资金", "其他资金") if k in rows]
        c.eq(tot[col], sum(dec(rows[k][col]) for k in parts), f"{col}: 总额 vs sum by source")
        if "基本支出" in rows:
            c.eq(tot[col], dec(rows["基本支出"][col]) + dec(rows["项目支出"][col]), f"{col}: 总额 vs 基本+项目")
    for k, r in rows.items():
        if k != "资金总额" and r["执行率"] != "—":
            c.ok(dec(r["全年执行数"]) <= dec(r["全年预算数"]), f"{k}: 执行 above 预算")
            c.eq(r["执行率"], dec(r["全年执行数"]) / dec(r["全年预算数"]) * 100, f"{k} 执行率")
    return tot


def generic(c, year):
    for kw, v in re.findall(r"(执行率|到位率|支出率|兑付率|满意度|合格率|通过率|结案率|可用率)" + NUM + "%", c.t):
        c.ok(D(v) <= 100, f"{kw}{v}% above 100%")
    for y in re.findall(r"结转至(\d{4})年", c.t):
        c.ok(int(y) > year, f"结转至{y}年 in a {year} report")
    for y in re.findall(r"截至(\d{4})年12月31日", c.t):
        c.ok(int(y) == year, f"截至{y}年12月31日 in a {year} report")


def grades(c, total):
    for g in re.findall(r"(?:等级为|属于|自评等级｜|评价等级｜)[“\"]?(优秀|良好|中等|较差|优|良|中|差)", c.t):
        c.ok(g[0] == band(total), f"grade {g} for total {total} (band {band(total)})")


def row(c, name):
    for l in c.t.split("\n"):
        rc = cells(l)
        if name in rc:
            return rc
    c.fails.append(f"table row {name} not found")
    return None


def mof_total(c):
    m = c.find(r"总分｜｜｜｜｜(\d+)｜" + NUM + "｜", "总分 row")
    return m


# ---------------------------------------------------------------- per-draft checks
def puxian(c):
    Y = 2020
    generic(c, Y)
    # funds table with 行次
    names = ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余", "预算到位率(%)", "预算执行率(%)"]
    R = {}
    for l in c.t.split("\n"):
        rc = cells(l)
        if rc[0] in names:
            R[names.index(rc[0]) + 1] = rc[2:]
    c.ok(sorted(R) == list(range(1, 8)), "funds rows (1)-(7)")
    for r in range(1, 6):
        v = [dec(x) for x in R[r]]
        c.eq(R[r][0], v[1] + v[6] + v[7], f"row ({r}) 总额 = 小计 + 结转 + 其他")
        c.eq(R[r][1], v[2] + v[3] + v[4] + v[5], f"row ({r}) 小计 = 中央 + 省 + 市 + 县")
    for j in range(8):
        b, a, x = dec(R[2][j]), dec(R[3][j]), dec(R[4][j])
        c.ok(x <= a <= b, f"column {j}: 执行 ≤ 到位 ≤ 预算")
        c.eq(R[5][j], a - x, f"column {j}: (5)=(3)-(4)")
        if b == 0:
            c.ok(dec(R[6][j]) == 0 and dec(R[7][j]) == 0, f"column {j}: rate on zero base")
        else:
            c.eq(R[6][j], a / b * 100, f"column {j}: (6)=(3)/(2)")
            c.eq(R[7][j], x / b * 100, f"column {j}: (7)=(4)/(2)")
    yr0 = dict(zip(["总", "小计", "中央", "省", "市", "县", "结转", "其他"], R[1]))
    yr = dict(zip(["总", "小计", "中央", "省", "市", "县", "结转", "其他"], R[2]))
    dw = dict(zip(["总", "小计", "中央", "省", "市", "县", "结转", "其他"], R[3]))
    ex = dict(zip(["总", "小计", "中央", "省", "市", "县", "结转", "其他"], R[4]))
    bal = dict(zip(["总", "小计", "中央", "省", "市", "县", "结转", "其他"], R[5]))
    m = c.find(r"省级资金" + NUM + r"万元于(\d{4})年12月提前下达")
    if m:
        c.eq(m[0], dec(yr0["省"]), "省级提前下达 vs 年初 省级")
        c.ok(int(m[1]) in (Y - 1, Y), "advance issue year")
    m = c.find(r"省级追加应急治理资金" + NUM + "万元")
    if m:
        c.eq(m, dec(yr["省"]) - dec(yr0["省"]), "省级追加 = 全年省 − 年初省")
    m = c.find(r"县级年初安排" + NUM + "万元")
    if m:
        c.eq(m, dec(yr0["县"]), "县级年初")
    m = c.find(r"2019年项目结余" + NUM + "万元")
    if m:
        c.eq(m, dec(yr["结转"]), "上年结转")
    m = c.find(r"有" + NUM + "万元未能拨付到位")
    if m:
        c.eq(m, dec(yr["县"]) - dec(dw["县"]), "县级未到位")
    m = c.find(r"应急治理资金" + NUM + "万元实际支出" + NUM + "万元，结余" + NUM + "万元")
    if m:
        c.eq(m[2], dec(m[0]) - dec(m[1]), "应急治理资金 结余")
    m = c.find(r"年末结余资金" + NUM + "万元")
    if m:
        c.eq(m, dec(bal["总"]), "年末结余 vs (5)")
    m = c.find(r"隐患点" + NUM + r"处，其中滑坡" + NUM + "处、崩塌" + NUM + "处、不稳定斜坡" + NUM + "处")
    if m:
        c.eq(m[0], dec(m[1]) + dec(m[2]) + dec(m[3]), "隐患点 by type")
    m = c.find(r"造价分别为" + NUM + "万元、" + NUM + "万元、" + NUM + "万元，平均每处" + NUM + "万元")
    r6 = row(c, "应急治理工程单处平均成本")
    if m:
        c.eq(m[3], (dec(m[0]) + dec(m[1]) + dec(m[2])) / 3, "治理工程平均造价")
        if r6:
            c.eq(r6[4], dec(m[3]), "平均造价 text vs table")
    m = c.find(r"群众" + NUM + "人问卷调查，满意" + NUM + "人，满意度" + NUM + "%")
    rs = row(c, "受威胁群众满意度")
    if m:
        c.eq(m[2], dec(m[1]) / dec(m[0]) * 100, "满意度")
        if rs:
            c.eq(rs[4], dec(m[2]), "满意度 text vs table")
    m = c.find(r"全年预算资金" + NUM + "万元，执行" + NUM + "万元，预算执行率" + NUM + "%，该项扣" + NUM + "分")
    rx = row(c, "预算执行率")
    if m:
        c.eq(m[0], dec(yr["总"]), "text 全年预算 vs (2)")
        c.eq(m[1], dec(ex["总"]), "text 执行 vs (4)")
        c.eq(m[2], dec(m[1]) / dec(m[0]) * 100, "text 执行率")
        if rx:
            c.eq(m[3], dec(rx[2]) - dec(rx[6]), "扣分 = 权重 − 得分")
    if rx:
        c.eq(rx[4], dec(R[7][0]), "预算执行率 业绩值 vs (7)")
        c.eq(rx[5], dec(R[7][0]), "预算执行率 完成率 vs (7)")
        c.eq(rx[6], dec(rx[2]) * min(dec(R[7][0]), D(100)) / 100, "执行率得分")
    for pat, name in ((r"群测群防员实有" + NUM + "人", "群测群防员补助发放（人）"),
                      (r"年内安装" + NUM + "套", "普适型监测设备安装（套）"),
                      (r"覆盖" + NUM + "人次", "防灾知识宣传覆盖（人次）"),
                      (r"，" + NUM + r"处隐患点全部落实", "隐患点巡查排查（处）")):
        m, r = c.find(pat), row(c, name)
        if m and r:
            c.eq(r[4], dec(m), f"{name} text vs table")
    wsum, ssum, n = indicator_tables(c)
    m = c.find(r"合计：权重" + NUM + "，得分" + NUM + "。")
    if m:
        c.eq(m[0], wsum, "Σ 权重")
        c.ok(wsum == 100, f"Σ 权重 = {wsum} ≠ 100")
        c.eq(m[1], ssum, "Σ 得分")
    m = c.find(r"总得分" + NUM + "分")
    if m:
        c.eq(m, ssum, "text 总得分 vs Σ 得分")
        grades(c, dec(m))


def luxi(c):
    Y = 2022
    generic(c, Y)
    tot = funds_block(c)
    wsum, ssum, n = indicator_tables(c)
    wsum += dec(tot["分值"])
    ssum += dec(tot["得分"])
    c.ok(wsum == 100, f"Σ 分值 = {wsum}")
    m = mof_total(c)
    if m:
        c.eq(m[0], wsum, "总分 分值")
        c.eq(m[1], ssum, "总分 得分 vs Σ 得分")
    f = {}
    for l in c.t.split("\n"):
        rc = cells(l)
        for k in ("年度资金总额", "其中：当年财政拨款", "上年结转资金"):
            if len(rc) > 4 and rc[1] == k:
                f[k] = rc[2:5]
    m = c.find(r"年初预算" + NUM + "万元，其中县级财政拨款" + NUM + "万元、上年结转资金" + NUM + "万元")
    if m:
        c.eq(m[0], dec(m[1]) + dec(m[2]), "年初预算 by source")
        c.eq(m[0], dec(f["年度资金总额"][0]), "年初预算 text vs table")
        c.eq(m[1], dec(f["其中：当年财政拨款"][0]), "年初 财政拨款 text vs table")
        c.eq(m[2], dec(f["上年结转资金"][1]), "上年结转 text vs table")
    add = c.find(r"追加森林防火补助" + NUM + "万元，全年预算调整为" + NUM + "万元")
    if add and m:
        c.eq(add[1], dec(m[0]) + dec(add[0]), "全年预算 = 年初 + 追加")
        c.eq(add[1], dec(f["年度资金总额"][1]), "全年预算 text vs table")
    s = c.find(r"全年实际支出" + NUM + "万元，其中专业扑火队伍经费" + NUM + "万元、扑火物资装备购置" + NUM
               + "万元、视频监控系统运行维护" + NUM + "万元、防火宣传" + NUM + "万元、生物防火隔离带建设" + NUM + "万元")
    if s:
        c.eq(s[0], sum(dec(x) for x in s[1:]), "实际支出 by use")
        c.eq(s[0], dec(f["年度资金总额"][2]), "实际支出 text vs table")
    m = c.find(r"森林防火补助当年支出" + NUM + "万元，执行率" + NUM + "%")
    if m and add:
        c.ok(dec(m[0]) <= dec(add[0]), "省级追加 spent above amount")
        c.eq(m[1], dec(m[0]) / dec(add[0]) * 100, "省级追加 执行率")
    m = c.find(r"上年结转资金" + NUM + "万元全部用于")
    if m:
        c.eq(f["上年结转资金"][2], dec(m), "结转 fully spent")
    m = c.find(r"未支出的" + NUM + "万元")
    if m:
        c.eq(m, dec(f["年度资金总额"][1]) - dec(f["年度资金总额"][2]), "未支出 = 全年预算 − 执行")
    m = c.find(r"专业扑火队伍经费" + NUM + "万元中，队员劳务报酬及意外伤害保险" + NUM + "万元，集中训练和伙食补助" + NUM + "万元")
    if m:
        c.eq(m[0], dec(m[1]) + dec(m[2]), "队伍经费 split")
        if s:
            c.eq(m[0], dec(s[1]), "队伍经费 twice")
    m = c.find(r"新建木荷生物防火隔离带" + NUM + "公里，按每公里" + NUM + "万元")
    if m and s:
        c.eq(s[5], dec(m[0]) * dec(m[1]), "隔离带 km × 单价")
    for pat, name in ((r"实有队员" + NUM + "人", "专业扑火队员"),
                      (r"新建木荷生物防火隔离带" + NUM + "公里", "新建生物防火隔离带"),
                      (r"新增林火视频监控点" + NUM + "个，全县", "新增林火视频监控点"),
                      (r"活动" + NUM + "场次", "防火宣传活动"),
                      (r"发生一般森林火灾" + NUM + "起", "森林火灾发生起数"),
                      (r"森林覆盖率保持在" + NUM + "%", "森林覆盖率"),
                      (r"受害率" + NUM + "‰", "森林火灾受害率"),
                      (r"满意度" + NUM + "%", "林区群众满意度")):
        v, r = c.find(pat), row(c, name)
        if v and r:
            c.ok(unit_of(r[4]) and dec(r[4]) == dec(v), f"{name}: text {v} vs table {r[4]}")
    m = c.find(r"森林面积" + NUM + "万公顷")
    h = c.find(r"受害森林面积" + NUM + "公顷，森林火灾受害率" + NUM + "‰")
    if m and h:
        c.eq(h[1], dec(h[0]) / (dec(m) * 10000) * 1000, "受害率 ‰")
    m = c.find(r"自评得分" + NUM + "分")
    if m:
        c.eq(m, ssum, "text 自评得分 vs Σ 得分")
        grades(c, dec(m))


def mojiang(c):
    Y = 2019
    generic(c, Y)
    m = c.find(r"每亩补助" + NUM + "元，其中现金补助" + NUM + "元、种苗造林费" + NUM + "元")
    if m:
        c.eq(m[0], dec(m[1]) + dec(m[2]), "补助标准")
        k = c.find(r"第一年每亩" + NUM + "元、第三年每亩" + NUM + "元、第五年每亩" + NUM + "元")
        if k:
            c.eq(m[1], dec(k[0]) + dec(k[1]) + dec(k[2]), "现金补助分三次")
    top = c.find(r"补助资金" + NUM + r"万元，其中(\d{4})年12月提前下达" + NUM + r"万元，(\d{4})年6月下达" + NUM + "万元")
    if top:
        c.eq(top[0], dec(top[2]) + dec(top[4]), "下达 by batch")
        c.ok(int(top[1]) == Y - 1 and int(top[3]) == Y, "issue years")
    a = c.find(r"2014年度任务第三次补助" + NUM + "万元（" + NUM + "万亩，每亩" + NUM + "元）")
    b = c.find(r"2016年度任务第二次补助" + NUM + "万元（" + NUM + "万亩，每亩" + NUM + "元）")
    d = c.find(r"2018年度任务第一次补助" + NUM + "万元（" + NUM + "万亩，其中现金补助每亩" + NUM + "元计" + NUM
               + "万元，种苗造林费每亩" + NUM + "元计" + NUM + "万元）")
    if a and b and d:
        c.eq(a[0], dec(a[1]) * dec(a[2]), "2014 area × rate")
        c.eq(b[0], dec(b[1]) * dec(b[2]), "2016 area × rate")
        c.eq(d[3], dec(d[1]) * dec(d[2]), "2018 cash")
        c.eq(d[5], dec(d[1]) * dec(d[4]), "2018 seedlings")
        c.eq(d[0], dec(d[3]) + dec(d[5]), "2018 total")
        if top:
            c.eq(top[0], dec(a[0]) + dec(b[0]) + dec(d[0]), "下达 = Σ task years")
    m = c.find(r"工作经费" + NUM + "万元，用于[^，]+，当年支出" + NUM + "万元，执行率" + NUM + "%")
    if m:
        c.ok(dec(m[1]) <= dec(m[0]), "工作经费 spent above budget")
        c.eq(m[2], dec(m[1]) / dec(m[0]) * 100, "工作经费 执行率")
    m = c.find(r"2018年度" + NUM + "万亩任务分布在联珠镇" + NUM + "万亩、通关镇" + NUM + "万亩、碧溪镇" + NUM + "万亩、新抚镇" + NUM + "万亩")
    if m:
        c.eq(m[0], sum(dec(x) for x in m[1:]), "2018 task by township")
    p = c.find(r"兑付补助资金" + NUM + "万元。其中：2014年度任务" + NUM + "万元全部兑付；2016年度任务经检查验收合格面积" + NUM
               + "万亩，兑付" + NUM + "万元，另有" + NUM + "万亩因保存率不达标暂缓兑付，涉及资金" + NUM
               + "万元；2018年度任务现金补助" + NUM + "万元全部兑付，种苗造林费支出" + NUM + "万元，剩余" + NUM + "万元")
    if p and a and b and d:
        c.eq(p[1], dec(a[0]), "2014 paid in full")
        c.eq(p[3], dec(p[2]) * dec(b[2]), "2016 paid = area × 300")
        c.eq(p[5], dec(p[4]) * dec(b[2]), "2016 withheld = area × 300")
        c.eq(b[1], dec(p[2]) + dec(p[4]), "2016 area = ok + withheld")
        c.eq(b[0], dec(p[3]) + dec(p[5]), "2016 amount = paid + withheld")
        c.eq(p[6], dec(d[3]), "2018 cash paid in full")
        c.eq(d[5], dec(p[7]) + dec(p[8]), "2018 seedlings = spent + left")
        c.eq(p[0], dec(p[1]) + dec(p[3]) + dec(p[6]) + dec(p[7]), "Σ paid")
    m = c.find(r"未兑付的" + NUM + "万元")
    if m and p and top:
        c.eq(m, dec(top[0]) - dec(p[0]), "未兑付 = 下达 − 兑付")
        c.eq(m, dec(p[5]) + dec(p[8]), "未兑付 = withheld + left")
    h = c.find(r"退耕农户" + NUM + "户，户均获得补助" + NUM + "元")
    if h and p:
        c.eq(h[1], dec(p[0]) * 10000 / dec(h[0]), "户均补助")
    m = c.find(r"户均获得补助" + NUM + "元，超过")
    if m and h:
        c.eq(m, dec(h[1]), "户均补助 twice")
    m = c.find(r"贫困户" + NUM + "户，兑付补助" + NUM + "万元，占兑付总额的" + NUM + "%")
    if m and p:
        c.eq(m[2], dec(m[1]) / dec(p[0]) * 100, "贫困户 share")
    ex = c.find(r"全年预算" + NUM + "万元，执行" + NUM + "万元，执行率" + NUM + "%，得" + NUM + "分")
    if ex:
        if top:
            c.eq(ex[0], dec(top[0]), "全年预算 = 下达")
        if p:
            c.eq(ex[1], dec(p[0]), "执行 = 兑付")
        rate = dec(ex[1]) / dec(ex[0]) * 100
        c.eq(ex[2], rate, "执行率")
        c.ok(close(ex[3], 10 * rate / 100) or close(ex[3], dec(ex[2]) / 10), "执行率得分")
    w = c.find(r"预算执行率" + NUM + "分、产出指标" + NUM + "分、效益指标" + NUM + "分、满意度指标" + NUM + "分，合计" + NUM + "分")
    if w:
        c.eq(w[4], sum(dec(x) for x in w[:4]), "Σ 一级权重")
        c.ok(dec(w[4]) == 100, "Σ 权重 ≠ 100")
    ar = c.find(r"目标" + NUM + "万亩，实际兑现" + NUM + "万亩，完成" + NUM + "%，得" + NUM + "分")
    if ar:
        c.eq(ar[2], dec(ar[1]) / dec(ar[0]) * 100, "兑现面积 完成率")
        c.eq(ar[3], 20 * dec(ar[1]) / dec(ar[0]), "兑现面积 得分 (weight 20)")
        if a and p and d:
            c.eq(ar[1], dec(a[1]) + dec(p[2]) + dec(d[1]), "兑现面积 = Σ paid areas")
            c.eq(ar[0], dec(a[1]) + dec(b[1]) + dec(d[1]), "目标面积 = Σ task areas")
    m = c.find(r"保存率分别为" + NUM + "%、" + NUM + "%、" + NUM + "%，平均" + NUM + "%")
    if m:
        c.eq(m[3], (dec(m[0]) + dec(m[1]) + dec(m[2])) / 3, "平均保存率")
    m = c.find(r"调查退耕农户" + NUM + "户，满意" + NUM + "户，满意度" + NUM + "%")
    if m:
        c.eq(m[2], dec(m[1]) / dec(m[0]) * 100, "满意度")
    # section scores
    out = re.search(r"（二）产出指标（(\d+)分）。(.*?)产出指标合计得" + NUM + "分", c.t, re.S)
    ben = re.search(r"（三）效益指标（(\d+)分）。(.*?)效益指标合计得" + NUM + "分", c.t, re.S)
    sat = re.search(r"（四）满意度指标（(\d+)分）。.*?得" + NUM + "分", c.t, re.S)
    if c.ok(bool(out and ben and sat), "section scores"):
        ws = [int(x) for x in re.findall(r"（(\d+)分）", out.group(2))]
        ss = [D(x) for x in re.findall(r"得" + NUM + "分", out.group(2))]
        c.ok(sum(ws) == int(out.group(1)), f"产出 item weights {ws}")
        c.ok(all(s <= w for s, w in zip(ss, ws)), "产出 item score above weight")
        c.eq(out.group(3), sum(ss), "产出合计")
        bs = [D(x) for x in re.findall(r"得" + NUM + "分", ben.group(2))]
        c.ok(all(s <= 10 for s in bs), "效益 item above 10")
        c.eq(ben.group(3), sum(bs), "效益合计")
        c.ok(dec(sat.group(2)) <= int(sat.group(1)), "满意度 score above weight")
        total = dec(ex[3]) + dec(out.group(3)) + dec(ben.group(3)) + dec(sat.group(2))
        t = c.find(r"总得分" + NUM + "分")
        if t:
            c.eq(t, total, "总得分 = Σ sections")
            grades(c, dec(t))


def dongning(c):
    Y = 2024
    generic(c, Y)
    tot = funds_block(c)
    wsum, ssum, n = indicator_tables(c)
    wsum += dec(tot["分值"])
    ssum += dec(tot["得分"])
    c.ok(wsum == 100, f"Σ 分值 = {wsum}")
    m = mof_total(c)
    if m:
        c.eq(m[0], wsum, "总分 分值")
        c.eq(m[1], ssum, "总分 得分 vs Σ 得分")
    f = {}
    for l in c.t.split("\n"):
        rc = cells(l)
        for key, k in (("年度资金总额", "总"), ("其中：财政拨款", "拨款"), ("上年结转资金", "结转"),
                       ("按支出性质分：基本支出", "基本"), ("项目支出", "项目")):
            if rc[0] == key and len(rc) == 7:
                f[k] = rc[1:4]
    y0 = c.find(r"部门年初预算" + NUM + "万元，其中基本支出" + NUM + "万元，项目支出" + NUM + "万元")
    if y0:
        c.eq(y0[0], dec(y0[1]) + dec(y0[2]), "年初 基本+项目")
        c.eq(y0[0], dec(f["总"][0]), "年初 text vs table")
        c.eq(y0[1], dec(f["基本"][0]), "年初基本 text vs table")
        c.eq(y0[2], dec(f["项目"][0]), "年初项目 text vs table")
    ad = c.find(r"追加基本支出" + NUM + "万元，省自然资源厅追加乡镇国土空间规划编制补助" + NUM + "万元，另有2023年结转的规划编制资金"
                + NUM + "万元纳入本年预算，全年预算调整为" + NUM + "万元")
    if ad and y0:
        c.eq(ad[3], dec(y0[0]) + dec(ad[0]) + dec(ad[1]) + dec(ad[2]), "全年 = 年初 + 调整")
        c.eq(ad[3], dec(f["总"][1]), "全年 text vs table")
        c.eq(f["基本"][1], dec(y0[1]) + dec(ad[0]), "基本 全年")
        c.eq(f["项目"][1], dec(y0[2]) + dec(ad[1]) + dec(ad[2]), "项目 全年")
        c.eq(f["结转"][1], dec(ad[2]), "上年结转")
        c.eq(f["拨款"][1], dec(y0[0]) + dec(ad[0]) + dec(ad[1]), "财政拨款 全年")
    m = c.find(r"全年执行" + NUM + "万元，全年结余" + NUM + "万元")
    if m:
        c.eq(m[0], dec(f["总"][2]), "执行 text vs table")
        c.eq(m[1], dec(f["总"][1]) - dec(m[0]), "结余 = 全年 − 执行")
    m = c.find(r"基本支出全年预算" + NUM + "万元，全部执行")
    if m:
        c.eq(m, dec(f["基本"][1]), "基本 全年")
        c.eq(f["基本"][2], dec(m), "基本 fully spent")
    pj = c.find(r"项目支出全年预算" + NUM + "万元，执行" + NUM + "万元，执行率" + NUM + "%")
    if pj:
        c.eq(pj[0], dec(f["项目"][1]), "项目 全年 text vs table")
        c.eq(pj[1], dec(f["项目"][2]), "项目 执行 text vs table")
        c.eq(pj[2], dec(pj[1]) / dec(pj[0]) * 100, "项目 执行率")
    ps = c.find(r"国土空间总体规划编制" + NUM + "万元，执行" + NUM + "万元；耕地保护及动态巡查" + NUM + "万元，全部执行；地籍调查和确权登记"
                + NUM + "万元，执行" + NUM + "万元；自然资源执法及卫片监测" + NUM + "万元，执行" + NUM + "万元")
    if ps and pj:
        c.eq(pj[0], dec(ps[0]) + dec(ps[2]) + dec(ps[3]) + dec(ps[5]), "项目 budgets")
        c.eq(pj[1], dec(ps[1]) + dec(ps[2]) + dec(ps[4]) + dec(ps[6]), "项目 spending")
    k = c.find(r"合同价" + NUM + "万元，已按合同支付90%即" + NUM + "万元")
    if k:
        c.eq(k[1], dec(k[0]) * D("0.9"), "90% of 合同价")
        r = row(c, "市级总规编制合同价")
        if r:
            c.eq(r[4], dec(k[0]), "合同价 text vs table")
    tw = c.find(r"乡镇国土空间规划编制合同合计" + NUM + "万元，其中绥阳镇" + NUM + "万元、大肚川镇" + NUM + "万元、老黑山镇" + NUM
                + "万元、道河镇" + NUM + "万元、三岔口镇" + NUM + "万元、东宁镇" + NUM + "万元，平均每个乡镇" + NUM + "万元，年内已支付"
                + NUM + "万元")
    if tw:
        parts = [dec(x) for x in tw[1:7]]
        c.eq(tw[0], sum(parts), "乡镇合同合计")
        c.eq(tw[7], sum(parts) / 6, "乡镇平均")
        if ps and k:
            c.eq(ps[0], dec(k[0]) + dec(tw[0]), "规划项目 = 市级 + 乡镇")
            c.eq(ps[1], dec(k[1]) + dec(tw[8]), "规划项目执行 = 市级已付 + 乡镇已付")
    m = c.find(NUM + r"个乡镇国土空间规划全部完成编制，其中" + NUM + "个一次通过市级审查")
    g = c.find(r"一次通过率" + NUM + "%")
    if m and g:
        c.eq(g, dec(m[1]) / dec(m[0]) * 100, "一次通过率")
        r = row(c, "乡镇规划成果审查一次通过率")
        if r:
            c.eq(r[4], dec(g), "一次通过率 text vs table")
    for pat, name in ((r"巡查覆盖" + NUM + "个行政村", "耕地动态巡查覆盖行政村"),
                      (r"按期提交率" + NUM + "%", "地籍调查成果按期提交率"),
                      (r"结案率" + NUM + "%", "违法用地案件结案率"),
                      (r"企业满意度" + NUM + "%", "办事群众和企业满意度")):
        v, r = c.find(pat), row(c, name)
        if v and r:
            c.ok(dec(r[4]) == dec(v), f"{name}: text {v} vs table {r[4]}")
    m = c.find(r"违法用地案件" + NUM + "件，结案" + NUM + "件，结案率" + NUM + "%")
    if m:
        c.eq(m[2], dec(m[1]) / dec(m[0]) * 100, "结案率")
    m = c.find(r"实有人员" + NUM + "人，其中行政编制" + NUM + "人、事业编制" + NUM + "人")
    if m:
        c.eq(m[0], dec(m[1]) + dec(m[2]), "人员")
    m = c.find(r"绩效得分" + NUM + "分")
    if m:
        c.eq(m, ssum, "text 得分 vs Σ 得分")
        grades(c, dec(m))


def jingan(c):
    Y = 2021
    generic(c, Y)
    tot = funds_block(c)
    wsum, ssum, n = indicator_tables(c)
    wsum += dec(tot["分值"])
    ssum += dec(tot["得分"])
    c.ok(wsum == 100, f"Σ 分值 = {wsum}")
    m = mof_total(c)
    if m:
        c.eq(m[0], wsum, "总分 分值")
        c.eq(m[1], ssum, "总分 得分 vs Σ 得分")
    b = c.find(r"年初预算" + NUM + "万元，年中根据政府采购结果调减" + NUM + "万元，全年预算" + NUM + "万元，其中登记系统运维服务" + NUM
               + "万元、电子证照及“一网通办”接口改造" + NUM + "万元、档案数字化" + NUM + "万元（扫描费按" + NUM + "万页、每页" + NUM
               + "元测算为" + NUM + "万元，质检监理" + NUM + "万元）")
    if b:
        c.eq(b[2], dec(b[0]) - dec(b[1]), "全年 = 年初 − 调减")
        c.eq(b[2], dec(b[3]) + dec(b[4]) + dec(b[5]), "全年 by item")
        c.eq(b[8], dec(b[6]) * dec(b[7]), "扫描费 = 页数 × 单价")
        c.eq(b[5], dec(b[8]) + dec(b[9]), "档案数字化 = 扫描 + 监理")
        c.eq(b[0], dec(tot["年初预算数"]), "年初 text vs table")
        c.eq(b[2], dec(tot["全年预算数"]), "全年 text vs table")
    x = c.find(r"全年执行" + NUM + "万元，其中运维服务费" + NUM + "万元按季度考核后全额支付；接口改造按合同支付至90%，计" + NUM
               + "万元，[^；]*；档案数字化支付" + NUM + "万元，其中扫描费" + NUM + "万元、质检监理" + NUM + "万元。未执行的" + NUM + "万元")
    if x and b:
        c.eq(x[0], dec(x[1]) + dec(x[2]) + dec(x[3]), "执行 by item")
        c.eq(x[1], dec(b[3]), "运维 fully paid")
        c.eq(x[2], dec(b[4]) * D("0.9"), "接口改造 90%")
        c.eq(x[3], dec(x[4]) + dec(x[5]), "档案数字化 paid")
        c.eq(x[5], dec(b[9]), "质检监理 fully paid")
        c.eq(x[6], dec(b[2]) - dec(x[0]), "未执行 = 全年 − 执行")
        c.eq(x[0], dec(tot["全年执行数"]), "执行 text vs table")
    s = c.find(r"全年完成扫描" + NUM + "万页，为年度目标" + NUM + "万页的" + NUM + "%，质检合格率" + NUM + "%，结算单价每页" + NUM + "元")
    if s:
        c.eq(s[2], dec(s[0]) / dec(s[1]) * 100, "扫描 完成率")
        if x:
            c.eq(x[4], dec(s[0]) * dec(s[4]), "扫描费 = 页数 × 单价")
        for v, name in ((s[0], "历史档案数字化扫描"), (s[3], "扫描图像质检合格率"), (s[4], "档案数字化扫描单价")):
            r = row(c, name)
            if r:
                c.ok(dec(r[4]) == dec(v), f"{name}: text {v} vs table {r[4]}")
    o = c.find(r"全年受理不动产登记业务" + NUM + "万件，其中全程网上办理" + NUM + "万件，全程网办率" + NUM + "%，网上申请业务平均" + NUM + "个工作日办结")
    if o:
        c.eq(o[2], dec(o[1]) / dec(o[0]) * 100, "全程网办率")
        for v, name in ((o[2], "登记业务全程网办率"), (o[3], "网上申请业务平均办结时限")):
            r = row(c, name)
            if r:
                c.ok(dec(r[4]) == dec(v), f"{name}: text {v} vs table {r[4]}")
        e = c.find(r"更正登记" + NUM + "件，占全部登记业务的" + NUM + "%")
        if e:
            c.eq(e[1], dec(e[0]) / (dec(o[0]) * 10000) * 100, "差错率")
    m = c.find(r"中断服务" + NUM + "小时，年度可用率" + NUM + "%")
    if m:
        c.eq(m[1], (1 - dec(m[0]) / 8760) * 100, "可用率")
    m = c.find(r"回收有效问卷" + NUM + "份，满意" + NUM + "份，满意度" + NUM + "%")
    if m:
        c.eq(m[2], dec(m[1]) / dec(m[0]) * 100, "满意度")
        r = row(c, "办事群众满意度")
        if r:
            c.ok(dec(r[4]) == dec(m[2]), "满意度 text vs table")
    m = c.find(r"完成电子证照、网上申请、税费联办等" + NUM + "个接口")
    r = row(c, "电子证照及“一网通办”接口改造")
    if m and r:
        c.ok(dec(r[4]) == dec(m), "接口 text vs table")
    m = c.find(r"自评得分" + NUM + "分")
    if m:
        c.eq(m, ssum, "text 自评得分 vs Σ 得分")
        grades(c, dec(m))


DRAFTS = {
    "puxian-dizaifangzhi-2020": puxian,
    "jx-luxi-senlinfanghuo-2022": luxi,
    "mojiang-tuigeng-2019": mojiang,
    "dongning-zrzybumen-2024": dongning,
    "sh-jingan-budongchan-2021": jingan,
}


def run_checks(source, text):
    c = Checker(text)
    try:
        DRAFTS[source](c)
    except Exception as exc:          # a broken parse counts as a failure
        c.fails.append(f"exception {type(exc).__name__}: {exc}")
    return c.fails


def occurrences(text, value):
    out, i = [], text.find(value)
    while i >= 0:
        out.append((i, i + len(value)))
        i = text.find(value, i + 1)
    return out


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    codes = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        src = lab["source"]
        n = len(text)
        if lab["clean"]:
            if not 3000 <= n <= 9000:
                problems.append(f"{lab['case']}: {n} characters")
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with expected findings")
            fails = run_checks(src, text)
            for f in fails:
                problems.append(f"{lab['case']}: {f}")
            continue
        clean = open(os.path.join(CASES, f"{src}-clean.txt"), encoding="utf-8").read()
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected must hold exactly one error")
        for e in lab["expected"]:
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            occ = occurrences(text, e["value"])
            if not occ:
                problems.append(f"{lab['case']}: value {e['value']!r} not in case")
            # one place: all differing opcodes fall inside one short window
            sm = difflib.SequenceMatcher(None, clean, text, autojunk=False)
            ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
            if not ops:
                problems.append(f"{lab['case']}: identical to clean")
                continue
            lo, hi = min(op[3] for op in ops), max(op[4] for op in ops)
            if hi - lo > 120:
                problems.append(f"{lab['case']}: changes spread over {hi - lo} characters")
            if not any(s <= hi and lo <= e2 for s, e2 in occ):
                problems.append(f"{lab['case']}: value does not cover the change")
        fails = run_checks(src, text)
        if not fails:
            problems.append(f"{lab['case']}: injected error not caught by the arithmetic checks")
        if VERBOSE:
            print(f"{lab['case']} [{lab['expected'][0]['code']}]")
            for f in fails:
                print("    ", f)
    needed = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in needed:
        if codes.get(code, 0) < 2:
            problems.append(f"code {code} occurs {codes.get(code, 0)} times (< 2)")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} injected errors, codes: "
          + ", ".join(f"{k}={v}" for k, v in sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
