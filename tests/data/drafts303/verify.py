#!/usr/bin/env python3
"""Verify the labelled set (standard library only).

1. every label value occurs in its case (exactly once), each error case differs from its clean
   draft in one short contiguous place that overlaps the label value, every code of errors.md §A
   (1-13) is used at least twice;
2. the arithmetic of every draft is redone with decimal.Decimal (tolerance of rules.md §8):
   all checks pass on the clean drafts; on an error case the labelled code fails and no other
   error-level code fails (score_rule_mismatch is a warning and is only required on clean drafts).
Prints OK at the end.
"""
import json
import os
import re
import sys
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
WARN = "score_rule_mismatch"


# ---------------------------------------------------------------- numbers and tolerance
class Missing(Exception):
    pass


class UnitSlip(Exception):
    pass


def N(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return D(s)


def ndp(s):
    s = str(s).replace(",", "").replace("%", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def tol(s, approx=False):
    # an approximate figure (约/余/近) is consistent when the computed value lies within half a unit
    # of its last digit, which is the same interval as the rounding tolerance of an exact figure
    return D("0.5") * (D(10) ** -ndp(s)) + D("1e-9")


def close(s, c, approx=False):
    return abs(N(s) - D(c)) <= tol(s, approx)


def eq(s, c, approx=False):
    """stated string s against computed value c; a 10^4 / 10^8 slip raises UnitSlip."""
    if close(s, c, approx):
        return True
    c = D(c)
    for k in (4, 8):
        f = D(10) ** k
        if c != 0 and (abs(N(s) / f - c) <= tol(s) / f + D("1e-9") or abs(N(s) * f - c) <= tol(s) * f):
            raise UnitSlip()
    return False


def same(a, b):
    """two stated strings of one quantity agree (within the coarser of their decimals)."""
    if ndp(a) <= ndp(b):
        return eq(a, N(b))
    return eq(b, N(a))


def pct(a, b):
    return D(a) / D(b) * 100


GRADES = [(D(90), ("优", "优秀")), (D(80), ("良", "良好")), (D(60), ("中", "中等", "一般", "合格")),
          (D(-1), ("差", "较差", "不合格"))]


def grade_ok(total, word):
    for lo, words in GRADES:
        if D(total) >= lo:
            return word in words
    return False


# ---------------------------------------------------------------- checker
class Ck:
    def __init__(self, text):
        self.t = text
        self.fails = []   # (code, name)
        self.warns = []
        self.n = 0

    def g(self, pat, grp=1):
        m = re.search(pat, self.t)
        if not m:
            raise Missing(pat)
        return m.group(grp) if isinstance(grp, int) else tuple(m.group(i) for i in grp)

    def run(self, code, name, fn):
        self.n += 1
        try:
            ok = fn()
        except UnitSlip:
            (self.warns if code == WARN else self.fails).append(("unit_mismatch", name))
            return
        except (Missing, ArithmeticError, ValueError, IndexError, KeyError) as exc:
            (self.warns if code == WARN else self.fails).append((code, f"{name}: {exc!r}"))
            return
        if not ok:
            (self.warns if code == WARN else self.fails).append((code, name))


def split_row(line, sep):
    if sep == "space":
        return re.split(r"\s{2,}", line.strip())
    return line.split(sep)


def rows_after(text, header_start, sep, level1=("预算执行", "产出指标", "效益指标", "满意度指标")):
    lines = text.split("\n")
    out = []
    on = False
    for ln in lines:
        if ln.startswith(header_start):
            on = True
            continue
        if on:
            cells = split_row(ln, sep)
            if len(cells) < 6 or cells[0] not in level1:
                if out:
                    break
                continue
            out.append(cells)
    return out


def total_cells(text, label, sep):
    for ln in text.split("\n"):
        cells = split_row(ln, sep)
        if cells and cells[0] == label and len(cells) >= 3:
            return cells
    raise Missing(label)


SIGN_GTE = ("≥", ">=", "＞＝", "不低于", "不少于", "＞", ">")
SIGN_LTE = ("≤", "<=", "＜＝", "不高于", "不超过", "＜", "<")


def parse_val(s):
    s = s.strip()
    d = "eq"
    for p in SIGN_GTE:
        if s.startswith(p):
            d, s = "gte", s[len(p):]
            break
    else:
        for p in SIGN_LTE:
            if s.startswith(p):
                d, s = "lte", s[len(p):]
                break
    if re.fullmatch(r"(\d{4}年)?\d{1,2}月\d{1,2}日前?", s):
        return d, "date", None
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)(.*)", s)
    if not m:
        return d, "qual", None
    return d, m.group(2).strip(), N(m.group(1))


def indicator_checks(ck, rows, has_comp):
    """rows: dicts with l1 l2 name target actual [comp] w s; subtotal rows have l2 == '小计'."""
    for r in rows:
        if r["l2"] == "小计":
            continue
        nm = r["name"]
        ck.run("score_exceeds_weight", f"{nm}: 0 <= score <= weight",
               lambda r=r: D(0) <= N(r["s"]) <= N(r["w"]))
        d, tu, T = parse_val(r["target"])
        _, au, A = parse_val(r["actual"])
        ck.run("unit_mismatch", f"{nm}: unit of actual = unit of target", lambda tu=tu, au=au: tu == au)
        if tu != au or tu in ("qual", "date"):
            continue
        if d == "lte":
            comp = D(1) if A <= T else T / A
        elif T == 0:
            comp = D(1) if A <= 0 else D(0)
        else:
            comp = A / T
        if has_comp and r["comp"] not in ("—", ""):
            ck.run("completion_mismatch", f"{nm}: completion", lambda r=r, comp=comp: eq(r["comp"], comp * 100))
        w = N(r["w"])

        def rule(r=r, comp=comp, w=w):
            cands = [w * min(comp, D(1))]
            if has_comp and r["comp"] not in ("—", ""):
                cands.append(w * min(N(r["comp"]) / 100, D(1)))
            return any(close(r["s"], c) for c in cands)
        ck.run(WARN, f"{nm}: score follows the rule", rule)


def sum_checks(ck, rows, exec_w, exec_s, total_w, total_s, subtotals=False):
    leaves = [r for r in rows if r["l2"] != "小计"]
    ck.run("weight_sum_mismatch", "Σ 分值 = 100",
           lambda: exec_w + sum(N(r["w"]) for r in leaves) == 100)
    if total_w is not None:
        ck.run("weight_sum_mismatch", "Σ 分值 = 合计 分值",
               lambda: exec_w + sum(N(r["w"]) for r in leaves) == N(total_w) and N(total_w) == 100)
    ck.run("score_sum_mismatch", "Σ 得分 = 总分",
           lambda: eq(total_s, exec_s + sum(N(r["s"]) for r in leaves)))
    if subtotals:
        for st in [r for r in rows if r["l2"] == "小计"]:
            kids = [r for r in leaves if r["l1"] == st["l1"]]
            ck.run("weight_sum_mismatch", f"{st['l1']} 小计 分值",
                   lambda st=st, kids=kids: N(st["w"]) == sum(N(k["w"]) for k in kids))
            ck.run("score_sum_mismatch", f"{st['l1']} 小计 得分",
                   lambda st=st, kids=kids: eq(st["s"], sum(N(k["s"]) for k in kids)))
            ck.run("score_exceeds_weight", f"{st['l1']} 小计 score <= weight",
                   lambda st=st: D(0) <= N(st["s"]) <= N(st["w"]))
        subs = [r for r in rows if r["l2"] == "小计"]
        ck.run("weight_sum_mismatch", "Σ 一级 分值 = 100", lambda: exec_w + sum(N(r["w"]) for r in subs) == 100)
        ck.run("score_sum_mismatch", "Σ 一级 得分 = 总分",
               lambda: eq(total_s, exec_s + sum(N(r["s"]) for r in subs)))


def rate_scan(ck, extra_skip=()):
    """every '...率 X%' in the text must lie in [0, 100] (完成率 may exceed 100)."""
    for m in re.finditer(r"([\u4e00-\u9fff]{0,6}率)(?:为|达到|达|是)?([\d.]+)%", ck.t):
        word = m.group(1)
        if "完成率" in word or word in extra_skip:
            continue
        ck.run("implausible_rate", f"{word} {m.group(2)}% within [0,100]",
               lambda v=m.group(2): D(0) <= N(v) <= 100)


def year_checks(ck, year):
    y = int(year)
    for m in re.finditer(r"结转(?:至)?(\d{4})年", ck.t):
        ck.run("year_mismatch", f"结转 to {m.group(1)}", lambda v=m.group(1): int(v) > y)
    for m in re.finditer(r"截至(\d{4})年12月31日|截止日期为(\d{4})年12月31日", ck.t):
        v = m.group(1) or m.group(2)
        ck.run("year_mismatch", f"截至 {v}", lambda v=v: int(v) == y)
    for m in re.finditer(r"(\d{4})年(\d{1,2})月(?:提前)?(?:全额)?下达", ck.t):
        ck.run("year_mismatch", f"下达 {m.group(1)}-{m.group(2)}",
               lambda a=int(m.group(1)), b=int(m.group(2)): a == y or (a == y - 1 and b == 12))
    for m in re.finditer(r"自评表（(\d{4})年度）", ck.t):
        ck.run("year_mismatch", f"table header {m.group(1)}", lambda v=m.group(1): int(v) == y)
    lines = [ln for ln in ck.t.strip().split("\n") if ln.strip()]
    m = re.fullmatch(r"(\d{4})年\d{1,2}月\d{1,2}日", lines[-1].strip())
    if m:
        ck.run("year_mismatch", "report dated after the year", lambda: int(m.group(1)) > y)


# ---------------------------------------------------------------- draft 1: Gansu, severe mental disorders
def check_maiji(t):
    ck = Ck(t)
    title_year = ck.g(r"(\d{4})年度严重精神障碍")
    ck.run("year_mismatch", "title year", lambda: title_year == "2021")
    year_checks(ck, 2021)
    sep = "｜"
    fb = {}
    for lab in ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"):
        fb[lab] = total_cells(t, lab, sep)
    tot, fis, car, oth = fb["年度资金总额"], fb["其中：当年财政拨款"], fb["上年结转资金"], fb["其他资金"]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.run("sum_mismatch", f"funds {col}: total = 财政拨款 + 结转 + 其他",
               lambda i=i: eq(tot[i], N(fis[i]) + N(car[i]) + N(oth[i])))
    for row in (tot, fis, car):
        ck.run("rate_mismatch", f"{row[0]} 执行率", lambda row=row: eq(row[5], pct(N(row[3]), N(row[2]))))
        ck.run("implausible_rate", f"{row[0]} 执行率 <= 100", lambda row=row: N(row[5]) <= 100)
    ck.run("implausible_rate", "其他资金 zero base rate", lambda: N(oth[2]) != 0 or oth[5] in ("—", "0", "0%", "0.00%"))
    ck.run(WARN, "execution score", lambda: close(tot[6], N(tot[4]) * min(N(tot[3]) / N(tot[2]), D(1)))
           or close(tot[6], N(tot[4]) * N(tot[5]) / 100))
    # prose funds
    p_init, p_fis0, p_car = ck.g(r"项目年初预算([\d.,]+)万元，其中当年财政拨款([\d.,]+)万元、2020年结转资金([\d.,]+)万元", (1, 2, 3))
    p_add = ck.g(r"省级追加补助([\d.,]+)万元")
    p_annual = ck.g(r"全年预算调整为([\d.,]+)万元")
    p_fis, p_cen, p_cen1, p_cen2, p_prov, p_dist = ck.g(
        r"当年财政拨款([\d.,]+)万元中，中央补助([\d.,]+)万元（其中([\d.,]+)万元已于2020年12月提前下达，其余([\d.,]+)万元于2021年6月下达），省级补助([\d.,]+)万元，区级配套([\d.,]+)万元",
        (1, 2, 3, 4, 5, 6))
    ck.run("sum_mismatch", "年初 = 财政拨款 + 结转 (text)", lambda: eq(p_init, N(p_fis0) + N(p_car)))
    ck.run("sum_mismatch", "年初财政拨款 + 追加 = 当年财政拨款", lambda: eq(p_fis, N(p_fis0) + N(p_add)))
    ck.run("sum_mismatch", "全年预算 = 当年财政拨款 + 结转 (text)", lambda: eq(p_annual, N(p_fis) + N(p_car)))
    ck.run("sum_mismatch", "财政拨款 = 中央 + 省 + 区", lambda: eq(p_fis, N(p_cen) + N(p_prov) + N(p_dist)))
    ck.run("sum_mismatch", "中央 = 提前下达 + 其余", lambda: eq(p_cen, N(p_cen1) + N(p_cen2)))
    share = ck.g(r"中央补助占当年财政拨款的([\d.]+)%")
    ck.run("rate_mismatch", "中央 share", lambda: eq(share, pct(N(p_cen), N(p_fis))))
    ck.run("rate_mismatch", "到位率 100% (all funds received)", lambda: eq(ck.g(r"到位率([\d.]+)%"), 100))
    for a, b, nm in ((p_init, tot[1], "年初"), (p_annual, tot[2], "全年"), (p_fis0, fis[1], "年初财政拨款"),
                     (p_fis, fis[2], "全年财政拨款"), (p_car, car[2], "结转")):
        ck.run("conflicting_values", f"{nm} text vs table", lambda a=a, b=b: same(a, b))
    p_spent, p_rate = ck.g(r"全年支出([\d.,]+)万元，预算执行率([\d.]+)%", (1, 2))
    ck.run("conflicting_values", "执行数 text vs table", lambda: same(p_spent, tot[3]))
    ck.run("conflicting_values", "执行率 text vs table", lambda: same(p_rate, tot[5]))
    ck.run("rate_mismatch", "执行率 (text)", lambda: eq(p_rate, pct(N(p_spent), N(p_annual))))
    parts = ck.g(r"免费服药([\d.,]+)万元、监护人看护补助([\d.,]+)万元、随访管理及以奖代补([\d.,]+)万元、应急处置及住院救助([\d.,]+)万元", (1, 2, 3, 4))
    ck.run("sum_mismatch", "spending by use", lambda: eq(p_spent, sum(N(x) for x in parts)))
    bal = ck.g(r"年末尚未支出的([\d.,]+)万元")
    ck.run("balance_mismatch", "结转 = 全年预算 - 执行", lambda: eq(bal, N(p_annual) - N(p_spent)))
    # patients
    reg, reg0, inc, incp = ck.g(r"在册严重精神障碍患者([\d,]+)人，较2020年末的([\d,]+)人增加([\d,]+)人，增长([\d.]+)%", (1, 2, 3, 4))
    ck.run("sum_mismatch", "increase in registered patients", lambda: eq(inc, N(reg) - N(reg0)))
    ck.run("rate_mismatch", "growth rate", lambda: eq(incp, pct(N(inc), N(reg0))))
    man, manr = ck.g(r"在管患者([\d,]+)人，管理率([\d.]+)%", (1, 2))
    std, stdr = ck.g(r"规范管理([\d,]+)人，规范管理率([\d.]+)%", (1, 2))
    gap = ck.g(r"比年度指标低([\d.]+)个百分点")
    med, medr = ck.g(r"服药患者([\d,]+)人，服药率([\d.]+)%", (1, 2))
    reg_med, reg_medr = ck.g(r"规律服药([\d,]+)人，规律服药率([\d.]+)%", (1, 2))
    stab, stabr = ck.g(r"病情稳定([\d,]+)人，稳定率([\d.]+)%", (1, 2))
    visits, per = ck.g(r"面访随访([\d,]+)人次，规范管理患者人均随访([\d.]+)次", (1, 2))
    ck.run("rate_mismatch", "管理率", lambda: eq(manr, pct(N(man), N(reg))))
    ck.run("rate_mismatch", "规范管理率", lambda: eq(stdr, pct(N(std), N(reg))))
    ck.run("rate_mismatch", "服药率", lambda: eq(medr, pct(N(med), N(reg))))
    ck.run("rate_mismatch", "规律服药率", lambda: eq(reg_medr, pct(N(reg_med), N(reg))))
    ck.run("rate_mismatch", "稳定率", lambda: eq(stabr, pct(N(stab), N(man))))
    gap_target = ck.g(r"规范管理率｜≥([\d.]+)%")
    ck.run("completion_mismatch", "gap to target", lambda: eq(gap, N(gap_target) - N(stdr)))
    ck.run("average_mismatch", "人均随访", lambda: eq(per, N(visits) / N(std)))
    free_n, free_amt, free_avg = ck.g(r"免费服药惠及([\d,]+)人，药品支出([\d.,]+)万元，人均约([\d.,]+)元", (1, 2, 3))
    ck.run("conflicting_values", "免费服药 amount twice", lambda: same(free_amt, parts[0]))
    ck.run("average_mismatch", "人均约 (approx)", lambda: eq(free_avg, N(free_amt) * 10000 / N(free_n), approx=True))
    per_m, guard_n, guard_amt = ck.g(r"按每人每月([\d.,]+)元的标准发放，全年补助([\d,]+)人，共计([\d.,]+)万元", (1, 2, 3))
    ck.run("sum_mismatch", "看护补助 = 人数 × 月标准 × 12", lambda: eq(guard_amt, N(per_m) * N(guard_n) * 12 / 10000))
    ck.run("conflicting_values", "看护补助 amount twice", lambda: same(guard_amt, parts[1]))
    lo, hi = ck.g(r"满分100分，各院得分在([\d.]+)分至([\d.]+)分之间", (1, 2))
    ck.run("score_exceeds_weight", "以奖代补 scores <= 100", lambda: D(0) <= N(lo) <= N(hi) <= 100)
    n1, a1, n2, a2, allr = ck.g(r"得分90分及以上的(\d+)家每家奖补([\d.]+)万元，80分至90分的(\d+)家每家奖补([\d.]+)万元，合计([\d.]+)万元", (1, 2, 3, 4, 5))
    ck.run("sum_mismatch", "以奖代补 total", lambda: eq(allr, N(n1) * N(a1) + N(n2) * N(a2)))
    ck.run("sum_mismatch", "以奖代补 count = 卫生院 count", lambda: N(n1) + N(n2) == N(ck.g(r"对(\d+)个乡镇（街道）卫生院")))
    ck.run("conflicting_values", "卫生院 count twice", lambda: same(ck.g(r"精防办具体组织，(\d+)个乡镇"), ck.g(r"对(\d+)个乡镇（街道）卫生院")))
    q, ok_n, sat = ck.g(r"发放问卷(\d+)份，表示满意的(\d+)份，满意度([\d.]+)%", (1, 2, 3))
    ck.run("rate_mismatch", "满意度", lambda: eq(sat, pct(N(ok_n), N(q))))
    # indicator table
    raw = rows_after(t, "一级指标｜", sep)
    rows = [dict(l1=c[0], l2=c[1], name=c[2], target=c[3], actual=c[4], w=c[5], s=c[6]) for c in raw]
    indicator_checks(ck, rows, has_comp=False)
    tr = total_cells(t, "总分", sep)
    sum_checks(ck, rows, N(tot[4]), N(tot[6]), tr[5], tr[6])
    byname = {r["name"]: r for r in rows}
    for nm, val in (("在册患者管理率", manr), ("规范管理率", stdr), ("规范管理患者年均随访次数", per),
                    ("患者服药率", medr), ("规律服药率", reg_medr), ("患者病情稳定率", stabr),
                    ("患者及家属满意度", sat)):
        ck.run("conflicting_values", f"{nm} text vs table", lambda nm=nm, val=val: same(val, parse_val(byname[nm]["actual"])[2]))
    ck.run("conflicting_values", "免费服药 standard text vs table",
           lambda: same(ck.g(r"控制在每人每年(\d+)元的标准以内"), parse_val(byname["人均免费服药费用"]["target"])[2]))
    for nm, pat in (("在册患者管理率", r"在册患者管理率不低于(\d+)%"), ("规范管理率", r"规范管理率不低于(\d+)%"),
                    ("患者服药率", r"服药率不低于(\d+)%"), ("患者及家属满意度", r"满意度达到(\d+)%以上")):
        ck.run("conflicting_values", f"{nm} target text vs table",
               lambda nm=nm, pat=pat: same(ck.g(pat), parse_val(byname[nm]["target"])[2]))
    ck.run("average_mismatch", "人均免费服药费用 (table)",
           lambda: eq(str(parse_val(byname["人均免费服药费用"]["actual"])[2]), N(free_amt) * 10000 / N(free_n)))
    p_total = ck.g(r"自评得分([\d.]+)分，评价等级为“(\S)”")
    grade = ck.g(r"自评得分[\d.]+分，评价等级为“(\S)”")
    ck.run("conflicting_values", "总分 text vs table", lambda: same(p_total, tr[6]))
    ck.run("grade_mismatch", "grade", lambda: grade_ok(N(p_total), grade))
    d_exec = ck.g(r"执行率指标因年末部分住院救助款项未结算扣([\d.]+)分")
    d_two = ck.g(r"两项指标合计扣([\d.]+)分")
    ck.run("score_sum_mismatch", "execution deduction", lambda: eq(d_exec, N(tot[4]) - N(tot[6])))
    ck.run("score_sum_mismatch", "two-row deduction", lambda: eq(d_two, sum(N(byname[n]["w"]) - N(byname[n]["s"]) for n in ("规范管理率", "患者病情稳定率"))))
    ck.run("score_sum_mismatch", "100 - total = listed deductions", lambda: eq(p_total, D(100) - N(d_exec) - N(d_two)))
    rate_scan(ck)
    return ck


# ---------------------------------------------------------------- draft 2: Hunan, hotline (tabs)
def check_yueyang(t):
    ck = Ck(t)
    ck.run("year_mismatch", "title year", lambda: ck.g(r"(\d{4})年度心理援助热线") == "2023")
    year_checks(ck, 2023)
    sep = "\t"
    city = total_cells(t, "市级财政拨款", sep)
    prov = total_cells(t, "省级补助资金", sep)
    tot = total_cells(t, "合计", sep)
    ftot = [c for c in (ln.split(sep) for ln in t.split("\n")) if c[0] == "合计" and len(c) == 5][0]
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.run("sum_mismatch", f"funds {col} column", lambda i=i: eq(ftot[i], N(city[i]) + N(prov[i])))
    for row in (city, prov, ftot):
        ck.run("rate_mismatch", f"{row[0]} 执行率", lambda row=row: eq(row[4], pct(N(row[3]), N(row[2]))))
        ck.run("implausible_rate", f"{row[0]} 执行率 <= 100", lambda row=row: N(row[4]) <= 100)
    c0, p0 = ck.g(r"年初预算安排市级财政资金([\d.]+)万元、省级补助([\d.]+)万元", (1, 2))
    add = ck.g(r"追加热线能力提升补助([\d.]+)万元")
    annual = ck.g(r"全年预算调整为([\d.]+)万元")
    ck.run("conflicting_values", "市级年初 text vs table", lambda: same(c0, city[1]))
    ck.run("conflicting_values", "省级年初 text vs table", lambda: same(p0, prov[1]))
    ck.run("sum_mismatch", "年初合计 = 市级 + 省级 (text)", lambda: eq(ftot[1], N(c0) + N(p0)))
    ck.run("sum_mismatch", "省级 年初 + 追加 = 全年", lambda: eq(prov[2], N(prov[1]) + N(add)))
    ck.run("sum_mismatch", "全年 = 年初 + 追加", lambda: eq(annual, N(c0) + N(p0) + N(add)))
    ck.run("conflicting_values", "全年预算 text vs table", lambda: same(annual, ftot[2]))
    spent = ck.g(r"全年实际支出([\d.]+)万元")
    parts = ck.g(r"其中咨询员劳务补助([\d.]+)万元、话务系统租赁及维护([\d.]+)万元、督导培训([\d.]+)万元、宣传推广([\d.]+)万元", (1, 2, 3, 4))
    ck.run("conflicting_values", "执行 text vs table", lambda: same(spent, ftot[3]))
    ck.run("sum_mismatch", "spending by use", lambda: eq(spent, sum(N(x) for x in parts)))
    bal = ck.g(r"未支出的([\d.]+)万元")
    ck.run("balance_mismatch", "未支出 = 全年 - 执行", lambda: eq(bal, N(ftot[2]) - N(ftot[3])))
    calls_in, calls, rate, last, growth = ck.g(r"全年呼入来电([\d,]+)例，接通([\d,]+)例，接通率([\d.]+)%，较上年的([\d,]+)例呼入量增长([\d.]+)%", (1, 2, 3, 4, 5))
    ck.run("rate_mismatch", "接通率", lambda: eq(rate, pct(N(calls), N(calls_in))))
    ck.run("rate_mismatch", "呼入量 growth", lambda: eq(growth, pct(N(calls_in) - N(last), N(last))))
    days, perday = ck.g(r"按全年(\d+)天计算，平均每天接听([\d.]+)例", (1, 2))
    ck.run("average_mismatch", "平均每天接听", lambda: eq(perday, N(calls) / N(days)))
    hours, mins = ck.g(r"累计通话([\d,]+)小时，次均通话约([\d.]+)分钟", (1, 2))
    ck.run("average_mismatch", "次均通话 (approx)", lambda: eq(mins, N(hours) * 60 / N(calls), approx=True))
    wait = ck.g(r"平均应答等待(\d+)秒")
    train, more = ck.g(r"全年开展培训督导(\d+)次，比计划多(\d+)次", (1, 2))
    cost = ck.g(r"单次来电服务成本([\d.]+)元。")
    ck.run("average_mismatch", "单次来电服务成本", lambda: eq(cost, N(spent) * 10000 / N(calls)))
    hi, fu, fur = ck.g(r"识别高危来电(\d+)例，全部完成危机干预，其中(\d+)例在72小时内完成跟踪回访，回访率([\d.]+)%", (1, 2, 3))
    ck.run("rate_mismatch", "回访率", lambda: eq(fur, pct(N(fu), N(hi))))
    cover = ck.g(r"全年宣传覆盖([\d.]+)万人次")
    nsurv, nsat, sat, sat0, up = ck.g(r"对([\d,]+)名来电者进行了回访，表示满意的([\d,]+)人，满意度([\d.]+)%，比2022年的([\d.]+)%提高([\d.]+)个百分点", (1, 2, 3, 4, 5))
    ck.run("rate_mismatch", "满意度", lambda: eq(sat, pct(N(nsat), N(nsurv))))
    ck.run("rate_mismatch", "满意度 change", lambda: eq(up, N(sat) - N(sat0)))
    raw = rows_after(t, "一级指标\t", sep)
    rows = [dict(l1=c[0], l2=c[1], name=c[2], target=c[3], actual=c[4], comp=c[5], w=c[6], s=c[7]) for c in raw]
    indicator_checks(ck, rows, has_comp=True)
    exec_row = [r for r in rows if r["l1"] == "预算执行"][0]
    ck.run("conflicting_values", "execution rate indicator vs funds table", lambda: same(exec_row["actual"], ftot[4]))
    ck.run("rate_mismatch", "execution rate indicator", lambda: eq(exec_row["actual"], pct(N(ftot[3]), N(ftot[2]))))
    tr = [c for c in (ln.split(sep) for ln in t.split("\n")) if c[0] == "合计" and len(c) > 5][0]
    tw = [x for x in tr[1:] if x.strip()]
    sum_checks(ck, rows, D(0), D(0), tw[0], tw[1])
    byname = {r["name"]: r for r in rows}
    for nm, val in (("全年接听来电量", calls), ("来电接通率", rate), ("平均应答等待时长", wait),
                    ("咨询员培训督导次数", train), ("单次来电服务成本", cost), ("心理健康宣传覆盖人次", cover),
                    ("高危来电跟踪回访率", fur), ("来电者回访满意度", sat)):
        ck.run("conflicting_values", f"{nm} text vs table", lambda nm=nm, val=val: same(val, parse_val(byname[nm]["actual"])[2]))
    ck.run("completion_mismatch", "培训督导 above plan", lambda: N(more) == N(train) - parse_val(byname["咨询员培训督导次数"]["target"])[2])
    p_total, grade = ck.g(r"自评得分([\d.]+)分，等级为(\S\S)", (1, 2))
    ck.run("conflicting_values", "总分 text vs table", lambda: same(p_total, tw[1]))
    ck.run("grade_mismatch", "grade", lambda: grade_ok(N(p_total), grade))
    rate_scan(ck)
    return ck


# ---------------------------------------------------------------- draft 3: Henan, specialist capacity
def check_wuyang(t):
    ck = Ck(t)
    ck.run("year_mismatch", "title year", lambda: ck.g(r"(\d{4})年度精神卫生专科") == "2019")
    year_checks(ck, 2019)
    sep = "｜"
    fr = {lab: total_cells(t, lab, sep) for lab in ("中央补助资金", "省级补助资金", "县级配套资金")}
    tots = [c for c in (ln.split(sep) for ln in t.split("\n")) if c[0] == "合计"]
    ftot = [c for c in tots if len(c) == 5][0]
    dtot = [c for c in tots if len(c) == 3][0]
    for i, col in ((1, "全年预算"), (2, "到位"), (3, "支出"), (4, "结余")):
        ck.run("sum_mismatch", f"funds {col} column", lambda i=i: eq(ftot[i], sum(N(r[i]) for r in fr.values())))
    for r in list(fr.values()) + [ftot]:
        ck.run("balance_mismatch", f"{r[0]} 结余 = 到位 - 支出", lambda r=r: eq(r[4], N(r[2]) - N(r[3])))
    detail = [split_row(ln, sep) for ln in t.split("\n")
              if ln.split(sep)[0] in ("封闭病区安全设施改造", "专科诊疗设备购置", "医护人员进修培训", "心理咨询门诊建设")]
    ck.run("sum_mismatch", "detail 预算 column", lambda: eq(dtot[1], sum(N(r[1]) for r in detail)))
    ck.run("sum_mismatch", "detail 支出 column", lambda: eq(dtot[2], sum(N(r[2]) for r in detail)))
    ck.run("sum_mismatch", "detail 预算 total = funds total", lambda: same(dtot[1], ftot[1]))
    ck.run("sum_mismatch", "detail 支出 total = funds total", lambda: same(dtot[2], ftot[3]))
    p_tot, p_c, p_p, p_x = ck.g(r"项目全年预算(\d+)万元，其中中央补助资金(\d+)万元、省级补助资金(\d+)万元、县级配套资金(\d+)万元", (1, 2, 3, 4))
    ck.run("sum_mismatch", "预算 = 中央 + 省 + 县 (text)", lambda: eq(p_tot, N(p_c) + N(p_p) + N(p_x)))
    ck.run("conflicting_values", "全年预算 text vs table", lambda: same(p_tot, ftot[1]))
    ck.run("conflicting_values", "中央 text vs table", lambda: same(p_c, fr["中央补助资金"][1]))
    ck.run("conflicting_values", "省级 text vs table", lambda: same(p_p, fr["省级补助资金"][1]))
    ck.run("conflicting_values", "县级 text vs table", lambda: same(p_x, fr["县级配套资金"][1]))
    x_in, x_gap = ck.g(r"县级配套资金到位(\d+)万元，尚有(\d+)万元", (1, 2))
    ck.run("sum_mismatch", "县级 未到位 = 预算 - 到位", lambda: eq(x_gap, N(p_x) - N(x_in)))
    ck.run("conflicting_values", "县级到位 text vs table", lambda: same(x_in, fr["县级配套资金"][2]))
    rec, recr = ck.g(r"实际到位(\d+)万元，到位率([\d.]+)%", (1, 2))
    ck.run("conflicting_values", "到位 text vs table", lambda: same(rec, ftot[2]))
    ck.run("rate_mismatch", "到位率", lambda: eq(recr, pct(N(rec), N(ftot[1]))))
    sp, use = ck.g(r"实际支出([\d.]+)万元，按到位资金计算的资金使用率为([\d.]+)%", (1, 2))
    ck.run("conflicting_values", "支出 text vs table", lambda: same(sp, ftot[3]))
    ck.run("rate_mismatch", "资金使用率 (base 到位)", lambda: eq(use, pct(N(sp), N(rec))))
    bal = ck.g(r"结余的([\d.]+)万元")
    ck.run("conflicting_values", "结余 text vs table", lambda: same(bal, ftot[4]))
    ck.run("balance_mismatch", "结余 = 到位 - 支出 (text)", lambda: eq(bal, N(rec) - N(sp)))
    n_eq, n_on = ck.g(r"全年共购置设备(\d+)台（套），单台（套）平均采购成本([\d.]+)万元；其中(\d+)台（套）", (1, 3))
    avgc = ck.g(r"单台（套）平均采购成本([\d.]+)万元；")
    eqbud = [r for r in detail if r[0] == "专科诊疗设备购置"][0]
    ck.run("average_mismatch", "单台（套）平均采购成本", lambda: eq(avgc, N(eqbud[2]) / N(n_eq)))
    ppl, months, per_m, per_u, tr_amt = ck.g(r"选派(\d+)名医护人员到省精神卫生中心进修(\d+)个月，进修期间按每人每月([\d,]+)(万?元)标准给予生活补助，共([\d.]+)万元", (1, 2, 3, 4, 5))
    ck.run("sum_mismatch", "进修补助 = 人数 × 月数 × 月标准",
           lambda: eq(tr_amt, N(ppl) * N(months) * N(per_m) * (10000 if per_u == "万元" else 1) / 10000))
    opd, opd0, opdg = ck.g(r"门诊服务([\d.]+)万人次，较2018年的([\d.]+)万人次增长([\d.]+)%", (1, 2, 3))
    ck.run("rate_mismatch", "门诊 growth", lambda: eq(opdg, pct(N(opd) - N(opd0), N(opd0))))
    n_new = ck.g(r"儿童青少年心理门诊(\d+)项服务")
    los, los0, losd = ck.g(r"平均住院日([\d.]+)天，比2018年的([\d.]+)天缩短([\d.]+)天", (1, 2, 3))
    ck.run("sum_mismatch", "住院日 shortened", lambda: eq(losd, N(los0) - N(los)))
    q, okn, sat = ck.g(r"满意度问卷(\d+)份，满意(\d+)份，满意度([\d.]+)%", (1, 2, 3))
    ck.run("rate_mismatch", "满意度", lambda: eq(sat, pct(N(okn), N(q))))
    raw = rows_after(t, "一级指标｜", sep)
    rows = [dict(l1=c[0], l2=c[1], name=c[2], target=c[3], actual=c[4], comp=c[5], w=c[6], s=c[7]) for c in raw]
    indicator_checks(ck, [r for r in rows if r["l1"] != "预算执行"] + [r for r in rows if r["l1"] == "预算执行"], has_comp=True)
    exec_row = [r for r in rows if r["l1"] == "预算执行"][0]
    ck.run("rate_mismatch", "预算执行率 = 支出 / 全年预算", lambda: eq(exec_row["actual"], pct(N(ftot[3]), N(ftot[1]))))
    ttr = [c for c in tots if len(c) == 8][0]
    sum_checks(ck, [r for r in rows if r["l1"] != "预算执行"], N(exec_row["w"]), N(exec_row["s"]), ttr[6], ttr[7], subtotals=True)
    byname = {r["name"]: r for r in rows}
    tgt_new = parse_val(byname["新开展专科诊疗项目数"]["target"])[2]
    ck.run("completion_mismatch", "新业务 above target", lambda: N(ck.g(r"超过年度目标(\d+)项")) == N(n_new) - tgt_new)
    ck.run("conflicting_values", "新业务 text vs table", lambda: same(n_new, parse_val(byname["新开展专科诊疗项目数"]["actual"])[2]))
    tgt_eq = parse_val(byname["专科设备购置数量"]["target"])[2]
    ck.run("sum_mismatch", "设备 = planned + 增购", lambda: N(n_eq) == tgt_eq + N(ck.g(r"增购心理测评工作站(\d+)套")))
    ck.run("sum_mismatch", "设备 = on time + late", lambda: N(n_eq) == N(n_on) + N(ck.g(r"，(\d+)台（套）因厂家供货延迟")))
    ck.run("conflicting_values", "改造床位 text vs table", lambda: same(ck.g(r"改造床位(\d+)张"), parse_val(byname["封闭病区改造床位数"]["actual"])[2]))
    ck.run("rate_mismatch", "按期到货率", lambda: eq(byname["设备按期到货率"]["actual"], pct(N(n_on), N(n_eq))))
    for nm, val in (("专科设备购置数量", n_eq), ("进修培训人数", ppl), ("单台（套）平均采购成本", avgc),
                    ("精神科门诊服务人次", opd), ("住院患者平均住院日", los), ("患者及家属满意度", sat)):
        ck.run("conflicting_values", f"{nm} text vs table", lambda nm=nm, val=val: same(val, parse_val(byname[nm]["actual"])[2]))
    p_total, grade = ck.g(r"本项目自评得分([\d.]+)分，评价等级为(\S\S)", (1, 2))
    ck.run("conflicting_values", "总分 text vs table", lambda: same(p_total, ttr[7]))
    ck.run("grade_mismatch", "grade", lambda: grade_ok(N(p_total), grade))
    rate_scan(ck)
    return ck


# ---------------------------------------------------------------- draft 4: Shandong, prose only
def check_donggang(t):
    ck = Ck(t)
    ck.run("year_mismatch", "title year", lambda: ck.g(r"\n(\d{4})年度绩效自评报告") == "2020")
    year_checks(ck, 2020)
    init = ck.g(r"项目年初预算([\d.]+)万元")
    add = ck.g(r"下达试点以奖代补资金([\d.]+)万元")
    annual = ck.g(r"项目全年预算调整为([\d.]+)万元")
    ck.run("sum_mismatch", "全年 = 年初 + 以奖代补", lambda: eq(annual, N(init) + N(add)))
    ck.run("rate_mismatch", "到位率 100% (all received)", lambda: eq(ck.g(r"到位率([\d.]+)%"), 100))
    spent, rate = ck.g(r"全年实际支出([\d.]+)万元，预算执行率([\d.]+)%", (1, 2))
    ck.run("rate_mismatch", "执行率", lambda: eq(rate, pct(N(spent), N(annual))))
    rew, std, share = ck.g(r"心理服务室以奖代补([\d.]+)万元，按每个达标服务室([\d.]+)万元的标准拨付到镇街，占全年支出的([\d.]+)%", (1, 2, 3))
    ck.run("rate_mismatch", "以奖代补 share", lambda: eq(share, pct(N(rew), N(spent))))
    parts = [rew, ck.g(r"心理援助热线运行([\d.]+)万元"), ck.g(r"骨干培训([\d.]+)万元"), ck.g(r"购买专业心理咨询服务([\d.]+)万元")]
    ck.run("sum_mismatch", "spending by use", lambda: eq(spent, sum(N(x) for x in parts)))
    bal = ck.g(r"年末结余([\d.]+)万元")
    ck.run("balance_mismatch", "结余 = 全年 - 支出", lambda: eq(bal, N(annual) - N(spent)))
    new, old, cum = ck.g(r"新建成达标心理服务室(\d+)个，加上2019年建成的(\d+)个，累计达到(\d+)个", (1, 2, 3))
    ck.run("sum_mismatch", "累计 = 新建 + 2019", lambda: eq(cum, N(new) + N(old)))
    ck.run("sum_mismatch", "以奖代补 = 个数 × 标准", lambda: eq(rew, N(new) * N(std)))
    n2, served, avg = ck.g(r"(\d+)个服务室全年共接待群众咨询和参与团体辅导([\d,]+)人次，平均每个服务室([\d.]+)人次", (1, 2, 3))
    ck.run("conflicting_values", "服务室 count twice", lambda: same(n2, new))
    ck.run("average_mismatch", "平均每个服务室", lambda: eq(avg, N(served) / N(n2)))
    lo, hi = ck.g(r"奖补资金在([\d.]+)万元至([\d.]+)万元之间", (1, 2))
    ck.run("sum_mismatch", "range within total", lambda: N(lo) <= N(hi) <= N(rew))
    calls1 = ck.g(r"全年接听来电([\d,]+)例")
    calls2, hi_n, ok_n, okr = ck.g(r"热线接听的([\d,]+)例来电中，识别有自伤自杀风险的高危来电(\d+)例，成功干预(\d+)例，干预成功率([\d.]+)%", (1, 2, 3, 4))
    ck.run("conflicting_values", "热线来电 twice", lambda: same(calls1, calls2))
    ck.run("rate_mismatch", "干预成功率", lambda: eq(okr, pct(N(ok_n), N(hi_n))))
    due, done, cov = ck.g(r"应评估([\d,]+)人，已完成评估([\d,]+)人，覆盖率([\d.]+)%", (1, 2, 3))
    ck.run("rate_mismatch", "评估覆盖率", lambda: eq(cov, pct(N(done), N(due))))
    lit, lit0, litup = ck.g(r"心理健康素养水平为([\d.]+)%，比2019年的([\d.]+)%提高([\d.]+)个百分点", (1, 2, 3))
    ck.run("rate_mismatch", "素养 change", lambda: eq(litup, N(lit) - N(lit0)))
    q, okq, sat = ck.g(r"共调查群众(\d+)人，表示满意的(\d+)人，满意度([\d.]+)%", (1, 2, 3))
    ck.run("rate_mismatch", "满意度", lambda: eq(sat, pct(N(okq), N(q))))
    # scores in prose
    ew, es = ck.g(r"预算执行率指标(\d+)分，得([\d.]+)分", (1, 2))
    ow, os_ = ck.g(r"产出指标(\d+)分，得([\d.]+)分", (1, 2))
    bw, bs = ck.g(r"效益指标(\d+)分，得([\d.]+)分", (1, 2))
    sw, ss = ck.g(r"满意度指标(\d+)分，得([\d.]+)分", (1, 2))
    full_out = [N(x) for x in re.findall(r"（(\d+)分）", ck.g(r"其中(心理服务室建成数.*?)均得满分"))]
    cov_w, cov_s = ck.g(r"覆盖率（(\d+)分）按完成比例得([\d.]+)分", (1, 2))
    full_ben = [N(x) for x in re.findall(r"（(\d+)分）", ck.g(r"其中(心理健康素养水平.*?)均得满分"))]
    q_w, q_s = ck.g(r"长效机制（(\d+)分）属于部分达成，得([\d.]+)分", (1, 2))
    ck.run("weight_sum_mismatch", "一级 weights = 100", lambda: N(ew) + N(ow) + N(bw) + N(sw) == 100)
    ck.run("weight_sum_mismatch", "产出 sub-weights", lambda: sum(full_out) + N(cov_w) == N(ow))
    ck.run("weight_sum_mismatch", "效益 sub-weights", lambda: sum(full_ben) + N(q_w) == N(bw))
    ck.run("score_sum_mismatch", "产出 score", lambda: eq(os_, sum(full_out) + N(cov_s)))
    ck.run("score_sum_mismatch", "效益 score", lambda: eq(bs, sum(full_ben) + N(q_s)))
    for w_, s_, nm in ((ew, es, "执行"), (ow, os_, "产出"), (bw, bs, "效益"), (sw, ss, "满意度"),
                       (cov_w, cov_s, "覆盖率"), (q_w, q_s, "长效机制")):
        ck.run("score_exceeds_weight", f"{nm} score <= weight", lambda w_=w_, s_=s_: D(0) <= N(s_) <= N(w_))
    total, grade = ck.g(r"项目自评总得分([\d.]+)分，等级为“(\S)”", (1, 2))
    ck.run("score_sum_mismatch", "total", lambda: eq(total, N(es) + N(os_) + N(bs) + N(ss)))
    ck.run("grade_mismatch", "grade", lambda: grade_ok(N(total), grade))
    ck.run(WARN, "execution score", lambda: close(es, N(ew) * N(rate) / 100))
    cov_t = ck.g(r"重点人群心理健康评估覆盖率达到(\d+)%")
    ck.run("completion_mismatch", "coverage below target stated", lambda: N(cov) < N(cov_t) and N(ck.g(r"，未达到(\d+)%的目标")) == N(cov_t))
    ck.run(WARN, "coverage score", lambda: close(cov_s, N(cov_w) * min(N(cov) / N(cov_t), D(1))))
    ck.run(WARN, "qualitative band 部分达成 [60%,80%)", lambda: N(q_w) * D("0.6") <= N(q_s) < N(q_w) * D("0.8"))
    ck.run(WARN, "satisfaction full", lambda: N(sat) < 90 or N(ss) == N(sw))
    rate_scan(ck)
    return ck


# ---------------------------------------------------------------- draft 5: Fujian, department (space table)
PROJ = ("严重精神障碍患者救治救助", "心理援助热线运行", "精神卫生专科能力提升", "社会心理服务站点以奖代补", "精神卫生宣传教育")


def check_xianyou(t):
    ck = Ck(t)
    ck.run("year_mismatch", "title year", lambda: ck.g(r"(\d{4})年度部门整体") == "2024")
    year_checks(ck, 2024)
    rows = {}
    tot = None
    for ln in t.split("\n"):
        c = re.split(r"\s{2,}", ln.strip())
        if len(c) == 7 and c[1] in PROJ:
            rows[c[1]] = c
        if len(c) == 6 and c[0] == "合计":
            tot = c
    if tot is None or len(rows) != 5:
        raise SystemExit("cannot parse the project table")
    for i, col in ((1, "年初"), (2, "全年"), (3, "执行")):
        ck.run("sum_mismatch", f"projects {col} column", lambda i=i: eq(tot[i], sum(N(r[i + 1]) for r in rows.values())))
    for r in list(rows.values()):
        if N(r[3]) == 0:
            ck.run("implausible_rate", f"{r[1]} zero-base rate", lambda r=r: r[5] in ("—", "0", "0%", "0.00%"))
        else:
            ck.run("rate_mismatch", f"{r[1]} 执行率", lambda r=r: eq(r[5], pct(N(r[4]), N(r[3]))))
            ck.run("implausible_rate", f"{r[1]} 执行率 <= 100", lambda r=r: N(r[5]) <= 100)
            ck.run("score_exceeds_weight", f"{r[1]} score <= 100", lambda r=r: D(0) <= N(r[6]) <= 100)
    ck.run("rate_mismatch", "projects total 执行率", lambda: eq(tot[4], pct(N(tot[3]), N(tot[2]))))
    annual, base_y, growth, basic, proj, share = ck.g(
        r"财政拨款全年预算([\d,.]+)万元，比2023年的([\d,.]+)万元增长([\d.]+)%，其中基本支出([\d.]+)万元，项目支出([\d.]+)万元，项目支出占全年预算的([\d.]+)%", (1, 2, 3, 4, 5, 6))
    ck.run("sum_mismatch", "全年 = 基本 + 项目", lambda: eq(annual, N(basic) + N(proj)))
    ck.run("conflicting_values", "项目支出 text vs table", lambda: same(proj, tot[2]))
    ck.run("rate_mismatch", "growth", lambda: eq(growth, pct(N(annual) - N(base_y), N(base_y))))
    ck.run("rate_mismatch", "项目 share", lambda: eq(share, pct(N(proj), N(annual))))
    init, adj = ck.g(r"年初部门预算([\d,.]+)万元，年中因项目调整净增加([\d.]+)万元", (1, 2))
    ck.run("sum_mismatch", "年初部门预算 = 基本 + 项目年初", lambda: eq(init, N(basic) + N(tot[1])))
    ck.run("sum_mismatch", "净增加 = 全年 - 年初", lambda: eq(adj, N(annual) - N(init)))
    ck.run("sum_mismatch", "净增加 = project 全年 - 年初", lambda: eq(adj, N(tot[2]) - N(tot[1])))
    spent, rate = ck.g(r"全年财政拨款支出([\d,.]+)万元，预算执行率([\d.]+)%", (1, 2))
    ck.run("rate_mismatch", "部门执行率", lambda: eq(rate, pct(N(spent), N(annual))))
    ck.run("sum_mismatch", "支出 = 基本 + 项目执行", lambda: eq(spent, N(basic) + N(tot[3])))
    pe, pub, pshare = ck.g(r"其中人员经费([\d.]+)万元、公用经费([\d.]+)万元，人员经费占基本支出的([\d.]+)%", (1, 2, 3))
    ck.run("sum_mismatch", "基本 = 人员 + 公用", lambda: eq(basic, N(pe) + N(pub)))
    ck.run("rate_mismatch", "人员经费 share", lambda: eq(pshare, pct(N(pe), N(basic))))
    unexec = ck.g(r"年末未执行的([\d.]+)万元")
    ck.run("balance_mismatch", "未执行 = 全年 - 支出", lambda: eq(unexec, N(annual) - N(spent)))
    ck.run("balance_mismatch", "未执行 = project 全年 - 执行", lambda: eq(unexec, N(tot[2]) - N(tot[3])))
    r1, r3, r4, r5 = rows[PROJ[0]], rows[PROJ[2]], rows[PROJ[3]], rows[PROJ[4]]
    ck.run("sum_mismatch", "项目1 追加", lambda: eq(ck.g(r"追加([\d.]+)万元。全年为"), N(r1[3]) - N(r1[2])))
    ck.run("sum_mismatch", "项目3 调减", lambda: eq(ck.g(r"年中调减([\d.]+)万元"), N(r3[2]) - N(r3[3])))
    ck.run("sum_mismatch", "项目4 追加", lambda: eq(ck.g(r"县财政追加([\d.]+)万元"), N(r4[3]) - N(r4[2])))
    ck.run("conflicting_values", "项目5 年初 text vs table", lambda: same(ck.g(r"年初安排([\d.]+)万元"), r5[2]))
    ck.run("sum_mismatch", "调整 net", lambda: eq(adj, sum(N(r[3]) - N(r[2]) for r in rows.values())))
    nadj = ck.g(r"5个项目中有(\d+)个发生年中调整")
    ck.run("sum_mismatch", "count of adjusted projects", lambda: N(nadj) == sum(1 for r in rows.values() if N(r[2]) != N(r[3])))
    n_out, a_out, avg_out, n_in, a_in, avg_in = ck.g(
        r"为([\d,]+)名患者提供门诊免费服药，支出([\d.]+)万元，人均约([\d,.]+)元；为(\d+)人次贫困患者提供住院费用救助，支出([\d.]+)万元，次均([\d,.]+)元", (1, 2, 3, 4, 5, 6))
    ck.run("sum_mismatch", "项目1 = 门诊 + 住院", lambda: eq(r1[4], N(a_out) + N(a_in)))
    ck.run("average_mismatch", "人均约 (approx)", lambda: eq(avg_out, N(a_out) * 10000 / N(n_out), approx=True))
    ck.run("average_mismatch", "次均", lambda: eq(avg_in, N(a_in) * 10000 / N(n_in)))
    calls, perday = ck.g(r"全年接听来电([\d,]+)例，日均约([\d.]+)例", (1, 2))
    ck.run("average_mismatch", "日均 (2024: 366 days, approx)", lambda: eq(perday, N(calls) / 366, approx=True))
    cf = ck.g(r"未支付的([\d.]+)万元")
    ck.run("balance_mismatch", "项目3 未支付", lambda: eq(cf, N(r3[3]) - N(r3[4])))
    w3, s3 = ck.g(r"该项目预算执行率指标（分值(\d+)分）得([\d.]+)分", (1, 2))
    ck.run("score_exceeds_weight", "项目3 execution indicator score <= weight", lambda: D(0) <= N(s3) <= N(w3))
    ck.run(WARN, "项目3 execution score", lambda: close(s3, N(w3) * N(r3[5]) / 100) or close(s3, N(w3) * N(r3[4]) / N(r3[3])))
    k1, a1, k2, a2, allr = ck.g(r"一档的(\d+)个站点每个奖补([\d.]+)万元，二档的(\d+)个站点每个奖补([\d.]+)万元，合计([\d.]+)万元", (1, 2, 3, 4, 5))
    ck.run("sum_mismatch", "以奖代补 total", lambda: eq(allr, N(k1) * N(a1) + N(k2) * N(a2)))
    ck.run("conflicting_values", "以奖代补 text vs table", lambda: same(allr, r4[4]))
    ck.run("sum_mismatch", "站点 count", lambda: N(k1) + N(k2) == N(ck.g(r"对全县(\d+)个乡镇（街道）社会心理服务站")))
    nsc, avg = ck.g(r"参与评分的(\d+)个项目平均自评得分([\d.]+)分", (1, 2))
    scored = [N(r[6]) for r in rows.values() if r[6] != "—"]
    ck.run("score_sum_mismatch", "均在90分以上", lambda: all(x >= 90 for x in scored) if "均在90分以上" in t else True)
    ck.run("average_mismatch", "average project score", lambda: len(scored) == int(nsc) and eq(avg, sum(scored) / len(scored)))
    parts = ck.g(r"预算执行（(\d+)分）得([\d.]+)分，预算管理（(\d+)分）得([\d.]+)分，产出（(\d+)分）得([\d.]+)分，效益（(\d+)分）得([\d.]+)分，部门整体支出绩效自评合计([\d.]+)分，等级为(\S\S)",
                 (1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    ws, ss = parts[0:8:2], parts[1:8:2]
    ck.run("weight_sum_mismatch", "部门 weights = 100", lambda: sum(N(x) for x in ws) == 100)
    ck.run("score_sum_mismatch", "部门 total", lambda: eq(parts[8], sum(N(x) for x in ss)))
    for w_, s_ in zip(ws, ss):
        ck.run("score_exceeds_weight", f"部门 score {s_} <= {w_}", lambda w_=w_, s_=s_: D(0) <= N(s_) <= N(w_))
    ck.run("grade_mismatch", "部门 grade", lambda: grade_ok(N(parts[8]), parts[9]))
    ck.run(WARN, "部门 execution score", lambda: close(ss[0], N(ws[0]) * N(rate) / 100) or close(ss[0], N(ws[0]) * N(spent) / N(annual)))
    for lab, (w_, s_) in (("预算管理", (ws[1], ss[1])), ("产出", (ws[2], ss[2])), ("效益", (ws[3], ss[3]))):
        d_ = ck.g(lab + r"方面扣([\d.]+)分")
        ck.run("score_sum_mismatch", f"{lab} deduction", lambda d_=d_, w_=w_, s_=s_: eq(d_, N(w_) - N(s_)))
    ck.run("rate_mismatch", "项目3 执行率低于90%", lambda: N(r3[5]) < 90)
    rate_scan(ck)
    return ck


CHECKERS = {
    "gs-maiji-jingzhang-2021": check_maiji,
    "hn-yueyang-xinlirexian-2023": check_yueyang,
    "ha-wuyang-jingshenzhuanke-2019": check_wuyang,
    "sd-donggang-xinlifuwu-2020": check_donggang,
    "fj-xianyou-jingfangyuan-bumen-2024": check_xianyou,
}


def read(name):
    with open(os.path.join(CASES, name), encoding="utf-8") as fh:
        return fh.read()


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(os.listdir(CASES))
    if sorted(l["case"] for l in labels) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    counts = {c: 0 for c in CODES}
    for lab in labels:
        text = read(lab["case"])
        src = lab["source"]
        ck = CHECKERS[src](text)
        if lab["clean"]:
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append(f"{lab['case']}: length {n}")
            if lab["expected"]:
                problems.append(f"{lab['case']}: clean case with labels")
            if ck.fails or ck.warns:
                problems.append(f"{lab['case']}: clean draft fails {ck.fails + ck.warns}")
            print(f"{lab['case']:48s} clean  {ck.n:3d} checks, {n} chars")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{lab['case']}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        if code not in CODES or exp["severity"] != "error":
            problems.append(f"{lab['case']}: bad code/severity {code}")
        counts[code] = counts.get(code, 0) + 1
        if value not in text:
            problems.append(f"{lab['case']}: value not in case")
        elif text.count(value) != 1:
            problems.append(f"{lab['case']}: value occurs {text.count(value)} times")
        clean = read(f"{src}-clean.txt")
        p = 0
        while p < min(len(clean), len(text)) and clean[p] == text[p]:
            p += 1
        s = 0
        while s < min(len(clean), len(text)) - p and clean[-1 - s] == text[-1 - s]:
            s += 1
        c_chg, e_chg = clean[p:len(clean) - s], text[p:len(text) - s]
        if not e_chg and not c_chg:
            problems.append(f"{lab['case']}: identical to clean")
        if len(c_chg) > 12 or len(e_chg) > 12:
            problems.append(f"{lab['case']}: change too large {c_chg!r} -> {e_chg!r}")
        vs = text.find(value)
        if not (vs < len(text) - s and vs + len(value) > p):
            problems.append(f"{lab['case']}: label value does not overlap the change")
        if code == "conflicting_values":
            # the original figure (with its unit character) must be stated twice in the clean draft
            a, b = p, len(clean) - s
            while a > 0 and re.match(r"[\d,.]", clean[a - 1]):
                a -= 1
            while b < len(clean) and re.match(r"[\d,.]", clean[b]):
                b += 1
            token = clean[a:b + 1]
            if clean.count(token) != 2:
                problems.append(f"{lab['case']}: conflicting figure {token!r} occurs {clean.count(token)} times in clean")
        fail_codes = {c for c, _ in ck.fails}
        if code not in fail_codes:
            problems.append(f"{lab['case']}: labelled {code} does not fail (fails: {ck.fails})")
        other = fail_codes - {code}
        if other:
            problems.append(f"{lab['case']}: other codes fail: {[f for f in ck.fails if f[0] != code]}")
        warn = f"  (warnings: {sorted(set(n for c, n in ck.warns))})" if ck.warns else ""
        print(f"{lab['case']:48s} {code:22s} fails: {sorted(set(n for c, n in ck.fails))}{warn}")
    for c in CODES:
        if counts.get(c, 0) < 2:
            problems.append(f"code {c} used {counts.get(c, 0)} times (< 2)")
    print("counts:", json.dumps(counts, ensure_ascii=False))
    if problems:
        print("\nPROBLEMS:")
        for pr in problems:
            print(" -", pr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
