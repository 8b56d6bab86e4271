#!/usr/bin/env python3
"""Check the set: labels against cases, edit sizes, and the arithmetic of every clean draft.

Pure Python 3. Exit status 0 and last line "OK" when everything holds.
Tolerance follows rules.md §8: a stated value with d decimals matches a computed value c
when |c - v| <= 0.5 * 10^-d (+1e-9); rounding is ROUND_HALF_UP.
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list and size rule)

PROBLEMS = []


def fail(msg):
    PROBLEMS.append(msg)


# ---------------------------------------------------------------- numbers
NUM = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def num(s):
    """First number in s as (Decimal, decimals) or (None, None)."""
    m = NUM.search(s.replace("，", ","))
    if not m:
        return None, None
    t = m.group(0).replace(",", "")
    return D(t), (len(t.split(".")[1]) if "." in t else 0)


def close(computed, stated):
    """stated is a string such as '93.21%' or '9.32'; decimals taken from it."""
    v, d = num(stated)
    if v is None:
        return False
    return abs(D(computed) - v) <= D("0.5") * (D(10) ** -d) + D("1e-9")


def pct(a, b):
    return D(a) / D(b) * 100


def r2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def grade(total):
    t = D(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


GRADE_NORM = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
              "合格": "中", "一般": "中", "较差": "差", "差": "差"}


# ---------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            cur.append(cells)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def col(header, *names):
    for i, h in enumerate(header):
        if any(n in h for n in names):
            return i
    return None


def check_money_tables(proj, text):
    """合计 rows equal the column sums; amount = count x unit price; rates = amounts' ratio."""
    for t in tables(text):
        header, rows = t[0], t[1:]
        body = [r for r in rows if r[0] != "合计"]
        total = [r for r in rows if r[0] == "合计"]
        if total and "分值" not in header:
            tot = total[0]
            for i, h in enumerate(header):
                if i == 0 or "率" in h or "单价" in h:
                    continue
                cells = [r[i] for r in body]
                if num(tot[i])[0] is None:
                    continue
                if "万元" in tot[i] or h == "数量":
                    vals = [num(c)[0] for c in cells if c != "/"]
                    if None in vals:
                        continue
                    s = sum(vals, D(0))
                    if not close(s, tot[i]):
                        fail(f"{proj}: column {h}: sum {s} != 合计 {tot[i]}")
        iq, ip, ia = col(header, "数量"), col(header, "单价"), col(header, "金额")
        if None not in (iq, ip, ia):
            for r in body:
                q, p, a = num(r[iq])[0], num(r[ip])[0], r[ia]
                if not close(q * p / 10000, a):
                    fail(f"{proj}: {r[0]}: {q} x {p}元 = {q * p / 10000}万元 != {a}")
        ib, ie, ir = col(header, "全年预算"), col(header, "全年执行"), col(header, "执行率")
        ig, igr = col(header, "实际到位"), col(header, "到位率")
        for r in rows:
            if ib is None or ie is None or ir is None:
                continue
            b, e = num(r[ib])[0], num(r[ie])[0]
            pairs = [(ie, ir, "执行率")]
            if ig is not None and igr is not None:
                pairs.append((ig, igr, "到位率"))
                g = num(r[ig])[0]
                if e is not None and g is not None and e > g:
                    fail(f"{proj}: {r[0]}: execution above received")
            for inum, irate, label in pairs:
                if r[irate] == "/":
                    continue
                n_ = num(r[inum])[0]
                if b is None or b == 0:
                    fail(f"{proj}: {r[0]}: {label} {r[irate]} on a zero/absent base")
                    continue
                if not close(pct(n_, b), r[irate]):
                    fail(f"{proj}: {r[0]}: {label} {pct(n_, b)} != {r[irate]}")
                if n_ > b:
                    fail(f"{proj}: {r[0]}: {label} above 100%")


DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def expected_score(direction, target, actual, w):
    """Return (low, high) acceptable score, or None when not scorable."""
    if "部分达成" in actual:
        return (w * D("0.6"), w * D("0.8") - D("0.01"))
    if actual.startswith("达成") or actual.startswith("全部达成"):
        return (w * D("0.8"), w)
    dt, da = DATE.search(target), DATE.search(actual)
    if dt and da:
        ok = tuple(map(int, da.groups())) <= tuple(map(int, dt.groups()))
        return (w, w) if ok else None
    t, _ = num(target)
    a, _ = num(actual)
    if t is None or a is None:
        return None
    if direction == "lte":
        return (w, w) if a <= t else (w * t / a, w * t / a)
    if direction == "eq" and t == 0:
        return (w, w) if a <= 0 else (D(0), D(0))
    s = w if a >= t else w * a / t
    return (s, s)


def completion(direction, target, actual):
    t, _ = num(target)
    a, _ = num(actual)
    if direction == "lte":
        return D(100) if a <= t else pct(t, a)
    return pct(a, t)


def unit_of(cell):
    m = NUM.search(cell)
    return cell[m.end():].strip() if m else None


def check_score_table(proj, text, facts):
    ts = [t for t in tables(text) if col(t[0], "分值") is not None and col(t[0], "得分") is not None
          and col(t[0], "三级指标") is not None]
    if len(ts) != 1:
        fail(f"{proj}: expected one indicator table, found {len(ts)}")
        return None
    t = ts[0]
    h = t[0]
    iw, isc = col(h, "分值"), col(h, "得分")
    itg = col(h, "年度指标值", "目标值", "指标值")
    iac = col(h, "实际完成值", "业绩值")
    idir = col(h, "指标性质")
    icomp = col(h, "完成率")
    sw, ss = D(0), D(0)
    level = {}
    total = None
    extra = facts.get("execution_block")
    if extra:  # funds block scored separately (Sichuan / MOF funds block)
        fb = [r for tt in tables(text) if col(tt[0], "分值") is not None and col(tt[0], "三级指标") is None
              for r in tt[1:] if r[0] == "年度资金总额"]
        if len(fb) != 1:
            fail(f"{proj}: funds block row not found")
        else:
            fh = [tt for tt in tables(text) if col(tt[0], "分值") is not None and col(tt[0], "三级指标") is None][0][0]
            r = fb[0]
            w, s, rate = num(r[col(fh, "分值")])[0], r[col(fh, "得分")], r[col(fh, "执行率")]
            if not close(w * min(num(rate)[0], D(100)) / 100, s):
                fail(f"{proj}: execution score {s} != {w} x {rate}")
            sw += w
            ss += num(s)[0]
    for r in t[1:]:
        name = r[0]
        if name in ("总分", "合计"):
            total = (num(r[iw])[0], r[isc])
            continue
        if name.endswith("小计"):
            lv = name[:-2]
            lw, ls = level.get(lv, (D(0), D(0)))
            if num(r[iw])[0] != lw or not close(ls, r[isc]):
                fail(f"{proj}: subtotal {name}: rows give {lw}/{ls}, stated {r[iw]}/{r[isc]}")
            continue
        w, s = num(r[iw])[0], num(r[isc])[0]
        if s > w or s < 0:
            fail(f"{proj}: {r[2]}: score {s} outside [0, {w}]")
        sw += w
        ss += s
        lw, ls = level.get(name, (D(0), D(0)))
        level[name] = (lw + w, ls + s)
        target, actual = r[itg], r[iac]
        if idir is not None:
            sign = r[idir]
        else:
            sign = target[:1]
        direction = {"≥": "gte", "≤": "lte", "=": "eq"}.get(sign, "gte")
        if target.endswith("前"):
            direction = "lte"
        if "执行率" in r[2]:
            exp = (w * min(num(actual)[0], D(100)) / 100,) * 2
        else:
            # units must agree (I13)
            ut, ua = unit_of(target), unit_of(actual)
            if ut is not None and ua is not None and not DATE.search(target) and ut.rstrip("前") != ua:
                fail(f"{proj}: {r[2]}: unit {ut!r} vs {ua!r}")
            exp = expected_score(direction, target, actual, w)
        if exp is None:
            fail(f"{proj}: {r[2]}: cannot score {target!r} / {actual!r}")
        else:
            lo, hi = exp
            if not (close(lo, r[isc]) or close(hi, r[isc]) or (lo <= s <= hi)):
                fail(f"{proj}: {r[2]}: score {r[isc]} not in [{lo}, {hi}]")
        if icomp is not None and r[icomp] != "/":
            c = completion(direction, target, actual) if "执行率" not in r[2] else num(actual)[0]
            if not close(c, r[icomp]):
                fail(f"{proj}: {r[2]}: completion {c} != {r[icomp]}")
    if total is None:
        fail(f"{proj}: no total row")
        return None
    if sw != 100 or total[0] != 100:
        fail(f"{proj}: weights sum {sw}, stated {total[0]}")
    if not close(ss, total[1]):
        fail(f"{proj}: scores sum {ss}, stated {total[1]}")
    for lv, want in facts.get("levels", {}).items():
        got = level.get(lv)
        if got is None or got[0] != want[0] or not close(got[1], want[1]):
            fail(f"{proj}: level {lv}: rows {got}, expected {want}")
    return num(total[1])[0], total[1]


def check_grade(proj, text, total):
    t, tstr = total
    for m in re.finditer(r"(?:自评得分|自评总得分|总得分)(\d+(?:\.\d+)?)分", text):
        if not close(t, m.group(1)):
            fail(f"{proj}: text total {m.group(1)} != table {tstr}")
    found = re.findall(r"等级(?:为|：)“?(优秀|良好|中等|合格|一般|较差|优|良|中|差)", text)
    if not found:
        fail(f"{proj}: no grade stated")
    for g in found:
        if GRADE_NORM[g] != grade(t):
            fail(f"{proj}: grade {g} but total {tstr} is {grade(t)}")


# ---------------------------------------------------------------- per-project arithmetic
def S(*xs):
    return sum((D(x) for x in xs), D(0))


def must(proj, text, snippets):
    for s in snippets:
        if text.count(s) < 1:
            fail(f"{proj}: snippet not in clean draft: {s!r}")


def facts_for(proj, text):
    """Each entry: (label, [snippets that must be in the text], condition)."""
    F = []
    a = F.append
    if proj == "weixi-forestfire-2021":
        a(("budget split", ["全年预算200.00万元，其中装备购置98.00万元、防火蓄水池54.00万元、培训演练22.80万元、防火宣传8.80万元、检查站值守补助16.40万元"],
           S("98.00", "54.00", "22.80", "8.80", "16.40") == D("200.00")))
        a(("initial + adjustment", ["年初预算160.00万元", "省级资金40.00万元", "全年预算调整为200.00万元"], S("160.00", "40.00") == D("200.00")))
        a(("execution rate", ["实际支出186.42万元，预算执行率93.21%"], close(pct("186.42", "200.00"), "93.21%")))
        a(("central + county + province", ["中央资金执行111.56万元，县级配套执行34.86万元"], S("111.56", "34.86", "40.00") == D("186.42")))
        a(("balance", ["年末结余13.58万元，其中蓄水池工程质保金5.40万元、采购节约资金6.74万元、培训演练结余1.44万元"],
           D("200.00") - D("186.42") == D("13.58") and S("5.40", "6.74", "1.44") == D("13.58")))
        a(("design: spending by use", [], S("91.26", "48.60", "21.36", "8.80", "16.40") == D("186.42") and D("22.80") - D("21.36") == D("1.44")))
        a(("procurement saving", ["采购预算98.00万元", "中标金额91.26万元，节约资金6.74万元，节约率6.88%"],
           D("98.00") - D("91.26") == D("6.74") and close(pct("6.74", "98.00"), "6.88%")))
        a(("reservoirs", ["合同价每座9.00万元，合计54.00万元", "当年按合同价的90%支付48.60万元"],
           6 * D("9.00") == D("54.00") and D("54.00") * D("0.9") == D("48.60") and D("54.00") - D("48.60") == D("5.40")))
        a(("training", ["举办扑火队员轮训6期，每期108人次，共培训648人次，超过目标8%"], 6 * 108 == 648 and close(pct(648 - 600, 600), "8%")))
        a(("drills", ["开展扑火实战演练10场次", "较目标少2场次"], 12 - 10 == 2))
        a(("same figure: trained", ["共培训648人次", "| ≥600人次 | 648人次 |"], True))
        a(("team average", ["成绩分别为92分、88分、95分、90分、85分，平均成绩90分"], close(S(92, 88, 95, 90, 85) / 5, "90")))
        a(("guards", ["每人每月800元、防火期5个月计发，41名值守人员共计16.40万元"], close(D(41 * 800 * 5) / 10000, "16.40")))
        a(("satisfaction", ["共发放问卷200份，回收186份，其中满意和基本满意174份，满意度93.55%"], close(pct(174, 186), "93.55%")))
        a(("summary table", ["| 预算执行率 | 10 | 9.32 | 93.20% |", "| 产出指标 | 50 | 49.00 | 98.00% |", "| 效益指标 | 30 | 27.00 | 90.00% |",
                             "| 满意度指标 | 10 | 10.00 | 100.00% |", "| 合计 | 100 | 95.32 | 95.32% |"],
           S("9.32", "49.00", "27.00", "10.00") == D("95.32") and close(D("10") * D("0.9321"), "9.32")))
        a(("levels", [], True))
        return F, {"levels": {"产出指标": (D(50), "49"), "效益指标": (D(30), "27"), "满意度指标": (D(10), "10")}}
    if proj == "yanyuan-firewater-2022":
        a(("budget", ["年初预算300.00万元，其中：省级森林草原防灭火专项资金200.00万元", "县级财政配套100.00万元", "州级以水灭火补助资金50.00万元", "全年预算调整为350.00万元"],
           S("200.00", "100.00") == D("300.00") and S("300.00", "50.00") == D("350.00")))
        a(("received", ["实际到位330.00万元，到位率94.29%", "到位80.00万元，未到位20.00万元"],
           close(pct("330.00", "350.00"), "94.29%") and D("100.00") - D("80.00") == D("20.00") and S("200.00", "50.00", "80.00") == D("330.00")))
        a(("execution", ["全年实际支出318.46万元，预算执行率90.99%，结余资金11.54万元"],
           close(pct("318.46", "350.00"), "90.99%") and D("330.00") - D("318.46") == D("11.54")))
        a(("by use", ["装备采购119.10万元，取水点建设101.25万元，专业扑火队集训34.56万元，人身意外伤害保险3.60万元，检查站值守补助52.80万元，宣传及其他7.15万元，合计318.46万元"],
           S("119.10", "101.25", "34.56", "3.60", "52.80", "7.15") == D("318.46")))
        a(("procurement", ["采购预算126.00万元", "中标金额119.10万元，节约资金6.90万元，节约率5.48%"],
           D("126.00") - D("119.10") == D("6.90") and close(pct("6.90", "126.00"), "5.48%")))
        a(("water points", ["合同总价112.50万元，单处7.50万元", "支付101.25万元，剩余工程质保金11.25万元"],
           15 * D("7.50") == D("112.50") and D("112.50") * D("0.9") == D("101.25") and D("112.50") - D("101.25") == D("11.25")))
        a(("training", ["每期120人、12天，人均960元（每人每天80元），共360人次，支出34.56万元"], 12 * 80 == 960 and 3 * 120 == 360 and D(360 * 960) / 10000 == D("34.56")))
        a(("insurance", ["为120名队员购买人身意外伤害保险，每人300元，支出3.60万元"], D(120 * 300) / 10000 == D("3.60")))
        a(("guards", ["22个检查站每站2人，防火期6个月，每人每月补助2,000元，支出52.80万元"], D(22 * 2 * 6 * 2000) / 10000 == D("52.80")))
        a(("drill completion", ["开展以水灭火实战演练6场次，完成率75.00%"], close(pct(6, 8), "75.00%")))
        a(("coverage completion", ["已有18个乡镇建成取水点或配备以水灭火装备，完成率90.00%"], close(pct(18, 20), "90.00%")))
        a(("fires", ["全年发现并处置初发火情17起，其中16起当日扑灭，当日扑灭率94.12%"], close(pct(16, 17), "94.12%")))
        a(("unit price", ["| 森林消防水泵（高扬程） | 30台 | 26,500元 | 79.50万元 | 单价2.65万元/台 |"], D(26500) / 10000 == D("2.65")))
        a(("conclusion", ["预算执行得分9.10分，绩效指标得分87.00分，自评总得分96.10分"], S("9.10", "87.00") == D("96.10") and S(8, 8, 8, 6, 7, 7, 7, 7, 10, 10, 9) == D("87")))
        return F, {"execution_block": True, "levels": {"产出指标": (D(60), "58"), "效益指标": (D(30), "29")}}
    if proj == "dazu-safetyenforce-2024":
        a(("budget split", ["年初预算90.00万元，其中市级安全生产专项补助20.00万元", "区级财政资金70.00万元", "全年预算90.00万元",
                            "执法装备购置45.00万元，专家服务费26.00万元，执法人员培训6.50万元，宣传及执法文书印制3.50万元，执法车辆运行维护9.00万元"],
           S("20.00", "70.00") == D("90.00") and S("45.00", "26.00", "6.50", "3.50", "9.00") == D("90.00")))
        a(("spending", ["全年支出85.97万元，其中执法装备购置41.73万元、专家服务费25.60万元、执法人员培训5.58万元、宣传及执法文书印制3.20万元、执法车辆运行维护9.86万元，预算执行率95.52%，结余4.03万元"],
           S("41.73", "25.60", "5.58", "3.20", "9.86") == D("85.97") and close(pct("85.97", "90.00"), "95.52%") and D("90.00") - D("85.97") == D("4.03")))
        a(("by source", ["市级资金支出20.00万元，执行率100%；区级资金支出65.97万元，执行率94.24%"],
           S("20.00", "65.97") == D("85.97") and close(pct("65.97", "70.00"), "94.24%")))
        a(("vehicle overrun", ["超出该项预算0.86万元"], D("9.86") - D("9.00") == D("0.86")))
        a(("procurement", ["采购预算45.00万元", "成交金额41.73万元，节约资金3.27万元，节约率7.27%"],
           D("45.00") - D("41.73") == D("3.27") and close(pct("3.27", "45.00"), "7.27%")))
        a(("experts", ["全年专家参与检查320家次，按每家次800元结算，支付25.60万元"], D(320 * 800) / 10000 == D("25.60")))
        a(("inspections", ["全年检查生产经营单位1,186家次，较2023年的1,052家次增长12.74%"], close(pct(1186 - 1052, 1052), "12.74%")))
        a(("hazards", ["共排查一般事故隐患3,452条，已整改3,389条，整改率98.17%，剩余63条"], close(pct(3389, 3452), "98.17%") and 3452 - 3389 == 63))
        a(("same figure: inspections", ["| ≥1,000家次 | 1,186家次 |"], True))
        a(("case files", ["抽取行政处罚案卷80卷开展评查，合格78卷，合格率97.50%"], close(pct(78, 80), "97.50%")))
        a(("training", ["参训186人次，较目标少14人次", "考核合格181人次，合格率97.31%", "按每人次300元标准支出5.58万元"],
           200 - 186 == 14 and close(pct(181, 186), "97.31%") and D(186 * 300) / 10000 == D("5.58")))
        a(("coverage", ["全区400家重点企业中，全年检查覆盖370家，覆盖率92.50%，未覆盖的30家"], close(pct(370, 400), "92.50%") and 400 - 370 == 30))
        a(("deaths", ["死亡3人，低于6人的控制指标，较2023年的5人减少2人"], 5 - 3 == 2))
        a(("satisfaction", ["发放满意度问卷500份，满意476份，满意度95.20%"], close(pct(476, 500), "95.20%")))
        a(("conclusion", ["预算执行率得分9.55分，产出指标得分49.58分，效益指标得分29.74分，满意度指标得分10分，自评总得分98.87分"],
           S("9.55", "49.58", "29.74", "10") == D("98.87") and close(D(10) * pct("85.97", "90.00") / 100, "9.55")))
        return F, {"execution_block": True, "levels": {"产出指标": (D(50), "49.58"), "效益指标": (D(30), "29.74"), "满意度指标": (D(10), "10")}}
    if proj == "kangding-emergsupplies-2020":
        a(("budget", ["本项目年初预算150.00万元，其中州级救灾物资储备补助50.00万元", "市级财政资金100.00万元", "省级追加应急物资储备补助10.00万元", "全年预算160.00万元"],
           S("50.00", "100.00") == D("150.00") and S("150.00", "10.00") == D("160.00")))
        a(("spending", ["全年实际支出144.25万元，预算执行率90.16%，其中：应急物资采购112.70万元，储备库租金21.60万元，物资维护保养及管理4.85万元，调运演练3.18万元，物资调运运输费1.92万元"],
           S("112.70", "21.60", "4.85", "3.18", "1.92") == D("144.25") and close(pct("144.25", "160.00"), "90.16%")))
        a(("balance", ["年末结余15.75万元", "当年仅支出1.55万元"], D("160.00") - D("144.25") == D("15.75")))
        a(("rent", ["储备库租金按1,200平方米、每平方米每月15元、12个月计算"], D(1200 * 15 * 12) / 10000 == D("21.60")))
        a(("procurement", ["采购预算120.00万元", "中标金额112.70万元，节约资金7.30万元，节约率6.08%"],
           D("120.00") - D("112.70") == D("7.30") and close(pct("7.30", "120.00"), "6.08%")))
        a(("inspection", ["抽检12批次，合格12批次，合格率100%"], close(pct(12, 12), "100%")))
        a(("drills", ["参演人数分别为82人次、95人次、88人次，共265人次，平均每场88.33人次"], S(82, 95, 88) == 265 and close(D(265) / 3, "88.33")))
        a(("stock", ["储备库现有各类物资4,286件（套），其中往年结存1,676件（套）", "完好物资4,226件（套），储备物资完好率98.60%", "| 合计 | / | 2,610件（套） |"],
           2610 + 1676 == 4286 and close(pct(4226, 4286), "98.60%")))
        a(("satisfaction", ["向受助群众发放问卷200份，满意189份，满意度94.50%"], close(pct(189, 200), "94.50%")))
        a(("province execution", ["当年执行率仅15.50%"], close(pct("1.55", "10.00"), "15.50%")))
        a(("scores", ["本项目总得分96.19分", "预算执行得分9.02分，产出指标分值50分、得分48.50分，效益指标分值30分、得分28.67分，满意度指标分值10分、得分10分"],
           S("9.02", "48.50", "28.67", "10") == D("96.19")))
        return F, {"levels": {"产出指标": (D(50), "48.50"), "效益指标": (D(30), "28.67"), "满意度指标": (D(10), "10"), "预算执行": (D(10), "9.02")}}
    if proj == "gejiu-mineenforce-2025":
        a(("budget", ["年初预算80.00万元，其中省级安全生产专项资金20.00万元", "市级财政资金60.00万元", "调减市级资金5.00万元，全年预算75.00万元"],
           S("20.00", "60.00") == D("80.00") and D("80.00") - D("5.00") == D("75.00")))
        a(("spending", ["全年支出65.56万元，其中：装备购置33.00万元，专家会诊14.40万元，尾矿库在线监测运维11.40万元，执法人员培训2.56万元，应急演练4.20万元。预算执行率87.41%，结余9.44万元"],
           S("33.00", "14.40", "11.40", "2.56", "4.20") == D("65.56") and close(pct("65.56", "75.00"), "87.41%") and D("75.00") - D("65.56") == D("9.44")))
        a(("procurement", ["采购预算36.00万元", "成交金额33.00万元，节约资金3.00万元，节约率8.33%"],
           D("36.00") - D("33.00") == D("3.00") and close(pct("3.00", "36.00"), "8.33%")))
        a(("inspections", ["全年检查非煤矿山118矿次，年度目标150矿次，完成78.67%"], close(pct(118, 150), "78.67%")))
        a(("tailings", ["检查尾矿库38库次，19座尾矿库每座检查2次"], 19 * 2 == 38))
        a(("experts", ["聘请矿山专家96人·天，按每人每天1,500元标准支付", "专家会诊费支出14.40万元"], D(96 * 1500) / 10000 == D("14.40")))
        a(("monitoring", ["19座尾矿库在线监测系统按每座每年6,000元委托运维"], D(19 * 6000) / 10000 == D("11.40")))
        a(("training", ["共64人次，按每人次400元结算"], D(64 * 400) / 10000 == D("2.56")))
        a(("same figure: drill participants", ["应急救援演练2场次，参演310人次，年度目标3场次", "应急演练完成2场次，参演310人次"], True))
        a(("platform", ["计划接入28座地下矿山，年底接入21座", "7座矿山未接入"], 28 - 21 == 7))
        a(("satisfaction", ["发放问卷42份，满意37份，满意度88.10%", "低于目标6.90个百分点"], close(pct(37, 42), "88.10%") and D(95) - D("88.10") == D("6.90")))
        a(("conclusion", ["本项目2025年度自评得分89.87分"], S("8.74", "45.86", "26", "9.27") == D("89.87")))
        return F, {"levels": {"产出指标": (D(50), "45.86"), "效益指标": (D(30), "26"), "满意度指标": (D(10), "9.27")}}
    fail(f"{proj}: no facts")
    return F, {}


def check_clean(proj, path=None):
    with open(path or os.path.join(CASES, f"{proj}-clean.txt"), encoding="utf-8") as fh:
        text = fh.read()
    n = len(text)
    if not 2500 <= n <= 6000:
        fail(f"{proj}: length {n} outside 2,500-6,000")
    F, meta = facts_for(proj, text)
    for label, snippets, cond in F:
        must(proj, text, snippets)
        if not cond:
            fail(f"{proj}: arithmetic fails: {label}")
    check_money_tables(proj, text)
    total = check_score_table(proj, text, meta)
    if total:
        check_grade(proj, text, total)
    # the evaluation year in the title equals the 截至 year
    year = re.search(r"(20\d\d)年度", text).group(1)
    for m in re.finditer(r"截至(20\d\d)年12月31日", text):
        if m.group(1) != year:
            fail(f"{proj}: 截至{m.group(1)} in a {year} report")
    for m in re.finditer(r"结转至(20\d\d)年", text):
        if int(m.group(1)) <= int(year):
            fail(f"{proj}: 结转至{m.group(1)} in a {year} report")
    return text, n


def main():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    cleans = {}
    for proj in build.PROJECTS:
        cleans[proj] = check_clean(proj)[0]
    codes = {}
    for rec in labels:
        path = os.path.join(CASES, rec["case"])
        with open(path, encoding="utf-8") as fh:
            case = fh.read()
        clean = cleans[rec["source"]]
        if rec["clean"]:
            if case != clean or rec["expected"]:
                fail(f"{rec['case']}: clean record inconsistent")
            continue
        if len(rec["expected"]) != 1:
            fail(f"{rec['case']}: expected exactly one label")
        edit = [e for e in build.EDITS if f"{e[0]}-e{e[1]}.txt" == rec["case"]][0]
        ok, msg = build.edit_ok(clean, case, edit[7])
        if not ok:
            fail(f"{rec['case']}: edit size: {msg}")
        for exp in rec["expected"]:
            codes[exp["code"]] = codes.get(exp["code"], 0) + 1
            v = exp["value"]
            if case.count(v) != 1:
                fail(f"{rec['case']}: value occurs {case.count(v)} times: {v!r}")
            if v in clean:
                fail(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            if exp["severity"] != "error":
                fail(f"{rec['case']}: severity {exp['severity']}")
    required = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
                "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values", "implausible_rate",
                "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for c in required:
        if codes.get(c, 0) < 2:
            fail(f"code {c} used {codes.get(c, 0)} times (< 2)")
        projs = {r["source"] for r in labels for e in r["expected"] if e["code"] == c}
        if len(projs) < 2:
            fail(f"code {c} used in only one project")
    for c in codes:
        if c not in required:
            fail(f"unexpected code {c}")
    # each error case must actually break some check of its project when run through the same checks
    if not PROBLEMS:
        for rec in labels:
            if rec["clean"]:
                continue
            before = len(PROBLEMS)
            check_clean(rec["source"], os.path.join(CASES, rec["case"]))
            tripped = PROBLEMS[before:]
            del PROBLEMS[before:]
            if not tripped:
                fail(f"{rec['case']}: the injected error trips no arithmetic check")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"FAILED ({len(PROBLEMS)} problems)")
        return 1
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{c}={codes[c]}" for c in sorted(codes)))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
