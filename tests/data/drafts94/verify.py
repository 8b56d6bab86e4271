#!/usr/bin/env python3
"""Check set n94: labels, edit sizes, and the arithmetic of every clean draft.

Pure Python 3.  Prints OK at the end when everything holds, else the problems and exit 1.

1. labels.jsonl: every case exists; each value occurs exactly once in its case and never in the
   clean draft of the same project; 13 numeric codes of errors.md §A used at least twice each.
2. edits: an error case differs from its clean draft in one line (two adjacent lines for the
   score-table codes), and each changed line differs in one contiguous run of <= 16 characters.
3. arithmetic of the clean drafts:
   - every pipe table is rebuilt and checked: source×use fund tables (row sums to 合计 column,
     合计 row to column sums), resettlement-site tables (sums, 就业率 = 已就业/劳动力), execution
     tables (预算 − 支出 = 结转, 执行率), the 行次 table ((5)=(3)−(4), (6)=(3)/(2), (7)=(4)/(2)),
     the 自评表 funds line (执行率, score = 分值 × 执行率) and the indicator table (weights sum to
     100, scores sum to the stated totals, 0 ≤ score ≤ weight, score and 完成率 from target and
     actual under rules §5, same units in target and actual);
   - the text claims listed in CLAIMS (rates, balances, sums, per-unit amounts, averages,
     comparisons with the previous year), each as (substring of the draft, computed value): the
     substring must occur in the draft and its last number must equal the computed value within
     the tolerance of its stated decimals (rules §8);
   - every "xx分…等级为…" statement and the table's total line agree with the grade bands (§6).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROBLEMS = []
CHECKS = [0]

CODES_A = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
           "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
           "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
           "completion_mismatch"]
TWO_ROW_CODES = {"score_exceeds_weight", "score_sum_mismatch", "weight_sum_mismatch"}
NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def fail(msg):
    PROBLEMS.append(msg)


def num(s):
    return D(s.replace(",", ""))


def decimals(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def close(stated, computed):
    """stated: the number as written (string); computed: Decimal."""
    CHECKS[0] += 1
    tol = D("0.5") * (D(10) ** -decimals(stated)) + D("1e-9")
    return abs(num(stated) - D(computed)) <= tol


def r2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def grade_of(total):
    t = D(total)
    if t >= 90:
        return "优"
    if t >= 80:
        return "良"
    if t >= 60:
        return "中"
    return "差"


GRADE_WORDS = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
               "合格": "中", "一般": "中", "较差": "差", "差": "差"}


# ----------------------------------------------------------------------------- labels / edits
def check_labels():
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    counts = {}
    for lab in labels:
        path = os.path.join(CASES, lab["case"])
        if not os.path.exists(path):
            fail("missing case " + lab["case"])
            continue
        text = open(path, encoding="utf-8").read()
        clean = open(os.path.join(CASES, lab["source"] + "-clean.txt"), encoding="utf-8").read()
        if lab["clean"]:
            if lab["expected"] or text != clean:
                fail("clean label wrong: " + lab["case"])
            continue
        if len(lab["expected"]) != 1:
            fail("%s: expected exactly one label" % lab["case"])
        for exp in lab["expected"]:
            counts[exp["code"]] = counts.get(exp["code"], 0) + 1
            if exp["severity"] != "error":
                fail("%s: severity" % lab["case"])
            if text.count(exp["value"]) != 1:
                fail("%s: value occurs %d times in case" % (lab["case"], text.count(exp["value"])))
            if exp["value"] in clean:
                fail("%s: value occurs in the clean draft" % lab["case"])
            if exp["code"] != "grade_mismatch" and not NUM.search(exp["value"]):
                fail("%s: value holds no figure" % lab["case"])
        check_edit(lab["case"], clean, text, lab["expected"][0]["code"])
    for c in CODES_A:
        if counts.get(c, 0) < 2:
            fail("code %s used %d times (< 2)" % (c, counts.get(c, 0)))
    return labels, counts


def check_edit(name, clean, text, code):
    a, b = clean.split("\n"), text.split("\n")
    if len(a) != len(b):
        fail("%s: line count changed" % name)
        return
    changed = [i for i in range(len(a)) if a[i] != b[i]]
    allowed = 2 if code in TWO_ROW_CODES else 1
    if not changed or len(changed) > allowed or (len(changed) == 2 and changed[1] != changed[0] + 1):
        fail("%s: changed lines %s" % (name, changed))
    for i in changed:
        x, y = a[i], b[i]
        p = 0
        while p < min(len(x), len(y)) and x[p] == y[p]:
            p += 1
        s = 0
        while s < min(len(x), len(y)) - p and x[-1 - s] == y[-1 - s]:
            s += 1
        size = max(len(x) - p - s, len(y) - p - s)
        if size > 16:
            fail("%s: edit of %d characters on line %d" % (name, size, i + 1))


# ----------------------------------------------------------------------------- tables
def tables(text):
    out, cur = [], []
    for line in text.split("\n"):
        if "｜" in line:
            if line.startswith(("一级指标", "项目名称", "资金项目", "资金情况")) and cur:
                out.append(cur)
                cur = []
            cur.append(line.split("｜"))
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def is_num(c):
    return bool(re.fullmatch(r"\d[\d,]*(?:\.\d+)?%?", c.strip()))


def val(c):
    return num(c.strip().rstrip("%"))


def check_sum_table(pid, t, total_names=("合计", "全区")):
    """Header: name | numeric columns ... | 合计 (last).  Rows sum across, 合计 row sums down."""
    head = t[0]
    body = [r for r in t[1:] if r[0] not in total_names]
    tot = [r for r in t[1:] if r[0] in total_names]
    last_is_total = head[-1].startswith("合计")
    for r in body:
        if last_is_total:
            parts = [val(c) for c in r[1:-1]]
            if not close(r[-1], sum(parts)):
                fail("%s: row %s sums to %s, stated %s" % (pid, r[0], sum(parts), r[-1]))
    for r in tot:
        for j in range(1, len(head)):
            if not is_num(r[j]) or r[j].endswith("%"):
                continue
            s = sum(val(b[j]) for b in body)
            if not close(r[j], s):
                fail("%s: column %s sums to %s, stated %s" % (pid, head[j], s, r[j]))


def check_sites(pid, t):
    head = t[0]
    ci = {h: i for i, h in enumerate(head)}
    lab = [i for i, h in enumerate(head) if h.startswith("劳动力")]
    emp = [i for i, h in enumerate(head) if h.startswith("已就业")]
    check_sum_table(pid, [head[:-1] + ["x"]] + [r[:-1] + ["x"] for r in t[1:]])
    for r in t[1:]:
        if not close(r[-1].rstrip("%"), val(r[emp[0]]) / val(r[lab[0]]) * 100):
            fail("%s: site %s rate %s" % (pid, r[0], r[-1]))


def check_exec_table(pid, t):
    head = t[0]
    i_b, i_s, i_c, i_r = (head.index(h) for h in ("全年预算", "实际支出", "结转", "执行率"))
    body = [r for r in t[1:] if r[0] != "合计"]
    for r in t[1:]:
        if not close(r[i_c], val(r[i_b]) - val(r[i_s])):
            fail("%s: exec row %s balance" % (pid, r[0]))
        if not close(r[i_r].rstrip("%"), val(r[i_s]) / val(r[i_b]) * 100):
            fail("%s: exec row %s rate" % (pid, r[0]))
    tot = [r for r in t[1:] if r[0] == "合计"][0]
    for j in (i_b, i_s, i_c):
        if not close(tot[j], sum(val(r[j]) for r in body)):
            fail("%s: exec column %s" % (pid, head[j]))


def check_hangci(pid, t):
    rows = {r[1]: r for r in t[1:]}
    head = t[0]
    for j in range(2, len(head)):
        g = lambda k: val(rows[k][j])
        if not close(rows["(5)=(3)-(4)"][j], g("(3)") - g("(4)")):
            fail("%s: (5) col %s" % (pid, head[j]))
        if not close(rows["(6)=(3)/(2)"][j], g("(3)") / g("(2)") * 100):
            fail("%s: (6) col %s" % (pid, head[j]))
        if not close(rows["(7)=(4)/(2)"][j], g("(4)") / g("(2)") * 100):
            fail("%s: (7) col %s" % (pid, head[j]))
    for k in ("(1)", "(2)", "(3)", "(4)", "(5)=(3)-(4)"):
        r = rows[k]
        if not close(r[2], sum(val(c) for c in r[3:])):
            fail("%s: 行次 %s 合计" % (pid, k))


def split_target(s):
    s = s.strip()
    m = re.match(r"^(≥|≤|=|＞|＜)?\s*(\d[\d,]*(?:\.\d+)?)(.*)$", s)
    if not m:
        return None
    sign = {"≥": "gte", "＞": "gte", "≤": "lte", "＜": "lte", "=": "eq"}.get(m.group(1) or "", "eq")
    return sign, m.group(2), m.group(3)


def check_exec_line(pid, t):
    head = t[0]
    r = t[1]
    ib = head.index("全年预算数")
    ie = head.index("全年执行数")
    iw, ir, isc = head.index("分值"), head.index("执行率"), head.index("得分")
    rate = val(r[ie]) / val(r[ib]) * 100
    if not close(r[ir].rstrip("%"), rate):
        fail("%s: 自评表 执行率" % pid)
    score_ok = close(r[isc], r2(val(r[iw]) * rate / 100)) or close(r[isc], r2(val(r[iw]) * val(r[ir]) / 100))
    if not score_ok:
        fail("%s: 自评表 执行得分" % pid)
    # component rows equal the total where present
    for x in t[2:]:
        if x[0].startswith("其中") and is_num(x[1]):
            for j in (1, 2, 3):
                if x[j] != r[j] and not close(x[j], val(r[j])):
                    fail("%s: 其中 row" % pid)
    return val(r[iw]), val(r[isc])


def check_indicators(pid, t, exec_ws):
    head = t[0]
    col = lambda *names: next(i for i, h in enumerate(head) if h in names)
    iw = col("分值", "权重")
    isc = col("得分")
    it = col("年度指标值", "指标值", "目标值")
    ia = col("实际完成值", "业绩值")
    ic = col("完成率") if "完成率" in head else None
    levels = ("预算执行", "产出指标", "效益指标", "满意度指标")
    rows = [r for r in t[1:] if r[0] in levels]
    wsum = D(0)
    ssum = D(0)
    lvl_w, lvl_s = {}, {}
    for r in rows:
        w, s = val(r[iw]), val(r[isc])
        wsum += w
        ssum += s
        lvl_w[r[0]] = lvl_w.get(r[0], 0) + w
        lvl_s[r[0]] = lvl_s.get(r[0], 0) + s
        if s > w or s < 0:
            fail("%s: score above weight in %s" % (pid, r[2]))
        tg, ac = split_target(r[it]), split_target(r[ia])
        if "年" in r[it] and "日" in r[it]:
            if s != w:
                fail("%s: date indicator %s not full" % (pid, r[2]))
            continue
        if tg is None or ac is None:
            fail("%s: cannot read %s" % (pid, r[2]))
            continue
        direction, T, unit_t = tg
        _, A, unit_a = ac
        if unit_t.strip() != unit_a.strip():
            fail("%s: unit %r vs %r in %s" % (pid, unit_t, unit_a, r[2]))
        T, A = num(T), num(A)
        if direction == "lte":
            comp = D(100) if A <= T else T / A * 100
        else:
            comp = A / T * 100
        exp = r2(w * min(comp, D(100)) / 100)
        if not close(r[isc], exp):
            fail("%s: score of %s is %s, rule gives %s" % (pid, r[2], r[isc], exp))
        if ic is not None and not close(r[ic].rstrip("%"), comp):
            fail("%s: 完成率 of %s is %s, computed %s" % (pid, r[2], r[ic], comp))
    # totals
    w_all = wsum + (exec_ws[0] if exec_ws else 0)
    s_all = ssum + (exec_ws[1] if exec_ws else 0)
    CHECKS[0] += 1
    if w_all != 100:
        fail("%s: weights sum to %s" % (pid, w_all))
    total = None
    for r in t[1:]:
        if r[0] == "合计" and exec_ws:          # subtotal of indicators only (D)
            if not close(r[iw], wsum) or not close(r[isc], ssum):
                fail("%s: indicator subtotal" % pid)
        elif r[0] in ("总分", "合计"):
            if not close(r[iw], w_all):
                fail("%s: stated weight total %s" % (pid, r[iw]))
            if not close(r[isc], s_all):
                fail("%s: score total %s, rows give %s" % (pid, r[isc], s_all))
            total = r[isc]
            tail = "".join(r[isc + 1:])
            for word, g in GRADE_WORDS.items():
                if word in tail and len(word) == max(len(k) for k in GRADE_WORDS if k in tail):
                    if g != grade_of(val(total)):
                        fail("%s: table grade %s for %s" % (pid, word, total))
    return total, lvl_w, lvl_s


def check_tables(pid, text):
    exec_ws = None
    found = set()
    tl = tables(text)
    for t in tl:
        head = t[0]
        if "全年预算数" in head and "执行率" in head:
            exec_ws = check_exec_line(pid, t)
            found.add("execline")
    total = None
    for t in tl:
        head = t[0]
        h = "".join(head)
        if head[0] == "一级指标":
            total, lw, ls = check_indicators(pid, t, exec_ws)
            found.add("indicators")
        elif "行次" in head:
            check_hangci(pid, t)
            found.add("hangci")
        elif "就业率" in h and "劳动力" in h:
            check_sites(pid, t)
            found.add("sites")
        elif "中央" in head and head[-1] == "合计":
            check_sum_table(pid, t)
            found.add("funds")
        elif "实际支出" in head and "结转" in head:
            check_exec_table(pid, t)
            found.add("exec")
        elif "搬迁户数（户）" in head:
            check_sum_table(pid, [head + ["x"]] + [r + ["x"] for r in t[1:]])
            found.add("sites")
    for need in ("funds", "indicators", "execline" if "execline" in found else "indicators"):
        if need not in found:
            fail("%s: no %s table found" % (pid, need))
    return total


# ----------------------------------------------------------------------------- text claims
def d(x):
    return D(str(x))


def mean(*xs):
    return sum(d(x) for x in xs) / len(xs)


def pct(a, b):
    return d(a) / d(b) * 100


CLAIMS = {
    "qinglong-banqianjiuye-2022": [
        ("项目年初预算955.00万元", d(750) + 40 + 165),
        ("调整后全年预算为1217.00万元", d(955) + 262),
        ("实际到位1217.00万元，到位率100%", pct(1217, 1217)),
        ("实际支出1178.70万元，预算执行率96.85%", pct("1178.70", 1217)),
        ("未支出的38.30万元", d(1217) - d("1178.70")),
        ("全县搬迁劳动力就业率96.27%", pct(14393, 14951)),
        ("提高0.45个百分点", d("96.27") - d("95.82")),
        ("其余53户", 6161 - 6108),
        ("已就业的14393人", 6820 + 2315 + 1087 + 1962 + 450 + 1759),
        ("等培训2136人次", 812 + 536 + 430 + 358),
        ("培训合格率93.63%", pct(2000, 2136)),
        ("支付培训补贴320.40万元", d(2136) * 1500 / 10000),
        ("占87.24%", pct(1087, 1246)),
        ("兑付稳岗奖补217.40万元", d(1087) * 2000 / 10000),
        ("发放岗位补贴432.00万元", d(450) * 800 * 12 / 10000),
        ("交通补助160.90万元", d(3218) * 500 / 10000),
        ("安置点就业服务站运行｜0.00｜20.00｜0.00｜30.00｜50.00", d(6) * 8 + 2),
        ("跨省务工一次性交通补助｜100.00｜40.00｜10.00｜15.00｜165.00", d(3300) * 500 / 10000),
        ("支付运行经费48.00万元", d(6) * 8),
        ("增长6.13%", (d(3046) / 2870 - 1) * 100),
        ("搬迁群众满意度94.54%", pct(554, 586)),
        ("年末正常运营28个", 32 - 4),
        ("较年度指标值少2个", 30 - 28),
        ("稳岗奖补结转22.60万元", d(240) - d("217.40")),
        ("预算执行率得分9.69分", r2(d("1178.70") / 1217 * 10)),
        ("产出指标得分49.83分", d(8) + 8 + 7 + d("6.83") + 6 + 6 + 4 + 4),
        ("效益指标得分29.33分", d(10) + 10 + d("9.33")),
        ("自评得分98.85分", d("9.69") + d("49.83") + d("29.33") + 10),
    ],
    "gulang-houxuchanye-2019": [
        ("（总投资3,400.00万元）", d(290) + 2200 + 760 + 150),
        ("调整后全年预算3,400.00万元", d(290) + 2200 + 760 + 150),
        ("累计达到1,600座", 1200 + 400),
        ("日光温室建设1,280.00万元", d(400) * d("3.20")),
        ("养殖暖棚建设528.00万元", d(480) * d("1.10")),
        ("按合同进度支付745.92万元", d("1065.60") * d("0.7")),
        ("合同价1,065.60万元的70%", pct("745.92", "1065.60")),
        ("支付304.00万元", d(320) * d("0.95")),
        ("合同价320.00万元的95%", pct(304, 320)),
        ("支付率90.00%", pct("16.20", 18)),
        ("以上合计2,913.22万元", d(1280) + 528 + d("745.92") + 304 + d("55.30")),
        ("累计支出2,913.22万元，预算执行率85.68%", pct("2913.22", 3400)),
        ("年末未支出资金486.78万元", d(3400) - d("2913.22")),
        ("构成为：养殖暖棚少建120座对应资金132.00万元", d(120) * d("1.10")),
        ("未付进度款319.68万元", d("1065.60") * d("0.3")),
        ("招标节余14.40万元", d(1080) - d("1065.60")),
        ("产业道路质保金16.00万元", d(320) - 304),
        ("其他费用节余4.70万元", d(60) - d("55.30")),
        ("年末未支出资金486.78万元", d(132) + d("319.68") + d("14.40") + 16 + d("4.70")),
        ("共335.68万元", d("319.68") + 16),
        ("其余151.10万元", d("486.78") - d("335.68")),
        ("完成年度指标的80%", pct(480, 600)),
        ("平均6,920元", mean(7240, 6860, 7020, 6510, 6970)),
        ("完成年度指标值的86.50%", pct(6920, 8000)),
        ("共186人", 72 + 63 + 51),
        ("完成指标值的62.00%", pct(186, 300)),
        ("承包率76.00%", pct(304, 400)),
        ("满意346份，满意度86.50%", pct(346, 400)),
        ("本项目自评得分89.41分", d("17.14") + d("43.40") + d("19.26") + d("9.61")),
        ("预算执行率仅85.68%", pct("2913.22", 3400)),
    ],
    "hongsibao-yiminjiuye-2021": [
        ("年初预算730.00万元", d(600) + 130),
        ("全年预算调整为1276.40万元", d(730) + 200 + 300 + d("46.40")),
        ("全年支出1241.32万元", d("383.52") + 194 + d("168.90") + d("446.40") + d("48.50")),
        ("预算执行率97.25%", pct("1241.32", "1276.40")),
        ("结余35.08万元", d("1276.40") - d("1241.32")),
        ("已就业的78190人", 31460 + 18230 + 1126 + 620 + 26754),
        ("取得职业技能等级证书2934人", 2410 + 524),
        ("取证率90.00%", pct(2934, 3260)),
        ("支付培训补贴383.52万元", (d(2410) * 1200 + d(524) * 1800) / 10000),
        ("人均培训补贴1307.16元", d(3835200) / 2934),
        ("发放交通补贴194.00万元", d(4850) * 400 / 10000),
        ("劳务经纪人奖补48.50万元", d(4850) * 100 / 10000),
        ("平均4703.33元", mean(4860, 4520, 4730)),
        ("发放吸纳就业补贴168.90万元", d(1126) * 1500 / 10000),
        ("发放补贴446.40万元", d(620) * 600 * 12 / 10000),
        ("移民劳动力就业率95.44%", pct(78190, 81930)),
        ("提高0.57个百分点", d("95.44") - d("94.87")),
        ("完成年度指标值的91.20%", pct("9.12", 10)),
        ("65211人，占83.40%", pct(65211, 78190)),
        ("满意度92.25%", pct(738, 800)),
        ("中央资金结余33.58万元", d(800) - d("766.42")),
        ("中央资金结余33.58万元", d("16.48") + 6 + d("11.10")),
        ("项目综合得分98.36分", d("9.73") + d("49.57") + d("29.06") + 10),
    ],
    "hezhang-anzhidian-2024": [
        ("年初预算合计720.00万元", d(580) + 140),
        ("调整后全年预算1020.00万元", d(720) + 240 + 60),
        ("县级配套到位110.00万元", d(140) - 30),
        ("全年实际到位990.00万元", d(580) + 240 + 60 + 110),
        ("到位率97.06%", pct(990, 1020)),
        ("全年支出621.00万元", d(248) + d("138.60") + 138 + 60 + d("36.40")),
        ("预算执行率60.88%", pct(621, 1020)),
        ("到位资金结余369.00万元", d(990) - 621),
        ("按合同支付95%即144.40万元", d(152) * d("0.95")),
        ("留质保金7.60万元", d(152) - d("144.40")),
        ("配套设施支出248.00万元", d("144.40") + d("103.60")),
        ("消防设施检测维护合同价364000元", d("36.40") * 10000),
        ("补助54.00万元", d(18) * 3),
        ("发放一次性奖补84.60万元", d(846) * 1000 / 10000),
        ("帮扶车间扶持138.60万元", d(54) + d("84.60")),
        ("少54人", 900 - 846),
        ("技能培训138.00万元", d(1150) * 1200 / 10000),
        ("培训后就业率72.35%", pct(832, 1150)),
        ("年度完成率42.86%", pct("1.2", "2.8")),
        ("年度任务的42.86%", pct("1.2", "2.8")),
        ("搬迁劳动力就业率94.53%", pct(16913, 17892)),
        ("提高0.47个百分点", d("94.53") - d("94.06")),
        ("全年预算执行率只有60.88%", pct(621, 1020)),
        ("项目得分89.78分", d("6.09") + d("54.62") + d("29.07")),
    ],
    "jingyuan-houxufuchi-2018": [
        ("完成1860户", 712 + 486 + 402 + 260),
        ("1860户8142人", 3108 + 2115 + 1760 + 1159),
        ("年初预算740.00万元", d(600) + 140),
        ("全年预算1210.00万元", d(740) + 130 + 300 + 40),
        ("全年支出1149.60万元", d(180) + 630 + d("143.60") + 120 + 76),
        ("预算执行率95.01%", pct("1149.60", 1210)),
        ("结余60.40万元", d(1210) - d("1149.60")),
        ("支出180.00万元，执行率90.00%", pct(180, 200)),
        ("支出630.00万元，执行率96.92%", pct(630, 650)),
        ("支出143.60万元，执行率89.75%", pct("143.60", 160)),
        ("支出120.00万元，执行率100%", pct(120, 120)),
        ("支出76.00万元，执行率95.00%", pct(76, 80)),
        ("肉牛养殖到户补助支出630.00万元", d(1260) * 5000 / 10000),
        ("技能培训支出143.60万元", d(1436) * 1000 / 10000),
        ("公益性岗位补贴支出120.00万元", d(200) * 500 * 12 / 10000),
        ("冷凉蔬菜到户补助支出76.00万元", d(380) * 2000 / 10000),
        ("扶贫车间建设补助支出180.00万元", d(9) * 20),
        ("建成扶贫车间9个", 4 + 3 + 2),
        ("少40户", 1300 - 1260),
        ("成活率96.67%", pct(986, 1020)),
        ("合格率96.24%", pct(1382, 1436)),
        ("增加560元", 6480 - 5920),
        ("平均142人", mean(152, 138, 136)),
        ("共吸纳就业426人", 152 + 138 + 136),
        ("占74.65%", pct(318, 426)),
        ("满意度95.33%", pct(286, 300)),
        ("车间建设补助结余20.00万元", d(200) - 180),
        ("本项目自评得分96.51分", d("9.50") + d("38.34") + d("38.67") + 10),
    ],
}

# budget-table rows whose 合计 must equal plan × standard (per-unit support standards)
STANDARDS = {
    "qinglong-banqianjiuye-2022": [],
    "jingyuan-houxufuchi-2018": [
        ("扶贫车间建设补助｜", d(10) * 20),
        ("肉牛养殖到户补助｜", d(1300) * 5000 / 10000),
        ("搬迁劳动力技能培训｜", d(1600) * 1000 / 10000),
        ("安置区公益性岗位补贴｜", d(200) * 500 * 12 / 10000),
        ("冷凉蔬菜到户补助｜", d(400) * 2000 / 10000),
    ],
    "hezhang-anzhidian-2024": [
        ("安置社区治理运行｜", d(5) * 12),
    ],
}


def check_claims(pid, text):
    for sub, value in CLAIMS[pid]:
        if sub not in text:
            fail("%s: claim text not found: %s" % (pid, sub))
            continue
        stated = NUM.findall(sub)[-1]
        if not close(stated, d(value)):
            fail("%s: %s — computed %s" % (pid, sub, value))
    for prefix, value in STANDARDS.get(pid, []):
        line = next((l for l in text.split("\n") if l.startswith(prefix) and l.count("｜") >= 5), None)
        if line is None or not close(line.split("｜")[-1], value):
            fail("%s: standard × plan for %s" % (pid, prefix))


def check_grades(pid, text, table_total):
    pat = re.compile(r"得分(\d+(?:\.\d+)?)分(?:(?!得分)[^。])*?等级为“?(优秀|良好|中等|优|良|中|差|合格)")
    found = pat.findall(text)
    if not found:
        fail("%s: no score-and-grade statement" % pid)
    for total, word in found:
        CHECKS[0] += 1
        if GRADE_WORDS[word] != grade_of(total):
            fail("%s: %s分 graded %s" % (pid, total, word))
        if table_total is not None and not close(total, val(table_total)):
            fail("%s: text total %s vs table total %s" % (pid, total, table_total))
    m = re.search(r"评价等级：(优秀|良好|优|良|中)", text)
    if m and table_total is not None and GRADE_WORDS[m.group(1)] != grade_of(val(table_total)):
        fail("%s: table grade" % pid)


def main():
    labels, counts = check_labels()
    projects = sorted({l["source"] for l in labels})
    for pid in projects:
        text = open(os.path.join(CASES, pid + "-clean.txt"), encoding="utf-8").read()
        n = len(text)
        if not 2500 <= n <= 6000:
            fail("%s: clean draft has %d characters" % (pid, n))
        total = check_tables(pid, text)
        check_claims(pid, text)
        check_grades(pid, text, total)
    n_err = sum(1 for l in labels if not l["clean"])
    print("projects %d, cases %d (%d clean, %d with one error), checks %d"
          % (len(projects), len(labels), len(labels) - n_err, n_err, CHECKS[0]))
    print("codes: " + ", ".join("%s %d" % (c, counts.get(c, 0)) for c in CODES_A))
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM: " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
