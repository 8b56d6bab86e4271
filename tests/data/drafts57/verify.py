#!/usr/bin/env python3
"""Check the set: labels, edit sizes, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. every error case differs from its clean draft by one contiguous edit of <= 16
   characters within one line (score/weight rows: up to two edits in adjacent table rows);
3. the clean drafts: box tables are re-read and recomputed (execution rates and scores,
   component sums, Shanxi-style (5)/(6) rows, weights to 100, scores to the total, each
   indicator's completion and score under rules.md §5), and the text facts listed in
   FACTS below (sums, balances, rates, means, products, grade bands) are recomputed.
Pure Python 3. Prints OK or the problems and exits 1.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


def dec(s):
    """Decimal and number of decimals of the first number in s."""
    m = re.search(r"-?\d+(?:\.\d+)?", s.replace(",", ""))
    if not m:
        return None, None
    t = m.group(0)
    return D(t), (len(t.split(".")[1]) if "." in t else 0)


def close(stated, computed, d=None):
    v, dd = dec(stated) if isinstance(stated, str) else (D(stated), 2)
    if d is None:
        d = dd
    return abs(D(computed) - v) <= D("0.5") * D(10) ** -d + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- box tables
def tables(text):
    """Yield tables as lists of rows; a row is a list of cell strings (wrapped lines joined)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i].startswith("┌"):
            j = i + 1
            while j < len(lines) and lines[j][:1] in "├│":
                j += 1
            j += 1  # the closing └ line
            block = lines[i:j]
            rows, cur = [], None
            for ln in block:
                if "─" in ln:
                    if cur is not None:
                        rows.append([c.strip() for c in cur])
                    cur = None
                    continue
                parts = ln.split("│")[1:-1]
                if cur is None:
                    cur = [""] * len(parts)
                if len(parts) != len(cur):
                    bad("ragged table line: %r" % ln)
                    continue
                cur = [a + b.strip() for a, b in zip(cur, parts)]
            yield rows
            i = j
        else:
            i += 1


def num(cell):
    v, d = dec(cell)
    return v


def check_funds(name, rows, ctx):
    hdr = rows[0]
    col = {h: k for k, h in enumerate(hdr)}
    ia, ie = col["全年预算数"], col["全年执行数"]
    ii = col.get("年初预算数")
    ir = col["执行率"]
    body = rows[1:]
    for r in body:
        a, e = num(r[ia]), num(r[ie])
        if a == 0:
            if r[ir] not in ("—", "0"):
                bad("%s funds row %s: rate on zero base %s" % (name, r[0], r[ir]))
            continue
        rate = e / a * 100
        if not close(r[ir], rate):
            bad("%s funds row %s: rate %s vs %.4f" % (name, r[0], r[ir], rate))
        if "分值" in col and r[col["分值"]] not in ("—", ""):
            w = num(r[col["分值"]])
            sc = r[col["得分"]]
            c1 = w * min(rate / 100, D(1))
            c2 = w * min(num(r[ir]) / 100, D(1))
            if not (close(sc, c1) or close(sc, c2)):
                bad("%s funds score %s vs %.4f" % (name, sc, c1))
            ctx["exec"] = (w, num(sc))
    # total row = sum of the following rows
    for k in [ii, ia, ie]:
        if k is None:
            continue
        tot = num(body[0][k])
        s = sum(num(r[k]) for r in body[1:])
        if tot != s:
            bad("%s funds column %s: total %s vs sum %s" % (name, hdr[k], tot, s))


def check_shanxi(name, rows):
    data = [r for r in rows if len(r) == 9 and r[1].startswith("(")]
    by = {r[1][:3]: r for r in data}
    for key in ["(1)", "(2)", "(3)", "(4)"]:
        r = [num(c) for c in by[key][2:]]
        tot, sub, cen, prov, cty, carry, oth = r
        if sub != cen + prov + cty:
            bad("%s %s 小计 %s != %s" % (name, key, sub, cen + prov + cty))
        if tot != sub + carry + oth:
            bad("%s %s 总额 %s != %s" % (name, key, tot, sub + carry + oth))
    for key, numer in [("(5)", "(3)"), ("(6)", "(4)")]:
        for k in range(2, 9):
            a, n = num(by["(2)"][k]), num(by[numer][k])
            cell = by[key][k]
            if a == 0:
                if cell not in ("—", "0"):
                    bad("%s %s col %d: rate on zero base %s" % (name, key, k, cell))
            elif not close(cell, n / a * 100):
                bad("%s %s col %d: %s vs %.4f" % (name, key, k, cell, n / a * 100))


DIR = [("≥", "gte"), ("≤", "lte"), ("=", "eq")]


def parse_target(t):
    for sign, d in DIR:
        if t.startswith(sign):
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", t[len(sign):])
            if m:
                return d, D(m.group(1)), m.group(2)
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(%)", t)  # a bare number is "="
    return ("eq", D(m.group(1)), m.group(2)) if m else None


def parse_actual(a):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(.*)", a)
    return (D(m.group(1)), m.group(2)) if m else None


def check_indicators(name, rows, ctx):
    hdr = rows[0]
    wname = "分值" if "分值" in hdr else "权重"
    iw, isc = hdr.index(wname), hdr.index("得分")
    it = next(k for k, h in enumerate(hdr) if h in ("年度指标值", "目标值", "指标值"))
    ia = next(k for k, h in enumerate(hdr) if h in ("实际完成值", "业绩值"))
    ic = hdr.index("完成率") if "完成率" in hdr else None
    n = len(hdr)
    wsum = ssum = D(0)
    has_exec = False
    total = None
    for r in rows[1:]:
        if len(r) != n:  # a row with a leading span: align from the right
            if r[0] in ("总分", "合计"):
                off = n - len(r)
                total = (num(r[iw - off]), r[isc - off])
                continue
            off = n - len(r)
            r = [r[0]] * off + r
        w, sc = num(r[iw]), num(r[isc])
        if "预算执行" in r[it - 1] or "预算执行" in r[0]:
            has_exec = True
        wsum += w
        ssum += sc
        if sc > w or sc < 0:
            bad("%s row %s: score %s outside [0, %s]" % (name, r[it - 1], sc, w))
        tg, ac = parse_target(r[it]), parse_actual(r[ia])
        label = r[it - 1]
        if tg and ac:
            d, T, unit = tg
            A, aunit = ac
            if unit != aunit:
                bad("%s row %s: unit %r vs %r" % (name, label, unit, aunit))
                continue
            if d == "lte":
                comp = D(100) if A <= T else T / A * 100
            elif d == "eq" and T == 0:
                comp = None
                exp = w if A <= 0 else D(0)
            else:
                comp = A / T * 100
            if comp is not None:
                exp = w * min(comp / 100, D(1))
                if ic is not None and not close(r[ic], comp):
                    bad("%s row %s: completion %s vs %.4f" % (name, label, r[ic], comp))
            if abs(r2(exp) - sc) > D("0.005"):
                bad("%s row %s: score %s vs rule %.4f" % (name, label, sc, exp))
        else:
            a = r[ia]
            if "部分达成" in a:
                if not (D("0.6") * w <= sc < D("0.8") * w):
                    bad("%s row %s: partly achieved scored %s" % (name, label, sc))
            elif re.match(r"\d{4}年\d+月\d+日", a):
                late = a > r[it]  # same format: lexical order of zero-free dates works here
                tm = re.findall(r"\d+", r[it]); am = re.findall(r"\d+", a)
                late = [int(x) for x in am] > [int(x) for x in tm]
                if late == (sc == w):
                    bad("%s row %s: date row score %s (late=%s)" % (name, label, sc, late))
            elif sc != w:
                bad("%s row %s: qualitative achieved but scored %s" % (name, label, sc))
    if not has_exec:
        if "exec" not in ctx:
            bad("%s: no execution score found" % name)
        else:
            wsum += ctx["exec"][0]
            ssum += ctx["exec"][1]
    if wsum != 100:
        bad("%s: weights sum to %s" % (name, wsum))
    if total is None:
        bad("%s: no total row" % name)
    else:
        if total[0] != wsum:
            bad("%s: total weight %s vs %s" % (name, total[0], wsum))
        if not close(total[1], ssum) or num(total[1]) != ssum:
            bad("%s: total score %s vs sum %s" % (name, total[1], ssum))
        ctx["total"] = total[1]


def check_projects(name, rows):
    hdr = rows[0]
    ib, ie, ir = hdr.index("全年预算数"), hdr.index("全年执行数"), hdr.index("执行率")
    isc = hdr.index("自评得分")
    body = [r for r in rows[1:] if len(r) == len(hdr)]
    tot = [r for r in rows[1:] if len(r) != len(hdr)][0]
    off = len(hdr) - len(tot)
    for r in body:
        b, e = num(r[ib]), num(r[ie])
        if not close(r[ir], e / b * 100):
            bad("%s project %s rate %s" % (name, r[1], r[ir]))
        g = grade(num(r[isc]))
        if r[-1] not in GRADES[g]:
            bad("%s project %s grade %s for %s" % (name, r[1], r[-1], r[isc]))
    sb = sum(num(r[ib]) for r in body)
    se = sum(num(r[ie]) for r in body)
    if num(tot[ib - off]) != sb or num(tot[ie - off]) != se:
        bad("%s project totals %s/%s vs %s/%s" % (name, tot[ib - off], tot[ie - off], sb, se))
    if not close(tot[ir - off], se / sb * 100):
        bad("%s project total rate" % name)


def check_sums(name, rows):
    """Tables whose last row is 合计 over numeric columns (bridge list)."""
    hdr = rows[0]
    body, tot = rows[1:-1], rows[-1]
    off = len(hdr) - len(tot)
    for k in range(off + 1, len(hdr)):
        s = sum(num(r[k]) for r in body)
        if num(tot[k - off]) != s:
            bad("%s sum column %s: %s vs %s" % (name, hdr[k], tot[k - off], s))


GRADES = {"优": ("优", "优秀"), "良": ("良", "良好"), "中": ("中", "中等", "一般", "合格"), "差": ("差", "较差")}


def grade(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


# ---------------------------------------------------------------- text facts
# Each fact: (kind, snippets that must occur in the clean text, numbers as written)
#   sum:  total == sum(parts)          diff: a - b == stated
#   rate: stated% == a / b * 100       mean: stated == mean(items)
#   prod: stated == a * b [* c]        grade: grade word fits total
FACTS = {
    "minxian-ruralroad-2019": [
        ("sum", ["列养农村公路2007.54公里，其中县道6条218.46公里、乡道21条402.38公里、村道412条1386.70公里"], "2007.54", ["218.46", "402.38", "1386.70"]),
        ("prod", ["县道每年每公里1万元", "县道218.46万元"], "218.46", ["218.46", "1"]),
        ("prod", ["乡道201.19万元"], "201.19", ["402.38", "0.5"]),
        ("prod", ["村道277.34万元"], "277.34", ["1386.70", "0.2"]),
        ("sum", ["日常养护资金696.99万元，其中县道218.46万元、乡道201.19万元、村道277.34万元"], "696.99", ["218.46", "201.19", "277.34"]),
        ("sum", ["≥620.84公里"], "620.84", ["218.46", "402.38"]),
        ("diff", ["K12+600—K25+000段12.40公里"], "12.40", ["25.000", "12.600"]),
        ("prod", ["批复概算396.80万元，每公里32.00万元"], "396.80", ["12.40", "32.00"]),
        ("sum", ["下达资金186.00万元，其中杏林桥98.00万元、尹家庄桥88.00万元"], "186.00", ["98.00", "88.00"]),
        ("rate", ["合同价24.00万元，折合每公里119.55元"], "119.55", ["240000", "2007.54", "1"]),
        ("sum", ["年初预算1117.79万元，其中当年财政拨款1055.79万元、上年结转资金62.00万元"], "1117.79", ["1055.79", "62.00"]),
        ("sum", ["调整后全年预算1303.79万元"], "1303.79", ["1117.79", "186.00"]),
        ("sum", ["当年财政拨款1241.79万元，其中中央车购税资金690.00万元、省级交通专项资金366.00万元、县级配套资金185.79万元"], "1241.79", ["690.00", "366.00", "185.79"]),
        ("sum", ["省级交通专项资金中养护补助180.00万元、危桥改造补助186.00万元"], "366.00", ["180.00", "186.00"]),
        ("sum", ["1303.79"], "1303.79", ["1241.79", "62.00"]),
        ("rate", ["到位资金1303.79万元，到位率100%"], "100", ["1303.79", "1303.79"]),
        ("rate", ["项目累计支出1260.46万元，预算执行率96.68%"], "96.68", ["1260.46", "1303.79"]),
        ("sum", ["日常养护支出696.99万元，县道中修支出396.80万元，路况检测评定支出24.00万元", "危桥改造支出142.67万元"], "1260.46", ["696.99", "396.80", "24.00", "142.67"]),
        ("rate", ["危桥改造支出142.67万元，执行率76.70%"], "76.70", ["142.67", "186.00"]),
        ("diff", ["项目结余资金43.33万元"], "43.33", ["1303.79", "1260.46"]),
        ("diff", ["结转至2020年的43.33万元"], "43.33", ["1303.79", "1260.46"]),
        ("rate", ["县道优良中等路段188.79公里，优良中等路率86.42%"], "86.42", ["188.79", "218.46"]),
        ("diff", ["较上年的83.17%提高3.25个百分点"], "3.25", ["86.42", "83.17"]),
        ("rate", ["乡道优良中等路段314.46公里，优良中等路率78.15%"], "78.15", ["314.46", "402.38"]),
        ("diff", ["较上年的74.62%提高3.53个百分点"], "3.53", ["78.15", "74.62"]),
        ("rate", ["其中“满意”468份，沿线群众满意度为93.60%"], "93.60", ["468", "500"]),
        ("rate", ["完成年度指标值（95%）的98.53%"], "98.53", ["93.60", "95"]),
        ("rate", ["362名护路员人均管护农村公路5.55公里"], "5.55", ["2007.54", "362", "1"]),
        ("sum", ["产出指标得分50分，效益指标得分30分，满意度指标得分9.85分，自评总分99.52分"], "99.52", ["9.67", "50", "30", "9.85"]),
        ("grade", ["自评总分99.52分，评价等级为“优”"], "99.52", "优"),
    ],
    "hualong-cundaoanfang-2022": [
        ("prod", ["按每公里6万元测算"], "1118.10", ["186.35", "6"]),
        ("prod", ["按每公里1万元测算"], "186.35", ["186.35", "1"]),
        ("sum", ["项目年初预算1356.85万元，其中中央车购税资金1118.10万元", "县级配套资金186.35万元、上年结转资金52.40万元"], "1356.85", ["1118.10", "186.35", "52.40"]),
        ("sum", ["全年预算调整为1543.20万元"], "1543.20", ["1356.85", "186.35"]),
        ("rate", ["项目实际到位资金1506.85万元，到位率97.64%"], "97.64", ["1506.85", "1543.20"]),
        ("rate", ["实际支出1450.94万元，预算执行率94.02%"], "94.02", ["1450.94", "1543.20"]),
        ("diff", ["结余55.91万元"], "55.91", ["1506.85", "1450.94"]),
        ("diff", ["应到位186.35万元，实际到位150.00万元，尚有36.35万元未到位"], "36.35", ["186.35", "150.00"]),
        ("rate", ["县级配套资金到位80.49%"], "80.49", ["150.00", "186.35"]),
        ("diff", ["上年度（2021年）同类项目自评得分87.65分", "本年度提高8.83分"], "8.83", ["96.48", "87.65"]),
        ("rate", ["全年处治隐患路段186.35公里，完成年度指标的103.53%"], "103.53", ["186.35", "180"]),
        ("rate", ["完成减速带214处，完成年度指标的89.17%"], "89.17", ["214", "240"]),
        ("diff", ["其余26处"], "26", ["240", "214"]),
        ("rate", ["抽检护栏立柱500根，合格486根，合格率97.20%"], "97.20", ["486", "500"]),
        ("rate", ["发生交通事故41起，较2021年的50起下降18.00%"], "18.00", ["9", "50"]),
        ("rate", ["已处治隐患路段占排查隐患路段的96.83%", "隐患路段192.45公里"], "96.83", ["186.35", "192.45"]),
        ("rate", ["发放问卷500份，满意462份，满意度92.40%"], "92.40", ["462", "500"]),
        ("rate", ["完成年度指标值的97.26%"], "97.26", ["92.40", "95"]),
        ("sum", ["扣0.60分", "扣0.65分", "扣2.00分", "扣0.27分"], "3.52", ["0.60", "0.65", "2.00", "0.27"]),
        ("diff", ["总得分96.48分"], "96.48", ["100", "3.52"]),
        ("mean", ["分别下浮4.82%、5.16%、3.95%、6.20%、5.47%，平均下浮5.12%"], "5.12", ["4.82", "5.16", "3.95", "6.20", "5.47"]),
        ("grade", ["本项目绩效自评总得分96.48分，评价等级为“优秀”"], "96.48", "优秀"),
        ("grade", ["自评得分87.65分，评价等级良好"], "87.65", "良好"),
    ],
    "tongxin-jiaotongdept-2024": [
        ("sum", ["农村公路总里程2961.32公里，其中县道9条386.52公里、乡道28条612.40公里、村道1962.40公里"], "2961.32", ["386.52", "612.40", "1962.40"]),
        ("sum", ["日常养护资金888.96万元"], "888.96", ["386.52", "306.20", "196.24"]),
        ("prod", ["乡道每公里0.5万元"], "306.20", ["612.40", "0.5"]),
        ("prod", ["村道每公里0.1万元"], "196.24", ["1962.40", "0.1"]),
        ("sum", ["年初预算3317.84万元，年中追加预算458.02万元，全年预算3775.86万元"], "3775.86", ["3317.84", "458.02"]),
        ("sum", ["本年财政拨款3529.26万元、上年结转资金246.60万元"], "3775.86", ["3529.26", "246.60"]),
        ("rate", ["2024年部门全年执行3554.21万元，预算执行率94.13%"], "94.13", ["3554.21", "3775.86"]),
        ("sum", ["全年预算648.90万元（年初612.48万元，因调整工资标准追加36.42万元）"], "648.90", ["612.48", "36.42"]),
        ("sum", ["全年执行648.90万元，其中人员经费574.32万元、公用经费74.58万元"], "648.90", ["574.32", "74.58"]),
        ("diff", ["公用经费较上年（68.40万元）增加6.18万元"], "6.18", ["74.58", "68.40"]),
        ("rate", ["“三公”经费预算8.00万元，实际支出6.90万元"], "86.25", ["6.90", "8.00"]),
        ("diff", ["较上年的7.36万元下降0.46万元"], "0.46", ["7.36", "6.90"]),
        ("sum", ["追加村道安防省级补助200.00万元、危桥改造补助176.00万元和农村客运补贴45.60万元，全年预算3126.96万元"], "3126.96", ["2705.36", "200.00", "176.00", "45.60"]),
        ("rate", ["全年执行2905.31万元，项目支出执行率92.91%"], "92.91", ["2905.31", "3126.96"]),
        ("sum", ["年初预算3317.84万元"], "3317.84", ["612.48", "2705.36"]),
        ("sum", ["3554.21"], "3554.21", ["648.90", "2905.31"]),
        ("sum", ["年末未执行资金221.65万元，其中村道安全生命防护工程71.57万元、危桥改造147.20万元、治超执法专项2.88万元"], "221.65", ["71.57", "147.20", "2.88"]),
        ("diff", ["年末未执行资金221.65万元"], "221.65", ["3775.86", "3554.21"]),
        ("rate", ["结转结余率5.87%"], "5.87", ["221.65", "3775.86"]),
        ("diff", ["71.57万元"], "71.57", ["1268.40", "1196.83"]),
        ("diff", ["危桥改造147.20万元"], "147.20", ["736.00", "588.80"]),
        ("diff", ["治超执法专项2.88万元"], "2.88", ["48.00", "45.12"]),
        ("sum", ["年末仍有218.77万元未支付"], "218.77", ["71.57", "147.20"]),
        ("mean", ["自评得分分别为98.50分、93.20分、86.40分、97.00分、95.30分，平均得分94.08分"], "94.08", ["98.50", "93.20", "86.40", "97.00", "95.30"]),
        ("rate", ["危桥改造进度滞后。计划改造6座，年内完成4座，项目执行率80.00%"], "80.00", ["588.80", "736.00"]),
        ("rate", ["死亡人数由2023年的16人下降到14人，下降12.50%"], "12.50", ["2", "16"]),
        ("rate", ["发放问卷250份，满意232份，满意度92.80%"], "92.80", ["232", "250"]),
        ("rate", ["按每公里8.33万元左右"], "8.33", ["1268.40", "152.30", "1"]),
        ("rate", ["账实相符率96.40%，低于98%的指标值"], "4.92", ["96.40", "98", "5"]),
        ("sum", ["预算管理20分、资产财务管理10分、产出40分、效益20分、满意度10分"], "100", ["20", "10", "40", "20", "10"]),
        ("grade", ["部门整体支出绩效自评得分96.66分，评价等级为优秀"], "96.66", "优秀"),
    ],
    "tanchang-weiqiao-2021": [
        ("sum", ["项目年初预算588.00万元，其中中央车购税资金480.00万元", "县级配套资金108.00万元（宕财建"], "588.00", ["480.00", "108.00"]),
        ("sum", ["全年预算调整为738.00万元"], "738.00", ["588.00", "150.00"]),
        ("sum", ["中央车购税资金480.00万元、省级补助资金150.00万元、县级配套资金108.00万元"], "738.00", ["480.00", "150.00", "108.00"]),
        ("sum", ["按用途分为危桥改造工程726.00万元、桥梁定期检查及荷载试验费12.00万元"], "738.00", ["726.00", "12.00"]),
        ("rate", ["738.00万元全部到位，到位率100%"], "100", ["738.00", "738.00"]),
        ("rate", ["项目支出701.22万元，预算执行率95.02%"], "95.02", ["701.22", "738.00"]),
        ("diff", ["结余36.78万元"], "36.78", ["738.00", "701.22"]),
        ("rate", ["实际支出11.52万元，执行率96.00%"], "96.00", ["11.52", "12.00"]),
        ("sum", ["701.22"], "701.22", ["689.70", "11.52"]),
        ("prod", ["按合同价的5%预留工程质量保证金，合计36.30万元"], "36.30", ["726.00", "0.05"]),
        ("diff", ["36.78"], "36.30", ["36.78", "0.48"]),
        ("diff", ["检测费节余"], "0.48", ["12.00", "11.52"]),
        ("rate", ["桥梁总长174.50延米，完成年度指标的102.65%"], "102.65", ["174.50", "170"]),
        ("diff", ["比年度指标少64平方米"], "64", ["2450", "2386"]),
        ("rate", ["按期完工率80.00%"], "80.00", ["4", "5"]),
        ("rate", ["单座平均改造造价145.20万元"], "145.20", ["726.00", "5", "1"]),
        ("rate", ["单位面积造价3042.75元/平方米"], "3042.75", ["7260000", "2386", "1"]),
        ("sum", ["3座评定为一类桥、2座评定为二类桥"], "5", ["3", "2"]),
        ("diff", ["全县剩余18座存量危桥", "危桥23座"], "18", ["23", "5"]),
        ("prod", ["约需2613.60万元"], "2613.60", ["18", "145.20"]),
        ("sum", ["产出指标得分58.59分，效益指标得分30分，自评总分98.09分"], "98.09", ["9.50", "58.59", "30"]),
        ("grade", ["自评总分98.09分，等级为优"], "98.09", "优"),
    ],
    "qilian-babaoroad-2018": [
        ("sum", ["农村公路173.15公里，其中乡道3条46.30公里、村道126.85公里"], "173.15", ["46.30", "126.85"]),
        ("prod", ["安排乡道养护资金23.15万元"], "23.15", ["46.30", "0.5"]),
        ("prod", ["村道养护资金25.37万元"], "25.37", ["126.85", "0.2"]),
        ("prod", ["护路员22名，每人每月1500元，全年39.60万元"], "39.60", ["22", "0.15", "12"]),
        ("prod", ["计划320台班，每台班375元，共12.00万元"], "12.00", ["320", "0.0375"]),
        ("sum", ["项目年初预算100.12万元，8月追加水毁修复资金18.50万元，全年预算118.62万元"], "118.62", ["100.12", "18.50"]),
        ("sum", ["资金48.52万元、县人社局公益性岗位补贴39.60万元、镇级财政安排24.00万元、上年结转资金6.50万元，合计118.62万元"], "118.62", ["48.52", "39.60", "24.00", "6.50"]),
        ("sum", ["转移支付资金48.52万元"], "48.52", ["23.15", "25.37"]),
        ("sum", ["镇级财政资金用于除雪保通12.00万元、水毁修复12.00万元"], "24.00", ["12.00", "12.00"]),
        ("sum", ["水毁修复另使用上年结转资金6.50万元"], "18.50", ["12.00", "6.50"]),
        ("rate", ["全年支出116.36万元，预算执行率98.09%"], "98.09", ["116.36", "118.62"]),
        ("sum", ["其中日常养护支出48.52万元；护路员补助支出39.00万元", "除雪保通支出12.00万元；水毁修复按审定结算支出16.84万元"], "116.36", ["48.52", "39.00", "12.00", "16.84"]),
        ("prod", ["空岗4个月少支出0.60万元"], "0.60", ["4", "0.15"]),
        ("diff", ["节余1.66万元"], "1.66", ["18.50", "16.84"]),
        ("sum", ["结余资金2.26万元"], "2.26", ["0.60", "1.66"]),
        ("diff", ["结余资金2.26万元"], "2.26", ["118.62", "116.36"]),
        ("rate", ["每人管护7.87公里左右"], "7.87", ["173.15", "22", "1"]),
        ("prod", ["每月对乡村道路巡查2次，全年巡查24次"], "24", ["2", "12"]),
        ("rate", ["村道优良中等路段80.55公里，优良中等路率63.50%"], "63.50", ["80.55", "126.85"]),
        ("prod", ["人均年增收1.80万元"], "1.80", ["0.15", "12"]),
        ("rate", ["发放问卷250份，满意216份，满意度86.40%"], "86.40", ["216", "250"]),
        ("sum", ["产出指标得分47.79分，效益指标得分22分，满意度指标得分9.60分，自评得分89.20分"], "89.20", ["9.81", "47.79", "22", "9.60"]),
        ("grade", ["自评得分89.20分，评价结果为良"], "89.20", "良"),
    ],
}


def check_facts(src, text):
    for fact in FACTS[src]:
        kind, snippets = fact[0], fact[1]
        for sn in snippets:
            if sn not in text:
                bad("%s fact %s: snippet missing %r" % (src, kind, sn))
        if kind == "grade":
            total, word = D(fact[2]), fact[3]
            if word not in GRADES[grade(total)]:
                bad("%s grade %s for %s" % (src, word, total))
            continue
        stated, xs = fact[2], [D(x) for x in fact[3]]
        if kind == "sum":
            c = sum(xs)
        elif kind == "diff":
            c = xs[0] - xs[1]
        elif kind == "rate":  # a / b * 100, or a / b * k when a third factor is given
            c = xs[0] / xs[1] * (xs[2] if len(xs) > 2 else 100)
        elif kind == "mean":
            c = sum(xs) / len(xs)
        elif kind == "prod":
            c = xs[0]
            for x in xs[1:]:
                c *= x
        if not close(stated, c):
            bad("%s fact %s %s: stated %s, computed %s" % (src, kind, fact[3], stated, c))


def check_clean(src, text):
    ctx = {}
    tabs = list(tables(text))
    for k, rows in enumerate(tabs):
        name = "%s table %d" % (src, k + 1)
        hdr = rows[0]
        if "行次" in hdr:
            check_shanxi(name, rows)
        elif "自评得分" in hdr:
            check_projects(name, rows)
        elif "全年执行数" in hdr:
            check_funds(name, rows, ctx)
        elif "得分" in hdr:
            check_indicators(name, rows, ctx)
        elif "桥梁名称" in hdr:
            check_sums(name, rows)
    if "total" not in ctx:
        bad("%s: no scored table" % src)
    else:
        # the table total appears in the text with a grade
        if ("%s分" % ctx["total"]) not in text:
            bad("%s: table total %s not stated in text" % (src, ctx["total"]))
    check_facts(src, text)


# ---------------------------------------------------------------- edits and labels
ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}


def changed_span(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return a[p:len(a) - s], b[p:len(b) - s]


def check_edit(case, clean, text, code):
    la, lb = clean.split("\n"), text.split("\n")
    if len(la) != len(lb):
        bad("%s: line count changed" % case)
        return
    diff = [i for i, (x, y) in enumerate(zip(la, lb)) if x != y]
    if not diff:
        bad("%s: identical to clean" % case)
        return
    if len(diff) > 1:
        if code not in ROW_CODES or len(diff) > 2:
            bad("%s: %d lines changed" % (case, len(diff)))
        else:
            i, j = diff
            between = la[i + 1:j]
            if not (la[i].startswith("│") and la[j].startswith("│")) or len(between) > 4 \
                    or sum(1 for ln in between if "─" in ln) > 1:
                bad("%s: the two changed lines are not adjacent table rows" % case)
    for i in diff:
        old, new = changed_span(la[i], lb[i])
        if max(len(old), len(new)) > 16:
            bad("%s: edit too long (%r -> %r)" % (case, old, new))


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    cleans = {}
    for lab in labels:
        if lab["clean"]:
            cleans[lab["source"]] = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
    for src, text in cleans.items():
        check_clean(src, text)
    codes = {}
    for lab in labels:
        text = open(os.path.join(CASES, lab["case"]), encoding="utf-8").read()
        clean = cleans[lab["source"]]
        if lab["clean"]:
            if lab["expected"]:
                bad("%s: clean case with expectations" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            bad("%s: expected one finding" % lab["case"])
        for e in lab["expected"]:
            codes.setdefault(e["code"], set()).add(lab["source"])
            if e["severity"] != "error":
                bad("%s: severity %s" % (lab["case"], e["severity"]))
            if text.count(e["value"]) != 1:
                bad("%s: value occurs %d times" % (lab["case"], text.count(e["value"])))
            if e["value"] in clean:
                bad("%s: value also in the clean draft" % lab["case"])
            check_edit(lab["case"], clean, text, e["code"])
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
              "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in wanted:
        if len(codes.get(c, ())) < 2:
            bad("code %s used in fewer than 2 projects" % c)
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(l["case"] for l in labels) != files:
        bad("labels and case files differ")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print("FAILED (%d problems)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: %d cases, %d clean, codes: %s" % (len(labels), len(cleans),
          ", ".join("%s=%d" % (c, sum(1 for l in labels for e in l["expected"] if e["code"] == c)) for c in wanted)))


if __name__ == "__main__":
    main()
