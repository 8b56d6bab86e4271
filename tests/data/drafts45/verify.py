#!/usr/bin/env python3
"""Check set n45: labels, edit sizes, code coverage, and the arithmetic of every clean draft.

Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of problems, exit 1 on problems)
"""
import json
import os
import re
import sys
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
         "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
         "unit_mismatch", "year_mismatch", "completion_mismatch"]
SCORE_ROW_CODES = {"score_sum_mismatch", "score_exceeds_weight", "weight_sum_mismatch"}
MAX_EDIT = 16


def bad(msg):
    PROBLEMS.append(msg)


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


# ---------------------------------------------------------------- numbers and tolerance
def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the number string as written; computed: Decimal.  rules.md §8 tolerance."""
    v = D(stated.replace(",", ""))
    return abs(D(computed) - v) <= D(5) / (D(10) ** (decimals(stated) + 1)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


CN_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}


def cn2int(s):
    """Chinese numeral below 10^8 (万 supported) to int."""
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            num = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            section += (num if num else 1) * CN_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
        else:
            raise ValueError(s)
    return total + section + num


def grab(text, pattern, label, group=1):
    m = re.findall(pattern, text)
    if len(m) == 0:
        bad(f"{label}: pattern not found: {pattern}")
        return None
    vals = {x if isinstance(x, str) else x[group - 1] for x in m}
    if len(vals) != 1:
        bad(f"{label}: pattern {pattern} has several values {vals}")
    return sorted(vals)[0]


def eq(label, stated, computed):
    if stated is None:
        return
    if not close(stated, computed):
        bad(f"{label}: stated {stated}, computed {computed}")


# ---------------------------------------------------------------- tables
def tables(text):
    blocks, cur = [], []
    for line in text.split("\n"):
        if "｜" in line:
            cur.append(line.split("｜"))
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


NUM = re.compile(r"-?\d+(?:\.\d+)?")


def num_of(cell):
    m = NUM.search(cell.replace(",", ""))
    return m.group(0) if m else None


def grade_of(total):
    if total >= 90:
        return "优"
    if total >= 80:
        return "良"
    if total >= 60:
        return "中"
    return "差"


GTE = ("≥", "不低于", "不少于", "以上", "达到")
LTE = ("≤", "不高于", "不超过", "以内")


def check_score_table(label, tab):
    head = tab[0]
    iw, isc = head.index("分值"), head.index("得分")
    it = next((i for i, h in enumerate(head) if h in ("年度指标值", "指标值")), None)
    ia = next((i for i, h in enumerate(head) if h in ("实际完成值",)), None)
    ic = next((i for i, h in enumerate(head) if h == "完成率"), None)
    leaves, subtotals, total = [], [], None
    for row in tab[1:]:
        if row[0] in ("合计", "总分"):
            total = row
        elif "小计" in row[1]:
            subtotals.append(row)
        else:
            leaves.append(row)
    if total is None:
        bad(f"{label}: score table without total row")
        return None
    w_sum = sum(D(r[iw]) for r in leaves)
    s_sum = sum(D(r[isc]) for r in leaves)
    if w_sum != 100 or D(total[iw]) != 100:
        bad(f"{label}: weights add to {w_sum}, total row {total[iw]}")
    if s_sum != D(total[isc]):
        bad(f"{label}: scores add to {s_sum}, total row {total[isc]}")
    for st in subtotals:
        rows = [r for r in leaves if r[0] == st[0]]
        if sum(D(r[iw]) for r in rows) != D(st[iw]) or sum(D(r[isc]) for r in rows) != D(st[isc]):
            bad(f"{label}: subtotal {st[0]} does not add up")
    for r in leaves:
        w, s = D(r[iw]), D(r[isc])
        if s > w or s < 0:
            bad(f"{label}: row {r[2]} score {s} outside [0, {w}]")
        if it is None or ia is None:
            continue
        tcell, acell = r[it], r[ia]
        tn, an = num_of(tcell), num_of(acell)
        if tn is None or an is None or "年" in tcell:
            # qualitative or date rows: score must be within the weight (checked above)
            continue
        t, a = D(tn), D(an)
        unit_t = re.sub(r"[≥≤=\d.,]", "", tcell)
        unit_a = re.sub(r"[≥≤=\d.,]", "", acell)
        if unit_t != unit_a:
            bad(f"{label}: row {r[2]} units differ: {tcell} vs {acell}")
        lte = any(k in tcell for k in LTE)
        if lte:
            comp = D(100) if a <= t else t / a * 100
        else:
            comp = a / t * 100
        exp_score = w * min(comp, D(100)) / 100
        ok = close(r[isc], exp_score)
        if ic is not None:
            cstr = r[ic].rstrip("%")
            if not close(cstr, comp):
                bad(f"{label}: row {r[2]} completion {r[ic]} vs computed {r2(comp)}")
            ok = ok or close(r[isc], w * min(D(cstr), D(100)) / 100)
        if not ok:
            bad(f"{label}: row {r[2]} score {r[isc]} vs rule {r2(exp_score)}")
    return total[isc]


def check_sum_table(label, tab):
    """Tables whose last row is 合计: every numeric column adds up."""
    last = tab[-1]
    if last[0] != "合计":
        return
    body = tab[1:-1]
    for j, cell in enumerate(last):
        if j == 0 or not cell or num_of(cell) != cell:
            continue
        tot = sum(D(r[j]) for r in body if r[j] not in ("—", ""))
        if tot != D(cell):
            bad(f"{label}: column {tab[0][j]} adds to {tot}, 合计 {cell}")


def year_checks(label, text):
    """rules.md §7 I14 on the clean drafts."""
    y = int(re.search(r"(20\d\d)年度?", text[:120]).group(1))
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            bad(f"{label}: 截至 {m.group(1)} in a {y} report")
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= y:
            bad(f"{label}: carried over to {m.group(1)} in a {y} report")
    n = 0
    for m in re.finditer(r"(\d{4})年(\d{1,2})月[^。；]{0,40}?下达", text):
        n += 1
        yy, mm = int(m.group(1)), int(m.group(2))
        if not (yy == y or (yy == y - 1 and mm == 12)):
            bad(f"{label}: funds issued {yy}-{mm} for {y}")
    if n == 0:
        bad(f"{label}: no dated 下达 found")
    return y


def generic_checks(label, text):
    year_checks(label, text)
    totals = []
    for tab in tables(text):
        head = tab[0]
        if "分值" in head and "得分" in head:
            totals.append(check_score_table(label, tab))
        else:
            check_sum_table(label, tab)
    if len(totals) != 1 or totals[0] is None:
        bad(f"{label}: expected one score table")
        return
    total = D(totals[0])
    # total and grade as stated in the text
    m = re.findall(r"(?:总分|得分)(\d+(?:\.\d+)?)分，评价等级为“?(优|良|中|差)", text)
    if not m:
        bad(f"{label}: no total + grade sentence")
    for t, g in m:
        if D(t) != total:
            bad(f"{label}: text total {t} vs table {total}")
        if grade_of(D(t)) != g:
            bad(f"{label}: grade {g} for {t}")


# ---------------------------------------------------------------- per-project arithmetic
def check_kaizhou(t):
    L = "kaizhou"
    ppl = int(grab(t, r"纳入直补的移民共(\d+)人", L))
    hh = int(grab(t, r"纳入直补的移民共\d+人、(\d+)户", L))
    eq(L + " 户均人口", grab(t, r"户均(\d+\.\d+)人", L), D(ppl) / hh)
    prev = int(grab(t, r"较2019年的(\d+)人核减", L))
    eq(L + " 核减", grab(t, r"核减(\d+)人，其中", L), prev - ppl)
    eq(L + " 核减分项", grab(t, r"核减\d+人，其中死亡核减(\d+)人", L),
       D(prev - ppl) - D(grab(t, r"重复登记核减(\d+)人", L)))
    zb = D(grab(t, r"其中直补资金(\d+\.\d+)万元、项目扶持资金", L))
    xm = D(grab(t, r"项目扶持资金(\d+\.\d+)万元（一千二百六十万元）", L))
    eq(L + " 直补 = 人数x600", str(zb), D(ppl * 600) / 10000)
    assert cn2int("一千二百六十") == 1260 and xm == 1260
    cur = D(grab(t, r"2020年共下达后扶资金(\d+\.\d+)万元", L))
    eq(L + " 当年下达", str(cur), zb + xm)
    eq(L + " 年初+第二批", str(cur), D(grab(t, r"提前下达(\d+\.\d+)万元", L)) + D(grab(t, r"下达第二批(\d+\.\d+)万元", L)))
    cf = D(grab(t, r"项目结转资金(\d+\.\d+)万元，为", L))
    eq(L + " 结转分项", str(cf), D(grab(t, r"移民产业路(\d+\.\d+)万元", L)) + D(grab(t, r"饮水提升工程(\d+\.\d+)万元", L)))
    full = D(grab(t, r"全年预算数(\d+\.\d+)万元", L))
    eq(L + " 全年预算", str(full), cur + cf)
    batch = D(grab(t, r"第一批(\d+)元", L))
    eq(L + " 批次", str(batch), D(ppl * 300))
    eq(L + " 两批合计", grab(t, r"两批合计(\d+\.\d+)万元", L), batch * 2 / 10000)
    eq(L + " 户均发放", grab(t, r"户均发放(\d+\.\d+)元", L), zb * 10000 / hh)
    eq(L + " 2019直补", grab(t, r"2019年全区直补\d+人，发放(\d+\.\d+)万元", L), D(prev * 600) / 10000)
    eq(L + " 少发", grab(t, r"少发(\d+\.\d+)万元", L), D((prev - ppl) * 600) / 10000)
    eq(L + " 平均每项目", grab(t, r"平均每个项目投入(\d+\.\d+)万元", L), xm / 10)
    done = D(grab(t, r"支付(\d+\.\d+)万元；两个在建", L))
    p6, p7 = D(grab(t, r"山坪塘整治支付(\d+\.\d+)万元", L)), D(grab(t, r"中药材基地支付(\d+\.\d+)万元", L))
    spent_xm = D(grab(t, r"已支出(\d+\.\d+)万元，支出率", L))
    eq(L + " 项目支出", str(spent_xm), done + p6 + p7)
    eq(L + " 完工项目 = 1260-112-176", str(done), xm - D("112.00") - D("176.00"))
    eq(L + " 支出率", grab(t, r"支出率(\d+\.\d+)%", L), spent_xm / xm * 100)
    eq(L + " 每公里", grab(t, r"每公里造价(\d+\.\d+)万元", L), D("128.00") / D("3.2"))
    ex = D(grab(t, r"全年执行(\d+\.\d+)万元", L))
    eq(L + " 全年执行", str(ex), zb + spent_xm + cf)
    eq(L + " 执行率", grab(t, r"预算执行率(\d+\.\d+)%", L), ex / full * 100)
    bal = D(grab(t, r"年末结转资金(\d+\.\d+)万元", L))
    eq(L + " 结转", str(bal), full - ex)
    eq(L + " 结转 = 未付", str(bal), (D("112.00") - p6) + (D("176.00") - p7))
    y0, y1 = D(grab(t, r"比2019年的(\d+)元", L)), D(grab(t, r"人均可支配收入(\d+)元，比", L))
    eq(L + " 增收", grab(t, r"增加(\d+)元", L), y1 - y0)
    eq(L + " 增长率", grab(t, r"增长(\d+\.\d+)%", L), (y1 - y0) / y0 * 100)
    eq(L + " 满意度", grab(t, r"满意度(\d+\.\d+)%，高于", L), D(473) / 500 * 100)
    eq(L + " 受益完成", grab(t, r"完成目标12000人的(\d+\.\d+)%", L), D(10065) / 12000 * 100)
    eq(L + " 项目完工率", grab(t, r"完成率(\d+)%，未完成", L), D(8) / 10 * 100)
    rows = [l.split("｜") for l in t.split("\n") if re.match(r"^\d+｜", l)]
    eq(L + " 完工受益", "10065", sum(int(r[5]) for r in rows if r[6] == "完工"))
    for lbl, pat, val in [("产出", r"产出指标得分(\d+\.\d+)分", "48.40"), ("效益", r"效益指标得分(\d+\.\d+)分", "28.39")]:
        eq(L + " " + lbl, grab(t, pat, L), D(val))
    eq(L + " 分项得分", "96.36", D("9.57") + D("48.40") + D("28.39") + 10)


def check_sandu(t):
    L = "sandu"
    tot = D(grab(t, r"少数民族发展任务资金(\d+\.\d+)万元（六百万元）", L))
    assert cn2int("六百") == tot
    c, p, x = (D(grab(t, r"其中中央资金(\d+\.\d+)万元", L)), D(grab(t, r"省级资金(\d+\.\d+)万元", L)),
               D(grab(t, r"县级配套(\d+\.\d+)万元", L)))
    eq(L + " 来源", str(tot), c + p + x)
    eq(L + " 省级中文", str(p), cn2int(grab(t, r"金额为([一二三四五六七八九十百千]+)万元", L)))
    eq(L + " 中央文号", grab(t, r"提前下达我县少数民族发展任务资金(\d+\.\d+)万元", L), c)
    eq(L + " 配套文号", grab(t, r"安排配套资金(\d+\.\d+)万元", L), x)
    eq(L + " 比上年", grab(t, r"资金规模增加(\d+\.\d+)万元", L), tot - D(grab(t, r"与2021年的(\d+\.\d+)万元", L)))
    rows = [l.split("｜") for l in t.split("\n") if re.match(r"^\d｜", l)]
    vil = [r for r in rows if "特色村寨" in r[1]]
    eq(L + " 村寨资金", grab(t, r"五个特色村寨项目安排(\d+\.\d+)万元", L), sum(D(r[4]) for r in vil))
    eq(L + " 村寨户数", grab(t, r"覆盖(\d+)户", L), sum(int(r[5]) for r in vil))
    eq(L + " 户均投入", grab(t, r"户均投入(\d+\.\d+)元。", L), sum(D(r[4]) for r in vil) * 10000 / sum(int(r[5]) for r in vil))
    ex = D(grab(t, r"执行(\d+\.\d+)万元，预算执行率", L))
    eq(L + " 执行率", grab(t, r"预算执行率(\d+\.\d+)%", L), ex / tot * 100)
    eq(L + " 未执行", grab(t, r"未执行的(\d+\.\d+)万元", L), tot - ex)
    eq(L + " 未执行=民居", grab(t, r"未执行的(\d+\.\d+)万元", L), D("84.00") - 42 * D("1.40"))
    eq(L + " 民居单价", "84.00", 60 * D(grab(t, r"每户(\d+\.\d+)万元", L)))
    eq(L + " 培训成本", grab(t, r"人均培训成本(\d+\.\d+)元", L), D("42.00") * 10000 / 326)
    eq(L + " 培训完成率", grab(t, r"326人次，完成率(\d+\.\d+)%", L), D(326) / 300 * 100)
    eq(L + " 民居完成率", grab(t, r"完成42户，完成率(\d+)%", L), D(42) / 60 * 100)
    eq(L + " 及时率", grab(t, r"完工及时率(\d+\.\d+)%", L), D(8) / 9 * 100)
    b = [int(x) for x in re.findall(r"五个特色村寨(\d+)人、板南村合作社(\d+)人、介赖村已改造42户(\d+)人", t)[0]]
    eq(L + " 村寨受益", str(b[0]), sum(int(r[6]) for r in vil))
    ben = D(grab(t, r"已完工项目受益群众(\d+)人", L))
    eq(L + " 受益合计", str(ben), sum(b))
    eq(L + " 受益完成率", grab(t, r"完成目标的(\d+\.\d+)%", L), ben / 4200 * 100)
    eq(L + " 满意度", grab(t, r"满意476份，满意度(\d+\.\d+)%", L), D(476) / 500 * 100)
    s = [D(grab(t, p, L)) for p in (r"预算执行得分(\d+\.\d+)分", r"产出指标得分(\d+\.\d+)分", r"效益指标得分(\d+\.\d+)分",
                                    r"满意度指标得分(\d+)分")]
    eq(L + " 分项得分", grab(t, r"总分(\d+\.\d+)分", L), sum(s))
    eq(L + " 比上年", grab(t, r"提高(\d+\.\d+)分", L), sum(s) - D(grab(t, r"较2021年的(\d+\.\d+)分", L)))
    if "较2021年的88.50分（良）" not in t:
        bad(L + ": last year's grade")


def check_yunyang(t):
    L = "yunyang"
    full = D(grab(t, r"全年预算(\d+\.\d+)万元，其中", L))
    gp, zf, jz = (D(grab(t, r"一般公共预算拨款(\d+\.\d+)万元", L)), D(grab(t, r"政府性基金预算拨款(\d+\.\d+)万元", L)),
                  D(grab(t, r"上年结转资金(\d+\.\d+)万元。", L)))
    eq(L + " 来源", str(full), gp + zf + jz)
    ini = D(grab(t, r"年初预算(\d+\.\d+)万元，年中", L))
    eq(L + " 调整", str(full), ini + D(grab(t, r"追加库区基金项目资金(\d+\.\d+)万元", L)) +
       D(grab(t, r"基本支出(\d+\.\d+)万元，并纳入", L)) + jz)
    tab = [r for r in tables(t) if r[0][0] == "项目"][0]
    rows = {r[0]: r for r in tab[1:]}
    eq(L + " 一般公共预算 = 基本+工作经费", str(gp), D(rows["基本支出"][2]) + D(rows["南水北调移民村稳定发展经费"][2]) +
       D(rows["后扶监测评估及工作经费"][2]))
    eq(L + " 基金 = 直补+项目当年+库区", str(zf), D(rows["移民后期扶持直补资金"][2]) + D(rows["后期扶持项目资金"][1]) +
       D(rows["库区基金项目资金"][2]))
    for r in tab[1:]:
        eq(L + " 表执行率 " + r[0], r[4].rstrip("%"), D(r[3]) / D(r[2]) * 100)
    eq(L + " 表合计全年", tab[-1][2], full)
    ex = D(grab(t, r"全年执行(\d+\.\d+)万元", L))
    eq(L + " 执行率", grab(t, r"预算执行率(\d+\.\d+)%，年末", L), ex / full * 100)
    eq(L + " 未执行", grab(t, r"年末未执行(\d+\.\d+)万元", L), full - ex)
    parts = re.findall(r"后期扶持项目资金(\d+\.\d+)万元、库区基金项目资金(\d+\.\d+)万元已结转至2025年继续使用，南水北调移民村稳定发展经费(\d+\.\d+)万元", t)[0]
    eq(L + " 未执行分项", grab(t, r"年末未执行(\d+\.\d+)万元", L), sum(D(x) for x in parts))
    eq(L + " 基本支出", rows["基本支出"][2], D(grab(t, r"人员经费(\d+\.\d+)万元", L)) + D(grab(t, r"公用经费(\d+\.\d+)万元；", L)))
    eq(L + " 基本年初", rows["基本支出"][1], D(grab(t, r"年初分别为(\d+\.\d+)万元", L)) + D(grab(t, r"万元和(\d+\.\d+)万元", L)))
    eq(L + " 后扶项目执行率", grab(t, r"执行1935.68万元，执行率(\d+\.\d+)%", L), D("1935.68") / D("2150.00") * 100)
    eq(L + " 当年下达支出", grab(t, r"2024年下达资金支出(\d+\.\d+)万元", L), D("1935.68") - jz)
    ppl = int(grab(t, r"核定后期扶持人口(\d+)人", L))
    eq(L + " 核定人口两处", grab(t, r"核定后扶人口(\d+)人", L), ppl)
    hh = int(grab(t, r"核定后扶人口\d+人、(\d+)户", L))
    batch = D(grab(t, r"各发放(\d+\.\d+)万元", L))
    eq(L + " 直补", rows["移民后期扶持直补资金"][2], D(ppl * 600) / 10000)
    eq(L + " 两批", grab(t, r"全年合计(\d+\.\d+)万元", L), batch * 2)
    eq(L + " 户均", grab(t, r"户均(\d+\.\d+)元", L), D(ppl * 600) / hh)
    eq(L + " 后扶完工率", grab(t, r"完工率(\d+\.\d+)%。分乡镇", L), D(31) / 38 * 100)
    eq(L + " 库区完工率", grab(t, r"完工八个，完工率(\d+\.\d+)%", L), D(8) / 12 * 100)
    y1, y0 = D(grab(t, r"人均可支配收入(\d+)元，较", L)), D(grab(t, r"较2023年的(\d+)元", L))
    eq(L + " 增长", grab(t, r"增长(\d+\.\d+)%", L), (y1 - y0) / y0 * 100)
    eq(L + " 目标比", grab(t, r"目标值16500元的(\d+\.\d+)%", L), y1 / 16500 * 100)
    eq(L + " 差额", grab(t, r"比目标值低(\d+)元", L), 16500 - y1)
    eq(L + " 信访", grab(t, r"按期办结率(\d+\.\d+)%，低于", L), D(80) / 85 * 100)
    eq(L + " 满意度", grab(t, r"满意的473份，满意度(\d+\.\d+)%", L), D(473) / 486 * 100)
    sc = [D(x) for x in re.findall(r"(?:资金|经费|项目资金)(\d+(?:\.\d+)?)分", t.split("五、项目支出自评情况")[1].split("五个项目")[0])]
    if len(sc) != 5:
        bad(f"{L}: project scores {sc}")
    eq(L + " 平均分", grab(t, r"平均得分(\d+\.\d+)分", L), sum(sc) / 5)
    if "部分达成" not in t or "｜10｜规范｜部分达成｜6" not in t:
        bad(L + ": qualitative row")


def check_yongshan(t):
    L = "yongshan"
    zb_ppl = int(grab(t, r"核定直补人口(\d+)人", L))
    zb = D(grab(t, r"发放直补资金(\d+\.\d+)万元", L))
    eq(L + " 直补", str(zb), D(zb_ppl * 600) / 10000)
    xm = D(grab(t, r"项目扶持资金(\d+\.\d+)万元（二千七百六十万元）", L))
    assert cn2int("二千七百六十") == xm
    eq(L + " 后扶合计", grab(t, r"后扶资金合计(\d+\.\d+)万元", L), zb + xm)
    hh, ppl = int(grab(t, r"受益移民(\d+)户、", L)), int(grab(t, r"受益移民\d+户、(\d+)人", L))
    eq(L + " 户均投入", grab(t, r"户均投入(\d+\.\d+)元", L), xm * 10000 / hh)
    tab = [r for r in tables(t) if r[0][0] == "序号"][0]
    eq(L + " 表户数", str(hh), sum(int(r[5]) for r in tab[1:-1]))
    eq(L + " 表人数", str(ppl), sum(int(r[6]) for r in tab[1:-1]))
    eq(L + " 乡镇数", grab(t, r"覆盖(\d+)个乡镇", L), len({r[1] for r in tab[1:-1]}))
    eq(L + " 批次", str(xm), D(grab(t, r"提前下达我县2023年后期扶持项目资金(\d+\.\d+)万元", L)) +
       D(grab(t, r"下达第二批资金(\d+\.\d+)万元", L)))
    ex = D(grab(t, r"项目资金支出(\d+\.\d+)万元", L))
    eq(L + " 执行率", grab(t, r"预算执行率(\d+\.\d+)%", L), ex / xm * 100)
    bal = D(grab(t, r"结余(\d+\.\d+)万元", L))
    eq(L + " 结余", str(bal), xm - ex)
    eq(L + " 结余=未付", str(bal), D(grab(t, r"尚有(\d+\.\d+)万元未支付；", L)) + D(grab(t, r"重新设计，尚有(\d+\.\d+)万元", L)))
    eq(L + " 完成率", grab(t, r"完工十个，完成率(\d+\.\d+)%", L), D(10) / 12 * 100)
    eq(L + " 每公里", grab(t, r"每公里造价(\d+\.\d+)万元，低于", L), D("243.00") / D("4.5"))
    done = [r for r in tab[1:-1] if r[0] not in ("6", "12")]
    ben = D(grab(t, r"完工项目受益移民(\d+)人", L))
    eq(L + " 完工受益", str(ben), sum(int(r[6]) for r in done))
    eq(L + " 受益比", grab(t, r"目标值30000人的(\d+\.\d+)%", L), ben / 30000 * 100)
    y1, y0 = D(grab(t, r"人均可支配收入(\d+)元，较", L)), D(grab(t, r"较2022年的(\d+)元", L))
    eq(L + " 增长", grab(t, r"增长(\d+\.\d+)%", L), (y1 - y0) / y0 * 100)
    eq(L + " 满意度", grab(t, r"满意374份，满意度(\d+\.\d+)%", L), D(374) / 400 * 100)
    w = [D(x) for x in re.findall(r"其中预算执行(\d+)分、产出指标(\d+)分、效益指标(\d+)分、满意度指标(\d+)分", t)[0]]
    eq(L + " 文中权重", grab(t, r"满分(\d+)分", L), sum(w))
    sc = [D(grab(t, p, L)) for p in (r"预算执行得分(\d+\.\d+)分", r"产出指标得分(\d+\.\d+)分", r"效益指标得分(\d+\.\d+)分",
                                     r"满意度指标得分(\d+)分")]
    eq(L + " 分项得分", grab(t, r"总分(\d+\.\d+)分", L), sum(sc))
    score = [r for r in tables(t) if "分值" in r[0]][0]
    for name, i, parent in (("产出", 1, "产出指标"), ("效益", 2, "效益指标")):
        rows = [r for r in score[1:] if r[0] == parent]
        if sum(D(r[6]) for r in rows) != w[i]:
            bad(f"{L}: {name} weight rows vs text")
        eq(f"{L} {name} 得分", str(sc[i]), sum(D(r[7]) for r in rows))


def check_baojing(t):
    L = "baojing"
    tot = D(grab(t, r"共下达少数民族发展资金(\d+\.\d+)万元", L))
    m = re.findall(r"中央资金([一二三四五六七八九十百千]+)万元、州级配套资金([一二三四五六七八九十百千]+)万元，合计([一二三四五六七八九十百千]+)万元", t)[0]
    c, z, s = (cn2int(x) for x in m)
    eq(L + " 中文合计", str(s), c + z)
    eq(L + " 中文=阿拉伯", str(tot), s)
    first = D(grab(t, r"提前下达(\d+\.\d+)万元", L))
    if first >= c:
        bad(L + ": first batch not below the central total")
    cf = D(grab(t, r"项目结转资金(\d+\.\d+)万元", L))
    full = D(grab(t, r"全年预算数合计(\d+\.\d+)万元", L))
    eq(L + " 全年预算", str(full), tot + cf)
    eq(L + " 比上年", grab(t, r"2018年资金增加(\d+\.\d+)万元", L), tot - D(grab(t, r"2017年我县下达少数民族发展资金(\d+\.\d+)万元", L)))
    tab = [r for r in tables(t) if r[0][0] == "序号"][0]
    body = tab[1:-1]
    eq(L + " 项目个数", str(len(body)), 8)
    eq(L + " 项目增加", str(cn2int(grab(t, r"项目增加([一二三四五六七八九十两]+)个", L))), len(body) - cn2int(grab(t, r"实施项目([一二三四五六七八九十两]+)个", L)))
    hh = sum(int(r[5]) for r in body if r[5] != "—")
    pp = sum(int(r[6]) for r in body if r[6] != "—")
    eq(L + " 中文户数", str(hh), cn2int("一千二百四十五"))
    if "一千二百四十五户、五千二百一十三人" not in t:
        bad(L + ": beneficiaries sentence")
    eq(L + " 中文人数", str(pp), cn2int(grab(t, r"户、([一二三四五六七八九十百千]+)人", L)))
    eq(L + " 到位率", grab(t, r"到位率(\d+(?:\.\d+)?)%", L), D(grab(t, r"各级资金(\d+\.\d+)万元全部到位", L)) / full * 100)
    ex = D(grab(t, r"全年支出(\d+\.\d+)万元", L))
    eq(L + " 执行率", grab(t, r"预算执行率(\d+\.\d+)%，结转", L), ex / full * 100)
    bal = D(grab(t, r"结转(\d+\.\d+)万元。", L))
    eq(L + " 结转", str(bal), full - ex)
    road, paid = D(grab(t, r"道路项目安排(\d+\.\d+)万元", L)), D(grab(t, r"按完成工程量支付(\d+\.\d+)万元", L))
    eq(L + " 支付率", grab(t, r"支付率(\d+)%", L), paid / road * 100)
    eq(L + " 尚余", grab(t, r"尚余(\d+\.\d+)万元", L), road - paid)
    eq(L + " 结转=尚余", str(bal), road - paid)
    eq(L + " 民居", "67.50", 45 * D(grab(t, r"按每户(\d+\.\d+)万元补助", L)))
    eq(L + " 每公里", grab(t, r"每公里(\d+\.\d+)万元", L), road / D("2.8"))
    eq(L + " 已硬化里程", "2.1", paid / D(grab(t, r"每公里(\d+\.\d+)万元", L)))
    eq(L + " 道路完成", grab(t, r"完成目标的(\d+)%", L), D("2.1") / D("2.8") * 100)
    eq(L + " 剩余里程", grab(t, r"剩余(\d+\.\d+)公里", L), D("2.8") - D("2.1"))
    eq(L + " 满意度", grab(t, r"满意232份，满意度(\d+\.\d+)%", L), D(232) / 250 * 100)
    assert cn2int("四十五") == 45 and cn2int("五百") == 500 and cn2int("两") == 2
    sc = [D(grab(t, p, L)) for p in (r"投入指标得分(\d+)分", r"过程指标得分(\d+\.\d+)分", r"产出指标得分(\d+)分",
                                     r"效益指标得分(\d+)分")]
    eq(L + " 分项得分", grab(t, r"总分(\d+\.\d+)分", L), sum(sc))
    score = [r for r in tables(t) if "分值" in r[0]][0]
    for i, name in enumerate(("投入", "过程", "产出", "效益")):
        eq(f"{L} {name}", str(sc[i]), sum(D(r[6]) for r in score[1:] if r[0] == name))


CHECKS = {
    "kaizhou-houfu-2020": check_kaizhou,
    "sandu-minzu-2022": check_sandu,
    "yunyang-yimin-2024": check_yunyang,
    "yongshan-xiangmu-2023": check_yongshan,
    "baojing-minfa-2018": check_baojing,
}


# ---------------------------------------------------------------- edits
def changed(a, b):
    """Changed middle parts of a and b after the common prefix and suffix."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_edit(name, code, clean, case):
    cl, cs = clean.split("\n"), case.split("\n")
    if len(cl) != len(cs):
        bad(f"{name}: edit changes the number of lines")
        return
    diff = [k for k in range(len(cl)) if cl[k] != cs[k]]
    if not diff:
        bad(f"{name}: identical to the clean draft")
        return
    if len(diff) > 2 or (len(diff) == 2 and diff[1] != diff[0] + 1):
        bad(f"{name}: edit touches lines {diff}")
    if len(diff) == 2 and code not in SCORE_ROW_CODES:
        bad(f"{name}: two-row edit only allowed for score rows")
    for k in diff:
        a, b = changed(cl[k], cs[k])
        if max(len(a), len(b)) > MAX_EDIT:
            bad(f"{name}: edit of {max(len(a), len(b))} chars on line {k + 1}: {a!r} -> {b!r}")


# ---------------------------------------------------------------- main
def main():
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        labels = [json.loads(l) for l in fh if l.strip()]
    cleans = {r["source"]: read(r["case"]) for r in labels if r["clean"]}
    use = defaultdict(list)
    for rec in labels:
        text = read(rec["case"])
        clean = cleans[rec["source"]]
        if rec["clean"]:
            if rec["expected"]:
                bad(f"{rec['case']}: clean case with labels")
            n = len(text)
            if not 2500 <= n <= 6000:
                bad(f"{rec['case']}: length {n}")
            continue
        if len(rec["expected"]) != 1:
            bad(f"{rec['case']}: expected exactly one label")
        for exp in rec["expected"]:
            v = exp["value"]
            if exp["severity"] != "error" or exp["code"] not in CODES:
                bad(f"{rec['case']}: code/severity {exp['code']} {exp['severity']}")
            if text.count(v) != 1:
                bad(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                bad(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            use[exp["code"]].append(rec["source"])
            check_edit(rec["case"], exp["code"], clean, text)
    for code in CODES:
        if len(use[code]) < 2 or len(set(use[code])) < 2:
            bad(f"code {code} used {len(use[code])} times in {len(set(use[code]))} projects")
    for pid, text in cleans.items():
        generic_checks(pid, text)
        CHECKS[pid](text)
    n_cases = len(labels)
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"{len(PROBLEMS)} problem(s)")
        return 1
    print(f"OK: {n_cases} cases, {len(cleans)} clean; codes: " +
          ", ".join(f"{c}={len(use[c])}" for c in CODES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
