#!/usr/bin/env python3
"""Verify drafts209: labels, one-place edits, and the arithmetic of every clean draft.

Prints OK at the end when everything holds; exits 1 on the first group of failures.
"""
import difflib
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


def D(x):
    return Decimal(str(x))


def decimals(s):
    m = re.search(r"\d+(?:\.(\d+))?", s)
    return len(m.group(1)) if m and m.group(1) else 0


def value_of(s):
    return D(re.search(r"-?\d+(?:\.\d+)?", s).group(0))


def close(stated, computed):
    """rules.md §8: stated with d decimals is consistent with c iff |c - v| <= 0.5*10^-d."""
    d = decimals(stated)
    return abs(D(computed) - value_of(stated)) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != names:
        fail("labels.jsonl and cases/ list different files")
    codes = Counter()
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        text = open(path, encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"]:
                fail(f"{lab['case']}: clean case with expected findings")
            n = len(text)
            if not 3000 <= n <= 9000:
                fail(f"{lab['case']}: length {n} outside 3000-9000")
            continue
        if len(lab["expected"]) != 1:
            fail(f"{lab['case']}: expected exactly one finding")
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        # one place: the differing middle part after the common prefix and suffix is short
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        mid_clean, mid_case = clean[p:len(clean) - s], text[p:len(text) - s]
        if text == clean:
            fail(f"{lab['case']}: identical to its clean draft")
        if max(len(mid_clean), len(mid_case)) > 80:
            fail(f"{lab['case']}: change spans {max(len(mid_clean), len(mid_case))} chars, not one place")
        blocks = [op for op in difflib.SequenceMatcher(None, clean, text, autojunk=False).get_opcodes() if op[0] != "equal"]
        if len(blocks) > 2 or (len(blocks) == 2 and blocks[1][1] - blocks[0][2] > 60):
            fail(f"{lab['case']}: {len(blocks)} separate changes")
        for exp in lab["expected"]:
            codes[exp["code"]] += 1
            if exp["severity"] != "error":
                fail(f"{lab['case']}: severity {exp['severity']}")
            v = exp["value"]
            occ = [m.start() for m in re.finditer(re.escape(v), text)]
            if not occ:
                fail(f"{lab['case']}: value {v!r} not in case")
                continue
            lo, hi = p, max(p + 1, len(text) - s)
            if not any(o < hi and o + len(v) > lo for o in occ):
                fail(f"{lab['case']}: value {v!r} does not overlap the changed text")
    for c in CODES:
        if codes[c] < 2:
            fail(f"code {c} occurs {codes[c]} times (< 2)")
    extra = set(codes) - set(CODES)
    if extra:
        fail(f"unknown codes {extra}")
    return labels


# ---------------------------------------------------------------- table arithmetic
NUM = re.compile(r"^(≥|≤|>=|<=|=)?\s*(\d+(?:\.\d+)?)(.*)$")


def parse_q(cell):
    m = NUM.match(cell.strip())
    if not m or "年" in cell or "月" in cell:
        return None
    sign = {"≥": "gte", ">=": "gte", "≤": "lte", "<=": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, D(m.group(2)), m.group(3).strip()


def check_tables(name, text):
    lines = text.split("\n")
    found = {}
    weight_total, score_total, stated_total = D(0), D(0), None
    # funds block with 分值 (MOF layout)
    for i, line in enumerate(lines):
        if line.startswith("项目资金（万元）｜") and "分值" in line:
            hdr = line.split("｜")
            row = next(l for l in lines[i + 1:] if l.startswith("年度资金总额｜")).split("｜")
            col = {h: k for k, h in enumerate(hdr)}
            w, sc, rate = D(row[col["分值"]]), D(row[col["得分"]]), row[col["执行率"]]
            b, e = D(row[col["全年预算数"]]), D(row[col["全年执行数"]])
            if not close(rate, e / b * 100):
                fail(f"{name}: funds rate {rate} vs {e}/{b}")
            if not close(row[col["得分"]], w * min(D(1), e / b)) and not close(row[col["得分"]], w * min(D(1), value_of(rate) / 100)):
                fail(f"{name}: execution score {sc}")
            # components (其中 rows) add up, column by column
            comp = []
            for l in lines[i + 2:]:
                if "｜" not in l or l.startswith("年度总体目标") or l.startswith("一级指标"):
                    break
                comp.append(l.split("｜"))
            for cname in ("年初预算数", "全年预算数", "全年执行数"):
                k = col[cname]
                tot = sum(D(r[k]) for r in comp)
                if tot != D(row[k]):
                    fail(f"{name}: {cname} components {tot} vs total {row[k]}")
            for r in comp:
                if r[col["执行率"]] not in ("—",) and D(r[col["全年预算数"]]) > 0:
                    if not close(r[col["执行率"]], D(r[col["全年执行数"]]) / D(r[col["全年预算数"]]) * 100):
                        fail(f"{name}: component rate {r}")
            weight_total += w
            score_total += sc
            found["funds"] = True
    # indicator table
    for i, line in enumerate(lines):
        if not line.startswith("一级指标｜"):
            continue
        hdr = line.split("｜")
        col = {h: k for k, h in enumerate(hdr)}
        level1, groups = None, {}
        for l in lines[i + 1:]:
            if "｜" not in l:
                break
            cells = l.split("｜")
            if cells[0] in ("合计", "总分"):
                stated_total = cells[col["得分"]]
                if D(cells[col["分值"]]) != 100:
                    fail(f"{name}: 合计 weight {cells[col['分值']]}")
                break
            if cells[0]:
                level1 = cells[0]
            w, sc = D(cells[col["分值"]]), D(cells[col["得分"]])
            weight_total += w
            score_total += sc
            groups.setdefault(level1, []).append(w)
            if sc > w or sc < 0:
                fail(f"{name}: score {sc} outside [0, {w}] in {l}")
            t, a = parse_q(cells[col["年度指标值"]]), parse_q(cells[col["实际完成值"]])
            comp = None
            if t and a and t[2] == a[2]:
                sign, T, A = t[0], t[1], a[1]
                if sign == "lte":
                    comp = D(100) if A <= T else T / A * 100
                    exp_score = w if A <= T else w * T / A
                elif T == 0:
                    comp, exp_score = None, (w if A <= 0 else D(0))
                else:
                    comp = A / T * 100
                    exp_score = w * min(D(1), A / T)
                if not close(cells[col["得分"]], exp_score):
                    fail(f"{name}: score {sc} vs rule {r2(exp_score)} in {l}")
            elif t and a and t[2] != a[2]:
                fail(f"{name}: unit {t[2]!r} vs {a[2]!r} in {l}")
            if "完成率" in col:
                cr = cells[col["完成率"]]
                if comp is not None and not close(cr, comp):
                    fail(f"{name}: completion {cr} vs {r2(comp)} in {l}")
        for g, ws in groups.items():
            m = re.search(r"（(\d+)分）", g)
            if m and sum(ws) != D(m.group(1)):
                fail(f"{name}: level {g} weights {sum(ws)}")
        found["indicators"] = True
    if "indicators" in found:
        if weight_total != 100:
            fail(f"{name}: weights add to {weight_total}")
        if stated_total is None or D(stated_total) != score_total:
            fail(f"{name}: scores add to {score_total}, stated {stated_total}")
    return found, (stated_total if stated_total is not None else None)


def check_money_tables(name, text):
    """Tables of budget / execution columns: rows add to 合计, rates follow, zero bases print —."""
    lines = text.split("\n")
    n = 0
    for i, line in enumerate(lines):
        hdr = line.split("｜")
        if "｜" not in line:
            continue
        if hdr[:2] == ["项目", "行次"]:          # Shaanxi-like layout: rows (1)-(4), rate rows
            rows = {}
            for l in lines[i + 1:]:
                if "｜" not in l:
                    break
                c = l.split("｜")
                rows[c[1]] = c[2:]
            for key in ("(1)", "(2)", "(3)", "(4)"):
                v = [D(x) for x in rows[key]]
                if v[0] != sum(v[1:]):
                    fail(f"{name}: row {key} parts {sum(v[1:])} vs 合计 {v[0]}")
            for key, num in (("(5)=(3)/(2)", "(3)"), ("(6)=(4)/(2)", "(4)")):
                for k, cell in enumerate(rows[key]):
                    base, top = D(rows["(2)"][k]), D(rows[num][k])
                    if base == 0:
                        if cell != "—":
                            fail(f"{name}: rate {cell} on a zero base in {key}")
                    elif not close(cell, top / base * 100):
                        fail(f"{name}: {key} column {k}: {cell} vs {top / base * 100:.4f}")
            n += 1
        elif "执行率" in hdr and "全年执行数" in hdr and "分值" not in hdr:
            col = {h: k for k, h in enumerate(hdr)}
            body = []
            for l in lines[i + 1:]:
                if "｜" not in l:
                    break
                body.append(l.split("｜"))
            parts, total, sub = [], None, []
            for c in body:
                b, e, r = D(c[col["全年预算数"]]), D(c[col["全年执行数"]]), c[col["执行率"]]
                if b == 0:
                    if r != "—":
                        fail(f"{name}: rate {r} on a zero base ({c[0]})")
                elif not close(r, e / b * 100):
                    fail(f"{name}: rate {r} vs {e / b * 100:.4f} ({c[0]})")
                if c[0] == "合计":
                    total = c
                elif total is None:
                    parts.append(c)
                else:
                    sub.append(c)
            for group in (parts, sub):
                if not group:
                    continue
                for h in ("年初预算数", "全年预算数", "全年执行数"):
                    if h in col and sum(D(p[col[h]]) for p in group) != D(total[col[h]]):
                        fail(f"{name}: {h} rows add to {sum(D(p[col[h]]) for p in group)}, 合计 {total[col[h]]}")
            n += 1
    return n


def check_years(name, text, year):
    for m in re.finditer(r"结转(?:至)?(\d{4})年", text):
        if int(m.group(1)) <= year:
            fail(f"{name}: {m.group(0)} in a {year} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{name}: {m.group(0)}")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:由[^，。]{0,8})?(?:全额)?(?:提前)?下达", text):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == year or (y == year - 1 and mo == 12)):
            fail(f"{name}: funds issued {m.group(0)}")
    if f"{year}年度" not in text[:200]:
        fail(f"{name}: title year {year} missing")


# ---------------------------------------------------------------- explicit facts per draft
def F(*xs):
    return [D(x) for x in xs]


FACTS = {
    "xianju-waterstation-2021": {
        "present": ["年初预算86.00万元", "上年结转的6.40万元", "全年预算92.40万元", "执行88.71万元，执行率96.01%",
                    "执行82.31万元，执行率95.71%", "年末结余3.69万元", "第三方运维服务费｜68.60｜7座×9.80万元",
                    "试剂耗材及备品备件｜11.25", "实验室比对监测费｜4.86", "通讯及电费｜4.00", "合计｜88.71",
                    "占全年执行数的77.33%", "单站每年98000元", "比对监测86次，完成率102.38%",
                    "平均为95.6%", "合格率为83.7%，完成率98.47%", "满意及基本满意112份，满意度93.33%",
                    "收回120份", "自评总分98.45分", "评价等级为“优”", "公众满意度｜≥90%｜93.33%",
                    "横溪站96.2%、白塔站94.8%、县城西门站95.1%、下各站96.3%、朱溪站95.0%、田市站97.4%、埠头站94.4%，平均为95.6%", "产出指标得分49.85分", "效益指标得分29分",
                    "预算执行率得分9.60分", "满意度指标得分10分", "数据有效传输率95.6%"],
        "sum": [(F("86.00", "6.40"), "92.40"), (F("82.31", "6.40"), "88.71"),
                (F("68.60", "11.25", "4.86", "4.00"), "88.71"), (F("9.60", "49.85", "29", "10"), "98.45"),
                (F("10", "5", "10", "9.85", "5", "10"), "49.85"), (F("10", "10", "9"), "29")],
        "diff": [("92.40", "88.71", "3.69")],
        "prod": [(F("7", "9.80"), "68.60"), (F("98000", "0.0001"), "9.80")],
        "rate": [("88.71", "92.40", "96.01%"), ("82.31", "86.00", "95.71%"), ("68.60", "88.71", "77.33%"),
                 ("86", "84", "102.38%"), ("83.7", "85", "98.47%"), ("112", "120", "93.33%")],
        "avg": [(F("96.2", "94.8", "95.1", "96.3", "95.0", "97.4", "94.4"), "95.6")],
        "grade": ("98.45", "优"), "year": 2021, "money_tables": 0,
    },
    "lueyang-soilsurvey-2019": {
        "present": ["全年预算53.00万元已全部到位", "执行50.14万元，预算执行率94.60%", "年末结余2.86万元",
                    "结转2020年", "技术服务费14.50万元", "土壤样品检测费24.84万元（216个样品，平均每个1150元）",
                    "地下水样品检测费4.32万元（27个样品，每个1600元）", "评审费3.48万元", "租赁费3.00万元",
                    "合计50.14万元", "土壤样品216个", "超过计划16个", "样品36个，合格35个，合格率97.2%",
                    "28个地块", "入库率87.5%", "满意91人，满意度91%", "得分99.18分，等级为优",
                    "在产企业地块24个、关闭搬迁企业地块8个", "中央资金45.00万元", "县级配套资金8.00万元"],
        "sum": [(F("45.00", "8.00", "0.00"), "53.00"), (F("43.12", "7.02", "0.00"), "50.14"),
                (F("14.50", "24.84", "4.32", "3.48", "3.00"), "50.14"), (F("24", "8"), "32"),
                (F("35", "1"), "36")],
        "diff": [("53.00", "50.14", "2.86"), ("216", "200", "16")],
        "prod": [(F("216", "1150", "0.0001"), "24.84"), (F("27", "1600", "0.0001"), "4.32")],
        "rate": [("53.00", "53.00", "100.00"), ("50.14", "53.00", "94.60"), ("43.12", "45.00", "95.82"),
                 ("7.02", "8.00", "87.75"), ("35", "36", "97.2"), ("28", "32", "87.5"), ("91", "100", "91")],
        "avg": [([D("248400") / 216], "1150")],  # 24.84万元 over 216 samples
        "grade": ("99.18", "优"), "year": 2019, "money_tables": 1,
    },
    "chengjiang-deptwhole-2022": {
        "present": ["年初预算612.40万元，年中追加77.35万元，全年预算689.75万元", "执行664.38万元，预算执行率96.32%",
                    "基本支出执行452.15万元（人员经费389.47万元、公用经费62.68万元）", "项目支出执行212.23万元，执行率89.32%",
                    "未执行的25.37万元中，执法装备采购尾款17.34万元、大气及噪声监测运行费4.03万元、宣传教育经费4.00万元",
                    "结转2023年", "执法车辆1辆（19.80万元）", "无人机2架（8.60万元）", "单价2980元，计5.96万元",
                    "合同价24.04万元，年内支付预付款6.70万元", "支出11.85万元，比2021年的12.60万元下降5.95%",
                    "编制28名，其中行政编制9名、事业编制19名", "实有在职人员26人，其中行政8人、事业18人",
                    "优良天数362天，优良天数比例99.2%", "群众500人，满意及基本满意443人，满意度88.6%",
                    "检查企业284家次", "执法装备26台（套）", "受理环境信访件57件", "综合自评得分97.47分",
                    "评价等级为“优”", "产出指标得48分", "截至2022年12月31日", "效益指标得30分", "满意度指标得9.84分", "预算执行率得分9.63分"],
        "sum": [(F("438.60", "173.80"), "612.40"), (F("452.15", "237.60"), "689.75"),
                (F("452.15", "212.23"), "664.38"), (F("612.40", "77.35"), "689.75"),
                (F("389.47", "62.68"), "452.15"), (F("96.00", "58.40", "41.20", "42.00"), "237.60"),
                (F("96.00", "41.06", "37.17", "38.00"), "212.23"), (F("17.34", "4.03", "4.00"), "25.37"),
                (F("19.80", "8.60", "5.96", "6.70"), "41.06"), (F("1", "2", "20", "3"), "26"),
                (F("9", "19"), "28"), (F("8", "18"), "26"), (F("9.63", "48", "30", "9.84"), "97.47"),
                (F("612.40", "0.00"), "612.40")],
        "diff": [("689.75", "664.38", "25.37"), ("237.60", "212.23", "25.37"), ("24.04", "6.70", "17.34"),
                 ("58.40", "41.06", "17.34"), ("41.20", "37.17", "4.03"), ("42.00", "38.00", "4.00")],
        "prod": [(F("20", "2980", "0.0001"), "5.96"), (F("12", "12"), "144")],
        "rate": [("664.38", "689.75", "96.32%"), ("212.23", "237.60", "89.32%"), ("452.15", "452.15", "100.00%"),
                 ("96.00", "96.00", "100.00%"), ("41.06", "58.40", "70.31%"), ("37.17", "41.20", "90.22%"),
                 ("38.00", "42.00", "90.48%"), ("0.75", "12.60", "5.95%"), ("362", "365", "99.2%"),
                 ("443", "500", "88.6%"), ("57", "57", "100%")],
        "avg": [],
        "grade": ("97.47", "优"), "year": 2022, "money_tables": 2,
    },
    "chenbaerhu-airstation-2020": {
        "present": ["年初预算38.00万元，年内未作调整，全年预算38.00万元", "2020年3月由旗财政局全额下达",
                    "实际支出31.92万元，预算执行率84.00%", "运维服务费24.00万元（两座站点各12.00万元）",
                    "耗材4.12万元", "网络费3.80万元", "年末结余6.08万元", "巡检80次（每站40次）", "全年104次",
                    "巴彦库仁镇站78.2%，呼和诺尔站74.8%，两站平均76.5%", "检查125次，合格121次，合格率96.8%",
                    "36小时、52小时、48小时、96小时、68小时，平均60小时", "有效监测天数321天，优良天数313天，优良天数比例97.5%",
                    "问卷60份，满意48份，满意度80%", "自评得分89.64分，评价等级为良", "预算执行率得8.40分",
                    "产出指标50分，得46.35分", "效益指标30分，得26分", "满意度指标10分，得8.89分", "数据有效率76.5%"],
        "sum": [(F("24.00", "4.12", "3.80"), "31.92"), (F("12.00", "12.00"), "24.00"), (F("40", "40"), "80"),
                (F("8.40", "46.35", "26", "8.89"), "89.64"), (F("10", "3.85", "8.50", "10", "4.00", "10"), "46.35"),
                (F("10", "10", "6"), "26")],
        "diff": [("38.00", "31.92", "6.08")],
        "prod": [(F("52", "2"), "104"), (F("10", "0.6"), "6")],
        "rate": [("31.92", "38.00", "84.00%"), ("121", "125", "96.8%"), ("313", "321", "97.5%"), ("48", "60", "80%")],
        "avg": [(F("78.2", "74.8"), "76.5"), (F("36", "52", "48", "96", "68"), "60")],
        "grade": ("89.64", "良"), "year": 2020, "money_tables": 0,
    },
    "nanjing-solidwaste-2024": {
        "present": ["对2024年度42.50万元", "全年预算42.50万元，其中县级预算30.00万元、省级追加12.50万元",
                    "资金到位率100%", "实际支出40.80万元，预算执行率96.00%", "省级资金12.50万元全部支出",
                    "县级资金支出28.30万元，执行率94.33%", "年末结余1.70万元", "服务费19.38万元（68家，单家2850元）",
                    "培训费3.55万元", "运维费8.60万元", "补助9.27万元", "68家危险废物产生单位", "完成率113.33%",
                    "52人次、46人次、44人次，共计142人次，平均每期47.33人次，完成率94.67%",
                    "68家单位中63家达标，达标率92.65%", "未达标的5家", "问卷80份，表示满意的76份，满意度95%",
                    "预算执行率10分，得9.60分", "产出指标50分，得49.47分", "数量指标20分得19.47分",
                    "质量指标15分得15分", "时效指标5分得5分", "成本指标10分得10分", "效益指标30分，得30分",
                    "社会效益15分得15分", "生态效益15分得15分", "满意度指标10分，得10分", "综合得分99.07分",
                    "评价等级为“优”", "不少于60家", "不少于150人次", "不超过3000元"],
        "sum": [(F("30.00", "12.50"), "42.50"), (F("12.50", "28.30"), "40.80"),
                (F("19.38", "3.55", "8.60", "9.27"), "40.80"), (F("52", "46", "44"), "142"), (F("63", "5"), "68"),
                (F("10", "9.47"), "19.47"), (F("19.47", "15", "5", "10"), "49.47"), (F("15", "15"), "30"),
                (F("9.60", "49.47", "30", "10"), "99.07"), (F("20", "15", "5", "10"), "50"),
                (F("10", "50", "30", "10"), "100")],
        "diff": [("42.50", "40.80", "1.70"), ("30.00", "28.30", "1.70")],
        "prod": [(F("68", "2850", "0.0001"), "19.38"), (F("10", "0.96"), "9.60")],
        "rate": [("42.50", "42.50", "100%"), ("40.80", "42.50", "96.00%"), ("28.30", "30.00", "94.33%"),
                 ("68", "60", "113.33%"), ("142", "150", "94.67%"), ("63", "68", "92.65%"), ("76", "80", "95%")],
        "scores": [("10", "142", "150", "9.47")],
        "avg": [(F("52", "46", "44"), "47.33")],
        "grade": ("99.07", "优"), "year": 2024, "money_tables": 0,
    },
}


def check_facts(name, text):
    f = FACTS[name]
    for s in f["present"]:
        if s not in text:
            fail(f"{name}: expected text missing: {s}")
    for parts, tot in f["sum"]:
        if sum(parts) != D(tot):
            fail(f"{name}: sum {parts} = {sum(parts)} != {tot}")
    for a, b, c in f["diff"]:
        if D(a) - D(b) != D(c):
            fail(f"{name}: {a} - {b} != {c}")
    for parts, tot in f["prod"]:
        p = D(1)
        for x in parts:
            p *= x
        if p != D(tot):
            fail(f"{name}: product {parts} = {p} != {tot}")
    for num, den, rate in f["rate"]:
        if not close(rate, D(num) / D(den) * 100):
            fail(f"{name}: rate {num}/{den} = {D(num) / D(den) * 100:.4f} vs {rate}")
    for w, a, t, sc in f.get("scores", []):
        if not close(sc, D(w) * min(D(1), D(a) / D(t))):
            fail(f"{name}: score {sc}")
    for items, avg in f["avg"]:
        if not close(avg, sum(items) / len(items)):
            fail(f"{name}: average of {items} != {avg}")
    total, grade = f["grade"]
    if grade_of(total) != grade:
        fail(f"{name}: grade {grade} does not fit {total}")
    # every grade statement in the text agrees with the band
    for m in re.finditer(r"等级为[“\"]?(优|良|中|差)", text):
        if m.group(1) != grade:
            fail(f"{name}: grade statement {m.group(0)}")
    for m in re.finditer(r"(?:自评得分|自评总分|综合自评得分|综合得分|得分)(\d+\.\d+)分[，,]\s*(?:评价)?等级", text):
        if m.group(1) != total:
            fail(f"{name}: total {m.group(1)} != {total}")


def check_clean(labels):
    for lab in labels:
        if not lab["clean"]:
            continue
        name = lab["source"]
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        found, stated_total = check_tables(name, text)
        if stated_total is not None and stated_total != FACTS[name]["grade"][0]:
            fail(f"{name}: table total {stated_total} != {FACTS[name]['grade'][0]}")
        check_facts(name, text)
        nt = check_money_tables(name, text)
        if nt != FACTS[name]["money_tables"]:
            fail(f"{name}: {nt} money tables parsed")
        check_years(name, text, FACTS[name]["year"])
        if "｜" in text and "indicators" not in found:
            fail(f"{name}: table present but no indicator table parsed")


def main():
    labels = check_labels()
    check_clean(labels)
    if FAIL:
        for m in FAIL:
            print("FAIL", m)
        sys.exit(1)
    print(f"{len(labels)} cases checked")
    print("OK")


if __name__ == "__main__":
    main()
