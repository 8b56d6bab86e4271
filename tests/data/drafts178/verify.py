#!/usr/bin/env python3
"""Verify the n178 set.

1. labels.jsonl: every case exists, clean cases have no expected findings, every label value occurs
   in its case (and, for error cases, not in the clean draft), every code of errors.md §A occurs at
   least twice, six error cases per source.
2. Every error case differs from its clean draft in exactly one place (one short window).
3. The arithmetic of every clean draft is redone: funds tables (sums, rates, balances, execution
   score), indicator tables (weights, scores, completion, units, totals), grades, text totals,
   and a list of per-draft facts (sums, rates, averages, products, differences, years) read from
   exact snippets of the text.
Prints OK at the end when everything holds.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
NUM = re.compile(r"\d+(?:\.\d+)?")
D = Decimal

problems = []


def fail(msg):
    problems.append(msg)


def nums(s):
    return [D(x) for x in NUM.findall(s)]


def decimals(s):
    m = NUM.search(s) if not isinstance(s, Decimal) else None
    txt = m.group(0) if m else str(s)
    return len(txt.split(".")[1]) if "." in txt else 0


def close(computed, stated_str):
    """stated value (string with its decimals) is consistent with computed value."""
    v = D(NUM.search(stated_str).group(0))
    d = decimals(stated_str)
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中", "差": "差"}


# ---------------------------------------------------------------- tables
def cells(line):
    return line.split("｜")


def check_funds_mof(name, lines):
    """MOF funds block: header 年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分."""
    out = None
    for i, line in enumerate(lines):
        if "年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分" in line:
            rows = []
            for ln in lines[i + 1:]:
                c = cells(ln)
                if len(c) != 7:
                    break
                rows.append(c)
            total, parts = rows[0], rows[1:]
            for col in (1, 2, 3):
                s = sum(D(p[col]) for p in parts)
                if s != D(total[col]):
                    fail(f"{name}: funds column {col}: parts {s} != total {total[col]}")
            for r in rows:
                base, spent, rate = D(r[2]), D(r[3]), r[5]
                if base == 0:
                    if rate != "—":
                        fail(f"{name}: rate on zero base in row {r[0]}: {rate}")
                    continue
                if rate == "—":
                    continue
                if not close(spent / base * 100, rate):
                    fail(f"{name}: row {r[0]} rate {rate} != {spent / base * 100:.4f}")
                if D(NUM.search(rate).group(0)) > 100:
                    fail(f"{name}: rate above 100% in row {r[0]}")
            w, score = D(total[4]), D(total[6])
            r_unrounded = min(D(total[3]) / D(total[2]), D(1))
            r_stated = min(D(NUM.search(total[5]).group(0)) / 100, D(1))
            if not (close(w * r_unrounded, total[6]) or close(w * r_stated, total[6])):
                fail(f"{name}: execution score {score} != {w} x rate")
            out = (w, score, D(NUM.search(total[5]).group(0)))
    return out


def check_funds_shanxi(name, lines):
    """Shanxi funds table with 行次 and printed formulas."""
    for i, line in enumerate(lines):
        if line.startswith("项目｜行次｜合计｜"):
            rows = {}
            for ln in lines[i + 1:]:
                c = cells(ln)
                if len(c) != 9:
                    break
                rows[c[1].split("=")[0]] = [D(x) for x in c[2:]]
            for key in ("(1)", "(2)", "(3)", "(4)", "(5)"):
                r = rows[key]
                if sum(r[1:]) != r[0]:
                    fail(f"{name}: Shanxi row {key}: columns add to {sum(r[1:])}, 合计 {r[0]}")
            raw = {c[1].split("=")[0]: c[2:] for c in (cells(ln) for ln in lines[i + 1:i + 8])}
            for j in range(7):
                b, rec, sp = rows["(2)"][j], rows["(3)"][j], rows["(4)"][j]
                if rows["(5)"][j] != rec - sp:
                    fail(f"{name}: Shanxi (5) col {j}")
                for key, numr in (("(6)", rec), ("(7)", sp)):
                    if b == 0:
                        if rows[key][j] != 0:
                            fail(f"{name}: Shanxi {key} col {j}: non-zero rate on zero base")
                    elif not close(numr / b * 100, raw[key][j]):
                        fail(f"{name}: Shanxi {key} col {j}: {raw[key][j]} != {numr / b * 100:.4f}")
            return rows
    return None


def parse_value(s):
    s = s.strip()
    direction = None
    for sign, d in (("≥", "gte"), ("＞", "gte"), ("≤", "lte"), ("＜", "lte"), ("达到", "gte"), ("已", None)):
        if s.startswith(sign):
            s = s[len(sign):]
            direction = d
            break
    m = NUM.match(s)
    if not m:
        return None
    return direction or "eq", D(m.group(0)), s[m.end():]


def check_indicators(name, lines, execution):
    """Indicator table: weights, scores, completion, units, total."""
    for i, line in enumerate(lines):
        if "分值｜得分" in line and ("年度指标值" in line or "目标值" in line):
            head = cells(line)
            ti = head.index("年度指标值") if "年度指标值" in head else head.index("目标值")
            ai = head.index("实际完成值") if "实际完成值" in head else head.index("业绩值")
            ci = head.index("完成率") if "完成率" in head else None
            wi, si = head.index("分值"), head.index("得分")
            weights, scores = [], []
            level = {}
            if execution:
                weights.append(execution[0])
                scores.append(execution[1])
            total = None
            for ln in lines[i + 1:]:
                c = cells(ln)
                if c[0] in ("总分", "合计"):
                    total = (D(c[wi]), D(c[si]))
                    break
                if c[0] not in ("产出指标", "效益指标", "满意度指标", "预算执行"):
                    continue
                w, sc = D(c[wi]), D(c[si])
                weights.append(w)
                scores.append(sc)
                level[c[0]] = level.get(c[0], D(0)) + w
                if sc > w or sc < 0:
                    fail(f"{name}: score {sc} outside [0, {w}] in {c[2]}")
                t, a = parse_value(c[ti]), parse_value(c[ai])
                if t is None:  # qualitative
                    if sc != w:
                        fail(f"{name}: qualitative row {c[2]} not at full marks")
                    continue
                if a is None:
                    fail(f"{name}: actual of {c[2]} not numeric")
                    continue
                if t[2] != a[2]:
                    fail(f"{name}: unit of {c[2]}: target {t[2]!r}, actual {a[2]!r}")
                direction, T, A = t[0], t[1], a[1]
                if direction == "lte":
                    comp = D(100) if A <= T else T / A * 100
                else:
                    comp = A / T * 100
                exp_score = w * min(comp / 100, D(1))
                if not close(exp_score, c[si]):
                    fail(f"{name}: score of {c[2]} {sc} != {exp_score:.4f}")
                if ci is not None and not close(comp, c[ci]):
                    fail(f"{name}: completion of {c[2]} {c[ci]} != {comp:.4f}")
            if total is None:
                fail(f"{name}: no total row")
                return None
            if sum(weights) != 100 or total[0] != 100:
                fail(f"{name}: weights add to {sum(weights)}, total row {total[0]}")
            if sum(scores) != total[1]:
                fail(f"{name}: scores add to {sum(scores)}, total row {total[1]}")
            return total[1], level
    return None


# ---------------------------------------------------------------- per-draft facts
def snip(text, s, name):
    if s not in text:
        fail(f"{name}: snippet missing: {s!r}")
        return None
    return nums(s)


def run_facts(name, text, year, facts):
    for f in facts:
        try:
            one_fact(name, text, f)
        except (IndexError, TypeError, ArithmeticError) as exc:
            fail(f"{name}: fact {f[0]} {f[1]!r} could not be evaluated ({exc})")
    year_checks(name, text, year)


def one_fact(name, text, f):
    kind = f[0]
    if True:
        if kind == "sum":           # ("sum", [(snippet, idx), ...], (snippet, idx))
            parts = [snip(text, s, name) for s, _ in f[1]]
            tot = snip(text, f[2][0], name)
            if None in parts or tot is None:
                return
            s = sum(p[i] for p, (_, i) in zip(parts, f[1]))
            if s != tot[f[2][1]]:
                fail(f"{name}: sum {s} != {tot[f[2][1]]} ({f[2][0]})")
        elif kind == "diff":        # ("diff", (a), (b), (result))
            a, b, r = (snip(text, x[0], name) for x in f[1:4])
            if None in (a, b, r):
                return
            if a[f[1][1]] - b[f[2][1]] != r[f[3][1]]:
                fail(f"{name}: diff {a[f[1][1]]} - {b[f[2][1]]} != {r[f[3][1]]}")
        elif kind == "ratio":       # ("ratio", (num), (den), (stated%)) stated string must be exact snippet
            a, b = snip(text, f[1][0], name), snip(text, f[2][0], name)
            if f[3] not in text:
                fail(f"{name}: snippet missing: {f[3]!r}")
                return
            if None in (a, b):
                return
            stated = NUM.findall(f[3])[f[4] if len(f) > 4 else -1]
            if not close(a[f[1][1]] / b[f[2][1]] * 100, stated):
                fail(f"{name}: ratio {a[f[1][1]]}/{b[f[2][1]]} != {stated}%")
        elif kind == "quot":        # ("quot", (num), (den), stated snippet): num/den == stated (decimals rule)
            a, b = snip(text, f[1][0], name), snip(text, f[2][0], name)
            if f[3] not in text:
                fail(f"{name}: snippet missing: {f[3]!r}")
                return
            if None in (a, b):
                return
            if not close(a[f[1][1]] / b[f[2][1]], NUM.findall(f[3])[0]):
                fail(f"{name}: quotient {a[f[1][1]]}/{b[f[2][1]]} != {f[3]}")
        elif kind == "product":     # ("product", snippet, i, j, k, scale): n[i]*n[j]*scale == n[k]
            n = snip(text, f[1], name)
            if n is None:
                return
            if n[f[2]] * n[f[3]] * D(f[5]) != n[f[4]]:
                fail(f"{name}: product in {f[1]!r}")
        elif kind == "avg":         # ("avg", snippet, [idx...], idx_avg)
            n = snip(text, f[1], name)
            if n is None:
                return
            items = [n[i] for i in f[2]]
            if not close(sum(items) / len(items), NUM.findall(f[1])[f[3]]):
                fail(f"{name}: average {sum(items) / len(items)} != {n[f[3]]}")
        elif kind == "present":
            for s in f[1:]:
                if s not in text:
                    fail(f"{name}: snippet missing: {s!r}")
        elif kind == "eq":          # ("eq", (snippet, idx), value)
            n = snip(text, f[1][0], name)
            if n is not None and n[f[1][1]] != D(f[2]):
                fail(f"{name}: {f[1][0]!r} != {f[2]}")
        else:
            raise ValueError(kind)


def year_checks(name, text, year):
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != year:
            fail(f"{name}: 截至{m.group(1)}年12月31日 in a {year} report")
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) != year + 1:
            fail(f"{name}: 结转至{m.group(1)}年 in a {year} report")
    for m in re.finditer(r"（(\d{4})年度）", text):
        if int(m.group(1)) != year:
            fail(f"{name}: table year {m.group(1)} in a {year} report")
    if f"{year}年度" not in "\n".join(text.splitlines()[:2]):
        fail(f"{name}: title does not name {year}")
    for m in re.finditer(r"(\d{4})年(\d{1,2})月[，、]?[^。；]{0,6}(?:财政|省财政|市财政局)[^。；]{0,4}下达", text):
        y, mo = int(m.group(1)), int(m.group(2))
        if not (y == year or (y == year - 1 and mo == 12)):
            fail(f"{name}: funds issued {y}年{mo}月 for a {year} budget")


FACTS = {
    "sc-baoxing-minju-2019": (2019, [
        ("sum", [("省级补助资金140.00万元", 0), ("县级配套资金28.00万元", 0)], ("项目年初预算168.00万元", 0)),
        ("sum", [("项目年初预算168.00万元", 0), ("追加县级资金12.00万元", 0)], ("全年预算调整为180.00万元", 0)),
        ("present", "项目资金180.00万元全部到位"),
        ("ratio", ("全年实际支出172.62万元", 0), ("全年预算调整为180.00万元", 0), "预算执行率95.90%"),
        ("sum", [("加固改造补助128.40万元", 0), ("抗震示范农房补助30.00万元", 0), ("图集印制及工匠培训等14.22万元", 0)],
         ("全年实际支出172.62万元", 0)),
        ("product", "加固改造补助128.40万元（107户，每户补助12000元）", 1, 2, 0, "0.0001"),
        ("product", "抗震示范农房补助30.00万元（15户，每户2万元）", 1, 2, 0, "1"),
        ("diff", ("全年预算调整为180.00万元", 0), ("全年实际支出172.62万元", 0), ("未支出的7.38万元", 0)),
        ("sum", [("分别培训31、35、38、32人次", i) for i in range(4)], ("共136人次", 0)),
        ("avg", "分别培训31、35、38、32人次，共136人次，平均每期34人次", [0, 1, 2, 3], 5),
        ("ratio", ("全年完成农房抗震加固改造107户", 0), ("为年度目标112户", 0), "为年度目标112户的95.54%"),
        ("quot", ("加固改造补助128.40万元", 0), ("（107户", 0), "户均补助1.2万元"),
        ("present", "≥112户｜107户｜20｜19.11", "15户｜15户｜10｜10", "≥120人次｜136人次", "≥400人｜446人",
         "直接受益农村人口446人", "培训农村建筑工匠136人次", "完成农房抗震加固改造112户", "2018年12月提前下达"),
        ("diff", ("加固改造户数｜≥112户｜107户｜20｜19.11", 2), ("加固改造户数｜≥112户｜107户｜20｜19.11", 3), ("扣0.89分", 0)),
        ("diff", ("年度资金总额｜168.00｜180.00｜172.62｜10｜95.90%｜9.59", 3), ("年度资金总额｜168.00｜180.00｜172.62｜10｜95.90%｜9.59", 5),
         ("扣0.41分", 0)),
        ("eq", ("项目自评得分98.70分", 0), "98.70"),
    ]),
    "xj-wushi-dizhenju-2021": (2021, [
        ("sum", [("年初预算196.80万元", 0), ("追加台网维修经费12.60万元", 0)], ("全年预算209.40万元", 0)),
        ("sum", [("其中基本支出138.50万元", 0), ("项目支出70.90万元", 0)], ("全年预算209.40万元", 0)),
        ("ratio", ("全年支出207.33万元", 0), ("全年预算209.40万元", 0), "预算执行率99.01%"),
        ("sum", [("基本支出137.92万元", 0), ("项目支出69.41万元", 0)], ("全年支出207.33万元", 0)),
        ("sum", [("人员经费121.30万元", 0), ("公用经费16.62万元", 0)], ("基本支出137.92万元", 0)),
        ("sum", [("地震监测台网运维47.85万元", 0), ("防震减灾宣传8.30万元", 0), ("应急物资13.26万元", 0)],
         ("项目支出69.41万元", 0)),
        ("diff", ("全年预算209.40万元", 0), ("全年支出207.33万元", 0), ("年末结余2.07万元", 0)),
        ("sum", [("工资福利支出121.30万元", 0), ("商品和服务支出78.15万元", 0), ("资本性支出7.88万元", 0)],
         ("全年支出207.33万元", 0)),
        ("sum", [("项目支出｜58.30｜70.90", 0), ("追加台网维修经费12.60万元", 0)], ("项目支出｜58.30｜70.90", 1)),
        ("avg", "乌什地震台99.6%、阿合雅监测点98.9%、亚曼苏监测点99.2%、英阿瓦提监测点98.7%、依麻木监测点99.1%，5个台站（点）平均运行率99.10%",
         [0, 1, 2, 3, 4], 6),
        ("present", "台网平均运行率｜≥98%｜99.10%", "宣传活动14场", "≥12场｜14场", "演练4次", "≥4次｜4次",
         "知晓率为82%", "≥85%｜82%", "满意度为94.5%", "≥90%｜94.5%", "平均用时18分钟", "≤30分钟｜18分钟"),
        ("diff", ("年度资金总额｜196.80｜209.40｜207.33｜10｜99.01%｜9.90", 3), ("年度资金总额｜196.80｜209.40｜207.33｜10｜99.01%｜9.90", 5), ("扣0.10分", 0)),
        ("diff", ("｜15｜14.47｜", 0), ("｜15｜14.47｜", 1), ("扣0.53分", 0)),
        ("eq", ("自评得分99.37分", 0), "99.37"),
    ]),
    "sx-dingxiang-kepu-2022": (2022, [
        ("sum", [("项目年初预算14.00万元", 0), ("防震减灾科普补助资金10.00万元", 0)], ("全年预算调整为24.00万元", 0)),
        ("ratio", ("全年执行22.68万元", 0), ("全年预算调整为24.00万元", 0), "执行率94.50%"),
        ("diff", ("全年预算调整为24.00万元", 0), ("全年执行22.68万元", 0), ("结余1.32万元", 0)),
        ("sum", [("科普宣传品印制7.20万元", 0), ("宣讲活动4.56万元", 0), ("展项更新9.12万元", 0), ("演练指导1.80万元", 0)],
         ("全年执行22.68万元", 0)),
        ("sum", [("计5.16万元", 0), ("展板、挂图2.04万元", 0)], ("科普宣传品印制7.20万元", 0)),
        ("product", "科普手册21500册，单价2.40元，计5.16万元", 0, 1, 2, "0.0001"),
        ("sum", [("进校园14场", 0), ("进社区9场", 0), ("进农村9场", 0)], ("开展宣讲32场", 0)),
        ("ratio", ("全年印制发放科普手册21500册", 0), ("发放科普手册不少于20000册", 0), "完成年度目标的107.50%"),
        ("ratio", ("科普教育基地全年接待7360人次", 0), ("未达到8000人次的年度目标", 0), "完成率92.00%"),
        ("diff", ("全年印制发放科普手册21500册", 0), ("发放科普手册不少于20000册", 0), ("加印1500册", 0)),
        ("sum", [("预算执行得分9.45分", 0), ("产出指标得分50分", 0), ("效益指标得分28.80分", 0), ("满意度指标得分10分", 0)],
         ("自评总得分98.25分", 0)),
        ("sum", [("｜15｜15\n", 0), ("｜15｜13.80", 1)], ("效益指标得分28.80分", 0)),
        ("present", "知晓率84.6%", "≥80%｜84.6%", "满意度为95.2%", "≥90%｜95.2%", "展项更新6项", "≥6项｜6项",
         "2.40元/册｜100%", "手册印制单价2.40元/册", "｜94.50%｜94.50%｜10｜9.45", "2022年5月，省财政下达"),
    ]),
    "fj-zhangpu-yujing-2024": (2024, [
        ("sum", [("项目年初预算58.00万元", 0), ("补助资金20.00万元，全年预算", 0)], ("全年预算调整为78.00万元", 0)),
        ("ratio", ("当年支出20.00万元", 0), ("省级补助资金20.00万元于", 0), "当年支出20.00万元，支出率100%"),
        ("ratio", ("全年实际支出75.66万元", 0), ("全年预算调整为78.00万元", 0), "预算执行率97.00%"),
        ("sum", [("新增终端采购安装39.68万元", 0), ("软件升级11.28万元", 0), ("通信流量费18.50万元", 0), ("人员培训6.20万元", 0)],
         ("全年实际支出75.66万元", 0)),
        ("product", "新增终端采购安装39.68万元（64台，每台6200元）", 1, 2, 0, "0.0001"),
        ("diff", ("全年预算调整为78.00万元", 0), ("全年实际支出75.66万元", 0), ("年末未支出2.34万元", 0)),
        ("sum", [("中小学校38台", 0), ("村（社区）26台", 0)], ("发布终端64台，其中", 0)),
        ("sum", [("全县已布设终端85台", 0), ("发布终端64台，其中", 0)], ("终端总数达到149台", 0)),
        ("ratio", ("发布终端64台，其中", 0), ("新增预警信息发布终端不少于60台", 0), "完成年度目标的106.67%"),
        ("avg", "平均在线率分别为96.8%、97.1%、97.6%、97.7%，全年平均在线率97.3%", [0, 1, 2, 3], 4),
        ("ratio", ("全年平均在线率97.3%", 0), ("年平均在线率不低于98%", 0), "完成目标值的99.29%"),
        ("present", "≥60台｜64台", "≥40所｜42所", "终端覆盖中小学校42所", "≥98%｜97.3%", "≤5秒｜2.6秒",
         "平均响应时间为2.6秒", "≥12万人｜13.6万人", "增加到13.6万人", "≥90%｜96%", "使用单位满意度为96%",
         "0.62万元/台｜10｜10", "2024年6月，省财政下达"),
    ]),
    "nx-shapotou-duanceng-2020": (2020, [
        ("sum", [("自治区补助资金120.00万元", 0), ("区级配套资金60.00万元", 0)], ("当年财政拨款180.00万元", 0)),
        ("sum", [("当年财政拨款180.00万元", 0), ("上年结转资金35.40万元", 0)], ("全年预算215.40万元", 0)),
        ("ratio", ("全年实际支出201.06万元", 0), ("全年预算215.40万元", 0), "预算执行率93.34%"),
        ("sum", [("浅层地震勘探96.80万元", 0), ("钻孔联合剖面68.40万元", 0), ("探槽开挖与编录21.50万元", 0),
                 ("样品年代测定10.80万元", 0), ("监理及成果评审3.56万元", 0)], ("全年实际支出201.06万元", 0)),
        ("diff", ("全年预算215.40万元", 0), ("全年实际支出201.06万元", 0), ("年末未支出14.34万元", 0)),
        ("diff", ("完成浅层地震勘探测线12.6公里，超出", 0), ("测线不少于12公里", 0), ("超出年度目标0.6公里", 0)),
        ("present", "全年完成浅层地震勘探测线12.6公里", "钻孔17个、探槽3处", "完成钻孔17个", "钻孔不少于18个"),
        ("ratio", ("完成钻孔17个", 0), ("钻孔不少于18个", 0), "完成钻孔17个，完成率94.44%"),
        ("diff", ("采集测年样品46件", 0), ("测年样品不少于40件", 0), ("比目标多6件", 0)),
        ("sum", [("预算执行率10分", 0), ("产出指标50分", 0), ("效益指标30分", 0), ("满意度指标10分", 0)], ("合计100分", 0)),
        ("sum", [("数量指标40分", 0), ("质量指标10分", 0)], ("产出指标50分", 0)),
        ("sum", [("预算执行得9.33分", 0), ("产出指标得49.44分", 0), ("效益指标得30分", 0), ("满意度指标得10分", 0)],
         ("项目综合得分98.77分", 0)),
        ("diff", ("产出指标50分", 0), ("按完成比例扣0.56分", 0), ("产出指标得49.44分", 0)),
        ("present", "钻孔数量一项（分值10分）按完成比例扣0.56分"),
    ]),
}


def extra_checks(name, text):
    """Checks that do not fit the snippet facts."""
    if name == "fj-zhangpu-yujing-2024":
        # 6200元/台 = 0.62万元/台
        if D("6200") / 10000 != D("0.62") or "中标单价6200元/台（含安装调试），即0.62万元/台" not in text:
            fail(f"{name}: unit price")
    if name == "nx-shapotou-duanceng-2020":
        rate = D("201.06") / D("215.40")
        if r2(10 * rate) != D("9.33"):
            fail(f"{name}: execution score")
        if r2(10 - 10 * D(17) / D(18)) != D("0.56"):
            fail(f"{name}: drilling deduction")
        if grade_of(D("98.77")) != "优" or "评价等级为优" not in text:
            fail(f"{name}: grade")


def check_clean(name, text):
    year, facts = FACTS[name]
    lines = text.splitlines()
    execution = check_funds_mof(name, lines)
    shanxi = check_funds_shanxi(name, lines)
    res = check_indicators(name, lines, execution)
    total = None
    if res:
        total = res[0]
    if shanxi:
        # the 预算执行率 row of the 自评表 shows the funds-table rate
        rate = shanxi["(4)"][0] / shanxi["(2)"][0] * 100
        if not close(rate, "94.50") or "预算执行率｜100%｜94.50%｜94.50%" not in text:
            fail(f"{name}: Shanxi execution row")
    for m in re.finditer(r"(?:自评得分|总得分|综合得分)(\d+(?:\.\d+)?)分", text):
        v = D(m.group(1))
        if total is not None and v != total:
            fail(f"{name}: text total {v} != table total {total}")
        total = total if total is not None else v
    if total is None:
        fail(f"{name}: no total found")
    else:
        grades = re.findall(r"(?:评价等级|自评等级)(?:为|｜|：)?(优秀|良好|中等|优|良|中|差)", text)
        if not grades:
            fail(f"{name}: no grade")
        for g in grades:
            if GRADE_NORM[g] != grade_of(total):
                fail(f"{name}: grade {g} does not fit total {total}")
    run_facts(name, text, year, facts)
    extra_checks(name, text)


# ---------------------------------------------------------------- labels and diffs
def one_window(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, a[p:len(a) - s], b[p:len(b) - s]


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        if not os.path.exists(path):
            fail(f"missing case {rec['case']}")
            continue
        texts[rec["case"]] = open(path, encoding="utf-8").read()
    on_disk = set(os.listdir(CASES))
    if on_disk != set(texts):
        fail(f"case files without labels: {sorted(on_disk - set(texts))}")
    code_count = {c: 0 for c in CODES}
    per_source = {}
    for rec in labels:
        text = texts.get(rec["case"], "")
        n = len(text)
        if not (3000 <= n <= 9000):
            fail(f"{rec['case']}: {n} characters")
        if len(text.encode("utf-8")) > 9000:
            fail(f"{rec['case']}: {len(text.encode('utf-8'))} bytes")
        if rec["clean"]:
            if rec["expected"]:
                fail(f"{rec['case']}: clean case with expected findings")
            continue
        per_source[rec["source"]] = per_source.get(rec["source"], 0) + 1
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        clean = texts.get(f"{rec['source']}-clean.txt", "")
        pos, old, new = one_window(clean, text)
        if not old and not new:
            fail(f"{rec['case']}: identical to clean")
        if len(old) > 80 or len(new) > 80 or old.count("\n") > 1:
            fail(f"{rec['case']}: change not in one short place ({len(old)}/{len(new)} chars)")
        for exp in rec["expected"]:
            code_count[exp["code"]] = code_count.get(exp["code"], 0) + 1
            if exp["code"] not in CODES:
                fail(f"{rec['case']}: unknown code {exp['code']}")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
            v = exp["value"]
            if v not in text:
                fail(f"{rec['case']}: value not in case: {v!r}")
                continue
            if v in clean:
                fail(f"{rec['case']}: value also in the clean draft: {v!r}")
            # the value must cover the changed figure
            hits = [m.start() for m in re.finditer(re.escape(v), text)]
            if not any(h < pos + len(new) and pos < h + len(v) for h in hits):
                fail(f"{rec['case']}: value does not overlap the change")
    for c in CODES:
        if code_count.get(c, 0) < 2:
            fail(f"code {c} occurs {code_count.get(c, 0)} times")
    if len(per_source) != 5 or any(v != 6 for v in per_source.values()):
        fail(f"error cases per source: {per_source}")
    for name in FACTS:
        check_clean(name, texts[f"{name}-clean.txt"])
    # sanity: the same arithmetic must notice something in every error case
    global problems
    kept = problems
    missed = []
    for rec in labels:
        if rec["clean"]:
            continue
        problems = []
        check_clean(rec["source"], texts[rec["case"]])
        if not problems:
            missed.append(rec["case"])
    problems = kept
    for m in missed:
        fail(f"{m}: arithmetic re-check finds nothing")
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print(f"{len(labels)} cases, {sum(code_count.values())} labelled errors, codes: "
          + ", ".join(f"{c}={code_count[c]}" for c in CODES))
    print("OK")


if __name__ == "__main__":
    main()
