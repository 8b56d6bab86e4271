#!/usr/bin/env python3
"""Check set n34: labels, edits, and the arithmetic of every clean draft.

1. every label value occurs exactly once in its case and never in the clean draft;
2. every error case differs from its clean draft by one edit: at most 16 characters on one line,
   or (score-row edits) within two adjacent table rows, and equals the edit listed in build.py;
3. the clean drafts: funds tables (rates, column sums, 年初 + 调整 = 全年), indicator tables
   (completion per rules §5, same unit for target and actual), score tables (score ≤ weight,
   rows add to each 小计, weights to 100, 小计 add to 合计, row score follows rules §5 from the
   indicator table, execution score = 10 × rate), the stated total and grade band, the stated
   sum of deductions, and a list of per-project text facts (products, sums, balances, averages,
   rates from counts).
Tolerance (rules §8): a stated value with d decimals matches c iff |c − v| ≤ 0.5·10^−d (+1e−9).
Pure Python 3, no third-party packages.  Prints OK or the list of failures (exit 1).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
sys.path.insert(0, HERE)
from build import EDITS, PROJECTS  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(c, stated):
    """stated is the number as written (string)."""
    v = num(stated)
    return abs(D(c) - v) <= D(5) * D(10) ** (-(decimals(stated) + 1)) + D("1e-9")


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


# ---------------------------------------------------------------- labels and edits
def check_labels():
    labels = [json.loads(l) for l in read(os.path.join(HERE, "labels.jsonl")).splitlines() if l.strip()]
    edits = {("%s-e%d.txt" % (p, n)): (old, new, rows) for (p, n, _c, old, new, _v, _e, rows) in EDITS}
    seen_codes = {}
    for lab in labels:
        case = read(os.path.join(CASES, lab["case"]))
        clean = read(os.path.join(CASES, lab["source"] + "-clean.txt"))
        if lab["clean"]:
            if lab["expected"]:
                fail("%s: clean case with expected findings" % lab["case"])
            if case != clean:
                fail("%s: clean case differs from itself?" % lab["case"])
            continue
        if len(lab["expected"]) != 1:
            fail("%s: expected exactly one error" % lab["case"])
        for exp in lab["expected"]:
            v = exp["value"]
            if case.count(v) != 1:
                fail("%s: value %r occurs %d times in the case" % (lab["case"], v, case.count(v)))
            if v in clean:
                fail("%s: value %r occurs in the clean draft" % (lab["case"], v))
            if exp["severity"] != "error":
                fail("%s: severity must be error" % lab["case"])
            seen_codes.setdefault(exp["code"], set()).add(lab["source"])
        # edit size
        p = 0
        while p < min(len(case), len(clean)) and case[p] == clean[p]:
            p += 1
        s = 0
        while s < min(len(case), len(clean)) - p and case[-1 - s] == clean[-1 - s]:
            s += 1
        old_seg, new_seg = clean[p:len(clean) - s], case[p:len(case) - s]
        old, new, rows = edits[lab["case"]]
        if clean.replace(old, new, 1) != case:
            fail("%s: case is not the clean draft with the listed edit" % lab["case"])
        if not rows:
            if len(old_seg) > 16 or len(new_seg) > 16 or "\n" in old_seg or "\n" in new_seg:
                fail("%s: edit too large or spans lines: %r -> %r" % (lab["case"], old_seg, new_seg))
        else:
            if old_seg.count("\n") > 1 or new_seg.count("\n") > 1:
                fail("%s: row edit spans more than two rows" % lab["case"])
            ol, nl = clean.splitlines(), case.splitlines()
            changed = [(a, b) for a, b in zip(ol, nl) if a != b]
            if len(ol) != len(nl) or len(changed) > 2:
                fail("%s: row edit changes more than two lines" % lab["case"])
            for a, b in changed:
                if not (a.startswith("|") and b.startswith("|")):
                    fail("%s: row edit outside a table row" % lab["case"])
            if len(changed) == 2:
                i = [k for k, (a, b) in enumerate(zip(ol, nl)) if a != b]
                if i[1] - i[0] != 1:
                    fail("%s: the two edited rows are not adjacent" % lab["case"])
    # coverage of error codes
    need = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
            "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
            "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    counts = {}
    for lab in labels:
        for exp in lab["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
    for c in need:
        if counts.get(c, 0) < 2:
            fail("code %s used %d times (< 2)" % (c, counts.get(c, 0)))
        elif len(seen_codes[c]) < 2:
            fail("code %s not spread across projects" % c)
    return counts


# ---------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            cur.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return [(t[0], [r for r in t[2:]]) for t in out if len(t) > 2]


NUM = r"-?\d[\d,]*(?:\.\d+)?"


def col(header, *keys):
    for i, h in enumerate(header):
        if any(k in h for k in keys):
            return i
    return None


def check_funds(name, header, rows):
    ia, ib = col(header, "年初"), col(header, "全年预算")
    iadj = col(header, "调整")
    ie = col(header, "执行（", "支出（", "全年执行", "全年支出", "实际支出")
    ir = col(header, "执行率")
    total = None
    sums = {}
    for r in rows:
        budget, spent = num(r[ib]), num(r[ie])
        if budget > 0 and not close(spent / budget * 100, r[ir].rstrip("%")):
            fail("%s funds: %s rate %s, computed %s" % (name, r[0], r[ir], r2(spent / budget * 100)))
        if spent > budget:
            fail("%s funds: %s spent above budget" % (name, r[0]))
        if iadj is not None and num(r[ia]) + num(r[iadj]) != budget:
            fail("%s funds: %s 年初 + 调整 != 全年" % (name, r[0]))
        if r[0] == "合计":
            total = r
        else:
            for i in (ia, ib, ie, iadj):
                if i is not None:
                    sums[i] = sums.get(i, D(0)) + num(r[i])
    if total is None:
        fail("%s funds: no 合计 row" % name)
        return None
    for i, v in sums.items():
        if v != num(total[i]):
            fail("%s funds: column %s sums to %s, 合计 says %s" % (name, header[i], v, total[i]))
    return num(total[ib]), num(total[ie]), total[ir]


def parse_target(t):
    m = re.match(r"^(≥|≤|=)?(" + NUM + r")(.*)$", t)
    if not m:
        return None
    d = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return d, m.group(2), m.group(3)


def completion(direction, T, A):
    if direction in ("gte", "eq"):
        return A / T * 100
    return D(100) if A <= T else T / A * 100


def check_indicators(name, header, rows):
    it, ia, ic = col(header, "年度指标值"), col(header, "实际完成值"), col(header, "完成率")
    info = {}
    for r in rows:
        ind, tgt, act, comp = r[2], r[it], r[ia], r[ic]
        pt, pa = parse_target(tgt), parse_target(act)
        if pt is None:
            if comp != "—":
                fail("%s indicators: qualitative %s with completion %s" % (name, ind, comp))
            info[ind] = ("qual", act)
            continue
        if pa is None:
            fail("%s indicators: %s actual %r not numeric" % (name, ind, act))
            continue
        d, T, unit_t = pt
        _, A, unit_a = pa
        if unit_t != unit_a:
            fail("%s indicators: %s unit %r vs %r" % (name, ind, unit_t, unit_a))
        c = completion(d, num(T), num(A))
        if not close(c, comp.rstrip("%")):
            fail("%s indicators: %s completion %s, computed %s" % (name, ind, comp, r2(c)))
        # the completion must also follow from the actual as rounded (no ambiguity for a checker)
        info[ind] = ("quant", d, num(T), num(A))
    return info


def check_scores(name, header, rows, ind, exec_rate):
    iw, isc = col(header, "分值"), col(header, "得分")
    bw = bs = D(0)
    tw = ts = D(0)
    sub_w = sub_s = D(0)
    total = None
    for r in rows:
        first = r[0]
        w, s = num(r[iw]), num(r[isc])
        if first == "小计":
            if bw != w:
                fail("%s scores: block weights %s vs 小计 %s" % (name, bw, w))
            if bs != s:
                fail("%s scores: block scores %s vs 小计 %s" % (name, bs, s))
            sub_w += w
            sub_s += s
            bw = bs = D(0)
            continue
        if first == "合计":
            total = (w, s)
            continue
        if s > w or s < 0:
            fail("%s scores: %s score %s outside [0, %s]" % (name, r[2], s, w))
        tw += w
        ts += s
        if first == "预算执行率":
            sub_w += w
            sub_s += s
            exp = D(w) * min(exec_rate, D(1))
            if not close(exp, r[isc]):
                fail("%s scores: execution score %s, computed %s" % (name, r[isc], r2(exp)))
            continue
        bw += w
        bs += s
        row = ind.get(r[2])
        if row is None:
            fail("%s scores: %s not in the indicator table" % (name, r[2]))
        elif row[0] == "quant":
            _, d, T, A = row
            exp = w * min(completion(d, T, A) / 100, D(1))
            if not close(exp, r[isc]):
                fail("%s scores: %s score %s, rule gives %s" % (name, r[2], r[isc], r2(exp)))
        else:
            frac = s / w
            lo, hi = (D("0.6"), D("0.8")) if "部分" in row[1] else (D("0.8"), D(1))
            if not (lo <= frac <= hi) or (hi == D("0.8") and frac == hi):
                fail("%s scores: qualitative %s score %s outside its band" % (name, r[2], s))
    if total is None:
        fail("%s scores: no 合计" % name)
        return None
    if tw != 100 or total[0] != 100 or sub_w != 100:
        fail("%s scores: weights %s / 合计 %s / 小计 sum %s, expected 100" % (name, tw, total[0], sub_w))
    if ts != total[1] or sub_s != total[1]:
        fail("%s scores: rows %s / 小计 sum %s vs 合计 %s" % (name, ts, sub_s, total[1]))
    return total[1]


def band(s):
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


def check_text_totals(name, text, total):
    m = re.findall(r"自评得分(" + NUM + r")分", text)
    if not m:
        fail("%s: no stated total" % name)
    for v in m:
        if num(v) != total:
            fail("%s: stated total %s vs table %s" % (name, v, total))
    g = re.findall(r"评价等级为“?(优|良|中|差)", text)
    if len(g) != 1:
        fail("%s: grade stated %d times" % (name, len(g)))
    for x in g:
        if x != band(total):
            fail("%s: grade %s for %s" % (name, x, total))
    d = re.findall(r"(?:共|合计|以上共|共计)扣(" + NUM + r")分", text)
    if len(d) != 1:
        fail("%s: deduction total stated %d times" % (name, len(d)))
    for v in d:
        if num(v) != 100 - total:
            fail("%s: deductions %s vs 100 − %s" % (name, v, total))


def check_years(name, text):
    y = int(re.search(r"(20\d\d)年度", text).group(1))
    for m in re.finditer(r"结转至(\d{4})年", text):
        if int(m.group(1)) <= y:
            fail("%s: carried over to %s in a %d report" % (name, m.group(1), y))
    for m in re.finditer(r"截至(\d{4})年12月31日", text):
        if int(m.group(1)) != y:
            fail("%s: year-end figure dated %s in a %d report" % (name, m.group(1), y))
    for m in re.finditer(r"(\d{4})年(\d{1,2})月[^，。；]{0,30}?下达", text):
        yy, mm = int(m.group(1)), int(m.group(2))
        if not (yy == y or (yy == y - 1 and mm == 12)):
            fail("%s: money issued %d-%02d in a %d report" % (name, yy, mm, y))


# ---------------------------------------------------------------- per-project text facts
# (substring that must be in the clean draft, computed value, stated number as written)
def W(yuan):
    return D(yuan) / 10000


FACTS = {
    "zhuji-skilltrain-2021": [
        ("年初预算1,200.00万元，其中：上年结转专账资金560.00万元，市级从失业保险基金中安排640.00万元", D(560) + D(640), "1,200.00"),
        ("280.00万元（绍财社〔2021〕41号），全年预算调整为1,480.00万元", D(1200) + D(280), "1,480.00"),
        ("未支出资金116.50万元", D("1480") - D("1363.50"), "116.50"),
        ("初级工1,260人，每人1,000元，补贴126.00万元", W(1260 * 1000), "126.00"),
        ("中级工1,540人，每人1,500元，补贴231.00万元", W(1540 * 1500), "231.00"),
        ("高级工820人，每人2,000元，补贴164.00万元", W(820 * 2000), "164.00"),
        ("技师96人，每人3,000元，补贴28.80万元", W(96 * 3000), "28.80"),
        ("高级技师22人，每人4,000元，补贴8.80万元", W(22 * 4000), "8.80"),
        ("合计3,738人，补贴558.60万元", D(1260 + 1540 + 820 + 96 + 22), "3,738"),
        ("合计3,738人，补贴558.60万元", D("126") + D("231") + D("164") + D("28.8") + D("8.8"), "558.60"),
        ("A类专业610人，每人1,200元，补贴73.20万元", W(610 * 1200), "73.20"),
        ("B类专业1,180人，每人900元，补贴106.20万元", W(1180 * 900), "106.20"),
        ("C类专业1,420人，每人600元，补贴85.20万元", W(1420 * 600), "85.20"),
        ("合计3,210人，补贴264.60万元", D(610 + 1180 + 1420), "3,210"),
        ("合计3,210人，补贴264.60万元", D("73.2") + D("106.2") + D("85.2"), "264.60"),
        ("初级3,420人，每人150元，补贴51.30万元", W(3420 * 150), "51.30"),
        ("中级2,860人，每人200元，补贴57.20万元", W(2860 * 200), "57.20"),
        ("高级360人，每人300元，补贴10.80万元", W(360 * 300), "10.80"),
        ("合计6,640人，补贴119.30万元", D(3420 + 2860 + 360), "6,640"),
        ("合计6,640人，补贴119.30万元", D("51.3") + D("57.2") + D("10.8"), "119.30"),
        ("全年补贴8,420人，补贴421.00万元", W(8420 * 500), "421.00"),
        ("比2020年的6,930人增加1,490人", D(8420 - 6930), "1,490"),
        ("新取得高级工及以上证书938人", D(820 + 96 + 22), "938"),
        ("较目标少390人", D(3600 - 3210), "390"),
        ("超额完成目标的10.67%", (D(6640) / 6000 - 1) * 100, "10.67"),
        ("考核合格3,738人，合格率93.59%", D(3738) / 3994 * 100, "93.59"),
        ("已实现就业2,046人，就业率63.74%", D(2046) / 3210 * 100, "63.74"),
        ("年末仍在岗8,106人，稳岗率96.27%", D(8106) / 8420 * 100, "96.27"),
        ("人均1,494.38元", D(5586000) / 3738, "1,494.38"),
        ("增长5.60%", (D("19.80") / D("18.75") - 1) * 100, "5.60"),
        ("占技能人才的30.00%", D("5.94") / D("19.80") * 100, "30.00"),
        ("比目标高2个百分点", D(30) - D(28), "2"),
        ("满意及基本满意1,128份，满意度94.00%", D(1128) / 1200 * 100, "94.00"),
        ("满意及基本满意239份，满意度95.60%", D(239) / 250 * 100, "95.60"),
        ("得9.21分，扣0.79分", D(10) - D("9.21"), "0.79"),
        ("得4.46分，扣0.54分", D(5) - D("4.46"), "0.54"),
        ("以上共扣1.83分", D("0.79") + D("0.54") + D("0.5"), "1.83"),
    ],
    "changshu-employfund-2019": [
        ("全年预算调整为1,770.00万元", D(420) + D(380) + D(850) + D(120), "1,770.00"),
        ("年初预算1,650.00万元", D(420) + D(380) + D(850), "1,650.00"),
        ("较2018年度的1,548.36万元增加112.86万元", D("1661.22") - D("1548.36"), "112.86"),
        ("累计支出1,186.40万元，执行率67.03%", D("1186.40") / D("1770") * 100, "67.03"),
        ("全年结余108.78万元", D("1770") - D("1661.22"), "108.78"),
        ("全年在岗，计2,232人月", D(186 * 12), "2,232"),
        ("平均在岗6个月，计240人月", D(40 * 6), "240"),
        ("合计2,472人月", D(2232 + 240), "2,472"),
        ("按每人每月1,200元发放岗位补贴296.64万元", W(2472 * 1200), "296.64"),
        ("补贴标准为每人每月720元，共计999.36万元", W(13880 * 720), "999.36"),
        ("按每人每月1,450元发放见习补贴318.42万元", W(2196 * 1450), "318.42"),
        ("按每人200元给予补贴46.80万元", W(2340 * 200), "46.80"),
        ("甲机构630人、12.60万元", W(630 * 200), "12.60"),
        ("乙机构590人、11.80万元", W(590 * 200), "11.80"),
        ("丙机构660人、13.20万元", W(660 * 200), "13.20"),
        ("丁机构460人、9.20万元", W(460 * 200), "9.20"),
        ("成功介绍就业2,340人", D(630 + 590 + 660 + 460), "2,340"),
        ("平均每家11.70万元", (D("12.60") + D("11.80") + D("13.20") + D("9.20")) / 4, "11.70"),
        ("公益性岗位安置就业困难人员226人", D(186 + 40), "226"),
        ("比2,000人的目标少644人", D(2000 - 1356), "644"),
        ("见习期满留用166人，留用率41.50%", D(166) / 400 * 100, "41.50"),
        ("见习后半年内就业271人，见习后就业率67.75%", D(271) / 400 * 100, "67.75"),
        ("其中满意400份，满意度80.00%", D(400) / 500 * 100, "80.00"),
        ("合计扣10.48分", D("0.61") + D("1.93") + D("1.2") + D("2.1") + D("2.03") + D("1.5") + D("1.11"), "10.48"),
        ("预算执行率扣0.61分", D(10) - D("9.39"), "0.61"),
        ("享受灵活就业社会保险补贴人数扣1.93分", D(6) - D("4.07"), "1.93"),
        ("职业介绍成功人数扣2.1分", D(6) - D("3.9"), "2.1"),
        ("见习人员见习后就业率扣2.03分", D(10) - D("7.97"), "2.03"),
        ("补贴对象满意度扣1.11分", D(10) - D("8.89"), "1.11"),
    ],
    "danyang-traineeship-2022": [
        ("2022年年初预算700.00万元", D(120) + D(580), "700.00"),
        ("全年预算调整为880.00万元，其中：省级就业补助资金300.00万元，市本级资金580.00万元", D(300) + D(580), "880.00"),
        ("省级就业补助资金300.00万元", D(120) + D(180), "300.00"),
        ("年末未支出资金123.94万元", D(880) - D("756.06"), "123.94"),
        ("累计见习2,868人月，人均见习5.60个月", D(2868) / 512, "5.60"),
        ("按每人每月1,500元发放见习补贴430.20万元", W(2868 * 1500), "430.20"),
        ("1,846名高校毕业生和失业青年发放一次性扩岗补助276.90万元", W(1846 * 1500), "276.90"),
        ("按每人2,000元标准发放留用奖励46.40万元", W(232 * 2000), "46.40"),
        ("按每人50元标准，共计2.56万元", W(512 * 50), "2.56"),
        ("超出目标23.07%", (D(1846) / 1500 - 1) * 100, "23.07"),
        ("见习岗位超出目标23.60%", (D(1236) / 1000 - 1) * 100, "23.60"),
        ("留用232人，留用率58.00%", D(232) / 400 * 100, "58.00"),
        ("合计280人，就业率70.00%", D(232 + 48), "280"),
        ("合计280人，就业率70.00%", D(280) / 400 * 100, "70.00"),
        ("已就业3,133人，就业率96.40%", D(3133) / 3250 * 100, "96.40"),
        ("满意344份，满意度86.00%", D(344) / 400 * 100, "86.00"),
        ("满意111份，满意度92.50%", D(111) / 120 * 100, "92.50"),
        ("共计扣10.04分", D("1.41") + D("1.8") + D("0.27") + D("0.83") + D("1.76") + 2 + D("1.5") + D("0.47"), "10.04"),
        ("距“优”档差0.04分", D(90) - D("89.96"), "0.04"),
    ],
    "fengxian-startuploan-2023": [
        ("年初预算900.00万元，其中上海市就业专项资金480.00万元、区级财政资金420.00万元", D(480) + D(420), "900.00"),
        ("全年预算调整为940.00万元，其中市级资金520.00万元、区级资金420.00万元", D(520) + D(420), "940.00"),
        ("市级资金520.00万元", D(480) + D(40), "520.00"),
        ("年末结余46.96万元", D(940) - D("893.04"), "46.96"),
        ("金额5,280.00万元，笔均40.00万元", D(5280) / 132, "40.00"),
        ("比2022年的118笔增长11.86%", (D(132) / 118 - 1) * 100, "11.86"),
        ("金额6,300.00万元，笔均300.00万元", D(6300) / 21, "300.00"),
        ("合计153笔、11,580.00万元", D(132 + 21), "153"),
        ("合计153笔、11,580.00万元", D(5280) + D(6300), "11,580.00"),
        ("两项合计324.84万元", D("198.36") + D("126.48"), "324.84"),
        ("一年贴息1.725万元", D(50) * D("0.0345"), "1.725"),
        ("每户8,000元，发放补贴249.60万元", W(312 * 8000), "249.60"),
        ("按每户每月1,500元的上限标准发放228.60万元", W(1524 * 1500), "228.60"),
        ("平均每家30.00万元", (D(32) + D(30) + D(28)) / 3, "30.00"),
        ("按期还款248笔，按期还款率99.20%", D(248) / 250 * 100, "99.20"),
        ("新发放个人贷款超出目标10.00%", (D(132) / 120 - 1) * 100, "10.00"),
        ("小微企业贷款超出目标5.00%", (D(21) / 20 - 1) * 100, "5.00"),
        ("比目标少12户", D(180 - 168), "12"),
        ("年末正常经营126家，存活率84.00%", D(126) / 150 * 100, "84.00"),
        ("满意465份，满意度93.00%", D(465) / 500 * 100, "93.00"),
        ("满意132份，满意度88.00%", D(132) / 150 * 100, "88.00"),
        ("预算执行率95.00%，扣0.5分", D(10) - D("9.5"), "0.5"),
        ("按完成比例计分，扣0.33分", D(5) - D("4.67"), "0.33"),
        ("共扣1.44分", D("0.5") + D("0.33") + D("0.5") + D("0.11"), "1.44"),
    ],
    "lanxi-publicpost-2024": [
        ("2024年年初预算800.00万元，其中市本级安排684.00万元、省级提前下达就业补助资金116.00万元", D(684) + D(116), "800.00"),
        ("全年预算调整为834.00万元，其中省级补助资金150.00万元、市本级684.00万元", D(150) + D(684), "834.00"),
        ("省级补助资金150.00万元", D(116) + D(34), "150.00"),
        ("实际到位150.00万元，到位率100%", D(150) / 150 * 100, "100"),
        ("年末结余10.14万元", D(834) - D("823.86"), "10.14"),
        ("计1,752人月", D(146 * 12), "1,752"),
        ("按每人每月1,800元发放，共315.36万元", W(1752 * 1800), "315.36"),
        ("季度平均在岗316.5人", D(312 + 320 + 318 + 316) / 4, "316.5"),
        ("全年累计3,798人月", D(312 + 320 + 318 + 316) * 3, "3,798"),
        ("按每人每月800元发放，共303.84万元", W(3798 * 800), "303.84"),
        ("每人每月1,150元，全年1,752人月，共201.48万元", W(1752 * 1150), "201.48"),
        ("每人每年100元，共3.18万元", W(318 * 100), "3.18"),
        ("考勤抽查合格率97.50%", D(195) / 200 * 100, "97.50"),
        ("人均年增收9,600元", W(0) + D("3038400") / D("316.5"), "9,600"),
        ("较目标高20.00%", (D(9600) / 8000 - 1) * 100, "20.00"),
        ("超出目标30.00%", (D(26) / 20 - 1) * 100, "30.00"),
        ("满意288份，满意度96.00%", D(288) / 300 * 100, "96.00"),
        ("满意350份，满意度87.50%", D(350) / 400 * 100, "87.50"),
        ("预算执行率98.78%，扣0.12分", D(10) - D("9.88"), "0.12"),
        ("扣0.14分", D(5) - D("4.86"), "0.14"),
        ("以上合计扣1.76分", D("0.12") + D("1.5") + D("0.14"), "1.76"),
    ],
}


def check_clean(proj):
    name = proj + "-clean.txt"
    text = read(os.path.join(CASES, name))
    n = len(text)
    if not 2500 <= n <= 6000:
        fail("%s: length %d outside 2,500–6,000" % (name, n))
    funds = ind = total = None
    tabs = tables(text)
    for header, rows in tabs:
        h = "".join(header)
        if "年度指标值" in h:
            ind = check_indicators(name, header, rows)
    for header, rows in tabs:
        h = "".join(header)
        if "执行率" in h and "全年预算" in h:
            funds = check_funds(name, header, rows)
    if funds is None or ind is None:
        fail("%s: funds or indicator table missing" % name)
        return
    budget, spent, rate_str = funds
    exec_rate = spent / budget
    for header, rows in tabs:
        if "分值" in header and "得分" in header:
            total = check_scores(name, header, rows, ind, exec_rate)
    if total is None:
        fail("%s: score table missing" % name)
        return
    check_text_totals(name, text, total)
    check_years(name, text)
    for sub, computed, stated in FACTS[proj]:
        if sub not in text:
            fail("%s: fact text not found: %s" % (name, sub))
            continue
        if stated.replace(",", "") not in sub.replace(",", ""):
            fail("%s: stated %s not inside %s" % (name, stated, sub))
        if not close(computed, stated):
            fail("%s: %s — computed %s, stated %s" % (name, sub, computed, stated))
    # the overall execution rate, wherever stated with the total budget wording, matches
    for m in re.finditer(r"预算执行率(" + NUM + r")%", text):
        if not close(exec_rate * 100, m.group(1)):
            fail("%s: 预算执行率 %s%% vs %s" % (name, m.group(1), r2(exec_rate * 100)))
    print("%-40s %5d chars  budget %s spent %s rate %s  total %s (%s)"
          % (name, n, budget, spent, rate_str, total, band(total)))


def main():
    counts = check_labels()
    for proj in PROJECTS:
        check_clean(proj)
    print("codes:", ", ".join("%s %d" % kv for kv in sorted(counts.items())))
    if FAIL:
        print("FAILED:")
        for f in FAIL:
            print("  -", f)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
