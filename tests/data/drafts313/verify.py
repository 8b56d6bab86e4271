#!/usr/bin/env python3
"""Verify this labelled set (standard library only).

1. Every label value occurs in its case (exactly once).
2. Each error case differs from its clean draft in one contiguous place that overlaps the value.
3. Every code of errors.md section A (13 codes) occurs at least twice.
4. The arithmetic of every clean draft is redone (all checks must pass), and of every error case:
   the labelled code must fail and no other error-level code may fail.
Numbers are compared with the tolerance of rules.md section 8 (decimals of the stated value, ROUND_HALF_UP).
Prints OK at the end.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = ["rate_mismatch", "balance_mismatch", "sum_mismatch", "score_sum_mismatch",
         "score_exceeds_weight", "weight_sum_mismatch", "grade_mismatch", "average_mismatch",
         "conflicting_values", "implausible_rate", "unit_mismatch", "year_mismatch",
         "completion_mismatch"]
HUNDRED = Decimal(100)


class ParseError(Exception):
    pass


# ---------------------------------------------------------------- numbers
def D(s):
    return Decimal(str(s).replace(",", "").replace("，", ""))


def ndec(s):
    s = str(s).replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def tol(s):
    return Decimal("0.5") * (Decimal(10) ** -ndec(s)) + Decimal("1e-9")


def consistent(stated, computed):
    """stated: the string as written; computed: Decimal."""
    return abs(Decimal(computed) - D(stated)) <= tol(stated)


def same(a, b):
    """two stated strings for one quantity: equal within the looser of the two tolerances."""
    return abs(D(a) - D(b)) <= max(tol(a), tol(b))


def r2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


UNIT = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}


def band(score):
    s = Decimal(score)
    if s >= 90:
        return "优"
    if s >= 80:
        return "良"
    if s >= 60:
        return "中"
    return "差"


GRADE_NORM = {"优": "优", "优秀": "优", "良": "良", "良好": "良", "中": "中", "中等": "中",
              "一般": "中", "合格": "中", "差": "差", "较差": "差", "不合格": "差"}


# ---------------------------------------------------------------- check context
class Ctx:
    def __init__(self, text):
        self.t = text
        self.results = []   # (code, ok, msg)
        self.warnings = []  # (name, ok, msg)

    # --- extraction
    def m(self, pat):
        found = list(re.finditer(pat, self.t))
        if len(found) != 1:
            raise ParseError(f"{len(found)} matches for {pat!r}")
        return found[0]

    def g(self, pat, i=1):
        return self.m(pat).group(i)

    def all(self, pat, i=1):
        return [x.group(i) for x in re.finditer(pat, self.t)]

    # --- recording
    def ck(self, code, ok, msg):
        self.results.append((code, bool(ok), msg))

    def warn(self, name, ok, msg):
        self.warnings.append((name, bool(ok), msg))

    def val(self, code, stated, computed, msg):
        self.ck(code, consistent(stated, computed), f"{msg}: stated {stated}, computed {r2(computed)}")

    def rate(self, stated_pct, num, den, msg, code="rate_mismatch"):
        num, den = Decimal(num), Decimal(den)
        if den == 0:
            self.ck("implausible_rate", False, f"{msg}: rate on zero base")
            return
        self.val(code, stated_pct, num / den * HUNDRED, msg)

    def pct_range(self, stated_pct, msg):
        v = D(stated_pct)
        self.ck("implausible_rate", Decimal(0) <= v <= HUNDRED, f"{msg}: {stated_pct}% in [0,100]")

    def same_val(self, a, b, msg):
        self.ck("conflicting_values", same(a, b), f"{msg}: {a} vs {b}")

    def sums(self, total, parts, msg, code="sum_mismatch"):
        """total, parts: (string, unit factor) pairs or plain strings (factor 1).
        When the sum fails but rescaling a single amount by 10^4 or 10^8 reconciles it exactly,
        the finding is unit_mismatch (errors.md 11b: the most specific explanation wins)."""
        def norm(x):
            return (x, Decimal(1)) if isinstance(x, str) else x
        total = norm(total)
        parts = [norm(p) for p in parts]
        tv = D(total[0]) * total[1]
        pv = [D(p[0]) * p[1] for p in parts]
        t_tol = tol(total[0]) * total[1] + sum(tol(p[0]) * p[1] for p in parts if ndec(p[0]) < ndec(total[0]))
        ok = abs(sum(pv) - tv) <= t_tol
        if ok:
            self.ck(code, True, f"{msg}: {total[0]} = sum {[p[0] for p in parts]}")
            return
        for k in (Decimal(10) ** 4, Decimal(10) ** 8, Decimal(10) ** -4, Decimal(10) ** -8):
            for i in range(len(pv)):
                alt = pv[:i] + [pv[i] * k] + pv[i + 1:]
                if abs(sum(alt) - tv) <= t_tol:
                    self.ck("unit_mismatch", False, f"{msg}: {parts[i][0]} off by a power of ten")
                    return
            if abs(sum(pv) - tv * k) <= t_tol * k:
                self.ck("unit_mismatch", False, f"{msg}: total {total[0]} off by a power of ten")
                return
        self.ck(code, False, f"{msg}: {total[0]} != sum {[p[0] for p in parts]} = {sum(pv)}")

    def grade(self, stated, total, msg):
        g = GRADE_NORM.get(stated)
        self.ck("grade_mismatch", g == band(D(total)), f"{msg}: {stated} for {total}")

    def year(self, ok, msg):
        self.ck("year_mismatch", ok, msg)


# ---------------------------------------------------------------- tables
def rows(text, sep):
    out = []
    for line in text.split("\n"):
        if sep == "  ":
            cells = re.split(r" {2,}", line.strip())
            if len(cells) > 1:
                out.append(cells)
        elif sep in line:
            out.append(line.split(sep))
    return out


def row(text, sep, first):
    found = [r for r in rows(text, sep) if r[0] == first]
    if len(found) != 1:
        raise ParseError(f"{len(found)} rows starting {first!r}")
    return found[0]


VAL_RE = re.compile(r"^(≥|≤|＞|＜|>|<|=)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([^\d\s，,。；;（）()]{0,6})$")


def parse_val(s):
    """'≥8个' -> ('gte', '8', '个'); '100%' -> ('eq', '100', '%'); qualitative -> None."""
    m = VAL_RE.match(s.strip())
    if not m:
        return None
    sign, num, unit = m.groups()
    direction = {"≥": "gte", "＞": "gte", ">": "gte", "≤": "lte", "＜": "lte", "<": "lte"}.get(sign, "eq")
    return direction, num, unit


def completion(direction, T, A):
    T, A = D(T), D(A)
    if direction == "lte":
        return HUNDRED if A <= T else T / A * HUNDRED
    if T == 0:
        return HUNDRED if A <= 0 else Decimal(0)
    return max(A, Decimal(0)) / T * HUNDRED


def rule_score(direction, T, A, w):
    T, A, w = D(T), D(A), D(w)
    if direction == "lte":
        return w if A <= T else w * T / A
    if T == 0:
        return w if A <= 0 else Decimal(0)
    return min(w, w * max(A, Decimal(0)) / T)


def funds_block(c, sep, labels=("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")):
    """MOF funds block: label | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分. Returns the parsed rows."""
    R = [row(c.t, sep, lab) for lab in labels]
    for col, name in ((1, "年初预算数"), (2, "全年预算数"), (3, "全年执行数")):
        c.sums(R[0][col], [r[col] for r in R[1:]], f"funds {name}: total = components")
    for r in R:
        annual, spent, rate = D(r[2]), D(r[3]), r[5].strip()
        if annual == 0:
            ok = rate in ("—", "-", "", "0", "0%", "0.00%") and spent == 0
            c.ck("implausible_rate", ok, f"funds {r[0]}: zero base, rate cell {rate!r}")
            continue
        if not rate.endswith("%"):
            raise ParseError(f"rate cell {rate!r}")
        c.pct_range(rate[:-1], f"funds {r[0]} execution rate")
        c.rate(rate[:-1], spent, annual, f"funds {r[0]} 执行率")
    top = R[0]
    c.ck("score_exceeds_weight", Decimal(0) <= D(top[6]) <= D(top[4]), f"execution score {top[6]} <= {top[4]}")
    r = min(D(top[3]) / D(top[2]), Decimal(1))
    stated_r = D(top[5].rstrip("%")) / HUNDRED
    c.warn("score_rule", consistent(top[6], D(top[4]) * r) or consistent(top[6], D(top[4]) * min(stated_r, 1)),
           f"execution score {top[6]} vs {top[4]} x rate")
    return R


def indicator_table(c, sep, has_completion):
    """Generic checks of the indicator rows; returns (rows, weights, scores)."""
    out = []
    for r in rows(c.t, sep):
        if r[0] not in ("产出指标", "效益指标", "满意度指标"):
            continue
        if has_completion:
            l1, l2, name, target, actual, compl, w, s = r[:8]
        else:
            l1, l2, name, target, actual, w, s = r[:7]
            compl = None
        out.append(dict(l1=l1, name=name, target=target, actual=actual, compl=compl, w=w, s=s))
        tv, av = parse_val(target), parse_val(actual)
        c.ck("score_exceeds_weight", Decimal(0) <= D(s) <= D(w), f"{name}: score {s} <= weight {w}")
        if tv is None:  # qualitative target
            if av is not None:
                c.ck("unit_mismatch", False, f"{name}: qualitative target, numeric actual {actual}")
            if compl is not None:
                c.ck("completion_mismatch", compl.strip() in ("—", "-", ""), f"{name}: qualitative completion {compl}")
            part = "部分" in actual
            lo, hi = (Decimal("0.6"), Decimal("0.8")) if part else (Decimal("0.8"), Decimal("1"))
            frac = D(s) / D(w)
            c.warn("score_rule", lo <= frac <= hi and (frac < hi or not part), f"{name}: qualitative band {frac}")
            continue
        if av is None:
            c.ck("unit_mismatch", False, f"{name}: numeric target {target}, non-numeric actual {actual}")
            continue
        direction, T, tu = tv
        _, A, au = av
        if tu != au:
            c.ck("unit_mismatch", False, f"{name}: target unit {tu!r}, actual unit {au!r}")
            continue
        c.ck("unit_mismatch", True, f"{name}: unit {tu!r}")
        if au == "%" and ("率" in name or "满意度" in name or "占比" in name or "比例" in name):
            c.pct_range(A, f"{name} actual")
        comp = completion(direction, T, A)
        if compl is not None:
            cs = compl.strip()
            if not cs.endswith("%"):
                raise ParseError(f"completion cell {cs!r}")
            c.val("completion_mismatch", cs[:-1], comp, f"{name}: 完成率")
        sc = rule_score(direction, T, A, w)
        alt = D(w) * min(D(compl.strip()[:-1]) / HUNDRED, Decimal(1)) if compl else sc
        c.warn("score_rule", consistent(s, sc) or consistent(s, alt), f"{name}: score {s} vs rule {r2(sc)}")
    if not out:
        raise ParseError("no indicator rows")
    return out


def totals_check(c, sep, funds, ind):
    tot = [x for x in row(c.t, sep, "总分") if x.strip()]
    tw, ts = tot[-2], tot[-1]
    weights = [D(funds[0][4])] + [D(r["w"]) for r in ind]
    scores = [D(funds[0][6])] + [D(r["s"]) for r in ind]
    c.ck("weight_sum_mismatch", sum(weights) == HUNDRED and D(tw) == HUNDRED,
         f"weights sum {sum(weights)}, 总分 row {tw}")
    c.val("score_sum_mismatch", ts, sum(scores), "sum of row scores = 总分 row")
    return ts


def ind_row(ind, name):
    f = [r for r in ind if r["name"] == name]
    if len(f) != 1:
        raise ParseError(f"indicator {name!r}")
    return f[0]


# ---------------------------------------------------------------- P1 Ningdu (｜, MOF table)
def check_ningdu(c):
    t = c.t
    S = "｜"
    c.year(c.g(r"\n(\d{4})年度基层中医馆建设项目") == "2021", "title year")
    c.year(c.g(r"（(\d{4})年度）") == "2021", "自评表 year")
    F = funds_block(c, S)
    ind = indicator_table(c, S, has_completion=False)
    ts = totals_check(c, S, F, ind)
    # prose funds
    central = c.g(r"中央补助资金(\d+)万元（每馆(\d+)万元")
    per_c = c.g(r"中央补助资金(\d+)万元（每馆(\d+)万元", 2)
    county = c.g(r"县本级配套资金(\d+)万元（每馆(\d+)万元")
    per_k = c.g(r"县本级配套资金(\d+)万元（每馆(\d+)万元", 2)
    n_guan = c.g(r"确定在[^。]*?(\d+)个乡镇卫生院建设中医馆")
    c.sums(central, [str(D(per_c) * D(n_guan))], "central = 8 x 15")
    c.sums(county, [str(D(per_k) * D(n_guan))], "county = 8 x 5")
    c.sums(F[1][1], [central, county], "当年 年初 = 中央 + 县级 (text)")
    prov = c.g(r"追加省级中医馆能力提升补助([\d.]+)万元")
    carry = c.g(r"信息化补助结余([\d.]+)万元结转至本年")
    c.sums(F[1][2], [central, prov, county], "当年 全年 = 中央 + 省 + 县")
    c.same_val(carry, F[2][2], "上年结转 text vs table")
    annual_txt = c.g(r"调整后全年预算为([\d.]+)万元")
    c.same_val(annual_txt, F[0][2], "全年预算 text vs table")
    c.ck("year_mismatch", c.g(r"已于(\d{4})年12月提前下达") == "2020", "advance issued December of the year before")
    c.ck("year_mismatch", c.g(r"(\d{4})年省级中医馆信息化补助结余") == "2020", "carry-over comes from the previous year")
    # 到位 / 执行 / 结余
    c.ck("year_mismatch", c.g(r"截至(\d{4})年12月31日") == "2021", "截至 year")
    k_recv = c.g(r"县级配套到位([\d.]+)万元")
    k_gap = c.g(r"所需([\d.]+)万元配套资金")
    c.sums(county, [k_recv, k_gap], "县级配套 = 到位 + 未拨付")
    recv = c.g(r"实际到位资金合计([\d.]+)万元")
    c.sums(recv, [central, prov, k_recv, carry], "到位 = 中央 + 省 + 县级到位 + 结转")
    c.rate(c.g(r"资金到位率([\d.]+)%"), D(recv), D(annual_txt), "到位率")
    spent = c.g(r"全年实际支出([\d.]+)万元")
    c.same_val(spent, F[0][3], "执行数 text vs table")
    c.same_val(c.g(r"全年实际支出[\d.]+万元，预算执行率([\d.]+)%"), F[0][5].rstrip("%"), "执行率 text vs table")
    c.same_val(c.g(r"预算执行率接近(\d+)%"), F[0][5].rstrip("%"), "执行率 (approximate) vs table")
    bal = c.g(r"结余([\d.]+)万元，为部分设备")
    c.val("balance_mismatch", bal, D(recv) - D(spent), "结余 = 到位 - 执行")
    c.year(c.g(r"已按规定结转至(\d{4})年") == "2022", "carry-over goes to the next year")
    # outputs
    tr = c.g(r"培训(\d+)人次，为年度指标")
    tr_t = c.g(r"为年度指标(\d+)人次的")
    c.val("completion_mismatch", c.g(r"人次的(\d+(?:\.\d+)?)%"), D(tr) / D(tr_t) * HUNDRED, "培训完成率")
    r_tr = ind_row(ind, "培训中医馆骨干人员")
    c.same_val(tr, parse_val(r_tr["actual"])[1], "培训人次 text vs table")
    c.same_val(tr_t, parse_val(r_tr["target"])[1], "培训目标 text vs table")
    n7 = c.g(r"中医馆中有(\d+)个能够规范开展")
    p7 = c.g(r"中医药技术方法，占([\d.]+)%")
    c.rate(p7, D(n7), D(n_guan), "6类以上 share")
    c.same_val(p7, parse_val(ind_row(ind, "能规范开展6类以上中医药技术方法的中医馆占比")["actual"])[1], "share text vs table")
    # benefits
    v21 = c.g(r"中医诊疗([\d,]+)人次，2020年为")
    v20 = c.g(r"2020年为([\d,]+)人次")
    g = c.g(r"同比增长([\d.]+)%")
    c.rate(g, D(v21) - D(v20), D(v20), "中医诊疗 growth")
    c.same_val(g, parse_val(ind_row(ind, "乡镇卫生院中医诊疗人次增长率")["actual"])[1], "growth text vs table")
    n6 = c.g(r"已有(\d+)个中医馆接入")
    acc = c.g(r"接入率(\d+(?:\.\d+)?)%")
    c.rate(acc, D(n6), D(n_guan), "接入率")
    r_acc = ind_row(ind, "中医馆接入省级健康信息平台比例")
    c.same_val(acc, parse_val(r_acc["actual"])[1], "接入率 text vs table")
    c.val("completion_mismatch", c.g(r"完成年度指标的([\d.]+)%"),
          D(acc) / D(parse_val(r_acc["target"])[1]) * HUNDRED, "接入率 completion")
    sat = c.g(r"就诊群众满意度为([\d.]+)%")
    c.pct_range(sat, "满意度")
    c.same_val(sat, parse_val(ind_row(ind, "就诊群众满意度")["actual"])[1], "满意度 text vs table")
    # conclusion
    tot_txt = c.g(r"综合自评得分([\d.]+)分")
    c.same_val(tot_txt, ts, "total text vs table")
    c.grade(c.g(r"评价等级为“(.)”"), tot_txt, "grade")
    c.val("score_sum_mismatch", c.g(r"接近96%，扣([\d.]+)分"), D(F[0][4]) - D(F[0][6]), "execution deduction")
    c.val("score_sum_mismatch", c.g(r"未达标，扣([\d.]+)分"), D(r_acc["w"]) - D(r_acc["s"]), "接入率 deduction")
    r_q = ind_row(ind, "基层中医药服务可及性")
    c.val("score_sum_mismatch", c.g(r"部分达成，扣([\d.]+)分"), D(r_q["w"]) - D(r_q["s"]), "可及性 deduction")
    c.ck("year_mismatch", c.g(r"\n(\d{4})年3月15日") == "2022", "report dated the following year")


# ---------------------------------------------------------------- P2 Nanyang (tab table)
def check_nanyang(c):
    S = "\t"
    c.year(c.g(r"南阳市中医院(\d{4})年度全国名老中医") == c.g(r"（(\d{4})年度）"), "title year = 自评表 year")
    F = funds_block(c, S)
    ind = indicator_table(c, S, has_completion=True)
    ts = totals_check(c, S, F, ind)
    annual = c.g(r"2019年项目全年预算([\d.]+)万元")
    c.same_val(annual, F[0][2], "全年预算 text vs table")
    central = c.g(r"中央补助(\d+)万元（每个工作室(\d+)万元")
    per = c.g(r"中央补助(\d+)万元（每个工作室(\d+)万元", 2)
    n_ws = "2"  # 周德昌、杜秀兰两位
    c.sums(central, [str(D(per) * 2)], "中央 = 2 x 20")
    city = c.g(r"市级配套(\d+)万元")
    init = c.g(r"年初预算合计(\d+)万元")
    c.sums(init, [central, city], "年初 = 中央 + 市级")
    c.same_val(init, F[0][1], "年初 text vs table")
    carry = c.g(r"另有上年结转([\d.]+)万元")
    c.same_val(carry, F[2][2], "上年结转 text vs table")
    c.sums(annual, [init, carry], "全年 = 年初 + 结转")
    c.ck("rate_mismatch", F[1][1] == F[1][2], "没有追加或调减: 当年 年初 = 全年")
    c.ck("year_mismatch", c.g(r"省财政厅于(\d{4})年12月提前下达") == "2018", "advance in December of the year before")
    spent = c.g(r"全年实际支出([\d.]+)万元")
    c.same_val(spent, F[0][3], "执行 text vs table")
    c.same_val(c.g(r"全年实际支出[\d.]+万元，预算执行率([\d.]+)%"), F[0][5].rstrip("%"), "执行率 text vs table")
    parts = [c.g(r"跟师带教及继承人补助([\d.]+)万元"), c.g(r"资料室设备购置([\d.]+)万元"),
             c.g(r"学术交流([\d.]+)万元"), c.g(r"数据库建设([\d.]+)万元")]
    c.sums(spent, parts, "支出 by use")
    allow = c.g(r"继承人生活补助([\d.]+)万元")
    monthly = c.g(r"按每人每月([\d,]+)元标准发放(\d+)个月")
    months = c.g(r"按每人每月([\d,]+)元标准发放(\d+)个月", 2)
    n_heirs = c.g(r"(\d+)名继承人合计跟师")
    c.sums((allow, Decimal(1)), [(str(D(monthly) * D(months) * D(n_heirs)), UNIT["元"])], "生活补助 = 6 x 1200 x 12 元")
    c.ck("sum_mismatch", D(allow) <= D(parts[0]), "生活补助 within 跟师带教及继承人补助")
    w1 = c.g(r"周德昌工作室支出([\d.]+)万元")
    w2 = c.g(r"杜秀兰工作室支出([\d.]+)万元")
    c.sums(spent, [w1, w2], "支出 by 工作室")
    avg = c.g(r"两个工作室平均支出([\d.]+)万元")
    c.val("average_mismatch", avg, (D(w1) + D(w2)) / 2, "平均支出")
    cap = c.g(r"低于每个工作室([\d.]+)万元")
    c.val("average_mismatch", cap, D(annual) / 2, "per-工作室 cap = 全年预算 / 2")
    r_cost = ind_row(ind, "每个工作室年度建设成本")
    c.same_val(avg, parse_val(r_cost["actual"])[1], "平均成本 text vs table")
    c.same_val(cap, parse_val(r_cost["target"])[1], "成本指标 text vs table")
    bal = c.g(r"年末结余([\d.]+)万元")
    c.val("balance_mismatch", bal, D(annual) - D(spent), "结余 = 全年预算 - 执行 (all received)")
    c.year(c.g(r"已结转至(\d{4})年使用") == "2020", "carry-over year")
    # implementation
    days = c.g(r"合计跟师([\d,]+)天")
    c.val("average_mismatch", c.g(r"人均(\d+)天"), D(days) / D(n_heirs), "人均跟师天数")
    c.ck("conflicting_values", D(c.g(r"每个工作室配备(\d+)名学术继承人")) * 2 == D(n_heirs), "3 per 工作室 x 2 = 6")
    c.same_val(n_heirs, parse_val(ind_row(ind, "培养学术继承人")["actual"])[1], "继承人 text vs table")
    # outputs
    c.same_val(c.g(r"全年整理临床医案(\d+)份"), parse_val(ind_row(ind, "整理临床医案")["actual"])[1], "医案 text vs table")
    c.same_val(c.g(r"举办学术讲座及义诊(\d+)场次"), parse_val(ind_row(ind, "举办学术讲座及义诊")["actual"])[1], "讲座 text vs table")
    c.same_val(c.g(r"发表学术论文(\d+)篇，另有"), parse_val(ind_row(ind, "发表学术论文")["actual"])[1], "论文 text vs table")
    c.same_val(c.g(r"医案整理规范率为(\d+)%"), parse_val(ind_row(ind, "医案整理规范率")["actual"])[1], "规范率 text vs table")
    v19 = c.g(r"全年门诊([\d,]+)人次")
    v18 = c.g(r"比2018年的([\d,]+)人次")
    c.rate(c.g(r"人次增长([\d.]+)%"), D(v19) - D(v18), D(v18), "门诊 growth")
    c.same_val(v19, parse_val(ind_row(ind, "工作室年门诊服务量")["actual"])[1], "门诊 text vs table")
    tot_n = c.g(r"共调查(\d+)人（继承人(\d+)人、门诊患者(\d+)人）")
    c.sums(tot_n, [c.g(r"共调查(\d+)人（继承人(\d+)人、门诊患者(\d+)人）", 2),
                   c.g(r"共调查(\d+)人（继承人(\d+)人、门诊患者(\d+)人）", 3)], "调查人数")
    sat = c.g(r"满意度为([\d.]+)%")
    c.rate(sat, D(c.g(r"表示满意的(\d+)人")), D(tot_n), "满意度")
    c.pct_range(sat, "满意度")
    c.same_val(sat, parse_val(ind_row(ind, "继承人及患者满意度")["actual"])[1], "满意度 text vs table")
    tot_txt = c.g(r"项目自评总分([\d.]+)分")
    c.same_val(tot_txt, ts, "total text vs table")
    c.grade(c.g(r"分，等级为(优秀|良好|优|良|中|差)"), tot_txt, "grade")
    c.ck("year_mismatch", c.g(r"\n(\d{4})年2月28日") == "2020", "report dated the following year")


# ---------------------------------------------------------------- P3 Du'an (prose only)
def check_duan(c):
    c.year(c.g(r"\n(\d{4})年度中医药适宜技术推广项目") == "2022", "title year")
    annual = c.g(r"项目全年预算(\d+)万元")
    c.sums(annual, [c.g(r"其中自治区补助(\d+)万元"), c.g(r"县本级配套(\d+)万元")], "全年预算 = 自治区 + 县级")
    c.ck("year_mismatch", c.g(r"资金于(\d{4})年4月全部到位") == "2022", "到位 year")
    spent = c.g(r"全年实际支出([\d.]+)万元")
    rate = c.g(r"预算执行率([\d.]+)%")
    c.rate(rate, D(spent), D(annual), "执行率")
    c.pct_range(rate, "执行率")
    parts = []
    for pat in (r"培训费([\d.]+)(万元|元)", r"耗材购置([\d.]+)(万元|元)", r"技术指导差旅费([\d.]+)(万元|元)",
                r"宣传资料印制([\d.]+)(万元|元)"):
        m = c.m(pat)
        parts.append((m.group(1), UNIT[m.group(2)]))
    c.sums(spent, parts, "支出构成")
    c.val("balance_mismatch", c.g(r"年末结余([\d.]+)万元"), D(annual) - D(spent), "结余 = 预算 - 执行 (全部到位)")
    c.ck("year_mismatch", c.g(r"已于(\d{4})年1月交回县财政") == "2023", "returned after year end")
    # outputs
    n_tr = c.g(r"人员(\d+)人次（乡镇卫生院(\d+)人次、村卫生室(\d+)人次）")
    c.sums(n_tr, [c.g(r"人员(\d+)人次（乡镇卫生院(\d+)人次、村卫生室(\d+)人次）", 2),
                  c.g(r"人员(\d+)人次（乡镇卫生院(\d+)人次、村卫生室(\d+)人次）", 3)], "培训人次 by level")
    target = c.g(r"培训基层医务人员(\d+)人次以上")
    c.val("completion_mismatch", c.g(r"完成年度目标的(\d+)%"), D(n_tr) / D(target) * HUNDRED, "培训完成率")
    n_cls = c.g(r"共举办培训班(\d+)期")
    c.val("average_mismatch", c.g(r"平均每期(\d+)人次"), D(n_tr) / D(n_cls), "平均每期")
    c.sums(n_cls, [c.g(r"上半年举办(\d+)期"), c.g(r"第三季度(\d+)期"), c.g(r"第四季度(\d+)期")], "期数 by quarter")
    passed = c.g(r"结业考核合格(\d+)人次")
    c.rate(c.g(r"合格率([\d.]+)%"), D(passed), D(n_tr), "合格率")
    c.ck("sum_mismatch", D(c.g(r"推广适宜技术(\d+)项")) >= D(c.g(r"推广适宜技术不少于(\d+)项")), "techniques >= target")
    n_v = c.g(r"全县(\d+)个村卫生室中")
    n_ok = c.g(r"有(\d+)个能够提供4类")
    c.rate(c.g(r"中医药适宜技术，占(\d+)%"), D(n_ok), D(n_v), "村卫生室 share")
    v22 = c.g(r"中医诊疗([\d,]+)人次，2021年为")
    v21 = c.g(r"2021年为([\d,]+)人次")
    c.sums(v22, [v21, c.g(r"增加([\d,]+)人次，增幅")], "诊疗人次 increase")
    c.rate(c.g(r"增幅([\d.]+)%"), D(v22) - D(v21), D(v21), "诊疗人次 growth")
    c.sums(c.g(r"收回有效问卷(\d+)份"), [c.g(r"参训人员(\d+)份"), c.g(r"就诊群众(\d+)份")], "问卷 by group")
    sat = c.g(r"满意率([\d.]+)%")
    c.pct_range(sat, "满意率")
    # scores
    blocks = {}
    for name in ("预算执行", "产出指标", "效益指标", "满意度指标"):
        m = c.m(name + r"得([\d.]+)分（满分([\d.]+)分）")
        blocks[name] = (m.group(1), m.group(2))
        c.ck("score_exceeds_weight", Decimal(0) <= D(m.group(1)) <= D(m.group(2)), f"{name} {m.group(1)} <= {m.group(2)}")
    m = c.m(r"失分在时效指标，得([\d.]+)分（满分([\d.]+)分）")
    c.ck("score_exceeds_weight", Decimal(0) <= D(m.group(1)) <= D(m.group(2)), f"时效 {m.group(1)} <= {m.group(2)}")
    c.ck("weight_sum_mismatch", sum(D(w) for _, w in blocks.values()) == HUNDRED, "block weights sum to 100")
    total = c.g(r"综合得分([\d.]+)分")
    c.val("score_sum_mismatch", total, sum(D(s) for s, _ in blocks.values()), "total = sum of blocks")
    e_s, e_w = blocks["效益指标"]
    c.val("score_sum_mismatch", c.g(r"流动较大，扣(\d+)分"), D(e_w) - D(e_s), "效益 deduction")
    c.warn("score_rule", consistent(blocks["预算执行"][0], D(blocks["预算执行"][1]) * D(spent) / D(annual)) or
           consistent(blocks["预算执行"][0], D(blocks["预算执行"][1]) * D(rate) / HUNDRED), "execution score")
    c.grade(c.g(r"等级为(优秀|良好|中等|较差|优|良|中|差)"), total, "grade")
    c.ck("year_mismatch", c.g(r"\n(\d{4})年2月10日") == "2023", "report dated the following year")


# ---------------------------------------------------------------- P4 Longxi (｜ with 完成率)
def check_longxi(c):
    S = "｜"
    y_title = c.g(r"\n(\d{4})年度中药材质量监测项目")
    y_table = c.g(r"年度｜(\d{4})年")
    c.year(y_title == y_table == "2023", f"title year {y_title} vs 自评表 year {y_table}")
    F = funds_block(c, S)
    ind = indicator_table(c, S, has_completion=True)
    ts = totals_check(c, S, F, ind)
    init = c.g(r"项目年初预算(\d+)万元")
    c.sums(init, [c.g(r"省级药品监管补助资金(\d+)万元"), c.g(r"县级配套资金(\d+)万元")], "年初 = 省 + 县")
    c.same_val(init, F[0][1], "年初 text vs table")
    c.ck("rate_mismatch", F[0][1] == F[0][2], "无预算调整: 年初 = 全年")
    c.ck("year_mismatch", c.g(r"（(\d{4})年12月提前下达）") == "2022", "advance in December of the year before")
    spent = c.g(r"全年实际支出([\d.]+)万元")
    c.same_val(spent, F[0][3], "执行 text vs table")
    rate = c.g(r"全年实际支出[\d.]+万元，执行率([\d.]+)%")
    c.same_val(rate, F[0][5].rstrip("%"), "执行率 text vs table")
    c.rate(rate, D(spent), D(init), "执行率 (text)")
    c.val("balance_mismatch", c.g(r"结余([\d.]+)万元已收回"), D(F[0][2]) - D(spent), "结余 = 预算 - 执行")
    fee = c.g(r"委托检验费([\d.]+)万元")
    c.sums(spent, [fee, c.g(r"抽检样品购置费([\d.]+)万元"), c.g(r"快检试剂及耗材([\d.]+)万元"),
                   c.g(r"经营户培训和宣传([\d.]+)万元")], "支出明细")
    n_b = c.g(r"万元（(\d+)批次，每批次([\d,]+)元）")
    unit_fee = c.g(r"万元（(\d+)批次，每批次([\d,]+)元）", 2)
    c.sums((fee, Decimal(1)), [(str(D(n_b) * D(unit_fee)), UNIT["元"])], "委托检验费 = 批次 x 单价")
    # outputs
    n = c.g(r"全年抽检中药材及饮片(\d+)批次")
    prev = c.g(r"比2022年的(\d+)批次")
    inc = c.g(r"增加(\d+)批次")
    c.sums(n, [prev, inc], "抽检批次 increase")
    c.rate(c.g(r"增长([\d.]+)%"), D(inc), D(prev), "抽检 growth")
    c.rate(c.g(r"三大品种\d+批次，占([\d.]+)%"), D(c.g(r"三大品种(\d+)批次")), D(n), "三大品种 share")
    c.same_val(n, parse_val(ind_row(ind, "中药材及饮片抽检批次")["actual"])[1], "抽检 text vs table")
    c.same_val(n, n_b, "抽检批次 = 委托检验批次")
    c.same_val(c.g(r"快检筛查([\d,]+)批次"), parse_val(ind_row(ind, "快速检测筛查样品数")["actual"])[1], "快检 text vs table")
    c.same_val(c.g(r"监测品种(\d+)个"), parse_val(ind_row(ind, "监测品种数")["actual"])[1], "品种 text vs table")
    c.same_val(c.g(r"检验报告平均(\d+)个工作日出具"), parse_val(ind_row(ind, "检验报告出具时限")["actual"])[1], "时限 text vs table")
    c.same_val(c.g(r"单批次委托检验费用([\d,]+)元"), parse_val(ind_row(ind, "单批次委托检验费用")["actual"])[1], "单价 text vs table")
    c.same_val(unit_fee, parse_val(ind_row(ind, "单批次委托检验费用")["actual"])[1], "单价 funds vs table")
    c.same_val(c.g(r"低于([\d,]+)元的控制标准"), parse_val(ind_row(ind, "单批次委托检验费用")["target"])[1], "单价 cap text vs table")
    # benefits
    bad = c.g(r"检出不合格(\d+)批次")
    bad_rate = c.g(r"不合格率([\d.]+)%")
    c.rate(bad_rate, D(bad), D(n), "不合格率")
    c.same_val(bad_rate, parse_val(ind_row(ind, "抽检不合格率")["actual"])[1], "不合格率 text vs table")
    c.sums(bad, [c.g(r"二氧化硫残留超标(\d+)批次"), c.g(r"性状不符(\d+)批次")], "不合格 by cause")
    c.same_val(bad, c.g(r"(\d+)批次全部立案核查"), "不合格批次 restated")
    cov = c.g(r"覆盖率(\d+)%")
    c.rate(cov, D(c.g(r"(\d+)户参加了质量安全培训")), D(c.g(r"登记中药材经营户([\d,]+)户")), "培训覆盖率")
    r_cov = ind_row(ind, "经营户质量安全培训覆盖率")
    c.same_val(cov, parse_val(r_cov["actual"])[1], "覆盖率 text vs table")
    c.same_val(c.g(r"未达到(\d+)%的目标"), parse_val(r_cov["target"])[1], "覆盖率 target text vs table")
    sat = c.g(r"满意度([\d.]+)%。")
    c.pct_range(sat, "满意度")
    c.same_val(sat, parse_val(ind_row(ind, "经营户及群众满意度")["actual"])[1], "满意度 text vs table")
    tot_txt = c.g(r"项目得分([\d.]+)分")
    c.same_val(tot_txt, ts, "total text vs table")
    c.grade(row(c.t, S, "自评等级")[1], ts, "grade in 自评表")
    c.ck("year_mismatch", c.g(r"\n(\d{4})年1月25日") == "2024", "report dated the following year")


# ---------------------------------------------------------------- P5 Longhua (部门整体, space-aligned table)
def check_longhua(c):
    c.year(c.g(r"^隆化县中医医院(\d{4})年度部门整体") == "2024", "title year")
    init = c.g(r"年初预算([\d,.]+)万元")
    add = c.g(r"等资金([\d,.]+)万元")
    annual = c.g(r"调整后全年预算([\d,.]+)万元")
    c.sums(annual, [init, add], "全年 = 年初 + 追加")
    basic = c.g(r"其中基本支出([\d,.]+)万元")
    proj = c.g(r"，项目支出([\d,.]+)万元。")
    c.sums(annual, [basic, proj], "全年 = 基本 + 项目")
    spent = c.g(r"全年支出([\d,.]+)万元")
    c.rate(c.g(r"全年支出[\d,.]+万元，预算执行率([\d.]+)%"), D(spent), D(annual), "部门执行率")
    c.val("balance_mismatch", c.g(r"年末结转结余([\d,.]+)万元"), D(annual) - D(spent), "部门结转结余")
    # project table
    P = [r for r in rows(c.t, "  ") if re.fullmatch(r"\d", r[0])]
    if len(P) != 4:
        raise ParseError("project rows")
    for r in P:
        _, name, b, e, rate, bal, score, grade = r
        c.rate(rate.rstrip("%"), D(e), D(b), f"{name} 执行率")
        c.pct_range(rate.rstrip("%"), f"{name} 执行率")
        c.val("balance_mismatch", bal, D(b) - D(e), f"{name} 结转结余")
        c.ck("score_exceeds_weight", Decimal(0) <= D(score) <= HUNDRED, f"{name} score {score} <= 100")
        c.grade(grade, score, f"{name} grade")
    c.ck("score_exceeds_weight", "满分100分" in c.g(r"\n(序号.*)"), "column head states 满分100分")
    c.same_val(c.g(r"项目支出全年预算([\d,.]+)万元"), proj, "项目支出 restated")
    pe = c.g(r"项目支出全年预算[\d,.]+万元，执行([\d,.]+)万元")
    c.sums(proj, [r[2] for r in P], "项目预算 = sum of projects")
    c.sums(pe, [r[3] for r in P], "项目执行 = sum of projects")
    pr = c.all(r"项目支出执行率为?([\d.]+)%") + [c.g(r"执行[\d,.]+万元，执行率([\d.]+)%")]
    for x in pr:
        c.rate(x, D(pe), D(proj), "项目支出执行率")
    c.ck("conflicting_values", len(pr) == 2, "项目支出执行率 stated twice")
    c.same_val(c.g(r"结转的([\d.]+)万元为专科信息化"), P[0][5], "project 1 结转 text vs table")
    c.same_val(c.g(r"，(\d+)万元已按规定结转至"), P[3][5], "project 4 结转 text vs table")
    c.year(c.g(r"万元已按规定结转至(\d{4})年支付") == "2025", "carry-over year")
    grades = Counter(GRADE_NORM[r[7]] for r in P)
    m = c.m(r"(\d)个项目中(\d)个为优、(\d)个为中")
    c.ck("grade_mismatch", int(m.group(1)) == len(P) and int(m.group(2)) == grades["优"] and int(m.group(3)) == grades["中"],
         "grade counts")
    # outputs
    opd = c.all(r"门诊([\d,]{6,})人次")
    c.ck("conflicting_values", len(opd) == 2 and same(opd[0], opd[1]), f"门诊 mentions {opd}")
    prev = c.g(r"较2023年的([\d,]+)人次")
    c.rate(c.g(r"人次增长([\d.]+)%"), D(opd[0]) - D(prev), D(prev), "门诊 growth")
    c.ck("sum_mismatch", D(opd[0]) >= D(c.g(r"门诊服务不少于(\d+)万人次")) * 10000, "门诊 >= target")
    c.pct_range(c.g(r"患者满意度为([\d.]+)%"), "满意度")
    # department score
    blocks = {}
    for name in ("预算执行", "履职产出", "履职效益", "预算和资产管理", "满意度"):
        m = c.m(name + r"得([\d.]+)分（满分([\d.]+)分）")
        blocks[name] = (m.group(1), m.group(2))
        c.ck("score_exceeds_weight", Decimal(0) <= D(m.group(1)) <= D(m.group(2)), f"{name} score")
    c.ck("weight_sum_mismatch", sum(D(w) for _, w in blocks.values()) == HUNDRED, "dept weights sum to 100")
    m = c.m(r"自评得分([\d.]+)分（满分(\d+)分），等级为(.)")
    c.ck("score_exceeds_weight", D(m.group(1)) <= D(m.group(2)), "dept total <= 100")
    c.val("score_sum_mismatch", m.group(1), sum(D(s) for s, _ in blocks.values()), "dept total = sum of blocks")
    c.grade(m.group(3), m.group(1), "dept grade")
    ex = blocks["预算执行"]
    c.warn("score_rule", consistent(ex[0], D(ex[1]) * D(spent) / D(annual)), "dept execution score")
    c.ck("year_mismatch", c.g(r"\n(\d{4})年3月20日") == "2025", "report dated the following year")


CHECKS = {
    "jx-ningdu-zhongyiguan-2021": check_ningdu,
    "ha-nanyang-mingyigongzuoshi-2019": check_nanyang,
    "gx-duan-shiyijishu-2022": check_duan,
    "gs-longxi-yaocaijiance-2023": check_longxi,
    "he-longhua-zyy-bumen-2024": check_longhua,
}


def run_checks(source, text):
    c = Ctx(text)
    try:
        CHECKS[source](c)
    except ParseError as exc:
        c.results.append(("parse_error", False, str(exc)))
    return c


def changed_region(a, b):
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    s = 0
    while s < min(len(a), len(b)) - p and a[-1 - s] == b[-1 - s]:
        s += 1
    return p, len(a) - s, len(b) - s


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    texts = {l["case"]: open(os.path.join(HERE, "cases", l["case"]), encoding="utf-8").read() for l in labels}
    files = sorted(f for f in os.listdir(os.path.join(HERE, "cases")) if f.endswith(".txt"))
    if sorted(texts) != files:
        problems.append("labels.jsonl and cases/ do not list the same files")
    code_count = Counter()
    for lab in labels:
        name, src, text = lab["case"], lab["source"], texts[lab["case"]]
        clean = texts[f"{src}-clean.txt"]
        c = run_checks(src, text)
        failed = sorted({code for code, ok, _ in c.results if not ok})
        if lab["clean"]:
            if lab["expected"]:
                problems.append(f"{name}: clean case with expectations")
            if failed:
                problems.append(f"{name}: clean draft fails {failed}: " +
                                "; ".join(m for code, ok, m in c.results if not ok))
            bad_w = [m for _, ok, m in c.warnings if not ok]
            if bad_w:
                problems.append(f"{name}: clean draft warnings: {bad_w}")
            n = len(text)
            if not 2700 <= n <= 3500:
                problems.append(f"{name}: length {n}")
            print(f"{name}: {len(c.results)} checks pass, {len(c.warnings)} scoring-rule notes pass, {n} chars")
            continue
        if len(lab["expected"]) != 1:
            problems.append(f"{name}: expected exactly one label")
            continue
        exp = lab["expected"][0]
        code, value = exp["code"], exp["value"]
        code_count[code] += 1
        if exp.get("severity") != "error" or code not in CODES:
            problems.append(f"{name}: bad code/severity {code}")
        occ = [i for i in range(len(text)) if text.startswith(value, i)]
        if len(occ) != 1:
            problems.append(f"{name}: value {value!r} occurs {len(occ)} times")
        p, ea, eb = changed_region(clean, text)
        if text == clean or not any(i < max(eb, p + 1) and i + len(value) > p for i in occ):
            problems.append(f"{name}: change [{p},{eb}) does not overlap value")
        if text[:p] + text[eb:] != clean[:p] + clean[ea:]:
            problems.append(f"{name}: more than one changed place")
        if failed != [code]:
            problems.append(f"{name}: expected failing codes [{code}], got {failed}: " +
                            "; ".join(m for cd, ok, m in c.results if not ok))
        else:
            msgs = [m for cd, ok, m in c.results if not ok]
            print(f"{name}: {code} <- {msgs[0]}")
    for code in CODES:
        if code_count[code] < 2:
            problems.append(f"code {code} used {code_count[code]} times (< 2)")
    print("codes:", dict(sorted(code_count.items())))
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
