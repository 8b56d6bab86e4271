#!/usr/bin/env python3
"""Check the drafts11 set.

1. labels: every value occurs exactly once in its case and never in the clean draft; one label per error case.
2. edits: each error case differs from its clean draft in one contiguous region of at most 16 characters
   within one line (score-row edits marked rows=True in build.py: within two adjacent lines), and the
   label value overlaps that region.
3. arithmetic of every clean draft, read from the text itself: rates, balances, sums, per-source rates,
   weights to 100, scores to the total, score <= weight, completion rates, row scores (rules §5), grade band,
   averages and the other figures quoted in the text.

Pure Python 3.  Usage: python3 verify.py   (prints OK or the list of problems)
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build  # noqa: E402  (edit list)

PROBLEMS = []
CHECKS = [0]

FW = str.maketrans("０１２３４５６７８９．％", "0123456789.%")


def D(s):
    s = str(s).translate(FW).replace(",", "").replace("，", "").strip()
    s = s.rstrip("%")
    return Decimal(s)


def decimals(s):
    s = str(s).translate(FW).replace(",", "").strip().rstrip("%")
    return len(s.split(".")[1]) if "." in s else 0


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)


def near(stated, computed):
    """stated: string as printed; computed: Decimal. Tolerance from the stated decimals (rules §8)."""
    tol = Decimal("0.5") * Decimal(10) ** (-decimals(stated)) + Decimal("1e-9")
    return abs(D(stated) - Decimal(computed)) <= tol


class Ctx:
    def __init__(self, pid, text):
        self.pid, self.text = pid, text

    def fail(self, msg):
        PROBLEMS.append(f"{self.pid}: {msg}")

    def chk(self, label, stated, computed):
        CHECKS[0] += 1
        if not near(stated, computed):
            self.fail(f"{label}: stated {stated}, computed {r2(computed) if isinstance(computed, Decimal) else computed}")

    def eq(self, label, a, b):
        CHECKS[0] += 1
        if Decimal(a) != Decimal(b):
            self.fail(f"{label}: {a} != {b}")

    def g(self, pattern, group=1):
        """The string of group `group` of the single match of pattern in the text."""
        ms = list(re.finditer(pattern, self.text))
        if len(ms) != 1:
            self.fail(f"pattern {pattern!r} matched {len(ms)} times")
            return "0"
        return ms[0].group(group)

    # ---- table readers -------------------------------------------------------------------
    def md(self, header_first):
        lines = self.text.split("\n")
        for i, ln in enumerate(lines):
            if ln.startswith("| " + header_first + " |"):
                rows = []
                for l2 in lines[i:]:
                    if not l2.startswith("|"):
                        break
                    if l2.startswith("|---"):
                        continue
                    rows.append([c.strip() for c in l2.strip()[1:-1].split("|")])
                return rows
        self.fail(f"markdown table {header_first!r} not found")
        return []

    def tab(self, header_prefix):
        lines = self.text.split("\n")
        for i, ln in enumerate(lines):
            if ln.startswith(header_prefix):
                rows = []
                for l2 in lines[i:]:
                    if not l2.strip():
                        break
                    rows.append(l2.split("\t"))
                return rows
        self.fail(f"tab table {header_prefix!r} not found")
        return []

    def flat_tab(self, header_cell):
        """seed-003 style: one cell per line, tab-indented, blank line between rows."""
        start = self.text.index("\t" + header_cell + "\n")
        rows = []
        for block in self.text[start:].split("\n\n"):
            ls = block.split("\n")
            if not ls or not ls[0].startswith("\t"):
                break
            rows.append([l[1:] if l.startswith("\t") else l for l in ls])
        return rows

    def flat_plain(self, header_cell, ncols):
        """one cell per line, no indent, empty line for an empty cell, blank line after each row."""
        lines = self.text.split("\n")
        i = lines.index(header_cell)
        rows = []
        while i + ncols <= len(lines):
            row = lines[i:i + ncols]
            if i + ncols < len(lines) and lines[i + ncols] != "":
                break
            rows.append(row)
            i += ncols + 1
            if row[0] == "合计":
                break
        return rows

    def spaced(self, header_prefix):
        lines = self.text.split("\n")
        for i, ln in enumerate(lines):
            if ln.startswith(header_prefix):
                rows = []
                for l2 in lines[i:]:
                    if not l2.strip():
                        break
                    rows.append(re.split(r" {2,}", l2.strip()))
                return rows
        self.fail(f"spaced table {header_prefix!r} not found")
        return []


# ---- generic checks ---------------------------------------------------------------------------
def money_rows(c, rows, ib, ie, ir, label):
    """rate column = exec / budget; zero budget must print — (or nothing)."""
    for row in rows:
        b, e, r = row[ib], row[ie], row[ir]
        if not b.strip() or not e.strip():
            continue
        if D(b) == 0:
            CHECKS[0] += 1
            if r.strip() not in ("—", "", "0"):
                c.fail(f"{label} {row[:2]}: rate {r} on a zero base")
            continue
        c.chk(f"{label} rate {row[:2]}", r, D(e) / D(b) * 100)


def col_sum(c, items, total, cols, label):
    for j in cols:
        s = sum((D(r[j]) for r in items if r[j].strip() and r[j].strip() != "—"), Decimal(0))
        c.eq(f"{label} column {j} sum", s, D(total[j]))


def grade_of(total):
    t = Decimal(total)
    return "优" if t >= 90 else "良" if t >= 80 else "中" if t >= 60 else "差"


def parse_target(t):
    t = t.translate(FW).replace(",", "")
    m = re.match(r"^(≥|≤|=)?\s*([0-9.]+)(.*)$", t)
    if not m:
        return None
    sign = {"≥": "gte", "≤": "lte", "=": "eq", None: "eq"}[m.group(1)]
    return sign, Decimal(m.group(2)), m.group(3).strip()


def parse_actual(a):
    a = a.translate(FW).replace(",", "")
    m = re.match(r"^([0-9.]+)(.*)$", a)
    if not m:
        return None
    return Decimal(m.group(1)), m.group(2).strip()


def completion(sign, T, A):
    if sign == "lte":
        return Decimal(100) if A <= T else T / A * 100
    if T == 0:
        return Decimal(100) if A <= 0 else Decimal(0)
    return A / T * 100


def score_rows(c, rows, label):
    """rows: dicts name, target, actual, comp (or None), w, s. Checks completion, score <= weight and
    the quantitative score rule (score from unrounded completion or from the stated completion)."""
    for r in rows:
        w, s = D(r["w"]), D(r["s"])
        CHECKS[0] += 1
        if s > w or s < 0:
            c.fail(f"{label} {r['name']}: score {s} outside [0, {w}]")
        pt, pa = parse_target(r["target"]), parse_actual(r["actual"])
        if "日" in r["target"]:
            continue  # date rows are judged qualitatively
        if not pt or not pa:
            continue  # qualitative / date rows
        sign, T, ut = pt
        A, ua = pa
        CHECKS[0] += 1
        if ut != ua:
            c.fail(f"{label} {r['name']}: unit {ut!r} vs {ua!r}")
            continue
        comp = completion(sign, T, A)
        if r.get("comp") and r["comp"] not in ("—",):
            c.chk(f"{label} {r['name']} completion", r["comp"], comp)
        exp1 = r2(w * min(comp, Decimal(100)) / 100)
        if T == 0 and sign == "eq":
            exp1 = w if A <= 0 else Decimal(0)
        cands = {exp1}
        if r.get("comp") and r["comp"] not in ("—",):
            cands.add(r2(w * min(D(r["comp"]), Decimal(100)) / 100))
        CHECKS[0] += 1
        if not any(near(r["s"], x) for x in cands):
            c.fail(f"{label} {r['name']}: score {r['s']} not in {sorted(cands)}")


def totals(c, rows, tw, ts, label):
    c.eq(f"{label} weights", sum((D(r['w']) for r in rows), Decimal(0)), D(tw))
    c.eq(f"{label} weight total 100", D(tw), 100)
    c.eq(f"{label} scores", sum((D(r['s']) for r in rows), Decimal(0)), D(ts))


def grade_text(c, total, grade_word):
    CHECKS[0] += 1
    if not grade_word.startswith(grade_of(total)):
        c.fail(f"grade {grade_word} for total {total} (band {grade_of(total)})")


# ---- per-project arithmetic -------------------------------------------------------------------
def p_jiangzi(c):
    g = c.g
    c.eq("area", D(g(r"其中禁牧草原([\d.]+)万亩")) + D(g(r"草畜平衡草原([\d.]+)万亩")), D(g(r"可利用天然草原([\d.]+)万亩")))
    c.eq("households", 3126 + 5848, D(g(r"实际兑付([\d,]+)户")))
    c.eq("households all", 3126 + 5848 + 24, D(g(r"全县应兑付([\d,]+)户")))
    budget, prev = D(g(r"全年预算([\d.]+)万元，较2017年")), D(g(r"较2017年的([\d.]+)万元"))
    c.eq("increase", budget - prev, D(g(r"增加([\d.]+)万元，增长")))
    c.chk("growth", g(r"增长([\d.]+)%。按资金来源"), (budget - prev) / prev * 100)
    c.eq("sources", D("1264.40") + D("144.20") + D("12.00"), budget)
    c.eq("uses", D("648.00") + D("531.40") + D("85.00") + D("144.20") + D("12.00"), budget)
    c.eq("jinmu", D("86.40") * D("7.5"), D("648.00"))
    c.eq("caoxu", D("212.56") * D("2.5"), D("531.40"))
    c.eq("ranger", 412 * 3500, D("144.20") * 10000)
    c.eq("central batches", D(g(r"提前下达([\d.]+)万元")) + D(g(r"96号下达([\d.]+)万元")), D("1264.40"))
    spent = D(g(r"项目全年执行([\d.]+)万元"))
    c.chk("exec rate text", g(r"预算执行率([\d.]+)%，结余"), spent / budget * 100)
    bal = D(g(r"结余([\d.]+)万元。分子项目"))
    c.eq("balance", budget - spent, bal)
    c.eq("balance parts", D("2.25") + D("6.64") + D("0.48"), D(g(r"结余([\d.]+)万元的构成")))
    sub = c.md("子项目")
    money_rows(c, sub[1:], 2, 3, 5, "sub")
    for r in sub[1:]:
        c.eq(f"sub balance {r[0]}", D(r[2]) - D(r[3]), D(r[4]))
    col_sum(c, sub[1:-1], sub[-1], [2, 3, 4], "sub")
    c.eq("sub total = text", D(sub[-1][2]), budget * 10000)
    c.eq("sub exec = text", D(sub[-1][3]), spent * 10000)
    src = c.md("资金来源")
    money_rows(c, src[1:], 1, 2, 3, "src")
    col_sum(c, src[1:-1], src[-1], [1, 2], "src")
    c.eq("central = sub rows", D(src[1][1]), sum(D(r[2]) for r in sub[1:4]))
    c.eq("central exec = sub rows", D(src[1][2]), sum(D(r[3]) for r in sub[1:4]))
    c.chk("hujun jinmu", g(r"户均([\d,.]+)元；草畜"), Decimal(6480000) / 3126)
    c.chk("hujun caoxu", g(r"户均([\d,.]+)元。绩效"), D(sub[2][3]) / 5848)
    c.eq("jixiao parts", D("32.46") + D("18.90") + D("27.00"), D(g(r"绩效评价奖励资金执行([\d.]+)万元")))
    c.eq("jixiao = table", D(g(r"绩效评价奖励资金执行([\d.]+)万元")) * 10000, D(sub[3][3]))
    c.chk("paid area", g(r"完成年度指标的([\d.]+)%"), D("211.66") / D("212.56") * 100)
    c.eq("unpaid area", D("212.56") - D("211.66"), D(g(r"未兑付的([\d.]+)万亩")))
    c.eq("unpaid money", D("0.90") * 10000 * D("2.5"), D("2.25") * 10000)
    c.chk("daohu", g(r"兑付到户率([\d.]+)%，高于"), Decimal(8974) / 8998 * 100)
    inc = D(g(r"合计([\d.]+)万元，覆盖"))
    c.eq("income", D("648.00") + D("529.15"), inc)
    c.eq("529.15 = table", D("529.15") * 10000, D(sub[2][3]))
    c.chk("per capita", g(r"人均([\d.]+)元，完成"), inc * 10000 / 23860)
    c.chk("poor share", g(r"268名，占([\d.]+)%"), Decimal(268) / 412 * 100)
    c.eq("cover diff", D("41.2") - D("40.8"), D(g(r"提高([\d.]+)个百分点，但未")))
    plots = [D(x) for x in ["44.6", "46.2", "43.8", "45.1", "42.8"]]
    c.chk("plots average", g(r"平均为([\d.]+)%"), sum(plots) / 5)
    c.eq("overload", D("12.9") - D("11.6"), D(g(r"下降([\d.]+)个百分点")))
    c.chk("satisfaction", g(r"满意度([\d.]+)%。\n"), Decimal(468) / 500 * 100)
    ind = c.md("一级指标")
    rows = [dict(name=r[2], target=r[3], actual=r[4], comp=r[5], w=r[6], s=r[7]) for r in ind[1:-1]]
    score_rows(c, rows, "table")
    totals(c, rows, ind[-1][6], ind[-1][7], "table")
    c.chk("exec score", rows[0]["s"], 10 * spent / budget)
    c.chk("exec actual", rows[0]["actual"], spent / budget * 100)
    parts = {"产出指标": 0, "效益指标": 0, "满意度指标": 0}
    for r in ind[1:-1]:
        if r[0] in parts:
            parts[r[0]] += D(r[7])
    c.eq("conclusion exec", D(g(r"预算执行率得分([\d.]+)分")), D(rows[0]["s"]))
    c.eq("conclusion out", D(g(r"产出指标得分([\d.]+)分")), parts["产出指标"])
    c.eq("conclusion ben", D(g(r"效益指标得分([\d.]+)分")), parts["效益指标"])
    c.eq("conclusion sat", D(g(r"满意度指标得分([\d.]+)分")), parts["满意度指标"])
    total = g(r"项目自评得分([\d.]+)分")
    c.eq("total text = table", D(total), D(ind[-1][7]))
    grade_text(c, total, g(r"自评等级为“(.)”"))


def p_weichang(c):
    g = c.g
    c.eq("budget items", D("120.00") + D("90.00") + D("200.00") + D("25.00"), D(g(r"项目总投资([\d.]+)万元")))
    c.eq("sources", D("300.00") + D("80.00") + D("25.00") + D("30.00"), D("435.00"))
    c.eq("yuanyuan", Decimal(12000000) * D("0.10"), D("120.00") * 10000)
    c.eq("yuanzhong", 3000 * 300, D("90.00") * 10000)
    c.eq("yiji", 20000 * 100, D("200.00") * 10000)
    c.eq("central batches", D(g(r"178号提前下达([\d.]+)万元")) + D(g(r"45号下达([\d.]+)万元")), D("300.00"))
    c.eq("initial+add", D(g(r"年初预算([\d.]+)万元，年中")) + D(g(r"年中追加([\d.]+)万元")), D(g(r"全年预算([\d.]+)万元，全部到位")))
    c.eq("initial", D("200.00") + D("30.00"), D(g(r"年初预算([\d.]+)万元，年中")))
    spent = D(g(r"项目共支出([\d.]+)万元"))
    c.eq("spent items", D("120.00") + D("90.00") + D("176.50") + D(g(r"、质量检测及技术培训([\d.,]+)万元，预算执行率")), spent)
    c.chk("exec rate", g(r"预算执行率([\d.]+)%；结余"), spent / D("435.00") * 100)
    c.eq("balance", D("435.00") - spent, D(g(r"结余([\d.]+)万元，经县财政局")))
    f = c.flat_tab("项目")
    hdr, rows = f[0], {r[0]: r for r in f[1:]}
    for k in ["年初预算资金", "全年预算资金", "实际到位资金", "全年执行资金", "资金结余"]:
        r = rows[k]
        c.eq(f"funds {k} sum", sum((D(x) for x in r[3:7] if x.strip()), Decimal(0)), D(r[2]))
    for j in range(2, 7):
        b, a, e, bal = (rows[k][j] for k in ["全年预算资金", "实际到位资金", "全年执行资金", "资金结余"])
        c.eq(f"funds (5) col {hdr[j]}", D(a) - D(e), D(bal))
        c.chk(f"funds (6) col {hdr[j]}", rows["资金到位率(%)"][j], D(a) / D(b) * 100)
        c.chk(f"funds (7) col {hdr[j]}", rows["预算执行率(%)"][j], D(e) / D(b) * 100)
    c.eq("funds total = text", D(rows["全年预算资金"][2]), D("435.00") * 10000)
    c.eq("funds exec = text", D(rows["全年执行资金"][2]), spent * 10000)
    c.eq("funds initial = text", D(rows["年初预算资金"][2]), D("230.00") * 10000)
    s = c.flat_tab("子项目")
    money_rows(c, s[1:], 2, 3, 4, "sub")
    col_sum(c, s[1:-1], s[-1], [2, 3], "sub")
    c.eq("sub3 = area x 100", D(s[3][3]), 17650 * 100)
    c.eq("balance parts", D("23.50") + D("2.14"), D("25.64"))
    c.eq("balance part central", D(s[3][2]) - D(s[3][3]), D("23.50") * 10000)
    c.eq("balance part county", D(s[4][2]) - D(s[4][3]), D("2.14") * 10000)
    c.eq("enterprises contract", 650 + 550, 1200)
    c.eq("enterprises money", D("65.00") + D("55.00"), D("120.00"))
    c.eq("enterprises output", 700 + 560, 1260)
    c.chk("germ rate", g(r"合格率([\d.]+)%；检测"), Decimal(486) / 500 * 100)
    c.eq("test fee", 500 * 192, D("9.60") * 10000)
    c.eq("train", 27 * 60, 1620)
    c.eq("test+train", D("9.60") + D("13.26"), D("22.86"))
    c.chk("yield", g(r"亩均增产([\d.]+)%，未达到"), (Decimal(2260) - 1986) / 1986 * 100)
    c.chk("area per hh", g(r"户均推广面积([\d.]+)亩"), Decimal(17650) / 1812)
    c.chk("money per hh", g(r"户均获得补贴([\d.]+)元"), Decimal(1765000) / 1812)
    area = D(g(r"2019年全县马铃薯播种面积([\d.]+)万亩"))
    c.eq("area twice", D(g(r"全县马铃薯播种面积([\d.]+)万亩。为解决")), area)
    c.chk("coverage", g(r"覆盖率([\d.]+)%，较2018年"), D("30.14") / area * 100)
    c.eq("coverage diff", D("57.3") - D("54.8"), D(g(r"提高([\d.]+)个百分点，距60%")))
    c.chk("satisfaction", g(r"满意度([\d.]+)%。不满意"), Decimal(443) / 500 * 100)
    ind = c.flat_tab("一级指标")
    rows_ = [dict(name=r[2], target=r[3], actual=r[4], comp=r[5], w=r[6], s=r[7]) for r in ind[1:-1]]
    score_rows(c, rows_, "table")
    totals(c, rows_, ind[-1][6], ind[-1][7], "table")
    c.chk("exec score", rows_[0]["s"], 10 * spent / D("435.00"))
    total = g(r"自评总得分([\d.]+)分")
    c.eq("total text = table", D(total), D(ind[-1][7]))
    grade_text(c, total, g(r"评价等级为“(..)”"))


def p_chengkou(c):
    g = c.g
    init = D(g(r"项目年初预算([\d.]+)万元"))
    c.eq("initial", D("210.00") + D("12.40"), init)
    c.eq("initial fiscal", D("120.00") + D("50.00") + D("40.00"), D("210.00"))
    annual = D(g(r"全年预算([\d.]+)万元。中央"))
    c.eq("annual", init + D("30.00") + D("10.00"), annual)
    spent = D(g(r"项目支出([\d.]+)万元，预算执行率"))
    c.chk("exec rate", g(r"预算执行率([\d.]+)%，结余"), spent / annual * 100)
    c.eq("balance", annual - spent, D(g(r"结余([\d.]+)万元，已按规定")))
    t1 = c.spaced("项目               年初预算数")
    rows = {r[0]: r for r in t1[1:]}
    tot, fin, carry, oth = rows["年度资金总额"], rows["当年财政拨款"], rows["上年结转资金"], rows["其他资金"]
    for j in (1, 2, 3):
        c.eq(f"MOF col {j}", D(fin[j]) + D(carry[j]) + D(oth[j]), D(tot[j]))
    money_rows(c, [tot, fin, carry, oth], 2, 3, 4, "MOF")
    c.eq("MOF = text", D(tot[2]), annual * 10000)
    c.eq("MOF initial = text", D(tot[1]), init * 10000)
    c.eq("MOF exec = text", D(tot[3]), spent * 10000)
    t2 = c.spaced("资金来源        全年预算数")
    money_rows(c, t2[1:], 1, 2, 3, "src")
    col_sum(c, t2[1:-1], t2[-1], [1, 2], "src")
    c.eq("src = fiscal", D(t2[-1][1]), D(fin[2]))
    c.eq("src exec = fiscal", D(t2[-1][2]), D(fin[3]))
    t3 = c.spaced("子项目                       全年预算数")
    money_rows(c, t3[1:], 1, 2, 3, "sub")
    col_sum(c, t3[1:-1], t3[-1], [1, 2], "sub")
    c.eq("sub total", D(t3[-1][1]), D(tot[2]))
    c.eq("farms", 40 * 25000, D(t3[1][1]))
    c.eq("boxes", 8000 * 150, D(t3[2][1]))
    c.eq("farms paid", 38 * 25000, D(t3[1][2]))
    c.eq("brand", (D("10.50") + D("6.40")) * 10000, D(t3[4][2]))
    c.eq("test fee", 80 * 800, D("6.40") * 10000)
    c.eq("central exec", D(t3[1][2]) + 500000, D(t2[1][2]))
    c.eq("county exec", 100000 + D(t3[3][2]) + D(t3[4][2]), D(t2[3][2]))
    t4 = c.spaced("乡镇      养殖场")
    for r in t4[1:-1]:
        c.eq(f"town {r[0]}", D(r[1]) * 25000 + D(r[2]) * 150, D(r[3]))
    col_sum(c, t4[1:-1], t4[-1], [1, 2, 3], "town")
    c.eq("town = farms+boxes", D(t4[-1][3]), D(t3[1][2]) + D(t3[2][2]))
    c.eq("town avg", D(t4[-1][2]) / 5, D(g(r"平均每个乡镇发放蜂箱([\d,]+)个")))
    c.chk("per hh", g(r"户均([\d.]+)个"), Decimal(8000) / 1320)
    c.chk("acceptance", g(r"验收合格率([\d.]+)%；2个"), Decimal(38) / 40 * 100)
    c.eq("training", 12 * 45, 540)
    c.eq("training plan", 15 * 40, 600)
    c.chk("training rate", g(r"完成计划的([\d.]+)%。\n4"), Decimal(540) / 600 * 100)
    c.chk("poor hh", g(r"完成目标的([\d.]+)%。\n3"), Decimal(526) / 500 * 100)
    c.eq("stock diff", D("5.3") - D("4.6"), D(g(r"增加([\d.]+)万群")))
    c.chk("stock growth", g(r"增长([\d.]+)%。\n"), D("0.7") / D("4.6") * 100)
    c.chk("satisfaction", g(r"满意度([\d.]+)%，未达到"), Decimal(264) / 300 * 100)
    c.eq("deviation parts", D("5.00") + D("0.72") + D("1.10"), annual - spent)
    c.eq("training balance", D(t3[3][1]) - D(t3[3][2]), D("0.72") * 10000)
    c.eq("brand balance", D(t3[4][1]) - D(t3[4][2]), D("1.10") * 10000)
    sc = c.spaced("一级指标    二级指标")
    rows_ = []
    for r in sc[1:-1]:
        rows_.append(dict(name=r[-6], target=r[-5], actual=r[-4], comp=r[-3], w=r[-2], s=r[-1]))
    score_rows(c, rows_, "table")
    totals(c, rows_, sc[-1][-2], sc[-1][-1], "table")
    c.chk("exec score", rows_[0]["s"], 10 * spent / annual)
    total = g(r"项目自评得分([\d.]+)分")
    c.eq("total text = table", D(total), D(sc[-1][-1]))
    grade_text(c, total, g(r"等级为(.)。"))


def p_huzhu(c):
    g = c.g
    init, annual = D(g(r"部门年初预算([\d.]+)万元")), D(g(r"全年预算调整为([\d.]+)万元"))
    c.eq("initial parts", D("671.00") + D("1972.90"), init)
    c.eq("annual parts", D("687.35") + D("2326.70"), annual)
    c.eq("added", annual - init, D(g(r"人员经费([\d.]+)万元，全年预算")))
    spent = D(g(r"部门全年支出([\d.]+)万元"))
    c.chk("exec rate", g(r"预算执行率([\d.]+)%，结余资金"), spent / annual * 100)
    c.eq("balance", annual - spent, D(g(r"结余资金([\d.]+)万元。其中")))
    c.eq("spent parts", D("684.07") + D("2265.95"), spent)
    c.chk("basic rate", g(r"执行率([\d.]+)%；项目支出"), D("684.07") / D("687.35") * 100)
    c.chk("project rate", g(r"项目支出2265.95万元，执行率([\d.]+)%"), D("2265.95") / D("2326.70") * 100)
    t = c.tab("支出类别")
    money_rows(c, t[1:], 3, 4, 5, "prog")
    basic, proj = t[1:3], t[4:10]
    col_sum(c, basic, t[3], [2, 3, 4], "basic")
    col_sum(c, proj, t[10], [2, 3, 4], "project")
    col_sum(c, [t[3], t[10]], t[11], [2, 3, 4], "total")
    c.eq("table initial = text", D(t[11][2]), init * 10000)
    c.eq("table annual = text", D(t[11][3]), annual * 10000)
    c.eq("table exec = text", D(t[11][4]), spent * 10000)
    c.eq("basic = text", D(t[3][3]), D("687.35") * 10000)
    c.eq("basic init = text", D(t[3][2]), D("671.00") * 10000)
    c.eq("proj init = text", D(t[10][2]), D("1972.90") * 10000)
    c.eq("tianbao advance", D(t[4][2]), D(g(r"中央天保工程资金([\d.]+)万元")) * 10000)
    s = c.tab("资金来源\t全年预算数")
    money_rows(c, s[1:], 1, 2, 3, "src")
    col_sum(c, s[1:-1], s[-1], [1, 2], "src")
    c.eq("src = prog", D(s[-1][1]), D(t[11][3]))
    c.eq("central", D(t[4][3]) + D(t[5][3]) + 4000000 + 300000, D(s[1][1]))
    c.eq("county", D(t[3][3]) + 365000, D(s[4][1]))
    bal = {"造林": D(t[6][3]) - D(t[6][4]), "防火": D(t[7][3]) - D(t[7][4]), "有害": D(t[8][3]) - D(t[8][4]),
           "草原": D(t[9][3]) - D(t[9][4]), "公用": D(t[2][3]) - D(t[2][4])}
    c.eq("bal zaolin", bal["造林"], D(g(r"国土绿化造林([\d.]+)万元，森林")) * 10000)
    c.eq("bal fire", bal["防火"], D(g(r"森林草原防火([\d.]+)万元，林业")) * 10000)
    c.eq("bal pest", bal["有害"], D(g(r"林业有害生物防治([\d.]+)万元，草原")) * 10000)
    c.eq("bal grass", bal["草原"], D(g(r"草原生态保护工作经费([\d.]+)万元，公用")) * 10000)
    c.eq("bal public", bal["公用"], D(g(r"公用经费([\d.]+)万元。造林")) * 10000)
    c.eq("bal parts", sum(bal.values()), D("64.03") * 10000)
    c.eq("sangong", D("7.92") + D("0.56"), D(g(r"实际支出([\d.]+)万元，其中公务用车")))
    c.eq("sangong diff", D("9.12") - D("8.48"), D(g(r"减少([\d.]+)万元，下降")))
    c.chk("sangong pct", g(r"下降([\d.]+)%。"), D("0.64") / D("9.12") * 100)
    c.eq("assets", D("1126.30") + D("218.65") + D("402.18") + D("115.34"), D(g(r"固定资产原值([\d.]+)万元")))
    c.chk("adjust rate", g(r"预算调整率达到([\d.]+)%"), (annual - init) / init * 100)
    f = c.tab("林场\t")
    col_sum(c, f[1:-1], f[-1], [1, 2], "farms")
    c.chk("per ranger", g(r"人均管护([\d,.]+)亩"), D(f[-1][1]) * 10000 / D(f[-1][2]))
    c.chk("farm average", g(r"平均每个林场管护([\d.]+)万亩"), D(f[-1][1]) / (len(f) - 2))
    c.chk("beishan share", g(r"占全县的([\d.]+)%"), D(f[1][1]) / D(f[-1][1]) * 100)
    c.eq("tuigeng", Decimal(4830) * 800, D("386.40") * 10000)
    c.eq("tuigeng table", D(t[5][4]), D("386.40") * 10000)
    c.eq("afforest parts", D("1.05") + D("0.75"), D("1.80"))
    c.chk("afforest rate", g(r"完成率([\d.]+)%；国土"), D("1.80") / D("2.00") * 100)
    c.chk("afforest money", g(r"执行率([\d.]+)%。\n4"), D(t[6][4]) / D(t[6][3]) * 100)
    c.eq("afforest money text", D(g(r"国土绿化造林资金执行([\d.]+)万元")) * 10000, D(t[6][4]))
    c.chk("pest", g(r"完成计划的([\d.]+)%，成灾率"), D("8.72") / D("8.50") * 100)
    c.eq("cover diff", D("36.05") - D("35.62"), D(g(r"提高([\d.]+)个百分点；草原")))
    c.chk("satisfaction", g(r"满意度([\d.]+)%。\n"), Decimal(231) / 250 * 100)
    c.chk("city rate text", g(r"执行率仅([\d.]+)%"), D(s[3][2]) / D(s[3][1]) * 100)
    sc = c.tab("一级指标\t二级指标")
    rows_ = [dict(name=r[2], target=r[4], actual=r[5], comp=None, w=r[3], s=r[6]) for r in sc[1:-1]]
    score_rows(c, rows_, "table")
    totals(c, rows_, sc[-1][3], sc[-1][6], "table")
    c.chk("exec score", rows_[3]["s"], 10 * spent / annual)
    c.chk("carry rate", rows_[4]["actual"], (annual - spent) / annual * 100)
    lvl = {}
    cur = None
    for r in sc[1:-1]:
        cur = r[0] or cur
        lvl[cur] = lvl.get(cur, 0) + D(r[3])
    c.eq("level weights", lvl["投入"] + lvl["过程"] + lvl["产出"] + lvl["效益"], 100)
    total = g(r"绩效自评得分([\d.]+)分")
    c.eq("total text = table", D(total), D(sc[-1][6]))
    grade_text(c, total, g(r"等级为“(.)”"))


def p_qiongzhong(c):
    g = c.g
    c.eq("premium", 1000 * Decimal("0.06"), 60)
    c.eq("shares", 18 + 21 + 9 + 12, 60)
    c.eq("budget", Decimal(120000) * 48, D(g(r"全年预算([\d.]+)万元，其中中央")) * 10000)
    c.eq("budget parts", D("216.00") + D("252.00") + D("108.00"), D("576.00"))
    c.eq("central share", Decimal(120000) * 18, D("216.00") * 10000)
    c.eq("central parts", D("180.00") + D(g(r"中央资金余额([\d.]+)万元")), D("216.00"))
    c.eq("initial", D("180.00") + D("108.00"), D(g(r"年初预算合计([\d.]+)万元")))
    area = D(g(r"全年实际承保([\d.]+)万亩"))
    c.eq("premium total", area * 60, D(g(r"保费总额([\d.]+)万元")))
    c.eq("subsidy", area * 48, D(g(r"其中财政补贴([\d.]+)万元")))
    c.eq("farmer", area * 12, D(g(r"胶农自缴([\d.]+)万元。")))
    spent = D(g(r"全年执行([\d.]+)万元"))
    c.chk("exec rate", g(r"预算执行率([\d.]+)%，结余"), spent / D("576.00") * 100)
    c.eq("balance", D("576.00") - spent, D(g(r"结余([\d.]+)万元，结余原因")))
    c.eq("area short", D("12") - area, D(g(r"比计划少([\d.]+)万亩")))
    f = c.tab("项目\t\t年初预算数")
    money_rows(c, f[1:5], 3, 4, 5, "funds")
    col_sum(c, f[2:5], f[1], [3, 4], "funds")
    c.eq("funds initial", D(f[2][2]) + D(f[4][2]), D(f[1][2]))
    c.eq("funds exec = text", D(f[1][4]), spent * 10000)
    c.eq("central exec", area * 10000 * 18, D(f[2][4]))
    c.eq("prov exec", area * 10000 * 21, D(f[3][4]))
    c.eq("county exec", area * 10000 * 9, D(f[4][4]))
    c.eq("farmer table", area * 10000 * 12, D(f[5][4]))
    c.eq("installments", D("456.00") + D("114.24"), spent)
    t = c.tab("乡镇\t")
    for r in t[1:-1]:
        a = D(r[2])
        c.eq(f"town {r[0]} premium", a * 60, D(r[3]))
        c.eq(f"town {r[0]} subsidy", a * 48, D(r[4]))
        c.eq(f"town {r[0]} farmer", a * 12, D(r[5]))
    col_sum(c, t[1:-1], t[-1], [1, 2, 3, 4, 5, 6], "town")
    c.eq("town area = text", D(t[-1][2]), area * 10000)
    c.eq("town subsidy = funds", D(t[-1][4]), D(f[1][4]))
    claims = D(g(r"将赔款([\d.]+)万元"))
    c.eq("claims", D(t[-1][6]), claims * 10000)
    c.chk("loss ratio", g(r"简单赔付率）为([\d.]+)%"), D(t[-1][6]) / D(t[-1][3]) * 100)
    c.chk("area rate", g(r"完成计划的([\d.]+)%；参保"), area / 12 * 100)
    c.chk("hh rate", g(r"完成目标的([\d.]+)%。承保"), D(t[-1][1]) / 8000 * 100)
    per = g(r"户均获得赔款([\d,.]+)元，完成")
    c.chk("per hh claim", per, D(t[-1][6]) / D(t[-1][1]))
    c.chk("per hh rate", g(r"完成目标的([\d.]+)%。\n2"), D(per) / 1100 * 100)
    c.eq("tapping diff", D("80.5") - D("76.3"), D(g(r"提高([\d.]+)个百分点")))
    c.chk("coverage", g(r"保险覆盖率([\d.]+)%，完成"), area / 30 * 100)
    c.chk("coverage rate", g(r"覆盖率39.6%，完成目标的([\d.]+)%"), D("39.6") / 40 * 100)
    c.chk("satisfaction", g(r"满意度([\d.]+)%。\n"), Decimal(366) / 400 * 100)
    ind = c.tab("一级指标")
    rows_ = [dict(name=r[2], target=r[3], actual=r[4], comp=r[5], w=r[6], s=r[7]) for r in ind[1:-1]]
    score_rows(c, rows_, "table")
    totals(c, rows_, ind[-1][6], ind[-1][7], "table")
    c.chk("exec score", rows_[0]["s"], 10 * spent / D("576.00"))
    total = g(r"本项目得分([\d.]+)分")
    c.eq("total text = table", D(total), D(ind[-1][7]))
    grade_text(c, total, g(r"等级为“(.)”"))


def p_juxian(c):
    g = c.g
    init, annual = D(g(r"部门年初预算([\d.]+)万元")), D(g(r"全年预算([\d.]+)万元，其中基本"))
    c.eq("initial parts", D("1216.66") + D("685.00"), init)
    c.eq("annual parts", D("1282.72") + D("1345.00"), annual)
    c.eq("added", annual - init, D(g(r"人员经费等([\d.]+)万元")))
    spent = D(g(r"部门全年支出([\d.]+)万元"))
    c.chk("exec rate", g(r"预算执行率([\d.]+)%，结余"), spent / annual * 100)
    c.eq("balance", annual - spent, D(g(r"结余([\d.]+)万元；较2022年")))
    prev = D(g(r"较2022年支出([\d.]+)万元"))
    c.eq("increase", spent - prev, D(g(r"增加([\d.]+)万元，增长")))
    c.chk("growth", g(r"增长([\d.]+)%。其中"), (spent - prev) / prev * 100)
    c.eq("spent parts", D("1278.60") + D("1272.83"), spent)
    c.chk("basic rate", g(r"执行率([\d.]+)%；项目支出"), D("1278.60") / D("1282.72") * 100)
    c.chk("proj rate", g(r"项目支出1272.83万元，执行率([\d.]+)%"), D("1272.83") / D("1345.00") * 100)
    t = c.flat_plain("类别", 7)
    money_rows(c, t[1:], 3, 4, 5, "prog")
    for r in t[1:]:
        c.eq(f"prog balance {r[1]}", D(r[3]) - D(r[4]), D(r[6]))
    col_sum(c, t[1:-1], t[-1], [2, 3, 4, 6], "prog")
    c.eq("prog = text", D(t[-1][3]), annual * 10000)
    c.eq("prog init = text", D(t[-1][2]), init * 10000)
    c.eq("prog exec = text", D(t[-1][4]), spent * 10000)
    c.eq("basic", D(t[1][3]) + D(t[2][3]), D("1282.72") * 10000)
    c.eq("basic exec", D(t[1][4]) + D(t[2][4]), D("1278.60") * 10000)
    c.eq("basic init", D(t[1][2]) + D(t[2][2]), D("1216.66") * 10000)
    c.eq("advance", (D("180.00") + D("40.00") + 80) * 10000, D(t[3][2]))
    s = c.tab("资金来源\t全年预算数")
    money_rows(c, s[1:], 1, 2, 3, "src")
    col_sum(c, s[1:-1], s[-1], [1, 2], "src")
    c.eq("src = prog", D(s[-1][1]), D(t[-1][3]))
    c.eq("src exec = prog", D(s[-1][2]), D(t[-1][4]))
    c.eq("carry", D(s[5][1]), D(g(r"含上年结转资金([\d.]+)万元")) * 10000)
    c.chk("central rate text", g(r"中央资金执行率仅([\d.]+)%"), D(s[1][2]) / D(s[1][1]) * 100)
    c.eq("soil balance", D(t[6][3]) - D(t[6][4]), D(g(r"中央资金([\d.]+)万元因二期")) * 10000)
    c.eq("other balance", annual - spent - D("52.00"), D(g(r"其余([\d.]+)万元")))
    c.eq("sangong", D("10.85") + D("0.52"), D(g(r"实际支出([\d.]+)万元，其中公务用车")))
    c.eq("sangong diff", D("12.14") - D("11.37"), D(g(r"减少([\d.]+)万元，下降")))
    c.chk("sangong pct", g(r"下降([\d.]+)%。全年"), D("0.77") / D("12.14") * 100)
    c.eq("procurement", D("612.40") - D("586.95"), D(g(r"节约资金([\d.]+)万元")))
    c.chk("procurement pct", g(r"节约率([\d.]+)%"), D("25.45") / D("612.40") * 100)
    c.eq("reservoir", (D("198.54") + D("173.32")) * 10000, D(t[3][4]))
    c.chk("per reservoir", g(r"平均每座([\d.]+)万元"), D("198.54") / 18)
    c.eq("water text", D(g(r"农村供水工程维修，支出([\d.]+)万元")) * 10000, D(t[4][4]))
    c.chk("water rate", g(r"完成率([\d.]+)%。全县"), Decimal(42) / 45 * 100)
    c.chk("sections", g(r"达标率([\d.]+)%，1个"), Decimal(7) / 8 * 100)
    c.chk("soil", g(r"完成年度目标的([\d.]+)%"), D("22.5") / 25 * 100)
    c.eq("soil left", 25 - D("22.5"), D(g(r"剩余([\d.]+)平方公里")))
    c.eq("flood text", D(g(r"防汛物资，支出([\d.]+)万元")) * 10000, D(t[7][4]))
    c.chk("meter", g(r"完成计划的([\d.]+)%。\n"), Decimal(126) / 120 * 100)
    c.chk("satisfaction", g(r"满意484份，满意度([\d.]+)%"), Decimal(484) / 500 * 100)
    c.chk("satisfaction users", g(r"满意194份，满意度([\d.]+)%"), Decimal(194) / 200 * 100)
    sc = c.tab("一级指标\t二级指标")
    rows_ = [dict(name=r[2], target=r[3], actual=r[4], comp=None, w=r[5], s=r[6]) for r in sc[1:-1]]
    score_rows(c, rows_, "table")
    totals(c, rows_, sc[-1][5], sc[-1][6], "table")
    c.chk("exec score", rows_[0]["s"], 10 * spent / annual)
    c.chk("exec actual", rows_[0]["actual"], spent / annual * 100)
    total = g(r"绩效自评得分([\d.]+)分")
    c.eq("total text = table", D(total), D(sc[-1][6]))
    grade_text(c, total, g(r"等级为(.)。"))


def p_jiexi(c):
    g = c.g
    budget = D(g(r"项目全年预算([\d.]+)万元"))
    c.eq("sources", D("1413.00") + D("94.20") + D("31.40") + D("31.40"), budget)
    c.eq("subs", D("620.00") + D("850.00") + D("100.00"), budget)
    spent = D(g(r"共兑付补贴([\d.]+)万元"))
    c.chk("exec rate", g(r"预算执行率([\d.]+)%，结余"), spent / budget * 100)
    c.eq("balance", budget - spent, D(g(r"结余([\d.]+)万元，其中")))
    c.eq("balance parts", D("9.00") + D("13.55") + D("7.00"), budget - spent)
    s = c.md("子项目")
    money_rows(c, s[1:], 1, 2, 3, "sub")
    for r in s[1:]:
        c.eq(f"sub balance {r[0]}", D(r[1]) - D(r[2]), D(r[4]))
    col_sum(c, s[1:-1], s[-1], [1, 2, 4], "sub")
    c.eq("sub = text", D(s[-1][1]), budget * 10000)
    c.eq("sub exec = text", D(s[-1][2]), spent * 10000)
    c.eq("bal car", D(s[1][4]), D("9.00") * 10000)
    c.eq("bal appliance", D(s[2][4]), D("13.55") * 10000)
    c.eq("bal bike", D(s[3][4]), D("7.00") * 10000)
    f = c.md("资金来源")
    money_rows(c, f[1:], 1, 2, 3, "src")
    col_sum(c, f[1:-1], f[-1], [1, 2], "src")
    c.eq("car money", 260 * 15000 + 170 * 13000, D(s[1][2]))
    c.eq("car text", D(g(r"兑付补贴([\d.]+)万元，执行率")) * 10000, D(s[1][2]))
    c.chk("car rate text", g(r"执行率([\d.]+)%。据县内"), D(s[1][2]) / D(s[1][1]) * 100)
    c.chk("car avg", g(r"平均每辆([\d.]+)万元"), D("6382.50") / 430)
    c.eq("appl text", D(g(r"兑付补贴([\d.]+)万元，单笔")) * 10000, D(s[2][2]))
    c.chk("appl avg", g(r"单笔平均补贴([\d.]+)元"), D(s[2][2]) / 21380)
    c.chk("appl ratio", g(r"带动销售额之比为([\d.]+)%"), D("836.45") / D("5576.33") * 100)
    cat = c.spaced("品类")
    col_sum(c, cat[1:-1], cat[-1], [1, 2], "category")
    c.eq("category = sub", D(cat[-1][2]), D(s[2][2]))
    c.eq("bike money", 1860 * 500, D(s[3][2]))
    c.eq("bike text", D(g(r"1,860辆，兑付补贴([\d.]+)万元")) * 10000, D(s[3][2]))
    c.eq("bike avg", D("641.70") * 10000 / 1860, D(g(r"平均每辆([\d,]+)元")))
    c.chk("car target", g(r"完成目标的([\d.]+)%，主要是"), Decimal(430) / 480 * 100)
    c.chk("appl target", g(r"21,380笔，完成目标的([\d.]+)%"), Decimal(21380) / 20000 * 100)
    c.chk("bike target", g(r"1,860辆，完成目标的([\d.]+)%"), Decimal(1860) / 2000 * 100)
    cons = D(g(r"合计带动消费([\d,.]+)万元"))
    c.eq("consumption", D("6382.50") + D("5576.33") + D("641.70"), cons)
    c.chk("consumption yi", g(r"约([\d.]+)亿元"), cons / 10000)
    c.chk("consumption rate", g(r"亿元，完成目标的([\d.]+)%"), D("1.26") / D("1.2") * 100)
    c.chk("nev share", g(r"新能源汽车占比([\d.]+)%。"), Decimal(260) / 430 * 100)
    c.chk("satisfaction", g(r"满意度([\d.]+)%，不满意"), Decimal(865) / 1000 * 100)
    sc = c.spaced("一级指标    三级指标")
    rows_ = [dict(name=r[1], target=r[2], actual=r[3], comp=r[4], w=r[5], s=r[6]) for r in sc[1:-1]]
    score_rows(c, rows_, "table")
    totals(c, rows_, sc[-1][-2], sc[-1][-1], "table")
    c.chk("exec score", rows_[0]["s"], 10 * spent / budget)
    total = g(r"项目自评得分([\d.]+)分")
    c.eq("total text = table", D(total), D(sc[-1][-1]))
    grade_text(c, total, g(r"等级为(.)。"))


def p_jizhou(c):
    g = c.g
    annual = D(g(r"项目全年预算([\d.]+)万元"))
    fiscal, carry = D(g(r"其中当年财政拨款([\d.]+)万元")), D(g(r"上年结转资金([\d.]+)万元。"))
    c.eq("annual parts", fiscal + carry, annual)
    c.eq("fiscal items", D("480.00") + D("51.60") + D("36.00") + D("60.00"), fiscal)
    c.eq("fiscal sources", D("400.00") + D("136.00") + D("91.60"), fiscal)
    c.eq("rangers", 86 * 6000, D("51.60") * 10000)
    spent = D(g(r"项目实际支出([\d.]+)万元"))
    c.chk("exec rate", g(r"预算执行率([\d.]+)%，结余"), spent / annual * 100)
    c.eq("balance", annual - spent, D(g(r"结余([\d.]+)万元。执行")))
    t = c.md("子项目")
    money_rows(c, t[1:], 2, 3, 4, "sub")
    col_sum(c, t[1:-1], t[-1], [2, 3], "sub")
    c.eq("sub = text", D(t[-1][2]), annual * 10000)
    c.eq("sub exec = text", D(t[-1][3]), spent * 10000)
    c.eq("sub items", [D(r[2]) for r in t[1:5]] == [Decimal(4800000), Decimal(516000), Decimal(360000), Decimal(600000)], True)
    s = c.md("资金来源")
    money_rows(c, s[1:], 1, 2, 3, "src")
    col_sum(c, s[1:-1], s[-1], [1, 2], "src")
    c.eq("central+city = works+...", D(s[1][2]) + D(s[2][2]) + D(s[3][2]) + D(s[4][2]), D(t[-1][3]))
    c.eq("works split", D(s[1][2]) + 500000, D(t[1][3]))
    c.eq("city exec", 500000 + D(t[3][3]) + 200000, D(s[2][2]))
    c.eq("district exec", D(t[2][3]) + D(t[4][3]) - 200000, D(s[3][2]))
    c.eq("carry table", D(s[4][1]), carry * 10000)
    c.eq("balance parts", D("180.00") + D("1.62") + D("2.60"), annual - spent)
    c.eq("works balance", D(t[1][2]) - D(t[1][3]), D("180.00") * 10000)
    c.eq("works balance parts", D("166.50") + D("13.50"), D("180.00"))
    price = D(g(r"中标价([\d.]+)万元"))
    c.eq("contract unpaid", price - 300, D("166.50"))
    c.eq("budget-price", D("480.00") - price, D("13.50"))
    c.eq("paid = table", D(g(r"累计支付工程款([\d.]+)万元")) * 10000, D(t[1][3]))
    c.chk("paid share", g(r"占合同价的([\d.]+)%"), D("300.00") / price * 100)
    c.eq("monitor bal", D(t[3][2]) - D(t[3][3]), D("1.62") * 10000)
    c.eq("show bal", D(t[4][2]) - D(t[4][3]), D("2.60") * 10000)
    c.chk("wall", g(r"分别完成计划的([\d.]+)%和"), Decimal(1050) / 1260 * 100)
    c.chk("towers", g(r"%和([\d.]+)%。工程"), Decimal(2) / 3 * 100)
    c.eq("wall left", 1260 - 1050, D(g(r"剩余([\d]+)米")))
    c.chk("patrol", g(r"完成目标的([\d.]+)%，发现"), Decimal(4300) / 4128 * 100)
    c.eq("patrol target", 86 * 48, 4128)
    c.chk("study", g(r"26场，完成目标的([\d.]+)%"), Decimal(26) / 30 * 100)
    c.eq("visitors diff", D("110.4") - D("105.6"), D(g(r"增加([\d.]+)万人次")))
    c.chk("visitors growth", g(r"增长([\d.]+)%，但未"), D("4.8") / D("105.6") * 100)
    c.chk("students", g(r"完成目标的([\d.]+)%。\n2"), Decimal(2640) / 3000 * 100)
    c.chk("satisfaction", g(r"满意度([\d.]+)%，低于"), Decimal(528) / 600 * 100)
    c.eq("price in table", D(g(r"\| ≤480万元 \| ([\d.]+)万元 \|")), price)
    ind = c.md("一级指标")
    rows_ = [dict(name=r[2], target=r[3], actual=r[4], comp=r[5], w=r[6], s=r[7]) for r in ind[1:-1]]
    score_rows(c, rows_, "table")
    totals(c, rows_, ind[-1][6], ind[-1][7], "table")
    c.chk("exec score", rows_[0]["s"], 10 * spent / annual)
    c.chk("exec actual", rows_[0]["actual"], spent / annual * 100)
    total = g(r"项目自评得分([\d.]+)分")
    c.eq("total text = table", D(total), D(ind[-1][7]))
    grade_text(c, total, g(r"评价等级为“(.)”"))


def years(c):
    """evaluation year of the title; carry-overs go to a later year; 截至…12月31日 names the year."""
    year = int(c.pid.rsplit("-", 1)[1])
    head = c.text[:120].translate(FW)
    CHECKS[0] += 1
    if f"{year}年度" not in head:
        c.fail(f"title does not name {year}年度")
    for m in re.finditer(r"结转至(\d{4})年", c.text.translate(FW)):
        CHECKS[0] += 1
        if int(m.group(1)) <= year:
            c.fail(f"carried over to {m.group(1)} in a {year} report")
    for m in re.finditer(r"截至(\d{4})年12月31日", c.text.translate(FW)):
        CHECKS[0] += 1
        if int(m.group(1)) != year:
            c.fail(f"截至{m.group(1)}年12月31日 in a {year} report")
    for m in re.finditer(r"(\d{4})年度", c.text.translate(FW)):
        CHECKS[0] += 1
        if int(m.group(1)) != year:
            c.fail(f"{m.group(0)} in a {year} report")


PROJECT_CHECKS = {
    "jiangzi-grassland-2018": p_jiangzi,
    "weichang-potatoseed-2019": p_weichang,
    "chengkou-beekeeping-2020": p_chengkou,
    "huzhu-forestry-2021": p_huzhu,
    "qiongzhong-rubberins-2022": p_qiongzhong,
    "juxian-water-2023": p_juxian,
    "jiexi-tradein-2024": p_jiexi,
    "jizhou-greatwall-2025": p_jizhou,
}


# ---- labels and edits ---------------------------------------------------------------------------
def diff_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, a[p:len(a) - s], b[p:len(b) - s]


def check_labels():
    cases = os.path.join(HERE, "cases")
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    names = {r["case"] for r in labels}
    on_disk = set(os.listdir(cases))
    if names != on_disk:
        PROBLEMS.append(f"labels vs files differ: {sorted(names ^ on_disk)}")
    codes = {}
    for rec in labels:
        text = open(os.path.join(cases, rec["case"]), encoding="utf-8").read()
        clean = open(os.path.join(cases, rec["source"] + "-clean.txt"), encoding="utf-8").read()
        n = len(clean)
        if not 2500 <= n <= 6000:
            PROBLEMS.append(f"{rec['source']}: clean draft has {n} characters")
        if rec["clean"]:
            if rec["expected"] or text != clean:
                PROBLEMS.append(f"{rec['case']}: clean case with labels or different text")
            continue
        if len(rec["expected"]) != 1:
            PROBLEMS.append(f"{rec['case']}: {len(rec['expected'])} labels")
        idx = int(rec["case"].rsplit("-e", 1)[1].split(".")[0]) - 1
        ed = build.EDITS[rec["source"]][idx]
        pos, old, new = diff_region(clean, text)
        rows = ed.get("rows", False)
        CHECKS[0] += 1
        if rows:
            if old.count("\n") > 1 or new.count("\n") > 1 or len(old) > 80 or len(new) > 80:
                PROBLEMS.append(f"{rec['case']}: row edit too large {old!r} -> {new!r}")
        elif len(old) > 16 or len(new) > 16 or "\n" in old or "\n" in new:
            PROBLEMS.append(f"{rec['case']}: edit too large {old!r} -> {new!r}")
        for exp in rec["expected"]:
            v = exp["value"]
            codes[exp["code"]] = codes.get(exp["code"], []) + [rec["source"]]
            CHECKS[0] += 1
            if text.count(v) != 1:
                PROBLEMS.append(f"{rec['case']}: value occurs {text.count(v)} times: {v!r}")
            if v in clean:
                PROBLEMS.append(f"{rec['case']}: value occurs in the clean draft: {v!r}")
            i = text.find(v)
            if not (i < pos + max(len(new), 1) and pos < i + len(v)):
                PROBLEMS.append(f"{rec['case']}: value does not cover the edit at {pos}")
            if exp["severity"] != "error":
                PROBLEMS.append(f"{rec['case']}: severity {exp['severity']}")
    wanted = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch", "score_exceeds_weight",
              "weight_sum_mismatch", "grade_mismatch", "average_mismatch", "conflicting_values",
              "implausible_rate", "unit_mismatch", "year_mismatch", "completion_mismatch"]
    for code in wanted:
        srcs = codes.get(code, [])
        if len(srcs) < 2 or len(set(srcs)) < 2:
            PROBLEMS.append(f"code {code}: used {len(srcs)} times in {len(set(srcs))} projects")
    extra = set(codes) - set(wanted)
    if extra:
        PROBLEMS.append(f"unexpected codes {extra}")
    return labels, codes


def main():
    labels, codes = check_labels()
    for pid, fn in PROJECT_CHECKS.items():
        text = open(os.path.join(HERE, "cases", pid + "-clean.txt"), encoding="utf-8").read()
        try:
            ctx = Ctx(pid, text)
            years(ctx)
            fn(ctx)
        except Exception as exc:  # a parsing failure is a problem too
            PROBLEMS.append(f"{pid}: check crashed: {exc!r}")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"FAILED ({len(PROBLEMS)} problems, {CHECKS[0]} checks)")
        return 1
    print(f"{len(labels)} cases, codes: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(codes.items())))
    print(f"OK ({CHECKS[0]} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
