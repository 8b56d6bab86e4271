#!/usr/bin/env python3
"""Check set n79: labels against cases, edit sizes, and the arithmetic of every clean draft.

1. labels: one line per case file; every error case has exactly one expected error whose value occurs
   exactly once in the case and never in the clean draft; the case equals the clean draft with the
   edit of build.py applied; each edit part changes at most 16 characters inside one line; two-part
   edits only for score rows, in adjacent lines.
2. the numbered self-evaluation list of each clean draft is parsed generically: weights add to 100,
   scores add to the stated total, no score above its weight, completion = rules §5, quantitative
   scores = weight x min(1, A/T) (≤ targets: weight x T/A when missed), qualitative "部分达成" rows in
   [60%, 80%) of the weight, execution row rate and score, grade band of the total.
3. project facts: budgets, sources, balances, payments, unit costs, rates, averages, years, each
   recomputed and compared with the figure printed in the draft (tolerance from its decimals).
Pure Python 3, no third-party modules.  Prints OK or the list of failures.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """rules §8: stated string v with d decimals matches computed c iff |c - v| <= 0.5*10^-d."""
    v = num(stated)
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(D(computed) - v) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


# ---------------------------------------------------------------- 1. labels and edits
def check_labels():
    labels = {}
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                lab = json.loads(line)
                labels[lab["case"]] = lab
    files = sorted(f for f in os.listdir(CASES) if f.endswith(".txt"))
    if sorted(labels) != files:
        fail("labels and case files differ: %s" % sorted(set(labels) ^ set(files)))
    for pid in build.PROJECTS:
        clean = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        if labels.get(pid + "-clean.txt", {}).get("expected") != []:
            fail("%s-clean: expected list must be empty" % pid)
        for n, (code, parts, value, _expl) in enumerate(build.EDITS[pid], 1):
            name = "%s-e%d.txt" % (pid, n)
            text = open(os.path.join(CASES, name), encoding="utf-8").read()
            if text != build.apply(clean, parts):
                fail("%s: case differs from clean + edit" % name)
            exp = labels[name]["expected"]
            if len(exp) != 1 or exp[0]["code"] != code or exp[0]["severity"] != "error":
                fail("%s: expected one error %s" % (name, code))
                continue
            val = exp[0]["value"]
            if text.count(val) != 1:
                fail("%s: value occurs %d times in case" % (name, text.count(val)))
            if val in clean:
                fail("%s: value occurs in the clean draft" % name)
            lines = []
            for old, new in parts:
                a, b = build.core(old, new)
                if max(len(a), len(b)) > 16:
                    fail("%s: edit part longer than 16 chars: %r -> %r" % (name, a, b))
                if "\n" in a or "\n" in b or "\n" in old or "\n" in new:
                    fail("%s: edit crosses a line" % name)
                lines.append(clean[:clean.find(old)].count("\n"))
            if len(parts) > 1:
                if code not in ("score_exceeds_weight", "score_sum_mismatch"):
                    fail("%s: multi-part edit outside score rows" % name)
                if max(lines) - min(lines) != 1 or len(parts) != 2:
                    fail("%s: the two edited score rows are not adjacent" % name)
            # the wrong figure must be inside the value: some edited text lies within it
            s = text.find(val)
            inside = False
            for old, new in parts:
                a, b = build.core(old, new)
                pos = text.find(new)
                k = pos + new.find(b) if b else pos
                if s <= k < s + len(val) or (b == "" and s <= k <= s + len(val)):
                    inside = True
            if not inside:
                fail("%s: value does not contain the edited figure" % name)


# ---------------------------------------------------------------- 2. generic list parser
UNITS = r"(万页|元/页|元/条|人次|分钟|%|卷|页|条|张|天|分)"
RE_W = re.compile(r"分值([\d.]+)分")
RE_S = re.compile(r"得分([\d.]+)分")
RE_T = re.compile(r"(?:指标值|目标值)(≥|≤|=)([\d,.]+)" + UNITS)
RE_A = re.compile(r"(?:实际完成|实际|业绩值)([\d,.]+)" + UNITS)
RE_C = re.compile(r"完成率([\d.]+)%")
RE_EXEC = re.compile(r"全年预算数?([\d.]+)万元，全年执行数?([\d.]+)万元，执行率([\d.]+)%")


def list_rows(text):
    rows = []
    for line in text.split("\n"):
        m = re.match(r"^(\d+)\.", line)
        if m and RE_W.search(line) and RE_S.search(line):
            rows.append(line)
    return rows


def check_list(pid, text, total_str, grade_label):
    rows = list_rows(text)
    if not rows:
        fail("%s: no score list" % pid)
        return
    wsum = ssum = D(0)
    for line in rows:
        w = num(RE_W.search(line).group(1))
        s = num(RE_S.search(line).group(1))
        wsum += w
        ssum += s
        tag = "%s row %s" % (pid, line[:12])
        if s > w or s < 0:
            fail("%s: score %s outside [0, %s]" % (tag, s, w))
        m = RE_EXEC.search(line)
        if m:
            bud, spent, rate = m.groups()
            r = num(spent) / num(bud) * 100
            if not close(rate, r):
                fail("%s: execution rate %s vs %.4f" % (tag, rate, r))
            sc = RE_S.search(line).group(1)
            if not (close(sc, w * min(r, D(100)) / 100) or close(sc, w * min(num(rate), D(100)) / 100)):
                fail("%s: execution score %s" % (tag, sc))
            continue
        if "部分达成" in line:
            if not (w * D("0.6") <= s < w * D("0.8")):
                fail("%s: partly-achieved score %s not in [60%%,80%%) of %s" % (tag, s, w))
            continue
        mt, ma = RE_T.search(line), RE_A.search(line)
        if not (mt and ma):
            if s != w:
                fail("%s: qualitative/date row without full marks needs a rule" % tag)
            continue
        sign, tv, tu = mt.groups()
        av, au = ma.group(1), ma.group(2)
        if tu != au:
            fail("%s: unit %s vs %s" % (tag, tu, au))
            continue
        T, A = num(tv), num(av)
        if sign in ("≥", "="):
            comp = A / T * 100
            exp = w * min(D(1), A / T)
        else:
            comp = D(100) if A <= T else T / A * 100
            exp = w if A <= T else w * T / A
        mc = RE_C.search(line)
        if mc and not close(mc.group(1), comp):
            fail("%s: completion %s vs %.4f" % (tag, mc.group(1), comp))
        sc = RE_S.search(line).group(1)
        alt = w * min(D(1), num(mc.group(1)) / 100) if mc else exp
        if not (close(sc, exp) or close(sc, alt)):
            fail("%s: score %s vs %.4f" % (tag, sc, exp))
        if sign != "≤" and A / T > D("1.2"):
            fail("%s: over-achievement above 20%% (needs a reason)" % tag)
    if wsum != 100:
        fail("%s: weights add to %s" % (pid, wsum))
    if not close(total_str, ssum):
        fail("%s: scores add to %s, stated %s" % (pid, ssum, total_str))
    if grade(num(total_str)) != grade_label:
        fail("%s: grade %s for total %s" % (pid, grade_label, total_str))
    return rows


# ---------------------------------------------------------------- 3. project facts
def facts(pid, text):
    """(context that must appear in the draft, stated figure inside it, computed value)."""
    P = D
    F = []
    if pid == "cq-tongliang-archives-2023":
        init, add = P("168.00"), P("12.00")
        annual = init + add
        spent = P("148.96") + P("7.86") + P("11.88")
        F += [
            ("年初预算168.00万元，其中区级财政资金138.00万元、市级档案事业发展补助资金30.00万元", "168.00", P("138.00") + P("30.00")),
            ("全年预算调整为180.00万元", "180.00", annual),
            ("其中区级150.00万元、市级30.00万元", "150.00", P("138.00") + add),
            ("全年执行168.70万元", "168.70", spent),
            ("预算执行率93.72%", "93.72", spent / annual * 100),
            ("未执行的11.30万元", "11.30", annual - spent),
            ("合同质保金7.84万元结转至2024年支付，其余3.46万元", "3.46", annual - spent - P("7.84")),
            ("其余3.46万元", "3.46", (P("160.00") - P("156.80")) + (P("8.00") - P("7.86")) + (P("12.00") - P("11.88"))),
            ("下浮率2.00%", "2.00", (P("160.00") - P("156.80")) / P("160.00") * 100),
            ("按计划量测算综合单价0.46元/页", "0.46", P("156.80") / P("340")),
            ("实际0.46元/页", "0.46", P("156.80") / P("341.28")),
            ("支付30%，计47.04万元", "47.04", P("156.80") * P("0.30")),
            ("支付40%，计62.72万元", "62.72", P("156.80") * P("0.40")),
            ("支付25%，计39.20万元", "39.20", P("156.80") * P("0.25")),
            ("计7.84万元", "7.84", P("156.80") * P("0.05")),
            ("数字化加工服务费148.96万元", "148.96", P("47.04") + P("62.72") + P("39.20")),
            ("成交价78,600元", "78,600", P("7.86") * 10000),
            ("结算金额118,800元", "118,800", 1650 * P("72.00")),
            ("档案修裱费11.88万元", "11.88", P("118800") / 10000),
            ("合格34,720页", "34,720", P("35000") * P("0.992")),
            ("图像合格率99.20%", "99.20", P(34720) / 35000 * 100),
            ("著录数据准确率99.60%", "99.60", P(4980) / 5000 * 100),
            ("较合同约定提前6天", "6", P(30 - 24)),
            ("年末馆藏68,400卷", "68,400", P(66900) + 1500),
            ("累计数字化47,010卷", "47,010", P(22650) + 24360),
            ("数字化率33.86%", "33.86", P(22650) / 66900 * 100),
            ("数字化率68.73%", "68.73", P(47010) / 68400 * 100),
            ("增长57.16%", "57.16", P(3426 - 2180) / 2180 * 100),
            ("达到88TB", "88", P(48) + 40),
            ("合计46.90TB", "46.90", P("25.60") + P("21.30")),
            ("占存储总容量的53.30%", "53.30", P("46.90") / 88 * 100),
            ("回收率98.10%", "98.10", P(412) / 420 * 100),
            ("全年平均96.80%", "96.80", (P("96.2") + P("97.0") + P("96.5") + P("97.5")) / 4),
            ("尚有21,390卷未数字化", "21,390", P(68400) - 47010),
            ("剩余150页", "150", P(1800) - 1650),
        ]
        if not (P(47010) / 68400 > 2 * P(22650) / 66900):
            fail("tongliang: '提高一倍以上' not true")
    elif pid == "sc-pengxi-marriagerecords-2021":
        spent_yuan = P(436100) + P(32200)
        F += [
            ("共184,000件，其中结婚登记163,520件、离婚登记15,280件、补发及撤销登记5,200件", "184,000", P(163520) + 15280 + 5200),
            ("估算共736,000页", "736,000", P(184000) * 4),
            ("本项目预算52.00万元，其中省级婚姻登记历史数据补录补助资金20.00万元、县级财政资金32.00万元", "52.00", P("20.00") + P("32.00")),
            ("数字化及补录服务费48.00万元、档案装具购置费4.00万元", "48.00", P("52.00") - P("4.00")),
            ("共支出468,300元", "468,300", spent_yuan),
            ("即46.83万元", "46.83", spent_yuan / 10000),
            ("数字化及补录服务费43.61万元", "43.61", P(436100) / 10000),
            ("档案装具3.22万元", "3.22", P(32200) / 10000),
            ("预算执行率90.06%", "90.06", spent_yuan / 10000 / 52 * 100),
            ("项目结余5.17万元", "5.17", P("52.00") - spent_yuan / 10000),
            ("合同金额478,400元", "478,400", P(257600) + 220800),
            ("单价0.35元/页，计257,600元", "257,600", P(736000) * P("0.35")),
            ("单价1.20元/条，计220,800元", "220,800", P(184000) * P("1.20")),
            ("支付40%，计191,360元", "191,360", P(478400) * P("0.40")),
            ("支付50%，计239,200元", "239,200", P(478400) * P("0.50")),
            ("结算金额436,100元", "436,100", P(259700) + 176400),
            ("支付尾款5,540元", "5,540", P(436100) - 191360 - 239200),
            ("扫描742,000页，计259,700元", "259,700", P(742000) * P("0.35")),
            ("补录147,000条，计176,400元", "176,400", P(147000) * P("1.20")),
            ("单价7.00元，计32,200元", "32,200", P(4600) * 7),
            ("平均99.82%", "99.82", (P("99.76") + P("99.88") + P("99.82")) / 3),
            ("剩余37,000条", "37,000", P(184000) - 147000),
            ("下降69.86%", "69.86", P(418 - 126) / 418 * 100),
            ("占96.50%", "96.50", P(1241) / 1286 * 100),
            ("所需资金44,400元", "44,400", P(37000) * P("1.20")),
            ("产出指标60分（数量指标30分、质量指标15分、时效指标10分、成本指标5分）", "60", P(30 + 15 + 10 + 5)),
            ("效益指标30分（社会效益指标20分、可持续影响指标10分）", "30", P(20 + 10)),
        ]
    elif pid == "sn-luochuan-realestate-2024":
        budget = P("40.00") + P("80.00") + P("15.60")
        recv = P("40.00") + P("73.00") + P("15.60")
        spent = P("93.86") + P("12.13") + P("15.36")
        F += [
            ("全年预算135.60万元，其中中央资金0万元、省级资金40.00万元、县级资金80.00万元、上年结转资金15.60万元", "135.60", budget),
            ("年初预算120.00万元", "120.00", P("40.00") + P("80.00")),
            ("存量档案数字化服务费100.00万元、“八防”设备购置费20.00万元、密集架购置费15.60万元", "100.00", budget - P("20.00") - P("15.60")),
            ("全年实际到位128.60万元", "128.60", recv),
            ("尚有7.00万元未到位", "7.00", P("80.00") - P("73.00")),
            ("全年实际支出121.35万元", "121.35", spent),
            ("年末结余7.25万元", "7.25", recv - spent),
            ("资金到位率94.84%", "94.84", recv / budget * 100),
            ("预算执行率89.49%", "89.49", spent / budget * 100),
            ("下浮1.20%", "1.20", (P("100.00") - P("98.80")) / P("100.00") * 100),
            ("单价0.50元/页，计85.00万元", "85.00", P(1700000) * P("0.50") / 10000),
            ("单价3.00元/卷，计11.40万元", "11.40", P(38000) * 3 / 10000),
            ("以98.80万元中标", "98.80", P("85.00") + P("11.40") + P("2.40")),
            ("预付30%，计29.64万元", "29.64", P("98.80") * P("0.30")),
            ("进度款40%，计39.52万元", "39.52", P("98.80") * P("0.40")),
            ("支付25%，计24.70万元", "24.70", P("98.80") * P("0.25")),
            ("质保金5%，计4.94万元", "4.94", P("98.80") * P("0.05")),
            ("共支付数字化服务费93.86万元", "93.86", P("29.64") + P("39.52") + P("24.70")),
            ("未完成的1,520卷", "1,520", P(38000) - 36480),
            ("准确率99.60%", "99.60", P(2490) / 2500 * 100),
            ("历时231天", "231", P(231)),
            ("超出计划21天", "21", P(231 - 210)),
            ("年末存量档案75,810卷，其中原土地登记档案27,950卷、原房屋登记档案41,660卷、林权等其他档案6,200卷", "75,810", P(27950) + 41660 + 6200),
            ("累计数字化65,080卷", "65,080", P(28600) + 36480),
            ("存量档案数字化率85.85%", "85.85", P(65080) / 75810 * 100),
            ("平均97.30%", "97.30", (P("97.6") + P("96.8") + P("97.5")) / 3),
            ("尚未数字化的10,730卷", "10,730", P(75810) - 65080),
            ("其余9,210卷", "9,210", P(10730) - 1520),
        ]
        from datetime import date
        if (date(2024, 12, 23) - date(2024, 5, 6)).days != 231 or (date(2024, 12, 2) - date(2024, 5, 6)).days != 210:
            fail("luochuan: day counts")
    elif pid == "sc-jiange-urbanconstr-2020":
        spent_yuan = P(303620) + 53600 + 29180
        F += [
            ("年初预算46.00万元，全部为县级财政拨款，其中数字化加工36.50万元、存储扩容6.00万元、系统升级3.50万元", "46.00", P("36.50") + P("6.00") + P("3.50")),
            ("全年预算40.00万元，其中数字化加工30.50万元、存储扩容6.00万元、系统升级3.50万元", "40.00", P("30.50") + P("6.00") + P("3.50")),
            ("调整后全年预算40.00万元", "40.00", P("46.00") - P("6.00")),
            ("实际支出38.64万元", "38.64", spent_yuan / 10000),
            ("其中数字化加工费30.36万元、存储设备5.36万元、系统升级费2.92万元", "30.36", P(303620) / 10000),
            ("系统升级费2.92万元", "2.92", P(29180) / 10000),
            ("存储设备5.36万元", "5.36", P(53600) / 10000),
            ("实际支出38.64万元，其中数字化加工费30.36万元、存储设备5.36万元、系统升级费2.92万元", "38.64", P("30.36") + P("5.36") + P("2.92")),
            ("结余1.36万元", "1.36", P("40.00") - spent_yuan / 10000),
            ("全年执行38.64万元，执行率96.60%", "96.60", spent_yuan / 10000 / 40 * 100),
            ("合同金额319,600元", "319,600", P(260400) + 59200),
            ("单价0.42元/页，计260,400元", "260,400", P(620000) * P("0.42")),
            ("单价3.20元/张，计59,200元", "59,200", P(18500) * P("3.20")),
            ("支付30%，计95,880元（2020年7月3日", "95,880", P(319600) * P("0.30")),
            ("支付35%，计111,860元", "111,860", P(319600) * P("0.35")),
            ("质保金5%，计15,980元", "15,980", P(319600) * P("0.05")),
            ("共支付数字化加工费303,620元", "303,620", P(95880) * 2 + 111860),
            ("单价6,700元，计53,600元", "53,600", P(8) * 6700),
            ("新增存储容量64TB", "64", P(8) * 8),
            ("平均99.10%", "99.10", (P("98.9") + P("99.2") + P("99.0") + P("99.3")) / 4),
            ("为年度目标的103.91%", "103.91", P(623480) / 600000 * 100),
            ("为年度目标的92.50%", "92.50", P(18500) / 20000 * 100),
            ("电子化查阅率86.38%", "86.38", P(1123) / 1300 * 100),
            ("满意度93.50%", "93.50", P(187) / 200 * 100),
            ("剩余1,500张", "1,500", P(20000) - 18500),
            ("本项目自评得分94.22分，其中预算执行9.66分、产出指标49.06分、效益指标25.50分、满意度指标10分", "94.22", P("9.66") + P("49.06") + P("25.50") + 10),
            ("产出指标50分（4项三级指标各12.5分）", "50", P("12.5") * 4),
            ("效益指标30分（2项三级指标各15分）", "30", P(15) * 2),
        ]
        if P("0.42") != r2(P(260400) / 620000):
            fail("jiange: unit price")
    elif pid == "cq-zhongxian-courtfiles-2018":
        spent = P("51.68") + P("11.10") + P("5.98")
        F += [
            ("其中数字化加工费54.40万元、高速扫描仪购置费11.40万元、存储设备购置费6.20万元", "54.40", P("72.00") - P("11.40") - P("6.20")),
            ("项目实际支出68.76万元", "68.76", spent),
            ("预算执行率95.50%", "95.50", spent / 72 * 100),
            ("资金到位率100%", "100", P("72.00") / P("72.00") * 100),
            ("未支出的3.24万元", "3.24", P("72.00") - spent),
            ("采购节约0.52万元", "0.52", (P("11.40") - P("11.10")) + (P("6.20") - P("5.98"))),
            ("质保金2.72万元结转至2019年支付", "2.72", P("54.40") - P("51.68")),
            ("成交金额54.40万元", "54.40", P(1700000) * P("0.32") / 10000),
            ("单价1.85万元，计11.10万元", "11.10", P("1.85") * 6),
            ("支付30%，计16.32万元", "16.32", P("54.40") * P("0.30")),
            ("支付40%，计21.76万元", "21.76", P("54.40") * P("0.40")),
            ("支付25%，计13.60万元", "13.60", P("54.40") * P("0.25")),
            ("数字化加工费51.68万元", "51.68", P("16.32") + P("21.76") + P("13.60")),
            ("累计完成数字化44,650卷", "44,650", P(16200) + 28450),
            ("诉讼档案数字化率71.67%", "71.67", P(44650) / 62300 * 100),
            ("随案同步生成率89.99%", "89.99", P(6148) / 6832 * 100),
            ("满意度95.20%", "95.20", P(238) / 250 * 100),
            ("17,650卷尚未数字化", "17,650", P(62300) - 44650),
            ("预算执行率10分、产出指标45分、效益指标35分、满意度指标10分", "45", P(15 + 10 + 10 + 5 + 5)),
            ("效益指标35分", "35", P(15 + 10 + 10)),
        ]
    for ctx, stated, computed in F:
        if text.count(ctx) < 1:
            fail("%s: context not in draft: %s" % (pid, ctx))
            continue
        if stated not in ctx:
            fail("%s: stated %s not inside context" % (pid, stated))
        if not close(stated, computed):
            fail("%s: %s stated %s, computed %s" % (pid, ctx[:30], stated, computed))


TOTALS = {
    "cq-tongliang-archives-2023": ("95.95", "优", "综合得分95.95分，评价等级为“优”"),
    "sc-pengxi-marriagerecords-2021": ("87.32", "良", "绩效自评得分87.32分，评价等级为“良好”"),
    "sn-luochuan-realestate-2024": ("97.65", "优", "绩效自评得分97.65分，评价等级为“优”"),
    "sc-jiange-urbanconstr-2020": ("94.22", "优", "指标10分，评价等级为“优秀”"),
    "cq-zhongxian-courtfiles-2018": ("99.02", "优", "合计得分99.02分，评价等级为“优”"),
}

# row weights by first-level block (row numbers of the list) — Σ rows = block weight
BLOCKS = {
    "cq-tongliang-archives-2023": [((1,), 10), ((2, 3, 4, 5, 6, 7, 8), 50), ((9, 10, 11), 30), ((12,), 10)],
    "sc-pengxi-marriagerecords-2021": [((1,), 10), ((2, 3), 30), ((4, 5), 15), ((6,), 10), ((7,), 5), ((8, 9), 20), ((10,), 10)],
    "sn-luochuan-realestate-2024": [((1,), 10), ((2, 3, 4, 5, 6), 50), ((7, 8, 9), 30), ((10,), 10)],
    "sc-jiange-urbanconstr-2020": [((1,), 10), ((2, 3, 4, 5), 50), ((6, 7), 30), ((8,), 10)],
    "cq-zhongxian-courtfiles-2018": [((1,), 10), ((2, 3, 4, 5, 6), 45), ((7, 8, 9), 35), ((10,), 10)],
}
BLOCK_SCORES = {
    "sc-jiange-urbanconstr-2020": {(2, 3, 4, 5): "49.06", (6, 7): "25.50"},
}


def main():
    check_labels()
    for pid in build.PROJECTS:
        text = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if not 2500 <= n <= 6000:
            fail("%s: length %d" % (pid, n))
        total, g, ctx = TOTALS[pid]
        if ctx not in text:
            fail("%s: total/grade sentence missing" % pid)
        rows = check_list(pid, text, total, g) or []
        # every other statement of the total agrees
        for m in re.finditer(r"(?:得分|得分合计|合计得分)(\d+\.\d+)分", text):
            v = m.group(1)
            if D(v) > 50 and v != total:
                fail("%s: total stated as %s elsewhere" % (pid, v))
        # block weights and block scores
        byno = {int(re.match(r"^(\d+)\.", r).group(1)): r for r in rows}
        for nos, wt in BLOCKS[pid]:
            s = sum(num(RE_W.search(byno[k]).group(1)) for k in nos)
            if s != wt:
                fail("%s: rows %s weigh %s, block %s" % (pid, nos, s, wt))
        for nos, sc in BLOCK_SCORES.get(pid, {}).items():
            s = sum(num(RE_S.search(byno[k]).group(1)) for k in nos)
            if not close(sc, s):
                fail("%s: rows %s score %s, stated %s" % (pid, nos, s, sc))
        facts(pid, text)
        # year checks: the evaluation year in the title; carry-over to a later year only
        year = int(pid[-4:])
        if ("%d年度" % year) not in text.split("\n")[0] + text.split("\n")[1]:
            fail("%s: title year" % pid)
        for m in re.finditer(r"结转至(\d{4})年", text):
            if int(m.group(1)) <= year:
                fail("%s: carry-over to %s" % (pid, m.group(1)))
        for m in re.finditer(r"截至(\d{4})年12月31日", text):
            if int(m.group(1)) != year:
                fail("%s: 截至 %s" % (pid, m.group(1)))
        # grade words: exactly one grade statement, in the band of the total
        for lab, band in (("优秀", "优"), ("良好", "良"), ("“优”", "优"), ("“良”", "良")):
            if lab in text and band != g:
                fail("%s: grade word %s in a %s report" % (pid, lab, g))
        # satisfaction / rates never above 100 except completion rates
        for m in re.finditer(r"(到位率|执行率|满意度|合格率|准确率|数字化率|查阅率|生成率|回收率|占)([\d.]+)%", text):
            if D(m.group(2)) > 100:
                fail("%s: rate above 100: %s" % (pid, m.group(0)))
    if FAIL:
        for f in FAIL:
            print("FAIL", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
