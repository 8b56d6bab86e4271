#!/usr/bin/env python3
"""Verify set n72: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Run after build.py; prints OK or the list of problems and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

import build

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
NCHECKS = [0]

FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
CN_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def problem(msg):
    PROBLEMS.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def cn2int(s):
    """Chinese numeral (< 1e8) to int: 一百二十六 -> 126, 十二 -> 12."""
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIG:
            num = CN_DIG[ch]
        elif ch in CN_UNIT:
            u = CN_UNIT[ch]
            if u == 10000:
                total += (section + num) * u
                section, num = 0, 0
            else:
                section += (num if num else 1) * u
                num = 0
        else:
            raise ValueError(s)
    return total + section + num


def num(s):
    """Stated number as written (ASCII, full-width or Chinese) -> (Decimal, decimals)."""
    s = s.translate(FW).replace(",", "").rstrip("%")
    if s and all(ch in CN_DIG or ch in CN_UNIT for ch in s):
        return D(cn2int(s)), 0
    d = len(s.split(".")[1]) if "." in s else 0
    return D(s), d


def consistent(value, stated):
    v, d = num(stated)
    return abs(D(value) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


class Facts:
    def __init__(self, name, text):
        self.name, self.text = name, text

    def F(self, value, stated, snippet):
        """value computed from other stated numbers; `stated` must sit in `snippet`, which must be in the text."""
        NCHECKS[0] += 1
        if snippet not in self.text:
            problem(f"{self.name}: snippet not in clean draft: {snippet!r}")
        elif stated not in snippet:
            problem(f"{self.name}: stated {stated!r} not inside snippet {snippet!r}")
        if not consistent(value, stated):
            problem(f"{self.name}: computed {D(value):.6f} != stated {stated} ({snippet})")

    def has(self, *snippets):
        for s in snippets:
            NCHECKS[0] += 1
            if s not in self.text:
                problem(f"{self.name}: snippet not in clean draft: {s!r}")


def grade_of(total):
    total = D(total)
    return "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"


# ---------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cur.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    res = []
    for t in out:
        header, rows = t[0], [r for r in t[2:]]
        res.append((header, [dict(zip(header, r)) | {"_cells": r} for r in rows]))
    return res


SIGN = re.compile(r"^(≥|≤|=)?\s*(-?[0-9.]+)\s*(.*)$")
DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日(前)?$")


def check_indicator_row(name, row, wcol, scol, ccol):
    """Score and completion of one quantitative row under rules §5 (gte / lte / eq as gte)."""
    target, actual = row.get("年度指标值") or row.get("目标值") or row.get("指标值"), \
        row.get("实际完成值") or row.get("业绩值")
    w, s = D(row[wcol]), D(row[scol])
    label = row.get("三级指标", "?")
    NCHECKS[0] += 1
    if s < 0 or s > w:
        problem(f"{name}: row {label}: score {s} outside [0, {w}]")
    tm, am = DATE.match(target or ""), DATE.match(actual or "")
    if tm and am:
        if tuple(map(int, am.groups()[:3])) > tuple(map(int, tm.groups()[:3])) or s != w:
            problem(f"{name}: row {label}: date target {target} / actual {actual} / score {s}")
        if ccol and row.get(ccol) not in ("100%", "—"):
            problem(f"{name}: row {label}: date row completion {row.get(ccol)}")
        return
    mt, ma = SIGN.match(target or ""), SIGN.match(actual or "")
    if not (mt and ma):  # qualitative
        if actual == target and s != w:
            problem(f"{name}: row {label}: achieved qualitative row not at full weight")
        if ccol and row.get(ccol) not in ("—", "100%"):
            problem(f"{name}: row {label}: qualitative completion {row.get(ccol)}")
        return
    sign, T, tu = mt.groups()
    _, A, au = ma.groups()
    T, A = D(T), D(A)
    if tu and au and tu != au:
        problem(f"{name}: row {label}: unit {tu!r} vs {au!r}")
    if sign == "≤":
        comp = D(100) if A <= T else (T / A * 100)
    else:
        comp = A / T * 100
    exp_score = w * min(comp, D(100)) / 100
    if not consistent(exp_score, row[scol]):
        problem(f"{name}: row {label}: score {row[scol]} but rule gives {r2(exp_score)}")
    if ccol:
        c = row.get(ccol)
        if c and c != "—" and not consistent(comp, c):
            problem(f"{name}: row {label}: completion {c} but {r2(comp)}%")


def check_score_table(name, header, rows, extra_weight=D(0), extra_score=D(0)):
    """Leaf rows, optional 小计 rows and the 合计/总分 row."""
    wcol = "分值"
    scol = "得分"
    ccol = "完成率" if "完成率" in header else None
    leaf_w, leaf_s = D(0), D(0)
    by_level1 = {}
    total = None
    for row in rows:
        first = row["_cells"][0]
        if first in ("合计", "总分"):
            total = row
            continue
        if first.endswith("小计"):
            NCHECKS[0] += 1
            lw, ls = by_level1.get(first[:-2], (None, None))
            if lw is None or D(row[wcol]) != lw or D(row[scol]) != ls:
                problem(f"{name}: {first}: stated {row[wcol]}/{row[scol]}, rows give {lw}/{ls}")
            continue
        check_indicator_row(name, row, wcol, scol, ccol)
        w, s = D(row[wcol]), D(row[scol])
        leaf_w += w
        leaf_s += s
        lv = row.get("一级指标")
        bw, bs = by_level1.get(lv, (D(0), D(0)))
        by_level1[lv] = (bw + w, bs + s)
    NCHECKS[0] += 2
    if total is None:
        problem(f"{name}: no total row")
        return None, by_level1
    if leaf_w + extra_weight != D(100) or D(total[wcol]) != D(100):
        problem(f"{name}: weights sum {leaf_w + extra_weight}, total row {total[wcol]}")
    if leaf_s + extra_score != D(total[scol]):
        problem(f"{name}: scores sum {leaf_s + extra_score}, total row {total[scol]}")
    return D(total[scol]), by_level1


def check_mof_funds(name, header, rows):
    """MOF funds block: components add up per column; rate and score of the total row."""
    cols = ["年初预算数", "全年预算数", "全年执行数"]
    tot = rows[0]
    for c in cols:
        NCHECKS[0] += 1
        parts = sum(D(r[c]) for r in rows[1:])
        if parts != D(tot[c]):
            problem(f"{name}: funds column {c}: components {parts} vs total {tot[c]}")
    rate = D(tot["全年执行数"]) / D(tot["全年预算数"]) * 100
    NCHECKS[0] += 2
    if not consistent(rate, tot["执行率"]):
        problem(f"{name}: funds rate {tot['执行率']} vs {r2(rate)}")
    if not consistent(D(tot["分值"]) * min(rate, D(100)) / 100, tot["得分"]):
        problem(f"{name}: funds score {tot['得分']}")
    for r in rows[1:]:
        if r["执行率"] not in ("—",):
            if D(r["全年预算数"]) == 0:
                problem(f"{name}: rate on zero base in row {r['_cells'][0]}")
            elif not consistent(D(r["全年执行数"]) / D(r["全年预算数"]) * 100, r["执行率"]):
                problem(f"{name}: row {r['_cells'][0]} rate {r['执行率']}")
    return D(tot["分值"]), D(tot["得分"])


def find_table(tabs, *cols):
    for header, rows in tabs:
        if all(c in header for c in cols):
            return header, rows
    raise SystemExit(f"table with {cols} not found")


# ---------------------------------------------------------------- per project
def p_zhaoping(f, tabs):
    F, has = f.F, f.has
    F(D("218.00") + D("92.00") + D("50.00"), "360.00", "年初安排当年财政拨款360.00万元")
    F(D("360.00") + D("15.60"), "375.60", "年初预算合计375.60万元")
    F(D("360.00") + D("20.00"), "380.00", "当年财政拨款调整为380.00万元")
    F(D("380.00") + D("15.60"), "395.60", "全年预算395.60万元")
    F(D("50.00") + D("20.00"), "70.00", "县级配套及追加资金70.00万元")
    F(D("218.00") + D("92.00") + D("70.00") + D("15.60"), "395.60", "全年实际到位资金395.60万元")
    F(D(100), "100%", "到位率100%")
    F(D("376.85") / D("395.60") * 100, "95.26%", "预算执行率95.26%")
    F(D("361.25") / D("380.00") * 100, "95.07%", "执行361.25万元，执行率95.07%")
    F(D("361.25") + D("15.60"), "376.85", "全年实际支出376.85万元")
    F(D("318.78") + D("24.32") + D("27.00") + D("6.75"), "376.85", "以上合计376.85万元")
    F(D("318.78") / 126, "2.53", "平均每处2.53万元")
    F(D(608 * 400) / 10000, "24.32", "水质检测24.32万元，委托县农村供水水质检测中心检测水样608份，每份400元")
    F(D(cn2int("一百五十") * 1800) / 10000, "27.00", "村级管水员补助27.00万元，为一百五十名村级管水员发放全年补助，每人每年1800元")
    F(D(cn2int("三") * 0 + 450 * 150) / 10000, "6.75", "宣传及培训6.75万元，举办管水员培训班三期，培训450人次，人均150元")
    F(D("395.60") - D("376.85"), "18.75", "工程质保金18.75万元结转至2022年")
    F(D(42 + 344), "３８６", "３８６处，其中千人以上工程４２处、千人以下工程３４４处")
    F(D(cn2int("一百二十") + cn2int("六")), "一百二十六", "确定列入年度计划一百二十处；水毁发生后增补六处，全年实施一百二十六处")
    F(D(126) / 120 * 100, "105.00", "维修养护农村集中供水工程126处，完成年度目标（≥120处）的105.00%")
    F(D(126 - 98), "二十八", "较二〇二〇年的98处增加二十八处")
    costs = [D(x) for x in ("8.60", "7.20", "6.90", "5.80", "4.50", "3.40")]
    F(D(len(costs)), "6", "“6·14”水毁工程6处")
    F(sum(costs) / len(costs), "6.07", "平均每处6.07万元")
    has("分别为8.60万元、7.20万元、6.90万元、5.80万元、4.50万元、3.40万元")
    F(D(563) / 608 * 100, "92.6", "抽检水样608份，合格563份，水质检测合格率92.6%")
    F(D("92.6") / 95 * 100, "97.47", "完成年度目标（≥95%）的97.47%")
    F(D("8.72") / D("8.5") * 100, "102.59", "完成年度目标的102.59%")
    F(D(482) / 500 * 100, "96.4", "收回482份，回收率96.4%")
    F(D(450) / 482 * 100, "93.4", "满意及基本满意的450份，满意度93.4%")
    F(D(95) - D("92.6"), "2.4", "比目标低2.4个百分点")
    h, rows = find_table(tabs, "年初预算数", "分值")
    ew, es = check_mof_funds(f.name, h, rows)
    F(es, "9.53", "预算执行率得分9.53分")
    h, rows = find_table(tabs, "三级指标", "分值")
    total, lv = check_score_table(f.name, h, rows, ew, es)
    F(lv["产出指标"][1], "49.75", "产出指标得分49.75分")
    F(lv["效益指标"][1], "27", "效益指标得分27分")
    F(lv["满意度指标"][1], "10", "满意度指标得分10分")
    F(total, "96.28", "自评总分96.28分")
    has(f"评价等级为“{grade_of(total)}”", f"评价等级：{grade_of(total)}")


def p_lianping(f, tabs):
    F, has = f.F, f.has
    F(D("120.00") + D("65.00"), "185.00", "项目全年预算185.00万元，其中省级河长制工作补助资金120.00万元、县级财政安排65.00万元")
    F(D(100), "１００", "到位资金１８５．００万元，到位率１００％")
    parts = [D(x) for x in ("96.00", "18.00", "32.40", "9.60", "6.40", "11.16")]
    F(sum(parts), "173.56", "全年支出173.56万元，其中河道保洁购买服务96.00万元")
    has("“清四乱”整治32.40万元、河湖健康评价9.60万元、河长制培训及宣传6.40万元、巡河APP运维11.16万元")
    F(D("173.56") / D("185.00") * 100, "93.82", "预算执行率93.82%，较2021年的89.65%")
    F(D("93.82") - D("89.65"), "4.17", "提高4.17个百分点")
    F(D("185.00") - D("173.56"), "11.44", "年末结余11.44万元")
    F(D("4.80") + D("6.64"), "11.44", "仍有11.44万元未支出")
    has("合同尾款4.80万元结转至2023年", "其余6.64万元")
    F(D("96.00") / 160, "0.60", "共160公里实施常态化保洁，合同价96.00万元，折合每公里每年0.60万元")
    F(D(120 * 1500) / 10000, "18.00", "全年更新维护河长公示牌120块，每块1500元，共18.00万元")
    F(D(63) / 64 * 100, "98.44", "问题64宗，已整改销号63宗，整改率98.44%")
    F(D(2) * D("4.80"), "9.60", "河湖健康评价9.60万元")
    F(D(320 * 200) / 10000, "6.40", "培训320人次，每人次200元，共6.40万元")
    F(D(5236 - 4800), "436", "巡河5236次，超出年度目标436次")
    F(D(2) / 3 * 100, "66.67", "河湖健康评价完成2条，完成率66.67%")
    F(D(1286) / 1000 * 100, "128.60", "参与群众1286人次，完成年度目标（≥1000人次）的128.60%")
    F(D(cn2int("十一")) / cn2int("十二") * 100, "91.7", "十二条主要河流中十一条水质达到Ⅱ类以上，优良比例91.7%")
    F(D(714) / 750 * 100, "95.2", "群众750人，表示满意的714人，满意度95.2%")
    h, rows = find_table(tabs, "年初预算数", "分值")
    ew, es = check_mof_funds(f.name, h, rows)
    F(es, "9.38", "预算执行率得分9.38分")
    h, rows = find_table(tabs, "三级指标", "分值")
    total, _ = check_score_table(f.name, h, rows, ew, es)
    F(total, "97.71", "自评总分97.71分")
    has("项目全年支出173.56万元")
    has(f"评价等级为“{grade_of(total)}”", f"| 97.71 | {grade_of(total)} |")


def p_dingan(f, tabs):
    F, has = f.F, f.has
    F(D(9 + 117), "１２６", "全县共有农村集中供水工程１２６处，其中规模化供水工程９处、小型集中供水工程１１７处")
    F(D("260.00") + D("160.00"), "420.00", "项目年初预算420.00万元，其中省级农村供水保障补助资金260.00万元、县级财政资金160.00万元")
    F(D("420.00") - D("20.00"), "400.00", "全年预算调整为400.00万元")
    F(D("160.00") - D("20.00"), "140.00", "县级资金年初安排160.00万元，年中调减20.00万元，调整后为140.00万元")
    F(D("140.00") / D("140.00") * 100, "100", "实际到位140.00万元，到位率100%")
    F(D("260.00") + D("140.00"), "400.00", "全年实际到位资金400.00万元")
    F(D("400.00") - D("372.48"), "27.52", "执行372.48万元，年末结转资金27.52万元，结转至2024年")
    F(D("372.48") / 400 * 100, "93.12", "截至2023年12月31日，项目全年执行率93.12%")
    F(D("93.12") - D("88.45"), "4.67", "较上年的88.45%提高4.67个百分点")
    # Shanxi-style funds table: (5)=(3)-(4), (6)=(3)/(2), (7)=(4)/(2), total = sum of sources
    h, rows = find_table(tabs, "行次", "年度总金额")
    byline = {r["行次"].split("=")[0]: r for r in rows}
    srcs = ["省级", "县级", "上年结转", "其他"]
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)"):
        r = byline[k]
        NCHECKS[0] += 1
        if sum(D(r[c]) for c in srcs) != D(r["年度总金额"]):
            problem(f"{f.name}: funds row {k}: sources do not add to total")
    for c in ["年度总金额"] + srcs:
        NCHECKS[0] += 1
        if D(byline["(3)"][c]) - D(byline["(4)"][c]) != D(byline["(5)"][c]):
            problem(f"{f.name}: (5)=(3)-(4) fails in column {c}")
        base = D(byline["(2)"][c])
        for k, numk in (("(6)", "(3)"), ("(7)", "(4)")):
            cell = byline[k][c]
            if base == 0:
                if cell not in ("—", "0"):
                    problem(f"{f.name}: {k} {c}: rate on zero base")
            elif not consistent(D(byline[numk][c]) / base * 100, cell):
                problem(f"{f.name}: {k} {c}: {cell} vs {r2(D(byline[numk][c]) / base * 100)}")
    parts = [D(x) for x in ("238.60", "24.96", "46.40", "58.32", "4.20")]
    F(sum(parts), "372.48", "管护人员培训4.20万元，合计372.48万元")
    has("工程运行维护238.60万元，水质检测24.96万元，消毒设备购置安装46.40万元，小型工程运行电费补助58.32万元")
    has("全年维修养护农村供水工程107处")
    F(D("238.60") / 107, "2.23", "平均每处维修养护费用2.23万元")
    F(D(32) * D("1.45"), "46.40", "消毒设备购置安装46.40万元")
    has("消毒设备32套，单套购置安装成本1.45万元")
    F(D(480 * 520) / 10000, "24.96", "水质检测24.96万元")
    has("检测水样480份，每份检测费520元")
    F(D(452) / 480 * 100, "94.2", "检测达标452份，水质达标率94.2%")
    F(D(cn2int("八十一")) * D("0.72"), "58.32", "小型工程运行电费补助58.32万元")
    has("对八十一处小型供水工程按每处0.72万元的标准发放")
    F(D(210 * 200) / 10000, "4.20", "管护人员培训4.20万元")
    has("培训210人次，人均培训费200元")
    F(D(52 - 48), "4", "平均响应时间超过目标4小时")
    F(D(60) - D("57.5"), "2.5", "比目标低2.5个百分点")
    F(D(537) / 585 * 100, "91.8", "回收有效问卷585份，满意537份，用户满意度91.8%")
    h, rows = find_table(tabs, "三级指标", "分值")
    total, lv = check_score_table(f.name, h, rows)
    F(lv["预算执行"][1], "9.31", "预算执行得分9.31分")
    F(lv["产出指标"][1], "49.62", "产出指标得分49.62分")
    F(lv["效益指标"][1], "29.58", "效益指标得分29.58分")
    F(lv["满意度指标"][1], "10", "满意度指标得分10分")
    F(total, "98.51", "自评总得分98.51分")
    has(f"评价等级为“{grade_of(total)}”", f"等级：{grade_of(total)}")


def p_lingshan(f, tabs):
    F, has = f.F, f.has
    F(D("30.00") + D("26.00") + D("12.50"), "68.50", "全年预算68.50万元，其中县级河长制工作补助30.00万元、自治区农村饮水工程维修养护补助26.00万元、镇本级安排12.50万元")
    F(D("30.00") + D("12.50"), "42.50", "年初预算42.50万元")
    F(D(100), "100", "全年实际到位资金68.50万元，到位率100%")
    F(D("42.50") + D("23.32"), "65.82", "全年支出65.82万元")
    F(D("65.82") / D("68.50") * 100, "96.09", "预算执行率96.09%，结余2.68万元")
    F(D("68.50") - D("65.82"), "2.68", "预算执行率96.09%，结余2.68万元")
    F(D("17.04") + D("14.58") + D("8.00") + D("2.88"), "42.50",
      "河长制工作经费支出42.50万元，全部用完：村级河长巡河补贴17.04万元，镇域河道保洁服务费14.58万元，“清四乱”整治及垃圾清运8.00万元，河长公示牌制作更新2.88万元")
    F(D("21.66") + D("1.66"), "23.32", "农村饮水工程管护支出23.32万元：维修农村饮水工程19处，支出21.66万元")
    F(D("21.66") / 19, "1.14", "平均每处1.14万元；购买消毒药剂1.66万元")
    F(D("23.32") / D("26.00") * 100, "89.69", "农村饮水资金执行率89.69%，结余2.68万元")
    F(D("26.00") - D("23.32"), "2.68", "农村饮水资金执行率89.69%，结余2.68万元")
    F(D(cn2int("一百四十二") * 100 * 12) / 10000, "17.04", "每月100元的标准发放，一百四十二名村级河长全年补贴17.04万元")
    F(D("48.6") * 3000 / 10000, "14.58", "每公里每年3000元的标准购买服务，48.6公里共14.58万元")
    F(D(36 * 800) / 10000, "2.88", "河长公示牌制作更新2.88万元")
    has("全年制作更新36块，每块800元")
    F(D(142 * 4 * 12), "6816", "每月巡河不少于4次计，全年应巡河6816次")
    F(D(6402) / 6816 * 100, "93.93", "实际巡河6402次，完成93.93%")
    F(D(47) / 48 * 100, "97.9", "保洁考核48次（每月4次），合格47次，合格率97.9%")
    F(D(cn2int("二十四") - 19), "5", "有5处工程纳入")
    F(D(27) / cn2int("二十七") * 100, "100", "问题二十七宗，已整改销号27宗，销号率100%")
    F(D(252) / 300 * 100, "84", "发放问卷300份，表示满意的252份，满意度84%")
    has("受益人口1.26万人")
    h, rows = find_table(tabs, "三级指标", "分值")
    total, _ = check_score_table(f.name, h, rows)
    F(total, "88.30", "自评得分88.30分")
    has(f"评价等级为“{grade_of(total)}”", f"| 88.30 | {grade_of(total)} |")


def p_wuhua(f, tabs):
    F, has = f.F, f.has
    F(D(28) / 30 * 100, "９３．３３", "核定事业编制３０名，年末实有在编人员２８名，另有编外聘用人员６名，在职人员控制率９３．３３％")
    F(D("630.00") + D("420.00") + D("100.00"), "1150.00", "年初预算1150.00万元，其中县级财政资金630.00万元、省级农村供水专项资金420.00万元")
    F(D("100.00") + D("36.40"), "136.40", "合计追加136.40万元")
    F(D("1150.00") + D("136.40"), "1286.40", "全年预算1286.40万元")
    F(D("520.00") + D("666.40") + D("100.00"), "1286.40", "全年预算1286.40万元，其中省级专项资金520.00万元、县级财政资金666.40万元、上年结转资金100.00万元")
    F(D("420.00") + D("100.00"), "520.00", "省级专项资金520.00万元")
    F(D("630.00") + D("36.40"), "666.40", "县级财政资金666.40万元")
    F(D("268.90") + D("43.50"), "312.40", "基本支出预算312.40万元（人员经费268.90万元、公用经费43.50万元）")
    F(D("312.40") + D("974.00"), "1286.40", "全年预算1286.40万元")
    F(D("312.40") + D("889.17"), "1201.57", "全年支出1201.57万元，预算执行率93.41%")
    F(D("1201.57") / D("1286.40") * 100, "93.41", "全年支出1201.57万元，预算执行率93.41%")
    F(D("889.17") / D("974.00") * 100, "91.29", "项目支出889.17万元，执行率91.29%")
    F(D("1286.40") - D("1201.57"), "84.83", "年末结转资金84.83万元，结转至2025年")
    F(D("66.09") + D("14.74") + D("4.00"), "84.83", "年末结转资金84.83万元，结转至2025年继续使用，其中管网延伸工程66.09万元、维修养护14.74万元、电费补助4.00万元")
    F(D("2.86") + D("0.40"), "3.26", "“三公”经费支出3.26万元")
    F((D("3.58") - D("3.26")) / D("3.58") * 100, "8.94", "较上年3.58万元下降8.94%，其中公务用车运行维护费2.86万元、公务接待费0.40万元")
    F(D("1201.57"), "1,201.57", "全年支出1,201.57万元")
    # project table
    h, rows = find_table(tabs, "项目名称", "自评得分")
    projs = [r for r in rows if r["_cells"][0] != "合计"]
    tot = [r for r in rows if r["_cells"][0] == "合计"][0]
    for c in ("全年预算数", "全年执行数"):
        F(sum(D(r[c]) for r in projs), tot[c], f"| {tot['全年预算数']} | {tot['全年执行数']} |")
    for r in projs + [tot]:
        F(D(r["全年执行数"]) / D(r["全年预算数"]) * 100, r["执行率"], f"| {r['全年执行数']} | {r['执行率']} |")
    for r in projs:
        NCHECKS[0] += 1
        if grade_of(r["自评得分"]) != r["等级"]:
            problem(f"{f.name}: project {r['项目名称']}: grade {r['等级']} for {r['自评得分']}")
    scores = [D(r["自评得分"]) for r in projs]
    F(sum(scores) / len(scores), "92.75", "四个项目自评平均得分92.75分")
    F(D(sum(1 for r in projs if r["等级"] == "优")), "三", "其中三个项目为“优”、一个项目为“良”")
    # unspent per project = carry-over split in text
    F(D("420.00") - D("353.91"), "66.09", "管网延伸工程66.09万元")
    F(D("386.00") - D("371.26"), "14.74", "维修养护14.74万元")
    F(D("82.00") - D("78.00"), "4.00", "电费补助4.00万元")
    F(D("371.26") / 214, "1.73", "投入维修资金371.26万，平均每处1.73万元")
    F(D(214 - 196), "十八", "较2023年的196处增加十八处")
    F(D(28) / 35 * 100, "80", "实际完成28公里，完成80%")
    F(D("353.91") / 28, "12.64", "单位造价每公里12.64万元")
    F(D(cn2int("一百三十") * 6000) / 10000, "78.00", "对一百三十处小型供水工程按每处6000元的标准发放运行电费补助，共78.00万元")
    F(D(1083) / 1200 * 100, "90.25", "发放问卷1200份，满意1083份，满意度90.25%")
    F(D("84.83") / D("1286.40") * 100, "6.59", "| ≤10% | 6.59% |")
    F(-(D("3.58") - D("3.26")) / D("3.58") * 100, "-8.94", "| ≤0 | -8.94% |")
    F(D("1201.57") / D("1286.40") * 100, "93.41", "| 100% | 93.41% |")
    F(D(28) / 30 * 100, "93.33", "| ≤100% | 93.33% |")
    has("管网延伸工程执行率仅84.26%")
    h, rows = find_table(tabs, "三级指标", "分值")
    total, _ = check_score_table(f.name, h, rows)
    F(total, "95.34", "绩效自评得分95.34分")
    has(f"评价等级为“{grade_of(total)}”")


CHECKERS = {
    "gx-zhaoping-yinshui-2021": p_zhaoping,
    "gd-lianping-hezhang-2022": p_lianping,
    "hi-dingan-gongshui-2023": p_dingan,
    "gx-lingshan-luwu-2019": p_lingshan,
    "gd-wuhua-gongshui-2024": p_wuhua,
}


# ---------------------------------------------------------------- labels and edits
def changed_span(old, new):
    p = 0
    while p < min(len(old), len(new)) and old[p] == new[p]:
        p += 1
    s = 0
    while s < min(len(old), len(new)) - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return old[p:len(old) - s], new[p:len(new) - s]


def check_edits():
    cleans = {src: read(os.path.join(CASES, f"{src}-clean.txt")) for src in build.SOURCES}
    for (src, n, code, subs, value, expl) in build.EDITS:
        name = f"{src}-e{n}"
        clean = cleans[src]
        if len(subs) not in (1, 2):
            problem(f"{name}: {len(subs)} edits")
        if len(subs) == 2 and code not in ("score_exceeds_weight", "score_sum_mismatch"):
            problem(f"{name}: two edits only allowed for score rows")
        lines = []
        for old, new in subs:
            NCHECKS[0] += 1
            if clean.count(old) != 1:
                problem(f"{name}: anchor occurs {clean.count(old)}x: {old!r}")
                continue
            co, cn = changed_span(old, new)
            if "\n" in old or "\n" in new or "\n" in co or "\n" in cn:
                problem(f"{name}: edit crosses a line")
            if max(len(co), len(cn)) > 16:
                problem(f"{name}: edit changes {max(len(co), len(cn))} chars: {co!r} -> {cn!r}")
            if not co and not cn:
                problem(f"{name}: empty edit")
            lines.append(clean[:clean.index(old)].count("\n"))
        if len(lines) == 2 and abs(lines[0] - lines[1]) != 1:
            problem(f"{name}: the two score-row edits are not on adjacent lines")
        expected = build.apply(clean, subs)
        if read(os.path.join(CASES, f"{name}.txt")) != expected:
            problem(f"{name}: case file differs from clean + edits (rerun build.py)")


def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    codes = {}
    allowed = {"rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
               "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
               "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"}
    per_code_sources = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            problem(f"missing case {lab['case']}")
            continue
        text = read(path)
        clean = read(os.path.join(CASES, f"{lab['source']}-clean.txt"))
        if lab["clean"]:
            if lab["expected"] or text != clean:
                problem(f"{lab['case']}: clean label wrong")
            continue
        if len(lab["expected"]) != 1:
            problem(f"{lab['case']}: expected must hold exactly one error")
        for e in lab["expected"]:
            NCHECKS[0] += 3
            if e["code"] not in allowed or e["severity"] != "error":
                problem(f"{lab['case']}: code/severity {e['code']}/{e['severity']}")
            if text.count(e["value"]) != 1:
                problem(f"{lab['case']}: value occurs {text.count(e['value'])}x: {e['value']!r}")
            if e["value"] in clean:
                problem(f"{lab['case']}: value also in clean draft: {e['value']!r}")
            codes[e["code"]] = codes.get(e["code"], 0) + 1
            per_code_sources.setdefault(e["code"], set()).add(lab["source"])
    for c in allowed:
        if codes.get(c, 0) < 2:
            problem(f"code {c} used {codes.get(c, 0)}x (< 2)")
        elif len(per_code_sources[c]) < 2:
            problem(f"code {c} used in only one project")
    return labels, codes


def main():
    for src in build.SOURCES:
        text = read(os.path.join(CASES, f"{src}-clean.txt"))
        n = len(text)
        if not 2500 <= n <= 6000:
            problem(f"{src}: clean draft has {n} characters")
        CHECKERS[src](Facts(src, text), tables(text))
    check_edits()
    labels, codes = check_labels()
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"FAILED: {len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(codes.values())} labelled errors, {NCHECKS[0]} checks")
    print("codes: " + ", ".join(f"{k}={v}" for k, v in sorted(codes.items())))
    print("OK")


if __name__ == "__main__":
    main()
