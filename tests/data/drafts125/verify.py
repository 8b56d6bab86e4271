#!/usr/bin/env python3
"""Verify set n125.

1. every label value occurs in its case; every error case differs from its clean draft in one place;
   the code quota (13 codes of errors.md §A, each at least twice) and the draft lengths hold;
2. the arithmetic of every clean draft is redone: funds tables (components, rates, execution score),
   indicator tables (weights, scores, subtotals, completion, score rules, grade) and the text
   statements listed in TEXT_CHECKS below (each given with the exact phrase it is read from).
Prints OK at the end, or the list of failures and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def D(s):
    return Decimal(str(s).replace(",", "").replace("，", ""))


def decimals(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def consistent(computed, stated):
    """Stated value (string) agrees with computed value within half a unit of its last digit."""
    tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")
    return abs(Decimal(computed) - D(stated)) <= tol


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    total = Decimal(total)
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
               "合格": "中", "一般": "中", "差": "差", "较差": "差"}


# ---------------------------------------------------------------- tables

def tables(text):
    """Markdown pipe tables as lists of rows (lists of stripped cells)."""
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            cur.append(cells)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def is_num(c):
    return re.fullmatch(r"-?[\d,]+(\.\d+)?", c) is not None


def check_funds_table(src, tab):
    head = tab[0]
    col = {h: i for i, h in enumerate(head)}
    def find(prefix):
        for h, i in col.items():
            if h.startswith(prefix):
                return i
        return None
    c_init, c_ann, c_exe = find("年初预算"), find("全年预算"), find("全年执行")
    c_rate, c_w, c_s = find("执行率"), find("分值"), find("得分")
    rows = tab[1:]
    total, parts = rows[0], rows[1:]
    for c in (c_init, c_ann, c_exe):
        s = sum(D(r[c]) for r in parts)
        if s != D(total[c]):
            fail(f"{src}: funds column {head[c]}: components {s} != total {total[c]}")
    for r in rows:
        ann, exe = D(r[c_ann]), D(r[c_exe])
        if exe > ann:
            fail(f"{src}: funds row {r[0]} spends above its budget")
        if c_rate is None:
            continue
        cell = r[c_rate]
        if ann == 0:
            if cell != "—":
                fail(f"{src}: funds row {r[0]} shows a rate on a zero budget")
            continue
        if cell == "—":
            continue
        rate = exe / ann * 100
        if not consistent(rate, cell.rstrip("%")):
            fail(f"{src}: funds row {r[0]} rate {cell} != {rate:.4f}%")
    if c_w is not None and is_num(total[c_w]):
        w = D(total[c_w])
        rate = D(total[c_exe]) / D(total[c_ann])
        sc = w * min(rate, Decimal(1))
        stated_rate = D(total[c_rate].rstrip("%")) / 100
        if not (consistent(sc, total[c_s]) or consistent(w * min(stated_rate, Decimal(1)), total[c_s])):
            fail(f"{src}: execution score {total[c_s]} != {sc:.4f}")
        return w, D(total[c_s])
    return None


NUM_UNIT = re.compile(r"^(≥|≤|>=|<=|＞|＜)?\s*([\d,]+(?:\.\d+)?)\s*(.*)$")


def parse_value(v):
    m = NUM_UNIT.match(v)
    if not m or "年" in v:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", ">=": "gte", "＞": "gte", "≤": "lte", "<=": "lte", "＜": "lte"}.get(sign, "eq")
    unit = unit.replace("/辆", "")
    return direction, D(num), unit


def rule_score(direction, t, a, w):
    if direction == "lte":
        comp = Decimal(100) if a <= t else t / a * 100
    elif t == 0:
        comp = Decimal(100) if a <= 0 else Decimal(0)
    else:
        comp = a / t * 100
    return comp, w * min(comp, Decimal(100)) / 100


def check_indicator_table(src, tab, funds):
    head = tab[0]
    col = {h: i for i, h in enumerate(head)}
    c_t, c_a, c_w, c_s = col["年度指标值"], col["实际完成值"], col["分值"], col["得分"]
    c_c = col.get("完成率")
    level1 = None
    ind_w, ind_s = Decimal(0), Decimal(0)
    groups = {}
    subtotals = {}
    total_row = None
    exec_in_table = False
    for r in tab[1:]:
        first = r[0]
        if first in ("总分", "合计"):
            total_row = r
            continue
        if first.endswith("小计"):
            subtotals[first[:-2]] = (D(r[c_w]), D(r[c_s]))
            continue
        if first.startswith("预算执行"):
            exec_in_table = True
        if first:
            level1 = first
        w, s = D(r[c_w]), D(r[c_s])
        ind_w += w
        ind_s += s
        gw, gs = groups.get(level1, (Decimal(0), Decimal(0)))
        groups[level1] = (gw + w, gs + s)
        name = r[2]
        if s > w or s < 0:
            fail(f"{src}: row {name}: score {s} outside [0, {w}]")
        tv, av = parse_value(r[c_t]), parse_value(r[c_a])
        if tv and av:
            if tv[2] != av[2]:
                fail(f"{src}: row {name}: target unit {tv[2]!r} vs actual unit {av[2]!r}")
                continue
            comp, exp = rule_score(tv[0], tv[1], av[1], w)
            if not consistent(exp, r[c_s]):
                fail(f"{src}: row {name}: score {r[c_s]} != rule score {exp:.4f}")
            if c_c is not None and r[c_c] != "—":
                if not consistent(comp, r[c_c].rstrip("%")):
                    fail(f"{src}: row {name}: completion {r[c_c]} != {comp:.4f}%")
        elif tv is None and av is None and "年" not in r[c_t]:
            # qualitative row: score must lie in the achieved or partly-achieved band
            if s < w * Decimal("0.6"):
                fail(f"{src}: qualitative row {name}: score {s} below the partly-achieved band")
        elif "年" in r[c_t]:
            if not re.search(r"\d{4}年\d{1,2}月\d{1,2}日", r[c_a]):
                fail(f"{src}: row {name}: date target without a date actual")
    for lvl, (w, s) in subtotals.items():
        gw, gs = groups.get(lvl, (None, None))
        if gw != w or gs != s:
            fail(f"{src}: subtotal {lvl}: stated {w}/{s}, rows {gw}/{gs}")
    tot_w, tot_s = ind_w, ind_s
    if not exec_in_table:
        if funds is None:
            fail(f"{src}: no execution weight anywhere")
        else:
            tot_w += funds[0]
            tot_s += funds[1]
    if tot_w != 100:
        fail(f"{src}: weights add to {tot_w}")
    if total_row is None:
        fail(f"{src}: indicator table without a total row")
        return None
    if D(total_row[c_w]) != tot_w:
        fail(f"{src}: total row weight {total_row[c_w]} != {tot_w}")
    if D(total_row[c_s]) != tot_s:
        fail(f"{src}: total row score {total_row[c_s]} != sum {tot_s}")
    return tot_s, groups


# ---------------------------------------------------------------- text statements
# kind, figures..., phrase: the phrase must occur in the clean draft and contain the stated figures.

TEXT_CHECKS = {
    "huairou-casefunds-2018": [
        ("sum", ["260.00", "22.40", "12.60"], "295.00",
         "年初预算**260.00万元**，年中区财政追加\"扫黑除恶\"专项办案经费22.40万元，加上2017年结转资金12.60万元，全年预算**295.00万元**"),
        ("rate", "282.78", "295.00", "95.86", "实际支出**282.78万元**，预算执行率**95.86%**"),
        ("rate", "295.00", "295.00", "100", "资金全部到位，到位率100%"),
        ("diff", "295.00", "282.78", "12.22", "全年未执行资金12.22万元"),
        ("diff", "282.40", "270.18", "12.22", "全年未执行资金12.22万元，均为当年财政拨款"),
        ("sum", ["96.45", "58.20", "47.63", "38.90", "41.60"], "282.78", "全年支出282.78万元，按用途分"),
        ("rate", "96.45", "282.78", "34.11", "侦查办案差旅费96.45万元，占全年支出的34.11%"),
        ("growth", "1376", "1245", "10.52", "全年共立案侦办刑事案件**1376起**，较2017年同期的1245起增长10.52%"),
        ("per_unit", "282.78", "1376", "2055", "单起案件平均办案经费约2,055元"),
        ("per_unit", "282.78", "1376", "2055", "实际2055元（282.78万元÷1376起）"),
        ("rate", "1376", "1200", "114.67", "全年实际立案侦办1376起，完成率114.67%"),
        ("rate", "512", "450", "113.78", "实际破获512起，完成率113.78%"),
        ("rate", "768", "800", "96.00", "实际委托768件，完成率96.00%"),
        ("range", "800", "768", "31", "39", "原计划由分局委托的30余件检验"),
        ("rate", "512", "1376", "37.21", "破获512起，破案率37.21%"),
        ("rate", "15", "16", "93.75", "全年发生八类案件16起，破获15起，破案率93.75%"),
        ("avg", ["92.60", "88.40"], "90.50", "两项平均满意度为**90.50%**"),
        ("sum", ["9.59", "49.60", "29", "9.91"], "98.10", "综合自评得分**98.10分**"),
        ("grade", "98.10", "优", "综合自评得分**98.10分**，评价等级为**优**"),
        ("level", "产出指标", "49.60", "产出指标得分49.60分"),
        ("level", "效益指标", "29", "效益指标得分29分"),
        ("level", "满意度指标", "9.91", "满意度指标得分9.91分"),
    ],
    "changping-policeequip-2019": [
        ("sum", ["1260.00", "-134.50", "60.00"], "1185.50", "全年预算：** 1,185.50万元"),
        ("sum", ["1125.50", "60.00"], "1185.50", "1,185.50万元（当年财政拨款1,125.50万元，上年结转资金60.00万元）"),
        ("rate", "1158.76", "1185.50", "97.74", "实际支出：** 1,158.76万元，预算执行率**97.74%**"),
        ("diff", "1185.50", "1158.76", "26.74", "结余26.74万元"),
        ("diff", "1125.50", "1098.76", "26.74", "结余26.74万元，均为当年财政拨款"),
        ("sum", ["386.40", "215.60", "111.00", "148.36", "297.40"], "1158.76", "以上合计1,158.76万元"),
        ("per_unit", "386.40", "1462", "2643", "为1462名一线民警配发警用背心、多功能腰带、强光手电等，人均约2,643元"),
        ("product", "6", "18.50", "111.00", "警用无人机6架，111.00万元，每架18.50万元"),
        ("diff", "1500", "1462", "38", "差额38人"),
        ("rate", "420", "400", "105.00", "实际配备420台，完成率105.00%"),
        ("rate", "1462", "1500", "97.47", "实际配发1462人，完成率97.47%"),
        ("rate", "97.20", "95", "102.32", "实际达到97.20%，完成率102.32%"),
        ("rate", "99.10", "98", "101.12", "实际99.10%，完成率101.12%"),
        ("rate", "189", "200", "94.50", "表示满意的189份，满意度94.50%"),
        ("rate", "94.50", "90", "105.00", "满意度94.50%，完成率105.00%"),
        ("sum", ["9.77", "49.75", "28", "10"], "97.52", "综合自评得分**97.52分**"),
        ("grade", "97.52", "优", "综合自评得分**97.52分**，评价等级为**优**"),
        ("grade", "97.52", "优", "| 100 | 97.52 | 等级：优 |"),
        ("level", "产出指标", "49.75", "产出指标得分49.75分"),
        ("level", "效益指标", "28", "效益指标得分28分"),
        ("level", "满意度指标", "10", "满意度指标得分10分"),
    ],
    "songjiang-casefunds-2021": [
        ("sum", ["1860.00", "160.00", "80.00"], "2100.00",
         "年初预算1,860.00万元，年中因打击治理电信网络诈骗专项行动追加160.00万元，加上2020年结转资金80.00万元，全年预算**2,100.00万元**"),
        ("rate", "2042.45", "2100.00", "97.26", "全年实际支出**2,042.45万元**，预算执行率97.26%"),
        ("diff", "2100.00", "2042.45", "57.55", "结余57.55万元已按规定结转至2022年"),
        ("sum", ["812.30", "356.80", "418.65", "268.20", "186.50"], "2042.45", "支出明细如下"),
        ("rate", "356.80", "360.00", "99.11", "运维预算360.00万元，实际支出356.80万元，执行率99.11%"),
        ("rate", "3286", "3000", "109.53", "全年办理刑事案件3286起，完成率109.53%"),
        ("rate", "13154", "12000", "109.62", "全年办理行政案件13154起（1.3万余起），完成率109.62%"),
        ("range", "13154", "0", "13000", "13999", "1.3万余起"),
        ("rate", "4150", "5000", "83.00", "全年入库登记4150件，完成率83.00%"),
        ("rate", "386", "400", "96.50", "抽查分局案卷400份，合格386份，合格率96.50%"),
        ("rate", "96.50", "98", "98.47", "合格率96.50%，完成率98.47%"),
        ("rate", "1036", "1100", "94.18", "实际破获1036起，完成率94.18%"),
        ("rate", "108", "2250", "4.80", "全年电诈案件发案2,142起，较2020年的2,250起下降4.80%"),
        ("diff", "2250", "2142", "108", "全年电诈案件发案2,142起，较2020年的2,250起"),
        ("avg", ["92.6", "93.2", "93.8", "94.0"], "93.40", "一季度92.6%、二季度93.2%、三季度93.8%、四季度94.0%，全年平均93.40%"),
        ("sum", ["9.73", "48.00", "20.22", "10"], "87.95", "综合自评得分**87.95分**"),
        ("grade", "87.95", "良好", "综合自评得分**87.95分**，评价等级为**良好**"),
        ("level", "产出指标", "48.00", "产出指标得分48.00分"),
        ("level", "效益指标", "20.22", "效益指标得分20.22分"),
        ("level", "满意度指标", "10", "满意度指标得分10分"),
    ],
    "jinnan-policeequip-2023": [
        ("sum", ["800.00", "60.00"], "860.00", "年初预算860.00万元，其中区级财政拨款800.00万元、市公安局下拨装备补助资金60.00万元"),
        ("sum", ["860.00", "60.00"], "920.00", "追加防汛救援装备经费60.00万元（区财政56.00万元、市局4.00万元），全年预算**920.00万元**"),
        ("sum", ["56.00", "4.00"], "60.00", "追加防汛救援装备经费60.00万元（区财政56.00万元、市局4.00万元）"),
        ("sum", ["800.00", "56.00"], "856.00", "| 其中：当年财政拨款 | 800.00 | 856.00 |"),
        ("sum", ["60.00", "4.00"], "64.00", "| 其他资金（市局补助） | 60.00 | 64.00 |"),
        ("rate", "769.32", "920.00", "83.62", "实际支出**769.32万元**，预算执行率**83.62%**"),
        ("diff", "91.35", "83.62", "7.73", "较2022年下降7.73个百分点"),
        ("sum", ["268.40", "71.20", "196.52", "132.60", "100.60"], "769.32", "分项支出情况"),
        ("diff", "920.00", "769.32", "150.68", "未执行资金150.68万元"),
        ("diff", "45", "38", "7", "7辆警车车载装备改装合同延至2024年履行"),
        ("rate", "38", "45", "84.44", "实际完成38辆，完成率84.44%"),
        ("rate", "126", "120", "105.00", "实际采购126套，完成率105.00%"),
        ("rate", "3", "4", "75.00", "实际完成3个，完成率75.00%"),
        ("rate", "22", "25", "88", "全年应签合同25份，按计划时间签订22份，及时率88%"),
        ("rate", "88", "95", "92.63", "及时率88%，完成率92.63%"),
        ("diff", "25", "22", "3", "25份合同中3份未按计划时间签订"),
        ("per_unit_wan", "268.40", "38", "7.06", "实际268.40万元÷38辆＝7.06万元/辆"),
        ("rate", "86", "90", "95.56", "实际满意度86%，完成率95.56%"),
        ("sum", ["25", "10", "5", "10"], "50", "产出指标50分（数量指标25分、质量指标10分、时效指标5分、成本指标10分）"),
        ("sum", ["10", "50", "30", "10"], "100", "预算执行率10分，产出指标50分（"),
        ("sum", ["8.36", "45.57", "26", "9.56"], "89.49", "项目综合得分**89.49分**，其中预算执行率8.36分、产出指标45.57分、效益指标26分、满意度指标9.56分"),
        ("grade", "89.49", "良", "评价等级为**良**"),
        ("level", "产出指标", "45.57", "产出指标45.57分"),
        ("level", "效益指标", "26", "效益指标26分"),
        ("level", "满意度指标", "9.56", "满意度指标9.56分"),
        ("level2", "数量指标", "25", "数量指标25分"),
    ],
    "baoshan-forensics-2024": [
        ("sum", ["1450.00", "-130.00", "60.00"], "1380.00", "调整后全年预算**1,380.00万元**"),
        ("rate", "1380.00", "1380.00", "100", "实际到位资金1,380.00万元，到位率100%"),
        ("rate", "1361.22", "1380.00", "98.64", "全年实际支出**1,361.22万元**，预算执行率**98.64%**"),
        ("diff", "1380.00", "1361.22", "18.78", "剩余18.78万元"),
        ("per_unit", "386.50", "32460", "119.07", "386.50万元÷32,460份≈119.07元"),
        ("sum", ["7860", "8120", "8390", "8090"], "32460", "全年检验样本32,460份"),
        ("avg", ["7860", "8120", "8390", "8090"], "8115", "季均8,115份"),
        ("rate", "558", "600", "93.00", "实际558件，完成率93.00%"),
        ("range", "4215", "0", "4201", "4299", "4,215起（4,200余起）"),
        ("avg", ["95.80", "91.20"], "93.50", "两项满意度平均为93.50%"),
        ("sum", ["9.86", "49.30", "30", "10"], "99.16", "自评总分**99.16分**"),
        ("grade", "99.16", "优秀", "自评总分**99.16分**，评价等级为**优秀**"),
        ("grade", "99.16", "优秀", "| 100 | 99.16 | 优秀 |"),
        ("level", "产出指标", "49.30", "产出指标得分49.30分"),
        ("level", "效益指标", "30", "效益指标得分30分"),
        ("level", "满意度指标", "10", "满意度指标得分10分"),
        ("shares", None, None, None, "支出结构如下"),
    ],
}


def check_text(src, text, groups, total):
    for chk in TEXT_CHECKS[src]:
        kind, phrase = chk[0], chk[-1]
        if phrase not in text:
            fail(f"{src}: phrase not found: {phrase!r}")
            continue
        if kind == "sum":
            parts, tot = chk[1], chk[2]
            s = sum(D(p) for p in parts)
            if s != D(tot):
                fail(f"{src}: sum {parts} = {s} != {tot}")
            for p in parts + [tot]:
                p = p.lstrip("-")
                if p not in text.replace(",", ""):
                    fail(f"{src}: figure {p} of a sum not in the draft")
        elif kind == "rate":
            num, den, stated = chk[1], chk[2], chk[3]
            rate = D(num) / D(den) * 100
            if not consistent(rate, stated):
                fail(f"{src}: {num}/{den} = {rate:.4f}% != {stated}%")
        elif kind == "diff":
            a, b, stated = chk[1], chk[2], chk[3]
            if D(a) - D(b) != D(stated):
                fail(f"{src}: {a} - {b} != {stated}")
        elif kind == "avg":
            items, stated = chk[1], chk[2]
            avg = sum(D(i) for i in items) / len(items)
            if not consistent(avg, stated):
                fail(f"{src}: mean {avg:.4f} != {stated}")
        elif kind == "per_unit":                       # 万元 / count, stated in 元
            v = D(chk[1]) * 10000 / D(chk[2])
            if not consistent(v, chk[3]):
                fail(f"{src}: {chk[1]}万元 / {chk[2]} = {v:.4f}元 != {chk[3]}")
        elif kind == "per_unit_wan":
            v = D(chk[1]) / D(chk[2])
            if not consistent(v, chk[3]):
                fail(f"{src}: {chk[1]} / {chk[2]} = {v:.4f} != {chk[3]}")
        elif kind == "product":
            if D(chk[1]) * D(chk[2]) != D(chk[3]):
                fail(f"{src}: {chk[1]} x {chk[2]} != {chk[3]}")
        elif kind == "growth":
            g = (D(chk[1]) - D(chk[2])) / D(chk[2]) * 100
            if not consistent(g, chk[3]):
                fail(f"{src}: growth {g:.4f}% != {chk[3]}%")
        elif kind == "range":                          # approximate figure (…余/约) covers the exact one
            v = D(chk[1]) - D(chk[2])                  # exact value = a - b (b = 0: a itself)
            if not (D(chk[3]) <= v <= D(chk[4])):
                fail(f"{src}: approximate figure {phrase!r} does not cover {v}")
        elif kind == "grade":
            if grade(chk[1]) != GRADE_WORDS[chk[2]]:
                fail(f"{src}: grade {chk[2]} does not fit total {chk[1]}")
            if D(chk[1]) != total:
                fail(f"{src}: grade statement total {chk[1]} != table total {total}")
        elif kind == "level":
            gw, gs = groups.get(chk[1], (None, None))
            if gs is None or gs != D(chk[2]):
                fail(f"{src}: {chk[1]} score stated {chk[2]}, table rows give {gs}")
        elif kind == "level2":
            pass  # checked together with the sum of the stated second-level weights
        elif kind == "shares":
            tab = [t for t in tables(text) if t[0][0] == "支出内容"][0]
            rows = tab[1:-1]
            tot = D(tab[-1][1])
            if sum(D(r[1]) for r in rows) != tot:
                fail(f"{src}: spending table rows do not add to {tot}")
            for r in rows:
                if not consistent(D(r[1]) / tot * 100, r[2].rstrip("%")):
                    fail(f"{src}: share of {r[0]} {r[2]} wrong")
            if sum(D(r[2].rstrip("%")) for r in rows) != D(tab[-1][2].rstrip("%")):
                fail(f"{src}: shares do not add to {tab[-1][2]}")


def check_level2_jinnan(text, tab):
    """Second-level weights stated in the text equal the table's rows (津南)."""
    want = {"数量指标": "25", "质量指标": "10", "时效指标": "5", "成本指标": "10"}
    head = tab[0]
    c_w = head.index("分值")
    got, cur = {}, None
    for r in tab[1:]:
        if r[0] == "预算执行率" or r[0] in ("总分", "合计"):
            continue
        if r[1]:
            cur = r[1]
        got[cur] = got.get(cur, Decimal(0)) + D(r[c_w])
    for k, v in want.items():
        if got.get(k) != D(v):
            fail(f"jinnan: {k} weight stated {v}, table {got.get(k)}")


# Same quantity, same value: every mention matched by the pattern carries the value (at least twice).
SAME = {
    "huairou-casefunds-2018": [(r"立案侦办(?:刑事案件)?\*{0,2}(\d+)起|全年立案(\d+)起|万元÷(\d+)起|\| (\d+)起 \| 10 \| 10 \| 电信", "1376"),
                               (r"实际支出\*{0,2}([\d.]+)万元|全年支出([\d.]+)万元|（([\d.]+)万元÷", "282.78")],
    "changping-policeequip-2019": [(r"实际配备(\d+)台|新配发的(\d+)台|\| (\d+)台 \| 105", "420"),
                                   (r"([\d,.]+)万元，预算执行率|以上合计([\d,.]+)万元|实际支出([\d,.]+)万元", "1158.76")],
    "songjiang-casefunds-2021": [(r"办理刑事案件(\d+)起|\| (\d+)起 \| 10 \| 10 \| — \|\n\|  \|  \| 办理行政", "3286"),
                                 (r"全年实际支出\*{0,2}([\d,.]+)万元|\| ([\d.]+)万元 \| 10", "2042.45")],
    "jinnan-policeequip-2023": [(r"实际采购(\d+)套|防汛装备(\d+)套|\| (\d+)套 \| 5", "126"),
                                (r"实际完成(\d+)辆|÷(\d+)辆|改装(\d+)辆|\| (\d+)辆 \| 10", "38")],
    "baoshan-forensics-2024": [(r"出现场勘查([\d,]+)起|\| (\d+)起 \| 10 \| 10 \| — \|\n\|  \|  \| DNA", "4215"),
                               (r"全年检验样本([\d,]+)份|\| (\d+)份 \| 10|÷([\d,]+)份", "32460")],
}


def check_same(src, text):
    for pat, val in SAME.get(src, []):
        found = [next(g for g in m.groups() if g is not None).replace(",", "") for m in re.finditer(pat, text)]
        if len(found) < 2:
            fail(f"{src}: pattern {pat!r} found {len(found)} mention(s)")
        for f in found:
            if D(f) != D(val):
                fail(f"{src}: {f} where {val} is stated elsewhere")


def check_years(src, text):
    """Evaluation year of the title; 截至 dates, table headers and carry-overs must fit it."""
    year = int(re.search(r"(\d{4})年度", text).group(1))
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{src}: {m.group(0)} in a {year} report")
    for m in re.finditer(r"(?:自评表（|年度 \| )(\d{4})年", text):
        if int(m.group(1)) != year:
            fail(f"{src}: table year {m.group(1)} in a {year} report")
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) != year + 1:
            fail(f"{src}: {m.group(0)} in a {year} report")
    for m in re.finditer(r"(\d{4})年结转资金", text):
        if int(m.group(1)) != year - 1:
            fail(f"{src}: {m.group(0)} in a {year} report")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月，区财政局提前下达本项目(\d{4})年预算", text):
        if int(m.group(3)) != year or int(m.group(1)) != year - 1 or int(m.group(2)) != 12:
            fail(f"{src}: advance issue {m.group(0)}")


def check_clean(src, text):
    tabs = tables(text)
    funds = None
    ind = None
    for t in tabs:
        h = t[0]
        if any(c.startswith("年初预算") for c in h) and any(c.startswith("全年执行") for c in h):
            r = check_funds_table(src, t)
            if r is not None:
                funds = r
        elif "三级指标" in h and "分值" in h:
            ind = t
    if ind is None:
        fail(f"{src}: no indicator table")
        return
    res = check_indicator_table(src, ind, funds)
    if res is None:
        return
    total, groups = res
    check_text(src, text, groups, total)
    check_same(src, text)
    check_years(src, text)
    if src.startswith("jinnan"):
        check_level2_jinnan(text, ind)
    n = len(text)
    if not 3000 <= n <= 9000:
        fail(f"{src}: clean draft has {n} characters")


def one_place(a, b):
    """Length of the differing middle once the common prefix and suffix are removed."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    names = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ do not list the same files")
    codes = Counter()
    sources = sorted({l["source"] for l in labels})
    for src in sources:
        clean = read(f"{src}-clean.txt")
        check_clean(src, clean)
        errs = [l for l in labels if l["source"] == src and not l["clean"]]
        if len(errs) != 6:
            fail(f"{src}: {len(errs)} error cases")
        for lab in errs:
            text = read(lab["case"])
            if len(lab["expected"]) != 1:
                fail(f"{lab['case']}: expected must hold one finding")
            for e in lab["expected"]:
                codes[e["code"]] += 1
                if e["code"] not in CODES or e["severity"] != "error":
                    fail(f"{lab['case']}: bad code/severity {e}")
                if e["value"] not in text:
                    fail(f"{lab['case']}: value {e['value']!r} not in the case")
            old, new = one_place(clean, text)
            if not old and not new:
                fail(f"{lab['case']}: identical to the clean draft")
            if len(old) > 120 or len(new) > 120 or old.count("\n") > 1:
                fail(f"{lab['case']}: change spans more than one place ({old!r} -> {new!r})")
            # the value must overlap the changed text of the error case
            v = lab["expected"][0]["value"]
            pre = 0
            while pre < min(len(clean), len(text)) and clean[pre] == text[pre]:
                pre += 1
            end = pre + max(len(new), 1)
            hits = [m.start() for m in re.finditer(re.escape(v), text)]
            if not any(h < end and h + len(v) > pre for h in hits):
                fail(f"{lab['case']}: value does not overlap the changed text")
    for l in labels:
        if l["clean"] and l["expected"]:
            fail(f"{l['case']}: clean case with findings")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} used {codes[c]} times")
    if len(sources) != 5:
        fail(f"{len(sources)} projects")
    if FAIL:
        print("\n".join(FAIL))
        sys.exit(1)
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={codes[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
